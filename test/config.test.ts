import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.ts";
import { DigestError } from "../src/errors.ts";
import { slugify } from "../src/parse/entry-id.ts";

function dirWith(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "config-"));
  if (config !== undefined) writeFileSync(join(dir, "digest.config.json"), typeof config === "string" ? config : JSON.stringify(config));
  return dir;
}

function failure(fn: () => unknown): DigestError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DigestError);
    return error as DigestError;
  }
  throw new Error("expected loadConfig to fail");
}

describe("loadConfig", () => {
  it("uses the shipped samples and their day when nothing is configured", () => {
    const config = loadConfig({}, dirWith());
    expect(config.usingSamples).toBe(true);
    expect(config.sampleDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(config.sources.length).toBeGreaterThanOrEqual(5);
    expect(config.timezone).toBe("UTC");
    expect(config.cron).toBe("0 7 * * *");
    expect(config.mail.smtpUrl).toBeNull();
    expect(config.mail.from).toMatch(/set MAIL_FROM.*example\.invalid/);
    expect(config.topics.map((t) => t.name)).toEqual(["strikes", "aid", "diplomacy", "other"]);
  });

  it("gives each source without an id the slug of its name, as entry ids slug source names", () => {
    const names = ["TRT World", "Kyiv Independent ᴱᴺ", "…", "BBC News (UK)", "Café Économie"];
    const config = loadConfig({}, dirWith({ sources: names.map((name) => ({ name, location: "a.txt" })) }));
    expect(config.sources.map((s) => s.id)).toEqual(["trt-world", "kyiv-independent-en", "source-3", "bbc-news-uk", "cafe-economie"]);
    expect(config.sources.map((s) => slugify(s.name))).toEqual(["trt-world", "kyiv-independent-en", "source", "bbc-news-uk", "cafe-economie"]);
  });

  it("reads sources relative to the config file and lets the environment override zone and schedule", () => {
    const dir = dirWith({ timezone: "Europe/London", sources: [{ name: "Blog", location: "blog.txt", keyPoints: 2, weight: 0.5 }] });
    const config = loadConfig({ DIGEST_CRON: "30 6 * * 1-5" }, dir);
    expect(config.usingSamples).toBe(false);
    expect(config.sources[0]).toMatchObject({ id: "blog", name: "Blog", location: join(dir, "blog.txt"), format: "auto", keyPoints: 2, weight: 0.5 });
    expect(config.timezone).toBe("Europe/London");
    expect(config.cron).toBe("30 6 * * 1-5");
    expect(loadConfig({ DIGEST_TIMEZONE: "America/New_York" }, dir).timezone).toBe("America/New_York");
  });

  it.each([
    [{ timezone: "Mars/Base" }, {}, /timezone = "Mars\/Base" is invalid: use an IANA time zone/],
    [{ timzone: "UTC" }, {}, /timzone.*did you mean "timezone"/],
    [{ sources: [{ name: "A", location: "a.txt", format: "pdf" }] }, {}, /sources\[0\]\.format = "pdf" is invalid: use one of auto, /],
    [{ sources: [{ name: "A" }] }, {}, /sources\[0\]\.location/],
    [{ sources: [{ name: "A", location: "a", keyPoints: -1 }] }, {}, /sources\[0\]\.keyPoints = -1 .*from 0 to 100/],
    [{ topics: [{ name: "strikes", rules: { missile: 3 } }] }, {}, /add a topic named "other"/],
    [{ topics: [{ name: "other", rules: { missile: "high" } }] }, {}, /topics\[0\]\.rules\["missile"\]/],
    [{}, { DIGEST_CRON: "every morning" }, /DIGEST_CRON = "every morning" is invalid: use a cron expression/],
    [{}, { SMTP_URL: "http://mail.example.org" }, /SMTP_URL .* use smtp:\/\//],
    [{}, { MAIL_FROM: "not an address" }, /MAIL_FROM = "not an address" is invalid/],
    [{}, { SMTP_RATE_LIMIT: "fast" }, /SMTP_RATE_LIMIT = "fast"/],
    [{}, { DKIM_DOMAIN: "example.org" }, /DKIM_SELECTOR .*set all of DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY_FILE/],
    [{}, { DIGEST_CONFIG: "missing.json" }, /DIGEST_CONFIG = "missing.json" is invalid: no such file/],
    [{}, { SUBSCRIBERS_FILE: "nobody.csv" }, /SUBSCRIBERS_FILE = "nobody.csv" is invalid: no such file/],
    [{}, { SMTP_URL: "smtp://mail.example.org:587", MAIL_SECRET: "a-long-private-secret" }, /MAIL_FROM = "" is invalid: set the sender .* before sending over SMTP_URL/],
    [{}, { SMTP_URL: "smtp://mail.example.org:587", MAIL_FROM: "B <b@example.org>" }, /MAIL_SECRET = "" is invalid: set a private random value/],
    [{}, { SMTP_URL: "smtp://mail.example.org:587", MAIL_FROM: "B <b@example.org>", MAIL_SECRET: "change-me-to-a-long-random-string" }, /MAIL_SECRET .*private random value/],
    [{}, { REDIS_URL: "redis://127.0.0.1:6379", MAIL_FROM: "B <b@example.org>", MAIL_SECRET: "short" }, /MAIL_SECRET = "\(hidden\)" is invalid: .*16\+ characters .*REDIS_URL/],
  ])("names the key, the bad value and the fix: %j %j", (file, env, message) => {
    const error = failure(() => loadConfig(env, dirWith(file)));
    expect(error.code).toBe("ECONFIG");
    expect(error.message).toMatch(message);
    expect(error.message.split("\n")).toHaveLength(1);
  });

  it("reports a config file that is not JSON with its path", () => {
    const dir = dirWith("{ sources: [ }");
    expect(failure(() => loadConfig({}, dir)).message).toMatch(/digest\.config\.json is not valid JSON/);
  });

  it("hides the SMTP password when SMTP_URL is malformed", () => {
    const error = failure(() => loadConfig({ SMTP_URL: "ftp://user:hunter22@host" }, dirWith()));
    expect(error.message).not.toContain("hunter22");
  });

  it("takes PUBLIC_URL as https, or as http only on this machine (localhost, 127.x, ::1)", () => {
    for (const url of ["https://briefing.example.org", "http://localhost:8080", "http://127.0.0.2:8080/briefing", "http://[::1]:8080"]) {
      expect(loadConfig({ PUBLIC_URL: `${url}/` }, dirWith()).publicUrl).toBe(url);
    }
    for (const url of ["http://briefing.example.org", "http://127.0.0.1.example.org", "ftp://localhost"]) {
      expect(failure(() => loadConfig({ PUBLIC_URL: url }, dirWith())).message).toMatch(/PUBLIC_URL .*https:\/\//);
    }
  });

  it("treats empty values copied from .env.example as unset", () => {
    const config = loadConfig({ SMTP_URL: "", SMTP_RATE_LIMIT: "", DIGEST_TIMEZONE: "", ARCHIVE_URL: "", DKIM_DOMAIN: "" }, dirWith());
    expect(config.mail.smtpUrl).toBeNull();
    expect(config.mail.rateLimit).toBeNull();
    expect(config.timezone).toBe("UTC");
    expect(config.mail.dkim).toBeNull();
  });
});

describe("configured topics", () => {
  it("accept weighted rules and required terms, in the configured order", () => {
    const dir = dirWith({ topics: [
      { name: "frontline", title: "Front line", rules: { "advance*": 3, "captured": 2 }, requires: ["Ukrain*"] },
      { name: "other", title: "Other", rules: {} },
    ] });
    const config = loadConfig({}, dir);
    expect(config.topics).toEqual([
      { name: "frontline", title: "Front line", rules: [{ term: "advance*", weight: 3 }, { term: "captured", weight: 2 }], requires: ["ukrain*"] },
      { name: "other", title: "Other", rules: [] },
    ]);
    expect(failure(() => loadConfig({}, dirWith({ topics: [{ name: "other", requires: "ukraine" }] }))).message).toMatch(/topics\[0\]\.requires/);
  });
});

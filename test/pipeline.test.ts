// runJob/runDigest in-process, on real temp dirs: what is written, journalled and sent for each option.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.ts";
import { runJob } from "../src/run/job.ts";
import { collectSources } from "../src/run/collect.ts";
import type { Logger } from "../src/log.ts";
import { readRunRecords } from "../src/run/state.ts";
import { ROOT, tempDir } from "./helpers/cli.ts";

function logger() {
  const events: string[] = [];
  const log: Logger = { info: (e) => events.push(e), warn: (e) => events.push(e), error: (e) => events.push(e) };
  return { log, events };
}

const options = { date: null, timezone: null, sources: null, dryRun: false, noSend: false, force: false };
const now = () => new Date("2025-11-07T07:00:00Z");

describe("runJob", () => {
  it("on a day with no entries and skipEmpty, archives the empty day, sends nothing and counts the edition as done", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({
      skipEmpty: true,
      sources: [{ name: "TRT World", location: join(ROOT, "samples/trt-liveblog.txt") }],
    }));
    const config = loadConfig({}, cwd);
    const { log, events } = logger();
    const result = await runJob(config, { ...options, date: "2025-12-25" }, { now, log });
    expect(result.digest.entries).toEqual([]);
    expect(result.skippedEmpty).toBe(true);
    expect(result.delivery).toBeNull();
    expect(readFileSync(join(cwd, "digests/2025-12-25.md"), "utf8")).toMatch(/2025/);
    expect(existsSync(join(cwd, "outbox"))).toBe(false);
    expect(events).toEqual(expect.arrayContaining(["run.start", "edition.built", "edition.archived", "edition.skipped"]));
    const [record] = await readRunRecords(config.stateDir);
    expect(record).toMatchObject({ date: "2025-12-25", complete: true, outcome: "skipped-empty", sent: 0 });
  });

  it("with skipEmpty off, an empty day still goes out (and says so)", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ skipEmpty: false, sources: [{ name: "TRT World", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
    const config = loadConfig({}, cwd);
    const result = await runJob(config, { ...options, date: "2025-12-25" }, { ...logger(), now });
    expect(result.delivery?.sent).toBe(3);
    expect(readdirSync(join(cwd, "outbox/2025-12-25"))).toHaveLength(3);
  });

  it("every message carries a working unsubscribe link: the reader's tokened mailto, in the header and both parts", async () => {
    const cwd = tempDir();
    const config = loadConfig({}, cwd);
    await runJob(config, options, { ...logger(), now });
    const dir = join(cwd, "outbox/samples/2025-11-06");
    const { simpleParser } = await import("mailparser");
    for (const file of readdirSync(dir)) {
      const raw = readFileSync(join(dir, file));
      const mail = await simpleParser(raw);
      const unfolded = raw.toString("utf8").replace(/\r?\n[ \t]+/g, " ");
      const header = unfolded.match(/^List-Unsubscribe: <(mailto:[^>]+)>/m)?.[1];
      expect(header).toMatch(/^mailto:unsubscribe@example\.invalid\?subject=unsubscribe%20[\w-]{10,}$/);
      expect(raw.toString("utf8")).not.toMatch(/List-Unsubscribe-Post/); // no https link: no one-click (RFC 8058)
      expect(mail.text).toContain(header!);
      expect(mail.html).toContain(`href="${header!.replace(/=/g, "&#x3D;")}"`);
      expect(`${mail.text}${mail.html}`).not.toMatch(/mailto:mailto:/);
    }
  });

  it("--no-send archives without sending and leaves the edition to be sent later", async () => {
    const cwd = tempDir();
    const config = loadConfig({}, cwd);
    const result = await runJob(config, { ...options, noSend: true }, { ...logger(), now });
    expect(result.markdownPath).toBe(join(cwd, "digests/samples/2025-11-06.md")); // samples never enter a real archive
    expect(result.delivery).toBeNull();
    expect(existsSync(join(cwd, "outbox"))).toBe(false);
    const [record] = await readRunRecords(config.stateDir);
    expect(record).toMatchObject({ date: "2025-11-06", complete: false, outcome: "archived" });
  });

  it("--dry-run writes nothing at all", async () => {
    const cwd = tempDir();
    const config = loadConfig({}, cwd);
    await runJob(config, { ...options, dryRun: true }, { ...logger(), now });
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe("collectSources", () => {
  it("retries a failing URL with 1 s, 2 s… waits, and a stop during a wait ends the source without another read", async () => {
    let requests = 0;
    const controller = new AbortController();
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(503).end();
      setTimeout(() => controller.abort(), 100); // inside the first 1 s wait
    });
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    try {
      const base = loadConfig({}, tempDir());
      const config = { ...base, http: { ...base.http, retries: 10 } };
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/live`;
      const source = { id: "s", name: "S", location: url, format: "auto" as const, timezone: null, weight: 1, keyPoints: 5 };
      const { log, events } = logger();
      const [result] = await collectSources([source], config, "2025-11-06", { now, log, signal: controller.signal });
      expect(result!.error).toMatch(/HTTP 503/);
      expect(requests).toBe(1);
      expect(events).toEqual(["source.retry", "source.failed"]);

      const waits: number[] = [];
      requests = 0;
      const retried = { ...config, http: { ...config.http, retries: 3 } };
      await collectSources([source], retried, "2025-11-06", { now, log, sleep: async (ms) => void waits.push(ms) });
      expect(requests).toBe(4);
      expect(waits).toEqual([1000, 2000, 4000]);
    } finally {
      server.close();
    }
  }, 20_000);
});

describe("runJob before any work", () => {
  it("a send over SMTP with no subscribers file fails at once, having written nothing", async () => {
    const cwd = tempDir();
    const config = loadConfig({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "B <b@example.org>", MAIL_SECRET: "a-private-secret-of-some-length" }, cwd);
    await expect(runJob(config, options, { ...logger(), now })).rejects.toThrow(/SUBSCRIBERS_FILE is unset/);
    expect(existsSync(join(cwd, "digests"))).toBe(false);
  });
});

describe("the archive tells the truth", () => {
  function project() {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ sources: [{ name: "TRT World", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
    return { cwd, config: loadConfig({}, cwd) };
  }
  const day = { ...options, date: "2025-11-06" };

  it("a rerun of an edition that went out keeps its page, even with --no-send", async () => {
    const { cwd, config } = project();
    await runJob(config, day, { ...logger(), now });
    const page = join(cwd, "digests/2025-11-06.md");
    writeFileSync(page, `${readFileSync(page, "utf8")}\nAS SENT\n`); // stands in for a page that a rebuild would change
    const { log, events } = logger();
    const rerun = await runJob(config, { ...day, noSend: true }, { log, now });
    expect(rerun.archiveKept).toBe(true);
    expect(events).toContain("archive.kept");
    expect(readFileSync(page, "utf8")).toMatch(/AS SENT/);
  });

  it("--force rebuilds the page and keeps the one readers received under corrections/", async () => {
    const { cwd, config } = project();
    await runJob(config, day, { ...logger(), now });
    const page = join(cwd, "digests/2025-11-06.md");
    writeFileSync(page, `${readFileSync(page, "utf8")}\nAS SENT\n`);
    const rerun = await runJob(config, { ...day, noSend: true, force: true }, { ...logger(), now });
    expect(rerun.correctionPath).toBe(join(cwd, "digests/corrections/2025-11-06.1.md"));
    expect(readFileSync(rerun.correctionPath!, "utf8")).toMatch(/AS SENT/);
    expect(readFileSync(page, "utf8")).not.toMatch(/AS SENT/);
    expect(readFileSync(join(cwd, "digests/feed.xml"), "utf8").match(/<entry>/g)).toHaveLength(1); // corrections stay out of the feed
  });

  it("an archive that cannot be written does not stop the mail; the run says so", async () => {
    const { cwd, config } = project();
    writeFileSync(join(cwd, "digests"), "a file where the archive folder should be");
    const { log, events } = logger();
    const result = await runJob(config, day, { log, now });
    expect(result.archiveError).toMatch(/archive/);
    expect(result.delivery?.sent).toBe(3);
    expect(events).toContain("archive.failed");
  });
});

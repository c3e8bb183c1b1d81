import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers/cli.ts";

const sample = (name: string) => join(ROOT, "samples", name);
const oneLine = (stderr: string) => stderr.trim().split("\n");

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(req.url === "/gone" ? 404 : 500, { "content-type": "text/plain" });
    res.end("no");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("bad input: one clear line on stderr and the documented exit code", () => {
  it("an unknown option exits 2", async () => {
    const r = await runCli(["digest", "--frobnicate"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/frobnicate/);
    expect(r.stdout).toBe("");
  });

  it("a malformed config exits 2 and names the key", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ timezone: "Atlantis/Capital" }));
    const r = await runCli(["digest", "--dry-run"], { cwd });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/timezone.*Atlantis\/Capital.*IANA/);
  });

  it("a bad --date exits 2", async () => {
    const r = await runCli(["digest", "--date", "06/11/2025", "--json", "--dry-run"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });

  it("an unknown --format exits 2 and lists the formats", async () => {
    const r = await runCli(["parse", sample("trt-liveblog.txt"), "--format", "pdf"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/--format pdf is unknown: use one of auto, liveblog-text, article-text, html, rss, atom/);
  });

  it("parse needs only the HTTP settings: a broken digest.config.json or subscribers setting cannot stop it, a bad HTTP_* still does", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), "{ not json");
    const env = { SUBSCRIBERS_FILE: "missing.csv", DKIM_DOMAIN: "example.org" };
    const ok = await runCli(["parse", sample("trt-liveblog.txt"), "--json"], { cwd, env });
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).length).toBeGreaterThan(0);
    const bad = await runCli(["parse", sample("trt-liveblog.txt"), "--json"], { cwd, env: { HTTP_TIMEOUT_MS: "soon" } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/HTTP_TIMEOUT_MS = .*soon.* is invalid/);
    const digest = await runCli(["digest", "--dry-run", "--json"], { cwd });
    expect(digest.code).toBe(2);
    expect(digest.stderr).toMatch(/not valid JSON/);
  });

  it("parse of a missing file exits 1 with one line naming it", async () => {
    const r = await runCli(["parse", "/nonexistent/page.txt", "--json"]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/nonexistent\/page\.txt/);
    expect(r.stdout).toBe("");
  });

  it("parse of an unreadable URL exits 1 with one line naming it", async () => {
    const r = await runCli(["parse", `${base}/gone`, "--json"], { env: { HTTP_RETRIES: "0" } });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/404/);
  });

  it("a broken source does not stop the others", async () => {
    const r = await runCli(["digest", "--source", "/nonexistent/a.txt", "--source", `${base}/broken`, "--source", sample("trt-liveblog.txt"),
      "--date", "2025-11-06", "--timezone", "UTC", "--json", "--dry-run"], { env: { HTTP_RETRIES: "0" } });
    expect(r.code).toBe(0);
    const digest = JSON.parse(r.stdout);
    expect(digest.sources.map((s: { status: string }) => s.status)).toEqual(["failed", "failed", "ok"]);
    expect(digest.sources[0].error).toMatch(/a\.txt/);
    expect(digest.sources[1].error).toMatch(/500/);
    expect(digest.entries.length).toBeGreaterThan(5);
  });
});

describe("the outside contract", () => {
  it("parse --json prints only a JSON array of entries", async () => {
    const r = await runCli(["parse", sample("trt-liveblog.txt"), "--json"]);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(["id", "source", "headline", "published", "author", "body", "keyPoint", "url"]));
      expect(e.published === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(e.published)).toBe(true);
    }
  });

  it("digest --json --dry-run prints the digest model and writes nothing", async () => {
    const cwd = tempDir();
    const r = await runCli(["digest", "--source", sample("independent-liveblog.txt"), "--source", sample("trt-liveblog.txt"),
      "--date", "2025-11-06", "--timezone", "UTC", "--json", "--dry-run"], { cwd });
    expect(r.code).toBe(0);
    const digest = JSON.parse(r.stdout);
    expect(digest).toMatchObject({ date: "2025-11-06", timezone: "UTC" });
    expect(digest.sources).toHaveLength(2);
    for (const e of digest.entries) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(["id", "source", "headline", "published", "author", "summary", "topic", "score", "storyId", "keyPoint", "selected"]));
    }
    const storyIds = new Set(digest.stories.map((s: { id: string }) => s.id));
    for (const e of digest.entries) expect(storyIds.has(e.storyId)).toBe(true);
    for (const section of digest.sections) for (const id of section.storyIds) expect(storyIds.has(id)).toBe(true);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe("a reader that stops reading", () => {
  it("`digest --json | head`: the closed pipe is no crash, the run finishes and exits 0", async () => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli.ts"), "digest", "--json", "--dry-run"],
      { cwd: tempDir(), env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" } });
    child.stdout.destroy(); // the reader is gone before the first byte: every write meets a closed pipe
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});

describe("digest --explain", () => {
  it("says why each story is there, under which topic and merged with what, and writes nothing", async () => {
    const cwd = tempDir();
    const r = await runCli(["digest", "--explain"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Top stories:/);
    expect(r.stdout).toMatch(/topic strikes: /);
    expect(r.stdout).toMatch(/merged with .*: (same event|near-verbatim repeat)/);
    expect(r.stdout).toMatch(/rule "[^"]+" in headline/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe("npm run digest with no configuration", () => {
  it("builds the samples' day, archives it, writes one .eml per sample subscriber, and a rerun duplicates nothing", async () => {
    const cwd = tempDir();
    const first = await runCli(["digest"], { cwd });
    expect(first.stderr).not.toMatch(/"level":"error"/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2025-11-06/);
    expect(first.stdout).toMatch(/sample/i);
    expect(first.stdout).toMatch(/SMTP_URL/);
    const briefing = readFileSync(join(cwd, "digests/samples/2025-11-06.md"), "utf8");
    expect(briefing).toMatch(/^# /m);
    const outbox = readdirSync(join(cwd, "outbox/samples/2025-11-06")).filter((f) => f.endsWith(".eml"));
    expect(outbox).toHaveLength(3);

    const second = await runCli(["digest"], { cwd });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 written|0 sent|3 already/);
    expect(readdirSync(join(cwd, "outbox/samples/2025-11-06")).filter((f) => f.endsWith(".eml"))).toHaveLength(3);
    expect(readdirSync(join(cwd, "digests/samples")).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/.test(f))).toEqual(["2025-11-06.md"]);
    // The invented sample edition never enters the real archive's own pages or feed.
    expect(readdirSync(join(cwd, "digests")).filter((f) => f !== "samples")).toEqual([]);
    expect(existsSync(join(cwd, ".state"))).toBe(true);
  });
});

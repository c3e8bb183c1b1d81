// The failure policy in a real process: an edition whose sources (all, or more than maxFailedShare) failed is
// neither archived nor mailed and the run exits 1; with fewer failures it goes out, naming them without raw errors.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers/cli.ts";
import { startSink, type Sink } from "./helpers/smtp.ts";

let server: Server;
let base: string;
let closedPort: number;
let sink: Sink;

beforeAll(async () => {
  const page = readFileSync(join(ROOT, "samples/wire-feed.xml"));
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that refuses connections: bound once, then closed.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  sink = await startSink();
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await sink.close();
});

function project(sources: string[]) {
  const cwd = tempDir();
  writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({
    timezone: "UTC",
    sources: sources.map((location, i) => ({ name: `Source ${i + 1}`, location })),
  }));
  writeFileSync(join(cwd, "subscribers.csv"), "email,name\nreader-one@example.org,One\nreader-two@example.org,Two\n");
  const env = { SMTP_URL: sink.url, MAIL_FROM: "Briefing <briefing@example.org>", MAIL_SECRET: "a-test-secret-of-enough-length", HTTP_RETRIES: "0" };
  return { cwd, env };
}

const refused = () => `http://127.0.0.1:${closedPort}/live`;

describe("failure policy", () => {
  it("mails nobody, archives nothing and exits 1 when no source could be read", async () => {
    const { cwd, env } = project([refused(), refused()]);
    const before = sink.count();
    const r = await runCli(["digest", "--date", "2025-11-06"], { cwd, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2 of 2 sources failed/);
    expect(r.stderr).toMatch(/Source 1:.*Source 2:/);
    expect(sink.count()).toBe(before);
    expect(existsSync(join(cwd, "digests/2025-11-06.md"))).toBe(false);
  });

  it("mails nobody when more than half of the sources failed", async () => {
    const { cwd, env } = project([refused(), refused(), `${base}/feed.xml`]);
    const before = sink.count();
    const r = await runCli(["digest", "--date", "2025-11-06"], { cwd, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2 of 3 sources failed, more than 50%/);
    expect(sink.count()).toBe(before);
  });

  it("sends when fewer failed, naming the failed source in plain words, never its raw error", async () => {
    const { cwd, env } = project([refused(), `${base}/feed.xml`, `${base}/feed.xml?again`]);
    const before = sink.count();
    const r = await runCli(["digest", "--date", "2025-11-06"], { cwd, env });
    expect(r.stderr).not.toMatch(/edition not sent/);
    expect(r.code).toBe(0);
    expect(sink.count() - before).toBe(2);
    const { simpleParser } = await import("mailparser");
    const mail = await simpleParser(sink.messages.at(-1)!.raw);
    expect(mail.text).toMatch(/Source 1/);
    expect(`${mail.text}${mail.html}`).not.toMatch(/ECONNREFUSED|network error|fetch failed|127\.0\.0\.1/);
  });
});

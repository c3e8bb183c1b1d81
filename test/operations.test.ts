// Issue 7 end to end: the scheduler process, signals mid-send, the run lock, secrets in errors.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireLock } from "../src/send/lock.ts";
import { ROOT, runCli, tempDir } from "./helpers/cli.ts";
import { startSink, type Sink } from "./helpers/smtp.ts";

const TSX = join(ROOT, "node_modules/.bin/tsx");
const children: ChildProcess[] = [];
const sinks: Sink[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const sink of sinks.splice(0)) await sink.close();
});

function start(script: string, args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(TSX, [join(ROOT, script), ...args], { cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env } });
  children.push(child);
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  child.stdout!.resume();
  const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
  return { child, stderr: () => stderr, exited };
}

async function until(check: () => boolean, what: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function subscribers(dir: string, n: number): string {
  const file = join(dir, "subscribers.csv");
  writeFileSync(file, `email,name,topics\n${Array.from({ length: n }, (_, i) => `reader${i}@example.org,Reader ${i},`).join("\n")}\n`);
  return file;
}

describe("npm start", () => {
  it("sends the samples' edition to the outbox on its slot, keeps running, sends nothing again after a restart, and stops cleanly on SIGTERM", async () => {
    const cwd = tempDir();
    const env = { DIGEST_CRON: "* * * * *" }; // today's slot (00:00) has passed: the start-up check runs it
    const first = start("src/run/schedule.ts", [], cwd, env);
    const outbox = join(cwd, "outbox/samples/2025-11-06");
    await until(() => existsSync(outbox) && readdirSync(outbox).filter((f) => f.endsWith(".eml")).length === 3, "three .eml files");
    await until(() => /"event":"edition.sent"/.test(first.stderr()), "the sent summary");
    expect(first.child.exitCode).toBeNull(); // still running
    expect(first.stderr()).toMatch(/"event":"schedule.started"/);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);

    const second = start("src/run/schedule.ts", [], cwd, env);
    await until(() => /"event":"schedule.skip"/.test(second.stderr()), "the restart to notice the edition went out");
    expect(second.stderr()).not.toMatch(/"event":"send.start"/);
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
    expect(readdirSync(outbox).filter((f) => f.endsWith(".eml"))).toHaveLength(3);
  }, 240_000);
});

describe("the service entry (bin/briefing.js) as systemd and the container run it", () => {
  it("`node bin/briefing.js start` is the scheduler itself: SIGTERM to that one process stops it cleanly, exit 0", async () => {
    const cwd = tempDir();
    const child = spawn(process.execPath, [join(ROOT, "bin/briefing.js"), "start"], { cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DIGEST_CRON: "* * * * *" } });
    children.push(child);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.resume();
    const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
    await until(() => /"event":"edition.sent"/.test(stderr), "the first edition");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/"event":"schedule.stopped"/);
  }, 120_000);
});

describe("signals mid-send", () => {
  it("SIGTERM stops after the message in flight, exits 0, keeps the ledger; the rerun completes the edition with nobody twice", async () => {
    const sink = await startSink({ faults: { delayMs: 40 } });
    sinks.push(sink);
    const cwd = tempDir();
    const env = { SMTP_URL: sink.url, SUBSCRIBERS_FILE: subscribers(cwd, 150), MAIL_FROM: "Briefing <briefing@example.org>", MAIL_SECRET: "operations-test-secret-0042", SMTP_MAX_CONNECTIONS: "2" };
    const run = start("src/cli.ts", ["digest"], cwd, env);
    await until(() => sink.count() >= 20, "the first messages");
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    const before = sink.count();
    expect(before).toBeLessThan(150);
    const journal = readFileSync(join(cwd, ".state/samples/runs.jsonl"), "utf8");
    expect(journal).toMatch(/"outcome":"interrupted"/);

    const rerun = await runCli(["digest"], { cwd, env });
    expect(rerun.code).toBe(0);
    const counts = Array.from({ length: 150 }, (_, i) => sink.countFor(`reader${i}@example.org`));
    expect(counts.every((c) => c >= 1)).toBe(true);
    const duplicates = counts.reduce((sum, c) => sum + c - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(4); // at most the messages in flight (2 × maxConnections)
  }, 180_000);
});

describe("the run lock", () => {
  it("a manual run while another holds the lock fails with one clear line and sends nothing", async () => {
    const cwd = tempDir();
    const lock = await acquireLock(join(cwd, ".state/samples"), "digest");
    try {
      const r = await runCli(["digest"], { cwd });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`pid ${process.pid}`));
      expect(existsSync(join(cwd, "outbox"))).toBe(false);
    } finally {
      await lock.release();
    }
  });
});

describe("secrets", () => {
  it("never appear in logs or errors, even when the SMTP server cannot be reached", async () => {
    const cwd = tempDir();
    const r = await runCli(["digest"], {
      cwd,
      env: { SMTP_URL: "smtp://mailer:S3cr3t-Pa55@127.0.0.1:9", SUBSCRIBERS_FILE: subscribers(cwd, 2), MAIL_SECRET: "hmac-secret-value-42", MAIL_FROM: "Briefing <b@example.org>" },
    });
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).not.toMatch(/S3cr3t-Pa55|hmac-secret-value-42/);
    expect(r.stderr).toMatch(/\*\*\*|ECONNREFUSED|connect/i);
  });
});

// What "complete" means: a permanent failure (5xx) is final, so it no longer keeps the edition open for ever; the
// wait for the reply after DATA follows RFC 5321 (10 minutes by default), so a slow server does not get duplicates.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.ts";
import type { Logger } from "../src/log.ts";
import { runJob } from "../src/run/job.ts";
import { readRunRecords } from "../src/run/state.ts";
import { statusReport } from "../src/run/status.ts";
import { DATA_TIMEOUT_MS, smtpOptions } from "../src/send/transport.ts";
import { ROOT, tempDir } from "./helpers/cli.ts";
import { startSink, type Sink } from "./helpers/smtp.ts";

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
let sink: Sink;
beforeAll(async () => {
  sink = await startSink({ faults: { rejectRcpt: ["nobody@example.org"], delayMs: 1200 } });
});
afterAll(() => sink.close());

function project(extra: Record<string, string> = {}) {
  const cwd = tempDir();
  writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ sources: [{ name: "TRT World", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
  writeFileSync(join(cwd, "subscribers.csv"), "email\none@example.org\nnobody@example.org\ntwo@example.org\n");
  return loadConfig({ SMTP_URL: sink.url, MAIL_FROM: "Briefing <b@example.org>", MAIL_SECRET: "completion-test-secret-01", SMTP_MAX_CONNECTIONS: "3", ...extra }, cwd);
}
const options = { date: "2025-11-06", timezone: null, sources: null, dryRun: false, noSend: false, force: false };

describe("completion", () => {
  it("an edition whose only failures are permanent is complete, and the next run tries nobody again", async () => {
    const config = project({ SMTP_DATA_TIMEOUT_MS: "5000" });
    const first = await runJob(config, options, { now: () => new Date("2025-11-07T07:00:00Z"), log: silent });
    expect(first.delivery).toMatchObject({ sent: 2, failedPermanent: 1, failedTransient: 0, complete: true });
    expect((await readRunRecords(config.stateDir)).at(-1)).toMatchObject({ complete: true, outcome: "sent" });
    expect(await statusReport(config, new Date("2025-11-07T08:00:00Z"))).toMatch(/2 sent, 1 failed, 0 pending/);
    const again = await runJob(config, options, { now: () => new Date("2025-11-07T09:00:00Z"), log: silent });
    expect(again.delivery).toMatchObject({ sent: 0, skipped: 2 });
  });

  it("waits for a slow reply after DATA instead of sending twice", async () => {
    const config = project({ SMTP_DATA_TIMEOUT_MS: "5000" });
    const before = sink.countFor("one@example.org");
    await runJob(config, options, { now: () => new Date("2025-11-07T07:00:00Z"), log: silent });
    expect(sink.countFor("one@example.org") - before).toBe(1); // each reply took 1.2 s: no timeout, no duplicate
  });

  it("defaults to RFC 5321's ten minutes for the reply after DATA", () => {
    expect(DATA_TIMEOUT_MS).toBe(600_000);
    expect(smtpOptions("smtp://127.0.0.1:2525", { maxConnections: 1, maxMessages: 1 }).socketTimeout).toBe(600_000);
    expect(project().mail.dataTimeoutMs).toBe(600_000);
  });
});

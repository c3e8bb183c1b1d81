import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.ts";
import { appendRunRecord } from "../src/run/state.ts";
import { statusReport } from "../src/run/status.ts";
import { tempDir } from "./helpers/cli.ts";

describe("statusReport", () => {
  it("says when nothing has run yet, and when the next run is", async () => {
    const config = loadConfig({ DIGEST_CRON: "30 6 * * *", DIGEST_TIMEZONE: "Europe/London" }, tempDir());
    const report = await statusReport(config, new Date());
    expect(report).toMatch(/No edition has been built yet/);
    expect(report).toMatch(/Next scheduled run: \d{4}-\d{2}-\d{2}T0[56]:30:00\.000Z \(30 6 \* \* \* in Europe\/London/);
    expect(report).toMatch(/next edition: \d{4}-\d{2}-\d{2}, covering \S+ → \S+ \(from the last edition's cut-off; none yet, so 24 h\)/);
  });

  it("shows the next edition's window starting at the last edition's cut-off", async () => {
    const config = loadConfig({ DIGEST_CRON: "0 7 * * *" }, tempDir());
    await appendRunRecord(config.stateDir, {
      date: "2025-11-06", startedAt: "2025-11-06T07:00:00Z", finishedAt: "2025-11-06T07:01:00Z", complete: true, outcome: "sent",
      sent: 2, skipped: 0, failed: 0, stories: 9, failedSources: [], error: null,
      window: { start: "2025-11-05T07:00:00.000Z", end: "2025-11-06T06:40:00.000Z", kind: "edition" },
    });
    const report = await statusReport(config, new Date("2025-11-06T12:00:00Z"));
    expect(report).toMatch(/next edition: \d{4}-\d{2}-\d{2}, covering 2025-11-06T06:40:00\.000Z → /);
  });

  it("reports the last run, its delivery and the sources that failed", async () => {
    const config = loadConfig({}, tempDir());
    await appendRunRecord(config.stateDir, {
      date: "2025-11-06", startedAt: "2025-11-06T07:00:00Z", finishedAt: "2025-11-06T07:01:00Z", complete: false, outcome: "partly-sent",
      sent: 2, skipped: 0, failed: 1, stories: 9, failedSources: ["Wire"], error: null,
    });
    const report = await statusReport(config, new Date());
    expect(report).toMatch(/Last edition: 2025-11-06 \(partly-sent, NOT complete\)/);
    expect(report).toMatch(/sources failed last time: Wire/);
    expect(report).toMatch(/delivery \(ledger\): 0 sent, 0 failed, 0 pending/);
  });
});

import { appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appendRunRecord, editionComplete, readRunRecords, type RunRecord } from "../src/run/state.ts";

const record = (date: string, complete: boolean): RunRecord => ({
  date, startedAt: `${date}T07:00:00Z`, finishedAt: `${date}T07:01:00Z`, complete, outcome: complete ? "sent" : "partly-sent",
  sent: 3, skipped: 0, failed: complete ? 0 : 1, stories: 9, failedSources: [], error: null,
});

describe("run journal", () => {
  it("appends records and answers whether a day's edition is complete", async () => {
    const dir = mkdtempSync(join(tmpdir(), "state-"));
    expect(await readRunRecords(dir)).toEqual([]);
    await appendRunRecord(dir, record("2025-11-05", true));
    await appendRunRecord(dir, record("2025-11-06", false));
    const records = await readRunRecords(dir);
    expect(records.map((r) => r.date)).toEqual(["2025-11-05", "2025-11-06"]);
    expect(editionComplete(records, "2025-11-05")).toBe(true);
    expect(editionComplete(records, "2025-11-06")).toBe(false);
  });

  it("ignores a line torn by a crash", async () => {
    const dir = mkdtempSync(join(tmpdir(), "state-"));
    await appendRunRecord(dir, record("2025-11-05", true));
    appendFileSync(join(dir, "runs.jsonl"), '{"date":"2025-11-06","comp');
    expect((await readRunRecords(dir)).map((r) => r.date)).toEqual(["2025-11-05"]);
    // the next run's record starts on a line of its own, so it is not lost with the torn one
    await appendRunRecord(dir, record("2025-11-07", true));
    expect((await readRunRecords(dir)).map((r) => r.date)).toEqual(["2025-11-05", "2025-11-07"]);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import type { Logger } from "../src/log.ts";
import { todayIn } from "../src/day.ts";
import { startScheduler, type Scheduler } from "../src/run/schedule.ts";

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const HOUR = 3_600_000;
let scheduler: Scheduler | null = null;

afterEach(async () => {
  await scheduler?.stop();
  scheduler = null;
  vi.useRealTimers();
});

/** A scheduler on a fake clock whose runs complete the edition they were asked for. */
function harness(start: string, cron: string, timezone: string, options: { runMs?: number; sent?: string[]; failing?: boolean } = {}) {
  vi.useFakeTimers({ now: new Date(start) });
  const runs: { date: string; at: string }[] = [];
  const complete = new Set(options.sent ?? []);
  let running = 0;
  let maxRunning = 0;
  scheduler = startScheduler({ cron, timezone, usingSamples: false, sampleDate: null, retryForHours: 6 }, {
    now: () => new Date(),
    log: silent,
    isComplete: async (date) => complete.has(date),
    run: async () => {
      // The run builds the edition due now: after the slot, today's (run/window.ts).
      const date = todayIn(timezone, new Date());
      running++;
      maxRunning = Math.max(maxRunning, running);
      runs.push({ date, at: new Date().toISOString() });
      if (options.runMs) await new Promise((r) => setTimeout(r, options.runMs));
      running--;
      if (options.failing) throw new Error("every source failed");
      complete.add(date);
    },
  });
  return { runs, maxRunning: () => maxRunning };
}

describe("startScheduler", () => {
  it("runs exactly once a day across the autumn DST change in London, even for a time that happens twice", async () => {
    const h = harness("2025-10-24T00:00:00Z", "30 1 * * *", "Europe/London");
    await vi.advanceTimersByTimeAsync(5 * 24 * HOUR);
    expect(h.runs.map((r) => r.date)).toEqual(["2025-10-24", "2025-10-25", "2025-10-26", "2025-10-27", "2025-10-28"]);
    expect(h.runs.find((r) => r.date === "2025-10-26")?.at).toBe("2025-10-26T00:30:00.000Z");
  });

  it("runs exactly once a day across the spring DST change in London, even for a time that does not exist", async () => {
    const h = harness("2025-03-28T12:00:00Z", "30 1 * * *", "Europe/London", { sent: ["2025-03-28"] });
    await vi.advanceTimersByTimeAsync(4 * 24 * HOUR);
    expect(h.runs.map((r) => r.date)).toEqual(["2025-03-29", "2025-03-30", "2025-03-31", "2025-04-01"]);
    const springDay = h.runs.find((r) => r.date === "2025-03-30")!;
    expect(Date.parse(springDay.at)).toBeGreaterThanOrEqual(Date.parse("2025-03-30T01:30:00Z"));
    expect(Date.parse(springDay.at)).toBeLessThan(Date.parse("2025-03-30T01:32:00Z"));
  });

  it("runs once a day across both DST changes in New York", async () => {
    const spring = harness("2025-03-08T12:00:00Z", "0 7 * * *", "America/New_York", { sent: ["2025-03-08"] });
    await vi.advanceTimersByTimeAsync(3 * 24 * HOUR);
    expect(spring.runs.map((r) => [r.date, r.at])).toEqual([
      ["2025-03-09", "2025-03-09T11:00:00.000Z"], ["2025-03-10", "2025-03-10T11:00:00.000Z"], ["2025-03-11", "2025-03-11T11:00:00.000Z"],
    ]);
    await scheduler!.stop();
    const autumn = harness("2025-11-01T12:00:00Z", "0 7 * * *", "America/New_York", { sent: ["2025-11-01"] });
    await vi.advanceTimersByTimeAsync(2 * 24 * HOUR);
    expect(autumn.runs.map((r) => [r.date, r.at])).toEqual([["2025-11-02", "2025-11-02T12:00:00.000Z"], ["2025-11-03", "2025-11-03T12:00:00.000Z"]]);
  });

  it("catches up at start when today's slot passed while it was down", async () => {
    const h = harness("2025-11-06T09:45:00Z", "0 7 * * *", "UTC");
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.runs).toEqual([{ date: "2025-11-06", at: "2025-11-06T09:45:00.000Z" }]);
  });

  it("sends nothing on a restart after the edition went out", async () => {
    const h = harness("2025-11-06T09:45:00Z", "0 7 * * *", "UTC", { sent: ["2025-11-06"] });
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(h.runs).toEqual([]);
  });

  it("catches up after the machine wakes from sleep past the slot", async () => {
    const h = harness("2025-11-06T06:00:00Z", "0 7 * * *", "UTC", { sent: [] });
    await vi.advanceTimersByTimeAsync(1000);
    vi.setSystemTime(new Date("2025-11-06T10:00:00Z")); // the clock jumps; no timer fired meanwhile
    await vi.advanceTimersByTimeAsync(61_000);
    expect(h.runs.map((r) => r.date)).toEqual(["2025-11-06"]);
    expect(Date.parse(h.runs[0]!.at)).toBeGreaterThanOrEqual(Date.parse("2025-11-06T10:00:00Z"));
  });

  it("never overlaps runs, even when a run outlasts the next tick", async () => {
    const h = harness("2025-11-06T06:59:00Z", "* * * * *", "UTC", { runMs: 10 * 60_000 });
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(h.maxRunning()).toBe(1);
    expect(h.runs.map((r) => r.date)).toEqual(["2025-11-06"]);
  });

  it("stop() waits for the run in flight", async () => {
    harness("2025-11-06T07:00:30Z", "0 7 * * *", "UTC", { runMs: 5_000 });
    await vi.advanceTimersByTimeAsync(100);
    let stopped = false;
    const stopping = scheduler!.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    await stopping;
    expect(stopped).toBe(true);
    scheduler = null;
  });

  it("retries a failed edition with growing waits until retryForHours after the slot, then stops for the day", async () => {
    const h = harness("2025-11-06T06:59:00Z", "0 7 * * *", "UTC", { failing: true });
    await vi.advanceTimersByTimeAsync(12 * HOUR);
    const minutes = h.runs.map((r) => (Date.parse(r.at) - Date.parse("2025-11-06T07:00:00Z")) / 60_000);
    expect(minutes[0]).toBe(0);
    const waits = minutes.slice(1).map((m, i) => m - minutes[i]!);
    expect(waits.every((w, i) => i === 0 || w >= waits[i - 1]!)).toBe(true); // never shorter than the last wait
    expect(waits[0]).toBeGreaterThanOrEqual(5);
    expect(Math.max(...minutes)).toBeLessThanOrEqual(6 * 60 + 1); // nothing after the deadline
    expect(h.runs.length).toBeGreaterThan(3);
  });
});

// The edition window: what each edition covers, over many days, zones and DST changes, on a fake clock.
import { describe, expect, it } from "vitest";
import { dayWindow, inWindow, todayIn } from "../src/day.ts";
import type { RunRecord } from "../src/run/state.ts";
import { dueWindow, nextWindow, resolveWindow } from "../src/run/window.ts";
import type { EditionWindow } from "../src/types.ts";

const HOUR = 3_600_000;
const settings = { cron: "0 7 * * *", timezone: "UTC", usingSamples: false, sampleDate: null };
const none = { date: null, timezone: null, sources: null };

function record(w: EditionWindow, outcome = "sent"): RunRecord {
  return {
    date: w.date, startedAt: w.end, finishedAt: w.end, complete: outcome === "sent", outcome, sent: 1, skipped: 0, failed: 0,
    stories: 1, failedSources: [], error: null, window: { start: w.start, end: w.end, kind: w.kind },
  };
}

describe("resolveWindow", () => {
  it("is the calendar day in the zone with --date, and the samples' day while the samples are in use", () => {
    const at = new Date("2025-11-06T23:30:00Z");
    expect(resolveWindow(settings, { ...none, date: "2025-01-02", timezone: "Europe/Kyiv" }, at, [])).toEqual({
      date: "2025-01-02", timezone: "Europe/Kyiv", start: "2025-01-01T22:00:00.000Z", end: "2025-01-02T22:00:00.000Z", kind: "day",
    });
    const samples = { ...settings, usingSamples: true, sampleDate: "2025-11-06" };
    expect(resolveWindow(samples, none, new Date("2026-03-01T12:00:00Z"), []).date).toBe("2025-11-06");
    expect(resolveWindow(samples, { ...none, sources: [] }, new Date("2026-03-01T12:00:00Z"), []).kind).toBe("edition");
  });

  it("without a journal, covers the 24 hours before today's slot once the slot has passed", () => {
    const w = resolveWindow(settings, none, new Date("2025-11-06T19:42:00Z"), []);
    expect(w).toEqual({ date: "2025-11-06", timezone: "UTC", start: "2025-11-05T07:00:00.000Z", end: "2025-11-06T07:00:00.000Z", kind: "edition" });
  });

  it("before today's slot, builds an early edition up to now", () => {
    const w = dueWindow(new Date("2025-11-06T05:10:00Z"), "0 7 * * *", "UTC", []);
    expect([w.date, w.start, w.end]).toEqual(["2025-11-06", "2025-11-05T05:10:00.000Z", "2025-11-06T05:10:00.000Z"]);
  });

  it("starts at the previous edition's cut-off, and a rerun of today's edition builds the same window", () => {
    const yesterday = dueWindow(new Date("2025-11-05T07:03:00Z"), "0 7 * * *", "UTC", []);
    const today = dueWindow(new Date("2025-11-06T07:28:00Z"), "0 7 * * *", "UTC", [record(yesterday)]);
    expect([today.start, today.end]).toEqual(["2025-11-05T07:00:00.000Z", "2025-11-06T07:00:00.000Z"]);
    const rerun = dueWindow(new Date("2025-11-06T21:00:00Z"), "0 7 * * *", "UTC", [record(yesterday), record(today, "partly-sent")]);
    expect(rerun).toEqual(today);
  });

  it("ignores failed runs and --date days when finding the previous cut-off", () => {
    const failed = record(dueWindow(new Date("2025-11-05T07:00:00Z"), "0 7 * * *", "UTC", []), "failed");
    const backfill = record(dayWindow("2025-11-05", "UTC"));
    const w = dueWindow(new Date("2025-11-06T07:00:00Z"), "0 7 * * *", "UTC", [failed, backfill]);
    expect(w.start).toBe("2025-11-05T07:00:00.000Z");
  });

  it("reaches back at most seven days after a long outage", () => {
    const old = dueWindow(new Date("2025-10-01T07:00:00Z"), "0 7 * * *", "UTC", []);
    const w = dueWindow(new Date("2025-11-06T08:00:00Z"), "0 7 * * *", "UTC", [record(old)]);
    expect(w.start).toBe("2025-10-30T07:00:00.000Z");
  });

  it("includes an entry published 20 hours before the run, whatever the hour of the run", () => {
    for (let hour = 0; hour < 24; hour++) {
      const now = new Date(Date.UTC(2025, 10, 6, hour, 17));
      const w = dueWindow(now, "0 7 * * *", "Europe/Berlin", []);
      expect(inWindow(new Date(now.getTime() - 20 * HOUR).toISOString(), w), `run at ${hour}:17`).toBe(true);
    }
  });

  it("shows the next edition's window for `npm run status`", () => {
    const last = dueWindow(new Date("2025-11-06T07:00:00Z"), "0 7 * * *", "UTC", []);
    const next = nextWindow(new Date("2025-11-07T07:00:00Z"), "UTC", [record(last)]);
    expect([next.date, next.start, next.end]).toEqual(["2025-11-07", "2025-11-06T07:00:00.000Z", "2025-11-07T07:00:00.000Z"]);
  });
});

/** A deterministic pseudo-random sequence (the same every run). */
function rng(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe("consecutive editions", () => {
  const cases: [string, string, string][] = [
    ["Europe/London", "30 6 * * *", "2025-03-25"], // spring forward on the 30th
    ["Europe/London", "30 1 * * *", "2025-10-20"], // fall back on the 26th: 01:30 happens twice
    ["America/New_York", "0 7 * * 1-5", "2025-10-28"], // weekdays only, across the November change
    ["Asia/Kolkata", "15 5 * * *", "2025-06-01"],
    ["Pacific/Auckland", "0 6 * * *", "2025-04-01"],
  ];

  it.each(cases)("in %s at %s from %s: every entry is in exactly one edition, early and late runs alike", (zone, cron, first) => {
    const random = rng(zone.length * 7919 + first.length);
    const records: RunRecord[] = [];
    const windows: EditionWindow[] = [];
    let now = Date.parse(`${first}T00:00:00Z`);
    for (let day = 0; day < 14; day++) {
      now += 24 * HOUR * (0.7 + random() * 0.6); // a run at a different hour each day: early, late, or not at all
      const w = dueWindow(new Date(now), cron, zone, records);
      if (records.some((r) => r.date === w.date && r.outcome === "sent")) {
        expect(w).toEqual(windows.find((x) => x.date === w.date)); // a rerun rebuilds the same edition
        continue;
      }
      if (random() < 0.2) records.push(record(w, "failed")); // a failed run first: it covers nothing
      records.push(record(w));
      windows.push(w);
    }
    expect(windows.length).toBeGreaterThan(7);
    const from = Date.parse(windows[0]!.start);
    const to = Date.parse(windows.at(-1)!.end);
    for (let t = from; t < to; t += 7 * 60_000 + 13_000) {
      const iso = new Date(t).toISOString();
      expect(windows.filter((w) => inWindow(iso, w)).length, iso).toBe(1);
    }
    // An article that names its day but no time is taken once too (by the edition holding that day's midnight).
    const firstDay = todayIn(zone, new Date(from + 24 * HOUR));
    const lastDay = todayIn(zone, new Date(to - 24 * HOUR));
    for (let d = firstDay; d <= lastDay; d = todayIn("UTC", new Date(Date.parse(`${d}T12:00:00Z`) + 24 * HOUR))) {
      expect(windows.filter((w) => inWindow(d, w)).length, d).toBe(1);
    }
  });
});

import { describe, expect, it } from "vitest";
import { catchUpDue, slotOn } from "../src/run/slot.ts";

describe("slotOn", () => {
  it.each([
    ["0 7 * * *", "UTC", "2025-11-06", "2025-11-06T07:00:00.000Z"],
    ["0 7 * * *", "Europe/London", "2025-03-29", "2025-03-29T07:00:00.000Z"],
    ["0 7 * * *", "Europe/London", "2025-03-30", "2025-03-30T06:00:00.000Z"], // BST from today
    ["0 7 * * *", "Europe/London", "2025-10-26", "2025-10-26T07:00:00.000Z"], // GMT again
    ["0 7 * * *", "America/New_York", "2025-11-06", "2025-11-06T12:00:00.000Z"],
    ["30 1 * * *", "Europe/London", "2025-03-30", "2025-03-30T01:30:00.000Z"], // 01:30 is skipped: first instant after the gap
    ["30 1 * * *", "Europe/London", "2025-10-26", "2025-10-26T00:30:00.000Z"], // 01:30 happens twice: the first
    ["30 2 * * *", "America/New_York", "2025-03-09", "2025-03-09T07:30:00.000Z"],
    ["30 1 * * *", "America/New_York", "2025-11-02", "2025-11-02T05:30:00.000Z"],
    ["15 6,18 * * *", "UTC", "2025-11-06", "2025-11-06T06:15:00.000Z"],
  ])("%s in %s on %s → %s", (cron, zone, date, expected) => {
    expect(slotOn(date, cron, zone)?.toISOString()).toBe(expected);
  });

  it("knows days the cron does not name", () => {
    expect(slotOn("2025-11-08", "0 7 * * 1-5", "UTC")).toBeNull(); // a Saturday
    expect(slotOn("2025-11-07", "0 7 * * 1-5", "UTC")?.toISOString()).toBe("2025-11-07T07:00:00.000Z");
    expect(slotOn("2025-11-06", "0 7 1 * *", "UTC")).toBeNull();
  });
});

describe("catchUpDue", () => {
  const done = new Set<string>();
  const complete = (d: string) => done.has(d);
  it("is due once the slot has passed and the edition is not complete", () => {
    expect(catchUpDue(new Date("2025-11-06T06:59:00Z"), "0 7 * * *", "UTC", complete)).toBeNull();
    expect(catchUpDue(new Date("2025-11-06T09:30:00Z"), "0 7 * * *", "UTC", complete)).toBe("2025-11-06");
    done.add("2025-11-06");
    expect(catchUpDue(new Date("2025-11-06T09:30:00Z"), "0 7 * * *", "UTC", complete)).toBeNull();
  });

  it("uses the day in the configured zone, not UTC's", () => {
    // 03:00 UTC on the 7th is still the 6th in New York, whose 07:00 slot has passed.
    expect(catchUpDue(new Date("2025-11-07T03:00:00Z"), "0 7 * * *", "America/New_York", () => false)).toBe("2025-11-06");
  });
});

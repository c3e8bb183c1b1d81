import { describe, expect, it } from "vitest";
import { calendarDay, entryInWindow, isCalendarDay, isZone } from "../src/day.ts";
import type { EditionWindow } from "../src/types.ts";

describe("isCalendarDay", () => {
  it.each([
    ["2025-11-06", true], ["2024-02-29", true], ["2025-02-29", false], ["2025-02-31", false], ["2025-13-01", false],
    ["2025-00-10", false], ["2025-1-6", false], ["2025-11-06T00:00", false], [" 2025-11-06", false], ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });

  it("gives the day's UTC noon", () => {
    expect(calendarDay("2024-01-04")?.toISOString()).toBe("2024-01-04T12:00:00.000Z");
    expect(calendarDay("2024-01-32")).toBeNull();
  });
});

describe("isZone", () => {
  it.each([["UTC", true], ["Europe/Kyiv", true], ["America/New_York", true], ["Mars/Olympus", false], ["", false], ["Europe/Kyiv ", false]])(
    "%j → %s", (name, expected) => {
      expect(isZone(name)).toBe(expected);
      expect(isZone(name)).toBe(expected); // the cached answer is the same
    },
  );
});

describe("entryInWindow", () => {
  const edition: EditionWindow = { date: "2025-11-06", timezone: "UTC", start: "2025-11-05T07:00:00Z", end: "2025-11-06T07:00:00Z", kind: "edition" };
  const day: EditionWindow = { date: "2025-11-06", timezone: "UTC", start: "2025-11-06T00:00:00Z", end: "2025-11-07T00:00:00Z", kind: "day" };
  it("counts a page's own dates as they are, an assumed day only with a printed time or in the edition of that named day", () => {
    expect(entryInWindow({ published: "2025-11-06" }, edition)).toBe(true); // the page printed this day
    expect(entryInWindow({ published: "2025-11-06", dayAssumed: true }, edition)).toBe(false); // a fetch day is no evidence of news
    expect(entryInWindow({ published: "2025-11-06T05:10:00Z", dayAssumed: true }, edition)).toBe(true); // its time is the page's
    expect(entryInWindow({ published: "2025-11-06", dayAssumed: true }, day)).toBe(true); // --date names the day
    expect(entryInWindow({ published: "2025-11-04T05:10:00Z" }, edition)).toBe(false);
  });
});

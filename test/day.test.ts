import { describe, expect, it } from "vitest";
import { calendarDay, isCalendarDay, isZone } from "../src/day.ts";

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

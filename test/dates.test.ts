import { describe, expect, it } from "vitest";
import { timeLabel } from "../src/render/dates.ts";

describe("timeLabel", () => {
  it("shows the time in the reader's zone, with the day when it is not the edition's", () => {
    expect(timeLabel("2025-11-06T13:18:00Z", "Europe/Kyiv", "2025-11-06")).toBe("15:18");
    expect(timeLabel("2025-11-05T23:10:00Z", "UTC", "2025-11-06")).toBe("Wed 5 Nov, 23:10");
  });

  it("shows no invented midnight for an entry known only by its day", () => {
    expect(timeLabel("2025-11-06", "UTC", "2025-11-06")).toBeNull();
    expect(timeLabel("2025-11-05", "UTC", "2025-11-06")).toBe("Wed 5 Nov");
    expect(timeLabel(null, "UTC", "2025-11-06")).toBeNull();
  });
});

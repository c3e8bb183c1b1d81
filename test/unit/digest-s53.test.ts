// Merging cases met on the eval days of session 53 (own words).
import { describe, expect, it } from "vitest";
import { anchorsOf } from "../../src/digest/anchors.ts";
import { terms } from "../../src/digest/text.ts";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, source: string, hhmm: string, headline: string | null, body: string, topic: string): MergeItem =>
  ({ id, source, topic, published: `2031-05-06T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));

describe("a river that shares a city's name", () => {
  it("is a detail of its own: shelling across the Dnipro river is no strike on Dnipro", () => {
    const anchors = anchorsOf("Woman hurt as shells hit Marhanets", ["A 64-year-old woman was hurt when Russian shells hit a street in Marhanets, across the Dnipro river from the occupied south bank."]);
    expect(anchors.has("dnipro")).toBe(false);
    expect(anchors.has("dniproriver")).toBe(true);
    expect(anchors.has(terms("Marhanets")[0]!)).toBe(true);
    const groups = mergeStories([
      item("d1", "Desk A", "07:00", "Missile strike on Dnipro kills five", "Five people were killed when a Russian missile hit an office building in central Dnipro on Tuesday morning, the governor said.", "strikes"),
      item("d2", "Desk B", "09:30", "Dnipro strike toll rises to seven", "Seven people are now known to have died in the missile strike on Dnipro, regional officials said.", "strikes"),
      item("m1", "Desk A", "11:00", "Woman hurt as shells hit Marhanets", "A 64-year-old woman was hurt when Russian shells hit a street in Marhanets, across the Dnipro river from the occupied south bank, regional officials said.", "strikes"),
    ]).groups;
    expect(together(groups, "d1", "d2")).toBe(true);
    expect(together(groups, "d1", "m1")).toBe(false);
    expect(together(groups, "d2", "m1")).toBe(false);
  });

  it("keeps a river of no town's name as a detail (guard): 'the River Danube', 'the Danube river'", () => {
    expect(anchorsOf(null, ["Drones hit grain silos at a port on the Danube river overnight."]).has("danuberiver")).toBe(true);
    expect(anchorsOf(null, ["Barges on the River Danube were moved away from the port."]).has("danuberiver")).toBe(true);
  });
});

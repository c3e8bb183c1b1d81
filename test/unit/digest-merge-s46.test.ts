// Merging cases met on the eval days of session 46 (own words): a river is no detail of the city named after it.
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { dayWindow } from "../../src/day.ts";
import { entriesOn, pageOf } from "../helpers/digest-sources.ts";

const make = entriesOn("2026-07-13");
const page = pageOf;

describe("the Dnipro river", () => {
  it("joins no two strikes on towns along it", () => {
    const digest = buildDigest([
      page("a", [make("a1", "Shelling kills woman in Nikopol", ["Russian artillery fire from across the Dnipro river killed a woman in Nikopol on Monday morning, the regional governor said."], "07:00")]),
      page("b", [make("b1", "Missile hits Kremenchuk bus station, seven dead", ["Seven people died after a Russian missile hit the bus station in Kremenchuk, an industrial city on the Dnipro river, on Monday."], "09:00")]),
    ], dayWindow("2026-07-13", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2026-07-13T23:00:00Z" });
    const story = (id: string) => digest.entries.find((e) => e.id === id)!.storyId;
    expect(story("a1")).not.toBe(story("b1"));
  });
});

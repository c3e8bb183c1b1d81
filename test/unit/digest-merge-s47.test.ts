// Merging cases met on the eval days of session 47 (own words): a place named only to locate another is no detail.
import { describe, expect, it } from "vitest";
import { anchorsOf } from "../../src/digest/anchors.ts";
import { buildDigest } from "../../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { dayWindow } from "../../src/day.ts";
import { entriesOn, pageOf } from "../helpers/digest-sources.ts";

const make = entriesOn("2027-03-09");
const page = pageOf;

describe("a place named to locate another", () => {
  it("drops a place named only as a distance from it, and the distance", () => {
    const anchors = anchorsOf("Drones hit gas site", ["Drones struck a gas production site overnight. The site lies about 100km from Kremenchuk."]);
    expect(anchors.has("kremenchuk")).toBe(false);
    expect(anchors.has("100")).toBe(false);
    // (a distance from a border still names the country beyond it)
    expect(anchorsOf(null, ["The strike hit Lviv, about 70 km from the Polish border."]).has("polish")).toBe(true);
  });
  it("drops the region a named town lies in, keeping the town", () => {
    const anchors = anchorsOf("Shelling kills two", ["Two men were killed by artillery fire in Kupiansk, in the east of the Kharkiv region, the governor said."]);
    expect(anchors.has("kupiansk")).toBe(true);
    expect(anchors.has("kharkiv")).toBe(false);
    // (a sentence's first word is no town: "Parts of the Odesa region" keeps Odesa)
    expect(anchorsOf(null, ["Blackouts hit several towns. Parts of the Odesa region were without power."]).has("odesa")).toBe(true);
  });
  it("keeps shelling of a town out of the story of a strike on the region's main city", () => {
    const digest = buildDigest([
      page("a", [
        make("a1", "Missile strike on Kharkiv shopping centre kills nine", ["Nine people were killed when a Russian missile hit a shopping centre in Kharkiv on Tuesday, the mayor said."], "09:00"),
        make("a2", "Shelling kills two in Kupiansk", ["Two men were killed by Russian artillery fire in Kupiansk, in the east of the Kharkiv region, the governor said."], "12:00"),
      ]),
      page("b", [make("b1", "Kharkiv toll rises to 12 after mall strike", ["The number of people killed in Tuesday's missile strike on a Kharkiv shopping centre has risen to 12, the mayor said."], "15:00")]),
    ], dayWindow("2027-03-09", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2027-03-09T23:00:00Z" });
    const story = (id: string) => digest.entries.find((e) => e.id === id)!.storyId;
    expect(story("a1")).toBe(story("b1"));
    expect(story("a2")).not.toBe(story("a1"));
  });
});

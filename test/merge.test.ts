// Story merging: merges that must happen (re-posts, the same event across sources) and must not (same theme only).
import { describe, expect, it } from "vitest";
import { anchorsOf, mergeStories, type MergeItem } from "../src/merge.ts";

const item = (id: string, source: string, published: string | null, headline: string, body: string, topic = "strikes"): MergeItem =>
  ({ id, source, topic, published, headline, body: [body] });

const STRIKE_A = item("a1", "Wire One", "2024-02-10T08:00:00Z", "Drones set fuel depot ablaze near Zhytomyr",
  "A swarm of drones struck a fuel depot outside Zhytomyr before dawn, starting a fire that burned for six hours, the regional governor Petro Danyliuk said. Two workers were injured.");
const STRIKE_A_REPOST = item("a2", "Wire One", "2024-02-10T14:00:00Z", "Drones set fuel depot ablaze near Zhytomyr",
  "A swarm of drones struck a fuel depot outside Zhytomyr before dawn, starting a fire that burned for six hours, regional governor Petro Danyliuk said. Two workers were hurt.");
const STRIKE_A_OTHER_SOURCE = item("b1", "Daily Two", "2024-02-10T10:30:00Z", "Fire at Zhytomyr fuel depot after overnight drone attack",
  "Governor Petro Danyliuk said a depot storing fuel near Zhytomyr caught fire after drones hit it overnight; firefighters needed six hours to put it out.");
const STRIKE_B = item("c1", "Daily Two", "2024-02-10T11:00:00Z", "Missile hits grain terminal in Izmail port",
  "A missile struck a grain terminal in the Danube port of Izmail, damaging two silos, the navy spokesman Oleh Tkachuk said. Nobody was hurt.");
const TALKS = item("d1", "Wire One", "2024-02-10T12:00:00Z", "Envoys meet in Riyadh on Zhytomyr power grid repairs",
  "Envoys met in Riyadh to discuss funding for repairs to the power grid around Zhytomyr after months of attacks.", "diplomacy");

const storyOf = (groups: string[][], id: string) => groups.findIndex((g) => g.includes(id));

describe("mergeStories: must merge", () => {
  it("a lightly reworded re-post within one source is a repeat of the earlier entry", () => {
    const result = mergeStories([STRIKE_A_REPOST, STRIKE_A]);
    expect(result.groups).toHaveLength(1);
    expect(result.repostOf.get("a2")).toBe("a1");
    expect(result.links[0]?.reason).toMatch(/near-verbatim repeat/);
  });

  it("a verbatim re-post is a repeat even hours later", () => {
    const copy = { ...STRIKE_A, id: "a3", published: "2024-02-10T20:00:00Z" };
    expect(mergeStories([STRIKE_A, copy]).repostOf.get("a3")).toBe("a1");
  });

  it("the same event told by another source joins the story, with the shared anchors as the reason", () => {
    const result = mergeStories([STRIKE_A, STRIKE_A_OTHER_SOURCE, STRIKE_B]);
    expect(storyOf(result.groups, "a1")).toBe(storyOf(result.groups, "b1"));
    expect(result.repostOf.size).toBe(0);
    expect(result.links.find((l) => l.from === "b1")?.reason).toMatch(/zhytomyr|danyliuk/);
  });

  it("a headline-only entry joins the story it names by a rare place", () => {
    const teaser: MergeItem = { id: "t1", source: "Wire One", topic: "strikes", published: "2024-02-10T09:00:00Z", headline: "Watch: Zhytomyr depot still burning after drone strike", body: [] };
    const result = mergeStories([STRIKE_A, teaser, STRIKE_B]);
    expect(storyOf(result.groups, "t1")).toBe(storyOf(result.groups, "a1"));
    expect(storyOf(result.groups, "t1")).not.toBe(storyOf(result.groups, "c1"));
  });
});

describe("mergeStories: must not merge", () => {
  it("two strikes on the same day in different places stay apart", () => {
    const result = mergeStories([STRIKE_A, STRIKE_B]);
    expect(result.groups).toHaveLength(2);
  });

  it("a different topic never joins, even with a shared place", () => {
    const result = mergeStories([STRIKE_A, TALKS]);
    expect(storyOf(result.groups, "a1")).not.toBe(storyOf(result.groups, "d1"));
  });

  it("the same wording more than 36 hours apart is only a re-post within its source, not a cross-source story", () => {
    const later = { ...STRIKE_A_OTHER_SOURCE, id: "b9", published: "2024-02-13T10:30:00Z" };
    const result = mergeStories([STRIKE_A, later]);
    expect(result.groups).toHaveLength(2);
  });
});

describe("mergeStories: determinism", () => {
  it("gives the same groups for the same input, grouped in input order", () => {
    const input = [STRIKE_B, STRIKE_A, TALKS, STRIKE_A_OTHER_SOURCE, STRIKE_A_REPOST];
    const first = mergeStories(input);
    const second = mergeStories(input);
    expect(second.groups).toEqual(first.groups);
    expect(first.groups[0]).toEqual(["c1"]);
    expect(first.groups[1]).toEqual(["a1", "b1", "a2"]);
  });
});

describe("anchorsOf", () => {
  it("keeps rare names and figures, folds variants, drops sentence openers and common war words", () => {
    const anchors = anchorsOf("Strike on Kiev kills 32", ["Officials in Kharkov said the United Arab Emirates brokered it. Russia denied it."]);
    expect([...anchors]).toEqual(expect.arrayContaining(["32", "kharkiv", "uae"]));
    expect(anchors.has("kyiv")).toBe(false);
    expect(anchors.has("russia")).toBe(false);
    expect(anchors.has("officials")).toBe(false);
  });
});

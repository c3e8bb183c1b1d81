// Ground changing hands: a side's claim that it holds a town and the other side's retreat from it, told the same day
// on one page, are one event even when their words share little. Two towns' changes of hands stay apart.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, published: string, headline: string, body: string[], topic = "other"): MergeItem =>
  ({ id, source: "Daily Two", topic, published, headline, body });
const storyOf = (groups: string[][], id: string) => groups.findIndex((g) => g.includes(id));

describe("a town taken and the defenders pulling out of it", () => {
  const TAKEN = item("t1", "2024-05-04T15:00:00Z", "Kremlin claims full control of Ostrivka", [
    "The defence minister reported to the president that Ostrivka was now entirely in Russian hands.",
  ]);
  const PULLED = item("t2", "2024-05-04T08:00:00Z", "Kyiv pulls its units out of Ostrivka", [
    "The army command said it had moved its soldiers to prepared lines west of the settlement to save lives.",
  ]);
  const ELSEWHERE = item("t3", "2024-05-04T10:00:00Z", "Kyiv pulls its units out of Dubrivka", [
    "The army command said it had moved its soldiers to prepared lines west of the settlement to save lives.",
  ]);

  it("are one story", () => {
    const result = mergeStories([TAKEN, PULLED]);
    expect(storyOf(result.groups, "t1")).toBe(storyOf(result.groups, "t2"));
  });

  it("a retreat from another town stays its own story", () => {
    const result = mergeStories([TAKEN, ELSEWHERE]);
    expect(result.groups).toHaveLength(2);
  });
});

describe("a teaser of the retreat, filed under no topic", () => {
  const teaser = (id: string, headline: string): MergeItem => ({ ...item(id, "2024-05-04T11:00:00Z", headline, []), teaser: true });
  const TAKEN = item("t1", "2024-05-04T15:00:00Z", "Kremlin claims full control of Ostrivka", [
    "The defence minister reported to the president that Ostrivka was now entirely in Russian hands.",
  ]);

  it("names an event (ground changing hands) and joins the story of that town", () => {
    const result = mergeStories([TAKEN, teaser("w1", "Watch: soldiers describe the retreat from Ostrivka")]);
    expect(result.groups).toHaveLength(1);
  });

  it("a teaser of a theme in the same town still joins nothing", () => {
    const result = mergeStories([TAKEN, teaser("w2", "Watch: children return to a rebuilt school in Ostrivka")]);
    expect(result.groups).toHaveLength(2);
  });
});

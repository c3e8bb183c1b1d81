// One detail however it is written: a village's Russian and Ukrainian spellings ("Andreyevka", "Andriivka",
// "Andriyivka"), a figure in words or digits, joined to a word or not ("ten days", "a ten-day deadline", "a 50-day
// ultimatum", "50 days"). Own words.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, source: string, hhmm: string, headline: string, body: string, topic = "strikes"): MergeItem =>
  ({ id, source, topic, published: `2024-06-11T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));

describe("a place's spellings", () => {
  it("joins reports of one village's attack spelt the Russian and the Ukrainian way", () => {
    const groups = mergeStories([
      item("a", "Wire", "08:10", "Glide bombs hit school in Andreyevka", "Russian aircraft dropped two glide bombs on a school in Andreyevka, injuring a teacher."),
      item("b", "Desk", "09:30", "Andriivka: teacher hurt as school is bombed", "A teacher was injured when two bombs struck the village school in Andriivka on Tuesday morning."),
      item("c", "Post", "11:00", "Andriyivka school damaged, one wounded", "The regional governor said the school in Andriyivka was badly damaged and a teacher was hurt."),
      item("d", "Wire", "12:20", "Drones hit fuel depot in Bilhorod", "Ukrainian drones set a fuel depot in Bilhorod on fire, officials said."),
    ]).groups;
    expect(together(groups, "a", "b")).toBe(true);
    expect(together(groups, "b", "c")).toBe(true);
    expect(together(groups, "a", "d")).toBe(false);
  });
});

describe("a figure's forms", () => {
  it("joins a deadline given in words and in a joined figure ('ten days', 'a ten-day deadline')", () => {
    const groups = mergeStories([
      item("a", "Wire", "13:00", "Envoy sets a ten-day deadline for the talks", "The mediator told both delegations they had until the end of next week to agree a text.", "diplomacy"),
      item("b", "Desk", "15:40", "Talks have ten days, mediator says", "Speaking after the session, the mediator said the sides must finish the draft within ten days.", "diplomacy"),
      item("c", "Post", "16:10", "Parliament sets a date for the budget vote", "Lawmakers will vote on the budget next month, the speaker said.", "diplomacy"),
    ]).groups;
    expect(together(groups, "a", "b")).toBe(true);
    expect(together(groups, "a", "c")).toBe(false);
  });
});

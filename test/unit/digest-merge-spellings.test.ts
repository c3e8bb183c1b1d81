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

describe("one attack on a town, told in other words", () => {
  it("joins a leader's words on the attack to its toll when both lead with the town, however differently worded", () => {
    const places = ["sumy", "kharkiv", "odesa"];
    const groups = mergeStories([
      item("a", "Wire", "09:15", "Ballistic missiles hit Sumy centre", "Two ballistic missiles struck the centre of Sumy on Tuesday morning, damaging a university building and a bus."),
      item("b", "Desk", "12:40", "Death toll in Sumy rises to 14", "Fourteen people, among them two children, were killed in the attack on Sumy, the regional administration said."),
      item("c", "Wire", "19:30", "Zelensky: the strike on Sumy was pure terror", "The president said there was no army target in that part of Sumy and called it an act of pure terror against students and teachers, promising that the guilty would answer for it."),
      item("d", "Post", "10:05", "Drones damage port warehouses in Odesa", "Drones set fire to grain warehouses in Odesa's port overnight, the governor said."),
    ], { places }).groups;
    expect(together(groups, "b", "c")).toBe(true);
    expect(together(groups, "a", "d")).toBe(false);
  });
});

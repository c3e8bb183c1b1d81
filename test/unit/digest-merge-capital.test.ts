// A capital is no detail when it names a government ("Kyiv says …"), but a strike *on* or *in* the capital is a place
// both sides' reports lead with: the attack, the other side's version and its claims about it are one story.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, source: string, hhmm: string, headline: string | null, body: string): MergeItem =>
  ({ id, source, topic: "strikes", published: `2025-07-08T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));
const options = { places: ["kharkiv", "saratov"], capitals: ["kyiv", "moscow"] };

describe("the capital as the place of an attack", () => {
  const report = item("k1", "Kyiv Desk", "04:30", "Missile strike on Kyiv kills four, damages clinic",
    "Four people were killed when Russian missiles hit a residential district of Kyiv before dawn, the city's military administration said. A children's clinic lost its windows.");
  const ministry = item("m1", "Chronicle", "07:10", null,
    "Overnight the armed forces struck military-industrial targets in the Kiev region with long-range precision weapons, the Defence Ministry said. All designated targets were hit.");
  const claim = item("z1", "Chronicle", "12:00", null,
    "The apartment house in Kiev was hit by a falling Ukrainian interceptor, the foreign ministry spokeswoman said at her weekly briefing.");

  it("the attack, the other side's version and its claim about the damage are one story", () => {
    const groups = mergeStories([report, ministry, claim], options).groups;
    expect(together(groups, "k1", "m1")).toBe(true);
    expect(together(groups, "k1", "z1")).toBe(true);
  });

  it("a capital named as a government ties nothing", () => {
    const groups = mergeStories([
      item("a1", "Wire", "06:00", "Kyiv says its drones hit a refinery in Saratov", "Ukraine's security service said its drones struck the Saratov refinery overnight, causing a fire."),
      item("a2", "Wire", "09:00", "Kyiv says air defences downed 40 drones over the south", "The air force said 40 of 47 drones launched overnight were shot down over southern regions."),
    ], options).groups;
    expect(together(groups, "a1", "a2")).toBe(false);
  });

  it("the capital naming the attack's aftermath (its toll, the building rescuers search) is the attack's place", () => {
    const groups = mergeStories([
      report,
      item("t1", "Wire", "09:40", "Kyiv toll rises as searchers comb the ruins", "Seven people are now confirmed dead after the morning missile strike, emergency crews said as they worked through the wrecked district."),
      item("r1", "Live", "08:15", "Rescuers pull survivors from Kyiv apartment block", "Firefighters lifted two residents out of the collapsed stairwell at dawn, officials said."),
      item("o1", "Live", "09:00", "Kyiv says it will host donors' conference in autumn", "The foreign ministry said the meeting on reconstruction would take place in October."),
    ], options).groups;
    expect(together(groups, "k1", "t1")).toBe(true);
    expect(together(groups, "k1", "r1")).toBe(true);
    expect(together(groups, "k1", "o1")).toBe(false);
  });
});

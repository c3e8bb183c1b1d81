// Story merging by what reports lead with: two towns' attacks told in the same words stay apart, as do a follow-up on
// one town and a report naming it in passing, and a third party's words to a person; one small town's attack, its
// aftermath shown by a teaser, and a side's claim of its own strike join the attack.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, source: string, published: string, headline: string, body: string[], topic = "strikes"): MergeItem =>
  ({ id, source, topic, published, headline, body });
const storyOf = (groups: string[][], id: string) => groups.findIndex((g) => g.includes(id));
const places = ["mykolaiv", "kursk", "sumy", "poltava", "vinnytsia"];

describe("two towns' attacks told in the same words", () => {
  // One side's drones on a port town, the other side's drones downed over a border region: the same words (drones,
  // overnight, air defences, shot down), no shared name, and each leads with a town the other never names.
  const PORT = item("p1", "Wire One", "2024-03-02T01:00:00Z", "Drones hit port warehouses in Mykolaiv overnight", [
    "Attack drones hit warehouses in the port of Mykolaiv overnight, injuring two guards, the regional governor said. Air defences shot down most of the drones launched, he said.",
  ]);
  const BORDER = item("b1", "Daily Two", "2024-03-02T07:00:00Z", "Drones shot down over Kursk overnight, ministry says", [
    "Air defences shot down eight attack drones over Kursk overnight, the defence ministry said. The regional governor reported no injuries.",
  ]);

  it("stay two stories, however close their words", () => {
    const result = mergeStories([PORT, BORDER], { places, storyCosine: 0.1 });
    expect(result.groups).toHaveLength(2);
  });

  it("the same wording joins when one of them names no town of its own (the rule needs a town on each side)", () => {
    const vague = { ...BORDER, headline: "Drones shot down overnight, ministry says", body: ["Air defences shot down eight attack drones overnight, the defence ministry said. The regional governor reported no injuries."] };
    const result = mergeStories([PORT, vague], { places, storyCosine: 0.1 });
    expect(result.groups).toHaveLength(1);
  });

  it("two people of the beat are no two places: a statement and the rebuttal in its words still join", () => {
    const claim = item("g1", "Wire One", "2024-03-02T07:00:00Z", "Syrskyi: the war has reached a stalemate", [
      "Ukraine's top general Oleksandr Syrskyi wrote that the war had reached a stalemate and that no deep breakthrough was likely.",
    ], "other");
    const rebuttal = item("g2", "Daily Two", "2024-03-02T16:00:00Z", "Peskov: there is no stalemate in the war", [
      "The Kremlin spokesman Dmitry Peskov said there was no stalemate and that the war would go on until its goals were met.",
    ], "other");
    const result = mergeStories([claim, rebuttal], { places: [...places, "syrskyi", "peskov"], storyCosine: 0.1 });
    expect(result.groups).toHaveLength(1);
  });

  it("two reports that lead with the same town still join on their words", () => {
    const follow = item("p2", "Daily Two", "2024-03-02T06:00:00Z", "Mykolaiv port warehouses burn after drone raid", [
      "Warehouses in the port of Mykolaiv burned after attack drones hit them overnight, injuring two guards, officials said.",
    ]);
    expect(mergeStories([PORT, follow], { places, storyCosine: 0.1 }).groups).toHaveLength(1);
  });
});

describe("a short follow-up and a report that names its town only in passing", () => {
  // Yesterday's attack on one town, mourned today in a two-line item; today's report on another town's strike recalls
  // yesterday's town in its last paragraph.
  const MOURNING = item("m1", "Wire One", "2024-03-02T09:00:00Z", "Vinnytsia observes day of mourning", [
    "Flags flew at half-mast in Vinnytsia for those killed in yesterday's attack.",
  ]);
  const ELSEWHERE = item("e1", "Daily Two", "2024-03-02T16:00:00Z", "Missile sets substation ablaze in Poltava", [
    "A missile set a substation in Poltava on fire on Saturday morning, cutting power to several villages for hours, officials said.",
    "The strike came a day after an attack on Vinnytsia killed seven people.",
  ]);

  it("stay apart: the longer report leads with another town", () => {
    expect(mergeStories([MOURNING, ELSEWHERE], { places }).groups).toHaveLength(2);
  });

  it("a short item joins a longer report that leads with its town", () => {
    const toll = item("t1", "Daily Two", "2024-03-02T15:00:00Z", "Vinnytsia toll rises to seven as another victim dies", [
      "Another person wounded in Friday's missile attack on Vinnytsia died in hospital, bringing the toll to seven, the regional governor said. Flags flew at half-mast in the city.",
    ]);
    expect(storyOf(mergeStories([MOURNING, toll], { places }).groups, "m1")).toBe(0);
    expect(mergeStories([MOURNING, toll], { places }).groups).toHaveLength(1);
  });
});

describe("a third party's words to a person, on the occasion of an attack", () => {
  // A leader's rebuke addressed to another leader names the attack only as its occasion ("after the strike on …",
  // "over the deaths in …"): it is that leader's statement, a story of its own, not the attack's.
  const capitals = ["kyiv", "moscow", "kremlin"];
  const TOLL = item("k1", "Wire One", "2024-03-02T07:00:00Z", "Kyiv death toll reaches nine after overnight missile attack", [
    "At least nine people were killed and 40 injured when missiles hit apartment blocks in the capital overnight, emergency services said.",
  ]);
  const REBUKE = item("r1", "Daily Two", "2024-03-02T18:00:00Z", "Chancellor tells Putin to stop after deadly Kyiv strike", [
    "The German chancellor said the missile strikes on Kyiv were unacceptable and told the Russian leader to return to talks.",
  ]);
  const CLAIM = item("c1", "Daily Two", "2024-03-02T12:00:00Z", "Kremlin says it hit military targets in Kyiv", [
    "The defence ministry said its missiles had struck military targets in Kyiv overnight; Ukrainian officials said they hit apartment blocks.",
  ]);

  it("a rebuke addressed to a leader stays apart from the attack it names", () => {
    const result = mergeStories([TOLL, REBUKE], { capitals });
    expect(result.groups).toHaveLength(2);
  });

  it("in a Title Case headline too, but a capitalised word that is no one's name is no person", () => {
    const titled = { ...REBUKE, headline: "Chancellor Slams Putin for Talks Snub Hours After Kyiv Strike",
      body: ["The German chancellor said the missile strikes on Kyiv were unacceptable and told Vladimir Putin to return to talks."] };
    expect(mergeStories([TOLL, titled], { capitals }).groups).toHaveLength(2);
    const condemn = item("u2", "Daily Two", "2024-03-02T10:00:00Z", "Chancellor Slams Deadly Strike on Kyiv Apartment Blocks", [
      "The German chancellor condemned the missile strike on apartment blocks in Kyiv that killed nine people.",
    ]);
    expect(mergeStories([TOLL, condemn], { capitals }).groups).toHaveLength(1);
  });

  it("the attacker's own claim about the attack still joins it by the capital both name as attacked", () => {
    const result = mergeStories([TOLL, CLAIM], { capitals });
    expect(result.groups).toHaveLength(1);
  });

  it("a condemnation whose object is the attack itself is no words to a person", () => {
    const condemn = item("u1", "Daily Two", "2024-03-02T10:00:00Z", "Chancellor condemns strike on Kyiv apartment blocks", [
      "The German chancellor condemned the missile strike on apartment blocks in Kyiv that killed nine people.",
    ]);
    const result = mergeStories([TOLL, condemn], { capitals });
    expect(result.groups).toHaveLength(1);
  });
});

describe("one attack on a small town, told in other words", () => {
  // A town too small for the beat's list of places: the report of the strike, the toll later, and a leader's words on
  // it lead with the town as the place of the attack. Their wording shares little beyond the town.
  const STRIKE = item("s1", "Wire One", "2024-03-02T06:30:00Z", "Missiles hit apartment block in Hlybivka", [
    "Two missiles hit a five-storey apartment block in Hlybivka before dawn, regional governor Oleh Marchuk said, and rescuers searched the rubble for survivors.",
  ]);
  const WORDS = item("w1", "Daily Two", "2024-03-02T17:30:00Z", "President: Hlybivka strike shows why air defence cannot wait", [
    "In his evening address the president said the missile strike in Hlybivka showed partners that air defence deliveries could not be delayed any longer.",
  ]);
  const OTHER = item("o1", "Daily Two", "2024-03-02T12:00:00Z", "Drone strike on Ternivka market wounds four", [
    "A drone struck the covered market in Ternivka at midday, wounding four traders, local officials said.",
  ]);

  it("two reports that both name the town as the attack's place are one story", () => {
    const result = mergeStories([STRIKE, WORDS, OTHER]);
    expect(storyOf(result.groups, "w1")).toBe(storyOf(result.groups, "s1"));
    expect(result.links[0]?.reason).toMatch(/hlybivka/);
  });

  it("another town's strike the same day stays apart", () => {
    const result = mergeStories([STRIKE, WORDS, OTHER]);
    expect(storyOf(result.groups, "o1")).not.toBe(storyOf(result.groups, "s1"));
  });

  it("a town named only as where someone speaks is no attack's place", () => {
    const visit = item("v1", "Daily Two", "2024-03-02T10:00:00Z", "Governor opens rebuilt school in Hlybivka", [
      "The regional governor opened a school rebuilt after last year's fighting in Hlybivka, promising more shelters for pupils.",
    ]);
    expect(mergeStories([STRIKE, visit]).groups).toHaveLength(2);
  });
});

describe("a teaser showing an attack's aftermath in a capital", () => {
  const capitals = ["kyiv", "moscow", "kremlin"];
  const TOLL = item("k1", "Wire One", "2024-03-02T07:00:00Z", "Kyiv death toll reaches nine after overnight missile attack", [
    "At least nine people were killed and 40 injured when missiles hit apartment blocks in Kyiv overnight, emergency services said.",
  ]);
  const teaser = (id: string, headline: string): MergeItem => ({ id, source: "Daily Two", topic: "strikes", published: "2024-03-02T09:00:00Z", headline, body: [], teaser: true });

  it("a blaze or a crater in the capital is the attack's aftermath: the teaser joins the attack", () => {
    expect(mergeStories([TOLL, teaser("w1", "Watch: Firefighters battle blaze at Kyiv apartment block")], { capitals }).groups).toHaveLength(1);
    expect(mergeStories([TOLL, teaser("w2", "Pictured: A crater beside a playground in Kyiv")], { capitals }).groups).toHaveLength(1);
  });

  it("a teaser of the capital that shows no attack stays alone", () => {
    expect(mergeStories([TOLL, teaser("w3", "Watch: Kyiv residents head to metro shelters during air alert")], { capitals }).groups).toHaveLength(2);
  });
});

describe("a side's claim of its own strike that names no place", () => {
  const strike = (id: string, at: string, headline: string, body: string) => item(id, "Wire One", at, headline, [body]);
  const LVIV = [
    strike("l1", "2024-03-02T05:00:00Z", "Missile hits apartment block in Lutsk, four dead", "A cruise missile hit an apartment block in Lutsk overnight, killing four people, the mayor said."),
    strike("l2", "2024-03-02T09:00:00Z", "Lutsk toll rises to six as rescuers end search", "Rescuers in Lutsk ended the search of the ruined block with six dead, the regional governor said."),
    strike("l3", "2024-03-02T12:00:00Z", "Lutsk mayor: the worst attack on the city", "The mayor of Lutsk said the overnight missile attack was the worst on the city's homes since the invasion."),
  ];
  const OTHER = strike("o1", "2024-03-02T08:00:00Z", "Shelling wounds two in Nikopol", "Artillery shelling wounded two residents of Nikopol on Saturday morning, the governor said.");
  const CLAIM = item("c1", "Daily Two", "2024-03-02T07:30:00Z", "Moscow claims it hit 'deployment points' overnight", [
    "The defence ministry claimed its long-range precision missiles had struck places where foreign fighters were deployed overnight.",
  ]);

  it("joins the day's one big strike story", () => {
    const result = mergeStories([...LVIV, OTHER, CLAIM]);
    expect(storyOf(result.groups, "c1")).toBe(storyOf(result.groups, "l1"));
    expect(storyOf(result.groups, "o1")).not.toBe(storyOf(result.groups, "l1"));
  });

  it("stays alone when no strike story dwarfs the others", () => {
    const second = [OTHER, strike("o2", "2024-03-02T10:00:00Z", "Nikopol shelling: power cut to 3,000 homes", "The shelling of Nikopol cut power to 3,000 homes, the governor said."),
      strike("o3", "2024-03-02T11:00:00Z", "Nikopol: two wounded as shells hit market", "Two people were wounded in Nikopol when shells hit the market, the governor said.")];
    const result = mergeStories([...LVIV, ...second, CLAIM]);
    expect(result.groups.find((g) => g.includes("c1"))).toEqual(["c1"]);
  });

  it("an air force's count of drones downed is no claim of a strike", () => {
    const downed = item("d1", "Daily Two", "2024-03-02T07:30:00Z", "Air force says it destroyed 26 of 30 drones overnight", [
      "The air force said it destroyed 26 of the 30 attack drones launched overnight.",
    ]);
    const result = mergeStories([...LVIV, OTHER, downed]);
    expect(result.groups.find((g) => g.includes("d1"))).toEqual(["d1"]);
  });
});

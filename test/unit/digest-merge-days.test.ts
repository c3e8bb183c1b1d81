// Forms of one event told in many ways on a big day (found on blind days, eval/f), in our own words: a nationwide
// barrage and the other side's claim about it, one agreement's signing told by several outlets; and what must stay
// apart: an emergency service and an emergency meeting are no shared kind of event.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";
import { readLead } from "../../src/digest/kinds.ts";
import { entryScoreParts, total } from "../../src/digest/score.ts";
import { MIN_KEY_POINT_SCORE } from "../../src/digest/select.ts";
import { dayWindow } from "../../src/day.ts";
import type { Entry } from "../../src/types.ts";

const item = (id: string, source: string, hhmm: string, headline: string | null, body: string, topic: string): MergeItem =>
  ({ id, source, topic, published: `2025-03-04T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));

describe("a nationwide barrage is one event, however each side words it", () => {
  it("the attacker's claim of a massive strike joins the reports of missiles across the country", () => {
    const groups = mergeStories([
      item("u", "Desk A", "06:40", "Missiles rain down on cities across Ukraine in dawn barrage",
        "Air raid alerts sounded in every region as cruise missiles and drones slammed into energy plants and homes, officials said.", "strikes"),
      item("r", "Chronicle", "12:15", "Defence ministry: massive strike with long-range precision weapons achieved its aims",
        "The armed forces delivered a massive strike with cruise missiles on energy and command facilities, the ministry in Moscow said. All designated targets were hit.", "strikes"),
    ]).groups;
    expect(together(groups, "u", "r")).toBe(true);
  });

  it("a barrage and a single town's shelling stay apart", () => {
    const groups = mergeStories([
      item("u", "Desk A", "06:40", "Missiles rain down on cities across Ukraine in dawn barrage",
        "Air raid alerts sounded in every region as cruise missiles and drones slammed into power plants and homes, officials said.", "strikes"),
      item("s", "Desk B", "09:10", "Shelling damages market in Nikopol",
        "Artillery fire from across the river damaged stalls and a bus stop in Nikopol, the regional governor said.", "strikes"),
    ]).groups;
    expect(together(groups, "u", "s")).toBe(false);
  });
});

describe("one agreement's signing told by several outlets", () => {
  it("a signing in one city, told as a ceremony and as a scene elsewhere, is one story", () => {
    const groups = mergeStories([
      item("a", "Desk A", "13:30", "Both sides sign fertiliser export deal in Baku",
        "Delegations signed parallel texts in Baku on Friday under a plan brokered by the UN to let fertiliser ships sail.", "diplomacy"),
      item("b", "Desk B", "16:00", "Port workers in Pivdennyi wait for ships as the Baku accord is signed",
        "Dockers gathered around a radio to hear the signing in Baku, hoping that work would return to the terminal.", "diplomacy"),
    ]).groups;
    expect(together(groups, "a", "b")).toBe(true);
  });
});

describe("'emergency' alone names no kind of event", () => {
  it("an emergency service's toll and an emergency meeting share no kind", () => {
    expect([...readLead("Emergency service: nine killed, 40 wounded").kinds]).not.toContain("an emergency declared");
    expect([...readLead("Leaders to hold emergency video call on Tuesday").kinds]).not.toContain("an emergency declared");
    expect([...readLead("Governor declares state of emergency after dam breach").kinds]).toContain("an emergency declared");
  });
});

describe("a teaser of an attack on a capital", () => {
  it("joins the story of that attack, though a capital is no specific detail", () => {
    const groups = mergeStories([
      item("t", "Desk A", "07:50", "Watch: smoke over Kyiv after the morning missile strike", "", "strikes"),
      item("k", "Desk A", "07:30", "Three killed as missiles hit Kyiv apartment blocks",
        "Missiles struck two apartment blocks in Kyiv's Obolon district early on Tuesday, killing three people, the mayor said.", "strikes"),
      item("o", "Desk B", "09:00", "Shelling damages market in Nikopol",
        "Artillery fire from across the river damaged stalls and a bus stop in Nikopol, the regional governor said.", "strikes"),
    ].map((x) => (x.id === "t" ? { ...x, body: [], teaser: true } : x)), { capitals: ["kyiv", "moscow"] }).groups;
    expect(together(groups, "t", "k")).toBe(true);
    expect(together(groups, "t", "o")).toBe(false);
  });
});

describe("the catch-all merges when both leads name two or more of the same specific details", () => {
  it("a mutiny's leader and his force, named in both leads, make one story; one shared town does not", () => {
    const groups = mergeStories([
      item("a", "Desk A", "09:00", "Varga says Iron Legion columns are turning back",
        "Anton Varga, the Iron Legion's founder, said his fighters would return to their camps to avoid bloodshed.", "other"),
      item("b", "Desk A", "15:00", "Kremlin: Varga to leave for Minsk, charges against Iron Legion fighters dropped",
        "Anton Varga will leave for Minsk and the case against him will be closed, the Kremlin spokesman said of the Iron Legion's revolt.", "other"),
    ]).groups;
    expect(together(groups, "a", "b")).toBe(true);
  });
});

describe("a barrage's parts: counts of weapons fired at the country", () => {
  it("an air force's count of missiles fired at the country joins the barrage's toll", () => {
    const groups = mergeStories([
      item("c", "Desk A", "10:00", null,
        "The air force said Russia had fired 96 missiles and drones at Ukraine overnight, shooting most of them down.", "strikes"),
      item("n", "Desk A", "16:00", null,
        "The number of people killed in the attack across Ukraine has risen to 24, emergency services said; missiles hit homes overnight.", "strikes"),
    ]).groups;
    expect(together(groups, "c", "n")).toBe(true);
  });

  it("a barrage does not take in a town's shelling that it never names", () => {
    const groups = mergeStories([
      item("n", "Desk A", "16:00", null,
        "The toll from the overnight barrage across Ukraine has risen to 24; missiles hit Odesa, Kharkiv and Lviv, officials said.", "strikes"),
      item("k", "Desk A", "11:00", "Shelling damages market in Nikopol",
        "Artillery fire damaged stalls and a bus stop in Nikopol overnight, the regional governor said.", "strikes"),
    ]).groups;
    expect(together(groups, "n", "k")).toBe(false);
  });
});

describe("a reaction that names no detail of the day's main story", () => {
  const toll = (id: string, hhmm: string, headline: string, body: string) => item(id, "Desk A", hhmm, headline, body, "strikes");
  it("joins the one story of its topic that dwarfs the others", () => {
    const groups = mergeStories([
      toll("a", "07:00", "Missiles hit Kharkiv and Poltava in morning barrage", "Missiles struck Kharkiv and Poltava in a barrage across the country, killing six civilians in attacks on homes, officials said."),
      toll("b", "09:00", "Kharkiv toll rises to eight after barrage", "Eight people were killed in Kharkiv after missiles struck the city in the barrage across the country, the governor said."),
      toll("c", "11:00", "Poltava: barrage damages power plant", "The barrage across the country damaged a power plant in Poltava, leaving homes without power, officials said."),
      toll("d", "12:00", "Nordic ministers condemn 'barbaric' attacks on civilians", "Foreign ministers of Denmark, Norway and Finland condemned the attacks on civilians in a joint statement."),
      toll("e", "10:00", "Shelling damages market in Nikopol", "Artillery fire damaged stalls and a bus stop in Nikopol, the regional governor said."),
    ]).groups;
    expect(together(groups, "a", "b") && together(groups, "a", "c")).toBe(true);
    expect(together(groups, "d", "a")).toBe(true);
    expect(together(groups, "e", "a")).toBe(false);
  });

  it("stays alone when no story of its topic stands out", () => {
    const groups = mergeStories([
      toll("a", "07:00", "Missiles hit Kharkiv in morning attack", "Missiles struck Kharkiv, killing six, officials said."),
      toll("b", "09:00", "Kharkiv toll rises to eight", "Eight people were killed in Kharkiv after missiles struck the city, the governor said."),
      toll("e", "08:00", "Shelling damages market in Nikopol", "Artillery fire damaged stalls and a bus stop in Nikopol, the regional governor said."),
      toll("f", "10:00", "Nikopol: second shelling of the day damages school", "Artillery fire damaged a school in Nikopol, the regional governor said."),
      toll("d", "12:00", "Nordic ministers condemn 'barbaric' attacks on civilians", "Foreign ministers of Denmark, Norway and Finland condemned the attacks on civilians in a joint statement."),
    ]).groups;
    expect(groups.find((g) => g.includes("d"))).toEqual(["d"]);
  });
});

describe("a big story that is no event of its day's kind", () => {
  it("a summit dwarfing the day's diplomacy does not take in a rejection of someone's terms", () => {
    const dip = (id: string, hhmm: string, headline: string, body: string) => item(id, "Desk A", hhmm, headline, body, "diplomacy");
    const groups = mergeStories([
      dip("a", "07:00", "Peace summit opens at Seelisberg without Moscow", "Leaders from ninety countries opened the peace summit at Seelisberg, with Moscow not invited."),
      dip("b", "09:00", "Summit host: peace summit is a first step", "The host president told the peace summit at Seelisberg that the first step was a shared text."),
      dip("c", "11:00", "Peace summit draft under negotiation at Seelisberg", "Diplomats at the peace summit at Seelisberg were still negotiating the closing text, delegates said."),
      dip("d", "12:00", "Kremlin's terms rejected by Western capitals", "Western governments rejected the terms the Kremlin set out for peace talks ahead of the summit, calling them a demand to surrender."),
    ]).groups;
    expect(together(groups, "a", "c")).toBe(true);
    expect(groups.find((g) => g.includes("d"))).toEqual(["d"]);
  });
});

describe("an air-raid alert that reports no attack", () => {
  it("is a warning, not the attack that follows: it joins no story by its place", () => {
    const groups = mergeStories([
      item("w", "Region", "17:10", null, "Air raid alert in the Sumy region! Everyone go to shelters.", "strikes"),
      item("s", "Region", "18:40", null, "The enemy has struck an energy facility in Sumy. Part of the city is without electricity, the governor said.", "strikes"),
    ], { places: ["sumy"] }).groups;
    expect(together(groups, "w", "s")).toBe(false);
    expect(readLead("Air raid alert in the Sumy region! Everyone go to shelters.").alertOnly).toBe(true);
    expect(readLead("Massive missile attack: air raid alert across the country").alertOnly).toBe(false);
  });
});

describe("an alert's weight", () => {
  it("an alert that reports no attack scores as filler, below the key-point line", () => {
    const window = dayWindow("2025-03-04", "UTC");
    const entry = (body: string): Entry => ({ id: "x", source: "", headline: null, published: "2025-03-04T17:10:00Z", author: null, keyPoint: false, url: null, body: [body] });
    const score = (body: string) => total(entryScoreParts({ entry: entry(body), window, introSimilarity: 0, topicRank: 0, topicCount: 4, topic: "strikes" }));
    expect(score("Air raid alert in the Sumy region! Everyone go to shelters.")).toBeLessThanOrEqual(MIN_KEY_POINT_SCORE);
    expect(score("The enemy has struck an energy facility in Sumy. Part of the city is without electricity.")).toBeGreaterThan(MIN_KEY_POINT_SCORE);
  });
});

describe("an article's sections and the event its title names (a form met on eval/ag)", () => {
  const title = "Zaporizhzhia counts its dead after missile strike on a bus depot";
  const reports = [
    item("r1", "Desk A", "07:10", "Missile strike on Zaporizhzhia bus depot kills five",
      "A Russian missile hit a bus depot in Zaporizhzhia early on Tuesday, killing five workers, the regional governor said.", "strikes"),
    item("r2", "Desk B", "09:30", "Zaporizhzhia toll rises to seven after depot strike",
      "Seven people are now known to have died in the missile strike on a Zaporizhzhia bus depot, officials said.", "strikes"),
  ];
  const section = (id: string, headline: string, body: string, context: string | null) =>
    ({ ...item(id, "Desk C", "18:00", headline, body, "strikes"), context });

  it("a section that names no one and nowhere joins the event its article's title names", () => {
    const rescue = section("s1", "A strike at dawn", "The missile hit the depot shortly after dawn, destroying three buses and the workshop beside them.", title);
    expect(together(mergeStories([...reports, rescue]).groups, "s1", "r1")).toBe(true);
    // without its article's title it has nothing to join on
    expect(together(mergeStories([...reports, { ...rescue, context: null }]).groups, "s1", "r1")).toBe(false);
  });

  it("a section that asks why or how explains a theme and stays apart", () => {
    const why = section("s2", "Why the depot was a target", "The missile strike on the depot was one of many on transport hubs, which move troops and supplies, analysts say.", title);
    expect(together(mergeStories([...reports, why]).groups, "s2", "r1")).toBe(false);
  });

  it("a round-up's title, over sections of other events, lends its place to none of them (a form met on eval/fg)", () => {
    const roundup = "Missile strike on Zaporizhzhia bus depot as allies meet";
    const sections = [
      section("d1", "Depot strike: seven dead", "Seven people died when a missile hit a bus depot in Zaporizhzhia early on Tuesday, the governor said.", roundup),
      section("d2", "Helsinki hosts allies", "Defence ministers gathered in Helsinki on Tuesday to pledge more air defence for the winter.", roundup),
      section("d3", "A gas deal signed", "Energy minister Kari Lunde agreed on Tuesday to cover part of the cost of gas imports through the coming months.", roundup),
      section("d4", "Power cuts for the winter", "The regional grid operator said on Tuesday that homes should plan for power cuts in the weeks ahead after Russian missile attacks on generation.", roundup),
    ];
    const groups = mergeStories([...reports, ...sections], { places: ["zaporizhzhia"] }).groups;
    expect(together(groups, "d1", "r1")).toBe(true);
    expect(together(groups, "d4", "r1")).toBe(false);
  });
});

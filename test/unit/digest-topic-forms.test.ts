// Topic forms found on blind days (eval/e): each case is written in our own words, about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { compileTerm, matchAt } from "../../src/digest/rules.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { ruleTokens } from "../../src/digest/rules.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("rule terms with a gap: words may stand between a verb and its object", () => {
  it("'...' lets up to three words stand between two parts of a term, no more", () => {
    const term = compileTerm("ban* ... import*");
    expect(matchAt(ruleTokens("Lawmakers ban grain imports"), term)).toBe(1);
    expect(matchAt(ruleTokens("They banned all the cheap imports"), term)).toBe(1);
    expect(matchAt(ruleTokens("They banned talk of the new cheap imports"), term)).toBe(-1);
  });

  it("a condemnation with a quoted adjective before the attack is still about the attack", () => {
    expect(topicOf("Canadian envoy condemns 'cowardly' strike on Kherson market",
      ["The ambassador said the attack on shoppers showed contempt for civilian life."])).toBe("strikes");
    expect(topicOf("Council of Europe condemns the deadly overnight shelling of Nikopol")).toBe("strikes");
  });

  it("the military's 'delivered a combined strike' is an attack, however many words stand between", () => {
    expect(topicOf(null, ["Russian forces delivered a combined strike with long-range weapons on Ukrainian fuel depots, the ministry said."])).toBe("strikes");
  });
});

describe("civil life under fire", () => {
  it("worship held during an alert is civil news: the alert is the circumstance", () => {
    expect(topicOf("Believers attend Christmas liturgy in Kharkiv metro despite shelling",
      ["Families gathered on the platforms for the service while artillery rumbled above the city."])).toBe("other");
  });
});

describe("what an entry leads with: kinds of news the table had no words for", () => {
  it("a region declaring an emergency is civil news, whatever caused it", () => {
    expect(topicOf("Kursk governor declares state of emergency over cross-border shelling",
      ["The regional state of emergency lets officials move residents and spend reserve funds quickly."])).toBe("other");
  });

  it("inspectors at a damaged site are monitoring, not an attack", () => {
    expect(topicOf("UN monitors inspect damaged turbine hall at Zaporizhzhia plant",
      ["The inspectors were allowed to walk through the hall, which was damaged in a fire last month, the agency said."])).toBe("other");
  });

  it("warships calling at a port are a naval movement, not a diplomatic visit", () => {
    expect(topicOf("Russian frigate and submarine leave Tartus after week-long visit",
      ["The two vessels left the port on Monday, ending a visit that Western navies followed closely."])).toBe("other");
  });

  it("dismissing a proposal is a reaction to it; dismissing an official is politics", () => {
    expect(topicOf("Kremlin dismisses Kyiv's peace proposal as 'unserious'")).toBe("diplomacy");
    expect(topicOf("President dismisses commander of the joint forces")).toBe("other");
  });

  it("a utility's supply is not aid; targeting it is an attack", () => {
    expect(topicOf("Explainer: Why Moscow keeps targeting Ukraine's railways",
      ["Russia has aimed missiles at junctions and depots to cut the power supply of the electric lines that move trains."])).toBe("strikes");
  });
});

describe("a conference of states is diplomacy; a press conference is not", () => {
  it("files a spokesman's verdict on a peace conference under diplomacy", () => {
    expect(topicOf(null, ["The conference in Oslo cannot produce anything without Russia taking part, the Kremlin spokesman said."])).toBe("diplomacy");
    expect(classifyEntry({ headline: "Governor gives press conference on flood damage", body: [] }, DEFAULT_TOPICS).scores.diplomacy ?? 0).toBeLessThanOrEqual(0);
  });

  it("a country's adjective names the country ('Swiss resort' → Switzerland)", async () => {
    const { foldNames } = await import("../../src/digest/variants.ts");
    expect(foldNames("Leaders gather at a Swiss resort", {})).toBe("Leaders gather at a Switzerland resort");
  });
});

describe("forms of aid, talks and visits the table lacked", () => {
  it.each([
    ["aid", "Nordic ministers discuss joint shell purchases for Ukraine"],
    ["aid", "President asks allied leaders for more air defence before the cold season"],
    ["aid", "Ministers still wrangling over €30bn aid for Kyiv"],
    ["diplomacy", "Beijing rebuffs warnings over its dealings with Moscow"],
    ["diplomacy", "Slovak parliament ratifies defence cooperation pact with Ukraine"],
    ["diplomacy", "Kyiv and Moscow accuse each other of breaking the moratorium on energy strikes"],
    ["diplomacy", "Chancellor lands in Kyiv on an unannounced trip"],
  ])("%s ← %s", (expected, headline) => {
    expect(topicOf(headline)).toBe(expected);
  });
});

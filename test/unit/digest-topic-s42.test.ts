// Topic forms measured this session against every scored set (issue 13): each case is written in our own words,
// about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("a government's posts changing hands: politics at home (other)", () => {
  it("a reshuffle, or one minister replacing another, is about who holds the post", () => {
    expect(topicOf("Cabinet reshuffle put off for another week")).toBe("other");
    expect(topicOf("Deputy tipped to replace the foreign minister",
      ["The first deputy, a former envoy to Ankara, is expected to be confirmed by parliament."])).toBe("other");
    expect(topicOf("President keeps the general as defence minister, aide says")).toBe("other");
  });

  it("what a minister does in the post is still that news", () => {
    expect(topicOf("Defence minister announces new military aid package for Ukraine")).toBe("aid");
  });
});

describe("what a side wants, and support pledged with nothing named: diplomacy, not aid", () => {
  it("'wants' states an aim; it asks for no resources", () => {
    expect(topicOf("Kremlin says Moscow wants the war over as soon as possible")).not.toBe("aid");
    expect(topicOf("Envoy says Washington wants both sides at the negotiating table")).toBe("diplomacy");
  });

  it("a pledge of backing or support, whatever words stand between, is a message to a party", () => {
    expect(topicOf("Alliance ministers pledge continued backing for Kyiv through the winter")).toBe("diplomacy");
    expect(topicOf("Minister wraps up visit with a pledge of long-term support")).toBe("diplomacy");
  });

  it("wanting arms is asking for them: aid", () => {
    expect(topicOf("Zelensky wants air defence and a meeting with his US counterpart")).toBe("aid");
  });

  it("a pledge that names arms is still aid", () => {
    expect(topicOf("Prime minister pledges more air defence systems for Ukraine")).toBe("aid");
  });
});

describe("a decree is the instrument, not the news: what it decrees files it", () => {
  it("a decree leaving a treaty or answering a price cap is diplomacy", () => {
    expect(topicOf("Zelensky signs decree to quit mine-ban treaty")).toBe("diplomacy");
    expect(topicOf("President signs decree banning oil sales under the price cap")).toBe("diplomacy");
  });

  it("a decree on conscription stays politics at home", () => {
    expect(topicOf("President signs decree on autumn conscription")).toBe("other");
  });
});

describe("monitors counting the war's civilian dead: humanitarian (other)", () => {
  it("the UN's or a rights group's monitors report a toll, not one attack", () => {
    expect(topicOf("UN monitors say civilian casualties are climbing")).toBe("other");
    expect(topicOf("Rights monitors report hundreds of civilian deaths in July")).toBe("other");
  });
});

describe("ground attacks repelled, whoever's: the front line (other)", () => {
  it("'attacks near a town repelled' is frontline news; a drone attack repelled stays an air defence's", () => {
    expect(topicOf("Army says attacks near the town repelled")).toBe("other");
    expect(topicOf("Ministry says it repelled attacks in the eastern region")).toBe("other");
    expect(topicOf("Ministry says it repelled drone attack on an airbase")).toBe("strikes");
  });
});

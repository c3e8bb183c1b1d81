// Kinds of news the topic table had no words for (blind sets i and j): each case is our own sentence about the
// form of the news, not a page's text.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("diplomacy: a party leaving or suspending an agreement or an international body", () => {
  it("a side quitting or pausing a deal between states is diplomacy, whatever it blames", () => {
    expect(topicOf("Tankers sail from Ukrainian harbours despite Russia's exit from the deal")).toBe("diplomacy");
    expect(topicOf("Kremlin blames naval drone raid for fertiliser-deal pause",
      ["Moscow said it suspended its part in the export accord because the route had been used to cover an attack."])).toBe("diplomacy");
  });

  it("leaving a UN council is diplomacy, not human-rights reporting", () => {
    expect(topicOf("Russia walks out of the UN Human Rights Council")).toBe("diplomacy");
  });

  it("grain shipped under a wartime export arrangement is the deal's news, not aid", () => {
    expect(topicOf("Kyiv vows to keep the sea route open on its own",
      ["Ukraine's president said grain shipments would go on without Moscow's consent."])).toBe("diplomacy");
  });
});

describe("diplomacy: a leader abroad, and leaders at odds", () => {
  it("a leader's unannounced stop in a foreign capital to lobby for membership is a visit", () => {
    expect(topicOf("Zelensky in Lisbon on a European tour",
      ["The Ukrainian president made an unannounced stop in the Portuguese capital to lobby for arms and for Kyiv's bid to join the EU."])).toBe("diplomacy");
  });

  it("two leaders sparring over arms deliveries is a diplomatic row", () => {
    expect(topicOf("Slovak premier and Zelensky spar over arms deliveries",
      ["Standing beside his guest, the premier questioned further arms deliveries to Kyiv."])).toBe("diplomacy");
  });
});

describe("aid: resources for a party in words the table lacked", () => {
  it("funding or paying for kit for Ukraine is aid", () => {
    expect(topicOf("Norway to fund demining gear for Ukrainian fields")).toBe("aid");
    expect(topicOf(null, ["Denmark will pay for the repair of Ukraine's damaged power plants, its government said."])).toBe("aid");
  });

  it("raising soldiers' pay is their wages (domestic news), not paying for a party's kit", () => {
    expect(topicOf("Ukrainian parliament votes to raise pay for soldiers in combat units")).toBe("other");
  });

  it("a government clearing mines for Ukraine is an arms transfer, not frontline news", () => {
    expect(topicOf("Berlin clears anti-tank mines for Ukraine",
      ["The government authorised supplying Kyiv with the landmines, officials said, to help troops slow Russian advances."])).toBe("aid");
  });

  it("the arms coalitions of Ukraine's backers are aid, even when they meet", () => {
    expect(topicOf("Ukraine's backers gather in Oslo, form drone coalition",
      ["Ministers of the group that coordinates weapons for Ukraine met on Tuesday."])).toBe("aid");
  });

  it("cutting Ukraine's access to state-funded intelligence is about support given", () => {
    expect(topicOf("Contractor cuts Ukraine's access to government-funded radar data")).toBe("aid");
  });

  it("a US senate debate is a funding debate, as Congress is", () => {
    expect(topicOf("Zelensky skips a closed session with senators")).toBe("aid");
  });
});

describe("other: words that look like war topics but are not", () => {
  it("a nuclear doctrine is a state's posture (security), even when it mentions attacks", () => {
    expect(topicOf("Kremlin updates its nuclear doctrine",
      ["The revised text lists an attack on an ally as grounds for a response."])).toBe("other");
  });

  it("striking a deal is an idiom, not an attack", () => {
    expect(topicOf("Coalition partners strike budget deal")).toBe("other");
  });

  it("a greeting to the page's readers is no visit or welcome between states", () => {
    expect(topicOf(null, ["Hello and welcome to our rolling coverage of the war in Ukraine."])).toBe("other");
  });
});

describe("diplomacy: a foreign minister's reaction", () => {
  it("a foreign secretary's verdict on a rival's nuclear threat is diplomacy, not the doctrine's own news", () => {
    expect(topicOf("Canadian foreign secretary calls Kremlin nuclear threat 'reckless'",
      ["The foreign secretary said Moscow's change to its nuclear doctrine would not stop allies supporting Ukraine."])).toBe("diplomacy");
  });
});

describe("strikes: a claim that an attack happened is the attack's news", () => {
  it("a refusal to discuss the other side's claim of a sinking is about the sinking", () => {
    expect(topicOf("Kremlin leaves questions on lost patrol vessel to the army",
      ["A Kremlin spokesman would not comment on Kyiv's claim that it had sunk the vessel off Crimea."])).toBe("strikes");
  });
});

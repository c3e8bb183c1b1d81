// The beat: relevance with its reasons, off-beat entries out of the sections, name variants folded first, and the
// rules LABELS.md implies (arms to Russia are aid; a theme is not an event; the Key Points list read to its end).
import { describe, expect, it } from "vitest";
import { relevanceOf } from "../src/digest/beat.ts";
import { DEFAULT_BEAT } from "../src/digest/beat-table.ts";
import { classifyEntry } from "../src/digest/classify.ts";
import { buildDigest } from "../src/digest/index.ts";
import { mergeStories, type MergeItem } from "../src/digest/merge.ts";
import { keyPoints, type RankedEntry } from "../src/digest/select.ts";
import { DEFAULT_TOPICS } from "../src/digest/topics.ts";
import { dayVariants, soundKey } from "../src/digest/spelling.ts";
import { foldNames } from "../src/digest/variants.ts";
import { dayWindow } from "../src/day.ts";
import type { Entry, SourceResult } from "../src/types.ts";

const make = (id: string, headline: string, body: string[], published = "2025-02-11T12:00:00Z"): Entry =>
  ({ id, source: "", headline, published, author: null, keyPoint: false, url: null, body });
const feed = (id: string, title: string, entries: Entry[]): SourceResult => ({
  source: { id, name: id, location: `/${id}`, format: "auto", timezone: null, weight: 1, keyPoints: 5 },
  parsed: { sourceName: null, title, intro: [], warnings: [], entries }, error: null,
});
const digestOf = (results: SourceResult[]) => buildDigest(results, dayWindow("2025-02-11", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-02-11T23:00:00Z" });

describe("relevance to the beat", () => {
  const judge = (headline: string, body: string, pageOnBeat = false) =>
    relevanceOf({ headline, body: [body], frontRules: classifyEntry({ headline, body: [body] }, DEFAULT_TOPICS).frontRules, pageOnBeat }, DEFAULT_BEAT);

  it("says why, in points", () => {
    const r = judge("Missiles hit Zaporizhzhia bus station", "Russian missiles struck the bus station, the governor said.");
    expect(r.onBeat).toBe(true);
    expect(r.reason).toMatch(/names "zaporizhzhia" \(\+2\).*names "russia" \(\+1\)/);
  });

  it("a strike in another war, an earthquake that strikes, a rail strike and a celebrity's honour are off the beat", () => {
    expect(judge("Israeli air strikes kill nine in central Gaza", "Medics said three children were among the dead.").onBeat).toBe(false);
    expect(judge("Magnitude 6.4 earthquake strikes northern Chile", "Buildings shook in Antofagasta.").onBeat).toBe(false);
    expect(judge("Belgian rail workers begin 48-hour strike", "Trains were cancelled across the country.").onBeat).toBe(false);
    expect(judge("Singer honoured for decades of aid work", "She raised money for famine relief in East Africa.").onBeat).toBe(false);
  });

  it("the gas war's pipelines and the company that cuts the supply are on the beat (forms met on eval/cg)", () => {
    expect(judge("Danish authorities report gas leak from Nord Stream 2", "A pressure drop was detected on the pipeline off Bornholm.").onBeat).toBe(true);
    expect(judge("Gazprom to cut flows to a fifth of capacity", "The company cited a turbine held up in maintenance.").onBeat).toBe(true);
  });

  it("weather or sport naming a party is still another kind of news", () => {
    expect(judge("Moscow hit by heaviest snowfall in decades", "Flights were delayed at Sheremetyevo.", true).onBeat).toBe(false);
    expect(judge("Kharkiv football stadium hit by glide bomb", "Two guards were injured.").onBeat).toBe(true);
    expect(judge("Sumy-born chess player wins European title", "She won the championship with a round to spare.").onBeat).toBe(false);
  });
});

/** An entry's relevance when its page is about the subject (or, with `pageOnBeat` false, is not). */
const judgeOnPage = (headline: string, body: string, pageOnBeat = true) =>
  relevanceOf({ headline, body: [body], frontRules: classifyEntry({ headline, body: [body] }, DEFAULT_TOPICS).frontRules, pageOnBeat }, DEFAULT_BEAT);

describe("relevance on a page about the subject (forms met on eval/s)", () => {
  it("a party named on a war page is on the beat without the war's vocabulary; weather and sport still are not", () => {
    expect(judgeOnPage("Border guards count 31,000 arrivals from Ukraine on Sunday", "Most of them were women and children, officials said.").onBeat).toBe(true);
    expect(judgeOnPage("Moscow braces for record heat this weekend", "Forecasters expect temperatures near 35 degrees.").onBeat).toBe(false);
    expect(judgeOnPage("Ukrainian duo rehearses for the song contest final", "The pair will perform ninth on Saturday.").onBeat).toBe(false);
  });

  it("an aid package's word for the weather it is meant for does not make it weather news", () => {
    const r = judgeOnPage("Norway announces winter aid package", "Norway will give Ukraine generators, cold-weather clothing and fuel worth 900 million kroner.");
    expect(r.onBeat).toBe(true);
    expect(r.reason).not.toMatch(/another kind of news/);
  });

  it("the alliance's enlargement, demining help and refugees name the war's parties and its vocabulary", () => {
    expect(judgeOnPage("Portuguese parliament ratifies Sweden's NATO accession", "Lawmakers approved the protocol by a large majority.", false).onBeat).toBe(true);
    expect(judgeOnPage("Laotian deminers to train a third group of Ukrainians", "The course will teach the clearing of unexploded cluster munitions.", false).onBeat).toBe(true);
  });
});

describe("disasters, rationing and labour disputes on a war page (forms met on eval/r and eval/q)", () => {
  it("a storm's toll, a utility's power cuts and a teachers' warning strike are other news, though a war page carries them", () => {
    expect(judgeOnPage("Typhoon toll climbs as rescuers dig through landslides", "Forty people have died in the floods and mudslides, the disaster agency said.").onBeat).toBe(false);
    expect(judgeOnPage("Three climbers killed in avalanche in the Alps", "Rescuers recovered the bodies on Sunday, police said.").onBeat).toBe(false);
    expect(judgeOnPage("Utility suspends load shedding for the evening peak", "Households will keep their power until midnight, the utility said.").onBeat).toBe(false);
    expect(judgeOnPage("Unions confirm warning strike in schools", "Teachers will stop work for two hours on Thursday over budget cuts.").onBeat).toBe(false);
  });

  it("an entry opening with another country's election names no news of the war, whatever page carries it", () => {
    expect(judgeOnPage("Hungarians head to the polls for the second time this year", "The election campaign ended on Friday with no bloc sure of a majority.").onBeat).toBe(false);
    // a neighbour's report of the war's weapons is war news on a war page
    expect(judgeOnPage("Moldova says drone debris found near its border", "Border police found fragments of a drone in a field overnight.").onBeat).toBe(true);
  });

  it("an entry opening with another country's possessive is that country's news ('Ecuador's president', 'Chile’s protesters')", () => {
    expect(judgeOnPage("Ecuador's Noboa wins the presidential election", "The president was re-elected with a clear lead in the runoff, the electoral council said.").onBeat).toBe(false);
    expect(judgeOnPage("Chile’s protesters march as calls for an early election grow", "Thousands marched through the capital on Saturday, demanding a new vote.").onBeat).toBe(false);
  });

  it("a strike on the grid and a flood after a dam's destruction stay on the beat", () => {
    expect(judgeOnPage("Russian missiles hit power plants, forcing emergency blackouts", "Ukrenergo said it cut power in five regions.").onBeat).toBe(true);
    expect(judgeOnPage("Kherson evacuates riverside districts as floodwater rises", "The dam's collapse sent water through villages downstream, the governor said.").onBeat).toBe(true);
  });
});

describe("off-beat entries in the digest", () => {
  const world = feed("world", "World news", [
    make("w1", "Israeli air strikes kill nine in central Gaza", ["Israeli air strikes on two houses killed nine people, medics said."]),
    make("w2", "Russian missiles kill four in Zaporizhzhia", ["A Russian missile attack on Zaporizhzhia killed four people, the governor said."]),
    make("w3", "Charity singer honoured for aid work", ["The singer received an award for 30 years of famine relief fundraising."]),
  ]);
  const digest = digestOf([world]);
  const entry = (id: string) => digest.entries.find((e) => e.id === id)!;

  it("are topic other, never selected, never in a section or the top stories, and say why", () => {
    for (const id of ["w1", "w3"]) {
      expect(entry(id)).toMatchObject({ topic: "other", selected: false, onBeat: false, leftOut: "off the beat" });
      expect(digest.sections.flatMap((s) => s.storyIds)).not.toContain(entry(id).storyId);
      expect(digest.topStoryIds).not.toContain(entry(id).storyId);
    }
    expect(entry("w1").reasons.some((r) => /^topic other: off the beat, so no topic rule applies \(the rules said strikes\)/.test(r))).toBe(true);
    expect(entry("w2")).toMatchObject({ topic: "strikes", selected: true, onBeat: true });
    expect(digest.elsewhereStoryIds).toEqual([]);
  });
});

describe("name variants fold first", () => {
  it("demonyms and the beat's spellings, capitalised like the original", () => {
    expect(foldNames("South Korean intelligence says Zaporozhye was hit", DEFAULT_BEAT.variants)).toBe("South Korea intelligence says Zaporizhzhia was hit");
    expect(foldNames("polish the boots; Polish troops", {})).toBe("polish the boots; Poland troops");
  });

  it("the city on the Dnieper under its older spellings ('Dniepr', 'Dnepropetrovsk') is Dnipro", () => {
    expect(foldNames("Dniepr mourns as the toll rises", DEFAULT_BEAT.variants)).toBe("Dnipro mourns as the toll rises");
    expect(foldNames("Blasts in Dnepropetrovsk", DEFAULT_BEAT.variants)).toBe("Blasts in Dnipro");
    expect(foldNames("Shelling in Gorlovka and Konstantinovka", DEFAULT_BEAT.variants)).toBe("Shelling in Horlivka and Kostiantynivka");
  });

  it("a day's own spellings of one name fold to the beat's form, or the commoner one ('Pokrowsk' → 'Pokrovsk', 'Wnukowo' → 'Vnukovo')", () => {
    expect(soundKey("Pokrowsk")).toBe(soundKey("Pokrovsk"));
    expect(soundKey("Kupyansk")).toBe(soundKey("Kupiansk"));
    expect(soundKey("Kharkiv")).not.toBe(soundKey("Kherson"));
    expect(dayVariants(["Pokrowsk toll rises", "Pokrovsk toll rises", "Wnukowo airport closed", "Vnukovo airport shut", "Kyiv calls"], new Set(["pokrovsk"])))
      .toEqual({ pokrowsk: "pokrovsk", wnukowo: "vnukovo" });
    // in the digest: two outlets' reports of one attack, one in a German spelling, are one story
    const digest = digestOf([
      feed("a", "Live", [make("a1", "Pokrovsk toll rises to nine after double missile strike", ["Nine people are now known to have died after two Russian missiles hit the centre of Pokrovsk on Monday evening, officials said."])]),
      feed("b", "World", [make("b1", "Pokrowsk: death toll climbs to nine", ["The number of people killed by Monday's Russian missile strike on Pokrowsk has risen to nine, regional officials said."])]),
    ]);
    const entry = (id: string) => digest.entries.find((e) => e.id === id)!;
    expect(entry("a1").storyId).toBe(entry("b1").storyId);
  });

  it("a name of several words keeps every word capitalised, so it stays a name (one place, not a name and a word)", () => {
    expect(foldNames("Blasts heard in Krivoy Rog and Volchansk", DEFAULT_BEAT.variants)).toBe("Blasts heard in Kryvyi Rih and Vovchansk");
    expect(foldNames("Drone hits Belaya Tserkov depot", DEFAULT_BEAT.variants)).toBe("Drone hits Bila Tserkva depot");
    expect(foldNames("krivoy rog", DEFAULT_BEAT.variants)).toBe("kryvyi rih");
  });

  it("a region as 'Kursk region', 'Kursk Oblast' and 'Russia's Kursk' is one place: one story", () => {
    const item = (id: string, source: string, headline: string, body: string): MergeItem => ({ id, source, topic: "other", published: "2024-11-12T12:00:00Z", headline, body: [body] });
    const result = mergeStories([
      item("a", "A", "Moscow says troops retook two villages in Russia's Kursk", "Russia's defence ministry said its troops had retaken two villages in the Kursk region from Ukrainian forces."),
      item("b", "B", "Russia claims to retake two villages in Kursk Oblast", "Russian forces retook two villages in Kursk Oblast held by Ukrainian troops since August, the defence ministry said."),
    ]);
    expect(result.groups).toHaveLength(1);
  });
});

describe("what LABELS.md implies", () => {
  it("arms from North Korea or Iran to Russia are aid", () => {
    const topic = (h: string, b: string) => classifyEntry({ headline: foldNames(h, DEFAULT_BEAT.variants), body: [foldNames(b, DEFAULT_BEAT.variants)] }, DEFAULT_TOPICS).topic;
    expect(topic("Iran sent missile launchers to Russia, officials say", "Iran has delivered launchers for ballistic missiles to Russia.")).toBe("aid");
    expect(topic("DPRK ships howitzers to Russia, Seoul says", "North Korean guns were shipped to Russia by rail.")).toBe("aid");
  });

  it("an explainer, an analysis and a feature on the day's theme stay their own stories", () => {
    const item = (id: string, headline: string, body: string, theme = false): MergeItem => ({ id, source: id, topic: "strikes", published: "2025-02-11T12:00:00Z", headline, body: [body], theme });
    const result = mergeStories([
      item("n", "Russian missiles strike Zaporizhzhia bus station", "Russian missiles struck the central bus station in Zaporizhzhia, killing four people, the governor said."),
      item("t", "Analysis: Why Zaporizhzhia keeps getting hit by Russian missiles", "Zaporizhzhia sits close to the front line, so Russian missiles reach it in seconds, analysts said.", true),
    ]);
    expect(result.groups).toHaveLength(2);
  });

  it("every entry the page lists under Key Points is a key point, even past the quota", () => {
    const ranked = (id: string, pagePoint: boolean): RankedEntry => ({ id, sourceKey: "s", storyId: id, published: null, score: pagePoint ? 1 : 5, teaser: false, repostOf: null, order: 0, pagePoint });
    const points = keyPoints([ranked("k1", true), ranked("k2", true), ranked("k3", true), ranked("x", false)], new Map([["s", 2]]));
    expect(points.map((p) => p.entryId).sort()).toEqual(["k1", "k2", "k3"]);
  });

  it("a teaser joins on a specific detail, never on a capital alone, and carries the topic of the story it shows", () => {
    const blog = feed("blog", "Ukraine war live", [
      make("s1", "Missiles hit Zaporizhzhia bus station", ["Russian missiles struck the bus station in Zaporizhzhia, killing four, the governor said."]),
      make("s2", "Drones hit power plant near Kyiv", ["Russian drones hit a power plant outside Kyiv overnight, officials said."]),
      make("t1", "Watch: Rescuers search Zaporizhzhia rubble", []),
      make("t2", "Pictured: Kyiv metro fills with families", []),
    ]);
    const digest = digestOf([blog]);
    const entry = (id: string) => digest.entries.find((e) => e.id === id)!;
    expect(entry("t1").storyId).toBe(entry("s1").storyId);
    expect(entry("t1").topic).toBe("strikes");
    expect(entry("t2").storyId).not.toBe(entry("s2").storyId);
  });
});

describe("the config file's beat", () => {
  it("each key given replaces the default's; bad values are named with their fix", async () => {
    const { parseBeat } = await import("../src/config/sources.ts");
    expect(parseBeat(undefined)).toBe(DEFAULT_BEAT);
    const beat = parseBeat({ name: "the Sudan war", specific: ["darfur", "khartoum"], variants: { "el fasher": "El Fasher" } });
    expect(beat).toMatchObject({ name: "the Sudan war", specific: ["darfur", "khartoum"], party: DEFAULT_BEAT.party, minRelevance: 2 });
    expect(relevanceOf({ headline: "Shelling hits market in Darfur", body: [], frontRules: [], pageOnBeat: false }, beat).onBeat).toBe(true);
    expect(() => parseBeat({ specific: "darfur" })).toThrow(/beat\.specific/);
    expect(() => parseBeat({ colour: "red" })).toThrow(/colour/);
  });
});

describe("topic rules read the news's own words (forms met on eval/x)", () => {
  it("names are folded for comparing, not for the topic rules: 'training Ukrainian troops' is aid", () => {
    const digest = digestOf([feed("wire", "Ukraine war live", [
      make("t1", "Army to expand training of Ukrainian troops in Poland", ["The defence ministry said it would train about 400 Ukrainian soldiers a month at a base in the west of the country."]),
    ])]);
    expect(digest.entries[0]!.topic).toBe("aid");
  });
});

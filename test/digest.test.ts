// buildDigest against golden files (test/fixtures/digest/<case>/input.json → digest.json) plus contract invariants.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import { explainDigest } from "../src/digest/explain.ts";
import { dayWindow } from "../src/day.ts";
import { DEFAULT_TOPICS } from "../src/digest/topics.ts";
import type { Digest, EditionWindow, Entry, SourceResult } from "../src/types.ts";

const ROOT = join(import.meta.dirname, "fixtures", "digest");
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Fixture { date: string; timezone: string; topStories: number; results: SourceResult[] }

function build(fixture: Fixture): Digest {
  return buildDigest(fixture.results, dayWindow(fixture.date, fixture.timezone), { topics: DEFAULT_TOPICS, topStories: fixture.topStories, generatedAt: "2024-02-11T07:00:00.000Z" });
}

const load = (name: string) => JSON.parse(readFileSync(join(ROOT, name, "input.json"), "utf8")) as Fixture;

describe.each(cases)("fixture %s", (name) => {
  const fixture = load(name);
  const digest = build(fixture);

  it("matches the golden digest", async () => {
    await expect(`${JSON.stringify(digest, null, 2)}\n`).toMatchFileSnapshot(join(ROOT, name, "digest.json"));
  });

  it("keeps the contract's invariants", () => {
    const ids = new Set(digest.entries.map((e) => e.id));
    expect(ids.size).toBe(digest.entries.length);
    const storyIds = new Set(digest.stories.map((s) => s.id));
    for (const e of digest.entries) {
      expect(storyIds.has(e.storyId)).toBe(true);
      expect(e.summary.length).toBeGreaterThan(0);
      expect(e.reasons.some((r) => r.startsWith("topic "))).toBe(true);
    }
    for (const s of digest.stories) {
      expect(s.entryIds.every((id) => ids.has(id))).toBe(true);
      expect(s.links.map((l) => l.entryId)).toEqual(s.entryIds);
      const texts = s.entryIds.map((id) => digest.entries.find((e) => e.id === id)!.summary);
      expect(texts).toContain(s.summary);
    }
    const order = DEFAULT_TOPICS.map((t) => t.name);
    const sectionTopics = digest.sections.map((s) => s.topic);
    expect(sectionTopics).toEqual([...sectionTopics].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    for (const section of digest.sections) {
      expect(section.storyIds.length).toBeGreaterThan(0);
      const scores = section.storyIds.map((id) => digest.stories.find((s) => s.id === id)!.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(digest.topStoryIds.length).toBeLessThanOrEqual(fixture.topStories);
  });

  it("is deterministic", () => {
    expect(build(load(name))).toEqual(digest);
  });
});

describe("buildDigest behaviour", () => {
  const fixture = load("two-sources-one-failed");
  const digest = build(fixture);
  const entry = (id: string) => digest.entries.find((e) => e.id === id)!;

  it("reports a failed source and still builds from the rest", () => {
    const broken = digest.sources.find((s) => s.name === "Broken Feed")!;
    expect(broken).toMatchObject({ status: "failed", entries: 0 });
    expect(broken.error).toMatch(/503/);
    expect(digest.stories.length).toBeGreaterThan(0);
  });

  it("names a source by config, else by its page, and counts undated entries for the day", () => {
    expect(digest.sources.map((s) => s.name)).toEqual(["Wire One", "Daily Two", "Broken Feed"]);
    expect(entry("d2").source).toBe("Daily Two");
    expect(digest.entries.some((e) => e.id === "w0")).toBe(false);
  });

  it("merges the re-post and the other source's report into one story, selecting neither teaser nor repeat", () => {
    const story = digest.stories.find((s) => s.entryIds.includes("w1"))!;
    expect(story.entryIds).toEqual(expect.arrayContaining(["w1", "w4", "d1", "w3"]));
    expect(story.sources).toEqual(["Wire One", "Daily Two"]);
    expect(entry("w1").selected).toBe(true);
    expect(entry("d1").selected).toBe(true);
    expect(entry("w3").selected).toBe(false);
    expect(entry("w4").selected).toBe(false);
    expect(entry("w4").reasons.at(-1)).toMatch(/repeats w1/);
    expect(digest.topStoryIds[0]).toBe(story.id);
  });

  it("files stories under their topics and leaves off-topic filler out", () => {
    expect(entry("w2").topic).toBe("aid");
    expect(entry("d2").topic).toBe("diplomacy");
    expect(entry("d2").selected).toBe(true);
    expect(entry("w5").selected).toBe(false);
  });

  it("explains every shown story with its score parts, rules and merges", () => {
    const text = explainDigest(digest);
    expect(text).toMatch(/== Strikes \(strikes\) ==/);
    expect(text).toMatch(/merged with w1: near-verbatim repeat/);
    expect(text).toMatch(/rule "/);
    expect(text).toMatch(/FAILED: EREAD/);
    expect(text).toMatch(/== Not shown ==/);
  });
});

describe("ranking ties", () => {
  const make = (id: string, headline: string, body: string): Entry => ({
    id, source: "", headline, published: "2024-02-10T12:00:00Z", author: null, keyPoint: false, url: null, body: [body],
  });
  const result = (entries: Entry[]): SourceResult[] => [{
    source: { id: "s", name: "Tie Source", location: "/x", format: "auto", timezone: null, weight: 1, keyPoints: 2 },
    parsed: { sourceName: null, title: "Ukraine war live", intro: [], warnings: [], entries }, error: null,
  }];
  const window = dayWindow("2024-02-10", "UTC");
  const options = { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2024-02-11T00:00:00Z" };

  it("breaks equal scores by page order, the same way every run", () => {
    const entries = [
      make("t1", "Troops rotate out of trenches near Alpha ridge", "Soldiers near Alpha ridge handed their positions to a fresh brigade after a long winter on the line."),
      make("t2", "Volunteers rebuild school roof in Bravo village", "Volunteers from the region repaired the roof of the Bravo village school so lessons can restart for pupils displaced by the war."),
      make("t3", "Court hears sabotage case from Charlie city", "Judges in Charlie city began hearing the case of two men accused of setting fire to railway relay boxes for Russian handlers."),
    ];
    const first = buildDigest(result(entries), window, options);
    const again = buildDigest(result(entries), window, options);
    expect(first.stories.map((s) => s.score)).toEqual([first.stories[0]!.score, first.stories[0]!.score, first.stories[0]!.score]);
    expect(first.entries.filter((e) => e.selected).map((e) => e.id)).toEqual(["t1", "t2"]);
    expect(first.stories.map((s) => s.entryIds[0])).toEqual(["t1", "t2", "t3"]);
    expect(again).toEqual(first);
  });
});

describe("sources that share entry ids or names", () => {
  const make = (id: string, headline: string, body: string): Entry => ({
    id, source: "", headline, published: "2024-02-10T12:00:00Z", author: null, keyPoint: false, url: null, body: [body],
  });
  const source = (id: string, name: string, entries: Entry[]): SourceResult => ({
    source: { id, name, location: `/${id}`, format: "auto", timezone: null, weight: 1, keyPoints: 3 },
    parsed: { sourceName: null, title: "Russia-Ukraine war: latest", intro: [], warnings: [], entries }, error: null,
  });
  const window = dayWindow("2024-02-10", "UTC");
  const options = { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2024-02-11T00:00:00Z" };
  const DEPOT = make("u1", "Drones set grain depot ablaze in Pervomaisk", "Drones struck a grain depot in Pervomaisk overnight, the regional governor Olena Hrytsai said, and the fire burned until noon.");
  const BRIDGE = make("u1", "Missile damages rail bridge near Kupiansk", "A missile damaged a rail bridge near Kupiansk, halting freight trains for a day, the railway operator said.");

  it("prefixes a colliding entry id with its source id, whatever the order of the sources", () => {
    const ab = buildDigest([source("alpha", "Alpha", [DEPOT]), source("beta", "Beta", [BRIDGE])], window, options);
    const ba = buildDigest([source("beta", "Beta", [BRIDGE]), source("alpha", "Alpha", [DEPOT])], window, options);
    const idOf = (d: Digest, headline: string) => d.entries.find((e) => e.headline === headline)!.id;
    expect(idOf(ab, DEPOT.headline!)).toBe("alpha:u1");
    expect(idOf(ba, DEPOT.headline!)).toBe("alpha:u1");
    expect(idOf(ab, BRIDGE.headline!)).toBe("beta:u1");
    expect(idOf(ba, BRIDGE.headline!)).toBe("beta:u1");
  });

  it("treats two sources with the same display name as two sources: a copy is corroboration, not a re-post", () => {
    const digest = buildDigest([source("one", "Same Wire", [DEPOT]), source("two", "Same Wire", [{ ...DEPOT, id: "v1" }])], window, options);
    expect(digest.stories).toHaveLength(1);
    expect(digest.entries.every((e) => e.selected)).toBe(true);
    expect(digest.entries.some((e) => e.reasons.some((r) => r.includes("2 sources")))).toBe(true);
  });
});

describe("round 2: teasers and filler in the briefing", () => {
  const make = (id: string, headline: string, body: string[], published = "2024-02-10T12:00:00Z"): Entry => ({
    id, source: "", headline, published, author: null, keyPoint: false, url: null, body,
  });
  const source = (id: string, entries: Entry[]): SourceResult => ({
    source: { id, name: id, location: `/${id}`, format: "auto", timezone: null, weight: 1, keyPoints: 5 },
    parsed: { sourceName: null, title: "Ukraine war live", intro: [], warnings: [], entries }, error: null,
  });
  const window = dayWindow("2024-02-10", "UTC");
  const options = { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2024-02-11T00:00:00Z" };
  const PLANT = make("f1", "Drone raid sets fuel plant in Syzran ablaze", ["A fire broke out at a fuel plant in Syzran after a drone raid overnight, the regional governor said, and crews fought it for hours."]);
  const TEASER = make("f2", "Watch: Syzran at dawn, hours after the drones", [], "2024-02-10T09:00:00Z");
  const SPORT = make("f3", "Ukrainian rowers win silver in the coxless four", ["Ukraine's crew finished second behind the hosts in a close final, their best result of the season."]);

  it("a teaser carries the topic of the story it shows and is never selected", () => {
    const digest = buildDigest([source("one", [PLANT, TEASER])], window, options);
    const teaser = digest.entries.find((e) => e.id === "f2")!;
    expect(teaser.topic).toBe("strikes");
    expect(teaser.storyId).toBe(digest.entries.find((e) => e.id === "f1")!.storyId);
    expect(teaser.selected).toBe(false);
    expect(teaser.reasons.some((r) => r.includes("carries the topic of the story"))).toBe(true);
  });

  it("a source with fewer entries than its quota does not get its off-topic item selected", () => {
    const digest = buildDigest([source("one", [PLANT, SPORT])], window, options);
    expect(digest.entries.find((e) => e.id === "f3")!.selected).toBe(false);
    expect(digest.entries.find((e) => e.id === "f1")!.selected).toBe(true);
  });

  it("a handed-over shipment is not cut at 'over'", () => {
    expect(buildDigest([source("one", [make("h1", "Belarus handed over artillery shells to Moscow, report says", ["The shipment of shells went by rail, the report said."])])], window, options).entries[0]!.topic).toBe("aid");
  });

  it("a story two sources carry is shown even when neither source ranks it among its key points", () => {
    const texts: Record<string, [string, string][]> = {
      a: [["Missile strike kills 5 at Kherson market", "Five shoppers died when a Russian missile hit the covered market in Kherson at noon, officials said."],
        ["Drones knock out Mykolaiv substation, 4 injured", "Four workers were hurt and 20,000 homes lost power after drones struck a substation near Mykolaiv."]],
      b: [["Glide bombs wreck Sumy school, killing 3", "Three teachers were killed as two glide bombs destroyed a school gym in Sumy overnight."],
        ["Poltava refinery ablaze after missile barrage, 2 dead", "Two firefighters died battling flames at the Kremenchuk refinery in Poltava region after a missile barrage."]],
    };
    const fillers = (prefix: string) => texts[prefix]!.map(([headline, body], n) => ({ ...make(`${prefix}${n}`, headline, [body]), keyPoint: true }));
    const quota = (id: string, entries: Entry[]): SourceResult => ({ ...source(id, entries), source: { ...source(id, entries).source, keyPoints: 1 } });
    const shellA = make("sa", "Shelling kills man in Russian border village of Tetkino", ["A man was killed when Ukrainian artillery shelled the village of Tetkino in Kursk region, the governor said."], "2024-02-10T06:00:00Z");
    const shellB = make("sb", "Kursk governor says shelling killed resident of Tetkino", ["One resident of Tetkino died after Ukrainian shelling hit the village in Kursk region, the regional governor said."], "2024-02-10T07:00:00Z");
    const digest = buildDigest([quota("one", [...fillers("a"), shellA]), quota("two", [...fillers("b"), shellB])], window, options);
    const a = digest.entries.find((e) => e.id === "sa")!;
    expect(a.storyId).toBe(digest.entries.find((e) => e.id === "sb")!.storyId);
    expect(a.selected).toBe(true);
    expect(a.reasons.at(-1)).toContain("carried by 2 sources");
    expect(digest.stories.find((s) => s.id === a.storyId)!.reasons.at(-1)).toContain("carried by 2 sources");
  });
});


describe("a page that prints no date", () => {
  const entry = (id: string, published: string, dayAssumed?: true): Entry => ({
    id, source: "", headline: `Rail bridge near Kupiansk repaired (${id})`, published, author: null, keyPoint: false, url: null,
    body: ["Engineers reopened the rail bridge near Kupiansk to freight trains, the railway operator said."], ...(dayAssumed ? { dayAssumed } : {}),
  });
  const source = (entries: Entry[]): SourceResult[] => [{
    source: { id: "s", name: "Undated Wire", location: "/s", format: "auto", timezone: null, weight: 1, keyPoints: 3 },
    parsed: { sourceName: null, title: "Ukraine war", intro: [], warnings: [], entries }, error: null,
  }];
  const options = { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2024-02-10T07:00:00Z" };

  it("is not news in a scheduled edition when only its day was assumed; with a printed time, or on its named --date day, it is", () => {
    const scheduled: EditionWindow = { date: "2024-02-10", timezone: "UTC", start: "2024-02-09T07:00:00Z", end: "2024-02-10T07:00:00Z", kind: "edition" };
    const ids = (d: Digest) => d.entries.map((e) => e.id);
    expect(ids(buildDigest(source([entry("a", "2024-02-10", true), entry("b", "2024-02-10T05:00:00Z", true), entry("c", "2024-02-10")]), scheduled, options))).toEqual(["b", "c"]);
    expect(ids(buildDigest(source([entry("a", "2024-02-10", true)]), dayWindow("2024-02-10", "UTC"), options))).toEqual(["a"]);
  });
});

describe("the edition's size", () => {
  const TOWNS = ["Avdiivka", "Bakhmut", "Chasiv Yar", "Dnipro", "Enerhodar", "Fastiv", "Hlukhiv", "Izium", "Kherson", "Lyman", "Mariupol", "Nikopol", "Okhtyrka", "Pokrovsk", "Romny", "Sumy", "Toretsk", "Uman", "Vuhledar", "Zhytomyr"];
  const source = (i: number, entries: Entry[]): SourceResult => ({
    source: { id: `s${i}`, name: `Wire ${i}`, location: `/s${i}`, format: "auto", timezone: null, weight: 1, keyPoints: 3 },
    parsed: { sourceName: null, title: "Russia-Ukraine war: latest", intro: [], warnings: [], entries }, error: null,
  });
  const report = (id: string, town: string, n: number): Entry => ({
    id, source: "", headline: `Shelling damages ${n} houses in ${town}`, published: "2024-02-10T12:00:00Z", author: null, keyPoint: false, url: null,
    body: [`Russian shelling damaged ${n} houses in ${town} overnight, the regional governor said, and two people were wounded.`],
  });

  it("shows at most maxStories stories, the ones more sources carry first; every entry of a story below the cut is unselected", () => {
    const sources = TOWNS.map((town, i) => source(i, [report(`e${i}`, town, 10 + i)]));
    sources.push(source(99, [{ ...report("again", "Uman", 17), headline: "Houses in Uman damaged by shelling" }]));
    const digest = buildDigest(sources, dayWindow("2024-02-10", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2024-02-11T00:00:00Z", maxStories: 5 });
    const shown = new Set(digest.sections.flatMap((s) => s.storyIds));
    expect(shown.size).toBe(5);
    const uman = digest.entries.find((e) => e.id === "e17")!;
    expect(uman.selected).toBe(true); // carried by two sources
    for (const e of digest.entries) expect(e.selected).toBe(shown.has(e.storyId));
    expect(buildDigest(sources, dayWindow("2024-02-10", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2024-02-11T00:00:00Z" }).sections.flatMap((s) => s.storyIds).length).toBeGreaterThan(15); // the default cap (40) leaves an ordinary day whole
  });
});

// The day window (DST-correct), teasers, summaries and the visible severity parts of a score.
import { describe, expect, it } from "vitest";
import { corroboratedStories, keyPoints, type RankedEntry } from "../src/digest/select.ts";
import { entryScoreParts, isTeaser, severity, summarize } from "../src/digest/score.ts";
import { relevanceOf } from "../src/digest/beat.ts";
import { DEFAULT_BEAT } from "../src/digest/beat-table.ts";
import { classifyEntry } from "../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../src/digest/topics.ts";
import { dayWindow, inWindow, todayIn } from "../src/day.ts";
import type { Entry } from "../src/types.ts";

const hours = (w: { start: string; end: string }) => (Date.parse(w.end) - Date.parse(w.start)) / 3.6e6;

describe("dayWindow", () => {
  it.each([
    ["2024-01-04", "UTC", "2024-01-04T00:00:00.000Z", "2024-01-05T00:00:00.000Z", 24],
    ["2024-03-31", "Europe/London", "2024-03-31T00:00:00.000Z", "2024-03-31T23:00:00.000Z", 23],
    ["2024-10-27", "Europe/London", "2024-10-26T23:00:00.000Z", "2024-10-28T00:00:00.000Z", 25],
    ["2024-03-10", "America/New_York", "2024-03-10T05:00:00.000Z", "2024-03-11T04:00:00.000Z", 23],
    ["2024-11-03", "America/New_York", "2024-11-03T04:00:00.000Z", "2024-11-04T05:00:00.000Z", 25],
    ["2024-07-01", "Asia/Kolkata", "2024-06-30T18:30:00.000Z", "2024-07-01T18:30:00.000Z", 24],
    ["2024-12-31", "UTC", "2024-12-31T00:00:00.000Z", "2025-01-01T00:00:00.000Z", 24],
  ])("%s in %s is [%s, %s), %d h", (date, zone, start, end, length) => {
    const w = dayWindow(date, zone);
    expect(w).toEqual({ date, timezone: zone, start, end, kind: "day" });
    expect(hours(w)).toBe(length);
  });

  it("rejects a malformed date with a clear error", () => {
    expect(() => dayWindow("4 Jan 2024", "UTC")).toThrow(/YYYY-MM-DD/);
  });
});

describe("todayIn", () => {
  it.each([
    ["2024-01-04T23:30:00Z", "UTC", "2024-01-04"],
    ["2024-01-04T23:30:00Z", "Asia/Tokyo", "2024-01-05"],
    ["2024-03-31T23:30:00Z", "Europe/London", "2024-04-01"],
    ["2024-11-03T03:30:00Z", "America/New_York", "2024-11-02"],
  ])("%s in %s is %s", (now, zone, day) => {
    expect(todayIn(zone, new Date(now))).toBe(day);
  });
});

describe("inWindow", () => {
  const w = dayWindow("2024-03-31", "Europe/London");
  it.each([
    [null, true],
    ["2024-03-31T00:00:00Z", true],
    ["2024-03-30T23:59:59Z", false],
    ["2024-03-31T22:59:59Z", true],
    ["2024-03-31T23:00:00Z", false],
    ["2024-04-01T00:30:00+01:00", false],
    ["2024-03-31T23:30:00+01:00", true],
  ])("%s → %s", (published, expected) => {
    expect(inWindow(published, w)).toBe(expected);
  });

  it("puts a bare day on that calendar day in any zone, not at UTC midnight", () => {
    for (const zone of ["America/New_York", "UTC", "Asia/Tokyo"]) {
      expect(inWindow("2025-11-06", dayWindow("2025-11-06", zone))).toBe(true);
      expect(inWindow("2025-11-06", dayWindow("2025-11-05", zone))).toBe(false);
      expect(inWindow("2025-11-06", dayWindow("2025-11-07", zone))).toBe(false);
    }
  });
});

const entry = (over: Partial<Entry>): Entry => ({
  id: "x", source: "Test Wire", headline: null, published: null, author: null, body: [], keyPoint: false, url: null, ...over,
});

describe("teasers and summaries", () => {
  it.each([
    [entry({ headline: "Watch: firefighters at the scene", body: [] }), true],
    [entry({ headline: "Pictured: a damaged bridge", body: ["A short caption."] }), true],
    [entry({ headline: "Explained: why shells run short", body: ["Full story on our site."] }), true],
    [entry({ headline: "A headline with nothing under it", body: [] }), true],
    [entry({ headline: "Drones hit a depot", body: ["Drones hit a fuel depot near the border overnight, the regional governor wrote on his channel."] }), false],
  ])("isTeaser #%#", (e, expected) => {
    expect(isTeaser(e)).toBe(expected);
  });

  it("summarises with one or two extracted sentences, never invented text", () => {
    const e = entry({ headline: "Talks resume", body: ["Envoys met on Monday. They agreed to meet again in March.", "Nothing else was said."] });
    expect(summarize(e)).toBe("Envoys met on Monday. They agreed to meet again in March.");
    const long = entry({ body: [`${"The delegation from the northern province travelled overnight to present its demands to the committee, ".repeat(2)}officials said. A second sentence follows.`] });
    expect(summarize(long).endsWith("officials said.")).toBe(true);
    expect(summarize(entry({ headline: "Headline only" }))).toBe("Headline only");
  });

  it("keeps abbreviations inside one sentence", () => {
    const e = entry({ body: ["The U.S. Defense Department said on Jan. 3 that Gen. Ortiz had left. More follows."] });
    expect(summarize(e)).toBe("The U.S. Defense Department said on Jan. 3 that Gen. Ortiz had left. More follows.");
  });
});

describe("severity and score parts", () => {
  it("finds casualty figures, money and officials in the lead, not in background paragraphs", () => {
    const names = (h: string, b: string) => severity(h, b).map((p) => p.name);
    expect(names("Nine killed as missiles hit market", "Rescuers worked through the night.")).toContain("casualties");
    expect(names("Parliament approves $2.5 billion package", "The vote passed.")).toContain("money");
    expect(names("Foreign minister flies to Ankara", "She will meet her counterpart.")).toContain("leaders");
    expect(names("Warehouse fire", "Crews arrived at noon. Last year 40 people were killed in a different blast.")).not.toContain("casualties");
  });

  it("penalises stubs, teasers and items off the beat; rewards the Key Points flag", () => {
    const w = dayWindow("2024-01-04", "UTC");
    const base = { window: w, introSimilarity: 0, topic: "other", topicRank: 3, topicCount: 4 };
    const stub = entryScoreParts({ ...base, entry: entry({ headline: "Missile alert in Lviv", body: ["Sirens sounded."] }) });
    expect(stub.map((p) => p.name)).toContain("stub");
    const offBeat = entryScoreParts({ ...base, onBeat: false, entry: entry({ headline: "Local team wins cup", body: ["The home side won the final on penalties after a goalless draw in the rain."] }) });
    expect(offBeat.map((p) => p.name)).toContain("off-beat");
    const caption = entry({ headline: "Pictured: Rescuers comb through the rubble of a clinic in Zaporizhzhia", body: [] });
    const filed = entryScoreParts({ ...base, topic: "strikes", topicRank: 0, entry: caption });
    expect(filed.map((p) => p.name)).not.toContain("off-beat");
    expect(filed.map((p) => p.name)).toContain("teaser");
    const flagged = entryScoreParts({ ...base, entry: entry({ keyPoint: true, headline: "Kyiv hit overnight", body: ["Drones hit the capital overnight, the city's military administration said on its channel."] }) });
    expect(flagged.find((p) => p.name === "key point")?.value).toBe(2);
  });
});

/** On the beat by the default beat, with the topic rules' view of the lead (as buildDigest judges it). */
const onBeat = (headline: string, body: string, pageOnBeat = false) =>
  relevanceOf({ headline, body: [body], frontRules: classifyEntry({ headline, body: [body] }, DEFAULT_TOPICS).frontRules, pageOnBeat }, DEFAULT_BEAT).onBeat;

describe("round 2: what counts as news of the war, and what earns score", () => {
  it("a country's name alone does not make an item about the war; background further down does not either", () => {
    expect(onBeat("Ukrainian skaters take gold in the pairs final in Turin", "The pair scored a personal best. Their coach thanked friends serving in the army.")).toBe(false);
    expect(onBeat("Heavy snow closes mountain passes", "Drivers were told to stay home.")).toBe(false);
    // the war's vocabulary without a name is on the beat only on a page about the war
    expect(onBeat("Air raid sirens sound across the north", "People went to shelters.")).toBe(false);
    expect(onBeat("Air raid sirens sound across the north", "People went to shelters.", true)).toBe(true);
    expect(onBeat("Latvia shuts a border crossing as Wagner mercenaries gather nearby", "Guards were doubled.")).toBe(true);
    // a party named and the topic rules' own words (villages, evacuations): the catch-all topic's war news
    expect(onBeat("Ukrainian officials order families out of 12 border villages", "Buses left at dawn.")).toBe(true);
    expect(onBeat("Ukrainian officials praise the new football season", "Matches began on time.")).toBe(false);
  });

  it("an undated entry earns no recency credit", () => {
    const w = dayWindow("2024-01-04", "UTC");
    const base = { window: w, introSimilarity: 0, topic: "strikes", topicRank: 0, topicCount: 4 };
    const body = ["Drones struck a substation near Konotop overnight, cutting power to several districts, officials said."];
    const undated = entryScoreParts({ ...base, entry: entry({ headline: "Drones hit substation near Konotop", body }) });
    expect(undated.find((p) => p.name === "recency")?.value).toBe(0);
    const evening = entryScoreParts({ ...base, entry: entry({ headline: "Drones hit substation near Konotop", body, published: "2024-01-04T18:00:00Z" }) });
    expect(evening.find((p) => p.name === "recency")?.value).toBe(0.75);
  });

  it("a counted prisoner exchange weighs as severity, like a casualty figure", () => {
    const names = (h: string, b: string) => severity(h, b).map((p) => p.name);
    expect(names("Kyiv and Moscow each free 120 captives in Qatar-mediated swap", "Buses crossed at the border.")).toContain("exchange");
    expect(names("Sides swap 64 prisoners of war", "")).toContain("exchange");
    expect(names("Officials discuss a future prisoner exchange", "No date was set.")).not.toContain("exchange");
  });
});

describe("keyPoints: a floor under each source's picks", () => {
  const ranked = (id: string, score: number, over: Partial<RankedEntry> = {}): RankedEntry =>
    ({ id, sourceKey: "s", storyId: `story-${id}`, published: null, score, teaser: false, repostOf: null, order: 0, ...over });

  it("a source with fewer entries than its quota does not fill it with off-beat or scoreless items", () => {
    const entries = [ranked("war", 3), ranked("sport", 1.2, { offBeat: true }), ranked("thin", -0.5), ranked("teaser", 2, { teaser: true })];
    expect(keyPoints(entries, new Map([["s", 5]])).map((k) => k.entryId)).toEqual(["war"]);
  });
});

describe("round 3: hostile acts between the parties are about the war", () => {
  it("a cyberattack on a Ukrainian institution is about the war; one on a bakery chain abroad is not", () => {
    expect(onBeat("Hackers knock out Ukrainian railway ticket sales", "The operator said sales were down for six hours.")).toBe(true);
    expect(onBeat("Sabotage suspected at Russian rail depot", "Investigators found a cut cable.")).toBe(true);
    expect(onBeat("Cyberattack hits Dutch bakery chain", "Ovens kept working, the company said.")).toBe(false);
    expect(onBeat("Ukrainian chess team wins in Tallinn", "The team beat the hosts on tie-break.")).toBe(false);
  });

  it("such an entry is on the beat, so its score carries no off-beat penalty", () => {
    expect(onBeat("Cyberattack knocks out Ukrainian pension portal", "Ukraine's pension fund said its website was offline for a day after an attack by hackers.")).toBe(true);
  });
});

describe("corroboratedStories: a story two sources carry", () => {
  const ranked = (id: string, sourceKey: string, storyId: string, over: Partial<RankedEntry> = {}): RankedEntry =>
    ({ id, sourceKey, storyId, published: null, score: 2, teaser: false, repostOf: null, order: 0, ...over });

  it("counts sources with an eligible entry of their own", () => {
    const entries = [
      ranked("a1", "a", "shelling"), ranked("b1", "b", "shelling"),
      ranked("a2", "a", "solo"), ranked("a3", "a", "solo"),
      ranked("a4", "a", "teased"), ranked("b4", "b", "teased", { teaser: true }),
      ranked("a5", "a", "sport", { offBeat: true }), ranked("b5", "b", "sport", { offBeat: true }),
      ranked("a6", "a", "thin", { score: -1 }), ranked("b6", "b", "thin", { score: -1 }),
    ];
    expect([...corroboratedStories(entries)]).toEqual([["shelling", 2]]);
  });
});

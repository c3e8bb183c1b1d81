// Merging cases met on the eval days of session 53 (own words).
import { describe, expect, it } from "vitest";
import { anchorsOf } from "../../src/digest/anchors.ts";
import { terms } from "../../src/digest/text.ts";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const item = (id: string, source: string, hhmm: string, headline: string | null, body: string, topic: string): MergeItem =>
  ({ id, source, topic, published: `2031-05-06T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));

describe("a river that shares a city's name", () => {
  it("is a detail of its own: shelling across the Dnipro river is no strike on Dnipro", () => {
    const anchors = anchorsOf("Woman hurt as shells hit Marhanets", ["A 64-year-old woman was hurt when Russian shells hit a street in Marhanets, across the Dnipro river from the occupied south bank."]);
    expect(anchors.has("dnipro")).toBe(false);
    expect(anchors.has("dniproriver")).toBe(true);
    expect(anchors.has(terms("Marhanets")[0]!)).toBe(true);
    const groups = mergeStories([
      item("d1", "Desk A", "07:00", "Missile strike on Dnipro kills five", "Five people were killed when a Russian missile hit an office building in central Dnipro on Tuesday morning, the governor said.", "strikes"),
      item("d2", "Desk B", "09:30", "Dnipro strike toll rises to seven", "Seven people are now known to have died in the missile strike on Dnipro, regional officials said.", "strikes"),
      item("m1", "Desk A", "11:00", "Woman hurt as shells hit Marhanets", "A 64-year-old woman was hurt when Russian shells hit a street in Marhanets, across the Dnipro river from the occupied south bank, regional officials said.", "strikes"),
    ]).groups;
    expect(together(groups, "d1", "d2")).toBe(true);
    expect(together(groups, "d1", "m1")).toBe(false);
    expect(together(groups, "d2", "m1")).toBe(false);
  });

  it("keeps a river of no town's name as a detail (guard): 'the River Danube', 'the Danube river'", () => {
    expect(anchorsOf(null, ["Drones hit grain silos at a port on the Danube river overnight."]).has("danuberiver")).toBe(true);
    expect(anchorsOf(null, ["Barges on the River Danube were moved away from the port."]).has("danuberiver")).toBe(true);
  });
});

describe("a page that yields nothing at all", () => {
  it("is reported as unread, with why, and the edition shows the source as not read", async () => {
    const { parsePage } = await import("../helpers/parse.ts");
    const { buildDigest } = await import("../../src/digest/index.ts");
    const { dayWindow } = await import("../../src/day.ts");
    const { DEFAULT_TOPICS } = await import("../../src/digest/topics.ts");
    const { readerReason } = await import("../../src/render/view.ts");
    const page = ["Example Site", "", "World News", "", "Most read", "",
      "Council votes to rename the old harbour road after a local poet.", "",
      "Trains to the coast will run every hour from next month.", "", "© Example Site 2031"].join("\n");
    const parsed = parsePage(page);
    expect(parsed.entries).toEqual([]);
    expect(parsed.unread).toMatch(/^nothing read: it was read as article-text/);
    expect(parsed.warnings).toContain(parsed.unread);
    const source = { id: "s", name: "Example Site", location: "/s", format: "auto" as const, timezone: null, weight: 1, keyPoints: 5 };
    const digest = buildDigest([{ source, parsed, error: null }], dayWindow("2026-01-10", "UTC"),
      { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2026-01-10T23:00:00Z" });
    expect(digest.sources).toMatchObject([{ name: "Example Site", status: "failed", entries: 0 }]);
    expect(readerReason(digest.sources[0]!.error)).toBe("its page could not be read");
  });

  it("a feed with no items is a quiet feed, not an unread one (guard)", async () => {
    const { parsePage } = await import("../helpers/parse.ts");
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title><link>https://example.com</link><description>News</description></channel></rss>`;
    const parsed = parsePage(feed);
    expect(parsed.entries).toEqual([]);
    expect(parsed.unread).toBeUndefined();
  });
});

describe("topics of the session's days", () => {
  const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

  it("a leader drawing an attack's lesson is about the attack; a plain plea for air defence stays aid (guard)", () => {
    expect(topicOf("President: Sumy strike shows why we need more Patriots", ["The president said seven people had now died in Sumy and that two more Patriot systems would have protected the city."])).toBe("strikes");
    expect(topicOf("President asks allies for more interceptors before winter", ["He told a donors' meeting that every battery delivered would save lives."])).toBe("aid");
  });

  it("a picture of what an attack left is about the attack; a crash's wreckage is not (guard)", () => {
    expect(topicOf("Pictured: the wrecked bus station in Kherson")).toBe("strikes");
    expect(topicOf("Video: inside the burned-out depot in Sumy")).toBe("strikes");
    expect(topicOf("Investigators recover flight recorder from the wreckage of a cargo jet", ["The plane came down in a field shortly after take-off on Sunday, the aviation authority said."])).toBe("other");
  });

  it("a strike called off is a stoppage that did not happen, not an attack; a missile strike stays one (guard)", () => {
    expect(topicOf("City bus strike called off after pay deal", ["Drivers called off a strike planned for Monday after the transport company agreed to raise wages by 6 percent."])).not.toBe("strikes");
    expect(topicOf("Missile strike on Odesa port kills two", ["Two dock workers were killed when a missile hit the port of Odesa on Tuesday, the governor said."])).toBe("strikes");
  });
});

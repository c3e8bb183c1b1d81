// Nothing stale: an edition remembers what it showed; the next one drops repeats, marks developing stories with what
// is new, and does not show a story again when nothing is new.
import { describe, expect, it } from "vitest";
import { buildDigest, rememberEdition } from "../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../src/digest/topics.ts";
import { dayWindow } from "../src/day.ts";
import type { Digest, DigestHistory, Entry, SourceResult } from "../src/types.ts";

const make = (id: string, published: string, headline: string, body: string[]): Entry =>
  ({ id, source: "", headline, published, author: null, keyPoint: false, url: null, body });
const source = (id: string, entries: Entry[]): SourceResult => ({
  source: { id, name: id, location: `/${id}`, format: "auto", timezone: null, weight: 1, keyPoints: 5 },
  parsed: { sourceName: null, title: "Ukraine war live", intro: [], warnings: [], entries }, error: null,
});
const build = (date: string, results: SourceResult[], history: DigestHistory | null): Digest =>
  buildDigest(results, dayWindow(date, "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: `${date}T23:00:00Z`, history });

const PORT_1 = make("p1", "2025-03-04T12:00:00Z", "Missiles strike Odesa port, killing three", ["Russian missiles hit the port of Odesa, setting the grain ship Aurora Star on fire and killing three people, governor Oleh Kiper said."]);
const AID_1 = make("a1", "2025-03-04T15:00:00Z", "Canada announces C$500m military package for Ukraine", ["Canada will send Ukraine C$500m in military aid, including 50 armoured vehicles, its defence minister said."]);
const SWAP_1 = make("x1", "2025-03-04T18:00:00Z", "Ukraine and Russia swap 150 prisoners each", ["Ukraine and Russia exchanged 150 prisoners of war each in a swap mediated by the United Arab Emirates."]);
const day1 = build("2025-03-04", [source("wire", [PORT_1, AID_1, SWAP_1])], null);
const history: DigestHistory = { editions: [rememberEdition(day1)] };

const PORT_2 = make("p2", "2025-03-05T16:00:00Z", "Odesa port strike toll rises to five", ["The death toll from Tuesday's missile strike on Odesa's port has risen to five after an injured sailor from the Aurora Star died in hospital, governor Oleh Kiper said."]);
const AID_REPOST = { ...AID_1, id: "a2", published: "2025-03-05T07:30:00Z" };
const SWAP_RETOLD = make("x2", "2025-03-05T06:50:00Z", "Ukraine and Russia exchanged 150 prisoners each on Tuesday", ["Ukraine and Russia exchanged 150 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates."]);
const NEW = make("n1", "2025-03-05T09:00:00Z", "Drones knock out power in Kharkiv", ["Russian drones hit two substations in Kharkiv overnight, leaving 200,000 homes without power, mayor Ihor Terekhov said."]);
const day2Sources = [source("wire", [PORT_2, AID_REPOST, SWAP_RETOLD, NEW])];

describe("an edition judged against the previous one", () => {
  const day2 = build("2025-03-05", day2Sources, history);
  const entry = (id: string) => day2.entries.find((e) => e.id === id)!;
  const storyOf = (id: string) => day2.stories.find((s) => s.id === entry(id).storyId)!;
  const shown = new Set(day2.sections.flatMap((s) => s.storyIds));

  it("remembers every entry and the stories it showed", () => {
    expect(history.editions[0]!.entries.map((e) => e.id)).toEqual(["p1", "a1", "x1"]);
    expect(history.editions[0]!.stories.length).toBeGreaterThan(0);
    expect(history.editions[0]!.stories.flatMap((s) => s.details)).toEqual(expect.arrayContaining(["odesa", "150"]));
  });

  it("a re-post of an earlier edition's entry is not news", () => {
    expect(entry("a2").selected).toBe(false);
    expect(entry("a2").leftOut).toBe("repeat of 2025-03-04");
    expect(shown.has(entry("a2").storyId)).toBe(false);
  });

  it("a story that continues with something new is developing and says what is new", () => {
    const story = storyOf("p2");
    expect(entry("p2").selected).toBe(true);
    expect(story.developing).toBe(true);
    expect(story.since).toBe("2025-03-04");
    expect(story.newSince).toMatch(/five/);
    expect(entry("p2").reasons.some((r) => r.startsWith("continues") && r.includes("5"))).toBe(true);
  });

  it("a story already told with nothing new is not shown again", () => {
    expect(entry("x2").selected).toBe(false);
    expect(entry("x2").leftOut).toMatch(/^stale: told on 2025-03-04/);
    expect(shown.has(entry("x2").storyId)).toBe(false);
    expect(storyOf("x2").reasons.at(-1)).toMatch(/stale/);
  });

  it("news of the day is untouched", () => {
    expect(entry("n1").selected).toBe(true);
    expect(storyOf("n1").developing).toBe(false);
  });

  it("without a history (--date, the score) the same day is judged alone", () => {
    const alone = build("2025-03-05", day2Sources, null);
    expect(alone.entries.find((e) => e.id === "a2")!.selected).toBe(true);
    expect(alone.stories.every((s) => !s.developing)).toBe(true);
  });

  it("an edition's own date never counts as earlier (a rebuild judges the same way)", () => {
    const again = build("2025-03-05", day2Sources, { editions: [...history.editions, rememberEdition(day2)] });
    expect(again.entries.map((e) => e.selected)).toEqual(day2.entries.map((e) => e.selected));
  });
});

describe("a page's own earlier update", () => {
  it("re-posted the next morning is a repeat of that day, even without a history", () => {
    const page = [{ ...AID_1 }, { ...AID_1, id: "a3", published: "2025-03-05T07:35:00Z" }, NEW];
    const digest = build("2025-03-05", [source("blog", page)], null);
    expect(digest.entries.find((e) => e.id === "a3")!.leftOut).toBe("repeat of 2025-03-04");
  });
});

describe("the briefing shows it", () => {
  it("a developing story says what is new; the Elsewhere list shows the top off-beat stories only when asked", async () => {
    const { renderMarkdown } = await import("../src/render/markdown.ts");
    const { loadTemplates } = await import("../src/render/templates.ts");
    const { toView } = await import("../src/render/view.ts");
    const { TEMPLATES_DIR } = await import("../src/paths.ts");
    const templates = await loadTemplates(TEMPLATES_DIR);
    const QUAKE = make("q1", "2025-03-05T10:00:00Z", "Magnitude 6.2 earthquake shakes northern Chile", ["A strong earthquake struck off northern Chile, shaking buildings in Antofagasta; no damage was reported."]);
    const sources = [source("wire", [PORT_2, NEW, QUAKE])];
    const options = { subject: "Briefing", archiveUrl: null, readerTimezone: "UTC" };
    const plainDay = buildDigest(sources, dayWindow("2025-03-05", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-03-05T23:00:00Z", history });
    const markdown = renderMarkdown(toView(plainDay, options), templates);
    expect(markdown).toMatch(/\*Developing\.\* New since Tue 4 Mar 2025: Odesa port strike toll rises to five/);
    expect(markdown).not.toMatch(/## Elsewhere/);
    expect(markdown).not.toMatch(/earthquake/);
    const withElsewhere = buildDigest(sources, dayWindow("2025-03-05", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-03-05T23:00:00Z", history, elsewhere: 2 });
    expect(withElsewhere.elsewhereStoryIds).toHaveLength(1);
    expect(renderMarkdown(toView(withElsewhere, options), templates)).toMatch(/## Elsewhere\n\n### Magnitude 6\.2 earthquake shakes northern Chile/);
  });
});

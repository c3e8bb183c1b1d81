// A round-up ("Morning summary", "What we know so far") lists several developments: it takes the story of its lead
// item and never bridges two stories (gold/LABELS.md, opening summaries).
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { dayWindow } from "../../src/day.ts";
import type { Entry, SourceResult } from "../../src/types.ts";
import { entriesOn, pageOf } from "../helpers/digest-sources.ts";

const make = entriesOn("2025-05-06");
const page = (id: string, entries: Entry[]) => pageOf(id, entries, "War in Ukraine: live");
const digestOf = (results: SourceResult[]) =>
  buildDigest(results, dayWindow("2025-05-06", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-05-06T23:00:00Z" });

describe("round-ups", () => {
  const roundup = make("r1", "Morning summary", [
    "Hello and welcome to today's coverage. These are the main developments so far:",
    "A Russian glide bomb hit a bakery in Sumy, killing three workers and wounding eleven, the regional governor said.",
    "Ukrainian drones set fire to a refinery in Saratov overnight, Russian officials said.",
    "Hungary again held up the EU's next sanctions package.",
  ], "06:30");
  const sumy = make("s1", "Glide bomb kills three at Sumy bakery", ["A guided bomb struck a bakery in Sumy on Tuesday morning, killing three people and injuring eleven, governor Oleh Bratko said."], "05:50");
  const sumyLater = make("s2", "Sumy bakery toll rises to four", ["A fourth worker has died in hospital after the bomb attack on a bakery in Sumy, officials said."], "11:10");
  const saratov = make("f1", "Drones hit Saratov refinery, fire breaks out", ["Ukrainian drones struck the oil refinery in Saratov overnight and a fire broke out on the site, the city's mayor said."], "07:15");
  const saratovTwo = make("f2", "Saratov refinery halts units after drone raid", ["The refinery in Saratov stopped two processing units after an overnight drone attack set a tank on fire, a source said."], "09:40");
  const digest = digestOf([page("a", [roundup, sumy, saratov]), page("b", [sumyLater, saratovTwo])]);
  const story = (id: string) => digest.entries.find((e) => e.id === id)!.storyId;

  it("takes the story of its lead item", () => {
    expect(story("r1")).toBe(story("s1"));
  });

  it("never bridges the other stories it lists", () => {
    expect(story("f1")).toBe(story("f2"));
    expect(story("f1")).not.toBe(story("s1"));
  });
});

describe("a round-up whose greeting and lead item share a paragraph", () => {
  const roundup = make("r2", "Opening summary", [
    "Welcome to our coverage of the war. Andrii Sybiha is in Ankara, where he will ask Turkey to host a new round of grain talks.",
    "Russian drones struck a power substation in Chernihiv region overnight, the grid operator said.",
  ], "06:00");
  const visit = make("v1", "Sybiha in Ankara to seek Turkish help on grain corridor", ["Ukraine's foreign minister Andrii Sybiha arrived in Ankara for talks with his Turkish counterpart on reopening the grain corridor."], "07:30");
  const grid = make("g1", "Drones hit Chernihiv substation", ["A substation in Chernihiv region was damaged by Russian drones overnight, cutting power to 20,000 homes, the grid operator said."], "05:40");
  const digest = digestOf([page("a", [roundup, grid]), page("b", [visit])]);
  const story = (id: string) => digest.entries.find((e) => e.id === id)!.storyId;

  it("takes the story of the item after the greeting", () => {
    expect(story("r2")).toBe(story("v1"));
    expect(story("r2")).not.toBe(story("g1"));
  });
});

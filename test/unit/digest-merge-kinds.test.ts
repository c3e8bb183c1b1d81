// Catch-all news merges too: reports that lead with the same kind of event (a resignation, a claim about ground won
// or held) and the same specific detail are one story, however differently they spell it; the catch-all never
// merges two kinds of event that share only a town.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, source: string, hhmm: string, headline: string | null, body: string, topic = "other"): MergeItem =>
  ({ id, source, topic, published: `2025-06-02T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));

describe("same kind of event, same detail, in the catch-all", () => {
  it("one official's resignation told by three outlets, one spelling her name the Russian way, is one story", () => {
    const groups = mergeStories([
      item("a", "Desk A", "08:10", "Deputy health minister resigns over procurement row",
        "Iryna Kovalchuk, the deputy health minister in charge of hospital supplies, resigned on Monday after auditors questioned a tender for ambulances."),
      item("b", "Desk B", "10:45", "Kovalchuk steps down, citing 'political pressure'",
        "Iryna Kovalchuk said in a statement that she was leaving the ministry because of political pressure over the ambulance tender."),
      item("c", "Desk C", "12:20", null,
        "Another official leaves the Kiev government: deputy health minister Irina Kovalchuk has quit, local media reported. She oversaw purchases for hospitals."),
    ]).groups;
    expect(together(groups, "a", "b")).toBe(true);
    expect(together(groups, "a", "c")).toBe(true);
  });

  it("a claim that a village fell and the denial are one story", () => {
    const groups = mergeStories([
      item("m", "Chronicle", "07:30", null,
        "Units of the Tsentr group of forces have liberated the settlement of Novomikhailivka, the Defence Ministry said."),
      item("g", "Kyiv Desk", "09:05", "General Staff: Novomykhailivka has not fallen, defenders hold their positions",
        "Ukraine's General Staff rejected the claim, saying brigades still held Novomykhailivka and had repelled six assaults."),
    ]).groups;
    expect(together(groups, "m", "g")).toBe(true);
  });

  it("two kinds of news from one town stay apart", () => {
    const groups = mergeStories([
      item("e", "Desk A", "08:00", "Kupiansk orders evacuation of families with children",
        "Authorities in Kupiansk ordered families with children to leave the town as fighting drew closer."),
      item("j", "Desk B", "09:00", "Kupiansk court jails man for passing positions to Russian forces",
        "A court in Kupiansk sentenced a local man to twelve years for sending photographs of positions to Russian handlers."),
    ]).groups;
    expect(together(groups, "e", "j")).toBe(false);
  });
});

describe("headings of a front-line round-up", () => {
  it("a generic heading word ('Direction') is no detail: two axes' advances stay apart", () => {
    const groups = mergeStories([
      item("x", "Monitor", "20:00", "Kupiansk Direction", "Russian forces advanced west of Kupiansk near Synkivka, according to footage published on Monday."),
      item("y", "Monitor", "20:00", "Toretsk Direction", "Russian forces made a marginal advance in central Toretsk, according to footage geolocated on Monday."),
    ]).groups;
    expect(together(groups, "x", "y")).toBe(false);
  });
});

describe("a naval deployment told by both sides", () => {
  it("a warship's port call reported by two outlets is one story", () => {
    const groups = mergeStories([
      item("n1", "Desk A", "06:00", "Russian frigate docks in Tartus for four-day call",
        "A Russian frigate escorted by a tanker entered the Syrian port of Tartus on Monday, the start of a call that Western navies are watching."),
      item("n2", "Chronicle", "14:00", null,
        "A detachment of Baltic Fleet ships led by a corvette has arrived in Tartus on a friendly visit, the fleet's press office said. The crews will rest and take on supplies."),
    ]).groups;
    expect(together(groups, "n1", "n2")).toBe(true);
  });
});

// One event, one topic: a story's reports take the topic most of them share (gold/LABELS.md files a story's reports
// alike); teasers and off-beat entries have no vote, and a split story keeps each report's own topic.
import { describe, expect, it } from "vitest";
import { buildStory } from "../../src/digest/story.ts";
import type { Work } from "../../src/digest/work.ts";

const report = (id: string, topic: string, extra: Partial<Work> = {}): Work => ({
  entry: { id, source: "", headline: `Report ${id}`, published: "2025-03-04T10:00:00Z", author: null, keyPoint: false, url: null, body: ["Text."] },
  text: { headline: `Report ${id}`, body: ["Text."] }, sourceKey: id, sourceName: id, weight: 1, order: 0, topic, reasons: [],
  body: "Text.", base: 1, score: 1, storyId: "", teaser: false, headlineOnly: false, theme: false, repostOf: null, leaning: topic, relevance: 3,
  onBeat: true, repeatOf: null, staleSince: null, ...extra,
});

describe("a story's topic", () => {
  it("is the one most of its told reports share; the others take it, and say why", () => {
    const group = [report("a", "strikes"), report("b", "strikes"), report("c", "diplomacy")];
    const story = buildStory(group, new Map());
    expect(group.map((w) => w.topic)).toEqual(["strikes", "strikes", "strikes"]);
    expect(story.topic).toBe("strikes");
    expect(group[2]!.reasons.join(" ")).toMatch(/most of its story's reports are strikes \(its own words said diplomacy\)/);
  });

  it("counts no teaser and no off-beat entry, and needs three told reports", () => {
    const teasers = [report("a", "aid"), report("b", "other"), report("t1", "other", { teaser: true }), report("t2", "other", { onBeat: false })];
    buildStory(teasers, new Map());
    expect(teasers.slice(0, 2).map((w) => w.topic)).toEqual(["aid", "other"]);
  });

  it("leaves each report's own topic when no topic has a majority", () => {
    const split = [report("a", "aid"), report("b", "aid"), report("c", "diplomacy"), report("d", "diplomacy")];
    buildStory(split, new Map());
    expect(split.map((w) => w.topic)).toEqual(["aid", "aid", "diplomacy", "diplomacy"]);
  });
});

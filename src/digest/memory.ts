// memory: what an edition leaves for the next ones to judge staleness by (rememberEdition), computed from the
// digest alone: each entry's shingle sketch (near-verbatim repeats share most of it), and each shown story's
// terms and specific details (names, places, figures). Pure: run/history.ts keeps it on disk.
import { anchorsOf, isLeader } from "./anchors.ts";
import { shingles } from "./shingles.ts";
import { normalize, terms } from "./text.ts";
import type { Digest, EditionMemory, RememberedStory } from "../types.ts";

/** How many of the smallest shingle hashes a sketch keeps. */
const SKETCH_SIZE = 24;
/** At most this many terms and details are kept per story. */
const STORY_TERMS = 60;

/** Bottom-k sketch of a text's word-3 shingles (after normalising): a few dozen numbers per entry. */
export function sketchOf(text: string): number[] {
  return Array.from(shingles(normalize(text)).subarray(0, SKETCH_SIZE));
}

/**
 * Estimated Jaccard resemblance of the two texts behind two sketches (sorted, distinct): the share of the bottom-k of
 * their union (k = the longer sketch's length) that both hold. One merge pass, no allocation: a day checks thousands.
 */
export function sketchSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const k = Math.max(a.length, b.length);
  let taken = 0;
  let both = 0;
  for (let i = 0, j = 0; taken < k && (i < a.length || j < b.length); taken++) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) i++;
    else if (i >= a.length || b[j]! < a[i]!) j++;
    else { both++; i++; j++; }
  }
  return both / taken;
}

/** A stored sketch as sketchSimilarity reads it: sorted and distinct (history files are not trusted to be). */
export function sortedSketch(sketch: readonly number[]): number[] {
  return [...new Set(sketch)].sort((x, y) => x - y);
}

const NUMBER_WORDS: Record<string, string> = {
  two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11",
  twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16", seventeen: "17", eighteen: "18",
  nineteen: "19", twenty: "20", second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8",
  ninth: "9", tenth: "10",
};

/**
 * The specific details of a text: its anchors (names, places, figures) and its counts written in words ("toll
 * rises to five" tells a new figure as surely as "5").
 */
export function detailsOf(headline: string | null, body: string[]): Set<string> {
  // a much-quoted leader's name is no detail a story continues by or tells anew
  const out = new Set([...anchorsOf(headline, body)].filter((x) => !isLeader(x)));
  for (const text of [headline ?? "", ...body]) {
    for (const word of normalize(text).match(/\b[a-z]+\b/g) ?? []) {
      const n = NUMBER_WORDS[word];
      if (n) out.add(n);
    }
  }
  return out;
}

/** The record an edition leaves: every entry's sketch, and each shown story's headline, terms and details. */
export function rememberEdition(digest: Digest): EditionMemory {
  const shown = new Set([...digest.topStoryIds, ...digest.sections.flatMap((s) => s.storyIds)]);
  const byId = new Map(digest.entries.map((e) => [e.id, e]));
  const stories: RememberedStory[] = digest.stories.filter((s) => shown.has(s.id)).map((s) => {
    const entries = s.entryIds.map((id) => byId.get(id)).filter((e) => e !== undefined);
    const texts = entries.map((e) => `${e.headline ?? ""}. ${e.summary}`);
    const counts = new Map<string, number>();
    for (const t of texts.flatMap(terms)) counts.set(t, (counts.get(t) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, STORY_TERMS).map(([t]) => t);
    const details = new Set(entries.flatMap((e) => [...detailsOf(e.headline, [e.summary])]));
    return { id: s.id, headline: s.headline, topic: s.topic, entryIds: s.entryIds, terms: top, details: [...details].slice(0, STORY_TERMS * 2) };
  });
  const entries = digest.entries.map((e) => ({ id: e.id, source: e.source, headline: e.headline, sketch: sketchOf(`${e.headline ?? ""}. ${e.summary}`) }));
  return { date: digest.date, entries, stories };
}

// staleness: today's entries and stories against what earlier editions showed (memory.ts). An entry that re-posts
// an earlier edition's entry is a repeat; a story that continues an earlier one is developing when some entry brings
// a new detail, and stale (not shown again) when none does.
import { detailsOf, sketchOf, sketchSimilarity, sortedSketch } from "./memory.ts";
import { summarize } from "./score.ts";
import { cosine, tfidf } from "./similarity.ts";
import { terms } from "./text.ts";
import type { DigestHistory, EditionMemory, Entry, RememberedStory } from "../types.ts";

/** Estimated shingle resemblance at or above which an entry re-posts an earlier one (as within a day: merge-rules.ts). */
const REPEAT_SIMILARITY = 0.5;
/** A later story continues an earlier one at this cosine, or of the same topic at CONTINUE_WITH_DETAIL sharing a
 * specific detail, or at CONTINUE_WITH_DETAILS sharing two (a follow-up tells new facts in new words). */
const CONTINUE_COSINE = 0.4;
const CONTINUE_WITH_DETAIL = 0.2;
const CONTINUE_WITH_DETAILS = 0.1;
/** An entry with no new detail still tells something new when this share of its words was not in the earlier story. */
const NEW_WORDS = 0.4;
/** One shared figure ("150" prisoners) is as telling as two names. */
const FIGURE = /^\d[\d.,]*\d/;
/** Earlier editions looked at (days). */
const LOOK_BACK_DAYS = 7;

/** The earlier editions that count for an edition of `date`: before it, within the look-back, newest first. */
export function earlierEditions(history: DigestHistory | null | undefined, date: string): EditionMemory[] {
  if (!history) return [];
  const limit = Date.parse(`${date}T00:00:00Z`) - LOOK_BACK_DAYS * 864e5;
  return history.editions
    .filter((e) => e.date < date && Date.parse(`${e.date}T00:00:00Z`) >= limit)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
}

/** The text an entry is remembered by: its headline and summary (the same basis memory.ts keeps). */
function memoryText(entry: Pick<Entry, "headline" | "body">): { headline: string | null; summary: string } {
  return { headline: entry.headline, summary: summarize(entry) };
}

/**
 * For each entry, the date of the earlier edition whose entry it re-posts (same id and source, or near-verbatim), or
 * null; the latest such date when several match. Candidates share a sketch hash; each is checked once per entry,
 * newest first, and one no newer than a match already found is never checked (a page of a thousand items from
 * yesterday would otherwise be compared in full with every item of today).
 */
export function findRepeats(entries: { entry: Entry; sourceName: string }[], editions: EditionMemory[]): (string | null)[] {
  const earlier = editions
    .flatMap((edition) => edition.entries.map((e) => ({ date: edition.date, key: `${e.source}\u0000${e.id}`, sketch: sortedSketch(e.sketch) })))
    .sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
  const ids = new Map<string, string>();
  const index = new Map<number, number[]>();
  earlier.forEach((e, at) => {
    if (!ids.has(e.key) || ids.get(e.key)! < e.date) ids.set(e.key, e.date);
    for (const h of e.sketch) {
      const list = index.get(h);
      if (list) list.push(at);
      else index.set(h, [at]);
    }
  });
  const checked = new Int32Array(earlier.length).fill(-1);
  return entries.map(({ entry, sourceName }, n) => {
    const byId = ids.get(`${sourceName}\u0000${entry.id}`);
    if (byId) return byId;
    const { headline, summary } = memoryText(entry);
    const sketch = sketchOf(`${headline ?? ""}. ${summary}`);
    let best: string | null = null;
    for (const h of sketch) {
      for (const at of index.get(h) ?? []) {
        const cand = earlier[at]!;
        if (best !== null && cand.date <= best) break; // lists run newest first
        if (checked[at] === n) continue;
        checked[at] = n;
        if (sketchSimilarity(sketch, cand.sketch) >= REPEAT_SIMILARITY) best = cand.date;
      }
    }
    return best;
  });
}

/** An earlier story a story of today continues, and per entry the details it adds. */
export interface Continuation {
  date: string;
  story: RememberedStory;
  cosine: number;
  /** Per entry (same order as given): details not in the earlier story; empty = nothing new. */
  news: string[][];
}

/** The earlier story (if any) a group of today's entries continues: close in words, or sharing a detail and a topic. */
export function findContinuation(group: Entry[], topic: string, editions: EditionMemory[], idf: Map<string, number>, fallback = "other"): Continuation | null {
  if (editions.length === 0 || group.length === 0) return null;
  const texts = group.map(memoryText);
  const words = texts.map((t) => new Set(terms(`${t.headline ?? ""}. ${t.summary}`)));
  const vector = tfidf(texts.flatMap((t) => terms(`${t.headline ?? ""}. ${t.summary}`)), idf, maxIdf(idf));
  const details = texts.map((t) => detailsOf(t.headline, [t.summary]));
  const all = new Set(details.flatMap((d) => [...d]));
  let best: Continuation | null = null;
  for (const edition of editions) {
    for (const story of edition.stories) {
      const cos = cosine(vector, tfidf(story.terms, idf, maxIdf(idf)));
      const both = story.details.filter((d) => all.has(d));
      const shared = both.length + (both.some((d) => FIGURE.test(d)) ? 1 : 0);
      const needed = shared >= 2 ? CONTINUE_WITH_DETAILS : shared === 1 ? CONTINUE_WITH_DETAIL : CONTINUE_COSINE;
      // The catch-all topic is a bucket: near one town its stories share names, so only close words tie them.
      const close = cos >= CONTINUE_COSINE || (cos >= needed && story.topic === topic && topic !== fallback);
      if (!close || (best && best.cosine >= cos)) continue;
      const known = new Set(story.details);
      const told = new Set(story.terms);
      const news = details.map((d, i) => {
        const fresh = [...d].filter((x) => !known.has(x)).sort();
        if (fresh.length > 0) return fresh;
        // No new name or figure: still news when it says something in new words ("plant halts production").
        const unseen = [...words[i]!].filter((w) => !told.has(w));
        return unseen.length / Math.max(1, words[i]!.size) >= NEW_WORDS ? [`new words: ${unseen.slice(0, 4).join(" ")}`] : [];
      });
      best = { date: edition.date, story, cosine: cos, news };
    }
  }
  return best;
}

const maxCache = new WeakMap<Map<string, number>, number>();
function maxIdf(idf: Map<string, number>): number {
  let m = maxCache.get(idf);
  if (m === undefined) {
    m = Math.max(1, ...idf.values());
    maxCache.set(idf, m);
  }
  return m;
}

// select: corroboration, story ordering and the per-source key points that decide what the briefing shows.

/** What ranking needs to know about an entry after scoring and merging. */
export interface RankedEntry {
  id: string;
  sourceKey: string;
  storyId: string;
  published: string | null;
  score: number;
  teaser: boolean;
  repostOf: string | null;
  order: number;
  /** Off the beat: never a key point, whatever its score. */
  offBeat?: boolean;
  /** A repeat of an earlier edition's entry, or its story told before with nothing new: never a key point. */
  stale?: boolean;
  /** Listed under the page's own Key Points: a key point whatever the quota (the list is read to its last bullet). */
  pagePoint?: boolean;
}

/** The corroboration bonus of a story: other sources count most, then re-posts and follow-ups within a source. */
export function corroboration(entries: Pick<RankedEntry, "sourceKey">[]): { value: number; detail: string } {
  const sources = new Set(entries.map((e) => e.sourceKey)).size;
  const extra = entries.length - sources;
  const value = Math.round((Math.min(3, 1.2 * (sources - 1)) + Math.min(1.2, 0.4 * extra)) * 100) / 100;
  return { value, detail: `${sources} source${sources === 1 ? "" : "s"}, ${entries.length} entr${entries.length === 1 ? "y" : "ies"}` };
}

/** Sorts by score (high first), then latest published, then stable order: the one tie-break used everywhere. */
export function byScore<T extends { score: number; published: string | null; order: number }>(a: T, b: T): number {
  return b.score - a.score || (b.published ?? "").localeCompare(a.published ?? "") || a.order - b.order;
}

/** A key point's least score: below it an entry is too thin to be news of the day (stubs, undated leftovers). */
export const MIN_KEY_POINT_SCORE = 0;

/** Whether an entry can stand for its story: a body of its own, not a repeat, not stale, on the beat, score above `minScore`. */
export function isEligible(e: RankedEntry, minScore = MIN_KEY_POINT_SCORE): boolean {
  return !e.teaser && e.repostOf === null && !e.offBeat && !e.stale && e.score > minScore;
}

/** A source's key point: the story and the entry that earned it, with its rank for that source. */
export interface KeyPoint {
  sourceKey: string;
  storyId: string;
  entryId: string;
  rank: number;
}

/**
 * Per source, the stories of the entries its page lists under Key Points (every one: the list is read to its last
 * bullet), then the top stories by that source's best eligible entry up to `limits[source]` (no teasers, no repeats,
 * nothing off the beat or stale, score above `minScore`); each story counts once per source, so a source's key
 * points never repeat, and a source with few entries does not fill its quota with filler.
 */
export function keyPoints(entries: RankedEntry[], limits: Map<string, number>, minScore = MIN_KEY_POINT_SCORE): KeyPoint[] {
  const out: KeyPoint[] = [];
  for (const [sourceKey, limit] of limits) {
    const eligible = entries.filter((e) => e.sourceKey === sourceKey && isEligible(e, minScore)).sort(byScore);
    const listed = eligible.filter((e) => e.pagePoint);
    const stories = new Set<string>();
    const take = (entry: RankedEntry) => {
      if (stories.has(entry.storyId)) return;
      stories.add(entry.storyId);
      out.push({ sourceKey, storyId: entry.storyId, entryId: entry.id, rank: stories.size });
    };
    if (limit > 0) for (const entry of listed) take(entry);
    for (const entry of eligible) {
      if (stories.size >= limit) break;
      take(entry);
    }
  }
  return out;
}

/** A story that at least `minSources` sources carry with an eligible entry of their own (a body, on the beat, fresh, score above `minScore`). */
export function corroboratedStories(entries: RankedEntry[], minSources = 2, minScore = MIN_KEY_POINT_SCORE): Map<string, number> {
  const carriers = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!isEligible(e, minScore)) continue;
    carriers.set(e.storyId, (carriers.get(e.storyId) ?? new Set()).add(e.sourceKey));
  }
  return new Map([...carriers].filter(([, s]) => s.size >= minSources).map(([id, s]) => [id, s.size]));
}

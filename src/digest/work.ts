// The digest's working record of one entry, and how entries of several sources get names and unique ids.
import { nameFromLocation } from "../source-name.ts";
import type { Entry, SourceResult } from "../types.ts";

export interface Work {
  entry: Entry;
  sourceKey: string;
  sourceName: string;
  weight: number;
  order: number;
  topic: string;
  reasons: string[];
  /** Body text (labels and photo credits dropped), computed once. */
  body: string;
  base: number;
  score: number;
  storyId: string;
  teaser: boolean;
  repostOf: string | null;
  /** The catch-all topic's rule score: frontline, humanitarian, security or politics vocabulary. */
  fallbackScore: number;
  offTopic: boolean;
}

/** The name a source is shown by: configured name, else the page's own, else its file or host name. */
export function displayName(result: SourceResult): string {
  if (result.source.name.trim()) return result.source.name.trim();
  if (result.parsed?.sourceName?.trim()) return result.parsed.sourceName.trim();
  const named = result.parsed?.entries.find((e) => e.source.trim())?.source.trim();
  if (named) return named;
  return nameFromLocation(result.source.location);
}

/**
 * Entry ids unique across sources, whatever their order: an id that several sources use is prefixed with each
 * one's source id ("trt:abc"); a repeat within one source (or of a source id) gets "#2", "#3".
 */
export function uniqueIds(results: SourceResult[], today: Entry[][]): (source: number, entry: number) => string {
  const owners = new Map<string, Set<number>>();
  today.forEach((entries, i) => {
    for (const e of entries) owners.set(e.id, (owners.get(e.id) ?? new Set()).add(i));
  });
  const seen = new Map<string, number>();
  const ids = today.map((entries, i) =>
    entries.map((e) => {
      const base = (owners.get(e.id)?.size ?? 0) > 1 ? `${results[i]!.source.id}:${e.id}` : e.id;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n === 1 ? base : `${base}#${n}`;
    }),
  );
  return (source, entry) => ids[source]![entry]!;
}

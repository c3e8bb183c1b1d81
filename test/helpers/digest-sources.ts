// Entries and read sources as the digest tests build them: one day's entries at a clock time each, and a source that
// read them (its page title optional).
import type { Entry, SourceResult } from "../../src/types.ts";

/** An entry maker for one UTC day: `make(id, headline, body, "09:40")`. */
export function entriesOn(day: string) {
  return (id: string, headline: string | null, body: string[], hhmm: string): Entry =>
    ({ id, source: "", headline, published: `${day}T${hhmm}:00Z`, author: null, keyPoint: false, url: null, body });
}

/** A source that read `entries` (named by its id), under `title` when given. */
export function pageOf(id: string, entries: Entry[], title: string | null = null): SourceResult {
  return {
    source: { id, name: id, location: `/${id}`, format: "auto", timezone: null, weight: 1, keyPoints: 5 },
    parsed: { sourceName: null, title, intro: [], warnings: [], entries }, error: null,
  };
}

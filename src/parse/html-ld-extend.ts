// A live blog whose JSON-LD lists only its newest updates: the HTML shows more, and those are read from the HTML.
import type { DraftDocument } from "./draft.ts";

/**
 * The JSON-LD reading, extended by the updates only the HTML shows: when the HTML reading finds more updates, all
 * dated, and every JSON-LD update is among them (same instant), the HTML's updates are the page's, each one the
 * JSON-LD lists keeping its JSON-LD data. Otherwise the JSON-LD reading as it is.
 */
export function extendFromHtml(ld: DraftDocument, html: DraftDocument | null): DraftDocument {
  if (!html || html.entries.length <= ld.entries.length || ld.entries.length === 0) return ld;
  if (html.entries.some((e) => e.published === null) || ld.entries.some((e) => e.published === null)) return ld;
  const byInstant = new Map<string, typeof ld.entries>();
  for (const entry of ld.entries) byInstant.set(entry.published!, [...(byInstant.get(entry.published!) ?? []), entry]);
  const htmlCounts = new Map<string, number>();
  for (const entry of html.entries) htmlCounts.set(entry.published!, (htmlCounts.get(entry.published!) ?? 0) + 1);
  for (const [instant, list] of byInstant) if ((htmlCounts.get(instant) ?? 0) < list.length) return ld;
  const entries = html.entries.map((entry) => byInstant.get(entry.published!)?.shift() ?? entry);
  const added = entries.length - ld.entries.length;
  return {
    ...ld,
    entries,
    warnings: [...ld.warnings, `the JSON-LD lists ${ld.entries.length} of the ${entries.length} updates the page shows: ${added} read from the HTML`],
  };
}

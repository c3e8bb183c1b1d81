// Which window a run builds: `--date` (a calendar day), the samples' day, or the edition that is due now,
// from the previous edition's cut-off (in the run journal) to this one's (the day's slot, or now if earlier).
import { dayWindow, editionWindow, todayIn } from "../day.ts";
import type { EditionWindow } from "../types.ts";
import { slotOn } from "./slot.ts";
import type { RunRecord } from "./state.ts";

/** Outcomes of runs whose edition reached readers (or was judged empty): their cut-off starts the next window. */
const EDITION_OUTCOMES = new Set(["sent", "partly-sent", "queued", "skipped-empty", "interrupted"]);

/** True when the record is of an edition that went (or began to go) out. */
export function isEdition(record: RunRecord): boolean {
  return EDITION_OUTCOMES.has(record.outcome) && record.window !== undefined;
}

/**
 * The edition due at `now`: today's if it exists already (a rerun builds the same window again), else one that
 * ends at today's slot when the slot has passed, or at `now` (an early edition) when it has not.
 */
export function dueWindow(now: Date, cron: string, timezone: string, records: RunRecord[]): EditionWindow {
  const today = todayIn(timezone, now);
  const existing = records.filter((r) => r.date === today && isEdition(r) && r.window?.kind === "edition").at(-1);
  if (existing?.window) return { date: today, timezone, start: existing.window.start, end: existing.window.end, kind: "edition" };
  const slot = slotOn(today, cron, timezone);
  const end = slot && slot.getTime() <= now.getTime() ? slot : now;
  return editionWindow(timezone, end, previousCutoff(records, end));
}

/** The next scheduled edition's window as it stands now (for `npm run status`). */
export function nextWindow(nextRun: Date, timezone: string, records: RunRecord[]): EditionWindow {
  return editionWindow(timezone, nextRun, previousCutoff(records, nextRun));
}

/** The latest cut-off of an earlier edition at or before `end`, or null when none is journaled. */
export function previousCutoff(records: RunRecord[], end: Date): Date | null {
  let best: number | null = null;
  for (const r of records) {
    if (!isEdition(r) || r.window!.kind !== "edition") continue;
    const cut = Date.parse(r.window!.end);
    if (Number.isNaN(cut) || cut > end.getTime()) continue;
    if (best === null || cut > best) best = cut;
  }
  return best === null ? null : new Date(best);
}

/** The window a run builds: `--date` → that calendar day; the samples → their day; otherwise the due edition. */
export function resolveWindow(
  settings: { cron: string; timezone: string; usingSamples: boolean; sampleDate: string | null },
  choice: { date: string | null; timezone: string | null; sources: unknown[] | null },
  now: Date,
  records: RunRecord[],
): EditionWindow {
  const zone = choice.timezone ?? settings.timezone;
  if (choice.date !== null) return dayWindow(choice.date, zone);
  if (settings.usingSamples && !choice.sources && settings.sampleDate) return dayWindow(settings.sampleDate, zone);
  return dueWindow(now, settings.cron, zone, records);
}


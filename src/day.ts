// Every day computation: calendar days ("YYYY-MM-DD"), IANA zone names, the day window and today in a zone.
// The checks only answer "is it one?"; each caller keeps its own error (code and message).
import { TZDate } from "@date-fns/tz";
import type { EditionWindow } from "./types.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day as its UTC noon instant, or null unless `text` is a real YYYY-MM-DD day (2025-02-31 is not). */
export function calendarDay(text: string): Date | null {
  if (!DAY.test(text)) return null;
  // Date parsing rolls 2025-02-31 over to 3 March; a real calendar day survives the round trip.
  const at = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text ? at : null;
}

/** True when `text` is a real calendar day in YYYY-MM-DD form. */
export function isCalendarDay(text: string): boolean {
  return calendarDay(text) !== null;
}

/** True when the runtime knows `name` as an IANA time zone (answers are cached: Intl lookups are slow). */
export function isZone(name: string): boolean {
  let known = KNOWN_ZONES.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (KNOWN_ZONES.size > 1000) KNOWN_ZONES.clear();
    KNOWN_ZONES.set(name, known);
  }
  return known;
}

const KNOWN_ZONES = new Map<string, boolean>();

/** The calendar day `date` (YYYY-MM-DD) in `timezone` as UTC instants [start, end); DST days are 23 or 25 hours. */
export function dayWindow(date: string, timezone: string): EditionWindow {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, got "${date}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const start = new TZDate(y, mo, d, timezone);
  const end = new TZDate(y, mo, d + 1, timezone);
  if (Number.isNaN(start.getTime())) throw new RangeError(`not a valid day or time zone: ${date} ${timezone}`);
  return { date, timezone, start: new Date(start.getTime()).toISOString(), end: new Date(end.getTime()).toISOString(), kind: "day" };
}

/** The YYYY-MM-DD date of `now` in `timezone`. */
export function todayIn(timezone: string, now: Date): string {
  const local = new TZDate(now.getTime(), timezone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** How far back an edition reaches when there is no earlier one (24 h) and at most (after a long outage: 7 days). */
export const FIRST_WINDOW_MS = 24 * 3_600_000;
export const LONGEST_WINDOW_MS = 7 * 24 * 3_600_000;

/**
 * The edition window that ends at `end`: from the previous edition's cut-off, else 24 hours back; never more than
 * seven days. The edition is named by the day `end` falls on in `timezone`.
 */
export function editionWindow(timezone: string, end: Date, previousCutoff: Date | null): EditionWindow {
  const earliest = end.getTime() - LONGEST_WINDOW_MS;
  let start = previousCutoff ? previousCutoff.getTime() : end.getTime() - FIRST_WINDOW_MS;
  if (start < earliest) start = earliest;
  if (start > end.getTime()) start = end.getTime();
  // The cut-off instant itself belongs to the next edition: name the edition by the last instant it covers.
  const date = todayIn(timezone, new Date(Math.max(start, end.getTime() - 1)));
  return { date, timezone, start: new Date(start).toISOString(), end: end.toISOString(), kind: "edition" };
}

/**
 * True when the entry belongs to the window: published inside [start, end), or undated. A bare day (an article
 * that names its date but no time) belongs to that calendar day's window, or to the edition window holding the
 * day's first instant (local midnight), so that consecutive editions take it exactly once.
 */
export function inWindow(published: string | null, window: EditionWindow): boolean {
  if (published === null) return true;
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    if (window.kind === "day") return published === window.date;
    return within(Date.parse(dayWindow(published, window.timezone).start), window);
  }
  const t = Date.parse(published);
  if (Number.isNaN(t)) return true;
  return within(t, window);
}

/**
 * Whether an entry is news for this edition. A page that prints no date at all has its day assumed (--date or the
 * fetch day): with a printed time that is still a reading of the page, but a bare assumed day is no evidence the
 * entry is new, so only an edition of that named day (--date) counts it; a scheduled edition never does.
 */
export function entryInWindow(entry: { published: string | null; dayAssumed?: true }, window: EditionWindow): boolean {
  if (entry.dayAssumed && window.kind !== "day" && (entry.published === null || /^\d{4}-\d{2}-\d{2}$/.test(entry.published))) return false;
  return inWindow(entry.published, window);
}

function within(t: number, window: EditionWindow): boolean {
  return t >= Date.parse(window.start) && t < Date.parse(window.end);
}

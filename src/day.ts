// Every day computation: calendar days ("YYYY-MM-DD"), IANA zone names, the day window and today in a zone.
// The checks only answer "is it one?"; each caller keeps its own error (code and message).
import { TZDate } from "@date-fns/tz";
import type { DayWindow } from "./types.ts";

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
export function dayWindow(date: string, timezone: string): DayWindow {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, got "${date}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const start = new TZDate(y, mo, d, timezone);
  const end = new TZDate(y, mo, d + 1, timezone);
  if (Number.isNaN(start.getTime())) throw new RangeError(`not a valid day or time zone: ${date} ${timezone}`);
  return { date, timezone, start: new Date(start.getTime()).toISOString(), end: new Date(end.getTime()).toISOString() };
}

/** The YYYY-MM-DD date of `now` in `timezone`. */
export function todayIn(timezone: string, now: Date): string {
  const local = new TZDate(now.getTime(), timezone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * True when the entry belongs to the window's day: published inside [start, end), or undated. A bare day
 * (an article that names its date but no time) belongs to that calendar day, whatever the zone.
 */
export function inWindow(published: string | null, window: DayWindow): boolean {
  if (published === null) return true;
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return published === window.date;
  const t = Date.parse(published);
  if (Number.isNaN(t)) return true;
  return t >= Date.parse(window.start) && t < Date.parse(window.end);
}

// The one place that turns printed dates and times into instants. Every format uses it.
// Calendar days travel as "YYYY-MM-DD" strings; zones are IANA names handled by @date-fns/tz.
import { TZDate, tz } from "@date-fns/tz";
import { addDays } from "date-fns/addDays";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import { isCalendarDay, isZone, todayIn } from "../day.ts";

export const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Regex source matching a full English month name. */
export const MONTH_RE = "January|February|March|April|May|June|July|August|September|October|November|December";
/** Regex source matching a full English weekday name. */
export const WEEKDAY_RE = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** 1-based month number of an English month name (full or 3-letter), or null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.startsWith(key)));
  return index < 0 ? null : index + 1;
}

/** "YYYY-MM-DD" of a calendar day, or null when the day does not exist. */
export function makeDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(month) || !Number.isInteger(day) || !Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isCalendarDay(text) ? text : null;
}

/** The calendar day `n` days after `day` (negative: before). Calendar days carry no zone. */
export function shiftDay(day: string, n: number): string {
  const date = addDays(utcDay(day), n, { in: tz("UTC") });
  return date.toISOString().slice(0, 10);
}

/** Weekday name (lower case) of a calendar day. */
export function weekdayOf(day: string): string {
  return WEEKDAYS[utcDay(day).getUTCDay()] ?? "";
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * A printed date whose weekday disagrees with its year: returns the nearest year (±3) where the weekday
 * matches, with a warning; otherwise the day as printed.
 */
export function checkWeekday(day: string, weekday: string | null): { day: string; warning: string | null } {
  if (!weekday || weekdayOf(day) === weekday.toLowerCase()) return { day, warning: null };
  const year = Number(day.slice(0, 4));
  for (const delta of [1, -1, 2, -2, 3, -3]) {
    const candidate = makeDay(year + delta, Number(day.slice(5, 7)), Number(day.slice(8, 10)));
    if (candidate && weekdayOf(candidate) === weekday.toLowerCase()) {
      return { day: candidate, warning: `date "${weekday} ${day}" names the wrong year; read as ${candidate}` };
    }
  }
  return { day, warning: `date "${weekday} ${day}" does not fall on a ${weekday}; kept as printed` };
}

/** Minutes since midnight of "HH:MM" / "HHMM", or null when out of range. */
export function minutesOf(hours: number, minutes: number): number | null {
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** ISO 8601 UTC instant ("…Z", no milliseconds) of a wall-clock time on a day in a zone. */
export function localToIso(day: string, minutes: number, zone: string): string {
  const key = `${day}|${minutes}|${zone}`;
  const cached = LOCAL_CACHE.get(key);
  if (cached) return cached;
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const local = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, safeZone(zone));
  const iso = toIsoZ(new Date(local.getTime()));
  if (LOCAL_CACHE.size > 50_000) LOCAL_CACHE.clear();
  LOCAL_CACHE.set(key, iso);
  return iso;
}

/** Wall-clock → instant results; zone lookups through Intl are the slowest step of parsing a long page. */
const LOCAL_CACHE = new Map<string, string>();

/** ISO 8601 UTC form of a Date ("…Z", no milliseconds), or null when invalid. */
export function toIsoZ(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** An IANA zone name if the runtime knows it, else "UTC". */
export function safeZone(zone: string | null | undefined): string {
  return zone && isZone(zone) ? zone : "UTC";
}

const ISO_DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const ISO_ZONE_RE = /(Z|[+-]\d{2}:?\d{2})$/i;

/** True for an ISO date and time that names no zone ("2026-10-07 19:50", "2026-05-05T10:00:00"): a wall time. */
export function isWallMachineDate(raw: string): boolean {
  const text = raw.trim();
  return ISO_DATE_TIME_RE.test(text) && !ISO_ZONE_RE.test(text);
}

/**
 * A machine date from a feed or JSON-LD (ISO 8601 or RFC 822) → ISO UTC instant, or null.
 * Dates without a zone are read in `zone`; a bare date stays a "YYYY-MM-DD" day.
 */
export function parseMachineDate(raw: unknown, zone: string): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return makeDay(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10));
  if (ISO_DATE_TIME_RE.test(text)) {
    const hasZone = ISO_ZONE_RE.test(text);
    const date = hasZone ? parseISO(text) : parseISO(text.replace(" ", "T"), { in: tz(safeZone(zone)) });
    return isValid(date) ? toIsoZ(new Date(date.getTime())) : null;
  }
  // RFC 822 / RFC 2822 (RSS pubDate); the built-in parser reads these per the spec.
  if (/^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}/.test(text)) {
    const date = new Date(text);
    return isValid(date) ? toIsoZ(date) : null;
  }
  return null;
}

/** The calendar day and minute of the day an instant ("2023-01-19T17:52:00-05:00") falls on in a zone, or null. */
export function wallOf(instant: string, zone: string): { day: string; minutes: number } | null {
  const date = new Date(instant);
  if (!isValid(date)) return null;
  const local = new TZDate(date.getTime(), safeZone(zone));
  return { day: todayIn(safeZone(zone), date), minutes: local.getHours() * 60 + local.getMinutes() };
}

/** Today's calendar day in a zone, from the document's fetch time. */
export function fetchDay(fetchedAt: string, zone: string): string | null {
  const date = new Date(fetchedAt);
  return isValid(date) ? todayIn(safeZone(zone), date) : null;
}

/**
 * Day of a time printed just below another in a newest-first list: the same day, or the day before when
 * reading it as a midnight crossing makes the gap smaller than reading it as an out-of-order update.
 */
export function stepDown(day: string, aboveMinutes: number, minutes: number): string {
  if (minutes <= aboveMinutes) return day;
  const outOfOrderGap = minutes - aboveMinutes;
  const crossingGap = aboveMinutes + 1440 - minutes;
  return crossingGap < outOfOrderGap ? shiftDay(day, -1) : day;
}

/** Mirror of stepDown: day of a time printed just above another (newer) in a newest-first list. */
export function stepUp(day: string, belowMinutes: number, minutes: number): string {
  if (minutes >= belowMinutes) return day;
  const outOfOrderGap = belowMinutes - minutes;
  const crossingGap = minutes + 1440 - belowMinutes;
  return crossingGap < outOfOrderGap ? shiftDay(day, 1) : day;
}

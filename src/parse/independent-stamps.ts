// The Independent's stamp lines, and the days they fall on. Times are UK local (Europe/London).
import { checkWeekday, makeDay, MONTH_RE, minutesOf, monthNumber, shiftDay, stepDown, stepUp, WEEKDAY_RE } from "./timestamp.ts";

/** A stamp line of The Independent: where it is, what it prints, and who wrote the update. */
export interface IndependentStamp {
  line: number;
  /** The printed day, or null for a time-only stamp. */
  day: string | null;
  weekday: string | null;
  minutes: number;
  author: string | null;
}

const TRAILING_RE = new RegExp(`^(.{0,80}?)\\s?(\\d{1,2}) (${MONTH_RE}),? (\\d{4}),? (\\d{1,2}):(\\d{2})$`);
const LEADING_RE = new RegExp(
  `^(?:(${WEEKDAY_RE}),? )?(?:(\\d{1,2}) (${MONTH_RE}),? (\\d{4}),? )?(\\d{1,2}):(\\d{2})(?:\\s?,\\s*(.{1,80}))?$`,
);

/** The trailing stamp `Name23 January 2024 14:38` (author glued to the date), or null. */
export function matchTrailingStamp(text: string, line: number): IndependentStamp | null {
  const m = TRAILING_RE.exec(text);
  if (!m) return null;
  return build(line, m[2], m[3], m[4], null, m[5], m[6], m[1]);
}

/** The leading stamp `HH:MM , Author` or `Weekday D Month YYYY HH:MM , Author`, or null. */
export function matchLeadingStamp(text: string, line: number): IndependentStamp | null {
  const m = LEADING_RE.exec(text);
  if (!m) return null;
  if (!m[7] && !/^\d{1,2}:\d{2}$/.test(text)) return null;
  return build(line, m[2], m[3], m[4], m[1] ?? null, m[5], m[6], m[7]);
}

function build(
  line: number, d: string | undefined, month: string | undefined, year: string | undefined,
  weekday: string | null, hh: string | undefined, mm: string | undefined, author: string | undefined,
): IndependentStamp | null {
  const minutes = minutesOf(Number(hh), Number(mm));
  if (minutes === null) return null;
  let day: string | null = null;
  if (d && month && year) {
    day = makeDay(Number(year), monthNumber(month) ?? 0, Number(d));
    if (!day) return null;
  }
  const name = author?.trim().replace(/^by\s+/i, "") || null;
  return { line, day, weekday, minutes, author: name };
}

/**
 * The day of every stamp (page order, newest first). A dated stamp keeps its date (a wrong weekday/year is
 * fixed, with a warning). Time-only stamps below a dated one follow it down the page across midnight;
 * time-only stamps above the first dated one belong to the day after it; with no dated stamp at all they
 * count down from `fallbackDay`.
 */
export function resolveStampDays(
  stamps: IndependentStamp[], fallbackDay: string | null, warnings: string[],
): (string | null)[] {
  const days: (string | null)[] = stamps.map((s) => {
    if (!s.day) return null;
    const checked = checkWeekday(s.day, s.weekday);
    if (checked.warning) warnings.push(checked.warning);
    return checked.day;
  });
  const firstDated = days.findIndex((d) => d !== null);
  if (firstDated < 0) {
    if (!fallbackDay) return days;
    days[0] = fallbackDay;
    for (let i = 1; i < stamps.length; i++) {
      days[i] = stepDown(days[i - 1] as string, stamps[i - 1]!.minutes, stamps[i]!.minutes);
    }
    return days;
  }
  for (let i = firstDated - 1; i >= 0; i--) {
    days[i] = i === firstDated - 1
      ? shiftDay(days[firstDated] as string, 1)
      : stepUp(days[i + 1] as string, stamps[i + 1]!.minutes, stamps[i]!.minutes);
  }
  for (let i = firstDated + 1; i < stamps.length; i++) {
    if (days[i] === null) days[i] = stepDown(days[i - 1] as string, stamps[i - 1]!.minutes, stamps[i]!.minutes);
  }
  return days;
}

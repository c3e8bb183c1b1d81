// Dates and clock times as text pages print them: "December 3, 2024", "Mar. 1", "14 Aug 2024", "8:35 p.m.".
import { checkWeekday, makeDay, minutesOf, monthNumber, weekdayOf } from "./timestamp.ts";
import { cityZone, ZONE_RE, zoneOf } from "./text-zones.ts";

const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/** Regex source of a month name, full or abbreviated ("Sept.", "Dec"), as written or in capitals ("19 JUN 2024"). */
export const MON_RE = `(?:${MONTH_NAMES}|${MONTH_NAMES.toUpperCase()})\\.?`;
const WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun";
/** Regex source of a weekday name, full or abbreviated, as written or in capitals ("THURSDAY, OCT. 19"). */
export const WD_RE = `(?:${WEEKDAY_NAMES}|${WEEKDAY_NAMES.toUpperCase()})\\.?`;
/**
 * Regex source of a printed date: day-month or month-day, maybe a weekday before and a year after (6 groups); set tight
 * too ("Jun.12,2024"), or with the comma moved against the year ("17 January ,2031").
 */
export const DATE_RE = `(?:(${WD_RE}),?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MON_RE})|(${MON_RE})(?:\\s+|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?)(?:(?:,?\\s+|\\s?,(?=\\d{4}(?!\\d)))(\\d{4}))?`;
/** Regex source of a clock time: "14:38", "14.38", "22h41", "8:35 p.m.", "2.35pm", "2pm" (5 groups: h, m, a|p, h, a|p). */
export const CLOCK_RE = "(?:(\\d{1,2})(?:[:.]|h(?=\\d{2}(?!\\d)))(\\d{2})(?::\\d{2}(?!\\d))?(?:\\s?([AaPp])\\.?\\s?[Mm]\\b\\.?)?|(\\d{1,2})\\s?([AaPp])\\.?\\s?[Mm]\\b\\.?)";

/** A date as printed: the year may be missing ("June 12"). */
export interface PrintedDate {
  year: number | null;
  month: number;
  day: number;
  weekday: string | null;
}

/** A printed date from DATE_RE's six groups (weekday, d, month, month, d, year), or null. */
export function dateFromGroups(g: (string | undefined)[]): PrintedDate | null {
  const month = monthNumber(g[2] ?? g[3] ?? "");
  const day = Number(g[1] ?? g[4]);
  if (!month || !(day >= 1 && day <= 31)) return null;
  const year = g[5] ? Number(g[5]) : null;
  if (year !== null && !makeDay(year, month, day)) return null;
  return { year, month, day, weekday: g[0] ? weekdayName(g[0]) : null };
}

/** Minutes since midnight from CLOCK_RE's groups (h, m, a|p, h, a|p), or null when out of range. */
export function clockMinutes(g: (string | undefined)[]): number | null {
  const hours = Number(g[0] ?? g[3]);
  const minutes = g[1] ? Number(g[1]) : 0;
  const half = (g[2] ?? g[4])?.toLowerCase();
  if (!half) return minutesOf(hours, minutes);
  // ("15:40 pm": a 24-hour clock with the half of the day printed after it all the same)
  if (hours > 12 && hours < 24 && half === "p") return minutesOf(hours, minutes);
  if (hours < 1 || hours > 12) return null;
  return minutesOf((hours % 12) + (half === "p" ? 12 : 0), minutes);
}

const DATE_LINE_RE = new RegExp(`^${DATE_RE}[.,]?$`);

/** A line that is only a date ("December 3, 2024", "Mar. 1", "Thursday, January 4, 2024", "04.06.2023"), or null. */
export function matchDateLine(line: string): PrintedDate | null {
  // "Wednesday, 11 September 2024 (all times GMT)": a note on the times under the date is no part of it
  const note = /\s*\((?:all\s+)?times?\b[^()]{0,30}\)$/i.exec(line);
  if (note) line = line.slice(0, note.index);
  if (line.length > 40) return null;
  const m = DATE_LINE_RE.exec(line);
  if (m) return dateFromGroups(m.slice(1));
  // The weekday after the date ("14 October, Saturday"): read as if it came first.
  const after = /^(\d.{2,24}?|\p{Lu}\p{Ll}+ \d{1,2}),?\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.exec(line);
  if (after) return matchDateLine(`${after[2]}, ${after[1]}`);
  // A numeric date alone ("11.09.2022" day first; "11/09/2022", "11-09-2022" in the page's order).
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(line);
  if (iso && makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), weekday: null };
  const n = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(line);
  const [day, month] = n ? dayMonth(Number(n[1]), Number(n[3]), n[2]!) : [0, 0];
  return n && makeDay(Number(n[4]), month, day) ? { year: Number(n[4]), month, day, weekday: null } : null;
}

/** The full weekday name of a printed weekday ("Thu" → "Thursday"), or null. */
function weekdayName(text: string): string | null {
  const key = text.slice(0, 3).toLowerCase();
  return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].find((d) => d.toLowerCase().startsWith(key)) ?? null;
}

/**
 * The year of a date printed with its weekday but no year ("Saturday 30 December"): the latest one, up to
 * `fallbackYear`, in which that day falls on that weekday (within ten years), else null.
 */
export function yearByWeekday(date: PrintedDate, fallbackYear: number | null): number | null {
  if (date.year !== null || !date.weekday || fallbackYear === null) return null;
  for (let year = fallbackYear; year > fallbackYear - 10; year--) {
    const day = makeDay(year, date.month, date.day);
    if (day && weekdayOf(day) === date.weekday.toLowerCase()) return year;
  }
  return null;
}

/** The calendar day of a printed date in `year` when it prints none; a wrong weekday corrects the year (warned). */
export function dayOf(date: PrintedDate, fallbackYear: number | null, warnings: string[]): string | null {
  const year = date.year ?? fallbackYear;
  if (year === null) return null;
  const day = makeDay(year, date.month, date.day);
  if (!day) return null;
  if (date.year === null) return day;
  const checked = checkWeekday(day, date.weekday);
  if (checked.warning) warnings.push(checked.warning);
  return checked.day;
}

/** A date and maybe a time found inside a line ("Published On 8 Aug 2024", "Updated 10:47 PM EDT, June 13, 2024"). */
export interface FoundDate {
  date: PrintedDate;
  minutes: number | null;
  zone: string | null;
}

// Slash and dash dates ("11/08/2024", "11-08-2024") are day first in most of the world and month first in the US and
// some of Asia. A page prints one order throughout: the one its dates prove (a first number over 12: day first; a
// second: month first), else the one its machine-readable dates agree with ("2022-10-12T…" in its JSON-LD), else the
// one its clocks' US zones imply ("4:10 PM CST"), else the one that keeps them close together (a listing of one day or
// two, not of dates a month apart). Parsing is
// synchronous, so the order holds for exactly one page (see readingSlashDates).
let slashMonthFirst = false;

/** Sets the order slash dates are read in while one page is parsed (see above). */
export function readingSlashDates(body: string): void {
  slashMonthFirst = false;
  const pairs: (readonly [number, number, number])[] = [];
  // the first few hundred dates decide (a huge page is read in one order all the same)
  // ("01/10/29": a two-digit year is this century's)
  for (const m of body.matchAll(/(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/g)) {
    const pair = [Number(m[1]), Number(m[3]), Number(m[4]) + (m[4]!.length === 2 ? 2000 : 0)] as const;
    if (pair[0] > 12) return;
    if (pair[1] > 12) {
      slashMonthFirst = true;
      return;
    }
    if (pairs.push(pair) >= 400) break;
  }
  if (pairs.length === 0) return;
  // machine dates the page carries (JSON-LD, meta, <time datetime>: "2022-10-12T22:05") say which order its printed
  // ones take when both fit: "10/12/2022" beside "2022-10-12" is month first
  // (the first few hundred decide, as above: a huge page's dates are not all gathered)
  const iso = new Set<string>();
  let seen = 0;
  for (const m of body.matchAll(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?=[T" ,<]|$)/g)) {
    iso.add(`${Number(m[1])}-${Number(m[2])}-${Number(m[3])}`);
    if (++seen >= 400) break;
  }
  // (and so do the same dates spelled out: "10/03/2030" beside "October 3, 2030" is month first)
  seen = 0;
  for (const m of body.matchAll(SPELLED_DATE_RE)) {
    const month = monthNumber((m[1] ?? m[5])!);
    if (month) iso.add(`${Number(m[3] ?? m[6])}-${month}-${Number(m[2] ?? m[4])}`);
    if (++seen >= 400) break;
  }
  if (iso.size > 0) {
    const [monthFirst, dayFirst] = [pairs.filter(([a, b, y]) => iso.has(`${y}-${a}-${b}`)).length, pairs.filter(([a, b, y]) => iso.has(`${y}-${b}-${a}`)).length];
    if (monthFirst !== dayFirst) {
      slashMonthFirst = monthFirst > dayFirst;
      return;
    }
  }
  // (a page that prints its clocks in US zones, "4:10 PM CST", "5:30 p.m. ET", writes its dates the US way)
  if (US_CLOCK_RE.test(body.slice(0, 200_000))) {
    slashMonthFirst = true;
    return;
  }
  if (pairs.length < 2) return;
  const span = (dayFirst: boolean) => {
    const times = pairs.map(([a, b, y]) => Date.UTC(y, (dayFirst ? b : a) - 1, dayFirst ? a : b));
    return Math.max(...times) - Math.min(...times);
  };
  slashMonthFirst = span(false) < span(true);
}

// "October 3, 2030" (month, day, year) or "3 October 2030" (day, month, year): a date spelled out
const SPELLED_DATE_RE = /(?<!\p{L})(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(\d{1,2}),?\s(\d{4})|(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s(\d{4}))(?!\d)/gu;
const US_CLOCK_RE = /\d(?::\d\d)?\s?(?:[aApP]\.?[mM]\.?\s?)?\(?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST)\)?(?![\p{L}\d])/u;

/** Day and month of a slash or dotted date's two numbers, in the order the page prints them. */
function dayMonth(a: number, b: number, separator: string): [number, number] {
  if (separator === "." || a > 12) return [a, b];
  if (b > 12) return [b, a];
  return slashMonthFirst ? [b, a] : [a, b];
}

// (a year may run into the word after it where a scrape glues an icon's label on: "Oct. 19, 2022timer")
const FIND_DATE_RE = new RegExp(`(?:^|[^\\p{L}\\d])${DATE_RE}(?:(?<=\\d{4})(?!\\d)|(?![\\p{L}\\d]))`, "u");
// "12/02/2024", "04-02-2025", "19.09.2025" (a slash or dash date where either order fits in the page's order; a
// dotted date is day first).
const NUMERIC_DATE_RE = /(?:^|[^\d.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d-])/;
const FUSED_RE = /\d{5}:|\S(?:Updated|Published|Posted)\b/;
const SHORT_YEAR_DATE_RE = /(?:^|[^\d./-])(\d{1,2})(\/)(\d{1,2})\/(\d{2})(?![\d/-])(?=,?\s+\d{1,2}[:.]\d{2})/;
// "2022.03.16", "2022-03-16", "2022/03/16": year first, then month and day.
const YEAR_FIRST_RE = /(?:^|[^\d.])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d])/;
// (a zone may stand in brackets after the time: "08:35 PM (IST)")
const TIME_ZONE_RE = new RegExp(`(?:^|[^\\d:.])${CLOCK_RE}(?:,?\\s?\\(?(${ZONE_RE})\\)?(?![A-Za-z\\d]))?(?![\\d:])`);

const MONTH_DAY_SLASH_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December),\s(\d{1,2})\/(\d{4})\b/;

/** The first date in a line, with the clock time and zone printed next to it. */
export function findDate(line: string): FoundDate | null {
  if (line.length > 300) return null;
  // "UpdatedSept. 17, 2023 at 4:12 p.m.": a label glued to the month after it
  line = line.replace(/^((?:Last )?(?:Updated|Published|Posted|Modified))(?=\p{Lu}\p{Ll})/u, "$1 ")
    // ("April, 01/2025": the month, then the day and year after a slash)
    .replace(MONTH_DAY_SLASH_YEAR, "$1 $2, $3");
  // ("September 5, 20296:17 AM GMT+1Updated 2 hours ago": a copy that runs the year, the time and the next label
  // together, each set in its own box)
  if (FUSED_RE.test(line)) line = line.replace(/(,\s(?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))/, "$1 ").replace(/(?<=\S)(?=(?:Updated|Published|Posted)\b)/, " ");
  let date: PrintedDate | null = null;
  let rest = line;
  const m = FIND_DATE_RE.exec(line);
  if (m) {
    date = dateFromGroups(m.slice(1));
    rest = line.slice(0, m.index) + " " + line.slice(m.index + m[0].length);
  } else {
    // ("11/14/29 7:31 AM ET": a two-digit year is this century's, read only beside a clock)
    const n = NUMERIC_DATE_RE.exec(line) ?? (line.includes("/") ? SHORT_YEAR_DATE_RE.exec(line) : null);
    const y = n ? null : YEAR_FIRST_RE.exec(line);
    if (y) {
      const [year, month, day] = [Number(y[1]), Number(y[3]), Number(y[4])];
      if (makeDay(year, month, day)) date = { year, month, day, weekday: null };
      rest = line.slice(0, y.index) + " " + line.slice(y.index + y[0].length);
    }
    if (n) {
      const [day, month] = dayMonth(Number(n[1]), Number(n[3]), n[2]!);
      const year = Number(n[4]) + (n[4]!.length === 2 ? 2000 : 0);
      if (makeDay(year, month, day)) date = { year, month, day, weekday: null };
      rest = line.slice(0, n.index) + " " + line.slice(n.index + n[0].length);
    }
  }
  if (!date) return null;
  const t = TIME_ZONE_RE.exec(rest);
  const minutes = t ? clockMinutes(t.slice(1, 6)) : null;
  // The zone may close the line after a separator ("Updated 14:52, 19 JUN 2024 | BST"), stand between the date and
  // the time ("2023-12-09 HKT 06:30"), or be named by its city after the time ("29 July 2025, 19:20 Kyiv time").
  const city = t && !t[6] ? CITY_TIME_RE.exec(rest.slice(t.index + t[0].length))?.[1] : undefined;
  const before = t && !t[6] ? ZONE_BEFORE_RE.exec(rest.slice(0, t.index))?.[1] : undefined;
  const zone = t && minutes !== null ? zoneOf(t[6] ?? ZONE_TAIL_RE.exec(rest)?.[1] ?? before) ?? (city ? cityZone(city) : null) : null;
  return { date, minutes, zone };
}

/**
 * A zone named by its city after a time ("11:00 (Kyiv time)", "19:20 Kyiv time", a markets ticker's "18:40 NY Time",
 * "New York time"; "local time" names none).
 */
export const CITY_TIME_RE = /^\s?\(?(?:local time|(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) [Tt]ime)\b\)?/u;

const ZONE_TAIL_RE = new RegExp(`[|,]\\s*(${ZONE_RE})\\s*$`);
const ZONE_BEFORE_RE = new RegExp(`^\\s*(${ZONE_RE})\\s*$`);

// Stamp forms beside the common ones: a day word before a time, ages in days, a numeric date after a time, and
// clock spellings of other languages' English editions ("14.05 Uhr", "07.05 uur", "14 h 05").

/**
 * A time written the usual way: "14.05 Uhr" → "14.05", "18:30 hrs." → "18:30", "14 h 05" → "14h05", "Tue 12:05" → "12:05",
 * "14:05 (CET)" → "14:05 CET", "19 September 2026 [22:10]" → "19 September 2026 22:10", "07:40 (Kyiv)" → "07:40 Kyiv time".
 */
export function plainClock(text: string): string {
  // (a date's clock in square brackets after it: the agency listing's way of setting the time apart)
  // (and a town in brackets after the clock: "07:40 (Kyiv)" is that town's time)
  const bare = text.replace(WEEKDAY_CLOCK, "").replace(BRACKETED_CLOCK, "$1 $2")
    .replace(BRACKETED_TOWN, (all, clock: string, town: string) => (cityZone(town) ? `${clock} ${town} time` : all))
    // ("16:41Z": the time in UTC, as aviation prints it)
    .replace(/(?<![\d:])(\d{1,2}:\d{2})Z\b/g, "$1 UTC")
    // ("10:42 a.m. Eastern", "4 p.m. Pacific time": a US zone by its name)
    .replace(US_ZONE_NAME, (_, clock: string, name: string) => `${clock} ${name[0]!.toUpperCase()}T`);
  if (!/\d\s?(?:Uhr|uur|hrs|hs|h)\b|\d h \d|\d\s?\([A-Z]/.test(bare)) return bare;
  // ("18:30 hrs." at a line's end: the abbreviation's dot goes with it)
  return bare.replace(/(?<!\d)(\d{1,2}[:.]\d{2})\s?(?:Uhr|uur|hrs|hs|h)\b(?:\.$)?/g, "$1").replace(/(?<![\d:.])(\d{1,2}) h (\d{2})(?!\d)/g, "$1h$2")
    // a zone in brackets: "14:05 (GMT+2)", "14:05 (CET)"
    .replace(/(\d)\s?\(([A-Z]{2,5}(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?)\)/g, "$1 $2");
}

const US_ZONE_NAME = /(\d\s?[ap]\.?m\.?)\s(Eastern|Central|Mountain|Pacific)(?:\s[Tt]ime)?(?![\p{L}])/iu;
const BRACKETED_CLOCK = /(\d)\s?\[(\d{1,2}[:.]\d{2})\]$/;
const BRACKETED_TOWN = /^(\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)\s?\((\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)$/iu;

/** A weekday straight before a time ("Tue 12:05", "Tuesday, 12:05"): the time alone says when. */
const WEEKDAY_CLOCK = new RegExp(`^${WD_RE},?\\s+(?=\\d{1,2}[:.h]\\d{2}(?!\\d))`);

/** "11:50 p.m. Sunday": a time, then the weekday it fell on (a timeline across days), as [time, weekday], or null. */
export function clockWeekday(text: string): [string, string] | null {
  const m = CLOCK_WEEKDAY.exec(text);
  return m ? [m[1]!, m[2]!.slice(0, 3).toLowerCase()] : null;
}
const CLOCK_WEEKDAY = new RegExp(`^(\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?)\\s+(${WD_RE})$`, "i");

const DAY_WORD = new RegExp(
  `^(?:(?:last\\s+)?(?:updated|posted|published)\\s+)?(today|yesterday)(?:,|\\s+at|\\s*[-–|·])?\\s+${CLOCK_RE}(?:\\s?(${ZONE_RE})(?!\\p{L}))?$`, "iu",
);

/** "Yesterday at 9:05 pm", "today 10:15 GMT": days back from the page's day (0 or -1), the time and its zone. */
export function dayWordTime(text: string): { back: number; minutes: number; zone: string | null } | null {
  if (text.length > 48) return null;
  const m = DAY_WORD.exec(text);
  if (!m) return null;
  const minutes = clockMinutes(m.slice(2, 7));
  if (minutes === null) return null;
  return { back: m[1]!.toLowerCase() === "yesterday" ? 1 : 0, minutes, zone: zoneOf(m[7]) };
}

const AGE = /^(?:(?:last\s+)?(?:updated|posted|published)\s+)?(\d{1,3}|an?|one)\s?(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)(?:,?\s(\d{1,2})\s?(?:m|mins?|minutes?))?\s+ago$/i;

/** The minutes an age stamp counts back ("2 hours ago", "an hour ago", "3 days ago", "1 hr 12 min ago"), or null. */
export function ageMinutes(text: string): number | null {
  if (text.length > 30) return null;
  if (/^(?:posted\s+)?just now$/i.test(text)) return 0;
  const m = AGE.exec(text);
  if (!m) return null;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : 1;
  const unit = m[2]!.toLowerCase();
  const size = unit.startsWith("w") ? 10080 : unit.startsWith("d") ? 1440 : unit.startsWith("h") ? 60 : 1;
  return n * size + (size === 60 && m[3] ? Number(m[3]) : 0);
}

const NUMERIC_TAIL = /^(?:,|\s\|)?\s+(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/;

/** A numeric date after a time ("14:05, 05.03.2024", "09:30 05.03.24"): dotted day first, slashed in the page's order. */
export function numericDateTail(rest: string): PrintedDate | null {
  const m = NUMERIC_TAIL.exec(rest);
  if (!m) return null;
  const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const [day, month] = dayMonth(Number(m[1]), Number(m[3]), m[2]!);
  return makeDay(year, month, day) ? { year, month, day, weekday: null } : null;
}

const NUMERIC_FIRST = new RegExp(`^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:,|\\s[-–|]|\\sat)?\\s+${CLOCK_RE}(?:\\s?(${ZONE_RE})(?!\\p{L}))?$`, "u");

// "27.03. 08:10": day and month closed by dots, the year left out (the German style), then the time
const DOTTED_DAY_FIRST = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.,?\\s+${CLOCK_RE}(?:\\s?(${ZONE_RE})(?!\\p{L}))?$`, "u");

/** "27.03. 08:10": a day and month without their year, then the time; null for any other text. */
function dottedDayTime(text: string): { date: PrintedDate; minutes: number; zone: string | null } | null {
  const m = DOTTED_DAY_FIRST.exec(text);
  const [day, month] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  const minutes = m ? clockMinutes(m.slice(3, 8)) : null;
  if (!m || minutes === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { date: { year: null, month, day, weekday: null }, minutes, zone: zoneOf(m[8]) };
}

// "2023.03.23 19:50 EDT", "2023-03-23 19:50", "2023/03/23, 19:50": the year first, then month and day.
const YEAR_NUMERIC_FIRST = new RegExp(`^(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(?:,|\\s[-–|]|\\sat)?\\s+${CLOCK_RE}(?:\\s?(${ZONE_RE})(?!\\p{L}))?$`, "u");

/**
 * "05.03.2024 14:05", "05.03.2024 | 14:05 CET", "05.03.24, 02:05 PM" (a numeric date: see dayMonth), "2023.03.23 19:50
 * EDT" (year first), then the time.
 */
export function numericDateTime(text: string): { date: PrintedDate; minutes: number; zone: string | null } | null {
  if (text.length > 40) return null;
  const m = NUMERIC_FIRST.exec(text);
  const y = m ? null : YEAR_NUMERIC_FIRST.exec(text);
  if (!m && !y) return dottedDayTime(text);
  const [day, month] = m ? dayMonth(Number(m[1]), Number(m[3]), m[2]!) : [Number(y![4]), Number(y![3])];
  // ("05.06.22": a year of two digits is this century's)
  const year = m ? (m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4])) : Number(y![1]);
  const minutes = clockMinutes(m ? m.slice(5, 10) : y!.slice(5, 10));
  if (!makeDay(year, month, day) || minutes === null) return null;
  return { date: { year, month, day, weekday: null }, minutes, zone: zoneOf(m ? m[10] : y![10]) };
}

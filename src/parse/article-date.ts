// An article's date from its header: a dateline, "Published …", a byline date; else --date or the fetch day, warned.
import { NO_ZONE, noDateWarning, noHomeWarning, type ParseContext } from "./draft.ts";
import { dayOf, findDate, type FoundDate } from "./text-dates.ts";
import { isCaption } from "./text-furniture.ts";
import { isWireName } from "./text-credits.ts";
import { isProse } from "./text-lines.ts";
import { matchStamp } from "./text-stamps.ts";
import { textPageHome } from "./text-home-zone.ts";
import { statedZone } from "./zone-stated.ts";
import { wallToIso } from "./text-zones.ts";

const LABEL_RE = /\b(published|updated|posted)\b/i;
const UPDATED_RE = /\b(updated|update|modified|refreshed)\b/i;

/** The article's published instant (or day, when no time is printed) from its header lines. */
export function articleDate(
  header: string[], ctx: ParseContext, warnings: string[], site: string | null = null, page: string[] = header,
  home: Home | null = null,
): string | null {
  const where = { page, site, home };
  let stated: string | null = null;
  for (const line of header) if ((stated = statedZone(line))) break;
  let plain: FoundDate | null = null;
  let updated: FoundDate | null = null;
  for (const [i, line] of header.entries()) {
    // (a short stamp closed by "p.m." reads as a sentence: "Sat., Oct. 12, 2024 · 5:52 p.m.")
    const stamp = line.length > 120 ? null : fromStamp(line, i);
    // (a meta row's last cell, "By The Associated Press | Saturday, April 26, 2025, 7:40 p.m.", is its date)
    const skipped = line.length > 120 || isCaption(line) || ((stamp === null || line.length > 60) && isProse(line) && !LABEL_RE.test(line));
    const cell = skipped && line.length <= 120 ? metaCellDate(line) : null;
    if (skipped && !cell) continue;
    const found = cell ?? stamp ?? findDate(line);
    if (!found) continue;
    if (/\b(published|posted)\b/i.test(line)) return toInstant(found, stated, where, ctx, warnings);
    if (UPDATED_RE.test(line)) updated ??= found;
    // A second printing of the same day that adds the time ("Jun 3, 2024" then "June 3, 2024, 6:50pm ET") is preferred.
    else if (!plain || (plain.minutes === null && found.minutes !== null && sameDate(plain, found))) plain = found;
  }
  const first = plain ?? updated;
  const timed = first ? withBareTime(first, header) : null;
  // (a date printed without its time, and the same day's "Updated … at 4:12 p.m.": the only time the page gives that day)
  const best = timed && timed.minutes === null && updated && updated.minutes !== null && sameDate(timed, updated) ? updated : timed;
  if (best) return toInstant(best, stated, where, ctx, warnings);
  if (!ctx.fallbackDay) return null;
  warnings.push(noDateWarning("it is", ctx));
  // "Published 4.05pm BST" with no date: the time on the day --date (or the fetch) gives
  const clock = labelledClock(header);
  if (!clock) return ctx.fallbackDay;
  const [year, month, day] = ctx.fallbackDay.split("-").map(Number) as [number, number, number];
  return toInstant({ date: { year, month, day, weekday: null }, ...clock }, stated, where, ctx, warnings);
}

/** The date with its time that a meta row's last cell prints ("By Jane Doe | May 2, 2024, 7:40 p.m."), or null. */
function metaCellDate(line: string): FoundDate | null {
  const cells = line.split(/\s[|·•]\s/);
  const last = cells.length >= 2 ? cells.at(-1)!.trim() : "";
  const found = last.length <= 50 ? findDate(last) : null;
  return found && found.minutes !== null ? found : null;
}

const PUBLISHED_CLOCK_RE = /^(?:published|posted)(?:\s+at|\s+on)?\s?:?\s*/i;

/** The time a "Published 4.05pm BST" head line prints without a date, or null. */
function labelledClock(header: string[]): { minutes: number; zone: string | null } | null {
  for (const [i, line] of header.entries()) {
    const label = line.length <= 60 ? PUBLISHED_CLOCK_RE.exec(line) : null;
    const stamp = label ? matchStamp(line.slice(label[0].length), i) : null;
    if (stamp && stamp.minutes !== null && !stamp.date && stamp.text === null && !stamp.author && stamp.ago === null) {
      return { minutes: stamp.minutes, zone: stamp.zone };
    }
  }
  return null;
}

/**
 * A date printed without its time gets the time a bare time line beside a date line prints ("20 Nov 2024" /
 * "07:03 CET"): a head that splits its stamp over two lines. An "updated" line's time is never borrowed.
 */
function withBareTime(found: FoundDate, header: string[]): FoundDate {
  if (found.minutes !== null) return found;
  for (const [i, line] of header.entries()) {
    // (a newsletter's "Sent at 19:05 CET" under its date: when it went out)
    const stamp = line.length <= 30 && !UPDATED_RE.test(line) ? matchStamp(line.replace(SENT_RE, ""), i) : null;
    if (!stamp || stamp.minutes === null || stamp.date || stamp.text !== null || stamp.author || stamp.ago !== null) continue;
    if (nextToDate(header, i)) return { ...found, minutes: stamp.minutes, zone: stamp.zone ?? found.zone };
  }
  // a title that ends with its time and zone ("News in Brief at 6:04 p.m. EDT"), over a date printed without one
  for (const [i, line] of header.entries()) {
    const tail = line.length <= 100 ? / at (\d{1,2}[:.]\d{2}\s?[AaPp]\.?[Mm]\.?\s\p{Lu}{2,5})$/u.exec(line)?.[1] : undefined;
    const stamp = tail ? matchStamp(tail, i) : null;
    if (stamp && stamp.minutes !== null && stamp.zone) return { ...found, minutes: stamp.minutes, zone: stamp.zone };
  }
  return found;
}

const SENT_RE = /^(?:sent|issued)(?:\s+at)?:?\s+(?=\d)/i;

/** True when a line next to head line `i` (above or below) prints a date. */
export function nextToDate(header: string[], i: number): boolean {
  const dated = (l: string | undefined) => l !== undefined && l.length <= 80 && findDate(l) !== null;
  // (or over the outlet they write for, over the date: "Jane Doe" / "USA TODAY" / "Published …")
  return dated(header[i - 1]) || dated(header[i + 1]) || (header[i + 1] !== undefined && isWireName(header[i + 1]!) && dated(header[i + 2]));
}

function sameDate(a: FoundDate, b: FoundDate): boolean {
  return a.date.month === b.date.month && a.date.day === b.date.day && (a.date.year ?? b.date.year) === (b.date.year ?? a.date.year);
}

function fromStamp(line: string, i: number): FoundDate | null {
  const stamp = line.length <= 80 ? matchStamp(line, i) : null;
  if (!stamp?.date || stamp.minutes === null) return null;
  return { date: stamp.date, minutes: stamp.minutes, zone: stamp.zone };
}

/** A home the caller already knows (an HTML page's, from its markup), with what a warning says it is read from. */
type Home = { zone: string; from: string };

/** Where the page's home is read from when its date states no zone: the caller's, else the page's lines and site name. */
interface Where {
  page: string[];
  site: string | null;
  home: Home | null;
}

function toInstant(found: FoundDate, stated: string | null, where: Where, ctx: ParseContext, warnings: string[]): string | null {
  const year = ctx.fallbackDay ? Number(ctx.fallbackDay.slice(0, 4)) : null;
  if (found.date.year === null) {
    warnings.push(`the page's date names no year: read in ${year ?? "no year"} from ${ctx.dateGiven ? "--date" : "the fetch day"}`);
  }
  const day = dayOf(found.date, year, warnings);
  if (!day) return null;
  if (found.minutes === null) return day;
  const unstated = !(found.zone || stated || ctx.zoneGiven);
  const home = unstated ? where.home ?? textPageHome(where.page, where.site) : null;
  if (home) warnings.push(`${NO_ZONE} its time is read in ${home.zone}, from ${home.from}`);
  else if (unstated) warnings.push(noHomeWarning(ctx.timezone, "time is"));
  return wallToIso(day, found.minutes, found.zone ?? stated ?? home?.zone ?? ctx.timezone);
}

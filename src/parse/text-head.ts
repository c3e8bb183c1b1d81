// A text page's head: its title, intro, byline, and the dates, zone and refresh time it prints.
import { englishDateWords } from "./date-words.ts";
import { CLOCK_RE, clockMinutes, dayOf, findDate, matchDateLine, MON_RE, type FoundDate, type PrintedDate, WD_RE } from "./text-dates.ts";
import { inCaptionBox, inWeatherBox, isCaption, isWeatherLine, PRINT_HEADER_RE } from "./text-furniture.ts";
import { bulletText, isChrome, isHeadlineLike, isProse, isQuestionTitle, nearestLine } from "./text-lines.ts";
import { agencyCredit, isOutletLike, isWireName, placeByline, staffCredit } from "./text-credits.ts";
import type { KeyBlock } from "./text-keyblock.ts";
import { bylineAuthor, deskLine, isRoleLine, nameLine, nameUnderLabel, personBeforeOutlet } from "./text-post.ts";
import { matchStamp } from "./text-stamps.ts";
import type { HeaderDay } from "./text-when.ts";
import { datelineLocalZone, localToNews, saysTimesLocal, statedZone } from "./zone-stated.ts";
import { isMenuRow } from "./text-site.ts";
import { cityZone, rezone, wallToIso, ZONE_RE, zoneOf } from "./text-zones.ts";

/** What a page's head says about time. */
export interface HeadTimes {
  newest: HeaderDay | null;
  oldest: HeaderDay | null;
  refresh: string | null;
  /** An update time printed without a date ("Updated at 21:40 GMT"): the refresh time on the page's own day. */
  refreshClock: { minutes: number; zone: string | null; date?: PrintedDate } | null;
  zone: string | null;
  year: number | null;
  /** True when the head's only dates carry no "Published"/"Updated" label. */
  unlabelled: boolean;
  /** True when the zone stated is its updates' only ("KYIV, Ukraine (AP) — … (all times local)"): the head's own
   * unzoned times are the paper's (`fallbackZone`), and `newest`/`oldest` are given as read in the stated zone. */
  postsOnly: boolean;
  /** True when the page says its times are local without naming a place: `newsZone`, when given, is the zone. */
  newsLocal: boolean;
}

const AGED_EDIT_RE = /^(?:last\s+)?updated:?\s+(?:\d{1,3}|an?)\s?(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago$/i;
const LABEL_RE = /\b(published|updated|posted)\b/i;
const NEWEST_RE = /\b(updated|update|refreshed|modified|last edited)\b/i;
const OLDEST_RE = /\b(published|posted|first|created|dateline|issued)\b/i;
const BARE_LABEL_RE = /^(?:last |first )?(?:published|updated|posted|issued|modified)(?: on| at)?:?$/i;
const SPLIT_RE = /(?=\b(?:published|updated|issued|modified|posted)\b)/i;
// A clock alone on its line ("2:35 PM"): in a weather box, when the page was drawn
const BARE_CLOCK_RE = new RegExp(`^${CLOCK_RE}(?:\\s?(${ZONE_RE}))?$`, "i");
// "Updated at 21:40 GMT", "Last updated: 9.15pm", a quote page's "As of 11:42 AM EST": a refresh time with no date of its own
const CLOCK_ONLY_RE = new RegExp(`^(?:(?:last\\s+)?(?:updated|refreshed)(?:\\s+at)?|as of):?\\s+${CLOCK_RE}(?:\\s?(${ZONE_RE}))?$`, "i");
// "As of 11:42 AM EST. Market Open.": a quote's time, and the market's state after it
const AS_OF_RE = new RegExp(`^as of\\s+${CLOCK_RE}(?:\\s?(${ZONE_RE}))?\\.(?:\\s[\\p{L} ]{2,30}\\.?)?$`, "iu");

/** The date a prose head line opens with as a sentence of its own ("Friday 7 March 2025. All times CET."), or null. */
const CLOCK_CLOSES_RE = /\d{1,2}[:.]\d{2}\s?[ap]\.\s?m\.$/i;

function leadingDate(line: string): string | null {
  for (const m of line.matchAll(/[.,](?=\s)/g)) {
    if (m.index > 40) break;
    const first = line.slice(0, m.index + 1);
    if (matchDateLine(first)?.year) return first;
  }
  return null;
}

/** Dates the head prints ("Published On 8 Aug 2024", "Updated 10:47 PM EDT, June 13, 2024", a byline date). */
export function headTimes(lines: string[], from: number, until: number, fallbackZone: string, newsZone?: string): HeadTimes {
  let zone: string | null = null;
  let postsOnly = false;
  let statedAt = -1;
  for (const [i, line] of lines.entries()) if ((zone = statedZone(line))) { postsOnly = datelineLocalZone(line) === zone; statedAt = i; break; }
  // (a zone stated under a head that prints its own time bare, "Updated March 13, 2023 6:52 PM" over "All times are
  // Kyiv local time": the paper's clock printed that time, the statement is for the updates)
  postsOnly ||= zone !== null && statedAt > from && lines.slice(from, Math.min(statedAt, until)).some(isBareTimedDate);
  // "All times are local:" (no place named): the updates keep the news's clock, which the reader finds from the places
  // they name (liveblog-text.ts); the head's own times keep the paper's
  // (a lede's "Times are local" is the news's clock only where the reader found the town it names: `newsZone`)
  const newsLocal = !zone && lines.some((l) => localToNews(l) || (newsZone !== undefined && saysTimesLocal(l)));
  postsOnly ||= newsLocal;
  if (newsLocal && newsZone) zone = newsZone;
  const found: { label: "newest" | "oldest" | null; day: HeaderDay; zone: string | null }[] = [];
  let drawn: string | null = null;
  let refreshClock: HeadTimes["refreshClock"] = null;
  let weatherDay: PrintedDate | null = null;
  for (let i = from; i < until; i++) {
    // "08:20, 2 MAR 2022Updated16:52, 2 MAR 2022": a label glued to the date before it
    // (a date in the site's own language reads as one: "Lundi 15 mai 2023")
    const line = englishDateWords(lines[i]!).replace(/(?<=\d)(Updated|Published|Posted|Modified)(?=\d|\b)/g, " $1 ");
    if (line.length > 120 || line === "" || isCaption(line)) continue;
    // (a weather box's "Updated: July 13, 2024 @ 7:40 pm" is when the page was drawn: what ages count back from, no
    // more; its date is the forecast's, not the page's)
    // (its clock alone, "2:35 PM" under "44°F Cloudy", is the time the page was drawn at: the refresh clock)
    if (isWeatherLine(line) || inWeatherBox(lines, i)) {
      if (findDate(line)?.minutes != null) drawn ??= line;
      // (or printed in a town's chip, "Vinnytsia · 22:45 · +21°C, clear")
      refreshClock ??= clockOf(BARE_CLOCK_RE, line) ?? clockOf(BARE_CLOCK_RE, / · (?:[^·]{3,20}\s)?(\d{1,2}:\d{2}) · /.exec(line)?.[1] ?? "");
      // (and the day beside it, "Saturday, January 31", is that clock's day)
      const day = line.length <= 40 ? findDate(line) : null;
      if (day && day.minutes === null) weatherDay ??= day.date;
      continue;
    }
    refreshClock ??= clockOf(CLOCK_ONLY_RE, line) ?? clockOf(AS_OF_RE, line) ?? worldClocks(line) ?? (i < 3 ? printHeader(line) : null);
    // "Last updated: Saturday 16 September, 15:40": a refresh time whose date names no year (its weekday may)
    // (or a masthead's weekday, date and clock alone, "Tuesday, June 16 | 5:20 PM": when the page was drawn)
    const yearless: FoundDate | null = refreshClock ? null : NEWEST_RE.test(line) ? findDate(line) : drawnAt(line);
    if (yearless && yearless.date.year === null && yearless.minutes !== null) {
      refreshClock = { minutes: yearless.minutes, zone: yearless.zone, date: yearless.date };
    }
    // (a line closed by "p.m." reads as a sentence and may be a date alone: "Monday, January 7, 2030 · 4:35 p.m.")
    const whole = isProse(line) && !LABEL_RE.test(line) && !CLOCK_CLOSES_RE.test(line) ? leadingDate(line) : line;
    if (!whole) continue;
    // A label alone on the line above ("Updated" / "Feb. 24, 2024, 9:58 p.m. ET") names the date below it.
    const above = i > 0 && BARE_LABEL_RE.test(lines[i - 1]!) ? lines[i - 1]! : "";
    // "Issued on: 10/05/2024 - 01:30 Modified: 10/05/2024 - 22:41": each label names the date after it.
    let lineDay: string | null = null;
    for (const part of whole.split(SPLIT_RE)) {
      const line = above + " " + part;
      const date = findDate(part);
      // "Sunday, 17 May 2026 · Last updated 20:40 CEST": the update's time on the date the line prints before it
      const edit = !date && lineDay ? clockOf(CLOCK_ONLY_RE, part) : null;
      if (edit) {
        const read = postsOnly && zone ? rezone(lineDay!, edit.minutes, edit.zone ?? fallbackZone, zone) : { day: lineDay!, minutes: edit.minutes };
        found.push({ label: "newest", day: read, zone: postsOnly && zone ? zone : edit.zone });
        continue;
      }
      if (!date || date.date.year === null) continue;
      const day = dayOf(date.date, null, []);
      if (!day) continue;
      lineDay = day;
      const label = NEWEST_RE.test(line) ? "newest" : OLDEST_RE.test(line) ? "oldest" : null;
      // (a head printed where the paper is, over updates stated in a dateline's time: read as that time)
      const read = postsOnly && zone && date.minutes !== null ? rezone(day, date.minutes, date.zone ?? fallbackZone, zone!) : { day, minutes: date.minutes };
      found.push({ label, day: read, zone: postsOnly && zone ? zone : date.zone });
    }
  }
  if (refreshClock && !refreshClock.date && weatherDay) refreshClock = { ...refreshClock, date: weatherDay };
  if (!postsOnly) zone ??= found.find((f) => f.zone)?.zone ?? null;
  const pick = (label: "newest" | "oldest") => found.find((f) => f.label === label) ?? null;
  const plain = found.find((f) => f.label === null) ?? null;
  // "Jun 3, 2025" over "Updated 2 hrs ago": the plain date is when the page went out; its last edit names no day
  const agedEdit = lines.slice(from, until).some((l) => AGED_EDIT_RE.test(l.trim()));
  const newest = pick("newest") ?? (agedEdit ? null : plain);
  const oldest = pick("oldest") ?? plain ?? null;
  const stamped = [newest, oldest].find((f) => f && f.day.minutes !== null) ?? null;
  const box = stamped || !drawn ? null : findDate(drawn);
  const boxDay = box?.date.year && box.minutes !== null ? dayOf(box.date, null, []) : null;
  const refresh = stamped ? wallToIso(stamped.day.day, stamped.day.minutes!, stamped.zone ?? zone ?? fallbackZone)
    : boxDay ? wallToIso(boxDay, box!.minutes!, box!.zone ?? fallbackZone) : null;
  const year = found[0] ? Number(found[0].day.day.slice(0, 4)) : null;
  const unlabelled = newest !== null && newest === oldest && newest.label === null;
  return { newest: newest?.day ?? null, oldest: oldest?.day ?? null, refresh, refreshClock, zone, year, unlabelled, postsOnly, newsLocal };
}

/**
 * "LONDON 16:20 | NEW YORK 11:20 | BERMUDA 12:20": a strip of world clocks, every city one the zone list knows; the
 * first is the paper's own, and its time is when the page was drawn (what ages count back from).
 */
function worldClocks(line: string): HeadTimes["refreshClock"] {
  const parts = line.split(/\s[|·•]\s/);
  if (parts.length < 2) return null;
  const clocks = parts.map((p) => WORLD_CLOCK_RE.exec(p.trim()));
  const zones = clocks.map((c) => (c ? cityZone(c[1]!) : null));
  if (zones.some((z) => z === null)) return null;
  const minutes = clockMinutes(clocks[0]!.slice(2, 7));
  return minutes === null ? null : { minutes, zone: zones[0]! };
}
const WORLD_CLOCK_RE = new RegExp(`^(\\p{Lu}[\\p{L} .'’-]{1,24}?)\\s${CLOCK_RE}$`, "u");

/**
 * "12/28/26, 3:40 PM    Latest News | Example": a browser's print header atop a page printed to PDF, the date and
 * time it was printed (month first beside a 12-hour clock, as US browsers print it; day first beside a 24-hour one),
 * then the page's title: when the page was drawn.
 */
function printHeader(line: string): HeadTimes["refreshClock"] {
  const m = PRINT_HEADER_RE.exec(line);
  if (!m) return null;
  const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3]!.length === 2 ? `20${m[3]}` : m[3])];
  const minutes = clockMinutes([m[4], m[5], m[6], undefined, undefined]);
  const [month, day] = m[6] ? [first, second] : [second, first];
  if (minutes === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { minutes, zone: null, date: { year, month, day, weekday: null } };
}

/** The clock a line holds in the form `re` reads (its time, then its zone), as a refresh clock; else null. */
function clockOf(re: RegExp, line: string): HeadTimes["refreshClock"] {
  const clock = re.exec(line.trim());
  const minutes = clock ? clockMinutes(clock.slice(1, 6)) : null;
  return clock && minutes !== null ? { minutes, zone: zoneOf(clock[6]) } : null;
}

/** A masthead's yearless weekday, date and clock alone on a line ("Tuesday, June 16 | 5:20 PM"), read; else null. */
function drawnAt(line: string): FoundDate | null {
  if (line.length > 40 || line.split(/\s+/).length > 7) return null;
  const found = findDate(line);
  return found?.date.weekday && found.minutes !== null ? found : null;
}

/** A date line with a time and no zone ("Updated March 13, 2023 6:52 PM"; not "09:10 KSA"). */
function isBareTimedDate(line: string): boolean {
  const found = line.length <= 120 ? findDate(line) : null;
  return found !== null && found.minutes !== null && found.zone === null && found.date.year !== null &&
    !/\d(?:\s?[AaPp]\.?[Mm]\.?)?\s?(?![AP]M\b)\p{Lu}{2,5}\b/u.test(line);
}

// (and a short credit of where the text comes from: "Source: Example Agency")
const META_RE = /^(by|posted by|written by|edited by|reporting by)\s|^(published|updated|first published|last update|posted\b)|^(?:from )?(?:staff|wire|news services?)(?: and (?:staff|wire))? reports$|^source\s?:\s?[A-Z][^.!?:]{0,40}$/i;

/** True for a byline, a date line or a stamp in a page head. */
export function isMetaLine(line: string, index: number): boolean {
  // ("By late evening the toll had reached five, …": a sentence that opens with "By" is text, not a byline)
  const meta = META_RE.exec(line);
  if ((meta && !(meta[1] && line.length > 100 && isProse(line))) || (line.length <= 60 && matchStamp(line, index) !== null)) return true;
  // (a headline that names the day of its event, "Incident: A320 near Tartu on Nov 28th 2026, go around", is no meta line:
  // a meta line's date leaves a few words at most beside it)
  return line.length <= 80 && findDate(line) !== null && !isProse(line) && line.replace(DATE_WORDS_RE, "").split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length < 8;
}

// The words of a date ("Monday, Nov 30th 2026", "30 November"), left out when a meta line's other words are counted
const DATE_WORDS_RE = new RegExp(`\\b(?:${WD_RE}|${MON_RE})(?![\\p{L}])`, "gu");

/** The page title: the headline-like line nearest above the head's first prose line, else the first long one. */
export function pageTitle(lines: string[], from: number, until: number): string | null {
  const firstProse = lines.findIndex((l, i) => i >= from && i < until && isProse(l) && !isChrome(l) && !isMetaLine(l, i) &&
    !isQuestionTitle(lines, i));
  const end = firstProse >= 0 ? firstProse : until;
  let first: string | null = null;
  let longest: string | null = null;
  let kicker: string | null = null;
  for (let i = end - 1; i >= from; i--) {
    const line = lines[i]!;
    if (isChrome(line) || (isMetaLine(line, i) && !isDatedHeadline(line)) || !(isHeadlineLike(line) || isQuestionTitle(lines, i)) || bulletText(line) !== null) continue;
    if (inNumberedList(lines, i)) continue;
    const words = line.split(" ").length;
    // A kicker over the title ("UKRAINE WAR LIVE UPDATES", "War in Ukraine: live") is the title only when nothing else is.
    if (isKickerLine(line)) {
      if (words >= 3) kicker = line;
      continue;
    }
    if (firstProse >= 0 && words >= 4) return titleAboveByline(lines, i, from) ?? titleOverSummary(lines, i, from) ?? stackTop(lines, i, from);
    // (a short title right over the page's byline and dated line: "World briefs" / "From wire reports" / "Feb 25, 2025 5:41 pm")
    if (firstProse >= 0 && words >= 2 && overDatedByline(lines, i, end)) return line;
    if (words >= 6) first = line;
    if (words >= 3 && line.length > (longest?.length ?? 0)) longest = line;
  }
  return firstProse >= 0 ? kicker : first ?? longest ?? kicker;
}

/** An item of a numbered list ("6. Baltic border shut" / "7. Lagos fuel queues"): the item above or below counts next. */
function inNumberedList(lines: string[], i: number): boolean {
  const number = (line: string | undefined) => Number(/^(\d{1,2})[.)]\s+\S/.exec(line ?? "")?.[1] ?? NaN);
  const n = number(lines[i]);
  return number(lines[i - 1]) === n - 1 || number(lines[i + 1]) === n + 1;
}

const DATE_WORD_RE = new RegExp(`^(?:${MON_RE}|${WD_RE}),?$`);

/** A headline that names a day ("Russia-Ukraine war: key events on Tuesday, July 25"): four words or more besides it. */
function isDatedHeadline(line: string): boolean {
  // (a date line's notes set off by bars or dots, "Sunday, April 2 · Oldest first · Local time", are no headline)
  if (META_RE.test(line) || line.length > 120 || /\s[|·•]\s/.test(line)) return false;
  return line.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/\d/.test(w) && !DATE_WORD_RE.test(w)).length >= 4;
}

/** A section label over a page title: a line in capitals, or a topic that ends in "live"/"latest" and says no more. */
export function isKickerLine(line: string): boolean {
  if (line.length > 80) return false;
  if (/\p{Lu}{2}/u.test(line) && line === line.toUpperCase()) return true;
  return line.split(" ").length <= 5 && /^[\p{L}' -]+?:?\s(?:live|live updates|live blog|latest|latest news|latest updates)$/iu.test(line);
}

/** True when the lines under line `i` (before `end`) open with a byline and a date line, nothing else between. */
function overDatedByline(lines: string[], i: number, end: number): boolean {
  const next: number[] = [];
  for (let k = i + 1; k < end && next.length < 2; k++) if (lines[k] !== "") next.push(k);
  if (next.length < 2) return false;
  const [by, date] = next as [number, number];
  return (bylineAuthor(lines[by]!) !== null || staffCredit(lines[by]!) !== null || isMetaLine(lines[by]!, by)) && findDate(lines[date]!) !== null && lines[date]!.length <= 60;
}

/**
 * The title over the byline and date when line `i` is the first section's heading under a summary list ("Title" /
 * "by Jane Doe" / date / "Key developments:" / bullets / "Heading" / text): the list parts the head from the body, so
 * the heading is the first section's, not the page's. Null when no bulleted list and dated byline stand above `i`.
 */
function titleOverSummary(lines: string[], i: number, from: number): string | null {
  let k = i - 1;
  let bullets = 0;
  for (; k >= from && !isBylineOrDate(lines[k]!, k); k--) if (bulletText(lines[k]!) !== null) bullets++;
  return k >= from && bullets >= 2 && findDate(lines[k]!) !== null ? titleAboveByline(lines, k + 1, from) : null;
}

/** True for a byline or date line of a page head. */
function isBylineOrDate(line: string, i: number): boolean {
  return isMetaLine(line, i) || nameLine(line) !== null || placeByline(line) !== null;
}

/**
 * The title when line `i` sits between the head's byline/date lines and the body (a photo caption there): the
 * topmost of the headline lines stacked above those lines (title, then standfirst). Null when `i` is no such line.
 */
function titleAboveByline(lines: string[], i: number, from: number): string | null {
  let k = i - 1;
  while (k >= from && isChrome(lines[k]!)) k--;
  let dated = false;
  const top = k;
  for (; k >= from && (isChrome(lines[k]!) || isBylineOrDate(lines[k]!, k)); k--) dated ||= findDate(lines[k]!) !== null;
  if (!dated || k === top) return null;
  while (k >= from && isChrome(lines[k]!)) k--;
  return k >= from && isTitleLike(lines[k]!, k) ? stackTop(lines, k, from) : null;
}

function isTitleLike(line: string, i: number): boolean {
  return !isMenuRow(line) && isHeadlineLike(line) && !isKickerLine(line) && bulletText(line) === null && !isMetaLine(line, i) && line.split(" ").length >= 4;
}

/** The title of a title + standfirst pair stacked at line `i` (the standfirst): the line above it, if it is one. */
function stackTop(lines: string[], i: number, from: number): string {
  let k = i - 1;
  while (k >= from && isChrome(lines[k]!)) k--;
  return k >= from && isTitleLike(lines[k]!, k) ? lines[k]! : lines[i]!;
}

/** The head's prose: standfirst, lede and summary sentences, bullet marks removed. */
export function introLines(lines: string[], from: number, until: number, skip: KeyBlock | null): string[] {
  const intro: string[] = [];
  for (let i = from; i < until; i++) {
    if (skip && i >= skip.start && i < skip.end) continue;
    const line = bulletText(lines[i]!) ?? lines[i]!;
    if (isProse(line) && !isChrome(line) && !isMetaLine(line, i)) intro.push(line);
  }
  return intro;
}

/**
 * The page's own byline in its head [from, until): "By Jane Doe" (an editor named after it left out), an outlet's
 * staff ("Example reporters and wire services"), or a bare name line ("Jane Doe", "Jane Doe, Berlin") next to a date
 * line, over a role, or over a line that names them again; null when the head has none.
 */
export function pageByline(lines: string[], from: number, until: number): string | null {
  for (let i = from; i < until; i++) {
    // (a photo's credit under its caption buttons, "Jane Doe, AP", is the picture's)
    if (inCaptionBox(lines, i)) continue;
    // ("By Example News wire reports": the outlet's own credit after "By")
    const by = bylineAuthor(lines[i]!) ?? nameUnderLabel(lines, i) ?? staffCredit(lines[i]!.replace(/^By\s+(?=\p{Lu})/u, ""));
    if (by) return by;
  }
  for (let i = from; i < until; i++) {
    // ("The Ledger" over a dated title is the masthead, not a person)
    // ("The Canadian Press" over the date is the wire's credit)
    const the = /^the\s/i.test(lines[i]!);
    // (a button's label, "Social Sharing", reads like a name and is none)
    const name = the ? (agencyCredit(lines[i]!) !== null ? lines[i]! : null) : isChrome(lines[i]!) ? null : nameLine(lines[i]!) ?? placeByline(lines[i]!) ?? deskLine(lines[i]!);
    // (or the host introducing themselves in the lines under it: "… I'm Jane Doe, bringing you …")
    if (name && (nextToDate(lines, i) || isRoleLine(nearestLine(lines, i, 1)) || nearestLine(lines, i, 1).includes(name))) {
      // (a provider's label over the wire's own byline, "Associated Press" / "The Associated Press": the byline)
      const next = nearestLine(lines, i, 1);
      return next !== name && next.includes(name) && agencyCredit(next) === next ? next : name;
    }
    // (a person, then the outlet they write for, over the date: "Jane Doe | Example Times English" / "30/09/2026 | 17:52")
    const writer = the ? null : personBeforeOutlet(lines[i]!);
    if (writer && nextToDate(lines, i)) return writer;
    // (or over their account's handle: "Jane Doe" / "@jdoe_ua", a social post's or thread's author)
    if (name && !the && PERSON_RE.test(name) && /^@[\w.]{2,30}$/.test(nearestLine(lines, i, 1).trim())) return name;
    // (a desk's credit right under the title, dated or not: "Russia-Ukraine war live updates, June 25: …" / "FPJ Web Desk")
    if (deskLine(lines[i]!) && nearestLine(lines, i, -1).length > 30 && !isChrome(nearestLine(lines, i, -1))) return lines[i]!;
    // (or a person over their outlet, "Jane Doe" / "Example News Network", or an outlet over the reading time,
    // "Example News" / "7–9 minutes": the head's byline block)
    let outlet = i + 1;
    while (outlet < until && lines[outlet]!.trim() === "") outlet++;
    if (name && !the && PERSON_RE.test(name) && isOutletLike(lines[outlet] ?? "") &&
      READING_TIME_RE.test(nearestLine(lines, outlet, 1))) return name;
    if (isOutletLike(lines[i]!) && READING_TIME_RE.test(nearestLine(lines, i, 1))) return lines[i]!;
    // (or a person's name alone between the page's standfirst and its first text: "… attacks widen" / "Jane Doe" / "Pinned post: …")
    if (name && !the && PERSON_RE.test(name) && /\s\p{Ll}+\s\S+\s\p{Ll}/u.test(nearestLine(lines, i, -1)) && nearestLine(lines, i, -1).length > 60 &&
      isProse(nearestLine(lines, i, 1)) && nearestLine(lines, i, 1).length > 40) return name;
    // (or under the lead photo's credit and caption: "Foto: PAP/EPA" / "Firefighters at the block" / "Jane Doe" / text)
    // (or over the first section's heading and its text: "Foto: AFP" / "Jane Doe" / "Attack on the port" / text)
    if (name && !the && PERSON_RE.test(name) && underPhoto(lines, i) && (opensText(lines, i) || (isHeadlineLike(nearestLine(lines, i, 1)) && opensText(lines, nextContentIndex(lines, i))))) return name;
  }
  return null;
}

/** True when the next line after line `i` is running text of some length. */
function opensText(lines: string[], i: number): boolean {
  const next = nearestLine(lines, i, 1);
  return isProse(next) && next.length > 40;
}

/** The index of the first non-blank line after line `i` (lines.length when none). */
function nextContentIndex(lines: string[], i: number): number {
  let k = i + 1;
  while (k < lines.length && lines[k]!.trim() === "") k++;
  return k;
}

/** True when the line right above line `i`, or the one over it, is a photo's credit ("Foto: PAP/EPA", "Photo: Jane Doe/AP"). */
function underPhoto(lines: string[], i: number): boolean {
  let seen = 0;
  for (let j = i - 1; j >= 0 && seen < 2; j--) {
    if (lines[j]!.trim() === "") continue;
    if (PHOTO_CREDIT_RE.test(lines[j]!.trim())) return true;
    seen++;
  }
  return false;
}
const PHOTO_CREDIT_RE = /^(?:photo|foto|fot\.|bild|kuva|fotó|image|picture)\s?:\s?\S.{0,60}$/iu;

// A person's name of two or three words, as a head prints it alone ("Jane Doe", "Mary-Jo O'Neil").
const PERSON_RE = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

// A reading-time chip in a byline block: "3 min read", "7–9 minutes".
const READING_TIME_RE = /^\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s?(?:min|mins|minutes?)(?: read)?$/i;

/**
 * True when the nearest line above or below (blanks skipped) prints a date, or the line below names an outlet or
 * wire over a date ("Jane Doe" / "Example NewsWire" / "September 12, 2022 - 7:05PM").
 */
function nextToDate(lines: string[], i: number): boolean {
  const dated = (l: string) => l.length <= 80 && findDate(l) !== null;
  if ([nearestLine(lines, i, -1), nearestLine(lines, i, 1)].some(dated)) return true;
  let below = i + 1;
  while (below < lines.length && lines[below] === "") below++;
  // (a wire's name is capitalised throughout: "Ukraine war live" under a masthead is the page's title)
  return below < lines.length && isWireName(lines[below]!) && dated(nearestLine(lines, below, 1));
}

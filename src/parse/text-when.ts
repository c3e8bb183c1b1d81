// When each stamped update was published: its date, date lines, header dates, midnight crossings, its zone.
import { dayOf, type PrintedDate, yearByWeekday } from "./text-dates.ts";
import type { Stamp } from "./text-stamps.ts";
import { fetchDay, makeDay, shiftDay, stepDown, stepUp, toIsoZ, weekdayOf } from "./timestamp.ts";
import { wallToIso } from "./text-zones.ts";
import { noDateWarning } from "./draft.ts";
import { type HeadTimes, headTimes } from "./text-head.ts";

/** A stamp with the date line it sits under and whether it is a pinned lead (dated, but no anchor). */
export interface PlacedStamp {
  stamp: Stamp;
  /** The date line above this stamp, when it is the first non-pinned stamp under it. */
  section: PrintedDate | null;
  pinned: boolean;
}

/** A day the page's header names, and the clock time printed with it. */
export interface HeaderDay {
  day: string;
  minutes: number | null;
}

/** What the page says about time as a whole. */
export interface PageTime {
  zone: string;
  /** The header's last-updated (or refreshed) day: the newest update's day. */
  newest: HeaderDay | null;
  /** The header's published day: the oldest update's day. */
  oldest: HeaderDay | null;
  /** True when newest and oldest are one header date that no label names. */
  unlabelled?: boolean;
  /** The instant relative stamps ("3h ago") count back from. */
  refresh: string | null;
  /** A refresh time printed without a date: read on the page's own day (--date or the fetch day) when `refresh` is null. */
  refreshClock?: { minutes: number; zone: string | null; date?: PrintedDate } | null;
  year: number | null;
  fallbackDay: string | null;
  dateGiven: boolean;
}

/** The ISO instant of every stamp (null when no day or time can be known), warnings added for guesses. */
export function resolveTimes(placed: PlacedStamp[], time: PageTime, warnings: string[]): (string | null)[] {
  const page = withRefreshDay(time, placed, warnings);
  const days = fixedDays(placed, page, warnings);
  const newestFirst = isNewestFirst(placed);
  const anchored = days.some((d) => d !== null);
  if (!anchored && placed.some((p) => p.stamp.minutes !== null)) anchorFromPage(placed, days, page, newestFirst, warnings);
  chain(placed, days, newestFirst);
  if (placed.some((p) => p.stamp.ago !== null) && !page.refresh) {
    warnings.push('relative stamps ("3h ago") but the page prints no refresh or update time: left undated');
  }
  return placed.map(({ stamp }, i) => {
    if (stamp.ago !== null) return page.refresh ? toIsoZ(new Date(Date.parse(page.refresh) - stamp.ago * 60_000)) : null;
    const day = days[i];
    if (!day || stamp.minutes === null) return null;
    return wallToIso(day, stamp.minutes, stamp.zone ?? page.zone);
  });
}

/** The page with its dateless refresh time ("Updated at 21:40 GMT") placed on its day, when ages need it. */
function withRefreshDay(page: PageTime, placed: PlacedStamp[], warnings: string[]): PageTime {
  const clock = page.refreshClock;
  // (its own yearless date, in the year its weekday names or else --date's or the fetch day's)
  const fallbackYear = yearOf(page.fallbackDay);
  const dated = clock?.date ? dayOf(clock.date, yearByWeekday(clock.date, fallbackYear) ?? fallbackYear, []) : null;
  const day = dated ?? page.newest?.day ?? page.fallbackDay;
  if (page.refresh || !clock || !day || !placed.some((p) => p.stamp.ago !== null)) return page;
  if (dated) warnings.push(`the page's update time names no year: read in ${dated.slice(0, 4)}`);
  else if (!page.newest) warnings.push(`the page's update time names no day: read on ${day}, from ${page.dateGiven ? "--date" : "the fetch day"}`);
  return { ...page, refresh: wallToIso(day, clock.minutes, clock.zone ?? page.zone) };
}

/** Days the page prints for a stamp: its own date, or the date line it opens. */
function fixedDays(placed: PlacedStamp[], page: PageTime, warnings: string[]): (string | null)[] {
  let year = page.year;
  let guessed = false;
  let previous: PrintedDate | null = null;
  // "Yesterday 21:40" counts back from the page's own day: its refresh time, its newest date, else --date or the fetch day.
  const today = (page.refresh && fetchDay(page.refresh, page.zone)) || page.newest?.day || page.fallbackDay;
  // (a weekday after the time: the day of that name nearest the page's own, before or after it)
  const near = page.newest?.day ?? page.oldest?.day ?? today;
  const days = placed.map(({ stamp, section }) => {
    if (stamp.back !== undefined) return today ? shiftDay(today, -stamp.back) : null;
    if (stamp.weekday !== undefined) return near ? nearestWeekday(near, stamp.weekday) : null;
    const printed = stamp.date ?? section;
    if (!printed) return null;
    if (printed.year !== null) year = printed.year;
    else if (year !== null) year = turnOfYear(printed, year, previous);
    previous = printed;
    // "Saturday 30 December": the weekday names the year.
    const byWeekday = year === null ? yearByWeekday(printed, yearOf(page.fallbackDay)) : null;
    if (byWeekday !== null) {
      year = byWeekday;
      warnings.push(`the page's dates name no year: read in ${year}, the latest year in which ${printed.day}/${printed.month} is a ${printed.weekday}`);
    }
    guessed ||= year === null;
    return dayOf(printed, year ?? yearOf(page.fallbackDay), warnings);
  });
  if (guessed && page.fallbackDay) {
    warnings.push(`the page's dates name no year: read in ${yearOf(page.fallbackDay)} from ${page.dateGiven ? "--date" : "the fetch day"}`);
  }
  return days;
}

/**
 * The year of a yearless date on a page of `year` whose dates may cross the new year ("Tuesday, Dec. 31" then
 * "Wednesday, Jan. 1" under "Published … Dec. 31, 2024"): the year next to it its weekday names, else the next (or
 * the previous) one when the months turn over between it and the date printed before it.
 */
function turnOfYear(printed: PrintedDate, year: number, previous: PrintedDate | null): number {
  if (printed.weekday) {
    const named = [year, year + 1, year - 1].find((y) => {
      const day = makeDay(y, printed.month, printed.day);
      return day !== null && weekdayOf(day) === printed.weekday!.toLowerCase();
    });
    return named ?? year;
  }
  if (previous?.month === 12 && printed.month === 1) return year + 1;
  if (previous?.month === 1 && printed.month === 12) return year - 1;
  return year;
}

function yearOf(day: string | null): number | null {
  return day ? Number(day.slice(0, 4)) : null;
}

/** True when most neighbouring stamps go back in time down the page (the shorter way round the clock). */
function isNewestFirst(placed: PlacedStamp[]): boolean {
  let down = 0;
  let up = 0;
  for (let i = 1; i < placed.length; i++) {
    const [a, b] = [placed[i - 1]!.stamp.minutes, placed[i]!.stamp.minutes];
    if (a === null || b === null || a === b || placed[i]!.section || placed[i - 1]!.pinned) continue;
    if ((a - b + 1440) % 1440 <= (b - a + 1440) % 1440) down++;
    else up++;
  }
  return down >= up;
}

/** With no printed day at all: the header's updated/published day, else --date or the fetch day (warned). */
function anchorFromPage(
  placed: PlacedStamp[], days: (string | null)[], page: PageTime, newestFirst: boolean, warnings: string[],
): void {
  const timed = placed.map((p, i) => (p.stamp.minutes !== null && !p.pinned ? i : -1)).filter((i) => i >= 0);
  const [first, last] = [timed[0], timed.at(-1)];
  if (first === undefined || last === undefined) return;
  let { newest, oldest } = page;
  // One unlabelled header date with a time: the page's newest time or its first; the reading that puts it next to
  // the nearer update wins (a page started at 06:20 whose updates run 06:35–20:55 is that day's).
  // A lone "Published 6:10 p.m." over updates of 2:20 a.m.–3:30 p.m. is likewise read the nearer way: a page published
  // after the day it tells, not a blog opened eight hours before its first update.
  const lone = page.unlabelled && newest && newest === oldest ? newest : !newest && oldest ? oldest : null;
  if (lone && lone.minutes !== null) {
    const h = lone.minutes;
    const [top, bottom] = [placed[first]!.stamp.minutes!, placed[last]!.stamp.minutes!];
    const [newer, older] = newestFirst ? [top, bottom] : [bottom, top];
    if ((older - h + 1440) % 1440 < (h - newer + 1440) % 1440) [newest, oldest] = [null, lone];
    else [newest, oldest] = [lone, null];
  }
  // A page published after the hours it tells ("Published: 20:55" / "Updated: 21:30" over a timeline of 09:15–20:10):
  // its oldest update hours before the page began, its newest before its last edit, none across midnight: all are of
  // that day, read from the edit.
  const [newer, older] = newestFirst ? [first, last] : [last, first];
  const [newItem, oldItem] = [placed[newer]!.stamp.minutes!, placed[older]!.stamp.minutes!];
  if (newest && oldest && newest.minutes !== null && oldest.minutes !== null && newest.day === oldest.day &&
    oldItem + 60 < oldest.minutes && oldItem <= newItem && newItem <= newest.minutes + 60) {
    days[newer] = newest.day;
    return;
  }
  const top = newestFirst ? newest : oldest;
  const bottom = newestFirst ? oldest : newest;
  // One unlabelled header date with no time ("Thursday 16 April 2026") names the day the page tells, not its newest
  // update's: where the updates cross midnight, the day most of them fall on is the printed one (a newest-first blog
  // of 05:10–22:50 whose top post is 00:35 carries that post into the next day).
  if (page.unlabelled && lone && lone.minutes === null && first !== last) {
    const atTop = [...days];
    atTop[first] = lone.day;
    chain(placed, atTop, newestFirst);
    const atBottom = [...days];
    atBottom[last] = lone.day;
    chain(placed, atBottom, newestFirst);
    const onDay = (list: (string | null)[]) => timed.filter((i) => list[i] === lone.day).length;
    if (onDay(atBottom) > onDay(atTop)) days[last] = lone.day;
    else days[first] = lone.day;
    return;
  }
  if (top) {
    days[first] = dayNear(top, placed[first]!.stamp.minutes!, newestFirst);
  } else if (bottom) {
    days[last] = dayNear(bottom, placed[last]!.stamp.minutes!, !newestFirst);
  } else if (page.fallbackDay) {
    days[first] = page.fallbackDay;
    warnings.push(noDateWarning("its times are", page));
  }
}

/** The day of a stamp next to a header date: the day before when its time is later than the header's. */
function dayNear(header: HeaderDay, minutes: number, headerIsNewer: boolean): string {
  if (header.minutes === null) return header.day;
  if (headerIsNewer) return minutes > header.minutes + 60 ? shiftDay(header.day, -1) : header.day;
  return minutes + 60 < header.minutes ? shiftDay(header.day, 1) : header.day;
}

/** Fills undated stamps from their dated neighbours, across midnight where the times say so. */
function chain(placed: PlacedStamp[], days: (string | null)[], newestFirst: boolean): void {
  let first = days.findIndex((d, i) => d !== null && !placed[i]!.pinned && placed[i]!.stamp.minutes !== null);
  if (first < 0) {
    // a date line over posts that print their ages first ("Saturday 15 May" / "25 minutes ago" / … / "14:10 BST"): the
    // first clock under it is on its day
    const dated = days.findIndex((d) => d !== null);
    const timed = dated < 0 ? -1 : placed.findIndex((p, i) => i > dated && days[i] === null && !p.pinned && p.stamp.minutes !== null);
    if (timed < 0) return;
    days[timed] = days[dated]!;
    first = timed;
  }
  // Downwards from the first anchored stamp; a pinned lead takes the day but does not move the chain.
  let day = days[first]!;
  let minutes = placed[first]!.stamp.minutes!;
  for (let i = first + 1; i < placed.length; i++) {
    const here = placed[i]!;
    if (days[i] !== null) {
      if (!here.pinned && here.stamp.minutes !== null) [day, minutes] = [days[i]!, here.stamp.minutes];
      continue;
    }
    if (here.stamp.minutes === null) continue;
    const next = newestFirst ? stepDown(day, minutes, here.stamp.minutes) : stepUp(day, minutes, here.stamp.minutes);
    days[i] = next;
    if (!here.pinned) [day, minutes] = [next, here.stamp.minutes];
  }
  // Upwards from it, mirrored.
  [day, minutes] = [days[first]!, placed[first]!.stamp.minutes!];
  for (let i = first - 1; i >= 0; i--) {
    const here = placed[i]!;
    if (here.stamp.minutes === null) continue;
    const prev = newestFirst ? stepUp(day, minutes, here.stamp.minutes) : stepDown(day, minutes, here.stamp.minutes);
    days[i] ??= prev;
    if (!here.pinned) [day, minutes] = [days[i]!, here.stamp.minutes];
  }
}

/**
 * A head that prints no date takes the labelled one the page prints at its end ("This article was first published
 * on Mon 4 Mar 2024", "Last updated: 04/03/2024 14:40"): its updates are of that day, not the fetch day.
 */
export function withTailDates(head: HeadTimes, lines: string[], from: number, zone: string): HeadTimes {
  if (head.newest || head.oldest) return head;
  const tail = headTimes(lines, from, lines.length, zone);
  return (tail.newest || tail.oldest) && !tail.unlabelled ? tail : head;
}

/** The day named `weekday` ("sun") nearest `day`, up to three days either side. */
function nearestWeekday(day: string, weekday: string): string {
  for (const n of [0, -1, 1, -2, 2, -3, 3]) if (weekdayOf(shiftDay(day, n)).startsWith(weekday)) return shiftDay(day, n);
  return day;
}

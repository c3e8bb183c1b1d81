// Key-event lists: bullets under small sub-headings (or most of the page's text), one entry per bullet, dated by the
// page's own date and time and signed by its byline.
import { type DraftDocument, type DraftEntry, NO_ZONE, noDateWarning, type ParseContext } from "./draft.ts";
import { isEndMarker } from "./text-furniture.ts";
import { headTimes, introLines, isMetaLine, pageByline, pageTitle } from "./text-head.ts";
import { textPageHome } from "./text-home-zone.ts";
import { bulletText, isChrome, isProse, isSentence } from "./text-lines.ts";
import { stripDateline } from "./text-post.ts";
import { siteName } from "./text-site.ts";
import { clockMinutes, CLOCK_RE, dayOf, matchDateLine, type PrintedDate } from "./text-dates.ts";
import { wallToIso, ZONE_RE, zoneOf } from "./text-zones.ts";

// "… were shot down.[1][2]": a wiki's citation markers closing a paragraph
const CITATIONS_RE = /(?<=[.!?"”’)])(?:\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,2})\])+$/u;
// "1 September[edit]": a wiki's section heading, its edit link run into it (or on the line under it, in HTML)
const EDIT_LINK_RE = /\s?\[\s?edit\s?\]$/;

/**
 * The wiki section each line sits in: the day its heading names ("1 September[edit]"), null under any other wiki
 * heading ("See also[edit]"), undefined before the first (or on a page that is no wiki).
 */
function wikiSections(lines: string[]): (PrintedDate | null | undefined)[] {
  const sections: (PrintedDate | null | undefined)[] = [];
  let current: PrintedDate | null | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines.slice(i + 1, i + 3).find((l) => l !== "") ?? "";
    const heading = EDIT_LINK_RE.test(line) && line.replace(EDIT_LINK_RE, "") !== "" ? line.replace(EDIT_LINK_RE, "") :
      line.trim() !== "" && !EDIT_LINK_RE.test(line) && /^\[\s?edit\s?\]$/.test(next) ? line : null;
    if (heading !== null) current = heading.length <= 30 ? matchDateLine(heading) : null;
    sections.push(current);
  }
  return sections;
}

/**
 * An item's text: a bullet's ("- text"), or under a wiki's day heading a paragraph its citation markers close (a
 * timeline's list scraped without its markers); its citation markers left out; else null.
 */
function itemText(line: string, underDay: boolean): string | null {
  const bullet = bulletText(line);
  if (bullet === null && (!underDay || !CITATIONS_RE.test(line))) return null;
  return (bullet ?? line).replace(CITATIONS_RE, "");
}

// "1/ Text", "2/7 Text": a numbered post of a thread
const THREAD_POST_RE = /^(\d{1,2})\/(?:\d{1,2})?\s+\S/;

/**
 * The lines of a thread's numbered posts ("1/ …", "2/ …", "3/ …": three or more, numbered on from one), each an item
 * of its own with its number kept; empty when the page is no thread.
 */
function threadPosts(lines: string[]): Set<number> {
  const posts = new Set<number>();
  let next = 1;
  lines.forEach((line, i) => {
    const n = Number(THREAD_POST_RE.exec(line)?.[1] ?? NaN);
    if (n === next) {
      posts.add(i);
      next++;
    }
  });
  return posts.size >= 3 ? posts : new Set();
}

/** Lines holding the list's bullets, or null when the page is no list of events under sub-headings. */
export function findBulletList(lines: string[]): number[] | null {
  const items: number[] = [];
  let headed = 0;
  let lastHeading = -1;
  // (a wiki timeline's items are those under its day headings: its other sections, "See also", "References", are not)
  const sections = wikiSections(lines);
  const timeline = sections.some((s) => s);
  const thread = threadPosts(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (items.length > 0 && isEndMarker(line)) break;
    const underDay = Boolean(sections[i]);
    const text = thread.has(i) ? line : timeline && !underDay ? null : itemText(line, underDay);
    if (text !== null && isProse(text)) {
      if (lastHeading >= 0 || underDay) headed++;
      lastHeading = -1;
      items.push(i);
    } else if (!isChrome(line)) {
      lastHeading = isSubHeading(line, i) ? i : -1;
    }
  }
  // A factbox ("* CIVILIANS: …") is one article's paragraphs, not a list of separate events.
  const labelled = items.filter((i) => /^\p{Lu}[\p{Lu}\d ,&'’-]{2,40}:\s/u.test(bulletText(lines[i]!)!)).length;
  return items.length >= 3 && (headed >= 1 || mostOfProse(lines, items)) && labelled * 2 < items.length ? items : null;
}

/** True when the bullets hold most of the page's running text ("Here are the main developments:" and the list). */
function mostOfProse(lines: string[], items: number[]): boolean {
  const listed = new Set(items);
  let inList = 0;
  let outside = 0;
  lines.forEach((line, i) => {
    if (listed.has(i)) inList += line.length;
    else if (isProse(line) && line.length >= 40 && !isChrome(line)) outside += line.length;
  });
  return inList > 2 * outside;
}

function isSubHeading(line: string, i: number): boolean {
  const words = line.split(" ").length;
  return line.length >= 3 && line.length <= 60 && words <= 8 && !isSentence(line) && /\p{L}{2}/u.test(line) &&
    !isMetaLine(line, i);
}

/** The page's machine date (an HTML page's JSON-LD or meta): the instant, and the day and zone it was written in. */
export interface MachineDate {
  published: string;
  day: string | null;
  zone: string | null;
}

/**
 * Reads a key-events list: one headline-less entry per bullet, dated by the page (its machine date, when it has one)
 * or by the time each bullet opens with.
 */
export function parseBulletList(lines: string[], ctx: ParseContext, machine: MachineDate | null = null): DraftDocument | null {
  const items = findBulletList(lines);
  if (!items) return null;
  const first = items[0]!;
  const warnings: string[] = [];
  const title = pageTitle(lines, 0, first);
  const site = siteName(lines, title);
  let head = headTimes(lines, 0, first, ctx.timezone);
  // A page that states no zone prints its time in its home's (the place its name or menu carries).
  const home = head.zone || ctx.zoneGiven ? null : textPageHome(lines, site);
  if (home) head = headTimes(lines, 0, first, home.zone);
  // (a page that prints only the day it was published and the time it was last updated that day is read at that time)
  const updatedSameDay = head.newest?.minutes != null && head.newest.day === head.oldest?.day ? head.newest : null;
  const dated = (head.oldest?.minutes == null ? updatedSameDay : null) ?? head.oldest ?? head.newest;
  // a wiki timeline's items take the day their section heading names, in the year its head names (else the page's)
  const sections = wikiSections(lines);
  const days = items.map((i) => sections[i] ?? null);
  let day = dated?.day ?? null;
  const headYear = lines.slice(0, first).map((l) => /\b((?:19|20)\d{2})\b/.exec(l)?.[1]).find((y) => y !== undefined);
  if (!day && ctx.fallbackDay && days.some((d) => d === null || (d.year === null && !headYear))) {
    day = ctx.fallbackDay;
    warnings.push(noDateWarning("its entries are", ctx));
  }
  // the list's time is the page's, when its head prints one
  const zone = head.zone ?? home?.zone ?? ctx.timezone;
  const published = dated && dated.minutes !== null ? wallToIso(dated.day, dated.minutes, zone) : day;
  if (published !== day && home && !head.zone) {
    warnings.push(`${NO_ZONE} its time is read in ${home.zone}, from ${home.from}`);
  }
  const byline = pageByline(lines, 0, first);
  const year = Number(headYear ?? day?.slice(0, 4) ?? ctx.fallbackDay?.slice(0, 4) ?? NaN);
  const dayOfItem = days.map((d) => (d ? dayOf(d, Number.isNaN(year) ? null : year, warnings) : null));
  // bullets that each open with their time ("8.05am: Russia said …", "14:20 — …"): each its own, on the page's day, in
  // the zone the head gives (a time printed with a zone, in that one)
  const clocks = items.map((i) => leadingClock(bulletText(lines[i]!) ?? lines[i]!));
  const [clockDay, clockZone] = machine?.day ? [machine.day, machine.zone ?? zone] : [day, zone];
  const timed = clockDay !== null && clocks.length >= 2 && clocks.every((c) => c !== null);
  const entries: DraftEntry[] = items.map((i, k) => {
    const clock = timed ? clocks[k]! : null;
    const text = itemText(lines[i]!, days[k] !== null) ?? lines[i]!;
    return {
      headline: null,
      published: clock ? wallToIso(clockDay!, clock.minutes, clock.zone ?? clockZone) : dayOfItem[k] ?? machine?.published ?? published,
      author: byline,
      body: [stripDateline(clock ? text.slice(clock.length) : text), ...continuation(lines, i + 1, items[k + 1] ?? i + 1)],
      keyPoint: false,
      url: ctx.url,
    };
  });
  return { sourceName: site, title, intro: introLines(lines, 0, first, null), entries, warnings };
}

const LEADING_CLOCK_RE = new RegExp(`^${CLOCK_RE}(?:\\s(${ZONE_RE}))?\\s?[:—–-]\\s+(?=\\S)`);

/** The time a bullet opens with ("8.05am: …", "14:20 BST — …"): its minutes, zone and length, or null. */
function leadingClock(text: string): { minutes: number; zone: string | null; length: number } | null {
  const m = LEADING_CLOCK_RE.exec(text);
  const minutes = m ? clockMinutes(m.slice(1, 6)) : null;
  return m && minutes !== null ? { minutes, zone: zoneOf(m[6]), length: m[0].length } : null;
}

/**
 * The paragraphs that carry a bullet on, up to the next one ("- Headline sentence." / "A second paragraph." / "- …"):
 * running text, not chrome or a sub-heading. The text after the last bullet is the page's, not the bullet's.
 */
function continuation(lines: string[], from: number, to: number): string[] {
  const paragraphs: string[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line !== "" && isProse(line) && !isChrome(line) && !isSubHeading(line, i)) paragraphs.push(line);
  }
  return paragraphs;
}

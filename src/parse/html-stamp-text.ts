// Timestamps of an HTML page's blocks: machine ones (a `datetime` or `title` attribute holding a date and time) and
// printed ones (an element whose whole text is a stamp: "22:40", "01h58", "7.40pm", "16.05.2023 21:40:17",
// "Updated 45 minutes ago"), the printed ones dated from what the page says about itself (its header dates, the
// zone it states, the time it was refreshed) the way the text reader dates a page's stamp lines.
import { englishDateWords } from "./date-words.ts";
import { NO_ZONE, noHomeWarning } from "./draft.ts";
import type { DomElement } from "./html-chrome.ts";
import { matchDateLine, type PrintedDate } from "./text-dates.ts";
import { headTimes } from "./text-head.ts";
import { offsetMatch, utcMatch } from "./zone-stated.ts";
import { matchStamp, type Stamp } from "./text-stamps.ts";
import { type HeaderDay, type PageTime, resolveTimes, withTailDates } from "./text-when.ts";
import { ZONE_RE, zoneOf } from "./text-zones.ts";
import { isWallMachineDate, makeDay, parseMachineDate, wallOf } from "./timestamp.ts";

/** A stamp as printed: a wall-clock time (maybe with a date and seconds) or an age before the page's refresh. */
export interface PrintedStamp {
  minutes: number | null;
  seconds: number;
  date: PrintedDate | null;
  zone: string | null;
  ago: number | null;
  /** Days before the page's day ("Yesterday at 21:40": 1). */
  back?: number;
  /** The zone its style implies when it prints none (text-stamps.ts: British "9.45pm", American "9:45 p.m."). */
  styleZone?: string;
}

/** One stamp of the page: an instant already known (`at`), or a printed stamp still to date. */
export interface FoundStamp {
  el: DomElement;
  at: string | null;
  printed: PrintedStamp | null;
  /** True when `at` came from an attribute naming no zone ("2026-10-07 19:50"): a wall time, read in `zone`. */
  floating?: boolean;
}

/** The largest set of same-tag siblings that each hold a stamp, each with its first stamp. */
export function siblingBlocks(stamps: FoundStamp[]): { element: DomElement; stamp: FoundStamp }[] {
  // For every element, its children that hold a stamp (in page order). Stamps come in page order, so a child already
  // last in its parent's list means every ancestor above was recorded by an earlier stamp: each node is walked once.
  const holders = new Map<DomElement, DomElement[]>();
  const firstStamp = new Map<DomElement, FoundStamp>();
  for (const stamp of stamps) {
    let child = stamp.el;
    for (let parent = child.parentElement; parent; child = parent, parent = parent.parentElement) {
      const list = holders.get(parent) ?? [];
      if (list[list.length - 1] === child) break;
      list.push(child);
      holders.set(parent, list);
      firstStamp.set(child, stamp);
    }
  }
  let best: DomElement[] = [];
  // Lists of updates split under headings ("Monday" <ul>…</ul> "Tuesday" <ul>…</ul>): sibling lists of one tag, each
  // mostly made of the stamped blocks, read as one run of blocks (in page order, as the holders were met).
  const runs = new Map<DomElement, Map<string, DomElement[]>>();
  const clusters = new Map<string, DomElement[]>();
  for (const [parent, children] of holders) {
    const tags = new Map<string, number>();
    for (const c of children) tags.set(c.tagName, (tags.get(c.tagName) ?? 0) + 1);
    const [tag] = [...tags.entries()].sort((a, b) => b[1] - a[1])[0] ?? [""];
    const same = children.filter((c) => c.tagName === tag);
    if (same.length > best.length) best = same;
    const outer = parent.parentElement;
    if (!outer || same.length < 2 || same.length * 2 < parent.children.length) continue;
    const byKind = runs.get(outer) ?? new Map<string, DomElement[]>();
    const key = `${parent.tagName}>${tag}`;
    byKind.set(key, [...(byKind.get(key) ?? []), ...same]);
    runs.set(outer, byKind);
    // (clusters of cards, each list in a wrapper of its own: "<section class=cluster><div class=cards>…" twice over,
    // read as one run when their lists share a class)
    const named = parent.getAttribute("class")?.trim();
    const cluster = named ? clusters.get(`${key}.${named}`) : undefined;
    if (cluster) cluster.push(...same);
    else if (named) clusters.set(`${key}.${named}`, [...same]);
  }
  for (const byKind of [...runs.values(), clusters]) {
    for (const run of byKind.values()) if (run.length > best.length) best = run;
  }
  return best.map((element) => ({ element, stamp: firstStamp.get(element)! }));
}

/**
 * The date a block's section heading names ("Tuesday, Nov. 15" above a list of timed items), when the block is the
 * first of the blocks under it: the nearest element before it (its own, else an ancestor's preceding sibling) that is
 * a date alone. Another block, or a heading that is no date, ends the search. Returns one finder per page: the
 * blocks' ancestors are gathered once, not once per block.
 */
export function sectionDates(blocks: Set<DomElement>, root: DomElement): (block: DomElement) => PrintedDate | null {
  const holding = new Set<DomElement>();
  for (const b of blocks) for (let p = b.parentElement; p && !holding.has(p); p = p.parentElement) holding.add(p);
  return (block) => {
    for (let node: DomElement | null = block; node && node !== root && node.tagName !== "BODY"; node = node.parentElement) {
      for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
        if (blocks.has(s) || holding.has(s)) return null;
        const text = (s.textContent ?? "").replace(/\s+/g, " ").trim();
        if (!text) continue;
        const date = matchDateLine(text);
        if (date) return date;
        if (/^H[1-6]$/.test(s.tagName)) return null;
      }
    }
    return null;
  };
}

interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  tagName?: string;
}

/** The class of an element holding a video's or episode's length ("duration", "runtime"), not a time of day. */
const MEDIA_LENGTH_RE = /(?:^|[\s_-])(?:duration|runtime|timecode)(?:$|[\s_-])/i;
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "textarea"]);
/** Longest text an element may hold to be a printed stamp ("Thursday 11 April 2024 06:20, UK" is 32). */
const MAX_STAMP = 48;

/**
 * Every stamp of the page, in page order. An element's attribute stamp wins over the text inside it; of nested
 * elements whose whole text is one printed stamp, the outermost is the stamp ("16.05.2023 <span>21:40:17</span>").
 * With `edits`, a dated "Updated …" stamp counts too (see printedStamp); with `days`, a machine date that names no
 * time (`<time datetime="2030-05-10">`, a section page's cards) is a stamp of that day.
 */
export function findStamps(root: DomElement, zone: string, edits = false, days = false): FoundStamp[] {
  const slots: (FoundStamp | null)[] = [];
  const walk = (node: DomNode): string | null => {
    if (node.nodeType === 3) return node.nodeValue ?? "";
    if (node.nodeType !== 1 || SKIP.has(node.tagName?.toLowerCase() ?? "")) return "";
    const el = node as unknown as DomElement;
    // (a video's or episode's length, "<span class="duration">03:51</span>", is no time of day)
    if (MEDIA_LENGTH_RE.test(el.getAttribute("class") ?? "")) return "";
    const at = attributeStamp(el, zone) ?? (days ? dayAttribute(el) : null);
    const start = slots.length;
    slots.push(at ? { el, at: at.at, printed: null, ...(at.floating ? { floating: true } : {}) } : null);
    let text: string | null = "";
    for (const child of Array.from(node.childNodes)) {
      const part = walk(child);
      // (up to twice a stamp's length: "Updated … , first published …" prints two)
      text = text === null || part === null || text.length + part.length > 2 * MAX_STAMP ? null : text + part;
    }
    if (at || text === null) return text;
    const printed = printedStamp(text, edits);
    if (printed && !slots.slice(start + 1).some((s) => s?.at)) {
      slots.length = start;
      slots.push({ el, at: null, printed });
    }
    // (cards that print only their day, "<span class="date">3 October 2031</span>": that day, as a day attribute gives it)
    const day = days && !printed && !slots.slice(start + 1).some((s) => s) ? printedDay(text) : null;
    if (day) {
      slots.length = start;
      slots.push({ el, at: day, printed: null });
    }
    return text;
  };
  walk(root as unknown as DomNode);
  return slots.filter((s): s is FoundStamp => s !== null);
}

const TOOLTIP_RFC_RE = /^(?:published|posted|created)(?: on)?:?\s+((?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|Z|[+-]\d{4}))(?:\s|$)/i;

/**
 * The instant an element's timestamp attribute names (date and time), or null; `floating` when it names no zone
 * ("2026-10-07 19:50", HTML's local date and time): a wall time, read in `zone`.
 */
function attributeStamp(el: DomElement, zone: string): { at: string; floating: boolean } | null {
  const found = (at: string | null, floating: boolean) => (at ? { at, floating } : null);
  // (RDFa and microdata give it in `content`: `<span property="dc:date" content="2022-03-06T14:30:00-05:00">`)
  for (const name of ["datetime", "title", "content"]) {
    const raw = el.getAttribute(name)?.trim();
    if (!raw) continue;
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(raw)) return found(parseMachineDate(raw, zone), isWallMachineDate(raw));
    if (name === "content") continue;
    // (a reader's tooltip, "Published: Sun, 19 Oct 2031 19:02:45 GMT" over "Received: …": its first line, the feed's date)
    const labelled = name === "title" ? TOOLTIP_RFC_RE.exec(raw)?.[1] : undefined;
    if (labelled) return found(parseMachineDate(labelled, zone), false);
    const dotted = dottedStamp(raw);
    if (!dotted?.date) continue;
    const { date, minutes, seconds, zone: own } = dotted;
    const pad = (v: number) => String(v).padStart(2, "0");
    const wall = `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(Math.floor(minutes! / 60))}:${pad(minutes! % 60)}:${pad(seconds)}`;
    if (own === "UTC") return found(parseMachineDate(`${wall}Z`, zone), false);
    return own && /^[+-]/.test(own) ? found(parseMachineDate(`${wall}${own}`, zone), false) : found(parseMachineDate(wall, own ?? zone), !own);
  }
  return null;
}

/** The day an element's whole text names with its year ("3 October 2031", "Oct 6, 2031"), as "2031-10-03"; else null. */
function printedDay(raw: string): string | null {
  const text = raw.replace(/\s+/g, " ").trim();
  const date = text.length >= 8 && text.length <= 40 && /\d{4}/.test(text) ? matchDateLine(text) : null;
  return date?.year ? makeDay(date.year, date.month, date.day) : null;
}

/** The day a `<time>` element's `datetime` names alone ("2030-05-10"), as that date. */
function dayAttribute(el: DomElement): { at: string; floating: boolean } | null {
  const raw = el.tagName === "TIME" ? el.getAttribute("datetime")?.trim() : undefined;
  return raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? { at: raw, floating: false } : null;
}

// "08.07.2024 10:12:05 UTC+03:00", "8.7.2024, 10:12" (day first, as dotted dates are written)
const DOTTED = new RegExp(
  `^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([+-]\\d{1,2}(?::?\\d{2})?|${ZONE_RE}|Z))?$`, "i",
);
const RELATIVE = /^(?:(?:last\s+)?(?:updated|posted|published|added|edited)\s+)?(\d{1,3}|an?|one)\s?(minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\s+ago$/i;

// "24m", "3h", "2d": an aggregator card's age, set alone in its own element
const COMPACT_AGE = /^(\d{1,3})\s?(m|min|h|hr|d)$/;

const STAMP_LABEL = /^(?:updated|posted|published|added)\s?:?\s+(?:at\s+)?(?=\d)/i;

const EDIT_LABEL = /^(?:last\s+)?(?:updated|modified|edited)(?:\s+on|\s+at)?\s?:?\s*(?=\S)/i;

/** True for a card's edit time printed beside its stamp ("Modified on : Jun.12,2024 08:05 KST"): no text of the card. */
export function isEditStamp(raw: string): boolean {
  // (in brackets too: "[Updated: Sat Nov 2, 2024 11:30PM]")
  const text = raw.replace(/\s+/g, " ").trim().replace(/^[[(](.*)[\])]$/, "$1");
  const label = EDIT_LABEL.exec(text);
  if (!label || text.length > MAX_STAMP + 20) return false;
  const stamp = matchStamp(text.slice(label[0].length), 0);
  return stamp !== null && stamp.text === null && stamp.author === null && stamp.minutes !== null;
}

/** "Updated …, first published …": two stamps in one (text-stamps.ts reads the first-published one). */
const UPDATED_FIRST = /^(?:last\s+)?updated:?\s+.{4,40}?,\s+first published:?\s+.{4,40}$/i;

/**
 * The printed stamp a short text is, or null: it must be only a stamp, with no headline or name beside it. A dated
 * "Updated …" is the page's last edit, no post's stamp, unless `edits` (cards that print no other time).
 */
export function printedStamp(raw: string, edits = false): PrintedStamp | null {
  const text = englishDateWords(raw.replace(/\s+/g, " ").trim());
  // "Updated November 7 2023 - 9:10am, first published 8:40am": the post went out at the first time (on the updated day
  // when it names no day of its own)
  const both = text.length <= 2 * MAX_STAMP && UPDATED_FIRST.test(text) ? matchStamp(text, 0) : null;
  if (both) return { minutes: both.minutes, seconds: 0, date: both.date, zone: both.zone, ago: null, ...(both.styleZone ? { styleZone: both.styleZone } : {}) };
  const compact = COMPACT_AGE.exec(text);
  if ((text.length < 3 && !compact) || text.length > MAX_STAMP) return null;
  const dotted = dottedStamp(text);
  if (dotted) return dotted;
  const rel = RELATIVE.exec(text) ?? compact;
  if (rel) {
    const n = /^\d/.test(rel[1]!) ? Number(rel[1]) : 1;
    const unit = rel[2]!.toLowerCase();
    const size = unit.startsWith("w") ? 10080 : unit.startsWith("d") ? 1440 : unit.startsWith("h") ? 60 : 1;
    return { minutes: null, seconds: 0, date: null, zone: null, ago: n * size };
  }
  if (!/\d/.test(text)) return null;
  // (a label before the time, "UPDATE — 4:20 p.m. EST", heads a run of the page's text: the flat reader's, which keeps
  // the text after the last such block too)
  if (/^(?:update|breaking|latest|correction)\s?[—–|·:-]\s/i.test(text)) return null;
  // "Updated 21:15 BST", "Posted: 09:05": a post's label before a bare time ("Last updated: 23:15, Wed 21 Dec" is the page's)
  const labelled = STAMP_LABEL.exec(text);
  const stamp = matchStamp(labelled ? text.slice(labelled[0].length) : text, 0);
  // (a dated one is a post's own only when it says when the post was published: "Published 27 Feb, 2024 09:50pm")
  if (!edits && ((labelled && stamp?.date && /^updated/i.test(labelled[0])) || stamp?.updated)) return null;
  if (!stamp || stamp.text !== null || stamp.author !== null) return null;
  return { minutes: stamp.minutes, seconds: 0, date: stamp.date, zone: stamp.zone, ago: stamp.ago, back: stamp.back,
    ...(stamp.styleZone ? { styleZone: stamp.styleZone } : {}) };
}

// "2023-09-13 22:10", "2023/09/13 22:10:05 KST", "2023.09.13 22:10" (year first, then month and day)
const YEAR_FIRST = new RegExp(
  `^(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([+-]\\d{1,2}(?::?\\d{2})?|${ZONE_RE}|Z))?$`, "i",
);

function dottedStamp(text: string): PrintedStamp | null {
  const y = YEAR_FIRST.exec(text);
  // the same groups as DOTTED's: day, month, year, hours, minutes, seconds, zone
  const m = y ? [y[0], y[4], y[3], y[1], y[5], y[6], y[7], y[8]] : DOTTED.exec(text);
  if (!m) return null;
  const [day, month, year, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || mi > 59) return null;
  const token = m[7]?.toUpperCase();
  const zone = !token ? null : token === "Z" ? "UTC" : zoneOf(/^[+-]/.test(token) ? `UTC${token}` : token);
  return { minutes: h * 60 + mi, seconds: Number(m[6] ?? 0), date: { year, month, day, weekday: null }, zone, ago: null };
}

/** What dates a page's printed stamps: its text outside the blocks, the fallback day and zone. */
export interface PageText {
  /** Lines outside the blocks, in page order. */
  lines: string[];
  /** How many of them come before the first block (the page's head). */
  headEnd: number;
  zone: string;
  fallbackDay: string | null;
  dateGiven: boolean;
  /** True when `zone` came from --timezone or the config. */
  zoneGiven?: boolean;
  /** The zone the page's home implies (its name's place, its language's country), for a page that states none. */
  home?: { zone: string; from: string } | null;
  /** The clock times of the page's JSON-LD dates written in UTC (minutes of the day). */
  utcClocks?: number[];
  /** The JSON-LD's first-published and last-modified instants, when written in UTC. */
  utcDates?: { published: string | null; modified: string | null };
  /** The JSON-LD's first-published and last-modified dates as written, offset and all. */
  ldDates?: { published: string | null; modified: string | null };
  /** When the saved copy was saved (see ParseContext): ages count back from it where the page prints no refresh time. */
  savedAt?: string | null;
}

/**
 * The instants of printed stamps listed in page order (null where nothing dates them), read like a text page's
 * stamp lines: a date the stamp prints, else the head's published/updated dates and midnight crossings between
 * neighbours; ages count back from the refresh time the page prints. Warnings are added for guesses.
 */
export function datePrinted(
  stamps: PrintedStamp[], page: PageText, warnings: string[], sections: (PrintedDate | null)[] = [],
): (string | null)[] {
  const readHead = (zone: string) => withTailDates(headTimes(page.lines, 0, page.headEnd, zone), page.lines, page.headEnd, zone);
  let head = readHead(page.zone);
  const unstated = !(head.zone || page.zoneGiven || stamps.some((s) => s.zone));
  const style = stamps.find((s) => s.styleZone)?.styleZone;
  const home = unstated ? utcMatch(stamps.map((s) => s.minutes), page.utcClocks) ?? offsetMatch(head, page.utcDates) ?? page.home ??
    (style ? { zone: style, from: "the style of its stamps" } : null) : null;
  if (home) warnings.push(`${NO_ZONE} its times are read in ${home.zone}, from ${home.from}`);
  // (the head's own clock, "Sunday, June 19, 2022 4:35 PM" that ages count back from, is printed where the paper is)
  if (home && home.zone !== page.zone) head = readHead(home.zone);
  else if (unstated && !head.zone && stamps.some((s) => s.minutes !== null)) warnings.push(noHomeWarning(page.zone));
  // a head that prints no date takes the JSON-LD's, on the clock they are written in (the zone read from their offset)
  // (and one whose stamps are on another clock, "(All times GST)", takes the JSON-LD's day on theirs, not the fetch day)
  const zone = head.zone ?? home?.zone ?? page.zone;
  const ld = head.newest || head.oldest ? null
    : head.zone || page.zoneGiven || home?.from.startsWith("the offset") !== true ? (page.dateGiven ? null : ldWallsOn(page.ldDates, zone))
    : ldWalls(page.ldDates);
  const time: PageTime = {
    zone, newest: head.newest ?? ld?.newest ?? null, oldest: head.oldest ?? ld?.oldest ?? null,
    unlabelled: head.unlabelled || (ld !== null && ld.newest === ld.oldest), refresh: head.refresh ?? (head.refreshClock ? null : page.savedAt ?? null), refreshClock: head.refreshClock, year: head.year ?? ld?.year ?? null,
    fallbackDay: page.fallbackDay, dateGiven: page.dateGiven,
  };
  const placed = stamps.map((p, line) => ({
    stamp: { line, minutes: p.minutes, ago: p.ago, date: p.date, zone: p.zone, author: null, text: null,
      headlineOnLine: false, convention: null, back: p.back } satisfies Stamp,
    section: sections[line] ?? null,
    pinned: false,
  }));
  return resolveTimes(placed, time, warnings).map((iso, i) =>
    iso && stamps[i]!.seconds > 0 ? iso.replace(/:00Z$/, `:${String(stamps[i]!.seconds).padStart(2, "0")}Z`) : iso);
}

/** The wall days and times the JSON-LD's dates print ("2024-11-30T13:05:00+10:00": 30 November, 13:05), or null. */
/** The JSON-LD's dates as wall times of another clock, the zone the page's stamps are read in. */
function ldWallsOn(dates: PageText["ldDates"], zone: string): { newest: HeaderDay | null; oldest: HeaderDay | null; year: number } | null {
  // (the last modified time is the newest update's or later; a page may be published after the updates it collects,
  // so a published time alone is one header time, read the nearer way as a printed lone one is)
  const published = dates?.published ? wallOf(dates.published, zone) : null;
  const modified = dates?.modified && dates.modified !== dates.published ? wallOf(dates.modified, zone) : null;
  const newest = modified ?? published;
  return newest ? { newest, oldest: modified ? null : published, year: Number(newest.day.slice(0, 4)) } : null;
}

function ldWalls(dates: PageText["ldDates"]): { newest: HeaderDay | null; oldest: HeaderDay | null; year: number } | null {
  const wall = (date: string | null | undefined): HeaderDay | null => {
    const m = date ? /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(date) : null;
    return m ? { day: m[1]!, minutes: Number(m[2]) * 60 + Number(m[3]) } : null;
  };
  const [newest, oldest] = [wall(dates?.modified) ?? wall(dates?.published), wall(dates?.published)];
  return newest || oldest ? { newest, oldest, year: Number((newest ?? oldest)!.day.slice(0, 4)) } : null;
}

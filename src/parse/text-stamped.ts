// A text page's stamped layout: which stamps head updates, and whether each comes before, inside or after one.
import { agencyCredit, closingCredit, filedCredit, isFiledFrom, isWireName, staffCredit } from "./text-credits.ts";
import { matchDateLine } from "./text-dates.ts";
import { isEndMarker, LINK_LABEL_RE } from "./text-furniture.ts";
import { isMetaLine } from "./text-head.ts";
import { findKeyBlock, type KeyBlock } from "./text-keyblock.ts";
import { bulletText, isChrome, isDatelineCity, isHeadlineLike, isKeyPointsHeading, isLabelled, isProse, isSentence, nearestLine } from "./text-lines.ts";
import { bylineAuthor, emailedCredit, isRoleLine, nameLine, personBeforeOutlet, untilEnd } from "./text-post.ts";
import { addSlotUpdates, dayKey, dropHeadNow, dropMediaLengths, dropPageStamp, dropSidebars, hasProse, isCardCredit, isText, keepLoose, placedCredit } from "./text-stamp-filters.ts";
import { matchStamp, type Stamp } from "./text-stamps.ts";

export type Orientation = "stamp-first" | "headline-first" | "stamp-last";

/** One update's place: its stamp, its lines [from, to), and its headline ("first": the first line, if any). */
export interface PostRange {
  stamp: Stamp;
  from: number;
  to: number;
  headline: "first" | string | null;
  /** An event feed's item: its one unpunctuated line is its text, not a link (see eventFeed). */
  statement?: string;
}

export interface StampedLayout {
  orientation: Orientation;
  posts: PostRange[];
  headEnd: number;
  keyBlock: KeyBlock | null;
}

const layouts = new WeakMap<string[], StampedLayout | null>();

/** The stamped layout of a page, or null when it has fewer than two stamped updates with text (remembered). */
export function findStampedLayout(page: string[]): StampedLayout | null {
  if (!layouts.has(page)) layouts.set(page, stampedLayout(page));
  return layouts.get(page)!;
}

function stampedLayout(page: string[]): StampedLayout | null {
  const all: Stamp[] = [];
  let lines = page;
  lines.forEach((line, i) => {
    const stamp = line === "" ? null : matchStamp(line, i);
    // ("Updated" / "March 11, 2031, 7:48 p.m. ET": a label on a line of its own over the page's last edit)
    if (stamp) all.push(!stamp.updated && EDIT_LABEL_RE.test(nearestLine(lines, i, -1)) ? { ...stamp, updated: true } : stamp);
  });
  const stamps0 = dropHeadNow(lines, dropPageStamp(addSlotUpdates(lines, keepLoose(dropMediaLengths(lines, runningItems(cardLabels(all)))))));
  if (stamps0.length === 0) return null;
  const firstReal = stamps0.findIndex((s, k) => s.text !== null || hasProse(lines, s.line + 1, stamps0[k + 1]?.line ?? lines.length));
  const keyBlock = findKeyBlock(lines, stamps0[Math.max(firstReal, 0)]!.line);
  // The block's lines (headlines and stamps repeated from the updates) are no update's lines.
  if (keyBlock) lines = lines.map((l, i) => (i >= keyBlock.start && i < keyBlock.end ? "" : l));
  const listed = dropSidebars(lines, stamps0.filter((s) => !keyBlock || s.line < keyBlock.start || s.line >= keyBlock.end));
  if (listed.length === 0) return null;
  // (a list of headlines, each over its source's credit and time, and no text at all: each headline over its stamp)
  const orientation = headlineList(lines, listed) ? "headline-first" : orient(lines, listed);
  const stamps = dropEmpty(lines, listed, orientation);
  const feed = orientation === "stamp-first" && eventFeed(lines, stamps);
  if (!feed && !viable(lines, stamps, orientation)) return null;
  if (timedTail(lines, stamps)) return null;
  const floor = keyBlock && keyBlock.end <= stamps[0]!.line ? keyBlock.end : 0;
  const found = ranges(lines, stamps, orientation, floor);
  // (an event feed's one line is the item's text, not a headline over none)
  if (feed) {
    for (const post of found.posts) {
      post.headline = null;
      post.statement = lines.slice(post.from, post.to).find((l) => l !== "");
    }
  }
  return { orientation, keyBlock, ...found };
}

const EDIT_LABEL_RE = /^\s*(?:last )?updated:?\s*$/i;

/**
 * A page whose dashed items run to sentences ("0705 GMT — Two sentences.") prints its items, not headlines: its
 * shorter items that close like a sentence are text too (a headline is not closed by a full stop).
 */
function runningItems(stamps: Stamp[]): Stamp[] {
  if (!stamps.some((s) => s.dashed && !s.headlineOnLine)) return stamps;
  return stamps.map((s) => (s.dashed && s.headlineOnLine && isSentence(s.text!) ? { ...s, headlineOnLine: false } : s));
}

/** "Published: …" lines are cards' stamps where the page prints two or more times; one alone dates the page. */
function cardLabels(stamps: Stamp[]): Stamp[] {
  // (a card's "UPDATED <date>" dates it only where three or more cards print one: once or twice, it is the page's edit)
  // (an age among cards' ages, "Updated 5 hrs ago" between "3 hrs ago" and "6 hrs ago", is that card's stamp)
  const updated = stamps.filter((s) => s.updated).length;
  const ages = stamps.filter((s) => s.ago !== null && !s.updated).length;
  const kept = updated >= 3 ? stamps : stamps.filter((s) => !s.updated || (s.ago !== null && ages >= 2));
  // (the page's own time printed twice, in its head and again at its foot as "Originally Published: …", is one)
  const times = new Set(kept.filter((s) => s.labelled).map((s) => `${s.date ? dayKey(s.date) : ""} ${s.minutes}`));
  return times.size >= 2 ? kept : kept.filter((s) => !s.labelled);
}

/** True for a line with something to read: not chrome, a date line, a dateline city or a byline/date line. */
function isContent(lines: string[], i: number): boolean {
  const line = lines[i]!;
  return !isChrome(line) && !matchDateLine(line) && !isDatelineCity(line) && !isMetaLine(line, i) && !isKeyPointsHeading(line);
}

/** Drops stamps that date nothing: no text on the side of the stamp where the layout puts its update. */
function dropEmpty(lines: string[], stamps: Stamp[], orientation: Orientation): Stamp[] {
  return stamps.filter((stamp, k) => {
    if (stamp.text !== null) return true;
    const before = prevIn(lines, stamp.line, k === 0 ? Math.max(0, stamp.line - 40) : stamps[k - 1]!.line + 1);
    const after = nextIn(lines, stamp.line + 1, untilEnd(lines, stamp.line + 1, stamps[k + 1]?.line ?? lines.length));
    if (orientation === "stamp-last") return before >= 0;
    if (orientation === "headline-first") return after >= 0 || (before >= 0 && isHeadlineLike(lines[before]!));
    return after >= 0;
  });
}

/**
 * Two or more stamps whose updates hold running text, at least half of them (teasers without a body are the
 * exception, not the rule); or stamps that carry their own headlines ("1806 GMT — Headline"); or three or more
 * headlines, each over its source's credit and time, with no text on the page (an aggregator's list).
 */
function viable(lines: string[], stamps: Stamp[], orientation: Orientation): boolean {
  const inline = stamps.filter((s) => s.headlineOnLine && !s.loose).length;
  if (inline > 0 && inline * 2 >= stamps.length) return true;
  const withText = stamps.filter((stamp, k) => {
    if (stamp.text !== null && !stamp.loose) return true;
    if (orientation === "stamp-last") {
      return hasProse(lines, k === 0 ? Math.max(0, stamp.line - 40) : stamps[k - 1]!.line + 1, stamp.line);
    }
    return hasProse(lines, stamp.line + 1, untilEnd(lines, stamp.line + 1, stamps[k + 1]?.line ?? lines.length));
  }).length;
  return (withText >= 2 && withText * 2 >= stamps.length) || (orientation === "headline-first" && headlineList(lines, stamps));
}

/**
 * An article whose only times come after most of its text: a newsletter's closing calendar ("9 a.m. — Senate
 * hearing on …") under sections of its own, where four or more paragraphs come before the first stamp, more than twice
 * as many as after it. The times are the article's listings, not its updates.
 */
function timedTail(lines: string[], stamps: Stamp[]): boolean {
  const first = stamps[0]!.line;
  const prose = (from: number, to: number) => lines.slice(from, to).filter((l) => isProse(l) && l.length >= 40).length;
  const before = prose(0, first);
  return before >= 4 && before > 2 * prose(first, lines.length);
}

/**
 * A feed of events, one statement each under its stamp and no headline over it ("12 minutes ago" / "Drone struck a
 * car in Kherson, one man injured, the city's administration said" / "source"): three or more stamps, each followed by
 * one line of eight words or more, and no other line that long before the next (labels and an ad's pitch beside it).
 */
function eventFeed(lines: string[], stamps: Stamp[]): boolean {
  if (stamps.length < 3 || stamps.some((s) => s.text !== null)) return false;
  const long = (l: string) => !isChrome(l) && l.split(/\s+/).length >= 8;
  return stamps.every((s, k) => {
    const own = lines.slice(s.line + 1, untilEnd(lines, s.line + 1, stamps[k + 1]?.line ?? lines.length)).filter((l) => l !== "");
    return own.length > 0 && long(own[0]!) && own.filter(long).length === 1;
  });
}

/**
 * Three or more stamps that each credit a source and sit right under a headline ("Headline" / "Example News | 17:48"),
 * with no running text anywhere among them: an aggregator's list, each headline an entry of its own.
 */
function headlineList(lines: string[], stamps: Stamp[]): boolean {
  if (stamps.length < 3 || hasProse(lines, stamps[0]!.line, stamps.at(-1)!.line)) return false;
  // (most credit their source: an outlet the stamp reader does not know as a credit, "Example News | 1h", among them)
  const credited = stamps.filter((s) => s.author !== null).length;
  return credited * 3 >= stamps.length * 2 && stamps.every((s, k) => s.text === null &&
    isHeadlineLike(lines[prevIn(lines, s.line, k === 0 ? 0 : stamps[k - 1]!.line + 1)] ?? ""));
}

function prevIn(lines: string[], before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i--) if (isContent(lines, i)) return i;
  return -1;
}

function nextIn(lines: string[], from: number, ceiling: number): number {
  for (let i = from; i < ceiling; i++) if (isContent(lines, i)) return i;
  return -1;
}

/** A line that only parts two items of a meta row: "·", "•", "|". */
const SEPARATOR_LINE = /^\s*[·•|]\s*$/u;

/** True when line `i` is a card's topic tag over a lone separator: a few words, not a sentence ("Business" / "·"). */
function isMetaTag(lines: string[], i: number): boolean {
  const line = lines[i]!;
  return SEPARATOR_LINE.test(lines[i + 1] ?? "") && line.trim() !== "" && line.split(" ").length <= 6 && line.length <= 50 && !isSentence(line);
}

/** Headline above the stamp (and body below), or stamp above the headline; stamp after the body by the page's ends. */
function orient(lines: string[], stamps: Stamp[]): Orientation {
  let above = 0;
  let below = 0;
  // a credit between the body and the stamp under it ("… text." / "Jane Doe, Reader in X" / "Published: …")
  let credited = 0;
  let firstCredited = false;
  let previousNext = -1;
  const lastLine = stamps.at(-1)!.line;
  const textAfterLast = lines.slice(lastLine + 1, untilEnd(lines, lastLine + 1, lines.length)).some((l) => isText(l) && !isChrome(l));
  stamps.forEach((stamp, k) => {
    const floor = k === 0 ? 0 : stamps[k - 1]!.line + 1;
    const ceiling = stamps[k + 1]?.line ?? lines.length;
    // (a card may print its stamp's date on a line of its own over the time: "By Jane Doe" / "January 26, 2026" / "5:45 PM")
    // (or its meta row over three lines: its topic tag, a lone "·", its time; the tag closes the card as a credit would)
    const metaRow = stamp.line - 2 >= floor && isMetaTag(lines, stamp.line - 2);
    const top = metaRow ? stamp.line - 1 : stamp.line - 1 >= floor && matchDateLine(lines[stamp.line - 1]!.trim()) !== null ? stamp.line - 1 : stamp.line;
    const p = prevIn(lines, top, floor);
    const n = nextIn(lines, stamp.line + 1, ceiling);
    if (stamp.text === null) {
      // A closing credit ("— Jane Doe in Kyiv") ends the update above; it heads nothing.
      // "Kremlin: no talks planned" right on top of its stamp is a headline, though it reads like a labelled line
      const pHeadline = p >= 0 && isHeadlineLike(lines[p]!) && (!isLabelled(lines[p]!) || p === top - 1) && closingCredit(lines[p]!) === null;
      // the body may open under the update's byline ("Headline" / "20:10" / "Jane Doe" / text)
      const body = n >= 0 && (nameLine(lines[n]!) !== null || bylineAuthor(lines[n]!) !== null || agencyCredit(lines[n]!) !== null) ? nextIn(lines, n + 1, ceiling) : n;
      // (the credit right on top of the stamp: one closing the update above stands apart from the next one's stamp)
      // (a "By Jane Doe" byline there too, a meta line the walk above skips, or a bare credit: "Jane Doe", "AFP",
      // "Post Report": a card closing with its byline, then its stamp)
      // (or a credit over the place it was filed from: "AP" / "Kyiv" / "Published: …")
      // (or a person over their outlet: "Jane Doe" / "USA TODAY" / "Published …")
      // (or a person over their role: "By Jane Doe" / "Reporter" / "21st August 2024, 8:05pm")
      const placed = top - 2 >= floor && (isFiledFrom(lines[top - 1]!) || isCardCredit(lines[top - 1]!) ||
        isRoleLine(lines[top - 1]!)) && isCardCredit(lines[top - 2]!);
      const byline = placed || metaRow || (top - 1 >= floor && isCardCredit(lines[top - 1]!));
      const credit = byline ? prevIn(lines, top - (placed ? 2 : 1), floor)
        : p >= 0 && p === top - 1 && closingCredit(lines[p]!) !== null ? prevIn(lines, p, floor) : -1;
      // (or the stamp signs the text above it itself: "… text." / "Posted 08:10 · Jane Doe", when no text follows the
      // last stamp: "Jane Doe 20 August 2024 06:07" over a headline and text heads its update)
      // (a dash before the name and time, "— Jane Doe, 19:50", or "Filed 7.20pm by Jane Doe" signs off whatever follows
      // the last one)
      // (or a name and its time set apart by a dot, "Jane Doe · 07:30", under the text it signs)
      const signed = stamp.author !== null && p >= 0 && isText(lines[p]!) &&
        (!textAfterLast || /^(?:[—–]\s?\p{Lu}|[Ff]iled\s|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} · \d)/u.test(lines[stamp.line]!.trim()));
      if ((credit >= 0 && isText(lines[credit]!)) || (credit < 0 && signed)) {
        credited++;
        if (k === 0) firstCredited = true;
      }
      // "Headline" / "Jane Doe" / stamp / text: a card that prints its byline between its headline and its stamp
      else if (byline && credit >= 0 && isHeadlineLike(lines[credit]!) && n >= 0 && (isText(lines[n]!) || (body >= 0 && isText(lines[body]!)))) above++;
      else if (pHeadline && p !== previousNext && (n < 0 || isText(lines[n]!) || (body >= 0 && isText(lines[body]!)))) above++;
      else if (!pHeadline && n >= 0) below++;
    }
    previousNext = n;
  });
  // ... for every card down to the first (a page whose updates close with a credit has its head above the first stamp)
  if (firstCredited && credited > above && credited > below && credited * 2 >= stamps.length) return "stamp-last";
  if (above > below) return "headline-first";
  // Stamp after the body only when no update follows the last stamp (a headline or text; short navigation labels
  // are no update) and a body, not a date line, precedes the first.
  const last = stamps.at(-1)!;
  const close = untilEnd(lines, last.line + 1, lines.length);
  // (the update's byline may come first: "6:50 AM EST" / "Jane Doe" / headline / text)
  const next = nextIn(lines, last.line + 1, close);
  const after = next >= 0 && (nameLine(lines[next]!) !== null || bylineAuthor(lines[next]!) !== null) ? nextIn(lines, next + 1, close) : next;
  // (a headline heads something: a line of words that is the page's last, "Example is part of Example Group", is its foot)
  const heads = after >= 0 && lines[after]!.split(" ").length >= 4 && nextIn(lines, after + 1, close) >= 0;
  if (last.text !== null || (after >= 0 && (isText(lines[after]!) || heads))) return "stamp-first";
  const first = stamps[0]!;
  let p = first.line - 1;
  while (p >= 0 && isChrome(lines[p]!)) p--;
  return p >= 0 && (isText(lines[p]!) || bulletText(lines[p]!) !== null) ? "stamp-last" : "stamp-first";
}

/** Each update's lines, and where the page head ends. */
function ranges(lines: string[], stamps: Stamp[], orientation: Orientation, floor: number) {
  const posts: PostRange[] = [];
  const end = (k: number, to: number) => untilEnd(lines, k, to);
  if (orientation === "stamp-last") {
    const headEnd = trailingStart(lines, stamps[0]!.line, floor);
    stamps.forEach((stamp, k) => {
      const after = k === 0 ? headEnd : stamps[k - 1]!.line + 1;
      // a sidebar between two cards ("Most Read", its list) ends nothing: the card starts at its headline below it
      // and so does a promo box ("Take Us With You" / its pitch / its buttons): the card starts at its headline below the
      // box's furniture
      const head = trailingStart(lines, stamp.line, after);
      // (furniture under a line of its own: a box's title over its pitch, not the last card's share buttons over a byline)
      const between = lines.slice(after, head).filter((l) => l !== "");
      const boxed = k > 0 && between.some((l, i) => !isChrome(l) && between.slice(i + 1).some((m) => isChrome(m)));
      // (and so does the card under the last one's trailing furniture: its comment count "4", the next card's section label)
      // (a name there, "Jane Doe" over the headline, is the card's own byline)
      const short = (l: string) => !isText(l) && l.split(" ").length <= 3 && nameLine(l) === null;
      const tail = between.length > 0 && between.every(short);
      // (and so does the card under a promo line whose own section label sits over its headline: "Watch us at 7pm …" /
      // "World" / headline: what stands above the label is between the cards)
      const label = between.at(-1) ?? "";
      const kicked = k > 0 && between.length >= 2 && short(label) && !/[.!?:,;]$/.test(label);
      const from = end(after, stamp.line) < stamp.line || boxed || tail || kicked ? head : after;
      posts.push({ stamp, from, to: end(from, stamp.line), headline: "first" });
    });
    return { posts, headEnd };
  }
  if (orientation === "headline-first") {
    // (the line each card's credit sits on top of: its stamp's, or its last edit's over it)
    const tops: number[] = [];
    const bylines: (string | null)[] = stamps.map(() => null);
    const isEdit = (l: string) => /^updated\b/i.test(l.trim()) && matchStamp(l, 0)?.date;
    const heads = stamps.map((s, k) => {
      const lower = k === 0 ? floor : stamps[k - 1]!.line + 1;
      let p = prevIn(lines, s.line, lower);
      // (the card's last edit may sit on its first stamp: "Updated Feb. 3, 2028 5:10PM EST" / "Published …": the
      // lines above are read from the edit's)
      const gap = p >= 0 ? lines.slice(p + 1, s.line) : [];
      const at = gap.some(isEdit) && gap.every((l) => l.trim() === "" || isEdit(l)) ? p + 1 : s.line;
      tops.push(at);
      // (a byline right on top of the stamp sits under the headline: "Headline" / "Jane Doe" / stamp; so does one over
      // the writer's role: "Headline" / "By Jane Doe" / "Example News Staff Writer" / stamp)
      const byline = (i: number) => isCardCredit(lines[i]!) || bylineAuthor(lines[i]!) !== null;
      const role = p >= 1 && p === at - 1 && isRoleLine(lines[p]!) && p - 1 >= lower && byline(p - 1);
      // (a credit with only a meta line under it, "Jane Doe" / "USA TODAY" / stamp, sits on the stamp too)
      const onTop = p >= 0 && (p === at - 1 || (nameLine(lines[p]!) !== null && lines.slice(p + 1, at).every((l) => l === "" || isWireName(l))));
      const byAt = role ? p - 1 : onTop && isCardCredit(lines[p]!) ? p : -1;
      if (byAt >= 0) {
        let above = prevIn(lines, byAt, lower);
        // (a person over their outlet: "Headline" / "Jane Doe" / "USA TODAY" / stamp)
        const up = above >= 0 && isWireName(lines[byAt]!) && nameLine(lines[above]!) !== null ? prevIn(lines, above, lower) : -1;
        if (up >= 0 && isHeadlineLike(lines[up]!)) above = up;
        if (above >= 0 && isHeadlineLike(lines[above]!)) p = above;
        // (a bare name with no headline over it heads an untitled post as its byline: "Jane Doe" / "Jun 8, 09:15" / text)
        else if (nameLine(lines[byAt]!) === lines[byAt]) {
          bylines[k] = lines[byAt]!;
          return -1;
        }
      }
      return p >= 0 && isHeadlineLike(lines[p]!) ? p : -1;
    });
    stamps.forEach((stamp, k) => {
      const next = stamps[k + 1];
      const to = next ? (heads[k + 1]! >= 0 ? kickerAbove(lines, heads[k + 1]!) : next.line) : lines.length;
      // A byline between the headline and its stamp ("Headline" / "By Jane Doe" / "March 16, 2022 22:40") is the post's.
      const by = stamp.author ?? (heads[k]! >= 0 ? bylineBetween(lines, heads[k]! + 1, stamp.line) ?? creditOnTop(lines, tops[k]!, heads[k]!) : bylines[k]);
      posts.push({ stamp: by ? { ...stamp, author: by } : stamp, from: stamp.line + 1, to: end(stamp.line + 1, to),
        headline: heads[k]! >= 0 ? lines[heads[k]!]! : null });
    });
    return { posts, headEnd: heads[0]! >= 0 ? heads[0]! : stamps[0]!.line };
  }
  // "Posted by Jane Doe" right on top of a stamp heads that post: it is no closing credit of the post above
  // ("Compiled by …", "Reporting by …" there close the post above, as wire credits do)
  // (so does a bare name on top of every stamp, the first's too: "Jane Doe" / "Jun 8, 09:15" / text, an embedded
  // live blog's post header)
  const nameOnTop = (line: number) => (line > 0 && nameLine(lines[line - 1]!) === lines[line - 1] ? lines[line - 1]! : null);
  const named = nameOnTop(stamps[0]!.line) !== null && stamps.every((s) => s.author !== null || nameOnTop(s.line) !== null);
  const postedBy = (line: number) => (line > 0 && /^posted by\s/i.test(lines[line - 1]!) ? bylineAuthor(lines[line - 1]!) : named ? nameOnTop(line) : null);
  stamps.forEach((stamp, k) => {
    const next = stamps[k + 1];
    const to = next ? (postedBy(next.line) ? next.line - 1 : next.line) : lines.length;
    const headline = stamp.headlineOnLine ? stamp.text : stamp.text !== null ? null : "first";
    const by = stamp.author ?? postedBy(stamp.line);
    posts.push({ stamp: by ? { ...stamp, author: by } : stamp, from: stamp.line + 1, to: end(stamp.line + 1, to), headline });
  });
  return { posts, headEnd: stamps[0]!.line };
}

/** The line of a section label glued on top of a headline ("News" / "Headline …"), else the headline's own line. */
function kickerAbove(lines: string[], head: number): number {
  const above = lines[head - 1];
  const label = above !== undefined && above.length <= 30 && above.split(" ").length <= 3 && /^\p{Lu}/u.test(above) &&
    !/[.!?:;,]$/.test(above) && !/\d/.test(above);
  return label ? head - 1 : head;
}

function bylineBetween(lines: string[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    // ("Jane Doe | Example Faculty of Law, PL": a person and their affiliation, between the headline and the stamp)
    const by = bylineAuthor(lines[i]!) ?? personBeforeOutlet(lines[i]!, true);
    if (by) return by;
  }
  return null;
}

/** The credit printed right on top of a card's stamp, under its headline ("Jane Doe", "Agencies"), or null. */
function creditOnTop(lines: string[], stampLine: number, head: number): string | null {
  const line = lines[stampLine - 1];
  if (stampLine - 1 <= head || line === undefined) return null;
  // an outlet's or wire's acronym alone between the card's headline and its stamp ("RNZ")
  if (/^\p{Lu}{2,5}$/u.test(line) && prevIn(lines, stampLine - 1, head) === head) return line;
  // (a person over their role, "Jane Doe" / "Breaking News Intern": the person)
  const over = prevIn(lines, stampLine - 1, head + 1);
  if (isRoleLine(line) && over > head && nameLine(lines[over]!) !== null) return nameLine(lines[over]!);
  if (!isCardCredit(line)) return null;
  // (a person over their outlet, "Jane Doe" / "USA TODAY": the person)
  if (isWireName(line) && over > head && nameLine(lines[over]!) !== null) return nameLine(lines[over]!);
  return agencyCredit(line) ?? placedCredit(line) ?? filedCredit(line) ?? nameLine(line) ?? staffCredit(line) ?? emailedCredit(line);
}

/** Where a card of a stamp-after-body page begins: its headline, the nearest one above its text and its stamp. */
function trailingStart(lines: string[], stampLine: number, floor: number): number {
  let text = false;
  for (let i = stampLine - 1; i >= floor; i--) {
    const line = lines[i]!;
    // the body, and the credit that closes it ("Jane Doe, Reader in X", "By Jane Doe", "AFP" under the text), lie
    // between the headline and the stamp
    // (and the stamp's date on a line of its own over its time)
    // (and the topic tag of a meta row over three lines: "Business" / "·" / stamp)
    if (isChrome(line) || closingCredit(line) !== null || (!text && (isCardCredit(line) || matchDateLine(line.trim()) !== null))) continue;
    if (!text && i + 1 < stampLine && isMetaTag(lines, i)) continue;
    // (a byline over the text, "By Jane Doe, Europe Correspondent", sits under the headline)
    if (text && /^by\s/i.test(line) && bylineAuthor(line) !== null) continue;
    // a short labelled line right over the text is a headline ("Kherson: drone hits minibus"), not a labelled paragraph
    if (isLabelled(line) && text && line.length <= 90 && isHeadlineLike(line) && !isText(line)) return i;
    if (isText(line) || isLabelled(line)) {
      text = true;
      continue;
    }
    // (the title a "Read More" label over it points to is a link inside the text, not the card's headline)
    if (isHeadlineLike(line) && !(i > floor && LINK_LABEL_RE.test(lines[i - 1]!))) return i;
  }
  return floor;
}

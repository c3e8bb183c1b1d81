// Which stamps of a text page head updates: loose inline stamps, the page's own date stamp and timed sidebars
// after the footer are dropped; running text is what an update's stamp must head.
import { inWeatherBox, isEndMarker } from "./text-furniture.ts";
import { isChrome, isHeadlineLike, isSentence, nearestLine } from "./text-lines.ts";
import { agencyCredit, filedCredit, isOutletLike, PLACE } from "./text-credits.ts";
import { bylineAuthor, emailedCredit, nameLine, personBeforeOutlet, untilEnd } from "./text-post.ts";
import { matchStamp, type Stamp } from "./text-stamps.ts";

/** Drops video lengths read as stamps ("Watch the video" / "2:31", "Video" / "0:45"). */
export function dropMediaLengths(lines: string[], stamps: Stamp[]): Stamp[] {
  // (where every other stamp names its zone, three or more, a bare "0:52" among them is a player's length too)
  const zoned = stamps.filter((s) => s.zone !== null).length;
  const bare = (s: Stamp) => s.zone === null && s.date === null && s.text === null && LENGTH.test(lines[s.line]!.trim());
  const odd = zoned >= 3 && stamps.every((s) => s.zone !== null || bare(s));
  return stamps.filter((s) => !bare(s) || (!odd && !isMediaLength(lines, s.line)));
}

/** Loose inline stamps ("14.20 Headline") count only where the page has two or more: one alone is a figure or a schedule line. */
export function keepLoose(stamps: Stamp[]): Stamp[] {
  if (stamps.filter((s) => s.loose).length >= 2) return stamps;
  return stamps.filter((s) => !s.loose);
}

const STAMP_LABEL_RE = /^(?:published|updated|posted|first published|last updated)\b/i;

/**
 * A byline or credit line a card may close with above its stamp ("By Jane Doe", "Jane Doe", "AFP", "Post Report",
 * "AFP · Kyiv").
 */
export function isCardCredit(line: string): boolean {
  if (bylineAuthor(line) !== null || agencyCredit(line) !== null || placedCredit(line) !== null || emailedCredit(line) !== null) return true;
  // ("Jane Doe | Example Faculty of Law, PL": a person and their affiliation)
  if (personBeforeOutlet(line, true) !== null) return true;
  // ("Jane Doe in The Hague": a person and the place they filed from)
  if (filedCredit(line) !== null) return true;
  // ("Jane Doe Europe Correspondent": a person and their role)
  const named = line.length <= 60 ? nameLine(line) : null;
  if (named !== null && named !== line) return true;
  // (an outlet's name is two words or more: a single word there is a label, "Published", "Updated")
  const words = line.split(" ").length;
  return line.length <= 40 && words <= 3 && !STAMP_LABEL_RE.test(line) && (nameLine(line) !== null || (words >= 2 && isOutletLike(line)));
}

// "Agence France-Presse . Kyiv", "Staff Correspondent · Dhaka": a credit, then the place it was filed from.
const PLACED_CREDIT_RE = new RegExp(`^(\\S.{1,48}?)\\s(?:[.·•|–—-]|//)\\s${PLACE}$`, "u");

/** Whom a credit printed with the place it was filed from names ("AFP · Kyiv": AFP), or null. */
export function placedCredit(line: string): string | null {
  const m = line.length <= 80 ? PLACED_CREDIT_RE.exec(line) : null;
  return m ? agencyCredit(m[1]!) ?? nameLine(m[1]!) : null;
}

/** True for running text: a sentence, however short. */
export function isText(line: string): boolean {
  return isSentence(line) && line.includes(" ") && !isChrome(line);
}

export function hasProse(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isText(lines[i]!)) return true;
  return false;
}

function isQuestionTitle(line: string): boolean {
  return line.length <= 110 && /\?["”’']?$/.test(line) && !/[.!?]\s/.test(line.slice(0, -1));
}

/**
 * Drops timed sidebars: after the page's first footer label, a stamp must head running text of its own, in its
 * first two lines (headline, body), or close a card of running text right above it: a linked article's date, byline
 * and question title, or a comments box after them, are no update.
 */
export function dropSidebars(lines: string[], stamps: Stamp[]): Stamp[] {
  let footerSeen = false;
  return stamps.filter((stamp, k) => {
    const to = stamps[k + 1]?.line ?? lines.length;
    const end = untilEnd(lines, stamp.line + 1, to);
    const heads = headsText(lines, stamp.line + 1, end);
    const keep = !footerSeen || stamp.text !== null || heads || closesCard(lines, stamps[k - 1], stamp);
    // (a label that more updates with text follow, "Related Articles" in a post, was no footer: a teaser after them
    // is the blog's own)
    if (heads) footerSeen = false;
    if (end < to) footerSeen = true;
    return keep;
  });
}

/**
 * True when running text and a byline right above the stamp close a card, after the last footer label before it: a
 * card whose stamp comes last, below a sidebar.
 */
function closesCard(lines: string[], previous: Stamp | undefined, stamp: Stamp): boolean {
  if (!isCardCredit(lines[stamp.line - 1] ?? "")) return false;
  let from = previous ? previous.line + 1 : 0;
  for (let i = from; i < stamp.line; i++) if (isEndMarker(lines[i]!)) from = i + 1;
  return hasProse(lines, from, stamp.line);
}

function headsText(lines: string[], from: number, to: number): boolean {
  let seen = 0;
  for (let i = from; i < to && seen < 2; i++) {
    if (isChrome(lines[i]!)) continue;
    if (isText(lines[i]!) && !isQuestionTitle(lines[i]!)) return true;
    seen++;
  }
  return false;
}

/**
 * Drops the page's own date stamp ("Thursday 11 April 2024 06:20, UK", "Updated / Feb. 24, 2024, 9:58 p.m. ET"):
 * the first stamp, printing a date with no byline, above two or more time-only stamps. It dates the page (read with
 * the head), not an update. Lower down, an update of another day may print its date ("28 December 2023, 23:52"):
 * then the first stamp is the page's when it is no older than the time-only update under it (its last update) and
 * no update prints a later date. An age labelled "Updated" over clock-time updates is the page's too.
 */
export function dropPageStamp(stamps: Stamp[]): Stamp[] {
  const [first, ...rest] = stamps;
  // "Updated 2 hrs ago" over updates stamped with clock times: the page's last edit, not an update
  if (first?.ago != null && first.updated && rest.length >= 2 && rest.every((s) => s.ago === null && s.minutes !== null)) return rest;
  // "Thursday, April 13, 2023 | 9:48 PM" over cards aged "2 hours ago": the page's clock, what the ages count back from
  if (first?.date && first.minutes !== null && !first.author && first.text === null && rest.length >= 2 && rest.every((s) => s.ago !== null)) return rest;
  if (!first?.date || first.author || first.headlineOnLine || first.text !== null) return stamps;
  const isTimeOnly = (s: Stamp) => s.minutes !== null && s.date === null && s.text === null;
  // (or a time with the update's text or headline on its line: "10.20am: President … said")
  const timeOnly = rest.filter((s) => s.minutes !== null && s.date === null).length;
  if (timeOnly < 2) return isNowLine(first, rest) ? rest : stamps;
  if (rest.every((s) => s.date === null)) return rest;
  const next = rest[0]!;
  const older = rest.every((s) => s.date === null || dayKey(s.date) <= dayKey(first.date!));
  return isTimeOnly(next) && older && first.minutes !== null && first.minutes >= next.minutes! ? rest : stamps;
}

/**
 * The page's "now" printed in its head ("Wednesday, April 24th 2024 - 03:12 UTC" over the menu) in the same form as
 * its cards' stamps: the first stamp, no older than any other, with nothing to read between it and the next one (a
 * card's stamp has its text or its headline's there).
 */
export function dropHeadNow(lines: string[], stamps: Stamp[]): Stamp[] {
  // (a clock alone in the masthead's weather box, "2:35 PM" under "44°F Cloudy", is the page's now, before any card)
  if (stamps.length >= 3 && stamps[0]!.date === null && stamps[0]!.author === null && stamps[0]!.text === null &&
    stamps[0]!.ago === null && inWeatherBox(lines, stamps[0]!.line)) return stamps.slice(1);
  const [first, second, ...more] = stamps;
  if (!first?.date || first.minutes === null || first.author || first.text !== null || !second || more.length === 0) return stamps;
  // (a page whose stamps close their posts, text right above most of them, prints its first post's stamp there too)
  const closes = (s: Stamp) => {
    let p = s.line - 1;
    while (p >= 0 && lines[p]!.trim() === "") p--;
    return p >= 0 && isText(lines[p]!);
  };
  if (closes(first) && stamps.filter(closes).length * 3 >= stamps.length * 2) return stamps;
  const rest = [second, ...more];
  // (the cards may print their ages, "25 minutes ago", counted back from it, then older cards their dates)
  const dated = rest.filter((s) => s.ago === null);
  if (!dated.every((s) => s.date && s.minutes !== null) || hasProse(lines, first.line + 1, second.line)) return stamps;
  const key = dayKey(first.date);
  return dated.every((s) => dayKey(s.date!) < key || (dayKey(s.date!) === key && s.minutes! <= first.minutes!)) ? rest : stamps;
}

/**
 * "Tuesday, 5 March 2024, 19:32 CET" over "05.03.2024 19:15" stamps: a weekday or zone the updates never print, and no
 * older than the newest of them: the page's "now", not an update.
 */
function isNowLine(first: Stamp, rest: Stamp[]): boolean {
  if (!(first.date?.weekday || first.zone) || rest.length < 2 || !rest.every((s) => s.date && !s.date.weekday && !s.zone)) return false;
  const key = dayKey(first.date!);
  return rest.every((s) => dayKey(s.date!) < key || (dayKey(s.date!) === key && (s.minutes ?? 0) <= (first.minutes ?? -1)));
}

/** A sortable key of a printed date (a missing year sorts with the page's). */
export function dayKey(date: NonNullable<Stamp["date"]>): number {
  return (date.year ?? 0) * 10000 + date.month * 100 + date.day;
}

// A media label line: "Video", "Watch the video", "▶ Play" (a teaser headline such as "Watch: Troops cross" is none).
const MEDIA_CUE = /^(?:[▶►▷⏵]|(?:watch|video|play|listen|audio|photos?|gallery)\b)[^.!?:]{0,20}$/iu;
// A length as players print it: "2:31", "0:45", "02:31" (a stamp past ten o'clock is never one).
const LENGTH = /^0?\d:\d{2}$/;

/** True for a "2:31" line under a media cue ("Video", "Watch the video", "▶"): a video's length, not a stamp. */
function isMediaLength(lines: string[], line: number): boolean {
  if (!LENGTH.test(lines[line]!)) return false;
  // (or under a video teaser's headline, over the card's own dated stamp: "Watch: Deminers clear farmland" / "01:24" /
  // "14/05/2030 - 08:10": its player's length)
  const dated = () => {
    const next = lines.slice(line + 1, line + 3).find((l) => l !== "");
    return next !== undefined && next.length <= 60 && matchStamp(next, line + 1)?.date != null;
  };
  // (or under one whose card holds nothing else to read: "Video shows rescuers at work" / "01:07" / "Share this -" / next stamp)
  const alone = () => {
    for (let k = line + 1; k < lines.length; k++) {
      if (lines[k] === "" || isChrome(lines[k]!)) continue;
      return matchStamp(lines[k]!, k) !== null;
    }
    return true;
  };
  for (let k = line - 1; k >= 0 && k >= line - 2; k--) if (lines[k] !== "") return MEDIA_CUE.test(lines[k]!) || (VIDEO_TITLE.test(lines[k]!) && (dated() || alone()));
  return false;
}

const VIDEO_TITLE = /^(?:(?:watch|video|listen)\s?:\s\S|(?:video|footage)\s(?:shows?|captures?)\s)/i;

const UPDATED_LABEL = /^(?:last\s+)?updated\s?:?\s+(?:on\s+|at\s+)?(?=\S)/i;

/**
 * Adds the "Updated <date> at <time>" lines that sit in a card's stamp slot: between a headline above and a byline
 * below, where the page's other stamps (two or more) sit. A pinned card often prints only its update time there. The
 * page head's own "Updated: …" line sits elsewhere (under the page's byline and date), so it heads no card.
 */
export function addSlotUpdates(lines: string[], stamps: Stamp[]): Stamp[] {
  const inSlot = (i: number) => isHeadlineLike(nearestLine(lines, i, -1)) && bylineAuthor(nearestLine(lines, i, 1)) !== null;
  if (stamps.filter((s) => inSlot(s.line)).length < 2) return stamps;
  const taken = new Set(stamps.map((s) => s.line));
  const added: Stamp[] = [];
  lines.forEach((line, i) => {
    const label = UPDATED_LABEL.exec(line);
    if (!label || taken.has(i) || line.length > 80 || !inSlot(i)) return;
    const stamp = matchStamp(line.slice(label[0].length), i);
    if (stamp && stamp.text === null && stamp.author === null && stamp.minutes !== null) added.push(stamp);
  });
  return added.length === 0 ? stamps : [...stamps, ...added].sort((a, b) => a.line - b.line);
}

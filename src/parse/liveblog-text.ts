// Plain-text live blogs, timelines and stamped news feeds of any outlet: entries from the page's own stamps.
import { type DraftDocument, type DraftEntry, NO_ZONE, noHomeWarning, type ParseContext } from "./draft.ts";
import { ageMinutes, findDate, matchDateLine, type PrintedDate } from "./text-dates.ts";
import { agencyCredit, closingCredit, isFiledFrom, outletCredits } from "./text-credits.ts";
import { headTimes, introLines, pageByline, pageTitle } from "./text-head.ts";
import { addressHome, filedZone, textPageHome, titleNames } from "./text-home-zone.ts";
import { localHereZone, localLineZone, newsPlacesZone, utcMatch } from "./zone-stated.ts";
import { isChrome, isSentence, normText } from "./text-lines.ts";
import { buildPost, bylineAuthor, nameLine } from "./text-post.ts";
import { siteName } from "./text-site.ts";
import { findStampedLayout, type PostRange } from "./text-stamped.ts";
import { UK } from "./text-stamps.ts";
import { type PlacedStamp, resolveTimes, withTailDates } from "./text-when.ts";
import { isAgendaHeading } from "./sections.ts";
import { shiftDay, wallOf } from "./timestamp.ts";

/**
 * What an HTML page's metadata tells about the clock of its text: its JSON-LD's offset, its UTC clock times, its host,
 * its site's name (its <title> or og:site_name: the place it carries is its home, as a text page's masthead's is).
 */
export interface ClockHints {
  offset?: string | null;
  utcClocks?: number[];
  host?: string | null;
  site?: string | null;
  /** The home an HTML page's menus or footer name, read before its chrome was removed. */
  home?: { zone: string; from: string } | null;
  /** The instant an HTML page's JSON-LD says it was last modified ("2023-01-19T17:52:00-05:00"). */
  modified?: string | null;
  /** The instant an HTML page's metadata says it was published: its day where the text prints none. */
  published?: string | null;
}

/** Reads a stamped text page, or null when its stamps do not make a live blog. */
export function parseLiveblogText(lines: string[], ctx: ParseContext, hints: ClockHints = {}): DraftDocument | null {
  const layout = findStampedLayout(lines);
  if (!layout) return null;
  const { posts, headEnd, keyBlock } = layout;
  // (times listed under "Coming up today" are an agenda's, of things still to come: no updates)
  if (isAgendaHeading(lines.slice(0, posts[0]!.stamp.line).findLast((l) => l !== "") ?? "")) return null;
  const warnings: string[] = [];
  let news: { zone: string; item: string; lede?: boolean } | null = null;
  const withLede = (found: { zone: string; item: string } | null) => (found ? { ...found, lede: true } : null);
  const readHead = (zone: string) =>
    withTailDates(headTimes(lines, 0, posts[0]!.stamp.line, zone, news?.zone), lines, posts.at(-1)!.stamp.line + 1, zone);
  let head = readHead(ctx.timezone);
  // "All times are local" with no place: the clock of the places its updates name
  // ("Times are local" under a lede that names one town: that town's clock)
  const lede = lines.slice(0, posts[0]!.stamp.line);
  news = ctx.zoneGiven ? null : head.newsLocal
    ? withLede(localLineZone(lede)) ?? newsPlacesZone(posts.map((p) => lines.slice(p.stamp.line, p.to).join(" ")))
    : withLede(localHereZone(lede));
  if (news) {
    head = readHead(ctx.timezone);
    warnings.push(`the page gives its times as local: read in ${news.zone}, the clock of the place${news.lede ? " its line saying so names" : "s its updates name"} (${news.item})`);
  }
  const convention = posts.find((p) => p.stamp.convention)?.stamp.convention ?? null;
  const title = pageTitle(lines, 0, keyBlock ? Math.min(keyBlock.start, headEnd) : headEnd);
  const site = siteName(lines, title);
  // A home the page names (its language menu, a place in its name) outranks the UK style its stamps are printed in.
  const unstated = !(head.zone || ctx.zoneGiven || posts.every((p) => p.stamp.zone));
  const ld = hints.offset ? { zone: hints.offset, from: `the offset its JSON-LD dates carry (${hints.offset})` }
    : utcMatch(posts.map((p) => p.stamp.minutes), hints.utcClocks);
  // (where the paper is: what its own head and menus name, else its host's country, else the HTML page's chrome)
  const paperHome = () => textPageHome(lines, hints.site ?? site) ?? addressHome(hints.host, lines) ?? hints.home ?? null;
  // (a section menu's country that the page's title is about is the news's section, not the paper's home: a British
  // paper's "Ukraine" in its menu over "Ukraine live: …"; the British style of its stamps, "9.30pm", says more; "9:30
  // PM" is printed the world over)
  const styled = posts.find((p) => p.stamp.styleZone)?.stamp.styleZone ?? null;
  const named = unstated ? ld ?? paperHome() : null;
  const home = named && "weak" in named && "item" in named && styled === UK && !convention && titleNames(lines, String(named.item)) ? null : named;
  if (home) warnings.push(`${NO_ZONE} its times are read in ${home.zone}, from ${home.from}`);
  const filed = unstated && !home && !convention ? filedZone(posts.map((p) => p.stamp.place)) : null;
  if (filed) warnings.push(`${NO_ZONE} its times are read in ${filed.zone}, from where its updates are filed (${filed.item})`);
  const style = unstated && !home && !convention && !filed ? styled : null;
  if (style) warnings.push(`${NO_ZONE} its times are read in ${style}, from the style of its stamps`);
  // (ages, "3h ago", need no zone: only clock times are read in one)
  // (but the head's clock they count back from is one: "Thursday, 29 January 2026 · 18:20" over "35 mins ago")
  const clocks = posts.some((p) => p.stamp.minutes !== null && p.stamp.ago === null) ||
    (posts.some((p) => p.stamp.ago !== null) && (head.refresh !== null || head.refreshClock != null));
  if (unstated && clocks && !home && !convention && !filed && !style) warnings.push(noHomeWarning(ctx.timezone));
  const zone = head.zone ?? (ctx.zoneGiven ? ctx.timezone : home?.zone ?? convention ?? filed?.zone ?? style ?? ctx.timezone);
  // The head's own times (its "Updated 6:40pm", which ages count back from) are in the zone the page was found in;
  // under updates stated in a wire dateline's or the news places' time, in the paper's own (its JSON-LD offset, else
  // its home): "Updated March 11, 2023 1:47 PM" over "(all times local)" is the paper's clock.
  if (!head.zone && zone !== ctx.timezone) head = readHead(zone);
  else if (head.postsOnly && !ctx.zoneGiven) {
    // (where the paper is unknown, the stated zone is the likelier clock of its head than the one it was found in:
    // "Updated: July 8, 2022 4:50 p.m." over "(all times EDT)")
    const paper = hints.offset ?? paperHome()?.zone ?? head.zone;
    if (paper) head = readHead(paper);
  }
  // (a head that dates its last update by the day alone, "Updated Jan 19, 2023", printed where the paper is: the
  // page's machine time of that update, on the stamps' own clock, says which day the newest stamp is on)
  const edited = hints.modified && head.newest && head.newest.minutes === null ? wallOf(hints.modified, zone) : null;
  const newest = edited && (edited.day === head.newest!.day || edited.day === shiftDay(head.newest!.day, 1)) ? edited : head.newest;
  // (a text that prints no date of its own is of the day its page's metadata gives, read as a lone header time is)
  const machine = !newest && !head.oldest && !ctx.dateGiven && hints.published ? wallOf(hints.published, zone) : null;
  const times = resolveTimes(placeStamps(lines, posts), {
    zone, newest: machine ?? newest, oldest: machine ?? head.oldest, unlabelled: machine !== null || head.unlabelled, refresh: head.refresh,
    refreshClock: head.refreshClock, year: head.year, fallbackDay: ctx.fallbackDay, dateGiven: ctx.dateGiven,
  }, warnings);
  const sources = posts.map((post) => post.stamp.text !== null && !post.stamp.headlineOnLine
    ? [post.stamp.text, ...lines.slice(post.from, post.to)]
    : lines.slice(post.from, post.to));
  // A reporter's name on the line over each stamp ("Jane Doe" / "Mar 8, 4:52 PM" / headline) is that post's byline, not
  // a sign-off closing the post above.
  const over = layout.orientation === "stamp-first" ? namesOverStamps(lines, posts) : null;
  if (over) {
    for (let i = 1; i < posts.length; i++) {
      if (over[i] !== null && sources[i - 1]!.at(-1) === lines[posts[i]!.stamp.line - 1]) sources[i - 1]!.pop();
    }
  }
  endAtSignOff(sources);
  // a credit over the place the card was filed from ("AP" / "Kyiv"): the place is no credit
  for (const source of sources) {
    const last = source.findLastIndex((l) => l !== "" && !isChrome(l));
    const above = source.slice(0, Math.max(last, 0)).findLastIndex((l) => l !== "");
    if (last > 0 && above >= 0 && isFiledFrom(source[last]!) && agencyCredit(source[above]!) !== null) source.splice(last, 1);
  }
  const closers = outletCredits(sources.map((source) => source.findLast((l) => !isChrome(l)) ?? null));
  const entries: DraftEntry[] = posts.map((post, i) => {
    const source = sources[i]!;
    const parts = buildPost(source, 0, source.length, post.headline, closers);
    // (a name-like line closing several posts, "Church in the USA", yields to a byline on the post's own stamp line:
    // it is the next card's section label; so does a credit under a picture with no text, "Pictured: …" / "(Reuters)")
    const yields = parts.author !== null && (closers.has(parts.author) || parts.body.length === 0);
    const signed = yields ? post.stamp.author ?? parts.author : parts.author ?? post.stamp.author;
    return {
      headline: parts.headline,
      published: times[i] ?? null,
      author: over?.[i] ?? signed ?? parts.agency,
      body: post.statement && parts.body.length === 0 ? [post.statement] : parts.body,
      keyPoint: parts.headline !== null && (keyBlock?.headlines.has(normText(parts.headline)) ?? false),
      url: ctx.url,
    };
  });
  // Initials signing a post ("– RC") stand for the reporter the head names with them ("Ruth Calder (RC)").
  const initials = initialsKey(lines.slice(0, headEnd));
  for (const entry of entries) if (entry.author !== null) entry.author = initials.get(entry.author) ?? entry.author;
  // A page byline is the author of every update that names none of its own.
  const byline = entries.some((e) => e.author === null) ? pageByline(lines, 0, headEnd) : null;
  if (byline) for (const entry of entries) entry.author ??= byline;
  // The sender's name opening every post, as a messenger channel's preview prints it ("Example News" over each post's
  // text): the channel's, no post's headline or author (three posts or more, most of them so opened).
  const opener = repeatedOpener(entries.map((e) => e.headline));
  if (opener) {
    for (const entry of entries) {
      if (entry.headline === opener) entry.headline = null;
      if (entry.author === opener) entry.author = null;
    }
  }
  const intro = introLines(lines, 0, headEnd, keyBlock);
  return { sourceName: site, title, intro, entries, warnings };
}

/** A headline most posts share word for word (three or more, over half of them), or null. */
function repeatedOpener(headlines: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const h of headlines) if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return top !== null && n >= 3 && n * 2 > headlines.length ? top : null;
}

/** The names on the lines right over the stamps, when most stamps (the first among them) have one; else null. */
function namesOverStamps(lines: string[], posts: PostRange[]): (string | null)[] | null {
  const names = posts.map(({ stamp }) => {
    const line = lines[stamp.line - 1]?.trim() ?? "";
    return line !== "" && !isChrome(line) ? nameLine(line) : null;
  });
  const named = names.filter((n) => n !== null).length;
  return names[0] !== null && named >= 2 && named * 3 >= posts.length * 2 ? names : null;
}

/** The reporters a page's head names with their initials ("by Jane Doe (JD) and Tom Reyes (TR)"), by initials. */
function initialsKey(head: string[]): Map<string, string> {
  const key = new Map<string, string>();
  for (const line of head) {
    for (const m of line.matchAll(/(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) \((\p{Lu}{2,3})\)/gu)) {
      const name = m[1]!.split(" ");
      // (the letters must be the name's: "Jane Doe (JD)")
      if (name[0]![0] === m[2]![0] && name.at(-1)![0] === m[2]!.at(-1)) key.set(m[2]!, m[1]!);
    }
  }
  return key;
}

/** A reporter's sign-off closing a post ("— Jane Doe", "Reporting: Jane Doe", "By Jane Doe"): the name, else null. */
function signOff(line: string): string | null {
  return isChrome(line) ? null : closingCredit(line) ?? bylineAuthor(line) ?? nameLine(line.replace(/^[—–]\s?/, ""));
}

/**
 * When two or more posts of a page close with a reporter's sign-off, the last post closes with its own too: what
 * follows that there ("That's all from us today") is the page's closing words, not the post's text. Cut in place.
 */
function endAtSignOff(sources: string[][]): void {
  const lastLine = (source: string[]) => source.findLast((l) => l !== "" && !isChrome(l));
  const signed = sources.slice(0, -1).filter((source) => {
    const line = lastLine(source);
    return line !== undefined && signOff(line) !== null;
  });
  const last = sources.at(-1);
  if (signed.length < 2 || !last) return;
  const at = last.findLastIndex((line) => signOff(line) !== null);
  if (at <= 0 || at === last.indexOf(lastLine(last)!)) return;
  const before = last.slice(0, at).findLast((l) => l !== "" && !isChrome(l));
  if (before !== undefined && isSentence(before)) last.length = at + 1;
}

/**
 * Each stamp with the date line it opens: a date line between the previous stamp and this one dates this stamp
 * (and, past a pinned lead, the first stamp that is not pinned).
 */
function placeStamps(lines: string[], posts: PostRange[]): PlacedStamp[] {
  let pending: PrintedDate | null = null;
  let scanFrom = 0;
  return posts.map((post) => {
    const { stamp } = post;
    for (let i = scanFrom; i < stamp.line; i++) {
      const date = lines[i]!.length <= 80 ? matchDateLine(lines[i]!) : null;
      if (date) pending = date;
      // a date line under a byline, over its "Updated Mar 31, 2023" (or "Updated 2 hrs ago"), is when the page was
      // published: no day heading
      else if (lines[i]!.length <= 60 && /^(?:updated|last updated|published|posted|modified)\b/i.test(lines[i]!) &&
        (findDate(lines[i]!) !== null || ageMinutes(lines[i]!) !== null)) pending = null;
    }
    scanFrom = stamp.line + 1;
    // (an item told on its stamp's line, "9:10 p.m. — The ministers … said.", is an update like any other)
    const pinned = stamp.text !== null && !stamp.headlineOnLine && !stamp.dashed;
    const section = pending;
    if (!pinned) pending = null;
    return { stamp, section, pinned };
  });
}

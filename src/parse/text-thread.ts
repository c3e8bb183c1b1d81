// A social thread copied as text: each post under its author's name and @handle ("Jane Doe" / "@janedoe" / "·" /
// "Jun 16"), its text, then its counts ("12", "1.1K", "38K"). The thread's own posts are its updates, one entry each;
// replies by others, and the "Relevant people" box that prints the author again, are not.
import type { DraftDocument, DraftEntry, ParseContext } from "./draft.ts";
import { dayOf, matchDateLine, type PrintedDate } from "./text-dates.ts";
import { nameLine } from "./text-post.ts";
import { matchStamp, type Stamp } from "./text-stamps.ts";
import { wallToIso } from "./text-zones.ts";

const HANDLE_RE = /^@\w{2,30}$/;
// a post's counts and their labels: replies, reposts, likes, views ("1.1K", "212.4K", "Views")
const COUNT_RE = /^(?:[\d.,]+[KkMm]?|views)$/i;
const REPLY_RE = /^replying to$/i;
// where the thread's replies and the page's boxes end it
const END_RE = /^(?:show more replies|relevant people|what[’']s happening|discover more)$/i;

/**
 * Where each post's header starts (a name line over an @handle: the line before it), when the page is a thread: three
 * or more posts under its first author's name and handle. Null for any other page.
 */
function threadHeads(lines: string[]): number[] | null {
  // (detection and parsing read the same page: its heads are found once, as findStampedLayout's layout is)
  if (!found.has(lines)) found.set(lines, readHeads(lines));
  return found.get(lines)!;
}

const found = new WeakMap<string[], number[] | null>();

function readHeads(lines: string[]): number[] | null {
  const at: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (HANDLE_RE.test(lines[i]!.trim()) && nameLine(lines[i - 1]!.trim()) !== null) at.push(i - 1);
  }
  return at.length >= 3 && at.filter((h) => lines[h + 1] === lines[at[0]! + 1]).length >= 3 ? at : null;
}

/** True when the page is a thread: three or more posts under one author's name and handle. */
export function findThread(lines: string[]): boolean {
  return threadHeads(lines) !== null;
}

/** A thread's own posts, one entry each (null when the page is no thread). */
export function parseThread(lines: string[], ctx: ParseContext): DraftDocument | null {
  const at = threadHeads(lines);
  if (!at) return null;
  const end = lines.findIndex((l, i) => i > at[0]! && END_RE.test(l.trim()));
  const author = lines[at[0]!]!.trim();
  const handle = lines[at[0]! + 1]!;
  const posts: { day: PrintedDate | null; stamp: Stamp | null; text: string[] }[] = [];
  at.forEach((h, k) => {
    const to = Math.min(at[k + 1] ?? lines.length, end >= 0 ? end : lines.length);
    if (h >= to || lines[h + 1] !== handle) return;
    const own = lines.slice(h + 2, to).map((l) => l.trim()).filter((l) => l !== "" && l !== "·" && !COUNT_RE.test(l));
    if (own.some((l) => REPLY_RE.test(l))) return;
    const day = own.length > 0 ? matchDateLine(own[0]!) : null;
    const rest = day ? own.slice(1) : own;
    // (the first post prints its full time under its text: "7:05 AM · Jun 16, 2031")
    const stamps = rest.map((l, i) => matchStamp(l, h + i));
    const timed = stamps.findIndex((s) => s !== null && s.minutes !== null && s.text === null && s.date !== null);
    const stamp = timed >= 0 ? stamps[timed]! : null;
    const text = rest.filter((_, i) => i !== timed);
    if ((day || stamp) && text.length > 0) posts.push({ day, stamp, text });
  });
  if (posts.length < 3) return null;
  const warnings: string[] = [];
  const year = posts.find((p) => p.stamp?.date?.year)?.stamp?.date?.year ?? (ctx.fallbackDay ? Number(ctx.fallbackDay.slice(0, 4)) : null);
  const entries: DraftEntry[] = posts.map((p) => {
    const printed = p.stamp?.date ?? p.day;
    const day = printed ? dayOf(printed, year, warnings) : null;
    const published = day && p.stamp?.minutes != null ? wallToIso(day, p.stamp.minutes, p.stamp.zone ?? ctx.timezone) : day;
    return { headline: null, published, author, body: p.text, keyPoint: false, url: ctx.url };
  });
  return { sourceName: null, title: null, intro: [], entries, warnings };
}

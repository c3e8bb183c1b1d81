// The Independent's live blog as a text scrape, in both stamp styles (stamp after or before the body).
import type { DraftDocument, DraftEntry, ParseContext } from "./draft.ts";
import { type IndependentStamp, matchLeadingStamp, matchTrailingStamp, resolveStampDays } from "./independent-stamps.ts";
import {
  cleanBody, endsLikeSentence, isCredit, isFurniture, keyPointsIndex, nextContent, normText, prevContent,
} from "./text-lines.ts";
import { localToIso } from "./timestamp.ts";

/** The Independent prints UK local time. */
export const INDEPENDENT_ZONE = "Europe/London";

export type IndependentStyle = "trailing" | "leading";

/** Stamp lines of one style, in page order. */
export function findIndependentStamps(lines: string[], style: IndependentStyle): IndependentStamp[] {
  const match = style === "trailing" ? matchTrailingStamp : matchLeadingStamp;
  const stamps: IndependentStamp[] = [];
  lines.forEach((text, i) => {
    if (text.length > 140 || !/\d:\d\d/.test(text)) return;
    const stamp = match(text, i);
    if (stamp) stamps.push(stamp);
  });
  return stamps;
}

/** Parses an Independent live-blog scrape whose stamps are in `style`. */
export function parseIndependent(lines: string[], style: IndependentStyle, ctx: ParseContext): DraftDocument {
  const stamps = findIndependentStamps(lines, style);
  const warnings: string[] = [];
  const days = resolveStampDays(stamps, ctx.fallbackDay, warnings);
  const firstStamp = stamps[0]?.line ?? lines.length;
  const firstHeadline = style === "leading" ? prevContent(lines, firstStamp) : -1;
  const head = readHead(lines, style === "leading" && firstHeadline >= 0 ? firstHeadline : firstStamp, style === "leading");
  const entries = stamps.map((stamp, i): DraftEntry => {
    const { headline, body } = style === "trailing"
      ? trailingBlock(lines, i === 0 ? head.start : stamps[i - 1]!.line + 1, stamp.line)
      : leadingBlock(lines, stamps, i, head.start);
    const day = days[i];
    return {
      headline,
      published: day ? localToIso(day, stamp.minutes, INDEPENDENT_ZONE) : null,
      author: stamp.author,
      body,
      keyPoint: headline !== null && head.keyPoints.has(normText(headline)),
      url: ctx.url,
    };
  });
  return { sourceName: "The Independent", title: head.title, intro: head.intro, entries, warnings };
}

interface Head {
  title: string | null;
  intro: string[];
  keyPoints: Set<string>;
  /** First line of the first entry's block. */
  start: number;
}

/**
 * The page head: intro paragraphs before "Key Points", the key-point headlines listed under it (lines that
 * recur further down the page), and where the entries begin. Without "Key Points", entries start at the top
 * (or after "Show latest update").
 */
function readHead(lines: string[], until: number, leading: boolean): Head {
  const kp = keyPointsIndex(lines, until);
  const showLatest = lines.findIndex((l, i) => i < until && /^show latest update$/i.test(l));
  // Before the entries, only a leading-stamp page (headline above its stamp) marks where its head ends.
  const headEnd = kp >= 0 ? kp : showLatest >= 0 ? showLatest : leading ? until : 0;
  const before = lines.slice(0, headEnd).filter((l) => l !== "" && !isFurniture(l));
  const firstIntro = before.findIndex(isIntroLine);
  const title = firstIntro > 0 && /\blive\b|\blatest\b|as it happened/i.test(before[0] ?? "") ? before[0]! : null;
  if (kp < 0) {
    const start = showLatest >= 0 ? showLatest + 1 : headEnd;
    return { title, intro: before.filter(isIntroLine), keyPoints: new Set(), start };
  }
  const later = new Set(lines.slice(kp + 1).map(normText));
  const keyPoints = new Set<string>();
  let i = kp + 1;
  for (; i < until; i++) {
    const line = lines[i] ?? "";
    if (line === "" || isFurniture(line)) continue;
    const key = normText(line);
    if (endsLikeSentence(line) || !laterOccurrence(lines, i, key, later)) break;
    keyPoints.add(key);
  }
  return { title, intro: before.filter(isIntroLine), keyPoints, start: i };
}

function laterOccurrence(lines: string[], at: number, key: string, later: Set<string>): boolean {
  if (!later.has(key)) return false;
  for (let j = at + 1; j < lines.length; j++) if (normText(lines[j] ?? "") === key) return true;
  return false;
}

function isIntroLine(line: string): boolean {
  return line !== "" && !isFurniture(line) && !isCredit(line) && endsLikeSentence(line);
}

/** Trailing style: headline is the block's first content line, the body the rest up to the stamp. */
function trailingBlock(lines: string[], from: number, stampLine: number) {
  const first = nextContent(lines, from, stampLine);
  if (first < 0) return { headline: null, body: [] };
  const line = lines[first]!;
  const isSentence = endsLikeSentence(line) && line.length > 120;
  return {
    headline: isSentence ? null : line,
    body: cleanBody(lines.slice(isSentence ? first : first + 1, stampLine)),
  };
}

/** Leading style: headline is the content line just above the stamp, the body runs to the next headline. */
function leadingBlock(lines: string[], stamps: IndependentStamp[], i: number, start: number) {
  const stamp = stamps[i]!;
  const floor = i === 0 ? start : stamps[i - 1]!.line + 1;
  const h = prevContent(lines, stamp.line, floor);
  const candidate = h >= 0 ? lines[h]! : null;
  const headline = candidate && !(endsLikeSentence(candidate) && candidate.length > 120) ? candidate : null;
  const next = stamps[i + 1];
  let end = lines.length;
  if (next) {
    const nextHeadline = prevContent(lines, next.line, stamp.line + 1);
    const nh = nextHeadline >= 0 ? lines[nextHeadline]! : "";
    end = nextHeadline >= 0 && !(endsLikeSentence(nh) && nh.length > 120) ? nextHeadline : next.line;
  }
  return { headline, body: cleanBody(lines.slice(stamp.line + 1, end)) };
}

// An article as a text scrape (Euronews style): title, captions, byline, share widgets, then sections
// (a short heading line followed by paragraphs), then "You might also like" links. Each section is an entry.
import type { DraftDocument, ParseContext } from "./draft.ts";
import { endsWithPointer } from "./pointers.ts";
import { type Block, sectionsToEntries } from "./sections.ts";
import { endsLikeSentence, isCredit, isFurniture, splitLines } from "./text-lines.ts";
import { localToIso, makeDay, minutesOf, toIsoZ } from "./timestamp.ts";

const BYLINE_RE = /^By\s+(.{2,80})$/;
const END_RE = /^(you might also like|more from|related (articles|stories)|most read|trending)\b/i;
const DATELINE_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-–,]\s*(\d{1,2}):(\d{2})(?:\s*(?:GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?)?/;

/** True for a line that is a section heading: short, and not punctuated like a sentence. */
export function isHeadingLine(line: string): boolean {
  return line.length <= 120 && !endsLikeSentence(line) && /\p{L}/u.test(line);
}

/** Parses an article text scrape into one entry per section (or one entry when it has no sections). */
export function parseArticleText(body: string, ctx: ParseContext): DraftDocument {
  const lines = splitLines(body);
  const endAt = lines.findIndex((l) => END_RE.test(l));
  const content = (endAt >= 0 ? lines.slice(0, endAt) : lines).filter((l) => l !== "");
  const title = content.find((l) => !isFurniture(l)) ?? null;
  const start = bodyStart(content);
  const header = content.slice(0, start);
  const author = header.map((l) => BYLINE_RE.exec(l)?.[1]?.trim()).find((a) => a) ?? null;
  const published = headerDate(header, ctx);
  const paragraphs = content.slice(start).filter(isArticleParagraph);

  const blocks = paragraphs.map((text): Block => ({ kind: isHeadingLine(text) ? "heading" : "paragraph", text }));
  const { intro, entries } = sectionsToEntries(blocks, { title, published, author, url: ctx.url });
  const named = /euronews/i.test(author ?? "") || /\beuronews\b/i.test(header.join(" "));
  return { sourceName: named ? "Euronews" : null, title, intro, entries, warnings: [] };
}

const WIDGET_RE = /^(share this article|copy\/paste the article|copy to clipboard|updated\b|published\b)/i;

function isHeaderWidget(line: string): boolean {
  return BYLINE_RE.test(line) || WIDGET_RE.test(line);
}

/** Index of the first body line: after the byline and share widgets that follow the title, else after the title. */
function bodyStart(content: string[]): number {
  const first = content.slice(0, 15).findIndex(isHeaderWidget);
  if (first < 0) return content.length > 1 ? 1 : 0;
  let i = first;
  while (i < content.length && (isHeaderWidget(content[i]!) || isCredit(content[i]!))) i++;
  return i;
}

function isArticleParagraph(line: string): boolean {
  if (isFurniture(line) || isCredit(line) || endsWithPointer(line)) return false;
  return !/copyright|all rights reserved|\/\s*photo:/i.test(line);
}

/** The date the header prints (`05/01/2024 - 10:12`, maybe `GMT+2`), else the fallback day (date only), else null. */
function headerDate(header: string[], ctx: ParseContext): string | null {
  for (const line of header) {
    if (/copyright/i.test(line)) continue;
    const m = DATELINE_RE.exec(line);
    if (!m) continue;
    const day = makeDay(Number(m[3]), Number(m[2]), Number(m[1]));
    if (!day) continue;
    const minutes = m[4] ? minutesOf(Number(m[4]), Number(m[5])) : null;
    if (minutes === null) return day;
    // A printed offset ("16:20 GMT+2") fixes the instant; without one the time is in the source's zone.
    if (/GMT|UTC/i.test(m[0])) {
      const offset = m[6] ? (m[6] === "-" ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8] ?? 0)) : 0;
      return toIsoZ(new Date(Date.parse(localToIso(day, minutes, "UTC")) - offset * 60_000));
    }
    return localToIso(day, minutes, ctx.timezone);
  }
  return ctx.fallbackDay;
}

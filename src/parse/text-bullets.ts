// Key-event lists: bullets under small sub-headings, one entry per bullet, dated by the page's own date.
import { noDateWarning, type DraftDocument, type DraftEntry, type ParseContext } from "./draft.ts";
import { isEndMarker } from "./text-furniture.ts";
import { headTimes, introLines, isMetaLine, pageTitle } from "./text-head.ts";
import { bulletText, isChrome, isProse, isSentence } from "./text-lines.ts";
import { stripDateline } from "./text-post.ts";
import { siteName } from "./text-site.ts";

/** Lines holding the list's bullets, or null when the page is no list of events under sub-headings. */
export function findBulletList(lines: string[]): number[] | null {
  const items: number[] = [];
  let headed = 0;
  let lastHeading = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (items.length > 0 && isEndMarker(line)) break;
    const text = bulletText(line);
    if (text !== null && isProse(text)) {
      if (lastHeading >= 0) headed++;
      lastHeading = -1;
      items.push(i);
    } else if (!isChrome(line)) {
      lastHeading = isSubHeading(line, i) ? i : -1;
    }
  }
  // A factbox ("* CIVILIANS: …") is one article's paragraphs, not a list of separate events.
  const labelled = items.filter((i) => /^\p{Lu}[\p{Lu}\d ,&'’-]{2,40}:\s/u.test(bulletText(lines[i]!)!)).length;
  return items.length >= 3 && headed >= 1 && labelled * 2 < items.length ? items : null;
}

function isSubHeading(line: string, i: number): boolean {
  const words = line.split(" ").length;
  return line.length >= 3 && line.length <= 60 && words <= 8 && !isSentence(line) && /\p{L}{2}/u.test(line) &&
    !isMetaLine(line, i);
}

/** Reads a key-events list: one headline-less entry per bullet, dated (day only) by the page. */
export function parseBulletList(lines: string[], ctx: ParseContext): DraftDocument | null {
  const items = findBulletList(lines);
  if (!items) return null;
  const first = items[0]!;
  const warnings: string[] = [];
  const head = headTimes(lines, 0, first, ctx.timezone);
  let day = (head.oldest ?? head.newest)?.day ?? null;
  if (!day && ctx.fallbackDay) {
    day = ctx.fallbackDay;
    warnings.push(noDateWarning("its entries are", ctx));
  }
  const entries: DraftEntry[] = items.map((i) => ({
    headline: null,
    published: day,
    author: null,
    body: [stripDateline(bulletText(lines[i]!)!)],
    keyPoint: false,
    url: ctx.url,
  }));
  const title = pageTitle(lines, 0, first);
  return { sourceName: siteName(lines, title), title, intro: introLines(lines, 0, first, null), entries, warnings };
}

// Text scrapes: the reader the page's evidence fits (live blog, key-event list, article); warns on misfits.
import { englishLines } from "./date-words.ts";
import { closeDecks } from "./text-decks.ts";
import type { DraftDocument, ParseContext } from "./draft.ts";
import { parseArticleText } from "./article-text.ts";
import { parseLiveblogText } from "./liveblog-text.ts";
import { findBulletList, parseBulletList } from "./text-bullets.ts";
import { isProse, splitLines, splitWeatherStrips } from "./text-lines.ts";
import { dropPrintBreaks, dropPromoLabels, dropSponsoredCards } from "./text-furniture.ts";
import { findStampedLayout } from "./text-stamped.ts";
import { findThread, parseThread } from "./text-thread.ts";
import { matchStamp } from "./text-stamps.ts";

export type TextLayout = "liveblog" | "list" | "article";

/** The layout a text page is in, or null when it holds nothing to read. */
export function detectTextLayout(lines: string[]): TextLayout | null {
  if (findThread(lines) || findStampedLayout(lines)) return "liveblog";
  if (findBulletList(lines)) return "list";
  return lines.some((l) => isProse(l) && l.length >= 40) ? "article" : null;
}

let lastBody: string | null = null;
let lastLines: string[] = [];

/** The lines of a text body; kept until the page is parsed, since detection and parsing read the same page. */
export function linesOf(body: string): string[] {
  if (body !== lastBody) [lastBody, lastLines] = [body, closeDecks(englishLines(dropPromoLabels(dropPrintBreaks(dropSponsoredCards(splitWeatherStrips(splitLines(body)))))))];
  return lastLines;
}

/** The lines of the body being parsed; the kept copy is let go, so no page outlives its parse. */
function takeLines(body: string): string[] {
  const lines = linesOf(body);
  [lastBody, lastLines] = [null, []];
  return lines;
}

/** Reads a text page as `format` asks ("auto": by its layout); null when there is nothing to read. */
export function parseText(body: string, format: "auto" | "liveblog-text" | "article-text", ctx: ParseContext): DraftDocument | null {
  const lines = takeLines(body);
  // (a social thread first: its posts' headers are the clearest evidence a page can give)
  const listed = parseThread(lines, ctx) ?? parseLiveblogText(lines, ctx) ?? parseBulletList(lines, ctx);
  if (format === "article-text") {
    const article = parseArticleText(lines, ctx);
    if (article && listed) {
      article.warnings.push(`--format article-text: the page reads as a live blog or list of ${listed.entries.length} entries; read as one article as asked`);
    }
    return article;
  }
  if (listed) return listed;
  const article = parseArticleText(lines, ctx);
  if (!article) return null;
  if (format === "liveblog-text") {
    const stamps = lines.filter((l, i) => l !== "" && l.length <= 160 && matchStamp(l, i)).length;
    article.warnings.unshift(`--format liveblog-text: no stamped updates or key-event list found (${stamps} time stamps); read as one article`);
  }
  return article;
}

// HTML pages: a schema.org LiveBlogPosting (JSON-LD, checked against the HTML), else the article's main text.
// Every page is first bounded in nesting depth, so no page can make parsing super-linear.
import * as cheerio from "cheerio/slim";
import { type DraftDocument, NO_DATE, type ParseContext } from "./draft.ts";
import { parseArticleHtml } from "./html-article.ts";
import { boundNesting } from "./html-bounded.ts";
import { keyList } from "./html-keypoints.ts";
import { extendFromHtml } from "./html-ld-extend.ts";
import { parseLiveBlog } from "./html-liveblog.ts";
import { pageMeta } from "./html-meta.ts";
import { hasType, jsonLdNodes } from "./jsonld.ts";
import { normText } from "./text-lines.ts";
import { parseMachineDate } from "./timestamp.ts";

export { titleSuffix } from "./html-meta.ts";
export { preferHtmlParagraphs } from "./html-liveblog.ts";

/** Parses an HTML page: live-blog JSON-LD when present, else the article's main text as one entry. */
export function parseHtml(body: string, ctx: ParseContext): DraftDocument | null {
  const html = boundNesting(body);
  // htmlparser2 (not parse5): linear on huge or badly nested pages, which parse5 handles in quadratic time.
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const nodes = jsonLdNodes($);
  const meta = pageMeta($, nodes, ctx.timezone);
  const blog = nodes.find((n) => hasType(n, "LiveBlogPosting"));
  const keys = keyList($);
  if (!blog) return withListedDates(parseArticleHtml(html, meta, ctx, keys), nodes, ctx);
  // The JSON-LD may list only the newest updates; the HTML's own reading then adds the older ones.
  return extendFromHtml(parseLiveBlog($, blog, meta, ctx, keys), parseArticleHtml(html, meta, ctx, keys));
}

/**
 * Items the page's JSON-LD lists with their own dates (a podcast's `workExample` episodes, an `ItemList`'s articles):
 * an entry of the same name that the HTML leaves undated, or dated only by the fetch day, takes its item's date.
 */
function withListedDates(doc: DraftDocument | null, nodes: Record<string, unknown>[], ctx: ParseContext): DraftDocument | null {
  if (!doc) return doc;
  const dates = new Map<string, string>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1));
    const node = value as Record<string, unknown>;
    const name = typeof node["name"] === "string" ? node["name"] : typeof node["headline"] === "string" ? node["headline"] : null;
    if (name && typeof node["datePublished"] === "string") dates.set(normText(name), node["datePublished"]);
    for (const child of Object.values(node)) walk(child, depth + 1);
  };
  nodes.forEach((n) => walk(n, 0));
  const undated = doc.warnings.some((w) => w.startsWith(NO_DATE));
  const listed = doc.entries.map((e) => (e.headline && (e.published === null || undated) ? dates.get(normText(e.headline)) : undefined));
  if (listed.every((d) => d === undefined)) return doc;
  const entries = doc.entries.map((e, i) => (listed[i] ? { ...e, published: parseMachineDate(listed[i], ctx.timezone) ?? e.published } : e));
  // (every entry dated by its own item: the page's date is no longer the fetch day's)
  const warnings = listed.every((d) => d !== undefined) ? doc.warnings.filter((w) => !w.startsWith(NO_DATE)) : doc.warnings;
  return { ...doc, entries, warnings };
}

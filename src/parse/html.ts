// HTML pages: a schema.org LiveBlogPosting (JSON-LD, checked against the HTML), else the article's main text.
// Every page is first bounded in nesting depth, so no page can make parsing super-linear.
import * as cheerio from "cheerio/slim";
import type { DraftDocument, ParseContext } from "./draft.ts";
import { parseArticleHtml } from "./html-article.ts";
import { boundNesting } from "./html-bounded.ts";
import { keyList } from "./html-keypoints.ts";
import { extendFromHtml } from "./html-ld-extend.ts";
import { parseLiveBlog } from "./html-liveblog.ts";
import { pageMeta } from "./html-meta.ts";
import { hasType, jsonLdNodes } from "./jsonld.ts";

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
  if (!blog) return parseArticleHtml(html, meta, ctx, keys);
  // The JSON-LD may list only the newest updates; the HTML's own reading then adds the older ones.
  return extendFromHtml(parseLiveBlog($, blog, meta, ctx, keys), parseArticleHtml(html, meta, ctx, keys));
}

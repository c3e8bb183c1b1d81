// HTML pages: a schema.org LiveBlogPosting (JSON-LD, checked against the HTML), else the main text of an
// article, extracted readability-style with cheerio (largest block of paragraphs, chrome removed).
import type { Cheerio, CheerioAPI } from "cheerio/slim";
import * as cheerio from "cheerio/slim";
import type { Element } from "domhandler";
import type { DraftDocument, DraftEntry, ParseContext } from "./draft.ts";
import { authorName, hasType, jsonLdNodes, type LdUpdate, liveBlogUpdates, str } from "./jsonld.ts";
import { type Block, sectionsToEntries } from "./sections.ts";
import { normText } from "./text-lines.ts";
import { parseMachineDate } from "./timestamp.ts";
import { absoluteUrl } from "./url.ts";

type Node = Record<string, unknown>;

interface PageMeta {
  title: string | null;
  siteName: string | null;
  published: string | null;
  author: string | null;
  description: string | null;
}

/** Parses an HTML page: live-blog JSON-LD when present, else the article's sections. */
export function parseHtml(body: string, ctx: ParseContext): DraftDocument | null {
  // htmlparser2 (not parse5): linear on huge or badly nested pages, which parse5 handles in quadratic time.
  const $ = cheerio.load(body, { xml: { xmlMode: false, decodeEntities: true } });
  const nodes = jsonLdNodes($);
  const meta = pageMeta($, nodes, ctx);
  const blog = nodes.find((n) => hasType(n, "LiveBlogPosting"));
  return blog ? parseLiveBlog($, blog, meta, ctx) : parseArticleHtml($, meta, ctx);
}

function pageMeta($: CheerioAPI, nodes: Node[], ctx: ParseContext): PageMeta {
  const content = (sel: string) => str($(sel).first().attr("content"));
  const article = nodes.find((n) => ["LiveBlogPosting", "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle"]
    .some((t) => hasType(n, t)));
  const publisher = authorName(article?.["publisher"]) ??
    nodes.map((n) => authorName(n["publisher"])).find((p) => p) ??
    str(nodes.find((n) => hasType(n, "WebSite"))?.["name"]);
  const heading = content('meta[property="og:title"]') ?? str(article?.["headline"]) ?? clean($("h1").first().text());
  const pageTitle = clean($("title").first().text());
  return {
    title: heading ?? pageTitle,
    siteName: content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]') ?? publisher ??
      titleSuffix(pageTitle, [heading, clean($("h1").first().text())]),
    published: parseMachineDate(content('meta[property="article:published_time"]') ?? article?.["datePublished"], ctx.timezone),
    author: content('meta[name="author"]') ?? authorName(article?.["author"]),
    description: content('meta[name="description"]') ?? content('meta[property="og:description"]'),
  };
}

/**
 * The site a `<title>` names after its headline: "Headline | Site" (a bar always marks a site), or
 * "Headline – Site" when the part before the dash is the page's own headline.
 */
export function titleSuffix(title: string | null, headlines: (string | null)[]): string | null {
  if (!title) return null;
  const bar = /^(.+?)\s+[|｜]\s+([^|｜]+)$/u.exec(title);
  const dash = bar ? null : /^(.+)\s+(?:[-–—]|::|·)\s+(.+)$/u.exec(title);
  const m = bar ?? dash;
  const site = m?.[2]?.trim();
  if (!m || !site || site.length > 60 || !/\p{L}/u.test(site)) return null;
  if (bar) return site;
  const head = normText(m[1] ?? "");
  return headlines.some((h) => h !== null && normText(h) === head) ? site : null;
}

function clean(text: string | undefined | null): string | null {
  return text?.replace(/\s+/g, " ").trim() || null;
}

/** Entries of a LiveBlogPosting. Per-update headline/time copied from the page are replaced by the HTML's. */
function parseLiveBlog($: CheerioAPI, blog: Node, meta: PageMeta, ctx: ParseContext): DraftDocument {
  const updates = liveBlogUpdates(blog);
  const warnings: string[] = [];
  const pageHeadline = normText(str(blog["headline"]) ?? meta.title ?? "");
  const pageDate = str(blog["datePublished"]);
  const dates = new Set(updates.map((u) => u.datePublished));
  const sharedDate = updates.length > 1 && dates.size === 1;
  const blocks = updateBlocks($);
  const byId = new Map<string, Element>();
  $("[id]").each((_, el) => void (byId.has(el.attribs["id"] ?? "") || byId.set(el.attribs["id"] ?? "", el)));
  const entries: DraftEntry[] = [];
  updates.forEach((update, i) => {
    const block = findBlock($, update, byId, blocks, i);
    // Some producers copy the page's date into every update: then the HTML's own <time> is the truth.
    const copiedDate = !update.datePublished || sharedDate || update.datePublished === pageDate;
    const ownHeadline = update.headline && normText(update.headline) !== pageHeadline ? update.headline : null;
    const htmlTime = block?.find("time[datetime]").first().attr("datetime") ?? null;
    const time = copiedDate ? (htmlTime ?? (sharedDate ? null : update.datePublished)) : update.datePublished;
    const published = parseMachineDate(time, ctx.timezone);
    if (copiedDate && !htmlTime) warnings.push(`update ${update.id ?? i + 1}: no time of its own in the HTML`);
    const body = preferHtmlParagraphs(update.body, blockParagraphs($, block));
    const headline = ownHeadline ?? clean(block?.find("h1, h2, h3, h4").first().text());
    if (!headline && body.length === 0) return;
    entries.push({
      headline,
      published,
      author: update.author ?? authorName(blog["author"]),
      body,
      keyPoint: false,
      url: resolveUrl(update.id, ctx.url),
    });
  });
  const intro = meta.description ? [meta.description] : [];
  return { sourceName: meta.siteName, title: str(blog["headline"]) ?? meta.title, intro, entries, warnings };
}

/** Elements that look like one update each: the nearest block around every `<time datetime>`. */
function updateBlocks($: CheerioAPI): Element[] {
  const seen = new Set<Element>();
  $("time[datetime]").each((_, el) => {
    const block = $(el).closest("article, li, [id]").get(0) as Element | undefined;
    if (block && block.tagName !== "body" && block.tagName !== "html") seen.add(block);
  });
  return [...seen];
}

function findBlock(
  $: CheerioAPI, update: LdUpdate, byId: Map<string, Element>, blocks: Element[], index: number,
): Cheerio<Element> | null {
  const fragment = update.id?.split("#")[1];
  const element = (fragment ? byId.get(fragment) : undefined) ?? blocks[index];
  return element ? $(element) : null;
}

/** The update's own paragraphs: bylines, datelines and captions are page furniture, not body. */
function blockParagraphs($: CheerioAPI, block: Cheerio<Element> | null): string[] {
  if (!block) return [];
  return block.find("p").not(FURNITURE).toArray()
    .filter((p) => $(p).closest("figcaption, figure, footer, aside").length === 0)
    .map((p) => clean($(p).text()))
    .filter((t): t is string => !!t && !BYLINE.test(t));
}

/**
 * The update's body: the JSON-LD's, unless the HTML block says the same text in more paragraphs (a flat
 * `articleBody` string loses the `<p>` breaks), or the JSON-LD has none. HTML paragraphs that the JSON-LD
 * text does not contain (share bars, related links) are left out of the comparison and of the result.
 */
export function preferHtmlParagraphs(ldBody: string[], htmlBody: string[]): string[] {
  if (ldBody.length === 0) return htmlBody;
  const ld = squash(ldBody.join(" "));
  const shared = htmlBody.filter((p) => ld.includes(squash(p)));
  if (shared.length <= ldBody.length) return ldBody;
  return squash(shared.join(" ")) === ld ? shared : ldBody;
}

/** Text compared without case, spacing or quote style. */
function squash(text: string): string {
  return normText(text).replace(/\s+/g, "");
}

const FURNITURE = '[class*="byline" i], [class*="author" i], [class*="caption" i], [class*="credit" i], [class*="dateline" i]';
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&))*$/u;

/** The update's own URL (its `@id`, resolved against the page), else the page's. */
function resolveUrl(id: string | null, base: string | null): string | null {
  return absoluteUrl(id, base) ?? base;
}

/** A plain HTML article: sections of its main content block. */
function parseArticleHtml($: CheerioAPI, meta: PageMeta, ctx: ParseContext): DraftDocument | null {
  $("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, figure, button").remove();
  $('[aria-hidden="true"], [role="navigation"], [role="complementary"]').remove();
  const main = mainContent($);
  if (!main) return null;
  const blocks: Block[] = main.find("h2, h3, p").toArray()
    .map((el) => ({ kind: /^h/i.test(el.tagName) ? "heading" : "paragraph", text: clean($(el).text()) ?? "" } as Block))
    .filter((b) => b.text !== "");
  if (!blocks.some((b) => b.kind === "paragraph")) return null;
  const published = meta.published ?? ctx.fallbackDay;
  const { intro, entries } = sectionsToEntries(blocks, { title: meta.title, published, author: meta.author, url: ctx.url });
  return { sourceName: meta.siteName, title: meta.title, intro, entries, warnings: [] };
}

/** The element holding the most paragraph text: an `<article>`, `<main>` or similar, else `<body>`. */
function mainContent($: CheerioAPI): Cheerio<Element> | null {
  const candidates = $('article, main, [role="main"], [itemprop="articleBody"]').toArray();
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of candidates) {
    const length = $(el).find("p").text().length;
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  if (best) return $(best);
  const body = $("body");
  return body.length > 0 ? body : null;
}

// A schema.org LiveBlogPosting page: one entry per `liveBlogUpdate`, checked against the update's HTML block
// (its own time, headline, author), flagged as a key point when the page's key-events list links to it.
import type { Cheerio, CheerioAPI } from "cheerio/slim";
import type { Element } from "domhandler";
import type { DraftDocument, DraftEntry, ParseContext } from "./draft.ts";
import { bylineName } from "./html-byline.ts";
import { isListed, type KeyList } from "./html-keypoints.ts";
import { oneLine, type PageMeta } from "./html-meta.ts";
import { authorName, type LdUpdate, liveBlogUpdates, textOf } from "./jsonld.ts";
import { normText } from "./text-lines.ts";
import { parseMachineDate } from "./timestamp.ts";
import { absoluteUrl } from "./url.ts";

type Node = Record<string, unknown>;

/** Entries of a LiveBlogPosting. Per-update headline/time copied from the page are replaced by the HTML's. */
export function parseLiveBlog($: CheerioAPI, blog: Node, meta: PageMeta, ctx: ParseContext, keys: KeyList): DraftDocument {
  const updates = liveBlogUpdates(blog);
  const warnings: string[] = [];
  const pageHeadline = normText(textOf(blog["headline"]) ?? meta.headline ?? "");
  const pageDate = textOf(blog["datePublished"]);
  const sharedDate = updates.length > 1 && new Set(updates.map((u) => u.datePublished)).size === 1;
  const blocks = updateBlocks($);
  const byId = new Map<string, Element>();
  $("[id]").each((_, el) => void (byId.has(el.attribs["id"] ?? "") || byId.set(el.attribs["id"] ?? "", el)));
  const keyed = keyEventTargets($, blocks);
  const entries: DraftEntry[] = [];
  updates.forEach((update, i) => {
    const block = findBlock($, update, byId, blocks, i);
    // Some producers copy the page's date into every update: then the HTML's own <time> is the truth.
    const copiedDate = !update.datePublished || sharedDate || update.datePublished === pageDate;
    const htmlTime = block?.find("time[datetime]").first().attr("datetime") ?? null;
    const time = copiedDate ? (htmlTime ?? (sharedDate ? null : update.datePublished)) : update.datePublished;
    if (copiedDate && !htmlTime) warnings.push(`update ${update.id ?? i + 1}: no time of its own in the HTML`);
    const body = preferHtmlParagraphs(update.body, blockParagraphs($, block));
    // (a headline the plugin cut from the text's opening words, "… for another 90 days, until" over "until mid-November.",
    // is an excerpt: it stops inside a sentence, or runs past the first paragraph)
    const lead = update.headline?.trim() ?? "";
    const joined = body.join(" ");
    const excerpt = lead !== "" && joined.length > lead.length && joined.startsWith(lead) &&
      (/^\s+\p{Ll}/u.test(joined.slice(lead.length)) || lead.length > (body[0]?.length ?? 0));
    const ownHeadline = update.headline && !excerpt && normText(update.headline) !== pageHeadline ? update.headline : null;
    const headline = ownHeadline ?? oneLine(block?.find("h1, h2, h3, h4").first().text()) ?? (excerpt ? boldTitle($, block) : null);
    // (an articleBody that opens with the update's headline run in as its first sentence: "Headline. The text …")
    if (headline && body[0]?.startsWith(headline) && /^[.:!?]?\s+\S/u.test(body[0].slice(headline.length))) {
      body[0] = body[0].slice(headline.length).replace(/^[.:!?]?\s+/u, "");
    }
    if (!headline && body.length === 0) return; // an image, video or embed with no words of its own
    const fragment = update.id?.split("#")[1] ?? block?.attr("id") ?? null;
    entries.push({
      headline,
      published: parseMachineDate(time, ctx.timezone),
      author: update.author ?? blockAuthor($, block) ?? authorName(blog["author"]),
      body,
      keyPoint: (fragment !== null && keyed.has(fragment)) || isPinned(block) || isListed(keys, fragment, headline),
      url: absoluteUrl(update.id, ctx.url) ?? ctx.url,
    });
  });
  const intro = meta.description ? [meta.description] : [];
  return { sourceName: meta.siteName, title: textOf(blog["headline"]) ?? meta.headline, intro, entries, warnings };
}

/** A block's first paragraph set wholly in bold, short and unclosed by a stop: the update's title ("<p><strong>…"). */
function boldTitle($: CheerioAPI, block: Cheerio<Element> | null): string | null {
  const first = block?.find("p").first();
  const text = first && first.length > 0 ? oneLine(first.text()) : null;
  const bold = first?.children("strong, b");
  return text && text.length <= 120 && !/[.!?]$/.test(text) && bold?.length === 1 && oneLine(bold.text()) === text ? text : null;
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

/**
 * Ids of the updates the page lists as its key events: `#fragment` links gathered in one list outside every
 * update, under a heading that says so (key, pinned, highlights, summary), or naming fewer than half the updates
 * (a list of every update is a table of contents, not a choice).
 */
function keyEventTargets($: CheerioAPI, blocks: Element[]): Set<string> {
  const inUpdate = new Set(blocks);
  const found = new Set<string>();
  $("ul, ol").each((_, list) => {
    const $list = $(list);
    if ($list.parents().toArray().some((p) => inUpdate.has(p as Element))) return;
    const targets = $list.find("li a[href*='#']").toArray()
      .map((a) => ($(a).attr("href") ?? "").split("#")[1] ?? "")
      .filter((id) => id !== "" && blocks.some((b) => b.attribs["id"] === id));
    if (targets.length === 0) return;
    const box = $list.closest("section, aside, div, nav");
    const heading = oneLine(box.find("h2, h3, h4, strong").first().text()) ?? "";
    const named = /\b(key|pinned|highlights?|summary|main|top|essential)\b/i.test(heading) ||
      /\b(key|pinned|highlight)/i.test(box.attr("class") ?? "");
    if (named || targets.length * 2 < blocks.length) for (const id of targets) found.add(id);
  });
  return found;
}

/** An update block the page marks as pinned or key (`class="post pinned"`, `key-event`, `highlighted`). */
function isPinned(block: Cheerio<Element> | null): boolean {
  const words = (block?.attr("class") ?? "").toLowerCase().split(/[^a-z]+/);
  return words.some((w) => ["pinned", "sticky", "highlighted", "keyevent", "keypoint"].includes(w)) ||
    (words.includes("key") && words.some((w) => ["event", "point", "update"].includes(w)));
}

function findBlock(
  $: CheerioAPI, update: LdUpdate, byId: Map<string, Element>, blocks: Element[], index: number,
): Cheerio<Element> | null {
  const fragment = update.id?.split("#")[1];
  const element = (fragment ? byId.get(fragment) : undefined) ?? blocks[index];
  return element ? $(element) : null;
}

const FURNITURE = '[class*="byline" i], [class*="author" i], [class*="caption" i], [class*="credit" i], [class*="dateline" i]';
const EMBEDS = 'figure, figcaption, footer, aside, blockquote[class*="embed" i], blockquote[class*="tweet" i], ' +
  'blockquote[class*="instagram" i], blockquote[class*="social" i], [class*="embed" i]';
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&))*$/u;

/** The update's own paragraphs: bylines, datelines, captions and embedded posts are not its body. */
function blockParagraphs($: CheerioAPI, block: Cheerio<Element> | null): string[] {
  if (!block) return [];
  const embedded = new Set(block.find(EMBEDS).find("p").add(block.find(EMBEDS).filter("p")).toArray());
  return block.find("p").not(FURNITURE).toArray()
    .filter((p) => !embedded.has(p))
    .map((p) => oneLine($(p).text()))
    .filter((t): t is string => !!t && !BYLINE.test(t));
}

/** The author the update's HTML block names (`class="author"`, `rel="author"`, `itemprop="author"`). */
function blockAuthor($: CheerioAPI, block: Cheerio<Element> | null): string | null {
  const el = block?.find('[rel="author"], [itemprop="author"], [class*="author" i], [class*="byline" i]').first();
  return el && el.length > 0 ? bylineName(el.text()) : null;
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

// An HTML article as one entry: main text found by Mozilla's Readability over a linkedom DOM, after the page's
// chrome is removed; headline, byline and date from the page's metadata; the standfirst kept apart as the intro.
import { createRequire } from "node:module";
import type { DraftDocument, ParseContext } from "./draft.ts";
import { type DomElement, classWords, isChromeLine, removeChrome } from "./html-chrome.ts";
import { oneLine, type PageMeta } from "./html-meta.ts";
import { normText } from "./text-lines.ts";

// linkedom and Readability load on the first HTML article, not with every command (linkedom alone costs ~160 ms).
const require = createRequire(import.meta.url);
let linkedom: typeof import("linkedom") | null = null;
let readabilityModule: typeof import("@mozilla/readability") | null = null;
const dom = () => (linkedom ??= require("linkedom") as typeof import("linkedom"));
const readability = () => (readabilityModule ??= require("@mozilla/readability") as typeof import("@mozilla/readability"));

/** Readability gives up on pages with more elements than this (the plain reader below takes them, linearly). */
const READABILITY_MAX_ELEMENTS = 30_000;
const BLOCKS = "p, li, blockquote, pre, h2, h3, h4, h5, h6";
const SUMMARY_WORDS = new Set(["standfirst", "teaser", "summary", "dek", "lede", "lead", "intro", "subtitle", "subhead",
  "subheadline", "excerpt", "description", "strapline", "sapo", "chapo", "deck"]);

/** Parses an article page (already bounded in depth): one entry, or null when it holds no paragraph. */
export function parseArticleHtml(html: string, meta: PageMeta, ctx: ParseContext): DraftDocument | null {
  const { document } = dom().parseHTML(html) as unknown as { document: { documentElement: DomElement } };
  const root = document.documentElement;
  removeChrome(root);
  const standfirst = takeStandfirst(root, meta.description);
  for (const el of Array.from(root.querySelectorAll("p[id], li[id], h2[id], h3[id], blockquote[id]"))) {
    el.removeAttribute("id"); // link targets ("after-related-1"): Readability would read them as roles
  }
  // linkedom answers getElementsByTagName("*") with nothing, so Readability's own size guard never fires: count here.
  const small = root.querySelectorAll("*").length <= READABILITY_MAX_ELEMENTS;
  const main = (small ? readableMain(document) : null) ?? plainMain(root);
  const headline = meta.headline;
  const body = main ? paragraphs(main).filter((p) => !sameText(p, headline) && !isByline(p, meta.author)) : [];
  if (body.length === 0) return null;
  const warnings: string[] = [];
  if (!meta.published) warnings.push(`no publication date on the page: dated ${ctx.fallbackDay ?? "unknown"}`);
  const intro = standfirst ? [standfirst] : meta.description && !sameText(body[0] ?? "", meta.description) ? [meta.description] : [];
  return {
    sourceName: meta.siteName,
    title: headline,
    intro,
    entries: [{ headline, published: meta.published ?? ctx.fallbackDay, author: meta.author, body, keyPoint: false, url: ctx.url }],
    warnings,
  };
}

/** The article block Readability picks, or null when it finds none (or the page is too large for it). */
function readableMain(document: unknown): DomElement | null {
  try {
    const reader = new (readability().Readability)(document as never, {
      keepClasses: true,
      serializer: (el: unknown) => el as never,
    });
    const result = reader.parse() as { content?: unknown } | null;
    return (result?.content as DomElement | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Without Readability: the article/main block holding the most paragraph text, else the body. */
function plainMain(root: DomElement): DomElement | null {
  let best: DomElement | null = null;
  let bestLength = 0;
  for (const el of Array.from(root.querySelectorAll('article, main, [role="main"], [itemprop="articleBody"]'))) {
    let length = 0;
    for (const p of Array.from(el.querySelectorAll("p"))) length += p.textContent?.length ?? 0;
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best ?? root.querySelector("body");
}

/** The block's text paragraphs in order: no headings (intertitles), no link lists, no chrome lines. */
function paragraphs(main: DomElement): string[] {
  const out: string[] = [];
  for (const el of Array.from(main.querySelectorAll(BLOCKS))) {
    const tag = el.tagName.toLowerCase();
    if (/^h\d$/.test(tag) || el.querySelector("p, li, blockquote")) continue;
    if (tag === "li" && linkShare(el) > 0.6) continue;
    const text = oneLine(el.textContent);
    // a paragraph that is one link and no sentence points elsewhere (a promo or a related story)
    if (!text || isChromeLine(text) || (linkShare(el) > 0.9 && !/[.!?…"”’]$/u.test(text))) continue;
    out.push(text);
  }
  return out;
}

/** Share of an element's text that sits inside links. */
function linkShare(el: DomElement): number {
  const all = oneLine(el.textContent)?.length ?? 0;
  if (all === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) linked += oneLine(a.textContent)?.length ?? 0;
  return linked / all;
}

/**
 * Takes the standfirst out of the page: a paragraph saying the page's description that is marked as a summary
 * (`class="standfirst"`, `teaser`, `dek`…) or sits apart from the paragraphs after it. A first paragraph the
 * description merely copies stays in the body.
 */
function takeStandfirst(root: DomElement, description: string | null): string | null {
  if (!description) return null;
  const ps = Array.from(root.querySelectorAll("p")).slice(0, 30);
  const index = ps.findIndex((p) => sameText(oneLine(p.textContent) ?? "", description));
  const p = ps[index];
  if (!p) return null;
  const next = ps[index + 1];
  const marked = classWords(p).some((w) => SUMMARY_WORDS.has(w));
  if (!marked && next && next.parentElement === p.parentElement) return null;
  p.remove();
  return oneLine(p.textContent);
}

function sameText(a: string, b: string | null): boolean {
  return b !== null && normText(a) === normText(b);
}

/** "By Jane Doe", or the author's name alone on a line. */
function isByline(text: string, author: string | null): boolean {
  if (/^By\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&))*$/u.test(text)) return true;
  return author !== null && normText(text.replace(/^by\s+/i, "")) === normText(author);
}

// An HTML article as one entry: main text found by Mozilla's Readability over a linkedom DOM, after the page's
// chrome is removed; headline, byline and date from the page's metadata; the standfirst kept apart as the intro.
import { createRequire } from "node:module";
import { todayIn } from "../day.ts";
import { NO_DATE, NO_ZONE, noDateWarning, type DraftDocument, type DraftEntry, type ParseContext } from "./draft.ts";
import { type DomElement, classWords, isChromeLine, removeChrome } from "./html-chrome.ts";
import type { KeyList } from "./html-keypoints.ts";
import { oneLine, type PageMeta } from "./html-meta.ts";
import { printedStamp } from "./html-stamp-text.ts";
import { parseFlatStamped } from "./html-flat.ts";
import { homeZone, isDatedMetaRow, marksBeforeChrome, stampedPage } from "./html-stamped.ts";
import { articleDate } from "./article-date.ts";
import { datedChrome } from "./html-byline.ts";
import { type Block, itemsOf, keepSections, ruledItems, sectionsToEntries } from "./sections.ts";
import { clockMinutes, findDate, matchDateLine } from "./text-dates.ts";
import { wallToIso } from "./text-zones.ts";
import { parseMachineDate } from "./timestamp.ts";
import { normText } from "./text-lines.ts";
import { bylineAuthor } from "./text-post.ts";

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

/**
 * Parses an article page (already bounded in depth), or null when it holds no paragraph. A page of timestamped
 * sibling blocks is a list of updates (one entry each); an article whose two or more headings each open paragraphs
 * is one entry per section (a single intertitle keeps one entry); else one entry.
 */
export function parseArticleHtml(html: string, meta: PageMeta, ctx: ParseContext, keys: KeyList): DraftDocument | null {
  const { document } = dom().parseHTML(html) as unknown as { document: { documentElement: DomElement } };
  const root = document.documentElement;
  const marks = marksBeforeChrome(root);
  markSectionBylines(root, marks.bylines);
  promoteCardTitles(root, document as unknown as NodeMaker);
  removeChrome(root);
  const updates = stampedPage(root, marks, meta, ctx, keys) ?? parseFlatStamped(root, meta, ctx, marks);
  if (updates) return updates;
  const standfirst = takeStandfirst(root, meta.description);
  dropSummaryBoxes(root);
  dropKickers(root);
  for (const el of Array.from(root.querySelectorAll("p[id], li[id], h2[id], h3[id], blockquote[id]"))) {
    el.removeAttribute("id"); // link targets ("after-related-1"): Readability would read them as roles
  }
  // (a section heading whose class says "header", "<h3 class="header-anchor-post">": Readability drops it as a page header)
  for (const el of Array.from(root.querySelectorAll("h2[class*=header], h3[class*=header], h4[class*=header]"))) el.removeAttribute("class");
  // (a page's date box, and the home its markup names, read before Readability takes the DOM apart)
  const boxed = meta.published ? [] : datedChrome(root, false).slice(0, 1);
  const home = meta.published && !meta.publishedWall ? null : homeZone(root, meta, marks);
  // linkedom answers getElementsByTagName("*") with nothing, so Readability's own size guard never fires: count here.
  const small = root.querySelectorAll("*").length <= READABILITY_MAX_ELEMENTS;
  const main = (small ? readableMain(document) : null) ?? plainMain(root);
  const headline = meta.headline;
  const warnings: string[] = [];
  const dated: string[] = [];
  const blocks = main ? textBlocks(main).filter((b) => {
    if (b.kind === "heading") return !sameText(b.text, headline);
    if (isDateLine(b.text)) dated.push(b.text);
    return !isDateLine(b.text) && !sameText(b.text, headline) && !isByline(b.text, meta.author);
  }) : [];
  const kept = keepSections(blocks);
  if (!kept.some((b) => b.kind === "paragraph")) return null;
  // no machine date: the page's printed "Published …" line ("Updated … | Published …" read part by part)
  // (else the date lines the chrome removal took: a "date" box is chrome to the text, not to its dating)
  // (else the first box the markup calls a date that the text left out: "<div class="date">1 July 2026 16:20</div>")
  const printed = (dated.length > 0 ? dated : marks.dated.length > 0 ? marks.dated.map((d) => d.text) : boxed.map((d) => d.text))
    .flatMap((t) => t.split(/\s+[|•·]\s+/u));
  // (a machine date naming no zone is a wall time where the page has its home)
  const wall = meta.publishedWall && home && !ctx.zoneGiven ? parseMachineDate(meta.publishedWall, home.zone) : null;
  if (wall) warnings.push(`${NO_ZONE} its time is read in ${home!.zone}, from ${home!.from}`);
  const published = wall ?? meta.published ??
    (printed.length > 0 ? articleDate(printed, { ...ctx, fallbackDay: null }, [], null, printed, home) : null);
  if (!published) warnings.push(noDateWarning("it is", ctx));
  const author = meta.author ?? dated.map(datedByline).find((a) => a !== null) ?? null;
  const briefs = main ? linkedBriefs(main) : null;
  if (briefs) {
    const entries = briefs.map((text) => ({ headline: null, published: published ?? ctx.fallbackDay, author, body: [text], keyPoint: false, url: ctx.url }));
    return { sourceName: meta.siteName, title: headline, intro: [], entries, warnings };
  }
  const timeline = published ? timedParagraphs(kept, published, meta.offset ?? null, ctx.timezone, author, ctx.url) : null;
  if (timeline) return { sourceName: meta.siteName, title: headline, intro: timeline.intro, entries: timeline.entries, warnings };
  const ruled = ruledItems(kept, { published: published ?? ctx.fallbackDay, author, url: ctx.url });
  if (ruled) return { sourceName: meta.siteName, title: headline, intro: ruled.intro, entries: ruled.entries, warnings };
  const sections = sectionsToEntries(kept, { title: headline, published: published ?? ctx.fallbackDay, author, url: ctx.url });
  // (a summary opened by its wire's dated dateline, "Example360 (September 15, 2026, 5:48 PM EDT) -- …", dates its entry;
  // a page dated by nothing else then prints its date after all)
  for (const entry of sections.entries) {
    const line = WIRE_DATED_RE.exec(entry.body[0] ?? "")?.[1];
    const own = line && findDate(line)?.minutes != null ? articleDate([line], { ...ctx, fallbackDay: null }, [], null, [line], home) : null;
    if (own) entry.published = own;
  }
  const ownDated = !published && sections.entries.length > 0 && sections.entries.every((e) => e.published !== (ctx.fallbackDay ?? null));
  const first = sections.entries[0]?.body[0] ?? "";
  const lead = standfirst ? [standfirst] : sections.intro.length > 0 ? [] :
    meta.description && !sameText(first, meta.description) ? [meta.description] : [];
  return { sourceName: meta.siteName, title: headline, intro: [...lead, ...sections.intro], entries: sections.entries,
    warnings: ownDated ? warnings.filter((w) => !w.startsWith(NO_DATE)) : warnings };
}

const WIRE_DATED_RE = /^\p{Lu}[\p{L}\d.&'’ -]{1,40} \(([^()]{8,60}\d[^()]{0,20})\) ?(?:--|[—–-]) /u;

// "5:40 am: Poland will formally ask …", "13:45 – The Kremlin warned …": a paragraph opened by its time
const TIMED_RE = /^(\d{1,2})[:.](\d{2})(?:\s?([AaPp])\.?\s?[Mm]\.?)?\s?[:–—-]\s+(\S.*)$/u;

/**
 * An article told as a timeline of its day: three or more paragraphs each opened by a time ("5:40 am: …"), the
 * paragraphs after one carrying it on. Each is an entry at that time on the article's day, in the offset its
 * JSON-LD dates print (else the page's zone); null for any other article.
 */
function timedParagraphs(blocks: Block[], published: string, offset: string | null, zone: string, author: string | null,
  url: string | null): { intro: string[]; entries: DraftEntry[] } | null {
  if (blocks.some((b) => b.kind === "heading") || blocks.filter((b) => TIMED_RE.test(b.text)).length < 3) return null;
  const clock = offset ?? zone;
  const day = todayIn(clock, new Date(published));
  return itemsOf(blocks, (text) => {
    const m = TIMED_RE.exec(text);
    const minutes = m ? clockMinutes([m[1], m[2], m[3]]) : null;
    return m && minutes !== null ? { headline: null, published: wallToIso(day, minutes, clock), author, body: [m[4]!], keyPoint: false, url } : null;
  });
}

/**
 * A round-up of one-paragraph briefs, each naming its subject by a link near its start ("<a>Japan</a>'s prime minister
 * called …", "Protesters in <a>Bolivia</a> blocked …") and no other, under no heading: five or more, every paragraph of
 * the text so made. Each is an entry of its own; null for any other article.
 */
function linkedBriefs(main: DomElement): string[] | null {
  if (main.querySelector("h2, h3, h4, li")) return null;
  const paragraphs = Array.from(main.querySelectorAll("p")).map((p) => ({ p, text: oneLine(p.textContent) ?? "" }))
    .filter(({ text }) => text.length >= 60 && /[.!?…"”’]$/u.test(text));
  if (paragraphs.length < 5) return null;
  const opens = ({ p, text }: { p: DomElement; text: string }) => {
    const links = p.querySelectorAll("a");
    const name = links.length === 1 ? oneLine(links[0]!.textContent) ?? "" : "";
    const at = name ? text.indexOf(name) : -1;
    return name.split(" ").length <= 4 && at >= 0 && text.slice(0, at).split(/\s+/).filter(Boolean).length <= 8;
  };
  return paragraphs.every(opens) ? paragraphs.map(({ text }) => text) : null;
}

/**
 * A short line that only dates the page ("Updated … | Published August 12, 2024 at 2:52 p.m. EDT"), or a date alone
 * on its line, with or without its time ("Thursday 6 July 2023 20:10 BST", "6 July 2023"): the article's dateline.
 */
function isDateLine(text: string): boolean {
  if (matchDateLine(text) !== null || printedStamp(text)?.date || datedByline(text) !== null || isDatedMetaRow(text)) return true;
  return text.length <= 160 && /\b(published|updated?|posted|modified)\b/i.test(text) && findDate(text) !== null &&
    !/[.!?…"”]$/u.test(text);
}

/** The author of a byline printed beside the article's date ("By Jane Doe · 19 December 2023 19:05 GMT"), else null. */
function datedByline(text: string): string | null {
  const parts = text.length <= 120 ? text.split(/\s+[|•·–—]\s+/u) : [];
  if (parts.length !== 2 || !(matchDateLine(parts[1]!) !== null || printedStamp(parts[1]!)?.date)) return null;
  return bylineAuthor(parts[0]!);
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

/** The block's text in order: paragraphs and headings (no link lists, no chrome lines). */
function textBlocks(main: DomElement): Block[] {
  const out: Block[] = [];
  const counted = new Map<DomElement, number>();
  const titledLists = new Map<DomElement, boolean>();
  for (const el of Array.from(main.querySelectorAll(BLOCKS))) {
    const tag = el.tagName.toLowerCase();
    if (el.querySelector("p, li, blockquote")) continue;
    const text = oneLine(el.textContent);
    if (!text || isChromeLine(text)) continue;
    if (/^h\d$/.test(tag)) {
      const author = el.getAttribute(SECTION_BY) ?? undefined;
      // (a listing's card titles its text with a link to the story: "<article><h3><a>…</a></h3><p>its summary</p>")
      if (linkShare(el) <= 0.5 || isCardTitle(el, counted)) out.push(author ? { kind: "heading", text, author } : { kind: "heading", text });
      continue;
    }
    // a paragraph set wholly in bold, short and unpunctuated, is a subheading ("<p><strong>- Talks in Belarus -</strong></p>")
    if (tag === "p" && isBoldHeading(el, text)) {
      out.push({ kind: "heading", text: text.replace(/^[-–—]\s+|\s+[-–—]$/g, "") });
      continue;
    }
    // a list's item opened by a title in bold ("<li><strong>Drones hit a refinery</strong> Ukraine's drone forces said
    // …"), as a newsletter's numbered briefs print it: the title heads the item's text
    const item = el.closest("li");
    const title = item ? leadIn(el, text) : null;
    if (title && titledList(item!.parentElement, titledLists)) {
      out.push({ kind: "heading", text: title }, { kind: "paragraph", text: text.slice(title.length).trim().replace(READ_MORE_RE, "") });
      continue;
    }
    // (a list of links points elsewhere; a newsletter's item linked whole is still its report: "<li><a>Russian glide
    // bombs killed four people in Sumy, officials said.</a>")
    const linked = linkShare(el);
    if (tag === "li" && linked > 0.6 && !LINKED_REPORT_RE.test(text)) continue;
    // a paragraph that is one link and no sentence points elsewhere (a promo or a related story)
    if (linked > 0.9 && !/[.!?…"”’]$/u.test(text)) continue;
    out.push(tag === "li" ? { kind: "paragraph", text, bullet: true, ...(linked > 0.9 ? { linked: true } : {}) } : { kind: "paragraph", text });
  }
  return out;
}

const SECTION_BY = "data-section-byline";
// a sentence of eight words or more, closed by its full stop
const LINKED_REPORT_RE = /^(?:\S+\s+){7,}\S*[.!?]["”’]?$/u;

/** What a card's rewrite needs of the DOM beyond DomElement: new elements, and nodes moved as they are. */
interface NodeMaker {
  createElement(tag: string): DomElement & { append(...nodes: unknown[]): void };
}
type WithNodes = DomElement & { childNodes: ArrayLike<unknown> };

/**
 * A listing whose cards each set their title in a plain element its class calls a title, the whole card wrapped in
 * one link ("<li><a><div class="title">…</div><div class="intro"><p>…</p></div></a></li>"): the link is unwrapped and
 * the title made an h3, as a card's heading is, so the listing reads card by card. Two such cards or more, each with a
 * summary of a sentence.
 */
function promoteCardTitles(root: DomElement, doc: NodeMaker): void {
  // (a class naming a title as its last word, "title", "card__title"; not "c-headline__kicker"; in a card with no heading)
  const titled = (el: DomElement) => el.className.split(/\s+/).some((c) => CARD_TITLE_WORDS.has(c.split(/[-_]+/).at(-1)!.toLowerCase()));
  const titles = Array.from(root.querySelectorAll("li div[class], li span[class], article div[class], article span[class]")).flatMap((el) => {
    if (!titled(el) || el.querySelector("div, p, li, h1, h2, h3, h4, h5, h6") || (oneLine(el.textContent)?.length ?? 0) > 200) return [];
    const card = el.closest("li, article")!;
    const summed = Array.from(card.querySelectorAll("p")).some((p) => /[.!?]["”’]?$/u.test(oneLine(p.textContent) ?? ""));
    return !card.querySelector("h1, h2, h3, h4, h5, h6") && summed ? [{ title: el, card }] : [];
  });
  if (titles.length < 2) return;
  for (const { title, card } of titles) {
    const link = title.closest("a");
    if (link && card.contains(link) && link.querySelector("p")) link.replaceWith(...(Array.from((link as WithNodes).childNodes) as DomElement[]));
    const heading = doc.createElement("h3");
    heading.append(...Array.from((title as WithNodes).childNodes));
    title.replaceWith(heading);
  }
}
const CARD_TITLE_WORDS = new Set(["title", "headline", "hed"]);

/**
 * A round-up's sections each under their own byline ("<h2>…</h2><p class="byline">By Jane Doe</p>", two or more such
 * headings): the byline is chrome to the text, so its name is written onto the heading before the chrome goes.
 */
function markSectionBylines(root: DomElement, bylines: Map<DomElement, string>): void {
  const signed = Array.from(root.querySelectorAll("h2, h3, h4")).flatMap((h) => {
    const next = h.nextElementSibling;
    const name = next && next.children.length <= 1 ? bylines.get(next) : undefined;
    return name ? [[h, name] as const] : [];
  });
  if (signed.length >= 2) for (const [h, name] of signed) h.setAttribute(SECTION_BY, name);
}

/**
 * A linked heading that opens a card (first, or under its section label) holding a paragraph of running text under it
 * (its summary), two or more cards so.
 */
function isCardTitle(heading: DomElement, counted: Map<DomElement, number>): boolean {
  const card = heading.parentElement;
  const opens = (c: DomElement) => Array.from(c.children).slice(0, 2).find((ch) => /^H\d$/i.test(ch.tagName)) ?? null;
  if (!card || opens(card) !== heading || !/^(?:ARTICLE|LI|DIV)$/i.test(card.tagName)) return false;
  const summary = (c: DomElement) => Array.from(c.querySelectorAll("p")).some((p) => (oneLine(p.textContent)?.length ?? 0) >= 80);
  if (!summary(card)) return false;
  // (the cards beside it are counted once per list: a long listing stays linear)
  const list = card.parentElement;
  if (!list) return false;
  let cards = counted.get(list);
  if (cards === undefined) {
    cards = Array.from(list.children).filter((c) => c.tagName === card.tagName && summary(c) && opens(c)?.tagName === heading.tagName).length;
    counted.set(list, cards);
  }
  return cards >= 2;
}

/** True when two or more of a list's items open with a bold title (read once per list, kept in `seen`). */
function titledList(list: DomElement | null, seen: Map<DomElement, boolean>): boolean {
  if (!list) return false;
  let titled = seen.get(list);
  if (titled === undefined) {
    titled = Array.from(list.children).filter((li) => leadIn(li.querySelector("p") ?? li, oneLine(li.textContent) ?? "")).length >= 2;
    seen.set(list, titled);
  }
  return titled;
}

/** The bold title opening a block ("<strong>Drones hit a refinery</strong> Ukraine's drone forces said …"): a few words
 * that no stop or colon closes, over a sentence of text. */
function leadIn(el: DomElement, text: string): string | null {
  const bold = el.firstElementChild;
  if (!bold || !/^(?:strong|b)$/i.test(bold.tagName)) return null;
  const title = oneLine(bold.textContent);
  if (!title || !text.startsWith(title) || title.split(/\s+/).length > 12 || /[.!?…:"”|–—-]$/u.test(title)) return null;
  const rest = text.slice(title.length).trim().replace(READ_MORE_RE, "");
  // (a label set off by a bar or a dash, "<strong>Ukraine |</strong> …", is a brief's subject: sections.ts reads those)
  return rest.split(/\s+/).length >= 8 && !/^[|:–—-]/u.test(rest) && /[.!?]["”’]?$/u.test(rest) ? title : null;
}

const READ_MORE_RE = /\s*\bread more\.?$/i;

/** A paragraph whose whole text is one bold run of a few words that no full stop closes. */
function isBoldHeading(el: DomElement, text: string): boolean {
  const bold = el.children.length === 1 ? el.children[0]! : null;
  if (!bold || !/^(?:strong|b)$/i.test(bold.tagName) || oneLine(bold.textContent) !== text) return false;
  return text.length <= 100 && !/[.!?…:"”]$/u.test(text) && linkShare(el) === 0;
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
 * description merely copies stays in the body. With no description, a short block marked as a summary that sits
 * beside the page's h1 (in its header) is the standfirst.
 */
function takeStandfirst(root: DomElement, description: string | null): string | null {
  if (!description) {
    const h1 = root.querySelector("article h1, main h1") ?? root.querySelector("h1");
    const beside = h1?.parentElement ? Array.from(h1.parentElement.children) : [];
    const el = beside.find((c) => c !== h1 && classWords(c).some((w) => SUMMARY_WORDS.has(w)) &&
      !c.querySelector("p, li, h2, h3") && (oneLine(c.textContent)?.length ?? 0) <= 400);
    if (!el) return null;
    el.remove();
    return oneLine(el.textContent);
  }
  // (a standfirst set as a heading, "<h2 class=\"standfirst\">", counts when it is marked so)
  const ps = Array.from(root.querySelectorAll("p, h2, h3")).filter((el) => el.tagName === "P" || classWords(el).some((w) => SUMMARY_WORDS.has(w))).slice(0, 30);
  const index = ps.findIndex((p) => sameText(oneLine(p.textContent) ?? "", description));
  const p = ps[index];
  if (!p) return null;
  const next = ps[index + 1];
  const marked = classWords(p).some((w) => SUMMARY_WORDS.has(w));
  if (!marked && next && next.parentElement === p.parentElement) return null;
  p.remove();
  return oneLine(p.textContent);
}

/**
 * Removes a "Summary" box of bullets at the head of an article ("Summary" over three short lines): it restates the
 * sections below, which tell the news.
 */
function dropSummaryBoxes(root: DomElement): void {
  const order = Array.from(root.querySelectorAll("h2, div, aside, section"));
  const position = new Map(order.map((el, i) => [el, i] as const));
  const sections = order.filter((el) => el.tagName.toLowerCase() === "h2");
  for (const box of Array.from(root.querySelectorAll("div, aside, section"))) {
    const heading = box.querySelector("h2, h3, h4");
    if (!heading || !box.querySelector("ul, ol") || box.querySelector("p")) continue;
    // (or any heading over three or more short items, above three or more of the article's sections: "The Day Today"
    // and its list of what the sections tell)
    const items = Array.from(box.querySelectorAll("li"), (li) => oneLine(li.textContent) ?? "");
    const outside = sections.filter((h) => !box.contains(h));
    const listed = items.length >= 3 && items.every((t) => t.length <= 160) && outside.length >= 3 && position.get(box)! < position.get(outside[0]!)!;
    if (!/^summary$/i.test(oneLine(heading.textContent) ?? "") && !listed) continue;
    box.remove();
  }
}

/**
 * Removes the section labels printed above the article's h1 ("World", "Europe | Ukraine"): short lines of words,
 * without digits or sentence punctuation, that are no byline. They file the article; they are not its text.
 */
function dropKickers(root: DomElement): void {
  const h1 = root.querySelector("article h1, main h1") ?? root.querySelector("h1");
  for (let el = h1?.previousElementSibling ?? null; el; ) {
    const previous = el.previousElementSibling;
    const text = oneLine(el.textContent) ?? "";
    const label = text !== "" && text.length <= 40 && text.split(/\s+/).length <= 4 && !/[\d.!?…:"“”]/u.test(text) &&
      !/^by\s/i.test(text) && !el.querySelector("time, p, li, img, h2, h3");
    if (label) el.remove();
    el = previous;
  }
}

function sameText(a: string, b: string | null): boolean {
  return b !== null && normText(a) === normText(b);
}

/** "By Jane Doe", or the author's name alone on a line. */
function isByline(text: string, author: string | null): boolean {
  if (/^By\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&))*$/u.test(text)) return true;
  return author !== null && normText(text.replace(/^by\s+/i, "")) === normText(author);
}

// Page chrome in an article's DOM: share bars, newsletter and paywall boxes, breadcrumbs, cookie banners, related
// and comment sections, bylines and captions, found by element, role and class words; and chrome lines of text.
import { printedStamp } from "./html-stamp-text.ts";
import { agencyCredit, closingCredit } from "./text-credits.ts";
import { matchStamp } from "./text-stamps.ts";

/** The part of the DOM API the article reader uses (linkedom implements it; the project has no DOM typings). */
export interface DomElement {
  tagName: string;
  id: string;
  className: string;
  textContent: string | null;
  parentElement: DomElement | null;
  nextElementSibling: DomElement | null;
  firstElementChild: DomElement | null;
  previousElementSibling: DomElement | null;
  children: ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  setAttribute(name: string, value: string): void;
  closest(selector: string): DomElement | null;
  contains(other: DomElement): boolean;
  remove(): void;
  replaceWith(...nodes: DomElement[]): void;
}

const CHROME_TAGS = "script, style, noscript, template, iframe, svg, form, button, input, select, textarea, nav, " +
  "footer, aside, figure, figcaption, dialog, object, embed, canvas, video, audio, picture";
const CHROME_ATTRS = '[hidden], [aria-hidden="true"], [role="dialog"], [role="alertdialog"], [role="navigation"], ' +
  '[role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="menu"], [role="toolbar"]';

/** Words of a class or id that mark page furniture (`social-share`, `newsletterBox`, `cookie_notice`…). */
const CHROME_WORDS = new Set([
  "share", "sharing", "sharebar", "social", "newsletter", "newsletters", "subscribe", "subscription", "signup",
  "breadcrumb", "breadcrumbs", "crumbs", "cookie", "cookies", "consent", "gdpr", "paywall", "regwall", "registration",
  "login", "related", "recommended", "recommendations", "comments", "comment", "disqus", "advert", "advertisement",
  "ads", "ad", "sponsored", "promo", "outbrain", "taboola", "byline", "author", "authors", "dateline", "kicker",
  "eyebrow", "caption", "credit", "credits", "copyright", "toolbar", "tags", "skip", "banner", "popup", "modal",
  // (a poster's picture, or the initials standing for it: "<div class=userpic><div class=initials>SR</div></div>")
  "avatar", "avatars", "userpic",
]);
/** Word pairs that mark furniture only together (`reading-time`, `read-time`, `more-stories`). */
const CHROME_PAIRS = [["reading", "time"], ["read", "time"], ["readtime"], ["more", "stories"], ["most", "read"],
  ["further", "reading"], ["see", "also"], ["also", "read"], ["more", "on"]];

/** Text blocks whose `id` is a link target ("after-related-1"), not a role: only their class counts. */
const TEXT_BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "span", "a"]);

/** The lower-case words of an element's class and id: `socialShare__btn` → social, share, btn. */
export function classWords(el: DomElement): string[] {
  const id = TEXT_BLOCKS.has(el.tagName.toLowerCase()) ? "" : (el.id ?? "");
  const raw = `${typeof el.className === "string" ? el.className : ""} ${id}`;
  return raw.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** True when an element's class or id words name page furniture (`carried`: words that name the page's content here). */
export function isChromeByName(el: DomElement, carried: ReadonlySet<string> = NONE): boolean {
  const words = classWords(el);
  if (words.some((w) => CHROME_WORDS.has(w) && !carried.has(w))) return true;
  return CHROME_PAIRS.some((pair) => pair.every((p) => words.includes(p)));
}

/**
 * Removes the chrome from a page, in place. An element that holds the page's `h1`, its article or main block, or
 * most of its paragraphs is never removed, whatever its class says (`<article class="has-comments">`).
 */
export function removeChrome(root: DomElement): void {
  const total = root.querySelectorAll("p").length;
  for (const el of Array.from(root.querySelectorAll(CHROME_TAGS))) if (!keepsContent(el, total)) el.remove();
  for (const el of Array.from(root.querySelectorAll(CHROME_ATTRS))) if (!keepsContent(el, total)) el.remove();
  // the page's header goes; a post's own header that holds its time stays (`<article><header><time …>`, or a
  // printed "20:30" beside the post's heading): it carries the post's stamp and headline
  for (const el of Array.from(root.querySelectorAll("header"))) {
    if (!el.querySelector("h1") && !(el.parentElement?.closest("article") && holdsTime(el))) el.remove();
  }
  const named = Array.from(root.querySelectorAll("[class], [id]")).filter((el) => isChromeByName(el));
  const carried = contentWords(root, named);
  const chrome = carried.size > 0 ? named.filter((el) => isChromeByName(el, carried)) : named;
  // Posts that print their time inside a byline box ("<div class=byline><time>…</time> Jane Doe</div>", or a span of
  // its own printing "7 June 2024 21:15", one per post): the box goes, its times stay where it was (the name was read
  // before, see marksBeforeChrome).
  const timed = new Map(chrome.map((el) => [el, timesIn(el)] as const).filter(([, times]) => times.length > 0));
  const keepTimes = timed.size >= 2 ? timed : new Map<DomElement, DomElement[]>();
  for (const el of chrome) {
    if (!el.parentElement || !root.contains(el) || keepsContent(el, total) || isSignOff(el)) continue;
    const times = keepTimes.get(el);
    if (times?.includes(el)) continue;
    if (times) el.replaceWith(...times);
    else el.remove();
  }
}

const NONE: ReadonlySet<string> = new Set();
/** Share of the page's text beyond which the elements a furniture word names are its content. */
const CONTENT_SHARE = 2 / 3;

/**
 * Furniture words that, on this page, name its content: the elements carrying one, none of them most of the page,
 * together hold most of its text (a news hub whose every story card is a "PagePromo", printing no paragraph a `<p>`
 * count could see).
 */
function contentWords(root: DomElement, named: DomElement[]): Set<string> {
  const total = textLength(root.querySelector("body") ?? root);
  const carried = new Set<string>();
  if (total === 0) return carried;
  const byWord = new Map<string, DomElement[]>();
  for (const el of named) {
    for (const w of classWords(el)) {
      if (!CHROME_WORDS.has(w)) continue;
      const list = byWord.get(w);
      if (list) list.push(el);
      else byWord.set(w, [el]);
    }
  }
  for (const [word, els] of byWord) {
    const set = new Set(els);
    // (each element counted once: not again inside another of the same word)
    const sizes = els.filter((el) => !ancestors(el).some((a) => set.has(a))).map(textLength);
    // (cards: many, none of them most of the page; one wrapper holding the article is kept by keepsContent, and
    // beside it the word still names furniture: `<div class="has-comments">` and its comments box)
    if (sizes.length < 2 || sizes.some((n) => n > total / 2)) continue;
    if (sizes.reduce((a, b) => a + b, 0) > total * CONTENT_SHARE) carried.add(word);
  }
  return carried;
}

function ancestors(el: DomElement): DomElement[] {
  const out: DomElement[] = [];
  for (let p = el.parentElement; p; p = p.parentElement) out.push(p);
  return out;
}

function textLength(el: DomElement): number {
  return (el.textContent ?? "").replace(/\s+/g, "").length;
}

/**
 * True for a story's sign-off set off by a dash, whatever its class ("<p class=credit>— Associated Press</p>"): the
 * text's credit, not a photo's.
 */
function isSignOff(el: DomElement): boolean {
  const text = (el.textContent ?? "").trim();
  return el.children.length === 0 && /^[—–]\s?\S/u.test(text) && (agencyCredit(text) ?? closingCredit(text)) !== null;
}

/** The times a box prints: its `<time>` elements, else the elements holding only a printed stamp (itself, maybe). */
export function timesIn(el: DomElement): DomElement[] {
  const times = Array.from(el.querySelectorAll("time"));
  if (times.length > 0) return times;
  const leaves = [el, ...Array.from(el.querySelectorAll("span, small, p, div, em, b, strong"))].filter((leaf) => leaf.children.length === 0);
  return leaves.filter((leaf) => (leaf.textContent ?? "").length <= 100 && (printedStamp(leaf.textContent ?? "", true) !== null || isSignedStamp(leaf.textContent ?? "")));
}

/** A byline box's whole text that is its stamp and its author: "by Jane Doe | June 9, 2024 at 1:30 p.m.". */
function isSignedStamp(text: string): boolean {
  const stamp = /^by\s/i.test(text.trim()) ? matchStamp(text.trim(), 0) : null;
  return stamp !== null && stamp.author !== null && stamp.minutes !== null && stamp.date !== null && stamp.text === null;
}

/** True for a header that holds a `<time>`, or an element whose whole text is a printed stamp ("20:30"). */
function holdsTime(header: DomElement): boolean {
  if (header.querySelector("time")) return true;
  return Array.from(header.querySelectorAll("span, p, div, small, strong, b")).some((el) =>
    !el.querySelector("h2, h3, h4, h5, h6") && printedStamp(el.textContent ?? "") !== null);
}

/** True for an element that carries the page's content (see removeChrome). */
function keepsContent(el: DomElement, totalParagraphs: number): boolean {
  const tag = el.tagName.toLowerCase();
  if (["html", "body", "main", "article"].includes(tag)) return true;
  if (el.querySelector("h1, article, main")) return true;
  return totalParagraphs > 0 && el.querySelectorAll("p").length * 2 > totalParagraphs;
}

const UI_LINE = new RegExp(
  "^(advertisement|advert|ad|sponsored|share|share (this|the) (article|story|page)|skip (next|this|to) (section|content)|" +
    "loading\\.*|print|copy link|comments?( \\(\\d+\\))?|sign up|subscribe( now)?|log ?in|register|related( topics?)?|" +
    "go to page|read more|show more|image|photo|video|listen|follow us)$",
  "i",
);

/** True for a line that is furniture whatever element holds it: UI labels, reading-time chips, breadcrumbs, sign-offs. */
export function isChromeLine(text: string): boolean {
  const line = text.trim();
  if (UI_LINE.test(line)) return true;
  // an audio player's clock: "00:00 / 05:41"
  if (/^\d{1,2}:\d{2}(?::\d{2})?\s?\/\s?\d{1,2}:\d{2}(?::\d{2})?$/.test(line)) return true;
  // calls to sign up: "Get the morning briefing in your inbox", "Sign up for our weekly newsletter"
  if (/^(get|receive|sign up( for| to)?|subscribe to|join)\b.{0,80}\b(newsletters?|inbox|briefing|bulletin|alerts)\b[^.!?]*$/i.test(line)) {
    return true;
  }
  // a pitch closed by its call: "Due Diligence — Top stories from corporate finance. Sign up here"
  if (line.length <= 200 && /\bsign up here[.!]?$/i.test(line)) return true;
  // a newsletter's note on its web copy: "This article is an on-site version of our Example Daily newsletter. …"
  if (/^this (?:article|page|story) is an? (?:on-?site|web|online) (?:version|edition) of\b/i.test(line)) return true;
  if (/^(\d+\s*(min|mins|minutes?)\s*(read|reading)|(reading|read) time:?\s*\d+.*)$/i.test(line)) return true;
  // breadcrumbs: "News | Politics", "Home › World › Europe"
  const crumbs = line.split(/\s+[|›»>/]\s+/);
  if (crumbs.length >= 2 && crumbs.length <= 6 && crumbs.every((c) => /^[\p{L}\d&' -]{1,30}$/u.test(c) &&
    c.split(/\s+/).length <= 3) && !/[.!?]$/.test(line)) return true;
  // a copyright line: "Copyright 2022 Example Press. All rights reserved.", "© 2024 Example News"
  if (line.length <= 160 && /^(?:copyright\b|©|\(c\)\s)\s?(?:\d{4}\b|.{0,80}\ball rights reserved\.?$)/i.test(line)) return true;
  // an editor's credit under a post: "Editor: Jane Doe", "Edited by Jane Doe"
  if (/^(?:editors?\s?:|edited by)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/iu.test(line)) return true;
  // editors' sign-offs: "lh/wd (dpa, Reuters)", "(Reporting by …; Editing by …)"
  if (/^\(?[a-z]{1,4}(\/[a-z]{1,4})+\)?(\s*\([^)]{1,80}\))?\.?$/.test(line)) return true;
  return /^\((reporting|writing|editing|additional reporting|compiled) by [^)]{1,200}\)$/i.test(line);
}

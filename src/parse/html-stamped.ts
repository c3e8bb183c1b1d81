// A page made of repeated sibling blocks that each carry their own timestamp (a `<time datetime>`, a `datetime` or
// `title` attribute holding a date and time, or a printed stamp: "22:40", "16.05.2023 21:40:17", "3 hours ago"): a
// list of updates without live-blog JSON-LD, one entry per block.
import { NO_ZONE, type DraftDocument, type ParseContext } from "./draft.ts";
import { bylineName, bylinesInside, datedChrome, type DatedChrome } from "./html-byline.ts";
import type { DomElement } from "./html-chrome.ts";
import { classWords, isChromeLine } from "./html-chrome.ts";
import { matchDateLine, MON_RE } from "./text-dates.ts";
import { agencyCredit, closingCredit, placeByline } from "./text-credits.ts";
import { isReprintLabel, nameLine, nameUnderLabel, nameWithOutlet, staffLine } from "./text-post.ts";
import { isMediaLabel } from "./text-furniture.ts";
import { isListed, type KeyList } from "./html-keypoints.ts";
import { oneLine, type PageMeta } from "./html-meta.ts";
import { datePrinted, findStamps, type FoundStamp, isEditStamp, type PageText, sectionDates, siblingBlocks } from "./html-stamp-text.ts";
import { addressHome, bulletinDatelineZone, footerHome, fromLanguageMenu, fromSectionMenu, type HomeZone, mastheadZone, mastheadLinesHome, navZone, weatherPlaceZone } from "./text-home-zone.ts";
import { langZone } from "./zone-countries.ts";
import { gazetteerZone } from "./zone-gazetteer.ts";
import { menuZone } from "./zone-menu.ts";
import { isSentence, normText } from "./text-lines.ts";

// "11 hours ago By Jane Doe": a card's age, then its byline
const AGE_THEN_BY = /\bago(?:\s+[Bb]y|\s*By)\s+(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})$/u;

// ("· By Jane Doe": what is left of a meta row whose time the stamp took)
// A byline's row from its date on ("By Jane Doe Feb 17, 2027, 4:45pm CST", "By Jane Doe 14:05"): the month before the
// day goes with it (a month then a clock, "May 12:40", may be a name)
const BEFORE_DATE_RE = new RegExp(`\\s*(?:(?:${MON_RE})\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\b(?![:.]\\d)))?\\d.*$`, "u");
const BYLINE_START = /^(?:[·•|]\s?)?(?:(?:posted|written|reported|reporting|story)\s+)?by\s|^(?:authors?|reporters?|writers?|correspondents?|reporting|words)\s?:\s/i;

/** One timestamped block of the page. */
export interface StampedBlock {
  element: DomElement;
  published: string | null;
  headline: string | null;
  body: string[];
  /** A "By Jane Doe" line of the block's own. */
  byline: string | null;
  /** A wire agency the block's last line credits ("— AFP", "(Reuters)"): its author when nothing else names one. */
  agency?: string | null;
}

/** Where the page's printed stamps take their day and zone from when they print none. */
export type StampContext = Omit<PageText, "lines" | "headEnd"> & { dated: DatedChrome[] };

interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  tagName?: string;
}

const BREAKS = new Set(["br", "p", "div", "li", "ul", "ol", "blockquote", "section", "article", "header", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "hr", "main", "aside", "nav"]);
const SKIP = new Set(["script", "style", "noscript", "template", "img", "svg", "button", "input", "select", "textarea"]);

/** What the page says before its chrome goes: bylines and datelines are chrome to a body, but credit and date posts. */
export interface PageMarks {
  bylines: Map<DomElement, string>;
  dated: DatedChrome[];
  /** The home a language menu in the page's chrome ("UA | RU | EN") names. */
  menu: HomeZone | null;
  /** The home its section menu names ("Poland · World · Business"). */
  nav: HomeZone | null;
  /** The home its footer's copyright line or publisher names ("© Example Broadcasting Korea"). */
  footer: (HomeZone & { from: string }) | null;
  /** The home its masthead names ("Toledo, Ohio" beside the logo, the town its weather box is for), read before the header goes. */
  masthead: (HomeZone & { from: string }) | null;
}

const NAV_SELECTOR = "nav, [role=navigation], [class~=nav], [class~=menu], [class~=navbar], [class~=main-nav], [class~=nav-menu]";

export function marksBeforeChrome(root: DomElement): PageMarks {
  // each menu (<nav>, or a list or box the markup calls a nav or menu) as one line of its links (the page's text after
  // them names the cities a shared zone is chosen by)
  const navs = Array.from(root.querySelectorAll(NAV_SELECTOR), (nav) => Array.from(nav.querySelectorAll("a"), (a) => a.textContent?.trim() ?? "").join("  "));
  // (its menus are the markup's own: no line of them is a headline over a paragraph)
  const nav = navZone([...navs, root.textContent ?? ""], 40, false);
  const footer = footerHome(leafLines(root, 40, true), [root.textContent ?? ""]);
  const leaves = leafLines(root);
  // (a weather chip is read in the page's first thirty leaves, only when the masthead names no home)
  return { bylines: bylinesInside(root), dated: datedChrome(root), menu: menuZone(leaves), nav, footer,
    masthead: mastheadHome(root) ?? weatherHome(leaves.slice(0, 30)) ?? cityChipHome(root) };
}

const MASTHEAD_SELECTOR = "header, [class~=masthead], [class~=site-header]";

/**
 * The home a page's masthead names, read as a text page's head is (its tagline, its weather box): each of the
 * header's children but its menus is one line. The header is chrome to the body, so this is read before it goes.
 */
function mastheadHome(root: DomElement): (HomeZone & { from: string }) | null {
  const head = root.querySelector(MASTHEAD_SELECTOR);
  if (!head) return null;
  // (its menus are read on their own, above: a section named "Bay of Plenty" is no home)
  const lines = Array.from(head.children).filter((el) => el.tagName !== "NAV" && el.querySelectorAll("a").length <= 2)
    .map((el) => el.textContent?.replace(/\s+/g, " ").trim() ?? "").filter((l) => l.length > 0 && l.length <= 80);
  // (a logo that spells the site's name out, "<a class=logo>Example Polish Press Agency</a>", under a <title> that
  // gives only its initials)
  const logo = oneLine(head.querySelector('[class~="logo"], [class~="site-logo"]')?.textContent);
  const named = logo && logo.length <= 60 ? mastheadZone(logo, [root.textContent ?? ""]) : null;
  if (named) return { ...named, from: `the place its name carries (${named.item})` };
  return lines.length > 0 ? mastheadLinesHome(lines) : null;
}

/** The town a weather chip at the top of the page names ("<span class="weather">Odesa +27°</span>" above the masthead). */
function weatherHome(top: string[]): (HomeZone & { from: string }) | null {
  const named = weatherPlaceZone(top);
  return named ? { ...named, from: `the town its weather chip names (${named.item})` } : null;
}

// A chip the markup calls the site's town ("<span class="city">Zaporizhzhia</span>" above the masthead)
const CITY_CHIP_SELECTOR = '[class~="city"], [class~="town"], [class~="location"], [class~="current-city"]';

/** The town a chip outside the page's text names, by its class: a city site's own town. */
function cityChipHome(root: DomElement): (HomeZone & { from: string }) | null {
  const chip = root.querySelector(CITY_CHIP_SELECTOR);
  const name = chip && !chip.closest("main, article") && chip.children.length === 0 ? oneLine(chip.textContent) : null;
  const zone = name && name.length <= 30 ? gazetteerZone(name) : null;
  return zone ? { zone, item: name!, from: `the town its city chip names (${name})` } : null;
}

/** The texts of the page's first (or last) elements that hold no other element, one line each: where menus print. */
function leafLines(root: DomElement, max = 400, last = false): string[] {
  const lines: string[] = [];
  const all = root.querySelectorAll("body *");
  for (let k = 0; k < all.length && lines.length < max; k++) {
    const el = all[last ? all.length - 1 - k : k]!;
    if (el.children.length > 0 || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(el.tagName)) continue;
    const text = el.textContent?.replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
  }
  return last ? lines.reverse() : lines;
}

/**
 * A page of timestamped blocks (its chrome removed) as a list of updates, one entry each; null when it is none. A
 * block credits its own byline; when no block has one, the page's author stands for all. The page's key-points
 * block flags the blocks it links to or whose headlines it lists.
 */
export function stampedPage(root: DomElement, marks: PageMarks, meta: PageMeta, ctx: ParseContext, keys: KeyList): DraftDocument | null {
  const warnings: string[] = [];
  const context = { zone: ctx.timezone, fallbackDay: ctx.fallbackDay, dateGiven: ctx.dateGiven, dated: marks.dated,
    zoneGiven: ctx.zoneGiven, home: homeZone(root, meta, marks), utcClocks: meta.utcClocks ?? [], utcDates: meta.utcDates, ldDates: meta.ldDates,
    savedAt: ctx.savedAt };
  const updates = stampedBlocks(root, context, warnings);
  if (!updates) return null;
  const byline = (u: StampedBlock) => marks.bylines.get(u.element) ?? u.byline;
  const own = updates.some((u) => byline(u) !== null);
  const entries = updates.map((u) => {
    const author = byline(u) ?? u.agency ?? (own ? null : meta.author);
    // the credit line the byline came from ("Jane Doe, shipping correspondent") is not body
    const body = author ? u.body.filter((line) => bylineName(line) !== author) : u.body;
    return { headline: u.headline, published: u.published, author, body,
      keyPoint: isListed(keys, u.element.getAttribute("id"), u.headline), url: ctx.url };
  });
  const intro = meta.description ? [meta.description] : [];
  return { sourceName: meta.siteName, title: meta.headline, intro, entries, warnings };
}

/**
 * Where a page that states no zone has its home: the offset its JSON-LD dates carry, its language menu, the place its
 * name carries, the country of its address's domain, what its footer names, its section menu, else its language's
 * country.
 */
export function homeZone(root: DomElement, meta: PageMeta, marks: PageMarks): { zone: string; from: string } | null {
  if (meta.offset) return { zone: meta.offset, from: `the offset its JSON-LD dates carry (${meta.offset})` };
  const menu = fromLanguageMenu(marks.menu);
  if (menu) return menu;
  const text = [root.textContent ?? ""];
  // the site's name as its logo prints it, else as its <title> ends ("… - Example Times Nigeria")
  const parts = root.querySelector("title")?.textContent?.split(/\s[|–—-]\s/) ?? [];
  const titled = parts.length >= 2 ? parts.at(-1)!.trim() : null;
  const named = mastheadZone(meta.siteName, text) ?? (titled !== meta.siteName ? mastheadZone(titled, text) : null);
  if (named) return { zone: named.zone, from: `the place its name carries (${named.item})` };
  if (marks.masthead) return marks.masthead;
  // its address under a country's domain, as its canonical link or its JSON-LD prints it ("www.example.ir")
  const addressed = addressHome(meta.host, text) ?? marks.footer;
  if (addressed) return addressed;
  const nav = fromSectionMenu(marks.nav);
  if (nav) return nav;
  const dateline = bulletinDatelineZone(Array.from(root.querySelectorAll("p"), (p) => (p.textContent ?? "").trim()));
  if (dateline) return { zone: dateline.zone, from: `the dateline its items open with (${dateline.item})` };
  const lang = root.getAttribute("lang");
  const zone = langZone(lang);
  return zone ? { zone, from: `its language (lang="${lang}")` } : null;
}

/**
 * The page's updates when most of its text sits in two or more sibling blocks of one kind, each carrying a
 * timestamp of its own; null otherwise. A block's timestamp is its first one; lines holding a timestamp (the
 * block's clock, a forwarded post's "Name 08.07.2024 12:31") are metadata, and a short line that repeats the page's
 * own header outside the blocks (the channel's name) is furniture. A block starting with a heading takes it as
 * headline (a heading alone is a teaser without body); a line that is one link and no sentence points elsewhere.
 */
export function stampedBlocks(root: DomElement, ctx: StampContext, warnings: string[]): StampedBlock[] | null {
  // (cards that print only their last edit's dated time, "Updated: 5:40 PM EST Jan 30, 2026", are dated by it: the
  // page's own "Updated" line is one such stamp, not a list of them)
  // (a machine time naming no zone, "<time datetime="2026-10-07 19:50">", is a wall time where the page has its home)
  const wall = !ctx.zoneGiven && ctx.home ? ctx.home.zone : ctx.zone;
  let stamps = findStamps(root, wall);
  if (stamps.length < 2) stamps = findStamps(root, wall, true);
  // (cards that each print only their day, a section page's list: entries of that day, no time)
  if (stamps.length < 2) stamps = findStamps(root, wall, false, true);
  if (stamps.length < 2) return null;
  if (wall !== ctx.zone && stamps.some((s) => s.floating)) warnings.push(`${NO_ZONE} its times are read in ${wall}, from ${ctx.home!.from}`);
  const best = siblingBlocks(stamps);
  if (best.length < 2) return null;
  const stampEls = new Set<DomNode>(stamps.map((s) => s.el as unknown as DomNode));
  const group = new Set<DomNode>(best.map((b) => b.element as unknown as DomNode));
  const page = outsideText(root, group);
  // date lines the chrome removal took from outside the blocks belong to the page's head
  const blocks = new Set(best.map((b) => b.element));
  const dated = ctx.dated.filter((d) => ![...d.within].some((el) => blocks.has(el))).map((d) => d.text);
  page.lines.unshift(...dated);
  page.headEnd += dated.length;
  const outside = new Set(page.lines.filter((l) => l.length <= 80).map(normText));
  const found: { block: StampedBlock; stamp: FoundStamp }[] = [];
  let inBlocks = 0;
  for (const { element, stamp } of best) {
    const raw = textLines(element as unknown as DomNode, stampEls, new Set()).lines;
    const all = raw
      .filter((l) => !l.stamped && !isEditStamp(l.text) && !isChromeLine(l.text) && !isMediaLabel(l.text) && !isDatedMetaRow(l.text) && /\p{L}{2}/u.test(l.text));
    let lines = all.filter((l) => l.heading || (!outside.has(normText(l.text)) && !pointsElsewhere(l)));
    // a category label above the item's heading ("DIPLOMACY", "World news", a kicker set as a heading of its own)
    // files it; it is no text of the item
    // (any short line there that is no sentence and no byline: a card's tag row, "Defence industry" / "Premium")
    if (lines[1]?.heading && (isCategoryLabel(lines[0]!.text) || isReprintLabel(lines[0]!.text) ||
      (lines[0]!.text.length <= 60 && !lines[0]!.heading && !isSentence(lines[0]!.text) && !BYLINE_START.test(lines[0]!.text)))) lines.shift();
    let headline = lines[0]?.heading || boldTitle(lines) ? lines.shift()!.text : listingTitle(all, lines);
    // (an aggregator's card printing no text: its headline link, its source's name and byline around it; only the
    // byline is kept, to credit the card)
    const card = headline === null ? cardTitle(all, lines) : null;
    if (card) [headline, lines] = [card, lines.filter((l) => BYLINE_START.test(l.text))];
    // (all of a card's text is the card's: its source's name and its cluster's links too)
    inBlocks += (card ? all : lines).reduce((n, l) => n + letters(l.text), card ? 0 : letters(headline ?? ""));
    const unmarked = (text: string) => text.replace(/^[·•|]\s?/, "");
    const by = lines.findIndex((l) => BYLINE_START.test(l.text) && bylineName(unmarked(l.text)));
    let byline = by >= 0 ? bylineName(unmarked(lines.splice(by, 1)[0]!.text)) : null;
    // a bare name under the headline, above the text ("<h2>…</h2><p>Jane Holt</p><p>Text …</p>"): the block's byline
    // (or its only line: a video teaser's author, "<h2>Watch: …</h2><p>Jane Holt USA TODAY</p>")
    const under = byline === null && headline !== null && lines.length >= 1 && lines[0]!.text.length <= 80 ? staffLine(lines[0]!.text) : null;
    if (under && (lines.length === 1 || isSentence(lines[1]!.text))) {
      byline = under;
      lines.shift();
    }
    // A signature closing the block ("Anna Sokol, Kharkiv", "Jane Holt and Tom Reyes", "— Jane Holt"), or an agency ("— AFP").
    const last = lines.length >= 2 ? lines.at(-1)!.text : "";
    const signed = byline === null && lines.length >= 2 && last.length <= 80 && isSentence(lines.at(-2)!.text) ? nameLine(last) ?? placeByline(last) ?? closingCredit(last) : null;
    const agency = signed ? null : lines.length >= 2 ? agencyCredit(last) : null;
    if (signed || agency) lines.pop();
    byline ??= signed;
    // a byline sharing the line of the block's stamp ("by Jane Doe 06 Jun 2025, 01:20"): the words before the date
    // (or a name and its outlet with no "by": "Jane Doe USA TODAY 1:48 a.m. CT")
    const beforeClock = (l: { text: string }) => l.text.replace(BEFORE_DATE_RE, "");
    // (a forwarded post's sender before its clock, "Regional Transport Office 12.03.2024 08:58", is no author)
    const stampLine = byline === null ? raw.find((l) => l.stamped && (BYLINE_START.test(l.text) || nameWithOutlet(beforeClock(l)) !== null)) : undefined;
    if (stampLine) byline = BYLINE_START.test(stampLine.text) ? bylineName(beforeClock(stampLine)) : nameWithOutlet(beforeClock(stampLine));
    // (or after its age: "11 hours ago By Jane Doe")
    const aged = byline === null ? raw.find((l) => l.stamped && AGE_THEN_BY.test(l.text)) : undefined;
    if (aged) byline = bylineName(`By ${AGE_THEN_BY.exec(aged.text)![1]!}`);
    // (a head's meta row, "Reporter:" / "Example Leader reporter" / its date, is the page's byline, not an update)
    const metaRow = !headline && lines.length <= 2 && nameUnderLabel(lines.map((l) => l.text), 0) !== null;
    if ((headline || lines.length > 0) && !metaRow) {
      found.push({ block: { element, published: stamp.at, headline, body: lines.map((l) => l.text), byline, agency }, stamp });
    }
  }
  const total = letters(oneLine(root.querySelector("body")?.textContent ?? root.textContent) ?? "");
  if (found.length < 2 || inBlocks * 2 < total) return null;
  const printed = found.filter((f) => f.stamp.printed);
  if (printed.length > 0) {
    const sectionDate = sectionDates(blocks, root);
    const sections = printed.map((f) => sectionDate(f.block.element));
    const times = datePrinted(printed.map((f) => f.stamp.printed!), { ...ctx, ...page }, warnings, sections);
    printed.forEach((f, i) => (f.block.published = times[i] ?? null));
  }
  return found.map((f) => f.block);
}

/**
 * A card's meta row opened by its date, its other fields between bars ("January 23, 2032 | Ottawa, Ontario | National
 * Defence | News releases"): the card's date and filing, no text of it.
 */
export function isDatedMetaRow(text: string): boolean {
  const fields = text.length <= 160 ? text.split(/\s[|·•]\s/) : [];
  return fields.length >= 2 && matchDateLine(fields[0]!) !== null && fields.slice(1).every((f) => f.split(" ").length <= 5 && !/[.!?]$/.test(f));
}

/** A short label filing an item: one to three words, no sentence ("DIPLOMACY", "World", "Middle East"). */
function isCategoryLabel(text: string): boolean {
  return text.length <= 30 && text.split(" ").length <= 3 && !/[.!?:;,]$/.test(text);
}

interface Line {
  text: string;
  stamped: boolean;
  heading: boolean;
  /** Characters (spaces aside) inside links. */
  linked: number;
  /** Characters (spaces aside) in bold (`<b>`, `<strong>`). */
  bold: number;
}

/** A block's first line set wholly in bold, short and unclosed, over sentences: its title ("<p><b>Talks set</b></p>"). */
function boldTitle(lines: Line[]): boolean {
  const [first, ...rest] = lines;
  if (!first || first.heading || first.text.length > 120 || /[.!?…:;,"”]$/u.test(first.text) || !/\s/.test(first.text)) return false;
  return first.bold >= first.text.replace(/\s/g, "").length && first.linked === 0 && rest.some((l) => isSentence(l.text));
}

/**
 * A listing item's title: its first line, a link to the story and no sentence, above sentences of the item's own
 * ("<a><div>Dam repair finished</div><p>Engineers finished …</p></a>").
 */
function listingTitle(all: Line[], kept: Line[]): string | null {
  const first = all[0];
  if (!first || !pointsElsewhere(first) || BYLINE_START.test(first.text) || !/\s/.test(first.text)) return null;
  return kept.some((l) => isSentence(l.text)) ? first.text : null;
}

/**
 * The headline of an aggregator's card that prints no text: its first link of four words or more, among short lines
 * only (its source's name, a byline, the other outlets' links of a cluster); else null.
 */
function cardTitle(all: Line[], kept: Line[]): string | null {
  if (kept.some((l) => l.text.split(/\s+/).length > 6)) return null;
  return all.find((l) => pointsElsewhere(l) && l.text.split(/\s+/).length >= 4 && !BYLINE_START.test(l.text))?.text ?? null;
}

const TITLE_WORDS = new Set(["heading", "headline", "title"]);

/** A line that is one link and no sentence: "Read more →", "See the photos (14)". */
function pointsElsewhere(line: Line): boolean {
  return line.linked >= line.text.replace(/\s/g, "").length * 0.9 && !/[.!?…"”’]$/u.test(line.text);
}

/**
 * An element's text as lines (broken at blocks and `<br>`), each marked when it holds a timestamp or is a heading;
 * elements in `skip` are left out, and `before` counts the lines above the first of them.
 */
function textLines(el: DomNode, stamps: Set<DomNode>, skip: Set<DomNode>): { lines: Line[]; before: number } {
  const lines: Line[] = [];
  let before = -1;
  let [text, stamped, heading, linked, bold] = ["", false, false, 0, 0];
  /** Where a stamp that opens the line ends ("<b>3:40 p.m.</b> — An explosion hits…"), else -1. */
  let leadEnd = -1;
  const flush = () => {
    const line = oneLine(text);
    // a sentence after a stamp that opens its line is the block's text, the stamp only its clock
    const rest = leadEnd >= 0 ? oneLine(text.slice(leadEnd).replace(/^[\s—–:|-]+/u, "")) : null;
    if (rest && rest.split(" ").length >= 4) lines.push({ text: rest, stamped: false, heading, linked, bold: 0 });
    else if (line) lines.push({ text: line, stamped, heading, linked, bold });
    [text, stamped, heading, linked, bold, leadEnd] = ["", false, false, 0, 0, -1];
  };
  const walk = (node: DomNode, inHeading: boolean, inLink: boolean, inBold = false) => {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? "";
      if (inHeading && /\S/.test(node.nodeValue ?? "")) heading = true;
      if (inLink) linked += (node.nodeValue ?? "").replace(/\s/g, "").length;
      if (inBold) bold += (node.nodeValue ?? "").replace(/\s/g, "").length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.tagName?.toLowerCase() ?? "";
    if (SKIP.has(tag)) return;
    const breaks = BREAKS.has(tag) || skip.has(node);
    if (breaks) flush();
    if (skip.has(node)) {
      if (before < 0) before = lines.length;
      return;
    }
    // a badge set after the headline's link on its line ("<a>Headline</a> <span class="label">Exclusive</span>") is
    // no word of the headline
    if (!breaks && /\S/.test(text) && isTrailingBadge(node)) return;
    // (nor is the line under a contributor's name that says who they are: "BBC Ukrainian", "Diplomatic correspondent")
    if (isContributorRole(node)) return;
    const leads = stamps.has(node) && !stamped && !breaks && !/\S/.test(text);
    if (stamps.has(node)) stamped = true;
    // (or a block its class calls the card's heading or title: "<div class="o-teaser__heading"><a>…</a></div>")
    const h = inHeading || /^h[1-6]$/.test(tag) || (breaks && classWords(node as unknown as DomElement).some((w) => TITLE_WORDS.has(w)));
    for (const child of Array.from(node.childNodes)) walk(child, h, inLink || tag === "a", inBold || tag === "b" || tag === "strong");
    if (leads) leadEnd = text.length;
    if (breaks) flush();
  };
  walk(el, false, false);
  flush();
  return { lines, before: before < 0 ? lines.length : before };
}

const BADGE_WORDS = new Set(["label", "badge", "flag"]);
const CONTRIBUTOR_WORDS = new Set(["contributor", "author", "byline"]);
const ROLE_WORDS = new Set(["description", "role", "job", "position"]);

/** A contributor's role under their name, by its class: "<p class=contributor-description>BBC Ukrainian</p>". */
function isContributorRole(node: DomNode): boolean {
  const words = classWords(node as unknown as DomElement);
  return words.some((w) => CONTRIBUTOR_WORDS.has(w)) && words.some((w) => ROLE_WORDS.has(w)) && (node as unknown as DomElement).children.length === 0;
}

/** An inline badge right after a link: a class naming it a label, badge or flag, and three words at most. */
function isTrailingBadge(node: DomNode): boolean {
  const el = node as unknown as DomElement;
  return el.previousElementSibling?.tagName.toLowerCase() === "a" && classWords(el).some((w) => BADGE_WORDS.has(w)) &&
    (el.textContent ?? "").trim().split(/\s+/).length <= 3;
}

/** The page's lines outside the blocks (header, notes, footer) and how many come before the first block. */
function outsideText(root: DomElement, group: Set<DomNode>): { lines: string[]; headEnd: number } {
  const body = (root.querySelector("body") ?? root) as unknown as DomNode;
  const { lines, before } = textLines(body, new Set(), group);
  return { lines: lines.map((l) => l.text), headEnd: before };
}

function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

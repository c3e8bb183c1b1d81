// An article as a text scrape: title, byline, date and paragraphs (one entry, or one per section) up to the footer.
import { type DraftDocument, type DraftEntry, NO_DATE, type ParseContext } from "./draft.ts";
import { endsWithPointer } from "./pointers.ts";
import { type Block, itemsOf, keepSections, RULE_RE, ruledItems, sectionsToEntries } from "./sections.ts";
import { isBoxLabel, isButton, isCaption, isCaptionToggle, isEndMarker, LINK_LABEL_RE } from "./text-furniture.ts";
import { isMetaLine, pageByline, pageTitle } from "./text-head.ts";
import { bulletText, isChrome, isDatelineCity, isHeadlineLike, isLabelled, isProse, isQuestionTitle, isSentence } from "./text-lines.ts";
import { bylineAuthor, deskLine, isRoleLine, nameLine, nameUnderLabel, opensWithDateline, outletByline, slashedByline, stripDateline } from "./text-post.ts";
import { findDate, matchDateLine, MON_RE, WD_RE } from "./text-dates.ts";
import { agencyCredit, closingCredit, placeByline, staffCredit, wireCredit } from "./text-credits.ts";
import { siteName } from "./text-site.ts";
import { gazetteerZone } from "./zone-gazetteer.ts";
import { matchStamp } from "./text-stamps.ts";
import { articleDate, nextToDate } from "./article-date.ts";

const CREDIT_LINE_RE = /^\((?:compiled|reporting|written|additional reporting) by ([^;)]{2,60})(?:;[^)]*)?\)$/i;
const SOFT_END_RE = /^(read more|continue reading|more)$/i;
// (or set in capitals, as a newsletter labels its desks: "CONGRESS", "INTERNATIONAL")
const ONE_WORD_HEADING_RE = /^(?:\p{Lu}\p{Ll}{3,}(?:-(?:\p{Lu}?\p{Ll}+|\d{1,3}))?|\p{Lu}{4,})$/u;
// A crosshead of two or three short words ("Why now", "Aid cut"): words only, the first capitalised.
const SHORT_HEADING_RE = /^\p{Lu}\p{Ll}+(?:\s[\p{L}'’-]+){1,2}$/u;
// A subhead put as a question ("How far have the troops advanced?"): one short question opening with a question word.
// (or a subject and a short question after its colon: "Grain deal: 60 or 120 days?")
// (or a short question of four to eight words, however it opens: "Talks, or talk about talks?")
const QUESTION_HEADING_RE = /^(?:how|what|why|who|whom|whose|where|when|which|will|would|can|could|is|are|was|were|does|do|did|should|has|have)\b[^.!?"“”]{8,100}\?$|^\p{Lu}[\p{L}\d'’ $€£%,-]{2,40}:\s[^.!?"“”]{4,60}\?$|^\p{Lu}[\p{L}\d'’,-]*(?:\s[\p{L}\d'’,-]+){3,7}\?$/iu;
// An embedded player's label in running text ("WATCH: Troops cross the river", "Video: …"): a link, not a paragraph;
// a picture's label ("Photo: Crews at the site", "Image: …") is its caption, what the picture shows, not the text.
const EMBED_LABEL_RE = /^(?:watch|video|listen|audio|image|photo|photograph|picture|pictured|gallery)s?\s?:\s\S/i;
// A sign-off crediting helpers ("Staff writers contributed to this report."): the article's last line.
// The comments box after the body ("Comments (14)", "Comments are closed on this story."): the article is over.
const COMMENT_COUNT_RE = /^comments?\s?\(\d[\d.,]*[KkMm]?\)$/i;
const COMMENTS_END_RE = /^comments (are|have been) (now )?closed\b/i;
// A dateline in capitals before a colon ("OSLO: The harbour …"), the agency style; labels in capitals are none.
const COLON_DATELINE_RE = /^(?!(?:BREAKING|UPDATE|UPDATED|WATCH|VIDEO|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|NOTE|PHOTOS?|LIVE|LISTEN|READ|SEE ALSO)\b)\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}:\s+(?=\p{Lu})/u;
// A town (and its country) before a dash opening a report ("KYIV, Ukraine — …", "Kyiv — …").
const DASH_DATELINE_RE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}(?:, \p{Lu}[\p{L}]+(?: \p{Lu}\p{L}+)?)?) [—–] (?=\p{Lu})/u;
// A sponsor's label alone on its line, its name on the next ("PRESENTED BY", "Sponsored by:").
const BARE_SPONSOR_RE = /^(?:sponsored|presented|brought to you|paid for|supported) by:?$/i;
const CONTRIBUTED_RE = /^[^.!?]{3,100}\bcontributed( reporting)? to this (report|story|article)\.?$/i;
// Words that call an article a list of the day's key events, in its title ("List of key events, day 533") or its lede.
const SOURCE_HEADLINE_RE = /^\p{Lu}[\p{L}.&'’ -]{1,30}: \p{Lu}\S*(?: \S+){2,25}$/u;
// (and a war's daily round-up, "what we know on day 3,788": not an explainer's "what we know so far")
const KEY_EVENTS_RE = /\bkey (?:events|developments)\b|\bwhat we know on day \d/i;
// a lede announcing the list below it: "Here is a look at the main developments …:", "The latest developments:"
const ANNOUNCED_RE = /\b(?:key|main|major|latest|top) (?:events|developments|things)\b|\bthings to know\b|\bwhat (?:you need )?to know\b/i;
/** How many lines after the title a head printed under the standfirst may run (byline, date, updated). */
const HEAD_AFTER = 6;

/** True for a line that is a section heading: short, and not punctuated like a sentence. */
export function isHeadingLine(line: string): boolean {
  // (a sentence closed by its citation, "… the agency says. (Doe, 3/8)", is text)
  return line.length <= 120 && !isSentence(line.replace(/(?<=[.!?]["”’]?)\s\([^()]{2,40}\)$/u, "")) && /\p{L}/u.test(line) && !isLabelled(line);
}

/** Parses an article text scrape, or null when it holds no running text. */
export function parseArticleText(lines: string[], ctx: ParseContext): DraftDocument | null {
  const content = lines.filter((l) => l !== "");
  // A headline asked as a question ("How long can the defences hold?") is the title, not the first prose.
  const firstProse = content.findIndex((l, i) => isProse(l) && !isChrome(l) && !isMetaLine(l, i) && !isQuestionTitle(content, i));
  if (firstProse < 0) return null;
  const title = pageTitle(content, 0, firstProse + 1);
  const titleAt = title === null ? -1 : content.lastIndexOf(title, firstProse);
  const start = bodyStart(content, titleAt);
  const { end, soft } = articleEnd(content, start);
  // The date and byline may follow the title and standfirst ("Tribune Desk" / "Publish : 10 Aug 2023, 09:40 PM"):
  // with none above the body, the body's first lines are read as the head too (running text there is skipped).
  const above = content.slice(0, start);
  const header = above.some((l) => l.length <= 120 && findDate(l) !== null) ? above : content.slice(0, Math.min(end, start + HEAD_AFTER));
  const warnings: string[] = [];
  const site = siteName(lines, title);
  // (a blog's footer, "Posted by Jane Doe at 7:42 PM", gives the time its dated head leaves out: read beside the date)
  const postedAt = POSTED_AT_RE.exec(content[end] ?? "")?.[1];
  const dateAt = postedAt ? header.findIndex((l) => matchDateLine(l) !== null) : -1;
  const dated = dateAt >= 0 ? [...header.slice(0, dateAt + 1), postedAt!, ...header.slice(dateAt + 1)] : header;
  const published = articleDate(dated, ctx, warnings, site, content);
  // An explicit "By …" byline (in the head, or after the title and standfirst) outranks a guess from a credit-like
  // or names-only line of the head, which may be the masthead; a credit in the body comes last.
  // ("Example Star and wire reports", "Example staff": the outlet's own credit, as explicit)
  let byline = header.map((l, i) => bylineAuthor(l) ?? nameUnderLabel(header, i) ?? staffCredit(l)).find((a) => a) ?? null;
  let credited: string | null = null;
  const guessed = header.map((l, i) => headCredit(l) ?? (isMetaLine(l, i) || findDate(l) ? gluedAuthor(l) : null)).find((a) => a)
    // (a button beside the date, "Show Caption", names no one)
    // (nor does a post's title over its department, "Research Fellow, Military Sciences", though it reads like two names)
    ?? header.map((l, i) => (nextToDate(header, i) && !isChrome(l) && !isCaptionToggle(l) && !(l.includes(",") && POST_LINE_RE.test(l)) ? nameLine(l) ?? outletByline(l, site) ?? placeByline(l) ?? agencyCredit(l) ?? deskLine(l) : null)).find((a) => a)
    // (or a person's name over their post: "Jane Doe" / "Senior Research Fellow, Russia and Eurasia Programme")
    ?? postedName(content.slice(Math.max(titleAt, 0), Math.min(end, start + 4)));
  const read: Block[] = [];
  for (let i = start; i < end; i++) {
    const line = content[i]!;
    if (isPromoBlurb(content, i)) continue;
    // a sponsor's name under its bare label ("PRESENTED BY" / "Example Alliance"): the advertisement's, no heading
    if (line.length <= 60 && !isSentence(line) && BARE_SPONSOR_RE.test(content.slice(Math.max(start, i - 2), i).findLast((l) => l.trim() !== "") ?? "")) continue;
    // a photo's caption buttons, its caption and its credit ("Show Caption" / "Hide Caption" / what it shows / "Jane Doe,
    // AFP via Getty Images"): the picture's, not the text's
    if (isCaptionToggle(line)) {
      const credit = content.slice(i + 1, i + 5).findIndex((l) => isCaption(l));
      if (credit >= 0) i += credit + 1;
      continue;
    }
    // The title a "Read also" label points to is a link, not a section heading; a listing's "Read more" closing each
    // card's text (the same line under two or more) is that card's button, and the next card follows it.
    if (/^read more$/i.test(line) && read.at(-1)?.kind === "paragraph" && content.indexOf(line) !== content.lastIndexOf(line)) continue;
    if (LINK_LABEL_RE.test(line)) {
      i = afterLinks(content, i + 1) - 1;
      continue;
    }
    // A byline after the standfirst, before any section, is the article's; right under a section's heading, the
    // section's ("Zelensky accuses …" / "By PA News Agency")
    const sectioned = read.some((b) => b.kind === "heading" && !b.bullet);
    const last = read.at(-1);
    // a dateline's place on a line of its own under a section's heading ("KATHMANDU, NEPAL") heads nothing; nor does
    // the headline of the outlet a summary quotes, under the summary's own ("Example Wire: Drone Strike Kills Two")
    if (last?.kind === "heading" && !last.bullet && (isDatelineCity(line) || (SOURCE_HEADLINE_RE.test(line) && !isSentence(line) && matchDateLine(content[i + 1] ?? "") === null))) continue;
    const own = sectioned && last?.kind === "heading" && !last.author ? bylineAuthor(line) : null;
    if (own) {
      read[read.length - 1] = { ...last!, author: own };
      continue;
    }
    // (the writer's role under a byline, "By: Jane Doe" / "Example Media Senior Writer", is the byline's, no heading)
    if (isRoleLine(line) && bylineAuthor(content[i - 1] ?? "") !== null) continue;
    // (a card's byline and date closing its section, "by Jane Doe" / "12 October 2026": that section's)
    const heading = sectioned ? read.findLastIndex((b) => b.kind === "heading" && !b.bullet) : -1;
    // (or a bare name over the card's date: "Jane Doe" / "Sep 05, 2026")
    // (or a credit in capitals over it: "KYODO" / "Aug 18, 2030", "BY JANE DOE, STAFF WRITER" / the date)
    const overDate = () => matchDateLine(content[i + 1] ?? "") !== null && !isProse(line);
    const closing: string | null = heading >= 0 && last?.kind === "paragraph" ?
      bylineAuthor(line) ?? (overDate() ? nameLine(line) ?? capsCredit(line) : null) : null;
    if (closing) {
      if (!read[heading]!.author) read[heading] = { ...read[heading]!, author: closing };
      continue;
    }
    // (a card's title over its date, under the card's type label: "News release" / title / "06-01-2032" / its text; the
    // title heads the card, dated by that line, and the label files it)
    const titled = last && !last.bullet && last.text.length <= 200 && isHeadlineLike(last.text) && !isSentence(last.text) && line.length <= 40 &&
      matchDateLine(line) !== null && isProse(content[i + 1] ?? "") ? articleDate([line], { ...ctx, fallbackDay: null }, [], site, content) : null;
    if (titled) {
      const label = read.at(-2);
      if (label?.kind === "heading" && label.text.split(" ").length <= 3) read.splice(-2, 1);
      read[read.length - 1] = { ...last!, kind: "heading", published: titled };
      continue;
    }
    const day = heading >= 0 && last?.kind === "paragraph" && line.length <= 40 && matchDateLine(line) !== null ?
      articleDate([line], { ...ctx, fallbackDay: null }, [], site, content) : null;
    if (day) {
      if (!read[heading]!.published) read[heading] = { ...read[heading]!, published: day };
      continue;
    }
    const by = sectioned ? null : bylineAuthor(line);
    if (by) {
      byline ??= by;
      continue;
    }
    const credit = CREDIT_LINE_RE.exec(line)?.[1]?.trim() ?? wireCredit(line);
    if (credit !== undefined) {
      // (in sections, a section's own credit, "Produced by Jane Doe.", "Reporting by …", is that section's author)
      // (a wire's closing line, "Reporting by …; Editing by …", credits the whole story)
      if (credit && heading >= 0 && !read[heading]!.author && !/\bediting by\b/i.test(line)) read[heading] = { ...read[heading]!, author: credit };
      credited ??= credit;
      continue;
    }
    const block = toBlock(line);
    if (block) read.push(block);
  }
  // (or a name alone under the lead photo, over the first section: "Foto: AFP" / "Jane Doe" / "Attack on the port")
  const pictured = byline ?? guessed ?? credited ? null : pageByline(content, Math.max(titleAt, 0), Math.min(end, start + 6));
  const picturedAt = pictured ? read.findIndex((b) => b.text === pictured) : -1;
  if (picturedAt >= 0) read.splice(picturedAt, 1);
  const author = byline ?? guessed ?? credited ?? pictured;
  // the writer's box after the text ("Jane Doe" / "Jane Doe is our …") ends it
  const box = author && !pictured ? read.findIndex((b, i) => i > 0 && b.text === author && read.slice(0, i).some((p) => p.kind === "paragraph")) : -1;
  if (box > 0) read.splice(box);
  const ruled = ruledItems(read, { published, author, url: ctx.url });
  if (ruled) return { sourceName: site, title, intro: ruled.intro, entries: ruled.entries, warnings };
  const blocks = bulletedHeadings(read.filter((b) => !RULE_RE.test(b.text) && !/^\d{1,2}[.)]$/.test(b.text)));
  labelledHeadings(blocks, content.slice(Math.max(titleAt, 0) + 1, start).some((l) => bylineAuthor(l) !== null));
  // (a "Read more" over a related story's title labels a box of links: the section above it is whole, no teaser)
  if (soft && !isHeadlineLike(content[end + 1] ?? "")) dropTeaser(blocks);
  const stamps = content.slice(start, end).filter((l, i) => l.length <= 160 && matchStamp(l, i) !== null).length;
  if (stamps >= 2) warnings.push(`no live-blog layout fits the ${stamps} time stamps in the text (they head no text of their own): read as one article`);
  const kept = keepSections(blocks);
  // Paragraphs under a dateline are a news report, not a lede: before the first heading they are the main story.
  let leadStory = false;
  if (kept[0]?.kind === "paragraph") {
    const text = stripDateline(kept[0].text).replace(COLON_DATELINE_RE, "");
    // (or the title is a listing's first card: signed in the head as every card below is signed under its heading)
    const cards = kept.filter((b, i) => b.kind === "heading" && kept[i + 1]?.kind === "paragraph");
    const signedCards = cards.length >= 2 && cards.every((b) => b.author !== undefined) &&
      content.slice(Math.max(titleAt, 0) + 1, start).some((l) => bylineAuthor(l) !== null);
    // (a town and a dash open it too: "KYIV, Ukraine — …", "Kyiv — …"; a lede closed by a colon, "Here is what we
    // know:", announces the sections below and stays the intro)
    const place = DASH_DATELINE_RE.exec(kept[0].text)?.[1];
    const dashed = place !== undefined && (isDatelineCity(place) || gazetteerZone(place) !== null);
    const announces = /:$/.test(kept.find((b, i) => b.kind === "paragraph" && kept[i + 1]?.kind !== "paragraph")?.text ?? "");
    leadStory = !announces && (text !== kept[0].text || dashed || isListedFirst(content, titleAt, start, kept) || signedCards);
    // (in briefs whose other items open with their datelines too, each keeps its own, the first as the rest)
    const briefs = kept.some((b, i) => i > 0 && b.kind === "paragraph" && kept[i - 1]!.kind === "heading" && opensWithDateline(b.text));
    if (!briefs) kept[0] = { kind: "paragraph", text };
  }
  // A list of the day's key events, by its title ("List of key events, day 533") or by a lede announcing it ("Here are
  // the key developments:"): each paragraph after the lede is an event (the lede's line, in the head or opening the
  // body, is none of them)
  const announces = (text: string) => text.length <= 160 && ANNOUNCED_RE.test(text) && /:$/.test(text);
  const announcedAt = kept.findIndex((b) => announces(b.text));
  if (announcedAt >= 0) kept[announcedAt] = { kind: "heading", text: kept[announcedAt]!.text };
  const announced = announcedAt >= 0 || content.slice(Math.max(titleAt, 0), start + 2).some(announces);
  if (announced && announcedAt < 0) kept.unshift({ kind: "heading", text: "" });
  // (its headings only group the events, "Fighting", "Diplomacy"; headings written as headlines, "Moscow wakes to drone
  // attack", each head an event of their own: sections)
  // (the announcing lede, made a heading above, is none of them)
  const headings = kept.filter((b, i) => b.kind === "heading" && b.text !== "" && i !== announcedAt);
  // (headlines set in capitals, "TROOPS LEAVE CHORNOBYL", are the wire's items, not groups: most headings so set)
  const capitals = headings.length >= 2 &&
    headings.filter((h) => h.text === h.text.toUpperCase() && h.text.split(" ").length >= 2).length * 3 >= headings.length * 2;
  const grouped = !capitals && headings.filter((h) => h.text.split(" ").length >= 4).length * 2 <= headings.length;
  const eventList = (announced || (title !== null && KEY_EVENTS_RE.test(title))) && kept.some((b) => b.kind === "heading") && grouped;
  // (an announced list of headlined items: the lede before the first is no item)
  if (!eventList && announced && announcedAt < 0 && kept[0]?.kind === "heading" && kept[0].text === "") kept.shift();
  const briefs = briefsOf(blocks, { published, author, url: ctx.url });
  if (briefs) return { sourceName: site, title, intro: briefs.intro, entries: briefs.entries, warnings };
  const sections = sectionsToEntries(kept, { title, published, author, url: ctx.url, leadStory, eventList });
  let { intro, entries } = sections;
  // Sections that each print their own date ("by Jane Doe" / "12 October 2026" closing each card) date the page, not
  // the fetch day; an undated one over them is the listing's own head ("Defence news" / what the page offers).
  const ownDate = (e: DraftEntry) => kept.some((b) => b.published !== undefined && b.published === e.published && b.text === e.headline);
  const firstDated = entries.findIndex(ownDate);
  // (an undated card among them, "Podcast: Check 6" / its blurb, is a promo of the listing's, no news)
  const datedCards = firstDated >= 0 ? entries.slice(firstDated).filter(ownDate).length : 0;
  const ownDays = firstDated >= 0 && firstDated <= 1 && datedCards >= 2 && datedCards * 4 >= (entries.length - firstDated) * 3;
  if (ownDays) entries = entries.filter((e, i) => i < firstDated || ownDate(e));
  if (ownDays && firstDated === 1) [intro, entries] = [[...intro, ...entries[0]!.body], entries.slice(1)];
  // (a listing whose title is its first card: the title's dek, byline and date printed in the head as each card below
  // prints its own; that card is the first entry, not the page's head)
  // (its credit may be printed in capitals over its date, as the cards' are: "REUTERS" / "Aug 18, 2030")
  const headLines = ownDays && firstDated === 0 && title !== null && titleAt >= 0 ? content.slice(titleAt + 1, start) : [];
  const titleCredit: string | null = author ?? headLines.map((l, k) => (matchDateLine(headLines[k + 1] ?? "") !== null ? capsCredit(l) : null)).find((c) => c) ?? null;
  const titleCard = titleCredit !== null ? headLines : [];
  const dek = titleCard.find((l) => isProse(l) && !isChrome(l));
  if (dek && titleCard.some((l) => matchDateLine(l) !== null)) entries.unshift({ headline: title, published, author: titleCredit, body: [dek], keyPoint: false, url: ctx.url });
  // (or its date line is word for word the cards' below, two or more, "22nd March 2027", and its text stands where a
  // lede would)
  const head = title !== null && titleAt >= 0 && !dek && entries.length >= 2 ? content.slice(titleAt + 1, start) : [];
  const cardDate = head.find((l) => matchDateLine(l) !== null && content.slice(start).filter((c) => c === l).length >= 2);
  if (cardDate && intro.length > 0) {
    entries.unshift({ headline: title, published, author, body: intro, keyPoint: false, url: ctx.url });
    intro = [];
  }
  return { sourceName: site, title, intro, entries, warnings: ownDays ? warnings.filter((w) => !w.startsWith(NO_DATE)) : warnings };
}

// "KYIV – Ukrainian forces …": a paragraph opened by a place in capitals and a dash
// (or with its wire in brackets: "KYIV, Ukraine (AP) — Officials …")
const BRIEF_RE = /^\p{Lu}[\p{Lu}'’. -]{2,30}(?:,\s\p{Lu}[\p{L}. ]{1,30})?(?:\s\(\p{Lu}[\p{L}.&]{1,15}\))?\s[–—-]\s+[\p{Lu}"“‘\d]/u;

/**
 * News in brief: three or more paragraphs, and no headings, each item opened by its dateline ("KHERSON – Rescue teams
 * …"): one entry per item, the paragraphs after it carrying it on; null for any other article.
 */
function briefsOf(blocks: Block[], shared: { published: string | null; author: string | null; url: string | null }): { intro: string[]; entries: DraftEntry[] } | null {
  if (blocks.some((b) => b.kind === "heading") || blocks.filter((b) => BRIEF_RE.test(b.text)).length < 3) return null;
  return itemsOf(blocks, (text) => (BRIEF_RE.test(text) ? { headline: null, ...shared, body: [text], keyPoint: false } : null));
}

/**
 * A news list dated (and credited) above its first headline, whose later headings are headlines too: the "title" is
 * its first item's headline, the paragraphs under it that item's text (an article prints its date under its title,
 * and its crossheads are short).
 */
function isListedFirst(content: string[], titleAt: number, start: number, blocks: Block[]): boolean {
  if (titleAt < 0 || start !== titleAt + 1 || !content.slice(0, titleAt).some((l, i) => findDate(l) !== null && isMetaLine(l, i))) return false;
  const headings = blocks.filter((b) => b.kind === "heading");
  // (items numbered from one, "1. Kremenchuk: …", "2. …", count from under the title: it is none of them)
  if (headings.filter((h) => /^\d{1,2}[.)]\s/.test(h.text)).length >= 2) return false;
  return headings.length >= 2 && headings.filter((h) => h.text.split(" ").length >= 4).length * 2 > headings.length;
}

/**
 * A newsletter box's blurb: the line between its "Sign up for …" prompt (or its "Free daily newsletter" tag) and its
 * "Sign up" button or e-mail field.
 */
function isPromoBlurb(content: string[], i: number): boolean {
  const [above, below] = [content[i - 1] ?? "", content[i + 1] ?? ""];
  if (isChrome(above) && /\b(newsletter|sign up|subscribe)\b/i.test(above) && isChrome(below) && /^(sign up|subscribe)\b/i.test(below)) return true;
  return above.length <= 40 && /\bnewsletter\b/i.test(above) && !/[.!?]$/.test(above) && /^enter your e-?mail\b/i.test(below);
}

/** True when the line above or below (blanks skipped) prints a date: where a bare names line is a byline. */
function gluedAuthor(line: string): string | null {
  let m = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}?)\s?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} )/u.exec(line);
  // "Jane Doe, 5 March 2024": a byline, a comma, its date.
  m ??= /^(\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){1,3}),\s(?=\d{1,2}\s\p{Lu}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/u.exec(line);
  // "15.05.2023 19:30 | Jane Doe", "March 5, 2024 · Jane Doe": the date, a bar or dot, then the byline (or the byline
  // first: "Jane Doe · 11 May 2032, 21:40")
  if (!m) {
    const parts = line.split(/\s[|·•]\s/).map((p) => p.trim());
    const name = parts.length !== 2 ? null : findDate(parts[0]!) !== null ? parts[1]! : findDate(parts[1]!) !== null ? parts[0]! : null;
    if (name && nameLine(name) === name) return name;
  }
  // A dateline that opens with its weekday or month ("Tuesday April 23 2024, 4.15pm") names no one.
  return m && !/^(published|updated|posted)/i.test(m[1]!) && !new RegExp(`^(?:${WD_RE}|${MON_RE})(?:\\s|$)`).test(m[1]!)
    ? m[1]!.trim()
    : null;
}

/** A head line crediting the article: "Author: Jane Doe", "Words: Jane Doe", "Jane Doe / Outlet", "Jane Doe, defence editor". */
// A person's two or three names alone ("Jane Doe"), and a post under them ("Senior Research Fellow, Europe Programme")
const PERSON_LINE_RE = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;
const POST_LINE_RE = /^(?:\p{Lu}[\p{L}-]*\s){0,3}(?:Fellow|Director|Researcher|Analyst|Professor|Lecturer|Editor|Correspondent|Reporter|Adviser|Advisor|Scholar)(?:,\s\S.{2,80})?$/u;

/** A person's name over their post in the head ("Jane Doe" / "Senior Research Fellow, Europe Programme"), or null. */
function postedName(head: string[]): string | null {
  return head.find((l, i) => PERSON_LINE_RE.test(l) && nameLine(l) !== null && POST_LINE_RE.test(head[i + 1] ?? "")) ?? null;
}

function headCredit(line: string): string | null {
  return line.length <= 100 ? slashedByline(line) ?? closingCredit(line) : null;
}

/** First body line: after the byline, dates and share widgets that follow the title (within a dozen lines). */
function bodyStart(content: string[], titleAt: number): number {
  let lastMeta = -1;
  for (let i = titleAt + 1; i < Math.min(content.length, titleAt + 14); i++) {
    const line = content[i]!;
    // (a byline under a section's heading after the head's own date: "Published: …" / "Winter coat appeal …" / "By Jane
    // Doe": the body begins at that heading)
    const sectionByline = lastMeta >= 0 && i - 1 > lastMeta && bylineAuthor(line) !== null && isHeadlineLike(content[i - 1]!) && !isMetaLine(content[i - 1]!, i - 1);
    if (sectionByline && content.slice(titleAt + 1, i - 1).some((l) => l.length <= 120 && findDate(l) !== null)) return i - 1;
    // A comment count in the head ("Comments (14)") belongs to the share bar.
    if (isMetaLine(line, i) || (isChrome(line) && !isProse(line)) || COMMENT_COUNT_RE.test(line)) lastMeta = i;
    else if (isProse(line) && (lastMeta >= 0 || isProse(content[i + 1] ?? ""))) break;
  }
  return lastMeta >= 0 ? lastMeta + 1 : titleAt + 1;
}

// A blog's post footer: "Posted by Jane Doe at 7:42 PM", "Posted by Example at 19:42"
const POSTED_AT_RE = /^posted by \S.{0,40}? at (\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)$/i;

// A listing's label over its first card ("Latest", "Top stories")
const LISTING_LABEL_RE = /^(?:latest(?: news| stories| headlines)?|top stories|all news|news feed)$/i;

/** Where the article stops: the first footer label after the body begins ("soft" for a bare "Read more"). */
function articleEnd(content: string[], start: number): { end: number; soft: boolean } {
  let prose = false;
  for (let i = start; i < content.length; i++) {
    const line = content[i]!;
    // A row of share buttons after the body ("Share", "Telegram", "X", "Email") closes the article.
    if (prose && isButton(line) && isButton(content[i + 1] ?? "") && isButton(content[i + 2] ?? "")) return { end: i, soft: false };
    // A byline before the body's first sentence ("Author: Jane Doe" under the date) is the head's, not an author box.
    if (!prose && bylineAuthor(line)) continue;
    // (and so is a copyright line under the byline, "© Copyright Example Communications, Inc.": the footer's comes after text)
    if (!prose && /^(?:©|\(c\)\s|copyright\b)/i.test(line)) continue;
    // (a listing's label over its first card, "Latest" / "Top stories", before any text, heads the cards below it)
    if (!prose && LISTING_LABEL_RE.test(line) && content.slice(i + 1, i + 6).some((l) => isProse(l) && l.length >= 60)) continue;
    prose ||= isProse(line);
    if (SOFT_END_RE.test(line.replace(/[.:\s→»]+$/, ""))) {
      // a "Read more" box of links inside the text, which goes on under a heading after it, is no end
      const after = afterLinks(content, i + 1);
      if (after > i + 1 && runsOn(content, after)) continue;
      // nor is a listing's "Read more" closing each card: the same label closes the next card's text too
      const next = content.findIndex((l, k) => k > i && l === line);
      if (next > 0 && content.slice(i + 1, next).some((l) => isProse(l) && l.length >= 60)) continue;
      return { end: i, soft: true };
    }
    // (so does the wires' closing credit, "With Reuters, AAP": what follows it is the page's; and a blog's post
    // footer, "Posted by Jane Doe at 7:42 PM")
    // (a "Most read" box of a link or two inside a sectioned text, which goes on under a crosshead after it, is no end)
    if (prose && isBoxLabel(line) && inlineBox(content, i)) continue;
    if (isEndMarker(line) || (prose && (POSTED_AT_RE.test(line) || CONTRIBUTED_RE.test(line) || COMMENTS_END_RE.test(line) || COMMENT_COUNT_RE.test(line) ||
      (/^with\s/i.test(line) && agencyCredit(line) !== null)))) return { end: i, soft: false };
  }
  return { end: content.length, soft: false };
}

/** A box's label with a link or two under it, then a crosshead and running text: the article goes on after the box. */
function inlineBox(content: string[], at: number): boolean {
  const after = afterLinks(content, at + 1);
  return after > at + 1 && after <= at + 3 && isHeadlineLike(content[after] ?? "") && !isSentence(content[after]!) && runsOn(content, after + 1);
}

/** Two or more paragraphs of running text among the four lines from `from`: the article goes on there. */
function runsOn(content: string[], from: number): boolean {
  return content.slice(from, from + 4).filter((l) => isProse(l) && l.length >= 60).length >= 2;
}

/**
 * Where the text goes on after the links under a "Read also" label: its first line when no sentence (a link's title),
 * then each next title that no paragraph follows (a title over a paragraph is the next section's heading).
 */
function afterLinks(content: string[], from: number): number {
  let i = from;
  if (i < content.length && !isSentence(content[i]!)) i++;
  while (i < from + 3 && i < content.length && !isSentence(content[i]!) && isHeadlineLike(content[i]!) && !isProse(content[i + 1] ?? "")) i++;
  return i;
}

/** A card's credit printed in capitals ("REUTERS", "AFP-JIJI", "BY JANE DOE, STAFF WRITER"): the wire or the name; else null. */
function capsCredit(line: string): string | null {
  const m = /^(?:BY\s+)?(\p{Lu}[\p{Lu}'’.&-]+(?:\s\p{Lu}[\p{Lu}'’.&-]+){0,3})(?:,\s\p{Lu}[\p{Lu}\s]{2,30})?$/u.exec(line);
  return m && line.length <= 60 ? m[1]! : null;
}

function toBlock(raw: string): Block | null {
  // (a rule or a number line between a round-up's items parts them: ruledItems reads it, and drops it otherwise)
  if (RULE_RE.test(raw) || /^\d{1,2}[.)]$/.test(raw)) return { kind: "paragraph", text: raw };
  if (isChrome(raw) || endsWithPointer(raw) || /all rights reserved/i.test(raw)) return null;
  // a brief's closing credit ("— Associated Press"): kept for the sections to read as its author (sections.ts)
  if (/^[—–]\s?\S/u.test(raw) && raw.length <= 60 && (closingCredit(raw) ?? agencyCredit(raw)) !== null) return { kind: "paragraph", text: raw };
  if (raw.length <= 60 && (matchStamp(raw, 0)?.text === null || matchDateLine(raw))) return null;
  const bullet = bulletText(raw);
  const line = bullet ?? raw;
  if (/^[\p{L} ]{2,40}:$/u.test(line) || (EMBED_LABEL_RE.test(line) && !isSentence(line))) return null;
  // a bulleted headline may be a briefing's crosshead ("▪ Sumy toll climbs"): bulletedHeadings decides
  if (bullet !== null && isHeadingLine(line) && isHeadlineLike(line)) return { kind: "heading", text: line, bullet: true };
  if (bullet === null && QUESTION_HEADING_RE.test(line)) return { kind: "heading", text: line };
  // A crosshead may be one word, a place or a theme ("Dnipro", "Sanctions").
  if (bullet === null && isHeadingLine(line) && (isHeadlineLike(line) || ONE_WORD_HEADING_RE.test(line) || SHORT_HEADING_RE.test(line))) {
    return { kind: "heading", text: line };
  }
  if (isHeadingLine(line) && line.length <= 60) return null;
  return bullet === null ? { kind: "paragraph", text: line } : { kind: "paragraph", text: line, bullet: true };
}

/**
 * In an article of sections, a "Topic: what happened" line that closes no sentence and opens plain paragraphs is a
 * heading like the others; a labelled paragraph ("Source: …" before "Details: …") is followed by more labels.
 */
function labelledHeadings(blocks: Block[], underByline: boolean): void {
  const labelled = blocks.map((b, i) => {
    const next = blocks[i + 1];
    return b.kind === "paragraph" && isLabelled(b.text) && b.text.length <= 120 && isHeadlineLike(b.text) &&
      (blocks[i - 1]?.kind === "paragraph" || i === 0) && next?.kind === "paragraph" && isProse(next.text) && !isLabelled(next.text);
  });
  // (the text's first line is one only under the head's byline, beside crossheads further down: "Kharkiv: …" opening a
  // briefing of such; above the byline it is the title the head missed)
  if (labelled[0] && (!underByline || (!labelled.slice(1).some(Boolean) && !blocks.some((b) => b.kind === "heading")))) labelled[0] = false;
  // (or, in an article of no other headings, two or more such lines: a briefing whose every crosshead is "Place: what
  // happened", "Kharkiv: fourth victim dies")
  if (!blocks.some((b) => b.kind === "heading") && labelled.filter(Boolean).length < 2) return;
  blocks.forEach((b, i) => {
    if (labelled[i]) blocks[i] = { kind: "heading", text: b.text };
  });
}

/**
 * A bulleted headline is a crosshead only when running text follows it (a briefing's "▪ Sumy toll climbs" over its
 * paragraphs); bullets next to each other are a list, and its items are text.
 */
function bulletedHeadings(blocks: Block[]): Block[] {
  const listed = blocks.map((b) => b.bullet === true && b.kind === "heading");
  return blocks.flatMap((b, i): Block[] => {
    if (!b.bullet || b.kind !== "heading") return [b];
    const next = blocks[i + 1];
    if (next?.kind === "paragraph" && isProse(next.text) && !listed[i - 1] && !listed[i + 1]) return [{ kind: "heading", text: b.text }];
    // a short list item that is no sentence is left out, as toBlock leaves such lines out
    return b.text.length <= 60 ? [] : [{ kind: "paragraph", text: b.text }];
  });
}

/**
 * A section closed by a bare "Read more" is a teaser box for another article, not part of this one; not when it is
 * signed like the sections above it (a round-up's last item, "Read more" linking to its full story).
 */
function dropTeaser(blocks: Block[]): void {
  const lastHeading = blocks.findLastIndex((b) => b.kind === "heading");
  const signedLike = blocks[lastHeading]?.author !== undefined && blocks.some((b, i) => i < lastHeading && b.kind === "heading" && b.author !== undefined);
  if (lastHeading > 0 && blocks.length - lastHeading <= 3 && !signedLike) blocks.splice(lastHeading);
}

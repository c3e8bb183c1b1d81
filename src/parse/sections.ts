// Articles as entries: each section (a heading and the paragraphs under it) is one entry.
import type { DraftEntry } from "./draft.ts";
import { agencyCredit, closingCredit } from "./text-credits.ts";
import { DATE_RE } from "./text-dates.ts";
import { isEndMarker } from "./text-furniture.ts";
import { isKeyPointsHeading } from "./text-lines.ts";
import { opensWithDateline } from "./text-post.ts";

/** A heading or a paragraph of an article, in page order. */
export interface Block {
  kind: "heading" | "paragraph";
  text: string;
  /** Printed as a list item: a heading only if running text follows (article-text.ts decides); a paragraph an item of
   * a list, which may list the day's briefs (sections.ts decides). */
  bullet?: boolean;
  /** A heading's own byline, printed right under it ("By PA News Agency"): its section's author. */
  author?: string;
  /** A heading's own date, printed at its section's end under its byline ("by Jane Doe" / "12 October 2026"). */
  published?: string;
  /** A list item that is one link: a pointer to another story, or a newsletter's brief linked whole. */
  linked?: boolean;
}

/**
 * Sections only when two or more headings each open paragraphs; else the headings were intertitles, or labels of a
 * list or box, and only the paragraphs are kept.
 */
export function keepSections(blocks: Block[]): Block[] {
  const opening = blocks.filter((b, i) => b.kind === "heading" && blocks[i + 1]?.kind === "paragraph").length;
  return opening >= 2 ? blocks : blocks.filter((b) => b.kind === "paragraph");
}

/** Fields every section entry of one article shares. */
export interface SectionDefaults {
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  /** The paragraphs before the first heading are the main story (a dateline opens them), not an intro. */
  leadStory?: boolean;
  /** The article lists the day's key events ("List of key events, day 533"): each paragraph under a heading is one
   * event, and the headings only group them ("Fighting", "Diplomacy"). */
  eventList?: boolean;
}

/**
 * Paragraphs before the first heading are the intro; each heading with paragraphs under it is an entry.
 * An article without headings is one entry titled by the article, and so are the paragraphs before the first
 * heading when they are the main story. Headings with no paragraphs are dropped. In a list of key events every
 * paragraph under a heading is an entry of its own, with no headline. A summary box over the sections ("Highlights"
 * and its bullets, before the first section) restates them: it is intro.
 */
export function sectionsToEntries(blocks: Block[], defaults: SectionDefaults): { intro: string[]; entries: DraftEntry[] } {
  const intro: string[] = [];
  const entries: DraftEntry[] = [];
  const { published, author, url } = defaults;
  const numbered = numberedHeadings(blocks);
  let box: "summary" | "sponsor" | "standing" | null = null;
  let sponsor = false;
  let labelAt = -1;
  // (sections whose text is all items of a list: each item may be an entry of its own, briefsApart decides)
  const itemSections = new Set<DraftEntry>();
  // (and those whose items are each one link: a list of links where other lists carry briefs)
  const linkSections = new Set<DraftEntry>();
  // (how many of the intro's paragraphs run before its first list or label: "Here's what else is on today:")
  let introRun: number | null = null;
  let current: DraftEntry | null = defaults.leadStory ? { headline: defaults.title, published, author, body: [], keyPoint: false, url } : null;
  const contents = contentsLines(blocks);
  // (a heading printed over two boxes or more, "Signals" under one item and another: the newsletter's standing box; not
  // a table of contents' line, which heads no text)
  const headings = blocks.flatMap((b, i) => (b.kind === "heading" && blocks[i + 1]?.kind === "paragraph" ? [b.text] : []));
  const repeated = new Set(headings.filter((h, i) => headings.indexOf(h) !== i));
  for (const [at, block] of blocks.entries()) {
    // (a table of contents, "1. Istanbul talks" / "2. Port blackout" / …: no section, and the text under it no item's)
    if (contents.has(at)) {
      if (current && current.body.length > 0) entries.push(current);
      current = null;
      continue;
    }
    if (defaults.eventList && (current || block.kind === "heading")) {
      // (a sentence each: a sidebar's line after the list, "LATEST UPDATE: January February", is none)
      if (block.kind === "paragraph" && SENTENCE_END_RE.test(block.text)) entries.push({ headline: null, published, author, body: [block.text], keyPoint: false, url });
      current = { headline: null, published, author, body: [], keyPoint: false, url };
      continue;
    }
    // a summary box heading the sections ("HIGHLIGHTS", "At a glance", its bullets) restates them: the intro
    if (block.kind === "heading" && entries.length === 0 && current === null && isKeyPointsHeading(block.text) &&
      blocks.filter((b) => b.kind === "heading").length >= 3) {
      box = "summary";
      continue;
    }
    // a sponsor's block ("A message from Example Bank", its pitch's title and text): an advertisement, no entry
    if (SPONSOR_RE.test(block.text)) {
      sponsor = true;
      continue;
    }
    // (its title is the block right under the label; a label over text alone marks nothing further down)
    // (a newsletter's standing feature, "Quote of the day" / the quote, its "Opinions" / pointers to columns, its "Daily quiz": no news of its own)
    // (so is a box whose text opens with its label again: "The Big Read" over "The Big Read: Inside …", a teaser)
    const relabelled = blocks[at + 1]?.kind === "paragraph" && blocks[at + 1]!.text.startsWith(`${block.text}: `);
    // (and the heading right under a standing box's label is its title: "Today's number" / "$2.1 billion")
    const titled = box === "standing" && labelAt === at - 1;
    if (block.kind === "heading" && !titled) {
      box = sponsor ? "sponsor" : STANDING_BOX_RE.test(block.text) || repeated.has(block.text) || relabelled ? "standing" : null;
      labelAt = at;
    }
    sponsor = false;
    if (box === "summary") intro.push(block.text);
    if (box !== null) {
      if (current && current.body.length > 0) entries.push(current);
      current = null;
      continue;
    }
    if (block.kind === "heading") {
      if (current && current.body.length > 0) entries.push(current);
      current = { headline: numbered ? block.text.replace(NUMBER_RE, "") : block.text, published: block.published ?? published, author: block.author ?? author, body: [], keyPoint: false, url };
    } else if (current) {
      if (block.bullet && (current.body.length === 0 || itemSections.has(current))) itemSections.add(current);
      else itemSections.delete(current);
      // (a sign-off under the last list is no item of it: "Thank you for reading. …")
      if (block.linked && current.body.length === 0) linkSections.add(current);
      else if (block.bullet && !block.linked) linkSections.delete(current);
      current.body.push(block.text);
    }
    else {
      if ((block.bullet || /:$/.test(block.text)) && introRun === null) introRun = intro.length;
      intro.push(block.text);
    }
  }
  if (current && current.body.length > 0) entries.push(current);
  // an agenda ("Tuesday, May 9: the port publishes its figures", one line a day) lists what is coming, not news; a
  // last heading over short titles alone ("More on this story" / "How cities prepare for winter") lists other articles
  // (or what its heading calls one: "AGENDA", "Coming up", "The week ahead")
  const agenda = (e: DraftEntry) => (e.body.length >= 2 && e.body.every((p) => AGENDA_LINE_RE.test(p))) || isAgendaHeading(e.headline ?? "");
  // (so does a box of teasers for what follows, "Markets: Oil edges higher …" / "Tech: …" / "Business: …")
  const preview = (e: DraftEntry) => e.body.length >= 3 && e.body.slice(0, 3).every((p) => TEASER_LINE_RE.test(p) && p.split(/\s+/).length <= 16);
  const closingLinks = entries.length >= 2 && entries.at(-1)!.body.every((p) => p.split(/\s+/).length <= 12 && !SENTENCE_END_RE.test(p));
  // (and a box of figures alone, "Nasdaq" over "21,904.37" and "+0.84%", is a market widget)
  const figures = (e: DraftEntry) => e.body.every((p) => !/\p{L}{3}/u.test(p));
  // (a newsletter whose briefs carry their links inside the text lists other stories as links whole: "Opinions",
  // "Morning reads" over one link an item)
  const links = (e: DraftEntry) => linkSections.has(e) && entries.some((o) => itemSections.has(o) && !linkSections.has(o));
  const news = (closingLinks ? entries.slice(0, -1) : entries).filter((e) => !agenda(e) && !preview(e) && !figures(e) && !links(e));
  if (news.length === 0 && intro.length > 0) {
    news.push({ headline: defaults.title, published, author, body: intro.splice(0), keyPoint: false, url });
  } else if (news.length > 0) {
    // a newsletter's essay before its sections ("Good morning." and four paragraphs of argument, then "Today's News"):
    // the edition's own story, titled by it; a lede of a paragraph or two stays the intro
    // (its prose up to a list or a label, not a summary of bullets, "► Ukraine's top commander says …", nor a report's
    // notes: "Click here for the map")
    const run = intro.slice(0, introRun ?? intro.length);
    // (its writer's signature closing it, "—Jane Doe", signs it: no paragraph of it)
    const signature = SIGNATURE_RE.exec(run.at(-1) ?? "")?.[1];
    const signed = signature ? run.slice(0, -1) : run;
    const essay = GREETING_RE.test(signed[0] ?? "") ? signed.slice(1) : signed;
    if (essay.length >= 3 && essay.every((p) => SENTENCE_END_RE.test(p) && p.split(/\s+/).length >= 8 && !NOTE_RE.test(p))) {
      news.unshift({ headline: defaults.title, published, author: author ?? signature ?? null, body: essay, keyPoint: false, url });
      intro.splice(0, intro.length, ...intro.filter((p) => !essay.includes(p) && !(signature && p === run.at(-1))));
    }
  }
  // briefs that close with their own credit ("— The Associated Press"): that credit is each one's author, over the
  // page's ("Wire reports")
  // (a lone one closes the text: not part of it)
  const credit = (e: DraftEntry) => (e.body.length >= 2 ? agencyCredit(e.body.at(-1)!) ?? closingCredit(e.body.at(-1)!) : null);
  const own = news.filter((e) => credit(e) !== null).length >= 2;
  for (const e of news) {
    const by = credit(e);
    if (by) [e.author, e.body] = [own ? by : e.author, e.body.slice(0, -1)];
  }
  return { intro, entries: briefsApart(news, (e) => itemSections.has(e)) };
}

// A heading over a list of briefs: "Here are today's top stories", "Five big stories", "News in brief", "Briefly"
const BRIEFS_HEADING_RE = /\b(?:top|big|other|more|main) (?:stories|headlines|news)\b|\bin brief\b|\bbriefly\b|^what else\b|^(?:the )?headlines$|^(?:news|world) briefs?$/i;

// "Ukraine | Russian missiles struck …": a brief opened by its subject's label
const LABELLED_BRIEF_RE = /^\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2} \| (?=\S)/u;

/**
 * A newsletter's list of briefs under one heading ("Five big stories" over "Ukraine | …", "Education | …"; "Five more
 * top stories" over "1. …", "2. …", "3. …"; "Here are today's top stories" over paragraphs of a report each): each
 * brief is an entry of its own, untitled, its label or number left off. The label marks briefs anywhere once a list of
 * three shows the form.
 */
function briefsApart(entries: DraftEntry[], listItems: (e: DraftEntry) => boolean): DraftEntry[] {
  const labelled = (e: DraftEntry) => e.body.length > 0 && e.body.every((p) => LABELLED_BRIEF_RE.test(p));
  // (the numbered run opens the section; a short label after it, "We're also reading …", ends the list)
  const run = (e: DraftEntry) => {
    const n = e.body.findIndex((p, i) => NUMBER_RE.exec(p)?.[1] !== String(i + 1));
    return n < 0 ? e.body.length : n;
  };
  const numbered = (e: DraftEntry) => run(e) >= 3 && e.body.slice(run(e)).every((p) => p.length < 60);
  // ("News brief" over "1. Ukraine hits a refinery again." and its paragraph, "2. …": numbered titles over text)
  const titled = (e: DraftEntry) => numberedTitles(e.body) !== null;
  // ("Here are today's top stories" over three or more paragraphs, each a whole report of a sentence or two; or any
  // heading over a list of such, "Today's News" over its numbered items)
  const reports = (e: DraftEntry) => e.body.length > 0 && e.body.every((p) => p.length >= 50 && p.length <= 600 && SENTENCE_END_RE.test(p));
  const heads = (e: DraftEntry) => (BRIEFS_HEADING_RE.test(e.headline ?? "") || listItems(e)) && e.body.length >= 3 && reports(e);
  // (the sections right after such a list, "Around the world" over two, are more of its briefs: a short desk's name
  // over a few reports, not a story's title over its text)
  const desk = (e: DraftEntry) => (e.headline ?? "").split(/\s+/).length <= 3 && e.body.length <= 3 && reports(e);
  // (and once a list of two reports shows the form, "War in Ukraine" over two items, lists of one are briefs too)
  const items = (e: DraftEntry) => listItems(e) && reports(e);
  const itemised = entries.some((e) => items(e) && e.body.length >= 2);
  const briefSections = new Set<DraftEntry>();
  entries.forEach((e, i) => {
    // (a desk continues a list printed as the list is: items after items, paragraphs after paragraphs)
    const continues = i > 0 && briefSections.has(entries[i - 1]!) && desk(e) && listItems(e) === listItems(entries[i - 1]!);
    if (heads(e) || (itemised && items(e)) || continues) briefSections.add(e);
  });
  // ("RUSSIA-UKRAINE WAR" over paragraphs each closed by its source, "… Jane Doe reports for Example News.": a
  // newsletter's digest, every such paragraph an item; once a section of two shows the form, a section of one too)
  const sourced = (e: DraftEntry) => e.body.length > 0 && e.body.every((p) => SOURCED_BRIEF_RE.test(p));
  const sources = entries.some((e) => sourced(e) && e.body.length >= 2);
  const labels = entries.some((e) => labelled(e) && e.body.length >= 3);
  if (!labels && !sources && !entries.some(numbered) && briefSections.size === 0 && !entries.some(titled)) return entries;
  return entries.flatMap((e) => {
    if (labels && labelled(e)) return e.body.map((p) => ({ ...e, headline: null, body: [p.replace(LABELLED_BRIEF_RE, "")] }));
    if (sources && sourced(e)) return e.body.map((p) => ({ ...e, headline: null, body: [p] }));
    if (briefSections.has(e)) return e.body.map((p) => ({ ...e, headline: null, body: [p] }));
    if (numbered(e)) return e.body.slice(0, run(e)).map((p) => ({ ...e, headline: null, body: [p.replace(NUMBER_RE, "")] }));
    const starts = numberedTitles(e.body);
    if (starts) {
      return starts.map((at, i) => ({ ...e, headline: e.body[at]!.replace(NUMBER_RE, ""), body: e.body.slice(at + 1, starts[i + 1]) }));
    }
    return [e];
  });
}

/**
 * Where a section's text is a numbered list of titled items ("1. Ukraine hits a refinery again." over a paragraph or
 * two, then "2. …", counting up from one, three or more): the index of each item's title, else null. Each title is a
 * short line of its own with text under it.
 */
function numberedTitles(body: string[]): number[] | null {
  const starts = body.flatMap((p, i) => (NUMBER_RE.test(p) ? [i] : []));
  if (starts.length < 3 || starts[0] !== 0) return null;
  const ordered = starts.every((at, i) => Number(NUMBER_RE.exec(body[at]!)![1]) === i + 1);
  const titles = starts.every((at, i) => (starts[i + 1] ?? body.length) > at + 1 && body[at]!.split(/\s+/).length <= 16);
  return ordered && titles ? starts : null;
}

const SENTENCE_END_RE = /[.!?]["”’')]*$/u;

/** True for the heading of an agenda, what is coming rather than what happened: "AGENDA", "Coming up today". */
export function isAgendaHeading(text: string): boolean {
  return AGENDA_HEADING_RE.test(text);
}

const AGENDA_HEADING_RE = /^(?:the\s)?(?:agenda|on the agenda|schedule|calendar|diary|coming up(?: today| this week| later)?|what'?s (?:happening|on|coming up)(?: today| this week)?|where and when|what'?s ahead|(?:the\s)?(?:week|day) ahead|what to watch(?: today| this week| for)?|what we['’]re watching)[.:!]?$/i;
const TEASER_LINE_RE = /^\p{Lu}[\p{L}&]+(?:\s[\p{L}&]+)?:\s\S/u;
const NOTE_RE = /^(?:click here|note:|editor'?s note)/i;
// a writer's signature under their text: "—Jane Doe", "– Jane Doe"
const SIGNATURE_RE = /^[—–]\s?(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3})$/u;
const GREETING_RE = /^(?:good (?:morning|afternoon|evening)|hello|hi|welcome)\b/i;
const STANDING_BOX_RE = new RegExp(String.raw`^(?:opinions?|.{0,40}\bquiz\b.{0,20}|games|puzzles?|share (?:the|this)\b.{0,30}|today['’]s\s(?:number|quote|video|chart|photo|picture|word|question)|(?:the\s)?(?:quote|quotes|number|figure|stat|chart|photo|picture|image|tweet|word|question|poll)s?\sof\sthe\s(?:day|week)|(?:he|she|they)\ssaid\sit|` +
  // (pointers to other reading, newsletters and front pages: "What else we've been reading", "Recommended newsletters
  // for you", "The front pages")
  String.raw`what (?:else )?(?:we['’]re|we['’]ve been|I['’]m|I['’]ve been) (?:reading|watching|listening to)|(?:recommended|more) newsletters(?: for you)?|(?:the\s)?front pages)[.:!]?$`, "i");
// a digest item's closing source: "… Jane Doe reports for Example News.", "… Example Wire reports. [Example Wire]"
const SOURCED_BRIEF_RE = /[.!?]["”’]?\s(?:\p{Lu}[\p{L}'’.-]+\s){1,4}(?:reports?|writes?|reported)(?:\sfor\s(?:the\s)?\p{Lu}[\p{L}.&'’ -]{1,50})?\.(?:\s\[[^\]]{1,60}\])?$/u;
const SPONSOR_RE = /^(?:a message from|(?:this (?:newsletter|edition) is )?(?:sponsored|presented|brought to you) by|paid (?:post|content|partner content)|together with|in partnership with)\b.{0,60}$/i;
const AGENDA_LINE_RE = new RegExp(`^${DATE_RE}\\s?:\\s`);
const NUMBER_RE = /^(\d{1,2})[.)]\s+(?=\S)/;

/** The blocks of a table of contents: three or more numbered headings in a row, counting up from one. */
function contentsLines(blocks: Block[]): Set<number> {
  const lines = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    let n = 0;
    while (blocks[i + n]?.kind === "heading" && NUMBER_RE.exec(blocks[i + n]!.text)?.[1] === String(n + 1)) n++;
    if (n >= 3) for (let k = 0; k < n; k++) lines.add(i + k);
    i += Math.max(n - 1, 0);
  }
  return lines;
}

/**
 * True when the headings are numbered items of a list ("1. …", "2. …", "3. …": two or more, counting up from one, or
 * from two after a first item that writes its number into its label):
 * the numbers order the list and are no part of the headlines.
 */
function numberedHeadings(blocks: Block[]): boolean {
  const numbers = blocks.flatMap((b) => (b.kind === "heading" ? NUMBER_RE.exec(b.text)?.[1] ?? [] : []));
  // (counting from two when the first item's number is written into its label: "1 big thing: …", then "2. …")
  const from = Number(numbers[0]) === 2 ? 2 : 1;
  return numbers.length >= 2 && numbers.every((n, i) => Number(n) === i + from);
}

/**
 * An article made of items that their first paragraph marks (a dateline, a time): each paragraph `open` reads as an
 * item's start makes an entry, the paragraphs after it carry that entry on, and those before the first are the intro.
 */
export function itemsOf(blocks: Block[], open: (text: string) => DraftEntry | null): { intro: string[]; entries: DraftEntry[] } {
  const intro: string[] = [];
  const entries: DraftEntry[] = [];
  for (const block of blocks) {
    const item = open(block.text);
    if (item) entries.push(item);
    else if (entries.length > 0) entries.at(-1)!.body.push(block.text);
    else intro.push(block.text);
  }
  return { intro, entries };
}

// "___", "---", "***", "* * *": a rule a round-up prints between its items
export const RULE_RE = /^(?:_{3,}|-{3,}|\*{3,}|(?:\*\s){2}\*)$/;
// "1.", "2)": an item's number alone on its line
const NUMBER_LINE_RE = /^(\d{1,2})[.)]$/;

/**
 * A round-up of items parted by rules ("___") or numbered on lines of their own ("1.", "2.", counting up from one), none
 * of them headed ("The Latest on …:", then items that open with their dateline): one entry per item, at the article's
 * time, without headline; the lines before the first number, and those that announce the items (ending with a colon),
 * are its intro. Null for any other article.
 */
export function ruledItems(all: Block[], shared: { published: string | null; author: string | null; url: string | null }): { intro: string[]; entries: DraftEntry[] } | null {
  // (a line after the last paragraph heads nothing: "That's all for tonight — back tomorrow at 18:30")
  const blocks = all.slice(0, all.findLastIndex((b) => b.kind === "paragraph") + 1);
  if (blocks.some((b) => b.kind === "heading")) return null;
  const numbers = blocks.flatMap((b) => NUMBER_LINE_RE.exec(b.text)?.[1] ?? []);
  const numbered = numbers.length >= 2 && numbers.every((n, i) => Number(n) === i + 1);
  const ruled = blocks.filter((b) => RULE_RE.test(b.text)).length >= 2;
  // (or, with neither, each item opening with its wire dateline: "KYIV, Ukraine (AP) — …", "MOSCOW (AP) — …")
  const dated = !numbered && !ruled && blocks.filter((b) => b.kind === "paragraph" && opensWithDateline(b.text)).length >= 3;
  if (!numbered && !ruled && !dated) return null;
  if (dated) return datedItems(blocks, shared);
  const parts = (text: string) => RULE_RE.test(text) || (numbered && NUMBER_LINE_RE.test(text));
  const intro: string[] = [];
  const entries: DraftEntry[] = [];
  let open: DraftEntry | null = null;
  let started = !numbered;
  for (const block of blocks) {
    if (parts(block.text)) {
      open = null;
      started = true;
      continue;
    }
    if (!started || (entries.length === 0 && /:$/.test(block.text))) {
      intro.push(block.text);
      continue;
    }
    if (open) open.body.push(block.text);
    else entries.push(open = { headline: null, ...shared, body: [block.text], keyPoint: false });
  }
  // (the wire's sign-off after the last rule, "Follow AP's coverage of the war at …", is no item)
  if (entries.length > 0 && entries.at(-1)!.body.length === 1 && isEndMarker(entries.at(-1)!.body[0]!)) entries.pop();
  return entries.length >= 2 ? { intro, entries } : null;
}

/** A round-up whose items each open with a wire dateline: one entry per dated paragraph and those after it. */
function datedItems(blocks: Block[], shared: { published: string | null; author: string | null; url: string | null }): { intro: string[]; entries: DraftEntry[] } | null {
  const intro: string[] = [];
  const entries: DraftEntry[] = [];
  for (const block of blocks) {
    if (opensWithDateline(block.text)) entries.push({ headline: null, ...shared, body: [block.text], keyPoint: false });
    else if (entries.length > 0) entries.at(-1)!.body.push(block.text);
    else intro.push(block.text);
  }
  return entries.length >= 2 ? { intro, entries } : null;
}

// The parse stage: one document in, its entries out. Switches on the format (detected from the content
// when `auto`), then gives every entry a stable id and the source's name.
import { DigestError, describeError } from "../errors.ts";
import { nameFromLocation, outletName } from "../source-name.ts";
import type { Entry, ParsedDocument, ParseOptions, RawDocument, SourceFormat } from "../types.ts";
import { NO_DATE, type DraftDocument, type ParseContext } from "./draft.ts";
import { assignIds } from "./entry-id.ts";
import { parseAtom, parseRss } from "./feed.ts";
import { parseHtml } from "./html.ts";
import { dropPointers, isPointerLine } from "./pointers.ts";
import { agencyCredit } from "./text-credits.ts";
import { detectTextLayout, linesOf, parseText } from "./text-layout.ts";
import { normText } from "./text-lines.ts";
import { fetchDay, safeZone } from "./timestamp.ts";
import { findDate, readingSlashDates } from "./text-dates.ts";
import { speakerSurnames, spoken } from "./transcript.ts";
import { readingIst } from "./text-zones.ts";

/** The format a document's content is in, or null when it is none we read. The content decides. */
export function detectFormat(body: string, contentType: string | null): SourceFormat | null {
  const head = body.slice(0, 8192).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("<")) {
    const root = /<(rss|feed|rdf:RDF|html|body|head)\b/i.exec(stripProlog(head))?.[1]?.toLowerCase();
    if (root === "rss" || root === "rdf:rdf") return "rss";
    if (root === "feed") return "atom";
    if (root || /^<!doctype html|^<(div|p|article|main|section|h[1-6]|script|meta|title)\b/i.test(head)) return "html";
    if (/xml/i.test(contentType ?? "")) return null;
    return /<\/?[a-z][\w-]*[^>]*>/i.test(head) && /html/i.test(contentType ?? "html") ? "html" : null;
  }
  if (!looksLikeText(body)) return null;
  const layout = detectTextLayout(linesOf(body));
  return layout === null ? null : layout === "article" ? "article-text" : "liveblog-text";
}

/** Parses a read document in `options.format`. Throws DigestError("EPARSE") when it is not that format. */
export function parseDocument(raw: RawDocument, options: ParseOptions): ParsedDocument {
  const label = options.sourceName ?? raw.location;
  // a page scraped before its scripts ran still holds their template slots ("{{hitsCtrl.values.hits}}"): no text
  const slotless = raw.body.includes("{{") ? { ...raw, body: raw.body.replace(TEMPLATE_SLOT, "") } : raw;
  // a feed saved from a browser's XML view: the browser's note over the markup is no part of the feed
  const doc = XML_VIEWER_NOTE.test(slotless.body) ? { ...slotless, body: slotless.body.replace(XML_VIEWER_NOTE, "") } : slotless;
  // page-wide readings every reader (and the layout detection) uses: which zone "IST" is, which order slash dates take
  readingIst(doc.body);
  readingSlashDates(doc.body);
  const format = options.format === "auto" ? detectFormat(doc.body, doc.contentType) : options.format;
  if (!format || format === "auto") {
    throw new DigestError("EPARSE", `${label}: not a supported format (expected a live blog, article, HTML, RSS or Atom)`, {
      sourceId: doc.sourceId,
    });
  }
  let draft: DraftDocument | null;
  try {
    draft = runParser(format, doc.body, contextFor(doc, options), options.format === "auto");
  } catch (error) {
    if (error instanceof DigestError) throw error;
    throw new DigestError("EPARSE", `${label}: cannot parse as ${format}: ${describeError(error)}`, {
      sourceId: doc.sourceId,
      cause: error,
    });
  }
  if (!draft) {
    throw new DigestError("EPARSE", `${label}: content is not ${format}`, { sourceId: doc.sourceId });
  }
  const sourceName = (draft.sourceName && outletName(draft.sourceName)) || options.sourceName || nameFromLocation(doc.location);
  // "Read the full story", "Watch … in the video above": pointer lines close bodies in every format.
  const speakers = speakerSurnames(draft.entries);
  const entries = draft.entries
    .map((entry) => spoken(speakers, { ...entry, headline: unmarked(entry.headline), body: withoutHeadline(entry.headline, withoutDatelineLine(dropPointers(entry.body))), author: withoutOutlet(entry.author, sourceName) }))
    // (a post that only points elsewhere, "Our live coverage has moved" over its link, is no news either)
    .filter((entry) => entry.body.length > 0 || (entry.headline !== null && !isPointerLine(entry.headline)));
  // (a page read as its format that yields nothing is said to, never passed on silently as a quiet day; a feed with
  // no items is a quiet feed)
  const unread = entries.length === 0 && format !== "rss" && format !== "atom" ? `nothing read: it was read as ${format}, but no update, article or item was found in it` : null;
  return {
    sourceName,
    title: draft.title,
    intro: dropPointers(draft.intro),
    entries: markAssumedDays(assignIds(sourceName, entries), draft.warnings),
    warnings: unread ? [...draft.warnings, unread] : draft.warnings,
    ...(unread ? { unread } : {}),
  };
}

/** A headline without the ticker's marks around it ("+++ Kremlin rejects the offer +++"). */
function unmarked(headline: string | null): string | null {
  return headline?.replace(/^\+{2,}\s*(\S.*?)\s*\+{2,}$/u, "$1") ?? null;
}

/**
 * The person of a byline: without its "By", and without the outlet's own name it closes with ("Jane Doe, Example
 * Times", "Jane Doe | Example Times", "Jane Doe Example Times") or opens with ("Example Times - Jane Doe"), or a wire's
 * ("Jane Doe Associated Press").
 */
function withoutOutlet(author: string | null, outlet: string): string | null {
  if (!author) return author;
  // (a byline's own "By" is no part of the name: "By The Associated Press")
  author = author.replace(/^[Bb][Yy]\s+(?=\p{Lu})/u, "");
  const bare = (name: string) => name.trim().toLowerCase().replace(/^the\s+/, "");
  const m = /^(.{3,}?)\s*(?:,|\s[|·–—-])\s*(.+)$/u.exec(author);
  // the outlet first, then its writer or wire ("Example News - Jane Doe", "Example News - Agencies")
  if (m && bare(m[1]!) === bare(outlet) && bare(m[2]!) !== bare(outlet)) return m[2]!;
  // the outlet's web address after the name ("Jane Doe, example.com")
  if (m && /^[a-z\d-]+(?:\.[a-z]{2,})+$/i.test(m[2]!.trim()) && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(m[1]!)) return m[1]!;
  // (a name in capitals as the wire prints it too: "JANE DOE, Associated Press")
  const person = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$|^\p{Lu}{2,}(?:\s\p{Lu}[\p{Lu}'’-]+){1,2}$/u;
  if (m && (bare(m[2]!) === bare(outlet) || (agencyCredit(m[2]!) !== null && person.test(m[1]!)))) return m[1]!;
  // run together: a person's two or three names, then the outlet's or an agency's
  const words = author.split(" ");
  for (let n = 2; n <= 3 && n < words.length; n++) {
    const [person, rest] = [words.slice(0, n).join(" "), words.slice(n).join(" ")];
    if (!/^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)+$/u.test(person) || /\b(?:By|The|With|And)\b/.test(person)) break;
    if (/^\p{Lu}/u.test(rest) && (bare(rest) === bare(outlet) || agencyCredit(rest) !== null)) return person;
  }
  return author;
}

/** The body without a first paragraph that repeats the headline (a feed's content opening with its title again). */
function withoutHeadline(headline: string | null, body: string[]): string[] {
  return headline && body.length >= 2 && normText(body[0]!) === normText(headline) ? body.slice(1) : body;
}

// "SHANNON / PORT SUDAN – September 23, 2023": where and when, in a paragraph of its own over the text
const DATELINE_LINE = /^\p{Lu}[\p{Lu} /,.'’-]{1,60}\s[–—-]\s(.{6,40})$/u;

/** The body without a first paragraph that is only a dateline and its date: the text starts below it. */
function withoutDatelineLine(body: string[]): string[] {
  const date = body.length >= 2 ? DATELINE_LINE.exec(body[0]!)?.[1] : undefined;
  return date !== undefined && findDate(date) !== null ? body.slice(1) : body;
}

// ("This XML file does not appear to have any style information associated with it. The document tree is shown below.")
const XML_VIEWER_NOTE = /^\uFEFF?\s*This XML file does not appear to have any style information associated with it\.[^\n]*\n(?=\s*<)/;
const TEMPLATE_SLOT = /\{\{\s?[\w$.[\]'"|:() -]{1,80}\s?\}\}/g;

/** A page that prints no date: each dated entry says its day was assumed (--date or the fetch day), not read. */
function markAssumedDays(entries: Entry[], warnings: string[]): Entry[] {
  if (!warnings.some((w) => w.startsWith(NO_DATE))) return entries;
  return entries.map((entry) => (entry.published === null ? entry : { ...entry, dayAssumed: true }));
}

function runParser(format: SourceFormat, body: string, ctx: ParseContext, detected: boolean): DraftDocument | null {
  switch (format) {
    case "liveblog-text":
    case "article-text":
      // A detected text format reads by the page's evidence; a named one is forced (and warns when it does not fit).
      return looksLikeText(body) ? parseText(body, detected ? "auto" : format, ctx) : null;
    case "html":
      return parseHtml(body, ctx);
    case "rss":
      return parseRss(body, ctx);
    case "atom":
      return parseAtom(body, ctx);
    default:
      return null;
  }
}

/** The fallback day, zone and base URL every format parser works with. */
function contextFor(doc: RawDocument, options: ParseOptions): ParseContext {
  const timezone = safeZone(options.timezone);
  const url = options.url ?? (/^https?:\/\//i.test(doc.location) ? doc.location : null);
  return {
    fallbackDay: options.date ?? fetchDay(doc.fetchedAt, timezone),
    dateGiven: options.date !== null,
    timezone,
    zoneGiven: options.timezone !== null,
    url,
    savedAt: savedAt(doc.body),
  };
}

// "<!-- Page saved with SingleFile … saved date: Fri Oct 10 2031 19:40:37 GMT+0100 (British Summer Time) -->"
const SAVED_DATE_RE = /^\s*saved date:\s*((?:[A-Z][a-z]{2}\s)?[A-Z][a-z]{2}\s\d{1,2}\s\d{4}\s\d{2}:\d{2}:\d{2}\sGMT[+-]\d{4})/m;

/** When a saved copy of a page was saved, as the note its saving tool writes at its top records it; else null. */
function savedAt(body: string): string | null {
  const note = /<!--([\s\S]{0,600}?)-->/.exec(body.slice(0, 2048))?.[1];
  const at = note && /saved with|saved date/i.test(note) ? SAVED_DATE_RE.exec(note)?.[1] : undefined;
  const date = at ? new Date(at) : null;
  // (to the minute, as a printed refresh time is: ages count back in whole minutes)
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().replace(/:\d{2}\.\d{3}Z$/, ":00Z") : null;
}

/** Removes an XML declaration, comments and a doctype from the start of a markup document. */
function stripProlog(head: string): string {
  return head.replace(/^(\s*(<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?>))*/i, "");
}

/** False for binary content: NUL bytes or many replacement/control characters in the first 64 KB. */
export function looksLikeText(body: string): boolean {
  const sample = body.slice(0, 65536);
  if (sample.includes("\u0000")) return false;
  const bad = sample.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return bad <= sample.length * 0.05;
}

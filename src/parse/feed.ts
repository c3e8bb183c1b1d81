// RSS 2.0 (and RDF/RSS 1.0) and Atom feeds: one entry per item, read with fast-xml-parser.
import { decodeHTML } from "entities";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { absoluteUrl } from "./url.ts";
import type { DraftDocument, DraftEntry, ParseContext } from "./draft.ts";
import { bylineName, withoutRole } from "./html-byline.ts";
import { authorName, htmlParagraphs } from "./jsonld.ts";
import { agencyCredit, capitalsBeforeOutlet, nameBeforeWire } from "./text-credits.ts";
import { parseMachineDate } from "./timestamp.ts";
import { nameLine } from "./text-post.ts";
import { writerOfNote } from "./text-furniture.ts";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ["item", "entry", "link", "author", "category"].includes(name),
});

/** The same reading, but Atom `type="xhtml"` texts are kept as raw markup (mixed content keeps its order). */
const XHTML_FIELDS = ["content", "summary", "title"];
const rawParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  isArray: (name) => name === "entry",
  stopNodes: XHTML_FIELDS.map((f) => `feed.entry.${f}`),
});

/** Reads the XML, or null when it is not well-formed. */
function readXml(xml: string): Node | null {
  if (XMLValidator.validate(xml) !== true) return null;
  return parser.parse(xml) as Node;
}

/** Text of an element that may carry attributes (`{ "#text": … }`) or be a plain value. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === "object") return text((value as Node)["#text"]);
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  return null;
}

const TAG = /<\/?[a-z][^>]*>/i;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** Entities left after the XML's own were decoded: a feed that escaped its text twice (`&amp;amp;`, `&amp;#8217;`). */
function decodeLeftovers(text: string): string {
  return ENTITY.test(text) ? decodeHTML(text) : text;
}

/** Text that escaped its HTML twice (`&amp;lt;p&amp;gt;`) unescaped once more, so it reads as HTML. */
function unescapeMarkup(raw: string): string {
  return !TAG.test(raw) && /&lt;\/?[a-z][^&]{0,200}&gt;/i.test(raw) ? decodeHTML(raw) : raw;
}

/** One-line plain text of a title that may hold HTML (Atom `type="html"`) or doubly escaped entities. */
function inline(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  const markup = unescapeMarkup(raw);
  if (!TAG.test(markup)) return decodeLeftovers(markup).replace(/\s+/g, " ").trim() || null;
  return htmlParagraphs(`<p>${markup}</p>`).map(decodeLeftovers).join(" ") || null;
}

/** Plain-text paragraphs of a description that may hold HTML (escaped, escaped twice, or in CDATA). */
function paragraphs(value: unknown): string[] {
  const raw = text(value);
  if (!raw) return [];
  const markup = unescapeMarkup(raw);
  const parts = TAG.test(markup) ? htmlParagraphs(markup) : markup.split(/\n\s*\n/);
  return parts.map((p) => decodeLeftovers(p).replace(/\s+/g, " ").trim()).filter(Boolean);
}

/**
 * A video's description in a Media RSS group ("media:group" / "media:description", as a video channel's feed gives
 * it), without the channel's links and hashtags that close it: the item's text when it has no content of its own.
 */
function mediaDescription(item: Node): string | null {
  const group = asList(item["media:group"])[0] as Node | undefined;
  const raw = text(group?.["media:description"]) ?? text(item["media:description"]);
  if (!raw) return null;
  const kept = raw.split(/\n/).filter((line) => !CHANNEL_LINK_RE.test(line.trim()) && !HASHTAGS_RE.test(line.trim()) && !CHAPTER_RE.test(line.trim()));
  return kept.join("\n").trim() || null;
}
// "Subscribe: https://…", "Website: example.news": a channel's own link under each video
const CHANNEL_LINK_RE = /^[\p{L} ]{2,30}:\s*(?:https?:\/\/|www\.)\S+$/u;
// "Chapters:", "01:12 Who is affected": the video's chapter list
const CHAPTER_RE = /^(?:(?:chapters|timestamps)\s*:?|\d{1,2}:\d{2}(?::\d{2})?\s+\S.{0,80})$/i;
// "#Ukraine #Dnipro #news": the video's hashtags
const HASHTAGS_RE = /^(?:#[\p{L}\d_]+\s*){1,12}$/u;

/** The paragraphs of the first field that has any: full content before a summary or teaser. */
function firstBody(...values: unknown[]): string[] {
  for (const value of values) {
    const body = paragraphs(value);
    if (body.length > 0) return body;
  }
  return [];
}

/**
 * A body whose first paragraph is its byline ("By JANE DOE<br>Associated Press", "By The Associated Press"): the
 * byline's name (unless the item names its author) and the text below it. The wire closing a person's name is its
 * credit, not part of the name.
 */
function openingByline(body: string[], author: string | null): { author: string | null; body: string[] } {
  const first = body[0];
  if (first === undefined || body.length < 2 || first.length > 100 || !/^By\s+\p{Lu}/u.test(first)) return { author, body };
  const name = bylineName(nameBeforeWire(first, 3) ?? first);
  return name ? { author: author ?? name, body: body.slice(1) } : { author, body };
}

/** The writer an item's closing note names ("Jane Doe is a reporter for …"), the note left out of its text. */
function closingBio(body: string[], author: string | null): { author: string | null; body: string[] } {
  const last = body.at(-1);
  const writer = body.length >= 2 && last !== undefined ? writerOfNote(last) : null;
  return writer ? { author: author ?? writer, body: body.slice(0, -1) } : { author, body };
}

/**
 * A creator field that prints the wire after the name ("JANE DOE Associated Press", "JANE DOE AP Business Writer"): the
 * name. The wire is the credit, not part of the name.
 */
function withoutWire(creator: string | null): string | null {
  // (a wire alone, "The Associated Press", and a byline with a comma, "By Jane Doe, Associated Press", are read as they are)
  if (!creator || agencyCredit(creator) !== null || creator.includes(",")) return creator;
  // ("By JANE DOE Associated Press": the byline's "By" goes with the wire)
  const named = nameBeforeWire(creator.replace(/^by\s+(?=\p{Lu})/iu, ""));
  // ("By JANE DOE Example Sun": a name in capitals, then the outlet as written)
  // ("By Jane Doe Staff Writer": the name, before the outlet's role for her)
  return named ?? capitalsBeforeOutlet(creator.replace(/^[Bb]y\s+/, "")) ?? withoutRole(creator.replace(/^[Bb]y\s+(?=\p{Lu})/u, ""));
}

/** An RSS `author` ("jane@site.example (Jane Doe)") as a name; a bare address names nobody. */
function rssAuthor(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  const named = /\(([^)]+)\)\s*$/.exec(raw)?.[1]?.trim();
  return named || (/^\S+@\S+$/.test(raw) ? null : raw);
}

// A feed extension's author field ("itunes:author", a site's own "sa:author_name"); "media:credit" is the photographer's.
const EXTENSION_AUTHOR_RE = /^[a-z][\w-]*:(?:author|author_?name|authorname|byline|writer)$/i;

/** The author an item's extension fields name, when neither `dc:creator` nor `author` does. */
function extensionAuthor(item: Node): string | null {
  const key = Object.keys(item).find((k) => EXTENSION_AUTHOR_RE.test(k));
  return key ? withoutWire(inline(item[key])) : null;
}

/** An absolute link where one can be made, else the link as printed. */
function resolve(link: string | null, base: string | null): string | null {
  return absoluteUrl(link, base) ?? link;
}

function asList(value: unknown): Node[] {
  return (Array.isArray(value) ? value : value ? [value] : []).filter((v) => v && typeof v === "object") as Node[];
}

/** Parses an RSS 2.0 or RSS 1.0 (RDF) feed. Null when the XML has no `<rss>`/`<rdf:RDF>` root. */
export function parseRss(xml: string, ctx: ParseContext): DraftDocument | null {
  const doc = readXml(xml);
  const root = (doc?.["rss"] ?? doc?.["rdf:RDF"]) as Node | undefined;
  if (!root || typeof root !== "object") return null;
  const channel = (asList(root["channel"])[0] ?? {}) as Node;
  const base = resolve(text(channel["link"]), ctx.url) ?? ctx.url;
  const items = [...asList(channel["item"]), ...asList(root["item"])];
  const owner = accountOwner(text(channel["title"]), text(channel["link"]));
  const entries = items.map((item): DraftEntry => {
    const date = text(item["pubDate"]) ?? text(item["dc:date"]);
    const opened = openingByline(firstBody(item["content:encoded"], item["description"], mediaDescription(item)),
      withoutWire(inline(item["dc:creator"])) ?? rssAuthor(item["author"]) ?? extensionAuthor(item) ?? owner);
    const closed = closingBio(opened.body, opened.author);
    // (a label over the item's list, "Key developments on June 18:", opens no text)
    const labelled = closed.body.length >= 2 && /^[^.!?]{3,60}:$/u.test(closed.body[0]!);
    const [author, body] = [closed.author, labelled ? closed.body.slice(1) : closed.body];
    const { headline, text: own } = sourced(inline(item["title"]), text(item["source"]), body);
    return {
      headline,
      published: parseMachineDate(date, ctx.timezone),
      author,
      body: own,
      keyPoint: false,
      url: resolve(text(item["link"]) ?? permalink(item["guid"]), base),
    };
  });
  const title = text(channel["title"]);
  return { sourceName: hostPart(title, text(channel["link"])) ?? title, title, intro: paragraphs(channel["description"]), entries, warnings: [] };
}

/**
 * An aggregator's item, whose `<source>` names the outlet it links to: the title without that outlet's name after it
 * ("Drone strike on Odesa port - Example Wire"), and no body when the description only repeats the title and the
 * outlet (a link to the story and the outlet's name).
 */
function sourced(title: string | null, source: string | null, body: string[]): { headline: string | null; text: string[] } {
  if (!title || !source) return { headline: title, text: body };
  const suffix = ` - ${source.trim()}`;
  const headline = title.endsWith(suffix) ? title.slice(0, -suffix.length).trim() : title;
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const repeats = body.length === 1 && [letters(title), letters(headline + source)].includes(letters(body[0]!));
  return { headline, text: repeats ? [] : body };
}

/**
 * The part of a channel's title its address names ("Ukraine - Example News" at news.example.com → "Example News"),
 * or null: a search or topic feed puts the query first and the site after it.
 */
function hostPart(title: string | null, link: string | null): string | null {
  const parts = title?.split(/\s[-–—|]\s/) ?? [];
  let host: string[] = [];
  try {
    host = link ? new URL(link).hostname.toLowerCase().split(".") : [];
  } catch {
    return null;
  }
  if (parts.length < 2 || host.length === 0) return null;
  const named = parts.filter((part) => {
    const words = part.toLowerCase().split(/\s+/).filter((w) => w !== "");
    return words.length > 0 && words.every((w) => host.includes(w));
  });
  return named.length === 1 && named[0] !== parts[0] ? named[0]!.trim() : null;
}

// A social account's address: "https://example.social/@jdoe", "https://bsky.app/profile/jdoe.bsky.social"
const PROFILE_RE = /^https?:\/\/[^/]+\/(?:@[\w.-]+|profile\/[\w.:-]+)\/?$/;

/**
 * The person whose account a feed is ("Jane Doe" at "https://example.social/@jdoe", "@jdoe.bsky.social - Jane Doe"):
 * the author of every post that names none; null for any other feed.
 */
function accountOwner(title: string | null, link: string | null): string | null {
  if (!title || !link || !PROFILE_RE.test(link.trim())) return null;
  const name = /^@\S+\s+[-–—|]\s+(.+)$/u.exec(title.trim())?.[1] ?? title.trim();
  return nameLine(name);
}

function permalink(guid: unknown): string | null {
  const node = guid as Node | null;
  if (node && typeof node === "object" && node["@_isPermaLink"] === "false") return null;
  const value = text(guid);
  return value && /^https?:\/\//.test(value) ? value : null;
}

/** Parses an Atom feed. Null when the XML has no `<feed>` root. */
export function parseAtom(xml: string, ctx: ParseContext): DraftDocument | null {
  const feed = readXml(xml)?.["feed"] as Node | undefined;
  if (!feed || typeof feed !== "object") return null;
  const raw = /type\s*=\s*["']xhtml["']/.test(xml) ? asList((rawParser.parse(xml) as Node)["feed"]) : [];
  const rawEntries = asList(raw[0]?.["entry"]);
  const base = resolve(text(feed["@_xml:base"]), ctx.url) ?? resolve(alternate(feed["link"]), ctx.url) ?? ctx.url;
  const entries = asList(feed["entry"]).map((parsed, i): DraftEntry => {
    const entry = withXhtml(parsed, rawEntries[i]);
    const entryBase = resolve(text(entry["@_xml:base"]), base) ?? base;
    const date = text(entry["published"]) ?? text(entry["updated"]);
    const { author, body } = openingByline(firstBody(entry["content"], entry["summary"], mediaDescription(entry)),
      withoutWire(authorName(asList(entry["author"]).map((a) => ({ name: text(a["name"]) })))) ??
        authorName(asList(feed["author"]).map((a) => ({ name: text(a["name"]) }))));
    return {
      headline: inline(entry["title"]),
      published: parseMachineDate(date, ctx.timezone),
      author,
      body,
      keyPoint: false,
      url: resolve(alternate(entry["link"]), entryBase),
    };
  });
  const title = text(feed["title"]);
  return { sourceName: title, title, intro: paragraphs(feed["subtitle"]), entries, warnings: [] };
}

/** An Atom entry whose `type="xhtml"` fields are replaced by their raw markup (namespace prefixes dropped). */
function withXhtml(entry: Node, raw: Node | undefined): Node {
  if (!raw) return entry;
  const out: Node = { ...entry };
  for (const field of XHTML_FIELDS) {
    const value = raw[field] as Node | undefined;
    if (value && typeof value === "object" && value["@_type"] === "xhtml") {
      out[field] = String(value["#text"] ?? "").replace(/<(\/?)[a-z][\w-]*:/gi, "<$1");
    }
  }
  return out;
}

/** The `href` of the `rel="alternate"` link (or the first link without a rel). */
function alternate(links: unknown): string | null {
  const list = asList(links);
  const link = list.find((l) => (l["@_rel"] ?? "alternate") === "alternate") ?? list[0];
  return link ? text(link["@_href"]) : null;
}

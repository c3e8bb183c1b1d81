// schema.org JSON-LD in HTML pages: finds LiveBlogPosting / article nodes however the page nests them.
import type { CheerioAPI } from "cheerio/slim";
import * as cheerio from "cheerio/slim";
import { decodeHTML } from "entities";

type Node = Record<string, unknown>;

/** One `liveBlogUpdate` as the JSON-LD states it (raw values; checking them is the caller's job). */
export interface LdUpdate {
  id: string | null;
  headline: string | null;
  datePublished: string | null;
  body: string[];
  author: string | null;
}

/**
 * The JSON-LD nodes of a page, flattened: `@graph` walked, arrays opened, unparsable scripts skipped, and
 * references (`"publisher": {"@id": "#org"}`) replaced by the node of the page that carries that `@id`.
 */
export function jsonLdNodes($: CheerioAPI): Node[] {
  const nodes: Node[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      collect(JSON.parse($(el).text()), nodes, 0);
    } catch {
      // a broken JSON-LD block is common in the wild; the HTML still gets read
    }
  });
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    const id = str(node["@id"]);
    if (!id || isReference(node)) continue;
    if (!byId.has(id)) byId.set(id, node);
    const fragment = fragmentOf(id);
    if (fragment && !byId.has(fragment)) byId.set(fragment, node);
  }
  if (byId.size > 0) for (const node of nodes) linkReferences(node, byId, 0);
  return nodes;
}

/** `#org` for `https://site.example/#org` (and for `#org`), or null when the id has no fragment. */
function fragmentOf(id: string): string | null {
  const at = id.indexOf("#");
  return at >= 0 && at < id.length - 1 ? id.slice(at) : null;
}

/** True for an object that only names another node: `{"@id": …}`, maybe with a `@type`. */
function isReference(value: unknown): value is Node {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return typeof (value as Node)["@id"] === "string" && keys.every((k) => k === "@id" || k === "@type");
}

/** Replaces, in place, the reference-only objects under `node` by the nodes they name (bounded depth). */
function linkReferences(node: Node, byId: Map<string, Node>, depth: number): void {
  if (depth > 6) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "@graph") continue;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      const ref = isReference(item) ? (item["@id"] as string) : null;
      const target = ref === null ? undefined : (byId.get(ref) ?? byId.get(fragmentOf(ref) ?? ""));
      if (target) {
        if (Array.isArray(value)) value[i] = target;
        else node[key] = target;
      } else if (item && typeof item === "object" && !Array.isArray(item)) {
        linkReferences(item as Node, byId, depth + 1);
      }
    });
  }
}

function collect(value: unknown, out: Node[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as Node;
  if (node["@type"] !== undefined) out.push(node);
  if (node["@graph"] !== undefined) collect(node["@graph"], out, depth + 1);
  // A page node often carries the article or live blog as its main entity (`WebPage.mainEntity`).
  if (node["mainEntity"] !== undefined) collect(node["mainEntity"], out, depth + 1);
}

/** True when a node's `@type` (a string or an array) includes `type`. */
export function hasType(node: Node, type: string): boolean {
  const t = node["@type"];
  return Array.isArray(t) ? t.includes(type) : t === type;
}

/** A string field, trimmed, or null. */
export function str(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  return null;
}

/** A text field with the HTML entities some producers leave in JSON strings decoded (`&#39;`, `&quot;`). */
export function textOf(value: unknown): string | null {
  const raw = str(value);
  return raw && raw.includes("&") ? decodeHTML(raw).replace(/\s+/g, " ").trim() || null : raw;
}

/** Author names of a `Person`/`Organization` object, a string, or an array of either, as a byline prints them
 * ("Jane Doe and John Roe", "Ann Lee, Bo Park and Cy Wu"). */
export function authorName(value: unknown, lang: string | null = null): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((a) => (typeof a === "string" ? textOf(a) : textOf((a as Node | null)?.["name"])))
    .filter((n): n is string => !!n);
  const unique = [...new Set(names)];
  if (unique.length < 2) return unique[0] ?? null;
  // (joined as the page's language prints a list of names: "Jana Kessler und Malte Brink" on a German page)
  const foreign = lang !== null && !/^en\b/i.test(lang) ? listFormat(lang) : null;
  return foreign ? foreign.format(unique) : `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

/** The runtime's way of joining a list of names in `lang`, or null for a tag it does not read. */
function listFormat(lang: string): Intl.ListFormat | null {
  try {
    return new Intl.ListFormat(lang, { type: "conjunction" });
  } catch {
    return null;
  }
}

/** Paragraphs of an `articleBody`: a string (plain or HTML), `{ "@value" | "text" }`, or an array. */
export function bodyParagraphs(value: unknown, depth = 0): string[] {
  if (depth > 3 || value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => bodyParagraphs(v, depth + 1));
  if (typeof value === "object") {
    const node = value as Node;
    return bodyParagraphs(node["@value"] ?? node["text"] ?? node["articleBody"], depth + 1);
  }
  if (typeof value !== "string") return [];
  if (/<\/?[a-z][^>]*>/i.test(value)) return htmlParagraphs(value);
  return value.split(/\n+/).map((p) => decodeHTML(p).replace(/\s+/g, " ").trim()).filter((p) => p !== "");
}

/** Posts embedded from social networks: quoted, not written by the page. */
const EMBEDDED_POSTS = 'blockquote[class*="embed" i], blockquote[class*="tweet" i], blockquote[class*="instagram" i], ' +
  'blockquote[class*="social" i], blockquote[class*="tiktok" i]';

/** Text paragraphs of an HTML fragment: its `<p>`-like blocks, or its `<br>`-separated lines. */
export function htmlParagraphs(html: string): string[] {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } }, false);
  $(`script, style, iframe, noscript, figure, figcaption, ${EMBEDDED_POSTS}`).remove();
  // a line break inside a block parts words ("By JANE DOE<br>Associated Press")
  $("p br, li br, blockquote br, h1 br, h2 br, h3 br, h4 br").replaceWith(" ");
  const all = $("p, li, blockquote, h1, h2, h3, h4").toArray().filter((el) => $(el).find("p, li").length === 0);
  // (headings that open the markup, over its text, are its title and subtitle again: "<h3>Title</h3><h4>Sub</h4><p>…")
  const opening = all.findIndex((el) => !/^h\d$/i.test(el.tagName));
  const blocks = opening > 0 ? all.slice(opening) : all;
  const texts = blocks.length > 0
    ? blocks.map((el) => $(el).text())
    : ($.html() ?? "").split(/<br\s*\/?>/i).map((part) => cheerio.load(part, { xml: { xmlMode: false, decodeEntities: true } }, false).root().text());
  return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t !== "");
}

/**
 * The items of a list-valued property: one object, an array, or an `ItemList` whose `itemListElement` holds them,
 * each maybe wrapped in a `ListItem` (`{"@type": "ListItem", "item": {…}}`).
 */
function listItems(raw: unknown, depth = 0): unknown[] {
  // linked references can make a list hold itself: the depth bounds the walk
  if (depth > 3) return [];
  const list = (Array.isArray(raw) ? raw : raw ? [raw] : []) as unknown[];
  return list.flatMap((entry) => {
    const node = entry && typeof entry === "object" ? (entry as Node) : null;
    if (node && node["itemListElement"] !== undefined && node["headline"] === undefined) {
      return listItems(node["itemListElement"], depth + 1);
    }
    return node && hasType(node, "ListItem") && node["item"] && typeof node["item"] === "object" ? [node["item"]] : [entry];
  });
}

/** The updates of a LiveBlogPosting node (`liveBlogUpdate` as one object or a list), deduplicated by `@id`. */
export function liveBlogUpdates(blog: Node): LdUpdate[] {
  const list = listItems(blog["liveBlogUpdate"]);
  const seen = new Set<string>();
  const updates: LdUpdate[] = [];
  for (const item of list) {
    if (!item || typeof item !== "object") continue;
    const node = item as Node;
    const id = str(node["@id"]) ?? str(node["url"]);
    if (id && seen.has(id)) continue;
    if (id) seen.add(id);
    updates.push({
      id,
      headline: textOf(node["headline"]) ?? textOf(node["name"]),
      datePublished: str(node["datePublished"]) ?? str(node["dateCreated"]),
      body: bodyParagraphs(node["articleBody"] ?? node["text"]),
      author: authorName(node["author"]),
    });
  }
  return updates;
}

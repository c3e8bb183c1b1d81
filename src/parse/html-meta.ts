// What an HTML page says about itself: headline (its own h1 or JSON-LD headline, never a title with the site's
// suffix), site name, byline, date and summary, from JSON-LD first, then meta tags, then the visible page.
import type { Cheerio, CheerioAPI } from "cheerio/slim";
import type { AnyNode } from "domhandler";
import { isCompanyName } from "../source-name.ts";
import { authorName, hasType, str } from "./jsonld.ts";
import { agencyCredit } from "./text-credits.ts";
import { normText } from "./text-lines.ts";
import { bylineAuthor } from "./text-post.ts";
import { isWallMachineDate, parseMachineDate } from "./timestamp.ts";

type Node = Record<string, unknown>;

/** The page's own account of itself; every field null when the page does not say. */
export interface PageMeta {
  headline: string | null;
  siteName: string | null;
  published: string | null;
  /** The machine date `published` was read from when it names no zone ("2026-05-05T10:00"): a wall time read in `zone`. */
  publishedWall?: string | null;
  author: string | null;
  description: string | null;
  /** The UTC offset the page's JSON-LD dates print ("+08:00"), the most common one other than UTC; null when none. */
  offset?: string | null;
  /** The clock times (minutes of the day) of the JSON-LD dates written in UTC ("…T19:20:00Z", "…+00:00"). */
  utcClocks?: number[];
  /** The site's own host, as its canonical address or its JSON-LD's links print it ("www.example.co.ir"). */
  host?: string | null;
  /** The JSON-LD's first-published and last-modified instants when written in UTC (what the head's printed times show). */
  utcDates?: { published: string | null; modified: string | null };
  /** The article's JSON-LD first-published and last-modified dates as written, offset and all. */
  ldDates?: { published: string | null; modified: string | null };
}

const ARTICLE_TYPES = ["LiveBlogPosting", "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle"];

/** The page's main schema.org article node, when it has one. */
export function articleNode(nodes: Node[]): Node | undefined {
  return nodes.find((n) => ARTICLE_TYPES.some((t) => hasType(n, t)));
}

/** Reads the page's metadata; `zone` reads dates printed without an offset. */
export function pageMeta($: CheerioAPI, nodes: Node[], zone: string): PageMeta {
  const content = (sel: string) => oneLine($(sel).first().attr("content"));
  const article = articleNode(nodes);
  const pageTitle = oneLine($("title").first().text());
  const ogTitle = content('meta[property="og:title"]');
  const website = str(nodes.find((n) => hasType(n, "WebSite"))?.["name"]);
  const publisher = authorName(article?.["publisher"]) ?? nodes.map((n) => authorName(n["publisher"])).find((p) => p) ?? website;
  // A publisher named as a company ("Example Media Ltd") gives way to the site's own name, wherever the page prints it.
  const company = publisher !== null && isCompanyName(publisher);
  const named = content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]') ?? (company ? website : publisher);
  const h1 = ownH1($, named);
  const ldHeadline = oneLine(str(article?.["headline"]));
  const known = [h1, ldHeadline];
  const siteName = named ?? titleSuffix(pageTitle, known) ?? titleSuffix(ogTitle, known) ?? (company ? publisher : null) ?? logoName($);
  const headline = h1 ?? (ldHeadline && withoutSuffix(ldHeadline, siteName)) ??
    withoutSuffix(ogTitle, siteName) ?? withoutSuffix(pageTitle, siteName);
  const metaAuthor = content('meta[name="author"]');
  const header = headerArea($);
  const machine = str(article?.["datePublished"]) ?? content('meta[property="article:published_time"], meta[name="article:published_time"]') ??
    content('meta[itemprop="datePublished"]') ?? header.find("time[datetime]").first().attr("datetime") ??
    $("article time[datetime], main time[datetime]").first().attr("datetime");
  const wall = machine !== null && machine !== undefined && isWallMachineDate(machine);
  return {
    headline,
    siteName,
    published: parseMachineDate(machine, zone),
    publishedWall: wall ? machine!.trim() : null,
    author: pageAuthor(authorName(article?.["author"], $("html").attr("lang") ?? null) ?? (metaAuthor && !/[/@]|^https?:/i.test(metaAuthor) ? metaAuthor : null),
      () => visibleByline($, header)),
    description: oneLine(str(article?.["description"])) ?? content('meta[name="description"]') ??
      content('meta[property="og:description"]'),
    offset: ldOffset(nodes),
    utcClocks: ldUtcClocks(nodes),
    utcDates: { published: ldUtcDate(nodes, "datePublished"), modified: ldUtcDate(nodes, "dateModified") },
    ldDates: { published: str(article?.["datePublished"]), modified: str(article?.["dateModified"]) },
    host: siteHost([$('link[rel="canonical"]').first().attr("href"), content('meta[property="og:url"]'), ...ldLinks(nodes)]),
  };
}

/** The host most of the given addresses name (the page's canonical address first), or null. */
function siteHost(urls: (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const host = url && /^https?:\/\/([^/?#:]+)/i.exec(url.trim())?.[1]?.toLowerCase();
    if (host) counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The string values a JSON-LD gives under `keys`, at any depth (six levels at most), in document order; `skip` names
 * a key whose value is never searched ("sameAs": other sites' addresses).
 */
function ldStrings(nodes: Node[], keys: Set<string>, skip: string | null = null): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== "object") return;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (keys.has(key) && typeof v === "string") found.push(v);
      else if (key !== skip) visit(v, depth + 1);
    }
  };
  for (const node of nodes) visit(node, 0);
  return found;
}

/** The links a JSON-LD gives for the page and its own places ("url", "@id", a breadcrumb's "item"; never "sameAs"). */
function ldLinks(nodes: Node[]): string[] {
  return ldStrings(nodes, new Set(["url", "@id", "item"]), "sameAs");
}

const LD_DATE_KEYS = new Set(["datePublished", "dateModified", "dateCreated", "uploadDate", "coverageStartTime"]);

/**
 * The UTC offset the JSON-LD's dates print ("2023-06-30T06:45:00+08:00" → "+08:00"): the publisher's clock, which the
 * page's printed times ("June 30, 2023 6:45am") keep when they state no zone. The most common offset other than UTC
 * (a system that writes UTC says nothing of the newsroom's clock); null when there is none.
 */
function ldOffset(nodes: Node[]): string | null {
  const counts = new Map<string, number>();
  for (const date of ldStrings(nodes, LD_DATE_KEYS)) {
    const offset = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2})$/.exec(date)?.[1];
    if (offset && offset !== "+00:00" && offset !== "-00:00") counts.set(offset, (counts.get(offset) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The clock times of the JSON-LD's dates written in UTC ("2024-03-18T19:20:00+00:00" → 1160). */
function ldUtcClocks(nodes: Node[]): number[] {
  return ldStrings(nodes, LD_DATE_KEYS).flatMap((date) => {
    const m = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/.exec(date);
    return m ? [Number(m[1]) * 60 + Number(m[2])] : [];
  });
}

/** The first JSON-LD date under `key` written in UTC ("2024-03-06T02:30:00.000Z"), or null. */
function ldUtcDate(nodes: Node[], key: string): string | null {
  return ldStrings(nodes, new Set([key])).find((date) => /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/.test(date)) ?? null;
}

/** The name a page's logo prints (a "logo"/"brand" element, or the header's link home), when it is a name. */
function logoName($: CheerioAPI): string | null {
  const home = ["/", "/en", "/en/"].map((href) => `header a[href="${href}"], [class*="header" i] a[href="${href}"]`).join(", ");
  // (an old page's logo may be only an image whose file is called so: `<img src="/images/logo.gif" alt="Name">`)
  const logo = $(`[class*="logo" i], [id*="logo" i], [class*="brand" i], ${home}, img[src*="logo" i][alt]`).toArray()
    .map((el) => oneLine($(el).text()) ?? oneLine($(el).find("img[alt]").first().attr("alt")) ?? oneLine($(el).attr("alt")))
    // "Official website of the President of Ukraine": the site is the office it names.
    .map((text) => text?.replace(/^official\s(?:web\s?)?(?:site|page|portal)\sof\s(?:the\s)?/i, "") ?? null)
    .find((text) => text !== null && text.length <= 40 && /\p{L}{2}/u.test(text) && !/^(home|menu|skip|main)\b/i.test(text));
  return logo ?? null;
}

/** The page's own `h1`: the one inside its article or main block, else the first; never the site's logo. */
function ownH1($: CheerioAPI, siteName: string | null): string | null {
  const inMain = $("article h1, main h1, [role=main] h1").first();
  const h1 = inMain.length > 0 ? inMain : $("h1").first();
  const text = oneLine(h1.text());
  return text && (!siteName || normText(text) !== normText(siteName)) ? text : null;
}

/** The block around the page's `h1` (up to three levels up): where a page prints its byline and date. */
function headerArea($: CheerioAPI): Cheerio<AnyNode> {
  let area: Cheerio<AnyNode> = $("article h1, main h1").first();
  if (area.length === 0) area = $("h1").first();
  for (let up = 0; up < 3 && area.length > 0 && area.find("time[datetime], [rel='author']").length === 0; up++) {
    const parent = area.parent();
    if (parent.length === 0 || parent.is("body, html")) break;
    area = parent;
  }
  // (a page title's box that holds no date may have its byline and date in a small box just after it:
  // "<div class=topper><h1>…</h1></div><figure>…</figure><div class=article-info>By … <time datetime=…>")
  if (area.length > 0 && area.find("time[datetime]").length === 0) {
    const info = area.nextAll().slice(0, 3).filter((_, el) => $(el).find("time[datetime]").length > 0 && $(el).text().trim().length <= 300);
    if (info.length > 0) area = area.add(info.first());
  }
  return area;
}

/**
 * The page's author: its metadata's, else its printed byline; but where the metadata credits only the wire and the
 * byline names the wire's reporters ("By JANE DOE and JOHN ROE Associated Press"), those reporters.
 */
function pageAuthor(machine: string | null, printed: () => string | null): string | null {
  if (machine !== null && agencyCredit(machine.replace(/^the\s/i, "")) === null) return machine;
  const shown = printed();
  if (machine === null) return shown;
  const people = shown ? bylineAuthor(`By ${shown}`) : null;
  return people && agencyCredit(people.replace(/^the\s/i, "")) === null ? people : machine;
}

/** A byline printed on the page: `rel="author"`, `itemprop="author"`, or a `byline` element ("By Jane Doe"). */
function visibleByline($: CheerioAPI, header: Cheerio<AnyNode>): string | null {
  const scopes = '[rel="author"], [itemprop="author"], [class*="byline" i], [class*="reporter" i], [class*="author" i]';
  // "By Jane Doe", "Reporter: Jane Doe", "Author: Jane Doe": the label is not the name
  const pick = (scope: Cheerio<AnyNode>) => scope.find(scopes).toArray()
    // (its date printed inside it is no part of the name: "<div class=byline><p>By Jane Doe</p><time>…</time></div>")
    .map((el) => oneLine($(el).find('[itemprop="name"]').first().text() || $(el).clone().find("time").remove().end().text())?.replace(/^(?:by|(?:author|reporter|correspondent|writer)s?\s?:)\s*/i, "")
      // ("Jane Doe in Brussels": where the byline was filed is no part of the name)
      .replace(/\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u, "") ?? "")
    .find((name) => /^\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|da|di|al|bin)){0,8}$/u.test(name));
  return pick(header) ?? pick($("article, main").first()) ?? null;
}

/**
 * A title without the site's suffix: "Headline – Site – 11/21/2024", "Headline | Site". Trailing parts that
 * name the site, are a date, or follow a bar are dropped; a dash inside the headline stays.
 */
export function withoutSuffix(title: string | null, siteName: string | null): string | null {
  let rest = title;
  while (rest) {
    const m = /^(.*\S)\s+([|｜–—-]|::|·|»)\s+([^|｜–—]+?)\s*$/u.exec(rest);
    if (!m) break;
    const [, head = "", sep = "", last = ""] = m;
    const isSite = siteName !== null && normText(last) === normText(siteName);
    const isBar = /[|｜]/u.test(sep) && last.split(/\s+/).length <= 5;
    if (!isSite && !isDate(last) && !isBar) break;
    rest = head;
  }
  return rest;
}

/** "11/21/2024", "21.11.2024", "21 November 2024", "November 21, 2024". */
function isDate(text: string): boolean {
  return /^[\d\s/.,:-]+$/.test(text) || /^\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}$|^\p{L}+\.?\s+\d{1,2},?\s+\d{4}$/u.test(text);
}

/**
 * The site a title names after its headline: "Headline | Site" (a bar always marks a site), or
 * "Headline – Site" when the part before the dash is the page's own headline. Date parts are skipped.
 */
export function titleSuffix(title: string | null, headlines: (string | null)[]): string | null {
  if (!title) return null;
  // (a local paper may close with its town after its name: "Headline | The Example Times | Canberra, ACT")
  const bars = title.split(/\s+[|｜]\s+/u);
  if (bars.length >= 3 && TOWN_STATE.test(bars.at(-1)!)) return siteLike(bars.at(-2));
  const bar = /^(.+?)\s+[|｜]\s+([^|｜]+)$/u.exec(title);
  if (bar) return siteLike(bar[2]);
  const parts = title.split(/\s+(?:[-–—]|::|·)\s+/u).filter((p) => !isDate(p));
  if (parts.length < 2) return null;
  const head = normText(parts.slice(0, -1).join(" "));
  const known = headlines.some((h) => h !== null && normText(h).replace(/[-–—]/g, " ").replace(/\s+/g, " ") ===
    head.replace(/[-–—]/g, " ").replace(/\s+/g, " "));
  return known ? siteLike(parts[parts.length - 1]) : null;
}

// "Canberra, ACT", "Portland, OR": a town and its state's abbreviation
const TOWN_STATE = /^\p{Lu}[\p{L}.'’ -]{1,40},\s?\p{Lu}{2,3}$/u;

function siteLike(text: string | undefined): string | null {
  const site = text?.trim();
  return site && site.length <= 60 && /\p{L}/u.test(site) ? site : null;
}

/** Text on one line, trimmed; null when empty. */
export function oneLine(text: string | undefined | null): string | null {
  return text?.replace(/\s+/g, " ").trim() || null;
}

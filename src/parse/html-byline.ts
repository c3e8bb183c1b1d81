// Bylines and date lines, read before the chrome goes (they are chrome to a body, but credit and date the posts):
// the element a post marks as its author (`class="author"`, `post__byline`, `rel="author"`, `itemprop="author"`) and
// the name it prints without "By", a place or a role ("Jane Doe (Kyiv, correspondent)", "By Jane Doe, political
// reporter"); a `dateline` that prints the page's date.
import { classWords, type DomElement, isChromeByName, timesIn } from "./html-chrome.ts";
import { agencyCredit, capitalsBeforeOutlet, nameBeforeWire, OUTLET_POSSESSIVE, wireCredit } from "./text-credits.ts";
import { ageMinutes, findDate } from "./text-dates.ts";

// ("username": how Drupal marks the name a node is submitted by)
// ("auteur", "autor", "autore": the same class in the site's own language)
const BYLINE_WORDS = new Set(["author", "authors", "byline", "bylines", "by", "signature", "writer", "contributor", "username", "auteur", "auteurs", "autor", "autores", "autore", "autori"]);
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PLACE_TAIL = new RegExp(`\\s+in\\s+${NAME_WORD}(?:[\\s-]${NAME_WORD}){0,2}$`, "u");
const ROLE_WORDS = /\b(reporter|correspondent|editor|writer|journalist|producer|contributor|columnist|analyst|staff|bureau|chief|desk)\b/i;
const ROLE_TAIL = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\s(?:(?!Staff\s)\p{Lu}[\p{L}.&-]*\s){1,2}(?:[Ss]taff [Ww]riter|[Ss]taff [Rr]eporter|[Rr]eporter|[Cc]orrespondent|[Cc]olumnist)$/u;
const LEAD_BY = /^(?:(?:original|first) (?:version|text)(?: in \p{L}+)?|(?:text|words|story|reporting)(?: and (?:photos?|pictures))?)\s+by\s+(?=\p{Lu})/iu;
const CONNECTORS = new Set(["and", "with", "&", "of", "the", "de", "da", "di", "van", "von", "der", "al", "bin", "le", "la"]);
// a dash setting a credit off ("– Reporting by Jane Doe")
const DASH = /^[–—]\s?(?=\p{L})/u;
// ("Par", "Von", "Por", "Door", "Przez": "By" in French, German, Spanish and Portuguese, Dutch and Polish)
const PREFIX = /^(?:(?:posted|written|reported|reporting|words|text|story)\s+by|by|par|von|por|door|przez)\s*[:—–-]?\s+|^(?:authors?|reporters?|writers?|correspondents?|reporting|words|text)\s*:\s*/i;

/**
 * For every element of the page (blocks included), the first byline name printed inside it; bylines that name
 * nobody (dates, "Share") are skipped. Linear: each element is named once, by the first byline below it.
 */
export function bylinesInside(root: DomElement): Map<DomElement, string> {
  const inside = new Map<DomElement, string>();
  const found: [DomElement, string][] = [];
  for (const el of Array.from(root.querySelectorAll("[class], [rel], [itemprop]"))) {
    const words = classWords(el);
    // ("gnt_sbt_au": an author's span abbreviated, beside the card's date)
    const marked = el.getAttribute("rel") === "author" || el.getAttribute("itemprop") === "author" ||
      words.some((w) => BYLINE_WORDS.has(w)) || (words.includes("au") && besideDate(el));
    // chrome by its class ("credit-line") that prints "By Jane Doe" is a byline too; so is an agency credit closing
    // a post's text ("<p>…</p><p class=credit>(AFP)</p>")
    const chrome = !marked && isChromeByName(el);
    // a post's source field naming its wire ("<span class=source>AFP</span>", "SPA", "<span class=teaser__agency>Reuters</span>")
    const agency = chrome ? closingElementCredit(el) ?? datedCredit(el) : !marked && words.some((w) => w === "source" || w === "agency") ? sourceField(el) : null;
    if (!marked && !agency && !(chrome && PREFIX.test(el.textContent?.trimStart().replace(DASH, "").slice(0, 30) ?? ""))) continue;
    // "<time>Tue, Mar 21 2023 6:10 PM</time> Jane Doe", "<span>Jane Doe</span> <span>7 June 2024 21:15</span>": the
    // name beside the post's time
    const name = agency ?? bylineName(withoutTimes(el));
    if (name) found.push([el, name]);
  }
  // (a name printed on every post, three times or more, beside others that vary: the channel's or outlet's, over its
  // posts' own signatures; each post's own comes first, the repeated one fills the rest)
  const counts = new Map<string, number>();
  for (const [, name] of found) counts.set(name, (counts.get(name) ?? 0) + 1);
  const repeated = (name: string) => counts.size > 1 && counts.get(name)! >= 3 && counts.get(name)! * 2 > found.length;
  for (const [el, name] of [...found.filter(([, n]) => !repeated(n)), ...found.filter(([, n]) => repeated(n))]) {
    for (let up: DomElement | null = el; up; up = up.parentElement) {
      if (inside.has(up)) break;
      inside.set(up, name);
    }
  }
  return inside;
}

/**
 * The agency (or person) an element credits when it closes a text: its whole text is a credit ("(AFP)", "— Reuters",
 * "Jane Doe") and a paragraph of text stands just before it, outside any figure (under a photo the same credit is the
 * photo's).
 */
function closingElementCredit(el: DomElement): string | null {
  const before = el.previousElementSibling;
  if (!before || before.tagName.toLowerCase() !== "p" || (before.textContent ?? "").trim().length < 40) return null;
  if (el.closest("figure, figcaption, picture")) return null;
  const text = (el.textContent ?? "").trim();
  // (or a person's two or three names alone in a credit, set off by a dash or not: "<p class=credit><em>Jane
  // Doe</em></p>", "<p class=credit>— Jane Doe</p>"; a share bar's "Share Tweet" is no one)
  const person = text.replace(/^[—–]\s?/u, "");
  return agencyCredit(text) ?? (isCreditElement(el) && CREDITED_PERSON.test(person) ? person : null);
}
/**
 * The wire or person a `credit` element names in a card's meta row beside its date ("<span class=credit>The Associated
 * Press</span> | <span class=date>Apr. 3, 2024 4:20 p.m.</span>"), or null.
 */
function datedCredit(el: DomElement): string | null {
  if (!isCreditElement(el) || !besideDate(el)) return null;
  const text = (el.textContent ?? "").trim();
  return agencyCredit(text) ?? (CREDITED_PERSON.test(text) ? text : null);
}

/** True when the element sits in a short row that prints a date or an age (a card's meta row), outside any figure. */
function besideDate(el: DomElement): boolean {
  const row = el.parentElement;
  const text = row?.textContent ?? "";
  // ("<span class=credit>Associated Press</span> <span class=age>38 min ago</span>": the age is the card's date)
  const aged = () => Array.from(row!.children).some((c) => c !== el && ageMinutes((c.textContent ?? "").trim()) !== null);
  return !!row && text.length <= 120 && (findDate(text) !== null || aged()) && !el.closest("figure, figcaption, picture");
}

/** An element its class marks as a credit (`class="credit"`, `credits`). */
function isCreditElement(el: DomElement): boolean {
  return classWords(el).some((w) => w === "credit" || w === "credits");
}

/** The wire a source field names: an agency, or an acronym alone ("SPA"). */
function sourceField(el: DomElement): string | null {
  const text = (el.textContent ?? "").trim();
  return agencyCredit(text) ?? (/^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(text) ? text : null);
}
const LOWER_ROLE_TAIL = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\s(?:journalist|journaliste|periodista|giornalista|redaktør|redaktor|toimittaja|dziennikarz|dziennikarka|novinář|novinářka|reporterka|újságíró)$/u;
const CREDITED_PERSON = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** An element's text without the text of the times inside it (`<time>` elements, or elements printing only a stamp). */
function withoutTimes(el: DomElement): string {
  // ("<span class="author__name">Jane Doe</span><span class="author__role">Military analyst</span>": the name's own
  // part, which the text would run into the role)
  const parts = Array.from(el.children);
  const named = parts.length >= 2 ? parts.find((c) => classWords(c).includes("name")) : undefined;
  if (named) return withoutTimes(named);
  let text = el.textContent ?? "";
  for (const time of timesIn(el)) if (time !== el) text = text.replace(time.textContent ?? "", " ");
  return text;
}

/** A name without the role printed after it ("Jane Doe Staff Writer", "Jane Doe Record Reporter" → "Jane Doe"). */
export function withoutRole(name: string): string {
  return name.replace(ROLE_TAIL, "$1").replace(/^(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\s[Ss]taff (?:[Ww]riter|[Rr]eporter)$/u, "$1");
}

const OUTLETS_OWN = new RegExp(String.raw`^${OUTLET_POSSESSIVE}\s(?=\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$)`, "u");

/**
 * The name a byline prints, without "By", a place in brackets or after "in", or a role after a comma; names
 * joined by "and"/"with" and agency credits ("Le Monde with AFP", "Staff and agencies") stay as printed. Null for
 * text that is no byline (a sentence, a date, a long line).
 */
export function bylineName(text: string | null | undefined): string | null {
  // ("Reporting by Jane Doe; Editing by John Roe": a wire's sign-off, whose reporters are the byline)
  const wired = text && /;\s/.test(text) ? wireCredit(text.replace(/\s+/g, " ").trim()) : undefined;
  if (wired) return wired;
  // ("From Jane Doe": a correspondent's report credited by its sender)
  let name = (text ?? "").replace(/\s+/g, " ").trim().replace(DASH, "").replace(PREFIX, "").replace(/^From\s+(?=\p{Lu}\p{Ll}+\s\p{Lu})/u, "");
  if (name.length > 120) return null;
  // "(Jane Doe)": a ticker's credit in brackets under its post
  name = name.replace(/^\((\p{Lu}[^()]{2,80})\)$/u, "$1");
  // "Original version in French by Jane Doe", "Text and photos by Jane Doe": the writer, after what they wrote
  name = name.replace(LEAD_BY, "");
  // "ABC News’ Jane Doe", "CNN's Jane Doe": a signature that names the outlet before its reporter
  name = name.replace(OUTLETS_OWN, "");
  // "Jane Doe | Outlet", "Jane Doe · Outlet": the name before the separator; "JANE DOE": a name in capitals.
  name = name.split(/\s[|·•]\s/)[0]!;
  // "Jane Doe / Associated Press", "Jane Doe / The Blade": the name, before a slash and its wire or paper
  const slash = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}) \/ (\S.*)$/u.exec(name);
  if (slash && (agencyCredit(slash[2]!) !== null || /^The(?: \p{Lu}[\p{L}’'.&-]+){1,3}$/u.test(slash[2]!))) name = slash[1]!;
  // "Jane Doe Record Reporter", "Jane Doe World-Herald staff writer": the name, before the outlet's role for them
  // ("Anna Kell News Staff Reporter"); "JANE DOE Associated Press": the name, before its wire
  name = name.replace(ROLE_TAIL, "$1");
  // ("Jane Doe journalist", "Jane Doe reporter": a role in small letters after the name, in the site's language too)
  name = name.replace(LOWER_ROLE_TAIL, "$1");
  // ("JANE DOE and JOHN ROE Associated Press": the names in capitals, before their wire)
  name = capitalsBeforeOutlet(name) ?? name;
  // (a wire's own name after it: not "Le Monde with AFP", "Example - Agencies")
  const person = nameBeforeWire(name);
  const wire = person ? name.slice(person.length).trim() : "";
  if (person && /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u.test(person) && /^\p{Lu}/u.test(wire) && !/^(?:Agenc|Wire|Staff)/i.test(wire)) name = person;
  const words = name.split(" ");
  if (words.length >= 2 && words.every((w) => w.length >= 3) && /\p{Lu}{2}/u.test(name) && name === name.toUpperCase()) name = capsName(name);
  name = name.replace(/\s*\([^)]{1,80}\)$/, "");
  const comma = name.indexOf(",");
  if (comma > 0 && !/\b(and|&)\s+\p{Lu}/u.test(name.slice(comma))) {
    const rest = name.slice(comma + 1);
    // (a station's channel number among its words: "Jane Doe, WXYZ 12 News")
    if (ROLE_WORDS.test(rest) || /^\s*\p{Lu}[\p{L}-]+(\s(?:\p{Lu}[\p{L}-]+|\d{1,3}\+?)){0,3}$/u.test(rest) || /^\s*The(\s\p{Lu}[\p{L}.&-]+){1,3}$/u.test(rest) || findDate(rest)) {
      name = name.slice(0, comma); // a role, a place, an outlet ("The Washington Post") or a date after the name
    }
  }
  // "By Agency, in World", "Agency - <time>": the section, or the separator before the time, goes
  name = name.replace(PLACE_TAIL, "").replace(/\s*[,;|·–—-]\s*$/, "").trim();
  // an agency's short name ("AP", "AFP") is a credit like any other
  const agency = agencyCredit(name);
  if (agency) return agency;
  // a station credited by its call letters and channel ("WXYZ 12 News", "KXYZ 5"): its own staff
  if (STATION_RE.test(name)) return name;
  if (name.length < 3 || name.length > 80 || !/^\p{Lu}/u.test(name) || /[.!?:;]$/.test(name) || /\d/.test(name)) return null;
  const named = name.split(" ").filter((w) => !CONNECTORS.has(w.toLowerCase()));
  return named.length <= 8 && named.filter((w) => /^\p{Lu}/u.test(w)).length * 2 >= named.length ? name : null;
}

const STATION_RE = /^[KW]\p{Lu}{2,3} \d{1,2}(?: \p{Lu}\p{Ll}+){0,2}$/u;

/** "JANE HOLT" → "Jane Holt", "STAFF AND AGENCIES" → "Staff and Agencies": a name printed in capitals. */
function capsName(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/ (And|With|Of|The) /g, (w) => w.toLowerCase());
}

/** A date line the chrome removal takes away (`class="dateline"`), with the elements it sat in. */
export interface DatedChrome {
  text: string;
  within: Set<DomElement>;
}

const DATE_WORDS = new Set(["dateline", "byline", "date", "dates", "time", "timestamp", "updated", "published", "meta"]);

/**
 * Lines that date the page but sit in elements the chrome removal drops ("Updated June 14, 2024, 10:05 p.m. ET"
 * in a `dateline` or `byline` block): read before the chrome goes, so the page's head still dates its stamps.
 */
export function datedChrome(root: DomElement, chromeOnly = true): DatedChrome[] {
  const found: DatedChrome[] = [];
  for (const el of Array.from(root.querySelectorAll("[class], [id]"))) {
    if (!classWords(el).some((w) => DATE_WORDS.has(w)) || (chromeOnly && !isChromeByName(el))) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length > 200 || !findDate(text)) continue;
    const within = new Set<DomElement>();
    for (let up = el.parentElement; up; up = up.parentElement) within.add(up);
    found.push({ text, within });
  }
  return found;
}

// The name a text page gives itself: a "Title | Site" suffix on its title line, a masthead the page names again,
// its copyright footer, else a first line printed in capitals like a logo.
import { isCompanyName } from "../source-name.ts";
import { isFurniture, SKIP_LINK_RE } from "./text-furniture.ts";

const NAME_RE = /^(?:The |the )?[\p{Lu}\d][\p{L}\d&'’.-]*(?: (?:[\p{Lu}\d&][\p{L}\d&'’.-]*|of|and|for|the|de|ve|und)){0,5}$/u;

/** The site a text page names, or null when it names none. */
export function siteName(lines: string[], title: string | null): string | null {
  // one separator only: "Headline | Site"; a row of them is a navigation bar, not a title
  const suffix = title && title.split(" | ").length === 2 ? /\s\|\s([^|]{2,50})$/.exec(title)?.[1]?.trim() : undefined;
  if (suffix && NAME_RE.test(suffix) && !LIVE_LABEL_RE.test(suffix)) return suffix;
  const masthead = mastheadName(lines);
  if (masthead) return masthead;
  // The footer's copyright line: "© 2024 Name", "Copyright 2024 Name. All rights reserved.", "© 2000-2024, Name".
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
    const name = copyrightHolder(lines[i]!);
    // A company's legal name ("Harbour Post Media Limited") gives way to the masthead that shares a word with it.
    // A group's name ("Arena Holdings") gives way to the masthead that opens the footer's menu ("Name | About us | …"),
    // or to the one over the page's menu.
    // An address ("© 2025 www.example.com") gives way to the masthead over the menu.
    if (name) return (isCompanyName(name) && mastheadName(lines, name)) || (isOwner(name) && (footerMenuName(lines) ?? navMasthead(lines))) || spelledDomain(lines, name) ||
      (/^www\./i.test(name) && navMasthead(lines)) || name;
  }
  return navMasthead(lines) ?? wordmark(lines);
}

// "Headline | EN VIVO": a title's live label, in Europe's languages, names no site
const LIVE_LABEL_RE = /^(?:live|en vivo|en directo|en direct|ao vivo|in diretta|na żywo|naživo|élőben|canlı|live-?ticker|live ?blog|наживо|онлайн|в прямом эфире)(?: updates?)?$/iu;

/**
 * A name on the page's first line with the site's menu under it ("Harbour Times" / "News  Sport  Weather",
 * "EXPRESS" / "Home | News | Politics"): the masthead above the navigation.
 */
function navMasthead(lines: string[]): string | null {
  const head = lines.slice(0, 10).map((l) => l.trim()).filter((l) => l !== "" && !SKIP_LINK_RE.test(l));
  const [first, ...next] = head;
  // "Example Nigeria News - Nigeria and World News": the name before its tagline
  // ("Example Herald Logo": the logo's alternative text names it)
  const line = first?.split(/\s[-–|]\s/)[0]?.replace(/\s+Logo$/i, "");
  if (!line || line.length > 40 || line.split(/\s+/).length > 4 || /^by\s/i.test(line)) return null;
  // the menu may come a few short lines down, under a tagline and the account links ("Launceston, Tasmania" /
  // "Subscribe now" / "Login")
  const at = next.slice(0, 4).findIndex(isNavRow);
  if (at < 0 || next.slice(0, at).some((l) => l.length > 40 || l.split(/\s+/).length > 6)) return null;
  const words = line.split(/\s+/);
  if (words.some((w) => LABEL_WORDS.test(w))) return null;
  const name = fromCapitals(line);
  return NAME_RE.test(name) && /\p{L}{3}/u.test(name) ? name : null;
}

/** A row of a site's menu: three to sixteen capitalised items, two or more of them a menu's usual words. */
function isNavRow(row: string): boolean {
  const items = row.split(/\s[|·•]\s|\s/).map((item) => item.trim()).filter((item) => item !== "" && item !== "&");
  // (capitalised but for a joining word, "Things to Do", and the e-paper's "ePaper", "eEdition")
  const item = /^(?:\p{Lu}|e-?\p{Lu})[\p{L}&'’-]*$|^(?:to|of|and|the|in)$/u;
  // (a long row may hold an item of two words, the second in lower case: "Death notices")
  const lower = items.filter((i) => !item.test(i));
  const capitalised = lower.length === 0 || (items.length >= 6 && lower.length === 1 && /^\p{Ll}+$/u.test(lower[0]!) && items.indexOf(lower[0]!) > 0);
  if (items.length < 3 || items.length > 16 || !capitalised) return false;
  return items.filter((item) => MENU_WORDS.test(item)).length >= 2;
}

/**
 * A masthead: one of the page's first lines that is a name alone ("Northline Ledger", "MERIDIAN BULLETIN") and that
 * the page names again further down (a footer, "Subscribe to …"), which is what sets it apart from a section label.
 */
function mastheadName(lines: string[], company?: string): string | null {
  const head = lines.slice(0, 12).map((l) => l.trim()).filter(Boolean).slice(0, 6);
  const later = lines.slice(12);
  const shared = company ? new Set(company.split(/\s+/).filter((w) => w.length >= 4 && !GENERIC.test(w))) : null;
  // (a section the menu lists, "IOWA POLITICS" over its page, is no masthead)
  const menus = lines.slice(0, 12).filter(isNavRow);
  for (const line of head) {
    if (line.length > 40 || line.split(/\s+/).length > 4 || /^by\s/i.test(line)) continue;
    const name = fromCapitals(line);
    if (!NAME_RE.test(name) || name.split(/\s+/).length < 2 || menus.some((menu) => menu.includes(name))) continue;
    if (shared && name.split(/\s+/).some((w) => shared.has(w))) return name;
    // named again inside a longer line, as written ("© 2024 Name", "… news on Name."): a repeated menu line is not
    if (later.some((l) => l.length > name.length + 2 && l.includes(name))) return name;
  }
  return null;
}

// Function words a menu item never is (a title's "the", "and", "from" …)
const FUNCTION_WORDS = /^(?:the|and|for|with|from|into|over|after|than|that|this|its|are|was|were|has|have|had|will|not|but|who|how|why|what)$/;
/** Words a site's menu row is made of. */
const MENU_WORDS =
  /^(?:home|news|menu|search|subscribe|sign|log|login|register|sections|world|politics|business|sport|sports|opinion|comment|analysis|features|culture|lifestyle|travel|money|entertainment|science|tech|health|video|podcasts|weather|newsletters|account)$/i;

/**
 * A site's menu row as a scrape prints it ("Bangladesh Nation World Business Sport Opinion"): four or more items, each
 * one capitalised word (or "&"), two or more of them a menu's usual words. A title has lower-case or short words.
 */
export function isMenuRow(line: string): boolean {
  // (its items may stand between dots or bars: "Politics · Europe · World · Economy")
  const items = line.replace(/\s[·•|]\s/g, " ").split(" ");
  // (one item of two words may keep its second in lower case, "News  Russia-Ukraine war  Europe  World", run together)
  const lower = items.filter((item) => /^\p{Ll}[\p{L}-]{2,}$/u.test(item) && !FUNCTION_WORDS.test(item));
  const capital = (item: string) => item === "&" || /^\p{Lu}[\p{L}-]{2,}$/u.test(item);
  if (items.length < 4 || lower.length > 1 || !items.every((item) => capital(item) || lower.includes(item))) return false;
  return items.filter((item) => MENU_WORDS.test(item)).length >= 2;
}

/** Three or more of a menu's usual words among a line's words and no comma ("News Sport What's on Business Opinion"). */
export function hasMenuWords(line: string): boolean {
  return !line.includes(",") && line.split(/\s+/).filter((word) => MENU_WORDS.test(word)).length >= 3;
}

/** A company's legal name, or a group's ("Example Holdings", "Example Media Group"): the owner, maybe not the outlet. */
function isOwner(name: string): boolean {
  return isCompanyName(name) || GENERIC.test(name.split(/\s+/).at(-1)!);
}

const FOOTER_LINK = /^(?:about|contact|terms|privacy|advertise|cookie|careers|help|faq|subscribe|sitemap)\b/i;

/** The name that opens a footer's menu ("Example Times  |  About us  |  Contact us  |  Terms"), or null. */
function footerMenuName(lines: string[]): string | null {
  for (const line of lines.slice(-15)) {
    const [name, ...links] = line.trim().split(/\s+[|·•]\s+/);
    if (!name || links.length < 2 || FOOTER_LINK.test(name) || name.split(/\s+/).length > 4 || !NAME_RE.test(name)) continue;
    if (links.filter((link) => FOOTER_LINK.test(link)).length >= 2) return name;
  }
  return null;
}

/** Words that make a line in capitals a label ("LIVE UPDATES", "KEY EVENTS"), not a masthead. */
const LABEL_WORDS = /^(?:live|breaking|latest|updates?|key|points|events|highlights|menu|skip|advertisement|sponsored|exclusive|watch|listen|opinion|analysis|editorial|explainer|video|photos?)$/i;

/**
 * A page with no other name: its first line, printed in capitals like a logo ("LAKESHORE HERALD", two to four words),
 * that no label word makes a heading ("LIVE UPDATES").
 */
function wordmark(lines: string[]): string | null {
  const line = lines.slice(0, 12).map((l) => l.trim()).find((l) => l !== "" && !isFurniture(l));
  if (!line || line.length > 40 || line !== line.toUpperCase() || !/\p{Lu}{2}/u.test(line)) return null;
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 4 || words.some((w) => LABEL_WORDS.test(w))) return null;
  const name = fromCapitals(line);
  return NAME_RE.test(name) ? name : null;
}

/** Words of a company's name that say nothing of the outlet. */
const GENERIC = /^(?:media|news|group|holdings?|publishing|publications|digital|limited|company|corporation|international|network|broadcasting)$/i;

// A copyright line's mark ("©", "(c)", "Copyright ©"), its years, and its closing "All rights reserved …".
const COPYRIGHT_RE = /^(?:©(?:\s?copyright)?|\(c\)|copyright(?:\s?(?:©|\(c\)))?)\s*(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s*)?(.*)$/iu;
const ALL_RIGHTS_RE = /\.?\s*all rights reserved\b.*$/i;

/** The holder a copyright line names, or null. */
export function copyrightHolder(line: string): string | null {
  if (line.length > 200 || line.includes("/")) return null;
  const m = COPYRIGHT_RE.exec(line);
  if (!m) return null;
  const name = m[1]!
    .replace(ALL_RIGHTS_RE, "")
    .replace(/\s*\d{4}(?:\s?[-–]\s?\d{4})?\.?$/, "")
    .replace(/[.,;]\s.*$/, "")
    .replace(/[.,;\s]+$/, "")
    .trim();
  if (name.length >= 2 && NAME_RE.test(name)) return name;
  // a site's address ("koreatimes.co.kr"): the masthead it spells, else the address itself
  return /^(?:www\.)?[a-z\d-]+(?:\.[a-z]{2,})+$/i.test(name) ? name : null;
}

/**
 * The name-like parts of a copyright line after its holder, split at bars and full stops ("© 2022 Example.net |
 * Philippine Daily Example", "© EXAMPLE 2024. Indonesian News Agency."); none for other lines.
 */
export function copyrightNames(line: string): string[] {
  if (line.length > 200 || !COPYRIGHT_RE.test(line.trim())) return [];
  return line.split(/\s[|·]\s|\.\s+/).slice(1).map((part) => part.replace(ALL_RIGHTS_RE, "").trim())
    .filter((part) => /^\p{Lu}[\p{L}'’&-]*(?:\s\p{Lu}[\p{L}'’&-]*){1,4}$/u.test(part));
}

/** The head line a domain spells ("koreatimes.co.kr" → "The Korea Times"), or null. */
function spelledDomain(lines: string[], name: string): string | null {
  const label = /^(?:www\.)?([a-z\d-]+)\.[a-z.]{2,}$/i.exec(name)?.[1]?.toLowerCase().replace(/-/g, "");
  if (!label) return null;
  const squeeze = (line: string) => line.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\d]/gu, "");
  return lines.slice(0, 8).map((l) => l.trim()).find((l) => l.length <= 40 && squeeze(l) === label) ?? null;
}

/** A name printed in capitals as the name is written ("HARBOUR POST" → "Harbour Post"); any other line as it is. */
export function fromCapitals(line: string): string {
  if (line !== line.toUpperCase()) return line;
  return line.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

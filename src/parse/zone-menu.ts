// The home a page's language menu implies ("UA / RU / EN", "Eesti · Русский · English"): the English edition of a
// site that offers its home language first prints its home country's time.
import { countryZone, foldApostrophes, LANGUAGES, natives, REGIONS, regionOf } from "./zone-countries.ts";
import type { HomeZone } from "./text-home-zone.ts";

const SEPARATED = /\s*[|/·•]\s*|\s+/u;

/** The language (or, for "UA"-style menus, country) code a menu item names, or null. */
function itemCode(item: string): string | null {
  if (/^[A-Z]{2}$/.test(item)) {
    const code = item.toLowerCase();
    return LANGUAGES.of(code) || REGIONS.of(item) ? code : null;
  }
  // "ENG", "DEU": a three-letter language code; "УКР", "РУС", "ქარ": the first letters of a language's own name (a
  // script without capitals, such as Georgian, spells it in small letters).
  if (/^\p{Lu}{3}$/u.test(item) || (/^\p{L}{3}$/u.test(item) && !/\p{Script=Latin}/u.test(item))) return threeLetters(item.toLowerCase());
  return item.length >= 4 && item.length <= 20 ? nativeName(foldApostrophes(item.toLowerCase())) : null;
}

/**
 * The language a menu item names in its own tongue, exactly or with an ending its speakers add ("Oʻzbekcha": "in
 * Uzbek", from "oʻzbek"; "Українською", "in Ukrainian", from "українська"); else null.
 */
function nativeName(item: string): string | null {
  const exact = natives().get(item);
  if (exact) return exact;
  for (const [name, code] of natives()) if (name.length >= 5 && item.startsWith(name) && item.length - name.length <= 3) return code;
  // (or its last letter declined: "Українською", "in Ukrainian", from "українська")
  for (const [name, code] of natives()) {
    const stem = name.slice(0, -1);
    if (stem.length >= 6 && /\p{L}$/u.test(name) && item.startsWith(stem) && item.length - stem.length <= 3) return code;
  }
  return null;
}

function threeLetters(abbreviation: string): string | null {
  if (/^[a-z]{3}$/.test(abbreviation) && LANGUAGES.of(abbreviation)) return new Intl.Locale(abbreviation).language;
  const codes = new Set<string>();
  for (const [name, code] of natives()) if (name.startsWith(abbreviation)) codes.add(code);
  return codes.size === 1 ? [...codes][0]! : null;
}

/**
 * The items of a language menu: two or more lines of one item each, or one line of items; else null. A line of three
 * or more may hold one word the runtime does not know as a language ("Qırımtatarca"), left out, never the first.
 */
function menuAt(lines: string[], i: number): string[] | null {
  const parts = lines[i]!.split(SEPARATED).filter((p) => p !== "");
  const known = parts.filter((p) => itemCode(p) !== null);
  const unknown = parts.length - known.length;
  const odd = unknown === 1 && parts.length >= 3 && known[0] === parts[0] && parts.every((p) => /^\p{L}+$/u.test(p));
  if (parts.length >= 2 && parts.length <= 8 && (unknown === 0 || odd)) return known;
  const items: string[] = [];
  for (let k = i; k < lines.length && items.length < 8; k++) {
    if (itemCode(lines[k]!) === null) break;
    items.push(lines[k]!);
  }
  return items.length >= 2 ? items : null;
}

/**
 * Languages that are a home language in countries on different clocks (Arabic from Casablanca to Baghdad, Spanish,
 * French, Portuguese; Bengali, Urdu and Hausa either side of a border that changes the clock): a menu offering one names
 * no country. (Chinese, Swahili, Malay and Persian menus keep naming theirs: their countries share a clock, or one of
 * them writes its menu so.)
 */
const PLURICENTRIC = new Set(["ar", "es", "fr", "pt", "bn", "ur", "ha"]);

/**
 * The home zone of a page's language menu, looked for in its first `headLines` lines: the menu must offer English and
 * another language (or Russian and one other); the first other one names the country (Russian only when no third language is offered: it is
 * the second language of the former Soviet states), unless English leads a menu of four or more (an international
 * service's editions). A country of several zones needs one of them named as a city on the page
 * (Ukraine's Kyiv, not Simferopol).
 */
export function menuZone(lines: string[], headLines = 80): HomeZone | null {
  for (let i = 0; i < Math.min(lines.length, headLines); i++) {
    if (lines[i] === "" || lines[i]!.length > 60 || itemCode(lines[i]!.split(SEPARATED)[0]!) === null) continue;
    const items = menuAt(lines, i);
    if (!items) continue;
    const codes = items.map((item) => itemCode(item)!);
    // Russian beside another language is a region's second language ("Русский · English · Кыргызча"), not its home's
    const second = codes.some((c) => c !== "en" && c !== "ru") ? "ru" : null;
    const home = codes.findIndex((c) => c !== "en" && c !== second);
    // (or, with no English, the home language beside Russian: "Қазақша | Русский", a former Soviet state's Russian edition)
    const russianEdition = !codes.includes("en") && codes.length === 2 && codes.includes("ru") && second === "ru";
    if ((!codes.includes("en") && !russianEdition) || home < 0) continue;
    // English first among four or more: an international service's editions, none of them its home
    if (codes[0] === "en" && codes.length >= 4) return null;
    // a language of many countries on several clocks (Arabic, Spanish, French…) names no one home
    if (PLURICENTRIC.has(codes[home]!)) return null;
    const region = regionOf(codes[home]!);
    const zone = region ? countryZone(region, lines) : null;
    return zone ? { zone, item: items[home]! } : null;
  }
  return null;
}

// The zone a page states in words ("All times are NZ time", "Kyiv time"), and the one its home implies when it states
// none: the English edition of a site whose language menu ("UA / RU / EN", "Eesti · Русский · English") offers the home
// language first prints its home country's time; so does a masthead naming a place.
import { isZone } from "../day.ts";
import { findDate, MON_RE, WD_RE } from "./text-dates.ts";
import { copyrightHolder, fromCapitals } from "./text-site.ts";
import { cityZone, ZONE_RE, zoneOf } from "./text-zones.ts";

/** The zone the page's language menu implies, and the menu item it came from; null when there is no such menu. */
export interface HomeZone {
  zone: string;
  item: string;
}

const SEPARATED = /\s*[|/·•]\s*|\s+/u;
let nativeNames: Map<string, string> | null = null;
const LANGUAGES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Every two-letter code from "aa" (or "AA") to "zz": the space language and region codes live in. */
function* letterPairs(first: "a" | "A"): Generator<string> {
  const start = first.charCodeAt(0);
  for (let i = 0; i < 26 * 26; i++) yield String.fromCharCode(start + Math.floor(i / 26), start + (i % 26));
}

/** Language codes by their own and English names ("eesti", "estonian" → "et"), from the runtime's locale data. */
function natives(): Map<string, string> {
  if (nativeNames) return nativeNames;
  nativeNames = new Map();
  for (const code of letterPairs("a")) {
    // Only codes the runtime names in English are languages (a locale per code is slow: build those only).
    const english = LANGUAGES.of(code);
    if (!english) continue;
    try {
      const name = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
      if (name && name.toLowerCase() !== code) nativeNames.set(name.toLowerCase(), code);
      // An English edition's menu may name the home language in English ("Ukrainian | English").
      if (!nativeNames.has(english.toLowerCase())) nativeNames.set(english.toLowerCase(), code);
    } catch {
      // not a language the runtime knows
    }
  }
  return nativeNames;
}

const REGIONS = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** The language (or, for "UA"-style menus, country) code a menu item names, or null. */
function itemCode(item: string): string | null {
  if (/^[A-Z]{2}$/.test(item)) {
    const code = item.toLowerCase();
    return LANGUAGES.of(code) || REGIONS.of(item) ? code : null;
  }
  // "ENG", "DEU": a three-letter language code; "УКР", "РУС": the first letters of a language's own name.
  if (/^\p{Lu}{3}$/u.test(item)) return threeLetters(item.toLowerCase());
  return item.length >= 4 && item.length <= 20 ? natives().get(item.toLowerCase()) ?? null : null;
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

function regionOf(code: string): string | null {
  try {
    const region = new Intl.Locale(code).maximize().region;
    if (region) return region;
  } catch {
    // fall through: "UA" names a country, not a language
  }
  return REGIONS.of(code.toUpperCase()) ? code.toUpperCase() : null;
}

// Countries the runtime names but lists no zone for, and the zone their clocks keep.
const UNLISTED: Record<string, string> = { XK: "Europe/Belgrade" };

function zonesOf(region: string): string[] {
  const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
  const zones = locale.getTimeZones?.() ?? locale.timeZones ?? [];
  return zones.length === 0 && UNLISTED[region] ? [UNLISTED[region]] : zones;
}

const canonical = (zone: string) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;

/**
 * The home zone of a page's language menu, looked for in its first `headLines` lines: the menu must offer English and
 * another language; the first other one names the country (Russian only when no third language is offered: it is
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
    if (!codes.includes("en") || home < 0) continue;
    // English first among four or more: an international service's editions, none of them its home
    if (codes[0] === "en" && codes.length >= 4) return null;
    const region = regionOf(codes[home]!);
    const zone = region ? countryZone(region, lines) : null;
    return zone ? { zone, item: items[home]! } : null;
  }
  return null;
}

// The time a country of several zones keeps in its capital, which its national outlets and offices print.
const NATIONAL: Record<string, string> = {
  RU: "Europe/Moscow", UA: "Europe/Kyiv", US: "America/New_York", CA: "America/Toronto", AU: "Australia/Sydney",
  NZ: "Pacific/Auckland", BR: "America/Sao_Paulo", MX: "America/Mexico_City", KZ: "Asia/Almaty", ID: "Asia/Jakarta",
  ES: "Europe/Madrid", PT: "Europe/Lisbon", DE: "Europe/Berlin", CL: "America/Santiago", AR: "America/Argentina/Buenos_Aires",
  CN: "Asia/Shanghai", MN: "Asia/Ulaanbaatar", CD: "Africa/Kinshasa", EC: "America/Guayaquil", MY: "Asia/Kuala_Lumpur",
};

/**
 * The zone of a country (ISO region code): its only one, else its capital's, else the one city of it the page
 * names; null when none of these fits.
 */
export function countryZone(region: string, lines: string[]): string | null {
  const zones = zonesOf(region);
  if (zones.length === 1) return zones[0]!;
  const national = NATIONAL[region];
  return national && isZone(national) ? national : namedAmong(lines, zones);
}

let regionNames: Map<string, string> | null = null;

/** Region codes by their English names ("ukraine" → "UA"), from the runtime's locale data. */
function regionsByName(): Map<string, string> {
  if (regionNames) return regionNames;
  regionNames = new Map();
  for (const code of letterPairs("A")) {
    const name = REGIONS.of(code);
    if (name && name !== code && !/\d/.test(name)) regionNames.set(name.toLowerCase(), code);
  }
  return regionNames;
}

/** The zone a place named before "time" stands for: a city ("Kyiv time"), a country ("Israel time", "NZ time") or its language ("Ukrainian time"). */
export function placeZone(place: string): string | null {
  const city = cityZone(place);
  if (city) return city;
  const language = natives().get(place.toLowerCase());
  const region = /^[A-Z]{2}$/.test(place) && REGIONS.of(place) ? place : regionsByName().get(place.toLowerCase()) ??
    (language ? regionOf(language) : null) ?? adjectiveRegion(place);
  return region ? countryZone(region, []) : null;
}

/**
 * The zone of the countries a short name ends ("Korea": South and North Korea), when they all keep one time (the one
 * whose city the page names most); else null.
 */
function sharedZone(word: string, lines: string[]): string | null {
  if (word.length < 4) return null;
  const ending = ` ${word.toLowerCase()}`;
  const zones = [...regionsByName()].filter(([name]) => name.endsWith(ending)).map(([, code]) => countryZone(code, []));
  if (zones.length === 0 || zones.some((z) => z === null) || new Set(zones.map((z) => winterOffset(z!))).size > 1) return null;
  const text = lines.join("\n");
  const named = (zone: string) => text.split(zone.split("/").pop()!.replace(/_/g, " ")).length;
  return (zones as string[]).reduce((best, zone) => (named(zone) > named(best) ? zone : best));
}

/**
 * The one country a national adjective names ("Philippine" → Philippines, "Malaysian" → Malaysia, "Ukrainian" →
 * Ukraine, "Kazakh" → Kazakhstan): the one-word country name sharing the longest start with it, five letters or more,
 * each word going on at most four letters past it; null when none or two tie.
 */
function adjectiveRegion(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word)) return null;
  const lower = word.toLowerCase();
  let best = 0;
  let found: string[] = [];
  for (const [name, code] of regionsByName()) {
    if (name.includes(" ")) continue;
    let shared = 0;
    while (shared < name.length && name[shared] === lower[shared]) shared++;
    if (shared < 5 || lower.length - shared > 4 || name.length - shared > 4 || shared < best) continue;
    if (shared > best) [best, found] = [shared, []];
    found.push(code);
  }
  return found.length === 1 ? found[0]! : null;
}

/** The one zone of `zones` whose city the page names, or null. */
function namedAmong(lines: string[], zones: string[]): string | null {
  if (zones.length === 0) return null;
  const wanted = new Set(zones.map(canonical));
  const found = new Set<string>();
  for (const line of lines) {
    for (const [word] of line.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) {
      const zone = cityZone(word);
      if (zone && wanted.has(canonical(zone))) found.add(zone);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

// Country domains sold for their letters, not their country ("Example.tv", "Example.io").
const VANITY_DOMAINS = new Set(["AI", "AM", "CC", "CO", "FM", "GG", "IO", "LY", "ME", "NU", "SO", "TO", "TV", "WS", "LA", "ST", "GD"]);

/**
 * The zone a site's own name implies when the page states none: a masthead naming a city whose zone the runtime
 * lists ("The Melbourne Ledger" → Australia/Melbourne). Names of one to three words are tried; polar stations are not.
 */
export function mastheadZone(name: string | null, lines: string[] = []): HomeZone | null {
  if (!name) return null;
  // "Bhutan’s National Newspaper": a place named in the possessive is the place
  name = name.replace(/(?<=\p{L})['’]s\b/gu, "");
  // A site named by its address under a country's domain ("Expats.cz"): that country's time.
  const domain = /\.([a-z]{2})$/i.exec(name)?.[1]?.toUpperCase();
  const domainZone = domain && !VANITY_DOMAINS.has(domain) && REGIONS.of(domain) ? countryZone(domain, lines) : null;
  if (domainZone) return { zone: domainZone, item: name };
  const words = name.split(/\s+/);
  for (const city of namePhrases(words, 3)) {
    const zone = cityZone(city);
    if (zone && !/^(?:Antarctica|Etc|Arctic)\//.test(zone)) return { zone, item: city };
  }
  // A country named in it ("Radio Example-Ukraine", "President of Russia"): the time its capital keeps.
  for (const country of namePhrases(name.split(/[\s-]+/), 2)) {
    const region = regionsByName().get(country.toLowerCase());
    const zone = region ? countryZone(region, []) : sharedZone(country, lines);
    if (zone) return { zone, item: country };
  }
  // A language named as the nation's adjective ("The Irish Times"): its country's zone, when the country has one.
  for (const word of words) {
    const code = /^\p{Lu}\p{Ll}{3,}$/u.test(word) && word !== "English" ? natives().get(word.toLowerCase()) : undefined;
    const region = code ? regionOf(code) : null;
    const zones = region ? zonesOf(region) : [];
    if (zones.length === 1) return { zone: zones[0]!, item: word };
  }
  // A nation's adjective ("Malaysian National News Agency"): its country's time.
  for (const word of words) {
    const region = adjectiveRegion(word);
    const zone = region ? countryZone(region, lines) : null;
    if (zone) return { zone, item: word };
  }
  return null;
}

/**
 * Where a text page that states no zone has its home, and what a warning says it is read from: its postal address,
 * else its language menu, else the place its masthead or tagline names, else the country of the domain its copyright
 * line prints, else the place its publisher's name carries, else its section menu.
 */
export function textPageHome(lines: string[], site: string | null): (HomeZone & { from: string }) | null {
  const address = addressZone(lines);
  if (address) return { ...address, from: `its postal address (${address.item})` };
  const menu = menuZone(lines);
  if (menu) return { ...menu, from: `its language menu (${menu.item})` };
  const named = mastheadZone(site, lines) ?? mastheadZone(logoLine(lines), lines) ?? taglineZone(lines) ?? datelineZone(lines);
  if (named) return { ...named, from: `the place its name carries (${named.item})` };
  // the site's address under a country's domain, as its copyright line prints it ("© 2024 example.co.kr")
  const footer = lines.slice(-40);
  const holders = footer.map(copyrightHolder);
  const domain = holders.find((h) => h !== null && /\.[a-z]{2}$/i.test(h)) ?? null;
  const addressed = addressHome(domain, lines);
  if (addressed) return addressed;
  // the place its publisher's name carries ("… is published by Example Media Kosovo", "© 2024 Example Group Malta")
  const publisher = footer.map((line, i) => publishedBy(line) ?? holders[i]).find((p) => p !== null) ?? null;
  const published = publisher ? mastheadZone(publisher, lines) : null;
  if (published) return { ...published, from: `the place its publisher's name carries (${published.item})` };
  const nav = navZone(lines);
  return nav ? { ...nav, from: `its section menu (${nav.item}, then World)` } : null;
}

/** The home of a site's address under a country's domain ("www.example.ir", "example.co.kr"), or null. */
export function addressHome(address: string | null | undefined, lines: string[]): (HomeZone & { from: string }) | null {
  const found = address ? mastheadZone(address, lines) : null;
  return found ? { ...found, from: `the country of its address (${found.item})` } : null;
}

/** The publisher a footer line names after "published by" ("X is published by Y."), or null. */
function publishedBy(line: string): string | null {
  return /\bpublished by (\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,4})/u.exec(line)?.[1] ?? null;
}

// "ul. Woronicza 17", "12 Harbour Road", "Khreshchatyk St 22", "00-999": a street with its number, or a postcode.
const STREET = /\b(?:ul|str|st|ave|rd|vul|pr|blvd|street|avenue|road|lane|square|ulica|ulitsa|vulytsia|prospekt|prospect|strasse|straße|iela|g\.?)\b\.?\s?\p{L}*[\p{L}.-]*\s\d{1,4}[a-z]?\b|\b\d{1,4}[a-z]?,?\s\p{Lu}[\p{L}-]+\s(?:Street|Avenue|Road|Lane|Square|St|Ave|Rd)\b|\b\d{2}-\d{3}\b|\b\d{5}\b/u;

/**
 * The zone of a publisher's postal address ("Belsat TV, ul. Woronicza 17, Warsaw"): a short line of comma-separated
 * parts, one a street with its number (or a postcode), ending in a city the runtime knows (a country may follow). Where
 * the newsroom sits is where its clock is, whatever languages its menu offers. Null when the page prints none.
 */
export function addressZone(lines: string[]): HomeZone | null {
  for (const line of lines) {
    if (line.length > 140 || !line.includes(",")) continue;
    const parts = line.split(/\s*,\s*/).map((p) => p.replace(/^\d{2}-\d{3}\s+|\s+\d{2}-\d{3}$|^\d{4,6}\s+/u, "").trim());
    if (parts.length < 2 || !parts.slice(0, -1).some((p) => STREET.test(p)) && !STREET.test(line)) continue;
    for (const part of parts.slice(-2).reverse()) {
      const zone = /^\p{Lu}[\p{L} -]{2,30}$/u.test(part) ? cityZone(part) : null;
      if (zone) return { zone, item: part };
    }
  }
  return null;
}

const NAV_SPLIT = /\s*[|·•]\s*|\s{2,}/u;
const WORLD = /^(?:World|International|Foreign|Abroad)$/i;

/**
 * The zone a section menu implies: a national site lists its own country before the rest of the world ("Poland
 * World Business Sport"). A line of four to twelve short capitalised items, one of them "World", with a country
 * named before it; null when the head holds no such menu.
 */
export function navZone(lines: string[], headLines = 40): HomeZone | null {
  for (const line of lines.slice(0, headLines)) {
    if (line.length > 160 || !/\b(?:World|International|Foreign|Abroad)\b/i.test(line)) continue;
    let items = line.trim().split(NAV_SPLIT).filter((i) => i !== "");
    // a scrape that ran the items together: one word each, "&" joining two ("Life & Style")
    if (items.length < 4) items = line.trim().split(/\s+/).filter((i) => i !== "&");
    if (items.length < 4 || items.length > 12 || !items.every((i) => i.length <= 24 && /^\p{Lu}/u.test(i))) continue;
    const world = items.findIndex((i) => WORLD.test(i));
    for (const item of items.slice(0, Math.max(world, 0))) {
      const code = item === "UK" ? "GB" : item;
      const region = regionsByName().get(item.toLowerCase()) ?? (/^[A-Z]{2}$/.test(code) && REGIONS.of(code) ? code : undefined);
      const zone = region ? countryZone(region, lines) : sharedZone(item, lines);
      if (zone) return { zone, item };
    }
  }
  return null;
}

/**
 * The zone of the places a page's updates are filed from ("…BelgradeJanuary 31, 2023 21:10"): the UTC offset most of
 * the named cities keep (a regional desk files from several capitals), given by its first such city; null when none.
 */
export function filedZone(places: (string | undefined)[]): HomeZone | null {
  const cities = places.flatMap((place) => {
    const zone = place ? cityZone(place) : null;
    return zone ? [{ zone, item: place!, offset: winterOffset(zone) }] : [];
  });
  const count = (offset: string) => cities.filter((c) => c.offset === offset).length;
  const best = cities.reduce<(typeof cities)[number] | null>((top, c) => (top === null || count(c.offset) > count(top.offset) ? c : top), null);
  return best ? { zone: best.zone, item: best.item } : null;
}

/** A zone's offset from UTC in January (a fixed season, so two zones compare alike all year). */
function winterOffset(zone: string): string {
  return new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "longOffset" }).format(Date.UTC(2024, 0, 15));
}

/** The page's first line when it reads as a logo ("Focus Taiwan": one to three capitalised words), else null. */
function logoLine(lines: string[]): string | null {
  const first = lines.find((l) => l.trim() !== "")?.trim() ?? "";
  return /^\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,2}$/u.test(first) ? first : null;
}

/**
 * The zone a masthead's tagline implies ("NL Times" / "Netherlands news in English"): the line under the page's first,
 * when it is a short phrase (no figures, no sentence, some lower-case words: no menu), one set in capitals, or one
 * naming a nation in the possessive ("Bhutan’s National Newspaper").
 */
function taglineZone(lines: string[]): HomeZone | null {
  const [, tagline] = lines.slice(0, 6).filter((l) => l.trim() !== "");
  if (!tagline || tagline.split(/\s+/).length > 8 || /\d|[.!?:]$/.test(tagline)) return null;
  // a tagline set in capitals ("NATIONAL NEWS AGENCY OF X") reads as its words
  if (!/\p{Ll}/u.test(tagline) && /\s/.test(tagline)) return mastheadZone(fromCapitals(tagline));
  return /\s\p{Ll}|^\p{Lu}\p{Ll}+['’]s\s/u.test(tagline) ? mastheadZone(tagline) : null;
}

/** The city a masthead's date line opens with ("Kathmandu  Tuesday, April 1, 2025"): where the paper is printed. */
function datelineZone(lines: string[]): HomeZone | null {
  for (const line of lines.slice(0, 8)) {
    if (line.length > 60 || findDate(line) === null) continue;
    const city = new RegExp(`^(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)??)[\\s,|·–-]+(?=${WD_RE}|${MON_RE}|\\d)`, "u").exec(line)?.[1];
    const zone = city ? cityZone(city) : null;
    if (zone) return { zone, item: city! };
  }
  return null;
}

/** Runs of `longest` down to one capitalised words ("New York", "York"), longest first: the places a name may hold. */
function* namePhrases(words: string[], longest: number): Generator<string> {
  for (let size = longest; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(" ");
      if (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(phrase)) yield phrase;
    }
  }
}

/** The zone of the one-zone country a page's language names (`lang="ko-KR"`, `lang="pl"`), or null ("en", "en-US"). */
export function langZone(lang: string | null | undefined): string | null {
  try {
    const locale = new Intl.Locale(lang ?? "");
    const region = locale.region ?? (locale.language === "en" ? undefined : locale.maximize().region);
    const zones = region ? zonesOf(region) : [];
    return zones.length === 1 ? zones[0]! : null;
  } catch {
    return null; // no language tag
  }
}

const STATEMENT_RE = new RegExp(`\\b(?:[Aa]ll\\s)?[Tt]imes?\\b([^.\\n]{0,60})`, "g");
// Zones spelled out: "Eastern Time", "Central European Summer Time", "Greenwich Mean Time".
const SPELLED: Record<string, string> = {
  eastern: "America/New_York", central: "America/Chicago", mountain: "America/Denver", pacific: "America/Los_Angeles",
  "central european": "Europe/Paris", "eastern european": "Europe/Athens", "western european": "Europe/Lisbon",
  "greenwich mean": "UTC", "coordinated universal": "UTC", universal: "UTC", "british summer": "Europe/London",
  british: "Europe/London", "israel standard": "Asia/Jerusalem", "india standard": "Asia/Kolkata",
  "japan standard": "Asia/Tokyo", "korea standard": "Asia/Seoul",
};
const capitalised = (name: string) => name.replace(/(^| )(\w)/g, (_, a: string, b: string) => a + b.toUpperCase());
const SPELLED_RE = new RegExp(`^\\s*:?\\s*(?:(?:are|is|shown|given|stated|listed)\\s)?(?:(?:in|as)\\s)?(?:the\\s)?` +
  `(${Object.keys(SPELLED).sort((a, b) => b.length - a.length).map(capitalised).join("|")})(?: (?:Standard|Daylight|Summer))?(?: [Tt]ime)?\\b`);
const TOKEN_RE = new RegExp(`\\b(${ZONE_RE}|[A-Z]{2} time|[A-Z][a-z]{2,20} time)\\b`, "g");

/**
 * The zone a page states for its times ("All times EDT.", "All times stated are UK", "times are Kyiv time",
 * "All times are Estonian time (EEST)": a name no city gives, then the abbreviation beside it).
 */
export function statedZone(line: string): string | null {
  if (line.length > 400 || !/\btimes?\b/i.test(line)) return null;
  for (const statement of line.matchAll(STATEMENT_RE)) {
    for (const [, token] of statement[1]!.matchAll(TOKEN_RE)) {
      const zone = / time$/.test(token!) ? placeZone(token!.slice(0, -5)) : zoneOf(token);
      if (zone) return zone;
    }
    const spelled = SPELLED_RE.exec(statement[1]!);
    if (spelled) return SPELLED[spelled[1]!.toLowerCase()]!;
  }
  return null;
}

/**
 * UTC, when a date the page's JSON-LD writes in UTC shows the very clock time one of its stamps prints ("…T19:20:00Z"
 * over "7:20 p.m."): the page prints UTC. (A system writing UTC says nothing alone: the newsroom's clock may differ.)
 */
export function utcMatch(minutes: (number | null)[], clocks: number[] = []): { zone: string; from: string } | null {
  const hit = minutes.find((m) => m !== null && m !== 0 && clocks.includes(m));
  if (hit === undefined || hit === null) return null;
  const clock = `${String(Math.floor(hit / 60)).padStart(2, "0")}:${String(hit % 60).padStart(2, "0")}`;
  return { zone: "UTC", from: `its JSON-LD dates, written in UTC, which show its printed time ${clock}` };
}

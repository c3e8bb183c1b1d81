// The zone a page's home implies when it states none: its postal address, its language menu, a masthead, tagline
// or date line naming a place, its address under a country's domain, its publisher, its section menu.
import { printedLanguages } from "./date-words.ts";
import { findDate, MON_RE, WD_RE } from "./text-dates.ts";
import { isWeatherLine, WEATHER_READING } from "./text-furniture.ts";
import { isChrome } from "./text-lines.ts";
import { copyrightHolder, copyrightNames, fromCapitals, hasMenuWords } from "./text-site.ts";
import { cityZone } from "./text-zones.ts";
import { adjectiveRegion, countryZone, foldApostrophes, keepOneClock, langZone, namePhrases, natives, REGIONS, regionNamed, regionOf, sharedZone, winterOffset, zonesOf } from "./zone-countries.ts";
import { BEARING_WORDS, dominantZone, gazetteerZone, isSplitProvince, provinceZone, stateCodeZone, townByCountry, townInRegionZone, townInStateZone, townNamedWithRegion } from "./zone-gazetteer.ts";
import { menuZone } from "./zone-menu.ts";

/** The zone the page's language menu implies, and the menu item it came from; null when there is no such menu. */
export interface HomeZone {
  zone: string;
  item: string;
}

const VANITY_DOMAINS = new Set(["AI", "AM", "CC", "CO", "FM", "GG", "IO", "LY", "ME", "NU", "SO", "TO", "TV", "WS", "LA", "ST", "GD"]);

/**
 * The zone a site's own name implies when the page states none: a masthead naming a city whose zone the runtime
 * lists ("The Melbourne Ledger" → Australia/Melbourne). Names of one to three words are tried; polar stations are not.
 */
export function mastheadZone(name: string | null, lines: string[] = []): HomeZone | null {
  if (!name) return null;
  // "Bhutan’s National Newspaper": a place named in the possessive is the place
  name = name.replace(/(?<=\p{L})['’]s\b/gu, "");
  // "MaltaToday", "GhanaWeb": a place and a word run together in a logo
  name = name.replace(/(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu, " ");
  // A site named by its address under a country's domain ("Expats.cz"): that country's time.
  const domain = /\.([a-z]{2})$/i.exec(name)?.[1]?.toUpperCase();
  const domainZone = domain && !VANITY_DOMAINS.has(domain) && REGIONS.of(domain) ? countryZone(domain, lines) : null;
  if (domainZone) return { zone: domainZone, item: name };
  // "Wagga Wagga, NSW", "Boise, ID": a town and its state's postal code
  const stated = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), (\p{Lu}{2,3})$/u.exec(name.trim());
  // (a town too small for the gazetteer keeps its state's clock, where the state keeps one)
  const statedZone = stated ? townInStateZone(stated[1]!, stated[2]!) ?? stateCodeZone(stated[2]!) : null;
  if (statedZone) return { zone: statedZone, item: stated![0] };
  const words = name.replace(/[,;]/g, " ").split(/\s+/).filter((w) => w !== "");
  for (const city of namePhrases(words, 3)) {
    const zone = cityZone(city);
    if (zone && !/^(?:Antarctica|Etc|Arctic)\//.test(zone)) return { zone, item: city };
  }
  // A state or province named by its adjective in two words or more ("The West Australian" → Western Australia): its
  // own time, where its country keeps several.
  for (const phrase of namePhrases(words, 3)) {
    if (!phrase.includes(" ")) continue;
    const zone = provinceOf(phrase);
    if (zone) return { zone, item: phrase };
  }
  // (a town of two words before what the paper is goes first: "Prince George Citizen" names no Georgia)
  const twoWords = paperTown(words, lines, [2]);
  if (twoWords) return twoWords;
  // A country named in it ("Radio Example-Ukraine", "President of Russia"): the time its capital keeps. (Two named,
  // "Latest Russia-Ukraine Headlines", are a topic, not a home.)
  const pair = /(\p{Lu}\p{Ll}+)[-–](\p{Lu}\p{Ll}+)/u.exec(name);
  const twoCountries = pair !== null && regionNamed(pair[1]!) !== undefined && regionNamed(pair[2]!) !== undefined;
  for (const country of twoCountries ? [] : namePhrases(name.split(/[\s-]+/), 3)) {
    const region = regionNamed(country);
    const zone = region ? countryZone(region, []) : sharedZone(country, lines);
    if (zone) return { zone, item: country };
  }
  // A language named as the nation's adjective ("The Irish Times"): its country's zone, when the country has one.
  for (const word of words) {
    const code = /^\p{Lu}\p{Ll}{3,}$/u.test(word) && word !== "English" ? natives().get(foldApostrophes(word.toLowerCase())) : undefined;
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
  // A state's or province's adjective alone ("The Oklahoman", "Southeast Missourian", "The Tennessean", "The Oregonian"):
  // its own clock, where it keeps one (after the nations': "Georgian" is Tbilisi's)
  for (const word of words) {
    const zone = /^\p{Lu}\p{Ll}{4,}an$/u.test(word) ? stateOfAdjective(word) : null;
    if (zone) return { zone, item: word };
  }
  // A province or county named before what the paper is ("Taranaki Daily News", "Galway Advertiser"), when it keeps
  // one clock (after the countries: "Georgia Today" is Tbilisi's)
  for (let i = 0; i < words.length - 1; i++) {
    for (const size of [2, 1]) {
      const next = words[i + size];
      // ("Tribune-Herald": two such words in one)
      if (next === undefined || !next.split("-").every((part) => PAPER_WORDS.has(part)) || words.slice(i, i + size).some((w) => LANDFORMS.has(w))) continue;
      // (a province that is also a town of a country the page names: "Peterborough" in Ontario, not England; or a town
      // whose state the page names: "Portland" over "southern Maine", not Jamaica's parish)
      const place = words.slice(i, i + size).join(" ");
      // (a city of a million people or more beats a province of its name: "Washington Examiner" is the capital's)
      const zone = townByCountry(place, PAPER_TOWN, lines) ?? townNamedWithRegion(place, lines) ?? gazetteerZone(place, BIG_CITY) ??
        provinceZone(place, true);
      if (zone) return { zone, item: place };
    }
  }
  const town = paperTown(words, lines, [2, 1]);
  if (town) return town;
  // A city the runtime's zone list does not name ("The Astana Times"), as the gazetteer places it: one of 100,000
  // people or more, whose name the page never writes as a common word ("reading", "mobile"), in a name of capitalised
  // words (a masthead, not a headline or a tagline: "Leaders meet in Ankara")
  if (words.some((w) => /^\p{Ll}{3,}/u.test(w))) return null;
  for (const town of namePhrases(words, 3)) {
    const zone = gazetteerZone(town, MASTHEAD_TOWN, lines);
    if (zone && !lines.some((line) => line.includes(town.toLowerCase()))) return { zone, item: town };
  }
  return null;
}

/**
 * A town named before what the paper is ("Shepparton News", "Kamloops This Week"), as the gazetteer places it: the paper
 * words make the name a place, so a smaller town counts than in a name alone (not a company's: "Midland News
 * Association"). Names of `sizes` words are tried.
 */
function paperTown(words: string[], lines: string[], sizes: number[]): HomeZone | null {
  for (let i = 0; i < words.length - 1; i++) {
    for (const size of sizes) {
      const rest = words.slice(i + size);
      // ("Herald-Republic": two such words in one)
      const paper = (w: string) => w.split("-").every((part) => PAPER_WORDS.has(part));
      if (rest.length === 0 || !(rest.every(paper) || rest.join(" ") === "This Week")) continue;
      const town = words.slice(i, i + size).join(" ");
      if (!/^\p{Lu}/u.test(town) || words.slice(i, i + size).some((w) => PAPER_WORDS.has(w))) continue;
      // (a state split between clocks names no town: "Northwest Florida Daily News" is not Florida, Uruguay's)
      if (isSplitProvince(town)) continue;
      // (a smaller town where the page names its region or country too: "Greymouth Star" over "West Coast news")
      const zone = gazetteerZone(town, PAPER_TOWN, lines) ?? townNamedWithRegion(town, lines);
      if (zone && !lines.some((line) => line.includes(town.toLowerCase()))) return { zone, item: town };
    }
  }
  return null;
}

const MASTHEAD_TOWN = 100_000;
const PAPER_TOWN = 25_000;
/** A city this big beats a province of the same name before a paper word. */
const BIG_CITY = 1_000_000;
/** A town first in the list of places a paper's tagline says it serves counts from this size. */
const SERVED_TOWN = 20_000;

/** Words of a landform that a province somewhere is named by ("Bay", "Gulf", "Coast"): in a masthead, a landform. */
const LANDFORMS = new Set(["Bay", "Gulf", "Coast", "Coastal", "Lake", "Lakes", "Highland", "Highlands", "Border", "Borders", "Valley",
  "Island", "Islands", "River", "Delta", "Sea", "Mountain", "Hills", "Plains", "Capital", "Central", "Upper", "Lower"]);

/** What a paper calls itself after the place it serves ("… Daily News", "… Advertiser"). */
const PAPER_WORDS = new Set(["Daily", "News", "Times", "Herald", "Post", "Star", "Bulletin", "Gazette", "Chronicle", "Tribune",
  "Courier", "Mercury", "Advertiser", "Examiner", "Observer", "Journal", "Telegraph", "Express", "Record", "Standard", "Mail",
  "Echo", "Press", "Guardian", "Argus", "Sentinel", "Leader", "Review", "Despatch", "Dispatch", "Weekly", "Evening", "Morning",
  "Advocate", "Democrat", "Register", "Enquirer", "Ledger", "Citizen", "Beacon", "Reporter", "Independent", "Free", "Republic", "Republican",
  "Agency"]);

/** The zone of a state or province its one-word adjective names ("Oklahoman", "Missourian", "Texan"), or null. */
function stateOfAdjective(word: string): string | null {
  const forms = [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3), `${word.slice(0, -2)}e`, `${word.slice(0, -2)}as`];
  for (const form of forms) {
    const zone = form.length >= 4 ? provinceZone(form) : null;
    if (zone) return zone;
  }
  return null;
}

/** The zone of a province named by its adjective ("West Australian", "South Australian"), or null. */
function provinceOf(phrase: string): string | null {
  // (only by its adjective: a name such as "Red Sea" is a state somewhere, and a sea or a brand everywhere)
  const noun = phrase.replace(/(?<=\p{Ll}a)n$/u, "");
  if (noun === phrase) return null;
  const forms = [noun, noun.replace(/^(West|East|North|South)\s/, "$1ern ")];
  for (const form of new Set(forms)) {
    const zone = provinceZone(form);
    if (zone) return zone;
  }
  return null;
}

/**
 * Where a text page that states no zone has its home, and what a warning says it is read from: its postal address,
 * else its language menu, else the place its masthead or tagline names, else what its footer names (see footerHome),
 * else its section menu.
 */
/**
 * True when a line of the page's head written in words (some in small letters: no menu line) names `place`, as a
 * title does ("Ukraine-Russia war latest: …" names Ukraine).
 */
export function titleNames(lines: string[], place: string): boolean {
  const named = new RegExp(`(?<!\\p{L})${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "iu");
  return lines.slice(0, 15).some((l) => (l.match(/(?:^|\s)\p{Ll}/gu) ?? []).length >= 2 && named.test(l));
}

/** A home a language menu names, with what a warning says it is read from. */
export function fromLanguageMenu(menu: HomeZone | null): (HomeZone & { from: string }) | null {
  return menu ? { ...menu, from: `its language menu (${menu.item})` } : null;
}

/**
 * A home a section menu names before "World", with what a warning says it is read from; `weak`: a menu's country may
 * be a section of the news (a UK paper's "Ukraine  World"), so the style of the page's stamps outranks it.
 */
export function fromSectionMenu(nav: HomeZone | null): (HomeZone & { from: string; weak: true }) | null {
  return nav ? { ...nav, from: `its section menu (${nav.item}, then World)`, weak: true } : null;
}

export function textPageHome(lines: string[], site: string | null): (HomeZone & { from: string }) | null {
  const address = addressZone(lines);
  if (address) return { ...address, from: `its postal address (${address.item})` };
  const menu = fromLanguageMenu(menuZone(lines));
  if (menu) return menu;
  // (the town a masthead's weather box is for names the paper's home more surely than a name: "Montana Standard")
  const named = weatherPlaceZone(lines) ?? mastheadZone(site, lines) ??
    logoLines(lines).map((logo) => mastheadZone(logo, lines)).find((z) => z !== null) ?? taglineZone(lines) ?? datelineZone(lines) ??
    titleTaglineZone(lines);
  if (named) return { ...named, from: `the place its name carries (${named.item})` };
  const written = bylinePlaceZone(lines);
  if (written) return { ...written, from: `the place its byline gives (${written.item})` };
  const domained = domainTownZone(lines, [site, ...logoLines(lines)]);
  if (domained) return { ...domained, from: `the town its name carries in the country of its address (${domained.item})` };
  const footer = footerHome(lines.slice(-40), lines);
  if (footer) return footer;
  const nav = fromSectionMenu(navZone(lines));
  if (nav) return nav;
  const quoted = tickerCurrencyZone(lines.slice(0, 20), lines);
  if (quoted) return { ...quoted, from: `the home currency its market ticker quotes (${quoted.item})` };
  const spoken = dateLanguageZone(lines);
  return spoken ? { ...spoken, from: `the language its head prints its dates in (${spoken.item})` } : null;
}

/** Currency signs of one country each, by its code: "₦" is Nigeria's naira, "₴" Ukraine's hryvnia. */
const CURRENCY_SIGNS: Record<string, string> = {
  "₦": "NG", "₴": "UA", "₹": "IN", "₱": "PH", "₩": "KR", "₺": "TR", "₸": "KZ", "₾": "GE", "₼": "AZ", "₪": "IL", "৳": "BD",
  "₫": "VN", "฿": "TH", "₵": "GH",
};
const QUOTED_SIGN = new RegExp(`(?:\\$|€|£|USD|EUR)\\s?/\\s?(${Object.keys(CURRENCY_SIGNS).join("|")})|(${Object.keys(CURRENCY_SIGNS).join("|")})\\s?/\\s?(?:\\$|€|£|USD|EUR)`, "u");

/**
 * The country whose currency a head's market ticker quotes against the dollar or euro ("$/₦ 1,512.40", "₴/€ 48.2"):
 * a ticker quotes its home market's rate. Only signs of one country each.
 */
function tickerCurrencyZone(head: string[], lines: string[]): HomeZone | null {
  for (const line of head) {
    const m = line.length <= 200 ? QUOTED_SIGN.exec(line) : null;
    const sign = m ? (m[1] ?? m[2])! : null;
    const zone = sign ? countryZone(CURRENCY_SIGNS[sign]!, lines) : null;
    if (zone) return { zone, item: m![0] };
  }
  return null;
}

/**
 * The home of the language a page's head prints its dates in ("Publisert 4. jun. 2024 kl. 07.00": Norwegian, Oslo),
 * when every language its date words may be keeps one clock (Swedish, Norwegian and Danish "juni" alike); else null.
 */
function dateLanguageZone(lines: string[]): HomeZone | null {
  const languages = printedLanguages(lines);
  // (a language's country whose clock nearly all its people keep: Ukrainian, Kyiv's, though Crimea keeps Moscow's)
  const zones = languages.map((l) => langZone(l) ?? dominantZone(new Intl.Locale(l).maximize().region ?? ""));
  if (zones.length === 0 || zones.some((z) => z === null) || !keepOneClock(zones as string[])) return null;
  return { zone: zones[0]!, item: languages.map((l) => new Intl.DisplayNames("en", { type: "language" }).of(l) ?? l).join(", ") };
}

/**
 * The home a page's footer names: the country of the domain its copyright line prints ("© 2024 example.co.kr"), else
 * the place its publisher's name carries ("… is published by Example Media Kosovo", "© Korean Broadcasting System").
 */
export function footerHome(footer: string[], lines: string[]): (HomeZone & { from: string }) | null {
  const holders = footer.map(copyrightHolder);
  const domain = holders.find((h) => h !== null && /\.[a-z]{2}$/i.test(h)) ?? null;
  const addressed = addressHome(domain, lines);
  if (addressed) return addressed;
  const seat = footer.map(publisherSeat).find((z) => z !== null);
  if (seat) return { ...seat, from: `the town its publisher gives (${seat.item})` };
  const served = footer.map(servedNews).find((z) => z !== null);
  if (served) return { ...served, from: `the place whose news its footer offers (${served.item})` };
  const group = footer.map(publisherGroup).find((z) => z !== null);
  if (group) return { ...group, from: `the country of the group or regulator its footer names (${group.item})` };
  const publisher = footer.map((line, i) => publishedBy(line) ?? holders[i]).find((p) => p !== null) ?? null;
  // the names a copyright line gives besides its holder ("© 2022 Example.net | Philippine Daily Example", "© EXAMPLE
  // 2024. Indonesian News Agency."): the publisher's full name
  const named = [publisher, ...footer.flatMap(copyrightNames)].filter((p): p is string => p !== null);
  const published = named.map((name) => mastheadZone(name, lines)).find((z) => z !== null) ?? null;
  return published ? { ...published, from: `the place its publisher's name carries (${published.item})` } : null;
}

// "Stay up to date with the latest news from Mpumalanga", "Get the latest Bathurst news delivered to your inbox"
const SERVED_NEWS_RE = /\b(?:(?:latest|local) news|(?:biggest|top|latest) (?:stories|headlines)) (?:from|in|for|across|around) (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})|\b(?:the )?latest (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) news\b/u;

/**
 * Newspaper groups and press regulators of one country each, which a local paper's footer names ("Reach plc", "adhere
 * to the Independent Press Standards Organisation's Editors' Code"): data about the trade, by the country's code. Only
 * countries that keep one clock: a group publishing across several zones says nothing of its paper's.
 */
const PUBLISHER_GROUPS: Record<string, string[]> = {
  GB: ["Reach plc", "Newsquest", "National World", "JPIMedia", "Tindle Newspapers", "Iliffe Media", "Archant", "DC Thomson",
    "Independent Press Standards Organisation", "IPSO"],
  IE: ["Mediahuis Ireland", "Iconic Media", "Celtic Media Group", "Press Council of Ireland"],
  ZA: ["Arena Holdings", "Caxton and CTP", "Media24"],
  NZ: ["NZME"],
};
const GROUP_RE = new RegExp(`(?<![\\p{L}])(${Object.values(PUBLISHER_GROUPS).flat().join("|")})(?![\\p{L}])`, "u");

/** The country of a newspaper group or press regulator a footer line names: its zone, or null. */
function publisherGroup(line: string): HomeZone | null {
  const name = GROUP_RE.exec(line)?.[1];
  const region = name ? Object.keys(PUBLISHER_GROUPS).find((code) => PUBLISHER_GROUPS[code]!.includes(name)) : undefined;
  const zone = region ? countryZone(region, []) : null;
  return zone ? { zone, item: name! } : null;
}

/** The place a footer line offers the news of ("… the latest news from Mpumalanga"): its zone, or null. */
function servedNews(line: string): HomeZone | null {
  const m = line.length <= 160 ? SERVED_NEWS_RE.exec(line) : null;
  const place = m ? (m[1] ?? m[2])! : null;
  if (!place) return null;
  const region = regionNamed(place);
  const zone = provinceZone(place) ?? (region ? countryZone(region, []) : null) ?? gazetteerZone(place, SERVED_TOWN);
  return zone ? { zone, item: place } : null;
}

const PUBLISHER_RE = /^\p{Lu}.{1,60}?\b(?:Group|Media|Newspapers?|Limited|Ltd\.?|Publishing|Publications|Press|Holdings)\s*,\s*(?:[^,]{2,40},\s*)*(\p{Lu}[\p{L} -]{2,30})$/u;

/** The town a footer's publisher line closes with ("Example & Times Group, Glasgow · Contact"): its zone, or null. */
function publisherSeat(line: string): HomeZone | null {
  const town = PUBLISHER_RE.exec(line.split(/\s+[|·•]\s+/)[0]!.trim())?.[1]?.trim();
  const zone = town ? cityZone(town) ?? gazetteerZone(town, MASTHEAD_TOWN) : null;
  return zone ? { zone, item: town! } : null;
}

/** The home of a site's address under a country's domain ("www.example.ir", "example.co.kr"), or null. */
export function addressHome(address: string | null | undefined, lines: string[]): (HomeZone & { from: string }) | null {
  const found = address ? mastheadZone(address, lines) : null;
  return found ? { ...found, from: `the country of its address (${found.item})` } : null;
}

/**
 * The publisher a footer line names after "published by" ("X is published by Y.", "Published by Y"), or null; a news
 * sentence's "figures published by Ukraine's air force" names no publisher of the page.
 */
function publishedBy(line: string): string | null {
  return /(?:^|\b(?:is|are)\s)published by (\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,4})/iu.exec(line)?.[1] ?? null;
}

// "ul. Woronicza 17", "12 Harbour Road", "Khreshchatyk St 22", "00-999": a street with its number, or a postcode.
const STREET = /\b(?:ul|str|st|ave|rd|vul|pr|blvd|street|avenue|road|lane|square|ulica|ulitsa|vulytsia|prospekt|prospect|strasse|straße|iela|g\.?)\b\.?\s?\p{L}*[\p{L}.-]*\s\d{1,4}[a-z]?\b|\b\d{1,4}[a-z]?,?\s(?:[NSEW]\.?\s)?\p{Lu}[\p{L}-]+\s(?:Street|Avenue|Road|Lane|Square|Drive|Boulevard|Way|Place|St|Ave|Rd|Dr|Blvd)\b|\b\d{2}-\d{3}\b|\b\d{5}\b/u;

// "…St. Keene, NH", "…, Wagga Wagga, NSW 2650": the town (after the street or a comma) and its state's code, at the end
const STATE_ADDRESS = /(?:\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Drive|Dr|Lane|Way)\.?\s+|,\s*)(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}),\s(\p{Lu}{2,3})(?:\s+\d{4,5}(?:-\d{4})?)?\.?$/u;

/**
 * The zone of a publisher's postal address ("Belsat TV, ul. Woronicza 17, Warsaw"): a short line of comma-separated
 * parts, one a street with its number (or a postcode), ending in a city the runtime knows (a country may follow). Where
 * the newsroom sits is where its clock is, whatever languages its menu offers. Null when the page prints none.
 */
export function addressZone(lines: string[]): HomeZone | null {
  for (const line of lines) {
    if (line.length > 200 || !line.includes(",")) continue;
    // "60 West St. Keene, NH", "12 Main Street, Wagga Wagga, NSW 2650": a street closed by its town and state's code
    // (or the street and "Town, ST" in parts of their own: "503 N. Canal St. · Natchez, MS")
    const segments = line.split(/\s+[|·•]\s+/);
    const stated = segments.map((part, i) => (STREET.test(part) ? STATE_ADDRESS.exec(part.trim()) : i > 0 && STREET.test(segments[i - 1]!) ?
      STATE_ADDRESS.exec(`, ${part.trim()}`) : null)).find((m) => m);
    const statedZone = stated ? townInStateZone(stated[1]!, stated[2]!) ?? stateCodeZone(stated[2]!) : null;
    if (statedZone) return { zone: statedZone, item: `${stated![1]}, ${stated![2]}` };
    if (line.length > 140) continue;
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
const SMALL_WORD_RE = /^(?:a|an|the|in|of|on|at|to|for|from|by|with|over|after|as|and|or)$/;
const REGION_SECTION_RE = /^(?:Africa|Europe|Asia|Americas?|Oceania|Pacific|Balkans?|Baltics?|Caucasus|Nordics?|Gulf|Middle East)$/;

/** A country's section named by its usual abbreviation: "UK", "UAE", "KSA". */
const NAV_CODES: Record<string, string> = { UK: "GB", UAE: "AE", KSA: "SA", USA: "US" };
// (the codes menus print as countries' sections; any other pair of capitals is a word's, "TV" no Tuvalu)
const SECTION_CODES = new Set(["GB", "AE", "SA", "US", "NZ"]);

/**
 * The zone a section menu implies: a national site lists its own country before the rest of the world ("Poland
 * World Business Sport"), a metro paper its home state among its sections ("Local  Minnesota  Business  Sports"). A
 * line of four to sixteen short capitalised items, or a column of them one to a line: a country, town or province
 * named before "World"; else (when no menu names one) the one state or province keeping one clock that a menu line
 * names anywhere, one item of it allowed a small letter ("e-Edition"); null when the head holds no such menu.
 * `prose`: the lines are a text page's, where a title-case headline over its paragraph can read as a menu.
 */
export function navZone(lines: string[], headLines = 40, prose = true): HomeZone | null {
  const head = lines.slice(0, headLines);
  for (const items of [...head.map((line) => menuItems(line, 1)), ...menuColumns(head)]) {
    const world = items?.findIndex((i) => WORLD.test(i)) ?? -1;
    if (world < 0) continue;
    // (a scrape that ran the items together splits "New Zealand" in two: pairs of words are tried first)
    // (a continent's or a region's section is no home: "Africa  World", "Balkan  World")
    // ("South Africa" run together is a pair of words whose second is a continent's)
    const capitalised = items!.slice(0, world).filter((i) => /^\p{Lu}/u.test(i));
    const before = capitalised.filter((i) => !REGION_SECTION_RE.test(i));
    const pairs = capitalised.slice(1).map((item, k) => `${capitalised[k]} ${item}`).filter((pair) => regionNamed(pair) !== undefined);
    for (const item of [...pairs, ...(pairs.length > 0 ? [] : before)]) {
      const code = NAV_CODES[item] ?? item;
      const region = regionNamed(item) ?? (SECTION_CODES.has(code) ? code : undefined);
      // a country's section, else a home town's or province's ("Dunedin", "Regions", "World"; "Sarawak  Sabah  World"),
      // as the gazetteer places it (a menu before "World" names the home's places; a masthead's words may be a town's
      // name by chance: "Delta")
      const zone = region ? countryZone(region, lines) : sharedZone(item, lines) ?? gazetteerZone(item) ?? provinceZone(item);
      if (zone) return { zone, item };
    }
  }
  // (a headline in title case is no menu: "Moldova Expels Diplomat Over Recruitment in Transnistria" keeps its small
  // words, or a paragraph of text follows it; a region's name, "Balkan", is no state's)
  const overText = (k: number) => {
    const next = head.slice(k + 1, k + 4).find((l) => l.trim() !== "") ?? "";
    return prose && /[.!?]["”’]?$/u.test(next) && next.split(/\s+/).length >= 8;
  };
  for (const items of head.map((line, k) => (overText(k) ? null : menuItems(line, 1))).filter((items) => !items?.some((i) => SMALL_WORD_RE.test(i)))) {
    const states = (items ?? []).flatMap((item) => {
      const zone = REGION_SECTION_RE.test(item) ? null : provinceZone(item, true);
      return zone ? [{ zone, item }] : [];
    });
    // one state among the sections (two would be a regional menu: "Victoria  Queensland  Tasmania")
    if (states.length === 1) return states[0]!;
  }
  return null;
}

/**
 * The section menus a scrape set out one item to a line ("News / Ireland / World / Business"): runs of four to sixteen
 * lines of one to three capitalised words each, no stamp, figure or sentence among them.
 */
function menuColumns(head: string[]): string[][] {
  const columns: string[][] = [];
  let run: string[] = [];
  for (const line of [...head, ""]) {
    const item = line.trim();
    if (/^\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,2}$/u.test(item) && item.length <= 24) {
      run.push(item);
      continue;
    }
    if (run.length >= 4 && run.length <= 16) columns.push(run);
    run = [];
  }
  return columns;
}

/** The items of a line that reads as a section menu (all capitalised but `small` of them), or null. */
function menuItems(line: string, small: number): string[] | null {
  // (a card's meta row, "Jane Doe | Chisinau | BIRN | February 7, 2030 13:20", names where it was filed: its clock says so)
  if (line.length > 160 || /\d:\d\d/.test(line)) return null;
  let items = line.trim().split(NAV_SPLIT).filter((i) => i !== "");
  // a scrape that ran the items together: one word each, "&" joining two ("Life & Style")
  // (not a list set out with commas: "Russia-Ukraine war, Vladimir Putin, Jane Doe" names a page's topics, people among them)
  if (items.length < 4) items = line.split(", ").length > 2 ? [] : line.trim().split(/\s+/).filter((i) => i !== "&");
  // a menu's items are words ("Agence France-Presse . Kyiv" is a credit and its dateline)
  if (items.length < 4 || items.length > 16 || items.some((i) => i.length > 24 || !/\p{L}/u.test(i))) return null;
  return items.filter((i) => !/^\p{Lu}/u.test(i)).length <= small && /^\p{Lu}/u.test(items[0]!) ? items : null;
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

// (a French particle opens a word of a town's name: "Coeur d'Alene Press")
const LOGO_RE = /^\p{Lu}[\p{L}'’&-]*(?: (?:[dl]['’])?\p{Lu}[\p{L}'’&-]*){0,2}$/u;
const LOGO4_RE = /^\p{Lu}[\p{L}'’&-]*(?: (?:[dl]['’])?\p{Lu}[\p{L}'’&-]*){3}$/u;

/**
 * The page's first line when it reads as a logo ("Focus Taiwan": one to three capitalised words), or its parts that do
 * when a tagline runs beside it ("Exit - Explaining Albania", "Example :: News from Belarus - Minsk"); else none.
 */
/** A paper's masthead: capitalised words closed by what the paper is ("The Chronicle", "Northern Daily Leader"). */
function isPaperName(line: string): boolean {
  return LOGO_RE.test(line) && PAPER_WORDS.has(line.split(" ").at(-1)!);
}

function logoLines(lines: string[]): string[] {
  // (a skip link above the logo is no line of it)
  const first = lines.find((l) => l.trim() !== "" && !isChrome(l))?.trim() ?? "";
  // (four words when the last says what the paper is: "Chattanooga Times Free Press")
  if (LOGO_RE.test(first) || (LOGO4_RE.test(first) && PAPER_WORDS.has(first.split(" ").at(-1)!))) return [first];
  return first.length <= 120 ? first.split(/\s(?:[-–|·•]|::)\s/).slice(1).map((part) => part.trim()).filter((part) => LOGO_RE.test(part)) : [];
}

/** The home an HTML page's masthead names on its own lines (the town of its weather box, its tagline), or null. */
export function mastheadLinesHome(lines: string[]): (HomeZone & { from: string }) | null {
  const named = weatherPlaceZone(lines) ?? taglineZone(lines);
  return named ? { ...named, from: `the place its masthead names (${named.item})` } : null;
}

/**
 * The zone a masthead's tagline implies ("NL Times" / "Netherlands news in English"): the line under the page's first,
 * when it is a short phrase (no figures, no sentence, some lower-case words: no menu), one set in capitals, or one
 * naming a nation in the possessive ("Bhutan’s National Newspaper", "Papua New Guinea's Leading Newspaper").
 */
function taglineZone(lines: string[]): HomeZone | null {
  // (a skip link above the masthead is no line of it, nor is a .com address printed over it)
  const top = lines.findIndex((l) => l.trim() !== "" && !isChrome(l) && !/^(?:www\.)?[a-z0-9-]+\.(?:com|net|org)$/i.test(l.trim()));
  // (the year it was founded says nothing of where: "Serving Southwest Louisiana since 1895")
  const tagline = lines.slice(Math.max(top, 0), 6).filter((l) => l.trim() !== "")[1]
    ?.replace(/,?\s+(?:since|est\.|established|founded)(?:\s+in)?\s+\d{4}$/i, "");
  if (!tagline) return null;
  // (a breadcrumb trail under the masthead, "World  /  Europe  /  War in Ukraine", names sections, not a home)
  if (/\S\s+[/>›»]\s+\S/u.test(tagline)) return null;
  // "Orangeburg, S.C.": a town and its state in the news agencies' style, read as the postal code ("Orangeburg, SC")
  const ap = /^(\p{Lu}[\p{L}'’ -]{1,40}), ((?:\p{Lu}\.){2}|\p{Lu}[\p{Ll}.]{1,5}(?: ?\p{Lu}[\p{Ll}.]{1,3})?)$/u.exec(tagline.trim());
  const code = ap ? AP_STATES[ap[2]!.replace(/\s/g, "")] : undefined;
  if (code) return mastheadZone(`${ap![1]}, ${code}`);
  if (tagline.split(/\s+/).length > 8 || /\d|[.!?:]$/.test(tagline)) return null;
  // a town and its state's postal code ("Wagga Wagga, NSW"), or a paper's own name under its group's ("Manawatū Standard")
  if (/^[\p{L}'’. -]+, \p{Lu}{2,3}$/u.test(tagline.trim())) return mastheadZone(tagline);
  // the town whose news the paper prints, under its name ("MOST" / "Dnipro news")
  const newsOf = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) news$/iu.exec(tagline.trim())?.[1];
  const newsTown = newsOf ? gazetteerZone(newsOf, SERVED_TOWN, lines) : null;
  if (newsTown) return { zone: newsTown, item: newsOf! };
  const words = tagline.trim().split(/\s+/);
  if (words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && PAPER_WORDS.has(words.at(-1)!)) return mastheadZone(tagline, lines);
  // the town a paper serves under its name ("The Chronicle" / "Toowoomba", "The Examiner" / "Launceston, Tasmania")
  const served = isPaperName(lines[top]?.trim() ?? "") ? /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})(?:, (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}))?$/u.exec(tagline.trim()) : null;
  // (a town too small for the gazetteer, in a state that keeps one clock: "Carroll, Iowa")
  const town = served ? (served[2] ? townInRegionZone(served[1]!, served[2]) ?? provinceZone(served[2]) : gazetteerZone(served[1]!, PAPER_TOWN, lines)) : null;
  if (town) return { zone: town, item: tagline.trim() };
  // the places a paper serves, listed under its name ("Port Augusta, Quorn, Hawker and the Flinders", "Mount Gambier |
  // Limestone Coast"): the first that is a town the page names the country of, or a town of some size
  const places = tagline.trim().split(/\s*(?:[|·•,]|\band\b)\s*/).filter((p) => p !== "");
  if (places.length >= 2 && places.every((p) => /^(?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(p))) {
    for (const place of places) {
      const zone = townNamedWithRegion(place, lines) ?? gazetteerZone(place, SERVED_TOWN, lines);
      if (zone) return { zone, item: place };
    }
  }
  // a menu row under the masthead ("News  Sport  What's on  Business  Opinion  Ukraine") is no tagline: its places are
  // sections
  if (hasMenuWords(tagline)) return null;
  // a tagline set in capitals ("NATIONAL NEWS AGENCY OF X") reads as its words
  if (!/\p{Ll}/u.test(tagline) && /\s/.test(tagline)) return mastheadZone(fromCapitals(tagline));
  const region = servedRegionZone(tagline);
  if (region) return region;
  if (/\s\p{Ll}|\p{Ll}['’]s\s/u.test(tagline)) return mastheadZone(tagline);
  return keywordListZone(tagline);
}

/** The US states as the news agencies abbreviate them in datelines and taglines ("S.C.", "Ga.", "Calif."). */
const AP_STATES: Record<string, string> = {
  "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE", "Fla.": "FL",
  "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI",
  "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
  "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI",
  "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
};

/** The bearings a tagline names a part of its state by: the gazetteer's, and the compass's in-between ones. */
const TAGLINE_BEARINGS = new Set([...BEARING_WORDS, "northeast", "northwest", "southeast", "southwest", "north-east",
  "north-west", "south-east", "south-west", "coastal", "rural"]);

/** A region's name without the bearing that names a part of it ("Southwest Louisiana" → "Louisiana"). */
function withoutBearing(name: string): string {
  const [first, ...rest] = name.split(" ");
  return rest.length > 0 && /^\p{Lu}\p{Ll}/u.test(first!) && TAGLINE_BEARINGS.has(first!.toLowerCase()) ? rest.join(" ") : name;
}

/**
 * The state or province a tagline says the paper serves, maybe by one of its parts ("Serving Southwest Louisiana",
 * "The voice of Central Iowa"), where it keeps one clock; else null.
 */
function servedRegionZone(tagline: string): HomeZone | null {
  const served = /^(?:(?:proudly )?serving|covering|the voice of|the newspaper of|news (?:for|of|from))\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$/iu.exec(tagline.trim());
  if (!served) return null;
  const zone = provinceZone(withoutBearing(served[1]!));
  return zone ? { zone, item: served[1]! } : null;
}

/** A list of what the site is, for search engines ("News, Latest News, Example News"): each item read as a name. */
function keywordListZone(text: string): HomeZone | null {
  const items = text.split(/\s*,\s*/);
  if (items.length < 3 || items.some((item) => item.split(" ").length > 3)) return null;
  return items.map((item) => mastheadZone(item)).find((z) => z !== null) ?? null;
}

/**
 * The town a US paper's weather box or address names with its state's code ("Madison, WI (53703)", "Butte, MT" over
 * "64°", "Durango, CO  81° Mostly sunny", "1275 Main Ave.  ·  Durango, CO 81301"): where the paper is.
 */
export function weatherPlaceZone(lines: string[]): HomeZone | null {
  // (the head's thirty lines and the footer's thirty, each line once however short the page)
  const head = Array.from({ length: Math.min(30, lines.length) }, (_, i) => i);
  const foot = Array.from({ length: Math.max(0, Math.min(30, lines.length - 30)) }, (_, k) => lines.length - 1 - k).reverse();
  for (const i of [...head, ...foot]) {
    const place = /(?:^|[·|]\s*)(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), (\p{Lu}{2})(?:\s+\(?(\d{5})\)?|\s+(-?\d{1,3}\s?°.*))?$/u.exec(lines[i]!.trim());
    if (!place || !(place[3] || place[4] || lines.slice(i + 1, i + 6).some(isWeatherLine))) continue;
    // (a town too small for the gazetteer keeps its state's clock, where the state keeps one: "Carroll, IA")
    const zone = townInStateZone(place[1]!, place[2]!) ?? stateCodeZone(place[2]!);
    if (zone) return { zone, item: `${place[1]}, ${place[2]}` };
  }
  // a weather chip naming its town alone ("Cedar Rapids 31°"): a town of some size, in the head only
  // (or with the clock the page was drawn at: "Bishkek · 8 December, 21:40 · −6°C", "Бишкек · 21:40 · −6°C")
  for (const i of head) {
    const town = isWeatherLine(lines[i]!) ? /^(\p{Lu}[\p{L}'’ -]{1,30}?) · /u.exec(lines[i]!.trim())?.[1] : undefined;
    const zone = town ? cityZone(town) ?? gazetteerZone(town, undefined, lines) : null;
    if (zone) return { zone, item: town! };
  }
  for (const i of head) {
    // (and the sky after it: "Cedar Rapids 31° Mostly sunny", "Raleigh  58°  Mostly Cloudy")
    const chip = WEATHER_CHIP.exec(lines[i]!.trim());
    const zone = chip ? gazetteerZone(chip[1]!, undefined, lines) : null;
    if (zone) return { zone, item: chip![1]! };
  }
  return null;
}

// "Cedar Rapids 31°", "Raleigh  58°  Mostly Cloudy": a town and its weather reading
const WEATHER_CHIP = new RegExp(`^(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2})\\s+${WEATHER_READING}$`, "u");

const DOMAIN_RE = /^(?:www\.)?[a-z0-9-]+\.(?:(?:com|co|net|org)\.)?([a-z]{2})$/i;

/**
 * A town of any size the site's name carries, in the country its web address is under ("Orillia Today" over
 * "orilliatoday.ca": Orillia, Canada); null when the head prints no such address or the name no such town.
 */
function domainTownZone(lines: string[], names: (string | null)[]): HomeZone | null {
  const at = lines.slice(0, 10).findIndex((l) => DOMAIN_RE.test(l.trim()));
  const code = at >= 0 ? DOMAIN_RE.exec(lines[at]!.trim())![1]!.toUpperCase() : undefined;
  const country = code && !VANITY_DOMAINS.has(code) ? REGIONS.of(code) : undefined;
  if (!country || country === code) return null;
  // (the masthead beside the address: the lines right under it)
  names = [...names, ...lines.slice(at + 1, at + 4).filter((l) => l.trim() !== "" && l.trim().split(/\s+/).length <= 4)];
  for (const name of names) {
    for (const phrase of name ? namePhrases(name.split(/\s+/), 3) : []) {
      const zone = /^\p{Lu}/u.test(phrase) ? townInRegionZone(phrase, country) : null;
      if (zone) return { zone, item: phrase };
    }
  }
  return null;
}

/**
 * The place a browser title's tagline names after the site ("World | The Example Gazette:Bermuda News, Business,
 * Sports"): its items read as names, as a tagline's are.
 */
function titleTaglineZone(lines: string[]): HomeZone | null {
  const first = lines.find((l) => l.trim() !== "")?.trim() ?? "";
  const tagline = /^[^:]{3,80}:\s?(\S.{5,160})$/.exec(first)?.[1];
  return tagline ? keywordListZone(tagline) : null;
}

/** The city a head byline gives after the reporter ("By Jane Doe · Kyiv"): where the page is written. */
function bylinePlaceZone(lines: string[]): HomeZone | null {
  for (const line of lines.slice(0, 40)) {
    const place = /^By\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\s[·|]\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)$/u.exec(line.trim())?.[1];
    const zone = place ? cityZone(place) ?? gazetteerZone(place) : null;
    if (zone) return { zone, item: place! };
  }
  return null;
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

/**
 * The city a bulletin's items all open their text with, dated in full ("Brussels, 08/11/2027 (Agence Europe) - …",
 * "Brussels, 8 November 2027 - …"): two items or more, one city, the time the bulletin keeps; else null.
 */
export function bulletinDatelineZone(paragraphs: string[]): HomeZone | null {
  const cities = paragraphs.map((p) => BULLETIN_DATELINE.exec(p)).filter((m) => m !== null && findDate(m[2]!)?.date.year != null).map((m) => m![1]!);
  if (cities.length < 2 || cities.some((c) => c !== cities[0])) return null;
  const zone = cityZone(cities[0]!);
  return zone ? { zone, item: cities[0]! } : null;
}
const BULLETIN_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?), (\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2}, \d{4})\b/u;


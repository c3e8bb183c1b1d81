// The countries of the world as the runtime knows them (Intl locale data): their languages, names, adjectives and
// zones, and the one time each keeps at home.
import { cityZone } from "./text-zones.ts";
import { isZone } from "../day.ts";

let nativeNames: Map<string, string> | null = null;
export const LANGUAGES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Every two-letter code from "aa" (or "AA") to "zz": the space language and region codes live in. */
export function* letterPairs(first: "a" | "A"): Generator<string> {
  const start = first.charCodeAt(0);
  for (let i = 0; i < 26 * 26; i++) yield String.fromCharCode(start + Math.floor(i / 26), start + (i % 26));
}

/** Language codes by their own and English names ("eesti", "estonian" → "et"), from the runtime's locale data. */
export function natives(): Map<string, string> {
  if (nativeNames) return nativeNames;
  nativeNames = new Map();
  for (const code of letterPairs("a")) {
    // Only codes the runtime names in English are languages (a locale per code is slow: build those only).
    const english = LANGUAGES.of(code);
    if (!english) continue;
    try {
      const name = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
      if (name && name.toLowerCase() !== code) nativeNames.set(foldApostrophes(name.toLowerCase()), code);
      // (a name of two words, "қазақ тілі" (the Kazakh language), is spelled by its first in a menu: "Қазақша")
      const first = name?.toLowerCase().split(" ")[0];
      // (only a name in the language itself: one the runtime gives in English, "South Ndebele", spells no menu item)
      if (name?.includes(" ") && name !== english && first && first.length >= 5 && !nativeNames.has(foldApostrophes(first))) nativeNames.set(foldApostrophes(first), code);
      // An English edition's menu may name the home language in English ("Ukrainian | English").
      if (!nativeNames.has(english.toLowerCase())) nativeNames.set(english.toLowerCase(), code);
    } catch {
      // not a language the runtime knows
    }
  }
  return nativeNames;
}

/** One apostrophe for the several a language's name is spelled with ("o‘zbek", "Oʻzbekcha"): natives() keys use it. */
export function foldApostrophes(text: string): string {
  return text.replace(/[ʻʼ‘’`´]/gu, "'");
}

export const REGIONS = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

export function regionOf(code: string): string | null {
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

export function zonesOf(region: string): string[] {
  const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
  const zones = locale.getTimeZones?.() ?? locale.timeZones ?? [];
  return zones.length === 0 && UNLISTED[region] ? [UNLISTED[region]] : zones;
}

export const canonical = (zone: string) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;

// The time a country of several zones keeps in its capital, which its national outlets and offices print.
const NATIONAL: Record<string, string> = {
  RU: "Europe/Moscow", UA: "Europe/Kyiv", US: "America/New_York", CA: "America/Toronto", AU: "Australia/Sydney",
  NZ: "Pacific/Auckland", BR: "America/Sao_Paulo", MX: "America/Mexico_City", KZ: "Asia/Almaty", ID: "Asia/Jakarta",
  ES: "Europe/Madrid", PT: "Europe/Lisbon", DE: "Europe/Berlin", CL: "America/Santiago", AR: "America/Argentina/Buenos_Aires",
  CN: "Asia/Shanghai", MN: "Asia/Ulaanbaatar", CD: "Africa/Kinshasa", EC: "America/Guayaquil", MY: "Asia/Kuala_Lumpur",
  UZ: "Asia/Tashkent", PG: "Pacific/Port_Moresby", CY: "Asia/Nicosia", GL: "America/Nuuk", KI: "Pacific/Tarawa",
  FM: "Pacific/Pohnpei", MH: "Pacific/Majuro", PF: "Pacific/Tahiti",
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

/** A name in lower case without its accents and dots ("TÜRKİYE" → "turkiye"), for looking names up. */
export function unmarked(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The region code of a country's English name, in any case and with or without its marks ("TÜRKİYE" → "TR"). */
export function regionNamed(name: string): string | undefined {
  return regionsByName().get(name.toLowerCase()) ?? regionsByName().get(unmarked(name)) ?? OTHER_NAMES[name.toLowerCase()];
}

/** Names pages give countries that the runtime's region names do not ("Britain" for the United Kingdom). */
const OTHER_NAMES: Record<string, string> = { britain: "GB", "great britain": "GB", holland: "NL" };

/** The code a country goes by now ("SU" → "RU", "UK" → "GB"): the runtime names withdrawn codes as their successors. */
function current(code: string): string {
  return Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4);
}

/** Region codes by their English names ("ukraine" → "UA"), from the runtime's locale data. */
export function regionsByName(): Map<string, string> {
  if (regionNames) return regionNames;
  regionNames = new Map();
  for (const code of letterPairs("A")) {
    const name = REGIONS.of(code);
    if (!name || name === code || /\d/.test(name) || current(code) !== code) continue;
    regionNames.set(name.toLowerCase(), code);
    // "TÜRKİYE" in capitals lower-cases with a dotted i: the name without its marks is the key too
    regionNames.set(unmarked(name), code);
    // "Myanmar (Burma)", "Congo - Kinshasa": the name before its qualifier is the one pages print
    const short = name.replace(/\s*(?:\(.*\)|[-–]\s.*)$/, "").toLowerCase();
    if (short !== name.toLowerCase() && !regionNames.has(short)) regionNames.set(short, code);
  }
  return regionNames;
}

/** The zone a place named before "time" stands for: a city ("Kyiv time"), a country ("Israel time", "NZ time") or its language ("Ukrainian time"). */
export function placeZone(place: string): string | null {
  const city = cityZone(place);
  if (city) return city;
  const language = natives().get(foldApostrophes(place.toLowerCase()));
  const region = /^[A-Z]{2}$/.test(place) && REGIONS.of(place) ? place : regionNamed(place) ??
    (language ? regionOf(language) : null) ?? adjectiveRegion(place);
  return region ? countryZone(region, []) : null;
}

/**
 * The zone of the countries a short name ends ("Korea": South and North Korea), when they all keep one time (the one
 * whose city the page names most); else null.
 */
export function sharedZone(word: string, lines: string[]): string | null {
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
const ADJECTIVE_END = /^(?:i?an|n|u?ese|i|is|e|ic|ans|ns|ish)?$/;

export function adjectiveRegion(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word)) return null;
  const lower = word.toLowerCase();
  let best = 0;
  let found: string[] = [];
  for (const [name, code] of regionsByName()) {
    if (name.includes(" ")) continue;
    let shared = 0;
    while (shared < name.length && name[shared] === lower[shared]) shared++;
    // (what the word adds is an adjective's ending: "Greenock" shares "Green" with Greenland, but "ock" ends no adjective)
    // ("Argentine" drops Argentina's last letter for an "e"; "George" shares too little with Georgia to do so)
    const ending = lower.slice(shared);
    if (shared < 5 || lower.length - shared > 4 || name.length - shared > 4 || shared < best || !ADJECTIVE_END.test(ending) || (ending === "e" && shared < 7)) continue;
    if (shared > best) [best, found] = [shared, []];
    found.push(code);
  }
  return found.length === 1 ? found[0]! : null;
}

/** The one zone of `zones` whose city the page names, or null. */
export function namedAmong(lines: string[], zones: string[]): string | null {
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


/** A zone's offset from UTC in a month of 2024 ("GMT+02:00"). */
function offsetIn(zone: string, month: number): string {
  return new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "longOffset" }).format(Date.UTC(2024, month, 15));
}

/** A zone's offset from UTC in January (a fixed season, so two zones compare alike all year). */
export function winterOffset(zone: string): string {
  return offsetIn(zone, 0);
}

const clocks = new Map<string, string>();

/** A zone's clock, as its offsets in winter and in summer ("GMT+02:00 GMT+03:00"): zones alike all year share one. */
export function clockKey(zone: string): string {
  let clock = clocks.get(zone);
  if (clock === undefined) clocks.set(zone, (clock = `${offsetIn(zone, 0)} ${offsetIn(zone, 6)}`));
  return clock;
}

/** True when the zones keep one clock, in winter and in summer alike (Stockholm, Oslo, Copenhagen). */
export function keepOneClock(zones: string[]): boolean {
  return new Set(zones.map(clockKey)).size === 1;
}

/** Runs of `longest` down to one capitalised words ("New York", "York"), longest first: the places a name may hold. */
export function* namePhrases(words: string[], longest: number): Generator<string> {
  for (let size = longest; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(" ");
      // (a name's small words stand inside it: "Isle of Man", "Stoke on Trent", "Rio de Janeiro")
      if (/^\p{Lu}\p{Ll}+(?: (?:(?:of|on|upon|de|del|da|do|du|la|le|sur) )?\p{Lu}\p{Ll}+)*$/u.test(phrase)) yield phrase;
    }
  }
}

/** The zone of the one-clock country a page's language names (`lang="ko-KR"`, `lang="pl"`), or null ("en", "en-US"). */
export function langZone(lang: string | null | undefined): string | null {
  try {
    const locale = new Intl.Locale(lang ?? "");
    const region = locale.region ?? (locale.language === "en" ? undefined : locale.maximize().region);
    const zones = region ? zonesOf(region) : [];
    // (a country whose zones all keep one clock is a one-zone country: Germany's Büsingen enclave keeps Berlin's)
    return zones.length > 0 && keepOneClock(zones) ? zones[0]! : null;
  } catch {
    return null; // no language tag
  }
}

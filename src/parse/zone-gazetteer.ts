// The world's towns as a gazetteer knows them (city-timezones: some 7,300 cities with their country and zone): where a
// town a page's section menu or masthead names keeps its clock when the runtime's zone list (its big cities:
// "Auckland", "Kyiv") does not name it ("Dunedin", "The Astana Times").
import { cityMapping } from "city-timezones";
import { clockKey, regionNamed } from "./zone-countries.ts";

/** Towns smaller than this count for no bare name: their names are too often ordinary words ("Globe", "Surprise"). */
const MIN_POPULATION = 50_000;
/** The smallest towns kept at all: a caller with more evidence than a bare name (a paper's name) may ask for these. */
const SMALLEST = 20_000;

interface Town {
  zone: string;
  pop: number;
  country: string;
}

let index: Map<string, Town[]> | null = null;

function build(): Map<string, Town[]> {
  const towns = new Map<string, Town[]>();
  for (const c of cityMapping) {
    if (!c.timezone || c.pop < SMALLEST) continue;
    for (const name of new Set([c.city.toLowerCase(), c.city_ascii.toLowerCase()])) {
      const known = towns.get(name) ?? [];
      towns.set(name, [...known, { zone: c.timezone, pop: c.pop, country: c.country }].sort((a, b) => b.pop - a.pop));
    }
  }
  // (the names towns go by now, where the gazetteer keeps an older or transliterated one)
  for (const [now, listed] of Object.entries(RENAMED)) {
    const found = towns.get(listed);
    if (found && !towns.has(now)) towns.set(now, found);
  }
  return towns;
}

/**
 * Ukraine's towns as their own authorities and today's press spell them, by the name the gazetteer lists them under
 * (its older or Russian-based transliteration, or the name before renaming: Dnipro was Dnipropetrovsk until 2016).
 */
const RENAMED: Record<string, string> = {
  dnipro: "dnipropetrovsk", vinnytsia: "vinnytsya", zaporizhzhia: "zaporizhzhya", odesa: "odessa", lviv: "lvov",
  mykolaiv: "mykolayiv", khmelnytskyi: "khmelnytskyy", "kryvyi rih": "kryvyy rih", makiivka: "makiyivka",
  berdiansk: "berdyansk", uzhhorod: "uzhgorod", kropyvnytskyi: "kirovohrad", izmail: "izmayil", kupiansk: "kupyansk",
  "kamianets-podilskyi": "kamyanets-podilskyy", chornomorsk: "illichivsk", sevastopol: "sevastapol",
  yevpatoriia: "yevpatoriya", dzhankoi: "dzhankoy",
  // (the US capital, which the gazetteer lists with its district and the press names alone: "Washington Examiner")
  washington: "washington, d.c.",
};

/** The zone of the town of this name (50,000 people or more, or `minPopulation`), any case; null when unknown. */
export function gazetteerZone(name: string, minPopulation = MIN_POPULATION, lines: string[] = []): string | null {
  return townByCountry(name, minPopulation, lines) ?? towns(name, minPopulation)[0]?.zone ?? null;
}

/** The largest town of this name (50,000 people or more): its zone and country; null when unknown. */
export function gazetteerTown(name: string): { zone: string; country: string } | null {
  return towns(name, MIN_POPULATION)[0] ?? null;
}

/**
 * One name, several towns ("Peterborough"): the zone of the one whose country the page names (`lines`: "Local  Canada
 * World"), when only one such country is named; else null.
 */
export function townByCountry(name: string, minPopulation: number, lines: string[]): string | null {
  const found = towns(name, minPopulation);
  if (found.length < 2 || lines.length === 0) return null;
  const named = found.filter((t) => lines.some((line) => new RegExp(`\\b${t.country}\\b`).test(line)));
  return named.length > 0 && new Set(named.map((t) => t.country)).size === 1 ? named[0]!.zone : null;
}

/**
 * The zone of a town of any size whose state, province or country the page names too ("Greymouth" on a page that prints
 * "West Coast"), when the named ones keep one zone; else null. For names the page gives as a place already.
 */
export function townNamedWithRegion(name: string, lines: string[]): string | null {
  const key = plain(name);
  const text = lines.join("\n");
  // (the country by its adjective too, where that adds a letter or two: "Australian wire services")
  const named = (r: string, tail: string) => new RegExp(`(?<![\\p{L}])${r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${tail}(?![\\p{L}])`, "u").test(text);
  const ok = (r: string | undefined): r is string => !!r && r.length >= 4 && plain(r) !== key;
  const zones = new Set(townsNamed(name, plain)
    .filter((c) => (ok(c.province) && named(c.province, "")) || (ok(c.country) && named(c.country, "(?:ns?)?")))
    .map((c) => c.timezone));
  return zones.size === 1 ? [...zones][0]! : null;
}

/**
 * The clock nearly all of a country's people keep (its gazetteer towns holding 85% of its town dwellers or more), as
 * its largest town's zone: Ukraine's is Kyiv's, though occupied Crimea keeps Moscow's; Spain's is Madrid's, though the
 * Canaries keep an hour behind. Null for a country split between clocks (the US, Russia's east and west alike).
 */
export function dominantZone(region: string): string | null {
  const byClock = new Map<string, { pop: number; zone: string; top: number }>();
  let total = 0;
  for (const c of cityMapping) {
    if (c.iso2 !== region || !c.timezone || c.pop < SMALLEST) continue;
    total += c.pop;
    const clock = clockKey(c.timezone);
    const known = byClock.get(clock);
    if (!known) byClock.set(clock, { pop: c.pop, zone: c.timezone, top: c.pop });
    else {
      known.pop += c.pop;
      if (c.pop > known.top) [known.zone, known.top] = [c.timezone, c.pop];
    }
  }
  const main = [...byClock.values()].sort((a, b) => b.pop - a.pop)[0];
  return main && main.pop >= 0.85 * total ? main.zone : null;
}

function towns(name: string, minPopulation: number): Town[] {
  index ??= build();
  return (index.get(name.trim().toLowerCase()) ?? []).filter((t) => t.pop >= minPopulation);
}

let provinceTables: { provinces: Map<string, string | null>; parts: Map<string, string | null> } | null = null;

/**
 * Each province's or state's name → the one zone its gazetteer towns keep, or null when they keep several; and the
 * names its parts go by (see provinceZone). Built once.
 */
function provinceMaps(): { provinces: Map<string, string | null>; parts: Map<string, string | null> } {
  if (provinceTables) return provinceTables;
  const provinces = new Map<string, string | null>();
  const parts = new Map<string, string | null>();
  const add = (map: Map<string, string | null>, key: string, zone: string) => {
    const known = map.get(key);
    map.set(key, known === undefined || known === zone ? zone : null);
  };
  for (const c of cityMapping) {
    if (!c.province || !c.timezone) continue;
    const key = plain(c.province);
    add(provinces, key, c.timezone);
    // "Manawatu-Wanganui": a region named for two places, each of which a masthead may carry
    for (const part of key.split("-")) if (part !== key && part.length >= 5) add(parts, part, c.timezone);
    // "South Ayrshire": a county's part named by its bearing, of which a masthead carries the whole ("Ayrshire Post");
    // not a country's ("Greater Poland" names a province, "Poland" the country)
    const [first, ...rest] = key.split(" ");
    const whole = rest.join(" ");
    if (BEARING_WORDS.has(first!) && whole.length >= 5 && !regionNamed(whole)) add(parts, whole, c.timezone);
  }
  provinceTables = { provinces, parts };
  return provinceTables;
}

/**
 * The zone of a province or state the gazetteer's towns lie in ("Sarawak" → Asia/Kuching), when all its towns keep
 * that one zone; null when unknown or split ("Western" names provinces of several countries). With `parts`, a place
 * one of its names joins in a hyphen also names it ("Manawatū" of "Manawatu-Wanganui"), and so does the name its
 * bearing qualifies ("Ayrshire" of "South Ayrshire").
 */
export function provinceZone(name: string, parts = false): string | null {
  const { provinces, parts: named } = provinceMaps();
  const key = plain(name);
  return provinces.get(key) ?? (parts && !provinces.has(key) && !BEARING_WORDS.has(key) ? named.get(key) ?? null : null);
}

/** True for the name of a state or province split between clocks ("Florida", "Texas"): it names no town. */
export function isSplitProvince(name: string): boolean {
  return provinceMaps().provinces.get(plain(name)) === null;
}
/** The words a region's name may open with to name a part of it ("South Ayrshire", "Central Iowa"), lower case. */
export const BEARING_WORDS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater"]);

/** Lower case without accents or macrons ("Manawatū" → "manawatu"): the gazetteer writes its provinces in ASCII. */
function plain(name: string): string {
  return name.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/** The postal codes of Australia's states and Canada's provinces (the gazetteer gives the United States' own). */
const STATE_CODES: Record<string, string> = {
  "new south wales": "NSW", victoria: "VIC", queensland: "QLD", "western australia": "WA", "south australia": "SA",
  tasmania: "TAS", "northern territory": "NT", "australian capital territory": "ACT",
  ontario: "ON", quebec: "QC", "québec": "QC", "british columbia": "BC", alberta: "AB", manitoba: "MB", saskatchewan: "SK",
  "nova scotia": "NS", "new brunswick": "NB", "newfoundland and labrador": "NL", "prince edward island": "PE",
  // (the US capital's district, which the gazetteer keeps without a state code: "Washington, DC")
  "district of columbia": "DC",
};

/**
 * The zone of a town named with its state, province or country in full ("Launceston, Tasmania"): the gazetteer's town of
 * that name there, however small (the region confirms the place); null when none is.
 */
export function townInRegionZone(town: string, region: string): string | null {
  const where = plain(region);
  return townsNamed(town, plain).find((c) => plain(c.province ?? "") === where || plain(c.country) === where)?.timezone ?? null;
}

/**
 * The zone of a town named with its state's postal code ("Wagga Wagga, NSW", "Boise, ID"): the gazetteer's town of that
 * name in that state, however small (the code confirms the place); null when none is.
 */
export function townInStateZone(town: string, code: string): string | null {
  return townsNamed(town, (s) => s.trim().toLowerCase()).find((c) => stateCode(c) === code)?.timezone ?? null;
}

/**
 * The zone of a state or province named by its postal code ("NH", "QLD"), when nine in ten of the people of the
 * gazetteer's towns there keep it ("NSW" with Broken Hill; not "TN", split between Central and Eastern time); null
 * otherwise. For a town too small for the gazetteer ("Keene, NH").
 */
export function stateCodeZone(code: string): string | null {
  if (!stateZones.has(code)) stateZones.set(code, stateZone(code));
  return stateZones.get(code)!;
}
const stateZones = new Map<string, string | null>();

/** True for the postal code of a state or province the gazetteer knows ("MN", "QLD"). */
export function isStateCode(code: string): boolean {
  stateCodes ??= new Set(cityMapping.map(stateCode).filter((c): c is string => c !== undefined));
  return stateCodes.has(code);
}
let stateCodes: Set<string> | undefined;

function stateZone(code: string): string | null {
  const people = new Map<string, number>();
  let total = 0;
  for (const c of cityMapping) {
    if (!c.timezone || stateCode(c) !== code) continue;
    const zone = canonicalZone(c.timezone);
    people.set(zone, (people.get(zone) ?? 0) + c.pop);
    total += c.pop;
  }
  const [zone, most] = [...people].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return zone && most >= 0.9 * total ? zone : null;
}

const canonicalZone = (zone: string) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;

/** The postal code of the state or province a gazetteer town lies in ("NH", "QLD"), where it has one. */
function stateCode(c: (typeof cityMapping)[number]): string | undefined {
  return (c as { state_ansi?: string }).state_ansi ?? STATE_CODES[(c.province ?? "").toLowerCase()];
}

/** The gazetteer's towns (with a zone) of this name, names compared as `key` writes them. */
function townsNamed(town: string, key: (name: string) => string): (typeof cityMapping)[number][] {
  const name = key(town);
  return cityMapping.filter((c) => c.timezone && (key(c.city) === name || key(c.city_ascii) === name));
}

/** True for a town and its country, "Abu Dhabi, United Arab Emirates", "Kyiv, Ukraine": a dateline, no one's name. */
export function isTownAndCountry(line: string): boolean {
  const m = line.length <= 80 ? /^([^,]{2,40}),\s([^,]{2,40})$/.exec(line.trim()) : null;
  return m !== null && regionNamed(m[2]!) !== undefined && gazetteerZone(m[1]!) !== null;
}

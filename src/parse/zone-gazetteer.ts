// The world's towns as a gazetteer knows them (city-timezones: some 7,300 cities with their country and zone): where a
// town a page's section menu or masthead names keeps its clock when the runtime's zone list (its big cities:
// "Auckland", "Kyiv") does not name it ("Dunedin", "The Astana Times").
import { cityMapping } from "city-timezones";

/** Towns this small are left out: their names are too often ordinary words ("Globe", "Surprise"). */
const MIN_POPULATION = 50_000;

let index: Map<string, { zone: string; pop: number }> | null = null;

function build(): Map<string, { zone: string; pop: number }> {
  const towns = new Map<string, { zone: string; pop: number }>();
  for (const c of cityMapping) {
    if (!c.timezone || c.pop < MIN_POPULATION) continue;
    for (const name of new Set([c.city, c.city_ascii])) {
      const known = towns.get(name.toLowerCase());
      // one name, several towns ("Hamilton"): the most populous one
      if (!known || known.pop < c.pop) towns.set(name.toLowerCase(), { zone: c.timezone, pop: c.pop });
    }
  }
  return towns;
}

/** The zone of the town of this name (50,000 people or more, or `minPopulation`), any case; null when unknown. */
export function gazetteerZone(name: string, minPopulation = MIN_POPULATION): string | null {
  index ??= build();
  const town = index.get(name.trim().toLowerCase());
  return town && town.pop >= minPopulation ? town.zone : null;
}

let provinces: Map<string, string | null> | null = null;

/**
 * The zone of a province or state the gazetteer's towns lie in ("Sarawak" → Asia/Kuching), when all its towns keep
 * that one zone; null when unknown or split ("Western" names provinces of several countries).
 */
export function provinceZone(name: string): string | null {
  if (!provinces) {
    provinces = new Map();
    for (const c of cityMapping) {
      if (!c.province || !c.timezone) continue;
      const key = c.province.toLowerCase();
      const known = provinces.get(key);
      provinces.set(key, known === undefined || known === c.timezone ? c.timezone : null);
    }
  }
  return provinces.get(name.trim().toLowerCase()) ?? null;
}

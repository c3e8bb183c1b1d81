// The zone a page states for its times in words ("All times are NZ time", "Kyiv time", "All times EDT", "Times shown
// are local to Kyiv"), and UTC when its JSON-LD shows its printed clock in UTC.
import { placeZone } from "./zone-countries.ts";
import { gazetteerTown, gazetteerZone } from "./zone-gazetteer.ts";
import { ZONE_RE, zoneOf } from "./text-zones.ts";

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
const CITY_CLOCK_RE = /\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s?\((\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)/u;
const TOKEN_RE = new RegExp(`\\b(${ZONE_RE}|[A-Z]{2} time|[A-Z][a-z]{2,20} time)\\b`, "g");

/**
 * The zone a page states for its times ("All times EDT.", "All times stated are UK", "times are Kyiv time", "(NZ time)",
 * "All times are Estonian time (EEST)": a name no city gives, then the abbreviation beside it).
 */
export function statedZone(line: string): string | null {
  if (line.length > 400) return null;
  // "Published on July 1, 2031, at 6:12 am (Paris)": a clock followed by the city whose time it is, in brackets
  const cityClock = CITY_CLOCK_RE.exec(line)?.[1];
  const clockZone = cityClock ? placeZone(cityClock) : null;
  if (clockZone) return clockZone;
  if (!/\btimes?\b/i.test(line)) return null;
  // "updated through the day (NZ time)": a place's time named in brackets
  // (not a stamp's own zone: "11:00 (Kyiv time)")
  // (or alone on its line, under the page's date: "Kyiv time")
  // (or after the page's date, set apart by a separator: "Sunday, 12 June 2022 · Kyiv time"; or closing a lede: "… as
  // it comes in. Kyiv time."; or opening a note on the page's order: "Kyiv times. Newest updates at the bottom.")
  const bracketed = /(?<!\d\s?)\((\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) time\)/u.exec(line)?.[1] ??
    /(?:^|\s[·|•—–]\s|[.!?]\s+)\s*(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) times?(?:\.?\s*$|\.\s+(?=\p{Lu}))/u.exec(line)?.[1];
  const placed = bracketed ? placeZone(bracketed) : null;
  if (placed) return placed;
  // "Times shown are local to Kyiv", "all times are local time in Kyiv", "times are Kyiv local time"
  const local = /\b[Tt]imes?\b[^.\n]{0,30}?\blocal(?: time)? (?:to|in|for) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)/u.exec(line)?.[1] ??
    /\b[Tt]imes?\b[^.\n]{0,30}?\b(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) local time\b/u.exec(line)?.[1];
  const localZone = local ? placeZone(local) : null;
  if (localZone) return localZone;
  const datelineZone = datelineLocalZone(line);
  if (datelineZone) return datelineZone;
  for (const statement of line.matchAll(STATEMENT_RE)) {
    for (const [, token] of statement[1]!.matchAll(TOKEN_RE)) {
      const zone = / time$/.test(token!) ? placeZone(token!.slice(0, -5)) : zoneOf(token);
      if (zone) return zone;
    }
    const spelled = SPELLED_RE.exec(statement[1]!);
    if (spelled) return SPELLED[spelled[1]!.toLowerCase()]!;
  }
  // "All times Kyiv", "All times are Kyiv": a line that is only the statement and a place's name (not an abbreviation),
  // or a lede's last sentence ("… from around the world. All times Kyiv."), or its brackets ("(All times Kyiv)")
  // (or after the page's date, set apart: "Sunday 21 July · all times Kyiv")
  // (or "Times are given for Kyiv.", "Times are for Kyiv": the same statement, worded out)
  const bare = /(?:^|[.!?]\s+|\(|\s[·|•—–]\s)\s*[Aa]ll times(?: (?:are|shown|given|in))? (\p{Lu}\p{Ll}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)\.?\)?\.?\s*$/u.exec(line)?.[1] ??
    /(?:^|[.!?]\s+)\s*(?:[Aa]ll )?[Tt]imes (?:are )?(?:given|shown|listed)? ?for (\p{Lu}\p{Ll}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)\.?\s*$/u.exec(line)?.[1];
  return bare ? placeZone(bare) : null;
}

/**
 * "KYIV, Ukraine (AP) — The latest … (all times local)": the zone of the wire dateline the line opens with, which its
 * updates' times keep (not the paper's own head, printed where the paper is); null for any other line.
 */
export function datelineLocalZone(line: string): string | null {
  return /\ball times(?: are)? local\b/i.test(line) ? wireDatelineZone(line) : null;
}

/** True for a statement that the times are local with no place named ("All times are local:"): local to the news. */
export function localToNews(line: string): boolean {
  return /\ball times(?: are)? local\b(?! (?:time )?(?:to|in|for)\b)/i.test(line) && line.length <= 160 && wireDatelineZone(line) === null;
}

/**
 * The town the line saying "all times local" names, where it names one ("The Latest on the Munich Security
 * Conference … (all times local):"): the clock of the updates; else null.
 */
export function localLineZone(lines: string[]): { zone: string; item: string } | null {
  const line = lines.find(localToNews);
  if (!line) return null;
  const towns = namedTowns(line);
  const zones = new Set(towns.map((t) => t.zone));
  return zones.size === 1 ? { zone: towns[0]!.zone, item: towns[0]!.word } : null;
}

/**
 * The town a lede saying "Times are local" names on the same line ("We follow the day's events from Kyiv. Times are
 * local."): that town's clock; else null (with no town named, "local" is the paper's own clock, not the news's).
 */
export function localHereZone(lines: string[]): { zone: string; item: string } | null {
  const line = lines.find(saysTimesLocal);
  return line ? localLineZone([line.replace(/\btimes are local\b/i, "all times local")]) : null;
}

/** True for a lede's "Times are local" (without "all", which localToNews reads). */
export function saysTimesLocal(line: string): boolean {
  return line.length <= 200 && /\btimes are local\b/i.test(line) && !localToNews(line);
}

/** The towns of some size a text names by a capitalised word ("Kharkiv", "Munich"), in order, with zone and country. */
function namedTowns(text: string): { word: string; zone: string; country: string }[] {
  return [...text.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu)].flatMap(([word]) => {
    const town = gazetteerTown(word);
    return town ? [{ word, ...town }] : [];
  });
}

/**
 * The zone of the country most of the towns the updates name lie in ("Kharkiv", "Sumy", "Odesa": Ukraine's), its
 * towns' commonest; null unless two or more are named and one country has most of them.
 */
export function newsPlacesZone(texts: string[]): { zone: string; item: string } | null {
  const byCountry = new Map<string, { zones: string[]; item: string }>();
  let total = 0;
  for (const text of texts) {
    for (const town of namedTowns(text)) {
      total++;
      const seen = byCountry.get(town.country) ?? { zones: [], item: town.word };
      seen.zones.push(town.zone);
      byCountry.set(town.country, seen);
    }
  }
  const best = [...byCountry.values()].sort((a, b) => b.zones.length - a.zones.length)[0];
  if (!best || best.zones.length < 2 || best.zones.length * 2 <= total) return null;
  const count = (zone: string) => best.zones.filter((z) => z === zone).length;
  return { zone: best.zones.reduce((top, z) => (count(z) > count(top) ? z : top)), item: best.item };
}

/** The zone of the place a wire dateline names ("ODESA, Ukraine (AP) —", "KYIV (Reuters) -"): its town, else its country. */
function wireDatelineZone(line: string): string | null {
  const m = /^\s*(\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+)?)(?:, (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?))? \(/u.exec(line);
  if (!m) return null;
  const town = m[1]!.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return placeZone(town) ?? gazetteerZone(town) ?? (m[2] ? placeZone(m[2]) : null);
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

/** A wall-clock day and time the page's head prints (no zone of its own). */
interface Wall {
  day: string;
  minutes: number | null;
}

/**
 * The page's UTC offset from the head's printed first-published and updated times beside the same instants its
 * JSON-LD writes in UTC ("First published March 6, 2024 1.30pm" and "2024-03-06T02:30:00Z": +11:00), when every such
 * pair differs by one offset of whole quarter hours, at most 14 hours; null when none does or two disagree.
 */
export function offsetMatch(
  printed: { oldest: Wall | null; newest: Wall | null }, utc: { published: string | null; modified: string | null } | undefined,
): { zone: string; from: string } | null {
  const pairs: [Wall | null, string | null][] = [[printed.oldest, utc?.published ?? null], [printed.newest, utc?.modified ?? null]];
  const offsets = new Set<number>();
  for (const [wall, instant] of pairs) {
    if (!wall || wall.minutes === null || !instant) continue;
    const diff = (Date.parse(`${wall.day}T00:00:00Z`) + wall.minutes * 60_000 - Date.parse(instant)) / 60_000;
    if (!Number.isFinite(diff) || diff === 0 || Math.abs(diff) > 14 * 60 || diff % 15 !== 0) return null;
    offsets.add(diff);
  }
  if (offsets.size !== 1) return null;
  const [minutes] = [...offsets] as [number];
  const zone = `${minutes < 0 ? "-" : "+"}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
  return { zone, from: `the times its head prints beside the same instants its JSON-LD writes in UTC (${zone})` };
}

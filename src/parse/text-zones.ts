// Time zones as pages print them: abbreviations after a time, "GMT+2" offsets, "Kyiv time", "All times EDT".
import { isZone } from "../day.ts";
import { localToIso, toIsoZ } from "./timestamp.ts";

/** Regex source of a zone printed after a time (abbreviation, GMT/UTC offset, or an e-mail header's "-0400"). */
export const ZONE_RE =
  "(?:(?:GMT|UTC)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|[+-](?:0\\d|1[0-4])[0-5]\\d(?!\\d)|GMT|UTC|BST|CEST|CET|EEST|EET|WEST|WET|MSK|EDT|EST|ET|CDT|CST|CT|MDT|MST|MT|PDT|PST|PT|UK|" +
  "IST|PKT|HKT|SGT|JST|KST|AEST|AEDT|AET|ACST|ACDT|AWST|NZST|NZDT|NZT|HST|AKST|AKDT|PHT|WIB|ICT|IDT|SAST|EAT|WAT|CAT|GST|TRT|" +
  "MYT|NPT|AZT|UZT|KGT|ALMT|MMT|ULAT|WITA|WIT|SLST|IRST|IRDT|AFT|TJT|TMT|BTT|MVT|YEKT|SAMT|OMST|KRAT|IRKT|YAKT|VLAT|MAGT|PETT)";

const ABBREVIATIONS: Record<string, string> = {
  GMT: "UTC", UTC: "UTC", Z: "UTC", BST: "Europe/London", UK: "Europe/London",
  WET: "Europe/Lisbon", WEST: "Europe/Lisbon", CET: "Europe/Paris", CEST: "Europe/Paris",
  EET: "Europe/Athens", EEST: "Europe/Athens", MSK: "Europe/Moscow",
  // North America's standard and daylight names say which clock they mean: "CST" in summer is Saskatchewan's, "MST"
  // Arizona's, both kept all year (a page's "ET", "CT", "MT", "PT" follow the season)
  EST: "-05:00", EDT: "-04:00", ET: "America/New_York",
  CST: "-06:00", CDT: "-05:00", CT: "America/Chicago",
  MST: "-07:00", MDT: "-06:00", MT: "America/Denver",
  PST: "-08:00", PDT: "-07:00", PT: "America/Los_Angeles",
  // Elsewhere, the readings English-language news sites use (IST: India, the most common in print).
  IST: "Asia/Kolkata", PKT: "Asia/Karachi", HKT: "Asia/Hong_Kong", SGT: "Asia/Singapore", JST: "Asia/Tokyo",
  KST: "Asia/Seoul", AEST: "Australia/Sydney", AEDT: "Australia/Sydney", NZST: "Pacific/Auckland",
  NZDT: "Pacific/Auckland", NZT: "Pacific/Auckland", AET: "Australia/Sydney", ACST: "Australia/Adelaide",
  ACDT: "Australia/Adelaide", AWST: "Australia/Perth", HST: "Pacific/Honolulu", AKST: "America/Anchorage",
  AKDT: "America/Anchorage", PHT: "Asia/Manila", WIB: "Asia/Jakarta", ICT: "Asia/Bangkok", IDT: "Asia/Jerusalem", SAST: "Africa/Johannesburg", EAT: "Africa/Nairobi", WAT: "Africa/Lagos",
  CAT: "Africa/Maputo", GST: "Asia/Dubai", TRT: "Europe/Istanbul",
  // Asia's national times as their own outlets print them, and Russia's zones east of Moscow
  MYT: "Asia/Kuala_Lumpur", NPT: "Asia/Kathmandu", AZT: "Asia/Baku", UZT: "Asia/Tashkent", KGT: "Asia/Bishkek",
  ALMT: "Asia/Almaty", MMT: "Asia/Yangon", ULAT: "Asia/Ulaanbaatar", WITA: "Asia/Makassar", WIT: "Asia/Jayapura",
  SLST: "Asia/Colombo", IRST: "Asia/Tehran", IRDT: "Asia/Tehran", AFT: "Asia/Kabul", TJT: "Asia/Dushanbe",
  TMT: "Asia/Ashgabat", BTT: "Asia/Thimphu", MVT: "Indian/Maldives", YEKT: "Asia/Yekaterinburg", SAMT: "Europe/Samara",
  OMST: "Asia/Omsk", KRAT: "Asia/Krasnoyarsk", IRKT: "Asia/Irkutsk", YAKT: "Asia/Yakutsk", VLAT: "Asia/Vladivostok",
  MAGT: "Asia/Magadan", PETT: "Asia/Kamchatka",
};

/** The zone a printed token names: an IANA zone, or a fixed offset "+02:00"; null when unknown. */
export function zoneOf(token: string | undefined | null): string | null {
  if (!token) return null;
  const text = token.trim().toUpperCase().replace(/\s+/g, "");
  // ("-0400": an e-mail's Date header, RFC 2822)
  const offset = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text) ?? /^([+-])(\d{2})(\d{2})$/.exec(text);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours > 14) return null;
    return `${offset[1]}${String(hours).padStart(2, "0")}:${offset[3] ?? "00"}`;
  }
  if (text === "IST") return istZone;
  return ABBREVIATIONS[text] ?? null;
}

// "IST" is India's, Israel's and Ireland's summer time: the page being read decides which (see readingIst).
let istZone = "Asia/Kolkata";

/**
 * Sets which zone "IST" names while a page is read: the country the page names most among India, Israel and
 * Ireland (India when it names none). Parsing is synchronous, so the choice holds for exactly one page.
 */
export function readingIst(body: string): void {
  istZone = "Asia/Kolkata";
  if (!/\bIST\b/.test(body)) return;
  const count = (re: RegExp) => body.match(re)?.length ?? 0;
  const india = count(/\b(?:India|Indian|Delhi|Mumbai)\b/g);
  const israel = count(/\b(?:Israel|Israeli|Jerusalem|Tel Aviv|Haifa)\b/g);
  const ireland = count(/\b(?:Ireland|Irish|Dublin|Cork)\b/g);
  if (israel > india && israel >= ireland) istZone = "Asia/Jerusalem";
  else if (ireland > india && ireland > israel) istZone = "Europe/Dublin";
}

let cityZones: Map<string, string> | null = null;
/** Zones IANA renamed to the city's own spelling (tzdata's "backward" file), with the name runtimes may still list. */
const RENAMED_ZONES: [string, string][] = [
  ["Europe/Kyiv", "Europe/Kiev"], ["Asia/Kathmandu", "Asia/Katmandu"], ["Asia/Kolkata", "Asia/Calcutta"],
  ["Asia/Yangon", "Asia/Rangoon"], ["Asia/Ho_Chi_Minh", "Asia/Saigon"], ["Asia/Dhaka", "Asia/Dacca"],
  ["America/Nuuk", "America/Godthab"], ["Atlantic/Faroe", "Atlantic/Faeroe"], ["Pacific/Kanton", "Pacific/Enderbury"],
  ["Asia/Ulaanbaatar", "Asia/Ulan_Bator"], ["Asia/Thimphu", "Asia/Thimbu"], ["Asia/Makassar", "Asia/Ujung_Pandang"],
];

/** The city an IANA zone is named by, as looked up ("America/New_York" → "new york"). */
function cityOf(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ").toLowerCase();
}

/** The IANA zone of a city name ("Kyiv" → "Europe/Kyiv"), from the runtime's own zone list. */
export function cityZone(city: string): string | null {
  if (!cityZones) {
    cityZones = new Map();
    for (const zone of Intl.supportedValuesOf("timeZone")) cityZones.set(cityOf(zone), zone);
    // The runtime may list only the older spelling of a zone IANA renamed: the city's own name finds it too.
    for (const [now, before] of RENAMED_ZONES) {
      const city = cityOf(now);
      if (cityZones.has(city)) continue;
      if (isZone(now)) cityZones.set(city, now);
      else if (isZone(before)) cityZones.set(city, before);
    }
  }
  const name = romanized(city.toLowerCase());
  return cityZones.get(CITY_SHORT_NAMES[name] ?? name) ?? null;
}

// Cyrillic letters as the zone list romanizes its cities' names ("Бишкек" → "bishkek", "Алматы" → "almaty",
// "Ереван" → "yerevan"): a town printed in the script its readers use finds its zone too.
const CYRILLIC_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "yo", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** A lower-case name in Cyrillic, romanized (a word's first "е" is "ye"); any other name as it is. */
function romanized(name: string): string {
  if (!/[\u0400-\u04ff]/.test(name)) return name;
  return name.replace(/(?<![\p{L}])е/gu, "ye").replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_LATIN[c] ?? c);
}

/** Cities printed by their initials where a markets page prints its clock ("18:40 NY Time"). */
const CITY_SHORT_NAMES: Record<string, string> = { ny: "new york", nyc: "new york" };

/** The wall-clock day and minutes of a day's time in one zone, as read in another ("3:36 p.m." in Denver: "00:36" next day in Kyiv). */
export function rezone(day: string, minutes: number, from: string, to: string): { day: string; minutes: number } {
  if (from === to) return { day, minutes };
  const instant = Date.parse(wallToIso(day, minutes, from));
  const back = (m: number) => Date.parse(wallToIso(day, m, to));
  // the wall time in `to` whose instant is this one: the offset difference, checked against the zone's own rules
  let wall = minutes + Math.round((instant - back(minutes)) / 60_000);
  wall += Math.round((instant - back(wall)) / 60_000);
  const shift = Math.floor(wall / 1440);
  const date = new Date(Date.parse(`${day}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
  return { day: date, minutes: wall - shift * 1440 };
}

/** ISO 8601 UTC instant of a wall-clock time on a day in a zone (an IANA name or a fixed "+02:00" offset). */
export function wallToIso(day: string, minutes: number, zone: string): string {
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (!offset) return localToIso(day, minutes, zone);
  const shift = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return toIsoZ(new Date(Date.parse(`${day}T00:00:00Z`) + (minutes - shift) * 60_000));
}

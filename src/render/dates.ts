// Every date and time the renderers print, formatted once here in the reader's zone.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { calendarDay, isZone } from "../day.ts";
import { DigestError } from "../errors.ts";

/** Throws ECONFIG unless `zone` is an IANA time zone this runtime knows. */
export function checkReaderZone(zone: string): string {
  if (!isZone(zone)) throw new DigestError("ECONFIG", `reader time zone "${zone}" is not an IANA zone (e.g. Europe/Kyiv, UTC)`);
  return zone;
}

/** The calendar day as a UTC noon instant, or an ERENDER error naming the bad value. */
export function parseDay(date: string): Date {
  const at = calendarDay(date);
  if (!at) throw new DigestError("ERENDER", `edition date "${date}" is not a calendar day in YYYY-MM-DD form`);
  return at;
}

/** "Thursday 4 January 2024" and "Thu 4 Jan 2024" for a YYYY-MM-DD day (no zone involved). */
export function dayLabels(date: string): { dateLong: string; dateShort: string } {
  const at = new TZDate(parseDay(date), "UTC");
  return { dateLong: format(at, "EEEE d MMMM yyyy"), dateShort: format(at, "EEE d MMM yyyy") };
}

/** An ISO instant as a Date, or null when absent or unparsable. */
export function instant(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** "14:38" on the edition's day, else "Wed 3 Jan, 23:10"; in `zone`; null when the time is unknown. */
export function timeLabel(iso: string | null, zone: string, editionDate: string): string | null {
  // A date without a time (an undated article's day) has no time to show.
  if (iso && !iso.includes("T")) return iso === editionDate ? null : format(parseDay(iso), "EEE d MMM");
  const at = instant(iso);
  if (!at) return null;
  const local = new TZDate(at, zone);
  return format(local, "yyyy-MM-dd") === editionDate ? format(local, "HH:mm") : format(local, "EEE d MMM, HH:mm");
}

/** "Europe/Kyiv (GMT+2)": the zone and its offset on the edition's day. */
export function zoneLabel(zone: string, date: string): string {
  const short = format(new TZDate(parseDay(date), zone), "zzz");
  return zone === "UTC" || short === zone ? zone : `${zone} (${short})`;
}

/** "07:02 GMT+2 on Thu 4 Jan 2024", or the raw value when it is not a time. */
export function builtAtLabel(iso: string, zone: string): string {
  const at = instant(iso);
  if (!at) return iso;
  return format(new TZDate(at, zone), "HH:mm zzz 'on' EEE d MMM yyyy");
}

/** "2024-01-04T07:02:00Z"-style UTC instant for feeds, or null when unparsable. */
export function isoUtc(iso: string | null | undefined): string | null {
  const at = instant(iso);
  return at ? at.toISOString().replace(/\.000Z$/, "Z") : null;
}

/**
 * What an edition covers, for a sentence "here is what happened …": "on Thursday 4 January 2024" for a calendar
 * day; "since 07:00 yesterday", "since 05:10 today" or "since 07:00 on Mon 3 Nov" for an edition window.
 */
export function coverageLabel(window: { start: string; end: string; kind: "day" | "edition" }, date: string, zone: string): string {
  if (window.kind === "day") return `on ${dayLabels(date).dateLong}`;
  const start = instant(window.start);
  const end = instant(window.end);
  if (!start || !end) return `on ${dayLabels(date).dateLong}`;
  const from = new TZDate(start, zone);
  const to = new TZDate(end.getTime() - 1, zone);
  const dayOf = (d: TZDate) => format(d, "yyyy-MM-dd");
  const yesterday = dayOf(new TZDate(to.getTime() - 24 * 3_600_000, zone));
  const time = format(from, "HH:mm");
  if (dayOf(from) === dayOf(to)) return `since ${time} today`;
  if (dayOf(from) === yesterday) return `since ${time} yesterday`;
  return `since ${time} on ${format(from, "EEE d MMM")}`;
}

/** "07:00 Wed 5 Nov – 07:00 Thu 6 Nov 2025 (UTC)": an edition window as a range in the reader's zone. */
export function windowRange(window: { start: string; end: string; kind: "day" | "edition" }, zone: string, date: string): string {
  if (window.kind === "day") return `${dayLabels(date).dateLong}, ${zoneLabel(zone, date)}`;
  const start = instant(window.start);
  const end = instant(window.end);
  if (!start || !end) return "";
  return `${format(new TZDate(start, zone), "HH:mm EEE d MMM")} – ${format(new TZDate(end, zone), "HH:mm EEE d MMM yyyy")} (${format(new TZDate(end, zone), "zzz")})`;
}


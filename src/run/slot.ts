// When "today's slot" is: the first wall-clock time on a local day that the cron expression names.
// Pure functions of (cron, zone, clock), so DST days can be tested without waiting for them.
import { TZDate } from "@date-fns/tz";
import { parse } from "node-cron";
import { todayIn } from "../day.ts";

/**
 * The instant of the first slot on local day `date` (YYYY-MM-DD) in `timezone`, or null when the cron names
 * no time that day. A wall-clock time that a spring-forward gap skips maps to the first instant after the gap;
 * a time that a fall-back repeats counts once, at its first occurrence.
 */
export function slotOn(date: string, cron: string, timezone: string): Date | null {
  const fields = parse(cron);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (!fields.month.includes(month) || !dayMatches(fields, day, weekday)) return null;
  const hour = Math.min(...fields.hour);
  const minute = Math.min(...fields.minute);
  const second = Math.min(...fields.second, 59);
  const wall = new TZDate(year, month - 1, day, hour, minute, second, timezone);
  // On a fall-back day the wall-clock time happens twice; TZDate picks the later one, the slot is the earlier.
  const hourBefore = new TZDate(wall.getTime() - 3_600_000, timezone);
  if (hourBefore.getHours() === hour && hourBefore.getMinutes() === minute) return new Date(hourBefore.getTime());
  return new Date(wall.getTime());
}

/** Whether a catch-up run is due: today's slot has passed and today's edition is not complete. */
export function catchUpDue(now: Date, cron: string, timezone: string, complete: (date: string) => boolean): string | null {
  const today = todayIn(timezone, now);
  const slot = slotOn(today, cron, timezone);
  if (!slot || now.getTime() < slot.getTime()) return null;
  return complete(today) ? null : today;
}

/** The first slot after `now` (looking up to 400 days ahead), or null when the cron names none. */
export function nextSlot(now: Date, cron: string, timezone: string): Date | null {
  for (let i = 0; i < 400; i++) {
    const day = todayIn(timezone, new Date(now.getTime() + i * 86_400_000));
    const slot = slotOn(day, cron, timezone);
    if (slot && slot.getTime() > now.getTime()) return slot;
  }
  return null;
}

/** Cron's day rule: a `*` field is ignored; when both day fields are restricted, either may match. */
function dayMatches(fields: ReturnType<typeof parse>, day: number, weekday: number): boolean {
  const anyDay = fields.dayOfMonth.length >= 31;
  const anyWeekday = new Set(fields.dayOfWeek.map((v) => Number(v) % 7)).size >= 7;
  const dom = fields.dayOfMonth.some((v) => Number(v) === day);
  const dow = fields.dayOfWeek.some((v) => Number(v) % 7 === weekday);
  if (anyDay && anyWeekday) return true;
  if (anyDay) return dow;
  if (anyWeekday) return dom;
  return dom || dow;
}

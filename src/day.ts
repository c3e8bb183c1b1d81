// Calendar days ("YYYY-MM-DD") and IANA zone names: the one check of each, shared by the CLI, config, parse and render.
// Each caller keeps its own error (code and message); these only answer "is it one?".

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day as its UTC noon instant, or null unless `text` is a real YYYY-MM-DD day (2025-02-31 is not). */
export function calendarDay(text: string): Date | null {
  if (!DAY.test(text)) return null;
  // Date parsing rolls 2025-02-31 over to 3 March; a real calendar day survives the round trip.
  const at = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text ? at : null;
}

/** True when `text` is a real calendar day in YYYY-MM-DD form. */
export function isCalendarDay(text: string): boolean {
  return calendarDay(text) !== null;
}

/** True when the runtime knows `name` as an IANA time zone (answers are cached: Intl lookups are slow). */
export function isZone(name: string): boolean {
  let known = KNOWN_ZONES.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-GB", { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (KNOWN_ZONES.size > 1000) KNOWN_ZONES.clear();
    KNOWN_ZONES.set(name, known);
  }
  return known;
}

const KNOWN_ZONES = new Map<string, boolean>();

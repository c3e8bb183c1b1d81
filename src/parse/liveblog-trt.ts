// TRT World's live blog as a text scrape: date headers, `HHMM GMT — Headline` updates, newest first.
import type { DraftDocument, DraftEntry, ParseContext } from "./draft.ts";
import { cleanBody, endsLikeSentence, isCredit, isFurniture } from "./text-lines.ts";
import { checkWeekday, localToIso, makeDay, MONTH_RE, minutesOf, monthNumber, stepDown, WEEKDAY_RE } from "./timestamp.ts";

/** TRT World prints GMT. */
export const TRT_ZONE = "UTC";

const STAMP_RE = /^(\d{2})(\d{2}) GMT(?:\s*(?:[—–]{1,2}|-{1,3})\s*(.*)|\s+(.+))?$/;
const HEADER_RE = new RegExp(`^(${WEEKDAY_RE}),? (${MONTH_RE}) (\\d{1,2}),? (\\d{4})$`);
const FOOTER_RE = /^for (our|the) (live )?updates? from\b/i;

/** True for a TRT stamp line (`1806 GMT — Headline`, or a pinned lead `1927 GMT Text…`). */
export function isTrtStamp(line: string): boolean {
  return line.length < 2000 && STAMP_RE.test(line);
}

interface Marker { line: number; kind: "header" | "stamp" }

/** Parses a TRT World live-blog scrape. */
export function parseTrt(lines: string[], ctx: ParseContext): DraftDocument {
  const warnings: string[] = [];
  const footer = lines.findIndex((l) => FOOTER_RE.test(l));
  const end = footer >= 0 ? footer : lines.length;
  const markers: Marker[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (HEADER_RE.test(line)) markers.push({ line: i, kind: "header" });
    else if (isTrtStamp(line)) markers.push({ line: i, kind: "stamp" });
  }
  const firstMarker = markers[0]?.line ?? end;
  const head = lines.slice(0, firstMarker).filter((l) => l !== "" && !isFurniture(l) && !isCredit(l));
  const title = head[0] ?? null;
  const intro = head.slice(1).filter((l) => endsLikeSentence(l) && !/\/\s*photo:/i.test(l));

  const entries: DraftEntry[] = [];
  let day = ctx.fallbackDay;
  let above: number | null = null;
  markers.forEach((marker, k) => {
    const line = lines[marker.line]!;
    if (marker.kind === "header") {
      day = headerDay(line, warnings) ?? day;
      above = null;
      return;
    }
    const m = STAMP_RE.exec(line)!;
    const minutes = minutesOf(Number(m[1]), Number(m[2]));
    const blockEnd = markers[k + 1]?.line ?? end;
    const rest = lines.slice(marker.line + 1, blockEnd);
    const pinned = m[4] !== undefined;
    const headline = pinned ? null : (m[3]?.trim() || null);
    const body = cleanBody(pinned ? [m[4]!.trim(), ...rest] : rest);
    let published: string | null = null;
    if (minutes !== null && day) {
      // A pinned lead sits out of order by design: it neither moves nor anchors the midnight chain.
      const entryDay: string = above === null || pinned ? day : stepDown(day, above, minutes);
      if (!pinned) {
        day = entryDay;
        above = minutes;
      }
      published = localToIso(entryDay, minutes, TRT_ZONE);
    }
    entries.push({ headline, published, author: null, body, keyPoint: false, url: ctx.url });
  });
  return { sourceName: "TRT World", title, intro, entries, warnings };
}

/** The day a date header names, its year corrected when the weekday proves it wrong. */
function headerDay(line: string, warnings: string[]): string | null {
  const m = HEADER_RE.exec(line)!;
  const printed = makeDay(Number(m[4]), monthNumber(m[2]!) ?? 0, Number(m[3]));
  if (!printed) return null;
  const checked = checkWeekday(printed, m[1]!);
  if (checked.warning) warnings.push(checked.warning);
  return checked.day;
}

// Shapes the format parsers hand to parse/index.ts, which adds ids and the source name.
import type { Entry } from "../types.ts";

/** An entry as a format parser finds it, before it gets an id and a source name. */
export type DraftEntry = Omit<Entry, "id" | "source">;

/** A parsed document before ids and the final source name are filled in. */
export interface DraftDocument {
  /** Name the page implies (e.g. "TRT World"), or null when it does not say. */
  sourceName: string | null;
  title: string | null;
  intro: string[];
  entries: DraftEntry[];
  warnings: string[];
}

/** What every format parser needs besides the text: the fallback day and zone, and the base URL. */
export interface ParseContext {
  /** YYYY-MM-DD to assume when the document names no date (the --date option, else the fetch day). */
  fallbackDay: string | null;
  /** True when fallbackDay came from --date rather than the fetch time. */
  dateGiven: boolean;
  /** Zone for printed local times when the page's style does not imply one. */
  timezone: string;
  /** True when timezone came from --timezone (or the config) rather than the UTC default. */
  zoneGiven?: boolean;
  /** Base URL for relative links; also the entry URL of single-page formats. */
  url: string | null;
  /** When the copy read was saved, as the copy itself records it (SingleFile's "saved date:"): what ages count back from. */
  savedAt?: string | null;
}

/** How every reader words the warning for a page that prints no date (its entries are then marked dayAssumed). */
export function noDateWarning(what: string, ctx: Pick<ParseContext, "fallbackDay" | "dateGiven">): string {
  return `${NO_DATE} ${what} dated ${ctx.fallbackDay ?? "unknown"} from ${ctx.dateGiven ? "--date" : "the fetch day"}`;
}

export const NO_DATE = "the page prints no date:";

/** How every reader opens the warning for a page whose times are read in a zone it does not state. */
export const NO_ZONE = "the page states no time zone:";

/** The warning for a page that states no zone and names no home: its times are read in the run's zone. */
export function noHomeWarning(zone: string, what = "times are"): string {
  return `${NO_ZONE} nothing on it names its home, so its ${what} read in ${zone} (give --timezone to read it in another)`;
}

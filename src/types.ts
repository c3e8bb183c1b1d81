// Every shared shape of the pipeline. Plain data only: no logic lives here.
// Times are ISO 8601 strings (they sort as text and round-trip through JSON).

/** How a source document is read. `auto` detects the format from the content. */
export type SourceFormat = "auto" | "liveblog-text" | "article-text" | "html" | "rss" | "atom";

/** Every SourceFormat, in the order help and error messages list them. */
export const SOURCE_FORMATS: readonly SourceFormat[] = ["auto", "liveblog-text", "article-text", "html", "rss", "atom"];

/** A configured source: where to read it and how much it counts. */
export interface Source {
  id: string;
  name: string;
  /** A local path (relative to the config file) or an http(s) URL. */
  location: string;
  format: SourceFormat;
  /** IANA zone of printed local times when the page's own style does not imply one. */
  timezone: string | null;
  /** Multiplies the score of this source's entries. */
  weight: number;
  /** How many of the day's key points this source contributes. */
  keyPoints: number;
}

/** The raw bytes of a source, decoded to text, as read from disk or the network. */
export interface RawDocument {
  sourceId: string;
  location: string;
  body: string;
  contentType: string | null;
  /** When the document was read: the fallback day for undated pages. */
  fetchedAt: string;
}

/** One timestamped update of a source: the contract's entry (see ../shared/CONTRACT.md). */
export interface Entry {
  /** Stable across runs for the same update. */
  id: string;
  /** The source's display name. */
  source: string;
  headline: string | null;
  /** ISO 8601 instant with offset, or null when no time can be known. */
  published: string | null;
  author: string | null;
  body: string[];
  /** The page itself lists this update under a "Key Points" block. */
  keyPoint: boolean;
  url: string | null;
  /** Set (true) when the page prints no date: the day is --date's or the fetch day's, not the page's. */
  dayAssumed?: true;
}

/** What parsing one document yields: its entries plus what the page says about itself. */
export interface ParsedDocument {
  /** Source name the page names itself by (e.g. "TRT World"), when recognisable. */
  sourceName: string | null;
  title: string | null;
  /** The page's intro / standfirst paragraphs (not entries; used to judge importance). */
  intro: string[];
  entries: Entry[];
  /** Things the parser noticed and worked around (e.g. a date header with the wrong year). */
  warnings: string[];
  /** Why nothing was read, when a page (not a feed) yields no entry at all: as good as a failed source. */
  unread?: string;
}

/** Options that shape parsing: the fallback day and zone. */
export interface ParseOptions {
  format: SourceFormat;
  /** YYYY-MM-DD assumed only when the document names no date at all. */
  date: string | null;
  /** Zone for printed local times when the page's style does not imply one. */
  timezone: string | null;
  /** Display name to use when the page does not name itself. */
  sourceName: string | null;
  /** Base URL for relative links and for entry URLs. */
  url: string | null;
}

/** A topic as configured: name, display title, order and weighted rules. */
export interface TopicConfig {
  name: string;
  title: string;
  /** Weighted terms or phrases (lower-case; `*` suffix matches any word ending). */
  rules: TopicRule[];
  /**
   * Optional focus terms (same syntax as rules): when none appears in the headline or first sentence, the topic's
   * score is quartered (e.g. aid must name a party to the war, so a NATO member buying tanks for itself is not aid).
   */
  requires?: string[];
  /**
   * When true, a plain headline (no "Explainer:" or "Watch:" label) whose only evidence for the topic is its objects
   * (rules of weight 1: the weapons of a strike, named with no act) quarters the topic's score.
   */
  needsAct?: boolean;
}

export interface TopicRule {
  term: string;
  weight: number;
}

/**
 * What the briefing is about (the beat), as data: weighted terms (same syntax as topic rules) in kinds, and name
 * variants folded before matching. An entry is on the beat when its headline and lead sentence name the subject.
 */
export interface BeatConfig {
  /** The subject in words, e.g. "the Russia–Ukraine war". */
  name: string;
  /** Terms per kind: "party" names the sides (1 point), "specific" places, people, institutions and weapons of the
   * subject (2 points), "context" its vocabulary (war, troops, sanctions: 1 point, only with a name). */
  party: string[];
  specific: string[];
  context: string[];
  /** Kinds of news that are not the subject (weather, sport, culture): −2 each in the headline or lead, unless a
   * specific name is there too ("Moscow hit by heaviest snowfall" names a party and "hit", and is still not war news). */
  against: string[];
  /** Spelling variants folded to one form before matching ("zaporozhye" → "zaporizhzhia"). */
  variants: Record<string, string>;
  /** Relevance at or above which an entry is on the beat (default 2). */
  minRelevance: number;
}

/** The calendar day being briefed, as an instant range [start, end). */
/**
 * The period an edition covers, as UTC instants [start, end). "day": one calendar day in the zone (`--date`, the
 * samples, the score); "edition": from the previous edition's cut-off to this one's. `date` names the edition: the
 * day (in the zone) its window ends on.
 */
export interface EditionWindow {
  date: string;
  timezone: string;
  start: string;
  end: string;
  kind: "day" | "edition";
}

/** Why an entry sits where it does: a topic with the rules that fired. */
export interface Classification {
  topic: string;
  reasons: string[];
}

/** An entry of the day, classified, scored and assigned to a story. */
export interface DigestEntry {
  id: string;
  source: string;
  headline: string | null;
  published: string | null;
  author: string | null;
  summary: string;
  topic: string;
  score: number;
  storyId: string;
  keyPoint: boolean;
  selected: boolean;
  url: string | null;
  reasons: string[];
  /** How strongly the entry is about the beat, and whether that reaches the beat's threshold. */
  relevance?: number;
  onBeat?: boolean;
  /** Why an entry is not selected, in a word or two ("off the beat", "repeat of 2025-03-04", "stale", "below the cut"); null when selected. */
  leftOut?: string | null;
}

/** One link from a story to a source's update that carried it. */
export interface StoryLink {
  source: string;
  url: string | null;
  published: string | null;
  entryId: string;
}

/** The same news told by one or more entries, possibly from several sources. */
export interface Story {
  id: string;
  topic: string;
  headline: string;
  summary: string;
  score: number;
  /** The latest time any of its entries was published. */
  published: string | null;
  entryIds: string[];
  sources: string[];
  links: StoryLink[];
  reasons: string[];
  /** The story continues one an earlier edition showed, with something new since. */
  developing?: boolean;
  /** What is new since that edition (one line), and the date it was shown. */
  newSince?: string | null;
  since?: string | null;
  /** Its lead entry is on the beat (off-beat stories never fill the sections or the top stories). */
  onBeat?: boolean;
}

export interface Section {
  topic: string;
  title: string;
  storyIds: string[];
}

export interface SourceReport {
  name: string;
  location: string;
  status: "ok" | "failed";
  error: string | null;
  entries: number;
  warnings: string[];
}

/** The day's edition: what every renderer and the `--json` output work from. */
export interface Digest {
  date: string;
  timezone: string;
  /** The period the edition covers (ISO instants): the contract's `window`. */
  window: { start: string; end: string; kind: EditionWindow["kind"] };
  generatedAt: string;
  sources: SourceReport[];
  entries: DigestEntry[];
  stories: Story[];
  sections: Section[];
  /** The lead stories shown above the topic sections. */
  topStoryIds: string[];
  /** The most important off-beat stories, when the "Elsewhere" list is on (empty by default). */
  elsewhereStoryIds?: string[];
}

/** What earlier editions showed, for judging what is stale (kept with the archive; see run/history.ts). */
export interface DigestHistory {
  editions: EditionMemory[];
}

/** One earlier edition as the next ones need it. */
export interface EditionMemory {
  /** The date the edition was shown (its name, YYYY-MM-DD). */
  date: string;
  /** Every entry of its window: a re-post of one of them later is not news. */
  entries: RememberedEntry[];
  /** The stories it showed: a later story that continues one says what is new. */
  stories: RememberedStory[];
}

export interface RememberedEntry {
  id: string;
  source: string;
  headline: string | null;
  /** Bottom-k hashes of the word shingles of its headline and summary (near-verbatim repeats share most). */
  sketch: number[];
}

export interface RememberedStory {
  id: string;
  headline: string;
  topic: string;
  entryIds: string[];
  /** Content terms of its headline and summaries (for matching a later story). */
  terms: string[];
  /** The specific details it told: names, places, figures. */
  details: string[];
}

/** A source after the read and parse stages: its entries, or why there are none. */
export interface SourceResult {
  source: Source;
  parsed: ParsedDocument | null;
  error: string | null;
}

/** One subscriber row of the subscribers file. */
export interface Subscriber {
  email: string;
  name: string | null;
  /** Topics this subscriber wants; empty means all. */
  topics: string[];
}

/** The email as rendered once per edition; per-recipient fields are filled later. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Everything the per-recipient pass of the email needs to know about one reader. */
export interface Recipient {
  email: string;
  name: string | null;
  /** Topics this reader wants; empty means all. */
  topics: string[];
  /** One-click unsubscribe link (with the reader's token), when an unsubscribe URL base is configured. */
  unsubscribeUrl: string | null;
  /** A complete `mailto:` URI (address and subject, with the reader's token) that unsubscribes this reader. */
  unsubscribeMailto: string;
  /** The reader's signed preferences page (topics, pause, unsubscribe), when PUBLIC_URL is set. */
  preferencesUrl?: string | null;
}

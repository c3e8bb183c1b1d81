// The digest's working record of one entry, how entries of several sources get names and unique ids, and the
// first pass over them: name variants folded, topic rules, relevance to the beat.
import { nameFromLocation } from "../source-name.ts";
import { entryInWindow } from "../day.ts";
import { pageNamesBeat, relevanceOf } from "./beat.ts";
import { classifyEntry, fallbackTopic, type TopicScore } from "./classify.ts";
import { bodyText, isTeaser, isTheme } from "./score.ts";
import { zones, type Zone } from "./rules.ts";
import { roundupLead, TEASER_LABEL } from "./text.ts";
import { dayVariants } from "./spelling.ts";
import { foldNames, foldWith } from "./variants.ts";
import type { BeatConfig, EditionWindow, Entry, SourceReport, SourceResult, TopicConfig } from "../types.ts";

export interface Work {
  /** The entry as published (what readers see). */
  entry: Entry;
  /** Its headline and body with name variants folded (what every comparison reads). */
  text: { headline: string | null; body: string[] };
  sourceKey: string;
  sourceName: string;
  weight: number;
  order: number;
  topic: string;
  reasons: string[];
  /** Body text (labels and photo credits dropped, names folded), computed once. */
  body: string;
  base: number;
  score: number;
  storyId: string;
  teaser: boolean;
  /** An item of a feed of headlines only (an aggregator's): its headline is its whole news. */
  headlineOnly: boolean;
  /** An explainer, analysis or feature: a theme, never merged into an event. */
  theme: boolean;
  /** The title of the article it is one section of (see sectionTitle), else null. */
  context?: string | null;
  repostOf: string | null;
  /** The topic its words lean to (its topic, else the catch-all's best rival with any score): what a teaser shows. */
  leaning: string;
  relevance: number;
  onBeat: boolean;
  /** The date of the earlier edition whose entry this one re-posts. */
  repeatOf: string | null;
  /** The date of the earlier edition that told this entry's story, when the entry adds nothing new. */
  staleSince: string | null;
}

/** The name a source is shown by: configured name, else the page's own, else its file or host name. */
export function displayName(result: SourceResult): string {
  if (result.source.name.trim()) return result.source.name.trim();
  if (result.parsed?.sourceName?.trim()) return result.parsed.sourceName.trim();
  const named = result.parsed?.entries.find((e) => e.source.trim())?.source.trim();
  if (named) return named;
  return nameFromLocation(result.source.location);
}

/**
 * Entry ids unique across sources, whatever their order: an id that several sources use is prefixed with each
 * one's source id ("trt:abc"); a repeat within one source (or of a source id) gets "#2", "#3".
 */
export function uniqueIds(results: SourceResult[], today: Entry[][]): (source: number, entry: number) => string {
  const owners = new Map<string, Set<number>>();
  today.forEach((entries, i) => {
    for (const e of entries) owners.set(e.id, (owners.get(e.id) ?? new Set()).add(i));
  });
  const seen = new Map<string, number>();
  const ids = today.map((entries, i) =>
    entries.map((e) => {
      const base = (owners.get(e.id)?.size ?? 0) > 1 ? `${results[i]!.source.id}:${e.id}` : e.id;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n === 1 ? base : `${base}#${n}`;
    }),
  );
  return (source, entry) => ids[source]![entry]!;
}

/** What the digest compares of an entry: a round-up is read as its lead item (its label and other items set aside). */
type ReadText = { headline: string | null; body: string[] };

function readAs(text: ReadText): ReadText {
  const lead = roundupLead(text.headline, text.body);
  return lead === null ? text : { headline: null, body: [lead] };
}

/** A page of at least this many entries is about the subject only when this share of them is, each on its own. */
const PAGE_ENTRIES = 4;
const PAGE_SHARE = 0.5;

/**
 * Whether a page's entries are about the subject, judged each on its own (without the page's +1): a general world
 * page whose title lists the war among other headlines lends nothing to its weather, markets and summits.
 */
function entriesShareBeat(texts: ReadText[], classes: TopicScore[], split: Zone[][], beat: BeatConfig): boolean {
  if (texts.length < PAGE_ENTRIES) return true;
  const own = texts.filter((text, i) => relevanceOf({ ...text, frontRules: classes[i]!.frontRules, zones: split[i], pageOnBeat: false }, beat).onBeat);
  return own.length >= PAGE_SHARE * texts.length;
}

/** How far before the window a page's own earlier updates count as already told (a re-post of one is no news). */
const EARLIER_HOURS = 48;

/**
 * Every source's entries of the window as work items (classified, judged against the beat), plus the per-source
 * report, page intro, key-point quota, and the page's own updates from before the window (what a re-post repeats).
 */
export function collectWork(results: SourceResult[], window: EditionWindow, topics: TopicConfig[], beat: BeatConfig) {
  const sources: SourceReport[] = [];
  const work: Work[] = [];
  const earlier: { entry: Entry; sourceName: string }[] = [];
  const from = Date.parse(window.start);
  const intros = new Map<string, string>();
  const limits = new Map<string, number>();
  const today = results.map((r) => r.parsed?.entries.filter((e) => entryInWindow(e, window)) ?? []);
  const entryId = uniqueIds(results, today);
  const fallback = fallbackTopic(topics);
  // the day's own spelling variants ("Pokrowsk" beside "Pokrovsk") fold as the beat's known ones do
  const texts = today.flatMap((entries) => entries.flatMap((e) => [e.headline ?? "", ...e.body]));
  const variants = { ...dayVariants(texts, new Set([...beat.specific, ...Object.values(beat.variants)])), ...beat.variants };
  const fold = (t: string) => foldNames(t, variants);
  results.forEach((result, i) => {
    const name = displayName(result);
    const sourceKey = `${i}:${result.source.id}`;
    if (!result.parsed) {
      sources.push({ name, location: result.source.location, status: "failed", error: result.error ?? "no entries could be read", entries: 0, warnings: [] });
      return;
    }
    const entries = today[i]!;
    // (a page that yields nothing at all is as good as unread: the edition says so rather than show a quiet source)
    if (result.parsed.unread) {
      sources.push({ name, location: result.source.location, status: "failed", error: result.parsed.unread, entries: 0, warnings: [...result.parsed.warnings] });
      return;
    }
    sources.push({ name, location: result.source.location, status: "ok", error: result.error, entries: entries.length, warnings: [...result.parsed.warnings] });
    limits.set(sourceKey, result.source.keyPoints);
    const intro = fold([result.parsed.title ?? "", ...result.parsed.intro].join(" "));
    intros.set(sourceKey, intro);
    // Each entry is read and classified once: the page's share on the beat and the entry's own judgement use it.
    const texts = entries.map((entry) => readAs({ headline: entry.headline === null ? null : fold(entry.headline), body: entry.body.map(fold) }));
    // Topic rules are written in the news's own words ("training Ukrainian troops"): they read the text with the beat's
    // spelling variants folded, but not its demonyms (which every name comparison folds: "Ukrainian" → "Ukraine").
    const spell = (t: string) => foldWith(t, beat.variants);
    const classes = entries.map((entry) => classifyEntry(readAs({ headline: entry.headline === null ? null : spell(entry.headline), body: entry.body.map(spell) }), topics));
    // the folded text's zones, split once: the page's share on the beat and each entry's relevance read them
    const split = texts.map((text) => zones(text.headline, text.body));
    const pageOnBeat = pageNamesBeat(intro, beat) && entriesShareBeat(texts, classes, split, beat);
    const context = sectionTitle(result.parsed.title, entries);
    // a feed of headlines only (an aggregator's: three or more items, none with a body): each headline is its news,
    // no teaser of a story told elsewhere; a labelled one ("Watch: …") still is
    const headlinesOnly = result.parsed.entries.length >= 3 && result.parsed.entries.every((e) => e.body.length === 0);
    for (const entry of result.parsed.entries) {
      const at = entry.published === null ? NaN : Date.parse(entry.published);
      if (at < from && at >= from - EARLIER_HOURS * 3.6e6) earlier.push({ entry, sourceName: name });
    }
    entries.forEach((entry, j) => {
      const text = texts[j]!;
      const headlineOnly = headlinesOnly && !TEASER_LABEL.test(text.headline ?? "");
      const classification = classes[j]!;
      const relevance = relevanceOf({ ...text, frontRules: classification.frontRules, zones: split[j], pageOnBeat }, beat);
      const body = bodyText(text);
      const rival = topics.filter((t) => t.name !== fallback && (classification.scores[t.name] ?? 0) > 0).sort((a, b) => classification.scores[b.name]! - classification.scores[a.name]!)[0];
      const topic = relevance.onBeat ? classification.topic : fallback;
      const reasons = relevance.onBeat ? [...classification.reasons] : [`topic ${fallback}: off the beat, so no topic rule applies (the rules said ${classification.topic})`];
      work.push({
        entry: { ...entry, id: entryId(i, j), source: name }, text,
        sourceKey, sourceName: name, weight: result.source.weight, order: work.length,
        topic, leaning: topic === fallback && relevance.onBeat && rival ? rival.name : topic, reasons: [relevance.reason, ...reasons], body,
        base: 0, score: 0, storyId: "", teaser: headlineOnly ? false : isTeaser(text, body), headlineOnly, theme: isTheme(text, body), repostOf: null, context: context && fold(context),
        relevance: relevance.value, onBeat: relevance.onBeat, repeatOf: null, staleSince: null,
      });
    });
  });
  return { sources, work, intros, limits, earlier };
}

/**
 * The title of an article whose entries are its sections (two or more, each under a headline of its own, all of one
 * time: the article's), else null: a live blog's updates have times of their own, a list of key events no headlines.
 */
function sectionTitle(title: string | null, entries: Entry[]): string | null {
  if (!title || entries.length < 2 || entries.some((e) => e.headline === null || e.headline === title)) return null;
  return entries.every((e) => e.published !== null && e.published === entries[0]!.published) ? title : null;
}

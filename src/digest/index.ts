// digest: the pure core. The window's entries of every source → judged against the beat, classified, scored, merged
// into stories, checked against what earlier editions showed, ranked.
import { foldSpellings } from "./anchors.ts";
import { DEFAULT_BEAT } from "./beat-table.ts";
import { fallbackTopic } from "./classify.ts";
import { mergeStories } from "./merge.ts";
import { byScore, corroboratedStories, keyPoints, type RankedEntry } from "./select.ts";
import { describeParts, entryScoreParts, total } from "./score.ts";
import { cosine, termModel, tfidf, type TermModel } from "./similarity.ts";
import { sketchOf } from "./memory.ts";
import { summarize } from "./score.ts";
import { earlierEditions, findContinuation, findRepeats } from "./staleness.ts";
import { buildStory, storyWhy, toDigestEntry, type Recalled } from "./story.ts";
import { terms } from "./text.ts";
import { collectWork, type Work } from "./work.ts";
import type { BeatConfig, Digest, DigestEntry, DigestHistory, EditionMemory, EditionWindow, Entry, Section, SourceResult, Story, TopicConfig } from "../types.ts";

export { DEFAULT_TOPICS } from "./topics.ts";
export { DEFAULT_BEAT } from "./beat-table.ts";
export { explainDigest } from "./explain.ts";
export { displayName } from "./work.ts";
export { rememberEdition } from "./memory.ts";

export interface DigestOptions {
  topics: TopicConfig[];
  topStories: number;
  generatedAt: string;
  /** What the briefing is about (default: the Russia–Ukraine war). */
  beat?: BeatConfig;
  /** How many off-beat stories an "Elsewhere" list shows (default 0: none). */
  elsewhere?: number;
  /** The most stories one edition shows (default MAX_STORIES): a huge day must not become an email mail clients clip. */
  maxStories?: number;
  /** What earlier editions showed (none: every story is judged on its own day, as `--date` and the score do). */
  history?: DigestHistory | null;
}

/** The default cap on the stories one edition shows (~40 stories stay under Gmail's ~102 KB clipping). */
export const MAX_STORIES = 40;

/** How many stories the briefing shows (every shown story sits in one topic section). */
export function shownStoryCount(digest: Pick<Digest, "sections">): number {
  return new Set(digest.sections.flatMap((s) => s.storyIds)).size;
}

/** Builds the day's digest from every source's parse result; a failed source is reported, the rest still build. */
export function buildDigest(results: SourceResult[], window: EditionWindow, options: DigestOptions): Digest {
  const beat = options.beat ?? DEFAULT_BEAT;
  const { sources, work, intros, limits, earlier } = collectWork(results, window, options.topics, beat);
  const fallback = fallbackTopic(options.topics);
  // One TF-IDF model serves closeness to the page intro, story merging and matching earlier editions' stories.
  const model = termModel(foldSpellings(work.map((w) => terms(`${w.text.headline ?? ""} ${w.body}`))), [...intros.values()].map(terms));
  scoreEntries(work, intros, window, options.topics.map((t) => t.name), model);
  const merged = mergeStories(work.map((w, i) => ({
    id: w.entry.id, source: w.sourceKey, topic: w.topic, published: w.entry.published, headline: w.text.headline, body: w.text.body,
    teaser: w.teaser, theme: w.theme, leaning: w.leaning, context: w.context, terms: model.docs[i]!, vector: model.vectors[i]!,
  })), { fallbackTopic: fallback, places: beatPlaces(beat), capitals: beat.party.filter((t) => !t.includes("*")).map((t) => terms(t).join(" ")) });
  const byId = new Map(work.map((w) => [w.entry.id, w]));
  for (const link of merged.links) byId.get(link.from)?.reasons.push(`merged with ${link.to}: ${link.reason}`);
  const groups = merged.groups.map((ids) => ids.map((id) => byId.get(id)!));
  const editions = earlierEditions(options.history, window.date);
  markRepeats(work, [...editions, ...pageEditions(earlier)]);
  const recalled = recall(groups, editions, model.idf, fallback);
  const stories = groups.map((group, i) => buildStory(group, merged.repostOf, recalled[i]));

  const { entries, shown, pointed, carried } = chooseShown(work, byId, limits, options.maxStories ?? MAX_STORIES);
  const told = new Set(work.filter((w) => !w.teaser && !w.repeatOf && w.repostOf === null).map((w) => w.storyId));
  const { sections, topStoryIds, elsewhereStoryIds } = arrange(stories, shown, pointed, carried, told, options);
  return {
    date: window.date, timezone: window.timezone, window: { start: window.start, end: window.end, kind: window.kind },
    generatedAt: options.generatedAt, sources, entries, stories, sections, topStoryIds, elsewhereStoryIds,
  };
}

/**
 * The beat's specific names as content terms ("Dnipro" → dnipro, "Kryvyi Rih" → "kryvyi rih"): the places reports lead
 * with. A name of several words is kept whole (its terms space-separated): a report leads with it when it names them all.
 */
function beatPlaces(beat: BeatConfig): string[] {
  return [...new Set(beat.specific.filter((t) => !t.includes("*")).map((t) => terms(t).join(" ")).filter(Boolean))];
}

/** The pages' own updates from before the window, as editions by day: a re-post of one is no news either. */
function pageEditions(earlier: { entry: Entry; sourceName: string }[]): EditionMemory[] {
  const byDay = new Map<string, EditionMemory>();
  for (const { entry, sourceName } of earlier) {
    const date = entry.published!.slice(0, 10);
    const edition = byDay.get(date) ?? { date, entries: [], stories: [] };
    edition.entries.push({ id: `page:${entry.id}`, source: sourceName, headline: entry.headline, sketch: sketchOf(`${entry.headline ?? ""}. ${summarize(entry)}`) });
    byDay.set(date, edition);
  }
  return [...byDay.values()];
}

/** Marks entries that re-post an entry of an earlier edition (or an earlier update of their own page). */
function markRepeats(work: Work[], editions: EditionMemory[]): void {
  if (editions.length === 0) return;
  findRepeats(work, editions).forEach((date, i) => {
    if (!date) return;
    work[i]!.repeatOf = date;
    work[i]!.reasons.push(`repeat of ${date}: re-posts an entry already told then`);
  });
}

/** Per story, the earlier edition's story it continues, with each entry's news (none: the entry is stale). */
function recall(groups: Work[][], editions: EditionMemory[], idf: Map<string, number>, fallback: string): (Recalled | null)[] {
  if (editions.length === 0) return groups.map(() => null);
  return groups.map((group) => {
    const told = group.filter((w) => !w.teaser && !w.repeatOf && w.onBeat);
    const lead = [...told].sort((a, b) => b.base - a.base || a.order - b.order)[0];
    if (!lead) return null;
    const continuation = findContinuation(told.map((w) => w.entry), lead.topic, editions, idf, fallback);
    if (!continuation) return null;
    const news = new Map<Work, string[]>();
    told.forEach((w, i) => {
      const fresh = continuation.news[i]!;
      news.set(w, fresh);
      const earlier = `"${continuation.story.headline}" (${continuation.date}, cosine ${continuation.cosine.toFixed(2)})`;
      if (fresh.length > 0) w.reasons.push(`continues ${earlier}; new since: ${fresh.slice(0, 6).join(", ")}`);
      else {
        w.staleSince = continuation.date;
        w.reasons.push(`stale: continues ${earlier} and adds no new detail`);
      }
    });
    return { continuation, news };
  });
}

/** Which stories the briefing shows: each source's key points, and every story two or more sources carry. */
function chooseShown(work: Work[], byId: Map<string, Work>, limits: Map<string, number>, maxStories: number) {
  const ranked: RankedEntry[] = work.map((w) => ({
    id: w.entry.id, sourceKey: w.sourceKey, storyId: w.storyId, published: w.entry.published, score: w.score, teaser: w.teaser,
    repostOf: w.repostOf, order: w.order, offBeat: !w.onBeat, stale: !!(w.repeatOf || w.staleSince), pagePoint: w.entry.keyPoint,
  }));
  const points = keyPoints(ranked, limits);
  // A story two or more sources carry is a main development of the day (gold/LABELS.md), whatever the quotas.
  const carried = corroboratedStories(ranked);
  const shown = capped(new Set([...points.map((p) => p.storyId), ...carried.keys()]), ranked, carried, maxStories, byId);
  for (const p of points) {
    const w = byId.get(p.entryId)!;
    w.reasons.push(`key point ${p.rank} of ${limits.get(p.sourceKey)} for ${w.sourceName}${w.entry.keyPoint ? " (listed under the page's Key Points)" : ""}`);
  }
  const pointed = new Set(points.map((p) => p.storyId));
  const entries: DigestEntry[] = work.map((w) => toDigestEntry(w, shown.has(w.storyId), pointed.has(w.storyId) ? undefined : carried.get(w.storyId)));
  return { entries, shown, pointed, carried };
}

/**
 * At most `max` stories: those more sources carry first, then those whose best entry scores highest (ties by page
 * order); the rest are below the cut.
 */
function capped(shown: Set<string>, ranked: RankedEntry[], carried: Map<string, number>, max: number, byId: Map<string, Work>): Set<string> {
  if (shown.size <= max) return shown;
  const best = new Map<string, RankedEntry>();
  for (const r of ranked) {
    if (!shown.has(r.storyId)) continue;
    const held = best.get(r.storyId);
    if (!held || byScore(r, held) < 0) best.set(r.storyId, r);
  }
  const sources = (r: RankedEntry) => carried.get(r.storyId) ?? 1;
  const order = [...best.values()].sort((a, b) => sources(b) - sources(a) || byScore(a, b));
  const kept = new Set(order.slice(0, max).map((r) => r.storyId));
  for (const r of ranked) {
    if (shown.has(r.storyId) && !kept.has(r.storyId)) byId.get(r.id)!.reasons.push(`below the cut: the edition shows at most ${max} stories (maxStories)`);
  }
  return kept;
}

/** Stories in score order, the shown ones filed into topic sections, the top stories, and the optional Elsewhere list. */
function arrange(stories: Story[], shown: Set<string>, pointed: Set<string>, carried: Map<string, number>, told: Set<string>, options: DigestOptions) {
  const ranked = stories.map((story, order) => ({ story, score: story.score, published: story.published, order }));
  ranked.sort(byScore);
  ranked.forEach((r, i) => (stories[i] = r.story));
  const visible = stories.filter((s) => shown.has(s.id) && s.onBeat !== false);
  const sections: Section[] = options.topics
    .map((t) => ({ topic: t.name, title: t.title, storyIds: visible.filter((s) => s.topic === t.name).map((s) => s.id) }))
    .filter((s) => s.storyIds.length > 0);
  const topStoryIds = visible.slice(0, options.topStories).map((s) => s.id);
  // Elsewhere: the highest-scoring off-beat stories with a body of their own, told for the first time.
  const elsewhereStoryIds = stories.filter((s) => s.onBeat === false && !s.since && told.has(s.id)).slice(0, options.elsewhere ?? 0).map((s) => s.id);
  for (const s of stories) s.reasons.push(elsewhereStoryIds.includes(s.id) ? "shown under Elsewhere: off the beat, among the most important" : storyWhy(s, pointed, carried, topStoryIds));
  return { sections, topStoryIds, elsewhereStoryIds };
}

/** Each entry's own score: Key Points flag, severity, closeness to its page's intro, recency, penalties, × weight. */
function scoreEntries(work: Work[], intros: Map<string, string>, window: EditionWindow, topicOrder: string[], model: TermModel): void {
  const introVectors = new Map([...intros].map(([key, text]) => [key, tfidf(terms(text), model.idf)]));
  work.forEach((w, i) => {
    const intro = introVectors.get(w.sourceKey);
    const introSimilarity = intro && intro.terms.length > 0 ? cosine(model.vectors[i]!, intro) : 0;
    const parts = entryScoreParts({
      entry: { ...w.entry, headline: w.text.headline, body: w.text.body }, window, introSimilarity, topic: w.topic,
      topicRank: topicOrder.indexOf(w.topic), topicCount: topicOrder.length, onBeat: w.onBeat, body: w.body, teaser: w.teaser, theme: w.theme,
      headlineOnly: w.headlineOnly,
    });
    w.base = total(parts, w.weight);
    w.reasons.push(`score ${w.base}${w.weight !== 1 ? ` (× source weight ${w.weight})` : ""}: ${describeParts(parts)}`);
  });
}

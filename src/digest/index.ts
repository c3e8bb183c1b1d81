// digest: the pure core. The day's entries of every source → classified, scored, merged into stories, ranked.
import { classifyEntry, fallbackTopic } from "./classify.ts";
import { mergeStories } from "./merge.ts";
import { byScore, corroboratedStories, keyPoints, type RankedEntry } from "./select.ts";
import { bodyText, describeParts, OFF_TOPIC, entryScoreParts, isTeaser, total } from "./score.ts";
import { inWindow } from "../day.ts";
import { cosine, termModel, tfidf, type TermModel } from "./similarity.ts";
import { buildStory, storyWhy, toDigestEntry } from "./story.ts";
import { terms } from "./text.ts";
import { displayName, uniqueIds, type Work } from "./work.ts";
import type { EditionWindow, Digest, DigestEntry, Section, SourceReport, SourceResult, Story, TopicConfig } from "../types.ts";

export { DEFAULT_TOPICS } from "./topics.ts";
export { explainDigest } from "./explain.ts";
export { displayName } from "./work.ts";

export interface DigestOptions {
  topics: TopicConfig[];
  topStories: number;
  generatedAt: string;
}

/** How many stories the briefing shows (every shown story sits in one topic section). */
export function shownStoryCount(digest: Pick<Digest, "sections">): number {
  return new Set(digest.sections.flatMap((s) => s.storyIds)).size;
}

/** Builds the day's digest from every source's parse result; a failed source is reported, the rest still build. */
export function buildDigest(results: SourceResult[], window: EditionWindow, options: DigestOptions): Digest {
  const { sources, work, intros, limits } = collectWork(results, window, options.topics);
  const fallback = fallbackTopic(options.topics);
  // One TF-IDF model serves both closeness to the page intro and story merging.
  const model = termModel(work.map((w) => terms(`${w.entry.headline ?? ""} ${w.body}`)), [...intros.values()].map(terms));
  scoreEntries(work, intros, window, options.topics.map((t) => t.name), fallback, model);
  const merged = mergeStories(work.map((w, i) => ({ ...w.entry, source: w.sourceKey, topic: w.topic, teaser: w.teaser, terms: model.docs[i]!, vector: model.vectors[i]! })));
  const byId = new Map(work.map((w) => [w.entry.id, w]));
  for (const link of merged.links) byId.get(link.from)?.reasons.push(`merged with ${link.to}: ${link.reason}`);
  const stories = merged.groups.map((ids) => buildStory(ids.map((id) => byId.get(id)!), merged.repostOf));

  const { entries, shown, pointed, carried } = chooseShown(work, byId, limits);
  const { sections, topStoryIds } = arrange(stories, shown, pointed, carried, options);
  return {
    date: window.date, timezone: window.timezone, window: { start: window.start, end: window.end, kind: window.kind },
    generatedAt: options.generatedAt, sources, entries, stories, sections, topStoryIds,
  };
}

/** Every source's entries of the window as work items, plus the per-source report, page intro and key-point quota. */
function collectWork(results: SourceResult[], window: EditionWindow, topics: TopicConfig[]) {
  const sources: SourceReport[] = [];
  const work: Work[] = [];
  const intros = new Map<string, string>();
  const limits = new Map<string, number>();
  const today = results.map((r) => r.parsed?.entries.filter((e) => inWindow(e.published, window)) ?? []);
  const entryId = uniqueIds(results, today);
  const fallback = fallbackTopic(topics);
  results.forEach((result, i) => {
    const name = displayName(result);
    const sourceKey = `${i}:${result.source.id}`;
    if (!result.parsed) {
      sources.push({ name, location: result.source.location, status: "failed", error: result.error ?? "no entries could be read", entries: 0, warnings: [] });
      return;
    }
    const entries = today[i]!;
    sources.push({ name, location: result.source.location, status: "ok", error: result.error, entries: entries.length, warnings: [...result.parsed.warnings] });
    limits.set(sourceKey, result.source.keyPoints);
    intros.set(sourceKey, [result.parsed.title ?? "", ...result.parsed.intro].join(" "));
    entries.forEach((entry, j) => {
      const classification = classifyEntry(entry, topics);
      const body = bodyText(entry);
      work.push({
        entry: { ...entry, id: entryId(i, j), source: name },
        sourceKey, sourceName: name, weight: result.source.weight, order: work.length,
        topic: classification.topic, reasons: classification.reasons, body,
        base: 0, score: 0, storyId: "", teaser: isTeaser(entry, body), repostOf: null,
        fallbackScore: classification.scores[fallback] ?? 0, offTopic: false,
      });
    });
  });
  return { sources, work, intros, limits };
}

/** Which stories the briefing shows: each source's key points, and every story two or more sources carry. */
function chooseShown(work: Work[], byId: Map<string, Work>, limits: Map<string, number>) {
  const ranked: RankedEntry[] = work.map((w) => ({ id: w.entry.id, sourceKey: w.sourceKey, storyId: w.storyId, published: w.entry.published, score: w.score, teaser: w.teaser, repostOf: w.repostOf, order: w.order, offTopic: w.offTopic }));
  const points = keyPoints(ranked, limits);
  // A story two or more sources carry is a main development of the day (gold/LABELS.md), whatever the quotas.
  const carried = corroboratedStories(ranked);
  const shown = new Set([...points.map((p) => p.storyId), ...carried.keys()]);
  for (const p of points) {
    const w = byId.get(p.entryId)!;
    w.reasons.push(`key point ${p.rank} of ${limits.get(p.sourceKey)} for ${w.sourceName}`);
  }
  const pointed = new Set(points.map((p) => p.storyId));
  const entries: DigestEntry[] = work.map((w) => toDigestEntry(w, shown.has(w.storyId), pointed.has(w.storyId) ? undefined : carried.get(w.storyId)));
  return { entries, shown, pointed, carried };
}

/** Stories in score order, the shown ones filed into topic sections, and the top stories. */
function arrange(stories: Story[], shown: Set<string>, pointed: Set<string>, carried: Map<string, number>, options: DigestOptions) {
  const order = new Map(stories.map((s, i) => [s.id, i]));
  const sortStories = (a: Story, b: Story) => byScore({ ...a, order: order.get(a.id)! }, { ...b, order: order.get(b.id)! });
  stories.sort(sortStories);
  const visible = stories.filter((s) => shown.has(s.id));
  const sections: Section[] = options.topics
    .map((t) => ({ topic: t.name, title: t.title, storyIds: visible.filter((s) => s.topic === t.name).map((s) => s.id) }))
    .filter((s) => s.storyIds.length > 0);
  const topStoryIds = visible.slice(0, options.topStories).map((s) => s.id);
  for (const s of stories) s.reasons.push(storyWhy(s.id, pointed, carried, topStoryIds));
  return { sections, topStoryIds };
}

/** Each entry's own score: Key Points flag, severity, closeness to its page's intro, recency, penalties, × weight. */
function scoreEntries(work: Work[], intros: Map<string, string>, window: EditionWindow, topicOrder: string[], fallback: string, model: TermModel): void {
  const introVectors = new Map([...intros].map(([key, text]) => [key, tfidf(terms(text), model.idf)]));
  work.forEach((w, i) => {
    const intro = introVectors.get(w.sourceKey);
    const introSimilarity = intro && intro.size > 0 ? cosine(model.vectors[i]!, intro) : 0;
    const parts = entryScoreParts({
      entry: w.entry, window, introSimilarity, topic: w.topic, topicRank: topicOrder.indexOf(w.topic), topicCount: topicOrder.length,
      warTopic: w.topic !== fallback, fallbackScore: w.fallbackScore, body: w.body, teaser: w.teaser,
    });
    w.offTopic = parts.some((p) => p.name === OFF_TOPIC);
    w.base = total(parts, w.weight);
    w.reasons.push(`score ${w.base}${w.weight !== 1 ? ` (× source weight ${w.weight})` : ""}: ${describeParts(parts)}`);
  });
}

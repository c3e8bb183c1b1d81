// digest: the pure core. The day's entries of every source → classified, scored, merged into stories, ranked.
import { classifyEntry, fallbackTopic } from "./classify.ts";
import { nameFromLocation } from "./source-name.ts";
import { mergeStories } from "./merge.ts";
import { byScore, corroboratedStories, corroboration, keyPoints, type RankedEntry } from "./rank.ts";
import { bodyText, describeParts, OFF_TOPIC, entryScoreParts, inWindow, isTeaser, summarize, total } from "./select.ts";
import { cosine, termModel, tfidf, type TermModel } from "./similarity.ts";
import { shortHash, splitSentences, terms } from "./text.ts";
import type { DayWindow, Digest, DigestEntry, Entry, Section, SourceReport, SourceResult, Story, TopicConfig } from "./types.ts";

export interface DigestOptions {
  topics: TopicConfig[];
  topStories: number;
  generatedAt: string;
}

interface Work {
  entry: Entry;
  sourceKey: string;
  sourceName: string;
  weight: number;
  order: number;
  topic: string;
  reasons: string[];
  /** Body text (labels and photo credits dropped), computed once. */
  body: string;
  base: number;
  score: number;
  storyId: string;
  teaser: boolean;
  repostOf: string | null;
  /** The catch-all topic's rule score: frontline, humanitarian, security or politics vocabulary. */
  fallbackScore: number;
  offTopic: boolean;
}

/** The name a source is shown by: configured name, else the page's own, else its file or host name. */
export function displayName(result: SourceResult): string {
  if (result.source.name.trim()) return result.source.name.trim();
  if (result.parsed?.sourceName?.trim()) return result.parsed.sourceName.trim();
  const named = result.parsed?.entries.find((e) => e.source.trim())?.source.trim();
  if (named) return named;
  return nameFromLocation(result.source.location);
}

/** How many stories the briefing shows (every shown story sits in one topic section). */
export function shownStoryCount(digest: Pick<Digest, "sections">): number {
  return new Set(digest.sections.flatMap((s) => s.storyIds)).size;
}

/** Builds the day's digest from every source's parse result; a failed source is reported, the rest still build. */
export function buildDigest(results: SourceResult[], window: DayWindow, options: DigestOptions): Digest {
  const sources: SourceReport[] = [];
  const work: Work[] = [];
  const intros = new Map<string, string>();
  const limits = new Map<string, number>();
  const today = results.map((r) => r.parsed?.entries.filter((e) => inWindow(e.published, window)) ?? []);
  const entryId = uniqueIds(results, today);
  const fallback = fallbackTopic(options.topics);
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
      const classification = classifyEntry(entry, options.topics);
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

  // One TF-IDF model serves both closeness to the page intro and story merging.
  const model = termModel(work.map((w) => terms(`${w.entry.headline ?? ""} ${w.body}`)), [...intros.values()].map(terms));
  scoreEntries(work, intros, window, options.topics.map((t) => t.name), fallback, model);
  const merged = mergeStories(work.map((w, i) => ({ ...w.entry, source: w.sourceKey, topic: w.topic, teaser: w.teaser, terms: model.docs[i]!, vector: model.vectors[i]! })));
  const byId = new Map(work.map((w) => [w.entry.id, w]));
  for (const link of merged.links) byId.get(link.from)?.reasons.push(`merged with ${link.to}: ${link.reason}`);
  const stories = merged.groups.map((ids) => buildStory(ids.map((id) => byId.get(id)!), merged.repostOf));

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

  const order = new Map(stories.map((s, i) => [s.id, i]));
  const sortStories = (a: Story, b: Story) => byScore({ ...a, order: order.get(a.id)! }, { ...b, order: order.get(b.id)! });
  stories.sort(sortStories);
  const visible = stories.filter((s) => shown.has(s.id));
  const sections: Section[] = options.topics
    .map((t) => ({ topic: t.name, title: t.title, storyIds: visible.filter((s) => s.topic === t.name).map((s) => s.id) }))
    .filter((s) => s.storyIds.length > 0);
  const topStoryIds = visible.slice(0, options.topStories).map((s) => s.id);
  for (const s of stories) s.reasons.push(storyWhy(s.id, pointed, carried, topStoryIds));
  return { date: window.date, timezone: window.timezone, generatedAt: options.generatedAt, sources, entries, stories, sections, topStoryIds };
}

/**
 * Entry ids unique across sources, whatever their order: an id that several sources use is prefixed with each
 * one's source id ("trt:abc"); a repeat within one source (or of a source id) gets "#2", "#3".
 */
function uniqueIds(results: SourceResult[], today: Entry[][]): (source: number, entry: number) => string {
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

/** Each entry's own score: Key Points flag, severity, closeness to its page's intro, recency, penalties, × weight. */
function scoreEntries(work: Work[], intros: Map<string, string>, window: DayWindow, topicOrder: string[], fallback: string, model: TermModel): void {
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

/** One story from its entries: the best entry gives headline and summary; corroboration lifts every entry. */
function buildStory(group: Work[], repostOf: Map<string, string>): Story {
  const byTime = [...group].sort((a, b) => (a.entry.published ?? "9").localeCompare(b.entry.published ?? "9") || a.order - b.order);
  const id = `story-${shortHash(byTime[0]!.entry.id)}`;
  const bonus = corroboration(group);
  for (const w of group) {
    w.storyId = id;
    w.repostOf = repostOf.get(w.entry.id) ?? null;
    w.score = Math.round((w.base + bonus.value) * 1000) / 1000;
    if (bonus.value > 0) w.reasons.push(`corroboration +${bonus.value} (${bonus.detail})`);
  }
  const lead = [...group].sort((a, b) => Number(a.teaser) - Number(b.teaser) || b.score - a.score || a.order - b.order)[0]!;
  // A teaser is filed where the story it shows is (gold/LABELS.md: a teaser carries its event's topic).
  for (const w of group) {
    if (!w.teaser || lead.teaser || w.topic === lead.topic) continue;
    w.reasons.push(`topic ${lead.topic}: a teaser takes the topic of the story it shows (was ${w.topic})`);
    w.topic = lead.topic;
  }
  const published = group.map((w) => w.entry.published).filter((p): p is string => p !== null).sort().at(-1) ?? null;
  const headline = lead.entry.headline?.trim() || splitSentences(lead.body)[0] || "(untitled)";
  const sources = [...new Set(byTime.map((w) => w.sourceName))];
  return {
    id,
    topic: lead.topic,
    headline,
    summary: summarize(lead.entry),
    score: lead.score,
    published,
    entryIds: byTime.map((w) => w.entry.id),
    sources,
    links: byTime.map((w) => ({ source: w.sourceName, url: w.entry.url, published: w.entry.published, entryId: w.entry.id })),
    reasons: [
      `lead entry ${lead.entry.id} (${lead.sourceName}), score ${lead.score}`,
      ...(group.length > 1 ? [`corroboration +${bonus.value}: ${bonus.detail}`] : []),
      ...group.flatMap((w) => w.reasons.filter((r) => r.startsWith("merged with")).map((r) => `${w.entry.id} ${r}`)),
    ],
  };
}

/** Why a story is shown or not: a source's key point, carried by several sources, or neither. */
function storyWhy(id: string, pointed: Set<string>, carried: Map<string, number>, top: string[]): string {
  if (pointed.has(id)) return top.includes(id) ? "shown: top story and key point" : "shown: a source's key point";
  if (carried.has(id)) return `shown${top.includes(id) ? ": top story" : ""}: carried by ${carried.get(id)} sources`;
  return "not shown: no source ranked it among its key points";
}

function toDigestEntry(w: Work, storyShown: boolean, carriers?: number): DigestEntry {
  const selected = storyShown && !w.teaser && w.repostOf === null;
  const why = !storyShown ? "not selected: its story is not among any source's key points"
    : w.teaser ? "not selected: a teaser with no body of its own"
    : w.repostOf !== null ? `not selected: repeats ${w.repostOf}`
    : carriers ? `selected: part of a story the briefing shows (carried by ${carriers} sources)` : "selected: part of a story the briefing shows";
  const { entry } = w;
  return {
    id: entry.id, source: w.sourceName, headline: entry.headline, published: entry.published, author: entry.author,
    summary: summarize(entry), topic: w.topic, score: w.score, storyId: w.storyId, keyPoint: entry.keyPoint,
    selected, url: entry.url, reasons: [...w.reasons, why],
  };
}

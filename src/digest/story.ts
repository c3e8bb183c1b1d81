// One story from its entries (headline, summary, topic, links), why it is shown, and each entry's digest record.
import type { DigestEntry, Story } from "../types.ts";
import { corroboration } from "./select.ts";
import { summarize } from "./score.ts";
import { splitSentences, shortHash } from "./text.ts";
import type { Work } from "./work.ts";

/** One story from its entries: the best entry gives headline and summary; corroboration lifts every entry. */
export function buildStory(group: Work[], repostOf: Map<string, string>): Story {
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
export function storyWhy(id: string, pointed: Set<string>, carried: Map<string, number>, top: string[]): string {
  if (pointed.has(id)) return top.includes(id) ? "shown: top story and key point" : "shown: a source's key point";
  if (carried.has(id)) return `shown${top.includes(id) ? ": top story" : ""}: carried by ${carried.get(id)} sources`;
  return "not shown: no source ranked it among its key points";
}

export function toDigestEntry(w: Work, storyShown: boolean, carriers?: number): DigestEntry {
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

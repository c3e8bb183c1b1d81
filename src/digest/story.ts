// One story from its entries (headline, summary, topic, links, whether it continues an earlier edition's story),
// why it is shown, and each entry's digest record with why it was left out.
import type { DigestEntry, Story } from "../types.ts";
import { corroboration } from "./select.ts";
import { summarize } from "./score.ts";
import type { Continuation } from "./staleness.ts";
import { cleanText, splitSentences, shortHash } from "./text.ts";
import type { Work } from "./work.ts";

/**
 * One event has one topic (gold/LABELS.md files a story's reports alike, 99 in 100 of them): when most of a story's
 * told reports (three or more, on the beat, no teasers) share a topic, the others take it; their own words lean
 * elsewhere only because they tell the event from one side ("Kremlin vows to answer the attack" is the strike's story).
 */
function followMajority(group: Work[]): void {
  const told = group.filter((w) => !w.teaser && w.onBeat);
  if (told.length < 3) return;
  const counts = new Map<string, number>();
  for (const w of told) counts.set(w.topic, (counts.get(w.topic) ?? 0) + 1);
  const [major, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  if (count * 2 <= told.length) return;
  for (const w of told) {
    if (w.topic === major) continue;
    w.reasons.push(`topic ${major}: most of its story's reports are ${major} (its own words said ${w.topic})`);
    w.topic = major;
  }
}

/** What a story's entries say against an earlier edition's story: the earlier one, and each entry's new details. */
export interface Recalled {
  continuation: Continuation;
  news: Map<Work, string[]>;
}

/** One story from its entries: the best fresh entry gives headline and summary; corroboration lifts every entry. */
export function buildStory(group: Work[], repostOf: Map<string, string>, recalled: Recalled | null = null): Story {
  const byTime = [...group].sort((a, b) => (a.entry.published ?? "9").localeCompare(b.entry.published ?? "9") || a.order - b.order);
  const id = `story-${shortHash(byTime[0]!.entry.id)}`;
  // Repeats of earlier editions and stale retellings say nothing new: they corroborate nothing today.
  const bonus = corroboration(group.filter((w) => !w.repeatOf && !w.staleSince));
  for (const w of group) {
    w.storyId = id;
    w.repostOf = repostOf.get(w.entry.id) ?? null;
    w.score = Math.round((w.base + bonus.value) * 1000) / 1000;
    if (bonus.value > 0) w.reasons.push(`corroboration +${bonus.value} (${bonus.detail})`);
  }
  const rank = (w: Work) => Number(w.teaser) * 4 + Number(!!w.repeatOf || !!w.staleSince) * 2 + Number(!w.onBeat);
  const lead = [...group].sort((a, b) => rank(a) - rank(b) || b.score - a.score || a.order - b.order)[0]!;
  followMajority(group);
  // A teaser carries the topic of the event it shows (gold/LABELS.md); a story never takes its topic from a teaser.
  for (const w of group) {
    if (!w.teaser || lead.teaser || w.topic === lead.topic) continue;
    w.reasons.push(`topic ${lead.topic}: a teaser carries the topic of the story it shows (its own words said ${w.topic})`);
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
    onBeat: lead.onBeat,
    ...sinceEarlier(group, recalled),
  };
}

/** A continuing story's marks: developing with what is new (the latest entry that adds something), or stale. */
function sinceEarlier(group: Work[], recalled: Recalled | null): Pick<Story, "developing" | "newSince" | "since"> {
  if (!recalled) return { developing: false, newSince: null, since: null };
  const { continuation: c, news } = recalled;
  const fresh = group.filter((w) => (news.get(w)?.length ?? 0) > 0).sort((a, b) => (b.entry.published ?? "").localeCompare(a.entry.published ?? "") || a.order - b.order);
  const latest = fresh[0];
  if (!latest) return { developing: false, newSince: null, since: c.date };
  const line = cleanText(latest.entry.headline ?? "") || splitSentences(latest.body)[0] || "";
  return { developing: true, newSince: line, since: c.date };
}

/** Why a story is shown or not: a source's key point, carried by several sources, stale, off the beat, or none of these. */
export function storyWhy(story: Story, pointed: Set<string>, carried: Map<string, number>, top: string[]): string {
  const id = story.id;
  const developing = story.developing ? ` (developing since ${story.since}: ${story.newSince})` : "";
  if (pointed.has(id)) return (top.includes(id) ? "shown: top story and key point" : "shown: a source's key point") + developing;
  if (carried.has(id)) return `shown${top.includes(id) ? ": top story" : ""}: carried by ${carried.get(id)} sources${developing}`;
  if (story.onBeat === false) return "not shown: off the beat";
  if (story.since && !story.developing) return `not shown: stale, told on ${story.since} with nothing new since`;
  return "not shown: below the cut (no source ranked it among its key points)";
}

/** Why an entry is not selected, in a few words (null when it is). */
function leftOut(w: Work, storyShown: boolean): string | null {
  if (!w.onBeat) return "off the beat";
  if (w.repeatOf) return `repeat of ${w.repeatOf}`;
  if (w.staleSince) return `stale: told on ${w.staleSince}, nothing new`;
  if (w.teaser) return "teaser";
  if (w.repostOf !== null) return `repeats ${w.repostOf}`;
  if (!storyShown) return "below the cut";
  return null;
}

export function toDigestEntry(w: Work, storyShown: boolean, carriers?: number): DigestEntry {
  const out = leftOut(w, storyShown);
  const why = out === null
    ? carriers ? `selected: part of a story the briefing shows (carried by ${carriers} sources)` : "selected: part of a story the briefing shows"
    : out === "below the cut" ? "not selected: below the cut (its story is not among any source's key points)"
    : out === "teaser" ? "not selected: a teaser with no body of its own"
    : `not selected: ${out}`;
  const { entry } = w;
  return {
    id: entry.id, source: w.sourceName, headline: entry.headline, published: entry.published, author: entry.author,
    summary: summarize(entry), topic: w.topic, score: w.score, storyId: w.storyId, keyPoint: entry.keyPoint,
    selected: out === null, url: entry.url, reasons: [...w.reasons, why], relevance: w.relevance, onBeat: w.onBeat, leftOut: out,
  };
}

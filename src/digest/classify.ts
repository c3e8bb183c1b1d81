// classify: which topic an entry belongs to, by the topics' weighted rules (topics.ts) over headline and body, with
// the rules that fired. Matching and zones live in rules.ts.
import { candidates, compile, type Compiled, type Matcher } from "./classify-index.ts";
import { isFront, matchSpan, matches, zones, type Zone } from "./rules.ts";
import type { Classification, TopicConfig } from "../types.ts";
import { TEASER_LABEL } from "./text.ts";

/** What classifying one entry yields: the topic, every topic's score, runners-up and the rules that fired. */
export interface TopicScore extends Classification {
  scores: Record<string, number>;
  /** Other topics that scored at least half the winner's score. */
  secondary: string[];
  /** Rules of weight ≥ 2 (any topic) that fired in the headline or lead sentence: acts and actors the entry leads with. */
  frontRules: FrontRule[];
}

/** A rule of weight ≥ 2 that fired in the headline or lead sentence, and how much it says about the kind of news. */
export interface FrontRule {
  term: string;
  /** A war topic's rule (not the catch-all's), that topic's `requires` met: the war's kind of news. */
  war: boolean;
  /** Fired in a main clause, not in a clause of circumstance ("… after rebels took control"). */
  main: boolean;
  /** Weight ≥ 3: a predicate (what happens), not an actor or a resource. */
  predicate: boolean;
  topic: string;
}

/** A rule that fired: written out only for the winning topic's reasons (a day has thousands of entries). */
type Fired = string | { term: string; zone: string; points: number };

function describeFired(fired: Fired): string {
  // joined, not a template: a template leaves a tree of string pieces, and a big day keeps ~10 of these per entry
  return typeof fired === "string" ? `rule ${fired}` : ["rule \"", fired.term, "\" in ", fired.zone, fired.points >= 0 ? " +" : " ", round(fired.points)].join("");
}

/** Below this score no topic claims the entry and it goes to "other". */
const MIN_SCORE = 2;
/** Rules of at least this weight are a topic's own predicates (see topics.ts). */
const PREDICATE_WEIGHT = 3;
/** Rules of at least this weight in the headline or lead sentence tell the beat what kind of news an entry is. */
const FRONT_RULE_WEIGHT = 2;
/** A topic whose `requires` terms are absent from the headline and lead keeps this share of its score. */
const REQUIRES_FACTOR = 0.25;
/** Points for the topic whose predicate the headline leads with (primary = what the headline leads with). */
const LEAD_BONUS = 4;

/**
 * The predicate the lead leads with: the earliest rule of weight ≥ PREDICATE_WEIGHT in the headline's (or lead
 * sentence's) main clause; at one position the longer term wins. Weight-3+ terms are a topic's own predicates
 * (verbs and event nouns: "shipped", "appeal for", "loan", "shot down"), weapons and actors weigh less, so
 * "X shipped missiles to Y" leads with the transfer, not with the weapon.
 */
function leadPredicate(zone: Zone | undefined, rules: Compiled): Matcher | null {
  if (!zone) return null;
  const matchers = candidates(zone.tokens, rules).map((i) => rules.matchers[i]!);
  // A negative rule vetoes the terms it contains ("national security council" is not the UN's).
  const vetoed = matchers
    .filter((m) => m.weight < 0)
    .map((m) => ({ topic: m.topic, span: matchSpan(zone.tokens, m.parts) }))
    .filter((v) => v.span !== null)
    .map((v) => ({ topic: v.topic, at: v.span!.at, end: v.span!.end }));
  let best: { m: Matcher; at: number; end: number } | null = null;
  for (const m of matchers) {
    if (m.weight < PREDICATE_WEIGHT) continue;
    const span = matchSpan(zone.tokens, m.parts);
    if (!span) continue;
    const { at, end } = span;
    if (vetoed.some((v) => v.topic === m.topic && v.at <= at && end <= v.end)) continue;
    if (!best || at < best.at || (at === best.at && end - at > best.end - best.at)) best = { m, at, end };
  }
  return best?.m ?? null;
}

/**
 * Every topic's rule score over the zones, with the rules that fired and the front zones' rules. Within a zone a
 * rule inside a longer one of its topic adds nothing ("missile strike" counts once, not with "strike" and "missile").
 */
function scoreRules(zoneList: Zone[], topics: TopicConfig[], rules: Compiled, fallback: string) {
  const scores: Record<string, number> = Object.fromEntries(topics.map((t) => [t.name, 0]));
  const fired: Record<string, Fired[]> = Object.fromEntries(topics.map((t) => [t.name, []]));
  const front = new Map<string, FrontRule>();
  // topics for which a rule above an object's weight fired anywhere: an act, an event, an actor doing something
  const acted = new Set<string>();
  for (const zone of zoneList) {
    const found = candidates(zone.tokens, rules)
      .map((index) => ({ m: rules.matchers[index]!, index, span: matchSpan(zone.tokens, rules.matchers[index]!.parts) }))
      .filter((f) => f.span !== null)
      .map((f) => ({ ...f, at: f.span!.at, to: f.span!.end }))
      .sort((a, b) => b.m.parts.length - a.m.parts.length || b.m.weight - a.m.weight);
    const taken: { topic: string; from: number; to: number; phrase: boolean }[] = [];
    const counted = found.filter(({ m, at, to }) => {
      // a rule inside a longer one counts once: within its topic, or inside a verb-and-object rule of another topic
      // ("condemn* ... strike*": "condemns the strike" is about the strike, not a diplomatic act of its own)
      if (m.weight > 0 && taken.some((t) => t.from <= at && to <= t.to && (t.topic === m.topic || (t.phrase && t.to - t.from > to - at)))) return false;
      if (m.weight > 0) taken.push({ topic: m.topic, from: at, to, phrase: m.parts.some((p) => p.gap) });
      return true;
    });
    // a negative rule around a term says the words are not that topic's kind of news ("strike a deal")
    const vetoes = found.filter((f) => f.m.weight < 0);
    for (const { m, at, to } of counted.sort((a, b) => a.index - b.index)) {
      const points = m.weight * zone.weight;
      if (m.weight >= FRONT_RULE_WEIGHT) acted.add(m.topic);
      scores[m.topic] = (scores[m.topic] ?? 0) + points;
      fired[m.topic]?.push({ term: m.term, zone: zone.label, points });
      if (m.weight < FRONT_RULE_WEIGHT || !isFront(zone)) continue;
      if (vetoes.some((v) => v.m.topic === m.topic && v.at <= at && to <= v.to)) continue;
      const had = front.get(m.term);
      const main = zone.weight >= 1 || !!had?.main;
      front.set(m.term, { term: m.term, topic: m.topic, war: m.topic !== fallback, main, predicate: m.weight >= PREDICATE_WEIGHT });
    }
  }
  return { scores, fired, frontRules: [...front.values()], acted };
}

/** Classifies an entry by the topics' rules; "other" wins when no topic scores at least MIN_SCORE. */
export function classifyEntry(entry: { headline: string | null; body: string[] }, topics: TopicConfig[]): TopicScore {
  const rules = compile(topics);
  const { requires } = rules;
  const zoneList = zones(entry.headline, entry.body);
  const fallback = fallbackTopic(topics);
  const { scores, fired, frontRules, acted } = scoreRules(zoneList, topics, rules, fallback);
  const lead = leadPredicate(zoneList.find((z) => z.label === "headline" || z.label === "lead"), rules);
  if (lead) {
    scores[lead.topic] = (scores[lead.topic] ?? 0) + LEAD_BONUS;
    fired[lead.topic]?.unshift(`"${lead.term}" leads the ${entry.headline ? "headline" : "lead sentence"} +${LEAD_BONUS}`);
  }
  const front = zoneList.filter((z) => z.weight >= 1.5 || z.label.startsWith("headline") || z.label.startsWith("lead"));
  for (const t of topics) {
    const needed = requires.get(t.name);
    if (!needed || (scores[t.name] ?? 0) <= 0) continue;
    if (front.some((z) => needed.some((parts) => matches(z.tokens, parts)))) continue;
    scores[t.name] = (scores[t.name] ?? 0) * REQUIRES_FACTOR;
    // aid with no party named ("parliament approves the budget") is no war news either
    for (const r of frontRules) if (r.topic === t.name) r.war = false;
    fired[t.name]?.push(`× ${REQUIRES_FACTOR}: none of ${t.requires!.join(", ")} in the headline or first sentence`);
  }
  // A plain headline whose only evidence for a topic that needs an act is its objects (weapons named, no act: "Ukraine
  // shows off a home-built cruise missile") is not that topic's news; a teaser or explainer about them is ("Explainer:
  // how glide bombs work").
  if (entry.headline && !TEASER_LABEL.test(entry.headline)) {
    for (const t of topics) {
      if (!t.needsAct || acted.has(t.name) || (scores[t.name] ?? 0) <= 0) continue;
      scores[t.name] = (scores[t.name] ?? 0) * REQUIRES_FACTOR;
      fired[t.name]?.push(`× ${REQUIRES_FACTOR}: only its objects named, no act`);
    }
  }
  let topic = fallback;
  // A war topic that ties with the catch-all wins: "other" is what is left when no war topic scores.
  let best = Math.max(MIN_SCORE, scores[fallback] ?? 0) - 1e-9;
  for (const t of topics) {
    const s = scores[t.name] ?? 0;
    if (t.name !== fallback && s > best) {
      topic = t.name;
      best = s;
    }
  }
  const winner = scores[topic] ?? 0;
  const secondary = topics
    .map((t) => t.name)
    .filter((name) => name !== topic && name !== fallback && (scores[name] ?? 0) >= Math.max(MIN_SCORE, winner / 2));
  const summary = topics.map((t) => `${t.name} ${round(scores[t.name] ?? 0)}`).join(", ");
  const reasons = [
    topic === fallback && winner < MIN_SCORE
      ? `topic ${topic}: no topic reached ${MIN_SCORE} (${summary})`
      : `topic ${topic}: highest score (${summary})`,
    ...(fired[topic] ?? []).slice(0, 8).map(describeFired),
  ];
  if (secondary.length > 0) reasons.push(`also about: ${secondary.join(", ")}`);
  return { topic, reasons, scores, secondary, frontRules };
}

/** The catch-all topic: "other" when configured, else the last one. */
export function fallbackTopic(topics: TopicConfig[]): string {
  return topics.find((t) => t.name === "other")?.name ?? topics[topics.length - 1]?.name ?? "other";
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

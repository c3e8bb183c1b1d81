// classify: which topic an entry belongs to, by weighted rules over headline and body, with the rules that fired.
import { normalize, splitSentences, stripLabel } from "./text.ts";
import type { Classification, TopicConfig } from "./types.ts";

/** What classifying one entry yields: the topic, every topic's score, runners-up and the rules that fired. */
export interface TopicScore extends Classification {
  scores: Record<string, number>;
  /** Other topics that scored at least half the winner's score. */
  secondary: string[];
}

interface Matcher {
  topic: string;
  term: string;
  weight: number;
  parts: { word: string; prefix: boolean }[];
}

interface Zone {
  label: string;
  weight: number;
  tokens: string[];
}

/** Below this score no topic claims the entry and it goes to "other". */
const MIN_SCORE = 2;
/** Words that open a subordinate clause: what follows them is context, not what the sentence leads with. */
const SUBORDINATE = new Set(["as", "after", "amid", "following", "while", "despite", "because", "since", "when", "before", "that", "which", "who", "where", "but"]);
const SPEECH = new Set(["said", "says", "say", "announced", "reported", "warned", "claimed", "confirmed", "denied", "stated", "added", "believe", "believes", "added", "told", "ensure", "shows", "show"]);
const compiled = new WeakMap<TopicConfig[], Matcher[]>();

/** Tokens for rule matching: normalised words, hyphens split, possessive 's dropped. */
export function ruleTokens(text: string): string[] {
  return (normalize(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []).map((w) => w.replace(/'s$/, "").replace(/'/g, ""));
}

function compileTerm(term: string): Matcher["parts"] {
  const raw = term.trim();
  const prefixAll = raw.endsWith("*");
  const tokens = ruleTokens(prefixAll ? raw.slice(0, -1) : raw);
  return tokens.map((word, i) => ({ word, prefix: prefixAll && i === tokens.length - 1 }));
}

function compileTerms(list: string[]): Matcher["parts"][] {
  return list.map(compileTerm).filter((p) => p.length > 0);
}

function compile(topics: TopicConfig[]): Matcher[] {
  let matchers = compiled.get(topics);
  if (matchers) return matchers;
  matchers = topics.flatMap((topic) =>
    topic.rules
      .map((rule) => ({ topic: topic.name, term: rule.term.trim(), weight: rule.weight, parts: compileTerm(rule.term) }))
      .filter((m) => m.parts.length > 0),
  );
  compiled.set(topics, matchers);
  return matchers;
}

function matches(tokens: string[], parts: Matcher["parts"]): boolean {
  outer: for (let i = 0; i + parts.length <= tokens.length; i++) {
    for (let j = 0; j < parts.length; j++) {
      const part = parts[j]!;
      const token = tokens[i + j]!;
      if (part.prefix ? !token.startsWith(part.word) : token !== part.word) continue outer;
    }
    return true;
  }
  return false;
}

/** Splits a sentence's tokens into the main clause and the subordinate rest ("X as Y" → X, Y). */
function clauses(tokens: string[]): [string[], string[]] {
  for (let i = 2; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!SUBORDINATE.has(word)) continue;
    if ((word === "that" || word === "as") && SPEECH.has(tokens[i - 1] ?? "")) continue;
    if (word === "as" && /^(?:well|soon|long|much|many|far)$/.test(tokens[i + 1] ?? "")) continue;
    return [tokens.slice(0, i), tokens.slice(i)];
  }
  return [tokens, []];
}

/** The weighted zones of an entry: headline counts most, then its lead sentence, then the rest of the body. */
function zones(headline: string | null, body: string[]): Zone[] {
  const sentences = body.flatMap((p) => splitSentences(stripLabel(p)));
  const out: Zone[] = [];
  const head = headline ? stripLabel(headline) : "";
  let rest = sentences;
  const lead = head || sentences[0] || "";
  if (!head) rest = sentences.slice(1);
  const [main, sub] = clauses(ruleTokens(lead));
  out.push({ label: head ? "headline" : "lead", weight: 3, tokens: main });
  out.push({ label: head ? "headline (subordinate clause)" : "lead (subordinate clause)", weight: 0.5, tokens: sub });
  if (head && rest[0]) {
    const [leadMain, leadSub] = clauses(ruleTokens(rest[0]));
    out.push({ label: "first sentence", weight: 1.5, tokens: leadMain });
    out.push({ label: "first sentence (subordinate clause)", weight: 0.5, tokens: leadSub });
    rest = rest.slice(1);
  }
  out.push({ label: "body", weight: 0.5, tokens: ruleTokens(rest.join(" ")) });
  return out.filter((z) => z.tokens.length > 0);
}

/** Classifies an entry by the topics' rules; "other" wins when no topic scores at least MIN_SCORE. */
export function classifyEntry(entry: { headline: string | null; body: string[] }, topics: TopicConfig[]): TopicScore {
  const matchers = compile(topics);
  const scores: Record<string, number> = Object.fromEntries(topics.map((t) => [t.name, 0]));
  const fired: Record<string, string[]> = Object.fromEntries(topics.map((t) => [t.name, []]));
  const zoneList = zones(entry.headline, entry.body);
  for (const zone of zoneList) {
    for (const m of matchers) {
      if (!matches(zone.tokens, m.parts)) continue;
      const points = m.weight * zone.weight;
      scores[m.topic] = (scores[m.topic] ?? 0) + points;
      fired[m.topic]?.push(`"${m.term}" in ${zone.label} ${points >= 0 ? "+" : ""}${round(points)}`);
    }
  }
  const front = zoneList.filter((z) => z.weight >= 1.5 || z.label.startsWith("headline") || z.label.startsWith("lead"));
  for (const t of topics) {
    if (!t.requires || t.requires.length === 0 || (scores[t.name] ?? 0) <= 0) continue;
    const needed = compileTerms(t.requires);
    if (front.some((z) => needed.some((parts) => matches(z.tokens, parts)))) continue;
    scores[t.name] = (scores[t.name] ?? 0) / 2;
    fired[t.name]?.push(`halved: none of ${t.requires.join(", ")} in the headline or first sentence`);
  }
  const fallback = topics.find((t) => t.name === "other")?.name ?? topics[topics.length - 1]?.name ?? "other";
  let topic = fallback;
  let best = Math.max(MIN_SCORE - 1e-9, scores[fallback] ?? 0);
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
    ...(fired[topic] ?? []).slice(0, 8).map((r) => `rule ${r}`),
  ];
  if (secondary.length > 0) reasons.push(`also about: ${secondary.join(", ")}`);
  return { topic, reasons, scores, secondary };
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

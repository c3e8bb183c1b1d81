// classify-index: the topics' rules compiled once per table and filed by first word or stem, so a zone tries only
// the rules its words can start.
import { compileTerm, type Parts } from "./rules.ts";
import type { TopicConfig } from "../types.ts";

export interface Matcher {
  topic: string;
  term: string;
  weight: number;
  parts: Parts;
}

export interface Compiled {
  matchers: Matcher[];
  /** The rules by their first word (exact, or the stem of a `*` word): a zone tries only rules its words can start. */
  byFirst: Map<string, number[]>;
  byStem: Map<string, Stem[]>;
  /** Per topic, its compiled `requires` terms (absent when the topic requires nothing). */
  requires: Map<string, Parts[]>;
}
const compiled = new WeakMap<TopicConfig[], Compiled>();

/** A `*` stem and the rules it starts. */
interface Stem { stem: string; rules: number[] }
/** How many leading letters file a stem (a shorter stem is filed under "", which every token tries). */
const STEM_KEY = 3;

/** The stems filed by their first STEM_KEY letters; stems shorter than that under "" (every token tries them). */
function fileStems(stems: Map<string, number[]>): Map<string, Stem[]> {
  const filed = new Map<string, Stem[]>();
  for (const [stem, rules] of stems) {
    const key = stem.length < STEM_KEY ? "" : stem.slice(0, STEM_KEY);
    filed.set(key, [...(filed.get(key) ?? []), { stem, rules }]);
  }
  return filed;
}

export function compile(topics: TopicConfig[]): Compiled {
  const cached = compiled.get(topics);
  if (cached) return cached;
  // Terms that fold to the same words ("front line", "front-line") count once per topic: the first one listed.
  const seen = new Set<string>();
  const matchers = topics.flatMap((topic) =>
    topic.rules
      .map((rule) => ({ topic: topic.name, term: rule.term.trim(), weight: rule.weight, parts: compileTerm(rule.term) }))
      .filter((m) => {
        const key = `${m.topic}\u0000${m.parts.map((p) => (p.gap ? "... " : "") + p.word + (p.prefix ? "*" : "")).join(" ")}`;
        if (m.parts.length === 0 || seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
  );
  const requires = new Map<string, Parts[]>();
  for (const t of topics) {
    if (t.requires && t.requires.length > 0) requires.set(t.name, t.requires.map(compileTerm).filter((p) => p.length > 0));
  }
  const byFirst = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  matchers.forEach((m, i) => {
    const table = m.parts[0]!.prefix ? stems : byFirst;
    table.set(m.parts[0]!.word, [...(table.get(m.parts[0]!.word) ?? []), i]);
  });
  const out = { matchers, requires, byFirst, byStem: fileStems(stems) };
  compiled.set(topics, out);
  return out;
}

const NONE: readonly number[] = [];

function addStems(found: Set<number>, token: string, stems: Stem[] | undefined): void {
  if (stems) for (const { stem, rules } of stems) if (token.startsWith(stem)) for (const i of rules) found.add(i);
}

/** The rules (by index, in table order) whose first word some token of the zone is, or begins with. */
export function candidates(tokens: string[], { byFirst, byStem }: Compiled): number[] {
  const found = new Set<number>();
  for (const token of new Set(tokens)) {
    for (const i of byFirst.get(token) ?? NONE) found.add(i);
    // stems are filed under their first STEM_KEY letters: one lookup per token, then a prefix test per stem there
    addStems(found, token, byStem.get(token.slice(0, STEM_KEY)));
    addStems(found, token, byStem.get(""));
  }
  return [...found].sort((a, b) => a - b);
}

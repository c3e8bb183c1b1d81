// rules: how a rule term ("air defence* engag*") matches an entry's words, and the weighted zones of an entry
// (headline, lead sentence, rest) split into main and subordinate clauses. Shared by topics and the beat.
import { AS_COMPARISON, PARTICLE, SPEECH, SUBORDINATE } from "./grammar.ts";
import { normalize, splitSentences, stripLabel } from "./text.ts";

/** One word of a compiled term; `prefix` when the term's `*` lets it end any way. */
export type Parts = { word: string; prefix: boolean }[];

/** A weighted part of an entry's text, as rule tokens. */
export interface Zone {
  label: string;
  weight: number;
  tokens: string[];
}

/** Tokens for rule matching: normalised words, hyphens split, possessive 's dropped. */
export function ruleTokens(text: string): string[] {
  return (normalize(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []).map((w) => w.replace(/'s$/, "").replace(/'/g, ""));
}

/** Compiles a term: words after folding; a `*` ends a word as a prefix ("air defence* engag*"). */
export function compileTerm(term: string): Parts {
  return term.trim().split(/\s+/).flatMap((piece) => {
    const prefix = piece.endsWith("*");
    const tokens = ruleTokens(prefix ? piece.slice(0, -1) : piece);
    return tokens.map((word, i) => ({ word, prefix: prefix && i === tokens.length - 1 }));
  });
}

/** Where the term first matches in the tokens, or -1. */
export function matchAt(tokens: string[], parts: Parts): number {
  outer: for (let i = 0; i + parts.length <= tokens.length; i++) {
    for (let j = 0; j < parts.length; j++) {
      const part = parts[j]!;
      const token = tokens[i + j]!;
      if (part.prefix ? !token.startsWith(part.word) : token !== part.word) continue outer;
    }
    return i;
  }
  return -1;
}

export function matches(tokens: string[], parts: Parts): boolean {
  return parts.length > 0 && matchAt(tokens, parts) >= 0;
}

/** Splits a sentence's tokens into the main clause and the subordinate rest ("X as Y" → X, Y). */
export function clauses(tokens: string[]): [string[], string[]] {
  for (let i = 2; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!SUBORDINATE.has(word)) continue;
    // "said that", "said on Tuesday that": what was said is the news, not a subordinate clause
    if ((word === "that" || word === "as") && tokens.slice(Math.max(0, i - 4), i).some((t) => SPEECH.has(t))) continue;
    if (word === "as" && AS_COMPARISON.has(tokens[i + 1] ?? "")) continue;
    if (word === "over" && PARTICLE.has(tokens[i - 1] ?? "")) continue;
    return [tokens.slice(0, i), tokens.slice(i)];
  }
  return [tokens, []];
}

/** The weighted zones of an entry: headline counts most, then its lead sentence, then the rest of the body. */
export function zones(headline: string | null, body: string[]): Zone[] {
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

/** Zones of the headline and lead sentence (what an entry leads with), main and subordinate clauses. */
export function isFront(zone: Zone): boolean {
  return zone.label !== "body";
}

// rules: how a rule term ("air defence* engag*") matches an entry's words, and the weighted zones of an entry
// (headline, lead sentence, rest) split into main and subordinate clauses. Shared by topics and the beat.
import { AS_COMPARISON, DISPUTE, PARTICLE, SPEECH, SUBORDINATE } from "./grammar.ts";
import { normalize, splitSentences, stripLabel } from "./text.ts";

/**
 * One word of a compiled term; `prefix` when the term's `*` lets it end any way; `gap` when a `...` before it lets up to
 * that many words stand between it and the word before ("condemn* ... attack*": "condemns the brutal attack").
 */
export type Parts = { word: string; prefix: boolean; gap?: number }[];

/** How many words a `...` in a rule term lets stand between its neighbours. */
export const GAP_WORDS = 3;

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
  const out: Parts = [];
  let gap = false;
  for (const piece of term.trim().split(/\s+/)) {
    if (piece === "..." || piece === "\u2026") {
      gap = out.length > 0;
      continue;
    }
    const prefix = piece.endsWith("*");
    const tokens = ruleTokens(prefix ? piece.slice(0, -1) : piece);
    tokens.forEach((word, i) => {
      out.push({ word, prefix: prefix && i === tokens.length - 1, ...(gap && i === 0 ? { gap: GAP_WORDS } : {}) });
    });
    if (tokens.length > 0) gap = false;
  }
  return out;
}

function fits(part: Parts[number], token: string | undefined): boolean {
  return token !== undefined && (part.prefix ? token.startsWith(part.word) : token === part.word);
}

/** The end of a match of parts[j..] placed from token i, or -1 (a gap tries each allowed skip, nearest first). */
function restFrom(tokens: string[], parts: Parts, j: number, i: number): number {
  if (j === parts.length) return i;
  const part = parts[j]!;
  for (let skip = 0; skip <= (part.gap ?? 0); skip++) {
    if (!fits(part, tokens[i + skip])) continue;
    const end = restFrom(tokens, parts, j + 1, i + skip + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/** Where the term first matches in the tokens, with the end of the match (exclusive), or null. */
export function matchSpan(tokens: string[], parts: Parts): { at: number; end: number } | null {
  if (parts.length === 0) return null;
  const gapped = parts.some((p) => p.gap);
  outer: for (let i = 0; i + parts.length <= tokens.length; i++) {
    if (!fits(parts[0]!, tokens[i])) continue;
    if (!gapped) {
      for (let j = 1; j < parts.length; j++) if (!fits(parts[j]!, tokens[i + j])) continue outer;
      return { at: i, end: i + parts.length };
    }
    const end = restFrom(tokens, parts, 1, i + 1);
    if (end >= 0) return { at: i, end };
  }
  return null;
}

/** Where the term first matches in the tokens, or -1. */
export function matchAt(tokens: string[], parts: Parts): number {
  return matchSpan(tokens, parts)?.at ?? -1;
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
    if (word === "over" && (PARTICLE.has(tokens[i - 1] ?? "") || DISPUTE.has(tokens[i - 1] ?? ""))) continue;
    return [tokens.slice(0, i), tokens.slice(i)];
  }
  return [tokens, []];
}

/** The weighted zones of an entry: headline counts most, then its lead sentence, then the rest of the body. */
export function zones(headline: string | null, body: string[]): Zone[] {
  const sentences = withoutGreeting(body.flatMap((p) => splitSentences(stripLabel(p))));
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

/** A sentence that only greets the reader ("Good morning.", "Hello and welcome."): a briefing's opening, not its lead. */
const GREETING = /^(?:good (?:morning|afternoon|evening|night)|hello(?: and welcome(?: back)?)?|hi|welcome back)(?:,? (?:everyone|all))?[.!,]*$/i;

/** The sentences without a greeting that opens them. */
export function withoutGreeting(sentences: string[]): string[] {
  return sentences.length > 1 && GREETING.test(sentences[0]!.trim()) ? sentences.slice(1) : sentences;
}

/** Zones of the headline and lead sentence (what an entry leads with), main and subordinate clauses. */
export function isFront(zone: Zone): boolean {
  return zone.label !== "body";
}

// beat: how strongly an entry is about the briefing's subject (beat-table.ts), with its reasons. An entry is on the
// beat when its headline or lead sentence names the subject (a party, or a place, person or institution only this
// subject has) and says what kind of news it is, or names a party on a page about the subject; a name alone
// ("Ukrainian rowers win silver": sport) is not enough.
import { compileTerm, isFront, matches, zones, type Parts, type Zone } from "./rules.ts";
import type { FrontRule } from "./classify.ts";
import type { BeatConfig } from "../types.ts";

/** An entry's relevance to the beat. */
export interface Relevance {
  value: number;
  onBeat: boolean;
  /** "relevance 3 (on the beat): names Zaporizhzhia (+2) …" */
  reason: string;
}

/** What the beat needs to know about an entry (its text already folded: see variants.ts). */
export interface RelevanceInput {
  headline: string | null;
  body: string[];
  /** Topic rules of weight ≥ 2 that fired in its headline or lead sentence (classify.ts). */
  frontRules: FrontRule[];
  /** Its page (title and intro) names the beat: a live blog about the subject, not a general world feed. */
  pageOnBeat: boolean;
  /** Its zones when classifying already split them (else split here). */
  zones?: Zone[];
}

interface CompiledBeat {
  party: { term: string; parts: Parts }[];
  specific: { term: string; parts: Parts }[];
  context: { term: string; parts: Parts }[];
  against: { term: string; parts: Parts }[];
}
const compiled = new WeakMap<BeatConfig, CompiledBeat>();

function compile(beat: BeatConfig): CompiledBeat {
  let c = compiled.get(beat);
  if (!c) {
    const terms = (list: string[]) => list.map((term) => ({ term, parts: compileTerm(term) })).filter((t) => t.parts.length > 0);
    c = { party: terms(beat.party), specific: terms(beat.specific), context: terms(beat.context), against: terms(beat.against) };
    compiled.set(beat, c);
  }
  return c;
}

/** The first term of `list` found in any of the token lists. */
function found(list: { term: string; parts: Parts }[], front: string[][]): string | null {
  for (const t of list) if (front.some((tokens) => matches(tokens, t.parts))) return t.term.replace(/\*$/, "");
  return null;
}

/**
 * The topic rule that says what kind of news an entry is, when the war's own vocabulary does not. With a specific
 * name any rule does. Without one, a war topic's rule counts (an attack and its toll, a pledge, a ceasefire), but
 * the catch-all's words (a crash, a resignation, a capture) are world news as much as war news: beside a party's
 * name they count only in a main clause (not "… after rebels took control"), and with no name at all (a page's bonus
 * alone) only as a predicate in a main clause ("deputy minister resigns"). Rules a negative one vetoed, and aid's
 * rules with no party named, never count (classify.ts).
 */
function kindOf(rules: FrontRule[], party: boolean, specific: boolean, teaser: boolean): FrontRule | undefined {
  if (specific) return rules[0];
  if (party) return rules.find((r) => r.war) ?? rules.find((r) => r.main);
  // with a page's bonus alone, talks' actors and settings ("meeting", "conference", "foreign minister", "visit") say
  // no more than that something official happened anywhere: only what happens (a predicate) makes them the war's;
  // a teaser's setting is enough ("Photos: EU foreign ministers gather …": a picture the page took for its story)
  return rules.find((r) => r.war && (r.predicate || teaser || r.topic !== "diplomacy")) ?? rules.find((r) => r.main && r.predicate);
}

let countries: Set<string> | null = null;

/**
 * The country a headline's opening label names ("Sudan: aid agencies …" → "sudan"), or (`opening`) that it opens
 * with as its subject, by name or by its people ("Israelis head to the polls …"); else null.
 */
function countryLabel(headline: string | null, opening = false): string | null {
  const label = /^(\p{Lu}[\p{L} .'’-]{1,40}?):\s/u.exec(headline ?? "")?.[1]?.toLowerCase();
  // ("Ecuador's Noboa wins a second term": the country's, whoever follows)
  const subject = opening ? /^(\p{Lu}\p{Ll}{3,})(?:['’]s\s\p{L}|\s\p{Ll})/u.exec(headline ?? "")?.[1]?.toLowerCase() : undefined;
  if (!label && !subject) return null;
  const known = countryNames();
  if (label && known.has(label)) return label;
  // its people: "Israelis", "Kazakhs", "Bahrainis" (the country's name and an ending)
  const people = subject?.replace(/(?:is|i|s|ians|ian|ans|an|ese)$/, "");
  return subject && (known.has(subject) || (people && people.length >= 4 && [...known].some((c) => c === people || (c.startsWith(people) && c.length - people.length <= 3)))) ? subject : null;
}

/** Every country's English name the runtime knows, lower case ("Myanmar (Burma)": both names). */
function countryNames(): Set<string> {
  if (!countries) {
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    countries = new Set();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const name = names.of(String.fromCharCode(a, b));
        // "Myanmar (Burma)": both names
        for (const part of name?.toLowerCase().split(/ \(|\)/) ?? []) if (part) countries.add(part);
      }
    }
  }
  return countries;
}

/** Whether a page's title and intro name the subject (a party or a specific name). */
export function pageNamesBeat(text: string, beat: BeatConfig): boolean {
  const c = compile(beat);
  const tokens = zones(text, []).map((z) => z.tokens);
  return found(c.specific, tokens) !== null || found(c.party, tokens) !== null;
}

/**
 * Relevance from the headline and lead sentence: a specific name +2, a party +1, the subject's vocabulary or a topic
 * rule +1, a page about the subject +1, another kind of news (weather, sport) without the subject's vocabulary −2.
 * On the beat at `minRelevance` or more, with a specific name, with the kind of news and a party or such a page, or
 * with a party on such a page and no other kind of news ("Ukrainian rowers win silver" is off it even on a war blog).
 */
export function relevanceOf(input: RelevanceInput, beat: BeatConfig): Relevance {
  const c = compile(beat);
  const front = (input.zones ?? zones(input.headline, input.body)).filter(isFront).map((z) => z.tokens);
  const specific = found(c.specific, front);
  const party = found(c.party, front);
  const subject = found(c.context, front);
  const teaser = input.body.every((p) => p.trim() === "");
  const kind = subject ? null : kindOf(input.frontRules, party !== null, specific !== null, teaser);
  const context = subject ?? kind?.term.replace(/\*$/, "") ?? null;
  const parts: string[] = [];
  let value = 0;
  if (specific) { value += 2; parts.push(`names "${specific}" (+2)`); }
  if (party) { value += 1; parts.push(`names "${party}" (+1)`); }
  if (context) { value += 1; parts.push(`"${context}" says what kind of news (+1)`); }
  // "Sudan: …": an entry labelled with another country is about that country, whatever its page is about; so is one
  // opening with another country that names no news of the war ("Israelis head to the polls": an election)
  const elsewhere = specific || party ? null : countryLabel(input.headline, subject === null && !kind?.war);
  const pageOnBeat = input.pageOnBeat && elsewhere === null;
  if (pageOnBeat) { value += 1; parts.push("its page is about the subject (+1)"); }
  else if (input.pageOnBeat) parts.push(`labelled "${elsewhere}": its page does not vouch for it`);
  // Weather, sport or culture is another kind of news unless the subject's own vocabulary is there too: a
  // "Sumy-born chess player" is not war news, a "Kharkiv stadium hit by a glide bomb" is.
  // So does a rule of aid or talks ("winter aid package … cold-weather clothing" is aid; a city "hit by" snow is weather).
  const unrelated = subject || input.frontRules.some((r) => r.war && r.topic !== "strikes") ? null : found(c.against, front);
  if (unrelated) { value -= 2; parts.push(`"${unrelated}" is another kind of news (−2)`); }
  // A specific name is enough; otherwise the entry must say what kind of news it is, and a name or its page say whose;
  // or name a party on a page about the subject ("Border guards: 29,000 crossed from Ukraine on a war live page").
  const onBeat = value >= beat.minRelevance &&
    (specific !== null || (context !== null && (party !== null || pageOnBeat)) || (party !== null && pageOnBeat && !unrelated));
  const verdict = onBeat ? "on the beat" : `off the beat: not about ${beat.name}`;
  const why = parts.length > 0 ? parts.join(", ") : "names nothing of the subject";
  return { value, onBeat, reason: `relevance ${value} (${verdict}; needs ${beat.minRelevance}): ${why}` };
}

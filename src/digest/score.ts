// score: how much each entry weighs (visible score parts), teasers, themes and summaries.
import { readLead } from "./kinds.ts";
import { cleanText, splitSentences, stripLabel, TEASER_LABEL, THEME_LABEL } from "./text.ts";
import type { EditionWindow, Entry } from "../types.ts";

/** Body text with teaser labels and photo credits dropped. */
export function bodyText(entry: Pick<Entry, "body">): string {
  return entry.body.map((p) => stripLabel(cleanText(p))).filter((p) => p && !/^\(?[A-Z /]{2,20}\)?$/.test(p)).join(" ");
}

/** A teaser points elsewhere ("Watch:", "Pictured:") or has no body at all: never a key point. */
export function isTeaser(entry: Pick<Entry, "headline" | "body">, body: string = bodyText(entry)): boolean {
  // (a video's credit alone, "Video by: Example TV", is no text of its own either)
  if (body.length === 0 || MEDIA_CREDIT_ONLY.test(body)) return true;
  const labelled = TEASER_LABEL.test(cleanText(entry.headline ?? "")) || TEASER_LABEL.test(cleanText(entry.body[0] ?? ""));
  // (or a caption: a line that announces the pictures, "Here are some of the latest images from …", or closes on the
  // footage's credit, "… this afternoon. Video: Example Rescue Service")
  const captioned = !entry.headline && (PICTURES_INTRO.test(body) || MEDIA_CREDIT.test(body));
  return (labelled || captioned) && body.length < 200;
}

const MEDIA_CREDIT_ONLY = /^(?:video|photos?|pictures?|footage|images?)(?: by)?\s?:\s?\p{Lu}[^.!?]{1,60}$/iu;
const PICTURES_INTRO = /^(?:here are|these are|below are|see)\b.{0,40}\b(?:images|pictures|photos|footage)\b/i;
const MEDIA_CREDIT = /[.!?]\s(?:[Vv]ideo|[Pp]hotos?|[Pp]ictures?|[Ff]ootage)\s?:\s?\p{Lu}[^.!?]{2,60}$/u;

/** A theme piece ("Explained:", "Analysis:", "Feature:"): about a subject, not an event, so never merged into one. */
export function isTheme(entry: Pick<Entry, "headline" | "body">, body: string = bodyText(entry)): boolean {
  const headline = cleanText(entry.headline ?? "");
  if (THEME_LABEL.test(headline) || (!entry.headline && THEME_LABEL.test(cleanText(entry.body[0] ?? "")))) return true;
  // a headline that asks why, or how (not how someone responded), explains a subject ("Why the port city matters",
  // "How the grid is holding up"): an explainer without its label
  if (body.length > 0 && (/^why\b/i.test(headline) || (/^how\b/i.test(headline) && !/\b(?:respond|react|answer)/i.test(headline)))) return true;
  // a photo or video teaser about a span of time ("Photos: two years of nights in shelters") shows a theme, not an event
  return TEASER_LABEL.test(headline) && body.length === 0 && TIME_SPAN.test(stripLabel(headline));
}

/** A span of time a feature looks back over: "a year of", "two years of", "months of", "1,000 days of". */
const TIME_SPAN = /\b(?:a|one|two|three|four|five|six|ten|several|many|\d[\d,]*)\s+(?:years?|months?|weeks?|days?|nights?|winters?)\s+of\b|\b(?:years|months|weeks)\s+of\b/i;

/** One or two extracted sentences: the body's lead (a second sentence when the first is short), else the headline. */
export function summarize(entry: Pick<Entry, "headline" | "body">): string {
  const sentences = entry.body.flatMap((p) => splitSentences(stripLabel(p))).filter((s) => s.length > 1);
  const first = sentences[0];
  if (!first) return cleanText(entry.headline ?? "");
  const second = sentences[1];
  if (second && first.length < 140 && first.length + second.length < 320) return `${first} ${second}`;
  return first;
}

/** One visible part of a score. */
export interface ScorePart {
  name: string;
  value: number;
  detail: string;
}

const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)`;
const CASUALTY = new RegExp(String.raw`\b${NUMBER}\b[^.;]{0,40}\b(?:killed|dead|died|wounded|injured|hurt|casualties|victims)\b|\b(?:killing|killed|wounding|injuring|death toll)\b[^.;]{0,60}\b${NUMBER}\b`, "i");
/** True when a text gives a casualty figure ("killing at least 38", "toll climbs to 37", "31 killed"). */
export function givesToll(text: string): boolean {
  return CASUALTY.test(text);
}
const HARM = /\b(?:killed|dead|deaths?|wounded|injured|casualt\w*|death toll)\b/i;
const DAMAGE = /\b(?:destroyed|damaged|rubble|ablaze|blaze|power outages?|blackouts?)\b/i;
const MAGNITUDE = /\b(?:largest|biggest|deadliest|heaviest|massive|mass|unprecedented|record|major|first)\b/i;
const MONEY = /(?:[$€£]\s?\d[\d,.]*\s*(?:bn|billion|m|million)?|\b\d[\d,.]*\s*(?:billion|bn)\b)/i;
const VOLLEY = new RegExp(String.raw`\b${NUMBER}\s+(?:\w+\s+)?(?:missiles|drones|rockets|shells|rounds|prisoners)\b`, "i");
const LEADERS = /\b(?:president|prime minister|chancellor|foreign minister|defen[cs]e minister|minister|secretary[- ]general|secretary of state|king|pope|putin|zelensk\w*|biden|white house|kremlin|foreign ministry|defen[cs]e ministry)\b/i;
/** People exchanged or freed, counted: a prisoner exchange's size ("95 prisoners each", "swap of 190 POWs"). */
const EXCHANGE = new RegExp(String.raw`\b(?:swap\w*|exchang\w*|returned|freed|released|handed over)\b[^.;]{0,40}\b${NUMBER}\b[^.;]{0,25}\b(?:prisoners?|pows?|captives|servicem[ae]n|soldiers|civilians)\b|\b${NUMBER}\s+(?:\w+\s+)?(?:prisoners?|pows?|captives)\b[^.;]{0,60}\b(?:swap\w*|exchang\w*|returned|freed|released|home)\b`, "i");
/**
 * Severity of an entry's news (headline and first sentence: background further down often recaps older
 * events): casualty and damage figures, money, volleys, magnitude words, heads of state and ministers acting.
 */
export function severity(headline: string | null, body: string): ScorePart[] {
  const sentences = splitSentences(body);
  const lead = `${headline ?? ""}. ${sentences[0] ?? ""}`;
  const parts: ScorePart[] = [];
  if (EXCHANGE.test(lead)) parts.push({ name: "exchange", value: 1.5, detail: "people exchanged or freed, counted" });
  if (CASUALTY.test(lead)) parts.push({ name: "casualties", value: 1.5, detail: "casualty figure" });
  else if (HARM.test(lead)) parts.push({ name: "casualties", value: 0.75, detail: "casualties mentioned" });
  if (DAMAGE.test(lead)) parts.push({ name: "damage", value: 0.5, detail: "damage reported" });
  if (VOLLEY.test(lead)) parts.push({ name: "scale", value: 0.5, detail: "counted weapons or people" });
  if (MONEY.test(lead)) parts.push({ name: "money", value: 1, detail: "money amount" });
  if (MAGNITUDE.test(lead)) parts.push({ name: "magnitude", value: 0.5, detail: "largest/first/major" });
  if (LEADERS.test(lead)) parts.push({ name: "leaders", value: 0.75, detail: "head of state or minister acting" });
  return parts;
}

/** Inputs for an entry's own score (corroboration is added later, per story). */
export interface EntryScoreInput {
  entry: Entry;
  window: EditionWindow;
  /** Cosine similarity to the page's intro and title, 0 when the page has none. */
  introSimilarity: number;
  /** The topic's position in the configured order (0 = first) and the number of topics: earlier topics rank higher. */
  topicRank: number;
  topicCount: number;
  topic: string;
  /** The entry is about the briefing's subject (beat.ts); default true. */
  onBeat?: boolean;
  /** The entry's body text and teaser flag when the caller has them already (else computed here). */
  body?: string;
  teaser?: boolean;
  /** An explainer, analysis or feature (isTheme), when the caller knows it already. */
  theme?: boolean;
  /** An item of a feed of headlines only: its headline is its whole news, no stub. */
  headlineOnly?: boolean;
}

/** The name of the score part that marks an entry off the beat (never a key point). */
export const OFF_BEAT = "off-beat";

/** The score parts of one entry: Key Points flag, severity, intro closeness, recency, minus stub/off-beat. */
export function entryScoreParts(input: EntryScoreInput): ScorePart[] {
  const { entry, window } = input;
  const body = input.body ?? bodyText(entry);
  const parts: ScorePart[] = [];
  if (entry.keyPoint) parts.push({ name: "key point", value: 2, detail: "listed under the page's Key Points" });
  parts.push(...severity(entry.headline, body));
  const prior = Math.round(0.3 * Math.max(0, input.topicCount - 1 - input.topicRank) * 100) / 100;
  if (prior > 0) parts.push({ name: "topic", value: prior, detail: `${input.topic}, topic ${input.topicRank + 1} of ${input.topicCount}` });
  if (input.introSimilarity > 0.1) {
    const value = Math.round(Math.min(2, (input.introSimilarity - 0.1) * 6) * 100) / 100;
    parts.push({ name: "intro", value, detail: `cosine ${input.introSimilarity.toFixed(2)} to the page intro` });
  }
  parts.push({ name: "recency", value: recency(entry.published, window), detail: entry.published ?? "undated" });
  if (input.teaser ?? isTeaser(entry, body)) parts.push({ name: "teaser", value: -3, detail: "no body of its own" });
  else if (body.length < 80 && !input.headlineOnly) parts.push({ name: "stub", value: -1.5, detail: `body of ${body.length} characters` });
  else if (isBackground(entry.headline, input.theme ?? isTheme(entry, body))) parts.push({ name: "background", value: -3, detail: "an explainer or analysis, not an event" });
  if (input.onBeat === false) parts.push({ name: OFF_BEAT, value: -2, detail: "not about the briefing's subject" });
  // an alert with no attack reported is a warning of the hour, filler by the next morning
  if (readLead(`${entry.headline ?? ""}. ${splitSentences(body)[0] ?? ""}`).alertOnly) parts.push({ name: "alert", value: -1.5, detail: "an alert, no attack reported" });
  return parts;
}

/**
 * An explainer or analysis is background to the day's events: it stands for its source only when no event does. A
 * question heading an article's section ("How far have the troops advanced?") asks about the day's news itself.
 */
function isBackground(headline: string | null, theme: boolean): boolean {
  const text = cleanText(headline ?? "");
  return theme && (THEME_LABEL.test(text) || !/\?\s*$/.test(text));
}

function recency(published: string | null, window: EditionWindow): number {
  // An undated entry earns no recency: it would otherwise count as fresh every day.
  if (published === null) return 0;
  const start = Date.parse(window.start);
  const span = Date.parse(window.end) - start;
  const at = (Date.parse(published) - start) / span;
  return Number.isFinite(at) ? Math.round(Math.max(0, Math.min(1, at)) * 100) / 100 : 0;
}

/** The sum of score parts, rounded to 3 decimals. */
export function total(parts: ScorePart[], multiplier = 1): number {
  return Math.round(parts.reduce((s, p) => s + p.value, 0) * multiplier * 1000) / 1000;
}

/** Describes score parts in one line: "key point +2, casualties +1.5 (casualty figure) …". */
export function describeParts(parts: ScorePart[]): string {
  return parts.map((p) => `${p.name} ${p.value >= 0 ? "+" : ""}${Math.round(p.value * 100) / 100} (${p.detail})`).join(", ");
}

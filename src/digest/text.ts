// Text helpers shared by classify, merge and select: normalising, aliases, tokens, sentences.
import { englishWarWords } from "./languages.ts";

/** Name variants folded to one spelling before matching (pattern is matched case-insensitively unless noted). */
const ALIASES: [RegExp, string][] = [
  [/\bkiev\b/gi, "kyiv"],
  [/\bzelensk(?:yy|iy|yi|i)\b/gi, "zelensky"],
  [/\bnato\b/gi, "nato"],
  [/\b(?:dprk|pyongyang|north korean|democratic people'?s republic of korea)\b/gi, "north korea"],
  [/\bt(?:ü|u)rkiye\b/gi, "turkey"],
  [/\bunited arab emirates\b/gi, "uae"],
  [/\bU\.N\.|\bunited nations\b/gi, "un"],
  [/\bU\.S\.(?:A\.)?|\bUSA?\b/g, "usa"],
  [/\bunited states(?: of america)?\b/gi, "usa"],
  [/\bU\.K\.|\bunited kingdom\b|\bbritain\b/gi, "uk"],
  [/\beuropean union\b/gi, "eu"],
  [/\bgroup of (?:seven|7)\b/gi, "G7"],
  [/\bgroup of (?:twenty|20)\b/gi, "G20"],
  [/\bkharkov\b/gi, "kharkiv"],
  [/\bodessa\b/gi, "odesa"],
  // the river is no place of the city named after it: "on the Dnipro river" shares no detail with a strike on Dnipro
  [/\b(?:dnipro|dnieper|dnepr) river\b|\briver (?:dnipro|dnieper|dnepr)\b/gi, "river-dnipro"],
  [/\bdefense\b/gi, "defence"],
];

/** NFKC, plain quotes and dashes, single spaces. */
export function cleanText(text: string): string {
  return cleaned.get(text) ?? remember(cleaned, text, clean(text));
}

// A day's build cleans and splits the same texts many times over (classify, beat, merge, summaries): each is worked
// out once. Bounded, so a huge day never holds more than the last CACHE_SIZE texts.
const CACHE_SIZE = 20_000;
const cleaned = new Map<string, string>();
const split = new Map<string, readonly string[]>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, value);
  return value;
}

/** Text that cleaning leaves as it is: printable ASCII, single spaces, none at either end. */
const ALREADY_CLEAN = /^(?! )(?:[\x21-\x7e]| (?! |$))*$/;

function clean(text: string): string {
  if (ALREADY_CLEAN.test(text)) return text;
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Clean text with name variants folded (Kiev → kyiv, DPRK → north korea, U.S. → usa), lower-cased. */
export function normalize(text: string): string {
  let out = englishWarWords(cleanText(text));
  for (const [pattern, to] of ALIASES) out = out.replace(pattern, to);
  return out.toLowerCase();
}

/** Lower-case words of already-normalised text (letters, digits, inner hyphens and apostrophes kept). */
export function words(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+(?:[-'.,][\p{L}\p{N}]+)*/gu)?.map((w) => w.replace(/'s$/, "")) ?? [];
}

const STOPWORDS = new Set(
  ("a an and are as at be been but by for from had has have he her his i in into is it its more most not of on or " +
    "our over said says say she so than that the their them then there these they this to under up was we were what " +
    "when where which while who will with would after also about against all any before being can could did do does " +
    "during had if may might no other out some such through told us very just one two new last week since").split(" "),
);

/** A crude stem: enough to fold plurals and verb endings for similarity. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.endsWith("ing") && word.length > 6) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 5) return word.slice(0, -2);
  if (word.endsWith("es") && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

/** Content terms of a text for similarity: normalised, stopwords dropped, stemmed. */
export function terms(text: string): string[] {
  return words(normalize(text))
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map(stem);
}

const ABBREVIATIONS = new Set(
  ("mr mrs ms dr gen lt col maj sgt capt cpt gov sen rep st no jan feb mar apr jun jul aug sep sept oct nov dec " +
    "vs etc approx dept adm cmdr prof jr sr inc corp co ltd fig").split(" "),
);
const INITIALISMS = /(?:^|\s)(?:[A-Z]\.){1,3}$|(?:^|\s)(?:a\.m|p\.m|e\.g|i\.e)\.$/;
const STARTERS = new Set(
  ("The A An He She It They We I This That These Those But And In On At However Meanwhile Earlier Later " +
    "Its Their His Her Our After Before When While There Some Many More").split(" "),
);
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentences of a paragraph: Intl.Segmenter, with splits after abbreviations ("Mr.", "Jan.", "U.S.") merged back. */
export function splitSentences(paragraph: string): string[] {
  const known = split.get(paragraph) ?? remember(split, paragraph, sentencesOf(paragraph));
  return [...known];
}

function sentencesOf(paragraph: string): string[] {
  const parts = [...segmenter.segment(cleanText(paragraph))].map((s) => s.segment.trim()).filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && shouldJoin(prev, part)) out[out.length - 1] = `${prev} ${part}`;
    else out.push(part);
  }
  return out;
}

function shouldJoin(prev: string, next: string): boolean {
  const lastWord = /([A-Za-z]+)\.$/.exec(prev)?.[1];
  if (lastWord && ABBREVIATIONS.has(lastWord.toLowerCase())) return true;
  const firstWord = /^["'(]?([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? "";
  if (/^[a-z0-9]/.test(firstWord)) return true;
  if (INITIALISMS.test(prev)) return !STARTERS.has(firstWord);
  return false;
}

/** Labels of pieces about a subject rather than an event (an explainer, an analysis, a feature): themes, not news. */
export const THEME_LABEL = /^(?:explained|explainer|analysis|opinion|comment|feature|in depth|long read|interview|fact check|q&a)\s*[:\-|]/i;

/** Labels that mark a teaser pointing elsewhere (media, a report) or a theme piece, rather than news with a body. */
// (and the picture and video labels of the languages languages.ts reads, a full stop after them too: "VIDÉO. Les images …")
export const TEASER_LABEL = new RegExp("^(?:(?:watch|pictured|photos?|in pictures|video|full report|listen|read more|explained|explainer|" +
  "analysis|opinion|comment|feature|in depth|long read|interview|fact check|q&a)\\s*[:\\-|]|(?:vídeo|vidéo|video|videó|wideo|foto|fotos|" +
  "fotó|galería|galerie|galleria|bilder|bilderna|zdjęcia|se bilderna|se videon|se video|regardez|guarda|mira|assista|kijk|" +
  "фото|відео|видео|фоторепортаж|галерея|дивіться|смотрите|en images)\\s*[:\\-|.–—])", "iu");

/**
 * Headlines of round-ups that list several developments ("Opening summary", "What we know so far", "Key events"):
 * such an entry tells the story of its lead item (gold/LABELS.md), never a story of each item it lists.
 */
export const ROUNDUP_LABEL = /^(?:(?:opening|morning|evening|daily|overnight|weekend)\s+(?:summary|briefing|round-?up|recap)|summary|round-?up|recap|catch(?:ing)?[- ]up|what we know(?: so far)?|what (?:has )?happened(?: so far| overnight)?|key (?:events|developments|points)|(?:the )?main developments|latest developments|the latest|at a glance|in brief)\s*[:.!-]?\s*(?:so far|today|this morning|overnight)?\s*$/i;

/** A sentence that only greets or introduces a list ("Here are the main developments so far:", "Good morning and welcome."). */
const LIST_INTRO = /:\s*$|^(?:good (?:morning|evening|afternoon)|hello|hi|welcome)\b/i;

/**
 * A round-up's lead item: the first sentences after those that greet or introduce the list (the rest of their
 * paragraph, else the next paragraph); null for any other entry.
 */
export function roundupLead(headline: string | null, body: string[]): string | null {
  if (!headline || !ROUNDUP_LABEL.test(cleanText(headline))) return null;
  for (const paragraph of body) {
    const rest = splitSentences(paragraph).filter((s) => !LIST_INTRO.test(s));
    if (rest.length > 0) return rest.join(" ");
  }
  return null;
}

/** The text with a teaser or theme label ("Watch:", "Pictured:", "Analysis:") removed from its start. */
export function stripLabel(text: string): string {
  return text.replace(TEASER_LABEL, "").trim();
}

/** A short stable hash (FNV-1a, 32-bit) as 8 hex digits. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

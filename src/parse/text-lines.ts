// Line-level helpers shared by the plain-text formats: splitting, sentence and headline tests, bullets.
import { findDate } from "./text-dates.ts";
import { isCaption, isFurniture, TEMPERATURE } from "./text-furniture.ts";

export { isFurniture } from "./text-furniture.ts";

/** Lines of a text scrape, trimmed (NBSP included), with blank lines kept as "". */
export function splitLines(body: string): string[] {
  const raw = body.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  // (a source's name and its time set apart in columns, "Example News   17:48", on three lines or more: the credit and
  // the time of an aggregator's item, written as its credit row "Example News | 17:48")
  const columns = raw.filter((line) => SOURCE_COLUMNS.test(line)).length >= 3;
  // (a card's footer whose fields a scrape set apart by wide gaps, "Jane Doe   Belgrade   BIRN   February 7, 2030 13:20",
  // on three lines or more: its meta row, fields between bars)
  const footer = raw.map((line) => line.length <= 160 && FOOTER_COLUMNS.test(line));
  const footers = footer.filter(Boolean).length >= 3;
  const apart = (line: string, k: number) => (footers && footer[k] ? line.trim().replace(/ {3,}/g, " | ") : line);
  return raw.map((line, k) => apart(columns ? line.replace(SOURCE_COLUMNS, "$1 | $2") : line, k).replace(/\s+/g, " ").trim().replace(GLUED_LABEL, "$1 ")
    .replace(GLUED_YEAR_CLOCK, "$1 $2").replace(GLUED_ZONE_LABEL, "$1 $2"));
}
// A date's year run into the clock after it, and the zone into the label after that, as a scrape of three elements
// prints them: "March 7, 20286:12 PM UTCUpdated an hour ago".
const GLUED_YEAR_CLOCK = /\b((?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? |\d{1,2} \p{Lu}\p{Ll}{2,8}\.? )(?:19|20)\d\d)(\d{1,2}:\d\d(?!\d))/u;
const GLUED_ZONE_LABEL = /(\d:\d\d ?(?:[AaPp]\.?[Mm]\.? )?\p{Lu}{2,4}(?:[+-]\d{1,2})?)((?:Updated|Published|Posted|Modified)\b)/u;
// (fields apart by gaps of three spaces or more, the last a date with its clock)
const FOOTER_COLUMNS = /^\s*\S[^\n]*? {3,}\S[^\n]*? {3,}[^\n]*\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$/u;
// (or its age: "Example News   17m")
const SOURCE_COLUMNS = /^\s*(\p{Lu}[\p{L}\d.&'’-]*(?: [\p{L}\d.&'’-]+){0,3}) {2,}(\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}[mhd])\s*$/u;

/**
 * A masthead strip that runs the weather chip into the page's date and clock ("Fort Worth, TX 97°F | Tuesday, June 16 |
 * 5:20 PM") as two lines, the chip and the rest: the town a weather box is for, and the clock the page was drawn at.
 * Only in a page's head (its first 25 lines).
 */
export function splitWeatherStrips(lines: string[]): string[] {
  return lines.flatMap((line, i) => {
    const strip = i < 25 ? WEATHER_STRIP.exec(line) : null;
    return strip ? [strip[1]!, strip[2]!] : [line];
  });
}
const WEATHER_STRIP = new RegExp(`^(\\p{Lu}[\\p{L}'’. -]{1,40}(?:, \\p{Lu}{2})? ${TEMPERATURE}) [|·•] (\\S[^\\d]{0,30}\\d.{0,40})$`, "u");

// A label run into what it labels, as a scrape of two elements prints it: "Updated18:52, 7 MAY 2023", "ByJane Doe".
const GLUED_LABEL = /^(Updated|Published|Posted|By)(?=\d|\p{Lu}\p{Ll})/u;

const CREDIT_WORD = "(?:[A-Z][\\w.&'’/-]*|via|and)";
const CREDIT_RE = new RegExp(`^\\(${CREDIT_WORD}(?:\\s+${CREDIT_WORD}){0,5}\\)$`);

/** True for a photo or agency credit line such as "(REUTERS)" or "(AFP via Getty Images)". */
export function isCredit(line: string): boolean {
  return line.length <= 48 && CREDIT_RE.test(line);
}

/** True for a line that reads as (the end of) a sentence rather than a headline or link text. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?:;…"”'’)\]]$/.test(line);
}

/** True for a line closed by sentence punctuation, maybe followed by closing quotes, brackets or footnote marks. */
export function isSentence(line: string): boolean {
  // Footnote markers may follow the full stop ("… advances.[3]", "… said.[4][5]"), and so may the wire the text came
  // from, in brackets ("… overnight. (Reuters)").
  // (a headline set in title case, "Kharkiv Has Rebuilt Its Plant Twice. Russia Keeps Coming Back.", closes like one
  // but is none)
  return /(?:[.!?:;…]["”’'»)\]]{0,3}(?:\[\d{1,3}\])*|[.!?…]["”’']{0,2} \([^()]{2,30}\))$/.test(line) && !isTitleCase(line);
}

/** True for a short line of six words or more whose every word of three letters or more opens with a capital. */
function isTitleCase(line: string): boolean {
  // (prose fails at its first word in small letters; a meta row is no headline: "Compiled by Example Staff | July 25,
  // 2031 at 2:09 a.m.")
  return line.length <= 140 && !/(?:^|\s)\p{Ll}\p{L}{2}/u.test(line) && !/\d[:.]\d{2}|\s[|·•]\s/.test(line) && line.split(" ").length >= 6;
}

/** True for running text: a sentence of some length (not a label, a chip or a one-word line). */
export function isProse(line: string): boolean {
  return line.length >= 30 && isSentence(line) && / \S+ \S+ /.test(line);
}

/** A one-question line (no other sentence in it) right above running text: a headline put as a question. */
export function isQuestionTitle(lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (line.length > 140 || !/\?["”’']?$/.test(line) || /[.!?]["”’']?\s/.test(line)) return false;
  const next = lines.slice(i + 1, i + 3).find((l) => l !== "") ?? "";
  return isProse(next);
}

/**
 * A dateline on a line of its own: a place in capitals, one to three words ("ISTANBUL", "NEW YORK", "KYIV, Ukraine"),
 * printed between an item's headline and its stamp or text. It names where, not what: no headline, no text.
 */
export function isDatelineCity(line: string): boolean {
  // ("KYIV, Ukraine", "KATHMANDU, NEPAL": the country after the town, in either case)
  return line.length <= 32 && /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){0,2}(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?|, \p{Lu}{2}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]+)?)?$/u.test(line);
}

/** True for a line that can be a headline: words, not closed like a sentence, not too long. */
export function isHeadlineLike(line: string): boolean {
  return line.length >= 8 && line.length <= 250 && !isSentence(line) && /\p{L}{2}/u.test(line) && line.includes(" ");
}

/**
 * True for a short line inside a body that is not a sentence: a related-article link, a stray navigation
 * fragment, a caption. Long lines are kept: they are paragraphs that merely lack punctuation.
 */
export function isLinkLine(line: string): boolean {
  return !endsLikeSentence(line) && line.length <= 160;
}

/** True for a labelled paragraph ("Source: the ministry on Telegram", "Details: …"): body, though unpunctuated. */
export function isLabelled(line: string): boolean {
  return /^[\p{Lu}][\p{L}]{1,15}( [\p{L}]{1,15})?: \S.{12,}/u.test(line);
}

/** "Updated: 22:10, Jan 29, 2025": when the post was edited, a label and a date, no body however labelled. */
function isEditLine(line: string): boolean {
  const label = /^(?:last )?(?:updated|modified|edited)(?: on| at)?\s?:\s?/i.exec(line);
  const rest = label ? line.slice(label[0].length) : "";
  return rest.length <= 40 && rest.split(/[\s,]+/).filter((w) => /\p{L}{3}/u.test(w)).length <= 2 && findDate(rest) !== null;
}

/** Text of a bulleted line ("- text", "• text", "* text"), or null. */
export function bulletText(line: string): string | null {
  const m = /^[-–•*·▪●►▶■◆]\s*(?=\S)(.*)$/u.exec(line);
  if (!m || (line[0] === "-" && line[1] !== " ") || (line[0] === "*" && line[1] !== " ")) return null;
  return m[1]!.trim() || null;
}

const chromeSeen = new Map<string, boolean>();

/** True for a line that is never body: blank, furniture, a credit or a caption (remembered: asked many times). */
export function isChrome(line: string): boolean {
  if (line === "") return true;
  if (line.length > 200) return isFurniture(line) || isCredit(line) || isCaption(line);
  let chrome = chromeSeen.get(line);
  if (chrome === undefined) {
    chrome = isFurniture(line) || isCredit(line) || isCaption(line);
    if (chromeSeen.size > 200_000) chromeSeen.clear();
    chromeSeen.set(line, chrome);
  }
  return chrome;
}

/** Body paragraphs from raw lines: chrome and unpunctuated link lines dropped, bullet marks removed. */
export function cleanBody(lines: string[]): string[] {
  const body: string[] = [];
  for (const raw of lines) {
    if (isChrome(raw)) continue;
    const line = bulletText(raw) ?? raw;
    if (isLinkLine(line) && (!isLabelled(line) || isEditLine(line))) continue;
    body.push(line);
  }
  return body;
}

/** Index of the first line at or after `from` that is not blank or furniture, or -1. */
export function nextContent(lines: string[], from: number, until = lines.length): number {
  for (let i = from; i < until; i++) if (!isChrome(lines[i] ?? "")) return i;
  return -1;
}

/** Index of the last line before `before` (down to `from`) that is not blank or furniture, or -1. */
export function prevContent(lines: string[], before: number, from = 0): number {
  for (let i = before - 1; i >= from; i--) if (!isChrome(lines[i] ?? "")) return i;
  return -1;
}

/** The nearest non-blank line above (step -1) or below (step 1) line `i`, or "" (furniture counts as a line). */
export function nearestLine(lines: string[], i: number, step: -1 | 1): string {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k] !== "") return lines[k]!;
  return "";
}

/**
 * True for a heading that opens a list of the page's main points ("Key Points", "Key events", "Summary"; in the site's
 * language, "Головне", "Главное", "Das Wichtigste", "L'essentiel", "Lo más importante", "Najważniejsze").
 */
export function isKeyPointsHeading(line: string): boolean {
  const heading = line.replace(/[:\s]+$/, "");
  return /^((key|main|top) (points|events|updates|posts|developments|moments|takeaways|facts|highlights)|summary|highlights|at a glance|what we know( so far)?|(here['’]s )?what (you need to|to) know)$/i.test(heading) ||
    /^(?:головне|главное|найважливіше|самое важное|das wichtigste|l['’]essentiel|lo (?:más|mas) importante|najważniejsze|i punti chiave|in sintesi|het belangrijkste)$/iu.test(heading);
}

/** Lowercased, whitespace- and quote-normalised text for comparing headlines. */
export function normText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/[ .:]+$/, "");
}

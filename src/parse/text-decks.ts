// Decks: a listing whose cards print a headline, then a standfirst that sums the story up in one unpunctuated line
// ("Payment is the largest so far under the scheme that uses …"), then maybe a credit, then the card's time. The
// standfirst is the card's text: it is closed as the sentence it is, so the readers after this see text under each
// headline, not a card of two headlines.
import { isHeadlineLike, isSentence } from "./text-lines.ts";
import { isCardCredit, isText } from "./text-stamp-filters.ts";
import { matchStamp } from "./text-stamps.ts";

/** The page's lines with each card's standfirst closed by a full stop, where three or more cards and most print one. */
export function closeDecks(lines: string[]): string[] {
  // (most pages hold no such card: a cheap look for standfirsts under headlines first, stamps read only then)
  let candidates = 0;
  for (let i = 1; i < lines.length && candidates < 3; i++) if (isDeck(lines[i]!) && isHeadlineLike(lines[i - 1]!)) candidates++;
  if (candidates < 3) return lines;
  const stamps: number[] = [];
  lines.forEach((line, i) => {
    if (line !== "" && line.length <= 80 && matchStamp(line, i)?.text === null) stamps.push(i);
  });
  if (stamps.length < 3) return lines;
  const decks = stamps.map((stamp) => deckAbove(lines, stamp)).filter((i) => i >= 0);
  if (decks.length < 3 || decks.length * 3 < stamps.length * 2) return lines;
  const closed = new Set(decks);
  return lines.map((line, i) => (closed.has(i) ? `${line}.` : line));
}

/**
 * The standfirst line of the card a stamp closes, or -1. The card opens its block (a label may stand over its
 * headline), then the standfirst, up to two credit lines and the stamp, and no text runs on under the stamp: a
 * live blog's headline over its stamp and text is no standfirst under the last post's closing line.
 */
function deckAbove(lines: string[], stamp: number): number {
  if (isText(lines[stamp + 1] ?? "")) return -1;
  let i = stamp - 1;
  for (let credits = 0; credits < 2 && i > 0 && lines[i] !== "" && isCardCredit(lines[i]!); credits++) i--;
  if (i < 1 || !isDeck(lines[i]!) || !isHeadlineLike(lines[i - 1]!)) return -1;
  const above = lines[i - 2] ?? "";
  const label = above !== "" && above.split(" ").length <= 4 && !isSentence(above) && (lines[i - 3] ?? "") === "";
  return above === "" || label ? i : -1;
}

/** A standfirst: eight words or more of running words (most not capitalised), not closed like a sentence. */
function isDeck(line: string): boolean {
  if (line.length < 30 || line.length > 300 || !/^[\p{Lu}\d"“‘']/u.test(line) || isSentence(line)) return false;
  const words = line.split(" ");
  return words.length >= 8 && words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length;
}

// A text page's "Key Points"/"Key events" block: the headlines it lists, which recur further down as updates.
import { bulletText, isChrome, isHeadlineLike, isKeyPointsHeading, isProse, normText } from "./text-lines.ts";
import { nameLine } from "./text-post.ts";
import { matchStamp } from "./text-stamps.ts";

/** The lines of a "Key Points"/"Key events" block and the headlines it lists. */
export interface KeyBlock {
  start: number;
  end: number;
  headlines: Set<string>;
}

/**
 * The first key-points heading before `until` and the lines it lists: headlines that recur further down the
 * page, with their stamps and furniture. A block of summary sentences lists nothing.
 */
export function findKeyBlock(lines: string[], until: number): KeyBlock | null {
  let first: KeyBlock | null = null;
  let last: Map<string, number> | null = null;
  // A box of sentences under its heading ("Summary") lists nothing: a later key-points heading may list the headlines.
  for (let start = 0, tried = 0; start < Math.min(until, lines.length) && tried < 4; start++) {
    if (!isKeyPointsHeading(lines[start]!)) continue;
    tried++;
    last ??= lastLines(lines);
    const block = keyBlockAt(lines, start, last);
    if (block.headlines.size > 0) return block;
    first ??= block;
  }
  return first;
}

/** Each line's (bullet-less, normalised) text and the last line it is printed on. */
function lastLines(lines: string[]): Map<string, number> {
  const last = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.length > 250) return;
    last.set(normText(bulletText(l) ?? l), i);
    // (a headline printed on its stamp's line, "21:40 | Headline", recurs as that headline)
    const told = /^\d/.test(l) ? matchStamp(l, i)?.text : null;
    if (told) last.set(normText(told), i);
  });
  return last;
}

function keyBlockAt(lines: string[], start: number, last: Map<string, number>): KeyBlock {
  const headlines = new Set<string>();
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = bulletText(lines[i]!) ?? lines[i]!;
    if (isChrome(line)) continue;
    // A listed item may carry its update's stamp: "14:38 BST", or "• 14:38 BST Headline" on one line.
    const stamp = line.length <= 300 ? matchStamp(line, i) : null;
    if (stamp && stamp.text === null) continue;
    const text = stamp?.text ?? line;
    // a byline ("Jane Doe") recurs under every post of hers: the first update has begun, the list has ended
    if (nameLine(text) !== null) break;
    const key = normText(text);
    // Items are headlines (some outlets punctuate theirs as sentences) that recur further down the page.
    if (!(isHeadlineLike(text) || text.length <= 160) || (last.get(key) ?? -1) <= i) break;
    // A headline whose stamp and running text follow it opens the first update (a re-post of it recurs later).
    if (!stamp && opensUpdate(lines, i, headlines)) break;
    headlines.add(key);
    end = i + 1;
  }
  return { start, end, headlines };
}

/**
 * True when the line after `i` is a bare stamp and running text follows it, text the block does not list: `i` is
 * an update's headline. (Under a stamp-first layout the stamp heads a listed headline instead.)
 */
function opensUpdate(lines: string[], i: number, listed: Set<string>): boolean {
  const next = nextContent(lines, i + 1);
  const stamp = next >= 0 && lines[next]!.length <= 160 ? matchStamp(lines[next]!, next) : null;
  if (!stamp || stamp.text !== null) return false;
  const after = nextContent(lines, next + 1);
  return after >= 0 && isProse(lines[after]!) && !listed.has(normText(lines[after]!));
}

function nextContent(lines: string[], from: number): number {
  for (let i = from; i < Math.min(lines.length, from + 4); i++) if (lines[i] !== "") return i;
  return -1;
}

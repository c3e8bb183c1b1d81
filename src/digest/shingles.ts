// Word shingles: what near-verbatim repeats share word for word. Kept as hashes, so a day of ten thousand entries
// holds a few hundred bytes per entry; edition sketches (memory.ts) are the smallest of the same hashes.
import { normalize, words } from "./text.ts";

/** 32-bit FNV-1a of a string, continued from `h` (so a shingle's words hash without joining them first). */
export function fnv1a(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Word n-gram shingles of a text (stopwords kept, so re-posts match word for word), as the sorted, distinct FNV-1a
 * hashes of the space-joined n-grams: a few hundred bytes per entry where a set of strings took kilobytes.
 */
export function shingles(text: string, size = 3): Uint32Array {
  const list = words(normalize(text));
  if (list.length < size) return list.length > 0 ? Uint32Array.of(fnv1a(list.join(" "))) : new Uint32Array(0);
  const out = new Uint32Array(list.length - size + 1);
  for (let i = 0; i + size <= list.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) {
      if (k > 0) h = fnv1a(" ", h);
      h = fnv1a(list[i + k]!, h);
    }
    out[i] = h;
  }
  out.sort();
  return distinct(out);
}

/** The distinct values of a sorted array (a view of its front). */
function distinct(sorted: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return n === sorted.length ? sorted : sorted.slice(0, n);
}

/** How many values two sorted, distinct arrays share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) { shared++; i++; j++; }
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/** Jaccard resemblance of two sets given as sorted, distinct arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

/** Share of `a`'s shingles that `b` holds too (both sorted, distinct): how much of `a` is a copy of `b`. */
export function containedIn(a: Uint32Array, b: Uint32Array): number {
  return a.length === 0 || b.length === 0 ? 0 : sharedCount(a, b) / a.length;
}

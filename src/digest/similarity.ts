// TF-IDF vectors, cosine similarity, centroids and a rare-term candidate index over content terms (see text.ts `terms`).

/**
 * A sparse, unit-length term vector: its terms in sorted order and their weights. Two arrays, not a Map, so a day of
 * ten thousand entries holds a few hundred bytes per entry, and a cosine is one merge pass.
 */
export interface Vector {
  readonly terms: readonly string[];
  readonly weights: Float64Array;
}

/** A vector from term weights (any order), scaled to unit length. */
function unitVector(weights: Map<string, number>): Vector {
  const terms = [...weights.keys()].sort();
  const out = new Float64Array(terms.length);
  let norm = 0;
  terms.forEach((term, i) => {
    out[i] = weights.get(term)!;
    norm += out[i]! * out[i]!;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return { terms, weights: out };
}

/** Inverse document frequencies of a corpus of term lists: ln((1 + N) / (1 + df)) + 1. */
export function inverseFrequencies(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((1 + docs.length) / (1 + count)) + 1);
  return idf;
}

/** The unit TF-IDF vector of a term list (sub-linear tf; unknown terms get the corpus's highest idf). */
export function tfidf(doc: string[], idf: Map<string, number>, defaultIdf = 1): Vector {
  const tf = new Map<string, number>();
  for (const term of doc) tf.set(term, (tf.get(term) ?? 0) + 1);
  for (const [term, count] of tf) tf.set(term, (1 + Math.log(count)) * (idf.get(term) ?? defaultIdf));
  return unitVector(tf);
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** The unit-length mean of unit vectors: a group's centroid. */
export function centroid(vectors: Vector[]): Vector {
  const sum = new Map<string, number>();
  for (const v of vectors) v.terms.forEach((term, i) => sum.set(term, (sum.get(term) ?? 0) + v.weights[i]!));
  return unitVector(sum);
}

/**
 * Pairs of documents sharing a rare term. Each document is indexed under its `keys` rarest terms that occur in
 * 2..`cap` documents, so the number of pairs grows with the number of documents, not with its square.
 */
export function candidatePairs(docs: string[][], cap: number, keys: number): [number, number][] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  docs.forEach((doc, index) => {
    const rare = [...new Set(doc)]
      .filter((t) => { const n = df.get(t) ?? 0; return n >= 2 && n <= cap; })
      .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, keys);
    for (const term of rare) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = docs.length;
  for (const list of postings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** A TF-IDF model of a corpus: each document's terms and unit vector, and the shared idf. */
export interface TermModel {
  docs: string[][];
  vectors: Vector[];
  idf: Map<string, number>;
}

/** Builds one TF-IDF model over `docs`; `extra` documents (e.g. page intros) count in the idf only. */
export function termModel(docs: string[][], extra: string[][] = []): TermModel {
  const idf = inverseFrequencies([...docs, ...extra]);
  const interned = intern(docs);
  return { docs: interned, vectors: interned.map((d) => tfidf(d, idf)), idf };
}

/** The same term lists with one string per distinct term: a big day repeats each term thousands of times. */
function intern(docs: string[][]): string[][] {
  const one = new Map<string, string>();
  return docs.map((doc) => doc.map((term) => one.get(term) ?? (one.set(term, term), term)));
}

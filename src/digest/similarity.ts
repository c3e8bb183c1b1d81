// TF-IDF vectors, cosine similarity, centroids and a rare-term candidate index over content terms (see text.ts `terms`).

/** A sparse, unit-length term vector. */
export type Vector = Map<string, number>;

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
  const out: Vector = new Map();
  let norm = 0;
  for (const [term, count] of tf) {
    const w = (1 + Math.log(count)) * (idf.get(term) ?? defaultIdf);
    out.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, w] of out) out.set(term, w / norm);
  return out;
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) {
    const v = large.get(term);
    if (v !== undefined) sum += w * v;
  }
  return sum;
}

/** The unit-length mean of unit vectors: a group's centroid. */
export function centroid(vectors: Vector[]): Vector {
  const sum: Vector = new Map();
  for (const v of vectors) for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, w] of sum) sum.set(term, w / norm);
  return sum;
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
  return { docs, vectors: docs.map((d) => tfidf(d, idf)), idf };
}

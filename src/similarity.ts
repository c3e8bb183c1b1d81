// TF-IDF vectors and cosine similarity over content terms (see text.ts `terms`).

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

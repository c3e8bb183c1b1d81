// The compact forms a big day keeps per entry (hashed shingles, sorted term vectors) must answer exactly what the
// plain sets and maps they replaced answered: these cases compare them with straightforward reference versions.
import { describe, expect, it } from "vitest";
import { sketchOf, sketchSimilarity } from "../../src/digest/memory.ts";
import { findRepeats } from "../../src/digest/staleness.ts";
import { centroid, cosine, termModel, tfidf } from "../../src/digest/similarity.ts";
import type { EditionMemory, Entry } from "../../src/types.ts";
import { fnv1a, jaccard, shingles } from "../../src/digest/shingles.ts";
import { normalize, terms, words } from "../../src/digest/text.ts";

/** The reference: word 3-grams as a set of strings. */
function shingleSet(text: string): Set<string> {
  const list = words(normalize(text));
  if (list.length < 3) return new Set(list.length ? [list.join(" ")] : []);
  return new Set(list.slice(0, -2).map((_, i) => list.slice(i, i + 3).join(" ")));
}

function jaccardOfSets(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((x) => b.has(x)).length;
  return a.size && b.size ? shared / (a.size + b.size - shared) : 0;
}

const A = "Drones struck a fuel depot outside the port city overnight, the regional governor said on Sunday morning.";
const B = "Drones struck a fuel depot outside the port city overnight, officials said, adding that firefighters were at the scene.";
const C = "Parliament approved a new budget for road repairs after a long debate about spending in rural districts.";

describe("hashed shingles", () => {
  it("are the hashes of the space-joined word 3-grams, sorted and distinct", () => {
    const expected = [...new Set([...shingleSet(A)].map((s) => fnv1a(s)))].sort((x, y) => x - y);
    expect([...shingles(A)]).toEqual(expected);
    expect([...shingles("the the the the the")]).toEqual([fnv1a("the the the")]);
  });

  it("give the same Jaccard resemblance as sets of strings", () => {
    for (const [x, y] of [[A, B], [A, C], [A, A], [B, C], ["Short text", "Short text"], ["", A]] as const) {
      expect(jaccard(shingles(x), shingles(y))).toBeCloseTo(jaccardOfSets(shingleSet(x), shingleSet(y)), 12);
    }
  });

  it("keep an edition's sketch as it was (the 24 smallest hashes of the shingle strings), so stored history still matches", () => {
    const reference = [...new Set([...shingleSet(normalize(A))].map((s) => fnv1a(s)))].sort((x, y) => x - y).slice(0, 24);
    expect(sketchOf(A)).toEqual(reference);
  });
});

describe("term vectors", () => {
  /** The reference: a Map-based unit TF-IDF vector and its cosine. */
  function mapVector(doc: string[], idf: Map<string, number>): Map<string, number> {
    const tf = new Map<string, number>();
    for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
    const out = new Map([...tf].map(([t, n]) => [t, (1 + Math.log(n)) * (idf.get(t) ?? 1)] as [string, number]));
    const norm = Math.sqrt([...out.values()].reduce((s, w) => s + w * w, 0));
    return new Map([...out].map(([t, w]) => [t, w / norm]));
  }
  const mapCosine = (a: Map<string, number>, b: Map<string, number>) => [...a].reduce((s, [t, w]) => s + w * (b.get(t) ?? 0), 0);

  it("give the cosines a map of term weights gives", () => {
    const docs = [A, B, C].map(terms);
    const model = termModel(docs);
    for (const [i, j] of [[0, 1], [0, 2], [1, 2], [0, 0]] as const) {
      const expected = mapCosine(mapVector(docs[i]!, model.idf), mapVector(docs[j]!, model.idf));
      expect(cosine(model.vectors[i]!, model.vectors[j]!)).toBeCloseTo(expected, 12);
    }
    expect(cosine(model.vectors[0]!, model.vectors[0]!)).toBeCloseTo(1, 12);
    expect(cosine(model.vectors[0]!, tfidf([], model.idf))).toBe(0);
  });

  it("a centroid is the unit mean: closer to each member than the members are to each other", () => {
    const model = termModel([A, B, C].map(terms));
    const mean = centroid([model.vectors[0]!, model.vectors[1]!]);
    expect(cosine(mean, mean)).toBeCloseTo(1, 12);
    expect(cosine(mean, model.vectors[0]!)).toBeGreaterThan(cosine(model.vectors[0]!, model.vectors[1]!));
    expect(cosine(mean, model.vectors[2]!)).toBeLessThan(0.2);
  });

  it("a model's term lists read as the ones it was given (it only shares their strings)", () => {
    const docs = [terms(A), terms(B)];
    expect(termModel(docs.map((d) => [...d])).docs).toEqual(docs);
  });
});

describe("sketches of earlier editions", () => {
  /** The reference: the bottom-k of the union, and the share of it both sketches hold. */
  function reference(a: number[], b: number[]): number {
    if (!a.length || !b.length) return 0;
    const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, Math.max(a.length, b.length));
    return union.filter((h) => a.includes(h) && b.includes(h)).length / union.length;
  }

  it("resemble as the bottom-k of their union says", () => {
    const cases: [number[], number[]][] = [[[1, 2, 3, 4], [1, 2, 3, 4]], [[1, 2, 3, 4], [3, 4, 5, 6]], [[1, 5, 9], [2, 5, 9, 11, 12]],
      [[10, 20], [1, 2, 3, 4, 5, 6]], [[7], [7]], [[1, 2], []], [sketchOf(A), sketchOf(B)], [sketchOf(A), sketchOf(C)]];
    for (const [a, b] of cases) expect(sketchSimilarity(a, b)).toBeCloseTo(reference(a, b), 12);
  });

  const entry = (id: string, headline: string, body: string): Entry =>
    ({ id, headline, body: [body], published: "2025-03-05T08:00:00Z", author: null, url: null, keyPoint: false, source: "Wire" }) as unknown as Entry;
  const remembered = (date: string, e: Entry, source = "Wire"): EditionMemory =>
    ({ date, entries: [{ id: e.id, source, headline: e.headline, sketch: sketchOf(`${e.headline}. ${e.body.join(" ")}`) }], stories: [] });

  it("an entry re-posted on several earlier days is a repeat of the latest of them; an unlike one of none", () => {
    const old = entry("x1", "Depot hit", A);
    const today = [{ entry: entry("t1", "Depot hit", A), sourceName: "Other" }, { entry: entry("t2", "Budget passed", C), sourceName: "Other" }];
    const editions = [remembered("2025-03-01", old), remembered("2025-03-04", old), remembered("2025-03-02", old)];
    expect(findRepeats(today, editions)).toEqual(["2025-03-04", null]);
  });

  it("a stored sketch out of order still matches (history files are read as they are)", () => {
    const old = remembered("2025-03-03", entry("x1", "Depot hit", A));
    old.entries[0]!.sketch = [...old.entries[0]!.sketch].reverse();
    expect(findRepeats([{ entry: entry("t1", "Depot hit", A), sourceName: "Other" }], [old])).toEqual(["2025-03-03"]);
  });
});

// merge: which entries tell the same story. Re-posts by word shingles; the same event across entries and sources by
// TF-IDF cosine under constraints (same topic, close in time, a shared rare anchor). Candidates come from an
// inverted index over rare terms and shingles, so the work grows near-linearly with the number of entries.
import { cosine, inverseFrequencies, tfidf, type Vector } from "./similarity.ts";
import { cleanText, jaccard, normalize, shingles, stem, stripLabel, terms } from "./text.ts";

/** What merging needs to know about an entry. */
export interface MergeItem {
  id: string;
  source: string;
  topic: string;
  published: string | null;
  headline: string | null;
  body: string[];
}

/** Why two entries were joined. */
export interface MergeLink {
  from: string;
  to: string;
  kind: "repost" | "story";
  reason: string;
}

export interface MergeOptions {
  /** Word-3 shingle Jaccard at or above which an entry is a re-post (default 0.5). */
  repostJaccard?: number;
  /** Cosine at or above which an entry is a re-post (default 0.8). */
  repostCosine?: number;
  /** Cosine that joins two entries on its own (default 0.35). */
  storyCosine?: number;
  /** Cosine that joins two entries sharing a rare anchor (default 0.2). */
  anchorCosine?: number;
  /** Cosine that joins two entries sharing two or more rare anchors (default 0.12). */
  anchorsCosine?: number;
  /** Cosine that joins a short entry (a headline or stub) to one sharing a rare anchor (default 0.08). */
  shortCosine?: number;
  /** At most this many content terms make an entry short (default 15). */
  shortTerms?: number;
  /** Largest time gap between joined entries, in hours (default 36). */
  maxHours?: number;
}

export interface MergeResult {
  /** Entry ids grouped by story, each group in input order; groups ordered by their first entry. */
  groups: string[][];
  /** A later near-verbatim repeat → the entry it repeats. */
  repostOf: Map<string, string>;
  links: MergeLink[];
}

/** Words too common in war reporting to tie two entries to one event. */
const COMMON_ANCHORS = new Set(
  ("russia russian ukraine ukrainian kyiv moscow putin zelensky nato usa un eu kremlin west western europe european " +
    "america american president minister ministry defence foreign war military official officials government army " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december gmt utc reuters ap afp said").split(" ").map(stem),
);

interface Prepared {
  item: MergeItem;
  index: number;
  time: number | null;
  terms: string[];
  anchors: Set<string>;
  shingles: Set<string>;
  vector: Vector;
}

/**
 * Proper names and figures of a text (capitalised words not opening a sentence, numbers), normalised and stemmed.
 * A sentence's first word counts when `names` (words seen capitalised mid-sentence anywhere) holds it.
 */
export function anchorsOf(headline: string | null, body: string[], names: Set<string> = new Set()): Set<string> {
  const out = new Set<string>();
  const add = (phrase: string[]) => {
    if (phrase.length === 0) return;
    for (const term of terms(phrase.join(" ").replace(/-/g, " "))) if (!COMMON_ANCHORS.has(term)) out.add(term);
    phrase.length = 0;
  };
  for (const text of [headline ?? "", ...body]) {
    const tokens = cleanText(stripLabel(text)).split(/\s+/);
    const phrase: string[] = [];
    tokens.forEach((raw, i) => {
      const word = raw.replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}]+$/gu, "").replace(/'s$/, "");
      const prev = tokens[i - 1] ?? "";
      const opensSentence = i === 0 || (/[.!?:"']$/.test(prev) && !/^(?:\p{Lu}\.)+$/u.test(prev));
      const isName = /^\p{Lu}/u.test(word) && (!opensSentence || names.has(word));
      const isFigure = /\d/.test(word) && !/^(?:19|20)\d\d$/.test(word) && word.replace(/\D/g, "").length >= 2;
      if (isFigure) {
        add(phrase);
        out.add(word.replace(/[^\p{L}\p{N}.]/gu, ""));
      } else if (isName) {
        phrase.push(word);
        if (word !== raw.replace(/'s$/, "")) add(phrase);
      } else add(phrase);
    });
    add(phrase);
  }
  return out;
}

/** Words written capitalised somewhere other than a sentence's start: names, even when they open a headline. */
function knownNames(items: MergeItem[]): Set<string> {
  const names = new Set<string>();
  for (const item of items) {
    for (const text of [item.headline ?? "", ...item.body]) {
      const tokens = cleanText(stripLabel(text)).split(/\s+/);
      for (let i = 1; i < tokens.length; i++) {
        if (/[.!?:"']$/.test(tokens[i - 1]!)) continue;
        const word = tokens[i]!.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, "").replace(/'s$/, "");
        if (/^\p{Lu}\p{Ll}/u.test(word)) names.add(word);
      }
    }
  }
  return names;
}

function prepare(items: MergeItem[]): Prepared[] {
  const names = knownNames(items);
  const docs = items.map((item) => terms([item.headline ?? "", ...item.body.map(stripLabel)].join(" ")));
  const idf = inverseFrequencies(docs);
  return items.map((item, index) => {
    const parsed = item.published === null ? NaN : Date.parse(item.published);
    return {
      item,
      index,
      time: Number.isNaN(parsed) ? null : parsed,
      terms: docs[index]!,
      anchors: anchorsOf(item.headline, item.body, names),
      shingles: shingles([item.headline ?? "", ...item.body.map(stripLabel)].join(" ")),
      vector: tfidf(docs[index]!, idf),
    };
  });
}

/**
 * Pairs of entries sharing a rare term. Each entry is indexed under its `keys` rarest terms that occur in 2..`cap`
 * entries, so the number of pairs grows with the number of entries, not with its square.
 */
function candidates(prepared: Prepared[], cap: number, keys: number): [number, number][] {
  const df = new Map<string, number>();
  for (const p of prepared) for (const t of new Set(p.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  for (const p of prepared) {
    const rare = [...new Set(p.terms)]
      .filter((t) => { const n = df.get(t) ?? 0; return n >= 2 && n <= cap; })
      .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, keys);
    for (const term of rare) {
      const list = postings.get(term);
      if (list) list.push(p.index);
      else postings.set(term, [p.index]);
    }
  }
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = prepared.length;
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

/** Groups entries into stories and marks re-posts; every join carries its reason. */
export function mergeStories(items: MergeItem[], options: MergeOptions = {}): MergeResult {
  const o = { repostJaccard: 0.5, repostCosine: 0.8, storyCosine: 0.35, anchorCosine: 0.2, anchorsCosine: 0.12, shortCosine: 0.08, shortTerms: 15, maxHours: 36, ...options };
  const prepared = prepare(items);
  const cap = Math.max(4, Math.min(Math.ceil(items.length / 2), 40));
  const anchorCount = new Map<string, number>();
  for (const p of prepared) for (const a of p.anchors) anchorCount.set(a, (anchorCount.get(a) ?? 0) + 1);
  const rareLimit = Math.max(3, Math.ceil(items.length / 2));

  const joins: { a: number; b: number; kind: "repost" | "story"; strength: number; reason: string }[] = [];
  // A day's few hundred entries are indexed under up to 24 rare terms each; archive backfills under their 8 rarest.
  for (const [a, b] of candidates(prepared, cap, items.length <= 2000 ? 24 : 8)) {
    const pa = prepared[a]!;
    const pb = prepared[b]!;
    const hours = pa.time !== null && pb.time !== null ? Math.abs(pa.time - pb.time) / 3.6e6 : 0;
    const cos = cosine(pa.vector, pb.vector);
    if (cos < Math.min(o.shortCosine, o.anchorsCosine, o.anchorCosine, o.storyCosine)) continue;
    const jac = jaccard(pa.shingles, pb.shingles);
    if (jac >= o.repostJaccard || cos >= o.repostCosine) {
      joins.push({ a, b, kind: "repost", strength: 2 + jac, reason: `near-verbatim repeat (shingle Jaccard ${jac.toFixed(2)}, cosine ${cos.toFixed(2)})` });
      continue;
    }
    if (pa.item.topic !== pb.item.topic || hours > o.maxHours) continue;
    const shared = [...pa.anchors].filter((x) => pb.anchors.has(x) && (anchorCount.get(x) ?? 0) <= rareLimit).sort();
    const where = `same topic ${pa.item.topic}, ${hours.toFixed(1)} h apart`;
    if (cos >= o.storyCosine) {
      joins.push({ a, b, kind: "story", strength: cos, reason: `same event: cosine ${cos.toFixed(2)}, ${where}${shared.length ? `, shared ${shared.slice(0, 4).join(", ")}` : ""}` });
    } else if (shared.length > 0) {
      const short = Math.min(pa.terms.length, pb.terms.length) <= o.shortTerms;
      const needed = short ? o.shortCosine : shared.length >= 2 ? o.anchorsCosine : o.anchorCosine;
      if (cos < needed) continue;
      const why = short ? "a short entry" : shared.length >= 2 ? "two or more rare anchors" : "a rare anchor";
      joins.push({ a, b, kind: "story", strength: cos, reason: `same event: cosine ${cos.toFixed(2)} (≥ ${needed} with ${why}: ${shared.slice(0, 4).join(", ")}), ${where}` });
    }
  }

  const parent = prepared.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  joins.sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
  const links: MergeLink[] = [];
  const repostOf = new Map<string, string>();
  for (const join of joins) {
    const [first, later] = order(prepared[join.a]!, prepared[join.b]!);
    if (join.kind === "repost" && first.item.source === later.item.source && !repostOf.has(later.item.id)) {
      repostOf.set(later.item.id, repostOf.get(first.item.id) ?? first.item.id);
    }
    const ra = find(join.a);
    const rb = find(join.b);
    if (ra === rb) continue;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    links.push({ from: later.item.id, to: first.item.id, kind: join.kind, reason: join.reason });
  }
  const groups = new Map<number, string[]>();
  for (const p of prepared) {
    const root = find(p.index);
    const list = groups.get(root);
    if (list) list.push(p.item.id);
    else groups.set(root, [p.item.id]);
  }
  return { groups: [...groups.values()], repostOf, links };
}

/** The earlier of two entries (by time, then input order) first. */
function order(a: Prepared, b: Prepared): [Prepared, Prepared] {
  const ta = a.time ?? Number.POSITIVE_INFINITY;
  const tb = b.time ?? Number.POSITIVE_INFINITY;
  return ta < tb || (ta === tb && a.index < b.index) ? [a, b] : [b, a];
}

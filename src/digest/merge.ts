// merge: which entries tell the same story. Re-posts by word shingles; the same event across entries and sources by
// TF-IDF cosine under constraints (same topic, close in time, shared specific anchors). Candidates come from an
// inverted index over rare terms, so the work grows near-linearly with the number of entries. Weak evidence joins
// an entry to a group only when it also holds against the group's centroid, so weak links never chain stories.
import { anchorsOf, knownNames } from "./anchors.ts";
import { candidatePairs, centroid, cosine, termModel, type Vector } from "./similarity.ts";
import { jaccard, shingles, splitSentences, stripLabel, terms } from "./text.ts";
import { attachTeasers } from "./merge-teasers.ts";

export { anchorsOf } from "./anchors.ts";

/** What merging needs to know about an entry. */
export interface MergeItem {
  id: string;
  /** The source's stable key: a re-post is a repeat within one source. */
  source: string;
  topic: string;
  published: string | null;
  headline: string | null;
  body: string[];
  /** A teaser (no body of its own): it never links two stories; it joins the one story it shows, if any. */
  teaser?: boolean;
  /** Content terms and TF-IDF vector when the caller already built a model (else merging builds its own). */
  terms?: string[];
  vector?: Vector;
}

/** Why two entries were joined. */
export interface MergeLink {
  from: string;
  to: string;
  kind: "repost" | "story" | "teaser";
  reason: string;
}

export interface MergeOptions {
  /** Word-3 shingle Jaccard at or above which an entry is a re-post (default 0.5). */
  repostJaccard?: number;
  /** Cosine at or above which an entry is a re-post (default 0.8). */
  repostCosine?: number;
  /** Cosine that joins two entries on its own (default 0.35). */
  storyCosine?: number;
  /** Cosine that joins two entries sharing a specific anchor (default 0.2). */
  anchorCosine?: number;
  /** Cosine that joins two entries sharing two or more specific anchors (default 0.12). */
  anchorsCosine?: number;
  /** Cosine that joins a short entry (a headline or stub) to one sharing a specific anchor (default 0.08). */
  shortCosine?: number;
  /** Cosine that joins a teaser to an entry naming one of its places or people (default 0.04). */
  teaserCosine?: number;
  /** At most this many content terms make an entry short (default 15). */
  shortTerms?: number;
  /** Largest time gap between joined entries, in hours (default 36). */
  maxHours?: number;
  /** Entries filed under different topics join only with this cosine (default 0.25), ... */
  crossCosine?: number;
  /** ... at least this many shared specific anchors (default 2) ... */
  crossAnchors?: number;
  /** ... and at most this many hours apart (default 12): one event's attack and the reaction to it. */
  crossHours?: number;
}

export interface MergeResult {
  /** Entry ids grouped by story, each group in input order; groups ordered by their first entry. */
  groups: string[][];
  /** A later near-verbatim repeat → the entry it repeats. */
  repostOf: Map<string, string>;
  links: MergeLink[];
}

/** An entry ready for comparison (shared with merge-teasers.ts). */
export interface Prepared {
  item: MergeItem;
  index: number;
  time: number | null;
  terms: string[];
  anchors: Set<string>;
  /** Anchors of the headline and first sentence: what the entry leads with. */
  lead: Set<string>;
  /** The lead's anchors with the capitals counted as places ("Kyiv"): what a teaser can be matched on. */
  places: Set<string>;
  shingles: Set<string>;
  vector: Vector;
}

interface Join {
  a: number;
  b: number;
  kind: "repost" | "story";
  strength: number;
  /** Weak evidence: must also hold against the other group's centroid (this cosine). */
  guard: number | null;
  reason: string;
}

const DEFAULTS: Required<MergeOptions> = {
  repostJaccard: 0.5, repostCosine: 0.8, storyCosine: 0.35, anchorCosine: 0.2, anchorsCosine: 0.12, shortCosine: 0.08, teaserCosine: 0.04,
  shortTerms: 15, maxHours: 36, crossCosine: 0.25, crossAnchors: 2, crossHours: 12,
};

function prepare(items: MergeItem[]): Prepared[] {
  const names = knownNames(items.flatMap((item) => [item.headline ?? "", ...item.body]));
  const text = (item: MergeItem) => [item.headline ?? "", ...item.body.map(stripLabel)].join(" ");
  const docs = items.map((item) => item.terms ?? terms(text(item)));
  const model = items.every((item) => item.vector) ? null : termModel(docs);
  return items.map((item, index) => {
    const parsed = item.published === null ? NaN : Date.parse(item.published);
    return {
      item,
      index,
      time: Number.isNaN(parsed) ? null : parsed,
      terms: docs[index]!,
      anchors: anchorsOf(item.headline, item.body, names),
      lead: anchorsOf(item.headline, leadSentence(item), names),
      places: anchorsOf(item.headline, leadSentence(item), names, { common: true }),
      shingles: shingles(text(item)),
      vector: item.vector ?? model!.vectors[index]!,
    };
  });
}

/** The join two candidate entries earn, if any, with its reason. */
function judge(pa: Prepared, pb: Prepared, anchorCount: Map<string, number>, rareLimit: number, o: Required<MergeOptions>): Join | null {
  const cos = cosine(pa.vector, pb.vector);
  if (cos < Math.min(o.shortCosine, o.anchorsCosine, o.anchorCosine, o.storyCosine)) return null;
  const [a, b] = [pa.index, pb.index];
  const jac = jaccard(pa.shingles, pb.shingles);
  if (jac >= o.repostJaccard || cos >= o.repostCosine) {
    return { a, b, kind: "repost", strength: 2 + jac, guard: null, reason: `near-verbatim repeat (shingle Jaccard ${jac.toFixed(2)}, cosine ${cos.toFixed(2)})` };
  }
  const hours = pa.time !== null && pb.time !== null ? Math.abs(pa.time - pb.time) / 3.6e6 : 0;
  if (hours > o.maxHours) return null;
  const shared = [...pa.anchors].filter((x) => pb.anchors.has(x) && (anchorCount.get(x) ?? 0) <= rareLimit).sort();
  // A name of several words ("security council") is as specific as two single-word anchors.
  const evidence = shared.reduce((n, x) => n + (x.includes(" ") ? 2 : 1), 0);
  const anchors = shared.length ? `, shared ${shared.slice(0, 4).join(", ")}` : "";
  if (pa.item.topic !== pb.item.topic) {
    if (cos < o.crossCosine || evidence < o.crossAnchors || hours > o.crossHours) return null;
    const why = `same event across topics ${pa.item.topic}/${pb.item.topic}: cosine ${cos.toFixed(2)} (≥ ${o.crossCosine}), ${hours.toFixed(1)} h apart (≤ ${o.crossHours})${anchors}`;
    return { a, b, kind: "story", strength: cos, guard: o.crossCosine, reason: why };
  }
  const where = `same topic ${pa.item.topic}, ${hours.toFixed(1)} h apart`;
  if (cos >= o.storyCosine) return { a, b, kind: "story", strength: cos, guard: null, reason: `same event: cosine ${cos.toFixed(2)}, ${where}${anchors}` };
  if (shared.length === 0) return null;
  const short = Math.min(pa.terms.length, pb.terms.length) <= o.shortTerms;
  // One anchor is thin evidence: when the two lead with different details, the text must carry more of the weight.
  const split = !short && evidence < 2 && (leadsElsewhere(pa, pb) || leadsElsewhere(pb, pa));
  const needed = short ? o.shortCosine : evidence >= 2 ? o.anchorsCosine : split ? (o.anchorCosine + o.storyCosine) / 2 : o.anchorCosine;
  if (cos < needed) return null;
  const why = short ? "a short entry" : evidence >= 2 ? "two or more specific anchors" : split ? "a specific anchor, leads differ" : "a specific anchor";
  return { a, b, kind: "story", strength: cos, guard: needed, reason: `same event: cosine ${cos.toFixed(2)} (≥ ${needed} with ${why}: ${shared.slice(0, 4).join(", ")}), ${where}` };
}

/** Groups entries into stories and marks re-posts; every join carries its reason. */
export function mergeStories(items: MergeItem[], options: MergeOptions = {}): MergeResult {
  const o = { ...DEFAULTS, ...options };
  const prepared = prepare(items);
  const cap = Math.max(4, Math.min(Math.ceil(items.length / 2), 40));
  const anchorCount = new Map<string, number>();
  for (const p of prepared) for (const a of p.anchors) anchorCount.set(a, (anchorCount.get(a) ?? 0) + 1);
  const rareLimit = Math.max(3, Math.ceil(items.length / 2));

  const joins: Join[] = [];
  // A day's few hundred entries are indexed under up to 24 rare terms each; archive backfills under their 8 rarest.
  const pairs = candidatePairs(prepared.map((p) => p.terms), cap, items.length <= 2000 ? 24 : 8);
  for (const [a, b] of pairs) {
    const join = judge(prepared[a]!, prepared[b]!, anchorCount, rareLimit, o);
    if (join) joins.push(join);
  }

  const parent = prepared.map((_, i) => i);
  const members = prepared.map((_, i) => [i]);
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
    let reason = join.reason;
    if (join.guard !== null && (members[ra]!.length > 1 || members[rb]!.length > 1)) {
      const groupCos = cosine(centroid(members[ra]!.map((i) => prepared[i]!.vector)), centroid(members[rb]!.map((i) => prepared[i]!.vector)));
      if (groupCos < join.guard) continue;
      reason += `; the groups' centroids agree (cosine ${groupCos.toFixed(2)})`;
    }
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    members[root]!.push(...members[child]!);
    members[child] = [];
    links.push({ from: later.item.id, to: first.item.id, kind: join.kind, reason });
  }
  // A teaser that found no story of its own topic by the rules above joins the one story it shows, if any.
  const alone = new Set(prepared.filter((p) => p.item.teaser && members[find(p.index)]!.length === 1).map((p) => p.index));
  for (const link of attachTeasers(prepared.filter((p) => alone.has(p.index) || !p.item.teaser), pairs, o)) {
    const [ra, rb] = [find(link.teaser), find(link.entry)];
    parent[ra] = rb;
    links.push({ from: prepared[link.teaser]!.item.id, to: prepared[link.entry]!.item.id, kind: "teaser", reason: link.reason });
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

/** Times closer than this (ms) do not order two entries: a page's pinned lead and its update are posted together. */
const SAME_TIME = 15 * 60 * 1000;

/** The earlier of two entries first: by time, then (within SAME_TIME) by page order, so the page's top entry leads. */
function order(a: Prepared, b: Prepared): [Prepared, Prepared] {
  const ta = a.time ?? Number.POSITIVE_INFINITY;
  const tb = b.time ?? Number.POSITIVE_INFINITY;
  const tie = ta === tb || Math.abs(ta - tb) <= SAME_TIME;
  return (tie ? a.index < b.index : ta < tb) ? [a, b] : [b, a];
}

/**
 * True when `a` leads with specific names or figures that `b` never mentions: the two may lead with different events,
 * `b` naming `a`'s detail only in passing (a round-up's last paragraph).
 */
function leadsElsewhere(a: Prepared, b: Prepared): boolean {
  return a.lead.size > 0 && ![...a.lead].some((x) => b.anchors.has(x));
}

function leadSentence(item: MergeItem): string[] {
  return splitSentences(stripLabel(item.body[0] ?? "")).slice(0, 1);
}

// merge: which entries tell the same story. Re-posts by word shingles; the same event across entries and sources by
// TF-IDF cosine under constraints (judge.ts, thresholds in merge-rules.ts). Candidates come from an inverted index over
// rare terms, so the work grows near-linearly with the number of entries. Weak evidence joins an entry to a group
// only when it also holds against the group's centroid, so weak links never chain stories. Teasers join last.
import { anchorsOf, firstLeader, foldSpellings, knownNames, nameKey, spellingFolder } from "./anchors.ts";
import { judge, type Join, type Prepared } from "./judge.ts";
import { authorityNames } from "./kinds.ts";
import { readForMerge } from "./merge-lead.ts";
import { attachReactions, dominantStory, type ReactionSide } from "./merge-reactions.ts";
import { MERGE_DEFAULTS, type MergeOptions } from "./merge-rules.ts";
import { attachTeasers } from "./merge-teasers.ts";
import { candidatePairs, centroid, cosine, termModel, type Vector } from "./similarity.ts";
import { withoutGreeting } from "./rules.ts";
import { shingles } from "./shingles.ts";
import { splitSentences, stripLabel, terms } from "./text.ts";

export { anchorsOf } from "./anchors.ts";
export type { MergeOptions } from "./merge-rules.ts";

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
  /** The topic a teaser's words lean to when they reach no topic (default: its topic). */
  leaning?: string;
  /** A theme piece (explainer, analysis, feature): its own story, whatever it shares with the day's events. */
  theme?: boolean;
  /** The title of the article this entry is one section of ("Dnipro digs through rubble after missile strike" over
   * "Rescuers still at work"): a section that names no one and nowhere of its own is about what its article names. */
  context?: string | null;
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

export interface MergeResult {
  /** Entry ids grouped by story, each group in input order; groups ordered by their first entry. */
  groups: string[][];
  /** A later near-verbatim repeat → the entry it repeats. */
  repostOf: Map<string, string>;
  links: MergeLink[];
}

function prepare(items: MergeItem[], places: string[], capitals: string[]): (Prepared & { side: ReactionSide })[] {
  const names = knownNames(items.flatMap((item) => [item.headline ?? "", ...item.body]));
  const text = (item: MergeItem) => [item.headline ?? "", ...item.body.map(stripLabel)].join(" ");
  const docs = items.every((item) => item.terms) ? items.map((item) => item.terms!) : foldSpellings(items.map((item) => item.terms ?? terms(text(item))));
  const model = items.every((item) => item.vector) ? null : termModel(docs);
  const ownLeads = items.map((item) => anchorsOf(item.headline, leadSentence(item), names));
  const summing = summingTitles(items, ownLeads, names);
  const prepared = items.map((item, index) => {
    const parsed = item.published === null ? NaN : Date.parse(item.published);
    const groups: string[][] = [];
    const own = anchorsOf(item.headline, item.body, names, { groups });
    // a section naming no one and nowhere (figures aside) takes the details its article's title names, unless it asks
    // why or how (an explainer's section tells a theme, not the event)
    const asks = /^(?:why|how|what|who|where|when|which)\b/i.test(item.headline ?? "");
    const titled = item.context && !asks && !summing.has(item.context) && ![...own].some((x) => /^\p{L}/u.test(x)) ? anchorsOf(item.context, [], names) : null;
    const lead = `${titled ? `${item.context}. ` : ""}${item.headline ?? ""}. ${leadSentence(item).join(" ")}`;
    const leadAnchors = new Set([...ownLeads[index]!, ...(titled ?? [])]);
    return {
      item,
      index,
      time: Number.isNaN(parsed) ? null : parsed,
      terms: docs[index]!,
      anchors: titled ? new Set([...own, ...titled]) : own,
      // (a town named only as the seat of the official who speaks is not what the entry leads with)
      lead: without(leadAnchors, authorityNames(lead, leadAnchors)),
      ...readForMerge(item.headline, lead, leadAnchors, names, capitals),
      speaker: firstLeader(item.headline || leadSentence(item).join(" ")),
      groups,
      shingles: shingles(text(item)),
      vector: item.vector ?? model!.vectors[index]!,
    };
  });
  foldTransliterations(prepared, places);
  return prepared;
}

function without(anchors: Set<string>, names: Set<string>): Set<string> {
  return names.size === 0 ? anchors : new Set([...anchors].filter((x) => !names.has(x)));
}

/** One spelling per name across the day: anchors whose transliteration keys agree take the first one seen (a place of the beat first). */
function foldTransliterations(prepared: Prepared[], places: string[]): void {
  const one = spellingFolder(places.flatMap((p) => p.split(" ")), nameKey);
  for (const p of prepared) {
    p.anchors = new Set([...p.anchors].map(one));
    p.lead = new Set([...p.lead].map(one));
    p.hit = new Set([...(p.hit ?? [])].map(one));
    p.landmarks = new Set([...(p.landmarks ?? [])].map(one));
    p.regions = new Set([...(p.regions ?? [])].map(one));
    p.nearBy = new Set([...(p.nearBy ?? [])].map(one));
    p.groups = p.groups.map((g) => g.map(one));
  }
}

/** Groups entries into stories and marks re-posts; every join carries its reason. */
export function mergeStories(items: MergeItem[], options: MergeOptions = {}): MergeResult {
  const o = { ...MERGE_DEFAULTS, ...options };
  const prepared = prepare(items, o.places, o.capitals);
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
  const { links, repostOf } = applyJoins(joins, prepared, parent, members, find);
  // A reaction the rules above left alone (or with other reactions only) joins the one story it reacts to.
  const lone = (i: number) => members[find(i)]!.every((m) => prepared[m]!.side.reaction);
  for (const link of attachReactions(prepared, pairs, anchorCount, rareLimit, lone, o)) {
    const [ra, rb] = [find(link.reaction), find(link.entry)];
    if (ra === rb || !lone(link.reaction)) continue;
    parent[ra] = rb;
    members[rb]!.push(...members[ra]!);
    members[ra] = [];
    links.push({ from: prepared[link.reaction]!.item.id, to: prepared[link.entry]!.item.id, kind: "story", reason: link.reason });
  }
  // A reaction still alone reacts to the day's main story of its topic, when one dwarfs the others; so does a claim
  // of one's own strike that names nothing ("Moscow says it hit 'deployment points'"): the day's main attack.
  // So does what followed an attack named only as "the strikes" ("metro stations fill after the strikes"), alone or
  // with its teasers and other such reports.
  for (const r of prepared) {
    const claim = r.claim === true && members[find(r.index)]!.length === 1;
    const sequel = r.sequel === true && members[find(r.index)]!.every((m) => prepared[m]!.item.teaser || prepared[m]!.sequel);
    if (r.item.teaser || r.item.theme || !(claim || sequel || (r.side.reaction && lone(r.index)))) continue;
    const main = dominantStory(r, prepared, members, find, o, claim);
    if (!main) continue;
    const [ra, rb] = [find(r.index), find(main.entry)];
    parent[ra] = rb;
    members[rb]!.push(...members[ra]!);
    members[ra] = [];
    links.push({ from: r.item.id, to: prepared[main.entry]!.item.id, kind: "story", reason: main.reason });
  }
  // A teaser that found no story by the rules above joins the one story it shows, if any.
  const alone = new Set(prepared.filter((p) => p.item.teaser && members[find(p.index)]!.length === 1).map((p) => p.index));
  for (const link of attachTeasers(prepared.filter((p) => alone.has(p.index) || !p.item.teaser), pairs, anchorCount, o)) {
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

/** Applies joins strongest first (union-find); a weak join must also hold between the two groups' centroids. */
function applyJoins(joins: Join[], prepared: Prepared[], parent: number[], members: number[][], find: (i: number) => number) {
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
  return { links, repostOf };
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
 * Titles of round-ups ("Deadly strike on X as Nato chief visits Kyiv" over "X: seven dead", "Rutte's fourth trip",
 * "Germany to send IRIS-T"): two or more of the article's sections lead with details of their own, none of them the
 * title's. Such a title tells a section that names nothing of its own nothing about what it is about.
 */
function summingTitles(items: MergeItem[], ownLeads: Set<string>[], names: Set<string>): Set<string> {
  const sections = new Map<string, Set<string>[]>();
  items.forEach((item, i) => {
    if (item.context) sections.set(item.context, [...(sections.get(item.context) ?? []), ownLeads[i]!]);
  });
  const summing = new Set<string>();
  for (const [title, leads] of sections) {
    const details = new Set(anchorsOf(title, [], names));
    const others = leads.map((l) => [...l].filter((x) => /^\p{L}/u.test(x))).filter((l) => l.length && l.every((x) => !details.has(x)));
    if (others.length >= 2) summing.add(title);
  }
  return summing;
}

function leadSentence(item: MergeItem): string[] {
  return withoutGreeting(splitSentences(stripLabel(item.body[0] ?? ""))).slice(0, 1);
}

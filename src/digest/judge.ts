// judge: whether two candidate entries tell one story, and why: a re-post (near-verbatim), the same event (close
// text, or shared specific details with enough closeness, within hours), or nothing. Theme pieces join nothing.
import { detailCount, withoutLoneLeader } from "./anchors.ts";
import { DAY_KINDS, FIGHT_KIND, SPEAKER_KINDS } from "./kinds.ts";
import type { MergeItem } from "./merge.ts";
import type { MergeOptions } from "./merge-rules.ts";
import { cosine, type Vector } from "./similarity.ts";
import { containedIn, jaccard } from "./shingles.ts";

/** An entry ready for comparison. */
export interface Prepared {
  item: MergeItem;
  index: number;
  time: number | null;
  terms: string[];
  anchors: Set<string>;
  /** Anchors of the headline and first sentence: what the entry leads with. */
  lead: Set<string>;
  /** Its headline or first sentence gives a casualty figure (a toll that may grow through the day). */
  toll?: boolean;
  /** The capitals its lead names as the place of an attack (kinds.ts). */
  attacked?: Set<string>;
  /** The rare names (lead anchors) its lead names as the place of an attack (kinds.ts attackedNames). */
  hit?: Set<string>;
  /** Its lead claims its author's own strike and names nothing specific (merge-lead.ts). */
  claim?: boolean;
  /** Its lead tells what followed an attack it names only as "the strikes" ("… after the strikes"): the day's main one. */
  sequel?: boolean;
  /** Its lead announces an alert and no attack (kinds.ts): it joins no attack by the place both lead with. */
  alert?: boolean;
  /** Its headline tells of a second attack of the day ("Second strike hits …") (merge-lead.ts). */
  another?: boolean;
  /** Its lead names an attack or its aftermath (kinds.ts ATTACK_TERMS). */
  attack?: boolean;
  /** Its lead counts missiles or drones fired or downed (merge-lead.ts). */
  volley?: boolean;
  /** Its lead places the attack in a country other than the war's sides ("fell in Poland", "Poland airspace"). */
  abroad?: boolean;
  /** Its lead names Ukraine's own missiles or drones ("32 Ukrainian drones downed"): fire the other way (merge-lead.ts). */
  ukrainianFire?: boolean;
  /** The kinds of event its headline and lead sentence lead with (kinds.ts). */
  kinds?: Set<string>;
  /** The names its lead gives as a landmark for another place ("a village near X": kinds.ts landmarkNames). */
  landmarks?: Set<string>;
  /** Names its lead gives only as what one place lies near ("a village near Kherson"): that place is another. */
  nearBy?: Set<string>;
  /**
   * The names its lead gives only as a region or a landmark ("in the Kharkiv region", "near Kherson": kinds.ts
   * regionNames).
   */
  regions?: Set<string>;
  /** The much-quoted leader its headline (else its lead sentence) names first (anchors.ts firstLeader). */
  speaker?: string | null;
  /** Names of several words among its anchors (each one detail). */
  groups: string[][];
  shingles: Uint32Array;
  vector: Vector;
}

export interface Join {
  a: number;
  b: number;
  kind: "repost" | "story";
  strength: number;
  /** Weak evidence: must also hold against the other group's centroid (this cosine). */
  guard: number | null;
  reason: string;
}

/** The specific details two entries share (anchors no more than `rareLimit` entries name), and how many they are. */
export function sharedDetails(pa: Prepared, pb: Prepared, anchorCount: Map<string, number>, rareLimit: number): { shared: string[]; count: number } {
  // (a place one lead gives as what another lies near, "a village near Kherson", and the other as the place itself is
  // no detail the two share)
  const nearInOne = (x: string) => Boolean(pa.nearBy?.has(x)) !== Boolean(pb.nearBy?.has(x));
  const shared = withoutLoneLeader([...pa.anchors].filter((x) => pb.anchors.has(x) && (anchorCount.get(x) ?? 0) <= rareLimit && !nearInOne(x)).sort());
  return { shared, count: detailCount(shared, [...pa.groups, ...pb.groups]) };
}

/**
 * The rare details both leads name. A first name shared by two different people (the first word of two full names
 * whose last words differ: "Dmitry Peskov", "Dmitry Medvedev") is no detail.
 */
export function sharedLeadDetails(pa: Prepared, pb: Prepared, anchorCount: Map<string, number>, rareLimit: number): string[] {
  const nameOf = (p: Prepared, x: string) => p.groups.find((g) => g.includes(x));
  return withoutLoneLeader([...pa.lead].filter((x) => {
    if (!pb.lead.has(x) || (anchorCount.get(x) ?? 0) > rareLimit) return false;
    const [ga, gb] = [nameOf(pa, x), nameOf(pb, x)];
    return !ga || !gb || ga[0] !== x || gb[0] !== x || ga.at(-1) === gb.at(-1);
  }));
}

/** The join two candidate entries earn, if any, with its reason. */
export function judge(pa: Prepared, pb: Prepared, anchorCount: Map<string, number>, rareLimit: number, o: Required<MergeOptions>): Join | null {
  const cos = cosine(pa.vector, pb.vector);
  // below every threshold but those of a shared kind of event or an attacked capital (cheap to check), nothing joins
  if (cos < Math.min(o.shortCosine, o.anchorsCosine, o.anchorCosine, o.storyCosine, o.placeCosine) && !sharesKindOrCapital(pa, pb, o)) return null;
  const [a, b] = [pa.index, pb.index];
  const jac = jaccard(pa.shingles, pb.shingles);
  if ((jac >= o.repostJaccard || cos >= o.repostCosine) && !addsToEarlier(pa, pb, o)) {
    return { a, b, kind: "repost", strength: 2 + jac, guard: null, reason: `near-verbatim repeat (shingle Jaccard ${jac.toFixed(2)}, cosine ${cos.toFixed(2)})` };
  }
  // A source's later post that is its earlier one cut down (a paragraph dropped, a word changed) repeats it; a later one
  // that adds to the earlier text is news, however much it repeats.
  const trimmed = trimmedRepeat(pa, pb, o);
  if (trimmed !== null) {
    return { a, b, kind: "repost", strength: 2 + jac, guard: null, reason: `a shortened repeat (${(trimmed * 100).toFixed(0)}% of its word runs are the earlier post's)` };
  }
  // An explainer, analysis or feature is about a theme: it shares words and names with the day's events, not an event.
  if (pa.item.theme || pb.item.theme) return null;
  // A teaser has no body to compare: it joins only the story it shows, on a specific detail (merge-teasers.ts).
  if (pa.item.teaser || pb.item.teaser) return null;
  const hours = pa.time !== null && pb.time !== null ? Math.abs(pa.time - pb.time) / 3.6e6 : 0;
  if (hours > o.maxHours) return null;
  const { shared, count: evidence } = sharedDetails(pa, pb, anchorCount, rareLimit);
  const anchors = shared.length ? `, shared details: ${shared.slice(0, 5).join(", ")}` : "";
  if (pa.item.topic !== pb.item.topic) {
    if (cos < o.crossCosine || evidence < o.crossAnchors || hours > o.crossHours) return null;
    const why = `same event across topics ${pa.item.topic}/${pb.item.topic}: cosine ${cos.toFixed(2)} (≥ ${o.crossCosine}), ${hours.toFixed(1)} h apart (≤ ${o.crossHours})${anchors}`;
    return { a, b, kind: "story", strength: cos, guard: o.crossCosine, reason: why };
  }
  const where = `same topic ${pa.item.topic}, ${hours.toFixed(1)} h apart`;
  // Close wording alone does not join two reports that each name as an attack's place one the other never names and
  // share fewer than two details: one town's attack and another's are told in the same words (drones, overnight).
  // (so do two reports of attacks each leading with a place of the beat the other never names: Rivne's and Kremenchuk's)
  const apart = evidence < 2 && ((hitElsewhere(pa, pb) && hitElsewhere(pb, pa)) || (Boolean(pa.attack && pb.attack) && placeApart(pa, pb, o) && placeApart(pb, pa, o)));
  if (cos >= o.storyCosine && !apart) return { a, b, kind: "story", strength: cos, guard: null, reason: `same event: cosine ${cos.toFixed(2)}, ${where}${anchors}` };
  // "Second strike hits X" beside a report of X's first attack: the place, the kind and the local officials they share
  // are no evidence of one event; only close wording is (above)
  if (Boolean(pa.another) !== Boolean(pb.another)) return null;
  // (nor does a place of the beat both name, when each leads with an attack on a town the other never names: the region
  // of two towns' attacks, "Kurakhove, in the Donetsk region" and "Pokrovsk, in the Donetsk region")
  const place = pa.alert || pb.alert || (hitElsewhere(pa, pb) && hitElsewhere(pb, pa)) ? null : sharedLeadPlace(pa, pb, o);
  const placeCosine = place?.startsWith("an attack on ") ? o.capitalCosine : o.placeCosine;
  if (place && hours <= o.placeHours && cos >= placeCosine) {
    return { a, b, kind: "story", strength: cos, guard: placeCosine, reason: `same event: both lead with ${place} (a place of the beat), cosine ${cos.toFixed(2)} (≥ ${placeCosine}), ${where}` };
  }
  // A town too small for the beat's list, named by both leads as the attack's place ("missiles hit a block in X", "X
  // strike shows …"): one attack, however differently told, at the beat places' cosine.
  const hit = place || pa.alert || pb.alert || pa.item.topic === o.fallbackTopic ? undefined
    : [...(pa.hit ?? [])].find((x) => pb.hit?.has(x) && (anchorCount.get(x) ?? 0) <= rareLimit);
  if (hit && hours <= o.placeHours && cos >= o.placeCosine) {
    return { a, b, kind: "story", strength: cos, guard: o.placeCosine, reason: `same event: both name ${hit} as the attack's place, cosine ${cos.toFixed(2)} (≥ ${o.placeCosine}), ${where}` };
  }
  // A toll grows through the day (20 → 31 → 37): two reports of one topic that both lead with a casualty figure, hours
  // apart and close in wording, are one attack's toll, unless one leads with a place of the beat the other never names.
  if (pa.toll && pb.toll && pa.item.topic !== o.fallbackTopic && hours <= o.placeHours && cos >= o.anchorCosine && !placeApart(pa, pb, o) && !placeApart(pb, pa, o)) {
    return { a, b, kind: "story", strength: cos, guard: o.anchorCosine, reason: `same event: both lead with a casualty toll, cosine ${cos.toFixed(2)} (≥ ${o.anchorCosine}), no place apart, ${where}` };
  }
  // The same kind of event led with by both, with the same specific detail in both leads: a claim and its denial, one
  // resignation told by several outlets (in the catch-all topic too: the kind, not the bucket, makes it one event).
  // A kind a day has one of (a nationwide barrage) needs no shared detail, only the same topic, not the catch-all.
  const dayKind = pa.item.topic === o.fallbackTopic ? undefined : [...(pa.kinds ?? [])].find((k) => k in DAY_KINDS && pb.kinds?.has(k));
  if (dayKind && hours <= o.kindHours && cos >= o.kindCosine) {
    return { a, b, kind: "story", strength: cos, guard: o.kindCosine, reason: `same event: both lead with ${dayKind} (one a day), cosine ${cos.toFixed(2)} (≥ ${o.kindCosine}), ${where}` };
  }
  // A nationwide barrage strikes many places at once: a report leading with an attack on a place the barrage's own lead
  // names ("explosions in Kharkiv, Dnipro and other cities" → "Kharkiv hit by ballistic missiles") is part of it.
  const part = dayKind === undefined && pa.item.topic !== o.fallbackTopic ? barragePart(pa, pb, o) ?? barragePart(pb, pa, o) : undefined;
  if (part && hours <= o.placeHours && cos >= o.kindCosine) {
    return { a, b, kind: "story", strength: cos, guard: o.kindCosine, reason: `same event: ${part.startsWith("its count") ? part : `an attack on ${part}, a place the day's nationwide barrage leads with`}, cosine ${cos.toFixed(2)} (≥ ${o.kindCosine}), ${where}` };
  }
  const kind = [...(pa.kinds ?? [])].find((k) => !(k in DAY_KINDS) && pb.kinds?.has(k));
  // a threat is its speaker's: "Putin threatens Kyiv …" and "Putin warns Kyiv could be hit …" share Putin himself
  const speaker = kind && SPEAKER_KINDS.has(kind) && pa.speaker && pa.speaker === pb.speaker ? [pa.speaker] : [];
  // the fight for a place joins on the place fought over, not on a town "a village near" it names as a landmark
  const fought = (x: string) => kind !== FIGHT_KIND || !(pa.landmarks?.has(x) || pb.landmarks?.has(x));
  const leadDetail = kind ? [...sharedLeadDetails(pa, pb, anchorCount, rareLimit).filter(fought), ...speaker] : [];
  if (kind && leadDetail.length > 0 && hours <= o.kindHours && cos >= o.kindCosine) {
    return { a, b, kind: "story", strength: cos, guard: o.kindCosine, reason: `same event: both lead with ${kind} and ${leadDetail.slice(0, 3).join(", ")}, cosine ${cos.toFixed(2)} (≥ ${o.kindCosine}), ${where}` };
  }
  // Otherwise the catch-all topic is a bucket, not a kind of event: near one town, its reports of different events share
  // the name. Only two or more specific details led with by both (a leader and his force) make one of its events.
  if (shared.length === 0) return null;
  if (pa.item.topic === o.fallbackTopic) {
    const lead = sharedLeadDetails(pa, pb, anchorCount, rareLimit);
    const count = detailCount(lead, [...pa.groups, ...pb.groups]);
    if (count < 2 || cos < o.anchorsCosine) return null;
    return { a, b, kind: "story", strength: cos, guard: o.anchorsCosine, reason: `same event: both lead with ${lead.slice(0, 4).join(", ")}, cosine ${cos.toFixed(2)} (≥ ${o.anchorsCosine}), ${where}` };
  }
  // two reports that each lead with an attack on a town the other never names are two attacks when all they share are
  // places of the beat and figures (the region both towns lie in, a toll of two); a person both name may still tie them
  if (hitElsewhere(pa, pb) && hitElsewhere(pb, pa) && shared.every((x) => o.places.includes(x) || !/^\p{L}/u.test(x))) return null;
  const short = Math.min(pa.terms.length, pb.terms.length) <= o.shortTerms;
  // One anchor is thin evidence: when the two lead with different details, the text must carry more of the weight. A
  // short item joins on one detail at its low cosine unless the longer report leads with an attack on a place the short
  // one never names and has the shared detail only further down ("a day after the attack on …").
  const long = short ? (pa.terms.length > pb.terms.length ? pa : pb) : null;
  const passing = long !== null && evidence < 2 && hitElsewhere(long, long === pa ? pb : pa) && !shared.some((x) => long.lead.has(x));
  const split = !short && evidence < 2 && (leadsElsewhere(pa, pb) || leadsElsewhere(pb, pa));
  const needed = passing ? o.anchorCosine : short ? o.shortCosine : evidence >= 2 ? o.anchorsCosine : split ? (o.anchorCosine + o.storyCosine) / 2 : o.anchorCosine;
  if (cos < needed) return null;
  const why = passing ? "a short entry whose detail the other names only in passing" : short ? "a short entry" : evidence >= 2 ? "two or more specific details" : split ? "one specific detail, leads differ" : "one specific detail";
  return { a, b, kind: "story", strength: cos, guard: needed, reason: `same event: cosine ${cos.toFixed(2)} (≥ ${needed} with ${why}: ${shared.slice(0, 5).join(", ")}), ${where}` };
}

/** Holidays and the faiths that keep them ("on Orthodox Easter"): when a report falls, not where. */
const HOLIDAYS = new Set(["easter", "christmas", "ramadan", "eid", "hanukkah", "passover", "thanksgiving", "orthodox", "catholic", "christian", "muslim", "jewish"]);

/**
 * A place `b` leads with an attack on that `a`, leading with a nationwide barrage, names: a place of the beat anywhere in
 * its report (a barrage's cities are often listed below its lead), any other name only in its lead.
 */
function barragePart(a: Prepared, b: Prepared, o: Required<MergeOptions>): string | undefined {
  if (!b.attack || b.alert || ![...(a.kinds ?? [])].some((k) => k in DAY_KINDS)) return undefined;
  // a missile that strays into another country is an incident of its own, whichever barrage it flew in
  if (b.abroad) return undefined;
  // the count of missiles and drones fired or downed that day is the barrage's own tally (when they flew the same way)
  const tally = b.volley && Boolean(b.ukrainianFire) === Boolean(a.ukrainianFire);
  // (a place, not a figure both name, nor a holiday both fall on: "strikes on Easter", "an Easter truce")
  const place = (x: string) => /^\p{L}/u.test(x) && !HOLIDAYS.has(x);
  return [...b.lead].find((x) => place(x) && a.anchors.has(x) && o.places.includes(x)) ?? [...b.lead].find((x) => place(x) && a.lead.has(x)) ??
    (tally ? "its count of missiles and drones" : undefined);
}

function sharesKindOrCapital(pa: Prepared, pb: Prepared, o: Required<MergeOptions>): boolean {
  for (const k of pa.kinds ?? []) if (pb.kinds?.has(k)) return true;
  for (const c of pa.attacked ?? []) if (pb.attacked?.has(c)) return true;
  return barragePart(pa, pb, o) !== undefined || barragePart(pb, pa, o) !== undefined;
}

/** A place of the beat both entries lead with, when they share a topic other than the catch-all. */
function sharedLeadPlace(pa: Prepared, pb: Prepared, o: Required<MergeOptions>): string | null {
  if (pa.item.topic === o.fallbackTopic) return null;
  const leads = (p: Prepared, place: string) => place.split(" ").every((word) => p.lead.has(word));
  const capital = [...(pa.attacked ?? [])].find((c) => pb.attacked?.has(c));
  // "Kharkiv" and "the Kharkiv region" are two places: the city, and the land around it
  return o.places.find((p) => leads(pa, p) && leads(pb, p) && samePlace(pa, pb, p.split(" ").at(-1)!)) ?? (capital ? `an attack on ${capital}` : null);
}

/** False when one lead gives `name` only as a region ("in the Kharkiv region") and the other as a place itself ("Kharkiv"). */
function samePlace(pa: Prepared, pb: Prepared, name: string): boolean {
  return Boolean(pa.regions?.has(name)) === Boolean(pb.regions?.has(name));
}

/** True when `a` leads with an attack on places (kinds.ts attackedNames) none of which `b` names: another attack. */
function hitElsewhere(a: Prepared, b: Prepared): boolean {
  return (a.hit?.size ?? 0) > 0 && ![...a.hit!].some((x) => b.anchors.has(x));
}

/**
 * True when `a` leads with a place of the beat that `b` never names, or names as another place (the region or a landmark
 * for `b`'s own: "Kherson" and "a village near Kherson"): reports of two places' attacks.
 */
function placeApart(a: Prepared, b: Prepared, o: Required<MergeOptions>): boolean {
  return o.places.some((p) => p.split(" ").every((w) => a.lead.has(w)) &&
    (!p.split(" ").every((w) => b.anchors.has(w)) || !samePlace(a, b, p.split(" ").at(-1)!)));
}

/**
 * True when `a` leads with specific names or figures that `b` never mentions: the two may lead with different events,
 * `b` naming `a`'s detail only in passing (a round-up's last paragraph).
 */
function leadsElsewhere(a: Prepared, b: Prepared): boolean {
  return a.lead.size > 0 && ![...a.lead].some((x) => b.anchors.has(x));
}

/** A later post shorter than an earlier one of its source whose word runs are nearly all the earlier's: their share. */
function trimmedRepeat(pa: Prepared, pb: Prepared, o: Required<MergeOptions>): number | null {
  const pair = pa.item.source === pb.item.source ? inTimeOrder(pa, pb) : null;
  if (!pair) return null;
  const [earlier, later] = pair;
  if (later.shingles.length < o.trimmedMinShingles || later.shingles.length >= earlier.shingles.length) return null;
  const share = containedIn(later.shingles, earlier.shingles);
  return share >= o.trimmedShare ? share : null;
}

/** True when the later of two posts adds a good share of text of its own to the earlier's (an update, not a repeat). */
function addsToEarlier(pa: Prepared, pb: Prepared, o: Required<MergeOptions>): boolean {
  const pair = inTimeOrder(pa, pb);
  if (!pair) return false;
  const [earlier, later] = pair;
  // (longer, too: a reworded repeat has new word runs as well, but no more of them)
  return later.shingles.length >= o.trimmedMinShingles && later.shingles.length >= o.updateGrowth * earlier.shingles.length &&
    1 - containedIn(later.shingles, earlier.shingles) >= o.updateNewShare;
}

/** Two entries, the earlier first; null when either is undated or both carry one time. */
function inTimeOrder(pa: Prepared, pb: Prepared): [Prepared, Prepared] | null {
  if (pa.time === null || pb.time === null || pa.time === pb.time) return null;
  return pa.time < pb.time ? [pa, pb] : [pb, pa];
}

// Reactions ("X condemns …", "Y dismisses Z's offer", "… the spokesman said, commenting on the decision") are about
// another story: an official reaction whose main content is an event or a statement belongs to that story
// (gold/LABELS.md). A reaction left on its own by the rules of judge.ts joins the one story it reacts to, matched after
// the other joins and one at a time, so a reaction never bridges two stories.
import { sharedLeadDetails, type Prepared } from "./judge.ts";
import { DAY_KINDS, THREAT_KIND } from "./kinds.ts";
import type { MergeOptions } from "./merge-rules.ts";
import { centroid, cosine } from "./similarity.ts";

/** What a reaction needs to know of an entry: whether it reacts, whose words or acts it names, whom it opens with. */
export interface ReactionSide {
  reaction: boolean;
  /** Names it refers to as the owner of what it reacts to ("Putin's offer" → putin). */
  refers: Set<string>;
  /** The name its headline (or lead sentence) opens with, lower case, when it gives that one's words or offer. */
  opens: string | null;
}

/** The sides of the war and their capitals: "Russia's", "Kyiv's" own nearly everything a day reports. */
const SIDES = new Set(["russia", "ukraine", "kremlin", "moscow", "kyiv"]);

/**
 * The names a lead refers to as owners ("Putin's terms", "Tehran's claim") and the name it opens with. Its own opening
 * name is its author ("Lithuania's president condemns …"), and a side of the war owns too much to point to one story.
 */
export function reactionSide(lead: string, reaction: boolean, statement: boolean): ReactionSide {
  const first = /^\s*(?:[\p{L} ]{0,20}:\s*)?["'\u2018\u201c]?(\p{Lu}[\p{L}-]+)/u.exec(lead)?.[1]?.toLowerCase();
  const refers = new Set([...lead.matchAll(/(\p{Lu}[\p{L}-]+)['\u2019]s\b/gu)].map((m) => m[1]!.toLowerCase()).filter((x) => x !== first && !SIDES.has(x)));
  return { reaction, refers, opens: first && statement ? first : null };
}

/**
 * Each lone reaction's story (a group of reactions only counts as lone): among other entries of its topic within
 * `reactionHours`, those sharing a specific detail of its lead, or giving the words or offer of a name it refers to
 * as an owner ("dismisses Putin's offer" → "Putin offers …"); the closest by cosine (at least `reactionCosine`), the
 * most shared details first.
 */
export function attachReactions(
  prepared: (Prepared & { side: ReactionSide })[], pairs: [number, number][], anchorCount: Map<string, number>, rareLimit: number,
  lone: (index: number) => boolean, o: Required<MergeOptions>,
): { reaction: number; entry: number; reason: string }[] {
  const out: { reaction: number; entry: number; reason: string }[] = [];
  const partners = new Map<number, number[]>();
  for (const [a, b] of pairs) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  for (const r of prepared) {
    if (!r.side.reaction || r.item.teaser || r.item.theme || !lone(r.index)) continue;
    let best: { c: Prepared; cos: number; why: string; weight: number } | null = null;
    for (const ci of partners.get(r.index) ?? []) {
      const c = prepared[ci]!;
      if (c.side.reaction || c.item.teaser || c.item.theme) continue;
      if (c.item.topic !== r.item.topic) continue;
      if (r.time !== null && c.time !== null && Math.abs(r.time - c.time) > o.reactionHours * 3.6e6) continue;
      const details = sharedLeadDetails(r, c, anchorCount, rareLimit);
      const owner = c.side.opens !== null && r.side.refers.has(c.side.opens) ? c.side.opens : null;
      if (details.length === 0 && !owner) continue;
      const cos = cosine(r.vector, c.vector);
      if (cos < o.reactionCosine) continue;
      const weight = details.length + (owner ? 1 : 0);
      const why = [...details.slice(0, 3), ...(owner ? [`${owner}'s own act or words`] : [])].join(", ");
      if (!best || weight > best.weight || (weight === best.weight && cos > best.cos)) best = { c, cos, why, weight };
    }
    if (!best) continue;
    out.push({ reaction: r.index, entry: best.c.index, reason: `a reaction joins the story it reacts to: ${best.why}, cosine ${best.cos.toFixed(2)} (≥ ${o.reactionCosine})` });
  }
  return out;
}

/** A dominant story is at least this many entries, and at least this many times the next story of its topic. */
const DOMINANT_SIZE = 3;
const DOMINANT_RATIO = 2;

/**
 * The day's main story of a lone reaction's topic (not the catch-all), when one dwarfs the others and leads with a
 * kind of event a day has one of (kinds.ts DAY_KINDS): a condemnation of "the attacks" that names no detail of its
 * own reacts to the day's one big barrage. A summit dwarfing the day's diplomacy is no such event: reactions to other
 * offers and seizures stay apart from it. The group must be at least
 * DOMINANT_SIZE entries and DOMINANT_RATIO times the next group of the topic, within `reactionHours` of the reaction,
 * and its centroid close enough (`reactionCosine`). Returns a member's index, or null.
 */
export function dominantStory(
  r: Prepared, prepared: Prepared[], members: number[][], find: (i: number) => number, o: Required<MergeOptions>, claim = false,
): { entry: number; reason: string } | null {
  if (r.item.topic === o.fallbackTopic) return null;
  const own = find(r.index);
  const sizes = new Map<number, number>();
  for (const p of prepared) {
    // a threat tells of an attack to come: no report of what followed "the attacks" is about it
    if (p.item.topic !== r.item.topic || p.item.teaser || p.kinds?.has(THREAT_KIND) || find(p.index) === own) continue;
    if (r.time !== null && p.time !== null && Math.abs(r.time - p.time) > o.reactionHours * 3.6e6) continue;
    sizes.set(find(p.index), (sizes.get(find(p.index)) ?? 0) + 1);
  }
  const ranked = [...sizes].sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  if (!first || first[1] < DOMINANT_SIZE || first[1] < DOMINANT_RATIO * (second?.[1] ?? 0)) return null;
  // only an event a day has one of (a nationwide barrage) is "the" event a detail-less reaction reacts to
  // (a claim of one's own strike is about an attack whatever its kind: the dominant one is the one it claims)
  const kind = claim ? "the attack its author claims" : members[first[0]]!.flatMap((i) => [...(prepared[i]!.kinds ?? [])]).find((k) => k in DAY_KINDS);
  if (!kind) return null;
  const cos = cosine(r.vector, centroid(members[first[0]]!.map((i) => prepared[i]!.vector)));
  if (cos < o.reactionCosine) return null;
  return { entry: first[0], reason: `a ${claim ? "claim" : "reaction"} joins the day's main ${r.item.topic} story, ${kind} (${first[1]} entries, the next ${second?.[1] ?? 0}): cosine to its centroid ${cos.toFixed(2)} (≥ ${o.reactionCosine})` };
}

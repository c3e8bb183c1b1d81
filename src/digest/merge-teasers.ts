// Teasers ("Watch: …", "Pictured: …") have no body to compare: a lone one joins the one story it shows, matched last
// and one at a time on its places and people, so this looser test never bridges two stories.
import type { MergeOptions, Prepared } from "./merge.ts";
import { cosine } from "./similarity.ts";

/**
 * Each lone teaser's one story: among entries within a day of it that name one of its places or people (in their
 * lead, or as a specific anchor anywhere), the closest by cosine (at least `teaserCosine`), whatever its topic. These
 * teasers are matched last and one at a time, so through this looser test a teaser never bridges two stories.
 */
export function attachTeasers(prepared: Prepared[], pairs: [number, number][], o: Required<MergeOptions>): { teaser: number; entry: number; reason: string }[] {
  const teasers = prepared.filter((p) => p.item.teaser && p.places.size > 0);
  if (teasers.length === 0) return [];
  const others = prepared.filter((p) => !p.item.teaser);
  const candidates = new Map<number, Prepared[]>();
  if (prepared.length <= 2000) for (const t of teasers) candidates.set(t.index, others);
  else {
    const byIndex = new Map(prepared.map((p) => [p.index, p]));
    for (const [a, b] of pairs) {
      const [t, c] = byIndex.get(a)?.item.teaser ? [a, b] : [b, a];
      const [pt, pc] = [byIndex.get(t), byIndex.get(c)];
      if (!pt?.item.teaser || !pc || pc.item.teaser) continue;
      candidates.set(t, [...(candidates.get(t) ?? []), pc]);
    }
  }
  const out: { teaser: number; entry: number; reason: string }[] = [];
  for (const t of teasers) {
    let best: { c: Prepared; cos: number; shared: string[] } | null = null;
    for (const c of candidates.get(t.index) ?? []) {
      if (t.time !== null && c.time !== null && Math.abs(t.time - c.time) > 24 * 3.6e6) continue;
      const shared = [...t.places].filter((x) => c.places.has(x) || c.anchors.has(x)).sort();
      if (shared.length === 0) continue;
      const cos = cosine(t.vector, c.vector);
      if (cos < o.teaserCosine) continue;
      if (!best || shared.length > best.shared.length || (shared.length === best.shared.length && cos > best.cos)) best = { c, cos, shared };
    }
    if (!best) continue;
    out.push({
      teaser: t.index,
      entry: best.c.index,
      reason: `a teaser joins the story it shows: shares ${best.shared.slice(0, 4).join(", ")} with it, cosine ${best.cos.toFixed(2)} (≥ ${o.teaserCosine})`,
    });
  }
  return out;
}

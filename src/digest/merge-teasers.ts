// Teasers ("Watch: …", "Pictured: …") have no body to compare: a lone one joins the one story it shows, matched last
// and one at a time on a specific shared detail (a place other than a capital, a full name, a figure), so this
// looser test never bridges two stories. A theme teaser ("Explained: …") joins nothing, nor does one whose words name
// no event of their own (no kind of event, kinds.ts) and report no one's words ("Pictured: children back in a rebuilt
// kindergarten"): it shows a theme, not a story.
import { sharedDetails, type Prepared } from "./judge.ts";
import type { MergeOptions } from "./merge-rules.ts";
import { SPEECH } from "./grammar.ts";
import { ruleTokens } from "./rules.ts";
import { cosine } from "./similarity.ts";
import { stripLabel } from "./text.ts";

/**
 * Each lone teaser's one story: among entries within a day of it that share a specific detail with its headline, the
 * closest by cosine (at least `teaserCosine`). A teaser joins only a story of the topic its own words name; one whose
 * words name no event (the catch-all topic) shows a theme and joins nothing.
 */
export function attachTeasers(prepared: Prepared[], pairs: [number, number][], anchorCount: Map<string, number>, o: Required<MergeOptions>): { teaser: number; entry: number; reason: string }[] {
  const teasers = prepared.filter((p) => p.item.teaser && !p.item.theme && (p.lead.size > 0 || (p.attacked?.size ?? 0) > 0));
  if (teasers.length === 0) return [];
  const candidates = candidatesOf(prepared, teasers, pairs);
  const out: { teaser: number; entry: number; reason: string }[] = [];
  for (const t of teasers) {
    const shows = t.item.leaning ?? t.item.topic;
    const ownTopic = shows !== o.fallbackTopic;
    // words that name a kind of event (kinds.ts: "the retreat from X") show that event, not a theme
    // words that show what an attack left ("the morning after in X") show that attack: any report leading with it
    const aftermath = !ownTopic && AFTERMATH.test(t.item.headline ?? "");
    if (!ownTopic && o.themedTeasers && !reportsSpeech(t.item.headline) && !(t.kinds?.size) && !aftermath) continue;
    let best: { c: Prepared; cos: number; shared: string[]; count: number } | null = null;
    for (const c of candidates.get(t.index) ?? []) {
      if (t.time !== null && c.time !== null && Math.abs(t.time - c.time) > 24 * 3.6e6) continue;
      if (ownTopic && c.item.topic !== shows) continue;
      if (aftermath && !c.attack) continue;
      const teaserSide: Prepared = { ...t, anchors: t.lead };
      const limit = ownTopic || aftermath ? Number.POSITIVE_INFINITY : o.teaserRareDetail;
      let { shared, count } = sharedDetails(teaserSide, c, anchorCount, limit);
      // a capital is no specific detail, but an attack on it, led with by both, is (weaker than a detail)
      const capital = ownTopic ? [...(t.attacked ?? [])].find((x) => c.attacked?.has(x)) : undefined;
      if (count === 0 && capital) [shared, count] = [[`an attack on ${capital}`], 0.5];
      if (count === 0) continue;
      const cos = cosine(t.vector, c.vector);
      if (cos < o.teaserCosine) continue;
      if (!best || count > best.count || (count === best.count && cos > best.cos)) best = { c, cos, shared, count };
    }
    if (!best) continue;
    const how = ownTopic ? `both ${shows}` : `a detail few entries name`;
    out.push({
      teaser: t.index,
      entry: best.c.index,
      reason: `a teaser joins the story it shows: shares ${best.shared.slice(0, 4).join(", ")} with it (${how}), cosine ${best.cos.toFixed(2)} (≥ ${o.teaserCosine})`,
    });
  }
  return out;
}

/** A teaser that quotes or reports what someone said shows a statement (an event), not a theme. */
function reportsSpeech(headline: string | null): boolean {
  const text = stripLabel(headline ?? "");
  return /["'\u2018\u2019\u201c\u201d]\s*\p{L}|\p{L}[.!?]?["'\u2019\u201d](?:\s|$)/u.test(text) || ruleTokens(text).some((w) => SPEECH.has(w) || TEASER_SPEECH.has(w));
}

/**
 * Words of a caption that shows what an event left ("the morning after in X", "the aftermath of …", "after the
 * strike"): an event's, not a theme's.
 */
const AFTERMATH = /\b(?:aftermath|(?:morning|day|night) after|after (?:the |a |an |last night's |overnight |this morning's )?(?:[\p{L}-]+ )?(?:attacks?|strikes?|shelling|blasts?|explosions?|barrage|bombing|raid))\b/iu;

/** Speech verbs of video and photo captions, besides the report verbs of grammar.ts. */
const TEASER_SPEECH = new Set(["speaks", "speak", "spoke", "speaking", "vows", "urges", "calls", "tells", "addresses", "explains"]);

/** For each teaser, the entries with a body it may show: all of them on a day's scale, index pairs on an archive's. */
function candidatesOf(prepared: Prepared[], teasers: Prepared[], pairs: [number, number][]): Map<number, Prepared[]> {
  const others = prepared.filter((p) => !p.item.teaser);
  const candidates = new Map<number, Prepared[]>();
  if (prepared.length <= 2000) {
    for (const t of teasers) candidates.set(t.index, others);
    return candidates;
  }
  const byIndex = new Map(prepared.map((p) => [p.index, p]));
  for (const [a, b] of pairs) {
    const [t, c] = byIndex.get(a)?.item.teaser ? [a, b] : [b, a];
    const [pt, pc] = [byIndex.get(t), byIndex.get(c)];
    if (!pt?.item.teaser || !pc || pc.item.teaser) continue;
    candidates.set(t, [...(candidates.get(t) ?? []), pc]);
  }
  return candidates;
}

// The thresholds that decide when two entries tell one story, as data an operator can read and tune (each one's
// meaning beside it). Cosines are of TF-IDF vectors of content terms; anchors are specific details (anchors.ts).

export interface MergeOptions {
  /** Word-3 shingle Jaccard at or above which an entry is a re-post (default 0.5). */
  repostJaccard?: number;
  /** Cosine at or above which an entry is a re-post (default 0.8). */
  repostCosine?: number;
  /** A source's later, shorter post holding at least this share of an earlier post's word-3 shingles repeats it
   * (defaults 0.75, and at least 15 shingles: a paragraph, not a headline). */
  trimmedShare?: number;
  trimmedMinShingles?: number;
  /** A source's later post at least `updateGrowth` times as long as an earlier one and with at least `updateNewShare`
   * of its word-3 shingles new is an update of it, however close their wording (defaults 1.2, 0.3). */
  updateGrowth?: number;
  updateNewShare?: number;
  /** Cosine that joins two entries on its own (default 0.35). */
  storyCosine?: number;
  /** Cosine that joins two entries sharing a specific anchor (default 0.2). */
  anchorCosine?: number;
  /** Cosine that joins two entries sharing two or more specific anchors (default 0.12). */
  anchorsCosine?: number;
  /** Cosine that joins a short entry (a headline or stub) to one sharing a specific anchor (default 0.08). */
  shortCosine?: number;
  /** Cosine that joins a teaser to an entry sharing one of its details (default 0.04). */
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
  /** Places of the beat (the war zone's cities and regions, as content terms; a name of several words as its terms
   * joined by spaces, led with when all are there): two reports of one topic (not the
   * catch-all) that both lead with one of them, at most `placeHours` apart, are one event (an attack, the claims and
   * reactions about it) at cosine `placeCosine` (defaults: none, 12, 0.04: outlets word one attack on a town very differently). */
  places?: string[];
  /** The sides' capitals (content terms): a place reports lead with only where the lead names an attack on or in one
   * ("a strike on Kyiv", "targets in the Kiev region"), never as a government ("Kyiv says …") (default none); two
   * reports that both do are one attack at `capitalCosine` (default 0.04: the sides word one attack very differently). */
  capitals?: string[];
  capitalCosine?: number;
  placeHours?: number;
  placeCosine?: number;
  /** Two reports of one topic that lead with the same kind of event (kinds.ts) and the same specific detail, at most
   * `kindHours` apart, are one event at cosine `kindCosine` (defaults 24, 0.03). */
  kindHours?: number;
  kindCosine?: number;
  /** A teaser with no topic of its own joins only on a detail at most this many of the day's entries name (default 3). */
  teaserRareDetail?: number;
  /** A reaction (kinds.ts) left alone joins the story it reacts to within `reactionHours` at cosine `reactionCosine`
   * (defaults 24, 0.05). */
  reactionHours?: number;
  reactionCosine?: number;
  /** A teaser whose words name no event (the catch-all topic) shows a theme and joins no story (default true). */
  themedTeasers?: boolean;
  /** The catch-all topic (a teaser filed there has no event of its own to match; default "other"). */
  fallbackTopic?: string;
}

export const MERGE_DEFAULTS: Required<MergeOptions> = {
  repostJaccard: 0.5, repostCosine: 0.8, trimmedShare: 0.75, trimmedMinShingles: 15, updateGrowth: 1.2, updateNewShare: 0.3,
  storyCosine: 0.35, anchorCosine: 0.2, anchorsCosine: 0.12, shortCosine: 0.08,
  teaserCosine: 0.04, shortTerms: 15, maxHours: 36, crossCosine: 0.25, crossAnchors: 2, crossHours: 12,
  teaserRareDetail: 3, fallbackTopic: "other", places: [], capitals: [], capitalCosine: 0.04, placeHours: 12, placeCosine: 0.04,
  kindHours: 24, kindCosine: 0.03, themedTeasers: true, reactionHours: 24, reactionCosine: 0.05,
};

// What a report's headline and lead sentence say for merging, read once per entry: the kinds of event it leads with,
// the capitals and other places it names as an attack's place, a casualty toll, whether it reacts to something, and
// whether it gives someone's words addressed to a person (a statement of its own, whatever attack it names).
import type { Prepared } from "./judge.ts";
import { attackedNames, landmarkNames, nearByNames, readLead, regionNames } from "./kinds.ts";
import { reactionSide, type ReactionSide } from "./merge-reactions.ts";
import { givesToll } from "./score.ts";
import { DEMONYMS } from "./variants.ts";

/** Words addressed to someone, a rebuke or an appeal: "tells X", "urges X", "slams X", "criticism of X". */
const ADDRESSED = /\b(?:tells?|told|urges?|urged|slams?|slammed|rebukes?|rebuked|scolds?|scolded|chides?|chided|(?:criticism|rebuke) of|lashe?s? out at|hits out at)\s+([\p{L}-]+)/iu;

/**
 * True when a headline gives someone's words addressed to a person ("Trump tells Putin to stop after deadly strike",
 * "X posts rare criticism of Y over the deaths"): that is the speaker's statement, and an attack it names is its
 * occasion, not its content. The person is a name (`names`: words the day's reports write capitalised mid-sentence, so
 * a Title Case headline's "Slams Strike" is no person); words addressed to a side of the war (`parties`: "slams Russia
 * over strike") are about the attack, as a condemnation is.
 */
export function addressesPerson(headline: string | null, names: Set<string>, parties: string[]): boolean {
  const object = ADDRESSED.exec(headline ?? "")?.[1];
  if (object === undefined || !/^\p{Lu}/u.test(object) || !names.has(object)) return false;
  return !parties.some((p) => object.toLowerCase().startsWith(p));
}

/** A side's claim of its own strike: "claims it hit", "says its forces struck", "said it had targeted". */
const CLAIM = /\b(?:says?|said|claims?|claimed)\s+(?:that\s+)?(?:it|its (?:forces|troops|army|military|missiles|drones|weapons|long-range [\p{L}-]+ weapons))\s+(?:had\s+|has\s+)?(?:hit|struck|strikes?|targeted|attacked)\b/iu;

/** What followed an attack named only by reference: "after the strikes", "sheltering from the attack", "since the barrage". */
const SEQUEL = /\b(?:after|since|following|during|from|by)\s+(?:the|this|these|that|those|last night's|overnight|the day's|today's)\s+(?:(?:overnight|night|morning|latest|recent|massive|russian|new)\s+)?(?:strikes?|attacks?|barrage|bombardment|shelling|missile strikes?|air strikes?|assault)\b/iu;

/** Homes left without power or heat: "a million without electricity", "blackouts", "power cuts", "outages". */
const OUTAGE = /\bwithout (?:power|electricity|heating|heat|light)\b|\bblackouts?\b|\bpower cuts?\b|\boutages?\b|\b(?:lost|lose|loses) (?:power|electricity)\b/iu;

/**
 * A second attack of the day in the same place: "Second strike hits …", "A separate attack on …" ("hit again", "another
 * attack" are as often said of the day's only attack, after earlier days' ones).
 */
const ANOTHER = /\b(?:second|separate)\s+(?:[\p{L}-]+\s+)?(?:strikes?|attacks?|barrage|raid|shelling|blasts?|explosions?)\b/iu;

/** A threat of an attack to come: "threatens Kyiv with …", "Kyiv could be hit by …", "could target …". */
const THREAT = /\bthreaten(?:s|ed|ing)?\b|\b(?:could|may|might|would)\s+(?:be\s+)?(?:hit|struck|strike|target(?:ed)?|attack(?:ed)?)\b/iu;

const SIDES = /^(?:russia|ukrain)/u;

/** A count of missiles or drones fired or downed: "59 missiles and 54 drones shot down", "41 of 51 cruise missiles". */
const VOLLEY = /\b\d[\d,]*\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:[\p{L}-]+\s+)?(?:missiles|drones|rockets)\b/iu;

/** Ukraine's own missiles or drones ("Ukrainian drones", folded to "Ukraine drones"; "Ukraine's long-range drones"). */
const UKRAINIAN_FIRE = /\bukrain[\p{L}]*(?:['\u2019]s)?\s+(?:(?:[\p{L}]+-[\p{L}-]+|attack|strike|kamikaze|combat|naval|sea|cruise|ballistic|unmanned)\s+)?(?:drones|missiles|rockets)\b/iu;

/** A country other than the war's sides (demonyms fold to them before merging: "Polish airspace" → "Poland airspace"). */
const FOREIGN = [...new Set(Object.values(DEMONYMS))].filter((c) => c !== "Russia" && c !== "Ukraine").join("|");

/** An attack's place abroad: "fell in Poland", "into Poland", "over Romania", "Poland territory", "Moldova airspace". */
const ABROAD = new RegExp(`\\b(?:in|into|over|inside|on)\\s+(?:${FOREIGN})\\b|\\b(?:${FOREIGN})(?:['\u2019]s)?\\s+(?:territory|airspace|soil|border)\\b`, "u");

/**
 * What a lead (`headline. lead sentence`) says for merging, given its anchors (`leadAnchors`), the day's `names` and the
 * sides' `capitals`. Words addressed to a person lead with that statement: no attacked place, no toll, no reaction.
 * A claim of one's own strike naming nothing specific (`claim`) may join the day's main strike story (merge-reactions.ts).
 */
export function readForMerge(
  headline: string | null, lead: string, leadAnchors: Set<string>, names: Set<string>, capitals: string[],
): Pick<Prepared, "kinds" | "attacked" | "alert" | "another" | "hit" | "toll" | "claim" | "sequel" | "attack" | "volley" | "ukrainianFire" | "abroad" | "landmarks" | "nearBy" | "regions"> & { side: ReactionSide } {
  const addressed = addressesPerson(headline, names, [...capitals, "russia", "ukrain"]);
  // a threat names where an attack may come, not where one came: "Putin warns Kyiv could be hit by a new missile"
  const threat = THREAT.test(headline ?? "");
  const r = readLead(lead, capitals);
  const hit = addressed || threat ? new Set<string>() : attackedNames(lead, leadAnchors);
  return {
    kinds: r.kinds,
    attacked: addressed || threat ? new Set() : r.attacked,
    hit,
    // a claim of one's own strike that names no place, no one and no figure: the day's main attack, told by its author
    claim: CLAIM.test(lead) && leadAnchors.size === 0 && r.attacked.size === 0,
    // what followed "the strikes", naming no place but a capital and no one: the day's main attack's aftermath
    // so does a count of homes without power that names no place but the capitals and the sides: the day's main attack's
    sequel: !addressed && [...hit].every((h) => capitals.includes(h)) && (SEQUEL.test(lead) || (OUTAGE.test(lead) && [...leadAnchors].every((x) => !/^\p{L}/u.test(x) || capitals.includes(x) || SIDES.test(x)))),
    toll: givesToll(lead) && !addressed,
    alert: r.alertOnly,
    another: ANOTHER.test(headline ?? ""),
    attack: r.attack && !addressed,
    volley: VOLLEY.test(lead) && !addressed,
    ukrainianFire: UKRAINIAN_FIRE.test(lead),
    abroad: r.attack && ABROAD.test(lead),
    landmarks: landmarkNames(lead, leadAnchors),
    nearBy: nearByNames(lead, leadAnchors),
    regions: regionNames(lead, leadAnchors),
    side: reactionSide(lead.replace(/^\. /, ""), r.reaction && !addressed, r.statement),
  };
}

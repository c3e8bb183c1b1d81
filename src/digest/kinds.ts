// Kinds of event as data: what a report leads with (a resignation, ground won or held, a summit). Two reports of one
// topic that lead with the same kind of event and the same specific detail (a person, a village, a place) tell one
// event, however little their wording shares: a claim and its denial, one official's resignation told by three
// outlets. Terms use the topic rules' syntax (`*` ends a word, `...` lets up to three words stand between).
import { compileTerm, matches, ruleTokens, type Parts } from "./rules.ts";
import { terms } from "./text.ts";

const list = (text: string) => text.split(",").map((t) => t.trim()).filter(Boolean);

/** Each kind of event with the words that say a report leads with it. */
export const EVENT_KINDS: Record<string, string[]> = {
  "a resignation or dismissal": list("resign*, step* down, stepped down, quit, quits, dismiss*, sack*, oust*, removed from office, relieved of"),
  "an appointment": list("appoint*, nominat*, named ... as, named ... to, name* ... as new"),
  // the fight for a place: who holds it (a capture claimed, denied or reversed) and the assaults on it, told by one
  // side as ground won and by the other as ground held
  "the fight for a place": list(
    "captur*, liberat*, took control, taken control, take control, kept control, regain* control, control of, control most, " +
    "seiz*, fall, falls, fell, fallen, clear*, push* ... out, withdr*, retreat*, hold* ... position*, held ... position*, " +
    "still held, still hold*, holding out, encircl*, pull* ... out, pull* back, battle for, fight for, fighting for, " +
    "fighting in, fighting inside, " +
    "assault*, storm*, advance*, repel*, repuls*, counterattack*, counter-attack*, breakthrough, break through",
  ),
  "an evacuation": list("evacuat*"),
  "an arrest or a trial": list("arrest*, detain*, sentenc*, jail*, convict*, charged, trial"),
  // an emergency declared, not an emergency service or an emergency meeting
  "an emergency declared": list("state of emergency, declar* ... emergency, emergency declared, emergency regime, emergency rule"),
  "a drill or a weapons test": list("drill*, exercise*, test-fir*, test launch*"),
  "a summit or conference": list("summit*, conference*"),
  // a threat of an attack to come, told as the threat or as what "could be hit"
  "a threat": list("threaten*, could be hit, could be targeted, could hit, could strike, could target"),
  // one agreement's signing, told as the act, the ceremony or a scene elsewhere while it happens
  "a signing": list("sign, signs, signed, signing"),
  // a day of remembrance marked by the victims' country and told by several outlets: "marks 90 years since", "remembers"
  "a commemoration": list("commemorat*, remembers, remembered, remembrance, memorial service*, anniversary of, years since, " +
    "day of mourning, minute's silence, moment of silence, lay* flowers, laid flowers, lit candles, candles lit, light* candles"),
  "a naval deployment": list("warship*, frigate*, corvette*, submarine*, fleet, flotilla, naval detachment*, port call*, docks in, docked in"),
};

/** Kinds of event told by who does them: the speaker, even a much-quoted leader, is the detail two reports share. */
export const SPEAKER_KINDS = new Set(["a threat"]);
/** The kind of a threat of an attack to come (not an attack: no reaction or aftermath is about it). */
export const THREAT_KIND = "a threat";

/**
 * Kinds of event a day has one of: reports that both lead with one are that event without sharing a detail (a
 * nationwide barrage is told by its places, its toll, and the attacker's claim of a "massive strike").
 */
export const DAY_KINDS: Record<string, string[]> = {
  "a nationwide barrage": list(
    "barrage*, massive strike*, massive attack*, massive missile*, massive air attack*, massive combined, mass* ... strike*, " +
    "mass* ... attack*, across ukraine, across the country, nationwide, cities across, all over ukraine, dozens of missiles, " +
    "dozens of drones, hundreds of drones, waves of missiles, wave of missiles, " +
    // weapons fired at the whole country, not at a place in it
    "missile* ... at ukraine, drone* ... at ukraine, missile* ... against ukraine, drone* ... against ukraine, aerial weapons",
  ),
  // a day has one big exchange of prisoners: "the swap" a reaction names is that one
  "a prisoner exchange": list(
    "prisoner exchange*, prisoner swap*, exchange of prisoners, swap* ... prisoners, prisoners ... swap*, prisoners of war ... home, " +
    "prisoners of war ... returned, prisoners ... freed",
  ),
};

/**
 * Words that make a report a reaction to another story: a comment, a rejection, a condemnation, a denial.
 */
export const REACTION_TERMS = list(
  "commenting on, comment* on, reacting to, react* to, in response to, respond* to, responding to, reject*, dismiss*, " +
  "condemn*, denounc*, slam*, criticis*, criticiz*, deplor*, denied, denies, deny, denying, " +
  // a government noting another's statement or deadline, and no more, answers it
  "taken note, takes note, took note, " +
  // praise and welcome answer an act as condemnation does ("hails the swap", "praised the units behind the attack")
  "hail*, welcomed, welcomes, prais*, applaud*",
);
const reactionParts = REACTION_TERMS.map(compileTerm).filter((p) => p.length > 0);

/** Words that say a report gives someone's own words or offer: what a reaction to "X's offer" reacts to. */
export const STATEMENT_TERMS = list(
  "says, said, say, told, tells, warns, warned, announc*, offer*, propos*, lays out, laid out, sets out, set out, " +
  "demand*, unveil*, present*, vows, vowed, threaten*, calls for, called for, conditions, terms, ultimatum*",
);
const statementParts = STATEMENT_TERMS.map(compileTerm).filter((p) => p.length > 0);


/**
 * Words that say a report leads with an attack or its aftermath (its toll, the search of the ruins): only then is a
 * capital it names as a place the attack's place.
 */
export const ATTACK_TERMS = list(
  "strike*, struck, attack*, hit, hits, missile*, drone*, shell*, bomb*, target*, damag*, explosion*, blast*, barrage*, " +
  "toll, dead, killed, injured, wounded, ruins, rubble, survivors, rescuers, " +
  // what an attack leaves: a blaze at a block, a crater beside a playground, wreckage
  "blaze, ablaze, crater*, wreckage",
);
const attackParts = ATTACK_TERMS.map(compileTerm).filter((p) => p.length > 0);

/** Verbs of handing arms over: "promises Belarus missiles", "will supply drones", "delivered shells". */
const SUPPLY = new Set(("supply supplies supplied supplying deliver delivers delivered delivering give gives gave giving " +
  "provide provides provided providing transfer transfers transferred sell sells sold selling promise promises promised " +
  "pledge pledges pledged donate donates donated ship ships shipped hand hands handed").split(" "));
const WEAPON = /^(?:missile|drone|shell|bomb|rocket)/;

/**
 * True when a lead's tokens lead with an attack (ATTACK_TERMS), not counting weapons it says are handed over: "Putin
 * promises Belarus nuclear-capable missiles" is arms for an ally, not a strike.
 */
function leadsWithAttack(tokens: string[]): boolean {
  const kept = tokens.map((t, i) => WEAPON.test(t) && tokens.slice(Math.max(0, i - 5), i).some((w) => SUPPLY.has(w)) ? "" : t);
  return attackParts.some((p) => matches(kept, p));
}

/** Words of a warning: a lead with these and no attack word announces an alert, not an attack. */
export const ALERT_TERMS = list("air raid alert*, air alert*, air raid warning*, alert* ... declared, sirens, go to shelter*, take shelter, to the shelters");
const alertParts = ALERT_TERMS.map(compileTerm).filter((p) => p.length > 0);

/**
 * The capitals (lower case, as `capitals` lists them) a lead names as the place of an attack: after a preposition of
 * place ("in", "on", "over", "towards", …) or an attack verb ("drones target Moscow"), or before "region" or
 * "oblast" ("targets in the Kiev region"); none when the lead names no attack or the capital only as a government.
 */
function attackedCapitals(tokens: string[], capitals: string[]): Set<string> {
  if (capitals.length === 0 || !leadsWithAttack(tokens)) return new Set();
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!capitals.includes(t)) return;
    const before = tokens[i - 1] === "the" ? tokens[i - 2] : tokens[i - 1];
    if (PLACE_BEFORE.has(before ?? "") || PLACE_AFTER.has(tokens[i + 1] ?? "")) out.add(t);
  });
  return out;
}
const PLACE_BEFORE = new Set([
  "in", "on", "over", "near", "at", "across", "around", "outside", "into", "towards", "toward", "against",
  // an attack verb's object: "drones target Moscow", "missiles hit Kyiv"
  "target", "targets", "targeted", "targeting", "attack", "attacks", "attacked", "hit", "hits", "strike", "strikes", "struck",
  "pound", "pounds", "pounded", "shell", "shells", "shelled", "bomb", "bombs", "bombed",
]);
// "the Kiev region"; and the capital naming an attack's aftermath: "Kyiv toll", "Kyiv death toll", "Kyiv apartment block"
// and a landmark of it struck: "Moscow tower", "Moscow-City", "Kyiv airport", "Odesa port"
const PLACE_AFTER = new Set(["region", "oblast", "province", "toll", "death", "apartment", "residential", "district", "hospital",
  "tower", "towers", "skyscraper", "office", "city", "airport", "airfield", "port", "refinery", "depot", "bridge", "station"]);


/** Nouns of an attack a place names before it: "Hlybivka strike", "the Merefa attack". */
const ATTACK_AFTER = new Set(["strike", "strikes", "attack", "attacks", "shelling", "blast", "blasts", "explosion", "explosions", "raid", "raids"]);

/**
 * The names among `names` (a lead's anchors, as content terms) that a lead with an attack word names as the attack's
 * place: after a preposition of place or an attack verb ("hit a block in Hlybivka"), or before "region", a toll or an
 * attack noun ("Hlybivka strike", "Hlybivka toll"). A name only said to be where someone speaks needs an attack word.
 */
export function attackedNames(lead: string, names: Set<string>): Set<string> {
  const tokens = ruleTokens(lead);
  if (names.size === 0 || !leadsWithAttack(tokens)) return new Set();
  const out = new Set<string>();
  const regions = new Set<string>();
  tokens.forEach((t, i) => {
    const name = terms(t)[0];
    if (name === undefined || !names.has(name)) return;
    // "west of Donetsk", "a village near Kherson": a landmark, not the place hit; nor is a sea ("over the Black Sea")
    if (isLandmark(tokens, i) || SEAS.has(tokens[i + 1] ?? "")) return;
    const before = tokens[i - 1] === "the" ? tokens[i - 2] : tokens[i - 1];
    const after = tokens[i + 1] ?? "";
    if (PLACE_BEFORE.has(before ?? "") || PLACE_AFTER.has(after) || ATTACK_AFTER.has(after) || attackedBy(tokens, i)) {
      out.add(name);
      if (REGION_WORDS.has(after)) regions.add(name);
    }
  });
  // the region of a town named as hit is where the town lies ("Pokrovsk in the Donetsk region"): the town is the place
  const towns = [...out].filter((x) => !regions.has(x));
  return towns.length > 0 ? new Set(towns) : out;
}
/**
 * The names among `names` (a lead's anchors, as content terms) that a lead gives only as a region: every time it names
 * one, a region word follows ("in the Kharkiv region", "Pokrovsk district"). The city of the same name is another place.
 */
export function regionNames(lead: string, names: Set<string>): Set<string> {
  // (a name given as a landmark is no place of the attack either: "a village near Kherson")
  return namesOnlyAs(lead, names, (tokens, i) => AREA_WORDS.has(tokens[i + 1] ?? "") || isLandmark(tokens, i));
}

/** The names among `names` that the lead names only in the way `as` tells (each time it names them at all). */
function namesOnlyAs(lead: string, names: Set<string>, as: (tokens: string[], i: number) => boolean): Set<string> {
  const tokens = ruleTokens(lead);
  const only = new Set<string>();
  const otherwise = new Set<string>();
  tokens.forEach((t, i) => {
    const name = terms(t)[0];
    if (name === undefined || !names.has(name)) return;
    (as(tokens, i) ? only : otherwise).add(name);
  });
  return new Set([...only].filter((x) => !otherwise.has(x)));
}

/** True when the name at `i` is given as a landmark: "near Kherson", "on the edge of Kherson", "west of Kherson". */
/**
 * The names among `names` that a lead gives only as the seat of an authority that speaks ("the Odesa regional
 * administration said", "Kharkiv region governor"): where the official sits, not what the report leads with.
 */
export function authorityNames(lead: string, names: Set<string>): Set<string> {
  return namesOnlyAs(lead, names, (tokens, i) => {
    const next = tokens[i + 1] ?? "";
    const role = AREA_ADJECTIVES.has(next) ? tokens[i + 2] ?? "" : next;
    return (AREA_ADJECTIVES.has(next) || AREA_WORDS.has(next)) && AUTHORITIES.has(role === "military" ? tokens[i + 3] ?? "" : role);
  });
}
const AREA_ADJECTIVES = new Set(["regional", "oblast", "district", "city", "municipal", "provincial"]);
const AUTHORITIES = new Set(["administration", "governor", "authorities", "council", "head", "chief", "officials", "prosecutors", "police"]);

function isLandmark(tokens: string[], i: number): boolean {
  return tokens[i - 1] === "near" || (tokens[i - 1] === "of" && (tokens[i - 2] === "edge" || BEARINGS.has(tokens[i - 2] ?? "")));
}
const SEAS = new Set(["sea", "ocean", "gulf", "strait", "lake"]);
const BEARINGS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]);
const REGION_WORDS = new Set(["region", "oblast", "province"]);
/** A region's words and a district's: what follows a name given as the land around a place, not the place. */
const AREA_WORDS = new Set([...REGION_WORDS, "district"]);

/** Past forms of an attack verb: after a name, told of the place ("Kurakhove shelled, two killed"). */
const STRUCK_AFTER = new Set(["shelled", "struck", "bombed", "attacked", "targeted", "pounded", "hit"]);

/**
 * True when the token at `i` is a place told as attacked by the verb after it ("Kurakhove shelled, two killed", "Kharkiv
 * hit by missiles"), not as the attacker: no object follows the verb ("Russia shelled Kharkiv", "… struck the depot").
 */
function attackedBy(tokens: string[], i: number): boolean {
  if (!STRUCK_AFTER.has(tokens[i + 1] ?? "")) return false;
  const next = tokens[i + 2];
  return next === undefined || next === "by" || next === "again" || next === "overnight" || /^[^\p{L}]/u.test(next) || /^\d/.test(next) ||
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "as", "after", "in", "at", "on"].includes(next);
}

/** The kind of the fight for a place, whose place must be the one fought over (not a landmark: "a village near X"). */
export const FIGHT_KIND = "the fight for a place";

/** Words that make the name after them a landmark for another place: "a village near Toretsk", "outside Kupiansk". */
const LANDMARK_BEFORE = new Set(["near", "outside", "around"]);

/**
 * The names among `names` (a lead's anchors, as content terms) that a lead gives as a landmark for another place
 * ("claims a village near Toretsk", "two villages outside Kupiansk"): the place fought over is another one.
 */
export function landmarkNames(lead: string, names: Set<string>): Set<string> {
  const tokens = ruleTokens(lead);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    const name = terms(t)[0];
    if (name !== undefined && names.has(name) && LANDMARK_BEFORE.has(tokens[i - 1] ?? "") && /^(?:villages?|settlements?|towns?|hamlets?)$/.test(tokens[i - 2] ?? "")) out.add(name);
  });
  return out;
}

/**
 * The names among `names` that a lead gives only as what a single place lies near ("a village near Kherson", "a town
 * near Toretsk"): every time it names one, so. (Villages "around" a lake are the area itself.)
 */
export function nearByNames(lead: string, names: Set<string>): Set<string> {
  const place = (tokens: string[], k: number) => /^(?:village|settlement|town|hamlet)$/.test(tokens[k] ?? "");
  // ("a village near Kherson", "a village on the edge of Kherson")
  return namesOnlyAs(lead, names, (tokens, i) => (tokens[i - 1] === "near" && place(tokens, i - 2)) ||
    (tokens[i - 1] === "of" && tokens[i - 2] === "edge" && [3, 4, 5].some((k) => place(tokens, i - k))));
}

const compiled = Object.entries({ ...EVENT_KINDS, ...DAY_KINDS }).map(([kind, terms]) => ({ kind, parts: terms.map(compileTerm).filter((p) => p.length > 0) as Parts[] }));

/** What a report's headline and lead sentence lead with, read once. */
export interface LeadReading {
  /** The kinds of event it leads with (EVENT_KINDS). */
  kinds: Set<string>;
  /** The capitals it names as the place of an attack. */
  attacked: Set<string>;
  /** It reacts to something (REACTION_TERMS). */
  reaction: boolean;
  /** It gives someone's words or offer (STATEMENT_TERMS). */
  statement: boolean;
  /** It announces an alert (ALERT_TERMS) and no attack (ATTACK_TERMS): a warning, not an event. */
  alertOnly: boolean;
  /** It leads with an attack or its aftermath (ATTACK_TERMS). */
  attack: boolean;
}

/** Reads a report's headline and lead sentence against the tables above. */
export function readLead(lead: string, capitals: string[] = []): LeadReading {
  const tokens = ruleTokens(lead);
  const attack = leadsWithAttack(tokens);
  return {
    kinds: new Set(compiled.filter((k) => k.parts.some((p) => matches(tokens, p))).map((k) => k.kind)),
    attacked: attackedCapitals(tokens, capitals),
    reaction: reactionParts.some((p) => matches(tokens, p)),
    statement: statementParts.some((p) => matches(tokens, p)),
    alertOnly: alertParts.some((p) => matches(tokens, p)) && !attack,
    attack,
  };
}

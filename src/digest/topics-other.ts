// The catch-all topic as data: frontline, humanitarian, security and domestic-politics news (gold/LABELS.md's
// "other"). Split from topics.ts, which holds the war topics; same term syntax and weights (see there).
import type { TopicConfig, TopicRule } from "../types.ts";

/** A weight → comma-list table as rules ("3: 'a, b'" → two rules of weight 3). */
export function rules(table: Record<number, string>): TopicRule[] {
  return Object.entries(table).flatMap(([weight, list]) =>
    list.split(",").map((t) => t.trim()).filter(Boolean).map((term) => ({ term, weight: Number(weight) })),
  );
}

/** "other": competes like any topic, and wins whenever no war topic scores enough. */
export const OTHER_TOPIC: TopicConfig = {
  name: "other",
  title: "Other news",
  rules: rules({
    3: "recaptur*, captured, capture, took control, taken control, liberat*, " +
      // a side's tally of the other's dead and lost kit: the war on the ground, whatever weapons it counts
      "lost ... soldiers, lost ... personnel, lost ... troops, personnel losses, combat losses, " +
      // (and a side's own war dead, counted or mourned: "up to 13,000 soldiers killed", "military death toll")
      "soldiers ... killed near, troops ... killed near, soldiers ... killed since, troops ... killed since, " +
      "soldiers ... been killed, troops ... been killed, servicemen ... been killed, killed or wounded, " +
      "killed in action, killed in combat, killed in fighting, military dead, military death toll, military losses, " +
      "counteroffensive, counter-offensive, encircl*, retreat*, evacuat*, deport*, war crime*, spy, spies, espionage, " +
      "double agent*, sabotage, saboteur*, treason, drill*, military exercise*, test-fir*, test fir*, test launch*, missile test*, spying, " +
      // a side testing its own weapon ("Russia tests Sarmat missile"): a weapons test, not an attack
      "tests ... missile*, tests ... rocket*, tests ... torpedo*, test of ... missile*, " +
      // ground assaults are frontline news; rights monitors report on civilians (humanitarian); arson is sabotage
      "assault*, human rights, arson, tested, tests new, ground attack*, ground offensive*, ground operation*, " +
      // (and the monitors' counts of the war's civilian dead, a month's or the war's: a tally, not an attack)
      "civilian deaths, confirmed the deaths, verified ... deaths, " +
      "civilian casualties ... rose, civilian casualties ... climb*, civilian casualties ... jump*, civilian casualties rose, " +
      "civilians killed since, civilians ... killed since, civilian toll, monthly toll, civilian casualties ... highest, " +
      // a crash is an accident, not an attack; troops pulling back is frontline news; people fleeing are humanitarian news
      "crash*, pull* back, pulling back, pulled back, withdraw* ... troops, withdraw* ... forces, withdraw* ... units, " +
      // a leader visiting his own troops, command posts or the front: the war on the ground, not a visit to a state
      "visit* ... troops, visit* ... soldiers, visit* ... command post*, visit* ... headquarters, visit* ... front line, " +
      "visit* ... frontline, visit* ... front-line, visit* ... positions, " +
      // a side's ground attacks repelled, fought off or beaten back: the fighting on the front (not air defence at work)
      "repel* ... russia* attack*, repel* ... ukrain* attack*, repel* ... enemy attack*, repel* ... assault*, " +
      "repuls* ... russia* attack*, repuls* ... ukrain* attack*, repuls* ... enemy attack*, repuls* ... assault*, " +
      "fought off ... attack*, fought off ... assault*, fight* off ... attack*, fight* off ... assault*, " +
      "beat* back ... attack*, beat* back ... assault*, beaten back ... attack*, beaten back ... assault*, " +
      "russia* attack* ... repelled, ukrain* attack* ... repelled, assault* ... repelled, " +
      "russia* attack* ... repulsed, ukrain* attack* ... repulsed, assault* ... repulsed, " +
      // (and whoever's: "attacks near Avdiivka repelled", "repelled attacks in Donetsk region"; a drone attack repelled
      // is the air defence's, its own rules weigh more)
      "attacks ... repelled, attacks ... repulsed, repelled ... attacks, repulsed ... attacks, " +
      "troops withdraw*, forces withdraw*, units withdraw*, fleeing, fled, military parade*, victory day, " +
      // drones seen over a base or an airport: security news, not an attack
      "sighting*, " +
      // calling up soldiers, however many and whoever asks for them: politics at home, not support given
      "mobilis*, mobiliz*, " +
      // a country's own defence budget is domestic politics or procurement, not aid to a party
      "defence spending, defence budget, military spending, " +
      "citizenship, election*, appoint*, resign*, school*, refugee*, " +
      // an official leaving office is politics ("quits the grain deal" is diplomacy's: its own rule weighs more)
      "quits, quit over, steps down, step down, stepped down, stepping down, " +
      // foreigners recruited into a side's army and their families' pleas: humanitarian news
      // ("troops sent to fight for Russia" are a state's support to a party: aid)
      "in russian army, in the russian army, in russia's army, for the russian army, lured to ... front, lured ... to fight, " +
      // a volunteer or foreign fighter killed in the ground war: frontline news, not a strike's toll
      "fighting for ukraine, fought for ukraine, killed fighting, volunteer* killed near, volunteer* ... killed near, " +
      "death of ... volunteer*, legion, " +
      // a leader taking office: domestic politics, whoever attends or stays away
      "sworn in, swearing-in, inaugurated, inauguration, takes office, took office, " +
      // refugees hosted: families, children or camps taken in abroad
      // (a host, not a hostage: "hostage families" are another story)
      "host ... refugee*, hosts ... refugee*, hosted ... refugee*, hosting ... refugee*, host ... families, hosts ... families, " +
      "hosted ... families, hosting ... families, host ... children, hosts ... children, hosted ... children, hosting ... children, " +
      "welcom* ... refugee*, welcom* ... families, " +
      "welcom* ... children, welcom* ... ukrainians, " +
      // an official dismissed is politics ("dismisses a proposal" is a reaction: only context below)
      "dismiss* ... minister*, dismiss* ... commander*, dismiss* ... chief*, dismiss* ... head, dismiss* ... governor*, " +
      "dismiss* ... official*, dismiss* ... deputy, dismissal*, sack* ... minister*, fire* ... minister*, sacks, sacked, " +
      // a government's posts changing hands: who holds a ministry (not what the minister does in it)
      "reshuffl*, replac* ... minister*, replac* ... ministry, as defence minister, as defense minister, as foreign minister, " +
      // an emergency declared is civil news, whatever caused it
      "state of emergency, declar* ... emergency, emergency regime, " +
      // a country's own security bodies convened: security news
      "national security council, national security committee, committee for national security, " +
      // inspectors and monitors at a site: security news, not the attack that damaged it
      "inspector*, inspection*, monitoring mission*, team* ... inspect*, expert* ... inspect*, monitor* ... inspect*, " +
      // the UN's and rights groups' monitors counting the war's civilian dead: humanitarian news, not one attack
      "un monitor*, rights monitor*, monitors say, monitors count*, monitors report*, " +
      // the state of a nuclear plant: its safety and the risks to it (the watchdog's talks and visits are diplomacy)
      "nuclear safety, safety risk*, immediate risk*, no risk, radiation leak*, release radiation, " +
      // (the plant cut off from its grid or reconnected, the mines its inspectors see or do not)
      "plant ... cut off from, plant ... reconnected, reconnected ... plant, " +
      "no mines, no explosives, mines or explosives, mines ... seen, immediate threat, " +
      // mines laid on the ground: the war's security and frontline news
      "minefield*, mines laid, laid mines, " +
      // worship under fire: civil life
      "worship*, liturgy, liturgies, church service*, religious service*, services held, prayer service*, believers, congregation*, " +
      // hostile acts short of weapons fire: security news
      "cyberattack*, cyber attack*, cyber-attack*, hacker*, hacking, hacked, hacktivist*, ddos, denial-of-service, denial of service, " +
      "malware, ransomware, phishing, spyware, zero-day, " +
      // the war's dead as people: a soldier, athlete or actor killed at the front, the bodies of the fallen brought home,
      // a farmer killed by a mine in his field (frontline and humanitarian news, not a strike's toll)
      "killed at the front, killed on the front, died at the front, died on the front, killed in fighting, killed in action, " +
      "killed in combat, bodies of ... soldiers, remains of ... soldiers, bodies of ... servicemen, remains of ... servicemen, " +
      "fallen soldiers, bodies of the fallen, repatriat* ... bodies, killed by ... landmine*, struck ... landmine*, " +
      "struck ... anti-tank mine*, hit ... landmine*, " +
      // a bomb planted by hand (in a car, a scooter) kills as sabotage does, not fired from afar; so does an assassin
      "car bomb*, scooter bomb*, bomb hidden, hidden bomb*, planted bomb*, bomb* ... planted, planted ... bomb*, " +
      "booby-trap*, booby trap*, assassinat*, terrorist act, terror act, " +
      // sea mines drifting or cleared: naval security, not an attack
      "sea mine*, naval mine*, drifting mine*, mine clearance, mine-clearing, mine clearing, mine-hunt*, mine hunt*, " +
      "minehunter*, minesweep*, " +
      // a weapon being tested ("testing the West's resolve" is a figure of speech, not a test)
      "finished testing, testing of, testing a, testing its, testing new, weapons testing, missile testing, " +
      // a neighbour scrambling its jets polices its own sky (security), whatever flies past
      "scrambl*, jets on alert, jets ... on alert, jets in the air, on high alert, " +
      // residents queuing to give blood: civil life
      "blood donation*, blood donor*, donate blood, donating blood, donated blood, give blood, giving blood, " +
      // a state's nuclear or military doctrine: its posture (security news), whatever attacks it lists
      "doctrine",
    // Ukraine's own food given to countries far from the war: humanitarian news, whatever words of giving it uses
    // (and a community far from the war remembering its dead: civil life, though a vigil at the ruins is the attack's)
    4: "grain donation*, wheat donation*, grain shipment* for, wheat shipment* for, grain from ukraine, wheat from ukraine, " +
      "community ... vigil*, ukrainians ... vigil*, families ... vigil*, vigil* ... community, hold* ... vigil*, plan* ... vigil*, candlelight, candlelit, " +
      // a prize, whoever wins it and whatever peace it names: politics or other news, not talks
      "nobel*, peace prize*, " +
      // weapons against satellites, and what they leave in orbit: security news, not an attack on the war's ground
      "anti-satellite*, antisatellite*, counterspace, in orbit, earth orbit, orbital debris, space debris, debris cloud*, " +
      "breakup of ... satellite*, satellite* ... broke*, satellite* ... breakup, " +
      // a company's funding round, whatever its drones are for: business news, not an attack or a pledge
      "funding round*, series a, series b, series c, seed round*, round led by, venture capital, venture fund*, " +
      "startup* ... raises, start-up* ... raises, maker ... raises, raises ... round",

    // the front line is a place, not what happens there
    2: "front line, frontline, offensive, advance*, fighting, battle, infantry, reinforcement*, troops, fighters, positions, " +
      "mercenar*, deploy*, redeploy*, village*, exercise*, recruit*, " +
      // the border with Russia closed, guarded or fortified: security news
      "russian border, border with russia, border crossing*, " +
      "enlist*, conscript*, arrest*, detain*, court, sentenc*, trial, protest*, " +
      "corruption, buy, buys, buying, purchase*, intelligence, hostage*, dismiss*, celebrat*, " +
      // warships on the move or calling at a port: naval posture (security), not a diplomatic visit
      "warship*, frigate*, corvette*, submarine*, fleet, flotilla, naval detachment*, port call*, " +
      // mines are a weapon (context, as weapons are): laying them, above, is the act
      "landmine*, land mine*, anti-personnel mine*, anti-tank mine*",
    1: "soldiers, parliament, domestic, orphan*, civilians, children",
    // the UN's rights body and the "shadow fleet" of tankers are diplomacy's (topics.ts), not a forum or a navy
    [-3]: "human rights council, shadow fleet",
  }),
};

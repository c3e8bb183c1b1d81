// The default topic table as data: built from the topic definitions (issue 4, gold/LABELS.md), not from any page.
// Terms are lower-case words or phrases after name-variant folding (see text.ts); a `*` suffix matches any ending.
// Weights: 3+ = the topic's own predicates (verbs and event nouns: what happens), 2 = strong context (actors,
// resources), 1 = shared vocabulary (weapons). The predicate a headline leads with earns its topic a bonus (classify.ts).
// A negative weight counts against the topic. "other" competes too: its terms mark frontline, humanitarian,
// security and domestic-politics news, and it wins whenever no other topic scores enough.
import type { TopicConfig } from "../types.ts";
import { OTHER_TOPIC, rules } from "./topics-other.ts";
import { UKRAINIAN_PLACES } from "./beat-table.ts";

/** Names of the parties to the war: aid is support to (or arms for) one of them. */
const PARTIES = ["ukrain*", "kyiv", "zelensky", "russia*", "moscow", "kremlin", "putin"];
/** Aid goes to a party, or to its towns ("send generators to Lviv after the attack"). */
const AID_TO = [...PARTIES, ...UKRAINIAN_PLACES];

/**
 * A central bank's rate decision: economic news, whatever meeting, budget or war spending it mentions (no war
 * topic's, and so no kind of war news for the beat either).
 */
const RATE_DECISION = "interest rate*, key rate, policy rate, benchmark rate, rate cut*, rate hike*, inflation, ";

/** Default topics, in display order: strikes, aid, diplomacy, other. */
export const DEFAULT_TOPICS: TopicConfig[] = [
  {
    name: "strikes",
    title: "Strikes",
    // ("Ukraine shows off a home-built cruise missile" names a weapon, not an attack: industry or security news)
    needsAct: true,
    rules: rules({
      4: "airstrike*, air strike*, missile strike*, drone strike*, missile attack*, drone attack*, rocket attack*, " +
        "artillery attack*, shelling, shelled, bombard*, bombing*, bombed, barrage*, shot down, shoot down, shoots down, " +
        "drone* crash*, downed, downs, brings down, brought down, intercept, intercepts, intercepted, intercepting, interception*, air raid*, drone raid*, missile raid*, " +
        "death toll, killed in, wounded in, injured in, " +
        // a weapon as the one that killed: "a Russian-made missile killed two"
        "missile* killed, rocket* killed, drone* killed, shell* killed, missile* ... killed, rocket* ... killed, drone* ... killed, " +
        // a reaction whose main content is the attack itself
        // ("..." lets up to three words stand between: "condemns the 'barbaric' overnight strike")
        "condemn* ... attack*, condemn* ... strike*, condemn* ... shelling, condemn* ... bombing*, " +
        // (or draws the attack's lesson: "Zelensky: Odesa attack shows why we need more Patriots")
        "attack* show*, strike* show*, attack* prove*, strike* prove*, " +
        // or says the attack terrorises a place or kills people in their homes
        "terrorise, terrorize, terrorises, terrorizes, terrorising, terrorizing, terrorised, terrorized, " +
        "kill* ... in their homes, kill* ... in their beds, " +
        // an air-defence engagement: the defences acting (an appeal for air defence is aid)
        "air defence* engag*, air defence* activ*, air defence* repel*, air defence* repuls*, air defence* respond*, " +
        "air defence* in action, air defence* at work, air defence* working, air defence* light*, air defence* lit, " +
        "air defence* fired, air defence* firing, air defence* fire, air defence* opened fire, air defence* shot, air defence* down*, " +
        "air defence* destroy*, air defence* intercept*, air defence* tackl*, " +
        // an unknown object or a missile's fragments on a neighbour's soil: the attack's spillover
        "unidentified object*, air object*, flying object*, missile debris, missile fragment*, fragments of a missile",
      3: "strike, strikes, struck, attack on, attacks on, attacked, explosion*, blast*, shrapnel, debris, rubble, " +
        // "delivered a strike": the military's own verb for an attack (not a delivery of aid); "X hit in Y": passive
        "deliver* ... strike*, deliver* ... blow, " +
        "hit in, hit by, targeted, targeting, target, targets, hits, pounded, fired at, launched at, " +
        // a ship sunk is an attack's outcome
        "sank, sunk, sinks, sinking, " +
        // a weapon damaging something, or a site set on fire by one (present tense: "damaged" counts already, and "shelling
        // damaged" reads best as its two rules)
        "drones damage, drone damages, missiles damage, missile damages, set on fire by, set ablaze, sets ablaze, set alight by, " +
        // the grid after an attack: power cut or restored; the ground after one: a crater
        "blackout*, power cut*, power outage*, power restored, electricity restored, restored power, restored electricity, " +
        "without power, without electricity, lose power, lost power, electricity ... restored, power ... restored, " +
        // the hours after an attack: the search of the ruins, shelters in the metro during an alert, the vigil at the scene
        "rescue work, rescue operation*, rescue crew*, rescue team*, search* ... ruins, search* ... rubble, dig* ... ruins, " +
        "dig* ... rubble, ruins, air alert*, air-raid alert*, metro station*, metro shelter*, in the metro, " +
        // what a photo or video teaser of an attack shows: the damage, people taking shelter
        "survey* ... damage, count* ... damage, take shelter, taking shelter, took shelter, sirens sound*, sirens wail*, " +
        // (and what the attack left: "Pictured: the wrecked tram depot", "Video: inside the burned-out warehouse")
        "wrecked, burned-out, burnt-out, " +
        "shelter* in ... metro, vigil*, damage at, damage to, guided bomb*, aerial bomb*, " +
        // and the days after: a town mourning its dead, flags at half-mast, a toll that grows
        "day of mourning, days of mourning, half-mast, toll rises, toll rose, toll climbs, toll climbed, toll reaches, " +
        "toll reached, toll passes, toll now, claimed ... lives, " +
        // airports shut while drones or missiles are in the air
        "airport* ... closed, airport* ... shut, flights ... halted, flights ... suspended, flights ... diverted, halt flights, halted flights, " +
        // a drone dropping its charge: an attack from the air however small
        "drop* explosives, dropped explosives, drop* ... grenade*, dropped ... grenade*",
      2: "attack, attacks, fired, launched, hit, hitting, killed, killing, wounded, injured, dead, casualties, damaged, destroyed, destroys, " +
        "firefighters, rescuers, civilians killed, kamikaze, " +
        // what an attack leaves: what a photo or video of its aftermath shows
        "smoke, blaze, flames, ablaze, burning, aftermath, crater*, bomb, shelters",
      1: "missile*, drone*, rocket*, ballistic, cruise, hypersonic, artillery, warplane*, bomber*, glide bomb*, " +
        "sirens, air defence*, interceptor*, residential, apartment*",
      // arson is set by hand, not fired from afar (sabotage: other)
      [-4]: `arson attack*, ${RATE_DECISION}` +
        // "strike a deal" is an idiom; dying in a crash is an accident, not an attack
        "strike* ... deal*, struck ... deal*, strike* ... agreement*, struck ... agreement*, strike* ... bargain*, " +
        "killed in ... crash*, died in ... crash*, " +
        // a scheme, site or app launched is a start of something civil, not a launch of weapons
        "launch* ... programme*, launch* ... program*, launch* ... scheme*, launch* ... initiative*, launch* ... website*, " +
        "launch* ... platform*, launch* ... app, " +
        // workers or a prisoner on strike: a stoppage, not an attack
        "warning strike*, general strike*, hunger strike*, strike action, on strike, go on strike, goes on strike, " +
        // (not "union … strike": "European Union condemns the strike" is about an attack)
        "went on strike, unions ... strike*, trade union*, walkout*, stoppage*, " +
        // (and a strike over pay, however long: "miners end three-week strike", "wage talks broke down")
        "wage*, miners strike*, indefinite strike*, week strike, weeks strike, " +
        // (or one called off: "rail strike called off after late-night deal")
        "strike called off, strikes called off, called off ... strike*, calls off ... strike*, call off ... strike*, " +
        // a bomb planted by hand kills as sabotage does (other), not as a weapon fired from afar
        "car bomb*, scooter bomb*, bomb hidden, hidden bomb*, planted bomb*, bomb* ... planted, planted ... bomb*, " +
        "booby-trap*, booby trap*, assassinat*, " +
        // a goal or a record reached: an achievement, not an impact
        "hit* ... goal*, hit* ... record*, hit* ... milestone*, hit* ... quota*, hit* ... recruiting target*, met ... target*, meet* ... target*",
    }),
  },
  {
    name: "aid",
    title: "Aid",
    rules: rules({
      4: "military aid, military assistance, security assistance, aid package*, military package*, weapons package*, " +
        "arms deliveries, weapons deliveries, arms supplies, weapons supplies, arms transfer*, weapons transfer*, " +
        "humanitarian aid, financial aid, financial support, military support, aid for ukraine, aid to ukraine, " +
        "funding request, supplemental, plead*, plea for, pleas for, appeal for, appeals for, calls for more, asks for more, replenish*, missiles from, weapons from, arms from, drones from, shells from, " +
        "ammunition from, handed over, hand over, hands over, handing over, handover of, humanitarian support, " +
        // money for a party raised from Russia's frozen assets or by common borrowing, wherever it is decided (a summit)
        "frozen asset*, frozen-asset*, russian assets, russia's assets, reparations loan*, fund ukraine, funding for ukraine, ukraine funding, " +
        // money or goods given to a party
        "give ukraine, gives ukraine, giving ukraine, gave ukraine, " +
        // asking someone for resources, whoever stands between ("asks allied leaders for more air defence")
        "ask* ... for more, ask* ... for air defence*, appeal* ... for more, plead* ... for, " +
        // urging allies for arms, or saying the party needs them, is a plea too ("urges allies … more air defence")
        "urg* ... air defence*, urg* ... more weapons, urg* ... to send, urg* ... to supply, urg* ... to speed up, " +
        "need* ... air defence*, need* ... patriot*, more air defence*, wish list, speed* up ... deliver*, " +
        // wanting arms is asking for them ("wants" alone states an aim: "wants both sides at the table")
        "want* ... air defence*, want* ... patriot*, want* ... interceptor*, want* ... missiles, " +
        "want* ... jets, want* ... tanks, want* ... shells, want* ... ammunition, " +
        // a deal that lends a party money or arms it (a deal to end fighting is diplomacy's)
        "loan deal*, loan agreement*, arms deal*, weapons deal*, drone deal*, ammunition deal*, " +
        // money pledged to rebuild a party's country, at the donors' conferences that raise it
        "recovery conference*, reconstruction conference*, rebuild ukraine, rebuilding ukraine, reconstruction of ukraine, " +
        // training a party's troops is support given to it
        "train* ... ukrainian* pilots, train* ... ukrainian* troops, train* ... ukrainian* soldiers, " +
        "train* ... ukrainian* recruits, training mission*, train ukrainians, training ukrainians, trains ukrainians, " +
        "train* ... ukrainian* crews, train* ... ukrainian* personnel, train* ... ukrainian* operators, train* ... ukrainian* medics, " +
        "train* ... ukrainian* drone pilots, train* ... ukrainian* drone operators, train* ... ukrainian* deminers, train* ... ukrainian* sappers, " +
        "trained ukrainians, " +
        // arms that reach the party ("confirms arrival of first air-defence system")
        "arrival of ... system*, system* ... arrived in ukraine, system* ... reached ukraine, system* ... to reach ukraine, " +
        "batter* ... arriv* in ukraine, batter* ... reach* ukraine, " +
        // (or aircraft: "first Gripen fighters arrive in Ukraine")
        "jets ... arriv* in ukrain*, fighters ... arriv* in ukrain*, aircraft ... arriv* in ukrain*, warplanes ... arriv* in ukrain*, " +
        // money paid to a party is financial support; sums for it ("£500 million for Ukraine") are
        "tranche*, paid out, pays out, disburs*, million for ukrain*, billion for ukrain*, million for kyiv, billion for kyiv, " +
        // money lent or given for a party's arms, however it is named ("foreign military financing", "an arms fund")
        "military financing, arms fund, weapons fund, for ukraine's defence, for ukraine's defense, for kyiv's defence, " +
        // drones sent as aid ("to send reconnaissance drones"; an attack's drones are launched, not sent)
        "to send ... drones, will send ... drones, " +
        // the EU's fund that pays for arms to Ukraine: a name with "peace" in it, not peace news
        "european peace facility, " +
        // the allies' meetings that gather arms for a party (the Ukraine Defence Contact Group, "Ramstein format"): its talks
        // are about what is sent
        "ramstein*, contact group, defence contact, defense contact, " +
        // leave to fire the arms given at targets in the attacker's land: a decision about arms supplied
        "permission to strike, permission to fire, permission to use, permission* ... to strike, permission* ... to fire, " +
        "permission* ... to use, " +
        "allow* ... to fire, allow* ... to strike, lets ukraine use, let ukraine use, lets kyiv use, let kyiv use, " +
        "may now use, can now use, could now use, use of american, use of us, use of us-made, use of us-supplied, " +
        "use of western, use of british, use of french, use of german, use of allied, " +
        // a welcome for arms sent: the arms are the news ("welcomes the decision to send tanks")
        "welcom* ... decision to send, welcom* ... decision to supply, welcom* ... decision to provide, " +
        "welcom* ... decision to transfer, welcom* ... decision ... tanks, welcom* ... decision ... jets, " +
        "welcom* ... decision ... weapons, welcom* ... decision ... missiles, welcom* ... transfer*, welcom* ... deliver*, " +
        "welcom* ... arrival of ... system*",
      // paying for a party's kit; clearing or approving arms for it; arms coalitions; intelligence shared with it
      // ("X for Ukraine" after a verb of authorising: "clears anti-tank mines for Ukraine")

      3: "aid, assistance, package, pledge*, deliver*, delivery, supplied, supplies, supply, supplying, provided, provides, " +
        "providing, donat*, funding, funds, loan*, grant, weapons to, transferred, shipped, shipment*, " +
        "procure for ukraine, purchas* ... for ukraine, buy* ... for ukraine, procure* ... for ukraine, ammunition, ammo, munitions, transfers, windfall, " +
        // a contract is aid only as a supply contract: for arms, ammunition or their production
        "contract* to supply, contract* to deliver, contract* to produce, contract* to make, contract* for ammunition, " +
        "contract* for shells, contract* for drones, contract* for missiles, contract* for weapons, contract* for arms, " +
        "ammunition contract*, arms contract*, weapons contract*, supply contract*, shell contract*, drone contract*, " +
        "missile contract*, defence contract*, " +
        // deals and agreements to produce arms for a party, like supply contracts
        "deal* to supply, deal* to produce, deal* to make, deal* to build, agreement* to supply, agreement* to produce, " +
        "agreement* to make, agreement* to build, joint production, co-production, jointly produce, produce jointly, " +
        // (and arms a party and an ally make together: "agree to build long-range drones together", "co-produce shells")
        "co-produc*, coproduc*, joint ... production, jointly manufactur*, manufactur* ... together, produc* ... together, " +
        "build* ... drones together, build* ... missiles together, make ... drones together, " +
        // the state of stocks: running short is an aid story (pleas follow)
        "running out, run out, ran out, running low, short of, shortage*, " +
        // paying for a party's kit ("to fund demining gear", "US-funded imagery"); "pay for troops" is their wages
        "fund, funded, to pay for, will pay for, pays for, paid for, " +
        // authorising arms for a party: "clears anti-tank mines for Ukraine"
        "clear* ... for ukrain*, approv* ... for ukrain*, authori* ... for ukrain*, " +
        "weapons for ukrain*, arms for ukrain*, ammunition for ukrain*, shells for ukrain*, " +
        "weapons for kyiv, arms for kyiv, ammunition for kyiv, shells for kyiv, " +
        // a transfer of materiel, and a party handed or sent it
        "transfer of, will transfer, to transfer, hands ukraine, handed ukraine, hand ukraine, sends ukraine, sent ukraine, " +
        "send ukraine, sending ukraine, send* ... tanks, send* ... jets, send* ... weapons, send* ... missiles, sent ... tanks, " +
        "sent ... jets, sent ... weapons, sent ... missiles, " +
        // (an air-defence system or battery sent: "to send two IRIS-T systems before winter")
        "send* ... systems, sent ... systems, send* ... batter*, sent ... batter*, send* ... launchers, sent ... launchers, " +
        "to ship ... to ukrain*, will ship ... to ukrain*, shipped ... to ukrain*, armoured vehicle*, armored vehicle*, " +
        "fighting vehicle*, " +
        // a party receiving arms: the arms are the news ("will receive the jets from two partners")
        "receiv* ... jets, receiv* ... aircraft, receiv* ... tanks, receiv* ... weapons, receiv* ... missiles, " +
        // the coalitions of Ukraine's backers that each supply one kind of arms
        "artillery coalition*, drone coalition*, tank coalition*, jet coalition*, air defence coalition*, " +
        "demining coalition*, armour coalition*, capability coalition*, " +
        // intelligence shared with a party is support given to it
        "intelligence sharing, share intelligence, shares intelligence, sharing intelligence",
      2: "weapons, arms, congress, senate, senator*, appropriat*, backers, billion, budget, air defence system*, patriot*, f-16*, howitzer*, " +
        "investment, backing, allocat*, approve*, support ukraine, help ukraine, need more, " +
        "request*, asks for, asked for, asking for, needs, " +
        // resources, not predicates: what is given, asked for or running short
        "shells, stockpile*, stocks, interceptor*, propellant*, generators, money, to buy",
      // "sent to" names no materiel: troops are sent too, so it is only context
      1: "seek*, tank, tanks, jets, equipment, systems, launchers, support, million, air defence*, sent to, send to",
      // a depot hit is a target, not a supply
      // "delivered a (massive) strike" is an attack, not a delivery
      [-3]: `deliver* ... strike*, deliver* ... blow, ${RATE_DECISION}` +
        // a package of sanctions is pressure on a party, not support given to one
        "package of sanctions, sanctions package*, package of ... sanctions, " +
        // a utility's supply, or an army's supply lines, is not support given to a party
        "power supply, electricity supply, energy supply, water supply, gas supply, heat supply, supply line*, supply route*, " +
        // and so is bringing it back after strikes: "restoring supply in all regions", "routing supply around substations"
        "restor* ... supply, routing supply, supply of electricity, supply of power, supply of water, supply of gas, supply of heat, " +
        "ammunition depot*, ammo depot*, munitions depot*, arms depot*, weapons depot*, ammunition dump*, " +
        // nuclear weapons stationed on an ally's soil are posture and alliance politics, not arms given to a party
        "nuclear weapons, nuclear arms, nuclear warhead*, " +
        // ties pledged between states are relations, not support given ("Putin and Xi pledge deeper ties")
        "pledg* ... ties, pledg* ... cooperation, pledg* ... partnership, pledg* ... friendship, " +
        // "grant" the verb grants status, not money
        "grant ukraine, grant kyiv, grant membership, grant citizenship, grant asylum, grant permission, " +
        // a commodity's price and its delivery month are markets news ("wheat for delivery in May rose by $3 per ton")
        "price*, per ton, per tonne, per barrel, " +
        // a country's exports are trade: grain shipped under a wartime deal is that deal's news (diplomacy)
        "grain shipment*, grain export*, food export*, grain supplies, " +
        // residents giving blood help their own hospitals: civil life, not support given to a party
        "blood donation*, blood donor*, donate blood, donating blood, donated blood, give blood, giving blood",
    }),
    requires: AID_TO,
  },
  {
    name: "diplomacy",
    title: "Diplomacy",
    rules: rules({
      4: "peace plan*, peace talks, peace deal*, peace summit*, peace formula, prisoner exchange*, prisoner swap*, " +
        "exchange of prisoners, exchange* of ... prisoners, prisoners of war, freed prisoner*, prisoners freed, released prisoner*, prisoners released, " +
        "prisoner release*, prisoners returned, returned from captivity, freed from captivity, released from captivity, " +
        // in this war the soldiers freed, or prisoners coming home, are captives handed back in an exchange
        "freed soldier*, freed servicem*, freed defender*, freed ukrainian soldier*, freed ukrainian servicem*, freed ukrainian defender*, " +
        "prisoners come home, prisoners came home, prisoners coming home, prisoners home, " +
        "soldiers freed, servicemen freed, defenders freed, freed in ... exchange, freed in ... swap, " +
        // in this war a swap is of captives (or the dead); a third state helping to free them mediates
        "swap, swaps, swapped, swapping, help* free, help* to free, help* secure the release, " +
        // a formal protest to a government leads its story, whatever it protests about
        "lodg* protest, lodg* a protest, formal protest, note of protest, protest note, diplomatic protest, " +
        "ceasefire, truce, sanction*, security council, general assembly, " +
        // a halt to strikes offered, proposed or refused is a partial ceasefire, not an attack
        "halt on strikes, halt to strikes, halt strikes, halt* ... strikes on, pause in strikes, pause on strikes, pause strikes, " +
        "pause in ... strikes, halt to ... strikes, moratorium on ... strikes, " +
        "moratorium on strikes, moratorium on attacks, halt on attacks, halt to attacks, pause in attacks, pause on attacks, " +
        // leaving or being expelled from an international body (the body condemning an attack is about the attack)
        "quit* ... council of europe, exit* ... council of europe, leav* ... council of europe, expel* ... council of europe, " +
        "withdr* ... council of europe, suspend* ... council of europe, walk* out of ... council of europe, " +
        // the cap on what Russia's oil may sell for is a sanction; calls to end the fighting are calls for peace
        "price cap, oil price cap*, end the fighting, end fighting, end the war, end hostilities, end the hostilities, " +
        // tariffs threatened on a party's trade (or on its oil's buyers) are pressure to end the war, as sanctions are
        "tariff*, " +
        // a trade dispute between states taken to the trade body: diplomacy, whatever goods it is over
        "wto, world trade organi*, " +
        // a country ending or banning its purchases of Russia's oil and gas (or urged to): a sanction in all but name
        "imports of russia*, russia* oil imports, russia* gas imports, russia* oil and gas imports, buying russia*, " +
        "purchases of russia*, russia* oil purchases, russia* gas purchases, stop* buying, oil ban, gas ban, embargo*, " +
        "ban* ... imports, end* ... russia* gas, end* ... russia* oil, cap on russia*, " +
        // gas cut off to a country, or sold only for roubles: an exporter's pressure on a state
        "gazprom, cut* off gas, cuts gas, halt* gas, stop* gas, shut* off gas, gas cut-off*, gas cutoff*, gas-for-roubles, gas for roubles, " +
        // the sides hand back their dead, as they swap prisoners: an agreement between the parties
        "exchange of bodies, bodies exchange*, swap bodies, swapped bodies, swap of bodies, repatriation of bodies, repatriated bodies, " +
        "handover of ... bodies, return of ... bodies, bodies ... handover, bodies ... handed over, bodies ... hand over, bodies ... for return, " +
        // (as a verb too: "exchange bodies of fallen soldiers"; one side's handover alone is a repatriation, other news)
        "exchang* bodies, exchang* ... remains, exchang* ... war dead, bodies ... exchanged, remains ... exchanged, exchange of ... remains, " +
        // (and captives exchanged, as a verb or "in an exchange": "exchange 84 prisoners each", "received 205 in the exchange")
        "exchang* ... prisoners, exchang* ... captives, exchang* ... pows, in an exchange, in the exchange, in the latest exchange, " +
        // the president and a foreign leader agreeing or signing together, whatever they agree on (joint arms production
        // among it): a meeting of states ("Zelensky and Tusk pledge joint arms production at Warsaw meeting")
        "zelensky and ... agree*, zelensky and ... sign*, zelensky and ... pledge*, zelensky meets, " +
        // an offer to host talks, whatever they are to be about ("offer to host talks on deported children")
        "host* talks, host* ... talks, offer* to host, " +
        "mediat*, negotiat*, " +
        // a deal between states named by what it moves (grain, ammonia), and its signing
        "grain deal*, grain corridor*, grain agreement*, grain accord*, grain initiative, export deal*, export corridor*, shipping corridor*, " +
        // a party leaving, suspending or pausing such a deal is as much diplomacy as signing it
        "exit* ... deal*, quit* ... deal*, withdr* from ... deal*, pull* out of ... deal*, suspend* ... deal*, " +
        "suspend* ... accord*, suspend* ... agreement*, deal* pause, pause* ... deal*, " +
        "suspend* its part, suspend* its role, suspend* its participation, suspend* ... participation in, " +
        // the UN's rights body (human-rights reporting is other news)
        "human rights council, " +
        "signing ceremony, deal* ... signed, agreement* ... signed, accord* ... signed, sign* ... deal*, sign* ... agreement*, " +
        "sign* ... accord*, sign* ... treaty, sign* ... memorandum, " +
        // the UN's court between states (a national court's trial is other news)
        "world court, top court, court of justice, " +
        // a demand to close the sky is a demand on the alliance
        "no-fly zone*, " +
        // support pledged with no resources named is a message to a party; a leader's address to a foreign congress
        "pledg* support, pledg* solidarity, pledg* continued support, pledg* ... unwavering support, address* ... congress, " +
        "pledg* ... support, pledg* ... backing, pledge of ... support, pledge of ... backing, " +
        // a long-term security agreement between states is a treaty, whatever support it lists
        "security agreement*, security accord*, security pact*",
      3: "talks, peace, summit*, treaty, treaties, grain shipment*, grain export*,  memorandum, accession, membership, state visit, visited, visits, met with, " +
        // a host's welcome is a visit's own predicate ("a red-carpet welcome in Ulaanbaatar")
        "phone call, call with, call between, their call, phone conversation, telephone conversation, telephone call, " +
        "spoke by phone, spoke by telephone, spoke on the phone, by phone, by telephone, bilateral, red-carpet, red carpet, welcome*, condemn*, resolution*, nato-ukraine council, summon*, expel*, expulsion*, captivity, pows, pow, " +
        // a demand put to the other side as terms of talks; a pause in attacks the sides agreed
        "ultimatum*, moratorium, rebuff*, ratif*, pact, pacts, trip, trips, tour, " +
        // a leader's stop abroad, and a bid to join an alliance or union
        "stop in, stops in, stopped in, surprise stop, unannounced stop, stopover, surprise visit, unannounced visit, " +
        "bid to join, join the eu, join nato, joining the eu, joining nato, joins nato, joined nato, " +
        // a state refusing to recognise a seized territory (or recognising it) answers another state's claim
        "never recognise, not recognise, won't recognise, refuse* to recognise, never recognize, not recognize, " +
        "won't recognize, refuse* to recognize, recognition of, " +
        "member of nato, non-alignment, non-aligned, " +
        // whether other states' troops go to Ukraine (to keep a peace, to guarantee it) is a question between states
        "troops to ukraine, troops for ukraine, troops into ukraine, soldiers to ukraine, soldiers for ukraine, " +
        "ground troops to, on ukrainian soil, " +
        // (a force of allies' troops to guard a ceasefire, and the other side's answer to it)
        "european troops, foreign troops, troops from nato, troops from europe, reassurance force*, peacekeep*, " +
        "multinational force*, " +
        // the tankers that carry Russia's oil past sanctions: sanctions policy, whoever boards or lists them
        "shadow fleet, " +
        // how the war ends is what talks are about ("time to end the war")
        "end the war, ending the war, end to the war, end of the war, war to end, war must end, war had to end, " +
        "war should end, war needs to end, war has to end, " +
        // a leader's congratulations or invitation to another, a partnership between states
        "congratulat*, invit*, partnership*, deeper ties, closer ties, strengthen* ties, " +
        // leaders at odds in public: the row is the news, not what they argue about
        "spar, spars, sparred, sparring, rebuke*, rebuttal, at odds, " +
        // a call for an inquiry by other states or bodies
        "international investigation*, international inquiry, international inquiries, international probe*, " +
        // a leader's threat to other states (nuclear war if their troops come) is a message between states
        "nuclear war, nuclear conflict, nuclear threat*, threat* ... nato, warn* ... nato, " +
        "warn* ... the west, threat* ... the west, western troops, nato troops, " +
        // allies vowing lasting support is alliance politics, whatever the support is
        "stand by ukraine, stands by ukraine, stand with ukraine, stands with ukraine, for as long as it takes",
      2: // actors: who acts, not what happens (a G7 loan is aid, an envoy's summons is diplomacy)
        "envoy*, ambassador*, ambassadorial, diplomat*, embassy, foreign minister*, foreign ministry, foreign secretary, secretary of state, g7, g20, " +
        "un chief, secretary-general, iaea, nuclear watchdog, " +
        "discuss*, meet, meeting, meets, held talks, visit, agreement, alliance, allies, un, chair, presidency, " +
        "statement, ruled out, delegation, arrives in, arrived in, lands in, landed in, conference*, " +
        // a leader's arrival as a picture or a clip shows it: the plane down, the steps, the host's greeting
        "arrives at, arrived at, lands at, landed at, lands outside, landed outside, touches down, touched down, " +
        "steps off, stepped off, greets, greeted, on the tarmac, " +
        // a nuclear arsenal and where it is stationed: deterrence and alliance politics
        "nuclear weapons, nuclear arms, nuclear warhead*",
      1: "nato, eu, minister, leaders",
      // a country's own security bodies meet about its own defence (security news, below)
      [-4]: "national security council, national security committee, committee for national security, european peace facility, " +
        // a page greeting its readers is no welcome between states
        "welcome to ... coverage, welcome to ... live, welcome to our, and welcome, welcome back, " +
        // a town welcoming refugees hosts people, not states (humanitarian news)
        "welcom* ... refugee*, welcom* ... families, welcom* ... children, welcom* ... ukrainians, " +
        // a commander or leader visiting troops at the front inspects them: no visit between states
        "visit* ... troops, visit* ... units, visit* ... brigades, visit* ... positions, visit* ... front line*, visit* ... frontline, " +
        "visit* ... the front, visit* ... soldiers, " +
        // the allies' meetings on arms for a party are about what is sent (aid), however much they meet
        "ramstein*, contact group, defence contact, defense contact",
      // a press conference is where news is told, not a meeting of states
      [-2]: `press conference*, news conference*, ${RATE_DECISION}`,

    }),
  },
  OTHER_TOPIC,
];

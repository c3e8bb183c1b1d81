// The default beat as data: what the briefing is about (the Russia–Ukraine war). Terms use the topic rules' syntax
// (lower case, after name-variant folding; `*` ends any word). Built from the subject (its parties, places, people,
// institutions and weapons), not from any page. An operator replaces it with the config file's `beat` key.
import type { BeatConfig } from "../types.ts";

const list = (text: string) => text.split(",").map((t) => t.trim()).filter(Boolean);

/** The sides of the war: naming one is half of what makes an entry war news (1 point). */
const PARTY = list("ukrain*, russia*, kyiv, moscow, kremlin, nato");

/** Ukraine's regions and cities, front-line towns (a party's land: aid sent there is aid to it). */
export const UKRAINIAN_PLACES = list(
  "donetsk, luhansk, donbas, kharkiv, zaporizhzhia, kherson, odesa, mykolaiv, dnipro, dnipropetrovsk, sumy, chernihiv, " +
  "poltava, kryvyi rih, kramatorsk, sloviansk, pokrovsk, myrnohrad, bakhmut, avdiivka, toretsk, chasiv yar, kurakhove, " +
  "vuhledar, selydove, kupiansk, lyman, siversk, velyka novosilka, huliaipole, orikhiv, robotyne, nikopol, enerhodar, " +
  "izium, vovchansk, lviv, ivano-frankivsk, khmelnytskyi, vinnytsia, zhytomyr, rivne, lutsk, ternopil, uzhhorod, " +
  "chernivtsi, kropyvnytskyi, cherkasy, bila tserkva, izmail, mariupol, melitopol, berdiansk, tokmak, azovstal, " +
  "crimea*, sevastopol, kerch, simferopol, lysychansk, sievierodonetsk, irpin, bucha, borodianka, hostomel, kakhovka, " +
  "nova kakhovka, snake island, chornomorsk, pivdennyi, reni, pavlohrad, kostiantynivka, druzhkivka, horlivka, " +
  "makiivka, marinka, chuhuiv, balakliia, lozova, okhtyrka, shostka, kremenchuk, brovary",
);

/** Places, people and institutions only this war names (2 points: one is enough). */
const SPECIFIC = [
  ...UKRAINIAN_PLACES,
  ...list(
    "ukrenergo, naftogaz, energoatom, " +
    // Russian regions the war reaches most
    "kursk, belgorod, bryansk, oryol, voronezh, rostov, krasnodar, novorossiysk, tuapse, taganrog, " +
    // Russian airbases the war's long-range strikes reach
    "engels, morozovsk, millerovo, saky, olenya, yeysk, " +
    // and the refineries, depots and oil ports they reach deep inside Russia
    "saratov, syzran, novokuibyshevsk, volgograd, ryazan, kstovo, ust-luga, primorsk, afipsky, ilsky, tikhoretsk, orsk, " +
    "kirishi, toropets, " +
    // people of the war
    "zelensky, putin, peskov, lavrov, zakharova, shoigu, belousov, gerasimov, syrskyi, zaluzhny, budanov, yermak, " +
    "sybiha, kuleba, umerov, shmyhal, svyrydenko, stefanchuk, lubinets, klitschko, medvedev, nebenzia, prigozhin, kadyrov, " +
    "navalny, " +
    // institutions and forces of the war
    "okhmatdyt, verkhovna rada, sbu, azov brigade, wagner, rosgvardia, zaporizhzhia nuclear, prisoners of war, pows, pow, " +
    // the gas war: the pipelines and the company Moscow cuts Europe's supply through
    "nord stream, gazprom",
  ),
];

/** The war's vocabulary (1 point, counted only beside a name): kinds of act, force, weapon and talk. */
const CONTEXT = list(
  "war, wartime, invasion, invaded, invade*, military, army, armed forces, troops, soldiers, servicem*, frontline, " +
  "front line, front-line, offensive, counteroffensive, missile*, drone*, shelling, shelled, artillery, glide bomb*, " +
  "air raid*, air defence*, weapons, ammunition, shells, mobilisation, mobilization, conscript*, martial law, " +
  "occupied, occupation, occupiers, annex*, ceasefire, truce, peace plan*, peace talks, peace summit, sanction*, " +
  "frozen assets, price cap, airspace, air raid alert*, sabotage, partisan*, mercenar*, prisoner swap*, prisoner exchange*, " +
  "war crime*, deport*, refugee*, humanitarian corridor*, demining, deminer*, landmine*, grain deal, grain corridor, " +
  "reconstruction, " +
  "himars, atacms, storm shadow, taurus, patriot*, iris-t, nasams, f-16*, leopard*, abrams, bradley*, " +
  "shahed*, geran*, iskander*, kinzhal*, kalibr*, oreshnik, lancet*, kh-101",
);

/** Kinds of news that are not the war, whoever they name (−2 each unless a specific name of the war is there too). */
const AGAINST = list(
  "snowfall, snowstorm*, blizzard*, heatwave*, heat wave*, weather, rainfall, earthquake*, tsunami*, snow, cold snap, " +
  "temperatures, forecasters, record heat, " +
  // natural disasters, a utility's rationing and labour disputes: other news, whatever toll or "strike" they report
  "landslide*, mudslide*, avalanche*, typhoon*, cyclone*, hurricane*, wildfire*, bushfire*, volcano*, volcanic, eruption*, " +
  "load shedding, load-shedding, warning strike*, walkout*, " +
  "football*, tennis, olympic*, championship*, tournament*, grand slam, world cup, medal*, silver, bronze, league, " +
  "match, semi-final*, quarter-final*, grand prix, marathon, rowers, rowing, athlete*, swimmer*, gymnast*, boxer*, " +
  "boxing, sprinter*, cyclist*, " +
  "concert*, festival*, eurovision, song contest, box office, album*, film*, fashion, celebrity, royal wedding, " +
  // a country's prices and its currency's daily rate: economic news, in a party's country too ("Ruble weakens past 105
  // per dollar", "Moscow metro fares go up again")
  "inflation, fares, fare rise*, fare increase*, per dollar, against the dollar, against the euro, book fair*",
);

/**
 * Spelling variants and transliterations folded before matching (the project's own aliases, text.ts, fold the
 * commonest: Kiev, Kharkov, Odessa, DPRK).
 */
const VARIANTS: Record<string, string> = {
  zaporozhye: "zaporizhzhia", zaporizhia: "zaporizhzhia", zaporozhzhia: "zaporizhzhia",
  nikolaev: "mykolaiv", nikolayev: "mykolaiv", dnepr: "dnipro", dniepr: "dnipro", dnipropetrovsk: "dnipro", dnepropetrovsk: "dnipro",
  lugansk: "luhansk", chernigov: "chernihiv", artemovsk: "bakhmut", avdeevka: "avdiivka", avdeyevka: "avdiivka",
  "krivoy rog": "kryvyi rih", "krivoi rog": "kryvyi rih", "kryvyy rih": "kryvyi rih", "kryvyi rig": "kryvyi rih",
  krivoy: "kryvyi", slavyansk: "sloviansk", kupyansk: "kupiansk", volchansk: "vovchansk", izyum: "izium",
  lisichansk: "lysychansk", severodonetsk: "sievierodonetsk", energodar: "enerhodar", gulyaipole: "huliaipole",
  orekhov: "orikhiv", rabotino: "robotyne", krasnoarmeysk: "pokrovsk", krasnoarmeisk: "pokrovsk", liman: "lyman",
  seversk: "siversk", berdyansk: "berdiansk", zhitomir: "zhytomyr", vinnitsa: "vinnytsia", ternopol: "ternopil",
  chernovtsy: "chernivtsi", uzhgorod: "uzhhorod", kirovograd: "kropyvnytskyi", kropivnitsky: "kropyvnytskyi",
  kremenchug: "kremenchuk", khmelnitskiy: "khmelnytskyi", gorlovka: "horlivka", makeyevka: "makiivka", mariinka: "marinka",
  konstantinovka: "kostiantynivka", druzhkovka: "druzhkivka", pavlograd: "pavlohrad", balakleya: "balakliia",
  "belaya tserkov": "bila tserkva", "novaya kakhovka": "nova kakhovka", "velikaya novosyolka": "velyka novosilka",
  // the Kyiv children's hospital struck in July 2024 (a landmark, like Azovstal)
  okhmatdet: "okhmatdyt",
  pokrovske: "pokrovsk", ugledar: "vuhledar", kurakhovo: "kurakhove", selidovo: "selydove",
  chasov: "chasiv", dzerzhinsk: "toretsk", khmelnitsky: "khmelnytskyi", lvov: "lviv",
  // Polish spellings (Polish outlets' English pages, and Polish towns' news of the war)
  "lwów": "lviv", lwow: "lviv", "kijów": "kyiv", kijow: "kyiv", "charków": "kharkiv", charkow: "kharkiv",
  rovno: "rivne", cherkassy: "cherkasy", sebastopol: "sevastopol", moskva: "moscow",
  zelenskyy: "zelensky", zelenskiy: "zelensky", zelenskyi: "zelensky", zelenski: "zelensky",
  syrsky: "syrskyi", zaluzhnyi: "zaluzhny", zaluzhniy: "zaluzhny",
};

/** The default beat: the Russia–Ukraine war. */
export const DEFAULT_BEAT: BeatConfig = {
  name: "the Russia–Ukraine war",
  party: PARTY,
  specific: SPECIFIC,
  context: CONTEXT,
  against: AGAINST,
  variants: VARIANTS,
  minRelevance: 2,
};

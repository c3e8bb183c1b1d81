// Topic rules: each topic's hard cases (gold/LABELS.md), name variants, and the rule syntax operators configure.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../src/digest/topics.ts";
import type { TopicConfig } from "../src/types.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("default topics: pleas, lending deals, training and a leader's courtesies (forms met on eval/s)", () => {
  it("urging allies for air defence, or saying it is needed, is a plea for aid, though the body names the talks", () => {
    expect(topicOf("Foreign minister urges partners to guard Ukraine's river ports with more air defence",
      ["He told a meeting of his counterparts that the ports on the Danube needed protection from drones."])).toBe("aid");
    expect(topicOf("Analysis: why air defence tops Kyiv's wish list for the winter",
      ["Officials say the grid cannot survive another season of drone strikes without more interceptors."])).toBe("aid");
  });

  it("a deal that lends money or arms to a party is aid, though it is signed", () => {
    expect(topicOf("Portugal and Ukraine sign €400m loan deal", ["The loan will be repaid from the proceeds of frozen Russian assets."])).toBe("aid");
  });

  it("a leader's congratulations to another are diplomacy", () => {
    expect(topicOf("Zelensky congratulates Finland's new president on his election", ["He said he looked forward to working together."])).toBe("diplomacy");
  });
});

describe("default topics: hard cases", () => {
  it("the military's own words for an attack, 'delivered a strike', are not a delivery of aid", () => {
    expect(topicOf("Russian army delivers massive strike on Ukrainian arms plants and airfields",
      ["The army delivered a massive strike with long-range precision weapons on arms plants, the ministry said."])).toBe("strikes");
  });

  it("a leader's welcome abroad is a visit, though the story goes on about a warrant for his arrest", () => {
    expect(topicOf("Putin given a red-carpet welcome in Hanoi despite court warrant", ["Vietnam did not act on calls to arrest the Russian president during his visit, although a court has issued a warrant against him."])).toBe("diplomacy");
  });

  it("a place 'hit in' a city leads with the attack, not with the evacuation that follows", () => {
    expect(topicOf("Children's clinic hit in Dnipro; patients evacuated", ["A missile hit the clinic, the governor said."])).toBe("strikes");
  });

  it("a tanker is a ship, not a tank", () => {
    const { reasons } = classifyEntry({ headline: "Tanker traffic resumes through the strait", body: ["Two tankers left port at dawn."] }, DEFAULT_TOPICS);
    expect(reasons.join(" ")).not.toMatch(/rule "tank/);
    expect(classifyEntry({ headline: "Poland sends more tanks to Kyiv", body: [] }, DEFAULT_TOPICS).reasons.join(" ")).toMatch(/rule "[^"]*tanks"/);
  });

  it("the sides handing back their dead is an agreement between them, though the body says how they died", () => {
    expect(topicOf("Kiev and Moscow swap bodies of fallen soldiers", ["The remains of 80 soldiers killed in the south were handed over at the border."])).toBe("diplomacy");
  });

  it.each([
    // strikes: any remote-weapon attack, interceptions, tolls, claims about an attack
    ["strikes", "Russian drones hit power station in Odesa region, two killed"],
    ["strikes", "Air defences down 30 of 35 Shahed drones overnight, air force says"],
    ["strikes", "Kyiv cannot confirm Russia used North Korean missiles in latest attack"],
    ["strikes", "Russia attacked Kharkiv using missiles supplied by Pyongyang"],
    ["strikes", "Death toll in Dnipro apartment block rises to 40"],
    ["strikes", "Kremlin denies hitting a hospital in Kharkov"],
    ["strikes", "Ukrainian drones set oil depot ablaze in Bryansk region"],
    ["strikes", "Explosions heard in Sevastopol as Ukraine targets Black Sea Fleet"],
    // aid: to either party, packages, contracts, funding fights, pleas for air defence
    ["aid", "North Korea supplied Russia with artillery shells, Seoul says"],
    ["aid", "Germany pledges new air defence package for Ukraine"],
    ["aid", "US House delays vote on $60bn Ukraine funding bill"],
    ["aid", "Alliance signs contract for 155mm shells, partly for Ukraine"],
    ["aid", "Zelenskyy pleads for more Patriot missiles after winter barrage"],
    ["aid", "Iran delivered hundreds of drones to Moscow, report says"],
    ["aid", "Denmark to send F-16 jets to Kiev by summer"],
    ["aid", "Moscow seeking shells from other states"],
    ["aid", "Slovakia again holds up European Peace Facility payments for Kyiv's arms"],
    // diplomacy: talks, sanctions, prisoner exchanges, UN, alliance politics, visits
    // (a package of sanctions is pressure, not support: "package" alone would read as aid)
    ["diplomacy", "Brussels approves its twelfth package of sanctions on Moscow"],
    // the oil price cap is a sanction; leaving the Council of Europe is alliance politics; a call to end the fighting is a call for peace
    ["diplomacy", "Moscow says it will not sell crude to states that apply the price cap"],
    ["diplomacy", "Russia walks out of the Council of Europe"],
    ["diplomacy", "Gulf states urge both sides to end the fighting"],
    ["diplomacy", "Ukraine and Russia swap 100 prisoners of war in Emirati-brokered deal"],
    ["diplomacy", "EU agrees new sanctions package against Russia"],
    ["diplomacy", "Türkiye offers to host peace talks between Kyiv and Moscow"],
    ["diplomacy", "NATO foreign ministers meet in Brussels to discuss Sweden's accession"],
    ["diplomacy", "UN General Assembly condemns Russian annexation"],
    ["diplomacy", "Zelensky visits Washington to meet Biden"],
    // other: frontline, drills, procurement by non-parties, espionage, domestic politics, off-topic
    ["other", "Russian troops capture village near Avdiivka, defence ministry claims"],
    ["other", "Belarus begins snap military drills near Polish border"],
    ["other", "Poland buys 96 Apache helicopters for its own army"],
    ["other", "Court jails man for spying for Russia"],
    ["other", "Ukraine evacuates children from frontline towns in Donetsk"],
    ["other", "Putin signs decree on conscription of new recruits"],
    ["other", "Football club wins the league title"],
    ["other", "Russia test-fires new intercontinental missile"],
  ])("%s ← %s", (expected, headline) => {
    expect(topicOf(headline)).toBe(expected);
  });

  it("files by what the headline leads with, not by a subordinate clause", () => {
    expect(topicOf("Border towns keep schools closed as deadly strikes continue")).toBe("other");
    expect(topicOf("Missiles strike Lviv as leaders meet for peace talks")).toBe("strikes");
  });

  it.each([
    // a transfer, appeal, stock or loan predicate makes it aid even when the object is a weapon
    ["aid", "Tehran has shipped drones and artillery rounds to Russia, intelligence officials say"],
    ["aid", "Minsk handed over tank shells to Moscow, report says"],
    ["aid", "Zelensky appeals for interceptor missiles after a night of drone attacks"],
    ["aid", "Ukraine asks allies for more interceptors to protect power plants"],
    ["aid", "Ukrainian artillery units running low on shells, commander says"],
    ["aid", "Finance ministers agree $20bn loan for Ukraine backed by Russian assets"],
    // an attack predicate, or air defences in action, is strikes even with supply words around
    ["strikes", "Air defences repel overnight drone raid on Odesa"],
    ["strikes", "Video: air defences in action over Lviv as sirens sound"],
    ["strikes", "Ukraine downs 20 drones with new interceptors, air force says"],
    ["strikes", "Drone strike sets ammunition depot ablaze in Russia's Bryansk region"],
    ["strikes", "Ammunition depot ablaze after Ukrainian drone attack in Russia's Kursk region"],
    // a diplomatic act about an attack is diplomacy; an actor alone does not make it so
    ["diplomacy", "Warsaw summons Russian diplomat over missile that crossed its airspace"],
    ["aid", "G20 envoys back new aid package for Ukraine"],
  ])("predicate: %s ← %s", (expected, headline) => {
    expect(topicOf(headline)).toBe(expected);
  });

  it("says which predicate the headline leads with", () => {
    const result = classifyEntry({ headline: "Belarus shipped shells to Russia, officials say", body: [] }, DEFAULT_TOPICS);
    expect(result.topic).toBe("aid");
    expect(result.reasons).toContain('rule "shipped" leads the headline +4');
  });

  it("does not read the noun 'interceptor' as an interception", () => {
    const result = classifyEntry({ headline: "Kyiv wants interceptor missiles", body: [] }, DEFAULT_TOPICS);
    expect(result.reasons.join(" ")).not.toMatch(/"intercept(?:s|ed|ing|ion\*)?"/);
    expect(result.topic).toBe("aid");
  });

  it("uses the lead sentence when an entry has no headline", () => {
    expect(topicOf(null, ["Pyongyang has provided Moscow with ballistic missiles that were used in attacks on Ukraine, officials said.", "More details followed."])).toBe("aid");
  });

  it("halves aid when no party to the war is named up front (a NATO member buying for itself)", () => {
    const result = classifyEntry({ headline: "Estonia seeks to buy tanks from Germany", body: ["The defence council agreed to open negotiations to buy tanks for a new battalion."] }, DEFAULT_TOPICS);
    expect(result.topic).toBe("other");
    expect(result.scores.aid).toBeLessThan(result.scores.other ?? 0);
  });

  it("says which rules fired and lists runner-up topics", () => {
    const result = classifyEntry({ headline: "Ambassadors to discuss air defence after missile strikes", body: [] }, DEFAULT_TOPICS);
    expect(result.reasons[0]).toMatch(/^topic \w+: highest score/);
    expect(result.reasons.some((r) => r.startsWith('rule "'))).toBe(true);
  });

  it("discounts the National Security Council (a negative rule), keeping the UN Security Council", () => {
    const un = classifyEntry({ headline: null, body: ["The UN Security Council met on Monday to hear both sides."] }, DEFAULT_TOPICS);
    const nsc = classifyEntry({ headline: null, body: ["A National Security Council spokesman spoke to reporters on Monday."] }, DEFAULT_TOPICS);
    expect(un.topic).toBe("diplomacy");
    expect(nsc.topic).toBe("other");
  });
});

describe("rule syntax for configured topics", () => {
  const topics: TopicConfig[] = [
    { name: "frontline", title: "Frontline", rules: [{ term: "advanc*", weight: 3 }, { term: "front line", weight: 3 }, { term: "village", weight: -1 }] },
    { name: "other", title: "Other", rules: [] },
  ];
  it.each([
    ["Troops advancing near the river", "frontline"],
    ["Quiet day along the front line", "frontline"],
    ["Village fair opens", "other"],
    ["Nothing matches here", "other"],
  ])("%s → %s", (headline, expected) => {
    expect(classifyEntry({ headline, body: [] }, topics).topic).toBe(expected);
  });

  it("lets a `*` end any word of a phrase", () => {
    const topics: TopicConfig[] = [
      { name: "air", title: "Air", rules: [{ term: "air defence* engag*", weight: 3 }] },
      { name: "other", title: "Other", rules: [] },
    ];
    expect(classifyEntry({ headline: "Air defences engaged over the city", body: [] }, topics).topic).toBe("air");
    expect(classifyEntry({ headline: "Air defence engineers meet", body: [] }, topics).topic).toBe("other");
  });

  it("gives the predicate the headline leads with a bonus (weight 3 or more)", () => {
    const topics: TopicConfig[] = [
      { name: "a", title: "A", rules: [{ term: "alpha", weight: 3 }] },
      { name: "b", title: "B", rules: [{ term: "beta", weight: 3 }] },
      { name: "other", title: "Other", rules: [] },
    ];
    expect(classifyEntry({ headline: "beta and alpha", body: [] }, topics).topic).toBe("b");
    expect(classifyEntry({ headline: "alpha and beta", body: [] }, topics).topic).toBe("a");
  });

  it("breaks equal scores by topic order", () => {
    const tied: TopicConfig[] = [
      { name: "a", title: "A", rules: [{ term: "alpha", weight: 2 }] },
      { name: "b", title: "B", rules: [{ term: "beta", weight: 2 }] },
      { name: "other", title: "Other", rules: [] },
    ];
    expect(classifyEntry({ headline: "beta and alpha", body: [] }, tied).topic).toBe("a");
  });
});

describe("round 2: bare words that are mostly other things", () => {
  it.each([
    // a weather office is not a meeting; a service contract is not a supply contract
    ["other", "Met Office forecasts a heatwave for the bank holiday weekend"],
    ["other", "Lawmakers back six-month service contracts for volunteers aged 18 to 24 in Ukraine"],
    ["diplomacy", "Foreign ministers of Ukraine and Moldova met with their Baltic counterparts in Vilnius"],
    ["aid", "Arms maker signs contract to supply Ukraine with 40,000 mortar rounds"],
    // money paid to a party is financial support, even when it comes from sanctions-frozen funds
    ["aid", "Brussels disburses €1.4bn tranche to Ukraine from interest on immobilised Russian reserves"],
    ["aid", "Commission transfers fresh windfall from frozen funds to Kyiv's defence budget"],
    ["aid", "Norway pays out a further $500m to Ukraine's energy repair fund"],
  ])("%s ← %s", (expected, headline) => {
    expect(topicOf(headline)).toBe(expected);
  });
});

describe("round 3: the predicate decides, not a stray word", () => {
  it.each([
    // "sent to" names no materiel: people and prosecutions are not aid
    ["other", "Volunteer battalion fighters sent to Zaporizhzhia sector", ["Some 800 former convicts were deployed to the southern front under a new contract, Ukrainian officials said."]],
    ["diplomacy", "Estonian prosecutors charge two over radar parts sent to Russia", ["The pair are accused of breaching EU sanctions by exporting components through a firm in Armenia."]],
    // a formal protest to a government leads, whatever it protests about
    ["diplomacy", "Romania lodges protest with Moscow over missile fragments", ["Bucharest handed the Russian charge d'affaires a note after debris fell near Galati."]],
    // a grant with an amount is aid, even when a foreign minister announces it on a phone call
    ["aid", "Oslo announces $90M grant to repair Ukraine's water network", ["The money will buy pumps and pipes, Foreign Minister Lars Dahl said after a phone call with his Ukrainian counterpart."]],
    ["aid", "Zelensky thanks Norway for water grant", ["Volodymyr Zelensky said the grant would let crews buy pumps before summer."]],
    // prisoners freed or returned are a prisoner exchange's news
    ["diplomacy", "Freed prisoners include marines held since 2022", ["Among the men released on Friday were 30 marines, the human rights commissioner said."]],
    ["diplomacy", "Ukrainian soldiers return home from captivity", ["The men crossed the border by bus and were taken to hospital."]],
    // a diplomatic visit across the front line is a visit, not fighting
    ["diplomacy", "IAEA chief crosses front line to visit Kursk nuclear plant", ["The head of the UN nuclear watchdog met plant staff and inspected the cooling ponds."]],
    // a hostile act short of weapons fire is security news
    ["other", "Cyberattack takes Ukrainian railway ticketing offline", ["Ukraine's rail operator said hackers had disabled online sales for six hours."]],
  ])("%s: %s", (topic, headline, body) => {
    expect(topicOf(headline, body)).toBe(topic);
  });

  it("the verb 'grant' does not make aid of membership or citizenship", () => {
    expect(topicOf("Allies will not grant Ukraine membership this year, envoy says")).toBe("diplomacy");
    expect(topicOf("Kremlin to grant citizenship to foreign volunteers")).toBe("other");
  });

  it("a war topic that ties with the catch-all wins the tie", () => {
    const topics: TopicConfig[] = [
      { name: "aid", title: "Aid", rules: [{ term: "grant", weight: 1 }] },
      { name: "other", title: "Other", rules: [{ term: "blackouts", weight: 1 }] },
    ];
    expect(classifyEntry({ headline: "Grant arrives as blackouts ease", body: [] }, topics).topic).toBe("aid");
  });

  it("terms that fold to the same words count once ('front line' and 'front-line')", () => {
    const topics: TopicConfig[] = [
      { name: "strikes", title: "Strikes", rules: [] },
      { name: "other", title: "Other", rules: [{ term: "front line", weight: 2 }, { term: "front-line", weight: 2 }] },
    ];
    const result = classifyEntry({ headline: "Quiet on the front line", body: [] }, topics);
    expect(result.scores.other).toBe(6);
  });

  it("what follows 'over' is context: the headline leads with what comes before it", () => {
    const result = classifyEntry({ headline: "Poland summons envoy over drone debris", body: [] }, DEFAULT_TOPICS);
    expect(result.topic).toBe("diplomacy");
    expect(result.reasons.some((r) => r.includes("leads the headline"))).toBe(true);
  });
  it("nuclear weapons stationed on an ally's soil are alliance politics (diplomacy), not arms given to a party", () => {
    expect(topicOf("Tallinn says Eastern 'threats' made it take Russian nuclear arms", [
      "Moldova's government said its choice to keep Russian tactical nuclear weapons was forced on it by years of sanctions.",
    ])).toBe("diplomacy");
    expect(topicOf("Moscow says plan for nuclear weapons in Moldova stands", [
      "A Kremlin aide said criticism abroad would not change plans to place Russian tactical nuclear weapons in Moldova.",
    ])).toBe("diplomacy");
    // arms handed to a party stay aid
    expect(topicOf("Norway to send more weapons to Ukraine", ["Oslo said it would deliver air defence weapons to Kyiv."])).toBe("aid");
  });

  it("a leader saying an attack terrorises a city or kills people at home is news of the attack (strikes)", () => {
    expect(topicOf("Zelensky: 'Moscow wants to terrorise our towns'", [
      "President Volodymyr Zelensky posted a clip of a burning school in Sumy and said Russia wanted to kill people in their beds.",
      "\"Partners must answer with more sanctions,\" he added.",
    ])).toBe("strikes");
  });
  it("ground attacks repelled or fought off are frontline news (other); air defences repelling an attack are strikes", () => {
    expect(topicOf("Kyiv says it fought off Russian attacks near Vuhledar", [
      "Ukraine's army said its units had beaten back several Russian assaults near the villages of Pavlivka and Novomykhailivka.",
    ])).toBe("other");
    expect(topicOf(null, [
      "Ukrainian troops repelled more than 40 Russian attacks along the southern front over the past day, the General Staff said.",
    ])).toBe("other");
    expect(topicOf("Moscow: Russian attacks near Huliaipole repelled", [
      "Kyiv's army said its troops had held their positions and destroyed two tanks near Huliaipole.",
    ])).toBe("other");
    expect(topicOf("Russian drone attack on Lviv repelled, governor says", [
      "Air defences shot down 15 drones over the Lviv region overnight, the regional governor said.",
    ])).toBe("strikes");
    expect(topicOf("Air defences repel Russian drone attack on Odesa", [
      "Ukraine's air defences shot down 20 drones launched at Odesa overnight, the regional governor said.",
    ])).toBe("strikes");
  });
  it("a leader visiting his own troops or command posts is frontline news (other); a visit to another state is diplomacy", () => {
    expect(topicOf("Shoigu visits army headquarters in occupied Donetsk region", [
      "Russia's defence minister inspected the command posts of troops fighting near Vuhledar, his ministry said on Sunday.",
    ])).toBe("other");
    expect(topicOf("Zelensky visits soldiers on the front line near Kupiansk", [
      "The president handed out medals to soldiers holding positions east of Kupiansk, his office said.",
    ])).toBe("other");
    expect(topicOf("Italian prime minister visits Kyiv", [
      "Italy's prime minister arrived in Kyiv on a visit to meet President Volodymyr Zelensky.",
    ])).toBe("diplomacy");
  });
  it("the state of a nuclear plant (its safety, risks, mines at its fences) is security news (other); the watchdog's talks are diplomacy", () => {
    expect(topicOf("Watchdog sees 'no immediate risk' at nuclear plant as river falls", [
      "The IAEA said there was no immediate nuclear safety risk at the Rivne plant, which takes cooling water from the river.",
    ])).toBe("other");
    expect(topicOf("IAEA reports landmines by the fence of the Rivne plant", [
      "UN nuclear inspectors said they had seen anti-personnel mines laid between the two fences of the Rivne nuclear power plant.",
    ])).toBe("other");
    expect(topicOf("IAEA chief holds talks in Kyiv on protecting the Rivne plant", [
      "The head of the UN nuclear watchdog met President Volodymyr Zelensky to discuss a deal to protect the plant.",
    ])).toBe("diplomacy");
  });
});

describe("captives swapped, and a neighbour's jets on alert", () => {
  it("a swap, or a third state helping to free captives, is diplomacy", () => {
    expect(topicOf("Harbour defenders among 140 freed in surprise swap", ["The two sides swapped captives at the border on Thursday, officials said."])).toBe("diplomacy");
    expect(topicOf("Gulf state says it helped free eight foreign volunteers", ["The men had been held for months and were flown out on Wednesday."])).toBe("diplomacy");
  });

  it("a neighbour putting its jets on alert during an attack polices its own sky (other)", () => {
    expect(topicOf("Romania puts fighter jets on alert during overnight attack", ["The air force said two jets were in the air for an hour as a precaution."])).toBe("other");
  });
});

describe("a side testing its own weapon (forms met on eval/x)", () => {
  it("is security news (other), not a strike", () => {
    expect(topicOf("Russia tests new hypersonic missile over the Barents Sea", ["The defence ministry said the missile hit a target at a range in the north."])).toBe("other");
    expect(topicOf("Missile hits fuel depot in Dnipro", ["A Russian missile struck a fuel depot overnight, the governor said."])).toBe("strikes");
  });
});

describe("treaties, planted bombs, sea mines, donors' conferences and threats to the alliance (forms met on eval/z and eval/aa)", () => {
  it("a long-term security agreement between states is diplomacy, whatever support it lists", () => {
    expect(topicOf("Ten-year security accord between Latvia and Ukraine takes effect",
      ["The accord commits Latvia to training and equipment support for a decade, the two governments said."])).toBe("diplomacy");
    expect(topicOf("Norway pledges 500 million crowns of air defence for Ukraine", ["The money will buy interceptors this year."])).toBe("aid");
  });

  it("a bomb planted by hand (a car, a scooter) or an assassination is sabotage (other), not a strike", () => {
    expect(topicOf("Colonel killed by car bomb outside his home in Donetsk",
      ["Investigators said the device had been planted under the car overnight."])).toBe("other");
    expect(topicOf("Officer dies in scooter bomb blast in Moscow suburb", ["A bomb hidden in a scooter went off as he left his flat."])).toBe("other");
    expect(topicOf("Glide bomb kills two in Kharkiv", ["A Russian guided bomb struck a street in the city centre."])).toBe("strikes");
  });

  it("a sea mine drifting or cleared is naval security (other)", () => {
    expect(topicOf("Navy divers defuse drifting sea mine near Constanta beach", ["Divers towed the mine out to sea and destroyed it."])).toBe("other");
  });

  it("money pledged at a conference to rebuild a party's country is aid", () => {
    expect(topicOf("Delegates gather in Rome for the Ukraine Recovery Conference", ["Governments and companies are expected to announce new funding."])).toBe("aid");
  });

  it("ties pledged between states are diplomacy, not support given (forms met on eval/ab)", () => {
    expect(topicOf("Beijing and Moscow pledge deeper ties as leaders meet", ["The two presidents signed a joint statement promising closer cooperation."])).toBe("diplomacy");
  });

  it("a leader's threat to the alliance is diplomacy", () => {
    expect(topicOf("Kremlin leader warns NATO troops in Ukraine would mean nuclear war", ["He spoke in his annual address to parliament."])).toBe("diplomacy");
  });
});

describe("sums, vehicles and drones sent to a party (forms met on eval/ac and eval/ad)", () => {
  it("a sum for Ukraine announced on a trip is aid, not the trip's diplomacy", () => {
    expect(topicOf("Prime minister announces extra €300 million for Ukraine during Vilnius trip",
      ["The money will go to ammunition and demining equipment this year."])).toBe("aid");
  });

  it("armoured vehicles shipped to Ukraine, and drones a state is to send, are aid", () => {
    expect(topicOf("Norway to ship more armoured vehicles to Ukraine", ["The defence ministry said 40 carriers would leave in the autumn."])).toBe("aid");
    expect(topicOf("Denmark to send surveillance drones worth €80m", ["The drones will be built by a Ukrainian manufacturer."])).toBe("aid");
  });

  it("drones launched in an attack stay a strike, and a message sent to Ukrainians is no aid", () => {
    expect(topicOf("Russia sends 60 drones at Odesa overnight", ["Air defences shot down most of them, the navy said."])).toBe("strikes");
    expect(topicOf("President sends New Year message to Ukrainians", ["He praised their courage in a short video address."])).not.toBe("aid");
  });
});

describe("food donated far from the war, and leaders taking office (forms met on eval/ac and eval/ae)", () => {
  it("Ukraine's grain given to a country far from the war is humanitarian news (other), not aid to a party", () => {
    expect(topicOf("Ukrainian wheat donation reaches Somalia for drought-hit families", ["The shipment of 25,000 tonnes was unloaded in Mogadishu."])).toBe("other");
    expect(topicOf("Norway donates air defence systems to Ukraine", ["The systems will arrive before winter."])).toBe("aid");
  });

  it("a leader sworn in is domestic politics (other), whoever stays away from the ceremony", () => {
    expect(topicOf("Putin sworn in for fifth term; several Western envoys stay away", ["The ceremony was held in the Kremlin."])).toBe("other");
  });
});

describe("who fights: foreigners in a side's army, volunteers at the front (forms met on eval/ac, eval/ab and eval/ae)", () => {
  it("foreigners recruited into the Russian army, and their families' pleas, are humanitarian news (other)", () => {
    expect(topicOf("Families of Kenyans in Russian army urge government to bring them home", ["Relatives gathered outside the foreign ministry."])).toBe("other");
    expect(topicOf("Families say jobseekers were lured to Russian front", ["The men had been promised work in warehouses."])).toBe("other");
  });

  it("a volunteer killed fighting at the front is frontline news (other); volunteers killed by shelling are a strike's toll", () => {
    expect(topicOf("Chilean volunteer killed fighting for Ukraine near Toretsk", ["His unit said he died in an assault on Russian positions."])).toBe("other");
    expect(topicOf("Foreign legion says two volunteers killed near Kupiansk", ["The unit did not say how they died."])).toBe("other");
    expect(topicOf("Red Cross volunteers killed as shelling hits aid point in Kherson", ["Artillery shells struck the distribution point at noon."])).toBe("strikes");
  });
});

describe("tariffs, handovers and calls (forms met on eval/af and eval/ag)", () => {
  it("tariffs threatened over the war, on Russia or on its oil's buyers, are diplomacy (as sanctions are)", () => {
    expect(topicOf("White House gives Moscow 30 days to agree a truce or face tariffs", ["The US president said the deadline would not be extended."])).toBe("diplomacy");
    expect(topicOf("Refiners in Asia weigh secondary tariffs on Russian crude", ["Buyers of Russian oil could face duties of up to 100 percent."])).toBe("diplomacy");
  });

  it("infantry fighting vehicles for Ukraine, and an approved handover of jets to it, are aid", () => {
    expect(topicOf("Sweden confirms CV90 fighting vehicles for Ukraine", ["The first vehicles will arrive in the spring."])).toBe("aid");
    expect(topicOf("Norway's premier pleased with decision on jets", ["He said Washington had approved the handover of Norwegian F-16 jets to Ukraine."])).toBe("aid");
  });

  it("leaders talking by phone about the war is diplomacy", () => {
    expect(topicOf("", ["Vladimir Putin told Kazakhstan's president by phone that Kyiv was to blame for the collapse of the talks."])).toBe("diplomacy");
  });
});

describe("training, arrivals, vows and departures (forms met on eval/aj and eval/al)", () => {
  it("training Ukrainians, and an air-defence system's arrival, are aid", () => {
    expect(topicOf("Irish army instructors to help train Ukrainians in Cyprus", ["Forty instructors will go for six months."])).toBe("aid");
    expect(topicOf("Defence chief welcomes arrival of second NASAMS system", ["He thanked Norway and said the crews were ready."])).toBe("aid");
  });

  it("an official who quits or steps down is politics (other); a side quitting a deal is diplomacy", () => {
    expect(topicOf("Deputy transport minister quits over bridge contracts", ["The deputy minister, who oversaw road repairs, left after reports of inflated prices."])).toBe("other");
    expect(topicOf("Deputy energy minister steps down as outages spread", ["He gave no reason for leaving."])).toBe("other");
    expect(topicOf("Moscow quits the grain corridor deal", ["Russia said it would no longer guarantee safe passage for ships."])).toBe("diplomacy");
  });

  it("allies vowing to stand by Ukraine is diplomacy, even beside an attack they condemn", () => {
    expect(topicOf("Nordic leaders vow to stand with Ukraine 'for as long as it takes'", ["The five prime ministers condemned the missile attacks on cities after a call with Kyiv."])).toBe("diplomacy");
  });
});

describe("fleets, troops, sightings, assets and borders (forms met on eval/am and eval/an)", () => {
  it("the 'shadow fleet' of tankers is sanctions policy (diplomacy), not a navy", () => {
    expect(topicOf("Coast guard detains shadow fleet tanker", ["Officers boarded the old tanker, which carries Russian crude past sanctions, off the coast on Sunday."])).toBe("diplomacy");
    expect(topicOf("Black Sea Fleet moves frigates out of Sevastopol", ["Satellite images showed three frigates leaving the bay."])).toBe("other");
  });

  it("whether other states' troops go to Ukraine is diplomacy", () => {
    expect(topicOf("Madrid rules out sending soldiers to Ukraine", ["The defence minister said Spanish troops would not be deployed there under any plan."])).toBe("diplomacy");
  });

  it("drones seen over a base or an airport are security news (other), not an attack", () => {
    expect(topicOf("Police look into drone sightings over naval base", ["Officers received several reports of drones circling the harbour at night."])).toBe("other");
  });

  it("money for Ukraine from Russia's frozen assets is aid, even when a summit decides it", () => {
    expect(topicOf("Summit ends with deal on reparations loan for Kyiv", ["Leaders agreed to lend Ukraine money backed by frozen Russian assets."])).toBe("aid");
  });

  it("the border with Russia closed is security news (other); a hostage's family is not a host family", () => {
    expect(topicOf("Norway to shut border crossing with Russia at night", ["The checkpoint will close from ten in the evening, the justice ministry said."])).toBe("other");
    expect(topicOf("Hostage families meet Ukrainian envoy", ["Relatives of the captured sailors asked for help in talks on an exchange."])).toBe("diplomacy");
  });
});

describe("default topics: gas cut off and days of mourning (forms met on eval/au and eval/av)", () => {
  it("gas cut off to a country by Russia's exporter is pressure on a state (diplomacy), not supplies given", () => {
    expect(topicOf("Gazprom stops gas supplies to Estonia", ["Russia's state gas company said it had stopped deliveries, citing a breach of contract."])).toBe("diplomacy");
    expect(topicOf("Moscow cuts off gas to Finland", ["Deliveries through the pipeline stopped on Saturday morning, the grid operator said."])).toBe("diplomacy");
  });

  it("a town declaring days of mourning after an attack is the attack's aftermath (strikes)", () => {
    expect(topicOf("Zhytomyr begins three days of mourning", ["Flags were lowered across the city for the victims."])).toBe("strikes");
  });
});

describe("default topics: vigils far from the war and teasers of an attack's aftermath (forms met on eval/bj and eval/bk)", () => {
  it("a community's vigil for the war's victims is civil life (other), not the attack it remembers", () => {
    expect(topicOf("Hamilton's Ukrainian community holds candlelight vigil after missile attack",
      ["About a hundred people gathered in a park on Sunday evening to remember those killed in the war."])).toBe("other");
  });

  it("a country ending, banning or urged to stop its purchases of Russia's oil and gas is diplomacy (a sanction in all but name)", () => {
    expect(topicOf("Estonia stops buying Russian gas", ["The grid operator said the last contract had ended on Saturday."])).toBe("diplomacy");
    expect(topicOf("Canberra bans imports of Russian oil and coal", ["The ban takes effect next month, the trade minister said."])).toBe("diplomacy");
  });

  it("a trade dispute taken to the WTO is diplomacy, whatever goods it is over", () => {
    expect(topicOf("Kyiv takes three neighbours to the WTO over grain bans", ["The complaints say the import bans break the bloc's trade rules."])).toBe("diplomacy");
  });

  it("a Nobel prize, even the peace prize given to the war's rights defenders, is no diplomacy", () => {
    expect(topicOf("Peace prize goes to rights defenders in Ukraine, Russia and Belarus",
      ["The Norwegian Nobel Committee honoured a jailed activist and two rights groups for their work documenting war crimes."])).toBe("other");
  });

  it("a photo or video teaser of the damage or of people taking shelter is the attack's (strikes)", () => {
    expect(topicOf("Video: residents of Uman survey the damage")).toBe("strikes");
    expect(topicOf("Watch: Odesa residents take shelter as sirens sound")).toBe("strikes");
  });

  it("money for a party's arms is aid however it is named: 'military financing', an 'arms fund', '$2bn for Ukraine's defence'", () => {
    expect(topicOf("Secretary of State announces $2bn in military financing for Ukraine", ["The secretary of state told students in Kyiv the money would help buy weapons."])).toBe("aid");
    expect(topicOf("US Secretary of State announces $2bn for Ukraine's defence")).toBe("aid");
  });

  it("an airport shut while drones are in the air is the attack's; works that close a tram line to an airport are not", () => {
    expect(topicOf("Vnukovo airport briefly closed", ["Flights at Moscow's Vnukovo airport were halted for about an hour, news agencies reported."])).toBe("strikes");
    expect(topicOf("Tram extension to airport to close for weekend works")).not.toBe("strikes");
  });

  it("a toll that grows after an attack is the attack's, even where the report names no weapon", () => {
    expect(topicOf("Bakery toll climbs to 12", ["The collapse has now claimed twelve lives, according to the emergencies ministry."])).toBe("strikes");
  });

  it("the allies' contact group meetings on arms for Ukraine ('Ramstein format') are aid, however much they meet", () => {
    expect(topicOf("Ministers gather at NATO headquarters for Ramstein-format talks",
      ["Defence ministers from about 50 countries arrived at the alliance's headquarters for the meeting of the Ukraine Defence Contact Group."])).toBe("aid");
    expect(topicOf("Defence ministers arrive for contact group meeting; US secretary to join by video")).toBe("aid");
  });
});

describe("the watchdog's reports on a nuclear plant (forms met on eval/bz, eval/ca and eval/cc)", () => {
  it("the plant cut off from its grid or reconnected, and the mines inspectors see or do not, are security news, not diplomacy", () => {
    expect(topicOf("Watchdog: nuclear plant in the south reconnected after a night on diesel",
      ["The UN nuclear watchdog said the Russian-held plant was reconnected to its last external line on Tuesday morning."])).toBe("other");
    expect(topicOf("IAEA says occupied plant was cut off from the grid for three hours",
      ["The agency said its staff on site reported the outage shortly after midnight."])).toBe("other");
    expect(topicOf("IAEA team reports no mines on turbine hall roof",
      ["Experts were allowed onto part of the roof after weeks of requests, the agency said."])).toBe("other");
  });

  it("the watchdog's chief travelling for talks is still diplomacy", () => {
    expect(topicOf("IAEA chief Grossi arrives in Moscow for talks on the plant's safety",
      ["He is due to meet officials of the state nuclear company."])).toBe("diplomacy");
  });
});

describe("power brought back after strikes is no support given", () => {
  it("'restore full supply', 'restoring supply' and 'a steady supply of electricity' do not make aid", () => {
    expect(topicOf("Energy ministry: repairs will take days in Poltava region", [
      "Ukraine's energy ministry said repair crews would need several days to restore full supply in the Poltava region, where the overnight strikes hit two substations.",
    ])).not.toBe("aid");
    expect(topicOf("President: crews at work in every region hit", [
      "President Volodymyr Zelensky said energy workers had begun restoring supply in all regions hit during the day.",
    ])).not.toBe("aid");
    // (supplies for Ukraine's army are still aid)
    expect(topicOf("Norway to supply Ukraine with more air defence missiles", [
      "Norway will supply Ukraine with another batch of air defence missiles, its defence ministry said.",
    ])).toBe("aid");
  });
});

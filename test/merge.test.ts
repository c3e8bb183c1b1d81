// Story merging: merges that must happen (re-posts, the same event across sources) and must not (same theme only).
import { describe, expect, it } from "vitest";
import { DEFAULT_BEAT } from "../src/digest/beat-table.ts";
import { anchorsOf, mergeStories, type MergeItem } from "../src/digest/merge.ts";
import { foldNames } from "../src/digest/variants.ts";

const item = (id: string, source: string, published: string | null, headline: string, body: string, topic = "strikes"): MergeItem =>
  ({ id, source, topic, published, headline, body: [body] });

const STRIKE_A = item("a1", "Wire One", "2024-02-10T08:00:00Z", "Drones set fuel depot ablaze near Zhytomyr",
  "A swarm of drones struck a fuel depot outside Zhytomyr before dawn, starting a fire that burned for six hours, the regional governor Petro Danyliuk said. Two workers were injured.");
const STRIKE_A_REPOST = item("a2", "Wire One", "2024-02-10T14:00:00Z", "Drones set fuel depot ablaze near Zhytomyr",
  "A swarm of drones struck a fuel depot outside Zhytomyr before dawn, starting a fire that burned for six hours, regional governor Petro Danyliuk said. Two workers were hurt.");
const STRIKE_A_OTHER_SOURCE = item("b1", "Daily Two", "2024-02-10T10:30:00Z", "Fire at Zhytomyr fuel depot after overnight drone attack",
  "Governor Petro Danyliuk said a depot storing fuel near Zhytomyr caught fire after drones hit it overnight; firefighters needed six hours to put it out.");
const STRIKE_B = item("c1", "Daily Two", "2024-02-10T11:00:00Z", "Missile hits grain terminal in Izmail port",
  "A missile struck a grain terminal in the Danube port of Izmail, damaging two silos, the navy spokesman Oleh Tkachuk said. Nobody was hurt.");
const TALKS = item("d1", "Wire One", "2024-02-10T12:00:00Z", "Envoys meet in Riyadh on Zhytomyr power grid repairs",
  "Envoys met in Riyadh to discuss funding for repairs to the power grid around Zhytomyr after months of attacks.", "diplomacy");

const storyOf = (groups: string[][], id: string) => groups.findIndex((g) => g.includes(id));

describe("mergeStories: must merge", () => {
  it("a lightly reworded re-post within one source is a repeat of the earlier entry", () => {
    const result = mergeStories([STRIKE_A_REPOST, STRIKE_A]);
    expect(result.groups).toHaveLength(1);
    expect(result.repostOf.get("a2")).toBe("a1");
    expect(result.links[0]?.reason).toMatch(/near-verbatim repeat/);
  });

  it("a verbatim re-post is a repeat even hours later", () => {
    const copy = { ...STRIKE_A, id: "a3", published: "2024-02-10T20:00:00Z" };
    expect(mergeStories([STRIKE_A, copy]).repostOf.get("a3")).toBe("a1");
  });

  it("the same event told by another source joins the story, with the shared anchors as the reason", () => {
    const result = mergeStories([STRIKE_A, STRIKE_A_OTHER_SOURCE, STRIKE_B]);
    expect(storyOf(result.groups, "a1")).toBe(storyOf(result.groups, "b1"));
    expect(result.repostOf.size).toBe(0);
    expect(result.links.find((l) => l.from === "b1")?.reason).toMatch(/zhytomyr|danyliuk/);
  });

  it("a headline-only entry joins the story it names by a rare place", () => {
    const teaser: MergeItem = { id: "t1", source: "Wire One", topic: "strikes", published: "2024-02-10T09:00:00Z", headline: "Watch: Zhytomyr depot still burning after drone strike", body: [] };
    const result = mergeStories([STRIKE_A, teaser, STRIKE_B]);
    expect(storyOf(result.groups, "t1")).toBe(storyOf(result.groups, "a1"));
    expect(storyOf(result.groups, "t1")).not.toBe(storyOf(result.groups, "c1"));
  });
});

describe("mergeStories: one attack told in other words", () => {
  const places = ["kryvyi rih", "poltava", "dnipro"];
  it("a town of two words, spelt the Russian way by one source, is the place both reports lead with", () => {
    const first = item("r1", "Agency East", "2024-05-02T06:10:00Z", "Blasts reported in Krivoy Rog during alert", "Loud blasts were reported in Krivoy Rog as the alert sounded, local channels said.");
    const second = item("r2", "City Desk", "2024-05-02T08:40:00Z", "Kryvyi Rih: factory struck, four dead", "A missile struck a factory in Kryvyi Rih, killing four workers and wounding a dozen, the city's military head said.");
    const result = mergeStories([first, second].map((x) => ({ ...x, headline: foldNames(x.headline!, DEFAULT_BEAT.variants), body: x.body.map((b) => foldNames(b, DEFAULT_BEAT.variants)) })), { places });
    expect(result.groups).toHaveLength(1);
    expect(result.links[0]?.reason).toMatch(/kryvyi rih/);
  });

  it("a toll that grows through the day (12, then 19) is one attack's, told by two sources", () => {
    const early = item("t1", "Morning Wire", "2024-05-02T09:00:00Z", "At least 12 killed as missiles rain on cities overnight", "At least 12 people were killed when a wave of missiles hit several cities overnight, rescuers said, with dozens of homes damaged.");
    const later = item("t2", "Evening Paper", "2024-05-02T17:30:00Z", "Death toll from overnight missile attack on cities climbs to 19", "The number of people killed in the overnight missile attack on several cities has risen to 19, including two children, the interior minister said. Searches of apartment blocks go on.");
    const result = mergeStories([early, later], { places });
    expect(result.groups).toHaveLength(1);
    expect(result.links[0]?.reason).toMatch(/casualty toll/);
  });

  it("a capital's landmark struck ('the Moscow tower', 'Moskva-City': one name transliterated) is an attack on the capital, however told", () => {
    const fold = (x: MergeItem) => ({ ...x, headline: foldNames(x.headline!, DEFAULT_BEAT.variants), body: x.body.map((b) => foldNames(b, DEFAULT_BEAT.variants)) });
    const footage = item("m1", "Night Desk", "2024-05-02T05:10:00Z", "Watch: morning footage of the damaged Moscow tower", "Broken windows on two upper floors could be seen from the street below.");
    const mayor = item("m2", "City Wire", "2024-05-02T04:00:00Z", "Mayor: drone hits Moskva-City business district again", "A drone struck the same office block for the second time in three days, the mayor said; nobody was hurt.");
    const office = item("m3", "Evening Paper", "2024-05-02T09:30:00Z", "Drone damages Moscow office tower already hit at weekend", "Glass panels fell onto the pavement as emergency crews sealed off the area around the building.");
    const result = mergeStories([footage, mayor, office].map(fold), { places: [], capitals: ["moscow", "kyiv"] });
    expect(result.groups).toHaveLength(1);
    expect(result.links.map((l) => l.reason).join(" ")).toMatch(/an attack on moscow/);
  });

  it("two tolls led by different towns of the beat are two attacks", () => {
    const one = item("p1", "Morning Wire", "2024-05-02T09:00:00Z", "Poltava: at least 12 killed as missiles hit the city", "At least 12 people were killed when missiles hit Poltava overnight, rescuers said, with dozens of homes damaged.");
    const two = item("p2", "Evening Paper", "2024-05-02T12:30:00Z", "Dnipro: death toll from missile strike climbs to 9", "The number of people killed when missiles hit Dnipro has climbed to 9, officials said, as rescuers searched damaged homes.");
    expect(mergeStories([one, two], { places }).groups).toHaveLength(2);
  });
});

describe("mergeStories: must not merge", () => {
  it("a threat of an attack on a capital is not an attack there: it does not join the day's strike on it by the place", () => {
    const strike = item("t1", "Wire One", "2024-11-28T04:00:00Z", "Missile attack on Kyiv damages energy facility",
      "A Russian missile attack on Kyiv damaged an energy facility overnight, the mayor said.");
    const threat = item("t2", "Daily Two", "2024-11-28T15:00:00Z", "Putin warns Kyiv could be hit by new missile",
      "Russia could strike Kyiv with its new missile, Vladimir Putin said on Thursday.");
    const result = mergeStories([strike, threat], { capitals: ["kyiv", "moscow"] });
    expect(storyOf(result.groups, "t1")).not.toBe(storyOf(result.groups, "t2"));
  });

  it("a second attack on the same city that day is its own story: the city both lead with does not join them alone", () => {
    const market = item("m1", "Wire One", "2024-05-25T14:00:00Z", "Glide bombs hit crowded market in Kherson",
      "Two guided bombs struck a covered market in Kherson on Saturday afternoon, killing six shoppers, the regional governor said.");
    const second = item("m2", "Daily Two", "2024-05-25T19:00:00Z", "Second strike hits Kherson city centre, ten wounded",
      "A few hours later a missile struck a residential street in the centre of Kherson, wounding ten people, officials said.");
    const result = mergeStories([market, second]);
    expect(storyOf(result.groups, "m1")).not.toBe(storyOf(result.groups, "m2"));
  });
  it("two strikes on the same day in different places stay apart", () => {
    const result = mergeStories([STRIKE_A, STRIKE_B]);
    expect(result.groups).toHaveLength(2);
  });

  it("a different topic never joins, even with a shared place", () => {
    const result = mergeStories([STRIKE_A, TALKS]);
    expect(storyOf(result.groups, "a1")).not.toBe(storyOf(result.groups, "d1"));
  });

  it("the same wording more than 36 hours apart is only a re-post within its source, not a cross-source story", () => {
    const later = { ...STRIKE_A_OTHER_SOURCE, id: "b9", published: "2024-02-13T10:30:00Z" };
    const result = mergeStories([STRIKE_A, later]);
    expect(result.groups).toHaveLength(2);
  });
});

describe("mergeStories: determinism", () => {
  it("gives the same groups for the same input, grouped in input order", () => {
    const input = [STRIKE_B, STRIKE_A, TALKS, STRIKE_A_OTHER_SOURCE, STRIKE_A_REPOST];
    const first = mergeStories(input);
    const second = mergeStories(input);
    expect(second.groups).toEqual(first.groups);
    expect(first.groups[0]).toEqual(["c1"]);
    expect(first.groups[1]).toEqual(["a1", "b1", "a2"]);
  });
});

describe("anchorsOf", () => {
  it("does not count weapon systems: they fly in many attacks a day", () => {
    const anchors = anchorsOf("Shahed drones and Iskander missiles hit Poltava", ["Air defences downed 20 Shaheds, the air force said."]);
    expect(anchors.has("poltava")).toBe(true);
    expect([...anchors].some((a) => /shahed|iskander/.test(a))).toBe(false);
  });


  it("keeps rare names and figures, folds variants, drops sentence openers and common war words", () => {
    const anchors = anchorsOf("Strike on Kiev kills 32", ["Officials in Kharkov said the United Arab Emirates brokered it. Russia denied it."]);
    expect([...anchors]).toEqual(expect.arrayContaining(["32", "kharkiv", "uae"]));
    expect(anchors.has("kyiv")).toBe(false);
    expect(anchors.has("russia")).toBe(false);
    expect(anchors.has("officials")).toBe(false);
  });

  it("folds the Polish spellings of Ukrainian cities ('Lwów', 'Charków') with the Russian ones", () => {
    const fold = (text: string) => foldNames(text, DEFAULT_BEAT.variants);
    const anchors = anchorsOf(fold("Lwów region mourns family killed in strike"), [fold("Rescuers in Charków and the Lvov region worked through the night.")]);
    expect([...anchors]).toEqual(expect.arrayContaining(["lviv", "kharkiv"]));
    expect([...anchors].some((a) => /lw|charków|lvov/.test(a))).toBe(false);
  });
});

describe("anchors are specific", () => {
  it("drops generic capitalised words, day numbers and clock times; folds the Group of Seven to G7", () => {
    const anchors = anchorsOf("Leaders of the Group of Seven gather in Bari", [
      "The Foreign Ministry said on 14 March at 0930 GMT that a Fath-360 launcher had been seen 120 km from the border.",
    ]);
    expect([...anchors]).toEqual(expect.arrayContaining(["g7", "bari", "fath360", "120"]));
    for (const generic of ["group", "seven", "leader", "14", "0930", "ministry", "foreign ministry"]) expect(anchors.has(generic)).toBe(false);
  });

  it("keeps a name made of generic words as one phrase, a name's specific words, and a bare title as nothing", () => {
    const anchors = anchorsOf(null, ["Envoys told the Security Council that North Korea had sent shells, Chair Lucia Ferri and the Prime Minister said."]);
    expect([...anchors]).toEqual(expect.arrayContaining(["security council", "korea", "lucia", "ferri"]));
    for (const generic of ["security", "council", "north", "chair", "prime minister", "prime"]) expect(anchors.has(generic)).toBe(false);
  });
});

describe("mergeStories: weak evidence does not chain groups", () => {
  const loan = (id: string, source: string, at: string, headline: string, body: string) => item(id, source, at, headline, body, "diplomacy");
  const LOAN_A = loan("l1", "Wire One", "2024-06-12T08:00:00Z", "Finance chiefs near deal on reconstruction fund in Bari",
    "Finance chiefs meeting in Bari are close to a deal on a reconstruction fund that would lend against the interest earned on frozen reserves, negotiators said.");
  const LOAN_B: MergeItem = { ...loan("l2", "Daily Two", "2024-06-12T09:00:00Z", "Reconstruction fund deal close at Bari meeting",
    "Negotiators in Bari said the reconstruction fund deal, lending against interest earned on frozen reserves, could be sealed by the finance chiefs tonight."),
  body: [
    "Negotiators in Bari said the reconstruction fund deal, lending against interest earned on frozen reserves, could be sealed by the finance chiefs tonight.",
    "Separately, Chair Lucia Ferri said new tariffs on potash and urea fertiliser imports would be discussed later in the week.",
  ] };
  const TARIFFS = loan("t1", "Daily Two", "2024-06-12T10:00:00Z", "Trade bloc adds tariffs on fertiliser imports",
    "The trade bloc agreed tariffs on potash and urea fertiliser imports from next month, Chair Lucia Ferri told reporters.");
  // With these thresholds the tariff entry is close enough to the loan report that mentions tariffs (one shared detail:
  // a full name is one detail), not to the loan story.
  const options = { anchorsCosine: 0.2, anchorCosine: 0.05 };

  it("an entry that shares a side remark with one member stays out when the group as a whole disagrees", () => {
    const result = mergeStories([LOAN_A, LOAN_B, TARIFFS], options);
    expect(storyOf(result.groups, "l1")).toBe(storyOf(result.groups, "l2"));
    expect(storyOf(result.groups, "t1")).not.toBe(storyOf(result.groups, "l1"));
  });

  it("the same evidence still joins two single entries (nothing to chain)", () => {
    const result = mergeStories([LOAN_B, TARIFFS], options);
    expect(result.groups).toHaveLength(1);
    expect(result.links[0]?.reason).toMatch(/ferri, lucia/);
  });
});

describe("mergeStories: an attack and the diplomatic reaction to it", () => {
  const INCURSION = item("s1", "Wire One", "2024-03-31T08:00:00Z", "Russian cruise missile crosses into Moldovan airspace near Ocnita",
    "A Russian cruise missile fired at western Ukraine flew over Moldova near the town of Ocnita for three minutes before turning back, the Moldovan defence ministry said.");
  const PROTEST = item("p1", "Daily Two", "2024-03-31T10:00:00Z", "Moldova summons Russian ambassador over missile that crossed near Ocnita",
    "Moldova's foreign ministry summoned the Russian ambassador after a Russian cruise missile aimed at western Ukraine crossed Moldovan airspace near Ocnita.", "diplomacy");

  it("join across topics on strong evidence: high cosine, several specific anchors, close in time", () => {
    const result = mergeStories([INCURSION, PROTEST]);
    expect(result.groups).toHaveLength(1);
    expect(result.links[0]?.reason).toMatch(/across topics strikes\/diplomacy/);
  });

  it("stay apart across topics when far apart in time or only loosely similar", () => {
    expect(mergeStories([INCURSION, { ...PROTEST, published: "2024-04-01T06:00:00Z" }]).groups).toHaveLength(2);
    expect(mergeStories([INCURSION, PROTEST], { crossCosine: 0.9 }).groups).toHaveLength(2);
  });
});

describe("mergeStories: re-posts are per source key", () => {
  it("a verbatim copy from another source is the same story, not a re-post", () => {
    const copy = { ...STRIKE_A, id: "x9", source: "Daily Two" };
    const result = mergeStories([STRIKE_A, copy]);
    expect(result.groups).toHaveLength(1);
    expect(result.repostOf.size).toBe(0);
  });
});

describe("round 2: platforms and media are not event details", () => {
  it("Telegram, X, Facebook, video and statements are not anchors", () => {
    const anchors = anchorsOf("Governor shares Video on Telegram", [
      "In a Statement posted on Telegram and on X, and in a Facebook Video, Governor Ivan Sobko said the Brovary depot burned.",
    ]);
    for (const media of ["telegram", "facebook", "video", "statement"]) expect(anchors.has(media)).toBe(false);
    expect(anchors.has("brovary")).toBe(true);
    expect(anchors.has("sobko")).toBe(true);
  });
});

describe("round 2: one shared anchor is thin when the two lead with different details", () => {
  // Two events of one topic; the round-up on the port attack names the refinery town only in its last paragraph.
  const PORT = item("p1", "Wire One", "2024-05-02T07:00:00Z", "Drones hit bulk carrier at Chornomorsk terminal",
    "Drones struck a bulk carrier loading maize at the Chornomorsk terminal, injuring a deckhand, the port authority said.");
  PORT.body.push("Separately, a fire was reported overnight at a fuel plant in Syzran.");
  const PLANT = item("r1", "Daily Two", "2024-05-02T09:00:00Z", "Fuel plant in Syzran burns after overnight drone raid",
    "A fire broke out at a fuel plant in Syzran after a drone raid, the regional governor said, and crews fought it for hours.");
  const PLANT_FOLLOW_UP = item("r2", "Wire One", "2024-05-02T11:00:00Z", "Syzran fuel plant fire put out, governor says",
    "Crews in Syzran put out the fire at the fuel plant by midday, the governor said, adding that nobody had been hurt.");
  // Cosines here are modest; these thresholds make the one-anchor rule decide (text alone never joins).
  const options = { anchorCosine: 0.01, storyCosine: 0.95 };

  it("the port round-up stays apart from the refinery story: its lead names a place the other never mentions", () => {
    const result = mergeStories([PORT, PLANT], options);
    expect(result.groups).toHaveLength(2);
  });

  it("two reports that both lead with the shared place still join on it", () => {
    const result = mergeStories([PLANT, PLANT_FOLLOW_UP], options);
    expect(result.groups).toHaveLength(1);
    expect(result.links[0]?.reason).toMatch(/syzran/);
  });
});

describe("round 2: a teaser joins the story it shows", () => {
  const teaser = (id: string, headline: string, topic = "other"): MergeItem =>
    ({ id, source: "Wire One", topic, published: "2024-05-02T10:00:00Z", headline, body: [], teaser: true });
  const STRIKE = item("k1", "Daily Two", "2024-05-02T08:00:00Z", "Three hurt as drone debris falls on Kyiv school",
    "Debris from a downed drone fell on a school in Kyiv's Obolon district overnight, injuring three caretakers, the city administration said.");
  const AID = item("k2", "Daily Two", "2024-05-02T09:00:00Z", "Latvia sends generators to Kyiv region hospitals",
    "Latvia delivered 40 generators to hospitals in the Kyiv region to keep wards running during power cuts, its embassy said.", "aid");
  const PLANT = item("r1", "Daily Two", "2024-05-02T09:00:00Z", "Fuel plant in Syzran burns after overnight drone raid",
    "A fire broke out at a fuel plant in Syzran after a drone raid, the regional governor said, and crews fought it for hours.");

  it("by a specific place it shares with the story, never by a capital alone", () => {
    const result = mergeStories([STRIKE, AID, PLANT, teaser("w1", "Watch: Caretakers clear debris from a Kyiv school after drone attack", "strikes"), teaser("w2", "Watch: Smoke over Syzran", "strikes")]);
    expect(result.groups.find((g) => g.includes("w1"))).toEqual(["w1"]);
    expect(storyOf(result.groups, "w2")).toBe(storyOf(result.groups, "r1"));
    expect(storyOf(result.groups, "k2")).not.toBe(storyOf(result.groups, "k1"));
    expect(result.links.find((l) => l.from === "w2")?.kind).toBe("teaser");
  });

  it("never bridges two stories, and stays alone when it names no story's place", () => {
    const result = mergeStories([STRIKE, AID, teaser("w1", "Watch: Kyiv after the night"), teaser("w3", "Watch: Sunset over Lake Garda")]);
    expect(result.groups).toHaveLength(4);
    expect(storyOf(result.groups, "k1")).not.toBe(storyOf(result.groups, "k2"));
    expect(result.groups.find((g) => g.includes("w3"))).toEqual(["w3"]);
  });
});

describe("a caption of what an attack left shows that attack", () => {
  it("'Photos: the morning after in X' joins the strike on X, however many reports name X, and not the aid for X", () => {
    const report = (id: string, source: string, hour: string, headline: string, body: string, topic = "strikes") =>
      item(id, source, `2023-02-07T${hour}:00:00Z`, headline, body, topic);
    const entries: MergeItem[] = [
      report("s1", "Wire One", "05", "Missile strike on Zaporizhzhia kills one", "A Russian missile hit a residential street in Zaporizhzhia before dawn, killing one man and injuring four, the city council said."),
      report("s2", "Daily Two", "07", "Missile strike on Zaporizhzhia street: toll rises to two", "A second man has died after a Russian missile hit a residential street in Zaporizhzhia before dawn, the city council said."),
      report("a1", "Daily Two", "10", "Zaporizhzhia hospitals get Danish generators", "Denmark delivered 30 generators to hospitals in Zaporizhzhia to keep wards running through power cuts, its embassy said.", "aid"),
      { id: "t1", source: "Wire One", topic: "other", published: "2023-02-07T11:10:00Z", headline: "Photos: the morning after in Zaporizhzhia", body: [], teaser: true },
    ];
    const result = mergeStories(entries);
    expect(storyOf(result.groups, "t1")).toBe(storyOf(result.groups, "s1"));
    expect(storyOf(result.groups, "a1")).not.toBe(storyOf(result.groups, "s1"));
  });
});

describe("round 2: which of two near-simultaneous repeats is the original", () => {
  it("within a few minutes, page order decides (the page's top entry is the one it features)", () => {
    const lead = { ...STRIKE_A, id: "top", published: "2024-02-10T08:05:00Z", headline: null };
    const later = { ...STRIKE_A, id: "below", published: "2024-02-10T08:00:00Z" };
    expect(mergeStories([lead, later]).repostOf.get("below")).toBe("top");
    // hours apart, time decides
    const old = { ...STRIKE_A, id: "old", published: "2024-02-10T03:00:00Z" };
    expect(mergeStories([lead, old]).repostOf.get("top")).toBe("old");
  });
});

describe("one of a numbered series (forms met on eval/x)", () => {
  it("'the ninth sanctions package' is one package however its adoption is told; the tenth is another", () => {
    const first = item("s1", "Wire One", "2024-02-10T09:00:00Z", "Council signs off eleventh sanctions package after late-night talks",
      "Member states approved an eleventh sanctions package against Russia after two holdouts dropped their objections.", "diplomacy");
    const second = item("s2", "Daily Two", "2024-02-10T11:30:00Z", "Bloc seals 11th sanctions package",
      "The bloc's 11th set of sanctions on Moscow entered into force after its publication in the official journal.", "diplomacy");
    const other = item("s3", "Daily Two", "2024-02-10T12:00:00Z", "Ministers start work on twelfth sanctions package",
      "Diplomats began drafting a twelfth package of sanctions that would target shipping.", "diplomacy");
    expect(anchorsOf(first.headline, first.body)).toContain("11th package");
    const { groups } = mergeStories([first, second, other]);
    expect(storyOf(groups, "s1")).toBe(storyOf(groups, "s2"));
    expect(storyOf(groups, "s3")).not.toBe(storyOf(groups, "s1"));
  });
});

describe("what followed the day's barrage (forms met on eval/w and eval/x)", () => {
  const barrage = [
    item("b1", "Wire One", "2024-02-10T05:00:00Z", "Russia fires dozens of missiles at Ukraine in massive overnight attack",
      "Explosions were heard in Kyiv, Lviv and Kharkiv as a nationwide barrage targeted energy facilities, officials said."),
    item("b2", "Daily Two", "2024-02-10T06:10:00Z", "Massive missile attack across Ukraine knocks out power in several regions",
      "The energy ministry said power plants in five regions were damaged in the barrage."),
    item("b3", "Radio Three", "2024-02-10T07:30:00Z", "Air force says 60 of 70 missiles shot down in nationwide barrage",
      "The air force said most of the missiles fired at Ukraine overnight were intercepted."),
  ];
  const capitals = ["kyiv", "moscow"];
  const metro = item("m1", "Radio Three", "2024-02-10T09:00:00Z", "Kyiv metro stations fill with families as power fails",
    "Trains stopped running after the strikes and people slept on the platforms, the city's mayor said.");

  it("an entry telling what followed 'the strikes', naming no other place, joins the day's barrage", () => {
    const { groups } = mergeStories([...barrage, metro], { capitals });
    expect(storyOf(groups, "m1")).toBe(storyOf(groups, "b1"));
  });

  it("so do two reports of what followed 'the overnight strikes', grouped with each other first", () => {
    const cuts = item("c1", "Daily Two", "2024-02-10T08:00:00Z", "Grid operator orders emergency power cuts in several regions",
      "The grid operator ordered emergency power cuts in several regions after the overnight strikes damaged substations.");
    const again = item("c2", "Daily Two", "2024-02-10T08:40:00Z", "Emergency power cuts ordered in several regions, grid operator says",
      "The grid operator ordered emergency power cuts in several regions after the overnight strikes damaged substations and lines.");
    const { groups } = mergeStories([...barrage, cuts, again], { capitals });
    expect(storyOf(groups, "c1")).toBe(storyOf(groups, "b1"));
    expect(storyOf(groups, "c2")).toBe(storyOf(groups, "b1"));
  });

  it("what followed 'the day's strikes', and a count of homes left without power that names no place, join the barrage (forms met on eval/at)", () => {
    const households = item("h1", "Wire One", "2024-02-10T20:45:00Z", "",
      "More than a million households in central Ukraine were still without electricity late on Saturday after the day's strikes, the energy ministry said.");
    const outages = item("o1", "Daily Two", "2024-02-10T20:10:00Z", "Outages pass one million as crews work through the night",
      "More than a million customers in central and eastern Ukraine have no power, the grid operator said, as repair teams reconnect hospitals first.");
    const { groups } = mergeStories([...barrage, households, outages], { capitals });
    expect(storyOf(groups, "h1")).toBe(storyOf(groups, "b1"));
    expect(storyOf(groups, "o1")).toBe(storyOf(groups, "b1"));
  });

  it("a leader's threat told by several outlets that day does not hide the barrage from what followed it", () => {
    const threats = [
      item("t1", "Wire One", "2024-02-10T10:00:00Z", "Putin threatens Kyiv with new missile", "Vladimir Putin said in Minsk that Russian forces could strike government buildings in Kyiv with a new missile."),
      item("t2", "Daily Two", "2024-02-10T11:00:00Z", "Putin warns Kyiv could be hit by new weapon", "The Russian leader said his military could use its newest missile against Kyiv."),
    ];
    const outages = item("o1", "Daily Two", "2024-02-10T20:10:00Z", "Outages pass one million as crews work through the night",
      "More than a million customers in central and eastern Ukraine have no power, the grid operator said, as repair teams reconnect hospitals first.");
    const { groups } = mergeStories([...barrage, ...threats, outages], { capitals });
    expect(storyOf(groups, "t1")).toBe(storyOf(groups, "t2"));
    expect(storyOf(groups, "o1")).toBe(storyOf(groups, "b1"));
  });

  it("an outage report that names a town of its own stays apart from the barrage", () => {
    const local = item("l1", "Daily Two", "2024-02-10T13:00:00Z", "Blackouts in Okhtyrka after substation fire",
      "Much of Okhtyrka has been without power since a fire broke out at a substation on Saturday morning, the town council said.");
    const { groups } = mergeStories([...barrage, local], { capitals });
    expect(storyOf(groups, "l1")).not.toBe(storyOf(groups, "b1"));
  });

  it("one naming a town of its own, or on a day with no barrage, stays apart", () => {
    const town = item("t1", "Radio Three", "2024-02-10T09:30:00Z", "Kherson market reopens after the shelling",
      "Traders in Kherson returned to the central market after the shelling of last week, the regional governor said.");
    const withBarrage = mergeStories([...barrage, town], { capitals }).groups;
    expect(storyOf(withBarrage, "t1")).not.toBe(storyOf(withBarrage, "b1"));
    const alone = mergeStories([barrage[0]!, metro], { capitals }).groups;
    expect(storyOf(alone, "m1")).not.toBe(storyOf(alone, "b1"));
  });
});

describe("a leader's threat (forms met on eval/at)", () => {
  it("two reports of one leader's threat are one story however differently worded; another leader's threat is another", () => {
    const one = item("p1", "Wire One", "2024-02-10T14:00:00Z", "Putin threatens Kyiv 'command centres' with new missile",
      "Speaking at a security summit in Minsk, Vladimir Putin said his forces could strike command centres in Kyiv with the new missile.");
    const two = item("p2", "Daily Two", "2024-02-10T16:00:00Z", "Putin warns Kyiv could be hit by hypersonic weapon",
      "The Russian leader said on Saturday his military could use its newest intermediate-range weapon against government buildings in Kyiv.");
    const other = item("p3", "Daily Two", "2024-02-10T17:00:00Z", "Lukashenko threatens to deploy troops on the border",
      "Belarus's leader said his army could move units to the southern frontier within days if provoked.");
    const { groups, links } = mergeStories([one, two, other], { capitals: ["kyiv", "moscow"] });
    expect(storyOf(groups, "p1")).toBe(storyOf(groups, "p2"));
    expect(storyOf(groups, "p3")).not.toBe(storyOf(groups, "p1"));
    expect(links.find((l) => l.from === "p2")?.reason).toContain("a threat");
  });
});

describe("the fight for a place (forms met on eval/as)", () => {
  it("a claim to control a town and the other side's word that it still holds it are one story", () => {
    const claim = item("f1", "Wire One", "2024-02-10T09:00:00Z", "Mercenary chief says his men control most of Vuhledar",
      "The head of a private army said on Saturday that his fighters now control most of the mining town of Vuhledar.", "other");
    const denial = item("f2", "Daily Two", "2024-02-10T13:00:00Z", "Kyiv says its soldiers still hold Vuhledar",
      "Ukraine's general staff said its units were still holding their ground inside Vuhledar and called the claim false.", "other");
    const { groups, links } = mergeStories([claim, denial]);
    expect(storyOf(groups, "f1")).toBe(storyOf(groups, "f2"));
    expect(links[0]?.reason).toContain("the fight for a place");
  });

  it("a village claimed 'near' a town is another place than the town's own fighting", () => {
    const village = item("v1", "Wire One", "2024-02-10T09:00:00Z", "Russia claims two villages near Vuhledar",
      "Russia's defence ministry said its troops had taken two small villages near Vuhledar after days of assaults.", "other");
    const town = item("v2", "Daily Two", "2024-02-10T13:00:00Z", "Fierce fighting around Vuhledar, army says",
      "Ukraine's army said Russian assaults on the approaches to Vuhledar had intensified, with more than forty attacks repelled.", "other");
    const { groups } = mergeStories([village, town]);
    expect(storyOf(groups, "v1")).not.toBe(storyOf(groups, "v2"));
  });
});

describe("a shortened repeat (form met on eval/ax)", () => {
  const first = item("r1", "Wire One", "2024-02-10T12:10:00Z", "Missiles hit Kharkiv printing works, three killed",
    "Russian missiles struck a large printing house in Kharkiv on Saturday afternoon, killing at least three people and injuring more than a dozen, the mayor said. " +
    "Firefighters were still working to put out the blaze in the main hall when night fell, and rescuers searched the rubble for more victims.");
  it("a source's later post that cuts its earlier one down (a paragraph dropped, a word changed) is a re-post of it", () => {
    const cut = item("r2", "Wire One", "2024-02-10T13:40:00Z", "Missiles hit Kharkiv printing plant, three killed",
      "Russian missiles struck a large printing house in Kharkiv on Saturday afternoon, killing at least three people and injuring more than ten, the mayor said.");
    const { repostOf } = mergeStories([first, cut]);
    expect(repostOf.get("r2")).toBe("r1");
  });

  it("a later post that repeats the earlier text and adds to it is news, not a re-post", () => {
    const more = item("r3", "Wire One", "2024-02-10T18:40:00Z", "Kharkiv printing works toll rises to seven",
      "Russian missiles struck a large printing house in Kharkiv on Saturday afternoon, killing at least three people and injuring more than a dozen, the mayor said. " +
      "Firefighters were still working to put out the blaze in the main hall when night fell, and rescuers searched the rubble for more victims. " +
      "By the evening the regional governor said four more bodies had been found, bringing the toll to seven, and that two of the injured were in a critical condition.");
    const { repostOf, groups } = mergeStories([first, more]);
    expect(repostOf.has("r3")).toBe(false);
    expect(storyOf(groups, "r3")).toBe(storyOf(groups, "r1"));
  });
});

describe("one place in several spellings (forms met on eval/ba and eval/bb)", () => {
  it("a French, German or Russian spelling of a town joins the reports in Ukrainian spelling", () => {
    const items = [
      item("f1", "Paris Desk", "2024-03-09T06:00:00Z", "Drone hits apartment block in Soumy overnight",
        "A Russian drone struck a five-storey residential building in the north-eastern city of Soumy during the night, killing one person."),
      item("u1", "Kyiv Wire", "2024-03-09T18:00:00Z", "Sumy drone strike: five dead, including a teenager",
        "The number of people killed by the Russian drone that hit an apartment building in Sumy has risen to five, the governor said."),
      item("r1", "Moscow Watch", "2024-03-10T09:00:00Z", "Glide bombs hit Mirnograd market",
        "Russian glide bombs struck the central market of Mirnograd, killing three traders, local officials said."),
      item("u2", "Kyiv Wire", "2024-03-10T12:00:00Z", "Myrnohrad market toll rises to four",
        "A fourth trader has died after glide bombs hit the market in Myrnohrad, the regional governor said."),
      item("r2", "Moscow Watch", "2024-03-11T07:00:00Z", "Kremenchug mall fire: 18 dead",
        "Eighteen people died when a missile set a shopping centre in Kremenchug ablaze, rescuers said."),
      item("u3", "Kyiv Wire", "2024-03-11T09:00:00Z", "Kremenchuk toll reaches 20",
        "Twenty people are now known to have died in the missile strike on the Kremenchuk shopping centre, officials said."),
    ];
    const { groups } = mergeStories(items);
    expect(storyOf(groups, "f1")).toBe(storyOf(groups, "u1"));
    expect(storyOf(groups, "r1")).toBe(storyOf(groups, "u2"));
    expect(storyOf(groups, "f1")).not.toBe(storyOf(groups, "r1"));
    expect(storyOf(groups, "r2")).toBe(storyOf(groups, "u3"));
  });

  it("French 'tch' and Czech 'č' spell the same town ('Boutcha', 'Buča', 'Bucha')", async () => {
    const { nameKey } = await import("../src/digest/anchors.ts");
    expect(new Set(["bucha", "boutcha", "butcha", "buča"].map(nameKey)).size).toBe(1);
    expect(nameKey("tchernihiv")).toBe(nameKey("chernihiv"));
  });

  it("two towns' attacks in one region stay apart: the region both name, and a toll of two, tie nothing", () => {
    const { groups } = mergeStories([
      item("k", "Orton Daily", "2024-01-06T14:45:00Z", "Kurakhove shelled, two killed",
        "Two civilians were killed by Russian shelling in Kurakhove, west of Donetsk city, the regional prosecutor's office said."),
      item("p", "Swale Observer", "2024-01-06T10:00:00Z", "Missile strike on Pokrovsk: at least two killed",
        "At least two people were killed after Russian missiles hit a residential area of Pokrovsk in the Donetsk region, officials reported."),
    ], { places: ["donetsk", "pokrovsk", "kurakhove"] });
    expect(storyOf(groups, "k")).not.toBe(storyOf(groups, "p"));
  });
});

describe("mergeStories: a day's separate incidents that share a place or a kind", () => {
  const BARRAGE = item("bar", "Kyiv Wire", "2025-03-04T05:30:00Z", "Russia launches massive missile and drone attack across Ukraine",
    "Russia fired dozens of missiles and more than a hundred drones at cities across Ukraine overnight, striking energy sites in several regions, the air force said.");

  it("a city's attack and shelling of a town in the region named after it stay apart", () => {
    const { groups } = mergeStories([
      item("city", "Tarn Herald", "2025-03-04T08:00:00Z", "Glide bomb hits Kharkiv print works, three dead",
        "Three workers were killed when a Russian glide bomb hit a printing works in Kharkiv on Tuesday morning, the mayor said."),
      item("region", "Vell Gazette", "2025-03-04T12:00:00Z", "Two hurt as shelling hits Zolochiv in the Kharkiv region",
        "Russian artillery shelled Zolochiv in the Kharkiv region overnight, wounding two pensioners, the regional governor said."),
    ], { places: ["kharkiv"] });
    expect(storyOf(groups, "city")).not.toBe(storyOf(groups, "region"));
  });

  it("Russia's count of Ukrainian drones downed is not the tally of Russia's barrage on Ukraine", () => {
    const { groups } = mergeStories([
      BARRAGE,
      item("tally", "Kyiv Wire", "2025-03-04T07:00:00Z", "Air force: 58 of 70 missiles shot down",
        "Ukraine's air force said 58 of 70 missiles and most of the drones launched overnight had been shot down."),
      item("theirs", "Moscow Watch", "2025-03-04T09:00:00Z", "Russia says 41 Ukrainian drones downed over border regions",
        "Russia's defence ministry said its air defences had destroyed 41 Ukrainian drones over the Bryansk and Kursk regions overnight."),
    ], { places: ["bryansk", "kursk"] });
    expect(storyOf(groups, "tally")).toBe(storyOf(groups, "bar"));
    expect(storyOf(groups, "theirs")).not.toBe(storyOf(groups, "bar"));
  });

  it("a missile that strays into a neighbouring country is an incident of its own, not part of the barrage", () => {
    const { groups } = mergeStories([
      item("bar2", "Kyiv Wire", "2025-03-04T05:30:00Z", "Russia launches massive missile and drone attack across Ukraine",
        "Russia fired dozens of missiles and more than a hundred drones at cities across Ukraine overnight, the air force said, and Moldova closed part of its airspace."),
      item("abroad", "Vell Gazette", "2025-03-04T10:00:00Z", "Drone debris falls in Moldova, damaging a barn",
        "Fragments of a drone crashed in Moldova near the border village of Larga during the night's attack, damaging a barn, officials in Chisinau said."),
    ]);
    expect(storyOf(groups, "abroad")).not.toBe(storyOf(groups, "bar2"));
  });

  it("a reaction opening with its own country's name does not join that country's other news", () => {
    const { groups } = mergeStories([
      item("react", "Tarn Herald", "2025-03-04T11:00:00Z", "Latvia's president condemns the killings in Sumy",
        "Latvia's president condemned the killing of civilians in Sumy and called for a tribunal, in a statement on Tuesday.", "diplomacy"),
      item("own", "Tarn Herald", "2025-03-04T13:00:00Z", "Latvia's foreign minister says Riga will expel two Russian diplomats",
        "Latvia's foreign minister said on Tuesday that Riga would expel two Russian diplomats accused of spying, the ministry said in a statement.", "diplomacy"),
    ]);
    expect(storyOf(groups, "react")).not.toBe(storyOf(groups, "own"));
  });

  it("an attack on a village near a city is not the city's attack, however both name the city", () => {
    const { groups } = mergeStories([
      item("city", "Marl Post", "2023-05-04T20:10:00Z", "Shelling toll in Kherson rises to 24",
        "An artillery and rocket attack on the southern city of Kherson on Wednesday has now killed 24 people, officials said late on Thursday."),
      item("village", "Fenn Review", "2023-05-04T12:10:00Z", "One killed as shells hit village near Kherson",
        "A 58-year-old man was killed when Russian shells hit Antonivka, a village on the edge of Kherson, on Thursday morning, officials said."),
    ], { places: ["kherson"] });
    expect(storyOf(groups, "village")).not.toBe(storyOf(groups, "city"));
  });

  it("a city named only as a bearing or landmark ('west of Kherson') is not the place an attack there leads with", () => {
    const { groups } = mergeStories([
      item("city", "Marl Post", "2023-05-04T09:00:00Z", "Kherson shelled overnight, three wounded",
        "Russian forces shelled Kherson overnight, wounding three people and damaging a school, the regional governor said."),
      item("west", "Fenn Review", "2023-05-04T11:00:00Z", "Drone hits farm west of Kherson",
        "A Russian drone hit a farm building west of Kherson on Thursday morning, setting a barn on fire, local officials said."),
    ], { places: ["kherson"] });
    expect(storyOf(groups, "west")).not.toBe(storyOf(groups, "city"));
  });
});

describe("a plant named after its city is a place of its own", () => {
  it("reads 'the Zaporizhzhia nuclear plant', 'the Zaporizhzhia plant' and 'Zaporozhye NPP' as the plant, not the city", () => {
    expect([...anchorsOf("Shells land near the Zaporizhzhia nuclear plant", [])]).toEqual(["zaporizhzhia plant"]);
    expect([...anchorsOf(null, ["Inspectors toured the Zaporizhzhia plant on Monday."])]).toEqual(["zaporizhzhia plant"]);
    expect([...anchorsOf(null, ["Engineers at the Zaporozhye NPP restarted a pump."])]).toEqual(["zaporozhye plant"]);
    // (a thermal or hydroelectric plant is hit in the barrage its city's reports tell of: the city stays the detail)
    expect([...anchorsOf(null, ["Missiles hit the Dnipro hydroelectric plant."])]).toEqual(["dnipro"]);
  });

  it("a rocket strike on the city and shelling at the plant, both naming Zaporizhzhia, are two stories", () => {
    const city = item("z1", "Wire One", "2022-08-26T09:00:00Z", "Rockets hit flats in Zaporizhzhia, two dead",
      "Russian rockets struck two apartment blocks in Zaporizhzhia overnight, killing two residents, the regional governor said.");
    const plant = item("z2", "Wire Three", "2022-08-26T11:00:00Z", "Shelling near Zaporizhzhia nuclear plant",
      "Russian shelling hit the area around the Zaporizhzhia nuclear plant overnight, the operator said.");
    const again = item("z3", "Daily Two", "2022-08-26T16:30:00Z", "Shells land by the nuclear plant again",
      "More shells landed near the Zaporizhzhia plant in the afternoon, damaging a pumping station, the operator said.");
    const result = mergeStories([city, plant, again]);
    expect(storyOf(result.groups, "z1")).not.toBe(storyOf(result.groups, "z2"));
    expect(storyOf(result.groups, "z1")).not.toBe(storyOf(result.groups, "z3"));
  });
});

describe("arms handed over are no attack", () => {
  it("a pledge of missiles to an ally does not join the day's barrage fired from that ally's land", () => {
    const barrage = item("b1", "Wire One", "2022-06-25T06:00:00Z", "Dozens of missiles fired at Ukraine from Belarus",
      "Russia fired a barrage of more than 40 missiles at northern and western Ukraine from Belarusian airspace before dawn, hitting military sites in the Chernihiv and Zhytomyr regions, the air force said.");
    const pledge = item("p1", "Daily Two", "2022-06-25T12:00:00Z", "Putin promises Belarus nuclear-capable missiles",
      "Vladimir Putin told Alexander Lukashenko at talks in St Petersburg that Russia would supply Belarus with missile systems able to carry nuclear warheads within months.");
    const result = mergeStories([barrage, pledge]);
    expect(storyOf(result.groups, "b1")).not.toBe(storyOf(result.groups, "p1"));
  });
});

describe("German spellings of Ukraine's places", () => {
  it("key 'Charkiw', 'Cherson', 'Tschernihiw' and 'Lwiw' as Kharkiv, Kherson, Chernihiv and Lviv", async () => {
    const { nameKey } = await import("../src/digest/anchors.ts");
    for (const [german, english] of [["charkiw", "kharkiv"], ["cherson", "kherson"], ["tschernihiw", "chernihiv"], ["lwiw", "lviv"]]) {
      expect(nameKey(german!)).toBe(nameKey(english!));
    }
    // (and no two of the places fold together)
    expect(new Set(["kharkiv", "kherson", "chernihiv", "chernivtsi", "lviv"].map(nameKey)).size).toBe(5);
  });
});

describe("a day of remembrance told by several outlets", () => {
  it("joins reports leading with the same commemoration ('marks 90 years since', 'remembers'), not another one", () => {
    const a = item("h1", "Wire One", "2022-11-26T09:00:00Z", "Ukraine marks 90 years since the Holodomor famine",
      "Ukrainians lit candles in windows on Saturday to mark 90 years since the Holodomor, the famine engineered by Stalin's government.", "other");
    const b = item("h2", "Daily Two", "2022-11-26T15:00:00Z", "Ukraine remembers Holodomor victims",
      "Leaders from Poland and the Baltic states joined a ceremony in Kyiv in memory of the millions who died in the Holodomor.", "other");
    const c = item("h3", "Daily Two", "2022-11-26T12:00:00Z", "Bucha remembers its dead with a new memorial",
      "Residents of Bucha unveiled a memorial wall with the names of those killed during the occupation in March.", "other");
    const result = mergeStories([a, b, c]);
    expect(storyOf(result.groups, "h1")).toBe(storyOf(result.groups, "h2"));
    expect(storyOf(result.groups, "h1")).not.toBe(storyOf(result.groups, "h3"));
  });
});

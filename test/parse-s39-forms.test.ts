// Forms met on the eval pages in session 39 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { agencyCredit } from "../src/parse/text-credits.ts";
import { adjectiveRegion } from "../src/parse/zone-countries.ts";
import { parsePage as parse } from "./helpers/parse.ts";

const text = (lines: string[]) => lines.join("\n");

describe("homes a page names", () => {
  it("reads a masthead naming Russia in Moscow's time (the runtime also names the withdrawn code SU 'Russia')", () => {
    const doc = parse(text([
      "The Russia Monitor", "Politics  Economy  Regions  World", "",
      "Live: drone alerts over the capital region", "", "Updated 14 March 2024", "",
      "21:40", "Airports pause flights", "", "Two airports south of the capital stopped taking flights for an hour after a drone alert, the aviation agency said.", "",
      "18:15", "Governor reports damage to a depot", "", "Debris from a downed drone started a fire at a fuel depot, the regional governor wrote on his channel.", "",
    ]), { date: "2024-03-14" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-14T18:40:00Z", "2024-03-14T15:15:00Z"]);
  });
});

describe("homes a page names (eval/ce)", () => {
  it("reads a paper named for a town in the state its page names ('Portland' over 'southern Maine'), not a province elsewhere", () => {
    const doc = parse(text([
      "Portland Gazette", "Tuesday, July 12", "News  Local & State  Sports  Obituaries", "", "Nation & World", "",
      "Allies pledge more artillery for Kyiv", "",
      "Defence ministers meeting in Europe promised more howitzers and shells for Ukraine's army on Tuesday.", "",
      "By The Associated Press", "Posted 6:10 PM", "",
      "Falmouth church collects blankets for refugees", "",
      "A church in southern Maine sent two vans of blankets and winter coats to a charity that ships them to Poland.", "",
      "By Mara Quill", "Posted 2:35 PM", "",
    ]), { date: "2022-07-12" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-07-12T22:10:00Z", "2022-07-12T18:35:00Z"]);
  });

  it("reads a footer's street address closed by a small town and its state's code ('12 Mill Drive, Walpole, NH')", () => {
    const doc = parse(text([
      "Cold River Courier", "News  Sports  Opinion  Obituaries", "", "World", "",
      "Ministers agree on a price cap for Russian oil", "By Jonah Pell", "Published: 12/2/2022 6:40:12 PM", "",
      "European Union governments agreed on Friday to cap the price of Russian oil shipped by sea.", "",
      "Kremlin rejects conditions for talks", "By Jonah Pell", "Published: 12/1/2022 11:22:08 AM", "",
      "The Kremlin said it would not leave occupied land as a condition for any negotiations.", "",
      "Cold River Courier · 12 Mill Drive, Walpole, NH · Privacy Policy",
    ]), { date: "2022-12-02" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-12-02T23:40:00Z", "2022-12-01T16:22:00Z"]);
  });
});

describe("stamps and briefs (eval/ce)", () => {
  it("reads 'Posted 9:05 AM Updated 2:40 PM' under a post as its first time, not a headline over the next post", () => {
    const doc = parse(text([
      "Harbor Evening Star", "Saturday, July 9", "News  Sports  Business", "", "Nation & World", "",
      "Envoys recalled from five capitals", "", "The president removed five ambassadors in a decree, giving no reason.", "",
      "By The Associated Press", "Posted 7:10 PM", "",
      "Talks in Bali end without a joint statement", "", "Foreign ministers left the island without agreeing a communique.", "",
      "By The Associated Press", "Posted 9:05 AM Updated 2:40 PM", "",
      "Army says units are regrouping in the east", "", "The defence ministry said its troops were preparing the next stage of the campaign.", "",
      "By The Associated Press", "Posted 6:30 AM", "",
      "© Harbor Evening Star, 40 Front Street, Bath, ME",
    ]), { date: "2022-07-09" });
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Envoys recalled from five capitals", "2022-07-09T23:10:00Z"],
      ["Talks in Bali end without a joint statement", "2022-07-09T13:05:00Z"],
      ["Army says units are regrouping in the east", "2022-07-09T10:30:00Z"],
    ]);
  });

  it("reads a briefs column: 'From wire and staff reports' and 'Posted: … | Updated: …' under the title, each brief's own closing credit", () => {
    const doc = parse(text([
      "The Monadnock Ledger", "Tuesday, July 26, 2022", "News  Local  Sports  Opinion", "", "Nation & World", "",
      "World briefs: gas rationing agreed; grain ship could sail", "", "From wire and staff reports",
      "Posted: Tuesday, July 26, 2022 3:45 pm | Updated: 5:12 pm, Tue Jul 26, 2022.", "",
      "EU agrees to cut gas use", "", "BRUSSELS — Energy ministers agreed to cut their gas use by 15% over the winter, with exemptions for some states.", "",
      "— Associated Press", "",
      "Grain ship could leave this week", "", "ODESA, Ukraine — The infrastructure minister said the first grain ship could sail within days.", "",
      "— Reuters", "",
      "Church group packs hygiene kits", "", "JAFFREY — Volunteers packed 300 hygiene kits for displaced families on Monday evening.", "",
      "— Ledger staff", "",
      "© 2022 The Monadnock Ledger, 20 Grove St. Peterborough, NH | Terms of Use",
    ]), { date: "2022-07-26" });
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["EU agrees to cut gas use", "Associated Press", "2022-07-26T19:45:00Z"],
      ["Grain ship could leave this week", "Reuters", "2022-07-26T19:45:00Z"],
      ["Church group packs hygiene kits", "Ledger staff", "2022-07-26T19:45:00Z"],
    ]);
    expect(doc.entries.every((e) => !e.body.some((p) => p.startsWith("—")))).toBe(true);
  });
});

describe("credits (eval/ce)", () => {
  it("reads a card's byline over the writer's role ('By Jane Doe' / 'Example News Staff Writer') as its author, under its headline", () => {
    const doc = parse(text([
      "Upper Valley Ledger", "News  Sports  Opinion", "", "World", "",
      "Ministers agree a cap on Russian oil prices", "By TOMAS REIN", "Associated Press", "Published: 12/2/2022 6:40:12 PM", "",
      "European Union governments agreed on Friday to cap the price of Russian oil shipped by sea.", "",
      "Lebanon family takes in a second Ukrainian household", "By Cora Whitlock", "Valley Ledger Staff Writer", "Published: 12/1/2022 7:20:03 PM", "",
      "A couple in the town has opened their farmhouse to a retired teacher from Kharkiv and her grandson.", "",
      "Upper Valley Ledger · 24 Mill Drive, Lebanon, NH · Privacy Policy",
    ]), { date: "2022-12-02" });
    expect(doc.entries.map((e) => [e.headline, e.author])).toEqual([
      ["Ministers agree a cap on Russian oil prices", "TOMAS REIN"],
      ["Lebanon family takes in a second Ukrainian household", "Cora Whitlock"],
    ]);
  });

  it("reads a feed item's creator 'By Jane Doe Staff Writer' as the name alone", () => {
    const item = (title: string, creator: string) => `<item><title>${title}</title><link>https://example.org/${title.length}</link>` +
      `<dc:creator>${creator}</dc:creator><pubDate>Thu, 09 Jun 2022 14:10:00 -0400</pubDate><description>Ukraine's army said it was holding its positions in the east.</description></item>`;
    const doc = parse(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Green Mountain Daily</title>` +
      item("Volunteers pack medical kits", "By Anya Brill Staff Writer") + item("Army holds eastern line", "By Anya Brill") + "</channel></rss>");
    expect(doc.entries.map((e) => e.author)).toEqual(["Anya Brill", "Anya Brill"]);
  });
});

describe("HTML live updates (eval/ce)", () => {
  it("reads a reporter's dashed credit closing an update ('<p class=credit>— Jane Doe</p>') as that update's author", () => {
    const update = (time: string, title: string, text: string, credit: string) =>
      `<div class="update"><p class="update-time"><strong>${time}</strong></p><h3>${title}</h3><p>${text}</p><p class="credit">${credit}</p></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Live updates: aid bill and a front-line visit - The Shoreline Day</title></head><body>` +
      `<header><a class="logo">The Shoreline Day</a></header><main><article><h1>Live updates: aid bill and a front-line visit</h1>` +
      `<div class="dateline">Published December 20, 2022 6:55AM</div>` +
      update("6:55 a.m.", "Spending bill sets aside money for Ukraine", "Negotiators released a spending package that includes military and economic help for Kyiv.", "— Nora Vale") +
      update("8:20 a.m.", "President visits troops near the front", "The president met soldiers in the east on Tuesday, his office said.", "— The Associated Press") +
      update("10:05 a.m.", "Shipyard work kept on pace by the bill", "The bill keeps funding for two submarines a year, the region's congressman said on Tuesday.", "— Tom Ashby") +
      `</article></main></body></html>`, { date: "2022-12-20", timezone: "America/New_York" });
    expect(doc.entries.map((e) => e.author)).toEqual(["Nora Vale", "The Associated Press", "Tom Ashby"]);
  });
});

describe("homes and clocks (eval/cf, eval/cg)", () => {
  it("reads a masthead naming a county by the name its parts share ('Yorkshire' of 'North Yorkshire') in that county's time", () => {
    const doc = parse(text([
      "Yorkshire Advertiser", "News  Sport  What's On  Family Notices", "", "World News", "",
      "Ukraine war live: truce declared for the parade", "", "07:30, 7 May 2025", "",
      "21:05", "Drones reported over the capital despite the truce", "", "Air defence units shot down several drones approaching the capital overnight, the mayor said.", "",
      "11:15", "Kremlin says the pause holds along the front", "", "The Kremlin said its forces were observing the three-day pause that began at midnight.", "",
    ]), { date: "2025-05-07" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-05-07T20:05:00Z", "2025-05-07T10:15:00Z"]);
  });

  it("reads no country's adjective into a town that merely shares its first letters ('Greenock', 'Panamint')", () => {
    expect(adjectiveRegion("Greenock")).toBeNull();
    expect(adjectiveRegion("Panamint")).toBeNull();
    expect(["Ukrainian", "Philippine", "Kazakh", "Bangladeshis", "Portuguese", "Nepali"].map(adjectiveRegion)).toEqual(["UA", "PH", "KZ", "BD", "PT", "NP"]);
  });

  it("reads a stamp giving the time in two cities' clocks ('22:40 Kyiv | 20:40 London') in the first city's", () => {
    const doc = parse(text([
      "BRANDERLY POST", "World | Politics | Live", "", "Ukraine live: talks take shape", "Wednesday 14 May 2025",
      "Times are given for Kyiv and London.", "",
      "22:40 Kyiv | 20:40 London", "Delegation named for the talks", "", "The Kremlin named a presidential aide to lead its delegation, and said the president would not attend.", "",
      "16:30 Kyiv | 14:30 London", "Radars pledged for air defence", "", "The Dutch defence ministry said it would spend 300 million euros on radars for Ukraine.", "",
    ]), { date: "2025-05-14" });
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Delegation named for the talks", "2025-05-14T19:40:00Z"],
      ["Radars pledged for air defence", "2025-05-14T13:30:00Z"],
    ]);
  });

  it("reads an HTML live page's date from the byline row the chrome removal takes ('<time class=asset-date>Apr 4, 2022</time>')", () => {
    const doc = parse(`<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Live updates: the town after the withdrawal | Prairie Ledger</title>` +
      `<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Live updates: the town after the withdrawal","datePublished":"2022-04-04T06:40:00-05:00","dateModified":"2022-04-04T18:35:00-05:00"}</script></head>` +
      `<body><header><a class="site-logo">Prairie Ledger</a></header><article><header class="asset-header"><h1>Live updates: the town after the withdrawal</h1>` +
      `<ul class="list-inline asset-byline"><li><span class="tnt-byline">The Associated Press</span></li>\n<li><time class="tnt-date asset-date text-muted" datetime="2022-04-04T06:40:00-05:00">Apr 4, 2022</time></li>\n` +
      `<li>Updated <time class="tnt-date asset-date text-muted" datetime="2022-04-04T18:35:00-05:00">2 hrs ago</time></li></ul></header>` +
      `<div id="article-body" class="asset-content"><p>The latest developments in the war, most recent first:</p><p>___</p>` +
      `<p><strong>6:35 p.m.</strong></p><p>WASHINGTON — The president said the Russian leader should face trial over the killings of civilians.</p><p>___</p>` +
      `<p><strong>4:50 p.m.</strong></p><p>BERLIN — Germany ordered dozens of Russian diplomats to leave the country on Monday.</p>` +
      `</div></article></body></html>`);
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-04-04T23:35:00Z", "2022-04-04T21:50:00Z"]);
  });
});

describe("heads, sign-offs and boxes (eval/cf, eval/cg)", () => {
  it("reads 'By Example News wire reports' as the page's credit, and 'Discuss  Print  Related' as buttons", () => {
    const doc = parse(text([
      "Elkhorn Valley Star", "Home  News  Sports  Obituaries", "", "Thursday's developments in the war",
      "By Valley Star wire reports", "Posted: Thursday, September 15, 2022 6:52 pm", "", "Tweet  Share  Email  Print", "",
      "A timeline of Thursday's events, oldest first.", "",
      "6:10 a.m. — Russian missiles struck a dam in the south, sending a river over its banks and flooding streets.", "",
      "12:40 p.m. — Washington announced another package of weapons for Ukraine, including ammunition for rocket launchers.", "",
      "Compiled from wire reports.", "", "Discuss  Print  Related", "More from the Star",
      "Elkhorn Valley Star, 525 Main Ave., Norfolk, NE 68701 | Contact Us",
    ]), { date: "2022-09-15" });
    expect(doc.entries.map((e) => e.author)).toEqual(["Valley Star wire reports", "Valley Star wire reports"]);
  });

  it("reads cards closed by 'Posted at 07:20 by Jane Doe' over a closing 'That's all from us today. Our coverage continues tomorrow.'", () => {
    const card = (title: string, body: string, time: string, name: string) => [title, "", body, "", `Posted at ${time} by ${name}`, "", "Share  |  Copy link", ""];
    const doc = parse(text([
      "MARLOW GAZETTE", "Ukraine | Europe | Opinion", "", "Ukraine live: votes in occupied regions go on", "Monday 26 September 2022",
      "All times are Kyiv time (EEST)", "", "Updates through the day from our desk.", "",
      ...card("Missile strike on an industrial area", "Russian missiles struck an industrial area of the city early on Monday, the governor said.", "07:20", "Olha Marchenko"),
      ...card("Voting enters its fourth day", "Officials went door to door with armed soldiers for a fourth day, residents said.", "09:05", "Petro Kravets"),
      "Become a Marlow Gazette supporter from just £3 a month", "",
      ...card("Troops cross the river", "The general staff said its forces had crossed to the eastern bank of the river.", "16:45", "Olha Marchenko"),
      "That's all from us today. Our live coverage continues tomorrow.", "", "Marlow Gazette · Terms · Privacy",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Missile strike on an industrial area", "Olha Marchenko", "2022-09-26T04:20:00Z"],
      ["Voting enters its fourth day", "Petro Kravets", "2022-09-26T06:05:00Z"],
      ["Troops cross the river", "Olha Marchenko", "2022-09-26T13:45:00Z"],
    ]);
  });

  it("keeps an article's last section above a 'Read More' that labels a related story's link", () => {
    const doc = parse(text([
      "Kinross Free Press", "News  Sport  Business", "", "Ukraine war: what happened on Sunday", "By Alan Dewar", "Sunday, 9th February 2025, 5:00pm", "",
      "Here are the main developments from the war today.", "",
      "Trump says he has spoken to Putin", "", "The US president said he had spoken to the Russian leader by telephone about ending the war.", "",
      "Odesa hit by overnight drones", "", "Russian drones damaged a residential building and several shops in Odesa early on Sunday.", "",
      "Advertisement", "Hide Ad", "",
      "Local group raises cash for generators", "", "A group that has sent aid to Ukraine since 2022 has raised enough money for twelve generators.", "",
      "Read More", "High Street shop units to be turned into flats", "", "Comments", "",
      "© 2025 Example Publishing Ltd. All rights reserved.",
    ]));
    expect(doc.entries.map((e) => e.headline)).toEqual(["Trump says he has spoken to Putin", "Odesa hit by overnight drones", "Local group raises cash for generators"]);
  });
});

describe("head credits and sign-offs (eval/cd, eval/ce)", () => {
  it("reads 'Reporter:' over 'Example Star reporter' as the page's credit, and a head meta row so printed as no update", () => {
    const doc = parse(text([
      "ExampleLive.ie", "Home  News  Sport  Community", "", "NATIONAL NEWS", "", "LIVE: leaders prepare for White House talks", "",
      "Reporter:", "Ardmore Star reporter", "", "16 Aug 2025 6:05 PM", "", "Follow our live coverage of reaction to the summit.", "",
      "12:50 AM", "President confirms he will travel on Monday", "", "The president confirmed he would travel to Washington on Monday for talks.", "",
      "11:15 PM", "European leaders to hold a video call", "", "European leaders will hold a video call on Sunday before the meeting.", "",
    ]), { date: "2025-08-16" });
    expect(doc.entries.map((e) => e.author)).toEqual(["Ardmore Star reporter", "Ardmore Star reporter"]);

    const post = (id: number, iso: string, clock: string, body: string) =>
      `<div class="live-post" id="post-${id}"><p class="post-time"><time datetime="${iso}">${clock}</time></p><p>${body}</p><p class="post-author">Posted by: PA</p></div>`;
    const html = parse(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LIVE: inauguration day - Ardmore Leader</title></head><body>` +
      `<header><a class="logo">Ardmore Leader</a></header><main><article class="live"><h1>LIVE: inauguration day</h1>` +
      `<div class="article-meta"><p class="label">Reporter:</p><p class="reporter">Ardmore Leader reporter</p><p class="date">20 Jan 2025 7:40 AM</p></div>` +
      post(1, "2025-01-20T07:40:00+00:00", "7:40 AM", "Russia launched more than a hundred drones overnight, the air force said.") +
      post(2, "2025-01-20T10:30:00+00:00", "10:30 AM", "The general staff said its forces had fought off dozens of attacks in the east.") +
      `</article></main></body></html>`);
    expect(html.entries.map((e) => e.body[0]!.slice(0, 12))).toEqual(["Russia launc", "The general "]);
  });

  it("reads no item in a wire's sign-off after the last rule of a round-up ('Follow AP's coverage of the war at …')", () => {
    const p = (s: string) => `<p>${s}</p>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Latest: aims now reach beyond the east | Merrimack Ledger</title>` +
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The Latest: aims now reach beyond the east","datePublished":"2022-07-20T18:15:32-04:00","author":{"@type":"Organization","name":"Associated Press"}}</script></head>` +
      `<body><header><a class="logo">Merrimack Ledger</a></header><main><article><h1>The Latest: aims now reach beyond the east</h1>` +
      ["The latest developments on the war:", "___", "KYIV, Ukraine — The foreign minister said the military goals now reach beyond the east.",
        "He said the map had changed because of longer-range weapons.", "___", "WASHINGTON — The defense secretary said four more rocket launchers would be sent.", "___",
        "Follow AP's coverage of the war at https://apnews.com/hub/example"].map(p).join("") + `</article></main></body></html>`);
    expect(doc.entries.map((e) => e.body[0]!.slice(0, 10))).toEqual(["KYIV, Ukra", "WASHINGTON"]);
  });
});

describe("homes and credits (eval/ci)", () => {
  it("reads no country in a town that shares a country's first letters and ends in 'e' ('George' is no Georgia)", () => {
    expect(adjectiveRegion("George")).toBeNull();
    expect(adjectiveRegion("Argentine")).toBe("AR");
  });

  it("reads the place whose news a footer offers ('the latest news from Mpumalanga') as the page's home", () => {
    const doc = parse(text([
      "Valley Chronicle", "News  Business  Sport  Community", "", "LIVE: peace mission meets the Kremlin", "Jane Mokoena", "17 June 2023 | 07:50", "",
      "08:15", "", "Shelling of villages along the river killed two people on Saturday, the regional governor said.", "",
      "11:05", "", "The delegation arrived in the city by plane and was met by officials.", "",
      "Stay up to date with the latest news from Mpumalanga. Follow us on Facebook.",
    ]), { date: "2023-06-17" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-06-17T06:15:00Z", "2023-06-17T09:05:00Z"]);
  });

  it("reads a source line in the page's language ('Bron: Reuters', 'Quelle: dpa') as the item's wire", () => {
    expect(["Bron: Reuters", "Quelle: dpa", "Fuente: EFE", "Source: AFP"].map(agencyCredit)).toEqual(["Reuters", "dpa", "EFE", "AFP"]);
  });
});

describe("homes a footer names (eval/ch, eval/ci)", () => {
  const page = (footer: string[]) => text([
    "Valley Tidings", "News  Sport  What's On", "", "Ukraine war live: deliveries paused", "", "Rhian Price", "09:10, 1 JUL 2025", "",
    "20:40", "Allies to discuss the pause", "", "Ministers will discuss the paused weapons deliveries at a meeting on Thursday, officials said.", "",
    "12:05", "Drone attack on the west overnight", "", "Russian drones struck targets in the west of the country overnight, the air force said.", "",
    ...footer,
  ]);
  it("reads the country of a newspaper group or press regulator its footer names ('Reach plc', 'Independent Press Standards Organisation')", () => {
    for (const footer of [["Contact us  Privacy Notice", "Reach plc"], ["This website adheres to the Independent Press Standards Organisation's Editors' Code of Practice."]]) {
      expect(parse(page(footer), { date: "2025-07-01" }).entries.map((e) => e.published)).toEqual(["2025-07-01T19:40:00Z", "2025-07-01T11:05:00Z"]);
    }
  });

  it("reads the place whose biggest stories a footer offers ('Get the biggest stories from Cardiff straight to your inbox')", () => {
    expect(parse(page(["Get the biggest stories from Cardiff straight to your inbox", "Subscribe"]), { date: "2025-07-01" }).entries.map((e) => e.published))
      .toEqual(["2025-07-01T19:40:00Z", "2025-07-01T11:05:00Z"]);
  });
});

describe("key-event bullets that open with their own times (eval/ch)", () => {
  it("reads '- 8.05am: …' bullets each at its own time on the page's day, without the time in the text", () => {
    const doc = parse(text([
      "Teifi Times", "News  Sport", "", "Ukraine war: how Saturday unfolded, hour by hour", "", "By Jane Price", "Published: 5:40pm 11th January 2025", "",
      "Here is how the day unfolded. All times are UK time.", "",
      "- 8.05am: Russia said its air defences destroyed 34 drones over the Bryansk region during the night.",
      "- 9.40am: Ukraine's air force said Russia launched 74 attack drones overnight, most of them shot down.",
      "- 1.15pm: The General Staff reported 45 Russian assaults near Pokrovsk since the morning.",
    ]));
    expect(doc.entries.map((e) => [e.published, e.body[0]!.slice(0, 12)])).toEqual([
      ["2025-01-11T08:05:00Z", "Russia said "], ["2025-01-11T09:40:00Z", "Ukraine's ai"], ["2025-01-11T13:15:00Z", "The General "],
    ]);
  });

  it("reads an HTML list of such bullets on the day of its JSON-LD date, in the offset it carries", () => {
    const li = (t: string, s: string) => `<li><strong>${t}:</strong> ${s}</li>`;
    const doc = parse(`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>How Saturday unfolded | Teifi Times</title>` +
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"How Saturday unfolded","datePublished":"2025-07-12T17:40:00+01:00"}</script></head>` +
      `<body><header><a class="logo">Teifi Times</a></header><main><h1>How Saturday unfolded</h1><p>Here is how the day's main events unfolded.</p><ul>` +
      li("8.05am", "Russia said its air defences destroyed 34 drones over the Bryansk region during the night.") +
      li("9.40am", "Ukraine's air force said Russia launched 74 attack drones overnight, most of them shot down.") +
      li("1.15pm", "The General Staff reported 45 Russian assaults near Pokrovsk since the morning.") +
      `</ul></main></body></html>`);
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-07-12T07:05:00Z", "2025-07-12T08:40:00Z", "2025-07-12T12:15:00Z"]);
  });
});

describe("stamps set off by a middle dot (eval/ch)", () => {
  it("reads '08.10 · Headline' as a stamp with its headline on the line", () => {
    const doc = parse(text([
      "KILBRANNAN COURIER", "World  |  Ukraine  |  Europe", "", "Ukraine live: the city counts its dead", "Saturday 25 January 2025 · All times Kyiv (EET)", "",
      "Our correspondents follow the day's events.", "",
      "08.10 · Attack hits apartment block", "", "A Russian attack overnight struck a nine-storey block, killing two people, the governor said.", "", "— Olena Marchuk", "",
      "09.05 · Watch: rescuers search the ruins", "",
      "10.40 · Shelling wounds three in a village", "", "Three people were wounded when artillery hit houses in a frontline village.", "", "— Olena Marchuk", "",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Attack hits apartment block", "2025-01-25T06:10:00Z"],
      ["Watch: rescuers search the ruins", "2025-01-25T07:05:00Z"],
      ["Shelling wounds three in a village", "2025-01-25T08:40:00Z"],
    ]);
  });
});

describe("Afrikaans chrome (eval/ci)", () => {
  it("reads 'Lees meer' as a button and an Afrikaans date line as the language its head prints its dates in", () => {
    const doc = parse(text([
      "Suidkus Nuus", "Laas opgedateer: Saterdag 16 September 2023, 15:40", "NUUS  SPORT  LEEFSTYL", "", "Nasionaal & Internasionaal", "",
      "Army says it has retaken a village south of the city", "Reuters | 25 minutes ago", "Ukraine's army said on Saturday that its troops had recaptured a village after days of fighting.", "Lees meer", "",
      "Drones downed over the peninsula", "AFP | 2 hours ago", "Russia said its air defences destroyed six drones early on Saturday.", "Lees meer", "",
    ]));
    expect(doc.entries.map((e) => [e.author, e.published])).toEqual([["Reuters", "2023-09-16T13:15:00Z"], ["AFP", "2023-09-16T11:40:00Z"]]);
  });
});

describe("HTML meta rows (eval/ci)", () => {
  it("reads '<p class=meta><time>9.05pm</time> · By Jane Doe</p>' as the post's byline, not its first sentence", () => {
    const post = (title: string, iso: string, clock: string, name: string, body: string) =>
      `<section class="live-post"><h2>${title}</h2><p class="meta"><time datetime="${iso}">${clock}</time> · By ${name}</p><p>${body}</p></section>`;
    const doc = parse(`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>War live | Fenmoor Herald</title></head><body>` +
      `<header><a class="logo">Fenmoor Herald</a></header><main><h1>Russia-Ukraine war: tanks pledged</h1><p class="dateline">Tuesday 7 February 2023</p>` +
      post("Parliament extends martial law", "2023-02-07T21:05:00+00:00", "9.05pm", "Ruth Kestle", "Parliament voted on Tuesday to extend martial law for a further 90 days.") +
      post("Minister keeps his post", "2023-02-07T18:40:00+00:00", "6.40pm", "Jonah Pell", "The president has decided to keep his defence minister, an official said.") +
      `</main></body></html>`);
    expect(doc.entries.map((e) => [e.author, e.body[0]!.slice(0, 10)])).toEqual([["Ruth Kestle", "Parliament"], ["Jonah Pell", "The presid"]]);
  });
});

describe("JSON-LD bodies cut short (eval/ci)", () => {
  it("takes an update's whole text from the HTML when its JSON-LD articleBody stops mid-sentence", () => {
    const ld = { "@context": "https://schema.org", "@type": "LiveBlogPosting", headline: "War live", datePublished: "2023-09-24T08:00:00+01:00",
      liveBlogUpdate: [
        { "@type": "BlogPosting", headline: "Vow to end arms deliveries", datePublished: "2023-09-24T20:10:00+01:00", articleBody: "The opposition leader told a rally that his government would not send a single round of " },
        { "@type": "BlogPosting", headline: "Drones downed over the peninsula", datePublished: "2023-09-24T18:00:00+01:00", articleBody: "Air defences shot down nine drones overnight, the ministry said." },
      ] };
    const doc = parse(`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>War live | Brackenfold Standard</title>` +
      `<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1>War live</h1>` +
      `<div class="block"><span class="time">20:10 BST</span><h3>Vow to end arms deliveries</h3><p>The opposition leader told a rally that his government would not send a single round of ammunition to Ukraine.</p><p>He said the country should press for talks.</p></div>` +
      `<div class="block"><span class="time">18:00 BST</span><h3>Drones downed over the peninsula</h3><p>Air defences shot down nine drones overnight, the ministry said.</p></div>` +
      `</main></body></html>`);
    expect(doc.entries[0]!.body).toEqual(["The opposition leader told a rally that his government would not send a single round of ammunition to Ukraine.", "He said the country should press for talks."]);
    expect(doc.entries[1]!.body).toEqual(["Air defences shot down nine drones overnight, the ministry said."]);
  });
});

describe("a refresh time whose date names no year (eval/ci)", () => {
  it("counts ages back from 'Last updated: Saturday 16 September, 15:40' in the year its weekday names", () => {
    const doc = parse(text([
      "Bayside Advertiser", "Last updated: Saturday 16 September, 15:40", "NEWS  SPORT  LIFESTYLE", "", "National & International", "",
      "Army says it has retaken a village south of the city", "Reuters | 25 minutes ago", "Ukraine's army said on Saturday that its troops had recaptured a village after days of fighting.", "",
      "Drones downed over the peninsula", "AFP | 2 hours ago", "Russia said its air defences destroyed six drones early on Saturday.", "",
      "© 2023 Caxton and CTP Publishers and Printers Ltd.",
    ]), { date: "2024-05-01" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-09-16T13:15:00Z", "2023-09-16T11:40:00Z"]);
  });
});

describe("a head's 'Updated …, first published …' over clock-stamped updates (eval/bv)", () => {
  it("reads the head line as the page's dates, not as an update over its title", () => {
    const lines = [
      "Murray Valley Advocate", "News  Sport  World", "", "Updated April 10 2022 - 8:15pm, first published 10:05am", "",
      "Ukraine war: how Sunday unfolded", "", "Russia is massing forces in the east as Ukraine urges its allies to hurry. Here is how the day developed.", "",
      "All times AEST.", "",
      "10.20am: The president urged Western governments to speed up deliveries of heavier weapons, warning of a hard fight in the east.", "",
      "11.45am: Regional authorities say a second Russian strike has levelled what was left of the city's airport and damaged nearby buildings.", "",
    ];
    const doc = parse(text(lines));
    expect(doc.entries.map((e) => [e.published, e.body[0]!.slice(0, 14)])).toEqual([
      ["2022-04-10T00:20:00Z", "The president "], ["2022-04-10T01:45:00Z", "Regional autho"],
    ]);
  });
});

describe("a US paper's footer and comments (eval/ck)", () => {
  it("reads 'Name · 503 N. Canal St. · Natchez, MS' as the paper's address, and a 'Discussion' box as no section", () => {
    const doc = parse(text([
      "The Bayou Sentinel", "Home  News  Sports  Opinion  Obituaries", "", "Nation & World", "",
      "Allies asked for more air defense after weekend barrage", "Published 4:30 pm Monday, September 29, 2025", "By The Associated Press", "",
      "The president asked Western partners on Monday to speed up deliveries of air defense systems after a weekend barrage.", "",
      "Print Article", "", "Discussion", "", "Keep it civil. Comments that are obscene, threatening or off topic will be removed.", "Log In", "",
      "The Bayou Sentinel · 210 S. Pearl St. · Vidalia, LA", "© 2025, The Bayou Sentinel",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([["Allies asked for more air defense after weekend barrage", "2025-09-29T21:30:00Z"]]);
  });
});

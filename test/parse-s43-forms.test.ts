// Forms met on the eval pages in session 43 (own pages, own words): each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import { bylineAuthor, nameLine, staffLine } from "../src/parse/text-post.ts";
import { bylineName } from "../src/parse/html-byline.ts";
import { agencyCredit } from "../src/parse/text-credits.ts";
import { matchStamp } from "../src/parse/text-stamps.ts";
import { isChrome } from "../src/parse/text-lines.ts";
import { textPageHome } from "../src/parse/text-home-zone.ts";
import { isEndMarker, isMediaLabel } from "../src/parse/text-furniture.ts";

describe("an agency's listing that sets each card's clock in square brackets (eval/dm)", () => {
  it("reads '4 March 2026 [18:25]' as that day at that clock", () => {
    const stamp = matchStamp("4 March 2026 [18:25]", 0);
    expect(stamp?.minutes).toBe(18 * 60 + 25);
    expect(stamp?.date).toMatchObject({ year: 2026, month: 3, day: 4 });
    expect(matchStamp("04.03.2026 [07:05]", 0)?.minutes).toBe(7 * 60 + 5);
    // a bracketed reference that is no clock stays none
    expect(matchStamp("4 March 2026 [see map]", 0)?.minutes ?? null).toBeNull();
  });

  it("lists every card of the page, not one", () => {
    const card = (day: string, clock: string, headline: string, text: string) =>
      `<div class="news-item"><span class="news-date">${day} [${clock}]</span><h3><a href="/en/news/${clock.replace(":", "")}">${headline}</a></h3>
<p class="news-lead">${text}</p></div>`;
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>World - Example Agency</title></head><body>
<header><a class="logo" href="/en">Example Agency</a><nav><a>Politics</a> <a>Economy</a> <a>World</a></nav></header>
<main><h1>World</h1><div class="news-list">
${card("4 March 2026", "18:25", "Drone debris starts a fire at a depot near Sumy", "A fire broke out at a storage depot on the edge of Sumy after drone debris fell on it, the regional governor said.")}
${card("4 March 2026", "14:10", "Ministers sign a grain corridor protocol in Ankara", "The transport ministers of three countries signed a protocol on grain shipments through the Black Sea, officials said.")}
${card("4 March 2026", "09:40", "Parliament backs a new mobilisation bill on first reading", "Lawmakers in Kyiv backed the first reading of a bill that changes the rules for call-up notices, the speaker said.")}
</div></main></body></html>`;
    const doc = parse(html, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-03-04T18:25:00Z", "2026-03-04T14:10:00Z", "2026-03-04T09:40:00Z"]);
  });
});

describe("a broadcaster's world page, its weather chip under the city it serves (eval/dm)", () => {
  const page = (place: string) => `Skip to main content

WXYZ News
Listen Live

${place}
62°  Mostly Cloudy
Tuesday, March 10, 2026 4:15 PM

Local   National   World   Politics   Sports

World News

Ukraine says air defenses downed most drones over Odesa region
The Associated Press
45 minutes ago

Ukraine's air force said Tuesday that most of the drones launched at the Odesa region overnight were shot down.

Arlington volunteers ship generators to a Kharkiv clinic
Mara Fenwick | mfenwick@wxyz.example
3 hours ago

A group of Arlington volunteers has shipped four generators to a children's clinic in Kharkiv, organisers said.
`;

  it("reads the ages on the capital's clock ('Washington, DC' over '62°  Mostly Cloudy')", () => {
    const doc = parse(page("Washington, DC"));
    // 4:15 PM EDT is 20:15 UTC on 10 March 2026 (daylight time began on 8 March)
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-03-10T19:30:00Z", "2026-03-10T17:15:00Z"]);
  });

  it("credits the reporter whose e-mail follows the name, and keeps the headline", () => {
    const doc = parse(page("Washington, DC"));
    expect(doc.entries.map((e) => e.headline)).toEqual([
      "Ukraine says air defenses downed most drones over Odesa region", "Arlington volunteers ship generators to a Kharkiv clinic",
    ]);
    expect(doc.entries.map((e) => e.author)).toEqual(["The Associated Press", "Mara Fenwick"]);
    expect(staffLine("Mara Fenwick | mfenwick@wxyz.example")).toBe("Mara Fenwick");
    // an address alone credits no one
    expect(staffLine("newsdesk@wxyz.example")).toBeNull();
  });
});

describe("a broadcaster's live page under a masthead naming its market (eval/dm)", () => {
  it("does not read 'Saint Paul-Minneapolis, MN' as a byline, while a wire's code after a name still credits it", () => {
    expect(bylineAuthor("Saint Paul-Minneapolis, MN")).toBeNull();
    expect(bylineAuthor("Jane Doe, AP")).toBe("Jane Doe");
    expect(bylineAuthor("Jane Doe, CP")).toBe("Jane Doe");
  });

  it("credits the page's labelled author to every post, not its market", () => {
    const doc = parse(`KXYZ 9
Saint Paul-Minneapolis, MN
58°

News   Weather   Sports

NATION WORLD

Russia-Ukraine war: Live updates from Friday

Author: Associated Press
Published: 7:05 AM CDT April 17, 2026

7:05 a.m.
Ukraine says it shot down 60 drones overnight

Ukraine's air force said Friday that 60 of the 75 drones launched overnight were shot down or jammed.

9:30 a.m.
Kremlin says no summit date has been set

The Kremlin said Friday that no date had been set for a summit, though contacts with Washington continued.

11:45 a.m.
Watch: Firefighters work through the night in Kharkiv

Download the KXYZ 9+ app to watch KXYZ 9 News and more on your TV.

Before You Leave, Check This Out
`);
    expect(doc.entries.map((e) => e.author)).toEqual(["Associated Press", "Associated Press", "Associated Press"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-04-17T12:05:00Z", "2026-04-17T14:30:00Z", "2026-04-17T16:45:00Z"]);
  });

  it("treats the app's pitch and a box's title speaking to the reader as furniture and no name", () => {
    expect(isChrome("Download the KXYZ 9+ app to watch KXYZ 9 News, the morning show and more on your TV.")).toBe(true);
    expect(nameLine("Before You Leave, Check This Out")).toBeNull();
    // a sentence that merely mentions an app is text
    expect(isChrome("Officials said the air-raid app had been downloaded four million times since the winter.")).toBe(false);
    expect(nameLine("Jane Doe")).toBe("Jane Doe");
  });
});

describe("a listing whose cards name the wire they came from (eval/dm)", () => {
  it("reads 'Source: Tanjug' as the wire's credit, as 'Source: KPL' was", () => {
    expect(agencyCredit("Source: Tanjug")).toBe("Tanjug");
    expect(agencyCredit("Source: KPL")).toBe("KPL");
    // a sourced sentence is no credit
    expect(agencyCredit("Source: the regional governor on Telegram")).toBeNull();
  });

  it("credits each card with its wire and keeps its headline", () => {
    const doc = parse(`Example 24
English

News   Politics   Region   World   Sport

World

Kremlin: leaders could speak by phone next week
Source: Tanjug
Thursday, April 9, 2026 | 19:20

The Kremlin's spokesman said a phone call between the two leaders could take place next week, though no date was fixed.

Comments (12)

Heavy rain floods streets in the west of the country
Source: Beta
Thursday, April 9, 2026 | 16:45

Heavy rain flooded streets and basements in several towns, and emergency services evacuated a village.

Comments (3)
`, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Kremlin: leaders could speak by phone next week", "Heavy rain floods streets in the west of the country"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Tanjug", "Beta"]);
  });
});

describe("a broadcaster's section front whose cards print only their last edit (eval/dj)", () => {
  it("dates each card by its 'Updated:' stamp and credits each card's own byline", () => {
    const card = (headline: string, by: string, stamp: string, text: string) => `<div class="feed-item"><a href="/article/${headline.length}"><h2 class="feed-item-title">${headline}</h2></a>
<p class="feed-item-dek">${text}</p>
<div class="feed-item-byline">${by}</div><div class="feed-item-date">Updated: ${stamp}</div></div>`;
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>World News - WXYZ Channel 8</title></head><body>
<header class="site-header"><a class="logo" href="/">WXYZ Channel 8</a><nav><a href="/news">News</a> <a href="/weather">Weather</a></nav></header>
<main><h1 class="page-title">World</h1><div class="feed">
${card("Drones hit a power substation near Poltava", "Associated Press", "4:10 PM EST Feb 3, 2026", "A drone attack damaged a substation near Poltava overnight, cutting power to several villages, officials said.")}
${card("Envoys meet in Geneva on a prisoner exchange", "By Rosa Delgado, Associated Press", "1:45 PM EST Feb 3, 2026", "Envoys from both countries met in Geneva to discuss a new exchange of prisoners, a mediator said.")}
${card("Local church collects winter coats for Kharkiv", "By Owen Hartley", "9:20 AM EST Feb 3, 2026", "A parish in the suburbs has collected more than 400 winter coats for families in Kharkiv, its pastor said.")}
</div></main></body></html>`;
    const doc = parse(html);
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-02-03T21:10:00Z", "2026-02-03T18:45:00Z", "2026-02-03T14:20:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Associated Press", "Rosa Delgado", "Owen Hartley"]);
  });
});

describe("an official site whose language menu names the home language as its speakers say it (eval/dk)", () => {
  it("reads 'Українською | English' as Ukraine's menu: its times on Kyiv's clock", () => {
    const doc = parse(`Official website of the Example Office
Українською | English

News

Statement on the overnight attack on the power grid
24 March 2026 - 21:35

The office said that more than three hundred drones were launched at energy sites overnight.

Meeting with the Norwegian defence minister
24 March 2026 - 19:20

The two sides discussed financing for drone production and for air defence purchases.
`);
    // Kyiv keeps EET (UTC+2) until the last Sunday of March
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-03-24T19:35:00Z", "2026-03-24T17:20:00Z"]);
  });
});

describe("an agency's brief with an audio player and a topic tag under its date (eval/dk)", () => {
  it("reads the player's labels as furniture and the tag as no author", () => {
    for (const line of ["Audio duration", "5'04\"", "Download"]) expect(isChrome(line)).toBe(true);
    expect(nameLine("Humanitarian Aid")).toBeNull();
    expect(nameLine("Peace and Security")).toBeNull();
    // a bracketed gallery placeholder is a media label, not text
    expect(isMediaLabel("[Gallery · 12 photos]")).toBe(true);
    expect(isMediaLabel("[Kyiv]")).toBe(false);
  });
});

describe("a situation report whose sections sit under a highlights box (eval/dk)", () => {
  it("keeps the box out of the entries: it restates the sections", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ukraine: Situation Report</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","headline":"Ukraine: Situation Report","datePublished":"2026-04-02T11:00:00+00:00"}</script></head><body>
<main><h1>Ukraine: Situation Report</h1><div class="content">
<h2>HIGHLIGHTS</h2><ul><li>Strikes on two cities leave dozens of homes without heating.</li><li>Evacuations continue from front-line villages.</li></ul>
<h3>Strikes damage homes in two cities</h3><p>Strikes on two cities over the weekend damaged more than forty homes, local authorities reported.</p>
<h3>Evacuations from front-line villages</h3><p>More than 900 people were evacuated from villages near the front line during the week.</p>
<h3>Funding</h3><p>The response plan was a fifth funded at the end of March, the coordinators said.</p>
</div></main></body></html>`;
    const doc = parse(html);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Strikes damage homes in two cities", "Evacuations from front-line villages", "Funding"]);
  });
});

describe("a live page whose JSON-LD gives a photo post only its title (eval/dk)", () => {
  it("reads the posts from the HTML, the photo post kept as a bodiless teaser", () => {
    const post = (clock: string, headline: string, inner: string) => `<div class="post"><time>${clock} CEST</time><h2>${headline}</h2>${inner}</div>`;
    const ld = (text: string) => `{"@type":"BlogPosting","headline":"Live: strikes on the port","datePublished":"2026-05-13T08:00:00+02:00","articleBody":"${text}"}`;
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Live: strikes on the port - Example Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Live: strikes on the port","datePublished":"2026-05-13T08:00:00+02:00",
"liveBlogUpdate":[${ld("Six people have now died after the strike on the port, the governor said.")},${ld("Photos: the port after the strike")},${ld("Missiles hit the port shortly after noon, officials said.")}]}</script></head><body>
<main><h1>Live: strikes on the port</h1><p class="date">Wednesday, 13 May 2026</p>
${post("20:40", "Port toll rises to six", "<p>Six people have now died after the strike on the port, the governor said.</p>")}
${post("14:30", "Photos: the port after the strike", `<div class="gallery">[Gallery · 9 photos]</div>`)}
${post("12:50", "Missiles hit the port", "<p>Missiles hit the port shortly after noon, officials said.</p>")}
</main></body></html>`;
    const doc = parse(html);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Port toll rises to six", "Photos: the port after the strike", "Missiles hit the port"]);
    expect(doc.entries[1]!.body).toEqual([]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-05-13T18:40:00Z", "2026-05-13T12:30:00Z", "2026-05-13T10:50:00Z"]);
  });
});

describe("a paper's section front whose masthead strip runs the weather into the clock (eval/dl)", () => {
  it("counts the cards' ages back from the strip's clock, in the town's zone", () => {
    const doc = parse(`Example Star-Ledger
Log In

Fort Worth, TX   91°F   |   Tuesday, June 9   |   4:50 PM

Local   Sports   Business   Opinion

NATION & WORLD

Drone debris starts a fire at a fuel depot in Russia's Kursk region

MOSCOW (AP) — Drone debris started a fire at a fuel depot in Russia's Kursk region on Tuesday, the governor said.

By Lena Ortiz
Associated Press
20 minutes ago

Envoys to meet again in Istanbul next week

ISTANBUL (AP) — Negotiators from both countries will meet again in Istanbul next week, the host said on Tuesday.

By Lena Ortiz
Associated Press
3 hours ago
`, { date: "2026-06-09" });
    // 4:50 PM CDT is 21:50 UTC
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-06-09T21:30:00Z", "2026-06-09T18:50:00Z"]);
  });
});

describe("a station's world page whose weather chip capitalises its sky (eval/dj)", () => {
  it("reads 'Raleigh  58°  Mostly Cloudy' as the home, the ages on its clock", () => {
    const doc = parse(`WXYZ.com
Thursday, February 26, 2026 4:35 PM
Raleigh  58°  Mostly Cloudy

News   Weather   Traffic   Sports

World News

Drones set oil tanks on fire at a Baltic port

Drones struck an oil port on the Baltic Sea on Thursday, setting two storage tanks on fire, the regional governor said.

By Associated Press
Posted 35 minutes ago

Diplomats meet in Istanbul on embassy staffing

Diplomats from both countries met in Istanbul on Thursday to discuss staffing at each other's embassies, a ministry said.

By Associated Press
Posted 2 hours ago
`);
    // 4:35 PM EST is 21:35 UTC
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-02-26T21:00:00Z", "2026-02-26T19:35:00Z"]);
  });
});

describe("live pages whose byline labels its team or its curator (eval/dp, eval/dq)", () => {
  it("reads 'Live team:' and 'Curated By:' as bylines", () => {
    expect(bylineAuthor("Live team: Jane Doe and John Roe")).toBe("Jane Doe and John Roe");
    expect(bylineAuthor("Curated By: Jane Doe")).toBe("Jane Doe");
    // a team named with no person after the label is still no byline
    expect(bylineAuthor("Live team")).toBeNull();
  });
});

describe("a live page whose stamps name the town whose clock they keep, in brackets (eval/dq)", () => {
  it("reads '07:40 (Kyiv)' as Kyiv's time and a bracketed word that is no town as no stamp", () => {
    expect(matchStamp("07:40 (Kyiv)", 0)).toMatchObject({ minutes: 7 * 60 + 40, zone: "Europe/Kyiv" });
    expect(matchStamp("7.40am (Kyiv)", 0)).toMatchObject({ minutes: 7 * 60 + 40, zone: "Europe/Kyiv" });
    expect(matchStamp("07:40 (Video)", 0)).toBeNull();
  });
});

describe("a station's list whose last card's credit sits over the footer's notices (eval/dn)", () => {
  it("reads the scroll switch as furniture and the affiliate disclosure as the footer's start", () => {
    expect(isChrome("Infinite Scroll Enabled")).toBe(true);
    expect(isEndMarker("Example Television participates in various affiliate marketing programs, which means we may be paid " +
      "commissions on products bought through our links to retailer sites.")).toBe(true);
    // a sentence about such programmes in the news is text
    expect(isEndMarker("Regulators said the retailer's affiliate programs would be reviewed next year.")).toBe(false);
  });
});

describe("a station's live page crediting its own staff by call letters and channel (eval/dn)", () => {
  it("reads 'Jane Doe, WXYZ 12 News' as Jane Doe and 'WXYZ 12 News' alone as the station", () => {
    expect(bylineName("Jane Doe, WXYZ 12 News")).toBe("Jane Doe");
    expect(bylineName("WXYZ 12 News")).toBe("WXYZ 12 News");
    // a date is still no credit
    expect(bylineName("May 12 News")).toBeNull();
  });
});

describe("newsletters saved as text or web pages (eval/do)", () => {
  it("reads an e-mail's Date header with its numeric offset", () => {
    expect(matchStamp("Tue, 14 Apr 2026 05:47:03 -0400", 0)).toMatchObject({ minutes: 5 * 60 + 47, zone: "-04:00" });
    expect(matchStamp("Tue, 14 Apr 2026 05:47 +0530", 0)).toMatchObject({ zone: "+05:30" });
  });

  it("makes each brief of a list an entry: labelled, numbered, or under a 'top stories' heading", () => {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Morning briefing: what the summit may bring</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Morning briefing: what the summit may bring","datePublished":"2026-06-10T05:30:00Z","author":{"@type":"Person","name":"Jane Doe"}}</script></head><body>
<main><h1>Morning briefing: what the summit may bring</h1>
<p>Good morning. Leaders meet this weekend, and Kyiv hopes for more than warm words.</p>
<h2>Five big stories</h2>
<p>Ukraine | Russian missiles struck Dnipro on Tuesday evening, killing at least six people, officials said.</p>
<p>Schools | The government will publish its plan for special educational needs today, ministers said.</p>
<p>Defence | Britain will buy another 5,000 air defence missiles for Ukraine under a new contract.</p>
<h2>A message from Example Bank</h2>
<h3>Small firms run on cash flow</h3>
<p>Our same-day payouts help owners make payroll without the wait. See how it works.</p>
<h2>Here are today's top stories</h2>
<p>Oil rose after Ukraine said drones knocked out power at a thermal plant, the most serious breach of the truce so far.</p>
<p>The European Commission proposed banning imports of Russian semi-finished steel from 2027, closing a loophole.</p>
<p>An arms maker won a large order for artillery shells, most of which are bound for Ukraine, the company said.</p>
<h2>In depth: the summit's wish list</h2>
<p>When leaders sit down on Sunday, Kyiv's delegation will arrive with a list of requests, officials said.</p>
</main></body></html>`);
    expect(doc.entries.map((e) => [e.headline, e.body[0]!.slice(0, 24)])).toEqual([
      [null, "Russian missiles struck "], [null, "The government will publ"], [null, "Britain will buy another"],
      [null, "Oil rose after Ukraine s"], [null, "The European Commission "], [null, "An arms maker won a larg"],
      ["In depth: the summit's wish list", "When leaders sit down on"],
    ]);
  });

  it("leaves a section of one report under an ordinary heading whole", () => {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Evening report</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Evening report","datePublished":"2026-06-10T18:00:00Z"}</script></head><body>
<main><h1>Evening report</h1>
<h2>What you need to know today</h2>
<p>The central bank left interest rates unchanged for a third straight meeting, its statement said on Wednesday.</p>
<p>Its chair declined to say anything about a successor and said the committee would wait for more evidence.</p>
<p>Markets had expected the decision, and bond yields barely moved after the statement was released.</p>
<h2>Deep dive</h2>
<p>The budget deficit in the first quarter was already bigger than planned for the whole year, figures show.</p>
</main></body></html>`);
    expect(doc.entries.map((e) => e.headline)).toEqual(["What you need to know today", "Deep dive"]);
  });

  it("counts numbered headings from two when the first item writes its number into its label", () => {
    const doc = parse(`From: Example AM <am@example.com>
Subject: Example AM: the port squeeze
Date: Tue, 14 Apr 2026 05:47:03 -0400

1 big thing: Drones hit a Baltic oil port

Long-range drones set fire to loading terminals at an oil port on Monday, halting shipments, officials said.

2. Envoy heads back to Moscow

A special envoy will fly to Moscow later this week for a meeting with the president, two officials said.

3. Tax deadline crunch

The tax agency expects more than 30 million returns in the final week before the filing deadline.

You received this email because you signed up for newsletters from Example.
`);
    expect(doc.entries.map((e) => e.headline)).toEqual(["1 big thing: Drones hit a Baltic oil port", "Envoy heads back to Moscow", "Tax deadline crunch"]);
    expect(doc.entries.map((e) => e.published)).toEqual(Array(3).fill("2026-04-14T09:47:00Z"));
  });
});

describe("an aggregator's list of headlines, each over its source and time, with no text (eval/dr)", () => {
  const page = `Example Aggregator
News   World   Business

Ukraine War News

Tuesday 10 March 2026

Envoys to meet again in Geneva next week
The Example Times   17:48

Drone hits a bus depot in Sumy, injuring four
BBC News   13:05

Parliament extends martial law for 90 days
Example Wire   09:20

More Ukraine War News
`;

  it("reads one entry per headline, credited to its source, at its time", () => {
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Envoys to meet again in Geneva next week", "The Example Times", "2026-03-10T17:48:00Z"],
      ["Drone hits a bus depot in Sumy, injuring four", "BBC News", "2026-03-10T13:05:00Z"],
      ["Parliament extends martial law for 90 days", "Example Wire", "2026-03-10T09:20:00Z"],
    ]);
  });

  it("reads an acronym's outlet before a time as a credit, a zone or a label as none", () => {
    expect(matchStamp("BBC News | 13:05", 0)?.author).toBe("BBC News");
    expect(matchStamp("GMT | 13:05", 0)?.author ?? null).toBeNull();
    expect(isEndMarker("More Ukraine War News")).toBe(true);
  });
});

describe("an aggregator's HTML topic page of cards with no text, some of them clusters (eval/dr)", () => {
  it("reads one entry per card: its first headline link, its time, its byline after the age", () => {
    const card = (source: string, title: string, at: string, age: string, by: string, cluster = "") => `<c-wiz class="card"><article class="lead">
<div class="source"><div class="name">${source}</div></div><a class="title" href="./read/${title.length}">${title}</a>
<div class="meta"><time datetime="${at}">${age}</time>${by ? ` <span class="by">By ${by}</span>` : ""}</div></article>${cluster}</c-wiz>`;
    const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Russia-Ukraine war - Example News Reader</title></head><body>
<header><a href="./">Example News Reader</a><nav><a href="./home">Home</a> <a href="./foryou">For you</a></nav></header>
<main><h1>Russia-Ukraine war</h1><h2>Top news</h2>
${card("Example Wire", "Missile hits apartment block in Kharkiv, killing four", "2026-01-02T09:12:00Z", "11 hours ago", "Jane Doe",
  `<article class="more"><div class="name">Other Daily</div><a href="./read/x">Four killed as missile hits homes in Kharkiv</a><time datetime="2026-01-02T10:00:00Z">10 hours ago</time></article>`)}
${card("Example Post", "Ministers agree to meet again on energy truce next week", "2026-01-02T15:40:00Z", "4 hours ago", "")}
${card("Example Times", "Drones set oil depot ablaze in a Russian border region", "2026-01-02T18:55:00Z", "1 hour ago", "John Roe")}
</main></body></html>`;
    const doc = parse(html);
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Missile hits apartment block in Kharkiv, killing four", "2026-01-02T09:12:00Z", "Jane Doe"],
      ["Ministers agree to meet again on energy truce next week", "2026-01-02T15:40:00Z", null],
      ["Drones set oil depot ablaze in a Russian border region", "2026-01-02T18:55:00Z", "John Roe"],
    ]);
  });
});

describe("a news reader's feed: cards aged 'Source · 45m', counted from the weather box's clock (eval/dr)", () => {
  it("reads compact ages after a source, with or without a credit it can read", () => {
    expect(matchStamp("Example Wire · 45m", 0)).toMatchObject({ ago: 45 });
    expect(matchStamp("The Associated Press · 5h", 0)).toMatchObject({ ago: 300, author: "The Associated Press" });
    expect(matchStamp("Newsweek · 2h", 0)).toMatchObject({ ago: 120 });
    // a count that is no age stays no stamp
    expect(matchStamp("Comments · 45", 0)).toBeNull();
  });

  it("dates each card back from the clock and day in the masthead's weather box", () => {
    const doc = parse(`example news
Search the web

Springfield, IL
44°F Cloudy
2:35 PM
Saturday, January 31

Discover   Following   News   Sports

World

Example Wire · 45m
Envoys say a leaders' meeting could come within weeks
Two envoys said on Saturday that a meeting of the leaders could come within weeks, though no date was set.
Like 412   Comment 389

Daily Example · 2h
Air force reports a record month of drone attacks
The air force said more attack drones were launched in January than in any month of the war.
Like 88   Comment 41

Example Post · 3h
Fog delays flights at the regional airport
Thick fog delayed dozens of flights on Saturday morning, the airport said.
Like 23   Comment 7

© 2026 Example
`, { date: "2026-01-31" });
    // 2:35 PM in Springfield, Illinois (CST, UTC−6) is 20:35 UTC
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-01-31T19:50:00Z", "2026-01-31T18:35:00Z", "2026-01-31T17:35:00Z"]);
  });
});

describe("a research institute's commentary, its author's name over their post (eval/ds)", () => {
  it("credits every section to the name over 'Senior Research Fellow, …'", () => {
    const doc = parse(`Example Institute
Topics   Regions   Events   Research

Home  /  Expert comment
Expert comment
The spring offensive tests Europe's promises
As fighting intensifies on several fronts, European governments need to turn commitments into deliveries
Published 30 March 2026
5 minute read
Jane Holloway
Senior Research Fellow, Eastern Europe Programme
A renewed push in the east
Commanders opened their spring campaign with repeated assaults on a town in the east, the general staff said.
The attackers have gained ground on the town's outskirts, according to open-source maps.
The strike on the grid
Overnight, hundreds of drones and dozens of missiles were launched at power plants and substations.
Four people were killed, and the grid operator imposed emergency outages in nine regions.
`);
    expect(doc.entries.map((e) => [e.headline, e.author])).toEqual([
      ["A renewed push in the east", "Jane Holloway"], ["The strike on the grid", "Jane Holloway"],
    ]);
  });
});

describe("a feed whose last card quotes figures 'published by' an official body (eval/dr)", () => {
  it("takes no home from a news sentence's 'published by', while a footer's 'is published by' still names one", () => {
    const card = "Russia launched more than 6,000 drones in January, according to figures published by Ukraine's air force.";
    expect(textPageHome(["Example reader", "", "World", "", card, "", "© 2026 Example"], null)).toBeNull();
    expect(textPageHome(["Example Daily", "", "World", "", "Example Daily is published by Example Media Kosovo."], null)?.zone).toBe("Europe/Belgrade");
  });
});

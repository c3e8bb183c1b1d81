// Forms met on the eval pages in session 44 (own pages, own words): each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import { textPageHome } from "../src/parse/text-home-zone.ts";
import { matchStamp } from "../src/parse/text-stamps.ts";

describe("a newest-first live blog under one plain date line whose top post is past midnight (eval/ds)", () => {
  const page = (dateLine: string) => `THE EXAMPLE HERALD
Home   World   Live

Ukraine live: a port city counts the cost of a night raid
${dateLine}

Missiles hit a southern port in the early morning. Follow the day here.

00:40
President thanks partners in late address

In a late-night address the president thanked the countries that paid for new interceptors.

21:15
Ministers agree to fund air defence

Three defence ministers said they would pay for a batch of interceptors.

13:05
Rescue work ends in the port city

Rescuers finished searching the damaged block, the city council said.

06:30
Missiles strike the port city at dawn

Several missiles hit the port area at dawn, regional officials said.
`;
  it("keeps the day's posts on the printed day and carries the top one into the next", () => {
    const doc = parse(page("Thursday 16 April 2026 · All times Kyiv (EEST)"), { timezone: "UTC" });
    expect(doc.entries.map((e) => e.published)).toEqual([
      "2026-04-16T21:40:00Z", "2026-04-16T18:15:00Z", "2026-04-16T10:05:00Z", "2026-04-16T03:30:00Z",
    ]);
  });

  it("still reads an 'Updated' date as the newest post's day", () => {
    const doc = parse(page("Updated 17 April 2026 · All times Kyiv (EEST)"), { timezone: "UTC" });
    expect(doc.entries[0]!.published).toBe("2026-04-16T21:40:00Z");
    expect(doc.entries.at(-1)!.published).toBe("2026-04-16T03:30:00Z");
  });
});

describe("an article whose only date is a box the markup calls a date, outside its text (eval/dt, eval/ds)", () => {
  const page = (box: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Statement on grain exports - Ministry of Foreign Affairs of Ukraine</title></head><body>
<header><a class="logo" href="/">Ministry of Foreign Affairs of Ukraine</a><nav><a>Ministry</a> <a>Press</a> <a>Documents</a></nav></header>
<main>${box}<h1>Statement on grain exports through the Black Sea</h1>
<div class="content"><p>The ministry said on Tuesday that ships carrying grain had left three ports in the Odesa region despite new drone attacks on port facilities overnight.</p>
<p>Officials said eleven vessels had sailed in the past two days and that insurers had not raised their rates.</p>
<p>The ministry called on partners to send more air defence systems to protect the ports and the ships that use them.</p></div>
</main><footer><p>All rights reserved.</p></footer></body></html>`;
  it("dates the article by '<div class=\"date\">1 July 2026 16:20</div>', on the clock of the country its masthead names", () => {
    const doc = parse(page(`<div class="date">1 July 2026 16:20</div>`));
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]!.published).toBe("2026-07-01T13:20:00Z");
  });
  it("reads a date-only box ('<span class=\"news-date\">05.05.2026</span>') as that day", () => {
    const doc = parse(page(`<div class="news-meta"><span class="news-date">05.05.2026</span></div>`));
    expect(doc.entries[0]!.published).toBe("2026-05-05");
  });
});

describe("a breadcrumb trail under a text page's masthead (eval/do)", () => {
  it("names no home: 'World / Europe / War in Ukraine' is three sections, not a tagline", () => {
    const lines = ["Example Review", "World  /  Europe  /  War in Ukraine", "", "Headline of the day's summary", "",
      "By Jane Doe", "26.05.2026, 17:45", "", "Fighter jets were scrambled overnight as drones crossed the border."];
    expect(textPageHome(lines, null)).toBeNull();
    // a tagline that does name a place still does
    expect(textPageHome(["Example Review", "Warsaw's English-language daily", "", "By Jane Doe"], null)?.zone).toBe("Europe/Warsaw");
  });
});

describe("cards whose machine time names no zone ('<time datetime=\"2026-10-07 19:50\">', eval/du)", () => {
  const card = (at: string, printed: string, headline: string, text: string) => `<li class="card"><h2><a href="/en/${at.replace(/\D/g, "")}">${headline}</a></h2>
<p class="standfirst">${text}</p>
<time class="dateline" datetime="${at}">${printed}</time></li>`;
  const page = (stamp1: string, stamp2: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Latest news - The Lisbon Example</title></head><body>
<header><a class="logo" href="/">THE LISBON EXAMPLE</a></header>
<main><h1>Latest news</h1><ol class="latest">
${card(stamp1, "Oct.7.2026 at 7:50PM", "Ministers meet in the capital to discuss a ceasefire plan", "Foreign ministers of several countries met on Wednesday to discuss a proposal for a ceasefire in Ukraine.")}
${card(stamp2, "Oct.7.2026 at 2:05PM", "Volunteer from the north killed in fighting near Zaporizhzhia", "The family of a volunteer who joined a foreign unit in Ukraine said on Wednesday he had been killed.")}
</ol></main></body></html>`;
  it("reads it as a wall time where the page has its home, and says so", () => {
    const doc = parse(page("2026-10-07 19:50", "2026-10-07 14:05"));
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-10-07T18:50:00Z", "2026-10-07T13:05:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/read in Europe\/Lisbon/);
  });
  it("keeps a machine time that names its offset as it is", () => {
    const doc = parse(page("2026-10-07T19:50:00-03:00", "2026-10-07T14:05:00-03:00"));
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-10-07T22:50:00Z", "2026-10-07T17:05:00Z"]);
  });
});

describe("an article whose JSON-LD date names no zone ('\"datePublished\": \"2026-05-05T10:00:00\"')", () => {
  const page = (date: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Grain ships leave port - The Lisbon Example</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Grain ships leave port","datePublished":"${date}"}</script></head><body>
<header><a class="logo" href="/">THE LISBON EXAMPLE</a></header>
<main><h1>Grain ships leave port</h1>
<p>Ships carrying grain left three ports in the Odesa region on Tuesday despite new drone attacks overnight, officials said.</p>
<p>Eleven vessels have sailed in the past two days, the port authority said, and insurers have not raised their rates.</p>
<p>Officials asked partners for more air defence systems to protect the ports and the ships that use them.</p>
</main></body></html>`;
  it("reads it as a wall time where the page has its home, and says so", () => {
    const doc = parse(page("2026-05-05T10:00:00"));
    expect(doc.entries[0]!.published).toBe("2026-05-05T09:00:00Z");
    expect(doc.warnings.join(" ")).toMatch(/read in Europe\/Lisbon/);
  });
  it("keeps a date that names its offset, and one read with --timezone", () => {
    expect(parse(page("2026-05-05T10:00:00+02:00")).entries[0]!.published).toBe("2026-05-05T08:00:00Z");
    expect(parse(page("2026-05-05T10:00:00"), { timezone: "UTC" }).entries[0]!.published).toBe("2026-05-05T10:00:00Z");
  });
});

describe("a map site's feed of events: an age, one unpunctuated statement, a 'source' link (eval/dx)", () => {
  const item = (age: string, text: string, extra = "") => `${age}\n${text}\n${extra}source\n`;
  const page = `examplemap
Ukraine

Ukraine Interactive map - Latest news on the map - examplemap.com

Friday, 4 September 2026, 18:30 (Kyiv time)

Latest news

${item("10 minutes ago", "Air raid alert declared in Kharkiv and Sumy regions over the threat of guided bomb launches")}
${item("2 hours ago", "Russian drone hit a minibus in Nikopol, two passengers wounded, the regional military administration said", "Photo\n")}
${item("4 hours ago", "Foreign ministers of five Nordic countries arrived in Kyiv for talks on air defence and energy support")}
Advertisement
Remove ads with the Pro plan

${item("6 hours ago", "Overnight Russia launched 88 drones at Ukraine; 71 shot down or jammed, the air force says")}
Load more

About   Terms   Privacy   Contact`;
  it("reads each statement as an entry's text, dated by its age against the page's clock", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.body, e.published])).toEqual([
      [null, ["Air raid alert declared in Kharkiv and Sumy regions over the threat of guided bomb launches"], "2026-09-04T15:20:00Z"],
      [null, ["Russian drone hit a minibus in Nikopol, two passengers wounded, the regional military administration said"], "2026-09-04T13:30:00Z"],
      [null, ["Foreign ministers of five Nordic countries arrived in Kyiv for talks on air defence and energy support"], "2026-09-04T11:30:00Z"],
      [null, ["Overnight Russia launched 88 drones at Ukraine; 71 shot down or jammed, the air force says"], "2026-09-04T09:30:00Z"],
    ]);
  });
});

// The events both wiki timeline pages below list, each on its section's day, its citation markers left out.
const WIKI_EVENTS = [
  ["2026-03-01", "Russian drones strike the port of Izmail overnight, damaging two grain silos, the regional governor says."],
  ["2026-03-01", "The foreign ministers of Ukraine and Poland meet in Rzeszów to discuss border crossings and grain transit."],
  ["2026-03-02", "Ukraine receives a first battery of a new air defence system from Germany, the defence ministry says."],
  ["2026-03-02", "Russian forces claim to have taken a village near Pokrovsk; Ukraine's General Staff denies it."],
];

describe("a wiki's day-by-day timeline scraped as text: '2 March[edit]' over paragraphs closed by citations (eval/dx)", () => {
  const page = `Jump to content
Main menu

Timeline of the war in Ukraine (March 2026)

From the free encyclopedia

This page lists notable events of the war from 1 March 2026 onwards, day by day.

March[edit]

1 March[edit]

Russian drones strike the port of Izmail overnight, damaging two grain silos, the regional governor says.[1]

The foreign ministers of Ukraine and Poland meet in Rzeszów to discuss border crossings and grain transit.[2][3]

2 March[edit]

Ukraine receives a first battery of a new air defence system from Germany, the defence ministry says.[4]

Russian forces claim to have taken a village near Pokrovsk; Ukraine's General Staff denies it.[5]

See also[edit]

Outline of the war in Ukraine

References[edit]

^ "Drones hit Izmail port". Example News. 1 March 2026. Retrieved 1 March 2026.
`;
  it("reads each paragraph as an entry on its section's day, its citation markers left out", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.published, e.body[0]])).toEqual(WIKI_EVENTS);
    expect(doc.warnings.join(" ")).not.toMatch(/fetch day/);
  });
  it("keeps an ordinary article whose paragraphs carry citation markers one article", () => {
    const article = `Example Wiki\n\nBattle of the river port\n\nThe battle began in the spring and lasted for three months, according to several accounts.[1]\n\nBoth sides brought in reinforcements during the summer, and the town was badly damaged.[2]\n\nA ceasefire was agreed in the autumn after talks in a neighbouring country.[3]\n`;
    expect(parse(article).entries).toHaveLength(1);
  });
});

describe("the same timeline as the wiki's HTML: day headings with their edit links, a list under each (eval/dx)", () => {
  const page = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Timeline of the war in Ukraine (March 2026) - Example Wiki</title></head>
<body><div id="mw-navigation"><a href="/">Main page</a> <a href="/random">Random article</a></div>
<main id="content"><h1 id="firstHeading"><span class="mw-page-title-main">Timeline of the war in Ukraine (March 2026)</span></h1>
<div id="bodyContent"><div id="siteSub">From Example Wiki, the free encyclopedia</div>
<div class="mw-parser-output"><p>This page lists notable events of the war from 1 March 2026 onwards, day by day.</p>
<div class="mw-heading mw-heading2"><h2 id="March">March</h2><span class="mw-editsection">[<a href="/edit?section=1">edit</a>]</span></div>
<div class="mw-heading mw-heading3"><h3 id="1_March">1 March</h3><span class="mw-editsection">[<a href="/edit?section=2">edit</a>]</span></div>
<ul><li>Russian drones strike the port of Izmail overnight, damaging two grain silos, the regional governor says.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></li>
<li>The foreign ministers of Ukraine and Poland meet in Rzeszów to discuss border crossings and grain transit.<sup class="reference"><a href="#cite_note-2">[2]</a></sup></li></ul>
<div class="mw-heading mw-heading3"><h3 id="2_March">2 March</h3><span class="mw-editsection">[<a href="/edit?section=3">edit</a>]</span></div>
<ul><li>Ukraine receives a first battery of a new air defence system from Germany, the defence ministry says.<sup class="reference"><a href="#cite_note-3">[3]</a></sup></li>
<li>Russian forces claim to have taken a village near Pokrovsk; Ukraine's General Staff denies it.<sup class="reference"><a href="#cite_note-4">[4]</a></sup></li></ul>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection">[<a href="/edit?section=4">edit</a>]</span></div>
<div class="reflist"><ol class="references"><li id="cite_note-1">"Drones hit Izmail port". Example News. 1 March 2026.</li></ol></div>
</div></div></main>
<footer id="footer"><ul><li id="footer-info-lastmod">This page was last edited on 2 March 2026, at 21:04<span class="anonymous-show">&#160;(UTC)</span>.</li></ul></footer>
</body></html>
`;
  it("dates each item by its section's day, drops its citation markers and reads no reference as an event", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.published, e.body[0]])).toEqual(WIKI_EVENTS);
  });
});

describe("a newsletter post whose section headings carry a class that says 'header' (eval/dx)", () => {
  const section = (title: string, text: string) => `<h3 class="header-anchor-post">${title}<div class="pencraft header-anchor-parent"><div class="header-anchor-widget"></div></div></h3>
<p>${text}</p>
<p>Officials said more details would follow later in the week, and that partners had been told in advance of the plans.</p>
<p>Analysts said the step had been expected for some time, though its timing and scale were still being debated in several capitals.</p>`;
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weekly brief: ports, envoys and money - by Jane Doe</title>
<meta name="author" content="Jane Doe"></head><body><div id="main">
<div class="main-menu"><a class="navbar-title-link" href="/">The Example Brief</a></div>
<article class="newsletter-post post"><div class="post-header"><h1 class="post-title">Weekly brief: ports, envoys and money</h1>
<div class="post-date" title="Mon, 27 Jul 2026 10:31:00 GMT">Jul 27, 2026</div></div>
<div class="available-content"><div class="body markup">
<p>Good morning. Here is what happened over the weekend, in three items.</p>
${section("Port hit again overnight", "Drones struck port buildings in Odesa overnight, injuring three workers, the regional head said.")}
${section("Envoy expected in Moscow", "The Kremlin confirmed that a US envoy would visit Moscow later this week to meet the president.")}
${section("New money for weapons", "The Netherlands will add €500 million to a NATO fund that buys American weapons for Ukraine, its ministry said.")}
</div></div></article></div></body></html>`;
  it("reads one entry per section, not one article without its headings", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Port hit again overnight", "Envoy expected in Moscow", "New money for weapons"]);
  });
});

describe("a trade paper's listing: each card's section, then its age ('in Port News · 35 mins ago', eval/dv)", () => {
  const card = (headline: string, age: string, text: string) => `${headline}\nin Port News · ${age}\n\n${text}\n\nRead more\n`;
  const page = `Example Shipping Daily
Online Daily Newspaper on Shipping

Thursday, 29 January 2026 · 18:20

Home   Port News   Tanker Market   Dry Bulk Market

Port News

${card("Drone strike damages grain berth at Danube port", "35 mins ago", "Russian drones damaged a grain berth at the Danube port of Izmail overnight, the regional governor said.")}
${card("Tanker rates ease as cargoes thin out", "2 hours ago", "Spot rates for crude tankers fell for a third day as fewer cargoes were offered in the Mediterranean.")}
${card("Ukraine says sea drones hit Russian patrol boat", "4 hours ago", "Ukraine's military intelligence said its sea drones struck a Russian patrol boat off Crimea overnight.")}
`;
  it("reads each card, dated by its age against the page's clock, and says the clock's zone is a guess", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Drone strike damages grain berth at Danube port", "2026-01-29T17:45:00Z"],
      ["Tanker rates ease as cargoes thin out", "2026-01-29T16:20:00Z"],
      ["Ukraine says sea drones hit Russian patrol boat", "2026-01-29T14:20:00Z"],
    ]);
    expect(doc.warnings.join(" ")).toMatch(/states no time zone/);
  });
});

describe("labels and buttons that are nobody's byline (eval/dv, eval/dw)", () => {
  it("reads 'UPDATE — 4:20 p.m. EST' as a stamp with no author", () => {
    const stamp = matchStamp("UPDATE — 4:20 p.m. EST", 0);
    expect(stamp?.minutes).toBe(16 * 60 + 20);
    expect(stamp?.author).toBeNull();
    expect(matchStamp("Jane Doe — 4:20 p.m. EST", 0)?.author).toBe("Jane Doe");
  });

  it("credits cards by their bylines, not by the 'More Info' button under their text", () => {
    const card = (h: string, by: string, text: string) => `${h}\nBy ${by} - Feb 06, 2026, 2:15 PM CST\n\n${text}\n\nMore Info\n`;
    const page = `Example Oil News\n\nLatest Energy News\n\n${card("Drones strike a refinery in the south of Russia", "Jane Doe",
      "Drones struck a refinery in southern Russia on Friday, starting a fire at a processing unit, the governor said.")}
${card("Rig count slips for a fourth week", "Tom Reyes", "The number of active oil and gas rigs in the United States fell again this week, data showed.")}
${card("Pipeline exports resume after repairs", "Ann Lee", "Oil exports through a pipeline to central Europe resumed on Friday after repairs, the operator said.")}`;
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Jane Doe", "Tom Reyes", "Ann Lee"]);
  });

  it("gives each section of a radio show's page its producer, skipping the player's 'Listen | 19:32'", () => {
    const section = (h: string, text: string, producer: string) => `${h}\n\n${text}\n\nA second sentence of the segment's text follows here.\n\nListen | 19:32\n\nProduced by ${producer}.\n`;
    const page = `Example Radio\n\nThe Morning Show\nHome   Podcast   Schedule\n\nThe Morning Show for May 28, 2026\n\nExample Radio · Posted: May 28, 2026 10:42 AM EDT\n\nListen to the full episode\n1:24:16\n\nGuest host Jane Doe. Today: a city after a night of drones, and new money for air defence.\n
${section("A city counts its dead after a night of drones", "More than 700 drones were launched overnight, most of them at the capital, where 14 people were killed.", "Tom Reyes")}
${section("Ottawa's $500M for air defence: what will it buy?", "The defence minister said Canada would spend $500 million on air defence missiles for Ukraine.", "Ann Lee")}
${section("The children coming home", "Twenty-two children taken to Russia have been reunited with their families this month.", "Tom Reyes")}`;
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.author])).toEqual([
      ["A city counts its dead after a night of drones", "Tom Reyes"],
      ["Ottawa's $500M for air defence: what will it buy?", "Ann Lee"],
      ["The children coming home", "Tom Reyes"],
    ]);
  });
});

describe("a person's social account as a feed: the posts name no author, the account is theirs (eval/dx)", () => {
  const feed = (title: string, link: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>${link}</link><description>Public posts</description>
<item><link>${link}/1</link><pubDate>Mon, 03 Aug 2026 19:42:10 +0000</pubDate><description>&lt;p&gt;Missiles hit a residential block in Sumy this morning, local officials say.&lt;/p&gt;</description></item>
<item><link>${link}/2</link><pubDate>Mon, 03 Aug 2026 17:20:45 +0000</pubDate><description>&lt;p&gt;The city's schools will start the year online because they lack shelters.&lt;/p&gt;</description></item>
</channel></rss>`;
  it("credits every post to the account's owner", () => {
    expect(parse(feed("Jane Doe", "https://example.social/@jdoe")).entries.map((e) => e.author)).toEqual(["Jane Doe", "Jane Doe"]);
    expect(parse(feed("@jdoe.example.social - Jane Doe", "https://example.app/profile/jdoe.example.social")).entries[0]!.author).toBe("Jane Doe");
  });
  it("credits nobody from a news site's feed title", () => {
    expect(parse(feed("Example News", "https://news.example.org/world")).entries[0]!.author).toBeNull();
  });
});

describe("a blog post's footer: 'Posted by Example at 7:42 PM' over its share links, labels and comments (eval/dy)", () => {
  const page = `Example Blog
Home     Contact     Archive

Wednesday, 21 October 2026

Deliveries of the autumn: what the Nordic countries sent

Written by Jane Doe and Tom Reyes

The Nordic countries have sent Ukraine a steady flow of heavy equipment this autumn, and this list covers what was confirmed.

Sweden

Sweden handed over its first fighter aircraft this month, along with more self-propelled howitzers.

Norway

Norway paid for two more air defence units and a stock of missiles for them, the government said.

Posted by Example at 7:42 PM
Email This  BlogThis!  Share to X  Share to Facebook
Labels: Donations, Nordic countries

3 comments:

Anonymous said...
Great work as always.
Reply

Newer Post   Older Post   Home
`;
  it("ends the text there and reads its time beside the head's date", () => {
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Sweden", "2026-10-21T19:42:00Z"], ["Norway", "2026-10-21T19:42:00Z"],
    ]);
  });
});

describe("a listing of cards as sections, each closed by its byline and its date (eval/dy)", () => {
  const card = (kicker: string, h: string, text: string, by: string) => `${kicker}\n${h}\n\n${text}\n\nA second paragraph of the card's text goes on with more detail.\n\nby ${by}\n12 October 2026\n`;
  const page = `Example Defence
Solutions   Products   Insights   Contact us

Home  >  Insights  >  Defence news

Defence news
The latest defence and security news from our team of analysts and reporters.

${card("AIR PLATFORMS", "First fighters handed over to Ukraine", "The first four fighters promised to Ukraine have been delivered, the defence ministry confirmed on 12 October.", "Jane Doe")}
${card("LAND", "Assault groups press on a town from the southeast", "Assault groups have pushed to within 3 km of the town's outskirts, according to footage reviewed by analysts.", "Tom Reyes")}
${card("SEA", "Navy launches its fourth upgraded frigate", "A shipyard launched the fourth of the navy's upgraded frigates on 12 October, the builder said.", "Ann Lee")}`;
  it("dates and credits each card by its own lines, and reads the listing's head as no card", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["First fighters handed over to Ukraine", "Jane Doe", "2026-10-12"],
      ["Assault groups press on a town from the southeast", "Tom Reyes", "2026-10-12"],
      ["Navy launches its fourth upgraded frigate", "Ann Lee", "2026-10-12"],
    ]);
    expect(doc.warnings.join(" ")).not.toMatch(/prints no date/);
  });
});

describe("a LiveBlogPosting whose updates carry the page's headline and run their own into the text (eval/dy)", () => {
  const update = (n: number, at: string, headline: string, text: string) => ({ id: `https://news.example.org/live#block-${n}`, at, headline, text });
  const updates = [
    update(1, "2026-12-03T16:45:00+00:00", "Allies pledge to keep air defences supplied", "The alliance's secretary general said allies had pledged enough money to keep interceptors flowing through the winter."),
    update(2, "2026-12-03T14:30:00+00:00", "Sanctions on oil traders and tankers", "The government imposed sanctions on four oil trading firms and 30 tankers, the foreign office said."),
  ];
  const ld = { "@context": "https://schema.org", "@type": "LiveBlogPosting", headline: "War live: ministers meet", datePublished: "2026-12-03T07:05:00+00:00",
    liveBlogUpdate: updates.map((u) => ({ "@type": "BlogPosting", "@id": u.id, headline: "War live: ministers meet", datePublished: "2026-12-03T07:05:00+00:00", articleBody: `${u.headline}. ${u.text}` })) };
  const html = `<!DOCTYPE html><html lang="en"><head><title>War live: ministers meet | Example News</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1>War live: ministers meet</h1>
${updates.map((u, i) => `<div class="block" id="block-${i + 1}"><p><time datetime="${u.at}">${u.at.slice(11, 16)}</time></p><h2>${u.headline}</h2><p>${u.text}</p></div>`).join("\n")}
</main></body></html>`;
  it("takes each headline from its block and starts the text after it", () => {
    const doc = parse(html);
    expect(doc.entries.map((e) => [e.headline, e.body[0], e.published])).toEqual(updates.map((u) => [u.headline, u.text, u.at.replace("+00:00", "Z")]));
  });
});

describe("a live blog's head: 'Sunday, 17 May 2026 · Last updated 20:40 CEST' and 'Live blog: Name' (eval/dw)", () => {
  const page = `Example Post
News in English from the Rhineland

LIVE BLOG
War in Ukraine: a port burns after a drone attack – live
Sunday, 17 May 2026 · Last updated 20:40 CEST
Live blog: Jane Doe

A port burns; a city buries its dead.

25 min ago
Leaders to speak by phone on Monday

The president said he would hold a phone call with his counterpart on Monday to discuss the war.

2 hrs ago
Port: second death confirmed

A second person has died after the drone attack on the port, the city's mayor said.
`;
  it("counts the ages back from the update time on the printed day, and credits the labelled byline", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([["2026-05-17T18:15:00Z", "Jane Doe"], ["2026-05-17T16:40:00Z", "Jane Doe"]]);
  });
});

describe("video cards whose length sits in a 'duration' box before their time (eval/dw)", () => {
  const card = (n: number, length: string, headline: string, at: string, text: string) => `<article class="video-card"><a class="thumb" href="/videos/${n}"><span class="duration">${length}</span></a>
<h3>${headline}</h3><time class="video-card__date">${at}</time><p>${text}</p></article>`;
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Videos - Example TV</title></head><body>
<main><h1>More from Example TV</h1><section class="more-videos">
${card(1, "03:51", "Central bank sees the economy barely growing", "May 22nd, 2026, 10:48 AM EDT", "The bank cut its growth forecast for the year, citing high borrowing costs and weaker oil revenue.")}
${card(2, "02:37", "Oil rises after drones hit an export port", "May 22nd, 2026, 9:30 AM EDT", "Crude climbed after drones set fire to a loading berth at a Baltic port, traders said.")}
${card(3, "1:04:22", "Ambassador on air defence needs", "May 22nd, 2026, 8:14 AM EDT", "The ambassador spoke about the country's need for more interceptors before the winter.")}
</section></main></body></html>`;
  it("dates each card by its time, not its length", () => {
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2026-05-22T14:48:00Z", "2026-05-22T13:30:00Z", "2026-05-22T12:14:00Z"]);
  });
});

describe("a broadcast transcript: segments stamped '[10:00:12]', each opened by its speaker's label (eval/dw)", () => {
  const page = `Example TV
Transcripts

EXAMPLE NEWSROOM

Drones hit a grain terminal; talks to resume next week

Aired April 4, 2026 - 10:00   ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

[10:00:12]

JANE DOE, EXAMPLE ANCHOR: We begin in southern Ukraine, where drones hit a grain terminal in Odesa overnight, killing two workers.

DOE: Officials say more than 60 drones were launched at the region alone, and most of them were brought down.

[10:02:47]

TOM REYES, EXAMPLE CORRESPONDENT (voice-over): The fire at the terminal was still smoldering when we arrived this morning.

A crane operator and a guard were killed when the first drones hit, the port authority said.

[10:05:30]

DOE: Delegations of both sides will meet in Geneva on Monday for a new round of talks, the first in two months.
`;
  it("starts each segment's text after the label, and credits the correspondent by name", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.body[0]!.slice(0, 30), e.author])).toEqual([
      ["We begin in southern Ukraine, ", null],
      ["The fire at the terminal was s", "Tom Reyes"],
      ["Delegations of both sides will", null],
    ]);
  });
});

describe("an unrolled thread: 'Jane Doe' over '@jdoe_ua', then numbered posts '1/ …', '2/ …' (eval/dx)", () => {
  const page = `Thread Reader
Share this page!

Jane Doe

@jdoe_ua

Aug 24, 2026 • 4 tweets • 2 min read

Read on X

1/ The night began with one of the largest air attacks of the summer: 38 missiles and 420 drones, the air force said.

2/ In Kyiv, two people were killed when debris hit a high-rise, the city's administration says.

3/ Lviv was hit for the first time in weeks; a warehouse district in the west of the city is on fire.

4/ And in Russia: drones hit a refinery in the Rostov region overnight, the governor says.

• • •

Missing some Tweet in this thread? You can try to force a refresh
`;
  it("reads each numbered post as an entry, its number kept, credited to the thread's author", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.body[0]!.slice(0, 12), e.author, e.published])).toEqual([
      ["1/ The night", "Jane Doe", "2026-08-24"], ["2/ In Kyiv, ", "Jane Doe", "2026-08-24"],
      ["3/ Lviv was ", "Jane Doe", "2026-08-24"], ["4/ And in Ru", "Jane Doe", "2026-08-24"],
    ]);
  });
});

describe("a podcast's episode list dated only 'APR 24', its JSON-LD listing each episode with its time (eval/dw)", () => {
  const episodes = [["Evening wrap: a blackout and a sanctions deal", "2026-04-24T21:40:00Z"], ["Breaking: missile strike cuts power in the south", "2026-04-24T17:15:00Z"],
    ["Morning briefing: drones over the ports", "2026-04-24T08:10:00Z"]];
  const ld = { "@context": "https://schema.org", "@type": "PodcastSeries", name: "Example War Daily",
    workExample: episodes.map(([name, at]) => ({ "@type": "PodcastEpisode", name, datePublished: at })) };
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Example War Daily - Podcasts</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1>Example War Daily</h1>
<p class="show-description">A daily podcast about the war in Ukraine from our correspondents in Kyiv, Brussels and Washington.</p>
<section class="episodes"><h2>Episodes</h2><ol>
${episodes.map(([name]) => `<li class="episode"><p class="episode-details__published-date">APR 24</p>
<h3 class="episode-details__title">${name}</h3>
<p class="episode-details__summary">Our correspondents in Kyiv and Brussels report on the day's main news, with analysis of what it means for the weeks ahead and for the talks.</p>
<p class="episode-details__duration">14 min</p><button aria-label="Play">Play</button></li>`).join("\n")}
</ol></section></main></body></html>`;
  it("dates each episode by its listed time, not the fetch day", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual(episodes);
    expect(doc.warnings.join(" ")).not.toMatch(/fetch day/);
  });
});

describe("Ukrainian city sites: 'Dnipro news' under the masthead, a chip 'Vinnytsia · 22:45 · +21°C, clear' (eval/eb)", () => {
  it("finds the towns under today's spellings, which the gazetteer lists under older ones", () => {
    expect(textPageHome(["MOST", "Dnipro news", "News   Dnipro   Region   War", "", "Sunday, 26 July 2026"], null)?.zone).toBe("Europe/Kyiv");
  });
  it("reads the chip's town as home and its clock as what the ages count back from", () => {
    const page = `20 Minutes
Vinnytsia
Vinnytsia · 22:45 · +21°C, clear
Tuesday, 25 August 2026

News   Region   War   Society

Latest news

Air alert in the region: drones are heading from the north
17 minutes ago

An air raid alert has been declared in the region because of a group of drones flying from the north.

Evacuation places prepared for 1,200 people
1 hour ago

The regional administration is preparing places for about 1,200 people being evacuated from front-line areas.
`;
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-08-25T19:28:00Z", "2026-08-25T18:45:00Z"]);
  });
});

describe("stamps with a label or marks round them, and a quote page's clock (eval/ec, eval/ea)", () => {
  it("reads 'Update: 9:31 a.m. ET' and '+++ 09:05 CET +++' as bare stamps", () => {
    expect(matchStamp("Update: 9:31 a.m. ET", 0)).toMatchObject({ minutes: 9 * 60 + 31, author: null, text: null });
    expect(matchStamp("+++ 09:05 CET +++", 0)).toMatchObject({ minutes: 9 * 60 + 5, author: null, text: null });
    expect(matchStamp("Update: talks resume in Geneva", 0)).toBeNull();
  });
  it("counts a quote page's ages back from 'As of 11:42 AM EST. Market Open.'", () => {
    const page = `Example Finance\n\nExample Corporation (EXC)\n503.84 +7.21 (+1.45%)\nAs of 11:42 AM EST. Market Open.\n\nRecent News: EXC\n
Allies asked to fund more interceptors after a record barrage
The foreign minister urged allies on Wednesday to pay for at least 200 more interceptors, hours after a record attack.
Example Wire • 28 minutes ago

Defence shares rise as orders grow
Shares of defence makers rose in morning trading after several governments announced new orders for air defence systems.
Example Wire • 2 hours ago
`;
    const doc = parse(page, { date: "2026-11-04" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-11-04T16:14:00Z", "2026-11-04T14:42:00Z"]);
  });
});

describe("a wire's stamp followed by the same time in GMT ('November 01, 2026 17:05 ET (22:05 GMT)', eval/ec)", () => {
  it("reads the wire's own time and zone", () => {
    expect(matchStamp("November 01, 2026 17:05 ET (22:05 GMT)", 0)).toMatchObject({ minutes: 17 * 60 + 5, zone: "America/New_York", date: { year: 2026, month: 11, day: 1 } });
  });
});

describe("an updated article whose blocks each open 'Updated at 04:40' (eval/eb)", () => {
  const block = (at: string, text: string) => `Updated at ${at}\n\n${text}\n\nA second paragraph of the update adds what officials said next.\n`;
  const page = (blocks: string) => `Example City News\nKyiv\nNews   Kyiv   Incidents\n\nNight attack on the capital: what is known\n\n2 August 2026, 04:15\nAuthor: Jane Doe\n\nThe city came under a combined attack overnight. Here is what is known; the news is being updated.\n\n${blocks}`;
  it("reads each block as an entry at its time, where three or more print one", () => {
    const doc = parse(page([block("04:40", "Debris of downed drones fell in three districts, the city's administration said."),
      block("05:30", "Two people were killed and nine injured in the night attack, the mayor said."),
      block("08:15", "The toll has risen to four as rescuers found two more bodies under the rubble.")].join("\n")), { timezone: "Europe/Kyiv" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2026-08-02T01:40:00Z", "2026-08-02T02:30:00Z", "2026-08-02T05:15:00Z"]);
  });
  it("keeps one 'Updated at' line the page's own time, no update", () => {
    const doc = parse(page(block("04:40", "Debris of downed drones fell in three districts, the city's administration said.")), { timezone: "Europe/Kyiv" });
    expect(doc.entries).toHaveLength(1);
  });
});

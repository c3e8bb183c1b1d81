// Forms met on the eval pages in session 52 (own pages, own words). Each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import { matchStamp } from "../src/parse/text-stamps.ts";
import { bylineAuthor } from "../src/parse/text-post.ts";

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe("a page of articles one after another, each under its title, credit and 'Published: 3 March ,2031: 04:15 PM GST'", () => {
  const card = (section: string, title: string, credit: string, stamp: string, text: string[]) => [
    section, "", title, "", credit, `Published: ${stamp}`, "", "Share", "", "Font", "A", "A", "", ...text.flatMap((t) => [t, ""]),
    "Tags: Ukraine", "", "Next article", "",
  ];
  const page = [
    "Skip to main content", "", "Example Gulf News", "", "News    World    Business    Sports", "",
    ...card("World", "Drone strike cuts power to part of Kherson", "Reuters", "3 March ,2031: 04:15 PM GST",
      ["A Russian drone hit a substation in Kherson on Monday, leaving about 9,000 homes without electricity, the regional governor said.", "Repair crews were waiting for the shelling to ease before going out, he added."]),
    ...card("Business", "Port of Jebel Ali posts record container month", "Example Gulf News", "3 March ,2031: 11:40 AM GST",
      ["The port handled more containers in February than in any month before, its operator said on Monday."]),
    ...card("World", "Oman offers to host a new round of prisoner talks", "AFP", "3 March ,2031: 08:05 AM GST",
      ["Oman is ready to host Russian and Ukrainian officials for talks on another exchange of prisoners, its foreign minister said."]),
  ].join("\n");

  it("reads each card under its own title, credit and year, the text-size buttons and 'Next article' left out", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Drone strike cuts power to part of Kherson", "Reuters", "2031-03-03T12:15:00Z"],
      ["Port of Jebel Ali posts record container month", "Example Gulf News", "2031-03-03T07:40:00Z"],
      ["Oman offers to host a new round of prisoner talks", "AFP", "2031-03-03T04:05:00Z"],
    ]);
    expect(entries[0]!.body[0]).toMatch(/^A Russian drone hit a substation/);
  });

  it("reads the year of a date whose comma sits against the year", () => {
    expect(matchStamp("Published: 3 March ,2031: 04:15 PM GST", 0)?.date).toEqual({ year: 2031, month: 3, day: 3, weekday: null });
  });
});

describe("a running story whose sections end their headlines with the time in brackets ('Headline (4:40 p.m.)')", () => {
  const sections = [
    ["Hungary lifts its veto on the sanctions package (5:10 p.m.)", "Hungary's foreign minister said his country would no longer block the package after a pipeline clause was added."],
    ["Drones damage a refinery in Russia's Samara region (1:25 p.m.)", "Ukrainian drones set a refinery in the Samara region on fire overnight, the regional governor said."],
    ["Finland to fund artillery shells made in Ukraine (9:50 a.m.)", "Finland will pay for 40,000 shells produced by Ukrainian factories, its defence ministry said."],
  ];
  it("dates each section of a saved HTML page by its own time, on the page's clock, the time left off the headline", () => {
    const page = html(`<title>War Latest: EU Nears Deal on New Sanctions - Example Wire</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"War Latest: EU Nears Deal on New Sanctions","datePublished":"2031-03-12T08:30:00.000Z","author":{"@type":"Organization","name":"Example Wire"}}</script>`,
    `<article><h1>War Latest: EU Nears Deal on New Sanctions</h1><p>The European Union moved closer to its next round of sanctions as drones struck deep inside Russia.</p>
<p><em>(All times CET)</em></p>
${sections.map(([h, p]) => `<h3>${h}</h3><p>${p}</p>`).join("\n")}</article>`);
    expect(parse(page).entries.map((e) => [e.headline, e.published])).toEqual([
      ["Hungary lifts its veto on the sanctions package", "2031-03-12T16:10:00Z"],
      ["Drones damage a refinery in Russia's Samara region", "2031-03-12T12:25:00Z"],
      ["Finland to fund artillery shells made in Ukraine", "2031-03-12T08:50:00Z"],
    ]);
  });

  it("reads the same from a text copy; a headline ending in a video's length '(2:31)' is no stamp (guard)", () => {
    const text = ["War Latest: EU Nears Deal on New Sanctions", "", "By Example Wire", "", "March 12, 2031 at 9:30 AM GMT+1", "",
      "The European Union moved closer to its next round of sanctions as drones struck deep inside Russia.", "", "(All times CET)", "",
      ...sections.flatMap(([h, p]) => [h!, "", p!, ""])].join("\n");
    expect(parse(text).entries.map((e) => [e.headline, e.published])).toEqual([
      ["Hungary lifts its veto on the sanctions package", "2031-03-12T16:10:00Z"],
      ["Drones damage a refinery in Russia's Samara region", "2031-03-12T12:25:00Z"],
      ["Finland to fund artillery shells made in Ukraine", "2031-03-12T08:50:00Z"],
    ]);
    expect(matchStamp("Watch the moment the bridge came down (2:31)", 0)).toBeNull();
  });
});

describe("a timeline of the day, published and edited after its last item", () => {
  it("keeps every item on the day printed in 'Published: … 08:55 PM' and 'Updated: … 09:30 PM', not the next", () => {
    const item = (t: string, p: string) => `<li><strong>${t}</strong><p>${p}</p></li>`;
    const page = html(`<title>Timeline: a day of talks in Doha | Example Gulf News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Timeline: a day of talks in Doha","datePublished":"2031-04-02T20:55:00+04:00","dateModified":"2031-04-02T21:30:00+04:00","author":{"@type":"Organization","name":"Example Gulf News"}}</script>`,
    `<main><h1>Timeline: a day of talks in Doha</h1><div class="dates"><span>Published: 02 April ,2031: 08:55 PM GST</span> <span>Updated: 02 April ,2031: 09:30 PM GST</span></div>
<ul class="timeline">
${item("09:10", "The two delegations arrived at the foreign ministry in Doha for the first session of talks on prisoner exchanges.")}
${item("13:45", "Qatar's foreign minister said both sides had handed over lists of the prisoners they wanted back.")}
${item("19:20", "The session ended with an agreement to meet again within a month, according to a joint statement.")}
</ul></main>`);
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2031-04-02T05:10:00Z", "2031-04-02T09:45:00Z", "2031-04-02T15:20:00Z"]);
  });
});

describe("live pages in text, read in forms not met before", () => {
  it("reads 'Kyiv times. Newest updates at the bottom.' as the page's zone", () => {
    const page = ["WIGTON GAZETTE", "Live  ·  Ukraine  ·  Europe", "", "Ukraine live: the anniversary of the invasion", "Monday 24 February",
      "By Ola Marsh and Ben Tarr", "Kyiv times. Newest updates at the bottom.", "", "Follow the day as the country marks the anniversary.", "",
      "08:05 | Missiles hit Zhytomyr; three dead", "Three people were killed when two missiles hit Zhytomyr shortly after 7am, officials said.", "",
      "09:40 | Zelensky: \"Still standing\"", "In a video address, the president thanked soldiers and medics.", ""].join("\n");
    expect(parse(page, { date: "2031-02-24" }).entries.map((e) => e.published)).toEqual(["2031-02-24T06:05:00Z", "2031-02-24T07:40:00Z"]);
  });

  const post = (stamp: string, by: string | null, title: string, text: string[]) =>
    [stamp, ...(by ? [by] : []), title, "", ...text.flatMap((t) => [t, ""]), "Share this -", "Link copied", ""];
  const page = [
    "Example Network News", "", "LIVE BLOG", "Russia-Ukraine war live updates: strikes on Odesa port", "",
    "March 20, 2031, 6:30 AM EDT / Updated March 20, 2031, 3:10 PM EDT", "", "By Tom Reyes and Lia Moss", "",
    "What to know", "Russian drones hit the port of Odesa overnight.", "Ukraine said it struck an airfield in Crimea.", "",
    ...post("March 20, 2031, 2:55 PM EDT", "Lia Moss", "Ukraine says it struck an airfield in Crimea", ["Ukraine's navy said drones hit two helicopters at an airfield near Saky.", "Russia did not comment on the claim."]),
    ...post("March 20, 2031, 11:20 AM EDT", null, "Video shows fire at Odesa grain terminal", ["01:07"]),
    ...post("March 20, 2031, 7:05 AM EDT", "Tom Reyes", "Russian drones hit Odesa port, two injured", ["Two port workers were injured when drones hit a grain terminal in Odesa overnight, the governor said."]),
    "Load more", "", "© 2031 EXAMPLE NETWORK",
  ].join("\n");

  it("reads stamp, byline, headline, text in that order; a video's length under its headline is no stamp", () => {
    expect(parse(page).entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Ukraine says it struck an airfield in Crimea", "2031-03-20T18:55:00Z", "Lia Moss"],
      ["Video shows fire at Odesa grain terminal", "2031-03-20T15:20:00Z", "Tom Reyes and Lia Moss"],
      ["Russian drones hit Odesa port, two injured", "2031-03-20T11:05:00Z", "Tom Reyes"],
    ]);
  });

  it("drops a player's bare length '0:52' among stamps that all name their zone", () => {
    const page = ["Live Reporting", "", "17:40 GMT", "Leaders pledge generators for Kharkiv", "", "Five Nordic leaders promised 300 generators for the city hospitals.", "", "Share", "",
      "16:15 GMT", "Watch: Firefighters at the plant", "", "Video content", "Video caption: Crews fought the blaze for six hours at the plant, which heats the north of the city.", "0:52", "", "Share", "close panel", "",
      "15:02 GMT", "Why the heating plants are targets", "", "Russia has hit the same kind of plant every autumn since the invasion began.", "",
      "13:30 GMT", "Blogger detained in Moscow", "", "A pro-war blogger who criticised commanders was detained, his lawyer said.", ""].join("\n");
    expect(parse(page, { date: "2031-11-03" }).entries.map((e) => e.published)).toEqual(
      ["2031-11-03T17:40:00Z", "2031-11-03T16:15:00Z", "2031-11-03T15:02:00Z", "2031-11-03T13:30:00Z"]);
  });

  it("keeps a related story's title under 'Read More' inside the post whose stamp closes it", () => {
    const page = ["Example Standard", "", "Russia-Ukraine war LIVE: Zelensky in London", "", "Key Points", "Zelensky in Downing Street", "UK signs drone deal", "",
      "Zelensky in Downing Street", "The president arrived in Downing Street for talks with the prime minister.", "Jo Baird12 March 2031 16:52", "",
      "UK signs drone deal", "Britain and Ukraine signed a £200 million agreement to build interceptor drones in the north of England.", "Read More",
      "Ukraine's drone makers look for factories abroad", "The defence secretary said the deal would create 300 jobs.", "Jo Baird12 March 2031 15:30", "",
      "Russian strike on Odesa kills two", "A missile hit a warehouse in Odesa, killing two workers, the governor said.", "Sam Pike12 March 2031 14:05", ""].join("\n");
    expect(parse(page).entries.map((e) => e.headline)).toEqual(["Zelensky in Downing Street", "UK signs drone deal", "Russian strike on Odesa kills two"]);
  });

  it("credits 'From Example staff' to the outlet's staff, the 'From' left off", () => {
    const page = ["Example live updates", "", "10:55 a.m. ET, March 9, 2031", "", "Missile strike hits Kryvyi Rih", "From Example staff", "",
      "A ballistic missile hit an office building in Kryvyi Rih, officials said.", "",
      "9:40 a.m. ET, March 9, 2031", "", "Kremlin rejects talks offer", "From Example’s Ana Rey", "", "The Kremlin said it saw no basis for new talks.", ""].join("\n");
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Example staff", "Ana Rey"]);
  });
});

describe("articles and JSON-LD pages, read in forms not met before", () => {
  it("takes the name, not the role the markup runs into it ('<span>Dr Jo Pike</span><span>Military analyst</span>')", () => {
    const post = (time: string, author: string, role: string, title: string, text: string) =>
      `<div class="post"><time datetime="${time}">${time.slice(11, 16)}</time><div class="post-author"><span class="post-author__name">${author}</span><span class="post-author__role">${role}</span></div><h3>${title}</h3><p>${text}</p></div>`;
    const page = html("<title>Ukraine war latest - Example Sky</title>", `<main><h1>Ukraine war latest</h1>
${post("2031-02-06T15:10:00Z", "Dr Jo Pike", "Military analyst", "Analysis: why Russia moves its bombers east", "Satellite images show bombers leaving the bases in range of Ukrainian drones.")}
${post("2031-02-06T13:05:00Z", "Tom Carr", "Political reporter", "UK announces air defence package", "The government will send another 200 missiles for short-range air defence.")}</main>`);
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Dr Jo Pike", "Tom Carr"]);
  });

  it("leaves out a live page's 'Our live coverage has moved' post", () => {
    const ld = { "@context": "https://schema.org", "@type": "LiveBlogPosting", headline: "March 2, 2031 Russia-Ukraine news", liveBlogUpdate: [
      { "@type": "BlogPosting", headline: "Our live coverage has moved", articleBody: "Our live coverage of the war in Ukraine has moved here.", datePublished: "2031-03-03T02:00:00Z" },
      { "@type": "BlogPosting", headline: "Toll from Kharkiv strike rises to 6", articleBody: "Six people are now known to have died in the glide bomb attack on Kharkiv, the governor said.", datePublished: "2031-03-02T22:40:00Z" },
    ] };
    const page = html(`<title>Live news - Example</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, "<main><h1>March 2, 2031 Russia-Ukraine news</h1></main>");
    expect(parse(page).entries.map((e) => e.headline)).toEqual(["Toll from Kharkiv strike rises to 6"]);
  });

  it("reads a newsletter's numbered items at its 'Sent at 19:05 CET', under 'Compiled by', the greeting no item", () => {
    const page = ["Example Herald", "View in browser", "", "Evening Briefing", "Tuesday 4 March 2031", "Sent at 19:05 CET", "Compiled by Ana Rey", "",
      "Ukraine: the day in three stories", "",
      "Good evening. A strike on a refinery town, a visit to Warsaw and a drone order: here is what mattered today.", "",
      "1. Kremenchuk: four dead after missiles hit homes", "", "Russian missiles struck Kremenchuk early on Tuesday. By evening four people were confirmed dead.", "",
      "2. A Danish drone order worth €300 million", "", "Denmark will pay for drones built by Ukrainian producers, its defence ministry said.", "",
      "3. Zelensky in Warsaw", "", "The president secured a promise that Polish instructors will train more Ukrainian soldiers.", ""].join("\n");
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Kremenchuk: four dead after missiles hit homes", "2031-03-04T18:05:00Z", "Ana Rey"],
      ["A Danish drone order worth €300 million", "2031-03-04T18:05:00Z", "Ana Rey"],
      ["Zelensky in Warsaw", "2031-03-04T18:05:00Z", "Ana Rey"],
    ]);
  });
});

describe("a weekly round-up of one-paragraph briefs, each naming its country by a link", () => {
  const brief = (before: string, link: string, after: string) => `<p>${before}<a href="/topic/${link.toLowerCase()}">${link}</a>${after}</p>`;
  const page = (paragraphs: string[]) => html(`<title>Politics | Example Weekly</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Politics","datePublished":"2031-05-14T16:00:00Z"}</script>`,
  `<main><article><h1>Politics</h1><section class="body">${paragraphs.join("\n")}</section></article></main>`);
  const briefs = [
    brief("", "Peru", "’s president dissolved congress after it voted to impeach him for a second time this year."),
    brief("Farmers in ", "France", " blocked motorways around Lyon for three days in protest at new rules on pesticides."),
    brief("", "Russia", " fired 50 missiles and 400 drones at Ukraine’s power stations, killing at least six people in Lviv."),
    brief("Diplomats from ", "Ukraine and Russia", " met in Geneva for a second round of talks on prisoner exchanges, without a breakthrough."),
    brief("A court in ", "Kenya", " struck down a law that would have let the police hold suspects for 30 days without charge."),
  ];

  it("reads each paragraph as an entry of its own", () => {
    const entries = parse(page(briefs)).entries;
    expect(entries).toHaveLength(5);
    expect(entries.map((e) => e.headline)).toEqual([null, null, null, null, null]);
    expect(entries[2]!.body).toEqual(["Russia fired 50 missiles and 400 drones at Ukraine’s power stations, killing at least six people in Lviv."]);
  });

  it("keeps an article whose paragraphs link here and there one article (guard)", () => {
    const article = [
      `<p>Talks between <a href="/u">Ukraine</a> and Russia resumed in Geneva on Tuesday after a pause of two months, diplomats said.</p>`,
      `<p>The delegations spent most of the first day on lists of prisoners, according to two people who were briefed on the session.</p>`,
      `<p>A Swiss official said the hosts hoped for an agreement on exchanges before the summer, though neither side would commit to a date.</p>`,
      `<p>Moscow again raised its demand that Kyiv give up the rest of the Donetsk region, which <a href="/z">Zelensky</a> has refused.</p>`,
      `<p>The next round is expected in June, the Swiss foreign ministry said in a statement after the talks ended.</p>`,
    ];
    expect(parse(page(article)).entries).toHaveLength(1);
  });
});

it("reads a lone 'Image' line in a report as the picture's placeholder, not a heading", () => {
  const page = ["EXAMPLE INSTITUTE", "", "Daily Assessment, March 3, 2031", "", "Jo Pike and Ana Rey", "", "March 3, 2031, 7:50pm ET", "",
    "Russian forces kept up assaults around Kostiantynivka on March 3, and Kyiv reported a strike on a refinery in Saratov.", "",
    "Image", "", "Our maps are refreshed every day together with this report and show where the front line has moved since the winter.", "",
    "Ukrainian Operations in the Russian Federation", "", "Ukrainian drones struck the Saratov refinery overnight, according to geolocated footage.", "",
    "Russian Main Effort – Eastern Ukraine", "", "Russian forces advanced southeast of Kostiantynivka, according to geolocated footage.", ""].join("\n");
  expect(parse(page).entries.map((e) => e.headline)).not.toContain("Image");
});

it("takes the title over the byline and date, not the first section's heading under the summary list", () => {
  const page = ["Example Independent", "News   War   Opinion", "", "War latest: drones hit Lviv; Gripens arrive", "", "by Ola Marsh", "March 15, 2031 10:24 PM  5 min read", "",
    "Key developments on March 15:", "", "• Russia launches a large attack on western Ukraine", "• The first Swedish jets land in Ukraine", "",
    "Russia launches large attack on western Ukraine, two killed in Lviv", "", "Russia launched 400 drones and 30 missiles overnight, focusing on energy sites, the Air Force said.", "",
    "Read also: Kyiv asks for ten more Patriot systems", "", "Air defence downed most of them. Two people were killed in Lviv Oblast, the governor said.", "",
    "First Swedish jets arrive in Ukraine", "", "The first Swedish-built fighters have arrived in Ukraine, the defence minister said.", ""].join("\n");
  const doc = parse(page);
  expect(doc.entries.map((e) => e.headline)).toEqual(["Russia launches large attack on western Ukraine, two killed in Lviv", "First Swedish jets arrive in Ukraine"]);
});

describe("forms of the second wave's pages", () => {
  it("reads 'Times are given for Kyiv.' at the end of a live page's lede as its zone", () => {
    const page = ["Example Radio", "", "Live", "The war: live updates", "Updated 19 May 2031, 00:45", "",
      "We follow the war through the day. Times are given for Kyiv.", "", "19 May 2031", "",
      "00:45", "Explosions in Kharkiv as drones approach", "", "Several explosions were heard in Kharkiv shortly after midnight, the mayor said.", "",
      "00:10", "Sanctions on 90 more defence firms", "", "The president signed a decree adding 90 Russian defence companies to the sanctions list.", ""].join("\n");
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2031-05-18T21:45:00Z", "2031-05-18T21:10:00Z"]);
  });

  it("reads a news summary of paragraphs opened by a city in capitals and a dash ('KIEV -- …'), a player's 'Close' button among them", () => {
    const page = ["Example Agency | English", "Home | World | Business", "", "World news summary at 1530 GMT, May 10", "",
      "Source: Example Agency| 2031-05-10 23:30:00|Editor: desk", "", "Video Player", "Close", "",
      "KIEV -- Russian drone strikes on the Kharkov region overnight killed four people, the governor said on Saturday.", "",
      "NAIROBI -- Floods have killed at least 31 people in Kenya over the past week, the Red Cross said on Saturday.", "",
      "BRUSSELS -- The European Union formally adopted a new package of sanctions against Russia on Saturday.", "",
      "Follow us on", "Facebook   X   YouTube", ""].join("\n");
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual([null, null, null]);
    expect(entries.map((e) => e.body[0]!.slice(0, 8))).toEqual(["KIEV -- ", "NAIROBI ", "BRUSSELS"]);
  });

  it("takes a headline set in title case with full stops for a headline, and 'Updated' over the page's time for no post's stamp", () => {
    const post = (stamp: string, title: string, by: string, text: string) => [stamp, "", title, "", by, "", text, ""];
    const page = ["Example Times", "", "LIVE", "Updated ", "March 11, 2031, 7:48 p.m. ET", "",
      "Ukraine News: Strike on Kharkiv Plant Kills 5", "The attack cut heating to 180,000 homes.", "",
      "Here’s what we know:", "", "A missile attack on a power plant killed five people.", "", "Share full article", "",
      ...post("March 11, 2031, 7:32 p.m. ET", "Death Toll From Kharkiv Plant Strike Rises to Five", "Ola Marsh", "Five people are now confirmed dead after the strike on the plant, the governor said."),
      ...post("March 11, 2031, 8:15 a.m. ET", "Kharkiv Has Rebuilt Its Power Plant Twice. Russia Keeps Coming Back.", "Ben Tarr", "For the third winter in a row, the engineers who run the plant have spent months patching turbines."),
    ].join("\n");
    expect(parse(page).entries.map((e) => [e.headline, e.author])).toEqual([
      ["Death Toll From Kharkiv Plant Strike Rises to Five", "Ola Marsh"],
      ["Kharkiv Has Rebuilt Its Power Plant Twice. Russia Keeps Coming Back.", "Ben Tarr"],
    ]);
  });

  it("reads a topic page's cards: the title its class calls a heading, the tag row above it no text", () => {
    const card = (tag: string, title: string, stand: string, at: string) =>
      `<li class="o-teaser"><div class="o-teaser__meta"><a class="o-teaser__tag">${tag}</a><span class="o-labels">Premium</span></div>` +
      `<div class="o-teaser__heading"><a href="/content/${at}">${title}</a></div><p class="o-teaser__standfirst">${stand}</p>` +
      `<div class="o-teaser__timestamp"><time datetime="${at}">2 hours ago</time></div></li>`;
    const page = html("<title>War in Ukraine | Example Financial</title>", `<main><h1>War in Ukraine</h1><ul>
${card("Defence industry", "Drone makers lobby Kyiv to allow exports", "Manufacturers say they could earn hard currency, but generals fear losing parts", "2031-03-13T11:20:32+0000")}
${card("War in Ukraine", "Missile strike on Kryvyi Rih kills three", "Attack on the president’s home city damages a steelworks", "2031-03-13T09:05:00+0000")}
</ul></main>`);
    expect(parse(page).entries.map((e) => [e.headline, e.body[0]])).toEqual([
      ["Drone makers lobby Kyiv to allow exports", "Manufacturers say they could earn hard currency, but generals fear losing parts"],
      ["Missile strike on Kryvyi Rih kills three", "Attack on the president’s home city damages a steelworks"],
    ]);
  });
});

describe("posts signed the way platforms sign them", () => {
  it("credits each untitled post of an embedded live blog to the name over its stamp", () => {
    const post = (name: string, stamp: string, text: string) => [name, stamp, "", text, "", "♥ 12", "Share", ""];
    const page = ["Example Watch", "News   Region   About", "", "Port under attack: live updates, 8 June 2031", "By Example Watch newsroom", "",
      "We follow the consequences of this morning's strike. All times are Kyiv time.", "", "LIVE", "Newest", "Oldest", "",
      ...post("Iryna Holub", "Jun 8, 21:30", "The death toll from the morning strike has risen to five, the governor says. Two of the injured died in hospital."),
      ...post("Petro Lazar", "Jun 8, 18:05", "Power has been restored to 38,000 households that were cut off after the strike damaged a substation."),
      ...post("Iryna Holub", "Jun 8, 09:15", "Russia fired three ballistic missiles at the city at about 08:35 this morning, officials said."),
    ].join("\n");
    expect(parse(page).entries.map((e) => [e.headline, e.author])).toEqual([[null, "Iryna Holub"], [null, "Petro Lazar"], [null, "Iryna Holub"]]);
  });

  it("credits a channel's post to its signature, not to the channel's name printed over every post", () => {
    const msg = (id: number, signed: string | null, at: string, text: string) =>
      `<div class="message_wrap"><div class="message" data-post="examplebrief/${id}"><div class="message_bubble">` +
      `<div class="message_author"><a class="message_owner_name" href="/examplebrief"><span>Example Brief</span></a></div>` +
      `<div class="message_text">${text}</div><div class="message_footer"><span class="message_views">12K</span>` +
      `${signed ? `<span class="message_from_author">${signed}</span>` : ""}<a class="message_date" href="/examplebrief/${id}"><time datetime="${at}">${at.slice(11, 16)}</time></a></div></div></div></div>`;
    const page = html("<title>Example Brief – Telegram</title>", `<main><section class="messages">
${msg(1, "Nadiia Koval", "2031-06-02T05:10:00+00:00", "Russia attacked overnight with 74 drones, the Air Force said; 52 were shot down or jammed.")}
${msg(2, "Taras Oliin", "2031-06-02T08:40:00+00:00", "A drone hit a fuel depot in Poltava Oblast, the governor said. Nobody was hurt.")}
${msg(3, null, "2031-06-02T11:15:00+00:00", "Ukraine and Russia exchanged 84 prisoners each, the coordination headquarters said.")}
${msg(4, "Nadiia Koval", "2031-06-02T14:30:00+00:00", "The Kremlin said it saw no basis for a ceasefire before talks resume in Istanbul.")}
</section></main>`);
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Nadiia Koval", "Taras Oliin", "Example Brief", "Nadiia Koval"]);
  });

  it("credits a forum's live thread to its users ('by /u/jane_doe')", () => {
    expect(bylineAuthor("by /u/kyiv_mornings")).toBe("kyiv_mornings");
  });

  it("leaves a wiki's foot out: where the page was retrieved from, its categories, its last edit", () => {
    const page = ["Portal:Current events/2031 June 18", "From Example Wiki, the free encyclopedia", "", "June 18, 2031 (Wednesday)", "",
      "Armed conflicts and attacks", "Ukrainian strikes in Russia",
      "Ukraine says its drones struck an oil refinery in Samara Oblast, Russia, causing a large fire. (Example Wire)", "",
      "International relations", "Russia–Ukraine peace negotiations",
      "Delegations hold a second day of talks in Istanbul on a new prisoner exchange. (Example Agency)", "",
      "Retrieved from \"https://wiki.example.org/w/index.php?title=Portal:Current_events/2031_June_18&oldid=1341877203\"",
      "Categories: Current events portal pages | June 2031", "", "This page was last edited on 19 June 2031, at 02:14 (UTC).", ""].join("\n");
    const text = parse(page, { date: "2031-06-18" }).entries.map((e) => [e.headline ?? "", ...e.body].join(" ")).join(" ");
    expect(text).not.toMatch(/Retrieved from|last edited|Categories:/);
  });
});

describe("a social thread copied as text", () => {
  const post = (name: string, handle: string, text: string, replyTo?: string) =>
    [name, handle, "·", "Jun 16", ...(replyTo ? ["Replying to", replyTo] : []), text, "4", "88", "1.2K", ""];
  const page = ["Post", "", "Conversation", "Ola Marsh", "@olamarsh", "Day 3,400 of the invasion. I will keep this thread going through the day.", "",
    "Overnight Russia launched 120 drones at Ukraine, the Air Force says; 98 were downed.", "7:05 AM · Jun 16, 2031", "·", "50.1K", " Views", "",
    ...post("Ola Marsh", "@olamarsh", "2/ Chernihiv: a missile hit a heat plant overnight, the governor says. No casualties."),
    ...post("Ola Marsh", "@olamarsh", "3/ Sumy region: one person was killed when a drone hit a house, officials say."),
    ...post("Ben Tarr", "@bentarr", "Thank you for doing this every day.", "@olamarsh"),
    "Show more replies", "", "Relevant people", "Ola Marsh", "@olamarsh", "Follow", "Kyiv-based reporter.", ""].join("\n");

  it("reads the author's posts, one entry each, the first at its full time and the rest on their day; replies and boxes left out", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.published, e.author])).toEqual([
      ["2031-06-16T07:05:00Z", "Ola Marsh"], ["2031-06-16", "Ola Marsh"], ["2031-06-16", "Ola Marsh"],
    ]);
    expect(entries[1]!.body).toEqual(["2/ Chernihiv: a missile hit a heat plant overnight, the governor says. No casualties."]);
  });

  it("keeps an article that quotes one post under its author's handle an article (guard)", () => {
    const article = ["Example News", "", "Kyiv asks allies for more air defence", "", "By Ana Rey", "June 16, 2031", "",
      "The foreign minister renewed his call for air defence on Monday, after a night of drone attacks on the capital.", "",
      "Ola Marsh", "@olamarsh", "Sirens again in Kyiv, third night in a row.", "",
      "Officials said the city's defences shot down most of the drones before they reached their targets.", ""].join("\n");
    expect(parse(article).entries).toHaveLength(1);
  });
});

it("reads a news agency's home from the tagline under its name ('Example' / 'Russian News Agency')", () => {
  const page = ["EXAMPLE", "Russian News Agency", "", "Politics   World   Business   Military & Defense", "", "Military operation in Ukraine", "",
    "Military & Defense", "Air defenses down 19 drones over Bryansk region — MoD", "7 APR, 22:15", "",
    "Russian air defense systems destroyed 19 fixed-wing drones over the Bryansk region, the Defense Ministry said.", "",
    "World", "Lavrov to visit Ankara next week — ministry", "7 APR, 19:40", "",
    "Foreign Minister Sergey Lavrov will hold talks with his Turkish counterpart in Ankara next week, the ministry said.", ""].join("\n");
  expect(parse(page, { date: "2031-04-07" }).entries.map((e) => e.published)).toEqual(["2031-04-07T19:15:00Z", "2031-04-07T16:40:00Z"]);
});

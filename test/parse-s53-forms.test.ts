// Forms met on the eval pages in session 53 (own pages, own words). Each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe("an aggregator's topic page whose cards sit in clusters, each cluster a list of its own", () => {
  const card = (outlet: string, title: string, at: string, age: string, by = "") =>
    `<article class="tile"><div class="origin"><img src="https://icons.example.net/${outlet.length}.png" alt="">` +
    `<div class="outlet">${outlet}</div></div><a class="title-link" href="./read/${at.slice(11, 16)}">${title}</a>` +
    `<div class="meta"><time datetime="${at}">${age}</time>${by ? `<span class="by">By ${by}</span>` : ""}` +
    `<button aria-label="More">More</button></div></article>`;
  const cluster = (label: string, cards: string[]) =>
    `<section class="group"><div class="tiles">${label ? `<h3>${label}</h3>` : ""}${cards.join("")}` +
    `<a class="all" href="./story/x">See all coverage</a></div></section>`;
  const page = html("<title>Ukraine war - Example News Hub</title>",
    `<header><a href="./">Example News Hub</a> <a href="./signin">Sign in</a></header>` +
    `<nav><a href="./home">Home</a> <a href="./world">World</a> <a href="./business">Business</a></nav>` +
    `<main><h2>Ukraine war</h2>` +
    cluster("Top stories", [
      card("Example Wire", "Drones strike a fuel depot near Bryansk overnight", "2031-05-14T05:10:00Z", "9 hours ago", "Petra Lund"),
      card("Example Daily", "Governor says Bryansk depot fire is out after drone raid", "2031-05-14T07:25:00Z", "7 hours ago"),
    ]) +
    cluster("", [
      card("Example Post", "Finland pledges a further winter aid package for Kyiv", "2031-05-14T09:40:00Z", "5 hours ago", "Olli Varis"),
      card("Example Herald", "Helsinki adds generators and clothing to its Ukraine aid", "2031-05-14T10:05:00Z", "4 hours ago"),
    ]) +
    `<div class="related"><h3>Related topics</h3><a href="./t/kyiv">Kyiv</a> <a href="./t/nato">NATO</a></div>` +
    cluster("More news", [
      card("Example Times", "Court in Perm fines a teacher over a classroom remark", "2031-05-14T11:30:00Z", "3 hours ago"),
      card("Example Review", "Talks on grain shipments resume in Istanbul", "2031-05-14T12:15:00Z", "2 hours ago", "Deniz Acar"),
      card("Example Star", "Polish border crossing reopens after protest ends", "2031-05-14T13:00:00Z", "1 hour ago"),
    ]) +
    `</main><footer><a href="./help">Help</a> <a href="./privacy">Privacy</a></footer>`);

  it("reads every card of every cluster, with its own time and the byline printed against its age", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Drones strike a fuel depot near Bryansk overnight", "2031-05-14T05:10:00Z", "Petra Lund"],
      ["Governor says Bryansk depot fire is out after drone raid", "2031-05-14T07:25:00Z", null],
      ["Finland pledges a further winter aid package for Kyiv", "2031-05-14T09:40:00Z", "Olli Varis"],
      ["Helsinki adds generators and clothing to its Ukraine aid", "2031-05-14T10:05:00Z", null],
      ["Court in Perm fines a teacher over a classroom remark", "2031-05-14T11:30:00Z", null],
      ["Talks on grain shipments resume in Istanbul", "2031-05-14T12:15:00Z", "Deniz Acar"],
      ["Polish border crossing reopens after protest ends", "2031-05-14T13:00:00Z", null],
    ]);
    expect(entries.flatMap((e) => e.body)).toEqual([]);
  });
});

describe("a section page whose cards each close on their last edit, 'Updated / Tuesday, 8 Apr 2031 18:25'", () => {
  const card = (title: string, byline: string | null, text: string[], stamp: string) =>
    [title, ...(byline ? [byline] : []), ...text.flatMap((t) => [t, ""]), `Updated / ${stamp}`, ""];
  const page = [
    "Skip to main content", "Example Broadcaster", "News", "Sport", "Weather", "", "World", "",
    ...card("Drone attack cuts water supply in Mykolaiv", null,
      ["Much of Mykolaiv was left without running water after a drone hit a pumping station overnight, the mayor said.",
        "Tankers were sent to the worst-affected districts."], "Tuesday, 8 Apr 2031 18:25"),
    ...card("Lisbon hosts meeting on Black Sea shipping", "By Aoife Kearney, Europe Editor",
      ["Officials from nine countries met in Lisbon to discuss insurance for ships using Ukraine's ports."], "Tuesday, 8 Apr 2031 16:10"),
    "Most Read", "1", "Storm warning issued for western counties", "2", "New bridge opens to traffic", "",
    ...card("Ukraine and Russia swap 90 prisoners each", "By Ciarán Walsh, Foreign Desk",
      ["Each side freed 90 prisoners of war in an exchange brokered by the United Arab Emirates, officials said.",
        "Several of the men returned to Ukraine needed hospital care."], "Tuesday, 8 Apr 2031 13:40"),
    ...card("Rail strike halts trains across Belgium", null,
      ["No trains ran in Belgium on Tuesday as rail workers walked out over pensions."], "Tuesday, 8 Apr 2031 09:05"),
    "More Stories", "", "© Example Broadcaster 2031",
  ].join("\n");

  it("reads one entry a card, dated by its last edit, the byline under the headline kept out of the text", () => {
    const entries = parse(page, { timezone: "UTC" }).entries;
    expect(entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Drone attack cuts water supply in Mykolaiv", null, "2031-04-08T18:25:00Z"],
      ["Lisbon hosts meeting on Black Sea shipping", "Aoife Kearney", "2031-04-08T16:10:00Z"],
      ["Ukraine and Russia swap 90 prisoners each", "Ciarán Walsh", "2031-04-08T13:40:00Z"],
      ["Rail strike halts trains across Belgium", null, "2031-04-08T09:05:00Z"],
    ]);
    expect(entries[2]!.body[0]).toMatch(/^Each side freed 90 prisoners/);
  });

  it("keeps a single 'Updated / …' line as the page's edit, not an entry's stamp", () => {
    const article = ["Example Broadcaster", "", "Ports reopen after storm", "",
      "Updated / Tuesday, 8 Apr 2031 18:25", "",
      "All three ports on the east coast reopened on Tuesday after the storm passed, the harbour authority said.", "",
      "Ferries are running to their normal timetable."].join("\n");
    const entries = parse(article, { timezone: "UTC" }).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.headline).toBe("Ports reopen after storm");
  });
});

describe("a live page whose head prints its clock with the city whose time it is: 'at 6:12 am (Paris)'", () => {
  const page = [
    "Example Journal", "Subscribe", "", "Live", "War in Ukraine: the day's events", "",
    "Follow our coverage of the war, with our correspondents' reports.", "",
    "Example Journal", "Published on March 4, 2031, at 6:12 am (Paris), updated at 9:50 pm", "",
    "9:50 pm", "Kyiv says it downed 40 drones overnight", "The air force said most of the drones were stopped over the centre of the country.", "",
    "4:05 pm", "Berlin confirms new air-defence delivery", "Germany will send two more launchers before the summer, its defence minister said.", "",
    "8:30 am", "Shelling damages school in Kherson", "No one was hurt when shells hit a school building in Kherson early on Tuesday.", "",
  ].join("\n");

  it("reads every clock of the page in that city's time", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2031-03-04T20:50:00Z", "2031-03-04T15:05:00Z", "2031-03-04T07:30:00Z"]);
  });
});

describe("a think tank's listing copied as text, under 'Latest', each card dated by its day alone", () => {
  const card = (title: string, dek: string, by: string) => ["analysis", "Example Review", title, dek, by, "Mar 3, 2031", ""];
  const page = [
    "Skip to main content", "", "Example Institute for Policy", "", "Research   Programs   Events   About", "",
    "Example Review", "Short analysis of Russia, Ukraine and their neighbours by the institute's fellows.", "",
    "Subscribe to Example Review", "", "Latest", "",
    ...card("Why Moscow Keeps Moving Its Budget Deadlines", "The finance ministry has twice pushed back its spending plan, a sign that war costs are harder to hide than the government admits.", "Irina Sokolova"),
    ...card("The Quiet Shift in Minsk's Border Policy", "Belarus has thinned its units near the Ukrainian border while keeping up its public warnings, which suggests the threat is mostly for show.", "Tomas Kral and Hanna Lutsenko"),
    ...card("What Grain Talks Can and Cannot Deliver", "A deal on Black Sea shipping would help exporters on both sides, but neither capital expects it to lead to wider talks.", "Omar Haddad"),
    "Load More", "", "© 2031 Example Institute for Policy. All rights reserved.",
  ].join("\n");

  it("reads each card, its writers and its day", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Why Moscow Keeps Moving Its Budget Deadlines", "Irina Sokolova", "2031-03-03"],
      ["The Quiet Shift in Minsk's Border Policy", "Tomas Kral and Hanna Lutsenko", "2031-03-03"],
      ["What Grain Talks Can and Cannot Deliver", "Omar Haddad", "2031-03-03"],
    ]);
    expect(entries[1]!.body).toEqual(["Belarus has thinned its units near the Ukrainian border while keeping up its public warnings, which suggests the threat is mostly for show."]);
  });
});

describe("an HTML listing whose cards print only their day ('<span class=\"date\">3 March 2031</span>')", () => {
  const card = (title: string, by: string, summary: string) =>
    `<div class="item"><div class="item__media"><img src="/img/${title.length}.jpg" alt="A photo"></div><div class="item__body">` +
    `<span class="item__kind">Commentary</span> <span class="item__date">3 March 2031</span>` +
    `<h3 class="item__title"><a href="/commentary/${title.length}">${title}</a></h3><p class="item__by">${by}</p>` +
    `<p class="item__summary">${summary}</p></div></div>`;
  const page = html("<title>Commentary | Example Institute</title>",
    `<header><a href="/">Example Institute</a><nav><a href="/research">Research</a> <a href="/events">Events</a></nav></header>` +
    `<main><h1>Commentary</h1><p class="intro">Analysis from our researchers on defence and security.</p><div class="list">` +
    card("Interceptors Are Now the Scarce Resource", "Mara Lindt", "Ukraine's gunners can see more drones than ever; what they lack is cheap means of stopping them at night, and the gap is widening.") +
    card("Reading the New Russian Conscription Law", "Pavel Orlov and Ruth Cole", "The law lets the army keep conscripts longer in border regions, which matters more for the Kursk front than for manpower overall.") +
    card("Sanctions Enforcement at Sea Needs Evidence", "Ingrid Berg", "Stopping shadow tankers in the Baltic depends on proof that courts accept, which navies are not yet set up to gather.") +
    `</div></main><footer><p>© 2031 Example Institute</p></footer>`);

  it("reads one entry a card, dated by its day, credited to its writers", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Interceptors Are Now the Scarce Resource", "Mara Lindt", "2031-03-03"],
      ["Reading the New Russian Conscription Law", "Pavel Orlov and Ruth Cole", "2031-03-03"],
      ["Sanctions Enforcement at Sea Needs Evidence", "Ingrid Berg", "2031-03-03"],
    ]);
    expect(entries[0]!.body[0]).toMatch(/^Ukraine's gunners can see more drones/);
  });
});

describe("a feed reader's board whose cards show an age, their feed's date in a tooltip", () => {
  const card = (title: string, feed: string, published: string, age: string, summary: string) =>
    `<article class="entry"><a class="entry-title" href="https://news.example.com/${age}">${title}</a>` +
    `<div class="meta"><span class="source">${feed}</span> / <span class="ago" title="Published: ${published}&#10;Received: ${published}">${age}</span></div>` +
    `<div class="summary">${summary}</div><div class="tools"><button>Save</button> <button>Share</button></div></article>`;
  const page = html("<title>Example Reader</title>",
    `<nav><a>Today</a> <a>Read Later</a> <a>Boards</a></nav><main><h1>Ukraine board</h1><div class="entries">` +
    card("Drones hit an oil terminal near Novorossiysk", "Example Wire", "Tue, 04 Mar 2031 18:40:12 GMT", "2h", "A fire broke out at an oil terminal after a drone attack overnight, the port authority said.") +
    card("Warsaw to host a donors' meeting on Ukraine's grid", "Example Daily", "Tue, 04 Mar 2031 14:05:00 GMT", "6h", "Poland will host energy ministers from twelve countries next month to raise money for repairs.") +
    `</div></main>`);

  it("dates each card by the tooltip's published time", () => {
    expect(parse(page).entries.map((e) => [e.headline, e.published])).toEqual([
      ["Drones hit an oil terminal near Novorossiysk", "2031-03-04T18:40:12Z"],
      ["Warsaw to host a donors' meeting on Ukraine's grid", "2031-03-04T14:05:00Z"],
    ]);
  });
});

describe("a radio station's live page whose tagline names its country in the possessive ('Leading Britain's Talk')", () => {
  const page = [
    "Example Radio", "Leading Britain's Talk", "", "News   Shows   Podcasts   Listen Live", "",
    "Live: drone attack on Odesa port", "", "Russia launched drones at Odesa overnight, hitting grain silos.", "",
    "By Jane Holt", "", "4 March 2031, 07:10 | Updated: 4 March 2031, 16:40", "",
    "16:40", "", "Port reopens to shipping", "", "The harbour master said ships could berth again from the afternoon.", "",
    "12:15", "", "Silo fire put out", "", "Firefighters put out the blaze at the grain terminal after five hours, the regional governor said.", "",
  ].join("\n");

  it("reads its bare clocks in that country's time", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2031-03-04T16:40:00Z", "2031-03-04T12:15:00Z"]);
    const summer = parse(page.replaceAll("March", "June"));
    expect(summer.entries.map((e) => e.published)).toEqual(["2031-06-04T15:40:00Z", "2031-06-04T11:15:00Z"]);
  });
});

describe("an aggregator's page saved with SingleFile, its cards aged '24m', '3h'", () => {
  const card = (provider: string, age: string, title: string, abstract: string) =>
    `<div class="card"><div class="attribution"><span class="provider">${provider}</span><span class="dot">·</span><span class="age">${age}</span></div>` +
    `<a class="title-link" href="https://portal.example.com/${age}"><h3>${title}</h3></a><p class="abstract">${abstract}</p></div>`;
  const body = `<html lang="en"><head><meta charset="utf-8"><title>Ukraine - Example Portal</title></head><body>` +
    `<header><a href="/">Example Portal</a></header><main><h1>Ukraine</h1><div class="feed">` +
    card("Example Wire", "24m", "Kyiv says drones downed over five regions", "The air force said it shot down most of the drones launched overnight.") +
    card("Example Daily", "3h", "Finland signs deal to build shells with Ukraine", "The two governments agreed to produce artillery shells together at a plant in Finland.") +
    card("Example Times", "1d", "Rail link to Poland reopens after repairs", "Trains are running again between Lviv and Przemyśl after track damage was fixed.") +
    `</div></main></body></html>`;
  const saved = `<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n url: https://portal.example.com/ukraine \n saved date: Tue Mar 04 2031 19:40:37 GMT+0100 (Central European Standard Time)\n-->` +
    body.replace(/^<html lang="en">/, "");

  it("counts each card's age back from when the copy was saved", () => {
    expect(parse(saved).entries.map((e) => [e.headline, e.published])).toEqual([
      ["Kyiv says drones downed over five regions", "2031-03-04T18:16:00Z"],
      ["Finland signs deal to build shells with Ukraine", "2031-03-04T15:40:00Z"],
      ["Rail link to Poland reopens after repairs", "2031-03-03T18:40:00Z"],
    ]);
  });

  it("leaves the ages undated, and says so, when the copy does not say when it was saved", () => {
    const doc = parse(body);
    expect(doc.entries.map((e) => e.published)).toEqual([null, null, null]);
    expect(doc.warnings.join(" ")).toMatch(/relative stamps/);
  });
});

describe("a news-comparison page printed to text: place, headline, text, 'N sources · age', a left/centre/right bar", () => {
  const card = (place: string, title: string, text: string, count: number, age: string, bar: string) =>
    [place, title, text, `${count} sources · ${age}`, bar, ""];
  const page = [
    "3/14/31, 6:05 PM\tUkraine News | Example Compare", "", "Example Compare", "Home   For You   Local   Search", "",
    "Ukraine War", "Follow", "See how outlets across the spectrum cover the war.", "", "Top Ukraine War News", "",
    ...card("Abu Dhabi, United Arab Emirates", "Both sides free 120 prisoners in Gulf-brokered swap",
      "Ukraine and Russia each released 120 prisoners of war on Tuesday in an exchange arranged by the Emirates.", 41, "45 minutes ago", "Left 22%   Center 50%   Right 28%"),
    ...card("Kharkiv, Ukraine", "Glide bombs hit industrial district of Kharkiv",
      "Two glide bombs struck a factory area in Kharkiv on Tuesday afternoon, injuring five workers, the governor said.", 27, "3 hours ago", "Left 18%   Center 57%   Right 25%"),
    ...card("Brussels, Belgium", "EU ministers back new sanctions listing",
      "European foreign ministers approved sanctions on another 30 companies accused of helping Russia evade export bans.", 19, "6 hours ago", "Left 30%   Center 45%   Right 25%"),
  ].join("\n");

  it("reads one entry a card, aged from the print header, the bar and the dateline left out", () => {
    const entries = parse(page, { timezone: "UTC" }).entries;
    expect(entries.map((e) => [e.headline, e.published])).toEqual([
      ["Both sides free 120 prisoners in Gulf-brokered swap", "2031-03-14T17:20:00Z"],
      ["Glide bombs hit industrial district of Kharkiv", "2031-03-14T15:05:00Z"],
      ["EU ministers back new sanctions listing", "2031-03-14T12:05:00Z"],
    ]);
    expect(entries.map((e) => e.author)).not.toContain("Abu Dhabi");
    expect(entries.flatMap((e) => e.body).join(" ")).not.toMatch(/Left \d+%/);
  });
});

describe("authors signed the ways these pages sign them", () => {
  it("reads a post signed with its outlet's possessive and no dash, 'Example News' Jane Holt and Tom Reyes'", () => {
    const page = [
      "Example News", "", "LIVE UPDATES", "Ukraine live updates: strikes on the south", "",
      "Last Updated: March 4, 2031, 5:50 PM EST", "",
      "Mar 04, 2031, 5:50 PM EST", "", "Moscow expels two Latvian diplomats", "",
      "Russia's foreign ministry said it was expelling two Latvian diplomats in response to an earlier expulsion.", "",
      "Example News' Jane Holt", "",
      "Mar 04, 2031, 3:10 PM EST", "", "Kherson ferry service suspended after shelling", "",
      "The river ferry in Kherson stopped running after shells landed near its pier, the city said.", "",
      "Example News' Jane Holt and Tom Reyes", "",
    ].join("\n");
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Jane Holt", "Jane Holt and Tom Reyes"]);
  });

  const block = (stamp: string, title: string, text: string, credit: string) =>
    `<section class="item"><span class="stamp">${stamp}</span><h2>${title}</h2><p>${text}</p><p class="credit">${credit}</p></section>`;

  it("reads a live page's 'Text: Jane Doe' credit closing each post, not the page's desk", () => {
    const page = html(`<title>Live | Example Nordic</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example Nordic news desk"}}</script>`,
      `<main><h1>The war in Ukraine - live</h1><p class="published">Published 4.3.2031 10.05</p><div class="live">` +
      block("4.3.2031 10.05", "Drone strike damages school in Sumy", "A Russian drone hit a school in Sumy overnight; no one was inside, the mayor said.", "Text: Aino Virta") +
      block("4.3.2031 12.40", "Helsinki sends more generators to Ukraine", "Finland will ship another 60 generators to Ukrainian hospitals, the foreign ministry said.", "Text: Mikko Salo") +
      `</div></main>`);
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Aino Virta", "Mikko Salo"]);
  });

  it("credits each agency teaser to the agency its field names ('<span class=\"teaser__agency\">')", () => {
    const teaser = (agency: string, title: string, text: string, at: string) =>
      `<article class="teaser"><span class="teaser__agency">${agency}</span><h3><a href="/news/${at}">${title}</a></h3>` +
      `<p class="teaser__text">${text}</p><div class="teaser__meta">Published on <time datetime="${at}">${at}</time></div></article>`;
    const page = html("<title>Latest news - Example Swiss</title>",
      `<main><h1>Latest news</h1>` +
      teaser("Reuters", "Drone attack on Odesa port damages silo", "A drone attack overnight damaged a grain silo in Odesa port, the regional governor said on Tuesday.", "2031-03-04T18:20:00+01:00") +
      teaser("AFP", "Kremlin dismisses plan for truce monitors", "The Kremlin on Tuesday rejected a proposal for European monitors along a future ceasefire line.", "2031-03-04T16:05:00+01:00") +
      `</main>`);
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Reuters", "AFP"]);
  });
});

describe("a section list of cards closing on their stamps, a promo box between two of them", () => {
  const card = (label: string, title: string, text: string, by: string, stamp: string) => [label, title, text, by, stamp, ""];
  const page = [
    "Example Channel News", "", "Home   News   World   UK   Watch", "", "Latest news", "",
    ...card("World", "Kyiv reopens its central bridge to traffic", "The city's main road bridge reopened on Tuesday after six weeks of repairs, the mayor said.", "By Ann Cole, Reporter", "4 Mar 2031, 19:05"),
    "Watch Example Channel News at 7pm and catch up on our website.", "",
    ...card("World", "Drone strike hits depot near Sumy", "A drone set fire to a fuel depot on the edge of Sumy, injuring two workers, the regional governor said.", "By Ben Roe, Correspondent", "4 Mar 2031, 16:40"),
    "Our podcast", "Listen to our weekly podcast about the world's news.", "Listen on Example Sounds", "",
    ...card("Politics", "Council approves new cycle lanes", "The city council voted to build eleven kilometres of cycle lanes by next summer.", "By Cara Doyle, Political Reporter", "4 Mar 2031, 11:20"),
    "Show more", "",
  ].join("\n");

  it("starts each card at its own label and headline, the promos left out", () => {
    const entries = parse(page, { timezone: "UTC" }).entries;
    expect(entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Kyiv reopens its central bridge to traffic", "Ann Cole", "2031-03-04T19:05:00Z"],
      ["Drone strike hits depot near Sumy", "Ben Roe", "2031-03-04T16:40:00Z"],
      ["Council approves new cycle lanes", "Cara Doyle", "2031-03-04T11:20:00Z"],
    ]);
    expect(entries.map((e) => e.body[0])).toEqual([
      "The city's main road bridge reopened on Tuesday after six weeks of repairs, the mayor said.",
      "A drone set fire to a fuel depot on the edge of Sumy, injuring two workers, the regional governor said.",
      "The city council voted to build eleven kilometres of cycle lanes by next summer.",
    ]);
  });
});

describe("a regional section list whose cards print 'Jane Doe EXAMPLE Chisinau' over their stamps", () => {
  const card = (label: string, title: string, credit: string, stamp: string, text: string) => [label, title, credit, stamp, "", text, ""];
  const page = [
    "EXNET", "Example Network   Reporting Network", "", "Example Insight", "", "News   Analysis   Opinion", "", "News", "",
    ...card("Moldova", "Chisinau Bans Two Pro-Russian Broadcasters", "Ana Rusu EXNET Chisinau", "March 4, 2031 17:40",
      "Moldova's media regulator withdrew the licences of two channels it said were funded from Moscow."),
    ...card("Serbia", "Belgrade Denies Shells Reached Ukraine Through Brokers", "Marko Ilic EXNET Belgrade", "March 4, 2031 15:20",
      "Serbia's defence ministry denied a report that its ammunition had been sold on to Ukraine by intermediaries."),
    "Load more", "",
  ].join("\n");

  it("reads each card's writer, not the fields as a headline", () => {
    const entries = parse(page, { timezone: "UTC" }).entries;
    expect(entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Chisinau Bans Two Pro-Russian Broadcasters", "Ana Rusu", "2031-03-04T17:40:00Z"],
      ["Belgrade Denies Shells Reached Ukraine Through Brokers", "Marko Ilic", "2031-03-04T15:20:00Z"],
    ]);
  });
});

describe("a daily digest article dated the Central European way, '21. Nov 2031 at 17:05'", () => {
  const page = [
    "Example Spectator", "News   Politics   Business", "", "News digest", "Ministers argue over shell purchase", "",
    "Your short summary of the day's news, every weekday afternoon.", "", "Eva Novak", "4. Mar 2031 at 17:05", "",
    "No part in joint shell purchase", "", "The prime minister said the country would not join a new joint purchase of shells for Ukraine.", "",
    "Trams to run later on weekends", "", "City trams will run until two in the morning on Fridays and Saturdays from April, the transport company said.", "",
  ].join("\n");

  it("dates every section by the article's own date, not the fetch day", () => {
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["No part in joint shell purchase", "2031-03-04T17:05:00Z", "Eva Novak"],
      ["Trams to run later on weekends", "2031-03-04T17:05:00Z", "Eva Novak"],
    ]);
    expect(doc.warnings.join(" ")).not.toMatch(/prints no date/);
  });
});

describe("a key-events page under a menu that runs one two-word item together ('News Ukraine war Europe World Explainers')", () => {
  const page = [
    "Example Post", "News   Ukraine war   Europe   World   Explainers", "",
    "Ukraine war: Key events, day 1,480", "", "Here are the main developments on day 1,480 of the war.", "",
    "Published 4 March 2031, 21:40 GMT", "By Example Post staff", "", "Save   Share", "",
    "Fighting", "", "A missile hit a school in Sumy overnight, injuring three guards, the regional governor said.", "",
    "Russia said it had shot down 30 drones over its border regions.", "",
    "Diplomacy", "", "Negotiators met in Geneva to discuss a pause in strikes on power plants.", "",
    "Read yesterday's key events", "", "Example Post  ·  About  ·  Privacy",
  ].join("\n");

  it("takes the page's own title, and reads one event a paragraph", () => {
    const doc = parse(page);
    expect(doc.title).toBe("Ukraine war: Key events, day 1,480");
    expect(doc.entries.map((e) => e.body[0])).toEqual([
      "A missile hit a school in Sumy overnight, injuring three guards, the regional governor said.",
      "Russia said it had shot down 30 drones over its border regions.",
      "Negotiators met in Geneva to discuss a pause in strikes on power plants.",
    ]);
  });
});

describe("a news ticker: '+++ 06:10 Headline +++' items signed with the editor's initials, '(jkl)'", () => {
  const page = [
    "Example Herald", "Home  |  World  |  Ticker", "", "War in Ukraine: the ticker", "Tuesday, 4 March 2031", "All times CET", "",
    "The latest news, updated through the day.", "",
    "+++ 06:10 Two hurt as drone hits Odesa warehouse +++", "", "A drone set a warehouse on fire in Odesa before dawn, injuring two guards, the governor said.", "", "(jkl)", "",
    "+++ 09:30 Berlin pledges new air-defence package +++", "", "Germany will send two more air-defence systems this year, the defence minister said.", "", "(mkr)", "",
    "Ticker ends. Tomorrow's ticker starts at 6am.", "", "Example Herald  |  Imprint  |  Privacy",
  ].join("\n");

  it("reads each item's time, headline and initials, the zone line and the sign-off left out", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Two hurt as drone hits Odesa warehouse", "2031-03-04T05:10:00Z", "jkl"],
      ["Berlin pledges new air-defence package", "2031-03-04T08:30:00Z", "mkr"],
    ]);
    expect(entries[1]!.body).toEqual(["Germany will send two more air-defence systems this year, the defence minister said."]);
  });
});

describe("a newsroom listing: type label, title, a dashed date '06-03-2031', the release's text", () => {
  const card = (label: string, title: string, text: string) => [label, title, "06-03-2031", "", text, ""];
  const page = [
    "Skip to main content", "", "EXRC", "Example Relief Committee", "", "Where we work   What we do   Law   Newsroom   Careers", "Donate", "",
    "Newsroom", "The latest releases and statements from the committee.", "",
    "Content type: All   News release   Statement   Operational update", "Region: All regions", "",
    ...card("News release", "Ukraine and Russia: committee helps return 120 detainees to each side", "At the request of both sides, the committee acted as a neutral go-between in the return of 120 detainees held by each."),
    ...card("Operational update", "Ukraine: generators delivered to hospitals in Sumy", "Committee teams delivered twelve generators to four hospitals in Sumy, where power cuts have lasted for days."),
    ...card("News release", "Colombia: Committee Calls for Safe Passage for Displaced Families", "The committee asked armed groups to let families leave the area safely after a week of fighting."),
    "Load more", "", "© Example Relief Committee",
  ].join("\n");

  it("reads each release under its title, dated by its own day, the type labels left out", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.published])).toEqual([
      ["Ukraine and Russia: committee helps return 120 detainees to each side", "2031-03-06"],
      ["Ukraine: generators delivered to hospitals in Sumy", "2031-03-06"],
      ["Colombia: Committee Calls for Safe Passage for Displaced Families", "2031-03-06"],
    ]);
    expect(entries[1]!.body).toEqual(["Committee teams delivered twelve generators to four hospitals in Sumy, where power cuts have lasted for days."]);
  });
});

describe("a messenger channel's exported history, each post under its poster's picture initials", () => {
  const post = (id: number, at: string, clock: string, text: string, signature?: string) =>
    `<div class="message default" id="message${id}"><div class="pull_left userpic_wrap"><div class="userpic userpic4">` +
    `<div class="initials">EC</div></div></div><div class="body"><div class="pull_right date details" title="${at}">${clock}</div>` +
    `<div class="from_name">Example Channel</div><div class="text">${text}</div>` +
    (signature ? `<div class="signature details">${signature}</div>` : "") + `</div></div>`;
  const page = html("<title>Exported Data</title>",
    `<div class="page_wrap"><div class="page_header"><div class="text bold">Example Channel</div></div><div class="history">` +
    post(1, "04.03.2031 07:05:18 UTC+02:00", "07:05", "Overnight drones attacked the region; air defence destroyed nine of them.", "Olha Bondar") +
    post(2, "04.03.2031 09:40:02 UTC+02:00", "09:40", "Schools in the city will teach online until Friday, the administration said.") +
    `</div></div>`);

  it("keeps the initials out of every post's text", () => {
    expect(parse(page).entries.map((e) => [e.published, e.body])).toEqual([
      ["2031-03-04T05:05:18Z", ["Overnight drones attacked the region; air defence destroyed nine of them."]],
      ["2031-03-04T07:40:02Z", ["Schools in the city will teach online until Friday, the administration said."]],
    ]);
  });
});

describe("two feeds' and listings' furniture around an item's text", () => {
  it("reads a video channel's feed item from its media description, its links, chapters and hashtags left out", () => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">` +
      `<title>Example Evening News</title><author><name>Example Evening News</name></author>` +
      `<entry><id>yt:video:abc</id><title>Drones hit Kherson port | Evening bulletin</title><link rel="alternate" href="https://video.example.com/watch?v=abc"/>` +
      `<published>2031-03-04T19:30:14+00:00</published><media:group><media:title>Drones hit Kherson port</media:title>` +
      `<media:description>Two dock workers were hurt when drones hit the port of Kherson on Tuesday, the regional governor said.\n\n` +
      `Chapters:\n00:00 Intro\n01:10 The port\n\nSubscribe: https://video.example.com/@eveningnews\nWebsite: https://evening.example\n\n#Ukraine #Kherson</media:description>` +
      `</media:group></entry></feed>`;
    const entries = parse(feed).entries;
    expect(entries.map((e) => [e.headline, e.body])).toEqual([
      ["Drones hit Kherson port | Evening bulletin", ["Two dock workers were hurt when drones hit the port of Kherson on Tuesday, the regional governor said."]],
    ]);
  });

  it("keeps a listing card's dated meta row ('March 4, 2031 | Ottawa, Ontario | Defence | News releases') out of its text", () => {
    const item = (title: string, meta: string, text: string) =>
      `<article class="item"><h3><a href="/news/${title.length}">${title}</a></h3><p class="meta">${meta}</p><p>${text}</p></article>`;
    const page = html("<title>News results - Example.gc</title>",
      `<main><h1>News results</h1><p class="count">Showing 1 to 3 of 900 results</p>` +
      item("Minister announces new assistance for Ukraine", "March 4, 2031 | Ottawa, Ontario | National Defence | News releases",
        "The minister today announced $200 million in new military assistance for Ukraine, including armoured vehicles.") +
      item("Statement on the missile attack on Odesa", "March 4, 2031 | Ottawa, Ontario | Prime Minister's Office | Statements",
        "The Prime Minister today condemned the missile attack on Odesa, which killed four civilians.") +
      item("Sanctions on vessels of the shadow fleet", "March 4, 2031 | Ottawa, Ontario | Foreign Affairs | News releases",
        "The minister today announced sanctions on 40 vessels that help Russia move oil in breach of the price cap.") +
      `</main>`);
    expect(parse(page).entries.map((e) => [e.published, e.body[0]])).toEqual([
      ["2031-03-04", "The minister today announced $200 million in new military assistance for Ukraine, including armoured vehicles."],
      ["2031-03-04", "The Prime Minister today condemned the missile attack on Odesa, which killed four civilians."],
      ["2031-03-04", "The minister today announced sanctions on 40 vessels that help Russia move oil in breach of the price cap."],
    ]);
  });
});

describe("a thread's or blog's sign-off, 'That's it for today's thread. Back tomorrow.'", () => {
  it("closes the page: nothing under it is an update", () => {
    const page = [
      "Example Live", "", "Ukraine live: Tuesday's updates", "Tuesday 4 March 2031", "All times Kyiv", "",
      "09:10", "Drones downed over Poltava", "The air force said 40 of 52 drones were shot down overnight.", "",
      "13:25", "Talks set for Geneva", "Negotiators will meet in Geneva next week, the foreign ministry said.", "",
      "That's it for today's thread. Thanks for reading, back tomorrow from about 8am.", "",
      "Comments (2)", "", "This blog has become part of my morning.", "",
    ].join("\n");
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline).sort()).toEqual(["Drones downed over Poltava", "Talks set for Geneva"]);
    expect(entries.flatMap((e) => e.body).join(" ")).not.toMatch(/That's it|part of my morning/);
  });
});

describe("a live page whose posts close on 'Jane Doe · 07:30', a line of text after the last", () => {
  const page = [
    "Example World", "Ukraine · Europe · World", "", "Ukraine live: strikes on the west", "Tuesday, 4 March 2031", "All times are Kyiv time", "",
    "Russia hit energy sites in western Ukraine overnight.", "",
    "Missiles hit Lutsk power plant", "", "Russian missiles struck a power plant in Lutsk before dawn, cutting heating to much of the city.", "", "Olha Bondar · 07:30", "",
    "Talks on energy truce to resume", "", "Negotiators will meet again in Geneva on Friday, the foreign ministry said.", "", "Petro Savchuk · 11:20", "",
    "More updates tomorrow.", "",
  ].join("\n");

  it("reads each post above its signature, not the next one's headline under it", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Missiles hit Lutsk power plant", "Olha Bondar", "2031-03-04T05:30:00Z"],
      ["Talks on energy truce to resume", "Petro Savchuk", "2031-03-04T09:20:00Z"],
    ]);
  });
});

// Forms met on the eval/au to eval/az pages after they were scored fresh (own pages, own words): stamps that close a
// post ("Filed 09:40 CEST · Jane Doe", "Agencies | February 13, 2025 at 9:50 pm"), credits that close it ("Filed by Jane
// Doe", "— Jane Doe" under an appeal for money, "Source: KPL"), an ad's "Hide Ad" button, a key-events box linking its
// posts, homes named by a state's adjective or a tagline of keywords, old table pages with bold titles and a logo
// image, RDFa dates, and a one-word crosshead with a number ("Turkstream-2").
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (body: string, head = "") => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe("stamps and credits that close a post", () => {
  it("reads 'Filed 09:40 CEST · Jane Doe' under each post; the lede above the first headline is no post, a headline 'Place: …' is one", () => {
    const page = ["Harrowgate Observer", "World edition", "", "Live: the day in Ukraine", "Saturday, 5 April 2025", "",
      "Our reporters in Kyiv and Vienna follow the day.", "",
      "Odesa: port crane hit overnight", "", "A drone struck a crane at the grain port overnight, the port authority said.", "",
      "Two workers were hurt.", "", "Filed 09:40 CEST · Marta Lindqvist", "",
      "Vienna offers to host prisoner talks", "", "Austria's foreign ministry offered to host a new round of prisoner talks, officials said.", "",
      "Filed 11:30 CEST · Jonas Aberl", "",
      "Odesa: second crane damaged", "", "A second crane was found to be damaged when engineers inspected the berth, the authority said.", "",
      "Two workers were hurt.", "", "Filed 16:20 CEST · Marta Lindqvist", "", "More tomorrow"].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Odesa: port crane hit overnight", "2025-04-05T07:40:00Z", "Marta Lindqvist"],
      ["Vienna offers to host prisoner talks", "2025-04-05T09:30:00Z", "Jonas Aberl"],
      ["Odesa: second crane damaged", "2025-04-05T14:20:00Z", "Marta Lindqvist"],
    ]);
    expect(doc.entries[0]!.body[0]).toMatch(/^A drone struck a crane/);
  });

  it("reads 'Filed by Jane Doe' as the post's author, and 'Agencies | <date> at <time>' as its time and credit", () => {
    const filed = ["Moorside Courier", "", "Ukraine live", "Saturday 30 July 2022", "All times Kyiv (EEST)", "",
      "22.35 EEST", "Evacuation ordered in the east", "", "The government ordered residents of the eastern region to leave before winter.", "",
      "Filed by Ivanna Koval", "",
      "20.15 EEST", "Grain ship waits at port", "", "A bulk carrier loaded with maize is waiting for permission to sail, port officials said.", "",
      "Filed by Petro Sahan", ""].join("\n");
    expect(parse(filed, { timezone: "UTC" }).entries.map((e) => e.author)).toEqual(["Ivanna Koval", "Petro Sahan"]);
    const listing = ["Nile Morning Wire", "", "Latest", "",
      "Minister says port deal is complete", "", "The foreign minister said the agreement on the naval supply point had been finalised.", "",
      "Agencies | February 13, 2025 at 9:50 pm", "Read More »", "",
      "Envoy arrives for ceasefire talks", "", "A special envoy arrived in the capital for talks on a ceasefire, the government said.", "",
      "Agencies | February 13, 2025 at 6:30 pm", "Read More »", ""].join("\n");
    expect(parse(listing, { timezone: "UTC" }).entries.map((e) => [e.author, e.published])).toEqual([
      ["Agencies", "2025-02-13T21:50:00Z"], ["Agencies", "2025-02-13T18:30:00Z"],
    ]);
  });

  it("takes no 'Hide Ad' button for an author, and reads a '— Jane Doe' credit above an appeal for money as the post's", () => {
    const page = ["Dalesman Post", "", "Ukraine war live", "Monday 24 February 2025", "",
      "16:40", "Assembly backs resolution", "", "The General Assembly backed the resolution by a wide margin, diplomats said.", "",
      "Advertisement", "Hide Ad", "",
      "10:10", "Leaders arrive by train", "", "European leaders arrived in the capital by train for the anniversary summit.", "",
      "— Aled Pryce", "", "Dalesman Post is free to read. Chip in to keep it that way.", ""].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.author)).toEqual([null, "Aled Pryce"]);
    expect(doc.entries[1]!.body.join(" ")).not.toMatch(/free to read/);
  });

  it("reads a block's closing '<p>— Jane Doe</p>' as its author", () => {
    const block = (at: string, clock: string, headline: string, text: string, by: string) =>
      `<div class="block"><time datetime="${at}">${clock}</time><h3>${headline}</h3><p>${text}</p><p class="sig">— ${by}</p></div>`;
    const page = html(`<main><h1>Live: the war in Ukraine</h1>${
      block("2025-05-17T21:30:00+01:00", "9.30pm", "Talks to resume on Monday", "Both delegations said they would meet again on Monday in the same hall.", "Rhian Morgan")}${
      block("2025-05-17T18:05:00+01:00", "6.05pm", "Prisoner swap agreed", "The two sides agreed to exchange a thousand prisoners each, the mediators said.", "Osian Price")}</main>`);
    expect(parse(page, { timezone: "UTC" }).entries.map((e) => [e.author, e.body])).toEqual([
      ["Rhian Morgan", ["Both delegations said they would meet again on Monday in the same hall."]],
      ["Osian Price", ["The two sides agreed to exchange a thousand prisoners each, the mediators said."]],
    ]);
  });
});

describe("key events and homes", () => {
  it("flags the updates a JSON-LD live blog's key-events box links to by their ids, whatever titles the box gives them", () => {
    const base = "https://echo.example/live-1";
    const update = (n: number, at: string, headline: string, text: string) => ({ "@type": "BlogPosting", "@id": `${base}#post-${n}`, headline, datePublished: at, articleBody: text });
    const ld = { "@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": base, headline: "Live: leaders in Kyiv", liveBlogUpdate: [
      update(3, "2025-05-10T23:25:00+01:00", "Talks proposed for next week", "The Kremlin proposed direct talks in Istanbul next week."),
      update(2, "2025-05-10T12:15:00+01:00", "Leaders demand a truce", "The four leaders demanded a thirty-day truce from Monday."),
      update(1, "2025-05-10T09:40:00+01:00", "Air alert in the capital", "Sirens sounded over the capital for an hour."),
    ] };
    const post = (n: number, clock: string, headline: string, text: string) =>
      `<div class="live-event" id="post-${n}"><div class="time-stamp"><span>${clock}</span></div><h3>${headline}</h3><p>${text}</p></div>`;
    const page = html(`<main><h1>Live: leaders in Kyiv</h1><section class="key-events"><h2>KEY EVENTS</h2><ul>` +
      `<li><a href="#post-3"><span>23:25</span><span>Kremlin offers direct talks</span></a></li>` +
      `<li><a href="#post-2"><span>12:15</span><span>Thirty-day truce demanded</span></a></li></ul></section>` +
      post(3, "23:25", "Talks proposed for next week", "The Kremlin proposed direct talks in Istanbul next week.") +
      post(2, "12:15", "Leaders demand a truce", "The four leaders demanded a thirty-day truce from Monday.") +
      post(1, "09:40", "Air alert in the capital", "Sirens sounded over the capital for an hour.") + "</main>",
    `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(parse(page, { timezone: "UTC" }, base).entries.map((e) => e.keyPoint)).toEqual([true, true, false]);
  });

  it("reads a page named by a state's adjective ('The South Australian …') in that state's time, not its country's capital's", () => {
    const card = (headline: string, text: string, stamp: string) =>
      `<article class="card"><h2><a href="/s">${headline}</a></h2><p>${text}</p><div class="byline"><span>Reuters</span> · <span>${stamp}</span></div></article>`;
    const page = html(`<header><a class="masthead" href="/">The South Australian Ledger</a></header><main><h1>World</h1>${
      card("Missile hits block in Poltava", "A missile struck an apartment block before dawn, officials said.", "Sat, 1 February 2025 11:40PM")}${
      card("Drones set depot alight", "A drone attack set fire to an oil depot, the governor said.", "Sat, 1 February 2025 9:15PM")}</main>`,
    "<title>World | The South Australian Ledger</title>");
    const doc = parse(page);
    // Adelaide keeps UTC+10:30 in February
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-02-01T13:10:00Z", "2025-02-01T10:45:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Australia\/Adelaide/);
  });

  it("reads a home from a tagline of keywords ('Daily briefs, Eritrea News, Horn News'), and says so when nothing names one", () => {
    const post = (headline: string, stamp: string, text: string) => [headline, stamp, "By Staff", "", text, "", "Read more »", ""];
    const body = [...post("Port reopens after repairs", "Sunday May 15, 2022 - 22:50", "The main port reopened on Sunday after three weeks of repairs, the ministry said."),
      ...post("Fuel prices rise again", "Sunday May 15, 2022 - 19:35", "Fuel prices rose for the third time this month, traders in the capital said.")];
    const tagged = parse(["Red Sea Online", "Daily briefs, Eritrea News, Horn News", "", "Home  News  Opinion", "", ...body].join("\n"));
    expect(tagged.entries.map((e) => e.published)).toEqual(["2022-05-15T19:50:00Z", "2022-05-15T16:35:00Z"]);
    const unnamed = parse(["Red Sea Online", "", "Home  News  Opinion", "", ...body].join("\n"));
    expect(unnamed.warnings.join(" ")).toMatch(/nothing on it names its home/);
  });
});

describe("listings in older markup", () => {
  it("reads a table page's bold titles as headlines, 'Source: Xinhua' and 'Source: KPL' as credits, and its logo image as the site", () => {
    const item = (title: string, stamp: string, text: string, source: string) =>
      `<table><tr><td><p class="newstitle"><b>${title}</b></p><p class="posted">(${stamp})</p><p class="newsbody">${text}</p><p class="source">Source: ${source}</p><hr></td></tr></table>`;
    const page = html(`<table><tr><td><img src="/images/site_logo.gif" alt="Mekong Daily"></td></tr><tr><td>${
      item("Delegations to meet next week", "27 Mar 22:30", "KYIV, March 27 (Xinhua) -- The delegations will meet again next week, a negotiator said on Sunday.", "Xinhua")}${
      item("Capital clears drains before the rains", "27 Mar 10:40", "The city has begun clearing drains in several districts to reduce flooding, officials said.", "KPL")}</td></tr></table>`,
    "<title>Mekong Daily - International News</title>");
    const doc = parse(page, { date: "2022-03-27", timezone: "Asia/Vientiane" });
    expect(doc.sourceName).toBe("Mekong Daily");
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Delegations to meet next week", "Xinhua", "2022-03-27T15:30:00Z"],
      ["Capital clears drains before the rains", "KPL", "2022-03-27T03:40:00Z"],
    ]);
  });

  it("reads a listing's times from RDFa 'content' attributes when it prints only the day, and its Drupal 'username' as the author", () => {
    const row = (title: string, at: string, text: string) =>
      `<div class="views-row"><h2 class="node-title"><a href="/n/1">${title}</a></h2><div class="submitted"><span class="username">Newsdesk</span> ` +
      `<span class="date-display-single" property="dc:date" content="${at}">Mar 06, 2022</span></div><div class="field-body"><p>${text}</p></div>` +
      `<div class="links"><a href="/n/1">Read More</a> <span>0 Comments</span></div></div>`;
    const page = html(`<div id="main"><h1>War in Ukraine</h1><div class="view-content">${
      row("Students plead for rescue from besieged city", "2022-03-06T14:30:00-05:00", "Students trapped in the city appealed to their government to arrange an evacuation.")}${
      row("Evacuation halted again as shelling resumes", "2022-03-06T08:20:00-05:00", "A second attempt to take civilians out of the city was abandoned after shelling resumed.")}</div></div>`);
    expect(parse(page, { timezone: "UTC" }).entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Students plead for rescue from besieged city", "2022-03-06T19:30:00Z", "Newsdesk"],
      ["Evacuation halted again as shelling resumes", "2022-03-06T13:20:00Z", "Newsdesk"],
    ]);
  });

  it("reads a one-word crosshead with a number ('Turkstream-2') as the start of an article's section", () => {
    const page = ["HOLMFIRTH TIMES", "International › Europe", "", "Strike on seaside village kills 21", "", "By Ines Arroyo",
      "Updated 1 July 2022, 6.30pm CEST", "", "The deadliest attack on the region came hours after the island was abandoned.", "",
      "A seaside village", "", "The death toll from the overnight missile attack on the village has risen to 21, officials said.", "",
      "Turkstream-2", "", "In Ankara, officials said the gas line's second string would keep running whatever the sanctions.", "",
      "Share this article"].join("\n");
    expect(parse(page).entries.map((e) => e.headline)).toEqual(["A seaside village", "Turkstream-2"]);
  });
});

// Forms met on the eval/aw and eval/ax pages after they were scored fresh.
describe("homes and offsets (forms met on eval/aw and eval/ax)", () => {
  const post = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, ""];
  const posts = [...post("Ferry timetable changes", "Monday July 31, 2023 - 21:45", "The ferry operator changed its summer timetable after a storm damaged a berth."),
    ...post("Airport runway reopens", "Monday July 31, 2023 - 19:20", "The runway reopened after resurfacing work ended a day early, the airport said.")];

  it("reads a masthead naming a place with its small words ('Isle of Man Today') as that place, not a town called 'Man'", () => {
    const doc = parse(["Isle of Man Today", "", "News  Sport  Business", "", ...posts].join("\n"));
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-07-31T20:45:00Z", "2023-07-31T18:20:00Z"]);
  });

  it("reads the zone from the head's printed times beside the same instants its JSON-LD writes in UTC", () => {
    const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "Live: missile lands near leaders in port city",
      datePublished: "2024-03-06T02:30:00.000Z", dateModified: "2024-03-06T23:25:00.000Z" };
    const item = (clock: string, headline: string, text: string) =>
      `<article class="live-post"><div class="post-meta"><span class="post-time">${clock}</span></div><h3>${headline}</h3><p>${text}</p></article>`;
    const page = html(`<header><a href="/">The Harbour Courier</a></header><main><h1>Live: missile lands near leaders in port city</h1>` +
      `<div class="dates"><span>First published March 6, 2024 1.30pm</span> <span>Updated March 7, 2024 10.25am</span></div><div class="live-posts">` +
      item("10.25am", "Port toll rises to five", "Officials said the number of dead in the port strike had risen to five.") +
      item("8.50am", "Sanctions flagged over prison death", "The foreign minister said new sanctions would follow the opposition leader's death in custody.") +
      `</div></main>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-06T23:25:00Z", "2024-03-06T21:50:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/\+11:00/);
  });

  it("reads '… - 22:05:41 in World by Staff Writer' as a time and its author, and a flat HTML page's home from its menu", () => {
    const item = (title: string, stamp: string, text: string) =>
      `<div class="post-item"><h2 class="post-title"><a href="/n">${title}</a></h2><div class="post-meta">${stamp}</div><div class="post-excerpt"><p>${text}</p></div><a class="read-more" href="/n">Read more</a></div>`;
    const page = html(`<header><a class="logo" href="/">Horn Daily Online</a><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/somalia">Somalia</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav></header><div class="content"><h1>World</h1>${
      item("Wheat cargo docks in the capital", "Thursday November 9, 2023 - 22:05:41 in World by Staff Writer", "A ship carrying donated wheat docked in the capital on Thursday, the food agency said.")}${
      item("Missile hits ship in Black Sea port", "Thursday November 9, 2023 - 19:30:12 in World by AFP", "A missile hit a civilian ship in the port, killing its pilot, officials said.")}</div>`);
    expect(parse(page).entries.map((e) => [e.published, e.author])).toEqual([["2023-11-09T19:05:00Z", "Staff Writer"], ["2023-11-09T16:30:00Z", "AFP"]]);
  });

  it("reads a Norwegian or Swedish head's dates as that country's time, and takes no 'Del innlegget' or 'Lyssna' button for a byline", () => {
    const page = ["NRKX", "Meny", "", "Live: Norway and the war", "Publisert 4. jun. 2024 kl. 07.00", "Del", "",
      "4. juni 2024 kl. 21.10", "Embassy warns over jets", "The embassy said any jets flown from abroad would be treated as targets.", "Kari Nes", "journalist", "Del innlegget", "",
      "4. juni 2024 kl. 15.05", "Officials said a guided bomb hit a village in the region on Tuesday afternoon, killing one man and damaging a school building.",
      "Ola Berg", "journalist", "Del innlegget", ""].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.published, e.headline, e.author])).toEqual([
      ["2024-06-04T19:10:00Z", "Embassy warns over jets", "Kari Nes"],
      ["2024-06-04T13:05:00Z", null, "Ola Berg"],
    ]);
    const swedish = ["Radio Norrland", "", "News in English", "", "Talks set for next week", "Publicerat fredag 16 september 2022 kl 17.20", "",
      "The two sides agreed to meet again next week, the mediator said.", "", "Lyssna", "", "Grain ship leaves port", "Publicerat fredag 16 september 2022 kl 14.38", "",
      "A grain ship left the port on Friday under the corridor deal, officials said.", "", "Lyssna", ""].join("\n");
    expect(parse(swedish).entries.map((e) => [e.published, e.author])).toEqual([["2022-09-16T15:20:00Z", null], ["2022-09-16T12:38:00Z", null]]);
  });
});

describe("bylines and first lines (forms met on eval/aw and eval/ax)", () => {
  it("reads 'By Jane Doe Associated Press' and 'Jane Doe <the paper>' as the person, 'By The Associated Press' as the wire; 'Article content' is no byline", () => {
    const block = (at: string, clock: string, headline: string, by: string, text: string) =>
      `<div class="block"><time datetime="${at}">${clock}</time><h3>${headline}</h3><div class="article-byline">${by}</div><p>${text}</p></div>`;
    const page = html(`<main><h1>World</h1>${
      block("2024-04-19T17:20:00-05:00", "5:20PM", "Strike hits rail hub", "By Ivan Sadovy Associated Press", "A missile hit the rail hub overnight, officials said.")}${
      block("2024-04-19T12:40:00-05:00", "12:40PM", "Local families send aid", "By Rolf Lindahl Prairie Ledger", "Families in the city packed a truck with aid for a sister town.")}</main>`,
    "<title>World | Prairie Ledger</title>");
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Ivan Sadovy", "Rolf Lindahl"]);
    const latest = ["Mile High Courier", "", "The Latest: talks in Buenos Aires", "", "Author", "By The Associated Press", "Updated 7:30 p.m. MST Dec. 10, 2023", "",
      "7:10 a.m.", "Kyiv counts damage after drone attack", "Officials counted damage after the overnight drone attack.", "",
      "Article content", "", "11:40 a.m.", "Leaders meet at inauguration", "The two leaders met on the sidelines of the inauguration.", ""].join("\n");
    expect(new Set(parse(latest).entries.map((e) => e.author))).toEqual(new Set(["The Associated Press"]));
  });

  it("drops a paragraph that is only a dateline and its date ('PORT SUDAN – September 23, 2023') from the text", () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Nile Radio</title><item><title>Bakers warn of flour shortage</title>` +
      `<description><![CDATA[<p><strong>PORT SUDAN – September 23, 2023</strong></p><p>Bakeries in the port city have cut production after wheat deliveries fell.</p>]]></description>` +
      `<pubDate>Sat, 23 Sep 2023 18:05:00 +0200</pubDate></item></channel></rss>`;
    expect(parse(feed).entries[0]!.body).toEqual(["Bakeries in the port city have cut production after wheat deliveries fell."]);
  });

  it("reads a 'Key posts' box as the page's key points", () => {
    const page = ["Southern Ledger", "", "Live: the war in Ukraine", "Sunday 13 August 2023", "", "Key posts", "- Drone hits port warehouse", "",
      "10:40pm", "Drone hits port warehouse", "", "A drone hit a warehouse at the port overnight, the governor said.", "",
      "9:15pm", "Grain talks resume", "", "Negotiators resumed talks on grain exports, the ministry said.", ""].join("\n");
    expect(parse(page, { timezone: "UTC" }).entries.map((e) => e.keyPoint)).toEqual([true, false]);
  });
});

// Forms met on the eval/ay and eval/az pages after they were scored fresh.
describe("forms met on eval/ay and eval/az", () => {
  it("reads a key-events box of 'time / headline' pairs over posts printed 'time / byline / headline', each post with its own time", () => {
    const post = (clock: string, by: string, headline: string, text: string) => [clock, by, headline, "", text, "", "Share", ""];
    const page = ["Valley Echo", "Menu", "", "Live: the war in Ukraine", "", "ByCerys Hale", "Live reporter", "11:02, 7 MAY 2023", "Updated18:52, 7 MAY 2023", "",
      "KEY EVENTS", "13:20", "Port hit by missiles overnight", "09:45", "Officials order evacuation of frontline towns", "", "",
      ...post("18:40", "Cerys Hale", "Watchdog warns of danger at nuclear plant", "The head of the atomic agency said the situation around the plant was becoming more dangerous."),
      ...post("13:20", "Owain Rees", "Port hit by missiles overnight", "Cruise missiles struck the port overnight, damaging warehouses, the regional administration said."),
      ...post("09:45", "Owain Rees", "Officials order evacuation of frontline towns", "Authorities installed by Moscow said they were moving residents out of settlements near the front.")].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => [e.published, e.headline, e.author, e.keyPoint])).toEqual([
      ["2023-05-07T18:40:00Z", "Watchdog warns of danger at nuclear plant", "Cerys Hale", false],
      ["2023-05-07T13:20:00Z", "Port hit by missiles overnight", "Owain Rees", true],
      ["2023-05-07T09:45:00Z", "Officials order evacuation of frontline towns", "Owain Rees", true],
    ]);
  });

  it("reads 'AFP · 09:15' under a headline as the post's time and wire, and 'Name, Associated Press' as the person", () => {
    const page = ["Amman Daily", "", "Ukraine war: Sunday's key developments", "Sunday, February 19, 2023", "", "A summary of the day.", "",
      "Envoy warns against arming Russia", "AFP · 09:15", "", "The envoy said the government had information that weapons were being considered for Russia.", "",
      "Tank deliveries urged at conference", "Reuters · 11:40", "", "Ministers urged one another to deliver the tanks they had promised more quickly.", ""].join("\n");
    expect(parse(page, { timezone: "Asia/Amman" }).entries.map((e) => [e.published, e.author])).toEqual([["2023-02-19T06:15:00Z", "AFP"], ["2023-02-19T08:40:00Z", "Reuters"]]);
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Valley World</title><item><title>Drones hit the capital</title>` +
      `<description>Drones hit buildings in the capital early on Tuesday, officials said.</description><dc:creator>Anna Brandt, Associated Press</dc:creator>` +
      `<pubDate>Tue, 30 May 2023 06:10:00 GMT</pubDate></item></channel></rss>`;
    expect(parse(feed).entries[0]!.author).toBe("Anna Brandt");
    const latest = ["Shoreline Courant", "", "The Latest: missiles hit apartment blocks", "", "By The Associated Press", "PUBLISHED: November 19, 2025 at 3:35 AM EST", "",
      "4:50 p.m.", "The death toll rose to 26, officials said.", "", "1:35 p.m.", "Rescuers pulled two more people from the rubble, the emergency service said.", ""].join("\n");
    expect(parse(latest).entries.map((e) => e.author)).toEqual(["The Associated Press", "The Associated Press"]);
  });

  it("reads a 'key events' article whose crossheads are headlines as one section each, not one entry per paragraph", () => {
    const page = ["Lowmoor Journal", "World › Europe", "", "Drones over the capital, rules for the plant: Tuesday's key events", "", "By Ewa Sobczak", "30.05.2023, 21:30", "",
      "The two sides traded drone attacks on Tuesday.", "", "Capital wakes to drone attack", "", "Drones hit residential buildings in the capital early on Tuesday, officials said.", "",
      "By evening the number of people injured had risen to five.", "", "Five rules for the nuclear plant", "", "The head of the atomic agency told the council the plant must never be fired at.", "",
      "Share this article"].join("\n");
    expect(parse(page, { timezone: "UTC" }).entries.map((e) => [e.headline, e.body.length])).toEqual([["Capital wakes to drone attack", 2], ["Five rules for the nuclear plant", 1]]);
  });

  it("gives JSON-LD updates listed by headline only the text their HTML blocks print, and reads a 'UAE' section before 'World' as the home", () => {
    const ld = { "@context": "https://schema.org", "@type": "LiveBlogPosting", headline: "Live: the war", liveBlogUpdate: [
      { "@type": "BlogPosting", headline: "Capital counts damage after strikes", datePublished: "2025-11-29T12:40:00Z" },
      { "@type": "BlogPosting", headline: "Terminal halts loadings after drone hit", datePublished: "2025-11-29T14:40:00Z" }] };
    const block = (headline: string, text: string) => `<section class="post"><h3>${headline}</h3><p>${text}</p></section>`;
    const page = html(`<main><h1>Live: the war</h1>${block("Terminal halts loadings after drone hit", "The consortium suspended loadings after a naval drone damaged a mooring.")}${
      block("Capital counts damage after strikes", "Officials said fourteen buildings were damaged in the overnight attack.")}</main>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(parse(page).entries.map((e) => [e.headline, e.body])).toEqual([
      ["Capital counts damage after strikes", ["Officials said fourteen buildings were damaged in the overnight attack."]],
      ["Terminal halts loadings after drone hit", ["The consortium suspended loadings after a naval drone damaged a mooring."]],
    ]);
    const item = (title: string, stamp: string, text: string) => `<div class="news-item"><h3><a href="/w">${title}</a></h3><div class="date">${stamp}</div><p>${text}</p></div>`;
    const gulf = html(`<header><a class="logo" href="/">Desert Daily</a><nav><a>Home</a> <a>UAE</a> <a>Business</a> <a>World</a> <a>Sport</a></nav></header><main><h1>World</h1>${
      item("Leaders agree to keep funding Kyiv", "Oct 24, 2025 01:10 AM", "Leaders meeting in Brussels pledged to cover the most pressing needs for two years.")}${
      item("Mediation frees 185 prisoners from each side", "Oct 24, 2025 12:05 AM", "Mediators secured the release of 185 prisoners from each side, the ministry said.")}</main>`);
    expect(parse(gulf).entries.map((e) => e.published)).toEqual(["2025-10-23T21:10:00Z", "2025-10-23T20:05:00Z"]);
  });
});

describe("appeals for money", () => {
  it("drops the outlet's own appeal ('… is reader-funded. Become a supporter today.') but keeps a headline saying people chip in", () => {
    const page = ["Fenside Live", "", "Live: the war in Ukraine", "Tuesday 29 August 2023", "",
      "21:40", "Neighbours chip in to rebuild school", "", "Parents and neighbours raised money to rebuild the school hit by a drone, the mayor said.", "", "— Olha Dovzhenko", "",
      "Fenside Live is reader-funded. Become a supporter today.", "",
      "19:15", "Port warehouses hit overnight", "", "Drones set fire to grain warehouses at the port overnight, officials said.", "", "— Olha Dovzhenko", ""].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => [e.headline, e.author])).toEqual([
      ["Neighbours chip in to rebuild school", "Olha Dovzhenko"], ["Port warehouses hit overnight", "Olha Dovzhenko"],
    ]);
  });
});

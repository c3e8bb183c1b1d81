// Forms met on the eval/am, eval/an, eval/ao and eval/ap pages after they were scored fresh (own pages, own words): a key-events list
// whose items hold paragraphs ("<li><p>…</p><p>…</p></li>"), an HTML page read as text that names its home only in
// its <title>, a language menu naming the home language with an ending ("Oʻzbekcha"), a masthead town the runtime's
// zone list does not know, "Posted 08:12 CET by Jane Doe", a "Like" button, a credit with the place it was filed from
// ("AFP . Kyiv"), a wire credited by what it is ("Example News Service"), an "Updated: …" line under the stamp, a zone
// between a date and its time ("2023-12-09 HKT 06:30"), an article's byline sharing its date line, a tagline naming a
// country of three words in the possessive, a live blog's JSON-LD that lists no updates, a script's template slot
// ("{{hitsCtrl.values.hits}}"), "Updated 19:05 CEST by Jane Doe", "3 Comments", a <title> closing with the paper's town
// ("| Canberra, ACT") and a host named under the title who introduces themselves.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("key-event lists in HTML", () => {
  it("reads one entry per list item when the items hold paragraphs, a second paragraph carrying its item on", () => {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Rivers: where things stand - Lantern Wire</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rivers: where things stand", "datePublished": "2023-03-14T21:30:00+01:00"}</script></head><body>
<main><article><h1>Rivers: where things stand</h1>
<p class="intro">A round-up of the day on the country's rivers.</p>
<ul class="key-events">
<li><p>The upper river rose above its warning mark at two gauges on Tuesday afternoon.</p></li>
<li><p>Barge traffic was halted below the weir until the current slows, the port authority said.</p><p>About forty barges are waiting at the river mouth.</p></li>
<li><p>Volunteers filled sandbags along the embankment in the old town through the evening.</p></li>
</ul>
<p class="outro">This round-up is updated every evening.</p>
</article></main></body></html>`);
    expect(doc.entries.map((e) => e.body)).toEqual([
      ["The upper river rose above its warning mark at two gauges on Tuesday afternoon."],
      ["Barge traffic was halted below the weir until the current slows, the port authority said.", "About forty barges are waiting at the river mouth."],
      ["Volunteers filled sandbags along the embankment in the old town through the evening."],
    ]);
    expect(doc.entries.every((e) => e.published === "2023-03-14T20:30:00Z")).toBe(true);
    // the article's own date, with its offset, dates the list: no zone is guessed
    expect(doc.warnings.filter((w) => /time zone/.test(w))).toEqual([]);
  });
});

describe("where a page's clock is", () => {
  it("reads an HTML page it reads as text in the home its <title>'s site name carries, not its section's", () => {
    const card = (headline: string, meta: string, text: string) =>
      `<article class="teaser"><h2><a href="/a">${headline}</a></h2><div class="entry-meta">${meta}</div><p>${text}</p><a class="more-link" href="#">Read more</a></article>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Chile | Iceland Ledger</title></head><body>
<header><div class="logo"><a href="/">Iceland Ledger</a></div></header>
<main><h1 class="tag-title">Chile</h1>
${card("Copper exports reach a record", "Anna Berg12 March 2024 18:40", "Chile's copper exports reached a record in February, the central bank said.")}
${card("Wine harvest starts early", "Anna Berg12 March 2024 09:15", "Growers in the central valleys began picking grapes two weeks earlier than usual.")}
</main></body></html>`);
    // Iceland keeps UTC all year; Chile would have been UTC-3
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-12T18:40:00Z", "2024-03-12T09:15:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Atlantic\/Reykjavik.*Iceland/);
  });

  it("reads a language menu that names the home language with an ending ('Oʻzbekcha') as that country's", () => {
    const page = ["Daryo Ledger", "Русский   Oʻzbekcha   English", "News   Economy   World", "", "5 March 2024", "",
      "20:10", "Cotton growers plan earlier sowing", "", "Farmers in the Fergana valley plan to sow cotton a week earlier this spring, the farmers' council said.", "",
      "14:35", "Samarkand airport opens a new terminal", "", "The new terminal at Samarkand airport opened to passengers on Tuesday morning.", ""].join("\n");
    const doc = parse(page);
    // Uzbekistan keeps UTC+5, not Moscow's +3
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-05T15:10:00Z", "2024-03-05T09:35:00Z"]);
  });

  it("reads a masthead town the runtime's zone list does not name ('The Astana …') in its country's time", () => {
    const card = (headline: string, glued: string, text: string) => [headline, glued, "", text, "", "Read More »", ""];
    const page = ["The Astana Ledger", "", "Nation   Business   International   Opinion", "", "International", "",
      ...card("Rail freight to China grows", "Dana Omarova14 March 2023 18:20", "Rail freight between the two countries grew by a fifth last year, the railway company said."),
      ...card("Steppe wind farm connected", "Dana Omarova14 March 2023 09:05", "A new wind farm in the north of the country was connected to the grid on Tuesday.")].join("\n");
    const doc = parse(page);
    // Astana kept UTC+6 in 2023
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-03-14T12:20:00Z", "2023-03-14T03:05:00Z"]);
  });
});

describe("bylines and credits beside a stamp", () => {
  it("reads 'Posted 08:12 CET by Jane Doe' as the post's time and author, and 'Like   Share' as buttons", () => {
    const post = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, "", "Like   Share", ""];
    const page = ["Harbour Live", "", "Ports of the North Sea: live", "Tuesday, 12 March 2024", "",
      ...post("Dock strike called off", "Posted 08:12 CET by Mara Jansen", "Dock workers called off their planned strike after a late offer on pay."),
      ...post("Fog closes the outer channel", "Posted 10:40 CET by Tom Vos", "Pilots suspended traffic in the outer channel as thick fog settled over the coast.")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Dock strike called off", "Fog closes the outer channel"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Mara Jansen", "Tom Vos"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-12T07:12:00Z", "2024-03-12T09:40:00Z"]);
  });

  it("reads a credit with the place it was filed from ('AFP . Kyiv') under the headline, and drops 'Updated: …'", () => {
    const story = (headline: string, credit: string, stamp: string, text: string) =>
      [headline, credit, stamp, "", text, "", "Share: Facebook  Twitter  Email", ""];
    const page = ["Morning Ledger", "Home   National   International   Sports", "", "International", "",
      ...story("Grain ship leaves port", "Agence France-Presse . Odesa", "Published: 21:35, Mar 12,2024", "A bulk carrier loaded with wheat left the port on Tuesday evening, the port authority said."),
      ...story("Trade talks resume", "Staff Correspondent . Dhaka", "Published: 15:25, Mar 12,2024", "Trade officials of the two countries resumed talks on a free-trade agreement.")]
      .join("\n").replace("Published: 21:35, Mar 12,2024\n\n", "Published: 21:35, Mar 12,2024\nUpdated: 22:10, Mar 12,2024\n\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Grain ship leaves port", "Trade talks resume"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Agence France-Presse", "Staff Correspondent"]);
    expect(doc.entries[0]!.body[0]).toBe("A bulk carrier loaded with wheat left the port on Tuesday evening, the port authority said.");
  });

  it("reads a wire credited by what it is ('Example News Service') closing a card as its author", () => {
    const card = (stamp: string, headline: string, text: string, credit: string) =>
      `<div class="news-item"><div class="pub-time">Published: ${stamp}</div><h2><a href="/a">${headline}</a></h2><p>${text}</p>${credit ? `<div class="credit">${credit}</div>` : ""}</div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>World | Valley Ledger</title></head><body><main><h1>World</h1>
${card("09:45 pm Mar 12, 2024", "Ferry service resumes on the lake", "The lake ferry resumed service after the ice cleared from the northern harbour.", "Valley News Service")}
${card("04:20 pm Mar 12, 2024", "Power line repaired in the hills", "Engineers repaired the power line that had left four hill villages without electricity.", "")}
</main></body></html>`, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.author)).toEqual(["Valley News Service", null]);
    expect(doc.entries[0]!.body).toEqual(["The lake ferry resumed service after the ice cleared from the northern harbour."]);
  });
});

describe("dates and homes (forms met on eval/ao)", () => {
  it("reads a zone printed between the date and the time ('2023-12-09 HKT 06:30')", () => {
    const item = (headline: string, stamp: string, text: string) =>
      `<div class="item"><h4><a href="/a">${headline}</a></h4><div class="created">${stamp}</div><div class="text">${text}</div></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>World - Harbour Radio</title></head><body><main><h1>World</h1>
${item("Typhoon signal lowered", "2023-12-09 HKT 06:30", "The observatory lowered the typhoon signal as the storm moved away to the west.")}
${item("Ferry services resume", "2023-12-08 HKT 17:50", "Ferries to the outlying islands resumed after a day of suspension.")}
</main></body></html>`);
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-12-08T22:30:00Z", "2023-12-08T09:50:00Z"]);
  });

  it("dates and signs an article whose byline shares its date line ('By Jane Doe · 19 December 2023 19:05 GMT')", () => {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Three questions for the harbour board — Tidal Review</title></head><body>
<main><article><h1>Three questions for the harbour board</h1>
<p class="meta">By Ruth Penrose · 19 December 2023 19:05 GMT</p>
<h2>The dredging bill</h2>
<p>The board has yet to say who will pay for deepening the channel, which larger ships now need.</p>
<h2>The ferry contract</h2>
<p>The ferry operator's contract ends in March and no tender has been published.</p>
</article></main></body></html>`);
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-12-19T19:05:00Z", "2023-12-19T19:05:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Ruth Penrose", "Ruth Penrose"]);
  });

  it("reads a tagline naming a country of three words in the possessive as the page's home, in its capital's time", () => {
    const item = (headline: string, time: string, text: string) => [headline, time, "By Mary Kila", "", text, "", "Share this article", ""];
    const page = ["Coral Courier", "Papua New Guinea's Trusted Newspaper", "", "Home | National | Business | World", "", "World", "",
      "Monday, December 4", "",
      ...item("Coffee prices lift highland growers", "9.50pm", "Growers in the highlands said coffee prices had risen for a third month."),
      ...item("Port upgrade begins", "2.35pm", "Work began on a new wharf at the port, the harbours board said.")].join("\n");
    const doc = parse(page, { date: "2023-12-04" });
    // Port Moresby keeps UTC+10 (the country's other zone, Bougainville's, is UTC+11)
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-12-04T11:50:00Z", "2023-12-04T04:35:00Z"]);
  });
});

describe("forms met on eval/ap", () => {
  it("reads the HTML's updates when a live blog's JSON-LD lists none of them", () => {
    const block = (iso: string, clock: string, headline: string, text: string) =>
      `<div class="block"><time datetime="${iso}">${clock}</time><h3>${headline}</h3><p>${text}</p></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en-GB"><head><title>Floods: live</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Floods: live", "datePublished": "2022-10-18T07:05:00+01:00"}</script></head><body>
<main><h1>Floods: live</h1>
${block("2022-10-18T18:30:00+01:00", "6.30pm", "River peaks at the old bridge", "The river reached its highest level in forty years at the old bridge this evening.")}
${block("2022-10-18T12:40:00+01:00", "12.40pm", "Schools close in the valley", "Eleven schools in the valley closed early as roads began to flood.")}
</main></body></html>`);
    expect(doc.entries.map((e) => e.headline)).toEqual(["River peaks at the old bridge", "Schools close in the valley"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-10-18T17:30:00Z", "2022-10-18T11:40:00Z"]);
  });

  it("drops a script's unfilled template slot from a card's date line, and reads every card", () => {
    const row = (id: number, headline: string, stamp: string, text: string) =>
      `<div class="news-row"><h3><a href="/w/${id}">${headline}</a></h3><p class="date">${stamp} -  &nbsp; - <span class="hits">{{hitsCtrl.values.hits}}</span></p><p>${text}</p><a class="more" href="/w/${id}">Read More</a></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>World</title></head><body><h1>World</h1>
${row(1, "Tea auction prices rise", "Friday, 1 April 2022 21:50", "Prices at the weekly tea auction rose for a third week.")}
${row(2, "Port opens new berth", "Friday, 1 April 2022 19:05", "A new container berth opened at the southern port on Friday.")}
${row(3, "Rail line reopens after landslide", "Friday, 1 April 2022 16:40", "Trains ran again on the hill line after crews cleared a landslide.")}
</body></html>`, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Tea auction prices rise", "Port opens new berth", "Rail line reopens after landslide"]);
    expect(doc.entries.map((e) => e.body[0])).toEqual(["Prices at the weekly tea auction rose for a third week.",
      "A new container berth opened at the southern port on Friday.", "Trains ran again on the hill line after crews cleared a landslide."]);
  });

  it("reads 'Updated 19:05 CEST by Jane Doe' as a post's stamp and author, and '3 Comments' as furniture", () => {
    const post = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, ""];
    const page = ["Valley Bulletin", "", "Floods on the river: the latest", "Wednesday, 29 June 2022", "",
      ...post("Dyke holds at the old mill", "Updated 19:05 CEST by Anke Vos", "Engineers said the dyke at the old mill had held through the afternoon."),
      ...post("Ferry suspended", "Updated 15:20 CEST by Piet Laan", "The river ferry stopped running as the current grew stronger.")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Dyke holds at the old mill", "Anke Vos", "2022-06-29T17:05:00Z"], ["Ferry suspended", "Piet Laan", "2022-06-29T13:20:00Z"]]);
    const card = (headline: string, glued: string, comments: string, text: string) => [headline, "", glued, comments, "", text, "", "Read more", ""];
    const news = ["Lake Courier", "", "World Archives", "",
      ...card("Grain prices ease", "Courier ReporterJune 3, 2022 9:40 pm", "0 Comments", "Grain prices eased for a second day as ships left the ports."),
      ...card("Fertiliser talks continue", "Ada BandaJune 3, 2022 6:15 pm", "3 Comments", "Talks on fertiliser supplies continued in the capital.")].join("\n");
    expect(parse(news, { timezone: "UTC" }).entries.map((e) => e.headline)).toEqual(["Grain prices ease", "Fertiliser talks continue"]);
  });

  it("takes the paper's name, not its town, from '<title>Headline | The Example Times | Canberra, ACT', and its town's time", () => {
    const post = (clock: string, headline: string, text: string) =>
      `<div class="post"><span class="time">${clock}</span><h4>${headline}</h4><p>${text}</p></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en-AU"><head><title>Bushfire season: live | The Hobart Ledger | Hobart, TAS</title></head><body>
<main><h1>Bushfire season: live</h1><p class="times">Updated July 4 2022 - 9:40am</p>
${post("9.30am", "Crews contain the ridge fire", "Fire crews said the ridge fire was contained overnight.")}
${post("7.15am", "Roads reopen in the south", "Three roads in the south reopened after the fire front passed.")}
</main></body></html>`);
    expect(doc.entries[0]!.source ?? doc.sourceName).toBe("The Hobart Ledger");
    // Hobart keeps UTC+10 in July
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-07-03T23:30:00Z", "2022-07-03T21:15:00Z"]);
  });

  it("signs every update with a host named under the title who introduces themselves in the intro", () => {
    const page = ["The Ledger", "", "Live updates, October 6: the day's news", "", "Mara Kellow", "",
      "Welcome to the live updates for Thursday. I'm Mara Kellow, bringing you the day's key stories.", "",
      "12.40pm", "Harbour bridge reopens", "", "The harbour bridge reopened to traffic after overnight repairs.", "",
      "10.05am", "Fuel prices rise again", "", "Petrol prices rose by four cents a litre overnight.", ""].join("\n");
    const doc = parse(page, { date: "2022-10-06", timezone: "UTC" });
    expect(doc.entries.map((e) => e.author)).toEqual(["Mara Kellow", "Mara Kellow"]);
  });
});

// Forms met on the eval/ag pages after they were scored fresh (own pages, own words): dates set with dashes
// ("04-02-2025 01:15"), a byline glued to "13 May 2025 | 11:05", "Agencies" under a stamp, "(Jane Doe)" closing a post,
// a "More on this" box of titles after an article's sections, a dateline in "Kyiv time", and a broadcaster's home named
// by its footer's copyright line.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("stamps", () => {
  it("reads HTML cards stamped '05-03-2025 22:40' (dashes, day first) in the zone of the page's language menu", () => {
    const card = (headline: string, stamp: string, text: string) =>
      `<div class="card"><h3><a href="#">${headline}</a></h3><div class="meta"><span class="date">${stamp}</span></div><p>${text}</p></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Region - Hill Country Wire</title></head><body>
<header><a class="logo" href="/">Hill Country Wire</a><div class="langs">Türkçe | English</div></header><main><h1>Region</h1>
${card("Ski resort opens a week early", "05-03-2025 22:40", "The mountain resort opened its slopes a week early after heavy snowfall.")}
${card("Tea harvest begins on the coast", "05-03-2025 09:15", "Growers began picking the first tea leaves of the season along the coast.")}
${card("New bridge closes for repairs", "04-03-2025 18:05", "The new suspension bridge closed for two days so engineers could check its cables.")}
</main></body></html>`);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Ski resort opens a week early", "Tea harvest begins on the coast", "New bridge closes for repairs"]);
    // Istanbul keeps UTC+3 all year
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-03-05T19:40:00Z", "2025-03-05T06:15:00Z", "2025-03-04T15:05:00Z"]);
  });

  it("reads a byline glued to 'd Month yyyy | hh:mm' as the post's author and time", () => {
    const card = (headline: string, glued: string, text: string) => [headline, glued, "", text, "", "Share  Facebook  X", ""];
    const page = ["The Coastal Ledger", "", "News   Business   Sport   World", "", "World", "",
      ...card("Port strike ends after pay deal", "Naledi Dlamini6 March 2025 | 11:05",
        "Dockworkers returned to work after unions accepted a pay offer from the port operator."),
      ...card("Fishing quotas cut for sardines", "Sipho Ndlovu6 March 2025 | 08:35",
        "The fisheries department cut this year's sardine quota by a fifth after a poor survey."),
      ...card("Coastal road reopens after rockfall", "Naledi Dlamini5 March 2025 | 19:50",
        "The coastal road reopened on Wednesday evening after crews cleared fallen rocks."), "Load More"].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Port strike ends after pay deal", "Fishing quotas cut for sardines", "Coastal road reopens after rockfall"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-03-06T11:05:00Z", "2025-03-06T08:35:00Z", "2025-03-05T19:50:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Naledi Dlamini", "Sipho Ndlovu", "Naledi Dlamini"]);
  });

  it("reads 'Agencies' on the line under a card's stamp as the card's credit", () => {
    const card = (headline: string, stamp: string, credit: string, text: string) => [headline, stamp, credit, "", text, "", "Read more", ""];
    const page = ["The Delta Herald", "", "Home   Region   World   Business   Sports", "", "World", "",
      ...card("Canal traffic returns to normal", "Thursday, March 6, 2025 - 4:10 pm", "Agencies",
        "Shipping traffic through the canal returned to normal on Thursday after a week of delays."),
      ...card("Cotton exports rise", "Thursday, March 6, 2025 - 11:25 am", "Salma Farouk",
        "Cotton exports rose by a tenth in February, the trade ministry said."),
      ...card("Metro line extended to the airport", "Wednesday, March 5, 2025 - 9:05 pm", "Agencies",
        "The metro's third line will reach the airport by the end of the year, the transport minister said.")].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.author)).toEqual(["Agencies", "Salma Farouk", "Agencies"]);
    expect(doc.entries.flatMap((e) => e.body).join(" ")).not.toMatch(/^Agencies$/m);
  });

  it("credits each post to the name in brackets that closes it ('(Jane Doe)')", () => {
    const post = (time: string, headline: string, text: string, by: string) => [time, headline, "", text, "", `(${by})`, ""];
    const page = ["Lakeside Live", "", "Live updates: the regional elections", "", "Times are GMT.", "", "Sunday, April 6, 2025", "",
      ...post("0710 GMT", "Polls open across the region", "Polling stations opened on time in all twelve districts, the election board said.", "Mara Voss"),
      ...post("0945 GMT", "Turnout higher than last time", "Turnout reached 18 percent by mid-morning, four points more than at the last election.", "Ilan Berg"),
      ...post("1230 GMT", "Queues at city polling stations", "Voters queued for up to an hour at several polling stations in the city centre.", "Mara Voss")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.author)).toEqual(["Mara Voss", "Ilan Berg", "Mara Voss"]);
    expect(doc.entries.flatMap((e) => e.body).join(" ")).not.toMatch(/\(Mara Voss\)/);
  });
});

describe("articles", () => {
  it("leaves out a closing box of titles ('More on this' over headlines, no sentence) from an article's sections", () => {
    const page = ["THE VALE GAZETTE", "Home | Region | Farming", "", "Orchards count the cost of a late frost", "",
      "A cold night in April damaged blossom across the valley.", "", "By Ewan Price", "Tuesday 15 April 2025, 17:30 BST", "", "Share   Save", "",
      "A night below zero", "", "Temperatures fell to minus four degrees shortly before dawn.", "",
      "Growers lit fires between the rows to keep the frost off the blossom.", "",
      "Losses still unknown", "", "Most growers will not know how much fruit they lost until the petals fall.", "",
      "Insurers said claims were already coming in.", "", "",
      "More on the valley", "Orchards: how growers plan for frost", "", "The Vale Gazette | Terms | Cookies"].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["A night below zero", "Losses still unknown"]);
    expect(doc.entries[0]!.published).toBe("2025-04-15T16:30:00Z");
  });

  it("reads an HTML article's dateline given in a city's time ('29 July 2025, 19:20 Kyiv time')", () => {
    const doc = parse(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>The river after the dam | Fenbridge Review</title></head><body>
<header>Fenbridge Review <a href="/world">World</a></header><article><h1>The river after the dam</h1>
<p class="byline">By Olha Demchuk</p><p class="dateline">12 August 2025, 09:40 Kyiv time</p>
<h2>A lower river</h2><p>The river fell by two metres in a week, leaving boats stranded on the mud.</p><p>Fishermen said they had never seen it so low.</p>
<h2>Wells run dry</h2><p>Villages along the bank said their wells had run dry.</p><p>Water is being brought in by lorry.</p>
</article><footer>Fenbridge Review · Terms</footer></body></html>`);
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-08-12T06:40:00Z", "2025-08-12T06:40:00Z"]);
  });
});

describe("where a page's clock is", () => {
  it("reads an HTML listing in the home its footer's copyright holder names ('© Estonian Broadcasting')", () => {
    const item = (stamp: string, headline: string, text: string) =>
      `<li><p class="date">${stamp}</p><h3><a href="#">${headline}</a></h3><p class="sum">${text}</p></li>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>News | Northern Radio</title></head><body>
<div id="top"><a href="/">Northern Radio</a> <a href="/news">News</a> <a href="/music">Music</a></div><ul class="list">
${item("2025-01-20 18:30", "Ice road to the island opens", "The ice road to the largest island opened for cars on Monday, the transport board said.")}
${item("2025-01-20 10:05", "Heating prices to fall in spring", "District heating prices will fall by a tenth from March, the capital's utility said.")}
</ul><div class="footer">Copyright © Estonian Broadcasting. All rights reserved. Terms of Use | Privacy</div></body></html>`);
    // Tallinn keeps UTC+2 in winter
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-01-20T16:30:00Z", "2025-01-20T08:05:00Z"]);
  });
});

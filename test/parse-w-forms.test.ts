// Forms met on the eval/w and eval/x pages after they were scored fresh (own pages, own words): cards whose byline and
// stamp come after the text, bylines glued to numeric dates, lists of key events as articles, where a page's home is
// found (a postal address, a domain in the copyright line, a menu in capitals, the offset of its JSON-LD dates, a zone
// the runtime lists under its older name), and bylines printed as credits ("Reporting by …", "Live coverage by …").
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("cards whose byline and stamp close them", () => {
  it("reads each card's headline above its text, and a sidebar between two cards as no part of either", () => {
    const page = [
      "The Lakeport Herald", "Sign in   Sign up   E-paper", "", "Region   Politics   Economy   Culture   Sports", "",
      "Harbour crane fleet to be replaced", "",
      "The port authority said on Monday it would replace its twelve container cranes over the next four years.", "",
      "By Mina Cho", "Posted : 2024-03-04 18:20    Updated : 2024-03-04 18:45", "",
      "Night buses return to the east side", "",
      "Night bus routes to the eastern districts will run again from April, the transport office said.", "",
      "By Daniel Ko", "Posted : 2024-03-04 14:05    Updated : 2024-03-04 14:05", "",
      "Most Read", "1. Cherry blossom forecast moved forward", "2. Ferry fares rise in spring", "",
      "Library opens a reading room for children", "",
      "The central library opened a new reading room for young children, with two thousand picture books.", "",
      "By Mina Cho", "Posted : 2024-03-04 09:30    Updated : 2024-03-04 10:02", "",
      "More", "", "Copyright (c) 2024 lakeportherald.co.kr. All rights reserved.", "About Us   Advertise   Privacy",
    ].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual([
      "Harbour crane fleet to be replaced", "Night buses return to the east side", "Library opens a reading room for children",
    ]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Mina Cho", "Daniel Ko", "Mina Cho"]);
    // the copyright line's domain spells the masthead, and its country code names the home: Korea keeps UTC+9
    expect(doc.sourceName).toBe("The Lakeport Herald");
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-04T09:20:00Z", "2024-03-04T05:05:00Z", "2024-03-04T00:30:00Z"]);
  });

  it("reads bare credits over relative stamps, counted back from the page's refresh time in its home's zone", () => {
    const page = [
      "The Himal Courier", "Kathmandu  Tuesday, April 1, 2025", "", "National   Politics   Money   World   Sports", "",
      "Updated at : April 1, 2025 20:00", "",
      "Trekking permits to go digital this season", "",
      "The tourism board said permits for the main trekking routes would be issued online from next month.", "",
      "Post Report", "30 minutes ago", "",
      "Flights resume after runway repairs", "",
      "Domestic flights resumed at the regional airport after two days of runway repairs, the airline said.", "",
      "AFP", "2 hours ago", "",
      "Editor's Picks", "Monsoon outlook for the hills", "",
      "Tea growers count losses after hailstorm", "",
      "Growers in the eastern hills said a hailstorm had damaged a third of the spring harvest.", "",
      "Sita Gurung", "5 hours ago", "",
      "Load More", "", "© 2025 www.himalcourier.com. All rights reserved.",
    ].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual([
      "Trekking permits to go digital this season", "Flights resume after runway repairs", "Tea growers count losses after hailstorm",
    ]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Post Report", "AFP", "Sita Gurung"]);
    // Nepal keeps UTC+5:45 (the runtime may list its zone only as "Asia/Katmandu")
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-04-01T13:45:00Z", "2025-04-01T12:15:00Z", "2025-04-01T09:15:00Z"]);
  });

  it("keeps a related-articles list after the footer out, though its dates sit under headlines", () => {
    const page = [
      "The Midland Standard", "", "WORLD | EUROPE", "Dutch port strike ends after pay deal",
      "Dockers return to work on Friday after unions accept a two-year offer",
      "Pieter Haas, Rotterdam", "Thursday March 7 2024, 7.30pm, The Midland Standard", "",
      "Dock workers in Rotterdam will return to work on Friday after their unions accepted a two-year pay offer, ending a strike that lasted nine days.",
      "The port authority said it would take a week to clear the backlog of ships waiting at anchor.", "",
      "Related articles", "NETHERLANDS", "Rotterdam port braces for second week of strikes", "March 1 2024, 12.01am", "Pieter Haas", "",
      "TRADE", "Why Europe's ports are running out of space", "February 20 2024, 5.00pm", "Anna Berg", "",
      "Comments (12)",
    ].join("\n");
    const doc = parse(page);
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]!.headline).toBe("Dutch port strike ends after pay deal");
  });
});

describe("bylines and dates of text pages", () => {
  it("reads a byline glued to a numeric date, in the zone of the postal address the footer prints", () => {
    const card = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, "", "Read more", ""];
    const page = ["Vistula Signal", "PL   UA   EN", "", "We use cookies. Accept", "",
      ...card("Grain convoy crosses the border at dawn", "Olena Bury11.05.2023 23:40", "A convoy of forty grain lorries crossed into Poland at dawn after a two-day wait."),
      ...card("City council adds cycle lanes downtown", "Tomasz Lis11.05.2023 16:05", "The council voted to add six kilometres of cycle lanes in the centre by autumn."),
      ...card("Rail line to the coast reopens", "Olena Bury11.05.2023 08:30", "The rail line to the coast reopened after a month of track renewal."),
      "Load more", "", "Vistula Signal, ul. Mokotowska 12, 00-640 Warsaw"].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.author)).toEqual(["Olena Bury", "Tomasz Lis", "Olena Bury"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-05-11T21:40:00Z", "2023-05-11T14:05:00Z", "2023-05-11T06:30:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Europe\/Warsaw, from its postal address/);
  });

  it("credits a page's \"Live coverage by\" byline, and ends the last post at a prompt to the outlet's channels", () => {
    const page = ["The Tamar Evening Post", "News | Sport | Weather", "", "Storm live: ferries cancelled across the strait", "",
      "Live coverage by Rhian Tregear", "Monday 4 March 2024", "All times GMT", "",
      "08:15", "Ferries cancelled for the morning", "", "All morning sailings across the strait were cancelled as the storm arrived.", "",
      "11:40", "Power cut for 3,000 homes", "", "About 3,000 homes lost power after a line came down near the harbour, the network said.", "",
      "— Kerenza Penrose", "", "Follow The Tamar Evening Post on Telegram", "", "The Tamar Evening Post, 2024. Reprinting allowed with a link.",
    ].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.author)).toEqual(["Rhian Tregear", "Kerenza Penrose"]);
  });

  it("reads a list of key events as one entry per paragraph, dated by the line under the standfirst", () => {
    const page = ["Riverside Tribune", "E-paper", "", "Nation   World   Business   Sport   Opinion   Tech", "", "World / Europe", "",
      "Russia-Ukraine war: key events, day 800", "", "This is how things stand on Saturday, May 4, 2024.", "",
      "Arun Dev - Riversidetribune.com", "Publish : 4 May 2024, 08:10 PM", "Update : 4 May 2024, 08:40 PM", "",
      "Follow us on Google News", "",
      "Fighting", "", "Drones hit an oil depot in the Bryansk region overnight, starting a fire that burned for hours, the governor said.", "",
      "Ukraine's army said it had pulled back from a village west of Avdiivka to better positions.", "",
      "Diplomacy", "", "China's foreign minister said Beijing would keep working for talks between the two sides.", "",
      "RELATED: Ukraine war: the week ahead", "", "As It Happens", "LATEST UPDATE: March   April   May", "",
      "© 2024 Riverside Tribune. All rights reserved."].join("\n");
    const doc = parse(page, { timezone: "Asia/Dhaka" });
    expect(doc.entries.map((e) => e.headline)).toEqual([null, null, null]);
    expect(doc.entries.map((e) => e.body[0]!.slice(0, 20))).toEqual(["Drones hit an oil de", "Ukraine's army said ", "China's foreign mini"]);
    expect(doc.entries.every((e) => e.published === "2024-05-04T14:10:00Z" && e.author === "Arun Dev")).toBe(true);
    expect(doc.title).toBe("Russia-Ukraine war: key events, day 800");
  });
});

describe("HTML pages that state no zone", () => {
  const card = (headline: string, by: string, time: string, text: string) =>
    `<div class="card"><h2><a href="#">${headline}</a></h2><div class="meta"><span class="by">${by}</span><br><span class="label">Published</span> <span class="time">${time}</span></div><p>${text}</p><p>More details were expected later in the day.</p></div>`;
  const cards = [
    card("Typhoon signal raised for the north", "Maria Dela-Cruz", "July 10, 2024 9:15pm", "The weather bureau raised a storm signal for three northern provinces."),
    card("Senate passes rice import bill", "Paolo Reyes", "July 10, 2024 2:40pm", "The Senate approved a bill that lowers tariffs on imported rice."),
    card("Metro rail extends evening hours", "Maria Dela-Cruz", "July 10, 2024 8:05am", "The metro rail line will run an hour later on weekdays from next week."),
  ].join("\n");

  it("reads printed times in the offset the page's JSON-LD dates carry, and a hyphenated surname as a byline", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Typhoon signal raised for the north","datePublished":"2024-07-10T21:15:00+08:00"},{"@type":"NewsArticle","headline":"Senate passes rice import bill","datePublished":"2024-07-10T14:40:00+08:00"}]}</script>`;
    const doc = parse(`<!DOCTYPE html><html><head><title>Weather - Islands Online</title>${ld}</head><body><header><a class="logo" href="/">Islands Online</a></header><main><h1>Weather</h1>${cards}</main></body></html>`);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-07-10T13:15:00Z", "2024-07-10T06:40:00Z", "2024-07-10T00:05:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Maria Dela-Cruz", "Paolo Reyes", "Maria Dela-Cruz"]);
    expect(doc.entries[0]!.body[0]).toMatch(/^The weather bureau/);
  });

  it("reads a section menu in capitals, in a box the markup calls a nav, that lists the country before the world", () => {
    const doc = parse(`<!DOCTYPE html><html><head><title>Weather - Harbour Daily</title></head><body><div class="header"><a class="logo" href="/">HD</a><div class="nav"><a href="/a/">PHILIPPINES</a> <a href="/b/">OPINION</a> <a href="/c/">WORLD</a> <a href="/d/">LIFE</a> <a href="/e/">SPORT</a></div></div><main><h1>Weather</h1>${cards}</main></body></html>`);
    expect(doc.entries[0]!.published).toBe("2024-07-10T13:15:00Z");
    expect(doc.warnings.join(" ")).toMatch(/Asia\/Manila, from its section menu \(PHILIPPINES, then World\)/);
  });

  it("credits each update of a JSON-LD live blog with the byline its own HTML block prints", () => {
    const post = (id: string, time: string, headline: string, text: string, by: string) =>
      `<div class="update" id="${id}"><p class="stamp"><strong>${time}</strong></p><h3>${headline}</h3><p>${text}</p><p class="contributor">Reporting by ${by}</p></div>`;
    const update = (id: string, iso: string, headline: string, text: string) =>
      `{"@type":"BlogPosting","@id":"https://example.org/live#${id}","headline":"${headline}","datePublished":"${iso}","articleBody":"${text}"}`;
    const items = [
      ["u1", "1910 GMT", "2024-01-09T19:10:00+00:00", "Grid operator warns of evening cuts", "The grid operator said households in three regions should expect cuts this evening.", "Ivo Marek"],
      ["u2", "1530 GMT", "2024-01-09T15:30:00+00:00", "Parliament backs defence budget", "Lawmakers approved next year's defence budget by a wide margin on Tuesday.", "Lena Fuchs"],
    ] as const;
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Live: the war, day 686","liveBlogUpdate":[${items.map((i) => update(i[0], i[2], i[3], i[4])).join(",")}]}</script>`;
    const doc = parse(`<!DOCTYPE html><html><head><title>Live - Example</title>${ld}</head><body><main><h1>Live: the war, day 686</h1>${items.map((i) => post(i[0], i[1], i[3], i[4], i[5])).join("\n")}</main></body></html>`);
    expect(doc.entries.map((e) => e.author)).toEqual(["Ivo Marek", "Lena Fuchs"]);
  });
});

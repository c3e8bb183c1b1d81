// Forms met on the eval/u and eval/v pages after they were scored fresh (own pages, own words): where a page's home is
// named (a language menu holding one word the runtime does not know, a section menu listing the country before the
// world, a country in the site's name outranking the style of its stamps), refresh times printed without a date,
// bylines above headlines or under stamps, bylines glued to dotted dates, and date dividers with the weekday last.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import type { ParseOptions } from "../src/types.ts";

const published = (body: string, options: Partial<ParseOptions> = {}) => parse(body, options).entries.map((e) => e.published);

describe("where a text page's home is named", () => {
  const cards = (stamp: (time: string) => string) => [
    "Ferry services resume after the storm", stamp("19:40"), "", "The first ferries left the harbour in the evening after two days of cancellations.", "", "Share", "",
    "Council approves new tram line", stamp("15:10"), "", "Councillors voted to build a tram line to the airport, with work due to start next spring.", "", "Share", "",
    "Museum reopens its east wing", stamp("10:05"), "", "The museum's east wing reopened to visitors after a renovation that took three years.", "", "Share", "",
  ];

  it("reads a language menu that holds one word the runtime does not know as a language", () => {
    const page = ["Harbour Lights", "", "News   Region   Video", "Українська   Русский   Qırımtatarca   English", "", "Latest", "",
      ...cards((t) => `22 September 2023 ${t}`)].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-09-22T16:40:00Z", "2023-09-22T12:10:00Z", "2023-09-22T07:05:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Europe\/Kyiv, from its language menu/);
  });

  it("reads a section menu that lists the country before the world", () => {
    const page = ["Evening Wire", "", "Poland   World   Business   Sport   Culture", "", "Latest news", "",
      ...cards((t) => `10.09.2024, ${t}`)].join("\n");
    const doc = parse(page);
    expect(doc.entries[0]!.published).toBe("2024-09-10T17:40:00Z");
    expect(doc.warnings.join(" ")).toMatch(/Europe\/Warsaw, from its section menu \(Poland, then World\)/);
  });

  it("prefers a country in the site's name to the UK style of bylines glued to dates", () => {
    const page = ["Czech Harbour Radio", "", "Home   News   Culture", "", "News in English", "",
      "Trams return to the old town", "Eva Malá28 May 2024 21:50", "", "Trams run through the old town again after a month of track works.", "", "Share", "",
      "Bridge repairs finish early", "Jan Horák28 May 2024 15:20", "", "Workers finished the repairs on the river bridge a week ahead of plan.", "", "Share", "",
      "Zoo welcomes two lion cubs", "Eva Malá28 May 2024 08:15", "", "Two lion cubs were born at the city zoo, keepers said on Tuesday.", "", "Share", ""].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-05-28T19:50:00Z", "2024-05-28T13:20:00Z", "2024-05-28T06:15:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Eva Malá", "Jan Horák", "Eva Malá"]);
  });
});

describe("relative stamps under a refresh time printed without a date", () => {
  const page = `<!DOCTYPE html><html lang="en-GB"><head><title>Rivers - Tidewell News</title></head><body>
<main><h1>Rivers</h1><p class="updated">Updated at 21:40 GMT</p>
<article><h3>Flood barrier raised on the estuary</h3><p class="meta"><span class="author">By Ann Rhys</span> <span class="ago">40 minutes ago</span></p>
<p>Engineers raised the estuary flood barrier ahead of the evening high tide, the agency said.</p></article>
<article><h3>Ferry crossings cancelled for the night</h3><p class="meta"><span class="ago">3 hours ago</span></p>
<p>All ferry crossings were cancelled after the wind picked up in the afternoon, the operator said.</p></article>
<article><h3>Schools in the valley to open late</h3><p class="meta"><span class="author">By Owen Price</span> <span class="ago">13 hours ago</span></p>
<p>Schools in the valley will open two hours late on Tuesday because of flooded roads.</p></article>
</main></body></html>`;

  it("counts the ages back from the refresh time on the day --date names", () => {
    const doc = parse(page, { date: "2025-03-03" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-03-03T21:00:00Z", "2025-03-03T18:40:00Z", "2025-03-03T08:40:00Z"]);
  });

  it("says which day it read the refresh time on when the page names none", () => {
    expect(parse(page).warnings.join(" ")).toMatch(/update time names no day: read on 2026-01-10, from the fetch day/);
  });
});

describe("bylines placed around the headline and the stamp", () => {
  it("takes a name above a card's headline as its author, keeps a newsletter box out and reads British stamps in UK time", () => {
    const page = ["The Weekly Lantern", "Subscribe   Sign in", "", "Politics   World   Culture", "", "Topic: Rivers", "",
      "Mary Ellison", "Who drained the lower lake?", "", "The lower lake lost half its water overnight and the water board says a valve was opened by hand.", "",
      "29 July 2022, 9:45pm", "Share   Comment", "",
      "Sign up to the Morning Note", "Our choice of the day's best writing, sent every weekday at 7am.", "Enter your email   Sign up", "",
      "Tom Radley", "The canal towns are running out of boats", "", "Hire firms on the canal say demand has doubled since the spring and they cannot buy boats fast enough.", "",
      "29 July 2022, 1:30pm", "Share   Comment", "",
      "Mary Ellison", "A dry summer for the mills", "", "Three of the old water mills stopped turning this week as the river fell below their sluices.", "",
      "29 July 2022, 9:40am", "Share   Comment", "", "© The Weekly Lantern"].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Who drained the lower lake?", "The canal towns are running out of boats", "A dry summer for the mills"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Mary Ellison", "Tom Radley", "Mary Ellison"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-07-29T20:45:00Z", "2022-07-29T12:30:00Z", "2022-07-29T08:40:00Z"]);
  });

  it("reads headline, time, then the update's byline above its text", () => {
    const page = ["Valley Echo", "News   Sport   Money", "", "Floods live: rivers peak across the valley", "", "Follow our live coverage.", "",
      "Mill bridge closed as water rises", "20:10", "Ruth Carey", "", "The mill bridge was closed to traffic as the river reached the top of its arches.", "", "Share", "",
      "Rescue boats sent to the lower farms", "17:05", "Dara Quinn", "", "Fire crews sent two rescue boats to farms cut off by the water.", "", "Share", "",
      "Sandbags handed out in the square", "15:20", "Dara Quinn", "", "Volunteers handed out sandbags in the market square all afternoon.", "", "Share", ""].join("\n");
    const doc = parse(page, { date: "2022-03-18", timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Mill bridge closed as water rises", "Rescue boats sent to the lower farms", "Sandbags handed out in the square"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Ruth Carey", "Dara Quinn", "Dara Quinn"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-03-18T20:10:00Z", "2022-03-18T17:05:00Z", "2022-03-18T15:20:00Z"]);
  });

  it("reads a byline glued to a dotted date with 'at', under a section name that is no headline", () => {
    const page = ["The Tatra Ledger", "Sunday, 19. February, 2023", "", "News   Business   Travel", "", "Mountains", "",
      "Cable car to reopen after inspection", "", "The cable car to the upper station will reopen on Monday after its yearly inspection.", "",
      "Ivana Holá17. Feb 2023 at 18:30", "Read more", "",
      "Subscribe to our newsletter Today in the Tatras", "Your e-mail   Subscribe", "",
      "Ski school doubles its winter classes", "", "The ski school said bookings for February were twice last year's.", "",
      "Peter Malý17. Feb 2023 at 11:40", "Read more", "",
      "Snow closes the pass road", "", "Road workers closed the pass road overnight after heavy snow.", "",
      "Ivana Holá17. Feb 2023 at 08:00", "Read more", ""].join("\n");
    const doc = parse(page, { timezone: "Europe/Bratislava" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Cable car to reopen after inspection", "Ski school doubles its winter classes", "Snow closes the pass road"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Ivana Holá", "Peter Malý", "Ivana Holá"]);
    expect(doc.entries[0]!.published).toBe("2023-02-17T17:30:00Z");
  });
});

describe("HTML timelines: date dividers with the weekday last, a section menu, a 'Reporter:' byline", () => {
  it("dates each time by the divider above it, in the zone of the menu's country", () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rivers today | Delta Channel</title></head><body>
<header><a class="logo" href="/">Delta Channel</a><nav><a>Korea</a> <a>World</a> <a>Business</a> <a>Culture</a> <a>Sports</a></nav></header>
<main><section class="timeline"><h2>Rivers today</h2><p class="reporter">Reporter: Kim Da-eun</p>
<h4 class="date">14 October, Saturday</h4>
<div class="item"><p class="time">00:35</p><h3>Han river level falls overnight</h3><p>The river fell by half a metre after midnight, the city office in Seoul said.</p></div>
<h4 class="date">13 October, Friday</h4>
<div class="item"><p class="time">21:50</p><h3>Riverside parks closed for the night</h3><p>All riverside parks in Seoul were closed as a precaution, officials said.</p></div>
<div class="item"><p class="time">16:20</p><h3>Ferries on the river suspended</h3><p>River ferries stopped running for the afternoon because of the current, the operator said.</p></div>
<div class="item"><p class="time">11:15</p><h3>Sandbags delivered to riverside shops</h3><p>The district office delivered sandbags to shops along the river embankment.</p></div>
<div class="item"><p class="time">07:05</p><h3>Heavy rain warning for the capital</h3><p>Forecasters issued a heavy rain warning for the capital region for Friday afternoon.</p></div>
</section></main></body></html>`;
    const doc = parse(page, { date: "2023-10-13" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-10-13T15:35:00Z", "2023-10-13T12:50:00Z", "2023-10-13T07:20:00Z", "2023-10-13T02:15:00Z", "2023-10-12T22:05:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(Array(5).fill("Kim Da-eun"));
    expect(doc.warnings.join(" ")).toMatch(/Asia\/Seoul, from its section menu/);
  });
});

it("leaves a section menu without the world, or with no country before it, alone", () => {
  const page = (menu: string) => ["Evening Wire", "", menu, "", "Latest news", "",
    "Council approves new tram line", "10.09.2024, 15:10", "", "Councillors voted to build a tram line to the airport.", "", "Share", "",
    "Museum reopens its east wing", "10.09.2024, 10:05", "", "The museum's east wing reopened after a renovation.", "", "Share", ""].join("\n");
  expect(published(page("World   Poland   Business   Sport"))[0]).toBe("2024-09-10T15:10:00Z");
  expect(published(page("Poland   Business   Sport   Culture"))[0]).toBe("2024-09-10T15:10:00Z");
});

describe("the style of stamps when the page states no zone and names no home", () => {
  const listing = (stamps: string[]) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbors | Bayline Report</title></head><body>
<main><h1>Harbors</h1>
${stamps.map((stamp, i) => `<article class="card"><h2><a href="/story-${i}">Harbor story number ${i + 1} is told here</a></h2>
<p class="dek">Crews at the harbor worked through the night on job number ${i + 1}, the port authority said.</p>
<p class="byline">By Dana Cole</p><time class="timestamp">${stamp}</time></article>`).join("\n")}
</main></body></html>`;

  it("reads American 'p.m.' stamps in US Eastern time, and says so", () => {
    const doc = parse(listing(["Jun 13, 2023, 6:22 p.m.", "Jun 13, 2023, 2:40 p.m.", "Jun 13, 2023, 8:20 a.m."]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-06-13T22:22:00Z", "2023-06-13T18:40:00Z", "2023-06-13T12:20:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/America\/New_York, from the style of its stamps/);
  });

  it("keeps a stated zone over the style", () => {
    const doc = parse(listing(["Jun 13, 2023, 6:22 p.m. PT", "Jun 13, 2023, 2:40 p.m. PT", "Jun 13, 2023, 8:20 a.m. PT"]));
    expect(doc.entries[0]!.published).toBe("2023-06-14T01:22:00Z");
  });
});

it("reads cards of headline, text, an academic's credit and a 'Published:' stamp under them", () => {
  const card = (head: string, text: string, credit: string, stamp: string) => [head, "", text, "", credit, `Published: ${stamp}`, ""];
  const page = ["The Lecture Hall", "Edition:", "United Kingdom", "", "Topics", "", "Rivers and floods", "Follow topic", "",
    "Essays from researchers on floods and what they cost.", "",
    ...card("Why the lower valley floods first", "The lower valley sits on clay that holds water, so the first rain of winter runs straight off the fields.",
      "Jane Ashby, Reader in Hydrology, University of Fenmouth", "8 February 2023 6.02pm GMT"),
    "Like what you've read? Want more?", "Sign up for our daily newsletter", "Sign up", "",
    ...card("The cost of a wet winter for farmers", "Farmers on the plain lost a third of their winter crop, and insurers paid out less than half of it.",
      "Tom Reyes, Senior Lecturer in Rural Economics, Northgate University", "8 February 2023 2.35pm GMT"),
    ...card("What the old flood maps got right", "Maps drawn a century ago marked the same fields that flooded this year, which planners had since built on.",
      "Ann Holt, Associate Professor of Geography, University of Fenmouth", "8 February 2023 10.05am GMT"),
    "Load more", "", "Who we are   Our charter   Privacy policy"].join("\n");
  const doc = parse(page);
  expect(doc.entries.map((e) => e.headline)).toEqual(["Why the lower valley floods first", "The cost of a wet winter for farmers", "What the old flood maps got right"]);
  expect(doc.entries.map((e) => e.author)).toEqual(["Jane Ashby", "Tom Reyes", "Ann Holt"]);
  expect(doc.entries.map((e) => e.published)).toEqual(["2023-02-08T18:02:00Z", "2023-02-08T14:35:00Z", "2023-02-08T10:05:00Z"]);
  expect(doc.entries[1]!.body[0]).toMatch(/^Farmers on the plain/);
});

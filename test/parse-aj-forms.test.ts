// Forms met on the eval/aj and eval/ak pages after they were scored fresh (own pages, own words): slash dates whose
// order only the page's machine dates settle ("10/12/2022" beside "2022-10-12T…"), a home town the runtime's zone list
// does not know ("Dunedin", a masthead's province), a logo that runs a country into a word ("MaltaToday"), a byline
// glued to a date with no year ("Jane Doe9 October, 10.40pm"), a byline sharing an HTML card's stamp line ("by Agence
// France Presse 06 Jun 2025, 01:20"), and a last post signed off before the page's closing words.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("dates", () => {
  it("reads '10/12/2022' month first when the page's JSON-LD dates say 2022-10-12", () => {
    const card = (id: number, headline: string, stamp: string, text: string) =>
      `<article class="card"><h3><a href="/a/${id}">${headline}</a></h3><time>${stamp}</time><p>${text}</p></article>`;
    const ld = (headline: string, iso: string) => `{"@type": "NewsArticle", "headline": "${headline}", "datePublished": "${iso}"}`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Harbours | Lantern Wire</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [${ld("Ferry fares frozen for winter", "2022-10-12T19:40:00+01:00")}, ${ld("Dredging of the old harbour begins", "2022-10-12T08:15:00+01:00")}]}</script></head><body>
<main><h1>Harbours</h1>
${card(1, "Ferry fares frozen for winter", "10/12/2022 19:40", "The island ferry company said fares would stay at this year's level until March.")}
${card(2, "Dredging of the old harbour begins", "10/12/2022 08:15", "Work to deepen the old harbour's entrance started on Wednesday morning.")}
</main></body></html>`, { timezone: "Europe/London" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-10-12T18:40:00Z", "2022-10-12T07:15:00Z"]);
  });

  it("reads a byline glued to a date without a year ('Jane Doe9 October, 10.40pm') on the page's day", () => {
    const card = (headline: string, glued: string, text: string) => [headline, glued, "", text, "", "Read more", "Share on Facebook   Share on X", ""];
    const page = ["Weekly Ledger", "", "News   Business   World   Sport", "", "Thursday, 9 October 2025", "", "World", "",
      ...card("Orchard growers count frost damage", "Ana Rocha9 October, 9.10pm", "Growers in the northern valleys said a late frost had hit about a third of the blossom."),
      ...card("Canal reopens after repairs", "Piet Smit9 October, 3.25pm", "The canal reopened to barges after four weeks of repairs to its lock gates."),
      ...card("Library extends opening hours", "Ana Rocha9 October, 8.05am", "The city library will stay open until ten at night from next month.")].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Orchard growers count frost damage", "Canal reopens after repairs", "Library extends opening hours"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Ana Rocha", "Piet Smit", "Ana Rocha"]);
    expect(doc.entries.map((e) => e.published?.slice(0, 10))).toEqual(["2025-10-09", "2025-10-09", "2025-10-09"]);
  });
});

describe("where a page's clock is", () => {
  it("reads a page in the zone of the home town its section menu names when the runtime's zone list does not know it", () => {
    const item = (headline: string, age: string, text: string) => [headline, age, "", text, "", "Share  Facebook  Email", ""];
    const page = ["Southern Courier", "", "News  Dunedin  Regions  Sport  Business  World  Life", "", "World", "",
      "Updated 9.30pm Monday, 7 November 2022", "",
      ...item("Shipping line adds a winter route", "30 mins ago", "A shipping line said it would add a weekly winter route between two northern ports."),
      ...item("Grain barges wait at the river mouth", "3 hours ago", "More than twenty barges were waiting at the river mouth for the fog to lift.")].join("\n");
    const doc = parse(page);
    // Dunedin keeps New Zealand time (UTC+13 in November): 9.00pm and 6.30pm local
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-11-07T08:00:00Z", "2022-11-07T05:30:00Z"]);
  });

  it("reads a logo that runs a country into a word ('MaltaToday') as the page's home", () => {
    const card = (headline: string, glued: string, text: string) => [headline, glued, "", text, "", "Read more", ""];
    const page = ["MaltaToday", "", "News   Business   Sport   Opinion   World", "", "Thursday, 9 October 2025", "", "World", "",
      ...card("Harbour cranes replaced", "Ana Rocha9 October, 9.10pm", "Two cranes at the container terminal were replaced after thirty years of use."),
      ...card("Bus routes redrawn", "Piet Smit9 October, 3.25pm", "The transport authority redrew four bus routes to serve the new hospital.")].join("\n");
    const doc = parse(page);
    // Malta keeps UTC+2 in October
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-10-09T19:10:00Z", "2025-10-09T13:25:00Z"]);
  });
});

describe("a logo with its tagline", () => {
  it("reads the home a tagline beside the logo names ('Lumen - Explaining Slovenia')", () => {
    const card = (headline: string, glued: string, text: string) => [headline, glued, "", text, "", "Read More", "Facebook   Twitter", ""];
    const page = ["Lumen - Explaining Slovenia", "", "News   Politics   Business   Culture", "", "Tag: Rivers", "",
      ...card("Drava power station back at full output", "Maja Kos14 March 2023 17:20", "The hydro plant on the Drava returned to full output after a month of repairs."),
      ...card("Fishing ban lifted on the upper Sava", "Luka Zupan14 March 2023 09:45", "Anglers may fish the upper Sava again from Saturday, the ministry said.")].join("\n");
    const doc = parse(page);
    // Ljubljana keeps UTC+1 in March (before the clocks change)
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-03-14T16:20:00Z", "2023-03-14T08:45:00Z"]);
  });
});

describe("a footer's publisher", () => {
  it("reads the home a copyright line names after its holder ('© 2023 Lamp.net | Kenyan Evening Lamp')", () => {
    const card = (headline: string, stamp: string, text: string) => `<div class="item"><h2><a href="#">${headline}</a></h2><div class="by">${stamp}</div><p>${text}</p></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en-US"><head><title>Harvest | Lamp.net</title></head><body><div id="nav">LAMP.NET <a>NEWS</a> <a>FARMING</a> <a>SPORTS</a></div>
<h1>Harvest</h1><div id="list">
${card("Tea pickers start the second flush early", "09:40 AM March 7, 2023", "Estates in the highlands began the second picking a week earlier than last year.")}
${card("Maize prices steady at the market", "06:15 AM March 7, 2023", "Traders said maize prices held steady despite the late rains.")}
</div><footer>Copyright © 2023 Lamp.net | Kenyan Evening Lamp. All Rights Reserved.</footer></body></html>`);
    // Nairobi keeps UTC+3
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-03-07T06:40:00Z", "2023-03-07T03:15:00Z"]);
  });
});

describe("credits", () => {
  it("reads a byline that shares an HTML card's stamp line ('by Agence France Presse 06 Jun 2025, 01:20')", () => {
    const card = (headline: string, by: string, stamp: string, text: string) => `<div class="story"><h3><a href="#">${headline}</a></h3>
<div class="meta">by ${by} <span class="date">${stamp}</span></div><p>${text}</p><div class="share"><a>Share</a> <a>Tweet</a></div></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>World | Cedar Wire</title></head><body><main><h1>World</h1><div class="list">
${card("Port workers end strike", "Agence France Presse", "06 Jun 2025, 01:20", "Dock workers returned to work after a two-day stoppage over pay.")}
${card("Museum reopens its north wing", "Cedar Wire Newsdesk", "05 Jun 2025, 17:30", "The national museum reopened its north wing after a long restoration.")}
${card("Olive harvest forecast cut", "Agence France Presse", "05 Jun 2025, 09:50", "Growers cut their harvest forecast after a dry spring.")}
</div></main></body></html>`, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.author)).toEqual(["Agence France Presse", "Cedar Wire Newsdesk", "Agence France Presse"]);
  });

  it("ends the last post at its reporter's sign-off when the page's posts sign off, leaving the page's closing words out", () => {
    const post = (time: string, headline: string, text: string, who: string) => [time, headline, "", text, "", `Reporting: ${who}`, "", "Share", ""];
    const page = ["Fenby Daily", "Live: river floods", "Tuesday 9 December 2025", "All times GMT", "",
      ...post("6.40pm", "Levees hold on the lower river", "Engineers said the levees on the lower river had held through the afternoon.", "Ruth Pine"),
      ...post("2.15pm", "Schools close in three towns", "Schools in three riverside towns closed early as the water rose.", "Sam Orme"),
      ...post("9.05am", "River reaches its highest level in a decade", "The river rose above its 2015 mark overnight, the agency said.", "Ruth Pine"),
      "That is the end of today's coverage. We will be back tomorrow morning.", "", "© Fenby Daily"].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.author)).toEqual(["Ruth Pine", "Sam Orme", "Ruth Pine"]);
    expect(doc.entries.at(-1)!.body).toEqual(["The river rose above its 2015 mark overnight, the agency said."]);
  });
});

describe("teasers", () => {
  it("keeps a video teaser that shows someone's words ('Video: Holt's evening address'), not a credit", () => {
    const page = ["Fenby Daily", "Live: river floods", "Tuesday 9 December 2025", "All times GMT", "",
      "18:40", "Levees hold on the lower river", "", "Engineers said the levees on the lower river had held through the afternoon.", "",
      "19:45", "Video: Holt's evening address", "",
      "21:30", "Schools close in three towns", "", "Schools in three riverside towns closed early as the water rose.", "",
      "Photo: Jane Doe/Wire", "", "© Fenby Daily"].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Levees hold on the lower river", "Video: Holt's evening address", "Schools close in three towns"]);
    expect(doc.entries.at(-1)!.body).toEqual(["Schools in three riverside towns closed early as the water rose."]);
  });
});

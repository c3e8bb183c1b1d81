// Forms met on the eval/y pages after they were scored fresh (own pages, own words): a card's time printed inside its
// byline box, newspaper-style stamps before a colon and the headline, a list of key developments announced by its
// lede, a zone in brackets, a desk's credit glued to its date, and bylines with a section or separator after the name.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("HTML listings", () => {
  const card = (headline: string, by: string, time: string, text: string) =>
    `<article class="card"><h2><a href="#">${headline}</a></h2><div class="byline"><span class="name">${by}</span> <span class="date">${time}</span></div><p>${text}</p><p>Officials said more details would follow.</p></article>`;

  it("keeps the time a card prints inside its byline box, and the name beside it", () => {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>World</title></head><body><header><div class="logo">Island Courier</div></header><main><h1>World</h1>
${card("Ferry link to the mainland restored", "Agencies", "3 May 2024 20:10", "The ferry operator restored its evening crossings after repairs to the harbour ramp.")}
${card("Port cranes idle as dockers walk out", "Carmen Zammit", "3 May 2024 14:45", "Dockers stopped work for six hours in a dispute over shift patterns, the union said.")}
${card("New bus lanes open on the coast road", "Agencies", "3 May 2024 08:05", "Two new bus lanes opened on the coast road, cutting journey times at rush hour.")}
</main></body></html>`, { timezone: "Europe/Malta" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-05-03T18:10:00Z", "2024-05-03T12:45:00Z", "2024-05-03T06:05:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Agencies", "Carmen Zammit", "Agencies"]);
  });

  it("reads a byline in a box the markup calls 'by', and one that names the section after a comma", () => {
    const post = (by: string, iso: string, printed: string, headline: string) =>
      `<article class="post"><h2>${headline}</h2><div class="meta"><span class="by">${by}</span> <time datetime="${iso}">${printed}</time></div><p>The council said the work would be finished before the summer season.</p></article>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Tag: harbour</title></head><body><main><h1>Harbour</h1>
${post("by <a>Nikos Andreou</a>", "2024-05-03T19:30:00+03:00", "May 3, 2024 at 7:30 p.m.", "Harbour wall repairs begin")}
${post("By Coast Wire, in Local", "2024-05-03T12:10:00+03:00", "May 3, 2024 at 12:10 p.m.", "Fishing boats return after storm")}
</main></body></html>`);
    expect(doc.entries.map((e) => e.author)).toEqual(["Nikos Andreou", "Coast Wire"]);
  });
});

describe("text pages", () => {
  it("reads '6.05am: Headline' stamps, each post closed by its own 'Posted by' line", () => {
    const page = ["Valley Gazette", "News | Sport | Weather", "", "Floods live: river peaks in the valley", "", "Thursday 2 May 2024", "All times BST", "",
      "6.05am: River expected to peak by noon", "", "The river is expected to reach its highest level since 2012 by midday, the agency said.", "", "Posted by Anwen Hughes", "",
      "9.40am: Schools shut in three villages", "", "Three village schools will stay closed today because of flooded roads, the council said.", "", "Posted by Anwen Hughes", "",
      "1.15pm: Army called in to fill sandbags", "", "Soldiers arrived to help fill sandbags on the riverbank, the council leader said.", "", "Posted by Gareth Pryce", ""].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["River expected to peak by noon", "Schools shut in three villages", "Army called in to fill sandbags"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-05-02T05:05:00Z", "2024-05-02T08:40:00Z", "2024-05-02T12:15:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Anwen Hughes", "Anwen Hughes", "Gareth Pryce"]);
  });

  it("reads a list its lede announces ('Here are the key developments:') one entry per paragraph, in the bracketed zone", () => {
    const page = ["The Northern Courier", "Home  Nation  World  Sports  Business", "", "World", "",
      "Ukraine war: ministers meet in Brussels; drones hit Odesa port", "", "The talks come as allies weigh new air-defence pledges.", "",
      "Courier Web Desk", "Posted At: Mar 14, 2024 07:50 PM (IST)", "", "Follow Us", "", "Here are the key developments:", "",
      "Defence ministers of allied countries met in Brussels to coordinate deliveries of air-defence systems before the summer.", "",
      "Drones struck grain warehouses in the port of Odesa overnight, injuring two workers, the regional governor said.", "",
      "Tags :", "#Ukraine  #Odesa", "", "© The Northern Courier."].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.body[0]!.slice(0, 18))).toEqual(["Defence ministers ", "Drones struck grai"]);
    // India keeps UTC+5:30 all year
    expect(doc.entries.every((e) => e.published === "2024-03-14T14:20:00Z" && e.headline === null)).toBe(true);
  });

  it("reads a desk's credit glued to its date ('The Harbour Post staff5 April 2024 09:40')", () => {
    const card = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, "", "Read more", ""];
    const page = ["The Harbour Post", "", ...card("Ferry fares to rise in June", "The Harbour Post staff5 April 2024 09:40", "Ferry fares will rise by a tenth from June, the operator said."),
      ...card("Lighthouse reopens to visitors", "Mira Petrova5 April 2024 07:15", "The old lighthouse reopened to visitors after a year of repairs.")].join("\n");
    const doc = parse(page, { timezone: "Europe/Sofia" });
    expect(doc.entries.map((e) => e.author)).toEqual(["The Harbour Post staff", "Mira Petrova"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-04-05T06:40:00Z", "2024-04-05T04:15:00Z"]);
  });
});

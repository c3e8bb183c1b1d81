// Forms met on the eval pages in session 37 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (body: string, head = "") => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text = (lines: string[]) => lines.join("\n");

describe("dates and zones", () => {
  it("dates the posts under a day heading set in capitals ('THURSDAY, OCT. 19') by that day", () => {
    const post = (time: string, title: string, body: string) =>
      `<section class="live-post"><div class="live-time">${time}</div><h3>${title}</h3><p>${body}</p></section>`;
    const doc = parse(html([
      "<h1>Live updates: the aid request in Congress</h1>",
      '<h2 class="live-day">FRIDAY, OCT. 20</h2>',
      post("9:50 AM", "Senators split on aid package", "Senators from both parties argued over whether the aid for Ukraine should stand alone."),
      post("8:05 AM", "Drones hit a power plant", "Russian drones struck a thermal power plant in the north overnight, the grid operator said."),
      '<h2 class="live-day">THURSDAY, OCT. 19</h2>',
      post("7:10 PM", "President addresses the nation", "The president said in an evening address that backing Ukraine served American security."),
      post("5:25 PM", "Speech set for tonight", "The White House said the president would speak to the nation from the Oval Office at 8 p.m."),
    ].join("")), { date: "2023-10-20", timezone: "America/Chicago" });
    expect(doc.entries.map((e) => e.published)).toEqual([
      "2023-10-20T14:50:00Z", "2023-10-20T13:05:00Z", "2023-10-20T00:10:00Z", "2023-10-19T22:25:00Z",
    ]);
  });

  it("reads a lone 'Published 6:10 p.m.' head over a day's earlier times as the day it tells, not the next one", () => {
    const doc = parse(text([
      "Plainsview Courier", "News  Sports  Opinion  Obituaries", "",
      "Ukraine war timeline: the day in five moments", "", "By Rhea Tolland", "Published 6:10 p.m. CT July 13, 2023", "",
      "The day's main developments, oldest first.", "",
      "2:20 a.m.", "Air defence units over the capital shot down a wave of drones, the city administration said.", "",
      "8:15 a.m.", "The president landed in Helsinki for talks with the leaders of the Nordic states.", "",
      "3:30 p.m.", "Moscow said it could leave the grain deal when it runs out on Monday unless its demands are met.", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-07-13T07:20:00Z", "2023-07-13T13:15:00Z", "2023-07-13T20:30:00Z"]);
  });

  it("takes the zone of the town a paper names under its masthead ('Bendigo', 'Nanaimo, British Columbia')", () => {
    const page = (tagline: string) => text([
      "Skip to content", "The Star", tagline, "Subscribe now", "Login", "",
      "Home  News  Sport  Business  Today's Paper  Things to Do  eEdition", "", "World", "",
      "Live: drones strike Kyiv overnight", "", "Follow our coverage below.", "", "Sunday, April 17", "",
      "6.40am", "Drones over Kyiv", "", "Air defences shot down drones over Kyiv overnight, the city administration said.", "",
      "9.15am", "Rescuers search rubble", "", "Rescuers searched a damaged building in the Darnytskyi district for survivors.", "",
    ]);
    const victoria = parse(page("Bendigo"), { date: "2022-04-17" });
    expect(victoria.entries.map((e) => e.published)).toEqual(["2022-04-16T20:40:00Z", "2022-04-16T23:15:00Z"]);
    const columbia = parse(page("Nanaimo, British Columbia"), { date: "2022-04-17" });
    expect(columbia.entries.map((e) => e.published)).toEqual(["2022-04-17T13:40:00Z", "2022-04-17T16:15:00Z"]);
    // the masthead over its tagline, account links and a menu of "Today's Paper", "Things to Do", "eEdition" is the source
    expect(victoria.sourceName).toBe("The Star");
  });
});

describe("sources and timelines", () => {
  it("names the source by a masthead that carries its logo's ' Logo' text over a menu with an 'e-Edition' item", () => {
    const doc = parse(text([
      "Skip to content", "Riverbend Ledger-Courier Logo", "Subscribe", "Sign In", "Local  News  Sports  Politics  Opinion  e-Edition", "",
      "NATION & WORLD", "", "The Latest: talks in Istanbul end without a truce", "", "By Mara Quill", "",
      "May 16, 2025", "", "10:05 a.m.", "Delegations from Kyiv and Moscow met in Istanbul for their first direct talks in three years.", "",
      "1:40 p.m.", "The talks ended after less than two hours with a deal to swap prisoners but no truce.", "",
    ]));
    expect(doc.sourceName).toBe("Riverbend Ledger-Courier");
  });

  it("reads a timeline of '9:35 p.m.: running text' lines as one entry per time", () => {
    const doc = parse(text([
      "Tidewater Sentinel", "News  Sports  Opinion  Obituaries", "",
      "How the day unfolded", "", "Published 7:05 p.m. ET March 23, 2022", "",
      "Tuesday, March 22", "",
      "9:35 p.m.: Officials said troops near the besieged port had detained a convoy of rescue workers trying to bring supplies into the city.", "",
      "Wednesday, March 23", "",
      "7:30 a.m.: A veteran Kremlin envoy has quit his post and left the country, according to people familiar with the matter.", "",
      "The Kremlin confirmed the resignation later but would not say where he had gone.", "",
      "1:20 p.m.: The secretary of state said the government had concluded that Russian forces committed war crimes in Ukraine.", "",
    ]));
    expect(doc.entries.map((e) => [e.published, e.body[0]?.slice(0, 20)])).toEqual([
      ["2022-03-23T01:35:00Z", "Officials said troop"],
      ["2022-03-23T11:30:00Z", "A veteran Kremlin en"],
      ["2022-03-23T17:20:00Z", "The secretary of sta"],
    ]);
  });
});

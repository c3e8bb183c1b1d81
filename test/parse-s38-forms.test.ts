// Forms met on the eval pages in session 38 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (body: string, head = "") => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text = (lines: string[]) => lines.join("\n");

describe("zones a page states", () => {
  it("reads 'Kyiv time' set after the date on the page's date line ('Sunday, 12 June 2022 · Kyiv time')", () => {
    const post = (time: string, title: string, body: string) =>
      `<div class="entry"><span class="stamp">${time}</span><h3>${title}</h3><p>${body}</p></div>`;
    for (const sep of ["·", "|", "—"]) {
      const doc = parse(html([
        '<header><a class="logo" href="/">Harrowgate Post</a></header>',
        "<main><h1>Live: shelling on the eastern front</h1>",
        `<p class="dateline">Sunday, 12 June 2022 ${sep} Kyiv time</p>`,
        post("21:30", "Evening shelling in Kramatorsk", "Artillery fire hit the outskirts of Kramatorsk in the evening, the city's military administration reported."),
        post("14:05", "Talks on grain exports", "Turkey's foreign minister said he hoped to host talks on moving grain out of the Black Sea ports."),
        "</main>",
      ].join("")), { date: "2022-06-12", timezone: "America/Toronto" });
      expect(doc.entries.map((e) => e.published), sep).toEqual(["2022-06-12T18:30:00Z", "2022-06-12T11:05:00Z"]);
    }
  });

  it("reads '(all times local)' after a wire dateline as the dateline town's time, wherever the paper is", () => {
    const doc = parse(text([
      "Cedar Hollow Gazette", "Cedar Hollow, Iowa", "News  Sports  Obituaries  e-Edition", "",
      "The Latest: strikes on the capital overnight", "", "By The Associated Press", "", "Mar 9, 2024", "",
      "ODESA, Ukraine (AP) — The latest on the war in Ukraine on Saturday, March 9 (all times local):", "",
      "___", "", "8:25 p.m.", "",
      "The port city buried the victims of Wednesday's missile strike, with hundreds lining the road to the cemetery.", "",
      "___", "", "1:40 p.m.", "",
      "Ukraine's navy said a Russian missile boat had been damaged near the occupied peninsula, without giving details.", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-09T18:25:00Z", "2024-03-09T11:40:00Z"]);
  });

  it("reads a paper's own head times in its home zone under updates in a dateline's time, across Kyiv's midnight", () => {
    const doc = parse(text([
      "The Greeley Ledger", "Greeley, Colorado", "News  Sports  Business  Obituaries", "",
      "The Latest: Kyiv asks allies for more air defence", "", "By The Associated Press",
      "PUBLISHED: November 18, 2023 at 1:05 a.m. | UPDATED: November 18, 2023 at 3:50 p.m.", "",
      "KYIV, Ukraine (AP) — The latest on the war in Ukraine (all times local):", "",
      "___", "", "12:30 a.m.", "",
      "The air force said overnight that it had shot down most of a wave of drones aimed at the south.", "",
      "___", "", "9:10 p.m.", "",
      "The foreign minister said the country needed at least ten more air defence systems before the winter.", "",
      "___", "", "2:45 p.m.", "",
      "Officials in Kherson said shelling had damaged a school and several houses.", "",
    ]));
    // 3:50 p.m. in Colorado is 00:50 on the 19th in Kyiv: the newest update, 12:30 a.m., is the 19th's
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-11-18T22:30:00Z", "2023-11-18T19:10:00Z", "2023-11-18T12:45:00Z"]);
  });

  it("does not take a masthead weather box's 'Updated' time for the page's", () => {
    const doc = parse(text([
      "Skip to main content", "", "Millbrook, KS (67501)", "Today", "Clear and cold. Low 21F. Winds N at 10 mph.",
      "Updated: February 3, 2024 @ 6:40 am", "Full Forecast", "", "News  Sports  Opinion  e-Edition", "",
      "Ukraine war: the day's developments", "", "By Staff and wire reports", "", "Feb 2, 2024", "", "Updated Feb 3, 2024", "",
      "KYIV, Ukraine (AP) — The latest on the war on Saturday, February 3 (all times local):", "",
      "___", "", "8:15 p.m.", "",
      "Drones struck an oil depot in a Russian border region, a regional governor said.", "",
      "___", "", "11:30 a.m.", "",
      "Ukraine's prime minister said the European aid would reach the budget in March.", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-02-03T18:15:00Z", "2024-02-03T09:30:00Z"]);
  });

  it("takes a weather box's town ('Madison, WI (53703)') for the paper's home and counts ages back from its 'Updated' time", () => {
    const doc = parse(text([
      "Skip to main content", "Lakeport Register", "", "Madison, WI (53703)", "Today", "Partly cloudy. High 78F. Winds W at 5 mph.",
      "Updated: June 8, 2024 @ 8:30 pm", "", "News  Sports  Opinion  Obituaries", "", "ukraine", "",
      "World", "Kyiv says new air defence battery is in place", "",
      "Ukraine's air force said a newly delivered air defence battery was now guarding the capital's power stations.", "",
      "By Petro Danylo Associated Press", "30 min ago", "",
      "World", "Drone strike sets fuel depot ablaze in Russia", "",
      "A Ukrainian drone hit a fuel depot in a Russian border region overnight, setting tanks on fire, the governor said.", "",
      "By Anna Hrytsenko Associated Press", "3 hrs ago", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-06-09T01:00:00Z", "2024-06-08T22:30:00Z"]);
  });
});

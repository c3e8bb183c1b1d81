// Forms met on the eval pages in session 42 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import { bylineName } from "../src/parse/html-byline.ts";
import { matchStamp } from "../src/parse/text-stamps.ts";

describe("a section front whose cards print the day and only the last edit's clock (eval/db)", () => {
  it("reads 'Published on April 2, 2025 | Updated 7:05 PM' as that day at that clock", () => {
    const stamp = matchStamp("Published on April 2, 2025 | Updated 7:05 PM", 0);
    expect(stamp?.minutes).toBe(19 * 60 + 5);
    expect(stamp?.date).toMatchObject({ year: 2025, month: 4, day: 2 });
    expect(matchStamp("Posted 2 April 2025 · Updated 19:05", 0)?.minutes).toBe(19 * 60 + 5);
    // a day with no clock at all is still no stamp
    expect(matchStamp("Published on April 2, 2025", 0)).toBeNull();
  });

  it("credits the reporter before a slash and the wire or paper", () => {
    expect(bylineName("By Jane Doe / Associated Press")).toBe("Jane Doe");
    expect(bylineName("By Jane Doe / The Courier")).toBe("Jane Doe");
    expect(bylineName("Jane Doe / John Roe")).toBe("Jane Doe / John Roe");
  });

  it("lists the cards, on the clock of the town its masthead names (read before the header goes)", () => {
    const card = (headline: string, by: string, clock: string, text: string) => `<div class="story-card">
<h3 class="headline"><a href="/news/world/${headline.length}">${headline}</a></h3>
<p class="byline">By ${by}</p><p class="date">Published on May 6, 2025 | Updated ${clock}</p>
<p class="summary">${text}</p><a class="comment-count" href="#c">4 Comments</a></div>`;
    const html = `<!doctype html><html lang="en"><head><title>World | The Lantern</title></head><body>
<header class="masthead"><a class="logo" href="/">The Lantern</a> <span class="tagline">Dayton, Ohio</span>
<nav><a href="/local">Local</a> <a href="/sports">Sports</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav></header>
<main><h1>World</h1><div class="story-list">
${card("Drones strike a fuel depot near Kherson", "Ann Lowe / Associated Press", "6:40 PM", "Regional officials said a fire broke out at a fuel depot after a drone attack overnight.")}
${card("Foreign ministers meet in Warsaw on security guarantees", "Associated Press", "2:15 PM", "Ministers from a dozen countries gathered in the Polish capital to discuss guarantees for Kyiv.")}
${card("Parliament extends martial law for another 90 days", "Ann Lowe / Associated Press", "9:05 AM", "Lawmakers voted to extend martial law and general mobilization until the summer.")}
</div></main></body></html>`;
    const doc = parse(html);
    expect(doc.entries.map((e) => e.headline)).toEqual([
      "Drones strike a fuel depot near Kherson", "Foreign ministers meet in Warsaw on security guarantees",
      "Parliament extends martial law for another 90 days",
    ]);
    // Dayton keeps Eastern time: EDT, four hours behind UTC in May
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-05-06T22:40:00Z", "2025-05-06T18:15:00Z", "2025-05-06T13:05:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Ann Lowe", "Associated Press", "Ann Lowe"]);
  });
});

describe("a live page whose yearless date lines cross the new year (eval/db)", () => {
  const page = (first: string, second: string) => `The Evening Beacon

Gas transit ends: New Year's live updates

Published 8:10 p.m. ET Dec. 31, 2024 | Updated 9:30 a.m. ET Jan. 1, 2025

${first}

8:10 p.m.
Leaders record their New Year addresses

The president thanked soldiers in a short video released before midnight in Kyiv.

${second}

9:30 a.m.
Gas stops flowing through the pipeline

The transit contract expired at dawn and the operator confirmed that flows had stopped.
`;

  it("reads the second date line in the next year, as its weekday says", () => {
    expect(parse(page("Tuesday, Dec. 31", "Wednesday, Jan. 1")).entries.map((e) => e.published))
      .toEqual(["2025-01-01T01:10:00Z", "2025-01-01T14:30:00Z"]);
  });

  it("and without weekdays, when the months turn over from December to January", () => {
    expect(parse(page("Dec. 31", "Jan. 1")).entries.map((e) => e.published))
      .toEqual(["2025-01-01T01:10:00Z", "2025-01-01T14:30:00Z"]);
  });
});

describe("a lede saying 'Times are local' (eval/dc)", () => {
  const page = (lede: string) => `Harbour Evening Post
Live: drones over the capital overnight
Friday 29 November 2024

${lede}

08:10
Power restored to most homes after the night's attack

The grid operator said power had come back to most homes in Kharkiv, Sumy and Poltava by morning.

11:25
Foreign minister to travel to Brussels next week

The minister will meet alliance counterparts on Tuesday, his office said.
`;

  it("reads the updates on the clock of the one town the lede names", () => {
    expect(parse(page("We follow the day's events from Kyiv. Times are local.")).entries.map((e) => e.published))
      .toEqual(["2024-11-29T06:10:00Z", "2024-11-29T09:25:00Z"]);
  });

  it("names no town: not the clock of the places the updates name (the paper's own; here none, so UTC as found)", () => {
    expect(parse(page("How the day unfolded. Times are local.")).entries.map((e) => e.published))
      .toEqual(["2024-11-29T08:10:00Z", "2024-11-29T11:25:00Z"]);
  });
});

describe("briefs whose items each open with a wire dateline (eval/db, eval/dc)", () => {
  it("keeps the first item's dateline as printed, as every other item keeps its own", () => {
    const page = `The Lakeside Journal
Nation/World briefs
Jan 31, 2025

Missile damages hotel in city centre

ODESA, Ukraine (AP) — A missile hit the old town of the port city on Friday, damaging a hotel and injuring seven people, officials said.

Rescuers worked through the night.

Officials say talks with Moscow are under way

WASHINGTON (AP) — The president said on Friday that his officials had held talks with Moscow about ending the war, but gave no details.

Refinery fire put out after drone attack

MOSCOW (AP) — A drone attack set off a fire at an oil refinery in the Volgograd region, the regional governor said.
`;
    const doc = parse(page);
    expect(doc.entries.map((e) => e.body[0]!.slice(0, 22))).toEqual(["ODESA, Ukraine (AP) — ", "WASHINGTON (AP) — The ", "MOSCOW (AP) — A drone "]);
  });
});

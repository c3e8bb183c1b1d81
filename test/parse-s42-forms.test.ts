// Forms met on the eval pages in session 42 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import { bylineName } from "../src/parse/html-byline.ts";
import { bylineAuthor } from "../src/parse/text-post.ts";
import { matchStamp } from "../src/parse/text-stamps.ts";
import { statedZone } from "../src/parse/zone-stated.ts";
import { isCaption } from "../src/parse/text-furniture.ts";
import { isChrome } from "../src/parse/text-lines.ts";
import { mastheadZone } from "../src/parse/text-home-zone.ts";
import { isPointerLine } from "../src/parse/pointers.ts";

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

describe("a network live page whose posts name their author and outlet with no 'by' (eval/de, eval/da)", () => {
  const page = (meta: (name: string, clock: string) => string) => `<!doctype html><html><head><title>Live updates | The Shore Ledger</title></head><body>
<main><article><h1>Live updates: drones over the capital</h1>
<div class="byline"><a>Ann Lowe</a> <a>Ben Marsh</a> <div>USA TODAY</div></div>
<div class="lb">
<article class="lb-post"><div class="ts">1:26 p.m. ET</div><h2>Capital says air defences downed most drones</h2>
${meta("Ann Lowe", "1:26 p.m. ET")}
<p>The city's military administration said most of the drones launched overnight were shot down before they reached the centre.</p></article>
<article class="lb-post"><div class="ts">11:05 a.m. ET</div><h2>Watch: Residents clear debris in the suburbs</h2>
${meta("Ben Marsh", "11:05 a.m. ET")}</article>
<article class="lb-post"><div class="ts">9:40 a.m. ET</div><h2>Ministers to meet in Brussels next week</h2>
${meta("Ann Lowe", "9:40 a.m. ET")}
<p>Foreign ministers of the alliance will meet on Tuesday to discuss more support, an official said.</p></article>
</div></article></main></body></html>`;

  it("credits each post's own author from the line under its headline, a teaser's too", () => {
    const doc = parse(page((name) => `<div class="meta"><span>${name}</span> <span>USA TODAY</span></div>`));
    expect(doc.entries.map((e) => e.author)).toEqual(["Ann Lowe", "Ben Marsh", "Ann Lowe"]);
    expect(doc.entries[0]!.body[0]).toMatch(/^The city's military administration/);
  });
});

describe("a live page whose posts' meta row holds author, outlet and time (eval/da)", () => {
  it("credits the name before the clock", () => {
    const post = (h: string, name: string, clock: string, text: string) => `<article class="lb-post"><h2>${h}</h2>
<div class="meta"><span class="au">${name}</span> <span class="org">USA TODAY</span> <span class="ts">${clock}</span></div>
<p>${text}</p></article>`;
    const html = `<!doctype html><html><head><title>Live updates | The Plains Courier</title></head><body><main><article>
<h1>Live updates: talks resume in Geneva</h1><div class="byline">Ann Lowe, Ben Marsh and Cy Hart</div>
<div>Published 7:02 p.m. CT July 6, 2024 | Updated 1:48 a.m. CT July 7, 2024</div>
${post("Delegations arrive for a second round", "Ben Marsh", "1:48 a.m. CT", "Both delegations landed in Geneva late on Saturday, officials said.")}
${post("Drone debris falls on a village near the border", "Cy Hart", "12:51 a.m. CT", "Regional officials said debris from a downed drone damaged two houses.")}
${post("Ministers call for a ceasefire before winter", "Ann Lowe", "11:30 p.m. CT", "Several foreign ministers urged both sides to agree to a ceasefire.")}
</article></main></body></html>`;
    expect(parse(html).entries.map((e) => e.author)).toEqual(["Ben Marsh", "Cy Hart", "Ann Lowe"]);
  });
});

describe("a network live page scraped as text: headline, author, outlet, then the stamp (eval/de)", () => {
  it("takes the headline above the author and credits the author, a teaser's too", () => {
    const page = `The Shore Ledger
Part of the USA TODAY Network

Live updates: missiles hit the capital during a visit

Ann Lowe  Ben Marsh
USA TODAY

Published 8:31 p.m. ET April 28, 2022 | Updated 3:40 p.m. ET April 29, 2022

Body recovered from building hit during the visit
Ann Lowe
USA TODAY
3:40 p.m. ET April 29, 2022

Rescuers recovered a body from a residential building struck by a missile on Thursday evening, officials said.

Watch: President explains new weapons shipment
Ben Marsh
USA TODAY
10:15 p.m. ET April 28, 2022

Replay

Leaders call the strike an insult to the visiting delegation
Ben Marsh
USA TODAY
9:05 p.m. ET April 28, 2022

Several leaders said the timing of the strike showed contempt for the visitors and called for a response.
`;
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual([
      "Body recovered from building hit during the visit", "Watch: President explains new weapons shipment",
      "Leaders call the strike an insult to the visiting delegation",
    ]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Ann Lowe", "Ben Marsh", "Ben Marsh"]);
  });
});

describe("a section front with ages under a printed clock (eval/de)", () => {
  it("counts the ages back from the head's clock on the paper's own clock, and credits the wire beside each age", () => {
    const card = (h: string, age: string, text: string) => `<div class="card"><h3><a href="/world/${h.length}">${h}</a></h3>
<div class="card-meta"><span class="credit">Associated Press</span> <span class="age">${age}</span></div><p>${text}</p></div>`;
    const html = `<!doctype html><html><head><title>World | The Valley Ledger</title></head><body>
<div class="topbar"><span>Sunday, June 19, 2022 4:35 PM</span></div>
<header><a class="logo" href="/">The Valley Ledger</a> <span class="tagline">Waterbury, Connecticut</span></header>
<main><h1>World</h1>
${card("Alliance chief says the war could last years", "38 min ago", "The alliance's secretary-general told a newspaper that members must be ready to support Ukraine for a long time.")}
${card("President visits troops in the south", "4 hrs ago", "The president visited soldiers and damaged buildings in two southern regions, his office said.")}
${card("Missiles hit a fuel depot in the east", "8 hrs ago", "Regional officials said missiles struck a fuel depot overnight, starting a large fire.")}
</main></body></html>`;
    const doc = parse(html);
    // 4:35 PM in Waterbury (EDT, UTC-4) is 20:35Z
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-06-19T19:57:00Z", "2022-06-19T16:35:00Z", "2022-06-19T12:35:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Associated Press", "Associated Press", "Associated Press"]);
  });
});

describe("a wire listing whose bylines carry the wire before the date (eval/df)", () => {
  const page = (chip: string) => `The Valley Herald
Saturday, May 31, 2025
${chip}

News   Local   Sports   Opinion   Obituaries

Nation & World

Foreign minister says Kyiv still waits for Moscow's memorandum
By Jane Doe, Associated Press — May 31, 2025 6:38 pm

The foreign minister said on Saturday that Kyiv was still waiting for the written proposals Moscow had promised.

Read more

Air force says most drones were downed overnight
By Associated Press — May 31, 2025 8:30 am

The air force said on Saturday that it shot down or jammed most of the drones launched overnight.

Read more
`;

  it("lists each card, credited to the reporter, on the clock of the town its weather chip names (its sky after it)", () => {
    const doc = parse(page("Scranton 71° Mostly sunny"));
    expect(doc.entries.map((e) => e.author)).toEqual(["Jane Doe", "Associated Press"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-05-31T22:38:00Z", "2025-05-31T12:30:00Z"]);
  });
});

describe("a date line that states the zone after a separator (eval/df)", () => {
  it("reads 'Sunday 21 July · all times Kyiv' as Kyiv time", () => {
    expect(statedZone("Sunday 21 July · all times Kyiv")).toBe("Europe/Kyiv");
    expect(statedZone("Sunday 21 July · all times are Kyiv")).toBe("Europe/Kyiv");
    // a headline that says "all times" in passing states nothing
    expect(statedZone("Kyiv: all times of day are now curfew hours")).toBeNull();
  });
});

describe("bylines with their outlet beside the name (eval/dd, eval/de)", () => {
  it("'Posted by Jane Doe (Example Courier)': the name before its outlet or place in brackets", () => {
    expect(bylineAuthor("Posted by Jane Doe (Example Courier)")).toBe("Jane Doe");
    expect(bylineAuthor("By Jane Doe (Kyiv)")).toBe("Jane Doe");
  });

  it("a feed's 'JANE DOE, Associated Press': the name as the wire prints it, in capitals", () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>World | The Harbor Journal</title>
<entry><title>Drones strike a fuel depot overnight</title><id>tag:a</id><published>2022-10-15T09:10:00-04:00</published>
<author><name>JANE DOE, Associated Press</name></author><summary>Officials said a drone attack started a fire at a fuel depot.</summary></entry>
<entry><title>Ministers meet on air defence</title><id>tag:b</id><published>2022-10-15T07:40:00-04:00</published>
<author><name>Associated Press</name></author><summary>Defence ministers met to discuss more air defence systems.</summary></entry>
</feed>`;
    expect(parse(atom).entries.map((e) => e.author)).toEqual(["JANE DOE", "Associated Press"]);
  });
});

describe("a network article's photo caption (eval/de, eval/dg)", () => {
  it("'… (Photo: AP)' is a caption, however the picture is described", () => {
    expect(isCaption("Smoke rises over a port city in this image taken from video. (Photo: AP)")).toBe(true);
    expect(isCaption("A man walks past a damaged building. (Photo: Getty Images)")).toBe(true);
    // a sentence that mentions a photo is none
    expect(isCaption("Officials released a photo of the damaged building on Monday.")).toBe(false);
  });
});

describe("a wire's pointer to its hub, with no link (eval/de)", () => {
  it("'Follow all AP stories on the war at the AP hub' points elsewhere", () => {
    expect(isPointerLine("Follow all AP stories on the war in Ukraine at the AP hub.")).toBe(true);
    expect(isPointerLine("Follow AP's coverage of the war in Ukraine.")).toBe(true);
    // news about following is no pointer
    expect(isPointerLine("Follow-up talks are planned in Istanbul next week, the ministry said.")).toBe(false);
  });
});

describe("a wire's 'The Latest' whose head prints its own time bare over '(all times EDT)' (eval/de)", () => {
  it("reads the head's time on the stated clock when nothing names the paper's home, so the updates keep its day", () => {
    const page = `The Evening Lamp

The Latest: new rocket launchers in an aid package

By The Associated Press
Updated: July 8, 2022 4:50 p.m.

The Latest on the Russia-Ukraine war (all times EDT):

4:50 p.m.

WASHINGTON — The Pentagon said Friday it would send Ukraine four more rocket launchers in a new aid package.

___

1:20 p.m.

KRAMATORSK, Ukraine — A missile hit a courtyard in the city centre on Friday afternoon, the governor said.
`;
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2022-07-08T20:50:00Z", "2022-07-08T17:20:00Z"]);
  });
});

describe("a card's meta row with the time before the byline (eval/dh)", () => {
  it("reads 'Today at 3:40 p.m. | by Jane Doe The Associated Press' as a stamp crediting Jane Doe", () => {
    const stamp = matchStamp("Today at 3:40 p.m. | by Jane Doe The Associated Press", 0);
    expect(stamp?.minutes).toBe(15 * 60 + 40);
    expect(stamp?.author).toBe("Jane Doe");
    expect(matchStamp("Yesterday at 9:30 p.m. | by The Associated Press", 0)?.author).toBe("The Associated Press");
  });
});

describe("a section front whose cards print ages, one of them 'Updated' (eval/dh)", () => {
  it("keeps 'Updated 5 hrs ago' as that card's stamp", () => {
    const card = (h: string, age: string, text: string) => `${h}\nBy JANE DOE Associated Press\n${age}\n\n${text}\n`;
    const page = `The River Gazette
Saturday, December 23, 2023 · 4:52 PM

National & World

${card("Leaders meet to discuss a ceasefire along the front", "2 hrs ago", "KYIV, Ukraine (AP) — Leaders met on Saturday to discuss a possible ceasefire, officials said.")}
${card("Air force says it shot down three bombers", "Updated 5 hrs ago", "KYIV, Ukraine (AP) — The air force said its pilots shot down three fighter-bombers over the south.")}
${card("Drones attack a port city overnight", "6 hrs ago", "ODESA, Ukraine (AP) — Drones attacked the port overnight, damaging a warehouse, officials said.")}
`;
    expect(parse(page).entries.map((e) => e.headline)).toEqual([
      "Leaders meet to discuss a ceasefire along the front", "Air force says it shot down three bombers", "Drones attack a port city overnight",
    ]);
  });
});

describe("a masthead named by its state's adjective, and a comment box's prompts (eval/dh)", () => {
  it("'Southeast Missourian', 'The Oklahoman': the state's clock, where it keeps one", () => {
    expect(mastheadZone("Southeast Missourian")?.zone).toBe("America/Chicago");
    expect(mastheadZone("The Oklahoman")?.zone).toBe("America/Chicago");
    // a nation's adjective keeps the nation's ("The Georgian"), and a town's name is no adjective ("Meridian Star")
    expect(mastheadZone("The Georgian")?.zone).toBe("Asia/Tbilisi");
    expect(mastheadZone("Meridian Star")?.zone).not.toBe("America/Caracas");
  });

  it("'Respond to this story' and its registration notice are the comment box, no item", () => {
    expect(isChrome("Respond to this story")).toBe(true);
    expect(isChrome("Posting a comment requires free registration. If you already have an account, log in.")).toBe(true);
    expect(isChrome("Officials said they would respond to the story on Monday.")).toBe(false);
  });
});

describe("a newsletter box between cards, and a caption crediting its source (eval/da, eval/dh, eval/di)", () => {
  it("the box's title over its sign-up pitch signs no card; the card keeps its byline", () => {
    const page = `The Prairie Courier
Wednesday, December 31, 2025 4:35 pm

World

Fireworks light up the harbour as the city welcomes the new year
By JANE DOE Associated Press
2 hrs ago

Crowds lined the harbour to watch fireworks over the bridge as the city welcomed the new year.

Daily Headlines
Sign up to get the latest news delivered to your inbox every morning.
Sign up!

Drone attack on the eastern city kills two on New Year's Eve
By JOHN ROE Associated Press
4 hrs ago

Russian drones struck a residential district on Wednesday evening, killing two people, the mayor said.
`;
    expect(parse(page).entries.map((e) => e.author)).toEqual(["JANE DOE", "JOHN ROE"]);
  });

  it("'… (Photo via the State Emergency Service)' is a caption", () => {
    expect(isCaption("Firefighters work at a damaged energy facility in the region. (Photo via the State Emergency Service)")).toBe(true);
  });
});

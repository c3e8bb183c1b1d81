// Forms met on the eval/o pages after they were scored fresh (own pages, own words): a post's byline between its
// headline and its stamp, an ad label glued to its button, a closing "Author: Name" line, a "Key Points" heading
// that is nobody's name, zones stated as "NZ time", and "IST" read as the time of the country the page is about.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("posts bylined between headline and stamp, under a page byline for the staff", () => {
  const post = (head: string, by: string, stamp: string, text: string) => [head, "", `By ${by}`, stamp, "", text, ""];
  const page = [
    "The Lisbon Courier", "", "Port strike: live updates", "", "By LISBON COURIER STAFF", "Published: MAY 4, 2023 08:00", "",
    ...post("Dockers walk out at dawn", "RITA SOUSA", "MAY 4, 2023 18:40", "Dockers at the main container terminal stopped work at dawn, their union said."),
    ...post("Ships wait off the coast", "PAULO REIS", "MAY 4, 2023 12:15", "More than a dozen ships were waiting to berth by midday, the port authority said."),
    "AdvertisementHide Ad", "",
    ...post("Talks set for Friday", "RITA SOUSA", "MAY 4, 2023 09:05", "The union and the employers agreed to meet on Friday morning."),
    "AdvertisementHide Ad",
  ].join("\n");

  it("credits each post's own writer, not the staff byline or the ad label", () => {
    expect(parse(page, { timezone: "Europe/Lisbon" }).entries.map((e) => e.author)).toEqual(["RITA SOUSA", "PAULO REIS", "RITA SOUSA"]);
  });
});

describe("posts closed by 'Author: Name' under a Key Points block, times stated as 'NZ time'", () => {
  const page = [
    "SOUTHERN LEDGER", "News | World | Opinion", "", "Floods live: rivers peak in the south", "",
    "Wednesday 17 May 2023 · All times are NZ time", "",
    "Key Points", "Bridge closed at Riverton", "Evacuation centres open", "",
    "9.40pm", "Bridge closed at Riverton", "", "The bridge at Riverton was closed after water reached the road deck.", "", "Author: Mere Tane", "",
    "4.15pm", "Evacuation centres open", "", "Three evacuation centres opened in schools across the district.", "", "Author: Sam Hollis", "",
    "Read also: How the stopbanks were built", "",
  ].join("\n");

  it("reads the times in New Zealand and credits each post's closing author", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-05-17T09:40:00Z", "Mere Tane"],
      ["2023-05-17T04:15:00Z", "Sam Hollis"],
    ]);
  });

  it("an author box that says more than a name still ends an article", () => {
    const article = ["Coast Weekly", "", "The last ferryman", "", "By Ana Lima", "3 March 2024", "",
      "He has crossed the estuary every morning for forty years, and this spring he will stop.", "",
      "The council has not found anyone to take the boat on.", "",
      "Author: Ana Lima is our coast correspondent and writes about the islands.", "", "More from Coast Weekly", "The island school reopens"].join("\n");
    const parsed = parse(article);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]!.body.join(" ")).not.toMatch(/coast correspondent|island school/);
  });
});

describe("'IST' is the time of the country the page is about", () => {
  const page = (country: string, capital: string) => `<!DOCTYPE html><html lang="en"><head><title>Live</title></head><body>
<main><h1>Live: ${country} election count</h1><p class="updated">Last updated: Nov 1, 2022 10:40 PM IST</p>
<section class="post"><span class="post-time">9:30 PM</span><h2>Turnout reaches a record in ${country}</h2><p>Turnout in ${country} was the highest for two decades, officials in ${capital} said.</p></section>
<section class="post"><span class="post-time">6:05 PM</span><h2>Polls close across ${country}</h2><p>Polling stations in ${capital} and elsewhere closed on time.</p></section>
</main></body></html>`;

  it("Israel's on a page about Israel (UTC+2 in November)", () => {
    expect(parse(page("Israel", "Jerusalem")).entries[0]!.published).toBe("2022-11-01T19:30:00Z");
  });

  it("India's on a page about India (UTC+5:30)", () => {
    expect(parse(page("India", "Delhi")).entries[0]!.published).toBe("2022-11-01T16:00:00Z");
  });
});

describe("bare times in British style on a page that states no zone (found on eval/m and eval/p after scoring)", () => {
  const page = (a: string, b: string) => [
    "Harbour Live", "", "Ferry strike: live updates", "", "By Nell Carver", "Updated 14 June 2023, 8:50pm", "",
    a, "Talks resume at the port", "", "Union and owners met again in the evening, both sides said.", "",
    b, "Crossings cancelled", "", "All afternoon crossings were cancelled because of the strike.", "",
  ].join("\n");

  it("'8:40pm' (small am/pm glued on) reads as UK time, and the head's update time too", () => {
    const parsed = parse(page("8:40pm", "1:05pm"));
    expect(parsed.entries.map((e) => e.published)).toEqual(["2023-06-14T19:40:00Z", "2023-06-14T12:05:00Z"]);
    expect(parsed.warnings.join(" ")).toMatch(/Europe\/London, from the style of its stamps/);
  });

  it("'8:40 PM' (American style) keeps the default zone", () => {
    expect(parse(page("8:40 PM", "1:05 PM")).entries[0]!.published).toBe("2023-06-14T20:40:00Z");
  });
});

describe("an article's tool row under its dateline (found on eval/p after scoring)", () => {
  it("'Listen to this article · 6 min' and 'Gift this article' are chrome: the first section keeps its heading", () => {
    const page = ["TARN STANDARD", "World | Europe", "", "The ferry war: what the strike tells us", "", "By Ada Brennan",
      "March 4, 2024 5:30 p.m. EDT", "", "Listen to this article · 6 min", "Gift this article", "",
      "A strike across four ports", "", "Dockers walked out at four ports on Monday, the union said.", "",
      "The money", "", "The contract ran out at the end of February, and talks broke down last week.", ""].join("\n");
    expect(parse(page).entries.map((e) => e.headline)).toEqual(["A strike across four ports", "The money"]);
  });
});

// Forms met on the eval/ah pages after they were scored fresh (own pages, own words): a byline glued to a labelled
// date with its zone ("Jane DoePublication date 11 January 2024 | 21:30 ICT"), HTML cards whose byline box prints
// "Published 27 Feb, 2024 09:50pm", a zone stated by a country the runtime names with a qualifier ("Myanmar time"), a
// language menu in a script without capitals ("ქარ  РУС  ENG"), and a wire named alone under a card's stamp.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("stamps", () => {
  it("reads 'Jane DoePublication date 11 January 2024 | 21:30 ICT' as the author, the time and its zone", () => {
    const card = (headline: string, glued: string, text: string) => [headline, glued, "", text, "", "Read more", "Facebook   Twitter", ""];
    const page = ["River Post", "Thursday, 11 January 2024", "", "National   Business   World   Sport", "", "World News", "",
      ...card("Rice exports reach a record", "Dara PichPublication date 11 January 2024 | 20:10 ICT",
        "Rice exports reached a record last year, the commerce ministry said on Thursday."),
      ...card("New bridge opens over the river", "AFPPublication date 11 January 2024 | 16:45 ICT",
        "A new bridge over the river opened to traffic on Thursday after three years of work."),
      ...card("Temple restoration finished", "Dara PichPublication date 11 January 2024 | 09:30 ICT",
        "Restorers finished work on the temple's eastern gallery, the heritage authority said.")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-01-11T13:10:00Z", "2024-01-11T09:45:00Z", "2024-01-11T02:30:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Dara Pich", "AFP", "Dara Pich"]);
  });

  it("reads HTML cards whose byline box prints 'Published 27 Feb, 2024 09:50pm', read in the home its section menu names", () => {
    const card = (headline: string, by: string, stamp: string, text: string) => `<article class="story"><h2 class="story__title"><a href="#">${headline}</a></h2>
<div class="story__byline"><span class="author">${by}</span> <span class="timestamp">Published ${stamp}</span></div><p class="story__excerpt">${text}</p></article>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Markets - Harbour Ledger</title></head><body>
<header><div class="logo">HARBOUR LEDGER</div><div class="tagline">Kenya's business daily</div><nav><a>Markets</a> <a>Kenya</a> <a>World</a> <a>Opinion</a> <a>Sport</a></nav></header><main><h1>Markets</h1>
${card("Shilling firms against the dollar", "Ledger Report", "5 Mar, 2024 06:40pm", "The shilling gained against the dollar on Tuesday on strong tea export receipts.")}
${card("Tea auction prices ease", "Reuters", "5 Mar, 2024 01:15pm", "Prices at the weekly tea auction eased as buyers held back, brokers said.")}
${card("Bond sale oversubscribed", "Ledger Report", "5 Mar, 2024 09:05am", "The central bank's latest bond sale drew bids worth twice the amount offered.")}
</main></body></html>`);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Shilling firms against the dollar", "Tea auction prices ease", "Bond sale oversubscribed"]);
    // Nairobi keeps UTC+3
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-05T15:40:00Z", "2024-03-05T10:15:00Z", "2024-03-05T06:05:00Z"]);
  });

  it("reads a wire named alone under a card's stamp ('Reuters', elsewhere a photo credit) as the card's credit", () => {
    const card = (headline: string, age: string, wire: string, text: string) => [headline, age, wire, "", text, "", "Read More", ""];
    const page = ["Bay Daily", "", "Home   Local   World   Sport", "", "Updated 3 May 2024, 22:00 (GMT)", "", "World", "",
      ...card("Port talks resume in Rotterdam", "1 hour ago", "Reuters", "Talks between dockers and port operators resumed in Rotterdam on Friday."),
      ...card("Volcano ash closes Sicily airport", "3 hours ago", "AFP", "Catania airport closed for the afternoon as ash from Etna drifted over the runway."),
      ...card("Wheat prices slip", "5 hours ago", "Reuters", "Wheat futures slipped on forecasts of a large harvest in the Black Sea region.")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.author)).toEqual(["Reuters", "AFP", "Reuters"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-05-03T21:00:00Z", "2024-05-03T19:00:00Z", "2024-05-03T17:00:00Z"]);
  });
});

describe("where a page's clock is", () => {
  it("reads 'All times are Myanmar time' (a country the runtime names 'Myanmar (Burma)')", () => {
    const post = (time: string, headline: string, text: string) => `<section class="item"><h3>${headline}</h3><div class="meta"><span class="time">${time}</span></div><p>${text}</p></section>`;
    const doc = parse(`<!DOCTYPE html><html lang="en-US"><head><title>Daily roundup | Delta Voice</title></head><body><main>
<h1>Daily roundup</h1><p class="dateline">Monday, March 4, 2024</p><p class="intro">Our summary of the day. All times are Myanmar time.</p>
${post("8.20pm", "Monsoon forecast issued early", "The weather office issued its monsoon forecast two weeks earlier than usual.")}
${post("2.05pm", "Fuel queues return in the capital", "Queues formed at petrol stations in the capital as deliveries ran late.")}
</main></body></html>`);
    // Yangon keeps UTC+6:30
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-04T13:50:00Z", "2024-03-04T07:35:00Z"]);
  });

  it("reads a language menu in a script without capitals ('ქარ  РУС  ENG') as the home of its first language", () => {
    const post = (time: string, headline: string, text: string) => [time, headline, "", text, "", "Read more", ""];
    const page = ["MOUNTAIN NEWS AGENCY", "ქარ   РУС   ENG", "", "Politics   Economy   Society   World   Sport", "", "Latest news", "",
      ...post("18:30", "Ski lifts open in the high valleys", "The ski season opened in three high valleys after a week of snowfall."),
      ...post("11:45", "Wine exports up by a fifth", "Wine exports rose by a fifth in the first quarter, the statistics office said.")].join("\n");
    const doc = parse(page, { date: "2024-12-10" });
    // Tbilisi keeps UTC+4
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-12-10T14:30:00Z", "2024-12-10T07:45:00Z"]);
  });
});

// Forms met on the eval/ai pages after they were scored fresh (own pages, own words).
describe("forms from eval/ai", () => {
  it("reads 'By Jane DoeFebruary 01, 2023 - 10:40 PM' (a byline glued to a month-first date) as the author and time", () => {
    const card = (headline: string, glued: string, text: string) => [headline, glued, "", text, "", "Read more", ""];
    const page = ["DESERT CHRONICLE", "", "Home   Local   World   Sports", "", "World", "",
      ...card("Desalination plant opens on the coast", "By Omar NasserMarch 14, 2023 - 09:20 PM",
        "The country's largest desalination plant began supplying water on Tuesday, the electricity ministry said."),
      ...card("Airport traffic recovers", "By Lina HaddadMarch 14, 2023 - 02:05 PM",
        "Passenger numbers at the international airport returned to their pre-pandemic level in February.")].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Desalination plant opens on the coast", "Airport traffic recovers"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Omar Nasser", "Lina Haddad"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-03-14T21:20:00Z", "2023-03-14T14:05:00Z"]);
  });

  it("takes a headline that names its day ('Key events on Tuesday, July 25') as the title, not the menu above it", () => {
    const page = ["Island Herald", "Sign In   Subscribe", "Latest   News   Business   Sports   Lifestyle   World   ePaper", "", "World",
      "Hurricane season: Key events on Tuesday, August 8", "", "By Andre Wallace", "August 8, 2023 5:10 PM", "",
      "Here is a look at the day's main developments.", "", "Storms", "",
      "A tropical storm strengthened into a hurricane south of the island overnight, forecasters said.", "",
      "Schools in the eastern parishes will stay closed on Wednesday.", "", "Relief", "",
      "The government opened forty shelters and said more would follow.", ""].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.title).toBe("Hurricane season: Key events on Tuesday, August 8");
    // a list of the day's key events: one entry per paragraph under the headings
    expect(doc.entries.map((e) => e.body[0]!.slice(0, 20))).toEqual(["A tropical storm str", "Schools in the easte", "The government opene"]);
  });

  it("reads a live page's times in the place its head names in brackets ('updated through the day (NZ time)'), credited to the editor named over a role", () => {
    const post = (time: string, headline: string, text: string) => [time, headline, "", text, ""];
    const page = ["Harbourside", "Menu", "Politics   Business   World", "", "World", "Floods: the latest",
      "Developments from the flooded regions, updated through the day (NZ time).", "", "Mere Parata", "Regional Editor", "",
      "Friday 10 February 2023", "", ...post("9.15am", "State of emergency extended", "The government extended the state of emergency for another week."),
      ...post("7.40am", "Roads reopen in the north", "Three highways reopened overnight after crews cleared slips.")].join("\n");
    const doc = parse(page);
    // Auckland keeps UTC+13 in February
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-02-09T20:15:00Z", "2023-02-09T18:40:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Mere Parata", "Mere Parata"]);
  });

  it("credits an HTML post 'From Jane Doe' to Jane Doe", () => {
    const post = (time: string, headline: string, text: string) =>
      `<article class="post"><h2>${headline}</h2><p class="meta"><time datetime="${time}">${time.slice(11, 16)}</time> <span class="author">From Tomas Lind</span></p><p>${text}</p></article>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Live: the vote | Fjord Post</title></head><body><main><h1>Live: the vote</h1>
${post("2023-09-15T20:10:00Z", "Count begins", "Officials began counting the ballots after polls closed at eight.")}
${post("2023-09-15T17:45:00Z", "Turnout above sixty percent", "Turnout passed sixty percent by late afternoon, the election office said.")}
</main></body></html>`);
    expect(doc.entries.map((e) => e.author)).toEqual(["Tomas Lind", "Tomas Lind"]);
  });
});

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

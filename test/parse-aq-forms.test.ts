// Forms met on the eval/aq and eval/ar pages after they were scored fresh (own pages, own words): a section menu that
// prints its country in capitals with its marks ("TÜRKİYE"), a menu naming the home's province ("Sarawak"), a date
// with its weekday after it and "at" before the time, WordPress's sharing widget, a site named before its tagline on
// the first line, "Kyiv time" alone under the date, "By AFP - <date> - <time>", a footer menu opened by the paper's
// name under a group's copyright, "Created: <date> <time>", "<date> @ <time>", a picture credit closing a caption
// ("- AFP PIC"), a "Read More" box of links inside an article, "Reporting: Jane Doe", a byline closing with the
// outlet's name, bold paragraphs as an article's subheadings and a footer naming the publisher's town.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const times = (doc: ReturnType<typeof parse>) => doc.entries.map((e) => e.published);

describe("where a page's clock is", () => {
  it("reads a section menu that prints its country in capitals with its marks ('TÜRKİYE') as that country's", () => {
    const page = ["Quayside Daily", "", "TÜRKİYE   ECONOMY   WORLD   SPORTS   LIFE", "", "World", "",
      "Ferry timetable changes for the summer", "IZMIR", "July 23 2025 21:10:00", "",
      "The city's ferry operator will run extra evening crossings across the bay from Monday, the municipality said.", "",
      "Port workers agree new contract", "IZMIR", "July 23 2025 14:25:00", "",
      "Dock workers at the container port accepted a two-year pay deal after a week of talks with the operator.", ""].join("\n");
    // Türkiye keeps UTC+3 all year
    expect(times(parse(page))).toEqual(["2025-07-23T18:10:00Z", "2025-07-23T11:25:00Z"]);
  });

  it("reads a menu naming the home's province before 'World' in that province's zone, and a date with its weekday after it", () => {
    const post = (headline: string, credit: string, stamp: string, text: string) =>
      [headline, `by ${credit}`, stamp, "", text, "", "Read more", "Share this:", "Facebook  X  WhatsApp", "Like this:", "Like Loading...", ""];
    const page = ["Skip to content", "Riverbank Post Online", "Saturday, September 13", "",
      "Home Sarawak Sabah Nation World Business Sports Opinion Lifestyle Columns Motoring Property Videos Podcasts", "",
      ...post("Longhouse festival draws record crowd", "Mary Lim", "September 13, 2025, Saturday at 6:40 AM",
        "More than ten thousand visitors attended the three-day festival upriver, the organisers said on Friday."),
      ...post("New bridge opens to traffic", "Bernama", "September 12, 2025, Friday at 10:15 PM",
        "The new river bridge opened to light vehicles on Friday evening after four years of work, the works ministry said."),
    ].join("\n");
    const doc = parse(page);
    // Sarawak keeps UTC+8; the WordPress widget's "Like Loading..." is no author
    expect(times(doc)).toEqual(["2025-09-12T22:40:00Z", "2025-09-12T14:15:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Mary Lim", "Bernama"]);
    expect(doc.warnings.join(" ")).toMatch(/Asia\/Kuching.*Sarawak/);
  });

  it("names a site by its first line's name before a tagline, over its menu, and reads its country's time", () => {
    const card = (headline: string, stamp: string, text: string) => [headline, "By Staff Writer", stamp, "", text, "", "Read More", ""];
    const page = ["The Lakeshore Kenya News - Kenya and World News", "",
      "Home  News  Politics  Opinion  Business  Sport  Features  Life", "", "World", "",
      ...card("Tea auction prices edge higher", "10 October 2025   |   6:45 pm",
        "Prices at the weekly tea auction rose for a third week as buyers from Pakistan returned, brokers said."),
      ...card("Rail line to reopen after repairs", "10 October 2025   |   9:10 am",
        "The commuter rail line will reopen on Monday after flood repairs, the railway corporation said."),
    ].join("\n");
    const doc = parse(page);
    expect(doc.sourceName).toBe("The Lakeshore Kenya News");
    // Kenya keeps UTC+3
    expect(times(doc)).toEqual(["2025-10-10T15:45:00Z", "2025-10-10T06:10:00Z"]);
  });

  it("reads 'Kyiv time' alone under the page's date as the zone of its times", () => {
    const page = ["Millbrook Live", "Home  /  Live", "", "Live: storms close mountain passes", "Sunday, 5 October 2025", "Kyiv time", "",
      "Snow closes the pass road", "Posted 06:40", "Olena Marchuk", "",
      "The mountain pass road was closed overnight after heavy snow, the regional road service said.", "",
      "Power restored in three villages", "Posted 10:30", "Olena Marchuk", "",
      "Electricity was back in three villages by mid-morning after crews cleared fallen lines.", ""].join("\n");
    expect(times(parse(page))).toEqual(["2025-10-05T03:40:00Z", "2025-10-05T07:30:00Z"]);
  });

  it("reads a footer naming the publisher's town ('… Group, Glasgow') as the home, beside a menu with '&' items", () => {
    const page = ["The Clydeside Courier", "", "News  Politics  Sport  Arts & Ents  Life & Style  Puzzles", "",
      "LIVE", "Storm live: ferries cancelled as gales hit the west", "", "Sunday 7 September", "",
      "07:10", "Ferries cancelled on three routes", "",
      "Three island ferry routes were cancelled for the day as gusts reached seventy miles an hour, the operator said.", "",
      "09:25", "Bridge closed to high-sided vehicles", "",
      "The bridge over the firth was closed to lorries and vans through the morning, the traffic agency said.", "",
      "Courier & Times Group, Glasgow · Contact · Privacy"].join("\n");
    const doc = parse(page, { date: "2025-09-07" });
    expect(doc.sourceName).toBe("The Clydeside Courier");
    // the UK keeps BST in September
    expect(times(doc)).toEqual(["2025-09-07T06:10:00Z", "2025-09-07T08:25:00Z"]);
  });
});

describe("stamps and credits", () => {
  it("reads 'By AFP - <date> - <time>' with the agency as author, and names the paper by its footer menu, not its group", () => {
    const page = ["Skip to main content", "HarbourviewLIVE", "Subscribe", "", "NEWS  SPORT  OPINION  VIDEOS", "", "World", "",
      "WORLD", "Grain talks resume in Geneva", "By AFP - 24 March 2022 - 21:15",
      "Negotiators resumed talks in Geneva on Thursday on reopening grain shipments from the Black Sea.", "",
      "WORLD", "Shipping insurers raise premiums", "By Reuters - 24 March 2022 - 19:40",
      "Insurers raised premiums for ships calling at ports near the war zone for the second time this month.", "",
      "Harbourview  |  About us  |  Contact us  |  Terms and conditions", "© 2022 Tidewater Holdings. All rights reserved."].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.sourceName).toBe("Harbourview");
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Grain talks resume in Geneva", "AFP", "2022-03-24T21:15:00Z"],
      ["Shipping insurers raise premiums", "Reuters", "2022-03-24T19:40:00Z"],
    ]);
  });

  it("reads 'Created: <date> <time>' lines as cards' stamps", () => {
    const page = ["The Island Ledger", "News  Business  Sport  Opinion", "", "World", "",
      "Created: May 13, 2022 05:40 PM", "Fishing fleet returns early as storm nears",
      "The island's fishing fleet came back to harbour a day early as a tropical storm approached, the harbour master said.", "Read more", "",
      "Created: May 13, 2022 09:05 AM", "Council backs new bus routes",
      "The council approved two new bus routes linking the east end with the hospital, the transport minister said.", "Read more", ""].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Fishing fleet returns early as storm nears", "2022-05-13T17:40:00Z"],
      ["Council backs new bus routes", "2022-05-13T09:05:00Z"],
    ]);
  });

  it("reads an article dated '<date> @ <time>' by its sections, past a captioned photo and a 'Read More' box inside it", () => {
    const page = ["Straitsview Times", "", "NEWS  BUSINESS  SPORTS  WORLD", "", "World", "",
      "Rice harvest begins as rains ease", "By AFP - August 1, 2022 @ 11:32pm", "",
      "Farmers load sacks of rice onto a lorry - AFP PIC", "",
      "Farmers across the delta began the main rice harvest on Monday after weeks of heavy rain.", "",
      "Yields recover", "", "Early yields were close to last year's despite the floods, the farmers' union said.", "",
      "Prices steady", "", "Wholesale rice prices held steady in the capital's markets as the first loads arrived.", "",
      "Read More", "Delta towns count flood damage", "Fertiliser costs climb again", "",
      "Exports to resume", "", "The government said it would lift a temporary ban on rice exports next month.", "",
      "Traders welcomed the decision but warned that shipping costs remained high.", "",
      "#Rice  #Harvest", "", "Straitsview Times  |  About Us  |  Contact Us"].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Yields recover", "Prices steady", "Exports to resume"]);
    expect(doc.entries.every((e) => e.published === "2022-08-01T23:32:00Z" && e.author === "AFP")).toBe(true);
    expect(doc.entries.flatMap((e) => e.body).join(" ")).not.toMatch(/AFP PIC|Delta towns|Fertiliser/);
  });

  it("credits an HTML live update to its 'Reporting: Jane Doe' line, and a byline closing with the outlet's name to the person", () => {
    const update = (time: string, headline: string, text: string, name: string) =>
      `<section class="update"><time datetime="2025-07-31T${time}:00+03:00">${time}</time><h3>${headline}</h3><p>${text}</p><p class="credit">Reporting: ${name}</p></section>`;
    const live = parse(`<!DOCTYPE html><html><head><title>Flood live updates</title></head><body>
<header>Northgate Courier <nav><a>Front</a> <a>World</a></nav></header><main><h1>Flood live updates</h1>
${update("04:20", "River bursts its banks", "The river burst its banks north of the town before dawn, the rescue service said.", "Anna Kovalenko")}
${update("07:45", "Schools closed for the day", "All schools in the district stayed closed as roads were under water, the mayor said.", "Petro Marchenko")}
</main></body></html>`);
    expect(live.entries.map((e) => e.author)).toEqual(["Anna Kovalenko", "Petro Marchenko"]);

    const card = (headline: string, name: string, when: string) =>
      `<div class="article-card"><h3><a href="/a">${headline}</a></h3><p class="byline">By ${name}, Frontier Gazette</p><p class="pubdate">Published: July 14, 2025 at ${when}</p><p>${headline} as the week closed, officials said on Monday afternoon.</p></div>`;
    const listing = parse(`<!DOCTYPE html><html><head><title>Latest News | Frontier Gazette</title></head><body>
<header><a class="logo" href="/">Frontier Gazette</a></header><main><h1>Latest News</h1>
${card("Base opens a new clinic", "Alex Dorne", "6:45 p.m.")}${card("Runway repairs finish early", "Jack Moran", "1:30 p.m.")}
</main></body></html>`);
    expect(listing.entries.map((e) => e.author)).toEqual(["Alex Dorne", "Jack Moran"]);
  });

  it("reads bold paragraphs ('<p><strong>- Talks -</strong></p>') as an article's subheadings", () => {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Floods: latest developments | Eastline</title></head><body>
<main><article><h1>Floods: latest developments</h1><div class="date">Monday, March 07, 2022</div>
<div class="body-copy"><p>Here is a round-up of the main events on the fourth day of the floods.</p>
<p><strong>- Dam talks -</strong></p><p>Engineers met the regional governor on Monday to decide whether to open the dam's spillway.</p>
<p><strong>- Roads cut -</strong></p><p>Two main roads to the coast were cut by landslides overnight, the police said.</p>
<p><strong>- Schools shut -</strong></p><p>All schools in the valley will stay closed until Thursday, the education office said.</p>
</div></article></main></body></html>`);
    expect(doc.entries.map((e) => [e.headline, e.body[0]?.slice(0, 20)])).toEqual([
      ["Dam talks", "Engineers met the re"], ["Roads cut", "Two main roads to th"], ["Schools shut", "All schools in the v"],
    ]);
  });
});

describe("dates printed in the home's language", () => {
  it("reads 'Publicerat fredag 16 september 2022 kl 17.20' and '16. März 2022 um 14:05' as those days, not the fetch day", () => {
    const post = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, ""];
    const swedish = ["Nordvik Radio", "News in English", "",
      ...post("Ferry strike ends after two days", "Publicerat fredag 16 september 2022 kl 17.20",
        "Ferry crews returned to work on Friday evening after the union accepted a new offer, the operator said."),
      ...post("Harbour bridge reopens", "Publicerat fredag 16 september 2022 kl 09.15",
        "The harbour bridge reopened to traffic on Friday morning after a week of repairs to its deck."),
    ].join("\n");
    expect(times(parse(swedish, { timezone: "Europe/Stockholm" }))).toEqual(["2022-09-16T15:20:00Z", "2022-09-16T07:15:00Z"]);

    const german = ["Rheinblick Echo", "", ...post("Rail line closed after landslide", "16. März 2022 um 14:05",
      "The rail line along the river was closed after a landslide on Wednesday afternoon, the operator said."),
    ...post("City council approves new budget", "16. März 2022 um 09:30",
      "The city council approved next year's budget on Wednesday morning after a long debate."), "May 5 was the day the old bridge closed, residents recall.", ""].join("\n");
    const doc = parse(german, { timezone: "Europe/Berlin" });
    expect(times(doc)).toEqual(["2022-03-16T13:05:00Z", "2022-03-16T08:30:00Z"]);
    expect(doc.entries.flatMap((e) => e.body).join(" ")).not.toMatch(/16 March/);
  });

  it("leaves a sentence that happens to hold a foreign month's name and a number as it is", () => {
    const page = ["Valley Ledger", "", "Festival returns", "14:05", "", "Mai 5 is the date the festival returns to the valley, organisers said on Monday.", "",
      "Road works begin", "09:30", "", "Road works on the valley road begin next week and will last a month, the council said.", ""].join("\n");
    const doc = parse(page, { date: "2024-04-08", timezone: "UTC" });
    expect(doc.entries.map((e) => e.body[0])).toContain("Mai 5 is the date the festival returns to the valley, organisers said on Monday.");
  });
});

// Forms met on the eval/ac and eval/ad pages after they were scored fresh (own pages, own words): labels glued to
// their stamps ("Published:Tuesday | …", "Posted on : Jun.12,2024 07:40"), "Name/Role" bylines, the page's "now" over
// its menu in its cards' own form, "Source: Name" credits, a key-events article dated by its "Last updated at" time,
// Russian as a second language in a menu, JSON-LD written in UTC that shows a printed time, and dates set with "·".
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("stamps and their labels", () => {
  it("reads 'Published:Tuesday | January 9, 2024 | 6:40 PM' cards with 'Name/Role' bylines and '-' for none", () => {
    const card = (headline: string, time: string, by: string, text: string) =>
      [headline, `Published:Wednesday | March 6, 2024 | ${time}`, by, "", text, "", "Read More", "Share: Facebook   X   Email", ""];
    const page = ["The Harbour Sentinel", "Wednesday | March 6, 2024", "Subscribe   Log In   e-Paper", "",
      "News   Business   Sports   World News", "", "World News", "",
      ...card("Dockworkers end two-day strike at main port", "7:15 PM", "Dana Whyte/Staff Reporter",
        "Dockworkers returned to work on Wednesday evening after the port authority agreed to review overtime pay."),
      ...card("Hurricane season forecast raised", "2:05 PM", "-",
        "Forecasters raised their estimate for this year's hurricane season to nine named storms."),
      ...card("Banana exports recover after drought", "9:40 AM", "Errol Grant/Contributor",
        "Banana exports rose in February for the first time since the drought, the agriculture ministry said.")].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Dockworkers end two-day strike at main port",
      "Hurricane season forecast raised", "Banana exports recover after drought"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-06T19:15:00Z", "2024-03-06T14:05:00Z", "2024-03-06T09:40:00Z"]);
    const authors = doc.entries.map((e) => e.author);
    expect([authors[0], authors[2]]).toEqual(["Dana Whyte", "Errol Grant"]);
    expect(authors[1]).not.toBe("-");
  });

  it("reads 'Posted on : Jun.12,2024 07:40 KST' in HTML cards and keeps the 'Modified on' time out of the text", () => {
    const card = (headline: string, posted: string, modified: string, text: string) =>
      `<div class="item"><h4><a href="#">${headline}</a></h4><p class="when"><span>Posted on : ${posted}</span> <span>Modified on : ${modified}</span></p><p>${text}</p><p>Officials said more would follow.</p></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Society : News</title></head><body><main><h1>Society</h1>
${card("Typhoon shelters open on the southern islands", "Aug.20,2024 22:10 KST", "Aug.20,2024 22:45 KST", "Coastal towns opened shelters as a typhoon approached the southern islands.")}
${card("Ferries cancelled for a second day", "Aug.20,2024 15:30 KST", "Aug.20,2024 15:30 KST", "All ferries to the southern islands were cancelled for a second day, the port office said.")}
</main></body></html>`);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-08-20T13:10:00Z", "2024-08-20T06:30:00Z"]);
    expect(doc.entries[0]!.body[0]).toMatch(/^Coastal towns opened shelters/);
    expect(doc.entries.flatMap((e) => e.body).join(" ")).not.toMatch(/Modified on/);
  });

  it("leaves out the page's 'now' printed over its menu in its cards' own form, and reads 'Source: Name' as a credit", () => {
    const card = (stamp: string, headline: string, text: string, source: string) => [stamp, headline, "", text, "", `Source: ${source}`, "Comments (0)   Share", ""];
    const page = ["Southern Cone Wire", "Friday, May 10th 2024 - 02:40 UTC", "",
      "Home   Markets   Fisheries   Energy   Antarctica   International", "",
      "We use cookies to improve your experience.   Accept", "", "International", "",
      ...card("Thursday, May 9th 2024 - 22:15 UTC", "Grain barges delayed by low river levels",
        "Low water on the river delayed grain barges for a third week, shippers said.", "Lucia Ferreyra"),
      ...card("Thursday, May 9th 2024 - 17:50 UTC", "Squid fleet returns early",
        "The squid fleet returned to port early after a poor start to the season, the fishing chamber said.", "Tomas Iriarte"),
      ...card("Thursday, May 9th 2024 - 11:05 UTC", "Wind farm tender opens",
        "The energy ministry opened a tender for two wind farms on the southern coast.", "Lucia Ferreyra")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Grain barges delayed by low river levels", "Squid fleet returns early", "Wind farm tender opens"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Lucia Ferreyra", "Tomas Iriarte", "Lucia Ferreyra"]);
  });
});

describe("an article's time", () => {
  it("dates a key-events article's bullets at its 'Last updated at' time, credited to its agency byline", () => {
    const page = ["The Valley Courier", "Thursday, Oct 3, 2024", "", "Home   Local   Region   World   Sports", "", "World", "",
      "Floods: Key events on the fourth day", "", "By AFP - Oct 3,2024 - Last updated at Oct 3,2024 19:25", "",
      "Here is where things stand on Thursday:", "",
      "• The river crested overnight at its highest level in forty years, flooding three riverside towns.",
      "• Rescue crews evacuated more than 2,000 people by boat, the civil defence said.",
      "• The government declared a state of emergency in two provinces."].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-10-03T19:25:00Z", "2024-10-03T19:25:00Z", "2024-10-03T19:25:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["AFP", "AFP", "AFP"]);
  });

  it("reads 'Published 4.05pm BST' on the day --date gives when the page prints no date", () => {
    const page = ["MOORLAND POST", "Home   News   World", "", "Reservoir levels: what we know", "",
      "Water companies warned of hosepipe bans as reservoirs fell below half.", "", "By Ellen Hart", "Published 4.05pm BST", "",
      "The levels", "", "Reservoirs in the north fell to 48% of capacity after the driest spring in a decade.", "",
      "Ministers met water company bosses on Tuesday to discuss emergency measures."].join("\n");
    const doc = parse(page, { date: "2024-06-04" });
    expect(doc.entries.length).toBeGreaterThan(0);
    expect(new Set(doc.entries.map((e) => e.published))).toEqual(new Set(["2024-06-04T15:05:00Z"]));
  });

  // (a "dateline" box is chrome to the text, but still dates it)
  it.each(["date", "dateline"])("reads a date line set with a middle dot ('5 March 2024 · 08:20 CET') in an HTML article (class %s)", (box) => {
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Rail strike: what changes | Example Report</title></head><body>
<article><h1>Rail strike: what changes</h1><p class="byline">By Ada Penrose</p><p class="${box}">5 March 2024 · 08:20 CET</p>
<h2>Which lines</h2><p>Regional trains will run at half their usual frequency on Wednesday and Thursday.</p><p>Long-distance trains are not affected.</p>
<h2>What the union wants</h2><p>The union is asking for a pay rise in line with inflation and shorter night shifts.</p><p>Talks resume on Friday.</p>
</article></body></html>`);
    expect(new Set(doc.entries.map((e) => e.published))).toEqual(new Set(["2024-03-05T07:20:00Z"]));
  });
});

describe("where a page's clock is", () => {
  const post = (stamp: string, headline: string, text: string) => [stamp, headline, "", text, ""];
  const page = (menu: string) => ["Steppe Wire News Agency", menu, "", "Top news   Politics   Economy   World", "",
    ...post("14 May 2024 21:10", "Mudflow warning for mountain valleys", "Emergency officials warned of mudflows in three mountain valleys after heavy rain."),
    ...post("14 May 2024 16:45", "Wheat sowing nearly complete", "Farmers have sown 92% of the planned wheat area, the agriculture ministry said."),
    ...post("14 May 2024 09:30", "New bus routes open in the capital", "The city opened four new bus routes linking suburbs to the centre.")].join("\n");

  it("takes the home from the third language when a menu offers Russian beside it ('Русский · English · Кыргызча')", () => {
    const doc = parse(page("Русский   English   Кыргызча"));
    // Kyrgyzstan keeps UTC+6 all year
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-05-14T15:10:00Z", "2024-05-14T10:45:00Z", "2024-05-14T03:30:00Z"]);
  });

  it("keeps Russia's clock when Russian is the only other language ('Русский · English')", () => {
    const doc = parse(page("Русский   English"));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-05-14T18:10:00Z", "2024-05-14T13:45:00Z", "2024-05-14T06:30:00Z"]);
  });

  const timeline = (modified: string) => `<!DOCTYPE html><html lang="en"><head><title>Storm: the day in a timeline</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm: the day in a timeline","datePublished":"2024-02-20T07:05:00+00:00","dateModified":"${modified}"}</script>
</head><body><main><h1>Storm: the day in a timeline</h1><div class="meta">Tuesday, 20 February, 2024</div><div class="timeline">
<h3>6:30 p.m.</h3><h4>Power restored to most homes</h4><p>The grid operator said power had been restored to nine in ten homes cut off by the storm.</p>
<h3>1:15 p.m.</h3><h4>Schools close early</h4><p>Schools in the coastal districts closed at noon as winds picked up, the education office said.</p>
<h3>7:05 a.m.</h3><h4>Red warning issued</h4><p>Forecasters issued a red warning for gusts of up to 140 km/h along the coast.</p>
</div></main></body></html>`;

  it("reads a.m./p.m. stamps in UTC when the page's JSON-LD, written in UTC, shows one of its printed times", () => {
    const doc = parse(timeline("2024-02-20T18:30:00+00:00"));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-02-20T18:30:00Z", "2024-02-20T13:15:00Z", "2024-02-20T07:05:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/JSON-LD dates, written in UTC/);
  });

  it("does not take UTC from JSON-LD dates that show none of the printed times (a system clock says nothing alone)", () => {
    const doc = parse(timeline("2024-02-20T23:30:00+00:00").replace("2024-02-20T07:05:00+00:00", "2024-02-20T12:05:00+00:00"));
    expect(doc.warnings.join(" ")).not.toMatch(/JSON-LD dates, written in UTC/);
    expect(doc.entries[0]!.published).not.toBe("2024-02-20T18:30:00Z");
  });
});

// Forms met on the eval/ae pages after they were scored fresh (own pages, own words).
describe("where a page's clock is (eval/ae forms)", () => {
  it("takes the country of the site's own address in its JSON-LD links, and keeps a bracketed '[Updated: …]' out of the text", () => {
    const card = (headline: string, time: string, updated: string | null, text: string) =>
      `<div class="news-item"><h2><a href="/detail/1">${headline}</a></h2><div class="date"><span>${time}</span>${updated ? ` <span>[Updated: ${updated}]</span>` : ""}</div><p>${text}</p><p>Officials gave no further details.</p></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Region - Caucasus Wire</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://www.caucasuswire.ge/"},{"@type":"ListItem","position":2,"name":"Region","item":"https://www.caucasuswire.ge/region"}]}</script>
</head><body><header><div class="logo">Caucasus Wire</div></header><main><h1>Region</h1>
${card("Mountain road reopens after landslide", "Tue Apr 9, 2024 06:40PM", "Tue Apr 9, 2024 07:15PM", "The main mountain road reopened after crews cleared a landslide, the roads agency said.")}
${card("Wine exports hit a record", "Tue Apr 9, 2024 11:20AM", null, "Wine exports reached a record in the first quarter, the statistics office said.")}
</main></body></html>`);
    // Georgia keeps UTC+4
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-04-09T14:40:00Z", "2024-04-09T07:20:00Z"]);
    expect(doc.entries[0]!.body.join(" ")).not.toMatch(/Updated/);
  });

  it("reads a country in a longer tagline ('Kenya Latest Breaking News and Headlines Today') and one named in the possessive", () => {
    const post = (age: string, headline: string, text: string) => [headline, age, "", text, "", "Comments - 0 | Share", ""];
    const page = (tagline: string) => ["The Morning Ledger", tagline, "", "Home | News | Business | Sports | International", "",
      "Page last updated: 14 May 2024 20:00", "", "International", "",
      ...post("1 hour ago", "Port strike enters second day", "Dockworkers stayed off the job for a second day, halting container traffic."),
      ...post("5 hours ago", "Central bank holds rates", "The central bank kept its main rate unchanged, citing easing inflation.")].join("\n");
    // Kenya keeps UTC+3; Nepal UTC+5:45
    expect(parse(page("Kenya Latest Breaking News and Headlines Today")).entries.map((e) => e.published))
      .toEqual(["2024-05-14T16:00:00Z", "2024-05-14T12:00:00Z"]);
    expect(parse(page("Nepal’s National Daily")).entries.map((e) => e.published))
      .toEqual(["2024-05-14T13:15:00Z", "2024-05-14T09:15:00Z"]);
  });

  it("dates a timeline by the date line above it, whatever note on its times follows ('(all times GMT)')", () => {
    const page = ["The Plains Herald", "", "World", "", "Floods: how Monday unfolded", "", "Tuesday, 8 October 2024", "Herald Reporter", "",
      "Developments on Monday, compiled from news agencies.", "", "Monday, 7 October 2024 (all times GMT)", "",
      "2140 GMT", "River defences hold overnight", "", "Engineers said the river defences held as the water level peaked.", "",
      "1415 GMT", "Army deployed to flooded towns", "", "Soldiers were sent to three flooded towns to help with evacuations.", ""].join("\n");
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2024-10-07T21:40:00Z", "2024-10-07T14:15:00Z"]);
  });

  it("reads the last post's 'Posted by' credit above the blog's sign-off ('End of today’s updates.')", () => {
    const post = (time: string, headline: string, text: string, by: string) => [time, headline, "", text, "", `Posted by ${by}`, ""];
    const page = ["Harbour Live", "", "Storm live: ferries halted", "", ...post("18:20 EET", "Ferries halted for the night", "All ferries were halted for the night as gusts reached 110 km/h.", "Ilse Mark"),
      ...post("12:05 EET", "Schools close early", "Schools on the coast closed at noon, the education office said.", "Toomas Rebane"),
      "End of today’s updates. Follow tomorrow’s live page.", "Harbour Live © 2024"].join("\n");
    expect(parse(page, { date: "2024-11-05" }).entries.map((e) => e.author)).toEqual(["Ilse Mark", "Toomas Rebane"]);
  });
});

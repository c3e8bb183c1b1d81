// Forms met on the eval/q pages after they were scored fresh, each written here as our own page in our own words:
// a byline glued to "By" over a job title, a head date glued to "Updated"; "Author" over the name; a desk credit; a
// news list dated above its first headline; a listing's category label above each headline and a two-letter agency;
// an agenda section of a newsletter; "Name: words" headlines over "By X · 21:10 GMT" stamps; a briefing's bulleted
// crossheads; and a closing notice followed by another sentence.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";
import type { ParseOptions } from "../../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}, contentType: string | null = null) {
  return parseDocument(
    { sourceId: "t", location: "https://news.example.org/page", body, contentType, fetchedAt: "2026-01-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

describe("a live page whose byline is glued to 'By' above a job title, and whose head date is glued to 'Updated'", () => {
  const page = [
    "Skip to main content", "Tyneside Courier", "News", "Sport", "", "Floods LIVE: river peaks as councils open rest centres", "",
    "Live updates as the river rises through the city.", "", "ByMorag Fenwick", "Senior Reporter", "",
    "07:10, 5 APR 2023Updated18:30, 5 APR 2023", "", "Bookmark", "",
    "18:30", "Rest centres open in three schools", "", "Councils opened rest centres in three schools for families told to leave their homes.", "",
    "12:05", "River reaches highest level since 1998", "", "The river passed its 1998 mark at the main gauge shortly before noon, the agency said.", "",
  ].join("\n");

  it("credits the name after 'By', dates the posts from the head and reads them in its zone", () => {
    const got = parse(page, { timezone: "Europe/London" });
    expect(got.entries.map((e) => e.author)).toEqual(["Morag Fenwick", "Morag Fenwick"]);
    expect(got.entries.map((e) => e.published)).toEqual(["2023-04-05T17:30:00Z", "2023-04-05T11:05:00Z"]);
    expect(got.warnings.join(" ")).not.toMatch(/prints no date/);
  });
});

describe("a round-up whose head prints 'Author' on one line and the name on the next", () => {
  const page = [
    "The Fjord Weekly", "Menu", "", "NEWS", "", "Today in Norway: the news on Thursday", "",
    "A ferry strike ends and a new bridge opens: here is our round-up of the news on Thursday.", "",
    "Published: 8 June 2023 07:45 CEST", "", "Author", "Ingrid Solheim", "", "Share this article", "",
    "Ferry strike ends after deal on pay", "", "Crews on the coastal ferries returned to work after the union accepted a new pay offer.", "",
    "Bridge over the sound opens to traffic", "", "The new bridge opened to cars on Wednesday evening, two months ahead of schedule.", "",
  ].join("\n");

  it("takes the name under the label as every item's author", () => {
    const got = parse(page);
    expect(got.entries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(got.entries.map((e) => e.author))).toEqual(new Set(["Ingrid Solheim"]));
  });
});

describe("a live page credited to its web desk, next to its 'Last Updated' line", () => {
  const page = [
    "KT", "Konkan Times", "India", "World", "Sports", "", "Monsoon News Highlights: rains reach the coast", "",
    "Get the latest updates on the monsoon here.", "", "KT Web Desk", "", "Last Updated : 9 June 2023, 21:40 IST", "",
    "21:40 (IST) 9 June 2023", "", "Trains cancelled on the coastal line", "", "Railways cancelled eleven trains after water covered the tracks near the port.", "",
    "18:15 (IST) 9 June 2023", "", "Schools shut in two districts", "", "District officials ordered schools to close for two days as the rain grew heavier.", "",
  ].join("\n");

  it("credits the desk", () => {
    expect(parse(page).entries.map((e) => e.author)).toEqual(["KT Web Desk", "KT Web Desk"]);
  });
});

describe("a news list dated and credited above its first headline, with no time of its own per item", () => {
  const page = [
    "Radio Danube International", "The public broadcaster's foreign service", "", "English  Deutsch  Magyar", "", "Home", "News", "",
    "News", "", "12/06/2023 16:40", "", "Author: Eva Horváth", "", "Listen", "Share", "",
    "Minister hosts Moldovan counterpart in Budapest", "",
    "The foreign minister received his Moldovan counterpart in Budapest on Monday.", "",
    "The two discussed gas transit and a new bridge over the Prut.", "",
    "Parliament extends support for refugee families", "",
    "Lawmakers voted to extend housing support for refugee families by another year.", "",
    "About 30,000 people currently receive the support, the ministry said.", "",
    "Heat warning issued for the weekend", "",
    "Forecasters warned that temperatures could pass 35 degrees in the south on Saturday.", "",
  ].join("\n");

  it("reads the first headline as an item, not as the page's title", () => {
    const got = parse(page, { timezone: "Europe/Budapest" });
    expect(got.entries.map((e) => e.headline)).toEqual([
      "Minister hosts Moldovan counterpart in Budapest",
      "Parliament extends support for refugee families",
      "Heat warning issued for the weekend",
    ]);
    expect(got.entries[0]!.body[0]).toBe("The foreign minister received his Moldovan counterpart in Budapest on Monday.");
  });

  it("still reads an article's crossheads as its sections and its title as no section", () => {
    const article = [
      "The Lakeside Ledger", "", "Home", "News", "", "14/06/2023 09:10", "", "By Ruth Marsh", "",
      "Why the lake is shrinking, and what the town can do", "",
      "The lake has lost a fifth of its surface since 2000, and the town council wants to know why.", "",
      "Less rain", "",
      "Rainfall in the catchment has fallen in nine of the last twelve summers, the weather service says.", "",
      "More wells", "",
      "Farms around the lake drilled more than 200 new wells in the same period.", "",
    ].join("\n");
    expect(parse(article, { timezone: "Europe/Budapest" }).entries.map((e) => e.headline)).toEqual(["Less rain", "More wells"]);
  });
});

describe("an international service's menu of five languages names no home", () => {
  const page = [
    "Radio Budapest International", "The public broadcaster's foreign service", "", "English  Deutsch  Français  Español  Русский", "", "Home", "News", "Podcasts", "Topics", "", "News", "",
    "12/06/2023 16:40", "", "Author: Eva Horváth", "",
    "Minister hosts Moldovan counterpart in Budapest", "", "The foreign minister received his Moldovan counterpart in Budapest on Monday.", "",
    "Heat warning issued for the weekend", "", "Forecasters warned that temperatures could pass 35 degrees in the south on Saturday.", "",
    "Parliament extends support for refugee families", "", "Lawmakers voted to extend housing support for refugee families by another year.", "",
  ].join("\n");

  it("does not read the time in the first language's country (Germany), but in the city its logo line names", () => {
    const got = parse(page);
    expect(got.warnings.join(" ")).not.toMatch(/language menu/);
    expect(got.warnings.join(" ")).toMatch(/place its name carries \(Budapest\)/);
    expect(got.entries[0]!.published).toBe("2023-06-12T14:40:00Z");
  });

  it("reads the default zone when neither the menu nor the name names a home", () => {
    const got = parse(page.replace("Radio Budapest International", "Radio Danubia International"));
    expect(got.warnings.join(" ")).not.toMatch(/language menu/);
    expect(got.entries[0]!.published).toBe("2023-06-12T16:40:00Z");
  });
});

describe("an HTML listing with a category label above each headline and an agency as author", () => {
  const item = (label: string, title: string, at: string, author: string, text: string) =>
    `<div class="item"><span class="cat">${label}</span><h3><a href="/n/${at}">${title}</a></h3>` +
    `<time datetime="2023-07-20T${at}:00+03:00">20.07.2023 • ${at}</time><span class="author">${author}</span>` +
    `<p class="summary">${text}</p><p class="summary">More details were expected later in the day.</p></div>`;
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harbours | Aegean Daily</title></head><body>
<div class="top"><a href="/">Aegean Daily</a> <a href="/news/">News</a></div><main><h1>Harbours</h1><div class="list">
${item("SHIPPING", "Port workers end two-day stoppage", "18:10", "Newsroom", "Dock workers at the main port returned to work after the union accepted a new offer.")}
${item("WORLD", "Tanker freed after grounding near the strait", "15:20", "AP", "Tugs pulled a grounded tanker free near the strait, the coast guard said.")}
${item("ECONOMY", "Ferry fares to rise in August", "11:05", "Reuters", "Ferry operators said fares on island routes would rise by about six percent.")}
</div></main></body></html>`;

  it("keeps each headline and first paragraph, and credits the agency", () => {
    const got = parse(html, {}, "text/html");
    expect(got.entries.map((e) => e.headline)).toEqual([
      "Port workers end two-day stoppage", "Tanker freed after grounding near the strait", "Ferry fares to rise in August",
    ]);
    expect(got.entries.map((e) => e.body[0])).toEqual([
      "Dock workers at the main port returned to work after the union accepted a new offer.",
      "Tugs pulled a grounded tanker free near the strait, the coast guard said.",
      "Ferry operators said fares on island routes would rise by about six percent.",
    ]);
    expect(got.entries.map((e) => e.author)).toEqual(["Newsroom", "AP", "Reuters"]);
  });
});

describe("a newsletter's agenda section ('Tuesday, May 9: …' lines) is no news item", () => {
  const html = `<!DOCTYPE html><html lang="en"><head><title>The Harbour Letter</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The Harbour Letter","datePublished":"2023-05-08T18:00:00+02:00","author":{"@type":"Person","name":"Lea Brandt"}}</script></head><body>
<article><h1>The Harbour Letter</h1><p class="dek">Dock talks, a new crane and the week ahead.</p>
<h2>Dock Talks Resume</h2><p>Unions and port owners met again on Monday after a month without talks.</p><p>Both sides said they hoped for a deal by June.</p>
<h2>A New Crane</h2><p>The port's largest crane arrived by barge from the shipyard on Monday morning.</p><p>It will start work in July.</p>
<h2>Coming Up</h2><p><strong>Tuesday, May 9:</strong> The port authority publishes its yearly figures.</p><p><strong>Thursday, May 11:</strong> City council debates the harbour plan.</p>
<h2>One More Thing</h2><p>A seal spent the afternoon asleep on the ferry ramp, delaying two sailings.</p><p>It left on its own at dusk.</p>
</article></body></html>`;

  it("keeps the news sections and leaves the agenda out", () => {
    expect(parse(html, {}, "text/html").entries.map((e) => e.headline)).toEqual(["Dock Talks Resume", "A New Crane", "One More Thing"]);
  });
});

describe("'Place: what happened' headlines over 'By Jane Doe · 21:10 GMT' stamps, with a teaser that has no text", () => {
  const post = (head: string, by: string, at: string, text: string[]) => [head, `By ${by} · ${at} GMT`, "", ...text.flatMap((t) => [t, ""]), "Share · Copy link", ""];
  const page = [
    "Wexford Gazette", "Home | News | World", "", "Storm live: ports close along the coast", "", "Tuesday 14 November 2023 · All times GMT", "",
    ...post("Harbour master: all ports closed until morning", "Alan Quigley", "21:10", ["The harbour master said no ship would leave any port on the coast before morning."]),
    ...post("Rosslare: ferry sailings cancelled", "Alan Quigley", "18:40", ["All evening ferry sailings from Rosslare were cancelled, the operator said.", "Passengers were offered places on Wednesday's boats."]),
    ...post("Watch: waves break over the sea wall", "Nora Byrne", "15:25", []),
    ...post("Coast guard rescues two from stranded yacht", "Nora Byrne", "12:50", ["A coast guard helicopter lifted two sailors from a yacht stranded on rocks."]),
  ].join("\n");

  it("takes each headline above its stamp, keeps the teaser, and credits each post", () => {
    const got = parse(page);
    expect(got.entries.map((e) => e.headline)).toEqual([
      "Harbour master: all ports closed until morning", "Rosslare: ferry sailings cancelled",
      "Watch: waves break over the sea wall", "Coast guard rescues two from stranded yacht",
    ]);
    expect(got.entries.map((e) => e.body[0] ?? null)).toEqual([
      "The harbour master said no ship would leave any port on the coast before morning.",
      "All evening ferry sailings from Rosslare were cancelled, the operator said.",
      null,
      "A coast guard helicopter lifted two sailors from a yacht stranded on rocks.",
    ]);
    expect(got.entries.map((e) => e.published)).toEqual(["2023-11-14T21:10:00Z", "2023-11-14T18:40:00Z", "2023-11-14T15:25:00Z", "2023-11-14T12:50:00Z"]);
    expect(got.entries.map((e) => e.author)).toEqual(["Alan Quigley", "Alan Quigley", "Nora Byrne", "Nora Byrne"]);
  });
});

describe("an evening briefing whose items are headed by bulleted crossheads under group labels", () => {
  const page = [
    "FENLAND BULLETIN", "Evening Briefing", "", "Sluices opened, roads reopen, a record harvest", "", "Tuesday 3 October 2023, 6pm", "",
    "By Carys Pugh", "", "Your short summary of the day.", "", "THE FLOODS", "",
    "▪ Sluices opened at dawn", "", "Engineers opened the main sluices at dawn to let water off the fields.", "",
    "It was the first time in eight years they had been opened in autumn.", "",
    "▪ Main road reopens", "", "The main road between the two market towns reopened in the afternoon.", "",
    "ELSEWHERE", "", "▪ Record apple harvest", "", "Growers said it was the biggest apple harvest on record.", "", "",
    "Forward this briefing to a friend | Manage your subscription | Unsubscribe",
  ].join("\n");

  it("reads one item per bulleted crosshead, dated and credited from the head", () => {
    const got = parse(page, { timezone: "Europe/London" });
    expect(got.entries.map((e) => e.headline)).toEqual(["Sluices opened at dawn", "Main road reopens", "Record apple harvest"]);
    expect(got.entries.map((e) => e.body[0])).toEqual([
      "Engineers opened the main sluices at dawn to let water off the fields.",
      "The main road between the two market towns reopened in the afternoon.",
      "Growers said it was the biggest apple harvest on record.",
    ]);
    expect(new Set(got.entries.map((e) => e.author))).toEqual(new Set(["Carys Pugh"]));
  });

  it("still reads a bulleted list inside a section as no crossheads", () => {
    const article = [
      "The Fen Review", "", "The floods in five points", "", "By Carys Pugh", "3 October 2023", "",
      "The water has started to fall, but several villages remain cut off.", "",
      "What we know", "", "Officials gave these figures on Tuesday:", "", "▪ Eleven villages cut off", "▪ Two roads closed", "", "More figures are expected tomorrow.", "",
      "What comes next", "", "Engineers will inspect the banks once the water has gone down.", "",
    ].join("\n");
    const got = parse(article, { timezone: "Europe/London" });
    expect(got.entries.map((e) => e.headline)).toEqual(["What we know", "What comes next"]);
  });
});

describe("a closing notice followed by another sentence ends the page", () => {
  const page = [
    "HARBOUR REVIEW", "World | Europe | Live", "", "Live: storm reaches the coast", "",
    "All times are Central European Summer Time (UTC+2).", "",
    "9:40 p.m. | Ferries stay in port", "", "No ferry left the harbour in the evening, the operator said.", "", "– Lena Ortiz", "",
    "6:15 p.m. | Bridge closed to lorries", "", "The coast bridge was closed to lorries because of the wind.", "", "– Paul Weber", "", "",
    "This live page has now closed. Our coverage continues tomorrow.", "", "Related coverage", "How the sea wall was built", "",
  ].join("\n");

  it("keeps the last post's signature as its author and none of the notice", () => {
    const got = parse(page);
    expect(got.entries.map((e) => e.author)).toEqual(["Lena Ortiz", "Paul Weber"]);
    expect(got.entries[1]!.body).toEqual(["The coast bridge was closed to lorries because of the wind."]);
  });
});

// Forms met on eval/r after its fresh score (own pages, own words).
describe("a page's 'now' line in a longer form than its updates' stamps", () => {
  const page = [
    "Baltic Wire – Latvian News Agency", "English Service", "", "Home   Politics   Business   Sport", "",
    "Tuesday, 5 March 2024, 19:32 CET", "", "The war next door: latest from Latvia and the region", "",
    "05.03.2024 19:15", "Port of Riga handles record grain transit", "", "The port said it handled more grain from Ukraine in February than in any month before.", "",
    "05.03.2024 17:40", "Minister wants tougher checks at the eastern border", "", "The interior minister said border guards would search more lorries from next week.", "",
  ].join("\n");

  it("dates the page and names its zone, and is no update", () => {
    const got = parse(page);
    expect(got.entries.map((e) => e.headline)).toEqual(["Port of Riga handles record grain transit", "Minister wants tougher checks at the eastern border"]);
    expect(got.entries.map((e) => e.published)).toEqual(["2024-03-05T18:15:00Z", "2024-03-05T16:40:00Z"]);
  });
});

describe("a masthead whose tagline names the country ('Norway news in English')", () => {
  const page = [
    "NO Times", "", "Norway news in English", "Politics   Crime   Economy   Oslo", "", "Tag: Energy", "",
    "Grid operator warns of winter shortfall", "By Kari Nilsen on Thursday, 17 October 2024 - 18:05", "",
    "The grid operator said the south could run short of power in a cold spell.", "",
    "Oil fund posts third-quarter gain", "By Per Lunde on Thursday, 17 October 2024 - 16:40", "",
    "The sovereign wealth fund reported a gain of two percent for the quarter.", "",
  ].join("\n");

  it("reads the times in that country's zone", () => {
    const got = parse(page);
    expect(got.entries.map((e) => e.published)).toEqual(["2024-10-17T16:05:00Z", "2024-10-17T14:40:00Z"]);
  });
});

describe("an HTML live page whose posts are stamped 'Updated 21:15 BST' under a dated head", () => {
  const block = (at: string, head: string, by: string | null, text: string | null) =>
    `<div class="post"><p class="ts">Updated ${at} BST</p><h2>${head}</h2>${by ? `<p class="by">By ${by}</p>` : ""}${text ? `<p>${text}</p><p>More details are expected.</p>` : ""}</div>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Floods live: river peaks in the north</title>
<meta property="og:site_name" content="Tamar Daily"></head><body>
<nav>Tamar Daily | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<div class="live-head"><h1>Floods live: river peaks in the north</h1><p class="dateline">Thursday 11 April 2024</p></div>
${block("21:15", "River peaks just below the flood wall", "Ruth Anstey", "The river peaked in the evening a few centimetres below the top of the town's flood wall.")}
${block("18:40", "Rest centres open in two schools", "Callum Frere", "Two schools opened as rest centres for families told to leave their homes.")}
${block("07:20", "Pictured: water over the quay at dawn", null, null)}
</body></html>`;

  it("reads each post's time on the head's date, its author and its teaser", () => {
    const got = parse(html, {}, "text/html");
    expect(got.entries.map((e) => e.headline)).toEqual(["River peaks just below the flood wall", "Rest centres open in two schools", "Pictured: water over the quay at dawn"]);
    expect(got.entries.map((e) => e.published)).toEqual(["2024-04-11T20:15:00Z", "2024-04-11T17:40:00Z", "2024-04-11T06:20:00Z"]);
    expect(got.entries.map((e) => e.author)).toEqual(["Ruth Anstey", "Callum Frere", null]);
  });
});

describe("'Posted by Jane Doe' on the line above each post's stamp", () => {
  const post = (by: string, at: string, head: string, text: string) => [`Posted by ${by}`, at, head, "", text, ""];
  const page = [
    "The Upland Report", "Home | News | World", "", "Storm live: gales close the passes", "", "Monday, 5 December 2022 · All times GMT", "",
    ...post("Tomas Rudd", "6:40 PM", "Pass road shut after rockfall", "The pass road was shut after a rockfall near the summit, police said."),
    ...post("Ines Vale", "4:10 PM", "Ferries cancelled for the night", "All evening ferries were cancelled because of the gales."),
    ...post("Tomas Rudd", "2:25 PM", "Gusts pass 120 km/h on the coast", "The weather service measured gusts of more than 120 km/h at the lighthouse."),
  ].join("\n");

  it("credits each post to the name above its own stamp", () => {
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Tomas Rudd", "Ines Vale", "Tomas Rudd"]);
  });
});

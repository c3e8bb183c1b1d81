// Forms met on the eval/bj and eval/bk pages (own pages, own words), each written after the sets were scored fresh.
import { describe, expect, it } from "vitest";
import { bylineAuthor } from "../src/parse/text-post.ts";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (body: string, head = "") => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text = (lines: string[]) => lines.join("\n");

describe("text live pages", () => {
  it("reads a page whose updates close with 'Posted at 9.40pm by Name', down to the notice that the scroll has reached its start", () => {
    const doc = parse(text([
      "MARSHFIELD EVENING STAR", "News | Local | World | Sport", "", "LIVE", "Ukraine war live: strikes on Odesa port", "Wednesday 5 October 2022", "",
      "Odesa port strike: two dead", "", "Two dock workers died when missiles hit a grain terminal in Odesa, the regional governor said.", "",
      "Posted at 8.10pm by Nia Brockway", "",
      "Allies pledge more air defence", "", "Ministers meeting in Brussels promised more air defence systems for Ukraine before winter.", "",
      "Posted at 2.45pm by Colm Darragh", "",
      "You have reached the start of today's coverage", "", "Marshfield Evening Star © 2022 · Privacy",
    ]));
    expect(doc.entries.map((e) => [e.published, e.author, e.headline])).toEqual([
      ["2022-10-05T19:10:00Z", "Nia Brockway", "Odesa port strike: two dead"],
      ["2022-10-05T13:45:00Z", "Colm Darragh", "Allies pledge more air defence"],
    ]);
  });

  it("reads 'All times Kyiv' as the page's zone and 'Live editor: Name' as every update's author", () => {
    const doc = parse(text([
      "BRODY DIGEST", "Front  War  Regions", "", "War diary: talks in Istanbul", "Friday, 16 May", "All times Kyiv", "Live editor: Oksana Lytvyn", "",
      "09:15", "Delegations arrive in Istanbul", "", "Ukrainian and Russian delegations arrived for their first direct talks in three years.", "",
      "13:40", "Talks end after two hours", "", "The meeting ended after less than two hours with an agreement to exchange prisoners.", "",
    ]), { date: "2025-05-16" });
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2025-05-16T06:15:00Z", "Oksana Lytvyn"],
      ["2025-05-16T10:40:00Z", "Oksana Lytvyn"],
    ]);
  });

  it("leaves out an ad slot's 'Advertise with X.' and the footer's 'Cookie Settings' under a comment invitation: neither is anyone's byline", () => {
    const doc = parse(text([
      "Harbourside Chronicle", "Latest  World  Sport", "", "Ukraine war: the latest", "", "By Ruth Penhallow", "", "Live updates", "Sunday, 13 November", "",
      "Police return to Kherson", "6.40am", "", "Police and rescuers were returning to Kherson a day after Russian forces left the city.", "",
      "Advertise with Harbourside Media.", "",
      "Mines cleared on Kherson streets", "7.15am", "", "Sappers began checking streets and power lines that officials say were mined.", "",
      "Comments", "Want to join the conversation? Please sign in or register to comment on this article.", "", "Cookie Settings", "Terms  Privacy",
    ]), { date: "2022-11-13", timezone: "UTC" });
    expect(doc.entries.map((e) => [e.headline, e.author])).toEqual([
      ["Police return to Kherson", "Ruth Penhallow"],
      ["Mines cleared on Kherson streets", "Ruth Penhallow"],
    ]);
  });

  it("reads a card's 'Updated …, first published …' stamp as the first-published time, on the updated day when it names none", () => {
    const doc = parse(text([
      "The Riverina Courier", "Albury, NSW", "", "News  Sport  World  Subscribe", "", "World", "",
      "Kremlin says talks will take time", "Updated July 22 2025 - 1:10am, first published July 21 2025 - 11:45pm", "",
      "The Kremlin said a settlement with Ukraine would take a long time to reach.", "", "AAP", "", "Read more", "",
      "Defence minister confirms vehicles for Ukraine", "Updated July 21 2025 - 9:55pm, first published 6:30pm", "",
      "The defence minister said another batch of armoured vehicles would be shipped to Ukraine.", "", "Jo Treloar", "", "Read more", "",
    ]));
    // New South Wales keeps UTC+10 in July; the tagline names the town and its state
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2025-07-21T13:45:00Z", "AAP"],
      ["2025-07-21T08:30:00Z", "Jo Treloar"],
    ]);
  });

  it("reads 'By Name | 35 minutes ago' under each card's text, with a comment counter after it, against the page's updated time", () => {
    const doc = parse(text([
      "KESTREL POST", "Sydney · Melbourne · World", "", "World", "Last updated 26 May 2025, 7:40am AEST", "",
      "Leaders condemn record attack", "", "European leaders condemned Russia's largest aerial attack of the war.", "", "By Amira Castell | 40 minutes ago", "Comments (2)", "",
      "Vigil held for attack victims", "", "Several hundred people held a vigil outside a Ukrainian church on Sunday evening.", "", "By Jonah Prael | 3 hours ago", "Comments (5)", "",
      "Load more stories",
    ]));
    expect(doc.entries.map((e) => [e.published, e.author, e.headline])).toEqual([
      ["2025-05-25T21:00:00Z", "Amira Castell", "Leaders condemn record attack"],
      ["2025-05-25T18:40:00Z", "Jonah Prael", "Vigil held for attack victims"],
    ]);
  });

  it("keeps a teaser signed only with a time ('— 13:20') and leaves out an appeal to become a member", () => {
    const doc = parse(text([
      "Ferrow Live", "", "Ukraine live: prisoner swap", "Saturday 24 May 2025 · times BST", "",
      "Second stage of swap completed", "", "Another 300 soldiers came home in the second stage of the exchange.", "", "— Lina Moroz, 14:40", "",
      "Sponsored", "Support our reporting from Ukraine: become a Ferrow member", "",
      "Watch: firefighters at a damaged high-rise", "", "— 11:20", "",
      "Russia claims two villages", "", "Russia's defence ministry said its troops had captured two villages, a claim Kyiv did not confirm.", "", "— Petro Haidai, 09:45", "",
      "Show older posts",
    ]));
    expect(doc.entries.map((e) => [e.published, e.author, e.headline])).toEqual([
      ["2025-05-24T13:40:00Z", "Lina Moroz", "Second stage of swap completed"],
      ["2025-05-24T10:20:00Z", null, "Watch: firefighters at a damaged high-rise"],
      ["2025-05-24T08:45:00Z", "Petro Haidai", "Russia claims two villages"],
    ]);
  });

  it("ends an article at the comment section's notice: a related card above it is no update", () => {
    const doc = parse(text([
      "The Wexcombe Times", "Home  UK  World", "", "WORLD", "Berlin agrees to send tanks", "Scholz relents after weeks of pressure from allies", "Hal Brennick, Berlin",
      "Wednesday January 25 2023, 6.00pm, The Wexcombe Times", "",
      "Germany will send battle tanks to Ukraine and let other armies send theirs, the chancellor said.", "",
      "The decision ended a standoff that had strained relations inside the alliance for weeks.", "",
      "Related articles", "GERMANY", "Who is Germany's new defence minister?", "January 17 2023, 5.00pm", "Hal Brennick, Berlin", "Comments (88)",
      "Comments are subject to our community guidelines, which can be viewed here.", "Sort by",
    ]), { timezone: "Europe/London" });
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]!.headline).toBe("Berlin agrees to send tanks");
  });
});

describe("bylines", () => {
  it("reads a wire credited in the site's language ('Par AFP', 'Von Reuters') and a labelled live editor, but no French sentence", () => {
    expect(["Par AFP", "Von Reuters", "Par Jean Dupont", "Live editor: Marta Lys", "Par ailleurs"].map(bylineAuthor)).toEqual(["AFP", "Reuters", "Jean Dupont", "Marta Lys", null]);
  });
});

describe("homes", () => {
  it("reads a paper named by a region a hyphenated province carries ('Manawatū Standard' of Manawatu-Wanganui) in that province's time, but no menu's 'South'", () => {
    const page = (menu: string) => text([
      "Skip to main content", "Riverlink", "Manawatū Standard", "", menu, "", "World", "",
      "Envoy meets Putin in the Kremlin", "", "A US envoy held talks with the Russian president in the Kremlin on Wednesday.", "", "Reuters", "23:40, Aug 06 2025", "",
      "Drones set refinery ablaze", "", "A drone attack set fire to an oil refinery in southern Russia, the governor said.", "", "Reuters", "21:15, Aug 06 2025", "",
    ]);
    // New Zealand keeps UTC+12 in August
    expect(parse(page("Home  National  World  Sport  Manawatū")).entries.map((e) => e.published)).toEqual(["2025-08-06T11:40:00Z", "2025-08-06T09:15:00Z"]);
    expect(parse(page("Home  National  World  Sport")).entries.map((e) => e.published)).toEqual(["2025-08-06T11:40:00Z", "2025-08-06T09:15:00Z"]);
    const south = text(["Skip to main content", "Valley Evening Post", "News  Swansea  South  World  Sport", "", "Live: the war in Ukraine", "Friday 3 October 2025", "",
      "19:44", "Gas fields hit overnight", "", "Russia launched its heaviest attack yet on Ukraine's gas production sites.", "",
      "17:25", "Ministers meet in Copenhagen", "", "European ministers met to discuss more sanctions on Russia.", ""]);
    expect(parse(south).warnings.join(" ")).not.toMatch(/Gaborone/);
  });
});

describe("HTML and feeds", () => {
  it("reads a French site's 'Par AFP' in its class=auteur element as the wire's credit", () => {
    const row = (headline: string, by: string, stamp: string, para: string) =>
      `<div class="views-row"><h2 class="title"><a href="/a/${headline.length}">${headline}</a></h2><div class="meta"><span class="auteur">Par ${by}</span> <span class="date">${stamp}</span></div><p>${para}</p><a class="more">Lire la suite</a></div>`;
    const doc = parse(html(`<header><a class="logo">Lagon Info</a></header><main><h1>International</h1>` +
      row("Kherson shelled again", "AFP", "3 décembre 2022 - 12:30", "Russian artillery fired on Kherson overnight, damaging homes, officials said.") +
      row("Oil price cap agreed", "Reuters", "3 décembre 2022 - 15:45", "The Group of Seven agreed to cap the price of seaborne Russian oil.") + `</main>`), { timezone: "UTC" });
    expect(doc.entries.map((e) => e.author)).toEqual(["AFP", "Reuters"]);
  });

  it("reads the HTML's updates when the JSON-LD gives each only its text (every one copying the page's headline and date)", () => {
    const update = (n: number, para: string) => ({ "@type": "BlogPosting", headline: "Live: New Year's Eve strikes", datePublished: "2022-12-31T10:10:00+00:00", articleBody: para, "@id": `#b${n}` });
    const paras = ["Missiles hit Kyiv on Saturday afternoon, killing one person, the mayor said.", "Power was restored to most homes in the region after Thursday's strikes."];
    const ld = { "@context": "https://schema.org", "@type": "LiveBlogPosting", headline: "Live: New Year's Eve strikes", datePublished: "2022-12-31T10:10:00+00:00", liveBlogUpdate: paras.map((p, i) => update(i, p)) };
    const post = (iso: string, label: string, headline: string, by: string, para: string) =>
      `<div class="post"><time datetime="${iso}">${label}</time><h2>${headline}</h2>${by ? `<p class="author">${by}</p>` : ""}${para ? `<p>${para}</p>` : `<div class="video"></div>`}</div>`;
    const doc = parse(html(`<main><h1>Live: New Year's Eve strikes</h1>` +
      post("2022-12-31T13:40:00+00:00", "1.40pm", "Kyiv: one killed in missile strike", "Mara Quill", paras[0]!) +
      post("2022-12-31T12:05:00+00:00", "12.05pm", "Watch: sirens over Kyiv", "", "") +
      post("2022-12-31T10:10:00+00:00", "10.10am", "Power restored across the region", "Ben Ashdown", paras[1]!) + `</main>`,
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(doc.entries.map((e) => [e.published, e.headline, e.author])).toEqual([
      ["2022-12-31T13:40:00Z", "Kyiv: one killed in missile strike", "Mara Quill"],
      ["2022-12-31T12:05:00Z", "Watch: sirens over Kyiv", null],
      ["2022-12-31T10:10:00Z", "Power restored across the region", "Ben Ashdown"],
    ]);
  });

  it("reads a feed creator that prints the wire after the name ('JANE HOLT Associated Press', 'JANE HOLT AP Business Writer') as the name", () => {
    const item = (title: string, creator: string) =>
      `<item><title>${title}</title><link>https://news.example.org/${title.length}</link><dc:creator>${creator}</dc:creator><description>${title} on Friday, officials said.</description><pubDate>Fri, 13 Jun 2025 16:40:00 -0400</pubDate></item>`;
    const doc = parse(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Capital Gazette</title><link>https://news.example.org/</link>` +
      item("Prisoners exchanged", "MARTA OLIYNYK Associated Press") + item("Oil prices jump", "DEV SARIN AP Business Writer") +
      item("Grain ship leaves port", "The Associated Press") + item("Envoy meets minister", "By Ruth Ellery, Associated Press") + `</channel></rss>`);
    expect(doc.entries.map((e) => e.author)).toEqual(["MARTA OLIYNYK", "DEV SARIN", "The Associated Press", "Ruth Ellery"]);
  });
});

describe("forms met on eval/bl and eval/bm", () => {
  it("reads a paper named by a smaller town before what it is ('Lethbridge Ledger') in that town's time, and 'Name, The Canadian Press' as the card's byline", () => {
    const doc = parse(text([
      "Skip to content", "Lethbridge Ledger", "", "Local News  Sports  Opinion  Obituaries", "", "World News", "",
      "Kyiv asks allies for more air defence", "Oksana Vey, The Canadian Press", "Oct 15, 2024 4:35 PM", "",
      "Ukraine's foreign minister asked allies for more air defence systems before winter, officials said.", "",
      "Drone strike hits Kharkiv depot", "The Associated Press", "Oct 15, 2024 1:20 PM", "",
      "A Russian drone set fire to a fuel depot in Kharkiv overnight, the regional governor said.", "",
    ]));
    // Alberta keeps Mountain time: UTC-6 in October
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2024-10-15T22:35:00Z", "Oksana Vey"],
      ["2024-10-15T19:20:00Z", "The Associated Press"],
    ]);
  });

  it("splits a round-up announced by its lede ('Here is a look at the main developments …:') into its paragraphs, credited to 'X Star and wire reports'", () => {
    const doc = parse(text([
      "Prairie Star", "Home  News  Sports", "", "What to know about the war in Ukraine on Sunday, March 26", "", "Prairie Star and wire reports", "",
      "Published 5:02 p.m. CT March 26, 2023", "",
      "Here is a look at the main developments in Russia's war in Ukraine on Sunday, day 396 of the full-scale invasion:", "",
      "Ukraine asked for an emergency meeting of the Security Council after Moscow said it would station nuclear weapons in Belarus.", "",
      "Russian shelling killed two civilians in Kherson and wounded four others, the regional administration said.", "",
      "Britain's defence ministry said Russia's assault on Bakhmut appeared to have stalled.", "",
    ]));
    expect(doc.entries.map((e) => [e.published, e.author, e.body[0]!.slice(0, 30)])).toEqual([
      ["2023-03-26T22:02:00Z", "Prairie Star and wire reports", "Ukraine asked for an emergency"],
      ["2023-03-26T22:02:00Z", "Prairie Star and wire reports", "Russian shelling killed two ci"],
      ["2023-03-26T22:02:00Z", "Prairie Star and wire reports", "Britain's defence ministry sai"],
    ]);
  });

  it("reads a briefing's 'The main things to know this evening:', its '15.05.2023 19:30 | Name' line, and leaves out its sign-off", () => {
    const doc = parse(text([
      "HARLOW MONITOR", "", "Monday briefing: Ukraine and the region", "15.05.2023 19:30 | Piotr Rudzki", "", "The main things to know this evening:", "",
      "Officials in Kostiantynivka put the final death toll from Sunday's rocket strike at six.", "",
      "Britain said it would send Ukraine hundreds of air defence missiles.", "",
      "The briefing returns tomorrow at 19:30.", "", "Harlow Monitor · Privacy",
    ]), { timezone: "Europe/Warsaw" });
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-05-15T17:30:00Z", "Piotr Rudzki"],
      ["2023-05-15T17:30:00Z", "Piotr Rudzki"],
    ]);
  });

  it("reads updates signed by their stamp underneath ('Posted 08:10 · Name'), oldest first, a photo teaser among them", () => {
    const doc = parse(text([
      "ORWELL LEDGER", "Live | Front line | Opinion", "", "Live: Zaporizhzhia hit", "Sunday, 25 June", "Times are Kyiv time", "",
      "Missile strike on Zaporizhzhia: two dead", "", "A Russian missile struck a residential area of Zaporizhzhia early on Sunday, killing two people.", "",
      "Posted 08:10 · Oksana Mel", "",
      "Pictured: rescuers at the site", "", "Posted 09:30", "",
      "Kherson: one killed in shelling", "", "Russian shelling killed a man in Kherson's Korabelnyi district, officials reported.", "",
      "Posted 10:45 · Denys Rak", "", "That's all for today", "Orwell Ledger · Privacy",
    ]), { date: "2023-06-25" });
    expect(doc.entries.map((e) => [e.published, e.author, e.headline])).toEqual([
      ["2023-06-25T05:10:00Z", "Oksana Mel", "Missile strike on Zaporizhzhia: two dead"],
      ["2023-06-25T06:30:00Z", null, "Pictured: rescuers at the site"],
      ["2023-06-25T07:45:00Z", "Denys Rak", "Kherson: one killed in shelling"],
    ]);
  });

  it("reads 'by Name The Associated Press | Today at 5:52 p.m.' cards in the time of the paper's town, down to 'Load older updates'", () => {
    const doc = parse(text([
      "Skip to main content", "Fresno Evening Free Press", "Subscribe", "", "Saturday, March 4", "", "Russia-Ukraine War", "",
      "Defenders hold on in Bakhmut", "Ukrainian troops were holding the last main road into Bakhmut on Saturday, soldiers said.",
      "by Marta Kosova and Dale Whitt The Associated Press | Today at 5:52 p.m.", "",
      "Grid operator plans no blackouts", "Ukraine's grid operator said it did not expect to switch off power to households this weekend.",
      "by Svitlana Hrytsenko | Yesterday at 9:58 p.m.", "", "Load older updates", "", "Contact Us",
    ]), { date: "2023-03-04" });
    // California keeps Pacific time: UTC-8 in March
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-03-05T01:52:00Z", "Marta Kosova and Dale Whitt"],
      ["2023-03-04T05:58:00Z", "Svitlana Hrytsenko"],
    ]);
  });

  it("reads an article's 'Sat., Oct. 12, 2024 · 5:52 p.m.' date line, and ends it at 'Report an error'", () => {
    const doc = parse(text([
      "Skip to main content", "Example Courier", "", "World", "", "Russia pounds Odesa ports", "",
      "Ukraine's president spent four days making his case in allied capitals", "", "By Lena Marchenko", "Sat., Oct. 12, 2024 · 5:52 p.m.", "",
      "Russia kept up its attacks on Ukraine's Black Sea ports on Saturday. Here's a look at the main developments.", "",
      "Ports under fire", "", "Russian drones hit port facilities in the Odesa region overnight, killing a crane operator, officials said.", "",
      "Help from home", "", "Members of the city's Ukrainian community filled a container with generators for hospitals.", "",
      "Report an error", "Journalistic Standards", "About Example Media", "", "Conversations are opinions of our readers.",
    ]), { timezone: "America/Toronto" });
    expect(doc.entries.map((e) => [e.published, e.headline])).toEqual([
      ["2024-10-12T21:52:00Z", "Ports under fire"],
      ["2024-10-12T21:52:00Z", "Help from home"],
    ]);
  });

  it("reads an HTML live page's date printed in French ('Lundi 15 mai 2023') under an English title", () => {
    const post = (clock: string, headline: string, para: string) => `<li class="post"><span class="heure">${clock}</span><h2>${headline}</h2><p>${para}</p></li>`;
    const doc = parse(html(`<header>Rivelle Daily <nav><a>France</a> <a>Europe</a> <a>World</a></nav></header><main><h1>Ukraine: the day, live</h1><p class="date">Lundi 15 mai 2023</p><ol class="live">` +
      post("08h10", "Blasts in occupied Luhansk", "Two blasts hit the Russian-occupied city of Luhansk on Monday morning, officials said.") +
      post("09h30", "Moscow says missiles were downed", "Russia's defence ministry said it had downed several long-range missiles.") + `</ol></main>`), { timezone: "Europe/Paris" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-05-15T06:10:00Z", "2023-05-15T07:30:00Z"]);
  });

  it("dates an HTML live page's bare clock times by its JSON-LD dates when the page prints none it can read, across midnight", () => {
    const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "World news live", datePublished: "2024-11-30T13:05:00+10:00", dateModified: "2024-12-01T06:50:00+10:00" };
    const post = (clock: string, para: string) => `<div class="lb-post"><span class="lb-time">${clock}</span><p>${para}</p></div>`;
    const doc = parse(html(`<main><h1>World news live</h1><div class="live-blog">` +
      post("6.50am", "The EU's new foreign policy chief said she would travel to Kyiv on her first day in office.") +
      post("8.45pm", "Russia's defence ministry says its forces have taken a village in the Donetsk region.") +
      post("1.05pm", "Japan will hand Ukraine about $3 billion raised from frozen Russian assets, the government says.") + `</div></main>`,
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-11-30T20:50:00Z", "2024-11-30T10:45:00Z", "2024-11-30T03:05:00Z"]);
  });
});

describe("forms met on eval/bn and eval/bo", () => {
  it("reads cards dated only 'UPDATED AUGUST 14, 2023 6:45 PM' where three or more print one, each under its 'By NAME Wire' byline", () => {
    const card = (headline: string, para: string, by: string, stamp: string) => ["WORLD", headline, "", para, "", by, stamp, ""];
    const doc = parse(text([
      "The Ocmulgee Ledger", "News  Sports  Opinion", "", "Nation & World", "",
      ...card("Ruble slides past 100 to the dollar", "Russia's central bank called an unscheduled meeting after the ruble weakened.", "By Ilya Orlov Associated Press", "UPDATED AUGUST 14, 2023 6:45 PM"),
      ...card("Warship fires warning shots at cargo ship", "A Russian patrol ship fired warning shots at a cargo vessel heading for Izmail.", "By Kemal Aydin Associated Press", "AUGUST 14, 2023 3:20 PM"),
      ...card("Shelling kills six in Kherson region village", "Russian shells struck a village in the southern Kherson region on Monday.", "By Oksana Dyba Associated Press", "UPDATED AUGUST 14, 2023 12:10 PM"),
      ...card("Wheat growers watch Black Sea tensions", "Local wheat growers say the collapse of the grain deal has made the market jumpier.", "By Jenna Whitlow", "UPDATED AUGUST 14, 2023 10:35 AM"),
    ]), { timezone: "America/New_York" });
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-08-14T22:45:00Z", "Ilya Orlov"], ["2023-08-14T19:20:00Z", "Kemal Aydin"], ["2023-08-14T16:10:00Z", "Oksana Dyba"], ["2023-08-14T14:35:00Z", "Jenna Whitlow"],
    ]);
  });

  it("reads an article's byline over its outlet over its date ('Name' / 'USA TODAY' / 'Published …'), past the caption buttons and a caption closed by its wire", () => {
    const doc = parse(text([
      "Skip to main content", "Lakeport Times-News", "Subscribe", "", "WORLD", "", "Sea drone hits tanker off Crimea as talks open in Jeddah", "",
      "Dalia Reyes", "USA TODAY", "", "Published 6:12 a.m. ET Aug. 5, 2023 | Updated 3:40 p.m. ET Aug. 5, 2023", "", "Show Caption", "Hide Caption", "",
      "A damaged tanker is seen near the Kerch Strait on Saturday in an image released by rescuers. AP", "", "",
      "A Ukrainian sea drone hit a Russian fuel tanker near the bridge to Crimea overnight, officials said.", "",
      "Tanker hit near the Kerch Strait", "", "A naval drone slammed into the tanker late Friday, Russian maritime officials said.", "",
      "Talks open in Jeddah", "", "Officials from about 40 countries met to discuss how the war might end.", "",
    ]));
    expect(doc.entries.map((e) => e.author)).toEqual(doc.entries.map(() => "Dalia Reyes"));
    expect(doc.entries.map((e) => e.headline)).toContain("Tanker hit near the Kerch Strait");
  });

  it("reads 'X staff and wire reports' as the page's credit, and a paper named 'Town Herald-Republic' in the town's time", () => {
    const doc = parse(text([
      "Skip to main content", "Yakima Herald-Republic", "", "News  Sports  Opinion", "", "World", "",
      "Russia-Ukraine war: the latest as the grain standoff deepens", "", "Yakima Herald-Republic staff and wire reports", "", "July 21, 2023", "",
      "4:20 p.m.", "", "Russia's defense ministry said its navy had held drills in the Black Sea, firing at a target ship.", "",
      "1:45 p.m.", "", "Ukraine's air force said it shot down most of the drones launched overnight at the south.", "",
    ]));
    // Washington keeps Pacific time: UTC-7 in July
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-07-21T23:20:00Z", "Yakima Herald-Republic staff and wire reports"],
      ["2023-07-21T20:45:00Z", "Yakima Herald-Republic staff and wire reports"],
    ]);
  });

  it("reads a card's credit span beside its date in the meta row ('<span class=credit>The Associated Press</span> | <span class=date>…')", () => {
    const card = (headline: string, credit: string, stamp: string) =>
      `<div class="card"><h3><a href="/n/${headline.length}">${headline}</a></h3><p>${headline} on Wednesday, officials said in a statement.</p>` +
      `<div class="meta"><span class="credit">${credit}</span> <span class="sep">|</span> <span class="date">${stamp}</span></div><a class="more">Read more</a></div>`;
    const doc = parse(html(`<main><h1>World</h1>${card("NATO weighs a five-year fund for Ukraine", "The Associated Press", "Apr. 3, 2024 4:20 p.m.")}` +
      `${card("Local hosts say newcomers need housing", "Petra Hallvard", "Apr. 3, 2024 1:05 p.m.")}</main>`), { timezone: "America/Vancouver" });
    expect(doc.entries.map((e) => e.author)).toEqual(["The Associated Press", "Petra Hallvard"]);
  });

  it("reads 'Staff writers' under a post's headline as its credit", () => {
    const doc = parse(text([
      "The Harbour Bulletin", "News   World", "", "Live: Odesa death toll climbs", "Sunday, 3 March 2024", "Times are AEST", "",
      "5.55pm", "Zelensky thanks backers of the ammunition drive", "Staff writers", "",
      "President Volodymyr Zelensky thanked the countries that joined a plan to buy artillery shells for Ukraine.", "",
      "3.20pm", "Odesa toll rises to 12", "Amelia Hurst", "", "Rescuers found two more bodies in the wrecked block in Odesa, officials said.", "",
    ]));
    expect(doc.entries.map((e) => e.author)).toEqual(["Staff writers", "Amelia Hurst"]);
  });

  it("reads a feed creator 'By NAME Associated Press' as the name", () => {
    const item = (title: string, creator: string) =>
      `<item><title>${title}</title><link>https://news.example.org/${title.length}</link><dc:creator>${creator}</dc:creator><description>${title} on Wednesday, officials said.</description><pubDate>Wed, 25 Oct 2023 15:40:00 -0600</pubDate></item>`;
    const doc = parse(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Plains Tribune</title><link>https://news.example.org/</link>` +
      item("Grain ship reaches Istanbul", "By DARYA VOLK Associated Press") + item("Aid vote delayed", "The Associated Press") + `</channel></rss>`);
    expect(doc.entries.map((e) => e.author)).toEqual(["DARYA VOLK", "The Associated Press"]);
  });
});

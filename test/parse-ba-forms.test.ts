// Forms met on the eval/ba pages and later (own pages, own words), each written after the set was scored fresh.
import { describe, expect, it } from "vitest";
import { wireCredit } from "../src/parse/text-credits.ts";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (body: string, head = "") => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe("homes", () => {
  it("reads a paper named by its province or county ('Taranaki … Bulletin') in that province's time, but not one named by a landform ('Gulf …')", () => {
    const page = (masthead: string) => [masthead, "", "Home  National  World  Politics", "", "Live: the war in Ukraine", "Monday, January 22, 2024", "",
      "8.40am", "Market toll climbs to 27", "", "The mayor now says 27 people died when shells hit a street market.", "",
      "6.15am", "Kyiv denies shelling the market", "", "Ukraine's armed forces denied shelling the market and called for an inquiry.", ""].join("\n");
    // New Zealand keeps daylight time in January: UTC+13
    expect(parse(page("Taranaki Evening Bulletin")).entries.map((e) => e.published)).toEqual(["2024-01-21T19:40:00Z", "2024-01-21T17:15:00Z"]);
    expect(parse(page("Gulf Evening Bulletin")).warnings.join(" ")).not.toMatch(/Port_Moresby/);
  });

  const card = (headline: string, stamp: string, text: string) =>
    `<div class="preview"><h3><a href="/s">${headline}</a></h3><div class="byline">By Dana Okafor Associated Press</div><div class="dateline">${stamp}</div><p>${text}</p></div>`;
  const cards = card("Drone strike hits depot in Poltava", "APRIL 19, 2024 — 5:20PM", "A drone set fire to a fuel depot, the governor said.") +
    card("Kyiv asks allies for air defence", "APRIL 19, 2024 — 9:05AM", "The foreign minister asked allies for more air defence systems.");

  it("reads a metro paper in the time of the one state its section menu names ('Local  Minnesota  Business  …  e-Edition')", () => {
    const page = html(`<header><a class="logo" href="/">Lakeshore Tribune</a><nav><a href="/local">Local</a> <a href="/mn">Minnesota</a> <a href="/b">Business</a> <a href="/s">Sports</a> <a href="/o">Opinion</a> <a href="/e">e-Edition</a></nav></header><main><h1>World</h1>${cards}</main>`,
      "<title>World news | Lakeshore Tribune</title>");
    const doc = parse(page);
    // Minnesota keeps Central time: UTC-5 in April
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-04-19T22:20:00Z", "2024-04-19T14:05:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/America\/Chicago.*Minnesota/);
  });

  it("takes no home from a menu naming several states, nor from a credit and its dateline ('Agence France-Presse . Kyiv')", () => {
    const regional = html(`<header><a class="logo" href="/">Lakeshore Tribune</a><nav><a href="/1">Local</a> <a href="/2">Minnesota</a> <a href="/3">Colorado</a> <a href="/4">Sports</a> <a href="/5">Opinion</a></nav></header><main><h1>World</h1>${cards}</main>`,
      "<title>World news | Lakeshore Tribune</title>");
    expect(parse(regional).warnings.join(" ")).toMatch(/nothing on it names its home/);
    const credited = ["Outspoken Daily", "", "Home  News  Sport  Opinion", "", "Drone strike hits depot in Poltava", "Agence France-Presse . Kyiv",
      "Published: 21:35, Jan 29,2025", "", "A drone set fire to a fuel depot, the governor said.", "",
      "Allies pledge air defence", "Agence France-Presse . Kyiv", "Published: 18:10, Jan 29,2025", "", "Allies pledged more air defence systems, ministers said.", ""].join("\n");
    expect(parse(credited).warnings.join(" ")).toMatch(/nothing on it names its home/);
  });
});

describe("feeds", () => {
  const item = (title: string, description: string, creator = "") =>
    `<item><title>${title}</title><link>https://news.example.org/${title.length}</link>${creator}<description>${description.replace(/</g, "&lt;")}</description><pubDate>Tue, 24 Oct 2023 18:40:00 -0400</pubDate></item>`;
  const feed = (items: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Island Tribune</title><link>https://news.example.org/</link>${items}</channel></rss>`;

  it("takes a description's opening byline paragraph ('By JANE HOLT<br>Associated Press') as the author, not the first sentence", () => {
    const doc = parse(feed(
      item("Troops pushed back near Avdiivka", "<p>By MARTA KOVALENKO<br>Associated Press</p><p>KYIV, Ukraine (AP) — Ukrainian troops repelled a dozen assaults on Tuesday, officials said.</p>") +
      item("Grain ship leaves Odesa", "<p>By The Associated Press</p><p>ODESA, Ukraine (AP) — A bulk carrier left the port on Tuesday, the navy said.</p>") +
      item("Envoy meets minister", "<p>By Ruth Ellery</p><p>An envoy met the foreign minister on Tuesday.</p>", "<dc:creator>Staff Desk</dc:creator>"),
    ));
    expect(doc.entries.map((e) => [e.author, e.body[0]])).toEqual([
      ["Marta Kovalenko", "KYIV, Ukraine (AP) — Ukrainian troops repelled a dozen assaults on Tuesday, officials said."],
      ["The Associated Press", "ODESA, Ukraine (AP) — A bulk carrier left the port on Tuesday, the navy said."],
      ["Staff Desk", "An envoy met the foreign minister on Tuesday."],
    ]);
  });

  it("keeps a description that opens with a sentence about someone 'By' nothing ('By noon, …') as text", () => {
    const doc = parse(feed(item("Queues at the border", "<p>By noon, queues at the border crossing stretched for miles.</p><p>Guards said more lanes would open.</p>")));
    expect(doc.entries[0]!.body[0]).toBe("By noon, queues at the border crossing stretched for miles.");
    expect(doc.entries[0]!.author).toBeNull();
  });
});

describe("agency datelines", () => {
  it("takes 'Bishkek, Nov. 27 /Kabar/.' off the text it opens (a dateline closed by its own full stop)", () => {
    const page = ["Ala-Too News Agency", "", "World", "", "Thursday, 27 November 2025", "", "Putin calls draft plan a basis for agreement", "17:40", "",
      "Bishkek, Nov. 27 /Ala-Too/. The Russian president told journalists the draft plan could become the basis for future agreements.", "",
      "Summit adopts declaration", "15:10", "", "Moscow, Nov. 27 /Ala-Too/. Leaders adopted a joint declaration at the end of their summit.", ""].join("\n");
    expect(parse(page, { timezone: "Asia/Bishkek" }).entries.map((e) => e.body[0]!.slice(0, 20))).toEqual(["The Russian presiden", "Leaders adopted a jo"]);
  });
});

describe("printed zones", () => {
  it("reads 'CST' and 'MST' printed in summer as the standard time they name (Saskatchewan's, Arizona's), 'CDT' as daylight time", () => {
    const page = (zone: string) => ["Prairie Phoenix", "", "The Latest: the war in Ukraine", "Tuesday, April 30, 2024", "",
      `7:05 a.m. ${zone}`, "Missile hits port city", "", "A ballistic missile struck the port city, killing three, the governor said.", "",
      `8:40 a.m. ${zone}`, "Village taken, Moscow says", "", "Russia's defence ministry said its troops took a village in the east.", ""].join("\n");
    expect(parse(page("CST")).entries.map((e) => e.published)).toEqual(["2024-04-30T13:05:00Z", "2024-04-30T14:40:00Z"]);
    expect(parse(page("MST")).entries.map((e) => e.published)).toEqual(["2024-04-30T14:05:00Z", "2024-04-30T15:40:00Z"]);
    expect(parse(page("CDT")).entries.map((e) => e.published)).toEqual(["2024-04-30T12:05:00Z", "2024-04-30T13:40:00Z"]);
  });
});

describe("cards closed by a credit, the place filed from and a stamp", () => {
  it("reads 'AP' / 'Kyiv' / 'Published: 02 Dec, 23:45' as the close of the card above: its wire and time, the place no credit", () => {
    const card = (h: string, text: string, wire: string, place: string, time: string) => [h, "", text, "", wire, place, `Published: 02 Dec, ${time}`, ""];
    const page = ["Bay Daily", "English", "", "Home  International  Opinion  Sports", "", "International", "",
      ...card("Zelensky admits counteroffensive fell short", "The president said the summer offensive had not brought the results Kyiv hoped for.", "AP", "Kyiv", "23:45"),
      ...card("Drones destroyed over Crimea, Moscow says", "Air defences shot down several drones over the peninsula, the ministry said.", "Reuters", "Moscow", "21:10"),
      ...card("Fuel depot burns after drone attack", "A fire broke out at a fuel depot after a drone attack, the governor said.", "AFP", "Moscow", "14:20")].join("\n");
    const doc = parse(page, { date: "2023-12-02", timezone: "Asia/Dhaka" });
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Zelensky admits counteroffensive fell short", "2023-12-02T17:45:00Z", "AP"],
      ["Drones destroyed over Crimea, Moscow says", "2023-12-02T15:10:00Z", "Reuters"],
      ["Fuel depot burns after drone attack", "2023-12-02T08:20:00Z", "AFP"],
    ]);
  });
});

describe("signatures", () => {
  it("reads '— Jane Doe, 15.42' closing each post as its author and time", () => {
    const page = ["KESTREL EVENING POST", "News | Ukraine | World | Sport", "", "Ukraine live: missiles hit a rail town",
      "Live · Saturday 9 September 2023 · All times BST", "", "Follow the day's developments.", "",
      "Air defence promised before winter", "", "The president said partners had promised more air defence before the cold season.", "",
      "— Nia Rowan, 21.35", "", "Watch: rescuers search the rubble", "", "— Hal Petters, 10.05", "",
      "Missiles hit rail town, killing two", "", "Two people were killed when missiles struck the town before dawn, the governor said.", "",
      "— Hal Petters, 08.20", ""].join("\n");
    expect(parse(page).entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Air defence promised before winter", "2023-09-09T20:35:00Z", "Nia Rowan"],
      ["Watch: rescuers search the rubble", "2023-09-09T09:05:00Z", "Hal Petters"],
      ["Missiles hit rail town, killing two", "2023-09-09T07:20:00Z", "Hal Petters"],
    ]);
  });
});

describe("timelines", () => {
  it("reads a timeline of long '9:10 p.m. — …' paragraphs under day heads, and ends it at the story's closing note and related stories", () => {
    const long = "The foreign ministers of three Western governments issued a joint statement rejecting the allegation as false and warning that the world would see through any attempt to use it as a pretext for a wider war.";
    const page = ["Skip to content", "The Piedmont Observer", "", "Local  Sports  Business  Nation & World  Opinion", "", "NATIONAL", "",
      "The 'dirty bomb' claim: a timeline", "", "By Mara Quinlan", "UPDATED OCTOBER 24, 2022 6:30 PM", "",
      "Moscow spent Sunday repeating an unproven claim to Western capitals. Here is how the day went. Times are Eastern.", "",
      "Sunday, Oct. 23", "", `9:10 p.m. — ${long}`, "",
      "11:45 p.m. — The air force said it had brought down 12 drones launched overnight at the south of the country, and officials in two cities reported damage to power lines.", "",
      "No one was killed.", "", "Monday, Oct. 24", "",
      "9:05 a.m. — The occupation administration in Kherson said it would widen its evacuation zone along the river bank, affecting tens of thousands more people who live there.", "",
      "This story was originally published October 24, 2022 7:02 AM.", "", "Related stories from Piedmont Observer", "NATIONAL",
      "What is a dirty bomb, and why does it worry officials?", "", "Mara Quinlan is a national reporter covering foreign affairs.", "",
      "Take Us With You", "Real-time updates in the palm of your hand.", "Piedmont Observer App", ""].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.published, e.author, e.body.length])).toEqual([
      ["2022-10-24T01:10:00Z", "Mara Quinlan", 1],
      ["2022-10-24T03:45:00Z", "Mara Quinlan", 2],
      ["2022-10-24T13:05:00Z", "Mara Quinlan", 1],
    ]);
    expect(doc.entries[0]!.body[0]).toBe(long);
  });
});

describe("round-ups", () => {
  it("reads a newsletter's numbered items ('1.', '2.' on lines of their own) as one entry each, its sign-off and footer links no part of them", () => {
    const page = ["ALDERBROOK POST", "Newsletters › The Evening Round-up", "", "The Evening Round-up: Ukraine", "Saturday 1 June 2024 · 18:30 BST",
      "Compiled by Priya Castlow", "", "Three things from the war today.", "", "1.",
      "Families welcomed home soldiers freed in Friday's prisoner exchange, the first since February.", "", "Some had been held since 2022.", "",
      "2.", "Beijing's decision to skip the peace conference was greeted with disappointment in Kyiv.", "",
      "3.", "Commanders said the offensive north of Kharkiv had stalled.", "",
      "That's all for tonight — the Round-up returns tomorrow at 18:30", "", "Forward to a friend  |  Manage subscription  |  Unsubscribe", ""].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.published, e.author, e.body.length])).toEqual([
      [null, "2024-06-01T17:30:00Z", "Priya Castlow", 2],
      [null, "2024-06-01T17:30:00Z", "Priya Castlow", 1],
      [null, "2024-06-01T17:30:00Z", "Priya Castlow", 1],
    ]);
  });

  it("reads a text round-up whose items are parted by '***' as one entry each, ending at the writer's box and related posts", () => {
    const page = ["Skip to content", "The Harbour Weekly", "Menu", "", "News", "", "News in Brief: alliance questioned; statute heads to parliament", "",
      "By Weekly Desk", "September 3, 2023 at 12:40 pm", "0 Comments", "", "Share: Facebook  Twitter  WhatsApp  Email", "",
      "YEREVAN — The prime minister said relying on one ally for security had been a strategic mistake.", "",
      "He said the country was now looking to widen its partnerships.", "", "***", "",
      "YEREVAN — The government sent the court's founding statute to parliament for ratification.", "", "***", "",
      "YEREVAN — The country will send medicine and hospital supplies to Ukraine, the foreign ministry said.", "",
      "Weekly Desk", "The Harbour Weekly newsroom.", "", "Related Posts", "Exhibition opens in the capital", "", "Leave a Reply", ""].join("\n");
    const doc = parse(page, { timezone: "America/New_York" });
    expect(doc.entries.map((e) => [e.headline, e.published, e.author, e.body.length])).toEqual([
      [null, "2023-09-03T16:40:00Z", "Weekly Desk", 2],
      [null, "2023-09-03T16:40:00Z", "Weekly Desk", 1],
      [null, "2023-09-03T16:40:00Z", "Weekly Desk", 1],
    ]);
    expect(doc.entries[0]!.body[0]).toMatch(/^YEREVAN — The prime minister/);
  });

  it("reads a wire round-up whose items are parted by '___' and have no headline or time as one entry each, at the article's time", () => {
    const p = (t: string) => `<p>${t}</p>`;
    const page = html(`<main><h1>The Latest: Kyiv says troops retake rail hub</h1><div class="byline">By The Associated Press</div><div class="article-body">${[
      "KYIV, Ukraine (AP) — The Latest on the war in Ukraine:", "Ukraine's president says a rail hub in the east is back in Ukrainian hands.",
      "He said troops cleared the town by midday.", "___", "VATICAN CITY — The pope made a new appeal for a ceasefire on Sunday.", "___",
      "WARSAW, Poland — Nine presidents of the region said they back Ukraine's membership of the alliance.", "They signed a joint statement."].map(p).join("")}</div></main>`,
    `<title>The Latest: Kyiv says troops retake rail hub</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"The Latest: Kyiv says troops retake rail hub","datePublished":"2022-10-02T12:15:00Z","dateModified":"2022-10-02T22:42:00Z"}</script>`);
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.published, e.body.length, e.body[0]!.slice(0, 20)])).toEqual([
      [null, "2022-10-02T12:15:00Z", 2, "Ukraine's president "],
      [null, "2022-10-02T12:15:00Z", 1, "VATICAN CITY — The p"],
      [null, "2022-10-02T12:15:00Z", 2, "WARSAW, Poland — Nin"],
    ]);
    expect(doc.entries.every((e) => e.author === "The Associated Press")).toBe(true);
  });
});

describe("bylines", () => {
  it("reads the name before an outlet's role for it and before its web address", async () => {
    const { bylineName } = await import("../src/parse/html-byline.ts");
    const { bylineAuthor } = await import("../src/parse/text-post.ts");
    expect(bylineName("By Lidia Haskins Record Reporter")).toBe("Lidia Haskins");
    expect(bylineAuthor("By Mireya Solis World-Herald staff writer")).toBe("Mireya Solis");
    const post = (h: string, t: string, by: string) => [h, t, "", `By ${by}`, "", "Officials said the work would go on through the week.", ""];
    const page = ["Lakefront Daily", "", "Live: the war in Ukraine", "Thursday, July 11, 2024", "",
      ...post("Aid convoy reaches Kharkiv", "9:40 p.m.", "Grant Pelley, lakefront.com"), ...post("Talks set for next week", "7:15 p.m.", "Nadia Kowal, lakefront.com")].join("\n");
    expect(parse(page, { timezone: "America/New_York" }).entries.map((e) => e.author)).toEqual(["Grant Pelley", "Nadia Kowal"]);
  });

  it("drops Postmedia's 'This advertisement has not loaded yet' so a post's closing wire credit is its author", () => {
    const post = (h: string, t: string, text: string, wire: string) => [h, t, "", text, "", `— ${wire}`, "", "Article content", "", "Advertisement 4",
      "This advertisement has not loaded yet, but your article continues below.", "Article content", ""];
    const page = ["Riverside Star", "", "World", "Ukraine war live: jets arrive", "Author of the article:", "Riverside Star staff",
      "Published Aug 04, 2024  •  Last updated 2 hours ago", "", "Times are Eastern.", "",
      ...post("Zelensky shows off the first jets at an air base", "11:30 a.m. ET", "The president showed off the first jets at an air base.", "Agence France-Presse"),
      ...post("Canada says its instructors will stay on in Ukraine", "9:15 a.m. ET", "Canada will keep providing instructors, the minister said.", "The Canadian Press")].join("\n");
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Agence France-Presse", "The Canadian Press"]);
  });

  it("reads a post's source field naming its wire ('<span class=source>SPA</span>') as its credit", () => {
    const post = (h: string, stamp: string, wire: string) =>
      `<div class="post"><h3 class="post-title"><a href="/w/${h.length}">${h}</a></h3><div class="post-meta"><span class="date">${stamp}</span> <span class="source">${wire}</span></div><p>Officials said the talks would continue next week in the same city.</p></div>`;
    const page = html(`<main><h1>World</h1>${post("Talks to continue next week", "16 November 2025 22:30", "Reuters")}${post("Prince to visit Washington", "16 November 2025 19:50", "SPA")}</main>`);
    expect(parse(page, { timezone: "Asia/Riyadh" }).entries.map((e) => e.author)).toEqual(["Reuters", "SPA"]);
  });

  it("reads 'By Jane Doe, The Washington Post' as Jane Doe", async () => {
    const { bylineName } = await import("../src/parse/html-byline.ts");
    expect(bylineName("By Lena Marsh, The Washington Post")).toBe("Lena Marsh");
    expect(bylineName("By Lena Marsh, Kyiv")).toBe("Lena Marsh");
    expect(bylineName("By Lena Marsh and Tom Reyes, The Associated Press")).toBe("Lena Marsh and Tom Reyes");
  });

  it("reads a post's closing credit set off by a dash ('– Reporting by Jane Doe') as its author, in HTML and in text", () => {
    const post = (h: string, t: string, text: string, who: string) =>
      `<article class="post"><h2>${h}</h2><p class="post-time"><span>${t}</span></p><p>${text}</p><p class="credit">– Reporting by ${who}</p></article>`;
    const page = html(`<div class="masthead"><a href="/">Tollbridge Herald</a></div><main><h1>Ukraine war live</h1><p class="dateline">Sunday 30 October 2022</p><div class="posts">${
      post("Ships to sail on Monday", "7.50pm", "The United Nations said 16 vessels would move through the corridor on Monday.", "Iona Salter")}${
      post("Toll rises to three", "5.05pm", "A third person has died after the morning missile strike, the governor said.", "Piers Quayle")}</div></main>`);
    expect(parse(page, { timezone: "Europe/London" }).entries.map((e) => e.author)).toEqual(["Iona Salter", "Piers Quayle"]);
    expect(wireCredit("– Reporting by Iona Salter")).toBe("Iona Salter");
  });

  it("reads '— Example staff' closing a text post and a bare name in a post's credit element as the authors", () => {
    const text = ["Prairie Leader", "", "Live: the war in Ukraine", "Saturday, September 2, 2023", "", "9:40 a.m.", "Families still need housing", "",
      "About 40 families who arrived this summer still live in temporary housing, a local group said.", "", "— Prairie Leader staff", "",
      "8:15 a.m.", "Drones downed overnight", "", "The air force said it shot down most of the drones launched overnight.", "", "— The Associated Press", ""].join("\n");
    expect(parse(text, { timezone: "America/Regina" }).entries.map((e) => e.author)).toEqual(["Prairie Leader staff", "The Associated Press"]);
    const post = (t: string, h: string, who: string) =>
      `<div class="post"><time datetime="2023-07-15T06:40:00Z">${t}</time><h3>${h}</h3><p>Shells landed on the central market on Saturday morning, killing one woman, officials said.</p><p class="credit"><em>${who}</em></p></div>`;
    const page = html(`<main><h1>Live: the war in Ukraine</h1><p class="date">Saturday 15 July 2023 · all times Kyiv (EEST)</p>${post("09:40", "Market shelled", "Mykola Sorenko")}${post("10:25", "Second market shelled", "Iryna Pavliuk")}</main>`);
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Mykola Sorenko", "Iryna Pavliuk"]);
  });

  it("credits posts without a credit of their own to the head's 'Example reporters and wire services'", () => {
    const page = ["Coastline Daily News", "", "Home  National  World  Politics", "", "LIVE", "Live: Russia-Ukraine war", "",
      "Coastline reporters and wire services", "", "Follow the night's developments.", "", "Monday, January 22, 2024", "",
      "8.40am", "Market toll climbs to 27", "", "The mayor now says 27 people died when shells hit a street market.", "", "– Reuters", "",
      "6.15am", "Kyiv denies shelling the market", "", "Ukraine's armed forces denied shelling the market and called for an inquiry.", ""].join("\n");
    expect(parse(page, { timezone: "Pacific/Auckland" }).entries.map((e) => e.author)).toEqual(["Reuters", "Coastline reporters and wire services"]);
  });

  it("takes a bare name over its wire and a date as the page byline, and never a 'Follow World' button", () => {
    const page = ["Top End Daily", "", "News  Sport  World  Opinion", "", "LIVE", "Ukraine war live: Kyiv's troops press on", "",
      "Troops are holding ground won in a rapid advance. Follow our live coverage.", "", "Ellen Marsh", "Coastline NewsWire",
      "September 12, 2022 - 7:05PM", "Updated September 13, 2022 - 8:50AM", "", "Share", "Follow World", "Follow World to see its latest stories in My News.", "",
      "Latest updates", "", "8.50am", "Zelensky says 6000 square kilometres retaken", "", "Troops have won back about 6000 square kilometres this month, the president said.", "",
      "7.35am", "Power back for most of Kharkiv", "", "Most homes in Kharkiv have electricity again after a missile strike, the governor said.", ""].join("\n");
    expect(parse(page, { timezone: "Australia/Darwin" }).entries.map((e) => [e.headline, e.author])).toEqual([
      ["Zelensky says 6000 square kilometres retaken", "Ellen Marsh"],
      ["Power back for most of Kharkiv", "Ellen Marsh"],
    ]);
  });
});

describe("zones a text page states or implies", () => {
  const posts = ["Kupiansk toll rises to three", "9.05pm", "", "A third person has died after shelling in Kupiansk, the governor said.", "",
    "Grid operator warns of cuts", "6.40pm", "", "Ukraine's grid operator warned of longer power cuts in the capital region.", ""];

  it("takes no home from a menu row under the masthead that names the war's country ('News  Sport  What's on  …  Ukraine')", () => {
    const page = ["Brackwater Evening News", "News  Sport  What's on  Business  Opinion  Ukraine", "Log in | Register", "",
      "Ukraine war latest: shelling in Kupiansk", "Saturday 19 November 2022", "", ...posts].join("\n");
    const doc = parse(page);
    // British "9.05pm": UK time (GMT in November), not Kyiv's
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-11-19T21:05:00Z", "2022-11-19T18:40:00Z"]);
  });

  it("reads 'Times shown are local to Kyiv.' as the page's zone", () => {
    const page = ["THE SEAGATE REPORT", "News · Europe · Podcasts", "", "Live: Zaporizhzhia struck at dawn", "Sunday, 30 October 2022",
      "Times shown are local to Kyiv.", "", "08:05", "Zaporizhzhia hit at dawn", "", "Missiles struck an industrial area at dawn, the governor said.", "",
      "09:30", "Power line cut again", "", "The plant lost its last outside power line again, the operator said.", ""].join("\n");
    // Kyiv left summer time at 04:00 that morning: EET, UTC+2
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2022-10-30T06:05:00Z", "2022-10-30T07:30:00Z"]);
  });
});

describe("an English edition in a German site's chrome", () => {
  it("reads 'Stand: 19.11.2022, 18:05 Uhr' in Berlin's time and 'Von Jane Doe' as the byline, not a section", () => {
    const page = ["Rheinblick Review", "Startseite | Politik | Wirtschaft | International | English", "English edition", "",
      "Sunak in Kyiv, shells on Kupjansk: Saturday in the war", "", "Stand: 19.11.2022, 18:05 Uhr", "Von Katja Oberle", "",
      "The new British prime minister brought an air defence pledge to Kyiv.", "",
      "The surprise visit", "", "Rishi Sunak travelled to Kyiv on Saturday for talks with the president.", "",
      "Deadly shelling in Kupjansk", "", "Russian shelling killed two people in Kupjansk on Saturday, the governor said.", "", "Teilen", ""].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["The surprise visit", "2022-11-19T17:05:00Z", "Katja Oberle"],
      ["Deadly shelling in Kupjansk", "2022-11-19T17:05:00Z", "Katja Oberle"],
    ]);
    expect(doc.warnings.join(" ")).toMatch(/Europe\/Berlin.*German/);
  });
});

describe("story cards dated 'Updated …, first published …'", () => {
  it("dates each card by its first-published time, on the updated day when the first time names none", () => {
    const card = (h: string, by: string, date: string) =>
      `<div class="story-card"><h3><a href="/story/${h.length}/">${h}</a></h3><p class="standfirst">Officials said on Monday that the work would go on through the week.</p><p class="byline">By ${by}</p><p class="date">${date}</p></div>`;
    const page = html(`<header><a class="masthead" href="/">Goldfields Advertiser</a></header><main><h1>World</h1>${
      card("Election ruled out in wartime", "Jenna Ostler", "Updated November 7 2023 - 9:10am, first published 8:40am")}${
      card("Missiles hit the old town", "Associated Press", "Updated November 7 2023 - 12:20am, first published November 6 2023 - 11:50pm")}${
      card("Shelling kills two", "Associated Press", "November 6 2023 - 10:10pm")}</main>`);
    expect(parse(page, { timezone: "Australia/Melbourne" }).entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-11-06T21:40:00Z", "Jenna Ostler"], ["2023-11-06T12:50:00Z", "Associated Press"], ["2023-11-06T11:10:00Z", "Associated Press"]]);
  });
});

describe("a category page of story cards", () => {
  const card = (headline: string, who: string, stamp: string, text: string) =>
    `<div class="card overlay"><h3 class="card-title"><a href="/${headline.length}.html">${headline}</a></h3><div class="card-meta"><span class="author">Atlas Daily English - ${who}</span><span class="date-card">${stamp}</span></div><p class="card-text">${text}</p></div>`;
  const page = html(`<div class="top-langs"><a href="/ar">العربية</a> <a href="/fr">Français</a> <a class="active">English</a></div><header><a class="logo" href="/">Atlas Daily English</a></header><main><h1 class="category-title">World</h1><div class="posts">${
    card("Talks on Ukraine end without a statement", "Agencies", "Sunday 6 August 2023 - 22:10", "Two days of talks ended on Sunday without a final statement, diplomats said.")}${
    card("Wheat subsidy extended", "Karima Benali", "Sunday 6 August 2023 - 16:30", "The government will keep subsidising wheat imports until the end of the year.")}</div></main>`,
    "<title>World - Atlas Daily English - Morocco News</title>");

  it("reads cards a theme styles as 'overlay' as the page's items, and 'Outlet - Jane Doe' as Jane Doe", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.author])).toEqual([
      ["Talks on Ukraine end without a statement", "Agencies"],
      ["Wheat subsidy extended", "Karima Benali"],
    ]);
  });

  it("still reads a Persian menu's home (Tehran), though Persian is spoken elsewhere too", () => {
    const text = ["Pardis News Agency", "فارسی  English  Türkçe  العربية", "", "Home  Politics  Economy  World", "", "World", "",
      "Air defence downs drones over Belgorod", "", "MOSCOW, Jun. 03 (PNA) – Air defence systems destroyed nine drones late on Sunday, the ministry said.", "",
      "Jun 3, 2024, 12:40 AM", "News ID: 2164310", "", "Zelensky accuses Beijing over summit", "",
      "TEHRAN, Jun. 02 (PNA) – The Ukrainian president accused China of working against the peace conference.", "", "Jun 2, 2024, 10:05 PM", "News ID: 2164303", ""].join("\n");
    const doc = parse(text);
    // Tehran keeps UTC+3:30 (no summer time since 2022); the wire's dateline opens the text
    expect(doc.entries.map((e) => [e.published, e.body[0]!.slice(0, 22)])).toEqual([
      ["2024-06-02T21:10:00Z", "MOSCOW, Jun. 03 (PNA) "], ["2024-06-02T18:35:00Z", "TEHRAN, Jun. 02 (PNA) "]]);
  });

  it("takes no home from a menu offering Arabic and French (spoken on many clocks) but the country its title names", () => {
    const doc = parse(page);
    // Morocco kept UTC+1 in August 2023
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-08-06T21:10:00Z", "2023-08-06T15:30:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Casablanca/);
  });
});

describe("articles", () => {
  it("keeps a first section whose text opens 'By late evening …' (a sentence, not a byline)", () => {
    const page = ["MORVEN REVIEW", "News › Ukraine", "", "A rail town counts its dead", "", "A day of funerals in the east and a careful text in New Delhi.", "",
      "By Halyna Verbenko", "09.09.2023, 23:10 (Kyiv time)", "", "Five dead in the rail town", "",
      "By late evening the death toll in the town had reached five, among them a girl of 14, and 43 people were being treated for injuries, officials said.", "",
      "Rescue work ended after dark.", "", "A summit text Moscow can live with", "", "The declaration spoke of the war's suffering but avoided words Russia might object to.", "",
      "© Morven Review", ""].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.published, e.author, e.body.length])).toEqual([
      ["Five dead in the rail town", "2023-09-09T20:10:00Z", "Halyna Verbenko", 2],
      ["A summit text Moscow can live with", "2023-09-09T20:10:00Z", "Halyna Verbenko", 1],
    ]);
  });
});

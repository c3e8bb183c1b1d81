// Forms met on the eval/s pages after they were scored fresh (own pages, own words): cards stamped "Published: …
// Updated: …", year-first numeric stamps, "By Name for Outlet" bylines, a section label before a date in any order,
// bylines glued to the place and date, HTML updates laid out as a flat run of elements, HTML key-event lists, and a
// bare name under a block's heading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("cards stamped 'Published: <date, time>   Updated: <date, time>'", () => {
  const card = (head: string, when: string, edited: string, text: string, by: string) =>
    [head, `Published: ${when}   Updated: ${edited}`, "", text, "", by, ""];
  const page = [
    "The Harbour Ledger", "Home   Business   Sport", "", "Port dispute", "",
    ...card("Crane drivers vote to strike", "14 Mar. 2023, 19:10", "14 Mar. 2023, 19:45", "Crane drivers at the container port voted to stop work from Monday.", "BY ANA COSTA"),
    ...card("Shipping lines divert vessels", "14 Mar. 2023, 12:05", "14 Mar. 2023, 13:30", "Two shipping lines said they would send their vessels to other ports.", "BY LUIS MOTA"),
  ].join("\n");

  it("reads each card's first-published time, not its edit time, and keeps the stamp line out of the body", () => {
    const doc = parse(page, { timezone: "Europe/Lisbon" });
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Crane drivers vote to strike", "2023-03-14T19:10:00Z"],
      ["Shipping lines divert vessels", "2023-03-14T12:05:00Z"],
    ]);
    expect(doc.entries[0]!.body[0]).toMatch(/^Crane drivers at the container port/);
  });

  it("reads a page that states no zone in the time of the country its name carries, even a short one ('Korea')", () => {
    const korean = page.replace("The Harbour Ledger", "Korea Evening Post").replace("Port dispute", "Port dispute in Busan and Seoul");
    const doc = parse(korean);
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-03-14T10:10:00Z", "2023-03-14T03:05:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/read in Asia\/Seoul, from the place its name carries \(Korea\)/);
  });

  it("keeps a lone 'Published' line as the page's date, not an update", () => {
    const article = [
      "The Harbour Ledger", "", "Crane drivers vote to strike", "Published: 14 Mar. 2023, 19:10", "",
      "Crane drivers at the container port voted to stop work from Monday.", "",
      "The port authority said it would keep the gates open for lorries.", "",
    ].join("\n");
    const doc = parse(article, { timezone: "Europe/Lisbon" });
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]!.headline).toBe("Crane drivers vote to strike");
    expect(doc.entries[0]!.published?.slice(0, 10)).toBe("2023-03-14");
  });
});

describe("year-first numeric stamps and 'By Name for Outlet' bylines", () => {
  const post = (head: string, by: string, stamp: string, text: string) => [head, by, stamp, "", text, "", "Share on Facebook", "Email", ""];
  const page = [
    "Pacific Wire", "", "Latest News", "",
    ...post("Ferry service resumes after storm", "By Mele Tupou for Pacific Wire Tonga", "2023.05.11 18:20 EDT", "Ferries between the main islands sailed again on Thursday after a three-day pause."),
    ...post("Fishing fleet returns early", "By Sione Vea for Pacific Wire", "2023.05.11 09:45 EDT", "Most of the fishing fleet came back to port a day early as the winds rose."),
  ].join("\n");

  it("reads the stamp's date and zone and credits the writer, not the service", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Ferry service resumes after storm", "2023-05-11T22:20:00Z", "Mele Tupou"],
      ["Fishing fleet returns early", "2023-05-11T13:45:00Z", "Sione Vea"],
    ]);
  });
});

describe("a section label before a date and time whose parts come in any order; 'Author:' above the page's counters", () => {
  const story = (head: string, stamp: string, text: string, credit: string) =>
    [head, stamp, "", text, "", credit, "Views: 1 204", "Share: Facebook Twitter", ""];
  const page = [
    "Danube Daily", "Ruse News Service", "", "Home   Politics   Society   World", "",
    ...story("Bridge tolls rise from June", "Society | May 9, 2023, Tuesday // 17:30", "Tolls on the river bridge will rise by a fifth from the first of June.", "Author: Petar Ilchev"),
    ...story("Council approves new tram line", "Politics | May 9, 2023, Tuesday // 11:05", "The city council approved plans for a tram line to the eastern districts.", "Author: Mila Georgieva"),
    "« Previous   1 2 3   Next »", "",
    "Danube Daily (Ruse News Service) © All rights reserved.",
  ].join("\n");

  it("dates each story by its own line and credits its author, not the footer", () => {
    const doc = parse(page, { timezone: "Europe/Sofia" });
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Bridge tolls rise from June", "2023-05-09T14:30:00Z", "Petar Ilchev"],
      ["Council approves new tram line", "2023-05-09T08:05:00Z", "Mila Georgieva"],
    ]);
  });
});

describe("bylines glued to the place and date, under a section label glued to the next headline", () => {
  const item = (head: string, stamp: string, text: string) => ["Features", head, stamp, "", text, "", "Read more", ""];
  const page = [
    "RiverlandsReport", "Stories from the valley", "", "Tag", "Rail", "",
    ...item("Night trains return to the valley line", "Jana NovákováViennaMarch 2, 2023 20:40", "Night trains will run on the valley line again from the summer, the operator said."),
    ...item("Station roof repairs finished", "Tomas BergerLinzMarch 2, 2023 15:10", "Workers finished repairing the roof of the main station two weeks early."),
    ...item("Ticket machines replaced", "Valley Wire ServiceSalzburgMarch 2, 2023 09:25", "All ticket machines on the line have been replaced with new ones."),
  ].join("\n");

  it("credits the writer, reads the times where the updates are filed, and leaves the label to no one", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Night trains return to the valley line", "2023-03-02T19:40:00Z", "Jana Nováková"],
      ["Station roof repairs finished", "2023-03-02T14:10:00Z", "Tomas Berger"],
      ["Ticket machines replaced", "2023-03-02T08:25:00Z", "Valley Wire Service"],
    ]);
    expect(doc.warnings.join(" ")).toMatch(/filed \(Vienna\)/);
  });
});

describe("an HTML live page whose updates are a flat run of elements", () => {
  const update = (time: string, head: string, text: string) =>
    `<p><strong>${time}</strong></p>\n<h3>${head}</h3>\n<p>${text}</p>\n<hr/>`;
  const page = `<!DOCTYPE html><html lang="en"><head><title>LIVE: Typhoon season updates</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LIVE: Typhoon season updates",
"datePublished":"2023-08-03T07:00:00+08:00","author":{"@type":"Person","name":"Rosa Villanueva"},"publisher":{"@type":"Organization","name":"Island Times"}}</script>
</head><body><header><a class="logo">Island Times</a><nav><a>Nation</a> <a>World</a></nav></header>
<main><h1>LIVE: Typhoon season updates</h1><div class="byline">Rosa Villanueva</div>
<div class="post-content"><p>We are following the storm as it nears the coast. All times are Philippine time.</p>
<h4>Thursday, August 3, 2023</h4>
${update("9:15 p.m.", "Classes suspended in three provinces", "Schools in three provinces will stay closed on Friday as the storm approaches.")}
${update("2:40 p.m.", "Ferries halted at main ports", "The coast guard stopped all ferry trips from the main ports until further notice.")}
${update("8:05 a.m.", "Storm strengthens overnight", "The weather bureau said the storm had gained strength over warm waters.")}
</div></main><footer>© Island Times</footer></body></html>`;

  it("reads one update per stamp, in the zone the page states, signed by the page's byline", () => {
    const doc = parse(page, {}, "https://islandtimes.example.ph/live");
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Classes suspended in three provinces", "2023-08-03T13:15:00Z", "Rosa Villanueva"],
      ["Ferries halted at main ports", "2023-08-03T06:40:00Z", "Rosa Villanueva"],
      ["Storm strengthens overnight", "2023-08-03T00:05:00Z", "Rosa Villanueva"],
    ]);
    expect(doc.entries[1]!.body).toEqual(["The coast guard stopped all ferry trips from the main ports until further notice."]);
  });
});

describe("an HTML article that is a key-events list", () => {
  const bullet = (text: string) => `<li>${text}</li>`;
  const page = `<!DOCTYPE html><html lang="en"><head><title>Election count: key events | Coastal Herald</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Election count: key events",
"datePublished":"2025-05-06T09:30:00+02:00","author":{"@type":"Person","name":"Elena Borg"}}</script></head><body>
<header><a>Coastal Herald</a></header><main><article><h1>Election count: key events</h1>
<div class="meta"><span>Elena Borg</span> <span>Tuesday, 6 May 2025, 09:30</span></div>
<p>Here are the main developments of the count so far.</p><h2>Key events</h2><ul>
${bullet("Turnout reached 71 percent, the highest in twenty years, the electoral commission said on Tuesday morning after the polls closed.")}
${bullet("The governing party held its seats in the northern districts but lost two in the capital to independent candidates.")}
${bullet("Counting in the islands was delayed by a storm that kept ballot boxes on the ferries until late in the night.")}
${bullet("Observers from the regional assembly said the vote had been orderly and praised the new electronic register.")}
</ul><p>This list will be updated.</p></article></main></body></html>`;

  it("gives one entry per bullet, of the article's time and byline", () => {
    const doc = parse(page, {}, "https://coastalherald.example/count");
    expect(doc.entries).toHaveLength(4);
    expect(doc.entries.map((e) => e.published)).toEqual(Array(4).fill("2025-05-06T07:30:00Z"));
    expect(doc.entries.map((e) => e.author)).toEqual(Array(4).fill("Elena Borg"));
    expect(doc.entries[2]!.body[0]).toMatch(/^Counting in the islands/);
  });
});

describe("HTML update blocks with a bare name under the heading", () => {
  const block = (time: string, head: string, by: string, text: string) =>
    `<section class="post"><p class="post-time">${time}</p><h2>${head}</h2><p class="post-by">${by}</p><p>${text}</p><p class="share">Share this post</p></section>`;
  const page = `<!DOCTYPE html><html lang="en-GB"><head><title>Marathon day live | Moorland Echo</title></head><body>
<main><h1>Marathon day live</h1><p>Sunday 21 May 2023 · Updated 4.30pm BST</p>
${block("4.30pm", "Course record falls", "Ellen Marsh", "The men's course record fell by eleven seconds in warm conditions.")}
${block("1.15pm", "Roads reopen in the centre", "Owen Price", "All roads in the city centre reopened shortly after one o'clock.")}
${block("9.00am", "Runners set off", "Ellen Marsh", "More than twelve thousand runners set off from the park at nine.")}
</main></body></html>`;

  it("credits the name to the block and keeps it out of the body", () => {
    const doc = parse(page, {}, "https://moorlandecho.example/live");
    expect(doc.entries.map((e) => e.author)).toEqual(["Ellen Marsh", "Owen Price", "Ellen Marsh"]);
    expect(doc.entries[0]!.body[0]).toBe("The men's course record fell by eleven seconds in warm conditions.");
  });
});

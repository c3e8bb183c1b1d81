// Forms met on the eval/n pages after they were scored fresh (own pages, own words): ages with the poster's handle,
// three-letter language menus, JSON-LD that copies the page's date into every update, a headline asked as a
// question, a masthead over its menu row, "20h45 | Headline" stamps, and a date whose weekday names its year.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("a thread whose posts close with their age and poster ('14 minutes ago by /u/handle')", () => {
  const page = [
    "r/citynews", "Log In", "", "LIVE", "Harbour fire — live thread", "",
    "Updates on the dockside fire. Sorted by new.", "Thread last refreshed: Tue 14 Mar 2023, 18:30 UTC", "",
    "Crews say the fire in the third warehouse is now under control, though smoke will linger overnight.", "",
    "just now by /u/quay_watcher", "permalink · report", "",
    "The port authority has closed the north gate to all traffic until further notice, a spokesperson said.", "",
    "25 minutes ago by /u/harbour_pilot", "permalink · report", "",
    "Residents of the nearest streets were told to keep their windows shut because of the smoke.", "",
    "2 hours ago by /u/quay_watcher", "permalink · report",
  ].join("\n");

  it("counts each age back from the refresh time and credits the handle", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-03-14T18:30:00Z", "quay_watcher"],
      ["2023-03-14T18:05:00Z", "harbour_pilot"],
      ["2023-03-14T16:30:00Z", "quay_watcher"],
    ]);
  });
});

describe("an HTML news list with a three-letter language menu and an 'Official website of …' link home", () => {
  const page = `<!DOCTYPE html><html lang="en"><head><title>News</title></head><body>
<div class="header"><a href="/en">Official website of the Mayor of Lviv</a><div class="lang">УКР | ENG</div></div>
<div class="content"><h1>News</h1>
<div class="item"><h3><a href="/en/news/3">Mayor opens the new tram line</a></h3><p class="date">14 June 2023 - 18:20</p><p>The mayor opened the western tram line after two years of works.</p></div>
<div class="item"><h3><a href="/en/news/2">Water supply restored in two districts</a></h3><p class="date">14 June 2023 - 12:05</p><p>Water came back to homes in two districts after repairs to a main pipe.</p></div>
<div class="item"><h3><a href="/en/news/1">City council meets on the budget</a></h3><p class="date">14 June 2023 - 09:40</p><p>The council met to discuss changes to this year's budget.</p></div>
</div></body></html>`;

  it("reads the times in the menu's home country (Ukraine: Kyiv time) and names the source after the office", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => e.published)).toEqual(["2023-06-14T15:20:00Z", "2023-06-14T09:05:00Z", "2023-06-14T06:40:00Z"]);
    expect(parsed.sourceName).toBe("Mayor of Lviv");
  });
});

describe("a live blog whose JSON-LD gives every update the page's date while the HTML prints each time", () => {
  const update = (n: number, head: string, text: string) =>
    `{"@type":"BlogPosting","headline":"${head}","datePublished":"2023-05-13T08:10:00+01:00","articleBody":"${text}","url":"https://paper.example/live#p-${n}"}`;
  const post = (n: number, time: string, head: string, text: string) =>
    `<div class="post" id="p-${n}"><div class="post__meta"><span class="author">Nell Carver</span><span class="time">${time}</span></div><h2>${head}</h2><p>${text}</p></div>`;
  const items: [string, string, string][] = [
    ["21:15, 13 May 2023", "Lifeboat crews called out twice", "The lifeboat was launched twice in the evening to help small boats."],
    ["16:40, 13 May 2023", "Harbour wall repairs begin", "Contractors began repairing the damaged harbour wall on Saturday."],
    ["09:05, 13 May 2023", "Storm warning lifted", "The storm warning for the coast was lifted in the morning."],
  ];
  const ld = `{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Coast live","datePublished":"2023-05-13T08:10:00+01:00",` +
    `"liveBlogUpdate":[${items.map(([, h, t], i) => update(i, h, t)).join(",")}]}`;
  const page = `<!DOCTYPE html><html lang="en-GB"><head><title>Coast live</title><script type="application/ld+json">${ld}</script></head>` +
    `<body><main><h1>Coast live</h1>${items.map(([time, h, t], i) => post(i, time, h, t)).join("\n")}</main></body></html>`;

  it("takes each update's time from the HTML, in UK time for an en-GB page", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => e.published)).toEqual(["2023-05-13T20:15:00Z", "2023-05-13T15:40:00Z", "2023-05-13T08:05:00Z"]);
    expect(parsed.warnings.join(" ")).toMatch(/read from the time the HTML prints/);
  });
});

describe("a text article headed by a question, its dateline under the byline", () => {
  const page = [
    "Fenwick Examiner", "News | Analysis | Comment", "", "ANALYSIS", "",
    "Can the ferry company survive another winter?", "",
    "Two storms and a strike have emptied its accounts. Our business editor looks at the numbers.", "",
    "By Ros Kettle, Business Editor", "11 November 2022, 09:45 GMT", "",
    "The losses", "", "The company lost money on every crossing in the last quarter, its accounts show.", "",
    "The options", "", "Selling two of its four ships is one way out, analysts say.", "",
  ].join("\n");

  it("keeps the question as the title and reads the dateline's day and time", () => {
    const parsed = parse(page);
    expect(parsed.title).toBe("Can the ferry company survive another winter?");
    expect(parsed.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["The losses", "2022-11-11T09:45:00Z", "Ros Kettle"],
      ["The options", "2022-11-11T09:45:00Z", "Ros Kettle"],
    ]);
  });

  it("names the source after the masthead over the menu row", () => {
    expect(parse(page).sourceName).toBe("Fenwick Examiner");
  });
});

describe("stamps printed '20h45 | Headline' and a date divider whose weekday names the year", () => {
  const page = [
    "MARNE POST", "Home News World Sport", "", "Live: the river festival", "",
    "Saturday 30 December", "Paris time (CET). Newest first.", "",
    "22h10 | Pictured: lanterns on the water", "",
    "19h35 | Fireworks postponed by the wind", "", "The organisers moved the fireworks to Sunday because of strong gusts.", "",
    "15h05 | Crowds line both banks", "", "Thousands of people gathered along the river for the parade of boats.", "",
  ].join("\n");

  it("reads each stamp's headline and time, in the latest year in which 30 December is a Saturday", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Pictured: lanterns on the water", "2023-12-30T21:10:00Z"],
      ["Fireworks postponed by the wind", "2023-12-30T18:35:00Z"],
      ["Crowds line both banks", "2023-12-30T14:05:00Z"],
    ]);
    expect(parsed.warnings.join(" ")).toMatch(/read in 2023, the latest year in which 30\/12 is a Saturday/);
    expect(parsed.sourceName).toBe("Marne Post");
  });
});

describe("an age followed by who posted it", () => {
  it("takes a handle after 'by' and a person's name after a dot, never a section label", async () => {
    const { matchStamp } = await import("../src/parse/text-stamps.ts");
    expect(matchStamp("25 minutes ago by /u/harbour_pilot", 0)).toMatchObject({ ago: 25, author: "harbour_pilot" });
    expect(matchStamp("2 hours ago · Nell Carver", 0)).toMatchObject({ ago: 120, author: "Nell Carver" });
    expect(matchStamp("3 hours ago · World", 0)?.author ?? null).toBeNull();
  });
});

// A second round of layouts written after the first fixes: byline forms (above the headline, in capitals, with a
// role, closing the update, "Name / Outlet", "Name · 14:32", "14:05 | Name", "Posted by Name at 12:05") and stamp
// forms ("Tue 12:05", "11:00 (Kyiv time)", "10:15 local time", "March 5, 2024 / 9:40 AM"). First run: none of the
// three pages read right (p1: 3 authors wrong and the masthead taken from a byline; p2: 2 of 4 updates; p3: 2 of 6).
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";
import { matchStamp } from "../../src/parse/text-stamps.ts";

const parse = (body: string) =>
  parseDocument(
    { sourceId: "t", location: "/probe.txt", body: body.trim(), contentType: null, fetchedAt: "2024-03-06T10:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null },
  );

describe("byline forms", () => {
  it("above the headline, in capitals, labelled, closing the update, with a role", () => {
    const doc = parse(`
Ukraine live: talks and strikes
Updated 5 March 2024 14:40 GMT
14:32 GMT
By Jane Holt
Power restored in Kyiv region
Engineers restored power to most homes in the Kyiv region, the grid operator said.
13:10 GMT
Lithuania pledges more drones
BY TOM REYES
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
12:05 GMT
Kharkiv metro reopens
Reporter: Anna Sokol
The Kharkiv metro reopened after a day of repairs, the city council said.
11:00 GMT
Sweden sends more aid
Sweden announced a new aid package for Ukraine worth two billion crowns, its government said.
Jane Holt and Tom Reyes
10:15 GMT
Poland closes crossing
Poland closed a border crossing for repairs, its border guard said.
Anna Sokol / Riverbank Times
09:40 GMT
Grain ships sail
By Jane Holt, Kyiv correspondent
Three more cargo ships left Ukrainian ports through the Black Sea corridor, the navy said.
`);
    expect(doc.sourceName).toBe("probe");
    expect(doc.entries.map((e) => e.author)).toEqual([
      "Jane Holt", "Tom Reyes", "Anna Sokol", "Jane Holt and Tom Reyes", "Anna Sokol", "Jane Holt",
    ]);
    expect(doc.entries.flatMap((e) => e.body).some((p) => /Holt|Reyes|Sokol/.test(p))).toBe(false);
  });

  it("beside the time: 'Name · 14:32', 'Posted by Name at 12:05', '14:05 | Name'", () => {
    const doc = parse(`
Ukraine live: talks and strikes
Tuesday 5 March 2024
Jane Holt · 14:32
Power restored in Kyiv region
Engineers restored power to most homes in the Kyiv region, the grid operator said.
Tom Reyes · 13:10
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
Posted by Anna Sokol at 12:05
Kharkiv metro reopens
The Kharkiv metro reopened after a day of repairs, the city council said.
14:05 | Jane Holt
Sweden sends more aid
Sweden announced a new aid package for Ukraine worth two billion crowns, its government said.
All times are Kyiv time.
`);
    expect(doc.title).toBe("Ukraine live: talks and strikes");
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2024-03-05T12:32:00Z", "Jane Holt"], ["2024-03-05T11:10:00Z", "Tom Reyes"],
      ["2024-03-05T10:05:00Z", "Anna Sokol"], ["2024-03-05T12:05:00Z", "Jane Holt"],
    ]);
  });
});

describe("stamp forms", () => {
  it("a weekday before the time, a city's time, local time, a date and time split by a slash", () => {
    expect(parse(`
Ukraine live: talks and strikes
5 Mar, 14:32
Power restored in Kyiv region
Engineers restored power to most homes in the Kyiv region, the grid operator said.
5 Mar, 13:10
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
Tue 12:05
Kharkiv metro reopens
The Kharkiv metro reopened after a day of repairs, the city council said.
11:00 (Kyiv time)
Sweden sends more aid
Sweden announced a new aid package for Ukraine worth two billion crowns, its government said.
10:15 local time
Poland closes crossing
Poland closed a border crossing for repairs, its border guard said.
March 5, 2024 / 9:40 AM
Grain ships sail
Three more cargo ships left Ukrainian ports through the Black Sea corridor, the navy said.
`).entries.map((e) => e.published)).toEqual([
      "2024-03-05T14:32:00Z", "2024-03-05T13:10:00Z", "2024-03-05T12:05:00Z", "2024-03-05T09:00:00Z",
      "2024-03-05T10:15:00Z", "2024-03-05T09:40:00Z",
    ]);
  });
});

describe("bylines in HTML blocks", () => {
  it("'Story by', 'Written by Name | Outlet', a closing 'Name, Place', 'BY NAME'; a company footer", () => {
    const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>War in Ukraine live | Lakeside Courier</title></head>
<body><main>
<h1>War in Ukraine live</h1>
<p class="meta">Updated 5 March 2024, 14:40 CET</p>
<div class="posts">
 <div class="post"><div class="post-time">14:32</div>
  <h2>Power restored in Kyiv region</h2>
  <p class="credit">Story by Jane Holt</p>
  <p>Engineers restored power to most homes in the Kyiv region, the grid operator said.</p></div>
 <div class="post"><div class="post-time">13:10</div>
  <h2>Lithuania pledges more drones</h2>
  <p>Written by Tom Reyes | Lakeside Courier</p>
  <p>Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.</p></div>
 <div class="post"><div class="post-time">12:05</div>
  <h2>Kharkiv metro reopens</h2>
  <p>The Kharkiv metro reopened after a day of repairs, the city council said.</p>
  <p>Anna Sokol, Kharkiv</p></div>
 <div class="post"><div class="post-time">11:00</div>
  <h2>Sweden sends more aid</h2>
  <p>BY JANE HOLT</p>
  <p>Sweden announced a new aid package for Ukraine worth two billion crowns, its government said.</p></div>
</div>
<footer>© 2024 Lakeside Courier Media Ltd</footer>
</main></body></html>`;
    const doc = parseDocument(
      { sourceId: "t", location: "/probe.html", body: html, contentType: "text/html", fetchedAt: "2024-03-06T10:00:00Z" },
      { format: "auto", date: null, timezone: null, sourceName: null, url: null },
    );
    expect(doc.sourceName).toBe("Lakeside Courier");
    expect(doc.entries.map((e) => [e.published, e.author, e.body])).toEqual([
      ["2024-03-05T13:32:00Z", "Jane Holt", ["Engineers restored power to most homes in the Kyiv region, the grid operator said."]],
      ["2024-03-05T12:10:00Z", "Tom Reyes", ["Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said."]],
      ["2024-03-05T11:05:00Z", "Anna Sokol", ["The Kharkiv metro reopened after a day of repairs, the city council said."]],
      ["2024-03-05T10:00:00Z", "Jane Holt", ["Sweden announced a new aid package for Ukraine worth two billion crowns, its government said."]],
    ]);
  });
});

describe("one stamp line", () => {
  it.each([
    ["Posted: 14:05", 845, null, null],
    ["14:05 (GMT+2)", 845, "+02:00", null],
    ["14.05h", 845, null, null],
    ["14:05 - 5 Mar 2024", 845, null, 5],
    ["Tue, 5 Mar 2024 14:05:33 GMT", 845, "UTC", 5],
    ["14:05:33", 845, null, null],
    ["Yesterday, 21:40", 1300, null, null],
  ])("%s", (line, minutes, zone, day) => {
    const stamp = matchStamp(line, 0)!;
    expect([stamp.minutes, stamp.zone, stamp.date?.day ?? null]).toEqual([minutes, zone, day]);
  });
});

describe("labels over an update's headline", () => {
  it("'Key event', 'Analysis', 'Update' are no headline; a pinned summary keeps its own time", () => {
    expect(parse(`
Russia-Ukraine war live: Kyiv hit by drones
Tue 5 Mar 2024 14.40 GMT
Pinned post
9.05am GMT
Summary of the day so far
Here is a short look at where things stand this morning.
2.32pm GMT
Key event
Drones hit energy site near Kyiv
A drone struck an energy facility near Kyiv, the regional governor said. Nobody was hurt.
Updated at 2.40pm GMT
1.10pm GMT
Analysis
What Lithuania's drone pledge means
Lithuania's latest pledge is small but symbolically important, analysts said. It follows months of talks.
12.05pm GMT
Update
Kharkiv metro reopens after repairs
The Kharkiv metro reopened after a day of repairs, the city council said.
Share
`).entries.map((e) => [e.headline, e.published])).toEqual([
      ["Summary of the day so far", "2024-03-05T09:05:00Z"],
      ["Drones hit energy site near Kyiv", "2024-03-05T14:32:00Z"],
      ["What Lithuania's drone pledge means", "2024-03-05T13:10:00Z"],
      ["Kharkiv metro reopens after repairs", "2024-03-05T12:05:00Z"],
    ]);
  });
});

describe("a page dated only at its end", () => {
  const page = `
Ukraine war live: Kyiv hit by drones
14:32 GMT
Power restored in Kyiv region
Engineers restored power to most homes in the Kyiv region, the grid operator said.
13:10 GMT
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
12:05 GMT
Kharkiv metro reopens
The Kharkiv metro reopened after a day of repairs, the city council said.
This article was first published on Mon 4 Mar 2024 06.10 GMT
`;
  it("dates its updates from the labelled date there, not the fetch day", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-04T14:32:00Z", "2024-03-04T13:10:00Z", "2024-03-04T12:05:00Z"]);
    expect(doc.warnings).toEqual([]);
    const numeric = page.replace(/^This article.*$/m, "Last updated: 04/03/2024 14:40");
    expect(parse(numeric).entries.map((e) => e.published?.slice(0, 10))).toEqual(["2024-03-04", "2024-03-04", "2024-03-04"]);
  });
  it("an unlabelled date at the end (a related link's) dates nothing", () => {
    const related = page.replace(/^This article.*$/m, "Related: Winter grid repairs explained\n2 February 2024");
    expect(parse(related).entries.map((e) => e.published?.slice(0, 10))).toEqual(["2024-03-06", "2024-03-06", "2024-03-06"]);
  });
});

describe("article bylines", () => {
  it.each(["Jane Holt / Lakeside Courier", "Author: Jane Holt", "Jane Holt, 5 March 2024", "Words: Jane Holt", "Story by Jane Holt", "BY JANE HOLT"])(
    "%s",
    (byline) => {
      const page = ["Kyiv restores power after overnight strikes", "Engineers worked through the night in the capital region.", byline,
        "5 March 2024, 09:30 GMT",
        "Engineers restored power to most homes in the Kyiv region after overnight strikes, the grid operator said on Tuesday.",
        "Repairs to two substations will take several more days, it added in a statement."].join("\n");
      const [entry] = parse(page).entries;
      expect([entry!.author, entry!.published, entry!.body[0]!.slice(0, 20)]).toEqual(["Jane Holt", "2024-03-05T09:30:00Z", "Engineers restored p"]);
    },
  );
});

describe("'Read more' tails", () => {
  it("'READ MORE:' over a link, 'Also read:', 'See also:', 'Read the full story here.', 'Related:' leave the body", () => {
    const bodies = parse(`
Ukraine war live: Kyiv hit by drones
Updated 5 March 2024 14:40 GMT
14:32 GMT
Power restored in Kyiv region
Engineers restored power to most homes in the Kyiv region, the grid operator said.
READ MORE:
How Ukraine keeps the lights on through the winter
13:10 GMT
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
Also read: Baltic states boost defence spending
12:05 GMT
Kharkiv metro reopens
The Kharkiv metro reopened after a day of repairs, the city council said.
See also: Kharkiv's underground schools explained.
11:00 GMT
Sweden sends more aid
Sweden announced a new aid package for Ukraine worth two billion crowns, its government said.
Read the full story here.
10:15 GMT
Poland closes crossing
Poland closed a border crossing for repairs, its border guard said.
Related: Farmers' protests explained.
`).entries.map((e) => e.body);
    expect(bodies).toHaveLength(5);
    expect(bodies.every((b) => b.length === 1)).toBe(true);
  });
});

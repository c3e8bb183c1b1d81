// The open forms on HTML pages of printed-stamp blocks: a day word before a time, an agency credit closing one
// block, and a media post whose only text is its label.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Frontline digest | Riverbank Times</title>
<meta property="og:site_name" content="Riverbank Times"></head>
<body><main>
  <h1>Frontline digest</h1>
  <div class="page-info">Last updated: 10:30 GMT, 5 March 2024</div>
  <div class="feed">
    <article class="item"><span class="when">Today at 09:50</span>
      <h3>Sea drones hit patrol boat</h3>
      <p>Ukraine's navy said its sea drones damaged a patrol boat near the Crimean coast before dawn.</p>
      <p>— AFP</p>
    </article>
    <article class="item"><span class="when">Yesterday at 9:05 pm</span>
      <h3>Zelensky thanks allies for shells</h3>
      <p>Ukraine's president thanked partners for a new delivery of artillery shells in his evening address.</p>
    </article>
    <article class="item"><span class="when">yesterday 17:40</span>
      <h3>Watch:</h3>
      <p>Rescuers carry an elderly woman out of a damaged house in the Sumy region.</p>
    </article>
    <article class="item"><span class="when">2 days ago</span>
      <h3>Moldova expels diplomat</h3>
      <p>Moldova told a Russian diplomat to leave the country within three days, its foreign ministry said.</p>
      <p>(Reuters)</p>
    </article>
  </div>
</main></body></html>`;

describe("printed-stamp blocks", () => {
  it("date 'today'/'yesterday' stamps from the refresh day, credit closing agencies, drop media labels", () => {
    const doc = parseDocument(
      { sourceId: "t", location: "/feed.html", body: PAGE, contentType: "text/html", fetchedAt: "2024-03-06T10:00:00Z" },
      { format: "auto", date: null, timezone: null, sourceName: null, url: null },
    );
    expect(doc.entries.map((e) => [e.headline, e.published, e.author, e.body])).toEqual([
      ["Sea drones hit patrol boat", "2024-03-05T09:50:00Z", "AFP",
        ["Ukraine's navy said its sea drones damaged a patrol boat near the Crimean coast before dawn."]],
      ["Zelensky thanks allies for shells", "2024-03-04T21:05:00Z", null,
        ["Ukraine's president thanked partners for a new delivery of artillery shells in his evening address."]],
      [null, "2024-03-04T17:40:00Z", null, ["Rescuers carry an elderly woman out of a damaged house in the Sumy region."]],
      ["Moldova expels diplomat", "2024-03-03T10:30:00Z", "Reuters",
        ["Moldova told a Russian diplomat to leave the country within three days, its foreign ministry said."]],
    ]);
  });
});

describe("an HTML page dated only in its footer", () => {
  it("dates its printed stamps from the labelled date there, not the fetch day", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Live | Hill Post</title></head><body><main><h1>Live</h1>
<div class="feed">
<div class="item"><span class="t">14:32</span><h3>Power restored in Kyiv region</h3>
<p>Engineers restored power to most homes in the Kyiv region, the grid operator said.</p></div>
<div class="item"><span class="t">13:10</span><h3>Lithuania pledges more drones</h3>
<p>Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.</p></div>
</div><p class="foot">First published 4 March 2024</p></main></body></html>`;
    const doc = parseDocument(
      { sourceId: "t", location: "/foot.html", body: html, contentType: "text/html", fetchedAt: "2024-03-06T10:00:00Z" },
      { format: "auto", date: null, timezone: null, sourceName: null, url: null },
    );
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-04T14:32:00Z", "2024-03-04T13:10:00Z"]);
  });
});

describe("posts whose own <header> holds a printed stamp and the headline", () => {
  it("reads each post, its header kept (the page's header still goes)", () => {
    const post = (id: string, t: string, h: string, p: string) => `<article class="entry" id="${id}"><header>
<span class="clock">${t}</span><h2>${h}</h2></header>${p}<p class="byline">By Ines Moretti</p>
<footer><button>Share</button></footer></article>`;
    const html = `<!DOCTYPE html><html lang="en"><head><title>Live | Vale Courier</title></head><body>
<header class="masthead"><a href="/">Vale Courier</a></header><main><h1>Live: the budget week</h1>
<p class="dateline">Tuesday 5 March 2024 · All times are Paris time (CET)</p>
${post("a1", "18:20", "Council passes the roads plan", "<p>The council voted the roads plan through after a long evening debate.</p>")}
${post("a2", "16:05", "Pictured: the packed public gallery", "")}
${post("a3", "11:40", "Library keeps its opening hours", "<p>The library service will keep its hours for another year, the mayor said.</p>")}
</main></body></html>`;
    const doc = parseDocument(
      { sourceId: "t", location: "/live.html", body: html, contentType: "text/html", fetchedAt: "2024-03-06T10:00:00Z" },
      { format: "auto", date: null, timezone: null, sourceName: null, url: null },
    );
    expect(doc.entries.map((e) => [e.headline, e.published, e.author, e.body.length])).toEqual([
      ["Council passes the roads plan", "2024-03-05T17:20:00Z", "Ines Moretti", 1],
      ["Pictured: the packed public gallery", "2024-03-05T15:05:00Z", "Ines Moretti", 0],
      ["Library keeps its opening hours", "2024-03-05T10:40:00Z", "Ines Moretti", 1],
    ]);
  });
});

describe("a timeline of list items led by a printed stamp, grouped under date headings", () => {
  // Our own page: a ferry storm told hour by hour, two day headings, each over its own list, crossing midnight.
  const TIMELINE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>How the storm reached the islands | Northgate Wire</title></head>
<body><header>Northgate Wire</header><main><article>
<h1>How the storm reached the islands</h1>
<p class="byline">By Ola Berg</p><p class="date">March 6, 2024 9:30 a.m. EST</p>
<p>The storm cut the islands off from the mainland for a night. This is how the hours went.</p>
<h3>Monday, March 4</h3><ol class="steps">
<li><b>8:15 p.m.</b> – The coast guard warns ferries to stay in port as the wind rises. Two crossings are cancelled.</li>
<li><b>10:40 p.m.</b> – Power fails on the northern island after a line comes down near the harbour.</li>
</ol>
<h3>Tuesday, March 5</h3><ol class="steps">
<li><b>1:05 a.m.</b> – Rescuers reach a fishing boat adrift off the cape and bring its crew of three ashore.</li>
<li><b>6:50 a.m.</b> – The governor says schools on both islands will stay closed for the day.</li>
<li><b>11:00 a.m.</b> – The first ferry since the storm leaves the mainland with repair crews on board.</li>
</ol>
<p>Copyright 2024 Northgate Wire.</p></article></main></body></html>`;

  it("reads one update per item, dated by the heading above it, its stamp off the body", () => {
    const doc = parseDocument(
      { sourceId: "t", location: "https://wire.example.org/timeline", body: TIMELINE, contentType: null, fetchedAt: "2024-03-07T08:00:00Z" },
      { format: "auto", date: null, timezone: "America/New_York", sourceName: null, url: null },
    );
    expect(doc.entries.map((e) => e.published)).toEqual([
      "2024-03-05T01:15:00Z", "2024-03-05T03:40:00Z", "2024-03-05T06:05:00Z", "2024-03-05T11:50:00Z", "2024-03-05T16:00:00Z",
    ]);
    expect(doc.entries.map((e) => e.body[0])).toEqual([
      "The coast guard warns ferries to stay in port as the wind rises. Two crossings are cancelled.",
      "Power fails on the northern island after a line comes down near the harbour.",
      "Rescuers reach a fishing boat adrift off the cape and bring its crew of three ashore.",
      "The governor says schools on both islands will stay closed for the day.",
      "The first ferry since the storm leaves the mainland with repair crews on board.",
    ]);
    expect(doc.entries.every((e) => e.headline === null && e.author === "Ola Berg")).toBe(true);
  });
});

// The forms the last blind review left open, each as a general rule on a page of our own: single agency credits,
// media-label posts, relative day stamps, video lengths, kicker lines over a title, corporate copyright holders.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";
import { outletName } from "../../src/source-name.ts";

const parse = (body: string, fetchedAt = "2024-03-06T10:00:00Z") =>
  parseDocument(
    { sourceId: "t", location: "/forms.txt", body: body.trim(), contentType: null, fetchedAt },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null },
  );
const rows = (body: string, fetchedAt?: string) =>
  parse(body, fetchedAt).entries.map((e) => [e.headline, e.published, e.author, e.body[0] ?? null]);

describe("an agency credit that closes one update", () => {
  const page = `
Ukraine war live: strikes on energy sites
Updated 5 March 2024 14:40 GMT
14:32 GMT
Kyiv region power restored
Engineers restored power to most homes in the Kyiv region after overnight strikes, the grid operator said.
— AFP
13:10 GMT
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
11:55 GMT
Russian missile hits Zaporizhzhia
A Russian missile hit an industrial site in Zaporizhzhia, regional officials said. Two workers were hurt.
(Reuters)
10:20 GMT
Hungary blocks EU statement
Hungary blocked a joint EU statement on Ukraine's accession talks, diplomats said.
Agencies
09:05 GMT
Black Sea grain ships sail on
Three more cargo ships left Ukrainian ports through the Black Sea corridor, the navy said.
`;
  it("is that update's author, not the next one's, and leaves the body", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.author)).toEqual(["AFP", null, "Reuters", "Agencies", null]);
    expect(entries.flatMap((e) => e.body).filter((p) => /AFP|Reuters|Agencies/.test(p))).toEqual([]);
  });
  it("gives way to the author a signature stamp names (a photo credit there)", () => {
    const signed = [
      "Kyiv counts damage after strikes",
      "Engineers restored power to most homes in the Kyiv region after overnight strikes, the grid operator said.",
      "(Reuters)",
      "Jane Holt5 March 2024 14:32",
      "Lithuania pledges more drones",
      "Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.",
      "Tom Reyes5 March 2024 13:10",
    ].join("\n");
    expect(parse(signed).entries.map((e) => e.author)).toEqual(["Jane Holt", "Tom Reyes"]);
  });
});

describe("photo-only and video-only posts", () => {
  it("take no headline from their media label; a post with nothing but a label goes", () => {
    expect(rows(`
Ukraine war live: rescue work continues in Odesa
Updated 5 March 2024 14:40 GMT
14:32 GMT
Video
Rescuers search the ruins of a block of flats in Odesa after the overnight strike.
13:10 GMT
Watch:
▶ 0:45
Firefighters put out a blaze at a depot in Dnipro.
12:00 GMT
Photo
11:55 GMT
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
10:20 GMT
Photo
Volunteers unload food parcels in Kharkiv on Tuesday morning.
`)).toEqual([
      [null, "2024-03-05T14:32:00Z", null, "Rescuers search the ruins of a block of flats in Odesa after the overnight strike."],
      [null, "2024-03-05T13:10:00Z", null, "Firefighters put out a blaze at a depot in Dnipro."],
      ["Lithuania pledges more drones", "2024-03-05T11:55:00Z", null, "Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said."],
      [null, "2024-03-05T10:20:00Z", null, "Volunteers unload food parcels in Kharkiv on Tuesday morning."],
    ]);
  });
});

describe("relative day stamps", () => {
  const page = `
Live updates: war in Ukraine
Last updated: 5 March 2024, 10:30 GMT
2 hours ago
Drone attack on Sumy
A drone hit a school building in Sumy overnight, the regional administration said.
Yesterday at 9:05 pm
Zelensky addresses the nation
Ukraine's president said in his nightly address that more air defence was on its way.
yesterday 17:40
Moldova expels Russian diplomat
Moldova ordered a Russian diplomat to leave within 72 hours, its foreign ministry said.
2 days ago
Kyiv hosts energy conference
Officials from twenty countries met in Kyiv to discuss repairs to the power grid.
`;
  it("count back from the refresh time the page prints", () => {
    expect(parse(page).entries.map((e) => e.published)).toEqual([
      "2024-03-05T08:30:00Z", "2024-03-04T21:05:00Z", "2024-03-04T17:40:00Z", "2024-03-03T10:30:00Z",
    ]);
  });
  it("'yesterday' with no printed refresh time is the day before the fetch day", () => {
    const bare = page.replace(/^Last updated.*$/m, "").replace("2 hours ago", "Today at 08:10").replace("2 days ago", "Yesterday 06:15");
    expect(parse(bare, "2024-03-05T12:00:00Z").entries.map((e) => e.published)).toEqual([
      "2024-03-05T08:10:00Z", "2024-03-04T21:05:00Z", "2024-03-04T17:40:00Z", "2024-03-04T06:15:00Z",
    ]);
  });
});

describe("video lengths", () => {
  it("are no stamps: '2:31' under a video pointer, '02:31 min'", () => {
    expect(rows(`
Ukraine war live: frontline updates
Updated 5 March 2024 14:40 GMT
14:32 GMT
Drone footage shows destroyed bridge
Watch the video
2:31
Ukraine's army published footage of a destroyed bridge near Kupiansk.
13:10 GMT
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
12:05 GMT
Kharkiv shelter tour
02:31 min
Reporters were shown a new underground school in Kharkiv on Tuesday.
11:00 GMT
Sweden sends more aid
Sweden announced a new aid package for Ukraine worth two billion crowns, its government said.
`).map((r) => [r[0], r[1]])).toEqual([
      ["Drone footage shows destroyed bridge", "2024-03-05T14:32:00Z"],
      ["Lithuania pledges more drones", "2024-03-05T13:10:00Z"],
      ["Kharkiv shelter tour", "2024-03-05T12:05:00Z"],
      ["Sweden sends more aid", "2024-03-05T11:00:00Z"],
    ]);
  });
});

describe("kicker lines over a page title", () => {
  // the page below every title variant: its stamp line and two updates
  const POSTS = `Updated 5 March 2024 14:40 GMT
14:32 GMT
Power restored in Kyiv region
Engineers restored power to most homes in the Kyiv region, the grid operator said.
13:10 GMT
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
`;

  it.each([
    ["a capitals kicker above title and standfirst", `
RUSSIA-UKRAINE WAR LIVE UPDATES
Kyiv counts damage after night of strikes
Residents of the capital cleared debris on Tuesday as officials tallied the damage.
${POSTS}`],
    ["two kickers above a title with no standfirst", `
LIVE
RUSSIA-UKRAINE WAR LATEST UPDATES
Kyiv counts damage after night of strikes
${POSTS}`],
    ["a long capitals kicker", `
RUSSIA-UKRAINE WAR LIVE UPDATES
Kyiv counts damage after night of strikes
Residents of the capital cleared debris on Tuesday as officials tallied the damage.
${POSTS}`.replace("RUSSIA-UKRAINE WAR LIVE UPDATES", "RUSSIA-UKRAINE WAR: LIVE UPDATES FROM THE FRONT LINE")],
    ["a section label ending in 'live'", `
War in Ukraine: live
Kyiv counts damage after night of strikes
Residents of the capital cleared debris on Tuesday as officials tallied the damage.
${POSTS}`],
  ])("%s", (_name, body) => {
    expect(parse(body).title).toBe("Kyiv counts damage after night of strikes");
  });
});

describe("corporate copyright holders", () => {
  const page = `
Kyiv Harbour Post
Ukraine war live: strikes on energy sites
Updated 5 March 2024 14:40 GMT
14:32 GMT
Kyiv region power restored
Engineers restored power to most homes in the Kyiv region after overnight strikes, the grid operator said.
13:10 GMT
Lithuania pledges more drones
Lithuania will send another batch of reconnaissance drones to Ukraine, its defence minister said.
© 2024 Harbour Post Media Limited. All rights reserved.
`;
  it("give way to the masthead that shares their name", () => {
    expect(parse(page).sourceName).toBe("Kyiv Harbour Post");
  });
  it("lose their company suffix when the page names nothing else", () => {
    expect(parse(page.replace("Kyiv Harbour Post\n", "")).sourceName).toBe("Harbour Post Media");
    expect(outletName("Times Media Ltd")).toBe("Times Media");
    expect(outletName("Example Broadcasting Corporation")).toBe("Example Broadcasting Corporation");
  });
  it("in an HTML page's JSON-LD publisher give way to the title's site name", () => {
    const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "Grid repairs continue in Kharkiv",
      datePublished: "2024-03-05T09:00:00Z", publisher: { "@type": "Organization", name: "Northgate Media Ltd" } };
    const html = `<html><head><title>Grid repairs continue in Kharkiv | Kharkiv Evening Star</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Grid repairs continue in Kharkiv</h1>
<p>Engineers worked through the night to restore heating to the eastern districts of the city, officials said.</p>
<p>Most homes had power again by the morning, the regional operator added in a short statement.</p></article></body></html>`;
    const doc = parseDocument({ sourceId: "t", location: "/p.html", body: html, contentType: "text/html", fetchedAt: "2024-03-06T10:00:00Z" },
      { format: "auto", date: null, timezone: null, sourceName: null, url: null });
    expect(doc.sourceName).toBe("Kharkiv Evening Star");
    const bare = html.replace(" | Kharkiv Evening Star", "");
    expect(parseDocument({ sourceId: "t", location: "/p.html", body: bare, contentType: "text/html", fetchedAt: "2024-03-06T10:00:00Z" },
      { format: "auto", date: null, timezone: null, sourceName: null, url: null }).sourceName).toBe("Northgate Media");
  });
});

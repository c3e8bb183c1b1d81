// Text pages of any outlet read by their own evidence: page dates, relative stamps, forced formats, orientation,
// key-point lists, source names. One inline page per rule.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/parse/index.ts";
import type { ParseOptions } from "../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}, fetchedAt = "2024-06-10T08:00:00Z") {
  return parseDocument(
    { sourceId: "t", location: "https://news.example.org/live/page", body, contentType: null, fetchedAt },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

const times = (body: string, options: Partial<ParseOptions> = {}) => parse(body, options).entries.map((e) => e.published);

describe("text pages read by their own evidence", () => {
  const blog = "Live: harbour news\nPublished On 8 Aug 2023\n10:05\nFerry resumes service\nThe first ferry left the harbour at ten, the operator said.\n" +
    "09:40\nFog lifts over the bay\nVisibility improved quickly after nine, the coastguard said.";
  const article = "A title of the article\nBy Jane Doe\nOne body sentence of the article, long enough to count as prose.\nAnother sentence follows it here.";

  it("a page's own date dates its updates, whatever the fetch day, without a warning about the date", () => {
    const parsed = parse(blog, {}, "2024-06-10T08:00:00Z");
    expect(parsed.entries.map((e) => e.published)).toEqual(["2023-08-08T10:05:00Z", "2023-08-08T09:40:00Z"]);
    // (the page names no home, which is said: its times are read in UTC)
    expect(parsed.warnings.filter((w) => !/nothing on it names its home/.test(w))).toEqual([]);
  });

  it("relative stamps count back from the printed refresh time, else stay undated with a warning", () => {
    const page = (refresh: string) =>
      `Live: storm\n${refresh}\n5m ago\nRoad closed\nThe coast road is shut, police said.\n2h ago\nWarning issued\nA wind warning is in force, forecasters said.`;
    expect(times(page("Page last refreshed: 17 September 2024, 18:00 BST"))).toEqual(["2024-09-17T16:55:00Z", "2024-09-17T15:00:00Z"]);
    const undated = parse(page("Auto-refresh"));
    expect(undated.entries.map((e) => e.published)).toEqual([null, null]);
    expect(undated.warnings.join(" ")).toMatch(/relative stamps/);
  });

  it("a forced --format that does not fit reads the page anyway and says what it found", () => {
    const asBlog = parse(article, { format: "liveblog-text" });
    expect(asBlog.entries).toHaveLength(1);
    expect(asBlog.warnings.join(" ")).toMatch(/--format liveblog-text: no stamped updates/);
    const asArticle = parse(blog, { format: "article-text" });
    expect(asArticle.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Ferry resumes service", "2023-08-08"], ["Fog lifts over the bay", "2023-08-08"],
    ]);
    expect(asArticle.warnings.join(" ")).toMatch(/--format article-text: the page reads as a live blog/);
  });

  it("a lede above the first stamp and a body-less last update do not turn stamps into signatures", () => {
    const page = "Live: floods\nHeavy rain has flooded dozens of villages, officials said.\nThursday, 2 May 2024\n14:10\n" +
      "Army sent to help\nSoldiers were deployed to three districts, the ministry said.\n12:45\nRiver peaks\n" +
      "The river reached its highest level in 30 years, the agency said.\n09:30\nWatch: Drone footage shows flooded farmland\nMost read";
    expect(parse(page).entries.map((e) => [e.published, e.headline])).toEqual([
      ["2024-05-02T14:10:00Z", "Army sent to help"], ["2024-05-02T12:45:00Z", "River peaks"],
      ["2024-05-02T09:30:00Z", "Watch: Drone footage shows flooded farmland"],
    ]);
    const signed = "Bridge shut\nThe bridge is shut, police said.\nAna Lee2 May 2024 09:12\nRain eases\nThe rain eased overnight.\nAna Lee2 May 2024 08:40\nAbout us";
    expect(parse(signed).entries.map((e) => e.headline)).toEqual(["Bridge shut", "Rain eases"]);
  });

  it("a short question followed by text is a headline", () => {
    const page = "Live: budget\nPublished 2 May 2024\n15:20\nWhat does the budget mean for you?\nThe chancellor changed the tax thresholds.\n" +
      "14:05\nMinister rules out VAT rise\nThe minister ruled out an increase in a radio interview.";
    expect(parse(page).entries.map((e) => e.headline)).toEqual(["What does the budget mean for you?", "Minister rules out VAT rise"]);
  });

  it("names a page without a site name by its location, never by an outlet its stamps look like", () => {
    const page = "Floods live\nBridge shut\n09:12 , Ana Lee\nThe bridge is shut, police said.\nRain eases\n08:40 , Ana Lee\nThe rain eased overnight.";
    expect(parse(page).sourceName).toBe("news.example.org");
    expect(parse(`${page}\n© 2024 Harbour Herald. All rights reserved.`).sourceName).toBe("Harbour Herald");
  });
});

describe("key-point lists", () => {
  it("a list whose items carry their stamps flags those updates and adds no entry of its own", () => {
    const page = "Russia-Ukraine war live\nTue 5 Mar 2024 17.30 GMT\nKey events\n• 16.55 GMT Ship sunk near Kerch\n• 12.10 GMT Kremlin rejects talks\n" +
      "16.55 GMT\nShip sunk near Kerch\nNaval drones sank the ship, the military said.\n14.20 GMT\nPoland's president flies to Washington for talks.\n" +
      "12.10 GMT\nKremlin rejects talks\nThe Kremlin saw no basis for negotiations.";
    expect(parse(page).entries.map((e) => [e.published, e.headline, e.keyPoint])).toEqual([
      ["2024-03-05T16:55:00Z", "Ship sunk near Kerch", true], ["2024-03-05T14:20:00Z", null, false],
      ["2024-03-05T12:10:00Z", "Kremlin rejects talks", true],
    ]);
  });

  it("a summary box of sentences flags nothing and stays out of the entries", () => {
    const page = "Live: port strike\nSummary\n• A missile hit the port, killing four, officials say\n• Talks resume in Geneva\n" +
      "18:05\nToll rises\nFour people were killed, the governor said.\n17:20\nTalks resume\nDelegations met in Geneva, mediators said.";
    const parsed = parse(page, { date: "2024-04-16" });
    expect(parsed.entries.map((e) => [e.headline, e.keyPoint])).toEqual([["Toll rises", false], ["Talks resume", false]]);
  });
});

describe("stamp, zone and byline forms (causes found on the held-out set b, own pages)", () => {
  it('"HHhMM" stamps, a zone stated as a city\'s time, and two labelled dates on one head line', () => {
    const page = "Live: river dispute\nIssued on: 04/06/2024 - 00:40 Modified: 04/06/2024 - 21:05\n" +
      "The two countries met again over the dam. All times are Paris time (GMT+2).\n" +
      "21h05\nTalks end without a deal\nNegotiators left the venue late in the evening, the mediators said.\n" +
      "14h30\nMinisters arrive for talks\nBoth foreign ministers arrived at the lakeside venue, officials said.\n" +
      "01h10\nProtest outside the embassy\nSeveral hundred people gathered overnight, police said.";
    expect(times(page)).toEqual(["2024-06-04T19:05:00Z", "2024-06-04T12:30:00Z", "2024-06-03T23:10:00Z"]);
  });

  it("the page's own date stamp above time-only stamps is no update; its ', UK' zone and a role byline are read", () => {
    const page = "Storm latest: ferries cancelled\nGales have closed three ports.\nKey points\nPorts closed along the coast\n" +
      "Monday 3 June 2024 05:50, UK\nWhy you can rely on us\n19:40\nBreaking\nPorts closed along the coast\n" +
      "All three ports were closed to shipping this evening, the harbour authority said.\n" +
      "12:15\nAnalysis: Why the gales came early\nAna Lee, weather correspondent\nA slow jet stream pushed the storm north, forecasters say.\n" +
      "06:05\nFerry operator warns of delays\nThe operator said crossings would be disrupted all day.";
    const parsed = parse(page);
    expect(parsed.entries.map((e) => [e.published, e.headline, e.author, e.keyPoint])).toEqual([
      ["2024-06-03T18:40:00Z", "Ports closed along the coast", null, true],
      ["2024-06-03T11:15:00Z", "Analysis: Why the gales came early", "Ana Lee", false],
      ["2024-06-03T05:05:00Z", "Ferry operator warns of delays", null, false],
    ]);
  });

  it('"Updated" on its own line, headlines punctuated as sentences over a bare byline, and a "what you need to know" list', () => {
    const page = "LIVE\nUpdated\nJune 4, 2024, 9:15 p.m. ET\nCouncil votes on the new budget\nThe city council met late into the night.\n" +
      "Here’s what you need to know:\nThe council passes the budget.\nThe mayor promises a review.\n" +
      "9:15 p.m. ET\nThe council passes the budget.\nAna Lee\nReporting from the city hall\nThe budget passed by seven votes to four after a long debate.\n" +
      "6:40 p.m. ET\nThe mayor promises a review.\nBo Park\nThe mayor said spending on parks would be reviewed in the autumn.\n" +
      "1:05 p.m. ET\nProtesters gather outside.\nA few dozen people gathered with placards before the vote, organisers said.";
    const parsed = parse(page);
    expect(parsed.entries.map((e) => [e.published, e.headline, e.author, e.keyPoint])).toEqual([
      ["2024-06-05T01:15:00Z", "The council passes the budget.", "Ana Lee", true],
      ["2024-06-04T22:40:00Z", "The mayor promises a review.", "Bo Park", true],
      ["2024-06-04T17:05:00Z", null, null, false],
    ]);
    expect(parsed.entries[0]!.body).toEqual(["The budget passed by seven votes to four after a long debate."]);
  });

  it('"1 hr 5 min ago" stamps, a "From the Outlet’s Name" byline and a "Link copied!" chip', () => {
    const page = "Live: rail strike\nUpdated 6:00 p.m. ET, June 4, 2024\n20 min ago\nUnion rejects offer\nFrom the Courier’s Ana Lee\n" +
      "The union rejected the latest pay offer, its leader said.\nLink copied!\n1 hr 5 min ago\nTrains cancelled\nFrom the Courier’s Bo Park\n" +
      "Most trains were cancelled for the day, the operator said.\nLink copied!";
    expect(parse(page).entries.map((e) => [e.published, e.author, e.body.length])).toEqual([
      ["2024-06-04T21:40:00Z", "Ana Lee", 1], ["2024-06-04T20:55:00Z", "Bo Park", 1],
    ]);
  });

  it("an article: a names-only byline beside its dateline, the dated line with a time preferred, footnote marks", () => {
    const page = "Weekly river report, June 4, 2024\nJun 4, 2024 - Basin Institute\nWeekly river report, June 4, 2024\n" +
      "Ana Lee, Bo Park, and Cy Wu\nJune 4, 2024, 5:30pm ET\nThe report covers the upper and lower basin this week.\n" +
      "Upper Basin\nWater levels rose again near the northern dams on June 4.[1]\nEngineers opened two spillways.[2]\n" +
      "Lower Basin\nLevels held steady in the delta this week.[3]\nFarmers reported no new flooding.";
    const parsed = parse(page);
    expect(parsed.entries.map((e) => [e.headline, e.published, e.author, e.body[0]])).toEqual([
      ["Upper Basin", "2024-06-04T21:30:00Z", "Ana Lee, Bo Park, and Cy Wu", "Water levels rose again near the northern dams on June 4.[1]"],
      ["Lower Basin", "2024-06-04T21:30:00Z", "Ana Lee, Bo Park, and Cy Wu", "Levels held steady in the delta this week.[3]"],
    ]);
  });

  it('an article: a byline under the standfirst, a "Read also" link title, and a row of share buttons ending it', () => {
    const page = "Evening round-up: harbour reopens\nShare\nTelegram\nEmail\nOur look at the day's main news from the coast.\nBy Ana Lee\n" +
      "Harbour reopens\nThe harbour reopened to ships on Tuesday after repairs.\nRead also\nHow the harbour wall was rebuilt in a year\n" +
      "Repairs cost more than planned, the port said.\nBridge toll scrapped\nThe council scrapped the bridge toll from next month.\n" +
      "Share\nTelegram\nEmail\nBecome a reader who pays for this\nWe rely on our readers to keep reporting on the coast.";
    const parsed = parse(page, { date: "2024-06-04" });
    expect(parsed.entries.map((e) => [e.headline, e.author, e.body.length])).toEqual([
      ["Harbour reopens", "Ana Lee", 2], ["Bridge toll scrapped", "Ana Lee", 1],
    ]);
  });
});

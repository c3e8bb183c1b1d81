// General page forms met on outlets the parser was never shown: metadata lines, byline and stamp forms, datelines.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";
import type { ParseOptions } from "../../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}) {
  return parseDocument(
    { sourceId: "t", location: "https://news.example.org/page", body, contentType: null, fetchedAt: "2024-06-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

const headlines = (body: string) => parse(body).entries.map((e) => e.headline);

describe("label-value metadata lines are furniture", () => {
  it("a view counter under the page stamp heads no update", () => {
    const page = [
      "Timeline of the storm, 3-4 March 2024", "The timeline is updated through the day. Times are Kyiv time.",
      "04.03.2024 09:12", "Reads: 12,345", "4 March 2024",
      "07:40 — Bridge reopens to traffic", "Crews finished the repairs before dawn, officials said.",
      "06:10 — Ferry service resumes", "The first ferry left the harbour at six, the operator said.",
    ].join("\n");
    expect(headlines(page)).toEqual(["Bridge reopens to traffic", "Ferry service resumes"]);
  });

  it("a CMS field line and a sponsor credit are no section headings", () => {
    const page = [
      "The Daily Letter", "Evening letter: the harbour reopens and the council votes", "By Mira Olsen", "4 March 2024",
      "Hello and welcome to the evening letter, a short look at the day's news from the coast.",
      "Content-Type: Analysis",
      "In this letter:", "Harbour reopens", "Council votes on budget",
      "Harbour reopens", "The harbour reopened on Monday after a week of repairs, the port authority said.",
      "Underwriting Provided By: Learn more",
      "Council votes on budget", "The town council approved next year's budget by a narrow margin on Monday.",
      "Underwriting Provided By: Learn more", "Thanks. Please check your inbox.",
    ].join("\n");
    expect(headlines(page)).toEqual(["Harbour reopens", "Council votes on budget"]);
  });
});

describe("stamp forms", () => {
  it("a dotted am/pm stamp (\"4.05pm\") with no zone stated is read in UK time, the style's home", () => {
    const page = [
      "Daily Courier", "Storm live: ferries halted as gales reach the coast", "Nia Rowe", "Tuesday 11 June 2024 17:30",
      "5.10pm", "Ferries halted for the night", "The operator cancelled the last three crossings of the day.",
      "9.05am", "Gales reach the coast", "Winds of up to 70mph were recorded on the headland this morning.",
    ].join("\n");
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2024-06-11T16:10:00Z", "2024-06-11T08:05:00Z"]);
  });

  it("a place the masthead names wins over the dotted style (the same style is Australia's)", () => {
    const page = [
      "The Melbourne Courier", "Storm live: ferries halted as gales reach the coast", "By Nia Rowe", "Updated June 11, 2024 — 5.30pm",
      "5.10pm", "Ferries halted for the night", "The operator cancelled the last three crossings of the day.",
      "9.05am", "Gales reach the coast", "Winds of up to 70mph were recorded on the headland this morning.",
      "© 2024 The Melbourne Courier",
    ].join("\n");
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2024-06-11T07:10:00Z", "2024-06-10T23:05:00Z"]);
  });

  it("a colon am/pm stamp (\"4:05 PM\") keeps the default zone", () => {
    const page = [
      "Daily Courier", "Storm live: ferries halted as gales reach the coast", "Nia Rowe", "Tuesday 11 June 2024 17:30",
      "5:10 PM", "Ferries halted for the night", "The operator cancelled the last three crossings of the day.",
      "9:05 AM", "Gales reach the coast", "Winds of up to 70mph were recorded on the headland this morning.",
    ].join("\n");
    expect(parse(page).entries.map((e) => e.published)).toEqual(["2024-06-11T17:10:00Z", "2024-06-11T09:05:00Z"]);
  });
});

describe("article forms", () => {
  const article = (lines: string[]) => parse(lines.join("\n")).entries;

  it("a byline with punctuation after \"By\" (\"By — Name\", \"By: Name\") names the author", () => {
    for (const by of ["By — Tove Lind", "By: Tove Lind", "BY - TOVE LIND"]) {
      const entries = article([
        "Coast News", "Jun 10, 2024 4:15 PM EDT", "Harbour reopens after a week of repairs", by,
        "The harbour reopened on Monday after a week of repairs, the port authority said in a statement.",
        "Ships queued outside the breakwater for most of the morning, waiting for pilots.",
      ]);
      expect(entries[0]?.author).toBe("Tove Lind");
    }
  });

  it("question subheads open sections; an embed label, a contribution note and what follows it are no section", () => {
    const entries = article([
      "Coast News", "Jun 10, 2024 4:15 PM EDT", "What we know about the storm that closed the harbour", "By Tove Lind",
      "The storm that closed the harbour last week has moved out to sea. Here is what we know so far.",
      "Where did the storm hit hardest?",
      "The worst damage was on the northern breakwater, where waves broke over the wall for two days.",
      "Two fishing boats sank at their moorings, the harbour master said.",
      "VIDEO: Waves break over the northern wall",
      "Harbour reopens", "The harbour reopened on Monday after a week of repairs, the port authority said.",
      "What happens to the fishing fleet?", "Owners of the sunk boats can claim from an emergency fund, the council said.",
      "Jun 9", "Earlier storm shut the coast road", "Staff writers contributed to this report.",
      "Tove Lind is a reporter for Coast News.", "Sign up for our morning newsletter and get the news first.",
    ]);
    expect(entries.map((e) => e.headline)).toEqual(["Where did the storm hit hardest?", "Harbour reopens", "What happens to the fishing fleet?"]);
    expect(entries[0]?.body).toHaveLength(2);
    expect(entries[2]?.body).toHaveLength(1);
  });

  it("a bare time line beside the head's date line gives the article its time (not the updated one)", () => {
    const entries = article([
      "Coast News", "Evening letter: the harbour reopens and the council votes", "By Mira Olsen",
      "4 Mar 2024 (updated: 09:20)", "08:05 CET", "Monday 4 March 2024",
      "Hello and welcome to the evening letter, a short look at the day's news from the coast.",
      "Harbour reopens", "The harbour reopened on Monday after a week of repairs, the port authority said.",
      "Council votes on budget", "The town council approved next year's budget by a narrow margin on Monday.",
    ]);
    expect(entries.map((e) => e.published)).toEqual(["2024-03-04T07:05:00Z", "2024-03-04T07:05:00Z"]);
  });

  it("an agency article: its dateline paragraphs are the main story, its agency credit line the author", () => {
    const entries = article([
      "COAST NEWS", "Home", "World", "WORLD", "Storm forces harbour to close for a week as repairs begin",
      "Agencies", "Published June 10, 2024", "Updated about 3 hours ago", "Comments (3)",
      "OSLO: The harbour authority said on Monday the port would stay closed for a week while crews repair the breakwater.",
      "Waves broke over the northern wall for two days, officials said.",
      "Boats sunk", "Two fishing boats sank at their moorings, the harbour master said.",
      "Council acts", "The council opened an emergency fund for boat owners on Monday evening.",
      "Comments (3)", "Closed", "Comments are closed on this story.",
    ]);
    expect(entries.map((e) => e.headline)).toEqual(["Storm forces harbour to close for a week as repairs begin", "Boats sunk", "Council acts"]);
    expect(entries[0]?.body[0]).toMatch(/^The harbour authority said/);
    expect(entries.map((e) => e.author)).toEqual(["Agencies", "Agencies", "Agencies"]);
    expect(entries[0]?.published).toBe("2024-06-10");
  });
});

describe("an article's lead picture and date line are no paragraphs", () => {
  it("a text article's 'Image: …' caption before the first paragraph is left out", () => {
    const page = [
      "Coast Herald › News", "Harbour wall gives way after a week of storms",
      "Fishermen say the damage will keep boats ashore for a month.", "By Tova Lind", "3 March 2024, 16:05 GMT",
      "Photo: Waves breaking over the broken harbour wall on Sunday",
      "A section of the harbour wall collapsed on Sunday after a week of storms battered the coast, the port said.",
      "Repairs are expected to take at least four weeks, according to the harbour master.",
      "© Coast Herald",
    ].join("\n");
    const entry = parse(page).entries[0]!;
    expect(entry.body[0]).toMatch(/^A section of the harbour wall collapsed/);
    expect(entry.body).toHaveLength(2);
  });

  it("an HTML article's paragraph holding only its printed date is no body paragraph", () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour wall gives way | Coast Herald</title></head><body><article>
<h1>Harbour wall gives way</h1><p class="byline">By Tova Lind</p>
<p class="info"><time datetime="2024-03-03T16:05:00Z">Sunday 3 March 2024 16:05 GMT</time></p>
<p>A section of the harbour wall collapsed on Sunday after a week of storms battered the coast, the port said.</p>
<p>Repairs are expected to take at least four weeks, according to the harbour master.</p>
<p>Boats will moor in the river mouth until then, the town council said on Sunday evening.</p>
</article></body></html>`;
    const entry = parse(html).entries[0]!;
    expect(entry.body[0]).toMatch(/^A section of the harbour wall collapsed/);
    expect(entry.published).toBe("2024-03-03T16:05:00Z");
  });
});

describe("an 'Updated …' line in a card's stamp slot", () => {
  const card = (h: string, stamp: string, by: string, body: string) => [h, stamp, by, "Share", body];
  const page = (headStamp: string[]) => [
    "The Harbour Ledger", "Storm Coverage: Gales Close Ports Along the Coast", ...headStamp,
    "Ports along the coast stayed shut on Tuesday as gales brought down power lines and flooded roads.",
    "Pinned",
    ...card("Gales Shut Every Port on the East Coast", "Updated March 5, 2024 at 3:10 pm ET", "By Cora Quill",
      "All six ports on the east coast were closed by noon as gusts passed 70 miles an hour, officials said."),
    ...card("Power Restored to Most Homes in the North", "March 5, 2024 5:40 pm ET", "By Abel Stroud",
      "Crews restored electricity to most of the homes that lost it overnight, the utility said."),
    ...card("Ferry Operators Cancel Evening Crossings", "March 5, 2024 4:15 pm ET", "By Cora Quill",
      "Every ferry crossing after 6 pm was cancelled, the operators said in a joint statement."),
  ].join("\n");

  it("is the stamp of the card it sits in (between its headline and its byline)", () => {
    const doc = parse(page(["Last Updated: March 5, 2024 at 5:40 pm ET"]));
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Gales Shut Every Port on the East Coast", "2024-03-05T20:10:00Z", "Cora Quill"],
      ["Power Restored to Most Homes in the North", "2024-03-05T22:40:00Z", "Abel Stroud"],
      ["Ferry Operators Cancel Evening Crossings", "2024-03-05T21:15:00Z", "Cora Quill"],
    ]);
  });

  it("but the page head's own 'Updated: …' line, under its byline, heads no card", () => {
    const doc = parse(page(["Mara Lune", "Mar 5, 2024", "Updated: March 5, 2024, 5:40 PM"]));
    expect(doc.entries.map((e) => e.headline)).toEqual(["Gales Shut Every Port on the East Coast",
      "Power Restored to Most Homes in the North", "Ferry Operators Cancel Evening Crossings"]);
  });
});

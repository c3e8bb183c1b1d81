// Stamp and date forms of pages written after the fresh set eval/l was scored (own pages, own words): a head date
// that is one sentence of a longer line, month-day-year stamps with no comma, listings whose items carry their own
// date and writer.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/parse/index.ts";
import type { ParseOptions } from "../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}) {
  return parseDocument(
    { sourceId: "t", location: "https://news.example.org/live", body, contentType: null, fetchedAt: "2026-01-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

describe("a head date that is one sentence of a longer line", () => {
  const page = (dateLine: string) => [
    "Riverside Gazette", "", "Live: floods along the river", "", dateLine, "",
    "Key Points", "- Levee holds overnight", "",
    "06:40", "Levee holds overnight", "", "The main levee held through the night, the water board said.", "",
    "08:15", "Schools closed in low-lying streets", "", "Three schools will stay shut until Friday, the council said.",
  ].join("\n");

  it("\"Friday 7 March 2025. All times CET. Newest first.\" dates the page's times", () => {
    const parsed = parse(page("Friday 7 March 2025. All times CET (UTC+1). Newest first."));
    expect(parsed.entries.map((e) => e.published)).toEqual(["2025-03-07T05:40:00Z", "2025-03-07T07:15:00Z"]);
    expect(parsed.warnings.join(" ")).not.toMatch(/prints no date/);
  });

  it("a sentence that only mentions a date further on does not date the page", () => {
    const parsed = parse(page("Water levels are expected to fall after 7 March 2025, forecasters said on the radio."));
    expect(parsed.warnings.join(" ")).toMatch(/prints no date/);
  });
});

describe("HTML posts whose byline box holds the post's printed time and its writer", () => {
  const post = (time: string, head: string, text: string) =>
    `<div class="update"><h2>${head}</h2><div class="update__byline"><time>${time}</time> <span class="update__writer">Omar Lindqvist</span></div>` +
    `<div class="update__text"><p>${text}</p><p>A second paragraph follows with more detail on it.</p></div></div>`;
  const page = `<!DOCTYPE html><html lang="en"><head><title>Storm live: coast braces for gales</title></head><body>
<nav><a href="/">Home</a> <a href="/weather">Weather</a></nav>
<main><h1>Storm live: coast braces for gales</h1>
${post("Wed, Jan 8 2025 4:05 PM EST", "Ferries cancelled for the evening", "All evening sailings were cancelled as gusts reached gale force, the operator said.")}
${post("Wed, Jan 8 2025 1:30 PM EST", "Coastal road closed", "Police closed the coastal road after waves threw stones onto the carriageway.")}
${post("Wed, Jan 8 2025 10:15 AM EST", "Schools shut early", "Schools along the shore sent pupils home at noon as a precaution.")}
</main></body></html>`;

  it("each post keeps its time (month-day-year, no comma) and its writer", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => e.published)).toEqual(["2025-01-08T21:05:00Z", "2025-01-08T18:30:00Z", "2025-01-08T15:15:00Z"]);
    expect(parsed.entries.map((e) => e.author)).toEqual(["Omar Lindqvist", "Omar Lindqvist", "Omar Lindqvist"]);
    expect(parsed.entries[0]!.body[0]).toMatch(/^All evening sailings/);
  });
});

describe("a section listing whose items print a year-first date and time", () => {
  const item = (n: number, stamp: string, head: string, text: string) =>
    `<li><a href="/view?id=${n}"><div class="txt"><div class="t1">${head}</div><p class="t2">${text}</p></div></a>` +
    `<div class="info"><span class="date">${stamp}</span></div></li>`;
  const page = `<!DOCTYPE html><html><head><title>Region</title></head><body><div id="top"><a href="/">The Valley Post</a></div>
<ul class="list">
${item(1, "2025-02-03 14:20", "Dam repair finished ahead of schedule", "Engineers finished the repairs to the upper dam two weeks early, the water agency said.")}
${item(2, "2025-02-03 11:05", "Rail link to the coast reopens", "Trains are running to the coast again after a landslide blocked the line for a week.")}
${item(3, "2025/02/02 22:40", "Night frost warning for the hills", "Forecasters warned of hard frost in the hills overnight and icy roads at dawn.")}
</ul><div class="paging"><a>1</a> <a>2</a> <a>Next</a></div></body></html>`;

  it("one entry per item, each dated by its own stamp", () => {
    const parsed = parse(page, { timezone: "Asia/Seoul" });
    expect(parsed.entries.map((e) => e.headline)).toEqual(["Dam repair finished ahead of schedule", "Rail link to the coast reopens", "Night frost warning for the hills"]);
    expect(parsed.entries.map((e) => e.published)).toEqual(["2025-02-03T05:20:00Z", "2025-02-03T02:05:00Z", "2025-02-02T13:40:00Z"]);
    expect(parsed.entries[0]!.body).toEqual(["Engineers finished the repairs to the upper dam two weeks early, the water agency said."]);
  });
});

describe("an HTML page that states no zone: its language's country gives one", () => {
  const page = (lang: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>Region</title></head><body>
<ul class="news">
<li><h3>Tram line extended to the airport</h3><p>The new tram line to the airport opened to passengers on Monday morning.</p><span class="when">2025-02-03 09:30</span></li>
<li><h3>City council approves budget</h3><p>Councillors approved next year's budget after a long debate on Sunday night.</p><span class="when">2025-02-02 21:10</span></li>
</ul></body></html>`;

  it("lang=\"pl-PL\": the times are Warsaw's, with a warning that says where the zone came from", () => {
    const parsed = parse(page("pl-PL"));
    expect(parsed.entries.map((e) => e.published)).toEqual(["2025-02-03T08:30:00Z", "2025-02-02T20:10:00Z"]);
    expect(parsed.warnings.join(" ")).toMatch(/Europe\/Warsaw.*lang="pl-PL"/);
  });

  it("lang=\"en\" names no country: the default zone, and --timezone always wins", () => {
    expect(parse(page("en")).entries.map((e) => e.published)).toEqual(["2025-02-03T09:30:00Z", "2025-02-02T21:10:00Z"]);
    expect(parse(page("pl-PL"), { timezone: "Asia/Seoul" }).entries[0]!.published).toBe("2025-02-03T00:30:00Z");
  });
});

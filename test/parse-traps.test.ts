// One inline page per time trap and format quirk, asserting the exact values that matter.
import { describe, expect, it } from "vitest";
import { DigestError } from "../src/errors.ts";
import { detectFormat, parseDocument } from "../src/parse/index.ts";
import type { ParseOptions, SourceFormat } from "../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}, fetchedAt = "2024-06-10T08:00:00Z") {
  return parseDocument(
    { sourceId: "t", location: "https://news.example.org/live/page", body, contentType: null, fetchedAt },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

const times = (body: string, options: Partial<ParseOptions> = {}, fetchedAt?: string) =>
  parse(body, options, fetchedAt).entries.map((e) => e.published);

describe("time traps", () => {
  it("TRT: a midnight crossing without a new header moves to the previous day", () => {
    const page = "Monday, June 10, 2024\n\n0015 GMT — After midnight\n\nBody one.\n\n2340 GMT — Before midnight\n\nBody two.";
    expect(times(page)).toEqual(["2024-06-10T00:15:00Z", "2024-06-09T23:40:00Z"]);
  });

  it("TRT: an out-of-order update a few hours later stays on the same day", () => {
    const page = "Monday, June 10, 2024\n\n0500 GMT — A\n\nBody.\n\n0830 GMT — B\n\nBody.\n\n0100 GMT — C\n\nBody.";
    expect(times(page)).toEqual(["2024-06-10T05:00:00Z", "2024-06-10T08:30:00Z", "2024-06-10T01:00:00Z"]);
  });

  it("TRT: a header with the wrong year is corrected from its weekday, with a warning", () => {
    const parsed = parse("Monday, June 10, 2023\n\n1200 GMT — Noon\n\nBody.");
    expect(parsed.entries[0]?.published).toBe("2024-06-10T12:00:00Z");
    expect(parsed.warnings.join(" ")).toMatch(/wrong year/);
  });

  it("TRT: a pinned lead has no headline and does not anchor the midnight chain", () => {
    const page = "Monday, June 10, 2024\n\n0010 GMT Lead sentence here.\n\n2350 GMT — Late\n\nBody.\n\n2300 GMT — Later\n\nBody.";
    const parsed = parse(page);
    expect(parsed.entries[0]?.headline).toBeNull();
    expect(parsed.entries[0]?.body[0]).toBe("Lead sentence here.");
    expect(times(page)).toEqual(["2024-06-10T00:10:00Z", "2024-06-10T23:50:00Z", "2024-06-10T23:00:00Z"]);
  });

  it("Independent: summer times are BST, winter times GMT", () => {
    const page = (month: string) =>
      `Later headline\nBody text here.\nAna Lee10 ${month} 2024 14:38\nEarlier headline\nMore text.\nAna Lee10 ${month} 2024 09:05`;
    expect(times(page("June"))).toEqual(["2024-06-10T13:38:00Z", "2024-06-10T08:05:00Z"]);
    expect(times(page("January"))).toEqual(["2024-01-10T14:38:00Z", "2024-01-10T09:05:00Z"]);
  });

  it("Independent: time-only stamps above the first dated one belong to the day after it", () => {
    const page = "Top\n00:20 , Ana Lee\nBody a.\nNext\nSunday 9 June 2024 23:55 , Ana Lee\nBody b.";
    expect(times(page)).toEqual(["2024-06-09T23:20:00Z", "2024-06-09T22:55:00Z"]);
  });

  it("article: a dateline's printed offset fixes the instant; without one the source's zone applies", () => {
    const article = (dateline: string) =>
      `A headline of an article\n\nBy Some Desk\n${dateline}\n\nFirst section heading\n\nOne paragraph of the section, long enough to read as prose.`;
    expect(times(article("Published on 12/06/2024 - 16:20 GMT+2"), { format: "article-text" })).toEqual(["2024-06-12T14:20:00Z"]);
    expect(times(article("Updated: 03/01/2024 - 09:05 GMT-5"), { format: "article-text" })).toEqual(["2024-01-03T14:05:00Z"]);
    expect(times(article("Published on 12/06/2024 - 16:20 GMT"), { format: "article-text" })).toEqual(["2024-06-12T16:20:00Z"]);
    expect(times(article("Published on 12/06/2024 - 16:20"), { format: "article-text", timezone: "Europe/Brussels" })).toEqual(["2024-06-12T14:20:00Z"]);
  });

  it("article: a closing pointer to a video or report below is not part of the section", () => {
    const page = "A headline of an article\n\nFirst section heading\n\nOne paragraph of the section, long enough to read as prose.\n\nFamilies told us how the wait has changed them. Watch our report from the border below.";
    const [entry] = parse(page, { format: "article-text" }).entries;
    expect(entry!.body).toEqual(["One paragraph of the section, long enough to read as prose."]);
  });

  it("HTML live blog: an update's body from the HTML leaves out its byline and captions", () => {
    const ld = { "@context": "https://schema.org", "@type": "LiveBlogPosting", headline: "Live page", liveBlogUpdate: [
      { "@type": "BlogPosting", "@id": "https://news.example/live#u1", headline: "Depot hit in the night", datePublished: "2024-06-10T05:00:00Z", author: { "@type": "Person", name: "Olha Marchenko" }, articleBody: { "@type": "Text" } },
    ] };
    const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <article id="u1"><time datetime="2024-06-10T05:00:00Z">05:00</time><h2>Depot hit in the night</h2>
      <p class="entry-byline">By Olha Marchenko</p><p>By Olha Marchenko</p>
      <figure><img src="x.jpg" alt=""><figcaption><p>Smoke over the depot on Monday.</p></figcaption></figure>
      <p>A fuel depot burned for hours after a drone strike, the regional governor said.</p></article></body></html>`;
    const [entry] = parse(html, { format: "html" }).entries;
    expect(entry!.author).toBe("Olha Marchenko");
    expect(entry!.body).toEqual(["A fuel depot burned for hours after a drone strike, the regional governor said."]);
  });

  it("a page with no dates at all uses --date, else the fetch day", () => {
    const page = "Headline one\n10:00 , Ana Lee\nBody of one.\nHeadline two\n09:30 , Ana Lee\nMore of the body.";
    expect(times(page, { date: "2024-02-01" })).toEqual(["2024-02-01T10:00:00Z", "2024-02-01T09:30:00Z"]);
    expect(times(page)).toEqual(["2024-06-10T09:00:00Z", "2024-06-10T08:30:00Z"]);
    expect(parse(page).warnings.join(" ")).toMatch(/prints no date.*fetch day/);
    const article = "A title\n\nOne plain paragraph of an article that names no date at all.";
    expect(times(article, {}, "2024-06-10T23:30:00Z")).toEqual(["2024-06-10"]);
    expect(times(article, { date: "2024-01-05" })).toEqual(["2024-01-05"]);
  });

  it("an update stamped a few minutes after the fetch is kept as printed", () => {
    const page = "Monday, June 10, 2024\n\n0805 GMT — Slightly ahead\n\nBody.";
    expect(times(page, {}, "2024-06-10T08:00:00Z")).toEqual(["2024-06-10T08:05:00Z"]);
  });
});

describe("formats and errors", () => {
  it.each<[string, SourceFormat | null]>([
    ["<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", "rss"],
    ["<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "atom"],
    ["<!doctype html><html><body><p>x</p></body></html>", "html"],
    ["Thursday, January 4, 2024\n\n1200 GMT — Headline", "liveblog-text"],
    ["Headline\nA body sentence that is long enough to count.\nAna Lee4 January 2024 12:00\nOlder one\nAnother body sentence, long enough.\nAna Lee4 January 2024 11:00", "liveblog-text"],
    ["A title of the article\nJane DoeFriday, 26 July 2024, 13:00\nOne body sentence, long enough to count as prose.", "article-text"],
    ["Title\n\nA paragraph long enough to be read as an article body.", "article-text"],
    ["{\"json\": true}", null],
    ["\u0000\u0001\u0002binary", null],
    ["", null],
  ])("detectFormat(%j) → %s", (body, format) => {
    expect(detectFormat(body, null)).toBe(format);
  });

  it("throws one EPARSE DigestError for unsupported content or a wrong named format", () => {
    for (const [body, format] of [["", "auto"], ["plain words", "rss"], ["<rss>", "atom"], ["no stamps.", "liveblog-text"]] as const) {
      const error = (() => { try { parse(body, { format }); } catch (e) { return e; } })();
      expect(error).toBeInstanceOf(DigestError);
      expect((error as DigestError).code).toBe("EPARSE");
    }
  });

  it("keeps ids stable when the page reorders its updates", () => {
    const a = "Monday, June 10, 2024\n\n1200 GMT — One\n\nFirst body.\n\n1100 GMT — Two\n\nSecond body.";
    const b = "Monday, June 10, 2024\n\n1100 GMT — Two\n\nSecond body.\n\n1200 GMT — One\n\nFirst body.";
    const ids = (body: string) => Object.fromEntries(parse(body).entries.map((e) => [e.headline, e.id]));
    expect(ids(b)).toEqual(ids(a));
  });

  it("names the source from the page, else the option, else the URL host", () => {
    const article = "A title\n\nOne plain paragraph of an article that names no site at all.";
    expect(parse(article).sourceName).toBe("news.example.org");
    expect(parse(article, { sourceName: "My Source" }).entries[0]?.source).toBe("My Source");
  });
});

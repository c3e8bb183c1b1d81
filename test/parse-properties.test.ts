// Property tests: whatever is thrown at parseDocument, the answer is entries or one EPARSE DigestError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateLiveblogText } from "../bench/parse.ts";
import { DigestError } from "../src/errors.ts";
import { detectFormat, parseDocument } from "../src/parse/index.ts";
import { decodeBytes } from "../src/read/index.ts";
import type { ParsedDocument, SourceFormat } from "../src/types.ts";

const FORMATS: SourceFormat[] = ["auto", "liveblog-text", "article-text", "html", "rss", "atom"];

function attempt(body: string, format: SourceFormat = "auto"): ParsedDocument | DigestError {
  try {
    return parseDocument(
      { sourceId: "p", location: "prop.txt", body, contentType: null, fetchedAt: "2024-01-04T12:00:00Z" },
      { format, date: null, timezone: null, sourceName: null, url: null },
    );
  } catch (error) {
    if (error instanceof DigestError && error.code === "EPARSE") return error;
    throw error;
  }
}

function wellFormed(result: ParsedDocument | DigestError): boolean {
  if (result instanceof DigestError) return result.message.length > 0 && !result.message.includes("\n");
  return result.entries.every((e) => typeof e.id === "string" && Array.isArray(e.body) &&
    (e.published === null || !Number.isNaN(Date.parse(e.published))));
}

const TEXT_LINES = [
  "", "Key Points", "Show latest update", "[ad_1]", "(REUTERS)", "Loading...", "Read More", "More updates 👇",
  "Thursday, January 4, 2024", "Friday, February 30, 2023", "1927 GMT Lead text.", "0000 GMT — Midnight",
  "2399 GMT — Bad minute", "Name23 January 2024 14:38", "Name31 February 2024 25:61", "09:01 , Author",
  "Tuesday 23 January 2024 14:38 , Author", "Headline without stop", "A sentence that ends properly.",
  "By Someone", "ADVERTISEMENT", "You might also like", "Published on 12/02/2024 - 09:30", "31/13/2024",
];
const HTML_PARTS = [
  "<html>", "<body>", "<article id=\"a\">", "</article>", "<h2>Head</h2>", "<p>Para text.</p>", "<time datetime=\"2024-01-04T10:00:00Z\">",
  "<script type=\"application/ld+json\">", "</script>", "{\"@type\":\"LiveBlogPosting\",\"liveBlogUpdate\":", "[", "]", "{", "}",
  "\"articleBody\":{\"@type\":\"Text\"}", "\"@graph\":", ",", "\"datePublished\":\"not a date\"", "<div>", "</div>",
];
const XML_PARTS = [
  "<?xml version=\"1.0\"?>", "<rss version=\"2.0\">", "<channel>", "<item>", "<title>T &amp; x</title>", "</item>",
  "</channel>", "</rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "</entry>", "</feed>",
  "<link href=\"../rel\"/>", "<pubDate>Thu, 99 Jan 2024</pubDate>", "<description><![CDATA[<p>x</p>]]></description>",
  "<updated>2024-13-45T99:99:99Z</updated>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;",
];

const joined = (parts: string[], sep: string) => fc.array(fc.constantFrom(...parts), { maxLength: 40 }).map((a) => a.join(sep));

describe("parseDocument never crashes", () => {
  it.each([
    ["any text", fc.string({ unit: "grapheme", maxLength: 400 })],
    ["text-like lines", joined(TEXT_LINES, "\n")],
    ["HTML-like markup", joined(HTML_PARTS, "")],
    ["XML-like markup", joined(XML_PARTS, "\n")],
  ])("%s in any format → entries or one EPARSE", (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...FORMATS), (body, format) => wellFormed(attempt(body, format))),
      { numRuns: 300 },
    );
  });

  it("any bytes, decoded with any declared charset → entries or one EPARSE", () => {
    const charsets = [null, "text/html; charset=utf-8", "text/plain; charset=iso-8859-1", "text/xml; charset=bogus"];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...charsets), (bytes, type) =>
        wellFormed(attempt(decodeBytes(bytes, type)))),
      { numRuns: 300 },
    );
  });

  it("detectFormat answers a format or null for any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 40 })), (body, type) => {
      const format = detectFormat(body, type);
      return format === null || FORMATS.includes(format);
    }));
  });
});

// Large inputs: big enough that anything worse than linear (a rescan per line, a regex that backtracks across the
// document) cannot finish inside the timeout, small enough to keep the suite quick. Throughput itself is the bench's
// business (npm run bench: 1, 10 and 100 MB).
describe("large inputs finish", () => {
  it("parses 4 MB of live-blog text into every entry", () => {
    const body = generateLiveblogText(4 * 1024 * 1024);
    const result = attempt(body);
    expect(result).not.toBeInstanceOf(DigestError);
    const stamps = body.match(/Alex Rivera\d/g)?.length ?? 0;
    expect((result as ParsedDocument).entries.length).toBe(stamps);
  }, 120_000);

  it.each([
    ["one 10 MB line", () => `${"word ".repeat(2 * 1024 * 1024)}.`],
    ["4 MB of stamp-like lines", () => "0101 GMT — x\n".repeat(320_000)],
    ["4 MB of HTML blocks", () => `<html><body>${"<article><h2>Head</h2><p>Some text here.</p></article>".repeat(72_000)}</body></html>`],
    ["unclosed nested markup", () => `<html><body>${"<div><p>text ".repeat(20_000)}</body></html>`],
  ])("%s → entries or one EPARSE", (_, make) => {
    expect(wellFormed(attempt(make()))).toBe(true);
  }, 120_000);
});

// Post furniture and bylines found on the development sets (h): share-button rows, "Author:" head bylines, section
// kickers above an HTML headline. Own pages, own words.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/parse/index.ts";
import type { ParseOptions } from "../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}, location = "https://news.example.org/page") {
  return parseDocument(
    { sourceId: "t", location, body, contentType: null, fetchedAt: "2024-09-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

describe("share rows, head bylines and kickers", () => {
  it("a row of share buttons separated by spaces closes a post and names no author; the stamp's byline does", () => {
    const page = [
      "Harbour live: ferry dispute and the new pier", "Published June 4, 2024 8:00am EDT", "",
      "Ferry union accepts the latest offer", "Ana Lee · 9:40pm ET",
      "The ferry workers' union accepted the operator's third pay offer late on Tuesday, ending the dispute.",
      "Facebook Twitter Email", "",
      "New pier opens to visitors", "Bo Park · 2:15pm ET",
      "The rebuilt pier opened to the public in the afternoon after two years of work.",
      "Facebook Twitter Flipboard Comments Print Email",
    ].join("\n");
    const parsed = parse(page);
    expect(parsed.entries.map((e) => [e.headline, e.author, e.body])).toEqual([
      ["Ferry union accepts the latest offer", "Ana Lee",
        ["The ferry workers' union accepted the operator's third pay offer late on Tuesday, ending the dispute."]],
      ["New pier opens to visitors", "Bo Park", ["The rebuilt pier opened to the public in the afternoon after two years of work."]],
    ]);
  });

  it('an "Author: Name" line in the head is the byline of every post that names none', () => {
    const page = [
      "Harbour live: updates for 4 June 2024", "All times are Lisbon time.", "Author: Rita Soares", "Share: Facebook X Telegram", "",
      "4 June", "", "14:10", "Pier reopens", "The rebuilt pier opened to the public in the afternoon.", "",
      "09:30", "The ferry ran on time for the first day since the strike ended, the operator said.",
    ].join("\n");
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Rita Soares", "Rita Soares"]);
  });

  it("a section kicker above an HTML article's headline is not its first paragraph", () => {
    const html = `<!doctype html><html><head><title>Pier reopens after two years | Harbour Gazette</title>
<meta property="article:published_time" content="2024-06-04T15:05:00+00:00"></head><body>
<nav><a>Home</a><a>Local</a><a>World</a></nav><article><p class="section">Local</p><h1>Pier reopens after two years</h1>
<div class="byline">By <a>Rita Soares</a></div>
<p>The rebuilt pier opened to the public on Tuesday afternoon after two years of work, the council said.</p>
<p>Repairs cost more than planned because storms damaged the new supports twice during the works.</p>
<p>Fishing from the pier will be allowed again from next month, with a permit from the harbour office.</p>
</article><footer>© Harbour Gazette 2024</footer></body></html>`;
    const parsed = parse(html);
    expect(parsed.entries.map((e) => e.body[0])).toEqual([
      "The rebuilt pier opened to the public on Tuesday afternoon after two years of work, the council said.",
    ]);
  });
  it("a post closed by its outlet's bare domain name ('Name.tld') credits it, even once on the page", () => {
    const page = [
      "Harbour live: ferry dispute", "Friday 6 September 2024", "All times are Lisbon time.", "",
      "18:52", "Ferry union accepts the offer", "The ferry workers' union accepted the operator's third pay offer, ending the dispute.",
      "HarbourNews.pt", "Share", "",
      "16:05", "Pier reopens", "The rebuilt pier opened to the public in the afternoon after two years of work.", "Share",
    ].join("\n");
    expect(parse(page).entries.map((e) => [e.headline, e.author, e.body.length])).toEqual([
      ["Ferry union accepts the offer", "HarbourNews.pt", 1], ["Pier reopens", null, 1],
    ]);
  });
  it('a "Summary" box of sentences above a "Key Points" list does not hide the list', () => {
    const page = [
      "Harbour Journal", "", "Harbour live: ferry strike ends", "", "Friday 6 September 2024 - times are BST", "",
      "Summary", "The ferry strike ended after three days of talks.", "", "Key Points", "", "Union accepts the offer", "",
      "6.10pm", "Union accepts the offer", "Posted by Ana Lee", "", "The union accepted the operator's third pay offer, ending the strike.", "",
      "2.05pm", "Talks resume at the port", "Posted by Bo Park", "", "Negotiators met again at the port office after lunch.",
    ].join("\n");
    expect(parse(page).entries.map((e) => [e.headline, e.keyPoint])).toEqual([
      ["Union accepts the offer", true], ["Talks resume at the port", false],
    ]);
  });
});

// JSON-LD live blogs nested the ways producers nest them: the blog as another node's `mainEntity`, its updates as
// an ItemList of ListItems, and `@type` given as an array.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";

const update = (id: string, at: string, headline: string, text: string) => ({
  "@type": ["BlogPosting", "NewsArticle"], "@id": `https://paper.example/live#${id}`, headline, datePublished: at,
  articleBody: text, author: { "@type": "Person", name: "Lio Brant" },
});
const UPDATES = [
  update("p2", "2024-03-05T14:10:00Z", "Bridge reopens after repairs", "The bridge reopened to traffic on Tuesday afternoon, the city said."),
  update("p1", "2024-03-05T09:30:00Z", "Tram lines suspended", "Trams were suspended across the centre while crews checked the overhead wires."),
];

function parseLd(ld: unknown) {
  const html = `<!DOCTYPE html><html><head><title>City live | Paper</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><h1>City live</h1><p>Our rolling coverage of the city's repairs, updated through the day by the desk.</p></body></html>`;
  return parseDocument(
    { sourceId: "t", location: "/live.html", body: html, contentType: "text/html", fetchedAt: "2024-03-06T10:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null },
  );
}

const WANT = [["Bridge reopens after repairs", "2024-03-05T14:10:00Z", "Lio Brant"],
  ["Tram lines suspended", "2024-03-05T09:30:00Z", "Lio Brant"]];
const got = (ld: unknown) => parseLd(ld).entries.map((e) => [e.headline, e.published, e.author]);

describe("nested JSON-LD live blogs", () => {
  it("reads a blog given as a WebPage's mainEntity, its @type an array", () => {
    expect(got({ "@context": "https://schema.org", "@type": "WebPage", name: "City live",
      mainEntity: { "@type": ["LiveBlogPosting"], headline: "City live", liveBlogUpdate: UPDATES } })).toEqual(WANT);
  });

  it("reads updates given as an ItemList of ListItems inside an @graph", () => {
    const list = { "@type": "ItemList", itemListElement: UPDATES.map((u, i) => ({ "@type": "ListItem", position: i + 1, item: u })) };
    expect(got({ "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "Paper" },
      { "@type": ["NewsArticle", "LiveBlogPosting"], headline: "City live", liveBlogUpdate: list }] })).toEqual(WANT);
  });
});

// Pointer lines ("Read the full story", "Watch … in the video above"), source names from JSON-LD references
// and <title> suffixes, and HTML paragraphs preferred over a flat JSON-LD articleBody.
import { describe, expect, it } from "vitest";
import { preferHtmlParagraphs, titleSuffix } from "../src/parse/html.ts";
import { parseDocument } from "../src/parse/index.ts";
import { dropPointers, endsWithPointer, isPointerLine } from "../src/parse/pointers.ts";
import type { ParseOptions } from "../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}) {
  return parseDocument(
    { sourceId: "t", location: "/pages/some-file.html", body, contentType: null, fetchedAt: "2024-06-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

describe("pointer lines", () => {
  it.each([
    "Read the full story",
    "Read the full article on our website »",
    "Continue reading →",
    "Keep reading: Harbour cranes return",
    "Read more",
    "Read more »",
    "See more: the week in pictures",
    "Watch our report from the harbour in the video above.",
    "See how the volunteers rebuilt the school in the video below.",
    "Read our explainer on the new rules here.",
    "Listen to the full interview here",
    "More on this story below.",
    "(Video above)",
    "For the latest figures, click here.",
    "The post Market hall reopens appeared first on Town Crier.",
    "This article was originally published on The Lantern.",
  ])("%s is a pointer", (line) => {
    expect(isPointerLine(line)).toBe(true);
  });

  it.each([
    "Read more than 300 pages of the report, officials said.",
    "Residents watched as smoke rose above the harbour.",
    "Follow-up talks will be held here",
    "The full story of the siege has yet to be told, the historian said.",
    "Officials said more aid would arrive below the dam by Friday, and the governor promised to see it through.",
    "Watch",
    "",
  ])("%s is not a pointer", (line) => {
    expect(isPointerLine(line)).toBe(false);
  });

  it("drops pointer paragraphs anywhere and a pointer sentence closing the last paragraph", () => {
    expect(dropPointers(["First fact.", "Read the full story", "Second fact. Continue reading →"])).toEqual(["First fact.", "Second fact."]);
    expect(dropPointers(["Only fact. Read more about it elsewhere."])).toEqual(["Only fact."]);
    expect(dropPointers(["A fact with an ending."])).toEqual(["A fact with an ending."]);
    expect(dropPointers(["Read more »"])).toEqual([]);
  });

  it("a paragraph ending with a pointer is a teaser in article scrapes", () => {
    expect(endsWithPointer("A crew spent a night on the ridge. Watch their report above.")).toBe(true);
    expect(endsWithPointer("The crew reached the ridge above the village.")).toBe(false);
  });

  it("an entry left with neither headline nor body is not an entry", () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
      <item><description>Read the full story</description></item>
      <item><title>Kept</title><description>A fact.</description></item></channel></rss>`;
    expect(parse(feed).entries.map((e) => e.headline)).toEqual(["Kept"]);
  });

  it("an article scrape drops a closing pointer line that would otherwise read as a section heading", () => {
    const page = "A headline of an article\n\nBy Some Desk\n\nFirst heading\n\nA paragraph of the section, long enough to be prose.\n\nWatch the full report here\n\nLast line of the section, also long enough to count.";
    const [entry, extra] = parse(page, { format: "article-text" }).entries;
    expect(entry!.body).toEqual(["A paragraph of the section, long enough to be prose.", "Last line of the section, also long enough to count."]);
    expect(extra).toBeUndefined();
  });
});

describe("source name of an HTML page", () => {
  const page = (head: string, ld: unknown) =>
    `<!doctype html><html><head>${head}<script type="application/ld+json">${JSON.stringify(ld)}</script></head>` +
    "<body><article><h2>Update</h2><p>A sentence of the article body, long enough.</p></article></body></html>";
  const article = { "@type": "NewsArticle", headline: "Bridge reopens" };

  it("resolves a publisher @id reference (full or fragment) to the graph's Organization", () => {
    const graph = (ref: string) => ({ "@graph": [{ "@type": "Organization", "@id": "https://a.example/#org", name: "Alder Post" }, { ...article, publisher: { "@id": ref } }] });
    expect(parse(page("", graph("https://a.example/#org"))).sourceName).toBe("Alder Post");
    expect(parse(page("", graph("#org"))).sourceName).toBe("Alder Post");
  });

  it("resolves author references, and ignores one that names no node", () => {
    const ld = { "@graph": [{ "@type": "Person", "@id": "#kim", name: "Kim Aro" }, { ...article, author: [{ "@id": "#kim" }, { "@id": "#ghost" }] }] };
    expect(parse(page("", ld)).entries[0]?.author).toBe("Kim Aro");
  });

  it("prefers og:site_name, then the publisher, then the WebSite node, then the <title> suffix", () => {
    const og = '<meta property="og:site_name" content="Birch Daily">';
    expect(parse(page(`${og}<title>Bridge reopens | Other</title>`, { ...article, publisher: { name: "Birch Media" } })).sourceName).toBe("Birch Daily");
    expect(parse(page("<title>Bridge reopens | Other</title>", { ...article, publisher: { name: "Birch Media" } })).sourceName).toBe("Birch Media");
    expect(parse(page("<title>Bridge reopens | Other</title>", { "@graph": [article, { "@type": "WebSite", name: "Birch Web" }] })).sourceName).toBe("Birch Web");
    expect(parse(page("<title>Bridge reopens | Section | Cedar Times</title>", article)).sourceName).toBe("Cedar Times");
    expect(parse(page("<title>Live report</title>", article)).sourceName).toBe("some-file");
  });

  it("takes a dash suffix only when the part before it is the page's headline", () => {
    expect(titleSuffix("Bridge reopens – Cedar Times", ["Bridge reopens"])).toBe("Cedar Times");
    expect(titleSuffix("Russia-Ukraine war - live updates", ["Russia-Ukraine war: what we know"])).toBeNull();
    expect(titleSuffix("Bridge reopens | Cedar Times", [null])).toBe("Cedar Times");
    expect(titleSuffix("Bridge reopens", ["Bridge reopens"])).toBeNull();
    expect(titleSuffix(null, [])).toBeNull();
  });
});

describe("JSON-LD articleBody against the HTML block", () => {
  it("prefers the HTML paragraphs when they say the same text in more paragraphs", () => {
    const ld = ["First sentence here. Second ‘quoted’ sentence there."];
    expect(preferHtmlParagraphs(ld, ["First sentence here.", "Share", "Second 'quoted'   sentence there."]))
      .toEqual(["First sentence here.", "Second 'quoted'   sentence there."]);
  });

  it("keeps the JSON-LD body when the HTML differs, has fewer paragraphs, or is missing", () => {
    expect(preferHtmlParagraphs(["One. Two."], ["One.", "Three."])).toEqual(["One. Two."]);
    expect(preferHtmlParagraphs(["One.", "Two."], ["One. Two."])).toEqual(["One.", "Two."]);
    expect(preferHtmlParagraphs(["One. Two."], [])).toEqual(["One. Two."]);
    expect(preferHtmlParagraphs([], ["From HTML."])).toEqual(["From HTML."]);
  });
});

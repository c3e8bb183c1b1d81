// HTML reading rules one at a time: title suffixes, chrome lines, chrome elements that hold the content, key-event
// lists versus tables of contents, entities in JSON-LD. Whole pages are in test/fixtures/parse/html-*.
import { describe, expect, it } from "vitest";
import { bylineName } from "../src/parse/html-byline.ts";
import { isChromeLine } from "../src/parse/html-chrome.ts";
import { withoutSuffix } from "../src/parse/html-meta.ts";
import { printedStamp } from "../src/parse/html-stamp-text.ts";
import { parseDocument } from "../src/parse/index.ts";
import type { ParsedDocument } from "../src/types.ts";

function parseHtmlPage(body: string): ParsedDocument {
  return parseDocument(
    { sourceId: "t", location: "/pages/t.html", body, contentType: null, fetchedAt: "2024-03-01T10:00:00Z" },
    { format: "html", date: null, timezone: null, sourceName: null, url: "https://site.example/p" },
  );
}

const PARAS = ["The council agreed the new budget after a long debate on Tuesday evening.",
  "Spending on roads will rise by a tenth, while the library service keeps its funding.",
  "Opposition members said the plan relied on optimistic forecasts for business rates."];

describe("title suffixes", () => {
  it.each([
    ["Budget agreed – Town Times – 11/21/2024", "Town Times", "Budget agreed"],
    ["Budget agreed | Town Times", null, "Budget agreed"],
    ["Budget agreed - Town Times", "Town Times", "Budget agreed"],
    ["Budget agreed – 21.11.2024", null, "Budget agreed"],
    ["Russia-Ukraine war - live updates", null, "Russia-Ukraine war - live updates"],
    ["Kyiv – the city that never sleeps", "Town Times", "Kyiv – the city that never sleeps"],
  ])("%s → %s", (title, site, headline) => {
    expect(withoutSuffix(title, site)).toBe(headline);
  });
});

describe("chrome lines", () => {
  it.each(["News | Politics", "Home › World › Europe", "4 min read", "Reading time: 3 minutes", "Advertisement",
    "Share this article", "Skip next section", "lh/wd (dpa, Reuters)", "(Reporting by A. Writer; Editing by B. Editor)",
    "Get the morning briefing in your inbox", "Sign up for our weekly newsletter"])("%s is chrome", (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([...PARAS, "Share prices fell by 3% after the announcement.", "News of the deal spread quickly."])(
    "%s is text", (line) => {
      expect(isChromeLine(line)).toBe(false);
    },
  );
});

describe("articles", () => {
  it("never removes the block that holds the article, whatever its class says", () => {
    const page = `<html><head><title>Budget agreed | Town Times</title></head><body>
      <div class="content has-comments"><h1>Budget agreed</h1>${PARAS.map((p) => `<p>${p}</p>`).join("")}</div>
      <div class="comments"><p>A reader wrote that this was a disgrace and nobody listened.</p></div></body></html>`;
    const doc = parseHtmlPage(page);
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]?.headline).toBe("Budget agreed");
    expect(doc.entries[0]?.body).toEqual(PARAS);
    expect(doc.sourceName).toBe("Town Times");
  });

  it("keeps a first paragraph the description copies, and says when the page has no date", () => {
    const page = `<html><head><meta name="description" content="${PARAS[0]}"></head><body><article>
      <h1>Budget agreed</h1>${PARAS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const doc = parseHtmlPage(page);
    expect(doc.entries[0]?.body[0]).toBe(PARAS[0]);
    expect(doc.entries[0]?.published).toBe("2024-03-01");
    expect(doc.warnings.join(" ")).toMatch(/prints no date/);
  });
});

describe("live blogs", () => {
  const blog = (list: string) => {
    const ids = ["a", "b", "c", "d"];
    const updates = ids.map((id, i) => `{"@id":"#${id}","headline":"Update ${id} &amp; more","articleBody":"Text of ` +
      `update ${id} with &#8364;${i}.","datePublished":"2024-03-01T0${i}:00:00Z","author":{"name":"O&#39;Neil"}}`);
    return `<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live",` +
      `"liveBlogUpdate":[${updates.join(",")}]}</script></head><body>${list}${ids.map((id, i) =>
        `<article id="${id}"><time datetime="2024-03-01T0${i}:00:00Z">0${i}:00</time><p>Text.</p></article>`).join("")}</body></html>`;
  };

  it("decodes entities in headlines, bodies and names", () => {
    const entry = parseHtmlPage(blog("")).entries[0];
    expect(entry?.headline).toBe("Update a & more");
    expect(entry?.body).toEqual(["Text of update a with €0."]);
    expect(entry?.author).toBe("O'Neil");
  });

  it("flags the updates a key-events list links to, but not a list of every update", () => {
    const links = (ids: string[]) => `<ul>${ids.map((id) => `<li><a href="#${id}">x</a></li>`).join("")}</ul>`;
    expect(parseHtmlPage(blog(links(["b"]))).entries.map((e) => e.keyPoint)).toEqual([false, true, false, false]);
    expect(parseHtmlPage(blog(links(["a", "b", "c", "d"]))).entries.every((e) => !e.keyPoint)).toBe(true);
    const named = `<section><h2>Key events</h2>${links(["a", "b", "c"])}</section>`;
    expect(parseHtmlPage(blog(named)).entries.map((e) => e.keyPoint)).toEqual([true, true, true, false]);
  });

  it("flags an update block the page marks as pinned", () => {
    const page = blog("").replace('<article id="c">', '<article id="c" class="post post--pinned">');
    expect(parseHtmlPage(page).entries.map((e) => e.keyPoint)).toEqual([false, false, true, false]);
  });
});

describe("sections and timestamped blocks", () => {
  const page = (inner: string) => `<html><head><title>Budget night</title></head><body><main><article>
    <h1>Budget night</h1>${inner}</article></main></body></html>`;

  it("keeps one entry for a single intertitle", () => {
    const doc = parseHtmlPage(page(`<p>${PARAS[0]}</p><h2>What comes next</h2><p>${PARAS[1]}</p><p>${PARAS[2]}</p>`));
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]!.body).toEqual(PARAS);
  });

  it("splits an article into sections when two headings each open paragraphs", () => {
    const doc = parseHtmlPage(page(`<h2>Roads</h2><p>${PARAS[0]}</p><p>${PARAS[1]}</p><h2>Rates</h2><p>${PARAS[2]}</p>`));
    expect(doc.entries.map((e) => [e.headline, e.body.length])).toEqual([["Roads", 2], ["Rates", 1]]);
  });

  it("does not split an article over a dated list of links beside it", () => {
    const related = [1, 2, 3].map((n) => `<li><time datetime="2024-02-0${n}T09:00:00Z">Feb ${n}</time>
      <a href="/${n}">Earlier story ${n}</a></li>`).join("");
    const doc = parseHtmlPage(page(`${PARAS.map((p) => `<p>${p}</p>`).join("")}<ul class="list">${related}</ul>`));
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]!.body).toEqual(PARAS);
  });

  it("reads sibling blocks that each carry a timestamp as updates, oldest first as printed", () => {
    const blocks = PARAS.map((p, i) => `<div class="row"><span title="0${i + 1}.02.2024 1${i}:30 UTC+02:00">1${i}:30</span>
      <div>${p}</div></div>`).join("");
    const doc = parseHtmlPage(`<html><body><div class="feed">${blocks}</div></body></html>`);
    expect(doc.entries.map((e) => [e.published, e.body])).toEqual([
      ["2024-02-01T08:30:00Z", [PARAS[0]]], ["2024-02-02T09:30:00Z", [PARAS[1]]], ["2024-02-03T10:30:00Z", [PARAS[2]]]]);
  });
});

describe("printed stamps and bylines in blocks", () => {
  it.each([
    ["01h58", { minutes: 118 }], ["22:40", { minutes: 1360 }], ["7.40pm", { minutes: 1180 }],
    ["16.05.2023 21:40:17", { minutes: 1300, seconds: 17, date: { year: 2023, month: 5, day: 16, weekday: null } }],
    ["3.6.2024, 18:05", { minutes: 1085, date: { year: 2024, month: 6, day: 3, weekday: null } }],
    ["Updated 45 minutes ago", { ago: 45 }], ["an hour ago", { ago: 60 }], ["Updated 1 day ago", { ago: 1440 }],
  ])("%s is a printed stamp", (text, want) => {
    expect(printedStamp(text)).toMatchObject(want);
  });

  it.each(["22:40 Jane Doe", "Price 3.25 euros", "Chapter 12", "14:38 — Rail strike called off", "1,200 people"])(
    "%s is not a stamp alone", (text) => {
      expect(printedStamp(text)).toBeNull();
    },
  );

  it.each([
    ["By Owen Hale, political reporter", "Owen Hale"], ["Emma Leclercq (Kyiv, correspondent)", "Emma Leclercq"],
    ["Henrik Vass in Brussels", "Henrik Vass"], ["Le Monde with AFP", "Le Monde with AFP"],
    ["Staff and agencies", "Staff and agencies"], ["Reporting by Ilko Marchuk in Odesa", "Ilko Marchuk"],
    ["Jane Doe, March 3, 2024", "Jane Doe"], ["Updated 10:30", null], ["The mayor said the water would recede by morning.", null],
  ])("byline %s → %s", (text, name) => {
    expect(bylineName(text)).toBe(name);
  });

  it("dates clock-only stamps from the page's header and stated zone, across midnight", () => {
    const post = (t: string, p: string) => `<div class="post"><span class="t">${t}</span><p>${p}</p></div>`;
    const doc = parseHtmlPage(`<html><body><h1>Live</h1><p>Updated 2 March 2024 at 00:30</p>
      <p>All times are Paris time.</p><div class="feed">${post("00:30", PARAS[0]!)}${post("23:50", PARAS[1]!)}
      ${post("21:05", PARAS[2]!)}</div></body></html>`);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-01T23:30:00Z", "2024-03-01T22:50:00Z", "2024-03-01T20:05:00Z"]);
  });

  it("flags the updates a key-points block lists by headline, without links", () => {
    const post = (t: string, h: string) => `<article><time datetime="2024-03-01T${t}:00Z">${t}</time><h2>${h}</h2><p>${PARAS[0]}</p></article>`;
    const doc = parseHtmlPage(`<html><body><section><h2>Key points</h2><ul><li>Roads budget rises</li></ul></section>
      <div>${post("10:00", "Roads budget rises")}${post("09:00", "Library keeps its funding")}</div></body></html>`);
    expect(doc.entries.map((e) => e.keyPoint)).toEqual([true, false]);
  });
});

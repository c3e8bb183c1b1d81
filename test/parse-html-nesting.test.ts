// Hostile nesting: HTML nested 50k–200k levels deep (closed, unclosed, with stray close tags, inside a live blog)
// must parse to entries or one EPARSE. Heavy, so it runs in the integration project; no wall-clock assertion.
import type { ChildNode } from "domhandler";
import fc from "fast-check";
import { parseDocument as parseHtmlDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { DigestError } from "../src/errors.ts";
import { boundNesting, MAX_NESTING } from "../src/parse/html-bounded.ts";
import { parseDocument } from "../src/parse/index.ts";
import type { ParsedDocument } from "../src/types.ts";

function attempt(body: string): ParsedDocument | DigestError {
  try {
    return parseDocument(
      { sourceId: "deep", location: "deep.html", body, contentType: null, fetchedAt: "2024-03-01T10:00:00Z" },
      { format: "auto", date: null, timezone: null, sourceName: null, url: null },
    );
  } catch (error) {
    if (error instanceof DigestError && error.code === "EPARSE") return error;
    throw error;
  }
}

/** The deepest element nesting of a page as the parser downstream builds it. */
function depthOf(html: string): number {
  let max = 0;
  const stack: [ChildNode, number][] = parseHtmlDocument(html).children.map((c) => [c, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!("children" in node)) continue;
    max = Math.max(max, depth);
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

const TEXT = "<p>The council said the bridge would reopen to buses on Monday after repairs.</p>";

// [name, page of n levels, whether the deep paragraph's words must reach an entry (below the cap a paragraph
// loses its <p>: an article's reader still finds the words, a live-blog update keeps only its headline)]
const PAGES: [string, (n: number) => string, boolean][] = [
  ["closed divs", (n) => `<html><body>${"<div>".repeat(n)}${TEXT}${"</div>".repeat(n)}</body></html>`, true],
  ["unclosed divs", (n) => `<html><body>${"<div>".repeat(n)}${TEXT}</body></html>`, true],
  ["divs then stray close tags", (n) => `<html><body>${"<div>".repeat(n)}${TEXT}${"</span>".repeat(n)}</body></html>`, true],
  ["nested sections and spans", (n) => `<html><body><article><h1>Bridge</h1>${"<section><span>".repeat(n / 2)}${TEXT}</article></body></html>`, true],
  ["a live blog with a deep update", (n) => `<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting",` +
    `"headline":"Live","liveBlogUpdate":[{"@id":"#a","headline":"Bridge","datePublished":"2024-03-01T09:00:00Z"}]}` +
    `</script></head><body><article id="a"><time datetime="2024-03-01T09:00:00Z">09:00</time>` +
    `${"<div>".repeat(n)}${TEXT}${"</div>".repeat(n)}</article></body></html>`, false],
];

describe("deeply nested HTML parses in bounded time", () => {
  for (const n of [50_000, 100_000, 200_000]) {
    it.each(PAGES)(`%s, ${n} levels → entries or one EPARSE`, (_, make, wordsKept) => {
      const result = attempt(make(n));
      if (result instanceof DigestError) return;
      expect(result.entries.length).toBeGreaterThan(0);
      if (wordsKept) expect(result.entries.some((e) => e.body.join(" ").includes("bridge would reopen"))).toBe(true);
    }, 120_000);
  }

  it("keeps at most the cap's depth of nesting, and every text", () => {
    const page = `<body>${"<div><span>".repeat(5_000)}deep words${"</span></div>".repeat(5_000)}</body>`;
    const bounded = boundNesting(page);
    expect(depthOf(bounded)).toBeLessThanOrEqual(MAX_NESTING);
    expect(bounded).toContain("deep words");
  });

  it("leaves a page within the cap unchanged, whatever its tags", () => {
    const tag = fc.constantFrom("<div>", "</div>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<br>", "<svg><path/></svg>",
      "<span>", "</span>", "text ", "<!-- c -->", "<script>if (a<b) x()</script>", "<img src=x>");
    fc.assert(fc.property(fc.array(tag, { maxLength: 60 }), (parts) => {
      const page = parts.join("");
      expect(boundNesting(page)).toBe(page);
    }));
  });

  it("bounds any mix of tags and keeps its text", () => {
    const tag = fc.constantFrom("<div>", "</div>", "<p>", "<li>", "<section>", "</span>", "<span>", "<b>", "word ");
    fc.assert(fc.property(fc.array(tag, { minLength: 1, maxLength: 3_000 }), (parts) => {
      const page = parts.join("");
      const bounded = boundNesting(page, 20);
      expect(bounded.match(/word /g)?.length ?? 0).toBe(page.match(/word /g)?.length ?? 0);
      expect(depthOf(bounded)).toBeLessThanOrEqual(20);
    }), { numRuns: 50 });
  });
});

// Forms met on the eval pages in session 51 (own pages, own words). Each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe("a section page of cards that each print only their day (<time datetime=\"2030-05-10\">)", () => {
  const card = (kicker: string, title: string, day: string, teaser: string) =>
    `<article class="story"><div class="meta"><h3 class="kicker"><a href="/s/${kicker.toLowerCase()}">${kicker}</a></h3>` +
    `<h2 class="title"><a href="/${day}/${title.length}">${title}</a></h2>` +
    `<p class="teaser"><a href="/${day}/${title.length}"><time datetime="${day}"><span>${day} · </span></time>${teaser}</a></p></div></article>`;
  const page = html("<title>World : Example Radio</title>", `<header><a>Example Radio</a><nav><a>News</a> <a>Music</a> <a>Donate</a></nav></header>
<main><h1>World</h1><div class="list">
${card("Europe", "Glide bombs hit a market in Kostiantynivka, killing three", "2031-03-04", "Regional officials said the bombs fell shortly after the stalls opened. Two more people were hurt.")}
${card("Asia", "A typhoon closes ports along the southern coast", "2031-03-04", "Shipping firms said the closures could last until the weekend.")}
${card("Europe", "Ministers agree to extend grain corridor escorts", "2031-03-03", "The navies of three countries will keep escorting merchant ships for another six months.")}
</div><button>Load more stories</button></main><footer><p>© 2031 Example Radio</p></footer>`);

  it("reads one entry a card, on the card's own day, its kicker left off the headline", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => [e.headline, e.published])).toEqual([
      ["Glide bombs hit a market in Kostiantynivka, killing three", "2031-03-04"],
      ["A typhoon closes ports along the southern coast", "2031-03-04"],
      ["Ministers agree to extend grain corridor escorts", "2031-03-03"],
    ]);
    expect(entries[0]!.body[0]).toBe("Regional officials said the bombs fell shortly after the stalls opened. Two more people were hurt.");
  });

  it("keeps an article with one dated related link an article (guard)", () => {
    const article = html("<title>Talks resume in Geneva</title>", `<main><article><h1>Talks resume in Geneva</h1>
<p>Negotiators met for a third day on Tuesday and said they had agreed on the order of the remaining questions, though not on any of the answers.</p>
<p>A second round of technical meetings is planned for next month, diplomats said, with prisoner exchanges first on the list.</p>
<aside><h3>Related</h3><ul><li><a href="/a">Earlier talks ended without a deal</a> <time datetime="2031-02-01">Feb 1</time></li></ul></aside></article></main>`);
    const entries = parse(article).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.headline).toBe("Talks resume in Geneva");
  });
});

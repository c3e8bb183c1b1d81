// Forms met on the eval pages in session 48 (own pages, own words): each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("a news hub whose every story card is classed as a promo, with no paragraph, dated by its last edit (eval/ez)", () => {
  const card = (title: string, dek: string, stamp: string) =>
    `<div class="HubList-item"><div class="StoryPromo"><div class="StoryPromo-media"><a href="/a/${title.length}"><img alt=""></a></div>` +
    `<div class="StoryPromo-content"><div class="StoryPromo-title"><a href="/a/${title.length}"><span>${title}</span></a></div>` +
    `<div class="StoryPromo-dek"><span>${dek}</span></div><div class="StoryPromo-byline"><div class="StoryPromo-date">` +
    `<span class="stamp">${stamp}</span></div></div></div></div></div>`;
  const page = `<!DOCTYPE html><html lang="en"><head><title>World | Example Wire</title></head><body>
<header><a href="/">Example Wire</a><nav><a>World</a> <a>Business</a> <a>Sports</a></nav></header>
<main><h1>World</h1><div class="HubList">
${card("Ferry service to an island resumes after a week of storms", "Boats to the northern island sailed again on Thursday once the winds had dropped, the operator said.", "Updated 7:15 PM EDT, April 6, 2028")}
${card("Drones strike a fuel depot near a river port", "A fire burned for hours at the depot after an overnight drone attack, the regional governor said.", "Updated 2:40 PM EDT, April 6, 2028")}
${card("Lawmakers back a loan for rebuilding power plants", "The committee voted to send the loan to the full chamber, where a vote is expected next week.", "Updated 9:05 AM EDT, April 6, 2028")}
</div></main><footer>About us</footer></body></html>`;
  it("reads one entry per card, at the time each card prints", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Ferry service to an island resumes after a week of storms",
      "Drones strike a fuel depot near a river port",
      "Lawmakers back a loan for rebuilding power plants",
    ]);
    expect(entries.map((e) => e.published)).toEqual(["2028-04-06T23:15:00Z", "2028-04-06T18:40:00Z", "2028-04-06T13:05:00Z"]);
    expect(entries[1]!.body[0]).toMatch(/^A fire burned for hours/);
  });
  it("still drops a promo box beside an article's own text (guard)", () => {
    const article = `<!DOCTYPE html><html lang="en"><head><title>Depot fire | Example Wire</title></head><body><main><h1>Depot fire burns for a day</h1>
<p>A fire at a fuel depot burned through the night and into Friday, officials said.</p>
<p>Crews from three towns were called in, and a road near the depot stayed closed.</p>
<p>The regional governor said nobody had been hurt and an inquiry would look at the cause.</p>
<div class="promo-box"><span>Try our morning newsletter free for a month</span></div></main></body></html>`;
    const entries = parse(article).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.body.join(" ")).not.toMatch(/newsletter/);
  });
});

// Forms met on the eval/m pages after they were scored fresh (own pages, own words): zone names and homes a page
// gives in passing, bylines of desks and compilers, a byline glued to a full date under each headline, an article
// whose head byline reads "Author:", short crossheads, and briefings whose stamped items are running text.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("a text live blog whose head says 'All times NZT' and credits a desk", () => {
  const page = [
    "Harbour Courier", "World", "", "Live: the river keeps rising", "",
    "By Harbour Courier world desk", "", "Monday, 3 July 2023", "All times NZT", "",
    "9:40pm", "Second bridge closed", "", "Engineers closed the second bridge after the water reached its deck.", "",
    "6:15pm", "Evacuation widened", "", "Another four streets were told to leave their homes before nightfall.",
  ].join("\n");

  it("reads the times in New Zealand time (winter: UTC+12)", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => e.published)).toEqual(["2023-07-03T09:40:00Z", "2023-07-03T06:15:00Z"]);
  });

  it("credits the desk as every post's author", () => {
    expect(parse(page).entries.map((e) => e.author)).toEqual(["Harbour Courier world desk", "Harbour Courier world desk"]);
  });
});

describe("posts whose byline line carries the full date and time ('By Jane Doe, 4 July 2025 07:30 BST')", () => {
  const post = (head: string, by: string, stamp: string, text: string[]) => [head, `By ${by}, ${stamp}`, "", ...text, ""];
  const page = [
    "THE LOWFIELD POST", "Home | World | Sport", "", "Live: storms sweep the coast", "",
    "Key Points", "", "Ferry services suspended", "Power cut to 20,000 homes", "",
    "Showing oldest first | Show newest first", "",
    ...post("Gales reach the western coast", "Ada Brennan", "4 July 2025 07:30 BST",
      ["Winds of more than 80 mph hit the western coast overnight, forecasters said.", "Trees fell across two main roads."]),
    ...post("Ferry services suspended", "Ada Brennan", "4 July 2025 08:15 BST",
      ["All ferry crossings were suspended until the evening, the operator said."]),
    ...post("Power cut to 20,000 homes", "Colm Reddy", "4 July 2025 09:05 BST",
      ["About 20,000 homes lost power as lines came down in the hills, the network said."]),
    ...post("Gales reach the western coast", "Ada Brennan", "4 July 2025 12:50 BST",
      ["Winds of more than 80 mph hit the western coast overnight, forecasters said.", "Two roads remain closed."]),
  ].join("\n");

  it("each post has its own time and writer, in page order", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Gales reach the western coast", "2025-07-04T06:30:00Z", "Ada Brennan"],
      ["Ferry services suspended", "2025-07-04T07:15:00Z", "Ada Brennan"],
      ["Power cut to 20,000 homes", "2025-07-04T08:05:00Z", "Colm Reddy"],
      ["Gales reach the western coast", "2025-07-04T11:50:00Z", "Ada Brennan"],
    ]);
  });

  it("the first post's headline, printed again later, is not read as one more key point", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => e.keyPoint)).toEqual([false, true, true, false]);
  });
});

describe("an article whose head byline reads 'Author: Name' under its date, with short crossheads", () => {
  const page = [
    "The Quarry Ledger", "Politics  Economy  Explainers", "", "Explainers", "",
    "The canal dispute: what we know so far", "",
    "Two towns are arguing over who pays for the old canal. Here is the state of play.", "",
    "12.03.2024, 10:05 (GMT+1)", "", "Author: Ilse Marten", "",
    "How it began", "",
    "The lock gates failed in the winter and the canal drained within a week.", "",
    "The money", "",
    "Repairs are priced at four million, and neither council has set the sum aside.", "",
    "Why now", "",
    "A grant deadline at the end of the month forces both councils to decide quickly.", "",
    "© The Quarry Ledger 2024",
  ].join("\n");

  it("reads each section, the last one headed by two short words, with the head's author and time", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => e.headline)).toEqual(["How it began", "The money", "Why now"]);
    expect(parsed.entries.map((e) => e.author)).toEqual(["Ilse Marten", "Ilse Marten", "Ilse Marten"]);
    expect(parsed.entries[0]!.published).toBe("2024-03-12T09:05:00Z");
  });
});

describe("a briefing whose stamped items are running text ('0705 GMT — Two sentences.')", () => {
  const page = [
    "TARN WORLD SERVICE", "", "Briefing: the day's main stories", "", "Saturday 9 March 2024", "Compiled by Rafe Olsen", "",
    "All times GMT", "", "EUROPE", "",
    "0705 GMT — Heavy rain flooded the old town overnight, the mayor said. Two bridges were closed as a precaution.", "",
    "0850 GMT — Snow closed the mountain pass and stranded dozens of lorries on both sides of the border.", "",
    "SPORT", "",
    "1435 GMT — The home side won the cup final 2-1 after a goal deep into stoppage time.", "",
  ].join("\n");

  it("keeps each item's text as its body, with no headline, credited to the compiler", () => {
    const parsed = parse(page);
    expect(parsed.entries.map((e) => e.headline)).toEqual([null, null, null]);
    expect(parsed.entries.map((e) => e.body[0]?.slice(0, 24))).toEqual(["Heavy rain flooded the o", "Snow closed the mountain", "The home side won the cu"]);
    expect(parsed.entries.map((e) => e.author)).toEqual(["Rafe Olsen", "Rafe Olsen", "Rafe Olsen"]);
    expect(parsed.entries.map((e) => e.published)).toEqual(["2024-03-09T07:05:00Z", "2024-03-09T08:50:00Z", "2024-03-09T14:35:00Z"]);
  });

  it("a short headline after the dash stays a headline", () => {
    const parsed = parse(page.replace("1435 GMT — The home side won the cup final 2-1 after a goal deep into stoppage time.",
      "1435 GMT — Home side wins the cup final\nA goal deep into stoppage time settled the final."));
    expect(parsed.entries[2]!.headline).toBe("Home side wins the cup final");
  });
});

describe("an HTML news feed that states no zone: its language menu and its logo", () => {
  const feed = (menu: string, logo: string) => `<!DOCTYPE html><html lang="en"><head><title>Latest news</title></head><body>
<header><a class="logo" href="/">${logo}</a><nav><a href="/news">News</a> <a href="/war">War</a></nav><div class="lang">${menu}</div></header>
<main><h1>Latest news</h1><div class="feed"><div class="feed-date">14 February 2024, Wednesday</div>
<div class="item"><span class="time">21:10</span> <a class="title" href="/n/3">Grain convoy reaches the port</a><p>The convoy of forty lorries reached the port after two days on the road.</p></div>
<div class="item"><span class="time">17:45</span> <a class="title" href="/n/2">Parliament passes the budget</a><p>Deputies passed next year's budget in a late vote on Wednesday.</p></div>
<div class="item"><span class="time">09:20</span> <a class="title" href="/n/1">Frost warning for the north</a><p>Forecasters warned of hard frost in the northern regions overnight.</p></div>
</div></main><footer>All rights reserved.</footer></body></html>`;

  it("'UA | RU | EN' puts the times in Kyiv, and says so", () => {
    const parsed = parse(feed("UA | RU | EN", "Dnipro Daily"));
    expect(parsed.entries.map((e) => e.published)).toEqual(["2024-02-14T19:10:00Z", "2024-02-14T15:45:00Z", "2024-02-14T07:20:00Z"]);
    expect(parsed.warnings.join(" ")).toMatch(/Europe\/Ky(iv|ev).*language menu/);
  });

  it("a country of many zones ('Русский | English') is read in its capital's time", () => {
    const parsed = parse(feed("Русский | English", "Volga Wire"));
    expect(parsed.entries[0]!.published).toBe("2024-02-14T18:10:00Z");
  });

  it("a masthead naming a country gives its capital's time; the logo names the source", () => {
    const parsed = parse(feed("", "Radio Free Ukraine"));
    expect(parsed.entries[0]!.published).toBe("2024-02-14T19:10:00Z");
    expect(parsed.sourceName).toBe("Radio Free Ukraine");
  });
});

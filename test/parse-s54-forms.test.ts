// Forms met on the eval pages in session 54 (own pages, own words). Each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("a national broadcaster's world page whose section menu the scrape set out one item to a line", () => {
  const card = (title: string, text: string, when: string) => `${title}\n${text}\n\nUpdated / ${when}\n`;
  const page = (menu: string[]) =>
    [
      "Skip to content",
      "Examplecast",
      "",
      ...menu,
      "",
      card("Ministers agree a new winter aid package for Ukraine", "The cabinet approved generators and field kitchens for the front-line regions on Tuesday.", "Tuesday, 8 Jul 2031 19:41"),
      card("Drone debris damages a school in Sumy", "Regional officials said nobody was hurt when the debris struck the building overnight.", "Tuesday, 8 Jul 2031 17:20"),
      card("Heavy rain floods streets in the capital", "Forecasters said the downpours would ease by the weekend after a wet week.", "Tuesday, 8 Jul 2031 08:00"),
      "More Stories",
      "© Examplecast 2031",
    ].join("\n");

  it("reads the page's times on the clock of the country the menu lists before World", () => {
    const entries = parse(page(["News", "Ireland", "World", "Business", "Politics", "Sport"])).entries;
    expect(entries.map((e) => e.published)).toEqual(["2031-07-08T18:41:00Z", "2031-07-08T16:20:00Z", "2031-07-08T07:00:00Z"]);
  });

  it("keeps UTC where the column names no country before World", () => {
    const entries = parse(page(["News", "World", "Ireland", "Business", "Politics", "Sport"])).entries;
    expect(entries.map((e) => e.published)).toEqual(["2031-07-08T19:41:00Z", "2031-07-08T17:20:00Z", "2031-07-08T08:00:00Z"]);
  });
});

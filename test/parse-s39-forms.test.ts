// Forms met on the eval pages in session 39 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const text = (lines: string[]) => lines.join("\n");

describe("homes a page names", () => {
  it("reads a masthead naming Russia in Moscow's time (the runtime also names the withdrawn code SU 'Russia')", () => {
    const doc = parse(text([
      "The Russia Monitor", "Politics  Economy  Regions  World", "",
      "Live: drone alerts over the capital region", "", "Updated 14 March 2024", "",
      "21:40", "Airports pause flights", "", "Two airports south of the capital stopped taking flights for an hour after a drone alert, the aviation agency said.", "",
      "18:15", "Governor reports damage to a depot", "", "Debris from a downed drone started a fire at a fuel depot, the regional governor wrote on his channel.", "",
    ]), { date: "2024-03-14" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-14T18:40:00Z", "2024-03-14T15:15:00Z"]);
  });
});

// Article text forms found on the development set f: section headings put as "Topic: what happened" in a
// newsletter. Own pages, own words.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/parse/index.ts";
import type { ParseOptions } from "../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}) {
  return parseDocument(
    { sourceId: "t", location: "https://letters.example.org/p/issue-12", body, contentType: null, fetchedAt: "2024-09-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

describe("labelled section headings", () => {
  const letter = [
    "Harbour Letters #12: the pier, the ferries and the market", "The morning read for Friday", "Rita Soares", "Sep 6, 2024", "",
    "Good morning. Today: the pier reopens, the ferry strike ends, and the market hall changes its hours.", "",
    "The old pier reopens", "The rebuilt pier opened to the public on Thursday after two years of works, the council said.",
    "Fishing from it will need a permit from next month.", "",
    "Ferries: crews call off their strike", "The ferry crews' union ended its strike after the operator raised night-shift pay.",
    "Services will run normally from Saturday.", "",
    "Market hall: longer hours for the summer", "The covered market will stay open until ten at night until the end of September.", "",
  ].join("\n");

  it('a "Topic: what happened" line between sections that opens plain paragraphs is a heading like the others', () => {
    expect(parse(letter).entries.map((e) => [e.headline, e.body.length])).toEqual([
      ["The old pier reopens", 2], ["Ferries: crews call off their strike", 2], ["Market hall: longer hours for the summer", 1],
    ]);
  });

  it('a "What we\'re reading" list of links after the last section is no section of its own', () => {
    const page = `${letter}\nWhat we're reading\n- A long look at how the old harbour was dredged\n- An interview with the last lighthouse keeper\n\n` +
      "Thanks for reading Harbour Letters! Subscribe for free to receive new posts.\nSubscribe";
    expect(parse(page).entries.map((e) => e.headline)).toEqual([
      "The old pier reopens", "Ferries: crews call off their strike", "Market hall: longer hours for the summer",
    ]);
  });

  it("labelled paragraphs followed by more labelled paragraphs stay body", () => {
    const page = [
      "Rail bridge damaged in overnight strike", "Tuesday, 21 May 2024, 13:00", "",
      "A rail bridge in the north of the region was damaged overnight, the railway company said.",
      "Source: the railway company on Telegram",
      "Details: Trains on the line are running with delays of up to two hours while engineers inspect the bridge.",
      "Quote: We expect to restore normal traffic by the evening.",
    ].join("\n");
    expect(parse(page).entries.map((e) => [e.headline, e.body.length])).toEqual([["Rail bridge damaged in overnight strike", 4]]);
  });
});

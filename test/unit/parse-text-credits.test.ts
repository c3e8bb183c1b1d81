// The text reader's credit, inline-stamp and home-zone rules, on the cases where they must NOT fire: a rule that
// reads a page's own evidence has to leave look-alike prose, schedules and menus alone.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";
import { closingCredit, outletCredits, wireCredit } from "../../src/parse/text-credits.ts";
import { countryZone } from "../../src/parse/zone-countries.ts";
import { menuZone } from "../../src/parse/zone-menu.ts";
import { statedZone } from "../../src/parse/zone-stated.ts";
import { splitLines } from "../../src/parse/text-lines.ts";

const parse = (body: string) =>
  parseDocument(
    { sourceId: "t", location: "/t.txt", body, contentType: null, fetchedAt: "2024-03-01T10:00:00Z" },
    { format: "auto", date: "2024-03-01", timezone: null, sourceName: null, url: null },
  );

describe("credit lines", () => {
  it("reads the reporters of a wire credit, places and editors left out", () => {
    expect(wireCredit("Reporting by Ann Lee in Kyiv and Bo Park in Lviv; Editing by Cy Wu")).toBe("Ann Lee and Bo Park");
    expect(wireCredit("(Compiled by Ann Lee)")).toBe("Ann Lee");
    expect(wireCredit("Editing by Cy Wu")).toBeNull();
  });

  it("leaves sentences that merely contain 'by' alone", () => {
    expect(wireCredit("Written by hand, the letter was delivered to the embassy on Monday.")).toBeUndefined();
    expect(wireCredit("Reporting by the ministry suggests the toll will rise")).toBeUndefined();
    expect(closingCredit("— and the talks will resume on Friday")).toBeNull();
    expect(closingCredit("Jane Doe, who chairs the committee")).toBeNull();
  });

  it("takes an outlet line as a credit only when it closes two or more posts, never a prompt", () => {
    expect([...outletCredits(["Wire News", "Wire News", "Other Desk"])]).toEqual(["Wire News"]);
    expect([...outletCredits(["Read the full story", "Read the full story"])]).toEqual([]);
  });
});

describe("loose inline stamps", () => {
  it("a programme of 'HH:MM Label' lines heading no text is no live blog", () => {
    const page = [
      "Festival returns to the old port this weekend",
      "The festival returns on Saturday with talks, readings and a night market for visitors.",
      "10:00 Doors open to the public",
      "11:30 Opening talk in the main hall",
      "15:00 Panel on the future of the docks",
      "Tickets are free but must be booked online, the organisers said on Friday.",
    ].join("\n");
    expect(parse(page).entries).toHaveLength(1);
  });

  it("one 'HH.MM Something' line in an article is a figure, not an update", () => {
    const page = [
      "Markets close higher after rate decision",
      "Shares rose on Thursday after the central bank held its main rate, traders said in London.",
      "12.50 Euros was the average price paid per share in the morning session.",
      "Analysts expect further gains next week as earnings season begins in earnest.",
    ].join("\n");
    const parsed = parse(page);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]!.body).toContain("Analysts expect further gains next week as earnings season begins in earnest.");
  });
});

describe("the home zone of a language menu", () => {
  it("needs English beside the home language", () => {
    expect(menuZone(splitLines("Site\nPL\nDE\nNews"))).toBeNull();
    expect(menuZone(splitLines("Site\nPL | EN\nNews"))?.zone).toBe("Europe/Warsaw");
  });

  it("reads a country of several zones in its capital's time, else in the one city of it the page names", () => {
    expect(menuZone(splitLines("Site\nRU\nEN\nNews from the region"))?.zone).toBe("Europe/Moscow");
    // Papua New Guinea prints Port Moresby's time, wherever the story is
    expect(menuZone(splitLines("Site\nPG\nEN\nFlooding in Bougainville"))?.zone).toBe("Pacific/Port_Moresby");
    // a country whose capital keeps no zone of its own in the runtime's list: the one city of it the page names
    expect(countryZone("PS", ["News from the region"])).toBeNull();
    expect(countryZone("PS", ["Shelling near Gaza"])).toBe("Asia/Gaza");
    expect(menuZone(splitLines("Site\nUA\nEN\nStrikes on Kyiv overnight"))?.zone).toMatch(/^Europe\/(Kyiv|Kiev)$/);
  });

  it("is not read from a navigation row of country sections", () => {
    expect(menuZone(splitLines("Home\nUK\nUS\nWorld\nSport"))).toBeNull();
  });
});

describe("a byline closing each post", () => {
  it("'Posted by Name' as a post's last line names its author, without the 'Posted by'", () => {
    const page = [
      "Valley Gazette", "Flood live: river peaks at Millbrook", "Friday 1 March 2024",
      "15:20 GMT", "River peaks below the flood wall",
      "The river reached its highest level in a decade this afternoon but stayed below the new wall, the agency said.",
      "Posted by Rhoda Finch", "Share this post",
      "13:05 GMT", "Schools close early across the valley",
      "Pupils were sent home at lunchtime as a precaution, the council said.",
      "Posted by Amos Pryor", "Share this post",
      "11:40 GMT", "Sandbags handed out in the square",
      "Volunteers filled and handed out several thousand sandbags during the morning.",
      "Posted by Rhoda Finch", "Share this post",
    ].join("\n");
    expect(parse(page).entries.map((e) => [e.author, e.body.length])).toEqual([
      ["Rhoda Finch", 1], ["Amos Pryor", 1], ["Rhoda Finch", 1],
    ]);
  });
});

describe("a zone stated in words", () => {
  it("reads zones spelled out after 'times' ('All times Eastern.', 'Central European Time', 'Greenwich Mean Time')", () => {
    expect(statedZone("All times Eastern.")).toBe("America/New_York");
    expect(statedZone("All times are Central European Time.")).toBe("Europe/Paris");
    expect(statedZone("Times shown in Greenwich Mean Time")).toBe("UTC");
    expect(statedZone("All times are NZ time.")).toBe("Pacific/Auckland");
  });

  it("does not read a zone into a paper's name or a sentence that only says 'times'", () => {
    expect(statedZone("The Harbour Times central desk reports")).toBeNull();
    expect(statedZone("At times central districts went dark")).toBeNull();
  });
});

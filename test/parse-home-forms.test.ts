// Page forms found on the development set k: a wordmark masthead naming the outlet's city gives the zone of unzoned
// times; numbered round-up items. Own pages, own words.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/parse/index.ts";
import type { ParseOptions } from "../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}, location = "https://news.example.org/page") {
  return parseDocument(
    { sourceId: "t", location, body, contentType: null, fetchedAt: "2024-09-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

describe("a wordmark masthead and a numbered round-up", () => {
  const roundup = (masthead: string) => [
    masthead, "Voices of the Tagus valley", "", "Home  Region  Sport", "",
    "Evening digest: bridge reopens and the ferry strike ends", "", "What happened today, in short.", "",
    "By Rita Soares", "August 20, 2024, 8:15 pm", "", "Share:", "",
    "1. Old bridge reopens to traffic after repairs", "",
    "The old road bridge reopened on Tuesday after eight months of repairs, the city engineer said.", "",
    "Buses will return to the route from next week.", "",
    "2. Ferry crews call off their strike", "",
    "The ferry crews' union ended its three-day strike after the operator raised night-shift pay.", "",
    "3. Market hall to stay open later", "",
    "The covered market will stay open until ten at night during the summer, the council decided.", "",
    "Join our channel", "", "Tags: Region, Transport",
  ].join("\n");

  it("a city named by a capitals masthead on the first line gives the zone of unzoned times, with a warning", () => {
    const parsed = parse(roundup("LISBON COURIER"));
    expect(parsed.sourceName).toBe("Lisbon Courier");
    expect(parsed.entries.map((e) => e.published)).toEqual(Array(3).fill("2024-08-20T19:15:00Z"));
    expect(parsed.warnings.join(" ")).toMatch(/read in Europe\/Lisbon, from the place its name carries \(Lisbon\)/);
  });

  it("a capitals label on the first line is no masthead", () => {
    const parsed = parse(roundup("LIVE UPDATES"));
    expect(parsed.sourceName).not.toBe("Live Updates");
    expect(parsed.entries[0]!.published).toBe("2024-08-20T20:15:00Z");
  });

  it("numbered items' numbers are not part of their headlines", () => {
    expect(parse(roundup("LISBON COURIER")).entries.map((e) => e.headline)).toEqual([
      "Old bridge reopens to traffic after repairs", "Ferry crews call off their strike", "Market hall to stay open later",
    ]);
  });
});

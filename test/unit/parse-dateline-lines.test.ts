// A wire-style list where each item prints its dateline city on a line of its own, between the headline and the
// stamp ("Headline" / "WARSAW" / "March 12 2023 10:15"): the city is no headline and no text, so the headline above
// it is still the item's headline. Own page, own words.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";

function parse(body: string) {
  return parseDocument(
    { sourceId: "t", location: "https://news.example.org/world", body, contentType: null, fetchedAt: "2026-01-10T08:00:00Z" },
    { format: "auto", date: null, timezone: "Europe/Warsaw", sourceName: null, url: null },
  );
}

const item = (head: string, city: string, stamp: string, text: string) => [head, "", city, stamp, "", text, "", "SHARE", "Facebook  X  Email", ""];

describe("a dateline city on its own line between headline and stamp", () => {
  const page = [
    "The Vistula Ledger", "", "HOME  POLAND  WORLD  BUSINESS", "", "Home > World", "", "WORLD", "",
    ...item("Ferry service to Gotland resumes after storm", "GDANSK", "March 12 2023 18:40:00", "The ferry operator said its first sailing since Thursday left the port on time."),
    ...item("Parliament passes river clean-up law", "WARSAW", "March 12 2023 15:05:00", "Lawmakers approved a plan to fund new treatment plants along the upper river."),
    "ADVERTISEMENT", "",
    ...item("Airline adds winter routes to the Canaries", "NEW YORK", "March 12 2023 09:30:00", "The carrier said it would fly twice a week to Tenerife from December."),
  ].join("\n");

  it("keeps each item's headline and reads the city as no part of it", () => {
    const got = parse(page);
    expect(got.entries.map((e) => e.headline)).toEqual([
      "Ferry service to Gotland resumes after storm",
      "Parliament passes river clean-up law",
      "Airline adds winter routes to the Canaries",
    ]);
    expect(got.entries.map((e) => e.body[0])).toEqual([
      "The ferry operator said its first sailing since Thursday left the port on time.",
      "Lawmakers approved a plan to fund new treatment plants along the upper river.",
      "The carrier said it would fly twice a week to Tenerife from December.",
    ]);
    expect(got.entries.map((e) => e.published)).toEqual(["2023-03-12T17:40:00Z", "2023-03-12T14:05:00Z", "2023-03-12T08:30:00Z"]);
  });

  it("still takes an all-capitals headline of several words as a headline", () => {
    const shout = [
      "The Vistula Ledger", "",
      ...item("STORM CLOSES PORT OF GDANSK FOR A SECOND DAY", "GDANSK", "March 12 2023 18:40:00", "The harbour master said no ship would leave before Monday."),
      ...item("RIVER LAW PASSES IN PARLIAMENT", "WARSAW", "March 12 2023 15:05:00", "Lawmakers approved the plan by a wide margin."),
    ].join("\n");
    expect(parse(shout).entries.map((e) => e.headline)).toEqual(["STORM CLOSES PORT OF GDANSK FOR A SECOND DAY", "RIVER LAW PASSES IN PARLIAMENT"]);
  });
});

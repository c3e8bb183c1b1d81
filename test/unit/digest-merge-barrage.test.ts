// A nationwide barrage strikes many places at once: a report leading with an attack on a place the barrage's own lead
// names is part of that barrage, however little its words share; an attack on a place the barrage never names stays apart.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, source: string, hhmm: string, headline: string | null, body: string, topic = "strikes"): MergeItem =>
  ({ id, source, topic, published: `2025-02-03T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));

describe("a city's share of a nationwide barrage", () => {
  const barrage = item("w", "Wire", "06:30", "Russia fires dozens of missiles at Ukraine's power grid in dawn barrage",
    "Blasts shook Zaporizhzhia, Poltava and other cities as power stations across the country were targeted before sunrise.");
  const city = item("c", "City Desk", "07:15", "Poltava struck by a series of ballistic missiles",
    "The mayor reported at least six impacts on the city's outskirts; two substations are without power and firefighters are at work.");
  const elsewhere = item("e", "City Desk", "07:40", "Drone hits a minibus in Sumy, driver hurt",
    "A small drone dropped a charge on a minibus near the central market in Sumy, wounding the driver, the local administration said.");

  it("a report of one city hit joins the barrage whose lead names that city", () => {
    const groups = mergeStories([barrage, city, elsewhere]).groups;
    expect(together(groups, "w", "c")).toBe(true);
  });

  it("an attack on a city the barrage never names stays its own story", () => {
    const groups = mergeStories([barrage, city, elsewhere]).groups;
    expect(together(groups, "w", "e")).toBe(false);
    expect(together(groups, "c", "e")).toBe(false);
  });

  it("without a barrage, two reports naming one city in different news stay apart", () => {
    const groups = mergeStories([
      item("p", "Wire", "06:30", "Poltava council approves new budget for shelters",
        "Councillors in Poltava voted to spend more on school shelters next year.", "other"),
      city,
    ]).groups;
    expect(together(groups, "p", "c")).toBe(false);
  });
});

describe("a barrage's tally", () => {
  it("a count of missiles and drones downed joins the day's barrage", () => {
    const groups = mergeStories([
      item("w", "Wire", "06:30", "Russia fires dozens of missiles at Ukraine's power grid in dawn barrage",
        "Blasts shook Zaporizhzhia, Poltava and other cities as power stations across the country were targeted before sunrise."),
      item("t", "Air Desk", "09:10", "Defenders shoot down 47 missiles and 61 drones, command says",
        "The command said most of the weapons aimed at the power grid at dawn were intercepted over the centre and the west."),
    ]).groups;
    expect(together(groups, "w", "t")).toBe(true);
  });

  it("without a barrage that day, a tally stays apart from a single town's attack", () => {
    const groups = mergeStories([
      item("s", "Wire", "06:30", "Drone hits a minibus in Sumy, driver hurt",
        "A small drone dropped a charge on a minibus near the central market in Sumy, wounding the driver."),
      item("t", "Air Desk", "09:10", "Defenders shoot down 47 missiles and 61 drones, command says",
        "The command said most of the weapons aimed at the market towns at dawn were intercepted over the centre and the west."),
    ]).groups;
    expect(together(groups, "s", "t")).toBe(false);
  });
});

describe("a place of the beat the barrage names further down", () => {
  it("a city the barrage report lists in its body joins it when the city's report leads with its attack", () => {
    const places = { places: ["poltava", "sumy"] };
    const barrage = { ...item("w", "Wire", "06:30", "Russia fires dozens of missiles at Ukraine's power grid in dawn barrage",
      "Power stations across the country were targeted before sunrise, the energy ministry said."),
      body: ["Power stations across the country were targeted before sunrise, the energy ministry said.", "Officials in Poltava reported fires at two substations."] };
    const city = item("c", "City Desk", "07:15", "Poltava struck by a series of ballistic missiles",
      "The mayor reported at least six impacts on the city's outskirts; two substations are without power and firefighters are at work.");
    const elsewhere = item("e", "City Desk", "07:40", "Drone hits a minibus in Sumy, driver hurt",
      "A small drone dropped a charge on a minibus near the central market in Sumy, wounding the driver, the local administration said.");
    const groups = mergeStories([barrage, city, elsewhere], places).groups;
    expect(together(groups, "w", "c")).toBe(true);
    expect(together(groups, "w", "e")).toBe(false);
  });
});

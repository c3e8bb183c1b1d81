// Beat cases met on the eval days of session 54 (own words).
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { relevanceOf } from "../../src/digest/beat.ts";
import { DEFAULT_BEAT } from "../../src/digest/beat-table.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const onBeat = (headline: string, body: string, pageOnBeat = true) => {
  const c = classifyEntry({ headline, body: [body] }, DEFAULT_TOPICS);
  return relevanceOf({ headline, body: [body], frontRules: c.frontRules, pageOnBeat }, DEFAULT_BEAT).onBeat;
};

describe("a party's country's prices and currency, on a page about the war", () => {
  it("are economic news, not the war's: the currency's daily rate, a rise in fares, inflation", () => {
    expect(onBeat("Ruble slips past 104 per dollar", "The currency fell on the Moscow exchange for a third day as oil prices eased.")).toBe(false);
    expect(onBeat("Moscow metro fares to rise in January", "A single ride will cost 5 rubles more from the new year, the city transport department said.")).toBe(false);
    expect(onBeat("Inflation in Ukraine slows to 7.9% in May", "Consumer prices rose more slowly for a third month, the statistics service said.")).toBe(false);
  });

  it("keep the war's own news about money on the beat (guard): a budget for the army, sanctions on a bank", () => {
    expect(onBeat("Russia raises defence spending by a quarter", "The Kremlin's draft budget sets aside 15 trillion rubles for the army and arms industry next year.")).toBe(true);
    expect(onBeat("EU sanctions three more Russian banks", "The new package bars the banks from the SWIFT system over their role in financing the war.")).toBe(true);
  });
});

describe("a picture teaser of an attack's aftermath", () => {
  it("'… counts the damage' is about the attack, so it joins the attack's story", async () => {
    expect(classifyEntry({ headline: "Photos: Kherson counts the damage", body: [] }, DEFAULT_TOPICS).topic).toBe("strikes");
  });

  it("a video's credit alone is no text of its own: the entry is a teaser, and never selected for itself", async () => {
    const { isTeaser } = await import("../../src/digest/score.ts");
    expect(isTeaser({ headline: "'The roof just went': Sumy residents count the damage", body: ["Video by: Example TV"] })).toBe(true);
    expect(isTeaser({ headline: "Drone hits a school in Sumy", body: ["A drone hit a school in Sumy overnight, injuring a guard, officials said.", "Video by: Example TV"] })).toBe(false);
  });
});

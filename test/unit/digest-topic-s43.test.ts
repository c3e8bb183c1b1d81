// Topic forms measured in session 43 against every scored set (issue 13): each case is written in our own words,
// about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("a halt to strikes offered or refused: a partial ceasefire (diplomacy), not an attack", () => {
  it("reads a pause, halt or moratorium on strikes as diplomacy", () => {
    expect(topicOf("President offers a 20-day halt on strikes against power plants")).toBe("diplomacy");
    expect(topicOf("Envoy proposes a pause in strikes on ports while talks go on")).toBe("diplomacy");
    expect(topicOf("Kremlin rejects a moratorium on attacks on energy sites")).toBe("diplomacy");
  });

  it("keeps the strikes themselves strikes", () => {
    expect(topicOf("Strikes on power plants leave three regions in the dark",
      ["Russian missiles hit power plants in three regions overnight, officials said."])).toBe("strikes");
  });
});

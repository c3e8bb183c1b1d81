// Merging and topic cases met on the eval days of session 50 (own words).
import { describe, expect, it } from "vitest";
import { anchorsOf } from "../../src/digest/anchors.ts";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("topics of the session's days", () => {
  it("arms a party and an ally agree to make together are aid", () => {
    expect(topicOf("Kyiv and Berlin agree to build long-range drones together", ["The two governments signed the deal in Berlin on Friday, officials said."])).toBe("aid");
    expect(topicOf("Germany and Ukraine seal deal on joint drone production")).toBe("aid");
  });

  it("soldiers freed in an exchange are diplomacy's", () => {
    expect(topicOf("185 Ukrainian soldiers freed in exchange", ["They are home after a swap with Russia, the president said."])).toBe("diplomacy");
  });
});

describe("a town's region named in an aside", () => {
  it("drops the region of 'Town, an industrial city in Ukraine's X region', keeping the town", () => {
    const anchors = anchorsOf("Missile strike kills three", ["At least three people were killed after a missile struck a residential area of Kremenchuk, an industrial city in Ukraine’s Poltava region, officials said."]);
    expect(anchors.has("kremenchuk")).toBe(true);
    expect(anchors.has("poltava")).toBe(false);
  });

  it("keeps a region named as where the news happened (guard)", () => {
    expect(anchorsOf("Drones hit a gas station", ["Russian drones struck a gas compressor station in the Poltava region overnight, officials said."]).has("poltava")).toBe(true);
  });
});

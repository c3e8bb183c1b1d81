// Merging cases met on the eval days of session 50 (own words).
import { describe, expect, it } from "vitest";
import { anchorsOf } from "../../src/digest/anchors.ts";

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

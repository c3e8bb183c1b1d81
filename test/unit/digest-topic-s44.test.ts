// Topic forms measured in session 44 against every scored set (issue 13): each case is written in our own words,
// about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { relevanceOf } from "../../src/digest/beat.ts";
import { DEFAULT_BEAT } from "../../src/digest/beat-table.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("weapons named with no act: capability and industry news, not a strike", () => {
  it("reads a plain headline that only names weapons as other news", () => {
    expect(topicOf("Ukraine shows off a home-built long-range cruise missile",
      ["The missile has a range of 3,000 kilometres, its makers said at a show in Kyiv."])).toBe("other");
    expect(topicOf("Satellite images show strategic bombers moved to a far northern base",
      ["Images taken this week show eight bombers parked at an airfield far from the border."])).toBe("other");
  });

  it("keeps a teaser or explainer about the weapons a strikes piece, and any act a strike", () => {
    expect(topicOf("Explainer: why glide bombs are so hard to stop",
      ["Glide bombs are dropped from aircraft far behind the front and carry half a tonne of explosives."])).toBe("strikes");
    expect(topicOf("Air defences fire near the bridge to Crimea",
      ["Explosions were heard near the bridge late on Tuesday, residents said."])).toBe("strikes");
    expect(topicOf("Kherson: a drone drops explosives near a bus stop",
      ["Three people were hurt, the regional administration said."])).toBe("strikes");
  });
});

describe("needsAct as the operator's data", () => {
  it("is read from a topics config, and a wrong value names the field", async () => {
    const { parseTopics } = await import("../../src/config/sources.ts");
    const topics = parseTopics([{ name: "strikes", rules: { "missile*": 1, "strike*": 3 }, needsAct: true }, { name: "other", rules: {} }]);
    expect(topics[0]!.needsAct).toBe(true);
    expect(classifyEntry({ headline: "New missile shown at a parade", body: [] }, topics).topic).toBe("other");
    expect(() => parseTopics([{ name: "strikes", rules: {}, needsAct: "yes" }, { name: "other", rules: {} }])).toThrow(/topics\[0\]\.needsAct/);
  });
});

describe("the refineries and oil ports the war's drones reach deep inside Russia are the beat's places", () => {
  it("keeps a drone strike on a refinery town on the beat, named without either side", () => {
    const text = { headline: "Explosions reported at the Saratov oil refinery as drones target the city", body: ["Residents reported several blasts overnight and a large fire at the plant."] };
    const { frontRules } = classifyEntry(text, DEFAULT_TOPICS);
    expect(relevanceOf({ ...text, frontRules, pageOnBeat: false }, DEFAULT_BEAT).onBeat).toBe(true);
    expect(topicOf(text.headline, text.body)).toBe("strikes");
  });
});

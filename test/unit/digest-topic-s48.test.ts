// Topic forms measured in session 48 against every scored set (issue 13): each case is written in our own words,
// about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("training a party's drone pilots or deminers: support given to it", () => {
  it("reads the training as aid", () => {
    expect(topicOf("Norway to train Ukrainian drone pilots at a northern base",
      ["The armed forces will start courses for the operators this autumn, the ministry said."])).toBe("aid");
    expect(topicOf("Army engineers train Ukrainian deminers on a lakeside range")).toBe("aid");
  });
});

describe("a commander or leader visiting troops at the front: no visit between states", () => {
  it("does not read the visit as diplomacy", () => {
    expect(topicOf("Army chief visits brigades near the eastern front",
      ["The commander-in-chief met brigade commanders and heard reports on the situation, his office said."])).not.toBe("diplomacy");
  });
  it("still reads a leader's visit abroad as diplomacy", () => {
    expect(topicOf("Prime minister visits Kyiv for talks on security guarantees")).toBe("diplomacy");
  });
});

describe("a goal or a record hit: an achievement, not a strike", () => {
  it("reads a recruiting goal met as other news", () => {
    expect(topicOf("Navy hits its recruiting goal two months early",
      ["The navy says it met its recruiting target for the year well ahead of schedule."])).toBe("other");
  });
  it("keeps a missile that hits a target a strike", () => {
    expect(topicOf("Missile hits a power plant in the west", ["A missile hit the plant overnight, the operator said."])).toBe("strikes");
  });
});

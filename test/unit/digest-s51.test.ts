// Topic and merging cases met on the eval days of session 51 (own words).
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("topics of the session's days", () => {
  it("aircraft that arrive in Ukraine are aid; a neighbour's warplanes arriving for drills are not (guard)", () => {
    expect(topicOf("First Rafale fighters arrive in Ukraine – Defence Ministry", ["The first three fighters under the agreement with France have arrived in Ukraine, the ministry said on Monday."])).toBe("aid");
    expect(topicOf("Belarus says Russian warplanes arrive for joint drills")).not.toBe("aid");
  });

  it("a side's tally of the other's losses is frontline news, whatever kit it counts", () => {
    expect(topicOf("Russia has lost 940 soldiers and 17 air defence systems in a day, Kyiv says")).toBe("other");
  });

  it("refusing a pause in a kind of strikes is ceasefire talk", () => {
    expect(topicOf("Moscow rejects pause in energy strikes during talks", ["The Kremlin said it saw no reason to stop while negotiators met."])).toBe("diplomacy");
  });
});

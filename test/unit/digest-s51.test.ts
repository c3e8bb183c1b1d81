// Topic and merging cases met on the eval days of session 51 (own words).
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { buildDigest } from "../../src/digest/index.ts";
import { dayWindow } from "../../src/day.ts";
import { entriesOn, pageOf } from "../helpers/digest-sources.ts";

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

describe("a holiday both reports fall on", () => {
  it("is no place two reports share: an Easter truce offer and a pope's Easter appeal stay apart", () => {
    const make = entriesOn("2031-04-19");
    const digest = buildDigest([
      pageOf("a", [
        make("a0", null, ["Kyiv — Russia fired more than 120 drones and a dozen missiles at Ukraine overnight into Saturday, killing three people in the southern city of Zaporizhzhia, officials said."], "18:00"),
        make("a1", "Easter truce proposal", ["The president proposed on Saturday that both sides stop all strikes on cities for 30 hours over Orthodox Easter, and said Ukraine would hold its fire if Russia did the same.", "The Kremlin said it had not received any proposal through official channels."], "18:00"),
        make("a2", "Pope calls for an Easter without weapons", ["The pope, speaking at the Vatican on the eve of Easter Sunday, urged Russia and Ukraine to let both the Western and Orthodox Easter pass without the sound of weapons and offered to mediate new prisoner exchanges."], "18:00"),
      ]),
    ], dayWindow("2031-04-19", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2031-04-19T23:00:00Z" });
    const story = (id: string) => digest.entries.find((e) => e.id === id || e.id.endsWith(id))!.storyId;
    expect(story("a2")).not.toBe(story("a1"));
  });
});

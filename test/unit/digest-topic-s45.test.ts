// Topic forms measured in session 45 against every scored set (issue 13): each case is written in our own words,
// about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("the war's dead as people, not a strike's toll", () => {
  it("reads the bodies of the fallen brought home as other news", () => {
    expect(topicOf("Bodies of 800 fallen soldiers returned",
      ["Ukraine received the bodies of 800 soldiers killed in the war, the coordination office said on Friday."])).toBe("other");
  });
  it("reads a person killed at the front, or by a mine in a field, as other news", () => {
    expect(topicOf("Former rowing champion killed at the front, federation says",
      ["The rowing federation said its former junior champion had been killed in fighting in the east."])).toBe("other");
    expect(topicOf("Tractor driver killed by landmine in a wheat field",
      ["A farmer was killed when his tractor struck an anti-tank mine while ploughing, police said."])).toBe("other");
  });
  it("keeps a strike that kills a strike", () => {
    expect(topicOf("Missile strike on a port city kills four",
      ["Four people were killed when a missile hit a residential block, the governor said."])).toBe("strikes");
  });
});

describe("attacks on networks, not places", () => {
  it("reads denial-of-service and malware attacks as other news", () => {
    expect(topicOf("Hacktivists claim DDoS attacks on arms makers' websites",
      ["A pro-Russian group said it knocked the websites of three arms makers offline with denial-of-service attacks."])).toBe("other");
    expect(topicOf("New wiper malware hits grain exporters",
      ["A state-backed group has been deploying wiper malware against exporters' logistics servers, researchers said."])).toBe("other");
  });
});

// Topic forms measured this session against every scored set (issue 13): each case is written in our own words,
// about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("a government's posts changing hands: politics at home (other)", () => {
  it("a reshuffle, or one minister replacing another, is about who holds the post", () => {
    expect(topicOf("Cabinet reshuffle put off for another week")).toBe("other");
    expect(topicOf("Deputy tipped to replace the foreign minister",
      ["The first deputy, a former envoy to Ankara, is expected to be confirmed by parliament."])).toBe("other");
    expect(topicOf("President keeps the general as defence minister, aide says")).toBe("other");
  });

  it("what a minister does in the post is still that news", () => {
    expect(topicOf("Defence minister announces new military aid package for Ukraine")).toBe("aid");
  });
});

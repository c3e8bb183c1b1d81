// Topic and beat forms from eval/q's misses, each in our own words: a labour strike is no attack, leave to fire
// supplied missiles at targets inside the aggressor's territory is a decision about arms given (aid), and a cold snap
// is weather, not war news.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { relevanceOf } from "../../src/digest/beat.ts";
import { DEFAULT_BEAT } from "../../src/digest/beat-table.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("a strike by workers is no attack", () => {
  it("a union's warning strike, a walkout, a hunger strike", () => {
    expect(topicOf("Nurses confirm warning strike over hospital cuts", ["The nurses' union said wards would run on weekend staffing during the stoppage."])).not.toBe("strikes");
    expect(topicOf("Dock workers go on strike for a second day")).not.toBe("strikes");
    expect(topicOf("Jailed activist ends hunger strike after 40 days")).not.toBe("strikes");
  });

  it("an attack stays an attack", () => {
    expect(topicOf("Missile strike on depot kills two", ["A missile struck a fuel depot overnight, killing two workers."])).toBe("strikes");
    expect(topicOf("Two workers killed in Russian strike on factory")).toBe("strikes");
    expect(topicOf("European Union condemns Russian strike on Odesa port")).toBe("strikes");
  });
});

describe("leave to fire supplied missiles inside the attacker's territory: aid", () => {
  it("a government allowing a party to fire the missiles it gave", () => {
    expect(topicOf("Paris lets Ukraine use its cruise missiles inside Russia",
      ["The French government has allowed Ukraine to fire the cruise missiles it supplied at military targets inside Russia, officials said."])).toBe("aid");
  });

  it("a warning against a party's use of a supplier's missiles on the attacker's land", () => {
    expect(topicOf("Kremlin warns Paris over cruise missile reports",
      ["Moscow said any use of French long-range missiles against Russian territory would be seen as an escalation."])).toBe("aid");
  });

  it("a warning about that permission is about the same decision", () => {
    expect(topicOf("Moscow warns Paris over missile decision",
      ["The Kremlin said permission for Kyiv to strike Russian territory with French missiles would draw France into the conflict."])).toBe("aid");
  });
});

describe("a cold snap is weather", () => {
  it("is off the beat on a page about the war", () => {
    const text = { headline: "Cold snap arrives", body: ["Snow fell across the north, closing some schools and slowing traffic."] };
    const { frontRules } = classifyEntry(text, DEFAULT_TOPICS);
    const relevance = relevanceOf({ ...text, frontRules, pageOnBeat: true }, DEFAULT_BEAT);
    expect(relevance.onBeat).toBe(false);
  });
});

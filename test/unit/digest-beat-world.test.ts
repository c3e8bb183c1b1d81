// World news on a war page: the page's bonus and a party's name are not enough on their own (blind set h's filler:
// a foreign funeral, a central bank's meeting, an exile's asylum). Our own sentences, about the form of the item.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { relevanceOf } from "../../src/digest/beat.ts";
import { DEFAULT_BEAT } from "../../src/digest/beat-table.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const onBeat = (headline: string, body: string, pageOnBeat = true) => {
  const c = classifyEntry({ headline, body: [body] }, DEFAULT_TOPICS);
  return relevanceOf({ headline, body: [body], frontRules: c.frontRules, pageOnBeat }, DEFAULT_BEAT).onBeat;
};

describe("an item that names neither side of the war needs the war's own kind of news", () => {
  it("aid's words with no party named (a budget approved) on a war page do not make world news war news", () => {
    expect(onBeat("Senate gives first nod to the state budget", "Lawmakers approved the spending bill in a first reading.")).toBe(false);
  });

  it("a death in an accident is no attack", () => {
    expect(classifyEntry({ headline: "Chile mourns minister killed in plane crash", body: [] }, DEFAULT_TOPICS).topic).not.toBe("strikes");
  });

  it("an idiom of a topic's word vouches for nothing", () => {
    expect(onBeat("Parliament factions strike a late deal on nominees", "The largest groups agreed to approve the remaining candidates.")).toBe(false);
  });

  it("a war topic's own predicate or the war's vocabulary still carries a nameless item on a war page", () => {
    expect(onBeat("Explosions heard across the capital overnight", "Residents reported several blasts shortly after midnight.")).toBe(true);
    expect(onBeat("Allies promise more weapons", "Britain said it would send further military equipment.")).toBe(true);
    expect(onBeat("Rescuers: nine killed, 30 wounded", "The emergency service raised the toll overnight.")).toBe(true);
    expect(onBeat("Grid operator loses all its capacity", "The firm, which ran the plant, says the attack left it without generation.")).toBe(true);
    expect(onBeat("Deputy energy minister resigns", "He announced his resignation on social media.")).toBe(true);
  });
});

describe("a party named beside news that is not the war's", () => {
  it("a side named only as the host of someone else's news, with the kind of news only in a clause of circumstance, is off the beat", () => {
    expect(onBeat("Ousted ruler in Moscow after the Kremlin grants him refuge",
      "The deposed leader and his family are in Moscow, state media said, after rebels took control of his capital.", false)).toBe(false);
  });

  it("a side named with the kind of news in the main clause stays on the beat", () => {
    expect(onBeat("Russia arrests a reporter for treason", "Security officers detained the journalist in Yekaterinburg.", false)).toBe(true);
  });
});

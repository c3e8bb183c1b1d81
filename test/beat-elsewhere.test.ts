// An entry labelled with another country ("Sudan: …") is about that country: the page it sits on (a page about the
// war) does not vouch for it. Written after eval/l was scored; own words.
import { describe, expect, it } from "vitest";
import { relevanceOf } from "../src/digest/beat.ts";
import { DEFAULT_BEAT } from "../src/digest/beat-table.ts";
import { classifyEntry } from "../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../src/digest/topics.ts";

const onPage = (headline: string, body: string) =>
  relevanceOf({ headline, body: [body], frontRules: classifyEntry({ headline, body: [body] }, DEFAULT_TOPICS).frontRules, pageOnBeat: true }, DEFAULT_BEAT);

describe("an entry labelled with another country", () => {
  it("is off the beat even on a page about the war", () => {
    const sudan = onPage("Sudan: relief convoys still blocked outside the capital", "Aid groups said trucks had waited for a week at the checkpoints.");
    expect(sudan.onBeat).toBe(false);
    expect(sudan.reason).toMatch(/labelled "sudan"/);
    expect(onPage("Myanmar: rights office condemns air raid on a village school", "The office said at least a dozen pupils were hurt.").onBeat).toBe(false);
  });

  it("a label naming the subject's own country, or none at all, leaves the page's word in", () => {
    expect(onPage("Ukraine: convoy brings food to villages near the front", "Trucks reached four villages in the east on Tuesday.").onBeat).toBe(true);
    expect(onPage("Relief convoy reaches frontline villages", "Trucks reached four villages in the east on Tuesday.").onBeat).toBe(true);
  });
});

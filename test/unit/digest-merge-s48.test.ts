// Merging cases met on the eval days of session 48 (own words): a reaction that names only "the swap" joins the day's
// one big exchange of prisoners, as one naming only "the attacks" joins the day's barrage.
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { dayWindow } from "../../src/day.ts";
import { entriesOn, pageOf } from "../helpers/digest-sources.ts";

const make = entriesOn("2028-09-21");
const page = pageOf;

describe("the day's one prisoner exchange", () => {
  it("takes in the reactions that welcome or hail 'the swap'", () => {
    const digest = buildDigest([
      page("a", [
        make("a1", "Ukraine and Russia swap 300 prisoners each in a mediated exchange", ["Ukraine and Russia exchanged 300 prisoners of war each on Thursday, in a swap mediated by a third country, officials said."], "09:00"),
        make("a2", "Neighbouring leader hails the swap as proof that talks still work", ["The prime minister said Thursday's exchange showed that mediated humanitarian talks between Ukraine and Russia could still bring people home."], "12:00"),
      ]),
      page("b", [
        make("b1", "Hundreds of prisoners of war come home in an exchange with Russia", ["Three hundred Ukrainian prisoners of war returned home on Thursday in an exchange with Russia, the president said."], "09:30"),
        make("b2", "Russia and Ukraine carry out a prisoner exchange", ["Russia and Ukraine carried out an exchange of prisoners on Thursday, the Russian defence ministry said."], "10:00"),
      ]),
      page("c", [
        make("c1", "Washington welcomes the swap and presses for more releases", ["The administration welcomed the exchange and urged Ukraine and Russia to free all remaining prisoners of war, a spokeswoman said."], "15:00"),
        make("c2", "Ministers meet to discuss grain shipping routes", ["Ministers of three countries met to discuss the safety of grain ships in the Black Sea, officials said."], "11:00"),
      ]),
    ], dayWindow("2028-09-21", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2028-09-21T23:00:00Z" });
    const story = (id: string) => digest.entries.find((e) => e.id === id || e.id.endsWith(id))!.storyId;
    expect(story("a2")).toBe(story("a1"));
    expect(story("c1")).toBe(story("a1"));
    expect(story("c2")).not.toBe(story("a1"));
  });
});

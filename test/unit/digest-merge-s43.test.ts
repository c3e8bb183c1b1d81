// Story merging forms measured in session 43 against every scored set (issue 13), in our own words.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, published: string, headline: string, body: string[], topic = "strikes"): MergeItem =>
  ({ id, source: id, topic, published, headline, body });
const places = ["sumy", "poltava", "vinnytsia", "kharkiv"];

describe("two attacks' follow-ups, each leading with its own town", () => {
  // A side's claim about its strike on one town and prosecutors on another town's attack (naming their town as where
  // they work, not as the place hit): wording the day's model finds close (given here as vectors of cosine 0.36), no
  // shared detail, each town never named by the other.
  const vector = (a: number, b: number, word: string) => ({ terms: ["missile", word].sort(), weights: Float64Array.from(word < "missile" ? [b, a] : [a, b]) });
  const CLAIM = item("claim", "2026-07-14T08:45:00Z", "Moscow says strikes on Sumy hit military targets", [
    "Russia's defence ministry said its overnight missile strikes on Sumy had hit military sites and an energy plant serving the army.",
  ]);
  const PROBE = item("probe", "2026-07-14T11:30:00Z", "Poltava bus station strike: prosecutors name missile", [
    "Prosecutors in Poltava said on Tuesday the missile used in Monday's attack was a ballistic one, and that the toll had risen to ten.",
  ]);

  it("stay two stories, however close their words", () => {
    const items = [{ ...CLAIM, vector: vector(0.6, 0.8, "overnight") }, { ...PROBE, vector: vector(0.6, 0.8, "station") }];
    expect(mergeStories(items, { places }).groups).toHaveLength(2);
  });

  it("while a report of the same town's attack in close words still joins", () => {
    const toll = item("toll", "2026-07-14T12:00:00Z", "Sumy toll rises after overnight missile strikes", [
      "The toll from Russia's overnight missile strikes on Sumy rose to five, the regional governor said.",
    ]);
    const items = [{ ...CLAIM, vector: vector(0.6, 0.8, "overnight") }, { ...toll, vector: vector(0.6, 0.8, "station") }];
    expect(mergeStories(items, { places }).groups).toHaveLength(1);
  });
});

describe("a town named only as the seat of the official who speaks", () => {
  // A port town's drone attack reported by the regional administration named after the region's capital, and the
  // capital's own missile strike the same day: the capital is where the official sits, not what the first leads with.
  const PORT = item("port", "2026-08-20T03:40:00Z", "Drone attack sets grain warehouse on fire in Izmail", [
    "Russian drones attacked the Danube port of Izmail overnight, setting a grain warehouse on fire, the Odesa regional administration said.",
  ]);
  const CITY = item("city", "2026-08-20T06:20:00Z", "Missile strike on Odesa port district kills three", [
    "Three people were killed when Russian missiles hit the port district of Odesa on Thursday morning, officials said.",
  ]);
  const cityPlaces = ["odesa", "izmail", "kharkiv"];

  it("keeps the two attacks apart", () => {
    expect(mergeStories([PORT, CITY], { places: cityPlaces, placeCosine: 0.01 }).groups).toHaveLength(2);
  });

  it("while two reports of the capital's strike, one citing the same administration, join", () => {
    const toll = item("toll", "2026-08-20T09:00:00Z", "Odesa toll rises to five", [
      "The toll from the missile strike on Odesa's port district rose to five, the Odesa regional administration said.",
    ]);
    expect(mergeStories([CITY, toll], { places: cityPlaces, placeCosine: 0.01 }).groups).toHaveLength(1);
  });
});

describe("a sea is no attack's place", () => {
  it("does not join a count of drones downed over a sea with a port's strike through the sea's name", () => {
    const PORT = item("port", "2026-08-20T06:20:00Z", "Missile strike on Black Sea port kills three", [
      "Three people were killed when Russian missiles hit a Black Sea port on Thursday morning, officials said.",
    ]);
    const DOWNED = item("downed", "2026-08-20T14:00:00Z", "Russia says it downed 63 drones over the Black Sea", [
      "Russia's defence ministry said its air defences downed 63 Ukrainian drones over the Black Sea and border regions overnight.",
    ]);
    expect(mergeStories([PORT, DOWNED], { places: ["odesa", "kharkiv"], placeCosine: 0.01 }).groups).toHaveLength(2);
  });
});

describe("a figure both leads name is no place of a barrage", () => {
  it("keeps a town's glide-bomb attack out of the capital's barrage though both count 11", () => {
    const BARRAGE = item("barrage", "2026-06-17T05:00:00Z", "Russia launches huge overnight attack on Kyiv with drones and missiles", [
      "Russia fired hundreds of drones and dozens of missiles at Kyiv overnight in a nationwide barrage, killing 11 people, officials said.",
    ]);
    const GLIDE = item("glide", "2026-06-17T09:30:00Z", "Two killed as glide bomb hits Kharkiv", [
      "A Russian glide bomb hit a residential street in Kharkiv, killing two people and injuring 11, the regional governor said.",
    ]);
    expect(mergeStories([BARRAGE, GLIDE], { places: ["kyiv", "kharkiv"], kindCosine: 0.01 }).groups).toHaveLength(2);
  });
});

// A teaser that shows an event ("Watch: smoke over the market after the shelling") joins that event's story; one that
// shows a theme ("Pictured: children back in a rebuilt kindergarten") names no event of its own and stays its own story.
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { dayWindow } from "../../src/day.ts";
import type { Entry } from "../../src/types.ts";
import { entriesOn, pageOf } from "../helpers/digest-sources.ts";

const make = entriesOn("2025-09-09");
const page = (id: string, entries: Entry[]) => pageOf(id, entries, "Russia-Ukraine war: live");

describe("themed teasers", () => {
  const digest = buildDigest([
    page("a", [
      make("s1", "Shelling hits Kherson market, three killed", ["Russian artillery struck the central market in Kherson in the morning, killing three traders, the regional governor said."], "08:00"),
      make("t1", "Pictured: children return to a rebuilt kindergarten in Kherson", [], "12:00"),
      make("t2", "Watch: smoke rises over Kherson market after the shelling", [], "09:30"),
    ]),
    page("b", [
      make("x1", "Grain exports rise through Danube ports", ["Ukraine shipped more grain through its Danube ports in August than in any month this year, the ministry said."], "10:00"),
    ]),
  ], dayWindow("2025-09-09", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-09-09T23:00:00Z" });
  const story = (id: string) => digest.entries.find((e) => e.id === id)!.storyId;

  it("a teaser that shows the event joins it", () => {
    expect(story("t2")).toBe(story("s1"));
  });

  it("a teaser about a theme, though it names the same city, is its own story", () => {
    expect(story("t1")).not.toBe(story("s1"));
  });
});

describe("a teaser about a span of time", () => {
  it("shows a theme ('two years of …'), not the day's event, though it names its place and kind", () => {
    const digest = buildDigest([page("a", [
      make("s1", "Missile strike damages Kharkiv hospital, two hurt", ["A Russian missile hit a hospital in Kharkiv in the morning, injuring two nurses, the governor said."], "08:00"),
      make("t1", "Photos: two years of air-raid nights in a Kharkiv hospital", [], "12:00"),
    ])], dayWindow("2025-09-09", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-09-09T23:00:00Z" });
    const story = (id: string) => digest.entries.find((e) => e.id === id)!.storyId;
    expect(story("t1")).not.toBe(story("s1"));
  });
});

describe("explainers without a label", () => {
  it("a section asking why (or how, not how someone responded) explains a theme and stays its own story", () => {
    const digest = buildDigest([
      page("a", [
        make("s1", "Missiles hit Mykolaiv port, grain silo burns", ["Russian missiles struck Mykolaiv's port overnight, setting a grain silo on fire, the governor said."], "06:00"),
        make("s2", "Mykolaiv port fire put out, two injured", ["Firefighters put out the fire at the Mykolaiv port silo after missiles hit it overnight; two workers were injured."], "09:00"),
        make("w1", "Why the Mykolaiv port keeps being hit", ["Mykolaiv's port and its grain silos have been hit again and again because Russia wants to choke Ukraine's exports by sea."], "10:00"),
        make("h1", "How Mykolaiv responded", ["The mayor said the port would reopen within days and thanked the firefighters who fought the blaze at the silo overnight."], "11:00"),
      ]),
    ], dayWindow("2025-09-09", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-09-09T23:00:00Z" });
    const story = (id: string) => digest.entries.find((e) => e.id === id)!.storyId;
    expect(story("s2")).toBe(story("s1"));
    expect(story("w1")).not.toBe(story("s1"));
  });
});

describe("explainers are background", () => {
  const events = [
    make("e1", "Drones hit an energy site in Sumy region", ["Russian drones struck an energy facility in Sumy region overnight, leaving 20,000 homes without power, the governor said."], "05:00"),
    make("e2", "Two killed as glide bombs hit Kostiantynivka", ["Two people were killed when Russian glide bombs hit a residential street in Kostiantynivka, the regional head said."], "07:00"),
  ];
  const edition = (extra: Entry) => buildDigest([
    { ...page("a", [...events, extra]), source: { ...page("a", []).source, keyPoints: 2 } },
  ], dayWindow("2025-09-09", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2025-09-09T23:00:00Z" });

  it("an explainer stands for its source only when no event of the day does", () => {
    const digest = edition(make("x1", "Analysis: Why Russia keeps aiming at Ukraine's largest cities", ["Russia has sent more missiles and drones at Ukraine's biggest cities this year than last, and Kyiv's allies say the campaign is meant to wear down morale, with hundreds killed. Air defence crews say the volleys are larger and come at shorter intervals than a year ago."], "11:00"));
    const x1 = digest.entries.find((e) => e.id === "x1")!;
    expect(x1.selected).toBe(false);
    expect(x1.reasons.join(" ")).toContain("background");
    expect(digest.entries.filter((e) => e.selected).map((e) => e.id).sort()).toEqual(["e1", "e2"]);
  });

  it("a question heading an article's section asks about the day's news: no penalty", () => {
    const digest = edition(make("q1", "How far have Ukrainian troops advanced?", ["Ukraine's commander said his forces now held about 1,000 square kilometres of Kursk region, with hundreds of prisoners taken."], "11:00"));
    expect(digest.entries.find((e) => e.id === "q1")!.reasons.join(" ")).not.toContain("background");
  });
});

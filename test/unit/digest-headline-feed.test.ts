// A feed of headlines only (an aggregator's search feed: every item a headline and its outlet, no text) is news, not
// a row of teasers; a labelled teaser in it stays one (session 48, eval/fg).
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/index.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { dayWindow } from "../../src/day.ts";
import type { Entry } from "../../src/types.ts";
import { entriesOn, pageOf } from "../helpers/digest-sources.ts";

const make = entriesOn("2028-10-02");
const page = pageOf;

describe("a feed of headlines only", () => {
  const run = (entries: Entry[]) => buildDigest([page("agg", entries)], dayWindow("2028-10-02", "UTC"),
    { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2028-10-02T23:00:00Z" });
  it("shows its war headlines, and not its labelled teaser", () => {
    const digest = run([
      make("a1", "Russian drone strike on a port kills two dockworkers", [], "09:40"),
      make("a2", "Grain terminal burns after an overnight drone raid on Odesa", [], "13:15"),
      make("a3", "EU ministers weigh tapping frozen Russian assets for Ukraine", [], "16:48"),
      make("a4", "Watch: smoke rises over Odesa after the Russian drone raid", [], "10:05"),
    ]);
    const entry = (id: string) => digest.entries.find((e) => e.id.endsWith(id) || e.id === id)!;
    expect(digest.entries.filter((e) => e.selected).length).toBeGreaterThan(0);
    expect(entry("a1").leftOut).not.toBe("teaser");
    expect(entry("a4").leftOut).toBe("teaser");
  });
  it("keeps a bodiless headline on a page of bodied posts a teaser", () => {
    const digest = run([
      make("b1", "Russian drone strike on Odesa port kills two dockworkers", ["Two dockworkers were killed when a drone hit the port overnight, the governor said."], "09:40"),
      make("b2", "Grain terminal burns after an overnight drone raid", ["Fire crews fought a blaze at the grain terminal for hours, the port authority said."], "13:15"),
      make("b3", "More on the Russian drone raid on Odesa", [], "16:48"),
    ]);
    expect(digest.entries.find((e) => e.id.endsWith("b3") || e.id === "b3")!.leftOut).toBe("teaser");
  });
});

// Forms met on the eval pages in session 44 (own pages, own words): each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("a newest-first live blog under one plain date line whose top post is past midnight (eval/ds)", () => {
  const page = (dateLine: string) => `THE EXAMPLE HERALD
Home   World   Live

Ukraine live: a port city counts the cost of a night raid
${dateLine}

Missiles hit a southern port in the early morning. Follow the day here.

00:40
President thanks partners in late address

In a late-night address the president thanked the countries that paid for new interceptors.

21:15
Ministers agree to fund air defence

Three defence ministers said they would pay for a batch of interceptors.

13:05
Rescue work ends in the port city

Rescuers finished searching the damaged block, the city council said.

06:30
Missiles strike the port city at dawn

Several missiles hit the port area at dawn, regional officials said.
`;
  it("keeps the day's posts on the printed day and carries the top one into the next", () => {
    const doc = parse(page("Thursday 16 April 2026 · All times Kyiv (EEST)"), { timezone: "UTC" });
    expect(doc.entries.map((e) => e.published)).toEqual([
      "2026-04-16T21:40:00Z", "2026-04-16T18:15:00Z", "2026-04-16T10:05:00Z", "2026-04-16T03:30:00Z",
    ]);
  });

  it("still reads an 'Updated' date as the newest post's day", () => {
    const doc = parse(page("Updated 17 April 2026 · All times Kyiv (EEST)"), { timezone: "UTC" });
    expect(doc.entries[0]!.published).toBe("2026-04-16T21:40:00Z");
    expect(doc.entries.at(-1)!.published).toBe("2026-04-16T03:30:00Z");
  });
});

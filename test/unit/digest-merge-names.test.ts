// A person's full name is one detail, and a name the day's reports use everywhere is no detail: two statements by
// the same much-quoted leader about two different attacks do not join on his first name. Own words.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, source: string, hhmm: string, headline: string, body: string, topic = "strikes"): MergeItem =>
  ({ id, source, topic, published: `2024-03-05T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));

describe("a much-quoted leader's first name", () => {
  const day = [
    item("a", "Wire", "19:40", "Zelensky: Russian missile strike on Kharkiv flats was aimed at families",
      "President Volodymyr Zelensky said the Russian missile strike on a block of flats in Kharkiv was aimed at families."),
    item("b", "Wire", "05:10", "Zelensky: Russia fired 90 missiles and 60 drones in overnight strike",
      "President Volodymyr Zelensky said Russia fired 90 missiles and 60 drones at power plants in an overnight strike."),
    item("c", "Wire", "09:00", "Zelensky meets Nordic prime ministers in Oslo", "Zelensky met the five Nordic prime ministers to discuss winter fuel.", "diplomacy"),
    item("d", "Desk", "11:30", "Zelensky thanks Japan for new loan", "Zelensky thanked Tokyo for a loan to repair the grid.", "aid"),
    item("e", "Wire", "13:15", "Zelensky names new air force chief", "Zelensky appointed a new commander of the air force.", "other"),
    item("f", "Desk", "15:45", "Zelensky visits wounded soldiers in Lviv", "Zelensky visited a military hospital in Lviv.", "other"),
  ];

  it("does not join two of his statements about two attacks", () => {
    expect(together(mergeStories(day).groups, "a", "b")).toBe(false);
  });

  it("two leaders named together still tie two reports of their call", () => {
    const groups = mergeStories([...day,
      item("x", "Wire", "17:05", "Zelensky says call with Biden was productive",
        "Volodymyr Zelensky said he and Joe Biden discussed air defence and new loans in a long call.", "diplomacy"),
      item("y", "Desk", "18:20", "Leaders discuss air defence by phone",
        "Ukraine's president Volodymyr Zelensky spoke with Joe Biden about Patriot batteries and winter repairs.", "diplomacy"),
    ]).groups;
    expect(together(groups, "x", "y")).toBe(true);
  });

  it("a rarely named official's full name still joins two reports of the same statement", () => {
    const groups = mergeStories([
      item("p", "Wire", "08:10", "Kharkiv governor: three killed in overnight shelling", "Oleh Syniehubov said three people were killed when shells hit Kupiansk district overnight."),
      item("q", "Desk", "08:40", "Three dead after shelling in Kupiansk district", "Governor Oleh Syniehubov said the shells hit homes in the district overnight, killing three people."),
    ]).groups;
    expect(together(groups, "p", "q")).toBe(true);
  });
});

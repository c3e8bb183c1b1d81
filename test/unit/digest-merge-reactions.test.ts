// A reaction whose main content is an event or a statement (a spokesman on a decision, a government rejecting a
// leader's offer) belongs to that story (gold/LABELS.md, official reactions), though it shares few of its words.
import { describe, expect, it } from "vitest";
import { mergeStories, type MergeItem } from "../../src/digest/merge.ts";

const item = (id: string, source: string, hhmm: string, headline: string | null, body: string, topic: string): MergeItem =>
  ({ id, source, topic, published: `2025-10-14T${hhmm}:00Z`, headline, body: [body] });
const together = (groups: string[][], a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));

describe("reactions join the story they react to", () => {
  const loan = item("l1", "Wire", "09:00", "Ecofin ministers approve €20bn loan for Ukraine from frozen Russian funds",
    "Finance ministers agreed in Luxembourg to lend Ukraine 20 billion euros, to be repaid from the profits on immobilised Russian central bank reserves.", "aid");
  const loanTwo = item("l2", "Courier", "10:30", "Kyiv to get €20bn from Russian reserves after Ecofin vote",
    "Ukraine will receive the first tranche of the 20 billion euro loan before the winter, the finance ministry in Kyiv said after the Ecofin vote.", "aid");
  const spokesman = item("k1", "Chronicle", "13:15", null,
    "Taking Russian money is robbery and will not go unanswered, the Kremlin spokesman told reporters, commenting on the Ecofin decision on a loan to Kiev. " +
    "He added that Moscow had drawn up lists of Western companies whose property could be taken in return, and that lawyers were preparing cases.", "aid");
  const offer = item("p1", "Wire", "08:00", "Putin offers a Christmas truce if Kyiv halts drone raids on refineries",
    "The Russian president said his forces would hold fire over the holiday if Ukraine stopped attacking oil facilities, in remarks on state television.", "diplomacy");
  const otherPutin = item("p2", "Courier", "11:00", "Putin says sanctions have made Russian industry stronger",
    "Speaking at an economic forum, the Russian president said Western sanctions had pushed factories to produce more at home.", "diplomacy");
  const rejection = item("r1", "Kyiv Desk", "12:40", "Kyiv dismisses Putin's offer as a ploy",
    "Ukraine's foreign ministry said the proposal was meant to buy time for Russian forces to regroup and that attacks on civilians had not stopped.", "diplomacy");
  const groups = mergeStories([loan, loanTwo, spokesman, offer, otherPutin, rejection]).groups;

  it("a spokesman commenting on a decision joins the decision's story", () => {
    expect(together(groups, "k1", "l1")).toBe(true);
  });

  it("a rejection of a leader's offer joins the story of the offer, not another of his statements", () => {
    expect(together(groups, "r1", "p1")).toBe(true);
    expect(together(groups, "r1", "p2")).toBe(false);
    expect(together(groups, "p1", "p2")).toBe(false);
  });
});

describe("a government taking note of another's deadline reacts to it (a form met on eval/ag)", () => {
  const deadline = item("t1", "Wire", "14:00", "Macron gives Moscow two weeks to agree a truce",
    "The French president said Russia had two weeks to accept a ceasefire in Ukraine or face new sanctions on its banks.", "diplomacy");
  // the French president is named in several stories of the day: his name alone is no specific detail
  const others = [
    item("t2", "Courier", "15:00", "Macron says pension reform vote will wait until autumn",
      "President Emmanuel Macron said the parliament would vote on the pension reform after the summer recess.", "other"),
    item("t3", "Wire", "11:00", "Macron and Scholz agree to buy air-defence missiles together",
      "Emmanuel Macron and Olaf Scholz said France and Germany would order air-defence missiles jointly for their own armies.", "other"),
    item("t4", "Courier", "09:30", "Macron opens new cancer hospital in Lyon",
      "Emmanuel Macron opened a cancer hospital in Lyon and praised its staff.", "other"),
  ];
  const noted = item("n1", "Kyiv Desk", "17:30", "Lavrov: Moscow has taken note of Macron's ultimatum",
    "The Russian foreign minister said Moscow had heard the statement from Paris and that its operation would go on.", "diplomacy");

  it("joins the deadline's story", () => {
    expect(together(mergeStories([deadline, ...others, noted]).groups, "n1", "t1")).toBe(true);
  });
});

describe("what counts as a shared detail", () => {
  it("words of a Title Case headline are names only when written as names elsewhere", async () => {
    const { anchorsOf, knownNames } = await import("../../src/digest/anchors.ts");
    const body = ["The minister thanked growers in Poltava for the largest harvest since the invasion."];
    const names = knownNames(["Minister Praises Farmers For Record Harvest In Poltava", ...body]);
    const anchors = anchorsOf("Minister Praises Farmers For Record Harvest In Poltava", body, names);
    expect(anchors.has("poltava")).toBe(true);
    expect([...anchors].some((a) => /farmer|harvest|record/.test(a))).toBe(false);
  });

  it("two people who share only a first name share no detail", () => {
    const groups = mergeStories([
      item("d1", "Chronicle", "09:00", null, "Kremlin aide Dmitry Kozak has stepped down as deputy head of the presidential administration, the Kremlin said, without giving a reason for his departure.", "other"),
      item("d2", "Chronicle", "15:00", null, "Veteran diplomat Dmitry Polyansky resigns as deputy envoy to the United Nations in New York, the foreign ministry announced, naming no successor for the post.", "other"),
    ]).groups;
    expect(together(groups, "d1", "d2")).toBe(false);
  });
});

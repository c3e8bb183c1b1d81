// Topic and merging cases met on the eval days of session 52 (own words).
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { isTeaser } from "../../src/digest/score.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("topics of the session's days", () => {
  it("a programme or an app launched is no launch of weapons; missiles launched still are (guard)", () => {
    expect(topicOf("Small business grants open for those back from service", ["The veterans ministry has launched a programme of grants worth up to 40,000 hryvnias each."])).not.toBe("strikes");
    expect(topicOf("Russia launched 14 missiles at Lviv overnight", ["Three of them got through, the regional governor said."])).toBe("strikes");
  });

  it("an air-defence battery due to reach Ukraine is aid", () => {
    expect(topicOf("Third NASAMS battery to reach Ukraine before spring, minister says", ["Defence Minister Ana Ruiz told a committee on Tuesday that the battery had passed its last checks."])).toBe("aid");
  });

  it("allies' troops to guard a ceasefire, and Moscow's answer to them, are diplomacy", () => {
    expect(topicOf("Moscow says it would treat any European troops in Ukraine as targets", ["A foreign ministry spokeswoman said a postwar reassurance force would only prolong the conflict."])).toBe("diplomacy");
    expect(topicOf("Kremlin scorns peacekeeping plan", ["The spokesman said no foreign troops would be accepted on the line of contact."])).toBe("diplomacy");
  });

  it("a side's own war dead, counted or mourned, are frontline news; soldiers killed by a strike stay strikes (guard)", () => {
    expect(topicOf("Adviser puts army toll at up to 9,000", ["Between 8,000 and 9,000 Ukrainian soldiers have been killed since the invasion began, a presidential adviser told a talk show."])).toBe("other");
    expect(topicOf("Lviv says farewell to three soldiers killed near Pokrovsk")).toBe("other");
    expect(topicOf("Missile strike on training ground kills 9 soldiers", ["Nine soldiers were killed and 30 wounded when a ballistic missile hit a parade of a brigade."])).toBe("strikes");
  });

  it("a monitors' count of the war's civilian dead is a tally (other); the rights office condemning a strike stays strikes (guard)", () => {
    expect(topicOf("UN says civilian casualties in Ukraine rose in March", ["At least 190 civilians were killed and 810 wounded in March, the UN's monitors said, more than in any month this year."])).toBe("other");
    expect(topicOf("UN rights office condemns strike on Sumy market", ["The office said it was appalled by the attack, which killed eleven civilians."])).toBe("strikes");
  });

  it("the sides exchanging their dead is an agreement between them, however the headline words it", () => {
    expect(topicOf("Kyiv and Moscow exchange bodies of fallen soldiers", ["Ukraine received the bodies of 640 soldiers and returned 28 to Russia, the coordination headquarters said."])).toBe("diplomacy");
  });

  it("aid sent to a Ukrainian town is aid to a party, though the report names neither side", () => {
    expect(topicOf("Slovak towns send generators to Chernihiv after strike", ["Four towns near Košice said they would send 30 generators and a lorry of heaters to their partner city, which lost power in the attack."])).toBe("aid");
  });

  it("a central bank's rate decision is no talks and no aid, whatever meeting or budget it mentions", () => {
    expect(topicOf("Central bank holds key rate at 15%", ["The bank left its key interest rate unchanged for a third consecutive meeting, citing war spending in the budget."])).toBe("other");
  });

  it("an offer to host talks is diplomacy, whatever the talks are to be about; so is an exchange of the dead, however worded", () => {
    expect(topicOf("Kremlin 'studying' offer to host talks on deported children", ["The Kremlin said it was studying the proposal."])).toBe("diplomacy");
    expect(topicOf("Bodies of fallen soldiers exchanged", ["Moscow handed over 800 bodies and received 36, officials said."])).toBe("diplomacy");
  });

  it("the president and a foreign leader agreeing together is a meeting of states, arms production among what they agree", () => {
    expect(topicOf("Zelensky and Fiala agree to build shells together", ["The two leaders met in Prague and agreed to set up a joint venture for artillery ammunition."])).toBe("diplomacy");
    expect(topicOf("Czech and Ukrainian firms agree to build shells together", ["The companies signed a contract in Prague for a joint plant."])).toBe("aid");
  });

  it("captives received 'in the exchange' are diplomacy; a month's civilian toll is a tally, not an attack", () => {
    expect(topicOf(null, ["The defence ministry in Moscow confirmed it had received 190 servicemen in the exchange."])).toBe("diplomacy");
    expect(topicOf("Civilian toll in Ukraine highest in over a year", ["At least 230 civilians were killed in Ukraine in March, the highest monthly toll since the summer, monitors said."])).toBe("other");
  });

  it("a commodity's price and delivery month are markets news, and a strike over pay is no attack", () => {
    expect(topicOf("Russian wheat prices rise for a third week", ["Prices for Russian wheat for delivery in May rose by $4 to $239 per ton last week, analysts said."])).toBe("other");
    expect(topicOf("Dockers end two-week strike at Gdańsk port", ["Port workers accepted a new wage offer on Friday, the union said."])).toBe("other");
  });
});

describe("posts that only caption their pictures", () => {
  it("are teasers when they close on the footage's credit or announce the pictures; a report that cites a video is not (guard)", () => {
    expect(isTeaser({ headline: null, body: ["Rescuers clearing the rubble in Kharkiv's Kyivskyi district this afternoon. Video: Example Rescue Service"] })).toBe(true);
    expect(isTeaser({ headline: null, body: ["Here are some of the latest images from Odesa, where crews searched the damaged block."] })).toBe(true);
    expect(isTeaser({ headline: null, body: ["Two people were killed when a drone hit a bus in Kherson, the governor said, posting a video of the wreck."] })).toBe(false);
  });
});

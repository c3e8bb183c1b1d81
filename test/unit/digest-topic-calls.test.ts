// Topic forms from the dev sets' misses (eval/m–o): leaders' calls and the war's end, arms welcomed, an attack's
// aftermath, refugees hosted. Each case is written in our own words, about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("leaders talking, and how the war ends: diplomacy", () => {
  it("a call between two leaders is diplomacy, whatever was said in it", () => {
    expect(topicOf("Paris: the two presidents spoke by phone for an hour",
      ["The leaders went over their positions again, an aide said."])).toBe("diplomacy");
    expect(topicOf("Aide says leader told his counterpart nothing has changed during their call")).toBe("diplomacy");
  });

  it("a statement about ending the war is about its settlement", () => {
    expect(topicOf("President: the other side must take the first step to end the war")).toBe("diplomacy");
  });

  it("what a leader wrote in a post is what the entry leads with, not a subordinate clause", () => {
    expect(topicOf("Leader says the next move is the other side's",
      ["The president wrote on social media that the war must end and that the invader had to show it wanted that."])).toBe("diplomacy");
  });

  it("a country leaving non-alignment for the alliance is alliance politics", () => {
    expect(topicOf("Nordic president: our era of non-alignment is over")).toBe("diplomacy");
  });
});

describe("arms welcomed or sent: aid", () => {
  it("a welcome for a decision to send arms is about the arms", () => {
    expect(topicOf("Defence chief welcomes the decision to send tanks to Ukraine")).toBe("aid");
    expect(topicOf("Alliance head welcomes transfer of fighter jets to Ukraine")).toBe("aid");
  });

  it("a party receiving arms is aid", () => {
    expect(topicOf("Kyiv to receive its first fighter aircraft from two partners in summer")).toBe("aid");
  });

  it("a transfer of aircraft agreed at a meeting is aid", () => {
    expect(topicOf("Kyiv and a partner agree on transfer of jets: leaders meet at an air base")).toBe("aid");
  });
});

describe("ground fighting: other news (frontline), not a strike", () => {
  it("an attack by troops on the ground is the front line's news", () => {
    expect(topicOf("Army reports enemy ground attack near a border town",
      ["Infantry backed by armoured vehicles crossed the border before dawn, the ministry said."])).toBe("other");
  });
});

describe("the hours after an attack, and its spillover: strikes", () => {
  it("rescue work at a hit building is the attack's story", () => {
    expect(topicOf("Rescue work goes on at the collapsed block overnight",
      ["Crews searched the ruins under floodlights."])).toBe("strikes");
  });

  it("people sheltering in the metro during an alert are under attack", () => {
    expect(topicOf("Watch: families spend the night in metro stations during an air alert")).toBe("strikes");
  });

  it("a vigil at the scene remembers an attack's victims", () => {
    expect(topicOf("Pictured: candles and flowers at a vigil outside the ruined block")).toBe("strikes");
  });

  it("an unknown object in a neighbour's airspace, or a missile's fragments on its soil, is the attack's spillover", () => {
    expect(topicOf("Neighbour says an unidentified object crossed its airspace",
      ["The army said it was most likely a missile and left after two minutes."])).toBe("strikes");
    expect(topicOf("Fragments of a missile found in a field across the border")).toBe("strikes");
  });
});

describe("refugees hosted: humanitarian news, not a welcome between states", () => {
  it("a town welcoming families from the war is other news", () => {
    expect(topicOf("Councils get ready to welcome more families from Ukraine",
      ["Local authorities are finding homes for the new arrivals under a sponsorship scheme."])).toBe("other");
    expect(topicOf("Seaside town to host Ukrainian children for the summer")).toBe("other");
  });
});

describe("civil life and a neighbour's security: other news", () => {
  it("residents giving blood after an attack help their hospitals: not aid to a party", () => {
    expect(topicOf("Long lines at blood donation points across Ukraine",
      ["Clinics asked residents to donate blood for the wounded."])).toBe("other");
  });

  it("a neighbour scrambling its jets polices its own sky, whatever flies past", () => {
    expect(topicOf("Warsaw scrambles fighter jets as Russian missiles fly west over Ukraine")).toBe("other");
  });

  it("a weapons test is security news, not a strike", () => {
    expect(topicOf("Moscow says it has finished testing a new cruise missile")).toBe("other");
    expect(topicOf("Minister: Moscow is testing the alliance's resolve")).toBe("diplomacy");
  });
});

describe("captives and the dead handed back: diplomacy", () => {
  it("an exchange of prisoners is diplomacy, however the prisoners are described ('young and wounded')", () => {
    expect(topicOf("Soldiers come home in an exchange of young and wounded prisoners",
      ["Dozens of servicemen were returned under the agreement, the president's office said."])).toBe("diplomacy");
  });

  it("the dead handed over or ready for return are an agreement between the sides, as a swap is", () => {
    expect(topicOf("Moscow says 4,000 bodies are ready for handover")).toBe("diplomacy");
    expect(topicOf("Officials say the soldiers' bodies are ready for return to their families")).toBe("diplomacy");
  });
});

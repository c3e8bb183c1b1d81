// Topic forms measured in session 47 against every scored set (issue 13): each case is written in our own words,
// about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("soldiers freed, prisoners home: an exchange, so diplomacy", () => {
  it("reads a teaser of freed soldiers as the exchange it shows", () => {
    expect(topicOf("Photos: Freed soldiers hug their mothers at the reception centre")).toBe("diplomacy");
    expect(topicOf("Video: freed defenders sing the anthem on the bus")).toBe("diplomacy");
  });
  it("reads prisoners coming home as the exchange, with or without a mediator named", () => {
    expect(topicOf("Prisoners home in time for the new year",
      ["Dozens of servicemen crossed back over the border on Tuesday, their families waiting with flags."])).toBe("diplomacy");
  });
  it("keeps a strike that happens to free no one a strike", () => {
    expect(topicOf("Missile strike on a bus depot kills three",
      ["Three drivers were killed when a missile hit the depot before dawn, the mayor said."])).toBe("strikes");
  });
});

describe("weapons against satellites: security news, not a strike", () => {
  it("reads an anti-satellite test and the debris it leaves in orbit as other news", () => {
    expect(topicOf("Moscow tests an anti-satellite missile, officials say",
      ["A missile fired from a northern launch site destroyed an old satellite and left a debris cloud, officials said."])).toBe("other");
    expect(topicOf("Trackers see a dead satellite break apart in low Earth orbit",
      ["Space-tracking firms said pieces of an old military satellite were spreading along its path."])).toBe("other");
  });
  it("keeps a missile that hits a city a strike", () => {
    expect(topicOf("Missile hits apartment block, debris lands on a school",
      ["A missile struck a nine-storey block overnight and debris damaged a school, the governor said."])).toBe("strikes");
  });
});

describe("air-defence systems sent: aid, though the reason given is the attacks", () => {
  it("reads systems or batteries sent as aid", () => {
    expect(topicOf("Rome to send two SAMP/T batteries before winter",
      ["Italy's defence minister promised Ukraine two batteries by December, saying Russia's attacks on the grid made air defence urgent."])).toBe("aid");
  });
  it("keeps air defence at work a strike", () => {
    expect(topicOf("Air defence shoots down 40 drones over Kyiv",
      ["Air defence units destroyed 40 of 46 drones launched overnight, the air force said."])).toBe("strikes");
  });
});

describe("a site damaged or set on fire by drones", () => {
  it("reads it as a strike", () => {
    expect(topicOf("Overnight drones damage a gas plant in the east",
      ["A gas processing plant was set on fire by drones during the night, its operator said."])).toBe("strikes");
  });
  it("keeps shelling that damaged homes and a school a strike", () => {
    expect(topicOf(null, ["Shelling damaged homes and a school in three villages over the past day, wounding two civilians, the governor said."])).toBe("strikes");
  });
});

describe("a defence maker's funding round: business news", () => {
  it("reads a drone maker raising a round as other news, not a strike or a pledge", () => {
    expect(topicOf("Interceptor-drone maker raises €25m",
      ["A Kyiv startup that builds drones to ram attack drones in flight has raised €25m in a round led by a Nordic defence fund."])).toBe("other");
  });
  it("keeps a community's fundraiser for hospitals aid", () => {
    expect(topicOf("Parish raises $20,000 for generators for a Kharkiv hospital",
      ["Members of a parish have raised $20,000 to buy generators for a hospital in Kharkiv, they said."])).toBe("aid");
  });
});

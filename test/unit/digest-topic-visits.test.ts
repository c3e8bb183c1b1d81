// A leader's arrival told as a picture or a clip ("plane touches down", "steps off", "greeted by"), and a state's
// refusal to recognise a seized territory: diplomacy. Own words, about the form, not a page.
import { describe, expect, it } from "vitest";
import { classifyEntry } from "../../src/digest/classify.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";

const topicOf = (headline: string | null, body: string[] = []) => classifyEntry({ headline, body }, DEFAULT_TOPICS).topic;

describe("a leader arriving, shown without a body: diplomacy", () => {
  it("a plane landing or touching down with a leader on board", () => {
    expect(topicOf("Watch: the chancellor's plane touches down in Tokyo")).toBe("diplomacy");
    expect(topicOf("Video: prime minister's jet lands outside the capital")).toBe("diplomacy");
  });

  it("a leader stepping off a plane or train, or greeted by the host", () => {
    expect(topicOf("Watch: president steps off the night train in the capital")).toBe("diplomacy");
    expect(topicOf("Pictured: the visiting premier greeted by the king at the palace")).toBe("diplomacy");
    expect(topicOf("Watch: host greets his guest on the tarmac")).toBe("diplomacy");
  });

  it("an attack stays an attack when a leader's arrival is only its circumstance", () => {
    expect(topicOf("Missile strike hits port hours after premier lands in the city",
      ["A missile struck the port, killing two dock workers, shortly after the visiting premier's plane landed."])).toBe("strikes");
  });
});

describe("refusing to recognise a seized territory: diplomacy", () => {
  it("a state that will never recognise an annexation", () => {
    expect(topicOf("President: we will never recognise the annexation",
      ["The president said his government would not recognise the seizure of the four regions and warned of a long standoff."])).toBe("diplomacy");
    expect(topicOf("Senator says Washington will not recognize the seized provinces")).toBe("diplomacy");
  });
});

// Forms met on the eval/z and eval/aa pages after they were scored fresh (own pages, own words): a zone abbreviation
// of an Asian national time after each stamp, a section menu whose items a scrape ran together ("Life & Style"), a
// masthead tagline in capitals naming the nation's adjective, a publisher's name carrying its country, and agency
// credits closing each post.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("text pages", () => {
  it("reads stamps that end in an Asian national time ('1:35 AM MYT', '9:05 PM NPT')", () => {
    const card = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, "", "Read more", ""];
    const page = ["Lakeside Herald", "Home  Nation  World  Sport", "", "Tag", "Rivers", "",
      ...card("River ferry resumes after repairs", "Friday, 02 Aug 2024 1:35 AM MYT", "The river ferry resumed its night crossings after the landing stage was repaired, the operator said."),
      ...card("Monsoon rains close two hill roads", "Thursday, 01 Aug 2024 9:05 PM MYT", "Landslides closed two hill roads after a night of heavy rain, the public works office said."),
      ...card("Rice harvest begins early in the delta", "Thursday, 01 Aug 2024 7:40 AM MYT", "Farmers in the delta began the harvest a week early after a dry spell, the farmers' union said."),
      "Load more"].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["River ferry resumes after repairs", "Monsoon rains close two hill roads", "Rice harvest begins early in the delta"]);
    // Malaysia keeps UTC+8 all year
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-08-01T17:35:00Z", "2024-08-01T13:05:00Z", "2024-07-31T23:40:00Z"]);
    const nepal = parse(["Valley Times", "", "Tag: Weather", "", ...card("Snow closes the pass", "Monday, 05 Feb 2024 9:05 PM NPT", "Snow closed the mountain pass for the night, police said."),
      ...card("Flights resume at the airport", "Monday, 05 Feb 2024 8:10 AM NPT", "Flights resumed after fog lifted over the valley, the airport said.")].join("\n"));
    // Nepal keeps UTC+5:45
    expect(nepal.entries.map((e) => e.published)).toEqual(["2024-02-05T15:20:00Z", "2024-02-05T02:25:00Z"]);
  });

  it("finds the home in a section menu whose items a scrape ran together ('Life & Style')", () => {
    const post = (stamp: string, headline: string, text: string) => [stamp, headline, text, ""];
    const page = ["The Harbour Tribune", "", "Home  Pakistan  World  Business  Opinion  Sports  Life & Style  Magazine", "", "WORLD", "",
      "Storm live: ports shut along the coast", "", "News Desk", "", "Friday, April 26, 2024", "",
      ...post("9.20pm", "Ports stay shut overnight", "The port authority said all berths would stay closed until the wind eased."),
      ...post("6.05pm", "Fishing fleet ordered back to harbour", "The coastguard ordered every fishing boat back to harbour before nightfall."),
      ...post("2.35pm", "Schools close early", "Schools on the coast closed at noon so children could get home before the storm.")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Ports stay shut overnight", "Fishing fleet ordered back to harbour", "Schools close early"]);
    // Pakistan keeps UTC+5
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-04-26T16:20:00Z", "2024-04-26T13:05:00Z", "2024-04-26T09:35:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/section menu \(Pakistan, then World\)/);
  });

  it("finds the home in a masthead tagline set in capitals that names the nation ('MALAYSIAN NATIONAL NEWS AGENCY')", () => {
    const item = (stamp: string, headline: string, text: string) => [stamp, headline, "", text, "", "-- WIRE", ""];
    const page = ["PENWIRE", "MALAYSIAN NATIONAL NEWS AGENCY", "", "HOME  GENERAL  BUSINESS  SPORTS  WORLD", "", "WORLD", "",
      ...item("09/04/2024 07:05 AM", "Floods ease in the northern states", "Floodwaters receded in three northern states and relief centres began to close, officials said."),
      ...item("08/04/2024 10:30 PM", "Night markets reopen after the holiday", "Night markets reopened in the capital after the holiday break, the city council said."),
      ...item("08/04/2024 02:40 PM", "Heavy traffic expected on the highway", "Traffic on the main highway is expected to peak from tomorrow, the operator said.")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-04-08T23:05:00Z", "2024-04-08T14:30:00Z", "2024-04-08T06:40:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Asia\/Kuala_Lumpur, from the place its name carries \(Malaysian\)/);
  });
});

describe("the publisher's country", () => {
  it("finds the home in the country its publisher's name carries ('… is published by Example Media Kosovo')", () => {
    const card = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, "", "Read more", ""];
    const page = ["Dardania Review", "News  Society  Culture  Travel", "", "Tag: Rivers", "",
      ...card("Bridge over the river reopens", "Vjosa Krasniqi1 October 2024 21:10", "The old stone bridge reopened to walkers after a summer of repairs, the municipality said."),
      ...card("Farmers count losses after hail", "Arben Gashi1 October 2024 09:30", "Hail flattened maize fields in three villages overnight, farmers told the local council."),
      "Load more", "", "Dardania Review is published by Example Media Kosovo. © 2024 All rights reserved."].join("\n");
    const doc = parse(page);
    // Kosovo keeps Central European time (UTC+2 in October), which the runtime lists under Belgrade
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-10-01T19:10:00Z", "2024-10-01T07:30:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/publisher's name carries \(Kosovo\)/);
  });
});

describe("closing credits", () => {
  it("credits a post to the one word its closing dash line names ('— Kelvora'), as to a known agency ('— AFP')", () => {
    const card = (headline: string, stamp: string, text: string, credit: string) => [headline, stamp, "", text, "", credit, "", "Read more", ""];
    const page = ["Lakeside Herald", "", "Tag", "Rivers", "",
      ...card("River ferry resumes after repairs", "Friday, 02 Aug 2024 1:35 AM", "The river ferry resumed its night crossings after the landing stage was repaired, the operator said.", "— AFP"),
      ...card("Farmers warn of a poor mango crop", "Thursday, 01 Aug 2024 9:05 PM", "Growers in the north said heavy rain in flowering season had cut the mango crop by half.", "— Kelvora"),
      "Load more"].join("\n");
    const doc = parse(page, { timezone: "Asia/Kuala_Lumpur" });
    expect(doc.entries.map((e) => e.author)).toEqual(["AFP", "Kelvora"]);
    expect(doc.entries.every((e) => e.body.every((p) => !p.startsWith("—")))).toBe(true);
  });
});

describe("HTML pages", () => {
  it("credits each timeline post to the agency its closing credit box names, not to a photo's credit", () => {
    const post = (time: string, headline: string, text: string, credit: string) =>
      `<div class="tl-item"><p class="tl-time"><strong>${time}</strong></p><h3>${headline}</h3><p>${text}</p><p>More details were expected later in the day, officials said.</p><p class="credit">${credit}</p></div>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Storm timeline</title></head><body><main><h1>Storm: what happened on Friday</h1>
<p class="lead">A timeline of the day, compiled from news agencies. All times GMT.</p>
<div class="timeline">
${post("1610 GMT", "Harbour wall breached in the south", "Waves broke through a section of the harbour wall, flooding the fish market.", "(AFP)")}
<figure><img src="x.jpg"><p class="credit">(Reuters)</p></figure>
${post("1155 GMT", "Trains halted on the coast line", "The rail operator halted all trains on the coast line because of fallen trees.", "(Reuters)")}
${post("0645 GMT", "Schools told to stay shut", "The education ministry told schools in three regions to stay shut for the day.", "(Anadolu)")}
</div></main></body></html>`);
    expect(doc.entries.map((e) => e.headline)).toEqual(["Harbour wall breached in the south", "Trains halted on the coast line", "Schools told to stay shut"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["AFP", "Reuters", "Anadolu"]);
    expect(doc.entries.every((e) => e.body.every((p) => !/^\(/.test(p)))).toBe(true);
  });
});

// Forms met on the eval/ab pages after they were scored fresh (own pages, own words): slash dates in the order the
// page's own dates prove or keep close, a logo line or a <title> suffix naming the country, "Name | 3 hours ago"
// cards and "READ | Title" links between them, bylines in brackets or glued to a date, and "Reporter:" labels with the
// editor's credit left out.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("slash dates and the page's name", () => {
  it("reads slash dates month first when that keeps a page's dates together, in the country its logo line names", () => {
    const post = (stamp: string, headline: string, text: string) => [stamp, headline, "", text, "", "Share  Facebook  X", ""];
    const page = ["Harbour Taiwan", "Island Wire English", "", "Politics   Society   World", "", "World", "",
      ...post("11/09/2024 12:40 AM", "Ferry service resumes after typhoon", "Ferries to the outlying islands resumed after the typhoon passed, the port authority said."),
      ...post("11/08/2024 08:30 PM", "Schools to reopen on Monday", "Schools closed for the typhoon will reopen on Monday, the education bureau said."),
      ...post("11/08/2024 09:10 AM", "Typhoon makes landfall in the south", "The typhoon made landfall on the southern coast with gusts of 150 km/h, forecasters said.")].join("\n");
    const doc = parse(page);
    // 8 and 9 November (not 11 August and 11 September), Taiwan time (UTC+8)
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-11-08T16:40:00Z", "2024-11-08T12:30:00Z", "2024-11-08T01:10:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Asia\/Taipei/);
  });

  it("keeps slash dates day first when that keeps them together ('09/04/2024', '08/04/2024')", () => {
    const post = (stamp: string, headline: string, text: string) => [stamp, headline, "", text, ""];
    const doc = parse(["Wire Desk", "", ...post("09/04/2024 07:05", "Rail strike ends", "Train drivers returned to work after a two-day strike, the union said."),
      ...post("08/04/2024 22:30", "Storm warning for the coast", "Forecasters warned of gales along the coast overnight.")].join("\n"), { timezone: "UTC" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-04-09T07:05:00Z", "2024-04-08T22:30:00Z"]);
  });

  it("finds the country in the suffix of an HTML page's <title> ('… - Example Times Nigeria')", () => {
    const card = (headline: string, time: string, text: string) =>
      `<article class="post"><h3><a href="#">${headline}</a></h3><div class="meta"><span class="date">${time}</span></div><p>${text}</p><p>Officials said more details would follow.</p></article>`;
    const doc = parse(`<!DOCTYPE html><html lang="en-US"><head><title>Floods Archives - Savanna Times Nigeria</title></head><body>
<header><a class="logo" href="/">SAVANNA TIMES</a></header><main><h1>Floods</h1>
${card("River bursts its banks in the north", "July 4, 2024 9:50 pm", "The river burst its banks after a week of heavy rain, flooding farms in two districts.")}
${card("Relief camps open for displaced families", "July 4, 2024 3:35 pm", "The emergency agency opened three relief camps for families forced from their homes.")}
</main></body></html>`);
    // Nigeria keeps UTC+1 all year
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-07-04T20:50:00Z", "2024-07-04T14:35:00Z"]);
  });
});

describe("bylines", () => {
  it("reads cards that print their credit between headline and stamp, with a 'Last update on:' line under the stamp", () => {
    const card = (headline: string, by: string, stamp: string, update: string | null, text: string) =>
      [headline, by, stamp, ...(update ? [`Last update on: ${update}`] : []), "", text, "", "Read more", ""];
    const page = ["The Delta Ledger", "", "Log In   Subscribe   Sign In", "Tuesday, June 11, 2024", "", "Home  News  Nation  World  Sports", "",
      "World > Asia", "",
      ...card("Cyclone shelters reopen along the coast", "Staff Correspondent", "Tue Jun 11, 2024 09:40 PM", "Tue Jun 11, 2024 10:15 PM",
        "Coastal districts reopened 2,000 cyclone shelters as a depression formed in the bay, the disaster ministry said."),
      ...card("Ferry services suspended on three river routes", "Nadia Karim", "Tue Jun 11, 2024 06:05 PM", null,
        "River ferries on three southern routes were halted after the weather office raised the storm signal."),
      ...card("Fishermen told to return to port", "Agencies", "Tue Jun 11, 2024 02:30 PM", "Tue Jun 11, 2024 03:00 PM",
        "All fishing boats in the northern bay were told to return to port by evening, the coast guard said.")].join("\n");
    const doc = parse(page, { timezone: "Asia/Dhaka" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Cyclone shelters reopen along the coast",
      "Ferry services suspended on three river routes", "Fishermen told to return to port"]);
    // the first stamp of each card (its publication), not its update; the credit over the stamp is the card's
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-06-11T15:40:00Z", "2024-06-11T12:05:00Z", "2024-06-11T08:30:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Staff Correspondent", "Nadia Karim", "Agencies"]);
  });

  it("reads 'Name | 3 hours ago' under a card as its byline and age; 'READ | Title' between cards points elsewhere", () => {
    const card = (headline: string, text: string, by: string) => [headline, text, "", by, ""];
    const page = ["Veld Daily", "", "World / News", "", "Floods", "Page updated: 16 May 2024, 21:30 SAST", "",
      ...card("Dam levels rise after heavy rain", "Dam levels in the province rose sharply after three days of rain, the water department said.", "Agencies | 45 minutes ago"),
      ...card("Roads closed in the lowveld", "Several roads in the lowveld were closed after bridges were washed away, police said.", "Thandi Mokoena | 3 hours ago"),
      "READ | Why the dams filled so fast this year", "",
      ...card("Farmers count crop losses", "Farmers said the floods had destroyed most of the maize crop in two districts.", "Thandi Mokoena | 6 hours ago")].join("\n");
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-05-16T18:45:00Z", "2024-05-16T16:30:00Z", "2024-05-16T13:30:00Z"]);
    expect(doc.entries.map((e) => e.author)).toEqual(["Agencies", "Thandi Mokoena", "Thandi Mokoena"]);
    // a link to another article between the cards ("READ | …") is no headline
    expect(doc.entries.map((e) => e.headline)).toEqual(["Dam levels rise after heavy rain", "Roads closed in the lowveld", "Farmers count crop losses"]);
  });

  it("reads a byline in brackets ('(By Jane Doe)') and one glued to the post's date ('Jane DoeJuly 17, 2024')", () => {
    const bracketed = parse(["Island Wire", "", "World", "",
      "11/08/2024 11:15 PM", "Typhoon weakens over the strait", "", "The typhoon weakened to a tropical storm over the strait, forecasters said.", "", "(By Lin Mei-hua)", "Enditem/KH", "",
      "11/08/2024 08:30 PM", "Ports reopen on the east coast", "", "Ports on the east coast reopened after the storm passed, the harbour bureau said.", "", "(By Wu Chia-jung)", "Enditem/AW", ""].join("\n"), { timezone: "Asia/Taipei" });
    expect(bracketed.entries.map((e) => e.author)).toEqual(["Lin Mei-hua", "Wu Chia-jung"]);
    const glued = parse(["Valley Today", "", "World", "", "Wednesday, July 17, 2024", "",
      "10.50pm", "Heatwave closes schools", "Amna RiazJuly 17, 2024", "", "Schools in the south closed early as temperatures passed 45C, officials said.", "", "Read more", "",
      "8.15pm", "Power cuts extended", "AgenciesJuly 17, 2024", "", "The utility extended scheduled power cuts by two hours as demand hit a record.", "", "Read more", ""].join("\n"), { timezone: "Asia/Karachi" });
    expect(glued.entries.map((e) => e.author)).toEqual(["Amna Riaz", "Agencies"]);
  });

  it("reads a 'Reporter:' label in an HTML card as its byline and leaves the editor's credit out of the text", () => {
    const card = (headline: string, time: string, text: string, reporter: string) =>
      `<article class="simple-post"><h2><a href="#">${headline}</a></h2><p class="text-muted"><span>${time}</span></p><p>${text}</p><p class="text-muted small">Reporter: ${reporter}<br/>Editor: Sari Wulandari</p></article>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>Floods - Example News</title></head><body><main><h1>Floods</h1>
${card("Floods cut roads in the highlands", "6th September 2024 23:40", "Landslides cut two highland roads after a night of rain, the disaster agency said.", "Dewi Kartika")}
${card("Evacuation centres open", "6th September 2024 14:38", "Local officials opened four evacuation centres for villagers near the river.", "Rudi Hartono")}
</main></body></html>`, { timezone: "Asia/Jakarta" });
    expect(doc.entries.map((e) => e.author)).toEqual(["Dewi Kartika", "Rudi Hartono"]);
    expect(doc.entries.every((e) => e.body.every((p) => !/Editor/.test(p)))).toBe(true);
  });
});

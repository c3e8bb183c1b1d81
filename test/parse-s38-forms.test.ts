// Forms met on the eval pages in session 38 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (body: string, head = "") => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text = (lines: string[]) => lines.join("\n");

describe("zones a page states", () => {
  it("reads 'Kyiv time' set after the date on the page's date line ('Sunday, 12 June 2022 · Kyiv time')", () => {
    const post = (time: string, title: string, body: string) =>
      `<div class="entry"><span class="stamp">${time}</span><h3>${title}</h3><p>${body}</p></div>`;
    for (const sep of ["·", "|", "—"]) {
      const doc = parse(html([
        '<header><a class="logo" href="/">Harrowgate Post</a></header>',
        "<main><h1>Live: shelling on the eastern front</h1>",
        `<p class="dateline">Sunday, 12 June 2022 ${sep} Kyiv time</p>`,
        post("21:30", "Evening shelling in Kramatorsk", "Artillery fire hit the outskirts of Kramatorsk in the evening, the city's military administration reported."),
        post("14:05", "Talks on grain exports", "Turkey's foreign minister said he hoped to host talks on moving grain out of the Black Sea ports."),
        "</main>",
      ].join("")), { date: "2022-06-12", timezone: "America/Toronto" });
      expect(doc.entries.map((e) => e.published), sep).toEqual(["2022-06-12T18:30:00Z", "2022-06-12T11:05:00Z"]);
    }
  });

  it("reads '(all times local)' after a wire dateline as the dateline town's time, wherever the paper is", () => {
    const doc = parse(text([
      "Cedar Hollow Gazette", "Cedar Hollow, Iowa", "News  Sports  Obituaries  e-Edition", "",
      "The Latest: strikes on the capital overnight", "", "By The Associated Press", "", "Mar 9, 2024", "",
      "ODESA, Ukraine (AP) — The latest on the war in Ukraine on Saturday, March 9 (all times local):", "",
      "___", "", "8:25 p.m.", "",
      "The port city buried the victims of Wednesday's missile strike, with hundreds lining the road to the cemetery.", "",
      "___", "", "1:40 p.m.", "",
      "Ukraine's navy said a Russian missile boat had been damaged near the occupied peninsula, without giving details.", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-03-09T18:25:00Z", "2024-03-09T11:40:00Z"]);
  });

  it("reads a paper's own head times in its home zone under updates in a dateline's time, across Kyiv's midnight", () => {
    const doc = parse(text([
      "The Greeley Ledger", "Greeley, Colorado", "News  Sports  Business  Obituaries", "",
      "The Latest: Kyiv asks allies for more air defence", "", "By The Associated Press",
      "PUBLISHED: November 18, 2023 at 1:05 a.m. | UPDATED: November 18, 2023 at 3:50 p.m.", "",
      "KYIV, Ukraine (AP) — The latest on the war in Ukraine (all times local):", "",
      "___", "", "12:30 a.m.", "",
      "The air force said overnight that it had shot down most of a wave of drones aimed at the south.", "",
      "___", "", "9:10 p.m.", "",
      "The foreign minister said the country needed at least ten more air defence systems before the winter.", "",
      "___", "", "2:45 p.m.", "",
      "Officials in Kherson said shelling had damaged a school and several houses.", "",
    ]));
    // 3:50 p.m. in Colorado is 00:50 on the 19th in Kyiv: the newest update, 12:30 a.m., is the 19th's
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-11-18T22:30:00Z", "2023-11-18T19:10:00Z", "2023-11-18T12:45:00Z"]);
  });

  it("does not take a masthead weather box's 'Updated' time for the page's", () => {
    const doc = parse(text([
      "Skip to main content", "", "Millbrook, KS (67501)", "Today", "Clear and cold. Low 21F. Winds N at 10 mph.",
      "Updated: February 3, 2024 @ 6:40 am", "Full Forecast", "", "News  Sports  Opinion  e-Edition", "",
      "Ukraine war: the day's developments", "", "By Staff and wire reports", "", "Feb 2, 2024", "", "Updated Feb 3, 2024", "",
      "KYIV, Ukraine (AP) — The latest on the war on Saturday, February 3 (all times local):", "",
      "___", "", "8:15 p.m.", "",
      "Drones struck an oil depot in a Russian border region, a regional governor said.", "",
      "___", "", "11:30 a.m.", "",
      "Ukraine's prime minister said the European aid would reach the budget in March.", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-02-03T18:15:00Z", "2024-02-03T09:30:00Z"]);
  });

  it("takes a weather box's town ('Madison, WI (53703)') for the paper's home and counts ages back from its 'Updated' time", () => {
    const doc = parse(text([
      "Skip to main content", "Lakeport Register", "", "Madison, WI (53703)", "Today", "Partly cloudy. High 78F. Winds W at 5 mph.",
      "Updated: June 8, 2024 @ 8:30 pm", "", "News  Sports  Opinion  Obituaries", "", "ukraine", "",
      "World", "Kyiv says new air defence battery is in place", "",
      "Ukraine's air force said a newly delivered air defence battery was now guarding the capital's power stations.", "",
      "By Petro Danylo Associated Press", "30 min ago", "",
      "World", "Drone strike sets fuel depot ablaze in Russia", "",
      "A Ukrainian drone hit a fuel depot in a Russian border region overnight, setting tanks on fire, the governor said.", "",
      "By Anna Hrytsenko Associated Press", "3 hrs ago", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2024-06-09T01:00:00Z", "2024-06-08T22:30:00Z"]);
  });

  it("reads 'All times are local' with no place as the clock of the towns the updates name, under 'Updated 2 hrs ago'", () => {
    const doc = parse(text([
      "Skip to main content", "Copperton Courier", "", "News    Local    Sports    Obituaries    Nation & World", "",
      "The Latest: drones target power plants in the east", "", "The Associated Press", "", "Jan 14, 2025", "Updated 2 hrs ago", "",
      "Share", "Email", "Print", "",
      "Here are the latest developments in the war. All times are local:", "",
      "___", "", "12:40 a.m.", "",
      "A drone hit an electricity substation in Kherson shortly after midnight, the regional governor said.", "",
      "___", "", "8:30 p.m.", "",
      "Power was restored to most of Kharkiv after a day of emergency outages, the grid operator said.", "",
      "___", "", "10:15 a.m.", "",
      "Officials in Chernihiv said shelling had damaged a bus depot on the city's edge.", "",
    ]));
    // Kyiv time (UTC+2 in January); the newest update is after midnight, the day after the page's date
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-01-14T22:40:00Z", "2025-01-14T18:30:00Z", "2025-01-14T08:15:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/times as local/);
  });

  it("reads '9:10 p.m. Saturday: Text' as a stamp with its day, the text after the colon the item", () => {
    const doc = parse(text([
      "Fernbrook Daily", "", "Timeline: a night of drone attacks on the coast", "", "By Olena Marchuk", "Mar 15, 2025", "",
      "Drones and missiles struck the southern coast overnight. Times are local in Ukraine.", "",
      "10:40 p.m. Saturday: The air force warns that groups of attack drones are heading across the sea for the Mykolaiv region.", "",
      "11:55 p.m. Saturday: Explosions are heard in Mykolaiv as air defences go into action over the city and the port.", "",
      "1:05 a.m. Sunday: The governor says a grain warehouse is burning after a drone strike on the port, with no one hurt.", "",
      "2:30 a.m. Sunday: The air force says it destroyed 40 of the 52 drones launched overnight and two cruise missiles.", "",
    ]), { timezone: "Europe/Kyiv" });
    expect(doc.entries.map((e) => [e.published, e.body[0]!.slice(0, 14)])).toEqual([
      ["2025-03-15T20:40:00Z", "The air force "], ["2025-03-15T21:55:00Z", "Explosions are"], ["2025-03-15T23:05:00Z", "The governor s"],
      ["2025-03-16T00:30:00Z", "The air force "],
    ]);
  });
});

describe("homes and layouts", () => {
  it("reads 'Feb. 23, 9:48 a.m. MT' stamps in Mountain time, and a photo's caption toggles and agency credit as no entry", () => {
    const post = (head: string, stamp: string, body: string) => [head, stamp, "", body, "", "Share this post", ""];
    const doc = parse(text([
      "Skip to main content", "The Canyon Ledger", "Subscribe", "", "WORLD", "",
      "Live updates: the war's third winter", "", "Hal Brenner", "USA TODAY", "",
      "Published 6:10 p.m. MT Feb. 22 | Updated 8:30 a.m. MT Feb. 23", "",
      "Show Caption", "Hide Caption", "A rescuer carries a child out of a damaged building.", "Petra Novak, AFP via Getty Images", "",
      "Follow along for the latest developments.", "",
      ...post("Kyiv hit by overnight drone wave", "Feb. 23, 8:30 a.m. MT", "Drones struck the capital overnight, damaging houses in two districts, the city's military administration said."),
      ...post("Talks on a prisoner swap resume", "Feb. 23, 6:05 a.m. MT", "Negotiators from both sides met again to discuss an exchange of prisoners of war, officials said."),
      ...post("Grain ships leave Odesa ports", "Feb. 22, 9:20 p.m. MT", "Three ships loaded with grain left the ports of the Odesa region, the infrastructure ministry said."),
    ]), { date: "2025-02-23" });
    expect(doc.entries.map((e) => [e.published, e.headline])).toEqual([
      ["2025-02-23T15:30:00Z", "Kyiv hit by overnight drone wave"], ["2025-02-23T13:05:00Z", "Talks on a prisoner swap resume"],
      ["2025-02-23T04:20:00Z", "Grain ships leave Odesa ports"],
    ]);
  });

  it("takes a paper's home from its weather line ('Durango, CO  81° Mostly sunny'), over a town of that name abroad", () => {
    const doc = parse(text([
      "Skip to main content", "The Durango Record", "Subscribe  |  Log In", "Durango, CO  81° Mostly sunny", "", "News   Sports   Opinion   Obituaries", "",
      "Nation & World", "", "Ukraine: the day's developments", "", "By Associated Press", "Saturday, July 9, 2022 10:42 AM", "",
      "Russian shelling hit the center of a city in the east overnight, officials said, killing two people.", "",
      "The defence ministry in Moscow said its forces had taken a village on the edge of the region.", "",
    ]));
    expect(doc.entries[0]!.published).toBe("2022-07-09T16:42:00Z");
  });

  it("takes a paper's home from the places its tagline lists, or from its name in the country of its web address", () => {
    const listing = (head: string[]) => text([
      ...head, "News  Sport  Community  World", "",
      "Fighting rages around Bakhmut", "Ukraine's military says Russian forces keep attacking the town in waves, with heavy losses on both sides.", "",
      "Wire staff", "October 16 2022 - 7:45pm", "",
      "Drones hit power plant", "Russian drones struck a thermal power station in the north of the country overnight, officials said.", "",
      "Wire staff", "October 16 2022 - 2:10pm", "",
    ]);
    const sa = parse(listing(["Skip to content", "The Coastal Reader", "Port Augusta, Quorn and the Flinders", "Australian news and sport"]));
    expect(sa.entries.map((e) => e.published)).toEqual(["2022-10-16T09:15:00Z", "2022-10-16T03:40:00Z"]);
    const ca = parse(listing(["Skip to main content", "orilliatoday.ca", "Orillia Today"]));
    expect(ca.entries.map((e) => e.published)).toEqual(["2022-10-16T23:45:00Z", "2022-10-16T18:10:00Z"]);
  });

  it("closes each post with its '— Name, 19:50' signature even when a closing note follows the last one", () => {
    const doc = parse(text([
      "THE BRACKEN POST", "News | World | Sport", "", "Ukraine war live: shelling in the east", "Saturday 13 August 2022", "All times BST", "",
      "Kremlin claims a village near Donetsk", "",
      "Russia's defence ministry said its forces had taken a village on the edge of Donetsk city after weeks of fighting.", "",
      "— Ada Fenwick, 19:50", "",
      "Rocket launchers pledged by London", "",
      "Britain said it would send more multiple-launch rocket systems and guided missiles to Ukraine in the coming weeks.", "",
      "— Leo Marsh, 17:30", "",
      "Earlier posts are archived in yesterday's live page.", "",
      "The Bracken Post · About · Contact",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Kremlin claims a village near Donetsk", "Ada Fenwick", "2022-08-13T18:50:00Z"],
      ["Rocket launchers pledged by London", "Leo Marsh", "2022-08-13T16:30:00Z"],
    ]);
  });

  it("closes each post with its trailing 'Filed 7.20pm by Name' stamp above a closing line", () => {
    const doc = parse(text([
      "THE MARROWFIELD GAZETTE", "World  UK  Ukraine war", "", "Russia-Ukraine war latest: strikes on the south",
      "Live updates · Tuesday 28 November 2023", "",
      "Shelling toll in Kherson rises to three", "",
      "A third person has died after Russian shelling of the city this morning, the regional administration said in a statement.", "",
      "Filed 7.20pm by Ivo Kestrel", "",
      "Ministers gather for alliance talks", "",
      "Foreign ministers are meeting in Brussels for two days of talks, with the winter's needs at the top of the agenda.", "",
      "Filed 2.10pm by Nell Varga", "",
      "You have reached the earliest update.", "",
      "The Marrowfield Gazette · Contact · Privacy",
    ]), { timezone: "Europe/London" });
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Shelling toll in Kherson rises to three", "Ivo Kestrel", "2023-11-28T19:20:00Z"],
      ["Ministers gather for alliance talks", "Nell Varga", "2023-11-28T14:10:00Z"],
    ]);
  });
});

describe("credits", () => {
  it("takes no section kicker ('Russia-Ukraine War') for a card's byline: the agency above its stamp is", () => {
    const card = (credit: string, stamp: string, head: string, body: string) => ["Russia-Ukraine War", head, body, credit, stamp, ""];
    const doc = parse(text([
      "Skip to main content", "The Harbour Gazette", "Local News  Sport  Community  Business", "", "Russia-Ukraine War", "",
      ...card("AAP", "Tue, 2 May 2023 3:05AM", "Envoy asks for more armoured vehicles", "Ukraine's ambassador renewed his call for more armoured vehicles, saying they had saved soldiers' lives at the front."),
      ...card("Reuters", "Tue, 2 May 2023 1:20AM", "No word of a peace mission, both sides say", "Moscow and Kyiv both said they had not been told of any peace initiative, after remarks by a foreign leader."),
      ...card("AP", "Mon, 1 May 2023 11:50PM", "Missile strike wounds dozens in the east", "The number of people injured in the overnight missile attack rose to 34, including five children, officials said."),
    ]), { timezone: "Australia/Perth" });
    expect(doc.entries.map((e) => e.author)).toEqual(["AAP", "Reuters", "AP"]);
  });

  it("reads '– NZ Herald' closing a post as its credit, as it reads '– Reuters'", () => {
    const post = (time: string, head: string, body: string, credit: string) => [time, head, "", body, "", credit, ""];
    const doc = parse(text([
      "Skip to main content", "The Kowhai Post", "", "Ukraine war live: sanctions and strikes", "",
      ...post("11.20pm", "Thirty more names on the sanctions list", "The foreign minister announced sanctions on a further 30 Russian individuals and companies on Tuesday night.", "– NZ Herald"),
      ...post("9.05pm", "Drones hit an industrial area", "Eight people were injured when Russian drones struck an industrial area in the east, officials said.", "– Reuters"),
    ]), { date: "2023-05-23", timezone: "Pacific/Auckland" });
    expect(doc.entries.map((e) => e.author)).toEqual(["NZ Herald", "Reuters"]);
  });

  it("takes a head's byline block, 'Name' over 'Example News Network' over '3 min read', or an outlet over '7–9 minutes'", () => {
    const page = (byline: string[]) => text([
      "The Tidewater Mail", "World", "", "Timeline: how the offensive began", "",
      "Here is how the first days unfolded, in the order events were reported.", "", ...byline, "",
      "10.05am Monday: The defence ministry in Moscow says it repelled a large attack in the south, with heavy losses for the attackers.", "",
      "1.40pm Monday: Kyiv declines to confirm the start of any offensive, saying it will not comment on operations under way.", "",
    ]);
    expect(parse(page(["Rhea Calloway", "Tidewater News Network", "3 min read", "Share"]), { date: "2023-06-05", timezone: "Australia/Brisbane" }).entries.map((e) => e.author)).toEqual(["Rhea Calloway", "Rhea Calloway"]);
    expect(parse(page(["Tidewater News", "7–9 minutes"]), { date: "2023-06-05", timezone: "Australia/Brisbane" }).entries.map((e) => e.author)).toEqual(["Tidewater News", "Tidewater News"]);
  });
});

describe("article dates", () => {
  it("reads 'UpdatedSept. 17, 2023 at 4:12 p.m.' under a date with no time as the article's time", () => {
    const doc = parse(text([
      "Skip to main content", "Lakeshore Tribune", "Local  Canada  World  Business", "", "World", "",
      "Ukraine says troops have retaken a village in the east", "", "By Reuters",
      "Sun., Sept. 17, 2023timer4 min. read", "UpdatedSept. 17, 2023 at 4:12 p.m.", "", "Save", "Share", "",
      "KYIV — Ukraine's army said on Sunday its forces had recaptured a village on high ground south of the ruined city.", "",
      "The army said several Russian units had been pushed out and that troops were clearing the area of mines.", "",
    ]), { timezone: "America/Toronto" });
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-09-17T20:12:00Z"]);
  });

  it("ends an article's sections at the wires' closing credit ('With Reuters, AAP'): the sign-up box after it is no section", () => {
    const doc = parse(text([
      "Skip to content", "The Plains Courier", "News  Sport  Comment", "", "Truce offer rejected as arms pledges grow", "",
      "By Tessa Marlow", "January 5 2023 - 9:20pm", "",
      "Kremlin announces pause", "",
      "The Russian president instructed his defence minister to observe a 36-hour truce along the front line over the holiday.", "",
      "Kyiv sees a trap", "",
      "Ukrainian officials rejected the offer within hours, describing it as a ploy to let Russian troops regroup.", "",
      "With Reuters, AAP", "",
      "Get the latest local news delivered to your inbox", "We care about the protection of your data. Read our Privacy Policy.", "",
    ]), { timezone: "Australia/Sydney" });
    expect(doc.entries.map((e) => e.headline)).toEqual(["Kremlin announces pause", "Kyiv sees a trap"]);
  });

  it("reads a round-up whose paragraphs open with wire datelines ('KYIV, Ukraine (AP) —') as one item per dateline", () => {
    const doc = parse(html([
      "<h1>The war at a glance</h1>", '<p class="by">By The Associated Press <time datetime="2025-09-25T15:30:00-04:00">Sep 25, 2025</time></p>',
      '<div class="body"><p>Here are the latest developments in the war:</p>',
      "<p><strong>KYIV, Ukraine (AP) —</strong> Drones struck the capital overnight, damaging power lines in two districts, officials said.</p>",
      "<p>The air force said most of the drones were shot down.</p>",
      "<p><strong>WARSAW, Poland (AP) —</strong> The prime minister said objects violating the country's airspace would be shot down.</p>",
      "<p><strong>BERLIN (AP) —</strong> The government will pay for two more air defense systems for Ukraine, the defense minister said.</p>",
      "</div>",
    ].join(""), '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The war at a glance", "datePublished": "2025-09-25T15:30:00-04:00"}</script>'));
    expect(doc.entries.map((e) => [e.published, e.body[0]!.slice(0, 12), e.body.length])).toEqual([
      ["2025-09-25T19:30:00Z", "KYIV, Ukrain", 2], ["2025-09-25T19:30:00Z", "WARSAW, Pola", 1], ["2025-09-25T19:30:00Z", "BERLIN (AP) ", 1],
    ]);
  });

  it("closes a card with 'By Name' / 'Reporter' over its stamp, as with a byline alone", () => {
    const card = (head: string, body: string, by: string[], stamp: string) => [head, "", body, "", ...by, stamp, ""];
    const doc = parse(text([
      "Moorside Telegraph", "News", "Sport", "", "Russia-Ukraine war", "Latest news and reaction", "",
      ...card("Town's Ukrainian families plan a gathering", "Ukrainians who have settled in the town will meet in the park on Saturday to mark their national day.", ["By Nia Holt", "Reporter"], "21st August 2024, 8:05pm"),
      ...card("Families told to leave front-line town", "Authorities have told families with children to leave the town and nearby villages as Russian forces advance.", ["By PA News Agency"], "21st August 2024, 5:40pm"),
      ...card("Leader to visit Kyiv after Moscow trip", "The prime minister will travel to Kyiv on Friday for talks, weeks after meeting the Russian president.", ["By PA News Agency"], "21st August 2024, 3:15pm"),
    ]), { timezone: "Europe/London" });
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Town's Ukrainian families plan a gathering", "Nia Holt", "2024-08-21T19:05:00Z"],
      ["Families told to leave front-line town", "PA News Agency", "2024-08-21T16:40:00Z"],
      ["Leader to visit Kyiv after Moscow trip", "PA News Agency", "2024-08-21T14:15:00Z"],
    ]);
  });

  it("takes a home from a browser title's tagline ('The Isle Gazette:Bermuda News, Business, Sports') and a byline's place ('By Name · Kyiv'), and a button row with counts for no text", () => {
    const item = (head: string, stamp: string, body: string, by: string) => [head, stamp, "", body, "", by, "Share  |  Print  |  Comments (0)", ""];
    const doc = parse(text([
      "World | The Isle Gazette:Bermuda News, Business, Sports, Events", "", "The Isle Gazette", "Subscribe  |  Sign In", "", "World", "",
      ...item("Peace proposals to go to Washington", "Created: Dec 09, 2025 03:40 PM", "The president said a revised version of the peace plan would be sent to Washington within days.", "By Associated Press"),
      ...item("Drones cut power in the south", "Created: Dec 09, 2025 12:55 PM", "Russian drones struck energy sites overnight, leaving thousands of homes without power, officials said.", "By Reuters"),
    ]));
    expect(doc.entries.map((e) => [e.published, e.author, e.body.length])).toEqual([
      ["2025-12-09T19:40:00Z", "Associated Press", 1], ["2025-12-09T16:55:00Z", "Reuters", 1],
    ]);
    const kyiv = parse(text([
      "The Fellside Dispatch", "", "Live: the war on 27 December", "", "By Oksana Varta · Kyiv", "", "Friday, 27 December", "",
      "[10:20]", "Missiles strike energy sites in the west", "", "Power engineers reported damage at several substations after a morning missile attack, the grid operator said.", "",
      "[13:45]", "Air alert lifted across the country", "", "The air force said the threat had passed and that most of the missiles had been shot down over the west.", "",
    ]), { date: "2024-12-27" });
    expect(kyiv.entries.map((e) => e.published)).toEqual(["2024-12-27T08:20:00Z", "2024-12-27T11:45:00Z"]);
  });

  it("keeps an article's standfirst set as '<h2 class=\"standfirst\">' and its 'Summary' box of bullets out of its sections", () => {
    const doc = parse(html([
      "<article><h1>What we know: leaders insist Kyiv must be at the table</h1>",
      '<h2 class="standfirst">A round-up of the day\'s main developments in the war, including a tanker shadowed by the navy.</h2>',
      '<div class="summary-box"><h3>Summary</h3><ul><li>Leaders say any deal must be agreed with Ukraine</li><li>A patrol ship followed a tanker</li></ul></div>',
      "<p>Here is a summary of the main developments on Saturday.</p>",
      "<h2>Leaders: no decisions about Ukraine without Ukraine</h2><p>European leaders said in a joint statement that any settlement had to be agreed with Kyiv and its partners.</p>",
      "<h2>Tanker shadowed along the coast</h2><p>A navy patrol vessel followed a sanctioned tanker along the coast on Saturday, the defence ministry said.</p>",
      "</article>",
    ].join(""), '<meta name="description" content="A round-up of the day&#x27;s main developments in the war, including a tanker shadowed by the navy."><script type="application/ld+json">{"@type": "NewsArticle", "headline": "What we know", "datePublished": "2025-08-09T17:45:00+01:00"}</script>'));
    expect(doc.entries.map((e) => e.headline)).toEqual(["Leaders: no decisions about Ukraine without Ukraine", "Tanker shadowed along the coast"]);
  });

  it("credits a wire's reporter by the wire's name ('PA Reporter') and takes a German read-aloud button for no text", () => {
    const card = (head: string, by: string, stamp: string, body: string) => [head, by, stamp, "", body, "", "2 comments", ""];
    const doc = parse(text([
      "Skip to main content", "The Harbourside Press", "", "Latest news", "",
      ...card("Air raid alerts sound across Ukraine", "PA Reporter", "Sun 13 Jul, 12:20am", "Air raid sirens sounded in the capital and most regions shortly after midnight local time, officials said."),
      ...card("Choir raises money for a children's hospital", "Mara Quill", "Sat 12 Jul, 9:45pm", "Members of a community choir have raised money for a children's hospital in western Ukraine, organisers said."),
      ...card("Drones hit a port in the south", "PA Reporter", "Sat 12 Jul, 6:10pm", "Russian drones struck port buildings in the south overnight, setting a warehouse on fire, the governor said."),
    ]), { date: "2025-07-13", timezone: "Europe/London" });
    expect(doc.entries.map((e) => e.author)).toEqual(["PA Reporter", "Mara Quill", "PA Reporter"]);
    const read = parse(text([
      "The Linden Review", "", "The war on Thursday: the main developments", "", "Von Jonas Keller", "", "Teilen", "Artikel vorlesen", "",
      "The most important developments of the day at a glance.", "",
      "Troops reported in the border region", "", "Foreign soldiers have been seen in the border region, the defence ministry said.", "",
      "Bombing kills two in the south", "", "A guided bomb hit a residential street in the south, killing two people, officials said.", "",
    ]), { date: "2024-10-31" });
    expect(read.entries.map((e) => e.headline)).toEqual(["Troops reported in the border region", "Bombing kills two in the south"]);
  });
});

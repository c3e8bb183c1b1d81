// Forms met on the eval pages in session 37 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const html = (body: string, head = "") => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text = (lines: string[]) => lines.join("\n");

describe("dates and zones", () => {
  it("dates the posts under a day heading set in capitals ('THURSDAY, OCT. 19') by that day", () => {
    const post = (time: string, title: string, body: string) =>
      `<section class="live-post"><div class="live-time">${time}</div><h3>${title}</h3><p>${body}</p></section>`;
    const doc = parse(html([
      "<h1>Live updates: the aid request in Congress</h1>",
      '<h2 class="live-day">FRIDAY, OCT. 20</h2>',
      post("9:50 AM", "Senators split on aid package", "Senators from both parties argued over whether the aid for Ukraine should stand alone."),
      post("8:05 AM", "Drones hit a power plant", "Russian drones struck a thermal power plant in the north overnight, the grid operator said."),
      '<h2 class="live-day">THURSDAY, OCT. 19</h2>',
      post("7:10 PM", "President addresses the nation", "The president said in an evening address that backing Ukraine served American security."),
      post("5:25 PM", "Speech set for tonight", "The White House said the president would speak to the nation from the Oval Office at 8 p.m."),
    ].join("")), { date: "2023-10-20", timezone: "America/Chicago" });
    expect(doc.entries.map((e) => e.published)).toEqual([
      "2023-10-20T14:50:00Z", "2023-10-20T13:05:00Z", "2023-10-20T00:10:00Z", "2023-10-19T22:25:00Z",
    ]);
  });

  it("reads a lone 'Published 6:10 p.m.' head over a day's earlier times as the day it tells, not the next one", () => {
    const doc = parse(text([
      "Plainsview Courier", "News  Sports  Opinion  Obituaries", "",
      "Ukraine war timeline: the day in five moments", "", "By Rhea Tolland", "Published 6:10 p.m. CT July 13, 2023", "",
      "The day's main developments, oldest first.", "",
      "2:20 a.m.", "Air defence units over the capital shot down a wave of drones, the city administration said.", "",
      "8:15 a.m.", "The president landed in Helsinki for talks with the leaders of the Nordic states.", "",
      "3:30 p.m.", "Moscow said it could leave the grain deal when it runs out on Monday unless its demands are met.", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-07-13T07:20:00Z", "2023-07-13T13:15:00Z", "2023-07-13T20:30:00Z"]);
  });

  it("takes the zone of the town a paper names under its masthead ('Bendigo', 'Nanaimo, British Columbia')", () => {
    const page = (tagline: string) => text([
      "Skip to content", "The Star", tagline, "Subscribe now", "Login", "",
      "Home  News  Sport  Business  Today's Paper  Things to Do  eEdition", "", "World", "",
      "Live: drones strike Kyiv overnight", "", "Follow our coverage below.", "", "Sunday, April 17", "",
      "6.40am", "Drones over Kyiv", "", "Air defences shot down drones over Kyiv overnight, the city administration said.", "",
      "9.15am", "Rescuers search rubble", "", "Rescuers searched a damaged building in the Darnytskyi district for survivors.", "",
    ]);
    const victoria = parse(page("Bendigo"), { date: "2022-04-17" });
    expect(victoria.entries.map((e) => e.published)).toEqual(["2022-04-16T20:40:00Z", "2022-04-16T23:15:00Z"]);
    const columbia = parse(page("Nanaimo, British Columbia"), { date: "2022-04-17" });
    expect(columbia.entries.map((e) => e.published)).toEqual(["2022-04-17T13:40:00Z", "2022-04-17T16:15:00Z"]);
    // the masthead over its tagline, account links and a menu of "Today's Paper", "Things to Do", "eEdition" is the source
    expect(victoria.sourceName).toBe("The Star");
  });
});

describe("sources and timelines", () => {
  it("names the source by a masthead that carries its logo's ' Logo' text over a menu with an 'e-Edition' item", () => {
    const doc = parse(text([
      "Skip to content", "Riverbend Ledger-Courier Logo", "Subscribe", "Sign In", "Local  News  Sports  Politics  Opinion  e-Edition", "",
      "NATION & WORLD", "", "The Latest: talks in Istanbul end without a truce", "", "By Mara Quill", "",
      "May 16, 2025", "", "10:05 a.m.", "Delegations from Kyiv and Moscow met in Istanbul for their first direct talks in three years.", "",
      "1:40 p.m.", "The talks ended after less than two hours with a deal to swap prisoners but no truce.", "",
    ]));
    expect(doc.sourceName).toBe("Riverbend Ledger-Courier");
  });

  it("reads a timeline of '9:35 p.m.: running text' lines as one entry per time", () => {
    const doc = parse(text([
      "Tidewater Sentinel", "News  Sports  Opinion  Obituaries", "",
      "How the day unfolded", "", "Published 7:05 p.m. ET March 23, 2022", "",
      "Tuesday, March 22", "",
      "9:35 p.m.: Officials said troops near the besieged port had detained a convoy of rescue workers trying to bring supplies into the city.", "",
      "Wednesday, March 23", "",
      "7:30 a.m.: A veteran Kremlin envoy has quit his post and left the country, according to people familiar with the matter.", "",
      "The Kremlin confirmed the resignation later but would not say where he had gone.", "",
      "1:20 p.m.: The secretary of state said the government had concluded that Russian forces committed war crimes in Ukraine.", "",
    ]));
    expect(doc.entries.map((e) => [e.published, e.body[0]?.slice(0, 20)])).toEqual([
      ["2022-03-23T01:35:00Z", "Officials said troop"],
      ["2022-03-23T11:30:00Z", "A veteran Kremlin en"],
      ["2022-03-23T17:20:00Z", "The secretary of sta"],
    ]);
  });
});

describe("credits", () => {
  it("credits a card by its author span ('gnt_sbt_au') beside the date, without the outlet after the name", () => {
    const card = (title: string, by: string, time: string) =>
      `<a class="card" href="/story/${time.length}"><div class="card-hl">${title}</div><div class="card-sbt">Officials in Kyiv said the talks on air defence would go on through the week.</div>` +
      `<div class="card-meta"><span class="meta_au">${by}</span> <span class="meta_ts">${time} CT Dec. 11, 2023</span></div></a>`;
    const doc = parse(html(`<h1>World</h1><div class="cards">${card("Talks on air defence resume", "Wren Halloway, USA TODAY", "5:40 p.m.")}${card("Senate stalls aid bill", "The Associated Press", "3:15 p.m.")}</div>`));
    expect(doc.entries.map((e) => e.author)).toEqual(["Wren Halloway", "The Associated Press"]);
  });

  it("reads 'By NAME Associated Press' and 'By Name News Staff Reporter' bylines as the person alone", () => {
    const card = (title: string, by: string, at: string) =>
      `<article class="card"><h3><a href="/a/${at}">${title}</a></h3><p class="summary">Ministers met in Brussels on Friday and turned down the request for a no-fly zone over Ukraine.</p>` +
      `<ul><li class="card-byline">${by}</li><li class="card-date"><time datetime="2022-03-04T${at}:00-05:00">${at}</time></li></ul></article>`;
    const doc = parse(html(`<h1>Ukraine</h1>${card("No-fly zone ruled out", "By TESSA MORROW Associated Press", "12:20")}${card("Parish sends a truck of aid", "By Joel Brandt News Staff Reporter", "14:10")}`));
    expect(doc.entries.map((e) => e.author?.toLowerCase())).toEqual(["tessa morrow", "joel brandt"]);
  });

  it("gives each post the reporter named over its stamp, and spells out initials the head defines ('Ruth Calder (RC)')", () => {
    const named = parse(text([
      "Harlow Evening Register", "News  Sports  Opinion  Obituaries", "", "Live updates: oil ban and gas prices", "",
      "Mira Solberg", "Mar 8, 4:52 PM", "Senators back the oil ban", "", "Both senators welcomed the decision to halt imports of Russian oil.", "", "Share", "",
      "Ansel Brody", "Mar 8, 3:30 PM", "Gas price sets a record", "", "The average price of a gallon of regular climbed to a record on Tuesday.", "", "Share", "",
      "Mira Solberg", "Mar 8, 1:15 PM", "Jets offered to the US", "", "Poland said it was ready to hand its jets to the United States.", "", "Share", "",
    ]), { date: "2022-03-08", timezone: "America/Chicago" });
    expect(named.entries.map((e) => e.author)).toEqual(["Mira Solberg", "Ansel Brody", "Mira Solberg"]);
    const initials = parse(text([
      "Brackley Courier", "News | World | Sport", "", "Ukraine live: Kyiv region retaken", "Saturday 2 April 2022", "",
      "Live reporting by Ines Varga (IV) and Tobias Hale (TH)", "",
      "18:30", "Kyiv region back under control", "", "Ukraine's deputy defence minister said the whole Kyiv region had been retaken.", "", "– IV", "",
      "16:45", "Residents return to Irpin", "", "Residents of Irpin began returning to look at what was left of their homes.", "", "– TH", "",
    ]), { timezone: "Europe/London" });
    expect(initials.entries.map((e) => e.author)).toEqual(["Ines Varga", "Tobias Hale"]);
  });

  it("takes a name alone between the standfirst and the first post as the page's byline", () => {
    const doc = parse(text([
      "Fernhollow Times", "News  Opinion  Sport  Culture", "", "Russia-Ukraine war live: sea drones hit tankers", "",
      "Ukraine's negotiators get ready for talks in the US as attacks in the Black Sea widen", "", "Carys Penhale", "",
      "Pinned post: follow the day's developments below. Refresh for the latest.", "",
      "Zelensky sets out his team's brief", "Sat 29 Nov 2025 18.32 GMT", "", "Zelensky said the delegation had clear instructions for the talks.", "",
      "Kyiv counts the dead", "Sat 29 Nov 2025 09.20 GMT", "", "Two people were killed when Russia struck Kyiv with drones and missiles overnight.", "",
    ]));
    expect(doc.entries.map((e) => e.author)).toEqual(["Carys Penhale", "Carys Penhale"]);
  });

  it("reads 'Sun-Herald staff, with files from The Canadian Press' as the page's credit", () => {
    const doc = parse(text([
      "Prairie Sun-Herald", "Saskatchewan's daily since 1901", "", "News  Sports  Opinion  Obituaries", "",
      "How the visit unfolded", "", "Sun-Herald staff, with files from The Canadian Press", "Posted Dec. 22, 2022 11:45 a.m.", "",
      "All times are Central Standard Time.", "",
      "6:05 p.m. CST — Allies pledge a Patriot battery", "", "The president said a Patriot air defence battery would go to Ukraine.", "",
      "7:40 p.m. CST — Zelenskyy addresses Congress", "", "Zelenskyy told lawmakers that their aid was an investment, not charity.", "",
    ]));
    expect(doc.entries.map((e) => e.author)).toEqual(Array(2).fill("Sun-Herald staff, with files from The Canadian Press"));
  });
});

describe("cards, running files and furniture", () => {
  it("reads cards closed by 'Name' / 'OUTLET' / 'Published …' as stamp-last cards, the first card included", () => {
    const doc = parse(text([
      "Skip to main content", "", "The Plainfield Courier-Journal", "Part of the USA TODAY Network", "", "Subscribe", "Sign In", "",
      "News  Sports  Things to Do  Opinion  Obituaries  eNewspaper", "", "World", "",
      "Trump says Putin vowed to respond to the air base attacks", "", "After a call of more than an hour, the president said Putin told him Russia would answer the drone attack.", "",
      "Nadia Ferrante", "USA TODAY", "Published 3:52 p.m. CT June 4, 2025", "",
      "Allies promise drones at Brussels meeting", "", "Defense ministers pledged new air defense systems and drones for Ukraine at NATO headquarters.", "",
      "Associated Press", "Published 1:10 p.m. CT June 4, 2025", "",
      "Families told to leave more Sumy villages", "", "Ukrainian authorities ordered families with children to leave more villages in the Sumy region.", "",
      "Associated Press", "Published 9:35 a.m. CT June 4, 2025", "",
      "About Us  Contact Us  Terms of Service", "", "© 2025 www.pcjonline.com. All rights reserved.",
    ]));
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2025-06-04T20:52:00Z", "Nadia Ferrante"], ["2025-06-04T18:10:00Z", "Associated Press"], ["2025-06-04T14:35:00Z", "Associated Press"],
    ]);
    // the masthead over its network's tagline and the menu names the source, not the footer's address
    expect(doc.sourceName).toBe("The Plainfield Courier-Journal");
  });

  it("reads a running file of '3:50 p.m. (UPDATED) Text …' items under a glued head date, in the zone of the paper's town in the country its menu names", () => {
    const doc = parse(text([
      "The Peterborough Examiner", "Subscribe  Log in", "", "Local  Canada  World  Opinion  Sports", "",
      "Ukraine war updates: martial law in occupied regions", "", "By Examiner staff and wire services", "Wed., Oct. 19, 2022timer4 min. read", "",
      "Our running file on the war, with Canadian reaction.", "",
      "3:50 p.m. (UPDATED) Putin has imposed martial law in the four regions Moscow claims to have annexed, giving their leaders wide powers.", "",
      "2:15 p.m. Ottawa is adding Iranian makers of drones used by Russia to its sanctions list, the foreign minister said on Wednesday.", "",
    ]));
    expect(doc.entries.map((e) => [e.published, e.body[0]?.slice(0, 12)])).toEqual([
      ["2022-10-19T19:50:00Z", "Putin has im"], ["2022-10-19T18:15:00Z", "Ottawa is ad"],
    ]);
  });

  it("takes a two-word town before the paper's name ('Prince George Citizen') and a small town whose region the page names ('West Coast')", () => {
    const page = (masthead: string, tagline: string) => text([
      masthead, tagline, "", "Home  News  Sport  Business  World  Obituaries", "", "World", "",
      "Blinken visits Kyiv with new arms money", "AP", "Friday, 9 September 2022 - 7:40am", "",
      "Antony Blinken arrived in Kyiv by train and announced new military financing for Ukraine and its neighbours.", "", "Read more", "",
      "Ukraine pushes east near Balakliia", "Reuters", "Friday, 9 September 2022 - 6:15am", "",
      "Ukrainian troops advanced in the Kharkiv region, officials said, in a surprise push near Balakliia.", "", "Read more", "",
    ]);
    expect(parse(page("Prince George Citizen", "News for the north")).entries[0]!.published).toBe("2022-09-09T14:40:00Z");
    expect(parse(page("Greymouth Star", "West Coast news, sport and weather")).entries[0]!.published).toBe("2022-09-08T19:40:00Z");
  });

  it("reads a masthead 'NAME · City' as the paper's home", () => {
    const doc = parse(text([
      "HARCOURT STANDARD · Dublin", "World News", "", "Drone hits fleet headquarters", "", "By Niamh Colley", "Updated: 20/08/2022 - 18:05", "",
      "A drone hit the roof of the fleet's headquarters in Sevastopol on Saturday morning, the governor said.", "",
      "A drone on the roof", "", "The city's governor said the drone was brought down over the building and nobody was hurt.", "",
      "The inspectors' route", "", "Officials said the nuclear inspectors could reach the plant by the end of the month.", "",
    ]));
    expect(doc.entries[0]!.published).toBe("2022-08-20T17:05:00Z");
  });

  it("leaves out app and alert prompts, feedback requests, long sign-up lines and a 'Contributing:' list", () => {
    const doc = parse(text([
      "Lakeshore Evening Post", "News  Sports  Opinion  Obituaries", "", "Live updates: Easter truce", "", "By Hal Verity", "",
      "8:05 a.m. CT", "Prisoners freed in a swap", "", "Russia and Ukraine swapped 246 prisoners of war each on Saturday.", "", "Tom Ashby, USA TODAY", "",
      "Stay up to date: get breaking news alerts on the Lakeshore Evening Post app.", "",
      "6:20 a.m. CT", "Missile attack on Kharkiv", "", "A Russian missile attack on Kharkiv overnight killed one person, the mayor said.", "", "— Reuters", "",
      "Sign up to receive daily headline news from the Lakeshore Evening Post, a division of Example Network Inc.", "",
      "4:10 a.m. CT", "Truce ordered", "", "Putin ordered a truce from 6 p.m. Moscow time until the end of Sunday.", "",
      "Contributing: Tom Ashby, USA TODAY; Reuters", "", "Share your feedback to help improve our site experience!",
    ]), { date: "2025-04-19" });
    expect(doc.entries.map((e) => [e.author, e.body.length])).toEqual([["Tom Ashby", 1], ["Reuters", 1], ["Hal Verity", 1]]);
  });
});

describe("forms met on eval/br and eval/bs", () => {
  it("reads a head's 'Mar 30, 2023' over 'Updated Mar 31, 2023' as the byline's dates, not a day heading over the first post", () => {
    const doc = parse(text([
      "Harrow Valley Courier", "News  Sports  Opinion  Obituaries", "", "The Latest: leaders mark the anniversary", "", "The Associated Press", "",
      "Mar 30, 2023", "Updated Mar 31, 2023", "", "The latest on the war (all times EDT):", "", "___", "",
      "6:40 p.m.", "", "WASHINGTON — The White House said it was using every channel to seek consular access to the detained reporter.", "", "___", "",
      "3:15 p.m.", "", "UNITED NATIONS — Ukraine's envoy called Russia's turn at the head of the Security Council a slap in the face.", "",
      "", "© Copyright 2023 Harrow Valley Courier, 12 Main St | Terms of Use",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-03-31T22:40:00Z", "2023-03-31T19:15:00Z"]);
  });

  it("names the source by the copyright line's holder after '© Copyright 2023', and by the masthead over a menu with 'Death notices'", () => {
    const footer = parse(text([
      "Skip to main content", "You are the owner of this article.", "", "Lindenfield Gazette", "Subscribe  Log In", "",
      "The Latest: talks resume", "", "10:05 a.m.", "", "Delegations met again in Istanbul on Friday for a second round of talks on a prisoner exchange.", "",
      "1:40 p.m.", "", "The talks ended with an agreement to exchange a thousand prisoners each, officials said.", "",
      "© Copyright 2023 Lindenfield Gazette, 4 River Rd | Terms of Use | Privacy Policy",
    ]));
    expect(footer.sourceName).toBe("Lindenfield Gazette");
    const menu = parse(text([
      "Kowhai Chronicle", "Subscribe", "Sign In", "Latest  Kowhai  Sport  Opinion  Business  Rural  Weather  Death notices", "", "World", "",
      "Kherson celebrates as troops return", "", "By Aroha Tane", "", "Sunday, 13 November", "",
      "Police return to Kherson", "6.40am", "", "Police and rescuers were returning to Kherson a day after Russian forces left the city.", "",
      "Sappers clear mines", "7.15am", "", "Demining teams began checking streets and buildings for mines left behind.", "",
      "© Copyright Example Publishing Limited",
    ]), { date: "2022-11-13" });
    expect(menu.sourceName).toBe("Kowhai Chronicle");
  });

  it("leaves a 'Quick Read' chip out and credits a card by the acronym between its headline and its date ('RNZ'), or by 'X staff'", () => {
    const doc = parse(text([
      "Ridgeline Times-Age", "Home  News  Sport  Rural  Business  Opinion  World", "Subscribe  Log in", "", "World", "",
      "Russia says it downed drones", "", "AP", "9 Sep, 2024 10:40 AM", "Quick Read", "",
      "Russia's defence ministry said air defences destroyed 14 Ukrainian drones over border regions overnight.", "", "Read more", "",
      "Sanctions list grows", "", "RNZ", "8 Sep, 2024 09:50 PM", "Quick Read", "",
      "The government imposed travel bans and asset freezes on another 16 people it links to Russia's war effort.", "", "Read more", "",
      "More rain on the way", "Ridgeline staff", "8 Sep, 2024 06:05 PM", "",
      "Another storm will bring steady rain and gusty winds through Thursday, forecasters said.", "", "Read more", "",
    ]), { timezone: "Pacific/Auckland" });
    expect(doc.entries.map((e) => e.author)).toEqual(["AP", "RNZ", "Ridgeline staff"]);
  });

  it("credits each brief of a round-up by the line that closes it ('— The Associated Press'), over the page's 'Wire reports'", () => {
    const brief = (title: string, text1: string) => `<p><strong>${title}</strong></p><p>${text1}</p><p><em>— The Associated Press</em></p>`;
    const doc = parse(html(`<article><h1>Nation &amp; World briefs</h1><div class="asset-byline">Wire reports</div>` +
      `<time datetime="2023-04-25T16:30:00-06:00">Apr 25, 2023</time><div class="asset-content">` +
      brief("Missile destroys museum", "KUPIANSK, Ukraine (AP) — A Russian missile wrecked the local history museum on Tuesday, killing one employee.") +
      brief("Baltic states summon envoys", "VILNIUS, Lithuania (AP) — Estonia, Latvia and Lithuania summoned China's envoys over an ambassador's remarks.") +
      `</div></article>`));
    expect(doc.entries.map((e) => [e.author, e.body.length])).toEqual([["The Associated Press", 1], ["The Associated Press", 1]]);
  });

  it("reads 'Subject: a short question?' as a section heading", () => {
    const doc = parse(text([
      "Oakhurst Courier", "News › World", "", "Sunday in Ukraine: a visit and a deal", "", "By Lena Marsh", "19.03.2023, 17:40", "",
      "Our evening summary of the war.", "",
      "A visit at night", "", "Russia's president travelled to the occupied port city under cover of darkness, state media said.", "",
      "Grain deal: 60 or 120 days?", "", "The grain agreement did not lapse on Saturday, but the two sides disagree on how long it was extended for.", "",
      "Farmers protest", "", "Farmers blocked roads with tractors to protest against cheap imported grain.", "",
    ]));
    expect(doc.entries.map((e) => e.headline)).toEqual(["A visit at night", "Grain deal: 60 or 120 days?", "Farmers protest"]);
  });
});

describe("forms met on eval/bt to eval/bw", () => {
  it("reads 'By NAME NAME Outlet' bylines (capitals, then the wire or paper as written) as the name, in text and in feeds", () => {
    const doc = parse(text([
      "Muskrat Falls Phoenix", "News  Sports  Opinion  Obituaries", "", "Ukraine war: the latest", "",
      "Zelenskyy visits the front", "By DARIA KOVALENKO Associated Press", "Posted: Sunday, January 7, 2024 4:25 pm", "",
      "Ukraine's president visited troops near the eastern front line on Sunday, his office said.", "",
      "Council backs aid drive", "By JOEL MARTEN Phoenix Staff Writer", "Posted: Sunday, January 7, 2024 2:05 pm", "",
      "The city council voted to help a church group send medical supplies to Ukraine.", "",
    ]), { timezone: "America/Chicago" });
    expect(doc.entries.map((e) => e.author)).toEqual(["DARIA KOVALENKO", "JOEL MARTEN"]);
    const rss = parse(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Mesa Sun</title><link>https://mesa.example</link>
      <item><title>Drones hit Kharkiv</title><link>https://mesa.example/1</link><dc:creator>By CARLA MENDEZ Mesa Sun</dc:creator><pubDate>Sun, 24 Aug 2025 16:00:00 -0700</pubDate>
      <description>Russian drones struck Kharkiv overnight, officials said.</description></item></channel></rss>`);
    expect(rss.entries[0]!.author).toBe("CARLA MENDEZ");
  });

  it("leaves a masthead's weather box out ('Today' / 'Sunny. High 71F. …' / 'Updated: … @ 2:45 pm'): its stamp heads no update", () => {
    const doc = parse(text([
      "Skip to main content", "", "Elkhorn, NV", "Today", "Sunny. High 71F. Winds WNW at 5 to 10 mph.", "Tonight", "Clear. Low 36F. Winds light and variable.",
      "Updated: October 1, 2025 @ 2:45 pm", "Full Forecast", "", "News  Local  Sports  Opinion", "", "AP News in Brief", "", "By The Associated Press", "", "Oct 1, 2025", "",
      "Government shuts down", "", "WASHINGTON (AP) — The federal government began shutting down on Wednesday after Congress failed to pass a spending bill.", "",
      "Russian drones target gas fields", "", "KYIV, Ukraine (AP) — Russia launched dozens of drones at gas production sites overnight, the state company said.", "",
    ]));
    expect(doc.entries.map((e) => e.headline)).toEqual(["Government shuts down", "Russian drones target gas fields"]);
  });

  it("times a round-up's items by the clock and zone its title ends with ('AP News in Brief at 6:04 p.m. EDT') over a date printed alone", () => {
    const doc = parse(text([
      "Elkhorn Daily", "News  Local  Sports  Opinion", "", "AP News in Brief at 6:04 p.m. EDT", "", "By The Associated Press", "", "Oct 1, 2025", "",
      "Government shuts down", "", "WASHINGTON (AP) — The federal government began shutting down on Wednesday after Congress failed to pass a spending bill.", "",
      "Russian drones target gas fields", "", "KYIV, Ukraine (AP) — Russia launched dozens of drones at gas production sites overnight, the state company said.", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-10-01T22:04:00Z", "2025-10-01T22:04:00Z"]);
  });

  it("takes the home from a run-together menu that names a country before 'World' ('Latest news New Zealand World …'), not from a continent's section", () => {
    const page = (menu: string) => text([
      "Horowai Chronicle", "Subscribe", "Sign in", "", menu, "", "World", "Russia-Ukraine war live: leaders back membership bid", "Thursday 12 May", "",
      "Leaders back bid", "12.40pm", "", "Finland's president and prime minister said the country should apply to join Nato without delay.", "",
      "Drone strikes depot", "2.30pm", "", "A drone struck a fuel depot in the south of the country, officials said.", "",
    ]);
    expect(parse(page("Latest news  New Zealand  World  Business  Sport  Lifestyle"), { date: "2022-05-12" }).entries[0]!.published).toBe("2022-05-12T00:40:00Z");
    expect(parse(page("Latest news  Africa  World  Business  Sport  Lifestyle"), { date: "2022-05-12" }).warnings.join(" ")).not.toMatch(/Africa/);
  });

  it("places a small paper's town by its country's adjective on the page ('Whyalla News' over 'Australian … wire services')", () => {
    const doc = parse(text([
      "Skip to content", "Whyalla News", "Subscribe", "Log in", "", "Topics", "Russia-Ukraine conflict",
      "The latest news on the invasion from our reporters and Australian and international wire services.", "",
      "Kyiv reports overnight attacks", "Stuart Pell", "March 26, 2022 - 8:50am", "", "Air raid sirens sounded across Ukraine overnight, officials said.", "", "Read more", "",
      "Allies meet in Brussels", "Stuart Pell", "March 25, 2022 - 9:30pm", "", "Leaders met in Brussels to agree more support for Ukraine.", "", "Read more", "",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2022-03-25T22:20:00Z", "2022-03-25T11:00:00Z"]);
  });
});


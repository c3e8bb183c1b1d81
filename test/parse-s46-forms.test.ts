// Forms met on the eval pages in session 46 (own pages, own words): each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import { matchStamp } from "../src/parse/text-stamps.ts";

describe("a listing's card stamp: the time, a dot, then the date (eval/el)", () => {
  it("reads '5:05 pm · 7th January 2027' as a time on that day", () => {
    expect(matchStamp("5:05 pm · 7th January 2027", 0)).toMatchObject({ minutes: 17 * 60 + 5, date: { year: 2027, month: 1, day: 7 } });
    expect(matchStamp("09:40 • 12 March 2027", 0)).toMatchObject({ minutes: 9 * 60 + 40, date: { year: 2027, month: 3, day: 12 } });
    // (guard: a dot before a person's name is still a byline)
    expect(matchStamp("09:40 · Jane Holt", 0)).toMatchObject({ minutes: 9 * 60 + 40, author: "Jane Holt" });
  });
  it("gives each card of a listing its own time", () => {
    const page = `Example Risk Weekly

News   Markets   Events

Latest news

6:10 pm · 4th March 2027
Drone strike on Dnipro warehouse destroys insured stock

A Russian drone hit a logistics warehouse in Dnipro overnight, destroying goods worth millions, the owner said.

By Petra Lund
Read more

2:45 pm · 4th March 2027
Broker expects cyber rates to hold steady

Cyber insurance prices are expected to stay flat at the April renewals, a large broker said in its quarterly outlook.

By Milan Hart
Read more

9:05 am · 4th March 2027
Kyiv opens talks on a state war-risk pool

Ukraine's finance ministry has begun talks with foreign reinsurers on a state-backed pool for war damage to factories.

By Petra Lund
Read more
`;
    const entries = parse(page, { timezone: "Europe/London" }).entries;
    expect(entries.map((e) => e.published)).toEqual(["2027-03-04T18:10:00Z", "2027-03-04T14:45:00Z", "2027-03-04T09:05:00Z"]);
    expect(entries.map((e) => e.author)).toEqual(["Petra Lund", "Milan Hart", "Petra Lund"]);
  });
});

describe("a listing's byline glued to a machine time, and a paid card between stories (eval/el)", () => {
  const page = `Example Broker Daily

News   Claims   Regulation

News

Glide bomb hits a Zaporizhzhia depot insured abroad

A Russian glide bomb destroyed a fuel depot near Zaporizhzhia overnight, the regional governor said, and its foreign insurers have sent loss adjusters.

By Tessa Moor2027-03-09T15:20:00+00:00

Sponsored
Five questions brokers should ask about parametric cover

Regulator fines a managing agent over late claims

The market regulator fined a managing agent for paying small business claims months late, it said in a notice.

By Ivo Brandt2027-03-09T11:05:00+00:00

Kyiv extends a state guarantee for cargo cover

Ukraine's cabinet extended its guarantee for war-risk cargo insurance on the Black Sea corridor until the end of the year.

By Tessa Moor2027-03-09T08:40:00Z
`;
  it("reads each card's time and author from the glued byline", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.published)).toEqual(["2027-03-09T15:20:00Z", "2027-03-09T11:05:00Z", "2027-03-09T08:40:00Z"]);
    expect(entries.map((e) => e.author)).toEqual(["Tessa Moor", "Ivo Brandt", "Tessa Moor"]);
  });
  it("drops the paid card's label and title: the next story keeps its own headline", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Glide bomb hits a Zaporizhzhia depot insured abroad", "Regulator fines a managing agent over late claims", "Kyiv extends a state guarantee for cargo cover",
    ]);
  });
  it("reads a machine time alone on its line, with its offset", () => {
    expect(matchStamp("2027-03-09T08:40:00+02:00", 0)).toMatchObject({ minutes: 8 * 60 + 40, date: { year: 2027, month: 3, day: 9 }, zone: "+02:00" });
    // (guard: a word before the time that is no one's name makes no stamp)
    expect(matchStamp("Category 2027-03-09T08:40:00Z", 0)).toBeNull();
  });
});

describe("relative ages under a strip of world clocks (eval/el)", () => {
  const page = (strip: string) => `Example Market Insider

Home   News   Data   Events

Wednesday 10 March 2027
${strip}

Latest

Energy
Drones hit a gas compressor station in Kharkiv region
25 minutes ago

Russian drones struck a gas compressor station in Kharkiv region on Wednesday, the operator said, cutting supplies to two districts.

Marine
Insurers raise war-risk rates for Danube ports
3 hours ago

Marine insurers raised additional premiums for calls at Ukraine's Danube ports after a week of drone attacks, brokers said.
`;
  it("counts the ages back from the first city's clock, in that city's time", () => {
    const entries = parse(page("LONDON 15:40 | NEW YORK 10:40 | SINGAPORE 23:40")).entries;
    expect(entries.map((e) => e.published)).toEqual(["2027-03-10T15:15:00Z", "2027-03-10T12:40:00Z"]);
  });
  it("(guard) a strip whose names are no cities is no clock", () => {
    const entries = parse(page("FTSE 7:40 | DOW 10:40")).entries;
    expect(entries.every((e) => e.published !== "2027-03-10T07:15:00Z")).toBe(true);
  });
});

describe("a date printed in Ukrainian, Russian or Belarusian (eval/ej)", () => {
  const page = (dateLine: string) => `ПРИКЛАД
Щоденна газета громади

Головна | Новини | Громада

${dateLine}

НОВИНИ

16:40
Уряд Канади оголосив новий пакет допомоги

Канада виділить Україні ще 200 мільйонів доларів на відновлення енергетики, повідомив уряд.

11:15
У Торонто відкрили виставку писанок

У культурному центрі громади відкрилася виставка писанок із різних областей України.
`;
  it("dates the page's stamps on the day its head prints", () => {
    for (const line of ["П’ятниця, 11 грудня 2026", "Пятница, 11 декабря 2026", "Пятніца, 11 снежня 2026"]) {
      const entries = parse(page(line), { timezone: "America/Toronto" }).entries;
      expect(entries.map((e) => e.published), line).toEqual(["2026-12-11T21:40:00Z", "2026-12-11T16:15:00Z"]);
    }
  });
});

describe("an appeal for money between a listing's cards (eval/ej)", () => {
  const page = `Example Community Wire

News   Culture   Ukraine

Global
Drone hits a school gym in Chernihiv overnight

Nobody was hurt when a Russian drone hit the gym of a school in Chernihiv overnight, the city council said.

By Ada Lerner
December 8, 2026 9:40 am

Example Wire has covered our communities for ninety years. Keep our journalism strong by giving to our winter appeal today.
Support Example Wire

Global
Vandals daub slogans on a cemetery wall in Riga

Police in Riga are looking for vandals who painted slogans on the wall of the old Jewish cemetery overnight.

By Noam Weiss
December 8, 2026 7:15 am
`;
  it("keeps the appeal out of the next card's text", () => {
    const entries = parse(page, { timezone: "America/New_York" }).entries;
    expect(entries.map((e) => e.body[0])).toEqual([
      "Nobody was hurt when a Russian drone hit the gym of a school in Chernihiv overnight, the city council said.",
      "Police in Riga are looking for vandals who painted slogans on the wall of the old Jewish cemetery overnight.",
    ]);
  });
});

describe("a card's age printed in another language (eval/ej)", () => {
  const page = (ages: [string, string]) => `Przykładowy Dziennik

Chicago  -2°C  Pochmurno
sobota, 12 grudnia 2026, 14:20

Wiadomości   Świat   Sport

Świat

Drony uderzyły w elektrownię pod Kijowem
${ages[0]}

Rosyjskie drony uszkodziły w nocy elektrownię cieplną pod Kijowem, poinformowały władze obwodu.

Źródło: PAP
Komentarze (3)

Norwegia przekaże Ukrainie sprzęt saperski
${ages[1]}

Rząd Norwegii ogłosił, że przekaże Ukrainie sprzęt do rozminowywania pól uprawnych na wschodzie kraju.
`;
  it("counts it back from the page's clock, as an English age would be", () => {
    const entries = parse(page(["35 min temu", "2 godz. temu"]), { timezone: "America/Chicago" }).entries;
    expect(entries.map((e) => e.headline)).toEqual(["Drony uderzyły w elektrownię pod Kijowem", "Norwegia przekaże Ukrainie sprzęt saperski"]);
    expect(entries.map((e) => e.published)).toEqual(["2026-12-12T19:45:00Z", "2026-12-12T18:20:00Z"]);
  });
  it("reads the other languages' ages from the runtime's own words", async () => {
    const { englishDateWords } = await import("../src/parse/date-words.ts");
    expect(["vor 2 Stunden", "il y a 3 h", "2 години тому", "5 часов назад", "hace 40 minutos"].map(englishDateWords))
      .toEqual(["2 hours ago", "3 hours ago", "2 hours ago", "5 hours ago", "40 minutes ago"]);
    // (guard: a bare figure and a letter is no age; an English age is left as printed)
    expect(["2 h", "3 hours ago", "Komentarze (3)"].map(englishDateWords)).toEqual(["2 h", "3 hours ago", "Komentarze (3)"]);
  });
});

describe("a live page's keepers named under its title (eval/ej)", () => {
  it("reads 'Live page by Jane Doe and John Roe' as the byline", async () => {
    const { bylineAuthor } = await import("../src/parse/text-post.ts");
    expect(bylineAuthor("Live page by Marta Kovalenko and Ned Aske")).toBe("Marta Kovalenko and Ned Aske");
    expect(bylineAuthor("Live coverage by Marta Kovalenko")).toBe("Marta Kovalenko");
  });
});

describe("a newsletter's crosshead asked as a short question (eval/ek)", () => {
  const page = `Example Media Report

By Ruth Ames
December 23, 2026 7:05 am

Good morning. Here is what we are watching today.

Drones hit a Kharkiv tram depot

Russian drones hit a tram depot in Kharkiv overnight, killing two workers, the mayor said.

Local crews filmed the rescue within the hour.

Talks, or talk about talks?

Negotiators from Washington and Kyiv will meet again in January, the State Department said on Tuesday.

The Kremlin said it knew of no new meeting.

Bored at work?

Try our weekly quiz on the news.
`;
  it("heads its own section", () => {
    const headlines = parse(page).entries.map((e) => e.headline);
    expect(headlines).toContain("Talks, or talk about talks?");
    // (guard: a three-word question is no crosshead)
    expect(headlines).not.toContain("Bored at work?");
  });
});

describe("a listing printed to PDF from a browser (eval/ek)", () => {
  const page = `12/28/26, 3:40 PM    Latest News | Example Trade

Example Trade
Movies   TV   Media   Awards

LATEST NEWS

NEWS
Missiles hit an industrial zone in Zaporizhzhia

Russian missiles hit an industrial zone in Zaporizhzhia overnight, killing four people, regional officials said.

Ivo Marsh
20 minutes ago

Sign up for our daily newsletter.
Email address   SIGN UP

AWARDS
Film guild names its nominees for the spring awards

A film guild named its nominees for the spring awards on Monday, with two streaming dramas leading the list.

Lena Oakes
2 hours ago
`;
  it("counts the ages back from the print header's date and time", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.published)).toEqual(["2026-12-28T15:20:00Z", "2026-12-28T13:40:00Z"]);
  });
  it("takes no sign-up form for a headline", () => {
    expect(parse(page).entries.map((e) => e.headline)).toEqual(["Missiles hit an industrial zone in Zaporizhzhia", "Film guild names its nominees for the spring awards"]);
  });
});

describe("a card's meta row: the byline, then a month-first date and time (eval/em)", () => {
  it("reads the row in a text scrape as the stamp and its author", () => {
    expect(matchStamp("By Ruth Ames Feb 17, 2027, 4:45pm CST", 0)).toMatchObject({ author: "Ruth Ames", minutes: 16 * 60 + 45, date: { year: 2027, month: 2, day: 17 } });
  });
  it("credits the HTML card's author without the month", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Example Schools Desk</title></head><body>
<header><a href="/">Example Schools Desk</a></header><main><ul class="stories">
<li class="story"><h2><a href="/a">City school raises money for generators at a sister school in Lviv</a></h2>
<p class="dek">Parents at a city school raised money for two generators for a partner school in Lviv, where power cuts keep closing classrooms.</p>
<p class="meta">By <a href="/authors/ruth-ames">Ruth Ames</a> <time datetime="2027-02-17T16:45:00-06:00">Feb 17, 2027, 4:45pm CST</time></p></li>
<li class="story"><h2><a href="/b">Board delays its vote on school closures</a></h2>
<p class="dek">The board postponed a vote on closing and merging schools after parents asked for more time to comment.</p>
<p class="meta">By <a href="/authors/ivo-marsh">Ivo Marsh</a> <time datetime="2027-02-17T14:30:00-06:00">Feb 17, 2027, 2:30pm CST</time></p></li>
</ul></main></body></html>`;
    expect(parse(html).entries.map((e) => e.author)).toEqual(["Ruth Ames", "Ivo Marsh"]);
  });
});

describe("a card closing with its writer's name, role and beat, then its date (eval/em)", () => {
  const page = `Example Freight Journal

Maritime   Ports   Trade Policy

Home / Trade Policy

PORT NEWS
Missiles hit a grain terminal in Chornomorsk

A Russian missile strike on a grain terminal in Chornomorsk killed two workers and set a silo on fire, regional officials said.

Loading of a bulk carrier was halted.

Ines Varga, Senior Editor, Europe
Feb 5, 2027, 4:40 PM EST

TRADE POLICY
Premium
Brussels studies a port ban for ships calling at Russian terminals

The European Commission is studying a rule that would bar ships from EU ports after calls at Russian oil terminals, a draft shows.

Ines Varga, Senior Editor, Europe
Feb 5, 2027, 2:15 PM EST
`;
  it("reads each card with its own headline, time and author", async () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual(["Missiles hit a grain terminal in Chornomorsk", "Brussels studies a port ban for ships calling at Russian terminals"]);
    expect(entries.map((e) => e.published)).toEqual(["2027-02-05T21:40:00Z", "2027-02-05T19:15:00Z"]);
    expect(entries.map((e) => e.author)).toEqual(["Ines Varga", "Ines Varga"]);
    const { bylineAuthor } = await import("../src/parse/text-post.ts");
    expect(bylineAuthor("Ines Varga, Correspondent, Kyiv")).toBe("Ines Varga");
  });
});

describe("a 'Most read' box inside a sectioned article (eval/em)", () => {
  const page = (box: string) => `Example Herald
News › World

Anniversary day: strike on Lviv as leaders visit Kyiv

Ukraine marked the anniversary with a minute's silence and a visit by European leaders.

By Rhona Kerr, Foreign Desk
Wednesday 24 February 2027 · 17:45 GMT

Five killed in Lviv

Russian missiles struck Lviv in the early hours, killing five people and damaging an energy facility, the governor said.

It was the deadliest attack on the city in more than a year.

${box}

A minute's silence

At 9am traffic stopped across Ukraine for a minute's silence in memory of those killed since the invasion began.

In Kyiv, crowds gathered on the main square despite an air raid alert earlier in the morning.
`;
  it("reads on past the box to the sections after it", () => {
    const headlines = parse(page("Most read\nStorm warnings issued for the Highlands")).entries.map((e) => e.headline);
    expect(headlines).toEqual(["Five killed in Lviv", "A minute's silence"]);
  });
  it("(guard) a 'Most read' list of teasers at the foot still ends the article", () => {
    const foot = "Most read\nStorm warnings issued for the Highlands\nFerry strike called off\nCouncil tax to rise by 5%";
    const headlines = parse(page(foot).replace(/\nA minute's silence[\s\S]*$/, "\n")).entries.map((e) => e.headline);
    expect(headlines).not.toContain("Storm warnings issued for the Highlands");
  });
});

describe("an article whose first crosshead reads 'Place: what happened', under a tool row (eval/ek)", () => {
  const page = `Example Review
World › Europe

Kharkiv, Brussels, Berlin: a long Saturday

Three developments that will shape Kyiv's winter.

By Lene Haas
19 December 2026, 16:40 CET

Share · Print · Listen to this article (6 min)

Kharkiv: four dead after a night of drones

At least four people died when Russian drones hit Kharkiv overnight, striking a depot and a block of flats, the governor said.

The city has been a regular target all autumn.

Brussels: a loan for next year

EU leaders agreed before dawn to lend Ukraine money for next year through joint borrowing.

The money covers most of Kyiv's budget gap.
`;
  it("heads the first section with it, and takes no tool row for a heading", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual(["Kharkiv: four dead after a night of drones", "Brussels: a loan for next year"]);
    expect(entries[0]!.body[0]).toMatch(/^At least four people died/);
  });
  it("(guard) a title the head missed, above the byline, heads nothing", () => {
    const entries = parse(page.replace("Kharkiv, Brussels, Berlin: a long Saturday\n", "")).entries;
    expect(entries.map((e) => e.headline)).not.toContain("Three developments that will shape Kyiv's winter.");
  });
});

describe("a markets ticker's clock in a city's time (eval/en)", () => {
  it("reads 'NY Time' and 'New York time' as New York's zone", () => {
    expect(matchStamp("18:40 NY Time", 0)).toMatchObject({ minutes: 18 * 60 + 40, zone: "America/New_York" });
    expect(matchStamp("18:40 New York time", 0)).toMatchObject({ zone: "America/New_York" });
    expect(matchStamp("18:40 Kyiv time", 0)).toMatchObject({ zone: "Europe/Kyiv" });
  });
  it("counts a listing's ages back from the ticker's clock", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Latest News | Example Metals</title></head><body>
<div class="ticker"><ul><li><span>Gold</span> <span>3,418.40</span></li><li><span>Silver</span> <span>38.92</span></li></ul>
<span class="clock">Mar 2, 2027 - 18:40 NY Time</span></div>
<main><h1>Latest News</h1>
<article class="card"><a href="/a"><h3>Gold holds near record ahead of jobs data</h3></a>
<p class="summary">Gold kept most of its gains in late New York trade as weaker payroll figures lifted bets on a rate cut.</p>
<p class="meta"><span class="author">By Ida Berg</span> <time>40 minutes ago</time></p></article>
<article class="card"><a href="/b"><h3>Missiles hit a titanium plant in Zaporizhzhia</h3></a>
<p class="summary">Russian missiles hit a titanium plant in Zaporizhzhia overnight, killing two workers, the regional governor said.</p>
<p class="meta"><span class="author">By Ida Berg</span> <time>3 hours ago</time></p></article>
</main></body></html>`;
    expect(parse(html).entries.map((e) => e.published)).toEqual(["2027-03-02T23:00:00Z", "2027-03-02T20:40:00Z"]);
  });
});

describe("a live page whose newer posts print ages and older ones clocks (eval/ep)", () => {
  const page = `EXAMPLE LEDGER
News · World

Russia-Ukraine war: Lviv hit overnight
Saturday 15 May
Last updated 20:40 BST

Missiles strike Lviv before dawn.

25 minutes ago
Lviv declares a day of mourning

Lviv will hold a day of mourning on Sunday for the people killed in the attack, the mayor said.

14:10 BST
Drones set a refinery in Saratov ablaze

The governor of Russia's Saratov region said a refinery was hit by drones overnight.

08:05 BST
Three killed as missiles hit Lviv

Three people were killed when Russian missiles struck Lviv shortly after 6am, the governor said.
`;
  it("dates the clocks on the page's day", () => {
    const entries = parse(page, { date: "2027-05-15" }).entries;
    expect(entries.map((e) => e.published)).toEqual(["2027-05-15T19:15:00Z", "2027-05-15T13:10:00Z", "2027-05-15T07:05:00Z"]);
  });
});

describe("a masthead's date and clock over cards that print ages (eval/eq)", () => {
  const page = `Example Niva

Minsk +19°  ·  USD 2.94  ·  EUR 3.33
Saturday, 12 June 2027 · 22:10

News   Politics   War   Society

All news

Air defence shoots down a drone over Gomel region
25 minutes ago

Air-defence units destroyed a drone over the Gomel region in the evening, the defence ministry said.

Comments: 8

Minsk says it is ready to host talks again
2 hours ago

The president said Belarus was ready to host talks between Russia and Ukraine at any level.

Journalist released after serving three years
12 June, 16:10

A regional journalist was released after serving his full sentence, a rights group said.
`;
  it("reads it as the page's now, not a card, and counts the ages back from it", () => {
    const entries = parse(page, { timezone: "Europe/Minsk" }).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Air defence shoots down a drone over Gomel region", "Minsk says it is ready to host talks again", "Journalist released after serving three years",
    ]);
    expect(entries.map((e) => e.published)).toEqual(["2027-06-12T18:45:00Z", "2027-06-12T17:10:00Z", "2027-06-12T13:10:00Z"]);
  });
});

describe("a messenger channel's web preview (eval/eo)", () => {
  const post = (text: string, views: string, time: string, label = "") => `Example Alerts
${label}
${text}

${views}
${time}
`;
  const page = `Example Alerts
@example_alerts
1.2M subscribers   40K photos
VIEW IN TELEGRAM

${post("Air defences shot down 12 drones flying towards the capital overnight, the mayor said.", "412.7K", "07:05", "Video\n")}
${post("Two more villages near the border are being evacuated because of shelling, the governor said.", "201.5K", "10:15")}
${post("A court sentenced two men to long terms for setting fire to an enlistment office.", "154.9K", "edited 14:50", "Forwarded from City Incidents\n")}
${post("A drone hit a city bus in Horlivka, killing three people, the Russian-installed head of the city claims.", "233.4K", "17:20", "Photo\n")}
Load more
`;
  it("reads each post as its text, its views and then its time; the channel's name heads none", () => {
    const entries = parse(page, { date: "2027-04-19" }).entries;
    expect(entries.map((e) => e.published)).toEqual(["2027-04-19T07:05:00Z", "2027-04-19T10:15:00Z", "2027-04-19T14:50:00Z", "2027-04-19T17:20:00Z"]);
    expect(entries.every((e) => e.headline !== "Example Alerts")).toBe(true);
    expect(entries[1]!.body[0]).toMatch(/^Two more villages/);
  });
});

describe("a listing whose cards print a date, a byline and the writer's role (eval/en)", () => {
  const page = `Example Mining Weekly
Home   News   Africa   Europe

Latest News

Strike damages a uranium plant in central Ukraine
22nd March 2027
By: Example Media Reporter

A Russian missile strike damaged buildings at a uranium ore plant in central Ukraine, local officials said.

Article Enquiry   Email Article   Save Article

Platinum output rises at Bushveld mines
22nd March 2027
By: Lerato Dube
Example Media Senior Writer

A platinum producer reported higher quarterly output from its Bushveld mines, helped by fewer stoppages.

Article Enquiry   Email Article   Save Article

Sanctions update targets diamond trading arms
22nd March 2027
By: Pieter Kruger
Example Media Correspondent: Europe

The European Union added three trading arms of Russia's diamond miner to its sanctions list, officials said.
`;
  it("heads each card with its headline, not the writer's role, and keeps the first card", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Strike damages a uranium plant in central Ukraine", "Platinum output rises at Bushveld mines", "Sanctions update targets diamond trading arms",
    ]);
    expect(entries.slice(1).map((e) => e.author)).toEqual(["Lerato Dube", "Pieter Kruger"]);
  });
});

describe("a press office's daily news with contacts under each item (eval/ep)", () => {
  const page = `Example Commission
Press corner

Daily News 17 / 05 / 2027

Brussels, 17 May 2027

Commission pays €2 billion to Ukraine under its facility

The Commission today paid €2 billion to Ukraine after confirming that Kyiv had completed the linked reforms.

Press contacts:
Ines Varga – Tel.: +32 2 299 14 07
Tomas Ruiz – Tel.: +32 2 296 38 51

Sanctions package adopted

The Commission welcomes the adoption of a new package of sanctions against Russia, which targets banks in third countries.

Press contacts:
Annika Holm – Tel.: +32 2 298 60 12

Statistics office: industrial production up 0.4% in March

In March, industrial production rose by 0.4% in the euro area compared with February, the statistics office said.

Press contacts:
Noor Haddad – Tel.: +32 2 298 60 12

General public inquiries: Example Direct by phone 00 800 67 89 10 11 or by email

Contact the Example Commission  |  Follow us on social media  |  Languages on our websites
`;
  it("keeps the contacts out of the items", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual(["Commission pays €2 billion to Ukraine under its facility", "Sanctions package adopted", "Statistics office: industrial production up 0.4% in March"]);
    expect(entries[2]!.body).toEqual(["In March, industrial production rose by 0.4% in the euro area compared with February, the statistics office said."]);
  });
});

describe("a listing whose cards are each one link around a title element and a summary (eval/ep)", () => {
  const card = (title: string, summary: string) => `<li><a href="/web/news/${title.length}">
<div class="title">${title}</div>
<div class="event"><span class="date">27.05.2027</span></div>
<div class="intro"><p>${summary}</p></div>
</a></li>`;
  const html = (cards: string) => `<!DOCTYPE html><html lang="en"><head><title>News - Example Ministry</title></head><body>
<header><a href="/">Example Ministry</a></header><main><h1>News</h1><ul class="art-prev">
${cards}
</ul></main><footer><p>Example Ministry, 1 Main Street</p></footer></body></html>`;
  it("reads one entry per card, headed by its title", () => {
    const entries = parse(html([
      card("Minister: envoy expelled over sabotage plot", "The ministry declared a diplomat persona non grata after investigators linked him to an arson plot."),
      card("Funding for satellite terminals in Ukraine extended", "The ministry will keep paying for satellite internet used by Ukrainian hospitals until the end of the year."),
      card("Consultations with Mongolia held in the capital", "Deputy ministers held consultations on trade and cooperation between universities."),
    ].join("\n"))).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Minister: envoy expelled over sabotage plot", "Funding for satellite terminals in Ukraine extended", "Consultations with Mongolia held in the capital",
    ]);
    expect(entries[1]!.body[0]).toMatch(/^The ministry will keep paying/);
  });
});

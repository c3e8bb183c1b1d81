// Forms met on the eval pages in session 41 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import { bylineName } from "../src/parse/html-byline.ts";
import { bylineAuthor } from "../src/parse/text-post.ts";
import { matchStamp } from "../src/parse/text-stamps.ts";
import { statedZone } from "../src/parse/zone-stated.ts";

describe("a wire's 'all times local' page on a paper's site (eval/cr)", () => {
  it("reads the head's 'Updated … 1:47 PM' on the paper's clock (its JSON-LD offset), not on the news places' clock", () => {
    const ld = {
      "@context": "https://schema.org", "@type": "NewsArticle", headline: "The Latest: fighting eases near Vuhledar",
      datePublished: "2023-02-17T19:05:00-05:00", dateModified: "2023-02-18T13:50:00-05:00",
      author: [{ "@type": "Organization", name: "The Associated Press" }],
      publisher: { "@type": "Organization", name: "Coastal Bay Ledger" },
    };
    const html = `<!doctype html><html><head><title>The Latest: fighting eases near Vuhledar | Coastal Bay Ledger</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>
<h1>The Latest: fighting eases near Vuhledar</h1>
<p>By The Associated Press</p>
<time datetime="2023-02-18T13:50:00-05:00">Updated February 18, 2023 1:50 PM</time>
<p>KYIV, Ukraine (AP) — The Latest on the war in Ukraine (all times local):</p>
<p>8:35 p.m.</p>
<p>Ukraine's army says Russian units tried to push toward Vuhledar a dozen times in the past day, fewer than the day before.</p>
<p>4:10 p.m.</p>
<p>The mayor of Kramatorsk says a rocket damaged a school building in the city's north but no one was hurt.</p>
<p>11:25 a.m.</p>
<p>Officials in Donetsk province say three people were wounded when shells landed near a market in Kostiantynivka.</p>
<p>2:15 a.m.</p>
<p>Air raid sirens sounded across eastern Ukraine shortly after midnight, regional officials reported.</p>
</article></body></html>`;
    const doc = parse(html);
    // 8:35 p.m. in Kyiv is 18:35Z, before the head's 1:50 PM in New York (18:50Z): all on February 18
    expect(doc.entries.map((e) => e.published)).toEqual([
      "2023-02-18T18:35:00Z", "2023-02-18T14:10:00Z", "2023-02-18T09:25:00Z", "2023-02-18T00:15:00Z",
    ]);
  });
});

describe("a wire roundup's meta row (eval/ct)", () => {
  it("takes the time from the row's last cell, 'By The Associated Press | Saturday, April 26, 2025, 7:40 p.m.'", () => {
    const doc = parse([
      "Skip to content", "The Upcountry Beacon", "Wailuku, Hawaii", "Wednesday, September 24, 2025", "Subscribe | Log In", "",
      "Nation & World", "",
      "War briefs: talks in Istanbul stall; drones hit Odesa port", "",
      "By The Associated Press | Wednesday, September 24, 2025, 6:25 p.m.", "Share this story", "",
      "ISTANBUL (AP) — Delegations from Kyiv and Moscow ended a second day of talks without agreeing on a prisoner exchange, Turkish officials said.", "",
      "ODESA, Ukraine (AP) — Drones struck grain silos at the port overnight, starting a fire that crews put out by dawn, the regional governor said.", "",
      "MOSCOW (AP) — Russia's defense ministry said its air defenses downed 40 drones over border regions on Friday.", "",
      "BRUSSELS (AP) — European Union envoys agreed to extend sanctions on Russian banks for six more months.", "",
    ].join("\n"));
    expect(doc.entries.map((e) => e.published)).toEqual(Array(4).fill("2025-09-25T04:25:00Z"));
  });
});

describe("a news list's credit rows (eval/ct)", () => {
  it("reads 'By Example staff • Sunday, September 14, 2025 7:15am' as a stamp like 'By Associated Press • …'", () => {
    const doc = parse([
      "Skip to content", "The Harbor Lantern", "Anchorage, Alaska", "", "News  Sports  Opinion  Obituaries", "", "News", "",
      "Drones hit a refinery in Russia's north-west", "By Associated Press • Sunday, September 14, 2025 2:05pm", "",
      "A drone attack set fire to an oil refinery in the Leningrad region, the governor said, adding the fire was out.", "",
      "Read More", "",
      "School board names new superintendent", "By Lantern staff • Sunday, September 14, 2025 7:15am", "",
      "The school board chose a former principal from Juneau to lead the district from next month.", "",
      "Read More", "",
      "Poland shuts two airports during Russian drone raid", "By Associated Press • Sunday, September 14, 2025 12:20am", "",
      "Poland closed airports in Rzeszow and Lublin overnight as Russian drones struck western Ukraine, officials said.", "",
      "Read More", "",
    ].join("\n"));
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Drones hit a refinery in Russia's north-west", "2025-09-14T22:05:00Z", "Associated Press"],
      ["School board names new superintendent", "2025-09-14T15:15:00Z", "Lantern staff"],
      ["Poland shuts two airports during Russian drone raid", "2025-09-14T08:20:00Z", "Associated Press"],
    ]);
  });
});

describe("an hour-by-hour timeline on a US paper's page (eval/cs)", () => {
  it("reads '5:10 a.m. (12:10 p.m. Kyiv time): Headline' and '9 a.m.: Headline' as stamps, and a photo's credit as no byline", () => {
    const doc = parse([
      "Skip to main content", "The Lakeshore Sentinel", "Subscribe", "", "News", "Sports", "Opinion", "",
      "Ukraine war timeline: ports reopen as talks resume in Istanbul", "",
      "Corinne Vale", "Lakeshore Sentinel", "Published 7:15 p.m. ET June 3, 2022", "",
      "Show Caption", "Hide Caption", "A tugboat guides a cargo ship out of the harbor in Odesa.", "Petro Hnatiuk, AP", "",
      "Here's how Friday went, hour by hour.", "",
      "6:20 a.m. (1:20 p.m. Kyiv time): Grain ship leaves Odesa under escort", "",
      "A cargo ship carrying corn left Odesa's port on Friday morning with a navy escort, the port authority said.", "",
      "9 a.m. (4 p.m. Kyiv time): Talks on prisoner exchange resume", "",
      "Negotiators met in Istanbul for a second round of talks on exchanging prisoners, Turkish officials said.", "",
      "2:35 p.m. (9:35 p.m. Kyiv time): Lakeshore church collects medical supplies", "",
      "Volunteers at a Lakeshore church packed bandages and medicines to send to hospitals in western Ukraine.", "",
    ].join("\n"));
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Grain ship leaves Odesa under escort", "2022-06-03T10:20:00Z", "Corinne Vale"],
      ["Talks on prisoner exchange resume", "2022-06-03T13:00:00Z", "Corinne Vale"],
      ["Lakeshore church collects medical supplies", "2022-06-03T18:35:00Z", "Corinne Vale"],
    ]);
  });
});

describe("where a small paper is (eval/cv)", () => {
  const briefs = (head: string[]) => parse([
    ...head, "",
    "World briefs: talks resume as shelling goes on", "",
    "From Associated Press reports", "Saturday, April 1, 2023 — 10:20 a.m.", "",
    "UNITED NATIONS (AP) — Russia took the chair of the Security Council on Saturday, a month-long turn that Ukraine called a bad joke.", "",
    "___", "",
    "KHERSON, Ukraine (AP) — Shells hit a bus stop in Kherson overnight, wounding three people, the regional governor said.", "",
    "___", "",
    "HELSINKI (AP) — Finland expects to join NATO within days after Turkey's parliament approved its bid, officials said.", "",
  ].join("\n"));

  it("reads a town too small for the gazetteer on its state's clock ('Carroll, Iowa'), and 'From Associated Press reports' as the wire", () => {
    const doc = briefs(["Prairie Times Herald", "Carroll, Iowa", "", "Home  News  Sports  Obituaries  Opinion"]);
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual(Array(3).fill(["2023-04-01T15:20:00Z", "Associated Press"]));
  });

  it("reads a weather chip's town and state ('Carroll, IA  48° Partly Cloudy') the same way", () => {
    const doc = briefs(["Prairie Times Herald", "", "Home  News  Sports  Obituaries  Opinion", "", "Carroll, IA  48° Partly Cloudy"]);
    expect(doc.entries[0]!.published).toBe("2023-04-01T15:20:00Z");
  });

  it("reads a weather chip naming its town alone ('Cedar Rapids 31°') as the paper's home", () => {
    const doc = briefs(["The Prairie Record", "Subscribe", "", "News", "Opinion", "Sports", "", "Cedar Rapids 31°"]);
    expect(doc.entries[0]!.published).toBe("2023-04-01T15:20:00Z");
  });
});

describe("a paper's running file under its web address (eval/cv)", () => {
  it("reads the tagline under the masthead past a '.com' address over it, and '— Jane Doe, Example staff' as a post's author", () => {
    const doc = parse([
      "riverbendnews.com", "The Riverbend Sentinel", "Council Bluffs, Iowa", "",
      "News  Sports  Obituaries  Opinion", "",
      "The latest: drones over Moscow as fighting goes on in the south", "",
      "Sentinel staff and wire reports", "Aug 20, 2023", "",
      "This story will be updated throughout the day.", "",
      "7:20 a.m.", "Drones downed near Moscow, ministry says", "",
      "Russia's defense ministry said air defenses destroyed two drones approaching the capital overnight.", "",
      "— The Associated Press", "",
      "10:10 a.m.", "Ukraine says troops advanced near Robotyne", "",
      "Ukraine's military said its forces had pushed forward south of the village of Robotyne in the Zaporizhzhia region.", "",
      "— The Associated Press", "",
      "3:40 p.m.", "Riverbend church ships blankets to Kharkiv", "",
      "Volunteers at a downtown church loaded 600 blankets onto a truck bound for shelters in the Kharkiv region.", "",
      "— Dana Whitlock, Sentinel staff", "",
    ].join("\n"));
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-08-20T12:20:00Z", "The Associated Press"],
      ["2023-08-20T15:10:00Z", "The Associated Press"],
      ["2023-08-20T20:40:00Z", "Dana Whitlock"],
    ]);
  });
});

describe("bylines with the outlet's words after the names (eval/cu)", () => {
  it("keeps the names of 'By JANE DOE and JOHN ROE Associated Press' and 'By Jane Doe Staff Writer'", async () => {
    const { bylineAuthor } = await import("../src/parse/text-post.ts");
    expect(bylineAuthor("By SAMIR HADDAD and VIRA STOIKO Associated Press")).toBe("SAMIR HADDAD and VIRA STOIKO");
    expect(bylineAuthor("By Valeria Cantú Staff Writer")).toBe("Valeria Cantú");
    // (the outlet's name between them stays out too)
    expect(bylineAuthor("By Mara Lindqvist Journal staff writer")).toBe("Mara Lindqvist");
    // (eval/da: a labelled byline of a live page)
    expect(bylineAuthor("Live reporting: Nadiia Horobets and Oliver Strand")).toBe("Nadiia Horobets and Oliver Strand");
  });
});

describe("a roundup's sign-offs in a 'credit' box (eval/cu)", () => {
  it("keeps '<p class=credit>— Associated Press</p>' under each section as that section's author", () => {
    const ld = {
      "@context": "https://schema.org", "@type": "NewsArticle", headline: "World roundup: talks, drones and a border bridge",
      datePublished: "2025-02-10T05:30:00-06:00", author: [{ "@type": "Organization", name: "Border City Times" }],
      publisher: { "@type": "Organization", name: "Border City Times" },
    };
    const html = `<!doctype html><html><head><title>World roundup | Border City Times</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main>
<h1>World roundup: talks, drones and a border bridge</h1>
<div class="byline">From staff and wire reports</div>
<figure><img src="/a.jpg" alt=""><figcaption>A ship at the quay. <span class="credit">Photo: Ivan Petrov/AP</span></figcaption></figure>
<div class="body">
<h2>Kyiv offers to discuss a swap of occupied land</h2>
<p>KYIV, Ukraine — Ukraine's president said Kyiv could trade land it holds in Russia's Kursk region for occupied Ukrainian territory if talks begin.</p>
<p class="credit">— Associated Press</p>
<h2>Drones damage warehouses at Odesa port</h2>
<p>ODESA, Ukraine — A drone attack overnight damaged grain warehouses at the port and injured one worker, the governor said.</p>
<p class="credit">— Associated Press</p>
<h2>Truck traffic steady at city bridges</h2>
<p>BORDER CITY — Truck crossings at the trade bridge held steady over the weekend as importers waited for a decision on tariffs.</p>
<p class="credit">— Lucia Ortega, Border City Times</p>
</div></main></body></html>`;
    const doc = parse(html);
    expect(doc.entries.map((e) => [e.headline, e.author, e.body.length])).toEqual([
      ["Kyiv offers to discuss a swap of occupied land", "Associated Press", 1],
      ["Drones damage warehouses at Odesa port", "Associated Press", 1],
      ["Truck traffic steady at city bridges", "Lucia Ortega", 1],
    ]);
  });
});

describe("a wire story whose metadata credits only the wire (eval/cv)", () => {
  it("credits the reporters the printed byline names ('By JANE DOE and JOHN ROE Associated Press')", () => {
    const ld = {
      "@context": "https://schema.org", "@type": "NewsArticle", headline: "Generals agree to keep defending the city",
      datePublished: "2023-03-06T16:45:00-06:00", author: { "@type": "Person", name: "Associated Press" },
    };
    const html = `<!doctype html><html><head><title>Generals agree to keep defending the city | Prairie Messenger</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>
<h1>Generals agree to keep defending the city</h1>
<div class="entry-content">
<p class="byline">By ANNA VOLKOVA and PETER LINDQVIST Associated Press</p>
<p>KYIV, Ukraine (AP) — Ukraine's president and his generals agreed on Monday to keep defending the eastern city rather than withdraw, his office said.</p>
<p>Analysts say the battle has cost both armies heavily over the past months.</p>
</div></article></body></html>`;
    expect(parse(html).entries.map((e) => e.author)).toEqual(["ANNA VOLKOVA and PETER LINDQVIST"]);
  });

  it("keeps the metadata's person over a printed byline", () => {
    const ld = {
      "@context": "https://schema.org", "@type": "NewsArticle", headline: "Generals agree to keep defending the city",
      datePublished: "2023-03-06T16:45:00-06:00", author: { "@type": "Person", name: "Maria Hale" },
    };
    const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>
<h1>Generals agree to keep defending the city</h1>
<p class="byline">By Maria Hale and Tom Reyes</p>
<p>KYIV, Ukraine — Ukraine's president and his generals agreed on Monday to keep defending the eastern city rather than withdraw, his office said.</p>
</article></body></html>`;
    expect(parse(html).entries.map((e) => e.author)).toEqual(["Maria Hale"]);
  });
});

describe("a key-points box over stamps that print their headline on the same line (eval/cu)", () => {
  it("flags the updates the box lists ('• Headline' over '21:40 | Headline')", () => {
    const doc = parse([
      "THE HARBOUR COURIER", "World | Ukraine | Europe", "",
      "Ukraine live: toll rises in Kharkiv; envoy heads to Moscow", "Sunday 30 March 2025", "Times are Kyiv time", "",
      "Key Points", "• Kharkiv toll rises to four after night attack", "• Envoy to meet Kremlin officials on Monday", "",
      "Latest", "",
      "21:40 | Kharkiv toll rises to four after night attack", "",
      "A fourth person died in hospital after the overnight drone attack on Kharkiv, the regional governor said.", "",
      "— Olena Marchenko", "",
      "19:15 | Envoy to meet Kremlin officials on Monday", "",
      "The US envoy will travel to Moscow on Monday for talks with Kremlin officials, the White House said.", "",
      "— Daniel Ferris", "",
      "16:30 | Rail line to Sumy reopens", "",
      "Trains between Kyiv and Sumy ran again on Sunday after repairs to a damaged bridge, the railway said.", "",
      "— Daniel Ferris", "",
    ].join("\n"));
    expect(doc.entries.map((e) => [e.headline, e.keyPoint])).toEqual([
      ["Kharkiv toll rises to four after night attack", true],
      ["Envoy to meet Kremlin officials on Monday", true],
      ["Rail line to Sumy reopens", false],
    ]);
  });
});

describe("a tagline naming the region a paper serves (eval/cw)", () => {
  const page = (tagline: string) => parse([
    "Skip to content", "", "The Bayou Ledger", tagline, "", "Subscribe | e-Edition | Log In", "",
    "Nation & World", "",
    "Russian commander says Moscow wants all of southern Ukraine", "Published 1:58 pm Friday, April 22, 2022", "By Associated Press", "",
    "A senior Russian officer said Friday that Moscow's campaign aims to take full control of southern Ukraine.", "",
    "Read More", "",
    "UN chief to visit Moscow, then Kyiv", "Published 11:20 am Friday, April 22, 2022", "By Associated Press", "",
    "The UN secretary-general will meet Russia's president in Moscow on Tuesday and then travel on to Kyiv, his spokesman said.", "",
    "Read More", "",
  ].join("\n"));

  it("reads 'Serving Southwest Louisiana since 1895' as Louisiana's clock", () => {
    expect(page("Serving Southwest Louisiana since 1895").entries.map((e) => e.published)).toEqual(["2022-04-22T18:58:00Z", "2022-04-22T16:20:00Z"]);
  });

  it("names no place in a tagline that is a headline ('Leaders meet in Ankara')", () => {
    expect(page("Leaders meet in Ankara").warnings.join(" ")).not.toMatch(/Istanbul/);
  });
});

describe("a wire roundup's closing lines on a paper's page (eval/cw)", () => {
  it("reads 'More of the AP's reporting …: https://…' and the copyright line as no item", () => {
    const html = `<!doctype html><html><head><title>The latest on the war | Gulf Coast Ledger</title></head><body><article>
<h1>The latest on the war</h1>
<p class="byline">By The Associated Press</p>
<div class="body">
<p>The latest on the Russia-Ukraine war:</p>
<p>MOSCOW — Russia's president ordered the country's nuclear forces onto a higher state of alert on Sunday, citing hostile statements from the West.</p>
<p>___</p>
<p>KYIV, Ukraine — Ukraine agreed to send a delegation to meet Russian officials on the Belarusian border, the president's office said.</p>
<p>___</p>
<p>BERLIN — Germany's chancellor told parliament the country would set up a special fund to modernise its armed forces.</p>
<p>___</p>
<p>More of the AP's reporting on the war in Ukraine: https://example.org/hub/ukraine</p>
</div>
<p class="copyright">Copyright 2022 The Associated Press. All rights reserved.</p>
</article></body></html>`;
    const bodies = parse(html).entries.map((e) => e.body.join(" "));
    expect(bodies).toHaveLength(3);
    expect(bodies.join(" ")).not.toMatch(/reporting on the war|All rights reserved/);
  });
});

describe("a zone stated under a head that prints its own time bare (eval/cx)", () => {
  it("reads 'Updated March 13, 2023 6:52 PM' on the paper's clock and the updates on the stated one", () => {
    const doc = parse([
      "Skip to main content", "Chattahoochee Ledger", "Columbus, Georgia", "", "Local  Sports  Opinion", "",
      "The Latest: grain deal talks as Bakhmut fighting goes on", "", "By The Associated Press", "Updated March 13, 2023 6:52 PM", "",
      "The latest on Russia's war in Ukraine. All times are Kyiv local time (GMT+2).", "",
      "12:40 a.m.", "", "KYIV, Ukraine — Air raid alerts sounded across eastern regions shortly after midnight, officials said.", "",
      "___", "",
      "11:15 p.m.", "", "GENEVA — Russia said it would agree to extend the grain deal for 60 days, not the 120 days that Ukraine wants.", "",
      "___", "",
      "8:30 p.m.", "", "BAKHMUT, Ukraine — Ukraine's army said its troops repelled more than 100 attacks around Bakhmut over the past day.", "",
    ].join("\n"));
    // 6:52 PM in Georgia is 22:52Z, 00:52 on March 14 in Kyiv: the 12:40 a.m. update is March 14's
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-03-13T22:40:00Z", "2023-03-13T21:15:00Z", "2023-03-13T18:30:00Z"]);
  });
});

describe("wire bylines in capitals on paper sites (eval/cx, eval/cy)", () => {
  it("reads 'by JANE DOE Associated Press | September 22, 2025 2:30 PM' as a stamp by Jane Doe, and 'Coeur d'Alene Press' as a town's paper", () => {
    const doc = parse([
      "Skip to main content", "Coeur d'Alene Press", "Subscribe  Login", "", "News  Nation/World  Sports  Opinion", "",
      "Nation/World", "",
      "Zelenskyy arrives in New York for UN week", "by JILLIAN MORROW Associated Press | September 22, 2025 2:30 PM", "",
      "Ukraine's president landed in New York on Monday for the yearly gathering of world leaders at the United Nations.", "",
      "Drones near Copenhagen airport halt flights", "by KARIN LUNDGAARD Associated Press | September 22, 2025 12:10 PM", "",
      "Copenhagen's airport stopped all flights for several hours on Monday evening after drones were seen nearby, police said.", "",
    ].join("\n"));
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2025-09-22T21:30:00Z", "JILLIAN MORROW"], ["2025-09-22T19:10:00Z", "KARIN LUNDGAARD"],
    ]);
  });

  it("reads an HTML card's 'By JANE DOE and JOHN ROE Associated Press' as the two reporters", () => {
    expect(bylineName("By SYLVIE CORMAN and KEN MARLOWE Associated Press")).toBe("SYLVIE CORMAN and KEN MARLOWE");
  });
});

describe("'all times local' in a lede that names the place (eval/cy)", () => {
  it("reads the updates on the clock of the town the lede names ('The Latest on the Munich Security Conference … (all times local)')", () => {
    const doc = parse([
      "Skip to main content", "Wasatch Examiner", "Ogden, UT (84401)", "", "World",
      "The Latest: Europe asks for a seat at the table as the Munich meeting ends", "", "By The Associated Press", "Feb 16, 2025", "",
      "The Latest on the Munich Security Conference and Russia's war in Ukraine (all times local):", "",
      "6:05 p.m.", "", "France's president will host European leaders in Paris on Monday for emergency talks on Ukraine.", "",
      "___", "",
      "4:40 p.m.", "", "Poland's prime minister said Europe needs its own plan for Ukraine now rather than waiting for Washington.", "",
      "___", "",
      "11:30 a.m.", "", "Ukraine's president told the conference that Europe must build its own army.", "",
    ].join("\n"));
    expect(doc.entries.map((e) => e.published)).toEqual(["2025-02-16T17:05:00Z", "2025-02-16T15:40:00Z", "2025-02-16T10:30:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Europe\/Berlin.*Munich/);
  });
});

describe("a tagline naming the town and state in the agencies' style (eval/cx)", () => {
  it("reads 'Orangeburg, S.C.' as South Carolina's clock, though the town is too small for the gazetteer", () => {
    const doc = parse([
      "Skip to main content", "The Palmetto Democrat", "Orangeburg, S.C.", "", "Subscribe  Log In", "",
      "Nation & World", "",
      "World briefs: assault on Avdiivka goes on", "", "The Associated Press", "Posted: Monday, October 16, 2023 5:47 pm", "",
      "KYIV, Ukraine (AP) — Russian forces kept up their assault on the eastern town of Avdiivka for a sixth day, Ukraine's army said.", "",
      "MOSCOW (AP) — Russia's defense ministry said it downed 27 drones over Crimea and the Black Sea overnight.", "",
      "BEIJING (AP) — Russia's president arrived in Beijing for a forum on China's global infrastructure plan.", "",
    ].join("\n"));
    expect(doc.entries.map((e) => e.published)).toEqual(Array(3).fill("2023-10-16T21:47:00Z"));
  });
});

describe("stamps with day and month but no year, German style (eval/cx)", () => {
  it("reads '27.03. 08:10' over each headline as that post's time, in the year --date gives", () => {
    const doc = parse([
      "THE ALDERBROOK COURIER", "Live | Europe | Ukraine", "",
      "Live: Ukraine on Monday", "By Halyna Mirna", "",
      "Our live coverage of the war in Ukraine. Times are Kyiv time.", "",
      "27.03. 08:10", "Commander says the assault on Bakhmut has stalled", "",
      "Russia's attempt to take the city has lost momentum, the commander of Ukraine's ground forces said.", "",
      "27.03. 11:25", "Missiles hit central Sloviansk", "",
      "Two missiles struck the centre of Sloviansk late in the morning, killing one person, the governor said.", "",
      "27.03. 15:30", "First Challenger tanks arrive in Ukraine", "",
      "The first British-made tanks have reached Ukraine, the defence minister said.", "",
    ].join("\n"), { date: "2023-03-27" });
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Commander says the assault on Bakhmut has stalled", "2023-03-27T05:10:00Z"],
      ["Missiles hit central Sloviansk", "2023-03-27T08:25:00Z"],
      ["First Challenger tanks arrive in Ukraine", "2023-03-27T12:30:00Z"],
    ]);
  });
});

describe("a zone closing a lede's sentence without 'All times' (eval/cx)", () => {
  it("reads '… as it comes in. Kyiv time.' as the page's zone", () => {
    expect(statedZone("Short news from Ukraine as it comes in. Kyiv time.")).toBe("Europe/Kyiv");
    expect(statedZone("The attack came at night. Local time.")).toBeNull();
  });
});

describe("a paywall's pitch between posts (eval/cy)", () => {
  it("reads 'Enjoying our coverage? Get unlimited access for 99 cents.' as furniture, so the sign-off above it credits the post", () => {
    const doc = parse([
      "Ridgeline Tribune", "News  Sports  Opinion", "",
      "Live updates: Ukraine and Russia swap prisoners", "", "Times are Eastern.", "",
      "Ukraine, Russia swap 120 POWs each", "9:40 a.m. ET", "",
      "Ukraine and Russia each released 120 prisoners of war on Sunday in a swap brokered by the Emirates, officials said.", "",
      "— Marcus Adeyemi", "",
      "Enjoying our coverage? Get unlimited access for 99 cents.", "",
      "Russia says its troops advanced near Kupiansk", "11:25 a.m. ET", "",
      "Russia's defense ministry claimed its forces had pushed Ukrainian units out of a village near Kupiansk.", "",
      "— Dana Whitfield", "",
    ].join("\n"));
    expect(doc.entries.map((e) => [e.author, e.body.length])).toEqual([["Marcus Adeyemi", 1], ["Dana Whitfield", 1]]);
  });
});

describe("cards whose byline box is their stamp (eval/da)", () => {
  it("keeps '<p class=byline>by Jane Doe | June 9, 2024 at 1:30 p.m.</p>' as each card's stamp and author", () => {
    const card = (title: string, by: string, text: string) => `<article class="story-card"><h2><a href="/x">${title}</a></h2>
<p class="story-card__byline">by ${by}</p><p class="story-card__summary">${text}</p></article>`;
    const html = `<!doctype html><html><head><title>World | Hot Springs Sentinel</title><meta property="og:site_name" content="Hot Springs Sentinel"></head><body>
<header><a class="logo" href="/">Hot Springs Sentinel</a></header>
<main><h1>World</h1><div class="story-list">
${card("Zelenskyy says 100 delegations will attend summit", "Ruth Callan | June 9, 2024 at 1:30 p.m.", "Ukraine's president said more than 100 delegations have confirmed they will attend the peace summit in Switzerland.")}
${card("Glide bombs kill two in Kharkiv region village", "The Associated Press | June 9, 2024 at 10:05 a.m.", "Two people were killed when Russian aircraft dropped guided bombs on a village in the Kharkiv region, officials said.")}
${card("New U.S. package centers on air defense", "Ruth Callan | June 8, 2024 at 11:20 p.m.", "The latest American weapons package for Ukraine includes interceptors for air-defense systems, officials said.")}
</div></main></body></html>`;
    expect(parse(html).entries.map((e) => [e.published, e.author])).toEqual([
      ["2024-06-09T18:30:00Z", "Ruth Callan"], ["2024-06-09T15:05:00Z", "The Associated Press"], ["2024-06-09T04:20:00Z", "Ruth Callan"],
    ]);
  });
});

describe("an Atom feed's author with the wire after the name (eval/da)", () => {
  it("reads '<author><name>By JANE DOE Associated Press</name></author>' as the reporter", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World | Delta Sun</title>
<entry><title>Drones hit Kharkiv overnight</title><id>tag:x,2024:1</id><updated>2024-11-09T14:20:00-06:00</updated>
<author><name>By ILSE VERNA Associated Press</name></author><summary>Russian drones struck Kharkiv overnight, wounding three people, the mayor said.</summary></entry>
</feed>`;
    expect(parse(xml).entries.map((e) => e.author)).toEqual(["ILSE VERNA"]);
  });
});

describe("a card's credit naming whom the reporter writes for (eval/da)", () => {
  it("reads 'by Jane Doe of The Associated Press | Today at 12:10 p.m.' as a stamp by Jane Doe", () => {
    const stamp = matchStamp("by Gideon Marr of The Associated Press | Today at 12:10 p.m.", 0);
    expect([stamp?.author, stamp?.minutes, stamp?.back]).toEqual(["Gideon Marr", 730, 0]);
  });
});

describe("a wire's 'what to know' round-up with headlines in capitals (eval/cw, eval/cz)", () => {
  it("reads each capitals heading as an item's headline, and neither the photo caption nor the lede as an item", () => {
    const doc = parse([
      "The Bluff City Democrat", "News  Sports  Opinion", "",
      "Russia-Ukraine war: What to know on Thursday", "", "By Associated Press", "Published 1:35 pm Thursday, March 31, 2022", "",
      "A man walks past a shelled school in Kharkiv. (AP Photo)", "",
      "Russian troops have begun pulling back from areas north of Kyiv, but Ukrainian officials warned they were regrouping.", "",
      "Here is what to know about the war:", "",
      "TROOPS LEAVE CHORNOBYL", "",
      "Most Russian troops have left the Chornobyl nuclear plant, Ukraine's nuclear company said.", "",
      "The company said soldiers had dug trenches in the contaminated forest around the plant.", "",
      "PUTIN WANTS RUBLES FOR GAS", "",
      "Russia's president signed a decree saying buyers from unfriendly countries must pay for gas in rubles.", "",
      "MARIUPOL EVACUATION PLANNED", "",
      "The Red Cross said it was ready to lead a convoy of buses out of Mariupol on Friday.", "",
    ].join("\n"));
    expect(doc.entries.map((e) => [e.headline, e.body.length])).toEqual([
      ["TROOPS LEAVE CHORNOBYL", 2], ["PUTIN WANTS RUBLES FOR GAS", 1], ["MARIUPOL EVACUATION PLANNED", 1],
    ]);
  });
});

describe("the furniture under a news-in-brief page (eval/da)", () => {
  it("reads 'Print Headline: …', 'Sponsor Content', 'Comments on: …' and the comment box's prompt as no item", () => {
    const doc = parse([
      "River Valley Gazette", "News  Sports  Opinion", "",
      "World in brief", "", "Compiled by Gazette Staff From Wire Reports", "July 25, 2024 at 2:09 a.m.", "",
      "Drones hit airfield in southern Russia", "",
      "KYIV, Ukraine -- Ukrainian drones attacked a military airfield in Russia's Rostov region overnight, a security official said.", "",
      "Opposition rallies before vote", "",
      "CARACAS, Venezuela -- Tens of thousands of opposition supporters marched across the country four days before the election.", "",
      "Print Headline: Drones hit Russian airfield", "",
      "Sponsor Content", "",
      "Comments on: World in brief", "",
      "To join the conversation, please log in. Not a subscriber? Subscribe now.", "",
    ].join("\n"));
    expect(doc.entries.map((e) => e.headline)).toEqual(["Drones hit airfield in southern Russia", "Opposition rallies before vote"]);
    expect(doc.entries.flatMap((e) => e.body).join(" ")).not.toMatch(/Print Headline|conversation/);
  });
});

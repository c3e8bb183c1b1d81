// Forms met on the eval pages in session 40 (own pages, own words): each test failed on the session's starting code.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const text = (lines: string[]) => lines.join("\n");

describe("stamps in another language's words (eval/cl)", () => {
  it("reads 'Stand: 30.09.2025, 10:20 Uhr' under each headline as that post's time, and 'Von …' as its author", () => {
    const doc = parse(text([
      "Elmsworth Review", "Berlin · English edition", "", "Startseite › Ukraine › Liveblog", "",
      "Live: the war in Ukraine on Tuesday", "",
      "Drones hit a depot near Poltava", "Stand: 30.09.2025, 09:05 Uhr", "Von Clara Wendt", "",
      "A fuel depot outside Poltava caught fire after a drone attack overnight, the regional governor said.", "",
      "Ministers in Brussels discuss air defence", "Stand: 30.09.2025, 12:40 Uhr", "Von Tobias Ried", "",
      "Defence ministers met in Brussels to discuss how to share air-defence systems along the eastern border.", "",
      "Rail link to Kharkiv reopens", "Stand: 30.09.2025, 15:10 Uhr", "Von Clara Wendt", "",
      "Trains between Kyiv and Kharkiv ran again on Tuesday afternoon after repairs to a damaged bridge, the railway said.", "",
      "Impressum · Datenschutz",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Drones hit a depot near Poltava", "2025-09-30T07:05:00Z", "Clara Wendt"],
      ["Ministers in Brussels discuss air defence", "2025-09-30T10:40:00Z", "Tobias Ried"],
      ["Rail link to Kharkiv reopens", "2025-09-30T13:10:00Z", "Clara Wendt"],
    ]);
  });
});

describe("a credit row under each story (eval/cm)", () => {
  it("reads 'Reuters | Kyiv | Published 05.06.22, 04:20 AM' as the story's wire, place and time (a year of two digits)", () => {
    const doc = parse(text([
      "The Harbour Courier", "Home  India  World  Opinion  Business  Sports", "", "Home / Topic / Ukraine", "",
      "Ukraine", "Latest news on the war in Ukraine", "",
      "Mayor says Sievierodonetsk still contested", "",
      "The city's mayor said on Saturday that Ukrainian troops still held its industrial zone after a week of street fighting.", "",
      "Reuters  |  Kyiv  |  Published 05.06.22, 04:20 AM", "",
      "Students back from Ukraine ask for college places", "",
      "About 40 medical students who left Ukraine in March asked the state health department on Saturday for places in local colleges.", "",
      "Staff Reporter  |  Kolkata  |  Published 04.06.22, 07:30 PM", "",
      "Grain ships wait off Odesa", "",
      "Dozens of ships loaded with grain were still waiting outside Ukrainian ports on Saturday, shipping data showed.", "",
      "AFP  |  Odesa  |  Published 04.06.22, 11:05 AM", "",
      "Gas sites near Poltava hit", "",
      "Missiles struck two gas production sites in the Poltava region on Friday night, the state energy company said.", "",
      "KNS  |  New Delhi  |  Published 04.06.22, 09:10 AM", "",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Mayor says Sievierodonetsk still contested", "2022-06-04T22:50:00Z", "Reuters"],
      ["Students back from Ukraine ask for college places", "2022-06-04T14:00:00Z", "Staff Reporter"],
      ["Grain ships wait off Odesa", "2022-06-04T05:35:00Z", "AFP"],
      // (a news service by its initials)
      ["Gas sites near Poltava hit", "2022-06-04T03:40:00Z", "KNS"],
    ]);
  });
});

describe("a live page's head (eval/cm)", () => {
  it("reads a desk credited under the title ('KRN Web Desk') as every update's author, and 'Key Highlights' as the key points", () => {
    const doc = parse(text([
      "Kestrel Ridge News", "Latest News  India  World  Business  Sports  E-Paper", "", "Home / World", "",
      "Russia-Ukraine War Live Updates, June 25: withdrawal from Sievierodonetsk; missiles hit Chernihiv region",
      "KRN Web Desk", "Follow us on  Google News", "",
      "Key Highlights", "• Missiles from Belarus hit a village near Chernihiv", "• Ukrainian units leave Sievierodonetsk", "",
      "Live Updates", "",
      "9:55 PM IST", "Air force downs four cruise missiles over the west", "",
      "Ukraine's air force said it destroyed four cruise missiles over western regions on Saturday evening.", "",
      "4:10 PM IST", "Missiles from Belarus hit a village near Chernihiv", "",
      "About 20 rockets were fired from Belarus at a village in the Chernihiv region early on Saturday, the northern command said.", "",
      "1:30 PM IST", "Ukrainian units leave Sievierodonetsk", "",
      "Ukrainian forces finished their withdrawal from Sievierodonetsk, the regional governor said.", "",
    ]), { date: "2022-06-25" });
    expect(doc.entries.map((e) => [e.headline, e.author, Boolean(e.keyPoint)])).toEqual([
      ["Air force downs four cruise missiles over the west", "KRN Web Desk", false],
      ["Missiles from Belarus hit a village near Chernihiv", "KRN Web Desk", true],
      ["Ukrainian units leave Sievierodonetsk", "KRN Web Desk", true],
    ]);
  });
});

describe("a briefing's crossheads (eval/cm)", () => {
  it("reads crossheads all written 'Place: what happened' as sections, the intro above them left out", () => {
    const doc = parse(text([
      "Marrowby Tribune", "Home  Ukraine  World  Opinion", "",
      "Sunday briefing: Odesa port burns as Kherson counts its dead", "By Ilse Varga", "14 August 2022, 21:30 Kyiv time", "",
      "Here is how the war went on Sunday.", "",
      "Odesa: grain terminal on fire", "",
      "A fire broke out at a grain terminal in Odesa's port after a drone strike before dawn, the regional administration said.", "",
      "Crews had it under control by midday.", "",
      "Kherson: two killed by shelling", "",
      "Two people died when shells hit a bus stop in Kherson on Sunday afternoon, the city's military administration said.", "",
      "Read more: our full coverage of the war", "",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.body[0]])).toEqual([
      ["Odesa: grain terminal on fire", "A fire broke out at a grain terminal in Odesa's port after a drone strike before dawn, the regional administration said."],
      ["Kherson: two killed by shelling", "Two people died when shells hit a bus stop in Kherson on Sunday afternoon, the city's military administration said."],
    ]);
  });
});

describe("an app's promo box between a listing's stories (eval/cl)", () => {
  it("leaves out 'Take Us With You' / '… right on your phone.' / 'EXAMPLE HERALD APP →' from the next story", () => {
    const doc = parse(text([
      "Larkspur Herald", "Local  Politics  Sports  Nation & World", "",
      "WORLD", "Kremlin dismisses talk of a ceasefire by winter", "",
      "The Kremlin said on Wednesday that talk of a ceasefire before winter had no basis, as fighting continued in the east.", "",
      "The Associated Press", "September 24, 2025 12:05 PM", "",
      "ADVERTISEMENT", "",
      "Take Us With You", "Local news and breaking alerts from Larkspur County, right on your phone.", "LARKSPUR HERALD APP →", "VIEW NEWSLETTERS →", "",
      "WORLD", "Poland closes two border crossings with Belarus", "",
      "Poland shut two crossings on its border with Belarus on Wednesday, citing security concerns ahead of military drills.", "",
      "The Associated Press", "September 24, 2025 9:15 AM", "",
      "WORLD", "Ukraine reports drone strike on Russian oil depot", "",
      "Ukraine's military said its drones hit an oil depot in Russia's Bryansk region overnight, starting a fire.", "",
      "The Associated Press", "September 24, 2025 8:40 AM", "",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.body[0]?.slice(0, 30)])).toEqual([
      ["Kremlin dismisses talk of a ceasefire by winter", "The Kremlin said on Wednesday "],
      ["Poland closes two border crossings with Belarus", "Poland shut two crossings on i"],
      ["Ukraine reports drone strike on Russian oil depot", "Ukraine's military said its dr"],
    ]);
  });
});

describe("a byline labelled in the site's own language (eval/cl)", () => {
  it("reads 'Teksti: Jane Doe' over 'Julkaistu 30.9.2025 klo 22.40' as the article's author and time", () => {
    const doc = parse(text([
      "KORPILAHTI POST", "Uutiset › Ulkomaat › In English", "",
      "Finland to join the EU's eastern drone shield", "",
      "Teksti: Aino Lehtola", "Julkaistu 30.9.2025 klo 22.40", "",
      "Finland will take part in a network of radars and interceptors along the EU's eastern border, its defence minister told colleagues on Tuesday.", "",
      "He said the country's long border with Russia gave it experience others could use.", "",
      "Jaa artikkeli",
    ]));
    expect(doc.entries.map((e) => [e.author, e.published])).toEqual([["Aino Lehtola", "2025-09-30T19:40:00Z"]]);
  });
});

describe("'Originally Published' (eval/cn)", () => {
  it("reads 'Originally Published: January 2, 2025 10:55 a.m.' under each card as its stamp", () => {
    const doc = parse(text([
      "The Mesa Ridge Courier", "Mesa Ridge, Arizona", "", "News  Sports  Obituaries  Opinion", "", "Nation & World", "",
      "Slovakia threatens to halt power exports to Ukraine", "Originally Published: January 2, 2025 10:55 a.m.", "By Ana Duric | Associated Press", "",
      "Slovakia's prime minister said his government could stop backup electricity supplies to Ukraine in a dispute over gas transit.", "",
      "Read more »", "",
      "Moscow says it took a village near Kurakhove", "Originally Published: January 2, 2025 7:20 a.m.", "By Petro Hryn | Associated Press", "",
      "Russia's Defense Ministry said its troops had captured a village west of Kurakhove, which Ukraine did not confirm.", "",
      "Read more »", "",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.published])).toEqual([
      ["Slovakia threatens to halt power exports to Ukraine", "2025-01-02T17:55:00Z"],
      ["Moscow says it took a village near Kurakhove", "2025-01-02T14:20:00Z"],
    ]);
  });

  it("still reads a live page's 'Originally Published' foot, repeating its head's time, as the page's, not an update", () => {
    const doc = parse(text([
      "The Foothill Post", "News  Sports  Politics", "",
      "The Latest: Kyiv seeks support abroad", "", "Author", "By The Associated Press",
      "PUBLISHED: December 10, 2023 at 12:14 a.m. | UPDATED: December 10, 2023 at 3:36 p.m.", "",
      "KYIV, Ukraine (AP) — The latest developments in Russia's war in Ukraine (all times local):", "",
      "3:30 p.m.", "", "Ukraine's air force said it shot down most of the drones Russia launched overnight at the south of the country.", "",
      "9:05 a.m.", "", "Ukraine's military said its marines were holding positions on the left bank of the Dnieper near Krynky.", "",
      "Originally Published: December 10, 2023 at 12:14 a.m.", "", "Tags:", "Russia-Ukraine War",
    ]));
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-12-10T13:30:00Z", "2023-12-10T07:05:00Z"]);
  });
});

describe("dates in Spanish words (eval/co)", () => {
  it("reads 'AFP martes 2 de mayo de 2023 · 18:30 hrs.' as the wire and the time, 'de' between the date's parts", () => {
    const doc = parse(text([
      "The Valparaíso Ledger", "Inicio  Chile  Mundo  Economía", "", "Mundo", "",
      "Kyiv says air defences downed most drones overnight", "AFP martes 2 de mayo de 2023 · 18:30 hrs.", "",
      "Ukraine's air force said it destroyed most of the drones Russia launched overnight, mostly over the south.", "",
      "Chile sends demining experts to Ukraine", "Reuters martes 2 de mayo de 2023 · 14:05 hrs.", "",
      "Chile's government said it would send a small team of army demining experts to train Ukrainian sappers.", "",
      "Parliament debates new pension bill", "Ledger Staff martes 2 de mayo de 2023 · 09:15 hrs.", "",
      "Lawmakers opened a debate on the government's pension reform on Tuesday.", "",
    ]));
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-05-02T22:30:00Z", "AFP"], ["2023-05-02T18:05:00Z", "Reuters"], ["2023-05-02T13:15:00Z", "Ledger Staff"],
    ]);
  });

  it("reads 'Publicado el 2 de mayo de 2023 a las 14:05' as a published date and time", async () => {
    const { englishDateWords } = await import("../src/parse/date-words.ts");
    expect(englishDateWords("Publicado el 2 de mayo de 2023 a las 14:05")).toBe("Published 2 May 2023 14:05");
  });
});

describe("a page's clock over aged cards (eval/co)", () => {
  it("reads 'Thursday, April 13, 2023 | 9:48 PM' atop the page as what 'Associated Press  |  2 hours ago' counts back from", () => {
    const doc = parse(text([
      "Thursday, April 13, 2023 | 9:48 PM", "The Castries Courier", "", "Home  News  Local  Regional  International  Sports", "",
      "BREAKING: Harbour road closed for repairs", "", "International", "",
      "Airman arrested over leaked war documents", "Associated Press  |  2 hours ago", "",
      "Federal agents arrested a member of the Air National Guard over the leak of classified documents about the war in Ukraine.", "",
      "Read More »", "",
      "Lula presses for a peace club in Beijing", "Reuters  |  5 hours ago", "",
      "Brazil's president arrived in China saying he would ask Beijing to join countries willing to mediate between Russia and Ukraine.", "",
      "Read More »", "",
    ]));
    // (the page names no home the reader knows: its clock is read in UTC)
    expect(doc.entries.map((e) => [e.headline, e.published, e.author])).toEqual([
      ["Airman arrested over leaked war documents", "2023-04-13T19:48:00Z", "Associated Press"],
      ["Lula presses for a peace club in Beijing", "2023-04-13T16:48:00Z", "Reuters"],
    ]);
  });
});

describe("a blog's label page (eval/co)", () => {
  it("reads 'Posted by X at 6:20 PM' under each post as its stamp, the post's footer and the platform's credit left out", () => {
    const doc = parse(text([
      "Isthmus Notes", "English news from the canal city, since 2010", "", "Home   Local   World   Contact", "",
      "Showing posts with label World. Show all posts", "", "Wednesday, May 10, 2023", "",
      "Wagner chief says army units are leaving Bakhmut's flanks", "",
      "The head of the Wagner group accused regular army units of abandoning positions on the edges of Bakhmut.", "",
      "Posted by Isthmus Notes at 6:20 PM", "No comments:", "Email ThisBlogThis!Share to TwitterShare to Facebook", "Labels: Ukraine, World", "",
      "Canal limits ship drafts as lake levels fall", "",
      "The canal authority set new limits on how deep ships may sit in the water, citing low lake levels.", "",
      "Posted by Isthmus Notes at 1:05 PM", "2 comments:", "Email ThisBlogThis!Share to TwitterShare to Facebook", "Labels: Canal, World", "",
      "EU discusses penalties for sanctions dodging", "",
      "European Union governments began discussing new measures against companies that help Russia evade sanctions.", "",
      "Posted by Isthmus Notes at 10:30 AM", "No comments:", "Email ThisBlogThis!Share to TwitterShare to Facebook", "Labels: Ukraine, World", "",
      "Newer Posts Home Older Posts", "Subscribe to: Posts (Atom)", "", "Powered by Blogger.",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.published?.slice(11, 16), e.body.length])).toEqual([
      ["Wagner chief says army units are leaving Bakhmut's flanks", "18:20", 1],
      ["Canal limits ship drafts as lake levels fall", "13:05", 1],
      ["EU discusses penalties for sanctions dodging", "10:30", 1],
    ]);
  });
});

describe("an AP timeline on a paper far from Kyiv (eval/co, eval/ck)", () => {
  it("reads 'All times Kyiv.' closing the lede, and dates the top stamp past Kyiv's midnight by the page's machine edit time", () => {
    const doc = parse([
      "<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8"><title>The Latest: Allies prepare new arms pledges | The Coral Harbour Post</title>',
      '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The Latest: Allies prepare new arms pledges", ' +
        '"datePublished": "2023-01-19T02:15:00-05:00", "dateModified": "2023-01-19T17:52:00-05:00", "author": {"@type": "Organization", "name": "The Associated Press"}}</script></head>',
      '<body><header><a class="logo" href="/">The Coral Harbour Post</a></header><main><article>',
      '<h1>The Latest: Allies prepare new arms pledges</h1><div class="byline">By The Associated Press</div>',
      '<div class="dates"><span>Updated Jan 19, 2023</span></div>',
      "<div class=\"story-body\"><p><em>Updates on the war in Ukraine from Associated Press journalists. All times Kyiv.</em></p>",
      "<p><strong>12:40 a.m.</strong></p><p>KYIV, Ukraine — The president said he expected allies meeting in Germany to take strong decisions on heavier weapons.</p>",
      "<p><strong>10:55 p.m.</strong></p><p>WASHINGTON — The Pentagon announced a new military aid package for Ukraine worth about $2.5 billion.</p>",
      "<p><strong>8:20 p.m.</strong></p><p>TALLINN, Estonia — Nine European countries pledged in a joint statement to send Ukraine more artillery.</p>",
      "</div></article></main></body></html>",
    ].join("\n"));
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-01-19T22:40:00Z", "2023-01-19T20:55:00Z", "2023-01-19T18:20:00Z"]);
  });
});

describe("a regional live page's head and last teaser (eval/cp)", () => {
  it("reads 'Jane Doe' over 'Live news reporter' as the page's byline, and keeps a last video teaser after a post's 'Related Articles' box", () => {
    const doc = parse(text([
      "FenlandLive", "News  Sport  What's On", "",
      "Russia Ukraine war live: shelling intensifies around Sloviansk", "",
      "Share", "", "Comments", "",
      "Mara Ellory", "Live news reporter", "08:00, 6 JUL 2022", "Updated00:40, 7 JUL 2022", "",
      "Show latest updates", "",
      "14:10", "Russian troops push towards Siversk", "",
      "Russian forces shelled Ukrainian positions around Siversk as they tried to advance west, the general staff said.", "",
      "Read More", "Related Articles", "Wisbech families host Ukrainian refugees", "Read More", "",
      "11:20", "Kremlin dismisses recovery plan", "",
      "Moscow dismissed the rebuilding plan agreed by Ukraine's allies at a conference in Switzerland.", "",
      "08:30", "Watch: Sirens sound over Kramatorsk at dawn", "", "Play video", "", "Load more", "",
      "Comments", "Join the conversation: read our community guidelines",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.author])).toEqual([
      ["Russian troops push towards Siversk", "Mara Ellory"],
      ["Kremlin dismisses recovery plan", "Mara Ellory"],
      ["Watch: Sirens sound over Kramatorsk at dawn", "Mara Ellory"],
    ]);
  });
});

describe("a briefing whose sections carry their own bylines (eval/cp)", () => {
  it("reads 'By PA News Agency' under a section's heading as its author, the first section kept, the comments' rules left out", () => {
    const doc = parse(text([
      "Chiltern Valley Press", "News  Sport  What's On", "", "News", "",
      "Evening briefing: coat appeal, road closures and the rest of Friday's news", "",
      "The stories you need to know about this evening.", "",
      "By Orla Pendry", "Digital reporter", "Share", "", "Published: 21st October 2022, 6:05pm", "",
      "Town centre at dusk (Image: Chiltern Valley Press)", "",
      "Winter coat appeal for Ukrainian families", "By Orla Pendry", "",
      "A charity is asking for donations of children's winter coats for Ukrainian families who arrived with summer clothes only.", "",
      "Zelensky warns of plan to blow up Kakhovka dam", "By PA News Agency", "",
      "Volodymyr Zelensky accused Russian forces of mining the Kakhovka dam and warned that blowing it up would flood dozens of towns.", "",
      "Comments: Our rules", "We want comments on our stories to be lively and useful. Please keep them civil and on topic.", "",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.author])).toEqual([
      ["Winter coat appeal for Ukrainian families", "Orla Pendry"],
      ["Zelensky warns of plan to blow up Kakhovka dam", "PA News Agency"],
    ]);
  });
});

describe("a page of wire briefs under a short title (eval/cq)", () => {
  it("reads each 'PLACE (AP) —' paragraph as a brief under 'Nation briefs' / 'From wire reports' / its date, the CMS's notices and the support box left out", () => {
    const doc = parse(text([
      "Skip to main content", "You are the owner of this article.", "Edit Article", "You have permission to edit this article.", "Edit", "Close", "",
      "Harbor Ledger", "Subscribe", "Log In", "", "Home", "News", "Sports", "Obituaries", "",
      "Nation & World", "", "Nation briefs", "", "From wire reports", "Feb 25, 2025 5:41 pm", "",
      "Facebook", "Twitter", "Email", "Print", "",
      "KYIV, Ukraine (AP) — Ukrainian officials said Tuesday they had agreed the terms of a minerals deal with the United States.", "",
      "MOSCOW (AP) — Russia's president said his country was ready to work with American companies on rare earth metals.", "",
      "Support local journalism", "Subscribe to the Harbor Ledger for unlimited digital access.", "",
      "BRUSSELS (AP) — The European Union's foreign policy chief is preparing a plan for fresh military aid for Ukraine this year.", "",
      "Tags", "Wire", "", "Most Popular", "Council approves new water rates",
    ]));
    expect(doc.entries.map((e) => [e.body[0]!.slice(0, 20), e.published])).toEqual([
      ["KYIV, Ukraine (AP) —", "2025-02-25T17:41:00Z"],
      ["MOSCOW (AP) — Russia", "2025-02-25T17:41:00Z"],
      ["BRUSSELS (AP) — The ", "2025-02-25T17:41:00Z"],
    ]);
  });
});

describe("a timeline whose stamps name their weekday (eval/cr)", () => {
  it("reads '8:45 p.m. Sunday' … '1:35 p.m. Monday' on the days named, near the page's date, the footer's 'About Us' no author", () => {
    const doc = parse(text([
      "The Seabreeze Courier", "Local  Sports  Business  Opinion", "", "WORLD", "",
      "Jets, drones and a summit: how the war news unfolded", "", "Dana Ortolan", "The Seabreeze Courier", "Published 5:40 p.m. ET Aug. 21, 2023", "",
      "Here's how the news developed from Sunday night into Monday. All times are Eastern.", "",
      "8:45 p.m. Sunday", "", "Ukraine's president said the first fighter jets promised by two European allies could arrive around the new year.", "",
      "11:50 p.m. Sunday", "", "Air-raid sirens sounded across southern Ukraine as drones targeted ports on the Danube, officials said.", "",
      "9:10 a.m. Monday", "", "Moscow's mayor said air defences shot down two drones approaching the city overnight.", "",
      "1:35 p.m. Monday", "", "Ukraine's deputy defence minister said troops were making slow progress near a village in the south.", "",
      "About Us", "Contact Us", "Site Map", "Terms of Service",
    ]));
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2023-08-21T00:45:00Z", "Dana Ortolan"], ["2023-08-21T03:50:00Z", "Dana Ortolan"],
      ["2023-08-21T13:10:00Z", "Dana Ortolan"], ["2023-08-21T17:35:00Z", "Dana Ortolan"],
    ]);
  });
});

describe("a state's name in a paper's name (eval/cr)", () => {
  it("does not read 'Florida' in 'Northwest Florida Daily News' as the Uruguayan town of that name", () => {
    const doc = parse(text([
      "Northwest Florida Daily News", "Home  Local  Military  Sports", "", "Military", "",
      "Test wing tries out counter-drone weapons", "", "Airmen fired microwave and laser prototypes at small drones over the range this week.", "",
      "Jo Harlan", "1:40 p.m. April 27", "",
      "Base hosts allied pilots for training", "", "Pilots from three allied air forces arrived at the base for two weeks of exercises.", "",
      "Jo Harlan", "11:55 a.m. April 27", "",
    ]), { date: "2023-04-27" });
    expect(doc.warnings.join(" ")).not.toMatch(/Montevideo/);
  });
});

describe("a listing's meta rows with day words (eval/ct)", () => {
  it("reads 'By Associated Press | Today | Updated 11:20 a.m.' as a card's stamp and wire, in the clock of the state a hyphenated masthead names", () => {
    const doc = parse([
      '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Nation &amp; World | Hawaii Star-Bulletin</title></head>',
      '<body><div class="top-bar"><div class="today">Saturday, March 29, 2025</div></div>',
      '<header><a class="logo" href="/">Hawaii Star-Bulletin</a></header><main><h1>Nation &amp; World</h1>',
      '<article class="post"><h2><a href="/2025/03/29/a/">Drones set a hospital on fire in Kharkiv</a></h2>',
      '<div class="entry-meta">By Associated Press | Today | Updated 9:05 a.m.</div>',
      "<div class=\"entry-summary\"><p>Russian drones hit several districts of Kharkiv overnight, setting fire to a hospital building, the mayor said.</p></div></article>",
      '<article class="post"><h2><a href="/2025/03/28/b/">US sends Kyiv a new draft of the minerals deal</a></h2>',
      '<div class="entry-meta">By Associated Press | Yesterday | Updated 9:15 p.m.</div>',
      "<div class=\"entry-summary\"><p>Washington sent Kyiv a revised draft of a proposed agreement on Ukraine's mineral wealth, officials said.</p></div></article>",
      '<article class="post"><h2><a href="/2025/03/28/c/">Missiles hit Dnipro, killing two</a></h2>',
      '<div class="entry-meta">By Associated Press | Yesterday | Updated 2:30 p.m.</div>',
      "<div class=\"entry-summary\"><p>A Russian missile attack on Dnipro killed two people on Friday, the regional governor said.</p></div></article>",
      "</main></body></html>",
    ].join("\n"));
    expect(doc.entries.map((e) => [e.published, e.author])).toEqual([
      ["2025-03-29T19:05:00Z", "Associated Press"], ["2025-03-29T07:15:00Z", "Associated Press"], ["2025-03-29T00:30:00Z", "Associated Press"],
    ]);
  });
});

describe("a Drupal listing (eval/ct)", () => {
  it("reads 'Submitted by Jane Doe on Thu, 09/18/2025 - 11:42' under each headline as its stamp and author", () => {
    const doc = parse(text([
      "The Bering Lantern", "Home   News   Sports   Opinion", "", "News", "",
      "Jets shadow patrol planes off the coast", "Submitted by Ada Kinn on Thu, 09/18/2025 - 11:42", "",
      "Fighter jets flew out over the sea this week to track two Russian patrol aircraft, the command said.", "", "Read more", "",
      "Crab prices stay high after import ban", "Submitted by Rolf Amaq on Thu, 09/18/2025 - 09:05", "",
      "Fishermen say a ban on Russian seafood imports has helped keep crab prices high this fall.", "", "Read more", "",
      "Cutter follows warships in the strait", "Submitted by Ada Kinn on Wed, 09/17/2025 - 18:40", "",
      "A Coast Guard cutter followed a group of Russian warships through the strait, officials said.", "", "Read more", "",
    ]));
    expect(doc.entries.map((e) => [e.headline, e.author, e.published?.slice(0, 16)])).toEqual([
      ["Jets shadow patrol planes off the coast", "Ada Kinn", "2025-09-18T11:42"],
      ["Crab prices stay high after import ban", "Rolf Amaq", "2025-09-18T09:05"],
      ["Cutter follows warships in the strait", "Ada Kinn", "2025-09-17T18:40"],
    ]);
  });
});

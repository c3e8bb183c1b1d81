// Forms met on the eval pages in session 49 (own pages, own words): each test failed on the session's starting code,
// beside guards that pass on both and keep an old reading.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";
import { closingCredit } from "../src/parse/text-credits.ts";
import { isChrome } from "../src/parse/text-lines.ts";
import { bylineName } from "../src/parse/html-byline.ts";
import { dateLanguages } from "../src/parse/date-words.ts";
import { matchStamp } from "../src/parse/text-stamps.ts";

describe("a section listing of cards: headline, an unpunctuated standfirst, a credit, the card's date and time (eval/fk)", () => {
  const card = (headline: string, deck: string, credit: string | null, stamp: string) =>
    [headline, deck, ...(credit ? [credit] : []), stamp, ""].join("\n");
  const page = [
    "Skip to main content", "", "The Example Courier", "Tue, Mar 6, 2029", "", "Subscribe", "Sign In", "",
    "News   Sport   Business   Opinion   Culture", "", "World  >  Europe", "", "Europe", "",
    card("Drones hit a rail depot in the east as crews restore power", "Regional officials say two workers were hurt and trains to the city will run late for days", "Wire Desk Agency", "Tue Mar 06 2029 - 18:10"),
    card("Navy to lend two survey ships to a Black Sea demining effort", "The vessels will sail in the spring and stay for at least six months under the joint plan", "Aoife Brennan", "Tue Mar 06 2029 - 16:25"),
    "Subscriber Only",
    card("The Courier view on the talks: patience is not the same as hope", "Announcements of a readiness to negotiate have come and gone; what counts is whether the shelling stops", null, "Tue Mar 06 2029 - 14:00"),
    card("Farm ministers fail to agree on grain import limits", "Three countries want the quotas kept while two others say they should lapse at the end of June", "Pádraig Lowe in Brussels", "Tue Mar 06 2029 - 11:45"),
    card("Coalition talks in the Netherlands stall over the budget", "The caretaker cabinet says a second election this year is still possible if no deal is found", "Síle Garvey in The Hague", "Tue Mar 06 2029 - 09:20"),
    "Load more", "", "© 2029 The Example Courier",
  ].join("\n");

  it("reads one entry per card, its standfirst as its text and the person of 'Name in Place' as its author", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Drones hit a rail depot in the east as crews restore power",
      "Navy to lend two survey ships to a Black Sea demining effort",
      "The Courier view on the talks: patience is not the same as hope",
      "Farm ministers fail to agree on grain import limits",
      "Coalition talks in the Netherlands stall over the budget",
    ]);
    expect(entries[1]!.body[0]).toMatch(/^The vessels will sail in the spring and stay for at least six months under the joint plan/);
    expect(entries.map((e) => e.author)).toEqual(["Wire Desk Agency", "Aoife Brennan", null, "Pádraig Lowe", "Síle Garvey"]);
    expect(entries.every((e) => e.published?.startsWith("2029-03-06T"))).toBe(true);
  });

  it("a paywall label is furniture, and a masthead's 'X in English' is no one filing from a place (guards)", () => {
    expect(isChrome("Subscriber Only")).toBe(true);
    expect(isChrome("Members only")).toBe(true);
    expect(closingCredit("Central Europe in English")).toBeNull();
    expect(closingCredit("The Quiet Squeeze in Middle Distillates")).toBeNull();
    expect(closingCredit("Jane Doe in The Hague")).toBe("Jane Doe");
  });

  it("a live blog's headline over its stamp and text is no standfirst (guard)", () => {
    const blog = [
      "Live: the day in the war", "", "March 6, 2029", "All times GMT", "",
      "Governor says the depot fire is out", "1440 GMT",
      "The fire at the depot was put out overnight, the regional governor said on his channel.",
      "Reporting by Jane Doe in Kyiv; Editing by John Roe",
      "WATCH: Firefighters work through the night at the burning depot", "1310 GMT",
      "Video Player", "",
      "Drones strike the rail depot in the region's main city", "1215 GMT",
      "Drones hit a rail depot in the regional capital before dawn, the governor said, injuring two workers.",
      "Rail officials said trains to the city would run late for several days while crews cleared the tracks.",
      "Trains resume on the southern line after the repair works", "1105 GMT",
      "Trains on the southern line ran again on Tuesday after repairs that took a week, the rail company said.",
    ].join("\n");
    const entries = parse(blog).entries;
    expect(entries.map((e) => e.headline)).toContain("WATCH: Firefighters work through the night at the burning depot");
  });
});

describe("a page printed from a browser repeats its print header at each page break (eval/fd)", () => {
  const card = (label: string, headline: string, deck: string, age: string) => [label, headline, deck, age, ""].join("\n");
  const page = [
    "04/03/2029, 15:30 Ukraine | Example Business Daily", "", "Skip to main content", "", "Example Business Daily", "Subscribe", "",
    "Ukraine", "",
    card("Ukraine", "Kyiv raises a bond backed by future grain exports", "The sale drew more bids than expected from funds in Europe and the Gulf, bankers involved said", "20 minutes ago"),
    card("Energy", "Gas storage in central Europe falls below half", "A cold February drew down reserves faster than traders had forecast at the start of winter", "2 hours ago"),
    "https://business.example.com/ukraine 1/2", "", "04/03/2029, 15:30 Ukraine | Example Business Daily", "",
    card("Defence", "Shell makers add night shifts to meet new orders", "Two plants in the north will run around the clock from April as governments sign longer contracts", "4 hours ago"),
    card("Ukraine", "Drones damage a power station in the north-east", "Operators say repairs will take weeks and homes in three districts face rolling cuts until then", "6 hours ago"),
    "Load more",
  ].join("\n");
  it("reads the card after the break under its own headline, not the repeated header", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Kyiv raises a bond backed by future grain exports",
      "Gas storage in central Europe falls below half",
      "Shell makers add night shifts to meet new orders",
      "Drones damage a power station in the north-east",
    ]);
    expect(entries[2]!.body[0]).toMatch(/^Two plants in the north will run around the clock/);
  });
});

describe("a US page's slash dates with two-digit years, beside ET clocks (eval/fj)", () => {
  const item = (title: string, stamp: string, text: string) =>
    `<article class="item"><h2>${title}</h2><span class="date">${stamp}</span><p>${text}</p></article>`;
  const page = `<!DOCTYPE html><html lang="en"><head><title>Defense | Example Hill</title></head><body><main><h1>Defense</h1>
${item("Senate panel backs more money for shell production", "01/10/29 6:12 PM ET", "The committee voted to add money for artillery shells to the annual bill, aides said.")}
${item("Pentagon sends a new package of air defence interceptors", "01/10/29 4:25 PM ET", "The package includes interceptors and spare parts for systems already in Ukraine, officials said.")}
${item("Army reviews housing at two bases after complaints", "01/10/29 2:48 PM ET", "Inspectors will visit both bases next month after families complained about damp and mold.")}
</main></body></html>`;
  it("reads them month first: 10 January, not 1 October", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.published)).toEqual(["2029-01-10T23:12:00Z", "2029-01-10T21:25:00Z", "2029-01-10T19:48:00Z"]);
  });
});

describe("a post signed by its writer's name in brackets under its text (eval/fj)", () => {
  const entry = (time: string, title: string, paragraphs: string[], sign: string | null) =>
    `<section class="entry"><span class="entry-time">${time}</span><h2>${title}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join("")}` +
    `${sign ? `<p class="entry-sign">(${sign})</p>` : ""}</section>`;
  const page = `<!DOCTYPE html><html lang="en"><head><title>The war in Ukraine: live, 24 January | Example Tribune</title></head><body>
<main class="live"><h1>The war in Ukraine: live, 24 January</h1><p class="live-meta">Wednesday, 24 January 2029 · All times CET</p>
${entry("20:15", "Training mission to take in twice as many soldiers", ["The training mission will take up to twice as many soldiers this year, the defence minister said.", "Courses will focus on drone crews."], "Anna Kowal")}
${entry("18:30", "City mourns the dead of Tuesday's strike", ["The city held a day of mourning on Wednesday for the victims of the strike, officials said.", "Flags flew at half-mast on public buildings."], "Anna Kowal")}
${entry("15:00", "Refinery stops work after a drone attack", ["A refinery on the river stopped processing crude after a drone attack, industry sources said.", "A fire there was put out by midday."], null)}
</main></body></html>`;
  it("credits the name, and keeps it out of the text", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.author)).toEqual(["Anna Kowal", "Anna Kowal", null]);
    expect(entries[0]!.body.join(" ")).not.toContain("(Anna Kowal)");
  });
});

describe("a Spanish live page: its title's live label and its skip link name no site (eval/fh)", () => {
  const page = [
    "Saltar al contenido", "", "EJEMPLO", "Suscríbete   Iniciar sesión", "", "Política   Negocios   Internacional   Deportes   Cultura", "",
    "Guerra en Ucrania HOY: lo último del día | EN VIVO", "",
    "Sigue aquí las últimas noticias de la guerra.", "",
    "17:20 hrs", "Llega a Kiev el jefe de la alianza", "",
    "El secretario general llegó este jueves a Kiev en una visita que no se había anunciado.", "",
    "15:05 hrs", "Un incendio en una refinería rusa tras un ataque con drones", "",
    "El gobernador de la región informó de que restos de drones cayeron sobre la refinería y provocaron un incendio.", "",
    "12:40 hrs", "Alemania entrega otro sistema antiaéreo", "",
    "El Ministerio de Defensa confirmó la entrega de una nueva batería del sistema.", "",
  ].join("\n");
  it("is not named 'EN VIVO'", () => {
    const doc = parse(page, { date: "2028-11-02" }, "https://ejemplo.example/internacional/guerra-en-vivo");
    expect(doc.sourceName).not.toBe("EN VIVO");
    expect(doc.entries).toHaveLength(3);
    expect(isChrome("Saltar al contenido")).toBe(true);
    expect(isChrome("Zdieľať")).toBe(true);
  });
});

describe("a LiveBlogPosting that copies the page's headline and date into every update, each block headed '2105 GMT — …' (eval/fh)", () => {
  const update = (n: number, text: string) =>
    `{"@type": "BlogPosting", "@id": "https://dispatch.example/live#block-${n}", "headline": "Live: the war, day by day", "datePublished": "2028-11-28T05:30:00+00:00", "articleBody": "${text}"}`;
  const texts = [
    "The Kremlin said Russia would respond to the attack on the port, without saying how.",
    "Two governments will pay for several hundred long-range drones made in Ukraine next year.",
    "The air force said it shot down most of the drones launched overnight over the north.",
  ];
  const heads = ["2105 GMT — Kremlin vows a response to the port attack", "1730 GMT — Two allies fund long-range drones", "0715 GMT — Air force downs most drones overnight"];
  const page = `<!DOCTYPE html><html lang="en"><head><title>Live: the war, day by day</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live: the war, day by day", "datePublished": "2028-11-28T05:30:00+00:00", "liveBlogUpdate": [${texts.map((t, i) => update(3 - i, t)).join(", ")}]}</script></head>
<body><header>Example Dispatch</header><main><h1>Live: the war, day by day</h1><p class="date">Tuesday, November 28, 2028</p>
${texts.map((t, i) => `<section class="block" id="block-${3 - i}"><h3>${heads[i]}</h3><p>${t}</p></section>`).join("\n")}
</main></body></html>`;
  it("takes each update's time from its heading, and its headline without the stamp", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.published)).toEqual(["2028-11-28T21:05:00Z", "2028-11-28T17:30:00Z", "2028-11-28T07:15:00Z"]);
    expect(entries[0]!.headline).toBe("Kremlin vows a response to the port attack");
  });
});

describe("a German ticker: '+++' marks around each headline, two authors in the JSON-LD (eval/fh)", () => {
  const item = (iso: string, clock: string, title: string, text: string) =>
    `<div class="ticker-item"><time datetime="${iso}">${clock} Uhr</time><h2>+++ ${title} +++</h2><p>${text}</p></div>`;
  const page = `<!DOCTYPE html><html lang="de"><head><title>Krieg im Liveticker | EXEMPEL</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Krieg im Liveticker", "datePublished": "2028-11-10T07:25:00+01:00", "author": [{"@type": "Person", "name": "Jana Beispiel"}, {"@type": "Person", "name": "Malte Muster"}]}</script></head>
<body><main><h1>Krieg im Liveticker</h1><div class="authors">Von: Jana Beispiel und Malte Muster</div>
${item("2028-11-10T19:40:00+01:00", "19:40", "Präsident warnt vor neuer Offensive im Süden", "In seiner abendlichen Ansprache warnte der Präsident vor einem neuen Großangriff im Süden des Landes.")}
${item("2028-11-10T17:55:00+01:00", "17:55", "Minister sagt weitere Flugabwehr zu", "Der Verteidigungsminister hat bei einem Besuch zwei weitere Feuereinheiten der Flugabwehr zugesagt.")}
${item("2028-11-10T16:20:00+01:00", "16:20", "Zahl der Toten steigt auf sieben", "Nach dem Raketenangriff auf ein Wohnhaus ist die Zahl der Todesopfer auf sieben gestiegen.")}
</main></body></html>`;
  it("reads the headlines without the marks, and joins the authors as the page's language does", () => {
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual(["Präsident warnt vor neuer Offensive im Süden", "Minister sagt weitere Flugabwehr zu", "Zahl der Toten steigt auf sieben"]);
    expect(entries[0]!.author).toBe("Jana Beispiel und Malte Muster");
  });
});

describe("a post whose closing credit is followed by a subscription pitch (eval/fh)", () => {
  const post = (time: string, title: string, text: string, by: string, tail: string[] = []) =>
    [time, title, "", text, "", by, "Zdieľať", "", ...tail].join("\n");
  const page = [
    "Príklad N", "Predplatné   Prihlásiť sa", "", "Minúta po minúte", "", "Nedeľa 5. novembra", "",
    post("21:30", "Prezident hovorí o presune vojakov na juh", "Prezident vo večernom príhovore povedal, že armáda presúva na juh ďalšie jednotky a techniku.", "Mária Vzorová"),
    post("19:05", "Hokejisti zdolali súpera po predĺžení", "Domáci tím zvíťazil v nedeľňajšom zápase až v predĺžení a posunul sa na druhé miesto tabuľky.", "Peter Príklad"),
    post("14:15", "Raketový útok si vyžiadal dve obete", "Rakety zasiahli v nedeľu popoludní obytnú štvrť, zahynuli dvaja ľudia, informoval starosta.", "Mária Vzorová",
      ["Príklad N si môžete predplatiť už od 5,99 eura mesačne.", ""]),
    post("11:50", "Most bude od pondelka čiastočne uzavretý", "Magistrát oznámil, že pre opravu bude na moste od pondelka zúžená doprava.", "Peter Príklad"),
    post("09:20", "V noci preleteli nad krajinu desiatky dronov", "Letectvo podľa vlastných údajov zostrelilo väčšinu z nich, ostatné zasiahli energetické objekty.", "Mária Vzorová"),
  ].join("\n");
  it("still credits the post's writer", () => {
    const entries = parse(page, { date: "2028-11-05" }).entries;
    expect(entries.map((e) => e.author)).toEqual(["Mária Vzorová", "Peter Príklad", "Mária Vzorová", "Peter Príklad", "Mária Vzorová"]);
  });
});

describe("a wire's section listing: each card's text, then its meta row over three lines, topic tag / '·' / time (eval/fi)", () => {
  const card = (headline: string, text: string, tag: string, time: string) => [headline, "", text, "", tag, "·", time, ""].join("\n");
  const page = [
    "Skip to main content", "Example Wire home", "World", "Business", "Markets", "Sign In", "", "Europe", "",
    card("Kyiv says two more air defence systems have arrived", "Ukraine has received two more air defence systems from a European ally, the president said on Wednesday.", "Ukraine & Russia War", "4:48 PM UTC"),
    card("Drones hit a port, damaging grain storage", "A drone attack on the port overnight damaged grain storage and injured two workers, the ministry said on Wednesday.", "Ukraine & Russia War", "3:12 PM UTC"),
    card("Industrial orders fall more than expected", "Industrial orders dropped unexpectedly in October as demand from outside the euro zone weakened, data showed.", "Business", "1:40 PM UTC"),
    card("Prisoner swap brings 90 home on each side", "Both sides handed over 90 prisoners of war each on Wednesday in an exchange mediated by a Gulf state, they said.", "Ukraine & Russia War", "12:05 PM UTC"),
    "Load more articles",
  ].join("\n");
  it("gives each card its own time, the first card included", () => {
    const entries = parse(page, { date: "2028-12-06" }).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Kyiv says two more air defence systems have arrived", "Drones hit a port, damaging grain storage",
      "Industrial orders fall more than expected", "Prisoner swap brings 90 home on each side",
    ]);
    expect(entries.map((e) => e.published)).toEqual(["2028-12-06T16:48:00Z", "2028-12-06T15:12:00Z", "2028-12-06T13:40:00Z", "2028-12-06T12:05:00Z"]);
  });
});

describe("widgets and boxes that are no entry (eval/fi, eval/fk)", () => {
  it("a player's embed box and a toolbar with its reading time are furniture", () => {
    expect(isChrome("Embed this video: copy the code below.Copy to clipboardCopied")).toBe(true);
    expect(isChrome("Share Print Listen (6 min)")).toBe(true);
    expect(isChrome("Listen to the story of the winter (6 min)")).toBe(false);
  });
  it("a 'More on …' box of linked headlines under a key-events list adds no entry", () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>Key events on day 1,200 | Example News</title></head><body><main>
<h1>Russia-Ukraine war: key events on day 1,200</h1><p class="date">Published On 8 Dec 2028</p>
<h2>Fighting</h2><ul><li><p>A missile attack on a central city killed three people and wounded 11, the head of its military administration said.</p></li>
<li><p>Ukraine's forces struck an ammunition depot near an occupied town, setting off explosions seen from kilometres away.</p></li></ul>
<h2>Aid</h2><ul><li><p>A northern government announced a military aid package including ammunition and mobile radars.</p></li></ul>
<section class="more-on"><h2>More on Russia-Ukraine war</h2><ul><li><a href="/a">Analysis: Can Europe build enough drones to matter?</a></li><li><a href="/b">Photos: a city marks another winter of blackouts</a></li></ul></section>
</main></body></html>`;
    const entries = parse(page).entries;
    expect(entries).toHaveLength(3);
    expect(entries.some((e) => (e.headline ?? e.body[0] ?? "").includes("Can Europe build"))).toBe(false);
  });
});

describe("an agency's listing: 'EXAMPLE NEWS - 46 minutes ago - 20:12 | World, All' under each headline (eval/fo)", () => {
  const item = (headline: string, meta: string, text: string) => [headline, meta, "", text, ""].join("\n");
  const page = [
    "Skip to main content", "", "EXAMPLE NEWS", "Japan   World   Asia   Business   Sports", "", "Latest News", "",
    item("Tokyo to send power grid equipment to Ukraine", "EXAMPLE NEWS - 46 minutes ago - 20:12 | World, All",
      "TOKYO - The government will send transformers and generators to help repair power plants damaged by attacks, the ministry said."),
    item("Missiles kill 4 in a city in Ukraine's southeast", "EXAMPLE NEWS - 3 hours ago - 17:30 | World, All",
      "KYIV - Missiles struck a city in Ukraine's southeast on Sunday, killing four people and injuring 19, the governor said."),
    item("Utilities to keep buying gas from a Russian project", "EXAMPLE NEWS - Jun 3, 2029 - 14:05 | Business, All",
      "TOKYO - Utilities will keep importing gas from the project after a sanctions waiver was extended to the end of the year."),
    "More",
  ].join("\n");
  it("reads each card's clock, whatever age and sections stand beside it", () => {
    const entries = parse(page, { timezone: "UTC" }).entries;
    expect(entries.map((e) => e.headline)).toEqual([
      "Tokyo to send power grid equipment to Ukraine", "Missiles kill 4 in a city in Ukraine's southeast", "Utilities to keep buying gas from a Russian project",
    ]);
    expect(entries.map((e) => e.published?.slice(11, 16))).toEqual(["20:12", "17:30", "14:05"]);
    expect(entries[2]!.published).toBe("2029-06-03T14:05:00Z");
  });
});

describe("a Ukrainian live page: dates in Ukrainian, 'Автор:', a 'Головне' list, a share row under each post (eval/fn)", () => {
  const post = (time: string, title: string, text: string) => [time, title, "", text, "", "Поділитися   Скопіювати посилання", ""].join("\n");
  const page = [
    "Приклад.net", "Новини   Політика   Світ   Бізнес", "", "Війна в Україні 6 травня: онлайн", "",
    "6 травня 2029, 07:30   Оновлено: 6 травня 2029, 21:40", "Автор: Тарас Приклад", "",
    "Головне", "- Уночі Росія атакувала Україну ракетами та дронами", "- На заході країни пошкоджено енергооб'єкт", "",
    "Стрічка оновлень", "",
    post("21:40", "Окупанти просунулися біля міста на сході", "Аналітики повідомили, що російські війська просунулися на двох ділянках фронту."),
    post("12:15", "На заході країни пошкоджено енергооб'єкт", "Унаслідок нічної атаки пошкоджено енергооб'єкт, загинула одна людина, повідомив голова області."),
    post("07:45", "Уночі Росія атакувала Україну ракетами та дронами", "Повітряні сили повідомили, що збили більшість ракет і дронів, випущених уночі."),
  ].join("\n");
  it("reads its times in Kyiv's clock, credits the author and marks the listed posts as key points", () => {
    const doc = parse(page);
    expect(doc.entries.map((e) => e.published)).toEqual(["2029-05-06T18:40:00Z", "2029-05-06T09:15:00Z", "2029-05-06T04:45:00Z"]);
    expect(doc.entries.every((e) => e.author === "Тарас Приклад")).toBe(true);
    expect(doc.entries.map((e) => e.keyPoint)).toEqual([false, true, true]);
  });
});

describe("Europe's papers in their own languages (eval/fm)", () => {
  it("a Spanish live page: its head's date with a short month, each post by 'NAME IN CAPITALS | Town'", () => {
    const post = (time: string, title: string, by: string, text: string) => [time, title, by, "", text, ""].join("\n");
    const page = [
      "Ir al contenido", "", "EL EJEMPLO", "Suscríbete", "", "GUERRA DE UCRANIA", "Guerra en Ucrania, en directo | Lo último del día", "",
      "EL EJEMPLO", "Madrid - 04 abr 2029 - 07:02 CEST", "Actualizado: 05 abr 2029 - 00:20 CEST", "",
      post("00:20 CEST", "El presidente pide a los aliados más defensa antiaérea", "LUCÍA PRUEBA | Kiev", "El presidente ha pedido en su mensaje nocturno que los aliados adelanten los envíos de interceptores."),
      post("22:45 CEST", "La Alianza cumple años con Ucrania fuera", "MARCOS EJEMPLO | Bruselas", "La Alianza conmemora este miércoles su aniversario con un acto en Bruselas al que asiste el ministro ucranio."),
      post("19:30 CEST", "Siete muertos en un ataque con misiles", "LUCÍA PRUEBA | Kiev", "Al menos siete personas han muerto en un ataque con misiles contra la ciudad, según las autoridades regionales."),
    ].join("\n");
    const entries = parse(page).entries;
    expect(entries.map((e) => e.published)).toEqual(["2029-04-04T22:20:00Z", "2029-04-04T20:45:00Z", "2029-04-04T17:30:00Z"]);
    expect(entries.map((e) => e.author)).toEqual(["LUCÍA PRUEBA", "MARCOS EJEMPLO", "LUCÍA PRUEBA"]);
  });

  it("a Dutch live page: '07.05 uur' stamps, the writer's bare name under the title", () => {
    const post = (title: string, time: string, text: string) => [title, time, "", text, ""].join("\n");
    const page = [
      "Naar hoofdinhoud", "", "Het Voorbeeld", "Abonneer", "Aanmelden", "", "Nieuws   Binnenland   Buitenland   Economie   Sport", "",
      "zaterdag 14 april 2029", "", "Buitenland", "",
      "LIVE. Oorlog in Oekraïne | Dodental na raketaanval op de stad loopt op tot negen", "", "Lien Voorbeeld", "",
      "Bij een raketaanval op de stad zijn zaterdagochtend zeker negen doden gevallen. Volg hier de laatste ontwikkelingen.", "",
      post("Raketaanval op de stad: zeker zes doden", "07.05 uur", "Bij een aanval met ballistische raketten zijn zaterdagochtend zeker zes mensen om het leven gekomen, meldt de gouverneur."),
      post("Laatste gevechtsvliegtuigen vertrekken naar Oekraïne", "09.40 uur", "De laatste toestellen zijn zaterdagochtend vertrokken, meldt het ministerie van Defensie."),
      post("Dodental stijgt tot negen", "11.15 uur", "Het dodental na de aanval is opgelopen tot negen, meldt de regionale gouverneur."),
    ].join("\n");
    const entries = parse(page).entries;
    expect(entries.map((e) => e.published)).toEqual(["2029-04-14T05:05:00Z", "2029-04-14T07:40:00Z", "2029-04-14T09:15:00Z"]);
    expect(entries.every((e) => e.author === "Lien Voorbeeld")).toBe(true);
  });

  it("a Czech listing: its masthead's row gives the refresh time, each card's age is followed by its wire", () => {
    const card = (title: string, meta: string, text: string) => [title, meta, "", text, ""].join("\n");
    const page = [
      "Příkladové noviny", "Přihlásit", "", "pátek 20. dubna 2029 · svátek má Marcela · aktualizováno 17:45", "",
      "Domácí   Zahraniční   Ekonomika   Komentáře", "", "Válka na Ukrajině", "",
      card("Drony zasáhly rafinerii v Rusku", "před 20 minutami · ČTK", "Bezpilotní letouny v pátek odpoledne zasáhly ropnou rafinerii, kde vypukl požár, uvedl gubernátor."),
      card("Iniciativa letos dodá další granáty", "před 2 hodinami · Jan Příklad", "Iniciativa by letos měla dodat nejméně 800 tisíc dělostřeleckých granátů, oznámilo ministerstvo."),
      card("Ministři jednali o zárukách", "před 5 hodinami · ČTK", "Ministři zahraničí v pátek jednali o bezpečnostních zárukách pro dobu po případném příměří."),
    ].join("\n");
    const entries = parse(page).entries;
    expect(entries.map((e) => e.published)).toEqual(["2029-04-20T15:25:00Z", "2029-04-20T13:45:00Z", "2029-04-20T10:45:00Z"]);
    expect(entries.map((e) => e.author)).toEqual(["ČTK", "Jan Příklad", "ČTK"]);
  });

  it("a Polish summary: the writer's name under the lead photo, a comments count and a newsletter pitch are no section", () => {
    const page = [
      "Przykład", "Zaloguj się", "", "Świat > Konflikty", "", "Wojna. Najważniejsze wydarzenia wtorku", "",
      "Publikacja: 10.04.2029 19:45", "",
      "Atak rakietowy na miasto, nowa runda rozmów i kolejny pakiet pomocy. Przegląd najważniejszych informacji z wtorku.", "",
      "Ratownicy na miejscu ataku", "Foto: AFP", "", "Anna Przykład", "",
      "Atak na miasto", "", "Cztery osoby zginęły, a kilkanaście zostało rannych we wtorek rano w wyniku uderzenia rakiety balistycznej.", "",
      "Rozmowy w Stambule", "", "Przedstawiciele obu stron spotkali się we wtorek w Stambule na kolejnej rundzie rozmów o wymianie jeńców.", "",
      "Kolejny pakiet pomocy", "", "Minister obrony zapowiedział przekazanie kolejnego pakietu wsparcia wojskowego, głównie amunicji.", "",
      "Komentarze (28)", "", "Newsletter „Przykładu”: najważniejsze informacje dnia prosto na Twoją skrzynkę.", "", "© Copyright by Przykład SA",
    ].join("\n");
    const entries = parse(page).entries;
    expect(entries.map((e) => e.headline)).toEqual(["Atak na miasto", "Rozmowy w Stambule", "Kolejny pakiet pomocy"]);
    expect(entries.every((e) => e.author === "Anna Przykład")).toBe(true);
  });

  it("a byline's role in small letters is no part of the name; an English county named like a month tells no language (guards)", () => {
    expect(bylineName("Eirik Eksempel journalist")).toBe("Eirik Eksempel");
    expect(bylineName("Example Examiner reporter")).toBe("Example Examiner reporter");
    expect(dateLanguages("Live: Mayo marks the national day – Sunday, August 24")).toEqual([]);
    expect(dateLanguages("6 травня 2029, 07:30")).toEqual(["uk"]);
  });
});

describe("credits in the forms of the second wave (eval/fl, eval/fm, eval/fn, eval/fo)", () => {
  it("'Posted 6:40 AM EDT · By Jane Doe': the time and its writer", () => {
    const stamp = matchStamp("Posted 6:40 AM EDT · By Jane Doe", 0);
    expect(stamp?.minutes).toBe(400);
    expect(stamp?.author).toBe("Jane Doe");
  });
  it("'— Jane Doe, in Kyiv' signs a post; 'By — Jane Doe, Associated Press' is a byline", () => {
    expect(closingCredit("— Jane Doe, in Kyiv")).toBe("Jane Doe");
    expect(bylineName("By — Jane Doe, Associated Press")).toBe("Jane Doe");
    expect(bylineName("By — Associated Press")).toBe("Associated Press");
  });
  it("a photo's copyright line and a newsletter's sign-up are no text", () => {
    expect(isChrome("© Example Agency / Jane Doe")).toBe(true);
    expect(isChrome("Get the latest world news delivered to your inbox: Sign up for the Example Daily Briefing newsletter.")).toBe(true);
    expect(isChrome("© 2029 Example Media. All rights reserved and the photos are ours.")).toBe(false);
  });
  it("an agency's article whose lead photo's credit sits in a copyright box opens with its dateline", () => {
    const page = `<!DOCTYPE html><html lang="ru"><head><title>Удар по объектам | Пример Новости</title></head><body><main>
<h1>Удар по объектам энергетики</h1><div class="article__info-date">21:30 16.05.2029</div>
<div class="article__announce"><div class="media__copyright">© Пример Новости / Иван Примеров</div></div>
<div class="article__text">МОСКВА, 16 мая — Пример Новости. Войска нанесли удар по объектам энергетики, сообщили в министерстве.</div>
<div class="article__text">По данным ведомства, все цели поражены.</div></main></body></html>`;
    const entries = parse(page).entries;
    expect(entries[0]!.body[0]).toMatch(/^МОСКВА, 16 мая/);
  });
});

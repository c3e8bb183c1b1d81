// Entries in the war's own languages (Ukrainian, Russian, Polish) are judged like English ones: the beat and the topic
// rules read their words through languages.ts.
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/index.ts";
import { englishWarWords, isWesternEuropean } from "../../src/digest/languages.ts";
import { DEFAULT_TOPICS } from "../../src/digest/topics.ts";
import { TEASER_LABEL } from "../../src/digest/text.ts";
import { dayWindow } from "../../src/day.ts";
import { entriesOn, pageOf } from "../helpers/digest-sources.ts";

const make = entriesOn("2027-06-16");
const page = pageOf;

describe("the war's own languages", () => {
  it("writes their war words as the English the rules know, and leaves English alone", () => {
    expect(englishWarWords("Росія атакувала Одесу дронами")).toBe("russia attack odesa drone");
    expect(englishWarWords("Rosja zaatakowała Lwów")).toBe("russia attack lviv");
    // (and the towns its news names most, either side of the border, in any case ending)
    expect(englishWarWords("Дроны над Брянском и Новороссийском")).toBe("drone над bryansk и novorossiysk");
    expect(englishWarWords("Удар по Кременчуку")).toBe("strike по kremenchuk");
    // (an English text with a Polish name keeps its English words: "Ukrainian" is no Polish "Ukrainy")
    expect(englishWarWords("Ukrainian drones, said Władysław Nowak")).toBe("Ukrainian drones, said Władysław Nowak");
    // (nor does a longer word of another meaning: a criminal case is no Crimea, "instead" no NATO, a plenary no captivity)
    expect(englishWarWords("Натомість кримінальне провадження, пленарне засідання")).toBe("Натомість кримінальне провадження, пленарне засідання");
    expect(englishWarWords("НАТО, у Криму, в полоні")).toBe("nato, у crimea, в prisoners");
  });

  it("puts a Ukrainian or Russian report of a strike on the beat, under Strikes; a Ukrainian weather item stays off it", () => {
    const digest = buildDigest([
      page("ua", [
        make("u1", "Нічна атака на Одесу: загинула жінка", ["Уночі російські війська атакували Одесу ударними безпілотниками, загинула жінка, ще четверо поранені."], "06:00"),
        make("u2", "Нідерланди виділять Україні 300 мільйонів євро на дрони", ["Уряд Нідерландів оголосив новий пакет допомоги Україні на виробництво дронів."], "09:00"),
        make("u3", "У Карпатах випав перший сніг", ["Синоптики попереджають про похолодання в горах до кінця тижня."], "10:00"),
      ]),
      page("ru", [
        make("r1", "ПВО за ночь сбили 40 украинских беспилотников", ["Дежурные средства противовоздушной обороны ночью перехватили 40 украинских беспилотников над регионами России."], "05:00"),
      ]),
    ], dayWindow("2027-06-16", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2027-06-16T23:00:00Z" });
    const entry = (id: string) => digest.entries.find((e) => e.id === id)!;
    expect(entry("u1").onBeat).toBe(true);
    expect(entry("u1").topic).toBe("strikes");
    expect(entry("r1").topic).toBe("strikes");
    expect(entry("u2").topic).toBe("aid");
    expect(entry("u3").onBeat).toBe(false);
  });
});

describe("Europe's languages in the Latin script", () => {
  it("writes their war words in English where the text is in one of them, and leaves English text alone", () => {
    expect(englishWarWords("Nächtlicher Drohnenangriff auf Charkiw: zwei Tote")).toContain("drone attack");
    expect(englishWarWords("Nächtlicher Drohnenangriff auf Charkiw: zwei Tote")).toContain("kharkiv");
    expect(englishWarWords("Frappe russe sur Odessa, trois blessés selon le maire")).toBe("strike russia sur odesa, trois wounded selon le maire");
    expect(englishWarWords("Scambio di prigionieri tra Mosca e Kiev")).toBe("prisoner exchange tra moscow e kyiv");
    // (Central Europe's and Finland's too: peace talks, a ceasefire, a strike's toll, a refinery hit)
    expect(englishWarWords("Mírová jednání se podle Kremlu zatím nekonají")).toContain("peace talks");
    expect(englishWarWords("Kijev szerint a tűzszünet az első lépés")).toContain("ceasefire");
    expect(englishWarWords("Harkovan iskun kuolonuhrien määrä nousi kolmeen")).toBe("Harkovan strike killed määrä nousi kolmeen");
    expect(englishWarWords("Az éjjel drónok találtak el egy olajfinomítót")).toContain("refinery");
    // (an English text keeps its words, though some are theirs too: a president's aide, a party leader's name)
    expect(englishWarWords("Putin aide says the talks stall")).toBe("Putin aide says the talks stall");
    expect(englishWarWords("Le Pen says the war in Ukraine must end")).toBe("Le Pen says the war in Ukraine must end");
  });

  it("tells their text by its small words, or by its letters when a headline prints none", () => {
    expect(isWesternEuropean("Die Regierung hat ein neues Paket für die Ukraine beschlossen")).toBe(true);
    expect(isWesternEuropean("Ryska drönare över Odessa")).toBe(true);
    expect(isWesternEuropean("Russian drones hit Sumy in the night")).toBe(false);
    expect(isWesternEuropean("Zelensky meets Macron at the Élysée")).toBe(false);
  });

  it("puts a German report of a strike on the beat, under Strikes, and a Spanish pledge under Aid", () => {
    const digest = buildDigest([
      page("de", [
        make("d1", "Russischer Raketenangriff auf Saporischschja: drei Tote", ["Bei einem russischen Raketenangriff auf Saporischschja sind nach Angaben des Gouverneurs drei Menschen getötet worden."], "07:00"),
        make("d2", "Herbststurm sorgt für Bahnchaos im Norden", ["Wegen umgestürzter Bäume ist der Zugverkehr zwischen Hamburg und Kiel unterbrochen."], "08:00"),
      ]),
      page("es", [
        make("s1", "España enviará más munición a Ucrania", ["El Gobierno anunció que enviará a Ucrania un nuevo paquete de ayuda militar con munición de artillería."], "09:00"),
      ]),
    ], dayWindow("2027-06-16", "UTC"), { topics: DEFAULT_TOPICS, topStories: 3, generatedAt: "2027-06-16T23:00:00Z" });
    const entry = (id: string) => digest.entries.find((e) => e.id === id)!;
    expect(entry("d1").onBeat).toBe(true);
    expect(entry("d1").topic).toBe("strikes");
    expect(entry("s1").topic).toBe("aid");
    expect(entry("d2").onBeat).toBe(false);
  });
});

describe("English text that holds a word of theirs", () => {
  it("stays English: the UN, a web address, a contraction", () => {
    expect(isWesternEuropean("UN aide condemns strike")).toBe(false);
    expect(englishWarWords("UN aide condemns strike")).toBe("UN aide condemns strike");
    expect(isWesternEuropean("Example.com: we've seen drones")).toBe(false);
  });
});

describe("Croatian and Polish text (eval/fa)", () => {
  it("reads Croatian war words where its small words tell the language", () => {
    expect(englishWarWords("Ukrajina kaže da su dronovi pogodili rafineriju kod Rjazanja")).toMatch(/ukraine .* drone.* hit refinery/);
    expect(englishWarWords("Moskva je spremna na pregovore, ali samo pod svojim uvjetima")).toMatch(/talks/);
    // (an English line keeps "rat" and "napa" as they are)
    expect(englishWarWords("A rat was found in the Napa valley")).toBe("A rat was found in the Napa valley");
  });
  it("reads Polish war words from its small words too, and names its foreign minister", () => {
    expect(englishWarWords("Moskwa: rozmowy tylko na naszych warunkach")).toBe("moscow: talks tylko na naszych warunkach");
    expect(englishWarWords("Minister spraw zagranicznych przyjechał do Kijowa")).toMatch(/^foreign minister .* kyiv$/);
  });
});

describe("Spanish, Slovak and Romanian headlines with few small words (eval/fh)", () => {
  it("reads them as the war's news: the attack, its missiles, its dead; drones launched; an ammunition depot hit; aid", () => {
    expect(englishWarWords("Ataque ruso con misiles contra Járkov deja tres muertos")).toMatch(/^attack russia con missile contra kharkiv .* killed$/);
    expect(englishWarWords("Rusia lanzó misiles contra el puerto")).toMatch(/launched missile/);
    expect(englishWarWords("Rusko v noci vyslalo nad Ukrajinu 70 dronov")).toBe("russia v noci launched nad ukraine 70 drone");
    expect(englishWarWords("Ukrajina tvrdí, že zasiahla sklad munície pri hranici")).toMatch(/hit depot ammunition/);
    expect(englishWarWords("Guvernul trimite un nou transport de ajutor umanitar pentru Odesa")).toMatch(/aid umanitar .* odesa/);
    // (English keeps its words: "depot", "contra" in a name, "care")
    expect(englishWarWords("The bus depot will take care of the Contra Costa line")).toBe("The bus depot will take care of the Contra Costa line");
  });
});

describe("more of the war's words in Europe's languages (eval/fm, eval/fn)", () => {
  it("reads visits, mediation, meetings, death tolls, alerts, loans and foreign ministers", () => {
    expect(englishWarWords("Der Minister ist am Sonntag zu einem unangekündigten Besuch in Kiew eingetroffen")).toMatch(/visit in kyiv/);
    expect(englishWarWords("Der Präsident hat erneut Vermittlung zwischen Moskau und Kiew angeboten")).toMatch(/mediation .* moscow .* kyiv/);
    expect(englishWarWords("Het dodental van de raketaanval is volgens het ministerie opgelopen tot negen en wordt naar verwachting hoger")).toMatch(/^Het death toll van de missile attack/);
    expect(englishWarWords("Det er utløst flyalarm over hele Ukraina, og minst to ble drept")).toMatch(/air raid alert .* ukraine.* killed/);
    expect(englishWarWords("I ministri delle Finanze hanno approvato un prestito da 5 miliardi, garantito dagli asset russi")).toMatch(/loan/);
    expect(englishWarWords("Der Außenminister ist in Kiew eingetroffen")).toMatch(/^Der foreign minister ist in kyiv/);
  });
  it("reads a phone call, a refinery and an oil depot struck, howitzers paid for, in Ukrainian and Russian", () => {
    expect(englishWarWords("Президенти обговорили в телефонній розмові ситуацію")).toMatch(/discussed в phone call/);
    expect(englishWarWords("Генштаб підтвердив ураження нафтобази в області")).toMatch(/struck oil depot/);
    expect(englishWarWords("В Киришах после атаки дронов загорелся НПЗ")).toMatch(/attack drone .* refinery/);
    expect(englishWarWords("Данія профінансує ще 18 гаубиць")).toMatch(/funds .* howitzers/);
  });
});

describe("a teaser's label in those languages (eval/fa)", () => {
  it("is a teaser's label, as 'Watch:' is; a headline about videos is not", () => {
    expect(TEASER_LABEL.test("Vídeo | Así quedó el barrio tras el ataque")).toBe(true);
    expect(TEASER_LABEL.test("VIDÉO. Les images de la gare touchée")).toBe(true);
    expect(TEASER_LABEL.test("Se bilderna: soldater övar vid kusten")).toBe(true);
    expect(TEASER_LABEL.test("Video game sales rise for a third year")).toBe(false);
  });
  it("reads the labels of Ukrainian, Russian, Norwegian and French pages too (eval/fn, eval/fm)", () => {
    expect(TEASER_LABEL.test("Фото: місто після нічної атаки")).toBe(true);
    expect(TEASER_LABEL.test("Видео: последствия удара по городу")).toBe(true);
    expect(TEASER_LABEL.test("Se video: Redningsarbeidet i byen")).toBe(true);
    expect(TEASER_LABEL.test("EN IMAGES - Les secouristes fouillent les décombres")).toBe(true);
    expect(TEASER_LABEL.test("Фотограф розповів про роботу на фронті")).toBe(false);
  });
});

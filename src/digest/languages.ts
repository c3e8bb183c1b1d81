// The war's own languages read in English: the words the beat and the topic rules look for, as Ukrainian, Russian and
// Polish pages print them ("Росія атакувала Одесу дронами" reads "russia attack odesa drone"), so their entries are
// judged like English ones. Each stem takes any ending (the languages inflect), save where a longer word of another
// meaning shares it ("кримінальний" is no Crimea, "натомість" no NATO); data an operator can read and extend.

/** [stems (any ending), the English word the rules know]. */
const WORDS: [string, string][] = [
  // the sides, places and people of the war
  ["україн|украин|ukrain(?!ian)|ukraiń", "ukraine"],
  ["росі|россі|росси|rosj|rosyj", "russia"],
  ["київ|києв|киев|kijów|kijow", "kyiv"],
  ["москв|moskw", "moscow"],
  ["кремл|kreml", "kremlin"],
  ["одес|odesie|odessy|odessie", "odesa"],
  ["харків|харьков|charków|charkow", "kharkiv"],
  ["львів|львов|lwów|lwow", "lviv"],
  ["запоріж|запорож|zaporoż|zaporoz", "zaporizhzhia"],
  ["херсон|chersoń|cherson", "kherson"],
  ["миколаїв|николаев", "mykolaiv"],
  ["дніпр|днепр", "dnipro"],
  ["донецьк|донецк", "donetsk"],
  ["луганськ|луганск", "luhansk"],
  ["крим(?!інал|инал)|крым|krym", "crimea"],
  ["курськ|курск", "kursk"],
  ["бєлгород|белгород|biełgorod", "belgorod"],
  ["ізмаїл|измаил", "izmail"],
  ["зеленськ|зеленск|zełensk", "zelensky"],
  ["путін|путин", "putin"],
  ["пєсков|песков|pieskow", "peskov"],
  ["сибіг|сибиг", "sybiha"],
  ["нато(?![\\p{L}])|натовськ|натовск", "nato"],
  // what the war's news reports
  ["війн|войн|wojn", "war"],
  ["атак|zaatakowa|atak", "attack"],
  ["удар", "strike"],
  ["обстріл|обстрел|ostrzał|ostrzal", "shelling"],
  ["ракет|rakiet", "missile"],
  ["дрон|безпілотник|беспилотник|бпла|dron(?!e)", "drone"],
  ["загин|погиб|zginęł|zginął|zginel", "killed"],
  ["поранен|ранен|rann[iy]", "wounded"],
  ["вибух|взрыв|wybuch", "explosions"],
  ["ппо|пво", "air defence"],
  ["збит|збил|збив|сбит|сбил|zestrzel", "shot down"],
  ["перехоп|перехват|przechwy", "intercepted"],
  ["санкці|санкци|sankcj", "sanctions"],
  ["переговор|rozmow|negocjac", "talks"],
  ["перемир|rozejm", "ceasefire"],
  ["гаранті|гаранти|gwarancj", "guarantees"],
  ["допомог|помощ|pomoc", "aid"],
  ["виділ|выдел|przeznacz", "pledged"],
  ["обмін|обмен|wymian", "exchange"],
  ["полон|плен(?!ар|ум)|jeńc|jenc", "prisoners"],
  ["військ|войск|wojsk", "troops"],
];

const CYRILLIC = /[\u0400-\u04ff]/;
// (Polish is told by its own letters: its stems in plain Latin letters would touch English words otherwise)
const POLISH = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/;

/** One pattern per English word, of its Cyrillic stems or of its Latin (Polish) ones. */
function patterns(cyrillic: boolean): [RegExp, string][] {
  return WORDS.flatMap(([stems, english]) => {
    const own = stems.split("|").filter((stem) => CYRILLIC.test(stem) === cyrillic);
    return own.length > 0 ? [[new RegExp(`(?<![\\p{L}])(?:${own.join("|")})\\p{L}*`, "giu"), english] as [RegExp, string]] : [];
  });
}
const CYRILLIC_WORDS = patterns(true);
const POLISH_WORDS = patterns(false);

/** The text with the war's words in those languages written as the English the rules know; others untouched. */
export function englishWarWords(text: string): string {
  // (only text in those scripts can hold them: most entries pass at once)
  let out = text;
  if (CYRILLIC.test(out)) for (const [pattern, english] of CYRILLIC_WORDS) out = out.replace(pattern, english);
  if (POLISH.test(out)) for (const [pattern, english] of POLISH_WORDS) out = out.replace(pattern, english);
  return out;
}

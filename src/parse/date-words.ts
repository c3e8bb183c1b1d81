// Dates printed in another language on an English page ("Publicerat fredag 16 september 2022 kl 17.20", "16. März
// 2022 um 14:05"): their month and weekday names, from the runtime's locale data, and their label words, rewritten in
// English so the one date reader reads them. Only short lines where such a name stands next to a day number change.
import { MONTHS, WEEKDAYS } from "./timestamp.ts";

/** Languages whose dates news pages in English still print (their own chrome, a CMS set to the home language). */
// (and the war's own: Ukrainian, Russian and Belarusian pages, "П’ятниця, 11 грудня 2026")
const LANGUAGES = ["sv", "nb", "da", "de", "nl", "af", "fr", "es", "it", "pt", "ro", "pl", "cs", "sk", "hu", "fi", "hr", "sl", "lt", "lv", "et", "tr", "id", "uk", "ru", "be"];

// The label before a date, in those languages: "published" and "updated".
const LABELS: Record<string, string> = {
  publicerat: "Published", publicerad: "Published", publisert: "Published", publiceret: "Published", udgivet: "Published",
  "veröffentlicht": "Published", gepubliceerd: "Published", "publié": "Published", "publié le": "Published", publicado: "Published",
  "publicado el": "Published", "actualizado el": "Updated", pubblicato: "Published", publicat: "Published", opublikowano: "Published", julkaistu: "Published", objavljeno: "Published",
  uppdaterat: "Updated", uppdaterad: "Updated", oppdatert: "Updated", opdateret: "Updated", aktualisiert: "Updated",
  bijgewerkt: "Updated", "mis à jour": "Updated", "mis à jour le": "Updated", "modifié": "Updated", "modifié le": "Updated", actualizado: "Updated", aggiornato: "Updated",
  atualizado: "Updated", actualizat: "Updated", zaktualizowano: "Updated", "päivitetty": "Updated", "ažurirano": "Updated",
  gepubliseer: "Published", opgedateer: "Updated", "laas opgedateer": "Updated",
  publikacja: "Published", aktualizacja: "Updated", "publikováno": "Published", "aktualizováno": "Updated",
  "publikálva": "Published", "frissítve": "Updated",
  // German "as of": "Stand: 19.11.2022, 18:05 Uhr"
  stand: "Updated",
};
// Which language each label is written in (a label shared by several is listed under each).
const LABEL_LANGUAGES: Record<string, string[]> = {
  publicerat: ["sv"], publicerad: ["sv"], uppdaterat: ["sv"], uppdaterad: ["sv"], publisert: ["nb"], oppdatert: ["nb"],
  publiceret: ["da"], udgivet: ["da"], opdateret: ["da"], "veröffentlicht": ["de"], aktualisiert: ["de"], gepubliceerd: ["nl"],
  bijgewerkt: ["nl"], "publié": ["fr"], "publié le": ["fr"], "mis à jour": ["fr"], "mis à jour le": ["fr"], "modifié": ["fr"], "modifié le": ["fr"], publicado: ["es", "pt"],
  actualizado: ["es"], "publicado el": ["es"], "actualizado el": ["es"], atualizado: ["pt"], pubblicato: ["it"], aggiornato: ["it"], publicat: ["ro"], actualizat: ["ro"],
  opublikowano: ["pl"], zaktualizowano: ["pl"], julkaistu: ["fi"], "päivitetty": ["fi"], objavljeno: ["hr", "sl"], "ažurirano": ["hr"],
  gepubliseer: ["af"], opgedateer: ["af"], "laas opgedateer": ["af"],
  publikacja: ["pl"], aktualizacja: ["pl"], "publikováno": ["cs"], "aktualizováno": ["cs"], "publikálva": ["hu"], "frissítve": ["hu"],
  stand: ["de"],
};

// The word before the time: "kl 17.20", "klo 17.20", "um 14:05", "à 14h05", "às 14:05", "alle 14:05", "a las 14:05", "o 14:05", "godz. 14:05"
export const BEFORE_CLOCK = ["kl", "klo", "klockan", "um", "à", "às", "alle", "ore", "a las", "a la", "o", "godz", "saat", "u"];
// (as a pattern's alternatives, the abbreviated ones with their full stop)
const BEFORE_CLOCK_WORDS = BEFORE_CLOCK.map((w) => (w === "kl" || w === "godz" ? `${w}\\.?` : w)).join("|");
const CLOCK_WORD = new RegExp(`(\\d\\.?|\\p{L})\\s+(?:${BEFORE_CLOCK_WORDS})\\s+(?=\\d{1,2}[:.h]\\d{2}(?!\\d))`, "giu");

let table: Map<string, string> | null = null;
const MONTH_WORD = MONTHS.join("|");
// (the words of a date line besides its names: those before its time, word by word, and small words around a date)
// (and those after it: "18:30 hrs.", "18:30 Uhr")
const CLOCK_WORDS = new Set([...BEFORE_CLOCK.flatMap((w) => w.split(" ")), "am", "pm", "le", "el", "den", "de", "del", "di", "hrs", "uhr", "h"]);

/** True for a word of a date: a month or weekday (any of the languages, or English), a label, a word before a time. */
function isDateWord(word: string, known: Map<string, string>): boolean {
  return known.has(word) || word in LABELS || CLOCK_WORDS.has(word) || MONTHS.includes(word) || WEEKDAYS.includes(word) || /\d/.test(word);
}

let pattern: RegExp | null = null;
let firstWords: Set<string> | null = null;

/** Which languages write each month, weekday or label word (lower case), filled as the tables below are built. */
const languagesOf = new Map<string, Set<string>>(
  Object.entries(LABEL_LANGUAGES).map(([label, languages]) => [label, new Set(languages)]),
);

function noteLanguage(word: string, language: string): void {
  languagesOf.set(word, (languagesOf.get(word) ?? new Set()).add(language));
}

/** Foreign month and weekday names (lower case) → English ones: the names alone and as a date prints them ("16 września"). */
function names(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const english = new Set([...MONTHS, ...WEEKDAYS]);
  for (const language of LANGUAGES) {
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2022, m, 16, 12));
      const alone = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(date);
      const inDate = new Intl.DateTimeFormat(language, { day: "numeric", month: "long", timeZone: "UTC" }).formatToParts(date).find((p) => p.type === "month")?.value;
      for (const name of [alone, inDate]) if (name && name.length >= 3) setName(name, MONTHS[m]!);
      // (a month inside a date may take another case: Ukrainian "травень", "6 травня")
      for (const name of new Set([alone, inDate ?? alone])) noteLanguage(name.toLowerCase(), language);
    }
    for (let d = 0; d < 7; d++) {
      const name = new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2022, 4, 1 + d, 12)));
      setName(name, WEEKDAYS[d]!);
      noteLanguage(name.toLowerCase(), language);
    }
  }
  for (const name of english) table.delete(name);
  return table;
}

/** A name in the table, with its apostrophe as pages type it too (Ukrainian "пʼятниця" printed "п’ятниця", "п'ятниця"). */
function setName(name: string, english: string): void {
  const key = name.toLowerCase();
  table!.set(key, english);
  if (key.includes("ʼ")) for (const mark of ["’", "'"]) table!.set(key.replaceAll("ʼ", mark), english);
}

let short: Map<string, string> | null = null;

/** Abbreviated foreign month names ("abr", "sept") → English months, for dates written "19.abr.2023". */
function shortMonths(): Map<string, string> {
  if (short) return short;
  short = new Map();
  for (const language of LANGUAGES) {
    for (let m = 0; m < 12; m++) {
      const name = new Intl.DateTimeFormat(language, { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2022, m, 16, 12)));
      short.set(name.toLowerCase().replace(/\.$/, ""), MONTHS[m]!);
      noteLanguage(name.toLowerCase().replace(/\.$/, ""), language);
    }
  }
  return short;
}

// "21. Nov 2031": a day's ordinal dot before an English month and its year
const ORDINAL_DOT_RE = /(?<![\p{L}\d.])(\d{1,2})\.\s(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b)/gu;

/** "19.abr.2023" (a short month's name between dots, as Portuguese pages print dates) → "19 April 2023". */
function dottedMonth(line: string): string {
  return line.replace(/(?<![\p{L}\d])(\d{1,2})\.(\p{L}{3,5})\.(\d{4})(?!\d)/gu, (all, d: string, name: string, y: string) => {
    const month = shortMonths().get(name.toLowerCase()) ?? (MONTHS.find((m) => m.startsWith(name.toLowerCase())) ?? null);
    return month ? `${d} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${y}` : all;
  });
}

/** "aktualizováno 17:45" (a label of their language before a clock) → "Updated 17:45", or null. */
function labelledClock(part: string): string | null {
  const m = /^(\p{L}+(?: \p{L}+)?):?\s+(\d{1,2}[:.]\d{2})$/u.exec(part.trim());
  const label = m ? LABELS[m[1]!.toLowerCase()] : undefined;
  return label ? `${label} ${m![2]}` : null;
}

/** "04 abr 2029", "4 abr. 2029" (a short month's name between the day and the year) → "04 April 2029". */
function spacedShortMonth(line: string): string {
  return line.replace(/(?<![\p{L}\d])(\d{1,2})\.?\s(\p{L}{3,5})\.?\s(\d{4})(?!\d)/gu, (all, d: string, name: string, y: string) => {
    // (full names, "juni", are the table's: only the short ones it does not hold)
    const key = name.toLowerCase();
    const month = MONTHS.some((m) => m.startsWith(key)) || names().has(key) ? null : shortMonths().get(key);
    return month ? `${d} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${y}` : all;
  });
}

/** A line's foreign date words in English ("fredag 16 september 2022 kl 17.20" → "Friday 16 September 2022 17.20"). */
export function englishDateWords(line: string): string {
  const age = line.length <= 40 ? englishAge(line) ?? englishDay(line) : null;
  if (age) return age;
  // (an age, then the card's section after a dot: "35 минут назад · Политика")
  const [first, ...rest] = line.split(/(?=\s[·•|]\s)/);
  const agePart = rest.length > 0 && first!.length <= 40 ? englishAge(first!) : null;
  if (agePart) return agePart + rest.join("");
  // ("21.04.2028. u 22:15": a date of numbers, then the word before its time)
  if (NUMERIC_CLOCKED.test(line)) return line.replace(CLOCK_WORD, "$1 ");
  if (line.length > 120 || !/\d/.test(line) || !/\p{L}{3}/u.test(line)) return line;
  // (a masthead's row of parts, each read alone: "pátek 20. dubna 2029 · svátek má Marcela · aktualizováno 17:45")
  const parts = line.split(/(\s[·•|]\s)/);
  if (parts.length >= 3) return parts.map((part, i) => (i % 2 === 1 ? part : labelledClock(part) ?? englishDateWords(part))).join("");
  const dotted = dottedMonth(line);
  if (dotted !== line) return dotted.replace(CLOCK_WORD, "$1 ");
  // ("21. Nov 2031 at 17:05": the day's ordinal dot, as Central Europe writes it, before an English month and its year)
  const ordinal = line.replace(ORDINAL_DOT_RE, "$1 ");
  if (ordinal !== line) return ordinal;
  // ("Madrid - 04 abr 2029 - 07:02 CEST": a short month's name between the day and the year)
  const spaced = spacedShortMonth(line);
  if (spaced !== line) return englishDateWords(spaced).replace(CLOCK_WORD, "$1 ");
  const numeric = labelledNumericDate(line);
  if (numeric !== line) return numeric;
  const known = names();
  // most lines hold no foreign word at all: a look-up per word settles them before the long pattern runs
  firstWords ??= new Set([...known.keys(), ...Object.keys(LABELS).map((label) => label.split(" ")[0]!)]);
  if (!(line.match(/\p{L}+/gu) ?? []).some((word) => firstWords!.has(word.toLowerCase()))) return line;
  pattern ??= new RegExp(`(?<![\\p{L}])(${[...known.keys(), ...Object.keys(LABELS), ...MONTHS]
    .sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "giu");
  const found = [...line.matchAll(pattern)].map((m) => m[1]!.toLowerCase());
  if (!found.some((w) => known.has(w) || w in LABELS)) return line;
  // a month's name (theirs or ours) beside a day number ("16 september", "16. März", "september 16"), and little else
  // but names (a byline): a date line, not a sentence ("Mai 5 was a good day")
  const english = line.replace(pattern, (word) => englishWord(word, known)).replace(DE_MONTH, "$1 $2").replace(MONTH_DE, "$1 $2");
  // (an update in brackets after it is more of the same: "(mis à jour à 20h10)")
  const others = english.split(/[\s,|·•–—()-]+/).filter((w) => /\p{L}{2}/u.test(w) && !isDateWord(w.toLowerCase().replace(/[.,:]$/, ""), known));
  if (!new RegExp(`\\d\\.?\\s*(?:${MONTH_WORD})|(?:${MONTH_WORD})\\s*\\d`, "iu").test(english) || others.length > 4 || others.some((w) => !/^\p{Lu}/u.test(w))) return line;
  return english.replace(/(\d{1,2})\.\s+(?=\p{Lu}\p{Ll}+\s+\d{4})/u, "$1 ").replace(CLOCK_WORD, "$1 ");
}

const NUMERIC_CLOCKED = /^\d{1,2}\.\d{1,2}\.\d{2,4}\.?,?\s+\p{L}{1,7}\.?\s+\d{1,2}[:.h]\d{2}$/u;

let days: { pattern: RegExp; words: Map<string, string> } | null = null;

/**
 * A card's "today" or "yesterday" before its clock, in those languages ("i dag 17.55", "heute, 17:55", "ieri alle
 * 21:30") in English ("Today 17.55"), or null. The runtime's locale data gives the words.
 */
function englishDay(line: string): string | null {
  if (!/\d/.test(line)) return null;
  if (!days) {
    const words = new Map<string, string>();
    for (const language of LANGUAGES) {
      const format = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
      words.set(format.format(0, "day").toLowerCase().replace(/’/g, "'"), "Today");
      words.set(format.format(-1, "day").toLowerCase().replace(/’/g, "'"), "Yesterday");
    }
    const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    days = { words, pattern: new RegExp(`^(${alternatives.join("|")}),?(?:\\s+(?:${BEFORE_CLOCK_WORDS}))?(\\s+\\d{1,2}[:.h]\\d{2})$`, "iu") };
  }
  const m = days.pattern.exec(line.trim().replace(/’/g, "'"));
  const word = m ? days.words.get(m[1]!.toLowerCase()) : undefined;
  // (only before a time: alone, "today" is a word of a headline, as "now" is, and Hungarian's "most" an outlet's name)
  return word && m![2] ? `${word}${m![2]}` : null;
}

let ages: Map<string, string> | null = null;

/**
 * A card's age in those languages ("35 min temu", "vor 2 Stunden", "il y a 3 h", "2 години тому") in English ("35
 * minutes ago"), or null: the words around the number, as the runtime's locale data writes them, name the unit.
 */
function englishAge(line: string): string | null {
  const m = AGE_LINE.exec(line.trim());
  if (!m) return null;
  const unit = ageForms().get(ageKey(m[1]!, m[3]!));
  return unit ? `${m[2]} ${unit}${m[2] === "1" ? "" : "s"} ago` : null;
}
const AGE_LINE = /^([^\d]{0,12}?)(\d{1,3})([^\d]{0,18})$/u;
const ageKey = (before: string, after: string) => `${before.trim().toLowerCase()}#${after.trim().toLowerCase()}`;

/** Each language's ways of writing a past age (long, short, narrow; every plural form) → the unit they count. */
function ageForms(): Map<string, string> {
  if (ages) return ages;
  ages = new Map();
  for (const language of LANGUAGES) {
    for (const style of ["long", "short", "narrow"] as const) {
      const format = new Intl.RelativeTimeFormat(language, { numeric: "always", style });
      for (const unit of ["minute", "hour", "day"] as const) {
        for (const n of [1, 2, 3, 5, 11, 21, 22, 25]) {
          const parts = format.formatToParts(-n, unit);
          const at = parts.findIndex((p) => p.type === "integer");
          const before = parts.slice(0, at).map((p) => p.value).join("");
          const after = parts.slice(at + 1).map((p) => p.value).join("");
          // (a form of bare signs and one letter, "-2 h", says nothing a figure does not)
          if (at < 0 || before.includes("-") || `${before} ${after}`.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 2) continue;
          ages.set(ageKey(before, after), unit);
        }
      }
    }
  }
  return ages;
}

let labelled: RegExp | null = null;

/**
 * "Stand: 30.09.2025, 10:20 Uhr", "Aktualisiert 30.09.2025 10:20": a label before a date of numbers only, in English
 * ("Updated: 30.09.2025, 10:20 Uhr"); the label must open the line and the date follow it.
 */
function labelledNumericDate(line: string): string {
  labelled ??= new RegExp(`^(\\s*)(${Object.keys(LABELS).sort((a, b) => b.length - a.length).join("|")})(?=:?\\s+\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?!\\d))`, "iu");
  return line.replace(labelled, (_, space: string, label: string) => space + englishWord(label, new Map()));
}

// "2 de May de 2023" (Spanish and Portuguese put "de" between a date's parts): "2 May 2023"
const DE_MONTH = new RegExp(`(\\d{1,2})\\s+de\\s+(${MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join("|")})\\b`, "gu");
const MONTH_DE = new RegExp(`\\b(${MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join("|")})\\s+del?\\s+(\\d{4})\\b`, "gu");

/** A month's, weekday's or label's English word, capitalised. */
function englishWord(word: string, known: Map<string, string>): string {
  const key = word.toLowerCase();
  const to = known.get(key) ?? LABELS[key] ?? key;
  return to.charAt(0).toUpperCase() + to.slice(1);
}


/**
 * The languages a date line is printed in ("Publisert 4. jun. 2024 kl. 07.00" → nb; "fredag 16 september" → sv, nb,
 * da): those whose month, weekday or label words it holds, all of them; none for an English line.
 */
export function dateLanguages(line: string): string[] {
  if (line.length > 120 || !/\d/.test(line)) return [];
  // (the month and weekday tables note each name's languages as they are built)
  names();
  shortMonths();
  let found = null as Set<string> | null;
  const lower = line.toLowerCase();
  for (const m of lower.matchAll(/\p{L}+(?: \p{L}+)*?(?=[\s\d.,:]|$)/gu)) {
    const word = m[0];
    const languages = languagesOf.get(word);
    if (!languages || MONTHS.includes(word) || WEEKDAYS.includes(word) || ENGLISH_SHORT.has(word)) continue;
    // (a month's name tells only beside a day's number: "Mayo marks the day" is a county, "4 mayo" a date)
    const month = MONTHS.includes(table!.get(word) ?? "") || short!.has(word);
    if (month && !/\d[.\s]{0,2}$/.test(lower.slice(0, m.index)) && !/^[.\s]{0,2}\d/.test(lower.slice(m.index + word.length))) continue;
    found = found === null ? new Set(languages) : new Set([...found].filter((l) => languages.has(l)));
  }
  return [...(found ?? [])];
}

// (English's own short names, "Oct 13", "Sat", tell no other language, though French and Spanish write "oct" too)
const ENGLISH_SHORT = new Set("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split(" "));

/** A page's head as printed, by the lines its dates were rewritten into (englishLines). */
const printedHeads = new WeakMap<string[], string[]>();
/** The last page's rewritten head lines, each as printed: a part of its lines (an article's head) asks by line. */
let printedLines = new Map<string, string>();

/**
 * A page's lines with their dates in English (englishDateWords), remembering its head as printed, so the language
 * its dates were printed in can still be asked for (printedLanguages).
 */
export function englishLines(raw: string[]): string[] {
  const lines = raw.map(englishDateWords);
  printedHeads.set(lines, raw.slice(0, 40));
  printedLines = new Map(raw.slice(0, 40).flatMap((line, i) => (lines[i] !== line ? [[lines[i]!, line] as const] : [])));
  return lines;
}

/** The languages the head of these lines printed its dates in (as printed, when englishLines rewrote them). */
export function printedLanguages(lines: string[]): string[] {
  const head = printedHeads.get(lines) ?? lines.slice(0, 40).map((line) => printedLines.get(line) ?? line);
  return head.map((line) => (line.length <= 90 ? dateLanguages(line) : [])).find((l) => l.length > 0) ?? [];
}

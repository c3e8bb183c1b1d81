// Name variants folded before anything compares text: demonyms to their country ("South Korean" → "South Korea"),
// and the beat's own spelling variants ("Zaporozhye" → "Zaporizhzhia"). Capitalisation is kept, so names stay names.

/** Demonyms and adjectives of countries → the country: "Korean intelligence" and "Korea's intelligence" share a name. */
export const DEMONYMS: Record<string, string> = {
  korean: "Korea", koreans: "Korea", iranian: "Iran", belarusian: "Belarus", polish: "Poland", hungarian: "Hungary",
  swedish: "Sweden", danish: "Denmark", dutch: "Netherlands", german: "Germany", french: "France", british: "UK",
  american: "US", chinese: "China", japanese: "Japan", turkish: "Turkey", moldovan: "Moldova", romanian: "Romania",
  lithuanian: "Lithuania", estonian: "Estonia", latvian: "Latvia", finnish: "Finland", norwegian: "Norway",
  canadian: "Canada", italian: "Italy", spanish: "Spain", czech: "Czechia", slovak: "Slovakia", bulgarian: "Bulgaria",
  israeli: "Israel", syrian: "Syria", indian: "India", georgian: "Georgia", russian: "Russia", ukrainian: "Ukraine",
  ukrainians: "Ukraine", russians: "Russia", swiss: "Switzerland", austrian: "Austria", belgian: "Belgium",
  portuguese: "Portugal", irish: "Ireland", saudi: "Saudi Arabia", qatari: "Qatar", emirati: "UAE",
  brazilian: "Brazil", mexican: "Mexico", australian: "Australia", hungarians: "Hungary", serbian: "Serbia",
  croatian: "Croatia", slovenian: "Slovenia", armenian: "Armenia", azerbaijani: "Azerbaijan", kazakh: "Kazakhstan",
};

const cache = new WeakMap<Record<string, string>, RegExp>();

function pattern(table: Record<string, string>): RegExp {
  let re = cache.get(table);
  if (!re) {
    const keys = Object.keys(table).sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.join("|")})(?![\\p{L}\\p{N}])`, "giu");
    cache.set(table, re);
  }
  return re;
}

/**
 * Replaces every variant in `text` (whole words, any case) by its canonical form, capitalised like the variant (every
 * word of it when every word of the variant is capitalised);
 * with `namesOnly`, only capitalised words are folded ("Polish" is a demonym, "polish" a verb).
 */
export function foldWith(text: string, table: Record<string, string>, namesOnly = false): string {
  if (Object.keys(table).length === 0) return text;
  return text.replace(pattern(table), (found) => {
    const capital = /^\p{Lu}/u.test(found);
    if (namesOnly && !capital) return found;
    const to = table[found.toLowerCase()] ?? found;
    if (!capital) return to;
    // a name stays a name word by word: "Krivoy Rog" → "Kryvyi Rih", "ZNPP" → "Zaporizhzhia Nuclear Plant"
    const every = found.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
    return every ? to.replace(/(^|\s)(\p{L})/gu, (_, space: string, c: string) => space + c.toUpperCase()) : to.charAt(0).toUpperCase() + to.slice(1);
  });
}

/** Folds demonyms, then the beat's variants. */
export function foldNames(text: string, variants: Record<string, string>): string {
  return foldWith(foldWith(text, DEMONYMS, true), variants);
}

// One name spelled several ways in a day's reports ("Pokrovsk" and the German "Pokrowsk", "Vnukovo" and "Wnukowo"):
// folded to one spelling before anything compares text, as the beat's own variants table is ("Kiev" → "Kyiv"). The
// table names the variants we know of; this finds the ones a day brings, by the sounds transliterations swap.

/** Shortest name compared: short words are too often two different words spelled alike. */
const MIN_LENGTH = 5;

/**
 * A name's sound, as transliterations into English, German and Polish all write it: lower case without accents,
 * "w" read as "v", "sch"/"sz" as "sh", "tsch"/"cz" as "ch", "y"/"j" between letters and "ij"/"iy" read as "i", doubled
 * letters once ("Pokrowsk", "Pokrovsk" → "pokrovsk"; "Wnukowo" → "vnukovo").
 */
export function soundKey(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/tsch|cz/g, "ch")
    .replace(/sch|sz/g, "sh")
    .replace(/w/g, "v")
    .replace(/(?<=\p{L})(?:ij|iy|yi|ji)(?=\p{L}|$)/gu, "i")
    .replace(/(?<=\p{L})[yj](?=\p{L})/gu, "i")
    .replace(/(\p{L})\1+/gu, "$1");
}

/**
 * The day's spelling variants: for every sound two or more capitalised names of the day's texts share, each rarer
 * spelling → the one a `known` name has (the beat's places), else the one written most often.
 * Keys and values are lower case, as the beat's variants table is.
 */
export function dayVariants(texts: string[], known: Set<string>): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const [name] of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]+(?![\p{L}\p{N}])/gu)) {
      if (name.length < MIN_LENGTH) continue;
      const key = soundKey(name);
      const spellings = counts.get(key) ?? new Map<string, number>();
      spellings.set(name.toLowerCase(), (spellings.get(name.toLowerCase()) ?? 0) + 1);
      counts.set(key, spellings);
    }
  }
  const out: Record<string, string> = {};
  // (on a tie, the spelling already written as its sound: "Vnukovo" over "Wnukowo")
  const plain = (s: string) => Number(soundKey(s) === s);
  for (const spellings of counts.values()) {
    if (spellings.size < 2) continue;
    const ranked = [...spellings].sort((a, b) => Number(known.has(b[0])) - Number(known.has(a[0])) || b[1] - a[1] || plain(b[0]) - plain(a[0]));
    const canonical = ranked[0]![0];
    for (const [spelling] of ranked.slice(1)) out[spelling] = canonical;
  }
  return out;
}

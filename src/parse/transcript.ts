// Broadcast transcripts: each segment's text starts after its speaker's label, and a correspondent's label credits
// them ("JANE DOE, EXAMPLE CORRESPONDENT (voice-over): …").

// A broadcast transcript's speaker label: "JANE DOE, CNN CORRESPONDENT (voice-over): ", "JANE DOE (on camera): "
const SPEAKER_RE = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){1,3})(?:, ([\p{Lu}\d&'’ .-]{2,60}))?(?: \([\p{Ll} -]{2,30}\))?: (?=\S)/u;

/**
 * An entry of a broadcast transcript: its text starts after the first speaker's label, and a correspondent's or
 * reporter's label credits them when nothing else does ("JANE DOE, CNN CORRESPONDENT (voice-over): …" → Jane Doe).
 */
export function spoken<T extends { author: string | null; body: string[] }>(speakers: Set<string>, entry: T): T {
  const m = entry.body[0] ? SPEAKER_RE.exec(entry.body[0]) : null;
  // (the surname alone of a speaker the transcript introduced in full: "ALDEN: …")
  const again = /^(\p{Lu}[\p{Lu}'’-]+)(?: \([\p{Ll} -]{2,30}\))?: (?=\S)/u.exec(entry.body[0] ?? "");
  if (!m && again && speakers.has(again[1]!)) return { ...entry, body: [entry.body[0]!.slice(again[0].length), ...entry.body.slice(1)] };
  // (a name and a role, or a name of two words or more with its manner of speaking: no "BREAKING:" label)
  if (!m || (!m[2] && !/\)\: $/.test(m[0]))) return entry;
  const body = [entry.body[0]!.slice(m[0].length), ...entry.body.slice(1)];
  const reporter = m[2] && /\b(?:CORRESPONDENT|REPORTER)\b/.test(m[2]) ? m[1]!.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()) : null;
  return { ...entry, body, author: entry.author ?? reporter };
}

/** The surnames of a transcript's speakers introduced by name and role ("KATHRYN ALDEN, CNN ANCHOR:" → ALDEN). */
export function speakerSurnames(entries: { body: string[] }[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    for (const paragraph of entry.body) {
      const m = SPEAKER_RE.exec(paragraph);
      if (m?.[2]) names.add(m[1]!.split(" ").at(-1)!);
    }
  }
  return names;
}

// The name a text page gives itself: a "Title | Site" suffix on its title line, else its copyright footer.

const NAME_RE = /^(?:The |the )?[\p{Lu}\d][\p{L}\d&'’.-]*(?: (?:[\p{Lu}\d&][\p{L}\d&'’.-]*|of|and|for|the|de|ve|und)){0,5}$/u;

/** The site a text page names, or null when it names none. */
export function siteName(lines: string[], title: string | null): string | null {
  const suffix = title ? /\s\|\s([^|]{2,50})$/.exec(title)?.[1]?.trim() : undefined;
  if (suffix && NAME_RE.test(suffix)) return suffix;
  // The footer's copyright line: "© 2024 Name", "Copyright 2024 Name. All rights reserved.", "© 2000-2024, Name".
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
    const name = copyrightHolder(lines[i]!);
    if (name) return name;
  }
  return null;
}

/** The holder a copyright line names, or null. */
export function copyrightHolder(line: string): string | null {
  if (line.length > 200 || line.includes("/")) return null;
  const m = /^(?:©|\(c\)|copyright(?:\s?©)?)\s*(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s*)?(.*)$/iu.exec(line);
  if (!m) return null;
  const name = m[1]!
    .replace(/\.?\s*all rights reserved\b.*$/i, "")
    .replace(/\s*\d{4}(?:\s?[-–]\s?\d{4})?\.?$/, "")
    .replace(/[.,;]\s.*$/, "")
    .replace(/[.,;\s]+$/, "")
    .trim();
  return name.length >= 2 && NAME_RE.test(name) ? name : null;
}

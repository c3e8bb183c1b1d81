// Line-level helpers shared by the plain-text formats: splitting, page furniture, sentence tests.

/** Lines of a text scrape, trimmed (NBSP included), with blank lines kept as "". */
export function splitLines(body: string): string[] {
  return body.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/g, " ").trim());
}

const FURNITURE: RegExp[] = [
  /^\[ad_\d+\]$/i,
  /^source link$/i,
  /^show latest update$/i,
  /^read more\.?$/i,
  /^loading\s?(\.\.\.|…)?$/i,
  /^more updates\b.{0,4}$/iu,
  /^for (our|the) (live )?updates? from .{1,60}click here\.?$/i,
  /^advertisement$/i,
  /^share this article/i,
  /^copy\/paste the article/i,
  /^copy to clipboard/i,
  /^(skip to|jump to) (main )?content$/i,
  /^sign up\b.{0,80}$/i,
  /^(watch|view) (the )?(live )?(video|stream)$/i,
  /^(getty|getty images|afp|ap|reuters|pa|epa)$/i,
];

/** True for lines that are page chrome everywhere: ad markers, buttons, share widgets, "Loading...". */
export function isFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line));
}

const CREDIT_WORD = "(?:[A-Z][\\w.&'’/-]*|via|and)";
const CREDIT_RE = new RegExp(`^\\(${CREDIT_WORD}(?:\\s+${CREDIT_WORD}){0,5}\\)$`);

/** True for a photo or agency credit line such as "(REUTERS)" or "(AFP via Getty Images)". */
export function isCredit(line: string): boolean {
  return line.length <= 48 && CREDIT_RE.test(line);
}

/** True for a line that reads as (the end of) a sentence rather than a headline or link text. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?:;…"”'’)\]]$/.test(line);
}

/**
 * True for a short line inside a body that is not a sentence: a related-article link, a stray navigation
 * fragment, a caption. Long lines are kept: they are paragraphs that merely lack punctuation.
 */
export function isLinkLine(line: string): boolean {
  return !endsLikeSentence(line) && line.length <= 160;
}

/** Body paragraphs from raw lines: blank lines, furniture, credits and link lines dropped. */
export function cleanBody(lines: string[]): string[] {
  return lines.filter((line) => line !== "" && !isFurniture(line) && !isCredit(line) && !isLinkLine(line));
}

/** Index of the first line at or after `from` that is not blank or furniture, or -1. */
export function nextContent(lines: string[], from: number, until = lines.length): number {
  for (let i = from; i < until; i++) {
    const line = lines[i] ?? "";
    if (line !== "" && !isFurniture(line) && !isCredit(line)) return i;
  }
  return -1;
}

/** Index of the last line before `before` (down to `from`) that is not blank or furniture, or -1. */
export function prevContent(lines: string[], before: number, from = 0): number {
  for (let i = before - 1; i >= from; i--) {
    const line = lines[i] ?? "";
    if (line !== "" && !isFurniture(line) && !isCredit(line)) return i;
  }
  return -1;
}

/** Index of a "Key Points" header line, or -1. */
export function keyPointsIndex(lines: string[], until = lines.length): number {
  for (let i = 0; i < until; i++) if (/^key (points|events)$/i.test(lines[i] ?? "")) return i;
  return -1;
}

/** Lowercased, whitespace- and quote-normalised text for comparing headlines. */
export function normText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/[ .:]+$/, "");
}

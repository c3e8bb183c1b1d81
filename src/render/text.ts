// Text hygiene for every renderer: clean source text, escape it for Markdown and HTML, keep only safe links.

// C0/C1 controls (but not tab/newline, which whitespace folding removes anyway), the byte-order mark, the
// noncharacters XML forbids (U+FFFE, U+FFFF, U+FDD0–U+FDEF), and bidi embeddings, overrides and isolates, which
// could reorder what a reader sees around them.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff\ufdd0-\ufdef\u202a-\u202e\u2066-\u2069]/g;
// A surrogate without its pair is not a character: XML, JSON consumers and mail clients reject it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Longest headline and summary any output carries (a 9 MB line from a page must not become a 39 MB email). */
export const MAX_HEADLINE = 300;
export const MAX_SUMMARY = 800;

/** Source text as one clean line: controls dropped, every run of whitespace folded to one space. */
export function oneLine(text: string | null | undefined): string {
  if (!text) return "";
  return text.replace(CONTROLS, "").replace(LONE_SURROGATE, "").replace(/\s+/gu, " ").trim();
}

/** Shortens clean text to at most `max` characters at a word boundary, ending with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/** The URL if it is an absolute http(s) URL (anything else, e.g. `javascript:`, becomes null). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return null;
  try {
    return new URL(trimmed).href;
  } catch {
    return null;
  }
}

// Characters that mean something inline in CommonMark (or GFM) anywhere in a line; `&` only when it starts an entity.
const MD_INLINE = /[\\`*_[\]<>#~|]|&(?=#?[a-z0-9]+;)/gi;
// Characters that start a block when they open a line (or follow a list marker): -, +, and "1." / "1)".
const MD_BLOCK_START = /^([-+])|^(\d+)([.)])/;

/** Escapes clean text so CommonMark shows it literally (no emphasis, links, HTML, entities or blocks). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MD_INLINE, (c) => `\\${c}`)
    .replace(MD_BLOCK_START, (_m, sign: string | undefined, digits: string, dot: string) => (sign ? `\\${sign}` : `${digits}\\${dot}`))
    // Never let source text form a pass-2 token (`=@…@=`, see pass2.ts): `\@` and `\=` print as `@` and `=`.
    .replace(/=@/g, "=\\@").replace(/@=/g, "@\\=");
}

/** A URL made safe as a CommonMark link destination inside `<…>` (no spaces, angle brackets or newlines). */
export function markdownUrl(url: string): string {
  return url.replace(/[\s<>\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)
    .replace(/=@/g, "=%40").replace(/@=/g, "%40=");
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;",
};

/** Escapes text for HTML text and quoted attributes, as Handlebars does (so `=` can never form a pass-2 token). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * HTML that can travel as 7bit mail: every character outside printable ASCII written as a numeric reference
 * (what the browser shows is unchanged), and lines over `maxLine` broken at a space (a line break is a space
 * to HTML). The sender then never re-encodes a reader's whole body as quoted-printable. `<style>` blocks keep
 * their characters: CSS does not read references.
 */
export function mailSafeHtml(html: string, maxLine = 500): string {
  const ascii = html.replace(/(<style\b[\s\S]*?<\/style>)|[^\x09\x0a\x0d\x20-\x7e]/giu, (match, style: string | undefined) =>
    style ?? `&#${match.codePointAt(0)};`);
  return ascii.split("\n").map((line) => breakLine(line, maxLine)).join("\n");
}

function breakLine(line: string, max: number): string {
  if (line.length <= max) return line;
  const parts: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(" ", max);
    if (cut <= 0) cut = rest.indexOf(" ", max);
    if (cut < 0) break; // no space at all: the sender falls back to quoted-printable for this body
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  parts.push(rest);
  return parts.join("\n");
}

/** "1 story" / "3 stories". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

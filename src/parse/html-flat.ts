// An HTML page whose updates are not blocks of their own but a flat run of elements ("<p><strong>9:55 p.m.</strong>",
// "<h3>Headline</h3>", paragraphs, "<hr>", the next stamp): read as the text scrape it renders to, one line per block.
import { type DraftDocument, NO_DATE, NO_ZONE, type ParseContext } from "./draft.ts";
import type { DomElement } from "./html-chrome.ts";
import type { PageMeta } from "./html-meta.ts";
import type { PageMarks } from "./html-stamped.ts";
import { parseLiveblogText } from "./liveblog-text.ts";
import { parseBulletList } from "./text-bullets.ts";
import { fromLanguageMenu, fromSectionMenu } from "./text-home-zone.ts";

const BULLET = "- ";
// a paragraph of running text: ten words or more, closed by its full stop
const ESSAY_PARAGRAPH_RE = /^\p{Lu}(?:\S+\s+){9,}\S*[.!?]["”’]?$/u;

const BLOCK_TAGS = new Set(["P", "DIV", "LI", "BLOCKQUOTE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6", "DT", "DD",
  "FIGCAPTION", "TD", "TH", "SECTION", "ARTICLE", "HEADER", "FOOTER", "ASIDE", "NAV", "MAIN", "UL", "OL", "TABLE", "TR", "FIGURE"]);
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "INPUT", "SELECT", "TEXTAREA"]);

/**
 * The updates of a flat stamped run in the page's main text (its chrome removed), else its key-events list when the
 * list is most of the text (one entry per bullet, of the article's time), else null.
 */
export function parseFlatStamped(root: DomElement, meta: PageMeta, ctx: ParseContext, marks?: PageMarks): DraftDocument | null {
  const body = root.querySelector("body") ?? root;
  // (date lines the chrome removal took, "<time class=asset-date>Apr 4, 2022</time>", belong to the page's head)
  const flat = blockLines(body);
  const dated = (marks?.dated ?? []).map((d) => d.text).filter((text) => !flat.includes(text));
  const lines = dated.length > 0 ? [...dated, "", ...flat] : flat;
  // (the menus and footer the chrome removal took still name the page's home)
  const home = marks ? fromLanguageMenu(marks.menu) ?? marks.footer ?? fromSectionMenu(marks.nav) : null;
  const stamped = parseLiveblogText(lines, ctx, {
    offset: meta.offset, utcClocks: meta.utcClocks, host: meta.host, site: meta.siteName, home, modified: meta.ldDates?.modified,
    published: meta.published,
  });
  // (the article's own machine date then dates the list, in the zone it carries; bullets that open with their own
  // times are those times on its day)
  const written = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.exec(meta.ldDates?.published ?? "");
  const machine = meta.published ? { published: meta.published, day: written?.[1] ?? null, zone: written ? (written[2] === "Z" ? "UTC" : written[2]!) : null } : null;
  const listed = stamped ? null : mostlyList(lines) ? parseBulletList(lines, ctx, machine) : null;
  const text = stamped ?? listed;
  if (!text) return null;
  // the page's byline (removed with its chrome, kept in its metadata) signs every update that names no author
  for (const entry of text.entries) entry.author ??= meta.author;
  const warnings = listed && meta.published ? text.warnings.filter((w) => !w.startsWith(NO_DATE) && !w.startsWith(NO_ZONE)) : text.warnings;
  return { ...text, warnings, sourceName: meta.siteName ?? text.sourceName, title: meta.headline ?? text.title };
}

/**
 * True when the page's bullets hold more of its text than its other lines, and no essay of three paragraphs or more
 * comes before them (a newsletter's lead story, then its briefs: read by sections).
 */
function mostlyList(lines: string[]): boolean {
  const first = lines.findIndex((line) => line.startsWith(BULLET));
  if (lines.slice(0, Math.max(first, 0)).filter((line) => ESSAY_PARAGRAPH_RE.test(line)).length >= 3) return false;
  let listed = 0;
  let other = 0;
  for (const line of lines) {
    if (line.startsWith(BULLET)) listed += line.length;
    else other += line.length;
  }
  return listed > other;
}

/** The text of every block that holds no other block, in page order, a blank line between blocks. */
function blockLines(root: DomElement): string[] {
  const lines: string[] = [];
  const walk = (el: DomElement, prefix = ""): string => {
    let inline = prefix;
    const flush = () => {
      const texts = (inline === BULLET ? "" : inline).split("\n").map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t !== "");
      if (texts.length > 0) lines.push(...texts, "");
      inline = "";
    };
    const nodes = (el as unknown as { childNodes: ArrayLike<DomElement & { nodeType: number; nodeValue: string | null }> }).childNodes;
    for (const node of Array.from(nodes)) {
      if (node.nodeType === 3) inline += node.nodeValue ?? "";
      else if (node.nodeType !== 1 || SKIP_TAGS.has(node.tagName.toUpperCase())) continue;
      else if (node.tagName.toUpperCase() === "BR") inline += "\n";
      else if (node.tagName.toUpperCase() === "HR") flush();
      else if (BLOCK_TAGS.has(node.tagName.toUpperCase())) {
        // a list item reads as the scrape prints it, a bullet; an item whose text sits in paragraphs ("<li><p>…")
        // carries its bullet onto the first of them
        const carried = inline.trim() === BULLET.trim() ? BULLET : "";
        if (carried) inline = "";
        flush();
        walk(node, carried || (node.tagName.toUpperCase() === "LI" && !node.querySelector("li") ? BULLET : ""));
      } else inline += walk(node);
    }
    if (BLOCK_TAGS.has(el.tagName.toUpperCase()) || el === root) {
      flush();
      return "";
    }
    const rest = inline;
    inline = "";
    return rest;
  };
  walk(root);
  return lines;
}

// The archive's per-edition metadata (kept in each Markdown file) and the views of its index and Atom feed.
import { dayLabels, isoUtc } from "./dates.ts";
import { MAX_HEADLINE, oneLine, plural, safeUrl, shorten } from "./text.ts";

/** What the index and feed say about one archived edition. */
export interface EditionMeta {
  date: string;
  storyCount: number | null;
  topHeadline: string | null;
  generatedAt: string | null;
  hasHtml: boolean;
}

const MARKER = "briefing-edition";
const COMMENT = new RegExp(`^<!-- ${MARKER} (\\{.*\\}) -->\\n*`);

/** The first line of an archived edition: an HTML comment (invisible when rendered) with its metadata as JSON. */
export function editionComment(meta: Omit<EditionMeta, "hasHtml">): string {
  const json = JSON.stringify({ date: meta.date, storyCount: meta.storyCount, topHeadline: meta.topHeadline, generatedAt: meta.generatedAt })
    .replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `<!-- ${MARKER} ${json} -->\n\n`;
}

/** Removes a leading metadata comment (so re-archiving archived text does not stack comments). */
export function withoutComment(markdown: string): string {
  return markdown.replace(COMMENT, "");
}

/** Reads an edition's metadata back from its file; falls back to its `###` headlines for hand-made files. */
export function readEditionMeta(date: string, markdown: string, hasHtml: boolean): EditionMeta {
  const found = COMMENT.exec(markdown);
  if (found?.[1]) {
    try {
      const data = JSON.parse(found[1]) as Record<string, unknown>;
      return {
        date,
        storyCount: typeof data.storyCount === "number" && Number.isInteger(data.storyCount) ? data.storyCount : null,
        topHeadline: typeof data.topHeadline === "string" ? shorten(oneLine(data.topHeadline), MAX_HEADLINE) || null : null,
        generatedAt: typeof data.generatedAt === "string" ? isoUtc(data.generatedAt) : null,
        hasHtml,
      };
    } catch {
      // A damaged comment: fall through to reading the text itself.
    }
  }
  const headlines = [...markdown.matchAll(/^### (.+)$/gm)].map((m) => unescapeMarkdown(m[1] ?? ""));
  return { date, storyCount: headlines.length || null, topHeadline: headlines[0] ?? null, generatedAt: null, hasHtml };
}

/** The view of digests/README.md (newest first); strings are raw here and escaped by the caller. */
export function indexView(editions: EditionMeta[]) {
  return {
    hasEditions: editions.length > 0,
    editionsLabel: plural(editions.length, "edition", "editions"),
    editions: editions.map((e) => ({
      date: e.date,
      dateLong: dayLabels(e.date).dateLong,
      href: `${e.date}.md`,
      webHref: e.hasHtml ? `${e.date}.html` : null,
      countLabel: e.storyCount === null ? null : plural(e.storyCount, "story", "stories"),
      topHeadline: e.topHeadline,
    })),
  };
}

/** The view of digests/feed.xml: ids stable per day, `updated` from the editions (never the wall clock). */
export function feedView(editions: EditionMeta[], archiveUrl: string | null) {
  const base = safeUrl(archiveUrl)?.replace(/\/+$/, "") ?? null;
  const updatedOf = (e: EditionMeta) => e.generatedAt ?? `${e.date}T00:00:00Z`;
  const entries = editions.map((e) => {
    const page = e.hasHtml ? `${e.date}.html` : `${e.date}.md`;
    const count = e.storyCount === null ? "" : `${plural(e.storyCount, "story", "stories")}. `;
    return {
      id: base ? `${base}/${e.date}.md` : `urn:daily-briefing:edition:${e.date}`,
      title: `Briefing — ${dayLabels(e.date).dateLong}`,
      updated: updatedOf(e),
      href: base ? `${base}/${page}` : page,
      type: e.hasHtml ? "text/html" : "text/markdown",
      summary: `${count}${e.topHeadline ? `Top story: ${e.topHeadline}` : ""}`.trim() || "No stories.",
    };
  });
  const updated = entries.map((e) => e.updated).sort().at(-1) ?? "1970-01-01T00:00:00Z";
  return {
    feedId: base ? `${base}/feed.xml` : "urn:daily-briefing:archive",
    selfUrl: base ? `${base}/feed.xml` : null,
    indexHref: base ? `${base}/README.md` : "README.md",
    updated,
    entries,
  };
}

function unescapeMarkdown(text: string): string {
  return oneLine(text.replace(/\\([!-/:-@[-`{-~])/g, "$1"));
}

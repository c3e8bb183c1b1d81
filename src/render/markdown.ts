// renderMarkdown: the archived briefing. The view is escaped for CommonMark before any template sees it.
import type { DigestView } from "./view.ts";
import type { Templates } from "./templates.ts";
import { escapeMarkdown, markdownUrl } from "./text.ts";

/** Keys whose string values are link destinations rather than text. */
const URL_KEY = /(^url$|Url$|^href$|Href$)/;
/** Keys whose values are identifiers (compared by pass 2, never printed): left as they are. */
const ID_KEYS = new Set(["id", "topic"]);

/** The Markdown briefing of one edition: valid CommonMark, every piece of source text escaped. */
export function renderMarkdown(view: DigestView, templates: Templates): string {
  return tidy(templates.briefing(markdownContext(view)));
}

/** A deep copy of `value` with every string escaped for Markdown (text) or as a `<…>` link destination (URL keys). */
export function markdownContext<T>(value: T, key = ""): T {
  if (typeof value === "string" && ID_KEYS.has(key)) return value;
  if (typeof value === "string") return (URL_KEY.test(key) ? markdownUrl(value) : escapeMarkdown(value)) as T;
  if (Array.isArray(value)) return value.map((item) => markdownContext(item, key)) as T;
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = markdownContext(v, k);
    return copy as T;
  }
  return value;
}

/** Collapses the blank lines template logic leaves behind and ends with exactly one newline. */
export function tidy(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

// Plain-text live-blog scrapes: picks the site style from the stamp lines, then hands over to its parser.
import type { DraftDocument, ParseContext } from "./draft.ts";
import { matchLeadingStamp, matchTrailingStamp } from "./independent-stamps.ts";
import { parseIndependent } from "./liveblog-independent.ts";
import { isTrtStamp, parseTrt } from "./liveblog-trt.ts";
import { splitLines } from "./text-lines.ts";

/** The text live-blog styles we know. */
export type LiveblogStyle = "independent-trailing" | "independent-leading" | "trt";

/** The style whose stamp lines the text holds most of, or null when it has none. */
export function detectLiveblogStyle(lines: string[]): LiveblogStyle | null {
  const counts: Record<LiveblogStyle, number> = { "independent-trailing": 0, "independent-leading": 0, trt: 0 };
  for (const [i, line] of lines.entries()) {
    if (line.length > 140 && !/^\d{4} GMT/.test(line)) continue;
    if (isTrtStamp(line)) counts.trt++;
    else if (!/\d:\d\d/.test(line)) continue;
    else if (matchLeadingStamp(line, i)) counts["independent-leading"]++;
    else if (matchTrailingStamp(line, i)) counts["independent-trailing"]++;
  }
  // A bare "23 January 2024 14:38" reads as either Independent style; it sits after the body (trailing).
  let best: LiveblogStyle | null = null;
  for (const style of Object.keys(counts) as LiveblogStyle[]) {
    if (counts[style] > 0 && (best === null || counts[style] > counts[best])) best = style;
  }
  return best;
}

/** Parses a plain-text live blog in whichever known style it is written. */
export function parseLiveblogText(body: string, ctx: ParseContext): DraftDocument | null {
  const lines = splitLines(body);
  const style = detectLiveblogStyle(lines);
  if (style === "trt") return parseTrt(lines, ctx);
  if (style === "independent-leading") return parseIndependent(lines, "leading", ctx);
  if (style === "independent-trailing") return parseIndependent(lines, "trailing", ctx);
  return null;
}

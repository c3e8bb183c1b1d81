// Stable entry ids: a hash of what the update says and when, never of where it sits on the page.
import { createHash } from "node:crypto";
import type { Entry } from "../types.ts";
import type { DraftEntry } from "./draft.ts";
import { normText } from "./text-lines.ts";

/** Lower-case ASCII slug ("TRT World" → "trt-world"; "Café Économie" → "cafe-economie"); "" when nothing is left. */
export function slug(text: string): string {
  // NFKD splits "é" into "e" + a combining accent: drop the accents rather than turning them into hyphens.
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** The slug of a source name, "source" when it has no letters or digits to keep. */
export function slugify(name: string): string {
  return slug(name) || "source";
}

/** The content key of an entry: source, headline, opening body text and time, normalised. */
export function entryKey(source: string, entry: DraftEntry): string {
  const opening = normText(entry.body.join(" ").slice(0, 240));
  return [normText(source), normText(entry.headline ?? ""), opening, entry.published ?? ""].join("\u241f");
}

/**
 * Entries with ids: `<source-slug>-<12 hex of sha256(key)>`. Two entries with the same key (a page that
 * prints an update twice) get `-2`, `-3`… in page order, so ids stay unique and deterministic.
 */
export function assignIds(source: string, drafts: DraftEntry[]): Entry[] {
  const slug = slugify(source);
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const hash = createHash("sha256").update(entryKey(source, draft)).digest("hex").slice(0, 12);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    const id = count === 1 ? `${slug}-${hash}` : `${slug}-${hash}-${count}`;
    return { id, source, ...draft };
  });
}

// A live blog whose JSON-LD lists only its newest updates: the HTML shows more, and those are read from the HTML.
import type { DraftDocument, DraftEntry } from "./draft.ts";
import { isProse, normText } from "./text-lines.ts";

/**
 * The JSON-LD reading, extended by the updates only the HTML shows: when the HTML reading finds more updates, all
 * dated, and every JSON-LD update is among them (same instant), the HTML's updates are the page's, each one the
 * JSON-LD lists keeping its JSON-LD data. When the JSON-LD lists none, the HTML's updates. Otherwise the JSON-LD
 * reading as it is.
 */
export function extendFromHtml(ld0: DraftDocument, html: DraftDocument | null): DraftDocument {
  // a LiveBlogPosting that lists no updates at all (only its head): every update the page shows is the HTML's
  if (ld0.entries.length === 0 && html && html.entries.length > 0) {
    return { ...ld0, entries: html.entries, intro: ld0.intro.length > 0 ? ld0.intro : html.intro,
      warnings: [...ld0.warnings, ...html.warnings, `the JSON-LD lists none of the ${html.entries.length} updates the page shows: all read from the HTML`] };
  }
  const blank = blankFromHtml(ld0, html);
  if (blank) return blank;
  const ld = creditedFromHtml(bodiedFromHtml(timedFromHtml(ld0, html), html), html);
  if (!html || html.entries.length <= ld.entries.length || ld.entries.length === 0) return ld;
  if (html.entries.some((e) => e.published === null) || ld.entries.some((e) => e.published === null)) return ld;
  const byInstant = new Map<string, typeof ld.entries>();
  for (const entry of ld.entries) byInstant.set(entry.published!, [...(byInstant.get(entry.published!) ?? []), entry]);
  const htmlCounts = new Map<string, number>();
  for (const entry of html.entries) htmlCounts.set(entry.published!, (htmlCounts.get(entry.published!) ?? 0) + 1);
  for (const [instant, list] of byInstant) if ((htmlCounts.get(instant) ?? 0) < list.length) return ld;
  const entries = html.entries.map((entry) => byInstant.get(entry.published!)?.shift() ?? entry);
  const added = entries.length - ld.entries.length;
  return {
    ...ld,
    entries,
    warnings: [...ld.warnings, `the JSON-LD lists ${ld.entries.length} of the ${entries.length} updates the page shows: ${added} read from the HTML`],
  };
}

/**
 * A JSON-LD whose updates give only their text (each copies the page's headline and date, so none has its own): the
 * HTML's updates are the page's when it finds at least as many, all dated, and every JSON-LD text opens one of them (a
 * video post the JSON-LD leaves out is still an update). Null otherwise.
 */
function blankFromHtml(ld: DraftDocument, html: DraftDocument | null): DraftDocument | null {
  if (!html || ld.entries.length < 2 || html.entries.length < ld.entries.length) return null;
  if (ld.entries.some((e) => e.published !== null || e.headline !== null) || html.entries.some((e) => e.published === null)) return null;
  const opening = (body: string[]) => normText(body.join(" ")).slice(0, 60);
  // (a photo post's JSON-LD text may be its title alone: "Photos: the port after the strike" over a gallery)
  const shown = new Set(html.entries.flatMap((e) => [opening(e.body), ...(e.headline ? [opening([e.headline])] : [])]));
  if (!ld.entries.every((e) => e.body.length > 0 && shown.has(opening(e.body)))) return null;
  return {
    ...ld,
    entries: html.entries,
    warnings: [...ld.warnings.filter((w) => !/no time of its own/.test(w)), ...html.warnings.filter((w) => /time zone|prints no date|name no year/.test(w)),
      `the JSON-LD gives its ${ld.entries.length} updates only their text (each copies the page's headline and date): the ${html.entries.length} updates are read from the HTML`],
  };
}

/**
 * Updates whose JSON-LD copies the page's date and whose HTML block has no machine-readable time take the time the
 * HTML prints ("22:40, 13 May 2023"), when the HTML reading finds the same updates, in the same order, all dated.
 */
function timedFromHtml(ld: DraftDocument, html: DraftDocument | null): DraftDocument {
  if (!html || !ld.entries.some((e) => e.published === null) || html.entries.length !== ld.entries.length) return ld;
  const same = (a: string | null, b: string | null) => a === null || b === null || normText(a) === normText(b) || stampedAs(b, a);
  if (html.entries.some((e, i) => e.published === null || !same(e.headline, ld.entries[i]!.headline))) return ld;
  // (a block's heading that opens with its stamp, "2105 GMT — Kremlin vows …": the HTML's headline, without it)
  const headline = (e: DraftEntry, i: number) => (stampedAs(e.headline, html.entries[i]!.headline) ? html.entries[i]!.headline : e.headline);
  return {
    ...ld,
    entries: ld.entries.map((e, i) => (e.published === null ? { ...e, published: html.entries[i]!.published, headline: headline(e, i) } : e)),
    warnings: [
      ...ld.warnings.filter((w) => !w.endsWith("no time of its own in the HTML")),
      ...html.warnings.filter((w) => /time zone|prints no date|name no year/.test(w)),
      "the JSON-LD gives every update the page's date: each update's time is read from the time the HTML prints",
    ],
  };
}

/** True when `heading` is `headline` after a stamp and a dash ("2105 GMT — Headline", "14:05 | Headline"). */
function stampedAs(heading: string | null, headline: string | null): boolean {
  if (!heading || !headline) return false;
  const [full, tail] = [normText(heading), normText(headline)];
  return full.length > tail.length && full.endsWith(tail) && /^\S*\d[^\p{L}]{0,12}(?:\p{L}{2,4}\s?)?[|:-]\s?$/u.test(full.slice(0, -tail.length));
}

/**
 * Updates the JSON-LD credits to no one, or all to the blog's one byline, take the byline their own HTML block prints
 * ("Reporting by Jane Doe" under the text): the HTML update with the same headline (or, untitled, the same instant).
 */
function creditedFromHtml(ld: DraftDocument, html: DraftDocument | null): DraftDocument {
  if (!html || ld.entries.length === 0) return ld;
  const authors = new Set(ld.entries.map((e) => e.author));
  if (authors.size > 1) return ld;
  const key = (e: { headline: string | null; published: string | null }) => (e.headline ? `h:${normText(e.headline)}` : `t:${e.published}`);
  const own = new Map<string, string>();
  for (const e of html.entries) if (e.author) own.set(key(e), e.author);
  if (own.size === 0) return ld;
  return { ...ld, entries: ld.entries.map((e) => ({ ...e, author: own.get(key(e)) ?? e.author })) };
}

/**
 * Updates the JSON-LD lists by headline only (no articleBody) take the text of the HTML update with the same headline,
 * in page order when a headline recurs.
 */
function bodiedFromHtml(ld: DraftDocument, html: DraftDocument | null): DraftDocument {
  // (or a body the JSON-LD cut short, mid-sentence: "… would not send a single round of ammunition")
  const cut = (body: string[]) => body.length > 0 && !/[.!?…"”’')\]]$/u.test(body.at(-1)!.trim());
  const wanting = (e: DraftEntry) => (e.body.length === 0 || cut(e.body)) && e.headline !== null;
  if (!html || !ld.entries.some(wanting)) return ld;
  const bodies = new Map<string, string[][]>();
  for (const e of html.entries) {
    // (text, not a player's label: "Video unavailable" under a "Watch:" teaser gives it no body)
    if (!e.headline || !e.body.some((p) => isProse(p))) continue;
    const key = normText(e.headline);
    bodies.set(key, [...(bodies.get(key) ?? []), e.body]);
  }
  if (bodies.size === 0) return ld;
  const entries = ld.entries.map((e) => {
    if (!wanting(e)) return e;
    const found = bodies.get(normText(e.headline!));
    const full = found?.findIndex((b) => e.body.length === 0 || normText(b.join(" ")).startsWith(normText(e.body.join(" ")))) ?? -1;
    return full >= 0 ? { ...e, body: found!.splice(full, 1)[0]! } : e;
  });
  return { ...ld, entries };
}

// A page's own "Key points" / "Key events" block: the updates it lists, by `#fragment` link or by headline text.
import type { CheerioAPI } from "cheerio/slim";
import { oneLine } from "./html-meta.ts";
import { isKeyPointsHeading, normText } from "./text-lines.ts";

/** What a key-points block lists: the ids its links point to and the headlines its items print. */
export interface KeyList {
  fragments: Set<string>;
  headlines: Set<string>;
}

/**
 * The items of every list under a heading that names the page's key points ("Key points", "Key events",
 * "Highlights"): an update is listed when an item links to its id or prints its headline. A summary of
 * sentences lists no headline, so it flags nothing.
 */
export function keyList($: CheerioAPI): KeyList {
  const found: KeyList = { fragments: new Set(), headlines: new Set() };
  $("h1, h2, h3, h4, h5, h6, strong, b, [role=heading]").each((_, el) => {
    const heading = oneLine($(el).text());
    if (!heading || heading.length > 60 || !isKeyPointsHeading(heading)) return;
    // the first list after the heading in its own box: among its siblings, else its wrapper's (`<p><strong>`)
    let node = $(el);
    let list = node.nextAll("ul, ol").first();
    for (let up = 0; up < 2 && list.length === 0 && !node.parent().is("body, main, article"); up++) {
      node = node.parent();
      list = node.nextAll("ul, ol").first();
    }
    list.children("li").each((_, li) => {
      const text = oneLine($(li).text());
      if (text) found.headlines.add(normText(text));
      $(li).find("a[href*='#']").each((_, a) => {
        const id = ($(a).attr("href") ?? "").split("#")[1];
        if (id) found.fragments.add(id);
      });
    });
  });
  return found;
}

/** True when the key list names an update by its id or its headline. */
export function isListed(keys: KeyList, id: string | null | undefined, headline: string | null): boolean {
  return (!!id && keys.fragments.has(id)) || (headline !== null && keys.headlines.has(normText(headline)));
}

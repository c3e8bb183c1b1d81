// The archive on the web: an index of editions (newest first), each edition's page with previous/next links,
// and the Atom feed, all read from DIGESTS_DIR as the run wrote them.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readEditions } from "../archive.ts";
import { dayLabels } from "../render/dates.ts";
import { html, text, type Answer } from "./http.ts";
import type { Pages } from "./pages.ts";

const EDITION = /^\/archive\/(\d{4}-\d{2}-\d{2})(?:\.html)?$/;

/** Answers /archive/, /archive/feed.xml and /archive/YYYY-MM-DD(.html); null for any other path. */
export async function archiveRoute(path: string, dir: string, pages: Pages, base: string): Promise<Answer | null> {
  if (path === "/archive" || path === "/archive/") return index(dir, pages, base);
  if (path === "/archive/feed.xml") {
    const feed = await readFile(join(dir, "feed.xml")).catch(() => null);
    return feed ? { status: 200, body: feed, type: "application/atom+xml; charset=utf-8" } : text(404, "No feed yet.\n");
  }
  const date = EDITION.exec(path)?.[1];
  return date ? edition(date, dir, pages, base) : null;
}

async function index(dir: string, pages: Pages, base: string): Promise<Answer> {
  const editions = await readEditions(dir).catch(() => []);
  return html(200, pages.page("archive", "Past editions", {
    feedUrl: `${base}/archive/feed.xml`,
    signupUrl: `${base}/subscribe`,
    editions: editions.map((e) => ({
      url: `${base}/archive/${e.date}`,
      label: dayLabels(e.date).dateLong,
      headline: e.topHeadline,
      countLabel: `${e.storyCount} ${e.storyCount === 1 ? "story" : "stories"}`,
    })),
  }));
}

async function edition(date: string, dir: string, pages: Pages, base: string): Promise<Answer> {
  const editions = (await readEditions(dir).catch(() => [])).filter((e) => e.hasHtml);
  const at = editions.findIndex((e) => e.date === date);
  const page = at < 0 ? null : await readFile(join(dir, `${date}.html`), "utf8").catch(() => null);
  if (!page) return html(404, pages.page("message", "Not found", { heading: "No such edition", text: `There is no edition of ${date}.`, archiveUrl: `${base}/archive/` }));
  const newer = editions[at - 1];
  const older = editions[at + 1];
  const nav = pages.part("edition-nav", {
    indexUrl: `${base}/archive/`,
    previousUrl: older ? `${base}/archive/${older.date}` : null, previousLabel: older ? dayLabels(older.date).dateShort : null,
    nextUrl: newer ? `${base}/archive/${newer.date}` : null, nextLabel: newer ? dayLabels(newer.date).dateShort : null,
  });
  // The stored page is the email's web view; the navigation goes right after its <body> tag.
  const body = /<body[^>]*>/i.exec(page);
  const withNav = body ? page.slice(0, body.index + body[0].length) + nav + page.slice(body.index + body[0].length) : nav + page;
  return html(200, withNav);
}

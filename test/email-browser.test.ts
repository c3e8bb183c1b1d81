// The email as a person sees it: headless Chromium at 375 px and 800 px, no horizontal overflow, every headline visible.
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, PREVIEW_WIDTHS, launchChromium, writePreview } from "../src/run/preview.ts";
import { personalise, renderEmail } from "../src/render/email.ts";
import { TEMPLATES_DIR } from "../src/paths.ts";
import { loadTemplates } from "../src/render/templates.ts";
import { toView } from "../src/render/view.ts";
import type { Recipient } from "../src/types.ts";
import { fixedDigest, hostileDigest } from "./fixtures/render/edition.ts";

const skip = process.env.SKIP_BROWSER === "1";

/** The few browser globals the page functions use (the project compiles without the DOM library). */
interface Box { left: number; right: number; width: number; height: number }
interface El { textContent: string | null; getBoundingClientRect(): Box }
interface BrowserGlobals {
  document: { documentElement: { scrollWidth: number }; body: El; querySelector(s: string): El | null; querySelectorAll(s: string): Iterable<El> };
  window: { innerWidth: number };
  getComputedStyle(el: El): { visibility: string; display: string; opacity: string; backgroundColor: string; color: string };
}
const ANNA: Recipient = { email: "anna@example.org", name: "Anna", topics: [], unsubscribeUrl: "https://briefing.example.org/u/tok", unsubscribeMailto: "unsubscribe@example.org" };
const options = { subject: "Briefing — {{dateShort}}", archiveUrl: "https://briefing.example.org/archive", readerTimezone: "Europe/Kyiv" };

describe.skipIf(skip)("email in headless Chromium", () => {
  let browser: Browser;
  const temps: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\`, or set SKIP_BROWSER=1 to skip this test`);
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
  });

  async function rendered(kind: "fixed" | "hostile") {
    const templates = await loadTemplates(TEMPLATES_DIR);
    const view = toView(kind === "fixed" ? fixedDigest() : hostileDigest(), options);
    const headlines = [...view.topStories, ...view.sections.flatMap((s) => s.stories)].map((s) => s.headline);
    return { html: personalise(await renderEmail(view, templates), ANNA).html, headlines };
  }

  it.each(PREVIEW_WIDTHS.flatMap((width) => [["fixed", width], ["hostile", width]] as const))("%s edition at %i px: no horizontal overflow, every headline visible", async (kind, width) => {
    const { html, headlines } = await rendered(kind);
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.route(/^https?:/, (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    const layout = await page.evaluate(() => {
      const { document, window, getComputedStyle } = globalThis as unknown as BrowserGlobals;
      return {
        scrollWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        headlines: [...document.querySelectorAll(".story-headline")].map((el) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return { text: el.textContent ?? "", left: box.left, right: box.right, width: box.width, height: box.height, visible: style.visibility === "visible" && style.display !== "none" && Number(style.opacity) > 0 };
        }),
      };
    });
    await page.close();
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.viewport);
    expect(layout.headlines.map((h) => h.text)).toEqual(headlines);
    for (const h of layout.headlines) {
      expect(h.visible && h.width > 0 && h.height > 0, h.text.slice(0, 60)).toBe(true);
      expect(h.left >= 0 && h.right <= width, `${h.text.slice(0, 60)} spans ${h.left}–${h.right}`).toBe(true);
    }
  });

  it("switches to dark colours when the reader prefers a dark scheme", async () => {
    const { html } = await rendered("fixed");
    const page = await browser.newPage({ viewport: { width: 375, height: 800 }, colorScheme: "dark" });
    await page.setContent(html, { waitUntil: "load" });
    const colours = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
      return { body: getComputedStyle(document.body).backgroundColor, headline: getComputedStyle(document.querySelector(".story-headline")!).color };
    });
    await page.close();
    expect(colours).toEqual({ body: "rgb(15, 17, 21)", headline: "rgb(230, 232, 235)" });
  });

  it("writePreview saves the HTML and both screenshots", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefing-preview-"));
    temps.push(dir);
    const { html } = await rendered("fixed");
    const out = await writePreview(html, dir);
    expect(out.htmlPath).toBe(join(dir, "email.html"));
    expect(out.screenshots).toEqual([join(dir, "email-375.png"), join(dir, "email-800.png")]);
    for (const path of out.screenshots) expect((await stat(path)).size).toBeGreaterThan(10_000);
  });

  it("says how to install Chromium when it is missing", async () => {
    await expect(launchChromium("/nonexistent/chromium")).rejects.toThrow(/apt-get install -y chromium/);
  });
});

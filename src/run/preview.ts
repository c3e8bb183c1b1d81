// writePreview: the email's HTML plus 375 px and 800 px screenshots from headless Chromium, for a person to look at.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { DigestError } from "../errors.ts";

/** Debian's chromium package (`apt-get install -y chromium`). */
export const CHROMIUM_PATH = "/usr/bin/chromium";
/** Flags for a quiet, offline, sandbox-less headless run (as measured in research/email-and-delivery.md §6). */
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--no-first-run", "--disable-component-update", "--disable-sync",
];
/** The widths a person checks: a phone and a desktop mail pane. */
export const PREVIEW_WIDTHS = [375, 800] as const;

/** Launches headless Chromium; ERENDER saying how to install it when the binary is missing. */
export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new DigestError("ERENDER", `Chromium is not installed at ${executablePath}: install it with \`apt-get install -y chromium\` (Debian) to take screenshots`);
  }
  const { chromium } = await import("playwright-core");
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (cause) {
    throw new DigestError("ERENDER", `Chromium at ${executablePath} did not start: ${(cause as Error).message.split("\n")[0]}`, { cause });
  }
}

/** Writes `dir/email.html` and full-page screenshots `dir/email-375.png`, `dir/email-800.png`. */
export async function writePreview(
  html: string,
  dir: string,
  options: { executablePath?: string } = {},
): Promise<{ htmlPath: string; screenshots: string[] }> {
  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const htmlPath = join(out, "email.html");
  await writeFile(htmlPath, html);
  const browser = await launchChromium(options.executablePath);
  try {
    const screenshots: string[] = [];
    for (const width of PREVIEW_WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      // Offline: the email must not need the network to render (remote images would show their alt text).
      await page.route(/^https?:/, (route) => route.abort());
      await page.goto(pathToFileURL(htmlPath).href, { waitUntil: "load" });
      const path = join(out, `email-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      await page.close();
      screenshots.push(path);
    }
    return { htmlPath, screenshots };
  } finally {
    await browser.close(); // playwright removes its temporary profile
  }
}

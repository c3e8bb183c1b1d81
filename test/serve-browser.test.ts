// The readers' pages as a person uses them: headless Chromium at 375 px, no JavaScript needed, no horizontal
// overflow, every form usable by clicking: sign up, change preferences, unsubscribe.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.ts";
import { CHROMIUM_PATH, launchChromium } from "../src/run/preview.ts";
import { startServer, type Serving } from "../src/serve/index.ts";
import { getSubscriber, upsertSubscriber } from "../src/subscribers/store.ts";
import { signedLink } from "../src/subscribers/tokens.ts";
import { ROOT, tempDir } from "./helpers/cli.ts";

const skip = process.env.SKIP_BROWSER === "1";
const SECRET = "browser-test-secret-0123456789";
interface Globals { document: { documentElement: { scrollWidth: number } }; window: { innerWidth: number } }

describe.skipIf(skip)("reader pages in headless Chromium at 375 px", () => {
  let browser: Browser;
  let serving: Serving;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: apt-get install -y chromium, or SKIP_BROWSER=1`);
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ sources: [{ name: "TRT World", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
    serving = await startServer(loadConfig({ MAIL_SECRET: SECRET }, cwd), { port: 0 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await serving?.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    await page.goto(url);
    return page;
  }

  async function fits(page: Page) {
    const { scrollWidth, viewport } = await page.evaluate(() => {
      const g = globalThis as unknown as Globals;
      return { scrollWidth: g.document.documentElement.scrollWidth, viewport: g.window.innerWidth };
    });
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
  }

  it("sign-up: the form fits and works without JavaScript", async () => {
    const page = await open(`${serving.url}/subscribe`);
    await fits(page);
    await page.getByLabel("Email address").fill("browser@example.org");
    await page.getByLabel("Strikes").check();
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" }).isVisible()).resolves.toBe(true);
    await fits(page);
    expect(getSubscriber(serving.store, "browser@example.org")).toMatchObject({ status: "pending", topics: ["strikes"] });
    await page.close();
  });

  it("preferences: tick a topic, pause, save", async () => {
    upsertSubscriber(serving.store, { email: "prefs@example.org", name: null, topics: [] }, { status: "active", source: "test", now: new Date() });
    const page = await open(signedLink(`${serving.url}/preferences`, SECRET, "preferences", "prefs@example.org"));
    await fits(page);
    await page.getByLabel("Diplomacy").check();
    await page.getByLabel("Pause the briefing for now").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").isVisible()).resolves.toBe(true);
    expect(getSubscriber(serving.store, "prefs@example.org")).toMatchObject({ topics: ["diplomacy"], paused: true });
    await page.close();
  });

  it("unsubscribe: one button, then a plain confirmation", async () => {
    upsertSubscriber(serving.store, { email: "leave@example.org", name: null, topics: [] }, { status: "active", source: "test", now: new Date() });
    const page = await open(signedLink(`${serving.url}/unsubscribe`, SECRET, "unsubscribe", "leave@example.org"));
    await fits(page);
    expect(getSubscriber(serving.store, "leave@example.org")?.status).toBe("active");
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("heading", { name: "You are unsubscribed" }).isVisible()).resolves.toBe(true);
    expect(getSubscriber(serving.store, "leave@example.org")?.status).toBe("unsubscribed");
    await page.close();
  });
});

// The readers' side for real: a server on 127.0.0.1, the store in a temp dir, an SMTP sink. Sign up → confirmation
// mail → confirm → the next edition arrives → one-click POST to the List-Unsubscribe link → later sends skip them.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.ts";
import type { Logger } from "../src/log.ts";
import { runJob } from "../src/run/job.ts";
import { startServer, type Serving } from "../src/serve/index.ts";
import { getSubscriber, upsertSubscriber } from "../src/subscribers/store.ts";
import { ROOT, tempDir } from "./helpers/cli.ts";
import { startSink, type Sink } from "./helpers/smtp.ts";

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const SECRET = "serve-test-secret-0123456789";
let sink: Sink;
let serving: Serving | null = null;

beforeAll(async () => {
  sink = await startSink({ faults: { rejectRcpt: ["gone@example.org"] } });
});
afterAll(() => sink.close());
afterEach(async () => {
  await serving?.close();
  serving = null;
});

/** A project dir with one source, and a server on a free port whose URL is PUBLIC_URL. */
async function setup(extraEnv: Record<string, string> = {}) {
  const cwd = tempDir();
  writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ sources: [{ name: "TRT World", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
  const base = { SMTP_URL: sink.url, MAIL_FROM: "Briefing <briefing@example.org>", MAIL_SECRET: SECRET, ...extraEnv };
  serving = await startServer(loadConfig(base, cwd), { port: 0, signupLimit: { limit: 3, windowMs: 60_000 } });
  const config = loadConfig({ ...base, PUBLIC_URL: serving.url }, cwd);
  const run = (force = false) => runJob(config, { date: "2025-11-06", timezone: null, sources: null, dryRun: false, noSend: false, force }, { now: () => new Date("2025-11-07T07:00:00Z"), log: silent });
  return { cwd, config, url: serving.url, run };
}

const form = (fields: Record<string, string>) => ({
  method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString(),
});

async function lastMailTo(address: string) {
  const raw = [...sink.messages].reverse().find((m) => m.to.includes(address))?.raw;
  if (!raw) throw new Error(`no mail for ${address}`);
  return { raw: raw.toString("utf8"), mail: await simpleParser(raw) };
}

describe("npm run serve", () => {
  it("signs up with double opt-in, sends the edition, and honours the one-click unsubscribe from the header", async () => {
    const { url, run } = await setup();
    const address = "reader@example.org";
    const signed = await fetch(`${url}/subscribe`, form({ email: address, name: "Rea", topics: "strikes" }));
    expect(signed.status).toBe(200);
    expect(getSubscriber(serving!.store, address)?.status).toBe("pending");

    const confirmation = await lastMailTo(address);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/confirm\?\S+)/.exec(confirmation.mail.text ?? "")?.[1];
    expect(link).toBeDefined();
    expect((await fetch(link!)).status).toBe(200); // a page with a button; a scanner's GET confirms nothing
    expect(getSubscriber(serving!.store, address)?.status).toBe("pending");
    expect((await fetch(link!, form({ confirm: "yes" }))).status).toBe(200);
    expect(getSubscriber(serving!.store, address)).toMatchObject({ status: "active", topics: ["strikes"] });

    const before = sink.countFor(address);
    await run();
    expect(sink.countFor(address)).toBe(before + 1);
    const edition = await lastMailTo(address);
    const unfolded = edition.raw.replace(/\r?\n[ \t]+/g, " ");
    const oneClick = /^List-Unsubscribe: .*<(http:\/\/[^>]+)>/m.exec(unfolded)?.[1];
    expect(oneClick).toMatch(/\/unsubscribe\?u=/);
    expect(edition.mail.html).toMatch(/\/preferences\?u(=|&#x3D;)/);

    const page = await fetch(oneClick!);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form method="post"/);
    expect(getSubscriber(serving!.store, address)?.status).toBe("active"); // GET never unsubscribes

    const post = await fetch(oneClick!, form({ "List-Unsubscribe": "One-Click" }));
    expect(post.status).toBe(200);
    expect(getSubscriber(serving!.store, address)?.status).toBe("unsubscribed");
    await run(true); // even a --force resend skips them
    expect(sink.countFor(address)).toBe(before + 1);
  });

  it("refuses forged and altered links, and changes nothing", async () => {
    const { url } = await setup();
    upsertSubscriber(serving!.store, { email: "kept@example.org", name: null, topics: [] }, { status: "active", source: "test", now: new Date() });
    const u = Buffer.from("kept@example.org").toString("base64url");
    for (const path of [`/unsubscribe?u=${u}&t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, `/unsubscribe?u=${u}`, `/preferences?u=${u}&t=x`, `/confirm?u=${u}&e=9999999999&t=abc`]) {
      expect((await fetch(`${url}${path}`, form({ "List-Unsubscribe": "One-Click" }))).status, path).toBe(403);
    }
    expect(getSubscriber(serving!.store, "kept@example.org")?.status).toBe("active");
  });

  it("lets a reader choose topics and pause from the signed preferences link", async () => {
    const { url, run } = await setup();
    upsertSubscriber(serving!.store, { email: "pat@example.org", name: null, topics: [] }, { status: "active", source: "test", now: new Date() });
    await run();
    const prefs = /href="(http:\/\/[^"]+\/preferences\?[^"]+)"/.exec((await lastMailTo("pat@example.org")).mail.html || "")?.[1]?.replace(/&#x3D;/g, "=").replace(/&amp;/g, "&");
    expect(prefs).toBeDefined();
    expect((await fetch(prefs!, form({ action: "save", topics: "aid", paused: "yes" }))).status).toBe(200);
    expect(getSubscriber(serving!.store, "pat@example.org")).toMatchObject({ topics: ["aid"], paused: true });
    const before = sink.countFor("pat@example.org");
    await run(true);
    expect(sink.countFor("pat@example.org")).toBe(before); // paused: not mailed
  });

  it("marks a 550 'user unknown' reader bounced and does not try them on the next edition", async () => {
    const { run } = await setup();
    upsertSubscriber(serving!.store, { email: "gone@example.org", name: null, topics: [] }, { status: "active", source: "test", now: new Date() });
    const first = await run();
    expect(first.delivery!.failures.map((f) => f.email)).toContain("gone@example.org");
    expect(getSubscriber(serving!.store, "gone@example.org")?.status).toBe("bounced");
    const second = await run(true); // a --force resend to everyone still leaves the bounced reader out
    expect(second.delivery!.failures.map((f) => f.email)).not.toContain("gone@example.org");
    expect(second.delivery!.total).toBe(first.delivery!.total - 1);
  });

  it("keeps bots out: the trap field adds nobody, and one address cannot flood the list", async () => {
    const { url } = await setup();
    await fetch(`${url}/subscribe`, form({ email: "bot@example.org", website: "http://spam.example" }));
    expect(getSubscriber(serving!.store, "bot@example.org")).toBeNull();
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) answers.push((await fetch(`${url}/subscribe`, form({ email: `flood${i}@example.org` }))).status);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
  });

  it("serves the archive with previous/next links, the feed, and /healthz", async () => {
    const { url, run } = await setup();
    upsertSubscriber(serving!.store, { email: "arc@example.org", name: null, topics: [] }, { status: "active", source: "test", now: new Date() });
    await run();
    expect(await (await fetch(`${url}/healthz`)).text()).toBe("ok\n");
    const index = await (await fetch(`${url}/archive/`)).text();
    expect(index).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/archive\/2025-11-06"/);
    const page = await fetch(`${url}/archive/2025-11-06`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/All editions/);
    expect((await fetch(`${url}/archive/feed.xml`)).headers.get("content-type")).toMatch(/atom/);
    expect((await fetch(`${url}/archive/1999-01-01`)).status).toBe(404);
  });
});

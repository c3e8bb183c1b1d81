// The email's HTML: MJML compiled once in strict mode, personalised per reader, valid, escaped and small.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { HtmlValidate } from "html-validate";
import { afterAll, describe, expect, it } from "vitest";
import { personalise, renderEmail } from "../src/render/email.ts";
import { TEMPLATES_DIR } from "../src/paths.ts";
import { loadTemplates } from "../src/render/templates.ts";
import { toView, type ViewOptions } from "../src/render/view.ts";
import type { Recipient } from "../src/types.ts";
import { HOSTILE, fixedDigest, hostileDigest } from "./fixtures/render/edition.ts";

const OPTIONS: ViewOptions = { subject: "Briefing — {{dateShort}}: {{storyCount}} stories", archiveUrl: "https://briefing.example.org/archive", readerTimezone: "Europe/Kyiv" };
const ANNA: Recipient = { email: "anna@example.org", name: "Anna", topics: [], unsubscribeUrl: "https://briefing.example.org/u/tok123", unsubscribeMailto: "unsubscribe@example.org" };
const WEB: Recipient = { email: "", name: null, topics: [], unsubscribeUrl: null, unsubscribeMailto: "unsubscribe@example.org" };
// The email profile: html-validate's recommended rules minus the ones every MJML email breaks by design (research §6).
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "no-trailing-whitespace": "off", "no-inline-style": "off", "no-deprecated-attr": "off", "no-conditional-comment": "off",
    "attribute-allowed-values": "off", "doctype-style": "off", "prefer-native-element": "off",
  },
});
const templates = await loadTemplates(TEMPLATES_DIR);
const edition = await renderEmail(toView(fixedDigest(), OPTIONS), templates);
const hostileEdition = await renderEmail(toView(hostileDigest(), OPTIONS), templates);
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function expectValid(html: string): Promise<void> {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
  expect(messages).toEqual([]);
}

/** Every Outlook conditional comment's markup, concatenated: its tables must open and close in pairs. */
function outlookMarkup(html: string): string {
  return [...html.matchAll(/<!--\[if mso \| IE\]>([\s\S]*?)<!\[endif\]-->/g)].map((m) => m[1]).join("");
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

describe("renderEmail + personalise", () => {
  it("compiles a 30-story edition under 90 KB with preheader, dark-mode support and the subject as title", () => {
    const { html, subject } = personalise(edition, ANNA);
    expect(subject).toBe("Briefing — Thu 4 Jan 2024: 30 stories");
    expect(Buffer.byteLength(html)).toBeLessThan(90 * 1024);
    expect(edition.htmlBytes).toBeLessThan(90 * 1024);
    expect(html).not.toMatch(/\n[ \t]+/); // indentation stripped
    expect(count(html, /&#847;&zwnj;&nbsp;/g)).toBeGreaterThanOrEqual(80);
    const $ = cheerio.load(html);
    expect($("html").attr("lang")).toBe("en");
    expect($("title").text()).toBe(subject);
    expect($('meta[name="color-scheme"]').attr("content")).toBe("light dark");
    expect($("style").text()).toContain("prefers-color-scheme: dark");
    expect($("body").text()).toContain("Overnight drone wave targets power plants in three regions · Foreign ministers agree");
  });

  it("is mail-safe once per edition: ASCII only, no line near SMTP's 998, non-ASCII as references that read the same; a reader's name too", async () => {
    const zoe = { ...ANNA, name: "Zoë Ørsted “the reader”" };
    const { html } = personalise(edition, zoe);
    expect(html).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
    expect(Math.max(...html.split("\n").map((line) => line.length))).toBeLessThanOrEqual(998);
    expect(cheerio.load(html)("body").text()).toContain("Zoë Ørsted “the reader”");
    // the message built from it goes as 7bit: no quoted-printable pass over each reader's whole body
    const { createMessageBuilder, recipientFor } = await import("../src/send/message.ts");
    const settings = { editionId: "2024-01-04", from: "Briefing <b@example.org>", secret: "s", unsubscribeMailto: "u@example.org", unsubscribeUrl: "https://example.org/u" };
    const raw = await createMessageBuilder(settings).build(recipientFor({ email: "zoe@example.org", name: zoe.name, topics: [] }, settings), personalise(edition, zoe), new Date(0));
    const htmlPart = raw.toString("latin1").split("Content-Type: text/html; charset=utf-8\r\n")[1]!;
    expect(htmlPart.startsWith("Content-Transfer-Encoding: 7bit\r\n")).toBe(true);
    const { simpleParser } = await import("mailparser");
    const mail = await simpleParser(raw);
    expect(cheerio.load(mail.html || "")("body").text()).toContain("Zoë Ørsted “the reader”");
    expect(cheerio.load(mail.html || "")("body").text()).toBe(cheerio.load(personalise(edition, zoe).html)("body").text());
    // hostile source text (markup, template syntax, a 2 KB word) arrives exactly as rendered, whatever encoding it needed
    const hostile = personalise(hostileEdition, zoe);
    const hostileRaw = await createMessageBuilder(settings).build(recipientFor({ email: "zoe@example.org", name: zoe.name, topics: [] }, settings), hostile, new Date(0));
    expect((await simpleParser(hostileRaw)).html).toBe(hostile.html);
  });

  it("shows date, sections in order, every story with its sources, and a footer with failures said plainly", () => {
    const $ = cheerio.load(personalise(edition, ANNA).html);
    expect($("h1").text()).toBe("30 stories from 4 sources");
    expect($("h2").map((_, e) => $(e).text()).get()).toEqual(["Top stories", "Strikes", "Aid", "Diplomacy", "Other news"]);
    expect($(".story-headline")).toHaveLength(30);
    const first = $("h3").first().parent();
    expect(first.find("a").first().attr("href")).toBe("https://news.example.org/kyiv-ledger/live#update-1");
    expect(first.text()).toContain("Reported by Kyiv Ledger (07:00), Baltic Wire (07:11)");
    const text = $("body").text();
    expect(text).toContain("Could not read Steppe Daily: the site was unavailable.");
    expect(text).toContain("Built at 07:02 GMT+2 on Thu 4 Jan 2024");
    expect(text).toContain("Anna, here is what happened on Thursday 4 January 2024.");
    expect($('a:contains("Unsubscribe")').attr("href")).toBe("https://briefing.example.org/u/tok123");
    expect($('a:contains("View online")').attr("href")).toBe("https://briefing.example.org/archive/2024-01-04.html");
  });

  it("passes html-validate (email profile) for a reader, a topic subset, the web view and hostile text", async () => {
    const hostile = await renderEmail(toView(hostileDigest(), OPTIONS), templates);
    for (const html of [
      personalise(edition, ANNA).html,
      personalise(edition, { ...ANNA, topics: ["diplomacy"] }).html,
      personalise(edition, WEB).html,
      personalise(hostile, { ...ANNA, name: "<b>Bob</b> {{x}}" }).html,
    ]) {
      await expectValid(html);
      const outlook = outlookMarkup(html);
      expect(count(outlook, /<table/g)).toBe(count(outlook, /<\/table>/g));
      expect(count(outlook, /<td/g)).toBe(count(outlook, /<\/td>/g));
    }
    // The profile still catches real mistakes (so a pass above means something).
    const broken = personalise(edition, ANNA).html.replace("<h1 ", '<h1 id="x"><a href="#"><a href="#">x</a></a><p id="x"></p><h1 ');
    expect((await validator.validateString(broken)).valid).toBe(false);
  });

  it("personalises without MJML: only chosen sections plus Top stories; name and links escaped; web view has no unsubscribe", () => {
    const aid = cheerio.load(personalise(edition, { ...ANNA, topics: [" AID "], unsubscribeUrl: null }).html);
    expect(aid("h2").map((_, e) => aid(e).text()).get()).toEqual(["Top stories", "Aid"]);
    expect(aid(".story-headline")).toHaveLength(3 + 7);
    expect(aid('a:contains("Unsubscribe")').attr("href")).toBe("mailto:unsubscribe@example.org?subject=unsubscribe");
    const bob = personalise(edition, { ...ANNA, name: "<b>Bob</b>" }).html;
    expect(bob).toContain("&lt;b&gt;Bob&lt;/b&gt;, here is");
    const web = cheerio.load(personalise(edition, WEB).html);
    expect(web("body").text()).not.toMatch(/Unsubscribe|View online|You receive/);
    expect(web('a:contains("All past editions")').attr("href")).toBe("https://briefing.example.org/archive/");
    expect(web(".story-headline")).toHaveLength(30);
  });

  it("counts what each reader gets: subject and header, stories left out by their topic choice, a link to change it", async () => {
    const all = personalise(edition, ANNA);
    const total = edition.subjectFields.storyCount;
    expect(all.subject).toBe(`Briefing — Thu 4 Jan 2024: ${total} stories`);
    const expected = edition.topCount + (edition.sectionCounts.aid ?? 0);
    expect(expected).toBeLessThan(total);
    const aid = personalise(edition, { ...ANNA, topics: ["aid"], preferencesUrl: "https://briefing.example.org/preferences?u=a&t=b" });
    expect(aid.subject).toBe(`Briefing — Thu 4 Jan 2024: ${expected} stories`);
    expect(cheerio.load(aid.html)("h1").text()).toBe(`${expected} stories from 4 sources`);
    expect(aid.text).toContain(`${total - expected} stories in topics you did not choose are left out. Change your topics: <https://briefing.example.org/preferences?u=a&t=b>`);
    expect(cheerio.load(aid.html)("a").filter((_, a) => cheerio.load(a).text() === "Change your topics").attr("href")).toBe("https://briefing.example.org/preferences?u=a&t=b");
    expect(all.text).not.toMatch(/left out/);
    // The default subject leads with the top headline and counts the rest, per reader.
    const { DEFAULT_SUBJECT } = await import("../src/config/index.ts");
    const lead = await renderEmail(toView(fixedDigest(), { ...OPTIONS, subject: DEFAULT_SUBJECT }), templates);
    const headline = lead.subjectFields.topHeadline;
    expect(personalise(lead, ANNA).subject).toBe(`${headline} — and ${total - 1} more`);
    expect(personalise(lead, { ...ANNA, topics: ["aid"] }).subject).toBe(`${headline} — and ${expected - 1} more`);
  });

  it("renders hostile source text as text, never markup, and pass 2 never reads it", async () => {
    const hostile = await renderEmail(toView(hostileDigest(), OPTIONS), templates);
    const html = personalise(hostile, ANNA).html;
    const $ = cheerio.load(html);
    expect($(".story-headline").map((_, e) => $(e).text()).get()).toEqual(Object.values(HOSTILE));
    expect($("body script, body b, body i, body u")).toHaveLength(0);
    expect($('a[href^="javascript"], a[href*="evil"]')).toHaveLength(0);
    expect($("h2").eq(0).text()).toBe("Strikes <u>&amp;</u>");
    expect($("body").text()).toContain("Could not read <i>Feed</i> {{x}}: it could not be read.");
    expect(html.split("anna@example.org")).toHaveLength(2); // the footer only, never inside the token-like headline
    expect($('a:contains("Source =@r:field")').attr("href")).toBe("https://news.example.org/a?x=4&y=%3C4%3E");
  });

  it("renders an empty day (no stories, no sources) as a short valid email and briefing", async () => {
    const empty = { ...fixedDigest(), sources: [], stories: [], sections: [], topStoryIds: [] };
    const view = toView(empty, OPTIONS);
    const email = personalise(await renderEmail(view, templates), ANNA);
    await expectValid(email.html);
    expect(email.subject).toBe("Briefing — Thu 4 Jan 2024: 0 stories");
    expect(cheerio.load(email.html)("body").text()).toContain("No stories were found in this edition's window.");
    expect(email.text).toContain("No sources were configured.");
  });

  it("fails with ERENDER naming MJML's complaint when the template is not valid MJML", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefing-templates-"));
    temps.push(dir);
    await cp(TEMPLATES_DIR, dir, { recursive: true });
    const source = await readFile(join(dir, "email.mjml.hbs"), "utf8");
    await writeFile(join(dir, "email.mjml.hbs"), source.replace("<mj-column>", '<mj-column bogus-attribute="1">'));
    const broken = await loadTemplates(dir);
    await expect(renderEmail(toView(fixedDigest(), OPTIONS), broken)).rejects.toMatchObject({
      code: "ERENDER",
      message: expect.stringMatching(/not valid MJML: .*bogus-attribute/),
    });
  });

  it("fails at load time naming the file when a template is missing or malformed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "briefing-templates-"));
    temps.push(dir);
    await cp(TEMPLATES_DIR, dir, { recursive: true });
    await writeFile(join(dir, "briefing.md.hbs"), "# {{#if x}}unclosed");
    await expect(loadTemplates(dir)).rejects.toMatchObject({ code: "ERENDER", message: expect.stringContaining("briefing.md.hbs has a syntax error") });
    await rm(join(dir, "briefing.md.hbs"));
    await expect(loadTemplates(dir)).rejects.toThrow(/cannot read .*briefing\.md\.hbs/);
  });
});

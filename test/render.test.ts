// The view model, the Markdown briefing and the text/plain part, on a fixed edition written for these tests.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { personalise, renderEmail } from "../src/render/email.ts";
import { renderMarkdown } from "../src/render/markdown.ts";
import { TEMPLATES_DIR } from "../src/paths.ts";
import { loadTemplates } from "../src/render/templates.ts";
import { escapeMarkdown, mailSafeHtml } from "../src/render/text.ts";
import { toView, type ViewOptions } from "../src/render/view.ts";
import type { Recipient } from "../src/types.ts";
import { HOSTILE, fixedDigest, hostileDigest } from "./fixtures/render/edition.ts";

const OPTIONS: ViewOptions = { subject: "Briefing — {{dateShort}}: {{storyCount}} stories", archiveUrl: "https://briefing.example.org/archive/", readerTimezone: "Europe/Kyiv" };
const ANNA: Recipient = { email: "anna@example.org", name: "Anna", topics: [], unsubscribeUrl: "https://briefing.example.org/u/tok123", unsubscribeMailto: "unsubscribe@example.org" };
const commonmark = new MarkdownIt("commonmark");
type Token = ReturnType<typeof commonmark.parse>[number];
const templates = await loadTemplates(TEMPLATES_DIR);

/** Headings of a Markdown document as [level, plain text]. */
function headings(tokens: Token[]): [number, string][] {
  const out: [number, string][] = [];
  tokens.forEach((t, i) => {
    if (t.type === "heading_open") out.push([Number(t.tag.slice(1)), plain(tokens[i + 1]!)]);
  });
  return out;
}

function plain(inline: Token): string {
  return (inline.children ?? []).filter((c) => c.type === "text" || c.type === "code_inline").map((c) => c.content).join("");
}

function links(tokens: Token[]): string[] {
  return tokens.flatMap((t) => t.children ?? []).filter((c) => c.type === "link_open").map((c) => String(c.attrGet("href") ?? ""));
}

describe("toView", () => {
  const view = toView(fixedDigest(), OPTIONS);

  it("precomputes dates, counts, subject and labels in the reader's zone", () => {
    expect(view.dateLong).toBe("Thursday 4 January 2024");
    expect(view.subject).toBe("Briefing — Thu 4 Jan 2024: 30 stories");
    expect(view.editionLine).toBe("30 stories from 4 sources");
    expect(view.builtAt).toBe("07:02 GMT+2 on Thu 4 Jan 2024");
    expect(view.zoneLabel).toBe("Europe/Kyiv (GMT+2)");
    expect(view.topStories[0]?.links.map((l) => l.time)).toEqual(["07:00", "07:11"]);
    expect(view.editionUrl).toBe("https://briefing.example.org/archive/2024-01-04.html");
    expect(view.failedSources).toEqual([expect.objectContaining({ name: "Steppe Daily", error: "the site was unavailable" })]);
    expect(JSON.stringify(view)).not.toMatch(/503/); // readers never see the raw error
  });

  it("shows each story once: top stories are left out of their topic section, empty sections dropped", () => {
    const ids = [...view.topStories, ...view.sections.flatMap((s) => s.stories)].map((s) => s.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(view.sections.map((s) => [s.title, s.storyCount])).toEqual([["Strikes", 9], ["Aid", 7], ["Diplomacy", 6], ["Other news", 5]]);
    const digest = fixedDigest();
    digest.topStoryIds = digest.sections.find((s) => s.topic === "other")!.storyIds;
    expect(toView(digest, OPTIONS).sections.map((s) => s.topic)).toEqual(["strikes", "aid", "diplomacy"]);
  });

  it("labels a time on another day with its day, and drops non-http links", () => {
    const digest = fixedDigest();
    const story = digest.stories[0]!;
    story.links = [{ source: "Kyiv Ledger", url: "javascript:alert(1)", published: "2024-01-03T21:10:00Z", entryId: "e" }];
    const link = toView(digest, OPTIONS).topStories[0]!.links[0]!;
    expect(link).toEqual({ source: "Kyiv Ledger", url: null, time: "Wed 3 Jan, 23:10", more: false });
  });

  it("names each source once, with all its times, linked to its first update that has a link", () => {
    const digest = fixedDigest();
    const story = digest.stories[0]!;
    const at = (hhmm: string) => `${digest.date}T${hhmm}:00Z`;
    story.links = [
      { source: "Harbour Desk", url: null, published: at("00:45"), entryId: "a" },
      { source: "Kyiv Ledger", url: "https://ledger.example/1", published: at("05:55"), entryId: "b" },
      { source: "Harbour Desk", url: "https://harbour.example/2", published: at("05:40"), entryId: "c" },
      { source: "Harbour Desk", url: "https://harbour.example/3", published: null, entryId: "d" },
    ];
    const links = toView(digest, { ...OPTIONS, readerTimezone: "UTC" }).topStories[0]!.links;
    expect(links).toEqual([
      { source: "Harbour Desk", url: "https://harbour.example/2", time: "00:45, 05:40", more: true },
      { source: "Kyiv Ledger", url: "https://ledger.example/1", time: "05:55", more: false },
    ]);
  });

  it("fails clearly on a bad zone, a bad date or a broken subject template", () => {
    expect(() => toView(fixedDigest(), { ...OPTIONS, readerTimezone: "Mars/Olympus" })).toThrow(/not an IANA zone/);
    expect(() => toView({ ...fixedDigest(), date: "2024-02-30" }, OPTIONS)).toThrow(/not a calendar day/);
    expect(() => toView(fixedDigest(), { ...OPTIONS, subject: "{{datShort}}" })).toThrow(/subject template .* may use date, dateLong, dateShort/);
    expect(() => toView(fixedDigest(), { ...OPTIONS, subject: "{{#if}}" })).toThrow(/subject template/);
  });
});

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(toView(fixedDigest(), OPTIONS), templates);

  it("matches the golden briefing", async () => {
    await expect(markdown).toMatchFileSnapshot("./fixtures/render/briefing.md");
  });

  it("is CommonMark with title, top stories, topic sections, stories and sources", () => {
    const tokens = commonmark.parse(markdown, {});
    const heads = headings(tokens);
    expect(heads.filter(([level]) => level === 1)).toEqual([[1, "Briefing — Thursday 4 January 2024"]]);
    expect(heads.filter(([level]) => level === 2).map(([, text]) => text)).toEqual(["Top stories", "Strikes", "Aid", "Diplomacy", "Other news", "Sources"]);
    const stories = heads.filter(([level]) => level === 3).map(([, text]) => text);
    expect(stories).toHaveLength(30);
    expect(stories[0]).toBe("Overnight drone wave targets power plants in three regions");
    expect(tokens.some((t) => t.type === "html_block" || t.children?.some((c) => c.type === "html_inline"))).toBe(false);
    const hrefs = links(tokens);
    expect(hrefs.length).toBeGreaterThan(30);
    expect(hrefs.every((h) => h.startsWith("https://news.example.org/") || h.startsWith("https://briefing.example.org/"))).toBe(true);
    expect(tokens.filter((t) => t.type === "bullet_list_open")).toHaveLength(1);
  });

  it("keeps every piece of hostile source text as literal text", () => {
    const hostile = renderMarkdown(toView(hostileDigest(), OPTIONS), templates);
    const tokens = commonmark.parse(hostile, {});
    const stories = headings(tokens).filter(([level]) => level === 3).map(([, text]) => text);
    expect(stories).toEqual(Object.values(HOSTILE));
    expect(headings(tokens).find(([level]) => level === 2)?.[1]).toBe("Strikes <u>&amp;</u>");
    const kinds = new Set(tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]));
    for (const markup of ["html_inline", "html_block", "em_open", "image", "code_inline", "ordered_list_open", "blockquote_open"]) {
      expect(kinds.has(markup), markup).toBe(false);
    }
    const strong = tokens.flatMap((t) => t.children ?? []).filter((c, i, all) => all[i - 1]?.type === "strong_open").map((c) => c.content);
    expect(new Set(strong)).toEqual(new Set(["could not be read"])); // the template's own emphasis, nothing from sources
    expect(links(tokens).some((h) => h.includes("evil") || h.startsWith("javascript"))).toBe(false);
    const paragraphs = tokens.filter((t) => t.type === "inline").map(plain);
    expect(paragraphs).toContain(`Summary: ${HOSTILE.script}`);
    expect(paragraphs.some((p) => p.includes("could not be read (it could not be read)"))).toBe(true);
  });

  it.each([
    ["1. first", "1\\. first"], ["- dash", "\\- dash"], ["a=@b@=c", "a=\\@b@\\=c"], ["AT&T &amp;", "AT&T \\&amp;"], ["C# <x>", "C\\# \\<x\\>"],
  ])("escapes %j as %j", (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe("text/plain part", () => {
  it("matches the golden text for a named reader of every topic", async () => {
    const email = await renderEmail(toView(fixedDigest(), OPTIONS), templates);
    const text = personalise(email, ANNA).text;
    await expect(text).toMatchFileSnapshot("./fixtures/render/email-anna.txt");
    expect(text).toContain("Unsubscribe: <https://briefing.example.org/u/tok123>");
  });

  it("shows only the chosen sections plus Top stories, and falls back to mailto", async () => {
    const email = await renderEmail(toView(fixedDigest(), OPTIONS), templates);
    const text = personalise(email, { ...ANNA, name: null, topics: ["Aid", "nonsense"], unsubscribeUrl: null }).text;
    const heads = headings(commonmark.parse(text, {})).filter(([level]) => level === 2).map(([, t]) => t);
    expect(heads).toEqual(["Top stories", "Aid", "Sources"]);
    expect(text).toContain("Here is what happened on Thursday 4 January 2024");
    expect(text).toContain("Unsubscribe: <mailto:unsubscribe@example.org?subject=unsubscribe>");
    expect(text).not.toMatch(/\n{3,}/);
    const none = personalise(email, { ...ANNA, topics: ["sport"] }).text;
    expect(none).toContain("None of the topics you chose had stories today");
  });

  it("never fills recipient fields into source text that looks like a token", async () => {
    const email = await renderEmail(toView(hostileDigest(), OPTIONS), templates);
    const text = personalise(email, ANNA).text;
    expect(text.split("anna@example.org")).toHaveLength(2); // only the footer's "You receive this briefing at …"
    const stories = headings(commonmark.parse(text, {})).filter(([level]) => level === 3).map(([, t]) => t);
    expect(stories).toEqual(Object.values(HOSTILE));
  });
});

describe("mailSafeHtml", () => {
  it("writes non-ASCII as numeric references, leaves <style> alone, and breaks long lines only at spaces", () => {
    expect(mailSafeHtml("<p>Zoë — “café” 🙂</p>")).toBe("<p>Zo&#235; &#8212; &#8220;caf&#233;&#8221; &#128578;</p>");
    expect(mailSafeHtml("<style>p::before{content:'—'}</style><p>—</p>")).toBe("<style>p::before{content:'—'}</style><p>&#8212;</p>");
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ");
    const safe = mailSafeHtml(`<p class="x">${words}</p>`, 100);
    expect(Math.max(...safe.split("\n").map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(safe.replace(/\n/g, " ")).toBe(`<p class="x">${words}</p>`);
    const unbreakable = "x".repeat(1500);
    expect(mailSafeHtml(unbreakable, 100)).toBe(unbreakable); // nothing to break at: the sender falls back to quoted-printable
  });
});

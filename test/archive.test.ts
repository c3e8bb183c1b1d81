// The archive in a real temp folder: atomic edition files, the README index and the Atom feed rebuilt from disk.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import MarkdownIt from "markdown-it";
import { afterAll, describe, expect, it } from "vitest";
import { archiveEdition, rebuildArchive, type ArchiveInput } from "../src/archive.ts";

const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));
const commonmark = new MarkdownIt("commonmark");
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "entry" || name === "link" });

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "briefing-archive-"));
  temps.push(dir);
  return dir;
}

function edition(date: string, overrides: Partial<ArchiveInput> = {}): ArchiveInput {
  return {
    date,
    markdown: `# Briefing — ${date}\n\n## Top stories\n\n### Lead story of ${date}\n\nSummary.\n`,
    html: `<!doctype html><title>${date}</title>`,
    storyCount: 12,
    topHeadline: `Lead story of ${date}`,
    generatedAt: `${date}T05:00:00Z`,
    ...overrides,
  };
}

/** The index's list items as [link text, href, rest of the line]. */
function indexItems(markdown: string): [string, string, string][] {
  const tokens = commonmark.parse(markdown, {});
  return tokens.filter((t) => t.type === "inline" && tokens[tokens.indexOf(t) - 2]?.type === "list_item_open").map((t) => {
    const kids = t.children ?? [];
    const open = kids.findIndex((c) => c.type === "link_open");
    const after = kids.slice(open + 3);
    const next = after.findIndex((c) => c.type === "link_open");
    const rest = (next < 0 ? after : after.slice(0, next)).filter((c) => c.type === "text").map((c) => c.content).join("");
    return [kids[open + 1]?.content ?? "", String(kids[open]?.attrGet("href")), rest];
  });
}

async function feed(dir: string) {
  const text = await readFile(join(dir, "feed.xml"), "utf8");
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text).feed;
}

describe("archiveEdition", () => {
  it("writes the edition with its metadata, the web view, an index newest first and a valid Atom feed", async () => {
    const dir = await tempDir();
    await archiveEdition(dir, edition("2024-01-03", { storyCount: 1 }), { archiveUrl: null });
    const { markdownPath } = await archiveEdition(dir, edition("2024-01-04"), { archiveUrl: null });
    expect(markdownPath).toBe(join(dir, "2024-01-04.md"));
    expect((await readdir(dir)).sort()).toEqual(["2024-01-03.html", "2024-01-03.md", "2024-01-04.html", "2024-01-04.md", "README.md", "feed.xml"]);
    const saved = await readFile(markdownPath, "utf8");
    expect(saved).toMatch(/^<!-- briefing-edition \{.*"storyCount":12.*\} -->\n\n# Briefing — 2024-01-04\n/);
    expect(indexItems(await readFile(join(dir, "README.md"), "utf8"))).toEqual([
      ["Thursday 4 January 2024", "2024-01-04.md", " — 12 stories: Lead story of 2024-01-04 ("],
      ["Wednesday 3 January 2024", "2024-01-03.md", " — 1 story: Lead story of 2024-01-03 ("],
    ]);
    const atom = await feed(dir);
    expect(atom.id).toBe("urn:daily-briefing:archive");
    expect(atom.updated).toBe("2024-01-04T05:00:00Z");
    expect(atom.author.name).toBeTruthy();
    expect(atom.entry.map((e: { id: string }) => e.id)).toEqual(["urn:daily-briefing:edition:2024-01-04", "urn:daily-briefing:edition:2024-01-03"]);
    expect(atom.entry[0]).toMatchObject({ title: "Briefing — Thursday 4 January 2024", updated: "2024-01-04T05:00:00Z", summary: "12 stories. Top story: Lead story of 2024-01-04" });
    expect(atom.entry[0].link).toEqual([{ rel: "alternate", type: "text/html", href: "2024-01-04.html" }]);
  });

  it("replaces a rebuilt day, drops its stale web view, and forgets a hand-deleted edition", async () => {
    const dir = await tempDir();
    await archiveEdition(dir, edition("2024-01-03"), { archiveUrl: null });
    await archiveEdition(dir, edition("2024-01-04"), { archiveUrl: null });
    await archiveEdition(dir, edition("2024-01-04", { markdown: "# Rebuilt\n", html: null, storyCount: 0, topHeadline: null }), { archiveUrl: null });
    expect(await readFile(join(dir, "2024-01-04.md"), "utf8")).toMatch(/-->\n\n# Rebuilt\n$/);
    await rm(join(dir, "2024-01-03.md"));
    await archiveEdition(dir, edition("2024-01-05", { html: null }), { archiveUrl: null });
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(["2024-01-03.html", "2024-01-04.md", "2024-01-05.md", "README.md", "feed.xml"]);
    const items = indexItems(await readFile(join(dir, "README.md"), "utf8"));
    expect(items.map(([, href]) => href)).toEqual(["2024-01-05.md", "2024-01-04.md"]);
    expect(items[1]?.[2]).toBe(" — 0 stories");
    expect((await feed(dir)).entry.map((e: { id: string }) => e.id)).toEqual(["urn:daily-briefing:edition:2024-01-05", "urn:daily-briefing:edition:2024-01-04"]);
  });

  it("uses absolute ids and links, and a self link, when an archive URL is configured", async () => {
    const dir = await tempDir();
    await archiveEdition(dir, edition("2024-01-04"), { archiveUrl: "https://briefing.example.org/archive/" });
    const atom = await feed(dir);
    expect(atom.id).toBe("https://briefing.example.org/archive/feed.xml");
    expect(atom.link).toContainEqual({ rel: "self", type: "application/atom+xml", href: "https://briefing.example.org/archive/feed.xml" });
    expect(atom.entry[0].id).toBe("https://briefing.example.org/archive/2024-01-04.md");
    expect(atom.entry[0].link[0].href).toBe("https://briefing.example.org/archive/2024-01-04.html");
  });

  it("escapes hostile headlines in the index, the feed and the metadata comment", async () => {
    const dir = await tempDir();
    const headline = "<script>x</script> *bold* [a](b) &amp; --> {{y}}";
    await archiveEdition(dir, edition("2024-01-04", { topHeadline: headline }), { archiveUrl: null });
    const index = await readFile(join(dir, "README.md"), "utf8");
    expect(indexItems(index)[0]?.[2]).toBe(` — 12 stories: ${headline} (`);
    expect(commonmark.parse(index, {}).some((t) => t.type.startsWith("html") || t.children?.some((c) => c.type.startsWith("html") || c.type === "em_open"))).toBe(false);
    // The parser decodes one level of entities: "&amp;" in the headline must come back as the text "&amp;".
    expect((await feed(dir)).entry[0].summary).toBe(`12 stories. Top story: ${headline}`);
    const saved = await readFile(join(dir, "2024-01-04.md"), "utf8");
    expect(saved.split("\n")[0]).not.toMatch(/<script|-->.*-->/);
  });

  it("indexes a hand-made edition without metadata from its headlines, and ignores other files", async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "2024-01-02.md"), "# Notes\n\n### First \\*thing\\*\n\n### Second\n");
    await writeFile(join(dir, "2024-13-40.md"), "# not a day\n");
    await writeFile(join(dir, "notes.md"), "# not an edition\n");
    const editions = await rebuildArchive(dir, { archiveUrl: null });
    expect(editions).toEqual([{ date: "2024-01-02", storyCount: 2, topHeadline: "First *thing*", generatedAt: null, hasHtml: false }]);
    expect((await feed(dir)).entry[0].updated).toBe("2024-01-02T00:00:00Z");
  });

  it("rejects bad input clearly and loses nothing when a write fails", async () => {
    const dir = await tempDir();
    await archiveEdition(dir, edition("2024-01-03"), { archiveUrl: null });
    const before = await readFile(join(dir, "README.md"), "utf8");
    await expect(archiveEdition(dir, edition("2024-02-30"), { archiveUrl: null })).rejects.toMatchObject({ code: "ERENDER", message: expect.stringContaining("not a calendar day") });
    await expect(archiveEdition(dir, edition("2024-01-04", { storyCount: -1 }), { archiveUrl: null })).rejects.toThrow(/story count/);
    await mkdir(join(dir, "2024-01-05.md")); // a folder in the way: the rename must fail
    await expect(archiveEdition(dir, edition("2024-01-05"), { archiveUrl: null })).rejects.toMatchObject({ code: "ERENDER", message: expect.stringContaining("cannot write") });
    expect(await readFile(join(dir, "README.md"), "utf8")).toBe(before);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

// Hostile characters and sizes at the edge: nothing XML forbids reaches feed.xml, bidi controls are removed from
// every output, and a 9 MB headline or summary cannot balloon the email or the archive.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { archiveEdition } from "../src/archive.ts";
import { loadConfig } from "../src/config/index.ts";
import { personalise } from "../src/render/email.ts";
import { renderEdition } from "../src/render/edition.ts";
import { fixedDigest } from "./fixtures/render/edition.ts";
import { tempDir } from "./helpers/cli.ts";

const HOSTILE_HEADLINE = `Strike on \uFFFEdepot\uFFFF \u202Egnirts desrever\u202C \u2066isolate\u2069 lone \uD800 surrogate \uFDD0 end`;
const READER = { email: "r@example.org", name: null, topics: [], unsubscribeUrl: null, unsubscribeMailto: "u@example.org" };

describe("text hygiene at the edge", () => {
  it("keeps feed.xml well-formed and every output free of noncharacters, lone surrogates and bidi overrides", async () => {
    const digest = fixedDigest();
    digest.stories[0]!.headline = HOSTILE_HEADLINE;
    digest.stories[0]!.summary = `Summary \uFFFF with \u202Doverride\u202C.`;
    const dir = tempDir();
    const config = loadConfig({ DIGESTS_DIR: join(dir, "digests") }, dir);
    const rendered = await renderEdition(digest, config);
    await archiveEdition(config.digestsDir, { date: digest.date, markdown: rendered.markdown, html: rendered.html, storyCount: rendered.storyCount, topHeadline: HOSTILE_HEADLINE, generatedAt: digest.generatedAt }, { archiveUrl: "https://briefing.example.org/archive" });
    const feed = readFileSync(join(config.digestsDir, "feed.xml"), "utf8");
    expect(XMLValidator.validate(feed)).toBe(true);
    // A strict parser (expat, through python3) rejects U+FFFE/U+FFFF: the feed must be well-formed XML 1.0.
    const strict = spawnSync("python3", ["-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])", join(config.digestsDir, "feed.xml")], { encoding: "utf8" });
    if (!strict.error) expect(strict.stderr).toBe("");
    const email = personalise(rendered.email, READER);
    for (const [name, text] of [["feed", feed], ["markdown", rendered.markdown], ["html", email.html], ["text", email.text], ["subject", email.subject]] as const) {
      expect(/[\uFFFE\uFFFF\uFDD0-\uFDEF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text), name).toBe(false);
    }
    expect(rendered.markdown).toContain("Strike on depot gnirts desrever isolate lone surrogate end");
  });

  it("bounds a giant headline and summary in every output", async () => {
    const digest = fixedDigest();
    digest.stories[0]!.headline = `Giant ${"word ".repeat(1_800_000)}`; // about 9 MB
    digest.stories[0]!.summary = `Huge ${"text ".repeat(400_000)}`;
    const dir = tempDir();
    const rendered = await renderEdition(digest, loadConfig({}, dir));
    const email = personalise(rendered.email, READER);
    expect(email.html.length).toBeLessThan(200_000);
    expect(email.text.length).toBeLessThan(100_000);
    expect(rendered.markdown.length).toBeLessThan(100_000);
    expect(email.subject.length).toBeLessThan(400);
    expect(rendered.markdown).toMatch(/Giant (word ){10,}.*…/);
  });
});

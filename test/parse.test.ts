// Parser contract: every fixture folder under test/fixtures/parse/<case>/ holds input.* and options.json;
// its parsed document must equal expected.json (refresh with `npx vitest run test/parse -u`, then review).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/parse/index.ts";
import type { ParsedDocument, ParseOptions, RawDocument } from "../src/types.ts";

const ROOT = join(import.meta.dirname, "fixtures", "parse");
const FETCHED_AT = "2024-03-01T10:00:00Z";
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** Reads a fixture folder and parses its input with its options. */
export function parseFixture(name: string): ParsedDocument {
  const dir = join(ROOT, name);
  const input = readdirSync(dir).find((f) => f.startsWith("input."))!;
  const raw = JSON.parse(readFileSync(join(dir, "options.json"), "utf8")) as Partial<ParseOptions> & { location?: string };
  const doc: RawDocument = {
    sourceId: name,
    location: raw.location ?? `/fixtures/${name}${input.slice(input.indexOf("."))}`,
    body: readFileSync(join(dir, input), "utf8"),
    contentType: null,
    fetchedAt: FETCHED_AT,
  };
  const options: ParseOptions = {
    format: raw.format ?? "auto",
    date: raw.date ?? null,
    timezone: raw.timezone ?? null,
    sourceName: raw.sourceName ?? null,
    url: raw.url ?? null,
  };
  return parseDocument(doc, options);
}

describe.each(cases)("fixture %s", (name) => {
  const parsed = parseFixture(name);

  it("matches expected.json", async () => {
    await expect(`${JSON.stringify(parsed, null, 2)}\n`).toMatchFileSnapshot(join(ROOT, name, "expected.json"));
  });

  it("keeps the entry invariants every format shares", () => {
    expect(parsed.entries.length).toBeGreaterThan(0);
    expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(parsed.entries.length);
    for (const entry of parsed.entries) {
      expect(entry.source).toBe(parsed.sourceName);
      expect(entry.headline !== null || entry.body.length > 0).toBe(true);
      if (entry.published?.includes("T")) expect(entry.published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      for (const paragraph of entry.body) {
        expect(paragraph).toBe(paragraph.trim());
        expect(paragraph).not.toMatch(/^(\[ad_\d\]|Loading\.\.\.|Read More|ADVERTISEMENT|Source link|Share this article)/i);
      }
    }
  });

  it("gives the same ids on a second run", () => {
    expect(parseFixture(name).entries.map((e) => e.id)).toEqual(parsed.entries.map((e) => e.id));
  });
});

// Parsing under a budget, in a real worker thread: a large page that takes too long is reported failed, a stop
// signal ends the parse at once, and the answer is the same as parsing on the main thread.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/parse/index.ts";
import { availableParallelism } from "node:os";
import { parseWithBudget, peakParseThreads, startedParseThreads } from "../src/run/parse-off-thread.ts";
import type { RawDocument } from "../src/types.ts";
import { ROOT } from "./helpers/cli.ts";

const options = { format: "auto" as const, date: "2025-11-06", timezone: null, sourceName: null, url: null };
const page = (body: string): RawDocument => ({ sourceId: "s", location: "page.txt", body, contentType: null, fetchedAt: "2025-11-06T07:00:00Z" });

describe("parseWithBudget", () => {
  it("gives the same entries off the main thread as on it", async () => {
    const doc = page(readFileSync(join(ROOT, "samples/trt-liveblog.txt"), "utf8"));
    const off = await parseWithBudget(doc, options, { timeoutMs: 60_000, offThreadChars: 0 });
    expect(off.entries).toEqual(parseDocument(doc, options).entries);
  });

  it("reports a page that takes longer than its budget as failed (EPARSE), and the run goes on", async () => {
    const huge = page(`<html><body>${"<div><p>Shelling reported near the river crossing overnight.</p>".repeat(60_000)}</body></html>`);
    await expect(parseWithBudget(huge, options, { timeoutMs: 200 })).rejects.toMatchObject({ code: "EPARSE", message: expect.stringMatching(/took longer than/) });
  });

  it("stops at once when the run is told to stop", async () => {
    const huge = page(`<html><body>${"<div><p>Shelling reported near the river crossing overnight.</p>".repeat(60_000)}</body></html>`);
    const controller = new AbortController();
    const parsing = parseWithBudget(huge, options, { timeoutMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(parsing).rejects.toMatchObject({ code: "EPARSE", message: "stopped while parsing" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(0); // resolved after the abort (no wall-clock bound asserted)
  });

  it("runs at most one parse thread per core; the other large pages wait their turn and all come back whole", async () => {
    const doc = page(readFileSync(join(ROOT, "samples/trt-liveblog.txt"), "utf8"));
    const expected = parseDocument(doc, options).entries;
    const before = startedParseThreads();
    const results = await Promise.all(Array.from({ length: availableParallelism() + 3 }, () => parseWithBudget(doc, options, { timeoutMs: 60_000, offThreadChars: 0 })));
    for (const result of results) expect(result.entries).toEqual(expected);
    expect(peakParseThreads()).toBeLessThanOrEqual(availableParallelism());
    // a thread that finished takes the next page: the parsers load once per thread, not once per page
    expect(startedParseThreads() - before).toBeLessThanOrEqual(availableParallelism());
    expect(peakParseThreads()).toBeGreaterThanOrEqual(1);
  });
});

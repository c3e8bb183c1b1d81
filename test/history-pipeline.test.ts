// The memory between editions, end to end in-process: an edition run writes DIGESTS_DIR/.history.json after archiving;
// the next edition drops the re-posts and marks what develops; --dry-run and --date leave the memory alone.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adhocSources } from "../src/config/sources.ts";
import { loadConfig } from "../src/config/index.ts";
import { editionWindow } from "../src/day.ts";
import type { Logger } from "../src/log.ts";
import { runDigest } from "../src/run/pipeline.ts";
import { ROOT, tempDir } from "./helpers/cli.ts";

const seeds = (ids: string[]) => {
  const dir = join(ROOT, "eval/c/seeds");
  return adhocSources(readdirSync(dir).filter((f) => ids.some((id) => f.startsWith(`${id}_`))).map((f) => join(dir, f)));
};
const logger = () => {
  const events: string[] = [];
  const log: Logger = { info: (e) => events.push(e), warn: (e) => events.push(e), error: (e) => events.push(e) };
  return { log, events };
};
const base = { date: null, timezone: null, dryRun: false, noSend: true, force: false };
const TUESDAY = editionWindow("UTC", new Date("2025-03-05T00:00:00Z"), new Date("2025-03-04T00:00:00Z"));
const WEDNESDAY = editionWindow("UTC", new Date("2025-03-06T00:00:00Z"), new Date("2025-03-05T00:00:00Z"));

describe("memory between editions", () => {
  it("the second edition leaves out what the first showed, marks what develops, and a --dry-run writes no memory", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ sources: [{ name: "Unused", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
    const config = loadConfig({}, cwd);
    const history = join(config.digestsDir, ".history.json");
    const now = () => new Date("2025-03-06T07:00:00Z");

    await runDigest(config, { ...base, dryRun: true, sources: seeds(["504", "505", "506"]) }, { ...logger(), now }, TUESDAY);
    expect(existsSync(history)).toBe(false);

    const first = logger();
    await runDigest(config, { ...base, sources: seeds(["504", "505", "506"]) }, { ...first, now }, TUESDAY);
    expect(first.events).toContain("history.noted");
    expect(JSON.parse(readFileSync(history, "utf8")).editions.map((e: { date: string }) => e.date)).toEqual(["2025-03-04"]);

    const second = await runDigest(config, { ...base, sources: seeds(["507", "508", "509", "510"]) }, { ...logger(), now }, WEDNESDAY);
    const left = second.digest.entries.filter((e) => e.leftOut?.startsWith("repeat of 2025-03-04"));
    expect(left.map((e) => e.headline)).toEqual(expect.arrayContaining(["Canada announces C$500m military package for Ukraine", "Kyiv, Moscow exchange 150 POWs each after UAE mediation"]));
    expect(second.digest.stories.some((s) => s.developing && /Odesa/.test(s.headline))).toBe(true);
    expect(readFileSync(second.markdownPath!, "utf8")).toMatch(/\*Developing\.\* New since Tue 4 Mar 2025/);
    expect(JSON.parse(readFileSync(history, "utf8")).editions.map((e: { date: string }) => e.date)).toEqual(["2025-03-04", "2025-03-05"]);
  });

  it("a damaged memory is set aside and reported; the edition still goes out, judged alone", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ sources: [{ name: "Unused", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
    const config = loadConfig({}, cwd);
    const { mkdirSync } = await import("node:fs");
    mkdirSync(config.digestsDir, { recursive: true });
    writeFileSync(join(config.digestsDir, ".history.json"), "{ not json");
    const { log, events } = logger();
    const result = await runDigest(config, { ...base, sources: seeds(["507", "508", "509", "510"]) }, { log, now: () => new Date("2025-03-06T07:00:00Z") }, WEDNESDAY);
    expect(events).toContain("history.damaged");
    expect(result.markdownPath).not.toBeNull();
    expect(readdirSync(config.digestsDir).some((f) => f.startsWith(".history.json.damaged-"))).toBe(true);
  });

  it("--date builds a calendar day without memory, whatever the file holds", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ sources: [{ name: "Unused", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
    const config = loadConfig({}, cwd);
    const now = () => new Date("2025-03-06T07:00:00Z");
    await runDigest(config, { ...base, sources: seeds(["504", "505", "506"]) }, { ...logger(), now }, TUESDAY);
    const day = await runDigest(config, { ...base, date: "2025-03-05", sources: seeds(["507", "508", "509", "510"]) }, { ...logger(), now });
    expect(day.digest.entries.every((e) => !e.leftOut?.startsWith("repeat of 2025-03-04"))).toBe(true);
    expect(JSON.parse(readFileSync(join(config.digestsDir, ".history.json"), "utf8")).editions).toHaveLength(1);
  });
});

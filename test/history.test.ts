// run/history.ts: the edition history beside the archive: written atomically, read back, a damaged file set aside.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HISTORY_FILE, readHistory, rememberInHistory } from "../src/run/history.ts";
import type { EditionMemory } from "../src/types.ts";

const memory = (date: string): EditionMemory => ({
  date,
  entries: [{ id: `e-${date}`, source: "Wire", headline: "Drones hit depot", sketch: [1, 2, 3] }],
  stories: [{ id: `s-${date}`, headline: "Drones hit depot", topic: "strikes", entryIds: [`e-${date}`], terms: ["drone", "depot"], details: ["syzran"] }],
});

describe("edition history", () => {
  it("starts empty, keeps one record per date and the latest fourteen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "history-"));
    expect(await readHistory(dir)).toEqual({ history: { editions: [] }, problem: null });
    for (let day = 1; day <= 16; day++) await rememberInHistory(dir, memory(`2025-03-${String(day).padStart(2, "0")}`));
    await rememberInHistory(dir, { ...memory("2025-03-16"), stories: [] });
    const { history, problem } = await readHistory(dir);
    expect(problem).toBeNull();
    expect(history.editions.map((e) => e.date)).toEqual(Array.from({ length: 14 }, (_, i) => `2025-03-${String(i + 3).padStart(2, "0")}`));
    expect(history.editions.at(-1)!.stories).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("sets a damaged file aside, says so, and goes on without memory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "history-"));
    writeFileSync(join(dir, HISTORY_FILE), '{"version":1,"editions":[{"date":"yesterday"}]');
    const read = await readHistory(dir, new Date("2025-03-05T07:00:00Z"));
    expect(read.history.editions).toEqual([]);
    expect(read.problem).toMatch(/damaged .*set aside as .*\.history\.json\.damaged-2025-03-05T07-00-00-000Z/);
    expect(readdirSync(dir)).toEqual([`${HISTORY_FILE}.damaged-2025-03-05T07-00-00-000Z`]);
    // the next write starts a fresh file
    await rememberInHistory(dir, memory("2025-03-05"));
    expect(JSON.parse(readFileSync(join(dir, HISTORY_FILE), "utf8")).editions).toHaveLength(1);
  });

  it("a well-formed file with a malformed edition is damaged too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "history-"));
    writeFileSync(join(dir, HISTORY_FILE), JSON.stringify({ version: 1, editions: [memory("2025-03-01"), { date: "2025-03-02", entries: "x", stories: [] }] }));
    expect((await readHistory(dir)).problem).toMatch(/edition 2 is malformed/);
  });
});

// Damaged state files never crash a run: every kind of bad ledger or journal line is quarantined (kept aside,
// reported once) and ignored; a flipped generation number does not re-send to the whole list.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.ts";
import { readRunRecords } from "../src/run/state.ts";
import { statusReport } from "../src/run/status.ts";
import { editionStatus, ledgerPath, readLedger } from "../src/send/ledger.ts";
import { tempDir } from "./helpers/cli.ts";

const at = "2025-11-06T07:00:00.000Z";
const DAMAGE = ["null", "[]", "{}", "42", '"text"', '{"t":"sent"}', '{"t":"sent","g":0,"at":"x"}', '{"t":"fail","g":0,"e":"x@example.org","at":"x"}',
  '{"t":"sent","g":-1,"e":"a@example.org","at":"x","r":"250"}', '{"t":"weird","g":0,"at":"x"}', "{not json at all", '{"t":"sent","g":"0","e":"a@example.org","at":"x","r":"250"}'];

describe("a damaged send ledger", () => {
  it("quarantines every bad line, keeps every good one, and says so once", async () => {
    const dir = tempDir();
    const path = ledgerPath(dir, "2025-11-06", "smtp");
    mkdirSync(join(dir, "ledger"), { recursive: true });
    const good = [
      JSON.stringify({ t: "start", g: 0, at, force: false, pid: 1 }),
      JSON.stringify({ t: "sent", g: 0, e: "a@example.org", at, r: "250" }),
      JSON.stringify({ t: "sent", g: 0, e: "b@example.org", at, r: "250" }),
    ];
    writeFileSync(path, `${[good[0], ...DAMAGE, good[1], good[2], '{"t":"sent","g":0,"e":"torn@exa'].join("\n")}`);
    const state = await readLedger(path);
    expect(state.sent.size).toBe(2);
    expect(state.quarantined).toBe(DAMAGE.length);
    expect(state.newlyQuarantined).toBe(true);
    expect(readFileSync(`${path}.quarantine`, "utf8").trim().split("\n")).toHaveLength(DAMAGE.length);
    expect((await readLedger(path)).newlyQuarantined).toBe(false); // reported once, not on every read
    expect(await editionStatus(dir, "2025-11-06")).toMatchObject({ sent: 2 });
  });

  it("ignores a flipped generation number instead of re-sending to everyone", async () => {
    const dir = tempDir();
    const path = ledgerPath(dir, "2025-11-06", "smtp");
    mkdirSync(join(dir, "ledger"), { recursive: true });
    writeFileSync(path, [
      { t: "start", g: 0, at, force: false, pid: 1 },
      { t: "sent", g: 0, e: "a@example.org", at, r: "250" },
      { t: "sent", g: 64, e: "b@example.org", at, r: "250" }, // a bit flipped: 0 → 64
      { t: "sent", g: 0, e: "c@example.org", at, r: "250" },
    ].map((r) => JSON.stringify(r)).join("\n") + "\n");
    const state = await readLedger(path);
    expect(state.generation).toBe(0);
    expect(state.sent.has("a@example.org") && state.sent.has("c@example.org")).toBe(true);
    expect(state.quarantined).toBe(1);
  });
});

describe("a damaged run journal", () => {
  it("never stops digest, status or the scheduler: bad lines are set aside, good ones count", async () => {
    const cwd = tempDir();
    const config = loadConfig({}, cwd);
    mkdirSync(config.stateDir, { recursive: true });
    const good = { date: "2025-11-06", startedAt: at, finishedAt: at, complete: true, outcome: "sent", sent: 3, skipped: 0, failed: 0, stories: 4, failedSources: [], error: null };
    writeFileSync(join(config.stateDir, "runs.jsonl"), [
      "null", "{}", '{"date":null}', JSON.stringify({ ...good, date: "06/11/2025" }), JSON.stringify({ ...good, window: { start: "garbage", end: at } }),
      "{half", JSON.stringify(good), "",
    ].join("\n"));
    const warnings: string[] = [];
    const records = await readRunRecords(config.stateDir, (event) => warnings.push(event));
    expect(records).toHaveLength(1);
    expect(warnings).toEqual(["journal.quarantined"]);
    await readRunRecords(config.stateDir, (event) => warnings.push(event));
    expect(warnings).toHaveLength(1);
    expect(await statusReport(config, new Date(at))).toMatch(/Last edition: 2025-11-06 \(sent, complete\)/);
  });
});

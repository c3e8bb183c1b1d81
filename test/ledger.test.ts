// The send ledger: append-only journal, generations, torn-line repair, status counts.
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkEditionId, editionStatus, ledgerPath, openLedgerWriter, readLedger } from "../src/send/ledger.ts";

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), "ledger-")); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const at = "2025-11-06T07:00:00.000Z";

describe("ledger", () => {
  it("records sends and failures; the latest outcome per recipient wins; status counts them", async () => {
    const path = ledgerPath(dir, "2025-11-06", "smtp");
    const w = await openLedgerWriter(path);
    await w.append({ t: "start", g: 0, at, force: false, pid: 1 });
    await Promise.all([
      w.append({ t: "sent", g: 0, e: "a@example.org", at, r: "250 ok" }),
      w.append({ t: "fail", g: 0, e: "b@example.org", at, p: false, r: "451 later" }),
      w.append({ t: "fail", g: 0, e: "c@example.org", at, p: true, r: "550 no such user" }),
    ]);
    await w.append({ t: "sent", g: 0, e: "B@example.org", at: "2025-11-06T07:05:00.000Z", r: "250 ok" });
    await w.append({ t: "end", g: 0, at, total: 4, complete: true });
    await w.close();
    const state = await readLedger(path);
    expect(state.sent.has("a@example.org") && state.sent.has("b@example.org")).toBe(true);
    expect([...state.failures]).toEqual([["c@example.org", { permanent: true, reason: "550 no such user" }]]);
    expect(await editionStatus(dir, "2025-11-06")).toEqual({ sent: 2, failed: 1, pending: 1, lastSentAt: "2025-11-06T07:05:00.000Z", finished: true, channel: "smtp" });
  });

  it("a forced run starts a new generation: earlier sends no longer count", async () => {
    const path = ledgerPath(dir, "2025-11-06", "smtp");
    const w = await openLedgerWriter(path);
    await w.append({ t: "sent", g: 0, e: "a@example.org", at, r: "250" });
    await w.append({ t: "start", g: 1, at, force: true, pid: 1 });
    await w.append({ t: "sent", g: 1, e: "b@example.org", at, r: "250" });
    await w.close();
    const state = await readLedger(path);
    expect(state.generation).toBe(1);
    expect(state.sent.has("a@example.org")).toBe(false);
    expect(state.sent.has("b@example.org")).toBe(true);
    expect(state.finished).toBe(false);
  });

  it("a line torn by a crash is ignored and the next append starts on a fresh line", async () => {
    const path = ledgerPath(dir, "2025-11-06", "smtp");
    await mkdir(join(dir, "ledger"), { recursive: true });
    await writeFile(path, `{"t":"sent","g":0,"e":"a@example.org","at":"${at}","r":"250"}\n{"t":"sent","g":0,"e":"b@exa`);
    expect((await readLedger(path)).sent.size).toBe(1);
    const w = await openLedgerWriter(path);
    await w.append({ t: "sent", g: 0, e: "c@example.org", at, r: "250" });
    await w.close();
    const state = await readLedger(path);
    expect(state.sent.has("a@example.org") && state.sent.has("c@example.org")).toBe(true);
    expect(state.sent.has("b@example.org")).toBe(false);
    expect((await readFile(path, "utf8")).split("\n").filter(Boolean)).toHaveLength(3);
  });

  it("every append is on disk (written, if not yet fsynced) when its promise resolves", async () => {
    const path = ledgerPath(dir, "e1", "outbox");
    const w = await openLedgerWriter(path);
    for (let i = 0; i < 50; i++) {
      await w.append({ t: "sent", g: 0, e: `r${i}@example.org`, at, r: "written" });
      expect((await readFile(path, "utf8")).trim().split("\n")).toHaveLength(i + 1);
    }
    await w.close();
  });

  it("status of an edition never sent, and of an outbox-only edition", async () => {
    expect(await editionStatus(dir, "2025-11-07")).toEqual({ sent: 0, failed: 0, pending: 0, lastSentAt: null, finished: false, channel: null });
    const w = await openLedgerWriter(ledgerPath(dir, "2025-11-07", "outbox"));
    await w.append({ t: "sent", g: 0, e: "a@example.org", at, r: "written" });
    await w.close();
    expect(await editionStatus(dir, "2025-11-07")).toMatchObject({ sent: 1, channel: "outbox", finished: false });
  });

  it("rejects an edition id that is not a safe file name", () => {
    expect(() => ledgerPath(dir, "../etc", "smtp")).toThrow(/edition id/);
    expect(() => ledgerPath(dir, "", "smtp")).toThrow(/edition id/);
    // the same rule guards Redis key parts of the queue (a ":" would split them)
    expect(() => checkEditionId("2025-11-06:1")).toThrow(/edition id "2025-11-06:1" must be letters/);
    expect(checkEditionId("2025-11-06.b")).toBe("2025-11-06.b");
  });

  it("reads a journal written by hand with blank lines and garbage without failing", async () => {
    const path = ledgerPath(dir, "x", "smtp");
    await mkdir(join(dir, "ledger"), { recursive: true });
    await appendFile(path, `\nnot json\n{"t":"sent","g":0,"e":"a@example.org","at":"${at}","r":"250"}\n\n`);
    expect((await readLedger(path)).sent.size).toBe(1);
  });
});

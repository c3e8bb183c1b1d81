// The send ledger: an append-only JSON-lines journal per (edition, channel) in STATE_DIR.
// A recipient is recorded `sent` only after the server's 250; records are written before the in-flight slot
// is freed, so a kill -9 loses at most the messages in flight. fsync is batched (group commit) against power loss.
import { createReadStream } from "node:fs";
import { stat, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { DigestError } from "../errors.ts";
import { openJournal, quarantine } from "../journal.ts";
import { HashSet64 } from "./hash-set.ts";
import { recipientKey } from "./recipient-key.ts";

/** Where messages go: each has its own journal, so an outbox run never suppresses a later SMTP send. */
export type Channel = "smtp" | "outbox";

/** One journal line. `g` is the generation: a forced re-send starts a new one. */
export type LedgerRecord =
  | { t: "start"; g: number; at: string; force: boolean; pid: number }
  | { t: "sent"; g: number; e: string; at: string; r: string }
  | { t: "fail"; g: number; e: string; at: string; p: boolean; r: string }
  | { t: "end"; g: number; at: string; total: number; complete: boolean };

/** What the journal says about the current generation. */
export interface LedgerState {
  generation: number;
  sent: HashSet64;
  failures: Map<string, { permanent: boolean; reason: string }>;
  lastSentAt: string | null;
  lastEnd: { total: number; complete: boolean } | null;
  /** Whether the last record of the current generation is a complete `end`. */
  finished: boolean;
  /** Lines that did not validate (kept aside in `<ledger>.quarantine`, never trusted), and whether that set is new. */
  quarantined: number;
  newlyQuarantined: boolean;
}

/** A ledger line we trust: the right shape for its kind (anything else is quarantined, never a crash). */
export function isLedgerRecord(value: unknown): value is LedgerRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  if (!Number.isInteger(r.g) || (r.g as number) < 0 || typeof r.at !== "string") return false;
  switch (r.t) {
    case "start": return typeof r.force === "boolean";
    case "sent": return typeof r.e === "string" && r.e.length > 0 && typeof r.r === "string";
    case "fail": return typeof r.e === "string" && r.e.length > 0 && typeof r.p === "boolean" && typeof r.r === "string";
    case "end": return typeof r.total === "number" && typeof r.complete === "boolean";
    default: return false;
  }
}

const SYNC_EVERY_RECORDS = 512;
const SYNC_EVERY_MS = 200;

/** The edition id, if it is safe as a file name and a Redis key part; else EUSAGE. */
export function checkEditionId(editionId: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(editionId)) {
    throw new DigestError("EUSAGE", `edition id "${editionId}" must be letters, digits, ".", "_" or "-" (e.g. 2025-11-06)`);
  }
  return editionId;
}

/** The journal's path; throws EUSAGE for an edition id that is not a safe file name. */
export function ledgerPath(stateDir: string, editionId: string, channel: Channel): string {
  return join(stateDir, "ledger", `${checkEditionId(editionId)}.${channel}.jsonl`);
}

/** Reads a journal as a stream (a missing file is an empty ledger; a torn last line is ignored). */
export async function readLedger(path: string): Promise<LedgerState> {
  const state: LedgerState = { generation: 0, sent: new HashSet64(), failures: new Map(), lastSentAt: null, lastEnd: null, finished: false, quarantined: 0, newlyQuarantined: false };
  const bad: { line: number; text: string }[] = [];
  let lineNo = 0;
  let torn: { line: number; text: string } | null = null;
  let input;
  try {
    await stat(path);
    input = createReadStream(path, { encoding: "utf8" });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return state;
    throw new DigestError("EREAD", `cannot read send ledger ${path}: ${(cause as Error).message}`, { cause });
  }
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (torn) bad.push(torn); // an unreadable line that is not the last one: damage, not a crash mid-write
    torn = null;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      torn = { line: lineNo, text: line.slice(0, 500) }; // a write cut short by a crash leaves a partial last line
      continue;
    }
    // A generation only ever grows by one, at a forced `start`: a flipped number must not re-send to the list.
    if (!isLedgerRecord(record) || (record.g > state.generation && !(record.t === "start" && record.g === state.generation + 1))) {
      bad.push({ line: lineNo, text: line.slice(0, 500) });
      continue;
    }
    if (record.g > state.generation) {
      Object.assign(state, { generation: record.g, sent: new HashSet64(), failures: new Map(), lastSentAt: null, lastEnd: null });
    }
    if (record.g < state.generation) continue;
    state.finished = record.t === "end" && record.complete;
    if (record.t === "sent") {
      state.sent.add(recipientKey(record.e));
      state.failures.delete(recipientKey(record.e));
      if (state.lastSentAt === null || record.at > state.lastSentAt) state.lastSentAt = record.at;
    } else if (record.t === "fail" && !state.sent.has(recipientKey(record.e))) {
      state.failures.set(recipientKey(record.e), { permanent: record.p, reason: record.r });
    } else if (record.t === "end") {
      state.lastEnd = { total: record.total, complete: record.complete };
    }
  }
  state.quarantined = bad.length;
  state.newlyQuarantined = await quarantine(path, bad);
  return state;
}

/** An open journal: appends resolve once the line is written (not yet fsynced); close() syncs. */
export interface LedgerWriter {
  append(record: LedgerRecord): Promise<void>;
  close(): Promise<void>;
}

/** Opens (creating) the journal for appending; repairs a torn last line so the next record starts clean. */
export async function openLedgerWriter(path: string): Promise<LedgerWriter> {
  return groupWriter(await openJournal(path), path);
}

function groupWriter(handle: FileHandle, path: string): LedgerWriter {
  let queue: string[] = [];
  let waiters: { resolve(): void; reject(e: unknown): void }[] = [];
  let writing: Promise<void> | null = null;
  let unsynced = 0;
  let syncing: Promise<void> | null = null;
  const sync = () => (syncing ??= handle.sync().finally(() => { syncing = null; }));
  const timer = setInterval(() => {
    if (unsynced > 0) { unsynced = 0; sync().catch(() => undefined); }
  }, SYNC_EVERY_MS);
  timer.unref();

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const chunk = queue.join("");
      const batch = waiters;
      queue = [];
      waiters = [];
      try {
        await handle.write(chunk);
        unsynced += batch.length;
        // group commit without stalling the senders: a kill -9 needs only the write, power loss the fsync
        if (unsynced >= SYNC_EVERY_RECORDS) { unsynced = 0; sync().catch(() => undefined); }
        for (const w of batch) w.resolve();
      } catch (cause) {
        const error = new DigestError("ESEND", `cannot write send ledger ${path}: ${(cause as Error).message}`, { cause });
        for (const w of batch) w.reject(error);
      }
    }
    writing = null;
  }

  return {
    append(record) {
      return new Promise<void>((resolve, reject) => {
        queue.push(`${JSON.stringify(record)}\n`);
        waiters.push({ resolve, reject });
        writing ??= drain();
      });
    },
    async close() {
      clearInterval(timer);
      while (writing) await writing;
      await sync();
      await handle.close();
    },
  };
}

/** Sent / failed / pending counts of an edition's latest generation (the SMTP journal, else the outbox one). */
export async function editionStatus(
  stateDir: string,
  editionId: string,
): Promise<{ sent: number; failed: number; pending: number; lastSentAt: string | null; finished: boolean; channel: Channel | null }> {
  for (const channel of ["smtp", "outbox"] as const) {
    const path = ledgerPath(stateDir, editionId, channel);
    const exists = await stat(path).then(() => true, () => false);
    if (!exists) continue;
    const state = await readLedger(path);
    const sent = state.sent.size;
    const failed = state.failures.size;
    const pending = state.lastEnd ? Math.max(0, state.lastEnd.total - sent - failed) : 0;
    return { sent, failed, pending, lastSentAt: state.lastSentAt, finished: state.finished, channel };
  }
  return { sent: 0, failed: 0, pending: 0, lastSentAt: null, finished: false, channel: null };
}

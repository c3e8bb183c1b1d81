// The run journal: one JSON line per finished run in STATE_DIR/runs.jsonl, appended and fsynced.
// The scheduler reads it to know whether today's edition went out; `npm run status` reports from it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openJournal } from "../journal.ts";

export interface RunRecord {
  /** The edition's day (YYYY-MM-DD). */
  date: string;
  startedAt: string;
  finishedAt: string;
  /** True when every subscriber has the edition (nothing left to send or retry). */
  complete: boolean;
  /** Why the run ended as it did: "sent", "skipped-empty", "interrupted", "failed", … */
  outcome: string;
  sent: number;
  skipped: number;
  failed: number;
  stories: number;
  failedSources: string[];
  error: string | null;
  /** The period the edition covered (absent in records written before editions had windows). */
  window?: { start: string; end: string; kind: "day" | "edition" };
}

/** Appends one record durably (the file survives a crash right after this returns). */
export async function appendRunRecord(stateDir: string, record: RunRecord): Promise<void> {
  const file = await openJournal(join(stateDir, "runs.jsonl"));
  try {
    await file.write(`${JSON.stringify(record)}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** Every record, oldest first; a torn last line (crash mid-write) is ignored. */
export async function readRunRecords(stateDir: string): Promise<RunRecord[]> {
  let text: string;
  try {
    text = await readFile(join(stateDir, "runs.jsonl"), "utf8");
  } catch {
    return [];
  }
  const records: RunRecord[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as RunRecord);
    } catch {
      // a line cut short by a crash: the run it describes did not finish
    }
  }
  return records;
}

/** Whether the edition for `date` has fully gone out, by the journal. */
export function editionComplete(records: RunRecord[], date: string): boolean {
  return records.some((r) => r.date === date && r.complete);
}

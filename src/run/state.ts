// The run journal: one JSON line per finished run in STATE_DIR/runs.jsonl, appended and fsynced.
// The scheduler reads it to know whether today's edition went out; `npm run status` reports from it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openJournal, quarantine } from "../journal.ts";

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

/** A journal line we trust (anything else is quarantined, never a crash). */
export function isRunRecord(value: unknown): value is RunRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  const window = r.window as Record<string, unknown> | undefined;
  return typeof r.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.date) && typeof r.complete === "boolean" && typeof r.outcome === "string"
    && typeof r.startedAt === "string" && typeof r.finishedAt === "string" && Array.isArray(r.failedSources)
    && (window === undefined || (typeof window === "object" && window !== null && typeof window.start === "string" && typeof window.end === "string"
      && !Number.isNaN(Date.parse(window.start)) && !Number.isNaN(Date.parse(window.end))));
}

/**
 * Every record, oldest first. A torn last line (crash mid-write) is ignored; any other line that does not validate
 * is kept aside in runs.jsonl.quarantine and reported once through `warn`, never a crash.
 */
export async function readRunRecords(stateDir: string, warn?: (event: string, fields: Record<string, unknown>) => void): Promise<RunRecord[]> {
  const path = join(stateDir, "runs.jsonl");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return [];
  }
  const records: RunRecord[] = [];
  const bad: { line: number; text: string }[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (i < lines.length - 1 && lines.slice(i + 1).some((l) => l.trim())) bad.push({ line: i + 1, text: line.slice(0, 500) });
      return; // the last line cut short by a crash: the run it describes did not finish
    }
    if (isRunRecord(value)) records.push({ ...value, stories: Number(value.stories) || 0, sent: Number(value.sent) || 0, failed: Number(value.failed) || 0, skipped: Number(value.skipped) || 0 });
    else bad.push({ line: i + 1, text: line.slice(0, 500) });
  });
  if (await quarantine(path, bad)) warn?.("journal.quarantined", { path, lines: bad.length, effect: `kept aside in ${path}.quarantine and ignored` });
  return records;
}

/** Whether the edition for `date` has fully gone out, by the journal. */
export function editionComplete(records: RunRecord[], date: string): boolean {
  return records.some((r) => r.date === date && r.complete);
}

// run/history: what earlier editions showed (digest/memory.ts), kept as one JSON file beside the archive
// (DIGESTS_DIR/.history.json), so the next edition can tell repeats, developing and stale stories. A damaged file is
// set aside and reported, never a crash: the edition is then judged without memory.
import { mkdir, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { rememberEdition } from "../digest/index.ts";
import { writeFileAtomic } from "../fs-atomic.ts";
import type { Logger } from "../log.ts";
import type { Digest, DigestHistory, EditionMemory } from "../types.ts";

/** The file name inside the archive folder. */
export const HISTORY_FILE = ".history.json";
/** Editions kept: enough for the digest's look-back, with room for gaps. */
const KEEP_EDITIONS = 14;

interface HistoryDoc {
  version: 1;
  editions: EditionMemory[];
}

/** What reading found: the history (empty when there is none), and a problem to report when the file was damaged. */
export interface HistoryRead {
  history: DigestHistory;
  problem: string | null;
}

function isMemory(value: unknown): value is EditionMemory {
  const e = value as EditionMemory;
  return typeof e === "object" && e !== null && typeof e.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(e.date)
    && Array.isArray(e.entries) && Array.isArray(e.stories)
    && e.entries.every((x) => typeof x?.id === "string" && typeof x.source === "string" && Array.isArray(x.sketch))
    && e.stories.every((x) => typeof x?.id === "string" && Array.isArray(x.terms) && Array.isArray(x.details));
}

/** Parses the file's text; throws a plain reason when it is not a history. */
function parse(text: string): EditionMemory[] {
  const doc = JSON.parse(text) as HistoryDoc;
  if (typeof doc !== "object" || doc === null || doc.version !== 1 || !Array.isArray(doc.editions)) throw new Error("not a version-1 history");
  const bad = doc.editions.findIndex((e) => !isMemory(e));
  if (bad >= 0) throw new Error(`edition ${bad + 1} is malformed`);
  return doc.editions;
}

/**
 * Reads the history kept in `dir`. No file: an empty history. A file that cannot be parsed is renamed to
 * `.history.json.damaged-<stamp>` (kept for a look) and an empty history is returned with the problem in words.
 */
export async function readHistory(dir: string, now: Date = new Date()): Promise<HistoryRead> {
  const path = join(dir, HISTORY_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { history: { editions: [] }, problem: null };
    return { history: { editions: [] }, problem: `the edition history ${path} cannot be read (${(error as Error).message}); this edition is judged without it` };
  }
  try {
    return { history: { editions: parse(text) }, problem: null };
  } catch (error) {
    const aside = `${path}.damaged-${now.toISOString().replace(/[:.]/g, "-")}`;
    const moved = await rename(path, aside).then(() => true, () => false);
    const where = moved ? `set aside as ${aside}` : "left in place (it could not be moved)";
    return { history: { editions: [] }, problem: `the edition history ${path} is damaged (${(error as Error).message}); ${where}, and this edition is judged without it` };
  }
}

/** Adds (or replaces) one edition's memory and keeps the latest KEEP_EDITIONS, written atomically. */
export async function rememberInHistory(dir: string, memory: EditionMemory, now: Date = new Date()): Promise<HistoryRead> {
  const read = await readHistory(dir, now);
  const editions = [...read.history.editions.filter((e) => e.date !== memory.date), memory]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .slice(-KEEP_EDITIONS);
  await mkdir(dir, { recursive: true });
  const doc: HistoryDoc = { version: 1, editions };
  await writeFileAtomic(join(dir, HISTORY_FILE), `${JSON.stringify(doc)}\n`);
  return { history: { editions }, problem: read.problem };
}

/** The history a run of `kind` judges by: an edition's window uses it; a calendar day (`--date`, the samples, the score) none. */
export async function historyForRun(dir: string, kind: "day" | "edition", log: Logger): Promise<DigestHistory | null> {
  if (kind !== "edition") return null;
  const { history, problem } = await readHistory(dir);
  if (problem) log.warn("history.damaged", { problem });
  return history;
}

/** Remembers an edition's shown stories and entries after it was archived; a failure is reported, never a stop. */
export async function noteEdition(dir: string, digest: Digest, log: Logger): Promise<void> {
  if (digest.window.kind !== "edition") return;
  try {
    const { problem } = await rememberInHistory(dir, rememberEdition(digest));
    if (problem) log.warn("history.damaged", { problem });
    log.info("history.noted", { date: digest.date, path: join(dir, HISTORY_FILE) });
  } catch (error) {
    log.error("history.failed", { error: (error as Error).message, effect: "the next edition is judged without this one's memory" });
  }
}

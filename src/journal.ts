// Append-only JSON-lines files (the send ledger, the run journal): opened so a line torn by a crash is closed off.
import { mkdir, open, readFile, type FileHandle } from "node:fs/promises";
import { writeFileAtomic } from "./fs-atomic.ts";
import { dirname } from "node:path";

/** Opens (creating) `path` for appending; if a crash left a torn last line, ends it so the next record starts clean. */
export async function openJournal(path: string): Promise<FileHandle> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, "a+");
  const size = (await handle.stat()).size;
  if (size > 0) {
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] !== 0x0a) await handle.write("\n");
  }
  return handle;
}

/**
 * Keeps the lines of `path` that failed validation aside in `path.quarantine` (the whole set, rewritten, so
 * reading twice adds nothing). Resolves true when the set is new, so the caller reports it once, not on every read.
 */
export async function quarantine(path: string, bad: { line: number; text: string }[]): Promise<boolean> {
  if (bad.length === 0) return false;
  const target = `${path}.quarantine`;
  const content = bad.map((b) => `${b.line}\t${b.text}`).join("\n") + "\n";
  const before = await readFile(target, "utf8").catch(() => null);
  if (before === content) return false;
  await writeFileAtomic(target, content).catch(() => undefined); // a read-only state dir must not stop the run
  return true;
}


// Append-only JSON-lines files (the send ledger, the run journal): opened so a line torn by a crash is closed off.
import { mkdir, open, type FileHandle } from "node:fs/promises";
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

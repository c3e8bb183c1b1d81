// Atomic file replacement: readers see the old file or the new one, never half of either.
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";

/** Writes `path` through a uniquely named temp file in the same folder, fsync, then rename; throws the fs error, temp removed. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true });
    throw cause;
  }
}

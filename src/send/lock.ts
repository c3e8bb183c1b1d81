// A per-name lock file in STATE_DIR, so cron and a manual run never send the same edition at once.
// The file is complete before it appears (written aside, then hard-linked into place); a lock whose process
// is gone (pid not running, or the pid reused by a process started later) is stale and taken over.
import { readFileSync } from "node:fs";
import { link, mkdir, readFile, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { DigestError } from "../errors.ts";

interface LockInfo {
  pid: number;
  since: string;
  host: string;
  /** Start time of the process in clock ticks since boot (Linux), to tell a reused pid apart. */
  started: string | null;
}

/** The start time of `pid` from /proc (Linux), or null where /proc is not available. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/** True while the process that wrote `info` still runs. */
function isAlive(info: LockInfo): boolean {
  if (info.host !== hostname()) return true; // another machine's process: we cannot tell, so respect it
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const started = processStart(info.pid);
  return info.started === null || started === null || started === info.started;
}

/** Takes the lock `name` in `stateDir`; throws ELOCK naming the holder when a live process has it. */
export async function acquireLock(stateDir: string, name: string): Promise<{ release(): Promise<void> }> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new DigestError("EUSAGE", `lock name "${name}" is not a safe file name`);
  const dir = join(stateDir, "locks");
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.lock`);
  const mine: LockInfo = { pid: process.pid, since: new Date().toISOString(), host: hostname(), started: processStart(process.pid) };
  const text = `${JSON.stringify(mine)}\n`;
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, text);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(temp, path);
        return { release: () => releaseLock(path, text) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const held = await readFile(path, "utf8").catch(() => null);
      if (held === null) continue; // released meanwhile: try again
      const info = parseInfo(held);
      if (info && isAlive(info)) {
        throw new DigestError("ELOCK", `lock ${name} is held by pid ${info.pid} on ${info.host} since ${info.since} (${path}); another run is sending this edition`);
      }
      await removeStale(path, held);
    }
    throw new DigestError("ELOCK", `lock ${name} could not be taken (${path} keeps changing); try again`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

function parseInfo(text: string): LockInfo | null {
  try {
    const info = JSON.parse(text) as LockInfo;
    return typeof info.pid === "number" ? info : null;
  } catch {
    return null; // never a half-written file (it is linked complete), so garbage is stale
  }
}

/** Removes a stale lock, guarded so two takers never remove each other's fresh lock. */
async function removeStale(path: string, staleText: string): Promise<void> {
  const guard = `${path}.takeover`;
  try {
    await mkdir(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > 10_000) await rmdir(guard).catch(() => undefined); // a taker that died mid-takeover
    await new Promise((r) => setTimeout(r, 20));
    return;
  }
  try {
    const current = await readFile(path, "utf8").catch(() => null);
    if (current === staleText) await unlink(path).catch(() => undefined);
  } finally {
    await rmdir(guard).catch(() => undefined);
  }
}

async function releaseLock(path: string, text: string): Promise<void> {
  const current = await readFile(path, "utf8").catch(() => null);
  if (current === text) await unlink(path).catch(() => undefined);
}

// The edition lock: exclusive across processes, stale locks of dead processes taken over.
import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireLock } from "../src/send/lock.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), "lock-")); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("acquireLock", () => {
  it("is exclusive: a second taker gets ELOCK naming the holder; release frees it", async () => {
    const lock = await acquireLock(dir, "edition-2025-11-06");
    await expect(acquireLock(dir, "edition-2025-11-06")).rejects.toMatchObject({
      code: "ELOCK",
      message: expect.stringMatching(new RegExp(`held by pid ${process.pid} on .* since \\d{4}-\\d\\d-\\d\\dT`)),
    });
    const other = await acquireLock(dir, "edition-2025-11-07"); // other names are independent
    await lock.release();
    const again = await acquireLock(dir, "edition-2025-11-06");
    await again.release();
    await other.release();
  });

  it("takes over a stale lock left by a process that died (kill -9)", async () => {
    await mkdir(join(dir, "locks"), { recursive: true });
    const path = join(dir, "locks", "edition-x.lock");
    await writeFile(path, JSON.stringify({ pid: deadPid(), since: "2025-11-06T07:00:00.000Z", host: hostname(), started: null }));
    const lock = await acquireLock(dir, "edition-x");
    expect(JSON.parse(await readFile(path, "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  it("treats a live pid with a different start time as reused, hence stale", async () => {
    await mkdir(join(dir, "locks"), { recursive: true });
    await writeFile(join(dir, "locks", "edition-y.lock"), JSON.stringify({ pid: process.pid, since: "2025-11-06T07:00:00.000Z", host: hostname(), started: "1" }));
    const lock = await acquireLock(dir, "edition-y");
    await lock.release();
  });

  it("takes over a garbage lock file", async () => {
    await mkdir(join(dir, "locks"), { recursive: true });
    await writeFile(join(dir, "locks", "edition-z.lock"), "");
    await (await acquireLock(dir, "edition-z")).release();
  });

  it("a live process holding the lock in another process blocks us; once it is killed, we take over", async () => {
    const script = `import { acquireLock } from ${JSON.stringify(join(ROOT, "src/send/lock.ts"))}; await acquireLock(${JSON.stringify(dir)}, "edition-p"); process.stdout.write("held\\n"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => { if (d.toString().includes("held")) resolve(); });
        child.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      await expect(acquireLock(dir, "edition-p")).rejects.toMatchObject({ code: "ELOCK", message: expect.stringContaining(`pid ${child.pid}`) });
    } finally {
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
    }
    await (await acquireLock(dir, "edition-p")).release();
  });

  it("two takers racing for one stale lock: exactly one wins", async () => {
    await mkdir(join(dir, "locks"), { recursive: true });
    await writeFile(join(dir, "locks", "edition-r.lock"), JSON.stringify({ pid: deadPid(), since: "x", host: hostname(), started: null }));
    const results = await Promise.allSettled([acquireLock(dir, "edition-r"), acquireLock(dir, "edition-r"), acquireLock(dir, "edition-r")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.code === "ELOCK")).toBe(true);
  });
});

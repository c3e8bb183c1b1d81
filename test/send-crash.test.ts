// kill -9 a real sender at random points, rerun: nobody is missed, duplicates stay within the in-flight cap.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startSink, type Sink } from "./helpers/smtp.ts";

const CHILD = fileURLToPath(new URL("./fixtures/send/crash-child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RECIPIENTS = 2000;
const IN_FLIGHT_CAP = 2 * 5; // the child's maxConnections is 5
const KILLS = 3;

let dir: string;
let sink: Sink;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "send-crash-"));
  sink = await startSink();
});
afterAll(async () => {
  await sink.close();
  await rm(dir, { recursive: true, force: true });
});

function start(csv: string): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, sink.url, join(dir, "state"), csv], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

it(`SIGKILL at ${KILLS} random points of a ${RECIPIENTS}-recipient send, then a rerun: everyone once, duplicates ≤ in flight`, async () => {
  const csv = join(dir, "subscribers.csv");
  const rows = Array.from({ length: RECIPIENTS }, (_, i) => `reader${i}@example.org,Reader ${i},${i % 3 === 0 ? "strikes" : ""}`);
  await writeFile(csv, `email,name,topics\n${rows.join("\n")}\n`);
  const killedAt: number[] = [];
  for (let k = 0; k < KILLS; k++) {
    const before = sink.count();
    const target = before + 50 + Math.floor(Math.random() * ((RECIPIENTS - before) / (KILLS - k + 1)));
    const { child, done } = start(csv);
    while (sink.count() < target) {
      const exited = await Promise.race([done.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 2))]);
      if (exited) throw new Error(`child exited before the kill: ${(await done).stderr}`);
    }
    child.kill("SIGKILL");
    const { signal } = await done;
    expect(signal).toBe("SIGKILL");
    killedAt.push(sink.count());
  }
  const final = await start(csv).done;
  expect(final.code, final.stderr).toBe(0);
  const summary = JSON.parse(final.stdout) as { total: number; sent: number; skipped: number; complete: boolean };
  expect(summary.complete).toBe(true);
  expect(summary.total).toBe(RECIPIENTS);

  let duplicates = 0;
  for (let i = 0; i < RECIPIENTS; i++) {
    const n = sink.countFor(`reader${i}@example.org`);
    expect(n, `reader${i} (kills at ${killedAt.join(", ")})`).toBeGreaterThanOrEqual(1);
    duplicates += n - 1;
  }
  expect(duplicates, `kills at ${killedAt.join(", ")}`).toBeLessThanOrEqual(KILLS * IN_FLIGHT_CAP);
  // a duplicate is recognisably the same message
  const byRecipient = new Map<string, Set<string | null>>();
  for (const m of sink.messages) byRecipient.set(m.to[0]!, (byRecipient.get(m.to[0]!) ?? new Set()).add(m.messageId));
  for (const ids of byRecipient.values()) expect(ids.size).toBe(1);
  console.log(`crash test: killed at ${killedAt.join(", ")} messages; ${sink.count()} received for ${RECIPIENTS}; ${duplicates} duplicates`);
}, 60_000);

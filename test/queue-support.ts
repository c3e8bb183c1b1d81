// Shared by the queue tests: a small edition of our own, subscribers, and real `npm run worker` processes.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { EditionEmail } from "../src/render/email.ts";
import { compilePass2, token } from "../src/render/pass2.ts";
import type { Subscriber } from "../src/types.ts";

export const ROOT = resolve(import.meta.dirname, "..");
export const SECRET = "queue-test-secret-3f9a";
export const FROM = "Queue Test Briefing <briefing@queue-test.example>";

/** A tiny edition with every kind of per-recipient hole (name, topic block, unsubscribe link). */
export function testEdition(): EditionEmail {
  const html = [
    "<!doctype html><html><body>",
    `<p>Good morning, ${token("if", "name")}${token("field", "name")}${token("else", "name")}reader${token("end")}.</p>`,
    `${token("if", "topic", "strikes")}<h2>Strikes</h2><p>Overnight drone attack on a power station near Vinnytsia.</p>${token("end")}`,
    `${token("if", "topic", "aid")}<h2>Aid</h2><p>Parliament in Oslo approves a winter energy package.</p>${token("end")}`,
    `<p><a href="${token("field", "unsubscribeHref")}">Unsubscribe</a></p>`,
    "</body></html>",
  ].join("\n");
  const text = [
    `Good morning, ${token("if", "name")}${token("field", "name")}${token("else", "name")}reader${token("end")}.`,
    `${token("if", "topic", "strikes")}## Strikes\n\nOvernight drone attack on a power station near Vinnytsia.${token("end")}`,
    `${token("if", "topic", "aid")}## Aid\n\nParliament in Oslo approves a winter energy package.${token("end")}`,
    `Unsubscribe: ${token("field", "unsubscribeHref")}`,
  ].join("\n\n");
  const subjectFields = { date: "2025-11-06", dateLong: "Thursday 6 November 2025", dateShort: "Thu 6 Nov 2025", storyCount: 2, sourceCount: 1, failedCount: 0, topHeadline: "", moreCount: 1 };
  return {
    subject: "Queue test briefing", subjectTemplate: "Queue test briefing", subjectFields, topCount: 0, sectionCounts: { strikes: 1, aid: 1 },
    html: compilePass2(html, "html"), text: compilePass2(text, "markdown"), sectionTopics: ["strikes", "aid"], htmlBytes: html.length,
  };
}

/** `count` subscribers r0001@… with names on the even ones and a topic choice on every third. */
export function subscribers(count: number, domain = "readers.example"): Subscriber[] {
  return Array.from({ length: count }, (_, i) => ({
    email: `r${String(i).padStart(4, "0")}@${domain}`,
    name: i % 2 === 0 ? `Reader ${i}` : null,
    topics: i % 3 === 0 ? ["aid"] : [],
  }));
}

export async function* stream<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}

/** A real worker process (`tsx src/queue/worker.ts`). */
export interface WorkerProcess {
  child: ChildProcess;
  stderr(): string;
  /** Resolves with the exit code once it has stopped. */
  exited: Promise<number | null>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<number | null>;
  /** Its BullMQ worker id (from the `worker.started` line). */
  workerId(): string;
  /** The `sent` count of its `worker.stopped` line. */
  sentCount(): number | null;
}

/** Starts a worker with `env` on top of a minimal environment; resolves once it logs `worker.started`. */
export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const cwd = mkdtempSync(join(tmpdir(), "queue-worker-"));
  // node itself with tsx's loader (not the tsx CLI, which runs the program in a grandchild): kill -9 hits the worker.
  const loader = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", loader, join(ROOT, "src/queue/worker.ts")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MAIL_FROM: FROM, MAIL_SECRET: SECRET, WORKER_LOCK_MS: "2000", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => { stderr += d.toString(); });
  child.stdout!.resume();
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  await new Promise<void>((ready, fail) => {
    const timer = setInterval(() => {
      if (stderr.includes('"worker.started"')) { clearInterval(timer); ready(); }
    }, 20);
    void exited.then((code) => { clearInterval(timer); fail(new Error(`worker exited (${code}) before starting:\n${stderr}`)); });
  });
  return {
    child,
    stderr: () => stderr,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
    workerId() {
      const line = stderr.split("\n").find((l) => l.includes('"worker.started"'))!;
      return (JSON.parse(line) as { workerId: string }).workerId;
    },
    sentCount() {
      const line = stderr.split("\n").find((l) => l.includes('"worker.stopped"'));
      return line ? (JSON.parse(line) as { sent: number }).sent : null;
    },
  };
}

/** Polls `check` every 25 ms until it returns true; rejects after `ms` with `what` in the message. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

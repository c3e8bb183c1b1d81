// Parsing under a budget: a large document is parsed in a worker thread with a time limit, so no page can stall a
// run past its time limit or its stop signal (the main thread stays free to answer SIGTERM). Small documents, which
// the linear parsers finish in milliseconds, are parsed here. A thread that answered takes the next large document
// (idle for a second, it ends); one stopped by its budget or a signal is ended at once.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { DigestError } from "../errors.ts";
import { parseDocument } from "../parse/index.ts";
import type { ParsedDocument, ParseOptions, RawDocument } from "../types.ts";

/** Documents at least this long (characters) go to a worker thread. */
export const OFF_THREAD_CHARS = 256 * 1024;

export interface ParseBudget {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Override the size threshold (tests). */
  offThreadChars?: number;
}

// Parse threads at once: one per core. Ten large feeds each starting a thread (and loading the parsers again) at the
// same moment cost seconds of CPU and ~50 MB for nothing; the others wait their turn.
const THREADS = Math.max(1, availableParallelism());
let running = 0;
let peak = 0;
let started = 0;
const waiting: (() => void)[] = [];

/** How many parse threads this process has started (for tests: finished threads are reused). */
export function startedParseThreads(): number {
  return started;
}

/** The most parse threads that ran at once in this process (for tests and the bench). */
export function peakParseThreads(): number {
  return peak;
}

async function threadSlot(): Promise<() => void> {
  if (running >= THREADS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  peak = Math.max(peak, running);
  return () => {
    running--;
    waiting.shift()?.();
  };
}

// A thread's young generation, in MB: V8's default lets each thread's new space grow to tens of MB. Two threads parsing
// ten 0.5 MB feeds peaked at ~234 MB with it and ~195 MB with this cap (the peer bench's feeds).
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** A parse thread: the compiled file as it is, or (from the TypeScript sources) the source through tsx's loader. */
function startThread(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./parse-thread.js", import.meta.url), { resourceLimits: THREAD_LIMITS });
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./parse-thread.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, resourceLimits: THREAD_LIMITS });
}

// A finished thread waits this long for the next large document before it ends: one run's sources arrive together,
// so a day of ten large pages starts one or two threads (loading the parsers once each), not ten.
const IDLE_MS = 1000;
const idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];

function takeThread(): Worker {
  const reused = idle.pop();
  if (!reused) {
    const worker = startThread();
    started++;
    // a job's own listener reports an error; between jobs a thread that dies just leaves the idle list
    worker.on("error", () => {});
    worker.once("exit", () => {
      const at = idle.findIndex((t) => t.worker === worker);
      if (at >= 0) clearTimeout(idle.splice(at, 1)[0]!.timer);
    });
    return worker;
  }
  clearTimeout(reused.timer);
  reused.worker.ref();
  return reused.worker;
}

/** Ends the idle parse threads now (a run calls this once every source is parsed: their memory goes back first). */
export async function endIdleThreads(): Promise<void> {
  await Promise.all(idle.splice(0).map(({ worker, timer }) => {
    clearTimeout(timer);
    return worker.terminate();
  }));
}

/** Keeps a thread that finished cleanly for the next document; it never holds the process open. */
function keepThread(worker: Worker): void {
  worker.unref();
  const timer = setTimeout(() => {
    // off the idle list first: a thread being terminated must never be handed the next document
    const at = idle.findIndex((t) => t.worker === worker);
    if (at >= 0) idle.splice(at, 1);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle.push({ worker, timer });
}

/** Parses `doc`; throws DigestError EPARSE when it takes longer than the budget, or when stopped. */
export async function parseWithBudget(doc: RawDocument, options: ParseOptions, budget: ParseBudget): Promise<ParsedDocument> {
  if (doc.body.length < (budget.offThreadChars ?? OFF_THREAD_CHARS)) return parseDocument(doc, options);
  const release = await threadSlot();
  if (budget.signal?.aborted) {
    release();
    throw new DigestError("EPARSE", "stopped while parsing");
  }
  const worker = takeThread();
  let clean = false;
  try {
    return await new Promise<ParsedDocument>((resolve, reject) => {
      const stop = (reason: string) => {
        done();
        reject(new DigestError("EPARSE", reason));
      };
      const timer = setTimeout(() => stop(`parsing took longer than ${Math.round(budget.timeoutMs / 1000)} s (PARSE_TIMEOUT_MS); the source is skipped`), budget.timeoutMs);
      const onAbort = () => stop("stopped while parsing");
      const onMessage = (reply: { parsed?: ParsedDocument; error?: { code: DigestError["code"]; message: string } }) => {
        done();
        clean = true;
        if (reply.parsed) resolve(reply.parsed);
        else reject(new DigestError(reply.error?.code ?? "EPARSE", reply.error?.message ?? "the parser failed"));
      };
      const onError = (error: Error) => {
        done();
        reject(new DigestError("EPARSE", `the parser failed: ${error.message}`, { cause: error }));
      };
      const done = () => {
        clearTimeout(timer);
        budget.signal?.removeEventListener("abort", onAbort);
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      if (budget.signal?.aborted) return onAbort();
      budget.signal?.addEventListener("abort", onAbort, { once: true });
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage({ doc, options });
    });
  } finally {
    // A thread that answered is kept for the next document; one stopped by the budget, a signal or a crash ends here.
    if (clean) keepThread(worker);
    else await worker.terminate();
    release();
  }
}

// Parsing under a budget: a large document is parsed in a worker thread with a time limit, so no page can stall a
// run past its time limit or its stop signal (the main thread stays free to answer SIGTERM). Small documents, which
// the linear parsers finish in milliseconds, are parsed here.
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
const waiting: (() => void)[] = [];

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

/** A parse thread: the compiled file as it is, or (from the TypeScript sources) the source through tsx's loader. */
function startThread(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./parse-thread.js", import.meta.url));
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./parse-thread.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

/** Parses `doc`; throws DigestError EPARSE when it takes longer than the budget, or when stopped. */
export async function parseWithBudget(doc: RawDocument, options: ParseOptions, budget: ParseBudget): Promise<ParsedDocument> {
  if (doc.body.length < (budget.offThreadChars ?? OFF_THREAD_CHARS)) return parseDocument(doc, options);
  const release = await threadSlot();
  if (budget.signal?.aborted) {
    release();
    throw new DigestError("EPARSE", "stopped while parsing");
  }
  const worker = startThread();
  try {
    return await new Promise<ParsedDocument>((resolve, reject) => {
      const stop = (reason: string) => reject(new DigestError("EPARSE", reason));
      const timer = setTimeout(() => stop(`parsing took longer than ${Math.round(budget.timeoutMs / 1000)} s (PARSE_TIMEOUT_MS); the source is skipped`), budget.timeoutMs);
      const onAbort = () => stop("stopped while parsing");
      if (budget.signal?.aborted) return onAbort();
      budget.signal?.addEventListener("abort", onAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        budget.signal?.removeEventListener("abort", onAbort);
      };
      worker.once("message", (reply: { parsed?: ParsedDocument; error?: { code: DigestError["code"]; message: string } }) => {
        done();
        if (reply.parsed) resolve(reply.parsed);
        else reject(new DigestError(reply.error?.code ?? "EPARSE", reply.error?.message ?? "the parser failed"));
      });
      worker.once("error", (error) => {
        done();
        reject(new DigestError("EPARSE", `the parser failed: ${error.message}`, { cause: error }));
      });
      worker.postMessage({ doc, options });
    });
  } finally {
    await worker.terminate();
    release();
  }
}

// The read and parse stages of a run: every source read (with retries over HTTP) and parsed within its budget.
// A failing source becomes a result with its error; the run goes on with the rest.
import type { Config } from "../config/index.ts";
import { describeError } from "../errors.ts";
import { readSource } from "../read/index.ts";
import { backoffDelay, sleep, type RetryPolicy } from "../send/rate.ts";
import type { Source, SourceResult } from "../types.ts";
import { endIdleThreads, parseWithBudget } from "./parse-off-thread.ts";
import type { Deps } from "./pipeline.ts";

/** Reads and parses every source; a failing source becomes a result with an error, never a thrown run. */
export async function collectSources(sources: Source[], config: Config, date: string, deps: Deps): Promise<SourceResult[]> {
  const results = await Promise.all(sources.map(async (source): Promise<SourceResult> => {
    const started = Date.now();
    try {
      const doc = await readWithRetries(source, config, deps);
      const parsed = await parseWithBudget(doc, {
        format: source.format,
        date,
        timezone: source.timezone,
        sourceName: source.name || null,
        url: /^https?:/.test(source.location) ? source.location : null,
      }, { timeoutMs: config.parseTimeoutMs, signal: deps.signal });
      deps.log.info("source.read", { source: source.name || source.location, entries: parsed.entries.length, ms: Date.now() - started });
      for (const warning of parsed.warnings) deps.log.warn("source.warning", { source: source.name || source.location, warning });
      return { source, parsed, error: null };
    } catch (error) {
      deps.log.warn("source.failed", { source: source.name || source.location, error: describeError(error) });
      return { source, parsed: null, error: describeError(error) };
    }
  }));
  await endIdleThreads(); // the day's build comes next: the parse threads' memory goes back before it grows
  return results;
}

/** Read retries wait 1 s, 2 s, 4 s… (HTTP_RETRIES ≤ 10, so the cap never binds); no jitter, one read per source. */
const READ_BACKOFF: RetryPolicy = { attempts: 11, baseDelayMs: 1000, maxDelayMs: 512_000 };
const NO_JITTER = () => 0.5;

async function readWithRetries(source: Source, config: Config, deps: Deps) {
  const attempts = /^https?:/.test(source.location) ? config.http.retries + 1 : 1;
  const wait = deps.sleep ?? ((ms: number) => sleep(ms, deps.signal));
  for (let attempt = 1; ; attempt++) {
    try {
      return await readSource(source, { ...config.http, now: deps.now });
    } catch (error) {
      if (attempt >= attempts || deps.signal?.aborted) throw error;
      deps.log.warn("source.retry", { source: source.name || source.location, attempt, error: describeError(error) });
      await wait(backoffDelay(attempt, READ_BACKOFF, NO_JITTER));
      if (deps.signal?.aborted) throw error; // stopped while waiting: no further read
    }
  }
}

// One scheduled or manual run that writes or sends: under the run lock, recorded in the run journal.
import type { Config } from "../config/index.ts";
import { shownStoryCount } from "../digest/index.ts";
import { describeError } from "../errors.ts";
import { runDigest, runWindow, type Deps, type RunOptions, type RunResult } from "./pipeline.ts";
import { acquireLock } from "../send/lock.ts";
import { appendRunRecord } from "./state.ts";

/** Runs the digest under the `digest` lock (cron and a manual run never overlap) and journals the outcome. */
export async function runJob(config: Config, options: RunOptions, deps: Deps): Promise<RunResult> {
  if (options.dryRun) return runDigest(config, options, deps);
  const lock = await acquireLock(config.stateDir, "digest");
  const startedAt = deps.now().toISOString();
  try {
    return await journaled(config, options, deps, startedAt);
  } finally {
    await lock.release();
  }
}

async function journaled(config: Config, options: RunOptions, deps: Deps, startedAt: string): Promise<RunResult> {
  const window = await runWindow(config, options, deps.now());
  const { date } = window;
  const span = { start: window.start, end: window.end, kind: window.kind };
  deps.log.info("run.start", { date, window: span, force: options.force, noSend: options.noSend, pid: process.pid });
  try {
    const result = await runDigest(config, options, deps, window);
    const d = result.delivery;
    const unsent = d ? d.failedPermanent + d.failedTransient : 0;
    const interrupted = deps.signal?.aborted ?? false;
    await appendRunRecord(config.stateDir, {
      date: result.digest.date,
      startedAt,
      finishedAt: deps.now().toISOString(),
      // Queued editions are the workers' to finish: the scheduler must not queue them again.
      // A permanent failure (5xx) is final: the edition is complete once every reader is sent or permanently failed.
      complete: !interrupted && !options.noSend && (d ? d.complete && d.failedTransient === 0 : result.skippedEmpty || result.queued !== null),
      outcome: interrupted ? "interrupted" : result.skippedEmpty ? "skipped-empty" : result.queued ? "queued" : options.noSend ? "archived" : d?.complete && d.failedTransient === 0 ? "sent" : "partly-sent",
      sent: d?.sent ?? 0,
      skipped: d?.skipped ?? 0,
      failed: unsent,
      stories: shownStoryCount(result.digest),
      failedSources: result.digest.sources.filter((s) => s.status === "failed").map((s) => s.name),
      error: null,
      window: span,
    });
    return result;
  } catch (error) {
    await appendRunRecord(config.stateDir, {
      date, startedAt, finishedAt: deps.now().toISOString(), complete: false, outcome: "failed",
      sent: 0, skipped: 0, failed: 0, stories: 0, failedSources: [], error: describeError(error), window: span,
    }).catch(() => undefined);
    throw error;
  }
}

// `npm start`: a long-lived scheduler. node-cron fires at DIGEST_CRON in DIGEST_TIMEZONE; a minute check catches up
// a slot missed while the process was down or the machine slept. One edition per day, whatever the clock does.
import { createTask, type ScheduledTask } from "node-cron";
import { environment, withSignals } from "../host.ts";
import { loadConfig, type Config } from "../config/index.ts";
import { describeError, exitCodeFor } from "../errors.ts";
import { runJob } from "./job.ts";
import { createLogger, secretsOf, type Logger } from "../log.ts";
import { todayIn } from "../day.ts";
import { catchUpDue, slotOn } from "./slot.ts";
import { editionComplete, readRunRecords } from "./state.ts";

export interface SchedulerDeps {
  now: () => Date;
  log: Logger;
  /** Builds and sends the edition for `date` (null: the configured default day). */
  run: (date: string | null, signal: AbortSignal) => Promise<void>;
  /** Whether the edition for `date` has fully gone out. */
  isComplete: (date: string) => Promise<boolean>;
  checkEveryMs?: number;
  /** First wait after a failed run; each later wait doubles (at most two hours). */
  retryAfterMs?: number;
}

export interface Scheduler {
  /** Stops taking work, lets a run in flight finish (it stops after the message in flight), then resolves. */
  stop(): Promise<void>;
  /** The next time node-cron will fire. */
  nextRun(): Date | null;
  /** Resolves when no run is in flight (for tests). */
  idle(): Promise<void>;
}

/** Starts the cron task and the catch-up check; nothing runs twice at once or twice for one day. */
export function startScheduler(config: Pick<Config, "cron" | "timezone" | "usingSamples" | "sampleDate" | "retryForHours">, deps: SchedulerDeps): Scheduler {
  const controller = new AbortController();
  const attempts = new Map<string, { count: number; last: number }>();
  const retryAfter = deps.retryAfterMs ?? 5 * 60_000;
  let inFlight: Promise<void> | null = null;
  // An edition, once complete, stays complete: remember it instead of reading the journal every minute.
  const done = new Set<string>();
  const isComplete = async (date: string) => done.has(date) || ((await deps.isComplete(date)) && done.add(date).has(date));
  // With the samples, every day's run builds the samples' day, so that is the edition to track.
  const editionDate = (now: Date) => (config.usingSamples && config.sampleDate ? config.sampleDate : todayIn(config.timezone, now));
  // A failed edition is retried with backoff (5 min, 10, 20, … at most 2 h) until retryForHours after its slot.
  const mayRetry = (date: string, now: Date, tried: { count: number; last: number } | undefined) => {
    if (!tried) return true;
    const wait = Math.min(retryAfter * 2 ** (tried.count - 1), 2 * 3_600_000);
    if (now.getTime() - tried.last < wait) return false;
    const slot = slotOn(todayIn(config.timezone, now), config.cron, config.timezone);
    const deadline = (slot?.getTime() ?? tried.last) + config.retryForHours * 3_600_000;
    if (now.getTime() <= deadline) return true;
    if (tried.count > 0) deps.log.error("schedule.gave-up", { date, attempts: tried.count, reason: `still failing ${config.retryForHours} h after the slot (retryForHours)` });
    tried.count = -Infinity; // report once
    return false;
  };

  const attempt = (reason: string) => {
    if (inFlight || controller.signal.aborted) return;
    const now = deps.now();
    const date = editionDate(now);
    const tried = attempts.get(date);
    if (!mayRetry(date, now, tried)) return;
    inFlight = (async () => {
      if (await isComplete(date)) return void deps.log.info("schedule.skip", { date, reason: "edition already sent" });
      attempts.set(date, { count: (tried?.count ?? 0) + 1, last: now.getTime() });
      deps.log.info("schedule.run", { date, reason });
      // No date: the run builds the edition due now (today's window, from the journal) — see run/window.ts.
      await deps.run(null, controller.signal);
    })()
      .catch((error) => deps.log.error("schedule.run.failed", { date, error: describeError(error) }))
      .finally(() => {
        inFlight = null;
      });
  };

  const check = async () => {
    const now = deps.now();
    const date = editionDate(now);
    const due = catchUpDue(now, config.cron, config.timezone, () => false);
    if (due && !(await isComplete(date))) attempt("catch-up: today's slot has passed and the edition is not complete");
  };

  const task: ScheduledTask = createTask(config.cron, () => attempt("cron"), { timezone: config.timezone, noOverlap: true, name: "digest" });
  void task.start();
  const timer = setInterval(() => void check(), deps.checkEveryMs ?? 60_000);
  void check();
  deps.log.info("schedule.started", { cron: config.cron, timezone: config.timezone, next: task.getNextRun()?.toISOString() });

  return {
    async stop() {
      controller.abort();
      clearInterval(timer);
      await task.destroy();
      await inFlight;
      deps.log.info("schedule.stopped", {});
    },
    nextRun: () => task.getNextRun(),
    idle: async () => {
      while (inFlight) await inFlight;
    },
  };
}

/** `npm start`: the scheduler with the real pipeline, until SIGTERM/SIGINT. */
export async function main(): Promise<void> {
  const env = environment();
  const log = createLogger({ secrets: secretsOf(env) });
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    log.error("config", { error: describeError(error) });
    process.exit(exitCodeFor(error));
  }
  const scheduler = startScheduler(config, {
    now: () => new Date(),
    log,
    isComplete: async (date) => editionComplete(await readRunRecords(config.stateDir, log.warn), date),
    run: async (date, signal) => {
      await runJob(config, { date, timezone: null, sources: null, dryRun: false, noSend: false, force: false }, { now: () => new Date(), log, signal, progress: process.stderr });
    },
  });
  const signals = withSignals();
  signals.signal.addEventListener("abort", () => {
    void scheduler.stop().then(() => process.exit(0));
  });
}

if (process.argv[1] && /schedule\.[jt]s$/.test(process.argv[1])) void main();

// `npm run worker`: takes send jobs from Redis (REDIS_URL) and mails them over this machine's own SMTP pool.
// Run any number, on any machines sharing the Redis; the rate limit (SMTP_RATE_LIMIT) holds for all of them together.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadConfig } from "../config/index.ts";
import { describeError, exitCodeFor } from "../errors.ts";
import { environment, withSignals } from "../host.ts";
import { createLogger, secretsOf } from "../log.ts";
import { closeRedis, loadBullmq, openRedis, redactRedisUrl } from "./connect.ts";
import { QUEUE_NAME, type SendJobData } from "./keys.ts";
import { createSendProcessor, type SendSettings } from "./send-job.ts";

/** The worker's send settings plus where to take jobs from and how many at once. */
export interface WorkerOptions extends SendSettings {
  redisUrl: string;
  /** Messages per second across every worker of the queue, or null for no limit. */
  rateLimit: number | null;
  /** Jobs this process works on at once. */
  concurrency: number;
  /** How long a job stays locked to a worker that stopped answering before another takes it over. */
  lockMs: number;
  log: (level: "info" | "warn" | "error", event: string, fields: Record<string, unknown>) => void;
}

/** A running worker: `close()` finishes the messages in flight and stops; `done` settles when it has stopped. */
export interface RunningWorker {
  close(): Promise<void>;
  done: Promise<{ sent: number; fatal: string | null }>;
}

/** BullMQ's queue-wide limiter for `perSecond` messages a second. */
export function limiterFor(perSecond: number | null): { max: number; duration: number } | undefined {
  if (perSecond === null) return undefined;
  return perSecond >= 1 ? { max: Math.round(perSecond), duration: 1000 } : { max: 1, duration: Math.round(1000 / perSecond) };
}

/** Connects and starts taking jobs. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const redis = await openRedis(options.redisUrl);
  const { Worker, UnrecoverableError, DelayedError } = await loadBullmq();
  let sent = 0;
  let fatal: string | null = null;
  let closing: Promise<void> | null = null;
  const processor = createSendProcessor(redis, options, {
    fatal(reason) {
      fatal = reason;
      options.log("error", "worker.fatal", { reason, hint: "this worker stops; its jobs go back to the queue for the others" });
      void close();
    },
    failed(fields) {
      options.log("warn", fields.retry ? "worker.retry" : "worker.failed", fields);
    },
    sent() {
      sent++;
    },
  }, { UnrecoverableError, DelayedError });
  const limiter = limiterFor(options.rateLimit);
  const worker = new Worker<SendJobData, string>(QUEUE_NAME, (job, token) => processor.process(job, token), {
    connection: redis,
    concurrency: options.concurrency,
    ...(limiter ? { limiter } : {}),
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    maxStalledCount: 2,
    autorun: false,
  });
  worker.on("error", (error) => options.log("warn", "worker.error", { error: describeError(error) }));

  let last = { at: Date.now(), sent: 0 };
  const ticker = setInterval(() => {
    const now = Date.now();
    if (sent === last.sent) return;
    options.log("info", "worker.progress", { sent, perSecond: Math.round(((sent - last.sent) * 1000) / (now - last.at)) });
    last = { at: now, sent };
  }, 10_000);
  ticker.unref();

  let finished!: (value: { sent: number; fatal: string | null }) => void;
  const done = new Promise<{ sent: number; fatal: string | null }>((r) => { finished = r; });
  function close(): Promise<void> {
    closing ??= (async () => {
      clearInterval(ticker);
      await worker.close();
      await processor.close();
      await closeRedis(redis);
      finished({ sent, fatal });
    })();
    return closing;
  }
  await worker.waitUntilReady();
  options.log("info", "worker.started", {
    redis: redactRedisUrl(options.redisUrl), queue: QUEUE_NAME, workerId: worker.id, concurrency: options.concurrency, pid: process.pid,
    channel: options.smtpUrl ? "smtp" : "outbox", rateLimit: options.rateLimit,
  });
  worker.run().catch((error: unknown) => {
    options.log("error", "worker.error", { error: describeError(error) });
    void close();
  });
  return { close, done };
}

/** The `npm run worker` entry: config from the environment, stop on SIGINT/SIGTERM. */
export async function workerMain(): Promise<number> {
  const env = environment();
  const log = createLogger({ secrets: secretsOf(env) });
  try {
    const config = loadConfig(env);
    if (!config.redisUrl) {
      log.error("worker.config", { error: "REDIS_URL is not set: a worker takes its jobs from Redis (e.g. REDIS_URL=redis://127.0.0.1:6379)" });
      return 2;
    }
    const { signal, dispose } = withSignals();
    const worker = await startWorker({
      redisUrl: config.redisUrl,
      smtpUrl: config.mail.smtpUrl,
      outboxDir: config.outboxDir,
      secret: config.mail.secret,
      dkim: config.mail.dkim,
      maxConnections: config.mail.maxConnections,
      maxMessages: config.mail.maxMessages,
      dataTimeoutMs: config.mail.dataTimeoutMs,
      rateLimit: config.mail.rateLimit,
      concurrency: config.workerConcurrency,
      lockMs: config.workerLockMs,
      log: (level, event, fields) => log[level](event, fields),
    });
    signal.addEventListener("abort", () => void worker.close(), { once: true });
    const result = await worker.done;
    dispose();
    log.info("worker.stopped", { sent: result.sent, fatal: result.fatal });
    return result.fatal ? 1 : 0;
  } catch (error) {
    log.error("worker.failed", { error: describeError(error) });
    return exitCodeFor(error);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await workerMain();
}

// Scale-out benchmark: N recipients (100,000; BENCH_QUEUE_N for fewer) enqueued on a local redis-server, then sent
// by 1, 2 and 4 `npm run worker` processes to a local smtp-server sink. Prints figures; asserts nothing.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadConfig } from "../src/config/index.ts";
import { createLogger } from "../src/log.ts";
import { enqueueEdition } from "../src/queue/enqueue.ts";
import { QUEUE_NAME } from "../src/queue/keys.ts";
import { startLocalRedis } from "../test/helpers/local-redis.ts";
import { queueStatus } from "../src/queue/status.ts";
import type { EditionEmail } from "../src/render/email.ts";
import type { Subscriber } from "../src/types.ts";
import { startSink } from "../test/helpers/smtp.ts";
import { testEdition } from "../test/queue-support.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SECRET = "bench-queue-secret";
const FROM = "Briefing <briefing@bench.example>";

/** 1, 2 and 4 worker processes over the same list; one line each. */
export async function benchQueue(): Promise<void> {
  const n = Number(process.env.BENCH_QUEUE_N ?? 100_000);
  const redis = await startLocalRedis();
  const sink = await startSink({ keepRaw: false });
  const scratch = await mkdtemp(join(tmpdir(), "bench-queue-"));
  const { Redis } = await import("ioredis");
  const client = new Redis(redis.url);
  const { Queue } = await import("bullmq");
  const queue = new Queue(QUEUE_NAME, { connection: client });
  try {
    const { edition, label } = await sampleEdition();
    console.log(`${n.toLocaleString("en")} recipients, ${label}; worker concurrency 10, 5 SMTP connections each; sink and redis-server on this machine`);
    for (const count of [1, 2, 4]) {
      await client.flushall();
      const memBefore = await usedMemory(client);
      const started = performance.now();
      await queue.pause(); // workers start idle, so the timing covers sending only
      const result = await enqueueEdition(redis.url, `bench-${count}`, edition, people(n), { secret: SECRET, from: FROM, unsubscribeMailto: "unsubscribe@bench.example", unsubscribeUrl: "https://bench.example/u", force: false });
      const enqueueSeconds = (performance.now() - started) / 1000;
      const perRecipient = (await usedMemory(client) - memBefore) / n;

      const workers = await Promise.all(Array.from({ length: count }, () => startWorker(redis.url, sink.url, scratch)));
      const before = sink.count();
      const t0 = performance.now();
      await queue.resume();
      let last = { at: t0, count: before };
      while (sink.count() - before < result.enqueued) {
        await new Promise((r) => setTimeout(r, 200));
        if (sink.count() !== last.count) last = { at: performance.now(), count: sink.count() };
        else if (performance.now() - last.at > 60_000) throw new Error(`no progress for 60 s at ${sink.count() - before}/${n}`);
      }
      const seconds = (performance.now() - t0) / 1000;
      const rss = await Promise.all(workers.map((w) => peakRssMb(w.pid!)));
      await Promise.all(workers.map(stop));
      const status = await queueStatus(redis.url, `bench-${count}`);
      console.log(
        `${String(count).padStart(1)} worker${count > 1 ? "s" : " "}  ${(n / seconds).toFixed(0).padStart(5)} msg/s  ${seconds.toFixed(1).padStart(6)} s` +
        `  | enqueue ${(n / enqueueSeconds / 1000).toFixed(1)}k/s` +
        `  | Redis ${(perRecipient).toFixed(0)} B per queued recipient (${((perRecipient * n) / 1024 / 1024).toFixed(0)} MB)` +
        `  | worker peak RSS ${rss.join("/")} MB  | sent ${status.sent}, received ${sink.count() - before}`,
      );
    }
  } finally {
    await queue.close();
    await client.quit();
    await sink.close();
    await redis.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The sample day's real edition (as `npm run digest` renders it), or the test edition when that cannot be built. */
async function sampleEdition(): Promise<{ edition: EditionEmail; label: string }> {
  try {
    const config = loadConfig({}, ROOT);
    const { buildEdition } = await import("../src/run/pipeline.ts");
    const { renderEdition } = await import("../src/render/edition.ts");
    const log = createLogger({ quiet: true });
    const digest = await buildEdition(config, { date: null, timezone: null, sources: null, dryRun: true, noSend: true, force: false }, { now: () => new Date(), log });
    const rendered = await renderEdition(digest, config);
    return { edition: rendered.email, label: `the samples' edition (${(rendered.email.htmlBytes / 1024).toFixed(0)} KB HTML)` };
  } catch (error) {
    return { edition: testEdition(), label: `the small test edition (samples edition failed: ${(error as Error).message})` };
  }
}

async function* people(n: number): AsyncGenerator<Subscriber> {
  for (let i = 0; i < n; i++) yield { email: `reader.${i}@example${i % 97}.org`, name: i % 2 ? `Reader ${i}` : null, topics: i % 4 === 0 ? ["strikes", "aid"] : [] };
}

async function usedMemory(client: { info(section: string): Promise<string> }): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await client.info("memory"))?.[1] ?? 0);
}

function startWorker(redisUrl: string, smtpUrl: string, cwd: string): Promise<ChildProcess> {
  const loader = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", loader, join(ROOT, "src/queue/worker.ts")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", REDIS_URL: redisUrl, SMTP_URL: smtpUrl, MAIL_FROM: FROM, MAIL_SECRET: SECRET, WORKER_CONCURRENCY: "10", SMTP_MAX_CONNECTIONS: "5" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((ready, fail) => {
    let err = "";
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      if (err.includes('"worker.started"')) ready(child);
    });
    child.once("exit", (code) => fail(new Error(`worker exited (${code}): ${err.slice(-500)}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
}

async function peakRssMb(pid: number): Promise<string> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
  return Number.isFinite(kb) ? (kb / 1024).toFixed(0) : "?";
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await benchQueue();

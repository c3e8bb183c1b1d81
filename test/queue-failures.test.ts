// Queue failure rules for real: 4xx retried by BullMQ, 5xx recorded and not retried, --force, the shared rate
// limit, a worker with the wrong secret, and clear errors for a missing REDIS_URL or an unreachable Redis.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.ts";
import { DigestError } from "../src/errors.ts";
import { enqueueEdition } from "../src/queue/enqueue.ts";
import { queueFailures, queueStatus } from "../src/queue/status.ts";
import { limiterFor } from "../src/queue/worker.ts";
import { freePort, startLocalRedis } from "./helpers/local-redis.ts";
import { useQueueHarness } from "./helpers/queue-harness.ts";
import { startSink } from "./helpers/smtp.ts";
import { FROM, SECRET, startWorkerProcess, stream, subscribers, testEdition, waitFor } from "./queue-support.ts";

const q = useQueueHarness();
const options = { secret: SECRET, unsubscribeMailto: "unsubscribe@queue-test.example", unsubscribeUrl: null, from: FROM, force: false };


const workerEnv = (extra: Record<string, string> = {}) => ({ REDIS_URL: q.redis.url, SMTP_URL: q.sink!.url, WORKER_CONCURRENCY: "5", ...extra });
const settled = (id: string, total: number) => async () => {
  const s = await queueStatus(q.redis.url, id);
  return s.pending === 0 && s.sent + s.failed === total;
};

describe("failures", () => {
  it("451 is retried with backoff, 550 is recorded once and not retried, a 4xx that never clears is recorded for the next enqueue", async () => {
    const list = subscribers(30);
    const [bad, flaky, stuck] = [list[3]!.email, list[5]!.email, list[7]!.email];
    q.sink = await startSink({ faults: { rejectRcpt: [bad], tempFailRcpt: { [flaky]: 1, [stuck]: 1000 } } });
    const retry = { attempts: 3, baseDelayMs: 100 };
    await enqueueEdition(q.redis.url, "2025-12-01", testEdition(), stream(list), { ...options, retry });
    q.workers = [await startWorkerProcess(workerEnv())];
    await waitFor(settled("2025-12-01", 30), 30_000, "every recipient sent or failed");

    expect(await queueStatus(q.redis.url, "2025-12-01")).toEqual({ sent: 28, failed: 2, pending: 0 });
    expect(q.sink.countFor(flaky)).toBe(1);
    expect(q.sink.countFor(bad)).toBe(0);
    for (const s of list.filter((s) => s.email !== bad && s.email !== stuck)) expect(q.sink.countFor(s.email), s.email).toBe(1);
    const failures = await queueFailures(q.redis.url, "2025-12-01");
    expect(failures.find((f) => f.e === bad)).toMatchObject({ p: true, r: expect.stringMatching(/^550 5\.1\.1 No such user here/) });
    expect(failures.find((f) => f.e === stuck)).toMatchObject({ p: false, r: expect.stringMatching(/451 4\.7\.1 .*\(after 3 tries\)$/) });

    // The next enqueue retries the transient failure only; the 550 stays recorded.
    const again = await enqueueEdition(q.redis.url, "2025-12-01", testEdition(), stream(list), { ...options, retry });
    expect(again).toEqual({ enqueued: 1, alreadyQueued: 29 });
    await waitFor(settled("2025-12-01", 30), 20_000, "the retried recipient to settle");
    expect(await queueStatus(q.redis.url, "2025-12-01")).toEqual({ sent: 28, failed: 2, pending: 0 });
    expect(q.sink.count()).toBe(28);
  });

  it("--force starts a new generation: everyone is mailed again, once", async () => {
    q.sink = await startSink({ keepRaw: false });
    const list = subscribers(25);
    await enqueueEdition(q.redis.url, "2025-12-02", testEdition(), stream(list), options);
    q.workers = [await startWorkerProcess(workerEnv())];
    await waitFor(async () => (await queueStatus(q.redis.url, "2025-12-02")).sent === 25, 20_000, "first round");
    expect(await enqueueEdition(q.redis.url, "2025-12-02", testEdition(), stream(list), options)).toEqual({ enqueued: 0, alreadyQueued: 25 });
    expect(await enqueueEdition(q.redis.url, "2025-12-02", testEdition(), stream(list), { ...options, force: true })).toEqual({ enqueued: 25, alreadyQueued: 0 });
    await waitFor(async () => (await queueStatus(q.redis.url, "2025-12-02")).sent === 25 && q.sink!.count() === 50, 20_000, "second round");
    for (const s of list) expect(q.sink.countFor(s.email)).toBe(2);
  });

  it("a worker with a different MAIL_SECRET stops without using up attempts; a correct worker then sends everything", async () => {
    q.sink = await startSink({ keepRaw: false });
    const list = subscribers(20);
    await enqueueEdition(q.redis.url, "2025-12-03", testEdition(), stream(list), { ...options, retry: { attempts: 1, baseDelayMs: 100 } });
    const wrong = await startWorkerProcess(workerEnv({ MAIL_SECRET: "some-other-secret" }));
    expect(await wrong.exited).toBe(1);
    expect(wrong.stderr()).toMatch(/worker\.fatal.*MAIL_SECRET differs/);
    expect(q.sink.count()).toBe(0);
    q.workers = [await startWorkerProcess(workerEnv())];
    await waitFor(async () => (await queueStatus(q.redis.url, "2025-12-03")).sent === 20, 20_000, "all sent by the correct worker");
    expect(await queueStatus(q.redis.url, "2025-12-03")).toEqual({ sent: 20, failed: 0, pending: 0 });
    for (const s of list) expect(q.sink.countFor(s.email)).toBe(1);
  });
});

describe("rate limit", () => {
  it("SMTP_RATE_LIMIT holds for all workers together, not per worker", async () => {
    q.sink = await startSink({ keepRaw: false });
    const list = subscribers(40);
    await enqueueEdition(q.redis.url, "2025-12-04", testEdition(), stream(list), options);
    q.workers = await Promise.all([1, 2, 3].map(() => startWorkerProcess(workerEnv({ SMTP_RATE_LIMIT: "10", WORKER_CONCURRENCY: "10" }))));
    await waitFor(() => q.sink!.count() >= 40, 30_000, "40 messages");
    // arrival times as the sink took them (a poll's own times bunch whatever arrived while the test was starved)
    const arrivals = q.sink.arrivals();
    // BullMQ counts per fixed window of 1 s, so a sliding second can hold up to two windows' worth: 2 × 10.
    // Unlimited, the 40 arrive within a fraction of a second; limited per worker, 3 × 10 fit one window.
    const busiest = Math.max(...arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + 1000).length));
    expect(busiest).toBeLessThanOrEqual(20);
    for (const s of list) expect(q.sink.countFor(s.email)).toBe(1);
  });

  it("turns messages per second into BullMQ's limiter", () => {
    expect(limiterFor(null)).toBeUndefined();
    expect(limiterFor(50)).toEqual({ max: 50, duration: 1000 });
    expect(limiterFor(0.5)).toEqual({ max: 1, duration: 2000 });
  });
});

describe("configuration and reachability", () => {
  it("REDIS_URL and the worker settings are checked by loadConfig", () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBeNull();
    expect(config.workerConcurrency).toBe(10);
    const mail = { MAIL_FROM: FROM, MAIL_SECRET: SECRET };
    expect(loadConfig({ REDIS_URL: "redis://:pw@10.0.0.5:6379/2", WORKER_CONCURRENCY: "4", ...mail })).toMatchObject({ redisUrl: "redis://:pw@10.0.0.5:6379/2", workerConcurrency: 4 });
    expect(() => loadConfig({ REDIS_URL: "10.0.0.5:6379", ...mail })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ WORKER_CONCURRENCY: "0" })).toThrow(/WORKER_CONCURRENCY/);
  });

  it("without the redis-server binary the tests fail saying how to install it (they never skip)", async () => {
    await expect(startLocalRedis({ binary: "redis-server-not-installed" })).rejects.toThrow(/not on PATH: install it \(apt-get install redis-server\)/);
  });

  it("a worker without REDIS_URL exits 2 saying what to set", async () => {
    const worker = startWorkerProcess({}).catch((error: Error) => error);
    const error = await worker;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/exited \(2\)[\s\S]*REDIS_URL is not set/);
  });

  it("an unreachable Redis is a clear ESEND error naming the URL without its password", async () => {
    const url = `redis://:hunter22@127.0.0.1:${await freePort()}`;
    const attempt = enqueueEdition(url, "2025-12-05", testEdition(), stream(subscribers(2)), options);
    await expect(attempt).rejects.toBeInstanceOf(DigestError);
    await expect(attempt).rejects.toThrow(/cannot reach Redis at redis:\/\/\*\*\*@127\.0\.0\.1:\d+ \(REDIS_URL\)/);
    await expect(queueStatus(url, "2025-12-05")).rejects.toThrow(/cannot reach Redis/);
    await expect(attempt.catch((e: Error) => e.message)).resolves.not.toContain("hunter22");
  });
});

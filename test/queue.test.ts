// Scale-out sending for real: a redis-server started here, real worker processes, a real SMTP sink on 127.0.0.1.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { enqueueEdition } from "../src/queue/enqueue.ts";
import { queueStatus } from "../src/queue/status.ts";
import { messageIdFor } from "../src/send/message.ts";
import { useQueueHarness } from "./helpers/queue-harness.ts";
import { startSink } from "./helpers/smtp.ts";
import { FROM, ROOT, SECRET, startWorkerProcess, stream, subscribers, testEdition, waitFor } from "./queue-support.ts";

const q = useQueueHarness();
const enqueueOptions = { secret: SECRET, unsubscribeMailto: "unsubscribe@queue-test.example", unsubscribeUrl: "https://queue-test.example/u", from: FROM, force: false };


/** How many active jobs are locked by the BullMQ worker `workerId`. */
async function locksHeldBy(workerId: string): Promise<number> {
  const { Redis } = await import("ioredis");
  const client = new Redis(q.redis.url);
  try {
    const active = await client.lrange("bull:briefing-send:active", 0, -1);
    const locks = active.length ? await client.mget(...active.map((id) => `bull:briefing-send:${id}:lock`)) : [];
    return locks.filter((token) => token?.startsWith(workerId)).length;
  } finally {
    await client.quit();
  }
}

const workerEnv = (extra: Record<string, string> = {}) => ({ REDIS_URL: q.redis.url, SMTP_URL: q.sink!.url, WORKER_CONCURRENCY: "5", ...extra });

describe("enqueue + worker processes", () => {
  it("two workers: every recipient gets exactly one message, and enqueuing twice sends nothing twice", async () => {
    q.sink = await startSink();
    const list = subscribers(300);
    const edition = testEdition();
    const first = await enqueueEdition(q.redis.url, "2025-11-06", edition, stream(list), enqueueOptions);
    expect(first).toEqual({ enqueued: 300, alreadyQueued: 0 });
    // Again while every job is still waiting: the deterministic ids make it a no-op.
    const second = await enqueueEdition(q.redis.url, "2025-11-06", edition, stream(list), enqueueOptions);
    expect(second).toEqual({ enqueued: 0, alreadyQueued: 300 });
    expect(await queueStatus(q.redis.url, "2025-11-06")).toEqual({ sent: 0, failed: 0, pending: 300 });

    q.workers = await Promise.all([startWorkerProcess(workerEnv()), startWorkerProcess(workerEnv())]);
    await waitFor(async () => (await queueStatus(q.redis.url, "2025-11-06")).sent === 300, 30_000, "300 sent");
    expect(await queueStatus(q.redis.url, "2025-11-06")).toEqual({ sent: 300, failed: 0, pending: 0 });

    // Again after everything was sent (the jobs are gone from Redis): the ledger set keeps it a no-op.
    const third = await enqueueEdition(q.redis.url, "2025-11-06", edition, stream([...list, ...list.slice(0, 10)]), enqueueOptions);
    expect(third).toEqual({ enqueued: 0, alreadyQueued: 310 });
    await new Promise((r) => setTimeout(r, 500));
    const codes = await Promise.all(q.workers.map((w) => w.stop()));
    expect(codes).toEqual([0, 0]);

    expect(q.sink.count()).toBe(300);
    for (const s of list) expect(q.sink.countFor(s.email), s.email).toBe(1);
    // Nothing of ours stays in Redis for ever: every edition key expires (BullMQ's finished jobs are removed).
    const { Redis } = await import("ioredis");
    const client = new Redis(q.redis.url);
    const ours = await client.keys("briefing:2025-11-06:*");
    const ttls = await Promise.all(ours.map((k) => client.ttl(k)));
    const jobsLeft = await client.keys("bull:briefing-send:2025-11-06.*");
    await client.quit();
    expect(ours.sort()).toEqual(["briefing:2025-11-06:0:all", "briefing:2025-11-06:0:edition", "briefing:2025-11-06:0:sent"]);
    expect(ttls.every((t) => t > 0)).toBe(true);
    expect(jobsLeft).toEqual([]);
    const perWorker = q.workers.map((w) => w.sentCount());
    expect(perWorker.every((n) => n !== null && n > 0), `both workers sent: ${perWorker.join(", ")}`).toBe(true);
    expect(perWorker.reduce((a, b) => a! + b!, 0)).toBe(300);
  });

  it("an unsubscribe after the edition was queued is honoured by every worker: that reader's queued message is not sent", async () => {
    q.sink = await startSink();
    const list = subscribers(40);
    await enqueueEdition(q.redis.url, "2025-11-06", testEdition(), stream(list), enqueueOptions);
    const { setSuppressed } = await import("../src/queue/suppress.ts");
    await setSuppressed(q.redis.url, list[7]!.email, true);
    await setSuppressed(q.redis.url, list[8]!.email, true);
    await setSuppressed(q.redis.url, list[8]!.email, false); // re-confirmed: mailed again
    q.workers = [await startWorkerProcess(workerEnv())];
    await waitFor(async () => q.sink!.count() === 39, 30_000, "39 sent");
    await new Promise((r) => setTimeout(r, 300));
    expect(q.sink.countFor(list[7]!.email)).toBe(0);
    expect(q.sink.countFor(list[8]!.email)).toBe(1);
    expect(q.sink.count()).toBe(39);
  });

  it("brings the workers' permanent failures into the subscriber store once, so the bounce policy applies to the queue path", async () => {
    const { Redis } = await import("ioredis");
    const client = new Redis(q.redis.url);
    await client.hset("briefing:2025-11-06:0:failed", "h1", JSON.stringify({ e: "gone@example.org", p: true, r: "550 5.1.1 user unknown", at: "x" }), "h2", JSON.stringify({ e: "later@example.org", p: false, r: "451 try later", at: "x" }));
    await client.quit();
    const { openSendList } = await import("../src/subscribers/index.ts");
    const { getSubscriber, openStore, upsertSubscriber } = await import("../src/subscribers/store.ts");
    const { tempDir } = await import("./helpers/cli.ts");
    const dir = tempDir();
    const seed = openStore(dir);
    for (const email of ["gone@example.org", "later@example.org"]) upsertSubscriber(seed, { email, name: null, topics: [] }, { status: "active", source: "test", now: new Date() });
    seed.close();
    const quiet = { info: () => undefined, warn: () => undefined };
    const list = await openSendList(dir, null, [], quiet, () => new Date());
    const { importWorkerBounces } = await import("../src/queue/suppress.ts");
    expect(await importWorkerBounces(q.redis.url, list.permanentFailure)).toBe(1);
    expect(await importWorkerBounces(q.redis.url, list.permanentFailure)).toBe(0); // counted once, not on every run
    list.close();
    const store = openStore(dir);
    expect(getSubscriber(store, "gone@example.org")?.status).toBe("bounced");
    expect(getSubscriber(store, "later@example.org")?.status).toBe("active");
    store.close();
  });

  it("sends the same message the single-machine path builds: HMAC Message-ID, List-Unsubscribe, personalised parts", async () => {
    q.sink = await startSink();
    const list = subscribers(6);
    await enqueueEdition(q.redis.url, "2025-11-07", testEdition(), stream(list), enqueueOptions);
    q.workers = [await startWorkerProcess(workerEnv())];
    await waitFor(() => q.sink!.count() === 6, 20_000, "6 messages");

    const byRecipient = new Map(q.sink.messages.map((m) => [m.to[0]!, m]));
    const named = await simpleParser(byRecipient.get("r0000@readers.example")!.raw); // name, topics ["aid"]
    expect(named.subject).toBe("Queue test briefing");
    expect(named.messageId).toBe(messageIdFor(SECRET, "2025-11-07", "r0000@readers.example", "queue-test.example"));
    expect(named.html).toContain("Good morning, Reader 0.");
    expect(named.html).toContain("winter energy package");
    expect(named.html).not.toContain("drone attack");
    expect(named.text).toContain("Unsubscribe: https://queue-test.example/u?u=");
    const header = named.headerLines.find((h) => h.key === "list-unsubscribe")!.line.replace(/\r?\n[ \t]+/g, " ");
    expect(header).toMatch(/^List-Unsubscribe:\s+<mailto:unsubscribe@queue-test\.example\?subject=unsubscribe%20\S+>,\s*<https:\/\/queue-test\.example\/u\?u=/);
    expect(named.headerLines.some((h) => h.line === "List-Unsubscribe-Post: List-Unsubscribe=One-Click")).toBe(true);

    const anonymous = await simpleParser(byRecipient.get("r0001@readers.example")!.raw); // no name, all topics
    expect(anonymous.html).toContain("Good morning, reader.");
    expect(anonymous.html).toContain("drone attack");
    expect(anonymous.html).toContain("winter energy package");
    expect(byRecipient.get("r0001@readers.example")!.from).toBe("briefing@queue-test.example");
  });

  it("kill -9 of one worker mid-run: the others take its jobs over; nothing lost, duplicates at most its messages in flight", async () => {
    q.sink = await startSink({ faults: { delayMs: 60 }, keepRaw: false });
    const list = subscribers(400);
    await enqueueEdition(q.redis.url, "2025-11-08", testEdition(), stream(list), enqueueOptions);
    q.workers = await Promise.all([1, 2, 3].map(() => startWorkerProcess(workerEnv())));
    await waitFor(() => q.sink!.count() >= 120, 30_000, "120 messages before the kill");
    const victim = q.workers[0]!;
    // Kill it while it holds jobs: BullMQ's lock on an active job names the worker that took it.
    await waitFor(async () => (await locksHeldBy(victim.workerId())) > 0, 10_000, "the victim holding jobs");
    victim.child.kill("SIGKILL");
    expect(await victim.exited).toBe(null);
    await waitFor(async () => (await queueStatus(q.redis.url, "2025-11-08")).sent === 400, 40_000, "all 400 sent after the kill");

    let duplicates = 0;
    for (const s of list) {
      const n = q.sink.countFor(s.email);
      expect(n, s.email).toBeGreaterThanOrEqual(1);
      duplicates += n - 1;
    }
    expect(duplicates).toBeLessThanOrEqual(5); // WORKER_CONCURRENCY of the killed worker
    expect(await queueStatus(q.redis.url, "2025-11-08")).toEqual({ sent: 400, failed: 0, pending: 0 });
  });
});

describe("the normal path", () => {
  it("never loads bullmq or ioredis unless the queue is used: no static value import of either anywhere in src/", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) files.push(path);
      }
    };
    walk(join(ROOT, "src"));
    const offenders = files.filter((file) =>
      /^\s*import\s+(?!type\b)[^;]*?from\s+["'](bullmq|ioredis)["']/m.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});

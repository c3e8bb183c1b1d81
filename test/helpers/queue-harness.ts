// The queue tests' shared lifecycle: one redis-server for the file, and after each test the workers stopped,
// the SMTP sink closed and Redis emptied. Tests set `sink` and `workers` on the object this returns.
import { afterAll, afterEach, beforeAll } from "vitest";
import type { WorkerProcess } from "../queue-support.ts";
import { startLocalRedis, type LocalRedis } from "./local-redis.ts";
import type { Sink } from "./smtp.ts";

/** What the hooks manage: the file's Redis, and the sink and workers a test started. */
export interface QueueHarness {
  /** Started before the file's first test (no skipping: without redis-server it fails with the install hint). */
  redis: LocalRedis;
  sink: Sink | null;
  workers: WorkerProcess[];
}

/** Registers the hooks in the calling test file and returns the state they manage. */
export function useQueueHarness(): QueueHarness {
  const state = { sink: null, workers: [] } as unknown as QueueHarness;
  beforeAll(async () => {
    state.redis = await startLocalRedis();
  });
  afterAll(async () => {
    await state.redis?.stop();
  });
  afterEach(async () => {
    await Promise.all(state.workers.map((w) => w.stop()));
    state.workers = [];
    await state.sink?.close();
    state.sink = null;
    const { Redis } = await import("ioredis");
    const client = new Redis(state.redis.url);
    await client.flushall();
    await client.quit();
  });
  return state;
}

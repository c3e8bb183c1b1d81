// Opens Redis for the queue modules. bullmq and ioredis are imported here, lazily, so the single-machine path
// (no REDIS_URL) never loads them.
import type { Redis } from "ioredis";
import { DigestError, describeError } from "../errors.ts";

/** REDIS_URL without its password, for messages and logs. */
export function redactRedisUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/)[^@/]*@/, "$1***@");
}

/**
 * Connects to `url` and waits until Redis answers; ESEND naming the (redacted) URL when it cannot be reached.
 * Once connected, a lost connection is retried for ever (workers ride out a Redis restart).
 */
export async function openRedis(url: string, options: { connectTimeoutMs?: number } = {}): Promise<Redis> {
  const { Redis } = await import("ioredis");
  let connected = false;
  const redis = new Redis(url, {
    lazyConnect: true,
    // BullMQ workers need commands to wait through reconnects rather than fail.
    maxRetriesPerRequest: null,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    retryStrategy: (times) => (connected ? Math.min(200 * times, 2000) : times > 2 ? null : 200),
  });
  let lastError: unknown = null;
  redis.on("error", (error) => { lastError = error; });
  try {
    await redis.connect();
    await redis.ping();
    connected = true;
  } catch (cause) {
    redis.disconnect();
    const why = describeError(lastError ?? cause);
    throw new DigestError("ESEND", `cannot reach Redis at ${redactRedisUrl(url)} (REDIS_URL): ${why}; start redis-server there or fix REDIS_URL`, { cause });
  }
  return redis;
}

/** BullMQ itself, loaded on first use. */
export async function loadBullmq(): Promise<typeof import("bullmq")> {
  return import("bullmq");
}

/** Closes a connection opened by openRedis, quietly if it is already gone. */
export async function closeRedis(redis: Redis): Promise<void> {
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}

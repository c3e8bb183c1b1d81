// With REDIS_URL: tells the workers who must no longer be mailed. The store (SQLite) stays the truth for what is
// queued; this set reaches messages already queued, on every machine.
import { closeRedis, openRedis } from "./connect.ts";
import { SUPPRESSED_KEY, recipientHash } from "./keys.ts";

/** Adds (`suppress: true`) or removes a reader from the workers' do-not-mail set. */
export async function setSuppressed(redisUrl: string, email: string, suppress: boolean): Promise<void> {
  const redis = await openRedis(redisUrl);
  try {
    if (suppress) await redis.sadd(SUPPRESSED_KEY, recipientHash(email));
    else await redis.srem(SUPPRESSED_KEY, recipientHash(email));
  } finally {
    await closeRedis(redis);
  }
}

/**
 * Brings the workers' permanent failures (5xx for an address, kept in each edition's `failed` hash) into the
 * subscriber store, once each, so the bounce policy applies on the queue path too. Returns how many were new.
 */
export async function importWorkerBounces(redisUrl: string, bounce: (email: string, reason: string) => void): Promise<number> {
  const redis = await openRedis(redisUrl);
  let imported = 0;
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", "briefing:*:failed", "COUNT", 200);
      cursor = next;
      for (const key of keys) {
        for (const [hash, json] of Object.entries(await redis.hgetall(key))) {
          let record: { e?: unknown; p?: unknown; r?: unknown };
          try {
            record = JSON.parse(json) as typeof record;
          } catch {
            continue;
          }
          if (record.p !== true || typeof record.e !== "string") continue;
          if ((await redis.sadd(BOUNCES_IMPORTED_KEY, `${key}:${hash}`)) === 0) continue; // counted by an earlier run
          bounce(record.e, typeof record.r === "string" ? record.r : "permanent failure");
          imported++;
        }
      }
    } while (cursor !== "0");
  } finally {
    await closeRedis(redis);
  }
  return imported;
}

const BOUNCES_IMPORTED_KEY = "briefing:bounces-imported";

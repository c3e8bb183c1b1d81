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

// `npm run status` with REDIS_URL: an edition's sent / failed / pending counts, read from the sets the workers keep.
import { checkEditionId } from "../send/ledger.ts";
import { closeRedis, openRedis } from "./connect.ts";
import { editionKeys, generationKey, type FailureRecord } from "./keys.ts";

/** Counts for the edition's current generation: pending = enqueued − sent − failed (queued, in flight or retrying). */
export async function queueStatus(redisUrl: string, editionId: string): Promise<{ sent: number; failed: number; pending: number }> {
  checkEditionId(editionId);
  const redis = await openRedis(redisUrl);
  try {
    const generation = Number((await redis.get(generationKey(editionId))) ?? 0);
    const keys = editionKeys(editionId, generation);
    const [all, sent, failed] = await Promise.all([redis.scard(keys.all), redis.scard(keys.sent), redis.hlen(keys.failed)]);
    return { sent, failed, pending: Math.max(0, all - sent - failed) };
  } finally {
    await closeRedis(redis);
  }
}

/** The recorded failures of the edition's current generation (at most `limit`), for a report. */
export async function queueFailures(redisUrl: string, editionId: string, limit = 100): Promise<FailureRecord[]> {
  checkEditionId(editionId);
  const redis = await openRedis(redisUrl);
  try {
    const generation = Number((await redis.get(generationKey(editionId))) ?? 0);
    const out: FailureRecord[] = [];
    let cursor = "0";
    do {
      const [next, flat] = await redis.hscan(editionKeys(editionId, generation).failed, cursor, "COUNT", 200);
      cursor = next;
      for (let i = 1; i < flat.length && out.length < limit; i += 2) out.push(JSON.parse(flat[i]!) as FailureRecord);
    } while (cursor !== "0" && out.length < limit);
    return out;
  } finally {
    await closeRedis(redis);
  }
}

// Refuses to queue an edition on a Redis that keeps nothing across a restart: there, a restart mid-send loses the
// queue and the record of who was sent, and the rerun mails them again. The operator may opt in knowingly.
import type { Redis } from "ioredis";
import { DigestError } from "../errors.ts";
import { closeRedis, openRedis } from "./connect.ts";

export type Persistence = "aof" | "rdb" | "none" | "unknown";

/** What survives a restart of this Redis: an append-only file, snapshots only, nothing, or (CONFIG refused) unknown. */
export async function persistenceOf(redis: Redis): Promise<Persistence> {
  const info = await redis.info("persistence");
  if (/^aof_enabled:1\b/m.test(info)) return "aof";
  try {
    const reply = (await redis.config("GET", "save")) as string[];
    return reply[1]?.trim() ? "rdb" : "none";
  } catch {
    return "unknown"; // managed Redis often refuses CONFIG: we cannot tell
  }
}

/** Throws ECONFIG on a volatile Redis unless `allowVolatile`; warns for snapshots only or an unknown setup. */
export async function checkPersistence(redisUrl: string, allowVolatile: boolean, warn: (event: string, fields: Record<string, unknown>) => void): Promise<Persistence> {
  const redis = await openRedis(redisUrl);
  try {
    const kind = await persistenceOf(redis);
    if (kind === "none" && !allowVolatile) {
      throw new DigestError("ECONFIG", "REDIS_URL: this Redis keeps nothing across a restart (no appendonly, no save), so a restart mid-send would lose the queue and mail readers twice on the rerun; turn on persistence (appendonly yes) or set REDIS_ALLOW_VOLATILE=1 to queue anyway");
    }
    if (kind !== "aof") warn("queue.persistence", { persistence: kind, risk: "a Redis restart may lose recent send records; appendonly yes is safest" });
    return kind;
  } finally {
    await closeRedis(redis);
  }
}

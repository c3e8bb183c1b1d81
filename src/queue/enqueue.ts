// With REDIS_URL: store the edition once, then one BullMQ job per recipient with a deterministic id, so a second
// enqueue of the same edition adds nothing and no one is mailed twice. Workers (worker.ts) do the sending.
import type { Redis } from "ioredis";
import { DigestError } from "../errors.ts";
import type { EditionEmail } from "../render/email.ts";
import { checkEditionId } from "../send/ledger.ts";
import type { MessageSettings } from "../send/message.ts";
import type { RetryPolicy } from "../send/rate.ts";
import type { Subscriber } from "../types.ts";
import { closeRedis, loadBullmq, openRedis } from "./connect.ts";
import {
  EDITION_TTL_SECONDS, JOB_ATTEMPTS, JOB_BACKOFF, QUEUE_NAME, editionKeys, generationKey, jobIdFor,
  recipientHash, secretCheckOf, type FailureRecord, type SendJobData, type StoredEdition,
} from "./keys.ts";

/** What the stored edition shares with every message (see send/message.ts), and how to enqueue. */
export interface EnqueueOptions extends Pick<MessageSettings, "secret" | "from" | "unsubscribeMailto" | "unsubscribeUrl" | "preferencesUrl"> {
  /** Start a new generation: everyone is mailed again (new job ids, fresh ledger sets). */
  force: boolean;
  log?: (event: string, fields: Record<string, unknown>) => void;
  /** Tries per recipient and backoff base (default: the single-machine path's policy). */
  retry?: Pick<RetryPolicy, "attempts" | "baseDelayMs">;
}

/** Recipients per Redis round trip while enqueuing. */
const BATCH = 1000;

/** Stores the edition and enqueues every subscriber not yet sent (or permanently failed) in this generation. */
export async function enqueueEdition(
  redisUrl: string,
  editionId: string,
  edition: EditionEmail,
  subscribers: AsyncIterable<Subscriber>,
  options: EnqueueOptions,
): Promise<{ enqueued: number; alreadyQueued: number }> {
  checkEditionId(editionId);
  const log = options.log ?? (() => undefined);
  const redis = await openRedis(redisUrl);
  const { Queue } = await loadBullmq();
  const queue = new Queue<SendJobData>(QUEUE_NAME, { connection: redis });
  const counts = { enqueued: 0, alreadyQueued: 0, alreadySent: 0, permanentlyFailed: 0 };
  try {
    const generation = await resolveGeneration(redis, editionId, options.force);
    const keys = editionKeys(editionId, generation);
    await storeEdition(redis, keys.edition, {
      version: 1, editionId, generation, email: edition, from: options.from, unsubscribeMailto: options.unsubscribeMailto,
      unsubscribeUrl: options.unsubscribeUrl, preferencesUrl: options.preferencesUrl ?? null, secretCheck: secretCheckOf(options.secret), storedAt: new Date().toISOString(),
    }, log);
    log("queue.start", { editionId, generation, force: options.force });

    let batch: Subscriber[] = [];
    const flush = async () => {
      const jobs = await planBatch(redis, keys, batch, counts);
      batch = [];
      if (jobs.length === 0) return;
      await queue.addBulk(jobs.map((s) => ({
        name: "send",
        data: jobData(editionId, generation, s),
        opts: {
          jobId: jobIdFor(editionId, generation, s.email),
          attempts: options.retry?.attempts ?? JOB_ATTEMPTS,
          backoff: { ...JOB_BACKOFF, delay: options.retry?.baseDelayMs ?? JOB_BACKOFF.delay },
          // Our own sets are the ledger; finished jobs leave Redis so a later enqueue can re-add an id.
          removeOnComplete: true,
          removeOnFail: true,
        },
      })));
    };
    for await (const subscriber of subscribers) {
      batch.push(subscriber);
      if (batch.length >= BATCH) {
        await flush();
        if ((counts.enqueued + counts.alreadyQueued) % (50 * BATCH) === 0) log("queue.progress", { editionId, ...counts });
      }
    }
    await flush();
    const pipe = redis.pipeline();
    for (const key of Object.values(keys)) pipe.expire(key, EDITION_TTL_SECONDS);
    await pipe.exec();
    log("queue.enqueued", { editionId, generation, ...counts });
    return { enqueued: counts.enqueued, alreadyQueued: counts.alreadyQueued };
  } finally {
    await queue.close();
    await closeRedis(redis);
  }
}

/** The generation this enqueue fills: the current one, or a new one when forced. */
async function resolveGeneration(redis: Redis, editionId: string, force: boolean): Promise<number> {
  const key = generationKey(editionId);
  const generation = force ? await redis.incr(key) : Number((await redis.get(key)) ?? 0);
  await redis.expire(key, EDITION_TTL_SECONDS);
  return generation;
}

/** Stores the edition for this generation unless already there (then its content is kept, for consistency). */
async function storeEdition(redis: Redis, key: string, stored: StoredEdition, log: NonNullable<EnqueueOptions["log"]>): Promise<void> {
  const created = await redis.set(key, JSON.stringify(stored), "EX", EDITION_TTL_SECONDS, "NX");
  if (created === "OK") return;
  const existing = JSON.parse((await redis.get(key)) ?? "null") as StoredEdition | null;
  if (existing && existing.secretCheck !== stored.secretCheck) {
    throw new DigestError("ECONFIG", `edition ${stored.editionId} was enqueued with a different MAIL_SECRET: use the same MAIL_SECRET everywhere, or --force to start over`);
  }
  if (!existing) return storeEdition(redis, key, stored, log); // expired between the two calls
  log("queue.edition-kept", { editionId: stored.editionId, generation: stored.generation, storedAt: existing.storedAt, hint: "the content stored first is sent to everyone of this generation; --force starts a new one" });
}

/** Which subscribers of a batch need a job; counts the rest. Duplicate addresses collapse to one job. */
async function planBatch(
  redis: Redis,
  keys: ReturnType<typeof editionKeys>,
  batch: Subscriber[],
  counts: { enqueued: number; alreadyQueued: number; alreadySent: number; permanentlyFailed: number },
): Promise<Subscriber[]> {
  const unique = new Map<string, Subscriber>();
  for (const s of batch) {
    const hash = recipientHash(s.email);
    if (unique.has(hash)) counts.alreadyQueued++;
    else unique.set(hash, s);
  }
  if (unique.size === 0) return [];
  const hashes = [...unique.keys()];
  const [sent, failed] = await Promise.all([redis.smismember(keys.sent, ...hashes), redis.hmget(keys.failed, ...hashes)]);
  const pipe = redis.pipeline();
  const candidates: { hash: string; subscriber: Subscriber; retry: boolean }[] = [];
  hashes.forEach((hash, i) => {
    const failure = failed[i] ? (JSON.parse(failed[i]!) as FailureRecord) : null;
    if (sent[i] === 1) {
      counts.alreadySent++;
      counts.alreadyQueued++;
    } else if (failure?.p) {
      counts.permanentlyFailed++;
      counts.alreadyQueued++;
    } else {
      candidates.push({ hash, subscriber: unique.get(hash)!, retry: failure !== null });
      pipe.sadd(keys.all, hash);
      // A failure after all retries is tried again by the next enqueue, as the single-machine path does.
      if (failure) pipe.hdel(keys.failed, hash);
    }
  });
  const results = (await pipe.exec()) ?? [];
  let r = 0;
  for (const c of candidates) {
    const [error, added] = results[r] ?? [null, 0];
    if (error) throw error;
    r += c.retry ? 2 : 1;
    // Already known and not retried: its job is queued or in flight; addBulk with the same id is a no-op.
    if (added === 1 || c.retry) counts.enqueued++;
    else counts.alreadyQueued++;
  }
  return candidates.map((c) => c.subscriber);
}

function jobData(editionId: string, generation: number, s: Subscriber): SendJobData {
  const data: SendJobData = { d: editionId, g: generation, e: s.email };
  if (s.name) data.n = s.name;
  if (s.topics.length > 0) data.t = s.topics;
  return data;
}

// What a worker does with one job: personalise the stored edition, build the message (the same bytes and
// Message-ID as the single-machine path), send it, and record it as sent only after the server's 250.
import { join } from "node:path";
import type { Job } from "bullmq";
import type { Redis } from "ioredis";
import { describeError } from "../errors.ts";
import { personalise } from "../render/email.ts";
import { addressOf } from "../send/address.ts";
import { createMessageBuilder, recipientFor, type DkimSettings, type MessageSettings } from "../send/message.ts";
import { classifyError, createOutboxSender, createSmtpSender, type Sender } from "../send/transport.ts";
import { EDITION_TTL_SECONDS, SUPPRESSED_KEY, editionKeys, recipientHash, secretCheckOf, type FailureRecord, type SendJobData, type StoredEdition } from "./keys.ts";

/** What every job of a worker shares: where to send and the secrets that stay on the worker's machine. */
export interface SendSettings {
  /** null: write `.eml` files to `<outboxDir>/<edition>/` instead of sending. */
  smtpUrl: string | null;
  outboxDir: string;
  secret: string;
  dkim: DkimSettings | null;
  maxConnections: number;
  maxMessages: number;
  dataTimeoutMs?: number;
}

/** Callbacks into the worker: a fatal problem (stop taking jobs), a retry worth logging, a message sent. */
export interface SendHooks {
  fatal(reason: string): void;
  failed(fields: Record<string, unknown>): void;
  sent(): void;
}

/** Errors the processor throws, as BullMQ classes (passed in: bullmq is loaded lazily). */
export interface BullErrors {
  UnrecoverableError: new (message?: string) => Error;
  DelayedError: new (message?: string) => Error;
}

interface EditionContext {
  stored: StoredEdition;
  settings: MessageSettings;
  builder: ReturnType<typeof createMessageBuilder>;
  sender: Sender;
}

const MAX_CACHED_EDITIONS = 8;

/** A BullMQ processor for send jobs, plus `close()` for its SMTP pools. */
export function createSendProcessor(redis: Redis, settings: SendSettings, hooks: SendHooks, errors: BullErrors) {
  const editions = new Map<string, Promise<EditionContext>>();
  const smtpSenders = new Map<string, Sender>();
  let fatal = false;

  const senderFor = (editionId: string, from: string): Sender => {
    if (!settings.smtpUrl) return createOutboxSender(join(settings.outboxDir, editionId));
    const envelopeFrom = addressOf(from).toLowerCase();
    let sender = smtpSenders.get(envelopeFrom);
    if (!sender) smtpSenders.set(envelopeFrom, (sender = createSmtpSender(settings.smtpUrl, from, settings)));
    return sender;
  };

  const load = async (editionId: string, generation: number): Promise<EditionContext> => {
    const text = await redis.get(editionKeys(editionId, generation).edition);
    if (!text) throw Object.assign(new Error(`edition ${editionId} (generation ${generation}) is not in Redis (expired or never stored): enqueue it again`), { missing: true });
    const stored = JSON.parse(text) as StoredEdition;
    if (stored.secretCheck !== secretCheckOf(settings.secret)) {
      throw Object.assign(new Error(`this worker's MAIL_SECRET differs from the one edition ${editionId} was enqueued with: give every worker the same MAIL_SECRET`), { fatal: true });
    }
    const messageSettings: MessageSettings = {
      editionId, from: stored.from, secret: settings.secret, unsubscribeMailto: stored.unsubscribeMailto,
      unsubscribeUrl: stored.unsubscribeUrl, preferencesUrl: stored.preferencesUrl ?? null, dkim: settings.dkim,
    };
    return { stored, settings: messageSettings, builder: createMessageBuilder(messageSettings), sender: senderFor(editionId, stored.from) };
  };

  const context = (editionId: string, generation: number): Promise<EditionContext> => {
    const key = `${editionId}\u0000${generation}`;
    let found = editions.get(key);
    if (!found) {
      found = load(editionId, generation);
      found.catch(() => editions.delete(key)); // a failed load is tried again by the next job
      editions.set(key, found);
      if (editions.size > MAX_CACHED_EDITIONS) editions.delete(editions.keys().next().value!);
    }
    return found;
  };

  const recordFailure = async (data: SendJobData, permanent: boolean, reason: string) => {
    const record: FailureRecord = { e: data.e, p: permanent, r: reason.slice(0, 300), at: new Date().toISOString() };
    const { failed } = editionKeys(data.d, data.g);
    await redis.multi().hset(failed, recipientHash(data.e), JSON.stringify(record)).expire(failed, EDITION_TTL_SECONDS).exec();
    hooks.failed({ editionId: data.d, email: data.e, permanent, reason: record.r });
  };

  async function process(job: Job<SendJobData>, token?: string): Promise<string> {
    const data = job.data;
    const keys = editionKeys(data.d, data.g);
    const hash = recipientHash(data.e);
    if (fatal) return putBack(job, token);
    // A job re-run after a crash, or a duplicate id from an older enqueue: the ledger says it is done.
    if ((await redis.sismember(keys.sent, hash)) === 1) return "already sent";
    // Unsubscribed (or bounced, or paused) after the edition was queued: honoured at once, on every worker.
    if ((await redis.sismember(SUPPRESSED_KEY, hash)) === 1) {
      hooks.failed({ editionId: data.d, email: data.e, permanent: true, reason: "unsubscribed, bounced or paused after it was queued; not sent" });
      return "suppressed";
    }

    let ctx: EditionContext;
    let raw: Buffer;
    try {
      ctx = await context(data.d, data.g);
      const recipient = recipientFor({ email: data.e, name: data.n ?? null, topics: data.t ?? [] }, ctx.settings);
      raw = await ctx.builder.build(recipient, personalise(ctx.stored.email, recipient), new Date());
    } catch (error) {
      if ((error as { fatal?: boolean }).fatal) return stop(job, token, describeError(error));
      const reason = (error as { missing?: boolean }).missing ? describeError(error) : `cannot compose the message: ${describeError(error)}`;
      await recordFailure(data, false, reason);
      throw new errors.UnrecoverableError(reason);
    }

    let reply: string;
    try {
      reply = await ctx.sender.send(data.e, raw);
    } catch (error) {
      const why = classifyError(error);
      if (why.fatal) return stop(job, token, `SMTP server refused the session: ${why.reason}`);
      const attempt = job.attemptsMade + 1;
      const last = why.permanent || attempt >= (job.opts.attempts ?? 1);
      if (last) await recordFailure(data, why.permanent, why.permanent ? why.reason : `${why.reason} (after ${attempt} tries)`);
      else hooks.failed({ editionId: data.d, email: data.e, permanent: false, retry: attempt, reason: why.reason });
      throw why.permanent ? new errors.UnrecoverableError(why.reason) : new Error(why.reason);
    }
    // The ledger entry is written before BullMQ acknowledges the job: a kill -9 in between re-runs the job,
    // which then finds the address in `sent` and sends nothing.
    await redis.multi().sadd(keys.sent, hash).hdel(keys.failed, hash).expire(keys.sent, EDITION_TTL_SECONDS).exec();
    hooks.sent();
    return reply.slice(0, 120);
  }

  /** A problem with this worker, not the job: hand the job back untouched (no attempt used) and stop. */
  async function stop(job: Job<SendJobData>, token: string | undefined, reason: string): Promise<never> {
    if (!fatal) {
      fatal = true;
      hooks.fatal(reason);
    }
    return putBack(job, token);
  }

  async function putBack(job: Job<SendJobData>, token: string | undefined): Promise<never> {
    await job.moveToDelayed(Date.now() + 1000, token);
    throw new errors.DelayedError();
  }

  return {
    process,
    async close() {
      await Promise.all([...smtpSenders.values()].map((s) => s.close()));
    },
  };
}

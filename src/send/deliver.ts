// Sends one edition to every subscriber exactly once: lock, ledger, bounded in-flight pool, retries, summary.
import { join } from "node:path";
import { DigestError, describeError } from "../errors.ts";
import type { Recipient, RenderedEmail, Subscriber } from "../types.ts";
import { HashSet64 } from "./hash-set.ts";
import { type Channel, type LedgerRecord, ledgerPath, openLedgerWriter, readLedger } from "./ledger.ts";
import { acquireLock } from "./lock.ts";
import { createMessageBuilder, recipientFor, type MessageSettings } from "./message.ts";
import { createProgress } from "./progress.ts";
import { recipientKey } from "./recipient-key.ts";
import { isValidEmail } from "./subscribers.ts";
import { DEFAULT_RETRY, backoffDelay, createRateLimiter, sleep, type RetryPolicy } from "./rate.ts";
import { classifyError, createOutboxSender, createSmtpSender } from "./transport.ts";

/** How to send one edition (plain values from the config; see ../config.ts). */
export interface DeliveryOptions extends MessageSettings {
  /** null: write each message, byte for byte, to `<outboxDir>/<editionId>/<recipient>.eml`. */
  smtpUrl: string | null;
  outboxDir: string;
  stateDir: string;
  /** Re-send to everyone (starts a new ledger generation). */
  force: boolean;
  maxConnections: number;
  maxMessages: number;
  /** How long to wait for the server's reply after DATA (default 10 minutes). */
  dataTimeoutMs?: number;
  /** Messages per second, or null for as fast as the server takes them. */
  rateLimit: number | null;
  progress?: NodeJS.WritableStream;
  log?: (event: string, fields: Record<string, unknown>) => void;
  /** When aborted: stop taking new recipients, let in-flight finish, persist the ledger, resolve. */
  signal?: AbortSignal;
  /** Clock for the Date header and ledger times (tests pin it). */
  now?: () => Date;
  retry?: RetryPolicy;
  /** How many subscribers to expect, for the progress bar's ETA while the list is still being read. */
  expectedTotal?: number | null;
  /** Asked right before each message: false once the reader unsubscribed, bounced or paused (skip them). */
  mayMail?: (email: string) => boolean;
  /** Told of each permanent failure (5xx for the address), so the list can mark the reader bounced. */
  onPermanentFailure?: (email: string, reason: string) => void;
}

/** What happened to everyone on the list in this run (`failures` lists at most 1,000). */
export interface DeliverySummary {
  total: number;
  sent: number;
  skipped: number;
  failedPermanent: number;
  failedTransient: number;
  failures: { email: string; reason: string; permanent: boolean }[];
  /** Readers who unsubscribed, bounced or paused after the list was read: not mailed. */
  suppressed?: number;
  /** False when the run stopped early (aborted, or the server stayed unreachable): the rest were not tried. */
  complete: boolean;
  stoppedBecause: string | null;
}

const MAX_LISTED_FAILURES = 1000;

/** Sends the edition to each subscriber not yet recorded as sent; resolves with what happened to everyone. */
export async function deliverEdition(
  subscribers: AsyncIterable<Subscriber>,
  compose: (recipient: Recipient) => RenderedEmail,
  options: DeliveryOptions,
): Promise<DeliverySummary> {
  const channel: Channel = options.smtpUrl ? "smtp" : "outbox";
  const path = ledgerPath(options.stateDir, options.editionId, channel);
  const lock = await acquireLock(options.stateDir, `edition-${options.editionId}`);
  try {
    return await run(subscribers, compose, options, channel, path);
  } finally {
    await lock.release();
  }
}

/** One send run's shared state: what the parts below read and update. */
interface Run {
  options: DeliveryOptions;
  compose: (recipient: Recipient) => RenderedEmail;
  g: number;
  now: () => Date;
  log: (event: string, fields: Record<string, unknown>) => void;
  retry: RetryPolicy;
  builder: ReturnType<typeof createMessageBuilder>;
  sender: ReturnType<typeof createSmtpSender>;
  cap: number;
  summary: DeliverySummary;
  progress: ReturnType<typeof createProgress> | null;
  record: (r: LedgerRecord) => Promise<void>;
  fatal: unknown;
  connectionFailures: number;
}

async function run(
  subscribers: AsyncIterable<Subscriber>,
  compose: (recipient: Recipient) => RenderedEmail,
  options: DeliveryOptions,
  channel: Channel,
  path: string,
): Promise<DeliverySummary> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const state = await readLedger(path);
  if (state.newlyQuarantined) log("ledger.quarantined", { path, lines: state.quarantined, effect: `kept aside in ${path}.quarantine and ignored` });
  const g = options.force ? state.generation + 1 : state.generation;
  const writer = await openLedgerWriter(path);
  await writer.append({ t: "start", g, at: now().toISOString(), force: options.force, pid: process.pid });
  const r: Run = {
    options, compose, g, now, log, retry: options.retry ?? DEFAULT_RETRY,
    builder: createMessageBuilder(options),
    sender: options.smtpUrl ? createSmtpSender(options.smtpUrl, options.from, options) : createOutboxSender(join(options.outboxDir, options.editionId)),
    cap: Math.max(1, options.smtpUrl ? 2 * options.maxConnections : 4),
    summary: { total: 0, sent: 0, skipped: 0, failedPermanent: 0, failedTransient: 0, failures: [], complete: false, stoppedBecause: null },
    progress: options.progress ? createProgress(options.progress, `send ${options.editionId}`) : null,
    record: (record) => writer.append(record),
    fatal: null,
    connectionFailures: 0,
  };
  // One compact table per run: 0 = sent by an earlier run, 1 = met in this run (skipped or dispatched).
  const handled = options.force ? new HashSet64() : state.sent;
  state.sent = new HashSet64(16);
  log("send.start", { editionId: options.editionId, channel, generation: g, force: options.force, alreadySent: options.force ? 0 : handled.size });
  let finished = false;
  try {
    finished = await dispatchAll(r, subscribers, handled, options.force ? new Map() : state.failures);
  } finally {
    const { summary } = r;
    summary.complete = finished && r.fatal === null && summary.stoppedBecause === null;
    if (!summary.complete && summary.stoppedBecause === null) {
      summary.stoppedBecause = r.fatal !== null ? describeError(r.fatal) : options.signal?.aborted ? "aborted" : null;
    }
    await writer.append({ t: "end", g, at: now().toISOString(), total: summary.total, complete: summary.complete }).catch(() => undefined);
    await writer.close();
    await r.sender.close();
    r.progress?.finish({ ...counts(r), total: summary.complete ? summary.total : counts(r).total });
  }
  if (r.fatal !== null) throw r.fatal;
  log("send.done", { ...r.summary, failures: r.summary.failures.length });
  return r.summary;
}

const counts = (r: Run) => ({ sent: r.summary.sent, skipped: r.summary.skipped, failed: r.summary.failedPermanent + r.summary.failedTransient, total: r.options.expectedTotal ?? null });
const stopped = (r: Run) => r.options.signal?.aborted === true || r.fatal !== null || r.summary.stoppedBecause !== null;

/**
 * Reads the list and hands each reader not yet handled to a bounded pool of sends (at most `cap` in flight, paced
 * by the rate limit); resolves true when the whole list was read without a stop, once every send has settled.
 */
async function dispatchAll(r: Run, subscribers: AsyncIterable<Subscriber>, handled: HashSet64, earlierFailures: Map<string, { permanent: boolean; reason: string }>): Promise<boolean> {
  const { summary, options } = r;
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit) : null;
  const inflight = new Set<Promise<void>>();
  try {
    for await (const subscriber of subscribers) {
      if (stopped(r)) break;
      const key = recipientKey(subscriber.email);
      const before = handled.swap(key, 1);
      if (before === 1) continue; // the same address twice in one list gets one message
      summary.total++;
      if (before === 0) {
        summary.skipped++;
        continue;
      }
      if (!isValidEmail(subscriber.email)) {
        fail(r, subscriber.email, "not a valid address; not sent", true); // never let a bad address reach a header
        continue;
      }
      const earlier = earlierFailures.get(key);
      if (earlier?.permanent) {
        fail(r, subscriber.email, `${earlier.reason} (recorded by an earlier run; not retried without --force)`, true);
        continue;
      }
      while (inflight.size >= r.cap) await Promise.race(inflight);
      if (stopped(r)) {
        summary.total--; // read but never tried: the next run takes it
        break;
      }
      if (limiter) await limiter.take(options.signal);
      const job: Promise<void> = deliverOne(r, subscriber)
        .catch((error: unknown) => { r.fatal ??= error; })
        .finally(() => inflight.delete(job));
      inflight.add(job);
    }
    return !stopped(r);
  } finally {
    while (inflight.size > 0) await Promise.all(inflight);
  }
}

function fail(r: Run, email: string, reason: string, permanent: boolean): void {
  if (permanent) r.summary.failedPermanent++;
  else r.summary.failedTransient++;
  if (r.summary.failures.length < MAX_LISTED_FAILURES) r.summary.failures.push({ email, reason, permanent });
  r.log("send.failed", { email, reason, permanent });
}

/** True (and counted) when the reader unsubscribed, bounced or paused after the list was read. */
function suppressed(r: Run, email: string): boolean {
  if (!r.options.mayMail || r.options.mayMail(email)) return false;
  r.summary.suppressed = (r.summary.suppressed ?? 0) + 1;
  r.log("send.suppressed", { email, reason: "unsubscribed, bounced or paused since the list was read" });
  return true;
}

/** One reader: build the message, send it with retries, record the outcome in the ledger before freeing the slot. */
async function deliverOne(r: Run, subscriber: Subscriber): Promise<void> {
  if (suppressed(r, subscriber.email)) return;
  const { g, now, options } = r;
  const recipient = recipientFor(subscriber, options);
  let raw: Buffer;
  try {
    raw = await r.builder.build(recipient, r.compose(recipient), now());
  } catch (error) {
    const reason = `cannot compose the message: ${describeError(error)}`;
    await r.record({ t: "fail", g, e: subscriber.email, at: now().toISOString(), p: false, r: reason });
    return fail(r, subscriber.email, reason, false);
  }
  for (let attempt = 1; ; attempt++) {
    let reply: string;
    try {
      reply = await r.sender.send(subscriber.email, raw);
    } catch (error) {
      const why = classifyError(error);
      if (why.fatal) throw new DigestError("ESEND", `SMTP server refused the session: ${why.reason}`, { cause: error });
      r.connectionFailures = why.connection ? r.connectionFailures + 1 : 0;
      if (r.connectionFailures >= 4 * r.cap) r.summary.stoppedBecause ??= `the SMTP server kept failing (${why.reason})`;
      if (why.permanent || attempt >= r.retry.attempts || stopped(r)) {
        await r.record({ t: "fail", g, e: subscriber.email, at: now().toISOString(), p: why.permanent, r: why.reason });
        if (why.permanent) options.onPermanentFailure?.(subscriber.email, why.reason);
        return fail(r, subscriber.email, why.permanent ? why.reason : `${why.reason} (after ${attempt} tries)`, why.permanent);
      }
      const delayMs = backoffDelay(attempt, r.retry);
      r.log("send.retry", { email: subscriber.email, attempt, reason: why.reason, delayMs });
      await sleep(delayMs, options.signal);
      if (suppressed(r, subscriber.email)) return; // unsubscribed while we waited to retry
      continue;
    }
    r.connectionFailures = 0;
    await r.record({ t: "sent", g, e: subscriber.email, at: now().toISOString(), r: reply.slice(0, 200) });
    r.summary.sent++;
    r.progress?.update(counts(r));
    return;
  }
}

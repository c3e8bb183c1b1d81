// The shapes and names shared by the enqueuer, the workers and the status reader: Redis keys, job ids, job data.
// Plain data and string building only; nothing here talks to Redis.
import { createHash, createHmac } from "node:crypto";
import type { EditionEmail } from "../render/email.ts";
import type { MessageSettings } from "../send/message.ts";
import { DEFAULT_RETRY } from "../send/rate.ts";
import { recipientKey } from "../send/recipient-key.ts";

/** The one BullMQ queue every edition's send jobs go through (so the rate limit is shared). */
export const QUEUE_NAME = "briefing-send";
/** Prefix of our own keys (BullMQ's own live under `bull:`). */
export const KEY_PREFIX = "briefing";
/** How long an edition's stored email and ledger sets stay in Redis after the last enqueue. */
export const EDITION_TTL_SECONDS = 30 * 24 * 3600;
/** Tries per recipient, the same bound as the single-machine path; backoff is BullMQ's exponential. */
export const JOB_ATTEMPTS = DEFAULT_RETRY.attempts;
export const JOB_BACKOFF = { type: "exponential", delay: DEFAULT_RETRY.baseDelayMs, jitter: 0.25 } as const;

/** One job: one recipient of one edition generation (short keys: there may be millions of these in Redis). */
export interface SendJobData {
  /** Edition id. */
  d: string;
  /** Generation: 0, then +1 for every forced re-send. */
  g: number;
  e: string;
  n?: string;
  t?: string[];
}

/** What the enqueuer stores once per edition generation for every worker to read. */
export interface StoredEdition extends Pick<MessageSettings, "editionId" | "from" | "unsubscribeMailto" | "unsubscribeUrl" | "preferencesUrl"> {
  version: 1;
  generation: number;
  email: EditionEmail;
  /** Proves the workers hold the same MAIL_SECRET (Message-IDs and unsubscribe tokens depend on it). */
  secretCheck: string;
  storedAt: string;
}

/** A failure recorded in the edition's `failed` hash. */
export interface FailureRecord {
  e: string;
  /** Permanent (5xx): not retried without --force. */
  p: boolean;
  r: string;
  at: string;
}

/** The Redis keys of one edition generation. */
export function editionKeys(editionId: string, generation: number) {
  const base = `${KEY_PREFIX}:${editionId}:${generation}`;
  return {
    edition: `${base}:edition`,
    /** Every recipient hash ever enqueued in this generation. */
    all: `${base}:all`,
    sent: `${base}:sent`,
    failed: `${base}:failed`,
  };
}

/** The key holding an edition's current generation number. */
export function generationKey(editionId: string): string {
  return `${KEY_PREFIX}:${editionId}:generation`;
}

/** A short, stable hash of a recipient address (case-insensitive): the member of the ledger sets. */
export function recipientHash(email: string): string {
  return createHash("sha256").update(recipientKey(email.trim())).digest("base64url").slice(0, 20);
}

/**
 * The deterministic job id of (edition, generation, recipient). BullMQ rejects custom ids with a single ":",
 * so the parts are joined with "." (`2025-11-06.0.<hash>`): enqueuing twice yields the same id and no second job.
 */
export function jobIdFor(editionId: string, generation: number, email: string): string {
  return `${editionId}.${generation}.${recipientHash(email)}`;
}

/** A fingerprint of MAIL_SECRET that reveals nothing about it. */
export function secretCheckOf(secret: string): string {
  return createHmac("sha256", secret).update("briefing-queue-secret-check").digest("base64url").slice(0, 16);
}

/** The set of readers who must not be mailed (unsubscribed, bounced or paused), for workers on any machine. */
export const SUPPRESSED_KEY = "briefing:suppressed";


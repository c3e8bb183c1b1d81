// The two ways a built message leaves: a pooled SMTP connection, or an `.eml` file in the outbox.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { addressOf } from "./address.ts";
import { DigestError } from "../errors.ts";
import { isLoopback } from "../host.ts";
import { writeFileAtomic } from "../fs-atomic.ts";
import { hash64 } from "./hash-set.ts";
import { recipientKey } from "./recipient-key.ts";

/** Something that delivers one raw message to one address; resolves with the server's reply. */
export interface Sender {
  send(to: string, raw: Buffer): Promise<string>;
  close(): Promise<void>;
}

/** RFC 5321's minimum wait for the reply that follows the message data. */
export const DATA_TIMEOUT_MS = 600_000;

/** Pool settings for the SMTP sender. */
export interface PoolSettings {
  maxConnections: number;
  maxMessages: number;
  /** How long to wait for any server reply, the one after DATA included (RFC 5321 §4.5.3.2: 10 minutes). */
  dataTimeoutMs?: number;
}

/** nodemailer pool options for `smtpUrl`: TLS required for any host but loopback. */
export function smtpOptions(smtpUrl: string, pool: PoolSettings) {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch (cause) {
    throw new DigestError("ECONFIG", "SMTP_URL is not a valid URL; use smtp://user:pass@host:587", { cause });
  }
  const secure = url.protocol === "smtps:";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const loopback = isLoopback(host);
  return {
    pool: true as const,
    host,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    // STARTTLS is mandatory off this machine; on loopback the traffic never leaves the host.
    requireTLS: !secure && !loopback,
    tls: { rejectUnauthorized: !loopback },
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    maxConnections: pool.maxConnections,
    maxMessages: pool.maxMessages,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    // A reply after DATA may take the server minutes; giving up sooner makes the retry a duplicate message.
    socketTimeout: pool.dataTimeoutMs ?? DATA_TIMEOUT_MS,
  };
}

/** A pooled SMTP sender; each `send` hands the exact bytes to the server with a one-recipient envelope. */
export function createSmtpSender(smtpUrl: string, from: string, pool: PoolSettings): Sender {
  const transport = nodemailer.createTransport(smtpOptions(smtpUrl, pool));
  const envelopeFrom = addressOf(from);
  return {
    async send(to, raw) {
      const info = await transport.sendMail({ envelope: { from: envelopeFrom, to: [to] }, raw });
      if (info.rejected.length > 0) throw Object.assign(new Error(`rejected ${to}`), { permanent: false });
      return String(info.response ?? "250");
    },
    async close() {
      transport.close();
    },
  };
}

/** The outbox file name for a recipient: readable, deterministic, never colliding for different addresses. */
export function outboxFileName(email: string): string {
  const lower = recipientKey(email);
  const safe = lower.replace(/[^a-z0-9@._+-]/g, "_").replace(/^\./, "_").slice(0, 120);
  if (safe === lower) return `${safe}.eml`;
  const [hi] = hash64(lower);
  return `${safe}-${hi.toString(16).padStart(8, "0")}.eml`;
}

/** Writes each message atomically (temp file, fsync, rename) to `<dir>/<file>.eml`; a rerun overwrites, never duplicates. */
export function createOutboxSender(dir: string): Sender {
  let made: Promise<unknown> | null = null;
  return {
    async send(to, raw) {
      made ??= mkdir(dir, { recursive: true });
      await made;
      const path = join(dir, outboxFileName(to));
      await writeFileAtomic(path, raw);
      return `written ${path}`;
    },
    async close() {},
  };
}

const FATAL_CODES = ["EAUTH", "ENOAUTH", "EOAUTH2", "EREQUIRETLS", "ETLS"];
const CONNECTION_CODES = ["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS"];

/** Why a send failed: 5xx replies are permanent; 4xx and lost connections may be retried; auth/TLS trouble stops the run. */
export function classifyError(error: unknown): { permanent: boolean; fatal: boolean; connection: boolean; reason: string } {
  const err = error as { code?: string; responseCode?: number; response?: string; permanent?: boolean; message?: string };
  const code = typeof err.responseCode === "number" ? err.responseCode : null;
  const permanent = typeof err.permanent === "boolean" ? err.permanent : code !== null && code >= 500 && code !== 503;
  const reply = err.response?.trim();
  const reason = reply ? reply.split("\n")[0]! : `${err.code ? `${err.code}: ` : ""}${err.message ?? String(error)}`;
  const fatal = FATAL_CODES.includes(err.code ?? "");
  return {
    permanent,
    fatal,
    connection: CONNECTION_CODES.includes(err.code ?? "") || code === 421,
    // for a refused session nodemailer's message says what it tried (e.g. "Error upgrading connection with STARTTLS")
    reason: fatal && err.message ? `${err.code}: ${err.message}` : reason,
  };
}

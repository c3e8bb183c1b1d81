// The subscriber store: one SQLite file in STATE_DIR (better-sqlite3), with migrations. Per subscriber: address,
// name, topics, status (pending, active, unsubscribed, bounced) with when and why, a pause flag and bounce count.
import { mkdirSync } from "node:fs";
import Database from "better-sqlite3";
import { DigestError } from "../errors.ts";
import { recipientKey } from "../send/recipient-key.ts";
import type { Subscriber } from "../types.ts";
import { storePath } from "./paths.ts";

export type SubscriberStatus = "pending" | "active" | "unsubscribed" | "bounced";
export const STATUSES: readonly SubscriberStatus[] = ["pending", "active", "unsubscribed", "bounced"];

/** One row of the store, as plain data. */
export interface StoredSubscriber extends Subscriber {
  status: SubscriberStatus;
  statusAt: string;
  statusReason: string | null;
  paused: boolean;
  bounces: number;
  source: string;
  createdAt: string;
}

export interface Store {
  readonly path: string;
  readonly db: Database.Database;
  close(): void;
}

/** Schema steps, applied in order once each (PRAGMA user_version holds how many ran). */
const MIGRATIONS = [
  `CREATE TABLE subscribers (
     key TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     name TEXT,
     topics TEXT NOT NULL DEFAULT '',
     status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'unsubscribed', 'bounced')),
     status_at TEXT NOT NULL,
     status_reason TEXT,
     paused INTEGER NOT NULL DEFAULT 0,
     bounces INTEGER NOT NULL DEFAULT 0,
     source TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX subscribers_by_status ON subscribers (status, key);`,
];

/** Opens (creating and migrating) the store in `stateDir`. Several processes may hold it open at once (WAL). */
export function openStore(stateDir: string): Store {
  const path = storePath(stateDir);
  let db: Database.Database;
  try {
    mkdirSync(stateDir, { recursive: true });
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.pragma("synchronous = NORMAL");
    const done = db.pragma("user_version", { simple: true }) as number;
    if (done > MIGRATIONS.length) throw new Error(`the file is from a newer version (schema ${done}; this one knows ${MIGRATIONS.length})`);
    db.transaction(() => {
      for (let i = done; i < MIGRATIONS.length; i++) db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${MIGRATIONS.length}`);
    })();
  } catch (cause) {
    throw new DigestError("ECONFIG", `subscriber store ${path} cannot be opened: ${(cause as Error).message}`, { cause });
  }
  return { path, db, close: () => db.close() };
}

/** Prepared statements, compiled once per open database (a one-click request then costs one indexed write). */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function sql(store: Store, text: string): Database.Statement {
  let cache = statements.get(store.db);
  if (!cache) statements.set(store.db, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) cache.set(text, (stmt = store.db.prepare(text)));
  return stmt;
}

interface Row {
  key: string; email: string; name: string | null; topics: string; status: SubscriberStatus; status_at: string;
  status_reason: string | null; paused: number; bounces: number; source: string; created_at: string;
}

function fromRow(r: Row): StoredSubscriber {
  return {
    email: r.email, name: r.name, topics: r.topics ? r.topics.split(";") : [], status: r.status, statusAt: r.status_at,
    statusReason: r.status_reason, paused: r.paused === 1, bounces: r.bounces, source: r.source, createdAt: r.created_at,
  };
}

/** The stored subscriber for `email`, or null. */
export function getSubscriber(store: Store, email: string): StoredSubscriber | null {
  const row = sql(store, "SELECT * FROM subscribers WHERE key = ?").get(recipientKey(email)) as Row | undefined;
  return row ? fromRow(row) : null;
}

/** True when `email` may be mailed now: known, active and not paused. Cheap: one indexed read. */
export function mayMail(store: Store): (email: string) => boolean {
  const stmt = sql(store, "SELECT 1 FROM subscribers WHERE key = ? AND status = 'active' AND paused = 0");
  return (email) => stmt.get(recipientKey(email)) !== undefined;
}

/**
 * Adds or updates a subscriber. A suppression always wins: an unsubscribed or bounced address is never made
 * active again by this call unless `resubscribe` says the reader asked (a confirmed sign-up).
 */
export function upsertSubscriber(
  store: Store,
  subscriber: Subscriber,
  options: { status: SubscriberStatus; source: string; now: Date; resubscribe?: boolean },
): "added" | "updated" | "suppressed" | "unchanged" {
  const key = recipientKey(subscriber.email);
  const at = options.now.toISOString();
  const topics = subscriber.topics.join(";");
  const existing = sql(store, "SELECT * FROM subscribers WHERE key = ?").get(key) as Row | undefined;
  if (!existing) {
    sql(store, `INSERT INTO subscribers (key, email, name, topics, status, status_at, status_reason, source, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(key, subscriber.email, subscriber.name, topics, options.status, at, `added (${options.source})`, options.source, at);
    return "added";
  }
  const suppressed = existing.status === "unsubscribed" || existing.status === "bounced";
  if (suppressed && !options.resubscribe) return "suppressed";
  const status = existing.status === "active" && options.status === "pending" ? "active" : options.status;
  if (existing.name === subscriber.name && existing.topics === topics && existing.status === status) return "unchanged";
  sql(store, `UPDATE subscribers SET email = ?, name = ?, topics = ?, status = ?,
      status_at = CASE WHEN status = ? THEN status_at ELSE ? END,
      status_reason = CASE WHEN status = ? THEN status_reason ELSE ? END,
      bounces = CASE WHEN ? = 'active' AND status != 'active' THEN 0 ELSE bounces END
    WHERE key = ?`).run(subscriber.email, subscriber.name, topics, status, status, at, status, `${status} (${options.source})`, status, key);
  return "updated";
}

/** Sets a subscriber's status with when and why; false when the address is not in the store. */
export function setStatus(store: Store, email: string, status: SubscriberStatus, reason: string, now: Date): boolean {
  const info = sql(store, "UPDATE subscribers SET status = ?, status_at = ?, status_reason = ? WHERE key = ?")
    .run(status, now.toISOString(), reason, recipientKey(email));
  return info.changes > 0;
}

/** A reader's own choices from the preferences page: topics (empty = all) and pause. */
export function setPreferences(store: Store, email: string, choice: { topics: string[]; paused: boolean }): boolean {
  const info = sql(store, "UPDATE subscribers SET topics = ?, paused = ? WHERE key = ?")
    .run(choice.topics.join(";"), choice.paused ? 1 : 0, recipientKey(email));
  return info.changes > 0;
}

/** How many permanent failures mark a reader bounced: 1 when the server says the user is unknown, else 3. */
export interface BouncePolicy { userUnknown: number; other: number }
export const DEFAULT_BOUNCES: BouncePolicy = { userUnknown: 1, other: 3 };
const USER_UNKNOWN = /\b5\.1\.[0-3]\b|user unknown|unknown user|no such (user|mailbox|recipient)|does not exist|mailbox (unavailable|not found)|recipient (address )?rejected|invalid recipient/i;

/** Counts a permanent failure (5xx for this address); marks the reader bounced at the policy's count. */
export function recordPermanentFailure(store: Store, email: string, reason: string, now: Date, policy = DEFAULT_BOUNCES): boolean {
  const key = recipientKey(email);
  const limit = USER_UNKNOWN.test(reason) ? policy.userUnknown : policy.other;
  const row = sql(store, "UPDATE subscribers SET bounces = bounces + 1 WHERE key = ? AND status = 'active' RETURNING bounces").get(key) as { bounces: number } | undefined;
  if (!row || row.bounces < limit) return false;
  setStatus(store, email, "bounced", `${row.bounces} permanent failure(s): ${reason.slice(0, 200)}`, now);
  return true;
}

/** Every active, unpaused subscriber, streamed from the database (never the whole list in memory). */
export function* activeSubscribers(store: Store): Generator<Subscriber> {
  const stmt = store.db.prepare("SELECT * FROM subscribers WHERE status = 'active' AND paused = 0 ORDER BY key");
  for (const row of stmt.iterate() as Iterable<Row>) yield { email: row.email, name: row.name, topics: row.topics ? row.topics.split(";") : [] };
}

/** Every subscriber, any status, streamed. */
export function* allSubscribers(store: Store): Generator<StoredSubscriber> {
  for (const row of store.db.prepare("SELECT * FROM subscribers ORDER BY key").iterate() as Iterable<Row>) yield fromRow(row);
}

/** Subscriber counts by status (and how many active readers paused). */
export function countByStatus(store: Store): Record<SubscriberStatus | "paused", number> {
  const counts = { pending: 0, active: 0, unsubscribed: 0, bounced: 0, paused: 0 };
  for (const r of sql(store, "SELECT status, paused, COUNT(*) AS n FROM subscribers GROUP BY status, paused").all() as { status: SubscriberStatus; paused: number; n: number }[]) {
    counts[r.status] += r.n;
    if (r.status === "active" && r.paused === 1) counts.paused += r.n;
  }
  return counts;
}

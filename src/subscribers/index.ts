// The list a run sends to: the subscriber store, with SUBSCRIBERS_FILE's rows imported into it first (a
// suppression in the store always wins over the file). Streams; never holds the whole list in memory.
import { readSubscribers } from "../send/subscribers.ts";
import type { Subscriber } from "../types.ts";
import {
  activeSubscribers, countByStatus, mayMail, openStore, recordPermanentFailure, upsertSubscriber,
  type BouncePolicy, type Store,
} from "./store.ts";

export { openStore, type Store } from "./store.ts";
export { hasStore, storePath } from "./paths.ts";

export interface ImportCounts { added: number; updated: number; unchanged: number; suppressed: number }

/** Imports a subscribers CSV into the store, in batches of 1,000 rows per transaction. */
export async function importFile(store: Store, file: string, knownTopics: string[], report: (problem: string) => void, now: Date): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, suppressed: 0 };
  let batch: Subscriber[] = [];
  const flush = store.db.transaction((rows: Subscriber[]) => {
    for (const row of rows) counts[upsertSubscriber(store, row, { status: "active", source: "file", now })]++;
  });
  for await (const row of readSubscribers(file, knownTopics, report)) {
    batch.push(row);
    if (batch.length >= 1000) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  return counts;
}

/** What a send needs from the list: the readers, a check made just before each message, and a bounce hook. */
export interface SendList {
  subscribers: AsyncIterable<Subscriber>;
  active: number;
  /** False once a reader has unsubscribed, bounced or paused (checked right before each message). */
  mayMail: (email: string) => boolean;
  /** A permanent failure for this address: counts towards marking it bounced. */
  permanentFailure: (email: string, reason: string) => void;
  imported: ImportCounts | null;
  close: () => void;
}

/** Opens the store, imports `file` when given, and lists the active readers. */
export async function openSendList(
  stateDir: string,
  file: string | null,
  knownTopics: string[],
  log: { warn: (event: string, fields: Record<string, unknown>) => void; info: (event: string, fields: Record<string, unknown>) => void },
  now: () => Date,
  bounces?: BouncePolicy,
): Promise<SendList> {
  const store = openStore(stateDir);
  try {
    let skipped = 0;
    const imported = file ? await importFile(store, file, knownTopics, (problem) => {
      if (/row skipped$/.test(problem)) skipped++;
      log.warn("subscribers.skipped", { problem });
    }, now()) : null;
    if (imported) log.info("subscribers.imported", { file, ...imported, rowsSkipped: skipped });
    const may = mayMail(store);
    const counts = countByStatus(store);
    return {
      subscribers: (async function* () { yield* activeSubscribers(store); })(),
      active: counts.active - counts.paused,
      mayMail: may,
      permanentFailure: (email, reason) => {
        if (recordPermanentFailure(store, email, reason, now(), bounces)) log.warn("subscriber.bounced", { email, reason });
      },
      imported,
      close: () => store.close(),
    };
  } catch (error) {
    store.close();
    throw error;
  }
}

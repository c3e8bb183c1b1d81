// `npm run status`: what the last edition did and when the next one runs, from the run journal and send ledger.
import type { Config } from "../config/index.ts";
import { editionStatus } from "../send/ledger.ts";
import { readRunRecords } from "./state.ts";
import { nextWindow } from "./window.ts";
import { nextSlot } from "./slot.ts";
import { hasStore } from "../subscribers/paths.ts";

/** A few lines about the last run, its delivery and the next scheduled run. */
export async function statusReport(config: Config, now: Date): Promise<string> {
  const records = await readRunRecords(config.stateDir);
  const last = records.at(-1);
  const next = nextSlot(now, config.cron, config.timezone);
  const readers = await subscriberCounts(config.stateDir);
  const lines: string[] = [];
  if (!last) {
    lines.push(`No edition has been built yet (state in ${config.stateDir}).`);
  } else {
    const ledger = config.redisUrl
      ? { ...(await (await import("../queue/status.ts")).queueStatus(config.redisUrl, last.date)), lastSentAt: null as string | null }
      : await editionStatus(config.stateDir, last.date);
    lines.push(
      `Last edition: ${last.date} (${last.outcome}${last.complete ? ", complete" : ", NOT complete"})`,
      `  run: ${last.startedAt} → ${last.finishedAt}; ${last.stories} stories`,
      `  delivery (${config.redisUrl ? "workers, via Redis" : "ledger"}): ${ledger.sent} sent, ${ledger.failed} failed, ${Math.max(ledger.pending, (readers.active ?? 0) - ledger.sent - ledger.failed)} pending (to retry or not yet tried); last sent at ${ledger.lastSentAt ?? "never"}`,
      `  sources failed last time: ${last.failedSources.length ? last.failedSources.join(", ") : "none"}`,
    );
    if (last.error) lines.push(`  error: ${last.error}`);
  }
  lines.push(readers.line);
  lines.push(`Next scheduled run: ${next ? next.toISOString() : "none"} (${config.cron} in ${config.timezone}; now ${now.toISOString()})`);
  if (next) {
    const w = nextWindow(next, config.timezone, records);
    lines.push(`  next edition: ${w.date}, covering ${w.start} → ${w.end} (from the last edition's cut-off${records.length ? "" : "; none yet, so 24 h"})`);
  }
  return `${lines.join("\n")}\n`;
}

/** Subscriber counts by status, from the store (loaded only when one exists). */
async function subscriberCounts(stateDir: string): Promise<{ line: string; active: number | null }> {
  if (!hasStore(stateDir)) return { line: "Subscribers: no store yet (the first run that sends, `npm run serve` or `npm run subscribers` creates it)", active: null };
  const { openStore, countByStatus } = await import("../subscribers/store.ts");
  const store = openStore(stateDir);
  try {
    const c = countByStatus(store);
    return { line: `Subscribers: ${c.active} active (${c.paused} paused), ${c.pending} pending, ${c.unsubscribed} unsubscribed, ${c.bounced} bounced`, active: c.active - c.paused };
  } finally {
    store.close();
  }
}


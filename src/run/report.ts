// The few lines `npm run digest` prints when it is done: what it built, where the files are, what to do next.
import { relative } from "node:path";
import type { Config } from "../config/index.ts";
import { shownStoryCount } from "../digest/index.ts";
import type { RunOptions, RunResult } from "./pipeline.ts";

/** A short human summary of a finished run, for stdout. */
export function summariseRun(result: RunResult, config: Config, options: RunOptions): string {
  const { digest, delivery } = result;
  const failed = digest.sources.filter((s) => s.status === "failed");
  const shown = shownStoryCount(digest);
  const lines = [
    `Built the briefing for ${digest.date} (${digest.timezone}): ${shown} stories from ${digest.entries.length} entries of ${digest.sources.length - failed.length}/${digest.sources.length} sources.`,
  ];
  for (const source of failed) lines.push(`  Source failed: ${source.name} — ${source.error}`);
  if (options.dryRun) lines.push("Dry run: nothing was written or sent.");
  const span = digest.window.kind === "edition" ? ` covering ${digest.window.start} → ${digest.window.end}` : "";
  if (span) lines[0] = lines[0]!.replace(":", `${span}:`);
  if (result.archiveKept) lines.push(`Briefing: ${path(result.markdownPath!)} kept as it went out (this edition was already sent; --force rebuilds it and keeps the old page under corrections/).`);
  else if (result.markdownPath) lines.push(`Briefing: ${path(result.markdownPath)} (archive index: ${path(config.digestsDir)}/README.md)`);
  if (result.correctionPath) lines.push(`  The page readers received earlier is kept as ${path(result.correctionPath)}.`);
  if (result.archiveError) lines.push(`Archive NOT written: ${result.archiveError}. The email still went out; fix the folder, then run with --no-send --force to archive it.`);
  if (delivery) {
    const where = result.outboxDir ? `written as .eml files to ${path(result.outboxDir)}/${digest.date}/ (SMTP_URL is unset)` : "sent over SMTP";
    lines.push(`Email: ${delivery.sent} ${where}; ${delivery.skipped} already had it; ${delivery.failedPermanent} failed permanently; ${delivery.failedTransient} failed for now (retried on the next run).`);
    if (result.subscribersFile) lines.push(`Subscribers: ${path(result.subscribersFile)}`);
    if (delivery.stoppedBecause) lines.push(`Stopped before the end (${delivery.stoppedBecause}): run again to send to the rest; nobody gets it twice.`);
    for (const failure of delivery.failures.slice(0, 10)) lines.push(`  Not delivered: ${failure.email} — ${failure.reason}`);
  } else if (result.queued) {
    lines.push(`Email: queued ${result.queued.enqueued} for the workers (REDIS_URL); ${result.queued.alreadyQueued} were already queued or sent. Run \`npm run worker\` to send; \`npm run status\` shows progress.`);
  } else if (result.skippedEmpty) {
    lines.push("Nothing was published that day, so no email was sent (skipEmpty); the archive records the empty day.");
  } else if (options.noSend && !options.dryRun) {
    lines.push("Not sent (--no-send).");
  }
  if (config.usingSamples && !options.sources) {
    lines.push("Used the built-in sample sources (samples/). To brief real news, list your sources in digest.config.json (copy digest.config.example.json).");
  }
  if (!config.mail.smtpUrl && delivery) lines.push("To send real mail, set SMTP_URL, MAIL_FROM and SUBSCRIBERS_FILE in .env (see .env.example).");
  return `${lines.join("\n")}\n`;
}

function path(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("..") ? rel : p;
}

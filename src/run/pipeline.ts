// The only orchestrator: read → parse → buildDigest (select, classify, merge) → render → archive → send.
// Stages are pure; every read, write and send happens here or in the edge modules this file calls.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Config } from "../config/index.ts";
import { buildDigest } from "../digest/index.ts";
import { DigestError, describeError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { PROJECT_ROOT } from "../paths.ts";
import { hasStore } from "../subscribers/paths.ts";
import type { DeliverySummary } from "../send/index.ts";
import type { Digest, EditionWindow, Source } from "../types.ts";
import { collectSources } from "./collect.ts";
import { historyForRun, noteEdition } from "./history.ts";
import { readRunRecords } from "./state.ts";
import { isEdition, resolveWindow } from "./window.ts";

export interface RunOptions {
  /** YYYY-MM-DD; default: the samples' day when the samples are in use, else today in the zone. */
  date: string | null;
  timezone: string | null;
  /** Replaces the configured sources (the CLI's `--source`). */
  sources: Source[] | null;
  /** Build only: write nothing, send nothing. */
  dryRun: boolean;
  /** Build and archive, but do not send. */
  noSend: boolean;
  /** Re-send to every subscriber, even those the ledger says already have the edition. */
  force: boolean;
  /** Skip rendering when only the digest model is wanted (`--json --dry-run`). */
  modelOnly?: boolean;
}

export interface Deps {
  now: () => Date;
  log: Logger;
  signal?: AbortSignal;
  progress?: NodeJS.WritableStream;
  /** Wait between read attempts (tests pass a no-op). */
  sleep?: (ms: number) => Promise<void>;
}

export interface RunResult {
  digest: Digest;
  markdownPath: string | null;
  outboxDir: string | null;
  delivery: DeliverySummary | null;
  subscribersFile: string | null;
  /** True when the day had no entries and the config says to send nothing then. */
  skippedEmpty: boolean;
  /** With REDIS_URL: what was handed to the workers instead of being sent here. */
  queued: { enqueued: number; alreadyQueued: number } | null;
  /** The archive page was left as it went out (a rebuild of a sent edition without --force). */
  archiveKept?: boolean;
  /** Where the earlier page of a forced rebuild was kept. */
  correctionPath?: string | null;
  /** Why the archive could not be written (the mail still went out). */
  archiveError?: string | null;
}

type Rendered = Awaited<ReturnType<typeof import("../render/edition.ts").renderEdition>>;

type WindowChoice = Pick<RunOptions, "date" | "timezone" | "sources">;

/** The window a run builds: `--date`, the samples' day, or the edition due now (see window.ts). Reads the journal. */
export async function runWindow(config: Config, options: WindowChoice, now: Date): Promise<EditionWindow> {
  const records = options.date === null ? await readRunRecords(config.stateDir) : [];
  return resolveWindow(config, options, now, records);
}

/** The subscribers file a run sends to: the configured one, else (outbox only) the samples' list. */
export function subscribersFileFor(config: Config): string | null {
  if (config.subscribersFile) return config.subscribersFile;
  // Readers who signed up through `npm run serve` live in the store: it is the list, with or without a file.
  if (hasStore(config.stateDir) && !config.usingSamples) return null;
  if (config.mail.smtpUrl) {
    throw new DigestError("ECONFIG", "config: SUBSCRIBERS_FILE is unset, no subscribers.csv exists and nobody has signed up yet: create a list (or `npm run subscribers -- add ADDRESS`) before sending over SMTP_URL (the sample list is only used for the outbox)");
  }
  return resolve(PROJECT_ROOT, "samples/subscribers.csv");
}

/** Builds the day's digest model from the configured (or given) sources. */
export async function buildEdition(config: Config, options: RunOptions, deps: Deps, window?: EditionWindow): Promise<Digest> {
  window ??= await runWindow(config, options, deps.now());
  const results = await collectSources(options.sources ?? config.sources, config, window.date, deps);
  // An edition is judged against what earlier ones showed; a calendar day (--date, the samples, the score) alone.
  const history = await historyForRun(config.digestsDir, window.kind, deps.log);
  const digest = buildDigest(results, window, {
    topics: config.topics, topStories: config.topStories, maxStories: config.maxStories, beat: config.beat, elsewhere: config.elsewhere, history, generatedAt: deps.now().toISOString(),
  });
  deps.log.info("edition.built", { date: digest.date, entries: digest.entries.length, stories: digest.stories.length });
  return digest;
}

/**
 * The failure policy: an edition is neither archived nor mailed when no source could be read, or when more than
 * `maxShare` of them failed. The run fails (exit 1) naming each failed source and why; the scheduler retries it.
 */
export function checkSourceFailures(digest: Pick<Digest, "sources">, maxShare: number): void {
  const failed = digest.sources.filter((s) => s.status === "failed");
  const total = digest.sources.length;
  if (failed.length === 0 || (failed.length < total && failed.length / total <= maxShare)) return;
  const which = failed.map((s) => `${s.name}: ${s.error ?? "unreadable"}`).join("; ");
  const rule = failed.length === total ? "no source could be read" : `more than ${Math.round(maxShare * 100)}% of the sources failed (maxFailedShare)`;
  throw new DigestError("EREAD", `edition not sent: ${failed.length} of ${total} sources failed, ${rule} — ${which}`);
}

/** The whole run: build, render, archive, then send (each step skipped as the options say). */
export async function runDigest(config: Config, options: RunOptions, deps: Deps, window?: EditionWindow): Promise<RunResult> {
  // A run that will send needs its list: say so before reading, rendering and archiving anything.
  const sending = !options.dryRun && !options.noSend;
  const subscribersFile = sending ? subscribersFileFor(config) : null;
  const digest = await buildEdition(config, options, deps, window);
  if (!options.dryRun) checkSourceFailures(digest, config.maxFailedShare);
  const result: RunResult = { digest, markdownPath: null, outboxDir: null, delivery: null, subscribersFile, skippedEmpty: false, queued: null };
  if (options.modelOnly) return result;

  const { renderEdition } = await import("../render/edition.ts");
  const rendered: Rendered = await renderEdition(digest, config);
  if (options.dryRun) return result;

  await archive(config, options, deps, digest, rendered, result);
  await noteEdition(config.digestsDir, digest, deps.log);
  if (options.noSend) return result;
  if (config.skipEmpty && digest.entries.length === 0) {
    deps.log.info("edition.skipped", { date: digest.date, reason: "no entries for the day (skipEmpty)" });
    result.skippedEmpty = true;
    return result;
  }

  if (!sending) return result;
  if (config.redisUrl) {
    const { queueEdition } = await import("../queue/index.ts");
    result.queued = await queueEdition(config.redisUrl, digest.date, rendered.email, config, options.force, deps, subscribersFile);
    return result;
  }
  result.outboxDir = config.mail.smtpUrl ? null : config.outboxDir;
  const { sendEdition } = await import("../send/index.ts");
  result.delivery = await sendEdition(digest.date, rendered.email, config, options.force, deps, subscribersFile);
  return result;
}

/**
 * Archives the edition. An edition that already went out keeps its page as readers received it: a rebuild rewrites
 * it only with --force, and then the old page moves to corrections/. A failed write is reported, never a stop.
 */
async function archive(config: Config, options: RunOptions, deps: Deps, digest: Digest, rendered: Rendered, result: RunResult): Promise<void> {
  const { archiveEdition } = await import("../archive.ts");
  const wentOut = (await readRunRecords(config.stateDir)).some((r) => r.date === digest.date && isEdition(r));
  const page = join(config.digestsDir, `${digest.date}.md`);
  if (wentOut && existsSync(page) && !options.force) {
    result.markdownPath = page;
    result.archiveKept = true;
    deps.log.warn("archive.kept", { path: page, reason: "this edition already went out: its page stays as sent (--force rebuilds it and keeps the old page under corrections/)" });
    return;
  }
  try {
    const archived = await archiveEdition(config.digestsDir, {
      date: digest.date,
      markdown: rendered.markdown,
      html: rendered.html,
      storyCount: rendered.storyCount,
      topHeadline: rendered.topHeadline,
      generatedAt: digest.generatedAt,
    }, { archiveUrl: config.mail.archiveUrl, keepTrail: wentOut });
    result.markdownPath = archived.markdownPath;
    result.correctionPath = archived.correctionPath;
    if (archived.correctionPath) deps.log.warn("archive.corrected", { path: archived.markdownPath, earlier: archived.correctionPath });
    deps.log.info("edition.archived", { path: archived.markdownPath });
  } catch (error) {
    result.archiveError = describeError(error);
    deps.log.error("archive.failed", { error: result.archiveError, effect: "the edition is still sent; fix the folder and rerun with --no-send --force to archive it" });
  }
}

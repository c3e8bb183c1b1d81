// The only orchestrator: read → parse → buildDigest (select, classify, merge) → render → archive → send.
// Stages are pure; every read, write and send happens here or in the edge modules this file calls.
import { resolve } from "node:path";
import type { Config } from "../config/index.ts";
import { dayWindow, todayIn } from "../day.ts";
import { buildDigest } from "../digest/index.ts";
import { DigestError, describeError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { parseDocument } from "../parse/index.ts";
import { readSource } from "../read.ts";
import { PROJECT_ROOT } from "../paths.ts";
import type { DeliverySummary } from "../send/index.ts";
import { backoffDelay, sleep, type RetryPolicy } from "../send/rate.ts";
import type { Digest, Source, SourceResult } from "../types.ts";

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
}

type DayChoice = Pick<RunOptions, "date" | "timezone" | "sources">;

/** Which day a run builds: --date, else the samples' day when the samples are in use, else today in the zone. */
export function editionDay(config: Pick<Config, "timezone" | "usingSamples" | "sampleDate">, options: DayChoice, now: Date): string {
  if (options.date !== null) return options.date;
  if (config.usingSamples && !options.sources && config.sampleDate) return config.sampleDate;
  return todayIn(options.timezone ?? config.timezone, now);
}

/** Which day and zone a run builds. */
export function resolveDay(config: Config, options: DayChoice, now: Date) {
  return dayWindow(editionDay(config, options, now), options.timezone ?? config.timezone);
}

/** The subscribers file a run sends to: the configured one, else (outbox only) the samples' list. */
export function subscribersFileFor(config: Config): string {
  if (config.subscribersFile) return config.subscribersFile;
  if (config.mail.smtpUrl) {
    throw new DigestError("ECONFIG", "config: SUBSCRIBERS_FILE is unset and no subscribers.csv exists: create one before sending over SMTP_URL (the sample list is only used for the outbox)");
  }
  return resolve(PROJECT_ROOT, "samples/subscribers.csv");
}

/** Reads and parses every source; a failing source becomes a result with an error, never a thrown run. */
export async function collectSources(sources: Source[], config: Config, date: string, deps: Deps): Promise<SourceResult[]> {
  return Promise.all(sources.map(async (source): Promise<SourceResult> => {
    const started = Date.now();
    try {
      const doc = await readWithRetries(source, config, deps);
      const parsed = parseDocument(doc, {
        format: source.format,
        date,
        timezone: source.timezone,
        sourceName: source.name || null,
        url: /^https?:/.test(source.location) ? source.location : null,
      });
      deps.log.info("source.read", { source: source.name || source.location, entries: parsed.entries.length, ms: Date.now() - started });
      for (const warning of parsed.warnings) deps.log.warn("source.warning", { source: source.name || source.location, warning });
      return { source, parsed, error: null };
    } catch (error) {
      deps.log.warn("source.failed", { source: source.name || source.location, error: describeError(error) });
      return { source, parsed: null, error: describeError(error) };
    }
  }));
}

/** Read retries wait 1 s, 2 s, 4 s… (HTTP_RETRIES ≤ 10, so the cap never binds); no jitter, one read per source. */
const READ_BACKOFF: RetryPolicy = { attempts: 11, baseDelayMs: 1000, maxDelayMs: 512_000 };
const NO_JITTER = () => 0.5;

async function readWithRetries(source: Source, config: Config, deps: Deps) {
  const attempts = /^https?:/.test(source.location) ? config.http.retries + 1 : 1;
  const wait = deps.sleep ?? ((ms: number) => sleep(ms, deps.signal));
  for (let attempt = 1; ; attempt++) {
    try {
      return await readSource(source, { ...config.http, now: deps.now });
    } catch (error) {
      if (attempt >= attempts || deps.signal?.aborted) throw error;
      deps.log.warn("source.retry", { source: source.name || source.location, attempt, error: describeError(error) });
      await wait(backoffDelay(attempt, READ_BACKOFF, NO_JITTER));
      if (deps.signal?.aborted) throw error; // stopped while waiting: no further read
    }
  }
}

/** Builds the day's digest model from the configured (or given) sources. */
export async function buildEdition(config: Config, options: RunOptions, deps: Deps): Promise<Digest> {
  const window = resolveDay(config, options, deps.now());
  const results = await collectSources(options.sources ?? config.sources, config, window.date, deps);
  const digest = buildDigest(results, window, { topics: config.topics, topStories: config.topStories, generatedAt: deps.now().toISOString() });
  deps.log.info("edition.built", { date: digest.date, entries: digest.entries.length, stories: digest.stories.length });
  return digest;
}

/** The whole run: build, render, archive, then send (each step skipped as the options say). */
export async function runDigest(config: Config, options: RunOptions, deps: Deps): Promise<RunResult> {
  // A run that will send needs its list: say so before reading, rendering and archiving anything.
  const subscribersFile = options.dryRun || options.noSend ? null : subscribersFileFor(config);
  const digest = await buildEdition(config, options, deps);
  const result: RunResult = { digest, markdownPath: null, outboxDir: null, delivery: null, subscribersFile, skippedEmpty: false, queued: null };
  if (options.modelOnly) return result;

  const { renderEdition } = await import("../render/edition.ts");
  const rendered = await renderEdition(digest, config);
  if (options.dryRun) return result;

  const { archiveEdition } = await import("../archive.ts");
  const archived = await archiveEdition(config.digestsDir, {
    date: digest.date,
    markdown: rendered.markdown,
    html: rendered.html,
    storyCount: rendered.storyCount,
    topHeadline: rendered.topHeadline,
    generatedAt: digest.generatedAt,
  }, { archiveUrl: config.mail.archiveUrl });
  result.markdownPath = archived.markdownPath;
  deps.log.info("edition.archived", { path: archived.markdownPath });
  if (options.noSend) return result;
  if (config.skipEmpty && digest.entries.length === 0) {
    deps.log.info("edition.skipped", { date: digest.date, reason: "no entries for the day (skipEmpty)" });
    result.skippedEmpty = true;
    return result;
  }

  if (!subscribersFile) return result;
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

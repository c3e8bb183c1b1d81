// loadConfig(env) is the only code that reads the environment and the config file.
// Every value is checked here, once; stages receive plain values, never the Config itself.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { checkCron, checkZone, configFail, expectBoolean, expectInt, expectKeys, expectNumber, expectString } from "./check.ts";
import { parseBeat, parseSources, parseTopics } from "./sources.ts";
import { DigestError } from "../errors.ts";
import { isLoopbackHttp } from "../host.ts";
import { addressOf } from "../send/address.ts";
import { SAMPLES_CONFIG, TEMPLATES_DIR } from "../paths.ts";
import type { BeatConfig, Source, TopicConfig } from "../types.ts";

export interface MailConfig {
  smtpUrl: string | null;
  from: string;
  subject: string;
  unsubscribeMailto: string;
  unsubscribeUrl: string | null;
  /** The readers' preferences page (PUBLIC_URL/preferences), or null without PUBLIC_URL. */
  preferencesUrl: string | null;
  archiveUrl: string | null;
  /** Key for the HMAC behind Message-IDs and unsubscribe tokens. */
  secret: string;
  maxConnections: number;
  maxMessages: number;
  /** SMTP_DATA_TIMEOUT_MS: how long to wait for the reply after DATA (default 10 minutes, RFC 5321). */
  dataTimeoutMs: number;
  rateLimit: number | null;
  /** DKIM signing, when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY_FILE are all set. */
  dkim: { domainName: string; keySelector: string; privateKey: string } | null;
}

export interface Config {
  configPath: string | null;
  /** True when no sources were configured and the shipped samples are used. */
  usingSamples: boolean;
  /** The day the samples describe (built when no --date is given and samples are in use). */
  sampleDate: string | null;
  timezone: string;
  cron: string;
  sources: Source[];
  topics: TopicConfig[];
  topStories: number;
  /** The most stories one edition shows (config `maxStories`, default 40). */
  maxStories: number;
  /** What the briefing is about: entries off it never fill its sections (config `beat`, default the Russia–Ukraine war). */
  beat: BeatConfig;
  /** How many off-beat stories an "Elsewhere" list shows (config `elsewhere`, default 0: none). */
  elsewhere: number;
  /** Send nothing for an edition with no entries (the archive still records it). Default on. */
  skipEmpty: boolean;
  /** An edition is not archived or mailed when more than this share of its sources failed (or all did). */
  maxFailedShare: number;
  /** How long after its slot the scheduler keeps retrying an edition that failed (hours). */
  retryForHours: number;
  mail: MailConfig;
  subscribersFile: string | null;
  digestsDir: string;
  outboxDir: string;
  stateDir: string;
  templatesDir: string;
  /** Redis for scale-out sending (REDIS_URL); null: send from this process alone. */
  redisUrl: string | null;
  /** REDIS_ALLOW_VOLATILE=1: queue even on a Redis without persistence (a restart mid-send may then mail twice). */
  redisAllowVolatile: boolean;
  /** Messages each `npm run worker` process sends at once (WORKER_CONCURRENCY). */
  workerConcurrency: number;
  /** How long a silent worker keeps its jobs before others take them over (WORKER_LOCK_MS). */
  workerLockMs: number;
  http: { timeoutMs: number; maxBytes: number; maxRedirects: number; userAgent: string; retries: number };
  /** PARSE_TIMEOUT_MS: the longest one source may take to parse before it is reported failed. */
  parseTimeoutMs: number;
  /** Where readers reach `npm run serve` (PUBLIC_URL), and the port it listens on (PORT). */
  publicUrl: string | null;
  port: number;
  /** HOST: the address `npm run serve` binds (default 127.0.0.1, behind a reverse proxy; 0.0.0.0 in a container). */
  host: string;
  /** Permanent failures that mark a reader bounced: for "user unknown" replies, and for any other 5xx. */
  bounces: { userUnknown: number; other: number };
}

const FILE_KEYS = ["skipEmpty", "maxFailedShare", "retryForHours", "timezone", "schedule", "sources", "topics", "keyPoints", "topStories", "maxStories", "subject", "archiveUrl", "sampleDate", "beat", "elsewhere", "$schema", "comment"];
/** The subject leads with the top headline: "Kharkiv strike kills 2 — and 11 more" (the count is the reader's). */
export const DEFAULT_SUBJECT = "{{#if topHeadline}}{{topHeadline}}{{#if moreCount}} — and {{moreCount}} more{{/if}}{{else}}Briefing — {{dateShort}}: no stories{{/if}}";
const PLACEHOLDER_FROM = "Daily Briefing (set MAIL_FROM in .env) <briefing@example.invalid>";

/** Reads `.env`-style settings from `env` and the config file they point at; throws ECONFIG naming the key. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const explicit = env.DIGEST_CONFIG;
  const candidate = explicit ? resolve(cwd, explicit) : resolve(cwd, "digest.config.json");
  if (explicit && !existsSync(candidate)) {
    configFail("DIGEST_CONFIG", explicit, `no such file; create it (see digest.config.example.json) or unset DIGEST_CONFIG`);
  }
  const configPath = existsSync(candidate) ? candidate : null;
  const file = configPath ? readJson(configPath) : {};
  expectKeys(file, FILE_KEYS, configPath ?? "config");

  let sources = parseSources(file.sources, configPath ? dirname(configPath) : cwd, Number(file.keyPoints ?? 5));
  let sampleDate = file.sampleDate === undefined ? null : expectString(file.sampleDate, "sampleDate");
  const usingSamples = sources.length === 0;
  if (usingSamples) {
    const samples = readJson(SAMPLES_CONFIG);
    sources = parseSources(samples.sources, dirname(SAMPLES_CONFIG), 5);
    sampleDate = expectString(samples.sampleDate, "sampleDate");
  }

  const timezone = checkZone(env.DIGEST_TIMEZONE || (file.timezone as string | undefined) || "UTC",
    env.DIGEST_TIMEZONE ? "DIGEST_TIMEZONE" : "timezone");
  const cron = checkCron(env.DIGEST_CRON || (file.schedule as string | undefined) || "0 7 * * *",
    env.DIGEST_CRON ? "DIGEST_CRON" : "schedule");
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    configFail("SMTP_URL", "(hidden)", "use smtp://user:pass@host:587 or smtps://user:pass@host:465, or unset it to write .eml files");
  }
  const from = env.MAIL_FROM?.trim() || PLACEHOLDER_FROM;
  if (!/<[^@<>\s]+@[^@<>\s]+>$|^[^@<>\s]+@[^@<>\s]+$/.test(from)) {
    configFail("MAIL_FROM", from, 'use "Name <address@example.org>" or a bare address');
  }
  const redisUrl = redisUrlOrNull(env.REDIS_URL);
  if (smtpUrl || redisUrl) {
    // Real mail needs a real sender and a private HMAC key (Message-IDs and unsubscribe tokens hang on it).
    const via = smtpUrl ? "SMTP_URL" : "REDIS_URL";
    if (!env.MAIL_FROM?.trim()) configFail("MAIL_FROM", "", `set the sender ("Name <address@your-domain>") before sending over ${via}`);
    if (!env.MAIL_SECRET?.trim() || env.MAIL_SECRET.trim().length < 16 || /^change-me/i.test(env.MAIL_SECRET.trim())) {
      configFail("MAIL_SECRET", env.MAIL_SECRET ? "(hidden)" : "", `set a private random value of 16+ characters before sending over ${via} (e.g. openssl rand -hex 32)`);
    }
  }
  const publicUrl = publicUrlOrNull(env.PUBLIC_URL);
  const subscribers = env.SUBSCRIBERS_FILE ? resolve(cwd, env.SUBSCRIBERS_FILE) : resolve(cwd, "subscribers.csv");
  if (env.SUBSCRIBERS_FILE && !existsSync(subscribers)) {
    configFail("SUBSCRIBERS_FILE", env.SUBSCRIBERS_FILE, "no such file; create a CSV with an `email` header or unset it");
  }

  return {
    configPath,
    usingSamples,
    sampleDate,
    timezone,
    cron,
    sources,
    topics: parseTopics(file.topics),
    topStories: expectInt(file.topStories ?? 3, "topStories", 0, 20),
    maxStories: expectInt(file.maxStories ?? 40, "maxStories", 1, 500),
    beat: parseBeat(file.beat),
    elsewhere: expectInt(file.elsewhere ?? 0, "elsewhere", 0, 20),
    skipEmpty: expectBoolean(file.skipEmpty ?? true, "skipEmpty"),
    maxFailedShare: expectNumber(file.maxFailedShare ?? 0.5, "maxFailedShare", 0, 1),
    retryForHours: expectNumber(file.retryForHours ?? 6, "retryForHours", 0, 23),
    mail: {
      smtpUrl,
      from,
      subject: file.subject === undefined ? DEFAULT_SUBJECT : expectString(file.subject, "subject"),
      unsubscribeMailto: env.UNSUBSCRIBE_MAILTO?.trim() || addressOf(from).replace(/^[^@]*/, "unsubscribe"),
      unsubscribeUrl: httpsOrNull(env.UNSUBSCRIBE_URL, "UNSUBSCRIBE_URL", true) ?? (publicUrl ? `${publicUrl}/unsubscribe` : null),
      preferencesUrl: publicUrl ? `${publicUrl}/preferences` : null,
      archiveUrl: httpsOrNull(env.ARCHIVE_URL || (file.archiveUrl as string | undefined), "ARCHIVE_URL"),
      secret: env.MAIL_SECRET?.trim() || "daily-briefing-development-secret",
      maxConnections: expectInt(env.SMTP_MAX_CONNECTIONS || 5, "SMTP_MAX_CONNECTIONS", 1, 100),
      maxMessages: expectInt(env.SMTP_MAX_MESSAGES || 100, "SMTP_MAX_MESSAGES", 1, 100000),
      dataTimeoutMs: expectInt(env.SMTP_DATA_TIMEOUT_MS || 600_000, "SMTP_DATA_TIMEOUT_MS", 1000, 3_600_000),
      rateLimit: env.SMTP_RATE_LIMIT ? expectNumber(env.SMTP_RATE_LIMIT, "SMTP_RATE_LIMIT", 0.01, 100000) : null,
      dkim: loadDkim(env, cwd),
    },
    subscribersFile: existsSync(subscribers) ? subscribers : null,
    // The invented sample editions live apart from a real archive, outbox and journal, and never enter its feed.
    digestsDir: underSamples(resolve(cwd, env.DIGESTS_DIR || "digests"), usingSamples),
    outboxDir: underSamples(resolve(cwd, env.OUTBOX_DIR || "outbox"), usingSamples),
    stateDir: underSamples(resolve(cwd, env.STATE_DIR || ".state"), usingSamples),
    templatesDir: TEMPLATES_DIR,
    redisUrl,
    redisAllowVolatile: expectBoolean(env.REDIS_ALLOW_VOLATILE ? ["1", "true", "yes"].includes(env.REDIS_ALLOW_VOLATILE.trim().toLowerCase()) : false, "REDIS_ALLOW_VOLATILE"),
    workerConcurrency: expectInt(env.WORKER_CONCURRENCY || 10, "WORKER_CONCURRENCY", 1, 1000),
    workerLockMs: expectInt(env.WORKER_LOCK_MS || 30000, "WORKER_LOCK_MS", 1000, 600000),
    http: loadHttpConfig(env),
    parseTimeoutMs: expectInt(env.PARSE_TIMEOUT_MS || 60_000, "PARSE_TIMEOUT_MS", 1000, 3_600_000),
    publicUrl,
    port: expectInt(env.PORT || 8080, "PORT", 1, 65535),
    host: env.HOST?.trim() || "127.0.0.1",
    bounces: {
      userUnknown: expectInt(env.BOUNCES_USER_UNKNOWN || 1, "BOUNCES_USER_UNKNOWN", 1, 100),
      other: expectInt(env.BOUNCES_OTHER || 3, "BOUNCES_OTHER", 1, 100),
    },
  };
}

/** PUBLIC_URL: https, or http on a loopback host (a server on this machine, for trying it out and for tests). */
function publicUrlOrNull(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  const v = value.trim().replace(/\/+$/, "");
  if (!/^https:\/\/\S+$/.test(v) && !isLoopbackHttp(v)) configFail("PUBLIC_URL", value, "use the https:// address readers reach `npm run serve` at (http:// only for localhost)");
  return v;
}

function underSamples(dir: string, usingSamples: boolean): string {
  return usingSamples ? resolve(dir, "samples") : dir;
}

/** Only the HTTP_* settings, for `parse`: it reads one source, so no config file, key or list can stop it. */
export function loadHttpConfig(env: Record<string, string | undefined>): Config["http"] {
  return {
    timeoutMs: expectInt(env.HTTP_TIMEOUT_MS || 15000, "HTTP_TIMEOUT_MS", 100, 600000),
    maxBytes: expectInt(env.HTTP_MAX_BYTES || 10 * 1024 * 1024, "HTTP_MAX_BYTES", 1024, 1024 * 1024 * 1024),
    maxRedirects: expectInt(env.HTTP_MAX_REDIRECTS || 5, "HTTP_MAX_REDIRECTS", 0, 20),
    retries: expectInt(env.HTTP_RETRIES || 2, "HTTP_RETRIES", 0, 10),
    userAgent: "daily-briefing/0.1 (+https://github.com/; digest generator)",
  };
}

function loadDkim(env: Record<string, string | undefined>, cwd: string): MailConfig["dkim"] {
  const keys = ["DKIM_DOMAIN", "DKIM_SELECTOR", "DKIM_PRIVATE_KEY_FILE"] as const;
  const set = keys.filter((k) => env[k]?.trim());
  if (set.length === 0) return null;
  const missing = keys.find((k) => !env[k]?.trim());
  if (missing) configFail(missing, "", `set all of ${keys.join(", ")} to sign with DKIM, or none of them`);
  const keyFile = resolve(cwd, env.DKIM_PRIVATE_KEY_FILE!);
  let privateKey: string;
  try {
    privateKey = readFileSync(keyFile, "utf8");
  } catch {
    configFail("DKIM_PRIVATE_KEY_FILE", env.DKIM_PRIVATE_KEY_FILE, "no readable file there; point it at the PEM private key");
  }
  if (!privateKey.includes("PRIVATE KEY")) configFail("DKIM_PRIVATE_KEY_FILE", env.DKIM_PRIVATE_KEY_FILE, "the file is not a PEM private key");
  return { domainName: env.DKIM_DOMAIN!.trim(), keySelector: env.DKIM_SELECTOR!.trim(), privateKey };
}

function readJson(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new DigestError("ECONFIG", `cannot read config file ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    const data = JSON.parse(text) as unknown;
    if (typeof data !== "object" || data === null || Array.isArray(data)) throw new Error("the top level must be an object");
    return data as Record<string, unknown>;
  } catch (cause) {
    throw new DigestError("ECONFIG", `config file ${path} is not valid JSON (${(cause as Error).message}); fix the syntax`, { cause });
  }
}

function redisUrlOrNull(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  if (!/^rediss?:\/\/\S+$/.test(value.trim())) configFail("REDIS_URL", "(hidden)", "use redis://[:password@]host:6379[/db] or rediss:// for TLS, or unset it to send from this process");
  return value.trim();
}

function httpsOrNull(value: string | undefined, key: string, httpsOnly = false): string | null {
  if (!value?.trim()) return null;
  const ok = httpsOnly ? /^https:\/\/\S+$/.test(value.trim()) || isLoopbackHttp(value.trim()) : /^https?:\/\/\S+$/.test(value.trim());
  if (!ok) configFail(key, value, "use an absolute https:// URL");
  return value.trim().replace(/\/+$/, "");
}

// `npm run digest|parse|status|preview`: parse arguments, load config once, call the pipeline, map errors to exit codes.
// stdout carries only what was asked for (JSON with --json); logs and errors go to stderr.
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { loadConfig, loadHttpConfig } from "./config/index.ts";
import { adhocSources } from "./config/sources.ts";
import { isCalendarDay, isZone } from "./day.ts";
import { describeError, DigestError, exitCodeFor } from "./errors.ts";
import { environment, withSignals } from "./host.ts";
import { createLogger, secretsOf, type Logger } from "./log.ts";
import { runJob } from "./run/job.ts";
import { buildEdition, type RunOptions } from "./run/pipeline.ts";
import { summariseRun } from "./run/report.ts";
import { SOURCE_FORMATS, type SourceFormat } from "./types.ts";

const USAGE = `Usage:
  npm run digest -- [--date YYYY-MM-DD] [--timezone ZONE] [--source FILE|URL ...] [--config FILE]
                    [--dry-run] [--no-send] [--json] [--explain] [--force] [--status] [--help]
  npm run parse -- <FILE|URL> [--json] [--date YYYY-MM-DD] [--timezone ZONE] [--format FORMAT]
  npm run status
  npm run serve
  npm run subscribers -- list | add ADDRESS [--name NAME] [--topics a;b] | remove ADDRESS | import FILE | export
  npm run preview -- [--out DIR]`;

// A reader that stops early (`| head`) closes stdout. The command goes on (it may be archiving or sending) and what it
// would still print is dropped, instead of an unhandled EPIPE ending the process mid-run.
let stdoutGuarded = false;
function dropOutputWhenReaderCloses(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

/** Runs one CLI command and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  dropOutputWhenReaderCloses();
  const [command, ...rest] = argv;
  const env = environment();
  const log = createLogger({ secrets: secretsOf(env) });
  try {
    switch (command) {
      case "digest": return await digestCommand(rest, env, log);
      case "parse": return await parseCommand(rest, env);
      case "status": return await statusCommand(env);
      case "preview": return await previewCommand(rest, env, log);
      case "serve": return await serveCommand(env, log);
      case "help": case "--help": case "-h": return void process.stdout.write(`${USAGE}\n`), 0;
      case "subscribers": return await subscribersCommand(rest, env);
      default: throw new DigestError("EUSAGE", `unknown command "${command ?? ""}": use digest, parse, status, serve, subscribers or preview`);
    }
  } catch (error) {
    const code = exitCodeFor(error);
    log.error(code === 2 ? "usage" : "run.failed", { error: describeError(error) });
    return code;
  }
}

function args<O extends NonNullable<ParseArgsConfig["options"]>>(rest: string[], options: O) {
  try {
    return parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new DigestError("EUSAGE", `${describeError(error)} (run with --help for usage)`);
  }
}

function checkDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isCalendarDay(value)) {
    throw new DigestError("EUSAGE", `--date ${value} is not a date: use YYYY-MM-DD, e.g. --date 2025-11-06`);
  }
  return value;
}

function checkZone(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isZone(value)) throw new DigestError("EUSAGE", `--timezone ${value} is not an IANA zone: use e.g. UTC or Europe/London`);
  return value;
}

async function digestCommand(rest: string[], env: Record<string, string | undefined>, log: Logger): Promise<number> {
  const { values, positionals } = args(rest, {
    date: { type: "string" }, timezone: { type: "string" }, source: { type: "string", multiple: true },
    config: { type: "string" }, "dry-run": { type: "boolean" }, "no-send": { type: "boolean" }, json: { type: "boolean" },
    explain: { type: "boolean" }, force: { type: "boolean" }, status: { type: "boolean" }, help: { type: "boolean", short: "h" },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`), 0;
  if (positionals.length) throw new DigestError("EUSAGE", `unexpected argument "${positionals[0]}": give sources with --source FILE|URL`);
  if (values.status) return statusCommand(env);
  const config = loadConfig(values.config ? { ...env, DIGEST_CONFIG: values.config } : env);
  const options: RunOptions = {
    date: checkDate(values.date as string | undefined),
    timezone: checkZone(values.timezone as string | undefined),
    sources: values.source ? adhocSources(values.source as string[]) : null,
    // --explain answers "why is this here?": it builds and explains, and writes or sends nothing.
    dryRun: Boolean(values["dry-run"] || values.explain),
    noSend: Boolean(values["no-send"]),
    force: Boolean(values.force),
    modelOnly: Boolean(values.explain) || (Boolean(values["dry-run"]) && Boolean(values.json)),
  };
  const quietLog = values.json ? createLogger({ secrets: secretsOf(env), quiet: true }) : log;
  const abort = withSignals();
  const deps = { now: () => new Date(), log: quietLog, signal: abort.signal, progress: process.stderr };
  const result = await runJob(config, options, deps).finally(abort.dispose);
  if (values.json) process.stdout.write(`${JSON.stringify(result.digest, null, 2)}\n`);
  else if (values.explain) process.stdout.write((await import("./digest/index.ts")).explainDigest(result.digest));
  else process.stdout.write(summariseRun(result, config, options));
  // Stopped by a signal: the ledger is saved and a rerun completes the edition, so this is a clean exit.
  if (abort.signal.aborted) return 0;
  const d = result.delivery;
  if (result.archiveError) return 1;
  // Exit 1 only when something is left to retry; permanent failures are final (reported, and the reader bounced).
  return d && (!d.complete || d.failedTransient > 0) ? 1 : 0;
}

async function parseCommand(rest: string[], env: Record<string, string | undefined>): Promise<number> {
  const { values, positionals } = args(rest, {
    json: { type: "boolean" }, date: { type: "string" }, timezone: { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`), 0;
  if (positionals.length !== 1) throw new DigestError("EUSAGE", `parse takes exactly one file or URL (got ${positionals.length}); run with --help for usage`);
  const format = (values.format ?? "auto") as SourceFormat;
  if (!SOURCE_FORMATS.includes(format)) throw new DigestError("EUSAGE", `--format ${format} is unknown: use one of ${SOURCE_FORMATS.join(", ")}`);
  const http = loadHttpConfig(env);
  const [{ readSource }, { parseDocument }] = await Promise.all([import("./read/index.ts"), import("./parse/index.ts")]);
  const [source] = adhocSources(positionals);
  const doc = await readSource({ ...source!, format }, { ...http, now: () => new Date() });
  const parsed = parseDocument(doc, {
    format,
    date: checkDate(values.date as string | undefined),
    timezone: checkZone(values.timezone as string | undefined),
    sourceName: null,
    url: /^https?:/.test(source!.location) ? source!.location : null,
  });
  for (const warning of parsed.warnings) process.stderr.write(`warning: ${warning}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(parsed.entries, null, 2)}\n`);
  else for (const e of parsed.entries) process.stdout.write(`${e.published ?? "(no time)"}  ${e.headline ?? e.body[0]?.slice(0, 80) ?? ""}\n`);
  return 0;
}

async function statusCommand(env: Record<string, string | undefined>): Promise<number> {
  const { statusReport } = await import("./run/status.ts");
  process.stdout.write(await statusReport(loadConfig(env), new Date()));
  return 0;
}

async function serveCommand(env: Record<string, string | undefined>, log: Logger): Promise<number> {
  const config = loadConfig(env);
  const { startServer } = await import("./serve/index.ts");
  const serving = await startServer(config, { port: config.port, host: config.host, trustProxy: Boolean(config.publicUrl), log: (event, fields) => log.info(event, fields) });
  process.stderr.write(`Serving on ${serving.url} (readers reach it at ${config.publicUrl ?? serving.url}); Ctrl-C stops.\n`);
  const signals = withSignals();
  await new Promise<void>((stop) => signals.signal.addEventListener("abort", () => stop(), { once: true }));
  await serving.close();
  signals.dispose();
  return 0;
}

async function subscribersCommand(rest: string[], env: Record<string, string | undefined>): Promise<number> {
  const { values, positionals } = args(rest, { name: { type: "string" }, topics: { type: "string" } });
  const config = loadConfig(env);
  const { subscribersCommand: run } = await import("./subscribers/commands.ts");
  return run({ verb: positionals[0], target: positionals[1], name: values.name as string | undefined, topics: values.topics as string | undefined },
    config.stateDir, config.topics.map((t) => t.name), (line) => process.stdout.write(`${line}\n`));
}

async function previewCommand(rest: string[], env: Record<string, string | undefined>, log: Logger): Promise<number> {
  const { values } = args(rest, { out: { type: "string" } });
  const config = loadConfig(env);
  const options: RunOptions = { date: null, timezone: null, sources: null, dryRun: true, noSend: true, force: false };
  const digest = await buildEdition(config, options, { now: () => new Date(), log });
  const [{ renderEdition }, { writePreview }] = await Promise.all([import("./render/edition.ts"), import("./run/preview.ts")]);
  const rendered = await renderEdition(digest, config);
  const out = await writePreview(rendered.html, resolve((values.out as string | undefined) ?? "preview"));
  process.stdout.write(`Preview of ${digest.date}: ${out.htmlPath}\n${out.screenshots.map((s) => `  ${s}`).join("\n")}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("cli.ts")) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

// `npm run bench -- peer [--items 1000] [--feeds 10] [--readers N] [--prof]`: rss2email (Debian's `r2e`) and ours side
// by side, on the same invented RSS feeds served over HTTP and mailing into the same local SMTP sink. Each tool runs
// from a clean state as an operator would: rss2email's first `r2e run` mails every item (one message each, to one
// recipient); ours (`node bin/briefing.js digest`, compiled) builds one edition from all the items and mails it to
// its subscribers, once with 1 reader (the same audience) and once with as many readers as rss2email sends messages
// (the same message count; `--readers` picks another number). Prints wall time, peak memory and CPU of each and
// ours/rss2email; asserts nothing. `--prof` profiles our runs (V8 CPU profiles) and prints their top self time;
// PEER_NODE_OPTIONS in the environment is passed to our runs as NODE_OPTIONS (to try V8 heap flags side by side).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { makeFeeds, serveFeeds } from "./peer/feeds.ts";
import { measure, openSink, sinkKind, type Usage } from "./peer/proc.ts";
import { topSelfTime } from "./peer/profile.ts";

const ROOT = resolve(import.meta.dirname, "..");
const R2E = "/usr/bin/r2e";

interface Row { label: string; role: string; usage: Usage; messages: number; mb: number | null; note: string }

const megabytes = (bytes: number | null) => (bytes === null ? null : bytes / 1e6);

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} wants a whole number, got ${process.argv[at + 1]}`);
  return value;
}

/** A minimal environment: nothing of this shell's SMTP, Redis or config settings leaks into a run. */
function baseEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: home, LANG: "C.UTF-8", TZ: "UTC" };
}

/** `npm run build` when dist/ is missing or older than src/ (bin/briefing.js would otherwise fall back to tsx). */
function ensureCompiled(): void {
  const newest = (dir: string): number => Math.max(0, ...readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
  const stamp = join(ROOT, "dist", ".built");
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newest(join(ROOT, "src"))) return;
  console.log("dist/ is older than src/: npm run build");
  const built = spawnSync(process.execPath, [join(ROOT, "bin", "build.js")], { cwd: ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("npm run build failed");
}

/** rss2email from a fresh config and state: `new`, `add` each feed, SMTP at the sink, then the measured `r2e run`. */
async function runRss2email(dir: string, urls: string[]): Promise<Row> {
  const home = join(dir, "r2e");
  mkdirSync(home);
  const config = join(home, "rss2email.cfg");
  const r2e = (...args: string[]) => ["-c", config, "-d", join(home, "rss2email.json"), ...args];
  const setup = (...args: string[]) => {
    const done = spawnSync(R2E, r2e(...args), { cwd: home, env: baseEnv(home), encoding: "utf8" });
    if (done.status !== 0) throw new Error(`r2e ${args.join(" ")} failed: ${done.stderr}`);
  };
  setup("new", "you@example.org");
  urls.forEach((url, i) => setup("add", `wire-${i + 1}`, url));
  const sink = await openSink();
  const port = new URL(sink.url).port;
  const settings = { "from": "feeds@example.org", "email-protocol": "smtp", "smtp-server": "127.0.0.1", "smtp-port": port,
    "smtp-auth": "False", "smtp-ssl": "False" };
  let text = readFileSync(config, "utf8");
  for (const [key, value] of Object.entries(settings)) text = text.replace(new RegExp(`^${key} = .*$`, "m"), `${key} = ${value}`);
  writeFileSync(config, text);
  const version = spawnSync(R2E, ["--version"], { encoding: "utf8" }).stdout.trim();
  const usage = await measure(R2E, r2e("run"), { cwd: home, env: baseEnv(home), logFile: join(home, "run.log") });
  const note = "one message per item, 1 recipient";
  const row = { label: `${version}: r2e run (first run)`, role: "", usage, messages: sink.messages(), mb: megabytes(sink.bytes()), note };
  await sink.close();
  return row;
}

/** Ours from a fresh state: the edition due now (its slot this minute, no earlier edition: the last 24 h), to `readers`. */
async function runOurs(dir: string, name: string, urls: string[], readers: number, role: string, profile: boolean): Promise<Row> {
  const home = join(dir, name);
  mkdirSync(home);
  const sources = urls.map((location, i) => ({ name: `Invented wire ${i + 1}`, location, format: "rss" }));
  writeFileSync(join(home, "digest.config.json"), JSON.stringify({ timezone: "UTC", skipEmpty: false, sources }, null, 2));
  const rows = Array.from({ length: readers }, (_, i) => `reader.${i + 1}@example.org,Reader ${i + 1},\n`);
  writeFileSync(join(home, "subscribers.csv"), `email,name,topics\n${rows.join("")}`);
  ensureCompiled();
  const sink = await openSink();
  const now = new Date();
  const env = {
    ...baseEnv(home), DIGEST_CONFIG: "digest.config.json", DIGEST_CRON: `${now.getUTCMinutes()} ${now.getUTCHours()} * * *`,
    SUBSCRIBERS_FILE: "subscribers.csv", STATE_DIR: "state", DIGESTS_DIR: "digests", OUTBOX_DIR: "outbox",
    ...(process.env.PEER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.PEER_NODE_OPTIONS } : {}), SMTP_URL: sink.url, MAIL_FROM: "Daily Briefing <briefing@example.org>", MAIL_SECRET: "peer-bench-secret-0123456789abcdef",
  };
  const node = profile ? ["--cpu-prof", "--cpu-prof-dir", join(home, "prof")] : [];
  const log = join(home, "run.log");
  const usage = await measure(process.execPath, [...node, join(ROOT, "bin", "briefing.js"), "digest"], { cwd: home, env, logFile: log });
  const built = /(\d+) stories from (\d+) entries/.exec(readFileSync(log, "utf8"));
  const whom = `${readers.toLocaleString("en")} reader${readers > 1 ? "s" : ""}`;
  const note = built ? `1 edition (${built[1]} stories from ${built[2]} entries) to ${whom}` : `see ${log}`;
  const row = { label: `ours: digest, ${whom}`, role, usage, messages: sink.messages(), mb: megabytes(sink.bytes()), note };
  await sink.close();
  return row;
}

function print(rows: Row[]): void {
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(40) : i === 7 ? c : c.padStart(8))).join(" "));
  line(["run", "wall s", "peak MB", "CPU s", "messages", "MB sent", "exit", "what"]);
  for (const { label, usage: u, messages, mb, note } of rows) {
    line([label, u.seconds.toFixed(2), u.peakMb.toFixed(0), u.cpuSeconds.toFixed(1), messages.toLocaleString("en"), mb?.toFixed(1) ?? "?", String(u.code), note]);
  }
  const peer = rows.find((r) => r.label.startsWith("rss2email"));
  if (!peer) return;
  console.log("ratios ours/rss2email (below 1: ours is faster or smaller):");
  for (const row of rows.filter((r) => r !== peer)) {
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    const { seconds, peakMb, cpuSeconds } = row.usage;
    const p = peer.usage;
    console.log(`  ${`${row.label} (${row.role})`.padEnd(58)} wall ${ratio(seconds, p.seconds)}  peak memory ${ratio(peakMb, p.peakMb)}  CPU ${ratio(cpuSeconds, p.cpuSeconds)}`);
  }
}

export async function benchPeer(): Promise<void> {
  const named = process.argv[1] === import.meta.filename || process.argv.slice(2).includes("peer");
  if (!named) return void console.log("skipped (minutes; needs rss2email): `npm run bench -- peer [--items 100]`");
  const items = option("--items", 1000);
  const feeds = option("--feeds", 10);
  const readers = option("--readers", feeds * items);
  const profile = process.argv.includes("--prof");
  const dir = mkdtempSync(join(tmpdir(), "bench-peer-"));
  const docs = makeFeeds(feeds, items, new Date());
  const site = await serveFeeds(docs);
  const rows: Row[] = [];
  try {
    const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
    console.log(`${feeds} RSS feeds × ${items.toLocaleString("en")} items (${mb.toFixed(1)} MB, pubDates in the last 23 h) ` +
      `served over HTTP on 127.0.0.1; each run mails into its own fresh sink (${sinkKind()}); load average ${loadavg()[0]!.toFixed(2)}`);
    console.log("rss2email's first run mails each item as its own message to its one recipient; ours builds one edition " +
      "from all the items and mails it to each subscriber: to 1 reader (the same audience), and to as many readers as " +
      "rss2email sends messages (the same message count)");
    if (profile) console.log("--prof: our runs carry V8's profiler, so their figures are somewhat high");
    if (existsSync(R2E)) rows.push(await runRss2email(dir, site.urls));
    else console.log("rss2email is not installed (apt-get install -y rss2email): running ours alone");
    rows.push(await runOurs(dir, "ours-audience", site.urls, 1, "same audience: the one reader", profile));
    const role = readers === feeds * items ? "same message count" : "--readers";
    rows.push(await runOurs(dir, "ours-count", site.urls, readers, role, profile));
    print(rows);
    if (profile) for (const name of ["ours-audience", "ours-count"]) printProfile(join(dir, name, "prof"));
  } finally {
    await site.close();
    if (profile || rows.some((r) => r.usage.code !== 0)) console.log(`logs and profiles kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The top self time of one run's main thread, and of its parse threads together. */
function printProfile(profDir: string): void {
  const files = readdirSync(profDir).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(profDir, f));
  // node names each profile CPU.<date>.<time>.<pid>.<thread id>.<n>.cpuprofile; thread 0 is the main thread.
  const main = files.filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  const threads = files.filter((f) => !main.includes(f));
  for (const [which, list, count] of [["main thread", main, 10], ["parse threads", threads, 5]] as const) {
    if (list.length === 0) continue;
    console.log(`CPU profile, ${which} (${profDir}), top self time:`);
    for (const line of topSelfTime(list, count, ROOT)) console.log(`  ${line}`);
  }
}

if (process.argv[1] === import.meta.filename) await benchPeer();

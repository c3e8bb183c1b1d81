// Delivery benchmark: sends the real 30-story edition (rendered from the render tests' fixed digest, personalised
// per reader) to a local smtp-server sink, puts Postfix's smtp-source on the same sink with messages of the same
// size when it is installed, and streams a large subscribers CSV. Prints, asserts nothing.
// Each measurement runs in its own child process so its peak RSS is the sender's alone (the sink stays here).
import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deliverEdition } from "../src/send/deliver.ts";
import { HashSet64 } from "../src/send/hash-set.ts";
import { readSubscribers } from "../src/send/subscribers.ts";
import type { Subscriber } from "../src/types.ts";
import { personalise, renderEmail, type EditionEmail } from "../src/render/email.ts";
import { loadTemplates } from "../src/render/templates.ts";
import { toView } from "../src/render/view.ts";
import { TEMPLATES_DIR } from "../src/paths.ts";
import { fixedDigest } from "../test/fixtures/render/edition.ts";
import { startSink } from "../test/helpers/smtp.ts";

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(import.meta.dirname, "..");
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const peakRssMb = () => mb(process.resourceUsage().maxRSS * 1024);

/** Runs every delivery measurement and prints one line each. */
export async function benchSend(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "bench-send-"));
  const sink = await startSink({ keepRaw: false });
  try {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const size = await editionBytes();
    const kb = `${(size / 1024).toFixed(0)} KB`;
    const runs: [string, number, string | null][] = [
      [`10,000 × the edition (${kb}), 5 connections`, 10_000, null],
      [`10,000 × the edition with DKIM (RSA-2048)`, 10_000, pem],
      [`outbox: 2,000 × the edition, .eml (fsync each)`, -2_000, null],
    ];
    const rates: number[] = [];
    for (const [label, count, dkim] of runs) {
      const before = sink.count();
      const out = await child(["send", count < 0 ? "-" : sink.url, join(dir, `state-${count}-${dkim ? 1 : 0}`), String(Math.abs(count))], dkim);
      rates.push(Number(/^\s*(\d+) msg\/s/.exec(out)?.[1] ?? NaN));
      console.log(`${label.padEnd(48)} ${out.trim()}  (sink got ${sink.count() - before})`);
    }
    const reference = await smtpSource(sink.port, size, 10_000);
    if (reference === null) console.log(`${"smtp-source -s 5 (same sink, same size)".padEnd(48)} not installed (apt-get install postfix): no reference`);
    else {
      console.log(`${"smtp-source -s 5 (same sink, same size)".padEnd(48)} ${reference.toFixed(0).padStart(5)} msg/s  (sink got ${sink.count()} in all)`);
      console.log(`${"ours / smtp-source".padEnd(48)} ${(rates[0]! / reference).toFixed(2)} without DKIM, ${(rates[1]! / reference).toFixed(2)} with DKIM`);
    }
    for (const rows of [10_000, 100_000, Number(process.env.BENCH_SEND_ROWS ?? 0)].filter((n) => n > 0)) {
      const csv = join(dir, `subscribers-${rows}.csv`);
      await writeCsv(csv, rows);
      console.log(`${`read ${rows.toLocaleString("en")} CSV rows`.padEnd(46)} ${(await child(["csv", csv])).trim()}`);
    }
  } finally {
    await sink.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function child(args: string[], stdin: string | null = null): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, ["--import", "tsx", SELF, ...args], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    proc.stdout.on("data", (d) => (out += d));
    proc.on("exit", (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`bench child ${args[0]} exited ${code}`))));
    proc.stdin.end(stdin ?? "");
  });
}

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write("email,name,topics\n");
  for (let i = 0; i < rows; i++) {
    const line = `reader.${i}@example${i % 97}.org,Reader ${i},${i % 4 === 0 ? "strikes;aid" : ""}\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** The edition every send run mails: the render tests' 30-story digest through the real templates. */
async function edition(): Promise<EditionEmail> {
  const view = toView(fixedDigest(), { subject: "Briefing — {{dateShort}}: {{storyCount}} stories", archiveUrl: "https://briefing.example.org/archive", readerTimezone: "Europe/Kyiv" });
  return renderEmail(view, await loadTemplates(TEMPLATES_DIR));
}

/** The size of one reader's message body (HTML + text), for smtp-source's `-l`. */
async function editionBytes(): Promise<number> {
  const out = await child(["size", "-"]);
  return Number(out.trim());
}

/** smtp-source's rate on the same sink with messages of `size` bytes (5 sessions), or null when it is not installed. */
async function smtpSource(port: number, size: number, count: number): Promise<number | null> {
  const started = performance.now();
  // spawned, not spawnSync: the sink answering it lives in this process's event loop
  const proc = spawn("smtp-source", ["-d", "-s", "5", "-l", String(size), "-m", String(count), "-f", "bench@example.org", "-t", "reader@example.org", `127.0.0.1:${port}`], { stdio: "ignore" });
  const ok = await new Promise<boolean>((done) => {
    proc.on("error", () => done(false));
    proc.on("exit", (code) => done(code === 0));
  });
  return ok ? count / ((performance.now() - started) / 1000) : null;
}

async function sendChild(url: string, stateDir: string, count: number): Promise<void> {
  const pem = (await readStdin()).trim();
  const email = await edition();
  async function* people(): AsyncGenerator<Subscriber> {
    for (let i = 0; i < count; i++) yield { email: `reader.${i}@example.org`, name: `Reader ${i}`, topics: [] };
  }
  const started = performance.now();
  const summary = await deliverEdition(people(), (r) => personalise(email, r), {
    editionId: "2025-11-06", smtpUrl: url === "-" ? null : url, from: "Briefing <briefing@example.org>", outboxDir: join(stateDir, "outbox"), stateDir,
    force: false, secret: "bench", unsubscribeMailto: "unsubscribe@example.org", unsubscribeUrl: "https://example.org/u",
    maxConnections: 5, maxMessages: 100, rateLimit: null,
    dkim: pem ? { domainName: "example.org", keySelector: "bench", privateKey: pem } : null,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  console.log(`${(summary.sent / seconds).toFixed(0).padStart(5)} msg/s  ${seconds.toFixed(1)} s  ${((cpu.user + cpu.system) / 1000 / summary.sent).toFixed(2)} CPU-ms/msg  peak RSS ${peakRssMb()} MB  sent ${summary.sent}/${count}`);
}

async function csvChild(path: string): Promise<void> {
  const samples: string[] = [];
  let rows = 0;
  let problems = 0;
  const started = performance.now();
  const step = 25_000;
  for await (const _ of readSubscribers(path, ["strikes", "aid", "diplomacy", "other"], () => problems++)) {
    if (++rows % step === 0) samples.push(mb(process.memoryUsage().rss));
  }
  const seconds = (performance.now() - started) / 1000;
  const table = new HashSet64(rows);
  console.log(`${(rows / seconds / 1000).toFixed(0)}k rows/s  RSS every ${step / 1000}k rows: ${samples.join(" ") || "-"} MB  peak RSS ${peakRssMb()} MB  dedupe table ${mb(table.bytes)} MB  problems ${problems}`);
}

if (process.argv[1] === SELF) {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === "send") await sendChild(args[0]!, args[1]!, Number(args[2]));
  else if (mode === "size") {
    const one = personalise(await edition(), { email: "reader@example.org", name: "Reader", topics: [], unsubscribeUrl: "https://example.org/u?u=x&t=y", unsubscribeMailto: "mailto:u@example.org" });
    console.log(Buffer.byteLength(one.html) + Buffer.byteLength(one.text));
  }
  else if (mode === "csv") await csvChild(args[0]!);
  else await benchSend();
}

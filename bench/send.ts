// Delivery benchmark: sends to a local smtp-server sink and streams a large subscribers CSV. Prints, asserts nothing.
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
import { composeFixture } from "../test/fixtures/send/compose.ts";
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
    const runs: [string, number, number, string | null][] = [
      ["10,000 × ~20 KB, 5 connections", 10_000, 20_000, null],
      ["2,000 × ~20 KB with DKIM (RSA-2048)", 2_000, 20_000, pem],
      ["2,000 × ~120 KB (a 30-story edition's size)", 2_000, 120_000, null],
      ["outbox: 2,000 × ~20 KB .eml files (fsync each)", -2_000, 20_000, null],
    ];
    for (const [label, count, size, dkim] of runs) {
      const before = sink.count();
      const out = await child(["send", count < 0 ? "-" : sink.url, join(dir, `state-${count}-${size}-${dkim ? 1 : 0}`), String(Math.abs(count)), String(size)], dkim);
      console.log(`${label.padEnd(46)} ${out.trim()}  (sink got ${sink.count() - before})`);
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

async function sendChild(url: string, stateDir: string, count: number, size: number): Promise<void> {
  const pem = (await readStdin()).trim();
  async function* people(): AsyncGenerator<Subscriber> {
    for (let i = 0; i < count; i++) yield { email: `reader.${i}@example.org`, name: `Reader ${i}`, topics: [] };
  }
  const started = performance.now();
  const summary = await deliverEdition(people(), (r) => composeFixture(r, size), {
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
  if (mode === "send") await sendChild(args[0]!, args[1]!, Number(args[2]), Number(args[3]));
  else if (mode === "csv") await csvChild(args[0]!);
  else await benchSend();
}

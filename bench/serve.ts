// `npm run bench -- serve`: 10,000 RFC 8058 one-click unsubscribes against `npm run serve` in its own process
// (as in production), 10 at a time: how many were lost, latency percentiles, and whether the store agrees.
// Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { countByStatus, openStore, upsertSubscriber } from "../src/subscribers/store.ts";
import { signedLink } from "../src/subscribers/tokens.ts";

const ROOT = resolve(import.meta.dirname, "..");

export async function benchServe(total = Number(process.env.BENCH_SERVE_N ?? 10_000), concurrency = Number(process.env.BENCH_SERVE_C ?? 10)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-serve-"));
  writeFileSync(join(dir, "digest.config.json"), JSON.stringify({ sources: [{ name: "Bench", location: "https://example.org/feed" }] }));
  const secret = "bench-serve-secret-0123456789";
  const emails = Array.from({ length: total }, (_, i) => `reader${i}@bench.example`);
  const seed = openStore(join(dir, ".state"));
  seed.db.transaction(() => {
    for (const email of emails) upsertSubscriber(seed, { email, name: null, topics: [] }, { status: "active", source: "bench", now: new Date() });
  })();
  seed.close();

  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli.ts"), "serve"], {
    cwd: dir, env: { PATH: process.env.PATH ?? "", MAIL_SECRET: secret, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((ready, fail) => {
    let err = "";
    server.stderr.on("data", (d: Buffer) => {
      err += d;
      if (/Serving on/.test(err)) ready();
    });
    server.on("exit", (code) => fail(new Error(`server exited ${code}: ${err}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const links = emails.map((e) => signedLink(`${base}/unsubscribe`, secret, "unsubscribe", e));
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < links.length) {
      const link = links[next++]!;
      const t0 = process.hrtime.bigint();
      try {
        const res = await fetch(link, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
        await res.text();
        if (res.status !== 200) failed++;
      } catch {
        failed++;
      }
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  const store = openStore(join(dir, ".state"));
  const counts = countByStatus(store);
  store.close();
  console.log(`one-click unsubscribes: ${total} sent, ${failed} failed, ${counts.unsubscribed} unsubscribed in the store (lost: ${total - counts.unsubscribed})`);
  console.log(`  ${(total / seconds).toFixed(0)} req/s, ${concurrency} at once, server in its own process; latency p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchServe();

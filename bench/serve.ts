// `npm run bench -- serve`: 10,000 RFC 8058 one-click unsubscribes against a local `npm run serve` (50 at once):
// how many were lost, latency percentiles, and whether the store agrees. Prints figures; asserts nothing.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../src/config/index.ts";
import { startServer } from "../src/serve/index.ts";
import { countByStatus, upsertSubscriber } from "../src/subscribers/store.ts";
import { signedLink } from "../src/subscribers/tokens.ts";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

export async function benchServe(total = Number(process.env.BENCH_SERVE_N ?? 10_000), concurrency = 50): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-serve-"));
  writeFileSync(join(dir, "digest.config.json"), JSON.stringify({ sources: [{ name: "Bench", location: "https://example.org/feed" }] }));
  const secret = "bench-serve-secret-0123456789";
  const serving = await startServer(loadConfig({ MAIL_SECRET: secret }, dir), { port: 0 });
  const emails = Array.from({ length: total }, (_, i) => `reader${i}@bench.example`);
  serving.store.db.transaction(() => {
    for (const email of emails) upsertSubscriber(serving.store, { email, name: null, topics: [] }, { status: "active", source: "bench", now: new Date() });
  })();
  const links = emails.map((e) => signedLink(`${serving.url}/unsubscribe`, secret, "unsubscribe", e));
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
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  const counts = countByStatus(serving.store);
  console.log(`one-click unsubscribes: ${total} sent, ${failed} failed, ${counts.unsubscribed} unsubscribed in the store (lost: ${total - counts.unsubscribed})`);
  console.log(`  ${(total / seconds).toFixed(0)} req/s with ${concurrency} at once; latency p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
  await serving.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchServe();

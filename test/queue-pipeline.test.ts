// The whole scale-out path as an operator runs it: `npm run digest` with REDIS_URL queues, `npm run worker` sends.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers/cli.ts";
import { startLocalRedis, type LocalRedis } from "./helpers/local-redis.ts";
import { startSink, type Sink } from "./helpers/smtp.ts";
import { FROM, SECRET, startWorkerProcess, waitFor } from "./queue-support.ts";

let redis: LocalRedis;
let sink: Sink;
beforeAll(async () => {
  redis = await startLocalRedis({ persistDir: tempDir("redis-aof-") });
  sink = await startSink();
});
afterAll(async () => {
  await sink?.close();
  await redis?.stop();
});

describe("npm run digest with REDIS_URL", () => {
  it("queues the edition instead of sending, workers deliver it once, status reports it, a rerun queues nothing", async () => {
    const cwd = tempDir();
    const list = join(cwd, "subscribers.csv");
    writeFileSync(list, "email,name,topics\nada@example.org,Ada,\nbo@example.org,,aid;diplomacy\ncy@example.org,Cy,strikes\n");
    const env = { REDIS_URL: redis.url, SMTP_URL: sink.url, SUBSCRIBERS_FILE: list, MAIL_SECRET: SECRET, MAIL_FROM: FROM, UNSUBSCRIBE_URL: "https://briefing.example.org/unsubscribe" };

    const run = await runCli(["digest"], { cwd, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/queued 3 for the workers/);
    expect(sink.count()).toBe(0); // the digest run itself sends nothing

    const worker = await startWorkerProcess(env);
    await waitFor(() => sink.count() >= 3, 60_000, "three messages");
    const status = await runCli(["status"], { cwd, env });
    expect(status.stdout).toMatch(/Last edition: 2025-11-06 \(queued/);
    expect(status.stdout).toMatch(/3 sent, 0 failed, 0 pending/);

    const again = await runCli(["digest"], { cwd, env });
    expect(again.stdout).toMatch(/queued 0 for the workers/);
    await new Promise((r) => setTimeout(r, 1500));
    await worker.stop();
    expect(["ada@example.org", "bo@example.org", "cy@example.org"].map((a) => sink.countFor(a))).toEqual([1, 1, 1]);
    const bo = sink.messages.find((m) => m.to.includes("bo@example.org"))!.raw.toString("utf8").replace(/\r?\n[ \t]+/g, " ");
    expect(bo).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    expect(bo).toMatch(/List-Unsubscribe: <mailto:unsubscribe@queue-test\.example\?subject=unsubscribe%20[\w-]+>,\s+<https:\/\/briefing\.example\.org\/unsubscribe\?/);
  }, 180_000);

  it("refuses to queue on a Redis that keeps nothing across a restart, naming the fix, unless the operator opts in", async () => {
    const volatile = await startLocalRedis();
    try {
      const cwd = tempDir();
      const list = join(cwd, "subscribers.csv");
      writeFileSync(list, "email\nada@example.org\n");
      const env = { REDIS_URL: volatile.url, SMTP_URL: sink.url, SUBSCRIBERS_FILE: list, MAIL_SECRET: SECRET, MAIL_FROM: FROM };
      const refused = await runCli(["digest"], { cwd, env });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/keeps nothing across a restart.*appendonly yes.*REDIS_ALLOW_VOLATILE=1/);
      const allowed = await runCli(["digest"], { cwd, env: { ...env, REDIS_ALLOW_VOLATILE: "1" } });
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toMatch(/queued 1 for the workers/);
    } finally {
      await volatile.stop();
    }
  }, 120_000);
});

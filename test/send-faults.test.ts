// A misbehaving SMTP server: every good recipient still gets exactly one message; the 550 one is recorded.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliverEdition, type DeliveryOptions } from "../src/send/deliver.ts";
import { editionStatus } from "../src/send/ledger.ts";
import type { Subscriber } from "../src/types.ts";
import { composeFixture } from "./fixtures/send/compose.ts";
import { startSink, type Sink, type SinkFaults } from "./helpers/smtp.ts";

const people = (n: number): Subscriber[] => Array.from({ length: n }, (_, i) => ({ email: `r${i}@example.org`, name: `Reader ${i}`, topics: [] }));
async function* list(items: Subscriber[]): AsyncGenerator<Subscriber> {
  yield* items;
}

let dir: string;
const sinks: Sink[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "send-faults-"));
});
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

async function sinkWith(faults: SinkFaults): Promise<Sink> {
  const sink = await startSink({ faults });
  sinks.push(sink);
  return sink;
}

function options(smtpUrl: string, extra: Partial<DeliveryOptions> = {}): DeliveryOptions {
  return {
    editionId: "2025-11-06", smtpUrl, from: "Briefing <briefing@example.org>", outboxDir: join(dir, "outbox"),
    stateDir: join(dir, "state"), force: false, secret: "s", unsubscribeMailto: "unsubscribe@example.org",
    unsubscribeUrl: null, maxConnections: 3, maxMessages: 5, rateLimit: null,
    retry: { attempts: 5, baseDelayMs: 5, maxDelayMs: 40 }, ...extra,
  };
}

describe("deliverEdition against a faulty server", () => {
  it("survives 421 on connect, 451 on RCPT, a 550, drops mid-DATA and a slow server", async () => {
    const all = people(60);
    const sink = await sinkWith({
      rejectConnections: 2,
      tempFailRcpt: { "r3@example.org": 2, "r17@example.org": 1, "r40@example.org": 3 },
      rejectRcpt: ["r7@example.org"],
      dropMidData: { "r11@example.org": 1, "r25@example.org": 2 },
      delayMs: 15,
    });
    const events: string[] = [];
    const summary = await deliverEdition(list(all), (r) => composeFixture(r), options(sink.url, { log: (e) => events.push(e) }));
    expect(summary).toMatchObject({ total: 60, sent: 59, failedPermanent: 1, failedTransient: 0, complete: true });
    expect(summary.failures).toEqual([{ email: "r7@example.org", reason: expect.stringMatching(/^550 5\.1\.1 No such user/), permanent: true }]);
    for (const p of all) expect(sink.countFor(p.email)).toBe(p.email === "r7@example.org" ? 0 : 1);
    expect(events.filter((e) => e === "send.retry").length).toBeGreaterThanOrEqual(9);
    // the 550 is in the ledger with the server's reply, and is not retried by the next run
    const journal = await readFile(join(dir, "state", "ledger", "2025-11-06.smtp.jsonl"), "utf8");
    expect(journal).toMatch(/"t":"fail","g":0,"e":"r7@example.org","at":"[^"]+","p":true,"r":"550 5\.1\.1 No such user here"/);
    const rerun = await deliverEdition(list(all), (r) => composeFixture(r), options(sink.url));
    expect(rerun).toMatchObject({ sent: 0, skipped: 59, failedPermanent: 1 });
    expect(sink.countFor("r7@example.org")).toBe(0);
    expect(await editionStatus(join(dir, "state"), "2025-11-06")).toMatchObject({ sent: 59, failed: 1, pending: 0 });
  });

  it("a connection dropped after the message was taken (the ambiguous window) re-sends the same Message-ID", async () => {
    const all = people(5);
    const sink = await sinkWith({ dropAfterData: { "r2@example.org": 1 } });
    const summary = await deliverEdition(list(all), (r) => composeFixture(r), options(sink.url));
    expect(summary).toMatchObject({ sent: 5, failedTransient: 0 });
    const copies = sink.messages.filter((m) => m.to[0] === "r2@example.org");
    expect(copies).toHaveLength(2); // at-least-once: the server kept the first copy but never said 250
    expect(copies[0]!.messageId).toBe(copies[1]!.messageId);
  });

  it("gives up on a recipient after the bounded retries, records it as transient, and the next run retries it", async () => {
    const all = people(6);
    const sink = await sinkWith({ tempFailRcpt: { "r4@example.org": 3 } });
    const first = await deliverEdition(list(all), (r) => composeFixture(r), options(sink.url, { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 } }));
    expect(first).toMatchObject({ sent: 5, failedTransient: 1, failures: [{ email: "r4@example.org", permanent: false, reason: expect.stringContaining("451") }] });
    const second = await deliverEdition(list(all), (r) => composeFixture(r), options(sink.url));
    expect(second).toMatchObject({ sent: 1, skipped: 5, failedTransient: 0 });
    expect(sink.countFor("r4@example.org")).toBe(1);
  });

  it("stops early when the server is unreachable instead of retrying every recipient, and says why", async () => {
    const sink = await sinkWith({});
    const url = sink.url;
    await sink.close();
    sinks.length = 0;
    const summary = await deliverEdition(list(people(200)), (r) => composeFixture(r), options(url, { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }));
    expect(summary.complete).toBe(false);
    expect(summary.stoppedBecause).toMatch(/kept failing.*ECONNREFUSED|kept failing/);
    expect(summary.sent).toBe(0);
    expect(summary.total).toBeLessThan(200);
    expect(summary.failedTransient).toBe(summary.total);
  });

  it("paces sends to the rate limit without losing anyone", async () => {
    const sink = await sinkWith({});
    const summary = await deliverEdition(list(people(10)), (r) => composeFixture(r), options(sink.url, { rateLimit: 200 }));
    expect(summary).toMatchObject({ sent: 10, complete: true });
  });
});

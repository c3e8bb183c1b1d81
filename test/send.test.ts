// deliverEdition against a real smtp-server on 127.0.0.1, every message read back with mailparser.
import { generateKeyPairSync, createHash, verify } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliverEdition, type DeliveryOptions } from "../src/send/deliver.ts";
import { editionStatus } from "../src/send/ledger.ts";
import DKIM from "nodemailer/lib/dkim";
import { DKIM_HEADERS, messageIdFor, verifyUnsubscribe } from "../src/send/message.ts";
import { outboxFileName } from "../src/send/transport.ts";
import type { Subscriber } from "../src/types.ts";
import { composeFixture } from "./fixtures/send/compose.ts";
import { startSink, type Sink } from "./helpers/smtp.ts";

const PEOPLE: Subscriber[] = [
  { email: "ana@example.org", name: "Ana Kovač", topics: ["strikes"] },
  { email: "bob@example.org", name: null, topics: [] },
  { email: "Cleo@Example.net", name: "Cleo, Jr.", topics: ["diplomacy", "aid"] },
];
const FIXED = new Date("2025-11-06T07:00:00Z");

async function* list(people: Subscriber[]): AsyncGenerator<Subscriber> {
  for (const p of people) yield p;
}

let dir: string;
let sink: Sink;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "send-"));
  sink = await startSink();
});
afterEach(async () => {
  await sink.close();
  await rm(dir, { recursive: true, force: true });
});

function options(extra: Partial<DeliveryOptions> = {}): DeliveryOptions {
  return {
    editionId: "2025-11-06",
    smtpUrl: sink.url,
    from: "Morning Briefing <briefing@example.org>",
    outboxDir: join(dir, "outbox"),
    stateDir: join(dir, "state"),
    force: false,
    secret: "test-secret",
    unsubscribeMailto: "unsubscribe@example.org",
    unsubscribeUrl: "https://example.org/unsubscribe",
    maxConnections: 2,
    maxMessages: 100,
    rateLimit: null,
    retry: { attempts: 4, baseDelayMs: 10, maxDelayMs: 50 },
    now: () => FIXED,
    ...extra,
  };
}

const rawHeader = (raw: Buffer, name: string) =>
  new RegExp(`^${name}:((?:.*)(?:\\r\\n[ \\t].*)*)`, "im").exec(raw.toString("latin1").split("\r\n\r\n")[0]!)?.[1]?.replace(/\r\n[ \t]+/g, " ").trim();

describe("deliverEdition over SMTP", () => {
  it("sends one multipart message per subscriber with the list headers, a stable Message-ID and their own fields", async () => {
    const summary = await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options());
    expect(summary).toMatchObject({ total: 3, sent: 3, skipped: 0, failedPermanent: 0, failedTransient: 0, complete: true });
    expect(sink.messages).toHaveLength(3);
    for (const person of PEOPLE) {
      const got = sink.messages.filter((m) => m.to[0]!.toLowerCase() === person.email.toLowerCase());
      expect(got).toHaveLength(1);
      const raw = got[0]!.raw;
      const mail = await simpleParser(raw);
      expect(got[0]!.from).toBe("briefing@example.org");
      expect((mail.to as AddressObject).value[0]!.address!.toLowerCase()).toBe(person.email.toLowerCase());
      expect((mail.to as AddressObject).value[0]!.name).toBe(person.name ?? "");
      expect(mail.subject).toBe("Morning briefing: 2 stories");
      expect(mail.messageId).toBe(messageIdFor("test-secret", "2025-11-06", person.email, "example.org"));
      expect(mail.date?.toISOString()).toBe(FIXED.toISOString());
      expect(mail.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
      expect(mail.text).toContain(`Good morning, ${person.name ?? "reader"}.`);
      expect(mail.html).toContain(`Good morning, ${(person.name ?? "reader")}.`);
      expect(mail.html).toContain("prisoner exchange");
      // List-* headers: read raw (mailparser folds them into one `list` header).
      expect(rawHeader(raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      const unsubscribe = rawHeader(raw, "List-Unsubscribe")!;
      const [mailto, https] = unsubscribe.split(/,\s*/);
      expect(mailto).toMatch(/^<mailto:unsubscribe@example\.org\?subject=unsubscribe%20[\w-]{32}>$/);
      const link = new URL(https!.slice(1, -1));
      expect(link.origin + link.pathname).toBe("https://example.org/unsubscribe");
      expect(verifyUnsubscribe("test-secret", link.searchParams.get("u")!, link.searchParams.get("t")!)).toBe(person.email.toLowerCase());
      expect(verifyUnsubscribe("other-secret", link.searchParams.get("u")!, link.searchParams.get("t")!)).toBeNull();
      expect(mail.html).toContain(link.search.replaceAll("&", "&#38;"));
    }
    const ids = new Set(sink.messages.map((m) => m.messageId));
    expect(ids.size).toBe(3);
  });

  it("a rerun sends nothing again; --force re-sends to all with the same Message-IDs", async () => {
    await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options());
    const again = await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options());
    expect(again).toMatchObject({ total: 3, sent: 0, skipped: 3, complete: true });
    expect(sink.messages).toHaveLength(3);
    const firstIds = sink.messages.map((m) => m.messageId).sort();
    const forced = await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options({ force: true }));
    expect(forced).toMatchObject({ sent: 3, skipped: 0 });
    expect(sink.messages.slice(3).map((m) => m.messageId).sort()).toEqual(firstIds);
    // after the forced run, a plain rerun again skips everyone (the forced generation is complete)
    expect(await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options())).toMatchObject({ sent: 0, skipped: 3 });
    expect(await editionStatus(join(dir, "state"), "2025-11-06")).toMatchObject({ sent: 3, failed: 0, pending: 0, finished: true, channel: "smtp" });
  });

  it("a new subscriber added after the send gets the edition on the rerun; one address listed twice gets one message", async () => {
    await deliverEdition(list(PEOPLE.slice(0, 2)), (r) => composeFixture(r), options());
    const more = [...PEOPLE, { email: "ANA@example.org", name: "dup", topics: [] }];
    const summary = await deliverEdition(list(more), (r) => composeFixture(r), options());
    expect(summary).toMatchObject({ total: 3, sent: 1, skipped: 2 });
    expect(sink.countFor("cleo@example.net")).toBe(1);
    expect(sink.countFor("ana@example.org")).toBe(1);
  });

  it("writes the outbox byte for byte as SMTP receives it, under deterministic names, and a rerun duplicates nothing", async () => {
    await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options());
    const outbox = join(dir, "outbox");
    const summary = await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options({ smtpUrl: null }));
    expect(summary).toMatchObject({ sent: 3, complete: true });
    const files = (await readdir(join(outbox, "2025-11-06"))).sort();
    expect(files).toEqual(PEOPLE.map((p) => outboxFileName(p.email)).sort());
    for (const person of PEOPLE) {
      const eml = await readFile(join(outbox, "2025-11-06", outboxFileName(person.email)));
      const smtp = sink.messages.find((m) => m.to[0]!.toLowerCase() === person.email.toLowerCase())!.raw;
      expect(eml.equals(smtp)).toBe(true);
    }
    await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options({ smtpUrl: null, force: true }));
    expect(await readdir(join(outbox, "2025-11-06"))).toHaveLength(3);
  });

  it("signs with DKIM, covering List-Unsubscribe and List-Unsubscribe-Post, and the signature verifies", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    await deliverEdition(list(PEOPLE.slice(0, 1)), (r) => composeFixture(r), options({ dkim: { domainName: "example.org", keySelector: "brief", privateKey: pem } }));
    const raw = sink.messages[0]!.raw;
    const tags = parseTags(rawHeader(raw, "DKIM-Signature")!);
    expect(tags.d).toBe("example.org");
    expect(tags.s).toBe("brief");
    expect(tags.h!.toLowerCase().split(":")).toEqual(expect.arrayContaining(["list-unsubscribe", "list-unsubscribe-post", "from", "message-id"]));
    expect(verifyDkim(raw, publicKey)).toBe(true);
    const tampered = Buffer.from(raw.toString("latin1").replace("List-Unsubscribe=One-Click", "List-Unsubscribe=Two-Click"), "latin1");
    expect(verifyDkim(tampered, publicKey)).toBe(false);
    const bodyTampered = Buffer.from(raw.toString("latin1").replace("prisoner exchange", "prisoner exchanges"), "latin1");
    expect(verifyDkim(bodyTampered, publicKey)).toBe(false);
    // the verifier itself is checked against nodemailer's independent signer on the same unsigned message
    const unsigned = raw.subarray(raw.indexOf("From:"));
    const chunks: Buffer[] = [];
    const theirs = new DKIM({ domainName: "example.org", keySelector: "brief", privateKey: pem, headerFieldNames: DKIM_HEADERS });
    for await (const chunk of theirs.sign(unsigned)) chunks.push(chunk as Buffer);
    expect(verifyDkim(Buffer.concat(chunks), publicKey)).toBe(true);
  });

  it("a second run of the same edition while one is sending fails with ELOCK and sends nothing", async () => {
    const slow = await startSink({ faults: { delayMs: 150 } });
    try {
      const first = deliverEdition(list(PEOPLE), (r) => composeFixture(r), options({ smtpUrl: slow.url, maxConnections: 1 }));
      // wait until the first run holds the lock (not a fixed sleep: under load it may not have started yet)
      const held = join(dir, "state", "locks", "edition-2025-11-06.lock");
      while (!existsSync(held)) await new Promise((r) => setTimeout(r, 5));
      await expect(deliverEdition(list(PEOPLE), (r) => composeFixture(r), options({ smtpUrl: slow.url }))).rejects.toMatchObject({ code: "ELOCK", message: expect.stringContaining(`pid ${process.pid}`) });
      expect(await first).toMatchObject({ sent: 3 });
      expect(slow.count()).toBe(3);
    } finally {
      await slow.close();
    }
  });

  it("on abort stops taking recipients, finishes those in flight, records them, and the rerun sends the rest", async () => {
    const slow = await startSink({ faults: { delayMs: 40 } });
    try {
      const many = Array.from({ length: 40 }, (_, i) => ({ email: `reader${i}@example.org`, name: null, topics: [] }));
      const controller = new AbortController();
      const run = deliverEdition(list(many), (r) => composeFixture(r), options({ smtpUrl: slow.url, maxConnections: 1, signal: controller.signal }));
      while (slow.count() < 5) await new Promise((r) => setTimeout(r, 5));
      controller.abort();
      const partial = await run;
      expect(partial.complete).toBe(false);
      expect(partial.stoppedBecause).toBe("aborted");
      expect(partial.sent).toBe(slow.count());
      expect(partial.sent).toBeLessThan(40);
      const rest = await deliverEdition(list(many), (r) => composeFixture(r), options({ smtpUrl: slow.url }));
      expect(rest).toMatchObject({ sent: 40 - partial.sent, skipped: partial.sent, complete: true });
      for (const m of many) expect(slow.countFor(m.email)).toBe(1);
    } finally {
      await slow.close();
    }
  });

  it("a subscribers file that cannot be read fails the run clearly, records nothing as sent and frees the lock", async () => {
    const { writeFile } = await import("node:fs/promises");
    const { readSubscribers } = await import("../src/send/subscribers.ts");
    const bad = join(dir, "bad.csv");
    await writeFile(bad, "address\na@example.org\n");
    await expect(deliverEdition(readSubscribers(bad, [], () => undefined), (r) => composeFixture(r), options())).rejects.toMatchObject({ code: "ECONFIG" });
    expect(sink.count()).toBe(0);
    expect(await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options())).toMatchObject({ sent: 3 });
  });

  it("an invalid address from any source is refused before it reaches a header", async () => {
    const summary = await deliverEdition(list([...PEOPLE, { email: "x@example.org\r\nBcc: all@example.org", name: null, topics: [] }]), (r) => composeFixture(r), options());
    expect(summary).toMatchObject({ sent: 3, failedPermanent: 1, failures: [{ permanent: true, reason: "not a valid address; not sent" }] });
    expect(sink.messages.every((m) => !m.raw.toString().includes("Bcc:"))).toBe(true);
  });

  it("a compose error fails only that recipient, as retryable on the next run", async () => {
    const summary = await deliverEdition(list(PEOPLE), (r) => {
      if (r.email === "bob@example.org") throw new Error("template exploded");
      return composeFixture(r);
    }, options());
    expect(summary).toMatchObject({ sent: 2, failedTransient: 1, failures: [{ email: "bob@example.org", permanent: false, reason: expect.stringContaining("template exploded") }] });
    expect(await deliverEdition(list(PEOPLE), (r) => composeFixture(r), options())).toMatchObject({ sent: 1, skipped: 2 });
  });
});

function parseTags(value: string): Record<string, string> {
  return Object.fromEntries(value.split(";").map((p) => p.trim()).filter(Boolean).map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1).replace(/\s+/g, "")]));
}

/** A small independent DKIM verifier (relaxed/relaxed, rsa-sha256), enough to check our own signatures. */
function verifyDkim(raw: Buffer, publicKey: import("node:crypto").KeyObject): boolean {
  const text = raw.toString("latin1");
  const split = text.indexOf("\r\n\r\n");
  const headerLines = text.slice(0, split).split(/\r\n(?![ \t])/);
  const body = text.slice(split + 4);
  const relaxedHeader = (line: string) => {
    const i = line.indexOf(":");
    return `${line.slice(0, i).toLowerCase().trim()}:${line.slice(i + 1).replace(/\r\n/g, "").replace(/[ \t]+/g, " ").trim()}`;
  };
  const sigLine = headerLines.find((l) => /^dkim-signature:/i.test(l))!;
  const tags = parseTags(sigLine.slice(sigLine.indexOf(":") + 1).replace(/\r\n/g, ""));
  let canonBody = body.split("\r\n").map((l) => l.replace(/[ \t]+/g, " ").replace(/ $/, "")).join("\r\n").replace(/(\r\n)*$/, "");
  canonBody = canonBody ? `${canonBody}\r\n` : "";
  if (createHash("sha256").update(canonBody, "latin1").digest("base64") !== tags.bh) return false;
  const used = new Map<string, number>();
  const signed = tags.h!.split(":").map((name) => {
    const all = headerLines.filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
    const n = (used.get(name.toLowerCase()) ?? 0) + 1;
    used.set(name.toLowerCase(), n);
    const line = all[all.length - n];
    return line === undefined ? "" : `${relaxedHeader(line)}\r\n`;
  });
  const sigNoB = relaxedHeader(sigLine).replace(/([;:]\s*b=)[^;]*/, "$1");
  return verify("RSA-SHA256", Buffer.from(signed.join("") + sigNoB, "latin1"), publicKey, Buffer.from(tags.b!, "base64"));
}

// The sender's small parts: MIME writer, addresses, tokens, TLS policy, error classes, pacing, backoff, progress.
import { mkdtemp, rm } from "node:fs/promises";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { deliverEdition } from "../src/send/deliver.ts";
import { jobIdFor, recipientHash } from "../src/queue/keys.ts";
import { messageIdFor, recipientFor, unsubscribeToken, verifyUnsubscribe } from "../src/send/message.ts";
import { buildMime, formatAddress, formatDate } from "../src/send/mime.ts";
import { createProgress, formatProgress } from "../src/send/progress.ts";
import { backoffDelay, createRateLimiter } from "../src/send/rate.ts";
import { classifyError, outboxFileName, smtpOptions } from "../src/send/transport.ts";
import { isLoopback } from "../src/host.ts";
import { startSink } from "./helpers/smtp.ts";

describe("buildMime", () => {
  it("round-trips non-ASCII names, subject and bodies, long lines and CRLF through mailparser", async () => {
    const text = "Привіт, Ана — today:\n" + "word ".repeat(300) + "\ntrailing space \nend";
    const raw = buildMime({
      from: { name: "Ранковий брифінг", address: "b@example.org" }, to: { name: 'Eve "the reader"', address: "e@example.org" },
      subject: "Брифінг — 6 листопада: 12 stories, a long subject that must be folded across several header lines",
      messageId: "<id@example.org>", date: new Date("2025-11-06T07:00:00Z"), headers: [["X-Test", "1"]], boundary: "b1", text, html: "<p>Ок — “quotes”</p>",
    });
    const s = raw.toString("latin1");
    expect(s.split("\r\n").every((line) => line.length <= 998)).toBe(true);
    expect(s.replace(/\r\n/g, "")).not.toMatch(/\n|\r/); // CRLF only
    const mail = await simpleParser(raw);
    expect(mail.text).toBe(text);
    expect(mail.html).toBe("<p>Ок — “quotes”</p>");
    expect(mail.subject).toBe("Брифінг — 6 листопада: 12 stories, a long subject that must be folded across several header lines");
    expect(mail.from?.value[0]).toEqual({ name: "Ранковий брифінг", address: "b@example.org" });
    expect(mail.headers.get("x-test")).toBe("1");
    expect(mail.date?.toISOString()).toBe("2025-11-06T07:00:00.000Z");
  });

  it("encodes quoted-printable line by line: readers sharing lines each decode to their own text, lines ≤ 76", async () => {
    const shared = "Ранковий брифінг — " + "слово ".repeat(30);
    const texts = [`${shared}\nHello Ana,\n${"x".repeat(75)}\n${shared}`, `Hello Bo,\n${shared}\n\n${"y".repeat(76)} é\n`, `${shared}\ntrailing space \n`];
    for (const text of texts) {
      const raw = buildMime({ from: { name: null, address: "b@example.org" }, to: { name: null, address: "e@example.org" }, subject: "s", messageId: "<q@b>", date: new Date(0), headers: [], boundary: "q", text, html: "<p>x</p>" });
      const body = raw.toString("latin1").split("quoted-printable\r\n\r\n")[1]!.split("\r\n--")[0]!;
      expect(body.split("\r\n").every((line) => line.length <= 76)).toBe(true);
      expect((await simpleParser(raw)).text).toBe(text);
    }
  });

  it("keeps ASCII bodies with short lines as 7bit, and is deterministic", () => {
    const m = { from: { name: null, address: "b@example.org" }, to: { name: null, address: "e@example.org" }, subject: "s", messageId: "<a@b>", date: new Date(0), headers: [] as [string, string][], boundary: "x", text: "a\nb", html: "<p>a</p>" };
    expect(buildMime(m).toString()).toContain("Content-Transfer-Encoding: 7bit\r\n\r\na\r\nb\r\n");
    expect(buildMime(m).equals(buildMime(m))).toBe(true);
  });

  it.each([
    [{ name: null, address: "a@example.org" }, "a@example.org"],
    [{ name: "Ana Kovac", address: "a@example.org" }, "Ana Kovac <a@example.org>"],
    [{ name: "Kovac, Ana", address: "a@example.org" }, '"Kovac, Ana" <a@example.org>'],
    [{ name: "Ana\r\nBcc: x@y.z", address: "a@example.org" }, '"Ana Bcc: x@y.z" <a@example.org>'],
  ])("formatAddress(%j) → %s", (address, expected) => {
    expect(formatAddress(address)).toBe(expected);
  });

  it("formats dates as RFC 5322 UTC", () => {
    expect(formatDate(new Date("2025-11-06T07:00:00Z"))).toBe("Thu, 06 Nov 2025 07:00:00 +0000");
  });
});

describe("unsubscribe links", () => {
  const settings = { editionId: "2025-11-06", from: "B <b@example.org>", secret: "k", unsubscribeMailto: "unsubscribe@example.org", unsubscribeUrl: "https://example.org/u?list=daily" };
  it("carry a per-address token that verifies only with the secret and only for that address", () => {
    const r = recipientFor({ email: "Ana@Example.org", name: null, topics: ["aid"] }, settings);
    const url = new URL(r.unsubscribeUrl!);
    expect(url.searchParams.get("list")).toBe("daily");
    expect(verifyUnsubscribe("k", url.searchParams.get("u")!, url.searchParams.get("t")!)).toBe("ana@example.org");
    expect(verifyUnsubscribe("k", Buffer.from("bob@example.org").toString("base64url"), url.searchParams.get("t")!)).toBeNull();
    expect(r.unsubscribeMailto).toBe(`mailto:unsubscribe@example.org?subject=unsubscribe%20${unsubscribeToken("k", "ana@example.org")}`);
    expect(r.topics).toEqual(["aid"]);
    expect(recipientFor({ email: "a@example.org", name: null, topics: [] }, { ...settings, unsubscribeUrl: null }).unsubscribeUrl).toBeNull();
  });
});

describe("transport policy", () => {
  it.each([["127.0.0.1", true], ["127.8.9.10", true], ["localhost", true], ["[::1]", true], ["10.0.0.1", false], ["smtp.example.org", false], ["127.0.0.1.example.org", false]])(
    "isLoopback(%s) → %s", (host, expected) => expect(isLoopback(host)).toBe(expected));

  it("requires STARTTLS off loopback, verifies certificates there, and decodes credentials", () => {
    const remote = smtpOptions("smtp://us%40er:p%40ss@smtp.example.org:587", { maxConnections: 3, maxMessages: 50 });
    expect(remote).toMatchObject({ host: "smtp.example.org", port: 587, secure: false, requireTLS: true, tls: { rejectUnauthorized: true }, auth: { user: "us@er", pass: "p@ss" }, maxConnections: 3, maxMessages: 50, pool: true });
    expect(smtpOptions("smtps://smtp.example.org", { maxConnections: 1, maxMessages: 1 })).toMatchObject({ port: 465, secure: true, requireTLS: false });
    expect(smtpOptions("smtp://127.0.0.1:2525", { maxConnections: 1, maxMessages: 1 })).toMatchObject({ requireTLS: false, tls: { rejectUnauthorized: false } });
  });

  const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal)?.address;
  it.skipIf(!external)("refuses to send in clear text to a non-loopback server without STARTTLS, and stops the run", async () => {
    const sink = await startSink({ host: external! });
    const dir = await mkdtemp(join(tmpdir(), "tls-"));
    try {
      async function* one() { yield { email: "a@example.org", name: null, topics: [] }; }
      await expect(deliverEdition(one(), () => ({ subject: "s", text: "t", html: "<p>h</p>" }), {
        editionId: "e", smtpUrl: sink.url, from: "b@example.org", outboxDir: dir, stateDir: dir, force: false, secret: "k",
        unsubscribeMailto: "u@example.org", unsubscribeUrl: null, maxConnections: 1, maxMessages: 1, rateLimit: null,
      })).rejects.toMatchObject({ code: "ESEND", message: expect.stringMatching(/STARTTLS|TLS/i) });
      expect(sink.count()).toBe(0);
    } finally {
      await sink.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 User unknown", permanent: true }, { permanent: true, fatal: false, connection: false, reason: "550 5.1.1 User unknown" }],
    [{ code: "EENVELOPE", responseCode: 450, response: "450 4.2.0 Mailbox busy", permanent: false }, { permanent: false, fatal: false, connection: false }],
    [{ code: "EENVELOPE", responseCode: 421, response: "421 4.3.2 busy" }, { permanent: false, connection: true }],
    [{ code: "ECONNECTION", message: "Connection closed unexpectedly" }, { permanent: false, connection: true, reason: "ECONNECTION: Connection closed unexpectedly" }],
    [{ code: "EMESSAGE", responseCode: 554, response: "554 5.7.1 Rejected" }, { permanent: true }],
    [{ code: "EMESSAGE", responseCode: 503, response: "503 bad sequence" }, { permanent: false }],
    [{ code: "EAUTH", responseCode: 535, response: "535 auth failed" }, { fatal: true }],
  ])("classifyError(%j)", (error, expected) => {
    expect(classifyError(error)).toMatchObject(expected);
  });

  it("outbox file names are readable, deterministic and distinct", () => {
    expect(outboxFileName("Ana@Example.org")).toBe("ana@example.org.eml");
    expect(outboxFileName("o'neil@example.org")).toMatch(/^o_neil@example\.org-[0-9a-f]{8}\.eml$/);
    expect(outboxFileName("o'neil@example.org")).not.toBe(outboxFileName("o_neil@example.org"));
    expect(outboxFileName(".x@example.org")).toMatch(/^_x@example\.org-[0-9a-f]{8}\.eml$/);
  });
});

describe("pacing and retries", () => {
  it("the rate limiter spaces calls 1/rate apart without bursts", async () => {
    let now = 1000;
    const waits: number[] = [];
    const limiter = createRateLimiter(50, () => now, async (ms) => { waits.push(ms); now += ms; });
    for (let i = 0; i < 5; i++) await limiter.take();
    expect(waits).toEqual([20, 20, 20, 20]);
    now += 500; // idle time does not bank a burst beyond one immediate send
    await limiter.take();
    await limiter.take();
    expect(waits).toEqual([20, 20, 20, 20, 20]);
  });

  it("backoff doubles, is capped and jittered within ±25 %", () => {
    const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 0.5))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(2, policy, () => 0)).toBe(150);
    expect(backoffDelay(2, policy, () => 0.999)).toBeLessThanOrEqual(250);
  });
});

describe("progress", () => {
  it("formats a bar with counts, rate and ETA; without a total it shows what is done", () => {
    expect(formatProgress({ sent: 1000, skipped: 200, failed: 3, total: 5000 }, 2000, 10)).toBe("[##--------] 1203/5000 24% 500 msg/s ETA 8s, 3 failed, 200 skipped");
    expect(formatProgress({ sent: 5, skipped: 0, failed: 0, total: null }, 1000)).toBe("5/? 5.0 msg/s");
  });

  it("redraws in place on a TTY and prints plain periodic lines otherwise", () => {
    let clock = 0;
    const plain = new PassThrough();
    const p = createProgress(plain, "send e", { intervalMs: 1000, now: () => clock });
    for (clock = 0; clock <= 3000; clock += 250) p.update({ sent: clock / 10, skipped: 0, failed: 0, total: 300 });
    p.finish({ sent: 300, skipped: 0, failed: 0, total: 300 });
    const lines = plain.read().toString().split("\n").filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/^send e: \[#+\] 300\/300 100% /);
    expect(lines.join("")).not.toContain("\r");

    const tty = Object.assign(new PassThrough(), { isTTY: true });
    clock = 0;
    const t = createProgress(tty, "send e", { now: () => clock });
    clock = 150;
    t.update({ sent: 1, skipped: 0, failed: 0, total: 2 });
    t.finish({ sent: 2, skipped: 0, failed: 0, total: 2 });
    const out = tty.read().toString();
    expect(out.startsWith("\rsend e: [")).toBe(true);
    expect(out.endsWith("\u001b[K\n")).toBe(true);
  });
});

describe("recipient keys", () => {
  it("are case-insensitive and stay exactly as existing ledgers, outboxes, Message-IDs and queues have them", () => {
    for (const email of ["Ana@Example.org", "ana@example.org"]) {
      expect(messageIdFor("s3cret", "2025-11-06", email, "example.org")).toBe("<2025-11-06.Pqxqi8UQ_nFwdji8lCZbgR2auxaek30q@example.org>");
      expect(unsubscribeToken("s3cret", email)).toBe("MTfOkCcFzZWzr9lBubWelEPoDJ3OHEGZ");
      expect(jobIdFor("2025-11-06", 0, email)).toBe("2025-11-06.0.hrkmChFc6sialzivI2ls");
      expect(recipientHash(` ${email} `)).toBe("hrkmChFc6sialzivI2ls");
    }
    expect(outboxFileName("O'Neil@Example.org")).toBe("o_neil@example.org-26d271dc.eml");
  });
});

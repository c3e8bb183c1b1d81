import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, secretsOf } from "../src/log.ts";

function capture(json: boolean, secrets: string[]) {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk) => (text += chunk));
  const log = createLogger({ stream, json, secrets, now: () => new Date("2025-11-06T07:00:00Z") });
  return { log, text: () => text };
}

describe("createLogger", () => {
  it("writes one JSON object per event when not on a terminal", () => {
    const { log, text } = capture(true, []);
    log.info("source.read", { source: "TRT World", entries: 12 });
    log.error("run.failed", { error: "boom" });
    const lines = text().trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { time: "2025-11-06T07:00:00.000Z", level: "info", event: "source.read", source: "TRT World", entries: 12 },
      { time: "2025-11-06T07:00:00.000Z", level: "error", event: "run.failed", error: "boom" },
    ]);
  });

  it("never prints a secret, in fields, messages, JSON escapes or URL encoding", () => {
    const env = { SMTP_URL: "smtp://mailer:p%40ss\"word@smtp.example.org:587", MAIL_SECRET: "hmac-key-123", HOME: "/root" };
    const { log, text } = capture(true, secretsOf(env));
    log.error("send.failed", { error: `connect smtp://mailer:p%40ss"word@smtp.example.org failed`, key: "hmac-key-123" });
    log.info("x", { url: env.SMTP_URL, raw: 'p@ss"word' });
    expect(text()).not.toMatch(/p%40ss|p@ss|hmac-key-123/);
    expect(text()).toContain("***");
    expect(text()).toContain("smtp.example.org");
  });

  it("prints readable lines on a terminal", () => {
    const { log, text } = capture(false, []);
    log.warn("source.failed", { source: "Wire", error: "HTTP 500" });
    expect(text()).toBe("WARN source.failed  source=Wire error=HTTP 500\n");
  });
});

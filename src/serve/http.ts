// Small HTTP helpers for the serve routes: form bodies (bounded), answers with safe headers, the client address.
import type { IncomingMessage, ServerResponse } from "node:http";

const MAX_BODY = 16 * 1024;

/** An answer: status, body and content type; pages with tokens are never cached and never leak a Referer. */
export interface Answer { status: number; body: string | Buffer; type?: string; headers?: Record<string, string> }

export function html(status: number, body: string, headers: Record<string, string> = {}): Answer {
  return { status, body, type: "text/html; charset=utf-8", headers };
}

export function text(status: number, body: string): Answer {
  return { status, body, type: "text/plain; charset=utf-8" };
}

/** Reads an application/x-www-form-urlencoded body (at most 16 KB); other types give an empty form. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error("request body too large"), { status: 413 });
    chunks.push(chunk);
  }
  const type = String(req.headers["content-type"] ?? "");
  if (!/^application\/x-www-form-urlencoded\b/i.test(type) && !(type === "" && size > 0)) return new URLSearchParams();
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/** The client's address: the first X-Forwarded-For hop when `trustProxy`, else the socket's. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() : "";
  return forwarded || req.socket.remoteAddress || "unknown";
}

const SECURITY = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

export function send(res: ServerResponse, answer: Answer, csp: string): void {
  res.writeHead(answer.status, {
    "content-type": answer.type ?? "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": csp,
    ...SECURITY,
    ...answer.headers,
  });
  res.end(answer.body);
}

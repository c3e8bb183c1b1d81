// The read stage: a source's bytes from disk or http(s), decoded to text. Every failure is one EREAD line.
import { open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { DigestError, describeError } from "../errors.ts";
import { guardFor } from "./guard.ts";
import type { RawDocument, Source } from "../types.ts";

/** How patient and how polite reading is; `now` stamps the document (the fallback day of undated pages). */
export interface ReadOptions {
  /** Which addresses count as private (tests); default: loopback, RFC 1918, link-local, metadata, ULA. */
  isPrivate?: (ip: string) => boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  now: () => Date;
}

const ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, " +
  "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

/** Reads a source (local path, file: URL or http(s) URL) into a RawDocument. Throws DigestError("EREAD"). */
export async function readSource(source: Source, options: ReadOptions): Promise<RawDocument> {
  const label = source.name || source.location;
  const fail = (reason: string, cause?: unknown) =>
    new DigestError("EREAD", `${label}: ${reason}`, { sourceId: source.id, cause });
  try {
    const fetchedAt = options.now().toISOString();
    if (/^https?:\/\//i.test(source.location)) {
      const { bytes, contentType, url } = await fetchBytes(source.location, options, fail);
      return { sourceId: source.id, location: url, body: decodeBytes(bytes, contentType), contentType, fetchedAt };
    }
    const path = source.location.startsWith("file:") ? fileURLToPath(source.location) : source.location;
    const bytes = await readFileCapped(path, options.maxBytes, fail);
    return { sourceId: source.id, location: source.location, body: decodeBytes(bytes, null), contentType: null, fetchedAt };
  } catch (error) {
    if (error instanceof DigestError) throw error;
    throw fail(describeError(error), error);
  }
}

type Fail = (reason: string, cause?: unknown) => DigestError;

async function readFileCapped(path: string, maxBytes: number, fail: Fail): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(code === "ENOENT" ? `no such file ${path}` : `cannot open ${path} (${code ?? describeError(error)})`, error);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw fail(`file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`);
    const buffer = await handle.readFile();
    if (buffer.byteLength > maxBytes) throw fail(`file is over the ${formatBytes(maxBytes)} limit`);
    return buffer;
  } catch (error) {
    if (error instanceof DigestError) throw error;
    throw fail(`cannot read ${path} (${describeError(error)})`, error);
  } finally {
    await handle.close();
  }
}

/** GET with bounded manual redirects, one overall timeout, and a byte cap enforced while streaming. */
async function fetchBytes(location: string, options: ReadOptions, fail: Fail) {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const visited = new Set<string>();
  let url = location;
  try {
    const guard = await guardFor(location, { isPrivate: options.isPrivate });
    for (let hop = 0; ; hop++) {
      visited.add(url);
      await guard.check(url).catch((error: Error) => {
        throw fail(error.message.startsWith("refused") ? error.message : `cannot resolve ${new URL(url).host} (${describeError(error)})`, error);
      });
      const response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: { "user-agent": options.userAgent, accept: ACCEPT },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel();
        const next = new URL(response.headers.get("location")!, url).href;
        if (visited.has(next)) throw fail(`redirect loop at ${next}`);
        if (hop >= options.maxRedirects) throw fail(`more than ${options.maxRedirects} redirects`);
        if (!/^https?:$/.test(new URL(next).protocol)) throw fail(`redirect to unsupported URL ${next}`);
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
      }
      const bytes = await readCapped(response, options.maxBytes, fail);
      return { bytes, contentType: response.headers.get("content-type"), url };
    }
  } catch (error) {
    if (error instanceof DigestError) throw error;
    if (signal.aborted) throw fail(`timed out after ${options.timeoutMs} ms`, error);
    throw fail(networkReason(error), error);
  }
}

async function readCapped(response: Response, maxBytes: number, fail: Fail): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw fail(`response is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw fail(`response is over the ${formatBytes(maxBytes)} limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `network error ${cause.code}` : (cause?.message ?? describeError(error));
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/**
 * Text of a byte buffer: a BOM wins, then the Content-Type charset, then a `<meta charset>` or XML
 * `encoding` declaration near the start, else UTF-8. Unknown labels fall back to UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, contentType: string | null): string {
  const label = bomEncoding(bytes) ?? charsetOf(contentType) ?? sniffCharset(bytes) ?? "utf-8";
  if (/^utf-?8$|^utf-?16(le|be)?$/i.test(label)) return new TextDecoder(label).decode(bytes);
  // iconv-lite rather than TextDecoder: Node 20's TextDecoder reads windows-1252 as plain Latin-1.
  const name = /^(iso-8859-1|latin1|us-ascii|ascii)$/i.test(label) ? "windows-1252" : label;
  if (iconv.encodingExists(name)) return iconv.decode(Buffer.from(bytes), name);
  return new TextDecoder("utf-8").decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The `charset` parameter of a Content-Type header, or null. */
export function charsetOf(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

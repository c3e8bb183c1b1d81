// DKIM signing (RFC 6376: rsa-sha256, relaxed/relaxed) of a complete raw message, synchronously.
// nodemailer's stream signer cost ~3 CPU-ms per 20 KB message here; this one is about the RSA operation alone.
import { createHash, sign, type KeyObject } from "node:crypto";

/** A DKIM key ready to sign with: the private key parsed once. */
export interface DkimKey {
  domainName: string;
  keySelector: string;
  privateKey: KeyObject;
  /** Colon-separated header names to sign, e.g. "from:to:subject:list-unsubscribe:list-unsubscribe-post". */
  headerFieldNames: string;
}

/** Relaxed body canonicalization: collapse and strip line-end whitespace, drop trailing empty lines, end with CRLF. */
export function relaxedBody(body: string): string {
  // only tabs and runs of spaces need rewriting; leaving single spaces alone keeps this cheap on 100 KB bodies
  const collapsed = body.replace(/ {2,}|[ \t]*\t[ \t]*/g, " ").replace(/ \r\n/g, "\r\n").replace(/ $/, "");
  let end = collapsed.length;
  while (end >= 2 && collapsed.charCodeAt(end - 2) === 13 && collapsed.charCodeAt(end - 1) === 10) end -= 2;
  const trimmed = collapsed.slice(0, end);
  return trimmed === "" ? "" : `${trimmed}\r\n`;
}

/** Relaxed header canonicalization of one (possibly folded) header field. */
export function relaxedHeader(field: string): string {
  const colon = field.indexOf(":");
  const value = field.slice(colon + 1).replace(/\r\n(?=[ \t])/g, "").replace(/[ \t]+/g, " ").trim();
  return `${field.slice(0, colon).trim().toLowerCase()}:${value}`;
}

/** The message with a DKIM-Signature header prepended (signing the listed headers that are present). */
export function dkimSign(raw: Buffer, key: DkimKey): Buffer {
  const text = raw.toString("latin1"); // byte-preserving: hashing sees exactly the bytes on the wire
  const split = text.indexOf("\r\n\r\n");
  const fields = text.slice(0, split).split(/\r\n(?![ \t])/);
  const bodyHash = createHash("sha256").update(relaxedBody(text.slice(split + 4)), "latin1").digest("base64");
  const byName = new Map<string, string[]>();
  for (const field of fields) {
    const name = field.slice(0, field.indexOf(":")).trim().toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), field]);
  }
  const signed: string[] = [];
  const names: string[] = [];
  for (const name of key.headerFieldNames.toLowerCase().split(":").map((n) => n.trim()).filter(Boolean)) {
    const field = byName.get(name)?.pop(); // bottom-up: each listed name takes the last unused instance
    if (field === undefined) continue;
    signed.push(`${relaxedHeader(field)}\r\n`);
    names.push(name);
  }
  const tags = [`v=1`, `a=rsa-sha256`, `c=relaxed/relaxed`, `d=${key.domainName}`, `q=dns/txt`, `s=${key.keySelector}`, `bh=${bodyHash}`, `h=${names.join(":")}`];
  const unsigned = `DKIM-Signature: ${tags.join(";\r\n ")};\r\n b=`;
  const signature = sign("sha256", Buffer.from(signed.join("") + relaxedHeader(unsigned), "latin1"), key.privateKey).toString("base64");
  const folded = signature.replace(/(.{72})(?=.)/g, "$1\r\n  ");
  return Buffer.concat([Buffer.from(`${unsigned}${folded}\r\n`, "latin1"), raw]);
}

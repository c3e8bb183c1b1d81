// Signed links for readers: unsubscribe (valid for good), preferences (valid for good) and sign-up confirmation
// (expires). Each is an HMAC of the address under MAIL_SECRET, compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";
import { recipientKey } from "../send/recipient-key.ts";

export type TokenPurpose = "unsubscribe" | "preferences" | "confirm";

export function mac(secret: string, ...parts: string[]): string {
  return createHmac("sha256", secret).update(parts.join("\u0000")).digest("base64url");
}

/** The token of (purpose, address[, expiry]). */
export function tokenFor(secret: string, purpose: TokenPurpose, email: string, expires = ""): string {
  return mac(secret, purpose, recipientKey(email), ...(expires ? [expires] : [])).slice(0, 32);
}

/** `base?u=<address, base64url>&t=<token>[&e=<expiry, epoch seconds>]`. */
export function signedLink(base: string, secret: string, purpose: TokenPurpose, email: string, expires?: Date): string {
  const url = new URL(base);
  const e = expires ? String(Math.floor(expires.getTime() / 1000)) : "";
  url.searchParams.set("u", Buffer.from(recipientKey(email)).toString("base64url"));
  if (e) url.searchParams.set("e", e);
  url.searchParams.set("t", tokenFor(secret, purpose, email, e));
  return url.toString();
}

/**
 * The address a link's parameters stand for, or null when the token does not match (forged, altered, or another
 * purpose's) or, for an expiring link, when it has expired at `now`.
 */
export function verifyLink(secret: string, purpose: TokenPurpose, params: { u?: string | null; t?: string | null; e?: string | null }, now = new Date()): string | null {
  const { u, t } = params;
  if (!u || !t || u.length > 400) return null;
  const email = Buffer.from(u, "base64url").toString("utf8");
  const e = params.e ?? "";
  if (purpose === "confirm" && (!/^\d{1,12}$/.test(e) || Number(e) * 1000 < now.getTime())) return null;
  const expected = Buffer.from(tokenFor(secret, purpose, email, purpose === "confirm" ? e : ""));
  const given = Buffer.from(t);
  return given.length === expected.length && timingSafeEqual(given, expected) ? email : null;
}

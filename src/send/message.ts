// Builds one recipient's raw message: headers (List-Unsubscribe, HMAC Message-ID, Date), text + HTML, optional DKIM.
// The bytes built here are exactly the bytes sent over SMTP or written to the outbox.
import { createPrivateKey, type KeyObject } from "node:crypto";
import { mac, signedLink, tokenFor, verifyLink } from "../subscribers/tokens.ts";
import { addressOf, displayNameOf } from "./address.ts";
import { DigestError } from "../errors.ts";
import type { Recipient, RenderedEmail, Subscriber } from "../types.ts";
import { dkimSign, type DkimKey } from "./dkim.ts";
import { buildMime } from "./mime.ts";
import { recipientKey } from "./recipient-key.ts";

/** DKIM signing settings (the private key as PEM text). */
export interface DkimSettings {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

/** What every message of an edition shares. */
export interface MessageSettings {
  editionId: string;
  from: string;
  secret: string;
  unsubscribeMailto: string;
  unsubscribeUrl: string | null;
  /** The preferences page (PUBLIC_URL/preferences), signed per reader; null when no PUBLIC_URL is set. */
  preferencesUrl?: string | null;
  dkim?: DkimSettings | null;
}

/** Headers DKIM signs: nodemailer's default list leaves out List-Unsubscribe-Post, which RFC 8058 requires. */
export const DKIM_HEADERS = "from:to:subject:date:message-id:mime-version:content-type:list-id:list-unsubscribe:list-unsubscribe-post";

/** The deterministic, unguessable Message-ID of (edition, recipient): the same on every re-send. */
export function messageIdFor(secret: string, editionId: string, email: string, domain: string): string {
  return `<${editionId}.${mac(secret, "message-id", editionId, recipientKey(email)).slice(0, 32)}@${domain}>`;
}

/** The recipient's unsubscribe token (valid for every edition, so old links keep working). */
export function unsubscribeToken(secret: string, email: string): string {
  return tokenFor(secret, "unsubscribe", email);
}

/** The one-click unsubscribe link: `base?u=<address, base64url>&t=<token>`. */
export function unsubscribeLink(base: string, secret: string, email: string): string {
  return signedLink(base, secret, "unsubscribe", email);
}

/** The address a link's `u` and `t` parameters stand for, or null when the token does not match. */
export function verifyUnsubscribe(secret: string, u: string, t: string): string | null {
  return verifyLink(secret, "unsubscribe", { u, t });
}

/** The per-recipient fields the composer fills in. */
export function recipientFor(subscriber: Subscriber, settings: MessageSettings): Recipient {
  const token = unsubscribeToken(settings.secret, subscriber.email);
  const mailto = `mailto:${settings.unsubscribeMailto}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
  return {
    email: subscriber.email,
    name: subscriber.name,
    topics: subscriber.topics,
    unsubscribeUrl: settings.unsubscribeUrl ? unsubscribeLink(settings.unsubscribeUrl, settings.secret, subscriber.email) : null,
    unsubscribeMailto: mailto,
    preferencesUrl: settings.preferencesUrl ? signedLink(settings.preferencesUrl, settings.secret, "preferences", subscriber.email) : null,
  };
}

/** Builds raw messages (CRLF, RFC 5322) for one edition; `build` is deterministic for the same `date`. */
export function createMessageBuilder(settings: MessageSettings): { build(recipient: Recipient, email: RenderedEmail, date: Date): Promise<Buffer> } {
  const fromAddress = addressOf(settings.from).trim();
  const fromName = displayNameOf(settings.from);
  const domain = fromAddress.split("@")[1] ?? "localhost";
  const key = settings.dkim ? dkimKey(settings.dkim) : null;
  return {
    async build(recipient, email, date) {
      const messageId = messageIdFor(settings.secret, settings.editionId, recipient.email, domain);
      const unsubscribe = [recipient.unsubscribeMailto, recipient.unsubscribeUrl].filter((u): u is string => u !== null);
      const raw = buildMime({
        from: { name: fromName, address: fromAddress },
        to: { name: recipient.name, address: recipient.email },
        subject: email.subject.replace(/[\r\n]+/g, " "),
        messageId,
        date,
        headers: [
          ["List-ID", `<briefing.${domain}>`],
          ["List-Unsubscribe", unsubscribe.map((u) => `<${u}>`).join(", ")],
          // RFC 8058: one-click only when there is an https link to POST to.
          ...(recipient.unsubscribeUrl?.startsWith("https://") ? [["List-Unsubscribe-Post", "List-Unsubscribe=One-Click"] as [string, string]] : []),
        ],
        boundary: mac(settings.secret, "boundary", messageId).slice(0, 16),
        text: email.text,
        html: email.html,
      });
      return key ? dkimSign(raw, key) : raw;
    },
  };
}

function dkimKey(dkim: DkimSettings): DkimKey {
  let key: KeyObject;
  try {
    key = createPrivateKey(dkim.privateKey);
  } catch (cause) {
    throw new DigestError("ECONFIG", `DKIM private key for ${dkim.domainName} cannot be read as a PEM private key: ${(cause as Error).message}`, { cause });
  }
  return { domainName: dkim.domainName, keySelector: dkim.keySelector, privateKey: key, headerFieldNames: DKIM_HEADERS };
}

// The sign-up confirmation mail (double opt-in): a signed link that expires, sent through the same SMTP server
// or outbox as the editions.
import { join } from "node:path";
import type { Config } from "../config/index.ts";
import { addressOf, displayNameOf } from "../send/address.ts";
import { buildMime } from "../send/mime.ts";
import { createOutboxSender, createSmtpSender, type Sender } from "../send/transport.ts";
import { mac, signedLink } from "../subscribers/tokens.ts";
import type { Pages } from "./pages.ts";

export const CONFIRM_VALID_HOURS = 48;

export interface ConfirmMailer {
  send(email: string, now: Date): Promise<string>;
  close(): Promise<void>;
}

/** One sender for the server's life: SMTP_URL, else `.eml` files in OUTBOX_DIR/confirmations. */
export function createConfirmMailer(config: Config, pages: Pages, publicUrl: string, site: string): ConfirmMailer {
  let sender: Sender | null = null;
  const fromAddress = addressOf(config.mail.from).trim();
  const fromName = displayNameOf(config.mail.from);
  return {
    async send(email, now) {
      sender ??= config.mail.smtpUrl
        ? createSmtpSender(config.mail.smtpUrl, config.mail.from, { maxConnections: 1, maxMessages: 100 })
        : createOutboxSender(join(config.outboxDir, "confirmations"));
      const expires = new Date(now.getTime() + CONFIRM_VALID_HOURS * 3_600_000);
      const confirmUrl = signedLink(`${publicUrl}/confirm`, config.mail.secret, "confirm", email, expires);
      const context = { email, confirmUrl, validHours: CONFIRM_VALID_HOURS, site };
      const domain = fromAddress.split("@")[1] ?? "localhost";
      const messageId = `<confirm.${mac(config.mail.secret, "confirm-mail", email, String(now.getTime())).slice(0, 24)}@${domain}>`;
      const raw = buildMime({
        from: { name: fromName, address: fromAddress },
        to: { name: null, address: email },
        subject: `Confirm your subscription to the ${site}`,
        messageId,
        date: now,
        headers: [["Auto-Submitted", "auto-generated"]],
        boundary: mac(config.mail.secret, "boundary", messageId).slice(0, 16),
        text: pages.part("confirm-mail.txt", context),
        html: pages.part("confirm-mail.html", context),
      });
      return sender.send(email, raw);
    },
    async close() {
      await sender?.close();
    },
  };
}

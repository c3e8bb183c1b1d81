// A small synchronous writer for our one message shape (multipart/alternative: text/plain, then text/html),
// built on nodemailer's own encoders. Composing through nodemailer's stream pipeline cost ~1.6 CPU-ms per
// 20 KB message here; this costs a fraction of that (see bench/send.ts), which is what makes 500 msg/s possible.
import { encodeWord, encodeWords, foldLines, quoteString } from "nodemailer/lib/mime-funcs";
import { encode as qpEncode, wrap as qpWrap } from "nodemailer/lib/qp";

/** Everything that goes into one raw message. Header values are plain text; encoding happens here. */
export interface MimeMessage {
  from: { name: string | null; address: string };
  to: { name: string | null; address: string };
  subject: string;
  messageId: string;
  date: Date;
  /** Extra header lines as [name, value], written in order after the standard ones (values already valid ASCII). */
  headers: [string, string][];
  boundary: string;
  text: string;
  html: string;
}

/** `Name <addr>` with the name quoted or RFC 2047-encoded as needed. */
export function formatAddress(address: { name: string | null; address: string }): string {
  const name = address.name?.replace(/[\r\n]+/g, " ").trim();
  if (!name) return address.address;
  const shown = /^[\w ]*$/.test(name) ? name : /^[\x20-\x7e]*$/.test(name) ? quoteString(name) : encodeWord(name, "Q", 52);
  return `${shown} <${address.address}>`;
}

/** RFC 5322 date in UTC: `Thu, 06 Nov 2025 07:00:00 +0000`. */
export function formatDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, "+0000");
}

function header(name: string, value: string): string {
  return foldLines(`${name}: ${value}`, 76).replace(/\r?\n/g, "\r\n");
}

function longestLine(text: string): number {
  let longest = 0;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    longest = Math.max(longest, stop - start);
    start = stop + 1;
  }
  return longest;
}

/**
 * A text part: 7bit when it is ASCII with lines ≤ 998 (the edition's HTML is made so once, see mailSafeHtml),
 * else quoted-printable; always CRLF line ends. This runs for every reader, so both checks are single linear scans.
 */
function part(type: string, content: string): string {
  const crlf = content.replace(/\r?\n/g, "\r\n");
  const plain = /^[\x09\x0a\x0d\x20-\x7e]*$/.test(crlf) && longestLine(crlf) <= 999; // 998 + the CR
  const body = plain ? crlf : qpWrap(qpEncode(crlf), 76).replace(/\r?\n/g, "\r\n");
  return `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: ${plain ? "7bit" : "quoted-printable"}\r\n\r\n${body}`;
}

/** The raw RFC 5322 message (CRLF line ends). Deterministic: the same input gives the same bytes. */
export function buildMime(message: MimeMessage): Buffer {
  const boundary = `--_briefing_${message.boundary}`;
  const lines = [
    header("From", formatAddress(message.from)),
    header("To", formatAddress(message.to)),
    header("Subject", /^[\x20-\x7e]*$/.test(message.subject) ? message.subject : encodeWords(message.subject, "Q", 52, true)),
    header("Message-ID", message.messageId),
    header("Date", formatDate(message.date)),
    ...message.headers.map(([name, value]) => header(name, value)),
    header("MIME-Version", "1.0"),
    `Content-Type: multipart/alternative;\r\n boundary="${boundary}"`,
  ];
  return Buffer.from(
    `${lines.join("\r\n")}\r\n\r\n--${boundary}\r\n${part("text/plain", message.text)}\r\n--${boundary}\r\n${part("text/html", message.html)}\r\n--${boundary}--\r\n`,
    "utf8",
  );
}

// Streams the subscribers CSV: one validated, de-duplicated Subscriber at a time, problems reported by line.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parse } from "csv-parse/sync";
import { DigestError } from "../errors.ts";
import type { Subscriber } from "../types.ts";
import { HashSet64 } from "./hash-set.ts";
import { recipientKey } from "./recipient-key.ts";

const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** True for a plain `local@domain.tld` address we are willing to put in an SMTP envelope. */
export function isValidEmail(email: string): boolean {
  if (email.length > 254 || !ADDRESS.test(email)) return false;
  const local = email.slice(0, email.lastIndexOf("@"));
  return local.length <= 64 && !local.startsWith(".") && !local.endsWith(".") && !local.includes("..");
}

/** Reads `path` as a stream; yields each good row, reports bad ones (with line numbers) through `report`. */
export async function* readSubscribers(
  path: string,
  knownTopics: string[],
  report: (problem: string) => void,
): AsyncGenerator<Subscriber> {
  const known = new Set(knownTopics.map((t) => t.toLowerCase()));
  const seen = new HashSet64(4096);
  const input = createReadStream(path);
  let columns: { email: number; name: number; topics: number } | null = null;
  try {
    for await (const { record, line } of csvLines(input, path, report)) {
      if (columns === null) {
        columns = headerColumns(record, path, report);
        continue;
      }
      const email = (record[columns.email] ?? "").trim();
      if (!isValidEmail(email)) {
        report(`${path}: line ${line}: ${email ? `invalid address "${clip(email)}"` : "no address"}; row skipped`);
        continue;
      }
      const first = seen.add(recipientKey(email), line);
      if (first !== -1) {
        report(`${path}: line ${line}: duplicate of line ${first} (${email}); row skipped`);
        continue;
      }
      const topics: string[] = [];
      for (const raw of (columns.topics < 0 ? "" : record[columns.topics] ?? "").split(";")) {
        const topic = raw.trim().toLowerCase();
        if (!topic || topics.includes(topic)) continue;
        if (known.has(topic)) topics.push(topic);
        else report(`${path}: line ${line}: unknown topic "${clip(topic)}" for ${email} (known: ${knownTopics.join(", ")}); topic ignored`);
      }
      const name = columns.name < 0 ? "" : cleanName(record[columns.name] ?? "");
      yield { email, name: name || null, topics };
    }
  } catch (cause) {
    if (cause instanceof DigestError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : (cause as Error).message;
    throw new DigestError("EREAD", `cannot read subscribers file ${path}: ${reason}`, { cause });
  } finally {
    input.destroy();
  }
  if (columns === null) report(`${path}: the file is empty; no subscribers`);
}

/** How many lines a quoted field may span before its opening line is judged broken. */
const MAX_SPAN = 4;

/**
 * The file's records with their first line numbers. A quoted field may span a few lines; a quote that never closes
 * costs only its own line (reported with its true number) and the lines after it are read again on their own.
 */
async function* csvLines(input: NodeJS.ReadableStream, path: string, report: (problem: string) => void): AsyncGenerator<{ record: string[]; line: number }> {
  const pending: { text: string; line: number }[] = [];
  let count = 0;
  function* drain(atEnd: boolean): Generator<{ record: string[]; line: number }> {
    while (pending.length > 0) {
      const first = pending[0]!;
      if (!first.text.trim()) {
        pending.shift();
        continue;
      }
      let tried = 0;
      let unclosed: Error | null = null;
      for (let span = 1; span <= Math.min(pending.length, MAX_SPAN); span++) {
        tried = span;
        try {
          const records = parse(pending.slice(0, span).map((p) => p.text).join("\n"), { relax_column_count: true, relax_quotes: true }) as string[][];
          pending.splice(0, span);
          if (records[0]) yield { record: records[0], line: first.line };
          unclosed = null;
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== "CSV_QUOTE_NOT_CLOSED") {
            pending.shift();
            report(`${path}: line ${first.line}: ${(error as Error).message.split("\n")[0]}; row skipped`);
            unclosed = null;
            break;
          }
          unclosed = error as Error;
        }
      }
      if (unclosed === null) continue;
      if (tried < MAX_SPAN && !atEnd) return; // wait for more lines: the quote may close on the next one
      pending.shift();
      report(`${path}: line ${first.line}: ${unclosed.message.split("\n")[0]}; row skipped`);
    }
  }
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    count++;
    pending.push({ text: count === 1 ? raw.replace(/^\uFEFF/, "") : raw, line: count });
    yield* drain(false);
  }
  yield* drain(true);
}

/** Data rows in the file (newlines after the header), for a progress bar's total; quoted newlines overcount. */
export async function countRows(path: string): Promise<number> {
  let newlines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) newlines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return Math.max(0, newlines + (last === 0x0a ? 0 : 1) - 1);
}

function headerColumns(header: string[], path: string, report: (problem: string) => void) {
  const names = header.map((h) => h.trim().toLowerCase());
  const email = names.indexOf("email");
  if (email < 0) {
    throw new DigestError("ECONFIG", `subscribers file ${path}: the header row (line 1) has no "email" column; found: ${names.join(", ") || "nothing"}`);
  }
  const extra = names.filter((n) => !["email", "name", "topics"].includes(n));
  if (extra.length > 0) report(`${path}: line 1: ignoring unknown column(s) ${extra.join(", ")}`);
  return { email, name: names.indexOf("name"), topics: names.indexOf("topics") };
}

function cleanName(raw: string): string {
  return raw.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

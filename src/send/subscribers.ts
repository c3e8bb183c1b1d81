// Streams the subscribers CSV: one validated, de-duplicated Subscriber at a time, problems reported by line.
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
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
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        report(`${path}: line ${err?.lines ?? "?"}: ${err?.message ?? "unreadable row"}; row skipped`);
        return undefined;
      },
    }),
  );
  input.on("error", (cause) => parser.destroy(cause));
  let columns: { email: number; name: number; topics: number } | null = null;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      const line = info.lines;
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

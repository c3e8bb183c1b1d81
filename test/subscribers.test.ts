// readSubscribers: streamed CSV, problems reported by line and skipped, the rest yielded in order.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HashSet64 } from "../src/send/hash-set.ts";
import { isValidEmail, readSubscribers } from "../src/send/subscribers.ts";
import type { Subscriber } from "../src/types.ts";

const TOPICS = ["strikes", "aid", "diplomacy", "other"];
const FIXTURE = fileURLToPath(new URL("./fixtures/send/subscribers.csv", import.meta.url));
let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "subs-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function read(path: string): Promise<{ rows: Subscriber[]; problems: string[] }> {
  const rows: Subscriber[] = [];
  const problems: string[] = [];
  for await (const s of readSubscribers(path, TOPICS, (p) => problems.push(p))) rows.push(s);
  return { rows, problems };
}

async function csv(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe("readSubscribers", () => {
  it("yields good rows and reports each bad one with its line number", async () => {
    const { rows, problems } = await read(FIXTURE);
    expect(rows).toEqual([
      { email: "ana@example.org", name: "Ana Kovač", topics: ["strikes", "aid"] },
      { email: "bob@example.org", name: null, topics: [] },
      { email: "cleo@example.net", name: "Cleo, Jr.", topics: ["diplomacy"] },
      { email: "dan@example.com", name: "Dan", topics: ["strikes", "other"] },
      { email: "eve@example.org", name: 'Eve "the reader"', topics: [] },
    ]);
    expect(problems.map((p) => p.replace(`${FIXTURE}: `, ""))).toEqual([
      'line 4: invalid address "not-an-address"; row skipped',
      "line 5: duplicate of line 2 (ANA@example.org); row skipped",
      'line 6: unknown topic "weather" for cleo@example.net (known: strikes, aid, diplomacy, other); topic ignored',
      "line 8: no address; row skipped",
    ]);
  });

  it("handles a BOM, CRLF, reordered and extra columns, quoted newlines and a row with too few fields", async () => {
    const path = await csv("odd.csv", '\uFEFFName,Email,Plan\r\n"Multi\r\nLine",m@example.org,gold\r\nshort@example.org\r\n"x",bad@@example.org,\r\n');
    const { rows, problems } = await read(path);
    expect(rows).toEqual([{ email: "m@example.org", name: "Multi Line", topics: [] }]);
    expect(problems.map((p) => p.replace(`${path}: `, ""))).toEqual([
      "line 1: ignoring unknown column(s) plan",
      "line 4: no address; row skipped", // a one-field row: its value sits in the name column (true line numbers)
      'line 5: invalid address "bad@@example.org"; row skipped',
    ]);
  });

  it("a stray quote loses only its own row, reported with its true line number; the rows after it are read", async () => {
    const rows = ["email,name", "ok1@example.org,One", 'ok2@example.org,"Two', ...Array.from({ length: 20 }, (_, i) => `after${i}@example.org,After ${i}`)];
    const path = await csv("broken.csv", `${rows.join("\n")}\n`);
    const { rows: read1, problems } = await read(path);
    expect(read1.map((r) => r.email)).toEqual(["ok1@example.org", ...Array.from({ length: 20 }, (_, i) => `after${i}@example.org`)]);
    expect(problems).toEqual([expect.stringMatching(/line 3: Quote Not Closed.*; row skipped$/)]);
    const atEnd = await read(await csv("broken-end.csv", 'email,name\nok1@example.org,One\nok2@example.org,"Two\nok3@example.org,Three\n'));
    expect(atEnd.rows.map((r) => r.email)).toEqual(["ok1@example.org", "ok3@example.org"]);
    expect(atEnd.problems).toEqual([expect.stringMatching(/line 3: Quote Not Closed.*; row skipped$/)]);
  });

  it("fails clearly on a missing file or a header without an email column", async () => {
    await expect(read(join(dir, "nope.csv"))).rejects.toMatchObject({ code: "EREAD", message: expect.stringContaining("no such file") });
    const path = await csv("nohead.csv", "address,name\na@example.org,A\n");
    await expect(read(path)).rejects.toMatchObject({ code: "ECONFIG", message: expect.stringContaining('no "email" column') });
  });

  it("an empty file is reported, not an error", async () => {
    const { rows, problems } = await read(await csv("empty.csv", ""));
    expect(rows).toEqual([]);
    expect(problems[0]).toContain("empty");
  });

  it("streams: the first subscriber arrives before a large file is read, and duplicates are caught across the whole file", async () => {
    const n = 50_000;
    const lines = ["email"];
    for (let i = 0; i < n; i++) lines.push(`p${i}@example.org`);
    lines.push("P7@EXAMPLE.ORG");
    const path = await csv("big.csv", `${lines.join("\n")}\n`);
    const problems: string[] = [];
    const it = readSubscribers(path, TOPICS, (p) => problems.push(p));
    const first = await it.next();
    expect(first.value).toMatchObject({ email: "p0@example.org" });
    let count = 1;
    for await (const _ of it) count++;
    expect(count).toBe(n);
    expect(problems).toEqual([`${path}: line ${n + 2}: duplicate of line 9 (P7@EXAMPLE.ORG); row skipped`]);
  });

  it("stopping early closes the file (no leak when the consumer breaks)", async () => {
    const path = await csv("stop.csv", "email\na@example.org\nb@example.org\nc@example.org\n");
    for await (const s of readSubscribers(path, TOPICS, () => undefined)) {
      expect(s.email).toBe("a@example.org");
      break;
    }
  });
});

describe("countRows", () => {
  it("counts data rows with or without a final newline", async () => {
    const { countRows } = await import("../src/send/subscribers.ts");
    expect(await countRows(await csv("c1.csv", "email\na@example.org\nb@example.org\n"))).toBe(2);
    expect(await countRows(await csv("c2.csv", "email\na@example.org\nb@example.org"))).toBe(2);
    expect(await countRows(await csv("c3.csv", "email\n"))).toBe(0);
    expect(await countRows(await csv("c4.csv", ""))).toBe(0);
  });
});

describe("isValidEmail", () => {
  it.each([
    ["a@example.org", true], ["first.last+tag@sub.example.co.uk", true], ["o'neil@example.ie", true],
    ["no-at-sign", false], ["a@b", false], ["two@@example.org", false], ["sp ace@example.org", false],
    [".dot@example.org", false], ["a..b@example.org", false], ["Name <a@example.org>", false],
    ["a@example.org\r\nBcc: x@y.z", false], ["a@-example.org", false], [`${"l".repeat(65)}@example.org`, false],
  ])("%s → %s", (email, ok) => {
    expect(isValidEmail(email)).toBe(ok);
  });
});

describe("HashSet64", () => {
  it("stores, finds and grows without losing keys; remembers the first value", () => {
    const set = new HashSet64(4);
    for (let i = 0; i < 20_000; i++) expect(set.add(`k${i}`, i)).toBe(-1);
    expect(set.size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 997) expect(set.add(`k${i}`, 0)).toBe(i);
    expect(set.has("k19999")).toBe(true);
    expect(set.has("k20000")).toBe(false);
    expect(set.swap("k5", 42)).toBe(5);
    expect(set.swap("k5", 1)).toBe(42);
    expect(set.swap("new", 3)).toBe(-1);
  });
});

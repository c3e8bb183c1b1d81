// The subscriber store on a real SQLite file: migrations, suppression over the file, bounce policy, streaming.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importFile, openSendList } from "../src/subscribers/index.ts";
import { activeSubscribers, countByStatus, getSubscriber, openStore, recordPermanentFailure, setStatus, upsertSubscriber } from "../src/subscribers/store.ts";
import { tempDir } from "./helpers/cli.ts";

const now = new Date("2025-11-06T07:00:00Z");
const quiet = { info: () => undefined, warn: () => undefined };

describe("subscriber store", () => {
  it("creates its schema once and reopens an existing file", () => {
    const dir = tempDir();
    const a = openStore(dir);
    upsertSubscriber(a, { email: "a@example.org", name: "A", topics: ["aid"] }, { status: "active", source: "test", now });
    a.close();
    const b = openStore(dir);
    expect(getSubscriber(b, "A@Example.org")).toMatchObject({ email: "a@example.org", topics: ["aid"], status: "active" });
    expect(b.db.pragma("user_version", { simple: true })).toBe(1);
    b.close();
  });

  it("imports the CSV, but an unsubscribe or bounce in the store always wins over the file", async () => {
    const dir = tempDir();
    const csv = join(dir, "list.csv");
    writeFileSync(csv, "email,name,topics\none@example.org,One,strikes\ntwo@example.org,Two,\nthree@example.org,Three,\n");
    const store = openStore(dir);
    expect(await importFile(store, csv, ["strikes", "aid"], () => undefined, now)).toMatchObject({ added: 3 });
    setStatus(store, "two@example.org", "unsubscribed", "one-click", now);
    setStatus(store, "three@example.org", "bounced", "550 user unknown", now);
    writeFileSync(csv, "email,name,topics\none@example.org,One Renamed,aid\ntwo@example.org,Two,\nthree@example.org,Three,\n");
    expect(await importFile(store, csv, ["strikes", "aid"], () => undefined, now)).toMatchObject({ updated: 1, suppressed: 2 });
    expect([...activeSubscribers(store)]).toEqual([{ email: "one@example.org", name: "One Renamed", topics: ["aid"] }]);
    expect(countByStatus(store)).toMatchObject({ active: 1, unsubscribed: 1, bounced: 1 });
    store.close();
  });

  it("bounces after one 'user unknown' reply, or after three other permanent failures", () => {
    const store = openStore(tempDir());
    for (const email of ["unknown@example.org", "full@example.org"]) upsertSubscriber(store, { email, name: null, topics: [] }, { status: "active", source: "test", now });
    expect(recordPermanentFailure(store, "unknown@example.org", "550 5.1.1 <unknown@example.org>: user unknown", now)).toBe(true);
    expect(recordPermanentFailure(store, "full@example.org", "552 mailbox full", now)).toBe(false);
    expect(recordPermanentFailure(store, "full@example.org", "552 mailbox full", now)).toBe(false);
    expect(recordPermanentFailure(store, "full@example.org", "552 mailbox full", now)).toBe(true);
    expect(getSubscriber(store, "full@example.org")).toMatchObject({ status: "bounced", bounces: 3 });
    store.close();
  });

  it("re-checks a reader right before sending: an unsubscribe after the list was read is honoured", async () => {
    const dir = tempDir();
    const seed = openStore(dir);
    upsertSubscriber(seed, { email: "late@example.org", name: null, topics: [] }, { status: "active", source: "test", now });
    seed.close();
    const list = await openSendList(dir, null, [], quiet, () => now);
    expect(list.mayMail("late@example.org")).toBe(true);
    const other = openStore(dir); // e.g. `npm run serve` in another process
    setStatus(other, "late@example.org", "unsubscribed", "one-click", now);
    other.close();
    expect(list.mayMail("late@example.org")).toBe(false);
    list.close();
  });
});

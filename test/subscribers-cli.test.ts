// `npm run subscribers` for the operator, in a real process against the store file: add, list, remove, import, export.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers/cli.ts";

describe("npm run subscribers", () => {
  it("adds, lists, removes (kept as a suppression an import cannot undo), imports and exports", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "digest.config.json"), JSON.stringify({ sources: [{ name: "TRT World", location: join(ROOT, "samples/trt-liveblog.txt") }] }));
    const cli = (...args: string[]) => runCli(["subscribers", ...args], { cwd });
    expect((await cli("add", "ada@example.org", "--name", "Ada", "--topics", "aid;strikes")).stdout).toMatch(/ada@example\.org: added \(active\)/);
    expect((await cli("add", "not-an-address")).code).toBe(2);
    expect((await cli("add", "bo@example.org", "--topics", "gossip")).stderr).toMatch(/unknown topic/);
    writeFileSync(join(cwd, "list.csv"), 'email,name,topics\nbo@example.org,Bo,\nada@example.org,Ada,aid\ncy@example.org,"Cy\n');
    expect((await cli("remove", "ada@example.org")).stdout).toMatch(/unsubscribed/);
    const imported = await cli("import", "list.csv");
    expect(imported.stdout).toMatch(/1 added, 0 updated, 0 unchanged, 1 kept unsubscribed\/bounced, 1 rows skipped/);
    const list = await cli("list");
    expect(list.stdout).toMatch(/^ada@example\.org\tunsubscribed/m);
    expect(list.stdout).toMatch(/^bo@example\.org\tactive/m);
    expect(list.stdout).toMatch(/# 1 active \(0 paused\), 0 pending, 1 unsubscribed, 0 bounced/);
    const exported = await cli("export");
    expect(exported.stdout.split("\n").slice(0, 3)).toEqual(["email,name,topics,status", "ada@example.org,Ada,aid;strikes,unsubscribed", "bo@example.org,Bo,,active"]);
    const status = await runCli(["status"], { cwd });
    expect(status.stdout).toMatch(/Subscribers: 1 active \(0 paused\), 0 pending, 1 unsubscribed, 0 bounced/);
  });
});

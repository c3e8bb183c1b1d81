import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../src/fs-atomic.ts";
import { tempDir } from "./helpers/cli.ts";

describe("writeFileAtomic", () => {
  it("writes text and bytes, replacing the old file, and leaves no temp file", async () => {
    const dir = tempDir("atomic-");
    const path = join(dir, "a.md");
    writeFileSync(path, "old");
    await writeFileAtomic(path, "new — ünïcode");
    expect(readFileSync(path, "utf8")).toBe("new — ünïcode");
    await writeFileAtomic(join(dir, "b.eml"), Buffer.from([0x41, 0x0d, 0x0a]));
    expect(readFileSync(join(dir, "b.eml"))).toEqual(Buffer.from([0x41, 0x0d, 0x0a]));
    expect(readdirSync(dir).sort()).toEqual(["a.md", "b.eml"]);
  });

  it("throws the fs error and removes its temp file when the rename fails (what was there stays)", async () => {
    const dir = tempDir("atomic-");
    const target = join(dir, "taken");
    mkdirSync(target);
    writeFileSync(join(target, "inside"), "kept");
    await expect(writeFileAtomic(target, "x")).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    expect(readdirSync(dir)).toEqual(["taken"]);
    expect(readFileSync(join(target, "inside"), "utf8")).toBe("kept");
    await expect(writeFileAtomic(join(dir, "missing", "x"), "x")).rejects.toMatchObject({ code: "ENOENT" });
  });
});

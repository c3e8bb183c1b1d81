import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** Runs `src/cli.ts` in its own process, from `cwd` (a fresh temp dir by default), with only `env` set on top of PATH/HOME. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; script?: string } = {}): Promise<CliResult> {
  const cwd = options.cwd ?? mkdtempSync(join(tmpdir(), "cli-"));
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env };
  return new Promise((done, fail) => {
    const child = spawn(TSX, [join(ROOT, options.script ?? "src/cli.ts"), ...args], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

export function tempDir(prefix = "briefing-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

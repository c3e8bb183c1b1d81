#!/usr/bin/env node
// `npm run build` (and npm install's prepare step): compiles src/ to dist/ with tsc, then stamps dist/.built so
// bin/briefing.js knows the compiled code is current. Where TypeScript is not installed (a production install
// without dev dependencies), prepare leaves dist/ as it is.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let tsc;
try {
  tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
} catch {
  const prepare = process.argv.includes("--prepare");
  process.stderr.write(`build: typescript is not installed; ${prepare ? "keeping dist/ as it is" : "install dev dependencies first"}\n`);
  process.exit(prepare || existsSync(join(root, "dist", ".built")) ? 0 : 1);
}
rmSync(join(root, "dist"), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(join(root, "dist", ".built"), `${new Date().toISOString()}\n`);

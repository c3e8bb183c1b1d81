#!/usr/bin/env node
// `briefing digest|parse|status|serve|subscribers|preview|worker|start`: one entry for every command, run by node
// itself (so a service manager's SIGTERM reaches it). It runs the compiled code in dist/ when that is at least as
// new as src/, else the TypeScript sources through tsx (a checkout being worked on).
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [command, ...rest] = process.argv.slice(2);

/** The newest modification time of any file under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const stamp = join(root, "dist", ".built");
const compiled = existsSync(stamp) && statSync(stamp).mtimeMs >= newest(join(root, "src"));
if (!compiled) {
  if (!existsSync(join(root, "node_modules", "tsx"))) {
    process.stderr.write("briefing: dist/ is missing or older than src/, and tsx is not installed: run `npm run build`\n");
    process.exit(2);
  }
  const { register } = await import("tsx/esm/api");
  register();
}
const module = (path) => pathToFileURL(join(root, compiled ? "dist" : "src", compiled ? path.replace(/\.ts$/, ".js") : path)).href;

if (command === "start") {
  await (await import(module("run/schedule.ts"))).main();
} else if (command === "worker") {
  process.exitCode = await (await import(module("queue/worker.ts"))).workerMain();
} else {
  process.exitCode = await (await import(module("cli.ts"))).main([command ?? "--help", ...rest]);
}

// `npm run bench [-- parse merge render send queue serve cli]`: prints figures; asserts nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const wanted = new Set(process.argv.slice(2));
const on = (name: string) => wanted.size === 0 || wanted.has(name);

/** Wall time and peak RSS of whole commands, as a person or cron runs them (start-up included). */
function benchCommands(): void {
  const scratch = mkdtempSync(join(tmpdir(), "bench-cli-"));
  const env = { ...process.env, DIGESTS_DIR: join(scratch, "digests"), OUTBOX_DIR: join(scratch, "outbox"), STATE_DIR: join(scratch, "state") };
  const tsx = join(root, "node_modules/.bin/tsx");
  const commands: [string, string[]][] = [
    ["digest --json --dry-run (no render)", ["src/cli.ts", "digest", "--json", "--dry-run"]],
    ["digest (samples: build, render, archive, outbox)", ["src/cli.ts", "digest", "--force"]],
    ["parse --json (one sample)", ["src/cli.ts", "parse", "samples/trt-liveblog.txt", "--json"]],
  ];
  console.log("\n## Whole commands (cold process each time, median of 3)");
  for (const [label, args] of commands) {
    const runs: { seconds: number; rssMb: number | null }[] = [];
    for (let i = 0; i < 3; i++) {
      const timed = existsSync("/usr/bin/time");
      const started = process.hrtime.bigint();
      const result = timed
        ? spawnSync("/usr/bin/time", ["-f", "%M", tsx, ...args], { cwd: root, env, encoding: "utf8" })
        : spawnSync(tsx, args, { cwd: root, env, encoding: "utf8" });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kb = timed ? Number(/(\d+)\s*$/.exec(result.stderr.trim())?.[1]) : NaN;
      runs.push({ seconds, rssMb: Number.isFinite(kb) ? kb / 1024 : null });
    }
    runs.sort((a, b) => a.seconds - b.seconds);
    const mid = runs[1]!;
    console.log(`${label.padEnd(52)} ${mid.seconds.toFixed(2)} s   peak RSS ${mid.rssMb?.toFixed(0) ?? "?"} MB`);
  }
}

const suites: [string, string, string][] = [
  ["parse", "./parse.ts", "benchParse"],
  ["merge", "./merge.ts", "benchMerge"],
  ["render", "./render.ts", "benchRender"],
  ["send", "./send.ts", "benchSend"],
  ["queue", "./queue.ts", "benchQueue"],
  ["serve", "./serve.ts", "benchServe"],
  ["peer", "./peer.ts", "benchPeer"],
];

for (const [name, file, fn] of suites) {
  if (!on(name) || !existsSync(resolve(import.meta.dirname, file))) continue;
  console.log(`\n## ${name}`);
  const mod = (await import(file)) as Record<string, () => Promise<void>>;
  await mod[fn]!();
}
if (on("cli")) benchCommands();

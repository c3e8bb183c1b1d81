// Self time from V8 `.cpuprofile` files (node --cpu-prof): the top functions, then the top files or packages.
import { readFileSync } from "node:fs";

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where code lives, short: its path under `root` (`dist/digest/merge.js`, `node_modules/x/y.js`); `pkg` names a package alone. */
function place(url: string, root: string, pkg = false): string {
  const path = url.replace(/^file:\/\//, "");
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage && pkg) return `package ${inPackage[1]}`;
  return path.startsWith(root) ? path.slice(root.length + 1) : path;
}

/**
 * `count` lines of the largest self times by function (with file and line), and `count` by file or package. A
 * thread's time is sampled wall time: with more threads than cores, threads waiting for a core count too.
 */
export function topSelfTime(files: string[], count: number, root: string): string[] {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)!;
      const us = profile.timeDeltas[i] ?? 0;
      if (frame.functionName === "(idle)") return void (idle += us);
      const where = frame.url ? place(frame.url, root, true) : frame.functionName || "(native)";
      const name = `${frame.functionName || "(anonymous)"}  ${frame.url ? `${place(frame.url, root)}:${frame.lineNumber + 1}` : ""}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + us);
      byFile.set(where, (byFile.get(where) ?? 0) + us);
      total += us;
    });
  }
  const top = (table: Map<string, number>) => [...table].sort((a, b) => b[1] - a[1]).slice(0, count)
    .map(([name, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
  return [`${(total / 1e6).toFixed(1)} s busy (+ ${(idle / 1e6).toFixed(1)} s idle) in ${files.length} thread profile(s); by function:`, ...top(byFunction), "by file or package:", ...top(byFile)];
}

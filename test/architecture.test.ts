// The floor plan holds: no import cycles, stages never import the run, other folders enter the core through
// digest/index.ts, and the README's map names every file and folder of src/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const files = walk(SRC).map((f) => relative(SRC, f).split("\\").join("/"));

/** Static and dynamic relative imports of one file, as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  return specs.map((s) => relative(SRC, resolve(dirname(join(SRC, file)), s)).split("\\").join("/"));
}

/** Static imports only (`import … from`), the ones that make a load-time cycle. */
function staticImportsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  // `import type` is erased at run time, so it cannot make a load-time cycle.
  const specs = [...text.matchAll(/^(?:import(?!\s+type\s)|export(?!\s+type\s))\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']/gms)].map((m) => m[1]!);
  return specs.map((s) => relative(SRC, resolve(dirname(join(SRC, file)), s)).split("\\").join("/"));
}

const folderOf = (file: string) => (file.includes("/") ? file.split("/")[0]! : "");

describe("architecture", () => {
  it("has no import cycles", () => {
    const graph = new Map(files.map((f) => [f, staticImportsOf(f)]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...path.slice(path.indexOf(f)), f].join(" → "));
        return;
      }
      state.set(f, "open");
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, "done");
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("keeps the run at the top: no stage imports src/run/ or cli.ts", () => {
    const upward = files
      .filter((f) => folderOf(f) !== "run" && f !== "cli.ts")
      .flatMap((f) => importsOf(f).filter((t) => t.startsWith("run/") || t === "cli.ts").map((t) => `${f} → ${t}`));
    expect(upward).toEqual([]);
  });

  it("enters the editorial core only through digest/index.ts", () => {
    const inside = files
      .filter((f) => folderOf(f) !== "digest")
      .flatMap((f) => importsOf(f).filter((t) => t.startsWith("digest/") && t !== "digest/index.ts").map((t) => `${f} → ${t}`));
    expect(inside).toEqual([]);
  });

  it("lists every file and folder of src/ in the README's map", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = readme.slice(readme.indexOf("## Map of the code")).split("```text")[1]!.split("```")[0]!;
    // "  name" at two spaces is under src/; "    name" at four is under the last folder named at two.
    const named = new Set<string>();
    let folder = "";
    for (const line of block.split("\n")) {
      const m = /^( {2}| {4})([\w.-]+\/?)(?:\s|$)/.exec(line);
      if (!m) continue;
      if (m[1]!.length === 2) {
        folder = m[2]!.endsWith("/") ? m[2]! : "";
        named.add(m[2]!);
      } else named.add(folder + m[2]!);
    }
    const folders = [...new Set(files.filter((f) => f.includes("/")).map((f) => `${folderOf(f)}/`))];
    const missing = [...files, ...folders].filter((name) => !named.has(name));
    const stale = [...named].filter((name) => !files.includes(name) && !folders.includes(name));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });
});

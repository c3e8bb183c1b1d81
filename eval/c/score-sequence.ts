// Replays consecutive news days in date order, each edition judged against the memory the earlier ones left (what
// `digest` does between editions; score.py builds each day alone). Prints score.py-style figures per day plus what
// staleness is about: re-posts and retellings of earlier days left out, continuing stories marked developing.
// usage: node --import tsx eval/c/score-sequence.ts [--data eval/c] --seeds 504,505,...  (from the project root)
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config/index.ts";
import { adhocSources } from "../../src/config/sources.ts";
import { dayWindow } from "../../src/day.ts";
import { buildDigest, rememberEdition } from "../../src/digest/index.ts";
import { createLogger } from "../../src/log.ts";
import { collectSources } from "../../src/run/pipeline.ts";
import type { Digest, DigestEntry, DigestHistory } from "../../src/types.ts";

interface GoldEntry { id: string; headline: string | null; first_sentence: string | null; published: string | null; topic: string; importance: number; story: string }
interface Gold { seed: string; source: string; entries: GoldEntry[] }

const { values } = parseArgs({ options: { data: { type: "string", default: "eval/c" }, seeds: { type: "string" } } });
const data = resolve(values.data!);
const files = readdirSync(join(data, "gold")).filter((f) => /^\d{3}_.*\.json$/.test(f));
const wanted = values.seeds ? new Set(values.seeds.split(",")) : null;
const golds = files.filter((f) => !wanted || wanted.has(f.slice(0, 3))).map((f) => JSON.parse(readFileSync(join(data, "gold", f), "utf8")) as Gold);
const norm = (s: string | null) => (s ?? "").normalize("NFKC").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase().replace(/[ .:]+$/, "");

/** Gold entry → digest entry: same headline, else the first sentence inside the summary (as score.py matches). */
function match(gold: GoldEntry[], got: DigestEntry[]): Map<string, DigestEntry> {
  const out = new Map<string, DigestEntry>();
  const used = new Set<DigestEntry>();
  for (const g of gold) {
    const hit = got.find((e) => !used.has(e) && ((g.headline && norm(e.headline) === norm(g.headline)) || (g.first_sentence && norm(e.summary).includes(norm(g.first_sentence).slice(0, 80)))));
    if (hit) { out.set(g.id, hit); used.add(hit); }
  }
  return out;
}

const days = [...new Set(golds.flatMap((g) => g.entries.map((e) => (e.published ?? "").slice(0, 10)).filter(Boolean)))].sort();
const config = loadConfig({});
const log = createLogger({ quiet: true });
let history: DigestHistory = { editions: [] };
const seenStories = new Set<string>();
const total = { topic: 0, n: 0, pp: 0, pg: 0, pc: 0, i3: 0, i3n: 0, i1: 0, i1n: 0, left: 0, leftN: 0, dev: 0, devN: 0 };
for (const day of days) {
  const todays = golds.filter((g) => g.entries.some((e) => e.published?.startsWith(day)));
  const sources = adhocSources(todays.map((g) => join(data, "seeds", g.seed)));
  const results = await collectSources(sources, config, day, { now: () => new Date(`${day}T23:00:00Z`), log });
  const digest: Digest = buildDigest(results, dayWindow(day, "UTC"), { topics: config.topics, topStories: config.topStories, generatedAt: `${day}T23:00:00Z`, history });
  const gold = todays.flatMap((g) => g.entries.filter((e) => e.published?.startsWith(day)));
  const pairs = match(gold, digest.entries);
  const f = { topic: 0, n: 0, pp: 0, pg: 0, pc: 0, i3: 0, i3n: 0, i1: 0, i1n: 0, left: 0, leftN: 0, dev: 0, devN: 0 };
  const matched = gold.filter((g) => pairs.has(g.id));
  for (const g of matched) {
    const e = pairs.get(g.id)!;
    f.n++; f.topic += Number((["strikes", "aid", "diplomacy"].includes(e.topic) ? e.topic : "other") === g.topic);
    if (g.importance === 3) { f.i3n++; f.i3 += Number(e.selected); }
    if (g.importance === 1) { f.i1n++; f.i1 += Number(e.selected); }
    // a body-bearing entry of a story told on an earlier day, and of importance 1, is a re-post or a retelling
    if (seenStories.has(g.story) && g.importance === 1 && g.first_sentence) { f.leftN++; f.left += Number(!e.selected && /^(repeat|stale)/.test(e.leftOut ?? "")); }
    if (seenStories.has(g.story) && g.importance === 3) {
      f.devN++;
      f.dev += Number(digest.stories.find((s) => s.id === e.storyId)?.developing === true && e.selected);
    }
  }
  matched.forEach((a, i) => matched.slice(i + 1).forEach((b) => {
    const sg = a.story === b.story;
    const sp = pairs.get(a.id)!.storyId === pairs.get(b.id)!.storyId;
    f.pg += Number(sg); f.pp += Number(sp); f.pc += Number(sg && sp);
  }));
  console.log(`sequence ${day}: matched ${matched.length}/${gold.length} | topic ${f.topic}/${f.n} | story pairs gold ${f.pg} got ${f.pp} both ${f.pc} | imp-3 selected ${f.i3}/${f.i3n} | imp-1 selected ${f.i1}/${f.i1n} | earlier days' repeats left out ${f.left}/${f.leftN} | continuing stories shown as developing ${f.dev}/${f.devN}`);
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += f[k];
  history = { editions: [...history.editions, rememberEdition(digest)] };
  for (const g of gold) seenStories.add(g.story);
}
const pct = (a: number, b: number) => (b ? Math.round((100 * a) / b) : NaN);
const [p, r] = [pct(total.pc, total.pp), pct(total.pc, total.pg)];
console.log(`SEQUENCE topic=${pct(total.topic, total.n)} story_f1=${p + r ? Math.round((2 * p * r) / (p + r)) : NaN} imp3_selected=${pct(total.i3, total.i3n)} imp1_selected=${pct(total.i1, total.i1n)} repeats_left_out=${pct(total.left, total.leftN)} developing=${pct(total.dev, total.devN)}`);

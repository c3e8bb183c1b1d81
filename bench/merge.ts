// Merge scaling: mergeStories on 1k, 10k and 100k synthetic entries (stories told 1-3 times, some re-posts).
import { mergeStories, type MergeItem } from "../src/digest/merge.ts";

/** Seeded PRNG (mulberry32) so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ["strikes", "aid", "diplomacy", "other"];

/** `count` entries: one story per ~2 entries, shared Zipf-like vocabulary, unique place names and figures per story. */
export function syntheticEntries(count: number, seed = 7): MergeItem[] {
  const rnd = random(seed);
  const vocabulary = Array.from({ length: 20000 }, (_, i) => `word${i.toString(36)}`);
  const common = () => vocabulary[Math.floor(vocabulary.length * rnd() ** 3)]!;
  const items: MergeItem[] = [];
  const start = Date.parse("2024-01-01T00:00:00Z");
  const span = Math.max(1, count / 300) * 86400000;
  for (let story = 0; items.length < count; story++) {
    const place = `Place${story.toString(36)}`;
    const figure = String(100 + (story % 9000));
    const base = Array.from({ length: 50 }, common);
    const topic = TOPICS[story % TOPICS.length]!;
    const time = start + Math.floor(rnd() * span);
    const tellings = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < tellings && items.length < count; k++) {
      const repost = k > 0 && k % 3 === 0 ? false : k > 0 && rnd() < 0.3;
      const words = repost ? base : base.map((w) => (rnd() < 0.4 ? common() : w));
      items.push({
        id: `e${items.length}`,
        source: repost ? "source0" : `source${k % 3}`,
        topic,
        published: new Date(time + k * 3600000).toISOString(),
        headline: `Report from ${place} on ${words.slice(0, 6).join(" ")}`,
        body: [`In ${place}, ${figure} ${words.join(" ")}.`],
      });
    }
  }
  return items;
}

/** Prints the time mergeStories takes for 1k, 10k and 100k entries, and the 100k/10k ratio. */
export async function benchMerge(): Promise<void> {
  const times = new Map<number, number>();
  for (const n of [1000, 10000, 100000]) {
    const items = syntheticEntries(n);
    const started = process.hrtime.bigint();
    const result = mergeStories(items);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    times.set(n, ms);
    console.log(`merge ${String(n).padStart(6)} entries: ${ms.toFixed(0).padStart(6)} ms  ${result.groups.length} stories, ${result.repostOf.size} re-posts`);
  }
  const ratio = (times.get(100000) ?? 0) / (times.get(10000) ?? 1);
  console.log(`100k / 10k time ratio: ${ratio.toFixed(1)}× (near-linear is ~10×; the target is ≤ 15×)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMerge();

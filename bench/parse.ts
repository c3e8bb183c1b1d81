// Parse throughput on generated live-blog text (The Independent's trailing-stamp style) of 1, 10 and 100 MB.
import { parseDocument } from "../src/parse/index.ts";

const SUBJECTS = ["Council", "Ministry", "Port authority", "Rail operator", "Fire service", "Weather office"];
const VERBS = ["confirms", "delays", "announces", "reviews", "extends", "suspends"];
const OBJECTS = ["new timetable", "repair works", "budget plan", "safety checks", "night services", "public inquiry"];

/** Live-blog text of about `bytes` UTF-8 bytes: headline, three paragraphs, trailing stamp, newest first. */
export function generateLiveblogText(bytes: number): string {
  const parts: string[] = ["Key Points", "Show latest update"];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const minutes = 1439 - (i % 1440);
    const day = 28 - (Math.floor(i / 1440) % 27);
    const [s, v, o] = [SUBJECTS[i % 6], VERBS[(i >> 1) % 6], OBJECTS[(i >> 2) % 6]];
    const block = [
      `${s} ${v} ${o} (update ${i})`,
      `The ${s?.toLowerCase()} said on Tuesday that it ${v} the ${o} after a meeting with local representatives.`,
      `Officials expected a further statement later in the day, according to a short note published online.`,
      `“We will keep residents informed as the situation develops,” a spokesperson said.`,
      `Alex Rivera${day} February 2024 ${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`,
    ].join("\n");
    parts.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return parts.join("\n");
}

/** Prints entries/s and MB/s for parsing 1, 10 and 100 MB of generated live-blog text. */
export async function benchParse(): Promise<void> {
  for (const mb of [1, 10, 100]) {
    const body = generateLiveblogText(mb * 1024 * 1024);
    const start = performance.now();
    const parsed = parseDocument(
      { sourceId: "bench", location: "bench.txt", body, contentType: null, fetchedAt: "2024-02-28T12:00:00Z" },
      { format: "auto", date: null, timezone: null, sourceName: null, url: null },
    );
    const seconds = (performance.now() - start) / 1000;
    const megabytes = Buffer.byteLength(body) / 1024 / 1024;
    const entries = parsed.entries.length;
    console.log(
      `parse ${mb} MB: ${entries} entries in ${seconds.toFixed(2)} s = ` +
        `${Math.round(entries / seconds)} entries/s, ${(megabytes / seconds).toFixed(1)} MB/s`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void benchParse();

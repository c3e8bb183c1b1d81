// Render costs of a 30-story edition: first (cold: templates + MJML load) and warm, per-recipient pass 2, sizes.
import { personalise, renderEmail } from "../src/render/email.ts";
import { renderMarkdown } from "../src/render/markdown.ts";
import { TEMPLATES_DIR } from "../src/paths.ts";
import { loadTemplates } from "../src/render/templates.ts";
import { toView } from "../src/render/view.ts";
import type { Recipient } from "../src/types.ts";
import { fixedDigest } from "../test/fixtures/render/edition.ts";

const OPTIONS = { subject: "Briefing — {{dateShort}}: {{storyCount}} stories", archiveUrl: "https://briefing.example.org/archive", readerTimezone: "Europe/Kyiv" };
const TOPICS = [[], ["aid"], ["strikes", "diplomacy"], ["other"]];

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Prints render time (first and warm), per-recipient personalisation cost and the HTML/text sizes. Asserts nothing. */
export async function benchRender(): Promise<void> {
  const digest = fixedDigest();
  let start = process.hrtime.bigint();
  const templates = await loadTemplates(TEMPLATES_DIR);
  const loadMs = ms(start);
  start = process.hrtime.bigint();
  await import("mjml");
  const mjmlLoadMs = ms(start);
  start = process.hrtime.bigint();
  const firstView = toView(digest, OPTIONS);
  renderMarkdown(firstView, templates);
  const first = await renderEmail(firstView, templates);
  const firstMs = ms(start);

  const warm: number[] = [];
  for (let i = 0; i < 15; i++) {
    start = process.hrtime.bigint();
    const view = toView(digest, OPTIONS);
    renderMarkdown(view, templates);
    await renderEmail(view, templates);
    warm.push(ms(start));
  }

  const recipients: Recipient[] = Array.from({ length: 5000 }, (_, i) => ({
    email: `reader${i}@example.org`,
    name: i % 3 === 0 ? null : `Reader ${i}`,
    topics: TOPICS[i % TOPICS.length] ?? [],
    unsubscribeUrl: `https://briefing.example.org/u/${i.toString(36)}`,
    unsubscribeMailto: "unsubscribe@example.org",
  }));
  for (const r of recipients.slice(0, 500)) personalise(first, r); // warm the JIT
  start = process.hrtime.bigint();
  let bytes = 0;
  for (const r of recipients) bytes += personalise(first, r).html.length;
  const perRecipientMs = ms(start) / recipients.length;

  const full = personalise(first, recipients[0]!); // every topic
  const kb = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(1);
  console.log(`stories                              ${firstView.storyCount}`);
  console.log(`load + compile templates (cold)      ${loadMs.toFixed(1)} ms`);
  console.log(`import("mjml") (once per process)     ${mjmlLoadMs.toFixed(1)} ms`);
  console.log(`first render (view+md+MJML)          ${firstMs.toFixed(1)} ms   (cold JIT, after the import)`);
  console.log(`warm render (median of 15)           ${median(warm).toFixed(1)} ms   (min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)})`);
  console.log(`personalise per recipient (5,000)    ${(perRecipientMs * 1000).toFixed(1)} µs   (html+text; avg html ${(bytes / recipients.length / 1024).toFixed(1)} KB)`);
  console.log(`HTML size, every section             ${kb(full.html)} KB   (Gmail clips at ~102 KB; budget 90 KB)`);
  console.log(`HTML before pass 2 (edition)          ${(first.htmlBytes / 1024).toFixed(1)} KB`);
  console.log(`text/plain size                      ${kb(full.text)} KB`);
}

if (process.argv[1]?.endsWith("render.ts")) await benchRender();

// explain: the digest as plain text for `digest --explain`: why each story is shown, where it is filed, what merged.
import type { Digest, DigestEntry, Story } from "../types.ts";

/** Human-readable account of a digest: per story its score parts, topic rules, merges; then what was left out. */
export function explainDigest(digest: Digest): string {
  const entries = new Map(digest.entries.map((e) => [e.id, e]));
  const stories = new Map(digest.stories.map((s) => [s.id, s]));
  const lines: string[] = [`Digest for ${digest.date} (${digest.timezone}), generated ${digest.generatedAt}`, ""];

  lines.push("Sources:");
  for (const s of digest.sources) {
    lines.push(`  ${s.name}: ${s.status === "ok" ? `${s.entries} entries today` : `FAILED: ${s.error ?? "unknown error"}`}`);
    for (const w of s.warnings) lines.push(`    warning: ${w}`);
  }
  lines.push("", `Top stories: ${digest.topStoryIds.map((id, i) => `${i + 1}. ${stories.get(id)?.headline ?? id}`).join("  ") || "(none)"}`);

  for (const section of digest.sections) {
    lines.push("", `== ${section.title} (${section.topic}) ==`);
    section.storyIds.forEach((id, i) => {
      const story = stories.get(id);
      if (story) lines.push(...explainStory(story, i + 1, entries));
    });
  }

  const hidden = digest.stories.filter((s) => !digest.sections.some((sec) => sec.storyIds.includes(s.id)));
  if (hidden.length > 0) {
    lines.push("", "== Not shown ==");
    for (const story of hidden) {
      const lead = entries.get(story.entryIds[0] ?? "");
      const why = lead?.reasons.at(-1) ?? "not among any source's key points";
      lines.push(`  - [${story.score}] ${story.headline} (${story.topic}; ${story.sources.join(", ")}): ${why}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function explainStory(story: Story, rank: number, entries: Map<string, DigestEntry>): string[] {
  const out = [`${rank}. [score ${story.score}] ${story.headline}`];
  out.push(`   reported by ${story.sources.join(", ")}; latest ${story.published ?? "undated"}; ${story.entryIds.length} entr${story.entryIds.length === 1 ? "y" : "ies"}`);
  for (const reason of story.reasons) out.push(`   story: ${reason}`);
  for (const id of story.entryIds) {
    const entry = entries.get(id);
    if (!entry) continue;
    out.push(`   - ${entry.selected ? "selected" : "not selected"} ${entry.id} (${entry.source}, ${entry.published ?? "undated"}, score ${entry.score}): ${entry.headline ?? entry.summary.slice(0, 80)}`);
    for (const reason of entry.reasons) out.push(`       ${reason}`);
  }
  return out;
}

// explain: the digest as plain text for `digest --explain`: why each story is shown, where it is filed, its relevance
// to the beat, the details merged entries share, what is new since an earlier edition, and why the rest was left out.
import type { Digest, DigestEntry, Story } from "../types.ts";

/** Human-readable account of a digest: per story its score parts, topic rules, merges; then what was left out and why. */
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
  const elsewhere = digest.elsewhereStoryIds ?? [];
  if (elsewhere.length > 0) {
    lines.push("", "== Elsewhere (off the beat) ==");
    elsewhere.forEach((id, i) => {
      const story = stories.get(id);
      if (story) lines.push(...explainStory(story, i + 1, entries));
    });
  }
  lines.push(...leftOut(digest, entries));
  return `${lines.join("\n")}\n`;
}

function explainStory(story: Story, rank: number, entries: Map<string, DigestEntry>): string[] {
  const out = [`${rank}. [score ${story.score}] ${story.headline}${story.developing ? "  (developing)" : ""}`];
  out.push(`   reported by ${story.sources.join(", ")}; latest ${story.published ?? "undated"}; ${story.entryIds.length} entr${story.entryIds.length === 1 ? "y" : "ies"}`);
  if (story.developing) out.push(`   new since ${story.since}: ${story.newSince}`);
  for (const reason of story.reasons) out.push(`   story: ${reason}`);
  for (const id of story.entryIds) {
    const entry = entries.get(id);
    if (!entry) continue;
    out.push(`   - ${entry.selected ? "selected" : `left out (${entry.leftOut ?? "not selected"})`} ${entry.id} (${entry.source}, ${entry.published ?? "undated"}, score ${entry.score}): ${entry.headline ?? entry.summary.slice(0, 80)}`);
    for (const reason of entry.reasons) out.push(`       ${reason}`);
  }
  return out;
}

/** Why the rest was left out: the stories not shown, then every entry left out, grouped by reason. */
function leftOut(digest: Digest, entries: Map<string, DigestEntry>): string[] {
  const shown = new Set([...digest.sections.flatMap((s) => s.storyIds), ...(digest.elsewhereStoryIds ?? [])]);
  const hidden = digest.stories.filter((s) => !shown.has(s.id));
  const out: string[] = [];
  if (hidden.length > 0) {
    out.push("", "== Not shown ==");
    for (const story of hidden) {
      const why = story.reasons.at(-1) ?? "not among any source's key points";
      out.push(`  - [${story.score}] ${story.headline} (${story.topic}; ${story.sources.join(", ")}): ${why}`);
    }
  }
  const groups = new Map<string, DigestEntry[]>();
  for (const e of entries.values()) {
    if (e.selected) continue;
    const kind = (e.leftOut ?? "not selected").replace(/ of \d{4}-\d{2}-\d{2}$| \d{4}-\d{2}-\d{2}.*$|^repeats .*/, (m) => (m.startsWith("repeats") ? "repeats an entry of the day" : ""));
    groups.set(kind, [...(groups.get(kind) ?? []), e]);
  }
  if (groups.size > 0) out.push("", "== Entries left out, by reason ==");
  for (const [kind, list] of groups) {
    out.push(`  ${kind} (${list.length}):`);
    for (const e of list) {
      const detail = kind === "off the beat" ? e.reasons.find((r) => r.startsWith("relevance")) : e.reasons.find((r) => /^(repeat of|stale:|merged with)/.test(r));
      out.push(`    - ${e.id} (${e.source}): ${e.headline ?? e.summary.slice(0, 80)}${detail ? ` — ${detail}` : ""}`);
    }
  }
  return out;
}

// Progress of a send on stderr: a redrawn bar on a terminal, plain periodic lines otherwise.

/** Counts at one moment of a send. `total` is null while the list is still being read and no estimate was given. */
export interface ProgressCounts {
  sent: number;
  skipped: number;
  failed: number;
  total: number | null;
}

/** `1:05`, `12s`: a short duration. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** One progress line: `[#####-----] 1200/5000 24% 512 msg/s ETA 7s, 3 failed, 10 skipped`. */
export function formatProgress(counts: ProgressCounts, elapsedMs: number, width = 24): string {
  const done = counts.sent + counts.skipped + counts.failed;
  const rate = elapsedMs > 0 ? counts.sent / (elapsedMs / 1000) : 0;
  const parts: string[] = [];
  if (counts.total !== null && counts.total > 0) {
    const share = Math.min(1, done / counts.total);
    const filled = Math.round(share * width);
    parts.push(`[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${counts.total} ${Math.floor(share * 100)}%`);
  } else {
    parts.push(`${done}/?`);
  }
  parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)} msg/s`);
  if (counts.total !== null && rate > 0 && done < counts.total) parts.push(`ETA ${formatDuration((counts.total - done) / rate)}`);
  const extra = [counts.failed ? `${counts.failed} failed` : "", counts.skipped ? `${counts.skipped} skipped` : ""].filter(Boolean);
  return `${parts.join(" ")}${extra.length ? `, ${extra.join(", ")}` : ""}`;
}

/** Reports progress to `stream`: redraws at most every 100 ms on a TTY, else one line every `intervalMs`. */
export function createProgress(
  stream: NodeJS.WritableStream,
  label: string,
  options: { intervalMs?: number; now?: () => number } = {},
): { update(counts: ProgressCounts): void; finish(counts: ProgressCounts): void } {
  const tty = (stream as { isTTY?: boolean }).isTTY === true;
  const now = options.now ?? (() => performance.now());
  const interval = tty ? 100 : options.intervalMs ?? 5000;
  const started = now();
  let last = started;
  const line = (counts: ProgressCounts) => `${label}: ${formatProgress(counts, now() - started)}`;
  return {
    update(counts) {
      if (now() - last < interval) return;
      last = now();
      stream.write(tty ? `\r${line(counts)}\u001b[K` : `${line(counts)}\n`);
    },
    finish(counts) {
      stream.write(tty ? `\r${line(counts)}\u001b[K\n` : `${line(counts)}\n`);
    },
  };
}

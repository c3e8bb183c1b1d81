// Pacing and retry timing for the sender: a steady messages-per-second limiter and bounded exponential backoff.

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const done = () => { clearTimeout(timer); signal?.removeEventListener("abort", done); resolve(); };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** Spaces calls to `take()` at least 1/perSecond apart (no bursts); `clock`/`wait` are swappable for tests. */
export function createRateLimiter(
  perSecond: number,
  clock: () => number = () => performance.now(),
  wait: (ms: number, signal?: AbortSignal) => Promise<void> = sleep,
): { take(signal?: AbortSignal): Promise<void> } {
  const interval = 1000 / perSecond;
  let next = -Infinity;
  return {
    async take(signal) {
      const now = clock();
      const at = Math.max(now, next);
      next = at + interval;
      if (at > now) await wait(at - now, signal);
    },
  };
}

/** Retry policy: how many tries in all, and the backoff bounds. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Five tries over about 15 s: enough for greylisting and a busy server, bounded for a dead one. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

/** Delay before try `attempt + 1`: base·2^(attempt-1), capped, with ±25 % jitter so connections do not retry in step. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const raw = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(raw * (0.75 + random() * 0.5));
}

// The process we run in: its environment (with `.env` underneath) and its stop signals.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";

/** The process environment with `.env` (if present) filled in underneath it. */
export function environment(cwd = process.cwd()): Record<string, string | undefined> {
  const file = resolve(cwd, ".env");
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, "utf8")) : {};
  return { ...fromFile, ...process.env };
}

/** SIGINT/SIGTERM: the first asks the run to stop taking new work; a second exits at once. */
export function withSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`${name}: finishing the message in flight, then stopping (again to quit at once)\n`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

/** True for 127.0.0.0/8, ::1 and localhost: this machine, the only hosts we talk to (or link to) without TLS. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/** An absolute http:// URL on a loopback host (a server on this machine: trying it out, tests). */
export function isLoopbackHttp(url: string): boolean {
  if (!/^http:\/\/\S+$/.test(url)) return false;
  try {
    return isLoopback(new URL(url).hostname);
  } catch {
    return false;
  }
}

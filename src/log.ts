// Structured logs on stderr: one line per event, JSON when stderr is not a terminal, readable when it is.
// Secrets handed to createLogger never appear in a line, whatever field or message carries them.

export type LogFields = Record<string, unknown>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  json?: boolean;
  secrets?: (string | null | undefined)[];
  now?: () => Date;
  quiet?: boolean;
}

/** A logger writing to `stream` (stderr by default) that redacts every given secret. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const stream = options.stream ?? process.stderr;
  const json = options.json ?? !stream.isTTY;
  const now = options.now ?? (() => new Date());
  const redact = redactor(options.secrets ?? []);
  const write = (level: string, event: string, fields: LogFields = {}) => {
    if (options.quiet && level === "info") return;
    const line = json
      ? JSON.stringify({ time: now().toISOString(), level, event, ...fields })
      : `${level === "info" ? "" : `${level.toUpperCase()} `}${event}${formatFields(fields)}`;
    stream.write(`${redact(line)}\n`);
  };
  return {
    info: (event, fields) => write("info", event, fields),
    warn: (event, fields) => write("warn", event, fields),
    error: (event, fields) => write("error", event, fields),
  };
}

/** Secrets worth hiding from an env: passwords inside URLs and whole secret values. */
export function secretsOf(env: Record<string, string | undefined>): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(env)) {
    if (!value) continue;
    if (/_URL$/.test(key)) {
      try {
        const url = new URL(value);
        if (url.password) found.push(url.password, decodeURIComponent(url.password));
        const raw = /^[a-z0-9+.-]+:\/\/[^:/@]*:([^@]+)@/i.exec(value)?.[1];
        if (raw) found.push(raw);
      } catch {
        // not a URL: nothing inside to hide
      }
    }
    if (/SECRET|PASSWORD|PRIVATE_KEY|TOKEN/.test(key) && value.length >= 4) found.push(value);
  }
  return found;
}

function redactor(secrets: (string | null | undefined)[]): (text: string) => string {
  const list = [...new Set(secrets.filter((s): s is string => !!s && s.length >= 3))].sort((a, b) => b.length - a.length);
  const variants = list.flatMap((s) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)]);
  return (text) => variants.reduce((out, secret) => out.split(secret).join("***"), text);
}

function formatFields(fields: LogFields): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`);
  return parts.length ? `  ${parts.join(" ")}` : "";
}

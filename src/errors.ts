// One error type for the whole pipeline. `code` says which stage failed; the CLI maps it to an exit code.

export type ErrorCode = "ECONFIG" | "EUSAGE" | "EREAD" | "EPARSE" | "ERENDER" | "ESEND" | "ELOCK";

export class DigestError extends Error {
  readonly code: ErrorCode;
  readonly sourceId: string | undefined;

  constructor(code: ErrorCode, message: string, options: { sourceId?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "DigestError";
    this.code = code;
    this.sourceId = options.sourceId;
  }
}

/** Exit codes: 0 ok, 1 the run failed, 2 bad usage or configuration. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof DigestError && (error.code === "ECONFIG" || error.code === "EUSAGE")) return 2;
  return 1;
}

/** One line describing any thrown value, for stderr and for source reports. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.name;
  return String(error);
}

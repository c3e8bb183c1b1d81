// The body of a parse worker thread: parses each document it is sent and posts back the entries or the error.
import { parentPort } from "node:worker_threads";
import { DigestError } from "../errors.ts";
import { parseDocument } from "../parse/index.ts";
import type { ParseOptions, RawDocument } from "../types.ts";

parentPort?.on("message", (job: { doc: RawDocument; options: ParseOptions }) => {
  try {
    parentPort!.postMessage({ parsed: parseDocument(job.doc, job.options) });
  } catch (error) {
    const code = error instanceof DigestError ? error.code : "EPARSE";
    parentPort!.postMessage({ error: { code, message: (error as Error).message ?? String(error) } });
  }
});

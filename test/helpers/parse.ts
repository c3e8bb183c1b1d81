// The parser as the page-form tests call it: one page, its format detected, fetched at a fixed time from a fixed address.
import { parseDocument } from "../../src/parse/index.ts";
import type { ParseOptions } from "../../src/types.ts";

export function parsePage(body: string, options: Partial<ParseOptions> = {}, location = "https://news.example.org/page") {
  return parseDocument(
    { sourceId: "t", location, body, contentType: null, fetchedAt: "2026-01-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

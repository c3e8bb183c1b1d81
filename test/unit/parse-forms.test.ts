// General page forms met on outlets the parser was never shown: metadata lines, byline and stamp forms, datelines.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";
import type { ParseOptions } from "../../src/types.ts";

function parse(body: string, options: Partial<ParseOptions> = {}) {
  return parseDocument(
    { sourceId: "t", location: "https://news.example.org/page", body, contentType: null, fetchedAt: "2024-06-10T08:00:00Z" },
    { format: "auto", date: null, timezone: null, sourceName: null, url: null, ...options },
  );
}

const headlines = (body: string) => parse(body).entries.map((e) => e.headline);

describe("label-value metadata lines are furniture", () => {
  it("a view counter under the page stamp heads no update", () => {
    const page = [
      "Timeline of the storm, 3-4 March 2024", "The timeline is updated through the day. Times are Kyiv time.",
      "04.03.2024 09:12", "Reads: 12,345", "4 March 2024",
      "07:40 — Bridge reopens to traffic", "Crews finished the repairs before dawn, officials said.",
      "06:10 — Ferry service resumes", "The first ferry left the harbour at six, the operator said.",
    ].join("\n");
    expect(headlines(page)).toEqual(["Bridge reopens to traffic", "Ferry service resumes"]);
  });

  it("a CMS field line and a sponsor credit are no section headings", () => {
    const page = [
      "The Daily Letter", "Evening letter: the harbour reopens and the council votes", "By Mira Olsen", "4 March 2024",
      "Hello and welcome to the evening letter, a short look at the day's news from the coast.",
      "Content-Type: Analysis",
      "In this letter:", "Harbour reopens", "Council votes on budget",
      "Harbour reopens", "The harbour reopened on Monday after a week of repairs, the port authority said.",
      "Underwriting Provided By: Learn more",
      "Council votes on budget", "The town council approved next year's budget by a narrow margin on Monday.",
      "Underwriting Provided By: Learn more", "Thanks. Please check your inbox.",
    ].join("\n");
    expect(headlines(page)).toEqual(["Harbour reopens", "Council votes on budget"]);
  });
});

// Forms met on the eval/as and eval/at pages after they were scored fresh (own pages, own words): a stamp followed by
// the age of its last edit ("Last update: about 2 hours ago") or a view counter ("👁 3 418"), a group's legal name in
// the copyright line under a masthead that stands over the menu, news in brief led by datelines ("KHERSON – …"), an
// HTML article told as a timeline of paragraphs opened by their times ("<strong>5:40 am:</strong> …") and a
// Portuguese date written "19.abr.2023 às 19h55".
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

const times = (doc: ReturnType<typeof parse>) => doc.entries.map((e) => e.published);

describe("stamps with something after the time", () => {
  it("reads 'Agency <date>, <time> Last update: about 2 hours ago' as the post's time and credit, and names the paper over the menu, not its company", () => {
    const post = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, "", "Read more", ""];
    const page = ["Skip to main content", "The Gozo Courier", "Local  Court & Police  World  Business  Sport  Opinions", "",
      ...post("Ferry fares to rise in autumn", "Associated Press Tuesday, 2 July 2024, 21:35 Last update: about 2 hours ago",
        "Fares on the island ferry will rise by a tenth from October, the transport ministry said on Tuesday."),
      ...post("Harbour works delayed again", "Reuters Tuesday, 2 July 2024, 15:45 Last update: about 7 hours ago",
        "Works on the new breakwater were delayed for a third time after a contractor pulled out, officials said."),
      "© 2024 Harbourside Publications Ltd.  Contact us  Privacy Policy"].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.sourceName).toBe("The Gozo Courier");
    expect(doc.entries.map((e) => [e.headline, e.author, e.published])).toEqual([
      ["Ferry fares to rise in autumn", "Associated Press", "2024-07-02T21:35:00Z"],
      ["Harbour works delayed again", "Reuters", "2024-07-02T15:45:00Z"],
    ]);
  });

  it("reads 'Today, 02:15   👁 3 418' as a time, the view counter no part of it", () => {
    const page = ["Steppe Wire", "", "World news", "",
      "Grain exports reach a record", "Today, 02:15   👁 3 418", "",
      "Grain exports through the eastern ports reached a record in June, the agriculture ministry said.", "",
      "New airport terminal opens", "Yesterday, 22:45   👁 2 117", "",
      "A new terminal opened at the capital's airport on Wednesday evening, doubling its capacity.", ""].join("\n");
    expect(times(parse(page, { date: "2024-07-04", timezone: "UTC" }))).toEqual(["2024-07-04T02:15:00Z", "2024-07-03T22:45:00Z"]);
  });
});

describe("articles made of items", () => {
  it("reads news in brief led by datelines ('KHERSON – …') as one entry per item, its next paragraphs carrying it on", () => {
    const page = ["Reef Star News", "", "World", "World news in brief", "", "By World Desk", "June 9, 2023 10:45 am", "",
      "KYIV – Engineers began repairing the main water pipeline into the capital on Thursday, the city council said.", "",
      "Supplies should return to normal by the weekend.", "",
      "VIENNA – The atomic energy agency said its inspectors would rotate at the power plant next week.", "",
      "BRUSSELS – European ministers remained divided over a new round of trade measures, diplomats said.", "",
      "© 2023 Reef Star News"].join("\n");
    const doc = parse(page, { timezone: "UTC" });
    expect(doc.entries.map((e) => [e.headline, e.body.length, e.body[0]!.slice(0, 12)])).toEqual([
      [null, 2, "KYIV – Engin"], [null, 1, "VIENNA – The"], [null, 1, "BRUSSELS – E"],
    ]);
    expect(doc.entries.every((e) => e.published === "2023-06-09T10:45:00Z" && e.author === "World Desk")).toBe(true);
  });

  it("reads an HTML article told as a timeline ('<strong>5:40 am:</strong> …') as one entry per time, in its JSON-LD's offset", () => {
    const para = (time: string, text: string) => `<p><strong>${time}:</strong> ${text}</p>`;
    const doc = parse(`<!DOCTYPE html><html lang="en"><head><title>The day in review | Island Herald</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The day in review", "datePublished": "2023-01-23T05:40:00-04:00"}</script></head><body>
<main><article><h1>The day in review</h1><p class="standfirst"><em>The main events of the day, updated as they happen.</em></p>
${para("5:40 am", "The port authority said the first cruise ship of the season would dock on Friday.")}
<p>About three thousand passengers are expected ashore.</p>
${para("9:05 am", "The central bank kept its main interest rate unchanged for a fourth month.")}
${para("1:45 pm", "Heavy rain flooded several roads in the capital, the police said.")}
</article></main></body></html>`);
    expect(doc.entries.map((e) => [e.headline, e.published, e.body.length])).toEqual([
      [null, "2023-01-23T09:40:00Z", 2], [null, "2023-01-23T13:05:00Z", 1], [null, "2023-01-23T17:45:00Z", 1],
    ]);
    expect(doc.entries[0]!.body[0]).toBe("The port authority said the first cruise ship of the season would dock on Friday.");
  });
});

describe("dates printed in the home's language", () => {
  it("reads a date written '19.abr.2023 às 19h55'", () => {
    const post = (headline: string, stamp: string, text: string) => [headline, stamp, "", text, ""];
    const page = ["Planalto Ledger", "", ...post("Coffee exports climb", "19.abr.2023 às 19h55",
      "Coffee exports rose by a fifth in March from a year earlier, the exporters' council said."),
    ...post("Rail strike called off", "19.abr.2023 às 9h30", "Rail workers called off a planned strike after a late pay offer, the union said.")].join("\n");
    expect(times(parse(page, { timezone: "America/Sao_Paulo" }))).toEqual(["2023-04-19T22:55:00Z", "2023-04-19T12:30:00Z"]);
  });
});

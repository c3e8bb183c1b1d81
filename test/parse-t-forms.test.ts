// Forms met on the eval/t pages after they were scored fresh (own pages, own words): a key-events list under one
// sentence of introduction (no sub-headings), dated and signed by the page's head; "Author: Name" in an HTML block;
// a site named by its address under a country's domain.
import { describe, expect, it } from "vitest";
import { parsePage as parse } from "./helpers/parse.ts";

describe("a key-events list under one sentence of introduction", () => {
  const page = [
    "The Highland Courier", "Subscribe   Sign in", "", "News   Sport   Business", "", "World news", "",
    "Floods: key events on the third day", "", "Morag Cullen", "14 October, 2023 20:30", "", "Facebook   Twitter   Email", "",
    "Here are the main developments from Saturday.", "",
    "• The river burst its banks at two more towns in the afternoon, flooding the main streets and closing the bridge.", "",
    "• Rescue crews took more than two hundred people from their homes by boat, the fire service said on Saturday evening.", "",
    "• The rail line to the coast will stay shut until at least Tuesday while engineers inspect the embankments.", "",
    "• Forecasters said the rain would ease on Sunday but warned that rivers would stay high for several days.", "",
    "Read more", "", "Council tax rise approved", "Ferry timetable changes", "",
  ].join("\n");

  it("gives one entry per bullet, at the page's printed time, signed by its byline", () => {
    const doc = parse(page, { timezone: "Europe/London" });
    expect(doc.entries).toHaveLength(4);
    expect(doc.entries.map((e) => e.headline)).toEqual([null, null, null, null]);
    expect(doc.entries[1]!.body[0]).toMatch(/^Rescue crews took more than two hundred people/);
    expect(doc.entries.map((e) => e.author)).toEqual(Array(4).fill("Morag Cullen"));
    expect(doc.entries.map((e) => e.published)).toEqual(Array(4).fill("2023-10-14T19:30:00Z"));
  });

  it("stays one article when the bullets are a small part of its text", () => {
    const article = page.replace("Here are the main developments from Saturday.",
      ["The floods have now reached the lower valley, where the river rose by two metres overnight and kept rising all day.",
        "Officials said the defences built after the last great flood had held in the city but not in the smaller towns.",
        "Residents described water coming up through the floors of houses that had never flooded before in living memory.",
        "The regional council held an emergency meeting and asked the government for help with the cost of the clean-up.",
        "Insurers said claims were already arriving in large numbers and that they had sent assessors to the worst areas."].join("\n\n"));
    expect(parse(article).entries).toHaveLength(1);
  });
});

describe("an 'Author:' label in an HTML block, and a site named by its country's domain", () => {
  const item = (time: string, head: string, author: string, text: string) =>
    `<div class="news-item"><h3>${head}</h3><div class="meta"><span class="date">${time}</span><span class="author">Author: ${author}</span></div><p>${text}</p></div>`;
  const page = `<!DOCTYPE html><html lang="en"><head><title>News | Letna.cz</title><meta property="og:site_name" content="Letna.cz"/></head><body>
<main>${item("05.03.2023 - 18:45", "Tram lines reopen after repairs", "Jana Dvořáková", "All tram lines through the centre reopened on Sunday after a week of track repairs.")}
${item("05.03.2023 - 11:20", "Castle opens new garden", "Petr Novotný", "The castle opened a restored garden to visitors for the first time in forty years.")}
${item("05.03.2023 - 08:05", "Marathon closes roads", "Jana Dvořáková", "Roads along the river will be closed on Sunday morning for the city marathon.")}</main></body></html>`;

  it("credits the name without its label and reads the times in the domain's country", () => {
    const doc = parse(page, {}, "https://letna.example/news");
    expect(doc.entries.map((e) => e.author)).toEqual(["Jana Dvořáková", "Petr Novotný", "Jana Dvořáková"]);
    expect(doc.entries.map((e) => e.published)).toEqual(["2023-03-05T17:45:00Z", "2023-03-05T10:20:00Z", "2023-03-05T07:05:00Z"]);
    expect(doc.warnings.join(" ")).toMatch(/Europe\/Prague.*Letna\.cz/);
  });
});

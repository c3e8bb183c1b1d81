import { siteName } from "../src/parse/text-site.ts";
import { describe, expect, it } from "vitest";
import { nameFromLocation, outletName } from "../src/source-name.ts";

describe("nameFromLocation", () => {
  it.each([
    ["https://www.example.org/live/2025-11-06", "example.org"],
    ["http://news.example.net", "news.example.net"],
    ["/data/sources/trt-live.txt", "trt-live"],
    ["C:\\feeds\\kyiv.rss.xml", "kyiv.rss"],
    ["https://bad host/live.html", "live"],
    ["/data/.txt", "source"],
  ])("%s → %s", (location, name) => {
    expect(nameFromLocation(location)).toBe(name);
  });
});

describe("outletName", () => {
  it.each([
    ["Atlas Courier | World", "Atlas Courier"],
    ["Fjord Post – Europe & World", "Fjord Post"],
    ["Steppe Daily — Special report", "Steppe Daily"],
    ["Lagoon Times: World", "Lagoon Times"],
    ["World : Harbour Radio", "Harbour Radio"],
    ["Latest - Valley Gazette", "Valley Gazette"],
    ["Le Petit Journal.fr", "Le Petit Journal"],
    ["The Northern Ledger", "The Northern Ledger"],
    ["RFE/RL", "RFE/RL"],
    ["Kyiv-Dnipro Weekly", "Kyiv-Dnipro Weekly"],
  ])("%s → %s", (given, expected) => expect(outletName(given)).toBe(expected));
});

describe("siteName of a text page", () => {
  const page = (head: string[], foot: string[]) => [...head, ...Array.from({ length: 20 }, (_, i) => `Body line ${i}.`), ...foot];
  it("takes a masthead the page names again inside a longer line, in title case when printed in capitals", () => {
    expect(siteName(page(["Skip to content", "Lakeshore Herald", "Sign in   Search"], ["Lakeshore Herald, Lakeshore Media 2025. All rights reserved."]), null)).toBe("Lakeshore Herald");
    expect(siteName(page(["[banner]", "PRAIRIE WIRE", "Home > World"], ["Read more world news on Prairie Wire."]), null)).toBe("Prairie Wire");
  });
  it("does not take a menu line that only repeats itself, nor a navigation row as a 'Title | Site' title", () => {
    expect(siteName(page(["Accessibility Links", "Main Menu"], ["Accessibility Links", "Main Menu"]), null)).toBeNull();
    expect(siteName(page([], []), "News | Politics | Sport | Video")).toBeNull();
    expect(siteName(page([], []), "Ceasefire talks resume | Granite Post")).toBe("Granite Post");
  });
});

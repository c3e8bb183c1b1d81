import { describe, expect, it } from "vitest";
import { nameFromLocation } from "../src/source-name.ts";

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

// Invented RSS feeds for the peer bench (our own words: templated war-news items with varying places and figures),
// and a node:http server that serves them, so every tool fetches them over HTTP.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

const PLACES = ["Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Kherson", "Mykolaiv", "Sumy", "Chernihiv", "Poltava", "Lviv",
  "Kramatorsk", "Sloviansk", "Pokrovsk", "Kupiansk", "Izium", "Nikopol", "Kryvyi Rih", "Bilhorod-Dnistrovskyi", "Vinnytsia", "Uman"];
const CAPITALS = ["Brussels", "Warsaw", "Berlin", "Paris", "Vilnius", "Helsinki", "Ankara", "Geneva", "Oslo", "Prague"];
const DONORS = ["Germany", "Poland", "the Netherlands", "Norway", "Japan", "Canada", "Denmark", "Sweden", "Finland", "Estonia"];
const WEAPONS = ["drones", "ballistic missiles", "cruise missiles", "glide bombs", "artillery shells"];
const TARGETS = ["a residential block", "a rail depot", "a power substation", "a grain terminal", "a school gym", "a hospital annex"];
const OFFICIALS = ["the regional governor", "the city's mayor", "the air force spokesman", "the emergency service", "the prosecutor's office"];
const AID = ["air-defence interceptors", "winter generators", "armoured ambulances", "demining equipment", "artillery ammunition"];
const TALKS = ["a prisoner exchange", "grain shipments through the Black Sea", "security guarantees", "frozen Russian assets", "energy repairs"];

/** A well-mixed number from `n` and a field number `k` (so each field of an item varies on its own). */
function mix(n: number, k: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(k + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** One item's title and 2–4 sentence description, varied by `seed` (a feed-and-item number). */
function story(seed: number): { title: string; description: string } {
  const v = (k: number, m: number) => mix(seed, k) % m;
  const pick = <T>(list: readonly T[], k: number): T => list[v(k, list.length)]!;
  const place = pick(PLACES, 1);
  const count = 2 + v(2, 97);
  const weapon = pick(WEAPONS, 3);
  const official = pick(OFFICIALS, 4);
  switch (v(0, 5)) {
    case 0: return {
      title: `Overnight ${weapon} attack on ${place} injures ${count}`,
      description: `${count} people were hurt when ${weapon} hit ${pick(TARGETS, 6)} in ${place} shortly after ${1 + v(20, 5)} a.m., ${official} said. ` +
        `Rescue crews were still clearing rubble at dawn. Air defences shot down ${count + 4} of ${count + 9} ${weapon} launched across the region.` +
        (v(21, 2) ? ` Schools in the district will teach online for ${1 + v(22, 4)} days.` : ""),
    };
    case 1: return {
      title: `${pick(DONORS, 7)} pledges €${20 + v(23, 180)} million in ${pick(AID, 8)} for Ukraine`,
      description: `${pick(DONORS, 7)} will send €${20 + v(23, 180)} million worth of ${pick(AID, 8)} before the end of the month, its defence ministry announced. ` +
        `The first deliveries are due in ${place} within ${2 + v(24, 9)} weeks. Ukraine's envoy called the package a practical answer to this winter's needs.`,
    };
    case 2: return {
      title: `Ukrainian and Russian envoys to meet in ${pick(CAPITALS, 11)} on ${pick(TALKS, 12)}`,
      description: `Delegations are expected in ${pick(CAPITALS, 11)} on Thursday for talks on ${pick(TALKS, 12)}, diplomats said. ` +
        `A previous round ended without agreement after ${count} hours. Kyiv says any deal must include the return of ${count * 10} detained civilians.` +
        (v(25, 3) ? ` Moscow has not confirmed who will lead its side.` : "") + (v(26, 4) ? ` Observers from ${pick(DONORS, 15)} will attend.` : ""),
    };
    case 3: return {
      title: `Fighting intensifies near ${place} as troops repel ${count} assaults`,
      description: `Ukraine's general staff reported ${count} Russian assaults near ${place} over the past day, most of them repelled. ` +
        `Commanders described heavy shelling of supply roads west of the town. ${official[0]!.toUpperCase()}${official.slice(1)} urged the remaining residents to leave.`,
    };
    default: return {
      title: `Power restored to ${count * 1000} homes in ${place} after substation strike`,
      description: `Engineers reconnected ${count * 1000} households in ${place} ${3 + v(27, 20)} hours after ${weapon} damaged a substation, the grid operator said. ` +
        `Scheduled blackouts of up to ${2 + v(28, 6)} hours a day remain in force. The operator asked customers to limit use of heaters in the evening.`,
    };
  }
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `feeds` RSS 2.0 documents of `items` items each, every pubDate between 23 h and 1 min before `now`. */
export function makeFeeds(feeds: number, items: number, now: Date): string[] {
  const span = 23 * 3_600_000 - 60_000;
  return Array.from({ length: feeds }, (_, f) => {
    const host = `news${f + 1}.example.org`;
    const body = Array.from({ length: items }, (_, i) => {
      const { title, description } = story(f * 7919 + i);
      const published = new Date(now.getTime() - 60_000 - Math.floor(((i + f / feeds) / items) * span));
      return `<item><title>${escape(title)}</title><link>https://${host}/live/${i + 1}</link>` +
        `<guid isPermaLink="false">${host}-${i + 1}</guid><pubDate>${published.toUTCString()}</pubDate>` +
        `<description>${escape(description)}</description></item>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Invented wire ${f + 1}</title>` +
      `<link>https://${host}/</link><description>War news, invented for the peer bench.</description>\n${body.join("\n")}\n</channel></rss>\n`;
  });
}

/** Serves feed i at `/feed-<i+1>.xml` on 127.0.0.1; resolves with the URLs and a close function. */
export async function serveFeeds(docs: string[]): Promise<{ urls: string[]; close: () => Promise<void> }> {
  const bodies = docs.map((d) => Buffer.from(d));
  const server: Server = createServer((req, res) => {
    const body = bodies[Number(/^\/feed-(\d+)\.xml$/.exec(req.url ?? "")?.[1]) - 1];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", "content-length": body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    urls: docs.map((_, i) => `http://127.0.0.1:${port}/feed-${i + 1}.xml`),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

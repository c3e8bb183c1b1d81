// Eight layouts written after the fact, before any reader change, as a stand-in for outlets nobody has seen yet:
// stamp styles of other languages' English editions, byline forms, labels and tails. Each page is our own words;
// every entry's headline, time, author and first paragraph is checked. First run (before the fixes): 4 of 8 passed
// (A, C, E, F); B, G, H read no stamps and D missed two bylines.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.ts";

const parse = (body: string, timezone: string | null) =>
  parseDocument(
    { sourceId: "t", location: "/unseen.txt", body, contentType: null, fetchedAt: "2024-03-06T10:00:00Z" },
    { format: "auto", date: null, timezone, sourceName: null, url: null },
  );

type Row = [string | null, string | null, string | null, string | undefined];
const rows = (body: string, timezone: string | null): Row[] =>
  parse(body, timezone).entries.map((e) => [e.headline, e.published, e.author, e.body[0]]);

const PAGES: [string, string, string | null, Row[]][] = [
  [
    "A: 14h05 stamps in a French outlet's English edition, dated from 'Published on 05/03/2024', Paris time",
    `
Live: Ukraine reports overnight drone raid on southern port
Published on 05/03/2024 - 08:10 Updated 05/03/2024 - 14:32
Follow our live coverage of the war in Ukraine. All times are Paris time (CET).
14h05
Grain terminal damaged in Izmail
A drone struck a grain terminal in Izmail overnight, the regional governor said. No one was hurt in the attack.
11h40
Moscow says it downed twelve drones
Russia's defence ministry said air defences destroyed twelve drones over the Belgorod region. It did not report damage.
09h15
Zelensky meets Greek prime minister in Odesa
The two leaders toured the harbour before holding talks on air defence. Sirens sounded during the visit.
`,
    null,
    [
      ["Grain terminal damaged in Izmail", "2024-03-05T13:05:00Z", null, "A drone struck a grain terminal in Izmail overnight, the regional governor said. No one was hurt in the attack."],
      ["Moscow says it downed twelve drones", "2024-03-05T10:40:00Z", null, "Russia's defence ministry said air defences destroyed twelve drones over the Belgorod region. It did not report damage."],
      ["Zelensky meets Greek prime minister in Odesa", "2024-03-05T08:15:00Z", null, "The two leaders toured the harbour before holding talks on air defence. Sirens sounded during the visit."],
    ],
  ],
  [
    "B: '14.05 Uhr' stamps under a weekday date line, 'All times CET.' in the footer",
    `
Russia's war in Ukraine: latest news
Tuesday, 5 March 2024
14.05 Uhr
Berlin weighs new ammunition order
The defence ministry in Berlin is preparing a fresh order for artillery shells, officials told reporters. A decision is expected within weeks.
12.30 Uhr
Kharkiv hit by glide bombs
Two glide bombs hit the outskirts of Kharkiv in the morning, the city mayor said. Three people were injured.
10.15 Uhr
Baltic states tighten border checks
Estonia, Latvia and Lithuania announced tighter checks at crossings with Russia. The measures start next week.
All times CET.
`,
    null,
    [
      ["Berlin weighs new ammunition order", "2024-03-05T13:05:00Z", null, "The defence ministry in Berlin is preparing a fresh order for artillery shells, officials told reporters. A decision is expected within weeks."],
      ["Kharkiv hit by glide bombs", "2024-03-05T11:30:00Z", null, "Two glide bombs hit the outskirts of Kharkiv in the morning, the city mayor said. Three people were injured."],
      ["Baltic states tighten border checks", "2024-03-05T09:15:00Z", null, "Estonia, Latvia and Lithuania announced tighter checks at crossings with Russia. The measures start next week."],
    ],
  ],
  [
    "C: '11.02am AEDT' stamps past UTC midnight, 'Updated at' notes and 'Read more' tails",
    `
Ukraine war live: Kyiv says two regions lose power after strikes
Tue 5 Mar 2024 11.02 AEDT
11.02am AEDT
Power cuts in two regions after missile strikes
Ukraine's grid operator said parts of the Sumy and Poltava regions lost power after strikes on substations. Repairs are under way.
Read more: How Ukraine keeps the lights on
Updated at 11.10am AEDT
10.35am AEDT
Japan pledges demining help
Japan's foreign minister promised new funding for demining equipment during a visit to Kyiv. The package includes training for sappers.
Read more
9.50am AEDT
Welcome to our live coverage
We will bring you the latest from Ukraine throughout the day. Here is where things stand.
`,
    null,
    [
      ["Power cuts in two regions after missile strikes", "2024-03-05T00:02:00Z", null, "Ukraine's grid operator said parts of the Sumy and Poltava regions lost power after strikes on substations. Repairs are under way."],
      ["Japan pledges demining help", "2024-03-04T23:35:00Z", null, "Japan's foreign minister promised new funding for demining equipment during a visit to Kyiv. The package includes training for sappers."],
      ["Welcome to our live coverage", "2024-03-04T22:50:00Z", null, "We will bring you the latest from Ukraine throughout the day. Here is where things stand."],
    ],
  ],
  [
    "D: 'By NAME | Outlet', 'Story by', 'Written by' bylines under the headline",
    `
Ukraine latest: talks on prisoner exchange resume
Updated March 5, 2024, 3:20 PM ET
3:20 PM ET
Negotiators meet in Abu Dhabi
By Lena Kowalski | Harbor Daily News
Delegations from Kyiv and Moscow met in Abu Dhabi to discuss a new prisoner exchange, two officials said. The talks were mediated by the Emirates.
1:05 PM ET
Drone debris falls on Kyiv suburb
Story by Marcus Reid
Debris from a downed drone fell on a house in a Kyiv suburb, local authorities said. The owners were not at home.
11:40 AM ET
Poland summons Russian envoy
Written by Ana Torres
Poland's foreign ministry summoned Russia's ambassador after a missile briefly crossed its airspace. Warsaw demanded an explanation.
`,
    null,
    [
      ["Negotiators meet in Abu Dhabi", "2024-03-05T20:20:00Z", "Lena Kowalski", "Delegations from Kyiv and Moscow met in Abu Dhabi to discuss a new prisoner exchange, two officials said. The talks were mediated by the Emirates."],
      ["Drone debris falls on Kyiv suburb", "2024-03-05T18:05:00Z", "Marcus Reid", "Debris from a downed drone fell on a house in a Kyiv suburb, local authorities said. The owners were not at home."],
      ["Poland summons Russian envoy", "2024-03-05T16:40:00Z", "Ana Torres", "Poland's foreign ministry summoned Russia's ambassador after a missile briefly crossed its airspace. Warsaw demanded an explanation."],
    ],
  ],
  [
    "E: 'BREAKING:' headline prefixes and a 'PINNED' label over date-and-time stamps",
    `
Russia-Ukraine war: live updates
PINNED
5 Mar 2024, 14:05 GMT
BREAKING: Explosions reported in Odesa
Several loud explosions were heard in Odesa shortly after air raid sirens sounded, local media said. Officials have not commented yet.
5 Mar 2024, 12:50 GMT
EU agrees new sanctions package
European Union ambassadors approved a new round of sanctions against Russian firms, diplomats said. The package targets drone suppliers.
5 Mar 2024, 11:30 GMT
BREAKING: Ukraine says it hit Russian landing ship
Ukraine's military intelligence said its sea drones struck a landing ship near Crimea. Moscow did not confirm the claim.
`,
    null,
    [
      ["BREAKING: Explosions reported in Odesa", "2024-03-05T14:05:00Z", null, "Several loud explosions were heard in Odesa shortly after air raid sirens sounded, local media said. Officials have not commented yet."],
      ["EU agrees new sanctions package", "2024-03-05T12:50:00Z", null, "European Union ambassadors approved a new round of sanctions against Russian firms, diplomats said. The package targets drone suppliers."],
      ["BREAKING: Ukraine says it hit Russian landing ship", "2024-03-05T11:30:00Z", null, "Ukraine's military intelligence said its sea drones struck a landing ship near Crimea. Moscow did not confirm the claim."],
    ],
  ],
  [
    "F: 'Mar 05, 2024 02:05 PM IST' stamps of an Indian outlet",
    `
Russia-Ukraine war news LIVE updates: Kyiv hosts defence ministers
Mar 05, 2024 02:05 PM IST
Defence ministers arrive in Kyiv
Defence ministers from five countries arrived in Kyiv for talks on air defence, Ukraine's defence ministry said. The visit was not announced in advance.
Mar 05, 2024 01:40 PM IST
Russia claims capture of village near Avdiivka
Russia's defence ministry claimed its troops took control of a village west of Avdiivka. Ukraine's army said fighting continues there.
Mar 05, 2024 12:55 PM IST
Kremlin comments on French troop remarks
The Kremlin said any deployment of European troops to Ukraine would mean direct conflict. It called the remarks dangerous.
`,
    null,
    [
      ["Defence ministers arrive in Kyiv", "2024-03-05T08:35:00Z", null, "Defence ministers from five countries arrived in Kyiv for talks on air defence, Ukraine's defence ministry said. The visit was not announced in advance."],
      ["Russia claims capture of village near Avdiivka", "2024-03-05T08:10:00Z", null, "Russia's defence ministry claimed its troops took control of a village west of Avdiivka. Ukraine's army said fighting continues there."],
      ["Kremlin comments on French troop remarks", "2024-03-05T07:25:00Z", null, "The Kremlin said any deployment of European troops to Ukraine would mean direct conflict. It called the remarks dangerous."],
    ],
  ],
  [
    "G: '14:05, 05.03.2024' time-then-numeric-date stamps of a Ukrainian news feed, 'Read also:' links",
    `
News feed
14:05, 05.03.2024
Occupiers shelled Kherson overnight
Russian forces fired at residential areas of Kherson overnight, the regional administration said. Two people were wounded.
Read also: Kherson residents wait for evacuation buses
12:20, 05.03.2024
Ukraine receives new batch of armoured vehicles
Ukraine received a new batch of armoured vehicles from its partners, the defence minister announced. He did not say how many.
09:45, 05.03.2024
Energy ministry reports no new outages
The energy ministry said there were no new power outages overnight after repairs in the east. Consumption is stable.
`,
    "Europe/Kyiv",
    [
      ["Occupiers shelled Kherson overnight", "2024-03-05T12:05:00Z", null, "Russian forces fired at residential areas of Kherson overnight, the regional administration said. Two people were wounded."],
      ["Ukraine receives new batch of armoured vehicles", "2024-03-05T10:20:00Z", null, "Ukraine received a new batch of armoured vehicles from its partners, the defence minister announced. He did not say how many."],
      ["Energy ministry reports no new outages", "2024-03-05T07:45:00Z", null, "The energy ministry said there were no new power outages overnight after repairs in the east. Consumption is stable."],
    ],
  ],
  [
    "H: headline above a '5 March 2024 | 14:05' stamp, then a 'Name | Outlet' byline",
    `
Ukraine War Live
Air defence intercepts missiles over Lviv
5 March 2024 | 14:05
Olena Marchuk | Lviv Courier
Air defence units shot down three cruise missiles over the Lviv region, the regional governor said. Debris damaged a warehouse.
Farmers protest at Polish border crossing
5 March 2024 | 12:30
Piotr Nowak | Lviv Courier
Polish farmers blocked a border crossing again, halting lorries for several hours. Ukrainian drivers are waiting in long queues.
Volunteers deliver generators to Kherson
5 March 2024 | 10:10
Olena Marchuk | Lviv Courier
Volunteers from Lviv delivered twenty generators to hospitals in Kherson. The generators were bought with donations.
`,
    "Europe/Kyiv",
    [
      ["Air defence intercepts missiles over Lviv", "2024-03-05T12:05:00Z", "Olena Marchuk", "Air defence units shot down three cruise missiles over the Lviv region, the regional governor said. Debris damaged a warehouse."],
      ["Farmers protest at Polish border crossing", "2024-03-05T10:30:00Z", "Piotr Nowak", "Polish farmers blocked a border crossing again, halting lorries for several hours. Ukrainian drivers are waiting in long queues."],
      ["Volunteers deliver generators to Kherson", "2024-03-05T08:10:00Z", "Olena Marchuk", "Volunteers from Lviv delivered twenty generators to hospitals in Kherson. The generators were bought with donations."],
    ],
  ],
];

describe("layouts not met before", () => {
  it.each(PAGES)("%s", (_name, body, timezone, expected) => {
    expect(rows(body.trim(), timezone)).toEqual(expected);
  });
});

#!/usr/bin/env python3
"""Builds the eval/gn seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in July 2031 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gn/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.", "Jan.", "Feb.",
          "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "approx.", "Lt.-Gen.", "Maj.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an entry that is not about the war (other/unrelated, importance 1)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00ab]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space=" ", upper=False):
    suf = "am" if d.hour < 12 else "pm"
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:72]


# ================================================================ build (called at the very end of this file)
def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            fmt = dict(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"], u=u.strftime("%Y-%m-%d %H:%M"))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(**fmt),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 19700 Le Monde in English (text scrape of a live page)
def r_lemonde_live(S):
    """Le Monde in English live page as copied from a browser: masthead, menu, 'Live' label, title, standfirst, byline
    'Le Monde', 'Published on July 1, 2031, at 6:12 am (Paris), updated at ...', Listen/Share widgets; posts newest first,
    each: clock '10:41 pm' on its own line, bold headline, text; 'Read more' promo links to subscriber articles between posts."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["opened"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "Le Monde", "Subscribe", "Log in", "", "International", "France", "Opinion", "Culture", "Lifestyle",
         "Environment", "Science", "Economy", "Archives", "", "War in Ukraine", "", "Live", S["title"], "", S["lede"], "", "Le Monde",
         f"Published on {MONTHS[pub.month - 1]} {pub.day}, {pub.year}, at {ampm(pub)} (Paris), updated at {ampm(last)}", "",
         "Listen", "Share", "Facebook", "X", "Linkedin", "Email", "Copy link", "Add to your selections", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e.get("byline_line") else []) + [""] + ptxt(e["p"])
        if e.get("more"):
            L += ["Read more", "Subscribers only", e["more"], ""]
    L += ["Load more posts", "", "Le Monde in English", "Le Monde app", "Newsletters", "Legal notice", "Terms and conditions",
          "Privacy policy", "Cookie management", "Help", "\u00a9 Le Monde"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="19700", name="19700_lemonde-live", ext="txt", source="Le Monde in English", zone="Europe/Paris", render=r_lemonde_live,
  title="Russia-Ukraine war: Three killed in Russian strike on Sumy; Macron and Zelensky prepare NATO summit",
  opened="2031-07-01 06:12",
  lede="Follow our live coverage of the war in Ukraine, with reports, analysis and reactions from our correspondents.",
  basis="bare clock '{s}' under the page's 'Published on July 1, 2031' line (Paris time, CEST = UTC+2, printed as '(Paris)'); local {d} in {z}",
  notes="Imitates a Le Monde in English live page copied as text. Header: menu, 'Live' label, title, standfirst, byline 'Le Monde' (the outlet itself, so no author), 'Published on July 1, 2031, at 6:12 am (Paris), updated at 10:41 pm', Listen/Share widgets. Posts newest first: a clock line '10:41 pm' (no date, no zone; Paris time per the header), a headline, text. Two 'Read more / Subscribers only' promo links sit between posts. No Key Points block.",
  not_entries=["'Skip to main content', masthead, 'Subscribe', 'Log in'", "section menu (International ... Archives)", "rubric 'War in Ukraine'",
               "'Live' label and page title", "standfirst 'Follow our live coverage ...'", "byline 'Le Monde'",
               "'Published on July 1, 2031, at 6:12 am (Paris), updated at 10:41 pm'", "Listen/Share widget lines (Facebook, X, Linkedin, Email, Copy link, Add to your selections)",
               "'Read more / Subscribers only' promo link after the Sumy post", "'Read more / Subscribers only' promo link after the EU shipping post",
               "'Load more posts'", "footer links and copyright"],
  entries=[
  E("2031-07-01 22:41", "French-Ukrainian drone venture opens its first production line in France",
    ["A joint venture between a French engine maker and a Ukrainian drone manufacturer opened its first assembly line near Lyon on Tuesday evening, with the aim of delivering 1,500 long-range drones to Ukraine by the end of the year.",
     "The armed forces ministry said the plant is financed partly from the windfall profits of immobilised Russian central bank assets.",
     "The Ukrainian side will keep control of the designs, while French staff will handle final assembly and testing."],
    "aid", "aid", 2, "france-ukraine-drone-plant-lyon-2031-07-01"),
  E("2031-07-01 20:15", "Russian strike on Sumy kills three",
    ["Three people were killed and eleven wounded when a Russian guided aerial bomb hit a residential street in the northern city of Sumy in the late afternoon, the regional military administration said.",
     "Among the wounded is a 9-year-old girl, who was taken to hospital in a serious condition. Several private houses and a pharmacy were destroyed."],
    "strikes", "strikes", 3, "sumy-glide-bomb-strike-2031-07-01", more="In Sumy, families who stayed behind live to the rhythm of the sirens"),
  E("2031-07-01 17:02", "Macron and Zelensky speak ahead of NATO summit",
    ["Emmanuel Macron and Volodymyr Zelensky spoke by telephone for nearly an hour on Tuesday to prepare next week's NATO summit, the Elysée said.",
     "According to the French presidency, the two leaders discussed long-term financing for Ukraine's air defence and the role European troops could play in monitoring any future ceasefire."],
    "diplomacy", "diplomacy", 3, "macron-zelensky-call-2031-07-01", sec=["aid"]),
  E("2031-07-01 14:30", "EU blacklists 40 more vessels of Russia's 'shadow fleet'",
    ["European Union ambassadors agreed on Tuesday to bar 40 more tankers from EU ports and services, bringing the number of ships on the list to more than 600, diplomats told Le Monde.",
     "The vessels are accused of carrying Russian crude above the price cap while sailing under flags of convenience and without proper insurance."],
    "diplomacy", "diplomacy", 2, "eu-shadow-fleet-listing-2031-07-01", more="How Europe's navies are learning to shadow Russia's ageing tankers"),
  E("2031-07-01 11:48", "Moscow claims capture of a village west of Toretsk",
    ["Russia's defence ministry said its troops had taken the village of Shcherbynivka, west of Toretsk in the Donetsk region.",
     "Ukraine's general staff did not confirm the loss and said fighting was continuing in the area. The claim could not be independently verified."],
    "other", "frontline", 2, "shcherbynivka-capture-claim-2031-07-01"),
  E("2031-07-01 09:20", "Ukrainian drones set fire to an oil depot in Russia's Bryansk region",
    ["A fuel depot near the Russian town of Unecha caught fire after a Ukrainian drone attack during the night, the regional governor said, adding that nobody was hurt.",
     "A source in Ukraine's security service told AFP the depot supplied Russian units deployed along the northern border."],
    "strikes", "strikes", 2, "unecha-oil-depot-drone-strike-2031-07-01"),
  E("2031-07-01 06:35", "Ukraine says it shot down 48 of 62 drones overnight",
    ["Russia launched 62 attack and decoy drones at Ukraine overnight, of which 48 were shot down or jammed, the Ukrainian air force said on Tuesday morning.",
     "Debris damaged a school in the Kyiv region and power lines near Chernihiv. No casualties were reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-07-01"),
  ]))


# ---------------------------------------------------------------- 19701 Der Spiegel International (RSS)
def r_spiegel_rss(S):
    """DER SPIEGEL International RSS 2.0: channel in English, items with title, link, guid, pubDate (+0200), one-sentence or
    two-sentence teaser as description, category, image enclosure; no authors in the feed."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.spiegel.de/international/</link>',
           '<description>News, background, analysis and opinion from Germany\'s leading news magazine, in English.</description>',
           '<language>en</language>', f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z))}</pubDate>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<image><title>DER SPIEGEL</title><link>https://www.spiegel.de/international/</link><url>https://www.spiegel.de/public/spon/images/logos/der-spiegel-h60.png</url></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.spiegel.de/international/{e['sec_url']}/{slugify(e['h'])}-a-{'%08x' % (0x6f3a21c4 + i * 40961)}-{'%04x' % (0x1a2b + i * 7)}-{'%04x' % (0x4c5d + i)}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid>{url}</guid>', f'<pubDate>{st}</pubDate>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<category>{esc(e["cat"])}</category>',
                f'<enclosure type="image/jpeg" url="https://cdn.prod.www.spiegel.de/images/{"%08x" % (0x9d0e11aa + i * 331)}-0001-0004-0000-000002{410871 + i}_w520_r1.77_fpx50_fpy47.jpg"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="19701", name="19701_spiegel-international-rss", ext="xml", source="Der Spiegel International", zone="Europe/Berlin", render=r_spiegel_rss,
  title="DER SPIEGEL - International",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Berlin summer time); local {d} in {z}, UTC {u}",
  notes="Imitates the DER SPIEGEL International RSS feed. Six items newest first, each with title, link, guid, pubDate with +0200, a one- or two-sentence teaser as description, a category and an image enclosure. No authors in the feed. Item 5 is an opinion piece (Europe and Washington); item 3 is a reportage about Ukraine's drone workshops (theme piece, not an event); item 4 is off-beat (Rhine low water).",
  not_entries=["channel title/link/description/language/pubDate/lastBuildDate", "channel image block", "item links, guids, categories and enclosures"],
  entries=[
  E("2031-07-03 19:40", "Berlin Approves Four More IRIS-T Systems for Kyiv",
    ["The German government has cleared the delivery of four additional IRIS-T air-defense systems to Ukraine, worth around 600 million euros. Two are to arrive before the autumn, when Russian attacks on the power grid usually intensify."],
    "aid", "aid", 3, "germany-iris-t-four-systems-2031-07-03", sec_url="world", cat="World"),
  E("2031-07-03 17:15", "Ukraine's Energy Minister: 'We Are Preparing for the Hardest Winter Yet'",
    ["In an interview with DER SPIEGEL, Ukraine's energy minister explains why Kyiv needs mobile gas turbines and more air defense before October, and why he thinks Russia has changed the way it targets power plants."],
    "aid", "aid", 2, "spiegel-interview-ukraine-energy-minister-2031-07-03", sec=["strikes"], sec_url="world", cat="World",
    n="interview; the appeal for turbines and air defence leads"),
  E("2031-07-03 14:05", "Inside the Garage Workshops Building Ukraine's Drone Army",
    ["Across western Ukraine, small teams in converted garages and former furniture factories assemble thousands of drones every week. A visit to an industry that has become the backbone of the country's defense."],
    "other", "security", 2, "reportage-ukraine-drone-workshops", sec_url="world", cat="World",
    n="theme piece (reportage on drone production; no single event)"),
  OFF("2031-07-03 11:30", "Rhine Levels Drop to a Record Low for July",
    ["Cargo ships on the Rhine are sailing with a third of their usual load as water levels near Kaub fall to the lowest mark ever measured in July. Chemical plants along the river are already cutting production."],
    "rhine-low-water-2031-07-03", n="German shipping and drought", sec_url="business", cat="Business"),
  E("2031-07-03 09:10", "Opinion: Europe Should Stop Waiting for Washington on Ukraine",
    ["For three years, European capitals have tied their Ukraine policy to the mood in the White House. That has to end: Europe has the money and the industry to guarantee Kyiv's security on its own, argues our commentator."],
    "diplomacy", "diplomacy", 2, "opinion-europe-ukraine-security-2031-07-03", sec=["aid"], sec_url="world", cat="Opinion",
    n="opinion column"),
  E("2031-07-03 07:45", "Russian Missile Strike Kills Five in Odesa",
    ["A Russian ballistic missile struck a residential neighborhood in Odesa early on Thursday, killing at least five people and damaging a children's hospital, according to Ukrainian authorities."],
    "strikes", "strikes", 3, "odesa-missile-strike-2031-07-03", sec_url="world", cat="World"),
  ]))


# ---------------------------------------------------------------- 19702 RTÉ News (text scrape of the World section)
def r_rte_world(S):
    """RTÉ News 'World' section page copied as text: RTÉ masthead and top menu, News sub-menu, 'World' heading; cards newest
    first: headline, optional 'By NAME, ROLE' line, standfirst, 'Updated / Saturday, 5 Jul 2031 19:41' (Irish time, no zone)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "RTÉ", "News", "Sport", "Entertainment", "Business", "Lifestyle", "Culture", "Player", "Radio", "TV Guide",
         "Search", "Sign In", "", "News", "Ireland", "World", "Business", "Politics", "Courts", "Environment", "Health", "Education",
         "Regional", "Tech", "Weather", "Your Say", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{WDAY[d.weekday()]}, {d.day} {MON3[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        if e.get("video"):
            L += ["Video"]
        L += [e["h"]] + ([f"By {e['a']}, {e['role']}"] if e["a"] else []) + ptxt(e["p"]) + [f"Updated / {st}", ""]
        if i == 2:
            L += ["Most Read", "1", S["mostread"][0], "2", S["mostread"][1], "3", S["mostread"][2], ""]
    L += ["More Stories", "", "RTÉ News Now", "RTÉ News Channel", "Contact RTÉ News", "", "© RTÉ 2031"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="19702", name="19702_rte-world", ext="txt", source="RTÉ News", zone="Europe/Dublin", render=r_rte_world,
  title="World",
  mostread=["Motorist dies after two-car collision in Co Tipperary", "Heat warning issued for 12 counties as temperatures climb",
            "Dublin Bus to add 40 night services from September"],
  basis="printed stamp 'Updated / {s}' (Irish time, no zone printed; IST = UTC+1 in July); local {d} in {z}",
  notes="Imitates the RTÉ News 'World' section page copied as text. Cards newest first: optional 'Video' label, headline, optional byline 'By NAME, ROLE' (author = the name without the role), standfirst, then 'Updated / Saturday, 5 Jul 2031 19:41' (weekday, day, short month, year, 24-hour clock; Irish time, no zone). Three of the seven cards are not about the war. A 'Most Read' box (Irish domestic stories) sits after the third card.",
  not_entries=["top menu (RTÉ, News, Sport, ... Sign In)", "News sub-menu (Ireland ... Your Say)", "section heading 'World'", "'Video' label above the Kharkiv card",
               "'Updated / ...' lines (stamps)", "'By NAME, ROLE' byline lines", "'Most Read' box with three Irish stories", "'More Stories'",
               "footer links (RTÉ News Now, RTÉ News Channel, Contact RTÉ News) and copyright"],
  entries=[
  E("2031-07-05 19:41", "Four killed as Russian drones hit apartment block in Kharkiv",
    ["Four people, including a teenage boy, have been killed after Russian drones struck a nine-storey apartment building in the Ukrainian city of Kharkiv this evening.",
     "The city's mayor said at least 22 people were injured and that rescue teams were still searching the upper floors, which partly collapsed after the strike."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-apartment-2031-07-05", video=True),
  E("2031-07-05 17:20", "Ireland to give €25m towards repairing Ukraine's power network",
    ["The Tánaiste has announced €25 million in Irish funding for emergency repairs to Ukraine's electricity grid, to be paid through the Ukraine Energy Support Fund.",
     "Speaking in Dublin, he said the money would buy transformers and mobile generators ahead of the winter, and that Ireland's support remained non-lethal in line with its policy of military neutrality."],
    "aid", "aid", 2, "ireland-ukraine-energy-fund-2031-07-05", a="Caoimhe Ní Bhraonáin", role="Political Correspondent"),
  OFF("2031-07-05 15:05", "Thousands evacuated as wildfire spreads on Greek island of Evia",
    ["Greek authorities have ordered the evacuation of eleven villages on the island of Evia as a wildfire driven by strong winds moved towards the coast.",
     "More than 300 firefighters and nine water-dropping aircraft are tackling the blaze."],
    "evia-wildfire-2031-07-05", n="Greek wildfire"),
  E("2031-07-05 13:30", "Russia and Ukraine exchange 150 prisoners each in Turkish-brokered swap",
    ["Ukraine and Russia have each released 150 prisoners of war in an exchange mediated by Türkiye, officials in Kyiv and Moscow said.",
     "The Ukrainian president said many of those freed had been captured in 2024 and 2025, and that several were seriously ill.",
     "It is the fourth exchange this year."],
    "diplomacy", "diplomacy", 3, "turkey-mediated-prisoner-exchange-2031-07-05", a="Donnchadh Ó Riain", role="Europe Correspondent"),
  OFF("2031-07-05 11:10", "French government survives no-confidence vote over pension bill",
    ["The French government has survived a motion of no confidence in the National Assembly by 14 votes, clearing the way for its revised pension bill.",
     "Opposition parties on the left and right had joined forces against the bill, which raises contributions for higher earners."],
    "france-no-confidence-vote-2031-07-05", n="French domestic politics"),
  E("2031-07-05 09:45", "Russia claims capture of two villages in Zaporizhzhia region",
    ["Russia's defence ministry has said its forces have captured two villages east of Huliaipole in Ukraine's southern Zaporizhzhia region.",
     "Ukraine's military did not confirm the claim, saying only that its troops had repelled 19 attacks in the area in the past 24 hours."],
    "other", "frontline", 2, "huliaipole-villages-claim-2031-07-05"),
  OFF("2031-07-05 08:00", "Japan records its hottest June since records began",
    ["Japan's meteorological agency has said last month was the hottest June since records began in 1898, with average temperatures 2.1C above normal."],
    "japan-hottest-june-2031-07-05", n="weather record"),
  ]))


# ---------------------------------------------------------------- 19703 Swissinfo (HTML agency news listing)
def r_swissinfo(S):
    """SWI swissinfo.ch agency news listing (HTML): language switcher, main menu, page heading and intro; teaser cards newest
    first with agency label, h3 link, teaser text, 'This content was published on <time datetime=...>July 7, 2031 - 14:31</time>'
    and a reading time; a BreadcrumbList JSON-LD block (no dates)."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.swissinfo.ch/eng"
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"},
        {"@type": "ListItem", "position": 2, "name": S["title"], "item": f"{base}/latest-news/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - SWI swissinfo.ch</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<div class="cookie-banner"><p>We use cookies to give you the best experience on our website.</p><button>Accept all</button><button>Settings</button></div>',
           '<header class="site-header"><a class="logo" href="/eng/">SWI swissinfo.ch</a>'
           '<span class="claim">Swiss perspectives in 10 languages</span>'
           '<ul class="languages"><li>English</li><li>Deutsch</li><li>Français</li><li>Italiano</li><li>Español</li><li>Português</li>'
           '<li>日本語</li><li>العربية</li><li>中文</li><li>Pусский</li></ul>'
           '<nav><a href="/eng/politics/">Politics</a> <a href="/eng/foreign-affairs/">Foreign Affairs</a> <a href="/eng/business/">Business</a> '
           '<a href="/eng/society/">Society</a> <a href="/eng/science/">Science</a> <a href="/eng/culture/">Culture</a> '
           '<a href="/eng/swiss-abroad/">Swiss Abroad</a> <a href="/eng/democracy/">Democracy</a></nav>'
           '<a class="newsletter" href="/eng/newsletters/">Newsletters</a></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"; stamps.append(st)
        out += [f'<article class="teaser teaser--agency"><span class="teaser__agency">{esc(e["a"])}</span>',
                f'<h3 class="teaser__title"><a href="{base}/{e["rub"]}/{slugify(e["h"])}/{88412070 + i * 913}">{esc(e["h"])}</a></h3>']
        out += [f'<p class="teaser__text">{esc(p)}</p>' for p in e["p"]]
        out += [f'<div class="teaser__meta">This content was published on <time datetime="{d.isoformat()}">{st}</time>'
                f'<span class="reading-time">{e.get("mins", 2)} minutes</span></div></article>']
        if i == 2:
            out.append('<aside class="newsletter-box"><h4>Stay informed</h4><p>Get the most important news from Switzerland in your inbox.</p>'
                       '<a href="/eng/newsletters/">Subscribe</a></aside>')
    out += ['<a class="more" href="?page=2">More news</a></main>',
            '<footer><p>SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation SRG SSR</p>'
            '<a href="/eng/about-us/">About us</a> <a href="/eng/terms/">Terms of use</a> <a href="/eng/privacy/">Privacy policy</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="19703", name="19703_swissinfo-agencynews", ext="html", source="Swissinfo", zone="Europe/Zurich", render=r_swissinfo,
  title="Latest news",
  lede="Reports from our partner agencies Keystone-SDA, Reuters and AFP, updated throughout the day.",
  basis="visible 'This content was published on {s}' (Swiss time, CEST = UTC+2; the card's <time datetime> carries +02:00); local {d} in {z}",
  notes="Imitates the SWI swissinfo.ch agency news listing (HTML, BreadcrumbList JSON-LD without dates). Cards newest first: agency label (Reuters, Keystone-SDA, AFP; used as author as printed, like 'Euronews with AP' in the shared gold), headline, one or two teaser paragraphs, 'This content was published on July 7, 2031 - 14:31' in a <time> element whose datetime attribute has +02:00, and a reading time. One off-beat card (glacier melt). Newsletter box after the third card.",
  not_entries=["cookie banner", "logo, claim 'Swiss perspectives in 10 languages' and language switcher", "main menu and 'Newsletters' link",
               "page heading 'Latest news' and its intro line", "agency labels above each headline (author credits)",
               "'This content was published on ...' lines and reading times ('2 minutes')", "newsletter box 'Stay informed' after the third card",
               "'More news' link", "footer (SRG SSR line, About us, Terms of use, Privacy policy)"],
  entries=[
  E("2031-07-07 18:20", "Russian strike on Zaporizhzhia substation cuts power to 40,000 homes",
    ["A Russian missile hit an electricity substation on the edge of Zaporizhzhia on Monday afternoon, leaving about 40,000 households without power, the regional governor said.",
     "No one was hurt, according to the governor. Repair crews expected to restore supply by Tuesday morning."],
    "strikes", "strikes", 2, "zaporizhzhia-substation-strike-2031-07-07", a="Reuters", rub="all-news"),
  E("2031-07-07 16:05", "Switzerland to host donors' conference on Ukraine demining in Lausanne",
    ["Switzerland will host an international conference on clearing mines and unexploded ordnance in Ukraine in Lausanne in October, the foreign ministry announced on Monday.",
     "Bern has already committed CHF 100 million to humanitarian demining in Ukraine until 2034 and hopes to raise a similar sum from other donors."],
    "diplomacy", "diplomacy", 2, "lausanne-demining-conference-2031-07-07", sec=["aid"], a="Keystone-SDA", rub="foreign-affairs"),
  E("2031-07-07 13:40", "Kremlin rejects European plan for ceasefire monitors",
    ["The Kremlin on Monday dismissed a Franco-British proposal for European monitors along a future ceasefire line, saying any foreign military presence in Ukraine was unacceptable to Moscow.",
     "The proposal is due to be discussed at next week's NATO summit."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-ceasefire-monitors-2031-07-07", a="AFP", rub="all-news"),
  E("2031-07-07 11:15", "Federal Council extends protection status for Ukrainian refugees",
    ["Switzerland will keep protection status S for people fleeing the war in Ukraine until at least March 2033, the Federal Council decided on Monday.",
     "Around 68,000 people currently hold the status. The government also wants to raise the share of them in work to 50 percent by next year."],
    "other", "humanitarian", 2, "swiss-protection-status-s-extension-2031-07-07", a="Keystone-SDA", rub="politics"),
  E("2031-07-07 09:30", "Ukrainian drones hit refinery in Russia's Saratov, governor says",
    ["Ukrainian drones attacked an oil refinery in the Russian city of Saratov overnight, starting a fire that was put out by morning, the regional governor said on Monday."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2031-07-07", a="Reuters", rub="all-news"),
  OFF("2031-07-07 07:10", "Swiss glaciers lost record amount of ice in June",
    ["Swiss glaciers lost more ice in June than in any June since measurements began, the monitoring network Glamos said, after weeks of heat and a winter with little snow."],
    "swiss-glacier-melt-2031-07-07", a="Keystone-SDA", rub="science", n="glacier melt"),
  ]))


# ---------------------------------------------------------------- 19704 Yle News (text scrape of the news front list)
def r_yle_news(S):
    """Yle News front list copied as text: Yle service bar, 'Yle News' masthead and menu; cards newest first: headline, lead
    paragraph(s), author line (a reporter's name, or 'Yle News'), then the stamp '9.7.2031 15:22' (Finnish time, no zone)."""
    z = S["zone"]; order_check(S, True)
    L = ["Yle", "Yle Areena", "Yle Uutiset", "Svenska Yle", "Kirjaudu", "", "Yle News", "News", "Finland", "Politics", "Culture",
         "All Points North", "Newsletter", "In English", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day}.{d.month}.{d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"]] + ptxt(e["p"]) + [e["a"] or "Yle News", st, ""]
        if i == 3:
            L += ["All Points North", "Listen to our weekly podcast about life in Finland.", "Listen on Yle Areena", ""]
    L += ["Show more", "", "Yle News", "Contact us", "Yle's editorial principles", "Accessibility", "Privacy", "© Yle 2031"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="19704", name="19704_yle-news-latest", ext="txt", source="Yle News", zone="Europe/Helsinki", render=r_yle_news,
  title="Latest news",
  basis="printed stamp '{s}' (day.month.year and 24-hour clock, Finnish time, no zone printed; EEST = UTC+3); local {d} in {z}",
  notes="Imitates the Yle News (yle.fi/news) latest-news list copied as text. Cards newest first: headline, lead paragraph(s), a credit line (a reporter's name, or the desk credit 'Yle News', which names the outlet itself and so gives author null), then a stamp '9.7.2031 15:22' (Finnish time, no zone printed). Two cards are not about the war (algae, Finnair strike). A podcast promo (All Points North) sits after the fourth card.",
  not_entries=["Yle service bar (Yle, Yle Areena, Yle Uutiset, Svenska Yle, Kirjaudu)", "masthead 'Yle News' and menu", "list heading 'Latest news'",
               "credit lines under each card ('Yle News' or a reporter's name)", "podcast promo 'All Points North' after the fourth card",
               "'Show more'", "footer links and copyright"],
  entries=[
  E("2031-07-09 21:05", "Finland to send 26th military aid package to Ukraine",
    ["The government on Wednesday approved Finland's 26th package of defence materiel for Ukraine, worth 210 million euros.",
     "As with earlier packages, the Defence Ministry did not disclose its contents, citing security reasons. Finland's total military aid to Ukraine now exceeds 3.4 billion euros."],
    "aid", "aid", 3, "finland-26th-aid-package-2031-07-09", a="Aleksi Vuorinen"),
  OFF("2031-07-09 18:40", "Algae warnings issued for dozens of lakes after heatwave",
    ["The Finnish Environment Institute says blue-green algae has been spotted in more than 80 lakes and along parts of the southern coast.",
     "Swimmers are advised to check the water before letting children or pets in."],
    "finland-algae-warnings-2031-07-09", n="environment and weather"),
  E("2031-07-09 16:15", "Border Guard: GPS interference from Russia disrupted flights over eastern Finland",
    ["Satellite navigation signals were disrupted for several hours on Tuesday over North Karelia and South Savo, the Border Guard said, adding that the interference originated on the Russian side of the border.",
     "Two regional flights to Joensuu had to use backup navigation systems."],
    "other", "security", 2, "gps-jamming-eastern-finland-2031-07-09", a="Saara Lindqvist"),
  E("2031-07-09 13:50", "Stubb: Nato summit must commit to long-term support for Ukraine",
    ["President Alexander Stubb said on Wednesday that next week's Nato summit should agree on multi-year funding for Ukraine's armed forces rather than annual pledges.",
     "Speaking to reporters in Kultaranta, Stubb said Finland was ready to contribute 0.25 percent of its GDP each year."],
    "diplomacy", "diplomacy", 2, "stubb-nato-summit-ukraine-funding-2031-07-09", sec=["aid"]),
  E("2031-07-09 11:20", "Russian drone attack kills two in Chernihiv",
    ["Two people were killed and six injured when Russian drones struck a residential area of the northern Ukrainian city of Chernihiv on Wednesday morning, local authorities said."],
    "strikes", "strikes", 3, "chernihiv-drone-strike-2031-07-09"),
  E("2031-07-09 09:05", "Defence Forces launch large reservist exercise in Lapland",
    ["Around 6,500 reservists and conscripts are taking part in an exercise in Finnish Lapland that began on Wednesday and runs until the end of next week.",
     "Troops from Sweden and Norway are also participating. Residents of Rovaniemi and Sodankylä have been told to expect heavy vehicle traffic and low-flying aircraft."],
    "other", "security", 2, "lapland-reservist-exercise-2031-07-09", a="Aleksi Vuorinen"),
  OFF("2031-07-09 07:30", "Finnair cancels dozens of flights as pilots walk out",
    ["Finnair has cancelled 64 flights on Wednesday and Thursday because of a pilots' strike over working hours, affecting some 7,000 passengers."],
    "finnair-pilot-strike-2031-07-09", n="labour dispute"),
  ]))


# ---------------------------------------------------------------- 19705 NOS (English service) liveblog, text scrape, no year
def r_nos_live(S):
    """NOS liveblog copied as text: NOS top bar, 'Liveblog' label, title, intro, a year-less date line 'Friday 11 July';
    posts newest first: clock '21:40' on its own line, headline, text; a video post shows only a player line."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["NOS", "News", "Sport", "Live", "Video", "Podcasts", "Search", "", "Liveblog", S["title"], "", S["lede"], "",
         f"{WDAY[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}", "", "Share this liveblog", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["\u25b6 Play video  0:58", ""])
        if i == 4:
            L += ["Read also", S["related"], ""]
    L += ["Load earlier updates", "", "NOS", "About the NOS", "Contact", "Privacy", "Cookies"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="19705", name="19705_nos-liveblog", ext="txt", source="NOS", zone="Europe/Amsterdam", render=r_nos_live,
  title="Netherlands sends more F-16 parts to Ukraine; two dead in Kherson",
  lede="In this liveblog we keep you up to date on the war in Ukraine and the Dutch reactions to it.",
  related="Why Dutch F-16s keep flying in Ukraine long after their last mission here",
  parse_args=["--date", "2031-07-11"],
  basis="bare clock '{s}' under the year-less date line 'Friday 11 July' (no year anywhere on the page: the year comes from parse_args --date 2031-07-11); Dutch time, CEST = UTC+2; local {d} in {z}",
  notes="Imitates an NOS liveblog (English edition of its war liveblog) copied as text. The page prints no year anywhere: the only date is the line 'Friday 11 July', so the gold carries parse_args ['--date', '2031-07-11']. Posts newest first: a clock '21:40' (Dutch time, no zone), headline, text; no authors. 19705-03 is a video post ('Video:' headline, player line only): teaser of the minister's visit in 19705-04. The first post of the day (19705-07, 'Good morning') summarises the overnight attack that 19705-06 follows up (same story, different wording; not a repeat).",
  not_entries=["NOS top bar (News, Sport, Live, Video, Podcasts, Search)", "'Liveblog' label and title", "intro line 'In this liveblog ...'",
               "date line 'Friday 11 July'", "'Share this liveblog'", "video player line in 19705-03", "'Read also' link after the fifth post",
               "'Load earlier updates'", "footer links"],
  entries=[
  E("2031-07-11 21:40", "Netherlands sends extra F-16 parts and munitions worth 180 million euros",
    ["The Netherlands will send Ukraine F-16 spare parts, engines and air-to-ground munitions worth 180 million euros, the defence ministry announced this evening.",
     "The package is paid for from the 3.5 billion euros the cabinet reserved for Ukraine this year. Deliveries will run via the training centre in Romania."],
    "aid", "aid", 3, "netherlands-f16-parts-package-2031-07-11"),
  E("2031-07-11 19:15", "Two dead after Russian shelling of Kherson",
    ["In the southern city of Kherson, two people were killed by Russian artillery fire this evening, the regional authorities report.",
     "A woman of 64 and a man of 70 were hit near a bus stop in the Korabelnyi district. Three other people were injured."],
    "strikes", "strikes", 3, "kherson-shelling-2031-07-11"),
  E("2031-07-11 16:50", "Video: Dutch defence minister tours a drone workshop near Kyiv", [],
    "diplomacy", "diplomacy", 1, "dutch-defence-minister-kyiv-visit-2031-07-11", n="video teaser without body"),
  E("2031-07-11 14:20", "Defence minister in Kyiv: 'Our support does not depend on Washington'",
    ["Defence minister Brekelmans is in Kyiv for an unannounced visit. He met his Ukrainian counterpart and visited a workshop where Dutch money is used to build drones.",
     "\"Whatever the Americans decide, the Netherlands and its European partners will keep supporting Ukraine,\" he told the NOS.",
     "It is his third visit to Ukraine as minister."],
    "diplomacy", "diplomacy", 3, "dutch-defence-minister-kyiv-visit-2031-07-11", sec=["aid"]),
  E("2031-07-11 11:35", "Zelensky replaces commander of the Joint Forces",
    ["President Zelensky has replaced the commander of Ukraine's Joint Forces, the presidential office said. No reason was given.",
     "The new commander previously led a brigade in the Kharkiv region."],
    "other", "politics", 2, "joint-forces-commander-replaced-2031-07-11"),
  E("2031-07-11 09:10", "Tens of thousands without power in Poltava region",
    ["After last night's Russian attack, some 60,000 households in the Poltava region are without electricity, the grid operator says.",
     "A high-voltage substation was hit. Repairs could take several days."],
    "strikes", "strikes", 2, "overnight-drone-attack-poltava-2031-07-11"),
  E("2031-07-11 07:25", "Good morning, welcome to this liveblog",
    ["Russia again attacked Ukraine with drones and missiles last night. According to the Ukrainian air force, 74 drones and 3 cruise missiles were launched; 57 drones and all missiles were shot down.",
     "Energy infrastructure in the Poltava region was hit. There are no reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-poltava-2031-07-11"),
  ]))


# ---------------------------------------------------------------- 19706 Polskie Radio English (text scrape of the news list)
def r_polskieradio(S):
    """Polish Radio English Section news list copied as text: Polskie Radio station bar, section menu, 'News' heading; cards
    newest first: rubric label, stamp '13.07.2031 14:35' (Warsaw time, no zone), headline, lead; no authors in the list."""
    z = S["zone"]; order_check(S, True)
    L = ["Polskie Radio", "Jedynka", "Dwójka", "Trójka", "Czwórka", "PR24", "Radio Poland", "", "Polish Radio English Section",
         "Home", "Politics", "Society", "Economy", "Culture", "Sport", "Ukraine", "Podcasts", "Listen live", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        L += [e["rub"], st, e["h"]] + ptxt(e["p"])
        if i == 2:
            L += ["Podcast", "Weekly Polish Radio podcast: the week in Poland in 20 minutes", ""]
    L += ["1", "2", "3", "...", "Next", "", "Polskie Radio S.A.", "Contact", "Privacy policy", "Accessibility", "\u00a9 Copyright by Polskie Radio S.A."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="19706", name="19706_polskieradio-english-news", ext="txt", source="Polskie Radio English", zone="Europe/Warsaw", render=r_polskieradio,
  title="News",
  basis="printed stamp '{s}' (DD.MM.YYYY and 24-hour clock, Warsaw time, no zone printed; CEST = UTC+2); local {d} in {z}",
  notes="Imitates the Polish Radio English Section news list copied as text. Cards newest first: rubric label (Politics, Society, Ukraine, Sport, ...), a stamp line '13.07.2031 14:35' printed above the headline (Warsaw time, no zone), headline, lead. The list prints no authors (the editors' initials appear only inside the articles), so author is null. One off-beat card (volleyball). A podcast promo sits after the third card; pagination at the end.",
  not_entries=["Polskie Radio station bar (Jedynka ... Radio Poland)", "section name and menu", "heading 'News'", "rubric labels above each stamp",
               "stamp lines (dates)", "podcast promo after the third card", "pagination '1 2 3 ... Next'", "footer"],
  entries=[
  E("2031-07-13 21:10", "Poland and Ukraine agree on new round of Volhynia exhumations",
    ["Polish and Ukrainian culture ministers have agreed on exhumation work at four more sites in western Ukraine where victims of the 1943 Volhynia massacres are believed to be buried.",
     "Work at the first site, near Lutsk, is due to start in August, the Polish ministry said."],
    "diplomacy", "diplomacy", 2, "volhynia-exhumations-agreement-2031-07-13", rub="Politics"),
  E("2031-07-13 18:45", "President signs law tying benefits for Ukrainians to employment",
    ["Poland's president has signed a law under which Ukrainian refugees will receive the monthly child benefit only if at least one parent is working or registered as unemployed.",
     "The government says around 950,000 Ukrainians live in Poland under temporary protection."],
    "other", "humanitarian", 2, "poland-ukrainian-refugee-benefits-law-2031-07-13", rub="Society"),
  E("2031-07-13 16:20", "East Shield barrier passes 200 km mark",
    ["Fortifications along Poland's borders with Russia's Kaliningrad region and Belarus now cover more than 200 kilometres, the defence ministry said on Sunday.",
     "The East Shield programme, which includes anti-tank obstacles, ditches and sensor masts, is due to be completed in 2028."],
    "other", "security", 2, "east-shield-fortifications-progress-2031-07-13", rub="Politics"),
  E("2031-07-13 13:35", "Polish foreign minister: frozen Russian assets must pay for Ukraine's rebuilding",
    ["Russia's frozen assets should be used in full to pay for Ukraine's reconstruction, Poland's foreign minister said in an interview with Polish Radio on Sunday.",
     "He said Warsaw would push for a decision on the matter at the EU's October summit."],
    "diplomacy", "diplomacy", 2, "poland-fm-frozen-assets-reconstruction-2031-07-13", sec=["aid"], rub="Politics"),
  E("2031-07-13 11:00", "Rzeszów logistics hub handled record aid volume in June",
    ["More than 31,000 tonnes of military and humanitarian aid for Ukraine passed through the hub at Rzeszów-Jasionka airport in June, the most in a single month since 2023, NATO's logistics command said."],
    "aid", "aid", 2, "rzeszow-hub-record-aid-volume-2031-07-13", rub="Ukraine"),
  OFF("2031-07-13 09:15", "Poland beat Brazil to reach volleyball Nations League final",
    ["Poland's men's volleyball team beat Brazil 3:1 in the Nations League semi-final on Saturday night and will face Italy in the final."],
    "volleyball-nations-league-semi-2031-07-13", n="sport", rub="Sport"),
  E("2031-07-13 06:10", "Polish and allied jets scrambled during Russian attack on western Ukraine",
    ["Polish and allied aircraft were scrambled overnight as Russia launched missiles and drones at targets in western Ukraine, Poland's Operational Command said.",
     "Ground-based air defence and radar systems were brought to the highest state of readiness. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-jets-scrambled-2031-07-13", sec=["strikes"], rub="Politics"),
  ]))


# ---------------------------------------------------------------- 19707 The Irish Times (HTML live + LiveBlogPosting JSON-LD)
def r_irishtimes_live(S):
    """The Irish Times live page (HTML): LiveBlogPosting JSON-LD with per-update datePublished in UTC ('Z'); visible header date
    'Tue Jul 15 2031 - 07:02'; posts newest first: <time> '14:05' (Irish time), h2 headline, author line, paragraphs."""
    z = S["zone"]; order_check(S, True)
    url = S["url"]; opened = dt(S["opened"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{url}#{'%06X' % (0x3C1A7 + i * 977)}", "headline": e["h"],
                    "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "url": url, "headline": S["title"],
          "description": S["lede"], "coverageStartTime": opened.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "datePublished": opened.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "dateModified": last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Irish Times", "url": "https://www.irishtimes.com"},
          "liveBlogUpdate": ups}
    hd = f"{opened:%a} {MON3[opened.month - 1]} {opened.day} {opened.year} - {opened:%H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 The Irish Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<header><a class="masthead" href="/">The Irish Times</a><a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a>'
           '<nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/life-style/">Life &amp; Style</a> <a href="/culture/">Culture</a> <a href="/podcasts/">Podcasts</a> <a href="/video/">Video</a> '
           '<a href="/crosswords-puzzles/">Crosswords &amp; Puzzles</a></nav></header>',
           '<main><div class="breadcrumb"><a href="/world/">World</a> <a href="/world/europe/">Europe</a></div>',
           '<span class="live-badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="timestamp">{hd}</p>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share via email</a> <a>Copy link</a></div>',
           '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<article class="live-post" id="post-{i + 1}"><time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{st}</time>',
                f'<h2>{esc(e["h"])}</h2>', f'<p class="byline">{esc(e["a"])}</p>'] + [f'<p>{esc(p)}</p>' for p in e["p"]] + ['</article>']
        if i == 2:
            out.append(f'<aside class="related"><h3>Read More</h3><a href="/world/europe/">{esc(S["related"])}</a></aside>')
    out += ['</section>', '<div class="newsletter"><h3>Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone</h3>'
            '<a>Find The Irish Times on WhatsApp and stay up to date</a></div>', '</main>',
            '<footer><p>\u00a9 2031 The Irish Times DAC</p><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> '
            '<a href="/privacy-policy/">Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="19707", name="19707_irishtimes-live", ext="html", source="The Irish Times", zone="Europe/Dublin", render=r_irishtimes_live,
  title="Russia-Ukraine war: Kryvyi Rih death toll rises to seven as EU agrees ammunition deal",
  lede="Latest updates as Russian missiles hit central Ukraine and EU governments agree a joint ammunition purchase.",
  url="https://www.irishtimes.com/world/europe/2031/07/15/russia-ukraine-war-latest-updates/",
  related="Ukraine's industrial heartland braces for a fourth winter under fire", opened="2031-07-15 07:02",
  basis="visible clock '{s}' under the page date 'Tue Jul 15 2031 - 07:02' (Irish time, IST = UTC+1; the post's JSON-LD datePublished and <time datetime> give the same instant in UTC, {u}Z); local {d} in {z}",
  notes="Imitates a live page of The Irish Times (HTML). LiveBlogPosting JSON-LD whose liveBlogUpdate entries carry per-update datePublished in UTC with milliseconds ('2031-07-15T21:15:00.000Z'), headline, author and articleBody; the visible page prints 'Tue Jul 15 2031 - 07:02' under the standfirst and a bare Irish-time clock per post ('22:15'). Posts newest first with h2 headline and a byline line. 19707-02 updates the Kryvyi Rih strike first reported in 19707-05 (same story, new toll). 'Read More' related link after the third post.",
  not_entries=["masthead, Subscribe / Sign In, main menu", "breadcrumb 'World Europe'", "'LIVE' badge", "page title and standfirst",
               "page date line 'Tue Jul 15 2031 - 07:02'", "share links", "byline lines under each post headline", "'Read More' related link after the third post",
               "push-alert / WhatsApp newsletter box", "footer"],
  entries=[
  E("2031-07-15 22:15", "Ukraine says drones destroyed two aircraft at Crimean airbase",
    ["Ukraine's military intelligence agency said its drones had destroyed two Su-34 bombers and damaged a radar station at the Saky airbase in occupied Crimea overnight into Tuesday.",
     "Russia's defence ministry said it had shot down 31 Ukrainian drones over Crimea and the Black Sea but did not mention any damage. The claims could not be independently verified."],
    "strikes", "strikes", 2, "saky-airbase-drone-strike-2031-07-15", a="Fiachra Dunleavy"),
  E("2031-07-15 20:30", "Death toll in Kryvyi Rih strike rises to seven",
    ["Two more bodies have been recovered from the rubble of the administrative building hit by a Russian missile in Kryvyi Rih, bringing the number of dead to seven, the head of the city's military administration said.",
     "Thirty-four people were injured, nine of them seriously."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-07-15", a="Fiachra Dunleavy", n="toll 7"),
  E("2031-07-15 18:10", "Zelensky to address Oireachtas in autumn, Taoiseach says",
    ["The Taoiseach has confirmed that President Zelensky has accepted an invitation to address a joint sitting of the Dáil and Seanad in the autumn.",
     "Speaking after a phone call with the Ukrainian leader, the Taoiseach said they had also discussed Ireland's role in demining and in the care of Ukrainian children displaced by the war."],
    "diplomacy", "diplomacy", 3, "zelensky-oireachtas-invitation-2031-07-15", a="Orla Breathnach",
    n="leader-level call (Taoiseach and Zelensky) with an invitation: a head-of-government diplomatic move"),
  E("2031-07-15 15:40", "Dáil committee to examine changes to 'triple lock'",
    ["The Oireachtas defence committee will hold hearings in September on the Government's plan to remove the requirement for a UN mandate before Irish troops can be sent overseas.",
     "Opposition TDs say the change could open the way for Irish participation in a European mission in Ukraine after a ceasefire, which the Government denies is the intention."],
    "other", "politics", 2, "triple-lock-committee-hearings-2031-07-15", a="Orla Breathnach"),
  E("2031-07-15 12:05", "Russian missile strike on Kryvyi Rih kills five",
    ["At least five people were killed when a Russian ballistic missile hit an administrative building in the centre of Kryvyi Rih shortly before noon local time, Ukrainian officials said.",
     "President Zelensky's home city has been struck repeatedly this year. Regional authorities said rescue work was continuing."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-07-15", a="Fiachra Dunleavy", n="toll 5"),
  E("2031-07-15 09:20", "EU governments agree €2bn joint ammunition purchase for Ukraine",
    ["EU member states have agreed to jointly buy €2 billion worth of artillery shells and air-defence missiles for Ukraine, with the first deliveries expected before the end of the year.",
     "The purchase will be financed through the European Peace Facility and the proceeds of frozen Russian assets."],
    "aid", "aid", 3, "eu-joint-ammunition-purchase-2031-07-15", a="Róisín Keaveney"),
  ]))


# ---------------------------------------------------------------- 19708 The Local (Germany edition): 'Today in Germany' round-up
def r_thelocal_today(S):
    """The Local 'Today in Germany' round-up article (HTML): edition switcher, member bar, NewsArticle JSON-LD; kicker, h1,
    standfirst, 'Author:' line, 'Published: 17 July 2031 08:41 CEST'; each news item is an <h3> headline plus paragraphs;
    no per-item time."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    url = S["url"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": S["title"],
          "description": S["lede"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Local Germany", "logo": {"@type": "ImageObject", "url": "https://www.thelocal.de/logo.png"}},
          "image": ["https://apiwp.thelocal.com/wp-content/uploads/2031/07/today-germany.jpg"], "isAccessibleForFree": False}
    pub = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} {d.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Local</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<div class="edition-switcher">Austria Denmark France Germany Italy Norway Spain Sweden Switzerland</div>',
           '<header><a class="logo" href="/">The Local Germany</a><nav><a href="/news/">News</a> <a href="/category/explained/">Explained</a> '
           '<a href="/jobs/">Jobs</a> <a href="/newsletters/">Newsletters</a></nav><a class="login">Log in</a> <a class="member">Become a Member</a></header>',
           '<main><article>', '<p class="kicker">TODAY IN GERMANY</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="author">Author: {esc(S["byline"])}</p>', f'<p class="published">Published: {pub}</p>',
           '<div class="share">Share this article</div>', '<figure><figcaption>The Reichstag in Berlin. Photo: DPA</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out += [f'<h3>{esc(e["h"])}</h3>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<p class="promo"><strong>READ ALSO:</strong> <a href="/explained/">What changes in Germany in August 2031</a></p>')
    out += ['<p class="tip">Got a news tip for us? Email us at news@thelocal.de</p>', '</article>',
            '<section class="comments"><h4>Comments</h4><p>Join the conversation in our comments section below. Share your own views and experience and if you have a question or suggestion for our journalists then email us at news@thelocal.de.</p>'
            '<p>Please keep comments civil, constructive and on topic. Members can comment.</p></section>', '</main>',
            '<footer>The Local Europe AB \u00b7 About us \u00b7 Contact \u00b7 Privacy policy \u00b7 Terms of use</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


TLG = "Imogen Thwaite"
SEEDS.append(dict(
  id="19708", name="19708_thelocal-todayingermany", ext="html", source="The Local", zone="Europe/Berlin", render=r_thelocal_today,
  title="Today in Germany: A roundup of the latest news on Thursday",
  lede="More Patriot interceptors for Ukraine, changes to benefits for refugees, a rail strike called off and more news from around Germany on Thursday.",
  byline=TLG, url="https://www.thelocal.de/20310717/today-in-germany-a-roundup-of-the-latest-news-on-thursday",
  basis="no per-item time; the article's visible 'Published: 17 July 2031 08:41 CEST' (= NewsArticle datePublished 2031-07-17T08:41:00+02:00) applies to every item; local {d} in {z}",
  notes="Imitates The Local's daily 'Today in Germany' round-up (HTML, NewsArticle JSON-LD with datePublished +02:00). Each news item is an h3 headline followed by paragraphs; one entry per item, stamp null, published = the article's 'Published: 17 July 2031 08:41 CEST'; the page byline 'Author: Imogen Thwaite' is every item's author. Three of the six items are not about the war (rail strike, heat, Oktoberfest). A 'READ ALSO' promo after the third item.",
  not_entries=["edition switcher (Austria ... Switzerland)", "logo, menu, 'Log in', 'Become a Member'", "kicker 'TODAY IN GERMANY'", "article title and standfirst",
               "'Author: Imogen Thwaite'", "'Published: 17 July 2031 08:41 CEST'", "'Share this article'", "photo caption 'The Reichstag in Berlin. Photo: DPA'",
               "'READ ALSO' promo after the third item", "news tip line", "comments box", "footer"],
  entries=[
  E("2031-07-17 08:41", "Germany to send more Patriot interceptors to Ukraine",
    ["Germany will supply Ukraine with another batch of Patriot interceptor missiles worth around 400 million euros, the Defence Ministry confirmed on Wednesday evening.",
     "Berlin has come under pressure from Kyiv to speed up deliveries after a series of Russian ballistic missile attacks on Ukrainian cities this month. The ministry did not say how many missiles were involved.",
     "Defence Minister Boris Pistorius said Germany would also finance the production of further interceptors in Europe."],
    "aid", "aid", 3, "germany-patriot-interceptors-2031-07-17", a=TLG),
  E("2031-07-17 08:41", "Fewer Ukrainian refugees to receive citizen's income under new rules",
    ["Ukrainians who arrived in Germany after April 1st this year will receive asylum seeker benefits rather than the Bürgergeld, or citizen's income, under a law passed by the Bundestag on Wednesday.",
     "The payments are around 100 euros a month lower for a single adult. The government says the change will save about 190 million euros a year."],
    "other", "humanitarian", 2, "germany-ukrainian-refugees-benefits-law-2031-07-17", a=TLG),
  E("2031-07-17 08:41", "German brigade in Lithuania reaches full strength",
    ["The Bundeswehr's 45th Panzer Brigade in Lithuania now has all of its planned 4,800 soldiers and civilian staff, the army said on Wednesday.",
     "The brigade is Germany's first permanent deployment abroad since the Second World War and is meant to deter Russia on NATO's eastern flank."],
    "other", "security", 2, "germany-lithuania-brigade-full-strength-2031-07-17", a=TLG),
  OFF("2031-07-17 08:41", "Deutsche Bahn strike called off after last-minute deal",
    ["A 48-hour strike by train drivers that was due to start on Thursday night has been called off after the GDL union and Deutsche Bahn agreed on a new pay deal late on Wednesday.",
     "Passengers who had already cancelled their journeys can have their tickets refunded."],
    "deutsche-bahn-strike-called-off-2031-07-17", a=TLG, n="rail strike"),
  OFF("2031-07-17 08:41", "Heat warnings across southern Germany",
    ["The German Weather Service has issued heat warnings for large parts of Bavaria and Baden-Württemberg, with temperatures of up to 37C expected on Friday and Saturday."],
    "germany-heat-warnings-2031-07-17", a=TLG, n="weather"),
  OFF("2031-07-17 08:41", "Oktoberfest beer price passes 17 euros",
    ["A litre of beer at this year's Oktoberfest in Munich will cost up to 17.20 euros, the city announced, an increase of almost five percent on last year."],
    "oktoberfest-beer-price-2031-07-17", a=TLG, n="festival prices"),
  ]))


# ---------------------------------------------------------------- 19709 Notes from Poland (WordPress RSS feed)
def wp(s):
    """WordPress texturised text inside RSS: curly apostrophes and quotes as numeric entities."""
    return esc(s).replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")


def r_nfp_feed(S):
    """Notes from Poland WordPress RSS 2.0 feed: pubDate in +0000, dc:creator and categories in CDATA, guid '?p=NNNNN',
    description = excerpt ending '[&#8230;]' + Yoast 'The post ... appeared first on Notes from Poland.' line; content:encoded
    with the full paragraphs and the same Yoast line."""
    z = S["zone"]; order_check(S, True)
    base = "https://notesfrompoland.com"
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', f'\t<title>{esc(S["title"])}</title>',
           f'\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />', f'\t<link>{base}</link>',
           '\t<description>Independent, reader-funded English-language news and analysis from Poland</description>',
           f'\t<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '\t<language>en-GB</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=7.4.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"{base}/{d:%Y/%m/%d}/{slugify(e['h'].replace(chr(8217), ''))}/"
        yoast = f'<p>The post <a href="{link}">{wp(e["h"])}</a> appeared first on <a href="{base}">Notes from Poland</a>.</p>'
        words = e["p"][0].split()
        excerpt = " ".join(words[:40]) + " [&#8230;]" if len(words) > 40 else e["p"][0]
        out += ['\t<item>', f'\t\t<title>{wp(e["h"])}</title>', f'\t\t<link>{link}</link>', f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'\t\t<pubDate>{st}</pubDate>'] + [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]] + [
                f'\t\t<guid isPermaLink="false">{base}/?p={131270 + i * 17}</guid>',
                f'\t\t<description><![CDATA[<p>{wp(excerpt)}</p>\n{yoast}\n]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{wp(p)}</p>" for p in e["p"]) + f"\n{yoast}\n]]></content:encoded>",
                f'\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="19709", name="19709_notesfrompoland-feed", ext="xml", source="Notes from Poland", zone="UTC", render=r_nfp_feed,
  title="Notes from Poland",
  basis="RSS pubDate '{s}' (WordPress prints +0000 = UTC); {u} UTC",
  notes="Imitates the Notes from Poland WordPress feed (RSS 2.0 with content, dc, sy and slash namespaces). Items newest first; pubDate in +0000 (UTC, so page_timezone UTC although the outlet is in Warsaw); dc:creator and categories in CDATA; curly apostrophes as &#8217; entities; description = excerpt (cut after 40 words with ' [&#8230;]' when longer) followed by the Yoast line 'The post ... appeared first on Notes from Poland.'; content:encoded has the full text (body_paragraphs counts its paragraphs without the Yoast line). One off-beat item (metro line).",
  not_entries=["channel title, atom:link, link, description, lastBuildDate, language, sy:update*, generator", "item links, guids, categories, slash:comments",
               "the description excerpts (shortened copies of the first paragraph)", "Yoast lines 'The post ... appeared first on Notes from Poland.' in description and content"],
  entries=[
  E("2031-07-19 17:45", "Poland signs deal for 96 more K9 howitzers from South Korea",
    ["Poland\u2019s defence ministry has signed a contract worth $2.6 billion for 96 more K9 self-propelled howitzers from South Korea, most of which will be assembled at the state-owned Huta Stalowa Wola plant.",
     "The deal brings the number of K9s ordered by Poland since 2022 to more than 450. Deliveries are due to run until 2035.",
     "Defence spending will reach 4.9% of GDP this year, the highest level in NATO, the government says."],
    "other", "security", 2, "poland-k9-howitzer-contract-2031-07-19", a="Kacper Dobrzyń", cats=["News", "Politics", "Defence"]),
  E("2031-07-19 14:20", "Three charged over plot to sabotage rail line carrying aid to Ukraine",
    ["Polish prosecutors have charged three men, two Belarusian citizens and a Pole, with preparing acts of sabotage on behalf of Russian intelligence on the railway line between Lublin and the Ukrainian border.",
     "According to the National Prosecutor\u2019s Office, the men photographed bridges and signal boxes and were paid in cryptocurrency. They face up to ten years in prison."],
    "other", "security", 2, "lublin-rail-sabotage-charges-2031-07-19", a="Hanna Sobolewska", cats=["News", "Crime", "Security"]),
  E("2031-07-19 11:05", "Farm trade must be settled before Ukraine joins EU, says Polish deputy PM",
    ["Poland will not agree to close the agriculture chapter of Ukraine\u2019s EU accession talks until there are permanent limits on imports of Ukrainian grain, sugar and poultry, the deputy prime minister said on Saturday.",
     "Kyiv hopes to finish the negotiations by 2033."],
    "diplomacy", "diplomacy", 2, "poland-ukraine-eu-accession-farm-trade-2031-07-19", a="Kacper Dobrzyń", cats=["News", "Politics", "Ukraine"]),
  E("2031-07-19 09:30", "Ukrainians now make up over 6% of Poland\u2019s workforce, figures show",
    ["Almost one million Ukrainian citizens are now paying social insurance contributions in Poland, data from the Social Insurance Institution (ZUS) show, more than six percent of all contributors.",
     "Around a third of them arrived after Russia\u2019s full-scale invasion in 2022."],
    "other", "humanitarian", 2, "ukrainian-workers-poland-zus-data-2031-07-19", a="Hanna Sobolewska", cats=["News", "Economy", "Migration"]),
  E("2031-07-19 07:50", "Russian drone crashes in field in eastern Poland",
    ["A Russian attack drone crashed in a field near the town of Hrubieszów in the Lublin province during a large-scale Russian attack on western Ukraine overnight, the army\u2019s Operational Command said.",
     "Nobody was hurt. The foreign ministry has summoned Russia\u2019s chargé d\u2019affaires, and the government said it would ask for consultations with NATO allies."],
    "strikes", "strikes", 3, "russian-drone-crash-hrubieszow-2031-07-19", sec=["diplomacy"], a="Kacper Dobrzyń", cats=["News", "Security", "Ukraine"],
    n="airspace violation of a NATO member; rated 3 as the day's main development on this page"),
  OFF("2031-07-19 06:15", "Warsaw\u2019s third metro line gets green light after years of delay",
    ["Warsaw city council has approved the route of the M3 metro line between Stadion Narodowy and Gocław, with construction due to begin next spring."],
    "warsaw-m3-metro-approval-2031-07-19", a="Hanna Sobolewska", cats=["News", "Society"], n="city transport"),
  ]))


# ================================================================ Part B renderers (invented outlets)
def long_date(d, comma=False):
    return f"{WDAY[d.weekday()]}{',' if comma else ''} {d.day} {MONTHS[d.month - 1]} {d.year}"


def b_textlive_kp(S):
    """text live blog, newest first: 'Key Points' bullets (post headlines); each post: stamp line '21.40 BST', headline,
    'By NAME', body; a video teaser prints only a player line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "News | World | Politics | Business | Sport | Opinion | Puzzles", "", "LIVE", S["title"], long_date(dt(S["entries"][0]["t"], z)),
         "", S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 Watch (0:47)", ""]
        if i == 3:
            L += ["Sign up to the Herald's Ukraine Briefing, sent every weekday morning.", "Sign up", ""]
    L += ["Load earlier updates", "", f"\u00a9 {S['source']} \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def b_htmllive_ld(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset) and author; visible date
    header, then per post <time datetime> 'HH:MM', h2, author, paragraphs."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{4100 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> '
           '<a href="/ukraine">Ukraine</a> <a href="/business">Business</a> <a href="/subscribe">Subscribe</a></nav></header>',
           f'<main><p class="label">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="lede">{esc(S["lede"])}</p>',
           f'<p class="date">{long_date(first)}</p>', '<ol class="updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="update" id="update-{4100 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] + ['<button class="share">Share</button></li>']
        if i == 3:
            out.append(f'<li class="promo"><a href="/newsletter">{esc(S["promo"])}</a></li>')
    out += ['</ol><p class="more">Show newer updates</p></main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def b_rss(S):
    """RSS 2.0 feed, newest first; pubDate with numeric offset or 'GMT'; optional dc:creator; CDATA description with <p>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:thumbnail url="{S["url"]}/img/{d:%Y%m%d}-{i + 11}.jpg" width="640" height="360"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def b_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with offset ('Z' for UTC); summary-less, escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}/"/>',
           f'<link rel="self" type="application/atom+xml" href="{S["url"]}/feeds/{S["feed"]}.xml"/>', f'<id>{S["url"]}/feeds/{S["feed"]}.xml</id>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{S["feed"]}/{52840 + i * 3}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def b_textlive_oldest(S):
    """text live, oldest first: dateline with weekday, 'All times are Irish time.'; each post: bare clock 'HH:MM', optional partner
    label, headline, body, '(NAME)' signature; a photo teaser prints only a gallery line."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Home  News  World  Sport  Business  Opinion  Podcasts", "", S["title"], long_date(d0, comma=True),
         "All times are Irish time.", "", S["lede"], "", "Share  Email  Print", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st] + ([e["label"]] if e.get("label") else []) + [e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Gallery: 12 photos]", ""]
        if e["a"]:
            L += [f"({e['a']})", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This live blog has now ended.", "", f"{S['source']}  |  About  |  Contact  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def b_htmllive_ampm(S):
    """HTML live without JSON-LD, newest first (US outlet): date line 'Wednesday, July 23, 2031'; per post a span
    '3:45 PM EDT', h3 headline, 'By NAME' line, paragraphs."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title></head><body>',
           f'<div class="topbar"><a href="/">{esc(S["source"])}</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>',
           '<nav><a href="/us">U.S.</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav>',
           f'<main><span class="live">LIVE UPDATES</span><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>',
           f'<p class="dateline">{WDAY[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, upper=True)} {d.tzname()}"; stamps.append(st)
        out += [f'<div class="post"><span class="post-time">{st}</span>', f'<h3>{esc(e["h"])}</h3>']
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] + ['</div>']
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<p>Follow our coverage of the war in Ukraine.</p></main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Contact us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def b_article(S):
    """text article with section headings (one entry per section): page byline, dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home \u00bb World \u00bb Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share on Facebook \u00b7 Share on X \u00b7 Email", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Related: " + S["related"], ""]
    L += ["Topics: Ukraine, Russia, European Union, Japan", "", f"\u00a9 {S['source']} \u00b7 Contact \u00b7 Imprint"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def b_graphlive(S):
    """HTML live, oldest first; JSON-LD @graph with an @type array ['NewsArticle','LiveBlogPosting'] whose liveBlogUpdate items
    carry headline and articleBody but no dates; visible date line and per post <time datetime=...>HH:MM</time>."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "articleBody": " ".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "isPartOf": {"@id": S["url"]}, "liveBlogUpdate": ups},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": "Organization", "@id": S["url"].split("/live")[0] + "/#org", "name": S["source"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> <a href="/live">Live</a> '
           '<a href="/comment">Comment</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>', f'<p class="date">{long_date(first)}</p>',
           f'<p class="note">{esc(S["timesnote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<section class="entry"><time datetime="{d.isoformat()}">{st}</time>', f'<h2>{esc(e["h"])}</h2>'] + \
               [f'<p>{esc(p)}</p>' for p in e["p"]] + ([f'<p class="sig">\u2014 {esc(e["a"])}</p>'] if e["a"] else []) + ['</section>']
        if i == 2:
            out.append(f'<aside><h4>More on this story</h4><a href="/world/ukraine">{esc(S["related"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def b_textlive_after(S):
    """text live, newest first: dateline 'Monday 28 July 2031'; each post: headline, body, then 'NAME | 16:40 EEST' (stamp after
    the body); a video teaser prints only a player line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Front page  War  Politics  Economy  Culture  Sport", "", "Live", S["title"], long_date(dt(S["entries"][0]["t"], z)), "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[Video] 1:32", ""]) + [f"{e['a'] or S['source']} | {st}", ""]
        if i == 2:
            L += ["Read more: " + S["related"], ""]
    L += ["Older posts", "", f"{S['source']} \u2014 independent since 1987"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-07-22 (UTC), day 2 = 2031-07-23, day 3 = 2031-07-28.
DNI = "dnipro-missile-strike-2031-07-22"
NOR = "norway-air-defence-pledge-2031-07-22"
NIK = "nikopol-shelling-2031-07-22"
CZE = "czech-ammunition-initiative-delivery-2031-07-22"
RAIL = "analysis-russian-attacks-on-ukrainian-railways"
RAIL_H = "Analysis: Why Russia keeps targeting Ukraine's railways"
RAIL_P = ["Tuesday's strike near the rail depot in Dnipro is the latest in a long campaign against the network that carries most of Ukraine's soldiers, shells and grain.",
          "Ukrzaliznytsia still runs more than 300 passenger trains a day, and repair crews usually reopen a damaged line within hours. What Russia seems to be aiming at now is the slower work: locomotive sheds, traction substations and the junctions where lines from the west meet those running to the front.",
          "Each hit forces trains onto longer routes and ties up air-defence units that would otherwise protect cities, which may matter more to Moscow than the damage itself."]

# ---------------------------------------------------------------- 19720 Brackenloch Herald (day 1, text live, Key Points)
SEEDS.append(dict(
  id="19720", name="19720_brackenloch-herald-live", ext="txt", source="Brackenloch Herald", zone="Europe/London", render=b_textlive_kp,
  title="Ukraine war live: Dnipro death toll rises to 11 after Russian missile strike",
  lede="Russian missiles hit a rail depot and a block of flats in Dnipro; Czech-led shell deliveries continue; one dead in Nikopol.",
  basis="stamp line '{s}' (BST printed = UTC+1) under the dateline 'Tuesday 22 July 2031'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines as bullets (key_point true). Each post: stamp line '21.40 BST' (dot as separator), headline, 'By NAME', body. 19720-02 is a 'Watch:' teaser with only a player line. 19720-03 is a theme piece (analysis of attacks on the railways) that mentions the Dnipro strike but is its own story; day 2's 19730-02 re-posts it verbatim. The Kremlin's comment on the strike (19720-05) is a reaction whose content is the attack itself, so it shares the strike's story.",
  not_entries=["masthead and menu", "'LIVE' label, page title and dateline 'Tuesday 22 July 2031'", "standfirst line",
               "'Key Points' header and its two bullet lines (pointers to posts 19720-01 and 19720-04)", "'Latest updates'", "stamp lines and 'By NAME' lines",
               "player line '\u25b6 Watch (0:47)' in the teaser", "newsletter promo after the fourth post", "'Load earlier updates'", "footer"],
  entries=[
  E("2031-07-22 21:40", "Death toll in Dnipro missile strike rises to 11",
    ["Eleven people are now confirmed dead after this morning's Russian missile strike on Dnipro, the head of the regional military administration said in his evening update. Forty-three people were injured, including five children.",
     "Rescuers have finished clearing the collapsed section of the apartment block on Naberezhna Peremohy but are still working at the rail depot next to it."],
    "strikes", "strikes", 3, DNI, a="Fiona Garvock", kp=True, n="toll 11 dead, 43 injured"),
  E("2031-07-22 19:55", "Watch: Firefighters battle blaze at Dnipro rail depot", [],
    "strikes", "strikes", 1, DNI, n="video teaser without body"),
  E("2031-07-22 17:30", RAIL_H, RAIL_P, "strikes", "strikes", 2, RAIL, a="Euan Lattimer",
    n="theme piece (analysis of the campaign against the railways, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2031-07-22 15:10", "Czech-led initiative delivers 180,000 more shells",
    ["The Czech-led ammunition initiative has delivered another 180,000 large-calibre shells to Ukraine since the start of June, the Czech defence ministry said, bringing the total this year to more than 900,000.",
     "The rounds are bought on the world market with money from about 20 countries."],
    "aid", "aid", 3, CZE, a="Euan Lattimer", kp=True, n="same aid theme as Norway's air-defence pledge (19721-02), different event: must not merge"),
  E("2031-07-22 12:45", "Kremlin says Dnipro strike hit 'military logistics'",
    ["The Kremlin has said this morning's strike on Dnipro was aimed at a facility used to move Western weapons to the front, and denied targeting residential buildings.",
     "Ukrainian officials say the missile that hit the block of flats was one of three that struck the city within two minutes."],
    "strikes", "strikes", 3, DNI, a="Fiona Garvock", n="reaction whose content is the attack itself"),
  E("2031-07-22 10:20", "One killed as Russian shelling hits Nikopol",
    ["A 58-year-old man was killed and two women were injured when Russian artillery hit a street in Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, regional officials said."],
    "strikes", "strikes", 3, NIK, a="Fiona Garvock", n="same region (Dnipropetrovsk), another deadly strike the same day: must not merge with the Dnipro missile strike"),
  E("2031-07-22 07:35", "Russian missiles hit Dnipro in morning attack",
    ["Russian missiles struck Dnipro shortly before 9am local time, hitting a nine-storey apartment block and a railway depot, Ukrainian officials said. At least four people were killed and 19 injured.",
     "The air force said it had intercepted two of five missiles fired at the city."],
    "strikes", "strikes", 3, DNI, a="Euan Lattimer", n="toll 4 dead"),
  ]))

# ---------------------------------------------------------------- 19721 Corrievale Post (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="19721", name="19721_corrievale-post-live", ext="html", source="Corrievale Post", zone="Europe/Warsaw", render=b_htmllive_ld,
  title="War in Ukraine: missiles hit Dnipro, Norway pledges air defence money",
  lede="Updates through the day from our Central Europe desk.",
  url="https://www.corrievalepost.example/ukraine/live/2031-07-22", promo="Get our Central Europe briefing every morning",
  basis="visible clock '{s}' under the date line 'Tuesday 22 July 2031'; the JSON-LD datePublished of the update carries +02:00 (Warsaw summer time); local {d} in {z}",
  notes="Invented outlet (Warsaw). HTML live blog, oldest first, with a LiveBlogPosting JSON-LD block whose liveBlogUpdate items carry their own datePublished (+02:00), headline, articleBody and author; visible <time> 'HH:MM' above each h2 and an author line. 19721-05 repeats the first post almost word for word in the afternoon with the stale toll (duplicate_of 19721-01). Zelensky's reaction (19721-06) restates the toll and appeals for Patriots: strikes with secondary aid, same story as the strike.",
  not_entries=["brand and menu", "'Live' label, title and lede", "date line 'Tuesday 22 July 2031'", "author lines", "'Share' buttons",
               "newsletter promo after the fourth post", "'Show newer updates'", "footer"],
  entries=[
  E("2031-07-22 07:55", "Russian missiles strike Dnipro, at least two dead",
    ["Russian missiles struck the Ukrainian city of Dnipro on Tuesday morning, killing at least two people and damaging a residential building and railway facilities, the regional governor said.",
     "Air raid sirens sounded across eastern and central Ukraine shortly before the attack."],
    "strikes", "strikes", 3, DNI, a="Zofia Marczak", n="first report, toll 2"),
  E("2031-07-22 09:30", "Norway pledges 6 billion kroner for Ukraine's air defence",
    ["Norway will give Ukraine 6 billion kroner, about 520 million euros, to buy air-defence systems and interceptor missiles, the Norwegian government said on Tuesday.",
     "Part of the money will pay for two NASAMS batteries built by Kongsberg, with deliveries planned for next year."],
    "aid", "aid", 3, NOR, a="Piotr Lenartowicz", n="same aid theme as the Czech shell deliveries (19720-04): must not merge"),
  E("2031-07-22 11:15", "Polish president to travel to Kyiv next month",
    ["Poland's president will visit Kyiv in August for talks on reconstruction contracts and the border crossings, his office said on Tuesday.",
     "It will be his second visit to Ukraine since taking office."],
    "diplomacy", "diplomacy", 2, "polish-president-kyiv-visit-announced-2031-07-22", a="Piotr Lenartowicz",
    n="announcement of a visit a month ahead, not the visit itself: importance 2"),
  E("2031-07-22 12:40", "Suspected saboteur detained near Rzeszów airport",
    ["Polish police detained a Colombian citizen who was photographing the perimeter of Rzeszów-Jasionka airport, the main hub for Western aid to Ukraine, the Internal Security Agency said.",
     "Investigators suspect he was recruited online by Russian intelligence."],
    "other", "security", 2, "rzeszow-airport-sabotage-suspect-2031-07-22", a="Zofia Marczak"),
  E("2031-07-22 14:50", "Russian missiles strike Dnipro, at least two dead",
    ["Russian missiles struck the Ukrainian city of Dnipro on Tuesday morning, killing at least two people and damaging a residential building and railway facilities, the regional governor said."],
    "strikes", "strikes", 1, DNI, a="Zofia Marczak", dup="19721-01", n="near-verbatim repeat of 19721-01 with the stale toll"),
  E("2031-07-22 16:20", "Zelensky: Dnipro attack shows Ukraine needs more Patriots",
    ["President Volodymyr Zelensky said nine people had been killed in Dnipro and that Russia had used ballistic missiles the city's air defences could not stop.",
     "\"Every Patriot system our partners send saves lives in cities like Dnipro,\" he said in a video address."],
    "strikes", "strikes", 3, DNI, sec=["aid"], a="Zofia Marczak", n="reaction restating the toll (9): same story as the strike"),
  E("2031-07-22 18:05", "Ukraine's parliament extends martial law by 90 days",
    ["The Verkhovna Rada voted on Tuesday to extend martial law and general mobilisation for another 90 days, until late October.",
     "It is the 26th extension since February 2022."],
    "other", "politics", 2, "martial-law-extension-2031-07-22", a="Piotr Lenartowicz"),
  ]))

# ---------------------------------------------------------------- 19722 Norbreck World Service (day 1, RSS general world feed)
SEEDS.append(dict(
  id="19722", name="19722_norbreck-world-rss", ext="xml", source="Norbreck World Service", zone="America/Toronto", render=b_rss,
  title="Norbreck World Service - World", url="https://www.norbreckworld.example",
  lede="Top international stories from the Norbreck World Service newsroom.",
  basis="RSS pubDate '{s}' (explicit -0400 offset, Eastern Daylight Time); local {d} in {z}, UTC {u}",
  notes="Invented outlet (Toronto). General world news RSS feed, newest first, pubDate with -0400, CDATA descriptions, some dc:creator. Four of six items are not about the war (wildfire smoke, Bolivian election, Tokyo heat, Assam floods). The Dnipro item spells the city 'Dnepr'.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item links, guids, categories, media thumbnails"],
  entries=[
  OFF("2031-07-22 17:30", "Wildfire smoke from Quebec triggers air quality warnings in Toronto",
    ["Environment Canada issued special air quality statements for Toronto and much of southern Ontario on Tuesday as smoke from more than 90 wildfires in Quebec drifted south.",
     "People with asthma and heart conditions were advised to stay indoors."],
    "quebec-wildfire-smoke-toronto-2031-07-22", a="Marisa Delacourt", n="Canadian wildfire smoke", cat="Canada"),
  OFF("2031-07-22 14:10", "Bolivia heads for presidential runoff after tight first round",
    ["Bolivia will hold a presidential runoff on Aug. 24 after no candidate won a majority in Sunday's first round, the electoral tribunal said on Tuesday with nearly all votes counted."],
    "bolivia-presidential-runoff-2031-07-22", n="Bolivian election", cat="Americas"),
  E("2031-07-22 11:45", "Norway commits $580 million for Ukraine's air defence",
    ["Norway said on Tuesday it will spend 6 billion crowns ($580 million) on air defence for Ukraine, including two NASAMS systems made by Kongsberg."],
    "aid", "aid", 3, NOR, cat="Europe"),
  E("2031-07-22 10:00", "Russian missile strike on Ukraine's Dnepr kills nine",
    ["A Russian missile attack on the city of Dnepr in central-eastern Ukraine killed nine people and wounded more than 30 on Tuesday, Ukrainian officials said.",
     "Moscow said it had targeted a railway hub used to supply Ukrainian forces."],
    "strikes", "strikes", 3, DNI, a="Marisa Delacourt", cat="Europe", n="spelling 'Dnepr'; toll 9"),
  OFF("2031-07-22 08:20", "Tokyo records 40C for the first time",
    ["Central Tokyo recorded a temperature of 40.2C on Tuesday afternoon, the first time the 40-degree mark has been reached since records began, Japan's weather agency said."],
    "tokyo-40c-record-2031-07-22", n="weather record", cat="Asia"),
  OFF("2031-07-22 06:05", "Monsoon floods displace 200,000 people in India's Assam",
    ["Floods caused by heavy monsoon rains have forced some 200,000 people from their homes in the northeastern Indian state of Assam, officials said."],
    "assam-monsoon-floods-2031-07-22", n="Indian floods", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 19723 Ormidale Review (day 1, Atom, Kyiv offset)
SEEDS.append(dict(
  id="19723", name="19723_ormidale-review-atom", ext="xml", source="Ormidale Review", zone="Europe/Kyiv", render=b_atom,
  title="Ormidale Review: Ukraine", url="https://ormidalereview.example", feed="ukraine",
  lede="Reporting from Kyiv and the regions.",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}, UTC {u}",
  notes="Invented outlet (Kyiv). Atom feed, newest first, <published> with +03:00, escaped HTML content, authors on every entry.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry links, ids, <updated> duplicates of <published>, categories"],
  entries=[
  E("2031-07-22 21:45", "Oslo to fund NASAMS batteries and interceptors for Kyiv",
    ["Norway's government will finance two NASAMS air-defence batteries and a stock of interceptor missiles for Ukraine under a 6-billion-kroner package announced on Tuesday.",
     "Ukraine's defence minister thanked Oslo and said the systems would protect energy facilities in the centre of the country."],
    "aid", "aid", 3, NOR, a="Yuliia Hnatiuk", cat="Aid"),
  E("2031-07-22 18:30", "EU sanctions package stalls as Hungary raises objections",
    ["EU ambassadors failed on Tuesday to approve a new package of sanctions against Russia after Hungary demanded that three businessmen be removed from the list, diplomats said.",
     "The package targets Russian liquefied gas shipments and more than 70 vessels."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-hungary-objection-2031-07-22", a="Taras Melnykovych", cat="Diplomacy"),
  E("2031-07-22 15:20", "Russian assault near Vovchansk repelled, army says",
    ["Ukrainian troops repelled a Russian assault involving armoured vehicles and about 200 infantrymen near Vovchansk in the Kharkiv region, the operational command said."],
    "other", "frontline", 2, "vovchansk-assault-repelled-2031-07-22", a="Taras Melnykovych", cat="Front"),
  E("2031-07-22 12:00", "Dnipro death toll climbs to six as rescuers search rubble",
    ["The number of people killed in the Russian missile attack on Dnipro has risen to six, with at least 27 injured, the city's mayor said at midday.",
     "Rescuers are working at a partly collapsed apartment block near the river embankment, while fire crews are still putting out a blaze at the neighbouring locomotive depot."],
    "strikes", "strikes", 3, DNI, a="Yuliia Hnatiuk", cat="Strikes", n="toll 6"),
  E("2031-07-22 09:40", "Russia's central bank holds key rate at 19% as war spending bites",
    ["The Bank of Russia kept its key interest rate at 19% on Tuesday, saying military spending and labour shortages continued to push up prices."],
    "other", "politics", 2, "russia-central-bank-rate-hold-2031-07-22", a="Taras Melnykovych", cat="Economy"),
  ]))

# Day 2 = 2031-07-23
KHA = "kharkiv-glide-bomb-strike-2031-07-23"
BSEA = "istanbul-black-sea-shipping-talks-2031-07-23"
KUP = "kupiansk-evacuation-van-drone-2031-07-23"
BEL = "belgorod-shelling-2031-07-23"

# ---------------------------------------------------------------- 19730 Drumlane Courier (day 2, text live, oldest first)
SEEDS.append(dict(
  id="19730", name="19730_drumlane-courier-live", ext="txt", source="Drumlane Courier", zone="Europe/Dublin", render=b_textlive_oldest,
  title="Ukraine live: Glide bombs hit Kharkiv as Dnipro ends search for survivors",
  lede="Follow the day's developments in Russia's war against Ukraine.",
  basis="bare clock '{s}' under the dateline 'Wednesday, 23 July 2031' and the note 'All times are Irish time.' (IST = UTC+1); local {d} in {z}",
  notes="Invented outlet (Dublin). Text live blog, oldest first: a bare clock line per post, headline, body, then the author as a '(NAME)' signature line. 19730-02 re-publishes day 1's analysis 19720-03 word for word under the label 'From our partners at the Brackenloch Herald' (same headline, text and author): a re-post of a day-1 entry, importance 1, duplicate_of null because duplicate_of is defined within a seed. 19730-04 is a 'Photos:' teaser (gallery placeholder only). 19730-05 repeats 19730-03 nearly verbatim (duplicate_of 19730-03). 19730-01 continues day 1's Dnipro story (search over, toll 13).",
  not_entries=["masthead and menu", "page title, dateline 'Wednesday, 23 July 2031' and 'All times are Irish time.'", "standfirst", "'Share  Email  Print'",
               "partner label 'From our partners at the Brackenloch Herald' above 19730-02", "gallery placeholder '[Gallery: 12 photos]'",
               "'(NAME)' signature lines", "'Advertisement'", "'This live blog has now ended.'", "footer"],
  entries=[
  E("2031-07-23 07:10", "Dnipro death toll rises to 13 as search ends",
    ["Emergency services in Dnipro have ended the search at the apartment block hit by a Russian missile on Tuesday, with the death toll now at 13, the State Emergency Service said this morning.",
     "Two of the injured died in hospital overnight. The city has declared Thursday a day of mourning."],
    "strikes", "strikes", 3, DNI, a="Niamh Corrigan", n="continuation of day 1's Dnipro strike (search over, toll 13)"),
  E("2031-07-23 08:30", RAIL_H, RAIL_P, "strikes", "strikes", 1, RAIL, a="Euan Lattimer", label="From our partners at the Brackenloch Herald",
    n="re-post of day-1 entry 19720-03 (Brackenloch Herald analysis, same headline, text and author); importance 1; theme piece, must not merge with the Dnipro strike"),
  E("2031-07-23 11:05", "Glide bombs hit Kharkiv's Saltivka district",
    ["Russian aircraft dropped at least three guided bombs on the Saltivka district of Kharkiv shortly after midday local time, killing two people and injuring 14, the regional governor said.",
     "One of the bombs hit the courtyard between two apartment blocks; another damaged a tram depot."],
    "strikes", "strikes", 3, KHA, a="Ciarán Molloy", n="toll 2"),
  E("2031-07-23 12:20", "Photos: Kharkiv after the glide-bomb attack", [],
    "strikes", "strikes", 1, KHA, n="photo teaser without body"),
  E("2031-07-23 13:40", "Glide bombs hit Kharkiv's Saltivka district",
    ["Russian aircraft dropped at least three guided bombs on the Saltivka district of Kharkiv shortly after midday local time, killing two people and injuring 14, the regional governor said."],
    "strikes", "strikes", 1, KHA, a="Ciarán Molloy", dup="19730-03", n="near-verbatim repeat of 19730-03"),
  E("2031-07-23 15:15", "Drone hits evacuation van near Kupiansk, killing driver",
    ["A Russian drone struck a van evacuating elderly residents from a village near Kupiansk, killing the volunteer driver and wounding two passengers, police in the Kharkiv region said."],
    "strikes", "strikes", 3, KUP, a="Niamh Corrigan", n="same region (Kharkiv oblast), other event: must not merge with the Kharkiv city glide-bomb strike"),
  E("2031-07-23 17:50", "Kharkiv toll rises to five",
    ["Five people are now known to have died in this afternoon's glide-bomb attack on Kharkiv, the city's mayor said. Among them is a 12-year-old girl.",
     "More than 20 people were injured."],
    "strikes", "strikes", 3, KHA, a="Ciarán Molloy", n="toll 5"),
  ]))

# ---------------------------------------------------------------- 19731 Fairhope Ledger (day 2, HTML live without JSON-LD, US Eastern)
SEEDS.append(dict(
  id="19731", name="19731_fairhope-ledger-live", ext="html", source="Fairhope Ledger", zone="America/New_York", render=b_htmllive_ampm,
  title="Russia-Ukraine war: Black Sea talks end without deal; deadly strikes on Kharkov and Belgorod",
  lede="The latest on the war in Ukraine from our correspondents and wire services.",
  basis="visible '{s}' (EDT printed = UTC-4) under the date line 'Wednesday, July 23, 2031'; local {d} in {z}",
  notes="Invented outlet (US). HTML live blog without JSON-LD, newest first; each post has a span '3:45 PM EDT', an h3 headline, an optional 'By NAME' line and paragraphs. 19731-02 is a theme piece (explainer on glide bombs) that must not merge with the Kharkiv strike. The Kharkiv item spells the city 'Kharkov'. The Belgorod post (19731-05) is a strike by the other side on the same border area.",
  not_entries=["top bar and menu", "'LIVE UPDATES' label, title and dek", "date line 'Wednesday, July 23, 2031'", "'By NAME' lines", "'Advertisement'",
               "closing line 'Follow our coverage of the war in Ukraine.'", "footer"],
  entries=[
  E("2031-07-23 15:45", "Ukraine, Russia delegations leave Istanbul shipping talks with no agreement",
    ["Talks in Istanbul on the safety of commercial shipping in the Black Sea ended on Wednesday without a joint statement, with Ukrainian and Russian officials meeting only through Turkish mediators.",
     "Turkey's foreign minister said the sides had agreed to meet again in September and that a deal on protecting port infrastructure was \"closer than it looks.\""],
    "diplomacy", "diplomacy", 3, BSEA, a="Grant Whitacre"),
  E("2031-07-23 13:20", "Explainer: Why glide bombs are so hard to stop",
    ["Russia's guided glide bombs are old Soviet-era bombs fitted with wings and satellite guidance, dropped by aircraft flying 40 miles or more from their targets.",
     "Because the jets never cross into range of most Ukrainian air defenses, the only reliable answer is to shoot down the aircraft themselves or hit the airfields they fly from, which Kyiv says it cannot do at scale without longer-range Western weapons."],
    "strikes", "strikes", 2, "explainer-russian-glide-bombs", a="Dana Okafor",
    n="theme piece (explainer on glide bombs, no single event); must not merge with the Kharkiv strike"),
  E("2031-07-23 11:05", "U.S. approves $310 million Patriot support sale to Ukraine",
    ["The State Department has approved a possible $310 million sale of Patriot spare parts, repairs and training to Ukraine, the Defense Security Cooperation Agency said Wednesday.",
     "The sale will be paid for by European allies under a NATO arrangement."],
    "aid", "aid", 3, "us-patriot-sustainment-sale-2031-07-23", a="Grant Whitacre"),
  E("2031-07-23 09:30", "Russian glide bombs kill three in Kharkov apartment district",
    ["At least three people were killed when Russian glide bombs struck a residential district of Kharkov, Ukraine's second-largest city, local officials said Wednesday."],
    "strikes", "strikes", 3, KHA, n="spelling 'Kharkov'; toll 3"),
  E("2031-07-23 07:10", "Ukrainian shelling kills two in Belgorod, governor says",
    ["Two people were killed and four wounded when Ukrainian shells hit a market in the Russian border city of Belgorod, the regional governor said on Telegram.",
     "Ukraine's military did not comment."],
    "strikes", "strikes", 3, BEL, n="strike by the other side in the same border area: must not merge with the Kharkiv strike"),
  E("2031-07-23 05:00", "Ukraine says it repelled 40 assaults near Pokrovsk",
    ["Ukrainian forces fought off 40 Russian assaults in the Pokrovsk area over the past day, the general staff said in its morning report."],
    "other", "frontline", 2, "pokrovsk-assaults-repelled-2031-07-23"),
  ]))

# ---------------------------------------------------------------- 19732 Merrisey Daily (day 2, RSS general world feed, GMT)
SEEDS.append(dict(
  id="19732", name="19732_merrisey-daily-world", ext="xml", source="Merrisey Daily", zone="UTC", render=b_rss, gmt=True,
  title="Merrisey Daily | World", url="https://merriseydaily.example",
  lede="World news from the Merrisey Daily foreign desk.",
  basis="RSS pubDate '{s}' (GMT = UTC); {u} UTC",
  notes="Invented outlet. General world news RSS feed, newest first, pubDate in GMT. Four of six items are not about the war (US rates, Philippine typhoon, Catalan drought, Chilean mine strike).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item links, guids, categories, media thumbnails"],
  entries=[
  OFF("2031-07-23 20:30", "Fed leaves rates unchanged but signals a cut in September",
    ["The US Federal Reserve kept its benchmark rate on hold on Wednesday, while its chair said a cut in September was likely if inflation kept easing."],
    "fed-rate-decision-2031-07-23", a="Priya Raman", n="US monetary policy", cat="Business"),
  E("2031-07-23 18:15", "Turkey-hosted Black Sea talks end without a deal",
    ["Ukrainian and Russian officials left talks in Istanbul on Black Sea shipping without an agreement, though Turkey said a second round would be held in the autumn.",
     "The talks, held through mediators, focused on halting attacks on ports and merchant vessels."],
    "diplomacy", "diplomacy", 3, BSEA, cat="World"),
  E("2031-07-23 15:40", "Russian bombs kill four in Ukraine's Kharkiv",
    ["Four people were killed and at least 17 injured when Russian glide bombs hit apartment buildings in Kharkiv on Wednesday, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA, cat="World", n="toll 4"),
  OFF("2031-07-23 12:00", "Typhoon forces 300,000 to evacuate in northern Philippines",
    ["More than 300,000 people were evacuated in northern Luzon as Typhoon Kiko approached with winds of up to 185km/h, the Philippine disaster agency said."],
    "typhoon-kiko-philippines-2031-07-23", n="typhoon", cat="Asia"),
  OFF("2031-07-23 09:25", "Catalonia tightens water restrictions as drought deepens",
    ["The Catalan government declared a drought emergency in 80 more municipalities, limiting water use to 200 litres per person per day."],
    "catalonia-drought-restrictions-2031-07-23", n="drought", cat="Europe"),
  OFF("2031-07-23 06:50", "Workers at Chile's largest copper mine walk out",
    ["Workers at the Escondida copper mine in northern Chile began an indefinite strike after pay talks with the operator broke down."],
    "escondida-mine-strike-2031-07-23", n="labour dispute", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 19733 Quintrel Wire (day 2, Atom, Berlin offset)
SEEDS.append(dict(
  id="19733", name="19733_quintrel-wire-atom", ext="xml", source="Quintrel Wire", zone="Europe/Berlin", render=b_atom,
  title="Quintrel Wire - Ukraine", url="https://quintrelwire.example", feed="ukraine",
  lede="Short news from our Berlin and Kyiv desks.",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Berlin summer time); local {d} in {z}, UTC {u}",
  notes="Invented outlet (Berlin). Atom feed, newest first, <published> with +02:00, escaped HTML content, authors on most entries. 19733-01 continues day 1's Dnipro story (day of mourning, toll 13). 19733-02 (Moscow summons Norway's ambassador) follows day 1's Norwegian pledge but is a new event with its own story.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry links, ids, <updated> duplicates of <published>, categories"],
  entries=[
  E("2031-07-23 21:40", "Dnipro to hold day of mourning for 13 dead",
    ["Dnipro will mark Thursday as a day of mourning for the 13 people killed in Tuesday's Russian missile strike, the city council said. Flags will fly at half-mast and entertainment events are cancelled.",
     "Twenty-eight of the injured remain in hospital."],
    "strikes", "strikes", 3, DNI, a="Lena Hartwig", cat="Strikes", n="continuation of day 1's Dnipro strike"),
  E("2031-07-23 18:10", "Moscow summons Norwegian ambassador over air-defence package",
    ["Russia's foreign ministry summoned Norway's ambassador on Wednesday to protest against Oslo's decision to finance air-defence systems for Ukraine, calling it a step towards direct involvement in the conflict.",
     "Norway's foreign ministry said the decision was in line with international law."],
    "diplomacy", "diplomacy", 2, "russia-summons-norwegian-ambassador-2031-07-23", a="Lena Hartwig", cat="Diplomacy",
    n="follows day 1's Norwegian pledge but is a new event (a diplomatic protest): must not merge with it"),
  E("2031-07-23 14:25", "Germany and Ukraine sign drone co-production agreement",
    ["German and Ukrainian defence companies will jointly produce long-range strike drones in Germany under an agreement signed in Berlin on Wednesday, the German defence ministry said."],
    "aid", "aid", 2, "germany-ukraine-drone-coproduction-2031-07-23", a="Jonas Feldmeier", cat="Aid"),
  E("2031-07-23 11:00", "Ombudsman says 12 deported children brought back to Ukraine",
    ["Twelve children taken from occupied areas to Russia have been returned to their families in Ukraine with Qatari mediation, Ukraine's human rights ombudsman said."],
    "other", "humanitarian", 2, "deported-children-returned-2031-07-23", sec=["diplomacy"], a="Jonas Feldmeier", cat="Humanitarian"),
  E("2031-07-23 08:15", "Russia says it shot down 70 Ukrainian drones overnight",
    ["Russian air defences destroyed 70 Ukrainian drones over eight regions overnight, the defence ministry in Moscow said. A fire broke out at a fuel depot in the Tambov region, according to the local governor."],
    "strikes", "strikes", 2, "ukrainian-drone-attack-russia-2031-07-23", cat="Strikes"),
  ]))

# Day 3 = 2031-07-28
LVI = "lviv-overnight-attack-2031-07-28"
FROZ = "eu-frozen-assets-loan-tranche-2031-07-28"
LUT = "lutsk-substation-drone-strike-2031-07-28"
JAP = "japan-grid-loan-ukraine-2031-07-28"
CZP = "czech-president-kyiv-visit-2031-07-28"

# ---------------------------------------------------------------- 19740 Ravendell Globe (day 3, Atom general world feed, UTC)
SEEDS.append(dict(
  id="19740", name="19740_ravendell-globe-world", ext="xml", source="Ravendell Globe", zone="UTC", render=b_atom,
  title="Ravendell Globe \u2014 World", url="https://ravendellglobe.example", feed="world",
  lede="International news, around the clock.",
  basis="Atom <published> '{s}' (UTC, 'Z'); {u} UTC",
  notes="Invented outlet. General world news Atom feed, newest first, <published> in UTC ('Z'). Four of six entries are not about the war (Peru, Bangladesh cyclone, Nigerian rates, Australian lithium deal).",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry links, ids, <updated> duplicates of <published>, categories"],
  entries=[
  OFF("2031-07-28 19:20", "Peru's congress censures interior minister after prison escape",
    ["Peru's congress voted to censure the interior minister on Monday, forcing him to resign, after 14 inmates escaped from a high-security prison near Lima last week."],
    "peru-interior-minister-censure-2031-07-28", a="Lucía Barragán", n="Peruvian politics", cat="Americas"),
  E("2031-07-28 16:45", "EU pays out \u20ac4.2bn to Ukraine from loan backed by Russian assets",
    ["The European Commission transferred \u20ac4.2 billion to Ukraine on Monday, the latest tranche of a loan that is being repaid from the proceeds of immobilised Russian central bank assets.",
     "Kyiv says the money will go mainly to salaries of soldiers and teachers."],
    "aid", "aid", 3, FROZ, a="Matthias Brenneke", cat="Europe"),
  E("2031-07-28 13:10", "Death toll from Russian attack on Lviv rises to three",
    ["Three people were killed in an overnight Russian missile and drone attack on the western Ukrainian city of Lviv, the mayor said on Monday, after the body of a night watchman was found at a destroyed warehouse."],
    "strikes", "strikes", 3, LVI, a="Matthias Brenneke", cat="Europe", n="toll 3"),
  OFF("2031-07-28 10:30", "Cyclone makes landfall in southern Bangladesh",
    ["A severe cyclone struck the coast of southern Bangladesh on Monday morning after more than a million people had been moved to shelters, officials said."],
    "bangladesh-cyclone-2031-07-28", n="cyclone", cat="Asia"),
  OFF("2031-07-28 08:05", "Nigeria's central bank cuts rates for first time in four years",
    ["Nigeria's central bank lowered its main interest rate by 50 basis points to 21.5%, citing a steady fall in inflation."],
    "nigeria-rate-cut-2031-07-28", n="Nigerian monetary policy", cat="Africa"),
  OFF("2031-07-28 05:40", "Australia signs record lithium supply deal with South Korea",
    ["Australia and South Korea signed a ten-year agreement on lithium supplies worth an estimated A$14 billion, the largest such deal Australia has concluded."],
    "australia-korea-lithium-deal-2031-07-28", n="trade", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 19741 Sallowmere Times (day 3, text article with sections)
SEEDS.append(dict(
  id="19741", name="19741_sallowmere-times-article", ext="txt", source="Sallowmere Times", zone="Europe/Prague", render=b_article,
  title="Ukraine on Monday: Lvov mourns, money from Brussels and Tokyo, the Czech president in Kyiv",
  lede="A summary of the day's most important news from the war in Ukraine.",
  byline="Klára Hronková", dateline="28 July 2031, 17:30 CEST",
  related="How Czech ammunition reaches the front",
  basis="no per-section time; the article's dateline '28 July 2031, 17:30 CEST' (UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Prague). Text article with five section headings (one entry each), page byline 'By Klára Hronková' used as every section's author, and a dateline with time and zone; no per-section stamp (stamp null, published = dateline). Spells the city 'Lvov'. The Japanese loan (19741-03) and the EU tranche (19741-02) are separate aid events; the Lutsk substation strike (19741-04) is a separate attack from the Lviv one.",
  not_entries=["masthead and breadcrumb", "article title and standfirst", "byline 'By Klára Hronková'", "dateline '28 July 2031, 17:30 CEST'", "share line",
               "'Related: How Czech ammunition reaches the front' link", "topics line", "footer"],
  entries=[
  E("2031-07-28 17:30", "Lvov counts its dead",
    ["Four people died in the overnight Russian attack on Lvov, the largest city in western Ukraine, according to the latest figures from the regional administration. Among the dead are two firefighters who were killed by a second missile as they arrived at a burning warehouse.",
     "Russia fired nine missiles and more than 80 drones at Ukraine during the night, most of them at targets in the west of the country."],
    "strikes", "strikes", 3, LVI, a="Klára Hronková", n="spelling 'Lvov'; toll 4"),
  E("2031-07-28 17:30", "Brussels releases the next tranche",
    ["The European Commission sent Kyiv another 4.2 billion euros from the loan that is being repaid from the profits of frozen Russian assets. Ukraine's finance minister said the money covers about a third of the budget gap for August and September."],
    "aid", "aid", 3, FROZ, a="Klára Hronková"),
  E("2031-07-28 17:30", "Tokyo lends a hand with the grid",
    ["Japan will lend Ukraine one billion dollars on favourable terms for repairs to power plants and substations, the Japanese embassy in Kyiv announced. It is Japan's largest single loan to Ukraine so far."],
    "aid", "aid", 3, JAP, a="Klára Hronková", n="same aid theme as the EU tranche (19741-02), different event: must not merge"),
  E("2031-07-28 17:30", "Lutsk substation hit",
    ["In neighbouring Volhynia, drones damaged a high-voltage substation near Lutsk, cutting power to parts of the city for several hours. Nobody was hurt."],
    "strikes", "strikes", 3, LUT, a="Klára Hronková", n="another western Ukrainian target the same night: must not merge with the Lviv attack"),
  E("2031-07-28 17:30", "Pavel in Kyiv",
    ["President Petr Pavel arrived in Kyiv on Monday afternoon for talks with President Zelensky on ammunition supplies and the training of Ukrainian pilots in the Czech Republic."],
    "diplomacy", "diplomacy", 3, CZP, sec=["aid"], a="Klára Hronková"),
  ]))

# ---------------------------------------------------------------- 19742 Tansor Observer (day 3, HTML live, @graph without update dates)
SEEDS.append(dict(
  id="19742", name="19742_tansor-observer-live", ext="html", source="Tansor Observer", zone="Europe/London", render=b_graphlive,
  title="Russia-Ukraine war: Lviv hit in overnight attack \u2013 live",
  lede="Russia targets western Ukraine with missiles and drones; the EU pays out another loan tranche.",
  url="https://www.tansorobserver.example/live/2031/jul/28/russia-ukraine-war-lviv", related="Ukraine's western cities were once a refuge. Not any more",
  timesnote="All times BST.",
  basis="visible clock '{s}' in the post's <time> (its datetime attribute carries +01:00) under the date line 'Monday 28 July 2031' and the note 'All times BST.'; local {d} in {z}",
  notes="Invented outlet (London). HTML live blog, oldest first. JSON-LD @graph: a node whose @type is the array ['NewsArticle','LiveBlogPosting'] with liveBlogUpdate items that carry headline and articleBody but no dates (times come from the visible <time> elements). Signatures '\u2014 NAME' after the body. 19742-04 repeats 19742-01 nearly verbatim with the stale toll (duplicate_of 19742-01). 19742-03 is a theme piece (analysis of air defence in western Ukraine) that must not merge with the Lviv attack.",
  not_entries=["brand and menu", "page title and intro", "date line 'Monday 28 July 2031'", "note 'All times BST.'", "signature lines '\u2014 NAME'",
               "'More on this story' related link after the third post", "footer"],
  entries=[
  E("2031-07-28 06:20", "Lviv hit in overnight missile and drone attack",
    ["Russia attacked the western city of Lviv overnight with missiles and drones, killing one person and setting a large warehouse on fire, the city's mayor said.",
     "Explosions were heard across the city from about 2am local time. Air-raid alerts were also declared in Volhynia, Rivne and Ternopil."],
    "strikes", "strikes", 3, LVI, a="Rhiannon Fairbairn", n="first report, toll 1"),
  E("2031-07-28 08:15", "Drones damage power substation near Lutsk",
    ["A Russian drone attack damaged a high-voltage substation outside Lutsk in north-western Ukraine, leaving about 30,000 homes without electricity, the regional governor said. No casualties were reported."],
    "strikes", "strikes", 3, LUT, a="Rhiannon Fairbairn", n="another target in western Ukraine the same night: must not merge with the Lviv attack"),
  E("2031-07-28 09:50", "Analysis: Is western Ukraine's air defence stretched too thin?",
    ["For most of the war, cities near the Polish border were the safest places in Ukraine. That is changing as Russia fires more missiles on routes that swing around the air-defence belts protecting Kyiv and the front.",
     "Ukraine cannot move systems west without weakening the east, and each Patriot battery it receives is already spoken for. Officials increasingly talk of asking Poland and Romania to help cover the border regions from their own territory."],
    "strikes", "strikes", 2, "analysis-western-ukraine-air-defence", sec=["aid"], a="Owain Pritchard",
    n="theme piece (analysis of air defence in western Ukraine, no single event); must not merge with the Lviv attack"),
  E("2031-07-28 11:30", "Lviv hit in overnight missile and drone attack",
    ["Russia attacked the western city of Lviv overnight with missiles and drones, killing one person and setting a large warehouse on fire, the city's mayor said."],
    "strikes", "strikes", 1, LVI, a="Rhiannon Fairbairn", dup="19742-01", n="near-verbatim repeat of 19742-01 with the stale toll"),
  E("2031-07-28 13:05", "Lviv death toll rises to three",
    ["Two more bodies have been found at the site of the warehouse fire in Lviv, bringing the number of dead to three, the regional administration said. Eleven people were injured."],
    "strikes", "strikes", 3, LVI, a="Rhiannon Fairbairn", n="toll 3"),
  E("2031-07-28 15:40", "EU releases \u20ac4.2bn loan tranche for Kyiv",
    ["The European Commission has paid Ukraine \u20ac4.2bn, the latest instalment of the loan financed by windfall profits on frozen Russian assets."],
    "aid", "aid", 3, FROZ, a="Owain Pritchard"),
  E("2031-07-28 18:10", "UK sanctions Chinese and Iranian suppliers of drone parts to Russia",
    ["The UK has imposed sanctions on 18 companies in China, Iran and the United Arab Emirates accused of supplying engines and electronics for the drones Russia fires at Ukraine, the Foreign Office said."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-drone-suppliers-2031-07-28", a="Owain Pritchard"),
  ]))

# ---------------------------------------------------------------- 19743 Whitgift Gazette (day 3, text live, stamp after the body)
SEEDS.append(dict(
  id="19743", name="19743_whitgift-gazette-live", ext="txt", source="Whitgift Gazette", zone="Europe/Kyiv", render=b_textlive_after,
  title="War diary, day 3,442: Lviv buries its dead, Czech president in Kyiv",
  lede="Our newsroom follows the news from the front and the capital throughout the day.",
  related="A night in a Lviv shelter: what residents told us",
  basis="stamp '{s}' (EEST printed = UTC+3) at the end of the post, under the dateline 'Monday 28 July 2031'; local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, newest first. Each post: headline, body, then a closing line 'NAME | 16:40 EEST' (author and stamp after the body; a post without a reporter shows the outlet's name instead, author null). 19743-02 is a 'Video:' teaser whose only content is a player line. 19743-06 (overnight summary: missiles, drones, Lviv hit) belongs to the Lviv attack story. The title counts war days ('day 3,442', counted from 24 February 2022), which is not a date.",
  not_entries=["masthead and menu", "'Live' label, title ('War diary, day 3,442: ...') and dateline 'Monday 28 July 2031'", "standfirst",
               "closing lines 'NAME | HH:MM EEST' (author and stamp)", "video player line '[Video] 1:32'", "'Read more' link after the third post",
               "'Older posts'", "footer line"],
  entries=[
  E("2031-07-28 22:30", "Lviv mourns four killed in overnight attack",
    ["Lviv will hold a day of mourning on Tuesday for the four people killed in last night's Russian attack, Mayor Andriy Sadovyi said. Two of them were firefighters hit by a second strike on the same site.",
     "The fire at the warehouse on the city's eastern edge was put out only in the afternoon."],
    "strikes", "strikes", 3, LVI, a="Olena Marchuk", n="toll 4"),
  E("2031-07-28 20:05", "Video: Inside the burned-out warehouse in Lviv", [],
    "strikes", "strikes", 1, LVI, n="video teaser without body"),
  E("2031-07-28 17:10", "Japan lends $1 billion to repair Ukraine's power grid",
    ["Japan will provide a $1 billion concessional loan for the repair of Ukrainian power plants and substations, Prime Minister Yulia Svyrydenko said after a call with her Japanese counterpart."],
    "aid", "aid", 3, JAP, a="Denys Kovalchuk", n="same aid theme as the EU loan tranche, different event: must not merge"),
  E("2031-07-28 14:45", "Czech president arrives in Kyiv",
    ["Czech President Petr Pavel has arrived in Kyiv on an unannounced visit, the presidential office said. Ammunition deliveries and pilot training are expected to top the agenda."],
    "diplomacy", "diplomacy", 3, CZP, a="Denys Kovalchuk"),
  E("2031-07-28 11:20", "Ukrainian troops retake positions near Siversk",
    ["Ukrainian forces have pushed Russian troops out of two positions south of Siversk in the Donetsk region, the army's 3rd Corps said, publishing drone footage of the fighting."],
    "other", "frontline", 2, "siversk-positions-retaken-2031-07-28", a="Olena Marchuk"),
  E("2031-07-28 08:35", "Nine missiles and 85 drones overnight; Lviv hit",
    ["Russia launched nine cruise missiles and 85 drones at Ukraine overnight, the air force said. Six missiles and 71 drones were shot down or jammed.",
     "In Lviv, one person was killed and a warehouse was set on fire, the mayor said."],
    "strikes", "strikes", 3, LVI, n="overnight summary leading with the attack on Lviv; toll 1"),
  ]))


if __name__ == "__main__":
    main()

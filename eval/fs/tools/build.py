#!/usr/bin/env python3
"""Builds the eval/fs seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own wording (invented or paraphrased; no sentence copied from any page).
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fs/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "St.", "a.m.", "p.m.", "No.", "Oct.", "Sept.", "Nov.")
SEEDS = []


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline (None if the page prints none),
    p = body paragraphs, topic/subtopic/importance/story labels, a = author as it should be read."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (other/unrelated, importance 1)."""
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


def h12(d, fmt="{h}:{m:02d} {ap}", upper=True, lead0=False):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if not upper:
        ap = ap.lower()
    hs = f"{h:02d}" if lead0 else str(h)
    return fmt.format(h=hs, m=d.minute, ap=ap)


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def B(e, **kw):
    e.update(kw)
    return e


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
            basis = e.get("basis") or S["basis"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis.format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")

# ================================================================ PART A: ten real outlets' layouts (own words)

def r_lrt(S):
    """LRT English 'News in English' section listing, text scrape. Newest first; each card: 'YYYY.MM.DD HH:MM' stamp
    line, category, headline, lead, credit line (BNS / ELTA / Reuters / LRT.lt). No zone printed (Vilnius time)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "", "LRT", "Naujienos   Mediateka   Radijas   Televizija   LRT English   LRT на русском   LRT po polsku", "Search", "",
         "LRT English", S["title"], "Lithuania   World   Business   Culture   Opinion   Features   LRT Podcasts", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%Y.%m.%d %H:%M"); stamps.append(st)
        L += [st, e["cat"], e["h"], ""]
        if e.get("cap"):
            L += [e["cap"], ""]
        L += paras(e["p"]) + [e["credit"], ""]
        if i == 2:
            L += ["LRT English Newsletter", "Every Friday: the week in Lithuania, in English, in your inbox.", "Subscribe", ""]
    L += ["Show more", "", "Most read", "Ten things to do in Vilnius this autumn", "What Lithuanians pay for heating: a city-by-city guide", "",
          "© 2029 LRT. Lietuvos nacionalinis radijas ir televizija. All rights reserved.", "Contacts   Privacy policy   Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_err(S):
    """ERR News RSS 2.0: pubDate with the Tallinn offset (+0300 in summer time), plain-text lead as description, no author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://news.err.ee/</link>',
           '<atom:link href="https://news.err.ee/rss" rel="self" type="application/rss+xml" />',
           '<description>News from Estonia in English, by ERR, the Estonian public broadcaster</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        assert len(e["p"]) == 1, "ERR descriptions are one paragraph"
        link = f"https://news.err.ee/{1609981240 + 37 * (len(S['entries']) - i)}/{slug(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(e["p"][0])}</description>',
                f'<category>{e["cat"]}</category>', f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{link}</guid>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_lsm(S):
    """LSM English (eng.lsm.lv) latest-news listing, HTML without JSON-LD. Newest first; category, headline, then the stamp
    'October 3, 2029 21:20' (no zone: Riga time), lead. No bylines on the cards."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - LSM</title>',
           '<meta property="og:site_name" content="eng.lsm.lv"></head><body>',
           '<header class="site-header"><a class="logo" href="https://eng.lsm.lv/">LSM.lv</a> <span class="claim">Public broadcasting of Latvia</span>'
           '<ul class="lang"><li><a href="https://www.lsm.lv/">LV</a></li><li><a href="https://rus.lsm.lv/">RU</a></li><li class="active">EN</li></ul>'
           '<nav><a href="/category/latvia/">Latvia</a> <a href="/category/politics/">Politics</a> <a href="/category/economy/">Economy</a> '
           '<a href="/category/society/">Society</a> <a href="/category/features/">Features</a> <a href="/category/culture/">Culture</a> '
           '<a href="/category/sport/">Sport</a> <a href="/category/world/">World</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M}"; stamps.append(st)
        href = f"/article/{e['cat'].lower()}/{slug(e['h'], 48)}.a{571200 + 13 * (9 - i)}/"
        out.append(f'<article class="news-item"><a class="category" href="/category/{e["cat"].lower()}/">{esc(e["cat"])}</a>'
                   f'<h2><a href="{href}">{esc(e["h"])}</a></h2><span class="date">{st}</span>')
        out += [f'<p class="lead">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="newsletter"><p>LSM English weekly: the Latvian news you need, every Friday.</p><a href="/newsletter/">Sign up</a></aside>')
    out += ['</div><a class="more" href="?page=2">More news</a></main>',
            '<aside class="popular"><h3>Most read</h3><a href="/article/society/where-to-see-autumn-colours-in-latvia.a571001/">Where to see autumn colours in Latvia</a></aside>',
            '<footer><p>© Latvijas Sabiedriskais medijs. Reproduction of content requires permission.</p><a href="/about/">About</a> <a href="/privacy/">Privacy</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 17600 LRT English (Vilnius, 2029-10-01)
SEEDS.append(dict(
  id="17600", name="17600_lrt-newsinenglish", ext="txt", source="LRT English", zone="Europe/Vilnius", render=r_lrt,
  title="News in English",
  basis="stamp '{s}' (year.month.day and 24-hour time, no zone printed: Vilnius time, EEST = UTC+3 in early October); local {d} in {z}",
  notes="LRT English section listing ('News in English'), text scrape, newest first. Each card: a 'YYYY.MM.DD HH:MM' stamp line, a category word, the headline, an optional photo caption, the lead and a credit line. No zone anywhere: the outlet's home zone Europe/Vilnius is used (EEST, UTC+3). Credits: agency credits (BNS, ELTA, Reuters) are read as author; the outlet's own credit 'LRT.lt' names no person or agency, so author null. Two cards are Lithuanian domestic news not about the war.",
  not_entries=["site header and language/section navigation", "section title 'News in English' and its sub-navigation", "category words above each headline (Lithuania, World, ...)",
               "photo caption lines ('... / BNS' photo credits)", "credit lines under each card (read as author)", "'LRT English Newsletter' promo after the third card",
               "'Show more' button", "'Most read' box with two links", "footer"],
  entries=[
  E("2029-10-01 21:40", "Army finds drone wreckage near Belarus border, says it was Russian-made",
    ["Soldiers found the remains of a small attack drone in a field in the Varėna district on Monday evening, the Lithuanian Armed Forces said, adding that markings on the airframe pointed to a Russian-built Gerbera decoy.",
     "Officials believe the drone strayed across the border from Belarus. Nobody was hurt, and the wreckage has been handed to military investigators."],
    "other", "security", 2, "lithuania-varena-drone-wreckage-2029-10-01", a="BNS", cat="Lithuania", credit="BNS"),
  E("2029-10-01 19:05", "Lithuanian foreign minister in Kyiv signs deal on rebuilding schools in Chernihiv region",
    ["Lithuania will fund the reconstruction of three schools in the Chernihiv region under an agreement signed in Kyiv on Monday by the foreign ministers of the two countries.",
     "The minister said the visit, his fourth to Ukraine, was meant to show that Lithuania's support would not weaken as the war drags on."],
    "diplomacy", "diplomacy", 3, "lithuania-fm-kyiv-visit-chernihiv-schools", a=None, sec=["aid"], cat="World", credit="LRT.lt",
    n="ministerial diplomatic visit; the school-rebuilding deal gives secondary aid; credit 'LRT.lt' is the outlet itself, so author null"),
  E("2029-10-01 16:30", "Vilnius to pay for 120-millimetre mortar rounds for Ukraine",
    ["The Lithuanian government approved 38 million euros on Monday for a joint purchase of mortar ammunition that will be delivered directly to Ukrainian units, the Ministry of National Defence said."],
    "aid", "aid", 2, "lithuania-mortar-rounds-purchase-2029-10", a="ELTA", cat="Lithuania", credit="ELTA"),
  E("2029-10-01 14:22", "Court hands six-year sentence to man who photographed military trains for Belarus",
    ["A Kaunas regional court on Monday sentenced a 41-year-old man to six years in prison for collecting information on military cargo for Belarusian intelligence.",
     "Prosecutors said he had been paid in cryptocurrency for photographs of trains carrying armoured vehicles through the country."],
    "other", "security", 2, "kaunas-spy-sentence-belarus-2029-10-01", a="BNS", cat="Lithuania", credit="BNS",
    cap="Kaunas regional court / BNS"),
  OFF("2029-10-01 11:50", "Vilnius council gives final approval to first tram line",
      ["Vilnius city council voted on Monday to go ahead with a tram line linking the railway station to the northern districts, with construction due to start next spring."],
      "vilnius-tram-line-approval", a=None, n="city transport", cat="Lithuania", credit="LRT.lt"),
  E("2029-10-01 10:15", "Four killed as Russian missiles hit Kharkiv overnight",
    ["Russian missiles struck residential areas of Kharkiv during the night, killing four people and wounding at least 19, Ukraine's regional governor said on Monday.",
     "A nine-storey building in the Saltivskyi district was partly destroyed, and rescuers were still searching for people under the rubble in the morning."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2029-10-01", a="Reuters", cat="World", credit="Reuters"),
  OFF("2029-10-01 08:10", "Heating bills to fall this winter in most Lithuanian cities",
      ["Households in Vilnius, Kaunas and Klaipėda will pay less for heating this season than last year as fuel costs have dropped, the energy regulator said."],
      "lithuania-heating-prices-2029", a="BNS", n="household prices", cat="Lithuania", credit="BNS"),
  ]))

# ---------------------------------------------------------------- 17601 ERR News (Tallinn, 2029-10-02)
SEEDS.append(dict(
  id="17601", name="17601_err-newsrss", ext="xml", source="ERR News", zone="Europe/Tallinn", render=r_err,
  title="ERR News",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Tallinn summer time); local {d} in {z}",
  notes="ERR News RSS 2.0 feed, newest first. pubDate carries +0300 (EEST). Descriptions are the plain-text lead (one paragraph). No author elements, so author null throughout. One item (weather) is not about the war.",
  not_entries=["channel title, link, description, language and lastBuildDate", "item link, category and guid elements"],
  entries=[
  E("2029-10-02 20:45", "Government agrees to keep Ukraine military aid at 0.25 percent of GDP next year",
    ["The coalition agreed on Tuesday evening to set aside a quarter of a percent of gross domestic product for military aid to Ukraine in 2030 as well, keeping the level Estonia has held since 2024."],
    "aid", "aid", 3, "estonia-ukraine-aid-quarter-percent-2030", cat="Politics", n="government funding decision for Ukraine's military support"),
  E("2029-10-02 17:30", "Pevkur: drone barrier along eastern border moves to field trials",
    ["The first section of sensors and interceptor drones meant to guard Estonia's eastern border will be tested near Narva this month, Defense Minister Hanno Pevkur said. The system is designed to spot and bring down small drones before they can reach military sites or critical infrastructure."],
    "other", "security", 2, "estonia-drone-barrier-field-trials", cat="Defense"),
  E("2029-10-02 15:10", "Tsahkna urges EU to let navies detain shadow fleet tankers",
    ["Foreign Minister Margus Tsahkna told EU colleagues on Tuesday that member states needed a legal basis to stop and inspect uninsured tankers carrying Russian oil through the Baltic Sea."],
    "diplomacy", "diplomacy", 2, "tsahkna-shadow-fleet-tanker-inspections", cat="Politics", n="sanctions enforcement proposal = diplomacy"),
  E("2029-10-02 12:35", "Russia targets Ukrainian power plants in large overnight raid",
    ["Russia launched more than 90 drones and several cruise missiles at Ukraine overnight, aiming mostly at thermal power plants in the center and west of the country, Ukraine's air force said on Tuesday. Power cuts were reported in four regions, but no deaths."],
    "strikes", "strikes", 2, "russian-raid-ukraine-power-plants-2029-10-02", cat="Ukraine war", n="large but not deadly strike: importance 2"),
  E("2029-10-02 09:50", "Border guard: Russian patrol boat crossed into Estonian waters on Narva River",
    ["A Russian border guard boat spent around 20 minutes on the Estonian side of the Narva River early on Tuesday before turning back, the Police and Border Guard Board said. Estonia's foreign ministry plans to summon a Russian embassy official over the incident."],
    "other", "security", 2, "narva-river-patrol-boat-incursion", cat="News"),
  OFF("2029-10-02 07:40", "First night frosts forecast for southern Estonia",
      ["Temperatures could drop below freezing in Võru and Valga counties on Wednesday night, the Environment Agency said."],
      "estonia-first-frost-2029", n="weather", cat="News"),
  ]))

# ---------------------------------------------------------------- 17602 LSM English (Riga, 2029-10-03)
SEEDS.append(dict(
  id="17602", name="17602_lsm-latest", ext="html", source="LSM English", zone="Europe/Riga", render=r_lsm,
  title="Latest news",
  basis="stamp '{s}' printed after the headline (no zone: Riga time, EEST = UTC+3 in early October); local {d} in {z}",
  notes="LSM English latest-news listing, HTML, no JSON-LD. Newest first; each card: category link, headline (h2), then the stamp 'October 3, 2029 21:20' and the lead. No zone printed: the outlet's home zone Europe/Riga (UTC+3). No bylines on the cards, so author null. The Rail Baltica and weather items are not about the war.",
  not_entries=["header, language switch (LV / RU / EN) and section navigation", "section title 'Latest news'", "category links above each headline",
               "newsletter box after the third card", "'More news' link", "'Most read' box", "footer"],
  entries=[
  E("2029-10-03 21:20", "Saeima committee backs prison terms for spreading Kremlin war propaganda",
    ["The Saeima\u2019s legal affairs committee on Wednesday supported amendments that would allow prison sentences of up to three years for repeatedly justifying Russia\u2019s war against Ukraine in public."],
    "other", "politics", 2, "saeima-war-propaganda-penalties", cat="Politics"),
  E("2029-10-03 18:05", "Latvia orders two more IRIS-T batteries",
    ["The Defence Ministry signed a contract on Wednesday for two additional IRIS-T medium-range air defence batteries, which are due to be delivered by 2032.",
     "Latvia received its first IRIS-T system in 2025."],
    "other", "security", 2, "latvia-iris-t-order-2029-10", cat="Latvia", n="procurement by a non-party"),
  E("2029-10-03 15:40", "Rinkēvičs: Latvia will train another 3,000 Ukrainian soldiers next year",
    ["President Edgars Rinkēvičs said on Wednesday that Latvian instructors would train about 3,000 more Ukrainian troops in 2030, mostly in drone operations and combat medicine."],
    "aid", "aid", 2, "latvia-training-ukrainian-soldiers-2030", cat="Politics", n="military training support = aid"),
  E("2029-10-03 13:10", "Six dead after Russian strike on Dnipro; Latvia\u2019s foreign ministry condemns attack",
    ["A Russian ballistic missile hit a business district in Dnipro on Wednesday morning, killing six people and injuring more than 30, Ukrainian officials said.",
     "Latvia\u2019s Ministry of Foreign Affairs called the strike a war crime and said it had again raised the need for more air defence for Ukraine with EU partners."],
    "strikes", "strikes", 3, "dnipro-ballistic-strike-2029-10-03", cat="World"),
  OFF("2029-10-03 10:25", "Rail Baltica hub in central Riga delayed by another year",
      ["The joint venture building Rail Baltica said the central Riga station would not be ready before 2031 because of redesign work on the bridge over the Daugava."],
      "rail-baltica-riga-hub-delay", n="infrastructure", cat="Economy"),
  OFF("2029-10-03 08:30", "Warmest early October on record in Riga",
      ["The temperature in Riga reached 21.4 degrees on Tuesday, the highest for the first days of October since observations began, the Latvian Environment, Geology and Meteorology Centre said."],
      "riga-october-warmth-record", n="weather", cat="Society"),
  ]))



def r_thelocal(S):
    """The Local Sweden 'Today in Sweden' round-up, text scrape: one byline and 'Published: 4 October 2029 07:52 CEST';
    bold section headings (one entry each, no per-section time), each ending with a 'Swedish vocabulary:' line."""
    z = S["zone"]; d0 = dt(S["published"], z)
    L = ["Skip to content", "", "The Local Sweden", "Sweden's news in English", "",
         "News   Politics   Money   Living in Sweden   Work   Education   Society   Features   Opinion   Swedish word of the day", "",
         "Log in   Become a Member", "", "TODAY IN SWEDEN", "", S["title"], "", S["lede"], "",
         "Author", S["byline"], f"Published: {d0.day} {MONTHS[d0.month - 1]} {d0.year} {d0:%H:%M} CEST", "",
         S["caption"], "", "Share this article", ""]
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        L += [e["h"], ""] + paras(e["p"])
        if e.get("vocab"):
            L += [f"Swedish vocabulary: {e['vocab']}", ""]
        if i == 2:
            L += ["SEE ALSO: What changes in Sweden in October 2029", ""]
    L += ["Comments", "Join the conversation in our comments section below. Share your own views and experience and if you have a question or suggestion for our journalists then email us at news@thelocal.se.",
          "Please keep comments civil, constructive and on topic \u2013 and make sure to read our terms of use before getting involved.", "",
          "Please log in here to leave a comment.", "", "The Local Europe AB   About us   Contact   Privacy policy   Cookies"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_japantimes(S):
    """The Japan Times World section listing, HTML with a CollectionPage/BreadcrumbList @graph (no per-story JSON-LD).
    Newest first; card: kicker, headline, lead, byline ('By NAME' or an agency in capitals), stamp 'Oct 5, 2029, 3:22 PM JST'."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.japantimes.co.jp/news/world/", "name": "World", "inLanguage": "en-US",
         "isPartOf": {"@id": "https://www.japantimes.co.jp/#website"}},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.japantimes.co.jp/news/"},
                                                        {"@type": "ListItem", "position": 2, "name": "World", "item": "https://www.japantimes.co.jp/news/world/"}]},
        {"@type": "NewsMediaOrganization", "@id": "https://www.japantimes.co.jp/#organization", "name": "The Japan Times",
         "url": "https://www.japantimes.co.jp/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Japan Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="top-bar"><span class="date">' + esc(S["headerdate"]) + '</span> <a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></div>',
           '<header><a class="logo" href="/">The Japan Times</a><nav><a href="/news/">News</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/life/">Life</a> <a href="/culture/">Culture</a> <a href="/sports/">Sports</a> <a href="/podcast/">Podcasts</a> '
           '<a href="/newsletters/">Newsletters</a></nav></header>',
           '<main>', f'<h1 class="archive-title">{esc(S["title"])}</h1>',
           '<ul class="subnav"><li>Asia Pacific</li><li>Politics</li><li>Crime &amp; Legal</li><li>Science &amp; Health</li><li>Ukraine war</li></ul>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year}, {h12(d)} JST"; stamps.append(st)
        link = f"/news/{d:%Y/%m/%d}/world/{slug(e['h'], 50)}/"
        out.append(f'<article class="article-card"><p class="kicker">{esc(e["kicker"])}</p>'
                   f'<h2 class="article-title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="article-lede">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="byline">{esc(e["byline"])}</p><time class="date" datetime="{d.isoformat()}">{st}</time></article>')
        if i == 3:
            out.append('<aside class="newsletter"><h3>Stay updated</h3><p>Sign up for our newsletters and get the Japan Times in your inbox.</p><a>Sign up</a></aside>')
    out += ['<a class="load-more">Load more</a></main>',
            '<aside class="ranking"><h3>Most popular</h3><ol><li>How Japan\u2019s new visa rules affect long-term residents</li><li>Five day trips from Tokyo for autumn leaves</li></ol></aside>',
            f'<footer><p>\u00a9 The Japan Times, Ltd. All rights reserved.</p><a>About us</a> <a>Contact</a> <a>Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nhk(S):
    """NHK World-Japan News 'Latest' listing, text scrape. Headline, 'Oct. 6, 15:06 JST' (month and day, no year anywhere
    on the page), lead. Newest first. No bylines."""
    z = S["zone"]; order_check(S, True)
    L = ["NHK WORLD-JAPAN", "", "Live & Programs   On Demand   News   Radio   Learn Japanese   Culture & Lifestyle", "Watch Live", "",
         "NHK WORLD-JAPAN News", "Japan   Asia   World   Biz/Tech   Sports   Feature   Video", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'][d.month - 1]} {d.day}, {d:%H:%M} JST"
        stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        if e.get("video"):
            L += ["Watch video 1:45", ""]
    L += ["More", "", "NHK WORLD-JAPAN App", "Get the latest news and programs on your smartphone.", "",
          "About NHK   Terms of Use   Privacy Policy   Contact", "Copyright NHK (Japan Broadcasting Corporation). All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 17603 The Local Sweden (Stockholm, 2029-10-04)
SEEDS.append(dict(
  id="17603", name="17603_thelocal-roundup", ext="txt", source="The Local Sweden", zone="Europe/Stockholm", render=r_thelocal,
  title="Today in Sweden: A round-up of the latest news on Thursday", published="2029-10-04 07:52",
  lede="Wondering what\u2019s happening in Sweden today? Here are the stories you need to know about, in one place.",
  byline="Annika Bergqvist", caption="Soldiers during an exercise on Gotland. Photo: Karl Melander/TT",
  basis="no per-section time; all sections take the page line 'Published: 4 October 2029 07:52 CEST'; local {d} in {z}",
  notes="The Local Sweden daily round-up article, text scrape. One byline ('Author' / 'Annika Bergqvist', used as every entry's author) and one 'Published: 4 October 2029 07:52 CEST' line. Six bold section headings = six entries, stamp null, published = the page time. Each section ends with a 'Swedish vocabulary:' line, which is a language tip, not news: not counted in body_paragraphs. Three sections are Swedish domestic news not about the war.",
  not_entries=["site header, tagline and navigation", "'Log in   Become a Member'", "kicker 'TODAY IN SWEDEN'", "page title", "standfirst ('Wondering what\u2019s happening ...')",
               "'Author' label and byline", "'Published:' line", "photo caption with TT credit", "'Share this article'",
               "'Swedish vocabulary: ...' line at the end of each section", "'SEE ALSO: What changes in Sweden in October 2029' link",
               "comments box and its rules", "footer"],
  entries=[
  E("2029-10-04 07:52", "Sweden to unveil new military aid package for Ukraine",
    ["The government will present a new package of military support for Ukraine worth 12.5 billion kronor at a press conference on Thursday, Defence Minister P\u00e5l Jonson told news agency TT.",
     "According to TT, the package includes artillery ammunition, CV90 spare parts and funding for Ukrainian-made long-range drones. It is the largest single package Sweden has put together since the start of the full-scale invasion.",
     "Opposition parties have said they broadly back the plan."],
    "aid", "aid", 3, "sweden-ukraine-aid-package-12-5bn-kronor", a="Annika Bergqvist", vocab="ett st\u00f6dpaket \u2013 an aid package"),
  E("2029-10-04 07:52", "Navy tracks Russian submarine east of Gotland",
    ["The Swedish Navy said it followed a Russian submarine that surfaced about 30 nautical miles east of Gotland on Wednesday afternoon, outside Swedish territorial waters.",
     "A spokesperson said such movements were not unusual but that the navy was watching activity in the Baltic Sea closely."],
    "other", "security", 2, "russian-submarine-east-of-gotland-2029-10-03", a="Annika Bergqvist", vocab="en ub\u00e5t \u2013 a submarine"),
  OFF("2029-10-04 07:52", "Riksbank expected to leave interest rate unchanged",
      ["Most economists expect the Riksbank to keep its policy rate where it is when it announces its decision on Thursday morning, after inflation came in close to target in September."],
      "riksbank-rate-decision-2029-10", a="Annika Bergqvist", n="Swedish economy", vocab="styrr\u00e4ntan \u2013 the policy rate"),
  E("2029-10-04 07:52", "Ukrainians in Sweden keep protection until 2031",
    ["Ukrainians who fled to Sweden after Russia\u2019s invasion will be allowed to stay under temporary protection until March 2031, after the government backed an EU-wide extension.",
     "Around 40,000 Ukrainians are currently registered in Sweden under the scheme, according to the Migration Agency."],
    "other", "humanitarian", 2, "sweden-ukrainian-refugees-protection-2031", a="Annika Bergqvist", vocab="tillf\u00e4lligt skydd \u2013 temporary protection"),
  OFF("2029-10-04 07:52", "Signal fault cancels commuter trains in Stockholm",
      ["Commuter trains between Stockholm City and S\u00f6dert\u00e4lje were cancelled during the morning rush hour because of a signal fault near Flemingsberg, SL said."],
      "stockholm-commuter-train-signal-fault", a="Annika Bergqvist", n="local transport", vocab="inst\u00e4llt \u2013 cancelled"),
  OFF("2029-10-04 07:52", "Nobel literature prize to be announced at lunchtime",
      ["The Swedish Academy will name the winner of this year\u2019s Nobel Prize in Literature at 1pm on Thursday."],
      "nobel-literature-prize-2029", a="Annika Bergqvist", n="culture", vocab="en pristagare \u2013 a prize winner"),
  ]))

# ---------------------------------------------------------------- 17604 The Japan Times (Tokyo, 2029-10-05)
SEEDS.append(dict(
  id="17604", name="17604_japantimes-world", ext="html", source="The Japan Times", zone="Asia/Tokyo", render=r_japantimes,
  title="World", headerdate="Friday, October 5, 2029",
  basis="stamp '{s}' (date, 12-hour clock, JST = UTC+9); local {d} in {z}",
  notes="The Japan Times World section listing, HTML; JSON-LD is only a CollectionPage/BreadcrumbList/organisation @graph. Newest first; each card: kicker, headline, lead, byline, stamp 'Oct 5, 2029, 3:22 PM JST'. Bylines: 'By NAME' for staff writers (author = NAME), agency names (Kyodo, Reuters, Bloomberg, AFP-JIJI) for wire copy (author = the agency as printed). Two cards (markets, typhoon) are not about the war.",
  not_entries=["top bar with the date 'Friday, October 5, 2029', Subscribe / Log in", "header and navigation", "section title 'World' and its sub-navigation",
               "kicker above each headline ('WORLD / POLITICS', ...)", "byline lines (read as author)", "newsletter box after the fourth card", "'Load more'",
               "'Most popular' box", "footer"],
  entries=[
  B(E("2029-10-05 22:40", "Japan to send 30 more demining machines to Ukraine",
      ["Japan will provide Ukraine with 30 additional demining machines and train operators in Cambodia, the Foreign Ministry said Friday, bringing the total it has supplied to more than 100."],
      "aid", "aid", 2, "japan-demining-machines-ukraine-2029-10", a="Kyodo"), kicker="WORLD / POLITICS", byline="Kyodo"),
  B(OFF("2029-10-05 19:15", "Nikkei ends week higher as chip stocks rally",
        ["Tokyo stocks rose on Friday, led by semiconductor shares, after strong results from a major U.S. chipmaker lifted sentiment across Asia."],
        "nikkei-chip-rally-2029-10-05", a="Bloomberg", n="markets"), kicker="BUSINESS / MARKETS", byline="Bloomberg"),
  B(E("2029-10-05 17:05", "ASDF scrambles jets as Russian bombers fly along Sea of Japan coast",
      ["Two Russian Tu-95 strategic bombers flew a long route over the Sea of Japan and down toward the East China Sea on Friday, prompting the Air Self-Defense Force to scramble fighters, the Defense Ministry said.",
       "The ministry said the bombers did not enter Japanese airspace."],
      "other", "security", 2, "russian-bombers-sea-of-japan-2029-10-05", a="Kaori Nishimura"), kicker="NATIONAL / DEFENSE", byline="By Kaori Nishimura"),
  B(E("2029-10-05 15:22", "Russian drone attack kills three in Zaporizhzhia",
      ["Russian drones hit an apartment block and a bus depot in the southern Ukrainian city of Zaporizhzhia, killing three people and wounding 11, the regional governor said on Friday."],
      "strikes", "strikes", 3, "zaporizhzhia-drone-attack-2029-10-05", a="Reuters"), kicker="WORLD / UKRAINE WAR", byline="Reuters"),
  B(E("2029-10-05 13:40", "Tokyo freezes assets of 40 groups over North Korea arms deliveries to Russia",
      ["The government on Friday froze the assets of 40 companies and individuals it accuses of helping ship North Korean munitions to Russia, the chief Cabinet secretary said, widening Japan\u2019s sanctions over the war in Ukraine."],
      "diplomacy", "diplomacy", 2, "japan-sanctions-north-korea-arms-russia-2029-10", a="Kyodo", sec=["aid"],
      n="sanctions = diplomacy; the arms transfers to Russia give secondary aid"), kicker="WORLD / POLITICS", byline="Kyodo"),
  B(OFF("2029-10-05 11:10", "Typhoon heads for Okinawa, grounding dozens of flights",
        ["A strong typhoon was moving slowly toward Okinawa on Friday morning, and airlines canceled more than 60 flights to and from Naha, the Meteorological Agency and carriers said."],
        "okinawa-typhoon-2029-10-05", a="Kyodo", n="weather"), kicker="NATIONAL", byline="Kyodo"),
  B(E("2029-10-05 09:30", "North Korea has sent Russia 2 million more shells this year, Kyiv says",
      ["North Korea has shipped around 2 million artillery shells to Russia since January, Ukraine\u2019s military intelligence agency said, adding that the quality of the ammunition had improved."],
      "aid", "aid", 2, "north-korea-shells-to-russia-2029", a="AFP-JIJI", n="arms transfers to Russia = aid (to Russia)"), kicker="WORLD / UKRAINE WAR", byline="AFP-JIJI"),
  ]))

# ---------------------------------------------------------------- 17605 NHK World-Japan (Tokyo, 2029-10-06)
SEEDS.append(dict(
  id="17605", name="17605_nhkworld-latest", ext="txt", source="NHK World-Japan", zone="Asia/Tokyo", render=r_nhk,
  title="Latest News", parse_args=["--date", "2029-10-06"],
  basis="stamp '{s}' (month and day, 24-hour time, JST = UTC+9; no year anywhere on the page, parse_args --date 2029-10-06); local {d} in {z}",
  notes="NHK World-Japan 'Latest News' listing, text scrape, newest first. Stamps 'Oct. 6, 21:45 JST' carry month and day but NO year, and the page prints no year anywhere (the copyright line has none), hence parse_args --date 2029-10-06. All stamps are between 09:00 and 22:00 JST, so the UTC day is also 6 October. No bylines (author null). 'Watch video 1:45' lines are video player chrome. Two items are not about the war.",
  not_entries=["site header and navigation, 'Watch Live'", "'NHK WORLD-JAPAN News' with its sub-navigation", "list title 'Latest News'", "'Watch video 1:45' player labels",
               "'More' button", "app promo", "footer and copyright line"],
  entries=[
  E("2029-10-06 21:45", "Japan's prime minister and Zelenskyy hold phone talks on energy support",
    ["Japan's prime minister has held phone talks with Ukrainian President Volodymyr Zelenskyy and promised help to repair power facilities before winter.",
     "The two leaders also agreed to hold a conference on Ukraine's reconstruction in Tokyo next year."],
    "diplomacy", "diplomacy", 3, "japan-pm-zelenskyy-phone-talks-2029-10-06", sec=["aid"], video=True,
    n="head-of-government diplomacy; the energy help gives secondary aid"),
  E("2029-10-06 19:20", "Russia claims capture of village in Donetsk Region",
    ["Russia's Defense Ministry says its forces have taken control of a village west of the city of Kostiantynivka in the eastern Donetsk Region. Ukraine has not confirmed the claim."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2029-10-06"),
  E("2029-10-06 16:10", "IAEA chief visits Zaporizhzhia nuclear plant",
    ["The head of the International Atomic Energy Agency has visited the Russian-occupied Zaporizhzhia nuclear power plant in southern Ukraine.",
     "He said the plant's only remaining backup power line had been cut four times in the past month and called for a halt to military activity nearby."],
    "diplomacy", "diplomacy", 2, "iaea-chief-zaporizhzhia-plant-visit-2029-10", n="UN-agency visit = diplomacy"),
  OFF("2029-10-06 13:30", "Rice harvest expected to be best in five years",
      ["Japan's agriculture ministry says this year's rice crop is on course to be the largest in five years, thanks to favorable weather in the summer."],
      "japan-rice-harvest-forecast-2029", n="agriculture"),
  E("2029-10-06 11:05", "Drone attack cuts power to parts of Chernihiv",
    ["Ukrainian officials say a Russian drone attack on energy facilities in the northern city of Chernihiv has left about 60,000 households without electricity. No casualties have been reported."],
    "strikes", "strikes", 2, "chernihiv-energy-drone-attack-2029-10-06", video=True),
  OFF("2029-10-06 09:15", "Heavy rain warning issued for southern Kyushu",
      ["The Meteorological Agency has issued heavy rain warnings for parts of Kagoshima and Miyazaki prefectures and is urging people to watch for landslides."],
      "kyushu-heavy-rain-warning-2029-10-06", n="weather"),
  ]))



def r_toi(S):
    """The Times of India live blog, HTML with LiveBlogPosting JSON-LD (per-update datePublished). Newest first; each post:
    time only '01:40 AM IST', bold headline, body. Dates only in the header ('Updated: Oct 8, 2029, 01:40 IST') and the
    title ('Oct 7'): the blog crosses local midnight."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
                    "articleBody": " ".join(e["p"]) if e["p"] else e["h"],
                    "url": f"{S['url']}#{int(d.timestamp())}"})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (first + timedelta(days=1)).isoformat(),
          "author": {"@type": "Organization", "name": "TOI World Desk"},
          "publisher": {"@type": "Organization", "name": "Times Of India", "logo": {"@type": "ImageObject", "url": "https://static.toiimg.com/photo/47529300.cms"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Times of India</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">The Times of India</a> <a href="/epaper">Epaper</a> <a href="/login">Sign In</a> <a href="/toiplus">TOI+</a>'
           '<nav><a>News</a> <a>City</a> <a>India</a> <a>World</a> <a>Business</a> <a>Tech</a> <a>Cricket</a> <a>Sports</a> <a>Entertainment</a> '
           '<a>TV</a> <a>Web Series</a> <a>Life &amp; Style</a> <a>Astrology</a></nav>'
           '<div class="subnav"><a>US</a> <a>Pakistan</a> <a>South Asia</a> <a>UK</a> <a>Europe</a> <a>China</a> <a>Middle East</a> <a>Rest of World</a></div></header>',
           '<main><div class="breadcrumb">News / World News / Europe News / Live</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="byline"><span>TOI World Desk</span> / TIMESOFINDIA.COM / Updated: {MON3[last.month - 1]} {last.day}, {last.year}, {last:%H:%M} IST</div>',
           '<div class="share">Share <a>AA</a> Follow us</div>', f'<div class="summary"><p>{esc(S["lede"])}</p></div>', '<div class="lb-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, lead0=True)} IST"; stamps.append(st)
        out.append(f'<div class="lb-post" id="{int(d.timestamp())}"><span class="lb-time">{st}</span><h2 class="lb-title">{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">Video | 01:12</div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
        if i == 4:
            out.append(f'<div class="also-read">Also Read: {esc(S["alsoread"])}</div>')
    out += ['<a class="load-more">Load More Updates</a></div>', '<section class="trending"><h3>Trending Stories</h3><a>Bengaluru rain: waterlogging in several areas</a></section>',
            '<section class="comments"><h3>Comments (18)</h3><p>Read comments</p></section></main>',
            '<footer>Copyright \u00a9 2029 Bennett, Coleman &amp; Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dawn(S):
    """Dawn World section, text scrape. Header line 'Last updated: October 8, 2029 09:40pm'; cards: headline, lead, credit,
    relative stamp ('Published 38 minutes ago', 'an hour ago', '3 hours ago') and a comment count. Newest first."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["DAWN", "EPAPER   LIVE TV   DAWNNEWS URDU   Images   Young World   Aurora   Herald   CityFM89   Advertise   Jobs   Classifieds   Obituaries", "",
         "Home   Latest   Pakistan   World   Business   Sport   Opinion   Prism   Magazines   Tech   Videos   Popular   Archive", "",
         S["title"], f"Last updated: {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {h12(ref, fmt='{h}:{m:02d}{ap}', upper=False, lead0=True)}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            rel = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            rel = "an hour ago" if mins == 60 else f"{mins // 60} hours ago"
        st = f"{e.get('verb', 'Published')} {rel}"; stamps.append(st)
        L += [e["h"], ""] + paras(e["p"]) + [e["credit"], st, f"Comments ({e.get('cc', 0)})", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more stories", "", "Editorial", "The Editorial board's view on the week's events", "",
          "Copyright \u00a9 2029, Dawn. All rights reserved.   About us   Contact us   Privacy policy   Terms of use"]
    return "\n".join(L) + "\n", stamps


def r_alarabiya(S):
    """Al Arabiya English timeline article, HTML with NewsArticle JSON-LD. 'Published: 09 October ,2029: 08:55 PM GST' and
    an 'Updated:' line; a timeline list, oldest first, of bare '09:15' stamps each followed by a paragraph (no headlines),
    under a note '(All times GST)'; inline 'Read more:' links."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); upd = dt(S["updated"], z)
    f = lambda d: f"{d.day:02d} {MONTHS[d.month - 1]} ,{d.year}: {h12(d, lead0=True)} GST"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(), "author": {"@type": "Organization", "name": "Al Arabiya English"},
          "publisher": {"@type": "Organization", "name": "Al Arabiya English", "logo": {"@type": "ImageObject", "url": "https://english.alarabiya.net/logo.png"}},
          "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Al Arabiya English</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Al Arabiya English</a> <a href="https://www.alarabiya.net">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a>'
           '<nav><a>News</a> <a>Gulf</a> <a>Middle East</a> <a>World</a> <a>Business</a> <a>Life &amp; Style</a> <a>Sports</a> <a>Views</a> <a>Videos</a> <a>Live</a></nav></header>',
           '<main><article>', '<div class="breadcrumb">News / World</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="subtitle">{esc(S["lede"])}</p>',
           f'<div class="author">{esc(S["byline"])}</div>',
           f'<div class="dates"><span>Published: {f(pub)}</span> <span>Updated: {f(upd)}</span></div>',
           '<div class="share">Share <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p>{esc(S["intro"])}</p>', f'<p><em>{esc(S["tznote"])}</em></p>', '<ul class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        assert e["h"] is None
        out.append(f'<li><strong>{st}</strong>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</li>')
        if i in S["readmore"]:
            out.append(f'<li class="read-more"><strong>Read more:</strong> <a>{esc(S["readmore"][i])}</a></li>')
    out += ['</ul>', '</article>', '<section class="more"><h3>More from World</h3><a>Saudi crown prince receives phone call from French president</a></section>',
            '</main><footer>\u00a9 2029 Al Arabiya Network. All rights reserved. <a>Privacy policy</a> <a>Terms of use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sabah(S):
    """Daily Sabah section RSS 2.0: pubDate in GMT, description = summary, media:content image; no author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.dailysabah.com</link>',
           '<atom:link href="https://www.dailysabah.com/rss/world" rel="self" type="application/rss+xml" />',
           '<description>Daily Sabah - Breaking news, Turkish news, world news</description>', '<language>en-us</language>',
           '<copyright>Copyright 2029 Daily Sabah</copyright>', '<image><url>https://www.dailysabah.com/logo.png</url><title>Daily Sabah</title><link>https://www.dailysabah.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        assert len(e["p"]) == 1
        link = f"https://www.dailysabah.com/{e['path']}/{slug(e['h'], 70)}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<description>{esc(e["p"][0])}</description>', f'<pubDate>{st}</pubDate>',
                f'<media:content url="https://idsb.tmgrup.com.tr/ly/uploads/images/2029/10/10/thumbs/800x531/{400120 + i * 17}.jpg" medium="image" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 17606 The Times of India (IST, UTC day 2029-10-07)
KRAM = "kramatorsk-market-strike-2029-10-07"
SEEDS.append(dict(
  id="17606", name="17606_toi-liveblog", ext="html", source="The Times of India", zone="Asia/Kolkata", render=r_toi,
  title="Russia-Ukraine war live updates, Oct 7: Strike on Kramatorsk market kills 7; Putin and Modi speak by phone",
  url="https://timesofindia.indiatimes.com/world/europe/russia-ukraine-war-live-updates-oct-7-2029/liveblog/120455871.cms",
  lede="A Russian strike on a market in Kramatorsk killed seven people on Sunday, while PM Narendra Modi and President Vladimir Putin discussed the war in a phone call. Follow TOI for the latest updates.",
  alsoread="India steps up efforts to bring back nationals serving in Russian army",
  basis="post stamp '{s}' (time only, IST = UTC+5:30); the day is read from the title ('Oct 7'), the header ('Updated: Oct 8, 2029, 01:40 IST') and the newest-first order: the two top posts (01:40 AM, 12:15 AM) come after local midnight, so 8 October, the rest 7 October; the JSON-LD datePublished agrees; local {d} in {z}",
  notes="The Times of India live blog, HTML with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (IST offsets). Visible post stamps are time only ('01:40 AM IST'); the title names 'Oct 7' and the header 'Updated: Oct 8, 2029, 01:40 IST'. Newest first, and the blog CROSSES LOCAL MIDNIGHT: the top two posts (01:40 AM and 12:15 AM) are on 8 October IST, the rest on 7 October IST; all eight are on UTC day 7 October. Byline 'TOI World Desk' is a desk credit (author null). 17606-06 is a 'Watch:' video teaser with no text. The Kramatorsk toll grows within the page (5 at 3:20 PM, 7 at 8:30 PM): same story, not a duplicate. 'Also Read' is a related-article link.",
  not_entries=["header, navigation and sub-navigation", "breadcrumb", "page title (h1)", "byline line 'TOI World Desk / TIMESOFINDIA.COM / Updated: ...'", "share widget",
               "summary paragraph under the title", "'Advertisement' marker", "'Also Read: ...' related link", "video embed label of the teaser", "'Load More Updates'",
               "'Trending Stories' box", "comments box", "footer"],
  entries=[
  E("2029-10-08 01:40", "Explosions heard in Kyiv as capital comes under drone attack",
    ["Several explosions were heard in Kyiv shortly after midnight as air defence units engaged Russian drones over the capital, mayor Vitali Klitschko said on Telegram.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "kyiv-night-drone-attack-2029-10-08", n="after local midnight: 8 October IST, still 7 October UTC"),
  E("2029-10-08 00:15", "India sends new consignment of medicines and generators to Ukraine",
    ["India has dispatched its latest consignment of humanitarian aid to Ukraine, including medicines, medical equipment and 40 diesel generators for hospitals, the Ministry of External Affairs said."],
    "aid", "aid", 2, "india-humanitarian-consignment-ukraine-2029-10", n="after local midnight: 8 October IST"),
  E("2029-10-07 22:50", "Russia agrees to discharge Indians serving in its army, says MEA",
    ["Russian authorities have agreed to discharge 14 Indian nationals who were recruited into the Russian army, MEA spokesperson said, adding that the men would be flown home once their paperwork was complete.",
     "New Delhi has repeatedly raised the issue with Moscow after several Indian recruits were killed on the front line."],
    "diplomacy", "diplomacy", 2, "russia-discharge-indian-recruits-2029-10"),
  E("2029-10-07 20:30", "Kramatorsk market strike: death toll rises to 7",
    ["The number of people killed in the Russian strike on a market in Kramatorsk has risen to seven, Donetsk regional governor Vadym Filashkin said. Twenty-three people were wounded."],
    "strikes", "strikes", 3, KRAM, n="toll 7 (update of 17606-07, new number: not a near-verbatim repeat)"),
  E("2029-10-07 18:05", "Putin, Modi discuss Ukraine in phone call",
    ["Prime Minister Narendra Modi spoke to Russian President Vladimir Putin by phone and reiterated India\u2019s call for dialogue and diplomacy to end the war, according to a readout from the PMO.",
     "The Kremlin said the two leaders also discussed energy trade and preparations for the annual India-Russia summit."],
    "diplomacy", "diplomacy", 3, "putin-modi-phone-call-2029-10-07"),
  E("2029-10-07 16:45", "Watch: Rescuers search rubble after strike on Kramatorsk market", [], "strikes", "strikes", 1, KRAM, n="video teaser without text"),
  E("2029-10-07 15:20", "Russian strike on Kramatorsk market kills 5",
    ["At least five people were killed and more than a dozen injured when Russian guided bombs hit a busy market in the eastern Ukrainian city of Kramatorsk on Sunday afternoon, local officials said.",
     "Photos released by emergency services showed burnt-out stalls and cars."],
    "strikes", "strikes", 3, KRAM, n="first report; toll 5"),
  E("2029-10-07 09:05", "Russia claims capture of two villages in Kharkiv region",
    ["Russia\u2019s defence ministry said its troops had taken two villages near Kupiansk in Ukraine\u2019s Kharkiv region. There was no immediate comment from Kyiv."],
    "other", "frontline", 2, "russia-claims-villages-near-kupiansk-2029-10-07"),
  ]))

# ---------------------------------------------------------------- 17607 Dawn (Karachi, 2029-10-08)
SEEDS.append(dict(
  id="17607", name="17607_dawn-world", ext="txt", source="Dawn", zone="Asia/Karachi", render=r_dawn,
  title="World", ref="2029-10-08 21:40",
  basis="relative stamp '{s}' counted back from the printed 'Last updated: October 8, 2029 09:40pm' (no zone printed: Pakistan time, PKT = UTC+5); local {d} in {z}",
  notes="Dawn World section, text scrape, newest first. The only clock is the header line 'Last updated: October 8, 2029 09:40pm' (no zone printed; the outlet's home zone Asia/Karachi, PKT = UTC+5). Card stamps are relative ('Published 38 minutes ago', 'Updated an hour ago', 'Published 3 hours ago') and are counted back exactly from that clock. Credits: agencies (Reuters, AFP, AP) and one named correspondent are read as author. Three cards are not about the war. 'Comments (n)' lines are comment counts.",
  not_entries=["masthead and the two navigation rows", "section title 'World'", "'Last updated:' header clock (used as reference, not an entry)", "credit lines (read as author)",
               "relative stamp lines", "'Comments (n)' counts", "'Advertisement' marker", "'Load more stories'", "'Editorial' promo", "footer"],
  entries=[
  B(E("2029-10-08 21:02", "Pakistan abstains as UNGA adopts resolution on return of Ukrainian children",
      ["Pakistan abstained on Monday as the UN General Assembly adopted a resolution calling on Russia to return Ukrainian children taken from occupied areas, with 91 countries in favour and 12 against.",
       "Pakistan\u2019s deputy envoy said Islamabad supported the humanitarian aim but objected to language that \u201cprejudges\u201d the outcome of investigations."],
      "diplomacy", "diplomacy", 2, "unga-resolution-ukrainian-children-2029-10-08", a="Rizwan Qureshi", sec=[]), credit="Rizwan Qureshi", cc=14),
  B(OFF("2029-10-08 20:40", "Floods displace thousands in northern Bangladesh",
        ["Heavy monsoon-season rains have flooded dozens of villages in northern Bangladesh, forcing more than 30,000 people from their homes, officials said."],
        "bangladesh-floods-2029-10", a="AFP", n="weather disaster"), credit="AFP", verb="Updated", cc=2),
  B(E("2029-10-08 18:40", "Russian glide bombs kill four in Ukraine\u2019s Sumy region",
      ["Russian glide bombs killed four people and wounded nine in two villages in Ukraine\u2019s northern Sumy region, the regional administration said on Monday."],
      "strikes", "strikes", 3, "sumy-region-glide-bombs-2029-10-08", a="Reuters"), credit="Reuters", cc=5),
  B(OFF("2029-10-08 16:40", "Saudi, Iranian foreign ministers meet in Riyadh",
        ["The foreign ministers of Saudi Arabia and Iran met in Riyadh on Monday to discuss regional security and trade, their ministries said."],
        "saudi-iran-fm-meeting-2029-10-08", a="AFP", n="Gulf diplomacy, not about the war"), credit="AFP", cc=9),
  B(E("2029-10-08 14:40", "EU agrees new sanctions targeting Russian LNG and shadow fleet",
      ["European Union ambassadors agreed a new package of sanctions on Russia on Monday, adding more than 100 tankers to the list of banned vessels and tightening restrictions on Russian liquefied natural gas, diplomats said."],
      "diplomacy", "diplomacy", 3, "eu-sanctions-package-lng-shadow-fleet-2029-10-08", a="Reuters", n="sanctions = diplomacy; EU-wide package: importance 3"), credit="Reuters", verb="Updated", cc=21),
  B(OFF("2029-10-08 12:40", "Landslide kills 11 in western Nepal",
        ["A landslide triggered by heavy rain buried several houses in western Nepal, killing at least 11 people, police said."],
        "nepal-landslide-2029-10-08", a="AP", n="natural disaster"), credit="AP", cc=0),
  B(E("2029-10-08 09:40", "Zelenskyy names new commander of Ukraine\u2019s ground forces",
      ["Ukrainian President Volodymyr Zelenskyy appointed a new commander of the country\u2019s ground forces on Monday, the latest in a series of changes in the military leadership."],
      "other", "politics", 2, "ukraine-new-ground-forces-commander-2029-10-08", a="AP"), credit="AP", cc=3),
  ]))



# ---------------------------------------------------------------- 17608 Al Arabiya English (Dubai, 2029-10-09)
RIYADH = "riyadh-black-sea-talks-2029-10-09"
SEEDS.append(dict(
  id="17608", name="17608_alarabiya-timeline", ext="html", source="Al Arabiya English", zone="Asia/Dubai", render=r_alarabiya,
  title="Timeline: Russia and Ukraine meet in Riyadh for Black Sea shipping talks",
  url="https://english.alarabiya.net/News/world/2029/10/09/timeline-russia-and-ukraine-meet-in-riyadh-for-black-sea-shipping-talks",
  lede="Saudi Arabia hosted Russian and Ukrainian delegations on Tuesday for talks on the safety of commercial shipping in the Black Sea.",
  byline="Al Arabiya English", published="2029-10-09 20:55", updated="2029-10-09 21:30",
  caption="Saudi Foreign Minister Prince Faisal bin Farhan (C) opens the talks in Riyadh, October 9, 2029. (SPA)",
  intro="Here is how the day unfolded, as reported by Al Arabiya English and news agencies.", tznote="(All times GST)",
  readmore={1: "Saudi Arabia\u2019s mediation role in the Russia-Ukraine war explained", 4: "Black Sea grain exports reach highest level since 2021"},
  basis="timeline stamp '{s}' (bare 24-hour time; zone from the note '(All times GST)', GST = UTC+4; day from 'Published: 09 October ,2029'); local {d} in {z}",
  notes="Al Arabiya English timeline article, HTML with NewsArticle JSON-LD. 'Published: 09 October ,2029: 08:55 PM GST' / 'Updated: ... 09:30 PM GST' (the odd ' ,2029' comma as the site prints it). The timeline is oldest first: each item is a bare '09:15' stamp followed by one paragraph, NO headlines (headline null, first_sentence = the paragraph's first sentence). Zone from the printed note '(All times GST)'. Byline 'Al Arabiya English' is the outlet itself (author null). Items 01, 02, 04, 05 and 06 are all the Riyadh talks (one story: the event and its official reactions); the deadly Kherson strike during the talks (03) and the evening drone alert (07) are separate strike stories. 'Read more:' lines are related-article links inside the list.",
  not_entries=["header, Arabic-site link and navigation", "breadcrumb", "title", "subtitle", "byline 'Al Arabiya English'", "'Published:' / 'Updated:' line", "share widget",
               "photo caption with (SPA) credit", "intro sentence 'Here is how the day unfolded ...'", "'(All times GST)' note", "two 'Read more:' related links inside the timeline",
               "'More from World' box", "footer"],
  entries=[
  E("2029-10-09 09:15", None, ["Ukraine\u2019s delegation, led by a deputy foreign minister, arrived in Riyadh for the first direct talks with Russian officials on Black Sea shipping in more than a year."],
    "diplomacy", "diplomacy", 3, RIYADH),
  E("2029-10-09 10:40", None, ["Saudi Foreign Minister Prince Faisal bin Farhan opened the meeting, telling both sides that the Kingdom was ready to host further rounds \u201cfor as long as they are useful.\u201d",
                               "The two delegations then met separately with Saudi mediators before a joint session."],
    "diplomacy", "diplomacy", 3, RIYADH),
  E("2029-10-09 12:20", None, ["Two people were killed when Russian drones hit a residential area of Kherson while the talks were under way, the regional governor said."],
    "strikes", "strikes", 3, "kherson-drone-strike-2029-10-09", n="deadly strike on the same day; not part of the talks story"),
  E("2029-10-09 14:05", None, ["The Kremlin said it did not expect a breakthrough in Riyadh and described the meeting as a technical discussion."],
    "diplomacy", "diplomacy", 2, RIYADH, n="official reaction to the talks: same story, secondary"),
  E("2029-10-09 16:30", None, ["The talks ended with an agreement to set up a joint working group on inspections of cargo ships, according to a Saudi statement. No date was set for the next round."],
    "diplomacy", "diplomacy", 3, RIYADH),
  E("2029-10-09 18:45", None, ["President Volodymyr Zelenskyy called the meeting \u201cconstructive\u201d in his evening address but said Ukraine would judge Russia by what happens at sea."],
    "diplomacy", "diplomacy", 2, RIYADH, n="reaction to the talks: same story"),
  E("2029-10-09 20:10", None, ["Air raid alerts were declared across eastern and central Ukraine as the air force reported groups of Russian attack drones heading west."],
    "strikes", "strikes", 2, "russian-drone-alert-eastern-ukraine-2029-10-09"),
  ]))

# ---------------------------------------------------------------- 17609 Daily Sabah (GMT feed, 2029-10-10)
SEEDS.append(dict(
  id="17609", name="17609_dailysabah-worldrss", ext="xml", source="Daily Sabah", zone="UTC", render=r_sabah,
  title="Daily Sabah - World",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Daily Sabah world RSS 2.0 feed, newest first, pubDate in GMT, one-paragraph descriptions, no author elements (author null). Three items are Turkish or regional news not about the war. Spelling 'T\u00fcrkiye' as the outlet uses it.",
  not_entries=["channel title, link, description, language, copyright and image elements", "item link, guid and media:content elements"],
  entries=[
  E("2029-10-10 19:40", "Fidan says T\u00fcrkiye ready to host new round of Russia-Ukraine exchange talks",
    ["Foreign Minister Hakan Fidan said on Wednesday that T\u00fcrkiye was prepared to host negotiators from Russia and Ukraine again in Istanbul to work on further exchanges of prisoners of war and civilians."],
    "diplomacy", "diplomacy", 2, "fidan-offers-istanbul-exchange-talks-2029-10-10", path="politics/diplomacy"),
  OFF("2029-10-10 16:05", "Central bank cuts policy rate by 150 basis points",
      ["The Central Bank of the Republic of T\u00fcrkiye lowered its one-week repo rate by 150 basis points on Wednesday, citing a steady decline in monthly inflation."],
      "turkiye-central-bank-rate-cut-2029-10-10", n="Turkish economy", path="business/economy"),
  E("2029-10-10 13:30", "Baykar completes delivery of new batch of drones to Ukraine",
    ["Turkish defense firm Baykar has delivered a new batch of drones to Ukraine under a contract signed last year, industry sources told Daily Sabah."],
    "aid", "aid", 2, "baykar-drone-delivery-ukraine-2029-10", path="business/defense"),
  E("2029-10-10 11:15", "Russian missile attack kills 5 in Ukraine\u2019s Poltava",
    ["A Russian missile attack on the central Ukrainian city of Poltava killed five people and wounded 17 on Wednesday, regional authorities said, as T\u00fcrkiye\u2019s Foreign Ministry called for restraint."],
    "strikes", "strikes", 3, "poltava-missile-attack-2029-10-10", path="world/europe"),
  OFF("2029-10-10 09:00", "Istanbul Airport sets new monthly passenger record",
      ["Istanbul Airport handled more than 7.1 million passengers in September, the highest monthly figure since it opened, the operator said."],
      "istanbul-airport-passenger-record-2029-09", n="aviation", path="business/transportation"),
  E("2029-10-10 06:20", "Erdo\u011fan tells Putin safe shipping in Black Sea is vital",
    ["President Recep Tayyip Erdo\u011fan told Russian President Vladimir Putin in a phone call late Tuesday that keeping commercial shipping safe in the Black Sea was essential for regional stability, the Communications Directorate said."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-call-black-sea-2029-10-09", path="politics/diplomacy"),
  OFF("2029-10-10 04:10", "Magnitude 4.6 earthquake shakes Malatya",
      ["A magnitude 4.6 earthquake struck Malatya province early on Wednesday, the Disaster and Emergency Management Authority (AFAD) said, with no reports of damage."],
      "malatya-earthquake-2029-10-10", n="natural event", path="turkiye"),
  ]))



# ================================================================ PART B: three multi-source days (invented outlets)

def r_quill(S):
    """text live blog (UK), newest first: page date line 'Tue 16 Oct 2029', two-name byline, 'Key Points' list of headlines,
    then per post a '18.40 BST' line, the headline, the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "UK   World   Politics   Business   Sport   Opinion   Live", "", "LIVE", S["title"], "", S["lede"], "",
         S["byline"], S["dateline"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["p"]:
            L += paras(e["p"])
        else:
            L += ["[Video: 0:58]", ""]
        if i == 3:
            L += [f"Sign up to {S['source']} Today: our morning briefing, free to your inbox.", ""]
    L += ["Older posts", "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Corrections"]
    return "\n".join(L) + "\n", stamps


def r_hessleby(S):
    """HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update datePublished (Kyiv offsets); visible stamp
    '16/10/2029 07:10' (day/month/year, Kyiv time said once in the header); author line under the headline."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{4410 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{S["source"]}</a><nav><a>Ukraine</a> <a>Russia</a> <a>Europe</a> <a>Analysis</a> <a>Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d/%m/%Y %H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{4410 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/explainers/grain-corridor">How Ukraine\u2019s grain corridor works</a></aside>')
    out += ['<p class="end">This live page is no longer being updated.</p></main>', f'<footer>{S["source"]} \u00b7 About \u00b7 Ethics \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """generic RSS 2.0 feed, newest first: pubDate in GMT (S['gmt']) or with the numeric local offset; CDATA HTML description;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/story/{S["guid"]}-{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article_txt(S):
    """text article with section headings (one entry per section), one byline, a dateline with time and zone; no per-section time."""
    L = [S["source"].upper(), "News  \u203a  World  \u203a  Europe", "", S["title"], "", S["lede"], "", S["byline"], S["dateline"], "",
         S["caption"], "", "Share  \u00b7  Save  \u00b7  Print", ""]
    for e in S["entries"]:
        assert e["t"] == S["published"]
        L += [e["h"], ""] + paras(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Subscribe \u00b7 Advertise \u00b7 Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- day 1 (2029-10-16)
ODESA = "odesa-port-strike-2029-10-16"
IRIS = "germany-iris-t-pledge-2029-10-16"
PORTS = "analysis-black-sea-ports-targeted"
PORTS_H = "Analysis: Why Russia keeps aiming at Ukraine\u2019s Black Sea ports"
PORTS_P = ["Overnight\u2019s attack on Odesa was the third on the city\u2019s port facilities this month, and it fits a pattern that has held for years: when shipping out of Ukraine picks up, so do Russian strikes on the docks.",
           "The ports of Odesa, Chornomorsk and Pivdennyi handle most of Ukraine\u2019s grain and metal exports, which pay for much of the state budget. Each hit on a terminal raises insurance costs for the ships that call there.",
           "Air defence around the coast has improved, but cruise missiles fired from the sea give the defenders only minutes of warning."]

# ---------------------------------------------------------------- 17620 Quillbourne Gazette
SEEDS.append(dict(
  id="17620", name="17620_quillbourne-textlive", ext="txt", source="Quillbourne Gazette", zone="Europe/London", render=r_quill,
  title="Ukraine war live: Odesa port strike toll rises to eight; Germany pledges more IRIS-T systems",
  lede="Rescuers dig through a collapsed building near Odesa\u2019s grain terminal; Berlin promises four more air defence systems. Follow the day\u2019s developments.",
  byline="Tom Ashdown and Priya Kaur", dateline="Tue 16 Oct 2029",
  basis="stamp '{s}' (UK summer time, BST = UTC+1) under the page date line 'Tue 16 Oct 2029'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first; page date line 'Tue 16 Oct 2029', stamps '18.40 BST' (dot separator) before each headline. Key Points block lists two headlines (17620-01, 17620-03). One page byline with two names, used as every entry's author. 17620-02 is a theme piece (analysis of attacks on ports) that mentions the Odesa strike but is its own story; 17620-04 is a 'Watch:' teaser with no text (spelled 'Odessa'). 17620-06 (UN condemnation) is a reaction whose content is the Odesa attack: same story.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "standfirst", "byline 'Tom Ashdown and Priya Kaur'", "date line 'Tue 16 Oct 2029'",
               "'Key Points' header and its two bullet lines (they repeat entry headlines)", "'Show key events only' toggle", "'[Video: 0:58]' placeholder of the teaser",
               "newsletter promo after the fourth post", "'Older posts' link", "footer"],
  entries=[
  E("2029-10-16 18:40", "Odesa port strike: death toll climbs to eight",
    ["Eight people are now known to have died in the overnight Russian attack on Odesa\u2019s port, after rescuers recovered two more bodies from a five-storey building next to the grain terminal, the regional governor said.",
     "Twenty-nine people were injured, five of them seriously. Search teams expect to finish work at the site on Wednesday."],
    "strikes", "strikes", 3, ODESA, a="Tom Ashdown and Priya Kaur", kp=True, n="toll 8 (latest of the day)"),
  E("2029-10-16 17:05", PORTS_H, PORTS_P, "strikes", "strikes", 2, PORTS, a="Tom Ashdown and Priya Kaur",
    n="theme piece (analysis of attacks on ports); mentions the Odesa strike but is its own story: must not merge with odesa-port-strike-2029-10-16"),
  E("2029-10-16 15:30", "Germany pledges four more IRIS-T air defence systems",
    ["Germany will deliver four more IRIS-T SLM air defence systems to Ukraine over the next 12 months, Defence Minister Boris Pistorius said during a visit to the manufacturer\u2019s plant.",
     "He said the first of them would arrive before the end of the year, and that Berlin would also pay for additional missiles for systems already in Ukraine."],
    "aid", "aid", 3, IRIS, a="Tom Ashdown and Priya Kaur", kp=True),
  E("2029-10-16 13:50", "Watch: Flames engulf grain terminal in Odessa", [], "strikes", "strikes", 1, ODESA, a="Tom Ashdown and Priya Kaur",
    n="video teaser without text; spelling 'Odessa'"),
  E("2029-10-16 12:20", "Hungary blocks EU statement on opening Ukraine\u2019s next accession cluster",
    ["Hungary has prevented EU ministers from adopting a joint statement that would have opened the next cluster of Ukraine\u2019s membership talks, diplomats in Luxembourg said.",
     "Budapest argues that Kyiv has not done enough on minority-language rights."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-accession-cluster-2029-10-16", a="Tom Ashdown and Priya Kaur"),
  E("2029-10-16 10:05", "UN condemns strike near Odesa grain terminal",
    ["The UN\u2019s humanitarian coordinator for Ukraine said she was appalled by the overnight attack on Odesa, noting that the port was a lifeline for food supplies to countries in Africa and the Middle East.",
     "Ukrainian officials put the death toll at six."],
    "strikes", "strikes", 3, ODESA, a="Tom Ashdown and Priya Kaur", n="reaction whose content is the attack: same story; toll 6"),
  E("2029-10-16 08:15", "Russia says it has captured settlement near Huliaipole",
    ["Russia\u2019s defence ministry has claimed the capture of a small settlement north-east of Huliaipole in the Zaporizhzhia region. Ukraine\u2019s general staff said fighting in the area continued."],
    "other", "frontline", 2, "russia-claims-settlement-near-huliaipole-2029-10-16", a="Tom Ashdown and Priya Kaur"),
  ]))

# ---------------------------------------------------------------- 17621 Hessleby Courier
SEEDS.append(dict(
  id="17621", name="17621_hessleby-ldlive", ext="html", source="Hessleby Courier", zone="Europe/Kyiv", render=r_hessleby,
  title="Russian attack on Odesa port: live updates",
  url="https://hessleby-courier.example/live/2029/10/16/odesa-port-attack",
  lede="Missiles and drones struck the port of Odesa overnight. We are following the rescue work and the reactions.",
  tznote="All times are Kyiv time.",
  basis="visible stamp '{s}' (day/month/year, Kyiv time as the header says; EEST = UTC+3), same as the update's datePublished in the JSON-LD; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+03:00) and author. Visible stamps '16/10/2029 07:10' (day first) in <time>; the header line says 'All times are Kyiv time.' Author line under each headline. 17621-06 repeats 17621-03 nearly verbatim (re-pinned post: duplicate_of 17621-03). 17621-02 (drone hit on fuel tanks in Izmail, the same Odesa region, the same night) is a different strike. 17621-07 (Norway funds drones) is the same aid theme as the IRIS-T pledge but another event.",
  not_entries=["header and navigation", "title", "standfirst", "'All times are Kyiv time.' note", "'Related' box after the third post", "'This live page is no longer being updated.'", "footer"],
  entries=[
  E("2029-10-16 07:10", "Russian missiles and drones hit Odesa port overnight, three killed",
    ["Russia attacked the port of Odesa with missiles and drones in the early hours of Tuesday, killing three people and setting a grain terminal on fire, Governor Oleh Kiper said.",
     "A residential building next to the port was partly destroyed, and rescuers believe several people are trapped."],
    "strikes", "strikes", 3, ODESA, a="Olena Marchuk", n="first report; toll 3"),
  E("2029-10-16 08:45", "Drones set fuel tanks alight at Izmail port",
    ["Russian drones also targeted the Danube port of Izmail in the south-west of the Odesa region overnight, setting two fuel tanks on fire. No one was injured, the regional administration said."],
    "strikes", "strikes", 2, "izmail-danube-port-drone-attack-2029-10-16", a="Olena Marchuk",
    n="same region, same night, different strike: must not merge with odesa-port-strike-2029-10-16"),
  E("2029-10-16 10:30", "Odesa toll rises to six as rescuers reach collapsed floors",
    ["The number of people killed in the attack on Odesa has risen to six, emergency services said, after rescuers reached the upper floors of the collapsed building near the port.",
     "Eighteen people are in hospital."],
    "strikes", "strikes", 3, ODESA, a="Olena Marchuk", n="toll 6"),
  E("2029-10-16 12:15", "Pistorius announces four more IRIS-T systems for Ukraine",
    ["German Defence Minister Boris Pistorius said Berlin would send four more IRIS-T air defence systems to Ukraine, with the first delivery expected before the new year."],
    "aid", "aid", 3, IRIS, a="Daniel Whitcombe"),
  E("2029-10-16 13:40", "Zelensky: Odesa strike shows Russia wants no deal on Black Sea shipping",
    ["President Volodymyr Zelensky said the attack on Odesa\u2019s port proved that Moscow was not interested in any arrangement to keep shipping safe, and called on partners to send more air defence to the south.",
     "\u201cEvery missile at our ports is a missile at someone\u2019s bread,\u201d he said in a video message."],
    "strikes", "strikes", 3, ODESA, a="Olena Marchuk", n="reaction whose content is the attack: same story"),
  E("2029-10-16 15:10", "Odesa toll rises to six as rescuers reach collapsed floors",
    ["The number of people killed in the attack on Odesa has risen to six, emergency services said, after rescuers reached the upper floors of the collapsed building near the port.",
     "Eighteen people are now in hospital."],
    "strikes", "strikes", 1, ODESA, a="Olena Marchuk", dup="17621-03", n="near-verbatim repeat of 17621-03 (re-pinned; only 'now' added)"),
  E("2029-10-16 17:20", "Norway to pay for production of Ukrainian long-range drones",
    ["Norway will finance the production of several hundred Ukrainian-made long-range drones under a 1.2 billion kroner agreement signed in Kyiv, the Norwegian defence ministry said."],
    "aid", "aid", 2, "norway-funds-ukrainian-drone-production-2029-10-16", a="Daniel Whitcombe",
    n="same aid theme, different event: must not merge with germany-iris-t-pledge-2029-10-16"),
  ]))

# ---------------------------------------------------------------- 17622 Yarnold World Service
SEEDS.append(dict(
  id="17622", name="17622_yarnold-worldrss", ext="xml", source="Yarnold World Service", zone="UTC", render=r_rss, gmt=True,
  title="Yarnold World Service \u2013 World news", url="https://yarnold-world.example", guid="yws-291016",
  lede="Top world stories from Yarnold World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. 4 of 6 items are off-beat (Philippine storm, Brazil tax reform, Japanese exports, California wildfire). War items: the Odesa strike spelled 'Odessa' (toll 8) and the German IRIS-T pledge.",
  not_entries=["channel title, link, description and language", "item link, guid and category elements"],
  entries=[
  OFF("2029-10-16 20:15", "Storm batters northern Philippines, forcing 200,000 from homes",
      ["A powerful storm brought flooding and landslides to northern Luzon on Tuesday, and authorities evacuated about 200,000 people from coastal and mountain villages."],
      "luzon-storm-evacuations-2029-10-16", n="weather disaster"),
  E("2029-10-16 17:50", "Eight dead after Russian strike on Odessa port",
    ["The death toll from a Russian missile and drone attack on the Ukrainian port city of Odessa rose to eight on Tuesday, local officials said, as rescuers searched a building that partly collapsed."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 8"),
  OFF("2029-10-16 14:30", "Brazil\u2019s Senate approves overhaul of consumption taxes",
      ["Brazil\u2019s Senate passed the final part of a long-debated reform merging several consumption taxes into a single value-added tax."],
      "brazil-senate-tax-reform-2029-10", n="Brazilian politics"),
  E("2029-10-16 11:10", "Germany promises Ukraine more IRIS-T air defence",
    ["Germany will supply Ukraine with four further IRIS-T air defence systems within a year, the German defence minister said on Tuesday."],
    "aid", "aid", 3, IRIS),
  OFF("2029-10-16 08:40", "Japan\u2019s exports rise for fifth straight month",
      ["Japanese exports grew 4.1% in September from a year earlier, led by shipments of cars and electronic parts to Asia, government data showed."],
      "japan-exports-september-2029", n="economy"),
  OFF("2029-10-16 05:20", "Wildfire forces evacuations in Southern California",
      ["A fast-moving wildfire driven by dry autumn winds forced thousands of residents to leave their homes north of Los Angeles overnight."],
      "southern-california-wildfire-2029-10", n="wildfire"),
  ]))

# ---------------------------------------------------------------- 17623 Drumlarrig Herald
SEEDS.append(dict(
  id="17623", name="17623_drumlarrig-article", ext="txt", source="Drumlarrig Herald", zone="Europe/Brussels", render=r_article_txt,
  title="Odesa counts its dead as Europe debates its response", published="2029-10-16 17:30",
  lede="A deadly strike on Ukraine\u2019s biggest port, a German air defence pledge and a split among EU ministers: the day in the war.",
  byline="By Mair\u00e9ad Collins, Brussels", dateline="16 October 2029, 17:30 CEST",
  caption="Smoke rises over the port of Odesa on Tuesday morning. Photo: Reuters",
  more="More on the war in Ukraine: our daily newsletter, every weekday at 7am.",
  basis="no per-section time; all sections take the article's dateline '16 October 2029, 17:30 CEST' (CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet (Brussels). Text article with three section headings, one entry per section, stamp null, published = the dateline. Byline 'By Mair\u00e9ad Collins, Brussels' gives the author 'Mair\u00e9ad Collins' for every section. Section 1 gives the Odesa toll as seven (between the 6 and 8 of other pages). Section 3 (EU ministers on a special tribunal) is a different diplomacy event from Hungary's veto on the accession statement (17620-05): must not merge.",
  not_entries=["outlet name and breadcrumb", "title", "standfirst", "byline and dateline", "photo caption", "'Share \u00b7 Save \u00b7 Print'", "newsletter line at the end", "footer"],
  entries=[
  E("2029-10-16 17:30", "Seven dead in Odesa",
    ["Seven people were killed when Russian missiles and drones struck the port of Odesa before dawn on Tuesday, Ukrainian officials said by the afternoon.",
     "Most of the victims lived in an apartment block beside the grain terminal, which burned for several hours. Port officials said loading had resumed at two other berths by midday.",
     "The European Commission called the attack \u201ca deliberate strike on global food security\u201d."],
    "strikes", "strikes", 3, ODESA, a="Mair\u00e9ad Collins", n="toll 7"),
  E("2029-10-16 17:30", "Berlin adds air defence",
    ["Germany\u2019s promise of four more IRIS-T systems came only hours after the strike. Ukrainian officials have asked for at least twice that number to cover the south and the front-line cities."],
    "aid", "aid", 3, IRIS, a="Mair\u00e9ad Collins"),
  E("2029-10-16 17:30", "Ministers split on tribunal funding",
    ["EU foreign ministers meeting in Luxembourg failed to agree on how to fund the special tribunal for the crime of aggression against Ukraine, with three member states opposing a contribution from the common budget.",
     "The issue will return to leaders at their summit next week."],
    "diplomacy", "diplomacy", 2, "eu-ministers-aggression-tribunal-funding-2029-10-16", a="Mair\u00e9ad Collins",
    n="same meeting as, but a different decision from, Hungary's veto (17620-05): must not merge"),
  ]))



def r_fallowmead(S):
    """HTML live blog (Australia), no JSON-LD, newest first; posts grouped under local date headings
    ('Thursday 18 October 2029'), stamp '9:40am AEDT' above the h3, 'By NAME' under it; crosses local midnight."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title></head><body>',
           f'<header><a href="/">{S["source"]}</a> <nav><a>Just In</a> <a>Australia</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Analysis</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
        if day != cur:
            out.append(f'<h2 class="day">{day}</h2>'); cur = day
        st = f"{h12(d, fmt='{h}:{m:02d}{ap}', upper=False)} AEDT"; stamps.append(st)
        out.append(f'<div class="post"><p class="time">{st}</p><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 12 images</div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside class="promo">Get our breaking news alerts on the app.</aside>')
    out += ['<p class="endnote">That\u2019s where we\u2019ll leave our live coverage for today.</p></main>',
            f'<footer>{S["source"]} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2029:feed</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat().replace("+00:00", "Z")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{S["guid"]}{i + 71}"/>', f'<id>{S["url"]}/a/{S["guid"]}{i + 71}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_birchanger(S):
    """text live blog (UK), oldest first; date line with a zone note; '9:05am' line before each headline; per-post 'Posted by NAME'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Home \u2502 News \u2502 World \u2502 Sport \u2502 What\u2019s On \u2502 Live", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, fmt="{h}:{m:02d}{ap}", upper=False); stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
        if i == 5:
            L += ["READ MORE: Where to donate to help Ukrainian families this winter", ""]
    L += ["We\u2019ll be back tomorrow morning with more live updates.", "", f"{S['source']} \u00b7 Reach us \u00b7 Terms \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- day 2 (2029-10-17)
SWAP = "uae-mediated-prisoner-exchange-2029-10-17"
NIGHT17 = "russian-overnight-drone-raid-2029-10-17"

# ---------------------------------------------------------------- 17630 Fallowmead Post
SEEDS.append(dict(
  id="17630", name="17630_fallowmead-htmllive", ext="html", source="Fallowmead Post", zone="Australia/Sydney", render=r_fallowmead,
  title="Russia-Ukraine war live: Hundreds of prisoners freed in swap; Odesa mourns port attack victims",
  lede="Ukraine and Russia have exchanged prisoners of war in a deal brokered by the United Arab Emirates. Follow our live coverage.",
  basis="stamp '{s}' (12-hour clock, AEDT = UTC+11) under the local date heading printed above it; local {d} in {z}",
  notes="Invented outlet (Sydney). HTML live blog without JSON-LD, newest first; posts are grouped under local date headings ('Thursday 18 October 2029', 'Wednesday 17 October 2029'): the blog crosses LOCAL midnight, but every post falls on UTC day 17 October (AEDT = UTC+11, daylight saving started 7 October). Stamps '9:40am AEDT' above each h3; 'By NAME' under some headlines. 17630-02 is a 'Photos:' gallery teaser without text. 17630-01 (overnight drone hit on an energy site in the Odesa region) is a new strike: must not merge with the day-1 port strike (odesa-port-strike-2029-10-16), whose day-of-mourning continuation is 17630-05.",
  not_entries=["header and navigation", "'LIVE' kicker", "title", "summary", "local date headings ('Thursday 18 October 2029', 'Wednesday 17 October 2029')", "'Gallery: 12 images' placeholder",
               "app promo after the fourth post", "closing note", "footer"],
  entries=[
  E("2029-10-18 09:40", "Drones hit energy site in Odesa region overnight",
    ["Russian drones struck an electricity substation in the Odesa region shortly after midnight Ukrainian time, cutting power to about 30,000 homes, Ukraine\u2019s energy ministry said. No injuries were reported."],
    "strikes", "strikes", 2, "odesa-region-substation-drone-strike-2029-10-18", a="Jack Thornley",
    n="after local midnight (18 Oct AEDT = 17 Oct UTC); same region as the day-1 port strike but another attack: must not merge with odesa-port-strike-2029-10-16"),
  E("2029-10-18 07:15", "Photos: Freed prisoners of war reunite with their families", [], "diplomacy", "diplomacy", 1, SWAP, a=None, n="gallery teaser without text"),
  E("2029-10-18 00:30", "Zelensky says every freed soldier is 'finally home'",
    ["Ukrainian President Volodymyr Zelensky thanked the United Arab Emirates for its mediation and said the government would keep working to free the thousands of Ukrainians still held in Russia.",
     "Among those released were soldiers captured in 2022 and several civilians, he said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Jack Thornley", n="reaction to the exchange: same story"),
  E("2029-10-17 22:05", "Ukraine and Russia swap 205 prisoners each in UAE-brokered deal",
    ["Ukraine and Russia have each released 205 prisoners of war in an exchange mediated by the United Arab Emirates, officials on both sides said.",
     "It is the largest swap since the spring."],
    "diplomacy", "diplomacy", 3, SWAP, a="Jack Thornley"),
  E("2029-10-17 19:50", "Odesa declares day of mourning as port attack toll reaches nine",
    ["Odesa is observing a day of mourning after the death toll from Tuesday\u2019s Russian strike on the city\u2019s port rose to nine, the mayor said.",
     "Flags are flying at half-mast and entertainment events have been cancelled."],
    "strikes", "strikes", 3, "odesa-port-strike-2029-10-16", a="Amelia Nguyen", n="continuation of the day-1 Odesa story with a new development (mourning, toll 9)"),
  E("2029-10-17 16:20", "Australia to fund Ukrainian interceptor drones",
    ["Australia will contribute $45 million to an international fund buying interceptor drones for Ukraine, the Defence Minister announced in Canberra."],
    "aid", "aid", 2, "australia-interceptor-drone-funding-2029-10-17", a="Amelia Nguyen"),
  E("2029-10-17 12:10", "Ukraine says it shot down 61 of 80 Russian drones overnight",
    ["Ukraine\u2019s air force says it shot down or jammed 61 of the 80 drones Russia launched overnight, with hits recorded in the Sumy and Dnipropetrovsk regions."],
    "strikes", "strikes", 3, NIGHT17, a="Amelia Nguyen", n="carried by two day-2 seeds (17630, 17631)"),
  ]))

# ---------------------------------------------------------------- 17631 Pendarvis Wire
SEEDS.append(dict(
  id="17631", name="17631_pendarvis-atom", ext="xml", source="Pendarvis Wire", zone="Europe/Kyiv", render=r_atom,
  title="Pendarvis Wire: Ukraine", url="https://pendarvis-wire.example", guid="pw1017-",
  lede="Agency reports on the war in Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (news agency). Atom feed, newest first, <published> with +03:00, <author> per entry. 17631-01 (repatriation of soldiers' bodies) is the same theme as the prisoner exchange but a separate operation: must not merge. Two entries on the exchange (17631-02, -03) with different details (410 people in total; UAE statement).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  E("2029-10-17 22:30", "Ukraine receives bodies of 1,000 fallen soldiers in separate repatriation",
    ["Ukraine received the bodies of 1,000 soldiers killed in fighting, the coordination headquarters for prisoners of war said on Wednesday evening, in a handover separate from the day\u2019s prisoner exchange.",
     "Russia received the bodies of 38 of its soldiers."],
    "other", "humanitarian", 2, "repatriation-of-soldiers-bodies-2029-10-17", a="Iryna Kovalchuk",
    n="same theme as the exchange, different event: must not merge with uae-mediated-prisoner-exchange-2029-10-17"),
  E("2029-10-17 18:10", "Freed Ukrainian soldiers cross border into Chernihiv region",
    ["Buses carrying the 205 freed Ukrainian prisoners crossed from Belarus into the Chernihiv region in the afternoon, where relatives waited with flags and photographs.",
     "Many of the men had spent more than three years in Russian captivity, the ombudsman said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Iryna Kovalchuk"),
  E("2029-10-17 14:40", "UAE says its mediation secured swap of 410 prisoners",
    ["The United Arab Emirates said its mediation had made possible an exchange of 410 prisoners between Russia and Ukraine, the 20th such exchange it has helped arrange."],
    "diplomacy", "diplomacy", 3, SWAP, a="Mark Dellow"),
  E("2029-10-17 11:20", "Search at Odesa port site ends with nine dead",
    ["Rescuers finished searching the apartment block hit in Tuesday\u2019s attack on Odesa\u2019s port, bringing the final death toll to nine, the State Emergency Service said."],
    "strikes", "strikes", 3, "odesa-port-strike-2029-10-16", a="Iryna Kovalchuk", n="continuation of the day-1 Odesa story: search over, toll 9"),
  E("2029-10-17 09:05", "Kremlin rules out new Black Sea talks before end of year",
    ["Kremlin spokesman Dmitry Peskov said there were no plans for another round of talks on Black Sea shipping this year, blaming Kyiv for a lack of progress."],
    "diplomacy", "diplomacy", 2, "kremlin-no-new-black-sea-talks-2029-10-17", a="Mark Dellow"),
  E("2029-10-17 06:40", "Russia launched 80 drones overnight, Ukrainian air force says",
    ["Russia attacked Ukraine with 80 drones during the night, of which 61 were shot down or lost to electronic warfare, the air force said. Damage was reported in two regions."],
    "strikes", "strikes", 3, NIGHT17, a="Mark Dellow", n="carried by two day-2 seeds (17630, 17631)"),
  ]))

# ---------------------------------------------------------------- 17632 Birchanger Evening Star
SEEDS.append(dict(
  id="17632", name="17632_birchanger-textlive", ext="txt", source="Birchanger Evening Star", zone="Europe/London", render=r_birchanger,
  title="Ukraine war live: Prisoners freed in large swap; Odesa ends search for victims",
  dateline="Wednesday 17 October 2029 \u00b7 All times BST",
  lede="The latest from the war in Ukraine, updated through the day by our live desk.",
  basis="stamp '{s}' (12-hour clock; the date line says 'All times BST', UTC+1) on 'Wednesday 17 October 2029'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Wednesday 17 October 2029 \u00b7 All times BST'; stamps '9:25am' before each headline; 'Posted by NAME' after each body (author). 17632-01 is a verbatim re-post of day 1's analysis 17620-02 (same headline and text, syndicated from another outlet): importance 1, same story, duplicate_of null because duplicate_of is defined within a seed. 17632-05 is a theme piece (how exchanges are arranged) that mentions today's swap but is its own story. 17632-06 repeats 17632-04 nearly verbatim (duplicate_of 17632-04).",
  not_entries=["outlet name and navigation", "title", "date line", "standfirst", "'Posted by ...' lines (read as author)", "'ADVERTISEMENT' marker",
               "'READ MORE: ...' related link", "closing line", "footer"],
  entries=[
  E("2029-10-17 08:10", PORTS_H, PORTS_P, "strikes", "strikes", 1, PORTS, a="Harriet Pole",
    n="re-post of day-1 entry 17620-02 (verbatim headline and text, syndicated): importance 1, same story"),
  E("2029-10-17 09:25", "Odesa mourns nine dead as rescue operation ends",
    ["Odesa\u2019s emergency services have ended the search of the building destroyed in Tuesday\u2019s attack on the port. Nine people died, including a 14-year-old boy.",
     "The city has declared Wednesday a day of mourning."],
    "strikes", "strikes", 3, "odesa-port-strike-2029-10-16", a="Harriet Pole", n="continuation of the day-1 Odesa story"),
  E("2029-10-17 11:40", "Prisoner exchange under way at Belarus border, reports say",
    ["Ukrainian and Russian prisoners of war are being exchanged at the border between Belarus and Ukraine, according to Ukrainian media reports citing officials. Numbers have not been confirmed."],
    "diplomacy", "diplomacy", 3, SWAP, a="Harriet Pole", n="first report of the exchange"),
  E("2029-10-17 12:30", "Ukraine and Russia each free 205 captives",
    ["Ukraine and Russia have each handed over 205 prisoners of war in a swap arranged with the help of the United Arab Emirates, Ukraine\u2019s coordination headquarters has confirmed.",
     "The freed Ukrainians include marines and national guardsmen, some of whom were captured in Mariupol."],
    "diplomacy", "diplomacy", 3, SWAP, a="Harriet Pole"),
  E("2029-10-17 13:15", "Explainer: How prisoner exchanges between Ukraine and Russia are arranged",
    ["Today\u2019s swap follows a process that has become almost routine, even as direct peace talks have stalled.",
     "Lists of names are drawn up by each side\u2019s coordination bodies and passed through intermediaries, most often the United Arab Emirates and sometimes T\u00fcrkiye or Qatar. The Red Cross is allowed to visit some, but not all, of the prisoners before release.",
     "Exchanges are usually equal in number; disputes over who is on the lists are the main reason they are delayed."],
    "diplomacy", "diplomacy", 2, "explainer-how-prisoner-exchanges-work", a="Harriet Pole",
    n="theme piece (explainer); mentions today's swap but is its own story: must not merge with uae-mediated-prisoner-exchange-2029-10-17"),
  E("2029-10-17 14:50", "Ukraine and Russia each free 205 captives",
    ["Ukraine and Russia have each handed over 205 prisoners of war in a swap arranged with the help of the United Arab Emirates, Ukraine\u2019s coordination headquarters confirmed.",
     "The freed Ukrainians include marines and national guardsmen, some of whom were captured in Mariupol."],
    "diplomacy", "diplomacy", 1, SWAP, a="Harriet Pole", dup="17632-04", n="near-verbatim repeat of 17632-04 ('has confirmed' -> 'confirmed')"),
  E("2029-10-17 16:05", "Finnish president arrives in Kyiv",
    ["Finland\u2019s President Alexander Stubb has arrived in Kyiv for talks with Volodymyr Zelensky on security guarantees and reconstruction, his office said."],
    "diplomacy", "diplomacy", 3, "stubb-kyiv-visit-2029-10-17", a="Harriet Pole", n="head-of-state diplomatic visit: importance 3"),
  E("2029-10-17 18:20", "Two hurt as glide bomb hits Kharkiv suburb",
    ["A Russian glide bomb struck a residential street on the northern edge of Kharkiv, injuring two people, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-2029-10-17", a="Harriet Pole"),
  ]))

# ---------------------------------------------------------------- 17633 Caddonfoot World Report
SEEDS.append(dict(
  id="17633", name="17633_caddonfoot-worldrss", ext="xml", source="Caddonfoot World Report", zone="America/New_York", render=r_rss,
  title="Caddonfoot World Report", url="https://caddonfoot-report.example", guid="cwr-1017",
  lede="International headlines from the Caddonfoot World Report",
  basis="RSS pubDate '{s}' (explicit -0400 offset = US Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (US). General world-news RSS 2.0 feed, newest first, pubDate with -0400, no authors. 4 of 6 items are off-beat (tropical storm, Fed, Mexico City metro, Bank of Korea). The latest item (19:45 EDT) is already 23:45 UTC, still 17 October. War items: the prisoner exchange (counted as 410 in total) and Odesa's day of mourning.",
  not_entries=["channel title, link, description and language", "item link, guid and category elements"],
  entries=[
  OFF("2029-10-17 19:45", "Tropical storm forms in eastern Caribbean",
      ["A tropical storm formed east of the Leeward Islands on Wednesday evening and is expected to strengthen as it moves west, the National Hurricane Center said."],
      "caribbean-tropical-storm-2029-10-17", n="weather"),
  OFF("2029-10-17 16:30", "Fed governor signals no rush to cut rates further",
      ["A Federal Reserve governor said the central bank could afford to wait before lowering interest rates again, pointing to steady hiring."],
      "fed-governor-rates-remarks-2029-10-17", n="US economy"),
  E("2029-10-17 13:10", "Russia and Ukraine swap 410 prisoners in Emirati-brokered deal",
    ["Russia and Ukraine exchanged a total of 410 prisoners of war on Wednesday, in a deal brokered by the United Arab Emirates, the two sides said."],
    "diplomacy", "diplomacy", 3, SWAP, cat="Europe"),
  OFF("2029-10-17 10:20", "Mexico City opens new metro line",
      ["Mexico City opened its first new metro line in more than a decade, linking the eastern suburbs to the city center."],
      "mexico-city-metro-line-2029-10", n="urban transport"),
  E("2029-10-17 07:05", "Odesa holds day of mourning for port attack victims",
    ["The Ukrainian city of Odesa held a day of mourning on Wednesday for the nine people killed in a Russian attack on its port earlier this week."],
    "strikes", "strikes", 3, "odesa-port-strike-2029-10-16", cat="Europe", n="continuation of the day-1 Odesa story"),
  OFF("2029-10-17 02:15", "Bank of Korea holds key rate steady",
      ["South Korea\u2019s central bank left its benchmark interest rate unchanged on Wednesday, citing uncertainty over exports."],
      "bank-of-korea-rate-hold-2029-10", n="Asian economy"),
  ]))



def r_whitlaw(S):
    """text live blog, oldest first; date line with weekday and day but NO year (nowhere on the page); bare '07:50' line
    before each headline; by-line per post in brackets at the end of the body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Live  |  Europe  |  Ukraine  |  Russia  |  Economy  |  Newsletter", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["p"]:
            L += paras(e["p"][:-1]) + [e["p"][-1] + (f" ({e['a']})" if e.get("sig") else ""), ""]
        else:
            L += ["\u25b6 Play video", ""]
        if i == 3:
            L += ["Support independent journalism: become a Whitlaw Courier member.", ""]
    L += ["The live blog will resume tomorrow morning.", "", f"{S['source']}  |  Imprint  |  Privacy  |  Contact"]
    return "\n".join(L) + "\n", stamps


def r_halvard(S):
    """HTML live blog (US), newest first. JSON-LD @graph: ['NewsArticle','LiveBlogPosting'] node whose liveBlogUpdate items all carry
    the PAGE's headline and datePublished (no per-update time); visible '2:35 p.m. EDT' in <time>, h3 headline, author line."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{9000 + i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]) or e["h"])[:1000]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"},
         "liveBlogUpdate": ups}]}
    ap = lambda d: f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{S["source"]}</a> <nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a> <a>Subscribe</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap(d)} EDT"; stamps.append(st)
        out.append(f'<section class="block" id="block-{9000 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 1:
            out.append('<aside class="newsletter">Sign up for The Morning Dispatch, our free daily newsletter.</aside>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Terms of Use \u00b7 Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3 (2029-10-24)
NOVO = "novorossiysk-oil-terminal-drone-attack-2029-10-24"
RUTTE = "rutte-kyiv-visit-2029-10-24"
ZAP24 = "zaporizhzhia-missile-strike-2029-10-24"

# ---------------------------------------------------------------- 17640 Amberleigh Times
SEEDS.append(dict(
  id="17640", name="17640_amberleigh-worldatom", ext="xml", source="Amberleigh Times", zone="UTC", render=r_atom,
  title="Amberleigh Times \u2014 World", url="https://amberleigh-times.example", guid="at24-",
  lede="World news from the Amberleigh Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (Spanish budget, Indonesian volcano, Nigerian central bank, New Zealand election count). War items: the Novorossiysk attack spelled 'Novorossiisk' and Rutte's Kyiv visit.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  OFF("2029-10-24 21:30", "Spain\u2019s parliament approves first budget in three years",
      ["Spain\u2019s Congress of Deputies approved the government\u2019s budget on Wednesday, the first to pass since 2026, after a regional party agreed to back it."],
      "spain-budget-approved-2029-10", n="Spanish politics"),
  E("2029-10-24 18:05", "NATO chief visits Kyiv, promises steady support",
    ["NATO Secretary General Mark Rutte arrived in Kyiv on Wednesday, telling Ukrainian leaders that allies would keep supplying air defence through the winter."],
    "diplomacy", "diplomacy", 3, RUTTE, sec=["aid"]),
  OFF("2029-10-24 14:40", "Volcano erupts on Indonesian island, closing airport",
      ["A volcano on the island of Flores erupted on Wednesday, sending an ash column several kilometres high and forcing the closure of a nearby airport."],
      "flores-volcano-eruption-2029-10-24", n="natural disaster"),
  E("2029-10-24 11:15", "Drones strike Russian oil terminal at Novorossiisk",
    ["Ukrainian drones attacked the Sheskharis oil terminal in the Russian Black Sea port of Novorossiisk overnight, starting a fire and damaging a tanker, Russian regional officials said. Several people were injured."],
    "strikes", "strikes", 3, NOVO, n="spelling 'Novorossiisk'"),
  OFF("2029-10-24 08:20", "Nigeria\u2019s central bank holds rates as inflation eases",
      ["Nigeria\u2019s central bank kept its benchmark rate unchanged on Wednesday, saying it wanted to see inflation fall further before easing policy."],
      "nigeria-central-bank-rate-2029-10", n="African economy"),
  OFF("2029-10-24 05:10", "New Zealand election: special votes confirm result",
      ["The final count of special votes in New Zealand\u2019s general election did not change the outcome, the Electoral Commission said."],
      "new-zealand-election-final-count-2029", n="NZ politics"),
  ]))

# ---------------------------------------------------------------- 17641 Whitlaw Courier
SEEDS.append(dict(
  id="17641", name="17641_whitlaw-textlive", ext="txt", source="Whitlaw Courier", zone="Europe/Berlin", render=r_whitlaw,
  title="Ukraine war live: Drones hit Novorossiysk oil terminal; NATO\u2019s Rutte in Kyiv",
  dateline="Wednesday 24 October \u2013 all times CEST", parse_args=["--date", "2029-10-24"],
  lede="Ukraine strikes Russia\u2019s largest oil export terminal on the Black Sea. The NATO secretary general visits Kyiv.",
  basis="bare stamp '{s}' (Berlin time, CEST = UTC+2 as the date line says) on 'Wednesday 24 October' (no year anywhere; parse_args gives 2029-10-24); local {d} in {z}",
  notes="Invented outlet (Berlin, English-language). Text live blog, oldest first; date line 'Wednesday 24 October \u2013 all times CEST' and NO year anywhere on the page (parse_args --date 2029-10-24). Bare 'HH:MM' line before each headline. The author's name is printed in brackets at the end of the last paragraph of some posts ('(Lena Vogt)'): it is part of that printed paragraph but read as author; posts without it have author null. 17641-03 is a 'Video:' teaser without text. 17641-05 is a theme piece (Ukraine's campaign against Russian oil revenue) that mentions Novorossiysk but is its own story. 17641-06 repeats 17641-01 nearly verbatim (duplicate_of 17641-01). 17641-02 (Afipsky refinery, same Krasnodar region, same night) is a different strike.",
  not_entries=["outlet name and navigation", "title", "date line", "standfirst", "'\u25b6 Play video' placeholder", "membership promo after the fourth post", "closing line", "footer"],
  entries=[
  E("2029-10-24 07:50", "Drones set fire to oil terminal in Novorossiysk",
    ["Ukrainian drones hit the Sheskharis oil terminal in Novorossiysk overnight, starting a large fire at a loading pier, according to the governor of Russia\u2019s Krasnodar region.",
     "Two port workers were injured, he said."],
    "strikes", "strikes", 3, NOVO, a="Lena Vogt", sig=True, n="first report; two injured"),
  E("2029-10-24 08:40", "Refinery near Afipsky also hit, Russian officials say",
    ["A separate group of drones struck the Afipsky oil refinery, about 100 kilometres from Novorossiysk, causing a brief fire at a processing unit, local officials said. No one was hurt."],
    "strikes", "strikes", 2, "afipsky-refinery-drone-attack-2029-10-24", a="Lena Vogt", sig=True,
    n="same region and night, different target: must not merge with the Novorossiysk attack"),
  E("2029-10-24 10:15", "Video: Tanker ablaze at Novorossiysk terminal", [], "strikes", "strikes", 1, NOVO, a=None, n="video teaser without text"),
  E("2029-10-24 12:00", "Kremlin calls attack on Novorossiysk terminal \u2018terrorism\u2019",
    ["Kremlin spokesman Dmitry Peskov said the attack on the oil terminal was an act of terrorism aimed at global energy markets and that Russia would respond.",
     "Oil prices rose by about 2% in European trading after the strike."],
    "strikes", "strikes", 3, NOVO, a=None, n="official reaction whose content is the attack: same story"),
  E("2029-10-24 13:30", "Analysis: Kyiv\u2019s long-range campaign against Russia\u2019s oil earnings",
    ["The strike on Novorossiysk is the boldest move yet in a campaign Ukraine has waged for years against the refineries and ports that earn Moscow its hard currency.",
     "Oil and gas still pay for roughly a third of Russia\u2019s federal budget. Each refinery outage forces Russia to export more crude and less fuel, and each damaged pier slows the tankers that carry it.",
     "The effect on the war itself is harder to measure: Russia has repaired most damaged sites within weeks."],
    "strikes", "strikes", 2, "analysis-ukraine-campaign-russian-oil-revenue", a="Jonas Brenner", sig=True,
    n="theme piece (analysis); mentions the Novorossiysk attack but is its own story: must not merge with it"),
  E("2029-10-24 15:45", "Drones set fire to oil terminal in Novorossiysk",
    ["Ukrainian drones hit the Sheskharis oil terminal in Novorossiysk overnight, starting a large fire at a loading pier, according to the governor of Russia\u2019s Krasnodar region.",
     "Two port workers were hurt, he said."],
    "strikes", "strikes", 1, NOVO, a="Lena Vogt", sig=True, dup="17641-01", n="near-verbatim repeat of 17641-01 ('injured' -> 'hurt')"),
  E("2029-10-24 17:20", "Rutte in Kyiv: allies \u2018will not look away\u2019",
    ["NATO Secretary General Mark Rutte met President Volodymyr Zelensky in Kyiv and said allies would not look away as Russia prepared for another winter of attacks on Ukraine\u2019s power grid.",
     "He said NATO would coordinate deliveries of interceptor missiles from several member states."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Jonas Brenner", sig=True, sec=["aid"]),
  ]))

# ---------------------------------------------------------------- 17642 Vintry Wire
SEEDS.append(dict(
  id="17642", name="17642_vintry-rss", ext="xml", source="Vintry Wire", zone="Europe/Kyiv", render=r_rss,
  title="Vintry Wire \u2013 Ukraine", url="https://vintry-wire.example", guid="vw-1024",
  lede="Wire copy on Russia\u2019s war against Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (news agency). RSS 2.0, newest first, pubDate with +0300, dc:creator per item. The Novorossiysk attack grows across the day (Ukraine's claim, Russia's count of 47 drones, five hurt and loadings halted). 17642-04 (EU proposal to list more shadow-fleet tankers) is the same theme (Russian oil exports) but another event: must not merge with the Novorossiysk attack.",
  not_entries=["channel title, link, description and language", "item link, guid and category elements"],
  entries=[
  E("2029-10-24 22:15", "Russian missiles kill three in Zaporizhzhia",
    ["Three people were killed and 14 wounded when Russian missiles hit an industrial area and nearby homes in Zaporizhzhia on Wednesday afternoon, the regional governor said."],
    "strikes", "strikes", 3, ZAP24, a="Serhii Dovbnia", n="toll 3"),
  E("2029-10-24 19:30", "Rutte promises coordinated interceptor deliveries on Kyiv visit",
    ["NATO Secretary General Mark Rutte said during a visit to Kyiv that the alliance would coordinate deliveries of air defence interceptors from member states before the coldest months."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Katya Morrell", sec=["aid"]),
  E("2029-10-24 16:10", "Novorossiysk terminal halts loadings after drone strike; five hurt",
    ["The operator of the Sheskharis terminal in Novorossiysk suspended tanker loadings after the overnight drone attack, two trading sources said. Regional officials raised the number of injured to five."],
    "strikes", "strikes", 3, NOVO, a="Katya Morrell", n="five injured; loadings halted"),
  E("2029-10-24 12:45", "EU Commission proposes blacklisting 60 more shadow fleet tankers",
    ["The European Commission proposed adding 60 tankers to the list of vessels banned from EU ports and services, saying they helped Russia get around the oil price cap."],
    "diplomacy", "diplomacy", 2, "eu-proposal-shadow-fleet-tankers-2029-10-24", a="Katya Morrell",
    n="same theme (Russian oil exports), another event: must not merge with the Novorossiysk attack"),
  E("2029-10-24 09:20", "Russia says it downed 47 drones in attack on Novorossiysk",
    ["Russia\u2019s defence ministry said air defences destroyed 47 Ukrainian drones over the Krasnodar region and the Black Sea during the night, most of them heading for Novorossiysk."],
    "strikes", "strikes", 3, NOVO, a="Serhii Dovbnia", n="47 drones"),
  E("2029-10-24 06:05", "Ukraine\u2019s general staff confirms strike on Sheskharis terminal",
    ["Ukraine\u2019s general staff said its drone forces hit the Sheskharis oil terminal in Novorossiysk, which it called a key source of funding for Russia\u2019s war."],
    "strikes", "strikes", 3, NOVO, a="Serhii Dovbnia", n="Ukrainian claim of the same attack"),
  ]))

# ---------------------------------------------------------------- 17643 Halvard Journal
SEEDS.append(dict(
  id="17643", name="17643_halvard-htmllive", ext="html", source="Halvard Journal", zone="America/New_York", render=r_halvard,
  title="Ukraine strikes Russian oil port: live updates", url="https://halvard-journal.example/live/2029/10/24/ukraine-russia",
  dateline="Wednesday, Oct. 24, 2029", lede="Follow the latest on Russia\u2019s war in Ukraine from our correspondents in Kyiv, Washington and Brussels.",
  basis="visible stamp '{s}' (US Eastern daylight time, UTC-4) under the dateline 'Wednesday, Oct. 24, 2029'; the JSON-LD update times are the page's, not the posts'; local {d} in {z}",
  notes="Invented outlet (US). HTML live blog, newest first. JSON-LD @graph with an @type ['NewsArticle','LiveBlogPosting'] node whose liveBlogUpdate items all carry the PAGE's headline and datePublished (the first post's time), so per-post time and headline must come from the visible blocks ('2:35 p.m. EDT' in <time>, h3). Author line under some headlines. The Zaporizhzhia strike is reported here with two dead (Vintry Wire later says three): same story. 17643-06 (drones on Kyiv suburbs the night before) is a strike on Ukraine, not the Novorossiysk attack.",
  not_entries=["header and navigation", "title", "dateline", "dek", "newsletter box after the second post", "footer"],
  entries=[
  E("2029-10-24 17:40", "Senate committee advances Ukraine security assistance bill",
    ["The Senate Foreign Relations Committee voted 15-6 to advance a bill authorizing $8 billion in security assistance for Ukraine over two years, sending it to the full Senate."],
    "aid", "aid", 2, "senate-committee-ukraine-assistance-bill-2029-10-24", a="Daniel Okafor", n="committee step, not a final vote: importance 2"),
  E("2029-10-24 14:35", "Fire out at Novorossiysk terminal, damaged tanker towed away",
    ["Firefighters put out the blaze at the Sheskharis terminal by midafternoon local time, and tugboats pulled a damaged tanker away from the pier, Russian state media reported."],
    "strikes", "strikes", 3, NOVO, a="Daniel Okafor"),
  E("2029-10-24 11:20", "State Department says U.S. had no role in Novorossiysk strike",
    ["A State Department spokesperson said the United States was not involved in planning Ukraine\u2019s attack on the Russian oil terminal and had not been told about it in advance."],
    "strikes", "strikes", 3, NOVO, a=None, sec=["diplomacy"], n="statement whose content is the attack: same story"),
  E("2029-10-24 09:05", "Russian missile strike on Zaporizhzhia kills two",
    ["At least two people were killed when Russian missiles struck Zaporizhzhia in southern Ukraine, the regional governor said. Rescue work is continuing."],
    "strikes", "strikes", 3, ZAP24, a="Oksana Reed", n="toll 2 (rises to 3 on 17642)"),
  E("2029-10-24 06:30", "Ukraine\u2019s parliament extends martial law for another 90 days",
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilization for a further 90 days, the standard period it has approved since the start of the full-scale invasion."],
    "other", "politics", 2, "ukraine-martial-law-extension-2029-10-24", a="Oksana Reed"),
  E("2029-10-24 02:10", "Drones damage homes in Kyiv suburbs",
    ["Russian drones damaged several houses in the Bucha and Brovary districts outside Kyiv overnight, the regional administration said. One person was treated for cuts from broken glass."],
    "strikes", "strikes", 2, "kyiv-region-drone-damage-2029-10-24", a="Oksana Reed", n="strike on Ukraine the same night: must not merge with the Novorossiysk attack"),
  ]))


if __name__ == "__main__":
    main()

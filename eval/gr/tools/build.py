#!/usr/bin/env python3
"""Builds the eval/gr seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in November 2031 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gr/tools/build.py"""
import html, json, os, re, unicodedata
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.", "Nov.", "Dec.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an off-beat item (not about the war): other/unrelated, importance 1."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u201e]|$)', par):
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


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slugify(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u2019", "").replace("'", "")).strip("-")[:72]


def war_day(d):
    """day number of the full-scale war (24 February 2022 = day 1)."""
    return (d.date() - date(2022, 2, 24)).days + 1


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
            fs = first_sentence(e["p"][0]) if e["p"] else None
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
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

# ---------------------------------------------------------------- 20100 ERR News (text scrape of a tag listing)
def r_err(S):
    """ERR News tag listing, text scrape. Newest first; each card: photo credit, section label, headline, 'dd.mm.yyyy HH:MM'
    (Estonian time, no zone printed), one lead paragraph. No bylines on the listing."""
    z = S["zone"]; order_check(S, True)
    L = ["ERR", "Eesti   Русский   English", "", "ERR News", "",
         "News   Politics   Economy   Defense   Culture   Sports   Opinion   Feature   Interview   Podcast   Newsletter", "Search", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        L += [f"Photo: {e['photo']}", e["label"], e["h"], st] + ptxt(e["p"])
        if i == 3:
            L += ["Get the ERR News newsletter: a short round-up of Estonian news every weekday evening.", "Subscribe", ""]
    L += ["More news", "", "ERR News is the English-language news service of Estonian Public Broadcasting (ERR).",
          "Contact the ERR News team   Terms of use   Cookie settings", f"© {dt(S['entries'][0]['t'], z).year} ERR"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20100", name="20100_errnews-taglisting", ext="txt", source="ERR News", zone="Europe/Tallinn", render=r_err,
  title="Russia's war in Ukraine",
  basis="card stamp '{s}' (day.month.year and 24-hour clock, no zone printed; Estonian time, EET = UTC+2 in November); local {d} in {z} = {u} UTC",
  notes="Imitates an ERR News tag listing ('Russia's war in Ukraine') as copied from a browser. Cards newest first: photo credit line, section label (News, Defense, Politics, Feature), headline, stamp 'dd.mm.yyyy HH:MM' on its own line (no zone; Estonian time), one lead paragraph. No bylines on the listing, so author is null throughout. The newest card (23:50 local on 3 November) is 21:50 UTC, still 3 November. A newsletter box follows the fourth card. The 'Feature |' card is a theme piece about volunteer convoys.",
  not_entries=["'ERR' logo and language switch 'Eesti   Русский   English'", "'ERR News' masthead", "navigation menu and 'Search'",
               "tag heading 'Russia's war in Ukraine'", "'Photo: ...' credit line above each card", "section labels above the headlines (News, Defense, Politics, Feature)",
               "newsletter box after the fourth card ('Get the ERR News newsletter ...' / 'Subscribe')", "'More news' button", "footer: service description, contact/terms line, copyright"],
  entries=[
  E("2031-11-03 23:50", "Pevkur: next Ukraine aid package to center on interceptor drones",
    ["Estonia's next military aid package for Ukraine, worth €95 million, will be spent mostly on drones built to intercept Russian attack drones, Minister of Defense Hanno Pevkur said on Monday evening."],
    "aid", "aid", 2, "estonia-interceptor-drone-aid-package-2031-11-03", label="Defense", photo="Kaspar Lemberg/ERR"),
  E("2031-11-03 19:05", "Border guard: drone that fell near Narva was Russian reconnaissance craft",
    ["The Police and Border Guard Board (PPA) said on Monday that a drone found in a field outside Narva on Sunday was a Russian-made reconnaissance model that had most likely strayed across the border while being jammed."],
    "other", "security", 2, "narva-russian-reconnaissance-drone-2031-11-03", label="News", photo="PPA"),
  E("2031-11-03 16:40", "Michal in Kyiv: Estonia will keep 0.25 percent pledge to Ukraine",
    ["Prime Minister Kristen Michal, on an unannounced visit to Kyiv on Monday, told President Volodymyr Zelensky that Estonia would go on spending a quarter of a percent of its GDP on military aid to Ukraine for at least two more years."],
    "diplomacy", "diplomacy", 3, "michal-kyiv-visit-2031-11-03", sec=["aid"], label="Politics", photo="Government Office",
    n="head-of-government visit to Kyiv (importance 3); the aid pledge is secondary"),
  E("2031-11-03 14:15", "Tartu University Hospital has treated 14 wounded Ukrainian soldiers this year",
    ["Doctors at Tartu University Hospital have treated 14 wounded Ukrainian servicemen since January, most of them for complex limb injuries that needed several operations, the hospital said."],
    "other", "humanitarian", 2, "tartu-hospital-wounded-ukrainian-soldiers-2031-11-03", label="News", photo="Rasmus Kõiv/ERR"),
  E("2031-11-03 11:30", "Feature | The Estonian volunteers who drive generators to Kharkiv",
    ["Every second Friday, a small convoy of vans leaves a warehouse in Tallinn's Lasnamäe district loaded with generators, heaters and first-aid kits, bound for villages in the Kharkiv region some 2,000 kilometers away."],
    "aid", "aid", 2, "feature-estonian-volunteer-generator-convoys", label="Feature", photo="Private collection",
    n="theme piece (feature about volunteer convoys, no single event)"),
  E("2031-11-03 09:10", "Two killed as Russian missiles hit Kharkiv power plant overnight",
    ["Russian missiles struck a combined heat and power plant in Kharkiv overnight into Monday, killing two workers and cutting heating to parts of the city, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-power-plant-missile-strike-2031-11-03", label="News", photo="Scanpix/AP"),
  E("2031-11-03 07:45", "Court jails Maardu man for gathering information for Russia's FSB",
    ["A 46-year-old man from Maardu has been sentenced to six years in prison for photographing military sites in northern Estonia on the orders of Russia's FSB, the Office of the Prosecutor General said."],
    "other", "security", 2, "maardu-fsb-spy-sentenced-2031-11-03", label="News", photo="Kaspar Lemberg/ERR"),
  ]))

# ---------------------------------------------------------------- 20101 LSM (HTML section listing with date groups)
def r_lsm(S):
    """LSM English (eng.lsm.lv) section listing, HTML. Cards grouped under date headers ('5 November 2031'); each card: bare
    visible time '14:32' in <time datetime> (Riga offset), h3 headline link, one lead paragraph; no bylines; 'Most read' sidebar."""
    z = S["zone"]; order_check(S, True)
    base = "https://eng.lsm.lv"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - LSM</title>',
           '<meta property="og:site_name" content="eng.lsm.lv"></head><body>',
           '<div class="cookie-notice">This website uses cookies. <a href="/cookies/">More information</a> <button>OK</button></div>',
           '<header class="header"><a class="logo" href="/">LSM.lv</a> <span class="tagline">Public Broadcasting of Latvia</span>'
           '<nav class="lang"><a href="https://www.lsm.lv/">LV</a> <a href="https://rus.lsm.lv/">RU</a> <a class="active" href="/">EN</a></nav>'
           '<nav class="menu"><a href="/latvia/">Latvia</a> <a href="/politics/">Politics</a> <a href="/economy/">Economy</a> <a href="/defense/">Defense</a> '
           '<a href="/society/">Society</a> <a href="/culture/">Culture</a> <a href="/sport/">Sport</a> <a href="/world/">World</a> '
           '<a href="/features/">Features</a></nav></header>', f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []; last_day = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if d.date() != last_day:
            out.append(f'<h2 class="date-divider">{d.day} {MONTHS[d.month - 1]} {d.year}</h2>'); last_day = d.date()
        url = f"{base}/article/{e['sec_path']}/{slugify(e['h'])}.a{612840 - i * 23}/"
        out.append(f'<div class="article-item"><time datetime="{d.isoformat()}">{st}</time>'
                   f'<h3><a href="{url}">{esc(e["h"])}</a></h3>' + "".join(f'<p class="lead">{esc(p)}</p>' for p in e["p"]) + '</div>')
    out += ['<a class="load-more" href="?page=2">Show more</a></main>',
            '<aside class="most-read"><h3>Most read</h3><ol>' + "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in S["most_read"]) + '</ol></aside>',
            '<footer><p>eng.lsm.lv is the English-language news service of Latvian Public Media.</p>'
            '<a href="/about/">About us</a> <a href="/contacts/">Contacts</a> <a href="/privacy/">Privacy policy</a>'
            f'<p>© {dt(S["entries"][-1]["t"], z).year} LSM</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20101", name="20101_lsm-warinukraine", ext="html", source="LSM", zone="Europe/Riga", render=r_lsm,
  title="War in Ukraine",
  basis="visible bare time '{s}' under the date divider printed above it (Riga time, EET = UTC+2; the card's <time datetime> agrees); local {d} in {z} = {u} UTC",
  notes="Imitates the LSM English-language 'War in Ukraine' section listing (eng.lsm.lv), HTML without JSON-LD. Cards newest first, grouped under date dividers; each card shows only a bare 24-hour time (no zone printed), the headline and one lead paragraph; no bylines. The top card sits under the divider '6 November 2031' at 00:20 Riga time, which is 22:20 UTC on 5 November, so the whole page is one UTC day (5 November). A 'Most read' sidebar follows the list.",
  most_read=["Riga city council approves budget for new tram line", "Weather: first snow expected in Latgale on Friday",
             "Latvian hockey team names squad for December tournament"],
  not_entries=["cookie notice", "'LSM.lv' logo, tagline and language links (LV/RU/EN)", "section navigation menu", "section heading 'War in Ukraine'",
               "date dividers '6 November 2031' and '5 November 2031' (structure, not entries)", "'Show more' link",
               "'Most read' sidebar with three unrelated links", "footer (service description, links, copyright)"],
  entries=[
  E("2031-11-06 00:20", "Latvia bars 18 more Russian citizens from entering over support for the war",
    ["The Interior Ministry has added 18 Russian citizens, among them two State Duma deputies and a television presenter, to the list of people banned from entering Latvia for publicly backing Russia's war against Ukraine."],
    "diplomacy", "diplomacy", 2, "latvia-entry-bans-russian-citizens-2031-11-05", sec_path="politics",
    basis="bare time '{s}' under the date divider '6 November 2031' (Riga time, EET = UTC+2): local {d} in {z} = {u} UTC, the previous UTC day"),
  E("2031-11-05 21:10", "Rinkēvičs offers Riga as venue for Ukraine recovery conference",
    ["President Edgars Rinkēvičs told President Volodymyr Zelensky in a phone call on Wednesday that Latvia was ready to host next year's international conference on Ukraine's recovery."],
    "diplomacy", "diplomacy", 3, "rinkevics-zelensky-call-recovery-conference-2031-11-05", sec_path="politics",
    n="head-of-state call about the war (importance 3)"),
  E("2031-11-05 17:45", "Latvian-made interceptor drones arrive in Ukraine under drone coalition",
    ["The first 600 interceptor drones built by Latvian manufacturers for the international drone coalition have been delivered to Ukraine's armed forces, the Ministry of Defense said."],
    "aid", "aid", 2, "latvia-interceptor-drones-delivered-2031-11-05", sec_path="defense"),
  E("2031-11-05 15:05", "Saeima extends support for Ukrainian civilians by two years",
    ["The Saeima on Wednesday voted 61 to 22 to extend the law on support for Ukrainian civilians, which guarantees health care, schooling and work permits for some 38,000 Ukrainians living in Latvia."],
    "other", "humanitarian", 2, "saeima-ukrainian-civilians-support-law-2031-11-05", sec_path="society"),
  E("2031-11-05 12:30", "Russian glide bomb kills one in Kramatorsk",
    ["A Russian guided aerial bomb struck a residential street in Kramatorsk on Wednesday morning, killing a 58-year-old man and damaging 11 houses, Ukrainian regional authorities reported."],
    "strikes", "strikes", 3, "kramatorsk-glide-bomb-2031-11-05", sec_path="world"),
  E("2031-11-05 09:40", "Riga Airport briefly halts flights after drone sighting",
    ["Takeoffs and landings at Riga International Airport were suspended for 50 minutes on Wednesday morning after the crew of an arriving aircraft reported a drone near the runway, the State Police said."],
    "other", "security", 2, "riga-airport-drone-sighting-2031-11-05", sec_path="latvia",
    n="listed in the war section; hybrid-threat incident, no attack"),
  ]))

# ---------------------------------------------------------------- 20102 Delfi EN (HTML live blog + NewsArticle JSON-LD)
def r_delfi(S):
    """Delfi EN live article, HTML. NewsArticle JSON-LD (page dates only, no updates); updates newest first, each with a visible
    'YYYY-MM-DD HH:MM' stamp (Lithuanian time, no zone printed), h3 headline, source/author line, paragraphs."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Organization", "name": "DELFI EN"}],
          "publisher": {"@type": "Organization", "name": "DELFI", "logo": {"@type": "ImageObject", "url": "https://www.delfi.lt/static/img/delfi-logo.png"}},
          "image": ["https://g.delfi.lt/images/pix/ukraine-live-cover.jpg"], "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - DELFI EN</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="https://www.delfi.lt/en/">DELFI <span>EN</span></a>'
           '<nav><a href="/en/politics/">Politics</a> <a href="/en/business/">Business</a> <a href="/en/defence/">Defence</a> '
           '<a href="/en/society/">Society</a> <a href="/en/culture/">Culture</a> <a href="/en/opinion/">Opinion</a> <a href="/en/war-in-ukraine/">War in Ukraine</a></nav>'
           '<a class="btn-subscribe" href="/plius/">Subscribe</a></header>',
           f'<main><div class="article-label">LIVE</div><h1 class="article-title">{esc(S["title"])}</h1>',
           f'<div class="article-info"><span class="source">DELFI EN</span> <span class="date">{first:%Y-%m-%d %H:%M}</span></div>',
           f'<p class="article-lead">{esc(S["lede"])}</p>', '<div class="share"><a>Facebook</a> <a>X</a> <a>Copy link</a></div>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%Y-%m-%d %H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post" id="lp-{98410 - i * 7}"><div class="live-post__time">{st}</div><h3>{esc(e["h"])}</h3>'
                   f'<div class="live-post__source">{esc(e["a"])}</div>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
        if i == 4:
            out.append('<div class="related-inline">Read also: <a href="/en/war-in-ukraine/">How Lithuanian drone makers are scaling up for the front</a></div>')
    out += ['</div>', '<div class="article-tags"><a>Ukraine</a> <a>Russia</a> <a>war</a></div>',
            '<p class="copyright">All rights reserved. Reproducing DELFI content in any form without written permission is prohibited.</p></main>',
            f'<footer>DELFI · About us · Advertising · Contacts · Privacy <p>© {last.year} DELFI</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20102", name="20102_delfien-live", ext="html", source="Delfi", zone="Europe/Vilnius", render=r_delfi,
  title="LIVE. Russia's war against Ukraine: day 3,544", start="2031-11-07 07:30",
  url="https://www.delfi.lt/en/war-in-ukraine/live-russias-war-against-ukraine-day-3544-120398771",
  lede="The latest developments of Russia's war against Ukraine, updated throughout the day.",
  basis="update stamp '{s}' (ISO-style date and 24-hour time, no zone printed; Lithuanian time, EET = UTC+2); local {d} in {z} = {u} UTC",
  notes="Imitates a Delfi English-language (Delfi EN) live article, HTML. NewsArticle JSON-LD carries only the page's own dates (07:30 start, last update) and no per-update data, so entry times come from the visible 'YYYY-MM-DD HH:MM' stamp of each update (Lithuanian time, no zone printed). Updates newest first; each has a source/author line under the headline: agency credits ('ELTA', 'BNS', 'Reuters') are kept as printed as the author, like the one named reporter. The page header's own 'DELFI EN 2031-11-07 07:30' line is the article's start, not an update. An ad slot and a 'Read also' link sit between updates.",
  not_entries=["site header (DELFI EN logo, navigation, 'Subscribe')", "'LIVE' label", "page title h1", "article info line 'DELFI EN 2031-11-07 07:30' (page start, not an update)",
               "lead 'The latest developments of Russia's war against Ukraine, updated throughout the day.'", "share buttons", "'Advertisement' slot after the third update",
               "related link 'Read also: How Lithuanian drone makers are scaling up for the front'", "tag links (Ukraine, Russia, war)", "copyright notice and footer"],
  entries=[
  E("2031-11-07 20:40", "Nausėda: Lithuania will set aside 0.3% of GDP for Ukraine's defence next year",
    ["President Gitanas Nausėda said on Friday that Lithuania would allocate at least 0.3 percent of its gross domestic product to military support for Ukraine next year, roughly €260 million.",
     "The sum will be written into the defence budget that the Seimas is due to debate next month, the president's chief adviser told journalists."],
    "aid", "aid", 3, "lithuania-gdp-share-ukraine-aid-2031-11-07", a="ELTA", n="aid of about €260 million (importance 3)"),
  E("2031-11-07 18:15", "Russia claims capture of village near Pokrovsk, Kyiv says fighting continues",
    ["Russia's Defence Ministry said on Friday its troops had taken the village of Sukhyi Yar west of Pokrovsk, a claim the Ukrainian army rejected as premature.",
     "A spokesman for the Ukrainian forces in the area said fighting was going on at the edge of the village and that Russian units had taken heavy losses."],
    "other", "frontline", 2, "sukhyi-yar-capture-claim-2031-11-07", a="Reuters"),
  E("2031-11-07 16:05", "Ukrainian drones hit oil refinery in Ryazan region, governor says",
    ["A fire broke out at an oil refinery in Russia's Ryazan region after a Ukrainian drone attack early on Friday, the regional governor said on Telegram, adding that no one had been hurt.",
     "Ukraine's General Staff later confirmed the strike, saying the plant supplied fuel to Russian units in the south."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2031-11-07", a="BNS"),
  E("2031-11-07 13:20", "Lithuanian volunteers hand over 40 pickup trucks to Ukrainian brigades",
    ["A Lithuanian volunteer group has handed over 40 used pickup trucks, bought with money raised from more than 9,000 donors, to three Ukrainian brigades fighting in the Donetsk region.",
     "The vehicles were driven to Ukraine in two convoys this week, the organisers said."],
    "aid", "aid", 2, "lithuanian-volunteers-pickup-trucks-2031-11-07", a="Gabrielė Kazlauskaitė"),
  E("2031-11-07 11:00", "Missile strike on Kryvyi Rih kills four, injures 19",
    ["A Russian ballistic missile hit a residential area of Kryvyi Rih on Friday morning, killing four people and injuring 19, the head of the city's defence council said.",
     "Two five-storey buildings and a school were damaged, and rescuers were still searching the debris at midday."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-11-07", a="BNS"),
  E("2031-11-07 09:30", "Ukraine says it downed 88 of 112 drones launched overnight",
    ["Russia launched 112 attack and decoy drones and two Iskander-M missiles at Ukraine overnight, and 88 of the drones were shot down or jammed, Ukraine's Air Force said on Friday."],
    "strikes", "strikes", 3, "overnight-drone-attack-2031-11-07", a="ELTA", n="combined attack with 100+ drones (importance 3)"),
  E("2031-11-07 07:50", "Kremlin: no Putin-Zelensky meeting before a framework is agreed",
    ["Kremlin spokesman Dmitry Peskov said on Friday that a meeting between Vladimir Putin and Volodymyr Zelensky could only happen once negotiators had agreed the framework of a settlement."],
    "diplomacy", "diplomacy", 2, "kremlin-putin-zelensky-meeting-conditions-2031-11-07", a="Reuters"),
  ]))

# ---------------------------------------------------------------- 20103 Radio Prague International (text scrape of the News listing)
def r_rpi(S):
    """Radio Prague International 'News' listing, text scrape. Newest first; each item: headline, lead paragraph(s), then
    'NAME' and '10 November 2031, 19:45' lines (Prague time, no zone printed). Czech domestic items mixed in."""
    z = S["zone"]; order_check(S, True)
    L = ["Radio Prague International", "Czech Radio's international service", "", "Čeština   Deutsch   English   Español   Français   Русский", "",
         "News   Politics   Economy   Society   Culture   History   Sport   Czechs in a Minute   Podcasts", "Listen live   Search", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["a"], st, "Share", ""]
        if i == 3:
            L += ["Subscribe to our weekly newsletter with the best of Radio Prague International.", "Sign up", ""]
    L += ["Older news", "", "Radio Prague International   Vinohradská 12, Prague 2   Contact   Privacy   Cookie settings",
          f"© Český rozhlas {dt(S['entries'][0]['t'], z).year}"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20103", name="20103_radioprague-news", ext="txt", source="Radio Prague International", zone="Europe/Prague", render=r_rpi,
  title="News",
  basis="item stamp '{s}' (day month year, 24-hour clock, no zone printed; Prague time, CET = UTC+1 in November); local {d} in {z} = {u} UTC",
  notes="Imitates the Radio Prague International English 'News' listing as copied from a browser. Items newest first: headline, short body, then the author's name and '10 November 2031, 19:45' (no zone; Prague time) and a 'Share' link. Three of the seven items are Czech domestic news with no link to the war (central bank, snow, football), labelled off-beat. A newsletter box follows the fourth item.",
  not_entries=["masthead 'Radio Prague International' and its tagline", "language switch line", "navigation menu and 'Listen live   Search'", "section heading 'News'",
               "author name and date lines under each item (byline and stamp, not body)", "'Share' links", "newsletter box after the fourth item",
               "'Older news' link", "footer with address, links and copyright"],
  entries=[
  E("2031-11-10 19:45", "Czech ammunition initiative delivered 1.1 million shells to Ukraine this year, says Pavel",
    ["The Czech-led initiative that buys artillery ammunition on world markets for Ukraine has delivered 1.1 million large-calibre shells since January, President Petr Pavel said on Monday.",
     "Speaking at a conference of defence manufacturers in Prague, the president said funding for next year was secured by contributions from 14 countries."],
    "aid", "aid", 3, "czech-ammunition-initiative-deliveries-2031-11-10", a="Tom Richter"),
  E("2031-11-10 17:10", "Police detain two men over arson attack on Prague bus depot",
    ["Prague police have detained two men suspected of setting fire to three buses at a depot in the Hostivař district last month, and are looking into whether they were recruited online by Russian intelligence."],
    "other", "security", 2, "prague-bus-depot-arson-arrests-2031-11-10", a="Eliška Novotná"),
  OFF("2031-11-10 15:30", "Czech National Bank keeps key interest rate unchanged",
    ["The Czech National Bank left its main two-week repo rate at 3.25 percent on Monday, saying wage growth was still too fast to allow further cuts."],
    "czech-national-bank-rate-decision-2031-11-10", a="Tom Richter", n="central bank rate decision"),
  E("2031-11-10 13:05", "Cabinet approves another year of temporary protection for Ukrainian refugees",
    ["The government on Monday approved a bill extending temporary protection for refugees from Ukraine by a further year, covering roughly 340,000 people living in the Czech Republic."],
    "other", "humanitarian", 2, "czech-temporary-protection-extension-2031-11-10", a="Daniela Havlíková"),
  OFF("2031-11-10 11:20", "Snow causes long delays on D1 motorway",
    ["Heavy overnight snow caused queues of up to 15 kilometres on the D1 motorway between Prague and Brno on Monday morning after several lorries slid off the road near Humpolec."],
    "d1-motorway-snow-delays-2031-11-10", a="Eliška Novotná", n="weather and traffic"),
  E("2031-11-10 09:40", "Foreign minister hosts Ukrainian counterpart Sybiha in Prague",
    ["The Czech foreign minister hosted Ukraine's Andrii Sybiha in Prague on Monday for talks on rebuilding Ukraine's energy grid and on the return of Ukrainian children taken to Russia."],
    "diplomacy", "diplomacy", 2, "sybiha-prague-visit-2031-11-10", a="Daniela Havlíková", n="ministerial visit (importance 2)"),
  OFF("2031-11-10 08:15", "UEFA fines Sparta Prague over fan pyrotechnics",
    ["European football's governing body has fined Sparta Prague €45,000 over flares lit by fans during last month's Conference League match at Letná."],
    "uefa-fine-sparta-prague-2031-11-10", a="Tom Richter", n="football"),
  ]))

# ---------------------------------------------------------------- 20104 TVP World (HTML live blog + LiveBlogPosting JSON-LD)
def r_tvp(S):
    """TVP World live page, HTML. LiveBlogPosting JSON-LD with one BlogPosting per update (datePublished in UTC, 'Z'); visible
    date header 'Wednesday, November 12, 2031', then updates newest first with a bare '22:30' (Warsaw time, no zone printed),
    h2 headline and paragraphs; video updates show only a player; no per-update bylines."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{9100 + len(S['entries']) - i}", "headline": e["h"],
             "datePublished": iso(d.astimezone(UTC)), "author": {"@type": "Organization", "name": "TVP World"}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": iso(first.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)),
          "coverageStartTime": iso(first.astimezone(UTC)), "coverageEndTime": iso(first.astimezone(UTC) + timedelta(hours=18)),
          "publisher": {"@type": "NewsMediaOrganization", "name": "TVP World", "logo": {"@type": "ImageObject", "url": "https://tvpworld.com/img/logo.svg"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | TVP World</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="header__logo" href="/">TVP WORLD</a><nav class="header__nav"><a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/society">Society</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a> '
           '<a href="/opinion">Opinion</a> <a href="/live">Live</a></nav><a class="header__tv" href="/tv">Watch TVP World live</a></header>',
           f'<main><div class="live-badge">LIVE</div><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="photo-caption">{esc(S["caption"])}</p>', f'<h3 class="live__date">{WEEKDAYS[last.weekday()]}, {MONTHS[last.month - 1]} {last.day}, {last.year}</h3>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="live__post" id="post-{9100 + len(S["entries"]) - i}"><time datetime="{iso(d.astimezone(UTC))}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player" data-duration="1:48"><button>Play</button></div>')
        out.append('<div class="share"><a>Share</a> <a>Copy link</a></div></section>')
        if i == 3:
            out.append('<aside class="newsletter"><h3>Sign up for the TVP World newsletter</h3><p>The most important news from Poland and the region, '
                       'every morning.</p><input type="email" placeholder="E-mail"> <button>Sign up</button></aside>')
    out += ['<a class="load-more">Load older posts</a>', '<aside class="related"><h3>Read more</h3>' + "".join(f'<a href="#">{esc(x)}</a>' for x in S["related"]) + '</aside></main>',
            f'<footer>TVP World · About · Contact · Privacy policy · Cookies <p>© Telewizja Polska S.A. {last.year}</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20104", name="20104_tvpworld-live", ext="html", source="TVP World", zone="Europe/Warsaw", render=r_tvp,
  title="Russia's war on Ukraine: day 3,549 live updates", start="2031-11-12 07:00",
  url="https://tvpworld.com/live/russias-war-on-ukraine-day-3549",
  lede="Live updates on Russia's full-scale invasion of Ukraine, now in its 3,549th day.",
  caption="Rescue workers at a damaged building. Photo: PAP/EPA",
  related=["Poland's border with Belarus: new barrier section completed", "How Polish arms makers are expanding shell production"],
  basis="bare time '{s}' under the date header 'Wednesday, November 12, 2031' (Warsaw time, CET = UTC+1; the update's JSON-LD datePublished and <time datetime> give the same instant in UTC); local {d} in {z} = {u} UTC",
  notes="Imitates a TVP World live page, HTML with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (UTC, 'Z'), consistent with the visible bare times (Warsaw time, CET = UTC+1, no zone printed) under one date header. Updates newest first, no per-update bylines (the JSON-LD author is the organisation), so author null. 20104-05 is a 'Watch:' video item with no text (teaser, importance 1). The 22:30 update is 21:30 UTC, same day.",
  not_entries=["site header (logo, navigation, 'Watch TVP World live')", "'LIVE' badge", "page title h1", "lead 'Live updates on Russia's full-scale invasion of Ukraine, now in its 3,549th day.'",
               "photo caption 'Rescue workers at a damaged building. Photo: PAP/EPA'", "date header 'Wednesday, November 12, 2031'", "share links under each update",
               "video player placeholder in the 'Watch:' item", "newsletter box after the fourth update", "'Load older posts'", "'Read more' box with two related links", "footer"],
  entries=[
  E("2031-11-12 22:30", "Poland scrambles jets as Russia attacks western Ukraine",
    ["Polish and allied aircraft were scrambled late on Wednesday as Russia launched cruise missiles and drones at targets in western Ukraine, Poland's Operational Command said.",
     "Ukraine's Air Force reported at least 12 cruise missiles heading for the Lviv and Volyn regions. Air raid alerts were in force across the west of the country."],
    "strikes", "strikes", 3, "western-ukraine-missile-attack-poland-jets-2031-11-12", n="massive attack (10+ missiles) under way; importance 3"),
  E("2031-11-12 20:10", "Sikorski: Poland will push for EU ban on remaining Russian LNG imports",
    ["Foreign Minister Radosław Sikorski said Poland would propose that the next EU sanctions package end all remaining imports of Russian liquefied natural gas by the spring."],
    "diplomacy", "diplomacy", 2, "sikorski-russian-lng-ban-proposal-2031-11-12"),
  E("2031-11-12 18:45", "Ukraine receives new batch of Polish Piorun launchers",
    ["Poland has delivered another 300 Piorun portable air-defence launchers to Ukraine under a contract financed by the EU's defence loan scheme, the state-owned arms group PGZ said.",
     "The company did not give the value of the order."],
    "aid", "aid", 2, "piorun-launchers-delivery-2031-11-12"),
  E("2031-11-12 16:20", "Russian drones injure nine in Kharkiv",
    ["Russian attack drones hit two residential buildings in Kharkiv's Saltivskyi district on Wednesday afternoon, injuring nine people, including a child, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2031-11-12"),
  E("2031-11-12 14:00", "Watch: Ukrainian sappers clear fields near Izium", [],
    "other", "humanitarian", 1, "izium-demining-video-2031-11-12", n="video teaser without text"),
  E("2031-11-12 12:15", "Nawrocki signs amended law on benefits for Ukrainian refugees",
    ["President Karol Nawrocki on Wednesday signed an amended law under which Ukrainian refugees will keep child benefits only if at least one parent works in Poland.",
     "The change takes effect on 1 January and, according to the Family Ministry, will affect about 60,000 families."],
    "other", "humanitarian", 2, "poland-refugee-benefits-law-2031-11-12"),
  E("2031-11-12 10:30", "Russia lost 1,050 troops in past day, Ukraine's General Staff says",
    ["Russian forces lost 1,050 soldiers killed or wounded over the past 24 hours, along with 31 artillery systems and seven tanks, Ukraine's General Staff said in its daily update."],
    "other", "frontline", 2, "general-staff-russian-losses-2031-11-12"),
  E("2031-11-12 08:05", "Tusk: Poland to train 5,000 more Ukrainian soldiers next year",
    ["Poland will train another 5,000 Ukrainian soldiers on its territory next year under the EU's military assistance mission, Prime Minister Donald Tusk said in a radio interview."],
    "aid", "aid", 2, "poland-training-ukrainian-soldiers-2031-11-12"),
  ]))

# ---------------------------------------------------------------- 20105 Balkan Insight (text scrape of the News section)
def r_bi(S):
    """Balkan Insight 'News' section, text scrape. Newest first; each card: country label, Title Case headline, author line
    'NAME   BIRN   CITY', then 'November 14, 2031 15:20' (no zone; Central European Time), then the standfirst paragraph."""
    z = S["zone"]; order_check(S, True)
    L = ["BIRN", "Balkan Transitional Justice   Reporting Democracy   Detektor   BIRN Network", "", "Balkan Insight", "",
         "News   Analysis   Opinion   Features   Investigations   Podcasts   Events   Newsletter",
         "Albania   Bosnia   Bulgaria   Croatia   Greece   Kosovo   Moldova   Montenegro   North Macedonia   Romania   Serbia   Turkey", "Search", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["country"], e["h"], f"{e['a']}   BIRN   {e['city']}", st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["BIRN Weekly: the region's top stories in your inbox every Friday.", "Sign up", ""]
    L += ["Older posts", "", "About BIRN   Contact   Privacy Policy   Republishing", f"© Balkan Insight {dt(S['entries'][0]['t'], z).year}"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20105", name="20105_balkaninsight-newslisting", ext="txt", source="Balkan Insight", zone="Europe/Belgrade", render=r_bi,
  title="News",
  basis="card stamp '{s}' (Month day, year and 24-hour clock, no zone printed; Central European Time, CET = UTC+1); local {d} in {z} = {u} UTC",
  notes="Imitates the Balkan Insight (BIRN) 'News' section as copied from a browser. Cards newest first: country label, Title Case headline, author line 'NAME   BIRN   CITY', stamp line 'November 14, 2031 15:20' (no zone printed; Central European Time), then one standfirst paragraph. Two cards are regional news with no link to the war (Kosovo parliament, Croatian tourism), labelled off-beat. A newsletter box follows the fourth card.",
  not_entries=["BIRN network bar", "'Balkan Insight' masthead", "section menu, country menu and 'Search'", "section heading 'News'",
               "country labels above the headlines", "author lines 'NAME   BIRN   CITY' (byline, not body)", "newsletter box after the fourth card",
               "'Older posts'", "footer links and copyright"],
  entries=[
  E("2031-11-14 17:40", "Moldova Expels Russian Diplomat Over Drone Flights Near Transnistria",
    ["Moldova has declared a Russian embassy attaché persona non grata, accusing him of helping to organise surveillance drone flights over military sites near the breakaway Transnistria region."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2031-11-14", a="Vlad Cebotari", country="Moldova", city="Chisinau"),
  E("2031-11-14 15:20", "Serbian Ammunition Still Reaching Ukraine via Intermediaries, Report Says",
    ["Serbian-made artillery shells worth an estimated €190 million reached Ukraine this year through companies in third countries, a new report by a regional arms-monitoring group says."],
    "aid", "aid", 2, "serbian-ammunition-intermediaries-report-2031-11-14", sec=["diplomacy"], a="Milica Stojanović", country="Serbia", city="Belgrade",
    n="a report about arms flows, not a new package (importance 2)"),
  OFF("2031-11-14 13:05", "Kosovo Parliament Fails Again to Elect Speaker",
    ["Kosovo's parliament failed for the ninth time to elect a speaker on Friday, as the two largest parties still disagreed over the deputy speaker posts."],
    "kosovo-parliament-speaker-vote-2031-11-14", a="Arben Krasniqi", n="Kosovo domestic politics", country="Kosovo", city="Pristina"),
  E("2031-11-14 11:30", "Bulgaria Ratifies Deal to Repair Ukrainian Armoured Vehicles",
    ["Bulgaria's parliament on Friday ratified an agreement allowing Ukrainian armoured vehicles damaged at the front to be repaired at two state-owned plants, with the costs covered by EU funds."],
    "aid", "aid", 2, "bulgaria-ukrainian-armour-repair-deal-2031-11-14", a="Nikolay Tsvetanov", country="Bulgaria", city="Sofia"),
  E("2031-11-14 10:25", "Drone Fragments Found in Romanian Village After Attack on Izmail",
    ["Romanian authorities found fragments of a drone in a garden in the village of Plauru, across the Danube from Izmail, after an overnight Russian attack on the Ukrainian port, the Defence Ministry said."],
    "strikes", "strikes", 2, "plauru-drone-fragments-izmail-attack-2031-11-14", a="Andrei Munteanu", country="Romania", city="Bucharest"),
  OFF("2031-11-14 09:00", "Croatia's Tourism Revenue Hits New Record",
    ["Croatia earned a record €15.2 billion from foreign tourists in the first nine months of the year, the central bank said on Friday."],
    "croatia-tourism-revenue-record-2031-11-14", a="Ivana Perić", n="tourism figures", country="Croatia", city="Zagreb"),
  E("2031-11-14 08:10", "Montenegro Aligns With Latest EU Sanctions Against Russia",
    ["Montenegro's government said on Friday it had aligned fully with the EU's latest package of sanctions against Russia, including the listing of 40 more tankers in Moscow's shadow fleet."],
    "diplomacy", "diplomacy", 2, "montenegro-aligns-eu-sanctions-2031-11-14", a="Jelena Radulović", country="Montenegro", city="Podgorica"),
  ]))

# ---------------------------------------------------------------- 20106 Romania Insider (RSS)
def r_ri(S):
    """Romania Insider RSS 2.0 feed: pubDate with the Bucharest offset (+0200), dc:creator, category, CDATA description with <p>
    paragraphs and a trailing 'The post ... appeared first on Romania Insider.'-style line left out (teaser feed)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.romania-insider.com/</link>',
           '<description>Romania news in English: politics, business, real estate, tech, travel and culture</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.romania-insider.com/rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.romania-insider.com/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{218770 - i * 9} at https://www.romania-insider.com</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{esc(e["cat"])}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:content url="https://www.romania-insider.com/sites/default/files/styles/article_large/public/{d:%Y-%m}/ri_{i + 1}.jpg" medium="image"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20106", name="20106_romaniainsider-feed", ext="xml", source="Romania Insider", zone="Europe/Bucharest", render=r_ri,
  title="Romania Insider",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Bucharest time); local {d} in {z} = {u} UTC",
  notes="Imitates the Romania Insider RSS 2.0 feed: pubDate with the +0200 offset, dc:creator per item, a category, a CDATA description with one or two <p> paragraphs, media:content images. The feed carries all sections, so three of the seven items are Romanian business/travel news (stock index, airline base, inflation), labelled off-beat.",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "guid, category and media:content elements of each item"],
  entries=[
  E("2031-11-17 21:10", "Romania and Ukraine sign agreement on joint drone production",
    ["Romania and Ukraine signed an agreement in Bucharest on Monday that allows Ukrainian drone makers to set up joint production lines with Romanian companies, the Ministry of National Defence announced.",
     "The first jointly built drones are expected to leave the assembly line in the spring, at a former aircraft parts factory near Bacău."],
    "aid", "aid", 2, "romania-ukraine-joint-drone-production-2031-11-17", sec=["diplomacy"], a="Irina Popescu", cat="Politics"),
  OFF("2031-11-17 18:30", "Bucharest Stock Exchange main index closes at new all-time high",
    ["The BET index of the Bucharest Stock Exchange closed at a record 21,480 points on Monday, lifted by energy and banking stocks."],
    "bvb-bet-index-record-2031-11-17", a="Andrei Stan", n="stock market", cat="Business"),
  E("2031-11-17 16:05", "Russian drone flew into Romanian airspace for four minutes, MApN says",
    ["A Russian drone flew about five kilometres into Romanian airspace near Galați early on Monday during an attack on Ukrainian ports on the Danube, the Ministry of National Defence (MApN) said.",
     "Two F-16 jets were scrambled but did not open fire, as the drone turned back towards Ukraine."],
    "strikes", "strikes", 2, "galati-drone-airspace-violation-2031-11-17", a="Irina Popescu", cat="Politics"),
  OFF("2031-11-17 13:40", "Wizz Air to open new base at Iași airport in March",
    ["Low-cost airline Wizz Air will base two aircraft at Iași airport from March, adding eight new routes to Western Europe."],
    "wizz-air-iasi-base-2031-11-17", a="Andrei Stan", n="airline/travel", cat="Travel"),
  E("2031-11-17 11:15", "Romania to buy new Patriot system to replace unit donated to Ukraine",
    ["Romania will sign a contract next year for a new Patriot air-defence system to replace the battery it donated to Ukraine, defence minister Ionuț Moșteanu said on Monday."],
    "other", "security", 2, "romania-patriot-replacement-purchase-2031-11-17", sec=["aid"], a="Radu Marinescu", cat="Politics",
    n="procurement by a non-party (other/security); the earlier donation is secondary aid"),
  OFF("2031-11-17 09:50", "Romania's annual inflation rate eases to 4.1% in October",
    ["Romania's annual inflation rate eased to 4.1% in October, from 4.6% in September, according to data published by the National Institute of Statistics (INS)."],
    "romania-inflation-october-2031-11-17", a="Andrei Stan", n="inflation data", cat="Business"),
  E("2031-11-17 08:20", "Over 78,000 Ukrainian refugees still under temporary protection in Romania",
    ["Some 78,300 Ukrainian citizens were under temporary protection in Romania at the end of October, according to the General Inspectorate for Immigration.",
     "Around half of them live in Bucharest and the counties of Constanța and Suceava."],
    "other", "humanitarian", 2, "romania-ukrainian-refugees-count-2031-11-17", a="Radu Marinescu", cat="Society"),
  ]))

# ---------------------------------------------------------------- 20107 BTA (RSS)
def r_bta(S):
    """BTA English RSS: pubDate with the Sofia offset (+0200), category, plain one-paragraph description that opens with the
    agency dateline 'City, Month day (BTA) - '; no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.bta.bg/en</link>', '<description>Bulgarian News Agency - latest news</description>',
           '<language>en</language>', '<copyright>BTA</copyright>',
           '<atom:link href="https://www.bta.bg/en/news/rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.bta.bg/en/news/{e['cat'].lower()}/{1047520 - i * 41}-{slugify(e['h'])}"
        assert len(e["p"]) == 1
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid>{link}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e["cat"])}</category>', f'<description>{esc(e["p"][0])}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20107", name="20107_bta-newsfeed", ext="xml", source="BTA", zone="Europe/Sofia", render=r_bta,
  title="BTA - Bulgarian News Agency",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Sofia time); local {d} in {z} = {u} UTC",
  notes="Imitates the BTA (Bulgarian News Agency) English RSS feed: pubDate with the +0200 offset, category, one plain-text description paragraph that opens with the agency dateline ('Sofia, November 18 (BTA) - '); no author elements, so author null. The dateline is part of the first sentence as printed. The top item is stamped 00:40 on 19 November Sofia time (its dateline says November 19), which is 22:40 UTC on 18 November, so the whole feed is one UTC day. One item (Sofia air pollution and public transport) is off-beat.",
  not_entries=["channel title, link, description, language, copyright and atom:link", "guid and category elements of each item"],
  entries=[
  E("2031-11-19 00:40", "Explosions heard in Kyiv as Russia launches missile attack",
    ["Kyiv, November 19 (BTA) - Explosions were heard in Kyiv shortly after midnight as Ukraine's Air Force warned of Russian cruise missiles approaching the capital, Mayor Vitali Klitschko said on Telegram, urging residents to stay in shelters."],
    "strikes", "strikes", 2, "kyiv-overnight-missile-attack-2031-11-19", cat="World",
    basis="RSS pubDate '{s}' (+0200): local {d} in {z} = {u} UTC, the previous UTC day (the item's dateline says November 19)",
    n="attack under way, no casualties reported yet (importance 2)"),
  E("2031-11-18 22:15", "President Radev: Bulgaria should stop sending weapons to Ukraine",
    ["Sofia, November 18 (BTA) - President Rumen Radev said on Tuesday that Bulgaria should not send more weapons to Ukraine and should use its diplomatic weight to push for a ceasefire instead."],
    "aid", "aid", 2, "radev-weapons-to-ukraine-remarks-2031-11-18", sec=["diplomacy"], cat="Politics"),
  E("2031-11-18 19:30", "Bulgarian Navy minehunter joins Black Sea demining group",
    ["Varna, November 18 (BTA) - The Bulgarian Navy minehunter Tsibar joined the Black Sea mine countermeasures group with Romania and Türkiye on Tuesday, taking over the group's patrol off the western coast, the Defence Ministry said."],
    "other", "security", 2, "bulgarian-minehunter-black-sea-group-2031-11-18", cat="Bulgaria"),
  E("2031-11-18 16:45", "Russian shelling of Kherson kills two, injures seven",
    ["Kherson, November 18 (BTA) - Russian artillery shelling of Kherson's Korabelnyi district killed two people and injured seven on Tuesday, the head of the regional military administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2031-11-18", cat="World"),
  E("2031-11-18 14:10", "Foreign Minister Georgiev meets Ukrainian Ambassador",
    ["Sofia, November 18 (BTA) - Foreign Minister Georg Georgiev met Ukraine's Ambassador to Bulgaria on Tuesday to discuss Bulgarian participation in rebuilding Ukraine's Black Sea ports, the Foreign Ministry said."],
    "diplomacy", "diplomacy", 2, "georgiev-ukrainian-ambassador-meeting-2031-11-18", cat="Politics"),
  OFF("2031-11-18 11:20", "Sofia to offer free public transport on days of high air pollution",
    ["Sofia, November 18 (BTA) - Sofia Municipality will offer free public transport on days when fine particulate matter exceeds the limit at more than half of the city's monitoring stations, Mayor Vassil Terziev announced."],
    "sofia-free-transport-air-pollution-2031-11-18", n="city air pollution measure", cat="Bulgaria"),
  E("2031-11-18 09:05", "Kallas: EU ministers to discuss new sanctions package next week",
    ["Brussels, November 18 (BTA) - EU foreign ministers will discuss a new package of sanctions against Russia when they meet next Monday, EU High Representative Kaja Kallas said on Tuesday."],
    "diplomacy", "diplomacy", 2, "kallas-new-sanctions-package-2031-11-18", cat="World"),
  ]))

# ---------------------------------------------------------------- 20108 Hungary Today (text scrape of the Latest News listing)
def r_ht(S):
    """Hungary Today (WordPress) 'Latest News' listing, text scrape. Newest first; each card: category, Title Case headline,
    Hungarian-style stamp '2031.11.20. 19:20' (no zone; Budapest time), 'by NAME', excerpt, 'Continue reading'."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "", "Hungary Today", "News, politics, economy and culture from Hungary", "",
         "Politics   Economy   Society   Culture   Sport   Budapest   Opinion   Podcast", "Newsletter   Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%Y.%m.%d.} {d:%H:%M}"; stamps.append(st)
        L += [e["cat"], e["h"], st, f"by {e['a']}", ""] + ptxt(e["p"]) + ["Continue reading", ""]
        if i == 2:
            L += ["Hungary Today Newsletter", "Sign up to receive our daily digest of the most important news from Hungary.", "Subscribe", ""]
    L += ["Older Entries", "", "About Us   Contact   Privacy Policy   Impressum", f"© {dt(S['entries'][0]['t'], z).year} Hungary Today. All rights reserved."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20108", name="20108_hungarytoday-latest", ext="txt", source="Hungary Today", zone="Europe/Budapest", render=r_ht,
  title="Latest News",
  basis="card stamp '{s}' (Hungarian year.month.day. order, 24-hour clock, no zone printed; Budapest time, CET = UTC+1); local {d} in {z} = {u} UTC",
  notes="Imitates the Hungary Today 'Latest News' listing (WordPress) as copied from a browser. Cards newest first: category, Title Case headline, stamp in Hungarian order '2031.11.20. 19:20' (no zone printed; Budapest time), 'by NAME' (some cards carry the desk byline 'Hungary Today', kept as printed as the author), one excerpt paragraph and 'Continue reading'. Two cards are off-beat (forint exchange rate, Christmas fair). The opposition-criticism card (20108-02) is about the EU Ukraine funding veto, so aid. A newsletter box follows the third card.",
  not_entries=["'Skip to content'", "masthead 'Hungary Today' and tagline", "navigation menu and 'Newsletter   Search'", "listing heading 'Latest News'",
               "category labels above the headlines", "'by NAME' lines (byline, not body)", "'Continue reading' links", "newsletter box after the third card",
               "'Older Entries'", "footer links and copyright"],
  entries=[
  E("2031-11-20 19:20", "Szijjártó: Hungary Will Not Back Opening First Negotiating Cluster With Ukraine",
    ["Hungary will not agree to open the first cluster of EU accession talks with Ukraine at next month's intergovernmental conference, Foreign Minister Péter Szijjártó said in Brussels on Thursday."],
    "diplomacy", "diplomacy", 2, "szijjarto-ukraine-accession-cluster-2031-11-20", a="Dóra Kis", cat="Foreign Affairs"),
  E("2031-11-20 17:05", "Opposition Slams Government Over Veto on EU Funding for Ukraine",
    ["Opposition parties accused the government on Thursday of isolating Hungary by vetoing the release of a €5 billion tranche from the EU's Ukraine Facility, calling the move a gift to the Kremlin."],
    "aid", "aid", 2, "hungary-opposition-ukraine-funding-veto-2031-11-20", a="Hungary Today", cat="Politics",
    n="domestic reaction to a funding veto: aid (funding debate), importance 2"),
  OFF("2031-11-20 14:40", "Forint Weakens Past 410 Against the Euro",
    ["The Hungarian forint weakened past 410 to the euro on Thursday for the first time since the summer, as investors priced in a faster rate cut by the central bank."],
    "forint-exchange-rate-2031-11-20", a="Bence Tóth", n="currency markets", cat="Economy"),
  E("2031-11-20 12:25", "Hungarian Charity Service Opens New Shelter in Transcarpathia",
    ["The Hungarian Charity Service of the Order of Malta has opened a shelter for 120 displaced people in Berehove, in Ukraine's Transcarpathia region, home to most of Ukraine's ethnic Hungarians."],
    "other", "humanitarian", 2, "berehove-shelter-displaced-people-2031-11-20", a="Dóra Kis", cat="Society"),
  E("2031-11-20 10:10", "Hungary Blocks Joint EU Statement Condemning Russian Strikes on Ukraine's Power Grid",
    ["Hungary prevented the adoption of a joint EU statement condemning Russia's latest strikes on Ukraine's power grid, diplomats in Brussels said on Thursday.",
     "Budapest argued for a text calling on both sides to stop attacks on energy infrastructure, they said."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-statement-grid-strikes-2031-11-20", a="Hungary Today", cat="Foreign Affairs"),
  OFF("2031-11-20 08:45", "Christmas Fair Opens on Vörösmarty Square",
    ["Budapest's best-known Christmas fair opened on Vörösmarty Square on Thursday, with 110 stalls and an ice rink that will stay open until New Year's Day."],
    "budapest-christmas-fair-2031-11-20", a="Bence Tóth", n="city culture/events", cat="Culture"),
  E("2031-11-20 07:30", "Orbán: Only Negotiations Can End the War in Ukraine",
    ["Prime Minister Viktor Orbán said in his regular Thursday morning radio interview that the war in Ukraine could only be ended at the negotiating table and that Europe should open its own channel to Moscow."],
    "diplomacy", "diplomacy", 2, "orban-radio-interview-negotiations-2031-11-20", a="Hungary Today", cat="Politics",
    n="a statement of position, not a diplomatic move (importance 2)"),
  ]))

# ---------------------------------------------------------------- 20109 The Slovak Spectator (text scrape of a News digest article)
def r_spectator(S):
    """The Slovak Spectator 'News digest' article, text scrape: one page stamp '21. Nov 2031 at 17:05' (no zone; Bratislava time)
    under the byline; short sections with their own headings (one entry per section), a 'Read also' link and a photo caption."""
    L = ["The Slovak Spectator", "News   Politics   Business   Culture and Lifestyle   Travel   Photo   Podcast", "Subscribe   Log in", "",
         "News digest", S["title"], "", S["lede"], "", S["byline"], S["dateline"], "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Read also: " + S["read_also"], ""]
    L += [S["more"], "", "Share   Print", "", "Top stories", "The Slovak Spectator   About us   Advertising   Contact   Terms of use",
          f"© Petit Press {dt(S['entries'][0]['t'], S['zone']).year}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="20109", name="20109_slovakspectator-digest", ext="txt", source="The Slovak Spectator", zone="Europe/Bratislava", render=r_spectator,
  title="Fico rejects joint ammunition purchase for Ukraine",
  lede="Your quick summary of the day's news from Slovakia, compiled every weekday afternoon.",
  byline="Peter Brezina", dateline="21. Nov 2031 at 17:05",
  caption="Robert Fico speaks to journalists in Bratislava. (Source: TASR)",
  read_also="Why Slovak arms makers keep busy despite the government's line",
  more="The news digest is published every weekday. Send your tips to the newsroom.",
  basis="no per-section stamp; the article's dateline '21. Nov 2031 at 17:05' (Bratislava time, CET = UTC+1) applies to every section; local {d} in {z} = {u} UTC",
  notes="Imitates a Slovak Spectator daily 'News digest' article as copied from a browser: kicker 'News digest', title, lede, byline 'Peter Brezina', dateline '21. Nov 2031 at 17:05' (no zone; Bratislava time), a photo caption, then six short sections with their own headings. Each section is one entry (headline = section heading), stamp null, published = the article's dateline, author = the page byline. Two sections are off-beat (motorway vignette, transport strike). A 'Read also' link sits after the second section.",
  not_entries=["masthead, section menu and 'Subscribe   Log in'", "kicker 'News digest'", "article title (page_title; also about the first section)", "lede line",
               "byline 'Peter Brezina' and dateline '21. Nov 2031 at 17:05'", "photo caption '... (Source: TASR)'", "'Read also: Why Slovak arms makers keep busy despite the government's line'",
               "closing line about the digest", "'Share   Print'", "'Top stories' label and footer"],
  entries=[
  E("2031-11-21 17:05", "No Slovak part in joint ammunition buy",
    ["Prime Minister Robert Fico said on Friday that Slovakia would not take part in a new joint EU purchase of artillery ammunition for Ukraine, though Slovak arms makers remain free to sell shells on commercial terms.",
     "Fico spoke after meeting the heads of the country's largest defence companies in Bratislava."],
    "aid", "aid", 2, "fico-rejects-joint-ammunition-purchase-2031-11-21", sec=["diplomacy"], a="Peter Brezina"),
  E("2031-11-21 17:05", "Ukrainian children injured in Kharkiv treated in Košice",
    ["Seven Ukrainian children injured in a Russian strike on Kharkiv last week have been brought to the Children's Faculty Hospital in Košice for treatment, the hospital said."],
    "other", "humanitarian", 2, "kosice-hospital-ukrainian-children-2031-11-21", a="Peter Brezina"),
  OFF("2031-11-21 17:05", "Motorway vignette to cost more from January",
    ["The annual motorway vignette for cars will cost €95 from January, up from €90, the National Motorway Company announced."],
    "slovak-motorway-vignette-price-2031-11-21", a="Peter Brezina", n="road tolls"),
  E("2031-11-21 17:05", "Defence Ministry approves purchase of short-range radars",
    ["The Defence Ministry approved the purchase of eleven short-range air-surveillance radars from an Israeli manufacturer for about €160 million."],
    "other", "security", 2, "slovakia-radar-purchase-2031-11-21", a="Peter Brezina", n="procurement by a non-party"),
  E("2031-11-21 17:05", "Blanár meets Lavrov in Vienna",
    ["Foreign Minister Juraj Blanár met his Russian counterpart Sergei Lavrov on the sidelines of an OSCE ministerial meeting in Vienna on Friday, drawing criticism from opposition parties at home.",
     "Blanár said the two discussed gas transit and the prospects of peace talks, and that Slovakia would keep its channels to Moscow open."],
    "diplomacy", "diplomacy", 2, "blanar-lavrov-osce-meeting-2031-11-21", a="Peter Brezina"),
  OFF("2031-11-21 17:05", "Bratislava transport strike called off",
    ["Bus and tram drivers in Bratislava called off a strike planned for Monday after the city transport company agreed to raise wages by 7 percent."],
    "bratislava-transport-strike-called-off-2031-11-21", a="Peter Brezina", n="local labour dispute"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_b_textlive_trailing(S):
    """text live blog, newest first: date header, 'Key Points' block of post headlines; each post: headline, body, then a
    trailing signature/stamp line 'NAME, 21.15 GMT' (dot clock, zone abbreviation); a teaser prints a player line instead of text."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "News  |  World  |  Politics  |  Business  |  Sport  |  Live", "", "LIVE", S["title"],
         f"{WEEKDAYS[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = (f"{e['a']}, " if e["a"] else "") + f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["\u25b6 Video  0:58", ""]) + [st, ""]
        if i == 3:
            L += [f"Sign up to the {S['source']} morning briefing", ""]
    L += ["Load earlier posts", "", f"{S['source']}  \u00b7  Contact us  \u00b7  Complaints  \u00b7  Privacy  \u00b7  Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive_zone(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (datePublished with the local
    offset, author Person); visible dateline; each post: '<span class="stamp">07:25 EET</span>', h3 headline, 'By NAME', body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> <a href="/ukraine">Ukraine</a> '
           '<a href="/money">Money</a> <a href="/comment">Comment</a></nav></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><span class="stamp">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append(f'<aside class="related"><h4>Related</h4><a href="/ukraine/analysis">{esc(S["related"])}</a></aside>')
    out += ['<p class="end-note">Updates have finished for today.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Standards \u00b7 Contact \u00b7 Privacy notice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the numeric offset or 'GMT' when S['gmt']; optional dc:creator; CDATA description with <p>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); optional author; escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{slugify(e["h"])[:40]}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-11-24 (UTC), day 2 = 2031-11-25, day 3 = 2031-11-28.
DNI = "dnipro-missile-strike-2031-11-24"
NLD = "netherlands-military-package-2031-11-24"
MSL = "analysis-russian-missile-production"
MSL_H = "Analysis: Why Russia's missile output keeps climbing"
MSL_P = ["Monday's attack on Dnipro used three Iskander-M ballistic missiles, a weapon Russia now appears to turn out faster than at any point since the full-scale invasion began.",
         "Western estimates put Russian production of Iskander-type missiles at around 70 a month, up from roughly 40 two years ago, helped by machine tools and electronics that still reach Russian factories through third countries.",
         "Sanctions have raised the cost of each missile, analysts say, but not enough to change the arithmetic: Ukraine needs several interceptors, each worth millions, to stop a single ballistic missile."]

# ---------------------------------------------------------------- 20120 Inverlay Courier (day 1, text live, trailing stamps)
SEEDS.append(dict(
  id="20120", name="20120_inverlay-textlive", ext="txt", source="Inverlay Courier", zone="Europe/London", render=r_b_textlive_trailing,
  title="Ukraine war live: Dnipro missile strike death toll rises to 11",
  lede="Russian ballistic missiles hit a residential block and the bus station area in Dnipro; the Netherlands pledges air-defence missiles; Pavlohrad energy site hit by drones.",
  basis="trailing stamp line '{s}' (dot clock, GMT = UTC in November) under the date header 'Monday 24 November 2031'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, one date header. A 'Key Points' block lists two post headlines (plain lines, no bullets) → key_point true for those entries. Each post: headline, body, then a trailing stamp line 'NAME, HH.MM GMT' that closes the post (the teaser's line has no name). 20120-02 is a 'Watch:' teaser whose only content is a video-player line. 20120-03 is the day's theme piece (analysis of Russian missile production), which mentions the Dnipro strike but is its own story; day 2's Fallowby Herald re-posts it verbatim.",
  not_entries=["masthead and navigation line", "'LIVE' label", "page title and date header 'Monday 24 November 2031'", "standfirst/lede summary line",
               "'Key Points' header and its two headline lines (pointers to posts)", "'Refresh for latest'", "trailing 'NAME, HH.MM GMT' stamp lines (stamp and author, not body)",
               "video-player line '\u25b6 Video  0:58' in the teaser", "briefing sign-up line after the fourth post", "'Load earlier posts'", "footer line"],
  entries=[
  E("2031-11-24 21:15", "Dnipro toll rises to 11 as rescuers end search",
    ["The number of people killed by this morning's Russian missile strike on Dnipro has risen to 11, the head of the regional military administration said, as rescuers ended their search of the collapsed section of the apartment block.",
     "Thirty-eight people were injured, nine of whom remain in a serious condition. A day of mourning has been declared in the city for Tuesday."],
    "strikes", "strikes", 3, DNI, a="Fiona Marsh", kp=True, n="toll 11 dead, 38 injured"),
  E("2031-11-24 19:30", "Watch: Floodlights go up over the Dnipro rubble", [],
    "strikes", "strikes", 1, DNI, n="video teaser without body"),
  E("2031-11-24 17:05", MSL_H, MSL_P, "other", "security", 2, MSL, sec=["strikes"], a="Callum Reid",
    n="theme piece (analysis of Russian missile production, no single event); mentions the Dnipro strike but must not merge with it; re-posted verbatim on day 2 by 20131"),
  E("2031-11-24 15:20", "Netherlands pledges €410m package including air-defence missiles",
    ["The Netherlands will send Ukraine a €410m military package that includes interceptor missiles for Patriot and NASAMS systems, the Dutch defence ministry announced in The Hague.",
     "The package also pays for 12,000 artillery shells bought through the Czech-led ammunition initiative."],
    "aid", "aid", 3, NLD, a="Owen Tasker", kp=True),
  E("2031-11-24 12:40", "Drone attack sets fire to energy facility in Pavlohrad",
    ["Russian drones struck an energy facility in Pavlohrad, about 70km east of Dnipro, on Monday morning, starting a fire that took firefighters three hours to put out, regional officials said. No one was hurt."],
    "strikes", "strikes", 2, "pavlohrad-energy-drone-strike-2031-11-24", a="Fiona Marsh",
    n="same region as the Dnipro strike, different event (drones, energy site, no casualties); must not merge with the Dnipro missile strike"),
  E("2031-11-24 10:05", "Zelensky: Dnipro attack shows Ukraine needs more Patriots",
    ["President Volodymyr Zelensky said the strike on Dnipro, which he said had killed five people, showed why Ukraine needed more Patriot systems rather than promises of them.",
     "\u201cEvery ballistic missile that reaches a city is a missile we had no interceptor for,\u201d he wrote on social media."],
    "strikes", "strikes", 3, DNI, sec=["aid"], a="Owen Tasker", n="reaction whose content is the attack (toll 5): same story"),
  E("2031-11-24 07:30", "Missile strike on Dnipro: at least four dead",
    ["At least four people were killed and 17 injured when Russian ballistic missiles hit Dnipro shortly after 7am local time, striking a nine-storey apartment block and the area around the central bus station, officials said.",
     "Ukraine's air force said it had not been able to intercept the three Iskander-M missiles."],
    "strikes", "strikes", 3, DNI, a="Fiona Marsh", n="toll 4 dead, 17 injured"),
  ]))

# ---------------------------------------------------------------- 20121 Larchmont Evening Telegraph (day 1, HTML live + LiveBlogPosting, oldest first)
SEEDS.append(dict(
  id="20121", name="20121_larchmont-ldlive", ext="html", source="Larchmont Evening Telegraph", zone="Europe/Kyiv", render=r_b_ldlive_zone,
  title="Russia-Ukraine war: missiles hit Dnipro as Netherlands announces new aid",
  url="https://www.larchmont-telegraph.example/ukraine/live/2031/nov/24/russia-ukraine-war-dnipro",
  dateline="Monday, 24 November 2031 \u00b7 times are Kyiv time",
  lede="Follow our rolling coverage of the war in Ukraine.",
  related="Ukraine's air defence: how many interceptors are left?",
  basis="visible stamp '{s}' (EET = UTC+2) under the dateline 'Monday, 24 November 2031'; the update's JSON-LD datePublished gives the same instant; local {d} in {z} = {u} UTC",
  notes="Invented outlet. HTML live blog, oldest first, LiveBlogPosting JSON-LD with one BlogPosting per update (datePublished with +02:00 and a Person author), agreeing with the visible 'HH:MM EET' stamps. The Dnipro toll grows 4 → 6. 20121-06 is a near-verbatim re-publication of 20121-03 (Canada drone funding) later the same day: duplicate_of 20121-03, importance 1. Canada's drone money is a separate aid event from the Dutch package (same theme, must not merge). A 'Related' box sits after the third update.",
  not_entries=["cookie consent bar", "logo and navigation", "'Live' kicker", "page title h1", "dateline 'Monday, 24 November 2031 \u00b7 times are Kyiv time'",
               "standfirst 'Follow our rolling coverage of the war in Ukraine.'", "'By NAME' byline lines", "'Related' box with one link after the third update",
               "end note 'Updates have finished for today.'", "footer"],
  entries=[
  E("2031-11-24 07:25", "Ballistic missiles strike Dnipro, at least four killed",
    ["Russian ballistic missiles hit the centre of Dnipro at about 7.10am, killing at least four people, the head of the Dnipropetrovsk regional military administration said.",
     "Pictures from the scene showed the upper floors of a residential block torn open and burning cars outside the city's main bus station."],
    "strikes", "strikes", 3, DNI, a="Nadia Holt", n="toll 4 dead"),
  E("2031-11-24 09:10", "Moscow says Dnipro strike hit defence industry sites",
    ["Russia's defence ministry said its forces had carried out a precision strike on defence-industry enterprises in Dnipro, without mentioning the damage to housing.",
     "Kremlin spokesman Dmitry Peskov told reporters the Russian army chose only military targets."],
    "strikes", "strikes", 3, DNI, a="Nadia Holt", n="official claim about the attack itself: same story"),
  E("2031-11-24 11:45", "Canada commits C$85m to Ukrainian drone production",
    ["Canada will give C$85m to help Ukrainian manufacturers build long-range drones, Canada's defence minister said during a visit to Kyiv.",
     "The money will be spent through a Danish-run fund that orders weapons directly from Ukrainian factories."],
    "aid", "aid", 2, "canada-drone-production-funding-2031-11-24", a="Tom Sayer",
    n="same aid theme as the Dutch package (NLD), different event; must not merge"),
  E("2031-11-24 13:30", "Dnipro strike: death toll climbs to six",
    ["Six people are now confirmed dead after the morning missile strike on Dnipro, and 24 have been taken to hospital, regional officials said.",
     "Rescuers are using cranes to lift concrete slabs from the collapsed stairwell, where two more residents are thought to be trapped."],
    "strikes", "strikes", 3, DNI, a="Nadia Holt", n="toll 6 dead, 24 in hospital"),
  E("2031-11-24 15:50", "Russia claims capture of Novoserhiivka in Donetsk region",
    ["Russia's defence ministry said its troops had captured the village of Novoserhiivka in the Donetsk region, a claim the Ukrainian military's spokesman for the area called false."],
    "other", "frontline", 2, "novoserhiivka-capture-claim-2031-11-24", a="Tom Sayer"),
  E("2031-11-24 17:20", "Canada commits C$85m to Ukrainian drone production",
    ["Canada will give C$85m to help Ukrainian manufacturers build long-range drones, Canada's defence minister said during a visit to Kyiv.",
     "The money will go through a Danish-run fund that orders weapons straight from Ukrainian factories."],
    "aid", "aid", 1, "canada-drone-production-funding-2031-11-24", a="Tom Sayer", dup="20121-03",
    n="near-verbatim repeat of 20121-03 re-published later the same day"),
  E("2031-11-24 19:40", "Netherlands announces €410 million military package for Ukraine",
    ["The Dutch government has announced a €410 million package of military aid for Ukraine, with most of the money going to air-defence interceptors.",
     "Ukraine's defence minister thanked the Netherlands, saying the missiles would arrive before the worst of the winter."],
    "aid", "aid", 3, NLD, a="Tom Sayer"),
  ]))

# ---------------------------------------------------------------- 20122 Quaich World Service (day 1, RSS world feed, GMT)
SEEDS.append(dict(
  id="20122", name="20122_quaich-worldrss", ext="xml", source="Quaich World Service", zone="UTC", render=r_b_rss, gmt=True,
  title="Quaich World Service - World", url="https://www.quaichworld.example", lede="Top world stories from the Quaich World Service newsroom",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, pubDates in GMT; the war is a minority: four of six items are off-beat (cyclone, Brazilian tax bill, Australian bushfire, Bank of Japan). No dc:creator on any item, so author null. The Dnipro item spells the city 'Dnipro (Dnepr)' and carries the 14:20 toll of nine.",
  not_entries=["channel title, link, description, language and lastBuildDate", "guid and category elements"],
  entries=[
  OFF("2031-11-24 22:40", "Cyclone makes landfall in Bangladesh after 1.2 million evacuated",
    ["A severe cyclone made landfall near Khulna in south-western Bangladesh on Monday evening, after the authorities moved about 1.2 million people to storm shelters.",
     "Officials reported flooding in low-lying coastal districts but no deaths so far."],
    "bangladesh-cyclone-landfall-2031-11-24", n="weather disaster", cat="Asia"),
  OFF("2031-11-24 19:55", "Brazil's Senate passes tax overhaul",
    ["Brazil's Senate approved a bill that simplifies consumption taxes and raises the income-tax threshold, sending it back to the lower house for a final vote."],
    "brazil-senate-tax-bill-2031-11-24", n="Latin American politics", cat="Americas"),
  OFF("2031-11-24 16:30", "Bushfire forces evacuations north of Perth",
    ["Hundreds of residents were told to leave their homes north of Perth as a fast-moving bushfire crossed a highway in hot, windy conditions, Western Australian fire officials said."],
    "perth-bushfire-evacuations-2031-11-24", n="bushfire", cat="Asia-Pacific"),
  E("2031-11-24 14:20", "Dnipro missile strike kills nine, Ukraine says",
    ["At least nine people were killed when Russian missiles struck the city of Dnipro (Dnepr) in central Ukraine on Monday morning, Ukrainian officials said.",
     "Russia said it had hit defence plants in the city."],
    "strikes", "strikes", 3, DNI, cat="Europe", n="toll 9 dead; spelled Dnipro (Dnepr)"),
  E("2031-11-24 13:05", "Netherlands pledges more air defence for Ukraine",
    ["The Netherlands said on Monday it would send Ukraine €410m of military aid, largely air-defence missiles, as Russia keeps up its strikes on Ukrainian cities."],
    "aid", "aid", 3, NLD, cat="Europe"),
  OFF("2031-11-24 11:15", "Bank of Japan holds rates, hints at January rise",
    ["The Bank of Japan left its policy rate unchanged on Monday but said a rise in January was likely if wage talks pointed to another year of solid pay growth."],
    "bank-of-japan-rates-2031-11-24", n="central bank", cat="Business"),
  ]))

# ---------------------------------------------------------------- 20123 Greywether Review (day 1, Atom, +01:00)
SEEDS.append(dict(
  id="20123", name="20123_greywether-atom", ext="xml", source="Greywether Review", zone="Europe/Berlin", render=r_b_atom,
  title="Greywether Review \u2013 Europe", url="https://greywether-review.example", lede="News and comment from Berlin and the wider Europe",
  basis="Atom <published> '{s}' (explicit +01:00 offset); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Atom feed, newest first, <published> with +01:00, per-entry authors. The city is spelled 'Dnjepr' (German form) in both Dnipro entries, toll 5 then 11. 20123-02 is an opinion column on European air-defence deliveries: its own story, not the Dutch package.",
  not_entries=["feed title, subtitle, links, id and updated", "entry id/link/updated/category elements"],
  entries=[
  E("2031-11-24 23:05", "Eleven dead after Russian missile strike on Dnjepr",
    ["The death toll from Monday's Russian missile strike on the Ukrainian city of Dnjepr has risen to eleven, regional authorities said late on Monday.",
     "Two children are among the dead. The German government called the attack a deliberate strike on sleeping families."],
    "strikes", "strikes", 3, DNI, a="Lena Vogt", cat="Ukraine", n="toll 11; spelled Dnjepr"),
  E("2031-11-24 19:00", "Opinion: Europe's air-defence promises keep arriving late",
    ["Every autumn, European governments promise Ukraine more air defence before winter, and every winter the missiles turn up in spring.",
     "The problem is not goodwill but production lines: the factories that make interceptors were sized for peacetime orders, and most contracts signed this year will not be filled before the end of next year."],
    "aid", "aid", 2, "opinion-european-air-defence-delays", a="Matthias Berner", cat="Opinion",
    n="opinion column with no single event; must not merge with the Dutch package"),
  E("2031-11-24 16:30", "Munich court convicts two men over sabotage plot for Russian intelligence",
    ["A court in Munich sentenced two men to four and six years in prison for planning arson attacks, on behalf of Russian intelligence, on rail lines used to move military equipment to Ukraine."],
    "other", "security", 2, "munich-sabotage-plot-verdict-2031-11-24", a="Lena Vogt", cat="Germany"),
  E("2031-11-24 13:15", "EU ambassadors fail to agree on next sanctions package",
    ["EU ambassadors failed on Monday to agree on a new package of sanctions against Russia, after two member states asked for more time to study a proposed ban on Russian nuclear fuel."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-talks-2031-11-24", a="Matthias Berner", cat="Europe"),
  E("2031-11-24 10:40", "Russian ballistic missiles hit Dnjepr, several killed",
    ["Russian ballistic missiles struck the centre of Dnjepr on Monday morning, killing at least five people, Ukrainian officials said."],
    "strikes", "strikes", 3, DNI, a="Lena Vogt", cat="Ukraine", n="toll 5; spelled Dnjepr"),
  ]))


def r_b_htmllive_fullstamp(S):
    """HTML live blog without JSON-LD, newest first; each post: '<p class="post-time">25 Nov 2031, 22:30 EET</p>', h2 headline,
    'By NAME', body; a photo-gallery teaser prints only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           '<div id="cookie-banner">This site uses cookies for analytics. <a>Accept</a> <a>Settings</a></div>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>Home</a> <a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Opinion</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="post"><p class="post-time">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="gallery-embed">Gallery (9 images)</div>']
        out.append('</div>')
        if i == 3:
            out.append(f'<aside class="readmore"><strong>Read more:</strong> <a href="/ukraine/explainers">{esc(S["related"])}</a></aside>')
    out += ['</div>', '<p class="older"><a href="?page=2">Older posts</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_textlive_slashdate(S):
    """text live blog, oldest first; each post: stamp line '25/11/2031 06:50' (no zone printed), optional 'From our partners: X',
    headline, body, 'Reporting by NAME'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Front page  /  World  /  Europe  /  Live  /  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d/%m/%Y %H:%M}"; stamps.append(st)
        L += [st]
        if e.get("partner"):
            L += [f"From our partners: {e['partner']}"]
        L += [e["h"], ""] + ptxt(e["p"]) + ([f"Reporting by {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has now closed.", "", f"{S['source']}  \u00b7  Legal notice  \u00b7  Privacy  \u00b7  Contact"]
    return "\n".join(L) + "\n", stamps


# Day 2 = 2031-11-25
KHA = "kharkiv-drone-strike-2031-11-25"
BSS = "black-sea-shipping-talks-istanbul-2031-11-25"
BEL = "belgorod-drone-strike-2031-11-25"

# ---------------------------------------------------------------- 20130 Stonebarrow Post (day 2, HTML live, no JSON-LD, full stamps)
SEEDS.append(dict(
  id="20130", name="20130_stonebarrow-htmllive", ext="html", source="Stonebarrow Post", zone="Europe/Kyiv", render=r_b_htmllive_fullstamp,
  title="Ukraine live: Kharkiv drone attack toll rises to five",
  lede="Russian drones hit a residential building in Kharkiv overnight; Dnipro mourns the victims of Monday's missile strike; Black Sea shipping talks open in Istanbul.",
  related="What the Black Sea shipping talks can and cannot achieve",
  basis="post stamp '{s}' (date, 24-hour time and EET = UTC+2 printed); local {d} in {z} = {u} UTC",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; each post carries a full stamp 'D Mon YYYY, HH:MM EET'. 20130-02 is a 'Photos:' gallery teaser with no text. The Kharkiv toll grows 2 → 5. 20130-04 continues day 1's Dnipro story (day of mourning, toll 12). Chuhuiv (same Kharkiv region, glide bomb, injuries only) and Belgorod (a strike by the other side across the border) are separate events and must not merge with the Kharkiv drone attack. A 'Read more' box follows the fourth post.",
  not_entries=["cookie banner", "brand and navigation", "page title h1", "standfirst", "'By NAME' lines", "gallery placeholder 'Gallery (9 images)' in the teaser",
               "'Read more:' box with one link after the fourth post", "'Older posts' link", "footer"],
  entries=[
  E("2031-11-25 22:30", "Kharkiv toll rises to five after woman dies in hospital",
    ["A 67-year-old woman injured in the overnight drone attack on Kharkiv has died in hospital, bringing the death toll to five, Mayor Ihor Terekhov said.",
     "Nineteen people were wounded when two Shahed-type drones hit a nine-storey building and a car repair shop in the Kyivskyi district."],
    "strikes", "strikes", 3, KHA, a="Yulia Marchenko", n="toll 5 dead, 19 wounded"),
  E("2031-11-25 20:05", "Photos: Kharkiv the morning after the drone attack", [],
    "strikes", "strikes", 1, KHA, n="photo-gallery teaser without text"),
  E("2031-11-25 18:10", "Russian glide bomb hits Chuhuiv, injuring four",
    ["A Russian guided bomb hit the centre of Chuhuiv, south-east of Kharkiv, on Tuesday afternoon, injuring four people and damaging a school building, the regional governor said."],
    "strikes", "strikes", 2, "chuhuiv-glide-bomb-2031-11-25", a="Artem Pavlenko",
    n="same region as the Kharkiv drone attack, different event (glide bomb, injuries only); must not merge"),
  E("2031-11-25 15:45", "Dnipro mourns 12 victims of Monday's missile strike",
    ["Flags flew at half-mast in Dnipro on Tuesday as the city held a day of mourning for the 12 people killed in Monday's Russian missile strike, after a wounded man died in hospital overnight.",
     "Regional officials said 31 of the injured were still being treated."],
    "strikes", "strikes", 3, DNI, a="Yulia Marchenko", n="continuation of day 1's Dnipro story (toll 12, mourning)"),
  E("2031-11-25 13:20", "Black Sea shipping talks open in Istanbul",
    ["Ukrainian and Russian delegations began indirect talks in Istanbul on Tuesday on the safety of merchant shipping in the Black Sea, with Turkish officials carrying messages between the two rooms.",
     "Turkey's foreign ministry said the talks would last two days."],
    "diplomacy", "diplomacy", 3, BSS, a="Artem Pavlenko"),
  E("2031-11-25 10:55", "Governor says Ukrainian drone killed one in Belgorod",
    ["A Ukrainian drone hit a car on the outskirts of Belgorod on Tuesday morning, killing the driver, the Russian region's governor said."],
    "strikes", "strikes", 3, BEL, a="Artem Pavlenko", n="deadly strike by the other side across the border; must not merge with the Kharkiv attack"),
  E("2031-11-25 07:40", "Shahed drones hit Kharkiv overnight, two killed",
    ["Two people were killed and 11 injured when Russian drones struck a residential building in Kharkiv's Kyivskyi district at about 3.30am, the head of the regional military administration, Oleh Syniehubov, said."],
    "strikes", "strikes", 3, KHA, a="Yulia Marchenko", n="toll 2 dead, 11 injured"),
  ]))

# ---------------------------------------------------------------- 20131 Fallowby Herald (day 2, text live, oldest first, dd/mm/yyyy stamps)
SEEDS.append(dict(
  id="20131", name="20131_fallowby-textlive", ext="txt", source="Fallowby Herald", zone="Europe/Paris", render=r_b_textlive_slashdate,
  title="War in Ukraine: live coverage", dateline="Tuesday 25 November 2031",
  lede="Drones strike Kharkov overnight; Turkey hosts Black Sea shipping talks; Dnipro buries its dead. Times are Paris time.",
  basis="stamp line '{s}' (day/month/year and 24-hour clock; Paris time as the lede says, CET = UTC+1); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Text live blog, oldest first. Each post opens with a stamp line 'DD/MM/YYYY HH:MM' (no zone on the stamp; the lede says times are Paris time), then the headline, the body and 'Reporting by NAME'. The outlet spells the city 'Kharkov'. 20131-02 is a re-post of day 1's analysis 20120-03 under 'From our partners: Inverlay Courier' (same headline and text): importance 1, duplicate_of null (duplicates are defined within one seed), same story slug as on day 1. 20131-03 is the day's theme piece (explainer on mobile fire groups). 20131-06 repeats 20131-04 almost word for word (duplicate_of 20131-04). 20131-07 continues day 1's Dnipro story.",
  not_entries=["masthead and navigation", "page title, dateline 'Tuesday 25 November 2031' and lede", "'From our partners: Inverlay Courier' label (attribution of the re-post)",
               "'Reporting by NAME' lines", "'ADVERTISEMENT' after the third post", "closing line 'This live blog has now closed.'", "footer"],
  entries=[
  E("2031-11-25 06:50", "Kharkov hit by Shahed drones overnight, two dead",
    ["Russian Shahed drones struck a residential building in Kharkov, Ukraine's second city, overnight, killing two people and injuring 11, local officials said.",
     "Air-raid sirens sounded across north-eastern Ukraine for nearly three hours."],
    "strikes", "strikes", 3, KHA, a="Claire Dumont", n="toll 2; spelled Kharkov"),
  E("2031-11-25 09:30", MSL_H, MSL_P, "other", "security", 1, MSL, sec=["strikes"], a="Callum Reid", partner="Inverlay Courier",
    n="re-post of day-1 entry 20120-03 (Inverlay Courier analysis) under 'From our partners'; importance 1; duplicate_of null because duplicates are defined within a seed"),
  E("2031-11-25 11:10", "Explainer: How Ukraine's mobile fire groups hunt Shahed drones",
    ["Most of the Shahed-type drones Russia launches at Ukrainian cities each night are not stopped by missiles at all, but by small teams in pickup trucks armed with machine guns, searchlights and acoustic sensors.",
     "The so-called mobile fire groups, often made up of volunteers and older reservists, each guard a sector of a few dozen square kilometres along the drones' usual routes.",
     "Their weakness is speed: newer jet-powered drones fly too fast for a heavy machine gun, which is why Ukraine is now fielding cheap interceptor drones alongside them."],
    "strikes", "strikes", 2, "explainer-mobile-fire-groups-drone-defence", a="Luc Berthier",
    n="theme piece (explainer on drone defence, no single event); must not merge with the Kharkiv drone attack"),
  E("2031-11-25 13:00", "Kharkov attack: death toll rises to three",
    ["A third person has died after the overnight drone attack on Kharkov, the city's mayor said, adding that 14 people were being treated in hospital.",
     "Among the injured are two teenagers."],
    "strikes", "strikes", 3, KHA, a="Claire Dumont", n="toll 3"),
  E("2031-11-25 14:40", "Turkey hosts Black Sea shipping talks",
    ["Turkey opened two days of indirect talks between Ukraine and Russia in Istanbul on Tuesday aimed at preventing attacks on merchant ships and ports in the Black Sea.",
     "Neither delegation spoke to reporters on arrival."],
    "diplomacy", "diplomacy", 3, BSS, a="Luc Berthier"),
  E("2031-11-25 16:20", "Kharkov attack: death toll rises to three",
    ["A third person has died after the overnight drone attack on Kharkov, the city's mayor said, adding that 14 people were in hospital.",
     "Among the injured are two teenagers."],
    "strikes", "strikes", 1, KHA, a="Claire Dumont", dup="20131-04", n="near-verbatim repeat of 20131-04 with the same (now stale) toll"),
  E("2031-11-25 18:45", "Dnipro buries first victims as toll reaches 12",
    ["The first funerals of victims of Monday's missile strike on Dnipro took place on Tuesday, as the toll rose to 12 with the death in hospital of a man pulled from the rubble."],
    "strikes", "strikes", 3, DNI, a="Luc Berthier", n="continuation of day 1's Dnipro story (toll 12)"),
  ]))

# ---------------------------------------------------------------- 20132 Kingsbarrow World (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="20132", name="20132_kingsbarrow-worldatom", ext="xml", source="Kingsbarrow World", zone="UTC", render=r_b_atom,
  title="Kingsbarrow World: latest", url="https://kingsbarrow-world.example", lede="The world's news, as it happens",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, <published> in UTC with 'Z'. Four of six entries are off-beat (Philippine storm, Argentine currency rules, Kenyan railway, tennis prize money). Authors only on the two war entries.",
  not_entries=["feed title, subtitle, links, id and updated", "entry id/link/updated/category elements"],
  entries=[
  OFF("2031-11-25 21:50", "Tropical storm weakens as it crosses the central Philippines",
    ["A tropical storm weakened after crossing the central Philippine islands on Tuesday, leaving thousands of families in evacuation centres and cutting power to parts of Cebu."],
    "philippines-tropical-storm-2031-11-25", n="weather", cat="Asia"),
  OFF("2031-11-25 18:05", "Argentina eases currency controls on companies",
    ["Argentina's central bank said companies would be allowed to buy foreign currency to pay dividends to overseas shareholders from January, easing one of the last remaining capital controls."],
    "argentina-currency-controls-2031-11-25", n="markets", cat="Business"),
  E("2031-11-25 14:30", "Drone strike on Kharkiv kills three",
    ["Russian drones killed three people in Kharkiv overnight, officials in the north-eastern Ukrainian city said on Tuesday.",
     "More than a dozen people were injured."],
    "strikes", "strikes", 3, KHA, a="Sam Okafor", cat="Europe", n="toll 3"),
  E("2031-11-25 12:10", "Ukraine and Russia begin indirect shipping talks in Turkey",
    ["Ukraine and Russia began indirect talks in Istanbul on Tuesday on keeping commercial shipping in the Black Sea safe from attack, Turkish officials said."],
    "diplomacy", "diplomacy", 3, BSS, a="Sam Okafor", cat="Europe"),
  OFF("2031-11-25 09:45", "Kenya opens rail extension to Ugandan border",
    ["Kenya opened a new section of its standard-gauge railway to the Ugandan border town of Malaba on Tuesday, completing a line first planned more than 20 years ago."],
    "kenya-railway-extension-2031-11-25", n="transport", cat="Africa"),
  OFF("2031-11-25 07:20", "Australian Open raises prize money by 12 percent",
    ["Organisers of the Australian Open said total prize money for January's tournament would rise by 12 percent, with the biggest increases for players knocked out in the early rounds."],
    "australian-open-prize-money-2031-11-25", n="sport", cat="Sport"),
  ]))

# ---------------------------------------------------------------- 20133 Emberley Dispatch (day 2, RSS, +0100)
SEEDS.append(dict(
  id="20133", name="20133_emberley-rss", ext="xml", source="Emberley Dispatch", zone="Europe/Warsaw", render=r_b_rss,
  title="Emberley Dispatch - Central & Eastern Europe", url="https://emberley-dispatch.example", lede="News from Central and Eastern Europe, in English",
  basis="RSS pubDate '{s}' (explicit +0100 offset); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Regional RSS feed, newest first, pubDate with +0100, dc:creator on every item. Carries the Kharkiv toll of four (between the other outlets' three and five), the Belgorod drone strike (also in 20130), and the Dnipro day of mourning (continuation of day 1).",
  not_entries=["channel title, link, description, language and lastBuildDate", "guid and category elements"],
  entries=[
  E("2031-11-25 21:35", "Polish prosecutors charge Belarusian over drone filming of military trains",
    ["Prosecutors in Lublin have charged a Belarusian citizen with spying for Russia after he allegedly used a drone to film military trains at a rail hub near the Ukrainian border."],
    "other", "security", 2, "lublin-belarusian-drone-spy-charge-2031-11-25", a="Kasia Nowicka", cat="Poland"),
  E("2031-11-25 18:10", "Kharkiv drone attack toll rises to four",
    ["Four people have now died as a result of the Russian drone attack on a block of flats in Kharkiv early on Tuesday, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA, a="Kasia Nowicka", cat="Ukraine", n="toll 4"),
  E("2031-11-25 15:25", "Belgorod governor reports one dead in Ukrainian drone attack",
    ["One man was killed when a Ukrainian drone hit a car near Belgorod on Tuesday morning, the governor of the Russian border region said."],
    "strikes", "strikes", 3, BEL, a="Tomasz Wren", cat="Russia", n="same event as 20130-06; must not merge with the Kharkiv attack"),
  E("2031-11-25 12:40", "Dnipro holds day of mourning after missile strike",
    ["Dnipro held a day of mourning on Tuesday for the victims of Monday's Russian missile strike, whose number rose to 12 overnight."],
    "strikes", "strikes", 3, DNI, a="Kasia Nowicka", cat="Ukraine", n="continuation of day 1's Dnipro story"),
  E("2031-11-25 09:15", "Poland extends flight restrictions along eastern border",
    ["Poland will keep restrictions on civilian flights along its border with Ukraine and Belarus in place until the end of February, the air navigation agency said."],
    "other", "security", 2, "poland-eastern-border-flight-restrictions-2031-11-25", a="Tomasz Wren", cat="Poland"),
  ]))


def r_b_textlive_noyear(S):
    """text live blog, newest first; dateline with weekday but no year ('Friday 28 November'); each post opens with
    'HH:MM \u00b7 NAME' (or the bare time), then headline and body; a video teaser prints '[Video 1:31]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Live  |  Ukraine  |  Europe  |  World  |  Long reads", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st + (f" \u00b7 {e['a']}" if e["a"] else ""), e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[Video 1:31]", ""])
        if i == 2:
            L += ["Support independent reporting from Ukraine: become a Birchmoor Times member.", ""]
    L += ["Show earlier updates", "", f"{S['source']}  \u00b7  About  \u00b7  Ethics  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive_fulldate(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished in UTC ('Z'); visible per-post stamp
    '28 November 2031 at 06:10 GMT'; h2 headline; byline 'NAME, Correspondent' after the body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": iso(d.astimezone(UTC)),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "about": {"@type": "Event", "name": "Russia-Ukraine war"},
          "datePublished": iso(first.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)), "coverageStartTime": iso(first.astimezone(UTC)),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="masthead">{esc(S["source"])} <nav><a>UK</a> <a>World</a> <a>Ukraine war</a> <a>Business</a> <a>Sport</a> <a>Puzzles</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="summary">{esc(S["lede"])}</p>', '<ol class="live-timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} at {d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<li class="entry"><p class="entry-time">{st}</p><h2>{esc(e["h"])}</h2>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) +
                   f'<p class="entry-author">{esc(e["a"])}, {esc(e["role"])}</p></li>')
        if i == 1:
            out.append('<li class="promo">Get the Marchwood Ledger world briefing every morning \u2013 <a>sign up</a></li>')
    out += ['</ol>', '<p class="close">We are pausing our live coverage here. Thank you for following.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Cookie preferences</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with weekday, date, time and zone."""
    L = [S["source"], "Home  >  International  >  Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Print  \u00b7  Save", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"{S['source']}  \u00b7  Imprint  \u00b7  Data protection  \u00b7  Advertise"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# Day 3 = 2031-11-28
CHN = "chernihiv-missile-strike-2031-11-28"
EUL = "eu-ukraine-loan-tranche-2031-11-28"

# ---------------------------------------------------------------- 20140 Lindenmoor World Desk (day 3, RSS world feed, -0500)
SEEDS.append(dict(
  id="20140", name="20140_lindenmoor-worldrss", ext="xml", source="Lindenmoor World Desk", zone="America/New_York", render=r_b_rss,
  title="Lindenmoor World Desk: Top Stories", url="https://lindenmoor-worlddesk.example", lede="International headlines from the Lindenmoor World Desk",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Eastern Standard Time); local {d} in {z} = {u} UTC",
  notes="Invented outlet. General world RSS feed published from New York (pubDate -0500); the war is a minority: four of six items are off-beat (US retail sales, US-Mexico water deal, Chilean earthquake, Canadian wildfire season). No dc:creator. The Chernihiv item spells the city 'Chernigov' (and gives 'Chernihiv' as the other name), toll 5.",
  not_entries=["channel title, link, description, language and lastBuildDate", "guid and category elements"],
  entries=[
  OFF("2031-11-28 17:25", "Black Friday online sales set record, early data show",
    ["U.S. shoppers spent a record amount online on Black Friday, according to early figures from a payments tracker, as retailers offered deeper discounts than last year."],
    "black-friday-online-sales-2031-11-28", n="US retail", cat="Business"),
  OFF("2031-11-28 14:10", "U.S. and Mexico agree to extend water-sharing arrangement",
    ["The United States and Mexico agreed to extend a temporary arrangement on deliveries of water from the Rio Grande, easing a dispute that had worried farmers in Texas."],
    "us-mexico-water-deal-2031-11-28", n="bilateral deal not about the war", cat="Americas"),
  E("2031-11-28 11:40", "EU approves 6 billion euro loan tranche for Ukraine",
    ["European Union finance ministers approved a 6 billion euro tranche of loans for Ukraine on Friday, money Kyiv needs to pay salaries and pensions through the winter."],
    "aid", "aid", 3, EUL, cat="Europe"),
  OFF("2031-11-28 09:55", "Strong earthquake shakes northern Chile, no major damage reported",
    ["A magnitude 6.6 earthquake shook northern Chile on Friday morning, swaying buildings in Antofagasta, but officials reported no serious damage or injuries."],
    "chile-earthquake-2031-11-28", n="earthquake", cat="Americas"),
  E("2031-11-28 07:45", "Russian missiles kill five in northern Ukrainian city of Chernigov",
    ["Russian missiles struck Chernigov, a city in northern Ukraine also known as Chernihiv, early on Friday, killing five people and damaging a hospital, Ukrainian officials said."],
    "strikes", "strikes", 3, CHN, cat="Europe", n="toll 5; spelled Chernigov"),
  OFF("2031-11-28 06:30", "Canada's wildfire season ends as second-worst on record",
    ["Canada's wildfire agency said the season that has just ended burned the second-largest area on record, after a dry summer in the western provinces."],
    "canada-wildfire-season-2031-11-28", n="wildfire season", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 20141 Birchmoor Times (day 3, text live, newest first, no year)
SEEDS.append(dict(
  id="20141", name="20141_birchmoor-textlive", ext="txt", source="Birchmoor Times", zone="Europe/Kyiv", render=r_b_textlive_noyear,
  parse_args=["--date", "2031-11-28"],
  title="Chernihiv missile strike: live updates", dateline="Friday 28 November",
  lede="Russian missiles hit a hospital compound and an industrial area in Chernihiv; EU ministers release new loan money; Norway pays for gas turbines. All times Kyiv.",
  basis="post time '{s}' under the year-less dateline 'Friday 28 November' (Kyiv time as the lede says, EET = UTC+2; year from parse_args); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Text live blog, newest first. The page names no year anywhere (dateline 'Friday 28 November'), so the gold carries parse_args ['--date', '2031-11-28']. Each post opens with 'HH:MM \u00b7 NAME' (the video post with the bare time), then headline and body. 20141-02 is a 'Video:' teaser with only a player placeholder. 20141-03 is the day's theme piece (analysis of Russian pressure on the northern border), which mentions the Chernihiv strike but is its own story. Novhorod-Siverskyi shelling is a separate event in the same region; Norway's turbines are a separate aid event from the EU loan.",
  not_entries=["masthead and navigation", "page title, year-less dateline 'Friday 28 November' and lede", "'HH:MM \u00b7 NAME' lines (stamp and author)",
               "video placeholder '[Video 1:31]'", "membership appeal after the third post", "'Show earlier updates'", "footer"],
  entries=[
  E("2031-11-28 21:05", "Chernihiv toll rises to seven",
    ["Seven people have now died as a result of this morning's missile strike on Chernihiv, regional governor Viacheslav Chaus said, after two more bodies were found under the ruins of a hospital outbuilding.",
     "Twenty-six people were injured, among them four medical staff."],
    "strikes", "strikes", 3, CHN, a="Olha Hrytsenko", n="toll 7 dead, 26 injured"),
  E("2031-11-28 19:20", "Video: Inside the damaged Chernihiv hospital", [],
    "strikes", "strikes", 1, CHN, n="video teaser without text"),
  E("2031-11-28 17:40", "Analysis: Why Russia is pressing on Ukraine's northern border again",
    ["Friday's strike on Chernihiv is the third deadly attack on the northern region this month, and it comes as Russian troops gather again in the Bryansk region across the border.",
     "Ukrainian commanders do not expect a new ground offensive towards Chernihiv, but say Moscow wants to pin down reserves that would otherwise be sent to the Donetsk front.",
     "The approach costs Russia little: artillery, glide bombs and the occasional missile fired from its own territory."],
    "other", "frontline", 2, "analysis-russian-pressure-northern-border", sec=["strikes"], a="Andrii Koval",
    n="theme piece (analysis, no single event); mentions the Chernihiv strike but must not merge with it"),
  E("2031-11-28 15:30", "EU finance ministers approve €6bn for Ukraine",
    ["EU finance ministers on Friday approved a €6bn loan tranche for Ukraine, the largest single payment under the bloc's support programme this year, Ukraine's finance ministry said."],
    "aid", "aid", 3, EUL, a="Olha Hrytsenko"),
  E("2031-11-28 12:10", "Shelling injures one in Novhorod-Siverskyi",
    ["Russian artillery shelled the border town of Novhorod-Siverskyi in the Chernihiv region on Friday, injuring a 52-year-old man and damaging a power line, local authorities said."],
    "strikes", "strikes", 2, "novhorod-siverskyi-shelling-2031-11-28", a="Andrii Koval",
    n="same region as the Chernihiv city strike, different event (artillery, one injured); must not merge"),
  E("2031-11-28 09:15", "Missiles hit Chernihiv, three dead",
    ["Three people were killed when Russian missiles hit Chernihiv at about 6.20am, striking the grounds of a city hospital and a nearby industrial area, the regional governor said."],
    "strikes", "strikes", 3, CHN, a="Olha Hrytsenko", n="toll 3"),
  E("2031-11-28 07:30", "Norway to fund gas turbines for Ukraine's power grid",
    ["Norway will pay for six mobile gas turbines to keep power flowing to Ukrainian cities during Russian attacks on the grid, the Norwegian embassy in Kyiv said."],
    "aid", "aid", 2, "norway-gas-turbines-funding-2031-11-28", a="Andrii Koval",
    n="same aid theme as the EU loan tranche, different event; must not merge"),
  ]))

# ---------------------------------------------------------------- 20142 Marchwood Ledger (day 3, HTML live + LiveBlogPosting, oldest first)
SEEDS.append(dict(
  id="20142", name="20142_marchwood-ldlive", ext="html", source="Marchwood Ledger", zone="Europe/London", render=r_b_ldlive_fulldate,
  title="Russia-Ukraine war live: deadly missile strike on Chernihiv",
  url="https://www.marchwoodledger.example/world/live/2031/11/28/russia-ukraine-war-live",
  lede="Missiles hit a hospital compound in the northern city of Chernihiv; EU releases a new loan tranche for Kyiv; Britain sanctions drone suppliers.",
  basis="visible post stamp '{s}' (date, time and GMT printed; UK time in November = UTC; the update's JSON-LD datePublished agrees); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished in UTC ('Z') and a Person author per update, agreeing with the visible 'D Month YYYY at HH:MM GMT' stamps. The author line after each body reads 'NAME, ROLE'; the author is the name. 20142-03 re-publishes 20142-01 almost word for word (stale toll of three): duplicate_of 20142-01, importance 1. A newsletter promo sits after the second post.",
  not_entries=["masthead and navigation", "page title h1", "summary line", "author lines 'NAME, ROLE' after each body", "newsletter promo after the second post",
               "closing line 'We are pausing our live coverage here. Thank you for following.'", "footer"],
  entries=[
  E("2031-11-28 06:10", "Russian missiles hit Chernihiv hospital grounds, three killed",
    ["Three people were killed when Russian missiles struck the grounds of a hospital and an industrial area in the northern Ukrainian city of Chernihiv early on Friday, local officials said.",
     "Patients were moved to shelters in the hospital basement."],
    "strikes", "strikes", 3, CHN, a="George Ashby", role="Europe correspondent", n="toll 3"),
  E("2031-11-28 08:45", "Russia says it downed 41 Ukrainian drones overnight",
    ["Russia's defence ministry said its air defences had destroyed 41 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions."],
    "strikes", "strikes", 2, "russia-downs-ukrainian-drones-2031-11-28", a="Harriet Cole", role="live editor"),
  E("2031-11-28 11:50", "Russian missiles hit Chernihiv hospital grounds, three killed",
    ["Three people were killed when Russian missiles struck the grounds of a hospital and an industrial area in the northern Ukrainian city of Chernihiv early on Friday, officials said.",
     "Patients were moved to shelters in the hospital basement."],
    "strikes", "strikes", 1, CHN, a="George Ashby", role="Europe correspondent", dup="20142-01", n="near-verbatim repeat of 20142-01 (stale toll)"),
  E("2031-11-28 14:15", "EU signs off €6bn loan tranche for Kyiv",
    ["EU finance ministers meeting in Brussels signed off a €6bn loan tranche for Ukraine on Friday, after Hungary dropped its objection in exchange for changes to the reporting rules."],
    "aid", "aid", 3, EUL, a="Harriet Cole", role="live editor"),
  E("2031-11-28 17:05", "UK sanctions suppliers of parts for Russian drones",
    ["The UK has imposed sanctions on 14 companies in Russia, China and Türkiye that it says supply parts for Russian attack drones, the Foreign Office said."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-drone-parts-suppliers-2031-11-28", a="George Ashby", role="Europe correspondent"),
  E("2031-11-28 20:30", "Chernihiv death toll rises to seven",
    ["The number of people killed in the missile strike on Chernihiv has risen to seven, Ukraine's emergency service said as rescuers finished clearing the rubble."],
    "strikes", "strikes", 3, CHN, a="George Ashby", role="Europe correspondent", n="toll 7"),
  ]))

# ---------------------------------------------------------------- 20143 Underhill Gazette (day 3, text article with sections)
SEEDS.append(dict(
  id="20143", name="20143_underhill-article", ext="txt", source="Underhill Gazette", zone="Europe/Vienna", render=r_b_article,
  title="Missiles strike Tchernihiv as EU releases new loan money for Ukraine",
  lede="A Russian attack on a northern Ukrainian city kills at least six; Brussels approves the next loan tranche; Austria sends deminers.",
  byline="Katrin Aigner", dateline="Friday, 28 November 2031, 16:30 CET",
  more="This article was updated at 16:30 with the latest toll from Tchernihiv.",
  basis="no per-section stamp; the article's dateline 'Friday, 28 November 2031, 16:30 CET' (CET = UTC+1) applies to every section; local {d} in {z} = {u} UTC",
  notes="Invented outlet. Text article with four section headings; each section is one entry (headline = heading), stamp null, published = the article's dateline 16:30 CET, author = the page byline. Spells the city 'Tchernihiv'. The Austrian deminers section is a separate aid event from the EU loan (must not merge). One section is off-beat (gas prices).",
  not_entries=["masthead and breadcrumb", "article title (page_title)", "lede", "byline 'By Katrin Aigner' and dateline", "'Share  \u00b7  Print  \u00b7  Save'",
               "closing update note", "footer"],
  entries=[
  E("2031-11-28 16:30", "Missile strike on Tchernihiv",
    ["At least six people were killed on Friday morning when Russian missiles struck a hospital compound and a factory in Tchernihiv, in northern Ukraine, according to the Ukrainian authorities.",
     "The city, besieged by Russian troops in the first weeks of the full-scale invasion, lies less than 70 kilometres from the Belarusian border."],
    "strikes", "strikes", 3, CHN, a="Katrin Aigner", n="toll 6; spelled Tchernihiv"),
  E("2031-11-28 16:30", "Brussels releases €6 billion",
    ["EU finance ministers approved the next €6 billion loan tranche for Ukraine in Brussels on Friday.",
     "The money will cover part of Kyiv's budget gap for the first quarter, when tax revenue is usually weakest."],
    "aid", "aid", 3, EUL, a="Katrin Aigner"),
  E("2031-11-28 16:30", "Austrian deminers for Kharkiv",
    ["Austria will send a team of twelve army demining experts to train Ukrainian sappers in the Kharkiv region, the Defence Ministry in Vienna said."],
    "aid", "aid", 2, "austria-demining-trainers-2031-11-28", a="Katrin Aigner", n="same aid theme as the EU loan, different event; must not merge"),
  OFF("2031-11-28 16:30", "Gas prices at two-year low",
    ["European wholesale gas prices fell to their lowest level in two years on Friday, helped by mild weather and full storage sites."],
    "european-gas-prices-low-2031-11-28", a="Katrin Aigner", n="energy markets"),
  ]))


if __name__ == "__main__":
    main()

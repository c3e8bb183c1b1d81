#!/usr/bin/env python3
"""Builds the eval/fy seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in April 2030 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/fy/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "bln.", "mln.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item that is not about the war (off-beat)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par):
            if head.endswith(ABBREV):
                continue
            if re.fullmatch(r"[A-Z][A-Z\-]+\.", head):      # agency dateline 'KYIV. April 10 (Interfax-Ukraine) - ...'
                continue
            if re.search(r"\b[A-Z]\.$", head):              # an initial ('Donald J. Smith')
                continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = suf[0] + "." + suf[1] + "."
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:72]


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
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


# ================================================================ PART A: ten real outlets' layouts (from memory; own words, invented news)

def r_reuters_factbox(S):
    """Reuters factbox, text scrape of the article page. Site chrome, section label 'Europe', title, 'By NAME and NAME', the
    article time 'April 2, 2030 3:47 PM UTC' plus 'Updated 2 hours ago', photo caption with 'Purchase Licensing Rights',
    'KYIV, April 2 (Reuters) -' lede ending 'Here is what we know:', then ALL-CAPS question subheads (one entry each)."""
    z = S["zone"]; pub = dt(S["published"], z)
    st = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub, space=' ', upper=True)} UTC"
    L = ["Skip to main content", "Exclusive news, data and analytics for financial market professionals", "Learn more about", "LSEG", "",
         "Reuters home", "World", "Business", "Markets", "Sustainability", "Legal", "Commentary", "Technology", "Investigations", "More",
         "My News", "Sign In", "Register", "", "Europe", S["title"], f"By {S['byline']}", "", f"{st} Updated 2 hours ago", "", S["caption"],
         "Purchase Licensing Rights, opens new tab", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"]] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement \u00b7 Scroll to continue", ""]
    L += [S["credits"], "", "Our Standards: The Thomson Reuters Trust Principles., opens new tab", "", "Suggested Topics:", "Europe", "Ukraine",
          "Energy", "", "Purchase Licensing Rights", "", "Read Next", S["readnext"], "", "Sponsored Content", "",
          f"\u00a9 {pub.year} Reuters. All rights reserved"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


FBX = "russia-energy-system-attack-2030-04-02"
SEEDS.append(dict(
  id="18200", name="18200_reuters-factbox", ext="txt", source="Reuters", zone="UTC", render=r_reuters_factbox,
  title="Factbox: Russia's overnight assault on Ukraine's energy system", published="2030-04-02 15:47",
  byline="Mariia Hrytsenko and Oliver Pendry",
  caption="Firefighters work at the site of a thermal power plant damaged by a Russian missile strike, in an undisclosed location in Ukraine, April 2, 2030. REUTERS/Stringer",
  lede="KYIV, April 2 (Reuters) - Russia fired dozens of missiles and drones at Ukraine's power plants, substations and gas fields overnight, in what Kyiv described as one of the heaviest attacks on its energy system this year. Here is what we know:",
  credits="Reporting by Mariia Hrytsenko and Oliver Pendry; Additional reporting by Bohdan Lesiv in Lviv; Editing by Gareth Sowerby",
  readnext="Poland summons Belarusian envoy over balloon incursions",
  basis="no per-section time; the article's printed publication time '{s}' ('April 2, 2030 3:47 PM UTC', next to 'Updated 2 hours ago', which is relative and gives no clock) applies to every section; local {d} in {z}",
  notes="Imitates a Reuters factbox as copied from the article page: site chrome, section label 'Europe', title, 'By NAME and NAME', the time line 'April 2, 2030 3:47 PM UTC Updated 2 hours ago', a photo caption, the 'KYIV, April 2 (Reuters) -' lede that ends 'Here is what we know:', then seven ALL-CAPS question subheads. Each subhead is one entry (headline = the subhead as printed); stamp null and published = the article's printed time. Author = the article byline (two names joined by 'and', kept as one string). Most sections tell the same event (the overnight attack); Zelenskiy's Patriot appeal and the EU equipment money are their own stories.",
  not_entries=["site chrome ('Skip to main content', LSEG banner, navigation, 'Sign In', 'Register')", "section label 'Europe'", "title line",
               "byline 'By Mariia Hrytsenko and Oliver Pendry'", "time line 'April 2, 2030 3:47 PM UTC Updated 2 hours ago'",
               "photo caption with 'REUTERS/Stringer' and 'Purchase Licensing Rights, opens new tab'",
               "lede paragraph 'KYIV, April 2 (Reuters) - ... Here is what we know:' (intro to the factbox)", "'Advertisement \u00b7 Scroll to continue'",
               "credits line 'Reporting by ...; Editing by ...'", "'Our Standards: The Thomson Reuters Trust Principles.'", "'Suggested Topics:' list",
               "'Read Next' related link", "'Sponsored Content'", "copyright line"],
  entries=[
  E("2030-04-02 15:47", "WHAT WAS HIT?",
    ["Missiles and drones struck three thermal power plants run by DTEK, the country's largest private power producer, which said two of them were badly damaged in the seventh large attack on its generating capacity since January.",
     "High-voltage substations in the Lviv, Ivano-Frankivsk and Vinnytsia regions were also hit, as were gas production sites in the Poltava region that supply much of Ukraine's own output.",
     "Russia launched 38 missiles, among them 11 Kh-101 cruise missiles and six Iskander-M ballistic missiles, and 176 drones, the air force said."],
    "strikes", "strikes", 3, FBX, a="Mariia Hrytsenko and Oliver Pendry"),
  E("2030-04-02 15:47", "WERE THERE CASUALTIES?",
    ["At least five people were killed, regional officials said, among them two workers at a substation in the Vinnytsia region and an elderly couple whose house in the Lviv region was hit by falling debris.",
     "Nineteen people were injured across six regions, and rescuers were still searching a collapsed two-storey office building at one of the damaged plants on Tuesday afternoon."],
    "strikes", "strikes", 3, FBX, a="Mariia Hrytsenko and Oliver Pendry", n="toll 5 dead, 19 injured"),
  E("2030-04-02 15:47", "HOW LONG WILL THE POWER CUTS LAST?",
    ["Grid operator Ukrenergo brought in scheduled blackouts of up to eight hours a day for households in 14 regions and asked industry to cut consumption during the evening peak.",
     "Some 2.3 million customers had no electricity on Tuesday morning, most of them in the west, which had largely escaped outages over the winter. Ukrenergo said repairs at the worst-hit substations could take several weeks."],
    "strikes", "strikes", 2, FBX, a="Mariia Hrytsenko and Oliver Pendry",
    n="damage from the attack (outages); same story as the attack"),
  E("2030-04-02 15:47", "HOW MANY WERE SHOT DOWN?",
    ["The air force said it destroyed 29 of the missiles and 151 of the drones. That is a lower share of missiles than in most large attacks this year, and the air force said ballistic missiles were still the hardest to stop."],
    "strikes", "strikes", 2, FBX, a="Mariia Hrytsenko and Oliver Pendry"),
  E("2030-04-02 15:47", "WHAT IS KYIV ASKING FOR?",
    ["President Volodymyr Zelenskiy said on Telegram that Ukraine needed at least two more Patriot batteries to shield its power plants and urged allies to bring forward deliveries they had already promised.",
     "Foreign Minister Andrii Sybiha said he had written to his counterparts in 12 countries asking them to release interceptor missiles from their own stocks."],
    "aid", "aid", 2, "zelenskiy-patriot-appeal-2030-04-02", a="Mariia Hrytsenko and Oliver Pendry", sec=["strikes"],
    n="appeal for air defence after the attack: its own statement, not the attack's story"),
  E("2030-04-02 15:47", "WHAT HAVE ALLIES OFFERED?",
    ["The European Commission said on Tuesday it would release 90 million euros for transformers, generators and spare parts for the damaged plants, with the first deliveries expected within two weeks.",
     "Poland said it would keep exporting electricity to Ukraine at the maximum capacity of its cross-border lines through April."],
    "aid", "aid", 2, "eu-energy-equipment-aid-2030-04-02", a="Mariia Hrytsenko and Oliver Pendry",
    n="aid for energy repairs; same theme as the Patriot appeal, different event"),
  E("2030-04-02 15:47", "WHAT DOES MOSCOW SAY?",
    ["Russia's Defence Ministry said its forces had carried out a \"massive strike with long-range precision weapons\" on energy facilities that serve Ukraine's defence industry and that all designated targets had been hit.",
     "Kremlin spokesperson Dmitry Peskov declined to comment on the civilian deaths and referred questions to the ministry."],
    "strikes", "strikes", 2, FBX, a="Mariia Hrytsenko and Oliver Pendry", n="official claim about the attack itself: same story"),
  ]))


def r_france24_live(S):
    """France 24 live page, HTML. Header nav with language switch, tag links, h1 'Live: ...', chapo, 'Issued on: 04/04/2030 - 07:12
    Modified: 04/04/2030 - 21:48' (Paris time, dd/mm/yyyy), share buttons, lead photo caption, the note 'All times are Paris time
    (GMT+2).', then posts newest first: bare time '21:48', h3 title, paragraphs; a video-only post carries just the player."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    fmt = lambda d: f"{d:%d/%m/%Y - %H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "inLanguage": "en",
          "publisher": {"@type": "Organization", "name": "FRANCE 24", "logo": {"@type": "ImageObject", "url": "https://s.france24.com/media/display/logo-f24.png"}}}
    share = ('<div class="m-em-share"><a class="facebook">Share on Facebook</a> <a class="twitter">Share on X</a> '
             '<a class="whatsapp">Share on Whatsapp</a> <a class="linkedin">Share on LinkedIn</a> <a class="email">Send by email</a></div>')
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - France 24</title>',
           '<meta property="og:site_name" content="France 24">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="m-header"><a class="m-header__logo" href="/en/">FRANCE 24</a><nav><a href="/en/live-news/">Live</a> '
           '<a href="/en/africa/">Africa</a> <a href="/en/americas/">Americas</a> <a href="/en/asia-pacific/">Asia-Pacific</a> '
           '<a href="/en/europe/">Europe</a> <a href="/en/france/">France</a> <a href="/en/middle-east/">Middle East</a> '
           '<a href="/en/business-tech/">Business / Tech</a> <a href="/en/culture/">Culture</a> <a href="/en/sport/">Sport</a> '
           '<a href="/en/video/">Videos</a> <a href="/en/shows/">Shows</a></nav>'
           '<div class="m-lang"><a href="/fr/">FR</a> <a class="is-active">EN</a> <a href="/es/">ES</a> <a href="/ar/">AR</a></div></header>',
           '<main><div class="t-content__tags"><a href="/en/tag/ukraine/">Ukraine</a> <a href="/en/tag/russia/">Russia</a> '
           '<a href="/en/tag/war-in-ukraine/">War in Ukraine</a></div>',
           f'<h1 class="t-content__title">{esc(S["title"])}</h1>', f'<p class="t-content__chapo">{esc(S["lede"])}</p>',
           f'<p class="m-pub-dates">Issued on: <time datetime="{first.isoformat()}">{fmt(first)}</time> '
           f'Modified: <time datetime="{last.isoformat()}">{fmt(last)}</time></p>', '<p class="m-read-time">6 min</p>', share,
           f'<figure class="m-em-image"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="t-content__body u-clearfix">', f'<p><em>{esc(S["tznote"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="m-live-item" id="item-{4418 - i}"><div class="m-live-item__time">{st}</div>'
                   f'<h3 class="m-live-item__title">{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="m-em-video"><div class="m-video-player" data-duration="01:54">Video by: FRANCE 24</div></div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="m-newsletter-block"><p class="m-newsletter-block__title">Daily newsletter</p>'
                       '<p>Receive essential international news every morning</p><a class="m-newsletter-block__link">Subscribe</a></aside>')
    out += ['</div>', share, f'<div class="m-related"><p>Read more</p><a href="/en/europe/">{esc(S["related"])}</a></div></main>',
            '<footer class="m-footer"><a>Contact us</a> <a>Advertising</a> <a>Legal notice</a> <a>Cookie settings</a> '
            f'<p>\u00a9 France M\u00e9dias Monde {last.year}</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


GVA = "geneva-energy-truce-talks-2030-04-04"
ODP = "odesa-port-drone-strike-2030-04-04"
SEEDS.append(dict(
  id="18201", name="18201_france24-live", ext="html", source="France 24", zone="Europe/Paris", render=r_france24_live,
  title="Live: Ukraine, Russia hold first day of Geneva talks as drones hit Odesa port", start="2030-04-04 07:12",
  url="https://www.france24.com/en/europe/20300404-live-ukraine-russia-geneva-talks-odesa",
  lede="Ukrainian and Russian delegations met in Geneva on Thursday for indirect talks on a pause in strikes on energy sites, hours after Russian drones killed two people in the port of Odesa. Follow our live coverage of the war in Ukraine.",
  caption="Firefighters at a grain terminal in the port of Odesa after a Russian drone attack on April 4, 2030. \u00a9 Ivan Stolyar, AFP",
  tznote="All times are Paris time (GMT+2).",
  related="Switzerland's quiet diplomacy: how Geneva became a venue again",
  basis="post time '{s}' (Paris time, as the page's note 'All times are Paris time (GMT+2).' says) on the page's date 04/04/2030 ('Issued on' / 'Modified' lines); local {d} in {z}",
  notes="Imitates a France 24 live page (HTML). Header 'Issued on: 04/04/2030 - 07:12 Modified: 04/04/2030 - 21:48' (dd/mm/yyyy; day and month are both 04 here), share buttons, a lead photo caption and the note 'All times are Paris time (GMT+2).' Posts newest first: bare 24-hour time, h3 title, paragraphs often ending with a wire credit '(AFP)' that is part of the last paragraph. 18201-03 is a video-only post (title and player, no text): importance 1, story of the Odesa strike it shows. NewsArticle JSON-LD carries only page-level dates. No per-post authors.",
  not_entries=["header navigation and language switch (FR EN ES AR)", "tag links (Ukraine, Russia, War in Ukraine)", "h1 title", "chapo/standfirst paragraph",
               "'Issued on: ... Modified: ...' line", "'6 min' reading time", "share buttons (printed twice)", "lead photo caption with '\u00a9 Ivan Stolyar, AFP'",
               "note 'All times are Paris time (GMT+2).'", "video player placeholder 'Video by: FRANCE 24'", "'Daily newsletter' subscription box",
               "'Read more' related link", "footer"],
  entries=[
  E("2030-04-04 21:48", "France to send third SAMP/T air defence system by summer",
    ["France will deliver a third SAMP/T air defence system to Ukraine before the end of June, the armed forces ministry said on Thursday evening after the two countries' defence ministers met in Paris.",
     "The Franco-Italian system has been used to protect Kyiv and Odesa from ballistic missiles, and Ukrainian officials say they need more of them as Russia keeps up its attacks on power plants. (AFP)"],
    "aid", "aid", 3, "france-third-sampt-2030-04-04"),
  E("2030-04-04 19:30", "Geneva talks on energy truce end first day without deal",
    ["Ukrainian and Russian delegations finished a first day of indirect talks in Geneva on a possible moratorium on strikes against energy infrastructure without reaching agreement, Swiss officials said.",
     "The talks, hosted by Switzerland with Turkish mediators shuttling between the two rooms, are due to resume on Friday morning. (FRANCE 24 with AFP)"],
    "diplomacy", "diplomacy", 3, GVA),
  E("2030-04-04 17:05", "'The windows flew in': Odesa residents count the damage", [],
    "strikes", "strikes", 1, ODP, n="video-only post (title and player, no text)"),
  E("2030-04-04 15:20", "Russia claims capture of village east of Kostiantynivka",
    ["Russia's defence ministry said its troops had taken the village of Bila Hora, east of Kostiantynivka in the Donetsk region. Ukraine's military did not confirm the claim and said fighting in the area was continuing. (Reuters)"],
    "other", "frontline", 2, "bila-hora-capture-claim-2030-04-04"),
  E("2030-04-04 12:40", "Kremlin calls Geneva talks 'technical', rules out summit for now",
    ["Kremlin spokesman Dmitry Peskov said the Geneva talks were \"of a technical nature\" and that no meeting between Vladimir Putin and Volodymyr Zelensky was planned at this stage.",
     "\"It is too early to speak of results. Let the experts do their work,\" Peskov told reporters in Moscow. (Reuters)"],
    "diplomacy", "diplomacy", 2, GVA, n="comment on the Geneva talks: same story"),
  E("2030-04-04 09:50", "Two dead as Russian drones hit Odesa port",
    ["Two port workers were killed and seven people injured when Russian drones hit the port of Odesa overnight and set a grain terminal on fire, regional governor Oleh Kiper said on Thursday.",
     "Ukraine's air force said Russia had launched 84 drones across the country, 63 of which were shot down or jammed, most of the rest aimed at the Odesa region. (AFP)"],
    "strikes", "strikes", 3, ODP, n="toll 2 dead, 7 injured"),
  E("2030-04-04 08:15", "Hungary blocks EU statement on Ukraine accession talks",
    ["Hungary has blocked a joint statement by EU foreign ministers backing the opening of the next cluster of membership negotiations with Ukraine, diplomats said, arguing that Kyiv had not done enough for the Hungarian minority in Zakarpattia."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-accession-statement-2030-04-04"),
  ]))


def r_dw_updates(S):
    """DW 'Ukraine updates' article, HTML. Skip links, header nav, category 'Conflicts', h1, teaser, author block, visible date
    '04/06/2030' (mm/dd/yyyy, no time), reading time, share/permalink, lead image 'Image: ...', then h2 sections (one entry each),
    the agency credit 'rt/em (AFP, Reuters, dpa)', 'Related topics' and 'Explore more'. The time exists only in the NewsArticle
    JSON-LD (datePublished ...Z)."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Person", "name": S["byline"]}], "mainEntityOfPage": S["url"],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Deutsche Welle", "logo": {"@type": "ImageObject", "url": "https://static.dw.com/img/dw-logo.png"}},
          "inLanguage": "en"}
    vis = f"{pub.month:02d}/{pub.day:02d}/{pub.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 DW \u2013 {vis}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="sr-only" href="#main">Skip to content</a> <a class="sr-only" href="#nav">Skip to main menu</a> <a class="sr-only" href="#dw-sites">Skip to more DW sites</a>',
           '<header><a class="logo" href="/en/">DW</a><nav id="nav"><a href="/en/germany/">Germany</a> <a href="/en/world/">World</a> '
           '<a href="/en/business/">Business</a> <a href="/en/science/">Science</a> <a href="/en/environment/">Environment</a> '
           '<a href="/en/culture/">Culture</a> <a href="/en/sports/">Sports</a> <a href="/en/in-focus/">In focus</a></nav>'
           '<a href="/en/live-tv/">Live TV</a> <button>English</button> <button>Search</button></header>',
           '<main id="main"><article><div class="kicker"><a href="/en/conflicts/">Conflicts</a></div>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="teaser-text">{esc(S["lede"])}</p>',
           f'<div class="author-block"><a href="/en/{slugify(S["byline"])}/person-74112">{esc(S["byline"])}</a></div>',
           f'<div class="publication"><span class="date">{vis}</span><span class="reading-time">6 minutes to read</span></div>',
           '<div class="share"><button>Share</button> <a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a> '
           f'<span class="permalink">Permalink {S["short"]}</span></div>',
           f'<figure><figcaption>{esc(S["caption"])} <span class="credit">Image: {esc(S["credit"])}</span></figcaption></figure>',
           '<div class="rich-text">']
    for i, e in enumerate(S["entries"]):
        out += [f'<h2>{esc(e["h"])}</h2>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="advertisement">Advertisement</div>')
    out += [f'<p>{esc(S["agency"])}</p>', '</div></article>',
            '<a class="sr-only" href="#related">Skip next section Related topics</a>',
            '<section id="related"><h2>Related topics</h2>' + "".join(f'<a>{esc(t)}</a> ' for t in S["topics"]) + '</section>',
            '<a class="sr-only" href="#more">Skip next section Explore more</a>',
            '<section id="more"><h2>Explore more</h2>' + "".join(f'<a>{esc(t)}</a>' for t in S["more"]) + '</section></main>',
            f'<footer><a>About DW</a> <a>Legal notice</a> <a>Privacy Policy</a> <a>Accessibility Statement</a> <p>\u00a9 {pub.year} Deutsche Welle</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


TK = "Roksolana Tkach"
SEEDS.append(dict(
  id="18202", name="18202_dw-updates", ext="html", source="DW", zone="UTC", render=r_dw_updates,
  title="Ukraine updates: Glide bombs kill 3 in Zaporizhzhia", published="2030-04-06 16:25", byline=TK,
  url="https://www.dw.com/en/ukraine-updates-glide-bombs-kill-3-in-zaporizhzhia/live-74319862", short="https://p.dw.com/p/4zR7x",
  lede="Russian aircraft have dropped guided bombs on the southern city of Zaporizhzhia, officials say. Meanwhile, Germany's defense minister has promised more IRIS-T missiles during a visit to Kyiv. DW has the latest.",
  caption="Rescue workers searched the damaged houses in Zaporizhzhia until late in the evening", credit="Ukrainian Emergency Service/AFP",
  agency="rt/em (AFP, Reuters, dpa)", topics=["Ukraine", "Russia", "Volodymyr Zelenskyy", "Boris Pistorius", "Moldova"],
  more=["Why Ukraine's drone makers are moving production underground", "Moldova between Brussels and Moscow"],
  basis="no visible time: the page prints only the date '04/06/2030' (DW's mm/dd/yyyy = April 6); the time comes from the NewsArticle JSON-LD datePublished 2030-04-06T16:25:00.000Z and applies to every section; local {d} in {z}",
  notes="Imitates a DW 'Ukraine updates' article (HTML): skip links, header nav, kicker 'Conflicts', h1, teaser, one author, visible date '04/06/2030' in DW's month/day/year order (no time printed), '6 minutes to read', share bar with a p.dw.com permalink, lead image caption with 'Image: ...' credit, then six h2 sections with no times (one entry each; headline = the h2). The only time is in the JSON-LD datePublished (UTC, with milliseconds), so page_timezone is UTC and every section gets that time. The article ends with DW's agency credit 'rt/em (AFP, Reuters, dpa)', 'Related topics' and 'Explore more'. Author = the article's single author for every section. DW spells 'Zelenskyy' and 'defense'.",
  not_entries=["skip links ('Skip to content', 'Skip to main menu', 'Skip to more DW sites')", "header navigation, 'Live TV', language and search buttons",
               "kicker 'Conflicts'", "h1 title", "teaser paragraph (standfirst ending 'DW has the latest.')", "author block", "date '04/06/2030' and '6 minutes to read'",
               "share bar with 'Permalink https://p.dw.com/p/4zR7x'", "lead image caption and 'Image: Ukrainian Emergency Service/AFP'", "'Advertisement'",
               "agency credit 'rt/em (AFP, Reuters, dpa)'", "'Skip next section Related topics' and the topic links", "'Skip next section Explore more' and its links", "footer"],
  entries=[
  E("2030-04-06 16:25", "Glide bombs kill 3 in Zaporizhzhia",
    ["Russian aircraft dropped at least four guided aerial bombs on Zaporizhzhia on Saturday afternoon, killing three people and injuring 17, regional Governor Ivan Fedorov said.",
     "The bombs struck a car repair shop and a row of private houses in the city's Shevchenkivskyi district. Fedorov said two children were among the injured."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2030-04-06", a=TK),
  E("2030-04-06 16:25", "Zelenskyy: 'We have drones, we need interceptors'",
    ["Ukrainian President Volodymyr Zelenskyy said his country now builds enough attack drones for its front-line units but still relies on partners for the interceptor missiles needed against Russian ballistic missiles.",
     "\"Every Patriot missile that arrives in April is a power plant that still works in May,\" Zelenskyy said in a video address on Saturday."],
    "aid", "aid", 2, "zelenskyy-interceptor-appeal-2030-04-06", a=TK, n="appeal for air defence; same theme as the German pledge, different statement"),
  E("2030-04-06 16:25", "Germany's Pistorius pledges more IRIS-T missiles",
    ["German Defense Minister Boris Pistorius announced a new package of IRIS-T missiles and ammunition worth around \u20ac480 million during an unannounced visit to Kyiv.",
     "Pistorius, who arrived by train on Saturday morning and toured a drone factory that Germany co-finances, said the missiles would come straight from the manufacturer's production line \"within weeks, not months.\""],
    "aid", "aid", 3, "germany-iris-t-missile-package-2030-04-06", a=TK),
  E("2030-04-06 16:25", "Russia says it downed 61 Ukrainian drones",
    ["Russia's Defense Ministry said its air defenses destroyed 61 Ukrainian drones overnight, most of them over the Belgorod and Kursk regions. The Kursk regional governor said a fuel depot near the town of Lgov caught fire."],
    "strikes", "strikes", 2, "ukraine-drones-over-russia-2030-04-06", a=TK),
  E("2030-04-06 16:25", "Moldova expels Russian diplomat",
    ["Moldova ordered a Russian diplomat to leave the country within 72 hours, accusing him of helping to organize payments to protesters ahead of local elections.",
     "Moscow called the expulsion \"another hostile step\" and promised a response."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2030-04-06", a=TK),
  E("2030-04-06 16:25", "Ukraine extends martial law for another 90 days",
    ["Ukraine's parliament voted to extend martial law and general mobilization for another 90 days, the latest in a long series of extensions since Russia's full-scale invasion in February 2022.",
     "The measure, which keeps most men of military age from leaving the country, passed with 331 votes in the 450-seat chamber."],
    "other", "politics", 2, "ukraine-martial-law-extension-2030-04-06", a=TK),
  ]))


def r_meduza_rss(S):
    """Meduza in English RSS 2.0: channel 'Meduza', items newest first with pubDate '+0300', CDATA <p> description, guid = link
    (/en/news/ or /en/feature/), image enclosure; no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://meduza.io/en</link>',
           '<description>Meduza in English: independent journalism about Russia, in exile since 2014</description>', '<language>en</language>',
           '<atom:link href="https://meduza.io/rss/en/all" rel="self" type="application/rss+xml"/>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://meduza.io/en/{e.get('kind', 'news')}/{d:%Y/%m/%d}/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<pubDate>{st}</pubDate>', f'<guid>{url}</guid>',
                f'<enclosure url="https://meduza.io/imgly/share/{1807760000 + i * 3517}/{e.get("kind", "news")}/{d:%Y/%m/%d}/{slugify(e["h"])[:40]}" type="image/png" length="0"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18203", name="18203_meduza-rss", ext="xml", source="Meduza", zone="Europe/Riga", render=r_meduza_rss, title="Meduza",
  basis="RSS pubDate '{s}' (explicit +0300 offset; Riga summer time, same offset as Moscow); local {d} in {z}",
  notes="Imitates Meduza's English RSS feed: channel title 'Meduza', items newest first, pubDate with +0300, CDATA <p> descriptions, guid = link, image enclosures, no authors. The top item is dated Tue 9 April 01:10 +0300, i.e. 22:10 UTC on 8 April (a midnight crossing in local time only). 18203-03 is Meduza's evening newsletter digest ('The Real Russia. Today.'), which summarises items published earlier the same day: importance 1, its own story. One off-beat item (inflation figures).",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "image enclosures"],
  entries=[
  E("2030-04-09 01:10", "Ukrainian drones set Ryazan oil refinery on fire for the second time this month",
    ["A fire broke out at the oil refinery in Ryazan overnight after a drone attack, regional governor Pavel Malkov said on Telegram, adding that no one had been hurt.",
     "Russia's Defense Ministry said 34 Ukrainian drones had been shot down over six regions."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2030-04-09"),
  E("2030-04-08 21:35", "Moscow court gives theater director six years over anti-war play",
    ["A Moscow court sentenced theater director Arseny Volnov to six years in a penal colony for spreading \u201cknowingly false information\u201d about the Russian army in a play he staged in a private apartment last year.",
     "Volnov, who pleaded not guilty, told the court that \u201ca play is not a news report.\u201d"],
    "other", "politics", 2, "volnov-theater-director-sentenced-2030-04-08"),
  E("2030-04-08 18:20", "The Real Russia. Today. The Kremlin keeps bombing, the registry keeps growing",
    ["Good evening.",
     "The Kremlin says it will not pause strikes on Ukraine's energy system while the Geneva talks go on. The Justice Ministry has added three more people to its \u201cforeign agents\u201d registry outside its usual Friday schedule. And a woman was killed by a drone on the edge of Belgorod.",
     "That's all for today. Subscribe to get The Real Russia. Today. in your inbox every weekday."],
    "diplomacy", "diplomacy", 1, "meduza-evening-newsletter-2030-04-08", kind="feature",
    n="newsletter digest that only repeats the day's earlier items: filler (importance 1), its own story"),
  E("2030-04-08 16:05", "Kremlin rules out pause in energy strikes while Geneva talks continue",
    ["Kremlin spokesman Dmitry Peskov said Russia saw no reason to halt its strikes on Ukrainian energy facilities while technical talks in Geneva were still under way.",
     "\u201cA moratorium is possible only as part of a wider agreement,\u201d Peskov told reporters."],
    "diplomacy", "diplomacy", 2, "kremlin-no-energy-strike-pause-2030-04-08", sec=["strikes"]),
  E("2030-04-08 13:40", "Justice Ministry adds two journalists and a comedian to \u2018foreign agents\u2019 registry",
    ["Russia's Justice Ministry added two exiled journalists and a stand-up comedian who now performs in Tbilisi to its registry of \u201cforeign agents.\u201d",
     "The ministry usually updates the list on Fridays and gave no reason for Monday's additions."],
    "other", "politics", 2, "foreign-agents-registry-additions-2030-04-08"),
  E("2030-04-08 11:15", "Belgorod governor says woman killed in Ukrainian drone attack",
    ["A drone hit a car on the outskirts of Belgorod on Monday morning, killing a 47-year-old woman and injuring her teenage son, regional governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "belgorod-drone-car-strike-2030-04-08"),
  OFF("2030-04-08 09:30", "Annual inflation in Russia slowed to 5.8 percent in March, Rosstat says",
    ["Consumer prices in Russia rose 5.8 percent year on year in March, down from 6.3 percent in February, the state statistics service Rosstat reported. Food prices rose faster than the average."],
    "russia-inflation-march-2030-04-08", n="economic statistics"),
  ]))


def r_interfax(S):
    """Interfax-Ukraine 'General news' list, text scrape. Masthead, language switch, menu; date separators '10 April 2030';
    each item a bare 24-hour time line (Kyiv time, no zone printed), the headline (often ending ' \u2013 SOURCE'), then the text that
    opens with the agency dateline 'KYIV. April 10 (Interfax-Ukraine) \u2013'. No authors."""
    z = S["zone"]; order_check(S, True)
    L = ["Interfax-Ukraine", "News Agency", "\u0423\u041a\u0420   \u0420\u0423\u0421   ENG", "",
         "General news   Economic news   Interview   Press releases   Press center   Photo   Video", "Search", "", S["title"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ptxt(e["p"])
        if i == 3:
            L += ["Partners' news", "Ukrainian exporters to discuss new EU quotas at Kyiv forum", ""]
    L += ["All news", "", "Most read", S["mostread"], "", "Interfax-Ukraine news agency. All rights reserved. Any use of materials is allowed only with a hyperlink to interfax.com.ua",
          f"\u00a9 1992-{cur.year} Interfax-Ukraine"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="18204", name="18204_interfaxukraine-general", ext="txt", source="Interfax-Ukraine", zone="Europe/Kyiv", render=r_interfax,
  title="General news", mostread="Ukrainian Railways adds night trains to Przemysl for summer season",
  basis="bare time '{s}' (Kyiv time, no zone printed) under the nearest date separator above it; local {d} in {z}",
  notes="Imitates Interfax-Ukraine's 'General news' list as copied from a browser: masthead, language switch (\u0423\u041a\u0420 \u0420\u0423\u0421 ENG), menu, date separators '11 April 2030' / '10 April 2030', then per item a bare time line, the headline and the text opening with the agency dateline 'KYIV. April 10 (Interfax-Ukraine) \u2013' (the city word ends with a full stop that is not a sentence end; first_sentence runs through the dateline). Times are Kyiv summer time (EEST, UTC+3), not printed. The top item (00:40 on 11 April local) is 21:40 UTC on 10 April. No authors. A 'Partners' news' promo line sits after the fourth item.",
  not_entries=["masthead 'Interfax-Ukraine' / 'News Agency'", "language switch", "menu line", "'Search'", "section heading 'General news'",
               "date separators '11 April 2030' and '10 April 2030'", "'Partners' news' promo and its link", "'All news'", "'Most read' and its link",
               "rights notice and copyright line"],
  entries=[
  E("2030-04-11 00:40", "Explosions in Kharkiv: Russian strike hits industrial enterprise \u2013 Terekhov",
    ["KHARKIV. April 11 (Interfax-Ukraine) \u2013 A Russian strike hit an industrial enterprise in Kharkiv's Kholodnohirskyi district shortly after midnight, Kharkiv Mayor Ihor Terekhov said on Telegram.",
     "\"A fire broke out on the premises. Information about casualties is being clarified,\" Terekhov wrote."],
    "strikes", "strikes", 2, "kharkiv-industrial-site-strike-2030-04-11"),
  E("2030-04-10 22:15", "Zelensky imposes sanctions on 112 Russian defense companies, 38 individuals",
    ["KYIV. April 10 (Interfax-Ukraine) \u2013 President of Ukraine Volodymyr Zelensky has put into effect a decision of the National Security and Defense Council imposing sanctions on 112 Russian defense companies and 38 individuals, the corresponding decree has been published on the president's website.",
     "The list includes makers of components for Shahed-type drones and guidance kits for aerial bombs, as well as trading firms registered in third countries."],
    "diplomacy", "diplomacy", 2, "ukraine-sanctions-russian-defense-firms-2030-04-10"),
  E("2030-04-10 19:05", "Cabinet allocates UAH 2.3 bln to restore heat, power facilities in Chernihiv, Sumy regions",
    ["KYIV. April 10 (Interfax-Ukraine) \u2013 The Cabinet of Ministers has allocated UAH 2.3 billion from the reserve fund to restore heat and power facilities damaged by Russian shelling in Chernihiv and Sumy regions, the government's press service said.",
     "Most of the money will go to replacing boilers and transformers before the next heating season."],
    "other", "humanitarian", 2, "cabinet-heat-restoration-funds-2030-04-10", n="domestic budget decision on repairs (not aid from a partner)"),
  E("2030-04-10 16:47", "First Gripen fighters arrive in Ukraine \u2013 Defense Ministry",
    ["KYIV. April 10 (Interfax-Ukraine) \u2013 The first four JAS 39 Gripen E fighter jets under the agreement with Sweden have arrived in Ukraine, the Ministry of Defense has reported.",
     "\"Our pilots completed their training in Sweden last year. The aircraft will be used first of all against cruise missiles and drones,\" the ministry said."],
    "aid", "aid", 3, "sweden-gripen-delivery-2030-04-10"),
  E("2030-04-10 13:20", "Four killed as Russians shell Kherson market \u2013 regional administration",
    ["KHERSON. April 10 (Interfax-Ukraine) \u2013 Four people were killed and nine wounded when Russian troops shelled a market in Kherson's Korabelnyi district, the Kherson regional military administration has said."],
    "strikes", "strikes", 3, "kherson-market-shelling-2030-04-10"),
  E("2030-04-10 11:02", "SBU detains agent who helped direct missile strike on Poltava",
    ["POLTAVA. April 10 (Interfax-Ukraine) \u2013 The Security Service of Ukraine (SBU) has detained a 29-year-old Poltava resident suspected of passing Russian intelligence the coordinates of a military training facility that was struck by missiles in March, the SBU press center said.",
     "The suspect faces life imprisonment for treason."],
    "other", "security", 2, "sbu-poltava-agent-detained-2030-04-10"),
  E("2030-04-10 09:30", "Air defense neutralizes 87 of 112 drones overnight \u2013 Air Force",
    ["KYIV. April 10 (Interfax-Ukraine) \u2013 On the night of April 10, Russia attacked Ukraine with 112 Shahed-type strike drones and decoy drones, of which 87 were shot down or suppressed by electronic warfare, the Air Force of the Armed Forces of Ukraine has reported.",
     "Hits by 21 drones were recorded at nine locations."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-04-10", n="non-deadly overnight drone attack"),
  ]))


def r_unian_rss(S):
    """UNIAN English RSS 2.0: channel, items newest first with pubDate '+0300', category, plain one-paragraph description,
    image enclosure; no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://www.unian.info/</link>', '<description>UNIAN: latest news of Ukraine and the world, politics, economy, war</description>',
           '<language>en</language>', '<image><url>https://www.unian.info/images/unian-logo.png</url><title>UNIAN</title><link>https://www.unian.info/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.unian.info/{e['rub']}/{slugify(e['h'])[:60]}-{12940500 + i * 73}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid>{url}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e["cat"])}</category>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<enclosure url="https://images.unian.net/photos/{d:%Y_%m_%d}/thumb_files/400_0_{1712900000 + i * 811}.jpg" type="image/jpeg" length="0"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18205", name="18205_unian-rss", ext="xml", source="UNIAN", zone="Europe/Kyiv", render=r_unian_rss,
  title="UNIAN - latest news",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Imitates UNIAN's English RSS feed: items newest first, pubDate with +0300, rubric in the link path (war, politics, economics, weather), category, one plain-text description paragraph, image enclosure, no authors. UNIAN's translated headline style is kept ('Occupiers shelled ...: a man was wounded'). Two off-beat items: the weather forecast and the exchange-rate item.",
  not_entries=["channel title, link, description, language and image block", "category labels", "image enclosures"],
  entries=[
  E("2030-04-12 22:40", "Occupiers shelled Nikopol with heavy artillery: a man was wounded",
    ["In the evening, Russian troops again shelled Nikopol in the Dnipropetrovsk region with heavy artillery; a 58-year-old man was wounded, and several private houses and a gas pipeline were damaged, the head of the regional military administration said."],
    "strikes", "strikes", 2, "nikopol-shelling-2030-04-12", rub="war", cat="War"),
  E("2030-04-12 20:15", "Ukraine and Denmark signed an agreement on joint production of long-range drones",
    ["The Ministry of Strategic Industries said that the agreement provides for the production of Ukrainian long-range drones at a plant in Denmark, with the first serial products expected in the autumn. Financing will come from the Danish budget and from proceeds of frozen Russian assets."],
    "aid", "aid", 2, "denmark-long-range-drone-production-2030-04-12", rub="politics", cat="Politics"),
  OFF("2030-04-12 18:05", "Weather in Ukraine: night frosts will return to the west at the weekend",
    ["Forecasters said that on Saturday and Sunday nights the temperature in the western regions will drop to -2\u00b0C, while daytime temperatures across the country will stay at +12...+17\u00b0C."],
    "ukraine-weather-forecast-2030-04-12", n="weather", rub="weather", cat="Weather"),
  E("2030-04-12 14:30", "Russia has lost 1,010 soldiers and 29 artillery systems over the past day \u2013 General Staff",
    ["According to the General Staff of the Armed Forces of Ukraine, over the past day the enemy lost 1,010 personnel, 29 artillery systems, 7 tanks and 118 operational-tactical drones, with the most intense fighting in the Pokrovsk and Huliaipole directions."],
    "other", "frontline", 2, "general-staff-russian-losses-2030-04-12", rub="war", cat="War"),
  E("2030-04-12 11:50", "Sybiha discussed the return of Ukrainian children with the Saudi foreign minister",
    ["Foreign Minister Andrii Sybiha held talks with Saudi Foreign Minister Prince Faisal bin Farhan on the return of deported Ukrainian children and the next stage of prisoner exchanges, the Foreign Ministry's press service reported."],
    "diplomacy", "diplomacy", 2, "sybiha-saudi-fm-talks-2030-04-12", rub="politics", cat="Politics"),
  E("2030-04-12 08:20", "Explosions in Odesa: Russians attacked the city with ballistic missiles, there are dead",
    ["Two people were killed and 11 injured in a morning ballistic missile attack on Odesa, the head of the Odesa regional military administration Oleh Kiper reported; a logistics company warehouse and several residential buildings were damaged."],
    "strikes", "strikes", 3, "odesa-ballistic-missile-strike-2030-04-12", rub="war", cat="War"),
  OFF("2030-04-12 07:00", "Hryvnia exchange rate for April 12: the euro has risen in price",
    ["The National Bank of Ukraine set the official rate of the hryvnia at 44.86 UAH per euro, 17 kopecks higher than the day before, while the dollar rate barely changed."],
    "hryvnia-exchange-rate-2030-04-12", n="currency rates", rub="economics", cat="Economics"),
  ]))


def r_hromadske(S):
    """Hromadske (English) 'News' list, HTML. Header with UA/EN switch and 'Support hromadske'; date separators without year
    ('15 April'); each item <time datetime="...+03:00">00:25</time> (visible time only), title link, lead paragraph(s), an author
    line only on features. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | hromadske</title>',
           '<meta property="og:site_name" content="hromadske"></head><body>',
           '<header class="Header"><a class="Header__logo" href="/en">hromadske</a><nav><a href="/en/news">News</a> <a href="/en/stories">Stories</a> '
           '<a href="/en/explainers">Explainers</a> <a href="/en/video">Video</a> <a href="/en/podcasts">Podcasts</a></nav>'
           '<div class="Header__lang"><a href="/">UA</a> <a class="active">EN</a></div><a class="Header__support" href="/en/support">Support hromadske</a></header>',
           f'<main><h1 class="NewsList__heading">{esc(S["title"])}</h1><div class="NewsList">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="NewsList__date">{d.day} {MONTHS[d.month - 1]}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        kind = "stories" if e["a"] else "news"
        out.append(f'<div class="NewsList__item"><time class="NewsList__time" datetime="{d.isoformat()}">{st}</time>'
                   f'<a class="NewsList__title" href="/en/{kind}/{slugify(e["h"])}">{esc(e["h"])}</a>')
        if e["a"]:
            out.append(f'<span class="NewsList__author">{esc(e["a"])}</span>')
        out += [f'<p class="NewsList__lead">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<aside class="SupportBanner"><p>Hromadske is independent media funded by its readers.</p>'
                       '<a href="/en/support">Become a patron</a></aside>')
    out += ['</div><button class="NewsList__more">Load more news</button></main>',
            '<footer class="Footer"><a href="/en/about">About us</a> <a href="/en/team">Team</a> <a href="/en/contacts">Contacts</a> '
            f'<a href="/en/policy">Editorial policy</a><p>\u00a9 2013\u2013{cur.year} hromadske</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18206", name="18206_hromadske-news", ext="html", source="Hromadske International", zone="Europe/Kyiv", render=r_hromadske,
  title="News",
  basis="visible time '{s}' (no zone) under a year-less date separator; the item's own <time datetime> attribute gives the full local time with +03:00; local {d} in {z}",
  notes="Imitates the English 'News' list of hromadske (Hromadske International), HTML without JSON-LD. Date separators print day and month only ('15 April', '14 April'); each item shows only a bare time in a <time> element whose datetime attribute carries the full date with +03:00 (Kyiv summer time); title link; one lead paragraph (two for the feature); an author line only on the feature (18206-02). The top item, 00:25 on 15 April local, is 21:25 UTC on 14 April. A 'Support hromadske' banner follows the fourth item. The year appears only in datetime attributes and the footer.",
  not_entries=["header (logo, menu, UA/EN switch, 'Support hromadske')", "heading 'News'", "date separators '15 April' and '14 April'",
               "support banner ('Hromadske is independent media funded by its readers.' / 'Become a patron')", "'Load more news' button", "footer"],
  entries=[
  E("2030-04-15 00:25", "Ballistic missile attack on Kyiv: debris falls in Solomianskyi district",
    ["Russia fired ballistic missiles at Kyiv shortly after midnight, and debris from a downed missile fell onto a road in the Solomianskyi district, the head of the Kyiv City Military Administration said. No casualties have been reported so far."],
    "strikes", "strikes", 2, "kyiv-ballistic-attack-2030-04-15"),
  E("2030-04-14 21:10", "\u2018We sleep in the corridor\u2019: how Kharkiv families live under glide bombs",
    ["In Kharkiv's northern districts, where guided bombs fall almost every day, families have moved their mattresses into corridors and bathrooms. Hromadske spent a week with three of them.",
     "Most say they will not leave: their jobs, schools and elderly parents are here, and the rent in Kyiv or Lviv is beyond their means."],
    "other", "humanitarian", 2, "feature-kharkiv-families-glide-bombs", a="Vira Kolomiiets",
    n="feature on a theme (life under glide bombs), no single event: its own story"),
  E("2030-04-14 18:30", "Twelve children returned from occupied territories through Qatar's mediation",
    ["Twelve children taken from the occupied parts of Kherson and Zaporizhzhia regions have been brought back to Ukraine through Qatari mediation, the Ombudsman's office said. The youngest of them is six."],
    "other", "humanitarian", 2, "qatar-mediated-children-return-2030-04-14", sec=["diplomacy"]),
  E("2030-04-14 15:55", "Russian drone hits bus in Sumy, killing five",
    ["A Russian drone struck a city bus at a stop in central Sumy, killing five passengers and injuring 14, the regional military administration said. Two teenagers are among the injured."],
    "strikes", "strikes", 3, "sumy-bus-drone-strike-2030-04-14"),
  E("2030-04-14 13:20", "Rada again fails to vote on lowering the mobilization age",
    ["The Verkhovna Rada did not put to a vote a bill that would lower the mobilization age from 25 to 23 after the national security committee failed to agree on amendments."],
    "other", "politics", 2, "rada-mobilization-age-bill-2030-04-14"),
  E("2030-04-14 10:45", "Japan to lend Ukraine $3.1 billion backed by frozen Russian assets",
    ["Japan will give Ukraine a $3.1 billion loan to be repaid from the proceeds of immobilized Russian assets, Ukraine's Finance Ministry said. The money goes to the state budget to cover social spending."],
    "aid", "aid", 3, "japan-frozen-assets-loan-2030-04-14"),
  E("2030-04-14 08:05", "Overnight, Russia launched 93 drones and 4 missiles; 71 targets downed",
    ["The Air Force said Russia attacked Ukraine overnight with 93 drones and four Iskander-M missiles, and that air defense shot down or jammed 71 targets. Hits were recorded in the Dnipropetrovsk and Poltava regions."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2030-04-14"),
  ]))


def r_wapo_live(S):
    """Washington Post live updates, HTML. Masthead with 'Democracy Dies in Darkness', kicker, h1, 'Updated April 16, 2030 at 7:45 p.m.
    EDT', page byline, share tools (Share, Comment, Gift Article, Save), intro, a 'Key updates' list of post headlines, then posts
    newest first: 'April 16, 2030 at 7:45 p.m. EDT', h2 headline, 'By NAME', paragraphs; 'Advertisement' slots between posts."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    wp = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', dots=True)} {d.tzname()}"
    tools = '<div class="share-tools"><button>Share</button> <button>Comment</button> <button>Gift Article</button> <button>Save</button></div>'
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Washington Post</title></head><body>',
           '<header class="masthead"><button>Sections</button> <a class="logo" href="/">The Washington Post</a> <span class="tagline">Democracy Dies in Darkness</span> '
           '<a href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></header>',
           '<main><div class="kicker"><a href="/world/">World</a> <span class="live-label">Live updates</span></div>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="timestamp">Updated <span>{wp(last)}</span></div>', f'<div class="byline">By {esc(S["byline"])}</div>', tools,
           f'<p class="intro">{esc(S["lede"])}</p>',
           '<div class="key-updates"><h2>Key updates</h2><ul>' + "".join(f'<li><a href="#post-{i}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]) + '</ul></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = wp(d); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{i}"><div class="live-post__time">{st}</div><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="live-post__byline">By {esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="live-post__share"><button>Share</button> <button>Copy link</button></div></article>')
        if i in (1, 4):
            out.append('<div class="ad">Advertisement</div>')
    out += ['<button class="load-more">Load more updates</button></main>',
            f'<footer><a>About The Post</a> <a>Contact the Newsroom</a> <a>Policies &amp; Standards</a> <a>Terms of Use</a> <a>Privacy Policy</a> <p>\u00a9 1996-{last.year} The Washington Post</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


KHA = "kharkiv-apartment-missile-strike-2030-04-16"
SEEDS.append(dict(
  id="18207", name="18207_washingtonpost-live", ext="html", source="The Washington Post", zone="America/New_York", render=r_wapo_live,
  title="Ukraine live updates: Senate panel backs new aid as Kharkiv toll rises", byline="Callum Dearing, Olha Kravets and Marisa Quintero",
  lede="A Senate committee advanced a $14 billion security package for Ukraine on Tuesday, hours after a Russian missile strike on a Kharkiv apartment building killed at least six people. Here's the latest.",
  basis="post time '{s}' (date, 12-hour clock with 'a.m.'/'p.m.' and the zone abbreviation EDT = UTC-4); local {d} in {z}",
  notes="Imitates a Washington Post live-updates page (HTML, no JSON-LD): masthead with the 'Democracy Dies in Darkness' tagline, kicker 'World' + 'Live updates', h1, 'Updated April 16, 2030 at 7:45 p.m. EDT', a page byline of three names, share tools, an intro paragraph, a 'Key updates' list of two post headlines, then posts newest first with 'April 16, 2030 at 7:45 p.m. EDT', h2, 'By NAME', paragraphs. Convention: the 'Key updates' list is this page's Key Points block, so its two posts have key_point true. 'Advertisement' slots after the second and fifth posts.",
  not_entries=["masthead ('Sections', logo, 'Democracy Dies in Darkness', 'Subscribe', 'Sign in')", "kicker 'World' / 'Live updates'", "h1 title",
               "'Updated April 16, 2030 at 7:45 p.m. EDT'", "page byline 'By Callum Dearing, Olha Kravets and Marisa Quintero'", "share tools (Share, Comment, Gift Article, Save)",
               "intro paragraph ending 'Here's the latest.'", "'Key updates' heading and its two links (pointers to posts)", "per-post 'By NAME' lines (author, not body)",
               "per-post 'Share' / 'Copy link' buttons", "'Advertisement' slots", "'Load more updates'", "footer"],
  entries=[
  E("2030-04-16 19:45", "Senate panel approves $14 billion security package for Ukraine",
    ["The Senate Appropriations Committee voted 21-8 on Tuesday to advance a $14 billion security assistance package for Ukraine, setting up a floor vote that could come as soon as next week.",
     "The bill would pay for air defense interceptors, artillery ammunition and pilot training, and would allow the Pentagon to send weapons worth up to $4 billion from U.S. stocks. Several Republicans who opposed earlier packages voted for it after the committee added stricter reporting requirements."],
    "aid", "aid", 3, "senate-committee-ukraine-package-2030-04-16", a="Marisa Quintero", kp=True),
  E("2030-04-16 17:10", "Ukrainian officials meet national security adviser at White House",
    ["A Ukrainian delegation led by the head of the presidential office met the White House national security adviser on Tuesday afternoon to discuss air defense deliveries and the Geneva talks, according to two officials familiar with the meeting who spoke on the condition of anonymity to describe private discussions."],
    "diplomacy", "diplomacy", 2, "ukraine-delegation-white-house-2030-04-16", a="Callum Dearing"),
  E("2030-04-16 14:30", "Kharkiv death toll rises to 6 after strike on apartment building",
    ["The number of people killed in Tuesday morning's missile strike on an apartment building in Kharkiv has risen to six, including a 9-year-old girl, regional governor Oleh Syniehubov said. Thirty-one people were injured.",
     "Rescuers were still trying to reach residents believed to be trapped on the upper floors of the nine-story building, part of which collapsed."],
    "strikes", "strikes", 3, KHA, a="Olha Kravets", kp=True, n="toll 6 dead, 31 injured"),
  E("2030-04-16 12:05", "Why Russia's spring push near Pokrovsk has stalled",
    ["Six weeks into a Russian offensive that Ukrainian commanders had warned would be the largest of the year, Moscow's forces have advanced less than three miles west of Pokrovsk, according to open-source maps compiled by analysts.",
     "Ukrainian officers interviewed by The Post credit dense belts of drones and mines that make it almost impossible to move armor across open fields, but say their infantry is stretched thin."],
    "other", "frontline", 2, "analysis-pokrovsk-offensive-stalled", a="Callum Dearing", n="analysis piece on a theme: its own story"),
  E("2030-04-16 10:20", "Poland arrests two men suspected of plotting rail sabotage",
    ["Polish authorities arrested two men suspected of planning to derail freight trains carrying military supplies to Ukraine, Poland's interior minister said Tuesday.",
     "Prosecutors say the men, a Polish citizen and a Belarusian, were recruited by Russian intelligence through a messaging app and paid in cryptocurrency."],
    "other", "security", 2, "poland-rail-sabotage-arrests-2030-04-16", a="Marisa Quintero"),
  E("2030-04-16 08:15", "Russian missile strike on Kharkiv kills at least 4",
    ["A Russian missile struck a residential building in Kharkiv early Tuesday, killing at least four people and wounding more than 20, local officials said.",
     "Mayor Ihor Terekhov said the missile hit at about 7 a.m. local time, as many residents were getting ready for work."],
    "strikes", "strikes", 3, KHA, a="Olha Kravets", n="toll 4 dead, 20+ injured"),
  E("2030-04-16 06:40", "Ukraine says it struck Russian air base in Crimea",
    ["Ukraine's military said it hit a Russian air base near Saky in occupied Crimea overnight with long-range drones, damaging two aircraft and a fuel depot.",
     "Russia's Defense Ministry said it intercepted 27 drones over the peninsula and did not mention any damage."],
    "strikes", "strikes", 2, "saky-air-base-drone-strike-2030-04-16", a="Callum Dearing"),
  ]))


def r_nbc_live(S):
    """NBC News live blog, text scrape. Site navigation, 'LIVE UPDATES' label, title, dek, 'What to know today' bullets, share line,
    then cards newest first: 'April 18, 2030, 7:50 PM EDT', headline, paragraphs (a photo card prints only its caption and credit),
    author name(s), 'Share this -' / 'Link copied'."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to Content", "NBC News Logo", "Politics", "U.S. News", "World", "Local", "Business", "Health", "Investigations", "Culture & Trends",
         "Science", "Sports", "Tech & Media", "Video Features", "Photos", "Weather", "NBC News Tipline", "Search", "Sign In", "", "LIVE UPDATES",
         S["title"], S["lede"], "", "What to know today"] + ["\u2022 " + b for b in S["bullets"]] + ["", "Share this -", "Copied", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', upper=True)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [e["caption"], ""]
        if e["a"]:
            L += [e["a"], ""]
        L += ["Share this -", "Link copied", ""]
        if i == 2:
            L += ["Sponsored Stories", "by Taboola", ""]
    L += ["Load More", "", "About", "Contact", "Help", "Careers", "Ad Choices", "Privacy Policy", "Your Privacy Choices", "CA Notice",
          "Terms of Service (Updated JULY 7, 2023)", "NBC News Sitemap", "Closed Captioning", "Advertise", "Select Shopping", "Select Personal Finance",
          f"\u00a9 {dt(S['entries'][0]['t'], z).year} NBCUniversal Media, LLC"]
    return "\n".join(L) + "\n", stamps


NBA = "record-drone-attack-kyiv-region-2030-04-18"
SEEDS.append(dict(
  id="18208", name="18208_nbcnews-live", ext="txt", source="NBC News", zone="America/New_York", render=r_nbc_live,
  title="Russia launches its biggest drone attack of the year on Ukraine",
  lede="More than 300 drones and seven ballistic missiles were fired overnight, Ukraine's air force said. Three people were killed in a city south of Kyiv.",
  bullets=["Russia fired 318 drones and seven missiles at Ukraine overnight, the largest attack of 2030 so far.",
           "A drone hit an apartment building in Bila Tserkva, killing three people.",
           "The Kremlin said President Vladimir Putin will travel to North Korea in May."],
  basis="card time '{s}' (date, 12-hour clock with AM/PM and the zone abbreviation EDT = UTC-4); local {d} in {z}",
  notes="Imitates an NBC News live blog as copied from the page: long navigation list, 'LIVE UPDATES', title, dek, 'What to know today' bullets (summary sentences, not post headlines, so no key_point), then cards newest first: stamp line 'April 18, 2030, 7:50 PM EDT', headline, paragraphs, the author name on its own line after the body, 'Share this -' / 'Link copied'. 18208-03 is a photo card: headline 'Photos: ...' and only the picture's caption and credit, which are not body text (importance 1, story of the attack it shows, author null). NBC spells 'Zelenskyy'.",
  not_entries=["navigation list ('Skip to Content' ... 'Sign In')", "'LIVE UPDATES' label", "title line", "dek under the title",
               "'What to know today' and its three bullets (page summary)", "'Share this -' / 'Copied' / 'Link copied' lines",
               "photo caption and credit in the photo card 18208-03", "author lines after each card body (author, not body)",
               "'Sponsored Stories' / 'by Taboola'", "'Load More'", "footer links and copyright"],
  entries=[
  E("2030-04-18 19:50", "U.S. envoy to NATO says allies must share cost of Patriots for Ukraine",
    ["The U.S. ambassador to NATO said Thursday that European allies should pay for at least half of the Patriot interceptors that Washington plans to send to Ukraine this year.",
     "\u201cThe bill has to be shared,\u201d the ambassador told reporters in Brussels ahead of a meeting of alliance defense ministers next week."],
    "aid", "aid", 2, "us-nato-envoy-patriot-cost-sharing-2030-04-18", a="Rhiannon Carr", sec=["diplomacy"]),
  E("2030-04-18 17:30", "Zelenskyy calls overnight attack \u2018a message to Washington\u2019",
    ["Ukrainian President Volodymyr Zelenskyy said the scale of the overnight attack was meant as a signal to the United States while Congress weighs new aid.",
     "\u201cWhen 318 drones fly at our cities in one night, it is not only an attack on Ukraine. It is a message to Washington,\u201d he said in a video posted on X."],
    "strikes", "strikes", 2, NBA, a="Yelyzaveta Koval", sec=["aid"], n="reaction whose content is the attack itself: same story"),
  E("2030-04-18 15:05", "Photos: Kyiv residents spend the night in metro stations", [],
    "strikes", "strikes", 1, NBA, caption="People sleep on the platform of a Kyiv metro station during the overnight attack. Oleksandr Hnatiuk / AFP via Getty Images",
    n="photo card: only a caption and credit, no body text"),
  E("2030-04-18 13:15", "Russia says it downed 42 Ukrainian drones, some headed for Moscow",
    ["Russia\u2019s Defense Ministry said air defenses destroyed 42 Ukrainian drones over several regions overnight, including 17 it said were flying toward Moscow.",
     "Flights at two of the capital\u2019s airports were briefly halted, Russia\u2019s aviation authority said."],
    "strikes", "strikes", 2, "ukraine-drones-toward-moscow-2030-04-18", a="Mark Delaney"),
  E("2030-04-18 11:40", "Death toll in Bila Tserkva rises to 3",
    ["Three people were killed when a drone hit a five-story apartment building in Bila Tserkva, a city about 50 miles south of Kyiv, regional officials said Thursday. Eleven others were injured."],
    "strikes", "strikes", 3, NBA, a="Yelyzaveta Koval", n="toll 3 dead, 11 injured"),
  E("2030-04-18 09:20", "Russia launches its largest drone attack of the year",
    ["Russia launched 318 drones and seven ballistic missiles at Ukraine overnight, the largest air attack so far this year, Ukraine\u2019s air force said Thursday morning.",
     "Air defenses shot down or jammed 281 of the drones and four of the missiles, the air force said. Kyiv and the surrounding region were the main targets."],
    "strikes", "strikes", 3, NBA, a="Yelyzaveta Koval"),
  E("2030-04-18 07:05", "Kremlin says Putin will visit Pyongyang in May",
    ["Russian President Vladimir Putin will travel to North Korea in May for talks with Kim Jong Un, Kremlin spokesman Dmitry Peskov said Thursday, without giving dates.",
     "It would be Putin\u2019s second visit to Pyongyang since the two countries signed a mutual defense treaty in 2024. North Korea has supplied Russia with artillery shells and missiles and sent troops to fight in the Kursk region."],
    "diplomacy", "diplomacy", 3, "putin-north-korea-visit-announced-2030-04-18", a="Mark Delaney", sec=["aid"]),
  ]))


def r_cbs_article(S):
    """CBS News world article, text scrape. Nav, browser-notification prompt, section 'World', title, 'By NAME', 'Edited By NAME',
    'Updated on: April 20, 2030 / 5:36 PM EDT / CBS News', share icons, photo caption, lead paragraphs opening with the dateline
    'Kyiv \u2014' (no subhead), then bold subheads (one entry each); AP credit line, author bio, 'More from CBS News'."""
    z = S["zone"]; pub = dt(S["published"], z)
    st = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} / {ampm(pub, space=' ', upper=True)} {pub.tzname()}"
    L = ["CBS News", "Watch CBS News", "U.S.", "World", "Politics", "Entertainment", "HealthWatch", "MoneyWatch", "Crime", "Sports", "Essentials",
         "Brand Studio", "Log In", "", "Be the first to know", "Get browser notifications for breaking news, live events, and exclusive reporting.",
         "Not Now", "Turn On", "", "World", S["title"], "", f"By {S['byline']}", f"Edited By {S['editor']}", "", f"Updated on: {st} / CBS News", "",
         "Facebook", "Twitter", "Reddit", "Flipboard", "Email", "", S["caption"], ""]
    for i, e in enumerate(S["entries"]):
        if e["h"]:
            L += [e["h"], ""]
        L += ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += [S["credit"], "", S["bio"], "", "More from CBS News"] + S["more"] + ["", "Featured Local Savings", "",
          f"Copyright \u00a9{pub.year} CBS Interactive Inc. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


IV = "Imogen Vasquez"
SEEDS.append(dict(
  id="18209", name="18209_cbsnews-world", ext="txt", source="CBS News", zone="America/New_York", render=r_cbs_article,
  title="Russia and Ukraine trade heavy strikes as Zelenskyy floats Easter ceasefire", published="2030-04-20 17:36", byline=IV, editor="Norah Fenwick",
  caption="Firefighters work at a shopping center parking lot in Zaporizhzhia, Ukraine, after a Russian missile strike, April 20, 2030. Ukrainian Emergency Service / Handout via REUTERS",
  credit="The Associated Press contributed to this report.",
  bio="Imogen Vasquez is a London-based foreign correspondent for CBS News who has covered the war in Ukraine since 2022.",
  more=["Hungary's new government sets date for referendum on EU budget rules", "Ferry capsizes off Indonesia's Sulawesi, dozens missing"],
  basis="no per-section time; the article's 'Updated on: {s}' line (EDT = UTC-4) applies to every section; local {d} in {z}",
  notes="Imitates a CBS News world article as copied from the page: nav, browser-notification prompt, section 'World', title, 'By NAME', 'Edited By NAME', 'Updated on: April 20, 2030 / 5:36 PM EDT / CBS News', share icon names, a photo caption, then the story. The opening paragraphs (dateline 'Kyiv \u2014') come before any subhead: they form entry 18209-01 with headline null; each bold subhead after that starts one entry. Stamp null and published = the 'Updated on' time for all. Author = the byline for every entry (the editor is not an author). Ends with an AP credit line, an author bio and related links. CBS spells 'Zelenskyy'.",
  not_entries=["navigation and 'Watch CBS News'", "browser-notification prompt ('Be the first to know' ... 'Turn On')", "section label 'World'", "title",
               "'By Imogen Vasquez' and 'Edited By Norah Fenwick'", "'Updated on: April 20, 2030 / 5:36 PM EDT / CBS News'", "share icon names (Facebook ... Email)",
               "photo caption with credit", "'Advertisement'", "credit line 'The Associated Press contributed to this report.'", "author bio paragraph",
               "'More from CBS News' and its links", "'Featured Local Savings'", "copyright line"],
  entries=[
  E("2030-04-20 17:36", None,
    ["Kyiv \u2014 Russia fired more than 120 drones and a dozen missiles at Ukraine overnight into Saturday, killing three people in the southern city of Zaporizhzhia and damaging power lines in four regions, Ukrainian officials said.",
     "The air force said it brought down 104 of the drones and nine of the missiles. In Zaporizhzhia, a missile hit the parking lot of a shopping center as it was closing, Gov. Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-shopping-center-strike-2030-04-20", a=IV, n="lead paragraphs before the first subhead: headline null"),
  E("2030-04-20 17:36", "Easter truce proposal",
    ["President Volodymyr Zelenskyy proposed Saturday that both sides stop all strikes on cities for 30 hours over Orthodox Easter, which falls on April 28 this year, and said Ukraine would hold its fire if Russia did the same.",
     "Kremlin spokesman Dmitry Peskov said Moscow had \"taken note\" of the idea but had not received any proposal through official channels."],
    "diplomacy", "diplomacy", 3, "zelenskyy-easter-truce-proposal-2030-04-20", a=IV),
  E("2030-04-20 17:36", "Ukraine hits Russian ammunition depot",
    ["Ukraine's General Staff said its forces struck an ammunition depot near the Russian town of Valuyki in the Belgorod region with drones and Neptune missiles.",
     "Videos posted on social media showed a series of secondary explosions. CBS News could not independently verify them."],
    "strikes", "strikes", 2, "valuyki-ammunition-depot-strike-2030-04-20", a=IV),
  E("2030-04-20 17:36", "Aid debate in Washington",
    ["Senate leaders said Saturday they hoped to hold a floor vote on the $14 billion Ukraine package before the end of the month, after it cleared the Appropriations Committee on Tuesday."],
    "aid", "aid", 2, "senate-ukraine-package-floor-vote-2030-04-20", a=IV),
  E("2030-04-20 17:36", "Families of the missing rally in Kyiv",
    ["Several hundred relatives of Ukrainian soldiers listed as missing gathered on Kyiv's Independence Square on Saturday, holding up photographs and urging the government to push for more prisoner exchanges.",
     "Ukrainian officials say more than 60,000 people are registered as missing in connection with the war."],
    "other", "humanitarian", 2, "missing-soldiers-families-rally-2030-04-20", a=IV),
  E("2030-04-20 17:36", "Pope calls for an Easter without weapons",
    ["Pope Leo XIV, speaking at the Vatican on the eve of Easter Sunday, urged leaders to let both the Western and Orthodox Easter pass \"without the sound of weapons\" and offered the Holy See's help with prisoner exchanges."],
    "diplomacy", "diplomacy", 2, "pope-easter-appeal-2030-04-20", a=IV),
  ]))


# ================================================================ Part B renderers (invented outlets; layouts of my own)

def r_b_textlive_kp(S):
    """text live blog, newest first: masthead, 'LIVE', title, dateline with year, standfirst, a 'Key Points' list of post headlines,
    then posts: dotted 24-hour stamp with zone ('22.30 BST'), headline, body (a video teaser prints a player line), '\u2014 NAME'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Politics | Business | Sport | Culture | Opinion", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 Video, 0:48", ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        L += ["Share", ""]
        if i == 3:
            L += [f"Get the {S['source']} morning briefing: the day's news in five minutes. Sign up", ""]
    L += ["Older posts", "", f"\u00a9 {S['source']} \u00b7 About \u00b7 Contact \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry datePublished in UTC ('Z'); the visible stamp is a
    bare local '09:50' in a span (the page says 'Kyiv time' once); h2 headline; byline paragraph."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": iso(d.astimezone(UTC)),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": iso(first.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)), "coverageStartTime": iso(first.astimezone(UTC)),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> '
           '<a href="/world">World</a> <a href="/analysis">Analysis</a> <a href="/subscribe">Subscribe</a></nav></header>',
           f'<main><span class="badge">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<ol class="updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="update" id="update-{i + 1}"><span class="update__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="update__byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="update__share">Share this update</button></li>')
        if i == 2:
            out.append(f'<li class="promo"><h3>Read more</h3><a href="/analysis/1">{esc(S["related"])}</a></li>')
    out += ['</ol><p class="end">Updates continue on tomorrow\u2019s page.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Standards \u00b7 Corrections \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 world feed, newest first; pubDate with the outlet's numeric offset or 'GMT'; dc:creator when known; CDATA paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-us</language>' if z.startswith("America") else '<language>en-gb</language>',
           f'<atom:link href="{S["url"]}/feeds/world.rss" rel="self" type="application/rss+xml"/>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{slugify(e["h"])}-{i + 5120 + int(S["id"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["id"]}-{i + 1}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset; <summary> is the first paragraph and <content
    type="html"> the escaped full text; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<generator>{esc(S.get("generator", "Ghost"))}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}/'
        out += ['<entry>', f'<title type="html">{esc(esc(e["h"]))}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>{link}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "Ukraine")}"/>')
        out.append(f'<summary>{esc(e["p"][0])}</summary>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-04-23 (UTC), day 2 = 2030-04-24, day 3 = 2030-04-28 (Orthodox Easter Sunday).
DNI = "dnipro-missile-strike-2030-04-23"
EUT = "eu-ukraine-facility-tranche-2030-04-23"
ANA = "analysis-russia-daytime-ballistic-strikes"
ANA_H = "Analysis: Why Russia now fires its ballistic missiles in daylight"
ANA_P = ["For most of the war, Russia's heaviest missile attacks came at night. Tuesday's strike on Dnipro, which hit a block of flats during the morning rush, is part of a shift Ukrainian officials say they have seen since the start of the year.",
         "Daytime launches catch people on their way to work and school, when shelters are furthest away. They also exploit the hours air defence crews need to reload after a night spent firing at drones.",
         "Ukraine's air force says ballistic missiles fired from the occupied south can reach cities on the Dnipro river in under three minutes, leaving almost no margin for warnings."]

# ---------------------------------------------------------------- 18220 Greyfriars Post (day 1, text live, UK time)
SEEDS.append(dict(
  id="18220", name="18220_greyfriars-textlive", ext="txt", source="Greyfriars Post", zone="Europe/London", render=r_b_textlive_kp,
  title="Ukraine war live: Dnipro death toll rises to 11 after daytime ballistic missile strike", dateline="Tuesday 23 April 2030",
  lede="Russian missiles hit a block of flats and the bus station area in Dnipro during the morning rush; Zelensky asks for more Patriots; Norway adds air defence money.",
  basis="stamp '{s}' (UK time; BST = UTC+1 in April) under the dateline 'Tuesday 23 April 2030'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' list names two post headlines (key_point true). Each post: dotted stamp with zone ('22.30 BST'), headline, body, then '\u2014 NAME' and 'Share'. 18220-03 is a 'Watch:' teaser with only a video-player line. 18220-04 is a theme piece (analysis of daytime ballistic strikes) that mentions the Dnipro strike but is its own story; Hollinshed Standard re-posts it on day 2 (18231-02).",
  not_entries=["masthead and navigation", "'LIVE' label", "title and dateline 'Tuesday 23 April 2030'", "standfirst line", "'Key Points' and its two bullets (pointers to posts)",
               "'Newest first'", "'\u2014 NAME' author lines", "'Share' lines", "video-player line '\u25b6 Video, 0:48'", "newsletter promo after the fourth post",
               "'Older posts'", "footer"],
  entries=[
  E("2030-04-23 22:30", "Dnipro death toll rises to 11",
    ["Eleven people are now known to have died in the morning's missile attack on Dnipro, among them a 14-year-old boy, the city's mayor, Borys Filatov, said. Forty-three people were wounded, nine of them seriously.",
     "Search teams are still working at the apartment block, where two residents are listed as missing."],
    "strikes", "strikes", 3, DNI, a="Nell Carraway", kp=True, n="toll 11 dead, 43 wounded"),
  E("2030-04-23 20:15", "Zelensky vows response and asks allies for Patriots after Dnipro strike",
    ["President Volodymyr Zelensky said Russia would \"feel the consequences\" of the attack on Dnipro and asked allies for two more Patriot systems, saying the missiles that hit the city could have been stopped.",
     "\"Every day without a decision is measured in funerals,\" he said in his evening address."],
    "strikes", "strikes", 3, DNI, a="Nell Carraway", kp=True, sec=["aid"],
    n="reaction whose main content is the attack (with a Patriot plea): same story as the strike"),
  E("2030-04-23 18:05", "Watch: Smoke rises over Dnipro after the morning strike", [],
    "strikes", "strikes", 1, DNI, n="video teaser without body"),
  E("2030-04-23 17:40", ANA_H, ANA_P, "strikes", "strikes", 2, ANA, a="Tomasz Wilk",
    n="theme piece (analysis of daytime ballistic strikes, no single event); mentions Dnipro but must not merge with the strike"),
  E("2030-04-23 14:10", "Norway adds 900m kroner for Ukraine's air defence",
    ["Norway will give Ukraine a further 900m kroner (about \u00a366m) to buy air defence ammunition through a fund it runs jointly with Germany, the Norwegian defence ministry said."],
    "aid", "aid", 2, "norway-air-defence-fund-2030-04-23", a="Tomasz Wilk",
    n="same aid theme as the EU's Ukraine Facility payment (18221, 18223), different event: must not merge"),
  E("2030-04-23 11:45", "Ukraine pulls back from two positions near Siversk",
    ["Ukrainian troops have withdrawn from two positions north-east of Siversk in the Donetsk region to avoid being encircled, a spokesperson for the eastern group of forces said."],
    "other", "frontline", 2, "siversk-positions-withdrawal-2030-04-23", a="Tomasz Wilk"),
  E("2030-04-23 07:40", "Ballistic missiles hit Dnipro",
    ["Russian ballistic missiles struck the centre of Dnipro at about 9.15am local time, hitting a nine-storey block of flats and the area around the central bus station. At least three people were killed and 20 injured, the mayor said.",
     "Ukraine's air force said two Iskander-M missiles had been fired from the occupied part of the Zaporizhzhia region, leaving residents less than two minutes between the alert and the impact."],
    "strikes", "strikes", 3, DNI, a="Nell Carraway", n="first report: toll 3 dead, 20 injured"),
  ]))

# ---------------------------------------------------------------- 18221 Ashlinghurst Courier (day 1, HTML live + LiveBlogPosting, Kyiv time)
SEEDS.append(dict(
  id="18221", name="18221_ashlinghurst-ldlive", ext="html", source="Ashlinghurst Courier", zone="Europe/Kyiv", render=r_b_ldlive,
  title="War in Ukraine, day by day: Tuesday", url="https://ashlinghurst-courier.example/live/ukraine-2030-04-23",
  dateline="23 April 2030 \u00b7 all times Kyiv time",
  lede="Missiles strike Dnipro in the morning; drones hit Kryvyi Rih overnight; Brussels transfers another tranche of budget support.",
  related="The long road from pledge to Patriot battery",
  basis="visible bare time '{s}' (the page prints 'all times Kyiv time'; EEST = UTC+3) on the page's date 23 April 2030; the LiveBlogPosting update datePublished gives the same instant in UTC ({u}Z); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose updates carry per-update datePublished in UTC ('Z'), while the visible stamps are bare Kyiv times (the dateline says 'all times Kyiv time' once). h2 headline, byline paragraph, body. 18221-05 repeats 18221-03 nearly verbatim (same headline, one phrase changed) two hours later: duplicate_of 18221-03, importance 1. 18221-01 (Kryvyi Rih drones) is in the same region as Dnipro but a different event.",
  not_entries=["cookie consent bar", "header navigation", "'Live' badge", "h1 title", "dateline '23 April 2030 \u00b7 all times Kyiv time'", "standfirst",
               "byline paragraphs (author, not body)", "'Share this update' buttons", "'Read more' promo with its link", "closing line 'Updates continue on tomorrow\u2019s page.'", "footer"],
  entries=[
  E("2030-04-23 07:40", "Overnight drones hit Kryvyi Rih, three injured",
    ["Russian drones struck an industrial area and a block of flats in Kryvyi Rih overnight, injuring three people, the head of the city's defence council said. Fires broke out at two sites and were put out by morning."],
    "strikes", "strikes", 2, "kryvyi-rih-drone-attack-2030-04-23", a="Oksana Melnychuk",
    n="same region (Dnipropetrovsk) as the Dnipro missile strike but another event (overnight drones, no deaths): must not merge"),
  E("2030-04-23 09:50", "Missile strike on Dnipro: four dead",
    ["At least four people were killed when Russian missiles hit Dnipro at around 09:15, regional officials said. A residential building in the Sobornyi district was partly destroyed and several buses caught fire near the central bus station.",
     "Rescuers are searching the rubble. Residents have been asked to stay away from the city centre."],
    "strikes", "strikes", 3, DNI, a="Oksana Melnychuk", n="toll 4"),
  E("2030-04-23 11:20", "EU releases \u20ac4.2 billion for Ukraine",
    ["The European Commission has transferred \u20ac4.2 billion to Ukraine under the Ukraine Facility, the largest single payment under the programme this year, Ukraine's finance ministry said. The money will cover pensions and public-sector salaries in May and June."],
    "aid", "aid", 3, EUT, a="Piers Lathbury"),
  E("2030-04-23 13:30", "Dnipro: toll rises to six, dozens injured",
    ["The number of people killed in the morning strike on Dnipro has risen to six, Mayor Borys Filatov said. Thirty-one people were injured, four of them children."],
    "strikes", "strikes", 3, DNI, a="Oksana Melnychuk", n="toll 6, 31 injured"),
  E("2030-04-23 15:05", "EU releases \u20ac4.2 billion for Ukraine",
    ["The European Commission has transferred \u20ac4.2 billion to Ukraine under the Ukraine Facility, the largest single payment under the programme this year, Ukraine's finance ministry said. The money will pay pensions and public-sector salaries in May and June."],
    "aid", "aid", 1, EUT, a="Piers Lathbury", dup="18221-03", n="near-verbatim repeat of 18221-03"),
  E("2030-04-23 17:45", "Rada widens powers of the military ombudsman",
    ["Parliament passed a law allowing the military ombudsman to inspect units without notice and to demand documents on soldiers' complaints about leave and medical care. The law passed with 287 votes."],
    "other", "politics", 2, "military-ombudsman-law-2030-04-23", a="Piers Lathbury"),
  E("2030-04-23 21:40", "Ukraine and Moldova agree to coordinate air defence along their border",
    ["The foreign and defence ministers of Ukraine and Moldova signed a memorandum in Chi\u0219in\u0103u on sharing radar data and coordinating air defence along their common border, where Russian drones have repeatedly strayed into Moldovan airspace."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-air-defence-memorandum-2030-04-23", a="Oksana Melnychuk"),
  ]))

# ---------------------------------------------------------------- 18222 Amberwell World Service (day 1, RSS world feed, US Central time)
SEEDS.append(dict(
  id="18222", name="18222_amberwell-worldrss", ext="xml", source="Amberwell World Service", zone="America/Chicago", render=r_b_rss,
  title="Amberwell World Service \u2013 World", url="https://amberwell-world.example",
  lede="International news from the Amberwell World Service desk",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Central daylight time); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate with -0500 (CDT); dc:creator on some items; CDATA paragraphs. The war is a minority: 4 of 6 items are off-beat (Oklahoma storms, Mexican rates, Indian heat, Brazilian logging rules).",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "category labels"],
  entries=[
  OFF("2030-04-23 17:50", "Tornado watch issued for central Oklahoma as storms build",
    ["The National Weather Service issued a tornado watch for central Oklahoma until midnight, warning of large hail and winds of up to 70 mph as a line of storms moved east from the Texas Panhandle."],
    "oklahoma-tornado-watch-2030-04-23", a="Dale Henstridge", n="US weather", cat="US"),
  OFF("2030-04-23 15:20", "Mexico's central bank trims key rate by a quarter point",
    ["Banco de Mexico cut its benchmark interest rate by 25 basis points to 6.75%, citing slowing inflation and weak factory output. It was the third cut this year."],
    "mexico-rate-cut-2030-04-23", n="markets", cat="Business"),
  E("2030-04-23 12:30", "Russian missiles kill eight in Ukraine's Dnipro",
    ["Russian ballistic missiles struck the Ukrainian city of Dnipro on Tuesday morning, killing at least eight people and injuring more than 30, Ukrainian officials said.",
     "The strike hit an apartment building and the area around the city's main bus station during the morning commute."],
    "strikes", "strikes", 3, DNI, a="Dale Henstridge", n="toll 8"),
  OFF("2030-04-23 10:05", "Heat wave shuts schools across three Indian states",
    ["Authorities in Rajasthan, Uttar Pradesh and Madhya Pradesh ordered schools closed for a week as temperatures passed 45 degrees Celsius, weeks earlier than usual."],
    "india-heatwave-schools-2030-04-23", n="weather", cat="Asia"),
  OFF("2030-04-23 07:40", "Brazil's Senate passes bill tightening Amazon logging permits",
    ["Brazil's Senate approved a bill that requires satellite tracking for every timber shipment leaving the Amazon region. The measure now goes to the president for signature."],
    "brazil-amazon-logging-bill-2030-04-23", n="environment politics", cat="Americas"),
  E("2030-04-23 05:15", "Canada extends training mission for Ukrainian troops to 2032",
    ["Canada will keep training Ukrainian soldiers in Britain and Poland until at least 2032, the defence minister said, extending a mission that has trained more than 50,000 troops since 2015."],
    "aid", "aid", 2, "canada-training-mission-extension-2030-04-23", a="Rosalind Achterberg", cat="World"),
  ]))

# ---------------------------------------------------------------- 18223 Foxglove Ledger (day 1, Atom, Warsaw time)
SEEDS.append(dict(
  id="18223", name="18223_foxglove-atom", ext="xml", source="Foxglove Ledger", zone="Europe/Warsaw", render=r_b_atom,
  title="Foxglove Ledger \u2013 Central Europe and Ukraine", url="https://foxglove-ledger.example",
  lede="News and opinion from Warsaw on Central Europe, Ukraine and the war",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Warsaw summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00 (CEST); <summary> repeats the first paragraph and <content type=\"html\"> holds the escaped full text; authors on most entries. The headline of 18223-01 spells the city 'Dnepr' (the body gives both 'Dnipro (Dnepr)'). 18223-04 is an opinion column (its own story). 18223-03 (Polish jets scrambled during a drone attack on Volyn) is a separate event from the Dnipro strike.",
  not_entries=["feed title, subtitle, links, id, updated and generator", "<summary> elements (they repeat each entry's first paragraph)", "category terms"],
  entries=[
  E("2030-04-23 20:10", "Nine dead as Russian missiles hit Dnepr",
    ["The death toll from Tuesday morning's Russian missile attack on Dnipro (Dnepr) has risen to nine, local authorities said. About 40 people were injured, and rescuers were still searching a partly collapsed residential building in the evening.",
     "It was the deadliest attack on the city since the start of the year."],
    "strikes", "strikes", 3, DNI, a="Kasia Wr\u00f3blewska", n="spelling 'Dnepr' in the headline; toll 9"),
  E("2030-04-23 17:25", "EU pays out \u20ac4.2bn to Kyiv under Ukraine Facility",
    ["Brussels has paid Ukraine \u20ac4.2bn from its Ukraine Facility, money Kyiv will use for pensions and wages while almost all of its own revenue goes to the army.",
     "The payment followed a Commission review that found Ukraine had met eleven of twelve reform conditions, including a new law on the selection of customs officials."],
    "aid", "aid", 3, EUT, a="Jakub Olender"),
  E("2030-04-23 13:40", "Polish jets scrambled as Russian drones attack Volyn near the border",
    ["Poland's Operational Command scrambled fighter jets and put ground-based air defence on alert after Russian drones attacked targets in Ukraine's Volyn region, close to the Polish border. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-jets-scrambled-volyn-2030-04-23", a="Jakub Olender", sec=["strikes"],
    n="a drone attack in western Ukraine and Poland's response; must not merge with the Dnipro missile strike"),
  E("2030-04-23 10:00", "Opinion: Europe keeps promising shells. It should build factories",
    ["Every spring brings a new European pledge of artillery ammunition for Ukraine, and every autumn a report on how much of it has actually arrived.",
     "The problem is not money but capacity: three new powder plants would do more for Ukraine's gunners than another summit communique.",
     "Poland, which has doubled its own orders, is in a good position to lead a joint investment rather than wait for Brussels to agree on one."],
    "aid", "aid", 2, "opinion-european-ammunition-factories", a="Marta Zieli\u0144ska",
    n="opinion column on a theme (European ammunition production), no single event: its own story"),
  E("2030-04-23 08:30", "Belarus starts snap readiness check of its air force",
    ["Belarus's defence ministry announced a snap readiness check of its air force and air defence units, the third this year. Lithuania and Poland said they were monitoring the exercise."],
    "other", "security", 2, "belarus-air-force-readiness-check-2030-04-23", a="Kasia Wr\u00f3blewska"),
  ]))


def r_b_htmllive_pm(S):
    """HTML live blog without JSON-LD, newest first; stamp '10.40pm' (dotted, lowercase am/pm) in a span above the h3; one printed
    note 'All times CEST'; 'By NAME' under the h3; a gallery teaser prints only a placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="cmp">This site uses cookies. <button>OK</button> <button>Settings</button></div>',
           f'<header><strong class="logo">{S["source"]}</strong> <nav><a>Germany</a> <a>Europe</a> <a>Ukraine war</a> <a>World</a> <a>Economy</a> <a>Comment</a></nav></header>',
           f'<main><p class="kicker">Live blog</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])} \u2013 {esc(S["tznote"])}</p>',
           f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<section class="entry"><span class="entry__time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="entry__author">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="9">Gallery (9 images)</div>')
        out.append('</section>')
        if i == 2:
            out.append(f'<aside class="more"><h4>More on this topic</h4><a>{esc(S["related"])}</a></aside>')
    out += [f'<p class="archive"><a href="/live/archive">{esc(S["archive"])}</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_textlive_oldest(S):
    """text live blog, oldest first: masthead, title with date and year, coverage credit with the zone note, lede; posts: stamp line
    '07:30 EEST', optional 'From our partners at OUTLET' label, headline, body, 'Reporting: NAME'; an ad marker."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Home \u00b7 Ukraine \u00b7 Europe \u00b7 World \u00b7 Ideas \u00b7 Newsletters", "", S["title"], S["credit"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st]
        if e.get("partner"):
            L += [f"From our partners at {e['partner']}"]
        L += [e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}" + (f", {e['partner']}" if e.get("partner") else ""), ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live page has ended. Follow tomorrow\u2019s coverage on our homepage.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


SUM = "sumy-dormitory-drone-strike-2030-04-24"
IST = "istanbul-black-sea-shipping-talks-2030-04-24"

# ---------------------------------------------------------------- 18230 Gannetby Chronicle (day 2, HTML live, Berlin time)
SEEDS.append(dict(
  id="18230", name="18230_gannetby-htmllive", ext="html", source="Gannetby Chronicle", zone="Europe/Berlin", render=r_b_htmllive_pm,
  title="Ukraine live: Sumy dormitory strike toll rises to seven", dateline="Wednesday, 24 April 2030", tznote="All times CEST",
  lede="Russian drones destroyed part of a student dormitory in Sumy overnight; Dnipro mourns its dead; the Bundestag frees new money for Kyiv.",
  related="Why Ukraine's northern border towns are hit every night", archive="Tuesday's live blog",
  basis="stamp '{s}' (dotted 12-hour clock; the page's note 'All times CEST' = UTC+2) on the dateline 'Wednesday, 24 April 2030'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; stamps like '10.40pm' (dotted 12-hour clock, lowercase), zone given once in the dateline ('All times CEST'); 'By NAME' under each h3. 18230-03 is a 'Photos:' teaser with only a gallery placeholder. 18230-02 continues day 1's Dnipro strike (toll 12, day of mourning). 18230-04 (Shostka power cut) is in the same region as the Sumy strike but another event.",
  not_entries=["cookie banner", "header navigation", "kicker 'Live blog'", "h1 title", "dateline with 'All times CEST'", "intro paragraph",
               "'By NAME' lines (author, not body)", "gallery placeholder 'Gallery (9 images)'", "'More on this topic' box and its link", "archive link 'Tuesday's live blog'", "footer"],
  entries=[
  E("2030-04-24 22:40", "Sumy: toll rises to seven as injured student dies",
    ["A 19-year-old student who was injured in the overnight drone strike on a university dormitory in Sumy died in hospital this evening, bringing the number of dead to seven, the regional authorities said."],
    "strikes", "strikes", 3, SUM, a="Henrike Vossberg", n="toll 7"),
  E("2030-04-24 19:15", "Dnipro holds day of mourning for 12 victims",
    ["Flags flew at half-mast in Dnipro on Wednesday as the city mourned the 12 people killed in Tuesday's missile strike. The last missing resident was found dead under the rubble in the early hours, the mayor said."],
    "strikes", "strikes", 3, DNI, a="Henrike Vossberg", n="continuation of day 1's Dnipro strike (toll 12, mourning)"),
  E("2030-04-24 16:30", "Photos: Students clear the rubble in Sumy", [],
    "strikes", "strikes", 1, SUM, n="photo-gallery teaser without body"),
  E("2030-04-24 13:10", "Drones knock out power in Shostka",
    ["A drone attack on an energy facility left most of Shostka, a town in the north of the Sumy region, without electricity, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "shostka-energy-drone-attack-2030-04-24", a="Lukas Abendroth",
    n="same region as the Sumy dormitory strike, different town and target, no casualties: must not merge"),
  E("2030-04-24 10:45", "Bundestag budget committee frees \u20ac2.6bn for Ukraine",
    ["The Bundestag's budget committee approved \u20ac2.6 billion in additional military aid for Ukraine this year, most of it for air defence and ammunition, committee members said."],
    "aid", "aid", 3, "bundestag-ukraine-aid-2030-04-24", a="Lukas Abendroth"),
  E("2030-04-24 08:20", "Drone strike on Sumy student dormitory kills four",
    ["Russian drones hit a five-storey university dormitory in Sumy shortly before 2am local time, killing four people and injuring 17, most of them students, the regional military administration said.",
     "Three floors of one wing collapsed. About 200 students lived in the building, many of them from towns near the front."],
    "strikes", "strikes", 3, SUM, a="Henrike Vossberg", n="toll 4"),
  E("2030-04-24 06:05", "Russia claims capture of village west of Pokrovsk",
    ["Russia's defence ministry said its troops had taken the village of Novoserhiivka west of Pokrovsk. Ukraine's general staff reported fighting in the area but did not confirm the loss."],
    "other", "frontline", 2, "novoserhiivka-capture-claim-2030-04-24", a="Lukas Abendroth"),
  ]))

# ---------------------------------------------------------------- 18231 Hollinshed Standard (day 2, text live, oldest first, Kyiv time)
SEEDS.append(dict(
  id="18231", name="18231_hollinshed-textlive", ext="txt", source="Hollinshed Standard", zone="Europe/Kyiv", render=r_b_textlive_oldest,
  title="Live: Ukraine, Wednesday 24 April 2030", credit="Coverage by Ruth Penhallow and Andrii Sokur \u00b7 Times are Kyiv time",
  lede="A night drone attack on Sumi kills students in their dormitory; Dnipro mourns; our partners explain Russia's move to daytime strikes.",
  basis="stamp '{s}' (zone abbreviation EEST = UTC+3) on the title's date 'Wednesday 24 April 2030'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; each post: stamp line '07:30 EEST', headline, body, 'Reporting: NAME'. The city is spelled 'Sumi' throughout. 18231-02 re-publishes day 1's analysis 18220-04 verbatim under the label 'From our partners at Greyfriars Post' (re-post of a day-1 entry: importance 1; duplicate_of stays null because duplicate_of is defined within one seed). 18231-05 repeats 18231-01 nearly verbatim (stale toll of three): duplicate_of 18231-01. 18231-03 is a theme piece (explainer). 18231-04 continues day 1's Dnipro story.",
  not_entries=["masthead and navigation", "title line with the date", "coverage credit line with 'Times are Kyiv time'", "lede",
               "label 'From our partners at Greyfriars Post' (part of the re-post's furniture, not a headline)", "'Reporting: NAME' lines", "'ADVERTISEMENT'",
               "closing line 'This live page has ended. ...'", "footer"],
  entries=[
  E("2030-04-24 07:30", "Drones hit Sumi student dormitory, three killed",
    ["At least three people were killed when Russian drones struck a student dormitory in Sumi overnight, the regional administration said. Rescue teams are working at the site."],
    "strikes", "strikes", 3, SUM, a="Andrii Sokur", n="spelling 'Sumi'; toll 3"),
  E("2030-04-24 09:00", ANA_H, ANA_P, "strikes", "strikes", 1, ANA, a="Tomasz Wilk", partner="Greyfriars Post",
    n="re-post of day-1 entry 18220-04 (same headline and text, labelled 'From our partners at Greyfriars Post'): importance 1"),
  E("2030-04-24 10:40", "Explainer: How mobile fire groups hunt drones at night",
    ["Most of the Shahed-type drones Ukraine shoots down are not hit by missiles but by small teams with machine guns, searchlights and acoustic sensors, driving between positions in pickup trucks.",
     "The teams are cheap, but they need warning: each crew covers a few kilometres of sky, and a swarm that changes course can slip between them.",
     "Interceptor drones, now built by the thousand, are taking over part of the work, especially around large cities."],
    "strikes", "strikes", 2, "explainer-mobile-fire-groups", a="Ruth Penhallow",
    n="theme piece (explainer on air defence against drones), no single event; must not merge with the Sumi strike"),
  E("2030-04-24 12:15", "Dnipro mourns as toll rises to 12",
    ["Dnipro has declared Wednesday a day of mourning after the death toll from Tuesday's missile strike rose to 12. Rescuers recovered the body of a woman from the rubble overnight."],
    "strikes", "strikes", 3, DNI, a="Andrii Sokur", n="continuation of day 1's Dnipro strike"),
  E("2030-04-24 14:20", "Drones hit Sumi student dormitory, three killed",
    ["At least three people were killed when Russian drones struck a student dormitory in Sumi overnight, the regional administration said. Rescue teams are still working at the site."],
    "strikes", "strikes", 1, SUM, a="Andrii Sokur", dup="18231-01", n="near-verbatim repeat of 18231-01 (stale toll)"),
  E("2030-04-24 16:50", "Zelensky extends one-year contracts for young volunteers to air defence units",
    ["President Volodymyr Zelensky signed a law extending the one-year contract scheme for volunteers aged 18 to 24 to air defence and engineering units, his office said."],
    "other", "politics", 2, "young-volunteer-contracts-law-2030-04-24", a="Ruth Penhallow"),
  E("2030-04-24 19:30", "Sumi: rescue operation over, six dead",
    ["Emergency services have ended the rescue operation at the Sumi dormitory. Six people were killed and 22 injured, the State Emergency Service said."],
    "strikes", "strikes", 3, SUM, a="Andrii Sokur", n="toll 6"),
  ]))

# ---------------------------------------------------------------- 18232 Nightjar Bulletin (day 2, RSS world feed, GMT)
SEEDS.append(dict(
  id="18232", name="18232_nightjar-worldrss", ext="xml", source="Nightjar Bulletin", zone="UTC", render=r_b_rss, gmt=True,
  title="Nightjar Bulletin: World", url="https://nightjar-bulletin.example",
  lede="The world's news, every hour, from the Nightjar Bulletin",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in 'GMT'; dc:creator on some items. The war is a minority: 4 of 6 items are off-beat (Great Lakes ceasefire monitors, UK inflation, Chilean copper strike, Japanese earthquake). The Great Lakes item is about another war, so it is off-beat here.",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "category labels"],
  entries=[
  OFF("2030-04-24 21:30", "Rwanda and Congo agree on joint ceasefire monitors",
    ["Rwanda and the Democratic Republic of Congo agreed in Doha to deploy joint teams to monitor a ceasefire in North Kivu, Qatar's foreign ministry said."],
    "great-lakes-ceasefire-monitors-2030-04-24", n="another conflict, not this war", cat="Africa"),
  OFF("2030-04-24 18:45", "UK inflation falls to 2.1% in March",
    ["Consumer price inflation in the UK fell to 2.1% in March from 2.4% in February, the Office for National Statistics said, bringing it close to the Bank of England's target."],
    "uk-inflation-march-2030-04-24", a="Fenella Roskilly", n="economy", cat="Business"),
  E("2030-04-24 15:10", "Black Sea shipping talks open in Istanbul",
    ["Turkish, Ukrainian and Russian officials opened talks in Istanbul on the safety of merchant shipping in the Black Sea, Turkey's foreign ministry said.",
     "The delegations are meeting in separate rooms, with Turkish mediators carrying proposals between them."],
    "diplomacy", "diplomacy", 3, IST, a="Fenella Roskilly", cat="Europe"),
  E("2030-04-24 12:00", "Drone strike on Ukrainian student dormitory kills five",
    ["Five people were killed when Russian drones hit a university dormitory in the north-eastern Ukrainian city of Sumy overnight, officials said. More than a dozen were injured."],
    "strikes", "strikes", 3, SUM, cat="Europe", n="toll 5"),
  OFF("2030-04-24 09:20", "Miners strike at Chile's largest copper mine",
    ["Workers at Chile's largest copper mine began an indefinite strike after wage talks broke down, the union said, pushing copper prices to a two-month high."],
    "chile-copper-mine-strike-2030-04-24", n="labour dispute", cat="Americas"),
  OFF("2030-04-24 06:40", "Magnitude 6.1 earthquake shakes northern Japan",
    ["A magnitude 6.1 earthquake struck off the coast of Iwate prefecture, Japan's meteorological agency said. No tsunami warning was issued and no serious damage was reported."],
    "japan-iwate-earthquake-2030-04-24", n="natural disaster", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 18233 Drystane Dispatch (day 2, Atom, Kyiv offset)
SEEDS.append(dict(
  id="18233", name="18233_drystane-atom", ext="xml", source="Drystane Dispatch", zone="Europe/Kyiv", render=r_b_atom, generator="Drystane CMS",
  title="Drystane Dispatch \u2013 Ukraine", url="https://drystane-dispatch.example",
  lede="Reporting from Kyiv and the regions",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00; <summary> repeats the first paragraph, <content type=\"html\"> holds the escaped full text; authors on most entries. 18233-04 continues day 1's Dnipro strike. The Istanbul shipping talks (18233-01) are also in 18232.",
  not_entries=["feed title, subtitle, links, id, updated and generator", "<summary> elements (they repeat each entry's first paragraph)", "category terms"],
  entries=[
  E("2030-04-24 21:50", "Istanbul talks on Black Sea shipping end first day without statement",
    ["The first day of talks on Black Sea shipping in Istanbul ended without a joint statement, a member of the Ukrainian delegation said, adding that the sides had agreed on a list of ports to be discussed on Thursday.",
     "Turkey is pressing for a guarantee that neither side will strike merchant ships or port facilities used for grain and fertiliser exports."],
    "diplomacy", "diplomacy", 3, IST, a="Iryna Tkachenko"),
  E("2030-04-24 18:05", "Rheinmetall opens second shell plant in western Ukraine",
    ["A joint venture of Rheinmetall and a Ukrainian state company opened its second 155mm shell plant in western Ukraine, with capacity for 150,000 rounds a year, the strategic industries ministry said."],
    "aid", "aid", 2, "rheinmetall-second-shell-plant-2030-04-24", a="Bohdan Ostapchuk"),
  E("2030-04-24 12:00", "Sumy: five dead, 19 injured after drones hit dormitory",
    ["The number of people killed in the night drone attack on a university dormitory in Sumy has risen to five, and 19 people were injured, the regional administration said. Two of the injured are in a critical condition."],
    "strikes", "strikes", 3, SUM, a="Iryna Tkachenko", n="toll 5"),
  E("2030-04-24 10:30", "Dnipro: search ends with 12 dead",
    ["Rescuers in Dnipro have finished clearing the rubble of the apartment block hit by a Russian missile on Tuesday. Twelve people were killed and 47 injured, the regional administration said."],
    "strikes", "strikes", 3, DNI, a="Bohdan Ostapchuk", n="continuation of day 1's Dnipro strike (final toll 12)"),
  E("2030-04-24 08:10", "EU court upholds sanctions on Russian fertiliser magnate",
    ["The EU's General Court dismissed an appeal by a Russian fertiliser billionaire against his inclusion on the bloc's sanctions list, ruling that his company's revenues continued to support the Russian state."],
    "diplomacy", "diplomacy", 2, "eu-court-sanctions-fertiliser-magnate-2030-04-24", a="Iryna Tkachenko"),
  ]))


def r_b_textlive_noyear(S):
    """text live blog, newest first; date line with weekday but no year, a separate 'All times BST' line, page byline; bare dotted
    12-hour stamp ('9.40pm') on its own line before the headline; a video teaser prints '[Video]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Live \u00b7 Ukraine \u00b7 Russia \u00b7 Europe \u00b7 Analysis \u00b7 Podcasts", "", S["title"], S["dateline"], S["tznote"],
         f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 3:
            L += ["Our reporting from Ukraine is funded by readers. Become a supporter", ""]
    L += ["Load earlier posts", "", f"{S['source']} \u00b7 Who we are \u00b7 Contact us \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_graphlive(S):
    """HTML live blog, oldest first; JSON-LD @graph whose LiveBlogPosting node has @type ["NewsArticle","LiveBlogPosting"] and updates
    that all repeat the page's own datePublished (no per-update time); visible '14:05' in <time> without datetime; signature line."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
            "articleBody": " ".join(e["p"])[:400]} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "isPartOf": {"@id": base + "/#website"}},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#liveblog", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>Latest</a> <a>Ukraine</a> <a>World</a> <a>Money</a> <a>Opinion</a></nav> <a class="btn">Donate</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="lb-post"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append(f'<div class="promo">Sign up for the {esc(S["source"])} evening briefing</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie preferences</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_article(S):
    """text article with section headings (one entry per section), page byline, dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World  \u203a  Europe  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Save  \u00b7  Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']}  \u00b7  Legal notice  \u00b7  Personal data"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


KHV = "kharkiv-easter-glide-bomb-strike-2030-04-28"
PSW = "uae-mediated-prisoner-exchange-2030-04-28"

# ---------------------------------------------------------------- 18240 Elterwater Post (day 3, RSS world feed, UTC)
SEEDS.append(dict(
  id="18240", name="18240_elterwater-worldrss", ext="xml", source="Elterwater Post", zone="UTC", render=r_b_rss,
  title="Elterwater Post | World news", url="https://elterwater-post.example",
  lede="World news from the Elterwater Post",
  basis="RSS pubDate '{s}' (explicit +0000 offset = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate with +0000; dc:creator on some items. The war is a minority: 4 of 6 items are off-beat (London Marathon, Nepal landslide, Philippine ferry, Japanese holiday travel).",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "category labels"],
  entries=[
  OFF("2030-04-28 20:30", "Kiprono breaks course record to win London Marathon",
    ["Kenya's Daniel Kiprono won the London Marathon in a course record of 2:02:31, pulling away from the leading group on the Embankment with four miles to go."],
    "london-marathon-2030-04-28", a="Hugh Ravensworth", n="sport", cat="Sport"),
  OFF("2030-04-28 17:15", "Landslide blocks main highway into Kathmandu",
    ["A landslide after heavy pre-monsoon rain blocked the main highway linking Kathmandu with southern Nepal, stranding hundreds of lorries, police said. No casualties were reported."],
    "nepal-highway-landslide-2030-04-28", n="natural disaster", cat="Asia"),
  E("2030-04-28 14:00", "Russian glide bombs kill four in Kharkiv on Orthodox Easter",
    ["Russian guided bombs killed four people in the Ukrainian city of Kharkiv on Sunday morning as residents returned from Orthodox Easter services, local officials said.",
     "The attack came days after Ukraine proposed a 30-hour pause in strikes on cities over the holiday, an idea Moscow never formally answered."],
    "strikes", "strikes", 3, KHV, a="Hugh Ravensworth", cat="Europe", n="toll 4"),
  E("2030-04-28 11:20", "Russia and Ukraine swap 246 prisoners each on Easter Sunday",
    ["Russia and Ukraine exchanged 246 prisoners of war each on Sunday in a deal brokered by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, PSW, cat="Europe"),
  OFF("2030-04-28 08:45", "Ferry runs aground off Mindoro; all 312 passengers rescued",
    ["A passenger ferry ran aground in rough seas off the Philippine island of Mindoro, and the coast guard said all 312 passengers and crew had been brought ashore."],
    "philippine-ferry-aground-2030-04-28", n="accident", cat="Asia"),
  OFF("2030-04-28 06:10", "Golden Week travel rush begins in Japan",
    ["Railway operators in Japan reported bullet-train bookings 8% above last year's level as the Golden Week holidays began."],
    "japan-golden-week-travel-2030-04-28", n="travel", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 18241 Haverigg Daily (day 3, text live, no year, UK time)
HB = "Gwen Talfryn and Mykola Danylenko"
SEEDS.append(dict(
  id="18241", name="18241_haverigg-textlive", ext="txt", source="Haverigg Daily", zone="Europe/London", render=r_b_textlive_noyear,
  title="Russia-Ukraine war: Kharkiv bombed on Orthodox Easter as prisoners come home", dateline="Sunday 28 April", tznote="All times BST",
  byline=HB, parse_args=["--date", "2030-04-28"],
  lede="Guided bombs hit Kharkiv as people left Easter services; 246 Ukrainian prisoners are freed in a UAE-brokered swap; shelling in Chuhuiv.",
  basis="bare stamp '{s}' (dotted 12-hour clock) under the year-less date line 'Sunday 28 April' with 'All times BST' (UTC+1); year from parse_args; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. The page prints no year anywhere ('Sunday 28 April'), so parse_args gives --date 2030-04-28; 'All times BST' is printed once under the date. Stamps are bare dotted 12-hour times ('9.40pm') on their own line before the headline. No per-post bylines: the page byline (two names joined by 'and') is the author of every entry. 18241-02 is a 'Video:' teaser with only a '[Video]' marker. 18241-03 is a theme piece (analysis of holiday truces). 18241-04 (Chuhuiv shelling) is in the Kharkiv region but a different event from the Kharkiv city bombing.",
  not_entries=["masthead and navigation", "title", "date line 'Sunday 28 April'", "'All times BST'", "page byline 'By Gwen Talfryn and Mykola Danylenko'", "lede",
               "'[Video]' marker in the teaser", "supporter appeal after the fourth post", "'Load earlier posts'", "footer"],
  entries=[
  E("2030-04-28 21:40", "Kharkiv toll rises to seven",
    ["Seven people have now died after Russian guided bombs hit Kharkiv on Easter morning, regional governor Oleh Syniehubov said. Two of the injured died in hospital this evening."],
    "strikes", "strikes", 3, KHV, a=HB, n="toll 7"),
  E("2030-04-28 19:55", "Video: Easter service held in a Kharkiv metro station", [],
    "other", "humanitarian", 1, "kharkiv-metro-easter-service-2030-04-28", a=HB, n="video teaser without body"),
  E("2030-04-28 18:10", "Analysis: Why Easter truces rarely hold",
    ["Calls for a holiday ceasefire have come every Easter and Christmas of this war, and almost every one has ended the same way: each side accuses the other of firing first, and the guns are back within hours.",
     "A truce that nobody monitors is only a statement. The prisoner exchanges that often come with the holidays have proved more durable, because each step can be checked.",
     "Sunday's bombing of Kharkiv, less than a week after Kyiv proposed a 30-hour pause, suggests this year will be no different."],
    "diplomacy", "diplomacy", 2, "analysis-holiday-truces", a=HB,
    n="theme piece (analysis of holiday truces); mentions the Kharkiv bombing and the exchange but must not merge with either"),
  E("2030-04-28 15:30", "Shelling kills man in Chuhuiv",
    ["A 62-year-old man was killed when Russian artillery hit a residential street in Chuhuiv, south-east of Kharkiv, the regional administration said."],
    "strikes", "strikes", 3, "chuhuiv-shelling-2030-04-28", a=HB,
    n="same region as the Kharkiv city bombing, other town and weapon: must not merge"),
  E("2030-04-28 13:05", "Prisoners home for Easter",
    ["Ukraine and Russia exchanged 246 prisoners of war each in a swap mediated by the United Arab Emirates, President Volodymyr Zelensky said. Among the Ukrainians freed were 19 defenders of Mariupol and 11 National Guard servicemen.",
     "Video released by the president's office showed the men, wrapped in flags, singing the national anthem on a bus near the Belarusian border."],
    "diplomacy", "diplomacy", 3, PSW, a=HB),
  E("2030-04-28 10:20", "Guided bombs hit Kharkiv on Easter morning",
    ["Russian aircraft dropped guided bombs on Kharkiv's Kyivskyi district as residents were returning from Easter services, killing at least three people, the mayor, Ihor Terekhov, said. A church courtyard and a row of shops were damaged."],
    "strikes", "strikes", 3, KHV, a=HB, n="toll 3"),
  E("2030-04-28 07:45", "Russia launched 56 drones overnight, air force says",
    ["Ukraine's air force said it shot down 44 of the 56 drones Russia launched overnight. Falling debris damaged houses in the Kyiv and Cherkasy regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-04-28", a=HB),
  ]))

# ---------------------------------------------------------------- 18242 Copperkettle Daily (day 3, HTML live, @graph without per-update times)
SEEDS.append(dict(
  id="18242", name="18242_copperkettle-graphlive", ext="html", source="Copperkettle Daily", zone="Europe/Kyiv", render=r_b_graphlive,
  title="Easter Sunday in Ukraine: live", url="https://copperkettle-daily.example/live/ukraine-easter-2030-04-28",
  dateline="28 April 2030", tznote="Times are Kyiv time (EEST)",
  lede="Kharkiv is bombed on Easter morning; Ukraine and Russia swap prisoners; children return from occupied areas.",
  basis="visible time '{s}' (<time> without datetime; the page's note 'Times are Kyiv time (EEST)' = UTC+3) on the date line '28 April 2030'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. JSON-LD @graph with a node of @type [\"NewsArticle\",\"LiveBlogPosting\"] whose liveBlogUpdate items all repeat the page's own datePublished (09:15 +03:00), so they give no per-update time; the visible <time> text (no datetime attribute) with the printed note 'Times are Kyiv time (EEST)' is used. Signature line '\u2013 NAME' after each body. 18242-04 repeats 18242-02 nearly verbatim: duplicate_of 18242-02. 18242-03 (children returned through Qatar) shares the humanitarian/exchange theme with the prisoner swap but is another event.",
  not_entries=["header navigation and 'Donate'", "h1 title", "date line '28 April 2030'", "note 'Times are Kyiv time (EEST)'", "standfirst",
               "signature lines '\u2013 NAME' (author, not body)", "evening-briefing promo", "footer"],
  entries=[
  E("2030-04-28 09:15", "Easter morning strike on Kharkiv: two dead",
    ["Two people were killed and 14 injured when Russian guided bombs struck the Kyivskyi district of Kharkiv, the city's mayor said. The strike came as people were leaving churches after the Easter night services."],
    "strikes", "strikes", 3, KHV, a="Solomiia Hrab", n="first report: toll 2"),
  E("2030-04-28 12:40", "246 for 246: prisoner exchange completed",
    ["Ukraine has brought home 246 servicemen in a prisoner exchange with Russia mediated by the United Arab Emirates, the Coordination Headquarters for the Treatment of Prisoners of War said. Russia received the same number of its soldiers."],
    "diplomacy", "diplomacy", 3, PSW, a="Taras Bilokin"),
  E("2030-04-28 14:05", "Seven children brought back from occupied areas with Qatar's help",
    ["Seven children taken to Russia or held in occupied parts of the Luhansk region have returned to Ukraine through Qatari mediation, the presidential office said. The oldest is 16."],
    "other", "humanitarian", 2, "qatar-mediated-children-return-2030-04-28", a="Solomiia Hrab", sec=["diplomacy"],
    n="same humanitarian/exchange theme as the prisoner swap, different event: must not merge"),
  E("2030-04-28 16:20", "246 for 246: prisoner exchange completed",
    ["Ukraine has brought home 246 servicemen in a prisoner exchange with Russia mediated by the United Arab Emirates, the Coordination Headquarters for the Treatment of Prisoners of War said. Russia received the same number of soldiers."],
    "diplomacy", "diplomacy", 1, PSW, a="Taras Bilokin", dup="18242-02", n="near-verbatim repeat of 18242-02"),
  E("2030-04-28 18:30", "Kharkiv: five killed in Easter bombing",
    ["The number of people killed in the morning bombing of Kharkiv has risen to five, regional governor Oleh Syniehubov said. Thirty people were injured, including three children."],
    "strikes", "strikes", 3, KHV, a="Solomiia Hrab", n="toll 5"),
  E("2030-04-28 21:10", "Zelensky thanks UAE, says next exchange 'already being prepared'",
    ["President Volodymyr Zelensky thanked the United Arab Emirates for mediating Sunday's exchange and said work on the next one was \"already being prepared\" with the same partners."],
    "diplomacy", "diplomacy", 3, PSW, a="Taras Bilokin", n="reaction whose content is the exchange itself: same story"),
  ]))

# ---------------------------------------------------------------- 18243 Duncragg Times (day 3, text article with sections, Paris time)
DM = "\u00c9lodie Marchetti"
SEEDS.append(dict(
  id="18243", name="18243_duncragg-article", ext="txt", source="Duncragg Times", zone="Europe/Paris", render=r_b_article,
  title="Easter Sunday brings a prisoner swap but no pause in the bombing", byline=DM, dateline="28 April 2030, 17:20 CEST",
  lede="Ukraine's Orthodox Easter began with bombs on its second city and ended with 246 soldiers coming home.",
  more="Read also: Ukraine's Easter in the shelters",
  basis="no per-section time; the article's dateline '28 April 2030, 17:20 CEST' (UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet. Text article in five sections (one entry each, headline = the section heading), page byline and one dateline with time and zone; no per-section stamp, so every section takes the dateline's time. The first section spells the city 'Kharkov'. Author = the page byline for every section.",
  not_entries=["outlet name and breadcrumb", "title", "lede/standfirst", "byline 'By \u00c9lodie Marchetti'", "dateline '28 April 2030, 17:20 CEST'",
               "'Share \u00b7 Save \u00b7 Print'", "'Read also: ...' link", "footer"],
  entries=[
  E("2030-04-28 17:20", "Bombs on Kharkov",
    ["Russian glide bombs struck Kharkov, Ukraine's second city, on Sunday morning as worshippers left Orthodox Easter services, killing four people, according to local officials.",
     "The bombs fell near a church in the Kyivskyi district. Ukraine's foreign minister called the attack Russia's answer to the truce proposal."],
    "strikes", "strikes", 3, KHV, a=DM, n="spelling 'Kharkov'; toll 4"),
  E("2030-04-28 17:20", "An exchange for the holiday",
    ["Hours later, the two countries exchanged 246 prisoners of war each, with the United Arab Emirates acting as intermediary. It was the third exchange this year."],
    "diplomacy", "diplomacy", 3, PSW, a=DM),
  E("2030-04-28 17:20", "Moscow waves away the truce",
    ["The Kremlin said on Sunday that Kyiv's proposal for a 30-hour Easter pause had been \"a public relations exercise\" and that Russia saw no reason to answer it."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-easter-truce-2030-04-28", a=DM,
    n="statement on the truce proposal; must not merge with the analysis of holiday truces (18241-03) or the exchange"),
  E("2030-04-28 17:20", "Drone debris in Romania",
    ["Fragments of a drone were found in a field near the Romanian village of Plauru, across the Danube from the Ukrainian port of Izmail, Romania's defence ministry said. Nobody was hurt."],
    "strikes", "strikes", 2, "romania-drone-debris-plauru-2030-04-28", a=DM),
  E("2030-04-28 17:20", "A millionth shell",
    ["The Czech-led initiative that buys artillery ammunition outside the EU for Ukraine said it had delivered its millionth shell of the year, two months earlier than planned."],
    "aid", "aid", 2, "czech-ammunition-initiative-milestone-2030-04-28", a=DM),
  ]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/ej seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences).
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ej/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UK_MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
UK_DAYS = ["Понеділок", "Вівторок", "Середа", "Четвер", "П\u2019ятниця", "Субота", "Неділя"]
PL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "р.", "м.", "вул.", "ім.", "ok.", "godz.", "m.in.", "gen.", "ul.", "św.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    """first sentence as printed: ends at . ! ? (plus closing quote) followed by a space and an upper-case letter, digit or
    opening quote (any script), or at the end of the paragraph; never after a listed abbreviation."""
    for m in re.finditer(r'[.!?]["\'\u201d\u2019\u00bb]?', par):
        head = par[:m.end()]
        rest = par[m.end():]
        if rest == "":
            return head
        mm = re.match(r'\s+["\u201c\u2018\u201e\u00ab(]?(\S)', rest)
        if not mm or not (mm.group(1).isupper() or mm.group(1).isdigit()):
            continue
        if head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z") if False else d.isoformat()


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def wp_excerpt(p, words=28):
    w = p.split()
    return p if len(w) <= words else " ".join(w[:words]) + " [&#8230;]"


SEEDS = []


# ================================================================ PART A: ten real outlets' layouts (from memory; own words)

def r_ukrweekly(S):
    """The Ukrainian Weekly (ukrweekly.com, WordPress + Yoast). 'Newsbriefs' article: h4 item headings with wire datelines
    ('KYIV –') and source tags '(Ukrinform)'; visible date only ('December 13, 2026' in <time datetime>); no per-item time."""
    z = S["zone"]; d0 = dt(S["page_t"], z); u0 = d0.astimezone(UTC)
    url = S["url"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": "The Ukrainian Weekly", "@id": "https://www.ukrweekly.com/#/schema/person/3f0c"},
         "headline": S["title"], "datePublished": u0.isoformat(), "dateModified": u0.isoformat(),
         "mainEntityOfPage": {"@id": url}, "wordCount": 612, "publisher": {"@id": "https://www.ukrweekly.com/#organization"},
         "articleSection": ["News"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " - The Ukrainian Weekly", "datePublished": u0.isoformat(),
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.ukrweekly.com/"},
            {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "Organization", "@id": "https://www.ukrweekly.com/#organization", "name": "The Ukrainian Weekly",
         "url": "https://www.ukrweekly.com/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - The Ukrainian Weekly</title>',
           f'<link rel="canonical" href="{url}">', '<meta property="og:type" content="article">',
           f'<meta property="og:title" content="{attr(S["title"])} - The Ukrainian Weekly">',
           f'<meta property="article:published_time" content="{u0.isoformat()}">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           f'<div class="top-bar"><span class="today">{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}</span> '
           '<a href="/subscribe/">Subscribe</a> <a href="/donate/">Support the Weekly</a> <a href="/my-account/">Log in</a></div>',
           '<header class="site-header"><a class="site-logo" href="/">The Ukrainian Weekly</a>'
           '<p class="site-description">Published by the Ukrainian National Association since 1933</p>'
           '<nav class="main-navigation"><a href="/category/news/">News</a> <a href="/category/ukraine/">Ukraine</a> '
           '<a href="/category/diaspora/">Diaspora</a> <a href="/category/community/">Community</a> <a href="/category/arts-culture/">Arts &amp; Culture</a> '
           '<a href="/category/sports/">Sports</a> <a href="/category/opinion/">Opinion</a> <a href="/archive/">Archive</a></nav></header>',
           '<main id="main" class="site-main"><article class="post type-post status-publish">',
           '<span class="cat-links"><a href="/category/news/" rel="category tag">News</a></span>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{u0.isoformat()}">'
           f'{MONTHS[d0.month - 1]} {d0.day}, {d0.year}</time></span></div>',
           '<div class="entry-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h4><strong>{esc(e["h"])}</strong></h4>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="ad-inline"><a href="/subscribe/">Subscribe to The Ukrainian Weekly: print and digital editions</a></div>')
    out += ['</div>',
            '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>',
            '<div class="jp-relatedposts"><h3>Related</h3>'
            '<a href="/ukrainian-national-association-announces-scholarship-winners/">UNA announces scholarship winners for 2026-2027</a> '
            '<a href="/newsbriefs-220/">Newsbriefs</a></div>',
            '</article></main>',
            '<aside class="widget-area"><section class="widget"><h2 class="widget-title">Latest issue</h2>'
            '<p>The Ukrainian Weekly, No. 50</p></section></aside>',
            '<footer class="site-footer"><p>© 2026 The Ukrainian Weekly. 2200 Route 10, Parsippany, NJ 07054</p>'
            '<a href="/privacy-policy/">Privacy Policy</a> <a href="/contact/">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="14100", name="14100_ukrweekly-newsbriefs", ext="html", source="The Ukrainian Weekly", zone="America/New_York", render=r_ukrweekly,
  title="Newsbriefs", url="https://www.ukrweekly.com/newsbriefs-221/", page_t="2026-12-13 07:00",
  basis="no per-item time: the article's only date is the visible 'December 13, 2026' whose <time datetime> (and the Yoast JSON-LD datePublished) give 2026-12-13T12:00:00+00:00; every brief takes that page time; local {d} in {z}",
  notes="Imitates a 'Newsbriefs' article of The Ukrainian Weekly (WordPress with a Yoast @graph; NewsArticle node, no live-blog markup). Six briefs, each an <h4> heading followed by paragraphs; most open with a wire dateline ('KYIV – ') and end with a source tag in parentheses ('(Ukrinform)', '(RFE/RL, Ukrinform)'), which stays part of the last paragraph and is not a byline (author null). No brief has its own time: stamp null; published = the page time from <time datetime> / JSON-LD (12:00 UTC = 07:00 in New Jersey). The briefs recap the week, so their events fall on earlier days (December 8-12). One off-beat brief (biathlon). The subscription line after the third brief, the share box, 'Related' links and the 'Latest issue' widget are chrome.",
  not_entries=["top bar with the weekday date and Subscribe / Support the Weekly / Log in", "site logo, tagline and main navigation",
               "category link 'News'", "page title 'Newsbriefs'", "date line 'December 13, 2026'", "inline subscription link after the third brief",
               "'Share this:' box", "'Related' links (UNA scholarships, an older 'Newsbriefs')", "'Latest issue' widget", "footer address and links"],
  entries=[
  E("2026-12-13 07:00", "Zelenskyy signs 2027 budget built around defense",
    ["KYIV – President Volodymyr Zelenskyy on December 9 signed the state budget for 2027, under which more than half of all spending is set aside for the army and the security services.",
     "Finance Minister Serhii Marchenko said the deficit would again be covered mostly by foreign loans and grants, including money backed by immobilized Russian assets. (Ukrinform)"],
    "other", "politics", 2, "ukraine-2027-budget-signed"),
  E("2026-12-13 07:00", "Two killed as drones strike Kharkiv apartment block",
    ["KHARKIV – Two people were killed and 14 injured when Russian attack drones hit a nine-story apartment building in the Saltivka district late on December 10, Mayor Ihor Terekhov said.",
     "Rescue crews worked through the night to reach residents cut off on the upper floors, and about 60 apartments were left without windows in freezing weather. (RFE/RL, Ukrinform)"],
    "strikes", "strikes", 3, "kharkiv-saltivka-drone-strike-2026-12-10"),
  E("2026-12-13 07:00", "Canada commits C$300 million for drones and armored vehicles",
    ["OTTAWA – Canada will give Ukraine C$300 million in new military assistance, to be spent mainly on interceptor drones and armored vehicles built by Canadian firms, National Defence Minister David McGuinty said on December 8.",
     "He made the announcement during a video meeting of the Ukraine Defense Contact Group. (Ukrinform)"],
    "aid", "aid", 3, "canada-c300m-drones-vehicles-2026-12-08"),
  E("2026-12-13 07:00", "Sybiha and Fidan discuss Black Sea shipping",
    ["ANKARA – Foreign Affairs Minister Andrii Sybiha met with Turkish Foreign Minister Hakan Fidan on December 10 to talk about the safety of merchant vessels in the Black Sea and Turkey\u2019s offer to host further rounds of talks.",
     "The two ministers also discussed a possible new prisoner exchange under Turkish mediation. (Ukrinform)"],
    "diplomacy", "diplomacy", 2, "sybiha-fidan-ankara-talks-2026-12-10"),
  E("2026-12-13 07:00", "Fifteen more children returned from occupied territories",
    ["KYIV – Fifteen children taken from the occupied parts of the Kherson and Zaporizhzhia regions have been brought back to Ukraine with Qatar\u2019s help, Human Rights Commissioner Dmytro Lubinets said on December 11.",
     "Ukrainian authorities have recorded more than 19,000 cases of children deported or forcibly moved since 2022. (RFE/RL)"],
    "other", "humanitarian", 2, "children-returned-from-occupied-areas-2026-12-11"),
  OFF("2026-12-13 07:00", "Ukrainian biathletes take relay bronze in Hochfilzen",
    ["HOCHFILZEN, Austria – Ukraine\u2019s women\u2019s team finished third in the relay at the Biathlon World Cup stage in Austria on December 12, the squad\u2019s best result of the season so far.",
     "The next World Cup stage will be held in France later this month. (Ukrinform)"],
    "ukraine-biathlon-relay-bronze-hochfilzen", n="sport"),
  ]))


def r_newpathway(S):
    """New Pathway – Ukrainian News (newpathway.ca, WordPress) Atom feed (/feed/atom/): <published> in UTC with Z and seconds,
    <author><name>, CDATA summary + content; English and Ukrainian items mixed."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           f'<title type="text">{esc(S["title"])}</title>', '<subtitle type="text">Ukrainian community newspaper in Canada since 1930</subtitle>',
           f'<updated>{last.strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>',
           '<link rel="alternate" type="text/html" href="https://newpathway.ca" />', '<id>https://newpathway.ca/feed/atom/</id>',
           '<link rel="self" type="application/atom+xml" href="https://newpathway.ca/feed/atom/" />',
           '<generator uri="https://wordpress.org/" version="6.9">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        pid = 131207 - i * 37
        link = f"https://newpathway.ca/{e.get('slug') or slugify(e['h'])}/"
        out += ['<entry>', f'<author><name>{esc(e["wpauthor"])}</name></author>',
                f'<title type="html"><![CDATA[{e["h"]}]]></title>', f'<link rel="alternate" type="text/html" href="{link}" />',
                f'<id>https://newpathway.ca/?p={pid}</id>', f'<updated>{st}</updated>', f'<published>{st}</published>',
                f'<category scheme="https://newpathway.ca" term="{e.get("cat", "News")}" />',
                f'<summary type="html"><![CDATA[{wp_excerpt(e["p"][0], 20)}]]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + "\n".join(f"<p>{p}</p>" for p in e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />',
                f'<link rel="replies" type="application/atom+xml" href="{link}feed/atom/" thr:count="0" />', '<thr:total>0</thr:total>',
                '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="14101", name="14101_newpathway-atom", ext="xml", source="New Pathway", zone="UTC", render=r_newpathway,
  title="New Pathway \u2013 Ukrainian News",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="Imitates the WordPress Atom feed of New Pathway \u2013 Ukrainian News (Toronto). Newest first; <published> in UTC with seconds; <author><name> per entry; <summary> is a WordPress excerpt cut with ' [&#8230;]' and <content> carries the full text. Author: the WordPress user name when it is a person; the house account 'New Pathway' names no person and gives null. One item is in Ukrainian (community fundraiser for generators). One off-beat item (museum exhibition). The UCC item reacts to the Canadian package of December 8 (same story as 14100-03).",
  not_entries=["feed title, subtitle, updated, links, id and generator", "each entry's link/id/updated/category elements and replies links/thr:total",
               "<summary> excerpts (repeat the start of <content>)"],
  entries=[
  E("2026-12-10 21:14:05", "Anand and Sybiha meet in Ottawa, vow to keep pressure on Moscow",
    ["Foreign Affairs Minister Anita Anand hosted her Ukrainian counterpart Andrii Sybiha in Ottawa on Thursday, promising that Canada would keep its sanctions on Russia in place until there is a just and lasting peace.",
     "Sybiha thanked Canadians for their support and asked Ottawa to press other G7 members to use immobilized Russian assets for Ukraine\u2019s reconstruction.",
     "The two ministers also signed a memorandum on cooperation in humanitarian demining."],
    "diplomacy", "diplomacy", 3, "anand-sybiha-ottawa-meeting-2026-12-10", a="Oksana Bilyk", wpauthor="Oksana Bilyk"),
  E("2026-12-10 19:02:40", "UCC welcomes new C$300-million military package",
    ["The Ukrainian Canadian Congress has welcomed Ottawa\u2019s latest military assistance for Ukraine, worth C$300 million, and urged the government to speed up deliveries before the coldest months.",
     "The package, announced on Monday at a meeting of the Ukraine Defence Contact Group, will pay mostly for interceptor drones and armoured vehicles made in Canada."],
    "aid", "aid", 2, "canada-c300m-drones-vehicles-2026-12-08", a=None, wpauthor="New Pathway",
    n="reaction to the package announced on 8 December (same story as 14100-03)"),
  E("2026-12-10 16:30:12", "Торонто: громада зібрала понад 200 тисяч доларів на генератори для Херсона",
    ["Українська громада Торонто за два тижні зібрала понад 200 тисяч канадських доларів на генератори для лікарень і шкіл Херсона.",
     "Перші 40 генераторів уже відправили до Польщі, звідки їх доставлять в Україну до Різдва, повідомили організатори."],
    "aid", "aid", 2, "toronto-community-generators-for-kherson", a="Галина Кравець", wpauthor="Галина Кравець", cat="Новини",
    slug="toronto-generatory-kherson", n="Ukrainian-language item"),
  E("2026-12-10 14:05:51", "Russian drones hit Kyiv energy facility, two workers injured",
    ["Russian attack drones struck an energy facility on Kyiv\u2019s left bank early Thursday, injuring two workers and cutting power to parts of the Darnytskyi district, city officials said.",
     "Ukraine\u2019s air force said it shot down 61 of the 78 drones launched overnight."],
    "strikes", "strikes", 2, "kyiv-energy-facility-drone-strike-2026-12-10", a="Mykola Savchuk", wpauthor="Mykola Savchuk"),
  OFF("2026-12-10 12:48:30", "Ukrainian Museum of Canada opens vyshyvanka exhibition in Saskatoon",
    ["More than 80 embroidered shirts from every region of Ukraine, some of them over a century old, have gone on display at the Ukrainian Museum of Canada in Saskatoon."],
    "vyshyvanka-exhibition-saskatoon", a="Oksana Bilyk", n="culture", wpauthor="Oksana Bilyk", cat="Community"),
  E("2026-12-10 10:20:03", "Zelenskyy says Russia is massing troops near Huliaipole",
    ["President Volodymyr Zelenskyy said on Wednesday evening that Russia had gathered assault units near Huliaipole in the Zaporizhzhia region and was preparing a new push toward the regional centre.",
     "He said Ukrainian units in the area had been reinforced but still needed more artillery shells."],
    "other", "frontline", 2, "russian-buildup-near-huliaipole-2026-12", a="Mykola Savchuk", wpauthor="Mykola Savchuk"),
  ]))


def r_svoboda(S):
    """Svoboda (svoboda-news.com), Ukrainian-language news list, text scrape. One date line in the header
    ('П’ятниця, 11 грудня 2026'), then items newest first: bare 'HH:MM', headline, lead, 'Читати далі'. No zone printed."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = ["Перейти до вмісту", "", "СВОБОДА", "Український часопис в Америці з 1893 року", "",
         "Головна | Новини | Україна | Громада | Культура | Спорт | Архів | Передплата", "Пошук", "",
         f"{UK_DAYS[d0.weekday()]}, {d0.day} {UK_MONTHS_GEN[d0.month - 1]} {d0.year}", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Читати далі", ""]
        if i == 3:
            L += ["Реклама", "Передплатіть «Свободу» на 2027 рік – друковане та електронне видання", ""]
    L += ["Усі новини", "", "Найпопулярніше", "Союзівка запрошує на новорічні свята", "Стипендії УНС: оголошено переможців", "",
          "© 2026 Свобода. Видання Українського Народного Союзу. 2200 Route 10, Parsippany, NJ 07054"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="14102", name="14102_svoboda-news", ext="txt", source="Svoboda", zone="America/New_York", render=r_svoboda,
  title="НОВИНИ",
  basis="bare stamp '{s}' under the page's only date line (Friday 11 December 2026, in Ukrainian); no zone printed, so the outlet's home zone (New Jersey, EST = UTC-5); local {d} in {z}",
  notes="Imitates the Ukrainian-language news list of Svoboda, the Ukrainian National Association's paper in New Jersey, copied from the browser. All text is in Ukrainian. The date appears only once, in the header line 'П\u2019ятниця, 11 грудня 2026'; each item has a bare 'HH:MM' line, then headline, lead and 'Читати далі' (read more). No zone is printed: times are taken as the home zone America/New_York (EST). Newest first. Items ending in '(Укрінформ)' carry a source tag, not a byline: author null. One off-beat item (museum exhibition). 14102-07 is the same event as 14100-05 (children returned on 11 December).",
  not_entries=["skip link, masthead 'СВОБОДА' and tagline", "navigation and search", "date line 'П\u2019ятниця, 11 грудня 2026'", "section heading 'НОВИНИ' (page title)",
               "'Читати далі' links after every item", "'Реклама' and the subscription promo after the fourth item", "'Усі новини' link",
               "'Найпопулярніше' list with two community headlines", "copyright/publisher line"],
  entries=[
  E("2026-12-11 16:55", "Сибіга: мир можливий лише з надійними гарантіями безпеки",
    ["Міністр закордонних справ України Андрій Сибіга заявив, що Київ готовий до переговорів, але не погодиться на мир без надійних гарантій безпеки від партнерів.",
     "Про це він сказав під час зустрічі з послами країн «Групи семи» у Києві. (Укрінформ)"],
    "diplomacy", "diplomacy", 2, "sybiha-g7-ambassadors-security-guarantees-2026-12-11"),
  E("2026-12-11 14:30", "Нідерланди виділять Україні ще 500 мільйонів євро на протиповітряну оборону",
    ["Уряд Нідерландів ухвалив новий пакет військової допомоги Україні на 500 мільйонів євро, більшу частину якого спрямують на протиповітряну оборону.",
     "Перші поставки очікуються на початку наступного року, повідомило міністерство оборони Нідерландів. (Укрінформ)"],
    "aid", "aid", 3, "netherlands-500m-air-defence-package-2026-12-11"),
  OFF("2026-12-11 11:10", "Український музей у Нью-Йорку відкрив виставку різдвяних традицій",
    ["В Українському музеї в Нью-Йорку відкрилася виставка, присвячена різдвяним звичаям різних регіонів України, зокрема Гуцульщини та Полісся."],
    "ukrainian-museum-nyc-christmas-exhibit", n="culture"),
  E("2026-12-11 09:25", "Генштаб: на Костянтинівському напрямку відбито понад 30 атак",
    ["За минулу добу українські захисники відбили понад 30 штурмів російських військ на Костянтинівському напрямку, повідомив Генеральний штаб ЗСУ.",
     "Найзапекліші бої тривали поблизу Степанівки та Клебан-Бика. (Укрінформ)"],
    "other", "frontline", 2, "kostiantynivka-direction-assaults-2026-12-11"),
  E("2026-12-11 07:50", "Росія атакувала Одесу дронами: загинули троє людей",
    ["Троє людей загинули, ще дев\u2019ятеро дістали поранення внаслідок нічної атаки російських ударних дронів на Одесу, повідомив начальник обласної військової адміністрації Олег Кіпер.",
     "Пошкоджено житловий будинок, складське приміщення та лінії електропередачі. (Укрінформ)"],
    "strikes", "strikes", 3, "odesa-drone-attack-2026-12-11"),
  E("2026-12-11 06:15", "Омбудсман: в Україну повернули ще 15 дітей",
    ["Ще 15 українських дітей, яких Росія незаконно вивезла з окупованих територій, повернулися додому, повідомив Уповноважений Верховної Ради з прав людини Дмитро Лубінець.",
     "Повернення відбулося за посередництва Катару. (Укрінформ)"],
    "other", "humanitarian", 2, "children-returned-from-occupied-areas-2026-12-11"),
  ]))


def r_jta(S):
    """JTA (jta.org) tag page 'Ukraine', text scrape. Cards newest first: kicker, headline, dek, 'By NAME',
    'December 8, 2026 2:38 pm' (no zone: New York). Newsletter box and donation appeal between cards."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "", "JTA", "Jewish Telegraphic Agency", "Donate    Newsletters    Search", "",
         "News   Israel   Politics   Culture   Opinion   Obituaries   Archive   Ukraine   Antisemitism", "", "Tag", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')}"; stamps.append(st)
        L += [e.get("kicker", "Global"), e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 2:
            L += ["Sign up for JTA\u2019s Daily Briefing", "The latest Jewish news, delivered to your inbox every weekday morning.",
                  "Email address", "Subscribe", ""]
        if i == 4:
            L += ["JTA has documented Jewish history in real-time for over a century. Keep our journalism strong by joining us in supporting independent, award-winning reporting.",
                  "Support JTA", ""]
    L += ["Load More", "", "About   Contact   Advertise   Syndication   Privacy Policy   Terms of Use",
          "\u00a9 2026 JTA | Jewish Telegraphic Agency. All rights reserved."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="14103", name="14103_jta-ukrainetag", ext="txt", source="JTA", zone="America/New_York", render=r_jta,
  title="Ukraine",
  basis="card stamp '{s}' (full date and 12-hour clock, no zone: JTA's home zone New York, EST = UTC-5); local {d} in {z}",
  notes="Imitates JTA's tag page for Ukraine, copied from the browser. Cards newest first: kicker ('Global', 'Israel', 'Politics'), headline, one-paragraph dek (the entry body), 'By NAME', then 'December 8, 2026 2:38 pm' with no zone (New York, EST). The 'By JTA Staff' credit names no person and gives author null. The newsletter box after the third card and the donation appeal after the fifth are chrome. One off-beat item (Berlin memorial graffiti).",
  not_entries=["skip link, 'JTA' / 'Jewish Telegraphic Agency' masthead, Donate / Newsletters / Search", "main navigation", "'Tag' label and tag name 'Ukraine' (page title)",
               "card kickers ('Global', 'Israel', 'Politics')", "newsletter box ('Sign up for JTA\u2019s Daily Briefing' ... 'Subscribe')",
               "donation appeal ('JTA has documented Jewish history ...', 'Support JTA')", "'Load More'", "footer links and copyright"],
  entries=[
  E("2026-12-08 17:12", "In a Kharkiv metro station, Hanukkah candles and cots for air raids",
    ["For the fifth Hanukkah since Russia\u2019s full-scale invasion, Jewish families in Ukraine\u2019s second-largest city lit candles underground, on a platform where hundreds of residents sleep during night-time attacks."],
    "other", "humanitarian", 2, "kharkiv-metro-hanukkah-2026-12-07", a="Lev Tarnopol", byline="By Lev Tarnopol"),
  E("2026-12-08 15:40", "Drone blast shatters windows at Odesa\u2019s main synagogue",
    ["Nobody was hurt when a Russian drone exploded in a courtyard near the city\u2019s main synagogue before dawn Tuesday, community leaders said, but several of the building\u2019s historic stained-glass windows were destroyed."],
    "strikes", "strikes", 2, "odesa-synagogue-drone-damage-2026-12-08", a="Dana Rubinfeld", byline="By Dana Rubinfeld"),
  E("2026-12-08 13:05", "Israel ships generators and medical gear to Ukraine for winter",
    ["The shipment, arranged by Israel\u2019s foreign ministry, includes 60 industrial generators for hospitals in Dnipro and Zaporizhzhia as well as trauma kits for emergency crews, officials said."],
    "aid", "aid", 2, "israel-generators-medical-aid-ukraine-2026-12", a="Dana Rubinfeld", byline="By Dana Rubinfeld", kicker="Israel"),
  E("2026-12-08 11:30", "Jewish groups press Senate to vote on Russia sanctions bill",
    ["A coalition of 14 American Jewish organizations wrote to Senate leaders on Monday asking them to bring a stalled bill that would punish buyers of Russian oil to a vote before the end of the year."],
    "diplomacy", "diplomacy", 2, "jewish-groups-senate-russia-sanctions-letter", a="Miriam Koval", byline="By Miriam Koval", kicker="Politics"),
  E("2026-12-08 09:45", "Moscow court jails synagogue volunteer over posts criticizing the war",
    ["A volunteer at a Moscow synagogue was sentenced to three years in a penal colony for social media posts that prosecutors said discredited the Russian army, a rights group reported."],
    "other", "politics", 2, "moscow-synagogue-volunteer-jailed-2026-12-08", a="Lev Tarnopol", byline="By Lev Tarnopol"),
  OFF("2026-12-08 08:10", "Berlin police investigate graffiti at Holocaust memorial",
    ["Swastikas and slogans were sprayed on several concrete slabs of the Memorial to the Murdered Jews of Europe overnight, Berlin police said Tuesday."],
    "berlin-holocaust-memorial-graffiti", a=None, n="antisemitism in Germany", byline="By JTA Staff"),
  E("2026-12-08 06:20", "Zelensky hosts American Jewish leaders in Kyiv, asks for help on air defense",
    ["A delegation from the Conference of Presidents of Major American Jewish Organizations met President Volodymyr Zelensky in Kyiv on Monday, the group\u2019s first visit to Ukraine in more than a year."],
    "diplomacy", "diplomacy", 2, "zelensky-meets-conference-of-presidents-2026-12-07", a="Miriam Koval", byline="By Miriam Koval", sec=["aid"]),
  ]))


def r_forward(S):
    """The Forward (forward.com) live-updates article, HTML with a NewsArticle JSON-LD. Newest first; each update:
    stamp '9:42 a.m. ET', h3 headline, 'By NAME', paragraphs; the date is printed only in the article header."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Forward", "logo": {"@type": "ImageObject", "url": "https://forward.com/logo.png"}},
          "isAccessibleForFree": True, "articleSection": "News"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 The Forward</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="single-post">',
           '<div class="donate-bar">Support the Forward\u2019s independent Jewish journalism. <a href="/donate/">Donate</a></div>',
           '<header class="site-header"><a class="logo" href="/">Forward</a><nav><a href="/news/">News</a> <a href="/news/israel/">Israel</a> '
           '<a href="/opinion/">Opinion</a> <a href="/culture/">Culture</a> <a href="/food/">Food</a> <a href="/life/">Life</a> '
           '<a href="https://forward.com/yiddish/">Forverts</a> <a href="/podcasts/">Podcasts</a></nav>'
           '<a href="/newsletters/">Newsletters</a> <a href="/login/">Sign in</a></header>',
           '<main><article>', '<p class="eyebrow"><a href="/news/">News</a></p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="dek">{esc(S["lede"])}</p>',
           '<div class="byline">By ' + ", ".join(esc(n) for n in S["authors"][:-1]) + f' and {esc(S["authors"][-1])}</div>',
           f'<div class="dateline">{MONTHS[last.month - 1]} {last.day}, {last.year}</div>',
           f'<figure><img src="https://images.forward.com/live.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="live-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<section class="live-update" id="update-{len(S["entries"]) - i}"><p class="live-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out.append(f'<p class="live-byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">[Video]</div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside class="newsletter-signup"><p>Get the Forward\u2019s free morning newsletter, The Forward Daily.</p>'
                       '<input type="email" placeholder="Your email"> <button>Sign up</button></aside>')
    out += ['</div>', '<section class="related"><h4>Read more</h4><a href="/news/ukraine-jewish-refugees-fifth-winter/">Ukraine\u2019s Jews brace for a fifth winter of war</a></section>',
            '</article></main>',
            '<footer><p>\u00a9 2026 The Forward Association. All rights reserved.</p><a href="/about/">About</a> <a href="/contact/">Contact</a> '
            '<a href="/privacy/">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


GENEVA = "geneva-us-ukraine-talks-2026-12-09"
SEEDS.append(dict(
  id="14104", name="14104_forward-liveupdates", ext="html", source="The Forward", zone="America/New_York", render=r_forward,
  title="Witkoff and Kushner meet Ukraine\u2019s negotiators in Geneva: Live updates",
  url="https://forward.com/news/7912458/witkoff-kushner-geneva-ukraine-live-updates/",
  authors=["Noa Lichtman", "Yael Broder", "Ari Goldfarb"],
  lede="The Trump administration\u2019s two envoys sat down with a Ukrainian delegation as Russia hit power plants across the country.",
  caption="Ukrainian and American delegations at the start of talks in Geneva, Dec. 9, 2026. (Getty Images)",
  basis="update stamp '{s}' (Eastern time printed, EST = UTC-5); the date comes only from the article header 'December 9, 2026'; local {d} in {z}",
  notes="Imitates a Forward live-updates article (HTML with one NewsArticle JSON-LD, no LiveBlogPosting). Newest first; every update has 'h:mm a.m. ET' above an h3 headline and 'By NAME' under it. The date appears only in the header line 'December 9, 2026' (and the photo caption). 14104-02 is a 'Watch:' video teaser without text. 14104-04 is an analysis (theme piece about the envoys) that is its own story. 14104-01, -02 and -06 are the Geneva talks.",
  not_entries=["donation bar", "logo, navigation, Newsletters / Sign in", "eyebrow 'News'", "page title", "dek 'The Trump administration\u2019s two envoys ...'",
               "page byline 'By Noa Lichtman, Yael Broder and Ari Goldfarb'", "header date 'December 9, 2026'", "photo caption",
               "'[Video]' placeholder in the teaser", "newsletter sign-up after the third update", "'Read more' related link", "footer"],
  entries=[
  E("2026-12-09 17:55", "Geneva talks end for the day without a joint statement",
    ["American and Ukrainian negotiators finished seven hours of talks in Geneva on Wednesday without a joint statement, though both sides called the discussions useful.",
     "Rustem Umerov, who leads Ukraine\u2019s delegation, said work would resume Thursday on the section of the draft framework that deals with security guarantees."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Noa Lichtman"),
  E("2026-12-09 16:20", "Watch: Kushner arrives at the U.S. mission in Geneva", [], "diplomacy", "diplomacy", 1, GENEVA, a="Ari Goldfarb",
    n="video teaser without text"),
  E("2026-12-09 14:05", "Russian strikes cut power in Dnipro and Kryvyi Rih, killing a substation worker",
    ["A Russian missile and drone attack on Wednesday morning left large parts of Dnipro and Kryvyi Rih without electricity and killed a worker at a substation, regional officials said.",
     "Ukraine\u2019s grid operator ordered emergency blackouts in five regions."],
    "strikes", "strikes", 3, "dnipro-kryvyi-rih-grid-strike-2026-12-09", a="Yael Broder"),
  E("2026-12-09 12:30", "Analysis: Two New York dealmakers are running America\u2019s Ukraine diplomacy",
    ["Neither of the two Americans leading Washington\u2019s talks with Ukraine has held a diplomatic post before, and both built their careers in New York real estate.",
     "Ukrainian officials say they have learned to work with a deal-first style that prizes quick announcements, even as they resist proposals to give up territory.",
     "In Moscow, state media have treated the envoys as more receptive listeners than the career diplomats who handled the file before them."],
    "diplomacy", "diplomacy", 2, "analysis-us-envoys-ukraine-diplomacy", a="Ari Goldfarb", n="theme piece (analysis); mentions the talks but is its own story"),
  E("2026-12-09 10:15", "Zelensky: Ukraine will not sign a deal that rewards aggression",
    ["President Volodymyr Zelensky said in a video address Wednesday that Kyiv was ready to discuss a ceasefire along the current front line but would never legally recognize Russian control over Ukrainian land."],
    "diplomacy", "diplomacy", 3, "zelensky-no-deal-rewarding-aggression-2026-12-09", a="Noa Lichtman"),
  E("2026-12-09 08:40", "Ukrainian delegation lands in Geneva",
    ["Ukraine\u2019s negotiating team, led by national security chief Rustem Umerov, arrived in Geneva early Wednesday for talks with Steve Witkoff and Jared Kushner, the Ukrainian presidential office said."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Noa Lichtman"),
  E("2026-12-09 06:50", "Hanukkah lights at Kyiv\u2019s Brodsky Synagogue during a blackout",
    ["Several hundred people crowded into the Brodsky Synagogue in central Kyiv on Tuesday evening to light Hanukkah candles by the glow of generator-powered lamps during a scheduled power cut."],
    "other", "humanitarian", 2, "kyiv-brodsky-synagogue-hanukkah-blackout-2026-12-08", a="Yael Broder"),
  ]))


def r_jewishnews(S):
    """Jewish News (jewishnews.co.uk, UK; runs on the Times of Israel platform) 'News' listing, text scrape. Cards newest first:
    headline, excerpt, 'By NAME', '14 December 2026, 3:05 pm' (UK local time, no zone)."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = ["Jewish News", "Your Voice in the Community", "", f"{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "",
         "Home   News   Israel   Opinion   Community   Features   Jewish Living   Podcasts   Events   Subscribe", "", "Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {ampm(d, space=' ')}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 3:
            L += ["Sign up to our newsletter", "Get the top stories from Jewish News delivered to your inbox every morning", "Sign up", "", "ADVERTISEMENT", ""]
    L += ["Load more", "", "Most read", "Chanukah lights across London: your photos", "Kosher deli wins national food award", "",
          "About us   Contact us   Advertise   Terms & conditions   Privacy policy", "\u00a9 2026 Jewish News. All rights reserved. Powered by WordPress VIP"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="14105", name="14105_jewishnews-listing", ext="txt", source="Jewish News", zone="Europe/London", render=r_jewishnews,
  title="News",
  basis="card stamp '{s}' (day, month, year and 12-hour clock, no zone: UK local time, GMT = UTC in December); local {d} in {z}",
  notes="Imitates the 'News' listing of Jewish News (London), copied from the browser. Cards newest first: headline, excerpt (entry body), 'By NAME', then '14 December 2026, 3:05 pm' with no zone (UK time = GMT = UTC in December). A header line repeats the date. Two off-beat community items (school, CST figures). The newsletter box and 'ADVERTISEMENT' after the fourth card are chrome; 'Most read' headlines are links, not entries.",
  not_entries=["masthead 'Jewish News' and tagline", "header date line 'Monday, 14 December 2026'", "navigation, Search", "section heading 'News' (page title)",
               "newsletter box ('Sign up to our newsletter' ...) and 'ADVERTISEMENT'", "'Load more'", "'Most read' list (two headlines)", "footer links and copyright"],
  entries=[
  E("2026-12-14 18:40", "World Jewish Relief sends 30 tonnes of winter aid to Ukraine",
    ["The charity said its latest convoy, carrying heaters, thermal blankets and food parcels, had reached partner organisations in Kharkiv and Zaporizhzhia ahead of the coldest weeks of the year.",
     "More than 4,000 elderly people in frontline areas will receive the packages, it added."],
    "aid", "aid", 2, "world-jewish-relief-winter-convoy-2026-12", a="Ruth Ashkenazy", byline="By Ruth Ashkenazy"),
  E("2026-12-14 16:15", "Starmer and Zelensky agree next steps on reassurance force",
    ["Sir Keir Starmer and Volodymyr Zelensky agreed at Downing Street on Monday on a timetable for planning a multinational reassurance force that would deploy to Ukraine after any ceasefire.",
     "The prime minister said Britain was ready to lead the force\u2019s headquarters but would not send troops while fighting continued."],
    "diplomacy", "diplomacy", 3, "starmer-zelensky-reassurance-force-2026-12-14", a="Daniel Marks", byline="By Daniel Marks"),
  OFF("2026-12-14 13:30", "Barnet council approves plans for new Jewish primary school",
    ["Councillors voted unanimously to allow a former office building in Finchley to be converted into a two-form-entry Jewish primary school opening in September 2028."],
    "barnet-jewish-primary-school-approved", a="Ruth Ashkenazy", n="local community", byline="By Ruth Ashkenazy"),
  E("2026-12-14 11:05", "Leeds shul opens its doors to Ukrainian refugee families",
    ["A synagogue in Alwoodley hosted a winter lunch for more than 50 Ukrainian refugees living in West Yorkshire, many of whom have been in Britain since the first months of the war."],
    "other", "humanitarian", 2, "leeds-synagogue-ukrainian-refugees-lunch", a="Jack Mendel-Price", byline="By Jack Mendel-Price"),
  E("2026-12-14 09:20", "Healey: Navy shadowed Russian submarine off Scotland",
    ["Defence Secretary John Healey said a Royal Navy frigate had tracked a Russian attack submarine through waters off northern Scotland over the weekend, calling it part of a pattern of Russian probing.",
     "He told MPs that Britain would add two more patrol aircraft to its northern fleet next year."],
    "other", "security", 2, "russian-submarine-off-scotland-2026-12", a="Daniel Marks", byline="By Daniel Marks"),
  E("2026-12-14 07:45", "Overnight missile strike on Kyiv kills three, including a child",
    ["Three people, among them an eight-year-old girl, were killed when a Russian missile hit a residential building in Kyiv\u2019s Obolon district overnight, Ukrainian officials said.",
     "Mayor Vitali Klitschko said 17 people had been taken to hospital."],
    "strikes", "strikes", 3, "kyiv-obolon-missile-strike-2026-12-14", a="Daniel Marks", byline="By Daniel Marks"),
  OFF("2026-12-14 06:30", "CST records fall in antisemitic incidents in November",
    ["The Community Security Trust logged fewer antisemitic incidents last month than in any month this year, though the total remained well above the level seen before October 2023."],
    "cst-november-incident-figures", a="Jack Mendel-Price", n="UK antisemitism figures", byline="By Jack Mendel-Price"),
  ]))


def r_thejc(S):
    """The Jewish Chronicle (thejc.com) live blog, HTML. 'Oldest first' sort active; each post: bare '09:05' in <time datetime>,
    h2 headline, author, paragraphs. LiveBlogPosting JSON-LD with per-update datePublished (+00:00). Date in the header."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.astimezone(UTC).isoformat(),
             "articleBody": " ".join(e["p"]), "url": f"{S['url']}?post={i + 1}"}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.astimezone(UTC).isoformat(), "dateModified": last.astimezone(UTC).isoformat(),
          "coverageStartTime": first.astimezone(UTC).isoformat(), "coverageEndTime": last.astimezone(UTC).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Jewish Chronicle"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Jewish Chronicle</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="masthead"><a href="/" class="logo">The Jewish Chronicle</a> <span class="since">Since 1841</span>'
           '<nav><a href="/news">News</a> <a href="/world">World</a> <a href="/israel">Israel</a> <a href="/comment">Comment</a> '
           '<a href="/life-and-culture">Life &amp; Culture</a> <a href="/judaism">Judaism</a> <a href="/community">Community</a></nav>'
           '<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main><div class="live-badge">LIVE</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="date">{DAYS_EN[first.weekday()]} {first.day} {MONTHS[first.month - 1]} {first.year}</p>',
           '<div class="sort">Sort by: <button class="active">Oldest first</button> <button>Latest first</button></div>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="liveblog-post" id="post-{i + 1}"><time datetime="{d.astimezone(UTC).isoformat()}">{st}</time>'
                   f'<h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="author">{esc(e["a"])}</span>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="inline-promo">Subscribe to the JC from \u00a31 a week. <a href="/subscribe">Subscribe now</a></div>')
    out += ['</div>', '<section class="more"><h3>More from World</h3><a href="/world/kyiv-jewish-community-winter">Kyiv\u2019s Jewish community prepares for winter</a></section>',
            '</main><footer>\u00a9 2026 The Jewish Chronicle. All rights reserved. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


MIRVIS = "chief-rabbi-kyiv-solidarity-visit-2026-12-15"
SEEDS.append(dict(
  id="14106", name="14106_thejc-live", ext="html", source="The Jewish Chronicle", zone="Europe/London", render=r_thejc,
  title="Chief Rabbi in Kyiv: live updates from the solidarity visit",
  url="https://www.thejc.com/world/live/chief-rabbi-kyiv-visit-live",
  lede="Sir Ephraim Mirvis is spending two days in the Ukrainian capital with a delegation from British Jewish charities. Follow the visit and the day\u2019s war news here.",
  basis="bare stamp '{s}' in <time datetime> (UK time, GMT = UTC in December) under the header date 'Tuesday 15 December 2026'; local {d} in {z}",
  notes="Imitates a JC live blog (HTML) with the 'Oldest first' sort active, so posts run oldest first. Each post: bare 'HH:MM' in <time datetime> (UTC), h2 headline, author line, paragraphs. The LiveBlogPosting JSON-LD lists every update with its own datePublished, headline and author. Times are UK time (GMT). The visit posts 14106-01 and -03 share one story; the meeting with Zelensky (14106-05) is a separate event. Labelling call: the Chief Rabbi's solidarity visit is not a government act, so other/humanitarian rather than diplomacy; his meeting with the president is diplomacy.",
  not_entries=["masthead, 'Since 1841', navigation, Subscribe / Log in", "'LIVE' badge", "page title", "standfirst", "header date 'Tuesday 15 December 2026'",
               "sort buttons 'Oldest first' / 'Latest first'", "subscription promo after the fourth post", "'More from World' link", "footer"],
  entries=[
  E("2026-12-15 07:05", "Chief Rabbi arrives in Kyiv after overnight train",
    ["Chief Rabbi Sir Ephraim Mirvis stepped off the train at Kyiv\u2019s central station shortly after 9am local time, after a ten-hour journey from the Polish border, at the start of a two-day solidarity visit.",
     "He was met by leaders of the city\u2019s Jewish community and by Britain\u2019s ambassador."],
    "other", "humanitarian", 2, MIRVIS, a="Hannah Brodie"),
  E("2026-12-15 08:40", "Missile strike in Lviv region kills one as sirens sound across Ukraine",
    ["Air raid sirens sounded across Ukraine this morning as Russia fired cruise missiles at targets in the west of the country.",
     "Officials in the Lviv region said one person was killed and three were injured at an industrial site near the city. The delegation in Kyiv spent 40 minutes in a shelter."],
    "strikes", "strikes", 3, "lviv-region-missile-strike-2026-12-15", a="Josh Lazarus"),
  E("2026-12-15 10:15", "Mirvis lays wreath at Babyn Yar",
    ["The Chief Rabbi laid a wreath and recited memorial prayers at Babyn Yar, the ravine where more than 33,000 Jews were murdered in two days in September 1941.",
     "He said the site\u2019s survival through a Russian missile strike nearby in 2022 was a reminder of how much Ukraine still stands to lose."],
    "other", "humanitarian", 2, MIRVIS, a="Hannah Brodie"),
  E("2026-12-15 11:50", "UK announces \u00a340m for Ukraine\u2019s energy repairs",
    ["The Foreign Office has announced \u00a340 million to help Ukraine repair power stations and substations damaged by Russian attacks, as night-time temperatures in Kyiv drop below minus ten.",
     "The money will go through the Ukraine Energy Support Fund."],
    "aid", "aid", 3, "uk-40m-energy-repairs-2026-12-15", a="Josh Lazarus"),
  E("2026-12-15 13:20", "Chief Rabbi meets Zelensky",
    ["Volodymyr Zelensky received the Chief Rabbi and the charity delegation at the presidential office on Bankova Street this afternoon.",
     "According to the delegation, the president spoke about children deported to Russia and thanked British Jews for their humanitarian help."],
    "diplomacy", "diplomacy", 2, "chief-rabbi-meets-zelensky-2026-12-15", a="Hannah Brodie"),
  E("2026-12-15 14:45", "Israel\u2019s embassy in Kyiv restores full consular services",
    ["Israel\u2019s embassy in Kyiv will resume issuing visas and passports on site from January, ending more than two years in which most consular work was handled from Warsaw, the embassy said."],
    "diplomacy", "diplomacy", 2, "israel-embassy-kyiv-consular-services", a="Josh Lazarus"),
  E("2026-12-15 16:30", "Russia claims capture of village near Lyman",
    ["Russia\u2019s defence ministry said its troops had taken a village north-east of Lyman in the Donetsk region. Ukraine\u2019s general staff said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-lyman-2026-12-15", a="Josh Lazarus"),
  ]))


def r_thecjn(S):
    """The Canadian Jewish News (thecjn.ca, WordPress) 'News' listing, HTML. Cards newest first: category, headline, dek,
    'By NAME', and a visible date only ('December 16, 2026') inside <time datetime> that carries the full time and offset."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"] + " - The CJN", "url": S["url"],
          "isPartOf": {"@type": "WebSite", "name": "The CJN", "url": "https://thecjn.ca/"}}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - The CJN</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body class="archive category">',
           '<header><a class="logo" href="/">The CJN</a><nav><a href="/news/">News</a> <a href="/culture/">Culture</a> <a href="/food/">Food</a> '
           '<a href="/perspectives/">Perspectives</a> <a href="/podcasts/">Podcasts</a> <a href="/newsletters/">Newsletters</a></nav>'
           '<a class="donate" href="/donate/">Donate</a></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>', '<div class="post-grid">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        link = f"https://thecjn.ca/news/{slugify(e['h'])}/"
        out.append(f'<article class="post-card"><span class="post-card__cat">{esc(e.get("cat", "News"))}</span>'
                   f'<h2 class="post-card__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="post-card__excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="post-card__meta"><span class="author">By {esc(e["a"])}</span> '
                   f'<time datetime="{d.isoformat()}">{st}</time></p></article>')
        if i == 2:
            out.append('<aside class="support-box"><h3>Support The CJN</h3><p>Independent Canadian Jewish journalism depends on readers like you.</p>'
                       '<a href="/donate/">Give today</a></aside>')
    out += ['</div><nav class="pagination"><a href="/news/page/2/">Older posts</a></nav></main>',
            '<footer><p>\u00a9 2026 The Canadian Jewish News. All rights reserved.</p><a href="/about/">About</a> <a href="/privacy-policy/">Privacy</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="14107", name="14107_thecjn-listing", ext="html", source="The Canadian Jewish News", zone="America/Toronto", render=r_thecjn,
  title="News", url="https://thecjn.ca/news/",
  basis="visible stamp '{s}' is a date only; its <time datetime> attribute gives the time with offset -05:00 (Toronto, EST); local {d} in {z}",
  notes="Imitates the WordPress 'News' archive of The CJN (Toronto). Cards newest first: category, linked headline, excerpt (entry body), then 'By NAME' and a date-only stamp ('December 16, 2026') inside <time datetime> that holds the exact time with the -05:00 offset; published comes from that attribute, stamp is the printed date. JSON-LD is a CollectionPage only. Two off-beat items (synagogue security grant, museum exhibit). The 'Support The CJN' box after the third card is chrome.",
  not_entries=["logo, navigation, Donate", "archive title 'News' (page title)", "category labels on the cards", "'Support The CJN' box", "'Older posts' pagination", "footer"],
  entries=[
  E("2026-12-16 17:30", "Winnipeg Jewish community sends an ambulance to Zaporizhzhia",
    ["A fully equipped ambulance paid for by members of Winnipeg\u2019s Jewish community left Poland for Zaporizhzhia this week, where it will serve a hospital near the front line."],
    "aid", "aid", 2, "winnipeg-ambulance-for-zaporizhzhia", a="Rachel Gotlieb", cat="Canada"),
  E("2026-12-16 15:10", "Canada sanctions 40 Russian entities over deported Ukrainian children",
    ["Ottawa added 40 Russian individuals and organizations to its sanctions list on Wednesday, accusing them of taking part in the deportation and forced adoption of Ukrainian children."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-child-deportations-2026-12-16", a="Avi Tenenbaum", cat="World"),
  OFF("2026-12-16 13:00", "Ontario expands security grant for places of worship",
    ["The provincial government will double the maximum grant that synagogues, churches and mosques can receive for cameras, lighting and guards, the solicitor general announced."],
    "ontario-worship-security-grant", a="Avi Tenenbaum", n="Canadian community security", cat="Canada"),
  E("2026-12-16 11:25", "Russian missile strike on Sumy kills four",
    ["A Russian ballistic missile hit a street in central Sumy on Wednesday morning, killing four people and wounding 22, Ukrainian officials said. The city lies about 30 kilometres from the Russian border."],
    "strikes", "strikes", 3, "sumy-missile-strike-2026-12-16", a="Rachel Gotlieb", cat="World"),
  OFF("2026-12-16 09:40", "Montreal Holocaust Museum opens exhibit on shtetl life in Podolia",
    ["Photographs and letters collected from families who emigrated to Quebec before the First World War form the core of a new exhibition at the Montreal Holocaust Museum."],
    "montreal-museum-podolia-exhibit", a="Rachel Gotlieb", n="museum exhibit", cat="Culture"),
  E("2026-12-16 08:15", "Anand says Canada will join planning for Ukraine reassurance force",
    ["Foreign Affairs Minister Anita Anand said Canadian officers would take part in planning for a multinational force to be stationed in Ukraine after a ceasefire, but no decision on sending troops had been made."],
    "diplomacy", "diplomacy", 2, "canada-joins-reassurance-force-planning-2026-12-16", a="Avi Tenenbaum", cat="Canada"),
  E("2026-12-16 07:05", "Four years on, Ukrainian Jewish newcomers build a congregation in Calgary",
    ["About 150 Jews who fled Ukraine after the 2022 invasion now meet every Friday night in a rented hall in southwest Calgary, with a rabbi who escaped Kharkiv."],
    "other", "humanitarian", 2, "calgary-ukrainian-jewish-congregation", a="Rachel Gotlieb", cat="Canada"),
  ]))


def r_asbarez(S):
    """Asbarez (asbarez.com, WordPress) RSS 2.0: pubDate '+0000' with seconds, dc:creator in CDATA ('Asbarez Staff'),
    category, excerpt description ending '[&#8230;]', full content:encoded, slash:comments. Title Case headlines."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '',
           '<channel>', f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://asbarez.com/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://asbarez.com</link>', '\t<description>Armenian News and Opinion</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.9</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://asbarez.com/{slugify(e['h'])}/"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>', f'\t\t<comments>{link}#respond</comments>', '',
                f'\t\t<dc:creator><![CDATA[{e["wpauthor"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                f'\t\t<category><![CDATA[{e.get("cat", "Armenia")}]]></category>', '',
                f'\t\t<guid isPermaLink="false">https://asbarez.com/?p={253410 - i * 13}</guid>',
                f'\t\t<description><![CDATA[{wp_excerpt(e["p"][0], 24)}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{p}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="14108", name="14108_asbarez-rss", ext="xml", source="Asbarez", zone="UTC", render=r_asbarez,
  title="Asbarez.com",
  basis="RSS pubDate '{s}' (+0000 = UTC); local {d} in {z}",
  notes="Imitates the WordPress RSS 2.0 feed of Asbarez (Los Angeles). Newest first; pubDate in +0000 with seconds; dc:creator in CDATA; <description> is an excerpt ending '[&#8230;]' and content:encoded holds the full text; Title Case headlines; datelines 'YEREVAN\u2014' and a wire dateline 'KHARKIV (Reuters)\u2014' kept in first_sentence as printed. 'Asbarez Staff' names no person: author null. Three of seven items are off the war (Glendale honours, border commissions, ANCA letter); the war items have an Armenian angle except the wire story on Kharkiv.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:*/generator", "item link, comments, category, guid, wfw:commentRss and slash:comments elements",
               "<description> excerpts (repeat the start of content:encoded)"],
  entries=[
  E("2026-12-17 21:40:12", "Pashinyan, Zelensky Discuss Humanitarian Cooperation in Phone Call",
    ["YEREVAN\u2014Prime Minister Nikol Pashinyan and Ukrainian President Volodymyr Zelensky discussed humanitarian cooperation and regional security in a phone call on Thursday, according to Pashinyan\u2019s office.",
     "The two leaders also touched on the peace process in the South Caucasus and on the situation of Armenian communities in Ukraine, the statement said."],
    "diplomacy", "diplomacy", 2, "pashinyan-zelensky-phone-call-2026-12-17", wpauthor="Asbarez Staff"),
  OFF("2026-12-17 19:15:40", "Glendale City Council Honors Armenian Relief Society Volunteers",
    ["The Glendale City Council on Tuesday recognized a dozen Armenian Relief Society volunteers for decades of work with seniors and newly arrived families in the city."],
    "glendale-council-ars-volunteers", a="Ani Boghossian", n="Los Angeles community", wpauthor="Ani Boghossian", cat="Community"),
  E("2026-12-17 17:02:05", "Armenia Sends Fourth Humanitarian Aid Shipment to Ukraine",
    ["Armenia has dispatched a fourth consignment of humanitarian aid to Ukraine, including medical supplies and electrical equipment, the Foreign Ministry in Yerevan announced on Thursday.",
     "The cargo, weighing about 20 tons, was flown to Poland and will be handed to Ukrainian authorities at the border."],
    "aid", "aid", 2, "armenia-fourth-aid-shipment-ukraine-2026-12-17", wpauthor="Asbarez Staff"),
  E("2026-12-17 14:30:51", "Russian Drones Kill Two in Kharkiv",
    ["KHARKIV (Reuters)\u2014Russian drones struck a residential neighborhood of Kharkiv early on Thursday, killing two people and wounding 11, regional governor Oleh Syniehubov said.",
     "Several private houses and a kindergarten were damaged, he said on Telegram."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2026-12-17", wpauthor="Asbarez Staff", cat="World"),
  OFF("2026-12-17 12:10:33", "Armenian, Azerbaijani Commissions Meet on Border Delimitation",
    ["The government commissions of Armenia and Azerbaijan on border delimitation held their latest meeting on the border between the Tavush and Gazakh regions, the deputy prime minister\u2019s office said."],
    "armenia-azerbaijan-delimitation-meeting", n="South Caucasus border talks", wpauthor="Asbarez Staff"),
  E("2026-12-17 10:05:18", "Moscow Summons Armenian Ambassador Over Parliamentary Visit to Kyiv",
    ["Russia\u2019s Foreign Ministry summoned Armenia\u2019s ambassador on Wednesday to protest a visit to Kyiv by a group of Armenian lawmakers who met with members of Ukraine\u2019s parliament.",
     "Armenia\u2019s Foreign Ministry said its parliamentarians were free to travel where they wished."],
    "diplomacy", "diplomacy", 2, "russia-summons-armenian-ambassador-kyiv-visit", wpauthor="Asbarez Staff"),
  OFF("2026-12-17 08:20:44", "ANCA Urges Congress to Press Baku on Armenian Prisoners",
    ["The Armenian National Committee of America has asked members of Congress to raise the fate of Armenian prisoners still held in Baku in their contacts with the Azerbaijani government."],
    "anca-armenian-prisoners-letter", n="Armenian-American advocacy", wpauthor="Asbarez Staff", cat="Community"),
  ]))


def pl_rel(ref, d):
    mins = int((ref - d).total_seconds() // 60)
    if mins < 60:
        return f"{mins} min temu"
    assert mins % 60 == 0, d
    return f"{mins // 60} godz. temu"


def r_dziennik(S):
    """Dziennik Związkowy (dziennikzwiazkowy.com, Chicago), Polish 'Świat' listing, text scrape. Header weather widget and clock
    ('sobota, 12 grudnia 2026, 14:20'); cards newest first: headline, relative stamp ('35 min temu', '2 godz. temu'), lead,
    'Źródło: PAP', comment count."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Przejdź do treści", "", "Dziennik Związkowy", "Polish Daily News \u2013 najstarszy polski dziennik w Ameryce", "",
         f"Chicago  {S['weather']}", f"{PL_DAYS[ref.weekday()]}, {ref.day} {PL_MONTHS_GEN[ref.month - 1]} {ref.year}, {ref:%H:%M}", "",
         "Prenumerata | E-wydanie | Ogłoszenia drobne | Kontakt", "",
         "Wiadomości   Chicago   Polonia   Polska   Świat   Imigracja   Sport   Zdrowie   Rozrywka", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = pl_rel(ref, d); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"Źródło: {e.get('src', 'PAP')}", f"Komentarze ({e.get('cc', 0)})", ""]
        if i == 2:
            L += ["REKLAMA", "", "Zapisz się do naszego newslettera \u2013 najważniejsze wiadomości codziennie rano", "Zapisz się", ""]
    L += ["Więcej wiadomości", "", "Najczęściej czytane", "Polonijne szkoły przygotowują jasełka", "Śnieżyca sparaliżowała lotnisko O\u2019Hare", "",
          "\u00a9 2026 Dziennik Związkowy. Wszelkie prawa zastrzeżone. 5615 N. Cumberland Ave., Chicago"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="14109", name="14109_dziennikzwiazkowy-swiat", ext="txt", source="Dziennik Związkowy", zone="America/Chicago", render=r_dziennik,
  title="Świat", ref="2026-12-12 14:20", weather="-4°C  Zachmurzenie",
  basis="relative stamp '{s}' counted back from the header clock 'sobota, 12 grudnia 2026, 14:20' (Chicago time, CST = UTC-6; no zone printed); local {d} in {z}",
  notes="Imitates the Polish-language 'Świat' (World) listing of Dziennik Związkowy (Chicago), copied from the browser. All text is in Polish. The header has a weather widget ('Chicago -4°C Zachmurzenie') and a clock line 'sobota, 12 grudnia 2026, 14:20' (the capture time, Chicago time, no zone printed: CST). Cards newest first: headline, relative stamp ('35 min temu', '2 godz. temu', '11 godz. temu'), lead, 'Źródło: PAP' (a source line, not a byline: author null) and 'Komentarze (N)'. Relative stamps are counted back exactly from the header clock. One off-beat item (earthquake in Japan). 14109-02 (Poland scrambles jets) reacts to Russia's air activity and is a security story of its own, not the Lviv strike (14109-01).",
  not_entries=["skip link, masthead and tagline", "weather widget 'Chicago  -4°C  Zachmurzenie'", "header clock line 'sobota, 12 grudnia 2026, 14:20' (the anchor for relative stamps)",
               "Prenumerata / E-wydanie / Ogłoszenia drobne / Kontakt", "navigation", "section heading 'Świat' (page title)", "'Źródło: PAP' lines", "'Komentarze (N)' lines",
               "'REKLAMA' and the newsletter box after the third card", "'Więcej wiadomości'", "'Najczęściej czytane' list", "copyright/address line"],
  entries=[
  E("2026-12-12 13:45", "Rosja zaatakowała Lwów. Nie żyją dwie osoby",
    ["Dwie osoby zginęły, a siedem zostało rannych w sobotnim wieczornym ataku rosyjskich dronów na Lwów, poinformował mer miasta Andrij Sadowy.",
     "Uszkodzone zostały budynki mieszkalne i zakład ciepłowniczy w dzielnicy Sychów."],
    "strikes", "strikes", 3, "lviv-drone-attack-2026-12-12", cc=4),
  E("2026-12-12 12:20", "Polska poderwała myśliwce w związku z atakiem Rosji na zachód Ukrainy",
    ["Dowództwo Operacyjne Rodzajów Sił Zbrojnych poinformowało w sobotę wieczorem, że w polskiej przestrzeni powietrznej rozpoczęły operowanie polskie i sojusznicze statki powietrzne.",
     "Działania mają charakter prewencyjny i są związane z aktywnością rosyjskiego lotnictwa dalekiego zasięgu nad Ukrainą."],
    "other", "security", 2, "poland-scrambles-jets-2026-12-12", sec=["strikes"], cc=2,
    n="must not merge with the Lviv strike 14109-01 (Poland's precautionary scramble is its own story)"),
  E("2026-12-12 10:20", "Zełenski: rozmowy z USA wchodzą w decydującą fazę",
    ["Prezydent Ukrainy Wołodymyr Zełenski powiedział w sobotę, że rozmowy z amerykańskimi negocjatorami w sprawie ram porozumienia pokojowego wchodzą w decydującą fazę.",
     "Dodał, że Kijów nie zgodzi się na żadne zapisy ograniczające liczebność ukraińskiej armii."],
    "diplomacy", "diplomacy", 2, "zelensky-talks-decisive-phase-2026-12-12", cc=7),
  OFF("2026-12-12 08:20", "Silne trzęsienie ziemi u wybrzeży Japonii",
    ["Trzęsienie ziemi o magnitudzie 6,8 nawiedziło w sobotę wybrzeże prefektury Miyagi w północno-wschodniej Japonii.",
     "Władze nie ogłosiły alarmu przed tsunami."],
    "japan-miyagi-earthquake-2026-12-12", n="earthquake", cc=0),
  E("2026-12-12 06:20", "Norwegia przeznaczy miliard koron na ukraińskie drony",
    ["Rząd Norwegii ogłosił w sobotę, że przeznaczy miliard koron na zakup dronów produkowanych na Ukrainie.",
     "Sprzęt ma trafić do jednostek walczących w obwodach zaporoskim i donieckim."],
    "aid", "aid", 3, "norway-drones-funding-2026-12-12", cc=1),
  E("2026-12-12 03:20", "Rosja twierdzi, że zajęła wieś w obwodzie charkowskim",
    ["Ministerstwo Obrony Rosji poinformowało w sobotę o zajęciu wsi w pobliżu Kupiańska w obwodzie charkowskim.",
     "Strona ukraińska nie potwierdziła tych doniesień."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2026-12-12", cc=0),
  ]))


# ================================================================ PART B renderers (invented outlets)

def r_mallowby(S):
    """text live, newest first; 'Key Points' list; headline line, then 'HH:MM EET | NAME', then the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  /  World  /  Europe  /  Ukraine live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EET"; stamps.append(st)
        L += [e["h"], f"{st} | {e['a']}" if e["a"] else st, ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video, 0:48]", ""]
        if i == 2:
            L += ["Get our Ukraine newsletter every morning: sign up at mallowby-standard.example/newsletters", ""]
    L += ["Show earlier posts", "", f"\u00a9 {S['source']} 2026 \u00b7 About \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ferncliffe(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible '10:05 CET' in <time>."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/poland">Poland</a> <a href="/ukraine">Ukraine</a> '
           '<a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<ol class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CET"; stamps.append(st)
        out.append(f'<li class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">by {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="share"><a>Share this post</a></p></li>')
        if i == 2:
            out.append('<li class="promo">Read also: <a href="/europe/air-defence-gaps">Europe\u2019s air-defence gaps, mapped</a></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 feed, newest first: pubDate with 'GMT' (S['rfc'] == 'GMT') or the numeric offset; CDATA paragraphs; dc:creator if any."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<copyright>\u00a9 2026 {esc(S["source"])}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=(S["rfc"] == "GMT")); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}-{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), two-name byline and a dateline with time and zone."""
    L = [S["source"], "World \u203a Europe \u203a Russia-Ukraine war", "", S["title"], "", S["lede"], "", S["byline"], S["dateline"], "",
         "Gift this article \u00b7 Share \u00b7 Save", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [S["caption"], ""]
    L += [S["more"], "", f"\u00a9 2026 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset ('Z' for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    def st_of(d):
        return d.strftime("%Y-%m-%dT%H:%M:%SZ") if S["zone"] == "UTC" else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{st_of(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = st_of(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{S["guid"]}{i + 71}"/>', f'<id>tag:{S["url"].split("//")[1]},2026:{S["guid"]}{i + 71}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B day 1 (2026-12-06, Sunday)
ZAP = "zaporizhzhia-missile-drone-strike-2026-12-06"
IRIST = "germany-iris-t-pledge-2026-12-06"
GENEVA2 = "umerov-announces-geneva-round-2026-12-06"
EXPL_H = "Explainer: Why Russia sends drones and missiles together"
EXPL_P = ["Saturday night\u2019s attack on Zaporizhzhia followed a pattern Ukrainian officers know well: waves of cheap attack drones first, then cruise and ballistic missiles once air defences are busy.",
          "The drones, many of them decoys without warheads, force crews to switch on radars and spend interceptors. Ballistic missiles arriving minutes later leave little time to react.",
          "Ukraine has answered with mobile fire groups and interceptor drones, which cost a fraction of a surface-to-air missile, but officials say they still lack enough systems that can stop ballistic threats."]

SEEDS.append(dict(
  id="14120", name="14120_mallowby-textlive", ext="txt", source="Mallowby Standard", zone="Europe/Kyiv", render=r_mallowby,
  title="Ukraine war live: nine killed in Zaporizhzhia as Germany pledges more air defence", dateline="Sunday 6 December 2026",
  lede="Russia struck Zaporizhzhia with missiles and drones overnight. Follow the day\u2019s developments here; times are Kyiv time.",
  basis="stamp '{s}' (EET = UTC+2, Kyiv time as printed) under the dateline 'Sunday 6 December 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists two headlines (14120-02, 14120-03). Each post: headline line, then 'HH:MM EET | NAME' (author after the bar; the teaser has a name too), then the body. 14120-05 is a 'Watch:' video teaser without text ('[Video, 0:48]' placeholder). 14120-04 is a theme piece (explainer on mixed drone-missile raids); it mentions the Zaporizhzhia attack but is its own story. 14120-06 (substation in Vasylivka district) is another strike in the same region and must not merge with the Zaporizhzhia city attack. Toll grows across the page: five (08:30) -> nine (17:50, 21:30).",
  not_entries=["outlet name and breadcrumb", "'LIVE' label", "page title", "dateline", "lede", "'Key Points' header and its two listed headlines (they repeat entry headlines)",
               "'Latest' header", "'[Video, 0:48]' placeholder", "newsletter promo after the third post", "'Show earlier posts'", "footer"],
  entries=[
  E("2026-12-06 21:30", "Zaporizhzhia search paused for the night; toll stands at nine",
    ["Rescue teams in Zaporizhzhia stopped work on the collapsed section of the apartment block for the night, leaving the confirmed death toll at nine, the regional administration said.",
     "Two people are still listed as missing."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk", n="toll 9"),
  E("2026-12-06 19:10", "Germany to send two more IRIS-T systems, Pistorius says",
    ["German Defence Minister Boris Pistorius said Berlin would deliver two additional IRIS-T air-defence systems to Ukraine before the end of February, paid for from next year\u2019s budget.",
     "He announced the decision in a phone call with his Ukrainian counterpart hours after the Zaporizhzhia attack."],
    "aid", "aid", 3, IRIST, a="Tom Aldridge", kp=True),
  E("2026-12-06 17:50", "Child among nine killed in Zaporizhzhia, governor says",
    ["The death toll from the overnight Russian attack on Zaporizhzhia has risen to nine, including a 12-year-old boy, regional governor Ivan Fedorov said.",
     "About 50 people were injured. A missile destroyed two entrances of a nine-storey apartment block, and drones set fire to a car repair business nearby."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk", kp=True, n="toll 9"),
  E("2026-12-06 15:20", EXPL_H, EXPL_P, "strikes", "strikes", 2, "explainer-drone-missile-combined-raids", a="Tom Aldridge",
    n="theme piece (explainer); mentions the Zaporizhzhia attack but is its own story: must not merge with it"),
  E("2026-12-06 13:05", "Watch: Rescuers pull a woman from the rubble in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, a="Olena Marchuk",
    n="video teaser without text"),
  E("2026-12-06 11:45", "Drone knocks out substation in Vasylivka district",
    ["A Russian drone hit an electricity substation in the Vasylivka district of the Zaporizhzhia region on Sunday morning, leaving several villages without power. No one was hurt, local officials said."],
    "strikes", "strikes", 2, "vasylivka-substation-drone-strike-2026-12-06", a="Olena Marchuk",
    n="same region, other strike: must not merge with the Zaporizhzhia city attack"),
  E("2026-12-06 08:30", "Five dead after overnight attack on Zaporizhzhia",
    ["At least five people were killed and 28 wounded when Russian missiles and drones struck Zaporizhzhia overnight, officials said.",
     "Emergency workers were searching the ruins of an apartment block in the city\u2019s east."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk", n="toll 5"),
  ]))

SEEDS.append(dict(
  id="14121", name="14121_ferncliffe-htmllive", ext="html", source="Ferncliffe Herald", zone="Europe/Warsaw", render=r_ferncliffe,
  title="Russia\u2019s war in Ukraine: live coverage, Sunday", url="https://ferncliffe-herald.example/live/ukraine-2026-12-06",
  dateline="6 December 2026 \u00b7 times in CET",
  lede="Deadly overnight strike on Zaporizhia; Kyiv and Washington set the next round of talks.",
  basis="visible stamp '{s}' in <time datetime> (CET = UTC+1) under the dateline '6 December 2026'; the JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Poland, English-language). HTML live blog, oldest first, LiveBlogPosting JSON-LD with one BlogPosting per update (own datePublished, headline, author). Visible stamps 'HH:MM CET' in <time datetime>; 'by NAME' under the headline. Spells the city 'Zaporizhia'. 14121-06 repeats 14121-03 nearly verbatim (duplicate_of 14121-03). 14121-07 (Russia claims a village near Huliaipole, same region) is ground fighting, not the strike: must not merge.",
  not_entries=["header brand and navigation", "page title", "dateline '6 December 2026 \u00b7 times in CET'", "standfirst", "'Share this post' links",
               "'Read also' promo after the third post", "footer"],
  entries=[
  E("2026-12-06 07:15", "Russia pounds Zaporizhia overnight, at least three dead",
    ["Russian missiles and drones hit Zaporizhia in south-eastern Ukraine during the night, killing at least three people and trapping others under a partly collapsed apartment block, the regional governor said.",
     "Explosions were heard from about 4am local time."],
    "strikes", "strikes", 3, ZAP, a="Marta Zielińska", n="first report; toll 3; spelling 'Zaporizhia'"),
  E("2026-12-06 08:40", "Umerov: next round with US team in Geneva on Wednesday",
    ["Rustem Umerov, the secretary of Ukraine\u2019s National Security and Defence Council, said the next round of talks with the American negotiators would take place in Geneva on Wednesday.",
     "He said the sides would focus on security guarantees and the sequencing of a possible ceasefire."],
    "diplomacy", "diplomacy", 3, GENEVA2, a="Piotr Nowacki"),
  E("2026-12-06 10:05", "Zaporizhia toll rises to seven",
    ["Seven people are now known to have died in the overnight attack on Zaporizhia, and 41 were injured, Ukraine\u2019s emergency service said.",
     "Rescuers are using cranes to lift slabs from the damaged block."],
    "strikes", "strikes", 3, ZAP, a="Marta Zielińska", n="toll 7"),
  E("2026-12-06 11:30", "Poland moves extra air-defence units to south-east",
    ["The Polish armed forces said they had moved additional short-range air-defence units to the Podkarpackie region as a precaution during Russia\u2019s large-scale attacks on Ukraine."],
    "other", "security", 2, "poland-air-defence-units-southeast-2026-12-06", a="Piotr Nowacki"),
  E("2026-12-06 13:00", "Berlin pledges two further IRIS-T batteries",
    ["Germany will supply Ukraine with two more IRIS-T SLM air-defence batteries by early next year, the German defence ministry confirmed on Sunday, after a request from Kyiv following the Zaporizhia strike."],
    "aid", "aid", 3, IRIST, a="Piotr Nowacki"),
  E("2026-12-06 15:45", "Zaporizhia toll rises to seven",
    ["Seven people are now known to have died in the overnight attack on Zaporizhia, and 41 were hurt, Ukraine\u2019s emergency service said.",
     "Rescuers are using cranes to lift slabs from the damaged block."],
    "strikes", "strikes", 1, ZAP, a="Marta Zielińska", dup="14121-03", n="near-verbatim repeat of 14121-03"),
  E("2026-12-06 18:20", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s defence ministry said on Sunday that its forces had taken a village west of Huliaipole in the Zaporizhia region. Ukraine\u2019s southern command said fighting in the area continued."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2026-12-06", a="Piotr Nowacki",
    n="same region, ground fighting: must not merge with the Zaporizhia strike"),
  ]))

SEEDS.append(dict(
  id="14122", name="14122_oakhythe-worldrss", ext="xml", source="Oakhythe World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Oakhythe World Service \u2013 World news", url="https://oakhythe-world.example", guid="ows-20261206",
  lede="Top international stories from the Oakhythe World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. 4 of 6 items are off-beat (Formula One, Brazil floods, Alpine snow, Java volcano). War items: the Zaporizhzhia strike with the Russian-style spelling 'Zaporozhye' (toll 9) and the Pope's Advent appeal.",
  not_entries=["channel title/link/description/language/copyright", "item link, guid and category elements"],
  entries=[
  OFF("2026-12-06 20:45", "Title settled under the lights at Abu Dhabi season finale",
      ["The Formula One world championship was decided at the last race of the season in Abu Dhabi on Sunday, ending the first year under the sport\u2019s new engine rules."],
      "formula-one-abu-dhabi-finale-2026", n="sport"),
  E("2026-12-06 17:30", "Nine killed in Russian strike on Zaporozhye, Ukraine says",
    ["A Russian missile and drone attack on the southern Ukrainian city of Zaporozhye killed nine people, among them a child, and injured about 50, Ukrainian officials said on Sunday."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 9"),
  OFF("2026-12-06 14:10", "Floods force thousands from homes in southern Brazil",
      ["Days of heavy rain have pushed rivers in Rio Grande do Sul over their banks, forcing more than 12,000 people to leave their homes, the state civil defence agency said."],
      "southern-brazil-floods-2026-12", n="weather"),
  E("2026-12-06 11:00", "Pope appeals for Christmas truce in Ukraine",
    ["Pope Leo XIV used his Sunday Angelus address to call for a ceasefire in Ukraine over Christmas and for the release of all prisoners of war \u201cas a sign of hope\u201d."],
    "diplomacy", "diplomacy", 2, "pope-christmas-truce-appeal-2026-12-06"),
  OFF("2026-12-06 08:20", "Heavy snow closes Alpine passes in Switzerland",
      ["Several mountain passes in eastern Switzerland were closed and rail services were cut after up to 80 centimetres of fresh snow fell overnight."],
      "alpine-snow-switzerland-2026-12", n="weather"),
  OFF("2026-12-06 05:00", "Volcano on Java sends ash over villages, flights diverted",
      ["Mount Semeru in East Java erupted again early on Sunday, sending an ash column several kilometres high and forcing airlines to reroute flights to Bali."],
      "semeru-eruption-2026-12", n="natural disaster"),
  ]))

SEEDS.append(dict(
  id="14123", name="14123_penwyvern-article", ext="txt", source="Penwyvern Review", zone="America/New_York", render=r_article,
  title="A deadly night in Zaporizhzhia, and a date for the next talks", byline="By Martha Quill and Dmytro Hnatiuk",
  dateline="Dec. 6, 2026 5:30 p.m. EST",
  lede="The war\u2019s southern front city counted its dead as negotiators prepared for another round in Switzerland.",
  caption="Residents look at a damaged apartment building in Zaporizhzhia on Sunday. (Photo: Penwyvern Review)",
  more="More on Russia\u2019s war in Ukraine: Inside Ukraine\u2019s drone factories",
  basis="no per-section time: the article's dateline 'Dec. 6, 2026 5:30 p.m. EST' (EST = UTC-5) dates every section; local {d} in {z}",
  notes="Invented outlet (US). Text article with three section headings, one entry each (headline = heading, stamp null, published = the dateline time 5:30 p.m. EST = 22:30 UTC). The two-name byline is every entry's author (kept as one string without 'By'). The photo caption after the first section is chrome. Section 1 is the Zaporizhzhia strike (toll 9, spelled 'Zaporizhzhia'); section 2 the Geneva date (same story as 14121-02); section 3 is about blackouts in Kyiv (other/humanitarian, secondary strikes).",
  not_entries=["outlet name and breadcrumb", "page title", "standfirst", "byline 'By Martha Quill and Dmytro Hnatiuk'", "dateline 'Dec. 6, 2026 5:30 p.m. EST'",
               "share line", "photo caption after section 1", "'More on Russia\u2019s war in Ukraine: ...' link", "copyright line"],
  entries=[
  E("2026-12-06 17:30", "Deadliest strike on the city in months",
    ["Russian missiles and drones killed nine people in Zaporizhzhia overnight into Sunday, including a 12-year-old boy, in the deadliest attack on the city since the spring.",
     "Regional governor Ivan Fedorov said about 50 people were wounded. Most of the victims lived in one apartment block, where a missile brought down two stairwells.",
     "President Volodymyr Zelensky said the attack showed that Russia \u201cis not preparing for peace\u201d and asked allies for more air-defence systems."],
    "strikes", "strikes", 3, ZAP, a="Martha Quill and Dmytro Hnatiuk", n="toll 9"),
  E("2026-12-06 17:30", "Talks set for Geneva",
    ["Ukraine\u2019s top security official, Rustem Umerov, said his team would meet American envoys in Geneva on Wednesday.",
     "The talks are expected to cover security guarantees and the order in which a ceasefire, prisoner releases and sanctions relief would happen."],
    "diplomacy", "diplomacy", 3, GENEVA2, a="Martha Quill and Dmytro Hnatiuk"),
  E("2026-12-06 17:30", "Longer blackouts in Kyiv",
    ["Kyiv residents faced up to 12 hours a day without electricity on Sunday as the grid operator extended rolling outages after a week of attacks on power plants.",
     "City officials opened more than 1,200 heated \u201cinvincibility points\u201d where people can charge phones and get warm."],
    "other", "humanitarian", 2, "kyiv-extended-blackouts-2026-12-06", a="Martha Quill and Dmytro Hnatiuk", sec=["strikes"]),
  ]))


def r_bexhollow(S):
    """text live, oldest first; '9.05am' line before each headline (UK time); 'Posted by NAME' after the body; dateline with year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News  |  Sport  |  What's On  |  Business  |  World", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Gallery: 12 images]", ""]
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["That\u2019s all from us today. We\u2019ll be back tomorrow morning.", "", f"{S['source']} \u00b7 Contact \u00b7 Terms \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_harbrook(S):
    """HTML live, newest first, no JSON-LD; bare '14:25' in a span above the h3; a printed note 'All times EET'."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           f'<meta name="description" content="{attr(S["lede"])}"></head><body>',
           '<div class="cookies">This site uses cookies. <button>Agree</button></div>',
           f'<header><span class="logo">{S["source"]}</span> <nav><a>Lithuania</a> <a>Baltics</a> <a>Ukraine</a> <a>World</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 All times EET</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="entry-author">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h4>Related</h4><a href="/baltics/balloon-incursions">Why balloons from Belarus keep closing Vilnius airport</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine-2026-12-06">Sunday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Editorial policy \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B day 2 (2026-12-07, Monday)
MYK = "mykolaiv-ballistic-strike-2026-12-07"
EUSANC = "eu-22nd-sanctions-package-2026-12-07"

SEEDS.append(dict(
  id="14130", name="14130_corvenby-atom", ext="xml", source="Corvenby Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Corvenby Dispatch \u2014 Ukraine", url="https://corvenby-dispatch.example", guid="cd1207-",
  lede="Reporting from Ukraine by the Corvenby Dispatch",
  basis="Atom <published> '{s}' (explicit +02:00 = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Ukraine, English-language). Atom feed, newest first, <published> with +02:00, author per entry except one. Spells the main-event city 'Mykolayiv'. 14130-03 continues the day-1 Zaporizhzhia story (toll 11, funerals). 14130-05 (drones on Ochakiv, same Mykolaiv region) must not merge with the Mykolaiv city strike.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  E("2026-12-07 20:30", "Mykolayiv toll reaches six as rescuers finish search",
    ["Rescuers in Mykolayiv finished searching the damaged buildings late on Monday, and the number of dead from the morning\u2019s ballistic missile strike rose to six, regional governor Vitalii Kim said.",
     "Thirty people were injured, four of them seriously."],
    "strikes", "strikes", 3, MYK, a="Iryna Bondar", n="toll 6; spelling 'Mykolayiv'"),
  E("2026-12-07 17:15", "EU ministers adopt 22nd package of sanctions on Russia",
    ["European Union foreign ministers meeting in Brussels formally adopted a 22nd package of sanctions against Russia, adding about 60 tankers of the so-called shadow fleet to a port ban and tightening curbs on banks in third countries."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Serhii Lutsenko"),
  E("2026-12-07 14:00", "Zaporizhzhia buries its dead as toll rises to 11",
    ["Zaporizhzhia held the first funerals on Monday for victims of the weekend attack, after two more people died in hospital and the death toll rose to 11.",
     "The regional governor declared two days of mourning."],
    "strikes", "strikes", 3, ZAP, a="Iryna Bondar", n="continuation of the day-1 Zaporizhzhia story (toll 11, mourning)"),
  E("2026-12-07 11:20", "Ballistic missiles hit Mykolayiv port district, killing two",
    ["Two people were killed when Russian ballistic missiles struck the port district of Mykolayiv on Monday morning, damaging a grain terminal and several houses, local authorities said."],
    "strikes", "strikes", 3, MYK, a="Serhii Lutsenko", n="toll 2"),
  E("2026-12-07 09:05", "Drones strike pier in Ochakiv, no casualties reported",
    ["Russian drones hit a pier and a warehouse in the port town of Ochakiv overnight, officials in the Mykolaiv region said. There were no casualties."],
    "strikes", "strikes", 2, "ochakiv-pier-drone-strike-2026-12-07", a="Serhii Lutsenko",
    n="same region, other strike: must not merge with the Mykolaiv city strike"),
  E("2026-12-07 07:10", "Rada extends martial law and mobilisation for 90 days",
    ["Ukraine\u2019s parliament voted on Monday to extend martial law and general mobilisation for another 90 days, until early March."],
    "other", "politics", 2, "rada-extends-martial-law-2026-12-07"),
  ]))

SEEDS.append(dict(
  id="14131", name="14131_bexhollow-textlive", ext="txt", source="Bexhollow Evening Post", zone="Europe/London", render=r_bexhollow,
  title="Ukraine war latest: deadly missile strike on Mykolaiv", dateline="Monday, 7 December 2026",
  lede="Live updates on Russia\u2019s war in Ukraine. All times GMT.",
  basis="stamp '{s}' (UK time, GMT = UTC, as the lede says) under the dateline 'Monday, 7 December 2026'; local {d} in {z}",
  notes="Invented outlet (UK regional daily). Text live blog, oldest first; '9.05am'-style line before each headline, 'Posted by NAME' after the body. 14131-02 is a verbatim re-post of day 1's explainer 14120-04 (same headline and text, syndicated without a fresh date): importance 1, same story slug as on day 1, duplicate_of null (duplicates are defined within a page). 14131-04 is a 'Photos:' teaser (gallery placeholder only). 14131-05 is a theme piece (analysis of ballistic missiles) that mentions Mykolaiv but is its own story. 14131-06 repeats 14131-01 nearly verbatim (duplicate_of 14131-01). 14131-03 continues the day-1 Zaporizhzhia story.",
  not_entries=["outlet name and navigation", "page title", "dateline", "lede 'Live updates ... All times GMT.'", "'[Gallery: 12 images]' placeholder", "'Posted by NAME' lines",
               "'ADVERTISEMENT'", "closing line 'That\u2019s all from us today. ...'", "footer"],
  entries=[
  E("2026-12-07 07:20", "Two killed as missiles hit Mykolaiv",
    ["Russian ballistic missiles struck the southern Ukrainian city of Mykolaiv this morning, killing two people and damaging port buildings, the regional governor said.",
     "Air raid sirens had sounded only a minute before the blasts."],
    "strikes", "strikes", 3, MYK, a="Gemma Trask", n="toll 2"),
  E("2026-12-07 08:05", EXPL_H, EXPL_P, "strikes", "strikes", 1, "explainer-drone-missile-combined-raids", a="Tom Aldridge",
    n="re-post of day-1 entry 14120-04 (verbatim syndicated explainer, credited to its day-1 writer), importance 1"),
  E("2026-12-07 09:30", "Zaporizhzhia toll rises to 11 as two more die in hospital",
    ["Two more people injured in Saturday night\u2019s attack on Zaporizhzhia have died in hospital, bringing the death toll to 11, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, a="Gemma Trask", n="continuation of the day-1 Zaporizhzhia story (toll 11)"),
  E("2026-12-07 10:45", "Photos: Mykolaiv after the missile strike", [], "strikes", "strikes", 1, MYK, a="Gemma Trask", n="photo teaser without text"),
  E("2026-12-07 12:10", "Analysis: Russia\u2019s ballistic missiles are getting harder to stop",
    ["This morning\u2019s strike on Mykolaiv, where sirens sounded barely a minute before impact, shows a problem Ukraine\u2019s air force has flagged for months.",
     "Russia has modified its Iskander-M and KN-23 missiles to change course in their final phase, which makes interception by Patriot batteries less reliable.",
     "With only a handful of Patriot systems covering a country the size of France, most southern cities have no defence against ballistic attacks at all."],
    "strikes", "strikes", 2, "analysis-ballistic-missile-interception", a="Ewan Hollis",
    n="theme piece (analysis); mentions the Mykolaiv strike but is its own story: must not merge with it"),
  E("2026-12-07 13:30", "Two killed as missiles hit Mykolaiv",
    ["Russian ballistic missiles struck the southern Ukrainian city of Mykolaiv on Monday morning, killing two people and damaging port buildings, the regional governor said.",
     "Air raid sirens had sounded only a minute before the blasts."],
    "strikes", "strikes", 1, MYK, a="Gemma Trask", dup="14131-01", n="near-verbatim repeat of 14131-01"),
  E("2026-12-07 15:00", "EU agrees new sanctions aimed at Russia\u2019s shadow fleet",
    ["EU foreign ministers signed off on the bloc\u2019s 22nd round of sanctions, which targets dozens more tankers carrying Russian oil and banks in third countries that help Moscow get around earlier restrictions."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Ewan Hollis"),
  E("2026-12-07 17:40", "Mykolaiv death toll rises to five",
    ["Five people are now confirmed dead after the morning\u2019s missile strike on Mykolaiv, and 27 were wounded, the city\u2019s mayor said."],
    "strikes", "strikes", 3, MYK, a="Gemma Trask", n="toll 5"),
  ]))

SEEDS.append(dict(
  id="14132", name="14132_tamsworth-worldrss", ext="xml", source="Tamsworth World Desk", zone="America/New_York", render=r_worldrss, rfc="num",
  title="Tamsworth World Desk | International", url="https://tamsworth-worlddesk.example", guid="twd-20261207",
  lede="International news from the Tamsworth World Desk.",
  basis="RSS pubDate '{s}' (explicit -0500 offset = Eastern standard time); local {d} in {z}",
  notes="Invented outlet (US). General world-news RSS 2.0 feed, newest first, pubDate with -0500, no authors. 4 of 6 items are off-beat (Nobel laureates, Great Lakes snow, oil prices, Japanese GDP). War items: the Mykolaiv strike spelled 'Nikolaev' (toll 6) and the day-1 Zaporizhzhia story's continuation (toll 11).",
  not_entries=["channel title/link/description/language/copyright", "item link, guid and category elements"],
  entries=[
  OFF("2026-12-07 18:30", "Nobel laureates gather in Oslo and Stockholm ahead of ceremonies",
      ["This year\u2019s Nobel Prize winners began arriving in Scandinavia on Monday for a week of lectures and banquets that ends with the award ceremonies on Thursday."],
      "nobel-laureates-arrive-2026", n="awards"),
  E("2026-12-07 15:10", "Russian missiles kill 6 in Ukraine\u2019s Nikolaev",
    ["A Russian ballistic missile strike on the Black Sea port city of Nikolaev killed six people and wounded about 30, Ukrainian officials said Monday."],
    "strikes", "strikes", 3, MYK, n="spelling 'Nikolaev'; toll 6"),
  OFF("2026-12-07 12:00", "Lake-effect snow buries parts of western New York",
      ["More than three feet of snow fell south of Buffalo over the weekend, closing schools and stranding drivers on the Thruway."],
      "lake-effect-snow-buffalo-2026-12", n="weather"),
  E("2026-12-07 09:40", "Death toll in Zaporizhzhia strike climbs to 11",
    ["Two more victims of Saturday\u2019s Russian attack on Zaporizhzhia died in hospital, raising the toll to 11, regional officials said."],
    "strikes", "strikes", 3, ZAP, n="continuation of the day-1 Zaporizhzhia story (toll 11)"),
  OFF("2026-12-07 07:15", "Oil edges higher ahead of OPEC+ meeting",
      ["Crude prices rose slightly in early trading as investors waited for an OPEC+ decision on output targets for the first quarter."],
      "oil-prices-opec-meeting-2026-12", n="markets"),
  OFF("2026-12-07 03:00", "Japan\u2019s economy shrank more than first thought, revised data show",
      ["Japan\u2019s gross domestic product contracted at an annualised rate of 1.9% in the July-September quarter, deeper than the preliminary estimate, the Cabinet Office said."],
      "japan-gdp-revision-2026-q3", n="economy"),
  ]))

SEEDS.append(dict(
  id="14133", name="14133_harbrook-htmllive", ext="html", source="Harbrook Times", zone="Europe/Vilnius", render=r_harbrook,
  title="War in Ukraine, day by day: Monday", dateline="Monday, 7 December 2026",
  lede="Missile strike on Mykolaiv, new EU sanctions and the Baltic reaction.",
  basis="bare stamp '{s}' (Vilnius time, EET = UTC+2, stated once as 'All times EET') under the dateline 'Monday, 7 December 2026'; local {d} in {z}",
  notes="Invented outlet (Lithuania, English-language). HTML live blog without JSON-LD, newest first; bare 'HH:MM' in a span above each h3, and a single note 'All times EET' next to the dateline; author as a '\u2014 NAME' signature after the body. 14133-04 (UK sanctions on tankers) is the same theme as the EU package (14133-03) but a different event: must not merge. One off-beat item (balloons from Belarus closing Vilnius airport).",
  not_entries=["cookie bar", "logo and navigation", "page title", "dateline and 'All times EET' note", "lead", "'Related' box after the third entry",
               "link to Sunday's live coverage", "footer"],
  entries=[
  E("2026-12-07 21:40", "Mykolaiv: six dead, 30 injured in Monday\u2019s strike",
    ["The toll from Monday morning\u2019s Russian missile strike on Mykolaiv has risen to six dead and 30 injured, Ukraine\u2019s emergency service said in the evening."],
    "strikes", "strikes", 3, MYK, a="Rūta Vaitkutė", n="toll 6"),
  E("2026-12-07 19:05", "Lithuania to train 500 Ukrainian drone operators next year",
    ["Lithuania\u2019s defence ministry said it would train up to 500 Ukrainian drone operators at its ranges in 2027 and pay for part of their equipment."],
    "aid", "aid", 2, "lithuania-drone-operator-training-2027", a="Tomas Žukas"),
  E("2026-12-07 16:30", "EU adopts new sanctions package; Baltics want more",
    ["The EU\u2019s 22nd sanctions package, adopted by foreign ministers on Monday, lists dozens of additional shadow-fleet tankers, but the Baltic ministers said it still leaves Russian liquefied gas untouched."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Tomas Žukas"),
  E("2026-12-07 13:15", "UK sanctions 12 more shadow-fleet tankers",
    ["Britain announced sanctions on 12 more oil tankers it says belong to Russia\u2019s shadow fleet, as well as on two shipping agents registered in the United Arab Emirates."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-shadow-fleet-tankers-2026-12-07", a="Tomas Žukas",
    n="same theme (sanctions), other event: must not merge with the EU package"),
  E("2026-12-07 10:50", "Russian ballistic missiles strike Mykolaiv",
    ["Russian ballistic missiles hit Mykolaiv in southern Ukraine on Monday morning. Governor Vitalii Kim said there were dead and wounded and that the port area was the main target."],
    "strikes", "strikes", 3, MYK, a="Rūta Vaitkutė", n="first report"),
  OFF("2026-12-07 08:20", "Vilnius airport closed overnight after balloons drift in from Belarus",
      ["Vilnius airport halted flights for more than four hours overnight after radar picked up several balloons coming from Belarus, the airport operator said."],
      "vilnius-airport-balloons-2026-12-07", a="Rūta Vaitkutė", n="Lithuania-Belarus border incidents"),
  ]))


def r_northcairn(S):
    """HTML live, newest first; JSON-LD @graph with an @type array and no liveBlogUpdate; visible '2:45pm' in <time datetime>;
    signature after the body; header dateline and a note that times are AEDT."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": "WebPage", "@id": S["url"] + "#webpage", "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "mainEntityOfPage": {"@id": S["url"] + "#webpage"},
         "publisher": {"@id": base + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>National</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Lifestyle</a></nav> <a>Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<div class="live-post"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get the Northcairn Observer\u2019s morning briefing in your inbox.</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Terms of use</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_windhollow(S):
    """text live, oldest first; date line with weekday and day but no year; headline line, then 'HH:MM Kyiv time' AFTER the headline;
    one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Ukraine  \u00b7  Frontline  \u00b7  Diplomacy  \u00b7  Explainers  \u00b7  Podcasts", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} Kyiv time"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Photo gallery, 9 images]", ""]
        if i == 2:
            L += ["Support independent reporting from Ukraine: become a member.", ""]
    L += ["This live page is closed. Coverage continues in tomorrow\u2019s blog.", "", f"{S['source']} \u00b7 Team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B day 3 (2026-12-18, Friday)
SWAP = "uae-mediated-prisoner-exchange-2026-12-18"
ODESA = "odesa-port-missile-strike-2026-12-18"

SEEDS.append(dict(
  id="14140", name="14140_ottervale-worldatom", ext="xml", source="Ottervale Globe", zone="UTC", render=r_atom,
  title="Ottervale Globe: World", url="https://ottervale-globe.example", guid="og18-",
  lede="World news from the Ottervale Globe",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (Sri Lanka landslides, European shares, farmers' protest, Australian heatwave). War items: the prisoner exchange (190 in total) and the Odesa port strike spelled 'Odessa' (toll 3).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  OFF("2026-12-18 22:10", "Landslides kill at least 14 in Sri Lanka\u2019s hill country",
      ["Torrential monsoon rain set off landslides in the central districts of Sri Lanka, burying houses and killing at least 14 people, the disaster management centre said."],
      "sri-lanka-landslides-2026-12", n="natural disaster"),
  E("2026-12-18 18:40", "Russia and Ukraine swap 190 prisoners in UAE-brokered deal",
    ["Russia and Ukraine exchanged a total of 190 prisoners each on Friday in a two-stage swap mediated by the United Arab Emirates, officials on both sides said. Forty civilians were among those freed by Russia."],
    "diplomacy", "diplomacy", 3, SWAP, n="190 in total"),
  OFF("2026-12-18 15:05", "European shares end the week higher",
      ["Europe\u2019s main stock index closed Friday up 1.2% for the week, led by banks and carmakers, as investors bet on further interest-rate cuts next year."],
      "european-shares-weekly-close-2026-12-18", n="markets"),
  E("2026-12-18 11:30", "Three dead as Russian missiles hit Odessa port",
    ["A Russian missile attack on the port of Odessa killed three people and damaged a grain terminal and a cargo ship flying the flag of Panama, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 3"),
  OFF("2026-12-18 08:15", "Farmers block Brussels streets over trade deal",
      ["Hundreds of tractors converged on the EU quarter of Brussels as farmers protested against the trade agreement with South American countries ahead of a summit."],
      "brussels-farmers-protest-2026-12-18", n="EU politics"),
  OFF("2026-12-18 04:00", "Early-summer heatwave grips south-eastern Australia",
      ["Temperatures passed 43C in parts of New South Wales and Victoria, and authorities declared a total fire ban across several districts."],
      "australia-heatwave-2026-12", n="weather"),
  ]))

SEEDS.append(dict(
  id="14141", name="14141_northcairn-htmllive", ext="html", source="Northcairn Observer", zone="Australia/Sydney", render=r_northcairn,
  title="Ukraine war live: prisoners exchanged, Odesa port hit", url="https://northcairn-observer.example/live/ukraine-18-december-2026",
  dateline="Friday 18 December 2026 \u00b7 times AEDT",
  lede="Follow the latest from Russia\u2019s war in Ukraine, with Australian times.",
  basis="visible '{s}' in <time datetime> (Sydney time, AEDT = UTC+11, stated in the dateline) under 'Friday 18 December 2026'; local {d} in {z}",
  notes="Invented outlet (Australia). HTML live blog, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate (page times only). Visible stamps '2:45pm' in <time datetime>; signature after the body (author); the last post has none. Sydney time runs 11 hours ahead of UTC, so all posts (11:15am-11:30pm local) fall on 18 December in UTC too. The Odesa strike is told twice (first report at 1:50pm, toll 3 at 9:10pm).",
  not_entries=["header and navigation, Subscribe", "page title", "dateline 'Friday 18 December 2026 \u00b7 times AEDT'", "standfirst", "newsletter promo after the second post", "footer"],
  entries=[
  E("2026-12-18 23:30", "Ukraine and Russia exchange prisoners in UAE-brokered swap",
    ["Ukraine and Russia have carried out a prisoner exchange on the Belarusian border, with 150 people returning to each side in the first stage, Ukraine\u2019s coordination headquarters said.",
     "The United Arab Emirates said it had mediated the deal."],
    "diplomacy", "diplomacy", 3, SWAP, a="Callum Reid", n="150 each (first stage)"),
  E("2026-12-18 21:10", "Odesa port strike toll rises to three",
    ["A third person has died after the morning missile strike on Odesa\u2019s port, regional officials said. Eight people were injured."],
    "strikes", "strikes", 3, ODESA, a="Callum Reid", n="toll 3"),
  E("2026-12-18 18:45", "Australia to send another 40 Bushmasters",
    ["The federal government will send 40 more Bushmaster protected vehicles to Ukraine early next year, Defence Minister Richard Marles announced, taking the total to more than 160."],
    "aid", "aid", 3, "australia-bushmasters-2026-12-18", a="Priya Nandakumar"),
  E("2026-12-18 16:20", "Family says Australian man killed fighting for Ukraine",
    ["The family of a 34-year-old man from Perth say he was killed near Kupiansk while serving with a Ukrainian unit of foreign volunteers, the third Australian known to have died in the war this year."],
    "other", "frontline", 2, "australian-volunteer-killed-kupiansk-2026-12", a="Priya Nandakumar"),
  E("2026-12-18 13:50", "Russian missiles hit Odesa port",
    ["Russian missiles struck port infrastructure in Odesa before dawn local time, killing at least two people, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, a="Callum Reid", n="first report; toll 2"),
  E("2026-12-18 11:15", "Kremlin says peace talks are \u2018not at a standstill\u2019",
    ["Kremlin spokesman Dmitry Peskov said contacts with Washington on a peace framework were continuing at expert level, rejecting reports that they had stalled."],
    "diplomacy", "diplomacy", 2, "kremlin-peace-talks-not-stalled-2026-12-18"),
  ]))

SEEDS.append(dict(
  id="14142", name="14142_windhollow-textlive", ext="txt", source="Windhollow Courier", zone="Europe/Kyiv", render=r_windhollow,
  title="Live: prisoners come home as Russia strikes Odesa", dateline="Friday 18 December",
  byline="Live page by Kateryna Lysenko and Owen Thrale", parse_args=["--date", "2026-12-18"],
  lede="A two-stage prisoner exchange and a deadly missile strike on Odesa\u2019s port.",
  basis="stamp '{s}' (printed after the headline, Kyiv time = EET, UTC+2) on 'Friday 18 December' (no year printed; parse_args gives 2026-12-18); local {d} in {z}",
  notes="Invented outlet (Ukraine, English-language). Text live blog, oldest first; date line 'Friday 18 December' with NO year anywhere on the page (parse_args --date 2026-12-18). Each post: headline line, THEN the stamp line 'HH:MM Kyiv time', then the body. One page byline with two names, used as every entry's author. 14142-02 (repatriation of 1,000 bodies on Thursday) is the same theme as the prisoner swap but another event: must not merge. 14142-04 is a 'Photos:' teaser (gallery placeholder only). 14142-05 is a theme piece (explainer on how swaps are negotiated) that mentions today's exchange but is its own story. 14142-06 repeats 14142-03 nearly verbatim (duplicate_of 14142-03).",
  not_entries=["outlet name and navigation", "page title", "date line 'Friday 18 December'", "byline 'Live page by ...'", "lede", "'[Photo gallery, 9 images]' placeholder",
               "membership promo after the third post", "closing line 'This live page is closed. ...'", "footer"],
  entries=[
  E("2026-12-18 07:30", "Missile strike on Odesa port kills two",
    ["Two port workers were killed when Russian ballistic missiles hit Odesa\u2019s port before dawn, Odesa regional governor Oleh Kiper said.",
     "A grain terminal and a foreign-flagged cargo ship were damaged."],
    "strikes", "strikes", 3, ODESA, a="Kateryna Lysenko and Owen Thrale", n="toll 2"),
  E("2026-12-18 09:15", "Ukraine received 1,000 bodies of fallen soldiers on Thursday",
    ["Ukraine\u2019s coordination headquarters for prisoners of war said the bodies of 1,000 people Kyiv believes to be Ukrainian soldiers were handed over by Russia on Thursday. Russia received 31 bodies.",
     "Forensic experts will now work to identify them."],
    "other", "humanitarian", 2, "repatriation-of-bodies-2026-12-17", a="Kateryna Lysenko and Owen Thrale",
    n="same theme, other event: must not merge with the prisoner exchange"),
  E("2026-12-18 11:40", "Prisoner swap under way on Belarus border, Zelensky says",
    ["President Volodymyr Zelensky said a prisoner exchange with Russia was taking place on the border with Belarus and that 150 Ukrainians were coming home in the first stage.",
     "Most of them are soldiers captured in the Donetsk region, he said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Kateryna Lysenko and Owen Thrale", n="150 (first stage)"),
  E("2026-12-18 13:05", "Photos: Freed soldiers reunite with families in Chernihiv region", [], "diplomacy", "diplomacy", 1, SWAP,
    a="Kateryna Lysenko and Owen Thrale", n="photo teaser without text"),
  E("2026-12-18 14:30", "Explainer: How a prisoner exchange gets done",
    ["Today\u2019s swap, like most since the full-scale invasion, was arranged through a third country, in this case the United Arab Emirates, which passes lists between Kyiv and Moscow.",
     "Each side proposes names; disputes over who counts as a civilian or a combatant can hold up a deal for weeks. The handover itself usually happens at the Belarusian border, with buses driven to a neutral line.",
     "Ukraine says thousands of its citizens remain in Russian captivity, many of them never officially acknowledged by Moscow."],
    "diplomacy", "diplomacy", 2, "explainer-how-prisoner-exchanges-work", a="Kateryna Lysenko and Owen Thrale",
    n="theme piece (explainer); mentions the swap but is its own story: must not merge with it"),
  E("2026-12-18 16:10", "Prisoner swap under way on Belarus border, Zelensky says",
    ["President Volodymyr Zelensky said a prisoner exchange with Russia was taking place at the border with Belarus and that 150 Ukrainians were coming home in the first stage.",
     "Most of them are soldiers captured in the Donetsk region, he said."],
    "diplomacy", "diplomacy", 1, SWAP, a="Kateryna Lysenko and Owen Thrale", dup="14142-03", n="near-verbatim repeat of 14142-03"),
  E("2026-12-18 19:20", "Second stage frees 40 civilians, bringing total to 190",
    ["Forty Ukrainian civilians, some held for more than three years, were released in a second stage of the exchange, bringing the day\u2019s total to 190, the coordination headquarters said.",
     "Russia received the same number of people in return."],
    "diplomacy", "diplomacy", 3, SWAP, a="Kateryna Lysenko and Owen Thrale", n="190 in total"),
  ]))

SEEDS.append(dict(
  id="14143", name="14143_kingsthorne-rss", ext="xml", source="Kingsthorne Wire", zone="Europe/Istanbul", render=r_worldrss, rfc="num",
  title="Kingsthorne Wire \u2013 Black Sea and Ukraine", url="https://kingsthorne-wire.example", guid="kw-20261218",
  lede="Agency copy from the Black Sea region",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Istanbul time); local {d} in {z}",
  notes="Invented outlet (news agency, Istanbul). RSS 2.0, newest first, pubDate with +0300, dc:creator per item. Spells the port 'Odessa'. 14143-01 is Zelensky's thanks to the UAE, a reaction whose content is the exchange itself (same story). 14143-04 (drones on Izmail, same Odesa region) must not merge with the Odesa port strike.",
  not_entries=["channel title/link/description/language/copyright", "item link, guid and category elements"],
  entries=[
  E("2026-12-18 22:45", "Zelensky thanks UAE as 190 prisoners return home",
    ["Ukrainian President Volodymyr Zelensky thanked the United Arab Emirates for mediating Friday\u2019s exchange, in which 190 Ukrainians, including 40 civilians, were freed."],
    "diplomacy", "diplomacy", 3, SWAP, a="Selin Aydemir", n="reaction whose content is the exchange itself; 190"),
  E("2026-12-18 20:10", "Russian defence ministry confirms return of 150 servicemen",
    ["Russia\u2019s defence ministry said 150 Russian servicemen had been returned from Ukrainian captivity and were being flown to Moscow for medical checks."],
    "diplomacy", "diplomacy", 3, SWAP, a="Mehmet Kaya", n="150 (first stage, Russian side)"),
  E("2026-12-18 16:30", "Ankara offers to host next round of technical talks",
    ["Turkish Foreign Minister Hakan Fidan said Turkey was ready to host technical talks between Russian and Ukrainian delegations on Black Sea navigation early next year."],
    "diplomacy", "diplomacy", 2, "turkey-offers-black-sea-technical-talks-2026-12-18", a="Selin Aydemir"),
  E("2026-12-18 13:05", "Drones hit Izmail port facilities on the Danube",
    ["Russian drones struck port facilities in Izmail on the Danube overnight, starting a fire at a warehouse, officials in the Odessa region said. No casualties were reported."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2026-12-18", a="Mehmet Kaya",
    n="same region, other strike: must not merge with the Odesa port strike"),
  E("2026-12-18 10:20", "Odessa port strike kills two, damages grain terminal",
    ["Russian missiles hit the port of Odessa early on Friday, killing two workers and damaging a grain terminal and a cargo vessel, the regional administration said."],
    "strikes", "strikes", 3, ODESA, a="Mehmet Kaya", n="spelling 'Odessa'; toll 2"),
  E("2026-12-18 07:40", "Russia says it took a village in Dnipropetrovsk region",
    ["Russia\u2019s defence ministry said its forces had captured a village in Ukraine\u2019s Dnipropetrovsk region near the border with the Donetsk region. Kyiv did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-dnipropetrovsk-2026-12-18", a="Selin Aydemir"),
  ]))


# ================================================================ build
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M:%S ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M:%S"), z=S["zone"]),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/ef seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own wording (invented or paraphrased; nothing copied). Part A imitates, from
memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ef/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Fr.", "Msgr.", "Rev.", "Dept.", "Corp.", "Inc.", "v.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone; h = headline or None; p = body paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019)]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space=" ", suf=("am", "pm")):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf[0] if d.hour < 12 else suf[1]}"


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_jurist(S):
    """JURIST news river, text scrape. Newest first. Card: headline, 'Name | Affiliation, CC' byline, 'July 20, 2026 10:15:39 am'
    (seconds printed, no zone: US Eastern), one excerpt paragraph, 'Read more'."""
    z = S["zone"]; order_check(S, True)
    L = ["JURIST", "Legal News & Commentary", "", "News  Commentary  Features  Live  Digital Scholar  Podcasts  About  Donate", "Search", "",
         S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {d.hour % 12 or 12:02d}:{d.minute:02d}:{d.second:02d} {'am' if d.hour < 12 else 'pm'}"
        stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 3:
            L += ["Support JURIST", "JURIST is run by law students and volunteers. Please consider a gift to keep legal news free.", "Donate Now", ""]
    L += ["Older Posts", "", "JURIST Legal News & Research Services, Inc. | University of Pittsburgh School of Law", "Privacy  Terms  Contact", ""]
    return "\n".join(L), stamps


def r_lawfare(S):
    """Lawfare RSS 2.0 feed: pubDate with -0400, summary-only descriptions (escaped <p>), one dc:creator line listing the authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.lawfaremedia.org</link>',
           '<atom:link href="https://www.lawfaremedia.org/feeds/all" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-us</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>https://www.lawfaremedia.org/article/{e["slug"]}</link>',
                f'<guid isPermaLink="false">lawfare-{40211 + i}</guid>', f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<category>{esc(e["cat"])}</category>',
                '<description>' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</description>', '</item>']
    out += ['</channel>', '</rss>', '']
    return "\n".join(out), stamps


def r_justsecurity(S):
    """Just Security 'Early Edition' round-up (WordPress + Yoast @graph). Sections in capitals, one paragraph per item ending with
    the wire credit; no headlines and no per-item time: the visible date has no clock, the Article node's datePublished has it."""
    z = S["zone"]
    pub = dt(S["published"], z)
    for e in S["entries"]:
        assert e["t"] == S["published"], "round-up items carry the page time"
    base = "https://www.justsecurity.org"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "author": [{"name": n, "@id": base + "/#/schema/person/" + str(sum(map(ord, n)) * 7919)} for n in S["authors"]],
         "headline": S["title"], "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "mainEntityOfPage": {"@id": S["url"]},
         "wordCount": 1180, "publisher": {"@id": base + "/#organization"}, "articleSection": ["Early Edition"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Just Security", "datePublished": pub.isoformat(),
         "breadcrumb": {"@id": S["url"] + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"}, {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "Organization", "@id": base + "/#organization", "name": "Just Security", "url": base + "/"}]}
    authors = '<span class="author-names">' + esc(" and ".join(S["authors"])) + '</span>'
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Just Security</title>',
           '<meta name="robots" content="index, follow">', f'<link rel="canonical" href="{S["url"]}">',
           f'<meta property="article:published_time" content="{pub.isoformat()}">', ld_script(ld), '</head>',
           '<body class="post-template-default single single-post">',
           '<header class="site-header"><a class="logo" href="/">Just Security</a>'
           '<nav><a href="/topics/">Topics</a> <a href="/series/">Series</a> <a href="/events/">Events</a> <a href="/podcasts/">Podcasts</a> '
           '<a href="/about-us/">About</a> <a href="/newsletter/">Newsletter</a> <a class="donate" href="/donate/">Donate</a></nav>'
           '<form role="search"><input type="search" placeholder="Search"></form></header>',
           '<main><article class="post">', '<div class="post-series"><a href="/tag/early-edition/">Early Edition</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta">by {authors} <span class="sep">|</span> <span class="date">{MONTHS[pub.month - 1]} {pub.day}, {pub.year}</span></div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a> <a>Print</a></div>',
           '<div class="entry-content">',
           '<p><em>Signup to get Just Security\u2019s Early Edition in your inbox every weekday morning <a href="/newsletter/">here</a>.</em></p>',
           f'<p>{esc(S["lede"])}</p>']
    sec = None
    for e in S["entries"]:
        if e["sec_head"] != sec:
            sec = e["sec_head"]; out.append(f'<h4><strong>{esc(sec)}</strong></h4>')
        for p in e["p"]:
            out.append(f'<p>{esc(p)} <a href="{e["link"]}">[{esc(e["src"])}]</a></p>')
    out += ['</div>', '<div class="tags">Filed Under <a>Early Edition</a> <a>Russia-Ukraine War</a></div>',
            '<aside class="related"><h3>Read Next</h3><a href="/series/russia-ukraine-war/">Just Security\u2019s coverage of the Russia-Ukraine war</a></aside>',
            '</article></main>', '<footer><p>Just Security is based at the Reiss Center on Law and Security at New York University School of Law.</p>'
            f'<p>\u00a9 {pub.year} Just Security. All rights reserved.</p></footer></body></html>', '']
    return "\n".join(out), [None] * len(S["entries"])


def r_vatican(S):
    """Vatican News (English) news list, text scrape. Newest first. Card: section label, headline, '09 August 2026, 16:40' (Rome time,
    no zone printed), optional 'By NAME', summary. 'Listen to Radio Vatican' chrome and the newsletter line."""
    z = S["zone"]; order_check(S, True)
    L = ["Vatican News", "English", "Pope  Vatican  Church  World  Events  Podcast  Multimedia  Search", "Listen to Radio Vatican", "",
         S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["label"], e["h"], st]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += [""] + ptxt(e["p"])
        if i == 2:
            L += ["Subscribe to our daily newsletter: news from the Pope, the Vatican and the Church around the world.", "Sign up", ""]
    L += ["Load more", "", "Dicastery for Communication  -  Vatican News  -  Legal notes  -  Privacy  -  Cookie policy", "\u00a9 Dicastero per la Comunicazione", ""]
    return "\n".join(L), stamps


def r_rns(S):
    """Religion News Service (WordPress) news archive, HTML. Newest first. Card: kicker, h2 headline, 'By NAME', then
    <time datetime="...-04:00">August 28, 2026</time> (only the date is visible; the clock is in the attribute), excerpt that opens
    with the '(RNS) \u2014' dateline. Yoast CollectionPage @graph without times."""
    z = S["zone"]; order_check(S, True)
    base = "https://religionnews.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Religion News Service", "isPartOf": {"@id": base + "/#website"},
         "breadcrumb": {"@id": S["url"] + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"}, {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": "Religion News Service"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} Archives - Religion News Service</title>',
           ld_script(ld), '</head><body class="archive category">',
           '<div class="top-bar"><a href="/newsletter/">Newsletters</a> <a href="/donate/">Donate</a> <a href="/subscribe/">Subscribe</a></div>',
           '<header><a class="logo" href="/">Religion News Service</a><nav><a href="/category/news/">News</a> <a href="/category/opinion/">Opinion</a> '
           '<a href="/category/culture/">Culture</a> <a href="/category/faith/">Faith</a> <a href="/category/rns-podcasts/">Podcasts</a> '
           '<a href="/category/photos/">Photos</a> <a href="/about/">About RNS</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>', f'<p class="archive-description">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<article class="post-card"><div class="kicker"><a>{esc(e["kicker"])}</a></div>'
                   f'<h2 class="entry-title"><a href="{base}/{d:%Y/%m/%d}/{e["slug"]}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="byline">By <a class="author">{esc(e["a"])}</a> <span class="sep">\u2014</span> '
                   f'<time class="entry-date published" datetime="{d.isoformat()}">{st}</time></div>')
        out += [f'<div class="excerpt"><p>{esc(p)}</p></div>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="newsletter-promo"><h3>Get our weekly newsletter</h3><p>The week in religion news, delivered Saturday mornings.</p>'
                       '<input type="email" placeholder="Email address"><button>Sign up</button></aside>')
    out += ['<nav class="pagination"><a>1</a> <a>2</a> <a>3</a> <a>Next \u203a</a></nav></main>',
            '<footer><p>Religion News Service is an independent, nonprofit news organization.</p><p>\u00a9 2026 Religion News Service</p></footer></body></html>', '']
    return "\n".join(out), stamps


def r_cna(S):
    """Catholic News Agency 'World' list, text scrape. Newest first. Card: headline, 'By NAME', then the CNA dateline
    'Place, Aug 15, 2026 / 14:05 pm' (24-hour clock with an am/pm suffix, no zone: US Mountain time), one summary paragraph."""
    z = S["zone"]; order_check(S, True)
    L = ["Catholic News Agency", "EWTN News", "", "Vatican  US  World  Americas  Europe  Africa  Asia-Pacific  Middle East  Column  Podcasts  Donate", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year} / {d:%H:%M} {'am' if d.hour < 12 else 'pm'}"; stamps.append(st)
        L += [e["h"], ""]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += [f"{e['place']}, {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Our mission is the truth. Join us!", "Your monthly donation will help our team continue reporting the truth, with fairness, integrity, and fidelity to Jesus Christ and his Church.", "Donate", ""]
    L += ["Subscribe to our daily newsletter", "", "Catholic News Agency  |  About  |  Contact  |  Privacy Policy  |  Terms of Use", ""]
    return "\n".join(L), stamps


def r_orthodoxtimes(S):
    """Orthodox Times (WordPress) 'Latest News' list, HTML. Newest first. Card: category, h3, '23/08/2026 - 11:40' in a span
    (Athens time, no zone), 'By Orthodox Times' or a name, excerpt. Yoast CollectionPage @graph."""
    z = S["zone"]; order_check(S, True)
    base = "https://orthodoxtimes.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": base + "/latest-news/", "url": base + "/latest-news/", "name": "Latest News - Orthodox Times (en)",
         "isPartOf": {"@id": base + "/#website"}, "inLanguage": "en-US"},
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": "Orthodox Times (en)",
         "potentialAction": {"@type": "SearchAction", "target": base + "/?s={search_term_string}", "query-input": "required name=search_term_string"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Orthodox Times (en)</title>',
           ld_script(ld), '</head><body>',
           '<div class="td-header-top"><span class="td-date">' + S["header_date"] + '</span> <a>Ελληνικά</a> <a>Русский</a> <a>Română</a> <a>English</a></div>',
           '<header><a class="td-logo" href="/">Orthodox Times</a><nav><a>Ecumenical Patriarchate</a> <a>Patriarchates</a> <a>Churches</a> '
           '<a>Orthodoxy</a> <a>World</a> <a>Interviews</a> <a>Opinions</a> <a>Videos</a></nav></header>',
           f'<main><h1 class="entry-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d/%m/%Y} - {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="td_module_10"><a class="td-post-category">{esc(e["cat"])}</a>'
                   f'<h3 class="entry-title"><a href="{base}/{e["slug"]}/">{esc(e["h"])}</a></h3>'
                   f'<div class="td-module-meta-info"><span class="td-post-author-name">By {esc(e["a"] or "Orthodox Times")}</span> '
                   f'<span class="td-post-date">{st}</span></div>')
        out += [f'<div class="td-excerpt">{esc(p)}</div>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="td-a-rec">Advertisement</div>')
    out += ['<div class="page-nav"><span class="current">1</span> <a>2</a> <a>3</a> <a>Next</a></div></main>',
            '<footer><p>Orthodox Times - News from the Orthodox world</p><p>Copyright \u00a9 2026 Orthodox Times. All rights reserved.</p></footer></body></html>', '']
    return "\n".join(out), stamps


def r_crux(S):
    """Crux (cruxnow.com) 'Latest' list, text scrape. Top bar prints the date and clock when captured; cards show WordPress
    relative times ('38 mins ago', '2 hours ago'), headline, byline with role, excerpt opening with a city dateline ('ROME \u2013')."""
    z = S["zone"]; order_check(S, True)
    cap = dt(S["captured"], z)
    L = [f"{WEEKDAYS[cap.weekday()]}, {MONTHS[cap.month - 1]} {cap.day}, {cap.year} {h12(cap)}", "Crux", "Taking the Catholic Pulse", "",
         "News  Church in the USA  Vatican  Global Church  Opinion  Podcasts  Newsletter  Support Crux", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((cap - dt(e["t"], z)).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, f"{e['t']}: relative hour stamps need whole hours"
            st = f"{mins // 60} hour{'s' if mins >= 120 else ''} ago"
        stamps.append(st)
        L += [e["sect"], e["h"], f"{e['a']}, {e['byline_role']}  \u2022  {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Crux is dedicated to smart, wired and independent reporting on the Vatican and worldwide Catholic Church. Support Crux today.", ""]
    L += ["Load More", "", "Copyright \u00a9 2026 Crux Catholic Media Inc. All rights reserved.  About  Contact  Privacy", ""]
    return "\n".join(L), stamps


def r_ejil(S):
    """EJIL:Talk! (WordPress) Atom feed: <published>/<updated> in Z, <author><name>, summary + CDATA HTML content, categories."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-GB">',
           f'<title type="text">{esc(S["title"])}</title>', f'<subtitle type="text">{esc(S["lede"])}</subtitle>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z).astimezone(UTC))}</updated>',
           '<link rel="alternate" type="text/html" href="https://www.ejiltalk.org"/>', '<id>https://www.ejiltalk.org/feed/atom/</id>',
           '<link rel="self" type="application/atom+xml" href="https://www.ejiltalk.org/feed/atom/"/>',
           '<generator uri="https://wordpress.org/" version="6.8">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = iso(d); stamps.append(st)
        url = f"https://www.ejiltalk.org/{e['slug']}/"
        out += ['<entry>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<title type="html"><![CDATA[{e["h"]}]]></title>', f'<link rel="alternate" type="text/html" href="{url}"/>',
                f'<id>https://www.ejiltalk.org/?p={21950 + 7 * i}</id>', f'<updated>{st}</updated>', f'<published>{st}</published>']
        out += [f'<category scheme="https://www.ejiltalk.org" term="{attr(c)}"/>' for c in e["cats"]]
        out.append(f'<summary type="html"><![CDATA[{e["p"][0][:140].rsplit(" ", 1)[0]} [&#8230;]]]></summary>')
        out.append(f'<content type="html" xml:base="{url}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) +
                   f'<p>The post <a href="{url}">{esc(e["h"])}</a> appeared first on <a href="https://www.ejiltalk.org">EJIL: Talk!</a>.</p>]]></content>')
        out += [f'<link rel="replies" type="text/html" href="{url}#comments" thr:count="{e.get("comments", 0)}"/>',
                f'<thr:total>{e.get("comments", 0)}</thr:total>', '</entry>']
    out += ['</feed>', '']
    return "\n".join(out), stamps


def r_law360(S):
    """Law360 section page, HTML. Newest first. Card: h3 headline in title case, 'By NAME' line, summary that opens with the
    Law360 dateline 'Law360 (September 15, 2026, 4:12 PM EDT) -- ' (the only time printed), section tags. No JSON-LD."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Law360</title>',
           '<meta name="description" content="Law360 provides the latest news on international trade.">', '</head><body>',
           '<div id="header"><a class="logo" href="/">Law360</a> <span class="tagline">The Newswire for Business Lawyers</span> '
           '<a href="/account/login">Sign In</a> <a href="/subscribe">Subscribe</a> <a href="/trial">Free Trial</a></div>',
           '<nav class="sections"><a>Practice Areas</a> <a>Industries</a> <a>Regional</a> <a>Legal Industry</a> <a>Law360 Pulse</a> <a>Law360 Tax Authority</a></nav>',
           f'<div id="section-header"><h1>{esc(S["title"])}</h1><p>{esc(S["lede"])}</p><a class="follow">Follow</a></div>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {h12(d, suf=('AM', 'PM'))} EDT"; stamps.append(st)
        paras = [f"Law360 ({st}) -- " + e["p"][0]] + e["p"][1:]
        e["p_print"] = paras
        out.append(f'<article class="news-item"><h3><a href="/articles/{2208831 + 37 * i}/{e["slug"]}">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="byline">By {esc(e["a"])}</div>' if e["a"] else '<div class="byline">Law360 Staff</div>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in paras]
        out.append('<div class="tags">' + " ".join(f'<a>{esc(t)}</a>' for t in e["tags"]) + '</div></article>')
        if i == 3:
            out.append('<div class="promo">Law360 Daily Newsletters: sign up to get the news you need, first thing every morning.</div>')
    out += ['</div>', '<footer><a>About</a> <a>Contact Us</a> <a>Legal Jobs</a> <a>Terms</a> <a>Privacy Policy</a> <a>Cookie Settings</a>'
            '<p>\u00a9 2026, Portfolio Media, Inc.</p></footer></body></html>', '']
    return "\n".join(out), stamps


# ================================================================ Part B renderers (invented outlets)

def r_ellingmoor(S):
    """text live, newest first; 'Key Points' block of entry headlines; '6.50pm BST' line before each headline; 'Reporting by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Opinion | Sport | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, sep='.', space='')} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show older updates", "", f"\u00a9 {S['source']} 2026 \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings \u00b7 Contact the newsroom", ""]
    return "\n".join(L), stamps


def r_oakhurrow(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+03:00); visible '08:05' in <time datetime>; author under the h3."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{311 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           ld_script(ld), '</head><body>',
           f'<div class="cookie">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Opinion</a> <a>Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="live-date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>',
           '<p class="order">Showing oldest first \u00b7 <a>Newest first</a></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{311 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Copy link</a></div></section>')
        if i == 3:
            out.append('<aside class="support"><p>Independent journalism from Ukraine needs your support.</p><a>Become a member</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>', '']
    return "\n".join(out), stamps


def r_rss(S):
    """RSS 2.0, newest first: pubDate with the outlet's numeric offset (or GMT when S['gmt']), CDATA HTML description, dc:creator when an author is known."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en")}</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S.get("gmt", False)); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>', '']
    return "\n".join(out), stamps


def r_atomfeed(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset; escaped HTML <content>; <author> when known."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{7400 + 13 * i}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{7400 + 13 * i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out += ['</feed>', '']
    return "\n".join(out), stamps


def r_pellinghurst(S):
    """HTML article with NewsArticle JSON-LD; one h2 section per entry; page byline and a dateline '10 September 2026, 16:20 CEST'; no per-section stamp."""
    z = S["zone"]; pub = dt(S["published"], z)
    for e in S["entries"]:
        assert e["t"] == S["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": S["source"]}, "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           ld_script(ld), '</head><body>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           '<main><article>', f'<p class="kicker">{esc(S["kicker"])}</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="teaser">{esc(S["lede"])}</p>',
           f'<p class="meta">By {esc(S["byline"])} \u00b7 {pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M} CEST</p>',
           '<figure><img src="/img/ukraine-live.jpg" alt=""><figcaption>' + esc(S["caption"]) + '</figcaption></figure>']
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += [f'<p class="more"><a>{esc(S["more"])}</a></p>', '</article></main>',
            f'<footer>\u00a9 {esc(S["source"])} 2026 \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>', '']
    return "\n".join(out), [None] * len(S["entries"])


def r_mirefield(S):
    """text live, oldest first; '6:40 a.m. EDT' line before each headline; dateline with year; '\u2014 NAME' signature after the body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  World  \u00b7  Nation  \u00b7  Business  \u00b7  Opinion  \u00b7  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, suf=('a.m.', 'p.m.'))} EDT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Our live coverage has ended for today.", "", f"{S['source']}  \u00b7  Contact  \u00b7  Terms  \u00b7  Privacy", ""]
    return "\n".join(L), stamps


def r_stavenholt(S):
    """HTML live without JSON-LD, newest first; bare '17:50' span above each h2; printed note 'All times are Kyiv time'; author under the h2."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           f'<header><b>{esc(S["source"])}</b> <nav><a>Live</a> <a>Front</a> <a>Politics</a> <a>Society</a> <a>Photo</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Photo gallery: 12 images]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Read also</h3><a>How the grain corridor survived three years of attacks</a></aside>')
    out += ['<p><a>Previous day\u2019s live coverage</a></p></main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Advertising \u00b7 Privacy</footer></body></html>', '']
    return "\n".join(out), stamps


def r_thornleigh(S):
    """text live, oldest first; date line with weekday and day but no year; bare '07:10' line before each headline; page byline of two names."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  \u00b7  War  \u00b7  Ukraine  \u00b7  Europe  \u00b7  Analysis", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support independent reporting from Ukraine: subscribe to the Courier.", ""]
    L += ["This live page is now closed. Coverage continues tomorrow.", "", f"{S['source']}  \u00b7  Contacts  \u00b7  Privacy", ""]
    return "\n".join(L), stamps


def r_merriwell(S):
    """HTML live, oldest first; JSON-LD @graph with an @type array (NewsArticle + LiveBlogPosting) and liveBlogUpdate items with their own
    datePublished; visible '6:20 a.m.' in <time> (zone only printed once: 'Times are Eastern')."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "url": f"{S['url']}#u{i + 1}",
            **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           ld_script(ld), '</head><body>',
           f'<header><a href="/">{esc(S["source"])}</a> <nav><a>Canada</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, suf=("a.m.", "p.m.")); stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 1:
            out.append('<div class="nl">Sign up for the Journal\u2019s World Briefing newsletter.</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Accessibility</footer></body></html>', '']
    return "\n".join(out), stamps


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
            paras = e.get("p_print") or e["p"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else "") + " ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else "")), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(paras[0]) if paras else None,
                         "body_paragraphs": len(paras),
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


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 13700 JURIST (2026-07-20, Monday)
SEEDS.append(dict(
  id="13700", name="13700_jurist-news", ext="txt", source="JURIST", zone="America/New_York", render=r_jurist,
  title="News", lede="Legal news from around the world, reported by JURIST's staff and correspondents.",
  basis="card stamp '{s}' (full date and clock with seconds, no zone printed: JURIST's home zone, US Eastern = EDT in July); local {d} in {z}",
  notes="Imitates JURIST's news river as a text scrape. Newest first. Each card: headline, byline 'Name | Affiliation, CC', stamp "
        "'July 20, 2026 05:42:10 pm' (12-hour clock with seconds and a zero-padded hour, no zone), one excerpt paragraph, 'Read more'. "
        "No zone is printed: US Eastern time (JURIST is based in Pittsburgh) is assumed. published keeps the printed seconds. "
        "Author = the name before ' | ' (the affiliation is not part of the name). Two cards are not about the war (other/unrelated).",
  not_entries=["masthead 'JURIST' / 'Legal News & Commentary'", "navigation line (News, Commentary, Features, Live, ...)", "'Search'",
               "page heading 'News' and its standfirst line", "'Read more' links under each card", "'Support JURIST' donation box after the fourth card",
               "'Older Posts' pager", "footer lines"],
  entries=[
  dict(E("2026-07-20 17:42:10", "Ukraine court convicts Russian tank commander in absentia over shelling of Chernihiv hospital",
    ["A district court in Chernihiv on Monday found a Russian tank company commander guilty in absentia of violating the laws and customs of war, after prosecutors showed that his unit fired on a working children's hospital in March 2022 and sentenced him to 12 years."],
    "other", "humanitarian", 2, "chernihiv-hospital-shelling-verdict-2026-07-20", a="Daryna Koval", n="war-crimes trial: other/humanitarian"),
    byline="Daryna Koval | JURIST Staff Correspondent, UA"),
  dict(E("2026-07-20 15:20:05", "Council of Europe ministers approve first-year budget for Special Tribunal on aggression against Ukraine",
    ["The Committee of Ministers of the Council of Europe on Monday approved a first-year budget of 11.4 million euros for the Special Tribunal for the Crime of Aggression against Ukraine, clearing the way for the court to hire judges and a prosecutor in The Hague."],
    "diplomacy", "diplomacy", 2, "special-tribunal-aggression-budget-2026-07-20", a="Tomasz Wierzbicki", n="tribunal built by treaty with the Council of Europe: diplomacy"),
    byline="Tomasz Wierzbicki | University of Warsaw Faculty of Law, PL"),
  dict(E("2026-07-20 13:05:48", "Moscow court jails defense lawyer for seven years over posts criticizing the war",
    ["A Moscow court on Monday sentenced lawyer Arkady Veselov to seven years in a penal colony for spreading what prosecutors called false information about the Russian army, in a case built on four social media posts about civilian deaths in Ukraine."],
    "other", "politics", 2, "moscow-lawyer-jailed-war-posts-2026-07-20", n="Russian domestic repression: other/politics; the byline is the desk credit 'JURIST Staff' (no person), so author null"),
    byline="JURIST Staff"),
  dict(E("2026-07-20 11:31:22", "UN monitors say civilian casualties in Ukraine rose sharply in June as strikes on cities intensified",
    ["The UN Human Rights Monitoring Mission in Ukraine said on Monday that at least 241 civilians were killed and more than 1,100 injured in June, the highest monthly toll this year, with most of the harm caused by missiles and drones striking residential areas of Kharkiv, Dnipro and Odesa."],
    "other", "humanitarian", 2, "un-hrmmu-june-civilian-casualties-2026", a="Amara Okonkwo", sec=["strikes"], n="monthly UN civilian-harm report: other/humanitarian, secondary strikes"),
    byline="Amara Okonkwo | Columbia Law School, US"),
  dict(E("2026-07-20 10:15:39", "EU General Court upholds sanctions against Russian fertilizer magnate",
    ["The EU General Court in Luxembourg on Monday dismissed a challenge by a Russian fertilizer billionaire to his listing under the bloc's sanctions regime, ruling that his company's tax payments to the Russian state gave the Council enough grounds to keep his assets frozen."],
    "diplomacy", "diplomacy", 2, "eu-general-court-fertilizer-magnate-sanctions-2026-07-20", a="Lukas Brenner", n="sanctions: diplomacy"),
    byline="Lukas Brenner | JURIST Staff Correspondent, DE"),
  OFF("2026-07-20 08:47:03", "Kenya High Court suspends new digital levy on mobile money transfers",
    ["Kenya's High Court on Monday suspended a levy on mobile money transfers that was due to take effect next month, pending a full hearing on whether parliament followed the constitution's public participation rules."],
    "kenya-mobile-money-levy-suspended-2026-07-20", a="Wanjiru Mwangi", n="Kenyan tax case") | dict(byline="Wanjiru Mwangi | Strathmore University Law School, KE"),
  OFF("2026-07-20 07:02:55", "Australia federal court fines supermarket chain over misleading discount claims",
    ["Australia's Federal Court on Monday ordered one of the country's largest supermarket chains to pay 18 million Australian dollars for advertising price cuts on goods whose prices had been raised shortly before."],
    "australia-supermarket-discount-fine-2026-07-20", a="Hamish Grady", n="Australian consumer law") | dict(byline="Hamish Grady | JURIST Staff Correspondent, AU"),
  ]))

# ---------------------------------------------------------------- 13701 Lawfare (2026-08-07, Friday)
SEEDS.append(dict(
  id="13701", name="13701_lawfare-feed", ext="xml", source="Lawfare", zone="America/New_York", render=r_lawfare,
  title="Lawfare", lede="Lawfare is a nonprofit publication devoted to hard national security choices.",
  basis="RSS pubDate '{s}' (explicit -0400 offset); local {d} in {z}",
  notes="Imitates Lawfare's site-wide RSS 2.0 feed. Newest first. pubDate carries -0400 (US Eastern daylight time). Descriptions are "
        "the article summaries as escaped HTML (one <p> each; a few have two). dc:creator lists all authors in one string, kept whole "
        "as author (two-author items keep 'A, B' / 'A and B' as printed). Podcast items (Lawfare Daily, Chatter) are entries too; "
        "the Chatter episode and the surveillance piece are not about the war (other/unrelated). 'Document:' items carry a body, so they "
        "are not teasers.",
  not_entries=["channel title, link, description, language and lastBuildDate", "atom:link self reference", "category elements (section labels)", "guid values"],
  entries=[
  dict(E("2026-08-07 17:15", "Lawfare Daily: How the EU's Reparations Loan Will Pay for Ukraine's Army in 2027",
    ["Lawfare Senior Editor Marisol Ortega sat down with Declan Firth, a former Treasury sanctions official, to walk through how the EU plans to lend Ukraine 90 billion euros against immobilized Russian central bank assets and how much of that money will go to weapons and soldiers' pay.",
     "They discussed the legal guarantees member states have given to Euroclear, the risk of Russian countersuits, and what happens to the loan if a peace deal includes compensation."],
    "aid", "aid", 2, "eu-reparations-loan-ukraine-2027-budget", a="Marisol Ortega, Declan Firth", sec=["diplomacy"], n="podcast episode; financial support to Ukraine: aid, secondary diplomacy"),
    slug="lawfare-daily-how-the-eu-s-reparations-loan-will-pay-for-ukraine-s-army-in-2027", cat="Podcasts"),
  dict(E("2026-08-07 14:00", "Document: Ukraine's Letter to the Security Council on the Sumy Bus Station Strike",
    ["Ukraine's permanent representative to the United Nations on Thursday sent the president of the Security Council a letter describing the Aug. 4 missile strike on the bus station in Sumy, which Kyiv says killed 19 people, and asking for an open meeting of the Council.",
     "The letter is embedded below."],
    "diplomacy", "diplomacy", 2, "ukraine-unsc-letter-sumy-strike-2026-08", sec=["strikes"], n="statement at the UN about an earlier strike: diplomacy, secondary strikes; no author on the item"),
    slug="document-ukraine-s-letter-to-the-security-council-on-the-sumy-bus-station-strike", cat="Armed Conflict"),
  dict(E("2026-08-07 12:00", "Glide Bombs, Dual Use, and the Limits of Targeting Law in Kharkiv",
    ["Russia now drops hundreds of guided glide bombs on Ukrainian front-line towns every week, and increasingly on Kharkiv itself.",
     "Nadia Reinholt argues that the weapons' wide error margins make many of these attacks indiscriminate under Additional Protocol I, whatever military objective Moscow claims to be aiming at."],
    "strikes", "strikes", 2, "analysis-glide-bombs-targeting-law", a="Nadia Reinholt", n="analysis piece on a weapon, no single event: strikes, own story"),
    slug="glide-bombs-dual-use-and-the-limits-of-targeting-law-in-kharkiv", cat="Armed Conflict"),
  OFF("2026-08-07 10:30", "Chatter: The Strange Career of the Cold War Hotline, with Ellen Marsh",
    ["Owen Castellan spoke with historian Ellen Marsh about how the Washington-Moscow hotline was built in 1963, what was actually sent over it, and why its teletype machines stayed in service for decades."],
    "chatter-cold-war-hotline-podcast", a="Owen Castellan", n="history podcast, not about the current war") | dict(slug="chatter-the-strange-career-of-the-cold-war-hotline", cat="Podcasts"),
  dict(E("2026-08-07 09:00", "Sanctions Snapback by Veto? Hungary and the Six-Month Renewal Problem",
    ["EU sanctions on Russia must be renewed unanimously every six months, and Budapest has again threatened to block the next rollover due in January.",
     "Ilse Vandermeer and Peter Quarry explain which legal routes, from qualified-majority trade measures to national asset freezes, could keep the pressure on Moscow if Hungary follows through."],
    "diplomacy", "diplomacy", 2, "hungary-eu-sanctions-renewal-veto-analysis", a="Ilse Vandermeer and Peter Quarry", n="analysis of sanctions politics: diplomacy"),
    slug="sanctions-snapback-by-veto-hungary-and-the-six-month-renewal-problem", cat="Sanctions"),
  OFF("2026-08-07 07:30", "What the FISA Court's Latest Opinion Says About Querying Section 702 Data",
    ["The Foreign Intelligence Surveillance Court released a redacted opinion this week approving the government's annual certifications while criticizing the FBI's record-keeping for database queries, and Carrie Lindqvist walks through the key passages."],
    "fisa-court-702-opinion-2026-08", a="Carrie Lindqvist", n="US surveillance law") | dict(slug="what-the-fisa-court-s-latest-opinion-says-about-querying-section-702-data", cat="Surveillance & Privacy"),
  ]))

# ---------------------------------------------------------------- 13702 Just Security (2026-08-26, Wednesday)
SEEDS.append(dict(
  id="13702", name="13702_justsecurity-earlyedition", ext="html", source="Just Security", zone="America/New_York", render=r_justsecurity,
  title="Early Edition: August 26, 2026", url="https://www.justsecurity.org/121804/early-edition-august-26-2026/",
  published="2026-08-26 08:51", authors=["Nadia Okafor", "Liam Bresnahan"],
  lede="Here\u2019s today\u2019s news:",
  basis="round-up item without its own stamp or headline; the visible date line 'August 26, 2026' has no clock, so the time comes from the page's JSON-LD Article datePublished 2026-08-26T08:51:00-04:00 (also in article:published_time); local {d} in {z}",
  notes="Imitates Just Security's daily 'Early Edition' news round-up (WordPress + Yoast @graph). Each item is one paragraph under a section "
        "heading in capitals ('RUSSIA-UKRAINE WAR', 'OTHER GLOBAL DEVELOPMENTS', 'U.S. DEVELOPMENTS'), ending with 'NAME reports for OUTLET.' and a "
        "bracketed wire link. Items have no headline (headline null), one paragraph each, and no time: published = the page's datePublished "
        "from JSON-LD (08:51 EDT); the visible byline date is 'August 26, 2026' only. Author: the page byline 'Nadia Okafor and Liam Bresnahan' "
        "kept as one string for every item (no per-item byline; the reporters named at the end of each item write for the cited wires). "
        "The two items under the non-war headings are other/unrelated.",
  not_entries=["header logo, navigation and search box", "'Early Edition' series label", "page title 'Early Edition: August 26, 2026'",
               "byline and date line", "share links", "newsletter sign-up line in italics", "'Here\u2019s today\u2019s news:' lead-in",
               "section headings 'RUSSIA-UKRAINE WAR', 'OTHER GLOBAL DEVELOPMENTS', 'U.S. DEVELOPMENTS'", "bracketed source links at the end of each item",
               "'Filed Under' tags", "'Read Next' box", "footer lines"],
  entries=[
  dict(E("2026-08-26 08:51", None,
    ["Russian missiles and drones hit energy facilities in the Poltava region overnight, killing two workers at a gas compression station and leaving about 80,000 households in Kremenchuk without power, Ukrainian officials said yesterday. Hanna Yeremenko reports for Reuters."],
    "strikes", "strikes", 3, "poltava-region-energy-strike-2026-08-25", a="Nadia Okafor and Liam Bresnahan", n="deadly strike: importance 3"),
    sec_head="RUSSIA-UKRAINE WAR", src="Reuters", link="https://www.reuters.com/world/europe/"),
  dict(E("2026-08-26 08:51", None,
    ["Ukrainian and Russian delegations will meet in Istanbul on Thursday for a fourth round of direct talks focused on a prisoner exchange and a halt to strikes on energy infrastructure, Turkish Foreign Minister Hakan Fidan said. Selin Arkan reports for AP."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-fourth-round-announced-2026-08", a="Nadia Okafor and Liam Bresnahan", n="ministerial announcement of direct talks: importance 3"),
    sec_head="RUSSIA-UKRAINE WAR", src="AP", link="https://apnews.com/world-news"),
  dict(E("2026-08-26 08:51", None,
    ["Germany will pay for 1,500 long-range strike drones built in Ukraine under a new 600 million euro contract, the German Defense Ministry announced. The drones are due to be delivered by the end of the year. Jonas Keller reports for Politico Europe."],
    "aid", "aid", 3, "germany-funds-ukrainian-long-range-drones-2026-08", a="Nadia Okafor and Liam Bresnahan", n="large funded arms contract: importance 3"),
    sec_head="RUSSIA-UKRAINE WAR", src="Politico Europe", link="https://www.politico.eu/"),
  dict(E("2026-08-26 08:51", None,
    ["Russia\u2019s Defense Ministry claimed its troops had taken two more villages on the border of the Dnipropetrovsk and Zaporizhzhia regions, a claim Ukraine\u2019s General Staff did not confirm. Irina Solovei reports for the Kyiv Independent."],
    "other", "frontline", 2, "russia-claims-two-villages-dnipropetrovsk-2026-08-25", a="Nadia Okafor and Liam Bresnahan", n="territorial claim: other/frontline"),
    sec_head="RUSSIA-UKRAINE WAR", src="Kyiv Independent", link="https://kyivindependent.com/"),
  dict(E("2026-08-26 08:51", None,
    ["Nearly 3.6 million people remain internally displaced inside Ukraine, and one in four of them lives in collective centers that are not ready for winter, the UN refugee agency said in a report released yesterday. Marta Lindgren reports for the New Humanitarian."],
    "other", "humanitarian", 2, "unhcr-ukraine-displacement-winter-report-2026-08", a="Nadia Okafor and Liam Bresnahan", n="displacement report: other/humanitarian"),
    sec_head="RUSSIA-UKRAINE WAR", src="The New Humanitarian", link="https://www.thenewhumanitarian.org/"),
  OFF("2026-08-26 08:51", None,
    ["Sudan\u2019s army and the Rapid Support Forces agreed to a seven-day humanitarian pause around El Fasher after talks mediated by Saudi Arabia and the United States, but fighting was reported on the city\u2019s western edge hours later. Yusuf Adam reports for Al Jazeera."],
    "sudan-el-fasher-humanitarian-pause-2026-08", a="Nadia Okafor and Liam Bresnahan", n="Sudan") | dict(sec_head="OTHER GLOBAL DEVELOPMENTS", src="Al Jazeera", link="https://www.aljazeera.com/"),
  OFF("2026-08-26 08:51", None,
    ["A federal appeals court heard arguments yesterday on whether the administration may deploy National Guard troops to a third city over the objection of its governor. Rachel Tomes reports for the New York Times."],
    "us-national-guard-deployment-appeal-2026-08", a="Nadia Okafor and Liam Bresnahan", n="US domestic law") | dict(sec_head="U.S. DEVELOPMENTS", src="New York Times", link="https://www.nytimes.com/"),
  ]))

# ---------------------------------------------------------------- 13703 Vatican News (2026-08-09, Sunday)
SEEDS.append(dict(
  id="13703", name="13703_vaticannews-list", ext="txt", source="Vatican News", zone="Europe/Rome", render=r_vatican,
  title="News", lede="The latest news from the Pope, the Holy See and the Church around the world.",
  basis="card stamp '{s}' (day, month name, year and 24-hour clock; no zone printed: Rome time, CEST in August); local {d} in {z}",
  notes="Imitates the Vatican News (English) news list as a text scrape. Newest first. Each card: section label (Pope, Vatican, Church, World), "
        "headline, stamp '09 August 2026, 16:40' (zero-padded day, no zone: Rome time assumed), optional 'By NAME', one or two summary paragraphs. "
        "Section labels are chrome. The Angelus card (the Pope's appeal) and the Zuppi meeting are separate stories; the feast-day and Peru cards "
        "are not about the war (other/unrelated).",
  not_entries=["header 'Vatican News' / language 'English' / section navigation", "'Listen to Radio Vatican'", "page heading 'News' and its standfirst",
               "section labels above each headline (World, Vatican, Pope, Church)", "'By NAME' lines (author credits, not body)",
               "newsletter sign-up box after the third card", "'Load more'", "footer lines"],
  entries=[
  dict(E("2026-08-09 19:05", "Caritas-Spes opens night shelters in Kharkiv as strikes leave families homeless",
    ["The Catholic charity Caritas-Spes has opened three night shelters in Kharkiv for families whose flats were destroyed or left without windows and water after a week of heavy Russian attacks on the city.",
     "Volunteers say around 400 people, many of them elderly, have spent at least one night in the shelters since they opened on Thursday."],
    "other", "humanitarian", 2, "caritas-spes-kharkiv-night-shelters-2026-08", a="Olha Vasylenko", sec=["aid"], n="civilians displaced by strikes: other/humanitarian, secondary aid"),
    label="World"),
  dict(E("2026-08-09 16:40", "Cardinal Zuppi meets Ukraine's ombudsman on children taken to Russia",
    ["Cardinal Matteo Zuppi, the Pope's envoy for peace in Ukraine, met Ukraine's parliamentary human rights commissioner in Bologna on Sunday to review a new list of 112 children whom Kyiv says were deported to Russia and whose return it wants the Holy See to help arrange."],
    "diplomacy", "diplomacy", 2, "zuppi-ombudsman-deported-children-2026-08-09", n="mediation over deported children: diplomacy"),
    label="Vatican"),
  dict(E("2026-08-09 14:10", "Greek Catholic church in Zaporizhzhia damaged in overnight drone attack",
    ["A drone struck the yard of the Greek Catholic parish of the Protection of the Mother of God in Zaporizhzhia overnight, blowing out the church's windows and damaging its roof.",
     "No one was hurt, the parish priest said, because the family who guard the church had gone down to the basement when the air raid siren sounded."],
    "strikes", "strikes", 2, "zaporizhzhia-greek-catholic-church-drone-damage-2026-08-09", a="Olha Vasylenko", n="non-deadly strike on a church: importance 2"),
    label="World"),
  dict(E("2026-08-09 12:25", "Pope at Angelus: In Ukraine, let the weapons fall silent and let talks begin",
    ["After the Angelus prayer in St Peter's Square, Pope Leo XIV renewed his appeal for a ceasefire in Ukraine and asked those responsible to choose negotiation over new offensives.",
     "He also said he was praying for the people of Sumy and Kharkiv, who he said were living through days of fear under constant bombardment."],
    "diplomacy", "diplomacy", 2, "pope-angelus-ukraine-ceasefire-appeal-2026-08-09", a="Matteo Ranieri", n="papal appeal for a ceasefire: diplomacy; an appeal, so importance 2"),
    label="Pope"),
  OFF("2026-08-09 10:50", "Saint Teresa Benedicta of the Cross: a philosopher who followed the truth to Auschwitz",
    ["On the feast of Edith Stein, co-patroness of Europe, a reflection on the Jewish-born philosopher who became a Carmelite nun and was killed at Auschwitz in August 1942."],
    "feast-edith-stein-2026", n="feast-day reflection") | dict(label="Church"),
  OFF("2026-08-09 08:30", "Peru's bishops urge calm ahead of disputed regional election results",
    ["The bishops of Peru have asked candidates and supporters to avoid violence while electoral authorities review contested ballots in several southern regions."],
    "peru-bishops-election-appeal-2026-08", n="Latin American church news") | dict(label="World"),
  ]))

# ---------------------------------------------------------------- 13704 Religion News Service (2026-08-28, Friday)
SEEDS.append(dict(
  id="13704", name="13704_rns-news", ext="html", source="Religion News Service", zone="America/New_York", render=r_rns,
  title="News", url="https://religionnews.com/category/news/",
  lede="Nonpartisan, independent reporting on religion, spirituality, culture and ethics.",
  basis="visible stamp '{s}' (date only); the clock comes from the card's <time datetime> attribute ({d}, offset -04:00); local {d} in {z}",
  notes="Imitates the Religion News Service news archive (WordPress). Newest first. Each card: kicker, headline, 'By NAME \u2014' and a <time> element "
        "whose visible text is the date only ('August 28, 2026') while its datetime attribute carries the full time with -04:00; published uses the "
        "attribute. Excerpts open with the RNS dateline ('(RNS) \u2014' or 'KHARKIV, Ukraine (RNS) \u2014'), which is part of the first sentence as printed. "
        "JSON-LD is a Yoast CollectionPage graph with no times. One card (the Methodist story) is not about the war.",
  not_entries=["top bar (Newsletters, Donate, Subscribe)", "logo and navigation", "archive heading 'News' and its description", "kickers above the headlines",
               "'By NAME \u2014 date' lines", "newsletter promo box after the third card", "pagination", "footer"],
  entries=[
  dict(E("2026-08-28 16:45", "Strike on village church near Kharkiv kills three during memorial service",
    ["KHARKIV, Ukraine (RNS) \u2014 A Russian guided bomb struck the grounds of an Orthodox church in the village of Bezruky north of Kharkiv on Friday morning, killing three worshippers who had gathered for a memorial service and wounding nine others, regional officials said.",
     "The priest, who was among the injured, told local television the congregation had stayed for the service despite an air alert because the family of a fallen soldier had traveled from Poltava."],
    "strikes", "strikes", 3, "bezruky-church-strike-kharkiv-2026-08-28", a="Anastasia Horobets", n="deadly strike: importance 3"),
    kicker="Ukraine", slug="strike-on-village-church-near-kharkiv-kills-three"),
  dict(E("2026-08-28 14:20", "Southern Baptist relief teams ship fourth winter convoy to Ukraine",
    ["(RNS) \u2014 Southern Baptist disaster relief volunteers loaded 26 containers of generators, sleeping bags and water filters this week for churches in eastern Ukraine, the fourth such shipment ahead of a winter that aid groups fear will be the hardest since 2022."],
    "aid", "aid", 2, "southern-baptist-winter-convoy-ukraine-2026-08", a="Bradley Cutter", n="humanitarian supply to Ukraine: aid"),
    kicker="Faith", slug="southern-baptist-relief-teams-ship-fourth-winter-convoy-to-ukraine"),
  dict(E("2026-08-28 12:05", "Ukraine's Constitutional Court upholds law banning Moscow-linked church bodies",
    ["(RNS) \u2014 Ukraine's Constitutional Court on Friday rejected a challenge by 51 lawmakers to the 2024 law that allows courts to ban religious organizations affiliated with the Russian Orthodox Church, ruling that it pursued a legitimate aim of national security.",
     "The Ukrainian Orthodox Church, which says it cut ties with Moscow in 2022, called the ruling a blow to freedom of conscience."],
    "other", "politics", 2, "ukraine-constitutional-court-church-ban-law-2026-08-28", a="Anastasia Horobets", n="domestic law on churches: other/politics"),
    kicker="Politics", slug="ukraines-constitutional-court-upholds-law-banning-moscow-linked-church-bodies"),
  dict(E("2026-08-28 10:30", "Uman pilgrimage: Ukraine asks Hasidic visitors to stay away for Rosh Hashanah",
    ["(RNS) \u2014 Ukraine's foreign ministry has again urged Jewish pilgrims not to travel to Uman for Rosh Hashanah next month, warning that air raid shelters in the city cannot hold the tens of thousands who usually gather at the grave of Rabbi Nachman of Breslov."],
    "other", "humanitarian", 2, "uman-pilgrimage-rosh-hashanah-warning-2026", a="Yael Berkowitz", n="civilian safety advice in wartime: other/humanitarian"),
    kicker="Judaism", slug="uman-pilgrimage-ukraine-asks-hasidic-visitors-to-stay-away"),
  dict(E("2026-08-28 09:10", "Opinion: What the Vatican's quiet diplomacy can and cannot do for Ukraine",
    ["(RNS) \u2014 Three years of papal envoys, prisoner lists and child-return talks have produced real but small results, and expecting Rome to broker an end to the war misreads what the Holy See is for.",
     "Its strength is the patient humanitarian file, not grand bargains, and that is no small thing."],
    "diplomacy", "diplomacy", 2, "opinion-vatican-quiet-diplomacy-ukraine", a="Charles Pemberton", n="opinion piece on a theme, no single event: own story"),
    kicker="Opinion", slug="what-the-vaticans-quiet-diplomacy-can-and-cannot-do-for-ukraine"),
  OFF("2026-08-28 07:40", "United Methodist conference votes to sell historic Philadelphia church",
    ["(RNS) \u2014 Leaders of a United Methodist conference in Pennsylvania voted Thursday to sell a 19th-century church building in north Philadelphia whose congregation has shrunk to fewer than 40 members."],
    "methodist-philadelphia-church-sale-2026-08", a="Bradley Cutter", n="US church property") | dict(kicker="Christianity", slug="united-methodist-conference-votes-to-sell-historic-philadelphia-church"),
  ]))

# ---------------------------------------------------------------- 13705 Catholic News Agency (2026-08-15, Saturday)
SEEDS.append(dict(
  id="13705", name="13705_cna-world", ext="txt", source="Catholic News Agency", zone="America/Denver", render=r_cna,
  title="World",
  basis="CNA dateline stamp '{s}' (24-hour clock with an am/pm suffix, no zone printed: CNA's home zone, US Mountain = MDT in August); local {d} in {z}",
  notes="Imitates the Catholic News Agency 'World' list as a text scrape. Newest first. Each card: headline, optional 'By NAME', the CNA dateline "
        "'Place, Aug 15, 2026 / 15:40 pm' (CNA prints a 24-hour clock followed by am/pm, so '15:40 pm' is 15:40, not 3:40 a.m. or an error; "
        "'09:30 am' is 09:30), then one summary paragraph. stamp = the date-and-time part after the place name. No zone is printed: US Mountain "
        "time assumed (CNA's Denver base). Cards without 'By' have author null. The Nigeria and Lourdes cards are not about the war.",
  not_entries=["masthead 'Catholic News Agency' / 'EWTN News'", "section navigation", "page heading 'World'", "'By NAME' lines",
               "place names before each dateline (part of the stamp line, not of the stamp)", "donation box after the third card",
               "'Subscribe to our daily newsletter'", "footer links"],
  entries=[
  dict(E("2026-08-15 15:40", "On Assumption, Pope Leo entrusts Ukraine and the Holy Land to Mary",
    ["Pope Leo XIV on Saturday entrusted the peoples of Ukraine and the Holy Land to the Virgin Mary and asked Catholics to pray that leaders find the courage to stop the fighting and return prisoners of war to their families."],
    "diplomacy", "diplomacy", 2, "pope-assumption-prayer-ukraine-2026-08-15", a="Giacomo Ferretti", n="papal appeal: diplomacy, importance 2"),
    place="Vatican City"),
  dict(E("2026-08-15 13:15", "Drone strike on Lviv-region seminary kills night watchman, archbishop says",
    ["A Russian drone hit the grounds of a Greek Catholic seminary in the Lviv region before dawn on Saturday, killing the 64-year-old night watchman and setting fire to a storage building, Major Archbishop Sviatoslav Shevchuk said."],
    "strikes", "strikes", 3, "lviv-region-seminary-drone-strike-2026-08-15", a="Iryna Danylyuk", n="deadly strike: importance 3"),
    place="Lviv, Ukraine"),
  dict(E("2026-08-15 11:02", "Knights of Columbus deliver 40 generators to parishes in Kharkiv and Sumy",
    ["The Knights of Columbus said Saturday they had delivered 40 industrial generators to parishes and shelters in the Kharkiv and Sumy regions so that they can keep heating and cooking going during power cuts."],
    "aid", "aid", 2, "knights-of-columbus-generators-kharkiv-sumy-2026-08", n="humanitarian supply: aid; no byline"),
    place="New Haven, Conn."),
  dict(E("2026-08-15 09:30", "Polish bishops call for calm after drone debris falls near Lublin",
    ["The Catholic bishops of Poland appealed for calm on Saturday after fragments of what the army said was a Russian attack drone were found in a field outside Lublin, the third such incident this summer."],
    "other", "security", 2, "poland-drone-debris-lublin-2026-08-15", a="Katarzyna Zielinska", n="airspace incident in a NATO country: other/security"),
    place="Warsaw, Poland"),
  OFF("2026-08-15 07:45", "Priest abducted in Nigeria's Kaduna state, diocese says",
    ["A Catholic priest was kidnapped from his rectory in southern Kaduna state late on Friday, the Diocese of Kafanchan said, asking for prayers for his safe release."],
    "nigeria-kaduna-priest-abducted-2026-08", a="Chinedu Okoro", n="Nigeria") | dict(place="Abuja, Nigeria"),
  OFF("2026-08-15 06:10", "Twenty-five thousand pilgrims fill Lourdes for Assumption Mass",
    ["Around 25,000 pilgrims attended the Mass of the Assumption at the Marian shrine of Lourdes, the shrine's rector said, the largest crowd there since before the pandemic."],
    "lourdes-assumption-pilgrims-2026", n="French shrine") | dict(place="Lourdes, France"),
  ]))

# ---------------------------------------------------------------- 13706 Orthodox Times (2026-08-23, Sunday)
SEEDS.append(dict(
  id="13706", name="13706_orthodoxtimes-latest", ext="html", source="Orthodox Times", zone="Europe/Athens", render=r_orthodoxtimes,
  title="Latest News", header_date="Sunday, 23 August 2026",
  basis="card stamp '{s}' (dd/mm/yyyy and 24-hour clock, no zone printed: Athens time, EEST in August); local {d} in {z}",
  notes="Imitates the Orthodox Times (English) 'Latest News' list (WordPress, Newspaper-style theme). Newest first. Each card: category link, h3 headline, "
        "'By NAME' (the desk credit 'By Orthodox Times' is not a person: author null) and a date '23/08/2026 - 21:10' (day first; no zone: Athens "
        "time assumed), then one excerpt. The top bar prints the capture date. JSON-LD is a Yoast CollectionPage/WebSite graph with no times. "
        "The Odesa cathedral strike (entry 2) and the drone near Pochaiv (entry 6) are separate strikes in different regions. Two cards are not "
        "about the war.",
  not_entries=["top bar date and language links", "logo and navigation", "page heading 'Latest News'", "category links above the headlines",
               "'By ...' author lines", "'Advertisement' slot after the third card", "pagination", "footer lines"],
  entries=[
  dict(E("2026-08-23 21:10", "Ecumenical Patriarch to Ukrainians on the eve of Independence Day: a just peace must not be a peace of the graveyard",
    ["In a message to the Orthodox Church of Ukraine on the eve of the country's Independence Day, Ecumenical Patriarch Bartholomew said the world must not mistake a frozen front for peace and called for a settlement that restores prisoners, deported children and the dignity of the Ukrainian people."],
    "diplomacy", "diplomacy", 2, "bartholomew-independence-day-message-2026-08-23", n="church leader's statement on a settlement: diplomacy; desk byline, author null"),
    cat="Ecumenical Patriarchate", a=None, slug="ecumenical-patriarch-to-ukrainians-on-the-eve-of-independence-day"),
  dict(E("2026-08-23 18:35", "Metropolitan Epiphanius: Russian missile damaged Transfiguration Cathedral in Odesa again",
    ["The Primate of the Orthodox Church of Ukraine, Metropolitan Epiphanius, said a Russian missile that struck Odesa's historic center on Sunday afternoon shattered the restored windows of the Transfiguration Cathedral and injured two people in the square outside."],
    "strikes", "strikes", 2, "odesa-transfiguration-cathedral-damage-2026-08-23", n="non-deadly strike: importance 2; must not merge with the Pochaiv drone (13706-06), another strike on another day part and region"),
    cat="Churches", a=None, slug="metropolitan-epiphanius-russian-missile-damaged-transfiguration-cathedral-in-odesa-again"),
  dict(E("2026-08-23 15:20", "Moscow Patriarchate denounces Ukraine's court ruling on church law as persecution",
    ["The Department for External Church Relations of the Moscow Patriarchate described last week's ruling by Ukraine's Constitutional Court on religious organizations linked to Russia as open persecution and said it would raise the matter at the United Nations."],
    "other", "politics", 2, "moscow-patriarchate-denounces-ukraine-church-ruling-2026-08", sec=["diplomacy"], n="reaction to Ukrainian domestic church law: other/politics, secondary diplomacy"),
    cat="Patriarchates", a="Dimitris Karagiannis", slug="moscow-patriarchate-denounces-ukraines-court-ruling-on-church-law"),
  OFF("2026-08-23 12:05", "Sunday of the Gospel: reflection on the parable of the wedding feast",
    ["On the thirteenth Sunday of Matthew, the Church reads the parable of the king who prepared a wedding feast for his son and found his invited guests unwilling to come."],
    "sunday-gospel-reflection-2026-08-23", n="homily") | dict(cat="Orthodoxy", a=None, slug="sunday-of-the-gospel-reflection-on-the-parable-of-the-wedding-feast"),
  OFF("2026-08-23 09:50", "Archbishop Ieronymos visits fire-hit villages in Evia",
    ["Archbishop Ieronymos of Athens and All Greece visited villages in northern Evia that lost homes and olive groves in last week's wildfires and promised help from the Church's charity organization."],
    "ieronymos-evia-wildfire-visit-2026-08", n="Greek wildfires") | dict(cat="Churches", a="Eleni Papadaki", slug="archbishop-ieronymos-visits-fire-hit-villages-in-evia"),
  dict(E("2026-08-23 07:30", "Drone shot down near Pochaiv Lavra; monastery undamaged",
    ["Air defenses shot down a drone over fields about four kilometers from the Pochaiv Lavra in the Ternopil region early on Sunday, regional authorities said, adding that the monastery and its pilgrims' hostel were unharmed."],
    "strikes", "strikes", 2, "pochaiv-drone-shot-down-2026-08-23", n="interception, no casualties: strikes, importance 2; must not merge with the Odesa cathedral strike (13706-02)"),
    cat="Churches", a=None, slug="drone-shot-down-near-pochaiv-lavra-monastery-undamaged"),
  ]))

# ---------------------------------------------------------------- 13707 Crux (2026-09-02, Wednesday)
SEEDS.append(dict(
  id="13707", name="13707_crux-latest", ext="txt", source="Crux", zone="America/New_York", render=r_crux,
  title="Latest", captured="2026-09-02 16:10",
  basis="relative stamp '{s}' counted back from the top-bar clock 'Wednesday, September 2, 2026 4:10 pm' (no zone printed: US Eastern, EDT); local {d} in {z}",
  notes="Imitates Crux (cruxnow.com) 'Latest' river as a text scrape. Newest first. The top bar prints the capture date and clock "
        "'Wednesday, September 2, 2026 4:10 pm' (no zone: US Eastern assumed); each card shows a section label, headline, 'Name, Role  \u2022  N hours ago' "
        "(relative, counted back from that clock; exact because the site rounds to whole minutes/hours and these are whole), and an excerpt that "
        "opens with a city dateline ('ROME \u2013'), kept in first_sentence. Author = the name before the comma (role dropped). "
        "The Kherson priest's death and the Zaporizhzhia soup-kitchen feature are separate stories. Two cards are not about the war.",
  not_entries=["top-bar date and clock line (used to resolve relative stamps)", "logo 'Crux' and tagline", "navigation line", "page heading 'Latest'",
               "section labels above each headline", "byline/relative-time lines", "support appeal after the third card", "'Load More'", "footer"],
  entries=[
  dict(E("2026-09-02 15:32", "Vatican's foreign minister says Holy See ready to host technical talks on Ukraine's prisoners",
    ["ROME \u2013 Archbishop Paul Richard Gallagher, the Vatican's top diplomat for relations with states, said Wednesday the Holy See is prepared to host technical talks between Ukrainian and Russian officials on the exchange of prisoners and the return of civilians, if both sides ask for it."],
    "diplomacy", "diplomacy", 3, "vatican-offers-to-host-ukraine-prisoner-talks-2026-09-02", a="Elena Marchetti", n="ministerial-level mediation offer: importance 3"),
    sect="Vatican", byline_role="Senior Correspondent"),
  dict(E("2026-09-02 14:10", "In Zaporizhzhia, Basilian sisters keep a soup kitchen running under the drones",
    ["ZAPORIZHZHIA, Ukraine \u2013 Every morning at seven, two Basilian sisters and a dozen volunteers start cooking for the 300 or so people who come to their parish hall, most of them pensioners whose neighborhoods lie within range of Russian drones.",
     "Sister Josaphata says the line has grown by a third since the spring."],
    "other", "humanitarian", 2, "zaporizhzhia-basilian-sisters-soup-kitchen-feature", a="Mykola Hrytsenko", n="feature on civilians: other/humanitarian"),
    sect="Global Church", byline_role="Contributor"),
  dict(E("2026-09-02 12:10", "Catholic Relief Services trims Ukraine programs after loss of US grants",
    ["BALTIMORE \u2013 Catholic Relief Services will close two of its five field offices in Ukraine by the end of October after the expiry of US government grants that paid for cash assistance and shelter repairs, the agency said Wednesday."],
    "aid", "aid", 2, "crs-ukraine-programs-cut-2026-09", a="Daniel Whitcombe", n="humanitarian funding cut: aid"),
    sect="Church in the USA", byline_role="National Correspondent"),
  dict(E("2026-09-02 10:10", "Priest killed as Russian shell hits parish house in Kherson",
    ["KHERSON, Ukraine \u2013 A Roman Catholic priest was killed and a parish volunteer badly wounded on Wednesday morning when a Russian artillery shell hit the parish house next to St. Mary's church in Kherson, the diocese of Odesa-Simferopol said."],
    "strikes", "strikes", 3, "kherson-parish-house-shelling-priest-killed-2026-09-02", a="Mykola Hrytsenko", n="deadly shelling: importance 3"),
    sect="Global Church", byline_role="Contributor"),
  OFF("2026-09-02 07:10", "Pope Leo to canonize two Latin American martyrs in October",
    ["ROME \u2013 Pope Leo XIV will canonize a Salvadoran catechist and a Peruvian missionary priest, both killed for their faith in the 1980s, at a Mass in St. Peter's Square on Oct. 18, the Vatican announced."],
    "pope-leo-canonizations-october-2026", a="Elena Marchetti", n="canonizations") | dict(sect="Vatican", byline_role="Senior Correspondent"),
  OFF("2026-09-02 05:10", "Diocese of Rochester settlement plan wins final court approval",
    ["NEW YORK \u2013 A federal bankruptcy judge has given final approval to the Diocese of Rochester's plan to pay survivors of clerical abuse, ending a case that began in 2019."],
    "rochester-diocese-bankruptcy-settlement-2026-09", a="Daniel Whitcombe", n="US diocese bankruptcy") | dict(sect="Church in the USA", byline_role="National Correspondent"),
  ]))

# ---------------------------------------------------------------- 13708 EJIL:Talk! (2026-08-31, Monday)
SEEDS.append(dict(
  id="13708", name="13708_ejiltalk-atom", ext="xml", source="EJIL:Talk!", zone="UTC", render=r_ejil,
  title="EJIL: Talk!", lede="Blog of the European Journal of International Law",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="Imitates the WordPress Atom feed of EJIL:Talk! on the opening day of a blog symposium. Newest first. <published>/<updated> are in Z. "
        "Each entry: <author><name>, CDATA title, categories, a short <summary> ending in '[\u2026]' (a teaser of the content, not a separate entry), "
        "and CDATA HTML <content> whose last paragraph is WordPress's 'The post ... appeared first on EJIL: Talk!' line (chrome, not counted in "
        "body_paragraphs). The four symposium posts are separate stories (same theme, each its own argument). The announcements and vacancy "
        "posts are not about the war. The channel title is printed 'EJIL: Talk!' (with a space); the outlet is named 'EJIL:Talk!'.",
  not_entries=["feed title, subtitle, updated, links, id, generator", "<summary> teasers (shortened copies of each post's opening)",
               "'The post ... appeared first on EJIL: Talk!' footer paragraph in every <content>", "category terms", "replies links and thr:total comment counts"],
  entries=[
  OFF("2026-08-31 17:00", "Announcements: ESIL Interest Group Workshop on the Law of the Sea; Call for Papers on Climate Litigation; Summer School in Geneva",
    ["This week's announcements include a call for papers for a workshop of the ESIL Interest Group on the Law of the Sea, a symposium on climate litigation before regional courts, and applications for a summer school on international dispute settlement."],
    "ejil-announcements-2026-08-31", n="weekly announcements") | dict(slug="announcements-esil-interest-group-workshop-law-of-the-sea", cats=["Announcements and Events"]),
  dict(E("2026-08-31 15:00", "The Special Tribunal Symposium: Who May Be Tried While the Troika Holds Office?",
    ["The Statute of the Special Tribunal for the Crime of Aggression against Ukraine allows investigations of sitting heads of state, government and foreign ministers but bars trials in absentia against them while they remain in office.",
     "Hanne Sorensen argues that this compromise is defensible, but that the Statute's silence on what happens when an official leaves office and immediately takes another post will be tested early."],
    "diplomacy", "diplomacy", 2, "symposium-special-tribunal-troika-immunity", a="Hanne Sorensen", n="legal analysis of the tribunal statute (a treaty): diplomacy; same theme as 13708-03/-04, own story"),
    slug="the-special-tribunal-symposium-who-may-be-tried-while-the-troika-holds-office", cats=["Aggression", "EJIL Symposia", "Ukraine"], comments=3),
  dict(E("2026-08-31 12:30", "The Special Tribunal Symposium: Borrowing Nuremberg, Building Something Else",
    ["Comparisons with the International Military Tribunal come easily when a new court for aggression opens in The Hague.",
     "Rafael Oyelaran suggests that the more useful precedent is the Special Tribunal for Lebanon, whose hybrid design and budget troubles say more about what lies ahead."],
    "diplomacy", "diplomacy", 2, "symposium-special-tribunal-nuremberg-comparison", a="Rafael Oyelaran", n="analysis, same theme as 13708-02/-04, own story"),
    slug="the-special-tribunal-symposium-borrowing-nuremberg-building-something-else", cats=["Aggression", "EJIL Symposia", "Ukraine"], comments=1),
  dict(E("2026-08-31 09:00", "The Special Tribunal Symposium: Introduction",
    ["Six weeks after the Council of Europe's Committee of Ministers approved the first budget of the Special Tribunal for the Crime of Aggression against Ukraine, EJIL:Talk! opens a symposium on the legal questions the court will face in its first year.",
     "Over the coming days, contributors will look at immunities, the relationship with the International Criminal Court, and the tribunal's dependence on voluntary funding."],
    "diplomacy", "diplomacy", 2, "symposium-special-tribunal-introduction", a="Katrin Aldous", n="symposium introduction; own story"),
    slug="the-special-tribunal-symposium-introduction", cats=["EJIL Symposia", "Ukraine"]),
  dict(E("2026-08-31 07:15", "Striking the Grid Again: Energy Infrastructure and Proportionality in the Fifth Winter",
    ["As Russia resumes large-scale strikes on Ukraine's power plants and substations, the debate over whether an electricity grid can ever be a lawful military objective is back.",
     "Joanna Kuczynska argues that even where a substation feeds military users, the expected harm to civilians who lose heat and water in winter will usually be excessive."],
    "strikes", "strikes", 2, "analysis-energy-grid-strikes-proportionality", a="Joanna Kuczynska", n="analysis of attacks on the grid, no single event: strikes, own story"),
    slug="striking-the-grid-again-energy-infrastructure-and-proportionality", cats=["Armed Conflict", "Ukraine"], comments=7),
  OFF("2026-08-31 06:00", "Vacancy: Assistant Professor in Public International Law, University of Groningen",
    ["The Faculty of Law of the University of Groningen invites applications for a tenure-track assistant professorship in public international law, with a closing date of 30 September."],
    "vacancy-groningen-assistant-professor-2026", n="job advertisement") | dict(slug="vacancy-assistant-professor-in-public-international-law-groningen", cats=["Vacancies"]),
  ]))

# ---------------------------------------------------------------- 13709 Law360 (2026-09-15, Tuesday)
SEEDS.append(dict(
  id="13709", name="13709_law360-intltrade", ext="html", source="Law360", zone="America/New_York", render=r_law360,
  title="International Trade", lede="The latest sanctions, export control, customs and trade remedies news.",
  basis="stamp '{s}' printed inside the Law360 dateline that opens the summary (explicit EDT); local {d} in {z}",
  notes="Imitates a Law360 practice-area page (International Trade) in HTML, no JSON-LD. Newest first. Each card: title-case headline, 'By NAME' "
        "(or 'Law360 Staff' without a person: author null), a summary that opens with the dateline 'Law360 (September 15, 2026, 5:48 PM EDT) -- '; "
        "the stamp is the date-and-time inside the parentheses and the first sentence includes the whole dateline as printed. Sanctions and "
        "export blacklists are diplomacy; the criminal export case is other/security with secondary diplomacy; the approved air-defense sale "
        "to Ukraine is aid. Two cards are not about the war.",
  not_entries=["header (logo, tagline, Sign In, Subscribe, Free Trial)", "section navigation", "section heading 'International Trade', its description and 'Follow'",
               "'By NAME' / 'Law360 Staff' lines", "practice-area tags under each card", "newsletter promo after the fourth card", "footer"],
  entries=[
  dict(E("2026-09-15 17:48", "Treasury Sanctions 14 Firms Over Drone Engine Shipments To Russia",
    ["The U.S. Department of the Treasury on Tuesday sanctioned 14 companies in China, the United Arab Emirates and Kyrgyzstan that it said shipped small piston engines and navigation modules used in Russia's Geran attack drones."],
    "diplomacy", "diplomacy", 2, "treasury-sanctions-drone-engine-suppliers-2026-09-15", a="Grace Whitfield", n="sanctions: diplomacy"),
    slug="treasury-sanctions-14-firms-over-drone-engine-shipments-to-russia", tags=["International Trade", "Aerospace & Defense"]),
  dict(E("2026-09-15 16:12", "Ex-Contractor Admits Exporting Chip Testers To Russia Via Armenia",
    ["A former Massachusetts electronics contractor pleaded guilty in Boston federal court on Tuesday to exporting semiconductor testing equipment to a Russian military supplier by routing it through a shell company in Yerevan."],
    "other", "security", 2, "chip-tester-export-case-guilty-plea-2026-09-15", a="Nathan Cole", sec=["diplomacy"], n="criminal export-control case: other/security, secondary diplomacy (sanctions)"),
    slug="ex-contractor-admits-exporting-chip-testers-to-russia-via-armenia", tags=["White Collar", "International Trade"]),
  dict(E("2026-09-15 14:30", "State Dept. Clears $825M Air Defense Sale To Ukraine Funded By Allies",
    ["The State Department has approved a possible $825 million sale of air defense interceptors and radar spare parts to Ukraine, with the cost to be covered by European allies under NATO's purchase arrangement, according to a notice sent to Congress on Tuesday."],
    "aid", "aid", 3, "state-dept-air-defense-sale-ukraine-2026-09-15", a="Grace Whitfield", n="major arms sale financed by allies: importance 3"),
    slug="state-dept-clears-825m-air-defense-sale-to-ukraine-funded-by-allies", tags=["Aerospace & Defense", "Government Contracts", "International Trade"]),
  dict(E("2026-09-15 11:20", "Commerce Adds 31 Entities To Export Blacklist Over Russia Support",
    ["The Commerce Department's Bureau of Industry and Security on Tuesday added 31 entities, most of them in Turkey and Central Asia, to its Entity List for helping Russia obtain electronics and machine tools for its defense industry."],
    "diplomacy", "diplomacy", 2, "commerce-entity-list-russia-31-entities-2026-09-15", n="export blacklist (sanctions-type measure): diplomacy; no byline (Law360 Staff)"),
    slug="commerce-adds-31-entities-to-export-blacklist-over-russia-support", tags=["International Trade", "Technology"]),
  OFF("2026-09-15 10:05", "Trade Court Consolidates Tariff Refund Suits From 400 Importers",
    ["The U.S. Court of International Trade on Tuesday consolidated suits filed by some 400 importers seeking refunds of emergency tariffs, naming three lead cases to go forward while the rest are stayed."],
    "trade-court-tariff-refund-suits-2026-09", a="Nathan Cole", n="US tariff litigation") | dict(slug="trade-court-consolidates-tariff-refund-suits-from-400-importers", tags=["International Trade", "Appellate"]),
  OFF("2026-09-15 08:40", "Steelmaker Wins Antidumping Duties On Vietnamese Wire Rod",
    ["The U.S. International Trade Commission voted Tuesday to uphold antidumping duties on steel wire rod from Vietnam, finding that the imports had hurt domestic producers."],
    "itc-vietnam-wire-rod-duties-2026-09", a="Priya Raman", n="trade remedies") | dict(slug="steelmaker-wins-antidumping-duties-on-vietnamese-wire-rod", tags=["International Trade"]),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2026-09-10 (UTC), day 2 = 2026-09-11, day 3 = 2026-10-03.
BT = "bila-tserkva-missile-strike-2026-09-10"
GERIRIS = "germany-iris-t-deliveries-2026-09-10"
EUSANC = "eu-21st-sanctions-package-2026-09-10"
BALL = "analysis-ballistic-missiles-getting-through"
BALL_H = "Analysis: Why more Russian ballistic missiles are getting through"
BALL_P = ["The missile that hit Bila Tserkva this morning was one of a growing number that Ukraine's air force says it could not stop, and the reason is less a new Russian weapon than an old shortage.",
          "Only the US-made Patriot and a handful of European SAMP/T batteries can reliably intercept Iskander-M and KN-23 missiles, and each intercept can take two or three interceptors that cost several million dollars apiece.",
          "Russia has meanwhile learned to fire ballistic missiles at cities far from the few places those batteries are known to guard, forcing Kyiv to choose every night which towns to leave exposed."]

# ---------------------------------------------------------------- 13720 Ellingmoor Standard (day 1)
SEEDS.append(dict(
  id="13720", name="13720_ellingmoor-textlive", ext="txt", source="Ellingmoor Standard", zone="Europe/London", render=r_ellingmoor,
  title="Ukraine war live: Bila Tserkva missile toll rises to nine; Berlin pledges more IRIS-T",
  dateline="Thursday 10 September 2026",
  lede="A Russian ballistic missile hit an apartment block in the Kyiv region city of Bila Tserkva; Germany promises two more air-defence systems before winter.",
  basis="stamp '{s}' (UK time printed as BST = UTC+1) under the date line 'Thursday 10 September 2026'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true for those two). Each post: "
        "'6.50pm BST' line, headline, body, optional 'Reporting by NAME' line (author). 13720-04 is a 'Watch:' teaser with no body. 13720-05 is a "
        "theme piece (analysis of why ballistic missiles get through) that mentions the Bila Tserkva strike but is its own story; it is re-posted "
        "verbatim on day 2 by 13731. The Kherson minibus strike (13720-06) is a different deadly strike: must not merge with Bila Tserkva.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and date line", "standfirst/lede line", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Latest' label", "'Reporting by ...' lines (author credits, not body)", "'Advertisement' after the third post", "'Show older updates'", "footer line"],
  entries=[
  E("2026-09-10 18:50", "Bila Tserkva missile strike: death toll rises to nine",
    ["Nine people are now known to have died after a Russian ballistic missile hit a five-storey apartment block in Bila Tserkva this morning, the head of the Kyiv regional administration said.",
     "Forty-one people were injured, among them six children, and rescuers with sniffer dogs are still working through the collapsed section of the building.",
     "The regional governor said the city would hold a day of mourning on Friday."],
    "strikes", "strikes", 3, BT, a="Hugo Penhallow", kp=True, n="toll 9 dead, 41 injured; main event of day 1"),
  E("2026-09-10 17:15", "Romania scrambles jets after drone strays over Danube border",
    ["Romania's defence ministry said two F-16s were scrambled after radar tracked a drone crossing into its airspace near the town of Galati during a Russian attack on Ukraine's Danube ports.",
     "The drone left Romanian airspace after about eight minutes and nothing fell on Romanian territory, the ministry said."],
    "other", "security", 2, "romania-jets-scrambled-danube-drone-2026-09-10", a="Corinna Vale", n="airspace incident in a NATO country: other/security"),
  E("2026-09-10 16:05", "Germany to deliver two more IRIS-T systems before winter, Pistorius says",
    ["German Defence Minister Boris Pistorius said two additional IRIS-T SLM air-defence systems and several hundred missiles for them would reach Ukraine before the end of November.",
     "He told reporters in Berlin that Germany was also financing the repair of damaged Patriot launchers in Poland."],
    "aid", "aid", 3, GERIRIS, a="Corinna Vale", kp=True, n="major air-defence delivery; also told by 13723; must not merge with Sweden's package (13721-03), same aid theme, another donor and event"),
  E("2026-09-10 15:20", "Watch: Rescuers search collapsed block in Bila Tserkva", [],
    "strikes", "strikes", 1, BT, n="teaser without body (video)"),
  E("2026-09-10 14:35", BALL_H, BALL_P, "strikes", "strikes", 2, BALL, a="Hugo Penhallow", sec=["aid"],
    n="theme piece (analysis of ballistic-missile defence); mentions Bila Tserkva but is its own story; must not merge with the Bila Tserkva strike"),
  E("2026-09-10 13:10", "Kherson: two killed as drone hits minibus",
    ["Two passengers were killed and five injured when a Russian drone struck a minibus on the road out of Kherson's Dniprovskyi district, the city's military administration said.",
     "Kherson has been attacked by short-range drones almost daily since Russian forces withdrew across the Dnipro in 2022."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike-2026-09-10", n="deadly strike, single page: importance 3; must not merge with Bila Tserkva (another strike, another region)"),
  E("2026-09-10 11:45", "UK ambassador: Bila Tserkva strike hit families in their beds",
    ["Britain's ambassador to Ukraine said the morning missile strike on Bila Tserkva, which has killed at least five people, had hit families asleep in their own homes and showed why Ukraine needed more air defence.",
     "The Foreign Office is expected to summon a Russian diplomat later today."],
    "strikes", "strikes", 3, BT, sec=["diplomacy"], n="reaction whose content is the attack itself: same story as the strike; toll 5 at this point"),
  ]))

# ---------------------------------------------------------------- 13721 Oakhurrow Post (day 1)
SEEDS.append(dict(
  id="13721", name="13721_oakhurrow-ldlive", ext="html", source="Oakhurrow Post", zone="Europe/Kyiv", render=r_oakhurrow,
  title="Russia's war against Ukraine, day 1,660: missile hits Bila Tserkva apartment block",
  url="https://oakhurrowpost.example/live/2026-09-10-russia-war-day-1660",
  dateline="10 September 2026", lede="Live updates from our newsroom in Kyiv. All times are Kyiv time.",
  basis="visible '{s}' in <time datetime> (Kyiv time; the datetime attribute and the JSON-LD update datePublished carry +03:00), date line '10 September 2026'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+03:00), "
        "headline, articleBody and author. Visible stamp is a bare '08:05' inside <time datetime=...>; the page says 'All times are Kyiv time.' "
        "13721-05 repeats 13721-03 near-verbatim (Sweden's package re-posted with a trimmed lead): duplicate_of 13721-03, importance 1. The Fastiv "
        "rail-depot drone attack (13721-01) is in the same region as Bila Tserkva but is another, earlier attack: must not merge. Sweden's package "
        "(13721-03) and Germany's IRIS-T pledge (13720-03, 13723-02) share the air-defence aid theme but are different events.",
  not_entries=["cookie bar", "logo and navigation", "page title and date line", "lead line 'Live updates from our newsroom in Kyiv. All times are Kyiv time.'",
               "'Showing oldest first \u00b7 Newest first' toggle", "author lines under the headlines", "'Copy link' tools", "membership appeal after the fourth post", "footer"],
  entries=[
  E("2026-09-10 06:15", "Drones hit rail depot in Fastiv overnight, no casualties",
    ["Several Russian attack drones struck a railway depot in Fastiv, south-west of Kyiv, shortly after 3 a.m., damaging two locomotives and a maintenance shed, Ukrainian Railways said.",
     "Nobody was hurt, and trains on the Kyiv-Koziatyn line are running with delays of up to an hour."],
    "strikes", "strikes", 2, "fastiv-rail-depot-drone-attack-2026-09-10", a="Yuliia Marchenko", n="non-deadly strike in the Kyiv region; must not merge with the Bila Tserkva missile strike (same region, other attack)"),
  E("2026-09-10 08:05", "Missile strike on Bila Tserkva: at least two dead",
    ["A Russian ballistic missile hit a residential building in Bila Tserkva at about 07:40, killing at least two people and injuring 17, the Kyiv regional military administration said.",
     "Part of the five-storey building has collapsed and people are believed to be trapped under the rubble."],
    "strikes", "strikes", 3, BT, a="Yuliia Marchenko", n="first report: toll 2"),
  E("2026-09-10 09:40", "Sweden announces 4.5 billion kronor air defence package",
    ["Sweden will send Ukraine a new military aid package worth 4.5 billion kronor, most of it for short-range air defence and radar, Defence Minister P\u00e5l Jonson announced in Stockholm on Thursday.",
     "The package also includes funding for Ukrainian-made interceptor drones."],
    "aid", "aid", 3, "sweden-air-defence-package-2026-09-10", a="Andrii Bondar", n="major aid package, single page: importance 3; must not merge with Germany's IRIS-T pledge (13720-03), same theme, another event"),
  E("2026-09-10 11:20", "Bila Tserkva toll climbs to four as Zelensky asks for more Patriots",
    ["The number of people killed in this morning's missile strike on Bila Tserkva has risen to four, regional officials said, with 26 injured.",
     "President Volodymyr Zelensky said the missile could have been stopped if Ukraine had enough Patriot systems, and urged partners to deliver those already promised."],
    "strikes", "strikes", 3, BT, a="Yuliia Marchenko", sec=["aid"], n="toll 4"),
  E("2026-09-10 12:30", "Sweden announces 4.5 billion kronor air defence package",
    ["Sweden will send Ukraine a new military aid package worth 4.5 billion kronor, most of it for short-range air defence and radar, Defence Minister P\u00e5l Jonson said in Stockholm on Thursday.",
     "The package also includes funding for Ukrainian-made interceptor drones."],
    "aid", "aid", 1, "sweden-air-defence-package-2026-09-10", a="Andrii Bondar", dup="13721-03", n="near-verbatim repeat of 13721-03"),
  E("2026-09-10 14:10", "EU ambassadors agree 21st sanctions package against Russia",
    ["EU ambassadors agreed on Thursday on a 21st package of sanctions against Russia, adding 118 shadow-fleet tankers to the port ban and lowering the price cap on Russian crude, the Irish presidency said.",
     "The package still needs formal approval by ministers, expected next week."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Andrii Bondar", n="also told by 13723"),
  E("2026-09-10 16:45", "Russian troops enter eastern outskirts of Kostiantynivka, brigade officer says",
    ["Small Russian assault groups have reached the eastern outskirts of Kostiantynivka in the Donetsk region, an officer of a Ukrainian brigade defending the town told the Post.",
     "He said the groups were being destroyed but that Russian drones now covered every road into the town."],
    "other", "frontline", 2, "kostiantynivka-outskirts-2026-09-10", a="Yuliia Marchenko", n="ground fighting: other/frontline"),
  ]))

# ---------------------------------------------------------------- 13722 Salterne World Service (day 1, general world feed)
SEEDS.append(dict(
  id="13722", name="13722_salterne-worldrss", ext="xml", source="Salterne World Service", zone="UTC", render=r_rss,
  title="Salterne World Service \u2013 World", url="https://salterne.example/news", guid="sws", lede="Top world stories from the Salterne World Service.",
  basis="RSS pubDate '{s}' (explicit +0000); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0000. Only two of six items are about the war: the Bila Tserkva "
        "strike (spelled 'Belaya Tserkov', the Russian form) and Russia's claim to have downed Ukrainian drones over its own regions (attacks the other "
        "way: must not merge with Bila Tserkva). The other four are off-beat (other/unrelated). No dc:creator: author null.",
  not_entries=["channel title, link, description, language, lastBuildDate", "category elements", "guid values"],
  entries=[
  OFF("2026-09-10 19:30", "Typhoon brings record rain to southern Japan",
    ["A slow-moving typhoon dropped more than 400 millimetres of rain on parts of Kyushu in 24 hours, forcing the evacuation of around 90,000 people, Japan's weather agency said.",
     "Bullet train services between Hakata and Kagoshima were suspended."], "japan-typhoon-kyushu-2026-09-10", n="weather"),
  OFF("2026-09-10 17:05", "Chilean copper miners end three-week strike",
    ["Workers at one of Chile's largest copper mines voted to accept a new wage offer, ending a strike that had cut the country's output by about 4 percent."], "chile-copper-strike-ends-2026-09-10", n="labour/economy"),
  E("2026-09-10 15:10", "Death toll in Belaya Tserkov missile strike reaches eight",
    ["Eight people were killed when a Russian missile struck a residential building in the Ukrainian city of Belaya Tserkov, about 80 kilometres south of Kyiv, local authorities said on Thursday.",
     "Moscow said its forces had hit a military target in the city and did not comment on the civilian deaths."],
    "strikes", "strikes", 3, BT, n="toll 8; spelling 'Belaya Tserkov'"),
  OFF("2026-09-10 12:40", "WHO declares end of Marburg outbreak in Tanzania",
    ["The World Health Organization declared the end of a Marburg virus outbreak in north-western Tanzania after 42 days without a new case."], "tanzania-marburg-outbreak-over-2026-09", n="health"),
  OFF("2026-09-10 10:15", "Brazil's central bank holds interest rate steady",
    ["Brazil's central bank kept its benchmark Selic rate unchanged for a fourth consecutive meeting, citing persistent services inflation."], "brazil-selic-hold-2026-09-10", n="economy"),
  E("2026-09-10 08:20", "Russia says it shot down 41 Ukrainian drones overnight",
    ["Russia's defence ministry said air defences destroyed 41 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions and the Sea of Azov.",
     "The governor of Bryansk said a fuel depot had caught fire but that no one was hurt."],
    "strikes", "strikes", 2, "russia-downs-41-ukrainian-drones-2026-09-10", n="interceptions over Russia, no casualties; must not merge with the Bila Tserkva strike (other direction)"),
  ]))

# ---------------------------------------------------------------- 13723 Pellinghurst Review (day 1)
SEEDS.append(dict(
  id="13723", name="13723_pellinghurst-article", ext="html", source="Pellinghurst Review", zone="Europe/Berlin", render=r_pellinghurst,
  title="Deadly missile strike near Kyiv as Berlin and Brussels step up support",
  url="https://pellinghurst.example/world/ukraine-bila-zerkwa-iris-t-sanctions", published="2026-09-10 16:20",
  byline="Friederike Almstedt", kicker="War in Ukraine",
  lede="Russia's attack on Bila Zerkwa is among the deadliest on the Kyiv region this year. Germany and the EU announced new steps on the same day.",
  caption="Rescue workers at the damaged apartment building in Bila Zerkwa on Thursday morning.",
  more="All our coverage of the war in Ukraine",
  basis="no per-section stamp; the article dateline '10 September 2026, 16:20 CEST' (also JSON-LD datePublished +02:00); local {d} in {z}",
  notes="Invented outlet. HTML article with NewsArticle JSON-LD, three h2 sections: each section is one entry (headline = heading, stamp null, "
        "published = the article dateline 16:20 CEST, author = the page byline). German-style spelling 'Bila Zerkwa' for Bila Tserkva (toll 7 at this "
        "point). Section 2 (IRIS-T) is the same event as 13720-03; section 3 (sanctions) the same as 13721-06.",
  not_entries=["header brand and navigation", "kicker 'War in Ukraine'", "page title", "teaser/standfirst paragraph", "byline and dateline line",
               "figure caption", "'All our coverage of the war in Ukraine' link", "footer"],
  entries=[
  E("2026-09-10 16:20", "Seven dead in Bila Zerkwa",
    ["At least seven people were killed on Thursday morning when a Russian ballistic missile struck an apartment building in Bila Zerkwa, a city of about 200,000 people south of Kyiv.",
     "According to the regional administration, more than 30 people were injured.",
     "It was the deadliest attack on the Kyiv region since the spring."],
    "strikes", "strikes", 3, BT, a="Friederike Almstedt", n="toll 7; spelling 'Bila Zerkwa'"),
  E("2026-09-10 16:20", "Two more IRIS-T systems by November",
    ["Defence Minister Boris Pistorius announced in Berlin that Germany would deliver two further IRIS-T SLM systems to Ukraine by November, together with several hundred guided missiles.",
     "Since 2022 Germany has pledged more air-defence systems to Ukraine than any other European country."],
    "aid", "aid", 3, GERIRIS, a="Friederike Almstedt", n="same event as 13720-03"),
  E("2026-09-10 16:20", "Brussels agrees new sanctions",
    ["In Brussels, the ambassadors of the 27 member states agreed on a 21st sanctions package that targets more than a hundred tankers of Russia's shadow fleet.",
     "Hungary and Slovakia dropped their objections after receiving assurances on energy supplies."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Friederike Almstedt", n="same event as 13721-06"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-09-11)
ODESA = "odesa-port-strike-2026-09-11"
PRISON = "prisoner-exchange-146-for-146-2026-09-11"

# ---------------------------------------------------------------- 13730 Cradwick Dispatch (day 2)
SEEDS.append(dict(
  id="13730", name="13730_cradwick-atom", ext="xml", source="Cradwick Dispatch", zone="Europe/Warsaw", render=r_atomfeed,
  title="Cradwick Dispatch \u2013 Ukraine", url="https://cradwick.example", lede="Reporting on the war from Warsaw and Kyiv.",
  basis="Atom <published> '{s}' (explicit +02:00, Warsaw summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, escaped HTML content, <author> on most entries. Odesa port strike told twice "
        "(toll 1 at 08:15, 4 at 20:10). The Izmail Danube-port attack (13730-05) is in the same Odesa region but is a separate attack: must not merge "
        "with the Odesa port strike. 13730-04 continues day 1's Bila Tserkva strike with a new development (search over, toll 11, mourning): same "
        "story slug as day 1, importance 3 (also carried by 13732).",
  not_entries=["feed title, subtitle, links, id, updated", "entry ids and links"],
  entries=[
  E("2026-09-11 20:10", "Odesa port attack: fourth victim dies in hospital",
    ["A port crane operator who was badly burned in this morning's Russian strike on the port of Odesa died in hospital in the evening, bringing the number of dead to four, the regional governor said."],
    "strikes", "strikes", 3, ODESA, a="Marek Zawadzki", n="toll 4"),
  E("2026-09-11 17:45", "Polish army recovers drone wreckage near Hrubieszow",
    ["Polish soldiers recovered the wreckage of an unarmed Russian-made decoy drone in a maize field near Hrubieszow, close to the Ukrainian border, the operational command said.",
     "It is not yet clear when the drone crossed into Poland."],
    "other", "security", 2, "poland-drone-wreckage-hrubieszow-2026-09-11", a="Marek Zawadzki", n="airspace incident in a NATO country: other/security"),
  E("2026-09-11 15:30", "Ukraine and Russia swap 146 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia exchanged 146 prisoners of war each on Friday in a swap mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners said.",
     "Among the Ukrainians returned were 22 soldiers captured in 2022 during the defence of Mariupol."],
    "diplomacy", "diplomacy", 3, PRISON, a="Oksana Levchuk", n="mediated prisoner exchange; also told by 13732"),
  E("2026-09-11 13:00", "Bila Tserkva mourns 11 dead as rescuers end search",
    ["Rescue teams finished clearing the rubble of the apartment block in Bila Tserkva that was hit by a Russian missile on Thursday, and the final death toll stands at 11, the State Emergency Service said.",
     "Flags flew at half-mast across the city for a day of mourning."],
    "strikes", "strikes", 3, BT, a="Oksana Levchuk", n="day-2 continuation of the day-1 strike with a new development (search over, toll 11, mourning); same slug as day 1"),
  E("2026-09-11 10:25", "Drones hit Danube port of Izmail, grain silos on fire",
    ["Russian drones attacked the Danube port of Izmail in the Odesa region overnight, setting fire to two grain silos and damaging a customs building, regional authorities said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2026-09-11", a="Oksana Levchuk", n="same region as the Odesa port strike but a separate, non-deadly attack: must not merge"),
  E("2026-09-11 08:15", "Russian missiles strike Odesa port, one dead and grain ship damaged",
    ["Russian missiles hit the port of Odesa early on Friday, killing one dock worker and damaging a Panama-flagged bulk carrier that was loading wheat, Ukraine's navy said.",
     "Eight people were injured."],
    "strikes", "strikes", 3, ODESA, a="Marek Zawadzki", n="first report, toll 1"),
  ]))

# ---------------------------------------------------------------- 13731 Mirefield Evening Ledger (day 2)
SEEDS.append(dict(
  id="13731", name="13731_mirefield-textlive", ext="txt", source="Mirefield Evening Ledger", zone="America/New_York", render=r_mirefield,
  title="Russia-Ukraine war: Odessa port hit, Turkey's Erdogan calls Putin",
  dateline="Friday, September 11, 2026",
  lede="Follow our live coverage of the war in Ukraine. Times are Eastern.",
  basis="stamp '{s}' (EDT printed) under the date line 'Friday, September 11, 2026'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, '6:40 a.m. EDT' line before each headline, optional signature line '\u2014 NAME' after the body "
        "(author). Spelling 'Odessa'. 13731-02 re-posts day 1's analysis 13720-05 word for word (same headline and text, syndicated): a re-post of "
        "day-1 material, importance 1, duplicate_of null (duplicate_of is within one seed only), same story slug as day 1. 13731-03 is a theme piece "
        "(explainer on the grain corridor) that mentions the Odessa strike but is its own story. 13731-06 repeats 13731-04 near-verbatim "
        "(duplicate_of 13731-04). Erdogan's call is a reaction whose content is the strike itself: same story as the strike (primary diplomacy).",
  not_entries=["masthead and navigation", "page title and date line", "lede line 'Follow our live coverage ... Times are Eastern.'", "signature lines '\u2014 NAME'",
               "'ADVERTISEMENT' after the fourth post", "'Our live coverage has ended for today.'", "footer"],
  entries=[
  E("2026-09-11 06:40", "Odessa port hit as Russia targets Ukraine's grain exports",
    ["At least three people were killed when Russian missiles struck port facilities in Odessa overnight, Ukrainian officials said, in the latest attack on the infrastructure Ukraine uses to ship grain abroad.",
     "A cargo ship flagged in Panama and owned by a Turkish company was damaged while loading wheat."],
    "strikes", "strikes", 3, ODESA, a="Dana Whitlock", n="toll 3; spelling 'Odessa'"),
  E("2026-09-11 07:55", BALL_H, BALL_P, "strikes", "strikes", 1, BALL, a="Hugo Penhallow", sec=["aid"],
    n="re-post of day-1 entry 13720-05 (verbatim, syndicated from the Ellingmoor Standard): importance 1, same story slug; duplicate_of null because the original is in another seed"),
  E("2026-09-11 09:05", "Explainer: How Ukraine keeps grain moving out of Odessa under fire",
    ["Since Russia quit the Black Sea grain deal in 2023, Ukraine has run its own shipping corridor hugging the western coast, escorted by nothing but air defence and naval drones.",
     "Friday's strike on Odessa is a reminder of its weak point: ships are safest at sea and most exposed while they load in port.",
     "Exports through the corridor have still averaged more than five million tonnes a month this year."],
    "other", "humanitarian", 2, "explainer-ukraine-grain-corridor", sec=["strikes"], a="Dana Whitlock",
    n="theme piece (explainer on the grain corridor) that mentions the Odessa strike; own story, must not merge with the strike"),
  E("2026-09-11 10:20", "Turkey's Erdogan calls Putin after Odessa strike damages Turkish-owned ship",
    ["Turkish President Recep Tayyip Erdogan phoned Vladimir Putin on Friday and told him attacks on merchant ships in Ukrainian ports threatened the safety of navigation in the Black Sea, his office said.",
     "The bulk carrier damaged in Odessa belongs to an Istanbul-based company."],
    "diplomacy", "diplomacy", 3, ODESA, sec=["strikes"], n="head-of-state reaction whose subject is the strike: same story as the Odessa strike"),
  E("2026-09-11 11:45", "Senate panel advances $6 billion Ukraine security assistance bill",
    ["The Senate Foreign Relations Committee voted 15-6 to advance a bill that would authorize $6 billion in security assistance for Ukraine over two years, sending it to the full Senate.",
     "It is unclear when Majority Leader John Thune will bring it to the floor."],
    "aid", "aid", 2, "senate-committee-ukraine-security-bill-2026-09-11", a="Leon Abernathy", n="committee step in a funding debate: importance 2"),
  E("2026-09-11 13:30", "Turkey's Erdogan calls Putin after Odessa strike damages Turkish-owned ship",
    ["Turkish President Recep Tayyip Erdogan phoned Vladimir Putin on Friday and told him that attacks on merchant ships in Ukrainian ports threatened the safety of navigation in the Black Sea, his office said.",
     "The bulk carrier damaged in Odessa belongs to an Istanbul-based company."],
    "diplomacy", "diplomacy", 1, ODESA, sec=["strikes"], dup="13731-04", n="near-verbatim repeat of 13731-04"),
  E("2026-09-11 15:15", "Kremlin says no date set for next Istanbul round",
    ["Kremlin spokesman Dmitry Peskov said there was no date yet for another round of direct talks with Ukraine in Istanbul, and that Moscow wanted the results of the last round implemented first."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-istanbul-talks-2026-09-11", n="no signature: author null"),
  ]))

# ---------------------------------------------------------------- 13732 Stavenholt Herald (day 2)
SEEDS.append(dict(
  id="13732", name="13732_stavenholt-htmllive", ext="html", source="Stavenholt Herald", zone="Europe/Kyiv", render=r_stavenholt,
  title="Live: Odesa port attacked; prisoners come home in 146-for-146 swap",
  dateline="Friday, 11 September 2026", tznote="All times are Kyiv time (EEST)",
  lede="Russia struck the port of Odesa overnight. Ukraine and Russia exchanged prisoners with UAE mediation.",
  basis="bare stamp '{s}' above the headline; the page prints 'Friday, 11 September 2026 \u00b7 All times are Kyiv time (EEST)'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; a bare '19:20' span above each h2, zone given once in the page meta line. "
        "13732-03 is a 'Photos:' teaser (gallery placeholder, no text). 13732-02 continues day 1's Bila Tserkva strike (day of mourning, final toll 11): "
        "same story slug as day 1, importance 3 (also in 13730).",
  not_entries=["header and navigation", "page title", "meta line with date and 'All times are Kyiv time (EEST)'", "lead paragraph", "author lines under headlines",
               "gallery placeholder '[Photo gallery: 12 images]' in the teaser", "'Read also' box after the third entry", "'Previous day\u2019s live coverage' link", "footer"],
  entries=[
  E("2026-09-11 19:20", "Prisoner swap: 146 Ukrainian defenders come home",
    ["Buses carrying 146 freed Ukrainian servicemen crossed into the Chernihiv region on Friday afternoon after an exchange mediated by the United Arab Emirates, President Zelensky said.",
     "Russia received the same number of its soldiers. Some of the Ukrainians had been held since the spring of 2022."],
    "diplomacy", "diplomacy", 3, PRISON, a="Viktoriia Shevchuk", n="same exchange as 13730-03"),
  E("2026-09-11 16:05", "Bila Tserkva holds day of mourning; final toll 11",
    ["The city of Bila Tserkva is observing a day of mourning for the 11 people killed when a Russian missile hit an apartment block on Thursday.",
     "Rescuers said on Friday that nobody else remained under the rubble; 43 people were injured."],
    "strikes", "strikes", 3, BT, a="Viktoriia Shevchuk", n="day-2 continuation of the day-1 strike (final toll 11); same slug as day 1"),
  E("2026-09-11 13:30", "Photos: Odesa port after the night attack", [],
    "strikes", "strikes", 1, ODESA, n="teaser without body (photo gallery)"),
  E("2026-09-11 11:10", "Odesa: death toll rises to three, ship's crew among injured",
    ["Three people have now died as a result of the overnight missile attack on the port of Odesa, governor Oleh Kiper said.",
     "Four sailors from the damaged bulk carrier are among the 11 injured."],
    "strikes", "strikes", 3, ODESA, a="Roman Tkach", n="toll 3"),
  E("2026-09-11 09:00", "Zelensky signs law letting 18-to-24 volunteers extend one-year contracts",
    ["President Volodymyr Zelensky signed a law that allows volunteers aged 18 to 24, who join under special one-year contracts, to extend their service for a second year with the same bonuses."],
    "other", "politics", 2, "zelensky-signs-18-24-contract-extension-law-2026-09-11", a="Roman Tkach", n="domestic law on military service: other/politics"),
  E("2026-09-11 07:30", "Russia claims capture of village near Kupiansk",
    ["Russia's defence ministry claimed its troops had captured the village of Pishchane, south-east of Kupiansk in the Kharkiv region.",
     "Ukraine's Joint Forces Task Force said fighting for the village was continuing."],
    "other", "frontline", 2, "russia-claims-pishchane-kupiansk-2026-09-11", a="Roman Tkach", n="territorial claim: other/frontline"),
  ]))

# ---------------------------------------------------------------- 13733 Yarrowmere Tribune (day 2, general world feed)
SEEDS.append(dict(
  id="13733", name="13733_yarrowmere-worldrss", ext="xml", source="Yarrowmere Tribune", zone="Australia/Sydney", render=r_rss,
  title="Yarrowmere Tribune: World", url="https://yarrowmeretribune.example", guid="ymt", lede="World news from the Yarrowmere Tribune.",
  basis="RSS pubDate '{s}' (explicit +1000, Sydney standard time; the local date may be 12 September while the UTC date is 11 September); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed from Australia, newest first, pubDate with +1000. The three newest items carry the local date "
        "12 September but fall on 11 September in UTC (the set's day). Two of six items are about the war (the Odessa strike, spelled 'Odessa', toll 4; "
        "Australia's Bushmaster pledge); four are off-beat.",
  not_entries=["channel title, link, description, language, lastBuildDate", "category elements", "guid values"],
  entries=[
  OFF("2026-09-12 07:40", "Wallabies name unchanged side for Bledisloe decider",
    ["The Wallabies have named an unchanged starting XV for Saturday's third Bledisloe Cup test against the All Blacks in Auckland."], "wallabies-bledisloe-team-2026-09", a="Tom Garvey", n="sport") | dict(cat="Sport"),
  OFF("2026-09-12 05:15", "New Zealand announces inquiry into ferry delays",
    ["The New Zealand government has ordered an independent inquiry into years of delays in replacing the ageing Cook Strait inter-island ferries."], "nz-ferry-inquiry-2026-09", n="NZ politics"),
  E("2026-09-12 02:30", "Four dead after Russian strike on Odessa port",
    ["Four people have died after Russian missiles struck the Ukrainian port of Odessa, where a bulk carrier loading wheat was also damaged, according to Ukrainian officials.",
     "Turkey, whose company owns the ship, has protested to Moscow."],
    "strikes", "strikes", 3, ODESA, n="toll 4; spelling 'Odessa'; local date 12 September = 11 September UTC"),
  OFF("2026-09-11 23:05", "Reserve Bank governor warns on housing credit",
    ["The Reserve Bank governor said lenders were easing standards too quickly as house prices in Sydney and Brisbane reached new records."], "rba-housing-credit-warning-2026-09", a="Priya Natarajan", n="economy") | dict(cat="Business"),
  OFF("2026-09-11 19:50", "Eruption on Indonesia's Flores closes airports",
    ["An eruption of Mount Lewotobi Laki-laki on the Indonesian island of Flores sent an ash column five kilometres high, closing two regional airports."], "flores-volcano-eruption-2026-09", n="natural disaster"),
  E("2026-09-11 14:20", "Canberra adds 30 more Bushmasters to Ukraine support",
    ["Australia will send Ukraine another 30 Bushmaster protected mobility vehicles, bringing the total to 150, Defence Minister Richard Marles announced in Canberra."],
    "aid", "aid", 2, "australia-bushmasters-ukraine-2026-09-11", a="Tom Garvey", n="aid delivery, single page: importance 2"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-10-03)
MYK = "mykolaiv-missile-strike-2026-10-03"
SARATOV = "saratov-refinery-drone-attack-2026-10-03"
NORDIC = "nordic-baltic-purl-package-2026-10-03"

# ---------------------------------------------------------------- 13740 Lowenridge Times (day 3, general world feed)
SEEDS.append(dict(
  id="13740", name="13740_lowenridge-worldatom", ext="xml", source="Lowenridge Times", zone="Asia/Kolkata", render=r_atomfeed,
  title="Lowenridge Times | World", url="https://lowenridgetimes.example", lede="International news, updated through the day.",
  basis="Atom <published> '{s}' (explicit +05:30, India time); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed from India, newest first, <published> with +05:30. Two of six items are about the war (Mykolaiv "
        "strike, toll 'at least five'; the Saratov refinery fire); four are off-beat. Author only where <author> is given.",
  not_entries=["feed title, subtitle, links, id, updated", "entry ids and links"],
  entries=[
  OFF("2026-10-03 23:40", "India seal T20 series with last-ball win in Colombo",
    ["India beat Sri Lanka by two wickets off the final ball in Colombo to take an unbeatable 2-0 lead in the three-match T20 series."], "india-sri-lanka-t20-series-2026-10", a="Karan Mehrotra", n="sport"),
  E("2026-10-03 21:15", "Ukrainian drones set Saratov refinery ablaze",
    ["A fire broke out at an oil refinery in the Russian city of Saratov after a Ukrainian drone attack early on Saturday, the regional governor said, adding that firefighters had contained it by the afternoon.",
     "Ukraine's General Staff said the refinery supplied fuel to Russian forces."],
    "strikes", "strikes", 3, SARATOV, n="also told by 13741; must not merge with the Mykolaiv strike (other direction)"),
  OFF("2026-10-03 18:30", "Monsoon withdraws from Delhi after wettest season in a decade",
    ["The India Meteorological Department said the southwest monsoon had withdrawn from Delhi and most of north-west India after the region's wettest season in ten years."], "monsoon-withdrawal-delhi-2026-10", n="weather"),
  E("2026-10-03 15:55", "Missile strike on Ukraine's Mykolaiv kills at least five",
    ["At least five people were killed and more than 20 injured when Russian missiles hit a residential district of the southern Ukrainian city of Mykolaiv on Saturday morning, officials said."],
    "strikes", "strikes", 3, MYK, n="toll 5"),
  OFF("2026-10-03 12:20", "RBI keeps repo rate unchanged, lifts growth forecast",
    ["The Reserve Bank of India held its policy repo rate steady and raised its growth forecast for the fiscal year to 6.8 percent, citing strong rural demand."], "rbi-repo-rate-hold-2026-10", a="Ananya Iyer", n="economy"),
  OFF("2026-10-03 09:45", "Nepal reopens Everest region trails after landslides",
    ["Nepal reopened trekking trails in the Everest region after clearing landslides that had stranded about 1,500 tourists at Lukla for three days."], "nepal-everest-trails-reopen-2026-10", n="travel/disaster"),
  ]))

# ---------------------------------------------------------------- 13741 Thornleigh Courier (day 3)
SEEDS.append(dict(
  id="13741", name="13741_thornleigh-textlive", ext="txt", source="Thornleigh Courier", zone="Europe/Kyiv", render=r_thornleigh,
  title="War in Ukraine, live: missile attack on Mykolaiv, drones hit Saratov refinery",
  dateline="Saturday 3 October", byline="By Iryna Savchuk and Owen Trelawney",
  lede="Russian missiles hit Mykolaiv in the morning rush hour; Ukrainian drones struck an oil refinery on the Volga. Times are Kyiv time.",
  parse_args=["--date", "2026-10-03"],
  basis="bare stamp '{s}' (Kyiv time, as the lede says) under the date line 'Saturday 3 October' (no year printed; year from parse_args 2026-10-03); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; bare 'HH:MM' line before each headline; the date line 'Saturday 3 October' has no year and no "
        "year is printed anywhere, so parse_args gives --date 2026-10-03. No per-post authors: the page byline 'Iryna Savchuk and Owen Trelawney' is "
        "kept as one string for every entry. 13741-03 is a 'Video:' teaser with no body. 13741-04 repeats 13741-02 near-verbatim (duplicate_of "
        "13741-02). 13741-05 is a theme piece (analysis of Russia's strikes on the south) that mentions Mykolaiv but is its own story. 13741-07 "
        "(Zelensky on air-defence deliveries) shares the aid theme with the Nordic-Baltic package (13742-03, 13743-01) but is another event: must not merge.",
  not_entries=["masthead and navigation", "page title, date line 'Saturday 3 October' and page byline", "lede line", "subscription appeal after the third post",
               "'This live page is now closed. Coverage continues tomorrow.'", "footer"],
  entries=[
  E("2026-10-03 07:10", "Missile attack on Mykolaiv: two killed, apartment block hit",
    ["Russia fired missiles at Mykolaiv shortly before 7am, hitting a nine-storey apartment block and a bus depot in the Inhulskyi district, mayor Oleksandr Senkevych said.",
     "Two people were killed and at least nine injured."],
    "strikes", "strikes", 3, MYK, a="Iryna Savchuk and Owen Trelawney", n="first report, toll 2"),
  E("2026-10-03 08:45", "Ukrainian drones hit Saratov refinery, governor reports fire",
    ["Drones struck the oil refinery in Saratov on the Volga overnight and started a fire in one of its processing units, the regional governor said on Telegram.",
     "Ukraine's General Staff confirmed the attack and said the plant produced fuel for the Russian army."],
    "strikes", "strikes", 3, SARATOV, a="Iryna Savchuk and Owen Trelawney", n="also told by 13740; must not merge with the Mykolaiv strike"),
  E("2026-10-03 10:30", "Video: Mykolaiv residents clear debris from courtyard", [],
    "strikes", "strikes", 1, MYK, a="Iryna Savchuk and Owen Trelawney", n="teaser without body (video)"),
  E("2026-10-03 12:15", "Ukrainian drones hit Saratov refinery, governor reports fire",
    ["Drones struck the oil refinery in Saratov on the Volga overnight and started a fire in one of its processing units, the regional governor said on Telegram.",
     "Ukraine's General Staff confirmed the strike and said the plant produced fuel for the Russian army."],
    "strikes", "strikes", 1, SARATOV, a="Iryna Savchuk and Owen Trelawney", dup="13741-02", n="near-verbatim repeat of 13741-02"),
  E("2026-10-03 14:00", "Analysis: Why Russia has turned its missiles on the south",
    ["Today's attack on Mykolaiv fits a pattern that has been building since late summer: fewer strikes on Kyiv and more on Odesa, Mykolaiv and Kherson, the three cities that keep Ukraine's sea trade and southern front supplied.",
     "Military analysts say Moscow is trying to stretch Ukraine's air defence along a coast that is hard to cover, while pressing its case that the Black Sea ports are military targets."],
    "strikes", "strikes", 2, "analysis-russian-strikes-southern-ukraine", a="Iryna Savchuk and Owen Trelawney",
    n="theme piece (analysis of a strike pattern) that mentions the Mykolaiv attack; own story, must not merge with it"),
  E("2026-10-03 16:20", "Mykolaiv toll rises to six, including a child",
    ["The number of people killed in this morning's missile attack on Mykolaiv has risen to six, among them a 12-year-old girl, the regional governor said.",
     "Thirty-one people are being treated in hospital."],
    "strikes", "strikes", 3, MYK, a="Iryna Savchuk and Owen Trelawney", n="toll 6"),
  E("2026-10-03 18:40", "Zelensky says new air defence deliveries expected within weeks",
    ["In his evening address, President Zelensky said Ukraine expected new deliveries of air-defence systems from partners \"within weeks\" and thanked the Nordic and Baltic governments for their latest contribution.",
     "He did not say which systems were coming."],
    "aid", "aid", 2, "zelensky-air-defence-deliveries-expected-2026-10-03", a="Iryna Savchuk and Owen Trelawney",
    n="appeal/expectation, not the package itself: must not merge with the Nordic-Baltic package (same aid theme, another event)"),
  ]))

# ---------------------------------------------------------------- 13742 Merriwell Journal (day 3)
SEEDS.append(dict(
  id="13742", name="13742_merriwell-htmllive", ext="html", source="Merriwell Journal", zone="America/Toronto", render=r_merriwell,
  title="Ukraine live: Mykolayiv strike kills six; Nordic and Baltic states fund new US weapons package",
  url="https://merriwelljournal.example/live/ukraine-2026-10-03",
  dateline="Saturday, October 3, 2026 \u00b7 Times are Eastern",
  lede="Our live coverage of the war in Ukraine and Canada's response.",
  basis="visible '{s}' in <time datetime> (Eastern time, printed once in the date line 'Saturday, October 3, 2026 \u00b7 Times are Eastern'; the datetime attribute and the JSON-LD update datePublished carry -04:00); local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. JSON-LD is an @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and a "
        "liveBlogUpdate array (headline, datePublished with -04:00, url, author; no articleBody). Visible stamps are '6:20 a.m.' in <time> with no zone; "
        "the date line says 'Times are Eastern'. Spelling 'Mykolayiv'. Canada's interceptor-drone funding (13742-02) and the Nordic-Baltic package "
        "(13742-03) are the same aid theme but different events: must not merge.",
  not_entries=["header and navigation", "page title", "date line with 'Times are Eastern'", "dek line", "'By NAME' lines", "newsletter box after the second update", "footer"],
  entries=[
  E("2026-10-03 06:20", "Russian missile strike kills five in Mykolayiv",
    ["Five people were killed when Russian missiles slammed into an apartment building and a bus depot in the southern Ukrainian city of Mykolayiv on Saturday morning, local officials said.",
     "Mayor Oleksandr Senkevych said several people were still missing."],
    "strikes", "strikes", 3, MYK, a="Claire Beaudoin", n="toll 5; spelling 'Mykolayiv'"),
  E("2026-10-03 07:45", "Ottawa to fund interceptor drones for Ukraine",
    ["Canada will spend $180 million to buy Ukrainian-made interceptor drones for Ukraine's air force, Defence Minister David McGuinty announced.",
     "The drones are designed to chase down Russian Shahed-type attack drones at a fraction of the cost of a missile."],
    "aid", "aid", 2, "canada-interceptor-drones-ukraine-2026-10-03", a="Sanjay Dhillon", n="single-page aid announcement: importance 2; must not merge with the Nordic-Baltic package (same theme, another event)"),
  E("2026-10-03 09:10", "Nordic and Baltic states fund new US weapons package for Kyiv",
    ["Eight Nordic and Baltic countries said they would jointly pay for a $500 million package of US weapons for Ukraine, including Patriot interceptors, under NATO's arrangement for buying American arms for Kyiv.",
     "It is the group's third such package this year."],
    "aid", "aid", 3, NORDIC, a="Sanjay Dhillon", n="also told by 13743"),
  E("2026-10-03 10:35", "Kremlin rejects European ceasefire monitoring idea",
    ["The Kremlin on Saturday rejected a proposal by several European governments to send unarmed monitors to watch over a future ceasefire line, calling it a disguised deployment of NATO troops."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-ceasefire-monitors-2026-10-03", n="no byline: author null"),
  E("2026-10-03 12:00", "Mykolayiv toll rises to six, 14 buildings damaged",
    ["The death toll from the morning strike on Mykolayiv has risen to six, the city's mayor said, with 31 people injured and 14 buildings damaged, including a school.",
     "City authorities opened a temporary shelter for families who lost their homes."],
    "strikes", "strikes", 3, MYK, a="Claire Beaudoin", n="toll 6"),
  E("2026-10-03 13:40", "Ukraine says troops regained positions near Siversk",
    ["Ukrainian forces pushed Russian troops out of positions on the approaches to Siversk in the Donetsk region after two days of fighting, the army's eastern command said."],
    "other", "frontline", 2, "siversk-positions-regained-2026-10-03", a="Sanjay Dhillon", n="ground fighting: other/frontline"),
  ]))

# ---------------------------------------------------------------- 13743 Fennimore Wire (day 3)
SEEDS.append(dict(
  id="13743", name="13743_fennimore-rss", ext="xml", source="Fennimore Wire", zone="Europe/Helsinki", render=r_rss,
  title="Fennimore Wire \u2013 Ukraine and the Baltic", url="https://fennimorewire.example", guid="fw",
  lede="News agency reports on the war in Ukraine and security around the Baltic Sea.",
  basis="RSS pubDate '{s}' (explicit +0300, Helsinki summer time); local {d} in {z}",
  notes="Invented outlet. News-agency RSS 2.0 feed, newest first, pubDate with +0300, dc:creator on every item, full text in CDATA. Mykolaiv strike told "
        "twice (toll 2 in the morning; the Russian defence ministry's claim in the evening, spelled 'Nikolaev'): the ministry's claim is about the same "
        "attack, so same story. The Ochakiv shelling (13743-03) is in the same Mykolaiv region but a separate attack: must not merge.",
  not_entries=["channel title, link, description, language, lastBuildDate", "category elements", "guid values"],
  entries=[
  E("2026-10-03 21:30", "Nordic-Baltic eight to pay for $500 million in US arms for Ukraine",
    ["Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden will jointly finance a new $500 million package of American weapons for Ukraine, Finland's defence ministry said on Saturday.",
     "Finland's share is about 70 million dollars."],
    "aid", "aid", 3, NORDIC, a="Aino Koskela", n="same package as 13742-03"),
  E("2026-10-03 19:10", "Moscow says it hit military-industrial targets in Nikolaev",
    ["Russia's defence ministry said its forces had carried out a strike with precision weapons on enterprises of Ukraine's military-industrial complex in Nikolaev, without mentioning casualties.",
     "Ukrainian officials say six civilians were killed in the morning attack on the city."],
    "strikes", "strikes", 3, MYK, a="Juha Lehtinen", n="Russian claim about the same attack: same story; spelling 'Nikolaev'"),
  E("2026-10-03 16:45", "Ochakiv shelled, one woman injured",
    ["Russian artillery shelled the port town of Ochakiv in the Mykolaiv region in the afternoon, injuring a 57-year-old woman and damaging several houses, the regional administration said."],
    "strikes", "strikes", 2, "ochakiv-shelling-2026-10-03", a="Juha Lehtinen", n="same region as Mykolaiv, separate non-deadly attack: must not merge with the Mykolaiv strike"),
  E("2026-10-03 13:20", "Finland says Russian helicopter violated its airspace",
    ["A Russian military helicopter is suspected of having entered Finnish airspace for about two minutes near Porvoo on Saturday morning, the Finnish border guard said.",
     "The foreign ministry will summon Russia's charge d'affaires."],
    "other", "security", 2, "finland-airspace-violation-porvoo-2026-10-03", a="Aino Koskela", sec=["diplomacy"], n="airspace incident with a non-party: other/security"),
  E("2026-10-03 10:05", "Missile strike on Mykolaiv kills two",
    ["Two people were killed and nine wounded when Russian missiles struck a residential area of Mykolaiv in southern Ukraine on Saturday morning, the city's mayor said."],
    "strikes", "strikes", 3, MYK, a="Juha Lehtinen", n="first report, toll 2"),
  E("2026-10-03 08:00", "Estonian court jails man for spying for Russia",
    ["A court in Tallinn sentenced a 44-year-old man to eight years in prison for passing photographs of military sites and railway junctions to Russian intelligence."],
    "other", "security", 2, "estonia-spy-sentenced-2026-10-03", a="Aino Koskela", n="espionage case: other/security"),
  ]))

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/dm seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates,
from memory, the page layouts of ten real outlets; Part B outlets are invented. The 2026 events are invented.
Deterministic. Run from the project root:  python3 eval/dm/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u20ac]|$)', par):
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


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_wtop(S):
    """WTOP (Washington) World News section, text scrape. Header with weather and the capture clock
    'Sunday, August 16, 2026 5:40 PM' (no zone: Eastern). Cards: headline, credit line (wire or 'Name | email@wtop.com'),
    relative time ('38 minutes ago', '2 hours ago'), summary."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "", "WTOP News", "Listen Live", "103.5 FM  |  107.7 FM  |  WTOP App  |  Alexa", "",
         "Washington, DC", "84°  Partly Cloudy", f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, space=' ', upper=True)}",
         "Traffic and Weather on the 8s", "",
         "Local   National   World   Politics   Business   Sports   Entertainment   Podcasts   Living   Contests", "",
         "Home » World News", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get breaking news and daily headlines delivered to your email inbox by signing up here.", ""]
    L += ["Load More", "", "Listen now to WTOP News WTOP.com | Alexa | Google Home | WTOP App | 103.5 FM", "",
          "Contact WTOP", "Send WTOP a news tip", "", "© 2026 WTOP. All Rights Reserved. This website is not intended for users located within the European Economic Area."]
    return "\n".join(L) + "\n", stamps


def r_kpbs(S):
    """KPBS (NPR member station, Grove CMS) 'what to know' article, HTML with NewsArticle JSON-LD. Byline, 'Published
    August 22, 2026 at 11:20 AM PDT', audio player, h2 sections; no per-section time; 'Copyright 2026 NPR' tag."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "KPBS Public Media", "logo": {"@type": "ImageObject", "url": "https://www.kpbs.org/logo.png"}},
          "articleSection": "National & World"}
    pl = f"Published {MONTHS[d0.month - 1]} {d0.day}, {d0.year} at {ampm(d0, space=' ', upper=True)} PDT"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | KPBS Public Media</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="Page-header"><a class="Page-header-logo" href="/">KPBS Public Media</a>'
           '<a class="Page-header-live" href="/radio">Listen Live</a> <a class="Page-header-live" href="/tv">Watch Live</a> '
           '<a class="Page-header-donate" href="/donate">Donate</a>'
           '<nav><a href="/news">News</a> <a href="/news/local">Local</a> <a href="/news/border-immigration">Border &amp; Immigration</a> '
           '<a href="/news/arts-culture">Arts &amp; Culture</a> <a href="/tv">TV</a> <a href="/radio">Radio</a> <a href="/events">Events</a></nav></header>',
           '<main><article class="ArticlePage">', '<div class="ArticlePage-breadcrumbs"><a href="/news/national-world">National &amp; World</a></div>',
           f'<h1 class="ArticlePage-headline">{esc(S["title"])}</h1>',
           f'<div class="ArticlePage-authorBy">By <a href="/people/{slug(S["byline"])}">{esc(S["byline"])}</a> / NPR</div>',
           f'<div class="ArticlePage-datePublished">{pl}</div>',
           '<div class="AudioEnhancement"><button>Listen</button> <span>• 4:02</span></div>',
           '<div class="ActionBar"><a>Facebook</a> <a>Twitter</a> <a>LinkedIn</a> <a>Email</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="Enhancement"><p>Stay ahead of the news. Sign up for the KPBS Evening Edition newsletter.</p><button>Subscribe</button></div>')
    out += ['<p class="rte-copyright">Copyright 2026 NPR</p>', '</article>',
            '<aside class="Donate"><p>You come to KPBS for news you can trust. Support independent journalism today.</p><a href="/donate">Donate</a></aside>',
            '<section class="Related"><h3>Related Content</h3><a href="/news/local/2026/08/20/ukrainian-refugees-san-diego">Ukrainian families in San Diego mark four years of resettlement</a></section>',
            '</main><footer>© 2026 KPBS Public Media <a href="/privacy">Privacy Policy</a> <a href="/fcc">FCC Public File</a> <a href="/contact">Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_opb(S):
    """OPB (Oregon Public Broadcasting, Arc XP) section RSS 2.0: pubDate in +0000, dc:creator, description = lead,
    content:encoded with the full text, media:content image."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{attr(S["feed"])}" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<language>en</language>', '<category>News</category>', '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.opb.org/article/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'])}/"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<dc:creator><![CDATA[{e["a"] or "OPB"}]]></dc:creator>', f'<description><![CDATA[{e["p"][0]}]]></description>',
                f'<pubDate>{st}</pubDate>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<media:content url="https://opb-opb-prod.cdn.arcpublishing.com/resizer/{0x3a9f + i * 7:x}/photo.jpg" type="image/jpeg" medium="image"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_kare(S):
    """KARE 11 (TEGNA) live-updates article, text scrape: 'Author: Associated Press', 'Published: 6:41 AM CDT September 3, 2026',
    'Updated: ...'; oldest first; each update a bare '6:41 a.m.' line, then a headline line and body."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["entries"][0]["t"], z); upd = dt(S["entries"][-1]["t"], z)
    L = ["Skip Navigation", "", "KARE11", "Minneapolis-St. Paul, MN", "71°", "Weather", "",
         "News   Weather   Sports   Entertainment   KARE 11 Saturday   Breaking the News   VERIFY   Watch Live", "",
         "NATION WORLD", "", S["title"], "", S["lede"], "",
         f"Author: {S['byline']}", f"Published: {ampm(pub, space=' ', upper=True)} CDT {MONTHS[pub.month - 1]} {pub.day}, {pub.year}",
         f"Updated: {ampm(upd, space=' ', upper=True)} CDT {MONTHS[upd.month - 1]} {upd.day}, {upd.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Related Articles", "Minnesota Ukrainians gather for vigil at State Capitol", "What to know about the latest U.S. aid decisions", ""]
    L += ["Download the KARE 11+ app to watch KARE 11 News, KARE 11 Saturday and more on your TV.", "",
          "Watch more from KARE 11 News on our YouTube channel.", "", "Before You Leave, Check This Out", ""]
    return "\n".join(L) + "\n", stamps


def r_wbal(S):
    """WBAL-TV 11 (Hearst Television) 'National & World' listing, HTML, no JSON-LD. Cards: headline, summary, credit,
    then 'Updated: 4:12 PM EDT Sep 9, 2026'."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - WBAL-TV 11 Baltimore</title>',
           '<meta property="og:site_name" content="WBAL">', '</head><body>',
           '<header class="header"><a class="header-logo" href="/">WBAL-TV 11 Baltimore</a>'
           '<div class="header-weather"><span>Baltimore, MD</span> <span class="temp">79°</span></div>'
           '<nav><a href="/local-news">News</a> <a href="/weather">Weather</a> <a href="/sports">Sports</a> <a href="/i-team">11 News I-Team</a> '
           '<a href="/watch">Watch</a> <a href="/community">Community</a> <a href="/contests">Contests</a></nav>'
           '<a class="header-live" href="/live">LIVE</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Updated: {ampm(d, space=' ', upper=True)} EDT {SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<div class="feed-item"><h2 class="feed-item-title"><a href="/article/{slug(e["h"])}/{83900211 + i * 37}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="feed-item-dek">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="byline">{esc(e["byline"])}</div><div class="content-info-date">{st}</div></div>')
        if i == 2:
            out.append('<div class="ad-container">Advertisement</div>')
    out += ['</div><button class="load-more">Load more</button></main>',
            '<aside><h3>Trending Now</h3><a href="/article/baltimore-key-bridge-rebuild/">Key Bridge rebuild reaches new milestone</a></aside>',
            '<footer>WBAL-TV 11 Baltimore <a>Privacy Notice</a> <a>Terms of Use</a> <a>FCC Public File</a> <a>EEO Report</a> '
            '<p>Hearst Television participates in various affiliate marketing programs.</p><p>©2026 Hearst Television Inc. on behalf of WBAL-TV.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_polskie(S):
    """Polskie Radio English Section, text scrape of the news list: '14.09.2026 09:45' line (Polish time, no zone)
    BEFORE each headline, then the lead."""
    z = S["zone"]; order_check(S, True)
    L = ["Polskie Radio", "English Section", "", "Polski  English  Deutsch  Русский  Українська  Беларуская", "",
         "News   Politics   Business   Society   Culture   Sport   History   Podcasts", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d}.{d.month:02d}.{d.year} {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["More", ""]
        if i == 3:
            L += ["Listen to our English-language podcasts", "Poland in English · Radio Poland news bulletins", ""]
    L += ["Next page", "", "Polskie Radio S.A.", "Contact · Terms · Privacy policy · Cookies", "© Copyright by Polskie Radio S.A."]
    return "\n".join(L) + "\n", stamps


def r_azertac(S):
    """AZERTAC (Azerbaijan State News Agency) English 'World' listing, HTML, no JSON-LD. '19 September 2026 [22:10]'
    above each headline (Baku time, no zone printed), lead paragraph."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - AZERTAC</title></head><body>',
           '<div class="top-bar"><span>Baku</span> <span class="lang">AZ EN RU DE FR ES AR ZH</span></div>',
           '<header><a class="logo" href="/en">AZERTAC</a> <span class="slogan">Azerbaijan State News Agency</span>'
           '<nav><a>Politics</a> <a>Economy</a> <a>Society</a> <a>Culture</a> <a>Sports</a> <a>Karabakh</a> <a>World</a> <a>Interview</a></nav></header>',
           f'<main><h1 class="category-title">{esc(S["title"])}</h1>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} [{d:%H:%M}]"; stamps.append(st)
        out.append(f'<div class="news-item"><span class="news-date">{st}</span>'
                   f'<h3><a href="/en/contents/{212000 + i * 13}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="news-lead">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="banner">AZERTAC mobile app: download now</div>')
    out += ['</div><div class="pagination"><a>1</a> <a>2</a> <a>3</a> <a>Next</a></div></main>',
            '<footer><p>© AZERTAC. All rights reserved. When using materials, a hyperlink to AZERTAC is obligatory.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_1tv(S):
    """1TV.ge (Georgian Public Broadcaster, WordPress) Atom 1.0 feed: <published> in UTC with Z, <author><name>,
    summary and content as escaped HTML."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           f'<title type="text">{esc(S["title"])}</title>', f'<subtitle type="text">{esc(S["lede"])}</subtitle>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<link rel="alternate" type="text/html" href="{S["url"]}"/>',
           f'<id>{S["url"]}feed/atom/</id>', f'<link rel="self" type="application/atom+xml" href="{S["url"]}feed/atom/"/>',
           '<generator uri="https://wordpress.org/" version="6.8">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}news/{slug(e['h'])}/"
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{link}"/>', f'<id>{S["url"]}?p={480100 + i * 11}</id>',
                f'<updated>{st}</updated>', f'<published>{st}</published>',
                f'<category scheme="{S["url"]}" term="{e.get("cat", "News")}"/>',
                '<summary type="html"><![CDATA[' + e["p"][0] + ']]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_meta(S):
    """Meta.mk (WordPress) English 'Latest' listing, HTML with a Yoast-style @graph (CollectionPage, BreadcrumbList,
    WebSite, Organization): one date header 'Friday, 2 October 2026', bare '20:15' above each headline."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Meta.mk", "isPartOf": {"@id": "https://meta.mk/en/#website"},
         "breadcrumb": {"@id": S["url"] + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://meta.mk/en/"}, {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": "https://meta.mk/en/#website", "url": "https://meta.mk/en/", "name": "Meta.mk", "publisher": {"@id": "https://meta.mk/en/#organization"}},
        {"@type": "Organization", "@id": "https://meta.mk/en/#organization", "name": "Meta.mk", "url": "https://meta.mk/en/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Meta.mk</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/en/">META.MK</a> <span class="tagline">News agency</span>'
           '<div class="lang"><a>МК</a> <a>SQ</a> <a>EN</a></div>'
           '<nav><a>News</a> <a>Politics</a> <a>Economy</a> <a>Region</a> <a>World</a> <a>Society</a> <a>Fact-checking</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>',
           f'<h2 class="day-header">{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}</h2>', '<div class="posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post"><span class="post-time">{st}</span><h3 class="entry-title"><a href="/en/{slug(e["h"])}/">{esc(e["h"])}</a></h3>')
        out += [f'<p class="excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<div class="widget-support">Meta.mk is supported by readers like you. <a>Support us</a></div>')
    out += ['</div><a class="next" href="/en/latest/page/2/">Older posts</a></main>',
            '<footer><p>Meta.mk · Impressum · Privacy policy · Contact</p><p>The content may be republished with a link to the source.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b92(S):
    """B92 (Serbia) English 'World' listing, text scrape: headline, 'Source: Tanjug' line, 'Thursday, October 8, 2026 | 21:05'
    (Belgrade time, no zone), lead, comment count."""
    z = S["zone"]; order_check(S, True)
    L = ["B92", "English", "", "News   Politics   Region   Society   Business   World   Sport   Comments", "",
         "Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} | {d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"Source: {e['byline']}", st, ""] + ptxt(e["p"]) + [f"Comments ({e.get('cc', 0)})", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Older news", "", "Most read", "Belgrade metro: tunnel boring to start next spring", "", "B92.net · Impressum · Marketing · Terms of use",
          "Copyright © 2026 B92"]
    return "\n".join(L) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_quill(S):
    """text live, newest first; 'Key Points' bullets; headline line, then 'Name · 20:35 BST' line, then body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  |  UK  |  World  |  Business  |  Opinion  |  Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], f"{e['a']} · {st}", ""] + ptxt(e["p"])
        if i == 4:
            L += ["Get our Ukraine briefing in your inbox every evening. Sign up", ""]
    L += ["Show older posts", "", f"© {S['source']} · Terms · Privacy · Accessibility"]
    return "\n".join(L) + "\n", stamps


def r_eastbank(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished; visible '10:05' in
    <time datetime>; author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{301 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a> <span class="city">Kyiv</span><nav><a>War</a> <a>Politics</a> <a>Economy</a> '
           '<a>Regions</a> <a>Opinion</a> <a>Donate</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{301 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-share"><a>Copy link</a> <a>Telegram</a> <a>X</a></div></section>')
        if i == 3:
            out.append('<aside class="promo"><p>Independent journalism from Kyiv depends on you. Become a member.</p></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} · About us · Editorial policy · Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{slug(e["h"])}"/>', f'<id>tag:{S["url"].split("//")[1]},2026:{7301 + i}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first: pubDate with the outlet's offset (S['rfc'] = 'GMT' or 'num'), CDATA paragraphs;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<ttl>{S.get("ttl", 15)}</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/story/{slug(e["h"])}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 4410}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_halvern(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone."""
    L = [S["source"].upper(), "Politics  ·  Europe  ·  World  ·  Economy  ·  Culture", "", S["kicker"], S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Share  ·  Print  ·  Gift this article", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Also read: What the shadow-fleet listings change for Baltic ports", ""]
    L += ["Subscribe to the Halvern Review from €9.90 a month.", "", f"© {S['source']} · Imprint · Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kestrelby(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' span above the h2, page note 'All times CEST', author line."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="cmp">This site uses cookies to measure traffic. <button>Agree</button> <button>Manage</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} · {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="lv-item"><span class="lv-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="lv-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 9 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Read more</h3><a href="/ukraine/kremenchuk-what-we-know">Kremenchuk strike: what we know</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-14-10">Wednesday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} · Editorial team · Advertising · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_marrowfield(S):
    """text live, oldest first; '6:10 a.m. ET' line before each headline; dateline with year; page byline, optional credit line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  ·  Nation  ·  World  ·  Sports  ·  Opinion  ·  Obituaries", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"]]
        if e.get("credit"):
            L += [e["credit"]]
        L += [""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended.", "", f"{S['source']} · Terms of Use · Privacy Policy · Contact"]
    return "\n".join(L) + "\n", stamps


def r_ravensmoor(S):
    """text live, oldest first; date line with weekday and day, no year anywhere; bare '07:20' line; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  ·  Ukraine  ·  Europe  ·  Analysis  ·  Podcasts", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Our reporters are in Lviv and Kharkiv. Support our coverage.", ""]
    L += ["We will be back tomorrow morning.", "", f"{S['source']} · Who we are · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_skerrydale(S):
    """HTML live, newest first; JSON-LD @graph with a LiveBlogPosting whose liveBlogUpdate array carries the PAGE's datePublished
    on every update (no per-update time); visible '20.10' in <time datetime>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#e{51 + i}", "headline": e["h"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": base + "/#website", "name": S["source"], "url": base + "/"},
        {"@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "isPartOf": {"@id": base + "/#website"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>Sweden</a> <a>Nordics</a> <a>World</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<div class="live-item"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Read the Skerrydale Journal free for a month</div>')
    out += ['</main>', f'<footer>{S["source"]} · Contact the newsroom · Privacy · Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented events)
SEEDS = []

# ---------------------------------------------------------------- 11800 WTOP
SEEDS.append(dict(
  id="11800", name="11800_wtop-worldnews", ext="txt", source="WTOP", zone="America/New_York", render=r_wtop,
  title="World News", ref="2026-08-16 17:40",
  basis="relative stamp '{s}' counted back from the header clock 'Sunday, August 16, 2026 5:40 PM' (no zone printed; WTOP is in Washington, Eastern time, EDT); local {d} in {z}",
  notes="Imitates WTOP's World News section front as copied from the browser. Header: station name, frequencies, weather ('84° Partly Cloudy'), the capture clock 'Sunday, August 16, 2026 5:40 PM' (no zone; Washington = EDT), 'Traffic and Weather on the 8s', menu, breadcrumb. Cards, newest first: headline, credit line, RELATIVE time ('38 minutes ago', '2 hours ago'), one summary paragraph. Every time is counted back from the header clock (as precise as the page allows). Credits: 'The Associated Press' (agency -> author 'The Associated Press'); a staff credit 'Dana Whitlock | dwhitlock@wtop.com' gives the name without the e-mail. Two off-beat wire items (Spain wildfire, Nepal landslides).",
  not_entries=["'Skip to main content'", "station name, 'Listen Live', frequency line", "weather widget 'Washington, DC' / '84°  Partly Cloudy'",
               "header clock 'Sunday, August 16, 2026 5:40 PM' (capture time, anchor for the relative stamps)", "'Traffic and Weather on the 8s'",
               "navigation menu", "breadcrumb 'Home » World News'", "section heading 'World News' (page title)",
               "newsletter line 'Get breaking news and daily headlines ...'", "'Load More'", "'Listen now to WTOP News ...' promo",
               "'Contact WTOP' / 'Send WTOP a news tip'", "copyright and EEA notice"],
  entries=[
  B(E("2026-08-16 17:02", "Zelenskyy says Ukraine needs more air defense before winter",
    ["Ukrainian President Volodymyr Zelenskyy said Sunday that his country must secure additional air-defense systems before the heating season begins, warning that Russia is stockpiling missiles for another campaign against the power grid."],
    "aid", "aid", 2, "zelenskyy-winter-air-defense-appeal-2026-08-16", a="The Associated Press"), "The Associated Press"),
  B(E("2026-08-16 15:40", "Russian glide bombs kill 3 in Zaporizhzhia suburb",
    ["Russian aircraft dropped guided bombs on a suburb of Zaporizhzhia on Sunday afternoon, killing three people and damaging a kindergarten and several apartment buildings, regional Gov. Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-suburb-glide-bombs-2026-08-16", a="The Associated Press"), "The Associated Press"),
  B(OFF("2026-08-16 14:40", "Wildfire forces thousands to flee villages in southern Spain",
    ["Firefighters backed by water-dropping planes battled a fast-moving wildfire in Spain's Andalusia region on Sunday, as authorities ordered several villages evacuated amid temperatures above 40 degrees Celsius."],
    "andalusia-wildfire-2026-08-16", a="The Associated Press", n="Spanish wildfire"), "The Associated Press"),
  B(E("2026-08-16 12:40", "Fairfax family opens its home to Ukrainian teens for the summer",
    ["A Fairfax County family has spent the summer hosting two teenagers from Kharkiv through a church-run program that gives children from front-line cities a few weeks away from air-raid sirens.",
     "The teens fly home next week, in time for the start of the school year."],
    "other", "humanitarian", 2, "fairfax-family-hosts-ukrainian-teens-2026-08", a="Dana Whitlock", n="local tie-in; invented"), "Dana Whitlock | dwhitlock@wtop.com"),
  B(E("2026-08-16 11:40", "Russia says its forces captured 2 villages in Donetsk region",
    ["Russia's Defense Ministry said Sunday that its troops had taken two villages in the Donetsk region, claims that Ukrainian officials did not immediately address and that could not be independently verified."],
    "other", "frontline", 2, "russia-claims-two-donetsk-villages-2026-08-16", a="The Associated Press"), "The Associated Press"),
  B(OFF("2026-08-16 10:40", "Monsoon landslides cut off mountain villages in Nepal",
    ["Landslides triggered by days of heavy monsoon rain blocked highways and cut off dozens of villages in western Nepal, officials said Sunday, as rescuers searched for at least nine missing people."],
    "nepal-monsoon-landslides-2026-08-16", a="The Associated Press", n="Nepal landslides"), "The Associated Press"),
  B(E("2026-08-16 09:40", "Drones set fuel depot ablaze in Russia's Bryansk region, governor says",
    ["A Ukrainian drone attack overnight set fire to a fuel storage site in Russia's Bryansk region, the regional governor said Sunday, adding that no one was hurt."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-attack-2026-08-16", a="The Associated Press"), "The Associated Press"),
  ]))

# ---------------------------------------------------------------- 11801 KPBS
SEEDS.append(dict(
  id="11801", name="11801_kpbs-whattoknow", ext="html", source="KPBS", zone="America/Los_Angeles", render=r_kpbs,
  title="Russian strikes kill 4 near Kyiv as ceasefire talks stall: What to know",
  url="https://www.kpbs.org/news/national/2026/08/22/russian-strikes-kill-4-near-kyiv-as-ceasefire-talks-stall-what-to-know",
  dateline_t="2026-08-22 11:20", byline="Oksana Rymar",
  caption="Firefighters work at a house damaged in an overnight drone attack in Bucha, outside Kyiv, on Saturday.",
  lede="Here is a look at the main developments in Russia's war in Ukraine on Saturday.",
  basis="no per-section time: the article line 'Published August 22, 2026 at 11:20 AM PDT' (and the NewsArticle JSON-LD) dates every section; local {d} in {z}",
  notes="Imitates an NPR story as republished on KPBS (Grove CMS): breadcrumb 'National & World', h1, 'By Oksana Rymar / NPR', 'Published August 22, 2026 at 11:20 AM PDT', audio player, share bar, photo caption, one-line lede, then five h2 sections, each one entry (headline = section heading, stamp null, published = the article time, author = the page byline). NewsArticle JSON-LD with the same time. 'Copyright 2026 NPR' closes the story. 11:20 PDT = 18:20 UTC.",
  not_entries=["header (logo, Listen Live / Watch Live / Donate) and navigation", "breadcrumb 'National & World'", "article headline (page title)",
               "byline 'By Oksana Rymar / NPR'", "'Published August 22, 2026 at 11:20 AM PDT'", "audio player 'Listen • 4:02'", "share bar",
               "photo caption", "lede 'Here is a look at the main developments ...'", "newsletter box after the second section", "'Copyright 2026 NPR'",
               "donation appeal", "'Related Content' link", "footer"],
  entries=[
  E("2026-08-22 11:20", "Deadly strikes in the Kyiv region",
    ["Russian drones and missiles struck towns west of Kyiv overnight, killing four people in Bucha and Irpin and setting several houses on fire, according to the regional military administration.",
     "Ukraine's air force said it intercepted most of the more than 100 drones launched across the country, but several got through to residential areas."],
    "strikes", "strikes", 3, "kyiv-region-overnight-strikes-2026-08-22", a="Oksana Rymar"),
  E("2026-08-22 11:20", "Ukraine says it struck a Crimean air base",
    ["Ukraine's General Staff said long-range drones hit the Saky air base in occupied Crimea, damaging a radar station and an ammunition depot.",
     "Russia's Defense Ministry said its air defenses destroyed 38 drones over Crimea and the Black Sea but did not comment on any damage."],
    "strikes", "strikes", 2, "saky-air-base-drone-strike-2026-08-22", a="Oksana Rymar"),
  E("2026-08-22 11:20", "No date for a new round of talks",
    ["Ukraine's foreign minister, Andrii Sybiha, said after meeting an American envoy in Kyiv that there was still no agreed date for the next round of negotiations with Russia.",
     "Kremlin spokesman Dmitry Peskov said Moscow was open to talks but accused Kyiv of setting conditions that made them pointless."],
    "diplomacy", "diplomacy", 2, "ceasefire-talks-no-date-2026-08-22", a="Oksana Rymar"),
  E("2026-08-22 11:20", "Canada funds interceptor drones",
    ["Canada announced 250 million Canadian dollars to help Ukrainian companies build interceptor drones, money that officials in Ottawa said would go to contracts signed this year."],
    "aid", "aid", 2, "canada-interceptor-drone-funding-2026-08-22", a="Oksana Rymar"),
  E("2026-08-22 11:20", "Fighting in the east",
    ["Ukrainian commanders said Russian assault groups were trying to push into the outskirts of Kostiantynivka in the Donetsk region, using motorbikes and small vehicles to cross open ground.",
     "Ukraine's military said its forces had repelled most of the attacks."],
    "other", "frontline", 2, "kostiantynivka-assaults-2026-08-22", a="Oksana Rymar"),
  ]))

# ---------------------------------------------------------------- 11802 OPB
SEEDS.append(dict(
  id="11802", name="11802_opb-worldrss", ext="xml", source="OPB", zone="UTC", render=r_opb,
  title="OPB - World", url="https://www.opb.org/news/world/", feed="https://www.opb.org/arc/outboundfeeds/rss/category/news/world/?outputType=xml",
  lede="World news from OPB, NPR and The Associated Press",
  basis="RSS pubDate '{s}' (explicit +0000 offset = UTC); local {d} in {z}",
  notes="Imitates the Arc XP outbound RSS feed of OPB's World section. Newest first. pubDate in +0000 (Arc feeds publish UTC, although OPB itself is in Pacific time), so page_timezone is UTC. description repeats the first paragraph; content:encoded carries the full text (body_paragraphs counts its <p>). dc:creator: 'The Associated Press' (agency) or an OPB reporter. Two off-beat items (Pakistan floods, a wildfire near Bend). The Oregon nonprofit's ambulance shipment is labelled aid (humanitarian support to Ukraine).",
  not_entries=["channel title/link/description/language/category and the sy:update elements", "lastBuildDate", "each item's description (repeats the first paragraph of content:encoded)",
               "media:content images", "guid/link URLs"],
  entries=[
  E("2026-08-29 21:30", "Russian drones hit Kharkiv region town, killing 2",
    ["Russian drones struck the town of Chuhuiv in the Kharkiv region on Saturday evening, killing two people and wounding at least nine, regional Gov. Oleh Syniehubov said.",
     "It was the second attack on the town this week."],
    "strikes", "strikes", 3, "chuhuiv-drone-attack-2026-08-29", a="The Associated Press"),
  OFF("2026-08-29 19:10", "Floodwaters displace thousands in Pakistan's Punjab province",
    ["Rivers swollen by monsoon rains burst their banks in eastern Pakistan on Saturday, forcing thousands of families from their homes, disaster officials said."],
    "pakistan-punjab-floods-2026-08-29", a="The Associated Press", n="Pakistan floods"),
  E("2026-08-29 16:45", "Oregon nonprofit ships ambulances to eastern Ukraine",
    ["A Portland-based nonprofit founded by Ukrainian Americans has sent six refurbished ambulances to hospitals in the Dnipropetrovsk region, its eighth such shipment since the full-scale invasion began.",
     "Volunteers bought the vehicles from rural fire districts in Oregon and Washington and had them shipped from the port of Tacoma."],
    "aid", "aid", 2, "oregon-nonprofit-ambulances-ukraine-2026-08", a="Meike Dahlgren", n="local tie-in; invented"),
  E("2026-08-29 14:20", "EU foreign ministers weigh next sanctions package at informal meeting",
    ["European Union foreign ministers meeting informally on Saturday discussed a new package of sanctions on Russia, with several governments pressing for an earlier end to imports of Russian liquefied natural gas."],
    "diplomacy", "diplomacy", 2, "eu-informal-foreign-ministers-sanctions-2026-08-29", a="The Associated Press"),
  E("2026-08-29 11:05", "Ukraine appoints new head of defense procurement agency",
    ["Ukraine's Cabinet of Ministers appointed a new director of the agency that buys weapons and ammunition for the army, after months of complaints from commanders about delayed contracts."],
    "other", "politics", 2, "ukraine-defense-procurement-agency-head-2026-08-29", a="Renata Kowal"),
  OFF("2026-08-29 07:40", "Crews gain ground on wildfire east of Bend",
    ["Firefighters increased containment of a wildfire burning in juniper and sagebrush east of Bend to 40%, and officials lifted some evacuation warnings on Saturday."],
    "bend-area-wildfire-2026-08", a="Jonah Whitcomb", n="Oregon wildfire"),
  E("2026-08-29 03:15", "Russia claims capture of village in Dnipropetrovsk region",
    ["Russia's Defense Ministry said Saturday that its troops had captured a village in Ukraine's Dnipropetrovsk region, where Moscow's forces have pushed in from neighboring Donetsk."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-village-2026-08-29", a="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 11803 KARE 11
SEEDS.append(dict(
  id="11803", name="11803_kare11-liveupdates", ext="txt", source="KARE 11", zone="America/Chicago", render=r_kare,
  title="Russia-Ukraine war: Live updates from Thursday", byline="Associated Press",
  lede="Follow along for the latest developments in the war in Ukraine.",
  basis="bare update stamp '{s}' (no zone, no date) on the page date of 'Published: 6:41 AM CDT September 3, 2026' (Minneapolis, Central time, CDT); local {d} in {z}",
  notes="Imitates a TEGNA live-updates article on kare11.com, copied from the browser. 'Author: Associated Press', 'Published: 6:41 AM CDT September 3, 2026', 'Updated: 5:55 PM CDT September 3, 2026'. Updates OLDEST first, each a bare '6:41 a.m.' line (no zone, no date), a headline line and the body; the date comes from the Published/Updated lines. Author = the page's 'Author:' credit (an agency, kept as printed: 'Associated Press'). The Dnipro strike is told twice (5 -> 8 dead) and closes with a 'Watch:' video teaser that has no text in the scrape. 'Related Articles' after the third update are link chrome.",
  not_entries=["'Skip Navigation'", "logo, location, weather '71°'", "navigation", "section label 'NATION WORLD'", "article headline (page title)",
               "summary line 'Follow along for the latest developments ...' (lede)", "'Author: Associated Press' / 'Published: ...' / 'Updated: ...' lines",
               "'Related Articles' block with two links", "app and YouTube promos", "'Before You Leave, Check This Out'"],
  entries=[
  E("2026-09-03 06:41", "Ukraine says it downed most of 96 drones launched overnight",
    ["Ukraine's air force said Thursday that air defenses shot down or jammed 81 of the 96 drones Russia launched overnight, with hits recorded in the Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-09-03", a="Associated Press"),
  E("2026-09-03 08:20", "Kremlin says no date set for a Putin-Zelenskyy meeting",
    ["Kremlin spokesman Dmitry Peskov told reporters Thursday that there were no concrete plans for a meeting between Vladimir Putin and Volodymyr Zelenskyy, saying such talks would need careful preparation."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelenskyy-meeting-date-2026-09-03", a="Associated Press"),
  E("2026-09-03 10:05", "Ballistic missile hits Dnipro during evening rush, killing 5",
    ["A Russian ballistic missile struck a busy street in the central Ukrainian city of Dnipro on Thursday evening, killing at least five people and wounding more than 30, regional officials said.",
     "Photos shared by emergency workers showed burned-out cars and a damaged tram stop."],
    "strikes", "strikes", 3, "dnipro-ballistic-missile-strike-2026-09-03", a="Associated Press"),
  E("2026-09-03 12:30", "Ukraine says 14 children returned from Russian-held areas",
    ["Ukraine said Thursday that 14 children who had been taken to Russia or lived under occupation were returned to territory controlled by Kyiv, in a transfer arranged with help from Qatar."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2026-09-03", a="Associated Press"),
  E("2026-09-03 14:10", "Dnipro death toll rises to 8",
    ["The number of people killed in Thursday's missile strike on Dnipro rose to eight, including a 12-year-old girl, the regional governor said as rescue crews finished clearing the street."],
    "strikes", "strikes", 3, "dnipro-ballistic-missile-strike-2026-09-03", a="Associated Press"),
  E("2026-09-03 15:45", "US approves $1.1 billion Patriot interceptor sale to Ukraine, paid for by European allies",
    ["The State Department approved the possible sale of Patriot interceptor missiles and related equipment to Ukraine worth about $1.1 billion, with the bill to be paid by European NATO members, the Pentagon said Thursday."],
    "aid", "aid", 3, "patriot-interceptor-sale-ukraine-2026-09-03", a="Associated Press"),
  E("2026-09-03 17:55", "Watch: Rescue crews search the rubble in Dnipro", [],
    "strikes", "strikes", 1, "dnipro-ballistic-missile-strike-2026-09-03", a="Associated Press", n="video teaser, no text body in the scrape"),
  ]))

# ---------------------------------------------------------------- 11804 WBAL-TV
SEEDS.append(dict(
  id="11804", name="11804_wbaltv-nationworld", ext="html", source="WBAL-TV", zone="America/New_York", render=r_wbal,
  title="National & World News",
  basis="card stamp '{s}' (explicit date, 12-hour time and EDT); local {d} in {z}",
  notes="Imitates the Hearst Television 'National & World' section listing of wbaltv.com. Newest first. Each card: h2 headline, summary, credit line, then 'Updated: 4:12 PM EDT Sep 9, 2026' AFTER the text. No JSON-LD on this listing. Credits: 'Associated Press' (agency, kept as printed) or 'WBAL-TV 11 News Staff' (desk credit naming no person or agency -> author null). One off-beat wire item (Gulf Coast storm).",
  not_entries=["header logo, weather widget 'Baltimore, MD 79°', navigation, 'LIVE' button", "section heading 'National & World News' (page title)",
               "'Advertisement' slot", "'Load more'", "'Trending Now' rail", "footer links, affiliate note and copyright"],
  entries=[
  B(E("2026-09-09 19:35", "Russian shelling kills 2 in Nikopol",
    ["Russian artillery and drones hit the riverside city of Nikopol on Wednesday, killing two men and damaging a power line, Dnipropetrovsk regional officials said."],
    "strikes", "strikes", 3, "nikopol-shelling-2026-09-09", a="Associated Press"), "Associated Press"),
  B(OFF("2026-09-09 17:50", "Tropical storm soaks Gulf Coast, flooding roads in Louisiana",
    ["A slow-moving tropical storm dumped more than 10 inches of rain on parts of southern Louisiana, flooding roads and knocking out power to thousands of customers."],
    "gulf-coast-tropical-storm-2026-09-09", a="Associated Press", n="US weather"), "Associated Press"),
  B(E("2026-09-09 15:20", "Ukraine and Russia swap 146 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia each released 146 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, officials from both countries said.",
     "Several of the returning Ukrainians had been held since the early months of the full-scale invasion."],
    "diplomacy", "diplomacy", 3, "uae-brokered-pow-swap-2026-09-09", a="Associated Press"), "Associated Press"),
  B(E("2026-09-09 12:05", "Johns Hopkins surgeons train Ukrainian doctors in trauma care",
    ["Surgeons at Johns Hopkins Hospital are hosting a group of doctors from Ukrainian front-line hospitals for two weeks of training in treating blast and shrapnel injuries."],
    "other", "humanitarian", 2, "hopkins-ukrainian-trauma-training-2026-09", a=None, n="local tie-in; invented"), "WBAL-TV 11 News Staff"),
  B(E("2026-09-09 09:40", "Poland closes border crossing with Belarus after drone incursion",
    ["Poland temporarily closed a border crossing with Belarus after what officials called a deliberate incursion by Russian-made drones into Polish airspace overnight."],
    "other", "security", 2, "poland-closes-belarus-crossing-drones-2026-09-09", a="Associated Press"), "Associated Press"),
  B(E("2026-09-09 07:15", "Russia's budget deficit widens as military spending climbs",
    ["Russia's budget deficit for the first eight months of the year grew beyond the government's full-year target, the Finance Ministry said, as spending on the military and arms industry stayed at record levels."],
    "other", "politics", 2, "russia-budget-deficit-military-spending-2026-09", a="Associated Press"), "Associated Press"),
  ]))

# ---------------------------------------------------------------- 11805 Polskie Radio
SEEDS.append(dict(
  id="11805", name="11805_polskieradio-english", ext="txt", source="Polskie Radio", zone="Europe/Warsaw", render=r_polskie,
  title="Latest news",
  basis="stamp '{s}' (day.month.year and 24-hour time, no zone printed: Polish time, CEST) printed before the headline; local {d} in {z}",
  notes="Imitates the news list of Polskie Radio's English Section, copied from the browser. Newest first. Each item: a 'DD.MM.YYYY HH:MM' line (Polish time, no zone printed; CEST = UTC+2), then the headline, the lead and a 'More' link. No authors on the list (author null). One off-beat item (flood alerts in southern Poland). The overnight scramble of Polish jets (other/security) and the Lutsk missile strike are separate stories.",
  not_entries=["'Polskie Radio' / 'English Section' masthead", "language switcher", "navigation", "list heading 'Latest news' (page title)",
               "'More' link under every item", "podcast promo after the fourth item", "'Next page'", "footer lines"],
  entries=[
  E("2026-09-14 19:50", "Ukrainian FM in Warsaw for talks on exhumations and border traffic",
    ["Ukraine's Foreign Minister Andrii Sybiha arrived in Warsaw on Monday for talks with his Polish counterpart Radosław Sikorski on exhumation work in western Ukraine and long queues at border crossings."],
    "diplomacy", "diplomacy", 2, "sybiha-warsaw-visit-2026-09-14"),
  E("2026-09-14 18:30", "Sikorski: Poland wants aggression tribunal working next year",
    ["Poland will press for the special tribunal on Russia's crime of aggression to hear its first cases next year, Foreign Minister Radosław Sikorski said on Monday.",
     "He said Warsaw was ready to contribute judges and funding."],
    "diplomacy", "diplomacy", 2, "sikorski-aggression-tribunal-2026-09-14"),
  E("2026-09-14 16:05", "New rules on benefits for Ukrainian refugees take effect",
    ["Ukrainian refugees in Poland must now show that they work or that their children attend Polish schools to keep receiving child benefit, under rules that took effect on Monday."],
    "other", "humanitarian", 2, "poland-refugee-benefit-rules-2026-09-14"),
  OFF("2026-09-14 14:30", "Heavy rain prompts flood alerts in southern Poland",
    ["Meteorologists issued flood warnings for parts of the Lower Silesia and Opole regions on Monday, with heavy rain forecast to continue until Wednesday."],
    "southern-poland-flood-alerts-2026-09-14", n="Polish weather"),
  E("2026-09-14 11:15", "Poland signs contract for more air-defence missiles",
    ["Poland's Defence Ministry signed a contract worth several billion zlotys for additional short-range air-defence missiles, Deputy Prime Minister Władysław Kosiniak-Kamysz said on Monday."],
    "other", "security", 2, "poland-air-defence-missile-contract-2026-09-14"),
  E("2026-09-14 09:45", "Russian missile attack on Lutsk kills one",
    ["One person was killed and at least six injured when Russian missiles struck an industrial area of Lutsk in north-western Ukraine overnight, the city's mayor said."],
    "strikes", "strikes", 3, "lutsk-missile-attack-2026-09-14"),
  E("2026-09-14 06:20", "Polish and allied jets scrambled during Russian strikes near border",
    ["Polish and allied aircraft were scrambled overnight as Russia launched missiles and drones at targets in western Ukraine, Poland's Operational Command said, adding that ground-based air defence had been put on the highest alert."],
    "other", "security", 2, "poland-jets-scrambled-2026-09-14"),
  ]))

# ---------------------------------------------------------------- 11806 AZERTAC
SEEDS.append(dict(
  id="11806", name="11806_azertac-world", ext="html", source="AZERTAC", zone="Asia/Baku", render=r_azertac,
  title="World",
  basis="stamp '{s}' (date and bracketed 24-hour time, no zone printed: Baku time, UTC+4); local {d} in {z}",
  notes="Imitates the English 'World' listing of AZERTAC (the agency the brief calls AZERTAG; the site prints AZERTAC), HTML without JSON-LD. Newest first. Each item: '19 September 2026 [22:10]' (Baku time, AZT = UTC+4, not printed), linked h3 headline, one lead paragraph. No bylines (author null). Two off-beat items (earthquake in eastern Türkiye, Kazakh railway). Erdogan's offer to host talks is a head-of-state mediation offer (importance 3).",
  not_entries=["top bar ('Baku', language list)", "logo and slogan 'Azerbaijan State News Agency'", "navigation", "category heading 'World' (page title)",
               "mobile-app banner", "pagination", "footer copyright / reuse notice"],
  entries=[
  E("2026-09-19 22:10", "Erdogan says Istanbul ready to host new round of Russia-Ukraine talks",
    ["Turkish President Recep Tayyip Erdogan said Türkiye was ready to host a new round of direct negotiations between Russia and Ukraine in Istanbul, adding that he had conveyed the offer to both leaders."],
    "diplomacy", "diplomacy", 3, "erdogan-istanbul-talks-offer-2026-09-19"),
  OFF("2026-09-19 19:35", "Magnitude 5.6 earthquake jolts eastern Türkiye",
    ["An earthquake of magnitude 5.6 struck Türkiye's eastern Malatya province, the country's disaster agency AFAD said, with no immediate reports of casualties."],
    "malatya-earthquake-2026-09-19", n="earthquake"),
  E("2026-09-19 16:50", "Russian drones attack energy facility in Ukraine's Odesa region",
    ["An energy facility in Ukraine's Odesa region was damaged in a Russian drone attack, leaving several thousand consumers without electricity, the regional administration said."],
    "strikes", "strikes", 2, "odesa-region-energy-drone-attack-2026-09-19"),
  OFF("2026-09-19 13:05", "Kazakhstan opens new rail link to Chinese border",
    ["Kazakhstan has opened a new railway line to the Chinese border that is expected to double freight capacity on the route, the national rail company said."],
    "kazakhstan-china-rail-link-2026-09", n="Central Asian transport"),
  E("2026-09-19 10:20", "Fire breaks out at Tuapse oil terminal after drone attack",
    ["A fire broke out at an oil terminal in the Russian Black Sea port of Tuapse after a drone attack, local authorities in the Krasnodar region said."],
    "strikes", "strikes", 2, "tuapse-oil-terminal-drone-attack-2026-09-19"),
  E("2026-09-19 08:15", "Azerbaijan delivers new batch of power equipment to Ukraine",
    ["Azerbaijan has delivered another batch of electrical equipment, including transformers and cables, to help Ukraine repair its energy infrastructure ahead of winter, the Ministry of Energy said."],
    "aid", "aid", 2, "azerbaijan-power-equipment-ukraine-2026-09"),
  ]))

# ---------------------------------------------------------------- 11807 1TV.ge
SEEDS.append(dict(
  id="11807", name="11807_1tvge-atom", ext="xml", source="1TV", zone="UTC", render=r_1tv,
  title="1TV \u2013 Georgian Public Broadcaster", url="https://1tv.ge/en/", lede="News from Georgia and the world",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Imitates the WordPress Atom feed (/en/feed/atom/) of 1TV.ge, the Georgian Public Broadcaster's English site. Newest first. <published> in UTC with Z; <author><name> per entry (author); <summary> repeats the first paragraph, <content> carries the text (escaped HTML in CDATA). Two off-beat items (Georgian budget amendments, Anaklia port).",
  not_entries=["feed title/subtitle/id/links/generator", "each entry's <summary> (repeats the first paragraph of <content>)", "category terms", "entry ids and links"],
  entries=[
  E("2026-09-24 19:40", "Russian strike on Kharkiv kills four, regional governor says",
    ["Four people were killed and 22 injured when Russian guided bombs hit a residential district of Kharkiv, the head of the regional administration, Oleh Syniehubov, said."],
    "strikes", "strikes", 3, "kharkiv-guided-bombs-2026-09-24", a="Tamar Gelashvili"),
  OFF("2026-09-24 16:15", "Parliament approves amendments to the state budget",
    ["Georgia's parliament approved amendments to this year's state budget in the third reading, increasing spending on roads and regional development."],
    "georgia-budget-amendments-2026-09", a="Levan Beridze", n="Georgian domestic politics"),
  E("2026-09-24 13:30", "Two Georgian volunteers killed in eastern Ukraine, Georgian Legion says",
    ["Two Georgian citizens fighting with Ukraine's armed forces were killed in the Donetsk region, the Georgian Legion said in a statement."],
    "other", "frontline", 2, "georgian-legion-volunteers-killed-2026-09", a="Nino Kapanadze"),
  E("2026-09-24 10:05", "Kallas: Russia must not be rewarded for aggression in any settlement",
    ["EU foreign policy chief Kaja Kallas said any settlement of the war must not reward Russia with territory it seized by force, speaking before a meeting of the bloc's defence ministers."],
    "diplomacy", "diplomacy", 2, "kallas-no-reward-for-aggression-2026-09-24", a="Levan Beridze"),
  OFF("2026-09-24 08:20", "Construction contract signed for Anaklia deep-sea port",
    ["The Georgian government signed a construction contract for the first phase of the Anaklia deep-sea port on the Black Sea coast."],
    "anaklia-port-contract-2026-09", a="Nino Kapanadze", n="Georgian infrastructure"),
  E("2026-09-24 06:10", "Ukraine reports 170 clashes along the front in past day",
    ["Ukraine's General Staff said 170 combat clashes took place along the front line over the past day, with the heaviest fighting in the Pokrovsk and Kostiantynivka directions."],
    "other", "frontline", 2, "ukraine-general-staff-daily-clashes-2026-09-24", a="Tamar Gelashvili"),
  ]))

# ---------------------------------------------------------------- 11808 Meta.mk
SEEDS.append(dict(
  id="11808", name="11808_metamk-latest", ext="html", source="Meta.mk", zone="Europe/Skopje", render=r_meta,
  title="Latest", url="https://meta.mk/en/latest/",
  basis="bare time '{s}' (no zone: Skopje, CEST) under the page's only date header 'Friday, 2 October 2026'; local {d} in {z}",
  notes="Imitates the English 'Latest' archive of Meta.mk (WordPress), HTML with a Yoast-style JSON-LD @graph (CollectionPage, BreadcrumbList, WebSite, Organization; no article nodes, no times). One date header 'Friday, 2 October 2026'; each post shows only a bare 'HH:MM' (Skopje time, CEST = UTC+2, not printed) above its h3 headline, then the excerpt. No bylines (author null). Two off-beat items (Skopje air pollution, EU accession talks).",
  not_entries=["logo, tagline, language links, navigation", "archive heading 'Latest' (page title)", "date header 'Friday, 2 October 2026' (dates every post)",
               "reader-support widget", "'Older posts'", "footer"],
  entries=[
  E("2026-10-02 20:15", "Mickoski: North Macedonia remains firmly on Ukraine's side",
    ["Prime Minister Hristijan Mickoski said North Macedonia would continue to back Ukraine's sovereignty and territorial integrity, speaking after meeting Ukraine's ambassador in Skopje."],
    "diplomacy", "diplomacy", 2, "mickoski-ukraine-support-2026-10-02"),
  E("2026-10-02 17:40", "Russian drone strike on Sumy kills three",
    ["Three people were killed when a Russian drone hit a residential building in the northern Ukrainian city of Sumy, the regional military administration said."],
    "strikes", "strikes", 3, "sumy-drone-strike-2026-10-02"),
  OFF("2026-10-02 15:05", "Skopje issues first air pollution warning of the heating season",
    ["The City of Skopje issued its first air pollution warning of the season after concentrations of fine particles exceeded permitted levels in several municipalities."],
    "skopje-air-pollution-2026-10", n="local environment"),
  E("2026-10-02 12:30", "Defence Ministry confirms ammunition shipment to Ukraine through Czech initiative",
    ["North Macedonia's Ministry of Defence confirmed that a second batch of artillery ammunition had been sent to Ukraine through the Czech-led procurement initiative, without disclosing quantities."],
    "aid", "aid", 2, "north-macedonia-ammunition-czech-initiative-2026-10"),
  OFF("2026-10-02 10:10", "Skopje awaits Brussels proposal on constitutional changes",
    ["The government said it expects a new proposal from Brussels on the constitutional changes required to open the first cluster of EU accession talks."],
    "north-macedonia-eu-accession-2026-10", n="EU accession politics"),
  E("2026-10-02 08:45", "Fact-check: video of 'Ukrainian soldiers in Macedonian uniforms' is fabricated",
    ["A video circulating on social networks that claims to show Ukrainian soldiers wearing uniforms of the Army of North Macedonia is fabricated, our analysis shows.",
     "The footage was cut from a training exercise filmed in another country, and the insignia were added digitally."],
    "other", "security", 2, "fact-check-fake-uniforms-video-2026-10"),
  ]))

# ---------------------------------------------------------------- 11809 B92
SEEDS.append(dict(
  id="11809", name="11809_b92-world", ext="txt", source="B92", zone="Europe/Belgrade", render=r_b92,
  title="World",
  basis="stamp '{s}' (weekday, date and 24-hour time, no zone printed: Belgrade, CEST) after the headline and source line; local {d} in {z}",
  notes="Imitates the English 'World' list of B92.net, copied from the browser. Newest first. Each item: headline, 'Source: Tanjug' (or Beta, or B92), 'Thursday, October 8, 2026 | 21:05' (Belgrade time, CEST = UTC+2, not printed), lead, 'Comments (N)'. Author: the news agency named in 'Source:' (Tanjug, Beta); 'Source: B92' is the outlet's own desk and names no person or agency, so author null. Two off-beat items (floods in western Serbia, EXPO 2027 visit).",
  not_entries=["'B92' / 'English' masthead", "navigation and 'Search'", "section heading 'World' (page title)", "'Source: ...' credit lines",
               "'Comments (N)' under every item", "'Advertisement'", "'Older news'", "'Most read' box", "footer and copyright"],
  entries=[
  B(E("2026-10-08 21:05", "Vucic: Serbia will not impose sanctions on Russia",
    ["Serbian President Aleksandar Vucic said Serbia would not join Western sanctions against Russia, while repeating that Belgrade respects Ukraine's territorial integrity."],
    "diplomacy", "diplomacy", 2, "vucic-no-russia-sanctions-2026-10-08"), "B92", cc=41),
  B(E("2026-10-08 19:20", "Kremlin: Putin and Trump could speak by phone next week",
    ["Kremlin spokesman Dmitry Peskov said a phone conversation between Vladimir Putin and Donald Trump could take place next week, although no date had been fixed."],
    "diplomacy", "diplomacy", 2, "putin-trump-call-possible-2026-10-08", a="Tanjug"), "Tanjug", cc=12),
  B(OFF("2026-10-08 16:45", "Heavy rain floods streets in western Serbia",
    ["Heavy rain flooded streets and basements in several towns in western Serbia, and emergency services evacuated residents of a village near Loznica."],
    "western-serbia-floods-2026-10-08", a="Beta", n="Serbian weather"), "Beta", cc=3),
  B(E("2026-10-08 14:35", "Russian missile and drone attack on Kyiv kills two",
    ["Two people were killed and more than 20 injured in a Russian missile and drone attack on Kyiv overnight, the head of the city's military administration said."],
    "strikes", "strikes", 3, "kyiv-missile-drone-attack-2026-10-08", a="Tanjug"), "Tanjug", cc=27),
  B(E("2026-10-08 12:10", "Report: Serbian-made ammunition still reaching Ukraine, Belgrade denies",
    ["A report by a Russian intelligence service claimed that Serbian-made artillery shells were still reaching Ukraine through third countries, which Serbian officials denied."],
    "aid", "aid", 2, "serbian-ammunition-ukraine-claim-2026-10", a="Beta", sec=["diplomacy"]), "Beta", cc=58),
  B(E("2026-10-08 10:00", "Orban again blocks EU funds for Ukraine",
    ["Hungarian Prime Minister Viktor Orban said Hungary would keep blocking payments from the European Peace Facility for Ukraine until Kyiv meets Budapest's demands."],
    "aid", "aid", 2, "orban-blocks-epf-funds-2026-10-08", a="Tanjug", sec=["diplomacy"]), "Tanjug", cc=19),
  B(OFF("2026-10-08 08:15", "Chinese delegation tours EXPO 2027 construction sites",
    ["A delegation of Chinese investors visited construction sites for the EXPO 2027 exhibition in Belgrade, the organisers said."],
    "expo-2027-chinese-delegation-2026-10", a="Tanjug", n="Serbian economy"), "Tanjug", cc=2),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2026-10-14 (UTC), day 2 = 2026-10-15, day 3 = 2026-10-27.
KREM = "kremenchuk-missile-strike-2026-10-14"
EUSANC = "eu-shadow-fleet-sanctions-package-2026-10-14"
PURL = "netherlands-purl-contribution-2026-10-14"
EXPL1 = "analysis-ballistic-missile-interception-gaps"
EXPL1_H = "Analysis: why Russia's ballistic missiles keep getting through"
EXPL1_P = ["Wednesday's strike on Kremenchuk was carried out with ballistic missiles, the weapon Ukraine finds hardest to stop.",
           "Only a handful of systems in Ukraine's arsenal, chiefly the US-made Patriot, can reliably intercept them, and each interception can use two or three missiles that cost several million dollars apiece.",
           "Russia has also changed how it flies them, officials say, adding late manoeuvres that make the final seconds of flight harder to predict.",
           "Kyiv's answer has been to ask allies for more interceptors while trying to hit launchers and factories inside Russia before the missiles are fired."]

# ---------------------------------------------------------------- 11820 Quillbridge Standard
SEEDS.append(dict(
  id="11820", name="11820_quillbridge-textlive", ext="txt", source="Quillbridge Standard", zone="Europe/London", render=r_quill,
  title="Russia-Ukraine war live: Kremenchuk death toll rises to 11 after missile strike", dateline="Wednesday 14 October 2026",
  lede="Russian ballistic missiles hit the centre of Kremenchuk on Wednesday morning. Follow our live coverage.",
  basis="stamp '{s}' (UK time, BST printed) on the dateline 'Wednesday 14 October 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. 'Key Points' lists two post headlines (key_point true). Each post: headline line, then 'Name · 20:35 BST' (author and stamp on one line), then the body. 11820-03 is a 'Watch:' teaser with no body. 11820-04 is a theme piece (analysis of ballistic-missile interception) that mentions Kremenchuk but is its own story; it is re-posted verbatim on day 2 by 11832-02. Kremenchuk toll 4 -> 8 -> 11.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline 'Wednesday 14 October 2026'", "lede", "'Key Points' heading and its bullets (pointers to posts)",
               "'Latest' label", "newsletter promo after the fifth post", "'Show older posts'", "footer"],
  entries=[
  E("2026-10-14 20:35", "Kremenchuk toll climbs to 11 as rescuers search through the night",
    ["The number of people killed by this morning's missile strike on Kremenchuk has risen to 11, the head of the Poltava regional administration said in an evening update.",
     "Emergency crews were still working at the partly collapsed college dormitory, where at least two people are believed to be trapped."],
    "strikes", "strikes", 3, KREM, a="Imogen Clerke", kp=True),
  E("2026-10-14 18:50", "Netherlands puts €400m into fund buying US weapons for Kyiv",
    ["The Netherlands will contribute €400m to the Nato-run scheme that buys American-made weapons for Ukraine, the Dutch defence minister announced.",
     "The money is expected to go mostly on Patriot interceptors and spare parts for air-defence systems."],
    "aid", "aid", 3, PURL, a="Tom Ashdown", kp=True),
  E("2026-10-14 17:15", "Watch: survivors describe the moment the missile struck", [],
    "strikes", "strikes", 1, KREM, a="Imogen Clerke", n="teaser without body (video)"),
  E("2026-10-14 15:40", EXPL1_H, EXPL1_P,
    "strikes", "strikes", 2, EXPL1, a="Tom Ashdown",
    n="theme piece (analysis); mentions Kremenchuk but is its own story: must not merge with the Kremenchuk strike"),
  E("2026-10-14 13:05", "Russia claims capture of village near Huliaipole",
    ["Russia's defence ministry said its forces had taken a village north-east of Huliaipole in the Zaporizhzhia region.",
     "Ukraine's military did not confirm the loss, saying only that fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2026-10-14", a="Imogen Clerke"),
  E("2026-10-14 11:20", "Eight dead in Kremenchuk, says regional governor",
    ["At least eight people were killed and 37 injured in the missile strike on Kremenchuk, the Poltava regional governor said.",
     "A college dormitory and a row of shops on one of the city's main streets were hit."],
    "strikes", "strikes", 3, KREM, a="Imogen Clerke"),
  E("2026-10-14 08:55", "Missiles strike central Kremenchuk",
    ["Russian missiles struck the centre of Kremenchuk, an industrial city on the Dnipro river, shortly before 10am local time, Ukrainian officials said.",
     "Four people were confirmed dead in the first hour, and the mayor urged residents to stay in shelters as a second air-raid alert sounded."],
    "strikes", "strikes", 3, KREM, a="Tom Ashdown"),
  ]))

# ---------------------------------------------------------------- 11821 Eastbank Monitor
SEEDS.append(dict(
  id="11821", name="11821_eastbank-ldlive", ext="html", source="Eastbank Monitor", zone="Europe/Kyiv", render=r_eastbank,
  title="Live: Russian missiles hit Kremenchuk; EU agrees shadow-fleet sanctions", dateline="Wednesday 14 October 2026",
  url="https://eastbank-monitor.example/live/2026-10-14",
  lede="Our rolling coverage of the war, from Kyiv. All times are Kyiv time.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3; the datetime attribute and the JSON-LD update carry the offset) under 'Wednesday 14 October 2026'; local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, OLDEST first, LiveBlogPosting JSON-LD with one BlogPosting per post (own datePublished with +03:00, headline, articleBody, author). Visible bare '10:05' in <time datetime>, author line under each h2. 11821-01 (overnight drone attack on a gas site in the Poltava region) and the Kremenchuk missile strike (same region) are different events. 11821-03 (Kherson bus) is another deadly strike the same day. 11821-07 repeats 11821-03 nearly verbatim (duplicate_of 11821-03; only 'on Wednesday' added).",
  not_entries=["header, city label and navigation", "'LIVE' kicker", "page title", "dateline", "summary line", "share links under every post",
               "membership promo after the fourth post", "footer"],
  entries=[
  E("2026-10-14 08:10", "Drones hit gas production site in Poltava region overnight",
    ["Russian drones struck a gas production facility in the Poltava region overnight, causing a fire that was put out by morning, the regional administration said.",
     "No one was hurt. The operator said output at the site had been partly suspended while the damage was assessed."],
    "strikes", "strikes", 2, "poltava-region-gas-site-drone-attack-2026-10-14", a="Oleksandra Myrna",
    n="same region as Kremenchuk but a separate overnight drone attack: must not merge with the Kremenchuk missile strike"),
  E("2026-10-14 10:05", "Ballistic missiles strike Kremenchuk city centre; at least four killed",
    ["At least four people were killed when Russian ballistic missiles hit the centre of Kremenchuk at about 09:40, the city's military administration said.",
     "Pictures from the scene show a damaged five-storey dormitory and burning cars on the street outside."],
    "strikes", "strikes", 3, KREM, a="Oleksandra Myrna"),
  E("2026-10-14 12:30", "Russian drone hits city bus in Kherson, killing two",
    ["A Russian drone struck a municipal bus in Kherson's Dniprovskyi district, killing two passengers and injuring five, the regional governor said.",
     "Districts near the river have come under near-daily drone attacks."],
    "strikes", "strikes", 3, "kherson-drone-strike-bus-2026-10-14", a="Petro Lazarenko",
    n="another deadly strike the same day: must not merge with the Kremenchuk missile strike"),
  E("2026-10-14 14:45", "EU envoys agree new sanctions aimed at Russia's shadow fleet",
    ["EU ambassadors have agreed a new sanctions package that adds more than 100 tankers of Russia's so-called shadow fleet to the list of vessels barred from European ports, diplomats in Brussels said.",
     "The package still needs formal approval by ministers, which is expected within days."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Petro Lazarenko"),
  E("2026-10-14 16:20", "Kremenchuk: death toll rises to eight, dozens hurt",
    ["The death toll from the morning strike on Kremenchuk has risen to eight, with 37 people injured, regional officials said."],
    "strikes", "strikes", 3, KREM, a="Oleksandra Myrna"),
  E("2026-10-14 18:05", "Parliament extends martial law and mobilisation for another 90 days",
    ["The Verkhovna Rada voted to extend martial law and general mobilisation for a further 90 days, the latest in a series of extensions since February 2022.",
     "The measure passed with more than 300 votes."],
    "other", "politics", 2, "martial-law-extension-2026-10-14", a="Petro Lazarenko"),
  E("2026-10-14 19:40", "Russian drone hits city bus in Kherson, killing two",
    ["A Russian drone struck a municipal bus in Kherson's Dniprovskyi district, killing two passengers and injuring five, the regional governor said on Wednesday.",
     "Districts near the river have come under near-daily drone attacks."],
    "strikes", "strikes", 1, "kherson-drone-strike-bus-2026-10-14", a="Petro Lazarenko", dup="11821-03",
    n="near-verbatim repeat of 11821-03"),
  ]))

# ---------------------------------------------------------------- 11822 Tidewell World Desk
SEEDS.append(dict(
  id="11822", name="11822_tidewell-worldatom", ext="xml", source="Tidewell World Desk", zone="UTC", render=r_atom,
  title="Tidewell World Desk \u2013 Top stories", url="https://tidewell-world.example", lede="International news, updated through the day",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with Z, escaped-HTML content, authors on four items. The war is a minority: 4 of 6 items are off-beat (IMF meetings, Philippine typhoon, French confidence vote, Peru protests). Spells the strike city 'Kremenchug'.",
  not_entries=["feed title/subtitle/links/id/updated", "entry category terms, links and ids"],
  entries=[
  E("2026-10-14 19:30", "Kremenchug strike death toll reaches 11",
    ["The death toll from Wednesday's Russian missile strike on the Ukrainian city of Kremenchug has reached 11, local authorities said, making it one of the deadliest attacks on the city since the war began."],
    "strikes", "strikes", 3, KREM, a="Rhys Penhale"),
  OFF("2026-10-14 17:10", "IMF trims global growth forecast at Bangkok meetings",
    ["The International Monetary Fund lowered its forecast for global growth next year, citing trade tensions and weak investment, as finance ministers gathered in Bangkok for its annual meetings."],
    "imf-growth-forecast-bangkok-2026-10", a="Selin Arda", n="world economy"),
  OFF("2026-10-14 14:55", "Typhoon forces mass evacuations in northern Philippines",
    ["Tens of thousands of people were moved to evacuation centres in the northern Philippines as a powerful typhoon approached Luzon, disaster officials said."],
    "philippines-typhoon-evacuations-2026-10-14", a="Rhys Penhale", n="weather"),
  E("2026-10-14 12:40", "EU agrees fresh sanctions on tankers carrying Russian oil",
    ["European Union countries agreed on Wednesday to blacklist dozens more tankers accused of helping Russia evade the price cap on its oil exports, diplomats said."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Selin Arda"),
  OFF("2026-10-14 09:15", "French government survives confidence vote over budget",
    ["France's minority government survived a no-confidence motion in the National Assembly, clearing the way for debate on next year's budget."],
    "france-confidence-vote-2026-10-14", n="French politics"),
  OFF("2026-10-14 07:05", "Peru declares state of emergency as protests block mining roads",
    ["Peru's government declared a 30-day state of emergency in two southern provinces after protesters blocked roads leading to copper mines."],
    "peru-mining-protests-emergency-2026-10", n="Peruvian unrest"),
  ]))

# ---------------------------------------------------------------- 11823 Halvern Review
SEEDS.append(dict(
  id="11823", name="11823_halvern-article", ext="txt", source="Halvern Review", zone="Europe/Vienna", render=r_halvern,
  title="Kremenchuk counts its dead as Europe tightens sanctions", kicker="WAR IN UKRAINE",
  lede="A Russian missile strike on a central Ukrainian city overshadowed a day of diplomatic and military decisions in Europe.",
  byline="Friederike Aumayr", dateline="14 October 2026, 19:20 CEST",
  basis="no per-section time: the dateline '14 October 2026, 19:20 CEST' dates every section; local {d} in {z}",
  notes="Invented outlet (Austria). Text article, one byline and one dateline with time and zone; four sections, each one entry (headline = section heading, stamp null, published = the dateline time, author = the byline). 'Also read:' after the second section is a related link. Toll 'at least nine' at 17:20 UTC.",
  not_entries=["masthead and navigation", "kicker 'WAR IN UKRAINE'", "article title", "standfirst/lede", "byline and dateline", "share line",
               "'Also read: ...' related link", "subscription line", "footer"],
  entries=[
  E("2026-10-14 19:20", "The deadliest attack on Kremenchuk this year",
    ["Kremenchuk, a city of refineries and factories on the Dnipro, was struck by Russian ballistic missiles on Wednesday morning, and by evening at least nine people were confirmed dead.",
     "Local officials said most of the victims were students and shop workers."],
    "strikes", "strikes", 3, KREM, a="Friederike Aumayr"),
  E("2026-10-14 19:20", "Brussels targets the shadow fleet",
    ["EU ambassadors agreed a package of sanctions focused on the ageing tankers that carry Russian crude around the price cap.",
     "Diplomats said Slovakia and Hungary had dropped their objections after receiving assurances on energy supplies."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Friederike Aumayr"),
  E("2026-10-14 19:20", "Dutch money for American weapons",
    ["The Netherlands pledged €400 million to the Nato mechanism through which European governments pay for US weapons destined for Ukraine."],
    "aid", "aid", 3, PURL, a="Friederike Aumayr"),
  E("2026-10-14 19:20", "Vienna weighs more air defence",
    ["In Austria, the defence ministry said it would bring forward the purchase of medium-range air-defence systems, citing the scale of Russian drone and missile attacks on Ukraine."],
    "other", "security", 2, "austria-air-defence-purchase-2026-10-14", a="Friederike Aumayr",
    n="procurement by a non-party; same air-defence theme as the Dutch contribution but a separate story: must not merge"),
  ]))

# ---------------------------------------------------------------- day 2: 2026-10-15
NOVO = "novokuibyshevsk-refinery-drone-attack-2026-10-15"
ODESA = "odesa-port-drone-attack-2026-10-15"
RUTTE = "rutte-kyiv-visit-2026-10-15"

# ---------------------------------------------------------------- 11830 Kestrelby Post
SEEDS.append(dict(
  id="11830", name="11830_kestrelby-htmllive", ext="html", source="Kestrelby Post", zone="Europe/Warsaw", render=r_kestrelby,
  title="War in Ukraine, live: drones hit Samara refinery; Rutte in Kyiv", dateline="Thursday, 15 October 2026", tznote="All times CEST",
  lede="Ukrainian drones set a refinery on the Volga ablaze, Kremenchuk buries its dead and Nato's secretary general visits Kyiv.",
  basis="bare '{s}' above the headline; the page prints 'All times CEST' and the date 'Thursday, 15 October 2026'; local {d} in {z}",
  notes="Invented outlet (Poland). HTML live, newest first, no JSON-LD. A bare 'HH:MM' span above each h2; zone only in the page note 'All times CEST'; author line under the headline. 11830-02 is a 'Photos:' gallery teaser with no text. 11830-04 (Russian drones on Odesa port) is a strike in the other direction and must not merge with the Novokuibyshevsk refinery attack. 11830-03 continues day 1's Kremenchuk story (search over, 12 dead).",
  not_entries=["cookie bar", "header and navigation", "page title", "meta line 'Thursday, 15 October 2026 · All times CEST'", "lead paragraph",
               "gallery placeholder '[Gallery: 9 photos]' in the teaser", "'Read more' aside after the third post", "link to Wednesday's live coverage", "footer"],
  entries=[
  E("2026-10-15 21:10", "Rutte promises Kyiv more air defence before winter",
    ["Nato Secretary General Mark Rutte, speaking in Kyiv alongside Volodymyr Zelensky, said allies would deliver additional air-defence systems before the coldest months.",
     "He did not give numbers but said several governments would announce contributions next week."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Marta Zielonka", sec=["aid"]),
  E("2026-10-15 19:25", "Photos: smoke over the Novokuibyshevsk refinery", [],
    "strikes", "strikes", 1, NOVO, a="Marta Zielonka", n="teaser without body (photo gallery)"),
  E("2026-10-15 17:50", "Kremenchuk mourns as search ends with 12 dead",
    ["Rescuers in Kremenchuk ended their search of the damaged dormitory on Thursday, and the death toll from Wednesday's missile strike stands at 12.",
     "The city observed a day of mourning, with flags at half-mast and entertainment events cancelled."],
    "strikes", "strikes", 3, KREM, a="Jakub Sowa", n="day-2 continuation of the day-1 Kremenchuk story (search over, toll 12)"),
  E("2026-10-15 15:30", "Russian drones strike Odesa port; dock worker killed",
    ["A Russian drone attack on the port of Odesa killed a dock worker and damaged grain storage facilities, the regional governor said."],
    "strikes", "strikes", 3, ODESA, a="Jakub Sowa",
    n="Russian drones on Ukraine (the other direction): must not merge with the Novokuibyshevsk refinery attack"),
  E("2026-10-15 12:45", "Samara governor confirms fire at Novokuibyshevsk refinery",
    ["The governor of Russia's Samara region, Vyacheslav Fedorishchev, confirmed that drones had struck the Novokuibyshevsk refinery overnight, starting a fire that was brought under control by morning.",
     "He said there were no casualties."],
    "strikes", "strikes", 3, NOVO, a="Marta Zielonka"),
  E("2026-10-15 10:05", "Poland to train more Ukrainian pilots on F-16s",
    ["Poland will expand a training programme for Ukrainian F-16 pilots and ground crew at a base in the north of the country, the defence ministry said."],
    "aid", "aid", 2, "poland-f16-pilot-training-2026-10-15", a="Jakub Sowa"),
  ]))

# ---------------------------------------------------------------- 11831 Pellingham Wire
SEEDS.append(dict(
  id="11831", name="11831_pellingham-rss", ext="xml", source="Pellingham Wire", zone="Europe/Kyiv", render=r_rss, rfc="num",
  title="Pellingham Wire \u2013 Ukraine", url="https://pellingham-wire.example", guid="pw-20261015",
  lede="Agency copy from Kyiv",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (news agency, Kyiv). RSS 2.0, newest first, pubDate with +0300, dc:creator per item. Spells the refinery town 'Novokuybyshevsk' in 11831-05. 11831-04 (Russian defence ministry's drone claim over Samara) is an official reaction whose content is the attack itself, so it shares the refinery story. 11831-01 (sea drones hit a tanker off Novorossiysk) is the same theme (Ukrainian strikes on Russian oil) but another event.",
  not_entries=["channel title/link/description/language/ttl", "item category, link and guid elements"],
  entries=[
  E("2026-10-15 17:05", "Ukraine's navy says sea drones hit tanker off Novorossiysk",
    ["Ukraine's navy said its sea drones struck a tanker of Russia's shadow fleet near the port of Novorossiysk, damaging its engine room."],
    "strikes", "strikes", 2, "novorossiysk-tanker-sea-drone-attack-2026-10-15", a="Dmytro Hrytsai",
    n="same theme (Ukrainian strikes on Russian oil) but another event: must not merge with the Novokuibyshevsk refinery attack"),
  E("2026-10-15 14:20", "NATO chief Rutte arrives in Kyiv on unannounced visit",
    ["NATO Secretary General Mark Rutte arrived in Kyiv on Thursday on a visit that had not been announced in advance, Ukraine's presidential office said."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Iryna Balan"),
  E("2026-10-15 11:40", "Kremenchuk search operation ends; toll stands at 12",
    ["Emergency services completed the search and rescue operation at the site of Wednesday's missile strike in Kremenchuk, with the number of dead standing at 12 and 41 injured."],
    "strikes", "strikes", 3, KREM, a="Iryna Balan", n="day-2 continuation of the day-1 Kremenchuk story"),
  E("2026-10-15 09:30", "Russian defence ministry says drones downed over Samara region",
    ["Russia's defence ministry said its air defences destroyed 23 Ukrainian drones over the Samara region overnight, without mentioning damage to the refinery."],
    "strikes", "strikes", 3, NOVO, a="Dmytro Hrytsai"),
  E("2026-10-15 06:15", "Drones set Novokuybyshevsk refinery ablaze, Ukrainian source says",
    ["Ukrainian long-range drones hit the Novokuybyshevsk oil refinery in Russia's Samara region overnight, a source in Ukraine's security service told the agency, and a large fire was seen at the site."],
    "strikes", "strikes", 3, NOVO, a="Dmytro Hrytsai"),
  ]))

# ---------------------------------------------------------------- 11832 Marrowfield Evening Star
SEEDS.append(dict(
  id="11832", name="11832_marrowfield-textlive", ext="txt", source="Marrowfield Evening Star", zone="America/New_York", render=r_marrowfield,
  title="Live updates: Ukraine strikes deep inside Russia; Kyiv blames North Korean missiles for Kremenchuk",
  dateline="Thursday, Oct. 15, 2026", byline="Corinne Vale",
  lede="Follow along for the day's developments in Russia's war against Ukraine.",
  basis="stamp '{s}' (Eastern time printed, EDT = UTC-4) on the dateline 'Thursday, Oct. 15, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live, OLDEST first, '6:10 a.m. ET' line before each headline. Page byline 'By Corinne Vale' = author of every post except 11832-02, which carries its own credit line 'By Tom Ashdown, Quillbridge Standard' (author Tom Ashdown). 11832-02 is a verbatim re-post of day 1's analysis 11820-04 (same headline and text): importance 1, same story slug. 11832-03 is a theme piece on the refinery campaign that mentions Novokuibyshevsk but is its own story. 11832-06 repeats 11832-01 nearly verbatim (duplicate_of 11832-01). 11832-07 continues the Kremenchuk story with a new development (missile fragments identified as North Korean).",
  not_entries=["masthead and navigation", "page title", "dateline", "byline 'By Corinne Vale'", "lede", "credit line 'By Tom Ashdown, Quillbridge Standard' (author of 11832-02)",
               "'ADVERTISEMENT'", "'This live coverage has ended.'", "footer"],
  entries=[
  E("2026-10-15 06:10", "Ukrainian drones strike refinery deep inside Russia",
    ["Ukrainian drones struck an oil refinery in Novokuibyshevsk, in Russia's Samara region, about 600 miles from Ukraine's border, Ukrainian and Russian officials said Thursday.",
     "The refinery is one of the largest in the Volga region and produces gasoline and diesel for the domestic market."],
    "strikes", "strikes", 3, NOVO, a="Corinne Vale"),
  dict(E("2026-10-15 07:30", EXPL1_H, EXPL1_P,
    "strikes", "strikes", 1, EXPL1, a="Tom Ashdown",
    n="re-post of day-1 entry 11820-04 (Quillbridge Standard analysis syndicated verbatim); importance 1"), credit="By Tom Ashdown, Quillbridge Standard"),
  E("2026-10-15 09:15", "How Ukraine's refinery strikes are squeezing Russia's fuel market",
    ["Thursday's attack on Novokuibyshevsk is part of a campaign that has taken a growing share of Russia's refining capacity offline, at least temporarily, this year.",
     "Wholesale gasoline prices in Russia have hit records several times, and the government has repeatedly extended a ban on gasoline exports.",
     "Analysts say the strikes hurt most when they hit the distillation units that take months to repair."],
    "strikes", "strikes", 2, "analysis-refinery-strikes-russian-fuel-market", a="Corinne Vale",
    n="theme piece (analysis); mentions Novokuibyshevsk but is its own story: must not merge with the refinery attack"),
  E("2026-10-15 10:50", "Odesa port hit by Russian drones; dock worker killed",
    ["Russian drones hit port facilities in Odesa on Thursday, killing one worker and damaging grain silos, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, a="Corinne Vale"),
  E("2026-10-15 12:20", "Trump says he is 'disappointed' with pace of peace talks",
    ["President Donald Trump told reporters at the White House that he was disappointed with both Moscow and Kyiv over the slow pace of negotiations, but said he still believed a deal was possible this year."],
    "diplomacy", "diplomacy", 2, "trump-disappointed-peace-talks-2026-10-15", a="Corinne Vale"),
  E("2026-10-15 14:05", "Ukrainian drones strike refinery deep inside Russia",
    ["Ukrainian drones struck an oil refinery in Novokuibyshevsk, in Russia's Samara region, about 600 miles from Ukraine's border, Ukrainian and Russian officials said on Thursday.",
     "The refinery is one of the largest in the Volga region and produces gasoline and diesel for the domestic market."],
    "strikes", "strikes", 1, NOVO, a="Corinne Vale", dup="11832-01", n="near-verbatim repeat of 11832-01"),
  E("2026-10-15 15:40", "Kyiv says missiles that hit Kremenchuk were made in North Korea",
    ["Ukrainian military intelligence said fragments recovered in Kremenchuk showed that at least one of the ballistic missiles used in Wednesday's strike was a North Korean KN-23.",
     "The death toll from the attack rose to 12 on Thursday, officials said."],
    "strikes", "strikes", 3, KREM, a="Corinne Vale", n="day-2 continuation of the day-1 Kremenchuk story with a new development (a claim about the attack)"),
  ]))

# ---------------------------------------------------------------- 11833 Straitsway Daily
SEEDS.append(dict(
  id="11833", name="11833_straitsway-worldrss", ext="xml", source="Straitsway Daily", zone="Asia/Singapore", render=r_rss, rfc="num",
  title="Straitsway Daily \u2013 World", url="https://straitsway-daily.example", guid="sd-world-20261015",
  lede="World and regional news from Singapore",
  basis="RSS pubDate '{s}' (explicit +0800 offset = Singapore time); local {d} in {z}",
  notes="Invented outlet (Singapore). General world RSS feed, newest first, pubDate with +0800, no dc:creator (author null). The war is a minority: 4 of 6 items are off-beat (ASEAN sea-code talks, Singapore inflation, Vietnam floods, Nikkei record). Local times 09:00-23:30 SGT are 01:00-15:30 UTC on 15 October.",
  not_entries=["channel title/link/description/language/ttl", "item category, link and guid elements"],
  entries=[
  E("2026-10-15 23:30", "Ukrainian drones hit Russian oil refinery in Samara region",
    ["Ukraine said its drones hit the Novokuibyshevsk refinery in Russia's Samara region overnight, the latest in a series of long-range strikes on Russian energy sites."],
    "strikes", "strikes", 3, NOVO),
  OFF("2026-10-15 21:10", "Manila hosts ASEAN talks on South China Sea code of conduct",
    ["Senior officials from South-east Asian nations and China met in Manila to try to finish a code of conduct for the South China Sea, a goal the Philippines wants reached during its year as ASEAN chair."],
    "asean-south-china-sea-code-talks-2026-10", n="regional diplomacy"),
  OFF("2026-10-15 18:45", "Singapore core inflation eases for third month",
    ["Singapore's core inflation slowed for a third straight month in September, the central bank said, as transport and food costs rose more slowly."],
    "singapore-core-inflation-2026-10", n="economy"),
  E("2026-10-15 15:20", "Kremenchuk death toll rises to 12",
    ["The number of people killed in Wednesday's Russian missile strike on the Ukrainian city of Kremenchuk has risen to 12, Ukrainian emergency services said."],
    "strikes", "strikes", 3, KREM, n="day-2 continuation of the day-1 Kremenchuk story"),
  OFF("2026-10-15 12:05", "Floods hit central Vietnam after days of heavy rain",
    ["Floods submerged thousands of homes in central Vietnam after days of torrential rain, and authorities evacuated residents from low-lying districts of Hue and Da Nang."],
    "central-vietnam-floods-2026-10", n="weather"),
  OFF("2026-10-15 09:00", "Nikkei hits record high on chip rally",
    ["Japan's Nikkei share average closed at a record high, lifted by chipmakers after strong results from a major US technology company."],
    "nikkei-record-high-2026-10-15", n="markets"),
  ]))

# ---------------------------------------------------------------- day 3: 2026-10-27
LVIV = "lviv-missile-drone-attack-2026-10-27"
POLAND = "poland-scrambles-jets-2026-10-27"
KHARKIV = "kharkiv-glide-bomb-strike-2026-10-27"
SWAP = "uae-mediated-prisoner-exchange-2026-10-27"

# ---------------------------------------------------------------- 11840 Gullsworth World Report
SEEDS.append(dict(
  id="11840", name="11840_gullsworth-worldrss", ext="xml", source="Gullsworth World Report", zone="UTC", render=r_rss, rfc="GMT",
  title="Gullsworth World Report", url="https://gullsworth-world.example", guid="gwr-20261027",
  lede="The day's international headlines",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, no dc:creator (author null). The war is a minority: 4 of 6 items are off-beat (US early voting, Bangladesh cyclone, eurozone lending, Indonesian volcano). Spells the attacked city 'Lvov'. The Polish jets item (11840-05) is its own story, not the Lviv attack.",
  not_entries=["channel title/link/description/language/ttl", "item category, link and guid elements"],
  entries=[
  OFF("2026-10-27 18:20", "Early voting hits record pace a week before US midterms",
    ["More than 30 million Americans have already cast ballots ahead of next week's midterm elections, according to a tally of state figures, a record for a non-presidential year."],
    "us-midterms-early-voting-2026-10", n="US elections"),
  E("2026-10-27 15:45", "Lvov death toll rises to five after overnight Russian barrage",
    ["Five people were killed when Russian missiles and drones struck the western Ukrainian city of Lvov overnight, regional authorities said, after rescuers recovered another body from a damaged apartment block."],
    "strikes", "strikes", 3, LVIV),
  OFF("2026-10-27 13:10", "Cyclone makes landfall in Bangladesh as a million move to shelters",
    ["A severe cyclone made landfall on Bangladesh's southern coast, and authorities said about a million people had been moved to storm shelters."],
    "bangladesh-cyclone-2026-10-27", n="weather"),
  OFF("2026-10-27 10:30", "Eurozone bank lending picks up ahead of ECB meeting",
    ["Lending to eurozone companies grew at its fastest pace in more than two years in September, data showed, days before the European Central Bank's policy meeting."],
    "eurozone-bank-lending-2026-10", n="economy"),
  E("2026-10-27 08:05", "Poland scrambles fighter jets as Russia pounds western Ukraine",
    ["Poland scrambled fighter jets and put ground-based air defences on alert overnight as Russia launched missiles and drones at western Ukraine, the Polish military said."],
    "other", "security", 3, POLAND, n="Poland's air-defence response, not the attack itself: must not merge with the Lviv attack"),
  OFF("2026-10-27 06:00", "Indonesian volcano erupts, forcing evacuation of villages",
    ["A volcano on Indonesia's island of Flores erupted, sending an ash column several kilometres into the sky and forcing the evacuation of nearby villages."],
    "flores-volcano-eruption-2026-10-27", n="natural disaster"),
  ]))

# ---------------------------------------------------------------- 11841 Ravensmoor Courier
SEEDS.append(dict(
  id="11841", name="11841_ravensmoor-textlive", ext="txt", source="Ravensmoor Courier", zone="Europe/Kyiv", render=r_ravensmoor,
  title="Ukraine live: Lviv hit overnight; glide bombs on Kharkiv", dateline="Tuesday 27 October \u00b7 all times Kyiv (EET)",
  byline="Live reporting: Halyna Voronets and Dafydd Pryce", parse_args=["--date", "2026-10-27"],
  lede="A night attack on Lviv, deadly glide bombs in Kharkiv and a renewed plea for air defence.",
  basis="bare stamp '{s}' (Kyiv time, EET = UTC+2, printed in the date line) on 'Tuesday 27 October' (no year printed; parse_args gives 2026-10-27); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; the date line 'Tuesday 27 October \u00b7 all times Kyiv (EET)' prints NO year anywhere on the page (parse_args --date 2026-10-27). Bare 'HH:MM' line before each headline. One page byline with two names, used as every entry's author (kept as one string). 11841-02 is a 'Watch:' teaser without body. 11841-05 is a theme piece (western Ukraine's gas storage) that mentions Lviv but is its own story. 11841-06 repeats 11841-01 nearly verbatim (duplicate_of 11841-01). 11841-07 is Zelensky's air-defence appeal after the attack: an appeal (aid), its own story.",
  not_entries=["outlet name and navigation", "page title", "date line 'Tuesday 27 October \u00b7 all times Kyiv (EET)'", "byline 'Live reporting: ...'", "lede",
               "support promo after the fourth post", "'We will be back tomorrow morning.'", "footer"],
  entries=[
  E("2026-10-27 07:20", "Lviv hit in overnight missile and drone attack; two killed",
    ["Two people were killed in Lviv when Russia launched missiles and drones at the city in the early hours, the mayor, Andriy Sadovyi, said.",
     "A heating plant and a residential building in the Sykhiv district were hit, and parts of the city are without hot water."],
    "strikes", "strikes", 3, LVIV, a="Halyna Voronets and Dafydd Pryce"),
  E("2026-10-27 09:05", "Watch: firefighters at the damaged heating plant in Lviv", [],
    "strikes", "strikes", 1, LVIV, a="Halyna Voronets and Dafydd Pryce", n="teaser without body (video)"),
  E("2026-10-27 10:40", "Glide bombs kill three in Kharkiv",
    ["Three people were killed and 14 wounded when Russian guided bombs hit a residential area of Kharkiv's Kyivskyi district, the regional governor said."],
    "strikes", "strikes", 3, KHARKIV, a="Halyna Voronets and Dafydd Pryce", n="another deadly strike the same day: must not merge with the Lviv attack"),
  E("2026-10-27 12:15", "Lviv toll rises to four; mayor declares day of mourning",
    ["The number of dead in Lviv has risen to four after rescuers found two more bodies under the rubble, and the city will observe a day of mourning on Wednesday."],
    "strikes", "strikes", 3, LVIV, a="Halyna Voronets and Dafydd Pryce"),
  E("2026-10-27 14:30", "Explainer: why Russia keeps aiming at western Ukraine's gas storage",
    ["The overnight attack on Lviv is a reminder that western Ukraine, far from the front, is not out of reach.",
     "The region holds most of Ukraine's underground gas storage, the reserves the country depends on to get through winter, and Russia has repeatedly targeted the pumping stations and power supply around it.",
     "The storage layers themselves lie deep underground and are hard to damage, but the equipment that injects and withdraws gas is not."],
    "strikes", "strikes", 2, "explainer-western-ukraine-gas-storage-attacks", a="Halyna Voronets and Dafydd Pryce",
    n="theme piece (explainer); mentions Lviv but is its own story: must not merge with the Lviv attack"),
  E("2026-10-27 16:50", "Lviv hit in overnight missile and drone attack; two killed",
    ["Two people were killed in Lviv when Russia launched missiles and drones at the city in the early hours, the mayor Andriy Sadovyi said.",
     "A heating plant and a residential building in the Sykhiv district were hit, and parts of the city are without hot water."],
    "strikes", "strikes", 1, LVIV, a="Halyna Voronets and Dafydd Pryce", dup="11841-01", n="near-verbatim repeat of 11841-01 (old toll)"),
  E("2026-10-27 18:35", "Zelensky: attack on Lviv shows air defence must come first",
    ["President Volodymyr Zelensky said the night's attack on Lviv showed that air defence had to be the first item on every partner's list, and appealed for additional Patriot systems to protect western cities."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2026-10-27", a="Halyna Voronets and Dafydd Pryce", sec=["strikes"],
    n="an appeal for air defence prompted by the attack; its own story: must not merge with the Lviv attack"),
  ]))

# ---------------------------------------------------------------- 11842 Lindenmarsh Agency
SEEDS.append(dict(
  id="11842", name="11842_lindenmarsh-atom", ext="xml", source="Lindenmarsh Agency", zone="Europe/Warsaw", render=r_atom,
  title="Lindenmarsh Agency \u2013 Eastern Europe", url="https://lindenmarsh-agency.example", lede="Agency reports from Warsaw",
  basis="Atom <published> '{s}' (explicit +01:00 offset = Warsaw winter time); local {d} in {z}",
  notes="Invented outlet (news agency, Poland). Atom feed, newest first, <published> with +01:00 (CET, after the 25 October clock change), <author><name> per entry. Spells the attacked city 'Lwów' (with 'Lviv' once in brackets). 11842-04 (President Nawrocki's call to speed up air-defence purchases) shares the air-defence theme with the scramble story but is a separate statement.",
  not_entries=["feed title/subtitle/links/id/updated", "entry category terms, links and ids"],
  entries=[
  E("2026-10-27 19:40", "Ukraine and Russia swap 185 prisoners each",
    ["Ukraine and Russia each returned 185 prisoners of war on Tuesday in an exchange mediated by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Agnieszka Wrona"),
  E("2026-10-27 16:25", "Lwów: five dead after night attack, rescuers end search",
    ["Five people were killed in the Russian missile and drone attack on Lwów (Lviv), the regional governor Maksym Kozytskyi said as rescuers ended their search of a damaged apartment building."],
    "strikes", "strikes", 3, LVIV, a="Piotr Mazur"),
  E("2026-10-27 13:10", "Polish military: no violation of airspace during overnight strikes on Ukraine",
    ["Poland's Operational Command said no Russian missile or drone had crossed into Polish airspace during the overnight attack on western Ukraine, after aircraft were scrambled as a precaution."],
    "other", "security", 3, POLAND, a="Piotr Mazur", n="Poland's air-defence response: must not merge with the Lviv attack"),
  E("2026-10-27 11:00", "Nawrocki calls for faster air-defence build-up on eastern flank",
    ["President Karol Nawrocki called on the government to speed up the purchase of air-defence systems for Poland's eastern border, saying the night's events showed the threat was growing."],
    "other", "security", 2, "nawrocki-eastern-flank-air-defence-2026-10-27", a="Agnieszka Wrona",
    n="same theme as the jet scramble, separate statement: must not merge with it"),
  E("2026-10-27 08:30", "Four killed in Russian strike on Lwów, regional governor says",
    ["Four people were killed in a Russian attack on Lwów overnight, the head of the Lviv regional military administration, Maksym Kozytskyi, said."],
    "strikes", "strikes", 3, LVIV, a="Piotr Mazur"),
  E("2026-10-27 06:05", "Polish jets scrambled as Russia launches strikes near border",
    ["Polish and allied aircraft were scrambled early on Tuesday as Russia launched missiles and drones at targets in western Ukraine, the Operational Command of the Polish Armed Forces said."],
    "other", "security", 3, POLAND, a="Agnieszka Wrona"),
  ]))

# ---------------------------------------------------------------- 11843 Skerrydale Journal
SEEDS.append(dict(
  id="11843", name="11843_skerrydale-htmllive", ext="html", source="Skerrydale Journal", zone="Europe/Stockholm", render=r_skerrydale,
  title="Ukraine live: Lviv counts its dead; prisoners come home", dateline="Tuesday 27 October 2026",
  url="https://skerrydale-journal.example/live/ukraine-2026-10-27",
  lede="Follow the day's developments in Russia's war against Ukraine. Times are Swedish time.",
  basis="visible '{s}' in <time datetime> (Swedish time, CET = UTC+1, offset in the datetime attribute) under 'Tuesday 27 October 2026'; the JSON-LD updates carry only the page time; local {d} in {z}",
  notes="Invented outlet (Sweden). HTML live, newest first. JSON-LD @graph: WebSite + LiveBlogPosting whose liveBlogUpdate array gives EVERY update the page's datePublished (no per-update time) and an articleBody cut at 300 characters: the visible '20.10' in <time datetime> is the only per-entry time. Signature line after the body (author). 11843-03 (Kharkiv glide bombs) mentions Lviv but is a separate strike.",
  not_entries=["header and navigation", "page title", "dateline", "standfirst", "promo after the second entry", "footer"],
  entries=[
  E("2026-10-27 20:10", "Prisoner exchange brings 185 Ukrainians home",
    ["A hundred and eighty-five Ukrainian prisoners of war crossed back into Ukraine on Tuesday evening, the latest exchange brokered by the United Arab Emirates.",
     "Russia received the same number of its soldiers."],
    "diplomacy", "diplomacy", 3, SWAP, a="Elin Brandt"),
  E("2026-10-27 17:35", "Sweden announces winter energy aid for Ukraine",
    ["Sweden's government announced 1.2 billion kronor in support for Ukraine's energy system, to be spent on mobile generators, transformers and repairs to heating plants."],
    "aid", "aid", 2, "sweden-winter-energy-aid-2026-10-27", a="Johan Ekdahl"),
  E("2026-10-27 14:50", "Kharkiv: three dead after glide-bomb attack on residential area",
    ["Russian glide bombs killed three people in a residential district of Kharkiv, Ukrainian officials said, hours after the overnight attack on Lviv."],
    "strikes", "strikes", 3, KHARKIV, a="Elin Brandt", n="mentions Lviv but is another strike: must not merge with the Lviv attack"),
  E("2026-10-27 12:20", "Lviv attack: heating plant damaged, four dead",
    ["Four people died in the overnight Russian attack on Lviv, in which a heating plant and an apartment block were hit, the city's mayor said."],
    "strikes", "strikes", 3, LVIV, a="Johan Ekdahl"),
  E("2026-10-27 09:05", "Gripen talks with Kyiv 'progressing', Swedish minister says",
    ["Sweden's defence minister said negotiations on supplying Gripen fighter jets to Ukraine were progressing, but declined to say when a contract might be signed."],
    "aid", "aid", 2, "sweden-gripen-talks-ukraine-2026-10-27", a="Johan Ekdahl"),
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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

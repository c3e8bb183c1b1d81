#!/usr/bin/env python3
"""Builds the eval/dr seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; 2026 events are made up). Part A imitates,
from memory, the page layouts of ten real news aggregators/readers; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dr/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
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


def ampm(d, sep=":", space=" ", upper=True):
    hh = d.hour % 12 or 12
    suf = "AM" if d.hour < 12 else "PM"
    if not upper:
        suf = suf.lower()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rel_long(cap, d):
    """Google News / Ground News style relative age, floored: '47 minutes ago', '1 hour ago', '11 hours ago'."""
    mins = int((cap - d).total_seconds() // 60)
    assert 0 < mins < 24 * 60, (cap, d)
    if mins < 60:
        return "1 minute ago" if mins == 1 else f"{mins} minutes ago"
    h = mins // 60
    return "1 hour ago" if h == 1 else f"{h} hours ago"


def rel_short(cap, d):
    """Flipboard style: '45m', '3h' (floored)."""
    mins = int((cap - d).total_seconds() // 60)
    assert 0 < mins < 24 * 60, (cap, d)
    return f"{mins}m" if mins < 60 else f"{mins // 60}h"


def rel_exact(cap, d):
    """MSN style, counted back exactly from the printed widget clock: '45m', '2h'."""
    mins = int((cap - d).total_seconds() // 60)
    if mins < 60:
        return f"{mins}m"
    assert mins % 60 == 0, (cap, d)
    return f"{mins // 60}h"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


# ================================================================ Part A renderers (layouts of real aggregators, from memory)

def r_googlenews(S):
    """Google News topic page, HTML, no JSON-LD. Relevance order (NOT chronological). Each card: source name, headline link,
    <time datetime="...Z">11 hours ago</time>, optional 'By NAME'. Some cards are clusters: a lead article plus smaller
    articles from other outlets and a 'Full Coverage' link. No snippets."""
    cap = datetime.strptime(S["capture"], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    out = ['<!doctype html>', '<html lang="en-US" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Google News</title>',
           '<meta name="referrer" content="origin">', f'<link rel="canonical" href="{S["url"]}">', '</head>',
           '<body jscontroller="ltDFwf" class="EIlDfe">',
           '<header class="gb_Ua"><a class="gb_2d" href="./" aria-label="Google News">Google News</a>'
           '<form role="search"><input type="text" aria-label="Search for topics, locations &amp; sources" placeholder="Search for topics, locations &amp; sources"></form>'
           '<a class="gb_A" aria-label="Google apps" href="#">Google apps</a> <a class="gb_Ra" href="https://accounts.google.com/">Sign in</a></header>',
           '<nav class="EctEBd" aria-label="Sections"><a href="./home">Home</a> <a href="./foryou">For you</a> <a href="./my/library">Following</a> '
           '<a href="./showcase">News Showcase</a> <a href="./topics/us">U.S.</a> <a href="./topics/world">World</a> <a href="./topics/local">Local</a> '
           '<a href="./topics/business">Business</a> <a href="./topics/tech">Technology</a> <a href="./topics/ent">Entertainment</a> '
           '<a href="./topics/sports">Sports</a> <a href="./topics/science">Science</a> <a href="./topics/health">Health</a></nav>',
           '<main class="HKt8rc"><c-wiz jsrenderer="Ztk0cb"><div class="Oc0wGc">', f'<h1 class="ozGX8e">{esc(S["title"])}</h1>',
           '<button class="VfPpkd-LgbsSe" aria-label="Follow">Follow</button> <button class="VfPpkd-LgbsSe" aria-label="Share">Share</button></div>',
           '<h2 class="UgjPbe">Top news</h2>']
    stamps = []

    def timeel(d):
        return f'<time class="hvbAAd" datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}">{rel_long(cap, d)}</time>'

    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = rel_long(cap, d); stamps.append(st)
        if i == 4:
            out.append('<h2 class="UgjPbe">More news</h2>')
        out.append(f'<c-wiz class="PO9Zff Ccj79 kUVvS"><article class="IBr9hb" jsname="{9031 + i}">')
        out.append(f'<div class="MCAGUe"><img class="qEdqNd" alt="" src="https://encrypted-tbn{i % 4}.gstatic.com/faviconV2?url={attr(e["url"])}">'
                   f'<div class="vr1PYe">{esc(e["outlet"])}</div></div>')
        out.append(f'<a class="gPFEn" href="./read/CBMi{slug(e["h"], 40).replace("-", "")}?hl=en-US&amp;gl=US&amp;ceid=US%3Aen">{esc(e["h"])}</a>')
        meta = f'<div class="UOVeFe">{timeel(d)}'
        if e["a"]:
            meta += f' <span class="PJK1m">By {esc(e["a"])}</span>'
        out.append(meta + '</div></article>')
        for (o, hh, tt) in e.get("cluster", []):
            dd = dt(tt, S["zone"])
            out.append(f'<article class="UwIKyb"><div class="vr1PYe">{esc(o)}</div><a class="gPFEn" href="./read/CBMi{slug(hh, 30).replace("-", "")}">'
                       f'{esc(hh)}</a><div class="UOVeFe">{timeel(dd)}</div></article>')
        if e.get("cluster"):
            out.append(f'<a class="jKHa4e" href="./stories/CAAqNggKIjBDQklTSGpvSmMzUnZjbmt0TXpZd1NoRUtEd2k{i}" aria-label="Full Coverage of this story">Full Coverage</a>')
        out.append('</c-wiz>')
    out += ['</c-wiz></main>',
            '<footer class="oKBEZe"><a href="https://policies.google.com/privacy">Privacy</a> · <a href="https://policies.google.com/terms">Terms</a> · '
            '<a href="./about">About Google News</a> · <a href="#">Send feedback</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_applenews(S):
    """Apple News web share page of an editors' topic collection, text scrape. Newest first. Publisher line, headline,
    excerpt, optional byline, then a 12-hour clock '3:05 PM'. The only date is the header 'Thursday, January 8' (no year)."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Apple News", "Open in News", "", S["title"], S["lede"], "", "Top Stories", f"{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        assert d.date() == d0.date()
        L.append(e["outlet"])
        if e.get("plus"):
            L.append("Apple News+")
        L += [e["h"]] + e["p"]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += [st, ""]
        if i == 2:
            L += ["Get the news you need, from sources you trust.", "Download Apple News", ""]
    L += ["More from Apple News", "Spotlight: Europe this week", "", "Open in News", "",
          "More ways to shop: Find an Apple Store or other retailer near you. Or call 1-800-MY-APPLE.",
          "Copyright \u00a9 Apple Inc. All rights reserved.", "Privacy Policy | Terms of Use | Sales and Refunds | Legal | Site Map"]
    return "\n".join(L) + "\n", stamps


def r_yahoorss(S):
    """Yahoo News world RSS 2.0: ISO 8601 pubDate in UTC ('2026-01-16T21:48:10Z', not RFC 822), <source url> names the outlet,
    media:content thumbnails, short description, no author element."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-US</language>', '<copyright>Copyright (c) 2026 Yahoo! Inc. All rights reserved</copyright>',
           f'<pubDate>{dt(S["entries"][0]["t"], z).strftime("%Y-%m-%dT%H:%M:%SZ")}</pubDate>', '<ttl>5</ttl>',
           '<image><title>Yahoo News</title><link>https://www.yahoo.com/news/world/</link><url>http://l.yimg.com/rz/d/yahoo_news_en-US_s_f_p_168x21_news.png</url><height>21</height><width>168</width></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).replace(second=e.get("secs", 0)); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        link = f"https://www.yahoo.com/news/articles/{slug(e['h'], 70)}-{d.strftime('%H%M%S')}{i:03d}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<pubDate>{st}</pubDate>',
                f'<source url="{attr(e["srcurl"])}">{esc(e["outlet"])}</source>',
                f'<guid isPermaLink="false">{slug(e["h"], 70)}-{d.strftime("%H%M%S")}{i:03d}.html</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:content height="86" url="https://s.yimg.com/uu/api/res/1.2/{1000 + i * 37}/{slug(e["outlet"])}.jpg" width="130"/>',
                '<media:credit role="publishing company"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_msn(S):
    """MSN news feed, text scrape. Header weather/time widget with the local clock '2:35 PM' and the date line; cards newest
    first: 'Provider \u00b7 45m', headline, optional abstract, reaction counts; one sponsored card; no year except the footer."""
    z = S["zone"]; order_check(S, True); cap = dt(S["capture"], z)
    L = ["Skip to content", "msn", "Search the web", "", f"{S['city']}", S["weather"], ampm(cap), f"{DAYS_EN[cap.weekday()]}, {MONTHS[cap.month - 1]} {cap.day}", "",
         "Discover   Following   News   Sports   Play   Money   Weather   Watch   Shopping", "", S["title"], "Top stories", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_exact(cap, d); stamps.append(st)
        L += [f"{e['outlet']} \u00b7 {st}", e["h"]] + e["p"] + [f"Like {e['likes']}   Comment {e['cmts']}", ""]
        if i == 2:
            L += ["Sponsored", "Ad \u00b7 HearthPro Solutions", "Pacific Northwest homeowners are switching to this heating trick", "Learn more", ""]
    L += ["See more", "", "\u00a9 2026 Microsoft", "Privacy & Cookies   Terms of use   Advertise   Feedback"]
    return "\n".join(L) + "\n", stamps


def r_flipboard(S):
    """Flipboard topic page, HTML, no JSON-LD. Newest first. Card: publisher, '\u00b7', <time datetime="...-08:00">3h</time>,
    headline, excerpt (sometimes cut with an ellipsis), optional 'By NAME'; some cards 'Flipped by NAME into ...' (curator, not author)."""
    z = S["zone"]; order_check(S, True); cap = dt(S["capture"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Flipboard</title>',
           '<meta property="og:site_name" content="Flipboard">', f'<meta property="og:title" content="{attr(S["title"])}">',
           f'<link rel="canonical" href="{S["url"]}"></head><body>', '<div id="app">',
           '<header class="main-nav"><a class="logo" href="/" aria-label="Flipboard">Flipboard</a><nav><a href="/">For You</a> '
           '<a href="/@news">News</a> <a href="/topic/sports">Sports</a> <a href="/explore">Explore</a></nav>'
           '<a class="button" href="/signup">Sign Up</a> <a class="button" href="/login">Log In</a></header>',
           '<main><section class="topic-header">', f'<h1>{esc(S["title"])}</h1>', f'<p class="topic-meta">{esc(S["meta"])}</p>',
           '<button class="follow">Follow</button></section>', '<ul class="item-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_short(cap, d); stamps.append(st)
        out.append('<li class="item"><article class="post">')
        out.append(f'<div class="attribution"><a class="publisher" href="{e["url"]}">{esc(e["outlet"])}</a> <span class="dot">\u00b7</span> '
                   f'<time datetime="{d.isoformat()}">{st}</time></div>')
        out.append(f'<h3 class="item-title"><a href="{e["url"]}/{slug(e["h"], 50)}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="excerpt">{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">By {esc(e["a"])}</p>')
        if e.get("flipper"):
            out.append(f'<p class="flipped-by">Flipped by {esc(e["flipper"])} into {esc(S["title"])}</p>')
        out.append(f'<div class="social"><span>Like {e.get("likes", 0)}</span> <span>Comment</span> <span>Flip</span> <span>Share</span></div></article></li>')
    out += ['</ul>', '<section class="related-topics"><h2>Related Topics</h2><a href="/topic/russia">Russia</a> <a href="/topic/nato">NATO</a> '
            '<a href="/topic/vladimirputin">Vladimir Putin</a> <a href="/topic/europe">Europe</a></section></main>',
            '<footer><a href="/about">About</a> <a href="/blog">Blog</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a> '
            '<a href="/terms">Terms</a> <span>\u00a9 2026 Flipboard</span></footer></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newsnow(S):
    """NewsNow topic page, text scrape. Date header 'Saturday 14 February 2026'; newest first; each item: headline line, then
    'Source  17:48' (bare 24-hour UK time). Headlines only, no snippets, no bylines."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = ["NewsNow", "The Independent News Discovery Platform", "", "Home   UK   World   Business   Sport   Science   Tech   Lifestyle", "",
         S["title"], S["lede"], "", "Top Stories   |   Latest   |   Popular", "", f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"{e['outlet']}  {st}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["More Ukraine War News", "", "Related topics: Russia \u00b7 Vladimir Putin \u00b7 Volodymyr Zelensky \u00b7 NATO \u00b7 Kyiv", "",
          "About NewsNow   Advertise   Privacy   Cookie settings", "\u00a9 Copyright NewsNow Publishing Limited 1997-2026"]
    return "\n".join(L) + "\n", stamps


def r_feedly(S):
    """Feedly board shared as an Atom feed: <published> in UTC with milliseconds, <author><name>, escaped HTML summary,
    <source> naming the original feed. Newest first."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<id>{S["url"]}</id>',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           '<generator uri="https://feedly.com">Feedly</generator>', f'<link rel="alternate" type="text/html" href="{S["url"]}"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<id>tag:feedly.com,2013:entry/{0x19c4a2f0 + i * 7331:x}_{0x5e21 + i:x}</id>', f'<title type="html">{esc(e["h"])}</title>',
                f'<link rel="alternate" type="text/html" href="{e["url"]}/{slug(e["h"], 60)}"/>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>')
        out.append(f'<source><id>feed/{e["url"]}/rss</id><title>{esc(e["outlet"])}</title><link rel="alternate" href="{e["url"]}"/></source>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_inoreader(S):
    """Inoreader folder view (expanded), text scrape. Sorted oldest first. Item: title, 'by AUTHOR in FEED' or 'in FEED',
    'Mar 1, 2026 08:12' (no zone), snippet, action row."""
    z = S["zone"]; order_check(S, False)
    L = ["Inoreader", "Search", "", "Dashboard   Subscriptions   Saved   Tags   Monitoring feeds", "", S["title"],
         f"{len(S['entries'])} unread \u00b7 Sort: Oldest first \u00b7 View: Expanded", "Mark all as read", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"], (f"by {e['a']} in {e['outlet']}" if e["a"] else f"in {e['outlet']}"), st] + e["p"] + ["Save   Share   Send to   Mark as unread", ""]
        if i == 3:
            L += ["Upgrade to Inoreader Pro to remove ads and unlock rules and filters.", ""]
    L += ["You have reached the end of this folder.", "", "Inoreader \u00b7 Blog \u00b7 Help center \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_allsides(S):
    """AllSides headline roundups listing, HTML (Drupal). Each roundup: title, visible date 'March 7th, 2026' inside
    <time datetime> (full local time with offset), summary paragraphs, then From the Left / Center / Right outlet headlines."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"], "isPartOf": {"@id": "https://www.allsides.com/#website"}},
        {"@type": "WebSite", "@id": "https://www.allsides.com/#website", "name": "AllSides", "url": "https://www.allsides.com/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | AllSides</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body class="path-headline-roundups">',
           '<header id="header"><a class="logo" href="/">AllSides</a> <span class="slogan">Balanced news via media bias ratings for an unbiased news perspective</span>'
           '<nav><a href="/unbiased-balanced-news">Balanced News</a> <a href="/media-bias/ratings">Media Bias Ratings</a> '
           '<a href="/headline-roundups">Headline Roundups</a> <a href="/newsletters">Newsletters</a> <a href="/donate">Donate</a></nav>'
           '<a href="/user/login">Log In</a> <a class="btn" href="/membership">Join</a></header>',
           f'<main><h1 class="page-title">{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}"; stamps.append(st)
        out.append(f'<div class="views-row"><div class="news-story"><h2 class="news-title"><a href="/story/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="news-date"><time datetime="{d.isoformat()}">{st}</time></div>')
        out.append('<div class="story-description">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        out.append('<div class="news-trio">')
        for side, (o, hh) in zip(["From the Left", "From the Center", "From the Right"], e["trio"]):
            out.append(f'<div class="news-item"><span class="bias-label">{side}</span> <span class="news-source">{esc(o)}</span> '
                       f'<a class="news-headline" href="#">{esc(hh)}</a></div>')
        out.append('</div></div></div>')
        if i == 2:
            out.append('<div class="newsletter-signup"><p>Get balanced news in your inbox. Sign up for the AllSides Daily newsletter.</p>'
                       '<input type="email" placeholder="Email address"> <button>Subscribe</button></div>')
    out += ['<nav class="pager"><a href="?page=1">Next page</a></nav></main>',
            '<footer><a href="/about">About AllSides</a> <a href="/media-bias/media-bias-rating-methods">Rating Methods</a> <a href="/contact">Contact</a> '
            '<span>Copyright \u00a9 2026 AllSides</span></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_groundnews(S):
    """Ground News story page, HTML (Next.js, no JSON-LD). One story with many sources; list sorted 'Oldest'. Card: source
    name, bias and factuality labels, headline, snippet, relative age '17 hours ago' and the source's location. The exact
    publication instants exist only in the __NEXT_DATA__ JSON."""
    z = S["zone"]; order_check(S, False); cap = dt(S["capture"], z)
    nd = {"props": {"pageProps": {"event": {"id": S["event_id"], "title": S["title"], "slug": slug(S["title"]),
                                            "sourceCount": S["counts"]["total"], "firstPublished": dt(S["entries"][0]["t"], z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                            "sources": []}}, "__N_SSP": True}, "page": "/article/[id]", "query": {"id": slug(S["title"]) + "_" + S["event_id"]},
          "buildId": "k3Xq9v2LmT0", "isFallback": False, "gssp": True}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ground News</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', '</head><body>', '<div id="__next">',
           '<header class="nav"><a href="/" aria-label="Ground News">Ground News</a><nav><a href="/">Home</a> <a href="/for-you">For You</a> '
           '<a href="/local">Local</a> <a href="/blindspot">Blindspot</a> <a href="/daily-briefing">Daily Briefing</a></nav>'
           '<a href="/subscribe">Subscribe</a> <a href="/login">Login</a></header>',
           '<main><div class="story-header"><div class="tags"><a href="/interest/europe">Europe</a> \u00b7 <a href="/interest/ukraine">Ukraine</a> \u00b7 '
           '<a href="/interest/russia-ukraine-war">Russia-Ukraine War</a></div>', f'<h1>{esc(S["title"])}</h1></div>',
           '<section class="summary"><h2>Summary by Ground News</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["bullets"]) + '</ul></section>',
           f'<section class="coverage"><h2>Coverage Details</h2><p>Total News Sources {S["counts"]["total"]}</p><p>Leaning Left {S["counts"]["left"]}</p>'
           f'<p>Center {S["counts"]["center"]}</p><p>Leaning Right {S["counts"]["right"]}</p><p>Bias Distribution: {S["counts"]["dist"]}</p></section>',
           '<section class="articles"><h2>Articles</h2><div class="sort">Sort by: Oldest</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_long(cap, d); stamps.append(st)
        nd["props"]["pageProps"]["event"]["sources"].append(
            {"id": f"{0x3a91c0 + i * 977:x}", "sourceName": e["outlet"], "title": e["h"], "description": " ".join(e["p"]),
             "publishedAt": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "bias": e["bias"].lower().replace(" ", "-"),
             "factuality": e["fact"], "location": e["loc"], "url": e["url"]})
        out.append(f'<div class="article-card"><div class="source"><span class="source-name">{esc(e["outlet"])}</span> '
                   f'<span class="bias">{esc(e["bias"])}</span> <span class="factuality">{esc(e["fact"])} Factuality</span></div>')
        out.append(f'<h4>{esc(e["h"])}</h4>')
        out += [f'<p class="snippet">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="meta"><span>{st}</span> \u00b7 <span>{esc(e["loc"])}</span></div><a href="{e["url"]}">Read Full Article</a></div>')
        if i == 3:
            out.append('<div class="promo"><p>Get the Daily Briefing: the top stories with bias comparison, every morning.</p><button>Sign up</button></div>')
    out += ['</section>', '<section class="similar"><h3>Similar News Topics</h3><a href="/interest/odesa">Odesa</a> <a href="/interest/volodymyr-zelensky">Volodymyr Zelensky</a></section></main>',
            '<footer><a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/privacy-policy">Privacy Policy</a> <span>\u00a9 2026 Snapwise Inc</span></footer></div>',
            '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(nd, ensure_ascii=False) + '</script>', '</body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_harbledown(S):
    """text live, newest first, Key Points block, '17.45 GMT' line before the headline, '\u2014 NAME' signature after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Get our Ukraine Briefing newsletter every weekday at 7am. Sign up here.", ""]
    L += ["Show older updates", "", f"\u00a9 {S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ostrivka(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished; visible bare
    '06:15' inside <time datetime>; author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{2301 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="topbar">{esc(S["source"])} is an independent newsroom. <a href="/donate">Support us</a></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/en">EN</a> | <a href="/uk">UA</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{2301 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><button>Copy link</button> <button>Share</button></div></article>')
        if i == 2:
            out.append('<aside class="read-also"><h3>Read also</h3><a href="/explainers/shadow-fleet">How the shadow fleet keeps Russian oil moving</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Team \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with the outlet's offset ('GMT' or numeric), CDATA paragraphs; dc:creator when named."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 50)}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 4410}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"].upper(), "Politics \u00b7 Europe \u00b7 World \u00b7 Economy \u00b7 Culture", "", S["crumbs"], "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "Listen to this article \u00b7 4 min", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Read more: What we know about Russia\u2019s ballistic missile stocks", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} {S['year']} \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/news/{i + 7730}"/>', f'<id>{S["url"]}/news/{i + 7730}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_wrzosiec(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2, the header prints 'All times CET'; author below the h2;
    a 'Photos:' gallery post without text."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div id="rodo">We use cookies to provide our services. <button>Accept</button> <button>Settings</button></div>',
           f'<header><a href="/" class="logo">{S["source"]}</a> <nav><a>Poland</a> <a>Region</a> <a>Europe</a> <a>War in Ukraine</a> <a>Opinion</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="relacja-wpis"><span class="godzina">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="autor">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="galeria">[Gallery: 12 photos] <a>See the gallery</a></div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside><h3>See also</h3><a href="/region/airspace-closures">Why Rzesz\u00f3w airport closes during Russian raids</a></aside>')
    out += ['<p class="more"><a href="/live/ukraine-18-03">Wednesday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About us \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_haddon(S):
    """text live, oldest first; '8:05 AM ET' line before each headline; page byline (two names); a syndicated post carries its own
    'By NAME, OUTLET' line and a credit line after the body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News \u00b7 Politics \u00b7 World \u00b7 Business \u00b7 Opinion \u00b7 Newsletters", "", S["title"], S["dateline"], f"By {S['byline']}",
         "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} ET"; stamps.append(st)
        L += [st, e["h"]]
        if e.get("synd"):
            L.append(f"By {e['a']}, {e['synd']}")
        L += [""] + ptxt(e["p"])
        if e.get("synd"):
            L += [f"This analysis first appeared in the {e['synd']} on Wednesday and is republished with permission.", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended. Follow our Ukraine coverage here.", "", f"{S['source']} \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_lindenhall(S):
    """HTML article with NewsArticle JSON-LD, h2 sections (one entry per section), byline and dateline 'Saturday, 24 January 2026, 17:30 CET'."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}], "inLanguage": "en",
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "mainEntityOfPage": S["url"]}
    dl = f"{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} CET"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{S["source"]}</a><nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav>'
           '<a href="/abo">Subscribe</a></header>', '<main><article>', '<p class="kicker">War in Ukraine</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="teaser">{esc(S["lede"])}</p>', f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{dl}</p>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="box">Our newsletter: the day in Europe, every evening. <a>Subscribe free</a></div>')
    out += ['<section class="related"><h3>More on this topic</h3><a href="/world/ukraine-winter-energy">Ukraine\u2019s second winter of rolling blackouts</a></section>',
            '</article></main>', f'<footer>\u00a9 {S["source"]} \u00b7 Imprint \u00b7 Data protection \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_stepne(S):
    """text live, oldest first; date line with weekday and day but no year; bare '08:05' line before the headline; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News  \u00b7  War  \u00b7  Regions  \u00b7  Energy  \u00b7  Explainers", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 4:
            L += ["Support independent journalism from Ukraine. Become a member.", ""]
    L += ["This live blog is now closed. Thank you for following.", "", f"{S['source']} \u00b7 About \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_corrievale(S):
    """HTML live, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no updates;
    visible '20:45 GMT' in <time datetime>; signature line after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Scotland</a> <a>UK</a> <a>World</a> <a>Business</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat().replace("+00:00", "Z")}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Sign up for the Corrievale Times morning briefing</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real aggregators' layouts (own words, invented 2026 news)
SEEDS = []
HL = "headline-only card (the aggregator shows no snippet); rated by its news value, not a teaser"

# ---------------------------------------------------------------- 12300 Google News
SEEDS.append(dict(
  id="12300", name="12300_googlenews-topic", ext="html", source="Google News", zone="UTC", render=r_googlenews, order="relevance",
  title="Russia-Ukraine war", capture="2026-01-02 20:32",
  url="https://news.google.com/topics/CAAqIggKIhxDQkFTRHdvSkwyMHZNR3hvY1hwMEVnSmxiaWdBUAE?hl=en-US&gl=US&ceid=US%3Aen",
  basis="visible relative age '{s}' inside <time datetime>; the datetime attribute gives the instant (UTC, 'Z'); local {d} in {z}",
  notes="Imitates a Google News topic page (news.google.com/topics/...) saved as HTML. No JSON-LD. Cards are in RELEVANCE order, not by time (published times jump back and forth). Each card: source name, headline link, <time class=\"hvbAAd\" datetime=\"...Z\">N hours ago</time> and, on some, 'By NAME'. No snippets: every entry is headline-only (body_paragraphs 0, first_sentence null) but is a real news item, so importance follows the news (not 1). Entries 12300-01 and 12300-04 are clusters: a lead article plus smaller articles from other outlets and a 'Full Coverage' link; the cluster is ONE entry (the lead); the smaller articles are related coverage (not_entries). The relative ages are floors and agree with one capture time (20:30-20:40 UTC).",
  not_entries=["Google News logo, search box, 'Google apps', 'Sign in'", "section navigation (Home, For you, Following, News Showcase, U.S., World, ...)",
               "topic heading 'Russia-Ukraine war' (page title) and the Follow / Share buttons", "section labels 'Top news' and 'More news'",
               "cluster sub-article 'The Guardian: Four killed as missile hits residential building in Kharkiv' (related coverage of 12300-01)",
               "cluster sub-article 'AP News: Kharkiv rescuers dig through rubble after overnight strike' (related coverage of 12300-01)",
               "cluster sub-article 'Politico Europe: Brussels releases first 2026 payment to Kyiv' (related coverage of 12300-04)",
               "'Full Coverage' links", "footer (Privacy, Terms, About Google News, Send feedback)"],
  entries=[
  E("2026-01-02 09:12", "Russian missile hits Kharkiv apartment block, killing four", [], "strikes", "strikes", 3, "kharkiv-missile-strike-2026-01-02",
    a="Tamsin Reyes", outlet="Reuters", url="https://www.reuters.com",
    cluster=[("The Guardian", "Four killed as missile hits residential building in Kharkiv", "2026-01-02 10:05"),
             ("AP News", "Kharkiv rescuers dig through rubble after overnight strike", "2026-01-02 12:40")],
    n=HL + "; cluster lead (two other outlets' headlines on the same strike are related coverage)"),
  E("2026-01-02 15:40", "Zelensky tells allies Ukraine is ready for January talks but will not cede territory", [], "diplomacy", "diplomacy", 3,
    "zelensky-january-talks-position-2026-01-02", a="Marko Dovhan", outlet="The Kyiv Independent", url="https://kyivindependent.com", n=HL),
  E("2026-01-02 07:05", "Polish jets scrambled as Russia launches overnight strikes on western Ukraine", [], "other", "security", 2,
    "poland-scrambles-jets-2026-01-02", sec=["strikes"], outlet="Notes from Poland", url="https://notesfrompoland.com",
    n=HL + "; leads with Poland's air-policing reaction (security), the strikes are secondary"),
  E("2026-01-02 13:25", "Ukraine receives \u20ac4.2 billion EU payment as 2026 budget gap looms", [], "aid", "aid", 3,
    "eu-ukraine-payment-2026-01-02", outlet="Euronews", url="https://www.euronews.com",
    cluster=[("Politico Europe", "Brussels releases first 2026 payment to Kyiv", "2026-01-02 14:10")], n=HL + "; cluster lead"),
  E("2026-01-02 11:50", "Russia claims capture of village east of Huliaipole", [], "other", "frontline", 2,
    "russia-claims-village-huliaipole-2026-01-02", outlet="The Moscow Times", url="https://www.themoscowtimes.com", n=HL),
  E("2026-01-02 05:30", "Why Ukraine\u2019s lights are staying on this winter", [], "other", "humanitarian", 2, "analysis-ukraine-grid-winter-2026",
    a="Imogen Blackwell", sec=["strikes"], outlet="BBC", url="https://www.bbc.com", n=HL + "; analysis piece (own story)"),
  E("2026-01-02 18:55", "Ukrainian drones set oil depot ablaze in Russia\u2019s Bryansk region", [], "strikes", "strikes", 2,
    "bryansk-oil-depot-drone-strike-2026-01-02", outlet="Al Jazeera", url="https://www.aljazeera.com", n=HL + "; no casualties in the headline"),
  ]))

# ---------------------------------------------------------------- 12301 Apple News
SEEDS.append(dict(
  id="12301", name="12301_applenews-share", ext="txt", source="Apple News", zone="America/Los_Angeles", render=r_applenews,
  title="Russia-Ukraine War", lede="Apple News editors are following the latest developments in the war in Ukraine.",
  parse_args=["--date", "2026-01-08"],
  basis="12-hour clock '{s}' under the item; the only date is the header 'Thursday, January 8' (no year anywhere; parse_args gives 2026-01-08); no zone printed, Apple's home zone (Pacific, PST = UTC-8) assumed; local {d} in {z}",
  notes="Imitates the web page that an apple.news share link opens for an editors' topic collection, copied as text. Newest first. Each item: publisher name, (an 'Apple News+' label on one), headline, one-paragraph excerpt, optional 'By NAME', then a bare 12-hour time '3:05 PM'. The only date is 'Thursday, January 8' under 'Top Stories'; no year appears anywhere, so parse_args gives --date 2026-01-08. No zone is printed: the outlet's home zone (America/Los_Angeles, PST) is assumed, which puts every item on 8 January in UTC as well (14:10-23:05 UTC).",
  not_entries=["'Apple News' / 'Open in News' header", "collection title 'Russia-Ukraine War' (page title) and its description line", "'Top Stories' label",
               "date header 'Thursday, January 8'", "'Apple News+' label on the Wall Street Journal item", "publisher name line above each headline (outlet, not text)",
               "app promo 'Get the news you need, from sources you trust.' / 'Download Apple News'", "'More from Apple News' / 'Spotlight: Europe this week'",
               "second 'Open in News' button", "Apple footer (store line, copyright, legal links)"],
  entries=[
  E("2026-01-08 15:05", "Trump and Zelensky talk air defense and next round of negotiations in phone call",
    ["President Donald Trump and Ukrainian President Volodymyr Zelensky spoke by phone on Thursday about air defense deliveries and plans for another round of negotiations, according to statements from both governments."],
    "diplomacy", "diplomacy", 3, "trump-zelensky-call-2026-01-08", a="Rafael Ortun", sec=["aid"], outlet="CNN"),
  E("2026-01-08 13:40", "Russian court jails journalist for seven years over posts about the war",
    ["A Moscow court sentenced a freelance journalist to seven years in a penal colony on Thursday for social media posts that prosecutors said spread false information about the Russian army."],
    "other", "politics", 2, "russia-journalist-jailed-war-posts-2026-01-08", outlet="The Guardian"),
  E("2026-01-08 11:20", "Inside the Tatarstan Factory Where Russia Builds Its Attack Drones",
    ["A sprawling industrial zone east of Moscow now turns out thousands of long-range drones a month, many of them assembled by teenagers recruited from vocational colleges."],
    "other", "security", 2, "alabuga-drone-factory-feature-2026-01", a="Dana Whitfield", outlet="The Wall Street Journal", plus=True,
    n="feature; 'Apple News+' label is chrome"),
  E("2026-01-08 09:55", "European allies draft troop plan ahead of Paris security meeting",
    ["Officials from France, Britain and about a dozen other countries are finishing plans for a multinational force that would deploy to Ukraine only after a ceasefire, three diplomats involved in the work said."],
    "diplomacy", "diplomacy", 2, "coalition-troop-plan-paris-2026-01", outlet="Politico"),
  E("2026-01-08 07:30", "Russian missile strike on Dnipro kills 5, including a child",
    ["A Russian ballistic missile struck a residential area of the central Ukrainian city of Dnipro on Thursday, killing five people and wounding at least 18, regional officials said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2026-01-08", a="Hanna Voloshyn", outlet="AP"),
  E("2026-01-08 06:10", "Overnight Russian attack cuts power in western Ukraine",
    ["Russian drones and missiles targeted energy facilities in the Lviv and Ivano-Frankivsk regions overnight, leaving tens of thousands of households without electricity, local officials said."],
    "strikes", "strikes", 2, "western-ukraine-energy-attack-2026-01-08", outlet="Reuters"),
  ]))

# ---------------------------------------------------------------- 12302 Yahoo News
SEEDS.append(dict(
  id="12302", name="12302_yahoonews-worldrss", ext="xml", source="Yahoo News", zone="UTC", render=r_yahoorss,
  title="World News - Yahoo News", url="https://www.yahoo.com/news/world/", lede="The latest world news from Yahoo News and its partners",
  basis="RSS pubDate '{s}' printed as ISO 8601 in UTC ('Z'), not RFC 822; local {d} in {z}",
  notes="Imitates Yahoo News' world RSS feed. RSS 2.0, newest first. pubDate is ISO 8601 with 'Z' (Yahoo's feeds do not use RFC 822). Each item names its partner outlet in <source url=...>; there is no author element, so author is null. description is a one-paragraph summary. Three of seven items are off the war (snow in Spain, an Indonesian volcano, an Australian heatwave). 12302-04's first sentence contains 'U.S.' mid-sentence.",
  not_entries=["channel title/link/description/language/copyright/ttl/image", "channel pubDate", "each item's link, guid, media:content and media:credit",
               "<source> outlet name (kept as the entry's outlet, not text)"],
  entries=[
  E("2026-01-16 21:48", "Russia says it downed 64 Ukrainian drones over border regions",
    ["Russia\u2019s defence ministry said air defence units destroyed 64 Ukrainian drones on Friday evening, most of them over the Bryansk and Kursk regions bordering Ukraine."],
    "strikes", "strikes", 2, "russia-downs-64-drones-2026-01-16", outlet="AFP", srcurl="https://www.afp.com/"),
  OFF("2026-01-16 19:20", "Heavy snow closes roads and schools across northern Spain",
      ["Snowfall of up to half a metre cut off mountain villages in Asturias and Le\u00f3n on Friday, and regional authorities closed schools and several motorway sections."],
      "spain-snow-2026-01-16", n="weather", outlet="Reuters", srcurl="https://www.reuters.com/"),
  E("2026-01-16 17:05", "Ukraine and Russia swap 150 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia each freed 150 prisoners of war on Friday in an exchange mediated by the United Arab Emirates, officials from both countries said."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-150-2026-01-16", outlet="Associated Press", srcurl="https://apnews.com/"),
  E("2026-01-16 14:33", "Kremlin says Putin ready to receive US envoy Witkoff next week",
    ["Kremlin spokesman Dmitry Peskov said on Friday that President Vladimir Putin was prepared to meet U.S. special envoy Steve Witkoff in Moscow next week to discuss proposals for ending the war."],
    "diplomacy", "diplomacy", 2, "kremlin-witkoff-visit-2026-01-16", outlet="Reuters", srcurl="https://www.reuters.com/", n="first sentence has 'U.S.' mid-sentence"),
  OFF("2026-01-16 11:10", "Indonesian volcano erupts again, forcing thousands from their homes",
      ["A volcano on the island of Flores erupted for the second time this week, sending an ash column several kilometres high and forcing the evacuation of nearby villages."],
      "indonesia-volcano-eruption-2026-01", n="natural disaster", outlet="The Independent", srcurl="https://www.independent.co.uk/"),
  E("2026-01-16 08:45", "Russian glide bombs kill 2 in Zaporizhzhia suburb",
    ["Russian aircraft dropped guided bombs on a suburb of Zaporizhzhia early Friday, killing two people and damaging a kindergarten, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2026-01-16", outlet="Associated Press", srcurl="https://apnews.com/"),
  OFF("2026-01-16 06:20", "Australia swelters as heatwave pushes temperatures past 45C",
      ["Heat warnings covered large parts of South Australia and Victoria on Friday, with fire crews on alert as temperatures climbed above 45 degrees Celsius inland."],
      "australia-heatwave-2026-01", n="weather", outlet="BBC", srcurl="https://www.bbc.com/"),
  ]))
for e, s_ in zip(SEEDS[-1]["entries"], [10, 31, 2, 47, 5, 19, 44]):
    e["secs"] = s_

# ---------------------------------------------------------------- 12303 MSN
SEEDS.append(dict(
  id="12303", name="12303_msn-feed", ext="txt", source="MSN", zone="America/Los_Angeles", render=r_msn,
  title="World", capture="2026-01-31 14:35", city="Redmond, WA", weather="44\u00b0F  Cloudy",
  basis="relative age '{s}' counted back from the header widget clock '2:35 PM' on 'Saturday, January 31' (year only in the footer '\u00a9 2026 Microsoft'; no zone printed, Microsoft's home zone Pacific, PST = UTC-8); local {d} in {z}",
  notes="Imitates the MSN news feed (World) as copied from the browser. Header widget: location, weather and the local clock '2:35 PM', then 'Saturday, January 31'; the year appears only in the footer. Cards newest first: 'Provider \u00b7 45m' (relative age) above the headline, an abstract on some cards, then reaction counts. Ages are counted back exactly from the widget clock (no zone printed; Microsoft's home zone, Pacific, assumed: all items fall on 31 January UTC, 11:35-21:50). No bylines are shown, so author is null. One sponsored card (not an entry). Two off-beat items (Super Bowl, ice storm). Headline-only cards 12303-03 and 12303-06 have no abstract.",
  not_entries=["'Skip to content', msn logo, search box", "weather/time widget (Redmond, WA / 44\u00b0F Cloudy / 2:35 PM) and the date line", "navigation row",
               "section title 'World' (page title) and 'Top stories'", "'Provider \u00b7 age' line above each headline (outlet and stamp, not text)",
               "reaction counts 'Like N   Comment N' under each card", "sponsored card ('Sponsored', 'Ad \u00b7 HearthPro Solutions', its headline and 'Learn more')",
               "'See more'", "footer (\u00a9 2026 Microsoft, Privacy & Cookies, Terms of use, Advertise, Feedback)"],
  entries=[
  E("2026-01-31 13:50", "Trump says he expects to meet Putin 'fairly soon' to close a deal on Ukraine",
    ["President Donald Trump said on Saturday he expected to meet Russian President Vladimir Putin in the coming weeks and that a framework to end the war in Ukraine was 'very close.'"],
    "diplomacy", "diplomacy", 3, "trump-expects-putin-meeting-2026-01-31", outlet="Reuters", likes=412, cmts=389),
  E("2026-01-31 12:35", "Ukraine faced a record number of Russian drones in January, air force says",
    ["Russia launched more than 6,000 long-range attack drones at Ukraine in January, the most in any month of the war, according to figures published by Ukraine\u2019s air force."],
    "strikes", "strikes", 2, "ukraine-record-drones-january-2026", outlet="Newsweek", likes=88, cmts=41),
  OFF("2026-01-31 11:35", "Santa Clara braces for Super Bowl crowds as fan events open", [], "santa-clara-super-bowl-2026", n="sport; headline-only card",
      outlet="SFGATE", likes=23, cmts=7),
  E("2026-01-31 09:35", "Russian strike on Odesa port kills a crew member aboard a cargo ship",
    ["A Russian drone hit a cargo ship moored in the port of Odesa overnight, killing one crew member and injuring two others, Ukrainian officials said."],
    "strikes", "strikes", 3, "odesa-port-ship-strike-2026-01-31", outlet="The Associated Press", likes=156, cmts=62),
  OFF("2026-01-31 08:35", "Ice storm threatens power outages from Texas to the Carolinas",
      ["Forecasters warned that freezing rain could bring down trees and power lines across a wide swath of the South through Sunday."],
      "southern-us-ice-storm-2026-01", n="weather", outlet="USA TODAY", likes=61, cmts=18),
  E("2026-01-31 06:35", "North Korean artillery crews seen near Zaporizhzhia front, Ukraine says", [], "other", "frontline", 2,
    "north-korean-crews-zaporizhzhia-front-2026-01", outlet="The Independent", likes=240, cmts=133, n=HL),
  E("2026-01-31 03:35", "Slovakia\u2019s Fico heads to Moscow for talks with Putin",
    ["Slovak Prime Minister Robert Fico will meet Vladimir Putin in the Kremlin on Sunday, breaking again with most European Union leaders, his office said."],
    "diplomacy", "diplomacy", 3, "fico-moscow-visit-2026-02-01", outlet="Politico", likes=97, cmts=120),
  ]))

# ---------------------------------------------------------------- 12304 Flipboard
SEEDS.append(dict(
  id="12304", name="12304_flipboard-topic", ext="html", source="Flipboard", zone="America/Los_Angeles", render=r_flipboard,
  title="Ukraine War", meta="Topic \u00b7 1.4M followers", capture="2026-02-07 15:32", url="https://flipboard.com/topic/ukrainewar",
  basis="visible relative age '{s}' inside <time datetime> (the attribute carries the local time with -08:00, Pacific); local {d} in {z}",
  notes="Imitates a Flipboard topic page ('Ukraine War') saved as HTML; no JSON-LD. Newest first. Card: publisher, '\u00b7', <time datetime=\"...-08:00\">3h</time> (short relative age, floored), headline, excerpt, optional 'By NAME', reaction row. Two cards carry 'Flipped by NAME into Ukraine War': that is the curator who shared the story, NOT its author (12304-02 and 12304-06 have no author). Some excerpts are cut off with an ellipsis after the first sentence; body_paragraphs counts the excerpt as printed (one paragraph). The datetime offsets are Pacific (PST), the outlet's home zone; all items fall on 7 February UTC (09:30-22:05).",
  not_entries=["Flipboard logo, navigation, Sign Up / Log In", "topic heading 'Ukraine War' (page title), 'Topic \u00b7 1.4M followers', Follow button",
               "publisher name and relative age line above each headline", "'Flipped by ... into Ukraine War' curator lines (12304-02, 12304-06)",
               "reaction rows (Like N, Comment, Flip, Share)", "'Related Topics' links", "footer"],
  entries=[
  E("2026-02-07 14:05", "Kharkiv drone attack injures 14, including three children",
    ["Russian drones struck residential areas of Kharkiv on Saturday afternoon, injuring 14 people, the city\u2019s mayor said. Several of the drones hit\u2026"],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2026-02-07", outlet="The Guardian", url="https://www.theguardian.com", likes=57, n="excerpt cut with an ellipsis"),
  E("2026-02-07 12:20", "Parliament extends martial law and mobilization for another 90 days",
    ["Ukraine\u2019s parliament has voted to extend martial law and general mobilization for a further 90 days, until early May."],
    "other", "politics", 2, "martial-law-extension-2026-02", outlet="The Kyiv Independent", url="https://kyivindependent.com", flipper="Kateryna Voss", likes=31,
    n="'Flipped by Kateryna Voss' is the curator, not the author"),
  E("2026-02-07 10:40", "EU weighs new sanctions on Russian LNG and shadow fleet",
    ["European Union governments are discussing a new round of sanctions that would target Russian liquefied natural gas and more of the tankers that carry Russian oil, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-lng-debate-2026-02-07", outlet="Politico Europe", url="https://www.politico.eu", likes=19),
  E("2026-02-07 08:10", "Ukraine\u2019s Interceptor Drones Are Chasing Down Shaheds. Can They Keep Up?",
    ["Cheap drones built to ram Russian attack drones in midair now account for a growing share of kills, Ukrainian commanders say, but crews warn they are stretched thin."],
    "strikes", "strikes", 2, "analysis-interceptor-drones-2026-02", a="Colin Ardery", outlet="The New York Times", url="https://www.nytimes.com", likes=142,
    n="analysis (own story); air-defence engagements -> strikes"),
  E("2026-02-07 05:45", "Germany to deliver two more IRIS-T air defense systems by spring",
    ["Germany will send two additional IRIS-T SLM air defense systems to Ukraine by the end of April, the defense ministry in Berlin said on Saturday. The systems are\u2026"],
    "aid", "aid", 3, "germany-iris-t-delivery-2026-02-07", a="Katrin Mohl", outlet="DW", url="https://www.dw.com", likes=76, n="major arms delivery; excerpt cut with an ellipsis"),
  E("2026-02-07 01:30", "Russia claims capture of village near Pokrovsk; Kyiv disputes account",
    ["Russia\u2019s defence ministry said its forces had taken a village north of Pokrovsk, but a Ukrainian military spokesman said fighting for the settlement was continuing."],
    "other", "frontline", 2, "russia-claims-village-pokrovsk-2026-02-07", outlet="Al Jazeera", url="https://www.aljazeera.com", flipper="Ben Okafor", likes=12,
    n="'Flipped by Ben Okafor' is the curator, not the author"),
  ]))

# ---------------------------------------------------------------- 12305 NewsNow
SEEDS.append(dict(
  id="12305", name="12305_newsnow-ukraine", ext="txt", source="NewsNow", zone="Europe/London", render=r_newsnow,
  title="Ukraine War News", lede="Latest news on the Russia-Ukraine war from hundreds of sources, updated around the clock",
  basis="bare 24-hour time '{s}' after the source name, under the page date header 'Saturday 14 February 2026'; no zone printed, NewsNow's home zone (UK, GMT = UTC in February); local {d} in {z}",
  notes="Imitates a NewsNow topic page (Ukraine War News) copied as text. One date header 'Saturday 14 February 2026'; newest first; each item is a headline line followed by 'Source  HH:MM' (bare 24-hour UK time, no zone printed: GMT = UTC in February). Headlines only: no snippets and no bylines, so every entry has body_paragraphs 0, first_sentence null and author null; war items are rated by news value (headline-only, not teasers). 12305-08 (Ukraine's Eurovision selection) is about Ukraine but not about the war: off-beat.",
  not_entries=["'NewsNow' masthead and tagline", "navigation row", "page title 'Ukraine War News' and its description line", "'Top Stories | Latest | Popular' tabs",
               "date header 'Saturday 14 February 2026'", "'Source  HH:MM' line under each headline (outlet and stamp)", "'Advertisement'",
               "'More Ukraine War News'", "'Related topics: ...'", "footer links and copyright"],
  entries=[
  E("2026-02-14 17:48", "Zelensky tells Munich conference Europe must stop waiting for Washington", [], "diplomacy", "diplomacy", 3,
    "zelensky-munich-speech-2026-02-14", outlet="The Guardian", n=HL),
  E("2026-02-14 16:30", "Rubio and Sybiha meet on sidelines of Munich security summit", [], "diplomacy", "diplomacy", 3,
    "rubio-sybiha-munich-meeting-2026-02-14", outlet="Sky News", n=HL + "; ministerial meeting"),
  E("2026-02-14 15:12", "Kremlin brushes off Munich speeches as 'hysteria'", [], "diplomacy", "diplomacy", 2,
    "kremlin-dismisses-munich-speeches-2026-02-14", outlet="Daily Express", n=HL),
  E("2026-02-14 13:05", "Russian drone hits bus in Sumy, killing three passengers", [], "strikes", "strikes", 3,
    "sumy-bus-drone-strike-2026-02-14", outlet="BBC News", n=HL),
  E("2026-02-14 11:40", "British-made interceptor drones arrive on Ukraine\u2019s front line", [], "aid", "aid", 2,
    "uk-interceptor-drones-delivery-2026-02", outlet="The Telegraph", n=HL),
  E("2026-02-14 09:55", "Odesa left without power after overnight strikes on substations", [], "strikes", "strikes", 2,
    "odesa-substations-strike-2026-02-14", outlet="Kyiv Post", n=HL),
  E("2026-02-14 08:20", "Man charged over arson attack on Ukrainian-owned warehouse in east London", [], "other", "security", 2,
    "london-warehouse-arson-charge-2026-02", outlet="Evening Standard", n=HL + "; sabotage case"),
  OFF("2026-02-14 07:01", "Ukraine picks its Eurovision entry in televised national final", [], "ukraine-eurovision-selection-2026",
      n="culture, about Ukraine but not the war; headline-only card", outlet="Reuters"),
  ]))

# ---------------------------------------------------------------- 12306 Feedly
SEEDS.append(dict(
  id="12306", name="12306_feedly-board", ext="xml", source="Feedly", zone="UTC", render=r_feedly,
  title="Ukraine watch", lede="A Feedly board shared as a feed", url="https://feedly.com/i/board/content/user/5f3c2a1e-77b0-4d1e-9a3e-2b8c1d0e6f42/category/global.board.ukraine-watch",
  basis="Atom <published> '{s}' (UTC with milliseconds); local {d} in {z}",
  notes="Imitates a Feedly board exported/shared as an Atom feed. Newest first. <published> is UTC with milliseconds ('...T20:15:00.000Z'). Each entry keeps the original feed in <source><title> (the outlet) and the original author in <author><name> where the source feed had one (12306-02 and 12306-06 have none). Summaries are escaped HTML; one is cut with an ellipsis after its first sentence.",
  not_entries=["feed id/title/subtitle/updated/generator/link", "each entry's id, link and <source> block (outlet name kept as outlet)"],
  entries=[
  E("2026-02-22 20:15", "Russian missile strike on Kryvyi Rih kills 6 days before war anniversary",
    ["A Russian ballistic missile hit a residential neighbourhood of Kryvyi Rih on Sunday evening, killing six people and injuring 23, local officials said. Rescue work\u2026"],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2026-02-22", a="Yana Kostyrko", outlet="The Kyiv Independent", url="https://kyivindependent.com"),
  E("2026-02-22 17:40", "Russian regions cut signing bonuses for new army recruits",
    ["At least eight Russian regions have reduced the one-off payments offered to men who sign army contracts, a sign that local budgets are under strain, according to regional decrees reviewed by Meduza."],
    "other", "politics", 2, "russia-regions-cut-recruit-bonuses-2026-02", outlet="Meduza", url="https://meduza.io/en"),
  E("2026-02-22 15:05", "Russian Offensive Campaign Assessment, February 22, 2026",
    ["Russian forces made marginal advances near Kostiantynivka and Huliaipole.", "Ukrainian forces recently counterattacked north of Kupiansk and regained positions near the Oskil River."],
    "other", "frontline", 2, "isw-assessment-2026-02-22", a="Miriam Castell", outlet="Institute for the Study of War", url="https://www.understandingwar.org"),
  E("2026-02-22 12:30", "Moldova expels Russian diplomat after drone crashes near border village",
    ["Moldova ordered a Russian embassy official to leave the country after a drone came down in a village near the Ukrainian border, the foreign ministry in Chisinau said."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2026-02-22", a="Ion Rusu", sec=["strikes"], outlet="RFE/RL", url="https://www.rferl.org"),
  E("2026-02-22 09:50", "EU leaders plan to mark war\u2019s fourth anniversary in Kyiv",
    ["Several EU heads of government and the presidents of the European Commission and European Council intend to travel to Kyiv on Tuesday for the fourth anniversary of the full-scale invasion, officials said."],
    "diplomacy", "diplomacy", 2, "eu-leaders-kyiv-anniversary-plan-2026-02", a="Lise Andersen", outlet="Euractiv", url="https://www.euractiv.com"),
  E("2026-02-22 06:10", "Ukrainian drones hit Saratov refinery, regional governor says",
    ["Drones struck an oil refinery in the Russian city of Saratov overnight, starting a fire that was put out by morning, the regional governor said. He reported no casualties."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2026-02-22", outlet="Reuters", url="https://www.reuters.com"),
  ]))

# ---------------------------------------------------------------- 12307 Inoreader
SEEDS.append(dict(
  id="12307", name="12307_inoreader-folder", ext="txt", source="Inoreader", zone="Europe/Sofia", render=r_inoreader,
  title="Ukraine war",
  basis="date-time '{s}' under the item (no zone printed; Inoreader's home zone, Sofia, EET = UTC+2); local {d} in {z}",
  notes="Imitates an Inoreader folder ('Ukraine war') in expanded view, copied as text, sorted OLDEST FIRST (printed 'Sort: Oldest first'). Item: title, 'by AUTHOR in FEED' (or just 'in FEED'), date-time 'Mar 1, 2026 08:12' with no zone (Inoreader's home zone, Europe/Sofia, EET = UTC+2, assumed; all items fall on 1 March UTC), snippet, action row. One off-beat item (a shopping-centre fire in Moscow).",
  not_entries=["Inoreader header, search and navigation", "folder name 'Ukraine war' (page title)", "'7 unread \u00b7 Sort: Oldest first \u00b7 View: Expanded'", "'Mark all as read'",
               "'by AUTHOR in FEED' / 'in FEED' lines (author and outlet)", "action row 'Save   Share   Send to   Mark as unread' under each item",
               "Pro upgrade banner", "'You have reached the end of this folder.'", "footer"],
  entries=[
  E("2026-03-01 08:12", "Russia launched 112 drones overnight, 87 shot down - air force",
    ["Russian forces attacked Ukraine overnight with 112 attack drones and decoys, of which 87 were shot down or jammed, the Air Force of the Armed Forces of Ukraine reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-03-01", outlet="Ukrinform"),
  E("2026-03-01 09:40", "Russian glide bomb attack on Kostiantynivka kills 2",
    ["Two civilians were killed when Russian aircraft dropped guided bombs on Kostiantynivka in Donetsk Oblast on the morning of March 1, the regional governor reported."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bombs-2026-03-01", a="Daryna Levchuk", outlet="The Kyiv Independent"),
  E("2026-03-01 11:05", "Poland finishes first stretch of 'East Shield' fortifications",
    ["The Polish defence ministry says it has completed the first section of anti-tank obstacles and ditches along the border with Belarus and Russia\u2019s Kaliningrad region."],
    "other", "security", 2, "poland-east-shield-first-section-2026-03", a="Piotr Wicher", outlet="Notes from Poland"),
  OFF("2026-03-01 12:30", "Fire at Moscow shopping centre forces evacuation of 3,000",
      ["Emergency services evacuated about 3,000 people from a shopping centre in northern Moscow on Sunday after a fire broke out in a food court, officials said. No injuries were reported."],
      "moscow-shopping-centre-fire-2026-03-01", n="accident in Moscow, not war-related", outlet="The Moscow Times"),
  E("2026-03-01 14:15", "Baltic ministers push for tougher sanctions on Russian shipping",
    ["The foreign ministers of Estonia, Latvia and Lithuania called on Sunday for the EU\u2019s next sanctions package to bar all Russian-flagged tankers from European ports."],
    "diplomacy", "diplomacy", 2, "baltic-sanctions-push-2026-03-01", a="Marta Ilves", outlet="Euronews"),
  E("2026-03-01 16:50", "Orb\u00e1n puts Ukraine at centre of Hungary election campaign",
    ["Hungary\u2019s Prime Minister Viktor Orb\u00e1n told a rally in Budapest that only his party could keep the country out of the war in Ukraine, six weeks before a parliamentary election."],
    "other", "politics", 2, "orban-campaign-ukraine-2026-03", outlet="BBC News - Europe"),
  E("2026-03-01 19:25", "Zelensky imposes sanctions on 60 Russian shipping firms",
    ["President Volodymyr Zelensky signed a decree on Sunday imposing sanctions on 60 companies and 45 vessels linked to the transport of Russian oil."],
    "diplomacy", "diplomacy", 2, "zelensky-sanctions-shipping-firms-2026-03-01", a="Oksana Hrytsai", outlet="Ukrainska Pravda"),
  ]))

# ---------------------------------------------------------------- 12308 AllSides
SEEDS.append(dict(
  id="12308", name="12308_allsides-roundup", ext="html", source="AllSides", zone="America/New_York", render=r_allsides,
  title="Headline Roundups", url="https://www.allsides.com/headline-roundups",
  lede="See how the left, center and right cover the day\u2019s top stories, side by side.",
  basis="visible date-only stamp '{s}' inside <time datetime>; the attribute gives the local time with -05:00 (Eastern, EST); local {d} in {z}",
  notes="Imitates AllSides' 'Headline Roundups' listing saved as HTML (Drupal; JSON-LD only WebPage/WebSite). Newest first. Each roundup: title, a date-only visible stamp 'March 7th, 2026' in <time datetime=\"2026-03-07T16:20:00-05:00\"> (the time exists only in the attribute), the AllSides summary paragraphs, then three outlet headlines labelled From the Left / From the Center / From the Right. A roundup is ONE entry (a cluster): its title is the headline, the summary is the body; the three outlet headlines are related coverage (not entries). Summaries are written by the AllSides News Team (no person), so author is null. Two roundups are off the war (jobs report, Supreme Court).",
  not_entries=["AllSides header, slogan, navigation, Log In / Join", "page title 'Headline Roundups' and intro line",
               "the three 'From the Left / From the Center / From the Right' outlet headlines under every roundup (related coverage, 18 lines)",
               "newsletter sign-up box after the third roundup", "'Next page' pager", "footer"],
  entries=[
  E("2026-03-07 16:20", "Russia, Ukraine Agree to Pause Energy Strikes as Talks Continue",
    ["Russia and Ukraine agreed on Saturday to halt attacks on each other\u2019s energy infrastructure for 30 days, the White House said after separate meetings with both delegations in Riyadh.",
     "Coverage on the left focused on doubts about how the pause would be enforced, while right-rated outlets highlighted the administration\u2019s role in brokering it."],
    "diplomacy", "diplomacy", 3, "energy-strike-pause-agreement-2026-03-07",
    trio=[("CNN Digital", "Russia and Ukraine agree to 30-day halt on energy strikes"), ("Reuters", "Moscow, Kyiv commit to energy truce after Riyadh meetings"),
          ("Fox News (Online News)", "Trump team secures energy ceasefire between Russia and Ukraine")]),
  E("2026-03-07 14:05", "U.S. Clears Patriot Missile Sale to European Allies for Ukraine",
    ["The State Department approved the sale of Patriot interceptors worth an estimated $1.9 billion to Germany and the Netherlands, which plan to pass them on to Ukraine under a NATO purchasing scheme."],
    "aid", "aid", 3, "patriot-sale-purl-2026-03-07",
    trio=[("The Guardian", "US approves $1.9bn Patriot sale destined for Ukraine"), ("Axios", "State Department greenlights Patriot deal for Kyiv via NATO"),
          ("Washington Examiner", "Europe foots the bill for new Patriots headed to Ukraine")]),
  OFF("2026-03-07 12:40", "February Jobs Report Shows Hiring Slowed",
      ["Employers added fewer jobs than expected in February, according to Labor Department data released Friday, while the unemployment rate held steady."],
      "us-jobs-report-2026-02", n="US economy",
      trio=[("HuffPost", "Hiring cools as February payrolls disappoint"), ("Bloomberg", "US payroll growth slows more than forecast"),
            ("The Daily Wire", "Jobs report misses expectations again")]),
  E("2026-03-07 10:15", "Russian Missile Strike on Kyiv Kills 4, Damages Embassy Building",
    ["A Russian missile and drone attack on Kyiv early Saturday killed four people and damaged a building housing a foreign embassy, Ukrainian officials said."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2026-03-07",
    trio=[("NBC News (Online)", "Four dead as Russian missiles hit Kyiv overnight"), ("BBC News", "Kyiv attack kills four and damages embassy"),
          ("New York Post", "Russian barrage rocks Kyiv hours before energy talks")]),
  OFF("2026-03-07 09:00", "Supreme Court Agrees to Hear Challenge to State Social Media Law",
      ["The Supreme Court said it would decide whether a state law restricting minors\u2019 use of social media platforms violates the First Amendment."],
      "supreme-court-social-media-law-2026-03", n="US courts",
      trio=[("The Washington Post", "Justices to weigh limits on kids\u2019 social media"), ("The Hill", "Supreme Court takes up social media age law"),
            ("National Review", "Court will hear free-speech fight over teen social media rules")]),
  E("2026-03-07 07:30", "Zelenskyy Visits Troops Near Zaporizhzhia Front",
    ["Ukrainian President Volodymyr Zelenskyy visited front-line positions in the Zaporizhzhia region on Friday, meeting commanders and handing out awards."],
    "other", "frontline", 2, "zelensky-zaporizhzhia-front-visit-2026-03-06",
    trio=[("Politico", "Zelenskyy tours southern front"), ("Reuters", "Zelenskiy visits troops in Zaporizhzhia region"),
          ("Fox News (Online News)", "Zelenskyy makes front-line visit as talks loom")]),
  ]))

for e in SEEDS[-1]["entries"]:
    e["outlet"] = "AllSides"  # the roundup summary is AllSides' own; the three outlet headlines are related coverage

# ---------------------------------------------------------------- 12309 Ground News
ODESA = "odesa-missile-drone-attack-2026-03-27"
SEEDS.append(dict(
  id="12309", name="12309_groundnews-story", ext="html", source="Ground News", zone="America/Toronto", render=r_groundnews,
  title="Russian strike on Odesa kills at least 9, damages port", capture="2026-03-27 18:00", event_id="e3a7c2d1-44b9-4f0c-9d61-7b2f1e0a5c88",
  lede="A Russian missile and drone attack on Odesa killed at least nine people and damaged port facilities, officials said.",
  bullets=["Russian missiles and drones hit Odesa overnight, striking port warehouses, an energy facility and an apartment building.",
           "The death toll rose during the day from four to nine; dozens were injured.",
           "Russia said it targeted port infrastructure used to assemble naval drones."],
  counts=dict(total=58, left=16, center=29, right=13, dist="Left 28% \u00b7 Center 50% \u00b7 Right 22%"),
  basis="visible relative age '{s}'; the exact instant is the source's publishedAt in the page's __NEXT_DATA__ JSON (UTC); no zone printed (Ground News' home zone, Eastern, EDT = UTC-4); local {d} in {z}",
  notes="Imitates a Ground News story page (Next.js HTML, no JSON-LD). The whole page is ONE story (Russia's overnight attack on Odesa of 26-27 March), told by seven sources: all entries share one story slug (importance 3: deadly strike, told by many outlets), including TASS' claim (an official claim about the same attack, spelled 'Odessa') and Zelensky's reaction. The source list is sorted 'Oldest' (printed 'Sort by: Oldest'). Visible stamps are floored relative ages ('17 hours ago'); the exact times are only in __NEXT_DATA__ (publishedAt, UTC); they agree with one capture time (22:00 UTC). Toll grows 4 -> 5 -> 7 -> 9. 12309-05 (ABC News) runs the AP text verbatim: duplicate_of 12309-04, importance 1. No bylines are shown (author null). The 'Summary by Ground News' bullets and coverage counts are page chrome.",
  not_entries=["Ground News header and navigation", "topic tags (Europe \u00b7 Ukraine \u00b7 Russia-Ukraine War)", "story title (page title)",
               "'Summary by Ground News' bullet list (3 bullets)", "'Coverage Details' counts and bias distribution", "'Sort by: Oldest'",
               "source name, bias and factuality labels on each card", "location after each relative age", "'Read Full Article' links",
               "Daily Briefing promo after the fourth card", "'Similar News Topics'", "footer", "__NEXT_DATA__ script (data, not text)"],
  entries=[
  E("2026-03-27 00:30", "Russian attack on Ukraine's Odesa kills 4, governor says",
    ["A Russian missile and drone attack on the Black Sea port of Odesa overnight killed four people and injured at least 15, regional governor Oleh Kiper said on Friday."],
    "strikes", "strikes", 3, ODESA, outlet="Reuters", bias="Center", fact="Very High", loc="London, United Kingdom", url="https://www.reuters.com/world/europe/odesa-attack-0327"),
  E("2026-03-27 03:15", "Odesa attack: Russia hit port, energy facility and apartment block, officials say",
    ["Five people were killed and 21 injured in the overnight attack on Odesa, which damaged port warehouses, an energy facility and a nine-storey residential building, the regional administration said."],
    "strikes", "strikes", 3, ODESA, outlet="The Kyiv Independent", bias="Lean Left", fact="High", loc="Kyiv, Ukraine", url="https://kyivindependent.com/odesa-attack-0327"),
  E("2026-03-27 07:40", "Russian forces strike port infrastructure in Odessa used by Ukrainian military - MoD",
    ["The Russian Armed Forces carried out a strike with precision weapons on port infrastructure in Odessa used to assemble unmanned boats, the Russian Defense Ministry said."],
    "strikes", "strikes", 3, ODESA, outlet="TASS", bias="Lean Right", fact="Low", loc="Moscow, Russia", url="https://tass.com/politics/odessa-0327",
    n="Russian MoD claim about the same attack; spelled 'Odessa'"),
  E("2026-03-27 12:45", "Russian missiles and drones pound Odesa, killing at least 7",
    ["Russian missiles and drones slammed into Ukraine\u2019s southern port city of Odesa overnight, killing at least seven people, damaging port warehouses and setting an apartment building on fire, officials said."],
    "strikes", "strikes", 3, ODESA, outlet="Associated Press News", bias="Lean Left", fact="High", loc="New York, United States", url="https://apnews.com/article/odesa-0327"),
  E("2026-03-27 13:05", "Russian missiles and drones pound Odesa, killing at least 7",
    ["Russian missiles and drones slammed into Ukraine\u2019s southern port city of Odesa overnight, killing at least seven people, damaging port warehouses and setting an apartment building on fire, officials said."],
    "strikes", "strikes", 1, ODESA, dup="12309-04", outlet="ABC News", bias="Lean Left", fact="High", loc="New York, United States", url="https://abcnews.go.com/International/odesa-0327",
    n="AP copy republished verbatim by ABC News: near-verbatim repeat of 12309-04"),
  E("2026-03-27 14:30", "Zelensky says Russia used ballistic missiles in 'deliberate' Odessa attack",
    ["Ukrainian President Volodymyr Zelensky said Russia fired ballistic missiles at Odessa overnight and accused Moscow of deliberately targeting homes as well as the port."],
    "strikes", "strikes", 3, ODESA, outlet="Al Jazeera", bias="Lean Left", fact="Mixed", loc="Doha, Qatar", url="https://www.aljazeera.com/news/odessa-0327",
    n="reaction whose content is the attack itself -> same story; spelled 'Odessa'"),
  E("2026-03-27 17:10", "Odesa mourns as death toll from Russian strike climbs to nine",
    ["Authorities in Odesa declared Saturday a day of mourning after the toll from Thursday night\u2019s Russian missile and drone attack rose to nine."],
    "strikes", "strikes", 3, ODESA, outlet="Euronews", bias="Center", fact="High", loc="Lyon, France", url="https://www.euronews.com/odesa-0327"),
  ]))

# ================================================================ PART B: three invented multi-source days
ZAP = "zaporizhzhia-missile-strike-2026-03-18"
SANC = "eu-20th-sanctions-package-2026-03-18"
THEME1 = "analysis-zaporizhzhia-air-defence-gap"
ANALYSIS_H = "Analysis: Why Zaporizhzhia is so hard to protect from missiles"
ANALYSIS_P = ["Wednesday\u2019s strike on Zaporizhzhia is a reminder of the city\u2019s particular exposure: it lies barely 30 kilometres from Russian positions, which leaves air defence crews with very little warning.",
              "Ballistic missiles fired from occupied territory can reach the city in under two minutes, and glide bombs released by Russian jets further compress the time available to respond.",
              "Ukrainian officials say only a handful of Patriot batteries can reliably intercept ballistic missiles, and they are spread thin between Kyiv, Dnipro and the front-line regions."]
ZAP9_P = ["The number of dead in Zaporizhzhia has risen to nine, Fedorov said, as emergency workers dismantle a collapsed section of the building by hand.",
          "Among the injured are four children. A temporary aid point has been set up in a nearby school."]

# ---------------------------------------------------------------- 12320 Harbledown Courier (day 1)
SEEDS.append(dict(
  id="12320", name="12320_harbledown-textlive", ext="txt", source="Harbledown Courier", zone="Europe/London", render=r_harbledown,
  title="Ukraine war live: death toll rises in Zaporizhzhia after overnight missile strike", dateline="Wednesday 18 March 2026",
  lede="Updates from our Europe desk in London. All times GMT.",
  basis="stamp '{s}' (UK time, GMT printed = UTC in March) under the dateline 'Wednesday 18 March 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first; Key Points block with three headlines (key_point true, importance 3). Each post: '17.45 GMT' line (dot separator), headline, body, then a signature line '\u2014 NAME' (author). 12320-03 is a 'Watch:' video teaser without body or signature. 12320-02 is a theme piece (analysis of Zaporizhzhia's air-defence exposure): it mentions the strike but is its own story. 12320-05 (Orikhiv drone strike) is in the same region as the main event but a different strike: must not merge.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline 'Wednesday 18 March 2026'", "lede 'Updates from our Europe desk in London. All times GMT.'",
               "'Key Points' header and its three bullet headlines (they flag entries, they are not entries)", "'Latest updates'",
               "'\u2014 NAME' signature lines", "newsletter promo after the third post", "'Show older updates'", "footer"],
  entries=[
  E("2026-03-18 17:45", "EU agrees 20th package of sanctions on Russia",
    ["EU ambassadors have signed off on a 20th round of sanctions against Russia, adding more than 100 tankers to the list of shadow-fleet vessels barred from European ports, the Cypriot presidency said.",
     "The package also tightens curbs on exports of machine tools and drone components that officials say still reach Russia through third countries."],
    "diplomacy", "diplomacy", 3, SANC, a="Tom Aldane", kp=True),
  E("2026-03-18 16:10", ANALYSIS_H, ANALYSIS_P, "strikes", "strikes", 2, THEME1, a="Hannah Greatorex",
    n="theme piece (analysis); mentions the Zaporizhzhia strike but is its own story: must not merge with the strike"),
  E("2026-03-18 14:55", "Watch: Rescuers pull a woman from the rubble in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="video teaser without body"),
  E("2026-03-18 13:30", "Zaporizhzhia death toll rises to 12",
    ["Twelve people are now known to have died after a Russian missile struck a nine-storey apartment building in Zaporizhzhia overnight, the regional governor, Ivan Fedorov, said.",
     "Forty-one people were injured, including five children, and rescuers are still working through the collapsed stairwell."],
    "strikes", "strikes", 3, ZAP, a="Tom Aldane", kp=True, n="toll 12"),
  E("2026-03-18 11:05", "Russian drone kills farmer near Orikhiv",
    ["A Russian drone struck a tractor in fields outside Orikhiv, in the south of the Zaporizhzhia region, killing its driver, local officials said.",
     "The town lies close to the front line and is shelled almost daily."],
    "strikes", "strikes", 3, "orikhiv-drone-strike-2026-03-18", a="Hannah Greatorex",
    n="same region as the Zaporizhzhia city strike but another attack: must not merge"),
  E("2026-03-18 09:20", "Zelensky: Russia fired ballistic missiles at sleeping families",
    ["President Volodymyr Zelensky said the missiles that hit Zaporizhzhia overnight were ballistic and that the building struck had no military purpose.",
     "\u201cEvery strike like this is a reason to speed up air defence deliveries, not to slow them down,\u201d he wrote on social media."],
    "strikes", "strikes", 3, ZAP, a="Tom Aldane", kp=True, sec=["aid"], n="reaction whose content is the attack -> same story"),
  E("2026-03-18 06:40", "Missile strike on Zaporizhzhia apartment block kills four",
    ["At least four people were killed and about 20 injured when a Russian missile hit a residential building in Zaporizhzhia shortly after 3am local time, the regional administration said."],
    "strikes", "strikes", 3, ZAP, a="Hannah Greatorex", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 12321 Ostrivka Monitor (day 1)
SEEDS.append(dict(
  id="12321", name="12321_ostrivka-ldlive", ext="html", source="Ostrivka Monitor", zone="Europe/Kyiv", render=r_ostrivka,
  title="War in Ukraine, day 1,484: missile hits Zaporizhzhia apartment block", url="https://ostrivka-monitor.example/en/live/war-day-1484",
  dateline="Wednesday 18 March 2026 \u00b7 Kyiv time", lede="We are following the consequences of the overnight attack on Zaporizhzhia and other news of the day.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2; the JSON-LD update carries the same datePublished) under the dateline 'Wednesday 18 March 2026'; local {d} in {z}",
  notes="Invented outlet (Ukraine, English edition). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+02:00), headline, articleBody and author. Visible stamp: bare '06:15' in <time datetime>; the dateline says 'Kyiv time' without an abbreviation. Toll grows 3 -> 9 across the page. 12321-06 repeats 12321-03 nearly verbatim ('a collapsed section' -> 'the collapsed section'): duplicate_of 12321-03, importance 1. 12321-07 (Kharkiv drone attack) is another strike in another city: must not merge with Zaporizhzhia.",
  not_entries=["support banner", "masthead, navigation and language switch", "page title", "dateline", "standfirst", "'Copy link' / 'Share' buttons under each post",
               "'Read also' box after the third post", "footer", "JSON-LD script (data, not text)"],
  entries=[
  E("2026-03-18 06:15", "Zaporizhzhia: Russian missile hits high-rise, casualties reported",
    ["A Russian missile hit a multi-storey residential building in Zaporizhzhia at about 03:10, Ivan Fedorov, head of the regional military administration, said on Telegram.",
     "Three people are confirmed dead and at least 16 wounded. Part of the building has collapsed."],
    "strikes", "strikes", 3, ZAP, a="Yevhenia Marchuk", n="first report; toll 3"),
  E("2026-03-18 08:30", "General Staff reports heaviest fighting near Pokrovsk and Kostiantynivka",
    ["Ukraine\u2019s General Staff said 163 clashes took place along the front over the past day, nearly a third of them in the Pokrovsk and Kostiantynivka directions."],
    "other", "frontline", 2, "general-staff-front-report-2026-03-18", a="Andrii Solonko"),
  E("2026-03-18 10:50", "Zaporizhzhia toll climbs to nine; rescuers search stairwell", ZAP9_P, "strikes", "strikes", 3, ZAP, a="Yevhenia Marchuk", n="toll 9"),
  E("2026-03-18 12:40", "EU set to approve new sanctions package today, diplomats say",
    ["EU ambassadors are expected to sign off on the bloc\u2019s 20th sanctions package later on Wednesday after Slovakia dropped its objections, two diplomats told the Monitor."],
    "diplomacy", "diplomacy", 3, SANC, a="Andrii Solonko"),
  E("2026-03-18 14:20", "Kallas condemns 'cold-blooded' strike on Zaporizhzhia",
    ["EU foreign policy chief Kaja Kallas called the attack on Zaporizhzhia \u201ca cold-blooded strike on people asleep in their homes\u201d and urged member states to send more air defence systems."],
    "strikes", "strikes", 3, ZAP, a="Yevhenia Marchuk", sec=["diplomacy"], n="reaction whose content is the attack -> same story"),
  E("2026-03-18 16:05", "Zaporizhzhia toll climbs to nine; rescuers search stairwell",
    [ZAP9_P[0].replace("a collapsed section", "the collapsed section"), ZAP9_P[1]],
    "strikes", "strikes", 1, ZAP, a="Yevhenia Marchuk", dup="12321-03", n="near-verbatim repeat of 12321-03"),
  E("2026-03-18 19:30", "Russian drone attack on Kharkiv injures six",
    ["Russian drones hit two districts of Kharkiv in the evening, injuring six people, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2026-03-18", a="Andrii Solonko", n="another city, another attack: must not merge with the Zaporizhzhia strike"),
  ]))

# ---------------------------------------------------------------- 12322 Carrowglen World Desk (day 1)
SEEDS.append(dict(
  id="12322", name="12322_carrowglen-worldrss", ext="xml", source="Carrowglen World Desk", zone="America/New_York", render=r_worldrss, rfc="num",
  title="Carrowglen World Desk \u2013 World", url="https://carrowglen-worlddesk.example", guid="cwd-20260318",
  lede="International news from the Carrowglen World Desk",
  basis="RSS pubDate '{s}' (explicit -0400 offset = New York daylight time); local {d} in {z}",
  notes="Invented outlet (US). General world RSS feed, newest first, pubDate with -0400 (EDT, in force since 8 March). The war is a minority: 4 of 6 items are off-beat (US storms, Argentina inflation, Chile wildfires, Japan exports). Spells the main event's city 'Zaporozhye'.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-03-18 19:10", "Storms knock out power to 200,000 across the Midwest",
      ["Severe thunderstorms with damaging winds swept through Illinois, Indiana and Ohio on Wednesday evening, leaving about 200,000 customers without electricity."],
      "midwest-storms-2026-03-18", a="Dale Pruett", n="US weather", cat="US"),
  E("2026-03-18 15:45", "EU adopts new sanctions on Russia\u2019s shadow fleet",
    ["The European Union approved its 20th package of sanctions against Russia on Wednesday, blacklisting more than 100 additional tankers and tightening curbs on dual-use exports."],
    "diplomacy", "diplomacy", 3, SANC, a="Ines Calloway"),
  OFF("2026-03-18 13:20", "Argentina\u2019s monthly inflation slows for a fifth straight month",
      ["Consumer prices in Argentina rose at the slowest monthly pace in years in February, the national statistics agency said, handing the government a boost before midterm campaigning."],
      "argentina-inflation-2026-03", a="Ines Calloway", n="economy", cat="Business"),
  E("2026-03-18 10:05", "Zaporozhye strike death toll reaches 12",
    ["At least 12 people died after a Russian missile struck an apartment building in the Ukrainian city of Zaporozhye overnight, Ukrainian officials said, one of the deadliest attacks on the city this year."],
    "strikes", "strikes", 3, ZAP, a="Ines Calloway", n="spelling 'Zaporozhye'; toll 12"),
  OFF("2026-03-18 07:30", "Wildfires force evacuations in Chile\u2019s central valley",
      ["Chilean authorities ordered thousands of residents to leave their homes as wildfires fanned by strong winds spread through farmland south of Santiago."],
      "chile-wildfires-2026-03", a="Dale Pruett", n="disaster"),
  OFF("2026-03-18 04:40", "Japan\u2019s exports rise for a third month on chip demand",
      ["Japanese exports grew for the third month running in February, led by shipments of semiconductor equipment to China and Taiwan, government data showed."],
      "japan-exports-2026-02", a="Dale Pruett", n="economy", cat="Business"),
  ]))

# ---------------------------------------------------------------- 12323 Quintbury Review (day 1)
SEEDS.append(dict(
  id="12323", name="12323_quintbury-article", ext="txt", source="Quintbury Review", zone="Europe/Berlin", render=r_textarticle, dateline_t="2026-03-18 17:15",
  title="Missile strike kills 12 in Zaporizhia as Berlin promises more interceptors", crumbs="World \u203a Europe \u203a Ukraine",
  lede="A deadly night in southern Ukraine, new German help for air defence and another EU sanctions round.",
  byline="Konrad Ellmers", dateline="18 March 2026, 17:15 CET", year="2026",
  more="More on the war in Ukraine: our daily briefing, every weekday at 7am.",
  basis="no per-section time: the page dateline '18 March 2026, 17:15 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). Text article with three section headings, one entry each (headline = heading). One byline (author of every section) and one dateline '18 March 2026, 17:15 CET'; stamp null for every section, published = the dateline time. Spells the city 'Zaporizhia'. 12323-02 (German Patriot interceptors) shares the air-defence theme with 12320-02 and Kallas' appeal but is its own event: must not merge with either.",
  not_entries=["masthead and navigation", "breadcrumb 'World \u203a Europe \u203a Ukraine'", "page title", "standfirst", "byline 'By Konrad Ellmers'", "dateline",
               "'Listen to this article \u00b7 4 min'", "'Read more: What we know about Russia\u2019s ballistic missile stocks' (related link)", "closing promo line", "footer"],
  entries=[
  E("2026-03-18 17:15", "A night of terror in Zaporizhia",
    ["Twelve people were killed when a Russian missile struck a residential tower in Zaporizhia early on Wednesday, according to Ukrainian officials, the latest in a string of deadly attacks on the southern city.",
     "Rescue teams worked through the day to reach residents trapped under the collapsed section. Officials said 41 people had been injured."],
    "strikes", "strikes", 3, ZAP, a="Konrad Ellmers", n="spelling 'Zaporizhia'; toll 12"),
  E("2026-03-18 17:15", "Berlin pledges more Patriot missiles",
    ["Defence Minister Boris Pistorius said Germany would send an additional batch of Patriot interceptor missiles to Ukraine before the summer, paid for from this year\u2019s military aid budget.",
     "He did not give a number, citing security reasons, but called the shipment \u201csignificant\u201d."],
    "aid", "aid", 2, "germany-patriot-interceptors-2026-03-18", a="Konrad Ellmers",
    n="same air-defence theme as the analysis 12320-02 and Kallas' appeal, but its own event: must not merge"),
  E("2026-03-18 17:15", "Sanctions: the 20th package",
    ["In Brussels, EU ambassadors agreed the bloc\u2019s 20th sanctions package, which targets more of the tankers Russia uses to ship oil around Western price caps.",
     "Hungary and Slovakia had held up the deal for weeks before accepting assurances on energy supplies."],
    "diplomacy", "diplomacy", 3, SANC, a="Konrad Ellmers"),
  ]))

# ================================================================ day 2 (19 March 2026)
NOVO = "novorossiysk-port-drone-attack-2026-03-19"
AFIP = "afipsky-refinery-drone-strike-2026-03-19"
POW = "prisoner-exchange-205-2026-03-19"
NOVO5_P = "Five people were injured in the overnight drone attack on Novorossiysk, including two crew members of the damaged tanker, the regional governor\u2019s office said."

# ---------------------------------------------------------------- 12330 Stavok News Agency
SEEDS.append(dict(
  id="12330", name="12330_stavok-atom", ext="xml", source="Stavok News Agency", zone="Europe/Kyiv", render=r_atom,
  title="Stavok News Agency \u2013 War", url="https://stavok-news.example", lede="Breaking news from Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Ukrainian news agency). Atom feed, newest first, <published> with +02:00, per-entry authors. The Novorossiysk port attack (main event) appears twice (first report, then loadings halted); 12330-04 (Afipsky refinery) is in the same Russian region the same night but another strike: must not merge. 12330-05 (Russia's overnight drones on Ukraine) is the other direction: must not merge. 12330-02 continues day 1's Zaporizhzhia story (final toll 14, day of mourning).",
  not_entries=["feed title/subtitle/links/id/updated", "entry link/id/category elements"],
  entries=[
  E("2026-03-19 21:40", "Ukraine and Russia exchange 205 prisoners each",
    ["Ukraine brought home 205 servicemen in a prisoner exchange with Russia mediated by the United Arab Emirates, President Volodymyr Zelensky said on Thursday evening.",
     "Russia\u2019s defence ministry confirmed that 205 Russian soldiers had been returned."],
    "diplomacy", "diplomacy", 3, POW, a="Olha Derkach"),
  E("2026-03-19 18:15", "Day of mourning in Zaporizhzhia as toll reaches 14",
    ["Zaporizhzhia observed a day of mourning on Thursday after the death toll from Wednesday\u2019s missile strike on an apartment building rose to 14, regional governor Ivan Fedorov said.",
     "Search and rescue work at the site has been completed."],
    "strikes", "strikes", 3, ZAP, a="Serhii Tkalenko", n="continuation of day 1's story: final toll 14, day of mourning"),
  E("2026-03-19 13:50", "Novorossiysk: oil loadings suspended after drone attack, sources say",
    ["Oil loadings at the Sheskharis terminal in Novorossiysk have been suspended after an overnight attack by Ukrainian naval and aerial drones, two industry sources said.",
     "The terminal handles a large share of Russia\u2019s seaborne crude exports."],
    "strikes", "strikes", 3, NOVO, a="Olha Derkach"),
  E("2026-03-19 10:25", "General Staff confirms strike on Afipsky refinery",
    ["Ukraine\u2019s General Staff said its drones hit the Afipsky oil refinery in Russia\u2019s Krasnodar region overnight, causing a fire at a primary processing unit."],
    "strikes", "strikes", 3, AFIP, a="Serhii Tkalenko", n="same region and night as Novorossiysk but another target: must not merge"),
  E("2026-03-19 07:40", "Russia launched 88 drones overnight, air force says",
    ["Russia attacked Ukraine overnight with 88 drones, 71 of which were shot down or suppressed by electronic warfare, the Ukrainian air force said."],
    "strikes", "strikes", 2, "overnight-russian-drones-2026-03-19", a="Serhii Tkalenko", n="Russia's raid on Ukraine: must not merge with the Novorossiysk attack"),
  E("2026-03-19 05:55", "Explosions reported in Novorossiysk, port on fire",
    ["Residents of the Russian port city of Novorossiysk reported explosions and a large fire near the oil terminal shortly after 4am, local Telegram channels said."],
    "strikes", "strikes", 3, NOVO, a="Olha Derkach", n="first report"),
  ]))

# ---------------------------------------------------------------- 12331 Wrzosiec Courier
SEEDS.append(dict(
  id="12331", name="12331_wrzosiec-htmllive", ext="html", source="Wrzosiec Courier", zone="Europe/Warsaw", render=r_wrzosiec,
  title="War in Ukraine: drones hit Russian oil port \u2013 live", dateline="Thursday 19 March 2026", tznote="All times CET",
  lede="Live coverage of the war in Ukraine and its impact on Poland and the region.",
  basis="bare '{s}' above the headline; the header prints 'All times CET' (UTC+1) and the date 'Thursday 19 March 2026'; local {d} in {z}",
  notes="Invented outlet (Poland). HTML live blog without JSON-LD, newest first. Bare 'HH:MM' in a span above each h2; the header prints 'All times CET'. Author line under the headline. 12331-02 is a 'Photos:' gallery teaser without text (Zaporizhzhia funerals, day 1's story). Spells the port 'Novorosiysk' in 12331-03. 12331-05 (Afipsky refinery) must not merge with the Novorossiysk attack.",
  not_entries=["cookie banner", "masthead and navigation", "page title", "'Thursday 19 March 2026 \u00b7 All times CET'", "lead paragraph",
               "gallery placeholder '[Gallery: 12 photos] See the gallery'", "'See also' box after the fourth post", "link to Wednesday's live coverage", "footer"],
  entries=[
  E("2026-03-19 20:55", "Prisoner swap: 205 Ukrainian soldiers return home",
    ["Ukraine and Russia swapped 205 prisoners of war each on Thursday, in a deal brokered by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, POW, a="Kinga Rostek"),
  E("2026-03-19 17:50", "Photos: Funerals begin in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, a="Kinga Rostek", n="photo-gallery teaser without text"),
  E("2026-03-19 15:30", "Kremlin calls Novorosiysk attack 'terrorism'",
    ["Kremlin spokesman Dmitry Peskov described the overnight drone attack on the port of Novorosiysk as an act of terrorism and said it would not go unanswered."],
    "strikes", "strikes", 3, NOVO, a="Kinga Rostek", sec=["diplomacy"], n="spelling 'Novorosiysk'; official reaction whose content is the attack"),
  E("2026-03-19 12:10", "Polish and allied jets scrambled as Russia attacked western Ukraine",
    ["Polish and allied aircraft were scrambled overnight and Rzesz\u00f3w airport briefly closed as Russia launched drones at targets in western Ukraine, the Operational Command said."],
    "other", "security", 2, "poland-scrambles-jets-2026-03-19", a="Marek Zawisza", sec=["strikes"]),
  E("2026-03-19 10:40", "Ukraine says it hit Afipsky refinery in Krasnodar region",
    ["Ukraine\u2019s General Staff said drones struck the Afipsky refinery near Krasnodar overnight; regional authorities reported a fire that was later put out."],
    "strikes", "strikes", 3, AFIP, a="Marek Zawisza", n="must not merge with the Novorossiysk port attack (other target, same region)"),
  E("2026-03-19 08:20", "Tanker damaged as drones strike Novorossiysk oil terminal",
    ["A Ukrainian drone attack on the Black Sea port of Novorossiysk overnight damaged a tanker at its berth and started a fire at the Sheskharis oil terminal, Russian officials said.",
     "Two port workers were injured, the city\u2019s mayor said."],
    "strikes", "strikes", 3, NOVO, a="Kinga Rostek", n="2 injured"),
  E("2026-03-19 07:05", "Court jails man for plotting sabotage on rail line to Ukraine",
    ["A court in Lublin sentenced a Ukrainian citizen to eight years in prison for planning, on orders from Russian intelligence, to derail trains carrying aid to Ukraine."],
    "other", "security", 2, "lublin-rail-sabotage-sentence-2026-03-19", a="Marek Zawisza"),
  ]))

# ---------------------------------------------------------------- 12332 Haddon Ferry Sentinel
HADDON_BY = "Megan Tullis and Arun Dey"
SEEDS.append(dict(
  id="12332", name="12332_haddonferry-textlive", ext="txt", source="Haddon Ferry Sentinel", zone="America/New_York", render=r_haddon,
  title="Russia-Ukraine war: Drones hit Russia's key Black Sea oil port", dateline="Thursday, March 19, 2026", byline=HADDON_BY,
  lede="Follow along for the latest on the war in Ukraine.",
  basis="stamp '{s}' (Eastern time, 'ET' printed; EDT = UTC-4 since 8 March) under the dateline 'Thursday, March 19, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; '8:05 AM ET' line before each headline; one page byline with two names, used as the author of every post except 12332-02. 12332-02 is a syndicated verbatim re-post of day 1's analysis (12320-02, Harbledown Courier): same headline and text, its own byline line 'By Hannah Greatorex, Harbledown Courier' (author) and a credit line after the body (chrome); importance 1, same story slug as day 1, duplicate_of null (duplicate_of is within a seed only). 12332-04 is a theme piece (explainer on Ukraine's strikes on Russian oil ports) that mentions Novorossiysk but is its own story. 12332-07 repeats 12332-05 nearly verbatim ('including' -> 'among them'): duplicate_of 12332-05. 12332-06 continues day 1's Zaporizhzhia story (rescue over, final toll 14).",
  not_entries=["masthead and navigation", "page title", "dateline 'Thursday, March 19, 2026'", "page byline 'By Megan Tullis and Arun Dey'", "lede",
               "byline line 'By Hannah Greatorex, Harbledown Courier' of the syndicated post", "credit line 'This analysis first appeared in the Harbledown Courier ...'",
               "'ADVERTISEMENT'", "'This live coverage has ended. ...'", "footer"],
  entries=[
  E("2026-03-19 06:10", "Ukrainian drones hit Russian oil port of Novorossiysk",
    ["Ukraine attacked the Russian Black Sea port of Novorossiysk overnight with sea and air drones, damaging an oil tanker and setting fire to part of the Sheskharis oil terminal, Russian and Ukrainian officials said.",
     "Russia\u2019s Defense Ministry said it destroyed 31 drones over the Black Sea and the Krasnodar region. Three people were injured, according to local authorities."],
    "strikes", "strikes", 3, NOVO, a=HADDON_BY, n="3 injured"),
  E("2026-03-19 07:45", ANALYSIS_H, ANALYSIS_P, "strikes", "strikes", 1, THEME1, a="Hannah Greatorex", synd="Harbledown Courier",
    n="re-post of day-1 entry 12320-02 (syndicated verbatim, same headline and text); importance 1"),
  E("2026-03-19 09:20", "Kremlin vows response to Novorossiysk attack",
    ["Kremlin spokesman Dmitry Peskov called the drone strike on Novorossiysk a terrorist act and said Russia would respond \u201cat a time of its choosing.\u201d"],
    "strikes", "strikes", 3, NOVO, a=HADDON_BY, sec=["diplomacy"], n="official reaction whose content is the attack"),
  E("2026-03-19 10:35", "Explainer: How Ukraine's drones reach Russia's Black Sea ports",
    ["Thursday\u2019s attack on Novorossiysk is the latest in a campaign that Ukraine says is meant to cut the oil revenue that pays for Russia\u2019s war.",
     "Kyiv uses two kinds of weapons against ports: long-range aerial drones launched from Ukrainian territory, and explosive sea drones that travel hundreds of miles across the Black Sea.",
     "Sheskharis handles roughly a fifth of Russia\u2019s seaborne crude exports, so even a few days of disruption are costly for Moscow."],
    "strikes", "strikes", 2, "explainer-ukraine-strikes-russian-oil-ports", a=HADDON_BY,
    n="theme piece (explainer); mentions Novorossiysk but is its own story: must not merge with the attack"),
  E("2026-03-19 12:15", "Injured in Novorossiysk attack rises to 5", [NOVO5_P], "strikes", "strikes", 3, NOVO, a=HADDON_BY, n="5 injured"),
  E("2026-03-19 13:50", "Zaporizhzhia mourns 14 dead as rescue work ends",
    ["Rescuers in Zaporizhzhia finished clearing the rubble of the apartment building hit by a Russian missile on Wednesday, and officials said the final death toll was 14.",
     "The city declared Thursday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a=HADDON_BY, n="continuation of day 1's story with a new development (rescue over, final toll 14)"),
  E("2026-03-19 15:05", "Injured in Novorossiysk attack rises to 5", [NOVO5_P.replace("including two", "among them two")], "strikes", "strikes", 1, NOVO,
    a=HADDON_BY, dup="12332-05", n="near-verbatim repeat of 12332-05"),
  ]))

# ---------------------------------------------------------------- 12333 Fellwick World Service
SEEDS.append(dict(
  id="12333", name="12333_fellwick-worldrss", ext="xml", source="Fellwick World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Fellwick World Service: World", url="https://fellwick-world.example", guid="fws-20260319", lede="World news headlines",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet (UK, world service). General world RSS feed, newest first, pubDate in GMT, no authors. The war is a minority: 4 of 6 items are off-beat (Mozambique floods, Bank of England, Western Australia cyclone, Tokyo stocks).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-03-19 22:30", "Floods displace thousands in central Mozambique",
      ["Days of heavy rain have flooded towns along the Zambezi river in central Mozambique, forcing more than 20,000 people from their homes, aid agencies said."],
      "mozambique-floods-2026-03", n="disaster"),
  E("2026-03-19 20:10", "Ukraine and Russia swap 205 prisoners of war each",
    ["Russia and Ukraine exchanged 205 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, POW),
  OFF("2026-03-19 16:40", "Bank of England holds interest rates",
      ["The Bank of England kept its main interest rate unchanged on Thursday, saying it wanted more evidence that inflation was cooling before cutting again."],
      "bank-of-england-rates-2026-03-19", n="economy", cat="Business"),
  E("2026-03-19 13:05", "Russia\u2019s Novorossiysk halts oil loadings after drone strike",
    ["Russia\u2019s largest Black Sea oil port, Novorossiysk, suspended crude loadings on Thursday after a Ukrainian drone attack damaged a tanker and part of the terminal, industry sources said."],
    "strikes", "strikes", 3, NOVO),
  OFF("2026-03-19 09:15", "Cyclone makes landfall on Western Australia\u2019s Pilbara coast",
      ["A severe tropical cyclone crossed the coast near Port Hedland overnight, bringing destructive winds and forcing iron ore ports to close."],
      "western-australia-cyclone-2026-03", n="weather"),
  OFF("2026-03-19 06:00", "Tokyo stocks close at record high",
      ["Japan\u2019s Nikkei index closed at an all-time high on Thursday, lifted by exporters as the yen weakened against the dollar."],
      "tokyo-stocks-record-2026-03-19", n="markets", cat="Business"),
  ]))

# ================================================================ day 3 (24 January 2026)
KHK = "kharkiv-missile-strike-heating-plant-2026-01-24"
TALKS = "geneva-energy-truce-talks-2026-01-24"
KUP_P = "A 61-year-old man was killed when Russian artillery hit a residential area of Kupiansk in the east of the Kharkiv region, the regional prosecutor\u2019s office said."

# ---------------------------------------------------------------- 12340 Thornwell World Report
SEEDS.append(dict(
  id="12340", name="12340_thornwell-worldatom", ext="xml", source="Thornwell World Report", zone="UTC", render=r_atom,
  title="Thornwell World Report", url="https://thornwell-report.example", lede="Top world stories",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with 'Z', no authors. The war is a minority: 4 of 6 items are off-beat (Australian Open, US snowstorm, Davos, Peru earthquake). Spells the main event's city 'Kharkov'.",
  not_entries=["feed title/subtitle/links/id/updated", "entry link/id/category elements"],
  entries=[
  OFF("2026-01-24 21:05", "Teenage qualifier reaches Australian Open fourth round",
      ["A 17-year-old qualifier beat the seventh seed in straight sets in Melbourne to become the youngest player in the last 16 of the men\u2019s draw."],
      "australian-open-qualifier-2026", n="sport", cat="Sport"),
  E("2026-01-24 18:40", "Kharkov heating plant hit; thousands without heat in freezing cold",
    ["A Russian missile strike on Kharkov on Saturday killed six people and damaged a combined heat and power plant, leaving about 40,000 households without heating as temperatures fell to minus 14C, Ukrainian officials said."],
    "strikes", "strikes", 3, KHK, n="spelling 'Kharkov'; toll 6"),
  OFF("2026-01-24 15:20", "Snowstorm grounds flights across US Northeast",
      ["Airlines cancelled more than 3,000 flights at airports from Washington to Boston as a winter storm dropped heavy snow along the East Coast."],
      "us-northeast-snowstorm-2026-01-24", n="weather"),
  E("2026-01-24 12:00", "Geneva hosts technical talks on energy truce",
    ["Ukrainian and Russian technical delegations met in Geneva on Saturday under US mediation to discuss a possible halt to strikes on energy infrastructure, a Swiss foreign ministry spokesperson said."],
    "diplomacy", "diplomacy", 3, TALKS),
  OFF("2026-01-24 09:35", "Davos forum closes with warnings over trade fragmentation",
      ["The World Economic Forum\u2019s annual meeting ended with business leaders warning that rising tariffs and export controls were splitting the global economy into rival blocs."],
      "davos-forum-closes-2026", n="economy", cat="Business"),
  OFF("2026-01-24 06:10", "Strong earthquake shakes southern Peru",
      ["A magnitude 6.8 earthquake struck southern Peru early on Saturday, damaging homes in the Arequipa region; there were no immediate reports of deaths."],
      "peru-earthquake-2026-01-24", n="disaster"),
  ]))

# ---------------------------------------------------------------- 12341 Lindenhall Post
SEEDS.append(dict(
  id="12341", name="12341_lindenhall-article", ext="html", source="Lindenhall Post", zone="Europe/Berlin", render=r_lindenhall, dateline_t="2026-01-24 17:30",
  title="Cold as a weapon: Russia strikes Kharkiv heating plant", url="https://lindenhall-post.example/world/ukraine-kharkiv-heating-strike",
  lede="A deadly attack leaves tens of thousands without heating, while negotiators meet in Geneva to discuss sparing energy sites.",
  byline="Friederike Anselm", caption="Firefighters at the damaged heat and power plant in Kharkiv. Photo: State Emergency Service of Ukraine",
  basis="no per-section time: the page date line 'Saturday, 24 January 2026, 17:30 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML article with NewsArticle JSON-LD (datePublished +01:00), three h2 sections (one entry each), one byline (author of all three), date line 'Saturday, 24 January 2026, 17:30 CET'; stamp null. 12341-02 (Ukrainian drone strike on a Belgorod substation) shares the energy/heating theme with the Kharkiv strike but is another event on the other side: must not merge.",
  not_entries=["masthead, navigation, Subscribe", "kicker 'War in Ukraine'", "page title", "teaser paragraph", "byline", "date line", "photo caption",
               "newsletter box after the second section", "'More on this topic' related link", "footer", "JSON-LD script (data, not text)"],
  entries=[
  E("2026-01-24 17:30", "Kharkiv: deadly strike on heating plant",
    ["Russian missiles struck a heat and power plant and a nearby residential street in Kharkiv on Saturday morning, killing six people, according to Mayor Ihor Terekhov.",
     "With night temperatures forecast to drop below minus 15 degrees, the city opened more than 100 heated shelters where residents can warm up and charge their phones."],
    "strikes", "strikes", 3, KHK, a="Friederike Anselm", n="toll 6"),
  E("2026-01-24 17:30", "Belgorod without power after drone strike",
    ["A Ukrainian drone attack damaged an electrical substation in Belgorod, cutting power and heating to parts of the city, Governor Vyacheslav Gladkov said. Nobody was hurt."],
    "strikes", "strikes", 2, "belgorod-substation-drone-strike-2026-01-24", a="Friederike Anselm",
    n="same energy theme, other event (Ukrainian strike in Russia): must not merge with the Kharkiv strike"),
  E("2026-01-24 17:30", "Negotiators meet in Geneva",
    ["Ukrainian and Russian technical teams met in Geneva under US mediation to discuss a possible moratorium on strikes against energy infrastructure, a Ukrainian official said.",
     "Neither side expected a breakthrough on Saturday; the talks are meant to prepare a meeting at a higher level."],
    "diplomacy", "diplomacy", 3, TALKS, a="Friederike Anselm"),
  ]))

# ---------------------------------------------------------------- 12342 Stepne Lantern
STEPNE_BY = "Oleksandra Vyhovska"
SEEDS.append(dict(
  id="12342", name="12342_stepne-textlive", ext="txt", source="Stepne Lantern", zone="Europe/Kyiv", render=r_stepne,
  title="Kharkiv under attack: live updates", dateline="Saturday, 24 January \u00b7 Kyiv time (EET)", byline=f"Live reporting: {STEPNE_BY}",
  parse_args=["--date", "2026-01-24"], lede="A Russian missile strike hits Kharkiv in the coldest week of the winter. Follow the latest here.",
  basis="bare stamp '{s}' (Kyiv time, EET = UTC+2, printed in the date line) on 'Saturday, 24 January' (no year printed; parse_args gives 2026-01-24); local {d} in {z}",
  notes="Invented outlet (Ukraine, English). Text live blog, oldest first; date line 'Saturday, 24 January \u00b7 Kyiv time (EET)' with NO year anywhere (parse_args --date 2026-01-24). Bare 'HH:MM' line before each headline. One page byline ('Live reporting: NAME'), used as every entry's author. Toll grows 3 -> 6. 12342-04 is a 'Watch:' video teaser without body. 12342-05 is a theme piece (why Russia targets district heating) that mentions Kharkiv: its own story. 12342-03 (Kupiansk shelling) is in the same region as the Kharkiv city strike but another attack: must not merge. 12342-07 repeats 12342-03 nearly verbatim ('hit' -> 'struck'): duplicate_of 12342-03.",
  not_entries=["masthead and navigation", "page title", "date line", "byline 'Live reporting: ...'", "lede", "membership promo after the fifth post",
               "'This live blog is now closed. Thank you for following.'", "footer"],
  entries=[
  E("2026-01-24 07:20", "Explosions in Kharkiv as missiles hit city",
    ["A series of explosions shook Kharkiv shortly after 7am, Mayor Ihor Terekhov said, warning residents to stay in shelters."],
    "strikes", "strikes", 3, KHK, a=STEPNE_BY, n="first report"),
  E("2026-01-24 08:45", "Kharkiv: three killed, heating plant damaged",
    ["Three people were killed and 11 injured in the morning missile attack on Kharkiv, regional governor Oleh Syniehubov said. One of the missiles hit a combined heat and power plant."],
    "strikes", "strikes", 3, KHK, a=STEPNE_BY, n="toll 3"),
  E("2026-01-24 10:30", "Shelling kills man in Kupiansk", [KUP_P], "strikes", "strikes", 3, "kupiansk-shelling-2026-01-24", a=STEPNE_BY,
    n="same region as the Kharkiv city strike but another attack: must not merge"),
  E("2026-01-24 12:15", "Watch: Smoke rises over Kharkiv heating plant", [], "strikes", "strikes", 1, KHK, a=STEPNE_BY, n="video teaser without body"),
  E("2026-01-24 13:40", "Explainer: Why Russia targets district heating",
    ["Saturday\u2019s strike in Kharkiv fits a pattern: in the coldest weeks of winter, Russia has repeatedly hit the combined heat and power plants that warm entire districts of Ukrainian cities.",
     "Unlike electricity, which can be brought in from other regions, heat is produced locally. When a plant is knocked out, thousands of apartment blocks lose heating at once, and pipes can freeze within a day.",
     "Cities have responded by installing small modular boiler houses, which are harder to hit, but the work will take years."],
    "strikes", "strikes", 2, "explainer-district-heating-attacks", a=STEPNE_BY,
    n="theme piece (explainer); mentions the Kharkiv strike but is its own story: must not merge"),
  E("2026-01-24 15:10", "Kharkiv toll rises to six",
    ["The number of people killed in Saturday\u2019s strike on Kharkiv has risen to six, Syniehubov said. About 40,000 households are without heating."],
    "strikes", "strikes", 3, KHK, a=STEPNE_BY, n="toll 6"),
  E("2026-01-24 16:55", "Shelling kills man in Kupiansk", [KUP_P.replace("artillery hit", "artillery struck")], "strikes", "strikes", 1,
    "kupiansk-shelling-2026-01-24", a=STEPNE_BY, dup="12342-03", n="near-verbatim repeat of 12342-03"),
  E("2026-01-24 19:30", "Umerov: Geneva talks were 'constructive'",
    ["Rustem Umerov, who led Ukraine\u2019s delegation, said the technical talks in Geneva had been \u201cconstructive\u201d and that the sides would meet again next week."],
    "diplomacy", "diplomacy", 3, TALKS, a=STEPNE_BY),
  ]))

# ---------------------------------------------------------------- 12343 Corrievale Times
SEEDS.append(dict(
  id="12343", name="12343_corrievale-ldlive", ext="html", source="Corrievale Times", zone="Europe/London", render=r_corrievale,
  title="Ukraine war: Kharkiv left without heating after Russian strike \u2013 as it happened", url="https://corrievale-times.example/live/ukraine-24-january-2026",
  dateline="Saturday 24 January 2026", lede="Our coverage of Saturday\u2019s developments in the war in Ukraine has now ended.",
  basis="visible '{s}' in <time datetime> (UK time, GMT = UTC in January) under the dateline 'Saturday 24 January 2026'; local {d} in {z}",
  notes="Invented outlet (Scotland). HTML live blog, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate (page times only). Visible stamps '20:45 GMT' in <time datetime>; signature line '\u2014 NAME' after the body (author; 12343-06 has none). Toll reaches 7. 12343-06 (Russia's overnight drone raid) must not merge with the Kharkiv missile strike.",
  not_entries=["header and navigation", "page title", "dateline", "standfirst", "newsletter promo after the second post", "'\u2014 NAME' signature lines", "footer", "JSON-LD script"],
  entries=[
  E("2026-01-24 20:45", "Kharkiv death toll rises to seven",
    ["A seventh person has died in hospital after Saturday\u2019s missile strike on Kharkiv, the city\u2019s mayor said, as engineers worked through the night to restore heating."],
    "strikes", "strikes", 3, KHK, a="Rhona Baird", n="toll 7"),
  E("2026-01-24 18:10", "Zelensky: strike on Kharkiv heating plant aimed at 'freezing people out'",
    ["President Volodymyr Zelensky said Russia had deliberately targeted the heating plant to leave Kharkiv residents without warmth during the coldest week of the year."],
    "strikes", "strikes", 3, KHK, a="Rhona Baird", n="reaction whose content is the attack -> same story"),
  E("2026-01-24 15:35", "Rutte: allies will pay for more generators for Ukraine",
    ["NATO Secretary General Mark Rutte said allies would fund a new batch of mobile generators and boiler units for Ukrainian cities through the alliance\u2019s support fund."],
    "aid", "aid", 2, "nato-generators-ukraine-2026-01-24", a="Callum Drysdale"),
  E("2026-01-24 13:00", "Russia claims capture of village near Siversk",
    ["Russia\u2019s defence ministry said its troops had taken a village west of Siversk in the Donetsk region. Ukraine\u2019s military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-siversk-2026-01-24", a="Callum Drysdale"),
  E("2026-01-24 10:20", "Kharkiv hit by missiles: heating plant damaged, several dead",
    ["Russian missiles struck Kharkiv early on Saturday, damaging a heat and power plant; local officials reported several people killed."],
    "strikes", "strikes", 3, KHK, a="Rhona Baird"),
  E("2026-01-24 07:40", "Ukraine says it downed 74 of 96 drones overnight",
    ["Ukraine\u2019s air force said it shot down or jammed 74 of the 96 drones Russia launched overnight, mostly over the north and east of the country."],
    "strikes", "strikes", 2, "overnight-russian-drones-2026-01-24", n="Russia's overnight drone raid: must not merge with the Kharkiv missile strike"),
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
            t = e["t"]
            if S.get("dateline_t"):
                assert t == S["dateline_t"], (S["id"], t)
            d = dt(t, S["zone"]).replace(second=e.get("secs", 0)); u = d.astimezone(UTC)
            loc = d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else ""))
            ent = {"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                   "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "published_local": f"{loc} {S['zone']}",
                   "published_basis": S["basis"].format(s=stamps[i], d=loc, z=S["zone"]),
                   "author": e["a"],
                   "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                   "body_paragraphs": len(e["p"]),
                   "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                   "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e.get("outlet"):
                ent["outlet"] = e["outlet"]
            ent["notes"] = e["n"]
            ents.append(ent)
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

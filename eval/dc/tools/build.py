#!/usr/bin/env python3
"""Builds the eval/dc seed pages and their gold answer files from one hand-written data table (further below).

Every headline, paragraph, quote and reporter name is the blind tester's own invention or paraphrase (nothing is copied
from real pages, the shared seeds or other eval sets). Part A imitates, from memory, the page layouts of ten real
Illinois/Indiana outlets; Part B outlets are invented. Rendering is deterministic, and headline / stamp / first_sentence /
author / page_title are exact substrings of the rendered page by construction.

Run from the project root:  python3 eval/dc/tools/build.py && python3 eval/dc/tools/check.py
"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gov.", "Gen.", "Sen.", "Rep.", "Lt.", "Col.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.",
          "a.m.", "p.m.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Okla.", "Ill.", "Ind.")


# ---------------------------------------------------------------------------------------------------- table helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time in the page zone ('YYYY-MM-DD HH:MM[:SS]'), headline, body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """a wire story that is not about the war."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


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


def h12(d, dots=True, space=True, upper=False, sep=":"):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{' ' if space else ''}{suf}"


def ap_date(d):
    return f"{AP_MON[d.month - 1]} {d.day}, {d.year}"


def blox_date(d):
    return f"{SHORT[d.month - 1]} {d.day}, {d.year}"


def long_date(d):
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ordered(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def rfc822(d, gmt=False):
    if gmt:
        d = d.astimezone(UTC)
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (remembered layouts of real outlets)

def r_pantagraph(S):
    """The Pantagraph (Lee Enterprises, TownNews BLOX) 'Nation & World' section front, HTML. Cards newest first: headline,
    AP byline in capitals, <time datetime="ISO"> whose visible text is BLOX's floored relative age ('34 min ago',
    '3 hrs ago'), one summary paragraph. Date bar and weather in the skyline; no JSON-LD on the section front."""
    z = S["zone"]; ordered(S, True); ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="utf-8">',
           f'<title>{esc(S["title"])} | pantagraph.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<link rel="canonical" href="https://pantagraph.com/news/nation-world/">',
           '<meta property="og:site_name" content="Pantagraph.com">', '</head>',
           '<body class="section-front section-news-nation-world">',
           '<div id="site-skyline"><span class="skyline-date">'
           f'{WEEKDAYS[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year}</span> '
           '<a class="weather-widget" href="/weather/"><span>Bloomington, IL</span> <span class="temp">86&deg;</span> <span>Mostly sunny</span></a></div>',
           '<header id="site-header"><a class="site-logo" href="/">The Pantagraph</a>'
           '<nav class="main-nav"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/news/local/obituaries/">Obituaries</a> '
           '<a href="/opinion/">Opinion</a> <a href="/news/business/">Business</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/lifestyles/">Lifestyles</a> <a href="/classifieds/">Classifieds</a> <a href="/jobs/">Jobs</a> '
           '<a href="https://eedition.pantagraph.com/">e-Edition</a></nav>'
           '<a class="btn-subscribe" href="/subscribe/">Subscribe</a> <a class="btn-login" href="/users/login/">Log In</a></header>',
           '<main id="main-page-container">', '<div class="breadcrumb"><a href="/news/">News</a> / <span>Nation &amp; World</span></div>',
           f'<h1 class="block-title">{esc(S["title"])}</h1>', '<div class="card-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        lab = f"{mins} min ago" if mins < 60 else ("1 hr ago" if mins < 120 else f"{mins // 60} hrs ago")
        stamps.append(lab)
        uid = f"{0x2c4e9a10 + i * 40503:08x}-{0x41a2 + i:04x}-11ef-b{i}d7-{0x5e17a9c04b2d + i * 977:012x}"
        url = f"/news/nation-world/{slug(e['h'])}/article_{uid}.html"
        out.append(f'<article class="card tnt-asset-type-article"><div class="card-headline"><h3 class="tnt-headline">'
                   f'<a href="{url}">{esc(e["h"])}</a></h3></div>')
        out.append(f'<ul class="list-inline card-meta"><li class="tnt-byline">{esc(e["byline"])}</li>'
                   f'<li class="card-date"><time class="tnt-date" datetime="{d.isoformat()}">{lab}</time></li></ul>')
        out += [f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="newsletter-signup"><h4>Breaking News</h4><p>Be the first to know when big news breaks. '
                       'Get alerts delivered to your inbox.</p><input type="email" placeholder="Email address"> <button>Sign up!</button></aside>')
    out += ['</div>', '<a class="load-more" href="?page=2">Load more</a>', '</main>',
            '<aside id="sidebar"><h4>Most Popular</h4><ol>'
            '<li><a href="/news/local/">Normal council weighs new rules for Uptown parking</a></li>'
            '<li><a href="/sports/">Corn Crib hosts fireworks night as Normal CornBelters extend streak</a></li>'
            '<li><a href="/news/local/">McLean County fair opens with record livestock entries</a></li></ol></aside>',
            '<footer id="site-footer"><p>&copy; Copyright 2024 The Pantagraph, Bloomington, IL</p>'
            '<p><a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a> | '
            '<a href="/site/contact.html">Contact Us</a></p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_herald_review(S):
    """Herald & Review, Decatur (Lee / BLOX) article page carrying AP's 'News in Brief' package, text scrape. The only
    time is in the title ('AP News in Brief at 6:04 p.m. EDT'); BLOX date line under it; briefs are a headline line
    and paragraphs starting with an AP dateline. No per-brief time or byline."""
    z = S["zone"]; d0 = dt(S["page_t"], z)
    L = ["Skip to main content", "", "Herald & Review", "Decatur, Illinois", "", "Subscribe", "Log In", "e-Edition", "",
         "News   Sports   Obituaries   Opinion   Business   Lifestyles   Entertainment   Classifieds   Jobs   Shop Local", "",
         "AP", "", S["title"], "", blox_date(d0), "", S["byline"], "", "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print",
         "Copy article link", "Save", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Catch the latest in Opinion", "", "Get opinion pieces, letters and editorials sent directly to your inbox weekly!", ""]
    L += ["Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", "",
          "Most Popular", "", "Decatur park district weighs summer pool hours", "Millikin baseball sweeps doubleheader", "",
          "\u00a9 Copyright 2024 Herald & Review, 601 E. William St. Decatur, IL | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_sjr(S):
    """The State Journal-Register (Gannett / USA TODAY Network) live blog, HTML. Newest first; post = h2 headline, author,
    visible '4:26 p.m. CT' in <time datetime="...Z">. Page dates only in 'Published ... | Updated ...'. JSON-LD
    LiveBlogPosting with liveBlogUpdate[] whose datePublished are UTC instants. A 'Watch:' post carries only a video."""
    z = S["zone"]; ordered(S, True); pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{60410 - i}", "headline": e["h"],
             "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
            "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
            "author": [{"@type": "Person", "name": n} for n in S["authors"]],
            "publisher": {"@type": "NewsMediaOrganization", "name": "The State Journal-Register", "url": "https://www.sj-r.com"},
            "liveBlogUpdate": ups}
    dl = f"Published {h12(pub)} CT {ap_date(pub)} | Updated {h12(last)} CT {ap_date(last)}"
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<meta property="og:site_name" content="The State Journal-Register">',
           ld(data), '</head>', '<body>',
           '<header class="site-nav"><a class="logo" href="/" aria-label="The State Journal-Register">The State Journal-Register</a>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Things to Do</a> <a href="/opinion/">Opinion</a> '
           '<a href="https://www.legacy.com/us/obituaries/sj-r/">Obituaries</a> <a href="https://sj-r.newspapers.com/">Archives</a> '
           '<a href="https://eedition.sj-r.com/">eNewspaper</a> <a href="/legal-notices/">Legals</a></nav>'
           '<a class="cta" href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></header>',
           '<main><article class="story live-story">', '<a class="topic-label" href="/news/world/">WORLD</a>',
           f'<h1 class="headline">{esc(S["title"])}</h1>',
           '<div class="authors">' + " ".join(f'<a class="author" href="/staff/{7720 + i}/">{esc(n)}</a>' for i, n in enumerate(S["authors"]))
           + ' <span class="org">USA TODAY</span></div>',
           f'<div class="datestamp" aria-label="{dl}">{dl}</div>',
           '<div class="share-bar"><button>Facebook</button> <button>X</button> <button>Email</button></div>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} CT"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{60410 - i}"><h2 class="live-post-title">{esc(e["h"])}</h2>')
        out.append(f'<div class="live-post-meta"><span class="live-post-author">{esc(e["a"])}</span> '
                   f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}">{st}</time></div>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed" data-duration="1:48"><button aria-label="Play video">&#9654;</button> 1:48</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="newsletter"><p>Stay on top of the news from Springfield and around the world.</p>'
                       '<p>Sign up for our Daily Briefing newsletter.</p><button>Sign up</button></aside>')
    out += ['</section>', f'<p class="contrib"><em>{esc(S["contrib"])}</em></p>', '</article></main>',
            '<footer><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a><p>&copy; 2024 www.sj-r.com. All rights reserved.</p></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_rockford(S):
    """Rockford Register Star (Gannett) article with sub-headed sections, text scrape. One byline and one
    'Published 4:47 p.m. CT Oct. 6, 2024' line; the sections carry no time of their own."""
    z = S["zone"]; d0 = dt(S["page_t"], z)
    L = ["Skip to main content", "", "Rockford Register Star", "Subscribe", "Sign In", "",
         "Home   News   Sports   Things to Do   Opinion   Obituaries   eNewspaper   Legals", "", "WORLD", "", S["title"], "",
         S["byline"], "USA TODAY", "", f"Published {h12(d0)} CT {ap_date(d0)}", "", "Facebook", "Email", "X", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += [f"More: {S['more']}", ""]
    L += [S["contrib"], "", "About Us   Newsletters   Help Center   Privacy Policy   Terms of Service   Your Privacy Choices",
          "\u00a9 2024 www.rrstar.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_southern(S):
    """The Southern Illinoisan (Lee / BLOX) search-result RSS 2.0 for news/nation-world: pubDate with the local offset
    (-0500 in April), summary <description>, full text in <content:encoded>, dc:creator 'By NAME Associated Press'."""
    z = S["zone"]; ordered(S, True)
    feed = "https://thesouthern.com/search/?f=rss&t=article&c=news/nation-world&l=50&s=start_time&sd=desc"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{esc(feed)}</link>',
           f'<atom:link href="{attr(feed)}" rel="self" type="application/rss+xml" />',
           f'<description>{esc(S["title"])}</description>', '<generator>TownNews.com Dynamic Site Engine</generator>',
           '<language>en-US</language>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        uid = f"{0x9d03b7c0 + i * 65537:08x}-{0x04f1 + i * 3:04x}-11ef-8{i}a1-{0x7f2c91d05e3a + i * 53:012x}"
        link = f"https://thesouthern.com/news/nation-world/{slug(e['h'], 48)}/article_{uid}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(e["summary"])}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="false">{link}</guid>', f'<link>{link}</link>',
                f'<dc:creator>{esc(e["byline"])}</dc:creator>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<media:content url="https://bloximages.newyork1.vip.townnews.com/thesouthern.com/content/tncms/assets/v3/editorial/{uid[0]}/{uid[1:3]}/{uid}/image.sized-990x990.jpg" medium="image" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_southbend(S):
    """South Bend Tribune (Gannett) live blog copied as text. Newest first; each post: time line '5:41 p.m. ET' ABOVE
    the headline, then the author, then text. The only dates: 'Published ... | Updated ...' under the page byline."""
    z = S["zone"]; ordered(S, True); pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "South Bend Tribune", "Subscribe", "Sign In", "",
         "Home   News   Sports   Notre Dame   Things to Do   Opinion   Obituaries   eNewspaper   Legals", "", "WORLD", "", S["title"], ""]
    L += S["authors"] + ["USA TODAY", "", f"Published {h12(pub)} ET {ap_date(pub)} | Updated {h12(last)} ET {ap_date(last)}", "",
                         "Facebook  X  Email  Share", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} ET"; stamps.append(st)
        L += [st, e["h"], e["a"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the Daily Briefing newsletter: the day's top stories, delivered every morning. Sign up", ""]
    L += [S["contrib"], "", "About Us   Newsletters   Help Center   Privacy Policy   Terms of Service",
          "\u00a9 2024 www.southbendtribune.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_jconline(S):
    """Journal & Courier (Gannett) world RSS 2.0: pubDate in GMT with seconds, short <description>, no author element,
    Gannett /story/ links, media:content image."""
    z = S["zone"]; ordered(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.jconline.com/news/world/</link>',
           '<atom:link href="https://rssfeeds.jconline.com/lafayette/world" rel="self" type="application/rss+xml" />',
           '<description>World news from the Journal &amp; Courier and the USA TODAY Network</description>',
           '<language>en-us</language>', f'<lastBuildDate>{rfc822(last, gmt=True)}</lastBuildDate>',
           '<image><url>https://www.jconline.com/logo.png</url><title>Journal &amp; Courier</title><link>https://www.jconline.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f"https://www.jconline.com/story/news/world/{d:%Y/%m/%d}/{slug(e['h'], 70)}/{74203118007 + i * 4411}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{link}</guid>',
                f'<media:content url="https://www.gannett-cdn.com/presto/{d:%Y/%m/%d}/USAT/{0x3b2a + i:x}.jpg" medium="image" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_courierpress(S):
    """Evansville Courier & Press (Gannett) article with h2 sections, HTML + NewsArticle JSON-LD. One byline, one
    'Published 6:15 p.m. CT Aug. 25, 2024' line; sections have no time of their own."""
    z = S["zone"]; d0 = dt(S["page_t"], z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
            "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "articleSection": "world",
            "author": [{"@type": "Person", "name": S["byline"]}],
            "publisher": {"@type": "NewsMediaOrganization", "name": "Evansville Courier & Press", "url": "https://www.courierpress.com"},
            "image": {"@type": "ImageObject", "url": "https://www.gannett-cdn.com/presto/2024/08/25/USAT/kramatorsk.jpg"}}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">', ld(data), '</head>', '<body>',
           '<header class="site-nav"><a class="logo" href="/">Evansville Courier &amp; Press</a>'
           '<nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="https://eedition.courierpress.com/">eNewspaper</a> '
           '<a href="/legal-notices/">Legals</a></nav><a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></header>',
           '<main><article class="story">', '<a class="topic-label" href="/news/world/">WORLD</a>',
           f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<div class="authors"><a class="author" href="/staff/3390/">{esc(S["byline"])}</a> <span class="org">USA TODAY</span></div>',
           f'<div class="datestamp">Published {h12(d0)} CT {ap_date(d0)}</div>',
           '<div class="share-bar"><button>Facebook</button> <button>X</button> <button>Email</button></div>',
           f'<figure><img src="https://www.gannett-cdn.com/presto/2024/08/25/USAT/kramatorsk.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="section-head">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="inline-related"><strong>Related:</strong> <a href="/story/news/world/2024/08/20/kursk-incursion-explained/">'
                       'Why Ukraine pushed into Russia&#x27;s Kursk region</a></aside>')
    out += [f'<p class="contrib"><em>{esc(S["contrib"])}</em></p>', '</article></main>',
            '<footer><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/privacy/">Privacy Policy</a>'
            '<p>&copy; 2024 www.courierpress.com. All rights reserved.</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_heraldtimes(S):
    """The Herald-Times, Bloomington IN (Gannett) live page copied as text, mid-scroll: weekday date dividers with no
    year ('Thursday, May 2'), a bare 12-hour time line ('3:40 p.m.', no zone) above each headline, newest first,
    one desk credit. No year and no zone appear anywhere in the capture."""
    z = S["zone"]; ordered(S, True)
    L = ["The Herald-Times", "Subscribe", "Sign In", "",
         "Home   News   IU   Sports   Opinion   Obituaries   eNewspaper", "", "WORLD", "", S["title"], "", S["byline"], "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}", ""]
        st = h12(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += ["Load more updates", ""]
    return "\n".join(L) + "\n", stamps


def r_kokomo(S):
    """Kokomo Tribune (CNHI, TownNews BLOX) running-updates article, HTML + BLOX NewsArticle JSON-LD. Key Points box,
    oldest first; each update: '7:35 a.m. EST' paragraph above an h3; one agency byline."""
    z = S["zone"]; ordered(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    data = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(),
            "author": [{"@type": "Person", "name": S["byline"]}], "articleSection": "News",
            "publisher": {"@type": "Organization", "name": "Kokomo Tribune", "logo": {"@type": "ImageObject", "url": "https://www.kokomotribune.com/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="utf-8">',
           f'<title>{esc(S["title"])} | News | kokomotribune.com</title>', ld(data), '</head>', '<body>',
           '<div id="site-skyline"><a href="/weather/">Kokomo, IN</a> <span>54&deg;</span> <span>Cloudy</span></div>',
           '<header><a class="site-logo" href="/">Kokomo Tribune</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/multimedia/">Multimedia</a> '
           '<a href="/classifieds/">Classifieds</a> <a href="/eedition/">e-Edition</a></nav>'
           '<a href="/users/login/">Log In</a> <a href="/subscribe/">Subscribe</a></header>',
           '<main><div class="asset-header"><span class="kicker">Nation/World</span>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<ul class="list-inline asset-meta"><li class="asset-byline">{esc(S["byline"])}</li>'
           f'<li><time datetime="{first.isoformat()}">{blox_date(first)}</time></li></ul></div>',
           '<div class="share-tools">Facebook Twitter Email Print Save</div>',
           f'<p class="asset-lede">{esc(S["lede"])}</p>', '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]]
    out.append('</ul></div><div class="asset-content">')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} EST"; stamps.append(st)
        out.append(f'<p class="update-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['</div>', '<section class="related"><h4>Related to this story</h4><a href="/news/local/">Howard County council reviews 2025 budget</a></section>',
            '</main>', '<footer>&copy; 2024 Kokomo Tribune, 300 N. Union St., Kokomo, IN | Terms of Use | Privacy Policy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_stoatley(S):
    """text live, newest first; UK clock '4.50pm' on its own line before the headline; author line under the headline;
    Key Points bullets; no zone printed (UK time)."""
    z = S["zone"]; ordered(S, True)
    L = [S["source"].upper(), "Home | UK | World | Politics | Business | Sport | Opinion | Puzzles", "", "LIVE", S["title"],
         S["dateline"], "", S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, dots=False, space=False, sep="."); stamps.append(st)
        L += [st, e["h"]] + ([e["a"]] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["Sign up to the Courier's free Ukraine briefing, in your inbox every Saturday morning.", ""]
    L += ["Show earlier updates", "", f"\u00a9 {S['source']} 2024 \u00b7 Terms \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_borysfen(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00) and author; visible
    '08:35' in <time datetime>; 'By NAME' under the h2."""
    z = S["zone"]; ordered(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
            "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           ld(data), '</head>', '<body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a> <nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="live-date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-item" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 3:
            out.append('<aside class="read-more"><h3>Read more</h3><a href="/war/long-range-drones">Ukraine\u2019s long-range drones, explained</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Editorial policy \u00b7 Contacts</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate in GMT (S['gmt']) or with the numeric offset; CDATA <description> paragraphs;
    dc:creator only when the entry has an author."""
    z = S["zone"]; ordered(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml" />', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset (Z for UTC); HTML content escaped once;
    optional <author>."""
    z = S["zone"]; ordered(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2024:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{S["guid"]}{i + 71}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2024:{S["guid"]}{i + 71}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_dunmarren(S):
    """HTML live, newest first; '21:05 CET' in a span above each h2; optional author line; JSON-LD @graph with a WebPage
    and a NewsArticle (no LiveBlogPosting, no updates); a 'Photos:' gallery post without text."""
    z = S["zone"]; ordered(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "mainEntityOfPage": {"@id": S["url"]}, "publisher": {"@type": "Organization", "name": S["source"]}}]}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>', ld(data),
           '</head>', '<body>', '<div class="consent">We use cookies to measure readership. <button>Agree</button> <button>Manage</button></div>',
           f'<header><span class="masthead">{esc(S["source"])}</span> <nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="teaser-text">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CET"; stamps.append(st)
        out.append(f'<section class="ticker-item"><span class="ticker-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="ticker-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="9">[Gallery: 9 images]</div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside><h3>Background</h3><a href="/ukraine/black-sea-ports">How Ukraine kept its Black Sea ports open</a></aside>')
    out += ['<p class="archive"><a href="/ukraine/live-14-12-2024">Saturday\u2019s ticker</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Contact</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_yelmsford(S):
    """text live, oldest first; '4:30 AM EST' line before each headline; dateline with year; two-name page byline."""
    z = S["zone"]; ordered(S, False)
    L = [S["source"], "News  |  World  |  Politics  |  Business  |  Sports  |  Newsletters", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, dots=False, upper=True)} EST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["\u2014 Advertisement \u2014", ""]
    L += ["We'll be back tomorrow with more live coverage.", "", f"{S['source']}  |  Terms  |  Privacy  |  Contact"]
    return "\n".join(L) + "\n", stamps


def r_morrowgate(S):
    """text live, oldest first; full date line with year; bare '08:10' line before the headline; one page byline."""
    z = S["zone"]; ordered(S, False)
    L = [S["source"], "Live  \u00b7  News  \u00b7  Analysis  \u00b7  Explainers  \u00b7  Podcasts", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Support independent reporting from Ukraine. Become a member.", ""]
    L += ["That's all from us today.", "", f"{S['source']}  \u00b7  About  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_wendeburg(S):
    """HTML article with h2 sections (one entry per section), NewsArticle JSON-LD, byline and a dateline
    '29 November 2024, 17:40 CET'; no per-section time."""
    z = S["zone"]; d0 = dt(S["page_t"], z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
            "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>', ld(data),
           '</head>', '<body>', f'<header><a href="/">{esc(S["source"])}</a> <nav><a>Politics</a> <a>Europe</a> <a>World</a> <a>Opinion</a></nav></header>',
           '<main><article>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} CET</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<p class="more">' + esc(S["more"]) + '</p>', '</article></main>', f'<footer>\u00a9 {esc(S["source"])} 2024 \u00b7 Imprint \u00b7 Privacy</footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def B(e, byline, **kw):
    """attach a printed byline (kept for the page) to an entry."""
    e["byline"] = byline
    e.update(kw)
    return e


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (own words throughout)

# ---------------------------------------------------------------- 10800 The Pantagraph
SEEDS.append(dict(
  id="10800", name="10800_pantagraph-nationworld", ext="html", source="The Pantagraph", zone="America/Chicago", render=r_pantagraph,
  title="Nation & World", ref="2024-07-14 17:55",
  basis="card <time datetime> attribute (ISO with -05:00 = CDT); the visible text '{s}' is BLOX's floored relative age and agrees with it; local {d} in {z}",
  notes="Imitates the TownNews BLOX 'Nation & World' section front of The Pantagraph (Lee Enterprises), saved as HTML. Cards newest first: h3 headline, AP byline in capitals ('By NAME Associated Press'), a <time> element whose datetime attribute carries the exact ISO instant with the Central offset (-05:00) and whose visible text is the relative age ('34 min ago', '3 hrs ago'), then one summary paragraph. The skyline prints the date ('Sunday, July 14, 2024') and a weather widget but no clock, so the visible relative ages alone only bound the time; the datetime attributes are used. No JSON-LD on the section front. Author = the name(s) between 'By' and 'Associated Press' (two names kept as one string); 'By The Associated Press' gives 'The Associated Press'. Three of seven cards are wire stories not about the war (Trump rally shooting aftermath, Euro 2024 final).",
  not_entries=["skyline date 'Sunday, July 14, 2024' and weather widget (Bloomington, IL, 86\u00b0, Mostly sunny)", "logo and main navigation, Subscribe / Log In",
               "breadcrumb 'News / Nation & World'", "section heading 'Nation & World' (page title)", "'Breaking News' newsletter sign-up box after the third card",
               "'Load more' link", "'Most Popular' sidebar with three local headlines", "footer copyright, Terms/Privacy/Contact links and BLOX credit"],
  entries=[
  B(OFF("2024-07-14 17:21", "Trump arrives in Milwaukee for Republican convention a day after rally shooting",
    ["Donald Trump landed in Milwaukee on Sunday, a day after he was wounded in an assassination attempt at a Pennsylvania rally, and his campaign said he would take part in the Republican National Convention as planned."],
    "trump-arrives-milwaukee-convention-2024-07-14", a="TERESA LINDQVIST and OWEN HARTE", n="US politics"), "By TERESA LINDQVIST and OWEN HARTE Associated Press"),
  B(OFF("2024-07-14 16:08", "Spain beats England 2-1 to win record fourth European Championship",
    ["Mikel Oyarzabal scored in the 86th minute as Spain beat England 2-1 in Berlin on Sunday to become the first country to win the European Championship four times."],
    "euro-2024-final-spain-england", a="GRAHAM TULLOCH", n="sport"), "By GRAHAM TULLOCH Associated Press"),
  B(E("2024-07-14 14:47", "Russian shelling kills 2 in Kharkiv region village, governor says",
    ["Russian artillery fire killed two men and wounded three other people in a village in Ukraine's Kharkiv region on Sunday, regional Gov. Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-region-village-shelling-2024-07-14", a="SOFIIA BONDARUK"), "By SOFIIA BONDARUK Associated Press"),
  B(E("2024-07-14 12:30", "Zelenskyy says Russia dropped more than 800 glide bombs on Ukraine in a week",
    ["Ukrainian President Volodymyr Zelenskyy said Sunday that Russian aircraft had dropped more than 800 guided bombs on Ukraine over the past week, and he again asked allies for weapons that can reach the airfields the planes fly from."],
    "strikes", "strikes", 2, "zelenskyy-weekly-glide-bomb-count-2024-07-14", a="SOFIIA BONDARUK", sec=["aid"]), "By SOFIIA BONDARUK Associated Press"),
  B(OFF("2024-07-14 10:12", "Investigators focus on how gunman got onto roof near Trump rally",
    ["Federal investigators on Sunday were trying to piece together how a 20-year-old gunman was able to climb onto a building roof within rifle range of the stage where Donald Trump was speaking."],
    "trump-rally-shooting-investigation-2024-07-14", a="MARCUS PELLEW", n="US politics / security of a US candidate"), "By MARCUS PELLEW Associated Press"),
  B(E("2024-07-14 07:40", "Russia says air defenses destroyed Ukrainian drones over border regions",
    ["Russia's Defense Ministry said Sunday that its air defenses shot down 11 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions, and regional officials reported no casualties."],
    "strikes", "strikes", 2, "russia-downs-drones-border-regions-2024-07-14", a="The Associated Press"), "By The Associated Press"),
  B(E("2024-07-14 04:55", "Ukraine's army says Russian troops are pressing toward Toretsk",
    ["Russian forces have stepped up attacks on the outskirts of Toretsk, a small town in Ukraine's Donetsk region that was relatively quiet for much of the war, a Ukrainian army spokesperson said Sunday."],
    "other", "frontline", 2, "russian-push-toward-toretsk-2024-07", a="ANDRIY SHEVEL"), "By ANDRIY SHEVEL Associated Press"),
  ]))

# ---------------------------------------------------------------- 10801 Herald & Review
SEEDS.append(dict(
  id="10801", name="10801_heraldreview-apbrief", ext="txt", source="Herald & Review", zone="America/New_York", render=r_herald_review,
  title="AP News in Brief at 6:04 p.m. EDT", page_t="2024-03-28 18:04", byline="By The Associated Press",
  basis="no per-brief time: the page title 'AP News in Brief at 6:04 p.m. EDT' with the BLOX date line 'Mar 28, 2024' dates every brief (EDT printed, so {z}); local {d} in {z}",
  notes="Imitates an AP 'News in Brief' package as run on herald-review.com (Lee / TownNews BLOX), copied as text. The page's only time is in its title, '6:04 p.m. EDT' (Eastern time is printed, although Decatur is in the Central zone, so page_timezone is America/New_York); the BLOX date line 'Mar 28, 2024' gives the date. Six briefs, each a headline line followed by paragraphs; the first paragraph opens with an AP dateline ('TORZHOK, Russia (AP) \u2014 '), which is kept in first_sentence as printed. stamp null for every brief and published = the package time. The only byline is the page's 'By The Associated Press', used as author for every brief. Three briefs are not about the war (FTX sentencing, Baltimore bridge salvage, eclipse preparations).",
  not_entries=["'Skip to main content'", "masthead 'Herald & Review' / 'Decatur, Illinois', Subscribe / Log In / e-Edition", "navigation menu", "section label 'AP'",
               "page title 'AP News in Brief at 6:04 p.m. EDT'", "BLOX date line 'Mar 28, 2024'", "byline 'By The Associated Press'",
               "share tools (Facebook, Twitter, WhatsApp, SMS, Email, Print, Copy article link, Save)", "'Catch the latest in Opinion' newsletter promo after the third brief",
               "AP copyright notice", "'Most Popular' with two local headlines", "footer copyright and links"],
  entries=[
  E("2024-03-28 18:04", "Putin says Russia won't attack NATO but warns F-16s in Ukraine would be targets",
    ["TORZHOK, Russia (AP) \u2014 President Vladimir Putin said Russia has no intention of attacking any NATO country, dismissing Western warnings of such a plan as nonsense, but said F-16 fighter jets sent to Ukraine would be shot down like any other weapon.",
     "Speaking to military pilots at an air base northwest of Moscow on Wednesday, Putin added that airfields in other countries used to service the jets would be treated as legitimate targets.",
     "Several NATO members have promised Ukraine the U.S.-made fighters, and the first are expected to arrive later this year."],
    "diplomacy", "diplomacy", 3, "putin-no-plan-to-attack-nato-f16-warning-2024-03-27", a="The Associated Press", sec=["aid"]),
  OFF("2024-03-28 18:04", "Bankman-Fried sentenced to 25 years for stealing from FTX customers",
    ["NEW YORK (AP) \u2014 FTX founder Sam Bankman-Fried was sentenced Thursday to 25 years in prison for a fraud that cost customers and investors of his collapsed cryptocurrency exchange billions of dollars.",
     "The judge said the former billionaire had shown no real remorse. His lawyers said they would appeal."],
    "bankman-fried-sentencing", a="The Associated Press", n="US courts / crypto"),
  E("2024-03-28 18:04", "Zelenskyy warns Ukraine may have to pull back further without U.S. help",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's troops may be forced to give up more ground step by step if military aid from the United States stays blocked in Congress, President Volodymyr Zelenskyy said in an interview published Thursday.",
     "He said his forces were rationing artillery shells and lacked the air-defense missiles needed to protect cities and power plants from Russian attacks."],
    "aid", "aid", 2, "zelenskyy-warns-of-retreat-without-us-aid-2024-03", a="The Associated Press"),
  OFF("2024-03-28 18:04", "Salvage crews begin planning removal of collapsed Baltimore bridge",
    ["BALTIMORE (AP) \u2014 Crews brought in one of the largest floating cranes on the East Coast on Thursday as officials laid out plans to clear the wreckage of the Francis Scott Key Bridge and reopen the city's shipping channel.",
     "Divers have had to pause their search for the remaining missing construction workers because of the tangle of steel and concrete in the water."],
    "baltimore-bridge-salvage", a="The Associated Press", n="US infrastructure"),
  E("2024-03-28 18:04", "Shelling kills 1 in Russia's Belgorod region, governor says",
    ["MOSCOW (AP) \u2014 Ukrainian shelling killed a man and damaged several houses in a village in Russia's Belgorod region on Thursday, the regional governor said.",
     "Gov. Vyacheslav Gladkov said border districts had come under fire more than a dozen times in the past day. Russian authorities have moved thousands of children out of the area this month."],
    "strikes", "strikes", 3, "belgorod-region-shelling-2024-03-28", a="The Associated Press"),
  OFF("2024-03-28 18:04", "Towns in the eclipse path brace for crowds and traffic",
    ["DALLAS (AP) \u2014 Communities along the path of next month's total solar eclipse are stocking up on portable toilets, extra police and fuel as they prepare for crowds that could double or triple their populations for a day."],
    "eclipse-preparations-2024", a="The Associated Press", n="science / travel"),
  ]))

# ---------------------------------------------------------------- 10802 The State Journal-Register
SEEDS.append(dict(
  id="10802", name="10802_sjr-live", ext="html", source="The State Journal-Register", zone="America/Chicago", render=r_sjr,
  title="Russia-Ukraine war live updates: Putin marks annexation anniversary as Russian troops close in on Vuhledar",
  url="https://www.sj-r.com/story/news/world/2024/09/30/russia-ukraine-war-live-updates-vuhledar-putin-annexation/75443190007/",
  published="2024-09-30 05:50", authors=["Celeste Varga", "Tom Brannigan"],
  lede="Follow along for the day's developments in Russia's war in Ukraine, two years after Moscow claimed to annex four Ukrainian regions.",
  contrib="Contributing: The Associated Press, Reuters",
  basis="visible post time '{s}' (Central time printed) dated by the page line 'Published 5:50 a.m. CT Sept. 30, 2024 | Updated 4:26 p.m. CT Sept. 30, 2024'; the <time datetime> attribute and the JSON-LD update datePublished give the same instant in UTC; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog as run by The State Journal-Register, saved as HTML. Newest first; each post: h2 headline, author, visible time '4:26 p.m. CT' (no date) inside <time datetime> holding the UTC instant. The page's dates are only in 'Published 5:50 a.m. CT Sept. 30, 2024 | Updated 4:26 p.m. CT Sept. 30, 2024'. JSON-LD is a LiveBlogPosting whose liveBlogUpdate[] repeats each post's headline, author and datePublished (UTC, 'Z'); the per-update times are genuine, not the page's. The 'Watch:' post (10802-02) is a video with no text (articleBody absent in JSON-LD), so first_sentence null, importance 1. Per-post authors.",
  not_entries=["site header, navigation, Subscribe / Sign In", "topic label 'WORLD'", "page headline (page title)", "page byline (two names + 'USA TODAY')",
               "'Published ... | Updated ...' line", "share buttons", "intro paragraph 'Follow along for the day's developments ...' (page lede)",
               "video player placeholder in the 'Watch:' post", "Daily Briefing newsletter box after the third post", "'Contributing: The Associated Press, Reuters'",
               "footer links and copyright"],
  entries=[
  E("2024-09-30 16:26", "Rutte takes over at NATO on Tuesday with Ukraine at the top of his agenda",
    ["Former Dutch Prime Minister Mark Rutte becomes NATO's secretary-general on Tuesday, taking over from Jens Stoltenberg after a decade in the job.",
     "Rutte has been one of Ukraine's most outspoken backers in Europe, and alliance officials said they expected him to visit Kyiv within weeks."],
    "diplomacy", "diplomacy", 2, "rutte-takes-over-nato-2024-10-01", a="Tom Brannigan"),
  E("2024-09-30 15:10", "Watch: Putin's address on the anniversary of the annexation", [],
    "other", "politics", 1, "putin-annexation-anniversary-2024-09-30", a="Tom Brannigan", n="video teaser, no text body"),
  E("2024-09-30 14:02", "Russian guided bombs kill 3 in Zaporizhzhia, officials say",
    ["Russian aircraft dropped guided bombs on the city of Zaporizhzhia on Monday afternoon, killing three people and wounding at least 12, regional Gov. Ivan Fedorov said.",
     "The strikes damaged a high-rise apartment building and an industrial site, he said."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bombs-2024-09-30", a="Celeste Varga"),
  E("2024-09-30 12:35", "Putin marks two years since claiming four Ukrainian regions",
    ["President Vladimir Putin said in a video address Monday that Russia would achieve all of its goals in Ukraine, as the country marked the second anniversary of its claimed annexation of four partly occupied Ukrainian regions.",
     "Most countries reject the annexation of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions as illegal, and Ukrainian forces still hold large parts of them."],
    "other", "politics", 2, "putin-annexation-anniversary-2024-09-30", a="Tom Brannigan"),
  E("2024-09-30 11:40", "Russian forces tighten grip around Vuhledar",
    ["Russian troops have cut most supply routes into the hilltop town of Vuhledar in Ukraine's Donetsk region, a Ukrainian brigade spokesperson and military bloggers said Monday.",
     "The town has held out against repeated Russian assaults since the first weeks of the full-scale invasion."],
    "other", "frontline", 2, "vuhledar-encirclement-2024-09", a="Celeste Varga"),
  E("2024-09-30 09:55", "Denmark pays for another batch of Ukrainian-made howitzers",
    ["Denmark said Monday it would fund a further batch of Bohdana self-propelled howitzers built in Ukraine, expanding a program that uses Danish money to buy weapons straight from Ukrainian factories.",
     "The Danish Defense Ministry did not say how many guns the new money would cover."],
    "aid", "aid", 2, "denmark-funds-bohdana-howitzers-2024-09-30", a="Tom Brannigan"),
  E("2024-09-30 08:20", "Russia says it downed 125 drones overnight, most over southern regions",
    ["Russia's Defense Ministry said air defenses destroyed 125 Ukrainian drones overnight, most of them over the Krasnodar region and the Sea of Azov.",
     "Regional officials reported no serious damage."],
    "strikes", "strikes", 2, "russia-downs-125-drones-2024-09-30", a="Celeste Varga"),
  E("2024-09-30 06:02", "Ukraine's air force says it shot down 67 of 73 Russian drones",
    ["Ukraine's air force said Monday morning that it destroyed 67 of the 73 drones Russia launched overnight, along with one of four missiles."],
    "strikes", "strikes", 2, "ukraine-overnight-air-defense-2024-09-30", a="Celeste Varga"),
  ]))

# ---------------------------------------------------------------- 10803 Rockford Register Star
SEEDS.append(dict(
  id="10803", name="10803_rrstar-article", ext="txt", source="Rockford Register Star", zone="America/Chicago", render=r_rockford,
  title="Russia-Ukraine war: Guided bomb hits Kharkiv high-rise as Zelenskyy readies 'victory plan' for allies",
  page_t="2024-10-06 16:47", byline="Harriet Olande",
  lede="Russia kept up its air campaign against Ukraine's second-largest city on Sunday while Kyiv prepared to lay out its plan for ending the war to Western allies. Here is what to know.",
  more="What is Zelenskyy's 'victory plan'? What we know so far", contrib="Contributing: Reuters",
  basis="no per-section time: the page line 'Published 4:47 p.m. CT Oct. 6, 2024' dates every section; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) article as run by the Rockford Register Star, copied as text. One byline (author for every section) and one time, 'Published 4:47 p.m. CT Oct. 6, 2024'. Five sub-headed sections, one entry each (headline = sub-head), stamp null, published = the page time. The paragraph under the title ('Russia kept up ...') is the page lede. 'More: ...' after the second section is a related-story link.",
  not_entries=["'Skip to main content'", "masthead, Subscribe / Sign In, navigation", "label 'WORLD'", "page title", "byline 'Harriet Olande' / 'USA TODAY'",
               "'Published 4:47 p.m. CT Oct. 6, 2024'", "share links (Facebook, Email, X)", "lede paragraph 'Russia kept up its air campaign ...'",
               "related link 'More: What is Zelenskyy's 'victory plan'? What we know so far'", "'Contributing: Reuters'", "footer links and copyright"],
  entries=[
  E("2024-10-06 16:47", "Guided bomb hits Kharkiv high-rise",
    ["A Russian guided bomb struck a nine-story apartment building in Kharkiv on Sunday afternoon, wounding at least 16 people, Mayor Ihor Terekhov said.",
     "Rescuers brought several residents down from the upper floors after the blast set a stairwell on fire. Regional officials said two of the injured were children."],
    "strikes", "strikes", 2, "kharkiv-apartment-guided-bomb-2024-10-06", a="Harriet Olande"),
  E("2024-10-06 16:47", "Zelenskyy to present 'victory plan' at Ramstein",
    ["President Volodymyr Zelenskyy said he would present the full version of his plan for ending the war to Ukraine's military backers when they meet at Ramstein Air Base in Germany on Oct. 12.",
     "The plan, which he has already shown to President Joe Biden, asks allies for more long-range weapons and a formal invitation to join NATO."],
    "diplomacy", "diplomacy", 2, "zelenskyy-victory-plan-ramstein-2024-10", a="Harriet Olande", sec=["aid"]),
  E("2024-10-06 16:47", "Russian border regions report drone attacks",
    ["Russia's Defense Ministry said air defenses destroyed 17 Ukrainian drones overnight over the Kursk, Belgorod and Bryansk regions.",
     "Kursk's acting governor said a drone damaged a power line, briefly cutting electricity to several villages."],
    "strikes", "strikes", 2, "russia-border-drone-attacks-2024-10-06", a="Harriet Olande"),
  E("2024-10-06 16:47", "Moscow claims gains near Pokrovsk",
    ["Russia's Defense Ministry said Sunday its troops had taken control of a village southeast of Pokrovsk, a logistics hub in Ukraine's Donetsk region.",
     "Ukraine's General Staff reported more than 40 clashes in that sector over the past day but did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2024-10-06", a="Harriet Olande"),
  E("2024-10-06 16:47", "More evacuations ordered near Kupiansk",
    ["Authorities in the Kharkiv region ordered families with children to leave 10 more villages around Kupiansk as Russian shelling of the area intensified.",
     "Officials said buses would run from the villages twice a day this week."],
    "other", "humanitarian", 2, "kupiansk-evacuations-2024-10-06", a="Harriet Olande"),
  ]))

# ---------------------------------------------------------------- 10804 The Southern Illinoisan
SEEDS.append(dict(
  id="10804", name="10804_thesouthern-nationworldrss", ext="xml", source="The Southern Illinoisan", zone="America/Chicago", render=r_southern,
  title="thesouthern.com - RSS Results in news/nation-world of type article",
  basis="RSS pubDate '{s}' (explicit -0500 offset = CDT); local {d} in {z}",
  notes="Imitates the TownNews BLOX search-result RSS feed of The Southern Illinoisan (Lee Enterprises) for news/nation-world. Newest first. pubDate carries the local offset (-0500, CDT in April). <description> is a one-line summary written by the desk; the full story text is in <content:encoded> (CDATA <p> paragraphs), whose first paragraph opens with an AP dateline, kept in first_sentence as printed; body_paragraphs counts the content:encoded paragraphs. dc:creator 'By NAME Associated Press' gives NAME; 'By The Associated Press' gives 'The Associated Press'. Three of six items are not about the war (Oklahoma tornadoes, Blinken's Gaza trip, campus protests).",
  not_entries=["channel title/link/description, generator, language and ttl", "each item's <description> summary (duplicates the story; not a separate entry)",
               "guid/link URLs", "media:content images"],
  entries=[
  B(OFF("2024-04-28 16:42", "Tornado-battered Oklahoma town starts to clean up",
    ["SULPHUR, Okla. (AP) \u2014 Residents of this southern Oklahoma town picked through the remains of flattened storefronts and homes on Sunday after a tornado tore through downtown late Saturday, one of dozens that struck the central U.S. over the weekend.",
     "At least four people died in Oklahoma, and hundreds of homes were damaged or destroyed, state officials said."],
    "oklahoma-tornadoes-2024-04-27", a="SHANE ALBRIGHT", n="weather"), "By SHANE ALBRIGHT Associated Press",
    summary="A weekend tornado outbreak left a trail of damage across southern Oklahoma."),
  B(E("2024-04-28 14:15", "Russia claims capture of Novobakhmutivka as pressure grows northwest of Avdiivka",
    ["KYIV, Ukraine (AP) \u2014 Russia's Defense Ministry said Sunday that its troops had captured the village of Novobakhmutivka, northwest of Avdiivka, the town Moscow's forces took in February.",
     "Ukraine's military did not confirm the loss, but its commander-in-chief acknowledged that the situation on that part of the front had worsened."],
    "other", "frontline", 2, "russia-claims-novobakhmutivka-2024-04-28", a="The Associated Press"), "By The Associated Press",
    summary="Moscow says its forces have taken another village in Ukraine's Donetsk region."),
  B(E("2024-04-28 11:30", "Ukrainian drones target 2 oil refineries in southern Russia",
    ["KYIV, Ukraine (AP) \u2014 Ukrainian drones attacked two oil refineries in Russia's Krasnodar region early Saturday, starting a fire at one of them, Russian officials and a Ukrainian intelligence source said.",
     "The source said the raids were part of a campaign to cut the fuel supplies that Russia's military depends on.",
     "Regional authorities said the fire was put out within hours and no one was hurt."],
    "strikes", "strikes", 2, "krasnodar-refineries-drone-attack-2024-04-27", a="YURII KOVALCHUK"), "By YURII KOVALCHUK Associated Press",
    summary="Kyiv keeps up its long-range drone campaign against Russian fuel sites."),
  B(OFF("2024-04-28 09:05", "Blinken heads to Saudi Arabia as cease-fire push intensifies",
    ["WASHINGTON (AP) \u2014 Secretary of State Antony Blinken is traveling to Saudi Arabia for talks with Arab officials as the United States, Egypt and Qatar press Israel and Hamas to agree on a cease-fire and the release of hostages."],
    "blinken-saudi-trip-2024-04-29", a="DELPHINE ASKEW", n="Middle East diplomacy"), "By DELPHINE ASKEW Associated Press",
    summary="The top U.S. diplomat returns to the Middle East."),
  B(E("2024-04-28 07:20", "Ukraine limits power for industry after Russian attack on plants",
    ["KYIV, Ukraine (AP) \u2014 Ukraine's grid operator ordered power restrictions for industrial customers in several regions on Sunday after a Russian missile attack a day earlier damaged four thermal power plants.",
     "The country's largest private energy company said it was the fourth major attack on its plants in a month."],
    "other", "humanitarian", 2, "ukraine-industrial-power-limits-2024-04-28", a="YURII KOVALCHUK", sec=["strikes"]), "By YURII KOVALCHUK Associated Press",
    summary="Another Russian strike on power plants forces new limits on electricity use."),
  B(OFF("2024-04-28 05:45", "Pro-Palestinian protest camps spread as colleges weigh crackdowns",
    ["NEW YORK (AP) \u2014 Pro-Palestinian protest camps spread to more U.S. college campuses over the weekend as university leaders weighed whether to call in police to clear them."],
    "campus-protests-2024-04", a="The Associated Press", n="US campus protests"), "By The Associated Press",
    summary="Student demonstrations over the war in Gaza grow."),
  ]))

# ---------------------------------------------------------------- 10805 South Bend Tribune
SEEDS.append(dict(
  id="10805", name="10805_southbendtribune-live", ext="txt", source="South Bend Tribune", zone="America/Indiana/Indianapolis", render=r_southbend,
  title="Russia-Ukraine war live updates: Azerbaijan's Aliyev says Russia shot down passenger jet",
  published="2024-12-29 06:10", authors=["Priya Castellane", "Wes Hollander"],
  lede="Follow along for the latest on Russia's war in Ukraine and the fallout from the crash of an Azerbaijan Airlines passenger jet.",
  contrib="Contributing: The Associated Press",
  basis="post time line '{s}' (Eastern time printed) dated by the page line 'Published 6:10 a.m. ET Dec. 29, 2024 | Updated 5:41 p.m. ET Dec. 29, 2024'; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog as run by the South Bend Tribune, copied as text. Newest first. Unlike the HTML layout, the copied text puts each post's time line ('5:41 p.m. ET') ABOVE its headline, then the author's name on its own line, then the text. Dates only in 'Published 6:10 a.m. ET Dec. 29, 2024 | Updated 5:41 p.m. ET Dec. 29, 2024'. South Bend keeps Eastern time (America/Indiana/Indianapolis; EST = UTC-5 in December). 10805-01 (the Kremlin's reply) and 10805-03 (Aliyev's statement) tell the same story, the downed Azerbaijani airliner.",
  not_entries=["'Skip to main content'", "masthead, Subscribe / Sign In, navigation", "label 'WORLD'", "page title", "page byline (two names + 'USA TODAY')",
               "'Published ... | Updated ...' line", "share line", "lede 'Follow along for the latest ...'", "Daily Briefing newsletter line after the third post",
               "'Contributing: The Associated Press'", "footer links and copyright"],
  entries=[
  E("2024-12-29 17:41", "Kremlin says Russian and Azerbaijani investigators are in contact",
    ["Kremlin spokesman Dmitry Peskov said Sunday that Russian and Azerbaijani investigators were working together, and he declined to respond directly to Aliyev's remarks, pointing instead to Saturday's phone call between the two presidents."],
    "diplomacy", "diplomacy", 2, "azerbaijan-airliner-downing-2024-12", a="Wes Hollander"),
  E("2024-12-29 15:20", "Families of missing soldiers rally in Kyiv for news of captives",
    ["Hundreds of relatives of Ukrainian soldiers listed as missing or captured gathered in central Kyiv on Sunday to press the government for more prisoner exchanges with Russia.",
     "Many held photographs of husbands and sons who have not been heard from for months."],
    "other", "humanitarian", 2, "kyiv-rally-families-of-missing-2024-12-29", a="Priya Castellane"),
  E("2024-12-29 13:20", "Aliyev demands Russia admit guilt over downed Azerbaijani airliner",
    ["Azerbaijani President Ilham Aliyev said Sunday that the passenger jet that crashed in Kazakhstan on Wednesday had been hit by fire from the ground over Russia, and he called on Moscow to admit responsibility, punish those involved and pay compensation.",
     "Aliyev said the plane had been hit unintentionally. Russian President Vladimir Putin apologized on Saturday that the incident took place in Russian airspace but did not say Russia was to blame."],
    "diplomacy", "diplomacy", 3, "azerbaijan-airliner-downing-2024-12", a="Wes Hollander", sec=["strikes"]),
  E("2024-12-29 11:45", "Russia claims capture of village north of Kurakhove",
    ["Russia's Defense Ministry said Sunday its troops had captured a village north of Kurakhove, where Ukrainian units have been close to encirclement for weeks."],
    "other", "frontline", 2, "russia-claims-village-near-kurakhove-2024-12-29", a="Priya Castellane"),
  E("2024-12-29 10:05", "Russian shelling kills man in Kherson",
    ["A 61-year-old man was killed when Russian shells hit a residential area of Kherson on Sunday morning, the regional administration said.",
     "Two other people were wounded and a bus stop was destroyed."],
    "strikes", "strikes", 3, "kherson-shelling-2024-12-29", a="Priya Castellane"),
  E("2024-12-29 08:30", "Ukraine says it downed 21 of 36 drones overnight",
    ["Ukraine's air force said it shot down 21 of the 36 Russian drones launched overnight and that most of the rest were lost to electronic jamming.",
     "Falling debris damaged several houses and a car in the Kyiv region, but no one was injured, regional officials said."],
    "strikes", "strikes", 2, "ukraine-overnight-drones-2024-12-29", a="Wes Hollander"),
  ]))

# ---------------------------------------------------------------- 10806 Journal & Courier
SEEDS.append(dict(
  id="10806", name="10806_jconline-worldrss", ext="xml", source="Journal & Courier", zone="UTC", render=r_jconline,
  title="Journal & Courier - World",
  basis="RSS pubDate '{s}' (GMT printed, = UTC); local {d} in {z}",
  notes="Imitates a Gannett world-news RSS 2.0 feed of the Journal & Courier (Lafayette, Indiana). Newest first. pubDate is printed in GMT with seconds ('Wed, 26 Jun 2024 21:14:32 GMT'), so page_timezone is UTC although the newsroom keeps Eastern time. <description> is a one-paragraph summary (the body); there is no author element, so author is null. Gannett /story/ links and media:content images. Three of six items are not about the war (Bolivia, Assange, US Supreme Court).",
  not_entries=["channel title/link/description/language/lastBuildDate and image block", "guid and link elements", "media:content images"],
  entries=[
  OFF("2024-06-26 21:14:32", "Bolivia's army chief arrested after troops storm presidential palace",
    ["Bolivia's army commander was arrested after soldiers and armored vehicles forced their way into the government palace in La Paz in what President Luis Arce called an attempted coup."],
    "bolivia-coup-attempt-2024-06-26", n="Latin American politics"),
  OFF("2024-06-26 19:02:11", "Assange returns to Australia a free man after guilty plea",
    ["WikiLeaks founder Julian Assange landed in Canberra on Wednesday after pleading guilty in a federal court on a Pacific island, ending a legal fight that lasted more than a decade."],
    "assange-returns-australia-2024-06-26", n="media/law"),
  E("2024-06-26 16:47:55", "International court seeks arrest of Shoigu and Gerasimov over strikes on Ukraine's power grid",
    ["The International Criminal Court has issued arrest warrants for Russia's former defense minister, Sergei Shoigu, and its armed forces chief, Valery Gerasimov, accusing them of directing attacks on Ukraine's electricity infrastructure. Moscow dismissed the move as meaningless."],
    "other", "humanitarian", 3, "icc-warrants-shoigu-gerasimov-2024-06-25", sec=["strikes"]),
  E("2024-06-26 14:20:40", "Russian guided bombs kill 2 in Donetsk region town",
    ["Two people were killed when Russian guided bombs hit the town of Kurakhove in Ukraine's Donetsk region, the regional governor said Wednesday."],
    "strikes", "strikes", 3, "kurakhove-guided-bombs-2024-06-26"),
  OFF("2024-06-26 11:05:03", "Supreme Court rejects challenge to government contacts with social media platforms",
    ["The Supreme Court ruled Wednesday that two states and several social media users lacked standing to challenge the federal government's communications with tech companies about misinformation."],
    "scotus-social-media-ruling-2024-06-26", n="US courts"),
  E("2024-06-26 08:33:27", "Ukraine says it beat back Russian assaults near Chasiv Yar",
    ["Ukraine's military said its troops repelled a series of Russian attacks around Chasiv Yar, a hilltop town west of Bakhmut that Moscow has been trying to capture for months."],
    "other", "frontline", 2, "chasiv-yar-assaults-2024-06-26"),
  ]))

# ---------------------------------------------------------------- 10807 Evansville Courier & Press
SEEDS.append(dict(
  id="10807", name="10807_courierpress-article", ext="html", source="Evansville Courier & Press", zone="America/Chicago", render=r_courierpress,
  title="Russia-Ukraine war: Missile hits Kramatorsk hotel, prisoners come home and Kyiv shows off a 'missile-drone'",
  url="https://www.courierpress.com/story/news/world/2024/08/25/russia-ukraine-war-kramatorsk-hotel-prisoner-swap/74941562007/",
  page_t="2024-08-25 18:15", byline="Jalen Whitcombe",
  caption="Emergency workers outside a damaged hotel in Kramatorsk, Ukraine, on Sunday.",
  lede="A Russian missile hit a hotel used by journalists in eastern Ukraine, the two countries traded prisoners and Kyiv unveiled a new long-range weapon. Here's what to know.",
  contrib="Contributing: Reuters, The Associated Press",
  basis="no per-section time: the page line 'Published 6:15 p.m. CT Aug. 25, 2024' (and JSON-LD datePublished 2024-08-25T18:15:00-05:00) dates every section; local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) explainer-style article as run by the Evansville Courier & Press, saved as HTML. Evansville is on Central time. One byline (author for every section) and one time, 'Published 6:15 p.m. CT Aug. 25, 2024'; NewsArticle JSON-LD carries the same time. Five h2 sections = five entries, stamp null. Photo caption, lede and the inline 'Related:' link are chrome.",
  not_entries=["site header and navigation", "label 'WORLD'", "page headline (page title)", "byline 'Jalen Whitcombe' / 'USA TODAY'", "'Published 6:15 p.m. CT Aug. 25, 2024'",
               "share buttons", "photo caption 'Emergency workers outside a damaged hotel in Kramatorsk, Ukraine, on Sunday.'", "lede paragraph 'A Russian missile hit a hotel ...'",
               "inline 'Related:' link after the third section", "'Contributing: Reuters, The Associated Press'", "footer"],
  entries=[
  E("2024-08-25 18:15", "Missile strike on Kramatorsk hotel",
    ["A Russian missile hit a hotel in the eastern city of Kramatorsk late Saturday, killing a safety adviser working with a Reuters news team and wounding two of the agency's journalists, Ukrainian officials and Reuters said.",
     "The team had been staying at the hotel while covering the fighting in the Donetsk region. Ukraine's prosecutors opened a war crimes investigation."],
    "strikes", "strikes", 3, "kramatorsk-hotel-strike-2024-08-24", a="Jalen Whitcombe"),
  E("2024-08-25 18:15", "115 prisoners return home on each side",
    ["Ukraine and Russia each freed 115 prisoners of war on Saturday in an exchange mediated by the United Arab Emirates, both governments said.",
     "Some of the Russian soldiers released had been captured during Ukraine's incursion into the Kursk region."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2024-08-24", a="Jalen Whitcombe"),
  E("2024-08-25 18:15", "Kyiv unveils a 'missile-drone'",
    ["President Volodymyr Zelenskyy said Ukraine had used a new domestically built jet-powered drone, which he called a missile-drone, against Russian targets for the first time.",
     "He gave few details about its range, saying only that it was named Palianytsia and that more would follow."],
    "other", "security", 2, "palianytsia-missile-drone-2024-08-24", a="Jalen Whitcombe"),
  E("2024-08-25 18:15", "Fighting continues in Kursk",
    ["Russia's Defense Ministry said its troops had repelled Ukrainian attempts to push deeper into the Kursk region, nearly three weeks after Ukrainian forces crossed the border."],
    "other", "frontline", 2, "kursk-incursion-fighting-2024-08-25", a="Jalen Whitcombe"),
  E("2024-08-25 18:15", "Pokrovsk residents told to leave",
    ["Ukrainian officials again urged residents of Pokrovsk to leave as Russian forces advanced to within about 6 miles of the city.",
     "Officials said about 50,000 people were still living there, down from roughly 60,000 before the war."],
    "other", "humanitarian", 2, "pokrovsk-evacuation-2024-08", a="Jalen Whitcombe"),
  ]))

# ---------------------------------------------------------------- 10808 The Herald-Times
SEEDS.append(dict(
  id="10808", name="10808_heraldtimes-live", ext="txt", source="The Herald-Times", zone="America/Indiana/Indianapolis", render=r_heraldtimes,
  title="Russia-Ukraine war live: Cameron says Ukraine can strike Russia with British weapons",
  byline="From staff and wire reports", parse_args=["--date", "2024-05-02"],
  lede="The latest on the war in Ukraine and the diplomacy around it.",
  basis="bare time '{s}' under the nearest date divider above it ('Thursday, May 2' or 'Wednesday, May 1'); no year printed, so the year comes from parse_args (2024-05-02, the capture's local day); no zone printed, Bloomington keeps Eastern time (EDT); local {d} in {z}",
  notes="Imitates a Gannett live page of The Herald-Times (Bloomington, Indiana) copied mid-scroll as text: no footer, no URL, no year and no time zone anywhere. Newest first; weekday date dividers without a year ('Thursday, May 2', then 'Wednesday, May 1'); each post is a bare 12-hour time line ('3:40 p.m.') above the headline. Times are Eastern (EDT = UTC-4, the outlet's home zone). parse_args gives the capture's local day 2024-05-02 for the year. The three posts under 'Wednesday, May 1' (8:20 p.m. to 11:45 p.m. EDT) are already 2 May in UTC, so the whole page is one UTC day. The desk credit 'From staff and wire reports' names no person or agency: author null.",
  not_entries=["masthead 'The Herald-Times', Subscribe / Sign In, navigation", "label 'WORLD'", "page title", "credit line 'From staff and wire reports'",
               "lede 'The latest on the war in Ukraine and the diplomacy around it.'", "date dividers 'Thursday, May 2' and 'Wednesday, May 1' (structure)",
               "'Advertisement'", "'Load more updates'"],
  entries=[
  E("2024-05-02 15:40", "Britain's Cameron says Ukraine can use UK weapons to hit targets in Russia",
    ["Britain's foreign secretary, David Cameron, said on a visit to Kyiv on Thursday that Ukraine had the right to use British-supplied weapons against targets inside Russia.",
     "He also promised that Britain would provide 3 billion pounds a year in military aid for as long as necessary."],
    "diplomacy", "diplomacy", 3, "cameron-kyiv-visit-uk-weapons-2024-05-02", sec=["aid"]),
  E("2024-05-02 12:15", "Macron repeats he would not rule out sending troops to Ukraine",
    ["French President Emmanuel Macron said in an interview published Thursday that sending Western troops to Ukraine could be considered if Russia broke through Ukrainian lines and Kyiv asked for help."],
    "diplomacy", "diplomacy", 2, "macron-troops-remarks-2024-05-02"),
  E("2024-05-02 09:30", "Russian missile hits Kharkiv industrial area, injuring 6",
    ["A Russian missile hit an industrial area of Kharkiv early Thursday, injuring six people and damaging a warehouse, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-missile-strike-2024-05-02"),
  E("2024-05-02 07:05", "Russia claims another village near Ocheretyne",
    ["Russia's Defense Ministry said its forces had taken a village near Ocheretyne, where Russian troops have been trying to widen a breach in Ukrainian defenses."],
    "other", "frontline", 2, "russia-claims-village-near-ocheretyne-2024-05-02"),
  E("2024-05-01 23:45", "Zelenskyy says text of U.S. security agreement is nearly ready",
    ["President Volodymyr Zelenskyy said in his nightly address that Ukraine and the United States were close to finishing the text of a bilateral security agreement."],
    "diplomacy", "diplomacy", 2, "ukraine-us-security-agreement-talks-2024-05"),
  E("2024-05-01 21:50", "Shelling kills 2 in Kherson region village",
    ["Russian shelling killed two people in a village on the western bank of the Dnipro River in the Kherson region on Wednesday evening, the regional governor said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2024-05-01"),
  E("2024-05-01 20:20", "Sumy region opens more shelters for families from border villages",
    ["Authorities in Ukraine's Sumy region said they had opened three more shelters for families moved out of villages along the Russian border, where shelling has grown heavier this spring."],
    "other", "humanitarian", 2, "sumy-border-evacuee-shelters-2024-05-01"),
  ]))

# ---------------------------------------------------------------- 10809 Kokomo Tribune
SEEDS.append(dict(
  id="10809", name="10809_kokomotribune-updates", ext="html", source="Kokomo Tribune", zone="America/Indiana/Indianapolis", render=r_kokomo,
  title="Russia-Ukraine war: Zelenskyy says 11,000 North Korean troops now in Kursk region",
  url="https://www.kokomotribune.com/news/nation_world/russia-ukraine-war-zelenskyy-north-korean-troops-kursk/article_5f3b2e8c-9a41-11ef-8c2d-1f4e6b7a9d30.html",
  byline="By The Associated Press",
  lede="Updates through the day on Russia's war in Ukraine.",
  basis="update time '{s}' (EST printed) under the BLOX date 'Nov 4, 2024'; local {d} in {z}",
  notes="Imitates a running-updates article on kokomotribune.com (CNHI, TownNews BLOX), saved as HTML. Oldest first; each update: a bold time paragraph ('7:35 a.m. EST') above an h3 headline. The only date is the BLOX date line 'Nov 4, 2024' (also in the NewsArticle JSON-LD). A 'Key Points' box lists two update headlines (key_point true, importance 3). Byline 'By The Associated Press' for the whole page: author 'The Associated Press'. 10809-04 (the Kremlin declining to comment) is a reaction that shares the North Korean troops story of 10809-02.",
  not_entries=["weather skyline (Kokomo, IN, 54\u00b0, Cloudy)", "logo, navigation, Log In / Subscribe", "kicker 'Nation/World'", "page headline (page title)",
               "byline and date line 'By The Associated Press' / 'Nov 4, 2024'", "share tools", "lede 'Updates through the day on Russia's war in Ukraine.'",
               "'Key Points' box (its lines repeat two update headlines)", "'Advertisement'", "'Related to this story' link", "footer"],
  entries=[
  E("2024-11-04 07:35", "Russia says it downed 39 Ukrainian drones overnight",
    ["Russia's Defense Ministry said air defenses destroyed 39 Ukrainian drones overnight over five regions, including 17 over the Kursk region."],
    "strikes", "strikes", 2, "russia-downs-39-drones-2024-11-04", a="The Associated Press"),
  E("2024-11-04 09:10", "Zelenskyy says 11,000 North Korean troops are now in Russia's Kursk region",
    ["President Volodymyr Zelenskyy said Monday that 11,000 North Korean soldiers had arrived in Russia's Kursk region, where Ukrainian troops have held a swath of territory since August.",
     "He said the lack of a strong response from Ukraine's allies was encouraging Pyongyang to send more troops."],
    "other", "frontline", 3, "north-korean-troops-kursk-2024-11-04", a="The Associated Press", kp=True),
  E("2024-11-04 10:45", "Russian guided bomb kills 2 in Kharkiv",
    ["A Russian guided bomb hit a residential district of Kharkiv on Monday morning, killing two people and wounding at least 20, regional Gov. Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-guided-bomb-2024-11-04", a="The Associated Press", kp=True),
  E("2024-11-04 12:20", "Kremlin declines to comment on North Korean troop reports",
    ["Kremlin spokesman Dmitry Peskov declined on Monday to confirm or deny that North Korean soldiers were in the Kursk region, saying Russia's military cooperation with Pyongyang was a matter for the two countries."],
    "other", "frontline", 2, "north-korean-troops-kursk-2024-11-04", a="The Associated Press", sec=["diplomacy"]),
  E("2024-11-04 14:05", "Netherlands pledges more drones for Ukraine",
    ["The Dutch government said it would spend 400 million euros on drones for Ukraine's armed forces, including long-range models built in Ukraine."],
    "aid", "aid", 2, "netherlands-drone-pledge-2024-11-04", a="The Associated Press"),
  E("2024-11-04 16:30", "Russia claims another village west of Vuhledar",
    ["Russia's Defense Ministry said Monday its troops had captured a village west of Vuhledar, the Donetsk region town Ukrainian forces left last month."],
    "other", "frontline", 2, "russia-claims-village-west-of-vuhledar-2024-11-04", a="The Associated Press"),
  ]))


# ================================================================ PART B: three invented multi-source days

# ---------------------------------------------------------------- Day 1, Saturday 14 December 2024
ORYOL = "oryol-oil-terminal-drone-attack-2024-12-14"
NKASSAULT = "north-korean-troops-in-kursk-assaults-2024-12-14"
BLACKOUT = "ukraine-power-cuts-after-grid-attack-2024-12-14"
EU15 = "eu-15th-sanctions-package-2024-12"
KHERSON = "kherson-city-shelling-2024-12-14"

SEEDS.append(dict(
  id="10820", name="10820_stoatley-textlive", ext="txt", source="Stoatley Courier", zone="Europe/London", render=r_stoatley,
  title="Ukraine war live: Oryol fuel depot burns after Ukrainian drone raid; Zelensky says North Korean troops now used in assaults",
  dateline="Saturday 14 December 2024",
  lede="Kyiv's forces hit an oil terminal deep inside Russia overnight, while Ukrainians face another day of power cuts after Friday's attack on the grid. Follow the day's events here.",
  basis="UK clock '{s}' (no zone printed; UK time = GMT = UTC in December) under the page date 'Saturday 14 December 2024'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. Each post: a UK-style clock line ('4.50pm', no zone printed; Europe/London, GMT in December) above the headline, then the author's name on its own line, then paragraphs. Key Points block lists two post headlines. The 'Watch:' post (10820-04) is a video with no text. 10820-07 spells the city 'Orel'; the other posts use 'Oryol'. 10820-02 is an analysis (theme piece) that mentions the Oryol strike but is its own story.",
  not_entries=["masthead 'STOATLEY COURIER' and section menu", "'LIVE' label", "page title", "date line 'Saturday 14 December 2024'", "lede paragraph",
               "'Key Points' header and its two bullet lines (repeat post headlines)", "'Latest updates' header", "newsletter line after the fourth post",
               "'Show earlier updates'", "footer"],
  entries=[
  E("2024-12-14 16:50", "Oryol governor says fuel depot fire contained after 12 hours",
    ["The governor of Russia's Oryol region, Andrei Klychkov, said firefighters had contained the blaze at a fuel depot hit by Ukrainian drones overnight, and that nobody had been hurt.",
     "He did not say how many storage tanks had burned. Residents posted videos of thick black smoke over the eastern edge of the city well into the afternoon."],
    "strikes", "strikes", 3, ORYOL, a="Rosalind Achterberg", kp=True, n="main event; spelling 'Oryol'"),
  E("2024-12-14 15:20", "Analysis: why Kyiv keeps sending drones after Russia's fuel depots",
    ["The overnight attack on a fuel terminal in Oryol is the latest in a long Ukrainian campaign against Russian oil sites, and it follows a logic that Kyiv's commanders have described openly.",
     "Depots that store diesel and aviation fuel feed the supply chain behind the front, and every fire forces Russia to reroute deliveries and spend scarce air-defence systems on guarding them.",
     "The raids also carry an economic message. Refineries and terminals earn the revenue that pays for the war, and Ukraine's long-range drones now reach sites more than 1,000km from the border.",
     "How much they achieve is debated. Russia repairs most damaged plants within weeks, and Western governments have at times urged Kyiv to spare energy targets for fear of pushing up world oil prices."],
    "strikes", "strikes", 2, "analysis-ukraine-drone-campaign-russian-fuel", a="Tobias Quennell",
    n="theme piece (analysis); mentions the Oryol strike but must not merge with it"),
  E("2024-12-14 13:45", "Zelensky: Russia now sending North Korean troops into assaults",
    ["Volodymyr Zelensky said Russia had started using North Korean soldiers in assaults in the Kursk region, mixing them into units of Russian paratroopers and marines.",
     "The Ukrainian president said the North Koreans had already suffered noticeable losses and warned that Pyongyang could send more men."],
    "other", "frontline", 3, NKASSAULT, a="Rosalind Achterberg"),
  E("2024-12-14 11:30", "Watch: smoke rises over Oryol after overnight drone strike", [],
    "strikes", "strikes", 1, ORYOL, n="video teaser, no text body"),
  E("2024-12-14 10:05", "Ukrainians face scheduled blackouts after Friday's attack on the grid",
    ["Households in most Ukrainian regions faced rolling power cuts on Saturday after Friday's massive Russian missile and drone attack on energy facilities, the grid operator Ukrenergo said.",
     "DTEK, the largest private energy company, said its thermal power plants had again been badly damaged."],
    "other", "humanitarian", 3, BLACKOUT, a="Tobias Quennell", sec=["strikes"]),
  E("2024-12-14 08:10", "Ukraine's general staff confirms strike on Oryol oil terminal",
    ["Ukraine's general staff said its forces had hit the Stalnoy Kon oil terminal in Russia's Oryol region overnight, describing it as part of the fuel supply system for Russian troops.",
     "Russian officials said a fire broke out at the site after drones were shot down nearby."],
    "strikes", "strikes", 3, ORYOL, a="Rosalind Achterberg", kp=True),
  E("2024-12-14 06:40", "Drones hit fuel depot in Orel, Russian officials say",
    ["A fuel depot in the Russian city of Orel caught fire early on Saturday after a drone attack, regional officials said.",
     "Local channels reported several explosions shortly before 5am."],
    "strikes", "strikes", 3, ORYOL, a="Rosalind Achterberg", n="spelling 'Orel'; first report"),
  ]))

SEEDS.append(dict(
  id="10821", name="10821_borysfen-htmllive", ext="html", source="Borysfen Daily", zone="Europe/Kyiv", render=r_borysfen,
  title="Live: Drones hit Oriol oil depot; Ukraine lives with power cuts after Friday\u2019s massive attack",
  url="https://borysfen-daily.example/live/2024-12-14", dateline="14 December 2024, Saturday",
  lede="Our live coverage of the war on 14 December. All times are Kyiv time.",
  basis="visible '{s}' in <time datetime> (+02:00, Kyiv time as the page says) matching the JSON-LD update datePublished; local {d} in {z}",
  notes="Invented outlet (Kyiv, English edition). HTML live blog, oldest first. JSON-LD LiveBlogPosting with one BlogPosting per update carrying its own datePublished (+02:00) and author; visible times '08:35' in <time datetime>; 'By NAME' under each h2. The page says 'All times are Kyiv time'. Uses the Ukrainian spelling 'Oriol' for Oryol. 10821-06 re-posts 10821-01 nearly verbatim (same headline and first paragraph): duplicate, importance 1. 10821-02 (Bryansk pumping station) is another Ukrainian drone attack on Russian oil the same night: same theme, other event, must not merge with the Oryol story.",
  not_entries=["header and navigation", "page title", "date line '14 December 2024, Saturday'", "lead paragraph (page lede, incl. 'All times are Kyiv time.')",
               "'Read more' box after the fourth update", "footer"],
  entries=[
  E("2024-12-14 08:35", "Oriol: fuel depot ablaze after night drone raid",
    ["A large fire broke out at an oil depot in the Russian city of Oriol after a wave of Ukrainian drones reached the region overnight, residents and Russian officials reported.",
     "Governor Andrei Klychkov said debris from a downed drone had caused the blaze."],
    "strikes", "strikes", 3, ORYOL, a="Iryna Pasko", n="spelling 'Oriol'"),
  E("2024-12-14 10:20", "Drones also target oil pumping station in Bryansk region",
    ["Separately, Ukrainian drones targeted an oil pumping station in Russia's Bryansk region, a source in Ukraine's security service said, adding that the site serves a pipeline that carries fuel westward.",
     "Bryansk governor Alexander Bogomaz said air defences destroyed several drones over the region and reported no damage."],
    "strikes", "strikes", 2, "bryansk-pumping-station-drone-attack-2024-12-14", a="Maksym Tkalenko",
    n="same theme (drones vs Russian oil), other event: must not merge with the Oryol terminal strike"),
  E("2024-12-14 12:05", "Zelensky says North Korean soldiers now used in assault units",
    ["North Korean troops deployed to Russia's Kursk region have begun taking part in assaults alongside Russian units, President Volodymyr Zelensky said in a statement on Saturday.",
     "Kyiv estimates that about 11,000 North Korean soldiers have been sent to Russia."],
    "other", "frontline", 3, NKASSAULT, a="Iryna Pasko"),
  E("2024-12-14 13:40", "Ukrenergo extends power cut schedules into Sunday",
    ["Ukraine's grid operator said scheduled outages would continue on Sunday in Kyiv and most other regions while engineers repair equipment damaged in Friday's combined missile and drone attack."],
    "other", "humanitarian", 3, BLACKOUT, a="Maksym Tkalenko", sec=["strikes"]),
  E("2024-12-14 15:25", "EU ministers expected to approve new sanctions on Monday",
    ["European Union foreign ministers are expected to approve a 15th package of sanctions against Russia on Monday, adding dozens more tankers of the so-called shadow fleet that carries Russian oil, diplomats said."],
    "diplomacy", "diplomacy", 3, EU15, a="Iryna Pasko"),
  E("2024-12-14 17:10", "Oriol: fuel depot ablaze after night drone raid",
    ["A large fire broke out at an oil depot in the Russian city of Oriol after a wave of Ukrainian drones reached the region overnight, residents and Russian officials reported.",
     "Governor Andrei Klychkov later said the fire had been contained."],
    "strikes", "strikes", 1, ORYOL, a="Iryna Pasko", dup="10821-01", n="near-verbatim re-post of 10821-01 on the same page"),
  E("2024-12-14 19:30", "Russian shelling of Kherson kills two",
    ["Two people were killed and five wounded when Russian artillery hit central Kherson in the afternoon, the regional military administration said."],
    "strikes", "strikes", 3, KHERSON, a="Maksym Tkalenko"),
  ]))

SEEDS.append(dict(
  id="10822", name="10822_culverhay-worldrss", ext="xml", source="Culverhay World Service", zone="UTC", render=r_rss, gmt=True,
  title="Culverhay World Service \u2013 World", url="https://culverhay-world.example", guid="cws-241214-",
  lede="International headlines from the Culverhay World Service",
  basis="RSS pubDate '{s}' (GMT printed, = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. The war is a minority: four of six items are about other news (Mayotte cyclone, Syria talks in Aqaba, Georgia's presidential vote, South Korea's impeachment vote).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2024-12-14 19:55", "Cyclone Chido tears through Mayotte, officials fear heavy toll",
    ["The strongest cyclone to hit the French Indian Ocean territory of Mayotte in decades flattened shanty towns and cut power and water on Saturday, and officials said they feared many deaths."],
    "mayotte-cyclone-chido-2024-12-14", n="natural disaster"),
  E("2024-12-14 16:30", "Fire at Russian fuel terminal after Ukrainian drone strike",
    ["A fuel terminal in Russia's Oryol region was set alight by a Ukrainian drone attack overnight, officials on both sides said, with Kyiv describing the site as a supplier to Russian forces."],
    "strikes", "strikes", 3, ORYOL),
  OFF("2024-12-14 13:10", "Ministers meeting in Aqaba call for inclusive transition in Syria",
    ["Arab, Turkish, European and US officials meeting in Jordan called for a peaceful and inclusive political transition in Syria after the fall of Bashar al-Assad."],
    "aqaba-syria-meeting-2024-12-14", n="Syria"),
  OFF("2024-12-14 10:45", "Georgia's ruling party installs new president amid protests",
    ["An electoral college dominated by Georgia's ruling party chose former footballer Mikheil Kavelashvili as president, as protesters gathered outside parliament for another day."],
    "georgia-presidential-vote-2024-12-14", n="Georgian politics"),
  OFF("2024-12-14 07:40", "South Korea's parliament impeaches President Yoon over martial law",
    ["South Korean lawmakers voted to impeach President Yoon Suk Yeol over his short-lived declaration of martial law, suspending him from office while the Constitutional Court considers his case."],
    "south-korea-yoon-impeachment-2024-12-14", n="South Korean politics"),
  E("2024-12-14 05:20", "Ukraine rations electricity after Friday's missile barrage",
    ["Ukraine introduced hourly power cuts across most of the country after one of the largest Russian attacks of the war targeted power plants and substations on Friday."],
    "other", "humanitarian", 3, BLACKOUT, sec=["strikes"]),
  ]))

SEEDS.append(dict(
  id="10823", name="10823_quillane-atom", ext="xml", source="Quillane Gazette", zone="Europe/Warsaw", render=r_atom,
  title="Quillane Gazette \u2013 Ukraine", url="https://quillane-gazette.example", guid="qg14-",
  lede="Reporting on Russia's war against Ukraine from our Warsaw desk",
  basis="Atom <published> '{s}' (explicit +01:00 = CET, Warsaw); local {d} in {z}",
  notes="Invented outlet (Warsaw). Atom feed, newest first, <published> with +01:00, author per entry, HTML content escaped once. 10823-03 (drone strike on a car in a Kherson-region village) is a different attack from the Kherson city shelling of 10823-02 and 10821-07: same region, other strike, must not merge.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry id and link elements"],
  entries=[
  E("2024-12-14 21:40", "Kyiv says Oryol strike destroyed fuel tanks; Russia gives no damage figures",
    ["Ukrainian military sources said several storage tanks at the Stalnoy Kon terminal near Oryol had been destroyed, while Russian officials gave no damage estimate beyond saying the fire was under control."],
    "strikes", "strikes", 3, ORYOL, a="Agnieszka Wirth"),
  E("2024-12-14 18:05", "Kherson: two dead as Russian shells hit city centre",
    ["Two people were killed and five injured when Russian artillery struck the centre of Kherson on Saturday afternoon, the regional administration said.",
     "A market and a block of flats were damaged."],
    "strikes", "strikes", 3, KHERSON, a="Olek Zawada"),
  E("2024-12-14 15:55", "Drone strike on car wounds two in Kherson region village",
    ["A Russian drone dropped explosives on a car in a village east of Kherson, wounding a man and a woman, the regional governor said."],
    "strikes", "strikes", 2, "kherson-region-drone-car-2024-12-14", a="Olek Zawada",
    n="same region, other strike: must not merge with the Kherson city shelling"),
  E("2024-12-14 14:30", "North Korean troops join assaults in Kursk, Kyiv says",
    ["Ukraine says North Korean soldiers are now fighting in assault groups in Russia's Kursk region and have taken significant casualties, according to President Volodymyr Zelensky."],
    "other", "frontline", 3, NKASSAULT, a="Agnieszka Wirth"),
  E("2024-12-14 11:15", "Tusk urges EU to adopt new Russia sanctions without delay",
    ["Polish Prime Minister Donald Tusk said the European Union's next package of sanctions against Russia should be approved on Monday as planned, and that Hungary and Slovakia should not be allowed to water it down."],
    "diplomacy", "diplomacy", 3, EU15, a="Agnieszka Wirth"),
  E("2024-12-14 08:50", "Poland to reinforce air defences on eastern border",
    ["Poland's defence ministry said it would deploy additional air-defence units near the border with Ukraine after Russian missiles again flew close to Polish airspace during Friday's attack."],
    "other", "security", 2, "poland-eastern-air-defence-2024-12-14", a="Olek Zawada"),
  ]))

# ---------------------------------------------------------------- Day 2, Sunday 15 December 2024
ODESA = "odesa-missile-strike-2024-12-15"
FRONT2 = "russia-claims-two-donetsk-villages-2024-12-15"

SEEDS.append(dict(
  id="10830", name="10830_dunmarren-htmllive", ext="html", source="Dunmarren Tribune", zone="Europe/Berlin", render=r_dunmarren,
  title="Ukraine ticker: Russian missile strike on Odessa port, Zelensky renews call for air defence",
  url="https://dunmarren-tribune.example/ukraine/live-15-12-2024", dateline="Sunday, 15 December 2024",
  lede="The most important developments in Russia's war against Ukraine on Sunday.",
  basis="visible '{s}' (CET printed, Berlin = UTC+1) under the page date 'Sunday, 15 December 2024'; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML live ticker, newest first: a '21:05 CET' span above each h2, optional author line. JSON-LD is an @graph of a WebPage and a NewsArticle with page times only (no LiveBlogPosting, no updates). Spells the city 'Odessa'. 10830-03 is a 'Photos:' gallery post without text. 10830-02 (Zelensky's appeal for Patriot systems) reacts to the Odesa strike but its content is an aid appeal: its own story, must not merge with the strike.",
  not_entries=["cookie consent bar", "masthead and navigation", "page title", "date line 'Sunday, 15 December 2024'", "teaser paragraph (page lede)",
               "gallery placeholder '[Gallery: 9 images]'", "'Background' box after the third post", "link to Saturday's ticker", "footer"],
  entries=[
  E("2024-12-15 21:05", "Odessa toll rises to three as rescuers end search",
    ["The number of people killed by Sunday's Russian missile strike on the port of Odessa has risen to three, the regional governor Oleh Kiper said as rescuers finished searching the rubble.",
     "Fourteen people were injured, four of them seriously."],
    "strikes", "strikes", 3, ODESA, a="Lena Hartsfield", n="toll 3; spelling 'Odessa'"),
  E("2024-12-15 18:30", "Zelensky renews call for Patriot systems after Odessa attack",
    ["President Volodymyr Zelensky said Ukraine needed at least ten more Patriot batteries to protect its cities and ports, and urged partners to deliver them before the end of winter."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2024-12-15", a="Lena Hartsfield", sec=["strikes"],
    n="same theme (air defence after the Odesa attack), other event: an appeal is its own story and must not merge with the Odesa strike"),
  E("2024-12-15 15:10", "Photos: Odessa residents clear glass and rubble", [],
    "strikes", "strikes", 1, ODESA, n="photo gallery teaser, no text body"),
  E("2024-12-15 12:40", "Berlin updates list of weapons delivered to Ukraine",
    ["Germany's government published its latest list of military deliveries to Ukraine, which now includes additional IRIS-T air-defence missiles and several more Leopard 1 tanks."],
    "aid", "aid", 2, "germany-weapons-delivery-list-2024-12-15", a="Jonas Rieckhoff"),
  E("2024-12-15 10:15", "Russian missile hits Odessa port area, killing one",
    ["A Russian ballistic missile struck port infrastructure in Odessa on Sunday morning, killing one person and injuring several others, local authorities said."],
    "strikes", "strikes", 3, ODESA, a="Jonas Rieckhoff", n="first report, toll 1"),
  E("2024-12-15 08:20", "Russia claims it downed 20 Ukrainian drones over border regions",
    ["Russia's defence ministry said air defences destroyed 20 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions."],
    "strikes", "strikes", 2, "russia-downs-drones-border-2024-12-15", a="Jonas Rieckhoff"),
  ]))

SEEDS.append(dict(
  id="10831", name="10831_tolvaddon-atom", ext="xml", source="Tolvaddon Newswire", zone="Europe/Kyiv", render=r_atom,
  title="Tolvaddon Newswire: Ukraine", url="https://tolvaddon-newswire.example", guid="tn1215-",
  lede="Agency reports from Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 = Kyiv time); local {d} in {z}",
  notes="Invented outlet (news agency, Kyiv). Atom feed, newest first, <published> with +02:00, author per entry. 10831-02 continues day 1's Oryol story with a new development (fire put out; same story slug as 14 December). 10831-03 (drones on Izmail port) is in the same Odesa region as the Odesa city strike but is a different attack: must not merge.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry id and link elements"],
  entries=[
  E("2024-12-15 22:10", "Odesa governor: death toll climbs to three, 14 injured",
    ["Three people have now died as a result of the Russian missile strike on Odesa's port on Sunday, and 14 were injured, regional governor Oleh Kiper said."],
    "strikes", "strikes", 3, ODESA, a="Taras Oliinyk", n="toll 3"),
  E("2024-12-15 19:35", "Oryol terminal fire extinguished after more than 30 hours",
    ["Firefighters in Russia's Oryol region put out the blaze at the Stalnoy Kon fuel terminal on Sunday, more than 30 hours after it was hit by Ukrainian drones, governor Andrei Klychkov said.",
     "Satellite images published by independent analysts showed at least four burned-out storage tanks."],
    "strikes", "strikes", 3, ORYOL, a="Mariia Bondar", n="day-2 continuation of the day-1 Oryol story: new development (fire out, tanks destroyed)"),
  E("2024-12-15 16:50", "Drones damage port buildings in Izmail",
    ["Russian drones damaged port buildings and a grain warehouse in Izmail, on the Danube in the south of Odesa region, overnight into Sunday, the regional governor said. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2024-12-15", a="Mariia Bondar",
    n="same region (Odesa oblast), other strike: must not merge with the Odesa city missile strike"),
  E("2024-12-15 13:20", "Two killed in Odesa missile strike, officials say",
    ["A Russian missile attack on Odesa has killed two people, the city's military administration said, raising the toll from an earlier report of one dead."],
    "strikes", "strikes", 3, ODESA, a="Taras Oliinyk", n="toll 2"),
  E("2024-12-15 10:05", "Russia claims capture of two villages in Donetsk region",
    ["Russia's defence ministry said its troops had taken two villages in Ukraine's Donetsk region, one near Kurakhove and one south of Pokrovsk."],
    "other", "frontline", 3, FRONT2, a="Mariia Bondar"),
  E("2024-12-15 07:40", "Air force: 42 of 64 drones downed overnight",
    ["Ukraine's air force said it shot down 42 of the 64 attack drones Russia launched overnight, while another 20 were lost to electronic jamming."],
    "strikes", "strikes", 2, "ukraine-overnight-drones-2024-12-15", a="Taras Oliinyk"),
  ]))

SEEDS.append(dict(
  id="10832", name="10832_yelmsford-textlive", ext="txt", source="Yelmsford Ledger", zone="America/New_York", render=r_yelmsford,
  title="Live updates: Russian missile strike on Odesa port; Oryol depot fire finally out",
  dateline="Sunday, December 15, 2024", byline="By Marguerite Ellstrand and Dev Kaplan",
  lede="Follow our live coverage of Russia's war in Ukraine on Sunday.",
  basis="post time '{s}' (EST printed) under the page date 'Sunday, December 15, 2024'; local {d} in {z}",
  notes="Invented outlet (US East Coast). Text live blog, oldest first; each post: '4:30 AM EST' line above the headline, then paragraphs; one two-name page byline used as author for every post. 10832-03 re-publishes day 1's entry 10821-03 verbatim (same headline and text, syndicated): re-post of day-1, importance 1, same story slug as day 1; duplicate_of is null because duplicate_of points within a seed only. 10832-06 repeats 10832-01 nearly verbatim later on the same page (duplicate_of 10832-01, importance 1). 10832-04 is an explainer (theme piece) that mentions the Odesa strike but is its own story. 10832-02 continues day 1's Oryol story with a new development.",
  not_entries=["masthead and section menu", "page title", "date line 'Sunday, December 15, 2024'", "page byline", "lede", "'\u2014 Advertisement \u2014'",
               "closing line 'We'll be back tomorrow with more live coverage.'", "footer"],
  entries=[
  E("2024-12-15 04:30", "Russian missile strike on Odesa port area kills at least one",
    ["At least one person was killed when a Russian missile hit the port area of Odesa on Sunday morning, Ukrainian officials said.",
     "Several warehouses were set on fire."],
    "strikes", "strikes", 3, ODESA, a="Marguerite Ellstrand and Dev Kaplan", n="toll 1"),
  E("2024-12-15 06:10", "Oryol fuel terminal fire is out, Russian governor says",
    ["The fire at a fuel terminal in Russia's Oryol region, struck by Ukrainian drones early Saturday, has been extinguished, the regional governor said Sunday.",
     "Ukraine's military says the terminal supplied fuel to Russian forces."],
    "strikes", "strikes", 3, ORYOL, a="Marguerite Ellstrand and Dev Kaplan", n="day-2 continuation of the day-1 Oryol story (fire out)"),
  E("2024-12-15 08:45", "Zelensky says North Korean soldiers now used in assault units",
    ["North Korean troops deployed to Russia's Kursk region have begun taking part in assaults alongside Russian units, President Volodymyr Zelensky said in a statement on Saturday.",
     "Kyiv estimates that about 11,000 North Korean soldiers have been sent to Russia."],
    "other", "frontline", 1, NKASSAULT, a="Marguerite Ellstrand and Dev Kaplan",
    n="re-post of day-1 entry 10821-03 (verbatim headline and text); importance 1, day-1 story slug"),
  E("2024-12-15 10:20", "Explainer: How Odesa defends itself against missiles from the sea",
    ["Sunday's strike on Odesa's port is a reminder of how hard the city is to protect. Missiles fired from ships and from occupied Crimea can reach it within minutes, leaving air-defence crews little warning.",
     "Ukraine has placed some of its most modern systems around the port since the Black Sea grain corridor opened, and officials say most cruise missiles aimed at the city are shot down.",
     "Ballistic missiles are harder to stop. Only a few systems in Ukraine's arsenal, chiefly the US-made Patriot, can reliably intercept them."],
    "strikes", "strikes", 2, "explainer-odesa-air-defence", a="Marguerite Ellstrand and Dev Kaplan",
    n="theme piece (explainer); mentions the Odesa strike but must not merge with it"),
  E("2024-12-15 12:05", "Odesa toll rises to two as port warehouse burns",
    ["A second person has died after the Russian missile strike on Odesa's port, officials said, as firefighters struggled to put out a blaze in a warehouse storing vegetable oil."],
    "strikes", "strikes", 3, ODESA, a="Marguerite Ellstrand and Dev Kaplan", n="toll 2"),
  E("2024-12-15 13:50", "Russian missile strike on Odesa port area kills at least one",
    ["At least one person was killed when a Russian missile hit the port area of Odesa on Sunday morning, Ukrainian officials said."],
    "strikes", "strikes", 1, ODESA, a="Marguerite Ellstrand and Dev Kaplan", dup="10832-01", n="near-verbatim repeat of 10832-01 on the same page"),
  E("2024-12-15 15:30", "Ukraine's foreign minister heads to Brussels for EU talks",
    ["Foreign Minister Andrii Sybiha will join EU foreign ministers in Brussels on Monday, where Kyiv hopes to hear new commitments on air defence and on using frozen Russian assets."],
    "diplomacy", "diplomacy", 2, "sybiha-brussels-eu-meeting-2024-12-16", a="Marguerite Ellstrand and Dev Kaplan"),
  ]))

SEEDS.append(dict(
  id="10833", name="10833_lakemoor-worldrss", ext="xml", source="Lakemoor World Desk", zone="America/Chicago", render=r_rss,
  title="Lakemoor World Desk", url="https://lakemoor-worlddesk.example", guid="lwd1215-",
  lede="World headlines from the Lakemoor World Desk",
  basis="RSS pubDate '{s}' (explicit -0600 offset = CST); local {d} in {z}",
  notes="Invented outlet (US Midwest). General world-news RSS 2.0 feed, newest first, pubDate with -0600, no authors. Four of six items are about other news (Manchester derby, South Korea, Mayotte, Syria). Spells the city 'Odessa'.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2024-12-15 17:20", "Manchester United stun City with late turnaround in derby",
    ["Manchester United scored twice in the final minutes to beat Manchester City 2-1 at the Etihad Stadium, deepening the champions' slump."],
    "manchester-derby-2024-12-15", n="sport", cat="Sports"),
  E("2024-12-15 14:05", "Russian strike on Odessa kills three, Ukrainian officials say",
    ["Three people were killed and more than a dozen wounded when a Russian missile struck the port of Odessa on Sunday, regional authorities said."],
    "strikes", "strikes", 3, ODESA, n="toll 3; spelling 'Odessa'"),
  OFF("2024-12-15 11:40", "South Korea's acting leader pledges stability after Yoon's impeachment",
    ["Acting President Han Duck-soo told allies and markets that South Korea's government would keep running normally while the Constitutional Court weighs President Yoon Suk Yeol's impeachment."],
    "south-korea-acting-president-2024-12-15", n="South Korean politics"),
  OFF("2024-12-15 08:15", "Mayotte fears hundreds dead after strongest cyclone in decades",
    ["The top French official in Mayotte said the death toll from Cyclone Chido could run into the hundreds as rescuers reached neighborhoods flattened by the storm."],
    "mayotte-cyclone-chido-2024-12-14", n="natural disaster"),
  E("2024-12-15 05:50", "Russia says it captured two more villages in eastern Ukraine",
    ["Russia's Defense Ministry said Sunday its forces had seized two villages in the Donetsk region, continuing a slow advance toward the towns of Kurakhove and Pokrovsk."],
    "other", "frontline", 3, FRONT2),
  OFF("2024-12-15 02:30", "UN envoy arrives in Damascus for talks with new authorities",
    ["The United Nations special envoy for Syria, Geir Pedersen, arrived in Damascus for his first talks with the country's new leaders since the fall of Bashar al-Assad."],
    "un-envoy-damascus-2024-12-15", n="Syria"),
  ]))

# ---------------------------------------------------------------- Day 3, Friday 29 November 2024
NATOUMB = "zelensky-nato-umbrella-remarks-2024-11-29"
POWER = "ukraine-power-outages-after-nov-28-attack"
SUMY = "sumy-bus-drone-strike-2024-11-29"
NATOFM = "nato-foreign-ministers-meeting-2024-12"

SEEDS.append(dict(
  id="10840", name="10840_brinkwater-worldatom", ext="xml", source="Brinkwater Globe", zone="UTC", render=r_atom,
  title="Brinkwater Globe \u2013 World", url="https://brinkwater-globe.example", guid="bg1129-",
  lede="World news from the Brinkwater Globe",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in UTC ('Z'), no authors. Four of six items are about other news (Irish election, Aleppo, Georgia's protests, Australia's social media law).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry id and link elements"],
  entries=[
  OFF("2024-11-29 18:30", "Irish voters go to the polls in tight general election",
    ["Voters across Ireland cast ballots in a general election that polls suggest is a close contest between the two governing parties and Sinn Fein."],
    "ireland-general-election-2024-11-29", n="Irish politics"),
  E("2024-11-29 17:05", "Zelensky signals openness to ceasefire if NATO shields Kyiv-held areas",
    ["Ukraine's president has said the fighting could be paused if the territory his government controls were placed under NATO protection, leaving the occupied regions to be recovered later by diplomatic means."],
    "diplomacy", "diplomacy", 3, NATOUMB),
  OFF("2024-11-29 14:40", "Syrian rebels push into Aleppo in surprise offensive",
    ["Insurgents led by Hayat Tahrir al-Sham entered the western outskirts of Aleppo, Syria's second city, two days after launching their biggest offensive in years."],
    "syria-rebels-aleppo-2024-11-29", n="Syria"),
  OFF("2024-11-29 11:15", "Georgian police disperse protests over shelved EU bid",
    ["Police in Tbilisi used water cannon and pepper spray overnight to break up thousands of protesters angered by the government's decision to suspend talks on joining the European Union."],
    "georgia-eu-protests-2024-11-28", n="Georgian politics"),
  E("2024-11-29 08:50", "Ukraine struggles to restore power after strike on grid",
    ["Engineers in western Ukraine worked through the night to reconnect homes after Thursday's Russian missile and drone attack on energy facilities, which left more than a million customers without electricity."],
    "other", "humanitarian", 3, POWER, sec=["strikes"]),
  OFF("2024-11-29 06:10", "What Australia's social media ban for under-16s means for families",
    ["Australia's new law, passed late on Thursday, will require platforms such as TikTok and Instagram to keep children under 16 off their services or face heavy fines."],
    "australia-under-16-social-media-law", n="technology/regulation"),
  ]))

SEEDS.append(dict(
  id="10841", name="10841_morrowgate-textlive", ext="txt", source="Morrowgate Post", zone="Europe/Kyiv", render=r_morrowgate,
  title="Russia-Ukraine war live: Zelensky floats NATO cover for free territory; blackouts after grid attack",
  dateline="Friday 29 November 2024", byline="Live coverage by Halyna Vorobets",
  lede="We follow the day's events from Kyiv. Times are local.",
  basis="bare clock '{s}' under the page date 'Friday 29 November 2024'; 'Times are local' on a Kyiv page = Kyiv time (EET); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, oldest first; each post: bare clock line ('08:10') above the headline; the lede says times are local (Kyiv, UTC+2). Page byline 'Live coverage by Halyna Vorobets': author = the name. 10841-04 is a 'Video:' teaser without text. 10841-05 is an explainer (theme piece) on the NATO-umbrella idea: it mentions Zelensky's remarks but is its own story. 10841-06 repeats 10841-01 nearly verbatim (duplicate_of 10841-01). 10841-07 (next week's NATO ministers' meeting) shares the NATO theme with Zelensky's remarks but is another event: must not merge.",
  not_entries=["masthead and section menu", "page title", "date line 'Friday 29 November 2024'", "byline 'Live coverage by Halyna Vorobets'",
               "lede 'We follow the day's events from Kyiv. Times are local.'", "membership appeal after the fourth post", "closing line and footer"],
  entries=[
  E("2024-11-29 08:10", "Power cuts across Ukraine after Thursday's attack on energy",
    ["Ukraine's grid operator ordered power cuts in most regions on Friday after Russia's attack on energy facilities the previous day left more than a million households in the west of the country without electricity.",
     "In Lviv, Rivne and Volyn regions, some homes had been without power for more than 24 hours."],
    "other", "humanitarian", 3, POWER, a="Halyna Vorobets", sec=["strikes"]),
  E("2024-11-29 09:40", "Russian drone hits bus in Sumy, killing two",
    ["A Russian drone struck a city bus in Sumy on Friday morning, killing two passengers and injuring 12, the regional military administration said."],
    "strikes", "strikes", 3, SUMY, a="Halyna Vorobets"),
  E("2024-11-29 11:25", "Zelensky: 'hot phase' could end if NATO protects territory we control",
    ["President Volodymyr Zelensky said the intense phase of the war could be halted if the parts of Ukraine under Kyiv's control were brought under NATO's protection, with the occupied regions to be returned later through diplomacy.",
     "In an interview with a British broadcaster, he said such an offer had never been made and that any invitation would have to recognise Ukraine within its internationally recognised borders."],
    "diplomacy", "diplomacy", 3, NATOUMB, a="Halyna Vorobets"),
  E("2024-11-29 12:50", "Video: Zelensky on NATO protection and a ceasefire", [],
    "diplomacy", "diplomacy", 1, NATOUMB, n="video teaser, no text body"),
  E("2024-11-29 14:30", "Explainer: what a NATO umbrella over part of Ukraine could mean",
    ["Zelensky's comments on Friday revived an idea that has circulated among Western officials for months: admitting Ukraine to NATO with security guarantees that, at first, would cover only the land Kyiv holds.",
     "Supporters point to West Germany, which joined the alliance in 1955 while the east of the country remained under Soviet control.",
     "Critics say the comparison is weak. West Germany was not at war when it joined, and several allies fear any guarantee could draw them into direct conflict with Russia."],
    "diplomacy", "diplomacy", 2, "explainer-nato-umbrella-partial-membership", a="Halyna Vorobets",
    n="theme piece (explainer); mentions Zelensky's remarks but must not merge with them"),
  E("2024-11-29 16:05", "Power cuts across Ukraine after Thursday's attack on energy",
    ["Ukraine's grid operator ordered power cuts in most regions on Friday after Russia's attack on energy facilities the previous day left more than a million households in the west of the country without power."],
    "other", "humanitarian", 1, POWER, a="Halyna Vorobets", sec=["strikes"], dup="10841-01", n="near-verbatim repeat of 10841-01 on the same page"),
  E("2024-11-29 18:20", "NATO foreign ministers to discuss Ukraine in Brussels next week",
    ["NATO foreign ministers will meet in Brussels on Tuesday and Wednesday, with Ukraine's request for an invitation to join the alliance on the agenda, an alliance official said."],
    "diplomacy", "diplomacy", 3, NATOFM, a="Halyna Vorobets",
    n="same NATO theme, other event: must not merge with Zelensky's NATO-umbrella remarks"),
  ]))

SEEDS.append(dict(
  id="10842", name="10842_wendeburg-article", ext="html", source="Wendeburg Observer", zone="Europe/Berlin", render=r_wendeburg,
  title="Zelensky's NATO offer, a grid in the dark and Germany's Taurus quarrel: the week ends in Ukraine",
  page_t="2024-11-29 17:40", byline="Friedrich Lanzke",
  lede="Four developments from Friday that shape the debate about how Russia's war might end.",
  more="More on the war: our Ukraine page is updated every day.",
  basis="no per-section time: the dateline '29 November 2024, 17:40 CET' (and JSON-LD datePublished) dates every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML article with four h2 sections, one entry each; NewsArticle JSON-LD with the page time only. Byline 'By Friedrich Lanzke' gives the author of every section; dateline '29 November 2024, 17:40 CET'. Section 2 (NATO ministers' meeting next week) and section 1 (Zelensky's remarks) share a theme but are different events: must not merge.",
  not_entries=["site header and navigation", "page title", "standfirst 'Four developments from Friday ...'", "byline 'By Friedrich Lanzke'",
               "dateline '29 November 2024, 17:40 CET'", "closing line 'More on the war: ...'", "footer"],
  entries=[
  E("2024-11-29 17:40", "Zelensky floats NATO cover for the territory Kyiv controls",
    ["Volodymyr Zelensky has suggested for the first time that Ukraine could accept a ceasefire before regaining its occupied land, provided that the rest of the country is placed under NATO's umbrella.",
     "He made the remarks in a television interview broadcast on Friday, adding that Ukraine would never legally recognise Russia's occupation."],
    "diplomacy", "diplomacy", 3, NATOUMB, a="Friedrich Lanzke"),
  E("2024-11-29 17:40", "Allies' foreign ministers meet in Brussels next week",
    ["NATO's foreign ministers gather in Brussels on 3 and 4 December, the first such meeting under Secretary-General Mark Rutte, and Kyiv will again press for a membership invitation."],
    "diplomacy", "diplomacy", 3, NATOFM, a="Friedrich Lanzke", n="same theme, other event: must not merge with Zelensky's remarks"),
  E("2024-11-29 17:40", "A million homes without power",
    ["More than a million households, most of them in western Ukraine, were still without electricity on Friday after Thursday's Russian attack on the power grid, Ukrainian officials said."],
    "other", "humanitarian", 3, POWER, a="Friedrich Lanzke", sec=["strikes"]),
  E("2024-11-29 17:40", "Taurus question returns to the German campaign",
    ["Chancellor Olaf Scholz again ruled out sending Taurus cruise missiles to Ukraine, while his conservative challenger Friedrich Merz said he would be prepared to deliver them if Russia kept bombing civilians."],
    "aid", "aid", 2, "germany-taurus-debate-2024-11-29", a="Friedrich Lanzke"),
  ]))

SEEDS.append(dict(
  id="10843", name="10843_veraline-rss", ext="xml", source="Veraline Press Agency", zone="Europe/Paris", render=r_rss,
  title="Veraline Press Agency \u2013 Ukraine", url="https://veraline-press.example", guid="vpa1129-",
  lede="Agency dispatches on the war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0100 offset = CET, Paris); local {d} in {z}",
  notes="Invented outlet (news agency, Paris). RSS 2.0, newest first, pubDate with +0100, dc:creator per item. 10843-02 (shelling of Sumy-region border villages) is a different attack from the Sumy city bus strike (10843-04, 10841-02): same region, other strike, must not merge.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  E("2024-11-29 22:15", "Zelensky says NATO shield for free regions could end 'hot phase' of war",
    ["Ukrainian President Volodymyr Zelensky said a ceasefire could become possible if NATO extended its protection to the parts of Ukraine that Kyiv controls, in his clearest hint yet at a compromise."],
    "diplomacy", "diplomacy", 3, NATOUMB, a="Claire Montbrison"),
  E("2024-11-29 19:40", "Shelling hits border villages in Sumy region, three wounded",
    ["Russian artillery and mortar fire hit several villages along the border in the Sumy region, wounding three people, local authorities said."],
    "strikes", "strikes", 2, "sumy-region-border-shelling-2024-11-29", a="Claire Montbrison",
    n="same region, other strike: must not merge with the Sumy city bus strike"),
  E("2024-11-29 16:05", "Over a million homes without power in western Ukraine",
    ["More than a million homes in western Ukraine remained without electricity on Friday, a day after a massive Russian attack on energy infrastructure, officials said."],
    "other", "humanitarian", 3, POWER, a="Bastien Ferrand", sec=["strikes"]),
  E("2024-11-29 13:30", "Sumy: drone strike on city bus kills two, injures 12",
    ["Two people were killed and 12 injured when a Russian drone hit a bus in the northeastern city of Sumy, Ukrainian officials said."],
    "strikes", "strikes", 3, SUMY, a="Bastien Ferrand"),
  E("2024-11-29 10:50", "Sweden unveils new air-defence package for Ukraine",
    ["Sweden announced a new military aid package for Ukraine worth about 2.5 billion kronor, focused on air-defence equipment and ammunition."],
    "aid", "aid", 2, "sweden-air-defence-package-2024-11-29", a="Bastien Ferrand"),
  E("2024-11-29 08:20", "Ukraine says it struck Russian air-defence system in Crimea",
    ["Ukraine's military intelligence agency said its drones had destroyed a Russian air-defence launcher in occupied Crimea overnight and released video of the strike."],
    "strikes", "strikes", 2, "crimea-air-defence-strike-2024-11-29", a="Claire Montbrison"),
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
            lt = d.strftime("%Y-%m-%d %H:%M:%S") if d.second else d.strftime("%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": f"{lt} {S['zone']}",
                         "published_basis": S["basis"].format(s=stamps[i], d=lt, z=S["zone"]),
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

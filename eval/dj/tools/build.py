#!/usr/bin/env python3
"""Builds the eval/dj seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented for 2026 dates; no copied sentences).
Part A imitates, from memory, the page layouts of ten real US local-TV news sites; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/dj/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    e = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    e.update(kw)
    return e


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


def ampm(d, sep=":", space=" ", dots=False, upper=False, pad=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh:02d}" if pad else f"{hh}", f"{sep}{d.minute:02d}{space}{suf}"


def clock12(d, **kw):
    a, b = ampm(d, **kw)
    return a + b


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


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_ksat(S):
    """KSAT 12 (Graham Media Group, Arc XP) article page carrying an AP 'The Latest' timeline, text scrape.
    Page dates only in 'Published: February 3, 2026, 6:12 AM' / 'Updated: ...' (no zone); items newest first, each a bare
    '4:55 p.m.' line then paragraphs, no headlines, '___' separators."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    f = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {clock12(d, upper=True)}"
    L = ["Skip to main content", "", "KSAT 12", "San Antonio, TX", "54\u00b0", "Watch Live", "",
         "News   Weather   KSAT Explains   KSAT Kids   KSAT Community   Sports   Traffic   Newsletters", "",
         "News", "World", "", S["title"], "", "Associated Press", "",
         f"Published: {f(first)}", f"Updated: {f(last)}", "", "Tags: World, Ukraine, Russia", "", S["caption"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, dots=True); stamps.append(st)
        L += [st, ""] + ptxt(e["p"]) + ["___", ""]
        if i == 1:
            L += ["Recommended Videos", ""]
    L += ["Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", "",
          "Email Newsletters", "Sign up for KSAT newsletters to get the latest headlines delivered to your inbox.", "",
          "Copyright 2026 by KSAT.com - All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_wfaa(S):
    """WFAA (TEGNA) article, HTML: 'Author: Associated Press', 'Published: 5:14 AM CST January 9, 2026', 'Updated: ...',
    NewsArticle JSON-LD, h2 sections (one entry each, no per-section time)."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    tg = f"{clock12(d0, upper=True)} {d0.tzname()} {MONTHS[d0.month - 1]} {d0.day}, {d0.year}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": "Associated Press"}],
          "publisher": {"@type": "Organization", "name": "WFAA", "logo": {"@type": "ImageObject", "url": "https://www.wfaa.com/assets/shared-images/logos/wfaa.png"}},
          "description": S["summary"], "articleSection": "Nation World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | wfaa.com</title>',
           '<meta property="og:site_name" content="WFAA">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<header class="site-header"><a class="site-header__logo" href="/">WFAA</a><nav class="site-header__nav"><a href="/news">News</a> '
           '<a href="/weather">Weather</a> <a href="/traffic">Traffic</a> <a href="/sports">Sports</a> <a href="/verify">Verify</a> '
           '<a href="/entertainment">Entertainment</a> <a href="/good-morning-texas">Good Morning Texas</a> <a href="/watch">Watch Live</a></nav>'
           '<div class="site-header__weather">Dallas, TX \u00bb 41\u00b0</div></header>',
           '<main><article class="article">', '<div class="article__section"><a href="/news/nation-world">Nation World</a></div>',
           f'<h1 class="article__headline">{esc(S["title"])}</h1>', f'<div class="article__summary">{esc(S["summary"])}</div>',
           f'<figure class="article__lead-asset"><figcaption>{esc(S["caption"])} <span class="article__credit">Credit: AP</span></figcaption></figure>',
           '<div class="article__author">Author: Associated Press</div>',
           f'<div class="article__published">Published: {tg}</div>', f'<div class="article__updated">Updated: {tg}</div>',
           '<div class="article__body">', f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="article__related"><h3>Related Articles</h3><ul><li><a href="/article/news/nation-world/ukraine-winter-energy/287-5b1c">'
                       'Ukraine braces for the coldest weeks of winter</a></li><li><a href="/article/news/local/dfw-ukrainians/287-77ad">'
                       'North Texas Ukrainians mark another winter of war</a></li></ul></div>')
    out += ['</div>', '</article>',
            '<aside class="app-promo">Download the WFAA app for the latest news, weather and traffic.</aside></main>',
            '<footer class="site-footer">\u00a9 2026 WFAA-TV. All Rights Reserved. <a href="/terms">Terms of Service</a> '
            '<a href="/privacy">Privacy Policy</a> <a href="/ad-choices">Ad Choices</a> <a href="/eeo">EEO Report</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_ktla(S):
    """KTLA (Nexstar, WordPress) World category listing, HTML: card = h3 headline, one-paragraph excerpt, 'by: NAME, Associated
    Press' and 'Posted: Jan 14, 2026 / 03:40 PM PST'. Yoast JSON-LD @graph (CollectionPage, BreadcrumbList, WebSite)."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://ktla.com/news/world/", "url": "https://ktla.com/news/world/", "name": "World News Archives | KTLA",
         "isPartOf": {"@id": "https://ktla.com/#website"}, "breadcrumb": {"@id": "https://ktla.com/news/world/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": "https://ktla.com/news/world/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://ktla.com/"},
            {"@type": "ListItem", "position": 2, "name": "News", "item": "https://ktla.com/news/"},
            {"@type": "ListItem", "position": 3, "name": "World"}]},
        {"@type": "WebSite", "@id": "https://ktla.com/#website", "url": "https://ktla.com/", "name": "KTLA", "inLanguage": "en-US"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>World News Archives | KTLA</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head>', '<body class="archive category">',
           '<div class="site-header__weather"><a href="/weather/">Los Angeles 64\u00b0</a></div>',
           '<header class="site-header"><a class="site-header__logo" href="/">KTLA 5</a><nav><a href="/news/">News</a> <a href="/entertainment/">Entertainment</a> '
           '<a href="/weather/">Weather</a> <a href="/sports/">Sports</a> <a href="/news/california/">California</a> <a href="/news/politics/">Politics</a> '
           '<a href="/morning-news/">KTLA 5 Morning News</a> <a href="/video/">Video</a></nav><a class="watch-now" href="/live/">Watch Now</a></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>', '<div class="article-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); a, b = ampm(d, upper=True, pad=True)
        st = f"{SHORT[d.month - 1]} {d.day}, {d.year} / {a}{b} {d.tzname()}"; stamps.append(st)
        link = f"https://ktla.com/news/world/{slugify(e['h'])}/"
        out.append(f'<article class="article-list__article"><h3 class="article-list__article-title"><a href="{link}">{esc(e["h"])}</a></h3>')
        out += [f'<div class="article-list__article-excerpt"><p>{esc(p)}</p></div>' for p in e["p"]]
        out.append(f'<div class="article-list__article-meta"><span class="article-list__byline">by: {esc(e["byline"])}</span> '
                   f'<time datetime="{d.isoformat()}">Posted: {st}</time></div></article>')
        if i == 2:
            out.append('<div class="ad-unit">Advertisement</div><aside class="trending"><h2>Trending Stories</h2><ul>'
                       '<li><a href="/news/local/pch-closure/">Pacific Coast Highway lanes reopen after rockslide</a></li>'
                       '<li><a href="/news/california/dodgers-spring/">Dodgers pitchers report for spring training</a></li></ul></aside>')
    out += ['</div><a class="load-more" href="/news/world/page/2/">Load More</a></main>',
            '<footer>\u00a9 1998 - 2026 Nexstar Media Inc. | All Rights Reserved. <a href="/privacy-policy/">Privacy Policy</a> '
            '<a href="/terms-of-use/">Terms Of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_wgn(S):
    """WGN-TV (Nexstar, WordPress) category RSS 2.0: pubDate '+0000', dc:creator CDATA, categories, description CDATA
    (first paragraph + 'The post ... appeared first on WGN-TV.'), content:encoded with the full text."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\txmlns:media="http://search.yahoo.com/mrss/"', '>', '', '<channel>',
           f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://wgntv.com/news/world/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://wgntv.com/news/world/</link>', '\t<description>Chicago News, Weather, Sports, and Entertainment</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.8.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://wgntv.com/news/world/{slugify(e['h'])}/"
        post = f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://wgntv.com">WGN-TV</a>.</p>'
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                '\t\t<category><![CDATA[World]]></category>'] + [f'\t\t<category><![CDATA[{c}]]></category>' for c in e.get("cats", [])] + [
                f'\t\t<guid isPermaLink="false">https://wgntv.com/?p={5183302 + i * 37}</guid>',
                '\t\t<description><![CDATA[' + f'<p>{esc(e["p"][0])} [&#8230;]</p>' + post + ']]></description>',
                '\t\t<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + post + ']]></content:encoded>',
                f'\t\t<media:content url="https://wgntv.com/wp-content/uploads/sites/5/2026/01/AP2601{22 + i}.jpg?w=900" medium="image" />',
                '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_kxan(S):
    """KXAN (Nexstar) live-updates article, text scrape: page 'Posted: Feb 20, 2026 / 06:05 AM CST' and 'Updated: ...';
    posts oldest first, headline line, then 'NAME, 10:05 AM CST', then paragraphs."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    f = lambda d: f"{SHORT[d.month - 1]} {d.day}, {d.year} / {clock12(d, upper=True, pad=True)} {d.tzname()}"
    L = ["Skip to content", "", "KXAN Austin", "Austin 61\u00b0", "Watch Now", "",
         "News   Weather   Traffic   Investigations   Politics   Texas   Sports   Video   Community   Contests", "", "World", "",
         S["title"], "", "by: KXAN Staff", "", f"Posted: {f(first)}", f"Updated: {f(last)}", "", "SHARE", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, upper=True)} {d.tzname()}"; stamps.append(st)
        L += [e["h"], f"{e['a']}, {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Download the KXAN app to get the latest news alerts on your phone.", ""]
    L += ["Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.", "",
          "Trending on KXAN", "Austin City Council weighs new rules for short-term rentals", "Cold front to bring freezing temperatures to Central Texas", "",
          "\u00a9 1998 - 2026 Nexstar Media Inc. | All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def r_wral(S):
    """WRAL (Capitol Broadcasting) World News listing, text scrape. Header time widget 'Thursday, February 26, 2026 4:35 PM'
    next to the weather; cards newest first: headline, summary, 'By NAME, Associated Press', 'Posted 38 minutes ago'."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["WRAL.com", f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {clock12(ref, upper=True)}",
         "Raleigh  58\u00b0  Mostly Cloudy", "", "News   Weather   Traffic   Sports   Investigates   Politics   5 On Your Side   Out and About   Watch Live", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['byline']}", f"Posted {st}", ""]
        if i == 3:
            L += ["ADVERTISEMENT", "", "Get the WRAL News app for breaking news alerts", ""]
    L += ["More World News", "", "Copyright 2026 by The Associated Press. All Rights Reserved.", "",
          "\u00a9 2026 Capitol Broadcasting Company. All rights reserved.  |  Privacy Policy  |  Terms of Use  |  FCC Public File"]
    return "\n".join(L) + "\n", stamps


def r_wsb(S):
    """WSB-TV (Cox Media Group, Arc XP) live-updates article, HTML with NewsArticle JSON-LD. Page 'By Associated Press' and
    'January 27, 2026 at 7:10 am EST' / 'Updated: ...'. Posts oldest first: <time>7:10 am EST</time>, h2 headline, byline, text."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    f = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {clock12(d)} {d.tzname()}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": [{"@type": "Person", "name": "Associated Press"}],
          "publisher": {"@type": "Organization", "name": "WSB-TV Channel 2 - Atlanta"}, "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 WSB-TV Channel 2 - Atlanta</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="cmg-header"><a class="logo" href="/">WSB-TV Channel 2 - Atlanta</a><div class="weather-widget">Atlanta 52\u00b0</div>'
           '<nav><a href="/news/">News</a> <a href="/weather/">Weather</a> <a href="/traffic/">Traffic</a> <a href="/news/severe-weather/">Severe Weather</a> '
           '<a href="/news/2-investigates/">2 Investigates</a> <a href="/sports/">Sports</a> <a href="/video/">Video</a> <a href="/live/">Live</a></nav></header>',
           '<main><article>', '<div class="section-label">World</div>', f'<h1>{esc(S["title"])}</h1>', '<div class="byline">By Associated Press</div>',
           f'<div class="article-date">{f(first)}</div>', f'<div class="article-updated">Updated: {f(last)}</div>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d)} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="live-update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   f'<p class="live-update__byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player" data-duration="1:48">[Video]</div>')
        out.append('</div>')
        if i == 1:
            out.append('<aside class="app-promo">Download the WSB-TV News app for breaking news alerts.</aside>')
    out += ['</article><section class="more-news"><h3>More Stories</h3><a href="/news/local/atlanta/beltline-rail/">Atlanta council revisits Beltline rail plan</a></section></main>',
            '<footer>\u00a9 2026 Cox Media Group. <a href="/privacy-policy/">Privacy Policy</a> <a href="/terms-of-use/">Terms of Use</a> '
            '<a href="/fcc-applications/">FCC Applications</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_king5(S):
    """KING 5 (TEGNA) live-updates article, text scrape. 'Author: KING 5 Staff', 'Published: 4:05 PM PST February 11, 2026',
    'Updated: 6:47 AM PST February 12, 2026'; posts newest first, a bare '6:47 AM' line then the headline; crosses local midnight."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    f = lambda d: f"{clock12(d, upper=True)} {d.tzname()} {MONTHS[d.month - 1]} {d.day}, {d.year}"
    L = ["KING 5", "Seattle, WA \u00bb 44\u00b0", "", "News   Weather   Traffic   Sports   Entertainment   New Day NW   KING 5 Investigators   Watch Live", "",
         "Nation World", "", S["title"], S["summary"], "", "Author: KING 5 Staff", f"Published: {f(first)}", f"Updated: {f(last)}", "", S["caption"], "Credit: AP", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, upper=True); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Related Articles", "Washington lawmakers weigh aid for refugee resettlement groups", "Seattle's Ukrainian community marks another winter of war", ""]
    L += ["Download the KING 5 app for the latest news, weather and traffic.", "", "\u00a9 2026 KING-TV. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def r_wcvb(S):
    """WCVB Channel 5 Boston (Hearst Television) National & World listing, HTML without JSON-LD. Card: h2 headline, dek,
    byline, 'Updated: 5:40 PM EST Jan 30, 2026'."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>National &amp; World News - WCVB Channel 5 Boston</title>',
           '<meta name="description" content="National and world news from WCVB Channel 5 Boston."></head><body>',
           '<header class="site-header"><a class="logo" href="/">WCVB Channel 5 Boston</a><div class="weather-now">Boston, MA 28\u00b0</div>'
           '<nav><a href="/local-news">News</a> <a href="/weather">Weather</a> <a href="/5-investigates">5 Investigates</a> <a href="/sports">Sports</a> '
           '<a href="/chronicle">Chronicle</a> <a href="/cityline">CityLine</a> <a href="/live">Watch Live</a></nav></header>',
           f'<main><h1 class="page-title">{esc(S["title"])}</h1>', '<div class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, upper=True)} {d.tzname()} {SHORT[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<div class="feed-item"><a href="/article/{slugify(e["h"])}/{7051200 + i * 13}"><h2 class="feed-item-title">{esc(e["h"])}</h2></a>')
        out += [f'<p class="feed-item-dek">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="feed-item-byline">{esc(e["byline"])}</div><div class="feed-item-date">Updated: {st}</div></div>')
        if i == 1:
            out.append('<div class="ad-container">Advertisement</div>')
    out += ['</div><button class="load-more">Load More</button></main>',
            '<aside class="newsletter">Sign up for the WCVB newsletter <a href="/newsletters">Subscribe</a></aside>',
            '<footer>Hearst Television participates in various affiliate marketing programs. \u00a92026 Hearst Television Inc. on behalf of WCVB-TV. '
            '<a href="/privacy-notice">Privacy Notice</a> <a href="/terms">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ksdk(S):
    """KSDK (TEGNA) Nation-World syndication RSS 2.0: pubDate with the local offset (-0500, CDT), plain escaped description,
    media:content image, no author element."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.ksdk.com/news/nation-world</link>',
           '<atom:link href="https://www.ksdk.com/feeds/syndication/rss/news/nation-world" rel="self" type="application/rss+xml" />',
           '<description>Nation and world news from KSDK.com, St. Louis</description>', '<language>en-us</language>',
           '<copyright>\u00a9 2026 KSDK-TV. All Rights Reserved.</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.ksdk.com/article/news/nation-world/{slugify(e['h'])}/507-{0x3c9e21a7 + i * 7717:08x}-4b1e-9d2c-{0x51a3e9f0 + i:08x}0f1e"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:content url="https://media.ksdk.com/assets/CCT/images/{0x9f3a1c + i * 97:x}/{0x9f3a1c + i * 97:x}_1140x641.jpg" medium="image" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_quillistone(S):
    """text live, newest first; 'Key Points' bullets; each post '17:40 GMT | Headline' on one line; 'Reporting by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  |  World  |  Ukraine  |  Live", "", S["title"], S["dateline"], "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Get our Ukraine briefing in your inbox every weekday morning. Sign up", ""]
    L += ["Show older posts", "", f"{S['source']}  \u00b7  About us  \u00b7  Corrections  \u00b7  Privacy  \u00b7  Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_marrowfield(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible '09:15' in <time datetime>;
    author line after the body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{301 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a> <nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{301 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="post-author">by {esc(e["a"])}</p>')
        out.append('<div class="post-share"><a>Copy link</a> <a>Telegram</a> <a>X</a></div></article>')
        if i == 3:
            out.append('<aside class="read-also"><b>Read also:</b> <a href="/regions/zaporizhia-front">Life on the Zaporizhia front line, a year on</a></aside>')
    out += ['</div></main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Editorial policy \u00b7 Advertising \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate in GMT form or with a numeric offset (S['rfc']); CDATA paragraphs; category; no author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/world/{slugify(e["h"], 40)}-{i + 6620}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 6620}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article: page title, standfirst, two-name byline, dateline '16 February 2026, 15:30 CET'; one entry per section heading."""
    d0 = dt(S["dateline_t"], S["zone"])
    L = [S["source"], "Politics  \u00b7  World  \u00b7  Economy  \u00b7  Opinion  \u00b7  Podcasts", "", "WORLD", "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", f"{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} {d0.tzname()}", "", S["caption"], "",
         "Share  \u00b7  Email  \u00b7  Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["ADVERTISEMENT", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} 2026  \u00b7  Imprint  \u00b7  Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kettlewyn(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2, one printed note 'All times CET', author under the h2;
    a 'Photos:' gallery teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="consent">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><span class="logo">{S["source"]}</span> <nav><a>Home</a> <a>Poland</a> <a>World</a> <a>Live</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} | {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (12)</div>')
        out.append('</section>')
        if i == 3:
            out.append('<aside class="related"><h3>Related</h3><a href="/world/geneva-talks-explained">Geneva talks: who is at the table</a></aside>')
    out += ['<p class="archive"><a href="/live/ukraine-16-02">Monday\u2019s live page</a></p></main>',
            f'<footer>{S["source"]} | Editorial team | Advertising | Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{i + 40417}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{i + 40417}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_saxonbridge(S):
    """text live, oldest first; '3:20 a.m. EST' line before each headline; dateline with year; desk credit, no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Local  |  Nation  |  World  |  Business  |  Sports  |  Opinion", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, dots=True)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Our live coverage continues on Wednesday.", "", f"{S['source']}  |  Contact  |  Terms of Use  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_felbrigg(S):
    """text live, oldest first; date line with weekday, day and month but no year; bare '09:40' line before the headline; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  \u00b7  War  \u00b7  Europe  \u00b7  Analysis  \u00b7  Newsletters", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Support independent reporting from Ukraine. Become a member.", ""]
    L += ["This page is no longer being updated.", "", f"{S['source']}  \u00b7  Who we are  \u00b7  Contact  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_greyhaven(S):
    """HTML live, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate;
    French-style visible '19h30' in <time datetime>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "inLanguage": "en", "publisher": {"@id": base + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>International</a> <a>Europe</a> <a>France</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="chapo">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H}h{d:%M}"; stamps.append(st)
        out.append(f'<div class="post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Subscribe to the Greyhaven Times Europe newsletter</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Legal notice \u00b7 Privacy \u00b7 Cookie management</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 news)

# ---------------------------------------------------------------- 11500 KSAT 12
ENERGY = "russian-energy-attack-2026-02-03"
SEEDS.append(dict(
  id="11500", name="11500_ksat-thelatest", ext="txt", source="KSAT 12", zone="America/Chicago", render=r_ksat,
  title="The Latest: Russia hammers Ukraine's power plants in a deep freeze",
  caption="Firefighters work at a damaged thermal power plant in the Kyiv region, Ukraine, Tuesday, Feb. 3, 2026. (AP Photo/Roman Hlushko)",
  lede="Russia launched one of its heaviest attacks of the winter on Ukraine's energy system overnight as temperatures fell far below freezing. Here's the latest:",
  basis="bare '{s}' (no zone printed; Central time, KSAT's home zone, CST in February); no date per item: the page's only dates are 'Published: February 3, 2026, 6:12 AM' and 'Updated: February 3, 2026, 4:55 PM' and every item lies between them; local {d} in {z}",
  notes="Imitates a KSAT 12 (Graham Media Group, Arc XP) article page carrying an AP 'The Latest' timeline, copied from the browser. Page byline 'Associated Press' (author of every item). Items newest first; each is a bare 12-hour time ('4:55 p.m.', no zone) on its own line, then paragraphs, then a '___' separator; items have no headlines (headline null). The only dates are the page's 'Published: February 3, 2026, 6:12 AM' / 'Updated: February 3, 2026, 4:55 PM' (no zone; San Antonio = Central, CST = UTC-6), so all items are Feb 3 local and Feb 3 UTC. The lede paragraph ending 'Here's the latest:' is an intro, not an entry.",
  not_entries=["'Skip to main content'", "masthead 'KSAT 12', weather widget 'San Antonio, TX' / '54\u00b0', 'Watch Live'", "navigation menu",
               "section path 'News' / 'World'", "page headline (page title)", "page byline 'Associated Press'", "'Published: ...' and 'Updated: ...' lines",
               "'Tags: World, Ukraine, Russia'", "photo caption with AP credit", "intro paragraph ending 'Here's the latest:'", "'___' separators between items",
               "'Recommended Videos'", "AP copyright notice", "newsletter promo ('Email Newsletters' and its sign-up line)", "site copyright line"],
  entries=[
  E("2026-02-03 16:55", None,
    ["U.S. Secretary of State Marco Rubio said Tuesday that Washington wants Russian and Ukrainian negotiators back at the table before the end of February, and that both governments had been told so \"in very direct terms.\"",
     "Rubio, speaking to reporters at the State Department, said the administration still believed a deal was possible this year but would not \"chase\" either side."],
    "diplomacy", "diplomacy", 3, "rubio-wants-talks-before-march-2026-02-03", a="Associated Press"),
  E("2026-02-03 14:30", None,
    ["The death toll from Russia's overnight attack on Ukraine's energy facilities rose to four after a man who was injured when a drone hit his house in the Kyiv region died in a hospital, regional officials said.",
     "Ukraine's largest private energy company said two of its thermal power plants were badly damaged and would be out of service for weeks."],
    "strikes", "strikes", 3, ENERGY, a="Associated Press", n="toll 4"),
  E("2026-02-03 12:15", None,
    ["Germany and the Netherlands will jointly pay for $500 million worth of American-made Patriot interceptors for Ukraine under a NATO arrangement that lets European allies buy U.S. weapons for Kyiv, the two governments said Tuesday.",
     "NATO Secretary-General Mark Rutte called the purchase \"exactly what Ukraine needs right now\" after a night of missile strikes."],
    "aid", "aid", 3, "germany-netherlands-patriot-purchase-2026-02-03", a="Associated Press"),
  E("2026-02-03 10:05", None,
    ["Russia's Defense Ministry said its troops had captured a village west of Huliaipole in the Zaporizhzhia region, part of a slow push that Ukrainian commanders say has cost Moscow heavy losses.",
     "The claim could not be independently verified. Ukraine's General Staff reported 31 clashes in the area over the previous day."],
    "other", "frontline", 2, "russia-claims-village-west-of-huliaipole-2026-02-03", a="Associated Press"),
  E("2026-02-03 08:20", None,
    ["Russia fired 58 missiles and about 320 drones at Ukraine overnight, hitting power plants and substations in at least eight regions and killing three people, Ukraine's air force and regional officials said.",
     "Air defenses shot down 41 of the missiles and most of the drones, the air force said. The national grid operator ordered emergency blackouts in Kyiv, Kharkiv and Dnipro."],
    "strikes", "strikes", 3, ENERGY, a="Associated Press", n="toll 3"),
  E("2026-02-03 06:12", None,
    ["Emergency power cuts spread across Kyiv early Tuesday as Russia's overnight barrage struck energy sites while temperatures fell to minus 18 Celsius (about zero Fahrenheit), city officials said.",
     "Mayor Vitali Klitschko urged residents of buildings without heat to go to the city's warming centers, which he said were running on backup generators."],
    "strikes", "strikes", 3, ENERGY, a="Associated Press", n="first item; damage from the same overnight attack"),
  ]))

# ---------------------------------------------------------------- 11501 WFAA
SEEDS.append(dict(
  id="11501", name="11501_wfaa-whattoknow", ext="html", source="WFAA", zone="America/Chicago", render=r_wfaa,
  title="Russia-Ukraine war: Strikes on Lviv, a prisoner swap and a new sanctions push",
  url="https://www.wfaa.com/article/news/nation-world/russia-ukraine-war-lviv-strikes-prisoner-swap/507-2c7f0e61-93b4-4a0e-8d1f-6a0b2c9e5d11",
  summary="Here's what to know about the latest developments in Russia's war in Ukraine.",
  caption="A utility worker repairs a damaged power line in Lviv, Ukraine, Friday, Jan. 9, 2026.",
  lede="KYIV, Ukraine \u2014 Russia and Ukraine traded long-range strikes overnight as the two countries carried out another exchange of prisoners. Here is a look at the main developments:",
  dateline_t="2026-01-09 05:14",
  basis="no per-section time: the page's 'Published: 5:14 AM CST January 9, 2026' (equal to 'Updated:') dates every section; local {d} in {z}",
  notes="Imitates a TEGNA article page (WFAA, Dallas) carrying an AP round-up. 'Author: Associated Press' (author of every section), 'Published: 5:14 AM CST January 9, 2026' and an identical 'Updated:' line; NewsArticle JSON-LD with the same time. Five h2 sections, one entry each (headline = heading, stamp null, published = the page time). The intro paragraph 'KYIV, Ukraine \u2014 ... main developments:' and the summary line are page lede, not entries. The 'Related Articles' box after the second section and the app promo are chrome.",
  not_entries=["header logo, navigation and weather widget 'Dallas, TX \u00bb 41\u00b0'", "section label 'Nation World'", "page headline (page title)",
               "summary line 'Here's what to know ...'", "photo caption and 'Credit: AP'", "'Author: Associated Press'", "'Published:' and 'Updated:' lines",
               "intro paragraph 'KYIV, Ukraine \u2014 Russia and Ukraine traded ...' (lede)", "'Related Articles' box with two links", "app promo", "footer"],
  entries=[
  E("2026-01-09 05:14", "Drones and missiles target Lviv",
    ["Russian drones and missiles struck energy facilities around the western city of Lviv overnight, cutting power to parts of the city and injuring two people, regional Gov. Maksym Kozytskyi said.",
     "Lviv, near the Polish border, is hit less often than cities in the east, but Russia has repeatedly targeted the region's gas storage and power plants this winter.",
     "Poland said it briefly scrambled fighter jets as a precaution during the attack."],
    "strikes", "strikes", 2, "lviv-energy-strike-2026-01-09", a="Associated Press"),
  E("2026-01-09 05:14", "Ukraine hits a refinery in Yaroslavl",
    ["Ukrainian long-range drones hit an oil refinery in Russia's Yaroslavl region, starting a fire that was put out by morning, the regional governor said.",
     "Ukraine's General Staff said the refinery supplies fuel to Russian forces and that the strike was part of a campaign against Russia's oil industry."],
    "strikes", "strikes", 2, "yaroslavl-refinery-drone-strike-2026-01-09", a="Associated Press"),
  E("2026-01-09 05:14", "Prisoners come home",
    ["Ukraine and Russia each released 157 prisoners of war on Thursday in an exchange mediated by the United Arab Emirates, both governments said.",
     "Ukrainian President Volodymyr Zelenskyy posted photos of the freed soldiers, some of whom had been held since 2022, wrapped in national flags at a hospital in the Chernihiv region.",
     "Russia's Defense Ministry said its freed servicemen were being treated in Belarus before returning home."],
    "diplomacy", "diplomacy", 3, "uae-mediated-pow-exchange-2026-01-08", a="Associated Press"),
  E("2026-01-09 05:14", "EU prepares new sanctions",
    ["European Union officials will start talks next week on a new package of sanctions against Russia aimed mainly at the aging tankers that carry its oil, diplomats in Brussels said.",
     "The EU has adopted more than a dozen sanctions packages since February 2022. Hungary and Slovakia have pushed for exemptions in earlier rounds."],
    "diplomacy", "diplomacy", 2, "eu-new-sanctions-package-talks-2026-01", a="Associated Press"),
  E("2026-01-09 05:14", "Fighting in the east",
    ["Ukraine's military said its troops fought off more than 40 Russian assaults around Kostiantynivka and Huliaipole on Thursday as heavy snow slowed movement along the front.",
     "Russian military bloggers reported small advances north of Kostiantynivka, which Kyiv did not confirm."],
    "other", "frontline", 2, "fighting-kostiantynivka-huliaipole-2026-01-08", a="Associated Press"),
  ]))

# ---------------------------------------------------------------- 11502 KTLA 5
SEEDS.append(dict(
  id="11502", name="11502_ktla-world", ext="html", source="KTLA 5", zone="America/Los_Angeles", render=r_ktla,
  title="World",
  basis="card stamp 'Posted: {s}' (explicit date, 12-hour time and PST); local {d} in {z}",
  notes="Imitates the World category listing of ktla.com (Nexstar, WordPress). Newest first. Card: h3 headline, one excerpt paragraph, 'by: NAME, Associated Press' or 'by: Associated Press', then 'Posted: Jan 14, 2026 / 03:40 PM PST' (zero-padded hour). Author = the name before ', Associated Press'; an agency-only credit gives 'Associated Press'. Yoast JSON-LD @graph (CollectionPage, BreadcrumbList, WebSite) with no article data. Two off-beat wire items (Pakistan avalanche, Indonesia earthquake). All times PST (UTC-8) and before 4 p.m., so all on 2026-01-14 UTC.",
  not_entries=["weather link 'Los Angeles 64\u00b0'", "logo, navigation, 'Watch Now'", "page heading 'World' (page title)", "'Advertisement'",
               "'Trending Stories' box with two local links", "'Load More'", "footer"],
  entries=[
  B(OFF("2026-01-14 15:40", "Avalanche cuts off mountain villages in northern Pakistan",
    ["Rescue teams on Wednesday reached several villages in Pakistan's Gilgit-Baltistan region that had been cut off for three days by an avalanche, officials said, and began flying out people in need of medical care."],
    "pakistan-avalanche-villages-2026-01", a="Associated Press", n="natural disaster"), "Associated Press"),
  B(E("2026-01-14 14:15", "Ukraine extends martial law and mobilization for another 90 days",
    ["Ukraine's parliament voted Wednesday to extend martial law and the general mobilization for another three months, a step lawmakers have taken every quarter since Russia's full-scale invasion in February 2022."],
    "other", "politics", 2, "ukraine-extends-martial-law-2026-01-14", a="Olena Marchuk"), "Olena Marchuk, Associated Press"),
  B(E("2026-01-14 12:05", "Russian drones hit apartment buildings in Kharkiv, killing 2",
    ["A wave of Russian drones struck two apartment buildings in Kharkiv on Wednesday evening, killing two people and injuring at least 14, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2026-01-14", a="Olena Marchuk"), "Olena Marchuk, Associated Press"),
  B(E("2026-01-14 10:30", "Trump says he expects to talk with Putin 'very soon'",
    ["President Donald Trump said Wednesday he expected to speak with Russian President Vladimir Putin \"very soon\" about ending the war in Ukraine, adding that he was \"not happy\" with the pace of negotiations."],
    "diplomacy", "diplomacy", 3, "trump-expects-putin-call-2026-01-14", a="Garrett Lindqvist"), "Garrett Lindqvist, Associated Press"),
  B(E("2026-01-14 08:50", "Pope Leo meets Ukrainian children brought back from Russia",
    ["Pope Leo XIV met privately at the Vatican on Wednesday with a group of Ukrainian children who had been taken to Russia or Russian-occupied areas and later returned, the Holy See said."],
    "other", "humanitarian", 2, "pope-leo-meets-returned-ukrainian-children-2026-01-14", a="Associated Press"), "Associated Press"),
  B(OFF("2026-01-14 06:20", "Strong earthquake shakes eastern Indonesia; no tsunami threat",
    ["A magnitude 6.4 earthquake struck off Indonesia's Maluku islands on Wednesday, rattling homes, but the country's geophysics agency said there was no risk of a tsunami."],
    "indonesia-maluku-earthquake-2026-01-14", a="Associated Press", n="natural disaster"), "Associated Press"),
  B(E("2026-01-14 04:05", "Norway to fund Ukrainian production of long-range drones",
    ["Norway will spend about $400 million this year on long-range drones built in Ukraine, the Norwegian Defense Ministry said Wednesday, under a program in which allies pay Ukrainian factories directly."],
    "aid", "aid", 2, "norway-funds-ukrainian-long-range-drones-2026-01-14", a="Olena Marchuk"), "Olena Marchuk, Associated Press"),
  ]))

# ---------------------------------------------------------------- 11503 WGN-TV
SEEDS.append(dict(
  id="11503", name="11503_wgntv-worldrss", ext="xml", source="WGN-TV", zone="UTC", render=r_wgn,
  title="World Archives - WGN-TV",
  basis="RSS pubDate '{s}' (explicit +0000 offset, as WordPress emits); {d} UTC",
  notes="Imitates the WordPress category feed of wgntv.com (Nexstar): RSS 2.0, newest first, pubDate with '+0000' (WordPress writes GMT), dc:creator in CDATA (author), categories, description = first paragraph + ' [\u2026]' + 'The post ... appeared first on WGN-TV.', content:encoded = full text + the same 'The post ...' line. body_paragraphs counts the content:encoded news paragraphs only (the 'The post ... appeared first on WGN-TV.' line is feed chrome). First sentences include the AP dateline ('KYIV, Ukraine (AP) \u2014 ') as printed. One off-beat item (Dutch farmers). One local item (Chicago volunteers) is war-related aid, not off-beat.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:*/generator", "'[\u2026]' truncation marker in each description",
               "'The post ... appeared first on WGN-TV.' line in every description and content:encoded", "categories, guid and media:content of every item"],
  entries=[
  E("2026-01-22 23:10", "Russian drones hit Odesa, killing 3 and damaging historic center",
    ["KYIV, Ukraine (AP) \u2014 A Russian drone attack on the Black Sea port of Odesa killed three people late Thursday and damaged several buildings in the city's historic center, regional Gov. Oleh Kiper said.",
     "Firefighters battled blazes in a residential building and a warehouse near the port, he said on Telegram."],
    "strikes", "strikes", 3, "odesa-drone-strike-2026-01-22", a="Associated Press", cats=["Ukraine"]),
  E("2026-01-22 20:45", "Zelenskyy meets European leaders in Davos on security guarantees",
    ["DAVOS, Switzerland (AP) \u2014 Ukrainian President Volodymyr Zelenskyy met the leaders of Britain, France and Germany on the sidelines of the World Economic Forum on Thursday to press for firm security guarantees as part of any ceasefire deal.",
     "Zelenskyy told the forum that Europe should not \"wait for Washington\" to decide how Ukraine would be protected after the fighting stops."],
    "diplomacy", "diplomacy", 3, "zelenskyy-davos-security-guarantees-2026-01-22", a="Associated Press", cats=["Ukraine", "Europe"]),
  E("2026-01-22 17:30", "Ukrainian Village volunteers send 10 ambulances to Ukraine's front",
    ["A group of volunteers from Chicago's Ukrainian Village neighborhood loaded the last of 10 donated ambulances onto trucks Thursday for a trip that will end in eastern Ukraine, organizers said.",
     "The vehicles, bought with money raised at church dinners and online, will go to volunteer medics working near the front line in the Donetsk region."],
    "aid", "aid", 2, "chicago-volunteers-ambulances-ukraine-2026-01-22", a="Kasia Wrobel", cats=["Chicago News", "Ukraine"]),
  OFF("2026-01-22 14:05", "Dutch farmers block highways to protest new nitrogen limits",
    ["THE HAGUE, Netherlands (AP) \u2014 Hundreds of tractors blocked highways across the Netherlands on Thursday as farmers protested against tighter limits on nitrogen emissions."],
    "dutch-farmers-nitrogen-protest-2026-01-22", a="Associated Press", n="Dutch farm protests", cats=["Europe"]),
  E("2026-01-22 11:20", "Russia says it downed dozens of Ukrainian drones over border regions",
    ["MOSCOW (AP) \u2014 Russia's Defense Ministry said Thursday its air defenses destroyed 73 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions, and that no one was hurt."],
    "strikes", "strikes", 2, "russia-downs-drones-bryansk-kursk-2026-01-22", a="Associated Press", cats=["Russia"]),
  E("2026-01-22 07:55", "New Czech government moves to hand ammunition program to NATO",
    ["PRAGUE (AP) \u2014 The Czech government said Thursday it wants NATO to take over a program that has bought hundreds of thousands of artillery shells for Ukraine from countries outside the European Union.",
     "Prime Minister Andrej Babi\u0161 had criticized the initiative during his election campaign, though he said the shells already ordered would still be delivered."],
    "aid", "aid", 2, "czech-ammunition-initiative-nato-handover-2026-01-22", a="Associated Press", cats=["Europe", "Ukraine"]),
  ]))

# ---------------------------------------------------------------- 11504 KXAN
MASS = "russian-mass-air-attack-2026-02-20"
SEEDS.append(dict(
  id="11504", name="11504_kxan-live", ext="txt", source="KXAN", zone="America/Chicago", render=r_kxan,
  title="Live updates: Russia launches massive overnight attack on Ukraine's power grid",
  lede="KXAN is following developments as Ukraine counts the damage from one of the largest Russian air attacks of the war, days before the fourth anniversary of the full-scale invasion.",
  basis="post stamp '{s}' (12-hour time with CST printed; no date per post, the page's 'Posted: Feb 20, 2026 / 06:05 AM CST' / 'Updated: Feb 20, 2026 / 02:47 PM CST' give the day); local {d} in {z}",
  notes="Imitates a Nexstar live-updates article on kxan.com, copied from the browser. Page byline 'by: KXAN Staff' (a desk credit, not used as author because every post carries its own name). Posts oldest first: headline line, then 'NAME, 10:05 AM CST' (author and stamp on one line), then paragraphs. No date per post; the page's Posted/Updated lines (Feb 20, 2026) date them. Three posts and the closing Zelenskyy reaction belong to the same overnight attack (story russian-mass-air-attack-2026-02-20); the Austin vigil item is a war-related local story (humanitarian), not off-beat. App promo, Nexstar copyright and 'Trending on KXAN' are chrome.",
  not_entries=["'Skip to content'", "masthead 'KXAN Austin', weather 'Austin 61\u00b0', 'Watch Now'", "navigation menu", "section label 'World'",
               "page headline (page title)", "page byline 'by: KXAN Staff'", "'Posted:' and 'Updated:' lines", "'SHARE'", "intro paragraph 'KXAN is following ...' (lede)",
               "app promo after the third post", "Nexstar copyright notice", "'Trending on KXAN' with two local headlines", "footer"],
  entries=[
  E("2026-02-20 06:05", "Russia launches one of its biggest air attacks of the war",
    ["Russia fired more than 400 drones and dozens of missiles at Ukraine overnight, targeting power plants, gas production sites and rail hubs in at least 10 regions, Ukrainian officials said Friday morning.",
     "Explosions were reported in Kyiv, Lviv, Rivne and Ivano-Frankivsk. Poland said it scrambled aircraft to protect its airspace while the attack was underway."],
    "strikes", "strikes", 3, MASS, a="Cole Hendricks"),
  E("2026-02-20 07:40", "Two killed as missile hits industrial site in Lviv region",
    ["Two workers were killed and five injured when a missile hit an industrial facility in the Lviv region during the overnight attack, regional Gov. Maksym Kozytskyi said."],
    "strikes", "strikes", 3, MASS, a="Cole Hendricks", n="toll of the same overnight attack"),
  E("2026-02-20 09:15", "Ukraine's air force says 430 of 471 targets were shot down",
    ["Ukraine's air force said Russia launched 432 drones and 39 missiles of various types in the overnight attack, and that air defenses destroyed or jammed 430 of them.",
     "It said 11 missiles and 30 drones hit their targets."],
    "strikes", "strikes", 3, MASS, a="Maya Trevino"),
  E("2026-02-20 10:30", "Austin's Ukrainian community plans vigil for war's fourth anniversary",
    ["Members of Central Texas' Ukrainian community will hold a candlelight vigil at the Texas Capitol on Tuesday, the fourth anniversary of Russia's full-scale invasion, organizers told KXAN.",
     "Organizers said they expect several hundred people and plan to read the names of relatives of Ukrainian Texans who were killed in the war."],
    "other", "humanitarian", 2, "austin-ukrainian-vigil-anniversary-2026-02", a="Maya Trevino"),
  E("2026-02-20 11:45", "Kremlin says Putin would meet Zelenskyy only to sign a final deal",
    ["Kremlin spokesman Dmitry Peskov said Friday that President Vladimir Putin was prepared to meet Ukraine's president only \"at the final stage,\" to sign a peace agreement that negotiators had already worked out."],
    "diplomacy", "diplomacy", 2, "kremlin-putin-zelenskyy-meeting-conditions-2026-02-20", a="Associated Press"),
  E("2026-02-20 13:10", "EU pays out first 2026 installment of Ukraine support loan",
    ["The European Commission said Friday it had transferred 6 billion euros to Ukraine, the first payment this year from the bloc's large loan meant to keep Kyiv's budget and army funded through 2027."],
    "aid", "aid", 3, "eu-first-2026-loan-installment-2026-02-20", a="Associated Press"),
  E("2026-02-20 14:47", "Zelenskyy: Russia 'chose escalation' on eve of anniversary",
    ["Ukrainian President Volodymyr Zelenskyy said the overnight attack showed that Moscow \"chose escalation, not peace,\" and asked allies for more air-defense missiles to protect the power grid.",
     "\"Every Patriot missile we receive saves a power plant,\" he said in a video statement."],
    "strikes", "strikes", 3, MASS, a="Cole Hendricks", sec=["aid"], n="reaction whose content is the attack itself"),
  ]))

# ---------------------------------------------------------------- 11505 WRAL
SEEDS.append(dict(
  id="11505", name="11505_wral-worldnews", ext="txt", source="WRAL", zone="America/New_York", render=r_wral,
  title="World News", ref="2026-02-26 16:35",
  basis="relative stamp 'Posted {s}' counted back from the header time widget 'Thursday, February 26, 2026 4:35 PM' (Raleigh, Eastern time implied, EST); local {d} in {z}",
  notes="Imitates the World News listing of wral.com (Capitol Broadcasting), copied from the browser. The header shows a date/time widget 'Thursday, February 26, 2026 4:35 PM' beside the weather (no zone printed; Raleigh = Eastern, EST = UTC-5). Cards newest first: headline, one summary paragraph, 'By NAME, Associated Press' or 'By Associated Press', then a relative 'Posted 38 minutes ago' / 'Posted 5 hours ago'. Every stamp is resolved back from the widget clock (hours taken as exact). Author = the name before ', Associated Press'; agency-only credit gives 'Associated Press'. One off-beat item (Argentina strike).",
  not_entries=["masthead 'WRAL.com' and the header date/time widget (capture clock, used as the anchor)", "weather line 'Raleigh  58\u00b0  Mostly Cloudy'",
               "navigation menu", "section heading 'World News' (page title)", "'ADVERTISEMENT' and app promo after the fourth card", "'More World News'",
               "AP copyright line", "footer"],
  entries=[
  B(E("2026-02-26 15:57", "Ukrainian drones set fire to oil tanks at Russia's Primorsk port",
    ["Ukrainian drones struck the Baltic Sea oil port of Primorsk near St. Petersburg on Thursday, setting at least two storage tanks on fire, the Leningrad region's governor said."],
    "strikes", "strikes", 2, "primorsk-port-drone-strike-2026-02-26", a="Associated Press"), "Associated Press"),
  B(E("2026-02-26 14:35", "U.S. and Russian diplomats meet in Istanbul on embassy operations",
    ["American and Russian diplomats met in Istanbul on Thursday for a new round of talks on restoring staff and services at each other's embassies, Russia's Foreign Ministry said."],
    "diplomacy", "diplomacy", 2, "us-russia-embassy-talks-istanbul-2026-02-26", a="Tomasz Riedel"), "Tomasz Riedel, Associated Press"),
  B(OFF("2026-02-26 13:35", "Argentine unions stage general strike over labor overhaul",
    ["Buses stopped running and many flights were canceled across Argentina on Thursday as the country's main unions held a 24-hour general strike against the government's labor reforms."],
    "argentina-general-strike-2026-02-26", a="Associated Press", n="Argentine labor politics"), "Associated Press"),
  B(E("2026-02-26 11:35", "Russian glide bombs kill 3 in Sloviansk",
    ["Russian aircraft dropped guided bombs on the eastern Ukrainian city of Sloviansk on Thursday morning, killing three people and damaging a school and a row of shops, Donetsk regional Gov. Vadym Filashkin said."],
    "strikes", "strikes", 3, "sloviansk-glide-bomb-strike-2026-02-26", a="Tomasz Riedel"), "Tomasz Riedel, Associated Press"),
  B(E("2026-02-26 09:35", "Sweden unveils its largest military aid package for Ukraine",
    ["Sweden announced a military aid package for Ukraine worth about 19 billion kronor ($1.8 billion) on Thursday, including air-defense systems, artillery ammunition and money for Ukrainian-made drones."],
    "aid", "aid", 3, "sweden-military-aid-package-2026-02-26", a="Associated Press"), "Associated Press"),
  B(E("2026-02-26 06:35", "Moldova says Russian drone crashed on its territory",
    ["Moldova's Defense Ministry said Thursday that a Russian attack drone crashed in a field near the Ukrainian border overnight and that it had summoned Russia's ambassador."],
    "other", "security", 2, "moldova-russian-drone-crash-2026-02-26", a="Associated Press", sec=["diplomacy"]), "Associated Press"),
  B(E("2026-02-26 03:35", "South Korea says North Korea shipped more artillery shells to Russia",
    ["South Korea's military intelligence agency said Thursday that North Korea had sent Russia several million more artillery shells since last summer, along with short-range ballistic missiles, in return for oil and military technology."],
    "aid", "aid", 3, "north-korea-shells-to-russia-seoul-2026-02-26", a="Associated Press", n="arms transfer to Russia"), "Associated Press"),
  ]))

# ---------------------------------------------------------------- 11506 WSB-TV
BRUSSELS = "zelenskyy-brussels-visit-2026-01-27"
SEEDS.append(dict(
  id="11506", name="11506_wsbtv-live", ext="html", source="WSB-TV", zone="America/New_York", render=r_wsb,
  title="Live updates: Zelenskyy visits Brussels as Russia and Ukraine trade strikes",
  url="https://www.wsbtv.com/news/world/live-updates-zelenskyy-brussels/Q7RZK2M5XNF3HDBUW4C6YJTA5E/",
  lede="The Associated Press and Channel 2 Action News are following the day's developments in Russia's war in Ukraine.",
  basis="post stamp '{s}' (12-hour time with EST; no date per post, the page's 'January 27, 2026 at 7:10 am EST' / 'Updated: January 27, 2026 at 3:30 pm EST' give the day); local {d} in {z}",
  notes="Imitates a Cox Media Group (Arc XP) live-updates article on wsbtv.com. NewsArticle JSON-LD (page times only, no updates). Page byline 'By Associated Press'; every post also carries its own 'By NAME' line under the headline (author). Posts oldest first: <time>7:10 am EST</time>, h2 headline, byline, text. Post 5 is a 'Watch:' video teaser with no text (video player placeholder). The Atlanta church item is a local war-related aid story. The Zelenskyy visit (post 2) and the teaser share a story; Germany's IRIS-T deliveries (post 4) are a separate aid story.",
  not_entries=["header logo, weather widget 'Atlanta 52\u00b0', navigation", "section label 'World'", "page headline (page title)", "page byline 'By Associated Press'",
               "page date line and 'Updated:' line", "intro paragraph (lede)", "app promo after the second post", "video player placeholder '[Video]' in the teaser post",
               "'More Stories' with one local link", "footer"],
  entries=[
  E("2026-01-27 07:10", "Russian missile hits school building in Sumy overnight",
    ["A Russian ballistic missile struck a school building in the northeastern city of Sumy overnight, destroying its gym and blowing out windows in nearby homes, local officials said. No one was hurt because classes had been moved online for the winter."],
    "strikes", "strikes", 2, "sumy-school-missile-strike-2026-01-27", a="Associated Press"),
  E("2026-01-27 08:45", "Zelenskyy arrives in Brussels for talks with EU leaders",
    ["Ukrainian President Volodymyr Zelenskyy arrived in Brussels on Tuesday for meetings with European Commission President Ursula von der Leyen and the leaders of several EU countries.",
     "Zelenskyy said he would ask the bloc to speed up air defense deliveries and to move ahead with Ukraine's membership talks."],
    "diplomacy", "diplomacy", 3, BRUSSELS, a="Associated Press", sec=["aid"]),
  E("2026-01-27 10:20", "Russia says Ukrainian drones hit oil depot outside Moscow",
    ["Russian officials said Ukrainian drones set fire to a fuel depot in the Moscow region early Tuesday, while Moscow's airports briefly halted flights."],
    "strikes", "strikes", 2, "moscow-region-oil-depot-drone-2026-01-27", a="Associated Press"),
  E("2026-01-27 12:05", "Germany says it delivered two more IRIS-T air defense systems",
    ["Germany has delivered two more IRIS-T air defense systems to Ukraine along with several hundred missiles for them, the German Defense Ministry said Tuesday."],
    "aid", "aid", 2, "germany-iris-t-delivery-2026-01-27", a="Associated Press"),
  E("2026-01-27 13:50", "Watch: Zelenskyy speaks to reporters in Brussels", [],
    "diplomacy", "diplomacy", 1, BRUSSELS, a="Associated Press", n="video teaser, no text body"),
  E("2026-01-27 15:30", "Atlanta church ships generators to Ukrainian hospitals",
    ["A Ukrainian Orthodox parish in metro Atlanta has shipped 24 generators to hospitals in the Kharkiv and Sumy regions after weeks of Russian strikes on the power grid, the church's pastor said Tuesday.",
     "Parishioners raised the money at holiday bake sales and through an online drive."],
    "aid", "aid", 2, "atlanta-church-generators-ukraine-2026-01-27", a="Tasha Greer"),
  ]))

# ---------------------------------------------------------------- 11507 KING 5
POLTAVA = "poltava-missile-strike-2026-02-11"
SEEDS.append(dict(
  id="11507", name="11507_king5-live", ext="txt", source="KING 5", zone="America/Los_Angeles", render=r_king5,
  title="Russia-Ukraine war live updates: Poltava strike toll rises to 5; drones target Kyiv",
  summary="Follow live updates on Russia's war in Ukraine.",
  caption="Rescuers work at a damaged university dormitory in Poltava, Ukraine, Wednesday, Feb. 11, 2026.",
  basis="bare '{s}' (no zone printed; Pacific time, KING 5's home zone, PST); no date per post: 'Published: 4:05 PM PST February 11, 2026' / 'Updated: 6:47 AM PST February 12, 2026' and the newest-first order put the posts after midnight on February 12 and the rest on February 11; local {d} in {z}",
  notes="Imitates a TEGNA live-updates article on king5.com, copied from the browser. 'Author: KING 5 Staff' is a desk credit naming no person or agency, so author is null for every post. Posts newest first: a bare '6:47 AM' line (no zone, no date), the headline, then paragraphs. The page's only dates are 'Published: 4:05 PM PST February 11, 2026' and 'Updated: 6:47 AM PST February 12, 2026'. The posts cross local midnight: the top four (6:47 AM back to 12:20 AM) are February 12, the rest February 11 evening; in UTC (PST = UTC-8) all seven fall on 2026-02-12. The Poltava strike (first post and the 4:30 AM toll update) and the overnight drone raid (top post) are separate stories. The refugee-parole item is war-related (humanitarian), not off-beat.",
  not_entries=["masthead 'KING 5' and weather 'Seattle, WA \u00bb 44\u00b0'", "navigation menu", "section label 'Nation World'", "page headline (page title)",
               "summary line 'Follow live updates ...'", "'Author: KING 5 Staff'", "'Published:' and 'Updated:' lines", "photo caption and 'Credit: AP'",
               "'Related Articles' with two local headlines after the third post", "app promo", "copyright line"],
  entries=[
  E("2026-02-12 06:47", "Ukraine says it shot down most of 150 drones overnight",
    ["Ukraine's air force said Thursday morning that it destroyed 128 of the 150 drones Russia launched overnight, mostly over the Kyiv, Chernihiv and Poltava regions.",
     "Debris damaged a high-rise in Kyiv's Obolon district, but no injuries were reported there, the city's military administration said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-02-12", n="overnight drone raid; a separate event from the Poltava missile strike of the evening before"),
  E("2026-02-12 04:30", "Poltava death toll rises to 5 as rescuers finish search",
    ["The number of people killed by Wednesday evening's Russian missile strike on the central city of Poltava rose to five after rescuers pulled two more bodies from a damaged dormitory, regional officials said Thursday."],
    "strikes", "strikes", 3, POLTAVA, n="toll 5"),
  E("2026-02-12 01:15", "Japan pledges $300 million for Ukraine's power grid",
    ["Japan will provide $300 million to help Ukraine repair and protect its electricity network, Japan's Foreign Ministry said Thursday, including money for mobile substations and transformers."],
    "aid", "aid", 2, "japan-power-grid-aid-2026-02-12"),
  E("2026-02-12 00:20", "Kremlin says no date set for next round of talks",
    ["Kremlin spokesman Dmitry Peskov said there was no date yet for another round of talks with Ukraine and the United States, adding that Moscow was \"studying\" the latest American proposals."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-next-talks-2026-02-12"),
  E("2026-02-11 23:40", "Ukrainian refugees in Washington state anxious as U.S. parole program winds down",
    ["Ukrainians who came to Washington state under a U.S. humanitarian parole program say they do not know whether they will be allowed to stay once their permits expire this spring, according to resettlement groups in Seattle and Spokane."],
    "other", "humanitarian", 2, "washington-ukrainian-refugees-parole-2026-02"),
  E("2026-02-11 20:55", "Bipartisan Senate delegation meets Zelenskyy in Kyiv",
    ["Four U.S. senators from both parties arrived in Kyiv on an unannounced visit and met Ukrainian President Volodymyr Zelenskyy, the president's office said."],
    "diplomacy", "diplomacy", 2, "us-senators-kyiv-visit-2026-02-12"),
  E("2026-02-11 16:05", "Russian missile strike on Poltava kills 3",
    ["A Russian ballistic missile hit a university dormitory and nearby homes in Poltava on Wednesday evening, killing three people and injuring 17, the regional military administration said."],
    "strikes", "strikes", 3, POLTAVA, n="toll 3"),
  ]))

# ---------------------------------------------------------------- 11508 WCVB
SEEDS.append(dict(
  id="11508", name="11508_wcvb-nationworld", ext="html", source="WCVB", zone="America/New_York", render=r_wcvb,
  title="National & World",
  basis="card stamp 'Updated: {s}' (12-hour time, EST, date); local {d} in {z}",
  notes="Imitates the National & World listing of wcvb.com (Hearst Television), HTML with no JSON-LD. Newest first. Card: h2 headline, dek, byline ('Associated Press', 'By NAME, Associated Press' or 'By NAME'), then 'Updated: 5:40 PM EST Jan 30, 2026'. Author: the name, or 'Associated Press' where only the agency is printed. Two off-beat items (Greek ferry strike, French floods). The Boston hospitals item is war-related (humanitarian).",
  not_entries=["logo, weather 'Boston, MA 28\u00b0', navigation", "page heading 'National & World' (page title)", "'Advertisement' after the second card",
               "'Load More'", "newsletter box", "footer"],
  entries=[
  B(OFF("2026-01-30 17:40", "Greek ferry crews strike, stranding island travelers",
    ["Ferries stayed in port across Greece on Friday as seamen's unions held a 24-hour strike over pay and safety rules, leaving travelers stranded on several islands."],
    "greek-ferry-strike-2026-01-30", a="Associated Press", n="labor dispute"), "Associated Press"),
  B(E("2026-01-30 15:12", "Rubio: U.S. proposes 30-day pause in strikes on energy sites",
    ["Secretary of State Marco Rubio said Friday that the United States had proposed a 30-day halt to Russian and Ukrainian attacks on each other's energy infrastructure and was waiting for answers from Moscow and Kyiv."],
    "diplomacy", "diplomacy", 3, "us-proposes-energy-strike-pause-2026-01-30", a="Miles Okafor"), "By Miles Okafor, Associated Press"),
  B(E("2026-01-30 13:05", "Russian drones hit passenger train in Kharkiv region, injuring 9",
    ["Russian drones struck a passenger train near the town of Lozova in the Kharkiv region on Friday, injuring nine people including a child, Ukraine's national railway said."],
    "strikes", "strikes", 2, "kharkiv-region-train-drone-strike-2026-01-30", a="Associated Press"), "Associated Press"),
  B(E("2026-01-30 10:30", "Boston hospitals to treat children wounded in Ukraine",
    ["Two Boston hospitals will treat a group of Ukrainian children with severe burns and blast injuries under a program run by a Massachusetts charity, organizers said Friday.",
     "The first four children and their mothers are due to arrive next month."],
    "other", "humanitarian", 2, "boston-hospitals-ukrainian-children-2026-01-30", a="Erin Callahan"), "By Erin Callahan"),
  B(OFF("2026-01-30 08:15", "Heavy rain floods towns in southern France",
    ["Rivers burst their banks in southern France on Friday after two days of heavy rain, forcing evacuations in several towns in the Var and Alpes-Maritimes departments."],
    "southern-france-floods-2026-01-30", a="Associated Press", n="weather"), "Associated Press"),
  B(E("2026-01-30 06:02", "Russian missile strike on Kramatorsk kills 2",
    ["A Russian missile hit a residential neighborhood in the eastern city of Kramatorsk on Friday, killing two people and wounding eight, local officials said."],
    "strikes", "strikes", 3, "kramatorsk-missile-strike-2026-01-30", a="Associated Press"), "Associated Press"),
  ]))

# ---------------------------------------------------------------- 11509 KSDK
SEEDS.append(dict(
  id="11509", name="11509_ksdk-nationworld", ext="xml", source="KSDK", zone="America/Chicago", render=r_ksdk,
  title="KSDK.com - Nation World",
  basis="RSS pubDate '{s}' (explicit -0500 offset = CDT, after the 8 March change to daylight time); local {d} in {z}",
  notes="Imitates TEGNA's syndication RSS feed for ksdk.com's Nation-World section. RSS 2.0, newest first, pubDate with the local offset (-0500: St. Louis is on CDT after 8 March 2026), description = plain one-paragraph summary, no author element (author null), media:content image. One off-beat item (Iceland eruption).",
  not_entries=["channel title/link/description/language/copyright", "guid/link and media:content of every item"],
  entries=[
  E("2026-03-12 18:30", "Ukraine says its drones struck a Russian air base in Crimea",
    ["Ukraine's military intelligence agency said Thursday that its drones hit a Russian air base near Saky in occupied Crimea, damaging two fighter jets and a radar station."],
    "strikes", "strikes", 2, "crimea-saky-airbase-drone-strike-2026-03-12"),
  OFF("2026-03-12 15:50", "Eruption on Iceland's Reykjanes peninsula prompts evacuation of Grindavik",
    ["Iceland's Meteorological Office said a new volcanic eruption began Thursday on the Reykjanes peninsula, and police evacuated the fishing town of Grindavik and the nearby Blue Lagoon spa."],
    "iceland-reykjanes-eruption-2026-03-12", n="volcano"),
  E("2026-03-12 13:20", "Russia and Ukraine exchange remains of fallen soldiers",
    ["Ukraine said Thursday it had received the bodies of 1,000 soldiers killed in the war from Russia, which in turn received the remains of 38 of its own troops, the latest in a series of repatriations."],
    "other", "humanitarian", 2, "repatriation-fallen-soldiers-2026-03-12"),
  E("2026-03-12 11:05", "Finland orders more air defense systems amid Russia fears",
    ["Finland's Defense Ministry said Thursday it would buy additional medium-range air defense systems, citing the threat from Russia's long-range drones and missiles."],
    "other", "security", 2, "finland-air-defense-purchase-2026-03-12", n="procurement by a non-party"),
  E("2026-03-12 08:40", "Russian strike on Odesa kills 4, damages port",
    ["A Russian missile attack on Odesa on Thursday killed four people and damaged port facilities and a civilian cargo ship, regional Gov. Oleh Kiper said."],
    "strikes", "strikes", 3, "odesa-missile-strike-2026-03-12"),
  E("2026-03-12 06:10", "European leaders meet in London to plan postwar force for Ukraine",
    ["Leaders and ministers from more than 20 countries met in London on Thursday to finalize plans for a European-led force that would help secure Ukraine after any ceasefire, the British government said."],
    "diplomacy", "diplomacy", 3, "london-coalition-of-willing-meeting-2026-03-12"),
  ]))


# ================================================================ PART B: three invented multi-source days

ZAP = "zaporizhzhia-missile-strike-2026-02-16"
GEN = "geneva-us-ukraine-talks-2026-02-16"
THEME1 = "analysis-ukraine-interceptor-shortfall"
THEME1_H = "Analysis: Ukraine\u2019s interceptor shortfall leaves southern cities exposed"
THEME1_P = ["Monday\u2019s strike on Zaporizhzhia was carried out with ballistic missiles, the one threat that only a handful of Ukraine\u2019s air-defence systems can stop.",
            "Kyiv has only a small number of Patriot batteries, and most of them guard the capital and key energy sites, leaving cities near the front such as Zaporizhzhia, Kharkiv and Dnipro with little protection against ballistic missiles.",
            "European governments have promised more interceptors this year, but production lines in the US and Europe are booked for months ahead, analysts say."]

# ---------------------------------------------------------------- DAY 1 (2026-02-16) 11520 Quillistone Observer
SEEDS.append(dict(
  id="11520", name="11520_quillistone-textlive", ext="txt", source="Quillistone Observer", zone="Europe/London", render=r_quillistone, day="day1",
  title="Russia-Ukraine war live: missile strike on Zaporizhzhia kills nine as US and Ukrainian teams meet in Geneva",
  dateline="Monday 16 February 2026",
  lede="Russian ballistic missiles hit a residential area and a tram depot in Zaporizhzhia on Monday morning. Follow our live coverage.",
  basis="'{s}' on the post line (UK time, GMT = UTC in February) under the dateline 'Monday 16 February 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true, importance 3). Each post starts with one line 'HH:MM GMT | Headline', then paragraphs, then an optional 'Reporting by NAME' line (author; null where absent). Post 4 is a 'Watch:' teaser with no text. Post 3 is a theme piece (analysis of air-defence stocks) that mentions the Zaporizhzhia strike but is its own story; its text is re-posted verbatim on day 2 by 11532. Post 6 (Ukraine's drone strike on a Saratov refinery) must not merge with the Zaporizhzhia strike.",
  not_entries=["outlet name and section line", "page title", "dateline 'Monday 16 February 2026'", "standfirst 'Russian ballistic missiles hit ...' (lede)",
               "'Key Points' header and its two bullet lines (they repeat post headlines)", "'Latest'", "'Reporting by ...' lines (author credits)",
               "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2026-02-16 17:40", "Zaporizhzhia toll rises to nine as rescuers end search",
    ["Nine people were killed by Monday morning\u2019s missile strike on Zaporizhzhia, the regional governor, Ivan Fedorov, said as emergency crews finished searching the ruins of a five-storey block.",
     "Thirty-one people were injured, among them four children. Fedorov said two of the missiles had hit a tram depot where drivers were starting the morning shift."],
    "strikes", "strikes", 3, ZAP, a="Tom Ashworth", kp=True, n="toll 9 (final of the day)"),
  E("2026-02-16 16:15", "Zelensky: strike shows Moscow \u2018is not preparing for peace\u2019",
    ["Volodymyr Zelensky said the attack on Zaporizhzhia, carried out while Ukrainian and US negotiators were meeting in Geneva, showed that Russia \u2018is not preparing for peace but for new strikes\u2019.",
     "In his evening address he again called on allies to send more Patriot interceptors."],
    "strikes", "strikes", 3, ZAP, a="Tom Ashworth", n="reaction whose content is the attack itself"),
  E("2026-02-16 15:05", THEME1_H, THEME1_P,
    "aid", "aid", 2, THEME1, a="Priya Holloway", sec=["strikes"], n="theme piece (air-defence stocks): mentions the Zaporizhzhia strike but is its own story; must not merge with it"),
  E("2026-02-16 13:30", "Watch: rescuers search rubble of Zaporizhzhia apartment block", [],
    "strikes", "strikes", 1, ZAP, n="video teaser, no text body"),
  E("2026-02-16 12:10", "US and Ukrainian negotiators begin two days of talks in Geneva",
    ["Ukrainian and American delegations have begun two days of talks in Geneva on a possible ceasefire, Ukraine\u2019s chief negotiator, Rustem Umerov, said.",
     "The US side is led by the special envoy Steve Witkoff. Russia is not taking part, but a US official said Washington would brief Moscow afterwards."],
    "diplomacy", "diplomacy", 3, GEN, a="Priya Holloway", kp=True),
  E("2026-02-16 10:45", "Ukrainian drones hit oil refinery in Russia\u2019s Saratov region",
    ["Ukraine\u2019s general staff said its drones struck an oil refinery in the Russian city of Saratov overnight, causing a fire at a primary processing unit.",
     "Saratov\u2019s governor said debris had damaged several homes but that no one was hurt."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2026-02-16", n="Ukraine's strike on Russia: must not merge with the Zaporizhzhia strike (other side, other target)"),
  E("2026-02-16 08:20", "Russian missiles hit Zaporizhzhia; three killed",
    ["At least three people were killed when Russian ballistic missiles struck Zaporizhzhia shortly before 9am local time, hitting an apartment block and a tram depot, the regional governor said.",
     "Emergency services said people were trapped under the rubble of the apartment building."],
    "strikes", "strikes", 3, ZAP, a="Tom Ashworth", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 11521 Marrowfield Daily
SEEDS.append(dict(
  id="11521", name="11521_marrowfield-htmllive", ext="html", source="Marrowfield Daily", zone="Europe/Kyiv", render=r_marrowfield, day="day1",
  title="Zaporizhia missile strike: live updates", url="https://marrowfield-daily.example/live/2026-02-16-zaporizhia",
  dateline="16 February 2026",
  lede="Live coverage of Russia\u2019s missile attack on Zaporizhia and the day\u2019s other news from the war.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2) under the dateline '16 February 2026'; the LiveBlogPosting update carries the same instant; local {d} in {z}",
  notes="Invented outlet (Ukraine). HTML live page, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry correct per-update datePublished (+02:00) and authors. Visible stamp '09:15' in <time datetime>; author line 'by NAME' after the body. Spells the city 'Zaporizhia'. Toll grows 2 \u2192 4 \u2192 6. Post 6 repeats post 5 almost verbatim (injured 24 \u2192 25): duplicate_of 11521-05. Post 1 (overnight drone raid on Odesa) and post 4 (drone hit on a minibus in the Huliaipole district, same region) must not merge with the Zaporizhia city missile strike.",
  not_entries=["header and navigation", "page title", "dateline", "standfirst (lede)", "'by NAME' author lines", "share links under every post",
               "'Read also:' link after the fourth post", "footer"],
  entries=[
  E("2026-02-16 07:40", "Overnight drone raid targets Odesa port and energy sites",
    ["Russian drones attacked Odesa overnight, damaging port warehouses and an energy facility, the regional administration said. Two people were slightly injured.",
     "The air force said it shot down 87 of the 112 drones launched across the country."],
    "strikes", "strikes", 2, "odesa-overnight-drone-raid-2026-02-16", a="Larysa Tkachuk", n="same night, other city, drones: must not merge with the Zaporizhia missile strike"),
  E("2026-02-16 09:15", "Ballistic missiles strike Zaporizhia, casualties reported",
    ["Russia hit Zaporizhia with ballistic missiles at about 08:40, regional governor Ivan Fedorov said, adding that at least two people were dead.",
     "A residential building and a municipal transport depot were hit, he said."],
    "strikes", "strikes", 3, ZAP, a="Larysa Tkachuk", n="spelling 'Zaporizhia'; toll 2"),
  E("2026-02-16 10:55", "Zaporizhia: four dead, tram depot among sites hit",
    ["The death toll in Zaporizhia has risen to four, the city\u2019s military administration said. Three trams were destroyed by fire at the depot.",
     "Rescuers are still working at the apartment block, where part of the fourth and fifth floors collapsed."],
    "strikes", "strikes", 3, ZAP, a="Andriy Sobol", n="toll 4"),
  E("2026-02-16 12:30", "Drone hits minibus in Huliaipole district, four injured",
    ["A Russian drone struck a minibus carrying civilians near Huliaipole in the Zaporizhia region, injuring four people, the regional administration said.",
     "The area lies a few kilometres from the front line and is hit by drones almost daily."],
    "strikes", "strikes", 2, "huliaipole-minibus-drone-2026-02-16", a="Andriy Sobol", n="same region, other strike: must not merge with the Zaporizhia city missile strike"),
  E("2026-02-16 13:40", "Zaporizhia toll climbs to six; day of mourning declared",
    ["Six people are now known to have been killed in this morning\u2019s missile strike on Zaporizhia, and 24 were injured, governor Ivan Fedorov said.",
     "Tuesday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, ZAP, a="Larysa Tkachuk", n="toll 6"),
  E("2026-02-16 14:05", "Zaporizhia toll climbs to six; day of mourning declared",
    ["Six people are now known to have been killed in this morning\u2019s missile strike on Zaporizhia, and 25 were injured, governor Ivan Fedorov said.",
     "Tuesday has been declared a day of mourning in the city."],
    "strikes", "strikes", 1, ZAP, a="Larysa Tkachuk", dup="11521-05", n="near-verbatim repeat of 11521-05 (injured 24 -> 25)"),
  E("2026-02-16 16:10", "Kallas condemns \u2018deliberate\u2019 strike on Zaporizhia",
    ["The EU\u2019s foreign policy chief, Kaja Kallas, said the missile strike on Zaporizhia was \u2018a deliberate attack on people going to work\u2019 and showed why Russia must face more pressure.",
     "She said EU foreign ministers would discuss additional air-defence support next week."],
    "strikes", "strikes", 3, ZAP, a="Andriy Sobol", sec=["diplomacy"], n="reaction whose content is the attack itself"),
  E("2026-02-16 18:20", "Umerov: first day of Geneva talks \u2018constructive\u2019",
    ["Rustem Umerov, who leads Ukraine\u2019s delegation, said the first day of talks with the US team in Geneva had been \u2018constructive and detailed\u2019 and would continue on Tuesday.",
     "He gave no details but said the sides had discussed \u2018the security of energy infrastructure\u2019."],
    "diplomacy", "diplomacy", 3, GEN, a="Andriy Sobol"),
  ]))

# ---------------------------------------------------------------- 11522 Hesketh Bay World Service
SEEDS.append(dict(
  id="11522", name="11522_heskethbay-worldrss", ext="xml", source="Hesketh Bay World Service", zone="UTC", render=r_worldrss, day="day1", rfc="GMT",
  title="Hesketh Bay World Service \u2013 World", url="https://heskethbay-world.example", guid="hbws-20260216",
  lede="World news from the Hesketh Bay World Service",
  basis="RSS pubDate '{s}' (GMT = UTC); {d} UTC",
  notes="Invented outlet. General world RSS feed (the war is a minority: 4 of 6 items off-beat: Lunar New Year travel, Winter Olympics, Mozambique floods, Japan snow). Newest first, pubDate in GMT form, CDATA paragraphs, no author. Spells the strike city 'Zaporozhye' (toll 6).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-02-16 19:10", "Travel rush peaks on eve of Lunar New Year",
    ["Railway stations and airports across China were packed on Monday as millions of people headed home for the Lunar New Year, which begins on Tuesday with the Year of the Horse."],
    "lunar-new-year-travel-rush-2026", n="Lunar New Year travel", cat="Asia"),
  OFF("2026-02-16 16:45", "Norway extends lead in Winter Olympics medal table",
    ["Norway added two more gold medals in cross-country skiing on Monday to strengthen its lead at the top of the medal table at the Milan-Cortina Winter Olympics."],
    "winter-olympics-medal-table-2026-02-16", n="sport", cat="Sport"),
  E("2026-02-16 14:20", "US and Ukraine hold first day of talks in Geneva",
    ["Negotiators from the United States and Ukraine held the first of two days of talks in Geneva on Monday, focusing on a possible ceasefire and on protection for energy infrastructure."],
    "diplomacy", "diplomacy", 3, GEN, cat="Europe"),
  E("2026-02-16 12:30", "Six killed as Russian missiles hit Zaporozhye apartment block",
    ["At least six people were killed when Russian missiles struck an apartment block and a tram depot in the southern Ukrainian city of Zaporozhye on Monday morning, local officials said.",
     "Ukraine\u2019s president said the strike had been timed to coincide with the talks in Geneva."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 6", cat="Europe"),
  OFF("2026-02-16 09:55", "Floods displace thousands in southern Mozambique",
    ["Heavy rains have forced more than 20,000 people from their homes in southern Mozambique, the country\u2019s disaster management agency said on Monday."],
    "mozambique-floods-2026-02", n="floods", cat="Africa"),
  OFF("2026-02-16 06:15", "Heavy snow disrupts trains in northern Japan",
    ["Heavy snowfall in Japan\u2019s Hokkaido and Aomori regions cancelled dozens of train services and closed several highways on Monday, officials said."],
    "japan-heavy-snow-2026-02-16", n="weather", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 11523 Corvenmoor Post
SEEDS.append(dict(
  id="11523", name="11523_corvenmoor-article", ext="txt", source="Corvenmoor Post", zone="Europe/Berlin", render=r_article, day="day1",
  title="Missile strike on Zaporizhzhia overshadows Geneva talks",
  lede="A deadly Russian attack on a southern Ukrainian city came as American and Ukrainian negotiators met in Switzerland.",
  byline="Mareike Olsberg and Till Brandauer", dateline_t="2026-02-16 15:30",
  caption="Rescue workers at a damaged apartment block in Zaporizhzhia on Monday. Photo: Reuters",
  more="More on this topic: Germany\u2019s air-defence deliveries to Ukraine, year by year",
  basis="no per-section time: the dateline '16 February 2026, 15:30 CET' dates every section; local {d} in {z}",
  notes="Invented outlet (Germany). Text article with three section headings, one entry each (headline = heading, stamp null, published = the dateline time 15:30 CET = 14:30 UTC). Two-name byline kept as one author string for every section. Section 1 gives the toll as seven. Section 2 (Berlin weighing another Patriot system) shares the air-defence theme with the analysis 11520-03 but is a separate event: must not merge.",
  not_entries=["outlet name and section menu", "'WORLD' label", "page title", "standfirst (lede)", "byline line", "dateline line", "photo caption",
               "'Share \u00b7 Email \u00b7 Print'", "'ADVERTISEMENT'", "'More on this topic: ...' link", "footer"],
  entries=[
  E("2026-02-16 15:30", "Seven dead in Zaporizhzhia",
    ["At least seven people were killed and more than 20 injured on Monday morning when Russian ballistic missiles hit a residential building and a tram depot in Zaporizhzhia, Ukrainian officials said.",
     "Governor Ivan Fedorov said rescuers were still searching the rubble of the partly collapsed apartment block in the early afternoon.",
     "Germany\u2019s foreign minister called the attack \u2018cynical\u2019 because it came on the day the talks in Geneva began."],
    "strikes", "strikes", 3, ZAP, a="Mareike Olsberg and Till Brandauer", n="toll 7"),
  E("2026-02-16 15:30", "Berlin weighs another Patriot system",
    ["The German government is considering sending Ukraine another Patriot air-defence system from Bundeswehr stocks, according to people familiar with the discussions.",
     "A defence ministry spokesman would not confirm the plan but said Germany remained Ukraine\u2019s largest supplier of air defence in Europe."],
    "aid", "aid", 2, "germany-considers-another-patriot-2026-02-16", a="Mareike Olsberg and Till Brandauer",
    n="same air-defence theme as the analysis 11520-03, separate event: must not merge"),
  E("2026-02-16 15:30", "Talks in Geneva",
    ["In Geneva, the Ukrainian delegation led by Rustem Umerov met the US envoy Steve Witkoff for what both sides described as working-level talks on a ceasefire framework.",
     "Russia is not represented. The Kremlin said it would wait for Washington to report on the outcome."],
    "diplomacy", "diplomacy", 3, GEN, a="Mareike Olsberg and Till Brandauer"),
  ]))

# ---------------------------------------------------------------- DAY 2 (2026-02-17)
NOV = "novorossiysk-oil-terminal-drone-attack-2026-02-17"
THEME2 = "explainer-ukraine-drones-russian-oil-exports"

# ---------------------------------------------------------------- 11530 Kettlewyn Herald
SEEDS.append(dict(
  id="11530", name="11530_kettlewyn-htmllive", ext="html", source="Kettlewyn Herald", zone="Europe/Warsaw", render=r_kettlewyn, day="day2",
  title="War in Ukraine, day 1,455: live", dateline="Tuesday, 17 February 2026", tznote="All times CET",
  lede="Ukrainian drones set an oil terminal in Russia\u2019s Novorossiysk on fire, and talks in Geneva came to an end. Follow the day\u2019s events.",
  basis="bare '{s}' in the entry-time span; the page note 'All times CET' and the dateline 'Tuesday, 17 February 2026' give zone and day; local {d} in {z}",
  notes="Invented outlet (Poland). HTML live page without JSON-LD, newest first. Bare '17:50' above each h2, with a single printed note 'All times CET' (Warsaw, UTC+1). Author line under the headline. Entry 3 is a 'Photos:' gallery teaser with no text. Entry 6 continues day 1's Zaporizhzhia story with a new development (toll 10, day of mourning). Entry 2 continues day 1's Geneva talks (they end). Entry 1 (Kremlin reaction) has the attack as its content: same story as the Novorossiysk attack.",
  not_entries=["cookie bar", "header and navigation", "page title", "dateline and 'All times CET' note", "lead paragraph (lede)", "'Gallery (12)' placeholder in the teaser",
               "'Related' box after the fourth entry", "link to Monday's live page", "footer"],
  entries=[
  E("2026-02-17 18:45", "Kremlin: Novorossiysk attack \u2018does not help\u2019 the peace process",
    ["Kremlin spokesman Dmitry Peskov said the drone attack on the oil terminal in Novorossiysk \u2018does not help\u2019 efforts to end the war and accused Kyiv of trying to undermine the talks in Geneva.",
     "He said Russia would respond \u2018at a time of its choosing\u2019."],
    "strikes", "strikes", 3, NOV, a="Agata Wronska", sec=["diplomacy"], n="reaction whose content is the attack itself"),
  E("2026-02-17 16:30", "Geneva talks end with pledge to meet again in March",
    ["The US and Ukrainian delegations wrapped up two days of talks in Geneva and agreed to meet again in early March, according to a joint statement.",
     "The statement mentioned \u2018progress on a framework for protecting energy infrastructure\u2019 but gave no details."],
    "diplomacy", "diplomacy", 3, GEN, a="Agata Wronska", n="continuation of day 1's Geneva talks (second and last day)"),
  E("2026-02-17 14:10", "Photos: fire at Novorossiysk oil terminal seen from the sea", [],
    "strikes", "strikes", 1, NOV, a="Marek Halicki", n="photo gallery teaser, no text body"),
  E("2026-02-17 12:20", "Poland to train 2,000 more Ukrainian soldiers this year",
    ["Poland will train up to 2,000 additional Ukrainian soldiers at its bases this year, Deputy Prime Minister and Defence Minister W\u0142adys\u0142aw Kosiniak-Kamysz said on Tuesday.",
     "The training will focus on drone operators and combat engineers."],
    "aid", "aid", 2, "poland-training-ukrainian-soldiers-2026-02-17", a="Marek Halicki"),
  E("2026-02-17 10:05", "Drone attack sets Novorossiysk oil terminal ablaze",
    ["A large fire broke out at the Sheskharis oil terminal in the Russian Black Sea port of Novorossiysk after a Ukrainian drone attack overnight, local authorities said.",
     "At least two workers were injured, and tanker loading was suspended."],
    "strikes", "strikes", 3, NOV, a="Marek Halicki"),
  E("2026-02-17 08:40", "Zaporizhzhia mourns as toll rises to ten",
    ["Zaporizhzhia is observing a day of mourning after Monday\u2019s missile strike, whose death toll rose to ten overnight when a woman died in hospital, governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Agata Wronska", n="continuation of day 1 with a new development (toll 10, mourning)"),
  E("2026-02-17 07:15", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s defence ministry said its troops had taken control of a village north of Huliaipole in the Zaporizhzhia region. Ukraine\u2019s military did not comment."],
    "other", "frontline", 2, "russia-claims-village-north-of-huliaipole-2026-02-17", a="Agata Wronska"),
  ]))

# ---------------------------------------------------------------- 11531 Lanthorne Wire
SEEDS.append(dict(
  id="11531", name="11531_lanthorne-atom", ext="xml", source="Lanthorne Wire", zone="Europe/Kyiv", render=r_atom, day="day2",
  title="Lanthorne Wire \u2013 Ukraine", url="https://lanthorne-wire.example", lede="Agency reports on Russia\u2019s war against Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 offset = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (news agency, Kyiv). Atom, newest first, <published> with +02:00, <author><name> per entry, content as escaped HTML. Novorossiysk toll grows (two injured \u2192 one dead, three injured). Entry 4 continues day 1's Zaporizhzhia story with a new development (KN-23 fragments). Entry 2 continues day 1's Geneva talks. Entry 3 (drone debris on a Krasnodar-region village, the same region as Novorossiysk) and entry 6 (Russian drones on Odesa's port, same theme, other event; also not day 1's Odesa raid) must not merge with the Novorossiysk attack.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  E("2026-02-17 20:30", "Novorossiysk: one dead, oil loadings halted after drone strike",
    ["One worker was killed and three were injured in the Ukrainian drone attack on the Sheskharis oil terminal in Novorossiysk, the Krasnodar region\u2019s emergency headquarters said on Tuesday evening.",
     "Loadings of crude onto tankers remained suspended, according to two shipping sources."],
    "strikes", "strikes", 3, NOV, a="Danylo Rudenko", n="toll: one dead, three injured"),
  E("2026-02-17 18:05", "Umerov: sides will work on a text on protecting energy sites",
    ["Ukraine and the United States agreed in Geneva to work on a joint text on stopping attacks on energy infrastructure, Ukraine\u2019s chief negotiator Rustem Umerov said after the talks ended.",
     "He said the draft would be shown to Russia through American mediators."],
    "diplomacy", "diplomacy", 3, GEN, a="Kateryna Boiko", n="continuation of day 1's Geneva talks"),
  E("2026-02-17 15:40", "Drone wreckage damages houses in Krasnodar region village",
    ["Debris from drones shot down over the Krasnodar region damaged four houses in a village near Slavyansk-na-Kubani, the regional governor said. No casualties were reported."],
    "strikes", "strikes", 2, "krasnodar-village-drone-debris-2026-02-17", a="Danylo Rudenko", n="same region as Novorossiysk, other strike: must not merge"),
  E("2026-02-17 13:15", "Zaporizhzhia: fragments point to North Korean missiles, prosecutors say",
    ["Ukrainian prosecutors said fragments recovered after Monday\u2019s strike on Zaporizhzhia came from North Korean-made KN-23 ballistic missiles.",
     "The strike killed ten people, according to the latest official figures."],
    "strikes", "strikes", 3, ZAP, a="Kateryna Boiko", n="continuation of day 1 with a new development (weapon identified)"),
  E("2026-02-17 11:00", "Novorossiysk port: two workers hurt as fire spreads",
    ["Two workers were injured as a fire spread between storage tanks at Novorossiysk\u2019s oil terminal after an overnight Ukrainian drone attack, the port operator said.",
     "Russia\u2019s defence ministry said 38 drones had been shot down over the Black Sea and the Krasnodar region."],
    "strikes", "strikes", 3, NOV, a="Danylo Rudenko", n="toll: two injured"),
  E("2026-02-17 08:45", "Russian drones hit Odesa port overnight, damaging grain terminal",
    ["Russian drones hit port infrastructure in the Odesa region overnight, damaging a grain terminal and setting a truck on fire, regional governor Oleh Kiper said."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2026-02-17", a="Kateryna Boiko",
    n="same theme (attack on a port), other event: must not merge with the Novorossiysk attack or with day 1's Odesa raid"),
  ]))

# ---------------------------------------------------------------- 11532 Saxonbridge Evening Star
SEEDS.append(dict(
  id="11532", name="11532_saxonbridge-textlive", ext="txt", source="Saxonbridge Evening Star", zone="America/New_York", render=r_saxonbridge, day="day2",
  title="Ukraine war live: Kyiv\u2019s drones hit Russia\u2019s biggest Black Sea oil port",
  dateline="Tuesday, February 17, 2026", byline="Compiled by the Evening Star world desk",
  lede="Updates through the day on Russia\u2019s war in Ukraine, with analysis from our correspondents.",
  basis="'{s}' line before the headline (Eastern time, printed EST) under the dateline 'Tuesday, February 17, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; each post is a '3:20 a.m. EST' line, the headline line, then paragraphs. Page credit 'Compiled by the Evening Star world desk' names no person: author null. Spells the port 'Novorossiisk'. Post 2 is a verbatim re-post of day 1's analysis 11520-03 (same headline and text, syndicated): importance 1, same story slug, duplicate_of null because duplicates are defined within a seed. Post 3 is a theme piece (explainer on Ukraine's drone campaign against Russian oil) that mentions the Novorossiisk attack but is its own story. Post 6 repeats post 1 almost verbatim ('local residents' \u2192 'residents'): duplicate_of 11532-01.",
  not_entries=["outlet name and section menu", "page title", "dateline", "desk credit 'Compiled by the Evening Star world desk'", "intro line (lede)",
               "'ADVERTISEMENT'", "'Our live coverage continues on Wednesday.'", "footer"],
  entries=[
  E("2026-02-17 03:20", "Ukraine strikes Russian Black Sea oil terminal at Novorossiisk",
    ["Ukrainian drones attacked the Sheskharis oil terminal at Novorossiisk overnight, starting a fire that could be seen from across the bay, Russian officials and local residents said.",
     "Ukraine\u2019s SBU security service, which runs many of the long-range drone operations, did not comment."],
    "strikes", "strikes", 3, NOV, n="spelling 'Novorossiisk'"),
  E("2026-02-17 05:45", THEME1_H, THEME1_P,
    "aid", "aid", 1, THEME1, sec=["strikes"],
    n="re-post of day-1 entry 11520-03 (verbatim syndication of the analysis); importance 1; duplicate_of null (duplicates are within a seed)"),
  E("2026-02-17 08:10", "Explainer: How Ukraine\u2019s drones have reshaped Russia\u2019s oil exports",
    ["Over the past year Ukraine has turned long-range drones into its main weapon against Russia\u2019s economy, striking refineries, pumping stations and export terminals hundreds of miles from the front.",
     "Tuesday\u2019s attack on Novorossiisk hit one of the two big terminals near the port through which Russian and Kazakh crude is shipped, which makes it a sensitive target.",
     "Analysts say the raids have at times forced Russia to cut fuel exports, but have not stopped crude from flowing."],
    "strikes", "strikes", 2, THEME2, n="theme piece (explainer): mentions the Novorossiisk attack but is its own story; must not merge with it"),
  E("2026-02-17 09:35", "Novorossiisk loadings halted after attack; oil prices rise",
    ["Brent crude rose more than 2% on Tuesday morning after Russia suspended tanker loadings at Novorossiisk following the overnight drone attack.",
     "Traders said the market was watching whether the halt would last more than a few days."],
    "strikes", "strikes", 3, NOV, n="consequence of the attack (loadings halted), same story"),
  E("2026-02-17 11:50", "Senate bill would use frozen Russian assets to arm Ukraine",
    ["A bipartisan group of senators introduced a bill on Tuesday that would let the administration use about $5 billion in frozen Russian state assets held in the United States to buy American weapons for Ukraine."],
    "aid", "aid", 2, "senate-bill-frozen-assets-weapons-2026-02-17"),
  E("2026-02-17 12:40", "Ukraine strikes Russian Black Sea oil terminal at Novorossiisk",
    ["Ukrainian drones attacked the Sheskharis oil terminal at Novorossiisk overnight, starting a fire that could be seen from across the bay, Russian officials and residents said.",
     "Ukraine\u2019s SBU security service, which runs many of the long-range drone operations, did not comment."],
    "strikes", "strikes", 1, NOV, dup="11532-01", n="near-verbatim repeat of 11532-01"),
  ]))

# ---------------------------------------------------------------- 11533 Wickenhall World Report
SEEDS.append(dict(
  id="11533", name="11533_wickenhall-worldatom", ext="xml", source="Wickenhall World Report", zone="UTC", render=r_atom, day="day2",
  title="Wickenhall World Report: World", url="https://wickenhall-world.example", lede="The world in brief, around the clock",
  basis="Atom <published> '{s}' (Z = UTC); {d} UTC",
  notes="Invented outlet. General world Atom feed (the war is a minority: 4 of 6 entries off-beat: Lunar New Year, Portugal storm, Olympic curling, Chile wildfires). Newest first, <published> in Z, no authors. Entry 4 continues day 1's Zaporizhzhia story (funerals, toll 10).",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  OFF("2026-02-17 21:40", "Fireworks and temple crowds welcome the Year of the Horse",
    ["Fireworks lit up skies from Beijing to Singapore as Lunar New Year celebrations got under way, and temples were crowded with worshippers seeking blessings for the Year of the Horse."],
    "lunar-new-year-celebrations-2026", n="Lunar New Year"),
  E("2026-02-17 18:55", "Russian oil terminal hit by Ukrainian drones; one worker killed",
    ["A Ukrainian drone attack on the Sheskharis oil terminal at Novorossiysk, one of Russia\u2019s main crude export outlets, killed one worker and forced a halt to tanker loadings, Russian officials said on Tuesday."],
    "strikes", "strikes", 3, NOV),
  OFF("2026-02-17 15:20", "Storm brings flooding to Portugal\u2019s Atlantic coast",
    ["A powerful Atlantic storm flooded streets in several towns on Portugal\u2019s coast on Tuesday and left tens of thousands of homes without power."],
    "portugal-storm-floods-2026-02-17", n="weather"),
  E("2026-02-17 12:05", "Zaporizhzhia buries victims of Monday\u2019s missile strike",
    ["Funerals were held in Zaporizhzhia on Tuesday for victims of Monday\u2019s Russian missile strike on the city, which killed ten people, including two tram drivers."],
    "strikes", "strikes", 3, ZAP, n="continuation of day 1 (funerals, toll 10)"),
  OFF("2026-02-17 09:30", "Olympic curling: hosts Italy stun Canada",
    ["Italy\u2019s men beat Canada 7-5 in the round robin of the Olympic curling tournament in Cortina d\u2019Ampezzo on Tuesday, keeping the hosts in the hunt for a semi-final place."],
    "olympic-curling-italy-canada-2026-02-17", n="sport"),
  OFF("2026-02-17 03:40", "Wildfires force evacuations near Chile\u2019s Valpara\u00edso",
    ["Chilean authorities ordered thousands of people to leave their homes near the city of Valpara\u00edso on Monday night as wildfires spread in hot, windy weather."],
    "chile-valparaiso-wildfires-2026-02", n="wildfires"),
  ]))

# ---------------------------------------------------------------- DAY 3 (2026-03-05)
KHA = "kharkiv-missile-strike-2026-03-05"
POW = "uae-mediated-prisoner-exchange-2026-03-05"
THEME3 = "analysis-kharkiv-underground-schools"

# ---------------------------------------------------------------- 11540 Tresvale Monitor
SEEDS.append(dict(
  id="11540", name="11540_tresvale-worldrss", ext="xml", source="Tresvale Monitor", zone="UTC", render=r_worldrss, day="day3", rfc="num",
  title="Tresvale Monitor | World", url="https://tresvale-monitor.example", guid="tvm-20260305",
  lede="International news from the Tresvale Monitor",
  basis="RSS pubDate '{s}' (explicit +0000 offset); {d} UTC",
  notes="Invented outlet. General world RSS feed (the war is a minority: 4 of 6 items off-beat: India wheat forecast, Madagascar cyclone, car recall, Brazil landslides). Newest first, pubDate with '+0000', no author. Kharkiv toll 11.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-03-05 20:50", "India raises wheat harvest forecast after mild winter",
    ["India\u2019s farm ministry raised its forecast for this year\u2019s wheat harvest to a record, citing a mild winter and good soil moisture in the main growing states."],
    "india-wheat-forecast-2026-03", n="agriculture", cat="Asia"),
  E("2026-03-05 18:25", "Kharkiv strike: death toll reaches 11",
    ["The number of people killed in Thursday\u2019s Russian missile strike on Kharkiv has risen to 11, the city\u2019s mayor, Ihor Terekhov, said, with more than 40 injured.",
     "The strike hit a shopping centre and a tram line in the city\u2019s Kholodnohirskyi district."],
    "strikes", "strikes", 3, KHA, n="toll 11", cat="Europe"),
  OFF("2026-03-05 15:10", "Cyclone makes landfall in northern Madagascar",
    ["A tropical cyclone struck northern Madagascar on Thursday with winds of up to 180 km/h, cutting power and destroying homes, the national disaster office said."],
    "madagascar-cyclone-2026-03-05", n="weather", cat="Africa"),
  E("2026-03-05 12:40", "Russia and Ukraine swap 300 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine exchanged 300 prisoners of war each on Thursday in a deal brokered by the United Arab Emirates, officials in both countries said."],
    "diplomacy", "diplomacy", 3, POW, cat="Europe"),
  OFF("2026-03-05 09:05", "Carmaker recalls 400,000 vehicles over airbag fault",
    ["A major Japanese carmaker said on Thursday it would recall about 400,000 vehicles worldwide to replace faulty passenger airbag sensors."],
    "carmaker-airbag-recall-2026-03-05", n="business", cat="Business"),
  OFF("2026-03-05 06:30", "Heavy rain triggers landslides in Brazil\u2019s Minas Gerais",
    ["Landslides caused by days of heavy rain killed at least seven people in Brazil\u2019s Minas Gerais state, the state fire service said on Thursday."],
    "brazil-minas-gerais-landslides-2026-03", n="weather", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 11541 Felbrigg Courier
SEEDS.append(dict(
  id="11541", name="11541_felbrigg-textlive", ext="txt", source="Felbrigg Courier", zone="Europe/Kyiv", render=r_felbrigg, day="day3",
  title="Ukraine live: Kharkiv hit by missiles as prisoners come home", dateline="Thursday 5 March",
  byline="Tetiana Hrynko and Callum Reddaway", parse_args=["--date", "2026-03-05"],
  lede="Russian missiles struck a busy district of Kharkiv on Thursday morning. Our reporters follow the day\u2019s events from Kyiv.",
  basis="bare '{s}' (Kyiv time, EET = UTC+2, the outlet's zone; none printed) under the date line 'Thursday 5 March' (no year anywhere; parse_args gives 2026-03-05); local {d} in {z}",
  notes="Invented outlet (Kyiv-based English-language site). Text live blog, oldest first; bare '09:40' line, then the headline line, then paragraphs. The date line 'Thursday 5 March' names no year and no year appears anywhere on the page, so parse_args gives --date 2026-03-05. No zone is printed; the outlet works in Kyiv time (EET). Two-name page byline kept as one author string for every post. Kharkiv toll grows 4 \u2192 7. Post 3 is a 'Video:' teaser with no text. Post 6 repeats post 4 almost verbatim (injured 29 \u2192 31): duplicate_of 11541-04. Post 7 is a theme piece (Kharkiv's underground schools) that mentions the strike but is its own story. Post 1 (overnight drone raid) and post 5 (glide bombs on the Kupiansk district, same region) must not merge with the Kharkiv city strike.",
  not_entries=["outlet name and section menu", "page title", "date line 'Thursday 5 March'", "byline line", "intro paragraph (lede)", "membership promo after the fourth post",
               "'This page is no longer being updated.'", "footer"],
  entries=[
  E("2026-03-05 07:55", "Overnight: Russia launched 96 drones, air force says",
    ["Russia launched 96 attack drones and decoys at Ukraine overnight, of which 71 were shot down or jammed, Ukraine\u2019s air force said.",
     "Hits were recorded in the Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-03-05", a="Tetiana Hrynko and Callum Reddaway", n="overnight raid: must not merge with the morning missile strike on Kharkiv"),
  E("2026-03-05 09:40", "Missile strike on Kharkiv kills at least four",
    ["Russian missiles hit Kharkiv shortly after 9am, killing at least four people, regional governor Oleh Syniehubov said.",
     "A shopping centre and a tram line in the Kholodnohirskyi district were hit."],
    "strikes", "strikes", 3, KHA, a="Tetiana Hrynko and Callum Reddaway", n="toll 4"),
  E("2026-03-05 10:25", "Video: moment missile hits Kharkiv street", [],
    "strikes", "strikes", 1, KHA, a="Tetiana Hrynko and Callum Reddaway", n="video teaser, no text body"),
  E("2026-03-05 11:50", "Kharkiv toll rises to seven; shopping centre and tram line hit",
    ["Seven people are now known to have been killed in the strike on Kharkiv, and 29 were injured, mayor Ihor Terekhov said.",
     "Rescuers are searching the partly collapsed upper floor of the shopping centre."],
    "strikes", "strikes", 3, KHA, a="Tetiana Hrynko and Callum Reddaway", n="toll 7"),
  E("2026-03-05 12:30", "Glide bombs hit Kupiansk district, two wounded",
    ["Russian guided bombs hit two villages in the Kupiansk district of the Kharkiv region, wounding two people, the regional administration said."],
    "strikes", "strikes", 2, "kupiansk-district-glide-bombs-2026-03-05", a="Tetiana Hrynko and Callum Reddaway", n="same region, other strike: must not merge with the Kharkiv city strike"),
  E("2026-03-05 13:15", "Kharkiv toll rises to seven; shopping centre and tram line hit",
    ["Seven people are now known to have been killed in the strike on Kharkiv, and 31 were injured, mayor Ihor Terekhov said.",
     "Rescuers are searching the partly collapsed upper floor of the shopping centre."],
    "strikes", "strikes", 1, KHA, a="Tetiana Hrynko and Callum Reddaway", dup="11541-04", n="near-verbatim repeat of 11541-04 (injured 29 -> 31)"),
  E("2026-03-05 15:20", "Analysis: Kharkiv moves its classrooms underground",
    ["Thursday\u2019s strike is a reminder of why Kharkiv, 30 kilometres from the Russian border, has spent the past three years moving schooling below ground.",
     "The city now runs more than a dozen underground schools and dozens of classrooms in metro stations, where about 10,000 children study in shifts.",
     "Officials say the programme will grow, because missiles fired from the Belgorod region reach the city in under a minute."],
    "other", "humanitarian", 2, THEME3, a="Tetiana Hrynko and Callum Reddaway", sec=["strikes"],
    n="theme piece (analysis): mentions the Kharkiv strike but is its own story; must not merge with it"),
  E("2026-03-05 17:05", "Prisoner swap: 300 Ukrainian defenders return home",
    ["Three hundred Ukrainian soldiers, border guards and National Guard members have returned home in an exchange of prisoners with Russia, President Volodymyr Zelensky said.",
     "The swap was mediated by the United Arab Emirates. Russia received the same number of its servicemen."],
    "diplomacy", "diplomacy", 3, POW, a="Tetiana Hrynko and Callum Reddaway"),
  ]))

# ---------------------------------------------------------------- 11542 Greyhaven Times
SEEDS.append(dict(
  id="11542", name="11542_greyhaven-htmllive", ext="html", source="Greyhaven Times", zone="Europe/Paris", render=r_greyhaven, day="day3",
  title="Ukraine war: Kharkov strike kills 11, prisoners exchanged \u2013 live", url="https://greyhaven-times.example/live/ukraine-5-march-2026",
  dateline="Thursday 5 March 2026",
  lede="Follow our live coverage of Thursday\u2019s events in the war in Ukraine.",
  basis="visible '{s}' (French-style 24-hour time) in <time datetime> (Paris time, CET = UTC+1) under the dateline 'Thursday 5 March 2026'; local {d} in {z}",
  notes="Invented outlet (France, English edition). HTML live page, newest first; JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate (page times only). Visible stamps in French style '19h30' inside <time datetime>; signature line after the body (author). Spells the city 'Kharkov' (toll 8 \u2192 11). Entry 1 (Macron's condemnation with the new toll) shares the strike's story. Entry 2 (children returned via Qatar) shares the 'mediated return' theme with the UAE prisoner exchange but is a separate event: must not merge.",
  not_entries=["header and navigation", "page title", "dateline", "standfirst (lede)", "signature lines (author credits)", "newsletter promo after the third entry", "footer"],
  entries=[
  E("2026-03-05 19:30", "Kharkov: Macron condemns \u2018barbaric\u2019 strike as toll reaches 11",
    ["French President Emmanuel Macron condemned the missile strike on Kharkov as \u2018barbaric\u2019 after local authorities raised the death toll to 11.",
     "Macron said France would deliver additional Aster missiles for Ukraine\u2019s SAMP/T air-defence systems \u2018in the coming weeks\u2019."],
    "strikes", "strikes", 3, KHA, a="\u00c9lodie Marchetti", sec=["aid"], n="spelling 'Kharkov'; toll 11; reaction whose content is the attack itself"),
  E("2026-03-05 17:45", "Children return from occupied areas in Qatar-mediated transfer",
    ["Eleven Ukrainian children taken to Russian-occupied territory have been reunited with their families in Kyiv after a transfer mediated by Qatar, Ukraine\u2019s ombudsman said."],
    "other", "humanitarian", 2, "qatar-mediated-children-return-2026-03-05", a="\u00c9lodie Marchetti", sec=["diplomacy"],
    n="same theme (mediated return), other event: must not merge with the UAE-brokered prisoner exchange"),
  E("2026-03-05 15:20", "Prisoner exchange: Zelensky says 300 soldiers freed",
    ["Volodymyr Zelensky said 300 Ukrainian prisoners of war were freed on Thursday in an exchange brokered by the United Arab Emirates, the first large swap since January.",
     "Many of those released had been held since the fall of Mariupol in 2022, he said."],
    "diplomacy", "diplomacy", 3, POW, a="Julien Ferrand"),
  E("2026-03-05 13:10", "Kharkov: rescuers search shopping centre, toll at eight",
    ["Rescue teams are searching a partly collapsed shopping centre in Kharkov after this morning\u2019s Russian missile strike, which has killed eight people, according to the regional governor.",
     "Tram services in the west of the city have been suspended."],
    "strikes", "strikes", 3, KHA, a="Julien Ferrand", n="spelling 'Kharkov'; toll 8"),
  E("2026-03-05 11:00", "Paris to host \u2018coalition of the willing\u2019 ministers next week",
    ["Defence ministers from the countries planning a reassurance force for Ukraine will meet in Paris next Wednesday, the French armed forces ministry said."],
    "diplomacy", "diplomacy", 2, "paris-coalition-defence-ministers-meeting-2026-03", a="Julien Ferrand"),
  E("2026-03-05 09:15", "Russia claims village in Dnipropetrovsk region",
    ["Russia\u2019s defence ministry claimed its troops had captured a village in the east of Ukraine\u2019s Dnipropetrovsk region. Kyiv did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-dnipropetrovsk-2026-03-05", a="Julien Ferrand"),
  ]))

# ---------------------------------------------------------------- 11543 Kilbarron News Agency
SEEDS.append(dict(
  id="11543", name="11543_kilbarron-atom", ext="xml", source="Kilbarron News Agency", zone="Europe/Vilnius", render=r_atom, day="day3",
  title="Kilbarron News Agency \u2013 Russia\u2019s war in Ukraine", url="https://kilbarron-news.example", lede="Agency copy from Vilnius",
  basis="Atom <published> '{s}' (explicit +02:00 offset = Vilnius winter time); local {d} in {z}",
  notes="Invented outlet (news agency, Lithuania). Atom, newest first, <published> with +02:00, <author><name> per entry, escaped HTML content. Kharkiv toll grows 5 \u2192 10 \u2192 11 (the UN reaction). Entry 6 (drone attack on a Belgorod-region substation, the Russian side) must not merge with the Kharkiv strike.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  E("2026-03-05 21:10", "UN human rights office condemns Kharkiv strike",
    ["The UN human rights office said it was \u2018appalled\u2019 by Thursday\u2019s missile strike on a shopping area in Kharkiv, which killed 11 civilians, and called for an investigation."],
    "strikes", "strikes", 3, KHA, a="Egle Sadauskaite", sec=["diplomacy"], n="reaction whose content is the attack itself; toll 11"),
  E("2026-03-05 16:20", "Kharkiv strike toll rises to ten",
    ["Ten people were killed and 38 injured in the Russian missile strike on Kharkiv, regional governor Oleh Syniehubov said in an update."],
    "strikes", "strikes", 3, KHA, a="Egle Sadauskaite", n="toll 10"),
  E("2026-03-05 14:00", "Lithuania to fund drone production in Ukraine",
    ["Lithuania will allocate 30 million euros this year to buy drones made in Ukraine for the Ukrainian army, the defence ministry in Vilnius said."],
    "aid", "aid", 2, "lithuania-funds-ukrainian-drones-2026-03-05", a="Mindaugas Petrauskas"),
  E("2026-03-05 12:45", "UAE-mediated exchange returns 300 soldiers to each side",
    ["Ukraine and Russia each handed over 300 prisoners of war on Thursday in an exchange mediated by the United Arab Emirates, according to statements from Kyiv and Moscow."],
    "diplomacy", "diplomacy", 3, POW, a="Mindaugas Petrauskas"),
  E("2026-03-05 10:30", "Russian missiles strike Kharkiv, five killed",
    ["Five people were killed when Russian missiles struck a shopping centre and a tram line in Kharkiv on Thursday morning, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA, a="Egle Sadauskaite", n="toll 5"),
  E("2026-03-05 08:05", "Drones hit substation in Russia\u2019s Belgorod region, governor says",
    ["A Ukrainian drone attack damaged an electricity substation in Russia\u2019s Belgorod region overnight, leaving several villages without power, governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 2, "belgorod-substation-drone-2026-03-05", a="Mindaugas Petrauskas", n="strike on the Russian side: must not merge with the Kharkiv strike"),
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
        print(f"{fn:38s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

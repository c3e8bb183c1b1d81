#!/usr/bin/env python3
"""Builds the eval/fw seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented, set in February 2030 with the war still
under way); Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/fw/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
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


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
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
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_kyivpost(S):
    """Kyiv Post 'News Feed' page, text scrape. Header date/clock line (Kyiv time, no zone printed), weather and exchange-rate
    widgets; newest first; each card: section label, Title Case headline, 'by NAME  ·  35 minutes ago', summary paragraphs."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to content", "", "KYIV POST", "Ukraine's Global Voice", "",
         f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year}, {ref:%H:%M}",
         "Kyiv  -3°C  Light snow", "USD 43.18   EUR 46.92", "", "Subscribe   Log in", "",
         "Ukraine   War in Ukraine   Politics   Business   World   Opinion   Multimedia   Exclusives   Podcasts", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = "1 minute ago" if mins == 1 else f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["tag"], e["h"], f"by {e['a']}  ·  {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support independent journalism in Ukraine.", "Become a Kyiv Post member from $5 a month and read every story without limits.",
                  "Join now", ""]
    L += ["Load more", "", "About us   Advertising   Contacts   Privacy Policy   Terms of Use",
          f"© 1995–{ref.year} Kyiv Post. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_ukrinform_rss(S):
    """Ukrinform 'last news' RSS 2.0: pubDate with the Kyiv offset (+0200), rubric category, one-paragraph description, enclosure."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.ukrinform.net/</link>',
           '<description>National news agency of Ukraine: the latest news from Ukraine and about Ukraine in the world</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.ukrinform.net/rss/block-lastnews" rel="self" type="application/rss+xml"/>',
           '<image><url>https://static.ukrinform.com/img/logo_eng.svg</url><title>Ukrinform</title><link>https://www.ukrinform.net/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.ukrinform.net/{e['rub']}/{3987410 + i * 37}-{slugify(e['h'])}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid>{url}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e["cat"])}</category>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<enclosure url="https://static.ukrinform.com/photos/{d:%Y_%m}/thumb_files/630_360_{1896400000 + i * 5113}-{410 + i}.jpg" type="image/jpeg" length="0"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_nfp(S):
    """Notes from Poland (WordPress) 'News' category archive, HTML. Yoast JSON-LD @graph (CollectionPage, BreadcrumbList, WebSite,
    Organization; no dates). Cards newest first: category, title link, 'by AUTHOR', <time datetime="...+01:00">5 February 2030</time>
    (the visible text prints the date only; the time is in the datetime attribute), excerpt."""
    z = S["zone"]; order_check(S, True)
    base = "https://notesfrompoland.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{base}/category/news/", "url": f"{base}/category/news/", "name": S["doc_title"],
         "isPartOf": {"@id": f"{base}/#website"}, "breadcrumb": {"@id": f"{base}/category/news/#breadcrumb"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "@id": f"{base}/category/news/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"}, {"@type": "ListItem", "position": 2, "name": "News"}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "Notes from Poland",
         "publisher": {"@id": f"{base}/#organization"}, "inLanguage": "en-GB"},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Notes from Poland", "url": f"{base}/",
         "sameAs": ["https://twitter.com/notesfrompoland", "https://www.facebook.com/notesfrompoland"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta name="robots" content="index, follow, max-image-preview:large">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive category category-news">',
           '<header class="site-header"><a class="site-title" href="/">Notes from Poland</a>'
           '<nav class="main-navigation"><a href="/category/news/">News</a> <a href="/category/features/">Features</a> '
           '<a href="/category/opinion/">Opinion</a> <a href="/podcast/">Podcast</a> <a href="/newsletter/">Newsletter</a> '
           '<a href="/support-us/" class="support">Support us</a></nav></header>',
           f'<main id="main"><header class="page-header"><h1 class="page-title">{esc(S["title"])}</h1></header>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        url = f"{base}/{d:%Y/%m/%d}/{slugify(e['h'])}/"
        out.append(f'<article id="post-{812340 - i * 17}" class="post type-post status-publish category-{slugify(e["cat"])}">'
                   f'<div class="cat-links"><a href="/category/{slugify(e["cat"])}/" rel="category tag">{esc(e["cat"])}</a></div>'
                   f'<h2 class="entry-title"><a href="{url}" rel="bookmark">{esc(e["h"])}</a></h2>'
                   f'<div class="entry-meta"><span class="byline">by <a class="url fn n" href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a></span> '
                   f'<time class="entry-date published" datetime="{d.isoformat()}">{st}</time></div>')
        out += [f'<div class="entry-summary"><p>{esc(p)}</p></div>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="support-box"><h3>Help us keep going</h3><p>We are a small, independent newsroom that relies on our readers. '
                       'If you value our reporting from Poland, please consider becoming a regular supporter.</p>'
                       '<a class="button" href="/support-us/">Support Notes from Poland</a></aside>')
    out += ['<nav class="navigation posts-navigation"><a href="/category/news/page/2/">Older posts</a></nav></main>',
            '<aside class="newsletter"><h3>Newsletter</h3><p>Get our weekly digest of news from Poland in your inbox.</p>'
            '<input type="email" placeholder="Your email"> <button>Subscribe</button></aside>',
            f'<footer class="site-footer"><p>© Notes from Poland {dt(S["entries"][0]["t"], z).year}</p><a href="/about/">About</a> '
            '<a href="/contact/">Contact</a> <a href="/privacy-policy/">Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_balkaninsight(S):
    """Balkan Insight (BIRN) 'News' section, text scrape. Cards newest first: country label, headline, standfirst, then
    'NAME   CITY   BIRN   February 7, 2030 13:20' (24-hour clock, no zone printed: Central European Time)."""
    z = S["zone"]; order_check(S, True)
    L = ["BIRN   Balkan Transitional Justice   Reporting Democracy   Detektor", "", "Balkan Insight",
         "Home   News   Analysis   Opinion   Features   Investigations   Podcasts   Events",
         "Albania   Bosnia   Bulgaria   Croatia   Kosovo   Moldova   Montenegro   North Macedonia   Romania   Serbia", "Search   Subscribe", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["country"], e["h"], ""] + ptxt(e["p"]) + [f"{e['a']}   {e['city']}   BIRN   {st}", ""]
        if i == 2:
            L += ["Sign up for BIRN's weekly newsletter and get our best reporting from Southeast Europe every Friday.", "Subscribe", ""]
    L += ["Load more", "", "About BIRN   Contact   Privacy Policy   Republishing Guidelines", f"© BIRN {dt(S['entries'][0]['t'], z).year}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_rferl(S):
    """RFE/RL (Pangea CMS) live blog, HTML. Page JSON-LD is a NewsArticle with Pangea-style 'YYYY-MM-DD HH:MM:SSZ' dates;
    header 'Updated February 09, 2030 19:12 GMT'; items newest first with '19:12 9.2.2030' (time, then day.month.year; GMT as in
    the header), Title Case headline, optional 'By ...' credit, body; video items carry no text."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": first.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ"), "dateModified": last.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
          "author": {"@type": "Organization", "name": "RFE/RL"},
          "publisher": {"@type": "Organization", "name": "RFE/RL", "logo": {"@type": "ImageObject", "url": "https://www.rferl.org/Content/responsive/RFE/en-US/img/logo.png"}}}
    upd = f"{MONTHS[last.month - 1]} {last.day:02d}, {last.year} {last:%H:%M} GMT"
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="RadioFreeEurope/RadioLiberty">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="hdr"><a class="logo" href="/">RFE/RL</a><nav class="menu"><a href="/Ukraine">Ukraine</a> <a href="/Russia">Russia</a> '
           '<a href="/Belarus">Belarus</a> <a href="/Moldova">Moldova</a> <a href="/CentralAsia">Central Asia</a> <a href="/Caucasus">Caucasus</a> '
           '<a href="/Balkans">Balkans</a> <a href="/Investigations">Investigations</a> <a href="/podcasts">Podcasts</a></nav>'
           '<a class="lang" href="/navigation/allsites">Languages</a> <a class="search" href="/s">Search</a></div>',
           '<div class="category"><a href="/z/30556">Russia-Ukraine War</a></div>', f'<h1 class="title pg-title">{esc(S["title"])}</h1>',
           f'<div class="published"><span class="date">Updated <time datetime="{last.isoformat()}">{upd}</time></span></div>',
           f'<div class="intro m-t-md"><p>{esc(S["lede"])}</p></div>', '<div class="lb-items">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.day}.{d.month}.{d.year}"; stamps.append(st)
        out.append(f'<div class="lb-item" id="lb-item-{7712040 - i * 3}"><div class="lb-item__date"><span>{st}</span></div>'
                   f'<h2 class="lb-item__title">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="lb-item__author">By {esc(e["a"])}</div>')
        if e["p"]:
            out.append('<div class="lb-item__content">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        else:
            out.append('<div class="lb-item__content"><div class="c-mmp" data-type="video"><span class="c-mmp__duration">2:41</span></div></div>')
        if e.get("credit"):
            out.append(f'<div class="lb-item__content"><p><em>{esc(e["credit"])}</em></p></div>')
        out.append('<div class="lb-item__share"><a>Share</a></div></div>')
        if i == 3:
            out.append('<div class="nl-box"><h3>The Week In Ukraine</h3><p>Our editors pick the most important stories of the week.</p>'
                       '<input type="email" placeholder="Enter your email"> <button>Subscribe</button></div>')
    out += ['</div>', '<div class="ftr"><a href="/p/5330.html">About Us</a> <a href="/p/5329.html">Contact Us</a> <a href="/p/5335.html">Privacy</a> '
            f'<p>Copyright (c) {last.year}. RFE/RL, Inc. All Rights Reserved.</p></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_politico(S):
    """Politico Europe 'War in Ukraine' hub, text scrape. Cards newest first: headline, standfirst, 'By NAME (and NAME)', then
    'February 11, 2030 4:03 pm CET' (12-hour clock, zone abbreviation)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to Main Content", "", "POLITICO", "Europe Edition", "Newsletters   Podcasts   Poll of Polls   Policy news   Events   Careers", "",
         S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')} {d.tzname()}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", st, ""]
        if i == 3:
            L += ["POLITICO Pro Morning Defense", "The go-to briefing for EU defense and security professionals. Request a free trial", ""]
    L += ["Load more", "", "About Us   Advertising   Privacy Policy   Terms of Service   Cookie Settings",
          f"© {dt(S['entries'][0]['t'], z).year} POLITICO"]
    return "\n".join(L) + "\n", stamps


def r_euobs(S):
    """EUobserver section front, text scrape. Cards newest first: tag, headline, standfirst, 'By NAME', 'Today, 09:22'
    (Brussels time, no zone). No date or year anywhere on the captured page (parse_args)."""
    z = S["zone"]; order_check(S, True); today = datetime.strptime(S["today"], "%Y-%m-%d").date()
    L = ["EUobserver", "Log in   Become a member", "", "Ukraine   Green Economy   Rule of Law   Migration   Foreign Affairs   Health & Society   Investigations   Opinion",
         "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); assert d.date() == today
        st = f"Today, {d:%H:%M}"; stamps.append(st)
        L += [e["tag"], e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", st, ""]
        if i == 1:
            L += ["EUobserver is an independent, non-profit newsroom. Our members make this journalism possible.", "Become a member", ""]
    L += ["More articles", "", "About   Contact   Advertise   Privacy   Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_mt_rss(S):
    """The Moscow Times RSS 2.0: pubDate with the Moscow offset (+0300), CDATA description, category, optional dc:creator, media:content."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.themoscowtimes.com/</link>',
           '<description>Latest news, business, culture and opinion from the Moscow Times</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.themoscowtimes.com/rss/news" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.themoscowtimes.com/{d:%Y/%m/%d}/{slugify(e['h'])}-a{91244 + i * 11}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e["cat"]}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:content url="https://static.themoscowtimes.com/image/article_1360/{91244 + i * 11}.jpg" medium="image" type="image/jpeg"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ngeu(S):
    """Novaya Gazeta Europe English news feed, HTML, no JSON-LD. Date separators '18 February 2030'; each item a bare 24-hour
    time (no zone printed: Riga, the newsroom's home, is assumed), headline link, short text. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — Novaya Gazeta Europe</title></head><body>',
           '<header class="top"><a class="logo" href="/">Novaya Gazeta Europe</a><nav><a href="/news">News</a> <a href="/articles">Stories</a> '
           '<a href="/opinion">Opinion</a> <a href="/investigations">Investigations</a> <a href="/podcasts">Podcasts</a></nav>'
           '<a class="lang" href="/ru">RU</a> <a class="donate" href="/donate">Support us</a></header>',
           f'<main><h1>{esc(S["title"])}</h1><div class="feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); out.append(f'<div class="feed__date">{d.day} {MONTHS[d.month - 1]} {d.year}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="feed__item"><span class="feed__time">{st}</span>'
                   f'<a class="feed__title" href="/{d:%Y/%m/%d}/{slugify(e["h"])}-en-news">{esc(e["h"])}</a>')
        out += [f'<p class="feed__text">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<aside class="donate-box"><p>We were forced out of Russia and keep reporting from abroad. '
                       'Our work depends on readers like you.</p><a href="/donate">Donate</a></aside>')
    out += ['</div><a class="more" href="/news?page=2">Show more</a></main>',
            f'<footer>© {dt(S["entries"][0]["t"], z).year} Novaya Gazeta Europe · <a href="/about">About</a> · <a href="/privacy">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_euractiv(S):
    """Euractiv 'The Capitals' round-up, HTML article with NewsArticle JSON-LD. One date/time under the title (no zone printed:
    Brussels time). Sections: CITY label (h2), bold headline (h3), paragraphs, '(NAME | Euractiv.xx)' credit. No per-section time."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(),
          "author": [{"@type": "Organization", "name": "Euractiv Network"}],
          "publisher": {"@type": "Organization", "name": "Euractiv", "logo": {"@type": "ImageObject", "url": "https://www.euractiv.com/logo.svg"}},
          "articleSection": "Politics", "inLanguage": "en"}
    stampline = f"{SHORT_MONTHS[pub.month - 1]} {pub.day}, {pub.year} {pub:%H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – Euractiv</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="ea-header"><a class="ea-logo" href="/">Euractiv</a><nav><a href="/sections/agrifood/">Agrifood</a> '
           '<a href="/sections/defence/">Defence</a> <a href="/sections/economy/">Economy</a> <a href="/sections/energy-environment/">Energy &amp; Environment</a> '
           '<a href="/sections/global-europe/">Global Europe</a> <a href="/sections/health/">Health</a> <a href="/sections/politics/">Politics</a> '
           '<a href="/sections/tech/">Tech</a></nav><a class="ea-pro" href="/pro/">Euractiv PRO</a> <a href="/subscribe/">Subscribe</a></header>',
           '<article class="ea-article"><div class="ea-category"><a href="/sections/politics/">Politics</a></div>',
           f'<h1 class="ea-title">{esc(S["title"])}</h1>', f'<div class="ea-byline">By {esc(S["byline"])} | Euractiv</div>',
           f'<div class="ea-date">{stampline}</div>', f'<div class="ea-readtime">{S["readtime"]} min. read</div>',
           f'<div class="ea-body"><p><em>{esc(S["lede"])}</em></p>', f'<p>{esc(S["sponsor"])}</p>', '<p><strong>In today\u2019s news from the Capitals:</strong></p>']
    for e in S["entries"]:
        out += [f'<h2>{esc(e["city"])}</h2>', f'<h3><strong>{esc(e["h"])}</strong></h3>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p>({esc(e["a"])} | {esc(e["partner"])})</p>')
    out += ['<p>[Edited by ' + esc(S["editor"]) + ']</p>', f'<p><strong>Read more with Euractiv</strong></p><p><a href="/section/politics/news/">{esc(S["more"])}</a></p></div>',
            '<aside class="ea-newsletter"><h3>Subscribe to The Capitals</h3><p>The latest from across Europe\u2019s capitals, every weekday morning.</p>'
            '<input type="email" placeholder="Email"> <button>Subscribe</button></aside></article>',
            f'<footer class="ea-footer">© {pub.year} Euractiv Media BV · <a href="/about-euractiv/">About</a> · <a href="/privacy-policy/">Privacy</a> · '
            '<a href="/cookie-policy/">Cookies</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 18000 Kyiv Post
SEEDS.append(dict(
  id="18000", name="18000_kyivpost-newsfeed", ext="txt", source="Kyiv Post", zone="Europe/Kyiv", render=r_kyivpost,
  title="News Feed", ref="2030-02-01 18:10",
  basis="relative stamp '{s}' counted back from the page's header clock 'Friday, February 1, 2030, 18:10' (Kyiv time, no zone printed; EET = UTC+2); local {d} in {z}",
  notes="Imitates the Kyiv Post 'News Feed' page as copied from a browser. Header: date and clock line 'Friday, February 1, 2030, 18:10' (no zone printed; Kyiv time assumed), weather and exchange-rate widgets. Cards newest first: section label, Title Case headline, 'by NAME  ·  25 minutes ago' (relative time), summary paragraphs. Every stamp is resolved back from the header clock; the page floors relative times, so these are as precise as the page allows. One off-beat card (football transfer). A membership box sits after the third card.",
  not_entries=["'Skip to content'", "masthead 'KYIV POST' and tagline", "header date/clock line (capture time, the anchor for relative stamps)",
               "weather widget 'Kyiv  -3°C  Light snow'", "exchange-rate widget", "'Subscribe   Log in'", "navigation menu",
               "page heading 'News Feed'", "section labels above each headline (Ukraine Politics, War in Ukraine, World, Sport)",
               "membership box after the third card ('Support independent journalism in Ukraine.' ... 'Join now')", "'Load more'", "footer links and copyright"],
  entries=[
  E("2030-02-01 17:45", "Zelensky Signs Law Raising Pay for Troops in Assault Units",
    ["President Volodymyr Zelensky on Friday signed a law that raises monthly pay for soldiers serving in assault brigades and front-line drone units to at least UAH 150,000.",
     "The bill cleared parliament last week with 298 votes. The Finance Ministry puts the cost at about UAH 46 billion this year, to be covered partly by Western budget support."],
    "other", "politics", 2, "ukraine-assault-troops-pay-law-2030-02-01", a="Taras Levchuk", tag="Ukraine Politics"),
  E("2030-02-01 16:10", "Russian Drone Strikes Minibus in Kherson, Killing Two Passengers",
    ["A Russian FPV drone hit a minibus in Kherson's Dniprovskyi district on Friday afternoon, killing two passengers and wounding five, the regional military administration said.",
     "Kherson's riverside neighborhoods are hit by short-range drones almost daily, and the city has stretched anti-drone netting over several main streets."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike-2030-02-01", a="Olena Bondar", tag="War in Ukraine"),
  E("2030-02-01 15:10", "Estonia Commits €120 Million in Military Aid for 2030, Focusing on Shells",
    ["Estonia's government approved a military assistance plan for Ukraine worth €120 million for this year, most of it earmarked for artillery ammunition bought jointly with Latvia, Defense Minister Hanno Pevkur said.",
     "The sum equals roughly a quarter of one percent of Estonia's GDP, the benchmark Tallinn has been urging other allies to match."],
    "aid", "aid", 2, "estonia-military-aid-plan-2030-02-01", a="Iryna Voloshyna", tag="World"),
  E("2030-02-01 13:10", "Ukrainian Troops Retake Positions Near Kupiansk, General Staff Says",
    ["Ukrainian units pushed Russian forces out of several positions east of the Oskil River near Kupiansk after two days of fighting, Ukraine's General Staff said in its afternoon update.",
     "Russia's Defense Ministry did not comment on the claim, which Kyiv Post could not independently verify."],
    "other", "frontline", 2, "kupiansk-positions-retaken-2030-02-01", a="Dmytro Savchyn", tag="War in Ukraine"),
  E("2030-02-01 12:10", "Former Deputy Defense Minister Charged Over Body Armor Contracts",
    ["Ukraine's National Anti-Corruption Bureau has charged a former deputy defense minister with abuse of office over body armor contracts that were delivered late and failed quality tests.",
     "Investigators say the deals cost the state about UAH 310 million. The suspect's lawyer said his client denies any wrongdoing."],
    "other", "politics", 2, "body-armor-contracts-charges-2030-02-01", a="Taras Levchuk", tag="Ukraine Politics"),
  E("2030-02-01 10:10", "Ukraine Downs 54 of 71 Russian Drones Launched Overnight",
    ["Russia attacked Ukraine overnight with 71 Shahed-type and decoy drones, of which 54 were shot down or jammed, the Air Force said on Friday morning.",
     "Falling debris damaged a warehouse in Kyiv Oblast and power lines in Chernihiv Oblast. No casualties were reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-02-01", a="Olena Bondar", tag="War in Ukraine"),
  OFF("2030-02-01 08:10", "Dynamo Kyiv Signs Brazilian Winger on Three-Year Deal",
    ["Dynamo Kyiv has signed the Brazilian winger Caio Ferreira from Fluminense on a three-year contract, the club announced on Friday.",
     "The club did not disclose the fee, which Brazilian media put at around €6 million."],
    "dynamo-kyiv-winger-signing-2030-02-01", a="Andrii Kostenko", n="football transfer", tag="Sport"),
  ]))

# ---------------------------------------------------------------- 18001 Ukrinform (RSS)
SEEDS.append(dict(
  id="18001", name="18001_ukrinform-lastnews", ext="xml", source="Ukrinform", zone="Europe/Kyiv", render=r_ukrinform_rss,
  title="Ukrinform - Latest news",
  basis="RSS pubDate '{s}' (explicit +0200 offset); local {d} in {z}",
  notes="Imitates Ukrinform's 'last news' RSS 2.0 feed. Newest first; each item: title, link under a rubric path (rubric-ato, rubric-polytics, rubric-sports, rubric-society), guid, pubDate with +0200, category, a one-paragraph plain-text description, image enclosure. No authors. One off-beat item (biathlon).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link and image block", "enclosure images", "category labels"],
  entries=[
  E("2030-02-03 21:40", "Russian artillery strike on Nikopol kills woman, damages school",
    ["Russian troops shelled Nikopol in Dnipropetrovsk region with heavy artillery on Sunday evening, killing a 64-year-old woman and damaging a school and six houses, regional governor Serhii Lysak reported. Two men were taken to hospital with shrapnel wounds."],
    "strikes", "strikes", 3, "nikopol-artillery-strike-2030-02-03", rub="rubric-ato", cat="War"),
  E("2030-02-03 19:15", "Sybiha discusses Black Sea shipping security with Turkish counterpart",
    ["Foreign Minister Andrii Sybiha held a phone call with Turkish Foreign Minister Hakan Fidan to discuss the safety of merchant shipping in the Black Sea and preparations for another round of humanitarian talks in Istanbul. The ministers also agreed to meet in person later this month."],
    "diplomacy", "diplomacy", 2, "sybiha-fidan-call-2030-02-03", rub="rubric-polytics", cat="Politics"),
  OFF("2030-02-03 16:30", "Ukrainian biathlete Oksana Pylypchuk takes silver in World Cup sprint",
    ["Ukraine's Oksana Pylypchuk finished second in the women's 7.5 km sprint at the Biathlon World Cup stage in Pokljuka, Slovenia, missing just one target. It is her first individual World Cup podium."],
    "biathlon-world-cup-silver-2030-02-03", n="sport", rub="rubric-sports", cat="Sports"),
  E("2030-02-03 14:05", "Russia loses 1,020 troops and 38 artillery systems in past day - General Staff",
    ["Russian losses in Ukraine over the past 24 hours amounted to 1,020 personnel, 38 artillery systems, 11 armored combat vehicles and 97 operational-tactical drones, the General Staff of the Armed Forces of Ukraine reported. The heaviest fighting was in the Pokrovsk and Kostiantynivka directions."],
    "other", "frontline", 2, "general-staff-russian-losses-2030-02-03", rub="rubric-ato", cat="War"),
  E("2030-02-03 11:20", "Netherlands to fund 200 interceptor drones for Ukrainian air defense",
    ["The Netherlands will allocate EUR 38 million to buy 200 Ukrainian-made interceptor drones designed to hunt Shahed-type attack drones, the Dutch Defense Ministry said on Sunday. Deliveries are to begin in March."],
    "aid", "aid", 2, "netherlands-interceptor-drones-2030-02-03", rub="rubric-ato", cat="War"),
  E("2030-02-03 09:41", "Air defense destroys 36 of 44 drones launched by Russia overnight",
    ["Ukrainian air defense forces shot down or suppressed 36 of the 44 attack drones launched by Russia overnight from Kursk, Oryol and Primorsko-Akhtarsk, the Air Force said on Telegram. Hits were recorded at three locations in Sumy and Poltava regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-02-03", rub="rubric-ato", cat="War"),
  E("2030-02-03 07:50", "Ombudsman: Russia took 46 children from occupied Zaporizhzhia region to camps in Crimea",
    ["Russian occupation authorities have taken 46 children from the occupied part of Zaporizhzhia region to so-called recreation camps in Crimea since January, Ukraine's Parliament Commissioner for Human Rights Dmytro Lubinets said. He called on the International Committee of the Red Cross to seek access to the camps."],
    "other", "humanitarian", 2, "zaporizhzhia-children-camps-crimea-2030-02-03", rub="rubric-society", cat="Society"),
  ]))

# ---------------------------------------------------------------- 18002 Notes from Poland (HTML archive)
SEEDS.append(dict(
  id="18002", name="18002_notesfrompoland-news", ext="html", source="Notes from Poland", zone="Europe/Warsaw", render=r_nfp,
  title="News", doc_title="News Archives - Notes from Poland",
  basis="visible date '{s}' with the time taken from the card's <time datetime> attribute (+01:00, Warsaw); local {d} in {z}",
  notes="Imitates the WordPress category archive 'News' of Notes from Poland. Yoast JSON-LD graph (CollectionPage, BreadcrumbList, WebSite, Organization) carries no dates. page_title is the archive heading 'News' (the <title> is 'News Archives - Notes from Poland'). Cards newest first: category link, h2 title, 'by AUTHOR', <time class=\"entry-date published\" datetime=\"2030-02-05T19:48:00+01:00\">5 February 2030</time>, one excerpt paragraph. The visible stamp is the date only; the time of day exists only in the datetime attribute, which the gold uses. A support box follows the third card. One off-beat card (court case on a newspaper takeover).",
  not_entries=["<title> 'News Archives - Notes from Poland'", "header: site title and navigation (News, Features, Opinion, Podcast, Newsletter, Support us)", "archive heading 'News' (page title)",
               "category links above each title (Security, Politics, Ukraine, Economy, Law)", "support box after the third card",
               "'Older posts' pagination", "newsletter sign-up box", "footer (copyright, About, Contact, Privacy policy)"],
  entries=[
  E("2030-02-05 19:48", "Three men charged with planning arson attacks on behalf of Russian intelligence",
    ["Prosecutors in Kraków have charged three men, two Polish citizens and a Belarusian, with preparing arson attacks on a warehouse storing aid for Ukraine on the orders of Russian intelligence. If convicted, they face up to ten years in prison."],
    "other", "security", 2, "krakow-arson-plot-charges-2030-02-05", a="Marta Wielgosz", cat="Security"),
  E("2030-02-05 17:05", "Poland to send 2,000 more soldiers to Belarus border as crossing attempts rise",
    ["The defence ministry will deploy an additional 2,000 troops to the border with Belarus after the Border Guard recorded more than 1,400 attempted illegal crossings in January, the highest monthly figure in two years. Warsaw accuses Minsk and Moscow of steering the flows."],
    "other", "security", 2, "belarus-border-troops-2030-02-05", a="Jakub Lenart", cat="Politics"),
  E("2030-02-05 14:32", "EU-funded hub for repairing Ukrainian armoured vehicles to open near Rzeszów",
    ["A repair centre for Ukrainian tanks and infantry fighting vehicles, financed from the European Peace Facility, will open near Rzeszów in the spring, a deputy defence minister announced. It is expected to send up to 60 vehicles a month back to the front."],
    "aid", "aid", 2, "rzeszow-vehicle-repair-hub-2030-02-05", a="Marta Wielgosz", cat="Ukraine"),
  E("2030-02-05 12:10", "Farmers block Dorohusk crossing in protest against Ukrainian grain imports",
    ["Several hundred farmers blocked the road to the Dorohusk border crossing on Tuesday morning, saying that imports of Ukrainian wheat and maize under the EU trade deal are pushing down prices. Lorry queues on the Polish side stretched for more than 20 kilometres by midday."],
    "other", "politics", 2, "dorohusk-farmers-blockade-2030-02-05", a="Anna Czerwińska", cat="Economy"),
  OFF("2030-02-05 10:26", "Supreme Court orders retrial in dispute over regional newspaper takeover",
    ["Poland's Supreme Court has overturned a lower court's ruling on the takeover of a group of regional newspapers by a state-controlled fuel company and sent the case back for retrial. Media freedom groups welcomed the decision."],
    "regional-newspaper-takeover-retrial-2030-02-05", a="Anna Czerwińska", n="Polish media law case", cat="Law"),
  E("2030-02-05 08:40", "Drone debris found in Lublin province after Russian attack on western Ukraine",
    ["Fragments of what appears to be a Russian attack drone were found in a field near Hrubieszów, close to the Ukrainian border, hours after Russia struck targets in Volhynia overnight. The Operational Command said Polish and allied aircraft had been scrambled during the attack but no object was tracked in Polish airspace."],
    "strikes", "strikes", 2, "hrubieszow-drone-debris-2030-02-05", a="Jakub Lenart", cat="Security"),
  ]))

# ---------------------------------------------------------------- 18003 Balkan Insight (text listing)
SEEDS.append(dict(
  id="18003", name="18003_balkaninsight-news", ext="txt", source="Balkan Insight", zone="Europe/Belgrade", render=r_balkaninsight,
  title="News",
  basis="stamp '{s}' (24-hour clock, no zone printed; BIRN's Belgrade/Sarajevo newsrooms keep Central European Time, CET = UTC+1); local {d} in {z}",
  notes="Imitates the Balkan Insight (BIRN) 'News' section as copied from a browser. Cards newest first: country label, headline, standfirst paragraph(s), then one line 'NAME   CITY   BIRN   February 7, 2030 13:20' (author, city, BIRN, date and 24-hour time; the stamp comes after the body). No zone printed: Central European Time assumed. Two off-beat cards (Kosovo budget, Croatian tourism); the other five touch the war (arms, sanctions, Russian ties).",
  not_entries=["BIRN network bar (Balkan Transitional Justice, Reporting Democracy, Detektor)", "masthead 'Balkan Insight'", "main menu and country menu",
               "'Search   Subscribe'", "section heading 'News'", "country labels above each headline", "city and 'BIRN' in each byline line",
               "newsletter box after the third card", "'Load more'", "footer links and copyright"],
  entries=[
  E("2030-02-07 17:40", "Serbia Denies its Ammunition Reached Ukraine Through Czech Traders",
    ["Serbia's defence ministry on Thursday denied a media report that Serbian-made artillery shells had been shipped to Ukraine through two Czech arms dealers, insisting that all exports respect end-user rules.",
     "The report, published by an investigative outlet in Prague, cited shipping documents for some 40,000 rounds. Moscow has repeatedly asked Belgrade to explain how Serbian ammunition ends up on the Ukrainian front."],
    "aid", "aid", 2, "serbian-ammunition-ukraine-report-2030-02-07", a="Milica Stanković", sec=["diplomacy"], country="Serbia", city="Belgrade"),
  E("2030-02-07 15:55", "Bosnian Serb Leader Seeks Gas Deal on Moscow Visit",
    ["The president of Bosnia's Serb-dominated entity, Republika Srpska, met Russian President Vladimir Putin in Moscow on Thursday and asked for a long-term gas supply contract on preferential terms.",
     "Bosnia's state presidency said it had not been told about the visit. EU officials in Sarajevo warned that closer ties with Moscow could not be squared with the country's membership bid."],
    "diplomacy", "diplomacy", 2, "republika-srpska-leader-putin-meeting-2030-02-07", a="Emir Hadžić", country="Bosnia", city="Banja Luka"),
  E("2030-02-07 13:20", "Moldova Expels Russian Diplomat Over Recruitment in Transnistria",
    ["Moldova has declared a Russian embassy attaché persona non grata, accusing him of helping to recruit young men from the breakaway Transnistria region to fight for Russia in Ukraine.",
     "Russia's foreign ministry called the decision unfriendly and promised a response."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2030-02-07", a="Ana Ciobanu", country="Moldova", city="Chisinau"),
  OFF("2030-02-07 11:45", "Kosovo Opposition Walks Out of Assembly Over Budget Vote",
    ["Opposition MPs left the Kosovo Assembly on Thursday before a vote on the 2030 budget, accusing the government of cutting funds for municipalities in the north without consultation."],
    "kosovo-assembly-budget-walkout-2030-02-07", a="Besnik Krasniqi", n="Kosovo domestic politics", country="Kosovo", city="Pristina"),
  E("2030-02-07 10:05", "Bulgaria Opens New Plant to Make 155mm Shells for Ukraine and NATO",
    ["A new factory producing 155mm artillery shells opened near Kazanlak on Thursday, with its first year of output already contracted to Ukraine and NATO allies through a European Union procurement scheme.",
     "The plant, a joint venture between a Bulgarian state-owned company and a German group, is expected to turn out up to 150,000 shells a year."],
    "aid", "aid", 2, "bulgaria-shell-plant-kazanlak-2030-02-07", a="Svetla Dimitrova", country="Bulgaria", city="Sofia"),
  OFF("2030-02-07 08:30", "Croatia Reports Record January for Tourist Arrivals",
    ["Croatia recorded 412,000 tourist arrivals in January, a record for the month, driven by winter city breaks and new direct flights from the Gulf, the tourism ministry said."],
    "croatia-january-tourism-record-2030-02-07", a="Ivana Perić", n="tourism statistics", country="Croatia", city="Zagreb"),
  E("2030-02-07 07:15", "Montenegro Freezes Assets of Two Russian Businessmen Under EU Sanctions",
    ["Montenegro's government has frozen two villas and a yacht on the Adriatic coast belonging to Russian businessmen placed under EU sanctions, aligning itself with the bloc's latest package.",
     "The owners can appeal the decision before the Administrative Court within 30 days."],
    "diplomacy", "diplomacy", 2, "montenegro-russian-assets-freeze-2030-02-07", a="Marko Vujović", country="Montenegro", city="Podgorica"),
  ]))

# ---------------------------------------------------------------- 18004 RFE/RL (HTML live blog)
SEEDS.append(dict(
  id="18004", name="18004_rferl-liveblog", ext="html", source="Radio Free Europe/Radio Liberty", zone="UTC", render=r_rferl,
  title="Live Blog: Russia's War In Ukraine", start="2030-02-09 05:30",
  url="https://www.rferl.org/a/ukraine-russia-war-live-blog-february-9/33712345.html",
  lede="Follow our coverage of Russia's full-scale invasion of Ukraine as the war nears the end of its eighth year.",
  basis="item stamp '{s}' (time then day.month.year); the page header prints GMT ('Updated February 09, 2030 19:12 GMT', equal to the newest item), so item times are GMT = UTC; local {d} in {z}",
  notes="Imitates an RFE/RL (Pangea CMS) live blog. JSON-LD: a page-level NewsArticle with Pangea-style dates ('2030-02-09 05:30:00Z'), no per-item data. Header 'Updated February 09, 2030 19:12 GMT'. Items newest first: '19:12 9.2.2030' (time, then day.month.year without zero padding), Title Case h2 headline, optional 'By ...' credit line (desk names such as 'RFE/RL's Ukrainian Service' or 'Current Time' are kept as the author), body paragraphs, optional italic sourcing line ('With reporting by Reuters', not a body paragraph and not an author). Item 3 is a 'Watch:' video with no text (teaser). RFE/RL spells 'Zelenskiy' and 'Synyehubov'.",
  not_entries=["site header, language and search links, navigation menu", "category link 'Russia-Ukraine War'", "page title (h1)",
               "'Updated February 09, 2030 19:12 GMT' line", "intro paragraph (page lede)", "video player placeholder with duration '2:41' in the teaser item",
               "italic sourcing line 'With reporting by Reuters' (credit, not body)", "'Share' links under each item",
               "newsletter box 'The Week In Ukraine' after the fourth item", "footer links and copyright"],
  entries=[
  E("2030-02-09 19:12", "Zelenskiy Says Kyiv Will Send Delegation To Istanbul For Prisoner-Swap Talks",
    ["Ukrainian President Volodymyr Zelenskiy said on February 9 that a Ukrainian delegation will travel to Istanbul next week for talks on a new prisoner exchange and the return of deported children.",
     "Turkey has hosted several rounds of humanitarian talks between the two sides. The Kremlin has not confirmed that it will send a delegation."],
    "diplomacy", "diplomacy", 3, "istanbul-prisoner-swap-talks-2030-02-09", a="RFE/RL's Ukrainian Service"),
  E("2030-02-09 17:40", "Russian Glide Bombs Kill Three In Kharkiv Region Village",
    ["Three people were killed and four wounded when Russian aircraft dropped guided bombs on the village of Vilkhuvatka in Ukraine's Kharkiv region, regional Governor Oleh Synyehubov said.",
     "Among the dead was a 15-year-old boy, Synyehubov said. Two houses and a shop were destroyed."],
    "strikes", "strikes", 3, "vilkhuvatka-glide-bomb-strike-2030-02-09", a="RFE/RL's Ukrainian Service"),
  E("2030-02-09 15:05", "Watch: Ukrainian Drone Crews Work Under Fire Near Toretsk", [],
    "other", "frontline", 1, "drone-crews-toretsk-video-2030-02-09", a="Current Time", n="video teaser with no text body"),
  E("2030-02-09 13:30", "Russian Court Jails Siberian Teacher For Seven Years Over Antiwar Posts",
    ["A court in the Siberian city of Tomsk sentenced a 52-year-old schoolteacher to seven years in prison for social-media posts criticizing Russia's invasion of Ukraine.",
     "Prosecutors said the posts discredited the armed forces. The teacher pleaded not guilty and her lawyer said she would appeal."],
    "other", "politics", 2, "tomsk-teacher-antiwar-sentence-2030-02-09", a="RFE/RL's Russian Service"),
  E("2030-02-09 11:15", "Belarus Launches Snap Combat-Readiness Check Near Ukrainian Border",
    ["Belarus's Defense Ministry said on February 9 that it had begun an unannounced combat-readiness check of units stationed in the Brest and Homel regions, which border Ukraine.",
     "Ukraine's border guard service said it saw no sign of forces massing but had stepped up patrols along the frontier."],
    "other", "security", 2, "belarus-snap-readiness-check-2030-02-09", a="RFE/RL's Belarus Service"),
  E("2030-02-09 09:00", "Ukrainian Drones Hit Oil Depot In Russia's Bryansk Region",
    ["Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, setting fire to at least two fuel tanks, according to videos posted on Russian Telegram channels and a source in Ukraine's SBU security service.",
     "Bryansk Governor Aleksandr Bogomaz said the fire had been contained and that nobody was hurt."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2030-02-09", credit="With reporting by Reuters"),
  E("2030-02-09 07:20", "Russia Launched 140 Drones And 12 Missiles Overnight, Ukraine's Air Force Says",
    ["Russia attacked Ukraine overnight with 140 drones and 12 cruise and ballistic missiles, Ukraine's air force said, adding that 118 drones and nine missiles had been shot down.",
     "The attack damaged energy facilities in the Lviv and Ivano-Frankivsk regions, forcing emergency power cuts across western Ukraine."],
    "strikes", "strikes", 3, "overnight-combined-attack-2030-02-09", a="RFE/RL's Ukrainian Service"),
  ]))

# ---------------------------------------------------------------- 18005 Politico Europe (text hub listing)
SEEDS.append(dict(
  id="18005", name="18005_politicoeu-ukrainehub", ext="txt", source="Politico Europe", zone="Europe/Brussels", render=r_politico,
  title="War in Ukraine", lede="The latest news and analysis on Russia's war against Ukraine and how Europe is responding.",
  basis="stamp '{s}' (12-hour clock with zone abbreviation CET = UTC+1, Brussels); local {d} in {z}",
  notes="Imitates the POLITICO Europe 'War in Ukraine' hub as copied from a browser. Cards newest first: headline, standfirst paragraph(s), 'By NAME' (two names joined by 'and' are kept as one author string), then 'February 11, 2030 4:03 pm CET'. The newest card is stamped 'February 12, 2030 12:40 am CET', which is 23:40 UTC on 11 February, so the whole page is one UTC day. A POLITICO Pro promo sits after the fourth card. One off-beat card (car tariffs).",
  not_entries=["'Skip to Main Content'", "masthead 'POLITICO' and 'Europe Edition'", "top menu (Newsletters, Podcasts, Poll of Polls, ...)",
               "hub title 'War in Ukraine' and its one-line description", "POLITICO Pro Morning Defense promo after the fourth card", "'Load more'",
               "footer links and copyright"],
  entries=[
  E("2030-02-12 00:40", "EU capitals split over tapping frozen Russian assets for Ukraine's 2031 budget",
    ["EU ambassadors failed to agree late Monday on whether to use more of the immobilized Russian central bank assets to cover Ukraine's budget gap next year, with Belgium and Luxembourg warning of legal risks.",
     "Diplomats said the question will now go to foreign ministers, who meet in Brussels next week."],
    "aid", "aid", 2, "frozen-russian-assets-ukraine-budget-2030-02-11", a="Clara Hollweg", sec=["diplomacy"]),
  E("2030-02-11 21:15", "Hungary blocks EU statement on opening next Ukraine accession cluster",
    ["Hungary on Monday vetoed a joint statement that would have welcomed the opening of the second negotiating cluster in Ukraine's EU accession talks, according to three diplomats.",
     "Budapest says Kyiv must first change its law on national minorities."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-accession-statement-2030-02-11", a="Matthias Brenner"),
  E("2030-02-11 18:02", "NATO defense ministers to weigh rotating air defense systems through Ukraine",
    ["NATO defense ministers will discuss a plan to rotate Patriot and SAMP/T batteries through Ukraine for six-month deployments when they meet in Brussels on Thursday, two officials said.",
     "The proposal would let countries lend systems to Kyiv without giving them up for good."],
    "aid", "aid", 2, "nato-air-defense-rotation-plan-2030-02-11", a="Nina Albrecht and Tomás Varela", sec=["diplomacy"]),
  E("2030-02-11 15:30", "Commission pays out €6B loan tranche to Ukraine",
    ["The European Commission on Monday paid out a €6 billion tranche from its long-term loan facility for Ukraine, money Kyiv will use to pay pensions and public-sector wages through the spring.",
     "The payment had been held up for two weeks while the Commission checked Ukraine's progress on customs reform."],
    "aid", "aid", 3, "eu-ukraine-loan-tranche-2030-02-11", a="Clara Hollweg"),
  E("2030-02-11 12:48", "Finland detains shadow-fleet tanker suspected of cutting Baltic cable",
    ["Finnish authorities on Monday boarded and detained an oil tanker sailing under the flag of Gabon after a power cable between Finland and Estonia was damaged overnight.",
     "The ship is on the EU's list of vessels in Russia's shadow fleet, which Moscow uses to get around oil sanctions."],
    "other", "security", 2, "finland-shadow-fleet-tanker-detained-2030-02-11", a="Oskari Lehtinen", sec=["diplomacy"]),
  OFF("2030-02-11 10:05", "Carmakers warn of job losses as EU-US tariff deal stalls",
    ["Europe's car industry warned on Monday that thousands of jobs are at risk if the EU and the United States fail to finalize their tariff agreement before April."],
    "eu-us-car-tariff-warning-2030-02-11", a="Matthias Brenner", n="trade"),
  E("2030-02-11 08:20", "Russian strike on Odesa port kills two dockworkers",
    ["A Russian ballistic missile hit a grain terminal in the port of Odesa early Monday, killing two dockworkers and damaging a Panama-flagged bulk carrier, Ukraine's infrastructure ministry said.",
     "It was the third attack on Odesa's ports this month."],
    "strikes", "strikes", 3, "odesa-port-missile-strike-2030-02-11", a="Nina Albrecht"),
  ]))

# ---------------------------------------------------------------- 18006 EUobserver (text section front, no year)
SEEDS.append(dict(
  id="18006", name="18006_euobserver-latest", ext="txt", source="EUobserver", zone="Europe/Brussels", render=r_euobs,
  title="Latest news", today="2030-02-13", parse_args=["--date", "2030-02-13"],
  basis="stamp '{s}' (Brussels time, no zone printed); 'Today' = 2030-02-13, the day given by parse_args (the page prints no date or year); local {d} in {z}",
  notes="Imitates the EUobserver front/section page as copied from a browser. Cards newest first: tag, headline, standfirst paragraph(s), 'By NAME', then 'Today, 09:22'. The capture prints no date and no year anywhere, so the gold gives parse_args --date 2030-02-13 (the day the capture was made); times are Brussels time (CET), no zone printed. A membership box follows the second card. Two off-beat cards (Mediterranean crossings, gas-deal lawsuit). One opinion column (kept as an entry, importance 2).",
  not_entries=["masthead 'EUobserver' and 'Log in   Become a member'", "section menu", "heading 'Latest news'", "tag labels above each headline",
               "membership box after the second card", "'More articles'", "footer links"],
  entries=[
  E("2030-02-13 18:45", "MEPs demand answers over delayed shell deliveries to Ukraine",
    ["Members of the European Parliament's security and defence committee have asked the Commission to explain why fewer than half of the artillery shells promised to Ukraine under last year's joint procurement have arrived.",
     "Officials blamed bottlenecks in the supply of explosives and said deliveries would speed up after the summer."],
    "aid", "aid", 2, "eu-shell-delivery-delays-meps-2030-02-13", a="Elena Marchetti", tag="Ukraine"),
  E("2030-02-13 16:20", "Second cluster of Ukraine accession talks pushed back to March",
    ["The opening of the second negotiating cluster in Ukraine's EU accession talks has been pushed back to March after Hungary refused to back it at a meeting of ambassadors this week, the EU's rotating presidency said."],
    "diplomacy", "diplomacy", 2, "ukraine-accession-cluster-postponed-2030-02-13", a="Pieter Vos", tag="Foreign Affairs"),
  E("2030-02-13 14:05", "Member states split over extending protection for Ukrainian refugees",
    ["Interior ministers disagreed on Wednesday over whether to extend temporary protection for some 4.1 million Ukrainian refugees beyond March of next year, with several eastern states pushing for a gradual phase-out.",
     "The Commission will table a proposal in April."],
    "other", "humanitarian", 2, "ukrainian-refugees-temporary-protection-2030-02-13", a="Sofia Lindqvist", tag="Migration"),
  E("2030-02-13 11:30", "Europe keeps treating Russian sabotage as a nuisance. It is a campaign",
    ["Cut cables, burning warehouses and jammed airports are not random incidents but parts of a deliberate Russian campaign, and EU governments should answer them together rather than case by case.",
     "The author is a former Finnish intelligence officer and a senior fellow at a Helsinki think tank."],
    "other", "security", 2, "opinion-russian-sabotage-campaign-2030-02-13", a="Henrik Aalto", tag="Opinion", n="opinion column"),
  OFF("2030-02-13 09:40", "Frontex reports sharp fall in central Mediterranean crossings",
    ["Irregular crossings on the central Mediterranean route fell by 38 percent in January compared with a year earlier, the EU border agency Frontex said."],
    "frontex-mediterranean-crossings-2030-02-13", a="Sofia Lindqvist", n="migration figures", tag="Migration"),
  E("2030-02-13 08:15", "EU blacklists 14 officials over deportation of Ukrainian children",
    ["The EU has imposed asset freezes and travel bans on 14 Russian officials it holds responsible for the forced transfer of Ukrainian children to Russia and Belarus."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-child-deportations-2030-02-13", a="Pieter Vos", tag="Ukraine"),
  OFF("2030-02-13 07:05", "Environmental groups take Commission to court over gas supply deal",
    ["Four environmental organisations have filed a case at the EU General Court challenging the Commission's long-term gas purchase agreement with Qatar, arguing that it breaks the bloc's climate law."],
    "gas-deal-court-challenge-2030-02-13", a="Elena Marchetti", n="climate litigation", tag="Green Economy"),
  ]))

# ---------------------------------------------------------------- 18007 The Moscow Times (RSS)
SEEDS.append(dict(
  id="18007", name="18007_moscowtimes-news", ext="xml", source="The Moscow Times", zone="Europe/Moscow", render=r_mt_rss,
  title="The Moscow Times - Independent News From Russia",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Moscow time); local {d} in {z}",
  notes="Imitates The Moscow Times news RSS 2.0 feed. Newest first; title, link ending in an '-a91244'-style id, guid, pubDate with +0300, category, optional dc:creator, CDATA description with <p> paragraphs, media:content image. The newest item is dated 'Sat, 16 Feb 2030 01:30:00 +0300', which is 22:30 UTC on Friday 15 February: the whole feed is one UTC day although its local dates span two days. One off-beat item (Moscow snowfall) and one more (Aeroflot route).",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels", "media:content images"],
  entries=[
  E("2030-02-16 01:30", "Ukrainian Drones Target Refinery in Russia's Samara Region, Governor Says",
    ["Ukrainian drones attacked an oil refinery in the Samara region overnight, causing a fire at a primary processing unit, regional Governor Vyacheslav Fedorishchev said early Saturday.",
     "He said there were no casualties. The Defense Ministry claimed that 37 drones had been downed over six regions."],
    "strikes", "strikes", 2, "samara-refinery-drone-attack-2030-02-16", cat="News"),
  E("2030-02-15 21:10", "Court Sentences Yekaterinburg Journalist to Six Years Over Army 'Fakes'",
    ["A court in Yekaterinburg on Friday sentenced local journalist Denis Zharkov to six years in prison for spreading 'fakes' about the Russian army in a series of posts about mobilized soldiers.",
     "Zharkov, who has been held in pretrial detention since last spring, denied the charges."],
    "other", "politics", 2, "yekaterinburg-journalist-fakes-sentence-2030-02-15", cat="News"),
  E("2030-02-15 18:40", "Kremlin Says No Date Set for Putin-Erdogan Talks on Black Sea Shipping",
    ["The Kremlin said Friday that no date had been set for a phone call between President Vladimir Putin and Turkish President Recep Tayyip Erdogan on a proposed Black Sea shipping arrangement.",
     "Kremlin spokesman Dmitry Peskov said contacts were continuing at the working level."],
    "diplomacy", "diplomacy", 2, "putin-erdogan-black-sea-talks-2030-02-15", cat="News"),
  OFF("2030-02-15 16:05", "Moscow Buried Under Heaviest February Snowfall in Decades",
    ["Moscow received more than half of its usual February snowfall in under 24 hours, the city's weather service said Friday, snarling traffic and delaying dozens of flights at Sheremetyevo airport."],
    "moscow-february-snowfall-2030-02-15", n="weather", cat="News"),
  E("2030-02-15 13:20", "Siberian Regions Sign Record Number of Army Contract Soldiers, Report Says",
    ["Russia's Siberian regions signed up more contract soldiers in January than in any month since the start of the full-scale invasion, according to an analysis of regional budget data by the independent outlet Vyorstka.",
     "Sign-up bonuses in some regions now exceed 3 million rubles."],
    "other", "frontline", 2, "siberia-contract-soldier-recruitment-2030-02-15", a="Yelena Sorokina", cat="News"),
  OFF("2030-02-15 10:55", "Aeroflot Resumes Direct Flights to Hanoi After Five-Year Pause",
    ["Russia's flagship carrier Aeroflot will restart direct flights between Moscow and Hanoi in April, the airline said Friday, as it adds more routes to Asia."],
    "aeroflot-hanoi-route-2030-02-15", n="airline route", cat="Business"),
  E("2030-02-15 08:15", "Two Killed as Ukrainian Drone Hits Car in Belgorod Region, Governor Says",
    ["A Ukrainian drone struck a car near the town of Shebekino in the Belgorod region on Friday morning, killing two men, the regional governor said on Telegram.",
     "A third passenger was taken to hospital in serious condition."],
    "strikes", "strikes", 3, "belgorod-car-drone-strike-2030-02-15", cat="News"),
  ]))

# ---------------------------------------------------------------- 18008 Novaya Gazeta Europe (HTML news feed)
SEEDS.append(dict(
  id="18008", name="18008_novayagazetaeurope-news", ext="html", source="Novaya Gazeta Europe", zone="Europe/Riga", render=r_ngeu,
  title="News",
  basis="bare time '{s}' under the date separator for {d} (no zone printed; the newsroom's home, Riga, EET = UTC+2, assumed); local {d} in {z}",
  notes="Imitates the English news feed of Novaya Gazeta Europe. No JSON-LD. Date separators ('18 February 2030', '17 February 2030') and, per item, a bare 24-hour time, a headline link and one short paragraph; newest first. No zone is printed: the outlet's home zone (Riga, UTC+2) is assumed. The top item, 01:20 on 18 February local, is 23:20 UTC on 17 February, so the whole page is one UTC day. No authors. A donation box follows the fourth item. One off-beat item (Moscow metro).",
  not_entries=["header logo, navigation, language switch 'RU', 'Support us'", "feed heading 'News'", "date separators '18 February 2030' and '17 February 2030'",
               "donation box after the fourth item", "'Show more'", "footer"],
  entries=[
  E("2030-02-18 01:20", "Drones attack military airfield in Krasnodar region, residents report",
    ["Residents of Yeysk in Russia's Krasnodar region reported a series of explosions near the local military airfield shortly after midnight, and the regional operational headquarters confirmed a drone attack without giving details of any damage."],
    "strikes", "strikes", 2, "yeysk-airfield-drone-attack-2030-02-18"),
  E("2030-02-17 22:05", "Kursk region governor resigns after less than two years in office",
    ["The Kremlin-appointed governor of Russia's Kursk region has resigned at his own request, the regional government said, less than two years after he took office. No reason was given."],
    "other", "politics", 2, "kursk-governor-resigns-2030-02-17"),
  E("2030-02-17 19:30", "Rights group counts more than 1,300 criminal cases over anti-war statements",
    ["The human rights project OVD-Info says Russian authorities have opened more than 1,300 criminal cases over anti-war statements since the full-scale invasion began, including 96 in January alone."],
    "other", "politics", 2, "ovd-info-antiwar-cases-count-2030-02-17"),
  E("2030-02-17 16:45", "Russian Defence Ministry claims capture of village in Zaporizhzhia region",
    ["Russia's Defence Ministry said its troops had taken the village of Malokaterynivka in Ukraine's Zaporizhzhia region. Ukraine's General Staff has not confirmed the loss."],
    "other", "frontline", 2, "malokaterynivka-capture-claim-2030-02-17"),
  E("2030-02-17 13:10", "Putin signs law on confiscating property of emigrants who 'discredit' the army",
    ["Vladimir Putin has signed a law allowing courts to confiscate property in Russia that belongs to emigrants convicted in absentia of discrediting the armed forces or spreading 'fakes' about them."],
    "other", "politics", 2, "emigrant-property-confiscation-law-2030-02-17"),
  OFF("2030-02-17 10:40", "Moscow metro line halted for three hours after power failure",
    ["Trains on Moscow's Sokolnicheskaya line stopped for three hours on Sunday morning after a power failure, and passengers were led out through the tunnels at two stations, the city transport department said."],
    "moscow-metro-power-failure-2030-02-17", n="city transport"),
  E("2030-02-17 08:05", "Russian shelling kills one in Kherson, Ukrainian officials say",
    ["A 58-year-old man was killed and two other people were injured when Russian artillery shelled Kherson's Korabelnyi district on Sunday morning, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2030-02-17"),
  ]))

# ---------------------------------------------------------------- 18009 Euractiv (HTML article: The Capitals)
SEEDS.append(dict(
  id="18009", name="18009_euractiv-capitals", ext="html", source="Euractiv", zone="Europe/Brussels", render=r_euractiv,
  title="The Capitals: Germany to fund Ukrainian drone lines, Czech shell scheme hits new mark",
  url="https://www.euractiv.com/section/politics/news/the-capitals-germany-to-fund-ukrainian-drone-lines-czech-shell-scheme-hits-new-mark/",
  published="2030-02-19 08:30", byline="Euractiv Network", readtime=6, editor="Vasiliki Androu",
  lede="Welcome to Euractiv's The Capitals, where our journalists across Europe bring you the stories making news in the continent's capitals this morning.",
  sponsor="Today's edition is supported by the European Forum for Rail Freight.",
  more="Kallas: next EU defence budget must put Ukraine first",
  basis="no per-section time; the article's date line 'Feb 19, 2030 08:30' (no zone printed; Brussels time, CET = UTC+1) applies to every section; local {d} in {z}",
  notes="Imitates Euractiv's daily round-up 'The Capitals' (HTML article with NewsArticle JSON-LD whose datePublished matches the visible date line). One date line under the title ('Feb 19, 2030 08:30', no zone: Brussels time). After an italic welcome paragraph, a sponsor line and 'In today's news from the Capitals:', seven sections follow, each: CITY label (h2), bold headline (h3), paragraphs, and a credit '(NAME | Euractiv.xx)' giving the section's author. Each section is one entry; stamp null; published = the article's date line. Two off-beat sections (Paris pensions, Rome health funding). The page byline 'By Euractiv Network | Euractiv' is a desk credit and is not used as author since every section names its own.",
  not_entries=["header logo and section menu, 'Euractiv PRO', 'Subscribe'", "category link 'Politics'", "page title (h1)", "page byline 'By Euractiv Network | Euractiv'",
               "date line 'Feb 19, 2030 08:30' and '6 min. read'", "italic welcome paragraph (lede)", "sponsor line", "'In today\u2019s news from the Capitals:'",
               "city labels (BERLIN, PRAGUE, WARSAW, BUCHAREST, PARIS, ROME, SOFIA)", "credit lines '(NAME | Euractiv.xx)' (authors, not body)",
               "'[Edited by Vasiliki Androu]'", "'Read more with Euractiv' and its related link", "newsletter box", "footer"],
  entries=[
  E("2030-02-19 08:30", "Germany to fund drone production lines in Ukraine",
    ["Germany will pay for three new production lines for long-range strike drones inside Ukraine, the defence ministry in Berlin said on Monday, committing €420 million from this year's military aid budget.",
     "The money will go to Ukrainian manufacturers directly, following a model first tried by Denmark."],
    "aid", "aid", 3, "germany-funds-ukrainian-drone-lines-2030-02-18", a="Lena Hartwig", city="BERLIN", partner="Euractiv.de"),
  E("2030-02-19 08:30", "Czech ammunition initiative delivers its two millionth shell",
    ["The Czech-led initiative that buys artillery ammunition on world markets for Ukraine has delivered its two millionth shell, the government's special envoy for the scheme told reporters on Monday.",
     "Fourteen countries are funding the initiative this year, though several donors have yet to confirm how much they will give."],
    "aid", "aid", 2, "czech-ammunition-initiative-milestone-2030-02-18", a="Ondřej Kratochvíl", city="PRAGUE", partner="Euractiv.cz"),
  E("2030-02-19 08:30", "Poland extends buffer zone on Belarus border",
    ["The Polish government extended the restricted buffer zone along its border with Belarus by another 90 days on Monday, citing continued pressure from migrants pushed towards the frontier by Belarusian services."],
    "other", "security", 2, "poland-belarus-buffer-zone-extension-2030-02-18", a="Paweł Wrona", city="WARSAW", partner="Euractiv.pl"),
  E("2030-02-19 08:30", "Drone fragments found on Romanian bank of Danube after attack on Izmail",
    ["Romanian authorities found fragments of a drone on the bank of the Danube near Plauru after an overnight Russian attack on the Ukrainian port of Izmail, the defence ministry said on Monday.",
     "Romania scrambled two F-16 jets during the attack. The ministry said there was no damage on Romanian territory."],
    "strikes", "strikes", 2, "plauru-drone-fragments-2030-02-18", a="Radu Ionescu", city="BUCHAREST", partner="Euractiv.ro"),
  OFF("2030-02-19 08:30", "Unions call nationwide strike over pension indexation",
    ["France's main trade unions called a nationwide strike for 5 March in protest at the government's plan to freeze the indexation of pensions next year."],
    "france-pension-indexation-strike-2030-02-18", a="Théo Marchand", n="French pensions", city="PARIS", partner="Euractiv France"),
  OFF("2030-02-19 08:30", "Senate approves reform of regional health funding",
    ["The Italian Senate on Monday approved a reform that changes how health funding is shared among the regions, sending the bill back to the lower house for a final vote."],
    "italy-regional-health-funding-reform-2030-02-18", a="Giulia Ferraro", n="Italian health policy", city="ROME", partner="Euractiv Italy"),
  E("2030-02-19 08:30", "Bulgaria to send old S-300 missiles to Ukraine after parliament vote",
    ["Bulgaria's parliament voted on Monday to hand Ukraine a batch of Soviet-era S-300 missiles that the army plans to retire this year, after a heated debate in which pro-Russian parties walked out."],
    "aid", "aid", 2, "bulgaria-s300-missiles-transfer-vote-2030-02-18", a="Kalina Petrova", city="SOFIA", partner="Euractiv Bulgaria"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_posted(S):
    """text live blog, newest first: 'Key Points' block of headlines; each post: headline, then 'Posted 21:30 GMT by NAME'
    (the stamp after the headline), then the body; a teaser prints a video-player line instead of text."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Opinion | Sport | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], f"Posted {st}" + (f" by {e['a']}" if e["a"] else ""), ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 Play video (1:12)", ""]
        if i == 3:
            L += ["Get the Courier's morning briefing in your inbox. Sign up", ""]
    L += ["Show older posts", "", f"{S['source']} \u00b7 About us \u00b7 Contact \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset); visible '07:20' in
    <time datetime>; h2 headline; author line below it."""
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
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie">{esc(S["source"])} uses cookies to understand how the site is used. <button>Agree</button> <button>Options</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Read also</h3><a href="/war/ports">{esc(S["related"])}</a></aside>')
    out += ['<p class="end">The live page continues tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 world feed, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when
    the item has an author; CDATA description with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}-{i + 40211}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feeds/world.atom"/>',
           f'<id>{S["url"]}/feeds/world.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:{i + 7301}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_htmllive_ampm(S):
    """HTML live blog without JSON-LD, newest first; '9:40 PM' in a span above the h2; a printed note 'All times EET';
    byline below the h2; a photo-gallery teaser prints only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title></head><body>',
           '<div id="gdpr">We use cookies to improve your experience. <button>Accept</button> <button>Manage</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Romania</a> <a>Moldova</a> <a>Europe</a> <a>War in Ukraine</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", upper=True); stamps.append(st)
        out.append(f'<div class="live-post"><span class="live-post__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-post__by">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 3:
            out.append(f'<aside><h3>Related</h3><a href="/europe/danube-ports">{esc(S["related"])}</a></aside>')
    out += [f'<p class="more"><a href="/live/{S["prev"]}">Yesterday\u2019s live page</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About \u00b7 Advertise \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_after(S):
    """text live blog, oldest first; headline line, then '11:20 CET | NAME' (stamp after the headline, zone abbreviation), body;
    dateline with year; 'From our partners' label before re-published pieces."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  World  \u00b7  Europe  \u00b7  Culture  \u00b7  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        if e.get("partner"):
            L += [f"From our partners: {e['partner']}"]
        L += [e["h"], st + (f" | {e['a']}" if e["a"] else ""), ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live page is now closed. Our coverage continues tomorrow.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_textlive_bare(S):
    """text live blog, newest first; date line with weekday but no year; bare '09:10' line before the headline; page byline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Live  \u00b7  Ukraine  \u00b7  Russia  \u00b7  Europe  \u00b7  Analysis", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 3:
            L += ["Support our live coverage \u2013 become a member.", ""]
    L += ["Earlier posts", "", f"{S['source']} \u00b7 Who we are \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_graphlive(S):
    """HTML live blog, oldest first; JSON-LD @graph with @type ["NewsArticle","LiveBlogPosting"] whose liveBlogUpdate items all carry
    the page's own datePublished (no per-update time); visible '11.15am' in <time> without a datetime attribute; signature after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": first.isoformat(), "articleBody": " ".join(e["p"])[:300]} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Nordics</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="lb-entry"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Get the {esc(S["source"])} evening newsletter</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  \u203a  World  \u203a  Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Print \u00b7 Send by e-mail", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-02-21 (UTC), day 2 = 2030-02-22, day 3 = 2030-02-26.
MYK = "mykolaiv-missile-strike-2030-02-21"
SANC = "eu-sanctions-package-shadow-fleet-2030-02-21"
GER = "germany-iris-t-delivery-2030-02-21"
EXPL = "explainer-russian-strikes-on-southern-ports"
EXPL_H = "Analysis: Why Russia keeps aiming at Ukraine's southern ports"
EXPL_P = ["Thursday's missile attack on Mykolaiv fits a pattern that has held for most of the war: Russia returns again and again to the cities that keep Ukraine's sea trade moving.",
          "Mykolaiv, Odesa and the Danube ports of Izmail and Reni handle most of the grain and metal that Ukraine still exports by sea. Every successful strike raises insurance costs for the ships that call there and persuades some traders to wait.",
          "Air defence around the ports has improved, but ballistic missiles fired from occupied Crimea reach their targets in two or three minutes, which leaves little time for warnings, let alone interceptions."]

# ---------------------------------------------------------------- 18020 Bramblemouth Courier (day 1, text live)
SEEDS.append(dict(
  id="18020", name="18020_bramblemouth-textlive", ext="txt", source="Bramblemouth Courier", zone="Europe/London", render=r_textlive_posted,
  title="Russia-Ukraine war live: Mykolaiv death toll rises to seven after ballistic missile strike",
  dateline="Thursday 21 February 2030",
  lede="Russian missiles hit a residential district and the port in Mykolaiv; Germany delivers more IRIS-T air defence; fighting continues near Huliaipole.",
  basis="stamp '{s}' (GMT printed; UK time in February = UTC) under the dateline 'Thursday 21 February 2030'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true). Each post: headline, then 'Posted HH:MM GMT by NAME' (stamp after the headline; the teaser has no author), then the body. 18020-02 is a 'Watch:' teaser whose only content is a video-player line. 18020-03 is a theme piece (analysis of attacks on southern ports) that mentions the Mykolaiv strike but is its own story; it is re-posted verbatim on day 2 by 18031.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Thursday 21 February 2030'", "standfirst/lede summary line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest' label", "'Posted ... by ...' lines (stamp and author, not body)",
               "video-player line '\u25b6 Play video (1:12)' in the teaser", "newsletter promo after the fourth post", "'Show older posts'", "footer line"],
  entries=[
  E("2030-02-21 21:30", "Mykolaiv death toll rises to seven",
    ["Seven people are now known to have died in this morning's missile strike on Mykolaiv, the regional governor, Vitaliy Kim, said in a video statement. Twenty-nine people were injured, four of them children.",
     "Kim said rescuers would keep working through the night at the five-storey block in the Inhulskyi district, where part of a stairwell collapsed."],
    "strikes", "strikes", 3, MYK, a="Harriet Oakes", kp=True, n="toll 7 dead, 29 injured"),
  E("2030-02-21 19:10", "Watch: Rescuers pull a survivor from the Mykolaiv rubble", [],
    "strikes", "strikes", 1, MYK, n="video teaser without body"),
  E("2030-02-21 17:45", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Daniel Prewett",
    n="theme piece (analysis of Russian attacks on southern ports, no single event); mentions the Mykolaiv strike but must not merge with it"),
  E("2030-02-21 15:20", "Germany hands over two more IRIS-T systems",
    ["Germany has delivered two more IRIS-T SLM air defence systems to Ukraine, the defence ministry in Berlin said, bringing the number it has supplied since 2022 to 14.",
     "Ukraine's air force said one of the new systems would be deployed in the south."],
    "aid", "aid", 3, GER, a="Harriet Oakes", kp=True, n="same aid theme as Sweden's demining grant (18021-03), different event"),
  E("2030-02-21 12:05", "Russian shelling kills man in Kherson",
    ["A 71-year-old man was killed when Russian artillery hit a residential street in Kherson's Dniprovskyi district around midday, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2030-02-21", a="Daniel Prewett",
    n="another deadly strike on the same day in the south; must not merge with the Mykolaiv strike"),
  E("2030-02-21 10:30", "Ukraine says it repelled assaults near Huliaipole",
    ["Ukrainian forces repelled 14 Russian assaults near Huliaipole in the Zaporizhzhia region over the past day, the General Staff said in its morning update."],
    "other", "frontline", 2, "huliaipole-assaults-repelled-2030-02-21", a="Harriet Oakes"),
  E("2030-02-21 07:15", "Missile strike on Mykolaiv: what we know",
    ["Russian ballistic missiles struck Mykolaiv at about 6.40am local time, hitting a five-storey apartment block and the grounds of the commercial port. At least three people were killed and 15 injured, according to the city's mayor, Oleksandr Sienkevych.",
     "Ukraine's air force said it had intercepted two of the four Iskander-M missiles fired from Crimea."],
    "strikes", "strikes", 3, MYK, a="Daniel Prewett", n="toll 3 dead, 15 injured"),
  ]))

# ---------------------------------------------------------------- 18021 Ivelden Herald (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="18021", name="18021_ivelden-ldlive", ext="html", source="Ivelden Herald", zone="Europe/Kyiv", render=r_ldlive,
  title="Russia's war against Ukraine: live updates", url="https://ivelden-herald.example/live/2030-02-21",
  dateline="Thursday, 21 February 2030 \u00b7 Kyiv time",
  lede="Ballistic missiles hit Mykolaiv in the morning; drones strike the Ochakiv district; the EU agrees new sanctions.",
  related="How the Black Sea corridor has survived eight years of war",
  basis="visible '{s}' in <time datetime> (+02:00) and the update's JSON-LD datePublished; dateline 'Thursday, 21 February 2030 \u00b7 Kyiv time'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+02:00), headline, author and articleBody. Visible: <time datetime=...>HH:MM</time>, h2 headline, author paragraph, body. 18021-05 re-publishes 18021-01 almost verbatim (same headline; 'on Telegram' became 'on his Telegram channel'): duplicate_of 18021-01, importance 1. 18021-02 (night drone attack on an energy site in the Ochakiv district of the same region) must not merge with the Mykolaiv city missile strike. Spelling 'Mykolaiv'.",
  not_entries=["cookie banner", "header brand and navigation", "page title (h1)", "dateline 'Thursday, 21 February 2030 \u00b7 Kyiv time'", "standfirst/lede",
               "author paragraphs under each headline (author, not body)", "'Copy link / Share' under each post", "'Read also' box after the third post",
               "'The live page continues tomorrow.'", "footer"],
  entries=[
  E("2030-02-21 07:20", "Russian ballistic missiles hit Mykolaiv; three killed, 15 injured",
    ["Russia struck Mykolaiv with ballistic missiles shortly before 7am, killing three people and injuring 15, Mayor Oleksandr Sienkevych said on Telegram.",
     "One missile hit an apartment block in the Inhulskyi district; another landed near the port's grain berths."],
    "strikes", "strikes", 3, MYK, a="Oksana Tkachuk", n="toll 3 dead, 15 injured"),
  E("2030-02-21 09:05", "Drones set energy facility on fire in Ochakiv district",
    ["Russian drones hit an energy facility in the Ochakiv district of Mykolaiv region overnight, starting a fire that took firefighters four hours to put out, the regional administration said. No one was hurt, but about 6,000 households lost power."],
    "strikes", "strikes", 2, "ochakiv-energy-drone-strike-2030-02-21", a="Oksana Tkachuk",
    n="same region (Mykolaiv oblast), a different, earlier, non-deadly night drone attack; must not merge with the Mykolaiv city missile strike"),
  E("2030-02-21 11:40", "Sweden pays for demining machines for Ukraine's south",
    ["Sweden will fund 24 remote-controlled demining machines for farmland in the Kherson and Mykolaiv regions, the Swedish government announced, at a cost of about 310 million kronor."],
    "aid", "aid", 2, "sweden-demining-machines-2030-02-21", a="Mark Jessop",
    n="same aid theme as the German IRIS-T delivery, different event; must not merge"),
  E("2030-02-21 13:15", "EU ambassadors agree new sanctions package aimed at shadow fleet",
    ["EU ambassadors agreed on a new package of sanctions against Russia on Thursday, adding dozens of tankers from its so-called shadow fleet to the list of ships banned from European ports, diplomats said.",
     "The package also targets three Chinese companies accused of supplying drone components."],
    "diplomacy", "diplomacy", 3, SANC, a="Mark Jessop"),
  E("2030-02-21 14:50", "Russian ballistic missiles hit Mykolaiv; three killed, 15 injured",
    ["Russia struck Mykolaiv with ballistic missiles shortly before 7am, killing three people and injuring 15, Mayor Oleksandr Sienkevych said on his Telegram channel.",
     "One missile hit an apartment block in the Inhulskyi district; another landed near the port's grain berths."],
    "strikes", "strikes", 1, MYK, a="Oksana Tkachuk", dup="18021-01", n="near-verbatim repeat of 18021-01 (re-published with a stale toll)"),
  E("2030-02-21 17:30", "Mykolaiv mayor: five dead, dozens of flats uninhabitable",
    ["The death toll from the morning strike on Mykolaiv has risen to five, Mayor Oleksandr Sienkevych said, adding that 62 flats in the damaged block could no longer be lived in.",
     "The city has opened two temporary shelters for displaced residents."],
    "strikes", "strikes", 3, MYK, a="Oksana Tkachuk", n="toll 5"),
  E("2030-02-21 20:45", "Zelensky calls Mykolaiv attack 'deliberate terror' as toll reaches six",
    ["President Volodymyr Zelensky said Russia had deliberately aimed at homes in Mykolaiv, where six people are now confirmed dead, and urged partners to speed up deliveries of missiles for Patriot systems."],
    "strikes", "strikes", 3, MYK, a="Mark Jessop", sec=["aid"], n="reaction whose main content is the attack itself (condemnation and toll 6): same story"),
  ]))

# ---------------------------------------------------------------- 18022 Norrcastle World Service (day 1, RSS world feed)
SEEDS.append(dict(
  id="18022", name="18022_norrcastle-worldrss", ext="xml", source="Norrcastle World Service", zone="America/New_York", render=r_rss,
  title="Norrcastle World Service - World News", url="https://news.norrcastle.example",
  lede="Top international stories from the Norrcastle World Service newsroom.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Eastern); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate with -0500; the war is a minority (4 of 6 items off-beat: storm, Brazilian rates, Japanese budget, East African power line). dc:creator only where printed. Spelling 'Mykolayiv'.",
  not_entries=["channel title, link, description, language and ttl", "category labels"],
  entries=[
  OFF("2030-02-21 17:50", "Winter storm cuts power to 400,000 in Pacific Northwest",
    ["A powerful winter storm brought heavy snow and gusts of up to 80 miles per hour to Washington and Oregon on Thursday, leaving about 400,000 homes and businesses without power."],
    "pacific-northwest-winter-storm-2030-02-21", a="Dana Whitfield", n="US weather", cat="US"),
  OFF("2030-02-21 15:05", "Brazil's central bank raises rates for third straight meeting",
    ["Brazil's central bank raised its benchmark Selic rate by half a percentage point to 12.25 percent on Thursday, its third consecutive increase, as inflation stayed above target."],
    "brazil-selic-rate-rise-2030-02-21", a="Marisol Ortega", n="economy", cat="Business"),
  E("2030-02-21 11:40", "Russian missiles kill at least 5 in Ukraine's Mykolayiv",
    ["At least five people were killed and more than 20 wounded when Russian ballistic missiles hit an apartment building and the port area in the southern Ukrainian city of Mykolayiv on Thursday, local officials said.",
     "The strike came on the same day that European Union envoys agreed new sanctions on Moscow."],
    "strikes", "strikes", 3, MYK, a="Peter Lindgren", n="spelling 'Mykolayiv'; toll 5"),
  E("2030-02-21 09:20", "EU agrees new sanctions on Russia's 'shadow fleet' tankers",
    ["European Union governments agreed on Thursday to blacklist more tankers that carry Russian oil in breach of a Western price cap, in the bloc's latest package of sanctions over the war in Ukraine."],
    "diplomacy", "diplomacy", 3, SANC, a="Peter Lindgren"),
  OFF("2030-02-21 06:30", "Japan's parliament approves record defense budget",
    ["Japan's lower house approved a record defense budget of more than 9 trillion yen on Thursday, as the government presses ahead with plans to acquire long-range missiles."],
    "japan-defense-budget-2030-02-21", a="Kenji Arakawa", n="Japanese politics", cat="Asia"),
  OFF("2030-02-21 03:10", "Kenya and Ethiopia sign deal on cross-border power line",
    ["Kenya and Ethiopia signed an agreement on Thursday to double the capacity of the power line linking their grids, officials in Nairobi said."],
    "kenya-ethiopia-power-line-2030-02-21", n="African energy", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 18023 Corvalla Review (day 1, Atom)
SEEDS.append(dict(
  id="18023", name="18023_corvalla-atom", ext="xml", source="Corvalla Review", zone="Europe/Berlin", render=r_atom,
  title="Corvalla Review \u2013 World", url="https://www.corvalla-review.example",
  lede="News and commentary from Germany and Europe",
  basis="Atom <published> '{s}' (explicit +01:00 offset, Central European Time); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +01:00, <author><name>, escaped-HTML content. 18023-05 is an opinion column (kept, importance 2).",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2030-02-21 19:10", "EU sanctions deal targets 90 more shadow-fleet vessels",
    ["The sanctions package agreed by EU ambassadors on Thursday adds 90 vessels to the list of shadow-fleet tankers barred from European ports and services, bringing the total to more than 600, according to a draft seen by the Corvalla Review.",
     "Foreign ministers are expected to adopt it formally on Monday."],
    "diplomacy", "diplomacy", 3, SANC, a="Greta F\u00e4hnrich"),
  E("2030-02-21 16:25", "Berlin confirms delivery of two IRIS-T systems to Ukraine",
    ["The German defence ministry confirmed on Thursday that two further IRIS-T SLM air defence systems have reached Ukraine, along with several hundred interceptor missiles."],
    "aid", "aid", 3, GER, a="Jonas Wendl"),
  E("2030-02-21 13:00", "Man charged with spying on Ukrainian soldiers' training site in Bavaria",
    ["Federal prosecutors have charged a 41-year-old German-Russian dual national with photographing a Bundeswehr training area in Bavaria where Ukrainian soldiers are instructed, and passing the images to a Russian intelligence officer."],
    "other", "security", 2, "bavaria-training-site-spying-charge-2030-02-21", a="Jonas Wendl"),
  E("2030-02-21 10:30", "Missile attack on Mykolaiv kills four, damages port cranes",
    ["A Russian missile attack on the Ukrainian port city of Mykolaiv early on Thursday killed four people and damaged two cranes at the commercial port, Ukrainian officials said."],
    "strikes", "strikes", 3, MYK, a="Greta F\u00e4hnrich", n="toll 4"),
  E("2030-02-21 08:05", "Opinion: The drone wall needs money, not slogans",
    ["The eastern flank states are right that Europe needs a layered defence against Russian drones, but without shared funding the so-called drone wall will remain a map of good intentions."],
    "other", "security", 2, "opinion-eastern-flank-drone-wall-2030-02-21", a="Ruth Albers", n="opinion column"),
  ]))

# Day 2 = 2030-02-22
ODE = "odesa-drone-strike-2030-02-22"
ZE = "zelensky-erdogan-call-2030-02-22"

# ---------------------------------------------------------------- 18030 Lowenna Post (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="18030", name="18030_lowenna-htmllive", ext="html", source="Lowenna Post", zone="Europe/Bucharest", render=r_htmllive_ampm,
  title="Live: Russian drones hit Odesa port; Romania on alert as attacks reach the Danube",
  dateline="Friday, 22 February 2030", tznote="All times EET (Bucharest)", prev="2030-02-21",
  lede="Follow our coverage of the war next door: the overnight attack on Odesa, a drone raid on Reni and the Romanian parliament's Patriot vote.",
  related="Why the Danube ports matter to Romania's security",
  basis="stamp '{s}' (12-hour clock; the page prints 'All times EET (Bucharest)', UTC+2) under the dateline 'Friday, 22 February 2030'; local {d} in {z}",
  notes="Invented outlet (Romanian, English-language). HTML live blog without JSON-LD, newest first. Each post: '9:40 PM' time span, h2 headline, 'By NAME' line, body; the page prints 'All times EET (Bucharest)' next to the dateline. 18030-02 is a 'Photos:' gallery teaser with no text (importance 1). Must-not-merge: the Odesa strike vs the Reni drone attack (18030-03, same Odesa region, later and non-deadly) and vs the Ukrainian strike on Novorossiysk (18030-07, a port strike by the other side). 18030-04 continues the day-1 Mykolaiv story (search over, toll 9, mourning).",
  not_entries=["cookie banner", "header and navigation", "page title (h1)", "dateline and 'All times EET (Bucharest)' note", "lead paragraph",
               "'By NAME' lines (author, not body)", "gallery placeholder '[Gallery: 12 photos]' in the teaser", "'Related' box after the fourth post",
               "link to yesterday's live page", "footer"],
  entries=[
  E("2030-02-22 21:40", "Odesa toll rises to five as another body is found",
    ["Rescuers in Odesa found the body of a woman under the rubble of a partly collapsed building near the port, bringing the death toll from the overnight drone attack to five, the regional governor, Oleh Kiper, said.",
     "Thirty-one people were injured, 11 of whom remain in hospital."],
    "strikes", "strikes", 3, ODE, a="Ioana Mure\u0219an", n="toll 5, 31 injured"),
  E("2030-02-22 19:15", "Photos: Odesa port the morning after", [],
    "strikes", "strikes", 1, ODE, a="Andrei Vasilescu", n="photo-gallery teaser without body"),
  E("2030-02-22 16:30", "Romania scrambles jets as drones target Reni across the Danube",
    ["Romania scrambled two F-16s on Friday afternoon as Russian drones attacked the Ukrainian Danube port of Reni, opposite the Romanian city of Gala\u021bi, the defence ministry in Bucharest said.",
     "Ukrainian officials said a grain warehouse caught fire in Reni. Nobody was hurt."],
    "strikes", "strikes", 2, "reni-drone-attack-2030-02-22", a="Andrei Vasilescu",
    n="same region (Odesa oblast) but a different, later, non-deadly attack on the Danube port of Reni; must not merge with the Odesa strike"),
  E("2030-02-22 13:05", "Mykolaiv declares day of mourning as search ends with nine dead",
    ["Mykolaiv held a day of mourning on Friday after rescuers finished searching the apartment block hit by Russian missiles on Thursday, having recovered nine bodies in total, the city council said."],
    "strikes", "strikes", 3, MYK, a="Ioana Mure\u0219an", n="day-2 continuation of the day-1 Mykolaiv strike: search over, toll 9, day of mourning"),
  E("2030-02-22 10:20", "Romanian parliament approves transfer of second Patriot battery to Ukraine",
    ["Romania's parliament voted on Friday to hand Ukraine a second Patriot air defence battery, on condition that allies replace it within 18 months."],
    "aid", "aid", 3, "romania-second-patriot-transfer-2030-02-22", a="Andrei Vasilescu"),
  E("2030-02-22 08:00", "Russian drones hit Odesa port and apartment block, two dead",
    ["Two people were killed when Russian drones struck the port of Odesa and a nearby apartment block overnight, Ukrainian officials said, in an attack that also set fire to a grain terminal."],
    "strikes", "strikes", 3, ODE, a="Ioana Mure\u0219an", n="toll 2"),
  E("2030-02-22 06:10", "Ukraine hits oil terminal at Russia's Novorossiysk, officials say",
    ["Ukrainian sea drones and aerial drones attacked the Sheskharis oil terminal in Novorossiysk overnight, setting fire to a loading berth, Russian regional officials said."],
    "strikes", "strikes", 2, "novorossiysk-oil-terminal-strike-2030-02-22", a="Andrei Vasilescu",
    n="a port strike by the other side on the same night; must not merge with the Odesa strike"),
  ]))

# ---------------------------------------------------------------- 18031 Marlowby Gazette (day 2, text live, oldest first)
SEEDS.append(dict(
  id="18031", name="18031_marlowby-textlive", ext="txt", source="Marlowby Gazette", zone="Europe/Paris", render=r_textlive_after,
  title="Ukraine live: drone attack on Odesa, Mykolaiv mourns its dead", dateline="Friday 22 February 2030",
  lede="Russian drones hit Odesa's port overnight; Mykolaiv ends its search after Thursday's missile strike; France pledges more Mistral missiles.",
  basis="stamp '{s}' (CET printed, UTC+1) after the headline, under the dateline 'Friday 22 February 2030'; local {d} in {z}",
  notes="Invented outlet (Paris-based, English-language). Text live blog, oldest first. Each post: headline, then '07:45 CET | NAME' (stamp after the headline), then the body. 18031-02 is introduced by 'From our partners: Bramblemouth Courier' and re-publishes the day-1 analysis 18020-03 verbatim (same headline and text): a re-post of a day-1 entry, importance 1, same story slug; duplicate_of stays null because the original is on another page. 18031-04 is a theme piece (explainer on interceptor rationing) that mentions the Odesa attack. 18031-05 repeats 18031-01 almost verbatim (duplicate_of 18031-01). 18031-03 continues the day-1 Mykolaiv story.",
  not_entries=["masthead and navigation", "page title and dateline", "standfirst/lede", "'HH:MM CET | NAME' lines (stamp and author, not body)",
               "'From our partners: Bramblemouth Courier' label", "'ADVERTISEMENT' after the third post", "closing note 'This live page is now closed...'", "footer line"],
  entries=[
  E("2030-02-22 07:45", "Drone attack on Odesa kills two, hits grain terminal",
    ["A wave of Russian drones hit Odesa's port district overnight, killing two people and setting a grain terminal on fire, the regional governor said on Friday morning.",
     "Air raid sirens sounded across the Odesa region for more than three hours."],
    "strikes", "strikes", 3, ODE, a="Camille Berthier", n="toll 2"),
  E("2030-02-22 09:30", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL, a="Daniel Prewett", partner="Bramblemouth Courier",
    n="re-post of day-1 entry 18020-03 (verbatim, syndicated from the partner outlet); importance 1, same story"),
  E("2030-02-22 11:20", "Nine dead in Mykolaiv as rescuers end search; city mourns",
    ["Rescuers in Mykolaiv ended their search of the apartment block struck by Russian missiles on Thursday after recovering two more bodies overnight, raising the death toll to nine.",
     "Flags flew at half-mast across the city, which declared Friday a day of mourning."],
    "strikes", "strikes", 3, MYK, a="Luc Arnaud", n="day-2 continuation of the day-1 Mykolaiv strike: toll 9, search over, mourning"),
  E("2030-02-22 13:05", "Explainer: How Ukraine rations its air-defence interceptors",
    ["Each night Ukraine's air force has to decide which cities get its scarce interceptor missiles, and the overnight attack on Odesa shows the cost of those choices.",
     "Patriot and SAMP/T batteries are kept for ballistic missiles, which cheaper systems cannot stop. Drones are left to mobile fire groups, electronic warfare and interceptor drones, which work well over open ground but less well over a crowded port."],
    "strikes", "strikes", 2, "explainer-air-defence-interceptor-rationing", a="Camille Berthier",
    n="theme piece (explainer); mentions the Odesa attack but is its own story; must not merge with the Odesa strike"),
  E("2030-02-22 14:40", "Drone attack on Odesa kills two, hits grain terminal",
    ["A wave of Russian drones hit Odesa's port district overnight, killing two people and setting a grain terminal on fire, the regional governor said on Friday.",
     "Air raid sirens sounded across the Odesa region for more than three hours."],
    "strikes", "strikes", 1, ODE, a="Camille Berthier", dup="18031-01", n="near-verbatim repeat of 18031-01"),
  E("2030-02-22 16:15", "France to send more Mistral missiles to Ukraine, minister says",
    ["France will deliver an additional batch of Mistral short-range air defence missiles to Ukraine by the end of March, the armed forces minister told a parliamentary committee on Friday."],
    "aid", "aid", 2, "france-mistral-missiles-2030-02-22", a="Luc Arnaud"),
  E("2030-02-22 18:20", "Odesa toll rises to four, governor says",
    ["Four people have now died as a result of last night's drone attack on Odesa, regional governor Oleh Kiper said, after two of the injured died in hospital."],
    "strikes", "strikes", 3, ODE, a="Camille Berthier", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 18032 Harbury Globe (day 2, RSS world feed, GMT)
SEEDS.append(dict(
  id="18032", name="18032_harbury-worldrss", ext="xml", source="Harbury Globe", zone="UTC", render=r_rss, gmt=True,
  title="Harbury Globe | World", url="https://www.harburyglobe.example",
  lede="World news from the Harbury Globe",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat: Chilean fires, Nigerian vote, Indonesian volcano, Argentine heat). Spelling 'Odessa'. 18032-02 (Zelensky-Erdogan call) mentions the Odesa attack but is a separate diplomatic story, told also by 18033-01.",
  not_entries=["channel title, link, description, language and ttl", "category labels"],
  entries=[
  OFF("2030-02-22 22:10", "Chile's wildfire season declared worst in a decade",
    ["Chile's forestry agency said on Friday that more than 140,000 hectares have burned since December, making this the most destructive fire season in ten years."],
    "chile-wildfire-season-2030-02-22", n="wildfires", cat="Americas"),
  E("2030-02-22 21:05", "Zelensky and Erdogan discuss Black Sea shipping after Odessa attack",
    ["Ukrainian President Volodymyr Zelensky and Turkish President Recep Tayyip Erdogan discussed the safety of Black Sea shipping in a phone call on Friday, hours after a Russian drone attack on the port of Odessa, the Ukrainian presidency said."],
    "diplomacy", "diplomacy", 3, ZE, a="Tom Ashcroft", n="spelling 'Odessa'; a diplomatic call that mentions the attack; must not merge with the Odesa strike"),
  E("2030-02-22 18:30", "Odessa death toll reaches four after Russian drone raid",
    ["Four people have died after Russian drones struck the Black Sea port of Odessa overnight, Ukrainian officials said on Friday, as the city counted the damage to its grain terminals."],
    "strikes", "strikes", 3, ODE, a="Tom Ashcroft", n="spelling 'Odessa'; toll 4"),
  OFF("2030-02-22 15:10", "Nigeria's electoral commission postpones governorship votes in two states",
    ["Nigeria's electoral commission postponed governorship elections in Kogi and Bayelsa states by two weeks on Friday, citing problems with the delivery of ballot materials."],
    "nigeria-governorship-votes-postponed-2030-02-22", a="Ngozi Adeyemi", n="Nigerian elections", cat="Africa"),
  OFF("2030-02-22 09:25", "Indonesian volcano erupts, forcing flight cancellations in Bali",
    ["Mount Lewotobi Laki-laki in eastern Indonesia erupted on Friday, sending an ash column five kilometres into the sky and forcing airlines to cancel dozens of flights to and from Bali."],
    "indonesia-volcano-eruption-2030-02-22", n="natural disaster", cat="Asia"),
  OFF("2030-02-22 06:15", "Argentina swelters as Buenos Aires records hottest February night",
    ["Temperatures in Buenos Aires did not fall below 29 degrees Celsius overnight into Friday, the warmest February night since records began, the national weather service said."],
    "buenos-aires-heat-record-2030-02-22", n="weather", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 18033 Rathmoy Dispatch (day 2, Atom, Kyiv offset)
SEEDS.append(dict(
  id="18033", name="18033_rathmoy-atom", ext="xml", source="Rathmoy Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Rathmoy Dispatch: Ukraine", url="https://rathmoy-dispatch.example",
  lede="Reporting from Kyiv and the regions",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00, authors, escaped-HTML content. 18033-01 (Zelensky-Erdogan call) mentions the Odesa attack but is its own story (same call as 18032-02). 18033-04 continues the day-1 Mykolaiv story.",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2030-02-22 22:30", "Zelensky and Erdogan discuss Black Sea security after Odesa attack",
    ["President Volodymyr Zelensky said he had spoken to Turkish President Recep Tayyip Erdogan about protecting merchant ships in the Black Sea after Russia's overnight attack on Odesa's port, and that their teams would meet in Ankara next week."],
    "diplomacy", "diplomacy", 3, ZE, a="Serhiy Koval", n="same call as 18032-02; mentions the attack but must not merge with the Odesa strike"),
  E("2030-02-22 19:00", "Russia claims capture of two villages in Donetsk region",
    ["Russia's Defence Ministry said its forces had captured two villages west of Kostiantynivka in the Donetsk region. Ukraine's General Staff said fighting for both villages was continuing."],
    "other", "frontline", 2, "russia-claims-donetsk-villages-2030-02-22", a="Halyna Moroz"),
  E("2030-02-22 15:20", "Odesa: four dead, 30 injured after drones hit port district",
    ["The number of people killed in the overnight Russian drone attack on Odesa has risen to four, with 30 injured, regional governor Oleh Kiper said on Friday afternoon."],
    "strikes", "strikes", 3, ODE, a="Serhiy Koval", n="toll 4, 30 injured"),
  E("2030-02-22 11:45", "Mykolaiv mourns as death toll from Thursday's strike reaches nine",
    ["Mykolaiv is observing a day of mourning for the victims of Thursday's Russian missile strike, which killed nine people, the city's mayor said after the rescue operation ended overnight."],
    "strikes", "strikes", 3, MYK, a="Halyna Moroz", n="day-2 continuation of the day-1 Mykolaiv strike"),
  E("2030-02-22 10:10", "Ukraine's parliament extends martial law for another 90 days",
    ["The Verkhovna Rada voted on Friday to extend martial law and general mobilisation for another 90 days, the latest of more than 30 extensions since the full-scale invasion began."],
    "other", "politics", 2, "martial-law-extension-2030-02-22", a="Halyna Moroz"),
  ]))

# Day 3 = 2030-02-26
ZAP = "zaporizhzhia-missile-strike-2030-02-26"
PSW = "uae-mediated-prisoner-exchange-2030-02-26"
FIN = "finland-aid-package-2030-02-26"

# ---------------------------------------------------------------- 18040 Tamberlyn World (day 3, Atom world feed, UTC)
SEEDS.append(dict(
  id="18040", name="18040_tamberlyn-worldatom", ext="xml", source="Tamberlyn World", zone="UTC", render=r_atom,
  title="Tamberlyn World \u2013 Top stories", url="https://www.tamberlyn-world.example",
  lede="The day's top international stories",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'); the war is a minority (4 of 6 entries off-beat: Peru floods, US Supreme Court, Philippine ferry, oil prices). Spelling 'Zaporozhye'.",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  OFF("2030-02-26 20:15", "Peru declares emergency in three regions after floods",
    ["Peru's government declared a 60-day state of emergency in three northern regions on Tuesday after heavy rains caused rivers to burst their banks, displacing thousands of families."],
    "peru-floods-emergency-2030-02-26", n="floods"),
  E("2030-02-26 17:40", "Zaporozhye strike death toll rises to 10",
    ["The death toll from Tuesday morning's Russian missile strike on the Ukrainian city of Zaporozhye has risen to 10, with more than 40 people wounded, local authorities said."],
    "strikes", "strikes", 3, ZAP, a="Elif Sandberg", n="spelling 'Zaporozhye'; toll 10"),
  OFF("2030-02-26 14:05", "US Supreme Court hears challenge to emergency tariff powers",
    ["The US Supreme Court heard arguments on Tuesday in a case testing how far a president can use emergency powers to impose tariffs without a vote in Congress."],
    "us-supreme-court-tariff-case-2030-02-26", a="Ray Castellano", n="US law"),
  E("2030-02-26 11:30", "Russia and Ukraine swap 175 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine exchanged 175 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, officials in both countries said."],
    "diplomacy", "diplomacy", 3, PSW, a="Elif Sandberg"),
  OFF("2030-02-26 08:50", "Philippine ferry runs aground; all 212 aboard rescued",
    ["A passenger ferry ran aground off the central Philippine island of Cebu early on Tuesday, and coast guard boats brought all 212 passengers and crew safely ashore."],
    "philippine-ferry-aground-2030-02-26", n="maritime accident"),
  OFF("2030-02-26 05:20", "Oil prices slip on signs of weaker Chinese demand",
    ["Oil prices edged lower in Asian trading on Tuesday after data showed that Chinese refiners cut their crude imports in January."],
    "oil-prices-chinese-demand-2030-02-26", n="markets"),
  ]))

# ---------------------------------------------------------------- 18041 Redshank Daily (day 3, text live, no year)
RB = "Maryna Holub and Alastair Finch"
SEEDS.append(dict(
  id="18041", name="18041_redshank-textlive", ext="txt", source="Redshank Daily", zone="Europe/Kyiv", render=r_textlive_bare,
  title="Ukraine war live: missiles hit Zaporizhzhia at rush hour", dateline="Tuesday 26 February", byline=f"By {RB}",
  parse_args=["--date", "2030-02-26"],
  lede="A ballistic missile strike kills civilians at a bus stop in Zaporizhzhia; Ukraine and Russia swap prisoners; Denmark funds more Ukrainian-made howitzers.",
  basis="bare time '{s}' (Kyiv time: the outlet is Kyiv-based and prints no zone) under the date line 'Tuesday 26 February' (no year; parse_args gives 2030-02-26); local {d} in {z}",
  notes="Invented outlet (Kyiv-based, English-language). Text live blog, newest first. Date line 'Tuesday 26 February' with no year anywhere on the page (parse_args --date 2030-02-26). Each post: bare 'HH:MM' line (Kyiv time, no zone printed), headline, body. No per-post authors: the page byline 'By Maryna Holub and Alastair Finch' is used for every entry (kept as one string). 18041-02 is a 'Video:' teaser whose only content is '[Video]'. 18041-05 is a theme piece (explainer on ballistic missiles) that mentions the Zaporizhzhia attack. 18041-06 (IAEA: drone hit near the Zaporizhzhia nuclear plant) must not merge with the Zaporizhzhia city strike; 18041-03 (Danish howitzers) must not merge with Finland's package.",
  not_entries=["masthead and navigation", "page title", "date line 'Tuesday 26 February'", "page byline", "standfirst/lede", "'[Video]' placeholder in the teaser",
               "membership promo after the fourth post", "'Earlier posts'", "footer line"],
  entries=[
  E("2030-02-26 21:50", "Zaporizhzhia toll reaches ten, including a child",
    ["Ten people, among them a 12-year-old girl, have been confirmed killed in this morning's missile strike on Zaporizhzhia, the regional governor, Ivan Fedorov, said. Forty-three people were wounded.",
     "Most of the victims were waiting at a bus stop outside a machine-building plant when the first missile landed."],
    "strikes", "strikes", 3, ZAP, a=RB, n="toll 10, 43 wounded"),
  E("2030-02-26 19:20", "Video: Smoke over Zaporizhzhia's industrial district", [],
    "strikes", "strikes", 1, ZAP, a=RB, n="video teaser without body"),
  E("2030-02-26 17:05", "Denmark to pay for 18 Ukrainian-made Bohdana howitzers",
    ["Denmark will finance 18 Bohdana self-propelled howitzers built in Ukraine, the Danish defence ministry said, extending the scheme under which it buys weapons directly from Ukrainian factories."],
    "aid", "aid", 2, "denmark-bohdana-howitzers-2030-02-26", a=RB, n="same aid theme as Finland's package, different event; must not merge"),
  E("2030-02-26 15:30", "Prisoners come home in first exchange of the year",
    ["Ukraine has brought home 175 soldiers in an exchange of prisoners with Russia brokered by the United Arab Emirates, President Volodymyr Zelensky said, posting photographs of the men wrapped in national flags at the border.",
     "Among them were defenders of Mariupol who had spent almost eight years in captivity."],
    "diplomacy", "diplomacy", 3, PSW, a=RB),
  E("2030-02-26 13:10", "Explainer: Why ballistic missiles are the hardest threat for Ukraine's air defence",
    ["This morning's attack on Zaporizhzhia was carried out with ballistic missiles, the weapon Ukraine's air defences find hardest to stop.",
     "A ballistic missile launched from occupied territory can reach a front-line city in under three minutes, falling so steeply and so fast that only a few Western systems, such as Patriot and SAMP/T, can intercept it.",
     "Those systems are few and are mostly kept around Kyiv and key energy sites, so cities close to the front are often left with warnings alone."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-defence", a=RB,
    n="theme piece (explainer); mentions the Zaporizhzhia attack but is its own story; must not merge with it"),
  E("2030-02-26 11:25", "IAEA: drone hit training centre near Zaporizhzhia nuclear plant",
    ["The International Atomic Energy Agency said a drone struck the roof of a training centre just outside the perimeter of the Russian-occupied Zaporizhzhia nuclear power plant on Tuesday morning. Its team at the site reported no casualties and no effect on nuclear safety."],
    "strikes", "strikes", 2, "zaporizhzhia-nuclear-plant-drone-2030-02-26", a=RB,
    n="same region and name, different event (drone near the Enerhodar nuclear plant); must not merge with the Zaporizhzhia city missile strike"),
  E("2030-02-26 09:40", "Missiles hit Zaporizhzhia; four killed at bus stop",
    ["Russian ballistic missiles struck an industrial district of Zaporizhzhia at about 9.10am, killing at least four people at a crowded bus stop, regional officials said."],
    "strikes", "strikes", 3, ZAP, a=RB, n="toll 4"),
  ]))

# ---------------------------------------------------------------- 18042 Wexborough Times (day 3, HTML live, @graph without per-update times)
SEEDS.append(dict(
  id="18042", name="18042_wexborough-graphlive", ext="html", source="Wexborough Times", zone="Europe/Helsinki", render=r_graphlive,
  title="Ukraine live: deadly strike on Zaporizhzhia; Finland unveils new aid package",
  url="https://www.wexboroughtimes.example/live/ukraine-2030-02-26",
  dateline="Tuesday, 26 February 2030 \u00b7 Times are Finnish time (EET)",
  lede="Our live coverage of the war in Ukraine and the Nordic response.",
  basis="visible '{s}' in <time> (12-hour clock with a dot, no datetime attribute) under the dateline 'Tuesday, 26 February 2030 \u00b7 Times are Finnish time (EET)'; the JSON-LD updates carry only the page's datePublished; local {d} in {z}",
  notes="Invented outlet (Helsinki-based, English-language). HTML live blog, oldest first. JSON-LD @graph with a node typed ['NewsArticle','LiveBlogPosting']; its liveBlogUpdate items have headlines but every one carries the page's own datePublished (the first post's time), so per-entry times must come from the visible '11.15am' <time> elements (no datetime attribute). Signature line '\u2013 NAME' after each body (author). 18042-04 repeats 18042-02 almost verbatim (duplicate_of 18042-02). Two entries carry the Finnish package (18042-03 announcement, 18042-06 minister's details): same story.",
  not_entries=["header and navigation", "page title (h1)", "dateline with the note 'Times are Finnish time (EET)'", "standfirst", "signature lines '\u2013 NAME' (author, not body)",
               "evening-newsletter promo after the second post", "footer"],
  entries=[
  E("2030-02-26 11:15", "Russian missiles strike Zaporizhzhia during morning rush hour",
    ["At least five people were killed when Russian missiles hit Zaporizhzhia in south-eastern Ukraine during the morning rush hour, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, a="Aino Virtanen", n="toll 5"),
  E("2030-02-26 12:30", "Ukraine and Russia exchange 175 prisoners each",
    ["Ukraine and Russia have each released 175 prisoners of war in an exchange mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners said.",
     "It is the first exchange since December."],
    "diplomacy", "diplomacy", 3, PSW, a="Mikael Strand"),
  E("2030-02-26 14:10", "Finland announces \u20ac150m aid package for Ukraine",
    ["Finland's defence ministry on Tuesday announced its 31st military aid package for Ukraine, worth about 150 million euros.",
     "Most of the contents are kept secret, but the ministry said the package includes artillery ammunition."],
    "aid", "aid", 3, FIN, a="Aino Virtanen"),
  E("2030-02-26 15:25", "Ukraine and Russia exchange 175 prisoners each",
    ["Ukraine and Russia have each released 175 prisoners of war in an exchange mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners of war said.",
     "It is the first exchange since December."],
    "diplomacy", "diplomacy", 1, PSW, a="Mikael Strand", dup="18042-02", n="near-verbatim repeat of 18042-02"),
  E("2030-02-26 18:20", "Eight confirmed dead in Zaporizhzhia, governor says",
    ["The number of people killed in this morning's missile strike on Zaporizhzhia has risen to eight, regional governor Ivan Fedorov said on Telegram."],
    "strikes", "strikes", 3, ZAP, a="Aino Virtanen", n="toll 8"),
  E("2030-02-26 20:05", "Finnish package includes ammunition and winter equipment, minister says",
    ["Finland's defence minister told parliament that the new aid package for Ukraine includes artillery ammunition, air defence components and winter equipment for front-line troops."],
    "aid", "aid", 3, FIN, a="Mikael Strand", n="details of the same package announced in 18042-03"),
  ]))

# ---------------------------------------------------------------- 18043 Orlecombe Review (day 3, text article with sections)
SEEDS.append(dict(
  id="18043", name="18043_orlecombe-article", ext="txt", source="Orlecombe Review", zone="Europe/Vienna", render=r_article,
  title="Ukraine on Tuesday: a strike on Zaporizhia, prisoners home, Finnish aid",
  lede="The main developments of the day in Russia's war against Ukraine, in brief.",
  byline="Katharina Oswald", dateline="26 February 2030, 15:40 CET", more="More on the war in Ukraine: our reporting archive",
  basis="no per-section time; the article's dateline '26 February 2030, 15:40 CET' (UTC+1) applies to every section; local {d} in {z}",
  notes="Invented outlet (Vienna). Text article with four section headings (one entry each), page byline 'By Katharina Oswald' (used as every section's author) and a dateline with time and zone; no per-section stamp (stamp null, published = dateline). Spelling 'Zaporizhia'.",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Katharina Oswald'", "dateline '26 February 2030, 15:40 CET'",
               "share line", "closing link 'More on the war in Ukraine: our reporting archive'", "footer"],
  entries=[
  E("2030-02-26 15:40", "Zaporizhia hit again",
    ["Russian missiles struck Zaporizhia in the morning rush hour, killing at least seven people, according to the regional administration. Most of the dead were waiting at a bus stop near a factory gate.",
     "The city lies about 40 kilometres from the front line and has been hit repeatedly this winter."],
    "strikes", "strikes", 3, ZAP, a="Katharina Oswald", n="spelling 'Zaporizhia'; toll 7"),
  E("2030-02-26 15:40", "Prisoners come home",
    ["Ukraine and Russia exchanged 175 prisoners of war each, with the United Arab Emirates again acting as mediator. Several of the returning Ukrainians had been held since the siege of Mariupol."],
    "diplomacy", "diplomacy", 3, PSW, a="Katharina Oswald"),
  E("2030-02-26 15:40", "Helsinki steps up",
    ["Finland announced a new military aid package for Ukraine worth around 150 million euros, focused on artillery ammunition."],
    "aid", "aid", 3, FIN, a="Katharina Oswald"),
  E("2030-02-26 15:40", "Black Sea demining talks in Vienna",
    ["Officials from Turkey, Romania, Bulgaria and Ukraine met at the OSCE in Vienna to discuss widening their joint mine-clearing mission in the Black Sea."],
    "diplomacy", "diplomacy", 2, "black-sea-demining-talks-vienna-2030-02-26", a="Katharina Oswald"),
  ]))


if __name__ == "__main__":
    main()

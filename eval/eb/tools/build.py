#!/usr/bin/env python3
"""Builds the eval/eb seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates the
page layouts of ten real Ukrainian regional outlets from memory (rendered as the English pages a reader would save,
most of them machine-translated); Part B outlets are invented. 2026 events are invented. Deterministic.
Run from the project root:  python3 eval/eb/tools/build.py"""
import html, json, os, re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
KYIV = "Europe/Kyiv"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "vs.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", b=None, **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, b=b)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
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


def ampm(d, sep=":", space="", dots=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].rstrip("-")


def war_day(d):
    return (d - date(2022, 2, 24)).days + 1


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_suspilne(S):
    """Suspilne Kharkiv (suspilne.media/kharkiv) news feed, saved through the browser's page translation. Newest first;
    one day header '19 July, Sunday' (no year anywhere), then bare 'HH:MM' above each headline, lead paragraph(s),
    sometimes a photo credit. No bylines in the feed."""
    order_check(S, True)
    L = ["Translated to: English   Show original   Options \u25be", "", "Suspilne Kharkiv",
         "News   Kharkiv   Kharkiv region   War   Culture   Sport   Programmes   Radio", "Listen live  \u00b7  Watch live", "",
         S["title"], "", S["dayhdr"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e.get("cap"):
            L += [e["cap"], ""]
        if i == 2:
            L += ["Read also: How Kharkiv residents can apply for compensation for destroyed housing", ""]
        if i == 4:
            L += ["Subscribe to Suspilne Kharkiv on Telegram and Viber so you do not miss the important news", ""]
    L += ["Show more news", "", "Suspilne Kharkiv \u00b7 About us \u00b7 Editorial standards \u00b7 Contacts \u00b7 Privacy policy",
          "Public Broadcasting Company of Ukraine"]
    return "\n".join(L) + "\n", stamps


def r_dumska(S):
    """Dumska (dumskaya.net, Odesa) news listing, English rendering of the page. Newest first; each card: headline link,
    then 'HH:MM, DD.MM.YYYY' with view and comment counters, then the summary. Weather and exchange-rate widgets in the
    header. JSON-LD only describes the site (WebSite + Organization)."""
    order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://dumskaya.net/#website", "url": "https://dumskaya.net/", "name": "Dumska",
         "potentialAction": {"@type": "SearchAction", "target": "https://dumskaya.net/search/?q={q}", "query-input": "required name=q"}},
        {"@type": "Organization", "@id": "https://dumskaya.net/#org", "name": "Dumska", "url": "https://dumskaya.net/",
         "logo": "https://dumskaya.net/pics/logo.png"}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Dumska</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="topline"><span class="weather">Odesa +27\u00b0</span> <span class="rates">USD 41.72 \u00b7 EUR 48.35</span> '
           '<a href="/login/">Log in</a></div>',
           '<header><a class="logo" href="/">DUMSKA</a><nav><a href="/news/">News</a> <a href="/articles/">Articles</a> '
           '<a href="/politics/">Politics</a> <a href="/incidents/">Incidents</a> <a href="/economy/">Economy</a> <a href="/sport/">Sport</a> '
           '<a href="/region/">Odesa region</a> <a href="/photo/">Photo</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><div class="newslist">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"{d:%H:%M}, {d:%d.%m.%Y}"; stamps.append(st)
        link = f"/news/{slugify(e['h'], 50)}-{d:%d%m%y}/"
        out.append(f'<div class="newsitem"><h3><a href="{link}">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="meta"><span class="date">{st}</span> <span class="views">\U0001f441 {e["views"]}</span> '
                   f'<a class="comm" href="{link}#comments">\U0001f4ac {e["cc"]}</a></div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="banner">Advertising</div>')
        if i == 4:
            out.append('<div class="subscribe">Dumska on Telegram: the main Odesa news first. <a href="https://t.me/">Subscribe</a></div>')
    out += ['</div><a class="more" href="/news/?page=2">More news</a></main>',
            '<aside><h4>Popular</h4><a href="/news/odesa-opera-season-opens/">Opera house announces its autumn season</a></aside>',
            '<footer>Dumska \u00b7 Odesa news \u00b7 Editorial contacts \u00b7 Advertising \u00b7 Reprint rules</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_most(S):
    """Most (Dnipro) online page, text scrape. Page date line with year, page author; oldest first; each update is a
    headline line followed by a bare 'HH:MM' line and the text. Runs past local midnight without a new date line."""
    order_check(S, False)
    L = ["MOST", "Dnipro news", "News   Dnipro   Region   War   Society   Incidents   Video   Afisha", "",
         "ONLINE", S["title"], S["dateline"], f"Author: {S['page_author']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Read also: Where to find shelters near Dnipro's central market", ""]
        if i == 5:
            L += ["Advertising", ""]
    L += ["The online broadcast continues. Refresh the page.", "", "Tags: Dnipro, shelling, Pavlohrad, Nikopol, air alert", "",
          "MOST \u00b7 About the project \u00b7 Contacts \u00b7 Advertising"]
    return "\n".join(L) + "\n", stamps


def r_zaxid(S):
    """Zaxid.net (Lviv) daily round-up article, HTML with NewsArticle JSON-LD. Title names the day of the full-scale war;
    one author and one 'DD Month YYYY, HH:MM' line; h2 sections (one entry each, no per-section time); view counter,
    'Read also' boxes, photo captions, tags, comment count."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": S["page_author"]},
          "publisher": {"@type": "Organization", "name": "ZAXID.NET", "logo": {"@type": "ImageObject", "url": "https://zaxid.net/img/logo.png"}},
          "mainEntityOfPage": S["url"], "inLanguage": "uk"}
    stamp = f"{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ZAXID.NET</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">ZAXID.NET</a><nav><a href="/news">News</a> <a href="/articles">Articles</a> '
           '<a href="/blogs">Blogs</a> <a href="/lviv">Lviv</a> <a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/war">War</a> <a href="/video">Video</a></nav><span class="lang">UA | EN</span></header>',
           '<main><article>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="info"><span class="author">{esc(S["page_author"])}</span> <span class="date">{stamp}</span> '
           f'<span class="views">\U0001f441 {S["views"]}</span></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="read-also">Read also: <a href="/news/lviv-shelters-map">Map of Lviv shelters updated: 40 new addresses</a></div>')
        if i == 3:
            out.append('<div class="read-also">Read also: <a href="/news/eu-loan-explained">What the EU loan pays for and when the money comes</a></div>')
    out += ['<div class="tags">Tags: war, Russia, Lviv region, air defence, EU</div>', f'<div class="comments">Comments: {S["cc"]}</div>',
            '</article></main>', '<footer>ZAXID.NET \u00b7 Lviv news \u00b7 Editorial office \u00b7 Advertising \u00b7 Use of materials</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_kharkivtimes(S):
    """The Kharkiv Times (English-language WordPress site) category archive, HTML with a Yoast-style @graph
    (CollectionPage, BreadcrumbList, WebSite, Organization). Newest first; card: category label, headline, 'By NAME',
    'July 31, 2026 \u2022 9:14 am' (no zone), excerpt, 'Read More \u00bb'. Photo cards carry no excerpt."""
    order_check(S, True)
    base = "https://kharkivtimes.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{base}/category/news/", "url": f"{base}/category/news/", "name": f"{S['title']} Archives - The Kharkiv Times",
         "isPartOf": {"@id": f"{base}/#website"}, "breadcrumb": {"@id": f"{base}/category/news/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": f"{base}/category/news/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"}, {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "The Kharkiv Times", "publisher": {"@id": f"{base}/#organization"}},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "The Kharkiv Times", "url": f"{base}/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} Archives - The Kharkiv Times</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive category category-news">',
           '<header class="site-header"><a class="site-title" href="/">The Kharkiv Times</a> <p class="site-description">News from Ukraine\u2019s second city</p>'
           '<nav><a href="/category/news/">News</a> <a href="/category/frontline/">Frontline</a> <a href="/category/city/">City</a> '
           '<a href="/category/culture/">Culture</a> <a href="/category/opinion/">Opinion</a> <a href="/support-us/">Support us</a></nav></header>',
           f'<main><h1 class="page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} \u2022 {ampm(d, space=' ')}"; stamps.append(st)
        link = f"{base}/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(e['h'], 90)}/"
        out.append(f'<article class="post type-post"><span class="cat-links"><a href="/category/{e["cat"].lower()}/">{e["cat"]}</a></span>')
        out.append(f'<h2 class="entry-title"><a href="{link}" rel="bookmark">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a></span> '
                   f'<span class="posted-on"><time class="entry-date published" datetime="{d.isoformat()}">{st}</time></span></div>')
        if e["p"]:
            out.append('<div class="entry-summary">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) +
                       f'<a class="more-link" href="{link}">Read More \u00bb</a></div>')
        else:
            out.append(f'<div class="gallery-thumb"><img src="{link}cover.jpg" alt=""></div>')
        out.append('</article>')
        if i == 3:
            out.append('<aside class="newsletter"><h3>Get The Kharkiv Times in your inbox</h3><p>One email every weekday morning.</p>'
                       '<input type="email" placeholder="Your email"> <button>Subscribe</button></aside>')
    out += ['<nav class="pagination"><span class="current">1</span> <a href="/category/news/page/2/">2</a> <a href="/category/news/page/2/">Next \u00bb</a></nav></main>',
            '<footer class="site-footer">\u00a9 2026 The Kharkiv Times \u00b7 About \u00b7 Contact \u00b7 Privacy Policy \u00b7 Proudly powered by WordPress</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_vgorode(S):
    """Vgorode (Kyiv) running article 'what is known', text scrape. Page date/time line with year, author, view counter;
    lede; then oldest-first update blocks 'Updated at HH:MM' followed by text (no headlines). Photo credits, related link."""
    order_check(S, False)
    L = ["Vgorode", "Kyiv", "News   Kyiv   Incidents   Transport   Utilities   Afisha   Real estate", "",
         S["title"], "", S["dateline"], f"Author: {S['page_author']}", f"Views: {S['views']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"Updated at {d:%H:%M}"; stamps.append(st)
        L += [st, ""] + ptxt(e["p"])
        if e.get("cap"):
            L += [e["cap"], ""]
        if i == 2:
            L += ["Read also: Which Kyiv metro stations work as shelters around the clock", ""]
    L += ["We will update the news.", "", "Subscribe to Vgorode Kyiv on Telegram", "",
          "Vgorode \u00b7 About \u00b7 Advertising \u00b7 Terms of use"]
    return "\n".join(L) + "\n", stamps


def r_0629(S):
    """0629.com.ua (Mariupol city site, RIA network) RSS 2.0 feed: pubDate with +0300, one-paragraph description,
    category, enclosure image; no author element."""
    order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.0629.com.ua/news</link>',
           '<atom:link href="https://www.0629.com.ua/rss" rel="self" type="application/rss+xml" />',
           '<description>Mariupol city website: news of Mariupol and Mariupol residents</description>', '<language>uk</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], S["zone"]))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = rfc822(d); stamps.append(st)
        nid = 3981204 + i * 37
        link = f"https://www.0629.com.ua/news/{nid}/{slugify(e['h'], 50)}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>',
                f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<enclosure url="https://static.0629.com.ua/photos/news/{nid}_1200x675.jpg" type="image/jpeg" length="{120000 + i * 911}" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_rivne1(S):
    """Rivne1 (rivne1.tv) Atom feed: <published> ISO with +03:00, <author><name>, escaped HTML content, category."""
    order_check(S, True)
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">',
           f'<title>{esc(S["title"])}</title>', '<subtitle>Rivne news: city, region, war</subtitle>',
           '<link rel="alternate" type="text/html" href="https://rivne1.tv/"/>', '<link rel="self" href="https://rivne1.tv/feed/atom"/>',
           '<id>https://rivne1.tv/feed/atom</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"https://rivne1.tv/Info/{2210413 + i * 13}"
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<author><name>{esc(e["a"])}</name></author>',
                f'<category term="{attr(e["cat"])}"/>',
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_20min(S):
    """20 Minutes Vinnytsia (vn.20minut.ua) news listing, text scrape. Header with a time/weather widget ('Vinnytsia \u00b7
    22:45 \u00b7 +21\u00b0C') and the date; newest first; cards: headline, then a relative stamp ('17 minutes ago',
    '1 hour ago') for recent items or 'Today, 15:30' for older ones, view counter, summary."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["20 Minutes", "Vinnytsia", f"Vinnytsia \u00b7 {ref:%H:%M} \u00b7 +21\u00b0C, clear",
         f"{DAYS_EN[ref.weekday()]}, {ref.day} {MONTHS[ref.month - 1]} {ref.year}", "",
         "News   Vinnytsia   Region   War   Society   Business   Afisha   Advertising", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert d.date() == ref.date()
        if mins < 60:
            st = f"{mins} minutes ago"
        elif mins == 60:
            st = "1 hour ago"
        else:
            st = f"Today, {d:%H:%M}"
        stamps.append(st)
        L += [e["h"], st, f"\U0001f441 {e['views']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertising", ""]
        if i == 4:
            L += ["Vinnytsia news in Telegram: subscribe to 20 Minutes", ""]
    L += ["Show more", "", "20 Minutes Vinnytsia \u00b7 Editorial office \u00b7 Advertising \u00b7 Rules for using materials"]
    return "\n".join(L) + "\n", stamps


def r_zabor(S):
    """Zabor (Zaporizhzhia news portal) online page, HTML with no JSON-LD. Header date, newest first, a bare '<time>HH:MM</time>'
    above each h3 headline, text below; view counter; banner; related links; no zone printed."""
    order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Zabor</title></head><body>',
           '<div class="top"><span class="city">Zaporizhzhia</span> <span class="alert-status">Air alert map</span></div>',
           '<header><a class="logo" href="/">ZABOR</a><nav><a href="/news/">News</a> <a href="/city/">City</a> <a href="/region/">Region</a> '
           '<a href="/war/">War</a> <a href="/crime/">Crime</a> <a href="/sport/">Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="post-meta"><span>{esc(S["dateline"])}</span> <span class="views">Views: {S["views"]}</span></div>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<div class="online">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="online-item"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="banner">Advertising</div>')
        if i == 4:
            out.append('<div class="related">See also: <a href="/news/zaporizhzhia-shelters-list/">List of shelters in Zaporizhzhia by district</a></div>')
    out += ['</div><p class="end">We will keep updating this page.</p></main>',
            '<footer>Zabor \u00b7 Zaporizhzhia news \u00b7 Contacts \u00b7 Advertising</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 events)
SEEDS = []

# ---------------------------------------------------------------- 13300 Suspilne Kharkiv
SAL = "saltivka-guided-bomb-strike-2026-07-19"
SEEDS.append(dict(
  id="13300", name="13300_suspilne-kharkiv-feed", ext="txt", source="Suspilne Kharkiv", zone=KYIV, render=r_suspilne,
  title="Kharkiv news feed", dayhdr="19 July, Sunday", parse_args=["--date", "2026-07-19"],
  basis="bare time '{s}' under the only day header '19 July, Sunday' (no year printed anywhere: year from parse_args 2026-07-19); Kyiv time implied (no zone printed, the outlet's home zone, EEST = UTC+3); local {d} in {z}",
  notes="Imitates the Suspilne Kharkiv regional news feed as saved through the browser's translation into English (Google translate bar at the top). Newest first under one day header '19 July, Sunday'; no year appears anywhere, hence parse_args. Each item: bare 'HH:MM' line, headline line, one or two lead paragraphs, sometimes a 'Photo:' credit. No bylines. Kyiv time implied (no zone printed). 13300-01 and 13300-04 are the same Saltivka strike (toll 2 -> 4); 13300-03 (Chuhuiv power line) is a different strike in the same region and must not merge with it. One off-beat item (jazz evening).",
  not_entries=["Google translate bar 'Translated to: English   Show original   Options'", "site name and navigation line", "'Listen live · Watch live'",
               "feed title 'Kharkiv news feed' (page title)", "day header '19 July, Sunday'", "photo credits 'Photo: ...'",
               "'Read also: How Kharkiv residents can apply for compensation ...' link", "Telegram/Viber subscription promo",
               "'Show more news'", "footer lines"],
  entries=[
  E("2026-07-19 21:40", "Toll from the strike on Saltivka rises to four",
    ["The number of people killed by the afternoon strike on Kharkiv's Saltivskyi district has risen to four, the head of the regional military administration Oleh Syniehubov reported.",
     "A man pulled from the damaged entrance of a nine-storey building died in hospital, and one more body was found under the debris. Another 17 people were injured, three of them children."],
    "strikes", "strikes", 3, SAL, cap="Photo: Suspilne Kharkiv", n="toll 4"),
  E("2026-07-19 19:55", "Families with children must leave eleven more villages of the Kupiansk community",
    ["The regional defence council has made the evacuation of families with children mandatory in eleven more villages of the Kupiansk community because of constant shelling.",
     "Families will be taken to Kharkiv and given places in temporary accommodation, the community head said. About 140 children still live in the listed villages."],
    "other", "humanitarian", 2, "kupiansk-community-child-evacuation-2026-07-19"),
  E("2026-07-19 17:30", "Drone damages a power line in Chuhuiv, part of the town without electricity",
    ["A Russian attack drone hit a power line on the outskirts of Chuhuiv in the afternoon, leaving about 2,300 households without power.",
     "Nobody was hurt, the city military administration said, and repair crews expect to restore supply by the morning."],
    "strikes", "strikes", 2, "chuhuiv-power-line-drone-2026-07-19", n="same region, different strike: must not merge with the Saltivka strike"),
  E("2026-07-19 15:10", "Russian guided bombs hit Saltivka: two people killed",
    ["Russian aircraft dropped two guided aerial bombs on the Saltivskyi district of Kharkiv at about three o'clock in the afternoon, killing two people, mayor Ihor Terekhov said.",
     "One bomb struck the courtyard of an apartment block, the other a row of shops near a tram stop. Rescuers are still working at both sites."],
    "strikes", "strikes", 3, SAL, cap="Photo: State Emergency Service of Ukraine in Kharkiv region", n="toll 2"),
  E("2026-07-19 12:20", "Defence forces repel nine assaults in the Kharkiv direction",
    ["Ukrainian units repelled nine Russian assaults near Vovchansk and in the Velykyi Burluk area over the past day, the military said in its morning update.",
     "Russian troops are trying to move small infantry groups through the forest belts under the cover of drones, a spokesman for the grouping told Suspilne."],
    "other", "frontline", 2, "kharkiv-direction-assaults-repelled-2026-07-19"),
  E("2026-07-19 10:05", "Kharkiv prepares six more underground classrooms for September",
    ["The city will open six more underground learning spaces before the school year, so that about 4,000 more pupils can attend lessons in person.",
     "The classrooms are being built in metro passages and basements of schools, the city education department said."],
    "other", "humanitarian", 2, "kharkiv-underground-classrooms-2026-07"),
  OFF("2026-07-19 08:15", "Open-air jazz evening to take place in Shevchenko Garden",
    ["Kharkiv musicians will give a free open-air jazz concert in Shevchenko Garden on Sunday evening, the organisers said.",
     "In case of an air alert the concert will be paused and visitors asked to go to the nearest shelter."],
    "kharkiv-jazz-evening-2026-07-19", n="local culture event"),
  ]))

# ---------------------------------------------------------------- 13301 Dumska (Odesa)
ODS = "odesa-port-night-strike-2026-07-23"
SEEDS.append(dict(
  id="13301", name="13301_dumska-news", ext="html", source="Dumska", zone=KYIV, render=r_dumska,
  title="Odesa news",
  basis="card stamp '{s}' (time, then DD.MM.YYYY; no zone printed: Kyiv time, the outlet's home zone, EEST = UTC+3); local {d} in {z}",
  notes="Imitates the news listing of Dumska (dumskaya.net, Odesa), rendered in English. Newest first. Each card: headline link first, then the stamp 'HH:MM, DD.MM.YYYY' (time before the numeric date) with view and comment counters, then one or two summary paragraphs. Header widgets (weather, exchange rates). JSON-LD describes only the site (WebSite, Organization). No bylines. 13301-04 and 13301-07 tell the same night strike on Odesa's port (toll 1 -> 2); 13301-05 (Izmail port) is another strike in the same region and must not merge with it. One off-beat item (tram repairs).",
  not_entries=["top line widgets (weather 'Odesa +27°', exchange rates) and 'Log in'", "logo and navigation", "listing heading 'Odesa news' (page title)",
               "view and comment counters in every card", "'Advertising' banner", "Telegram subscription box", "'More news'",
               "'Popular' sidebar link", "footer"],
  entries=[
  E("2026-07-23 21:45", "Greek foreign minister visits Odesa port hit overnight",
    ["Greek Foreign Minister Giorgos Gerapetritis arrived in Odesa on Thursday together with Ukraine's Foreign Minister Andrii Sybiha and inspected a grain terminal damaged in the night attack.",
     "The ministers discussed the protection of the Black Sea shipping corridor and Greek participation in rebuilding port facilities, the Ukrainian ministry said."],
    "diplomacy", "diplomacy", 3, "greek-fm-odesa-visit-2026-07-23", views="2 184", cc=9),
  OFF("2026-07-23 18:30", "Tram route No. 5 to close for track repairs until mid-August",
    ["Tram route No. 5 will not run from Saturday while workers replace the rails on Fontanska Road, the city transport department said.",
     "Replacement buses will run along the same route every ten minutes."],
    "odesa-tram-5-repairs", n="city transport", views="3 402", cc=41),
  E("2026-07-23 16:05", "Swimming remains banned on most Odesa beaches because of mines",
    ["Swimming in the sea is still forbidden on all but six of Odesa's beaches because of the danger from drifting mines, the city military administration reminded residents.",
     "Patrols will fine those who ignore the ban, and rescuers ask parents not to let children into the water outside the permitted zones."],
    "other", "humanitarian", 2, "odesa-beach-swimming-ban-2026", views="5 610", cc=57),
  E("2026-07-23 13:40", "Night attack on Odesa: toll rises to two, grain terminal damaged",
    ["A second person has died after the night drone attack on Odesa's port area, the regional military administration said on Thursday afternoon.",
     "The attack damaged a grain terminal and two warehouses and set a fuel tanker truck on fire. Eight people were injured."],
    "strikes", "strikes", 3, ODS, views="8 935", cc=64, n="toll 2"),
  E("2026-07-23 11:25", "Drones attack Izmail port on the Danube",
    ["Russian drones attacked port infrastructure in Izmail overnight, damaging an administrative building and a crane, the head of the Odesa regional administration Oleh Kiper said.",
     "Nobody was hurt. Romania's defence ministry said it had scrambled aircraft while the drones flew close to its border."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2026-07-23", views="4 077", cc=18, n="same region, different strike: must not merge with the Odesa port strike"),
  E("2026-07-23 10:20", "Odesa man jailed for passing air-defence positions to Russian handlers",
    ["A court in Odesa sentenced a 34-year-old man to 12 years in prison for sending the locations of air-defence units in the city to Russian intelligence, the SBU said.",
     "He was detained last year after investigators found the coordinates in a messenger chat."],
    "other", "security", 2, "odesa-air-defence-informant-sentenced-2026-07-23", views="3 215", cc=22),
  E("2026-07-23 09:10", "Night attack on Odesa: one person killed, port warehouses on fire",
    ["Russia attacked Odesa with attack drones overnight, killing one person and setting fire to warehouses in the port area, Oleh Kiper said.",
     "Air defence shot down most of the drones over the sea, but several reached the port district. Firefighters put out the blaze by the morning."],
    "strikes", "strikes", 3, ODS, views="12 760", cc=83, n="toll 1"),
  ]))

# ---------------------------------------------------------------- 13302 Most (Dnipro)
DNP = "dnipro-drone-strike-shevchenkivskyi-2026-07-26"
PAV = "pavlohrad-district-drone-attack-2026-07-26"
SEEDS.append(dict(
  id="13302", name="13302_most-dnipro-online", ext="txt", source="Most", zone=KYIV, render=r_most,
  title="Dnipro and the region online: shelling, alerts and the main news of 26 July",
  dateline="Sunday, 26 July 2026", page_author="Olena Marchuk",
  lede="We are following the situation in Dnipro and Dnipropetrovsk region after the night attack. The page is updated throughout the day.",
  basis="bare time '{s}' after the headline; page date line 'Sunday, 26 July 2026' (Kyiv time implied, EEST = UTC+3); local {d} in {z}",
  notes="Imitates an online page of Most (Dnipro), text scrape. One date line 'Sunday, 26 July 2026' and a page author (used for every entry). Oldest first; each update is a headline line followed by a bare 'HH:MM' line and the text (headline before stamp). The page runs past local midnight without a new date line: the last two updates (00:20, 01:45) are 27 July local (midnight crossing), still 26 July in UTC. Story 13302-01/03/07 is the Dnipro drone strike (toll 1 -> 3, then a day of mourning); 13302-02 (Nikopol shelling) is another strike in the same region and must not merge with it; 13302-08/09 are one later drone attack on Pavlohrad district. One off-beat item (bus routes).",
  not_entries=["site name 'MOST', 'Dnipro news', navigation", "label 'ONLINE'", "page title", "date line 'Sunday, 26 July 2026'", "'Author: Olena Marchuk'",
               "page lede 'We are following the situation ...'", "'Read also: Where to find shelters ...' link", "'Advertising'",
               "'The online broadcast continues. Refresh the page.'", "tags line", "footer"],
  entries=[
  E("2026-07-26 07:10", "Night attack on Dnipro: drone hits a high-rise in Shevchenkivskyi district",
    ["A Russian attack drone struck a 16-storey residential building in Dnipro's Shevchenkivskyi district at about half past three in the morning.",
     "A 62-year-old woman was killed and five people were injured, the regional military administration said. Flats on three floors burned out."],
    "strikes", "strikes", 3, DNP, n="toll 1"),
  E("2026-07-26 09:25", "Nikopol shelled from across the river again, man injured",
    ["Russian troops fired artillery at Nikopol from the occupied left bank of the Dnipro in the morning, injuring a 45-year-old man.",
     "A private house, a shop and a gas pipeline were damaged, the district administration said."],
    "strikes", "strikes", 2, "nikopol-shelling-2026-07-26", n="same region, different attack: must not merge with the Dnipro drone strike"),
  E("2026-07-26 11:40", "Dnipro death toll rises to three as rescuers clear the rubble",
    ["Rescuers have recovered the bodies of two more residents from the damaged high-rise in Shevchenkivskyi district, bringing the toll of the night attack to three.",
     "Mayor Borys Filatov said the city would pay for temporary housing for all families whose flats were destroyed."],
    "strikes", "strikes", 3, DNP, n="toll 3"),
  E("2026-07-26 13:15", "Regional blood centre asks donors to come in this week",
    ["The Dnipropetrovsk regional blood transfusion centre says its summer reserves of first and third negative groups are running low and asks donors to come in.",
     "The centre works from 8:00 to 14:00 on weekdays and on Saturday."],
    "other", "humanitarian", 2, "dnipro-blood-centre-donor-appeal-2026-07"),
  E("2026-07-26 16:50", "Evacuation ordered for three more villages of the Mezhova community",
    ["The regional authorities have announced the mandatory evacuation of three more villages in the Mezhova community as fighting approaches the region's eastern border.",
     "Residents are being taken to Pavlohrad and Dnipro by bus, and those with livestock are offered help with transport."],
    "other", "humanitarian", 2, "mezhova-community-evacuation-2026-07-26"),
  OFF("2026-07-26 19:30", "City council approves two new bus routes to the left bank",
    ["Two new city bus routes linking the centre with the left-bank residential districts will start running on 1 August, the city council decided.",
     "Fares will stay the same as on other municipal routes."],
    "dnipro-new-bus-routes", n="city transport"),
  E("2026-07-26 22:05", "Monday declared a day of mourning in Dnipro",
    ["Mayor Borys Filatov has declared Monday a day of mourning for the three residents killed in the night drone strike.",
     "Flags will fly at half-mast and entertainment events are cancelled."],
    "strikes", "strikes", 3, DNP),
  E("2026-07-27 00:20", "Air defence working over Pavlohrad district",
    ["Explosions are heard in Pavlohrad district: air defence is engaging Russian attack drones, the regional military administration warned.",
     "Residents are urged to stay in shelters until the all-clear."],
    "strikes", "strikes", 2, PAV, b="bare time '{s}' with no new date line; the oldest-first page wraps past midnight after 22:05 (midnight crossing) below 'Sunday, 26 July 2026', so local 27 July; {d} in {z} is still 26 July in UTC"),
  E("2026-07-27 01:45", "Pavlohrad: drone debris sparks fire at an infrastructure site",
    ["Debris from a downed drone set fire to an infrastructure facility in Pavlohrad district, the regional administration said after the all-clear.",
     "Firefighters put out the blaze. No one was hurt."],
    "strikes", "strikes", 2, PAV, b="bare time '{s}' with no new date line; the oldest-first page wraps past midnight after 22:05 (midnight crossing) below 'Sunday, 26 July 2026', so local 27 July; {d} in {z} is still 26 July in UTC"),
  ]))

# ---------------------------------------------------------------- 13303 Zaxid.net (Lviv)
SEEDS.append(dict(
  id="13303", name="13303_zaxid-roundup", ext="html", source="ZAXID.NET", zone=KYIV, render=r_zaxid,
  title=f"Day {war_day(date(2026, 7, 29)):,} of the full-scale war: the main events of 29 July",
  dateline_t="2026-07-29 21:40", page_author="Taras Hrynkiv", views="6 318", cc=14,
  url="https://zaxid.net/den-1617-povnomasshtabnoyi-viyni-golovne-29-lipnya-n1620417",
  caption="Rescuers at the site of a strike in Ivano-Frankivsk region. Photo: State Emergency Service",
  lede="What happened at the front, in the rear and in diplomacy on Wednesday: a short summary from ZAXID.NET.",
  basis="no per-section time: the article's line '29 July 2026, 21:40' (Kyiv time implied, EEST = UTC+3; JSON-LD datePublished +03:00) dates every section; local {d} in {z}",
  notes="Imitates a ZAXID.NET (Lviv) evening round-up article in English, HTML with NewsArticle JSON-LD. Title names the day of the full-scale war (1,617th = 29 July 2026). One author and one date/time line '29 July 2026, 21:40'; view counter. Six h2 sections, one entry each (headline = section heading), stamp null, published = the article time. Author = the article author for every section. Photo caption, two 'Read also' boxes, tags and a comment count are chrome.",
  not_entries=["logo, navigation and language switch", "article title (page title)", "author / date / views line", "photo caption",
               "bold lead 'What happened at the front ...'", "'Read also: Map of Lviv shelters updated ...'", "'Read also: What the EU loan pays for ...'",
               "tags line", "'Comments: 14'", "footer"],
  entries=[
  E("2026-07-29 21:40", "Russia launched more than 300 drones and 18 missiles overnight",
    ["Russia attacked Ukraine overnight with 312 drones and 18 cruise and ballistic missiles, the Air Force said; 281 drones and 14 missiles were shot down or jammed.",
     "The main targets were gas production and power facilities in Lviv, Ivano-Frankivsk and Poltava regions. In Ivano-Frankivsk region two workers of an energy company were killed.",
     "In Lviv region a drone hit an industrial site near Stryi, the regional military administration said. No one there was injured."],
    "strikes", "strikes", 3, "russian-combined-attack-energy-2026-07-29", a="Taras Hrynkiv"),
  E("2026-07-29 21:40", "Heavy fighting near Kostiantynivka and Huliaipole",
    ["The General Staff reported 164 combat clashes during the day, the most of them near Kostiantynivka and in the Huliaipole direction.",
     "Ukrainian units repelled an attempt to break through to the railway north of Kostiantynivka, the commander of a brigade told journalists."],
    "other", "frontline", 2, "fighting-kostiantynivka-huliaipole-2026-07-29", a="Taras Hrynkiv"),
  E("2026-07-29 21:40", "EU releases a new tranche of its loan to Ukraine",
    ["The European Commission paid Ukraine a new tranche of 4.2 billion euros from the EU's two-year loan, most of which will go on weapons made in Ukraine.",
     "Prime Minister Yulia Svyrydenko said the money would cover drone and artillery contracts until the autumn."],
    "aid", "aid", 3, "eu-loan-tranche-ukraine-2026-07-29", a="Taras Hrynkiv"),
  E("2026-07-29 21:40", "Sybiha and Fidan discuss a new round of talks in Istanbul",
    ["Foreign Minister Andrii Sybiha spoke by phone with his Turkish counterpart Hakan Fidan about a possible new round of Ukrainian-Russian talks in Istanbul.",
     "According to Sybiha, Kyiv is ready to send a delegation if the agenda includes a full exchange of prisoners and a ceasefire in the air."],
    "diplomacy", "diplomacy", 3, "sybiha-fidan-istanbul-talks-call-2026-07-29", a="Taras Hrynkiv"),
  E("2026-07-29 21:40", "Ukraine brings home the bodies of 1,000 fallen soldiers",
    ["The bodies of 1,000 people whom Russia identifies as Ukrainian soldiers were returned to Ukraine, the coordination headquarters for prisoners of war said.",
     "Investigators and forensic experts will now identify them. Russia received the bodies of 24 of its soldiers."],
    "other", "humanitarian", 2, "repatriation-of-bodies-2026-07-29", a="Taras Hrynkiv", sec=["diplomacy"]),
  E("2026-07-29 21:40", "Lviv opens a new rehabilitation centre for veterans",
    ["A rehabilitation centre for veterans with spinal injuries opened in Lviv on the grounds of the Unbroken hospital complex, mayor Andriy Sadovyi said.",
     "It has 60 places and a workshop where patients can learn a new trade."],
    "other", "humanitarian", 2, "lviv-veterans-rehabilitation-centre-2026-07-29", a="Taras Hrynkiv"),
  ]))

# ---------------------------------------------------------------- 13304 The Kharkiv Times
SEEDS.append(dict(
  id="13304", name="13304_kharkivtimes-news", ext="html", source="The Kharkiv Times", zone=KYIV, render=r_kharkivtimes,
  title="News",
  basis="card date '{s}' (12-hour clock, no zone printed: Kyiv time, the outlet's home zone, EEST = UTC+3; the <time datetime> agrees); local {d} in {z}",
  notes="Imitates the 'News' category archive of The Kharkiv Times, an English-language WordPress site, with a Yoast-style JSON-LD @graph (CollectionPage, BreadcrumbList, WebSite, Organization; no articles). Newest first. Card: category label, headline, 'By NAME', 'July 31, 2026 • 9:14 am' (12-hour clock, no zone: Kyiv time), excerpt, 'Read More »'. 13304-01 is a 'Photos:' card without an excerpt (teaser, importance 1). One off-beat card (football coach).",
  not_entries=["site title, tagline and navigation", "archive heading 'News' (page title)", "category labels on each card", "'Read More »' links",
               "photo thumbnail of the 'Photos:' card", "newsletter box after the fourth card", "pagination", "footer ('© 2026 The Kharkiv Times ...')"],
  entries=[
  E("2026-07-31 20:05", "Photos: A school year begins early in Kharkiv's underground classrooms", [],
    "other", "humanitarian", 1, "kharkiv-underground-school-summer-classes-2026-07", a="Ella Freund", cat="City", n="photo teaser, no text body"),
  E("2026-07-31 18:40", "Guided bomb hits industrial zone in Kharkiv, injuring six",
    ["A Russian guided bomb struck a warehouse complex in Kharkiv's Industrialnyi district on Friday evening, injuring six workers, the regional governor said.",
     "The blast shattered windows in nearby apartment blocks, but no homes were seriously damaged."],
    "strikes", "strikes", 2, "kharkiv-industrial-zone-guided-bomb-2026-07-31", a="Kostiantyn Lysak", cat="War"),
  E("2026-07-31 16:10", "Russian assaults intensify around Kupiansk, military says",
    ["Russian forces have stepped up infantry assaults on the approaches to Kupiansk, using motorcycles and light vehicles to cross open fields, a spokesperson for the local Ukrainian grouping said.",
     "He said the attacks were repelled, but drone strikes on the town's remaining bridges had made supplying the garrison harder."],
    "other", "frontline", 2, "kupiansk-assaults-intensify-2026-07-31", a="Kostiantyn Lysak", cat="Frontline"),
  E("2026-07-31 13:25", "Terekhov promises repairs to 40 damaged schools by September",
    ["Mayor Ihor Terekhov said the city would finish repairing windows, roofs and heating in 40 schools damaged by Russian attacks before the start of the school year.",
     "Most of the schools will still teach partly online because their shelters are too small for all pupils."],
    "other", "humanitarian", 2, "kharkiv-school-repairs-2026-07-31", a="Mariia Voloshyna", cat="City"),
  E("2026-07-31 11:50", "Japan to fund a new water pumping station for Kharkiv",
    ["Japan's development agency JICA will pay for a new water pumping station in northern Kharkiv to replace one destroyed by shelling in 2022, the city council said.",
     "The grant also covers pipes and generators so that the station can keep working during blackouts."],
    "aid", "aid", 2, "japan-jica-kharkiv-water-station-2026-07-31", a="Mariia Voloshyna", cat="City"),
  E("2026-07-31 09:14", "Two killed as Russian drones strike Zolochiv community overnight",
    ["Two people were killed and three were injured when Russian drones hit houses in the Zolochiv community northwest of Kharkiv overnight, regional governor Oleh Syniehubov said.",
     "Among the dead is a 71-year-old woman. Five houses and a farm building were destroyed."],
    "strikes", "strikes", 3, "zolochiv-community-drone-strike-2026-07-31", a="Ella Freund", cat="War"),
  OFF("2026-07-31 07:30", "Metalist 1925 names new head coach ahead of season start",
    ["Kharkiv football club Metalist 1925 has appointed a new head coach two weeks before the start of the Ukrainian Premier League season.",
     "The club, which plays its home matches outside Kharkiv for safety reasons, signed him to a two-year contract."],
    "metalist-1925-new-coach", a="Ella Freund", cat="Sport", n="football"),
  ]))

# ---------------------------------------------------------------- 13305 Vgorode (Kyiv)
KYV = "kyiv-combined-attack-2026-08-02"
SEEDS.append(dict(
  id="13305", name="13305_vgorode-kyiv-timeline", ext="txt", source="Vgorode", zone=KYIV, render=r_vgorode,
  title="Night attack on Kyiv on 2 August: what is known",
  dateline="2 August 2026, 04:15", page_author="Natalia Yarova", views="18 402",
  lede="Kyiv came under a combined drone and missile attack on the night of 2 August. Here is what is known about the consequences; the news is being updated.",
  basis="update line '{s}' (no date: the article's line '2 August 2026, 04:15' gives the day; Kyiv time implied, EEST = UTC+3); local {d} in {z}",
  notes="Imitates a Vgorode (Kyiv) 'what is known' article that is updated through the day, text scrape. Article line '2 August 2026, 04:15', author and view counter at the top; the lede paragraph is the article's own intro (not an entry). Oldest first; each update is an 'Updated at HH:MM' line followed by text: the updates have NO headlines. Author = the article author for every update. Updates 1-4 and 6 are one story (the Kyiv attack: toll 2 -> 4, then a day of mourning); update 5 (Zelensky's call for Patriot systems) is an appeal for air defence, a separate story. Photo credits and a 'Read also' link are chrome.",
  not_entries=["site name, city and navigation", "article title (page title)", "date/time line '2 August 2026, 04:15'", "'Author: Natalia Yarova'", "'Views: 18 402'",
               "lede 'Kyiv came under a combined drone and missile attack ...' (the article intro)", "photo credits 'Photo: ...'",
               "'Read also: Which Kyiv metro stations work as shelters ...'", "'We will update the news.'", "Telegram promo", "footer"],
  entries=[
  E("2026-08-02 04:40", None,
    ["Debris of downed drones fell in the Darnytskyi, Obolonskyi and Solomianskyi districts, the head of the Kyiv city military administration Tymur Tkachenko said.",
     "In Darnytskyi district a fire broke out on the upper floors of a nine-storey building. Emergency services are at all the sites."],
    "strikes", "strikes", 3, KYV, a="Natalia Yarova", cap="Photo: Kyiv City Military Administration"),
  E("2026-08-02 05:30", None,
    ["Two people were killed and nine injured in the night attack, mayor Vitali Klitschko said. Six of the injured were taken to hospital.",
     "The metro is running with longer intervals because several stations were used as shelters during the night."],
    "strikes", "strikes", 3, KYV, a="Natalia Yarova", n="toll 2"),
  E("2026-08-02 06:50", None,
    ["Across Ukraine, Russia launched 52 drones and 8 missiles overnight, the Air Force said; 47 drones and 6 missiles were downed, most of them on the approaches to Kyiv."],
    "strikes", "strikes", 3, KYV, a="Natalia Yarova"),
  E("2026-08-02 08:15", None,
    ["The toll has risen to four: rescuers found two more bodies under the rubble of a partly collapsed section of the building in Darnytskyi district.",
     "Search work continues, and about 40 residents have been moved to a temporary shelter in a nearby school."],
    "strikes", "strikes", 3, KYV, a="Natalia Yarova", cap="Photo: State Emergency Service", n="toll 4"),
  E("2026-08-02 10:30", None,
    ["President Volodymyr Zelensky said the attack showed once again that Ukraine needs more Patriot systems and missiles for them, and called on partners to speed up deliveries already promised.",
     "He said Russia had used ballistic missiles that only Patriots can reliably stop."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2026-08-02", a="Natalia Yarova", sec=["strikes"], n="appeal for air defence after the attack: its own story"),
  E("2026-08-02 12:45", None,
    ["Klitschko declared 3 August a day of mourning in the capital for the victims of the night attack."],
    "strikes", "strikes", 3, KYV, a="Natalia Yarova"),
  ]))

# ---------------------------------------------------------------- 13306 0629 (Mariupol)
SEEDS.append(dict(
  id="13306", name="13306_0629-mariupol-rss", ext="xml", source="0629.com.ua", zone=KYIV, render=r_0629,
  title="0629.com.ua \u2014 Mariupol news",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Kyiv summer time); local {d} in {z}",
  notes="Imitates the RSS feed of 0629.com.ua, the Mariupol city site of the RIA network that now works from Kyiv (Mariupol in exile), in English. Newest first. pubDate with +0300; description is a one-paragraph summary; category and enclosure per item; no author element (author null). Most items are about occupied Mariupol and displaced residents.",
  not_entries=["channel title, link, description, language and lastBuildDate", "atom:link self reference", "category, guid, link and enclosure elements of each item"],
  entries=[
  E("2026-08-06 20:10", "Ukraine brings home 205 defenders, among them fighters who defended Mariupol",
    ["Ukraine and Russia exchanged 205 prisoners of war each on Thursday with mediation by the United Arab Emirates; among those returned are 31 marines and National Guard soldiers captured in Mariupol in 2022, the coordination headquarters said."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-205-2026-08-06", cat="Society"),
  E("2026-08-06 17:35", "Occupied Mariupol: water by the hour for a third week",
    ["Residents of several districts of occupied Mariupol have received tap water only a few hours every other day for three weeks, and people queue at wells and water trucks, the city council in exile said, citing messages from residents."],
    "other", "humanitarian", 2, "occupied-mariupol-water-shortage-2026-08", cat="Occupation"),
  E("2026-08-06 14:20", "Explosions near Mariupol port: drones hit Russian ammunition depot, adviser says",
    ["Drones struck a Russian ammunition depot near the port of occupied Mariupol overnight, causing a series of secondary explosions, an adviser to the city's exiled mayor wrote on Telegram. Russian-installed officials spoke of an attack repelled by air defence."],
    "strikes", "strikes", 2, "mariupol-port-ammunition-depot-drones-2026-08-06", cat="War"),
  E("2026-08-06 11:05", "Mariupol State University opens admissions in Kyiv",
    ["Mariupol State University, which relocated to Kyiv in 2022, has opened admissions for the new academic year and offers places in its dormitory to students from occupied territories."],
    "other", "humanitarian", 2, "mariupol-state-university-admissions-2026", cat="Education"),
  E("2026-08-06 09:40", "Occupation authorities seize hundreds more 'ownerless' flats",
    ["The Russian-installed administration in Mariupol has added 420 more flats to its list of 'ownerless' property, giving owners who left the city 30 days to appear in person or lose their homes."],
    "other", "humanitarian", 2, "mariupol-ownerless-flats-seizure-2026-08", cat="Occupation"),
  E("2026-08-06 07:15", "'I am Mariupol' support centre opens in Uzhhorod",
    ["A new 'I am Mariupol' support centre has opened in Uzhhorod, where displaced residents can get humanitarian kits, legal advice and psychological help."],
    "other", "humanitarian", 2, "i-am-mariupol-centre-uzhhorod-2026-08-06", cat="Society"),
  ]))

# ---------------------------------------------------------------- 13307 Rivne1
SEEDS.append(dict(
  id="13307", name="13307_rivne1-atom", ext="xml", source="Rivne1", zone=KYIV, render=r_rivne1,
  title="Rivne1 \u2014 Rivne news",
  basis="Atom <published> '{s}' (explicit +03:00 offset); local {d} in {z}",
  notes="Imitates an Atom feed of Rivne1 (rivne1.tv), in English. Newest first. <published> ISO with +03:00; <author><name> per entry (author); escaped HTML content with one or two paragraphs; category term. One off-beat item (heat warning).",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id, updated and category elements"],
  entries=[
  OFF("2026-08-13 21:05", "Heat warning: up to 35 degrees expected in Rivne region",
    ["Forecasters warn of extreme heat in Rivne region on Friday and Saturday, with temperatures of up to 35 degrees in the afternoon.",
     "Doctors advise avoiding the sun between noon and four in the afternoon."],
    "rivne-heat-warning-2026-08", a="Iryna Savchuk", cat="Weather", n="weather"),
  E("2026-08-13 18:40", "Border guards watch Belarusian troop movements near the Rivne section of the border",
    ["Ukrainian border guards have recorded increased movement of Belarusian army units along the border with Rivne region, the State Border Guard Service said.",
     "A spokesman said there was no sign of a strike force being formed, but the engineering barriers on the border had been reinforced."],
    "other", "security", 2, "belarus-border-movements-rivne-2026-08-13", a="Andrii Kotsiuba", cat="Security"),
  E("2026-08-13 15:15", "IAEA experts rotate at Rivne nuclear power plant",
    ["A new team of International Atomic Energy Agency experts has arrived at the Rivne nuclear power plant to replace the previous group, the plant said.",
     "The agency has kept observers at all Ukrainian nuclear plants since 2023 because of Russian attacks on the power grid."],
    "other", "security", 2, "iaea-rotation-rivne-npp-2026-08-13", a="Andrii Kotsiuba", cat="Region"),
  E("2026-08-13 12:30", "Rivne bids farewell to two soldiers killed near Kostiantynivka",
    ["Hundreds of people knelt along Soborna Street as the funeral procession for two soldiers from Rivne killed near Kostiantynivka passed through the city.",
     "Both served in a mechanised brigade and had fought since 2022."],
    "other", "frontline", 2, "rivne-soldiers-funeral-2026-08-13", a="Iryna Savchuk", cat="City"),
  E("2026-08-13 09:50", "Drones shot down over Rivne region overnight, debris damaged a farm",
    ["Air defence destroyed four Russian attack drones over Rivne region overnight, the regional military administration said.",
     "Falling debris damaged a barn and a tractor in Dubno district. There were no casualties."],
    "strikes", "strikes", 2, "rivne-region-drones-downed-2026-08-13", a="Iryna Savchuk", cat="War"),
  E("2026-08-13 07:20", "Rivne hospital receives ambulances from Lublin",
    ["The regional hospital in Rivne has received three fully equipped ambulances donated by Poland's Lublin voivodeship, the regional council said.",
     "Two will serve communities on the border with Belarus."],
    "aid", "aid", 2, "lublin-ambulances-rivne-2026-08-13", a="Andrii Kotsiuba", cat="Region"),
  ]))

# ---------------------------------------------------------------- 13308 20 Minutes Vinnytsia
SEEDS.append(dict(
  id="13308", name="13308_20minut-vinnytsia-news", ext="txt", source="20 Minutes Vinnytsia", zone=KYIV, render=r_20min,
  title="Latest news", ref="2026-08-25 22:45",
  basis="stamp '{s}' read against the header widget clock 'Vinnytsia · 22:45' and the date line 'Tuesday, 25 August 2026' (relative stamps counted back from the clock; 'Today' = 25 August; Kyiv time, EEST = UTC+3); local {d} in {z}",
  notes="Imitates the news listing of 20 Minutes Vinnytsia (20minut.ua), in English, text scrape. Header with a time/weather widget 'Vinnytsia · 22:45 · +21°C, clear' and the date line 'Tuesday, 25 August 2026'. Newest first. Card: headline, then the stamp AFTER the headline: relative ('17 minutes ago', '1 hour ago') for recent items, 'Today, 15:30' for older ones; a view counter; summary. Relative stamps are counted back from the widget clock (22:45 Kyiv time). No bylines. One off-beat item (Roshen fountain season).",
  not_entries=["site name and city", "time/weather widget line 'Vinnytsia · 22:45 · +21°C, clear' (used as the clock anchor)", "date line 'Tuesday, 25 August 2026'",
               "navigation", "listing heading 'Latest news' (page title)", "view counters", "'Advertising'", "Telegram promo", "'Show more'", "footer"],
  entries=[
  E("2026-08-25 22:28", "Air alert in Vinnytsia region: drones are heading from the north",
    ["An air raid alert has been declared in Vinnytsia region because of a group of Russian attack drones moving south from Zhytomyr region, the Air Force warned.",
     "Residents are asked to stay in shelters until the all-clear."],
    "strikes", "strikes", 2, "vinnytsia-region-drone-alert-2026-08-25", views="1 204"),
  E("2026-08-25 21:45", "Vinnytsia region to receive 1,200 evacuees from Sumy region",
    ["The regional administration is preparing places for about 1,200 people being evacuated from border communities of Sumy region, governor Serhiy Borzov said.",
     "They will be housed in dormitories and sanatoriums in Khmilnyk and Nemyriv."],
    "other", "humanitarian", 2, "vinnytsia-hosts-sumy-evacuees-2026-08-25", views="2 387"),
  E("2026-08-25 18:10", "Russian missile hits grain elevator in Haisyn district, two workers killed",
    ["A Russian missile struck a grain elevator in Haisyn district in the afternoon, killing two workers and injuring four, Serhiy Borzov said.",
     "The fire destroyed about 3,000 tonnes of wheat. Police have opened a war-crimes case."],
    "strikes", "strikes", 3, "haisyn-grain-elevator-missile-strike-2026-08-25", views="9 650"),
  OFF("2026-08-25 15:30", "Roshen fountain ends its season with a final light show",
    ["The Roshen fountain on the Southern Bug will close its season with a final light and music show on Sunday evening, the city council said.",
     "The show will last 30 minutes and will be stopped if there is an air alert."],
    "vinnytsia-fountain-season-end", n="city leisure", views="4 118"),
  E("2026-08-25 12:05", "Lithuania hands Vinnytsia hospitals 14 generators",
    ["Lithuania has delivered 14 industrial generators for hospitals in Vinnytsia region ahead of the heating season, the regional health department said.",
     "The equipment was bought with money collected by Lithuanian municipalities."],
    "aid", "aid", 2, "lithuania-generators-vinnytsia-2026-08-25", views="1 876"),
  E("2026-08-25 10:20", "Man detained in Kalynivka for filming air-defence positions",
    ["The SBU detained a 27-year-old resident of Kalynivka who was filming the positions of mobile air-defence groups and sending the videos to a Russian handler, the security service said.",
     "He faces life imprisonment for treason."],
    "other", "security", 2, "kalynivka-air-defence-spy-detained-2026-08-25", views="3 540"),
  E("2026-08-25 08:40", "Vinnytsia volunteers send a convoy of pickups to the front",
    ["Volunteers from Vinnytsia have handed over 12 pickups, two evacuation vehicles and a batch of drones to brigades fighting in Donetsk region.",
     "The vehicles were bought with money raised at a charity auction in July."],
    "aid", "aid", 2, "vinnytsia-volunteer-convoy-2026-08-25", views="1 532"),
  ]))

# ---------------------------------------------------------------- 13309 Zabor (Zaporizhzhia)
KOM = "zaporizhzhia-komunarskyi-guided-bombs-2026-09-04"
SEEDS.append(dict(
  id="13309", name="13309_zabor-zaporizhzhia-online", ext="html", source="Zabor", zone=KYIV, render=r_zabor,
  title="Zaporizhzhia online, 4 September: shelling, alerts and the main news",
  dateline="Friday, 4 September 2026", views="7 926",
  lede="We follow the events in Zaporizhzhia and the region during the day. The newest updates are at the top.",
  basis="bare '<time>{s}</time>' above the headline; header date 'Friday, 4 September 2026'; no zone printed (Kyiv time, the outlet's home zone, EEST = UTC+3); local {d} in {z}",
  notes="Imitates an online page of the Zaporizhzhia portal Zabor, in English, HTML with no JSON-LD. Header date 'Friday, 4 September 2026' and a view counter; intro paragraph (not an entry); newest first; each update is a bare '<time>HH:MM</time>' followed by an h3 headline and text. No zone printed (Kyiv time). No bylines. 13309-04 and 13309-06 are the same guided-bomb strike on Komunarskyi district (toll 1 -> 3); 13309-01 (industrial area, evening) and 13309-07 (daily shelling summary) are other attacks and must not merge with it. One off-beat item (Khortytsia trails).",
  not_entries=["top line ('Zaporizhzhia', 'Air alert map')", "logo and navigation", "page title", "header date and 'Views: 7 926'",
               "intro 'We follow the events in Zaporizhzhia ...'", "'Advertising' banner", "'See also: List of shelters ...' link",
               "'We will keep updating this page.'", "footer"],
  entries=[
  E("2026-09-04 21:50", "Fedorov: Russian strike on an industrial area of Zaporizhzhia, four injured",
    ["Russian troops struck an industrial area of Zaporizhzhia in the evening, injuring four people, the head of the regional military administration Ivan Fedorov said.",
     "A workshop and several trucks caught fire."],
    "strikes", "strikes", 2, "zaporizhzhia-industrial-area-strike-2026-09-04", n="evening strike: must not merge with the Komunarskyi guided-bomb strike"),
  E("2026-09-04 19:10", "Huliaipole direction: 14 Russian assaults repelled",
    ["Defence forces repelled 14 Russian assaults in the Huliaipole direction during the day, the military said.",
     "The heaviest fighting was near villages west of the town, where Russian troops tried to advance with armoured vehicles."],
    "other", "frontline", 2, "huliaipole-assaults-2026-09-04"),
  E("2026-09-04 16:25", "Zaporizhzhia nuclear plant briefly lost its last power line again, IAEA says",
    ["The occupied Zaporizhzhia nuclear power plant was cut off from its last external power line for about four hours and ran on diesel generators, IAEA Director General Rafael Grossi said.",
     "It was the eleventh such blackout since the start of the full-scale invasion."],
    "other", "security", 2, "znpp-power-loss-2026-09-04"),
  E("2026-09-04 13:40", "Toll from the morning guided-bomb strike on Komunarskyi district rises to three",
    ["Two more people have died after the morning strike on Komunarskyi district, Ivan Fedorov said. Fourteen people were injured, two of them children."],
    "strikes", "strikes", 3, KOM, n="toll 3"),
  OFF("2026-09-04 11:15", "Khortytsia reserve reopens walking trails after renovation",
    ["The Khortytsia national reserve has reopened three walking trails in the north of the island after clearing fallen trees and repairing bridges.",
     "Visits are allowed only in daylight."],
    "khortytsia-trails-reopen", n="nature reserve"),
  E("2026-09-04 09:05", "Guided bombs hit Komunarskyi district: one killed, eight injured",
    ["Russian aircraft dropped two guided aerial bombs on Zaporizhzhia's Komunarskyi district in the morning, killing one person and injuring eight, Ivan Fedorov said.",
     "A five-storey building and a shopping pavilion were damaged."],
    "strikes", "strikes", 3, KOM, n="toll 1"),
  E("2026-09-04 07:30", "Over the past day Russians attacked 12 settlements of the region 470 times",
    ["Russian forces carried out 470 attacks on 12 settlements of Zaporizhzhia region over the past day using drones, artillery and multiple rocket launchers, Ivan Fedorov said in his morning summary.",
     "Two people were injured in Huliaipole district."],
    "strikes", "strikes", 2, "zaporizhzhia-region-daily-attacks-2026-09-04", n="daily summary of earlier attacks: must not merge with the Komunarskyi strike"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_ardlethan(S):
    """text live, newest first; 'Key Points' block with bullet headlines; each post: headline, then '21:30 BST · NAME', body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  |  UK  |  World  |  Business  |  Sport  |  Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], f"{st} \u00b7 {e['a']}" if e["a"] else st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get our Ukraine newsletter: the day's key developments in one email. Sign up", ""]
    L += ["Show older posts", "", f"{S['source']} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_pellmarsh(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished; visible
    '<time datetime>09:30</time>' and a printed 'All times CEST'; author below the headline; video teaser without text."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cmp">{esc(S["source"])} and its partners use cookies. <button>Agree</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/europe">Europe</a> <a href="/ukraine-war">Ukraine war</a> '
           '<a href="/economy">Economy</a> <a href="/analysis">Analysis</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed" data-duration="0:58">Video</div>')
        out.append('</article>')
        if i == 3:
            out.append('<aside class="teaser-box"><h3>More on this topic</h3><a href="/analysis/air-defence-gaps">Where Ukraine\u2019s air defence is thinnest</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first: pubDate with 'GMT' (S['rfc'] == 'GMT') or the numeric offset; CDATA paragraphs;
    dc:creator when the item has an author; category per item."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<copyright>{esc(S["copyright"])}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S["rfc"] == "GMT" else rfc822(d)
        stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"], 48)}-{S["nid"] + i * 7}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset (Z for UTC); optional author; escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>{esc(S["copyright"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{S["path"]}/{S["nid"] + i * 3}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_candlewick(S):
    """text article with section headings (one entry per section); two-name byline; dateline '18 August 2026, 16:30 CEST';
    no per-section time; reading time, image caption and 'Related' links are chrome."""
    L = [S["source"], "Europe  \u203a  Ukraine", "", S["kicker"], S["title"], "", S["lede"], "", S["caption"], "",
         f"By {S['byline']}", S["dateline"], "Reading time: 6 min", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Related", S["related"], "", f"\u00a9 {S['source']} \u00b7 Legal notice \u00b7 Personal data"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_harrowgate(S):
    """HTML live, newest first, no JSON-LD; each post: h3 headline, 'By NAME' and '6:45 p.m. ET' in a meta line below it;
    photo-gallery teaser without text."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           '<meta name="description" content="Live updates on the war in Ukraine."></head><body>',
           f'<header><div class="masthead">{esc(S["source"])}</div><nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> '
           '<a>Opinion</a> <a>Sports</a></nav><a class="subscribe">Subscribe for $1</a></header>',
           f'<main><div class="live-badge">LIVE</div><h1>{esc(S["title"])}</h1>', f'<p class="updated">{esc(S["dateline"])}</p>',
           f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<section class="live-post"><h3>{esc(e["h"])}</h3>')
        out.append(f'<div class="post-meta"><span class="by">By {esc(e["a"])}</span> <span class="ts">{st}</span></div>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">View gallery (12 photos)</div>')
        out.append('</section>')
        if i == 2:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ['<p class="end-note">Earlier coverage of the war in Ukraine is available here.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Terms of Use \u00b7 Privacy Policy \u00b7 Contact Us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mirrormere(S):
    """text live, oldest first; date line and a printed 'All times BST'; each post: '7.15am' line, headline, body,
    then 'NAME reports' signature. Ends with a link to the next day's blog."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News \u00b7 Sport \u00b7 World \u00b7 Money \u00b7 Live", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"{e['a']} reports", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["That's all from us today. Our live coverage continues tomorrow.", "", f"{S['source']} \u00b7 Contact us \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_hartsfell(S):
    """HTML live, newest first; JSON-LD @graph: organisation node plus an article node whose @type is
    ['NewsArticle', 'LiveBlogPosting'] with liveBlogUpdate items (own datePublished); Key Points list;
    visible '<time datetime>20:40 BST</time>' before the h2; signature after the body; video teaser without text."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    org = S["url"].split("/live")[0] + "/#organization"
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            **({"articleBody": " ".join(e["p"])} if e["p"] else {})} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": org, "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": org}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="logo">{esc(S["source"])}</span><nav><a>News</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>'] + [f'<li>{esc(e["h"])}</li>' for e in S["entries"] if e["kp"]] + ['</ul></section>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<div class="block"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player">Video, 1 minute 12 seconds</div>')
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Sign up to our World Briefing newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_odra(S):
    """text live, oldest first; date line with weekday and day but no year; printed 'All times CEST'; two-name page byline;
    bare '08:30' line before each headline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Poland \u00b7 Europe \u00b7 Ukraine \u00b7 Opinion \u00b7 Podcast", "", S["title"], S["dateline"], S["tznote"],
         f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support independent journalism from the Oder valley. Become a member.", ""]
    L += ["We are closing this live page for today.", "", f"{S['source']} \u00b7 Editorial team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# ---- Day 1, 2026-08-17
KROP = "kropyvnytskyi-missile-strike-2026-08-17"
GER = "germany-air-defence-package-2026-08-17"
WIT = "witkoff-moscow-visit-announced-2026-08-17"
RAIL = "analysis-russian-strikes-on-rail-hubs-2026-08"
RAIL_H = "Why Russia keeps aiming at central Ukraine's rail hubs"
RAIL_P = ["Kropyvnytskyy, Znamianka and Fastiv have little in common except the railway lines that run through them. Together they form a belt of junctions through which fuel, grain and Western equipment move east.",
          "Russian planners appear to have concluded that hitting depots and repair shops in these towns slows Ukraine's logistics more cheaply than strikes near the front, where air defence is denser.",
          "Ukrainian Railways says it can usually restore traffic within a day, but repeated attacks wear down its crews and its stock of spare parts."]

SEEDS.append(dict(
  id="13320", name="13320_ardlethan-textlive", ext="txt", source="Ardlethan Courier", zone="Europe/London", render=r_ardlethan,
  title="Russia-Ukraine war live: Kropyvnytskyi death toll rises; Germany unveils air-defence package",
  dateline="Monday 17 August 2026", lede="Follow our live coverage of Russia's war in Ukraine. All times are BST.",
  basis="post stamp '{s}' (UK summer time printed: BST = UTC+1) under the page date 'Monday 17 August 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. 'Key Points' block lists three post headlines (13320-01, -02, -03: key_point true). Each post: headline line, then '21:30 BST · NAME' (stamp and author on one line), then the body. Kropyvnytskyi toll grows across the day on this page (3 -> 5 -> 8).",
  not_entries=["masthead and section navigation", "label 'LIVE'", "page title", "date line", "standfirst 'Follow our live coverage ... All times are BST.'",
               "'Key Points' header and its three bullets (the bullets repeat post headlines)", "'Latest' label", "newsletter sign-up line",
               "'Show older posts'", "footer"],
  entries=[
  E("2026-08-17 21:30", "Kropyvnytskyi toll rises to eight as rescuers end search",
    ["Eight people are now known to have died in the overnight missile strike on Kropyvnytskyi, after rescuers recovered the last body from the collapsed dormitory, the regional governor said.",
     "More than 30 people were injured. The search operation has formally ended."],
    "strikes", "strikes", 3, KROP, a="Ruth Galloway", kp=True, n="toll 8"),
  E("2026-08-17 19:05", "Kremlin confirms Witkoff will return to Moscow next week",
    ["The Kremlin has confirmed that US special envoy Steve Witkoff will travel to Moscow next week for talks with Vladimir Putin, spokesman Dmitry Peskov told reporters.",
     "Peskov said no date had been fixed and declined to say whether a Ukrainian proposal for a ceasefire in the air would be discussed."],
    "diplomacy", "diplomacy", 3, WIT, a="Callum Breck", kp=True),
  E("2026-08-17 16:20", "Germany pledges \u20ac1.9bn air-defence package during Pistorius visit to Kyiv",
    ["Germany will give Ukraine a new \u20ac1.9bn package of air-defence equipment, including two IRIS-T systems and several hundred interceptor missiles, defence minister Boris Pistorius announced on a visit to Kyiv.",
     "He said part of the money would be spent on radars built in Ukraine."],
    "aid", "aid", 3, GER, a="Ruth Galloway", kp=True),
  E("2026-08-17 13:45", "Russia claims capture of village in Zaporizhzhia region",
    ["Russia's defence ministry said its troops had captured the village of Stepove in the Zaporizhzhia region. Ukraine's military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-stepove-2026-08-17", a="Callum Breck"),
  E("2026-08-17 11:10", "Kropyvnytskyi: death toll rises to five",
    ["Five people have now died after Russian missiles struck Kropyvnytskyi overnight, local officials said, as rescuers kept searching the ruins of a workers' dormitory."],
    "strikes", "strikes", 3, KROP, a="Ruth Galloway", n="toll 5"),
  E("2026-08-17 08:55", "Border villages in Sumy region shelled, two injured",
    ["Russian artillery and drones hit six border communities in the Sumy region over the past day, injuring two people, the regional administration said."],
    "strikes", "strikes", 2, "sumy-border-shelling-2026-08-17", a="Callum Breck", n="another strike: must not merge with the Kropyvnytskyi strike"),
  E("2026-08-17 06:40", "Missiles hit Kropyvnytskyi overnight, killing at least three",
    ["Russian missiles struck Kropyvnytskyi in central Ukraine in the early hours of Monday, killing at least three people and partly destroying a five-storey dormitory, the regional governor said.",
     "An industrial site on the edge of the city was also hit."],
    "strikes", "strikes", 3, KROP, a="Ruth Galloway", n="toll 3"),
  ]))

SEEDS.append(dict(
  id="13321", name="13321_pellmarsh-ldlive", ext="html", source="Pellmarsh Post", zone="Europe/Berlin", render=r_pellmarsh,
  title="Ukraine live: deadly missile strike on Kropyvnytskyy", url="https://pellmarsh-post.example/live/ukraine-2026-08-17",
  dateline="Monday, 17 August 2026", tznote="All times CEST",
  lede="Russian missiles hit the central Ukrainian city overnight. Our correspondents follow the day's events.",
  basis="visible '{s}' in <time datetime> (printed note 'All times CEST' = UTC+2; JSON-LD update datePublished agrees) under 'Monday, 17 August 2026'; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML live blog, oldest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own headline and datePublished (+02:00). Visible stamps are bare '09:30' in <time datetime>, with 'All times CEST' printed once. Author line below the headline. Spells the city 'Kropyvnytskyy'. 13321-01 is a 'Watch:' video teaser with no text. 13321-06 repeats 13321-02 verbatim (near-verbatim repeat). 13321-04 is a theme piece (analysis) that mentions Kropyvnytskyy but is its own story; it is re-posted verbatim on day 2 by 13332.",
  not_entries=["cookie banner", "brand and navigation", "page title", "date / 'All times CEST' line", "summary paragraph", "video embed placeholder 'Video' in the teaser post",
               "'More on this topic' box with the link 'Where Ukraine\u2019s air defence is thinnest'", "footer"],
  entries=[
  E("2026-08-17 08:15", "Watch: Rescuers search the ruins of a dormitory in Kropyvnytskyy", [],
    "strikes", "strikes", 1, KROP, n="video teaser, no text body"),
  E("2026-08-17 09:30", "Missile strike on Kropyvnytskyy kills at least four",
    ["At least four people were killed when Russian missiles hit Kropyvnytskyy, a city of about 200,000 people in central Ukraine, overnight, according to Ukrainian officials.",
     "Most of the victims lived in a dormitory used by workers of a nearby plant."],
    "strikes", "strikes", 3, KROP, a="Lena Vogt", n="toll 4; spelling 'Kropyvnytskyy'"),
  E("2026-08-17 11:45", "Norway to fund mass production of Ukrainian interceptor drones",
    ["Norway will pay for the production of 20,000 Ukrainian-made interceptor drones this year, the Norwegian government said, in a deal worth about 2.5 billion kroner.",
     "The drones are designed to bring down Russian Shahed-type attack drones at a fraction of the cost of a missile."],
    "aid", "aid", 2, "norway-interceptor-drone-funding-2026-08-17", a="Jonas Albrecht", n="same theme (air-defence aid), different event: must not merge with the German package"),
  E("2026-08-17 13:20", RAIL_H, RAIL_P, "strikes", "strikes", 2, RAIL, a="Lena Vogt",
    n="theme piece (analysis); mentions Kropyvnytskyy but is its own story: must not merge with the Kropyvnytskyi strike"),
  E("2026-08-17 15:05", "Zelensky: strike on Kropyvnytskyy was aimed at civilians",
    ["President Volodymyr Zelensky said the missiles that hit Kropyvnytskyy overnight had been aimed at homes, not at industry, and urged allies to answer with sanctions and air-defence deliveries."],
    "strikes", "strikes", 3, KROP, a="Jonas Albrecht", n="reaction whose content is the strike itself"),
  E("2026-08-17 17:40", "Missile strike on Kropyvnytskyy kills at least four",
    ["At least four people were killed when Russian missiles hit Kropyvnytskyy, a city of about 200,000 people in central Ukraine, overnight, according to Ukrainian officials.",
     "Most of the victims lived in a dormitory used by workers of a nearby plant."],
    "strikes", "strikes", 1, KROP, a="Lena Vogt", dup="13321-02", n="near-verbatim repeat of 13321-02"),
  E("2026-08-17 19:25", "Pistorius: German air-defence package will arrive before winter",
    ["Boris Pistorius said the first IRIS-T system from Germany's new \u20ac1.9bn package would reach Ukraine before the heating season begins in October.",
     "The German defence minister spoke at a news conference in Kyiv with his Ukrainian counterpart Denys Shmyhal."],
    "aid", "aid", 3, GER, a="Jonas Albrecht"),
  ]))

SEEDS.append(dict(
  id="13322", name="13322_orbiston-worldrss", ext="xml", source="Orbiston World Desk", zone="UTC", render=r_rss, rfc="GMT",
  title="Orbiston World Desk \u2013 World", url="https://orbiston-worlddesk.example", nid=50110,
  lede="Top international stories from the Orbiston World Desk", copyright="\u00a9 2026 Orbiston World Desk",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, no authors (author null). The war is a minority: 4 of 6 items are off-beat (Taiwan typhoon, Brazil campaign, Portugal wildfire, Japan GDP). Spells the strike city 'Kropivnitsky' (toll 7).",
  not_entries=["channel title/link/description/language/copyright", "item link, guid and category elements"],
  entries=[
  OFF("2026-08-17 20:15", "Typhoon forces thousands from their homes in southern Taiwan",
    ["Tens of thousands of people were moved to shelters in southern Taiwan as a typhoon brought winds of up to 160 km/h and torrential rain, officials said."],
    "taiwan-typhoon-2026-08-17", n="weather", cat="Asia"),
  E("2026-08-17 17:30", "Germany unveils \u20ac1.9bn air defence package for Ukraine",
    ["Germany has announced a \u20ac1.9bn package of air defence systems and missiles for Ukraine, its largest single pledge this year, as Russia steps up its summer bombardment."],
    "aid", "aid", 3, GER, cat="Europe"),
  E("2026-08-17 14:00", "Death toll in Kropivnitsky missile strike climbs to seven",
    ["Seven people were killed and 28 wounded when Russian missiles struck the central Ukrainian city of Kropivnitsky overnight, Ukrainian officials said.",
     "Russia's defence ministry said it had hit a plant producing drone parts."],
    "strikes", "strikes", 3, KROP, cat="Europe", n="spelling 'Kropivnitsky'; toll 7"),
  OFF("2026-08-17 11:20", "Brazil's election campaign formally opens",
    ["Candidates in Brazil's October presidential election began their official campaigns on Sunday with rallies in Sao Paulo and Belo Horizonte."],
    "brazil-campaign-opens-2026-08", n="Brazilian politics", cat="Americas"),
  OFF("2026-08-17 08:45", "Wildfire forces evacuation of villages in central Portugal",
    ["More than 600 firefighters were battling a wildfire in central Portugal that forced the evacuation of five villages overnight, civil protection officials said."],
    "portugal-wildfire-2026-08-17", n="wildfire", cat="Europe"),
  OFF("2026-08-17 06:10", "Japan's economy returns to growth in second quarter",
    ["Japan's economy grew at an annualised rate of 1.1% in the April to June quarter, helped by consumer spending, preliminary government data showed."],
    "japan-q2-gdp-2026", n="economy", cat="Business"),
  ]))

SEEDS.append(dict(
  id="13323", name="13323_khvylia-atom", ext="xml", source="Khvylia News Agency", zone=KYIV, render=r_atom,
  title="Khvylia News Agency \u2013 War", url="https://khvylia-news.example", path="en/news", nid=77120,
  lede="Ukrainian news agency: the war, the economy, the regions", copyright="Khvylia News Agency 2026",
  basis="Atom <published> '{s}' (explicit +03:00 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Ukrainian agency, English service). Atom, newest first, <published> with +03:00, <author><name> per entry. Kropyvnytskyi strike told three times (no toll, then toll 7 and a day of mourning). 13323-04 (drones on an energy facility in Oleksandriia, same Kirovohrad region) is a different strike and must not merge with the Kropyvnytskyi strike.",
  not_entries=["feed title, subtitle, links, id, updated and rights", "entry link, id and updated elements"],
  entries=[
  E("2026-08-17 22:40", "Kremlin says Witkoff visit planned for next week",
    ["Kremlin spokesman Dmitry Peskov said on Monday that US envoy Steve Witkoff was expected in Moscow next week, adding that the date was still being agreed."],
    "diplomacy", "diplomacy", 3, WIT, a="Oksana Reva"),
  E("2026-08-17 19:10", "Pistorius in Kyiv: IRIS-T systems, radars and missiles in new German package",
    ["German Defence Minister Boris Pistorius announced a new military aid package worth 1.9 billion euros during a visit to Kyiv on Monday.",
     "The package includes two IRIS-T SLM systems, interceptor missiles and funding for Ukrainian-made radars, Ukraine's Ministry of Defence said."],
    "aid", "aid", 3, GER, a="Serhii Dovzhenko"),
  E("2026-08-17 15:30", "Kropyvnytskyi declares day of mourning as toll reaches seven",
    ["Kropyvnytskyi has declared Tuesday a day of mourning after the death toll from the overnight missile strike rose to seven, the city council said."],
    "strikes", "strikes", 3, KROP, a="Oksana Reva", n="toll 7"),
  E("2026-08-17 12:05", "Drones hit energy facility in Oleksandriia, Kirovohrad region",
    ["Russian drones struck an energy facility in Oleksandriia in Kirovohrad region in the morning, causing power outages in part of the town, the regional administration said.",
     "There were no casualties."],
    "strikes", "strikes", 2, "oleksandriia-energy-drone-strike-2026-08-17", a="Serhii Dovzhenko",
    n="same region (Kirovohrad), different strike: must not merge with the Kropyvnytskyi strike"),
  E("2026-08-17 08:20", "Ballistic missiles strike Kropyvnytskyi, regional governor says",
    ["Russia struck Kropyvnytskyi with ballistic missiles at about three in the morning, hitting an industrial enterprise and a dormitory, the head of the Kirovohrad regional military administration said.",
     "Information about casualties is being clarified."],
    "strikes", "strikes", 3, KROP, a="Oksana Reva"),
  ]))

# ---- Day 2, 2026-08-18
NOVO = "novorossiysk-oil-terminal-drone-attack-2026-08-18"
UKSAN = "uk-shadow-fleet-sanctions-2026-08-18"

SEEDS.append(dict(
  id="13330", name="13330_candlewick-article", ext="txt", source="Candlewick Review", zone="Europe/Paris", render=r_candlewick,
  kicker="THE WAR IN UKRAINE", title="Drones hit Novorossiysk as Britain turns the screw on Russia's shadow fleet",
  lede="Ukraine's longest-range campaign is aimed at Russia's oil income; London and Brussels are trying to squeeze it from the other side.",
  caption="A tanker at anchor off the Black Sea coast. Archive photo.",
  byline="H\u00e9l\u00e8ne Marchetti and Tom Abery", dateline="18 August 2026, 16:30 CEST",
  related="Europe's gas storage before winter: the figures", page_author="H\u00e9l\u00e8ne Marchetti and Tom Abery",
  basis="no per-section time: the article dateline '18 August 2026, 16:30 CEST' (CEST = UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet (France, English edition). Text article, not a live blog: four sections, one entry each (headline = section heading), stamp null, published = the article dateline. Two-name byline kept as one author string for every section. Section 3 is a theme piece (analysis of the oil-strike campaign) that mentions the Novorossiysk raid but is its own story.",
  not_entries=["site name and breadcrumb", "kicker 'THE WAR IN UKRAINE'", "article title (page title)", "standfirst", "photo caption", "byline line",
               "dateline '18 August 2026, 16:30 CEST'", "'Reading time: 6 min'", "'Related' heading and its link", "footer"],
  entries=[
  E("2026-08-18 16:30", "Drones set Novorossiysk oil terminal ablaze",
    ["Ukrainian sea and air drones attacked the Sheskharis oil terminal in the Russian Black Sea port of Novorossiysk overnight, setting storage tanks on fire and damaging a tanker at its berth, according to Ukrainian military sources and local Russian officials.",
     "Krasnodar region authorities said loading had been halted and that two port workers were injured.",
     "Novorossiysk handles roughly a fifth of Russia's seaborne crude exports."],
    "strikes", "strikes", 3, NOVO),
  E("2026-08-18 16:30", "Britain targets shadow-fleet tankers with new sanctions",
    ["The British government imposed sanctions on 70 more tankers that it says carry Russian oil in breach of the price cap, along with two shipping firms registered in the United Arab Emirates.",
     "The Foreign Office said more than 500 vessels are now on the British list."],
    "diplomacy", "diplomacy", 3, UKSAN),
  E("2026-08-18 16:30", "Analysis: what Ukraine's strikes on Russian oil exports have achieved",
    ["Ukraine's drone campaign against Russian refineries and ports has been running for more than two years, and the overnight raid on Novorossiysk is only the latest example.",
     "The damage is real but rarely lasting: terminals are usually back in operation within days, and Russia has become adept at rerouting cargoes.",
     "What the strikes do achieve, analysts say, is to raise insurance costs and force Moscow to spread scarce air-defence systems far from the front."],
    "strikes", "strikes", 2, "analysis-ukraine-oil-export-strikes-2026-08",
    n="theme piece (analysis); mentions Novorossiysk but is its own story: must not merge with the Novorossiysk attack"),
  E("2026-08-18 16:30", "Military chiefs of the coalition of the willing meet in Paris",
    ["Chiefs of staff from about 30 countries in the so-called coalition of the willing met in Paris to update plans for a reassurance force that would deploy to Ukraine after a ceasefire, the French armed forces ministry said."],
    "diplomacy", "diplomacy", 2, "coalition-of-the-willing-chiefs-paris-2026-08-18"),
  ]))

SEEDS.append(dict(
  id="13331", name="13331_harrowgate-htmllive", ext="html", source="Harrowgate Herald", zone="America/New_York", render=r_harrowgate,
  title="Ukraine war live updates: Drones strike Russian oil port; UK sanctions tankers",
  dateline="Updated Aug. 18, 2026, 6:45 p.m. ET", lede="The latest on Russia's war in Ukraine from our correspondents and wire services.",
  basis="post stamp '{s}' (US Eastern time printed: EDT = UTC-4; no date per post, the page line 'Updated Aug. 18, 2026, 6:45 p.m. ET' gives the day); local {d} in {z}",
  notes="Invented outlet (USA). HTML live blog, newest first, no JSON-LD. Each post: h3 headline, then 'By NAME' and '6:45 p.m. ET' (12-hour clock, no date per post), then the body. The only date is in 'Updated Aug. 18, 2026, 6:45 p.m. ET'. 13331-06 is a 'Photos:' gallery teaser with no text. Kherson bus strike (13331-05) is another deadly strike and must not merge with the Novorossiysk attack.",
  not_entries=["masthead, navigation and 'Subscribe for $1'", "'LIVE' badge", "page title", "'Updated Aug. 18, 2026, 6:45 p.m. ET' line", "dek paragraph",
               "gallery placeholder 'View gallery (12 photos)'", "'ADVERTISEMENT'", "end note 'Earlier coverage ...'", "footer"],
  entries=[
  E("2026-08-18 18:45", "Kyiv says troops pushed Russian units back near Kupiansk",
    ["Ukraine's military said its forces had cleared Russian troops from two villages north of Kupiansk after a week of fighting. The claim could not be independently verified."],
    "other", "frontline", 2, "kupiansk-counterattack-claim-2026-08-18", a="Dana Whitcombe"),
  E("2026-08-18 16:30", "Kropyvnytskyi death toll rises to nine",
    ["A woman injured in Monday's Russian missile strike on Kropyvnytskyi died in hospital, bringing the death toll to nine, the city's mayor said.",
     "Funerals for several of the victims were held Tuesday as the city observed a day of mourning."],
    "strikes", "strikes", 3, KROP, a="Marcus Oyelaran", n="day-1 story continued with a new development (toll 9)"),
  E("2026-08-18 14:10", "Britain sanctions 70 more shadow-fleet tankers",
    ["Britain on Tuesday added 70 tankers to its sanctions list, targeting what it calls Russia's shadow fleet of aging vessels used to ship oil around Western price caps."],
    "diplomacy", "diplomacy", 3, UKSAN, a="Dana Whitcombe"),
  E("2026-08-18 11:20", "Oil prices climb after attack on Novorossiysk terminal",
    ["Brent crude rose nearly 2% in morning trading after Ukrainian drones hit the oil terminal at Novorossiysk, one of Russia's main export outlets on the Black Sea.",
     "Traders said the market was watching how long loading would stay suspended."],
    "strikes", "strikes", 3, NOVO, a="Marcus Oyelaran", n="market reaction whose content is the attack"),
  E("2026-08-18 08:35", "Russian drone hits bus in Kherson, killing two",
    ["A Russian drone struck a city bus in Kherson on Tuesday morning, killing two passengers and injuring five, regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2026-08-18", a="Dana Whitcombe", n="another deadly strike: must not merge with the Novorossiysk attack"),
  E("2026-08-18 06:05", "Photos: Smoke over Novorossiysk port after drone raid", [],
    "strikes", "strikes", 1, NOVO, a="Marcus Oyelaran", n="photo teaser, no text body"),
  E("2026-08-18 03:50", "Ukrainian sea drones hit Russian oil terminal at Novorossiysk",
    ["Ukrainian naval drones and long-range aerial drones attacked the Sheskharis oil terminal in Novorossiysk overnight, a source in Ukraine's security service told reporters.",
     "Videos posted by residents showed a large fire near the port, and the city's mayor declared a local emergency."],
    "strikes", "strikes", 3, NOVO, a="Dana Whitcombe"),
  ]))

SEEDS.append(dict(
  id="13332", name="13332_mirrormere-textlive", ext="txt", source="Mirrormere Evening News", zone="Europe/London", render=r_mirrormere,
  title="Ukraine war live: Novorossiisk terminal ablaze after drone raid", dateline="Tuesday 18 August 2026", tznote="All times BST",
  lede="Welcome to our rolling coverage of the war in Ukraine.",
  basis="stamp '{s}' (12-hour clock with a dot; printed 'All times BST' = UTC+1) under 'Tuesday 18 August 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, oldest first; stamps like '7.15am' above the headline, 'All times BST' printed once; signature 'NAME reports' after the body (author). Spells the port 'Novorossiisk' first, 'Novorossiysk' later. 13332-04 re-posts day 1's analysis 13321-04 verbatim (importance 1). 13332-07 repeats 13332-03 verbatim. 13332-02 (Tuapse refinery, same Krasnodar region, separate drone wave) must not merge with the Novorossiysk attack; 13332-06 (EU sanctions talks) must not merge with Britain's tanker sanctions.",
  not_entries=["masthead and navigation", "page title", "date line", "'All times BST'", "welcome line", "'NAME reports' signature lines", "'ADVERTISEMENT'",
               "closing line 'That's all from us today ...'", "footer"],
  entries=[
  E("2026-08-18 07:15", "Novorossiisk terminal on fire after overnight drone raid",
    ["A fire is burning at the oil terminal in the Russian port of Novorossiisk after what local officials called a massive attack by Ukrainian drones overnight.",
     "One tanker was reported damaged at its berth."],
    "strikes", "strikes", 3, NOVO, a="Priya Lachlan", n="spelling 'Novorossiisk'"),
  E("2026-08-18 08:40", "Drones also hit Tuapse refinery, Krasnodar governor says",
    ["A second wave of drones struck the Tuapse oil refinery, further down the Black Sea coast, about two hours after the Novorossiisk attack, Krasnodar governor Veniamin Kondratyev said.",
     "A fire at a processing unit was put out and nobody was hurt."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-attack-2026-08-18", a="Priya Lachlan",
    n="same region, separate attack: must not merge with the Novorossiysk attack"),
  E("2026-08-18 10:05", "Kropyvnytskyi buries its dead as toll reaches nine",
    ["Kropyvnytskyi held the first funerals for victims of Monday's missile strike, as officials said a ninth person had died of her injuries.",
     "The city is observing a day of mourning, with flags at half-mast and cafes closed."],
    "strikes", "strikes", 3, KROP, a="Owen Treharne", n="day-1 story continued with a new development (toll 9, funerals)"),
  E("2026-08-18 11:30", RAIL_H, RAIL_P, "strikes", "strikes", 1, RAIL, a="Lena Vogt",
    n="re-post of day-1 entry 13321-04 (syndicated verbatim from Pellmarsh Post): same story, importance 1; duplicate_of stays null because the original is on another page"),
  E("2026-08-18 13:15", "Finland's Stubb arrives in Kyiv for talks with Zelensky",
    ["Finnish President Alexander Stubb arrived in Kyiv by train for talks with Volodymyr Zelensky on air defence, reconstruction and the next steps in US-led peace efforts."],
    "diplomacy", "diplomacy", 3, "stubb-kyiv-visit-2026-08-18", a="Owen Treharne"),
  E("2026-08-18 15:40", "EU envoys fail to agree on 21st sanctions package",
    ["EU ambassadors ended a meeting in Brussels without agreement on the bloc's 21st package of sanctions against Russia, after Slovakia asked for more time to study a proposed ban on Russian nuclear fuel, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-21st-sanctions-package-talks-2026-08-18", a="Priya Lachlan",
    n="same theme (sanctions), different event: must not merge with Britain's tanker sanctions"),
  E("2026-08-18 17:20", "Kropyvnytskyi buries its dead as toll reaches nine",
    ["Kropyvnytskyi held the first funerals for victims of Monday's missile strike, as officials said a ninth person had died of her injuries.",
     "The city is observing a day of mourning, with flags at half-mast and cafes closed."],
    "strikes", "strikes", 1, KROP, a="Owen Treharne", dup="13332-03", n="near-verbatim repeat of 13332-03"),
  E("2026-08-18 19:45", "Novorossiysk loading to stay halted for days, port operator says",
    ["Oil loading at Novorossiysk will remain suspended for at least three days while damaged pipelines and a mooring are repaired, the port operator said, according to Russian news agencies."],
    "strikes", "strikes", 3, NOVO, a="Owen Treharne"),
  ]))

SEEDS.append(dict(
  id="13333", name="13333_quaymark-worldatom", ext="xml", source="Quaymark Global", zone="UTC", render=r_atom,
  title="Quaymark Global \u2013 World news", url="https://quaymark-global.example", path="world", nid=90210,
  lede="World news from Quaymark Global", copyright="\u00a9 2026 Quaymark Global",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC (Z), no authors. The war is a minority: 4 of 6 entries are off-beat (Gulf of Mexico storm, Swiss glacier, Chile strike, Indian landslides).",
  not_entries=["feed title, subtitle, links, id, updated and rights", "entry link, id and updated elements"],
  entries=[
  OFF("2026-08-18 21:10", "Tropical storm forms in the Gulf of Mexico",
    ["A tropical storm formed in the western Gulf of Mexico and is expected to strengthen before reaching the coast of Tamaulipas late on Thursday, forecasters said."],
    "gulf-of-mexico-tropical-storm-2026-08-18", n="weather"),
  E("2026-08-18 18:25", "Britain sanctions dozens more tankers in Russia's shadow fleet",
    ["Britain has sanctioned 70 oil tankers and two Dubai-based shipping companies it accuses of helping Russia sell crude above the Western price cap."],
    "diplomacy", "diplomacy", 3, UKSAN),
  OFF("2026-08-18 15:40", "Swiss village evacuated as glacier cracks widen",
    ["Authorities in the Swiss canton of Valais evacuated about 200 residents of a mountain village after geologists reported fast-growing cracks in a glacier above it."],
    "swiss-glacier-evacuation-2026-08-18", n="natural hazard"),
  OFF("2026-08-18 12:00", "Copper miners in northern Chile go on strike",
    ["Workers at one of Chile's largest copper mines walked off the job after talks on a new wage contract broke down, their union said."],
    "chile-copper-strike-2026-08", n="labour dispute"),
  E("2026-08-18 09:15", "Ukrainian drones strike Russia's Novorossiysk oil port",
    ["Ukrainian drones hit the Black Sea oil port of Novorossiysk overnight, starting fires and halting tanker loading at one of Russia's biggest crude export hubs, Russian officials said."],
    "strikes", "strikes", 3, NOVO),
  OFF("2026-08-18 06:30", "Monsoon landslides cut roads in India's Himachal Pradesh",
    ["Landslides triggered by heavy monsoon rain blocked more than 200 roads in the Indian state of Himachal Pradesh, stranding tourists and cutting off villages."],
    "himachal-landslides-2026-08", n="weather"),
  ]))

# ---- Day 3, 2026-09-29
LVIV = "lviv-missile-drone-attack-2026-09-29"
POWX = "prisoner-exchange-150-uae-2026-09-29"
STRYI = "stryi-gas-station-drone-strike-2026-09-29"

SEEDS.append(dict(
  id="13340", name="13340_hartsfell-htmllive", ext="html", source="Hartsfell Gazette", zone="Europe/London", render=r_hartsfell,
  title="Ukraine war live: Russia strikes Lviv; prisoners swapped in UAE-brokered deal",
  url="https://hartsfell-gazette.example/live/ukraine-29-september-2026", dateline="Tuesday 29 September 2026",
  lede="Russia launched one of its heaviest attacks on western Ukraine this year overnight. Follow the day's developments here.",
  basis="visible '{s}' in <time datetime> (UK summer time printed: BST = UTC+1) under 'Tuesday 29 September 2026'; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, newest first. JSON-LD @graph: an organisation node and an article node whose @type is ['NewsArticle', 'LiveBlogPosting'] with liveBlogUpdate items (headline and datePublished each; no @id). Key Points list (13340-01, -02, -07). Visible stamps '20:40 BST' in <time datetime> before the h2; signature line after the body (author). 13340-06 is a 'Video:' teaser with no text. 13340-03 (Kharkiv glide bomb) is another deadly strike and must not merge with the Lviv attack.",
  not_entries=["logo and navigation", "page title", "dateline", "standfirst", "'Key Points' header and its three bullets (they repeat post headlines)",
               "video player placeholder 'Video, 1 minute 12 seconds'", "signature lines", "newsletter promo after the third post", "footer"],
  entries=[
  E("2026-09-29 20:40", "Lviv death toll rises to five as last body is recovered",
    ["Lviv's mayor Andriy Sadovyi said the body of a fifth victim had been recovered from a collapsed apartment block in the Sykhiv district, and that the search had ended.",
     "Twenty-six people were injured in the overnight attack."],
    "strikes", "strikes", 3, LVIV, a="Imogen Thorley", kp=True, n="toll 5"),
  E("2026-09-29 18:15", "Ukraine and Russia swap 150 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia each released 150 prisoners of war on Tuesday in an exchange mediated by the United Arab Emirates, Volodymyr Zelensky said.",
     "Some of the Ukrainians freed had been in captivity since the first months of the invasion."],
    "diplomacy", "diplomacy", 3, POWX, a="Felix Adair", kp=True),
  E("2026-09-29 15:30", "Glide bomb kills two in Kharkiv",
    ["Two people were killed when a Russian glide bomb hit a residential street in Kharkiv's Industrialnyi district, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2026-09-29", a="Felix Adair", n="another deadly strike, other city: must not merge with the Lviv attack"),
  E("2026-09-29 12:50", "Sadovyi: around 40 buildings damaged in Lviv",
    ["Around 40 buildings, including a school and a hospital outpatient wing, were damaged in the overnight Russian attack on Lviv, mayor Andriy Sadovyi said.",
     "He said the city's historic centre, a Unesco world heritage site, was not hit."],
    "strikes", "strikes", 3, LVIV, a="Imogen Thorley"),
  E("2026-09-29 10:05", "Ukrainian parliament extends martial law and mobilisation for 90 days",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days, with more than 300 deputies in favour."],
    "other", "politics", 2, "martial-law-extension-2026-09-29", a="Felix Adair"),
  E("2026-09-29 08:20", "Video: Lviv firefighters battle blaze in Sykhiv district", [],
    "strikes", "strikes", 1, LVIV, n="video teaser, no text body"),
  E("2026-09-29 06:45", "Russia pounds Lviv with missiles and drones, killing two",
    ["Russian missiles and drones struck Lviv overnight, killing two people and setting an apartment block and a warehouse on fire, regional governor Maksym Kozytskyi said.",
     "Poland scrambled fighter jets as the attack unfolded near its border."],
    "strikes", "strikes", 3, LVIV, a="Imogen Thorley", kp=True, n="toll 2"),
  ]))

SEEDS.append(dict(
  id="13341", name="13341_ostwick-worldrss", ext="xml", source="Ostwick World Report", zone="America/New_York", render=r_rss, rfc="num",
  title="Ostwick World Report: International", url="https://ostwick-world.example", nid=31400,
  lede="International headlines from the Ostwick World Report", copyright="Copyright 2026 Ostwick World Report",
  basis="RSS pubDate '{s}' (explicit -0400 offset = US Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (USA). General world RSS 2.0 feed, newest first, pubDate with -0400, no authors. The war is a minority: 4 of 6 items are off-beat (IMF Asia outlook, Guangdong typhoon, Berlin coalition talks, Peru minister). Spells the city 'Lvov' (toll 4).",
  not_entries=["channel title/link/description/language/copyright", "item link, guid and category elements"],
  entries=[
  OFF("2026-09-29 19:30", "IMF warns of slower growth across emerging Asia",
    ["The International Monetary Fund lowered its growth forecast for emerging Asian economies, citing weaker exports and tighter credit in China."],
    "imf-emerging-asia-outlook-2026-09", n="economy", cat="Business"),
  E("2026-09-29 16:10", "Russia and Ukraine exchange 300 prisoners",
    ["Russia and Ukraine carried out a prisoner exchange of 150 soldiers each on Tuesday, the latest in a series of swaps brokered by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, POWX, cat="Europe"),
  OFF("2026-09-29 13:05", "Typhoon slams into southern China's Guangdong province",
    ["A powerful typhoon made landfall in Guangdong province, forcing the evacuation of more than 300,000 people and the closure of schools and ports, state media reported."],
    "guangdong-typhoon-2026-09-29", n="weather", cat="Asia"),
  OFF("2026-09-29 10:40", "Coalition talks stall in Berlin after state election",
    ["Talks on forming a new government for the city-state of Berlin stalled after the two largest parties failed to agree on housing policy, nine days after the vote."],
    "berlin-coalition-talks-2026-09", n="German regional politics", cat="Europe"),
  OFF("2026-09-29 07:55", "Peru's interior minister resigns after week of protests",
    ["Peru's interior minister stepped down after a week of protests over rising crime in Lima, the presidential office said."],
    "peru-interior-minister-resigns-2026-09", n="Peruvian politics", cat="Americas"),
  E("2026-09-29 04:20", "Missiles and drones pound Lvov, at least four dead",
    ["A Russian missile and drone attack on the western Ukrainian city of Lvov killed at least four people overnight, officials said, in one of the heaviest strikes on the region this year."],
    "strikes", "strikes", 3, LVIV, cat="Europe", n="spelling 'Lvov'; toll 4"),
  ]))

SEEDS.append(dict(
  id="13342", name="13342_odra-textlive", ext="txt", source="Odra Herald", zone="Europe/Warsaw", render=r_odra,
  title="Russia strikes Lw\u00f3w: live", dateline="Tuesday 29 September", tznote="All times CEST",
  byline="Marta Zieli\u0144ska and Piotr D\u0105bek", page_author="Marta Zieli\u0144ska and Piotr D\u0105bek", parse_args=["--date", "2026-09-29"],
  lede="Our reporters follow the consequences of the night attack on western Ukraine, 70 kilometres from the Polish border.",
  basis="bare time '{s}' (printed 'All times CEST' = UTC+2) under the date line 'Tuesday 29 September' (no year printed anywhere: year from parse_args 2026-09-29); local {d} in {z}",
  notes="Invented outlet (Poland, English edition). Text live blog, oldest first; date line 'Tuesday 29 September' WITHOUT a year (none anywhere on the page), hence parse_args; 'All times CEST' printed once; two-name page byline kept as one author string for every entry; bare 'HH:MM' line before each headline. Uses the Polish name 'Lwów' for Lviv. 13342-05 repeats 13342-01 verbatim. 13342-03 is a theme piece (explainer on Polish air defence) that mentions the Lwów attack but is its own story. 13342-04 (Stryi gas station, same region, midday) must not merge with the night attack on Lviv. 13342-02 (Poland's rescuers and generators) is aid, its own story.",
  not_entries=["masthead and navigation", "page title", "date line 'Tuesday 29 September'", "'All times CEST'", "byline line", "standfirst",
               "membership appeal line", "closing line 'We are closing this live page for today.'", "footer"],
  entries=[
  E("2026-09-29 08:30", "Lw\u00f3w hit in night attack: three dead, Polish jets scrambled",
    ["Three people were killed when Russian missiles and drones hit Lw\u00f3w, the western Ukrainian city Ukrainians call Lviv, during the night, according to the city authorities.",
     "The Polish Operational Command said it had scrambled fighter jets and put ground-based air defence on alert while the attack lasted."],
    "strikes", "strikes", 3, LVIV, n="spelling 'Lw\u00f3w'; toll 3"),
  E("2026-09-29 10:10", "Tusk: Poland will send rescuers and generators to Lw\u00f3w",
    ["Prime Minister Donald Tusk said Poland would send a team of rescuers and 50 power generators to Lw\u00f3w after the night attack.",
     "He spoke after a meeting of the government's security committee in Warsaw."],
    "aid", "aid", 2, "poland-rescuers-generators-lviv-2026-09-29", n="Poland's help after the attack: its own story (aid), not the strike itself"),
  E("2026-09-29 11:45", "How Poland's air defence reacts when Russia strikes western Ukraine",
    ["Each time Russia sends missiles towards western Ukraine, the Polish Operational Command follows a set routine: fighter jets take off, radar coverage is extended and airports near the border can be closed.",
     "Night attacks such as the one on Lw\u00f3w are the hardest case, because cruise missiles can turn towards Polish airspace within minutes.",
     "Since drones crossed into Polish airspace last year, allied aircraft have also flown regular patrols over eastern Poland."],
    "other", "security", 2, "explainer-polish-air-defence-response",
    n="theme piece (explainer); mentions the Lw\u00f3w attack but is its own story: must not merge with the Lviv attack"),
  E("2026-09-29 13:20", "Drone hits gas facility near Stryi",
    ["A Russian drone hit a gas distribution station near Stryi, south of Lw\u00f3w, around midday, the regional governor said. Nobody was hurt, but some villages were left without gas."],
    "strikes", "strikes", 3, STRYI, n="same region, different strike (midday, Stryi): must not merge with the night attack on Lviv"),
  E("2026-09-29 15:00", "Lw\u00f3w hit in night attack: three dead, Polish jets scrambled",
    ["Three people were killed when Russian missiles and drones hit Lw\u00f3w, the western Ukrainian city Ukrainians call Lviv, during the night, according to the city authorities.",
     "The Polish Operational Command said it had scrambled fighter jets and put ground-based air defence on alert while the attack lasted."],
    "strikes", "strikes", 1, LVIV, dup="13342-01", n="near-verbatim repeat of 13342-01"),
  E("2026-09-29 17:35", "Sikorski at the UN: strikes near NATO's border are a deliberate provocation",
    ["Foreign Minister Rados\u0142aw Sikorski told the UN General Assembly that Russia's strikes close to the Polish border were deliberate provocations meant to test NATO's resolve."],
    "diplomacy", "diplomacy", 3, "sikorski-un-general-assembly-2026-09-29",
    n="same theme (diplomatic protest over Russian strikes near a neighbour's border), different event: must not merge with Moldova summoning the Russian ambassador (13343-04)"),
  E("2026-09-29 21:50", "Lw\u00f3w mourns five dead; city cancels weekend festival",
    ["Lw\u00f3w's authorities declared two days of mourning after the death toll from the night attack rose to five, and cancelled a food festival planned for the weekend."],
    "strikes", "strikes", 3, LVIV, n="toll 5"),
  ]))

SEEDS.append(dict(
  id="13343", name="13343_prut-wire-rss", ext="xml", source="Prut Wire", zone="Europe/Chisinau", render=r_rss, rfc="num",
  title="Prut Wire \u2013 Ukraine and the region", url="https://prut-wire.example", nid=64050,
  lede="Agency news from Moldova, Romania and Ukraine", copyright="Prut Wire 2026",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Chisinau summer time); local {d} in {z}",
  notes="Invented outlet (Moldovan news agency, English service). RSS 2.0, newest first, pubDate with +0300, dc:creator per item (author). 13343-04 (Moldova summons the Russian ambassador over drone debris) is a diplomatic story of its own. 13343-02 (Stryi) must not merge with the Lviv night attack.",
  not_entries=["channel title/link/description/language/copyright", "item link, guid and category elements"],
  entries=[
  E("2026-09-29 22:15", "Prisoner exchange: 150 Ukrainians come home",
    ["One hundred and fifty Ukrainian servicemen returned home on Tuesday in an exchange with Russia mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners of war said."],
    "diplomacy", "diplomacy", 3, POWX, a="Ion Ciobanu", cat="Ukraine"),
  E("2026-09-29 17:40", "Stryi: drone damages gas distribution station, no casualties",
    ["A drone damaged a gas distribution station near the town of Stryi in Lviv region around midday on Tuesday, the regional military administration said.",
     "Gas supply to four villages was cut while engineers repair the damage."],
    "strikes", "strikes", 3, STRYI, a="Ion Ciobanu", cat="Ukraine", n="same region, different strike: must not merge with the Lviv night attack"),
  E("2026-09-29 13:25", "Lviv: toll climbs to four, dozens of buildings damaged",
    ["The number of people killed in the overnight Russian attack on Lviv has risen to four, the city's mayor said, and dozens of buildings were damaged."],
    "strikes", "strikes", 3, LVIV, a="Valentina Rusu", cat="Ukraine", n="toll 4"),
  E("2026-09-29 10:30", "Moldova summons Russian ambassador after drone falls near Ocnita",
    ["Moldova's foreign ministry summoned the Russian ambassador after fragments of a drone were found in a field near Ocnita in the north of the country during the night attack on Ukraine."],
    "diplomacy", "diplomacy", 2, "moldova-summons-russian-ambassador-2026-09-29", a="Valentina Rusu", cat="Moldova",
    n="same theme, different event: must not merge with Sikorski's UN statement (13342-06) nor with the Lviv attack"),
  E("2026-09-29 07:05", "Russian missiles and drones strike Lviv overnight",
    ["Russia attacked Lviv with missiles and drones overnight, killing at least two people, Ukrainian officials said."],
    "strikes", "strikes", 3, LVIV, a="Ion Ciobanu", cat="Ukraine", n="toll 2"),
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
            basis = (e["b"] or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"])
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
                         "author": e["a"] if e["a"] is not None else S.get("page_author"),
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

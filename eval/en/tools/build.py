#!/usr/bin/env python3
"""Builds the eval/en seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates, from
memory, the page layouts of ten real trade/energy/metals outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/en/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Mar.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone (or 'YYYY-MM-DD' when the page prints no time)."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


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
    if len(s) == 10:
        return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=ZoneInfo(zone))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def ldjson(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_kitco(S):
    """Kitco News 'Latest News' listing, HTML. Price ticker with the 'NY Time' clock; cards newest first: headline, one-line
    summary, 'By NAME', then a relative stamp ('2 hours ago') for recent items and 'Mar 2, 2027 9:05 AM' for older ones."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    clock = f"{SHORT_MONTHS[ref.month - 1]} {ref.day}, {ref.year} - {ref.hour:02d}:{ref.minute:02d} NY Time"
    ld = {"@context": "https://schema.org", "@type": "Organization", "name": "Kitco Metals Inc.", "url": "https://www.kitco.com",
          "logo": "https://www.kitco.com/images/kitco-logo.png",
          "sameAs": ["https://twitter.com/KitcoNewsNOW", "https://www.youtube.com/user/KitcoNews", "https://www.facebook.com/KitcoNews"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Kitco News</title>',
           '<meta name="description" content="Latest gold, silver and mining news from Kitco News.">', ldjson(ld), '</head><body>',
           '<header class="kitco-header"><a class="logo" href="/">KITCO</a><nav>'
           '<a href="/charts/livegold.html">Gold Price</a> <a href="/charts/livesilver.html">Silver Price</a> <a href="/market/">Precious Metals</a> '
           '<a href="/news/">News</a> <a href="/mining/">Mining</a> <a href="/news/category/commodities/">Commodities</a> '
           '<a href="/opinion/">Opinion</a> <a href="/crypto/">Crypto</a> <a href="https://online.kitco.com/">Buy Gold &amp; Silver</a></nav></header>',
           '<div class="metals-ticker"><ul>']
    for m, px, ch in S["ticker"]:
        out.append(f'<li><span class="metal">{m}</span> <span class="bid">{px}</span> <span class="chg">{ch}</span></li>')
    out += ['</ul>', f'<span class="ny-time">{clock}</span></div>', f'<main><h1>{esc(S["title"])}</h1>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        elif mins < 6 * 60:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        else:
            st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', upper=True)}"
        stamps.append(st)
        link = f"/news/article/{d:%Y-%m-%d}/{slug(e['h'])}"
        out.append(f'<article class="news-card"><a href="{link}"><h3>{esc(e["h"])}</h3></a>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="meta"><span class="author">By {esc(e["a"])}</span> <time>{st}</time></p></article>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>'
                       '<div class="newsletter"><p>Get the Kitco News daily newsletter.</p><input placeholder="Email address"> <button>Subscribe</button></div>')
    out += ['</div><a class="load-more" href="/news/?page=2">Load More</a></main>',
            '<aside class="most-read"><h3>Most Read</h3><a href="/news/article/most-read-1">Central-bank buying keeps gold supported, analysts say</a></aside>',
            '<footer><p>Kitco Metals Inc. | About Us | Advertise | Careers | Privacy Policy | Terms of Use</p>'
            '<p>Copyright © 2027 Kitco Metals Inc. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_icis(S):
    """ICIS news live page, text scrape. Oldest first; 'HH:MM GMT' line, then the headline, 'Author: NAME', body paragraphs
    that open with the ICIS dateline 'LONDON (ICIS)--'. One date line under the title."""
    z = S["zone"]; order_check(S, False)
    L = ["ICIS Explore", "Markets   Topics   Analysis   Events   Podcasts   About ICIS", "Request a demo   Log in", "",
         "NEWS  >  Chemicals  >  Europe", "", S["title"], S["dateline"], "", S["lede"], "",
         "Follow ICIS on LinkedIn for the latest market updates.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], f"Author: {e['a']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Subscribe to ICIS Chemical Business: news, analysis and pricing in one place.", ""]
    L += ["This page is updated through the day. Times are GMT.", "", "Related content",
          "Europe nitrogen outlook: spring demand meets tight supply", "Topic page: Russia-Ukraine conflict", "",
          "© Copyright 2027 Reed Business Information Limited  |  Terms and conditions  |  Privacy policy  |  Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_fastmarkets(S):
    """Fastmarkets news article, HTML with NewsArticle JSON-LD: category label, h1, 'By NAME | Published ... GMT', standfirst,
    h2 sections (one entry each, headline = heading, no per-section time), trial call-to-action, related links."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    pubtxt = f"{MONTHS[d0.month - 1]} {d0.day:02d}, {d0.year} {d0:%H:%M} GMT"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d0.astimezone(UTC)),
          "dateModified": iso(d0.astimezone(UTC)), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Fastmarkets", "logo": {"@type": "ImageObject", "url": "https://www.fastmarkets.com/logo.svg"}},
          "mainEntityOfPage": S["url"], "articleSection": "Metals and mining"}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Fastmarkets</title>', ldjson(ld),
           '</head><body>', '<header class="fm-header"><a href="/" class="fm-logo">Fastmarkets</a><nav><a href="/agriculture/">Agriculture</a> '
           '<a href="/battery-raw-materials/">Battery raw materials</a> <a href="/forest-products/">Forest products</a> '
           '<a href="/metals-and-mining/">Metals and mining</a> <a href="/insights/">Insights</a> <a href="/events/">Events</a></nav>'
           '<a class="btn" href="/contact/">Contact us</a> <a class="btn" href="/login/">Login</a></header>',
           '<main><article class="fm-article"><p class="fm-category">Metals and mining</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="fm-byline">By <a href="/authors/{slug(S["byline"])}/">{esc(S["byline"])}</a> | Published: {pubtxt}</p>',
           '<div class="fm-share">Share: LinkedIn | X | Email | Print</div>', f'<p class="fm-standfirst">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<figure><img src="/media/steel-coils.jpg" alt=""><figcaption>Steel coils awaiting shipment. Credit: Shutterstock</figcaption></figure>')
    out += [f'<p class="fm-note"><em>{esc(S["note"])}</em></p>',
            '<div class="fm-cta"><h3>Want more market intelligence?</h3><p>Request a free trial of Fastmarkets price data and news.</p>'
            '<a class="btn" href="/trial/">Start your free trial</a></div>',
            '<section class="fm-related"><h3>What to read next</h3><a href="/insights/steel-outlook-q2/">Steel outlook for the second quarter</a> '
            '<a href="/insights/ferro-alloys-weekly/">Ferro-alloys weekly wrap</a></section></article></main>',
            '<footer>Fastmarkets is a trading name of Fastmarkets Global Limited. Terms and conditions | Privacy policy | Cookie policy | Modern slavery statement'
            ' © 2027 Fastmarkets</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_miningcom(S):
    """MINING.COM news listing, text scrape. Metal price strip, then cards newest first: headline, 'CREDIT | March 8, 2027 | 10:25 am'
    (no zone; Vancouver time implied), summary, tag line."""
    z = S["zone"]; order_check(S, True)
    L = ["MINING.COM", "News   Markets   Commodities   Jobs   Events   Podcasts   Newsletters   Subscribe", "", "  ".join(S["ticker"]), "",
         "Sign up for the MINING.COM Morning Briefing", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} | {ampm(d, space=' ')}"; stamps.append(st)
        L += [e["h"], f"{e['byline']} | {st}", ""] + ptxt(e["p"]) + [e["tags"], ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Top companies: see the MINING.COM 50 ranking", ""]
    L += ["More News", "", "Editor's Picks", "Junior explorers raise record sums for uranium drilling", "", "About   Advertise   Contact   Privacy   Terms",
          "© 2027 MINING.COM. Part of Glacier Resource Innovation Group."]
    return "\n".join(L) + "\n", stamps


def r_energyvoice(S):
    """Energy Voice (WordPress) Atom feed: <published>/<updated> in Z, <author><name>, CDATA titles, categories, an excerpt
    summary ending in ' [&#8230;]' and full content, thread comment counts."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-GB" '
           'xml:base="https://www.energyvoice.com/wp-atom.php">',
           f'<title type="text">{esc(S["title"])}</title>', f'<subtitle type="text">{esc(S["lede"])}</subtitle>',
           f'<updated>{iso(last)}</updated>', '<link rel="alternate" type="text/html" href="https://www.energyvoice.com/" />',
           '<id>https://www.energyvoice.com/feed/atom/</id>', '<link rel="self" type="application/atom+xml" href="https://www.energyvoice.com/feed/atom/" />',
           '<generator uri="https://wordpress.org/" version="6.7.2">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        pid = 571230 + i * 37; link = f"https://www.energyvoice.com/{e['cat_slug']}/{pid}/{slug(e['h'])}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:18]) + " [&#8230;]"
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{link}" />', f'<id>https://www.energyvoice.com/?p={pid}</id>',
                f'<updated>{st}</updated>', f'<published>{st}</published>',
                f'<category scheme="https://www.energyvoice.com" term="{attr(e["cat"])}" />',
                f'<summary type="html"><![CDATA[{excerpt}]]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />', '<thr:total>0</thr:total>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_rigzone(S):
    """Rigzone news listing, text scrape. Cards newest first: Title Case headline, 'by NAME | Rigzone Staff | Thursday, March 11, 2027 |
    6:23 AM EST' (wire items 'by Bloomberg | ...'), summary, 'Read More'. Commodity price box in the header."""
    z = S["zone"]; order_check(S, True)
    L = ["RIGZONE", "Jobs   News   Events   Training   Company Directory   Equipment   Hire Talent   Sign In   Create Account", "",
         S["prices"], "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} | {ampm(d, space=' ', upper=True)} EST"; stamps.append(st)
        L += [e["h"], f"by {e['byline']} | {st}", ""] + ptxt(e["p"]) + ["Read More", ""]
        if i == 3:
            L += ["Generated by readers, the comments included herein do not reflect the views and opinions of Rigzone.", "",
                  "Get the Rigzone Daily Newsletter. Subscribe", ""]
    L += ["Most Popular", "Top 10 Highest Paying Oil and Gas Jobs", "", "About Us   Advertise   Contact Us   Privacy Policy   Terms of Use",
          "Copyright © 1999 - 2027 Rigzone.com, Inc."]
    return "\n".join(L) + "\n", stamps


def r_ogj(S):
    """Oil & Gas Journal (Endeavor Business Media) timeline article, HTML with NewsArticle JSON-LD. Section label, h1, author with
    title after a comma, date 'Mar. 15, 2027' only; updates oldest first, each '8:15 a.m. CDT' above an h3."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "Organization", "name": "Oil & Gas Journal", "logo": {"@type": "ImageObject", "url": "https://img.ogj.com/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Oil &amp; Gas Journal</title>', ldjson(ld),
           '</head><body>', '<div class="top-bar">Endeavor Business Media | <a href="/subscribe">Subscribe</a> | <a href="/login">Sign In</a></div>',
           '<header><a class="logo" href="/">Oil &amp; Gas Journal</a><nav><a href="/general-interest">General Interest</a> '
           '<a href="/exploration-development">Exploration &amp; Development</a> <a href="/drilling-production">Drilling &amp; Production</a> '
           '<a href="/refining-processing">Refining &amp; Processing</a> <a href="/pipelines-transportation">Pipelines &amp; Transportation</a> '
           '<a href="/energy-transition">Energy Transition</a> <a href="/ogj-survey-downloads">Data Tools</a> <a href="/magazine">Magazine</a></nav></header>',
           '<main><article><div class="section-label">General Interest</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="teaser">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["author"])}, {esc(S["author_title"])}</span> '
           f'<span class="date">{S["date_txt"]}</span></div>',
           '<div class="social">Facebook LinkedIn X Email</div>', '<div class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} CDT"; stamps.append(st)
        out.append(f'<div class="timeline-item"><p class="timeline-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="newsletter-signup">Subscribe to the Oil &amp; Gas Journal Daily Update newsletter. <button>Sign up</button></div>')
    out += ['</div>', '<section class="related"><h4>Related</h4><a href="/general-interest/companies/article/eu-gas-storage">EU storage refill season opens with stocks below average</a></section>',
            '</article></main>', '<footer>Copyright © 2027 Endeavor Business Media, LLC. All rights reserved. Privacy Policy | Terms of Use | Do Not Sell My Info</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ngi(S):
    """NGI (naturalgasintel.com, WordPress) RSS 2.0: pubDate '+0000' with seconds, dc:creator in CDATA, categories, description
    = excerpt, content:encoded = full text."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<atom:link href="https://naturalgasintel.com/feed/" rel="self" type="application/rss+xml" />', '<link>https://naturalgasintel.com</link>',
           f'<description>{esc(S["lede"])}</description>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.7.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = 188400 + i * 53; link = f"https://naturalgasintel.com/news/{slug(e['h'])}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>'] + [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]] + [
                f'<guid isPermaLink="false">https://naturalgasintel.com/?p={pid}</guid>',
                f'<description><![CDATA[{e["p"][0]}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_montel(S):
    """Montel News newsfeed, HTML, no JSON-LD. Date header 'Friday 19 March' (no year anywhere on the page), items newest first:
    bare 'HH:MM' (Oslo time implied), h3 headline, author, lead paragraph, premium label on some items."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    header = f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Montel News</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           '<header class="mt-header"><a class="mt-logo" href="/">montel</a><nav><a href="/news">News</a> <a href="/analytics">Analytics</a> '
           '<a href="/power">Power</a> <a href="/gas">Gas</a> <a href="/carbon">Carbon</a> <a href="/renewables">Renewables</a> '
           '<a href="/events">Events</a> <a href="/academy">Academy</a></nav><a class="mt-btn" href="/trial">Free trial</a> <a class="mt-btn" href="/login">Log in</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', '<div class="mt-filter">Filter: All regions | Nordic | Germany | France | UK | CEE</div>',
           f'<h2 class="mt-date">{header}</h2>', '<ul class="mt-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        assert d.date() == d0.date()
        out.append(f'<li class="mt-item"><span class="mt-time">{st}</span><h3><a href="/news/{slug(e["h"])}">{esc(e["h"])}</a></h3>')
        out.append(f'<p class="mt-author">{esc(e["a"])}</p>')
        out += [f'<p class="mt-lead">{esc(p)}</p>' for p in e["p"]]
        if e.get("premium"):
            out.append('<span class="mt-premium">Premium</span>')
        out.append('</li>')
        if i == 3:
            out.append('<li class="mt-promo">Get Montel News in your inbox: sign up for the morning briefing</li>')
    out += ['</ul><a class="mt-more" href="/news?page=2">Load more news</a></main>',
            '<footer>Montel AS | Oslo | Contact | Privacy | Terms | Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_miningweekly(S):
    """Mining Weekly (Creamer Media) latest-news listing, text scrape. Each item: headline, ordinal date '22nd March 2027' (no time),
    'By: NAME' plus role line, summary, article tools. Date only: published is the local date."""
    z = S["zone"]
    L = ["Mining Weekly", "Home   News   Africa   Australasia   Americas   Europe   Projects   Video   Podcasts   Magazine", "Subscribe   Log in", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        L += [e["h"], st, e["byline"]] + ([e["role"]] if e.get("role") else []) + [""] + ptxt(e["p"])
        if e.get("photo"):
            L += [f"Photo by: {e['photo']}", ""]
        L += ["Article Enquiry   Email Article   Save Article   Feedback", ""]
        if i == 2:
            L += ["SUBSCRIBE", "To subscribe, click here or email subscriptions@creamermedia.co.za", ""]
    L += ["Latest Multimedia", "Creamer Media's Mining Weekly digital magazine", "", "Copyright Creamer Media (Pty) Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_textlive_gmt(S):
    """text live blog, newest first; 'Key Points' block; '19:40 GMT' line before the headline; 'By NAME' line under the headline;
    teasers print only the headline and a '[Gallery]' marker."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""]
        L += ptxt(e["p"]) if e["p"] else ["[Gallery: 12 images]", ""]
        if i == 2:
            L += ["Get our free Ukraine Briefing email every weekday evening. Sign up here.", ""]
    L += ["Show earlier posts", "", f"\u00a9 {S['source']} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_ld(S):
    """HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update datePublished and author; visible bare 'HH:MM' in
    <time datetime>, author under the headline; zone named in the dateline."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>', ldjson(ld),
           '</head><body>', f'<div class="cookie">{esc(S["source"])} uses cookies to keep this site running. <button>Accept</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Copy link</a> <a>Telegram</a> <a>X</a></div></article>')
        if i == 3:
            out.append(f'<aside class="read-more"><h3>Read more</h3><a href="/war/air-defence-explained">{esc(S["readmore"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first: pubDate with S['rfc'] ('GMT' or numeric offset), CDATA description paragraphs, optional
    dc:creator, category."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 50)}</link>',
                f'<guid isPermaLink="false">{S["guid"]}{4410 + i * 13}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/a/{7730 + i * 11}"/>', f'<id>{S["url"]}/a/{7730 + i * 11}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_article_html(S):
    """HTML article with NewsArticle JSON-LD; sections under h2 (one entry each, no per-section time); one byline and the
    dateline '24 March 2027, 16:20 CET'."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ldjson(ld),
           '</head><body>', f'<header><a href="/">{esc(S["source"])}</a> <nav><a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           '<main><article><p class="kicker">War in Ukraine</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{esc(S["dateline"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 0:
            out.append(f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>')
    out += [f'<p class="more"><a href="/ukraine">{esc(S["more"])}</a></p>', '</article></main>',
            f'<footer>\u00a9 {esc(S["source"])} \u00b7 Imprint \u00b7 Data protection</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_htmllive_plain(S):
    """HTML live blog, newest first, no JSON-LD; bare 'HH:MM' in a span above the h2, the zone only in the printed note
    'All times CET'; author below the headline; video teaser with a player placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title></head><body>',
           '<div id="consent">This site uses cookies. <button>Accept all</button> <button>Only necessary</button></div>',
           f'<header><b>{S["source"]}</b> <nav><a>Poland</a> <a>World</a> <a>Business</a> <a>Ukraine war</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="player">[Video 0:48]</div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<aside><h3>Also read</h3><a href="/world/black-sea">{esc(S["readmore"])}</a></aside>')
    out += [f'<p class="prev"><a href="/live/ukraine-previous">{esc(S["prev"])}</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Advertising \u00b7 Privacy policy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_et(S):
    """text live blog, oldest first; '6:10 a.m. EDT' line before each headline; a full dateline with the year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  World  \u00b7  Politics  \u00b7  Business  \u00b7  Sports  \u00b7  Newsletters", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EDT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended. Read more of our Ukraine coverage here.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


def r_textlive_bare(S):
    """text live blog, oldest first; dateline with weekday and day but no year; bare '08:05' line before the headline; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  \u00b7  Ukraine  \u00b7  Europe  \u00b7  Analysis  \u00b7  Podcasts", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["(video, 1 min)", ""]
        if i == 3:
            L += ["Support independent reporting from Ukraine: become a member.", ""]
    L += ["We have closed this live page. Coverage continues tomorrow.", "", f"{S['source']} \u00b7 Team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_sharedld(S):
    """HTML live blog, newest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's datePublished and
    headline (so the JSON-LD gives no per-entry time or headline); visible '21:30 BST' in <time>, author under the headline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?block={0x5e1a + i * 97:x}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:1000]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ldjson(ld),
           '</head><body>', f'<header>{esc(S["source"])} <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Opinion</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{0x5e1a + i * 97:x}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="block-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">{esc(S["promo"])}</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 14500 Kitco News
SEEDS.append(dict(
  id="14500", name="14500_kitco-news", ext="html", source="Kitco News", zone="America/New_York", render=r_kitco,
  title="Latest News", ref="2027-03-02 18:40",
  ticker=[("Gold", "3,418.40", "+21.70"), ("Silver", "38.92", "+0.41"), ("Platinum", "1,142.00", "-6.00"), ("Palladium", "1,087.00", "+14.00")],
  basis="stamp '{s}': relative stamps ('35 minutes ago', '2 hours ago') counted back from the ticker clock 'Mar 2, 2027 - 18:40 NY Time', absolute ones read as printed; New York time (EST = UTC-5 on 2 March, implied by 'NY Time'); local {d} in {z}",
  notes="Imitates the Kitco News 'Latest News' listing. Newest first. Cards: h3 headline, one summary paragraph, 'By NAME' and a stamp. The three newest cards carry relative stamps ('35 minutes ago', '2 hours ago', '4 hours ago'), older ones 'Mar 2, 2027 11:20 AM' (no zone printed). The only clock is the metals ticker's 'Mar 2, 2027 - 18:40 NY Time'; relative stamps are counted back from it exactly. Zone: New York (EST). JSON-LD is only an Organization node. Three off-beat market items (gold, silver moves).",
  not_entries=["header logo 'KITCO' and navigation (Gold Price, Silver Price, ... Buy Gold & Silver)", "metals ticker with four prices and the 'NY Time' clock",
               "page heading 'Latest News' (page title)", "'Advertisement' slot and Kitco News newsletter box after the third card",
               "'Load More' link", "'Most Read' rail with one headline", "footer links and copyright line"],
  entries=[
  OFF("2027-03-02 18:05", "Gold holds near record as traders look to softer U.S. jobs data",
    ["Gold kept most of its gains in late New York trade as weaker private payroll figures strengthened bets that the Federal Reserve will cut rates again before the summer."],
    "gold-price-jobs-data-2027-03-02", a="Anneke Brandt", n="gold market"),
  E("2027-03-02 16:40", "Russian missiles hit titanium plant in Zaporizhzhia, two workers killed",
    ["A Russian missile strike on Tuesday afternoon damaged a titanium sponge plant on the edge of Zaporizhzhia and killed two employees, the regional military administration said, in the latest attack on Ukraine's strategic metals industry."],
    "strikes", "strikes", 3, "zaporizhzhia-titanium-plant-strike-2027-03-02", a="Reuben Castellano", n="deadly strike"),
  E("2027-03-02 14:40", "G7 finance ministers back phased ban on Russian palladium",
    ["Finance ministers from the Group of Seven agreed on Tuesday to phase out imports of Russian palladium over two years, a step carmakers had long resisted because the metal is hard to replace in catalytic converters."],
    "diplomacy", "diplomacy", 3, "g7-russian-palladium-ban-2027-03-02", a="Reuben Castellano", n="sanctions decision by ministers"),
  E("2027-03-02 11:20", "Ukraine's reconstruction minerals fund backs its first lithium project",
    ["A joint U.S.-Ukrainian investment fund set up to finance the country's recovery said it would put $150 million into developing a lithium deposit in central Ukraine, its first investment since it was launched."],
    "aid", "aid", 2, "ukraine-minerals-fund-first-lithium-project-2027-03-02", a="Tamsin Oduya", sec=["diplomacy"],
    n="financing for Ukraine's recovery counted as aid (financial support)"),
  OFF("2027-03-02 09:05", "Silver climbs as solar-panel makers restock",
    ["Silver rose more than 1% in morning trade as Chinese solar manufacturers returned to the market after the Lunar New Year slowdown, dealers said."],
    "silver-price-solar-demand-2027-03-02", a="Anneke Brandt", n="silver market"),
  E("2027-03-02 07:30", "Ukrainian drones hit aluminium smelter in Russia's Volgograd region",
    ["Drones struck an aluminium smelter in Russia's Volgograd region overnight, starting a fire in a casting shop, the regional governor said, adding that nobody was hurt and that the plant continued to operate."],
    "strikes", "strikes", 2, "volgograd-aluminium-smelter-drone-strike-2027-03-02", a="Tamsin Oduya"),
  OFF("2027-03-02 05:45", "Gold edges lower in Asian trade as dollar firms",
    ["Gold slipped in thin Asian trading as the dollar strengthened against the yen ahead of a busy week of central bank speakers."],
    "gold-price-asian-trade-2027-03-02", a="Anneke Brandt", n="gold market"),
  ]))

# ---------------------------------------------------------------- 14501 ICIS
SEEDS.append(dict(
  id="14501", name="14501_icis-live", ext="txt", source="ICIS", zone="Europe/London", render=r_icis,
  title="Russia-Ukraine war: chemicals and fertilizers \u2013 live updates", dateline="Thursday 04 March 2027",
  lede="Developments affecting chemical, fertilizer and energy markets as the war in Ukraine continues.",
  basis="stamp '{s}' (GMT printed; UK time equals UTC in early March) under the date line 'Thursday 04 March 2027'; local {d} in {z}",
  notes="Imitates an ICIS news live page as a text scrape. Oldest first. Each post: 'HH:MM GMT' line, headline, 'Author: NAME', body; every body opens with the ICIS dateline ('LONDON (ICIS)--', once 'HOUSTON (ICIS)--'), which is part of the first sentence as printed. One date line under the title. Two off-beat market items (ammonia prices, US ethylene exports).",
  not_entries=["site header 'ICIS Explore', navigation, 'Request a demo   Log in'", "breadcrumb 'NEWS  >  Chemicals  >  Europe'",
               "page title and date line 'Thursday 04 March 2027'", "intro line 'Developments affecting ...' (page lede)", "LinkedIn follow line",
               "'Author: NAME' lines (author credits, not body)", "ICIS Chemical Business subscription promo after the fourth post",
               "closing note 'This page is updated through the day. Times are GMT.'", "'Related content' with two links", "copyright and legal line"],
  entries=[
  E("2027-03-04 08:10", "Russian drones strike Ukrainian nitrogen plant in Cherkasy",
    ["LONDON (ICIS)--Russian drones struck an ammonia and urea plant in the central Ukrainian city of Cherkasy overnight, starting a fire in a storage area, the regional governor said on Thursday.",
     "No casualties were reported. The producer said it had stopped ammonia synthesis as a precaution and would assess the damage once the fire was out.",
     "The site has been hit several times since 2022 and had only restarted one of its two ammonia lines in January."],
    "strikes", "strikes", 2, "cherkasy-nitrogen-plant-drone-strike-2027-03-04", a="Oksana Terlecka"),
  OFF("2027-03-04 09:35", "Europe ammonia spot prices edge up on thin spring supply",
    ["LONDON (ICIS)--Northwest European ammonia spot prices edged up this week as buyers returned ahead of the spring application season and two import cargoes were held up by storms in the Mediterranean.",
     "Sellers said they expected firm demand to last until at least mid-April."],
    "europe-ammonia-prices-2027-03-04", a="Graham Pellow", n="chemical market prices, no war content"),
  E("2027-03-04 11:00", "EU adds Russian methanol and polymers to sanctions list",
    ["LONDON (ICIS)--EU governments formally adopted a new package of sanctions against Russia on Thursday that for the first time bans imports of Russian methanol and several grades of polyethylene and polypropylene.",
     "The ban applies to new contracts immediately, with a six-month wind-down for existing deals, according to the legal text.",
     "Traders said Russian methanol had still been reaching the bloc in small volumes through third countries."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-russian-methanol-polymers-2027-03-04", a="Lucia Ferrante", n="EU sanctions package adopted"),
  E("2027-03-04 12:40", "EBRD lends Ukrainian fertilizer producer \u20ac60m to repair war damage",
    ["LONDON (ICIS)--The European Bank for Reconstruction and Development (EBRD) will lend \u20ac60m to a Ukrainian fertilizer producer to rebuild a nitric acid unit wrecked by shelling and to install backup power, the bank said on Thursday.",
     "The loan is partly guaranteed by the EU under its Ukraine Investment Framework."],
    "aid", "aid", 2, "ebrd-loan-ukrainian-fertilizer-producer-2027-03-04", a="Oksana Terlecka"),
  OFF("2027-03-04 14:15", "US Gulf Coast ethylene exports set monthly record",
    ["HOUSTON (ICIS)--US ethylene exports reached a record in February as a new terminal on the Houston Ship Channel ramped up and Asian buyers took advantage of cheap ethane-based supply, according to ICIS data."],
    "us-ethylene-exports-record-2027-03", a="Graham Pellow", n="US petrochemical trade"),
  E("2027-03-04 15:50", "Missile strike on Dnipro chemical distributor kills three",
    ["LONDON (ICIS)--A Russian missile hit the warehouse of a chemicals distributor in Dnipro on Thursday afternoon, killing three employees and injuring seven, local authorities said.",
     "The company stores solvents and industrial gases for customers across eastern Ukraine. Emergency services said there was no risk of a toxic release."],
    "strikes", "strikes", 3, "dnipro-chemical-warehouse-missile-strike-2027-03-04", a="Lucia Ferrante", n="deadly strike"),
  E("2027-03-04 17:30", "Polish fertilizer producer tightens site security after sabotage arrests",
    ["LONDON (ICIS)--A large Polish fertilizer producer said it had tightened security at its plants after prosecutors charged two men with scouting one of its sites for Russian intelligence.",
     "The company said production had not been affected."],
    "other", "security", 2, "poland-fertilizer-plant-sabotage-arrests-2027-03", a="Lucia Ferrante"),
  ]))

# ---------------------------------------------------------------- 14502 Fastmarkets
SEEDS.append(dict(
  id="14502", name="14502_fastmarkets-roundup", ext="html", source="Fastmarkets", zone="Europe/London", render=r_fastmarkets,
  title="War in Ukraine: what it means for metals markets this week", url="https://www.fastmarkets.com/insights/war-in-ukraine-metals-markets-week-10/",
  dateline_t="2027-03-05 14:25", byline="Joanna Whitcombe",
  lede="Our weekly round-up of how the war is affecting steel, aluminium, iron ore, alloys and scrap supply chains.",
  note="Additional reporting by Piotr Zawadzki in Warsaw.",
  basis="no per-section time; the article line 'Published: March 05, 2027 14:25 GMT' (JSON-LD datePublished agrees) gives every section; local {d} in {z}",
  notes="Imitates a Fastmarkets news/insight article (HTML, NewsArticle JSON-LD). One byline and one publication line 'By Joanna Whitcombe | Published: March 05, 2027 14:25 GMT'. Six h2 sections, one entry each (headline = the heading, stamp null, published = the article time, author = the byline). The last section is an off-beat nickel-price item. The italic 'Additional reporting by ...' note is chrome.",
  not_entries=["header logo and navigation, 'Contact us' / 'Login'", "category label 'Metals and mining'", "h1 article title (page title)",
               "byline and 'Published: ...' line", "share line", "standfirst 'Our weekly round-up ...'", "photo and caption 'Steel coils awaiting shipment. Credit: Shutterstock'",
               "'Additional reporting by Piotr Zawadzki in Warsaw.'", "free-trial call to action", "'What to read next' related links", "footer"],
  entries=[
  E("2027-03-05 14:25", "Steel: missile strike halts Zaporizhzhia rolling mill",
    ["A Russian missile struck the hot-rolling shop of a steelworks in Zaporizhzhia late on Wednesday, killing one worker and injuring four, the regional administration said.",
     "The mill had been running at about half its pre-war capacity. Rolling has been suspended while engineers inspect the damage, and market participants said Ukrainian offers of flat steel for April shipment had been withdrawn."],
    "strikes", "strikes", 3, "zaporizhzhia-steelworks-missile-strike-2027-03-03", a="Joanna Whitcombe", n="deadly strike (Wednesday 3 March)"),
  E("2027-03-05 14:25", "Aluminium: EU ban on Russian primary metal reaches its final phase",
    ["The last phase of the EU's ban on Russian primary aluminium took effect this week, ending the transition period for contracts signed before the ban was agreed.",
     "Traders said the step was largely priced in, since European consumers had already replaced most Russian units with metal from the Gulf and India."],
    "diplomacy", "diplomacy", 2, "eu-russian-aluminium-ban-final-phase-2027-03", a="Joanna Whitcombe", n="sanctions taking effect"),
  E("2027-03-05 14:25", "Iron ore: drone attack cuts power to pellet plant in Horishni Plavni",
    ["Russian drones damaged a high-voltage substation serving a pellet producer in Horishni Plavni, in the Poltava region, on Thursday night, forcing it to halt two production lines.",
     "The company said no one was hurt and that it expected to restore power within days."],
    "strikes", "strikes", 2, "horishni-plavni-substation-drone-attack-2027-03-04", a="Joanna Whitcombe"),
  E("2027-03-05 14:25", "Ferro-alloys: EU grants to pay for backup power at Ukrainian plants",
    ["Two Ukrainian ferro-alloy producers will receive EU grants worth a combined \u20ac35 million to install gas-fired backup generation, so that their furnaces can keep running through blackouts caused by Russian strikes, the European Commission said."],
    "aid", "aid", 2, "eu-grants-ukrainian-ferroalloy-backup-power-2027-03", a="Joanna Whitcombe"),
  E("2027-03-05 14:25", "Scrap: Ukraine extends export duty to keep metal for defence plants",
    ["Ukraine's government has extended a steep export duty on ferrous scrap until the end of the year, saying domestic steelmakers that supply the defence industry need every tonne they can get."],
    "other", "politics", 2, "ukraine-scrap-export-duty-extension-2027-03", a="Joanna Whitcombe"),
  OFF("2027-03-05 14:25", "Nickel: prices steady as market waits for Indonesian quota decision",
    ["Three-month nickel on the London Metal Exchange traded in a narrow range this week as investors waited to see whether Indonesia would trim mining quotas for the rest of the year."],
    "lme-nickel-indonesia-quota-2027-03", a="Joanna Whitcombe", n="nickel market"),
  ]))

# ---------------------------------------------------------------- 14503 MINING.COM
SEEDS.append(dict(
  id="14503", name="14503_miningcom-news", ext="txt", source="MINING.COM", zone="America/Vancouver", render=r_miningcom,
  title="Latest News", ticker=["GOLD $3,402.10 +0.4%", "SILVER $38.47 +0.9%", "COPPER $4.88 -0.2%", "NICKEL $7.41 +0.1%"],
  basis="stamp '{s}' (date and 12-hour clock, no zone printed; MINING.COM's home zone Vancouver, PST = UTC-8 on 7-8 March); local {d} in {z}",
  notes="Imitates the MINING.COM news listing as a text scrape. Newest first. Cards: headline, credit line 'CREDIT | March 8, 2027 | 10:25 am' (a staff name or a wire: Reuters, Bloomberg News), summary, tag line. No zone is printed: Vancouver time (PST, UTC-8) is assumed. The two oldest cards are dated March 7 local (6:15 pm, 9:45 pm) but fall on 8 March in UTC, so the whole page is one UTC day. Three off-beat items (copper, Chile, Peru).",
  not_entries=["masthead 'MINING.COM' and navigation", "metal price strip (GOLD, SILVER, COPPER, NICKEL)", "'Sign up for the MINING.COM Morning Briefing'",
               "heading 'Latest News' (page title)", "tag lines under each card", "'ADVERTISEMENT' and the MINING.COM 50 promo after the third card",
               "'More News'", "'Editor's Picks' with one headline", "footer links and copyright"],
  entries=[
  B(E("2027-03-08 14:40", "Canada commits C$200 million to Ukraine's critical minerals recovery",
    ["Canada will put C$200 million into a fund that co-invests in Ukrainian mining and processing projects, the federal government said on Monday, calling it part of its long-term support for Ukraine's economic recovery.",
     "The first projects are expected to include a graphite mine in the Kirovohrad region and a titanium processing plant."],
    "aid", "aid", 2, "canada-ukraine-critical-minerals-fund-2027-03-08", a="Frances Okonjo"), "Frances Okonjo", tags="Canada | Europe | Ukraine | Critical Minerals"),
  B(OFF("2027-03-08 12:05", "Copper slips as China's factory data disappoints",
    ["Copper fell on the London Metal Exchange after a private survey showed Chinese factory activity shrinking for a second month, adding to worries about demand from the biggest consumer."],
    "copper-price-china-factory-data-2027-03-08", a="Bloomberg News", n="copper market"), "Bloomberg News", tags="Copper | Markets | China"),
  B(E("2027-03-08 09:30", "Drone strike on miners' bus kills four near Pokrov",
    ["A Russian drone hit a bus carrying workers to a manganese mine near the town of Pokrov in Ukraine's Dnipropetrovsk region on Monday morning, killing four and wounding nine, the regional governor said.",
     "The mining company said it had suspended underground work for the day and would move staff in armoured vehicles from now on."],
    "strikes", "strikes", 3, "pokrov-miners-bus-drone-strike-2027-03-08", a="Reuters", n="deadly strike"), "Reuters", tags="Europe | Manganese | Ukraine"),
  B(OFF("2027-03-08 06:50", "Chile's state copper producer trims output guidance",
    ["Chile's state-owned copper miner cut its production forecast for the year, citing lower ore grades and delays at two expansion projects in the north of the country."],
    "chile-copper-output-guidance-2027-03-08", a="Reuters", n="Chilean copper"), "Reuters", tags="Chile | Copper | Latin America"),
  B(E("2027-03-08 04:15", "EU weighs ban on Russian nickel and copper imports",
    ["European Union officials are drafting proposals to ban imports of Russian refined nickel and copper in the bloc's next sanctions package, according to people familiar with the discussions."],
    "diplomacy", "diplomacy", 2, "eu-weighs-russian-nickel-copper-ban-2027-03", a="Bloomberg News", n="proposal under discussion"), "Bloomberg News", tags="Europe | Nickel | Copper | Sanctions"),
  B(OFF("2027-03-07 21:45", "Eleven miners rescued after tunnel collapse in Peru",
    ["Rescuers in southern Peru freed 11 workers trapped for more than a day by a rockfall in a small gold mine, the country's mining ministry said."],
    "peru-gold-mine-tunnel-rescue-2027-03-07", a="Reuters", n="mine accident in Peru"), "Reuters", tags="Peru | Gold | Safety"),
  B(E("2027-03-07 18:15", "Ukrainian drones target fertilizer plant in Russia's Tula region",
    ["Ukrainian drones attacked a fertilizer plant in Russia's Tula region on Sunday evening, the regional governor said, adding that air defences had shot most of them down and that debris had damaged a warehouse roof."],
    "strikes", "strikes", 2, "tula-fertilizer-plant-drone-attack-2027-03-07", a="Reuters"), "Reuters", tags="Russia | Potash | Fertilizer"),
  ]))

# ---------------------------------------------------------------- 14504 Energy Voice
SEEDS.append(dict(
  id="14504", name="14504_energyvoice-atom", ext="xml", source="Energy Voice", zone="UTC", render=r_energyvoice,
  title="Energy Voice", lede="News, analysis and opinion from across the energy industry",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Imitates the WordPress Atom feed of Energy Voice (Aberdeen). Newest first. Each entry: author, CDATA title, <published>/<updated> in UTC (Z), one category, an excerpt <summary> that repeats the first 18 words of the first paragraph followed by ' [&#8230;]', and the full <content>. Three off-beat industry items.",
  not_entries=["feed title, subtitle, id, self link and generator", "every entry's <summary> excerpt (a truncated copy of the first paragraph, not a separate entry or paragraph)",
               "category terms, reply links and thr:total counts"],
  entries=[
  B(E("2027-03-09 17:20", "UK sanctions dozens more shadow fleet tankers",
    ["The UK has added 34 tankers to its sanctions list, targeting vessels it says have carried Russian crude in breach of the oil price cap, the Foreign Office announced on Tuesday.",
     "Ministers said the move would further squeeze the revenue Moscow uses to pay for its war against Ukraine. It takes the number of shadow fleet ships sanctioned by Britain past 500.",
     "Shipping analysts said several of the named vessels had loaded at Baltic ports in the past month."],
    "diplomacy", "diplomacy", 3, "uk-shadow-fleet-sanctions-2027-03-09", a="Callum Reith", n="government sanctions"), "", cat="Oil & Gas", cat_slug="oil-and-gas"),
  B(OFF("2027-03-09 15:05", "Aberdeen operator completes sale of Central North Sea stake",
    ["An Aberdeen-based independent has completed the sale of its 25% stake in a Central North Sea field to a private equity-backed buyer, ending months of talks."],
    "central-north-sea-stake-sale-2027-03-09", a="Erin Sutherland", n="North Sea deal"), "", cat="Oil & Gas", cat_slug="oil-and-gas"),
  B(E("2027-03-09 12:40", "Russian missiles hit gas production site in Poltava region",
    ["Ukraine's state gas producer said Russian missiles struck one of its production facilities in the Poltava region overnight, causing a fire and cutting output.",
     "No one was injured. The company did not say how much production had been lost but said repairs had started."],
    "strikes", "strikes", 2, "poltava-gas-production-missile-strike-2027-03-09", a="Callum Reith"), "", cat="Oil & Gas", cat_slug="oil-and-gas"),
  B(E("2027-03-09 10:10", "Aberdeen firm to ship mobile generators to Ukraine under UK aid deal",
    ["An Aberdeen engineering company has won a contract to supply 40 containerised generators to Ukrainian hospitals and water utilities, paid for from the UK's energy support programme for Ukraine.",
     "The first units are due to leave the north-east of Scotland next month."],
    "aid", "aid", 2, "uk-funded-generators-for-ukraine-2027-03-09", a="Erin Sutherland"), "", cat="Supply Chain", cat_slug="supply-chain"),
  B(OFF("2027-03-09 08:30", "Scottish offshore wind project secures grid connection date",
    ["A floating wind farm planned off the Scottish coast has been given a grid connection date in 2031 under the reformed connections queue, its developer said."],
    "scottish-floating-wind-grid-date-2027-03-09", a="Niamh Doig", n="renewables"), "", cat="Renewables", cat_slug="renewables"),
  B(OFF("2027-03-09 06:45", "Brent edges higher in early Asian trade",
    ["Brent crude futures rose slightly in early Asian trading on Tuesday as traders waited for weekly US inventory figures."],
    "brent-early-asian-trade-2027-03-09", a="Niamh Doig", n="oil prices"), "", cat="Oil & Gas", cat_slug="oil-and-gas"),
  ]))

# ---------------------------------------------------------------- 14505 Rigzone
SEEDS.append(dict(
  id="14505", name="14505_rigzone-news", ext="txt", source="Rigzone", zone="America/New_York", render=r_rigzone,
  title="Latest Oil and Gas News", prices="Brent Crude Oil 81.24 +0.62   WTI Crude Oil 77.90 +0.55   Natural Gas 3.41 -0.04   (delayed)",
  basis="stamp '{s}' (weekday, date, 12-hour clock and 'EST' printed; EST = UTC-5 on 11 March 2027, before US daylight time); local {d} in {z}",
  notes="Imitates the Rigzone news listing as a text scrape. Newest first. Cards: Title Case headline, then 'by NAME | Rigzone Staff | Thursday, March 11, 2027 | 6:23 AM EST' (wire items 'by Bloomberg | ...' / 'by Reuters | ...'), summary, 'Read More'. The stamp is the date-time part of that line; author = the name before ' | Rigzone Staff', or the wire. Two off-beat items (US inventories, Guyana).",
  not_entries=["masthead 'RIGZONE' and navigation", "commodity price box (Brent, WTI, Natural Gas)", "heading 'Latest Oil and Gas News' (page title)",
               "'Read More' links", "comment disclaimer and newsletter promo after the fourth card", "'Most Popular' list", "footer and copyright"],
  entries=[
  B(E("2027-03-11 17:40", "Drones Hit Primorsk Oil Terminal, Loadings Halted",
    ["Ukrainian drones struck the Baltic oil port of Primorsk overnight into Thursday, setting a storage tank ablaze and forcing a halt to tanker loadings, according to local officials and people familiar with port operations.",
     "Primorsk is one of Russia's largest crude export outlets. The regional governor said the fire had been contained and that there were no casualties."],
    "strikes", "strikes", 2, "primorsk-oil-terminal-drone-strike-2027-03-11", a="Bloomberg"), "Bloomberg"),
  B(OFF("2027-03-11 15:15", "USA Crude Inventories Rise for Third Week",
    ["U.S. commercial crude oil inventories rose for a third straight week, according to the latest weekly petroleum status report from the Energy Information Administration.",
     "Gasoline stocks fell slightly while distillate inventories were little changed."],
    "us-crude-inventories-2027-03-11", a="Carter Wendell", n="US inventories"), "Carter Wendell | Rigzone Staff"),
  B(E("2027-03-11 13:05", "Kazakhstan Says CPC Flows Normal After Drone Attack on Russian Pumping Station",
    ["Oil flows through the Caspian Pipeline Consortium are running normally, Kazakhstan's energy ministry said on Thursday, after drones damaged a pumping station on the Russian section of the line."],
    "strikes", "strikes", 2, "cpc-pumping-station-drone-attack-2027-03-11", a="Reuters"), "Reuters"),
  B(E("2027-03-11 10:50", "EU Agrees to Lower Price Cap on Russian Crude",
    ["European Union governments agreed on Thursday to lower the price cap on seaborne Russian crude by $5 per barrel, diplomats said, in a bid to cut Moscow's oil revenue further.",
     "The new cap will apply from April. Shipping and insurance firms in the bloc may only handle Russian cargoes sold at or below the limit."],
    "diplomacy", "diplomacy", 3, "eu-lowers-russian-oil-price-cap-2027-03-11", a="Marisol Quintero", n="sanctions decision"), "Marisol Quintero | Rigzone Staff"),
  B(E("2027-03-11 08:20", "Naftogaz Secures $500MM EBRD Loan for Emergency Gas Purchases",
    ["Ukraine's state energy company has signed a $500 million loan with the European Bank for Reconstruction and Development to buy gas after Russian strikes cut domestic production, the bank said in a statement.",
     "The loan is backed by guarantees from Norway and Canada."],
    "aid", "aid", 3, "naftogaz-ebrd-gas-loan-2027-03-11", a="Carter Wendell", n="major financing package"), "Carter Wendell | Rigzone Staff"),
  B(OFF("2027-03-11 06:23", "Guyana Oil Output Hits Record in February",
    ["Guyana's crude production reached a record in February after a fourth floating production vessel reached full capacity, government data showed."],
    "guyana-oil-output-record-2027-02", a="Reuters", n="Guyana output"), "Reuters"),
  B(E("2027-03-11 04:10", "Russian Troops Advance Toward Gas Field in Kharkiv Region, Ukraine Says",
    ["Russian forces have pushed to within about 10 kilometers of a gas field in the south of the Kharkiv region, a Ukrainian military spokesman said, as Moscow presses an offensive toward the city of Lozova."],
    "other", "frontline", 2, "russian-advance-kharkiv-gas-field-2027-03-11", a="Bloomberg"), "Bloomberg"),
  ]))

# ---------------------------------------------------------------- 14506 Oil & Gas Journal
SEEDS.append(dict(
  id="14506", name="14506_ogj-timeline", ext="html", source="Oil & Gas Journal", zone="America/Chicago", render=r_ogj,
  title="Russia-Ukraine war: energy developments, Mar. 15", url="https://www.ogj.com/general-interest/geopolitics/article/russia-ukraine-war-energy-developments-mar-15",
  author="Kessa Varnum", author_title="Managing Editor-News", date_txt="Mar. 15, 2027",
  lede="OGJ editors are tracking developments affecting oil, gas and refining as the war continues. Updates are listed in the order they were posted.",
  basis="stamp '{s}' (12-hour clock with 'CDT'; CDT = UTC-5, US daylight time began 14 March) on the page dated 'Mar. 15, 2027'; local {d} in {z}",
  notes="Imitates an Oil & Gas Journal (Endeavor Business Media) timeline article, HTML with NewsArticle JSON-LD (datePublished = first update, dateModified = last). One byline 'Kessa Varnum, Managing Editor-News' (author = the name, title dropped) and one date 'Mar. 15, 2027'. Updates oldest first, each '8:15 a.m. CDT' above an h3 headline. No off-beat items.",
  not_entries=["top bar 'Endeavor Business Media | Subscribe | Sign In'", "logo and navigation", "section label 'General Interest'", "h1 title (page title)",
               "teaser paragraph 'OGJ editors are tracking ...' (page lede)", "byline with job title and the date 'Mar. 15, 2027'", "social share line",
               "Daily Update newsletter sign-up after the third update", "'Related' link", "footer"],
  entries=[
  E("2027-03-15 06:40", "Ukrainian drones strike crude unit at Ryazan refinery",
    ["Drones struck a crude distillation unit at the Ryazan refinery southeast of Moscow early Monday, the regional governor said, adding that firefighters had put out the blaze.",
     "The plant is one of the main suppliers of gasoline and diesel to the Moscow region. Its operator did not comment on how long the unit would be out of service."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2027-03-15", a="Kessa Varnum"),
  E("2027-03-15 08:15", "Russian missile hits Ukrainian gas compressor station, killing two workers",
    ["A Russian missile struck a gas compressor station in western Ukraine on Monday morning, killing two employees and damaging equipment that moves gas toward storage sites near the Polish border, Ukraine's transmission system operator said.",
     "The operator said gas deliveries to customers had not been interrupted."],
    "strikes", "strikes", 3, "western-ukraine-compressor-station-strike-2027-03-15", a="Kessa Varnum", n="deadly strike"),
  E("2027-03-15 10:30", "Hungary, Slovakia seek extension of EU exemption for Russian pipeline crude",
    ["Hungary and Slovakia asked the European Commission on Monday to extend their exemption from the EU's ban on Russian crude delivered through the Druzhba pipeline, arguing that their refineries still lack workable alternatives."],
    "diplomacy", "diplomacy", 2, "hungary-slovakia-druzhba-exemption-request-2027-03-15", a="Kessa Varnum"),
  E("2027-03-15 12:05", "Poland finances US LNG cargoes for Ukraine's storage",
    ["Poland will pay for two cargoes of US LNG delivered to its Baltic coast terminal and piped on to Ukrainian storage sites, Warsaw's climate ministry said, describing the deal as energy assistance ahead of next winter."],
    "aid", "aid", 2, "poland-funds-lng-for-ukraine-2027-03-15", a="Kessa Varnum"),
  E("2027-03-15 14:20", "Turkish refiners halt Russian diesel feedstock purchases under US sanctions pressure",
    ["Two Turkish refiners have stopped buying Russian vacuum gasoil after Washington warned that banks handling the trade could face secondary sanctions, traders told OGJ."],
    "diplomacy", "diplomacy", 2, "turkish-refiners-halt-russian-feedstock-2027-03", a="Kessa Varnum", n="sanctions enforcement"),
  E("2027-03-15 16:45", "Ukraine approves plan to raise gas storage to 13 bcm before winter",
    ["Ukraine's cabinet approved a plan on Monday to bring gas in storage to 13 billion cubic meters by Nov. 1, combining domestic output, imports from the EU and borrowed funds."],
    "other", "politics", 2, "ukraine-gas-storage-target-2027", a="Kessa Varnum", n="domestic energy policy"),
  ]))

# ---------------------------------------------------------------- 14507 Natural Gas Intelligence
SEEDS.append(dict(
  id="14507", name="14507_ngi-rss", ext="xml", source="Natural Gas Intelligence", zone="UTC", render=r_ngi,
  title="Natural Gas Intelligence", lede="Natural gas news, prices, data and analysis",
  basis="RSS pubDate '{s}' (explicit +0000 = UTC); local {d} in {z}",
  notes="Imitates the WordPress RSS 2.0 feed of NGI (naturalgasintel.com). Newest first. pubDate with seconds and '+0000'; dc:creator in CDATA; several categories; description = the first paragraph; content:encoded = full text. Three off-beat market items (Henry Hub, European prices without war content, Permian pipeline).",
  not_entries=["channel title, description, self link, lastBuildDate, language, sy:update and generator elements",
               "each item's <description> (a copy of the first paragraph, not a second entry)", "categories and guid/link URLs"],
  entries=[
  OFF("2027-03-17 21:35", "April Natural Gas Futures Slide as Mild Outlook Curbs Heating Demand",
    ["April Nymex natural gas futures fell for a second session on Wednesday as updated forecasts pointed to above-normal temperatures across the eastern half of the country through the end of March.",
     "Spot prices at most hubs also weakened."],
    "nymex-april-gas-futures-2027-03-17", a="Leandra Voss", n="US gas market"),
  OFF("2027-03-17 19:10", "European Gas Prices Climb as Late Cold Snap Draws Down Storage",
    ["The Dutch TTF front-month contract rose about 4% on Wednesday as a late spell of cold weather over northwest Europe increased withdrawals from already depleted storage.",
     "Analysts said the refill season would need record LNG imports."],
    "ttf-cold-snap-storage-2027-03-17", a="Miles Corran", n="European gas market; no war content"),
  E("2027-03-17 16:25", "Russian Strike on Kharkiv-Area Gas Field Kills Worker, Ukraine Says",
    ["A Russian guided bomb hit a gas production site in the Kharkiv region on Wednesday, killing one worker and injuring two, Ukraine's state producer said.",
     "The company has lost a significant share of its output to strikes since last autumn and has been buying gas from Europe to make up the gap."],
    "strikes", "strikes", 3, "kharkiv-gas-field-strike-2027-03-17", a="Miles Corran", n="deadly strike"),
  E("2027-03-17 13:50", "EU Adopts Ban on Russian LNG Transshipment Contracts",
    ["EU ministers on Wednesday adopted rules that bar European ports from reloading Russian LNG onto ships bound for third countries under new contracts, closing what critics called a loophole that helped Moscow reach Asian buyers.",
     "Existing contracts must end within nine months."],
    "diplomacy", "diplomacy", 3, "eu-russian-lng-transshipment-ban-2027-03-17", a="Miles Corran", n="sanctions adopted"),
  E("2027-03-17 11:05", "Ukraine, Romania Sign Agreement on Cross-Border Gas Storage",
    ["Ukraine and Romania signed an intergovernmental agreement on Wednesday that lets Romanian traders store gas in western Ukrainian storage sites without paying customs duties, officials in Kyiv said."],
    "diplomacy", "diplomacy", 2, "ukraine-romania-gas-storage-agreement-2027-03-17", a="Leandra Voss"),
  OFF("2027-03-17 08:20", "Permian Takeaway Crunch Eases as New Pipeline Enters Service",
    ["A new pipeline carrying gas from the Permian Basin to the Gulf Coast began full commercial service this week, helping to lift depressed prices at the Waha hub."],
    "permian-pipeline-in-service-2027-03", a="Leandra Voss", n="US pipeline"),
  ]))
for e, c in zip(SEEDS[-1]["entries"], [["Markets", "NGI All News Access"], ["LNG", "Europe", "NGI All News Access"], ["Europe", "E&P", "NGI All News Access"],
                                        ["LNG", "Regulatory", "NGI All News Access"], ["Europe", "Storage"], ["Infrastructure", "Permian", "NGI All News Access"]]):
    e["cats"] = c

# ---------------------------------------------------------------- 14508 Montel News
SEEDS.append(dict(
  id="14508", name="14508_montel-news", ext="html", source="Montel News", zone="Europe/Oslo", render=r_montel,
  title="Latest news", parse_args=["--date", "2027-03-19"],
  basis="bare stamp '{s}' under the date header 'Friday 19 March' (no year on the page; parse_args gives 2027-03-19); no zone printed, Montel's home zone Oslo (CET = UTC+1); local {d} in {z}",
  notes="Imitates the Montel News newsfeed (HTML, no JSON-LD). Newest first under one date header 'Friday 19 March'. The page prints no year anywhere, hence parse_args --date 2027-03-19. Each item: bare 'HH:MM' (Oslo time implied, CET), h3 headline, author, lead paragraph, a 'Premium' label on some. Three off-beat power-market items.",
  not_entries=["header logo 'montel', navigation, 'Free trial' / 'Log in'", "h1 'Latest news' (page title)", "region filter line",
               "date header 'Friday 19 March'", "'Premium' labels", "newsletter promo item after the fourth item", "'Load more news'", "footer"],
  entries=[
  OFF("2027-03-19 17:48", "Nordic system price falls on windy weekend forecast",
    ["The Nordic system price for Saturday fell by more than a third as forecasts showed strong winds across Denmark, Sweden and Finland through the weekend."],
    "nordic-system-price-wind-2027-03-19", a="Siri Haugland", n="Nordic power market"),
  E("2027-03-19 16:05", "Russian drones hit thermal power plant in western Ukraine",
    ["Russian drones struck a coal-fired power plant in western Ukraine on Friday afternoon, damaging a turbine hall, the plant's operator said, adding that no staff had been hurt."],
    "strikes", "strikes", 2, "western-ukraine-thermal-plant-drone-strike-2027-03-19", a="Tomas Reinholt"),
  E("2027-03-19 14:32", "Ukraine's electricity imports from EU reach record after plant outages",
    ["Ukraine imported a record volume of electricity from EU neighbours on Friday as households and industry faced scheduled cuts following weeks of Russian attacks on power plants, the grid operator said."],
    "other", "humanitarian", 2, "ukraine-record-electricity-imports-2027-03-19", a="Tomas Reinholt", sec=["strikes"], n="power shortage for civilians after attacks"),
  OFF("2027-03-19 12:10", "German day-ahead power slides as solar output jumps",
    ["German day-ahead baseload power for Saturday dropped sharply as sunny weather was forecast to lift solar output to a record for March."],
    "german-day-ahead-solar-2027-03-19", a="Siri Haugland", n="German power market"),
  B(E("2027-03-19 10:40", "EU approves EUR 400m for Ukrainian grid repairs",
    ["The European Commission approved \u20ac400m in grants on Friday to repair Ukraine's transmission network and buy transformers, saying the money should reach the grid operator within weeks."],
    "aid", "aid", 3, "eu-400m-ukraine-grid-repairs-2027-03-19", a="Tomas Reinholt", n="major aid decision"), None, premium=True),
  E("2027-03-19 09:15", "Shelling cuts backup power line to Zaporizhzhia nuclear plant, IAEA says",
    ["Shelling damaged the last backup power line to the Russian-occupied Zaporizhzhia nuclear plant overnight, leaving it dependent on a single main line, the International Atomic Energy Agency said."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-backup-line-shelling-2027-03-19", a="Siri Haugland", sec=[]),
  OFF("2027-03-19 07:30", "Norwegian hydro reserves fall further below normal",
    ["Hydro reservoirs in Norway fell to 11 percentage points below the seasonal median last week, the energy regulator's weekly figures showed."],
    "norway-hydro-reserves-2027-03", a="Siri Haugland", n="Nordic hydrology"),
  ]))

# ---------------------------------------------------------------- 14509 Mining Weekly
SEEDS.append(dict(
  id="14509", name="14509_miningweekly-latest", ext="txt", source="Mining Weekly", zone="Africa/Johannesburg", render=r_miningweekly,
  title="Latest News",
  basis="date-only stamp '{s}' (Creamer Media prints no time); published is the local date {d} ({z}); no time can be known",
  notes="Imitates the Mining Weekly (Creamer Media) latest-news listing as a text scrape. Each item: headline, ordinal date '22nd March 2027' with no time, 'By: NAME' and a role line, summary, optional 'Photo by:' credit, article tools. Published is date-only ('2027-03-22'), as in the shared Euronews gold. 'By: Creamer Media Reporter' is a generic desk credit: author null. Three off-beat items (platinum, lithium, Zambian copper).",
  not_entries=["masthead and navigation, 'Subscribe   Log in'", "heading 'Latest News' (page title)", "'By: ...' lines and role lines (author credits)",
               "'Photo by: ...' credits", "'Article Enquiry   Email Article   Save Article   Feedback' tool lines", "'SUBSCRIBE' box after the third item",
               "'Latest Multimedia' and magazine promo", "copyright line"],
  entries=[
  B(E("2027-03-22", "Russian strike damages uranium processing plant in central Ukraine",
    ["A Russian missile strike damaged buildings at a uranium ore processing plant in Zhovti Vody, in Ukraine's Dnipropetrovsk region, local authorities reported on Monday.",
     "There were no reports of radiation leaks, and the regional administration said two guards had suffered minor injuries."],
    "strikes", "strikes", 2, "zhovti-vody-uranium-plant-strike-2027-03-22", a=None, n="generic desk credit: author null"), "By: Creamer Media Reporter", photo="Reuters"),
  B(OFF("2027-03-22", "Platinum output rises at Bushveld operations",
    ["A platinum group metals producer reported a 6% rise in quarterly output from its Bushveld Complex operations on Monday, helped by fewer safety stoppages and better ore grades."],
    "bushveld-platinum-output-2027-q1", a="Thandi Mokoena", n="South African PGMs"), "By: Thandi Mokoena", role="Creamer Media Senior Writer"),
  B(E("2027-03-22", "EU sanctions update targets Russian diamond trading arms",
    ["The European Union has added three foreign trading subsidiaries of Russia's state diamond miner to its sanctions list, saying they were used to route rough stones into the bloc after the import ban."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-russian-diamond-traders-2027-03", a="Marcus Venter"), "By: Marcus Venter", role="Creamer Media Correspondent: Europe"),
  B(OFF("2027-03-22", "Western Australian lithium miner restarts mothballed concentrator",
    ["A Western Australian lithium miner will restart a concentrator it shut in 2024, saying higher spodumene prices now justify the cost."],
    "wa-lithium-concentrator-restart-2027-03", a="Dale Pennington", n="Australian lithium"), "By: Dale Pennington", role="Creamer Media Senior Deputy Editor: Australasia"),
  B(E("2027-03-22", "Japan and Ukraine sign rare-earths cooperation memorandum",
    ["Japan and Ukraine signed a memorandum on cooperation in rare earths and other critical minerals during a visit to Tokyo by Ukraine's economy minister, the two governments said."],
    "diplomacy", "diplomacy", 2, "japan-ukraine-rare-earths-memorandum-2027-03", a="Thandi Mokoena"), "By: Thandi Mokoena", role="Creamer Media Senior Writer"),
  B(OFF("2027-03-22", "Zambia's copper exports climb as new smelter ramps up",
    ["Zambia's copper exports rose 14% year-on-year in February as a new smelter on the Copperbelt moved towards full capacity, official data showed."],
    "zambia-copper-exports-2027-02", a=None, n="Zambian copper; generic desk credit"), "By: Creamer Media Reporter"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-03-24 (UTC), day 2 = 2027-03-25, day 3 = 2027-03-29.
KROP = "kropyvnytskyi-missile-strike-2027-03-24"
SWAP = "uae-mediated-prisoner-exchange-2027-03-24"
SANC = "eu-shadow-fleet-sanctions-package-2027-03-24"
BALX = "explainer-ballistic-missile-interception"
BALX_H = "Explainer: Why ballistic missiles still get through Ukraine\u2019s air defences"
BALX_P = ["Wednesday\u2019s attack on Kropyvnytskyi was carried out mainly with ballistic missiles, the weapon Ukraine\u2019s air defences find hardest to stop.",
          "A ballistic missile such as the Iskander-M comes down on its target at several times the speed of sound, leaving only a few minutes between launch and impact. Only a handful of Western systems, chiefly the US-made Patriot and the Franco-Italian SAMP/T, can intercept them, and each interception usually takes two or more costly interceptor missiles.",
          "Kyiv has repeatedly said it has too few of those systems to cover every city, which forces commanders to choose between protecting the capital, the front line and industrial centres."]

# ---------------------------------------------------------------- 14520 Dunmere Chronicle (day 1)
SEEDS.append(dict(
  id="14520", name="14520_dunmere-textlive", ext="txt", source="Dunmere Chronicle", zone="Europe/London", render=r_textlive_gmt,
  title="Ukraine war live: Kropyvnytskyi toll rises to 11 after Russian missile strike; prisoners swapped",
  dateline="Wednesday 24 March 2027",
  lede="Missiles hit an apartment block and a depot in the central Ukrainian city; 175 prisoners return each way; Sweden announces new package.",
  basis="stamp '{s}' (GMT printed; UK time = UTC before 28 March) under the dateline 'Wednesday 24 March 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true). Each post: 'HH:MM GMT' line, headline, optional 'By NAME' line, body. 14520-02 is a 'Photos:' teaser with no text (a '[Gallery: 12 images]' marker only). 14520-03 is a theme piece (explainer on ballistic missiles) that mentions the Kropyvnytskyi strike but is its own story; it is re-posted verbatim on day 2 by 14532. 14520-05 (Sumy minibus) is another deadly strike the same day: must not merge with Kropyvnytskyi.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Wednesday 24 March 2027'", "standfirst/lede summary line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest' label", "'By NAME' lines (author credits)",
               "'[Gallery: 12 images]' marker in the teaser", "newsletter promo after the third post", "'Show earlier posts'", "footer line"],
  entries=[
  E("2027-03-24 19:40", "Kropyvnytskyi toll reaches 11 as three days of mourning declared",
    ["The number of people killed by this morning\u2019s Russian missile strike on Kropyvnytskyi has risen to 11, including two children, the head of the Kirovohrad regional administration said.",
     "He declared three days of mourning in the region. Forty-one people were injured, and rescuers expect to finish clearing the rubble of the apartment block overnight."],
    "strikes", "strikes", 3, KROP, a="Harriet Quayle", kp=True, n="toll 11 dead, 41 injured"),
  E("2027-03-24 17:55", "Photos: Rescue crews search the ruins in Kropyvnytskyi", [],
    "strikes", "strikes", 1, KROP, n="teaser without body (gallery)"),
  E("2027-03-24 16:30", BALX_H, BALX_P, "strikes", "strikes", 2, BALX, a="Owen Maddocks",
    n="theme piece (explainer on ballistic missiles, mentions Kropyvnytskyi but reports no event); must not merge with the Kropyvnytskyi strike"),
  E("2027-03-24 14:45", "Ukraine and Russia swap 175 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia have each freed 175 prisoners of war in an exchange mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Among the Ukrainians coming home are soldiers captured in the Kursk region and several National Guard members held since 2022, he wrote on social media."],
    "diplomacy", "diplomacy", 3, SWAP, a="Harriet Quayle", kp=True),
  E("2027-03-24 12:20", "Drone hits minibus near Sumy, killing two",
    ["A Russian drone struck a minibus on a road outside Sumy this morning, killing the driver and a passenger and injuring five others, the regional military administration said.",
     "Sumy lies about 30 km from the Russian border and is targeted by drones almost every day."],
    "strikes", "strikes", 3, "sumy-minibus-drone-strike-2027-03-24", a="Owen Maddocks",
    n="deadly strike elsewhere on the same day: must not merge with the Kropyvnytskyi strike"),
  E("2027-03-24 10:05", "Sweden pledges radar systems and artillery shells",
    ["Sweden will send Ukraine two air-surveillance radar systems and artillery ammunition worth a combined 900 million kronor, its defence minister announced in Stockholm.",
     "The package is Sweden\u2019s second this year."],
    "aid", "aid", 2, "sweden-radar-ammunition-package-2027-03-24", a="Priya Lomax"),
  E("2027-03-24 06:15", "Russian missiles strike Kropyvnytskyi in early-morning attack",
    ["At least five people have been killed after Russian missiles struck the central Ukrainian city of Kropyvnytskyi shortly before 7am local time, regional officials said.",
     "A nine-storey apartment block and a trolleybus depot were hit. Ukraine\u2019s air force said the city was targeted with ballistic missiles that could not be intercepted in time."],
    "strikes", "strikes", 3, KROP, a="Priya Lomax", n="toll 5 dead"),
  ]))

# ---------------------------------------------------------------- 14521 Stavemoor Post (day 1)
SEEDS.append(dict(
  id="14521", name="14521_stavemoor-ldlive", ext="html", source="Stavemoor Post", zone="Europe/Kyiv", render=r_htmllive_ld,
  title="Russia\u2019s war in Ukraine: live updates, 24 March", url="https://stavemoor-post.example/live/2027-03-24",
  dateline="Wednesday, 24 March 2027 \u00b7 Kyiv time (EET)",
  lede="Missile strike on Kropyvnytskyi; prisoner exchange; EU envoys agree new sanctions.", readmore="How Ukraine\u2019s air defences are organised",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2, named in the dateline 'Wednesday, 24 March 2027 \u00b7 Kyiv time (EET)'); JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry the right per-update times and authors. Visible stamps are bare 'HH:MM' in <time datetime>; the zone is printed in the dateline. 14521-07 re-publishes 14521-05 near-verbatim ('on Wednesday' added), importance 1. 14521-02 (drone attack on a substation near Oleksandriia, same Kirovohrad region, overnight) is a different event from the Kropyvnytskyi missile strike: must not merge.",
  not_entries=["cookie line", "header brand and navigation", "page title", "dateline with the zone", "summary line under the title",
               "byline lines under each headline (author credits)", "'Copy link / Telegram / X' share tools under every post",
               "'Read more' box with one related link after the fourth post", "footer"],
  entries=[
  E("2027-03-24 07:30", "Explosions in Kropyvnytskyi as missiles hit city centre",
    ["A series of powerful explosions shook Kropyvnytskyi at about 06:50 after the air force warned of ballistic missiles heading for the Kirovohrad region.",
     "Four people are confirmed dead and 19 injured, the regional administration said. A residential building in the city centre has partly collapsed."],
    "strikes", "strikes", 3, KROP, a="Yaryna Bondar", n="toll 4 dead, 19 injured"),
  E("2027-03-24 08:05", "Drones knock out substation near Oleksandriia overnight",
    ["Russian attack drones hit an electricity substation near Oleksandriia, also in the Kirovohrad region, during the night, leaving about 12,000 households without power.",
     "No one was hurt, the regional energy company said, and crews expect to restore supply by the evening."],
    "strikes", "strikes", 2, "oleksandriia-substation-drone-attack-2027-03-24", a="Yaryna Bondar",
    n="same region, different (overnight drone) attack: must not merge with the Kropyvnytskyi missile strike"),
  E("2027-03-24 09:40", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s Defence Ministry said its troops had taken a village north-east of Huliaipole in the Zaporizhzhia region. Ukraine\u2019s southern command called the claim false and said fighting was continuing on the village\u2019s outskirts."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2027-03-24", a="Andriy Sokil"),
  E("2027-03-24 11:50", "Kropyvnytskyi: death toll rises to seven",
    ["Seven people are now known to have died in the morning strike on Kropyvnytskyi, including a nine-year-old girl, the city\u2019s mayor said.",
     "Rescuers pulled two people alive from the rubble of the apartment building at around 11:00, he added."],
    "strikes", "strikes", 3, KROP, a="Yaryna Bondar", n="toll 7 dead"),
  E("2027-03-24 13:20", "175 Ukrainian defenders return home in exchange",
    ["One hundred and seventy-five Ukrainian servicemen have returned home from Russian captivity in a swap mediated by the UAE, Ukraine\u2019s coordination headquarters for prisoners of war said.",
     "Russia received the same number of its soldiers."],
    "diplomacy", "diplomacy", 3, SWAP, a="Andriy Sokil"),
  E("2027-03-24 14:35", "EU envoys back new sanctions on shadow fleet",
    ["EU ambassadors approved a new sanctions package that adds about 120 shadow-fleet tankers and several port operators in third countries to the bloc\u2019s blacklist, diplomats told the Stavemoor Post.",
     "Foreign ministers are expected to give their formal approval on Friday."],
    "diplomacy", "diplomacy", 3, SANC, a="Marta Yurchenko"),
  E("2027-03-24 15:10", "175 Ukrainian defenders return home in exchange",
    ["One hundred and seventy-five Ukrainian servicemen have returned home from Russian captivity in a swap mediated by the UAE, Ukraine\u2019s coordination headquarters for prisoners of war said on Wednesday.",
     "Russia received the same number of its soldiers."],
    "diplomacy", "diplomacy", 1, SWAP, a="Andriy Sokil", dup="14521-05", n="near-verbatim repeat of 14521-05"),
  E("2027-03-24 16:45", "Kherson region widens evacuation of frontline villages",
    ["Authorities in the Kherson region ordered the compulsory evacuation of families with children from six more villages along the Dnipro River, citing daily drone attacks.",
     "About 240 children are affected, the regional administration said."],
    "other", "humanitarian", 2, "kherson-child-evacuations-2027-03-24", a="Marta Yurchenko"),
  ]))

# ---------------------------------------------------------------- 14522 Wrexley World Service (day 1, general world feed)
SEEDS.append(dict(
  id="14522", name="14522_wrexley-worldrss", ext="xml", source="Wrexley World Service", zone="UTC", render=r_rss,
  title="Wrexley World Service \u2013 World", url="https://wrexley-world.example", guid="wws-", rfc="GMT",
  lede="Top world stories from the Wrexley World Service newsdesk.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat). Spelling 'Kropyvnytskyy' in 14522-03. dc:creator only on the two war items.",
  not_entries=["channel title, link, description, language and self link", "category elements and guid/link URLs"],
  entries=[
  OFF("2027-03-24 21:10", "Floods force thousands from their homes in southern Brazil",
    ["Heavy rain in Rio Grande do Sul state has forced more than 9,000 people to leave their homes, with several rivers above flood level, state officials said."],
    "southern-brazil-floods-2027-03-24", n="floods in Brazil"),
  OFF("2027-03-24 18:30", "Bank of Japan keeps interest rates unchanged",
    ["Japan\u2019s central bank left its main interest rate unchanged on Wednesday but said it was ready to raise borrowing costs later in the year if wage growth held up."],
    "bank-of-japan-rates-hold-2027-03-24", n="monetary policy"),
  E("2027-03-24 15:00", "Missile strike on Kropyvnytskyy kills at least nine",
    ["At least nine people were killed when Russian missiles hit an apartment building and a transport depot in the central Ukrainian city of Kropyvnytskyy on Wednesday morning, officials said.",
     "Rescue work was continuing in the afternoon. Russia\u2019s Defence Ministry said it had struck a military target in the city and denied hitting homes."],
    "strikes", "strikes", 3, KROP, a="Nathaniel Ebbs", n="toll 9 dead; spelling 'Kropyvnytskyy'"),
  OFF("2027-03-24 13:45", "Kenya and Ethiopia agree to expand cross-border power line",
    ["Kenya and Ethiopia signed an agreement to double the capacity of the high-voltage line that carries Ethiopian hydropower south, officials in Nairobi said."],
    "kenya-ethiopia-power-line-2027-03-24", n="East African energy"),
  E("2027-03-24 11:20", "Kyiv and Moscow exchange prisoners after UAE mediation",
    ["Russia and Ukraine exchanged 175 prisoners of war each on Wednesday in the latest swap brokered by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Nathaniel Ebbs"),
  OFF("2027-03-24 08:00", "Antarctic sea ice ends summer near record low",
    ["Sea ice around Antarctica shrank to one of its smallest extents on record at the end of the southern summer, scientists at a US data centre reported."],
    "antarctic-sea-ice-low-2027-03", n="climate science"),
  ]))
for e, c in zip(SEEDS[-1]["entries"], ["Americas", "Business", "Europe", "Africa", "Europe", "Science"]):
    e["cat"] = c

# ---------------------------------------------------------------- 14523 Bracklesham Review (day 1, article)
SEEDS.append(dict(
  id="14523", name="14523_bracklesham-article", ext="html", source="Bracklesham Review", zone="Europe/Berlin", render=r_article_html,
  title="Deadly strike on central Ukraine overshadows new EU sanctions", dateline="24 March 2027, 16:20 CET", dateline_t="2027-03-24 16:20",
  byline="Lena Hartwig", lede="A morning missile attack kills 11 in Kropivnitsky as Brussels moves against Russia\u2019s tanker fleet.",
  caption="Emergency workers at the damaged apartment block in Kropivnitsky on Wednesday.", more="More coverage of the war in Ukraine",
  basis="no per-section time; the dateline '24 March 2027, 16:20 CET' (CET = UTC+1; JSON-LD datePublished agrees) gives every section; local {d} in {z}",
  notes="Invented outlet. HTML article with NewsArticle JSON-LD, three h2 sections (one entry each, headline = heading, stamp null, published = the dateline time, author = the page byline). Spelling 'Kropivnitsky' (Russian transliteration). Section 1 includes the UN coordinator's reaction, which is part of the strike story.",
  not_entries=["header and navigation", "kicker 'War in Ukraine'", "h1 title (page title)", "standfirst", "byline 'By Lena Hartwig'", "dateline",
               "photo caption after the first section", "'More coverage of the war in Ukraine' link", "footer"],
  entries=[
  E("2027-03-24 16:20", "Deadliest strike on Kropivnitsky since the invasion",
    ["Eleven people were killed and more than 40 injured when Russian ballistic missiles struck Kropivnitsky early on Wednesday, according to Ukrainian officials.",
     "It is the deadliest attack on the central Ukrainian city since the full-scale invasion began in 2022. The missiles hit a residential block in the centre and a depot where the city keeps its trolleybuses.",
     "The United Nations humanitarian coordinator for Ukraine called the attack appalling and said strikes on residential areas had to stop."],
    "strikes", "strikes", 3, KROP, a="Lena Hartwig", n="toll 11 dead; spelling 'Kropivnitsky'"),
  E("2027-03-24 16:20", "Brussels targets tanker fleet in new sanctions round",
    ["Ambassadors of the EU member states on Wednesday endorsed a new round of sanctions aimed at the ageing tankers that carry Russian oil around Western restrictions.",
     "The package lists roughly 120 more vessels and, for the first time, port operators outside Russia accused of servicing them. Hungary dropped its objections after an exemption for a pipeline project was added, diplomats said."],
    "diplomacy", "diplomacy", 3, SANC, a="Lena Hartwig"),
  E("2027-03-24 16:20", "Polish prosecutors charge two over rail sabotage plot",
    ["Prosecutors in Poland charged two Belarusian citizens with planning to damage a railway line used to carry military aid to Ukraine, saying they had been recruited by Russian intelligence through a messaging app."],
    "other", "security", 2, "poland-rail-sabotage-charges-2027-03-24", a="Lena Hartwig"),
  ]))


# ---------------------------------------------------------------- day 2 = 2027-03-25
ODESA = "odesa-port-attack-2027-03-25"
TURK = "turkey-black-sea-shipping-talks-offer-2027-03-25"

# ---------------------------------------------------------------- 14530 Kettleby Standard (day 2)
SEEDS.append(dict(
  id="14530", name="14530_kettleby-htmllive", ext="html", source="Kettleby Standard", zone="Europe/Warsaw", render=r_htmllive_plain,
  title="War in Ukraine, live: Odesa port hit overnight", dateline="Thursday, 25 March 2027", tznote="All times CET",
  lede="Russian drones and a missile strike Odesa\u2019s port; Kropyvnytskyi ends its search; Berlin funds drone production in Ukraine.",
  readmore="The Black Sea corridor in numbers", prev="Wednesday\u2019s live coverage",
  basis="bare stamp '{s}' above the headline; the page prints 'Thursday, 25 March 2027 \u00b7 All times CET' (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD. Bare 'HH:MM' in a span above each h2; the zone is given only by the printed note 'All times CET'; author line below the headline. 14530-02 is a 'Watch:' video teaser with no text (player placeholder). 14530-03 is a theme piece (analysis of the grain corridor) that mentions the Odesa attack but is its own story. 14530-05 continues the day-1 Kropyvnytskyi story with a new development (search over, toll 13).",
  not_entries=["cookie bar", "header and navigation", "page title", "meta line 'Thursday, 25 March 2027 \u00b7 All times CET'", "lead paragraph under the title",
               "author lines under the headlines", "video player placeholder '[Video 0:48]'", "'Also read' box after the third entry",
               "link to 'Wednesday\u2019s live coverage'", "footer"],
  entries=[
  E("2027-03-25 18:20", "Odesa toll rises to five as port workers among dead",
    ["Five people have now died as a result of the overnight attack on Odesa\u2019s port, including three workers at a grain terminal, the regional governor said in the evening.",
     "Fourteen people were injured. The governor said one of the victims had died in hospital."],
    "strikes", "strikes", 3, ODESA, a="Kacper Lis", n="toll 5 dead"),
  E("2027-03-25 16:05", "Watch: Firefighters battle grain terminal blaze in Odesa", [],
    "strikes", "strikes", 1, ODESA, n="video teaser without body"),
  E("2027-03-25 14:30", "Analysis: Can the Black Sea grain corridor survive another spring of strikes?",
    ["Last night\u2019s attack on Odesa was the fourth on the region\u2019s ports this month, and it comes just as Ukraine\u2019s spring grain exports usually peak.",
     "Since Ukraine opened its own shipping corridor along the western Black Sea coast in 2023, it has moved most of its grain through Odesa, Chornomorsk and Pivdennyi, relying on sea drones and air defence rather than on any deal with Moscow.",
     "Insurers say premiums have risen again this year, and some shipowners now avoid staying at berth overnight. Whether the route holds depends less on warships than on how many air-defence units Kyiv can spare for the coast."],
    "other", "humanitarian", 2, "analysis-black-sea-grain-corridor-risk-2027-03", a="Zofia Marek", sec=["strikes"],
    n="theme piece (analysis of the grain corridor, mentions the Odesa attack but reports no event); must not merge with the Odesa port attack"),
  E("2027-03-25 12:10", "Germany to fund drone production in Ukraine",
    ["Germany will pay \u20ac1.5bn this year for long-range and interceptor drones built in Ukraine, Defence Minister Boris Pistorius said in Berlin.",
     "The money comes from Germany\u2019s military aid budget for Ukraine and will be paid directly to manufacturers, he said."],
    "aid", "aid", 3, "germany-funds-ukrainian-drone-production-2027-03-25", a="Kacper Lis", n="major aid package"),
  E("2027-03-25 10:45", "Kropyvnytskyi buries its dead as search ends",
    ["Rescuers in Kropyvnytskyi have finished searching the ruins of the apartment block hit by Russian missiles on Wednesday, and the death toll stands at 13, Ukraine\u2019s emergency service said.",
     "The first funerals were held this morning, on the second of three days of regional mourning."],
    "strikes", "strikes", 3, KROP, a="Zofia Marek", n="day-1 story continued with a new development (search over, toll 13)"),
  E("2027-03-25 08:30", "Russian drones and missile hit Odesa port overnight",
    ["Russia attacked the port of Odesa overnight with more than 30 drones and a ballistic missile, killing two people and setting a grain terminal on fire, Ukrainian officials said.",
     "Air defences shot down most of the drones over the sea, the navy said."],
    "strikes", "strikes", 3, ODESA, a="Kacper Lis", n="toll 2 dead"),
  ]))

# ---------------------------------------------------------------- 14531 Trevanion Dispatch (day 2, Atom)
SEEDS.append(dict(
  id="14531", name="14531_trevanion-atom", ext="xml", source="Trevanion Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Trevanion Dispatch \u2014 Ukraine", url="https://trevanion-dispatch.example", lede="Reporting from Kyiv and the regions.",
  basis="Atom <published> '{s}' (explicit +02:00 = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, escaped HTML content, authors. 14531-05 (drones on the Danube port of Izmail, same Odesa region, same night) and 14531-02 (Ukrainian sea drones at Novorossiysk, same Black Sea ports theme, other side) are different events: must not merge with the Odesa port attack. 14531-04 continues the day-1 Kropyvnytskyi story.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry ids and links"],
  entries=[
  E("2027-03-25 21:40", "Turkey offers to host talks on Black Sea shipping safety",
    ["Turkey has offered to host talks between Ukraine and Russia on the safety of merchant shipping in the Black Sea, Foreign Minister Hakan Fidan said after the overnight attack on Odesa\u2019s port.",
     "Kyiv said it was open to any format that protects civilian ships, while the Kremlin said it would study the proposal."],
    "diplomacy", "diplomacy", 3, TURK, a="Olena Kravets"),
  E("2027-03-25 19:15", "Russia says Ukrainian sea drones attacked tanker near Novorossiysk",
    ["Russia\u2019s Black Sea Fleet said it destroyed four Ukrainian sea drones approaching Novorossiysk on Thursday afternoon and that a fifth damaged a tanker at anchor outside the port.",
     "No crew members were hurt, according to the port authority."],
    "strikes", "strikes", 2, "novorossiysk-sea-drone-attack-2027-03-25", a="Denys Harasym",
    n="same theme (Black Sea ports), other side and other place: must not merge with the Odesa port attack"),
  E("2027-03-25 15:50", "Odesa: four dead after strike on port",
    ["The death toll from the Russian attack on Odesa\u2019s port rose to four on Thursday afternoon after rescuers found the body of a crane operator, the regional military administration said.",
     "Damage to the grain terminal will take weeks to repair, its operator said."],
    "strikes", "strikes", 3, ODESA, a="Olena Kravets", n="toll 4 dead"),
  E("2027-03-25 12:30", "Kropyvnytskyi rescue operation ends with 13 dead",
    ["The State Emergency Service said it had completed the search at the site of Wednesday\u2019s missile strike in Kropyvnytskyi. Thirteen people died, among them two children, and 43 were injured."],
    "strikes", "strikes", 3, KROP, a="Denys Harasym", n="day-1 story continued (search over, toll 13)"),
  E("2027-03-25 09:05", "Drones hit warehouses at Izmail river port",
    ["Russian drones damaged two warehouses and a fuel tank at the Danube port of Izmail during the night, the Odesa regional administration said. No one was hurt.",
     "Izmail handles much of Ukraine\u2019s river trade with Romania."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2027-03-25", a="Olena Kravets",
    n="same region and night, different place and attack: must not merge with the Odesa port attack"),
  E("2027-03-25 07:20", "Russia says it downed 46 drones over border regions",
    ["Russia\u2019s Defence Ministry said its air defences destroyed 46 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions. There were no immediate reports of damage."],
    "strikes", "strikes", 2, "russia-downs-drones-border-regions-2027-03-25", a="Denys Harasym"),
  ]))

# ---------------------------------------------------------------- 14532 Glassmoor Evening Post (day 2, text live)
SEEDS.append(dict(
  id="14532", name="14532_glassmoor-textlive", ext="txt", source="Glassmoor Evening Post", zone="America/New_York", render=r_textlive_et,
  title="Russia-Ukraine war live: Odesa port attacked; Kropyvnytskyi mourns", dateline="Thursday, March 25, 2027",
  lede="Live updates from our foreign desk on the war in Ukraine.",
  basis="stamp '{s}' (12-hour clock with 'EDT'; EDT = UTC-4 since 14 March) under the dateline 'Thursday, March 25, 2027'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first, 'h:mm a.m. EDT' line before each headline, no per-post authors (author null). 14532-02 re-posts day 1's explainer 14520-03 verbatim (same headline and text): re-post of day-1 entry, importance 1, duplicate_of null (duplicates are defined within a seed). 14532-04 repeats 14532-01 near-verbatim ('ablaze' -> 'on fire'), importance 1. 14532-05 continues the day-1 Kropyvnytskyi story. Spelling 'Zelenskyy'.",
  not_entries=["masthead and navigation", "page title and dateline", "lede line 'Live updates from our foreign desk ...'", "'ADVERTISEMENT' after the third post",
               "closing line 'This live coverage has ended ...'", "footer"],
  entries=[
  E("2027-03-25 06:10", "Overnight attack on Odesa port kills three",
    ["A Russian drone and missile attack on the Black Sea port of Odesa overnight killed three people and set a grain terminal ablaze, Ukraine\u2019s regional governor said Thursday.",
     "The port, Ukraine\u2019s busiest, continued to operate at reduced capacity."],
    "strikes", "strikes", 3, ODESA, n="toll 3 dead"),
  E("2027-03-25 07:25", BALX_H, BALX_P, "strikes", "strikes", 1, BALX,
    n="re-post of day-1 entry 14520-03 (verbatim explainer from the Dunmere Chronicle, syndicated); importance 1; duplicate_of null because the original is in another seed"),
  E("2027-03-25 09:40", "Zelenskyy names new commander for southern operations",
    ["President Volodymyr Zelenskyy appointed a new commander of Ukraine\u2019s southern operational command on Thursday, replacing a general who had led it since 2024.",
     "The president\u2019s office gave no reason for the change."],
    "other", "politics", 2, "ukraine-new-southern-commander-2027-03-25"),
  E("2027-03-25 11:05", "Overnight attack on Odesa port kills three",
    ["A Russian drone and missile attack on the Black Sea port of Odesa overnight killed three people and set a grain terminal on fire, Ukraine\u2019s regional governor said Thursday.",
     "The port, Ukraine\u2019s busiest, continued to operate at reduced capacity."],
    "strikes", "strikes", 1, ODESA, dup="14532-01", n="near-verbatim repeat of 14532-01"),
  E("2027-03-25 13:30", "Kropyvnytskyi holds first funerals; toll at 13",
    ["Hundreds of people lined the streets of Kropyvnytskyi on Thursday for the funerals of victims of Wednesday\u2019s Russian missile strike, which killed 13 people according to the final count by emergency services."],
    "strikes", "strikes", 3, KROP, n="day-1 story continued (funerals, final toll 13)"),
  E("2027-03-25 15:15", "State Department clears $310 million F-16 sustainment sale to Ukraine",
    ["The State Department has approved a possible $310 million sale of spare parts, maintenance and training to keep Ukraine\u2019s F-16 fleet flying, the Pentagon\u2019s security cooperation agency said Thursday.",
     "The sale will be paid for with money from European partners."],
    "aid", "aid", 3, "us-f16-sustainment-sale-ukraine-2027-03-25", n="major arms contract"),
  E("2027-03-25 17:50", "Odesa port resumes loading as death toll rises to five",
    ["Grain loading resumed at two of Odesa\u2019s terminals Thursday evening, hours after the overnight attack, port officials said, as the death toll rose to five.",
     "Ukraine\u2019s navy said the shipping corridor remained open."],
    "strikes", "strikes", 3, ODESA, n="toll 5 dead; loading resumed"),
  ]))

# ---------------------------------------------------------------- 14533 Winterslow World Report (day 2, general world feed)
SEEDS.append(dict(
  id="14533", name="14533_winterslow-worldrss", ext="xml", source="Winterslow World Report", zone="Asia/Kolkata", render=r_rss,
  title="Winterslow World Report: International", url="https://winterslow-report.example", guid="wwr-", rfc="+0530",
  lede="International headlines from the Winterslow World Report.",
  basis="RSS pubDate '{s}' (explicit +0530 = India time); local {d} in {z}",
  notes="Invented outlet. General world RSS feed from an India-based outlet, newest first, pubDate with +0530; 4 of 6 items off-beat. The newest item is dated 26 March local time (01:10 IST) but is 25 March in UTC, like the rest. Spelling 'Odessa' in 14533-04. dc:creator only on the war items.",
  not_entries=["channel title, link, description, language and self link", "category elements and guid/link URLs"],
  entries=[
  OFF("2027-03-26 01:10", "Ash cloud grounds flights in eastern Indonesia",
    ["An eruption at a volcano in East Nusa Tenggara sent ash six kilometres into the sky, forcing two airports to close, Indonesian authorities said."],
    "indonesia-volcano-ash-flights-2027-03-25", n="volcano in Indonesia"),
  E("2027-03-25 22:45", "Turkey proposes Istanbul talks on Black Sea shipping",
    ["Turkey has offered to bring Russian and Ukrainian officials together in Istanbul to agree rules protecting merchant ships in the Black Sea, Turkish Foreign Minister Hakan Fidan said on Thursday."],
    "diplomacy", "diplomacy", 3, TURK, a="Arjun Mehra"),
  OFF("2027-03-25 19:20", "India and EU close services chapter of trade pact",
    ["Negotiators from India and the European Union have finished the services chapter of their planned trade agreement, India\u2019s commerce ministry said, leaving agriculture as the main open issue."],
    "india-eu-trade-services-chapter-2027-03-25", n="trade talks"),
  E("2027-03-25 16:05", "Russian drones set Odessa grain terminal ablaze",
    ["Russian drones and a missile hit the port of Odessa overnight, killing at least three people and setting fire to a grain terminal, Ukrainian officials said on Thursday.",
     "The attack comes as Ukraine ships its spring grain exports, much of them bound for Asia and Africa."],
    "strikes", "strikes", 3, ODESA, a="Arjun Mehra", n="toll 3 dead; spelling 'Odessa'"),
  OFF("2027-03-25 12:30", "Sri Lanka cuts fuel prices for second month",
    ["Sri Lanka\u2019s state fuel company lowered petrol and diesel prices for the second month in a row, citing a stronger rupee."],
    "sri-lanka-fuel-price-cut-2027-03", n="fuel prices"),
  OFF("2027-03-25 08:15", "Cyclone heads for Western Australia\u2019s Pilbara coast",
    ["A severe tropical cyclone is expected to cross the Pilbara coast of Western Australia on Friday, and iron ore ports in the region have begun clearing ships, forecasters said."],
    "pilbara-cyclone-2027-03", n="weather"),
  ]))
for e, c in zip(SEEDS[-1]["entries"], ["Asia", "Europe", "Business", "Europe", "South Asia", "Asia Pacific"]):
    e["cat"] = c


# ---------------------------------------------------------------- day 3 = 2027-03-29 (Europe on summer time since 28 March)
CHER = "chernihiv-hospital-missile-strike-2027-03-29"
VAT = "vatican-envoy-moscow-children-talks-2027-03-29"
JPN = "japan-loan-ukraine-russian-asset-income-2027-03-29"
KURSK = "rylsk-drone-strike-death-2027-03-29"

# ---------------------------------------------------------------- 14540 Ingleby Courier (day 3, text live, no year)
SEEDS.append(dict(
  id="14540", name="14540_ingleby-textlive", ext="txt", source="Ingleby Courier", zone="Europe/Kyiv", render=r_textlive_bare,
  title="Live: Russian missiles hit Chernihiv hospital", dateline="Monday 29 March", byline="By Solomiia Fedak and Rhys Carrow",
  lede="Follow our correspondents in Kyiv and Chernihiv through the day. All times are Kyiv time.", parse_args=["--date", "2027-03-29"],
  basis="bare stamp '{s}' under the date line 'Monday 29 March' (no year printed; parse_args gives 2027-03-29); 'All times are Kyiv time' (EEST = UTC+3 since 28 March); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first. The page names no year (date line 'Monday 29 March'), hence parse_args --date 2027-03-29. Bare 'HH:MM' line before each headline, Kyiv summer time (EEST, UTC+3: clocks changed the day before). One two-name page byline, used as author for every entry (kept as one string). 14540-03 is a 'Video:' teaser with no text. 14540-05 is a theme piece (analysis of Russia's northern missile campaign) that mentions Chernihiv but is its own story. 14540-07 repeats 14540-04 near-verbatim. 14540-02 (Nizhyn, same Chernihiv region, drones on a gas site) and 14540-06 (deadly drone strike in Russia's Kursk region) must not merge with the Chernihiv strike.",
  not_entries=["masthead and navigation", "page title", "date line 'Monday 29 March'", "page byline 'By Solomiia Fedak and Rhys Carrow'", "lede line with 'All times are Kyiv time'",
               "'(video, 1 min)' marker in the teaser", "membership appeal after the fourth post", "closing line 'We have closed this live page ...'", "footer"],
  entries=[
  E("2027-03-29 07:10", "Missiles strike Chernihiv; hospital building hit",
    ["Russian missiles hit Chernihiv shortly after 06:30, striking the outpatient building of the regional hospital and a nearby street of shops, the city\u2019s acting mayor said.",
     "At least six people were killed. Patients are being moved from the main hospital building to a clinic across the city."],
    "strikes", "strikes", 3, CHER, a="Solomiia Fedak and Rhys Carrow", n="toll 6 dead"),
  E("2027-03-29 08:25", "Drones target gas facility near Nizhyn",
    ["Also overnight, drones hit a gas distribution facility near Nizhyn, about 80 km south-east of Chernihiv, injuring one worker, the regional administration said.",
     "Gas supply to several villages has been cut."],
    "strikes", "strikes", 2, "nizhyn-gas-facility-drone-attack-2027-03-29", a="Solomiia Fedak and Rhys Carrow",
    n="same region, different attack: must not merge with the Chernihiv strike"),
  E("2027-03-29 10:40", "Video: Smoke over Chernihiv after morning strike", [],
    "strikes", "strikes", 1, CHER, a="Solomiia Fedak and Rhys Carrow", n="video teaser without body"),
  E("2027-03-29 12:15", "Chernihiv toll climbs to 14",
    ["Fourteen people are now confirmed dead after the missile attack on Chernihiv, including two nurses, the regional governor said.",
     "More than 50 people were injured, a dozen of them critically."],
    "strikes", "strikes", 3, CHER, a="Solomiia Fedak and Rhys Carrow", n="toll 14 dead"),
  E("2027-03-29 13:50", "Analysis: Why Russia has turned its missiles on the north",
    ["Today\u2019s strike on Chernihiv follows attacks on Sumy, Konotop and Shostka in the past fortnight, a pattern that Ukrainian officers say is no accident.",
     "Northern cities lie within range of short-range ballistic missiles fired from Russia\u2019s Bryansk and Kursk regions, which leaves defenders a minute or two of warning at best.",
     "Military analysts in Kyiv also see an attempt to tie down air-defence units in the north that would otherwise be moved to cover the south and east."],
    "strikes", "strikes", 2, "analysis-russian-missile-campaign-north-2027-03", a="Solomiia Fedak and Rhys Carrow",
    n="theme piece (analysis, mentions Chernihiv but reports no event); must not merge with the Chernihiv strike"),
  E("2027-03-29 15:30", "Kursk governor says Ukrainian drone killed a man in Rylsk",
    ["A Ukrainian drone hit a car in the town of Rylsk in Russia\u2019s Kursk region, killing the driver, the regional governor said. Kyiv did not comment."],
    "strikes", "strikes", 3, KURSK, a="Solomiia Fedak and Rhys Carrow", n="deadly strike on the other side: must not merge with the Chernihiv strike"),
  E("2027-03-29 17:05", "Chernihiv toll climbs to 14",
    ["Fourteen people are now confirmed dead after the missile attack on Chernihiv, including two nurses, the regional governor has said.",
     "More than 50 people were injured, a dozen of them critically."],
    "strikes", "strikes", 1, CHER, a="Solomiia Fedak and Rhys Carrow", dup="14540-04", n="near-verbatim repeat of 14540-04"),
  ]))

# ---------------------------------------------------------------- 14541 Nethercote Herald (day 3, HTML live, shared JSON-LD times)
SEEDS.append(dict(
  id="14541", name="14541_nethercote-htmllive", ext="html", source="Nethercote Herald", zone="Europe/London", render=r_htmllive_sharedld,
  title="Ukraine war live: Chernihiv hospital strike toll rises to 17", url="https://nethercote-herald.example/world/live/2027/mar/29/ukraine-war-live",
  dateline="Monday 29 March 2027", authors=["Bryony Tallis", "Idris Feltham"],
  lede="Russian missiles hit a hospital in northern Ukraine; a Vatican envoy holds talks in Moscow.",
  promo="Sign up for the Nethercote Herald\u2019s Ukraine Briefing",
  basis="visible stamp '{s}' in <time> (BST = UTC+1 since 28 March) under the date 'Monday 29 March 2027'; the JSON-LD update datePublished is the page's value for every block and is ignored; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's headline and datePublished (like the Guardian's), so per-entry headlines and times must come from the visible blocks: '21:30 BST' in <time>, h3 headline, author line. 14541-03 (UK condemnation) is a reaction whose content is the strike itself: same story, topic strikes with secondary diplomacy.",
  not_entries=["header and navigation", "page title", "date line 'Monday 29 March 2027'", "standfirst", "author lines under the headlines",
               "newsletter promo after the second block", "footer"],
  entries=[
  E("2027-03-29 21:30", "Chernihiv strike: toll rises to 17, including three medics",
    ["Seventeen people were killed by this morning\u2019s Russian missile strike on Chernihiv, among them three medical staff at the regional hospital, Ukraine\u2019s health ministry said this evening.",
     "The ministry said it was the deadliest attack on a Ukrainian hospital this year."],
    "strikes", "strikes", 3, CHER, a="Bryony Tallis", n="toll 17 dead"),
  E("2027-03-29 18:10", "Vatican envoy in Moscow for talks on deported children",
    ["The Pope\u2019s envoy for the war in Ukraine has arrived in Moscow for talks on returning Ukrainian children taken to Russia, the Holy See said.",
     "He is due to meet Russia\u2019s children\u2019s rights commissioner on Tuesday."],
    "diplomacy", "diplomacy", 3, VAT, a="Idris Feltham"),
  E("2027-03-29 15:45", "UK condemns \u2018cowardly\u2019 strike on Chernihiv hospital",
    ["The Foreign Secretary said the attack on a hospital in Chernihiv was cowardly and showed that Moscow was not serious about peace.",
     "Britain\u2019s ambassador in Kyiv said the UK would help pay for repairs to the hospital."],
    "strikes", "strikes", 3, CHER, a="Idris Feltham", sec=["diplomacy"], n="reaction whose content is the strike: same story"),
  E("2027-03-29 12:20", "Ukraine says it held off assaults near Kostiantynivka",
    ["Ukraine\u2019s general staff said its troops repelled 23 Russian assaults around Kostiantynivka in the Donetsk region over the past day, the highest number on any part of the front."],
    "other", "frontline", 2, "kostiantynivka-assaults-repelled-2027-03-29", a="Bryony Tallis"),
  E("2027-03-29 09:05", "Missiles hit Chernihiv hospital as patients queued",
    ["At least eight people were killed when Russian missiles struck Chernihiv in northern Ukraine this morning, hitting a hospital building where patients were queuing for appointments, local officials said.",
     "Chernihiv, about 70 miles north of Kyiv, was besieged by Russian troops in the first weeks of the invasion."],
    "strikes", "strikes", 3, CHER, a="Bryony Tallis", n="toll 8 dead"),
  E("2027-03-29 07:15", "Finland reports GPS jamming near eastern border",
    ["Finland\u2019s transport agency said interference with satellite navigation near the Russian border had forced two regional flights to divert over the weekend, and blamed jamming from the Russian side."],
    "other", "security", 2, "finland-gps-jamming-2027-03", a="Idris Feltham"),
  ]))

# ---------------------------------------------------------------- 14542 Drumkeel Wire (day 3, RSS)
SEEDS.append(dict(
  id="14542", name="14542_drumkeel-rss", ext="xml", source="Drumkeel Wire", zone="Europe/Kyiv", render=r_rss,
  title="Drumkeel Wire: Ukraine", url="https://drumkeel-wire.example", guid="dkw-", rfc="+0300",
  lede="Wire copy from the Drumkeel Wire desk in Kyiv.",
  basis="RSS pubDate '{s}' (explicit +0300 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 wire feed, newest first, pubDate with +0300 (EEST), dc:creator on every item. The newest item (23:10 local) is 20:10 UTC, still 29 March.",
  not_entries=["channel title, link, description, language and self link", "category elements and guid/link URLs"],
  entries=[
  E("2027-03-29 23:10", "Japan to lend Ukraine $3 billion backed by frozen Russian asset income",
    ["Japan will lend Ukraine $3 billion to be repaid from the income of frozen Russian central bank assets, the Japanese finance ministry said, adding that the first tranche would be paid in April."],
    "aid", "aid", 3, JPN, a="Mykola Ostrovsky"),
  E("2027-03-29 19:45", "Vatican envoy arrives in Moscow for talks on Ukrainian children",
    ["A papal envoy arrived in Moscow on Monday for talks on reuniting Ukrainian children taken to Russia with their families, the Vatican and Russian officials said."],
    "diplomacy", "diplomacy", 3, VAT, a="Hanna Lytvyn"),
  E("2027-03-29 16:20", "Chernihiv: 16 dead as rescuers reach hospital basement",
    ["Rescuers working in the ruins of the outpatient block of Chernihiv\u2019s regional hospital reached its basement on Monday afternoon and found two more bodies, bringing the death toll from the morning\u2019s missile strike to 16, the State Emergency Service said."],
    "strikes", "strikes", 3, CHER, a="Hanna Lytvyn", n="toll 16 dead"),
  E("2027-03-29 13:05", "Ukraine\u2019s parliament extends martial law by 90 days",
    ["Ukraine\u2019s parliament voted on Monday to extend martial law and general mobilisation for another 90 days from early May."],
    "other", "politics", 2, "ukraine-martial-law-extension-2027-03-29", a="Mykola Ostrovsky"),
  E("2027-03-29 10:30", "Kursk governor: Ukrainian drone kills driver in Rylsk",
    ["A Ukrainian drone struck a car in Rylsk, a town in Russia\u2019s Kursk region, and killed the driver, the regional governor wrote on Telegram."],
    "strikes", "strikes", 3, KURSK, a="Hanna Lytvyn", n="deadly strike in Russia; must not merge with the Chernihiv strike"),
  ]))
for e, c in zip(SEEDS[-1]["entries"], ["Aid", "Diplomacy", "War", "Politics", "War"]):
    e["cat"] = c

# ---------------------------------------------------------------- 14543 Colvanes Times (day 3, general world Atom feed)
SEEDS.append(dict(
  id="14543", name="14543_colvanes-worldatom", ext="xml", source="Colvanes Times", zone="UTC", render=r_atom,
  title="Colvanes Times \u2014 World", url="https://colvanes-times.example", lede="World news from the Colvanes Times.",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z; 4 of 6 items off-beat. Spelling 'Chernigov' in the headline of 14543-02 (body: 'Chernihiv (Chernigov)').",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry ids and links"],
  entries=[
  OFF("2027-03-29 22:00", "Recount ordered in disputed Lima mayoral race",
    ["Peru\u2019s electoral authority ordered a recount of votes in three districts of Lima after the two leading candidates for mayor finished fewer than 2,000 votes apart."],
    "lima-mayoral-recount-2027-03", n="local election in Peru"),
  E("2027-03-29 18:40", "Hospital among targets as missiles hit Chernigov",
    ["Russian missiles hit a hospital and a shopping street in the northern Ukrainian city of Chernihiv (Chernigov) on Monday, killing 16 people, Ukrainian officials said.",
     "Russia\u2019s Defence Ministry said it had struck a drone workshop in the city and did not mention the hospital."],
    "strikes", "strikes", 3, CHER, a="Ffion Abbot", n="toll 16 dead; spelling 'Chernigov'"),
  OFF("2027-03-29 15:15", "Zambia rations electricity as drought cuts hydropower",
    ["Zambia\u2019s power utility extended daily load-shedding to 12 hours after low water levels at Lake Kariba reduced output from its main hydropower station."],
    "zambia-power-rationing-2027-03", n="drought and power cuts in Zambia"),
  OFF("2027-03-29 12:05", "Dutch court halts expansion of night flights",
    ["A court in The Hague blocked a government plan to allow more night flights at the country\u2019s main airport, ruling that noise rules for nearby residents had not been properly assessed."],
    "dutch-court-night-flights-2027-03-29", n="Dutch aviation ruling"),
  E("2027-03-29 09:30", "Japan readies loan to Ukraine from frozen-asset profits",
    ["Japan\u2019s government is preparing to lend Ukraine about $3 billion to be repaid with profits from immobilised Russian assets, public broadcaster NHK reported on Monday."],
    "aid", "aid", 3, JPN, a="Ffion Abbot"),
  OFF("2027-03-29 06:10", "Ferry capsizes off Bangladesh coast; dozens rescued",
    ["A passenger ferry capsized in rough seas off Bangladesh\u2019s southern coast, and the coast guard said it had rescued 43 people while searching for others."],
    "bangladesh-ferry-capsize-2027-03-29", n="ferry accident"),
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
            d = dt(e["t"], S["zone"])
            if len(e["t"]) == 10:   # date-only page: no time can be known
                pub, loc = e["t"], f"{e['t']} {S['zone']}"
            else:
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); loc = d.strftime("%Y-%m-%d %H:%M ") + S["zone"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], d=loc.rsplit(" ", 1)[0], z=S["zone"]),
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

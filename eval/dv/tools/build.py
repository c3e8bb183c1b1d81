#!/usr/bin/env python3
"""Builds the eval/dv seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates,
from memory, the page layouts of ten real maritime / energy / commodity outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/dv/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


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


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_lloyds(S):
    """Lloyd's List 'Daily Briefing', text scrape. One publication line 'Published 07 Jan 2026 05:30 GMT', an
    'In this briefing' list that repeats the section headlines, then sections: headline, 'By NAME', paragraphs. No per-item time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Skip to main content", "", "Lloyd's List", "Subscribe   Sign in   Free trial", "",
         "News   Daily Briefing   Containers   Tankers   Dry Bulk   Ports & Logistics   Insurance   Law & Regulation   Sanctions   Podcast   Events", "",
         "DAILY BRIEFING", "", S["title"], "", S["lede"], "",
         f"Published {d0.day:02d} {SHORT[d0.month - 1]} {d0.year} {d0:%H:%M} GMT", "",
         "Share   Copy link   LinkedIn   X   Email", "", "In this briefing"] + ["- " + e["h"] for e in S["entries"]] + [""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
        if i == 1:
            L += ["Lloyd's List Podcast: our editors on what 2026 holds for the tanker trades. Listen now", ""]
    L += ["Related content", "- Five charts that explain the Black Sea freight market", "- Sanctions tracker: vessels designated in 2025", "",
          "Get the Daily Briefing in your inbox every weekday morning. Sign up", "",
          "Copyright \u00a9 2026 Lloyd's List. All rights reserved.   Terms & Conditions   Privacy Policy   Cookie Policy   Accessibility"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_splash(S):
    """Splash247 WordPress Atom feed (/feed/atom/): <published>...Z with seconds, <author><name>, CDATA title, excerpt
    summary ending '[...]' plus the 'The post ... appeared first on Splash247.' line, full text in <content type="html">."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           '\t<title type="text">Splash247</title>', '\t<subtitle type="text">Asian Shipping and Maritime News</subtitle>',
           f'\t<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           '\t<link rel="alternate" type="text/html" href="https://splash247.com" />', '\t<id>https://splash247.com/feed/atom/</id>',
           '\t<link rel="self" type="application/atom+xml" href="https://splash247.com/feed/atom/" />',
           '\t<generator uri="https://wordpress.org/" version="6.9">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"https://splash247.com/{slug(e['h'])}/"
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:55]) + (" [&#8230;]" if len(words) > 55 else "")
        appeared = f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://splash247.com">Splash247</a>.</p>'
        out += ['\t<entry>', f'\t\t<author>\n\t\t\t<name>{esc(e["a"])}</name>\n\t\t</author>',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'\t\t<link rel="alternate" type="text/html" href="{link}" />', f'\t\t<id>https://splash247.com/?p={148210 + 37 * (9 - i)}</id>',
                f'\t\t<updated>{st}</updated>', f'\t\t<published>{st}</published>']
        out += [f'\t\t<category scheme="https://splash247.com" term="{attr(c)}" />' for c in e["cats"]]
        out += [f'\t\t<summary type="html"><![CDATA[{excerpt}{appeared}]]></summary>',
                f'\t\t<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + appeared + ']]></content>',
                f'\t\t<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />', '\t\t<thr:total>0</thr:total>', '\t</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_gcaptain(S):
    """gCaptain developing story (WordPress + Yoast @graph JSON-LD). One page byline and date; an 'updates' box, newest
    first, each 'UPDATE \u2014 4:20 p.m. EST' with or without an h3 headline; then the original (Reuters) report with its own time."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    url = S["url"]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": S["byline"], "@id": "https://gcaptain.com/#/schema/person/4f1c"},
         "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "mainEntityOfPage": {"@id": url},
         "wordCount": 684, "publisher": {"@id": "https://gcaptain.com/#organization"}, "articleSection": ["Maritime Security", "Tankers"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"] + " - gCaptain", "datePublished": first.isoformat(), "dateModified": last.isoformat()},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://gcaptain.com/"},
                                                        {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "Organization", "@id": "https://gcaptain.com/#organization", "name": "gCaptain", "url": "https://gcaptain.com/"},
        {"@type": "Person", "@id": "https://gcaptain.com/#/schema/person/4f1c", "name": S["byline"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - gCaptain</title>',
           f'<link rel="canonical" href="{url}">', ld(graph), '</head><body class="post-template-default single single-post">',
           '<header class="site-header"><a class="custom-logo-link" href="https://gcaptain.com/">gCaptain</a>'
           '<nav class="main-navigation"><a href="/category/news/">News</a> <a href="/category/maritime-security/">Maritime Security</a> '
           '<a href="/category/tankers/">Tankers</a> <a href="/category/offshore/">Offshore</a> <a href="/category/shipbuilding/">Shipbuilding</a> '
           '<a href="/podcast/">Podcast</a> <a href="/jobs/">Jobs</a></nav><a class="btn" href="/newsletter/">Subscribe</a></header>',
           '<main id="main"><article class="post">', '<div class="cat-links"><a href="/category/maritime-security/">Maritime Security</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta">by <a class="author" href="/author/rhalloran/">{esc(S["byline"])}</a> '
           f'<time class="entry-date" datetime="{first.isoformat()}">{MONTHS[first.month - 1]} {first.day}, {first.year}</time></div>',
           '<div class="post-views">Total Views: 4,118</div>',
           f'<figure class="wp-block-image"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="gc-updates"><h2>Latest updates</h2>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EST"; stamps.append(st)
    for i, e in enumerate(S["entries"][:-1]):
        out.append(f'<div class="gc-update"><p class="gc-update__time"><strong>UPDATE \u2014 {stamps[i]}</strong></p>')
        if e["h"]:
            out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
    e = S["entries"][-1]
    out += ['</div>', '<h2>Original report</h2>', f'<p class="gc-update__time"><strong>{stamps[-1]}</strong></p>']
    out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += [f'<p><em>{esc(S["credit"])}</em></p>',
            '<div class="newsletter-box"><h3>Subscribe for Daily Maritime Insights</h3><p>Sign up for gCaptain\u2019s newsletter and never miss an update</p>'
            '<input type="email" placeholder="Email address"> <button>Subscribe</button></div>',
            '<div class="tags">Tags: <a>black sea</a> <a>drone attack</a> <a>russia</a> <a>tankers</a> <a>ukraine</a></div>',
            '</article>', '<aside class="related"><h3>Related Articles</h3><ul><li><a href="/shadow-fleet-explainer/">How the Shadow Fleet Keeps Russian Oil Moving</a></li>'
            '<li><a href="/mariner-safety-black-sea/">Unions Renew Call for Black Sea Crew Protections</a></li></ul></aside></main>',
            '<footer class="site-footer"><p>\u00a9 2026 gCaptain. All rights reserved.</p><a href="/privacy-policy/">Privacy Policy</a> <a href="/about/">About</a> '
            '<a href="/advertise/">Advertise</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hsn(S):
    """Hellenic Shipping News Worldwide section listing, text scrape. Header date/clock 'Thursday, 29 January 2026 \u00b7 18:20'
    and a weather widget; each card: headline, 'in International Shipping News \u00b7 2 hours ago', excerpt, 'Read more'."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Hellenic Shipping News Worldwide", "Online Daily Newspaper on Hellenic and International Shipping", "",
         f"{WEEKDAYS[ref.weekday()]}, {ref.day} {MONTHS[ref.month - 1]} {ref.year} \u00b7 {ref:%H:%M}", "Piraeus 13\u00b0C  Light rain", "",
         "Home   Hellenic Shipping News   International Shipping News   Shipbuilding News   Dry Bulk Market   Tanker Market   Port News   Oil & Energy   Commodities   Environment", "",
         "Baltic Dry Index 1,204 \u25bc -9   Baltic Capesize 1,688 \u25bc -31   Baltic Panamax 1,172 \u25b2 +6", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((ref - dt(e["t"], z)).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"], f"in International Shipping News \u00b7 {st}", ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Subscribe to our daily newsletter", "Your email address   Subscribe", ""]
    L += ["\u00ab Older Entries", "", "Hellenic Shipping News Worldwide \u00a9 2026 \u00b7 All rights reserved", "Contact \u00b7 Advertise \u00b7 Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_oilprice(S):
    """OilPrice.com 'Breaking News' listing, text scrape. Price ticker with '10 mins' ages; each item: headline,
    'By NAME - Feb 06, 2026, 9:30 AM CST', summary, 'More Info'."""
    z = S["zone"]; order_check(S, True)
    L = ["Oilprice.com", "Crude Oil   Natural Gas   Energy   Alternative Energy   Geopolitics   Breaking News   Premium   Videos   Newsletters", "",
         "WTI Crude \u2022 10 mins   63.41   +0.58   +0.92%", "Brent Crude \u2022 10 mins   67.20   +0.61   +0.92%",
         "Natural Gas \u2022 11 mins   3.112   -0.041   -1.30%", "Gasoline \u2022 10 mins   1.905   +0.012   +0.63%", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{SHORT[d.month - 1]} {d.day:02d}, {d.year}, {ampm(d, space=' ', upper=True)} CST"; stamps.append(st)
        L += [e["h"], f"By {e['a']} - {st}", ""] + ptxt(e["p"]) + ["More Info", ""]
        if i == 2:
            L += ["Oilprice Intelligence brings you the signals before they become front-page news. Get it free, twice a week.",
                  "Enter your email   Sign Up", "", "Premium Content", "The Quiet Squeeze in Middle Distillates", ""]
    L += ["Next Page \u00bb", "", "Copyright \u00a9 2026 OilPrice.com. All rights reserved.   Privacy Policy   Terms of Use   Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_spglobal(S):
    """S&P Global Commodity Insights 'Latest News' listing, HTML. Cards: tag line, headline, summary, then '13 Feb 2026 | 14:32 UTC'.
    JSON-LD: Organization + WebPage + BreadcrumbList only (no per-article data)."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.spglobal.com/commodity-insights/en"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://www.spglobal.com/#org", "name": "S&P Global Commodity Insights", "url": base},
        {"@type": "WebPage", "@id": S["url"], "name": S["title"], "publisher": {"@id": "https://www.spglobal.com/#org"}},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": base},
                                                        {"@type": "ListItem", "position": 2, "name": "Market Insights", "item": base + "/market-insights"},
                                                        {"@type": "ListItem", "position": 3, "name": "Latest News", "item": base + "/market-insights/latest-news"}]}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | S&amp;P Global Commodity Insights</title>',
           ld(graph), '</head><body>',
           '<div class="cookie-banner">By clicking \u201cAccept All Cookies\u201d, you agree to the storing of cookies on your device. <button>Accept All Cookies</button> <button>Cookie Settings</button></div>',
           '<header class="global-header"><a class="logo" href="/commodity-insights/en">S&amp;P Global Commodity Insights</a>'
           '<nav><a>Commodities</a> <a>Products &amp; Solutions</a> <a>Market Insights</a> <a>Events</a> <a>Support</a></nav>'
           '<a class="login" href="/login">Log in</a> <a class="contact" href="/contact-us">Contact us</a></header>',
           '<nav class="breadcrumb">Home / Market Insights / Latest News</nav>', '<main>', f'<h1>{esc(S["title"])}</h1>',
           '<div class="filters">Commodity: Oil \u00b7 Shipping \u00b7 Natural Gas   Region: All   Sort by: Newest</div>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d} {SHORT[d.month - 1]} {d.year} | {d:%H:%M} UTC"; stamps.append(st)
        out.append(f'<div class="news-card"><p class="news-card__tags">{esc(e["tags"])}</p>'
                   f'<h3 class="news-card__title"><a href="/commodity-insights/en/news-research/latest-news/{slug(e["h"], 40)}-{20260213 + i}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="news-card__summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="news-card__date">{st}</p></div>')
        if i == 3:
            out.append('<div class="promo"><h4>Commodity Insights Daily</h4><p>Start every day with the stories moving energy and commodity markets. Subscribe</p></div>')
    out += ['</div><a class="load-more">Load more</a></main>',
            '<footer><p>\u00a9 2026 by S&amp;P Global Inc. All rights reserved.</p><a>Terms of Use</a> <a>Privacy Policy</a> <a>Cookie Notice</a> '
            '<a>Do Not Sell or Share My Personal Information</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_marketwatch(S):
    """MarketWatch live coverage page (Dow Jones), HTML + LiveBlogPosting JSON-LD with per-update datePublished.
    Newest first; each post: '10:14 a.m. ET', h2 headline, 'By NAME', body. Dates only in 'Last Updated/First Published'."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}?post={S['pid'] - i}",
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
           "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
           "publisher": {"@type": "Organization", "name": "MarketWatch"}, "liveBlogUpdate": ups}
    lu = f"Last Updated: {AP_MONTHS[last.month - 1]} {last.day}, {last.year} at {ampm(last, space=' ', dots=True)} ET"
    fp = f"First Published: {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year} at {ampm(pub, space=' ', dots=True)} ET"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - MarketWatch</title>', ld(obj), '</head><body>',
           '<header class="header"><a class="logo" href="https://www.marketwatch.com">MarketWatch</a>'
           '<nav><a>Latest</a> <a>Watchlist</a> <a>Markets</a> <a>Investing</a> <a>Personal Finance</a> <a>Economy</a> <a>Retirement</a> <a>Real Estate</a></nav>'
           '<a class="signin">Sign In</a> <a class="subscribe">Subscribe</a></header>',
           '<div class="markets-bar">DJIA 48,912.44 +0.37%   S&amp;P 500 6,871.20 +0.52%   Nasdaq 23,455.18 +0.49%   U.S. 10 Yr 4.11%   Crude Oil 66.10 +1.91%</div>',
           '<main><div class="article__flashline">Markets</div>', '<div class="live-badge">Live Coverage</div>', f'<h1 class="article__headline">{esc(S["title"])}</h1>',
           f'<p class="timestamp">{lu}</p>', f'<p class="timestamp">{fp}</p>',
           '<p class="byline">By ' + " and ".join(esc(n) for n in S["authors"]) + '</p>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{S["pid"] - i}"><span class="live-post__time">{st}</span><h2 class="live-post__headline">{esc(e["h"])}</h2>')
        out.append(f'<p class="live-post__author">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share">Share</div></div>')
        if i == 1:
            out.append('<aside class="read-next"><h4>Read Next</h4><a>What a Ukraine deal would mean for the oil market</a></aside>')
        if i == 4:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</div></main>', '<footer><p>Copyright \u00a92026 MarketWatch, Inc. All rights reserved.</p><p>By using this site you agree to the '
            'Subscriber Agreement &amp; Terms of Use, Privacy Notice, and Cookie Notice.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldgrain(S):
    """World-Grain.com (Sosland) RSS 2.0: pubDate with the Central offset (-0600), summary <description>, full text in
    content:encoded with the bold 'CITY, COUNTRY \u2014' dateline, dc:creator only when a named author is credited."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.world-grain.com</link>', f'<description>{esc(S["title"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.world-grain.com/rss/articles" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.world-grain.com/articles/{22340 + 3 * (9 - i)}-{slug(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                f'<description><![CDATA[<p>{esc(first_sentence(e["p"][0]))}</p>]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{link}</guid>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<media:content url="https://www.world-grain.com/ext/resources/2026/03/04/{slug(e["h"], 24)}.jpg" medium="image" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_tradewinds(S):
    """TradeWinds (NHST) topic page, text scrape. Cards: section label, headline, standfirst, 'By NAME', then
    '20 March 2026 14:32 GMT' (stamp after the headline)."""
    z = S["zone"]; order_check(S, True)
    L = ["TradeWinds", "Subscribe   Log in", "",
         "Tankers   Dry bulk   Containers   Gas   Shipbuilding   Finance   Insurance   Law   Ship Sales   Environment   Live   Podcasts", "",
         "Topics", S["title"], "Follow this topic", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} GMT"; stamps.append(st)
        L += [e["label"], e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", st, ""]
        if i == 2:
            L += ["Newsletter", "Get the TradeWinds daily newsletter, free to your inbox every morning. Sign up", ""]
    L += ["Load more", "", "TradeWinds is published by NHST Global Publications AS", "\u00a9 2026 TradeWinds   Privacy policy   Cookie settings   Terms of use   Contact us"]
    return "\n".join(L) + "\n", stamps


def r_upstream(S):
    """Upstream (NHST) live article, HTML + NewsArticle JSON-LD. Date only in the page header ('25 March 2026'),
    'All times CET'; posts oldest first: bare '08:10' in <time>, h2 headline, author line, body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
           "datePublished": first.isoformat(), "dateModified": last.isoformat(),
           "author": [{"@type": "Person", "name": n} for n in S["authors"]],
           "publisher": {"@type": "Organization", "name": "Upstream", "url": "https://www.upstreamonline.com"}, "isAccessibleForFree": False}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Upstream</title>', ld(obj), '</head><body>',
           '<header><a class="logo" href="/">Upstream</a><nav><a>Field development</a> <a>Exploration</a> <a>Production</a> <a>Energy transition</a> '
           '<a>Politics</a> <a>Live</a> <a>Podcasts</a></nav><a>Subscribe</a> <a>Log in</a></header>',
           '<main><p class="kicker">UKRAINE WAR</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="dateline">Live \u00b7 {first.day} {MONTHS[first.month - 1]} {first.year} \u00b7 All times CET</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="live-entry"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2><p class="by">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 2:
            out.append('<aside class="read-more"><h3>Read more</h3><a>Ukraine\u2019s gas output under fire: the numbers</a></aside>')
    out += ['</main>', '<footer><p>Upstream is published by NHST Global Publications AS.</p><p>\u00a9 2026 Upstream. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_hatherwyke(S):
    """text live, newest first, Key Points block; each post: headline, body, then 'Posted 19:20 GMT by NAME' (stamp AFTER the body)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Ukraine | Business | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for the latest posts", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"Posted {st} by {e['a']}", ""]
        if i == 1:
            L += ["Advertisement", ""]
    L += ["Load earlier posts", "", f"{S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_scarrowmede(S):
    """HTML live, oldest first, LiveBlogPosting JSON-LD with per-update datePublished; visible '18.02.2026 07:40'; author after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
           "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>', ld(obj), '</head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Russia</a> <a>Europe</a> <a>Analysis</a> <a>Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-post" id="post-{i + 1}"><div class="lb-time">{st}</div><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="lb-video">\u25b6 Video \u00b7 0:47</div>')
        if e["a"]:
            out.append(f'<p class="lb-author">{esc(e["a"])}</p>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a>Odesa\u2019s ports after three years of war: a visual guide</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with 'GMT' (S['rfc'] == 'GMT') or the numeric offset; CDATA paragraphs; dc:creator when credited."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["nid"] + i}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{S["nid"] + i}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article_txt(S):
    """text article with section headings (one entry per section); page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World \u00b7 Europe \u00b7 Ukraine", "", S["title"], "", S["lede"], "", S["byline"], S["dateline"], "",
         "Share \u00b7 Save \u00b7 Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [S["caption"], ""]
    L += [S["more"], "", f"\u00a9 {S['source']} 2026 \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_dravesby(S):
    """HTML live, newest first, no JSON-LD; h2 headline then meta line 'By NAME \u00b7 18:15' (time after the headline);
    zone only in a footer note 'All times are Warsaw time (CET)'."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="consent">We use cookies to measure readership. <button>Accept</button> <button>Manage</button></div>',
           f'<header><strong>{esc(S["source"])}</strong> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post"><h2>{esc(e["h"])}</h2>')
        out.append(f'<p class="post-meta">By {esc(e["a"])} \u00b7 {st}</p>' if e["a"] else f'<p class="post-meta">{st}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Also read</h3><a>Why Poland keeps scrambling jets over its eastern border</a></aside>')
    out += [f'<p class="note">{esc(S["tznote"])}</p>', '<p class="more"><a>Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Advertise \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset; escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/world.atom"/>',
           f'<id>{S["url"]}/world.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/story/{S["nid"] + i}"/>', f'<id>{S["url"]}/story/{S["nid"] + i}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_wilmcote(S):
    """text live, oldest first; UK-style '7.50am' line before each headline; date line with year; one page byline (two names)."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News  Ukraine  World  Politics  Money  Sport", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up to the Courier\u2019s Ukraine briefing, sent every weekday at 6pm.", ""]
    L += ["That\u2019s all from us today. Our live coverage resumes tomorrow morning.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_lanthorpe(S):
    """HTML live, newest first; LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's datePublished
    (a producer quirk: per-update times must come from the visible '3:20 p.m. EDT'); author under the headline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
           "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
           "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld(obj), '</head><body>',
           f'<header>{esc(S["source"])} <nav><a>Local</a> <a>Nation</a> <a>World</a> <a>Business</a> <a>Opinion</a> <a>Obituaries</a></nav> <a>Subscribe</a></header>',
           f'<main><p class="label">LIVE UPDATES</p><h1>{esc(S["title"])}</h1>', f'<p class="updated">{esc(S["dateline"])}</p>', f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EDT"; stamps.append(st)
        out.append(f'<div class="update"><span class="update-time">{st}</span><h3>{esc(e["h"])}</h3><p class="update-byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get breaking news alerts from the Herald. <a>Sign up</a></div>')
    out += ['</main>', f'<footer>\u00a9 2026 {esc(S["source"])} \u00b7 Privacy \u00b7 Terms \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_quarrick(S):
    """text live, oldest first; date line with weekday and day but NO year anywhere; headline, then 'Posted 09.55 by NAME'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Home \u00b7 Ukraine \u00b7 Europe \u00b7 Explained \u00b7 Podcasts", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [e["h"], f"Posted {st} by {e['a']}", ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video, 0:58]", ""]
        if i == 3:
            L += ["Support independent reporting from Ukraine. Become a member.", ""]
    L += ["Live coverage has now ended.", "", f"{S['source']} \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_cradlemere(S):
    """HTML article with NewsArticle JSON-LD, h2 sections (one entry each), page byline and 'Published on ... at 18:25 (Paris time)'."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
           "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}, "articleSection": "International"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>', ld(obj), '</head><body>',
           f'<header>{esc(S["source"])} <nav><a>International</a> <a>Europe</a> <a>Economy</a> <a>Ideas</a> <a>Culture</a></nav></header>',
           '<main><article>', '<p class="rubric">International \u00b7 War in Ukraine</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="chapo">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["author"])}</p>',
           f'<p class="date">Published on {d0.day} {MONTHS[d0.month - 1]} {d0.year} at {d0:%H:%M} (Paris time)</p>',
           '<div class="share">Share \u00b7 Gift this article \u00b7 Save</div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 0:
            out.append(f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>')
    out += [f'<p class="related">{esc(S["more"])}</p>', '</article></main>', f'<footer>\u00a9 {esc(S["source"])} 2026 \u00b7 Legal notice \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================ PART A: ten real outlets' layouts (own words, invented events)
SEEDS = []

# ---------------------------------------------------------------- 12700 Lloyd's List
SEEDS.append(dict(
  id="12700", name="12700_lloydslist-briefing", ext="txt", source="Lloyd's List", zone="Europe/London", render=r_lloyds,
  title="Daily Briefing: Chornomorsk hit as the Black Sea drone war resumes after a holiday lull",
  lede="Also in today's briefing: London lists two dozen more tankers, Brussels weighs boarding powers and liner operators test the Suez route again",
  dateline_t="2026-01-07 05:30",
  basis="no per-section time: the page line 'Published 07 Jan 2026 05:30 GMT' dates every section; local {d} in {z} (GMT = UTC in January)",
  notes="Imitates a Lloyd's List Daily Briefing as copied from the browser. One publication line 'Published 07 Jan 2026 05:30 GMT'; an 'In this briefing' list repeats every section headline with '- ' bullets (navigation, not a Key Points block, and not entries); each section is headline, 'By NAME', paragraphs. stamp null for every section; published = the page time. Two off-beat sections (Suez routings, newbuilding prices).",
  not_entries=["'Skip to main content'", "masthead, Subscribe / Sign in / Free trial", "navigation menu", "'DAILY BRIEFING' label",
               "page headline (page title) and standfirst ('Also in today's briefing: ...')", "publication line 'Published 07 Jan 2026 05:30 GMT'",
               "share row", "'In this briefing' list repeating the six section headlines", "podcast promo after the second section",
               "'Related content' with two links", "newsletter sign-up line", "copyright and legal links"],
  entries=[
  E("2026-01-07 05:30", "Port worker killed as drones strike Chornomorsk",
    ["A port worker was killed and two berths at Chornomorsk were put out of action when Russian drones struck the Ukrainian port late on Tuesday, according to the regional military administration.",
     "The raid was the first on the Greater Odesa ports since Christmas, ending a lull that brokers had hoped would last while envoys from Washington, Kyiv and Moscow kept talking.",
     "Terminal operators said grain loadings would resume on Thursday at the earliest. A Handysize bulker alongside at the time suffered damage to its superstructure, but its crew were unhurt."],
    "strikes", "strikes", 3, "chornomorsk-port-drone-strike-2026-01-06", a="Harriet Coyle"),
  E("2026-01-07 05:30", "UK sanctions 24 more shadow fleet tankers",
    ["The UK has added 24 tankers to its Russia sanctions list, taking the number of vessels it has designated for carrying Russian oil past 550.",
     "Officials in London said the newly listed ships had moved more than 10m tonnes of crude and products over the past year, much of it through the Danish straits."],
    "diplomacy", "diplomacy", 3, "uk-shadow-fleet-tanker-sanctions-2026-01-06", a="Piers Lindqvist"),
  E("2026-01-07 05:30", "Brussels studies legal route to stop and board flagless tankers",
    ["European Commission lawyers are drafting options that would allow member states to board tankers sailing without a valid flag in their exclusive economic zones, diplomats told Lloyd's List.",
     "Nordic and Baltic governments have pressed for firmer action since a string of cable-damage incidents in the Baltic, while some southern capitals fear confrontations with Russian naval escorts."],
    "diplomacy", "diplomacy", 2, "eu-flagless-tanker-boarding-options-2026-01", a="Ana\u00efs Dufresne",
    n="sanctions enforcement policy -> diplomacy"),
  OFF("2026-01-07 05:30", "Liner operators schedule first full loops back through Suez",
    ["Two of the largest container lines have scheduled complete Asia-Europe loops through the Suez Canal for the first time in two years, testing insurers' appetite after months without attacks in the Red Sea."],
    "liner-suez-return-2026-01", a="Tomasz Wrona", n="container shipping / Red Sea"),
  E("2026-01-07 05:30", "Shadow tanker reports blast off Turkey's Black Sea coast",
    ["A sanctioned Aframax tanker in ballast reported an explosion near its waterline about 30 nautical miles off the Turkish port of Samsun on Tuesday afternoon, Turkish maritime authorities said.",
     "All 22 crew were accounted for. The ship, listed by the EU and the UK for carrying Russian crude, was bound for Novorossiysk. Kyiv did not comment, although its security service has claimed earlier naval drone attacks on similar vessels."],
    "strikes", "strikes", 2, "sanctioned-tanker-blast-off-samsun-2026-01-06", a="Piers Lindqvist"),
  OFF("2026-01-07 05:30", "Newbuilding prices ease for the first time since 2020",
    ["A widely watched newbuilding price index slipped in December for its first monthly fall in more than five years, as Chinese yards competed harder for a thinner flow of orders."],
    "newbuilding-prices-ease-2025-12", a="Tomasz Wrona", n="shipbuilding market"),
  ]))

# ---------------------------------------------------------------- 12701 Splash247
SEEDS.append(dict(
  id="12701", name="12701_splash247-atom", ext="xml", source="Splash247", zone="UTC", render=r_splash,
  title="Splash247",
  basis="Atom <published> '{s}' (explicit UTC 'Z'); local {d} in {z}",
  notes="Imitates Splash247's WordPress Atom feed (/feed/atom/). Newest first; <published>/<updated> in UTC with seconds; <author><name> per entry; CDATA titles; <summary> is the WordPress excerpt (first 55 words, cut with '[\u2026]' when longer) followed by 'The post ... appeared first on Splash247.'; <content> holds the full text and the same 'appeared first' line (chrome, not a body paragraph). body_paragraphs counts the content paragraphs. Three off-beat items (Chinese bulker orders, Panama Canal slots, Singapore bunkers).",
  not_entries=["feed title 'Splash247', subtitle 'Asian Shipping and Maritime News', generator", "each entry's <summary> excerpt (a truncated copy of the body)",
               "'The post ... appeared first on Splash247.' line in every summary and content", "category terms, replies links and thr:total counts"],
  entries=[
  E("2026-01-12 10:41:17", "Ukraine claims naval drone strike on shadow tanker off Novorossiysk",
    ["Ukraine's security service has claimed a naval drone attack on a sanctioned Suezmax tanker near the Russian port of Novorossiysk, the latest in a string of strikes on ships it says bankroll Moscow's war.",
     "Footage released by the agency shows an uncrewed surface vessel closing on the tanker's stern before an explosion. Russian port authorities confirmed that a ship had been damaged at the outer anchorage but said nobody was hurt.",
     "Splash understands the tanker, which flies the flag of a West African state, had loaded at the Sheskharis terminal two days earlier."],
    "strikes", "strikes", 2, "novorossiysk-shadow-tanker-naval-drone-2026-01-12", a="Dorian Pyke", cats=["Tankers", "Europe"]),
  OFF("2026-01-12 08:05:52", "Chinese yards open 2026 with 40-ship bulker spree",
    ["Chinese shipbuilders have booked orders for around 40 bulk carriers in the first ten days of the year, according to brokers, as owners lock in berths for 2028 delivery.",
     "Most of the contracts are for kamsarmaxes and ultramaxes, with state-backed leasing houses behind a large share of the deals."],
    "chinese-yards-bulker-orders-2026-01", a="Mei Lin Tan", n="shipbuilding orders", cats=["Dry Cargo", "Shipyards"]),
  E("2026-01-12 06:30:09", "EU sets lower Russian crude price cap from February",
    ["The European Union will lower its price cap on seaborne Russian crude to $44.10 per barrel from February 1 under the dynamic mechanism it adopted last year, the European Commission said.",
     "The cap is reviewed every six months and pegged 15% below the average market price of Urals. The UK said it would follow suit, while the US has kept the original $60 level."],
    "diplomacy", "diplomacy", 2, "eu-russian-crude-price-cap-reset-2026-01", a="Oskar Vahl", cats=["Tankers", "Regulatory"]),
  OFF("2026-01-12 04:12:40", "Panama Canal adds booking slots for neopanamax transits",
    ["The Panama Canal Authority will offer two extra daily booking slots for neopanamax ships from February, citing healthy water levels at Gatun Lake after a wet rainy season."],
    "panama-canal-extra-slots-2026-01", a="Dorian Pyke", n="canal operations", cats=["Ports and Logistics"]),
  E("2026-01-12 03:02:33", "Russian drones damage Reni grain elevator",
    ["A grain elevator and a berth at the Ukrainian Danube port of Reni were damaged overnight in a Russian drone attack, the Odesa regional administration said on Monday.",
     "Two workers were treated for shrapnel wounds. Reni and neighbouring Izmail handle a large share of Ukraine's barley and corn exports via the Danube."],
    "strikes", "strikes", 2, "reni-grain-elevator-drone-attack-2026-01-12", a="Oskar Vahl", cats=["Dry Cargo", "Europe"]),
  OFF("2026-01-12 01:45:00", "Singapore bunker sales set new annual record",
    ["Singapore sold a record volume of marine fuel in 2025, port authority data showed, with LNG and biofuel blends taking a growing share of the total."],
    "singapore-bunker-sales-record-2025", a="Mei Lin Tan", n="bunkering statistics", cats=["Environment", "Ports and Logistics"]),
  ]))

# ---------------------------------------------------------------- 12702 gCaptain
TUAPSE = "tuapse-tanker-drone-strike-2026-01-21"
SEEDS.append(dict(
  id="12702", name="12702_gcaptain-updates", ext="html", source="gCaptain", zone="America/New_York", render=r_gcaptain,
  title="Tanker Ablaze at Russia's Tuapse Oil Port After Drone Strike", byline="Reece Halloran",
  url="https://gcaptain.com/tanker-ablaze-at-russias-tuapse-oil-port-after-drone-strike/",
  caption="File photo: oil storage tanks at the Black Sea port of Tuapse, Russia. Photo: Shutterstock",
  credit="(Reporting by Galina Orlova; Writing by Mark Dunstan; Editing by Priya Sen)",
  basis="stamp '{s}' (US Eastern time, 'EST' printed); no date per update: the page's byline date 'January 21, 2026' and newest-first order; local {d} in {z}",
  notes="Imitates a gCaptain developing story (WordPress, Yoast @graph JSON-LD with page-level dates only). Page byline 'by Reece Halloran' + 'January 21, 2026' (the only date). A 'Latest updates' box, newest first: each update starts 'UPDATE \u2014 4:20 p.m. EST' (stamp = the time part), some with an h3 headline, some without (headline null, first_sentence = the update's text). Below it, 'Original report' with its own time '7:12 a.m. EST' and a Reuters wire dateline ('MOSCOW, Jan 21 (Reuters) - '), which is part of the first sentence as printed; the '(Reporting by ...)' credit is chrome. Author = the page byline for every entry (no per-update bylines). EST = UTC-5; all six fall on 2026-01-21 UTC. 12702-03 (Pivdennyi port) is a separate strike: must not merge with the Tuapse story.",
  not_entries=["header logo and navigation, Subscribe", "category label 'Maritime Security'", "page headline (page title)", "byline/date line 'by Reece Halloran January 21, 2026'",
               "'Total Views: 4,118'", "featured-image caption", "'Latest updates' heading", "'UPDATE \u2014' labels", "'Original report' heading",
               "Reuters credit line '(Reporting by ...; Editing by ...)'", "newsletter box", "tags line", "'Related Articles' with two links", "footer"],
  entries=[
  E("2026-01-21 16:20", None,
    ["One of the injured crew members has died in hospital in Tuapse, the Krasnodar region's emergency headquarters said shortly after midnight local time, making this the first deadly strike on a merchant ship in a Russian port this year.",
     "The tanker's Dubai-based manager has not responded to requests for comment."],
    "strikes", "strikes", 3, TUAPSE, a="Reece Halloran", n="update without headline; toll now one dead"),
  E("2026-01-21 14:45", "Turkey Urges End to Attacks on Merchant Shipping in the Black Sea",
    ["Turkey's foreign ministry called on Russia and Ukraine to stop targeting commercial vessels and port infrastructure, warning that the attacks put navigation at risk for every Black Sea state.",
     "Ankara, which controls access to the Black Sea through the Turkish Straits, has offered to host talks on a maritime truce."],
    "diplomacy", "diplomacy", 2, "turkey-black-sea-shipping-appeal-2026-01-21", a="Reece Halloran", sec=["strikes"]),
  E("2026-01-21 12:10", "Russian Drones Hit Ukraine's Pivdennyi Port Overnight",
    ["In a separate attack, Russian drones struck port infrastructure at Pivdennyi, east of Odesa, overnight, damaging an oil products terminal and a harbor tug, Ukraine's Odesa regional administration said.",
     "No injuries were reported."],
    "strikes", "strikes", 2, "pivdennyi-port-drone-attack-2026-01-21", a="Reece Halloran",
    n="other strike, other side of the Black Sea: must not merge with the Tuapse strike"),
  E("2026-01-21 10:35", None,
    ["A spokesman for Ukraine's navy declined to confirm the attack but said Russian oil ports \"remain legitimate targets\" for as long as they fuel the Russian military."],
    "strikes", "strikes", 3, TUAPSE, a="Reece Halloran", n="update without headline; Ukrainian comment on the attack"),
  E("2026-01-21 09:05", "Loadings Suspended at Tuapse Terminal",
    ["The Tuapse oil terminal has halted all tanker loadings while firefighters work to contain the blaze, according to a statement from the regional emergency headquarters.",
     "Rosneft's Tuapse refinery, which supplies the terminal, was not damaged in the overnight strike, the statement said."],
    "strikes", "strikes", 3, TUAPSE, a="Reece Halloran"),
  E("2026-01-21 07:12", None,
    ["MOSCOW, Jan 21 (Reuters) - A product tanker caught fire at the Russian Black Sea port of Tuapse early on Wednesday after being hit during a Ukrainian drone attack, regional authorities said.",
     "Three crew members were injured and taken to hospital, and the rest of the crew were evacuated, the Krasnodar region's operational headquarters said on Telegram.",
     "Tuapse, home to a large Rosneft refinery, has been attacked repeatedly by Ukrainian drones since 2024."],
    "strikes", "strikes", 3, TUAPSE, a="Reece Halloran", n="original report (Reuters copy) under the page headline; no headline of its own"),
  ]))

# ---------------------------------------------------------------- 12703 Hellenic Shipping News
SEEDS.append(dict(
  id="12703", name="12703_hellenicshippingnews-listing", ext="txt", source="Hellenic Shipping News Worldwide", zone="Europe/Athens", render=r_hsn,
  title="International Shipping News", ref="2026-01-29 18:20",
  basis="relative stamp '{s}' counted back from the page's header clock 'Thursday, 29 January 2026 \u00b7 18:20' (Athens time, EET = UTC+2, implied by the Greek site and the Piraeus weather widget); local {d} in {z}",
  notes="Imitates the 'International Shipping News' section listing of Hellenic Shipping News Worldwide, copied from the browser. The only clock is the header line 'Thursday, 29 January 2026 \u00b7 18:20' (no zone printed; the outlet's home zone Europe/Athens, EET); every card carries a relative age ('35 mins ago', '2 hours ago'), counted back exactly from that clock (as precise as the page allows). No bylines in the listing, so author null. The Baltic index ticker and weather widget are chrome. Three off-beat items (capesize rates, Greek fleet size, VLCC orders).",
  not_entries=["masthead and tagline", "header date/clock line (capture time, used as the anchor)", "weather widget 'Piraeus 13\u00b0C Light rain'", "navigation menu",
               "Baltic index ticker line", "section heading 'International Shipping News' (page title)", "'in International Shipping News \u00b7 N ago' category lines",
               "'Read more' after every card", "'ADVERTISEMENT' and newsletter box", "'\u00ab Older Entries'", "copyright and footer links"],
  entries=[
  E("2026-01-29 17:45", "EU Commission tables maritime services ban in draft 20th Russia package",
    ["The European Commission has proposed replacing the oil price cap with a full ban on EU maritime services for Russian crude cargoes, according to a draft of the bloc's 20th sanctions package sent to member states on Thursday.",
     "The draft would also list about 100 more shadow fleet tankers. Greece, Malta and Cyprus, whose owners still carry some Russian cargoes under the cap, are expected to ask for transition periods."],
    "diplomacy", "diplomacy", 3, "eu-20th-package-draft-2026-01-29"),
  OFF("2026-01-29 16:20", "Capesize earnings slide as Brazilian ore cargoes thin out",
    ["Capesize spot earnings fell for a fifth straight session on Thursday, as fewer iron ore cargoes from Brazil left owners chasing a smaller pool of Atlantic fixtures."],
    "capesize-earnings-slide-2026-01-29", n="dry bulk freight market"),
  E("2026-01-29 14:20", "Cargo ship crew member killed in drone strike at Danube port of Kiliya",
    ["A crew member of a general cargo ship was killed and two others were wounded when Russian drones struck the Ukrainian Danube port of Kiliya overnight, Ukraine's infrastructure ministry said.",
     "The Palau-flagged vessel had been loading sunflower meal. The ministry said it was the fourth attack on Danube port facilities this month."],
    "strikes", "strikes", 3, "kiliya-port-drone-strike-2026-01-29"),
  OFF("2026-01-29 12:20", "Greek-controlled fleet reaches record 5,600 ships",
    ["Greek owners now control about 5,600 ocean-going vessels, a record, according to figures presented by the Union of Greek Shipowners in Piraeus on Thursday."],
    "greek-fleet-record-size-2026-01", n="fleet statistics"),
  E("2026-01-29 09:20", "Indian refiners' Russian crude intake falls to lowest since 2022",
    ["India's imports of Russian crude fell in January to their lowest level since late 2022, ship-tracking data showed, as refiners steered clear of cargoes linked to companies under US sanctions."],
    "diplomacy", "diplomacy", 2, "india-russian-crude-imports-drop-2026-01", n="trade-flow effect of sanctions -> diplomacy (sanctions)"),
  E("2026-01-29 05:20", "Ukraine says naval drones sank Russian patrol boat off Crimea",
    ["Ukraine's military intelligence agency said its naval drones sank a Russian patrol boat near the occupied Crimean port of Chornomorske overnight, releasing video it said showed the strike.",
     "Russia's defence ministry said its forces destroyed five uncrewed boats in the western Black Sea but did not mention any losses."],
    "strikes", "strikes", 2, "crimea-patrol-boat-naval-drone-2026-01-29"),
  OFF("2026-01-29 03:20", "Korean yards win VLCC orders on firm tanker earnings",
    ["South Korean shipbuilders have won orders for six very large crude carriers this week, brokers said, as owners bet that strong earnings will hold through 2027."],
    "korean-yards-vlcc-orders-2026-01", n="tanker newbuilding orders"),
  ]))

# ---------------------------------------------------------------- 12704 OilPrice.com
SEEDS.append(dict(
  id="12704", name="12704_oilprice-news", ext="txt", source="OilPrice.com", zone="America/Chicago", render=r_oilprice,
  title="Breaking Energy News",
  basis="stamp '{s}' (explicit date, 12-hour clock and 'CST' = UTC-6); local {d} in {z}",
  notes="Imitates OilPrice.com's 'Breaking News' listing as copied from the browser. Newest first; under each headline 'By NAME - Feb 06, 2026, 9:30 AM CST' (author = NAME; stamp = the date/time part). The price ticker ('WTI Crude \u2022 10 mins ...') carries relative ages but is chrome, not entries. Three off-beat items (US rig count, Aramco prices, Asian LNG).",
  not_entries=["masthead and navigation", "price ticker lines (WTI, Brent, Natural Gas, Gasoline with '10 mins' ages)", "section heading 'Breaking Energy News' (page title)",
               "'More Info' after every item", "'Oilprice Intelligence' newsletter box and sign-up line", "'Premium Content' promo with one headline",
               "'Next Page \u00bb'", "copyright and footer links"],
  entries=[
  E("2026-02-06 16:45", "Ukrainian Drones Hit Volgograd Refinery Again",
    ["Ukrainian drones struck Lukoil's Volgograd refinery on Friday, starting a fire at a primary processing unit, the regional governor said, in at least the third attack on the plant since the start of the year.",
     "Russian refineries have been a main target of Kyiv's long-range drone campaign, which industry sources say has at times idled more than a tenth of the country's processing capacity."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2026-02-06", a="Corbin Leland"),
  OFF("2026-02-06 14:15", "U.S. Drilling Activity Slips for Fourth Week",
    ["The number of active oil and gas rigs in the United States fell again this week, with Permian operators trimming activity as crude prices held in the low $60s."],
    "us-rig-count-2026-02-06", a="Tamsin Okafor", n="US drilling statistics"),
  E("2026-02-06 11:40", "Hungary Presses Washington to Make Russian Oil Waiver Permanent",
    ["Hungary wants Washington to turn its one-year exemption from U.S. sanctions on Russian oil companies into a permanent one, Foreign Minister P\u00e9ter Szijj\u00e1rt\u00f3 said on Friday, arguing that the landlocked country has no alternative to crude delivered through the Druzhba pipeline.",
     "The Treasury has signaled that it wants to see a concrete plan for diversifying Hungary's supplies before it discusses any extension."],
    "diplomacy", "diplomacy", 2, "hungary-us-sanctions-waiver-russian-oil-2026-02", a="Ruslan Vey"),
  E("2026-02-06 09:30", "Russian Missiles Knock Out Ukrainian Gas Production Sites",
    ["Russia struck gas production facilities in Ukraine's Kharkiv and Poltava regions overnight with ballistic missiles and drones, killing two workers, state energy company Naftogaz said on Friday.",
     "It was the sixth major attack on Ukraine's gas infrastructure this winter. Naftogaz said part of its output had been halted and that it would have to raise imports from the European Union to cover the gap."],
    "strikes", "strikes", 3, "ukraine-gas-production-missile-strike-2026-02-06", a="Greer Whitlock"),
  OFF("2026-02-06 07:55", "Saudi Aramco Trims March Oil Prices for Asian Buyers",
    ["Saudi Aramco lowered the official selling price of its flagship Arab Light crude to Asia for March, in line with expectations after a softer month for Middle East benchmarks."],
    "aramco-march-osp-2026", a="Tamsin Okafor", n="crude pricing"),
  E("2026-02-06 06:20", "EU Considers Bringing Forward Ban on Russian LNG",
    ["Several EU member states want the bloc to bring forward its ban on Russian liquefied natural gas imports as part of the next sanctions package, diplomats said.",
     "Under current plans, short-term LNG contracts with Russian suppliers end this year and long-term ones by the start of 2027."],
    "diplomacy", "diplomacy", 2, "eu-russian-lng-ban-timing-2026-02", a="Ruslan Vey"),
  OFF("2026-02-06 05:10", "Asian LNG Prices Slip as Mild Weather Curbs Demand",
    ["Spot LNG prices in Asia eased this week as milder than usual temperatures in North Asia cut heating demand and buyers drew on ample inventories."],
    "asian-lng-prices-2026-02", a="Corbin Leland", n="gas markets"),
  ]))

# ---------------------------------------------------------------- 12705 S&P Global Commodity Insights
SEEDS.append(dict(
  id="12705", name="12705_spglobal-latest", ext="html", source="S&P Global Commodity Insights", zone="UTC", render=r_spglobal,
  title="Latest News", url="https://www.spglobal.com/commodity-insights/en/news-research/latest-news",
  basis="stamp '{s}' (explicit date and time, 'UTC' printed); local {d} in {z}",
  notes="Imitates the S&P Global Commodity Insights 'Latest News' listing. Newest first; each card: tag line ('Oil | Crude Oil | Geopolitics'), headline, one-paragraph summary, then the stamp '13 Feb 2026 | 14:32 UTC' (stamp after the headline). No bylines on the listing (author null). JSON-LD holds only Organization/WebPage/BreadcrumbList. S&P style writes dates as 'Feb. 13' inside sentences. Three off-beat items (Dubai structure, US gas futures, Singapore stocks). 12705-06 (Russia's gasoline export ban) is war-related domestic policy: other/politics with secondary strikes.",
  not_entries=["cookie banner", "header logo and navigation, Log in / Contact us", "breadcrumb", "page heading 'Latest News' (page title)", "filter line",
               "tag lines above every headline", "'Commodity Insights Daily' promo", "'Load more'", "footer"],
  entries=[
  E("2026-02-13 18:05", "Ukrainian drones hit Russia's Primorsk port, halting crude loadings",
    ["Ukrainian drones attacked the Baltic oil port of Primorsk on the evening of Feb. 13, setting fire to a tanker berth and forcing a halt to crude loadings, the Leningrad region governor said.",
     "Primorsk ships around 1 million b/d of Urals crude and diesel in a typical month, according to shipping data."],
    "strikes", "strikes", 2, "primorsk-port-drone-attack-2026-02-13", tags="Oil | Crude Oil | Shipping"),
  OFF("2026-02-13 15:40", "Dubai crude structure firms as Chinese buying picks up",
    ["The Dubai crude futures spread strengthened Feb. 13 as Chinese refiners returned to the spot market to restock ahead of the Lunar New Year holiday, traders said."],
    "dubai-structure-firms-2026-02-13", n="Asian crude market", tags="Oil | Crude Oil | Asia"),
  E("2026-02-13 13:15", "G7 finance ministers weigh maritime services ban on Russian oil",
    ["Finance ministers from the Group of Seven discussed replacing the price cap on Russian oil with a full ban on maritime services during a video call Feb. 13, two officials familiar with the talks said.",
     "The European Commission included such a ban in its draft of a 20th sanctions package, but the US has not committed to joining it."],
    "diplomacy", "diplomacy", 3, "g7-maritime-services-ban-talks-2026-02-13", tags="Oil | Geopolitics"),
  OFF("2026-02-13 10:50", "US natural gas futures slide on mild late-winter outlook",
    ["NYMEX March natural gas futures fell in early trading Feb. 13 as updated forecasts pointed to above-normal temperatures across much of the eastern US for the rest of the month."],
    "us-gas-futures-2026-02-13", n="US gas market", tags="Natural Gas | LNG"),
  E("2026-02-13 08:20", "Drone strike cuts power to Odesa-area ports",
    ["A Russian drone attack on an electricity substation in southern Ukraine cut power to several ports in the Odesa area early Feb. 13, Ukraine's energy ministry said, slowing grain and vegetable oil loadings."],
    "strikes", "strikes", 2, "odesa-ports-power-cut-drone-strike-2026-02-13", tags="Shipping | Electric Power | Agriculture"),
  E("2026-02-13 06:05", "Russia extends gasoline export ban to end-March",
    ["Russia has extended its ban on gasoline exports by producers until March 31, the government said Feb. 13, as refiners struggle to repair units damaged in Ukrainian drone attacks."],
    "other", "politics", 2, "russia-gasoline-export-ban-extension-2026-02", sec=["strikes"], tags="Oil | Refined Products",
    n="war-related domestic policy: other/politics, secondary strikes"),
  OFF("2026-02-13 04:10", "Singapore middle distillate stocks climb to four-week high",
    ["Middle distillate inventories in Singapore rose to a four-week high in the week to Feb. 11, Enterprise Singapore data showed."],
    "singapore-distillate-stocks-2026-02", n="Asian product stocks", tags="Oil | Refined Products | Asia"),
  ]))

# ---------------------------------------------------------------- 12706 MarketWatch
SEEDS.append(dict(
  id="12706", name="12706_marketwatch-live", ext="html", source="MarketWatch", zone="America/New_York", render=r_marketwatch,
  title="Stock market today: Dow edges higher ahead of Nvidia earnings as oil jumps on Kremlin's ceasefire rebuff",
  url="https://www.marketwatch.com/livecoverage/stock-market-today-dow-nvidia-earnings-oil-ukraine-feb-25-2026",
  published="2026-02-25 07:30", authors=["Nell Ashcombe", "Victor Pryce", "Ida Marchetti"], pid=88412,
  basis="post stamp '{s}' (Eastern time, 'ET' printed, EST = UTC-5); no date per post: 'First Published: Feb. 25, 2026 at 7:30 a.m. ET' / 'Last Updated: ...' and newest-first order; local {d} in {z}",
  notes="Imitates a MarketWatch (Dow Jones) live-coverage page. Newest first; each post: '10:14 a.m. ET', h2 headline, 'By NAME', body. The dates appear only in 'Last Updated: Feb. 25, 2026 at 3:58 p.m. ET' and 'First Published: Feb. 25, 2026 at 7:30 a.m. ET'. JSON-LD LiveBlogPosting carries per-update datePublished (consistent with the visible times). The markets bar is chrome. Three off-beat market posts (close, new-home sales, open). Topic calls: the Kremlin's rebuff leads the headline, so diplomacy (oil move is secondary context); the Rheinmetall order is a contract for Ukraine -> aid.",
  not_entries=["header, navigation, Sign In / Subscribe", "markets bar (DJIA, S&P 500, Nasdaq, 10 Yr, crude)", "'Markets' flashline and 'Live Coverage' badge",
               "page headline (page title)", "'Last Updated ...' and 'First Published ...' lines", "page byline with three names", "'Share' under every post",
               "'Read Next' promo", "'Advertisement'", "footer"],
  entries=[
  OFF("2026-02-25 15:58", "Stocks finish higher as investors wait for Nvidia",
    ["The Dow Jones Industrial Average closed up about 180 points on Wednesday, while the S&P 500 and Nasdaq Composite each gained about half a percent, as investors positioned for Nvidia's quarterly results after the bell."],
    "us-stocks-close-2026-02-25", a="Nell Ashcombe", n="US stock market close"),
  E("2026-02-25 14:30", "Kremlin rebuffs U.S. ceasefire timetable, sending oil to a three-week high",
    ["Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow would not commit to a ceasefire by a fixed date, rejecting a timetable that U.S. envoys had floated at talks in Geneva earlier this month.",
     "West Texas Intermediate crude for April delivery rose $1.24, or 1.9%, to settle at $66.10 a barrel on the New York Mercantile Exchange. Traders had priced in some chance of an early easing of sanctions on Russian exports."],
    "diplomacy", "diplomacy", 3, "kremlin-rebuffs-us-ceasefire-timetable-2026-02-25", a="Victor Pryce"),
  E("2026-02-25 12:45", "Rheinmetall wins \u20ac1.4 billion shell order for Ukraine",
    ["Shares of Rheinmetall rose 4% in Frankfurt after the German defense group said it had won an order worth about \u20ac1.4 billion to supply 155mm artillery shells to Ukraine, paid for by the German government.",
     "Deliveries are due to begin in the second half of the year, the company said."],
    "aid", "aid", 3, "rheinmetall-shell-order-ukraine-2026-02-25", a="Ida Marchetti"),
  OFF("2026-02-25 11:20", "New-home sales fall more than expected in January",
    ["Sales of newly built single-family homes fell 6.1% in January to a seasonally adjusted annual rate of 648,000, the Commerce Department said Wednesday, short of economists' forecasts."],
    "us-new-home-sales-2026-01", a="Victor Pryce", n="US housing data"),
  E("2026-02-25 10:14", "Russian missile hits grain silo in Mykolaiv; wheat futures rise",
    ["A Russian missile struck a grain storage complex in the southern Ukrainian city of Mykolaiv early Wednesday, killing one worker and destroying about 20,000 metric tons of wheat, regional Gov. Vitaliy Kim said.",
     "Chicago wheat futures for March delivery were up 1.2% in morning trading."],
    "strikes", "strikes", 3, "mykolaiv-grain-silo-missile-strike-2026-02-25", a="Ida Marchetti"),
  OFF("2026-02-25 09:35", "Stocks open mixed as Treasury yields dip",
    ["U.S. stocks opened mixed on Wednesday, with technology shares steady ahead of Nvidia's results and the 10-year Treasury yield slipping to 4.11%."],
    "us-stocks-open-2026-02-25", a="Nell Ashcombe", n="US stock market open"),
  E("2026-02-25 08:10", "Zelensky says he is ready to meet Putin 'in any format'",
    ["Ukrainian President Volodymyr Zelensky said Wednesday he was prepared to meet Russian President Vladimir Putin \"in any format\" to settle the remaining territorial questions, a day after meeting U.S. special envoy Steve Witkoff in Kyiv.",
     "The Kremlin has said a meeting between the two leaders could only take place once a peace agreement is ready to sign."],
    "diplomacy", "diplomacy", 3, "zelensky-ready-to-meet-putin-2026-02-25", a="Victor Pryce",
    n="separate statement: must not merge with the Kremlin's rebuff of the ceasefire timetable (12706-02)"),
  ]))

# ---------------------------------------------------------------- 12707 World-Grain.com
SEEDS.append(dict(
  id="12707", name="12707_worldgrain-rss", ext="xml", source="World-Grain.com", zone="America/Chicago", render=r_worldgrain,
  title="World Grain RSS Feed",
  basis="RSS pubDate '{s}' (explicit -0600 offset = CST); local {d} in {z}",
  notes="Imitates the World-Grain.com (Sosland Publishing) RSS feed. Newest first; pubDate with -0600; <description> holds only the lead sentence, content:encoded the full text, which opens with a Sosland-style dateline 'KYIV, UKRAINE \u2014 ' (kept in first_sentence as printed). dc:creator only on items with a named author; items without one get author null. Three off-beat items (Egypt wheat purchase, US winter wheat, Australian crop estimate). 12707-03 (Kherson demining) is war-related: other/humanitarian.",
  not_entries=["channel title/link/description/language/lastBuildDate", "each item's <description> (a copy of the lead sentence)", "guid, link and media:content image elements"],
  entries=[
  E("2026-03-04 15:10", "Drone attack on Pivdennyi grain terminal kills two",
    ["KYIV, UKRAINE \u2014 Two workers were killed when Russian drones struck a grain terminal at the port of Pivdennyi, east of Odesa, on March 4, regional authorities said.",
     "The attack damaged a conveyor line and two storage silos holding corn intended for export. Operators said loadings would be suspended for at least a week.",
     "Ukraine has exported around 24 million tonnes of grain since the 2025-26 marketing year began in July, most of it through the Odesa-area ports."],
    "strikes", "strikes", 3, "pivdennyi-grain-terminal-drone-attack-2026-03-04", a="Hollis Brandt"),
  OFF("2026-03-04 12:40", "Egypt's Mostakbal Misr books wheat in direct deals",
    ["CAIRO, EGYPT \u2014 Egypt's Mostakbal Misr agency, which now handles the country's strategic wheat imports, bought around 300,000 tonnes in direct deals with trading houses, traders said."],
    "egypt-wheat-direct-purchases-2026-03", n="wheat trade"),
  E("2026-03-04 10:05", "Demining returns 40,000 hectares of Kherson farmland to production",
    ["KHERSON, UKRAINE \u2014 About 40,000 hectares of farmland in Ukraine's Kherson region have been cleared of mines and unexploded ordnance over the winter and will be sown this spring, regional officials said.",
     "Part of the region was occupied by Russian forces in 2022, and large areas along the Dnipro River remain too dangerous to farm because of shelling."],
    "other", "humanitarian", 2, "kherson-farmland-demining-2026-03", a="Hollis Brandt"),
  OFF("2026-03-04 08:30", "US winter wheat conditions improve after February snow",
    ["KANSAS CITY, MISSOURI, US \u2014 Condition ratings for hard red winter wheat in the southern Plains improved during February after snowfall replenished soil moisture, state crop reports showed."],
    "us-winter-wheat-conditions-2026-03", a="Cora Quist", n="US crop conditions"),
  E("2026-03-04 07:15", "Turkey to host talks on Black Sea shipping safety",
    ["ANKARA, TURKEY \u2014 Turkey will host technical talks later this month on the safety of commercial shipping in the Black Sea, with delegations from Ukraine and Russia invited, Turkish Foreign Minister Hakan Fidan said.",
     "Grain traders said any agreement that reduced attacks on ports would lower freight and insurance costs on Ukrainian cargoes."],
    "diplomacy", "diplomacy", 2, "turkey-black-sea-shipping-talks-2026-03", a="Cora Quist", n="announcement of talks (an arrangement): importance 2"),
  OFF("2026-03-04 06:00", "ABARES trims Australian wheat estimate",
    ["CANBERRA, AUSTRALIA \u2014 Australia's agricultural forecaster lowered its estimate of the 2025-26 wheat harvest to 34.6 million tonnes, citing a dry finish to the season in Western Australia."],
    "australia-wheat-estimate-2026-03", n="crop estimate"),
  ]))

# ---------------------------------------------------------------- 12708 TradeWinds
SEEDS.append(dict(
  id="12708", name="12708_tradewinds-topic", ext="txt", source="TradeWinds", zone="Europe/London", render=r_tradewinds,
  title="Russia-Ukraine war",
  basis="stamp '{s}' (explicit date and time, 'GMT' printed), printed after the headline and byline; local {d} in {z}",
  notes="Imitates a TradeWinds (NHST) topic page copied from the browser. Newest first; each card: section label ('Tankers', 'Ports', ...), headline, standfirst, 'By NAME', then the stamp '20 March 2026 14:32 GMT' (stamp AFTER the headline, closing the card). Two off-beat cards (ship sale, container rates) appear on the topic page anyway. The UK boarding of a shadow-fleet tanker is sanctions enforcement -> diplomacy.",
  not_entries=["masthead, Subscribe / Log in", "navigation menu", "'Topics' label, topic heading 'Russia-Ukraine war' (page title), 'Follow this topic'",
               "section labels above each headline (Tankers, Ship Sales, Ports, Containers, Government)", "newsletter box", "'Load more'", "publisher line and footer"],
  entries=[
  E("2026-03-20 16:50", "Ukrainian drones strike sanctioned tanker at Ust-Luga",
    ["An Aframax tanker on Western sanctions lists was hit by drones while loading fuel oil at the Russian Baltic port of Ust-Luga, according to local officials and ship-tracking data.",
     "The Leningrad region governor said a fire on deck had been put out and nobody was hurt."],
    "strikes", "strikes", 2, "ust-luga-sanctioned-tanker-drone-strike-2026-03-20", a="Freya Castellan", label="Tankers"),
  OFF("2026-03-20 14:32", "Greek owner sells trio of kamsarmaxes as values peak",
    ["A Piraeus-based owner has sold three 2015-built kamsarmaxes to Chinese buyers for about $24m apiece, brokers said, cashing in as secondhand values hover near cycle highs."],
    "greek-owner-kamsarmax-sale-2026-03", a="Yannis Petrakos", n="ship sale", label="Ship Sales"),
  E("2026-03-20 12:05", "UK boards shadow fleet tanker in English Channel",
    ["Royal Navy personnel boarded a shadow fleet tanker in the English Channel on Friday after the ship was found to be sailing under a false flag, the UK Ministry of Defence said.",
     "It is the first time the UK has boarded a vessel linked to the Russian oil trade. Russia's embassy in London called the operation an act of piracy."],
    "diplomacy", "diplomacy", 3, "uk-boards-shadow-fleet-tanker-channel-2026-03-20", a="Freya Castellan", label="Tankers",
    n="sanctions enforcement -> diplomacy; first UK boarding: importance 3"),
  E("2026-03-20 10:20", "Two dock workers killed as Russian shells hit Kherson river port",
    ["Russian artillery fire hit the river port of Kherson on Friday morning, killing two dock workers and setting a barge alight, the regional administration said.",
     "The port, on the right bank of the Dnipro, has barely operated since Russian forces withdrew across the river in November 2022."],
    "strikes", "strikes", 3, "kherson-river-port-shelling-2026-03-20", a="Rowan Telfer", label="Ports"),
  OFF("2026-03-20 08:45", "Container spot rates fall for sixth straight week",
    ["Spot rates for shipping containers from Asia to northern Europe fell again this week as new tonnage kept arriving faster than cargo demand."],
    "container-spot-rates-2026-03", a="Rowan Telfer", n="container freight market", label="Containers"),
  E("2026-03-20 07:10", "Norway to fund minehunting training for Ukraine's navy",
    ["Norway will pay for the training of Ukrainian navy crews in mine countermeasures and donate two small minehunting vessels, the Norwegian defence ministry said.",
     "Mines drifting from the north-western Black Sea remain a hazard for ships using Ukraine's export corridor."],
    "aid", "aid", 2, "norway-minehunting-support-ukraine-2026-03-20", a="Yannis Petrakos", label="Government"),
  ]))

# ---------------------------------------------------------------- 12709 Upstream
SEEDS.append(dict(
  id="12709", name="12709_upstream-live", ext="html", source="Upstream", zone="Europe/Oslo", render=r_upstream,
  title="LIVE: Russia strikes Ukraine's gas fields as drones hit Saratov refinery",
  url="https://www.upstreamonline.com/politics/live-russia-strikes-ukraine-gas-fields/2-1-1934455",
  authors=["Marit Solvang", "Callum Everard"],
  lede="Follow our coverage of attacks on energy infrastructure in Ukraine and Russia through the day.",
  basis="bare stamp '{s}' ('All times CET' printed in the header, CET = UTC+1) on the header date '25 March 2026'; local {d} in {z}",
  notes="Imitates an Upstream (NHST) live article. Oldest first; dates only in the header line 'Live \u00b7 25 March 2026 \u00b7 All times CET'; each post: bare '08:10' in <time>, h2 headline, author line, body. JSON-LD is a NewsArticle (no LiveBlogPosting), with the first and last post times. Oslo is still on CET on 25 March 2026 (DST starts 29 March). Two off-beat posts (North Sea tie-back, Brent).",
  not_entries=["header, navigation, Subscribe / Log in", "kicker 'UKRAINE WAR'", "page headline (page title)", "header line 'Live \u00b7 25 March 2026 \u00b7 All times CET'",
               "lead paragraph 'Follow our coverage ...'", "'Read more' box after the third post", "footer"],
  entries=[
  E("2026-03-25 08:10", "Russian missiles hit Naftogaz production site in Kharkiv region",
    ["Russia hit a gas production facility operated by Naftogaz in the Kharkiv region overnight with ballistic missiles, the Ukrainian state company said, causing a fire but no casualties.",
     "Naftogaz did not say how much output had been lost."],
    "strikes", "strikes", 2, "naftogaz-kharkiv-production-site-strike-2026-03-25", a="Marit Solvang"),
  E("2026-03-25 09:40", "Ukrenergo orders emergency power cuts in five regions",
    ["Ukraine's grid operator Ukrenergo introduced emergency outages in five regions after the overnight attack damaged transmission equipment in the north-east."],
    "other", "humanitarian", 2, "ukrenergo-emergency-cuts-2026-03-25", a="Marit Solvang", sec=["strikes"]),
  E("2026-03-25 11:15", "Drones set Saratov refinery ablaze",
    ["Ukrainian drones hit the Saratov refinery on the Volga early on Wednesday, causing a large fire, the region's governor said.",
     "The plant, one of the oldest in Russia, processes about 140,000 barrels per day and has been attacked several times since 2024."],
    "strikes", "strikes", 2, "saratov-refinery-drone-attack-2026-03-25", a="Callum Everard",
    n="Ukrainian strike inside Russia: must not merge with the Russian strike on the Naftogaz site"),
  OFF("2026-03-25 12:30", "Equinor brings North Sea tie-back on stream ahead of schedule",
    ["Equinor has started production from a subsea tie-back in the Norwegian North Sea three months ahead of schedule, the company said on Wednesday."],
    "equinor-north-sea-tieback-2026-03", a="Callum Everard", n="North Sea production"),
  E("2026-03-25 14:05", "Naftogaz secures EIB-backed loan for spring gas imports",
    ["Naftogaz has signed a \u20ac300 million loan guaranteed by the European Investment Bank to buy gas for injection into storage this spring, the company said."],
    "aid", "aid", 2, "naftogaz-eib-gas-import-loan-2026-03-25", a="Marit Solvang"),
  E("2026-03-25 15:50", "Kremlin says energy truce 'not on the agenda'",
    ["The Kremlin said a moratorium on strikes against energy infrastructure was \"not on the agenda\" for now, after Kyiv proposed one in talks with US mediators.",
     "Kremlin spokesman Dmitry Peskov said Russia would continue to hit what it called legitimate military targets."],
    "diplomacy", "diplomacy", 3, "kremlin-energy-truce-not-on-agenda-2026-03-25", a="Callum Everard"),
  OFF("2026-03-25 17:20", "Brent steadies near $68 as traders weigh OPEC+ signals",
    ["Brent crude traded little changed at around $68 a barrel on Wednesday afternoon as traders waited for signals from OPEC+ ahead of its next monthly meeting."],
    "brent-price-2026-03-25", a="Marit Solvang", n="oil price"),
  ]))


# ================================================================ PART B: three invented multi-source days
ODESA = "odesa-port-strike-2026-02-18"
SANCT = "eu-20th-sanctions-package-agreed-2026-02-18"
GERAID = "germany-iris-t-pledge-2026-02-18"
SLOV = "sloviansk-guided-bomb-strike-2026-02-19"
PRIS = "uae-mediated-prisoner-exchange-2026-02-19"
RUBIO = "rubio-lavrov-phone-call-2026-02-19"
ZAP = "zaporizhzhia-missile-strike-2026-03-13"
TALKS = "istanbul-energy-truce-talks-2026-03-13"
PURL = "nordic-baltic-purl-package-2026-03-13"

# ---------------------------------------------------------------- Day 1: 2026-02-18
SEEDS.append(dict(
  id="12720", name="12720_hatherwyke-textlive", ext="txt", source="Hatherwyke Standard", zone="Europe/London", render=r_hatherwyke,
  title="Russia-Ukraine war live: seven dead after overnight strike on Odesa; EU agrees 20th sanctions package",
  dateline="Wednesday 18 February 2026",
  lede="Rescuers in Odesa search a damaged apartment block, Germany's defence minister visits Kyiv and EU ambassadors approve new sanctions.",
  basis="stamp '{s}' in the 'Posted ... by NAME' line that closes each post (UK time, 'GMT' printed = UTC in February) on the dateline 'Wednesday 18 February 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists three post headlines ('\u2022 ' bullets), which are key_point true. Each post is headline, body, then a closing line 'Posted 19:20 GMT by NAME' (stamp and author AFTER the body, as on The Independent's pages). 12720-01 (Izmail) is a separate strike in the same region: must not merge with the Odesa strike. 12720-02 is a theme piece (analysis) that mentions the Odesa strike but is its own story.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "dateline 'Wednesday 18 February 2026'", "lede paragraph",
               "'Key Points' header and its three bullets (they repeat post headlines)", "'Refresh for the latest posts'", "'Posted HH:MM GMT by NAME' lines (stamp/author of the post above)",
               "'Advertisement'", "'Load earlier posts'", "footer"],
  entries=[
  E("2026-02-18 19:20", "Drone attack sparks fire at Izmail port",
    ["Russian drones hit port facilities in Izmail on the Danube this evening, starting a fire at a warehouse, Odesa's regional governor Oleh Kiper said.",
     "One security guard was hurt. The attack is separate from last night's deadly strike on Odesa city, roughly 200km to the east."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2026-02-18", a="Imogen Tallis",
    n="same region, other strike (evening, Danube port): must not merge with the Odesa strike"),
  E("2026-02-18 17:05", "Analysis: Why Odesa's docks stay in Moscow's sights",
    ["Last night's attack on Odesa was the latest in a pattern that has held for more than two years: when talks stall, the ports get hit.",
     "The three Greater Odesa ports carry most of Ukraine's seaborne grain, metals and vegetable oil, and each disruption raises freight and insurance costs for the buyers Kyiv relies on.",
     "Russian officials describe the ports as military targets because, they say, weapons arrive through them. Ukraine and shipping groups reject that claim and point to the civilian ships damaged in the raids."],
    "strikes", "strikes", 2, "analysis-odesa-ports-targeting", a="Conrad Abernethy",
    n="theme piece (analysis); mentions the Odesa strike but is its own story: must not merge with it"),
  E("2026-02-18 15:30", "Pistorius in Kyiv pledges two more IRIS-T systems",
    ["German defence minister Boris Pistorius, on an unannounced visit to Kyiv, said Berlin would deliver two more IRIS-T air-defence systems before the summer.",
     "He also promised extra missiles for the systems already in Ukraine, as part of a package his ministry put at about \u20ac1.1bn."],
    "aid", "aid", 3, GERAID, a="Conrad Abernethy", sec=["diplomacy"], kp=True),
  E("2026-02-18 13:10", "Odesa toll rises to seven as rescuers reach collapsed stairwell",
    ["Rescuers in Odesa have recovered two more bodies from a partly collapsed apartment block, bringing the number of dead from the overnight attack to seven.",
     "Kiper said 26 people had been injured, four of them seriously. Emergency crews were still cutting through a stairwell where residents had been sheltering when the building was hit."],
    "strikes", "strikes", 3, ODESA, a="Imogen Tallis", kp=True, n="toll 7"),
  E("2026-02-18 11:45", "EU envoys sign off on 20th sanctions package",
    ["EU ambassadors have agreed the bloc's 20th package of sanctions against Russia, the Cypriot presidency of the Council said.",
     "The package adds more than 100 tankers to the list of ships barred from EU ports and services and targets banks in third countries accused of helping Moscow get round earlier measures. It still needs formal approval by ministers, expected within days."],
    "diplomacy", "diplomacy", 3, SANCT, a="Conrad Abernethy", kp=True),
  E("2026-02-18 09:15", "Russia claims capture of village near Huliaipole",
    ["Russia's defence ministry said its troops had taken control of a village north-west of Huliaipole in the Zaporizhzhia region.",
     "Ukraine's general staff did not confirm the loss and said fighting was continuing in the area."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2026-02-18", a="Imogen Tallis"),
  E("2026-02-18 06:10", "Overnight strike on Odesa kills three, damages port",
    ["At least three people were killed in Odesa overnight when Russia attacked the city with drones and ballistic missiles, regional officials said.",
     "The strikes hit a residential building and port infrastructure. A bulk carrier moored at one of the berths was damaged, and fires broke out in several parts of the city."],
    "strikes", "strikes", 3, ODESA, a="Imogen Tallis", n="first report; toll 3"),
  ]))

SEEDS.append(dict(
  id="12721", name="12721_scarrowmede-htmllive", ext="html", source="Scarrowmede Observer", zone="Europe/Kyiv", render=r_scarrowmede,
  title="War in Ukraine, day by day: Odesa struck overnight as Germany's defence minister arrives in Kyiv",
  url="https://scarrowmede-observer.example/live/ukraine-2026-02-18",
  lede="Live updates from our correspondents in Kyiv and Odesa. Times are Kyiv time.",
  basis="visible stamp '{s}' (DD.MM.YYYY HH:MM, Kyiv time stated in the standfirst, EET = UTC+2; the JSON-LD update datePublished agrees); local {d} in {z}",
  notes="Invented outlet (Ukraine, English edition). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+02:00). Visible stamps are European numeric '18.02.2026 07:40' above the h2; the author line follows the body. 12721-03 is a 'Watch:' video teaser without text (spelled 'Odessa'). 12721-05 repeats 12721-01 nearly verbatim (duplicate_of 12721-01; two words differ). 12721-02 (Novorossiysk) is a Ukrainian strike on Russia: must not merge with the Odesa strike. 12721-04 is re-posted verbatim on day 2 by 12732.",
  not_entries=["header and navigation", "page title", "standfirst 'Live updates from our correspondents ... Times are Kyiv time.'", "video placeholder '\u25b6 Video \u00b7 0:47' in the teaser",
               "'Related' box after the third post", "author lines after each body", "footer"],
  entries=[
  E("2026-02-18 07:40", "Three killed as Russian drones and missiles pound Odesa",
    ["Russia launched a combined drone and missile attack on Odesa overnight, killing three people and wounding at least 14, according to the regional military administration.",
     "A nine-storey residential building in the city's Kyivskyi district was partly destroyed. Port facilities were also hit, and the authorities said a foreign-flagged cargo ship was among the vessels damaged."],
    "strikes", "strikes", 3, ODESA, a="Oksana Vereshchak", n="toll 3"),
  E("2026-02-18 09:25", "Novorossiysk oil terminal on fire after Ukrainian drone raid",
    ["A fire broke out at the Sheskharis oil terminal in the Russian port of Novorossiysk after a Ukrainian drone attack overnight, the local emergency headquarters said.",
     "Russia's defence ministry said it downed 38 drones over the Black Sea and the Krasnodar region. Two people were reported injured in the city."],
    "strikes", "strikes", 2, "novorossiysk-sheskharis-drone-raid-2026-02-18", a="Hugo Wensley",
    n="Ukrainian strike on a Russian port the same night: must not merge with the Russian strike on Odesa"),
  E("2026-02-18 11:00", "Watch: Rescuers search rubble in Odessa", [], "strikes", "strikes", 1, ODESA, n="video teaser without text; spelling 'Odessa'"),
  E("2026-02-18 12:30", "Pistorius arrives in Kyiv, promises air defence before spring",
    ["Germany's defence minister, Boris Pistorius, arrived in Kyiv on Wednesday morning and said Ukraine would receive more air-defence equipment before the spring.",
     "\"The attack on Odesa last night shows exactly why this cannot wait,\" Pistorius told reporters at the railway station. Details of the package would be announced later in the day, he said."],
    "aid", "aid", 3, GERAID, a="Hugo Wensley", sec=["diplomacy"]),
  E("2026-02-18 14:15", "Three killed as Russian drones and missiles pound Odesa",
    ["Russia launched a combined drone and missile attack on Odesa overnight, killing three people and wounding at least 14, according to the regional military administration.",
     "A nine-storey residential building in the Kyivskyi district was partly destroyed. Port facilities were also hit, and the authorities said a foreign-flagged cargo ship was among vessels damaged."],
    "strikes", "strikes", 1, ODESA, a="Oksana Vereshchak", dup="12721-01", n="near-verbatim repeat of 12721-01"),
  E("2026-02-18 16:45", "Kallas: 20th package hits 'the tankers, the banks and the middlemen'",
    ["EU foreign policy chief Kaja Kallas welcomed the agreement on a 20th sanctions package, saying it was aimed at \"the tankers, the banks and the middlemen\" that keep Russian oil money flowing.",
     "Ministers are expected to adopt the package formally on Monday. Slovakia and Hungary dropped their objections after assurances on gas supplies, diplomats said."],
    "diplomacy", "diplomacy", 3, SANCT, a="Oksana Vereshchak", n="reaction whose content is the agreement itself: same story"),
  E("2026-02-18 18:20", "Dnipropetrovsk region evacuates 400 children from frontline communities",
    ["Authorities in the Dnipropetrovsk region said they had completed the compulsory evacuation of about 400 children and their guardians from villages close to the front line.",
     "Russian forces have pushed into the eastern edge of the region in recent months, and villages near the boundary with Donetsk are shelled almost daily."],
    "other", "humanitarian", 2, "dnipropetrovsk-child-evacuations-2026-02-18", a="Oksana Vereshchak"),
  ]))

SEEDS.append(dict(
  id="12722", name="12722_pellsworth-worldrss", ext="xml", source="Pellsworth World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Pellsworth World Service \u2013 World", url="https://pellsworth.example/news", guid="pws-20260218", nid=40311,
  lede="Top world stories from the Pellsworth World Service newsroom",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT. The war is a minority: 4 of 6 items are off-beat (Winter Olympics, Ramadan, Japan GDP, Portugal storm). Spells the main event 'Odessa'. dc:creator only on some items.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2026-02-18 21:10", "Norway stretches lead at top of Winter Olympics medal table",
    ["Norway won two more gold medals in cross-country skiing on Wednesday to extend its lead at the top of the medal table at the Milan-Cortina Winter Olympics."],
    "winter-olympics-medal-table-2026-02-18", a="Fergus Hale", n="sport", cat="Sport"),
  E("2026-02-18 18:35", "Odessa death toll climbs to seven after overnight Russian barrage",
    ["The number of people killed in a Russian drone and missile attack on the Ukrainian port city of Odessa has risen to seven, local officials said on Wednesday evening, with more than two dozen injured.",
     "Ukrainian President Volodymyr Zelensky said the attack showed Moscow was \"not preparing for peace\" and urged allies to speed up deliveries of air-defence missiles."],
    "strikes", "strikes", 3, ODESA, a="Leonie Marsh", n="toll 7; spelling 'Odessa'"),
  OFF("2026-02-18 15:50", "Ramadan begins as Gulf states confirm moon sighting",
    ["Saudi Arabia and neighbouring Gulf states announced the start of the holy month of Ramadan after religious authorities confirmed the sighting of the new crescent moon."],
    "ramadan-start-2026", n="religion", cat="Middle East"),
  E("2026-02-18 13:20", "EU agrees fresh sanctions on Russia's 'shadow fleet' and banks",
    ["European Union governments agreed on Wednesday to a 20th round of sanctions against Russia, targeting more than 100 additional tankers in its so-called shadow fleet as well as several banks outside the bloc."],
    "diplomacy", "diplomacy", 3, SANCT, a="Leonie Marsh"),
  OFF("2026-02-18 10:05", "Japan's economy returns to growth in final quarter of 2025",
    ["Japan's economy grew at an annualised rate of 1.2% in the October-December quarter, preliminary government data showed, rebounding from a contraction in the previous three months."],
    "japan-gdp-q4-2025", n="economy", cat="Business"),
  OFF("2026-02-18 07:30", "Storm brings flooding and power cuts to northern Portugal",
    ["Heavy rain and gale-force winds battered northern Portugal overnight, flooding streets in Porto and leaving tens of thousands of homes without electricity."],
    "portugal-storm-2026-02-18", n="weather", cat="Europe"),
  ]))

SEEDS.append(dict(
  id="12723", name="12723_hexley-article", ext="txt", source="Hexley Tribune", zone="Europe/Berlin", render=r_article_txt,
  title="Odesa counts its dead as Brussels tightens the screws on Moscow",
  lede="Seven people died in the latest Russian attack on Ukraine's main port city. In Brussels, EU governments finally agreed a new round of sanctions, and Germany's defence minister brought air defence to Kyiv.",
  byline="By Lotte Brandauer and Samir Okonjo", author="Lotte Brandauer and Samir Okonjo",
  dateline="18 February 2026, 17:40 CET", dateline_t="2026-02-18 17:40",
  caption="A damaged residential building in Odesa on Wednesday. Photo: Hexley Tribune",
  more="Read more: Our explainer on how EU sanctions packages are negotiated",
  basis="no per-section time: the dateline '18 February 2026, 17:40 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). Text article with three section headings; each section is one entry (headline = heading), stamp null, published = the dateline time. The page byline (two names) is every section's author, kept as one string without 'By'. The photo caption after the first section and the closing 'Read more' line are chrome.",
  not_entries=["outlet name and breadcrumb", "page title", "lede paragraph", "byline 'By Lotte Brandauer and Samir Okonjo'", "dateline '18 February 2026, 17:40 CET'",
               "share line", "photo caption 'A damaged residential building in Odesa on Wednesday. Photo: Hexley Tribune'", "'Read more: ...' related link", "footer"],
  entries=[
  E("2026-02-18 17:40", "Seven dead, dozens injured",
    ["The death toll from the overnight Russian attack on Odesa rose to seven on Wednesday afternoon, the city's military administration said, after rescue teams recovered two bodies from a damaged apartment block.",
     "The attack, carried out with around 50 drones and several ballistic missiles according to Ukraine's air force, also damaged berths at the city's port and a bulk carrier loading grain.",
     "Zelensky accused Russia of striking the city \"while its envoys talk about peace\"."],
    "strikes", "strikes", 3, ODESA, a="Lotte Brandauer and Samir Okonjo", n="toll 7"),
  E("2026-02-18 17:40", "A 20th package, at last",
    ["After weeks of haggling, EU ambassadors in Brussels approved the bloc's 20th sanctions package against Russia on Wednesday.",
     "Diplomats said the final text lists more than 100 additional tankers and restricts dealings with banks in third countries. The maritime services ban that the Commission proposed in January was softened into a phased approach after objections from Greece and Malta."],
    "diplomacy", "diplomacy", 3, SANCT, a="Lotte Brandauer and Samir Okonjo"),
  E("2026-02-18 17:40", "Pistorius brings air defence to Kyiv",
    ["German Defence Minister Boris Pistorius used a visit to Kyiv to announce two further IRIS-T systems and extra missiles worth about \u20ac1.1 billion.",
     "Germany is Ukraine's largest military backer in Europe. Pistorius said the systems would be paid for from this year's budget and delivered by early summer."],
    "aid", "aid", 3, GERAID, a="Lotte Brandauer and Samir Okonjo", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- Day 2: 2026-02-19
SEEDS.append(dict(
  id="12730", name="12730_dravesby-htmllive", ext="html", source="Dravesby Post", zone="Europe/Warsaw", render=r_dravesby,
  title="Ukraine live: guided bombs hit Sloviansk; prisoners come home in UAE-brokered swap",
  dateline="Thursday, 19 February 2026", tznote="All times are Warsaw time (CET).",
  lede="Our reporters follow the war in Ukraine and its impact on Poland through the day.",
  basis="time '{s}' in the meta line under the headline; zone from the footer note 'All times are Warsaw time (CET)' (CET = UTC+1); date from 'Thursday, 19 February 2026'; local {d} in {z}",
  notes="Invented outlet (Poland). HTML live blog without JSON-LD, newest first. Each post: h2 headline, then a meta line 'By NAME \u00b7 18:15' (time AFTER the headline); the zone is stated only in a note at the end of the page. 12730-01 is a 'Photos:' gallery teaser without text (meta line has only the time; author null). 12730-05 continues day 1's Odesa story with a new development (search over, toll 9, mourning): same story slug as day 1. 12730-02 (Polish jets scrambled) is other/security with secondary strikes.",
  not_entries=["cookie consent bar", "header and navigation", "page title", "date line 'Thursday, 19 February 2026'", "lead paragraph", "meta lines 'By NAME \u00b7 HH:MM'",
               "gallery placeholder '[Gallery: 12 photos]'", "'Also read' box", "zone note 'All times are Warsaw time (CET).'", "'Yesterday\u2019s live coverage' link", "footer"],
  entries=[
  E("2026-02-19 20:40", "Photos: Sloviansk counts the damage", [], "strikes", "strikes", 1, SLOV, n="photo-gallery teaser without text"),
  E("2026-02-19 18:15", "Polish fighter jets scrambled as Russia strikes western Ukraine",
    ["Poland's operational command said it had scrambled fighter jets and put ground-based air defences on alert as Russia launched missiles at targets in western Ukraine.",
     "The command said Polish airspace had not been violated. Officials in the Lviv region reported explosions near an energy facility."],
    "other", "security", 2, "poland-scrambles-jets-2026-02-19", a="Marta Zielonka", sec=["strikes"]),
  E("2026-02-19 15:35", "Sloviansk bombing: four dead, including a teenager",
    ["Four people, among them a 16-year-old boy, were killed when Russian guided bombs hit the centre of Sloviansk around midday, Donetsk regional governor Vadym Filashkin said.",
     "At least 19 people were wounded. The bombs struck near a market and a post office, and several nearby houses caught fire."],
    "strikes", "strikes", 3, SLOV, a="Marta Zielonka", n="toll 4"),
  E("2026-02-19 13:10", "Ukraine and Russia swap 150 prisoners each in UAE-brokered deal",
    ["Ukraine and Russia exchanged 150 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, both sides said.",
     "Zelensky said the returning Ukrainians included soldiers captured in the Mariupol area in 2022. Russia's defence ministry said its servicemen had been taken to Belarus before being flown home."],
    "diplomacy", "diplomacy", 3, PRIS, a="Tomasz Ryba"),
  E("2026-02-19 11:20", "Odesa mourns as search ends; nine confirmed dead",
    ["Odesa observed a day of mourning on Thursday after rescuers ended their search of the apartment block hit in Tuesday night's Russian attack, with the death toll now at nine.",
     "Flags flew at half mast and entertainment events were cancelled. The city's port resumed partial operations in the morning."],
    "strikes", "strikes", 3, ODESA, a="Tomasz Ryba", n="continuation of day 1's story with a new development (toll 9, mourning)"),
  E("2026-02-19 09:05", "Tusk: Poland will keep paying for Ukraine's Starlink terminals",
    ["Prime Minister Donald Tusk said Poland would continue to cover the cost of Starlink satellite internet for Ukraine's armed forces for the rest of the year.",
     "Warsaw has paid for most of the terminals used by Ukrainian units since 2022. Tusk put this year's bill at around 100 million z\u0142oty."],
    "aid", "aid", 2, "poland-starlink-funding-2026-02-19", a="Marta Zielonka"),
  ]))

SEEDS.append(dict(
  id="12731", name="12731_oxenhope-worldatom", ext="xml", source="Oxenhope Daily", zone="America/Toronto", render=r_atom,
  title="Oxenhope Daily \u2013 World", url="https://oxenhope-daily.example", nid=7702,
  lede="World news from the Oxenhope Daily",
  basis="Atom <published> '{s}' (explicit -05:00 offset = EST); local {d} in {z}",
  notes="Invented outlet (Canada). General world Atom feed, newest first, <published> with -05:00. The war is a minority: 4 of 6 entries are off-beat (Olympic curling, rail funding, Ontario snowstorm, Asian markets). Spells the main event 'Slavyansk' (and names the Ukrainian form Sloviansk in the body). Authors only on some entries. The earliest entry (00:30 local) is 05:30 UTC, still 19 February.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link/id/updated elements"],
  entries=[
  OFF("2026-02-19 13:30", "Canadian rink advances to Olympic curling semifinal",
    ["Canada's men's curling team secured a place in the semifinals at the Milan-Cortina Winter Olympics with a win over Switzerland on Thursday."],
    "olympic-curling-canada-2026-02-19", a="Ravi Tennant", n="sport"),
  OFF("2026-02-19 11:45", "Ottawa funds design work for high-speed rail line",
    ["The federal government will spend $3.9 billion on the next design phase of a high-speed rail line between Toronto and Quebec City, the transport minister said on Thursday."],
    "canada-high-speed-rail-2026-02-19", a="Jo\u00eblle Fortier", n="Canadian infrastructure"),
  E("2026-02-19 09:20", "Russia and Ukraine exchange 300 prisoners of war",
    ["Russia and Ukraine swapped 300 prisoners of war on Thursday, 150 from each side, in an exchange brokered by the United Arab Emirates.",
     "It was the first exchange of the year."],
    "diplomacy", "diplomacy", 3, PRIS),
  E("2026-02-19 07:00", "Russian bombs kill two in Slavyansk, eastern Ukraine",
    ["Russian aircraft dropped guided bombs on the city of Slavyansk in eastern Ukraine on Thursday, killing at least two people, Ukrainian officials said.",
     "The city, known in Ukrainian as Sloviansk, lies about 20 kilometres from the front line and is one of the last large towns in the Donetsk region under Kyiv's control."],
    "strikes", "strikes", 3, SLOV, a="Ravi Tennant", n="toll 2; spelling 'Slavyansk'"),
  OFF("2026-02-19 04:15", "Snowstorm shuts schools across southern Ontario",
    ["School boards across the Greater Toronto Area cancelled classes and buses on Thursday as a winter storm dropped up to 30 centimetres of snow on southern Ontario."],
    "ontario-snowstorm-2026-02-19", a="Jo\u00eblle Fortier", n="weather"),
  OFF("2026-02-19 00:30", "Asian shares mixed in holiday-thinned trade",
    ["Stock markets in Asia traded mixed on Thursday, with volumes thin as mainland Chinese markets remained closed for the Lunar New Year holiday."],
    "asian-markets-2026-02-19", n="markets"),
  ]))

SEEDS.append(dict(
  id="12732", name="12732_wilmcote-textlive", ext="txt", source="Wilmcote Courier", zone="Europe/London", render=r_wilmcote,
  title="Ukraine war live: Russian guided bombs strike Sloviansk; Rubio and Lavrov speak",
  dateline="Thursday 19 February 2026", byline="By Hattie Brannock and Yevhen Sorokopud",
  lede="Follow the day's developments in Russia's war against Ukraine. All times GMT.",
  basis="stamp '{s}' (UK style 12-hour clock; 'All times GMT' printed in the lede, GMT = UTC) on the date line 'Thursday 19 February 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, oldest first; a UK-style time line ('7.50am', '1.20pm') before each headline; one page byline with two names, used as every entry's author (one string, without 'By'). 12732-02 is a re-post of day 1's 12721-04 (Scarrowmede Observer), verbatim headline and text: importance 1, same story slug (duplicate_of null because duplicate_of is defined within one seed). 12732-04 is a theme piece on the Donetsk 'fortress belt' that mentions the Sloviansk bombing but is its own story. 12732-06 repeats 12732-03 nearly verbatim. 12732-01 (Kramatorsk bus) is a different strike in the same region: must not merge with Sloviansk.",
  not_entries=["outlet name and navigation", "page title", "date line", "byline 'By Hattie Brannock and Yevhen Sorokopud'", "lede ('... All times GMT.')",
               "newsletter promo after the third post", "closing line 'That\u2019s all from us today ...'", "footer"],
  entries=[
  E("2026-02-19 07:50", "Drone hits bus in Kramatorsk, killing driver",
    ["A Russian drone struck a city bus in Kramatorsk early on Thursday, killing the driver and injuring five passengers, the city's military administration said.",
     "Kramatorsk, like its neighbour Sloviansk, has come under increasingly frequent drone attacks as Russian units have moved closer."],
    "strikes", "strikes", 3, "kramatorsk-bus-drone-strike-2026-02-19", a="Hattie Brannock and Yevhen Sorokopud",
    n="same region, other strike (drone on a bus, morning): must not merge with the Sloviansk bombing; deadly -> importance 3"),
  E("2026-02-19 09:15", "Pistorius arrives in Kyiv, promises air defence before spring",
    ["Germany's defence minister, Boris Pistorius, arrived in Kyiv on Wednesday morning and said Ukraine would receive more air-defence equipment before the spring.",
     "\"The attack on Odesa last night shows exactly why this cannot wait,\" Pistorius told reporters at the railway station. Details of the package would be announced later in the day, he said."],
    "aid", "aid", 1, GERAID, a="Hattie Brannock and Yevhen Sorokopud", sec=["diplomacy"],
    n="re-post of day-1 entry 12721-04 (verbatim headline and text): importance 1, same story"),
  E("2026-02-19 11:05", "Guided bombs strike centre of Sloviansk",
    ["Russian guided bombs struck the centre of Sloviansk in the Donetsk region around midday local time, killing at least one person, regional officials said.",
     "Pictures posted by local officials showed a burning market hall and damaged cars. Rescue teams are at the scene."],
    "strikes", "strikes", 3, SLOV, a="Hattie Brannock and Yevhen Sorokopud", n="first report; toll 1"),
  E("2026-02-19 13:20", "Analysis: The fortress belt under fire",
    ["Today's bombing of Sloviansk is a reminder of how exposed the last cities of Ukraine's Donetsk 'fortress belt' have become.",
     "Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka form a chain of industrial towns that Ukraine has fortified since 2014. Russian gains to the south and east have brought all four within range of glide bombs and first-person-view drones.",
     "Military analysts say Moscow is trying to make the towns unliveable before any ground assault, much as it did in Bakhmut and Avdiivka."],
    "other", "frontline", 2, "analysis-donetsk-fortress-belt", a="Hattie Brannock and Yevhen Sorokopud", sec=["strikes"],
    n="theme piece (analysis); mentions the Sloviansk bombing but is its own story: must not merge with it"),
  E("2026-02-19 15:10", "Rubio and Lavrov discuss 'next steps' in phone call",
    ["US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke by phone on Thursday about the \"next steps\" in talks on ending the war, Russia's foreign ministry said.",
     "The ministry said Lavrov had stressed that any settlement must address what Moscow calls the root causes of the conflict."],
    "diplomacy", "diplomacy", 3, RUBIO, a="Hattie Brannock and Yevhen Sorokopud"),
  E("2026-02-19 16:00", "Guided bombs strike centre of Sloviansk",
    ["Russian guided bombs struck the centre of Sloviansk in the Donetsk region around midday local time, killing at least one person, regional officials said.",
     "Pictures posted by local officials showed a burning market hall and damaged cars. Rescue teams were at the scene."],
    "strikes", "strikes", 1, SLOV, a="Hattie Brannock and Yevhen Sorokopud", dup="12732-03", n="near-verbatim repeat of 12732-03"),
  E("2026-02-19 17:30", "Sloviansk toll rises to five; UN office condemns attack",
    ["The number of people killed in the Sloviansk bombing has risen to five, Donetsk governor Vadym Filashkin said, with 23 wounded.",
     "The UN humanitarian office in Ukraine said it was \"appalled\" by an attack on a busy city centre in the middle of the day."],
    "strikes", "strikes", 3, SLOV, a="Hattie Brannock and Yevhen Sorokopud", n="toll 5; reaction"),
  ]))

SEEDS.append(dict(
  id="12733", name="12733_sabrecroft-rss", ext="xml", source="Sabrecroft News Agency", zone="Europe/Kyiv", render=r_rss, rfc="num",
  title="Sabrecroft News Agency \u2013 Ukraine", url="https://sabrecroft.example", guid="sna-20260219", nid=61020,
  lede="English-language service of the Sabrecroft News Agency",
  basis="RSS pubDate '{s}' (explicit +0200 offset = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Kyiv news agency). RSS 2.0, newest first, pubDate with +0200, dc:creator per item. Spells the main event 'Slovyansk'. 12733-05 continues day 1's Odesa story (toll 9, search over). 12733-03 (Dutch drone funding) is the same aid theme as day 1's German air-defence package but another event: must not merge.",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  E("2026-02-19 22:30", "Slovyansk strike toll rises to six \u2014 regional governor",
    ["A sixth person has died in hospital after Thursday's Russian guided-bomb attack on Slovyansk, Donetsk regional governor Vadym Filashkin said in the evening.",
     "Twenty-four people were wounded, he said."],
    "strikes", "strikes", 3, SLOV, a="Iryna Babenko", n="toll 6; spelling 'Slovyansk'"),
  E("2026-02-19 20:10", "Rubio, Lavrov agree to keep talks channel open \u2014 State Department",
    ["US Secretary of State Marco Rubio told Russian Foreign Minister Sergei Lavrov in a phone call that Washington expected progress towards a ceasefire \"within weeks, not months\", the State Department said."],
    "diplomacy", "diplomacy", 3, RUBIO, a="Denys Kolomiiets"),
  E("2026-02-19 17:40", "Netherlands commits \u20ac350 million to Ukrainian drone production",
    ["The Netherlands will provide \u20ac350 million this year to finance the production of long-range and interceptor drones by Ukrainian manufacturers, the Dutch defence ministry said."],
    "aid", "aid", 2, "netherlands-drone-production-funding-2026-02-19", a="Denys Kolomiiets",
    n="same theme (military aid) as day 1's German package, other event: must not merge"),
  E("2026-02-19 15:05", "Ukraine brings home 150 defenders in latest exchange",
    ["One hundred and fifty Ukrainian servicemen returned home on Thursday in a prisoner exchange with Russia mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "The Coordination Headquarters for the Treatment of Prisoners of War said most of those freed had been held for more than two years."],
    "diplomacy", "diplomacy", 3, PRIS, a="Iryna Babenko"),
  E("2026-02-19 12:20", "Odesa attack toll reaches nine as search ends",
    ["Rescuers in Odesa have finished searching the apartment block hit in Tuesday night's Russian attack, and the number of dead has risen to nine, the regional military administration said.",
     "Thursday was declared a day of mourning in the city."],
    "strikes", "strikes", 3, ODESA, a="Iryna Babenko", n="continuation of day 1's story with a new development (toll 9)"),
  E("2026-02-19 09:00", "Russia says it downed 47 Ukrainian drones over Bryansk, Kursk regions",
    ["Russia's defence ministry said its air defences destroyed 47 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions bordering Ukraine.",
     "The Bryansk governor said a fuel depot had been damaged, with no casualties."],
    "strikes", "strikes", 2, "russia-downs-drones-bryansk-kursk-2026-02-19", a="Denys Kolomiiets"),
  ]))

# ---------------------------------------------------------------- Day 3: 2026-03-13
SEEDS.append(dict(
  id="12740", name="12740_lanthorpe-ldlive", ext="html", source="Lanthorpe Herald", zone="America/New_York", render=r_lanthorpe,
  title="Live updates: Russian missiles kill civilians in Zaporizhzhia as Ukraine-Russia talks resume in Istanbul",
  url="https://lanthorpe-herald.example/world/live-ukraine-zaporizhzhia-istanbul-talks",
  dateline="Updated March 13, 2026",
  lede="The latest on Russia's war in Ukraine, from wire reports and our staff.",
  basis="visible stamp '{s}' ('EDT' printed = UTC-4; US daylight time began March 8) on the page date 'Updated March 13, 2026'; the JSON-LD update times are the page's own and are ignored; local {d} in {z}",
  notes="Invented outlet (US). HTML live page, newest first; per-post '3:20 p.m. EDT', h3 headline, author line. JSON-LD LiveBlogPosting whose liveBlogUpdate items all carry the PAGE's headline and datePublished (a producer quirk): entry times must come from the visible stamps. DST trap: EDT (UTC-4), not EST. Spells the main event 'Zaporizhia' in 12740-06. 12740-04 (Ukrainian drones on occupied Berdiansk) is in the same region but another strike in the other direction: must not merge with the Zaporizhzhia strike.",
  not_entries=["header and navigation, Subscribe", "'LIVE UPDATES' label", "page title", "'Updated March 13, 2026'", "dek 'The latest on Russia's war ...'",
               "breaking-news promo after the second post", "footer"],
  entries=[
  E("2026-03-13 15:20", "Zaporizhzhia death toll rises to nine",
    ["The number of people killed by Friday morning's Russian missile strike on Zaporizhzhia has risen to nine, regional governor Ivan Fedorov said, after a woman died in hospital.",
     "More than 40 people were injured. Fedorov declared Saturday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Dana Whitcombe", n="toll 9"),
  E("2026-03-13 13:05", "Nordic and Baltic allies buy $500 million in U.S. weapons for Kyiv",
    ["Eight Nordic and Baltic countries will jointly fund a $500 million package of American weapons for Ukraine, including Patriot interceptors, through NATO's arrangement for buying U.S. equipment, the alliance said.",
     "NATO Secretary General Mark Rutte called the package \"exactly the kind of burden-sharing Washington has asked for.\""],
    "aid", "aid", 3, PURL, a="Marcus Oyelaran"),
  E("2026-03-13 11:30", "Istanbul talks end without deal on energy truce, Ukrainian side says",
    ["Talks between Ukrainian and Russian delegations in Istanbul ended on Friday afternoon without agreement on a proposed halt to strikes on energy facilities, a member of the Ukrainian team said.",
     "The two sides agreed to meet again, possibly later this month. The U.S. envoy Steve Witkoff, who attended the session, did not comment."],
    "diplomacy", "diplomacy", 3, TALKS, a="Dana Whitcombe"),
  E("2026-03-13 09:10", "Ukrainian drones hit Russian-held port of Berdiansk",
    ["Ukraine's military said its drones struck fuel storage tanks and a patrol boat in the Russian-occupied port of Berdiansk on the Sea of Azov.",
     "The Moscow-installed authorities in the occupied part of the Zaporizhzhia region reported a fire at the port but no casualties."],
    "strikes", "strikes", 2, "berdiansk-port-drone-strike-2026-03-13", a="Marcus Oyelaran",
    n="same region (Zaporizhzhia oblast), other strike and direction: must not merge with the Zaporizhzhia city strike"),
  E("2026-03-13 06:45", "Ukraine, Russia delegations meet in Istanbul with U.S. envoy present",
    ["Delegations from Ukraine and Russia began a new round of talks in Istanbul on Friday, with U.S. special envoy Steve Witkoff attending, Turkey's foreign ministry said.",
     "Ukraine's team is led by Rustem Umerov, secretary of the National Security and Defense Council; Russia's by presidential aide Vladimir Medinsky. The agenda centers on a possible moratorium on strikes against energy infrastructure."],
    "diplomacy", "diplomacy", 3, TALKS, a="Dana Whitcombe"),
  E("2026-03-13 04:30", "Russian missiles hit Zaporizhia; three dead",
    ["Russian missiles struck the southeastern Ukrainian city of Zaporizhia on Friday morning, killing three people and damaging an industrial plant and apartment buildings, local officials said."],
    "strikes", "strikes", 3, ZAP, a="Marcus Oyelaran", n="toll 3; spelling 'Zaporizhia'"),
  ]))

SEEDS.append(dict(
  id="12741", name="12741_quarrick-textlive", ext="txt", source="Quarrick Evening Post", zone="Europe/Kyiv", render=r_quarrick,
  title="Ukraine live: deadly missile strike on Zaporizhzhia", dateline="Friday 13 March \u00b7 Kyiv time", parse_args=["--date", "2026-03-13"],
  lede="Russian missiles hit Zaporizhzhia in the morning; a drone kills a man in Belgorod; fighting near Kostiantynivka.",
  basis="bare stamp '{s}' (Kyiv time stated in the date line, EET = UTC+2) on 'Friday 13 March' (no year printed; parse_args gives 2026-03-13); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Friday 13 March \u00b7 Kyiv time' with NO year anywhere on the page (parse_args --date 2026-03-13). Each post: headline, then 'Posted 09.55 by NAME' (24-hour clock with a dot), then the body. 12741-02 is a 'Video:' teaser without text. 12741-05 is a theme piece on why Zaporizhzhia is targeted (mentions today's strike, own story). 12741-06 repeats 12741-01 nearly verbatim (shortened second paragraph). 12741-03 (Belgorod) is a deadly strike inside Russia: single-page importance 3.",
  not_entries=["outlet name and navigation", "page title", "date line 'Friday 13 March \u00b7 Kyiv time'", "lede", "'Posted HH.MM by NAME' lines", "video placeholder '[Video, 0:58]'",
               "membership promo after the fourth post", "'Live coverage has now ended.'", "footer"],
  entries=[
  E("2026-03-13 09:55", "Explosions in Zaporizhzhia as missiles strike city",
    ["A series of explosions shook Zaporizhzhia this morning as Russian missiles hit the city, regional governor Ivan Fedorov said on Telegram.",
     "Fedorov said there were casualties and that several fires had broken out, including at an industrial site. An air-raid alert remains in force."],
    "strikes", "strikes", 3, ZAP, a="Solomiia Hrytsenko", n="first report; casualties, no number"),
  E("2026-03-13 10:40", "Video: Smoke rises over Zaporizhzhia after strike", [], "strikes", "strikes", 1, ZAP, a="Solomiia Hrytsenko", n="video teaser without text"),
  E("2026-03-13 12:15", "Belgorod governor reports one dead after drone hits car",
    ["The governor of Russia's Belgorod region, Vyacheslav Gladkov, said a man was killed when a Ukrainian drone struck his car near the border town of Shebekino.",
     "Ukraine does not usually comment on individual attacks inside Russia."],
    "strikes", "strikes", 3, "belgorod-drone-car-death-2026-03-13", a="Piet Hamersley",
    n="deadly strike on the other side: must not merge with the Zaporizhzhia strike"),
  E("2026-03-13 14:00", "Zaporizhzhia: six dead, dozens hurt",
    ["The death toll from this morning's missile strike on Zaporizhzhia has risen to six, with 37 people injured, Fedorov said.",
     "Among the dead were two employees of an engineering plant that was hit in the attack. Two apartment buildings nearby were badly damaged."],
    "strikes", "strikes", 3, ZAP, a="Solomiia Hrytsenko", n="toll 6"),
  E("2026-03-13 15:30", "Analysis: Why Zaporizhzhia remains a target",
    ["Today's strike is the third deadly attack on Zaporizhzhia this month, and the pattern is not hard to explain.",
     "The city sits about 30km from the front line, within easy range of Russian glide bombs and short-range missiles. It is also home to heavy industry that Russia says serves Ukraine's military, a claim Kyiv rejects.",
     "Moscow also claims the whole Zaporizhzhia region as its own, although it holds only part of it, and has demanded that Ukraine withdraw."],
    "strikes", "strikes", 2, "analysis-zaporizhzhia-frontline-city", a="Piet Hamersley",
    n="theme piece (analysis); mentions today's strike but is its own story: must not merge with it"),
  E("2026-03-13 17:10", "Explosions in Zaporizhzhia as missiles strike city",
    ["A series of explosions shook Zaporizhzhia this morning as Russian missiles hit the city, regional governor Ivan Fedorov said on Telegram.",
     "Fedorov said there were casualties and that several fires had broken out, including at an industrial site."],
    "strikes", "strikes", 1, ZAP, a="Solomiia Hrytsenko", dup="12741-01", n="near-verbatim repeat of 12741-01"),
  E("2026-03-13 19:00", "Ukrainian army says it repelled assault near Kostiantynivka",
    ["Ukraine's army said its troops had repelled a Russian mechanised assault south of Kostiantynivka in the Donetsk region, destroying several armoured vehicles.",
     "Russia's defence ministry said its forces were continuing an offensive in the area."],
    "other", "frontline", 2, "kostiantynivka-assault-repelled-2026-03-13", a="Piet Hamersley"),
  ]))

SEEDS.append(dict(
  id="12742", name="12742_bellmarsh-worldrss", ext="xml", source="Bellmarsh World Wire", zone="UTC", render=r_rss, rfc="num",
  title="Bellmarsh World Wire", url="https://bellmarsh-wire.example", guid="bww-20260313", nid=90450,
  lede="International headlines from Bellmarsh World Wire",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate +0000. The war is a minority: 4 of 6 items are off-beat (Academy Awards, Madagascar cyclone, Indian inflation, Chinese Grand Prix). Spells the main event 'Zaporozhye' (Russian form).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2026-03-13 21:40", "Hollywood readies for Sunday's Academy Awards",
    ["Hollywood put the final touches on preparations for Sunday's Academy Awards, with organisers promising a shorter ceremony and a first-ever prize for casting."],
    "academy-awards-2026-preview", n="entertainment", cat="Culture"),
  E("2026-03-13 18:10", "Zaporozhye strike toll reaches eight",
    ["Eight people were killed and more than 40 wounded in a Russian missile attack on the Ukrainian city of Zaporozhye on Friday, according to Ukrainian officials.",
     "Russia's defence ministry said it had struck enterprises producing drones for the Ukrainian army, a claim that could not be verified."],
    "strikes", "strikes", 3, ZAP, a="Elif Marston", n="toll 8; spelling 'Zaporozhye'"),
  OFF("2026-03-13 15:00", "Cyclone brings flooding to northern Madagascar",
    ["A tropical cyclone made landfall on Madagascar's northern coast on Friday, bringing torrential rain and forcing thousands of people from their homes."],
    "madagascar-cyclone-2026-03-13", n="weather", cat="Africa"),
  E("2026-03-13 12:45", "Ukraine and Russia open Istanbul talks on halting energy strikes",
    ["Ukrainian and Russian negotiators met in Istanbul on Friday for talks focused on a possible mutual halt to attacks on power plants, refineries and other energy sites, with a US envoy in the room."],
    "diplomacy", "diplomacy", 3, TALKS, a="Elif Marston"),
  OFF("2026-03-13 09:30", "India's inflation eases to four-month low",
    ["India's annual consumer price inflation eased in February to its lowest level in four months as vegetable prices fell, government data showed."],
    "india-inflation-2026-02", n="economy", cat="Business"),
  OFF("2026-03-13 06:15", "Practice begins in Shanghai ahead of Chinese Grand Prix",
    ["Practice began in Shanghai on Friday ahead of Sunday's Chinese Grand Prix, the second race of the Formula One season."],
    "chinese-grand-prix-2026", n="sport", cat="Sport"),
  ]))

SEEDS.append(dict(
  id="12743", name="12743_cradlemere-article", ext="html", source="Cradlemere Review", zone="Europe/Paris", render=r_cradlemere,
  title="Zaporizhzhia buries its dead while negotiators talk in Istanbul", author="\u00c9lodie Marchand", dateline_t="2026-03-13 18:25",
  lede="A Russian missile strike killed eight people in the south-eastern Ukrainian city on Friday, on the day Kyiv and Moscow discussed an energy truce.",
  caption="Rescuers at a damaged apartment building in Zaporizhzhia on 13 March. Photo: Cradlemere Review",
  more="Read also: Three questions on an energy-strike moratorium",
  basis="no per-section time: 'Published on 13 March 2026 at 18:25 (Paris time)' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (France, English edition). HTML article with NewsArticle JSON-LD; three h2 sections, one entry each (headline = heading), stamp null, published = the page's publication time; the page byline is every section's author. The photo caption and the 'Read also' link are chrome.",
  not_entries=["header and navigation", "rubric 'International \u00b7 War in Ukraine'", "page title", "standfirst", "byline", "'Published on 13 March 2026 at 18:25 (Paris time)'",
               "share line", "photo caption", "'Read also: ...' link", "footer"],
  entries=[
  E("2026-03-13 18:25", "A city under the missiles",
    ["Eight people were killed on Friday when Russian missiles struck Zaporizhzhia, the largest city in the part of the region that Ukraine still controls.",
     "The missiles hit an engineering works and two residential buildings in the Oleksandrivskyi district. Governor Ivan Fedorov said rescue work would continue into the evening."],
    "strikes", "strikes", 3, ZAP, a="\u00c9lodie Marchand", n="toll 8"),
  E("2026-03-13 18:25", "In Istanbul, a first discussion of an energy truce",
    ["In Istanbul, delegations led by Rustem Umerov and Vladimir Medinsky spent more than four hours discussing a possible moratorium on strikes against energy infrastructure.",
     "Neither side announced a deal. Turkish officials said a follow-up meeting was likely before the end of March."],
    "diplomacy", "diplomacy", 3, TALKS, a="\u00c9lodie Marchand"),
  E("2026-03-13 18:25", "Europe pays for American arms",
    ["Denmark, Finland, Iceland, Norway, Sweden and the three Baltic states announced on Friday that they would finance $500 million of US-made weapons for Ukraine.",
     "The purchase goes through the NATO mechanism set up last year to let allies buy American equipment from US stocks for Kyiv."],
    "aid", "aid", 3, PURL, a="\u00c9lodie Marchand"),
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
            loc = d.strftime("%Y-%m-%d %H:%M:%S" if e["t"].count(":") == 2 else "%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": f"{loc} {S['zone']}",
                         "published_basis": S["basis"].format(s=stamps[i], d=loc, z=S["zone"]),
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


if __name__ == "__main__":
    main()

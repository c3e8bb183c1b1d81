#!/usr/bin/env python3
"""Builds eval/cm seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/cm/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MON]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **x):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, x=x)


def OFF(t, h, p, st, a=None, n="", **x):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **x)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, pad=False, low=False, dots=False, sep=":", space=" "):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "AM" if d.hour < 12 else "PM"
        if low:
            suf = suf.lower()
    return (f"{hh:02d}" if pad else f"{hh}") + f"{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(h):
    return re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")[:70]


# ============================================================ Part A renderers (layout imitations, own wording)

def r_telegraph(S):  # The Telegraph (Kolkata) topic page, text scrape; body first, then 'AGENCY  |  Place  |  Published 05.06.22, 04:20 AM'
    z = S["zone"]
    L = ["Skip to main content", "The Telegraph Online", S["clock"],
         "Home  India  World  Opinion  Business  Sports  Entertainment  Science & Tech  Culture  Health  Education  My Kolkata  Edugraph  E-Paper",
         "Subscribe  |  Sign In", "", "Home / Topic / Ukraine-Russia Conflict", "", S["title"], S["blurb"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%y}, {h12(d, pad=True)}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"{e['a']}  |  {e['x']['pl']}  |  Published {st}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Follow us on:  Facebook  Twitter  Instagram  YouTube  Telegram", "",
          "This site uses cookies so that we can give you a better reading experience. Continue browsing if you are happy with that.  Got it", "",
          "Copyright \u00a9 2022 The Telegraph. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_deccan(S):  # Deccan Chronicle World > Europe listing, HTML; agency + 'Published Jun 15, 2022, 11:48 pm IST' AFTER the h3, optional 'Updated' line
    z = S["zone"]
    items = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        items.append((e, d, f"https://www.deccanchronicle.com/world/europe/{d:%d%m%y}/{slug(e['h'])}.html"))
    ld = [{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.deccanchronicle.com/"},
              {"@type": "ListItem", "position": 2, "name": "World", "item": "https://www.deccanchronicle.com/world"},
              {"@type": "ListItem", "position": 3, "name": "Europe", "item": "https://www.deccanchronicle.com/world/europe"}]},
          {"@context": "https://schema.org", "@type": "ItemList", "name": "Europe",
           "itemListElement": [{"@type": "ListItem", "position": i + 1, "url": u} for i, (_, _, u) in enumerate(items)]}]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>Europe News, Latest Europe News | Deccan Chronicle</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">']
    out += ['<script type="application/ld+json">' + json.dumps(x, ensure_ascii=False) + '</script>' for x in ld]
    out += ['</head><body>', '<div class="topBar"><span class="todayDate">' + esc(S["clock"]) + '</span> <a href="/epaper">E-Paper</a> <a href="/subscribe">Subscribe</a></div>',
            '<header><a class="logo" href="/">Deccan Chronicle</a>',
            '<nav class="mainMenu"><a href="/">Home</a> <a href="/nation">Nation</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> '
            '<a href="/entertainment">Entertainment</a> <a href="/technology">Technology</a> <a href="/lifestyle">Lifestyle</a> <a href="/opinion">Opinion</a> <a href="/videos">Videos</a> <a href="/photos">Photos</a></nav>',
            '<nav class="subMenu"><a href="/world/neighbours">Neighbours</a> <a href="/world/america">America</a> <a href="/world/europe">Europe</a> '
            '<a href="/world/middle-east">Middle East</a> <a href="/world/asia">Asia</a> <a href="/world/africa">Africa</a> <a href="/world/offbeat">Offbeat</a></nav></header>',
            '<div class="container"><div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/world">World</a> &raquo; Europe</div>',
            f'<h1 class="secHead">{esc(S["title"])}</h1>', '<div class="col-sm-8 listingBlock">']
    stamps = []
    for i, (e, d, u) in enumerate(items):
        st = f"{MON3[d.month - 1]} {d.day}, {d.year}, {h12(d, low=True)} IST"; stamps.append(st)
        upd = ""
        if e["x"].get("upd"):
            du = dt(e["x"]["upd"], z)
            upd = f' <span class="storyUpd">Updated {MON3[du.month - 1]} {du.day}, {du.year}, {h12(du, low=True)} IST</span>'
        out.append(f'<div class="col-sm-12 storyListing"><a href="{u}"><img src="https://s3.ap-southeast-1.amazonaws.com/images.deccanchronicle.com/dc-Cover-{i + 5201}.jpg" alt=""></a>')
        out.append(f'<a href="{u}"><h3 class="storyHead">{esc(e["h"])}</h3></a>')
        out.append(f'<div class="storyMeta"><span class="storyAuthor">{esc(e["a"])}</span> <span class="storyPub">Published {st}</span>{upd}</div>')
        for p in e["p"]:
            out.append(f'<p class="storySummary">{esc(p)}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="adBox">ADVERTISEMENT</div>')
    out += ['<div class="pagination"><a href="?pg=2">Next &raquo;</a></div></div>',
            '<aside class="col-sm-4"><h4>Most Popular</h4><ul><li><a href="/nation/1">Telangana: heavy rain likely in north districts</a></li>'
            '<li><a href="/sports/2">Ranji final: Mumbai bat first</a></li></ul>'
            '<div class="newsletter">Get the latest news in your inbox <input type="email" placeholder="Your email"> <button>Subscribe</button></div></aside></div>',
            '<footer><a href="/about">About Us</a> | <a href="/contact">Contact Us</a> | <a href="/privacy">Privacy Policy</a> | Copyright \u00a9 2022 Deccan Chronicle. All rights reserved.</footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_hans(S):  # The Hans India World RSS 2.0: pubDate +0530, dc:creator, media:content, entity-escaped HTML description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.thehansindia.com/world</link>',
           '<atom:link href="https://www.thehansindia.com/feeds/world.xml" rel="self" type="application/rss+xml" />',
           '<description>Latest World News, Breaking World News Headlines - The Hans India</description>', '<language>en</language>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<copyright>Copyright 2022 The Hans India</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        u = f"https://www.thehansindia.com/world/{slug(e['h'])}-{750300 + i * 17}"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{u}</link>", f'<guid isPermaLink="true">{u}</guid>',
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<pubDate>{st}</pubDate>", "<category>World</category>",
                f'<media:content url="https://assets.thehansindia.com/h-upload/{d:%Y/%m/%d}/{1300100 + i * 7}-world.webp" medium="image" />',
                f"<description>{esc(body)}</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_assam(S):  # The Assam Tribune World listing, text scrape; 'PTI | 10 Aug 2022 8:15 PM GMT' under the headline; body opens with 'Kyiv, Aug 10:' dateline
    z = S["zone"]
    L = ["The Assam Tribune", "Trusted since 1939", S["clock"],
         "Home  Guwahati  North East  Assam  India  World  Business  Sports  Editorial  Opinion  Entertainment  Life & Culture  E-Paper", "Search", "",
         "Home > World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]} {d.year} {h12(d)} GMT"; stamps.append(st)
        L += [e["h"], f"{e['a']} | {st}", ""] + ptxt(e["p"]) + ["Read More", "Share it", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Subscribe to our newsletter for the top stories of the day. Email  Subscribe", "",
          "About Us | Contact Us | Privacy Policy | Terms of Use", "\u00a9 2022 The Assam Tribune. All rights reserved. Powered by Hocalwire"]
    return "\n".join(L) + "\n", stamps


def r_fpj(S):  # Free Press Journal live blog, text scrape; NO YEAR printed; 'Key Highlights'; '11:40 PM IST' line BEFORE the headline; some updates without headline
    z = S["zone"]
    L = ["Free Press Journal",
         "Latest News  Mumbai  India  World  Business  Sports  Entertainment  Lifestyle  Analysis  Education  Indore  Bhopal  Web Stories  E-Paper", "",
         "Home / World", "", S["title"], "FPJ Web Desk", "Follow us on  Google News", "", S["lede"], "", "Key Highlights"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Live Updates", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{h12(d)} IST"; stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + [""] + ptxt(e["p"])
    L += ["Share  Facebook  Twitter  WhatsApp  Telegram  Copy link", "", "Related Stories",
          "Indian students stuck in Ukraine: what happens to their degrees?", "Edible oil prices: why your kitchen budget is rising", "",
          "Free Press Journal | About Us | Contact | Privacy Policy | Terms & Conditions"]
    return "\n".join(L) + "\n", stamps


def r_pioneer(S):  # The Pioneer World RSS 2.0; pubDate in GMT; CDATA paragraphs; dc:creator agency
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.dailypioneer.com/world</link>',
           '<description>The Pioneer: world news</description>', '<language>en-in</language>', f'<pubDate>{S["build"]}</pubDate>',
           '<image><url>https://www.dailypioneer.com/images/logo.png</url><title>The Pioneer</title><link>https://www.dailypioneer.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        u = f"https://www.dailypioneer.com/2022/world/{slug(e['h'])}.html"
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{u}</link>", f"<guid>{u}</guid>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>", "<category><![CDATA[World]]></category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_midday(S):  # mid-day timeline article, HTML, OLDEST FIRST; '<strong>7:05 AM:</strong> text' items with no headline; 'Updated on: 01 November,2022 11:58 PM IST'
    z = S["zone"]; d0 = dt(S["pub_t"], z); du = dt(S["upd_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": du.isoformat(), "author": {"@type": "Organization", "name": "Agencies"},
          "publisher": {"@type": "Organization", "name": "Mid-day", "logo": {"@type": "ImageObject", "url": "https://images.mid-day.com/images/mid-day-logo.png"}},
          "mainEntityOfPage": "https://www.mid-day.com/news/world-news/article/russia-ukraine-war-how-day-251-unfolded-23253417"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">mid-day</a><nav><a href="/mumbai">Mumbai</a> <a href="/news">News</a> <a href="/entertainment">Entertainment</a> '
           '<a href="/sports">Sports</a> <a href="/lifestyle">Lifestyle</a> <a href="/brand-media">Brand Media</a> <a href="/sunday-mid-day">Sunday Mid-day</a> '
           '<a href="/podcast">Podcasts</a> <a href="/photos">Photos</a> <a href="/videos">Videos</a> <a href="/web-stories">Web Stories</a> <a href="/e-paper">E-Paper</a></nav></header>',
           '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/world-news">World News</a> &gt; Article</div>',
           f'<h1>{esc(S["title"])}</h1>', f'<h2 class="synopsis">{esc(S["synopsis"])}</h2>',
           f'<div class="artdetail"><span class="updated">Updated on: {du:%d} {MON[du.month - 1]},{du.year} {h12(du, pad=True)} IST</span>  |  <span class="place">Kyiv</span></div>',
           '<div class="author">Agencies</div>',
           '<div class="share">Share: <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a> | Follow Us</div>',
           '<figure><img src="https://images.mid-day.com/images/images/2022/nov/kyiv-water-queue_d.jpg" alt=""><figcaption>Representational image. Pic/AFP</figcaption></figure>',
           '<div class="article-content">', f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        out.append(f'<p><strong>{st}:</strong> ' + esc(e["p"][0]) + '</p>')
        for p in e["p"][1:]:
            out.append(f'<p>{esc(p)}</p>')
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<p class="disclaimer"><em>This story has been sourced from a third-party syndicated feed (agencies). Mid-day takes no responsibility for the accuracy of its text and may change or remove it at any time.</em></p>',
            '</div>', '<div class="tags">Russia | Ukraine | Kyiv | world news</div>',
            '<section class="related"><h3>Related News</h3><a href="/news/1">Mumbai: Ukrainian dance troupe stranded after visa mix-up</a> '
            '<a href="/news/2">Sunflower oil prices ease in city markets</a></section>',
            '<footer>Copyright \u00a9 2022 Mid-Day Infomedia Ltd. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_navhind(S):  # The Navhind Times (Goa) WordPress 'World' archive; visible date only, time only in <time datetime>; Yoast @graph; 'By Reuters'
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.navhindtimes.in/category/world/", "url": "https://www.navhindtimes.in/category/world/",
         "name": "World Archives - The Navhind Times", "isPartOf": {"@id": "https://www.navhindtimes.in/#website"},
         "breadcrumb": {"@id": "https://www.navhindtimes.in/category/world/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": "https://www.navhindtimes.in/category/world/#breadcrumb",
         "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.navhindtimes.in/"},
                             {"@type": "ListItem", "position": 2, "name": "World"}]},
        {"@type": "WebSite", "@id": "https://www.navhindtimes.in/#website", "url": "https://www.navhindtimes.in/", "name": "The Navhind Times",
         "description": "Goa's Leading English Daily", "inLanguage": "en-US"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} Archives - The Navhind Times</title>',
           '<meta name="robots" content="index, follow">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive category category-world">', f'<div class="top-bar"><span class="today-date">{esc(S["clock"])}</span></div>',
           '<header id="masthead"><a class="logo" href="https://www.navhindtimes.in/">The Navhind Times</a>',
           '<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/category/goa-news/">Goa News</a></li><li><a href="/category/nation/">Nation</a></li>'
           '<li><a href="/category/world/">World</a></li><li><a href="/category/business/">Business</a></li><li><a href="/category/sports/">Sports</a></li>'
           '<li><a href="/category/panorama/">Panorama</a></li><li><a href="/category/edit/">Edit</a></li><li><a href="/epaper/">E-Paper</a></li></ul></nav></header>',
           '<div id="primary" class="content-area"><main id="main">', f'<header class="page-header"><h1 class="page-title">{esc(S["title"])}</h1></header>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        u = f"https://www.navhindtimes.in/{d:%Y/%m/%d}/world/{slug(e['h'])}/"
        out += [f'<article id="post-{660120 + i * 13}" class="post type-post status-publish category-world">',
                f'<h2 class="entry-title"><a href="{u}" rel="bookmark">{esc(e["h"])}</a></h2>',
                f'<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/{slug(e["a"])}/">{esc(e["a"])}</a></span></span> '
                f'<span class="posted-on"><time class="entry-date published" datetime="{d.isoformat()}">{st}</time></span></div>',
                '<div class="entry-summary">'] + [f'<p>{esc(p)}</p>' for p in e["p"]] + [
                f'<a class="more-link" href="{u}">Read More &raquo;</a></div>', '</article>']
    out += ['<nav class="navigation pagination"><a class="next page-numbers" href="/category/world/page/2/">Older posts</a></nav></main></div>',
            '<aside id="secondary"><section class="widget"><h3>Trending</h3><ul><li><a href="/goa-news/1">Mhadei row: all-party meet on Monday</a></li>'
            '<li><a href="/goa-news/2">Shack owners seek extension of season</a></li></ul></section></aside>',
            '<footer>\u00a9 2022 The Navhind Times. All rights reserved. | Designed by Navhind Papers &amp; Publications</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_statesman(S):  # The Statesman World listing, text scrape; 'Agencies | Kyiv | November 18, 2022 11:41 pm' under the headline; no zone printed
    z = S["zone"]
    L = ["The Statesman", "Founded 1875", S["clock"],
         "Home  India  World  Cities  Business  Sports  Entertainment  Opinion  Lifestyle  Technology  Features  Multimedia  e-Paper", "Subscribe  Login", "",
         "Home \u00bb World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON[d.month - 1]} {d.day}, {d.year} {h12(d, low=True)}"; stamps.append(st)
        L += [e["h"], f"{e['a']} | {e['x']['pl']} | {st}", ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Newsletter: get the day's top stories from The Statesman in your inbox.  Sign up", "",
          "About Us  Contact Us  Advertise  Privacy Policy  Terms of Use", "\u00a9 2022 The Statesman Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_gk(S):  # Greater Kashmir article with section headings, HTML; 'Publish Date: Aug 30 2022 11:41PM | Updated Date: ...'; one byline; stamp null per section
    z = S["zone"]; d0 = dt(S["pub_t"], z); du = dt(S["upd_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": du.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Greater Kashmir"},
          "articleSection": "World", "keywords": "Russia, Ukraine, Kherson, IAEA, Zaporizhzhia"}
    gkd = lambda d: f"{MON3[d.month - 1]} {d.day} {d.year} {h12(d, space='')}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Greater Kashmir</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Greater Kashmir</a><nav><a href="/kashmir">Kashmir</a> <a href="/jammu">Jammu</a> <a href="/national">National</a> '
           '<a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/editorial">Editorial</a> '
           '<a href="/health">Health</a> <a href="/education">Education</a> <a href="/photos">Photos</a> <a href="/videos">Videos</a> <a href="/e-paper">E-Paper</a></nav></header>',
           '<main class="story">', '<div class="section-name"><a href="/world">World</a></div>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span> <span class="place">{esc(S["place"])}</span></div>',
           f'<div class="dates">Publish Date: {gkd(d0)} | Updated Date: {gkd(du)}</div>',
           '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>',
           '<figure><img src="https://images.greaterkashmir.com/ukraine-south.jpg" alt=""><figcaption>File photo</figcaption></figure>',
           f'<p class="intro"><strong>{esc(S["lede"])}</strong></p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<div class="tags">Tags: <a>Russia-Ukraine war</a> <a>Kherson</a> <a>IAEA</a></div>',
            '<div class="follow">Follow Greater Kashmir on WhatsApp and get the day\u2019s news first. <a>Join now</a></div>',
            '<section class="more"><h3>More from World</h3><a href="/world/1">Pakistan floods: death toll crosses 1,100</a> <a href="/world/2">Iraq: curfew lifted in Baghdad</a></section>',
            '</main><footer>\u00a9 2022 Greater Kashmir. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_kestrel(S):  # text live, NEWEST FIRST; 'Fri 26 Aug 2022 22.40 BST' line before the headline; 'Posted by NAME' after the body; Key Points
    z = S["zone"]
    L = ["Kestrelford Gazette", "News  World  UK  Politics  Business  Sport  Culture  Opinion  Puzzles", "", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest posts", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS[d.weekday()][:3]} {d.day} {MON3[d.month - 1]} {d.year} {d:%H.%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load earlier posts", "", "Sign up to the Kestrelford Gazette morning briefing", "\u00a9 Kestrelford Gazette 2022 | Terms | Privacy | Cookies"]
    return "\n".join(L) + "\n", stamps


def r_eskdown(S):  # HTML live, OLDEST FIRST; LiveBlogPosting JSON-LD with per-update times; visible <time datetime> 'HH:MM' before h2; 'By NAME' under h2
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"https://eskdowncourier.example/live/2022-08-26#u{i + 1}", "headline": e["h"],
                    "datePublished": d.isoformat(), "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    d0 = dt(S["entries"][0]["t"], z); dl = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "coverageStartTime": d0.isoformat(),
          "coverageEndTime": dl.isoformat(), "datePublished": d0.isoformat(), "dateModified": dl.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Eskdown Courier</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="brand" href="/">Eskdown Courier</a><nav><a href="/ukraine">Ukraine</a> <a href="/war">War</a> <a href="/business">Business</a> '
           '<a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<article class="update" id="u{i + 1}">', f'<time datetime="{d.isoformat()}">{st}</time>', f'<h2>{esc(e["h"])}</h2>',
                f'<p class="by">By {esc(e["a"])}</p>'] + [f'<p>{esc(p)}</p>' for p in e["p"]] + ['<div class="share">Share this update</div>', '</article>']
        if i == 3:
            out.append('<aside class="donate">Independent journalism from Ukraine depends on readers. Become a member</aside>')
    out += ['<p class="end">This live page is closed. Follow tomorrow\u2019s coverage here.</p></main>', '<footer>\u00a9 Eskdown Courier 2022</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_harrowsend(S):  # RSS 2.0 general world feed, pubDate GMT, CDATA paragraphs, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://harrowsend.example/world</link>', '<description>Top world stories from the Harrowsend newsroom</description>',
           '<language>en-gb</language>', f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        u = f"https://harrowsend.example/world/{62011 + i}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{u}</link>", f'<guid isPermaLink="false">hws-{62011 + i}</guid>', f"<pubDate>{st}</pubDate>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_oderbank(S):  # Atom 1.0; <published> with +02:00; escaped HTML content; author per entry
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           '<subtitle>News from Poland and the region, in English</subtitle>', '<link rel="alternate" href="https://oderbank.example/en/"/>',
           '<link rel="self" href="https://oderbank.example/en/feed.atom"/>', '<id>tag:oderbank.example,2022:en</id>', f'<updated>{S["build"]}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://oderbank.example/en/{slug(e["h"])}"/>',
                f"<id>tag:oderbank.example,2022:en-{8850 + i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>",
                f"<author><name>{esc(e['a'])}</name></author>",
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_ambleworth(S):  # text live, NEWEST FIRST; headline, then '11:20 a.m. ET' AFTER the headline; '— NAME' after the body; date line above
    z = S["zone"]
    L = ["AMBLEWORTH HERALD", "World  Politics  Business  Climate  Opinion  Sports  Arts  Newsletters", "", S["title"], S["dateline"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, dots=True)} ET"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}", ""]
    L += ["See more updates", "", "Ambleworth Herald \u00b7 Contact \u00b7 Corrections \u00b7 Terms of Service \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_tannerbeck(S):  # HTML live, OLDEST FIRST, no JSON-LD; '27.08.2022 | 09:15' span above h3; no zone printed (Berlin); no authors
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Tannerbeck Post</title></head><body>',
           '<header><a href="/">Tannerbeck Post</a> <nav><a href="/germany">Germany</a> <a href="/europe">Europe</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/de">Deutsch</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="teaser">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y} | {d:%H:%M}"; stamps.append(st)
        out += ['<div class="ticker-item">', f'<span class="ts">{st}</span>', f'<h3>{esc(e["h"])}</h3>'] + [f'<p>{esc(p)}</p>' for p in e["p"]] + ['</div>']
        if i == 2:
            out.append('<div class="promo">Listen to our daily podcast on the war</div>')
    out += ['</main><footer>Tannerbeck Post \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ashlough(S):  # RSS 2.0 general world feed with +0900 pubDates; plain-text descriptions with entities
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://ashlough.example/world/</link>', '<description>World headlines from the Ashlough World Report, Tokyo</description>',
           '<language>en</language>', f'<lastBuildDate>{S["build"]}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://ashlough.example/world/{d:%Y%m%d}-{i + 31}/</link>", f"<pubDate>{st}</pubDate>",
                "<description>" + esc("\n".join(e["p"])).replace("'", "&#39;") + "</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_article(S):  # text article: title, byline, dateline with time (S['dateline']), lede, section headings; one entry per section; stamp null
    L = [S["masthead"], S["menu"], "", S["title"], S["byline_line"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
    L += S["tail"]
    return "\n".join(L) + "\n", stamps


def r_cressingham(S):  # Atom world feed, Z times, summary + escaped html content, feed-level author only
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           '<link rel="self" href="https://cressingham.example/world.atom"/>', '<id>urn:cressingham:world</id>', f'<updated>{S["build"]}</updated>',
           '<author><name>Cressingham World Desk</name></author>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://cressingham.example/world/{slug(e["h"])}"/>',
                f"<id>urn:cressingham:{40100 + i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>",
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_linthwaite(S):  # HTML live, NEWEST FIRST; @graph JSON-LD with @type array and per-update liveBlogUpdate; visible '9.40pm' in <time>; author per post
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "author": {"@type": "Person", "name": e["a"]},
                    **({"articleBody": " ".join(e["p"])} if e["p"] else {})})
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": "https://linthwaite.example/world/ukraine-live-26-12#article", "headline": S["title"],
         "datePublished": dt(S["entries"][-1]["t"], z).isoformat(), "dateModified": dt(S["entries"][0]["t"], z).isoformat(), "liveBlogUpdate": ups},
        {"@type": "Organization", "@id": "https://linthwaite.example/#org", "name": "Linthwaite Standard"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Linthwaite Standard</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a href="/">Linthwaite Standard</a><nav><a href="/news">News</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, low=True, sep=".", space=""); stamps.append(st)
        out += ['<article class="post">', f'<p class="meta"><time datetime="{d.isoformat()}">{st}</time> <span class="author">{esc(e["a"])}</span></p>',
                f'<h2>{esc(e["h"])}</h2>'] + [f'<p>{esc(p)}</p>' for p in e["p"]] + ['</article>']
    out += ['<p class="more"><a>Show older posts</a></p></main>', '<footer>\u00a9 Linthwaite Standard 2022</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_gorsemere(S):  # text live, OLDEST FIRST, NO YEAR; day headers 'Monday, 26 December'; bare '08:15' line before the headline; one page byline
    z = S["zone"]
    L = ["Gorsemere Daily", "Ukraine  World  Business  Culture  Opinion  Podcasts", "", S["title"], S["byline_line"], "", S["lede"], ""]
    stamps = []; cur = None
    for e in S["entries"]:
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{DAYS[d.weekday()]}, {d.day} {MON[d.month - 1]}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
    L += ["That's all from us for today. Thank you for following.", "", "Gorsemere Daily | About | Contact | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_wattle(S):  # HTML listing, NEWEST FIRST; 'December 27 2022 - 9.40am' (no zone printed; Sydney); byline per item
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Wattle Creek Herald</title></head><body>',
           '<header><a href="/">Wattle Creek Herald</a><nav><a href="/local">Local</a> <a href="/national">National</a> <a href="/world">World</a> '
           '<a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/subscribe">Subscribe</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON[d.month - 1]} {d.day} {d.year} - {h12(d, low=True, sep='.', space='')}"; stamps.append(st)
        out += ['<div class="story-card">', f'<h3><a href="/world/{slug(e["h"])}">{esc(e["h"])}</a></h3>',
                f'<p class="byline">By {esc(e["a"])}</p>', f'<p class="date">{st}</p>'] + [f'<p>{esc(p)}</p>' for p in e["p"]] + ['</div>']
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</main><footer>Wattle Creek Herald. Acknowledgement of Country. \u00a9 2022</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []
K = "Asia/Kolkata"

SEEDS.append(dict(id="9200", name="9200_telegraphindia-topic", ext="txt", source="The Telegraph", zone=K, render=r_telegraph,
  title="Ukraine-Russia Conflict", clock="Sunday, 05 June 2022", blurb="Latest news, updates and analysis on the Ukraine-Russia conflict",
  notes="Imitates a Telegraph (Kolkata, telegraphindia.com) topic page copied as plain text. NEWEST FIRST. Each card: headline, summary paragraphs, then a byline line 'AGENCY  |  Place  |  Published 05.06.22, 04:20 AM' AFTER the body (stamp closes the card). Date is DD.MM.YY with a two-digit year. No zone printed: India time (IST, UTC+05:30) implied by the outlet. Crosses local midnight: the two newest cards are dated 05.06.22 (00:45 and 04:20 IST) but are still 4 June in UTC. The Telegraph writes 'Calcutta' for the city. stamp = the date/time after 'Published'.",
  not_entries=["'Skip to main content', site name, header date 'Sunday, 05 June 2022' (fetch day)", "menu line and 'Subscribe  |  Sign In'", "breadcrumb 'Home / Topic / Ukraine-Russia Conflict'",
               "topic heading 'Ukraine-Russia Conflict' (page title) and its description line", "byline/stamp lines (author and stamp, not entries)", "'Advertisement'",
               "'Load More', social 'Follow us on' line, cookie notice, copyright"],
  entries=[
  E("2022-06-05 04:20", "Zelensky says defenders are holding out in Sievierodonetsk",
    ["President Volodymyr Zelensky said late on Saturday that Ukrainian units were still fighting street by street in Sievierodonetsk and that the city had not been given up.",
     "He said the Russian side had far more artillery but was paying a heavy price for every block it took."],
    "other", "frontline", 2, "sievierodonetsk-street-fighting-2022-06-04", a="Reuters", pl="Kyiv"),
  E("2022-06-05 00:45", "Fire engulfs wooden church at Sviatohirsk monastery",
    ["A wooden church in the grounds of the Sviatohirsk Lavra, one of the most revered Orthodox sites in eastern Ukraine, burned down after the complex came under fire on Saturday, Ukrainian officials said.",
     "Moscow denied responsibility and claimed that retreating Ukrainian troops had set the building alight."],
    "strikes", "strikes", 2, "sviatohirsk-lavra-fire-2022-06-04", a="AFP", pl="Kyiv"),
  E("2022-06-04 22:58", "Kuleba hits back at Macron over 'humiliation' remark",
    ["Foreign minister Dmytro Kuleba said on Saturday that talk of sparing Russia humiliation risked embarrassing France itself, after President Emmanuel Macron argued in an interview that any settlement should leave Moscow a diplomatic way out.",
     "Kuleba said the priority should be pushing Russian troops back, not protecting the Kremlin's pride."],
    "diplomacy", "diplomacy", 3, "kuleba-macron-humiliation-remark", a="PTI", pl="Kyiv"),
  E("2022-06-04 19:30", "Medical students back from Ukraine stage sit-in at Salt Lake",
    ["About 60 medical students from Bengal who fled Ukraine in March held a sit-in outside the health department offices in Salt Lake on Saturday, demanding places in state colleges so they can finish their courses.",
     "Many said their Ukrainian universities were offering only online classes, which made clinical training impossible."],
    "other", "humanitarian", 2, "bengal-ukraine-medical-students-sit-in", a="Our Special Correspondent", pl="Calcutta",
    n="War-displaced Indian students: humanitarian, not off-beat."),
  E("2022-06-04 15:10", "Russia says grain could leave through ports it controls",
    ["Russia's foreign ministry said on Saturday that ships loaded with Ukrainian grain could sail from Berdyansk and Mariupol, ports now held by Russian forces, if Kyiv first cleared mines from its own coast.",
     "Ukrainian officials dismissed the offer as an attempt to legitimise the occupation."],
    "diplomacy", "diplomacy", 2, "russia-grain-export-ports-offer", a="Reuters", pl="Moscow"),
  E("2022-06-04 11:35", "Missile strike damages railway depot near Dnipro",
    ["A Russian cruise missile hit railway infrastructure on the outskirts of Dnipro early on Saturday, wounding two workers, the regional governor said.",
     "Train services through the city were delayed by several hours while crews checked the tracks."],
    "strikes", "strikes", 2, "dnipro-railway-missile-strike-2022-06-04", a="AP", pl="Kyiv"),
  E("2022-06-04 08:05", "UN counts 6.9 million people who have left Ukraine",
    ["More than 6.9 million people have crossed out of Ukraine since the invasion began on 24 February, the UN refugee agency said in its latest update.",
     "Poland has taken in more than half of them, although hundreds of thousands have since gone back."],
    "other", "humanitarian", 2, "unhcr-refugee-count-2022-06-04", a="PTI", pl="Geneva"),
  ]))

SEEDS.append(dict(id="9201", name="9201_deccanchronicle-europe", ext="html", source="Deccan Chronicle", zone=K, render=r_deccan,
  title="Europe", clock="Thursday, June 16, 2022",
  notes="Imitates the Deccan Chronicle World > Europe section listing (HTML). NEWEST FIRST. Each card: h3 headline, then a meta line with the agency and 'Published Jun 15, 2022, 11:48 pm IST' (stamp AFTER the headline, zone printed), sometimes followed by an 'Updated ...' time that is NOT the publication stamp, then one or two summary paragraphs. JSON-LD carries only a BreadcrumbList and an ItemList of URLs (no dates). The top bar shows the fetch day (16 June). stamp = text after 'Published'.",
  not_entries=["top bar date 'Thursday, June 16, 2022', 'E-Paper', 'Subscribe'", "logo, main menu and World sub-menu", "breadcrumb 'Home » World » Europe'",
               "section heading 'Europe' (page title)", "'Updated ...' spans (modification times, not entries)", "'ADVERTISEMENT'", "'Next »' pagination",
               "aside 'Most Popular' with two local links", "newsletter box", "footer links and copyright"],
  entries=[
  E("2022-06-15 23:48", "US pledges another $1 billion in weapons for Ukraine",
    ["Defence secretary Lloyd Austin announced a further $1 billion in military aid for Ukraine after chairing a meeting of about 50 countries at NATO headquarters in Brussels on Wednesday.",
     "The package includes coastal defence launchers, extra howitzers and tens of thousands of artillery rounds, officials said."],
    "aid", "aid", 3, "us-1bn-weapons-package-2022-06-15", a="AP"),
  E("2022-06-15 21:20", "NATO ministers discuss bigger eastern force ahead of Madrid summit",
    ["Defence ministers from the 30 NATO allies met in Brussels to prepare plans for a larger and more permanent military presence on the alliance's eastern flank, to be endorsed by leaders in Madrid at the end of the month.",
     "Secretary-General Jens Stoltenberg said the alliance had to treat Russia as a long-term threat."],
    "diplomacy", "diplomacy", 2, "nato-defence-ministers-eastern-flank-2022-06-15", a="Reuters", upd="2022-06-15 23:02",
    n="The card also prints 'Updated Jun 15, 2022, 11:02 pm IST'; the stamp is the Published time."),
  E("2022-06-15 18:05", "Russia offers corridor for civilians trapped in Azot chemical plant",
    ["Russia's defence ministry said it would open a humanitarian corridor on Wednesday for civilians sheltering in the Azot chemical works in Sievierodonetsk, and urged Ukrainian fighters inside to lay down their arms.",
     "Ukrainian officials said about 500 civilians were in the plant's bunkers and that Russian shelling made any evacuation dangerous."],
    "other", "humanitarian", 2, "azot-plant-corridor-offer-2022-06-15", a="AFP", sec=["diplomacy"]),
  E("2022-06-15 14:40", "Scholz, Macron and Draghi expected to travel to Kyiv",
    ["The leaders of Germany, France and Italy are preparing a joint trip to Kyiv, Italian and German media reported on Wednesday, in what would be their first visit since the invasion.",
     "None of the three governments would confirm the plans, citing security."],
    "diplomacy", "diplomacy", 3, "scholz-macron-draghi-kyiv-trip", a="Reuters"),
  OFF("2022-06-15 11:15", "Spain braces for early heatwave as temperatures near 43C",
      ["Spain's weather agency warned that temperatures could reach 43 degrees Celsius in parts of the south this week, an unusually early heatwave for June."],
      "spain-june-heatwave", a="AFP", n="Spanish weather."),
  E("2022-06-15 08:10", "Three killed as shells hit Kharkiv suburb",
    ["Three people were killed and five wounded when Russian shells struck houses in a northern suburb of Kharkiv overnight, regional governor Oleh Syniehubov said.",
     "He urged residents who had returned to the area to stay close to shelters."],
    "strikes", "strikes", 3, "kharkiv-suburb-shelling-2022-06-15", a="Reuters", upd="2022-06-15 09:30"),
  ]))

SEEDS.append(dict(id="9202", name="9202_thehansindia-worldfeed", ext="xml", source="The Hans India", zone=K, render=r_hans,
  title="The Hans India - World", build="Sat, 06 Aug 2022 23:14:02 +0530",
  notes="Imitates The Hans India World RSS feed (Hocalwire-style). NEWEST FIRST. pubDate with explicit +0530. Descriptions are entity-escaped HTML paragraphs (&lt;p&gt;), not CDATA. dc:creator carries the agency (IANS). Two of seven items are not about the war (China drills, Bangladesh fuel prices).",
  not_entries=["channel title/description/link/lastBuildDate/copyright", "media:content image URLs", "category 'World' on every item"],
  entries=[
  E("2022-08-06 23:10", "Zaporizhzhia nuclear plant shelled again, Kyiv and Moscow trade blame",
    ["The Zaporizhzhia nuclear power plant in southern Ukraine came under fire for a second day on Saturday, with Ukraine's nuclear operator saying radiation sensors had been damaged and one worker was injured.",
     "Russia, whose troops have held the plant since March, said Ukrainian artillery was responsible."],
    "strikes", "strikes", 3, "znpp-shelling-2022-08-06", a="IANS"),
  E("2022-08-06 21:30", "Ukraine says strikes have put Kakhovka bridge out of use",
    ["Ukrainian forces said they had struck the road bridge at the Kakhovka dam again on Saturday, cutting a key supply route for Russian troops on the western bank of the Dnipro river.",
     "Russian-installed officials in the Kherson region said traffic had been diverted to a ferry."],
    "strikes", "strikes", 2, "kakhovka-bridge-strike-2022-08-06", a="IANS"),
  OFF("2022-08-06 18:20", "Bangladesh raises fuel prices by up to 52 per cent",
      ["Bangladesh sharply increased the prices of petrol, diesel and octane from midnight on Friday, citing the cost of subsidies, prompting angry scenes at filling stations in Dhaka."],
      "bangladesh-fuel-price-hike", a="IANS", n="Bangladeshi domestic fuel prices; the item does not mention the war."),
  E("2022-08-06 15:05", "Four more grain ships cleared to leave Ukrainian ports",
    ["Four more vessels carrying corn and sunflower products have been cleared to leave Chornomorsk and Odesa, the joint coordination centre in Istanbul said on Saturday.",
     "Ships inspected under the arrangement so far have carried more than 200,000 tonnes of food."],
    "diplomacy", "diplomacy", 2, "grain-corridor-ships-2022-08-06", a="IANS", n="Implementation of the UN-brokered grain arrangement -> diplomacy."),
  E("2022-08-06 12:30", "Amnesty's Ukraine chief quits over report on army tactics",
    ["The head of Amnesty International's Ukraine office has resigned, saying a report accusing Ukrainian forces of endangering civilians had ended up serving Russian propaganda.",
     "Amnesty said it stood by its findings but regretted the distress the report had caused."],
    "other", "humanitarian", 2, "amnesty-ukraine-report-resignation", a="IANS"),
  OFF("2022-08-06 10:15", "China extends military drills around Taiwan",
      ["China's military said it was continuing live-fire exercises in the seas and skies around Taiwan for a third day, after a visit to the island by US House Speaker Nancy Pelosi."],
      "china-taiwan-drills-2022-08", a="IANS", n="Taiwan Strait tensions, not the Russia-Ukraine war."),
  E("2022-08-06 07:40", "Erdogan and Putin agree to expand trade after Sochi talks",
    ["Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin agreed to deepen cooperation in energy, trade and transport after four hours of talks in Sochi, according to a joint statement.",
     "The two leaders also discussed the grain export arrangement signed in Istanbul last month."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-sochi-talks", a="IANS"),
  ]))

SEEDS.append(dict(id="9203", name="9203_assamtribune-world", ext="txt", source="The Assam Tribune", zone="UTC", render=r_assam,
  title="World", clock="Thursday, August 11, 2022",
  notes="Imitates The Assam Tribune World listing (Hocalwire CMS) copied as plain text. NEWEST FIRST. Under each headline: 'AGENCY | 10 Aug 2022 8:15 PM GMT' - the times are printed in GMT (= UTC), not IST, so page_timezone is UTC; the two newest items are already 11 August in India. Each body opens with a dateline ('Kyiv, Aug 10:'), which is kept as part of first_sentence because it is printed inside the paragraph. 'Read More' and 'Share it' follow each item. The header date is the fetch day (11 August, IST).",
  not_entries=["masthead, tagline 'Trusted since 1939', header date 'Thursday, August 11, 2022'", "menu and 'Search'", "breadcrumb 'Home > World' and heading 'World'",
               "'AGENCY | date GMT' lines (author and stamp)", "'Read More' and 'Share it' after every item", "'Advertisement'", "'Load More', newsletter line, footer links, copyright"],
  entries=[
  E("2022-08-10 20:15", "Satellite images show wrecked jets at Crimean airbase",
    ["Kyiv, Aug 10: Satellite pictures released on Wednesday showed at least eight Russian warplanes destroyed or badly damaged at the Saky airbase in Crimea, a day after a series of blasts there.",
     "Moscow has said ammunition caught fire by accident and that no aircraft were lost, while Ukrainian officials have hinted at a hidden role for their forces."],
    "strikes", "strikes", 3, "saky-airbase-explosions-2022-08-09", a="AP"),
  E("2022-08-10 17:40", "Estonia moves to stop Russians entering on its visas",
    ["Tallinn, Aug 10: Estonia will bar most Russian citizens holding Estonian-issued Schengen visas from entering the country, the foreign minister said, urging other EU members to follow.",
     "Exceptions will be made for diplomats, relatives of Estonian residents and humanitarian cases."],
    "diplomacy", "diplomacy", 2, "estonia-russian-visa-entry-ban", a="Reuters"),
  E("2022-08-10 14:05", "G7 tells Russia to return Zaporizhzhia plant to Ukraine",
    ["Berlin, Aug 10: Foreign ministers of the Group of Seven demanded that Russia hand the Zaporizhzhia nuclear plant back to its Ukrainian owner, saying the occupation put the whole region at risk.",
     "The statement, issued by Germany as G7 chair, backed an inspection visit by the UN nuclear watchdog."],
    "diplomacy", "diplomacy", 3, "g7-zaporizhzhia-plant-statement", a="PTI"),
  E("2022-08-10 10:30", "Assam tea exporters look to Russia as rupee trade opens up",
    ["Guwahati, Aug 10: Tea exporters in Assam are hoping to win back Russian buyers after the Reserve Bank of India allowed international trade to be settled in rupees, industry representatives said on Wednesday.",
     "Shipments to Russia, a major market for Assam's orthodox teas, fell sharply after sanctions disrupted payments in March."],
    "other", "politics", 2, "assam-tea-russia-rupee-trade", a="Staff Reporter", sec=["diplomacy"],
    n="War/sanctions effect on a local industry: other (economy under politics), secondary diplomacy (sanctions); not off-beat."),
  E("2022-08-10 06:50", "Overnight shelling kills 13 in Dnipropetrovsk region",
    ["Kyiv, Aug 10: Russian rockets fired across the Dnipro river killed 13 people overnight in the towns of Marhanets and Vyshchetarasivka, the regional governor said.",
     "Several apartment buildings, a school and power lines were damaged."],
    "strikes", "strikes", 3, "marhanets-shelling-2022-08-10", a="AFP"),
  E("2022-08-10 02:20", "Zelensky calls for Western ban on Russian travellers",
    ["Kyiv, Aug 10: President Volodymyr Zelensky urged Western countries to close their borders to all Russian visitors, saying Russians should live in their own world until their government changes course.",
     "He made the remarks in an interview with an American newspaper."],
    "diplomacy", "diplomacy", 2, "zelensky-russian-travel-ban-call", a="PTI", n="Same theme as the Estonian visa measure (9203-02) but a separate statement: separate story."),
  ]))

SEEDS.append(dict(id="9204", name="9204_freepressjournal-live", ext="txt", source="Free Press Journal", zone=K, render=r_fpj, parse_args=["--date", "2022-06-25"],
  title="Russia-Ukraine War News Live Updates, June 25: Ukrainian troops leave Sievierodonetsk; missiles from Belarus hit Chernihiv region",
  lede="Stay with us for the latest on the Russia-Ukraine war through the day.",
  notes="Imitates a Free Press Journal live-updates page copied as plain text. NO YEAR is printed anywhere (the title names 'June 25'), hence parse_args --date 2022-06-25 (the printed local day). NEWEST FIRST. Each update starts with a time line '11:40 PM IST' BEFORE the headline; two updates (02, 06) have no headline - the body follows the time line directly. 'Key Highlights' box lists two exact update headlines (04 and 05): treated as the Key Points block. One page byline 'FPJ Web Desk' is every entry's author.",
  not_entries=["site name and menu", "breadcrumb 'Home / World'", "title line", "page byline 'FPJ Web Desk' (author)", "'Follow us on  Google News'", "lede 'Stay with us ...'",
               "'Key Highlights' heading and its two bullets (they repeat update headlines)", "'Live Updates' label", "share line", "'Related Stories' and two related links", "footer"],
  entries=[
  E("2022-06-25 23:40", "Zelensky vows to win back every lost city",
    ["In his nightly video address, President Volodymyr Zelensky said Ukraine would return to Sievierodonetsk and every other town it had been forced to leave.",
     "He said the war had entered a morally and emotionally difficult stage."],
    "other", "frontline", 2, "zelensky-vow-retake-cities-2022-06-25", a="FPJ Web Desk",
    n="A separate statement (his address), not the withdrawal itself: own story."),
  E("2022-06-25 21:55", None,
    ["Ukraine's air force said it shot down four cruise missiles over the west of the country on Saturday evening.",
     "One struck a military facility in the Lviv region, where officials reported no casualties."],
    "strikes", "strikes", 2, "lviv-region-missiles-2022-06-25", a="FPJ Web Desk", n="Update without headline."),
  E("2022-06-25 19:20", "Putin promises Lukashenko nuclear-capable Iskander-M missiles",
    ["Russian President Vladimir Putin told Belarusian leader Alexander Lukashenko at talks in St Petersburg that Russia would hand Belarus Iskander-M missile systems in the coming months.",
     "Putin said the systems could carry conventional or nuclear warheads."],
    "other", "security", 3, "putin-lukashenko-iskander-pledge", a="FPJ Web Desk", sec=["diplomacy"],
    n="Arms for Belarus (not a party to the war) -> other/security, head-of-state meeting -> importance 3."),
  E("2022-06-25 16:10", "Missiles fired from Belarus hit village in Chernihiv region",
    ["About 20 rockets and missiles were fired from Belarusian territory and airspace at the village of Desna in the Chernihiv region early on Saturday, Ukraine's northern military command said.",
     "No casualties were reported; the command said the attack was an attempt to drag Minsk into the war."],
    "strikes", "strikes", 3, "desna-missile-attack-2022-06-25", a="FPJ Web Desk", kp=True),
  E("2022-06-25 13:30", "Ukrainian troops complete withdrawal from Sievierodonetsk",
    ["Ukrainian forces have finished pulling out of Sievierodonetsk, Luhansk governor Serhiy Haidai said, after weeks of fighting left most of the city in ruins.",
     "Russian-backed separatists said they now controlled the whole city, including the Azot chemical plant."],
    "other", "frontline", 3, "sievierodonetsk-withdrawal-2022-06-25", a="FPJ Web Desk", kp=True),
  E("2022-06-25 11:05", None,
    ["Kharkiv's mayor said overnight shelling had damaged a school and a row of private houses in the north of the city.",
     "Two people were treated for shrapnel wounds."],
    "strikes", "strikes", 2, "kharkiv-overnight-shelling-2022-06-25", a="FPJ Web Desk", n="Update without headline."),
  E("2022-06-25 08:45", "Lithuania says Kaliningrad curbs follow EU sanctions, not a blockade",
    ["Lithuania's foreign ministry said restrictions on rail freight to Kaliningrad merely applied EU sanctions on steel and other goods, rejecting Moscow's warning of serious consequences."],
    "diplomacy", "diplomacy", 2, "kaliningrad-transit-row-2022-06", a="FPJ Web Desk"),
  ]))

SEEDS.append(dict(id="9205", name="9205_dailypioneer-worldfeed", ext="xml", source="The Pioneer", zone="UTC", render=r_pioneer,
  title="The Pioneer - World", build="Tue, 29 Nov 2022 17:50:00 GMT",
  notes="Imitates The Pioneer (dailypioneer.com) World RSS feed. NEWEST FIRST. pubDate printed in GMT (page_timezone UTC); all items fall between 05:30 and 23:59 IST, so the Indian date is the same day. Titles and descriptions in CDATA; dc:creator carries the agency. One off-beat item (China Covid rules).",
  not_entries=["channel title/link/description/language/pubDate", "channel image block", "category 'World' on every item"],
  entries=[
  E("2022-11-29 17:45", "NATO pledges to help Ukraine rebuild its power grid",
    ["NATO foreign ministers meeting in Bucharest promised on Tuesday to help Ukraine repair power and heating networks wrecked by Russian missile strikes, as winter sets in.",
     "Secretary-General Jens Stoltenberg said allies would send transformers, generators and fuel as well as more air defence."],
    "aid", "aid", 3, "nato-bucharest-energy-aid-2022-11-29", a="PTI", sec=["diplomacy"]),
  E("2022-11-29 16:30", "NATO promises more support for Moldova and Georgia",
    ["NATO allies agreed to step up help for Moldova, Georgia and Bosnia and Herzegovina, saying the three countries were under growing pressure from Russia.",
     "The assistance will focus on defence reform and resisting disinformation."],
    "diplomacy", "diplomacy", 2, "nato-support-moldova-georgia-2022-11-29", a="Reuters",
    n="Same meeting as 9205-01 but a different decision: separate story."),
  E("2022-11-29 15:20", "Blinken accuses Moscow of trying to freeze Ukrainians into submission",
    ["US Secretary of State Antony Blinken said Russia was deliberately targeting heating and water systems to break the will of Ukrainian civilians.",
     "He spoke on the sidelines of the NATO meeting in the Romanian capital."],
    "diplomacy", "diplomacy", 2, "blinken-bucharest-energy-remarks", a="AFP", sec=["strikes"]),
  E("2022-11-29 12:10", "Power cuts to last until spring, Ukrainian grid operator warns",
    ["Ukraine's grid operator said rolling blackouts were likely to continue until at least the end of March because of damage to high-voltage substations.",
     "It asked households to limit the use of heaters and washing machines during peak hours."],
    "other", "humanitarian", 2, "ukraine-blackouts-until-spring", a="PTI", sec=["strikes"]),
  E("2022-11-29 09:35", "Russian shelling kills two in Kherson",
    ["Two people were killed and four wounded when Russian artillery shelled residential streets in Kherson on Tuesday morning, the regional administration said.",
     "The city has come under regular fire since Russian troops withdrew to the eastern bank of the Dnipro this month."],
    "strikes", "strikes", 3, "kherson-shelling-2022-11-29", a="PTI"),
  OFF("2022-11-29 07:05", "China eases some Covid rules after rare street protests",
      ["Several Chinese cities relaxed some Covid-19 testing rules on Tuesday after weekend protests against the country's strict lockdown policy."],
      "china-covid-protests-easing", a="Reuters", n="Chinese domestic policy."),
  ]))

SEEDS.append(dict(id="9206", name="9206_midday-timeline", ext="html", source="Mid-day", zone=K, render=r_midday,
  title="Russia-Ukraine war: How Day 251 unfolded", pub_t="2022-11-01 07:00", upd_t="2022-11-01 23:58",
  synopsis="Water returns to most of Kyiv; Moscow's exit from the grain deal hangs over Black Sea shipping",
  lede="Here is how the 251st day of Russia's war in Ukraine unfolded, hour by hour (all times IST).",
  notes="Imitates a mid-day (Mumbai) world-news timeline article (HTML). OLDEST FIRST. The items have NO headlines: each is a paragraph opening with a bold time '<strong>7:05 AM:</strong>' followed by the text; stamp = the bold time without the colon. The date comes from the page line 'Updated on: 01 November,2022 11:58 PM IST' (mid-day's glued 'November,2022' form) and the lede says the times are IST. One page byline 'Agencies' (the syndication disclaimer names agencies too) is every entry's author. JSON-LD NewsArticle has only page-level dates.",
  not_entries=["logo and menu", "breadcrumb", "h1 title and h2 synopsis", "'Updated on: ...  |  Kyiv' line", "page byline 'Agencies' (author)", "share line",
               "photo caption 'Representational image. Pic/AFP'", "lede paragraph 'Here is how the 251st day ... (all times IST).'", "'Advertisement'",
               "syndication disclaimer paragraph", "tags line", "'Related News' and two related links", "footer"],
  entries=[
  E("2022-11-01 07:05", None,
    ["Kyiv authorities said running water had been restored to most homes in the capital after Monday's missile strikes, though about 270,000 households were still without power overnight."],
    "other", "humanitarian", 2, "russian-infrastructure-strikes-2022-10-31", a="Agencies", sec=["strikes"],
    n="Aftermath of the 31 October strikes (recovery of services): humanitarian, same event as 9206-02."),
  E("2022-11-01 09:40", None,
    ["Russia's defence ministry said it had hit military command and energy targets across Ukraine with long-range precision weapons on Monday.",
     "It repeated that the strikes were a response to a drone attack on its Black Sea Fleet in Sevastopol."],
    "strikes", "strikes", 2, "russian-infrastructure-strikes-2022-10-31", a="Agencies", n="Official claim about the 31 October attack -> strikes, same story as 9206-01."),
  E("2022-11-01 12:15", None,
    ["Ukraine's foreign minister Dmytro Kuleba said four more ships loaded with grain had left Ukrainian ports despite Moscow's decision to suspend its participation in the Black Sea export deal."],
    "diplomacy", "diplomacy", 3, "grain-deal-suspension-ships-sail-2022-11-01", a="Agencies"),
  E("2022-11-01 14:50", None,
    ["Officials in the Russian-installed administration of the Kherson region said they were extending evacuations to a 15-kilometre zone on the eastern bank of the Dnipro, citing the threat of a Ukrainian offensive."],
    "other", "humanitarian", 2, "kherson-occupation-evacuation-zone", a="Agencies"),
  E("2022-11-01 17:30", None,
    ["India's External Affairs Minister S Jaishankar will visit Moscow next week for talks with Russian Foreign Minister Sergei Lavrov, the ministry of external affairs announced."],
    "diplomacy", "diplomacy", 3, "jaishankar-moscow-visit-2022-11", a="Agencies"),
  E("2022-11-01 20:20", None,
    ["President Volodymyr Zelensky said Russia had fired more than 4,000 missiles at Ukraine since February and asked partners to speed up deliveries of air defence systems."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2022-11-01", a="Agencies", sec=["strikes"], n="Appeal for air defence -> aid."),
  E("2022-11-01 22:45", None,
    ["The International Atomic Energy Agency said its inspectors would begin checks at two Ukrainian nuclear sites this week after Moscow alleged, without evidence, that Kyiv was preparing a radioactive dirty bomb."],
    "other", "security", 2, "iaea-dirty-bomb-inspections", a="Agencies", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(id="9207", name="9207_navhindtimes-world", ext="html", source="The Navhind Times", zone=K, render=r_navhind,
  title="World", clock="Monday, December 12, 2022",
  notes="Imitates The Navhind Times (Goa) WordPress 'World' category archive (HTML). NEWEST FIRST. Each post shows 'By AGENCY' and only a DATE ('December 11, 2022'); the time exists only in the <time class=\"entry-date published\" datetime=\"2022-12-11T22:05:00+05:30\"> attribute, which gives published. stamp = the visible date text. Yoast @graph JSON-LD (CollectionPage, BreadcrumbList, WebSite) has no dates. The top bar shows the fetch day (12 December). One off-beat item (European Parliament corruption case).",
  not_entries=["top-bar date 'Monday, December 12, 2022' (fetch day)", "logo and menu", "archive heading 'World' (page title)", "'By AGENCY' bylines (author)",
               "'Read More »' links", "'Older posts'", "'Trending' widget with two Goa links", "footer"],
  entries=[
  E("2022-12-11 22:05", "Zelensky asks Biden and Macron for more air defence after Odesa blackout",
    ["President Volodymyr Zelensky said he had spoken with US President Joe Biden and French President Emmanuel Macron on Sunday and asked for more air defence, a day after drone strikes knocked out power in Odesa.",
     "He said Ukraine also needed help restoring its energy system before the coldest weeks of winter."],
    "aid", "aid", 3, "zelensky-biden-macron-calls-2022-12-11", a="Reuters", sec=["diplomacy"], n="Appeal for air defence in head-of-state calls -> aid, secondary diplomacy."),
  E("2022-12-11 19:40", "Odesa still largely without power after drone strikes",
    ["Most of Odesa remained without electricity on Sunday after Russian drone strikes overnight into Saturday damaged two energy facilities, regional officials said.",
     "Some hospitals and water pumping stations were running on generators."],
    "strikes", "strikes", 3, "odesa-drone-strikes-2022-12-10", a="AP"),
  E("2022-12-11 16:15", "Fierce fighting around Bakhmut, Ukraine's military says",
    ["Russian forces kept up assaults on Bakhmut and nearby villages in the Donetsk region, Ukraine's general staff said, describing the town as largely destroyed."],
    "other", "frontline", 2, "bakhmut-fighting-2022-12-11", a="AFP"),
  OFF("2022-12-11 13:30", "European Parliament vice-president charged in Qatar bribery probe",
      ["A vice-president of the European Parliament was charged in Belgium on Sunday in a corruption investigation linked to Qatar, prosecutors said."],
      "eu-parliament-qatar-corruption-probe", a="Reuters", n="EU corruption case, not the war."),
  E("2022-12-11 11:00", "Moscow says strikes destroyed arms depots near Kupiansk",
    ["Russia's defence ministry said its aircraft and artillery had destroyed two ammunition depots and a fuel store belonging to Ukrainian units near Kupiansk in the Kharkiv region."],
    "strikes", "strikes", 2, "russian-mod-kupiansk-depots-claim", a="IANS"),
  E("2022-12-11 08:20", "Shelling hits bus station in Kherson",
    ["Russian shelling hit a bus station and a residential block in Kherson on Saturday evening, wounding three people, the regional governor said."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-10", a="AFP"),
  E("2022-12-11 06:10", "EU ministers to weigh new sanctions on Iran over drones",
    ["European Union foreign ministers are expected on Monday to approve sanctions on Iranian individuals and firms involved in supplying drones to Russia, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-iran-drone-sanctions-2022-12", a="Reuters"),
  ]))

SEEDS.append(dict(id="9208", name="9208_thestatesman-world", ext="txt", source="The Statesman", zone=K, render=r_statesman,
  title="World", clock="Saturday, November 19, 2022",
  notes="Imitates The Statesman (Kolkata) World listing copied as plain text. NEWEST FIRST. Under each headline: 'AUTHOR | Place | November 18, 2022 11:41 pm' (stamp after the headline, before the summary); no zone printed: IST (UTC+05:30) implied by the outlet. stamp = the date/time part. The header shows the fetch day (19 November).",
  not_entries=["masthead, 'Founded 1875', header date 'Saturday, November 19, 2022'", "menu, 'Subscribe  Login'", "breadcrumb 'Home » World' and heading 'World'",
               "'AUTHOR | Place | date' lines (author and stamp)", "'Read more' after every item", "'Advertisement'", "'Load More', newsletter line, footer"],
  entries=[
  E("2022-11-18 23:41", "Zelensky says 10 million Ukrainians without electricity",
    ["More than 10 million people in Ukraine were without power on Friday evening after this week's Russian missile strikes on energy facilities, President Volodymyr Zelensky said.",
     "He said the worst-hit regions were Odesa, Vinnytsia, Sumy and Kyiv."],
    "strikes", "strikes", 3, "ukraine-power-outages-after-nov-strikes", a="Agencies", pl="Kyiv", sec=["other"]),
  E("2022-11-18 20:15", "Russia summons Dutch envoy over MH17 verdict",
    ["Russia's foreign ministry summoned the Dutch ambassador on Friday to protest against a court ruling that convicted two Russians and a Ukrainian separatist over the 2014 downing of Malaysia Airlines flight MH17.",
     "Moscow called the trial politically motivated and said it would not extradite its citizens."],
    "diplomacy", "diplomacy", 2, "mh17-verdict-russia-reaction", a="Reuters", pl="Moscow"),
  E("2022-11-18 17:30", "Gas production sites in Kharkiv region hit by missiles",
    ["Russian missiles struck gas production facilities in the Kharkiv region on Thursday night, Ukraine's state energy company Naftogaz said, without giving details of the damage."],
    "strikes", "strikes", 2, "kharkiv-gas-facilities-strike-2022-11-17", a="SNS", pl="New Delhi"),
  E("2022-11-18 14:05", "Black Sea grain deal extended by 120 days",
    ["The United Nations said the arrangement allowing Ukraine to export grain through the Black Sea had been extended for another 120 days, welcoming the agreement of all parties.",
     "Ukrainian officials said they would push to add more ports to the scheme."],
    "diplomacy", "diplomacy", 3, "grain-deal-extended-120-days", a="IANS", pl="United Nations"),
  E("2022-11-18 11:20", "Poland lets Ukrainian experts join probe into border blast",
    ["Poland said Ukrainian experts could take part in the inquiry into the missile that killed two farm workers in the village of Przewodow near the Ukrainian border this week.",
     "Warsaw and NATO have said the missile was most likely fired by Ukrainian air defences."],
    "strikes", "strikes", 2, "przewodow-missile-investigation", a="Agencies", pl="Warsaw", sec=["diplomacy"],
    n="Inquiry into a stray air-defence missile: the attack is the content -> strikes, secondary diplomacy."),
  E("2022-11-18 08:00", "Kherson residents queue for bread and water",
    ["Residents of Kherson lined up for bread, drinking water and phone charging points a week after Russian troops left the city, local officials said."],
    "other", "humanitarian", 2, "kherson-aid-queues-2022-11", a="Reuters", pl="Kherson"),
  ]))

SEEDS.append(dict(id="9209", name="9209_greaterkashmir-roundup", ext="html", source="Greater Kashmir", zone=K, render=r_gk,
  title="Ukraine launches push in south as IAEA team heads for nuclear plant", byline="Press Trust of India", place="Kyiv",
  pub_t="2022-08-30 23:41", upd_t="2022-08-30 23:58",
  lede="Ukraine's southern counter-offensive, UN nuclear inspectors on the move and deadly strikes in Kharkiv: the main developments of the day.",
  notes="Imitates a Greater Kashmir world round-up article (HTML) with section headings (h3). One byline 'Press Trust of India' and one dateline 'Publish Date: Aug 30 2022 11:41PM | Updated Date: Aug 30 2022 11:58PM' (time glued to PM, no zone: IST implied). Per the convention, each section heading is one entry (headline = heading), stamp null, published = the Publish Date (23:41 IST = 18:11 UTC); JSON-LD datePublished agrees.",
  not_entries=["logo and menu", "section link 'World'", "h1 title", "byline 'Press Trust of India' and place 'Kyiv' (author)", "'Publish Date ... | Updated Date ...' line", "share links",
               "photo caption 'File photo'", "bold intro paragraph (lede)", "tags line", "WhatsApp follow box", "'More from World' with two related links", "footer"],
  entries=[
  E("2022-08-30 23:41", "Push in the south",
    ["Ukrainian forces said they had broken through the first line of Russian defences at several points in the Kherson region, as Kyiv's long-planned southern counter-offensive got under way.",
     "Officials in Kyiv asked for patience and gave few details, citing the need for secrecy."],
    "other", "frontline", 3, "kherson-counteroffensive-launch-2022-08", a="Press Trust of India"),
  E("2022-08-30 23:41", "Inspectors on the road",
    ["A team of International Atomic Energy Agency experts led by Rafael Grossi arrived in Kyiv on its way to the Zaporizhzhia nuclear plant, which it hopes to reach later this week.",
     "Grossi said the mission would try to set up a permanent presence at the site."],
    "diplomacy", "diplomacy", 3, "iaea-mission-arrives-kyiv-2022-08-30", a="Press Trust of India", sec=["other"]),
  E("2022-08-30 23:41", "Shelling in Kharkiv",
    ["At least two people were killed when Russian missiles hit a residential neighbourhood of Kharkiv on Tuesday, the regional governor said.",
     "Four others, including a child, were taken to hospital."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2022-08-30", a="Press Trust of India"),
  E("2022-08-30 23:41", "Visa row in Prague",
    ["EU foreign ministers meeting informally in Prague argued over whether to stop issuing tourist visas to Russians, with Finland and the Baltic states pressing for a ban and Germany and France urging caution."],
    "diplomacy", "diplomacy", 2, "eu-russian-tourist-visa-debate-2022-08-30", a="Press Trust of India"),
  E("2022-08-30 23:41", "Grain for Africa",
    ["The first UN-chartered ship carrying Ukrainian wheat for Africa docked in Djibouti, the World Food Programme said, with the cargo bound for Ethiopia."],
    "other", "humanitarian", 2, "wfp-grain-ship-djibouti", a="Press Trust of India", sec=["diplomacy"]),
  ]))


# ============================================================ PART B, day 1: 2022-08-26 (UTC)
D1 = "Day 1 (2022-08-26 UTC): 9220, 9221, 9222, 9223."
SLO = "sloviansk-apartment-strike-2022-08-26"
GRID = "znpp-reconnected-to-grid-2022-08-26"
NPT = "npt-review-conference-fails-2022-08-26"
IAEA = "iaea-zaporizhzhia-mission-plans"
EXPL = "explainer-nuclear-plant-external-power"
ZS = ["strikes"]

SEEDS.append(dict(id="9220", name="9220_kestrelford-textlive", ext="txt", source="Kestrelford Gazette", zone="Europe/London", render=r_kestrel,
  title="Russia-Ukraine war live: Sloviansk death toll rises to six; nuclear treaty talks end without deal", dateline="Friday 26 August 2022",
  lede="A missile strike on a block of flats in Sloviansk, the Zaporizhzhia plant back on the grid and the collapse of a nuclear treaty review in New York.",
  notes="Invented outlet. Text live blog, NEWEST FIRST. Each post: stamp line 'Fri 26 Aug 2022 22.40 BST' (UK time, UTC+1) BEFORE the headline, body, then 'Posted by NAME'. Key Points block lists two exact headlines (01, 02). Entry 03 is a video teaser without body. Main story spelled 'Sloviansk' here; toll two -> four -> six within the page. " + D1,
  not_entries=["masthead and menu", "title and date line", "lede paragraph", "'Key Points' heading and its two '- ' bullets", "'Latest posts'", "'Posted by ...' lines (author)",
               "'Advertisement'", "'Load earlier posts', newsletter line, footer"],
  entries=[
  E("2022-08-26 22:40", "Sloviansk death toll rises to six as last residents are found",
    ["Rescue teams in Sloviansk have recovered two more bodies from the collapsed section of the apartment block hit by a Russian missile before dawn, bringing the number of dead to six, the city's military administration said.",
     "Vadym Lyakh, the head of the city administration, said nobody was now thought to be missing and that 11 people were being treated in hospital.",
     "Sloviansk lies about 12 miles north of Kramatorsk and has been shelled repeatedly as Russian forces try to advance on the two cities."],
    "strikes", "strikes", 3, SLO, a="Harriet Quill", kp=True),
  E("2022-08-26 21:15", "Nuclear treaty review ends without agreement after Russian objection",
    ["A month-long conference at the United Nations in New York reviewing the Nuclear Non-Proliferation Treaty has closed without a final document after Russia refused to accept the wording on the Zaporizhzhia power station.",
     "Russia's delegate called the draft politically one-sided; several Western delegations said Moscow alone had blocked a consensus that every other state was ready to join."],
    "diplomacy", "diplomacy", 3, NPT, a="Tom Ellery", kp=True),
  E("2022-08-26 19:30", "Watch: rescuers dig through rubble in Sloviansk", [], "strikes", "strikes", 1, SLO, a="Harriet Quill",
    n="Video teaser without body -> importance 1."),
  E("2022-08-26 17:05", "Zaporizhzhia plant reconnected to the grid, Energoatom says",
    ["Ukraine's state nuclear company Energoatom says one of the two reactors that were cut off from the national grid on Thursday has been reconnected and is again supplying power, with the second being brought back on line.",
     "The plant, which is occupied by Russian troops but still run by Ukrainian staff, lost its last working external power line for several hours after fires at a nearby ash pit, the company said."],
    "other", "security", 3, GRID, a="Tom Ellery", sec=ZS, n="Nuclear-plant safety status -> other/security (convention); carried by 3 seeds."),
  E("2022-08-26 15:20", "Russian-installed officials say drones struck Enerhodar",
    ["Officials installed by Russia in Enerhodar, the town next to the Zaporizhzhia nuclear plant, said Ukrainian drones had hit a street near the town administration, wounding two people.",
     "Kyiv did not comment; Ukrainian officials have repeatedly accused Russian forces of staging attacks in the area to discredit Ukraine."],
    "strikes", "strikes", 2, "enerhodar-drone-claim-2022-08-26", a="Tom Ellery", n="Same place as the grid story, different event: must not merge."),
  E("2022-08-26 12:45", "Four now confirmed dead in Sloviansk",
    ["The death toll from this morning's missile strike on Sloviansk has risen to four, according to the Donetsk regional governor, Pavlo Kyrylenko.",
     "He said a nine-storey block in the north of the city had been hit, and again urged residents to leave the region before winter."],
    "strikes", "strikes", 3, SLO, a="Harriet Quill"),
  E("2022-08-26 09:10", "Missile strike on Sloviansk apartment block kills two",
    ["Two people were killed when a Russian missile hit a residential building in Sloviansk in the Donetsk region at about 4am local time, Ukrainian officials said.",
     "Several people were believed to be trapped under rubble."],
    "strikes", "strikes", 3, SLO, a="Harriet Quill"),
  ]))

SEEDS.append(dict(id="9221", name="9221_eskdown-ldlive", ext="html", source="Eskdown Courier", zone="Europe/Kyiv", render=r_eskdown,
  title="Live: Missile strike on Slovyansk; Zaporizhzhia plant back on the grid", dateline="Friday, August 26, 2022",
  lede="Updates in chronological order. All times are Kyiv time.",
  notes="Invented outlet. HTML live page, OLDEST FIRST, LiveBlogPosting JSON-LD with one BlogPosting per update (datePublished +03:00, author). Visible stamp: <time datetime> showing 'HH:MM' (Kyiv, EEST = UTC+3) before the h2; 'By NAME' under the h2. Main story spelled 'Slovyansk'. Entry 06 repeats 04 nearly verbatim (duplicate_of). Entry 07 is the day's theme piece (explainer). " + D1,
  not_entries=["header brand and menu", "h1 title, date line, standfirst 'Updates in chronological order...'", "'By NAME' lines (author)", "'Share this update' under every update",
               "membership/donation box", "closing line 'This live page is closed...'", "footer"],
  entries=[
  E("2022-08-26 11:10", "Two killed as missile hits Slovyansk apartment block",
    ["A Russian missile struck a nine-storey apartment building in Slovyansk before dawn, killing two residents, the Donetsk regional military administration said.",
     "Emergency workers were using cranes to lift slabs from the partly collapsed stairwell."],
    "strikes", "strikes", 3, SLO, a="Iryna Holub"),
  E("2022-08-26 13:10", "Slovyansk toll rises to three",
    ["A third body has been pulled from the rubble in Slovyansk, regional officials said, adding that at least nine people were wounded."],
    "strikes", "strikes", 3, SLO, a="Iryna Holub"),
  E("2022-08-26 14:25", "Shelling cuts power to villages near Kryvyi Rih",
    ["Russian artillery hit a power substation outside Kryvyi Rih overnight, leaving several villages without electricity, the head of the city's military administration said.",
     "No one was hurt, he said."],
    "strikes", "strikes", 2, "kryvyi-rih-substation-shelling-2022-08-26", a="Marko Tkachenko"),
  E("2022-08-26 16:40", "Zaporizhzhia reactors back on the grid after first-ever blackout",
    ["Two reactors at the Zaporizhzhia nuclear power plant have been reconnected to Ukraine's power system, a day after the station was cut off from the grid for the first time in its history, Energoatom said.",
     "The company said the plant's safety systems had worked as designed while it ran on its own supply, but warned that the risk of a radiation incident remained high as long as Russian troops occupied the site."],
    "other", "security", 3, GRID, a="Marko Tkachenko", sec=ZS),
  E("2022-08-26 19:05", "Grossi says inspectors are ready to travel to the plant within days",
    ["The head of the International Atomic Energy Agency, Rafael Grossi, said his team was ready to set off for the Zaporizhzhia plant within days and that talks with Kyiv and Moscow on how to get there were at an advanced stage.",
     "Russia has said the inspectors must not pass through Ukrainian-held territory; Ukraine says they must not travel via Russia or Crimea."],
    "diplomacy", "diplomacy", 2, IAEA, a="Iryna Holub", sec=["other"], n="Same place as the grid story, different event (the planned mission): must not merge."),
  E("2022-08-26 21:30", "Zaporizhzhia reactors back on the grid after first-ever blackout",
    ["Two reactors at the Zaporizhzhia nuclear power plant have been reconnected to Ukraine's power system, a day after the station was cut off from the grid for the first time in its history, according to Energoatom.",
     "The company said the plant's safety systems had worked as designed while it ran on its own supply, but warned that the risk of a radiation incident remained high as long as Russian troops occupied the site."],
    "other", "security", 1, GRID, a="Marko Tkachenko", sec=ZS, dup="9221-04", n="Near-verbatim repeat of 9221-04 re-published later the same day -> importance 1."),
  E("2022-08-26 23:50", "Explainer: why a nuclear plant needs power from outside",
    ["Even when its reactors are shut down, a nuclear plant needs a steady supply of electricity to pump cooling water through the reactor cores and the pools where spent fuel is stored.",
     "If the external lines fail, diesel generators on site take over; Zaporizhzhia has enough fuel to run them for about ten days, according to Ukrainian officials.",
     "Losing both the grid and the generators would leave operators with hours, not days, before the fuel began to overheat."],
    "other", "security", 2, EXPL, a="Iryna Holub", n="Theme piece (explainer with body): own story, importance 2; same theme as the grid story but not an event."),
  ]))

SEEDS.append(dict(id="9222", name="9222_harrowsend-worldrss", ext="xml", source="Harrowsend World Service", zone="UTC", render=r_harrowsend,
  title="Harrowsend World Service - World", build="Fri, 26 Aug 2022 20:35:00 GMT",
  notes="Invented outlet. General world-news RSS 2.0 feed, NEWEST FIRST, pubDate in GMT, CDATA paragraphs, no authors. Four of six items are off-beat. Main story spelled 'Slavyansk' (toll four at 14:00 GMT). " + D1,
  not_entries=["channel title/link/description/language/lastBuildDate/ttl"],
  entries=[
  OFF("2022-08-26 20:30", "Powell signals more interest rate rises despite risk to jobs",
      ["The chair of the US Federal Reserve, Jerome Powell, told a gathering of central bankers in Wyoming that the Fed would keep raising borrowing costs until inflation was under control, even if that meant slower growth and higher unemployment."],
      "powell-jackson-hole-speech-2022", n="US monetary policy."),
  E("2022-08-26 17:10", "Ukraine's occupied nuclear plant reconnected to grid",
    ["The Zaporizhzhia nuclear power station in southern Ukraine is back on the national grid after an outage that officials in Kyiv blamed on Russian shelling nearby.",
     "The International Atomic Energy Agency said it had been told the plant's backup diesel generators had kicked in while it was disconnected."],
    "other", "security", 3, GRID, sec=ZS),
  OFF("2022-08-26 15:00", "Pakistan declares national emergency as monsoon floods spread",
      ["Pakistan's government declared a national emergency after weeks of monsoon rain flooded large parts of Sindh and Balochistan provinces, with more than 900 people reported dead since June."],
      "pakistan-monsoon-floods-2022", n="Natural disaster in Pakistan."),
  E("2022-08-26 14:00", "Four killed in missile strike on eastern Ukrainian city",
    ["At least four people were killed when a missile hit a residential building in Slavyansk in eastern Ukraine early on Friday, the regional governor said.",
     "Russia's defence ministry did not comment on the strike."],
    "strikes", "strikes", 3, SLO),
  OFF("2022-08-26 11:20", "NASA moon rocket cleared for launch attempt on Monday",
      ["NASA managers gave the go-ahead for the first launch of the Space Launch System rocket from Florida on Monday, which is to send an uncrewed Orion capsule on a test flight around the moon."],
      "artemis-1-launch-preparation", n="Space launch."),
  OFF("2022-08-26 07:45", "Kenya's Supreme Court sets timetable for election challenge",
      ["Kenya's Supreme Court set out a timetable for hearing Raila Odinga's petition against the result of this month's presidential election, which William Ruto was declared to have won."],
      "kenya-election-petition-2022", n="Kenyan politics."),
  ]))

SEEDS.append(dict(id="9223", name="9223_oderbank-atom", ext="xml", source="Oderbank Ledger", zone="Europe/Warsaw", render=r_oderbank,
  title="Oderbank Ledger - English news", build="2022-08-26T23:31:00+02:00",
  notes="Invented outlet. Atom 1.0 feed, NEWEST FIRST, <published> with +02:00 (Warsaw, CEST), escaped-HTML content, author per entry. Main story spelled 'Sloviansk' (toll five at 18:30 CEST). " + D1,
  not_entries=["feed title/subtitle/links/id/updated"],
  entries=[
  E("2022-08-26 23:30", "Nuclear treaty conference fails over Zaporizhzhia paragraph",
    ["Four weeks of talks on the Treaty on the Non-Proliferation of Nuclear Weapons ended in New York on Friday night without a joint declaration, after the Russian delegation rejected passages on the occupied Zaporizhzhia plant.",
     "It is the second review conference in a row to end without agreement; the previous one, in 2015, collapsed over a different dispute."],
    "diplomacy", "diplomacy", 3, NPT, a="Agnieszka Wrona"),
  E("2022-08-26 20:45", "Norway to pay for artillery shells for Ukraine",
    ["Norway will spend about one billion kroner on artillery ammunition for Ukraine, to be bought from European manufacturers, the Norwegian defence ministry said.",
     "The money comes on top of the howitzers and air-defence missiles that Oslo has already sent."],
    "aid", "aid", 2, "norway-artillery-ammunition-funding-2022-08", a="Tomasz Lisowy"),
  E("2022-08-26 18:30", "Sloviansk: five dead after missile hits residential block",
    ["The number of people killed by a Russian missile in Sloviansk, in Ukraine's Donetsk region, has risen to five, the regional administration said on Friday afternoon.",
     "The missile struck shortly before dawn, when most residents were asleep."],
    "strikes", "strikes", 3, SLO, a="Agnieszka Wrona"),
  E("2022-08-26 16:05", "Rockets hit industrial area of Kramatorsk",
    ["Russian rockets struck an industrial district of Kramatorsk on Friday afternoon, damaging warehouses and a railway siding, the mayor said.",
     "There were no reports of casualties."],
    "strikes", "strikes", 2, "kramatorsk-rocket-strike-2022-08-26", a="Tomasz Lisowy", n="Neighbouring city, same day, different attack from Sloviansk: must not merge."),
  E("2022-08-26 12:15", "Border guards record 5.8 million arrivals from Ukraine",
    ["Polish border guards have registered about 5.8 million crossings from Ukraine since 24 February, while about 4 million people have crossed in the other direction, the service said on Friday."],
    "other", "humanitarian", 2, "poland-border-crossings-from-ukraine", a="Tomasz Lisowy"),
  ]))

# ============================================================ PART B, day 2: 2022-08-27 (UTC) — the day after day 1
D2 = "Day 2 (2022-08-27 UTC): 9230, 9231, 9232, 9233."
KHA = "kharkiv-saltivka-rocket-strike-2022-08-27"
ZSH = "znpp-site-shelling-2022-08-27"

SEEDS.append(dict(id="9230", name="9230_ambleworth-textlive", ext="txt", source="Ambleworth Herald", zone="America/New_York", render=r_ambleworth,
  title="Live updates: Russia's war in Ukraine", dateline="Saturday, August 27, 2022", lede="Updates are listed newest first. All times Eastern.",
  notes="Invented US outlet. Text live blog, NEWEST FIRST. Headline, then the stamp line '11:20 a.m. ET' AFTER the headline (US Eastern, EDT = UTC-4), body, then '— NAME'. Date line above the posts. Entry 04 continues day 1's Sloviansk story with a new development (seventh death, day of mourning, war-crimes case) and keeps the day-1 slug. Main day-2 story spelled 'Kharkiv ... Saltivka'. " + D2,
  not_entries=["masthead and menu", "title, date line, 'Updates are listed newest first. All times Eastern.'", "'— NAME' lines (author)", "'See more updates' and footer"],
  entries=[
  E("2022-08-27 19:05", "Lavrov says Moscow sees nothing to negotiate for now",
    ["Russian Foreign Minister Sergei Lavrov said in a television interview that there was no basis for talks with Kyiv at present and that Russia would pursue its goals in Ukraine by military means.",
     "He accused Western governments of encouraging Ukraine to keep fighting."],
    "diplomacy", "diplomacy", 2, "lavrov-no-basis-for-talks-2022-08-27", a="Colleen Marsh"),
  E("2022-08-27 15:40", "Operator says shelling damaged Zaporizhzhia plant systems",
    ["Energoatom, Ukraine's nuclear operator, said Russian shelling over the past day had damaged parts of the Zaporizhzhia plant's infrastructure and created a risk of hydrogen leaks and radioactive material being scattered.",
     "Russia's defense ministry said Ukrainian forces had fired 17 shells at the site and that radiation levels were normal."],
    "strikes", "strikes", 3, ZSH, a="Colleen Marsh", n="Same plant as day 1's grid story, different event: must not merge."),
  E("2022-08-27 12:10", "Kharkiv strike toll rises to three",
    ["Three people are now known to have died after a Russian rocket slammed into a 12-story apartment building in Kharkiv's Saltivka district on Saturday morning, regional governor Oleh Syniehubov said.",
     "Another eight were injured, among them a 10-year-old girl."],
    "strikes", "strikes", 3, KHA, a="Devin Okafor"),
  E("2022-08-27 09:25", "Sloviansk declares day of mourning as toll reaches seven",
    ["Authorities in Sloviansk declared Sunday a day of mourning after a woman pulled from the ruins of Friday's missile strike died in the hospital, raising the death toll to seven.",
     "Ukrainian prosecutors said they had opened a war crimes investigation into the attack."],
    "strikes", "strikes", 3, SLO, a="Devin Okafor",
    n="Continuation of day 1's story with a new development (seventh death, mourning, war-crimes case): keeps the day-1 slug; carried by 2 day-2 seeds -> 3."),
  E("2022-08-27 06:50", "Russian rocket hits Kharkiv high-rise, killing two",
    ["A Russian rocket struck a residential high-rise in the Saltivka district of Kharkiv, Ukraine's second-largest city, killing at least two people, local officials said.",
     "The strike came shortly after 8:30 local time, while many residents were still at home on a Saturday morning."],
    "strikes", "strikes", 3, KHA, a="Devin Okafor"),
  ]))

SEEDS.append(dict(id="9231", name="9231_tannerbeck-htmllive", ext="html", source="Tannerbeck Post", zone="Europe/Berlin", render=r_tannerbeck,
  title="Ukraine updates: Rocket hits Kharkiv apartment block", lede="The latest developments in Russia's war on Ukraine, updated through the day.",
  notes="Invented German outlet (English service). HTML live page without JSON-LD, OLDEST FIRST. Stamp '27.08.2022 | 09:15' in a span above each h3; no zone printed: Berlin time (CEST, UTC+2) implied by the outlet. No authors. Entry 02 is a photo teaser without body. Entry 04 is a RE-POST of day 1's explainer (9221-07) with the same headline and body: importance 1. Entry 06 repeats 05 nearly verbatim (duplicate_of). " + D2,
  not_entries=["header and menu", "h1 title and teaser line", "podcast promo box", "footer"],
  entries=[
  E("2022-08-27 09:15", "One dead after rocket hits Kharkiv apartment block",
    ["At least one person was killed when a rocket struck a residential block in Kharkiv's Saltivka neighbourhood on Saturday morning, according to the city's mayor, Ihor Terekhov.",
     "Russia has shelled Kharkiv almost daily since its forces failed to capture the city in the spring."],
    "strikes", "strikes", 3, KHA),
  E("2022-08-27 10:40", "Photos: Saltivka after the strike", [], "strikes", "strikes", 1, KHA, n="Photo teaser without body -> importance 1."),
  E("2022-08-27 12:30", "Borrell proposes EU training mission for Ukrainian troops",
    ["EU foreign policy chief Josep Borrell said he would ask defence ministers next week to back a European mission to train Ukrainian soldiers in neighbouring countries.",
     "Several member states already run national training programmes, but Borrell said a joint effort would be more efficient."],
    "aid", "aid", 2, "borrell-eu-training-mission-proposal", n="Same theme (military support) as the Gepard delivery, different event: must not merge."),
  E("2022-08-27 14:05", "Explainer: why a nuclear plant needs power from outside",
    ["Even when its reactors are shut down, a nuclear plant needs a steady supply of electricity to pump cooling water through the reactor cores and the pools where spent fuel is stored.",
     "If the external lines fail, diesel generators on site take over; Zaporizhzhia has enough fuel to run them for about ten days, according to Ukrainian officials.",
     "Losing both the grid and the generators would leave operators with hours, not days, before the fuel began to overheat."],
    "other", "security", 1, EXPL, n="Re-post of day-1 entry 9221-07 (the same explainer, syndicated again on day 2) -> importance 1."),
  E("2022-08-27 16:20", "Energoatom says shelling damaged Zaporizhzhia plant",
    ["Ukraine's nuclear energy company Energoatom said repeated shelling had damaged auxiliary buildings and equipment at the Zaporizhzhia plant and that the risk of fire was high.",
     "Moscow and Kyiv again blamed each other for the attacks."],
    "strikes", "strikes", 3, ZSH),
  E("2022-08-27 18:45", "Energoatom says shelling damaged Zaporizhzhia plant",
    ["Ukraine's nuclear energy company Energoatom said repeated shelling had damaged auxiliary buildings and equipment at the Zaporizhzhia plant and that the risk of a fire was high.",
     "Moscow and Kyiv again blamed each other for the attacks."],
    "strikes", "strikes", 1, ZSH, dup="9231-05", n="Near-verbatim repeat of 9231-05 -> importance 1."),
  E("2022-08-27 21:10", "Germany confirms delivery of more Gepard anti-aircraft guns",
    ["The German government said three more Gepard self-propelled anti-aircraft guns had reached Ukraine, bringing the total delivered so far to 30.",
     "Berlin has faced criticism at home and abroad over the pace of its weapons deliveries."],
    "aid", "aid", 2, "germany-gepard-delivery-2022-08-27"),
  ]))

SEEDS.append(dict(id="9232", name="9232_ashlough-worldrss", ext="xml", source="Ashlough World Report", zone="Asia/Tokyo", render=r_ashlough,
  title="Ashlough World Report: World", build="Sun, 28 Aug 2022 07:35:00 +0900",
  notes="Invented Tokyo outlet. General world-news RSS 2.0 feed, NEWEST FIRST, pubDate with +0900 (JST): the newest item is dated Sunday 28 August in Tokyo but is 27 August in UTC. Plain-text descriptions with entities (&#39;). No authors. Four of six items are off-beat. Main story spelled 'Kharkov ... Saltovka'. " + D2,
  not_entries=["channel title/link/description/language/lastBuildDate"],
  entries=[
  OFF("2022-08-28 07:30", "Thai court to rule next month on prime minister's term limit",
      ["Thailand's Constitutional Court said it would decide by the end of September whether Prime Minister Prayuth Chan-ocha had exceeded his legal eight-year limit in office; he remains suspended until then."],
      "thailand-prayuth-term-ruling", n="Thai politics."),
  E("2022-08-27 22:10", "Shelling hits Zaporizhzhia nuclear plant site again",
    ["The Zaporizhzhia nuclear plant in Ukraine was shelled again on Saturday, its Ukrainian operator said, warning of possible hydrogen leaks and a fire risk.",
     "Russia said Ukrainian forces had fired on the site."],
    "strikes", "strikes", 3, ZSH),
  E("2022-08-27 21:30", "Rocket attack on Kharkov kills at least two",
    ["A rocket attack on the Saltovka district of Kharkov, in north-eastern Ukraine, killed at least two people on Saturday, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA),
  OFF("2022-08-27 17:00", "Japan pledges 30 billion dollars for Africa at Tunis summit",
      ["Prime Minister Fumio Kishida, speaking by video link after catching Covid-19, said Japan would provide 30 billion dollars in public and private funding for Africa over three years."],
      "ticad-8-tunis", n="Japan-Africa summit."),
  OFF("2022-08-27 12:20", "Pakistan flood deaths approach 1,000",
      ["The death toll from Pakistan's monsoon floods has risen to nearly 1,000, the national disaster management authority said, as rescuers struggled to reach villages cut off by water."],
      "pakistan-monsoon-floods-2022", n="Natural disaster in Pakistan."),
  OFF("2022-08-27 09:40", "Wall Street slides after Fed chair's warning",
      ["US stocks closed sharply lower on Friday after the Federal Reserve chair said interest rates would stay high for some time to fight inflation."],
      "wall-street-falls-after-powell-2022-08-26", n="Markets."),
  ]))

SEEDS.append(dict(id="9233", name="9233_brindlecote-article", ext="txt", source="Brindlecote Journal", zone="Europe/Kyiv", render=r_article,
  masthead="Brindlecote Journal", menu="Home  Ukraine  World  Economy  Opinion  Podcasts",
  title="Weekend briefing: Kharkiv toll rises to four as Sloviansk mourns", byline_line="By Olena Marchuk", dateline="27 August 2022, 22:10 Kyiv time",
  lede="Here is what happened in the war on Saturday.",
  tail=["Read more: our full coverage of the war", "", "Brindlecote Journal | About | Contact | Privacy"],
  notes="Invented outlet. Text article with four section headings; one byline, one dateline '27 August 2022, 22:10 Kyiv time' (EEST, UTC+3). Per the convention each section is one entry, stamp null, published = the dateline. Section 03 is the theme piece (analysis). Sections 02 and 04 continue day-1 stories. Main story spelled 'Kharkiv ... Saltivka' (toll four). " + D2,
  not_entries=["masthead and menu", "title", "byline 'By Olena Marchuk' (author)", "dateline line", "lede 'Here is what happened in the war on Saturday.'",
               "'Read more: our full coverage of the war'", "footer"],
  entries=[
  E("2022-08-27 22:10", "Kharkiv: fourth victim dies",
    ["A fourth person has died after Saturday morning's rocket strike on an apartment block in Kharkiv's Saltivka district, the regional prosecutor's office said in the evening.",
     "Investigators said the rocket was fired from a multiple-launch system across the border in Russia's Belgorod region."],
    "strikes", "strikes", 3, KHA, a="Olena Marchuk"),
  E("2022-08-27 22:10", "Sloviansk: a city in mourning",
    ["Sloviansk will hold a day of mourning on Sunday for the seven people killed when a Russian missile hit a residential building on Friday.",
     "Prosecutors have classified the attack as a possible war crime."],
    "strikes", "strikes", 3, SLO, a="Olena Marchuk", n="Continuation of day 1's story (mourning, seventh death): keeps the day-1 slug."),
  E("2022-08-27 22:10", "Analysis: why Kharkiv is still within reach of Russian guns",
    ["Although Russian troops were pushed back from Kharkiv's outskirts in May, the front line still runs within 30 to 40 kilometres of the city, well within range of the rocket systems Russia uses.",
     "Ukrainian officials say only a further advance towards the border would free the city from near-daily bombardment."],
    "strikes", "strikes", 2, "analysis-kharkiv-within-rocket-range", a="Olena Marchuk", sec=["other"],
    n="Theme piece (analysis with body): own story, importance 2; same place as the Saltivka strike but not the event: must not merge."),
  E("2022-08-27 22:10", "Zaporizhzhia: inspectors' route still unresolved",
    ["Kyiv and Moscow had still not agreed on Saturday how UN nuclear inspectors should reach the Zaporizhzhia plant, although the IAEA said preparations for the visit were in their final stage."],
    "diplomacy", "diplomacy", 2, IAEA, a="Olena Marchuk", sec=["other"], n="Continues day 1's IAEA-mission story (route still disputed); only one day-2 seed -> 2."),
  ]))

# ============================================================ PART B, day 3: 2022-12-26 (UTC)
D3 = "Day 3 (2022-12-26 UTC): 9240, 9241, 9242, 9243, 9244."
KHE = "kherson-antonivka-shelling-2022-12-26"
ENG = "engels-airbase-drone-2022-12-26"
KUL = "kuleba-un-peace-summit-proposal"

SEEDS.append(dict(id="9240", name="9240_cressingham-worldatom", ext="xml", source="Cressingham World Feed", zone="UTC", render=r_cressingham,
  title="Cressingham World Feed", build="2022-12-26T21:45:00Z",
  notes="Invented outlet. General world-news Atom feed, NEWEST FIRST, <published> in Z (UTC), escaped-HTML content, only a feed-level author (entry author null). Four of six items are off-beat. Main story spelled 'Antonovka' (toll three). " + D3,
  not_entries=["feed title/link/id/updated", "feed-level author 'Cressingham World Desk' (desk, not a per-entry byline)"],
  entries=[
  OFF("2022-12-26 21:40", "China to end quarantine for international arrivals",
      ["China will stop requiring travellers arriving from abroad to go into quarantine from 8 January, the national health commission said, dismantling one of the last pillars of its zero-Covid policy."],
      "china-ends-arrival-quarantine", n="Chinese Covid policy."),
  E("2022-12-26 18:15", "Shelling of Kherson's Antonovka suburb kills three",
    ["Three civilians were killed on Monday when Russian artillery shelled Antonovka, a suburb on the eastern edge of Kherson, the regional governor said.",
     "Kherson has been under almost constant fire from Russian positions across the Dnipro river since Ukrainian forces retook the city in November."],
    "strikes", "strikes", 3, KHE),
  OFF("2022-12-26 15:30", "Deaths from US winter storm rise above 50",
      ["More than 50 people have died across the United States in a winter storm that buried the Buffalo area of New York state under several feet of snow, officials said."],
      "us-winter-storm-2022-12", n="US weather."),
  E("2022-12-26 11:50", "Russia says drone shot down over Engels airbase, three killed",
    ["Russia's defence ministry said its air defences shot down a Ukrainian drone as it approached the Engels military airfield in the Saratov region early on Monday, and that falling debris killed three technical staff.",
     "The base, home to strategic bombers used in strikes on Ukraine, was also targeted earlier this month."],
    "strikes", "strikes", 3, ENG),
  OFF("2022-12-26 09:05", "Nepal's Prachanda sworn in as prime minister for a third time",
      ["Pushpa Kamal Dahal, the former Maoist guerrilla leader known as Prachanda, was sworn in as Nepal's prime minister after forming a coalition with opposition parties."],
      "nepal-prachanda-sworn-in", n="Nepali politics."),
  OFF("2022-12-26 05:20", "Boxing Day Test gets under way in Melbourne",
      ["The second Test between Australia and South Africa began at the Melbourne Cricket Ground in front of a large holiday crowd."],
      "boxing-day-test-melbourne-2022", n="Cricket."),
  ]))

SEEDS.append(dict(id="9241", name="9241_linthwaite-ldlive", ext="html", source="Linthwaite Standard", zone="Europe/London", render=r_linthwaite,
  title="Russia-Ukraine war live: Kuleba calls for UN peace summit; deadly shelling in Kherson", dateline="Monday 26 December 2022",
  lede="Ukraine's foreign minister wants a peace summit by February; Russia says three died at a bomber base after a drone attack.",
  notes="Invented outlet. HTML live page, NEWEST FIRST. JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate per post (datePublished +00:00, author). Visible stamp '9.40pm' in <time datetime> (UK time; GMT = UTC in December) with the author's name beside it. Entry 02 is a photo teaser without body. Main story spelled 'Antonivka' (toll two). " + D3,
  not_entries=["header and menu", "h1 title, date line, standfirst", "author names beside the stamps (author)", "'Show older posts'", "footer"],
  entries=[
  E("2022-12-26 21:40", "Kuleba wants UN-hosted peace summit by the end of February",
    ["Ukraine's foreign minister, Dmytro Kuleba, said Kyiv wanted to hold a peace summit at the United Nations by the end of February, ideally with the secretary-general, António Guterres, acting as mediator.",
     "Kuleba said Russia could only be invited once it had faced a war crimes tribunal, a condition Moscow is certain to reject."],
    "diplomacy", "diplomacy", 3, KUL, a="Rhiannon Blake"),
  E("2022-12-26 18:05", "Pictured: homes damaged by shelling in Antonivka", [], "strikes", "strikes", 1, KHE, a="Sam Okoro", n="Photo teaser without body -> importance 1."),
  E("2022-12-26 14:20", "Two killed as Russian shells hit Kherson suburb",
    ["Two people were killed and three wounded when Russian shells struck houses in Antonivka, on the outskirts of Kherson, the region's military administration said.",
     "Officials urged residents of the suburb, which faces Russian positions across the river, to move to safer parts of the city."],
    "strikes", "strikes", 3, KHE, a="Sam Okoro"),
  E("2022-12-26 11:10", "Moscow says debris from downed drone killed three at Engels base",
    ["Three Russian servicemen were killed at the Engels airbase when a Ukrainian drone was shot down on approach and its wreckage fell on the airfield, the Russian defence ministry said.",
     "Kyiv has not commented; it rarely confirms attacks inside Russia."],
    "strikes", "strikes", 3, ENG, a="Rhiannon Blake"),
  E("2022-12-26 08:30", "Grid operator says power deficit narrowing after repairs",
    ["Ukraine's grid operator Ukrenergo said repairs to damaged substations had reduced the country's power shortfall, though scheduled blackouts would continue in most regions.",
     "The company said unusually mild weather over the holiday had also eased demand."],
    "other", "humanitarian", 2, "ukrenergo-deficit-narrowing-2022-12-26", a="Sam Okoro"),
  ]))

SEEDS.append(dict(id="9242", name="9242_gorsemere-textlive", ext="txt", source="Gorsemere Daily", zone="Europe/Kyiv", render=r_gorsemere, parse_args=["--date", "2022-12-26"],
  title="Ukraine live: shelling in Kherson's Antonivka; Kremlin says any deal must reflect 'new realities'", byline_line="Compiled by Yulia Koval",
  lede="Our rolling coverage of Russia's war in Ukraine. Times are Kyiv time.",
  notes="Invented outlet. Text live blog, OLDEST FIRST, NO YEAR printed (parse_args --date 2022-12-26, the first printed local day). Day headers 'Monday, 26 December' and 'Tuesday, 27 December': the last post (00:40 Kyiv, EET = UTC+2) crosses local midnight but is still 26 December in UTC. Bare '08:15' stamp line BEFORE each headline. One page byline 'Compiled by Yulia Koval' is every entry's author. Entry 04 repeats 02 nearly verbatim (duplicate_of). Main story spelled 'Antonivka' (toll one). " + D3,
  not_entries=["site name and menu", "title", "page byline 'Compiled by Yulia Koval' (author)", "lede 'Our rolling coverage ...'", "day headers 'Monday, 26 December' and 'Tuesday, 27 December'",
               "closing line 'That's all from us for today...'", "footer"],
  entries=[
  E("2022-12-26 08:15", "Ukrainian troops press towards Kreminna, governor says",
    ["Ukrainian forces are slowly advancing through the forests west of Kreminna in the Luhansk region, governor Serhiy Haidai said, while Russia has brought in reinforcements to hold the town.",
     "He said fighting was also heavy around Bakhmut, further south."],
    "other", "frontline", 2, "kreminna-advance-2022-12-26", a="Yulia Koval"),
  E("2022-12-26 10:05", "One killed as shells hit Kherson's Antonivka district",
    ["One person was killed and two wounded when Russian artillery hit the Antonivka district of Kherson this morning, the city military administration said."],
    "strikes", "strikes", 3, KHE, a="Yulia Koval"),
  E("2022-12-26 12:40", "Kremlin says any peace plan must reflect 'new realities'",
    ["Kremlin spokesman Dmitry Peskov said no peace plan for Ukraine could succeed unless it took into account what he called the new realities, meaning the four Ukrainian regions Russia claims to have annexed.",
     "He was responding to Zelensky's 10-point peace formula."],
    "diplomacy", "diplomacy", 2, "peskov-new-realities-2022-12-26", a="Yulia Koval", n="Same theme as Kuleba's summit proposal and Putin's interview, separate statement: must not merge."),
  E("2022-12-26 15:30", "One killed as shells hit Kherson's Antonivka district",
    ["One person was killed and two wounded when Russian artillery hit the Antonivka district of Kherson on Monday morning, the city military administration said."],
    "strikes", "strikes", 1, KHE, a="Yulia Koval", dup="9242-02", n="Near-verbatim repeat of 9242-02 re-published in the afternoon -> importance 1."),
  E("2022-12-26 19:20", "Ukraine watching Belarus border as Russian troops drill",
    ["Ukraine's border service said it was monitoring the northern border closely as Russian units stationed in Belarus held exercises, but saw no sign of an attack force being assembled."],
    "other", "security", 2, "belarus-drills-border-watch-2022-12-26", a="Yulia Koval"),
  E("2022-12-27 00:40", "Air raid alerts across eastern regions after midnight",
    ["Air raid sirens sounded in the Kharkiv, Dnipropetrovsk and Zaporizhzhia regions shortly after midnight, and the air force warned of drones approaching from the south-east."],
    "strikes", "strikes", 2, "air-raid-alerts-night-2022-12-27", a="Yulia Koval", n="Local midnight crossing: Tuesday 00:40 Kyiv = Monday 22:40 UTC."),
  ]))

SEEDS.append(dict(id="9243", name="9243_mapleford-article", ext="txt", source="Mapleford Ledger", zone="America/Toronto", render=r_article,
  masthead="THE MAPLEFORD LEDGER", menu="News  Canada  World  Business  Opinion  Sports  Life",
  title="Ukraine war, Day 306: Kherson shelled again as Kyiv pushes for peace summit", byline_line="By Jordan Ashcroft, Staff Reporter",
  dateline="Published Dec. 26, 2022 6:15 p.m. EST", lede="The main developments in Russia's war against Ukraine on Monday.",
  tail=["Sign up for our World Briefing newsletter", "", "\u00a9 The Mapleford Ledger 2022"],
  notes="Invented Canadian outlet. Text article with four section headings; one byline, one dateline 'Published Dec. 26, 2022 6:15 p.m. EST' (Toronto, UTC-5). Per the convention each section is one entry, stamp null, published = the dateline (23:15 UTC). Main story: 'Antonivka' (toll three). " + D3,
  not_entries=["masthead and menu", "title", "byline line (author 'Jordan Ashcroft')", "dateline line", "lede", "newsletter line and copyright"],
  entries=[
  E("2022-12-26 18:15", "Kherson",
    ["Russian shelling killed three people in Antonivka, a riverside district of Kherson, on Monday, Ukrainian officials said, in the latest of many attacks on the city since its liberation in November."],
    "strikes", "strikes", 3, KHE, a="Jordan Ashcroft"),
  E("2022-12-26 18:15", "Engels airbase",
    ["Russia said three of its airmen died when a Ukrainian drone was downed over the Engels airbase, some 600 kilometres from the front line, the second such incident this month.",
     "Satellite images earlier in December showed Tu-95 bombers parked at the base, which Russia uses to launch cruise missiles at Ukraine."],
    "strikes", "strikes", 3, ENG, a="Jordan Ashcroft"),
  E("2022-12-26 18:15", "Diplomacy",
    ["Foreign Minister Dmytro Kuleba said Ukraine hoped to convene a peace summit at the United Nations within two months, but insisted Russia face justice for war crimes before taking part."],
    "diplomacy", "diplomacy", 3, KUL, a="Jordan Ashcroft"),
  E("2022-12-26 18:15", "Canada",
    ["Defence Minister Anita Anand said Canadian instructors would keep training Ukrainian recruits in Britain through next year, after more than 1,000 had completed the course since the summer."],
    "aid", "aid", 2, "canada-training-ukrainian-recruits-uk", a="Jordan Ashcroft", n="Same theme (military support) as Latvia's Stingers and the Bushmasters, different event: must not merge."),
  ]))

SEEDS.append(dict(id="9244", name="9244_wattlecreek-listing", ext="html", source="Wattle Creek Herald", zone="Australia/Sydney", render=r_wattle,
  title="Ukraine war",
  notes="Invented Australian outlet. HTML topic listing, NEWEST FIRST; per-card 'By NAME' then stamp 'December 27 2022 - 9.40am' with no zone printed: Sydney time (AEDT, UTC+11) implied by the outlet, so the two newest cards are 27 December locally but 26 December in UTC. Entry 01 is the day's theme piece (explainer). Main story spelled 'Antonivka' (toll one). " + D3,
  not_entries=["header and menu", "h1 'Ukraine war' (page title)", "'By NAME' lines (author)", "'Advertisement'", "footer"],
  entries=[
  E("2022-12-27 09:40", "Explainer: why many Ukrainians celebrated Christmas on December 25 this year",
    ["For most Ukrainians, Christmas has traditionally fallen on January 7, in line with the Julian calendar used by the Russian Orthodox Church.",
     "This year the Orthodox Church of Ukraine allowed its parishes to celebrate on December 25, and many families chose to do so as a way of breaking with Moscow.",
     "Surveys suggest the change is most popular among younger Ukrainians and in the west of the country."],
    "other", "politics", 2, "explainer-ukraine-christmas-date", a="Lachlan Reid", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-12-27 06:15", "Latvia to send more Stinger missiles to Ukraine",
    ["Latvia will send Ukraine another batch of Stinger air-defence missiles and spare parts for howitzers, its defence ministry said, without giving numbers."],
    "aid", "aid", 2, "latvia-stinger-delivery-2022-12", a="Reuters"),
  E("2022-12-26 22:30", "One dead as Russian shelling resumes in Kherson",
    ["A man was killed in the Kherson suburb of Antonivka on Monday as Russian forces shelled the city again, Ukrainian officials said.",
     "Russian troops withdrew across the Dnipro river last month but continue to bombard the city from the opposite bank."],
    "strikes", "strikes", 3, KHE, a="Reuters"),
  E("2022-12-26 18:05", "Australian-made Bushmasters reach Ukrainian front-line units",
    ["Bushmaster armoured vehicles sent by Australia are now in use with Ukrainian units in the east, Ukraine's ambassador in Canberra said, thanking Australians for their support."],
    "aid", "aid", 2, "bushmasters-reach-ukraine-units", a="Lachlan Reid"),
  E("2022-12-26 13:20", "Putin says Russia is open to talks; Kyiv dismisses the offer",
    ["Vladimir Putin said in a television interview that Russia was ready to negotiate an acceptable outcome with everyone involved, and blamed Kyiv and its Western backers for refusing.",
     "An adviser to Zelensky said Russia did not want negotiations but was trying to avoid responsibility."],
    "diplomacy", "diplomacy", 2, "putin-open-to-talks-interview-2022-12-25", a="AFP"),
  ]))


# ============================================================ emit
BASIS = {
  "r_telegraph": "card stamp 'Published {s}' (DD.MM.YY, 12 h); India time implied by the outlet, IST = UTC+05:30",
  "r_deccan": "'Published {s}' (full date, 12 h, IST printed = UTC+05:30)",
  "r_hans": "pubDate '{s}' (explicit +0530)",
  "r_assam": "stamp '{s}' (full date; the site prints GMT = UTC)",
  "r_fpj": "time line '{s}' on the page's day {d} (title names 'June 25' without a year: parse_args --date); IST = UTC+05:30",
  "r_pioneer": "pubDate '{s}' (explicit GMT)",
  "r_midday": "bold time '{s}' on the day of the page line 'Updated on: 01 November,2022 11:58 PM IST' (lede: all times IST = UTC+05:30)",
  "r_navhind": "visible date '{s}'; time from the <time datetime> attribute ({iso}); IST = UTC+05:30",
  "r_statesman": "stamp '{s}' (full date, 12 h); India time implied by the outlet, IST = UTC+05:30",
  "r_gk": "no per-section time; the article's 'Publish Date: Aug 30 2022 11:41PM' (IST implied, UTC+05:30) used for every section; JSON-LD datePublished agrees",
  "r_kestrel": "stamp '{s}' (full date; BST = UTC+1)",
  "r_eskdown": "stamp '{s}' in <time datetime> ({iso}) under the date line for {d}; JSON-LD update datePublished agrees",
  "r_harrowsend": "pubDate '{s}' (explicit GMT)",
  "r_oderbank": "<published> '{s}' (explicit offset)",
  "r_ambleworth": "stamp '{s}' under the date line 'Saturday, August 27, 2022'; ET = EDT = UTC-4",
  "r_tannerbeck": "stamp '{s}' (date and time; Berlin CEST = UTC+2 implied by the outlet)",
  "r_ashlough": "pubDate '{s}' (explicit +0900)",
  "r_article": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_cressingham": "<published> '{s}' (UTC)",
  "r_linthwaite": "stamp '{s}' in <time datetime> ({iso}) under the date line 'Monday 26 December 2022'; UK time = GMT = UTC in December; JSON-LD update agrees",
  "r_gorsemere": "stamp '{s}' under the day header for {d} (no year printed: parse_args --date 2022-12-26); Kyiv EET = UTC+2",
  "r_wattle": "stamp '{s}' (date and 12 h time; Sydney AEDT = UTC+11 implied by the outlet)",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=d.isoformat()),
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
        print(fn, len(ents))


if __name__ == "__main__":
    main()

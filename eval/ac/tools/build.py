#!/usr/bin/env python3
"""Builds eval/ac seeds and gold files from the hand-written table below (one table renders both).
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/ac/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **extra)


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def ldesc(s):  # JSON-LD strings as some CMSs emit them: apostrophes and ampersands as HTML entities
    return s.replace("&", "&amp;").replace("'", "&#39;")


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", (s or "item").lower()).strip("-")[:60]


def ampm(d, style):
    hh = d.hour % 12 or 12
    pm = d.hour >= 12
    if style == "a.m.":
        return f"{hh}:{d.minute:02d} {'p.m.' if pm else 'a.m.'}"
    if style == "dotpm":
        return f"{hh}.{d.minute:02d}{'pm' if pm else 'am'}"
    if style == "PM":
        return f"{hh}:{d.minute:02d} {'PM' if pm else 'AM'}"
    if style == "0pm":
        return f"{hh:02d}:{d.minute:02d} {'pm' if pm else 'am'}"
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# =============================================================== Part A renderers

def r_gleaner(S):  # Jamaica Gleaner: text scrape of the World News section; "Published:Tuesday | January 9, 2024 | 2:35 PM" AFTER headline
    z = S["zone"]
    L = ["The Gleaner", "Tuesday | January 9, 2024", "Subscribe   Log In   e-Paper", "",
         "News   Lead Stories   Business   Sports   Entertainment   Commentary   Letters   Health   Art & Leisure   World News   Obituaries", "",
         "This website uses cookies to ensure you get the best experience on our website. Learn more   Got it!", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published:{d.strftime('%A')} | {MONTHS[d.month-1]} {d.day}, {d.year} | {ampm(d, 'PM')}"
        stamps.append(st)
        L += [e["h"], st]
        L += [f"{e['a']}/{e['role']}" if e["a"] else "-"]
        L += [""] + ptxt(e["p"]) + ["Read More", "Share: Facebook   X   WhatsApp   Email", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Most Popular:   Lead Stories   Sport   Entertainment", ""]
    L += ["Load more", "", "Sign up for The Gleaner newsletter", "Email address   Subscribe", "",
          "© 2024 The Gleaner Company (Media) Limited. All Rights Reserved.   Privacy Policy   Terms of Use   Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_batimes(S):  # Buenos Aires Times tag page (HTML), cards with "13-01-2024 14:05", "by X", NewsArticle JSON-LD for the lead card
    z = S["zone"]
    lead = S["entries"][0]; d0 = dt(lead["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": lead["h"], "datePublished": d0.isoformat(),
          "author": [{"@type": "Person", "name": lead["a"]}], "publisher": {"@type": "Organization", "name": "Buenos Aires Times"},
          "mainEntityOfPage": S["url"] + "/" + slug(lead["h"])}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Buenos Aires Times</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header class="bat-header"><a class="logo" href="/">Buenos Aires Times</a><span class="edition">Saturday, January 13, 2024</span>'
           '<nav><a href="/argentina">Argentina</a> <a href="/latin-america">Latin America</a> <a href="/world">World</a> <a href="/economy">Economy</a>'
           ' <a href="/politics">Politics</a> <a href="/opinion">Opinion</a> <a href="/culture">Culture</a> <a href="/sports">Sports</a></nav>'
           '<a class="subscribe" href="/suscripciones">Subscribe</a></header>',
           f'<main><div class="tag-head"><span class="tag-label">TAG</span><h1>{esc(S["title"])}</h1></div>', '<section class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d-%m-%Y %H:%M"); stamps.append(st)
        out.append(f'<article class="news-card"><span class="kicker">{esc(e["kick"])}</span>')
        out.append(f'<h2><a href="{S["url"]}/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="meta"><time datetime="{d.isoformat()}">{st}</time>' + (f' <span class="author">by {esc(e["a"])}</span>' if e["a"] else "") + "</div>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Buenos Aires Times newsletter</h3><p>The week in Argentina, every Saturday.</p><button>Sign up</button></aside>')
    out += ["</section>", '<aside class="most-read"><h3>Most read</h3><ol><li><a href="/economy/x">Peso slides on parallel market</a></li>'
            '<li><a href="/politics/y">Omnibus bill heads to committee</a></li></ol></aside>', "</main>",
            '<footer><p>© 2024 Buenos Aires Times – Perfil Network. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mnd(S):  # Mexico News Daily WordPress RSS 2.0: pubDate in +0000, dc:creator, content:encoded CDATA
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", '<atom:link href="https://mexiconewsdaily.com/feed/" rel="self" type="application/rss+xml" />',
           "<link>https://mexiconewsdaily.com</link>", "<description>Mexico&#039;s English-language news source</description>",
           "<language>en-US</language>", "<sy:updatePeriod>hourly</sy:updatePeriod>", "<generator>https://wordpress.org/?v=6.4.3</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        if i == 0:
            out.insert(6, f"<lastBuildDate>{st}</lastBuildDate>")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://mexiconewsdaily.com/{e['cat'].lower()}/{slug(e['h'])}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e['cat']}]]></category>",
                f'<guid isPermaLink="false">https://mexiconewsdaily.com/?p={S["id"]}{i+1:02d}</guid>',
                f"<description><![CDATA[{e['p'][0][:90]}&#8230;]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) +
                '<p>The post <a href="https://mexiconewsdaily.com/">' + esc(e["h"]) + "</a> appeared first on Mexico News Daily.</p>]]></content:encoded>",
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_merco(S):  # MercoPress text scrape: "Tuesday, April 23rd 2024 - 09:44 UTC" under each headline; site clock shows the next day
    L = ["MercoPress, South Atlantic News Agency", S["clock"], "",
         "Home   Argentina   Brazil   Chile   Falkland Islands   Mercosur   Paraguay   Uruguay   Antarctica   International", "",
         "We use cookies to improve your experience. By continuing you accept our cookie policy.   Accept", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"])
        st = f"{d.strftime('%A')}, {MONTHS[d.month-1]} {ordinal(d.day)} {d.year} - {d.strftime('%H:%M')} UTC"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Read full article", f"{e['com']} comments", ""]
        if i == 3:
            L += ["Advertising", ""]
    L += ["Older news", "", "Top Stories   Most read   Most commented", "",
          "Copyright © 1997-2024 MercoPress. All rights reserved.   About us   Contact   RSS"]
    return "\n".join(L) + "\n", stamps


def r_hani(S):  # The Hankyoreh English edition International list (HTML): "Posted on : Jun.11,2024 16:22 KST Modified on : ..." per story, per-story reporter
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} : International : News : The Hankyoreh</title>",
           "</head><body>", '<div id="top"><a href="/">hankyoreh</a> <span>English edition</span> <a href="//www.hani.co.kr">Korean</a> <a href="//japan.hani.co.kr">Japanese</a> <a href="//china.hani.co.kr">Chinese</a></div>',
           '<nav id="gnb"><a href="/arti/politics/">Politics</a> <a href="/arti/society/">Society</a> <a href="/arti/economy/">Economy</a> <a href="/arti/international/">International</a> <a href="/arti/english_editorials/">Editorial</a> <a href="/arti/culture/">Culture</a> <a href="/arti/sports/">Sports</a> <a href="/arti/PRINT/">Photo</a></nav>',
           f'<div id="contents"><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="article-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); m = dt(e["mod"], z) if e.get("mod") else d
        st = f"Posted on : {d.strftime('%b')}.{d.day},{d.year} {d.strftime('%H:%M')} KST"; stamps.append(st)
        mod = f"Modified on : {m.strftime('%b')}.{m.day},{m.year} {m.strftime('%H:%M')} KST"
        out.append('<div class="article-area">')
        out.append(f'<h4 class="article-title"><a href="/arti/international/{S["id"]}{i}.html">{esc(e["h"])}</a></h4>')
        out.append(f'<p class="date-time"><span>{st}</span> <span>{mod}</span></p>')
        out += [f'<p class="text">{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}, staff reporter</p>')
        out.append('<div class="share"><a>facebook</a> <a>twitter</a> <a>Copy URL</a></div></div>')
        if i == 2:
            out.append('<div class="ad">AD</div><div class="popular"><h3>Most viewed articles</h3><ul><li><a href="/p1">Opposition wins 175 seats</a></li></ul></div>')
    out += ["</div></div>", '<footer><p>Please direct questions or comments to [english@hani.co.kr]</p><p>Copyright (c) Hankyoreh. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ghanaweb(S):  # GhanaWeb text scrape: relative stamp on its own line BEFORE the headline; "Source:" line after body; page "Last updated" clock
    L = ["GhanaWeb", "Home   News   Business   Sports   Entertainment   Africa   Opinions   Country   TV", "", S["clock"], "",
         "This site uses cookies. By continuing to browse you agree to our use of cookies.   OK", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = e["rel"]; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        L += [f"Source: {e['a']}" if e["a"] else "Source: www.ghanaweb.com", "Comments (0)   Share", ""]
        if i == 2:
            L += ["Advertisement", "", "Download our App to get the latest news", ""]
    L += ["More World News", "", "Copyright © 1994 - 2024 GhanaWeb. All rights reserved.   About   Contact   Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_citizen(S):  # The Citizen (Tanzania) text scrape: key-events article, bullets grouped under subheads; byline glued to the date line
    L = ["The Citizen", "Tuesday, August 13, 2024", "News   Business   Politics   Sports   Magazines   Oped   Africa   World   ePaper", "",
         "Subscribe to The Citizen for full access   Subscribe", "", "World", "", S["title"], "", S["dateline"], "",
         "Share   Facebook   Twitter   WhatsApp   LinkedIn", "", S["lede"], ""]
    cur = None
    for e in S["entries"]:
        if e["grp"] != cur:
            cur = e["grp"]; L += [cur, ""]
        L += ptxt(e["p"])
    L += ["Read more: Kenya, Tanzania leaders discuss border trade", "", "Mwananchi Communications Limited", "",
          "© 2024 Mwananchi Communications Ltd. All rights reserved.   Terms of Use   Privacy Policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_addis(S):  # Addis Standard Atom (WordPress): Z times, entity-escaped html content
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">',
           f'<title type="text">{esc(S["title"])}</title>', "<subtitle type=\"text\">Addis Standard</subtitle>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]).astimezone(UTC); st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        if i == 0:
            out += [f"<updated>{st}</updated>", '<link rel="alternate" type="text/html" href="https://addisstandard.com" />',
                    "<id>https://addisstandard.com/feed/atom/</id>"]
        out += ["<entry>", f"<author><name>{esc(e['a'] or 'Addis Standard')}</name></author>", f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="https://addisstandard.com/{slug(e["h"])}/" />',
                f"<id>https://addisstandard.com/?p={S['id']}{i}</id>", f"<updated>{st}</updated>", f"<published>{st}</published>",
                f'<category scheme="https://addisstandard.com" term="{e["cat"]}" />',
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out += ["</feed>"]
    return "\n".join(out) + "\n", stamps


def r_onenews(S):  # 1News live page (HTML): date lines + "2.35pm" stamps, newest first, crosses local midnight; LiveBlogPosting JSON-LD with entities
    z = S["zone"]
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": ldesc(e["h"]), "datePublished": d.isoformat(), "articleBody": ldesc(" ".join(e["p"]))})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": ldesc(S["title"]), "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "1News"}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en-NZ"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | 1News</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header><a class="brand" href="/">1News</a><nav><a href="/latest">Latest</a> <a href="/new-zealand">New Zealand</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/te-ao-maori">Te Ao Māori</a></nav><a href="https://www.tvnz.co.nz">Watch on TVNZ+</a></header>',
           f'<main><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["author"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<div class="live-posts">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); lab = f"{d.strftime('%A')}, {MONTHS[d.month-1]} {d.day}"
        if lab != cur:
            cur = lab; out.append(f'<h2 class="day">{lab}</h2>')
        st = ampm(d, "dotpm"); stamps.append(st)
        out.append(f'<article class="post"><p class="time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-src="tvnz-player"></div>')
        out.append('<div class="share">Share <a>Facebook</a> <a>X</a> <a>Email</a></div></article>')
        if i == 2:
            out.append('<aside class="promo">Get the 1News app for breaking news alerts</aside>')
    out += ["</div></main>", '<aside class="related"><h3>Related</h3><a href="/world/1">Explained: the EU&#39;s sanctions machinery</a></aside>',
            "<footer>© 2024 TVNZ. 1News is the news service of Television New Zealand. Privacy   Terms   Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_edge(S):  # The Edge Malaysia World section listing (HTML): "20 Oct 2024, 09:15 am" and per-story reporter
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The Edge Malaysia</title>",
           "</head><body>", '<div class="topbar"><span>Sunday, 20 October 2024</span> <a href="/login">Login</a> <a href="/subscribe">Subscribe</a></div>',
           '<header><a class="logo" href="/">theedgemalaysia.com</a><nav><a href="/categories/corporate">Corporate</a> <a href="/categories/malaysia">Malaysia</a> <a href="/categories/world">World</a> <a href="/categories/markets">Markets</a> <a href="/categories/tech">Tech</a> <a href="/categories/options">Options</a> <a href="/categories/esg">ESG</a></nav></header>',
           f'<main><h1 class="cat-title">{esc(S["title"])}</h1>', '<div class="news-listing">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {d.strftime('%b')} {d.year}, {ampm(d, '0pm')}"; stamps.append(st)
        out.append('<div class="listing-item"><div class="card-body">')
        out.append(f'<a href="/node/{S["id"]}{i}"><span class="headline">{esc(e["h"])}</span></a>')
        out.append(f'<div class="info"><span class="author">{esc(e["a"]) if e["a"] else "theedgemalaysia.com"}</span> <span class="timestamp">{st}</span></div>')
        out += [f'<div class="summary"><p>{esc(p)}</p></div>' for p in e["p"]]
        out.append("</div></div>")
        if i == 2:
            out.append('<div class="ads">Advertisement</div><div class="newsletter"><b>Sign up for The Edge newsletters</b> <input placeholder="Email"/> <button>Submit</button></div>')
    out += ["</div>", '<div class="pagination"><a>1</a> <a>2</a> <a>Next</a></div>', "</main>",
            "<footer>Copyright © 1999-2024 The Edge Communications Sdn. Bhd. All rights reserved.   Privacy Policy   Terms of Use</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== Part B renderers

def r_aysgarth(S):  # text live blog, OLDEST first, "2.35pm" stamps, date line, Key Points, one page byline
    z = S["zone"]
    L = ["AYSGARTH DAILY", "News   World   Business   Sport   Culture   Weather", "", S["title"], "", S["byline"], S["dateline"], "All times BST", "",
         "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest updates appear at the bottom of this page.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "dotpm"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["Video unavailable in this format", ""]
        L += ["Share this update", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Back to top", "", "Aysgarth Daily newsletter: the world in five minutes. Sign up", "", "© Aysgarth Daily 2024"]
    return "\n".join(L) + "\n", stamps


def r_borrowdale(S):  # HTML live + LiveBlogPosting JSON-LD; per-post byline BEFORE headline; visible "17 August 2024 16:38" stamps; newest first
    z = S["zone"]
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "author": {"@type": "Person", "name": e["a"]},
                    "articleBody": " ".join(e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"],
          "coverageStartTime": dt(S["entries"][-1]["t"], z).isoformat(), "dateModified": dt(S["entries"][0]["t"], z).isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           f'<header><a class="logo" href="/">{S["source"]}</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/analysis">Analysis</a> <a href="/podcasts">Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="note">{esc(S["note"])}</p>', '<ol class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        out.append(f'<li class="update"><p class="by">{esc(e["a"])}</p><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share"><button>Copy link</button> <button>Share</button></div></li>')
        if i == 3:
            out.append('<li class="promo"><aside>Support independent reporting from Ukraine. <a href="/donate">Donate</a></aside></li>')
    out += ["</ol>", '<aside class="related"><h3>Read more</h3><a href="/a/1">The war in maps</a></aside>', "</main>",
            f"<footer>© 2024 {S['source']} · Privacy · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_gmt(S):  # general world-news RSS 2.0, GMT pubDates, CDATA html, optional author
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], "UTC"); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{e['cat'].lower()}/{slug(e['h'])}</link>",
                f"<guid isPermaLink=\"false\">{S['id']}-{i+1}</guid>", f"<pubDate>{st}</pubDate>", f"<category>{e['cat']}</category>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += ["<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_article(S):  # HTML article, NewsArticle JSON-LD (entities in strings), one entry; visible date line is the stamp
    z = S["zone"]
    e = S["entries"][0]; d = dt(e["t"], z)
    st = S["stampfmt"](d); 
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ldesc(e["h"]), "datePublished": d.isoformat(),
          "author": {"@type": "Person", "name": e["a"]}, "publisher": {"@type": "Organization", "name": S["source"]},
          "description": ldesc(e["p"][0])}
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(e['h'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           f'<header><a class="masthead" href="/">{S["source"]}</a><nav><a href="/world">World</a> <a href="/uk">UK</a> <a href="/money">Money</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a></nav></header>',
           f'<main><article><p class="kicker">{esc(S["kicker"])}</p><h1>{esc(e["h"])}</h1>',
           f'<div class="meta"><span class="byline">By {esc(e["a"])}</span> <time datetime="{d.isoformat()}">{st}</time></div>',
           '<div class="share">Share <a>Facebook</a> <a>X</a> <a>Email</a> <a>Copy link</a></div>',
           f'<figure><img src="/img/{S["id"]}.jpg" alt=""/><figcaption>{esc(S["caption"])}</figcaption></figure>']
    out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["</article>", '<aside class="newsletter"><h3>Morning Brief</h3><p>Get our top stories in your inbox.</p><button>Sign up</button></aside>',
            f'<aside class="related"><h3>More on this story</h3><ul>' + "".join(f'<li><a href="/r/{k}">{esc(r)}</a></li>' for k, r in enumerate(S["related"])) + "</ul></aside>",
            "</main>", f"<footer>© {S['source']} 2024 · Terms · Privacy · Cookie settings</footer></body></html>"]
    return "\n".join(out) + "\n", [st]


def r_ennerdale(S):  # HTML live without JSON-LD; time on its own line before the headline ("5:40 a.m."); oldest first; page byline
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", "</head><body>",
           f'<header><div class="brand">{S["source"]}</div><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="byline">{esc(S["byline"])}</p>',
           '<div class="stream">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m."); stamps.append(st)
        out.append(f'<div class="entry"><div class="ts">{st}</div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="inline-related">Related: <a href="/world/kursk-map">Map: where Ukrainian troops are in Kursk</a></div>')
    out += ["</div></main>", f'<footer>{S["source"]} · Contact us · Complaints · © 2024</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_fyling(S):  # RSS 2.0, +0300 pubDate, entity-escaped HTML description, <author>; one item with empty description (photo teaser)
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f"<guid>{S['link']}/{i+1}-{slug(e['h'])[:20]}</guid>",
                f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<author>news@fylingdalespost.example ({esc(e['a'])})</author>")
        out.append("<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_gunnerside(S):  # text live, "1409 GMT" stamp line then headline; NO date anywhere on the page; signature "(Reporting by X)"
    L = ["GUNNERSIDE REPORT", "Home | World | Europe | Markets | Sport", "", S["title"], "", S["lede"], "", "Follow our live coverage below.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], "UTC"); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"(Reporting by {e['a']})", ""]
        if i == 1:
            L += ["Sponsored content", ""]
    L += ["Load earlier updates", "", "Gunnerside Report – terms, privacy, contact"]
    return "\n".join(L) + "\n", stamps


def r_atom_xhtml(S):  # general world Atom, Z times, inline xhtml content
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}"/>', f"<id>{S['link']}/atom</id>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], "UTC"); st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        if i == 0:
            out.append(f"<updated>{st}</updated>")
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}"/>', f"<id>{S['link']}/{S['id']}-{i+1}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out += ['<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_ingleton(S):  # text live, newest first, bare "14:38" stamps under a date line, Key Points, one page byline
    z = S["zone"]
    L = ["Ingleton Live", "Home  ·  War in Ukraine  ·  Europe  ·  World  ·  Podcasts", "", S["title"], S["byline"], "", S["dateline"], S["tznote"], "",
         "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Read also: Who decides when Ukraine's air raid sirens sound?", ""]
    L += ["Older posts", "", "Cookie settings  ·  Ingleton Live © 2024"]
    return "\n".join(L) + "\n", stamps


def r_keswick(S):  # HTML live + LiveBlogPosting JSON-LD (entities in strings), oldest first, "9:20 a.m. ET" stamps, per-post bylines after headline
    z = S["zone"]
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": ldesc(e["h"]), "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = ldesc(" ".join(e["p"]))
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": ldesc(S["title"]),
          "coverageStartTime": dt(S["entries"][0]["t"], z).isoformat(), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           f'<header><a href="/">{S["source"]}</a><nav><a href="/us">U.S.</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav><button>Subscribe</button></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["dek"])}</p>', f'<p class="pubdate">{esc(S["dateline"])}</p>', '<section class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m.") + " ET"; stamps.append(st)
        out.append(f'<article class="live-post"><span class="stamp">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="gallery" data-count="8"></div>')
        out.append("</article>")
        if i == 3:
            out.append('<aside class="nl">Sign up for the Keswick Bulletin World Briefing <button>Sign up</button></aside>')
    out += ["</section></main>", f"<footer>© 2024 {S['source']} · Terms of Service · Privacy Policy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A: single pages (real outlets' layouts, own words)
SEEDS = []

SEEDS.append(dict(id="3000", name="3000_gleaner-world", ext="txt", source="The Gleaner", zone="America/Jamaica", render=r_gleaner,
  title="World News", fmt="plain-text scrape of a section page; 'Published:Tuesday | January 9, 2024 | 2:35 PM' after the headline",
  imitates="Jamaica Gleaner (World News section)",
  notes="Text scrape of a Gleaner-style World News section page for Tuesday 9 Jan 2024. Each story: headline, then 'Published:Weekday | Month D, YYYY | h:mm AM/PM' glued after 'Published:', then a 'Name/Role' byline line or '-' (no byline), a summary, 'Read More' and share labels. No zone printed: Jamaica time (UTC-5, no DST). Newest first; the oldest item is 12:20 AM = 05:20 UTC, all on 9 Jan UTC.",
  not_entries=["masthead, date line and subscribe/log-in links", "section menu", "cookie notice", "section title 'World News'", "'Name/Role' byline lines and '-' (author, not body)", "'Read More' and share labels", "ADVERTISEMENT and 'Most Popular' strip", "'Load more', newsletter box, copyright footer"],
  entries=[
  E("2024-01-09 18:40", "Zelensky heads to the Baltics in search of more air defence",
    ["Ukrainian President Volodymyr Zelensky is expected in Vilnius on Wednesday, the first stop of a tour of Lithuania, Latvia and Estonia, Lithuanian officials said.",
     "Air defence and ammunition production will dominate the talks, according to his office."],
    "diplomacy", "diplomacy", 3, "zelensky-baltic-tour-2024-01", a="Marcia Hylton", role="Gleaner Writer", sec=["aid"],
    n="Head-of-state diplomatic trip announced -> 3."),
  E("2024-01-09 15:10", "Toll from Monday's missile barrage rises to six",
    ["Six people are now confirmed dead and more than 60 injured after Russia launched around 50 missiles and drones at Ukrainian cities on Monday, officials in Kyiv said.",
     "Damage was reported in Kharkiv, Zaporizhzhia, Khmelnytskyi and Kryvyi Rih, where a shopping centre was hit.",
     "Ukraine's air force said it had intercepted 18 of the missiles."],
    "strikes", "strikes", 3, "russian-missile-barrage-2024-01-08", a=None,
    n="Deadly large strike (the 8 Jan barrage; toll update published 9 Jan). Numbers invented."),
  E("2024-01-09 12:25", "Pentagon says Ukraine weapons money has run dry",
    ["The US Defense Department says it cannot announce any further weapons packages for Ukraine until Congress approves new funding.",
     "A spokesman said the last package, in late December, used up the remaining authority."],
    "aid", "aid", 2, "us-ukraine-funding-stalled-2024-01", a="Kevin Dawkins", role="Contributor"),
  OFF("2024-01-09 09:05", "Reggae Boyz squad named for Nations League finals camp",
    ["Head coach Heimir Hallgrímsson has named a 26-man provisional squad for a training camp ahead of the Concacaf Nations League finals in March.",
     "Several overseas-based players are included for the first time."],
    "reggae-boyz-squad-named", a="Andre Lowe", role="Sports Writer", n="Jamaican football item, not about the war."),
  E("2024-01-09 07:30", "Russia says it shot down Ukrainian drones over Belgorod",
    ["Russia's defence ministry said air defences destroyed several Ukrainian drones over the Belgorod region early on Tuesday.",
     "Regional governor Vyacheslav Gladkov reported damage to a house but no injuries."],
    "strikes", "strikes", 2, "belgorod-drones-2024-01-09", a=None),
  E("2024-01-09 00:20", "Fires break out in Dnipro after drone debris falls",
    ["Falling debris from downed drones started fires at two private homes in Dnipro overnight, the regional administration said.",
     "Firefighters put out the blazes within an hour and no one was hurt."],
    "strikes", "strikes", 2, "dnipro-drone-debris-2024-01-09", a=None),
  ]))

SEEDS.append(dict(id="3001", name="3001_batimes-tag", ext="html", source="Buenos Aires Times", zone="America/Argentina/Buenos_Aires", render=r_batimes,
  title="Russia-Ukraine war", url="https://www.batimes.com.ar/news/world", fmt="HTML tag page, cards with '13-01-2024 14:05' (dd-mm-yyyy), NewsArticle JSON-LD for the lead card",
  imitates="Buenos Aires Times (tag page)",
  notes="Tag page for Saturday 13 Jan 2024. Card dates are dd-mm-yyyy HH:MM in Argentine time (UTC-3, no zone printed; <time datetime> carries -03:00). Cards carry a kicker label, headline, date, 'by NAME' and a summary. The newest card's NewsArticle JSON-LD agrees with its visible date. 00:40 local = 03:40 UTC; all cards on 13 Jan UTC.",
  not_entries=["header: logo, edition date, section menu, Subscribe", "'TAG' label and tag title", "kicker labels above headlines", "share links", "newsletter box", "'Most read' box", "footer"],
  entries=[
  E("2024-01-13 19:45", "Mondino says Argentina ready to host Ukraine-Latin America summit",
    ["Foreign Minister Diana Mondino said on Saturday that Buenos Aires would be willing to host a meeting between Ukraine and Latin American leaders later this year.",
     "She said the government had discussed the idea with Kyiv's envoy and wanted the region to have a voice in any peace process."],
    "diplomacy", "diplomacy", 3, "argentina-ukraine-latin-america-summit-offer", a="Lucía Ferraro", kick="DIPLOMACY",
    n="Ministerial diplomatic move -> 3."),
  E("2024-01-13 16:30", "UK signs decade-long security pact with Kyiv as Sunak visits",
    ["Britain and Ukraine have signed a ten-year security agreement, with Prime Minister Rishi Sunak promising £2.5 billion in military funding for the coming year.",
     "The deal commits London to help Ukraine rebuild its armed forces and to consult quickly if Russia attacks again."],
    "diplomacy", "diplomacy", 3, "uk-ukraine-security-agreement", a="Tomás Ibarra", kick="WORLD", sec=["aid"],
    n="Head-of-government visit and treaty; aid secondary. Reported the day after the signing."),
  E("2024-01-13 13:10", "Russia fires missiles and drones at western and central Ukraine",
    ["Air-raid sirens sounded across Ukraine on Saturday morning as Russia launched cruise missiles and attack drones, Ukraine's air force said.",
     "Officials reported damage to energy infrastructure in the Khmelnytskyi region."],
    "strikes", "strikes", 2, "russian-missile-attack-2024-01-13", a="Tomás Ibarra", kick="WORLD"),
  OFF("2024-01-13 10:00", "Wheat harvest estimate revised up after December rains",
    ["The Rosario grains exchange raised its estimate for the 2023/24 wheat crop after late rains helped fields in the south of Buenos Aires province.",
     "Exporters expect shipments to pick up from February."],
    "argentina-wheat-estimate", a=None, kick="ECONOMY", n="Argentine farm economy, not about the war."),
  E("2024-01-13 08:20", "Russia claims village near Bakhmut",
    ["Russia's defence ministry said its troops had taken control of a village north of Bakhmut; Ukrainian officials did not confirm the claim.",
     "Ukraine's military said its forces had repelled more than 20 attacks in the area over the previous day."],
    "other", "frontline", 2, "russia-claims-village-bakhmut-2024-01-13", a=None, kick="WORLD"),
  E("2024-01-13 00:40", "Government studies sending two helicopters to Ukraine",
    ["The Milei administration is weighing a plan to transfer two Russian-made Mi-171 helicopters from the Argentine air force to Ukraine, officials told local media.",
     "The aircraft would reach Kyiv through a third country, the reports said."],
    "aid", "aid", 2, "argentina-helicopters-ukraine", a="Lucía Ferraro", kick="POLITICS"),
  ]))

SEEDS.append(dict(id="3002", name="3002_mnd-rss", ext="xml", source="Mexico News Daily", zone="America/Mexico_City", render=r_mnd,
  title="Mexico News Daily", fmt="RSS 2.0 (WordPress), pubDate in +0000, content:encoded CDATA, 'appeared first on' trailer",
  imitates="Mexico News Daily (WordPress RSS)",
  notes="WordPress-style RSS for Saturday 13 Apr 2024; pubDates are in +0000 (UTC) although the outlet works in Mexico City time (UTC-6). The oldest item is 12 Apr 19:30 local = 13 Apr 01:30 UTC. content:encoded ends with an 'The post ... appeared first on Mexico News Daily.' trailer paragraph (not body). Two of six items are Mexican news unrelated to the war.",
  not_entries=["channel title/description/generator", "truncated <description> excerpts (duplicate of content)", "'The post ... appeared first on Mexico News Daily.' trailers"],
  entries=[
  E("2024-04-13 17:20", "Ukraine's envoy asks Mexico to attend Swiss peace summit",
    ["Ukraine's ambassador in Mexico City urged President Andrés Manuel López Obrador's government to send a delegation to the peace summit Switzerland plans to host in June.",
     "Foreign Affairs Secretary Alicia Bárcena has said Mexico supports dialogue but has not confirmed whether it will attend."],
    "diplomacy", "diplomacy", 2, "ukraine-asks-mexico-swiss-summit", a="Daniela Ortega", cat="Politics"),
  OFF("2024-04-13 14:05", "Mexico City sweats through record April heat",
    ["Temperatures in the capital climbed above 32C on Saturday, the highest April reading in the city's records, the national weather service said.",
     "Authorities asked residents to avoid outdoor activity in the afternoon."],
    "mexico-city-april-heat", a="Rafael Quiroz", cat="Weather", n="Mexican weather, not about the war."),
  E("2024-04-13 11:40", "Russian drones hit Kharkiv energy sites again",
    ["Russian attack drones struck energy facilities in Kharkiv overnight, leaving parts of the city without power, regional governor Oleh Syniehubov said.",
     "It was the latest in a series of attacks on Ukraine's power grid this month."],
    "strikes", "strikes", 2, "kharkiv-energy-drones-2024-04-13", a="Daniela Ortega", cat="World"),
  E("2024-04-13 09:10", "Family in Jalisco mourns son killed fighting for Ukraine",
    ["A former Mexican army sergeant who joined Ukraine's international legion has been killed near Chasiv Yar, his family in Jalisco said.",
     "Relatives said they were seeking help from the Foreign Affairs Ministry to bring his body home."],
    "other", "frontline", 2, "mexican-volunteer-killed-ukraine", a="Rafael Quiroz", cat="World", sec=["humanitarian"]),
  OFF("2024-04-13 07:00", "Peso ends week near strongest level since 2015",
    ["The peso closed the week at about 16.5 to the US dollar, supported by high interest rates and strong remittances.",
     "Analysts expect the Bank of Mexico to keep rates on hold in May."],
    "super-peso-april-2024", a="Mark Whitfield", cat="Business", n="Mexican currency market, not about the war."),
  E("2024-04-12 19:30", "Zelensky warns Ukraine will lose ground without US aid",
    ["President Volodymyr Zelensky said Ukraine's army would be forced to retreat in small steps if the US Congress did not unblock military aid soon.",
     "He said Kyiv was short of artillery shells and air-defence missiles."],
    "aid", "aid", 2, "zelensky-warns-without-us-aid-2024-04", a="Mark Whitfield", cat="World",
    n="Plea for aid -> aid. Local date 12 Apr 19:30 CST = 13 Apr 01:30 UTC."),
  ]))

SEEDS.append(dict(id="3003", name="3003_mercopress-intl", ext="txt", source="MercoPress", zone="UTC", render=r_merco,
  title="International", clock="Wednesday, April 24th 2024 - 03:12 UTC",
  fmt="plain-text scrape of a section listing; 'Tuesday, April 23rd 2024 - 09:44 UTC' (ordinal day) above each headline; site clock on the next day",
  imitates="MercoPress (South Atlantic News Agency), International section",
  notes="MercoPress-style listing scraped in the early hours of Wed 24 Apr 2024 (site clock line '... April 24th 2024 - 03:12 UTC' is the fetch time, not an entry); the stories are all from Tuesday 23 Apr. The outlet prints UTC explicitly, so page_timezone is UTC even though it is based in Montevideo. Stamps use ordinal days ('23rd'). Each item ends with 'Read full article' and an 'N comments' line.",
  not_entries=["agency name line and site clock line", "section menu", "cookie line", "section heading 'International'", "'Read full article' and 'N comments' lines", "'Advertising'", "'Older news', tabs and copyright footer"],
  entries=[
  E("2024-04-23 21:55", "US Senate moves Ukraine and Israel aid package past key vote",
    ["The US Senate voted 80-19 on Tuesday to advance a 95-billion-dollar foreign aid package that includes about 61 billion dollars for Ukraine, setting up final passage later in the day.",
     "President Joe Biden has said he will sign the bill as soon as it reaches his desk."],
    "aid", "aid", 3, "us-senate-ukraine-aid-bill-2024-04", a=None, com=12, n="Major aid decision -> 3."),
  E("2024-04-23 18:30", "Sunak announces extra £500 million for Ukraine during Warsaw trip",
    ["British Prime Minister Rishi Sunak said in Warsaw that the UK would add 500 million pounds to this year's military support for Ukraine and send more than 400 vehicles.",
     "He also set out a plan to lift UK defence spending to 2.5% of GDP by 2030."],
    "aid", "aid", 3, "uk-500m-package-2024-04-23", a=None, com=4, n="Major aid package by a head of government -> 3."),
  OFF("2024-04-23 14:10", "Falklands squid season opens with strong early catches",
    ["The first Loligo squid season of the year opened in Falklands waters with catches above the five-year average, the fisheries department said.",
     "About 16 trawlers are licensed for the season."],
    "falklands-loligo-season", a=None, com=2, n="Falklands fishing, not about the war."),
  E("2024-04-23 11:25", "Russian drones damage rail lines in Dnipropetrovsk region",
    ["Russian drones struck railway infrastructure in Ukraine's Dnipropetrovsk region overnight, injuring two workers, governor Serhiy Lysak said.",
     "Some passenger trains were delayed by up to three hours."],
    "strikes", "strikes", 2, "dnipropetrovsk-rail-drones-2024-04-23", a=None, com=0),
  E("2024-04-23 09:44", "Lacalle Pou backs Swiss-hosted peace conference",
    ["Uruguayan President Luis Lacalle Pou said his government supported the peace conference Switzerland is organising for June and would consider attending.",
     "He said lasting peace had to respect Ukraine's borders."],
    "diplomacy", "diplomacy", 2, "lacalle-pou-backs-swiss-summit", a=None, com=7),
  OFF("2024-04-23 06:05", "Chilean salmon exports climb in first quarter",
    ["Chile's salmon exports rose by about 8% in value in the first three months of the year, helped by demand from Brazil and the United States, industry figures showed.",
     "Producers warned that algae blooms remained a risk for the southern farms."],
    "chile-salmon-exports", a=None, com=1, n="South American economy, not about the war."),
  ]))

SEEDS.append(dict(id="3004", name="3004_hankyoreh-international", ext="html", source="The Hankyoreh", zone="Asia/Seoul", render=r_hani,
  title="International", fmt="HTML section list; 'Posted on : Jun.11,2024 16:22 KST Modified on : ...' per story; reporter line after body",
  imitates="The Hankyoreh English edition (International section)",
  notes="Hankyoreh-style International list for 11-12 Jun 2024 KST. Stamps are 'Posted on : Mon.D,YYYY HH:MM KST' followed by a 'Modified on' time (not the entry time). The newest story is dated Jun.12 07:40 KST = 11 Jun 22:40 UTC, so two printed dates map to one UTC day. Per-story reporter line after the body ('By NAME, staff reporter'); one story has none.",
  not_entries=["top bar with edition links", "section menu", "section title", "'Modified on' times (not the publication time)", "'By ..., staff reporter' lines (author)", "share links", "AD marker and 'Most viewed articles' box", "footer"],
  entries=[
  E("2024-06-12 07:40", "Putin visit to Pyongyang could come within weeks, Seoul official says",
    ["A senior official at the presidential office said on Wednesday that Russian President Vladimir Putin was expected to visit North Korea in the near future.",
     "The official said Seoul had warned Moscow that any military technology transfer to the North would cross a red line."],
    "diplomacy", "diplomacy", 2, "putin-pyongyang-visit-expected", a="Kim So-yeon", mod="2024-06-12 08:05"),
  E("2024-06-11 21:15", "Korea pledges reconstruction help at Berlin recovery conference",
    ["South Korea told the Ukraine Recovery Conference in Berlin that it would expand support for rebuilding Ukraine's transport and energy networks.",
     "A vice foreign minister said Korean companies were ready to take part in projects financed through the World Bank."],
    "aid", "aid", 2, "korea-ukraine-recovery-conference-pledge", a="Park Min-jae", mod="2024-06-11 21:40"),
  E("2024-06-11 18:05", "In Berlin, Zelensky calls air defence the basis of any recovery",
    ["Speaking at the recovery conference in Berlin, Ukrainian President Volodymyr Zelensky said no reconstruction could last unless Ukraine's skies were protected.",
     "He asked partners for at least seven more Patriot systems, and Chancellor Olaf Scholz urged other countries to follow Germany in sending them."],
    "aid", "aid", 3, "zelensky-berlin-air-defence-appeal", a="Park Min-jae", sec=["diplomacy"],
    n="Head-of-state appeal for air defence at an international conference -> aid, 3."),
  OFF("2024-06-11 14:30", "Military restarts loudspeakers after new wave of balloons from North",
    ["The Joint Chiefs of Staff said loudspeaker broadcasts along the border would continue after North Korea sent more balloons carrying rubbish south overnight.",
     "No injuries were reported."],
    "inter-korean-balloons-loudspeakers", a="Kim So-yeon", n="Inter-Korean border incident, not about the war in Ukraine."),
  E("2024-06-11 11:10", "Russian glide bombs strike Kharkiv suburbs",
    ["Russian aircraft dropped guided bombs on villages north of Kharkiv, injuring at least five people, Ukrainian regional officials said.",
     "Fighting continued near Vovchansk, where Russia opened a new front last month."],
    "strikes", "strikes", 2, "kharkiv-glide-bombs-2024-06-11", a=None),
  E("2024-06-11 09:20", "Korean artillery maker wins new order from Poland",
    ["Hanwha Aerospace said it had signed a contract to supply Poland with another batch of K9 self-propelled howitzers.",
     "Warsaw has been rebuilding its stocks after sending older equipment to Ukraine."],
    "other", "security", 2, "hanwha-k9-poland-order", a="Lee Jae-won",
    n="Arms procurement by a non-party -> other/security."),
  ]))

SEEDS.append(dict(id="3005", name="3005_ghanaweb-world", ext="txt", source="GhanaWeb", zone="Africa/Accra", render=r_ghanaweb,
  title="World News", clock="Last updated: Monday, 24 June 2024, 21:30 GMT",
  fmt="plain-text scrape; relative stamps ('2 hours ago') on their own line BEFORE the headline, resolved against the printed 'Last updated' clock",
  imitates="GhanaWeb (World News listing)",
  notes="GhanaWeb-style World News listing scraped on Monday 24 Jun 2024. Stamps are relative ('35 minutes ago', '7 hours ago') and sit on their own line above the headline; they resolve against the printed 'Last updated: Monday, 24 June 2024, 21:30 GMT' line (Ghana = GMT = UTC). 'Source: NAME' after the body names the writer; 'Source: www.ghanaweb.com' means no author.",
  not_entries=["site name and menu", "'Last updated' clock line", "cookie line", "section heading", "'Source:' lines (author)", "'Comments (0)   Share'", "Advertisement and app promo", "'More World News' and footer"],
  entries=[
  E("2024-06-24 20:55", "Moscow summons US ambassador over deadly Crimea beach strike",
    ["Russia's foreign ministry summoned US Ambassador Lynne Tracy on Monday and blamed Washington for a Ukrainian missile attack that killed four people on a beach near Sevastopol on Sunday.",
     "The ministry said the missiles were US-supplied ATACMS and warned of retaliation."],
    "diplomacy", "diplomacy", 3, "russia-summons-us-ambassador-sevastopol", a="Kofi Asare", rel="35 minutes ago",
    n="Diplomatic reaction at ministerial level -> 3."),
  OFF("2024-06-24 19:30", "Cocoa farmers in Western North demand better prices",
    ["Farmers' groups in the Western North region called on the Cocoa Board to pass more of the record world prices on to growers.",
     "They said smuggling to neighbouring countries would rise without a review."],
    "ghana-cocoa-farmer-prices", a=None, rel="2 hours ago", n="Ghanaian farm economy, not about the war."),
  E("2024-06-24 17:30", "Ukraine extends power cuts as heat strains damaged grid",
    ["Ukraine's grid operator said scheduled blackouts would last longer this week because a heatwave has pushed up demand while power plants hit by Russian strikes remain offline.",
     "Households in Kyiv face up to ten hours a day without electricity."],
    "other", "humanitarian", 2, "ukraine-blackouts-heatwave-2024-06", a="Akosua Mensah", rel="4 hours ago"),
  E("2024-06-24 14:30", "EU adopts 14th sanctions package aimed at Russian gas",
    ["European Union foreign ministers approved a new round of sanctions that bans the reloading of Russian liquefied natural gas in EU ports for shipment to other countries.",
     "The package also lists dozens of vessels and firms accused of helping Moscow evade earlier measures."],
    "diplomacy", "diplomacy", 3, "eu-14th-sanctions-package", a="Kofi Asare", rel="7 hours ago", n="Major sanctions decision -> 3."),
  E("2024-06-24 10:30", "Guided bombs hit village in Kharkiv region",
    ["Russian glide bombs struck a village east of Kharkiv, killing one man and injuring three, the regional prosecutor's office said.",
     "Several houses and a shop were destroyed."],
    "strikes", "strikes", 2, "kharkiv-region-glide-bombs-2024-06-24", a=None, rel="11 hours ago"),
  OFF("2024-06-24 05:30", "Black Stars coach plans friendlies before qualifiers resume",
    ["The Ghana Football Association said the national team would play two friendlies in August to prepare for the next round of World Cup qualifiers.",
     "Opponents have not yet been confirmed."],
    "black-stars-friendlies", a=None, rel="16 hours ago", n="Ghanaian football, not about the war."),
  ]))

SEEDS.append(dict(id="3006", name="3006_citizen-key-events", ext="txt", source="The Citizen", zone="Africa/Dar_es_Salaam", render=r_citizen,
  title="Russia-Ukraine war: key events on day 902", dateline="Halima JumaTuesday, August 13, 2024 14:09",
  lede="Here is where things stand on Tuesday as the war enters its 902nd day.",
  fmt="plain-text article; 'key events' list: each bullet (grouped under Fighting / Politics and diplomacy / Aid) is one entry; byline glued to the date line",
  imitates="The Citizen (Tanzania), World page",
  notes="Key-events article for Tuesday 13 Aug 2024 (day 902 of the full-scale war). Each bullet paragraph is one entry: no headline, no own stamp; published = the article's date line 'Halima JumaTuesday, August 13, 2024 14:09' (byline glued to the date; East Africa Time UTC+3 -> 11:09 UTC). The byline is each bullet's author. Group subheads are structure.",
  not_entries=["masthead, date and menu", "subscribe prompt", "section label 'World'", "article title", "glued byline/date line", "share labels", "lede 'Here is where things stand...'", "group subheads 'Fighting', 'Politics and diplomacy', 'Aid'", "'Read more:' related link", "publisher line and footer"],
  entries=[
  E("2024-08-13 14:09", None, ["Ukrainian troops pushed deeper into Russia's Kursk region, and army chief Oleksandr Syrskyi said they now held about 1,000 square kilometres of Russian territory."],
    "other", "frontline", 3, "kursk-incursion-1000-sq-km", a="Halima Juma", grp="Fighting", n="Main frontline development of the day -> 3."),
  E("2024-08-13 14:09", None, ["Russian authorities widened evacuations in the Belgorod region, where governor Vyacheslav Gladkov said shelling had made border villages unsafe."],
    "other", "humanitarian", 2, "belgorod-evacuations-2024-08", a="Halima Juma", grp="Fighting"),
  E("2024-08-13 14:09", None, ["A Russian guided bomb hit a residential street in Kostiantynivka in the Donetsk region, killing two civilians, the regional governor said."],
    "strikes", "strikes", 2, "kostiantynivka-bomb-2024-08-13", a="Halima Juma", grp="Fighting"),
  E("2024-08-13 14:09", None, ["President Volodymyr Zelensky said the incursion was meant to carry the war onto the aggressor's own soil and declined to say how long troops would stay."],
    "other", "frontline", 2, "zelensky-kursk-aims-2024-08-13", a="Halima Juma", grp="Politics and diplomacy", sec=["diplomacy"]),
  E("2024-08-13 14:09", None, ["Kremlin spokesman Dmitry Peskov said there was no question of talks with Kyiv while Ukrainian forces remained on Russian soil."],
    "diplomacy", "diplomacy", 2, "peskov-no-talks-kursk", a="Halima Juma", grp="Politics and diplomacy"),
  E("2024-08-13 14:09", None, ["Germany's defence ministry confirmed that a new batch of IRIS-T air-defence missiles had reached Ukraine, part of a package announced in the spring."],
    "aid", "aid", 2, "germany-iris-t-delivery-2024-08", a="Halima Juma", grp="Aid"),
  ]))

SEEDS.append(dict(id="3007", name="3007_addisstandard-atom", ext="xml", source="Addis Standard", zone="Africa/Addis_Ababa", render=r_addis,
  title="Addis Standard", fmt="Atom 1.0 (WordPress), Z times, entity-escaped html content",
  imitates="Addis Standard (WordPress Atom feed)",
  notes="Atom feed for Thursday 22 Aug 2024. Times are in Z (UTC); the outlet's home zone is East Africa Time (UTC+3), used for published_local. Content is entity-escaped HTML. Authors in <author><name>; 'Addis Standard' as author name is the outlet, not a person (author null).",
  not_entries=["feed title/subtitle/id/link", "category terms"],
  entries=[
  E("2024-08-22 22:10", "Modi in Warsaw ahead of first trip to Kyiv",
    ["Indian Prime Minister Narendra Modi held talks with Polish leaders in Warsaw on Thursday before travelling on by train to Kyiv, where he is due to meet President Volodymyr Zelensky.",
     "New Delhi says it favours dialogue and diplomacy to end the war."],
    "diplomacy", "diplomacy", 3, "modi-poland-kyiv-visit", a="Tsion Alemu", cat="World", n="Head-of-government diplomatic trip -> 3."),
  OFF("2024-08-22 19:45", "Ethiopian Airlines adds flights to three African capitals",
    ["Ethiopian Airlines said it would raise the number of weekly flights to Lusaka, Kinshasa and Accra from October.",
     "The carrier cited strong demand from business travellers."],
    "ethiopian-airlines-new-flights", a=None, cat="Business", n="Ethiopian business news, not about the war."),
  E("2024-08-22 16:20", "Ukraine says it sank a Russian ferry at Kavkaz port",
    ["Ukraine's general staff said its forces struck a rail ferry at the port of Kavkaz in Russia's Krasnodar region, and the vessel sank after catching fire.",
     "Russian regional officials reported a fire at the port and one injured crew member."],
    "strikes", "strikes", 3, "kavkaz-port-ferry-strike", a="Tsion Alemu", cat="World", n="Large strike on a key logistics target -> 3."),
  E("2024-08-22 13:05", "Russian bombs injure seven in Zaporizhzhia",
    ["Russian guided aerial bombs hit an industrial area of Zaporizhzhia, injuring seven people, governor Ivan Fedorov said.",
     "Windows were blown out in nearby apartment blocks."],
    "strikes", "strikes", 2, "zaporizhzhia-bombs-2024-08-22", a=None, cat="World"),
  E("2024-08-22 10:30", "Ukrainian wheat shipment for Ethiopia arrives in Djibouti",
    ["A ship carrying 25,000 tonnes of Ukrainian wheat donated under the Grain from Ukraine programme docked in Djibouti and will be trucked to food-insecure areas of Ethiopia.",
     "Ukraine's embassy said further shipments were planned despite attacks on its ports."],
    "other", "humanitarian", 2, "grain-from-ukraine-ethiopia-shipment", a="Dawit Tesfaye", cat="Africa",
    n="Humanitarian grain from Ukraine to a non-party; not aid to a party of the war -> other/humanitarian (judgement)."),
  OFF("2024-08-22 07:15", "Traders say corridor works in Piassa cut their business",
    ["Shop owners in Addis Ababa's Piassa area said road and pavement works under the city's corridor project had driven away customers.",
     "City officials said the works would be finished before the end of the year."],
    "addis-corridor-project-traders", a="Dawit Tesfaye", cat="Addis Ababa", n="Ethiopian city news, not about the war."),
  ]))

SEEDS.append(dict(id="3008", name="3008_1news-live", ext="html", source="1News", zone="Pacific/Auckland", render=r_onenews,
  title="World news live: sanctions, strikes and the view from Europe", author="Mereana Hohaia",
  lede="Follow overnight world news as it happens, with updates from our team in Auckland.",
  fmt="HTML live page, date lines ('Tuesday, October 15') + '2.35pm' stamps, newest first, crosses local midnight; LiveBlogPosting JSON-LD with &#39; entities",
  imitates="1News (TVNZ) live page",
  notes="1News-style live page in New Zealand daylight time (NZDT, UTC+13 since 29 Sep 2024). Date lines 'Tuesday, October 15' and 'Monday, October 14' (no year; the JSON-LD gives 2024) sit above '2.35pm'-style stamps; newest first. Local Mon 14 Oct 2.05pm .. Tue 15 Oct 11.50am = 14 Oct 01:05 .. 22:50 UTC: two printed dates, one UTC day. One page byline (author of every post). One 'Watch:' video post has no text (teaser). JSON-LD strings carry &#39; entities.",
  not_entries=["header and menu", "LIVE badge", "page byline", "standfirst", "date lines", "share labels", "app promo", "related link", "footer"],
  entries=[
  E("2024-10-15 11:50", "EU ministers agree sanctions on Iranian airlines over missiles for Russia",
    ["European Union foreign ministers meeting in Luxembourg agreed to sanction Iran's national carrier and other airlines over the delivery of ballistic missiles to Russia.",
     "Tehran denies sending the missiles."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-iran-air-missiles-russia", a="Mereana Hohaia", sec=["aid"], n="Major sanctions decision -> 3."),
  E("2024-10-15 09:05", "NZ extends training of Ukrainian recruits in Britain",
    ["Defence Minister Judith Collins said New Zealand Defence Force trainers would stay in the United Kingdom until mid-2025 to help train Ukrainian soldiers.",
     "About 100 personnel have taken part in rotations since 2022."],
    "aid", "aid", 2, "nz-extends-ukraine-training", a="Mereana Hohaia"),
  E("2024-10-14 23:30", "Watch: Firefighters tackle flames at Odesa port", [], "strikes", "strikes", 1, "odesa-port-drone-strike-2024-10-14",
    a="Mereana Hohaia", n="Video teaser, no text -> importance 1."),
  E("2024-10-14 22:15", "Russian drones strike Odesa port, damaging cargo ship",
    ["A Russian drone attack on the port of Odesa damaged a civilian cargo vessel and warehouses, regional governor Oleh Kiper said.",
     "Two port workers were treated for injuries."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2024-10-14", a="Mereana Hohaia"),
  E("2024-10-14 16:20", "Sybiha urges allies to lift limits on long-range strikes",
    ["Ukraine's Foreign Minister Andrii Sybiha said partners should allow Kyiv to use Western missiles against military airfields deep inside Russia.",
     "He was speaking ahead of the EU ministers' meeting."],
    "diplomacy", "diplomacy", 2, "sybiha-long-range-appeal-2024-10-14", a="Mereana Hohaia"),
  OFF("2024-10-14 14:05", "All Blacks name squad for northern tour",
    ["Head coach Scott Robertson has named a 36-player squad for the November tour of Japan and Europe.",
     "Two uncapped forwards have been included."],
    "all-blacks-tour-squad", a="Mereana Hohaia", n="NZ rugby, not about the war."),
  ]))

SEEDS.append(dict(id="3009", name="3009_edge-world", ext="html", source="The Edge Malaysia", zone="Asia/Kuala_Lumpur", render=r_edge,
  title="World", fmt="HTML section listing, '20 Oct 2024, 09:15 am' stamps, per-story author",
  imitates="The Edge Malaysia (World section)",
  notes="Listing scraped on Sunday 20 Oct 2024 MYT (UTC+8, no zone printed). Cards show author and '20 Oct 2024, 09:15 am'; the newest card is dated 21 Oct 2024, 06:40 am (= 20 Oct 22:40 UTC), so two printed dates map to one UTC day. 'theedgemalaysia.com' in the author slot means no named author.",
  not_entries=["top bar date and login links", "logo and menu", "section title", "Advertisement and newsletter box", "pagination", "footer"],
  entries=[
  OFF("2024-10-21 06:40", "Oil edges higher as traders watch the Middle East",
    ["Brent crude rose in early Asian trade on Monday as investors waited to see whether Israel would strike Iranian energy sites.",
     "Prices fell sharply last week on weaker Chinese demand."],
    "oil-prices-mideast-2024-10-21", a="Lim Kah Wai", n="Oil market and Middle East, not about the war in Ukraine."),
  E("2024-10-20 22:05", "Glide bombs kill two in Zaporizhzhia, governor says",
    ["Russian glide bombs hit Zaporizhzhia on Sunday evening, killing two people and damaging a hospital building, regional governor Ivan Fedorov said.",
     "Emergency crews were still working at the site late in the evening."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2024-10-20", a=None, n="Deadly strike -> 3."),
  E("2024-10-20 17:30", "G7 close to deal on US$50 billion Ukraine loan from frozen assets",
    ["Group of Seven officials are close to finalising a loan of about US$50 billion for Ukraine that would be repaid from the profits of frozen Russian central bank assets.",
     "The United States is expected to lend about half of the total."],
    "aid", "aid", 3, "g7-50bn-frozen-assets-loan", a="Lim Kah Wai", n="Major financial aid decision -> 3."),
  OFF("2024-10-20 14:15", "Anwar's budget gets mixed reviews from economists",
    ["Economists said the 2025 budget tabled on Friday struck a balance between subsidy reform and support for lower-income households.",
     "Some warned that the fiscal deficit target of 3.8% would be hard to hit."],
    "malaysia-budget-2025-reaction", a="Nur Syazwani Rahim", n="Malaysian economy, not about the war."),
  E("2024-10-20 11:20", "Seoul weighs response to reports of North Korean troops in Russia",
    ["South Korea's national security council met to discuss intelligence that North Korea had sent special forces to Russia to train for combat against Ukraine.",
     "Officials said all options were being considered, including sending weapons to Kyiv."],
    "other", "security", 2, "seoul-response-north-korean-troops-russia", a="Tan Wei Ling", sec=["aid"]),
  E("2024-10-20 09:00", "Ukraine's air force says 80 drones launched overnight",
    ["Russia launched about 80 attack drones at Ukraine overnight, of which 60 were shot down and others lost on electronic jamming, the air force said.",
     "Debris damaged houses in the Kyiv region."],
    "strikes", "strikes", 2, "overnight-drone-attack-2024-10-20", a=None),
  ]))


# =============================================================== PART B, day 1: 2024-08-17 (UTC), Saturday
# main story: kryvyi-rih-missile-strike-2024-08-17 (3020, 3021, 3022, 3023; toll two -> three -> four -> five)
SEEDS.append(dict(id="3020", name="3020_aysgarth-textlive", ext="txt", source="Aysgarth Daily", zone="Europe/London", render=r_aysgarth,
  title="Ukraine war live: missile strike on Kryvyi Rih; Kyiv says Seym bridge hit", byline="Compiled by Rhiannon Pryce",
  dateline="Saturday 17 August 2024", fmt="text live blog, oldest first, '2.35pm' stamps, Key Points, one page byline",
  notes="Text live blog, OLDEST first (the page says so). Date line 'Saturday 17 August 2024' and 'All times BST' (UTC+1). One page byline 'Compiled by Rhiannon Pryce' = author of every update. Key Points list (three headlines) at the top. One 'Watch:' video update without text (teaser). 5.25pm repeats the 1.05pm Norway update nearly verbatim.",
  not_entries=["masthead and menu", "page title", "'Compiled by' byline line", "date line and 'All times BST'", "'Key Points' heading and its list (headlines of later updates, not entries)", "'Latest updates appear at the bottom' note", "'Video unavailable in this format'", "'Share this update'", "ADVERTISEMENT", "'Back to top', newsletter line, copyright"],
  entries=[
  E("2024-08-17 10:20", "Ukraine says it knocked out bridge over the Seym river",
    ["Ukraine's air force commander said an air strike had destroyed a road bridge over the Seym river in Russia's Kursk region, which Moscow used to bring supplies to its troops.",
     "Russian military bloggers said the crossing near Glushkovo was no longer usable."],
    "strikes", "strikes", 3, "seym-bridge-strike-2024-08-17", a="Rhiannon Pryce", kp=True, sec=["frontline"]),
  E("2024-08-17 11:45", "Drones cut power to thousands in Sumy",
    ["A Russian drone attack damaged an energy facility in Sumy overnight, leaving more than 20,000 households without electricity, the regional administration said.",
     "Repair crews expected to restore supply by the evening."],
    "strikes", "strikes", 3, "sumy-drone-attack-2024-08-17", a="Rhiannon Pryce", kp=True),
  E("2024-08-17 13:05", "Norway gives 500 million kroner more for Ukraine's air defence",
    ["Norway will put another 500 million kroner towards air-defence systems for Ukraine, the defence ministry in Oslo said.",
     "The money will go into a fund run with Germany to buy launchers and missiles from industry."],
    "aid", "aid", 3, "norway-air-defence-funding-2024-08-17", a="Rhiannon Pryce"),
  E("2024-08-17 14:35", "Missile strike on Kryvyi Rih kills two, governor says",
    ["Two people were killed and eleven wounded when a Russian ballistic missile hit Kryvyi Rih in the early afternoon, Dnipropetrovsk governor Serhiy Lysak said.",
     "The missile struck a five-storey apartment block and damaged a college building nearby."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2024-08-17", a="Rhiannon Pryce"),
  E("2024-08-17 16:10", "Watch: Rescue crews comb wreckage in Kryvyi Rih", [], "strikes", "strikes", 1, "kryvyi-rih-missile-strike-2024-08-17",
    a="Rhiannon Pryce", n="Video teaser without text -> importance 1."),
  E("2024-08-17 17:25", "Norway gives 500 million kroner more for Ukraine's air defence",
    ["Norway will put another 500 million kroner towards air-defence systems for Ukraine, the defence ministry in Oslo said on Saturday.",
     "The money will go into a fund run with Germany to buy launchers and missiles from industry."],
    "aid", "aid", 1, "norway-air-defence-funding-2024-08-17", a="Rhiannon Pryce", dup="3020-03",
    n="Near-verbatim repeat of 3020-03 (only 'on Saturday' added)."),
  E("2024-08-17 18:50", "Zelensky renews call for permission to strike deep inside Russia",
    ["In a video address, President Volodymyr Zelensky said partners' limits on long-range weapons were costing Ukrainian lives and should be lifted.",
     "He said Russia kept launching missiles from bases it knew were beyond the reach of Western arms."],
    "diplomacy", "diplomacy", 2, "zelensky-long-range-appeal-2024-08-17", a="Rhiannon Pryce",
    n="Separate statement from Kuleba's appeal (3021-02): different official, different story."),
  E("2024-08-17 21:40", "Kryvyi Rih death toll rises to five",
    ["The number of people killed by the missile that hit Kryvyi Rih has risen to five, including a 14-year-old girl, city military administration head Oleksandr Vilkul said.",
     "Rescuers ended their search of the damaged building late on Saturday."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2024-08-17", a="Rhiannon Pryce", kp=True),
  ]))

SEEDS.append(dict(id="3021", name="3021_borrowdale-ldlive", ext="html", source="Borrowdale Review", zone="Europe/Kyiv", render=r_borrowdale,
  title="War in Ukraine, 17 August: live updates", note="All times are Kyiv time.",
  fmt="HTML live blog + LiveBlogPosting JSON-LD, visible '17 August 2024 16:38' stamps, per-post byline before the headline, newest first",
  notes="HTML live blog, newest first; visible stamps '17 August 2024 HH:MM' in Kyiv time (EEST, UTC+3; page note), <time datetime> with +03:00; LiveBlogPosting JSON-LD per-update times and authors agree. Each post's byline stands BEFORE the stamp and headline. 17 Aug 09:30-23:05 EEST = 06:30-20:05 UTC.",
  not_entries=["header/menu", "page title", "'All times are Kyiv time.' note", "byline lines (authors)", "share buttons", "donation promo", "'Read more' related box", "footer"],
  entries=[
  E("2024-08-17 23:05", "Kryvyi Rih toll climbs to four as Vilkul reports more bodies",
    ["Four people are now known to have died after the ballistic missile strike on Kryvyi Rih, city chief Oleksandr Vilkul said on Saturday night.",
     "More than 20 were injured, among them three children.",
     "President Volodymyr Zelensky said Russia had struck an ordinary residential street and repeated his appeal for more Patriot batteries."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2024-08-17", a="Iryna Savchuk"),
  E("2024-08-17 21:20", "Kuleba presses allies to drop range limits",
    ["Foreign Minister Dmytro Kuleba urged Ukraine's partners to remove all restrictions on striking military targets in Russia with Western weapons.",
     "He said the Kursk operation showed that fears of escalation were misplaced."],
    "diplomacy", "diplomacy", 2, "kuleba-long-range-appeal-2024-08-17", a="Iryna Savchuk",
    n="Separate statement from Zelensky's appeal (3020-07)."),
  E("2024-08-17 19:45", "Analysis: why ballistic missiles still get through",
    ["Ukraine's air force can shoot down most cruise missiles and drones, but ballistic missiles such as the Iskander fly too fast for anything except Patriot and SAMP/T systems.",
     "With only a handful of those batteries, Kyiv has to choose which cities to cover, and places like Kryvyi Rih often go without.",
     "Officials say at least seven more batteries would be needed to protect the main cities."],
    "strikes", "strikes", 2, "analysis-ballistic-missile-defence-gaps", a="Martin Holloway",
    n="Theme piece (analysis) with body: importance 2, own story, not the Kryvyi Rih event."),
  E("2024-08-17 17:10", "Netherlands to send more munitions for Ukraine's F-16s",
    ["The Dutch defence ministry said it would finance air-to-air missiles and spare parts for the F-16 jets Ukraine has started to fly.",
     "Defence Minister Ruben Brekelmans said the package was worth about 150 million euros."],
    "aid", "aid", 2, "netherlands-f16-munitions-2024-08-17", a="Martin Holloway",
    n="Must not merge with Norway's air-defence money (3020-03)."),
  E("2024-08-17 15:35", "Ballistic missile hits Kryvyi Rih apartment block",
    ["A Russian missile struck a residential area in Kryvyi Rih shortly after 2 p.m., governor Serhiy Lysak said, reporting dead and wounded.",
     "Photos posted by officials showed the top floors of a five-storey building torn away."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2024-08-17", a="Iryna Savchuk"),
  E("2024-08-17 13:50", "Sumy: energy site damaged in drone attack",
    ["Russian drones damaged an energy facility in Sumy overnight and parts of the city were left without power, officials said.",
     "Ukraine's air force said it shot down 12 of 15 drones launched at the northern regions."],
    "strikes", "strikes", 3, "sumy-drone-attack-2024-08-17", a="Iryna Savchuk"),
  E("2024-08-17 09:30", "Russia claims capture of village near Pokrovsk",
    ["Russia's defence ministry said its forces had taken a village about 15 kilometres east of Pokrovsk in the Donetsk region.",
     "Ukraine's general staff said fighting continued in the area."],
    "other", "frontline", 2, "russia-claims-village-pokrovsk-2024-08-17", a="Martin Holloway"),
  ]))

SEEDS.append(dict(id="3022", name="3022_coniston-worldrss", ext="xml", source="Coniston World Service", zone="UTC", render=r_rss_gmt,
  title="Coniston World Service – Top stories", link="https://coniston-world.example/news", desc="Headlines from around the world",
  fmt="RSS 2.0, GMT pubDates, CDATA html, general world feed (4 of 7 off-beat)",
  notes="General world-news RSS; pubDates in GMT (= UTC). Three of seven items are about the war; the rest are off-beat (weather in Japan, football, Gaza talks, Spanish heat). Spelling 'Krivoy Rog' for Kryvyi Rih.",
  not_entries=["channel title/link/description", "category labels"],
  entries=[
  E("2024-08-17 21:10", "Krivoy Rog missile strike: five dead, Ukrainian officials say",
    ["A Russian missile attack on the central Ukrainian city of Krivoy Rog has killed five people, local officials said late on Saturday.",
     "The missile hit a block of flats in the afternoon; dozens were wounded."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2024-08-17", a=None, cat="Europe"),
  OFF("2024-08-17 19:00", "Typhoon Ampil passes Tokyo, hundreds of flights cancelled",
    ["Typhoon Ampil moved away from the Japanese coast after bringing strong winds to Tokyo, where airlines cancelled hundreds of flights and some bullet trains were halted.",
     "No serious damage was reported."],
    "typhoon-ampil-japan", a=None, cat="Asia", n="Weather in Japan."),
  OFF("2024-08-17 16:30", "Arsenal open their season with a home win",
    ["Arsenal beat Wolves 2-0 at the Emirates in their first Premier League match of the season.",
     "Kai Havertz and Bukayo Saka scored."],
    "arsenal-wolves-2024-08-17", a=None, cat="Sport", n="Football."),
  E("2024-08-17 14:20", "Norway adds air-defence money for Kyiv",
    ["Oslo has pledged another 500 million kroner to help Ukraine buy air-defence systems, the Norwegian government said.",
     "The contribution is part of a joint scheme with Germany."],
    "aid", "aid", 3, "norway-air-defence-funding-2024-08-17", a=None, cat="Europe"),
  OFF("2024-08-17 12:05", "Gaza ceasefire talks to move to Cairo",
    ["Mediators said negotiations on a Gaza ceasefire and hostage release would continue in Cairo next week after two days of talks in Doha.",
     "Washington said a deal was closer than ever."],
    "gaza-ceasefire-talks-2024-08", a=None, cat="Middle East", n="Another war (Gaza), not the Russia-Ukraine war."),
  E("2024-08-17 10:40", "Kursk: Ukraine says strike destroyed supply bridge",
    ["Ukraine said its aircraft had destroyed a bridge over the Seym river in the Kursk region, cutting one of the Russian army's supply routes.",
     "Russia did not comment."],
    "strikes", "strikes", 3, "seym-bridge-strike-2024-08-17", a=None, cat="Europe", sec=["frontline"]),
  OFF("2024-08-17 08:15", "Spain puts four regions on red alert for heat",
    ["Spain's weather agency issued red warnings for parts of Andalusia, Extremadura, Madrid and Castilla-La Mancha as temperatures were forecast to reach 44C.",
     "Outdoor work was restricted in the afternoon."],
    "spain-heat-red-alert", a=None, cat="Europe", n="Weather in Spain."),
  ]))

SEEDS.append(dict(id="3023", name="3023_dufton-article", ext="html", source="Dufton Journal", zone="Europe/London", render=r_article,
  kicker="Ukraine", caption="Emergency workers at the damaged block of flats. Photo: Dufton Journal",
  related=["Ukraine's air defence: what it has and what it lacks", "Kursk incursion: the story so far"],
  stampfmt=lambda d: f"{d.day} {MONTHS[d.month-1]} {d.year}, {d.strftime('%H:%M')} BST",
  fmt="HTML article, NewsArticle JSON-LD (&#39; entities), visible '17 August 2024, 18:20 BST'",
  notes="Single news article (one entry) on the day's main story; visible date line '17 August 2024, 18:20 BST' (UTC+1) agrees with JSON-LD. Spelling 'Kryvyy Rih'. Toll three at the time of writing. Zelensky's reaction is part of the same story.",
  not_entries=["masthead/menu", "kicker", "byline", "share links", "photo caption", "newsletter box", "'More on this story' related links", "footer"],
  title=None,
  entries=[
  E("2024-08-17 18:20", "Three killed as Russian missile hits flats in Kryvyy Rih",
    ["A Russian ballistic missile slammed into a block of flats in the central Ukrainian city of Kryvyy Rih on Saturday afternoon, killing at least three people.",
     "Regional officials said 15 people were taken to hospital, and rescue teams were working through the rubble of the upper floors.",
     "President Volodymyr Zelensky, whose home town is Kryvyy Rih, condemned the strike and said the world should not grow used to such attacks.",
     "It was the third missile attack on the city this month."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2024-08-17", a="Owen Thackeray"),
  ]))

# =============================================================== PART B, day 2: 2024-08-18 (UTC), Sunday — the day after day 1
# main story: kyiv-ballistic-missile-attack-2024-08-18 (3030, 3031, 3032, 3033)
SEEDS.append(dict(id="3030", name="3030_ennerdale-htmllive", ext="html", source="Ennerdale Times", zone="Europe/London", render=r_ennerdale,
  title="Russia-Ukraine war: missiles target Kyiv at dawn", dateline="Sunday 18 August 2024 · times are BST", byline="By Tamsin Greaves",
  fmt="HTML live without JSON-LD, time on its own line before the headline ('5:40 a.m.'), oldest first, one page byline",
  notes="HTML live page, OLDEST first; date line 'Sunday 18 August 2024 · times are BST' (UTC+1); stamps '5:40 a.m.' on their own line above each headline. Page byline 'By Tamsin Greaves' = author of every update. 4:35 p.m. repeats the 11:05 a.m. Danish item nearly verbatim. 'Explainer:' is a theme piece.",
  not_entries=["header/menu", "page title", "date line", "page byline", "'Related:' inline link", "footer"],
  entries=[
  E("2024-08-18 05:40", "Russia fires ballistic missiles at Kyiv at dawn",
    ["Explosions echoed across Kyiv early on Sunday as air defences engaged ballistic missiles, the city military administration said.",
     "Debris fell in two districts, and one man was hurt by broken glass."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2024-08-18", a="Tamsin Greaves"),
  E("2024-08-18 09:15", "Kyiv officials say missiles were North Korean-made",
    ["The head of Kyiv's military administration, Serhiy Popko, said Russia had most likely used North Korean KN-23 missiles in the morning attack, the third on the capital this month.",
     "All the missiles were shot down, he said."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2024-08-18", a="Tamsin Greaves"),
  E("2024-08-18 11:05", "Denmark pays for another batch of Ukrainian-built howitzers",
    ["Denmark will fund the production of 18 more Bohdana self-propelled guns at Ukrainian factories, the Danish defence ministry said.",
     "The arrangement, in which Copenhagen pays Ukrainian industry directly, has become a model for other donors."],
    "aid", "aid", 2, "denmark-bohdana-howitzers-2024-08-18", a="Tamsin Greaves",
    n="Must not merge with Canada's armoured vehicles (3031-06, 3033-05)."),
  E("2024-08-18 12:40", "Second Seym bridge destroyed, air force chief says",
    ["Ukraine's air force commander Mykola Oleshchuk said his pilots had destroyed a second bridge over the Seym river in the Kursk region.",
     "Russian officials confirmed the crossing near the village of Zvannoe had been hit."],
    "strikes", "strikes", 3, "seym-second-bridge-2024-08-18", a="Tamsin Greaves", sec=["frontline"],
    n="New event, not the day-1 first-bridge story."),
  E("2024-08-18 14:20", "Explainer: the North Korean missiles now aimed at Kyiv",
    ["The KN-23 is a short-range ballistic missile that North Korea began supplying to Russia late last year.",
     "It flies on a low, manoeuvring path, which makes it harder to intercept than older Scud-type weapons.",
     "Ukrainian investigators say many of the missiles recovered so far used Western electronic parts."],
    "aid", "aid", 2, "explainer-north-korean-kn23-missiles", a="Tamsin Greaves", sec=["strikes"],
    n="Theme piece (explainer) with body: importance 2, own story; arms transfers to Russia -> aid."),
  E("2024-08-18 16:35", "Denmark pays for another batch of Ukrainian-built howitzers",
    ["Denmark will fund the production of 18 more Bohdana self-propelled guns at Ukrainian factories, the Danish defence ministry said on Sunday.",
     "The arrangement, in which Copenhagen pays Ukrainian industry directly, has become a model for other donors."],
    "aid", "aid", 1, "denmark-bohdana-howitzers-2024-08-18", a="Tamsin Greaves", dup="3030-03",
    n="Near-verbatim repeat of 3030-03."),
  E("2024-08-18 19:55", "Zelensky: Kursk operation aims at a buffer zone",
    ["President Volodymyr Zelensky said for the first time that the main goal of the Kursk operation was to create a buffer zone that would stop Russian shelling of Ukrainian border towns.",
     "He said the bridge strikes had further cut Russia's logistics."],
    "other", "frontline", 3, "zelensky-kursk-buffer-zone", a="Tamsin Greaves", sec=["diplomacy"]),
  ]))

SEEDS.append(dict(id="3031", name="3031_fylingdales-rss", ext="xml", source="Fylingdales Post", zone="Europe/Kyiv", render=r_fyling,
  title="Fylingdales Post – Ukraine", link="https://fylingdalespost.example/ukraine", desc="Ukraine news from the Fylingdales Post",
  fmt="RSS 2.0, +0300 pubDates, entity-escaped HTML descriptions, <author>; one photo item with an empty description",
  notes="RSS with +0300 pubDates (Kyiv EEST). Item 2 re-posts the Borrowdale Review's day-1 post on Dutch F-16 munitions (3021-04) nearly verbatim (importance 1; cross-day re-post, so duplicate_of null). Item 1 continues the day-1 Kryvyi Rih story (funeral, toll six) under the day-1 slug. The 'Photos:' item has an empty description (teaser).",
  not_entries=["channel title/link/description"],
  entries=[
  E("2024-08-18 22:30", "Kryvyi Rih buries its dead as toll reaches six",
    ["Kryvyi Rih held a day of mourning on Sunday after a woman pulled from the ruins of Saturday's missile strike died in hospital, bringing the toll to six.",
     "Funerals for three of the victims took place in the afternoon."],
    "strikes", "strikes", 2, "kryvyi-rih-missile-strike-2024-08-17", a="Serhii Bondar",
    n="Continuation of the day-1 story with a new development (day of mourning, sixth death): keeps the day-1 slug; only one day-2 seed carries it -> 2."),
  E("2024-08-18 20:10", "Netherlands to send more munitions for Ukraine's F-16s",
    ["The Dutch defence ministry said it would finance air-to-air missiles and spare parts for the F-16 jets Ukraine has begun to fly.",
     "Defence Minister Ruben Brekelmans said the package was worth about 150 million euros."],
    "aid", "aid", 1, "netherlands-f16-munitions-2024-08-17", a=None,
    n="Re-post of a day-1 entry (3021-04) nearly verbatim -> importance 1; duplicate_of null because it repeats another seed."),
  E("2024-08-18 17:45", "Drones hit port in Odesa region, injuring two",
    ["Russian drones struck port infrastructure in the Izmail district of the Odesa region overnight into Sunday, injuring two truck drivers, the regional governor said.",
     "A grain warehouse caught fire."],
    "strikes", "strikes", 2, "izmail-port-drones-2024-08-18", a="Serhii Bondar", n="Different place from the Kyiv attack: must not merge."),
  E("2024-08-18 13:00", "Photos: Kyiv counts damage after dawn missile attack", [], "strikes", "strikes", 1, "kyiv-ballistic-missile-attack-2024-08-18",
    a=None, n="Photo teaser, empty description -> importance 1."),
  E("2024-08-18 09:40", "Three hurt as missile debris falls on Kyiv",
    ["Three people were injured in Kyiv when fragments of intercepted missiles fell on a residential area and a kindergarten on Sunday morning, city officials said.",
     "The attack began at about 7 a.m. and the all-clear came after 40 minutes."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2024-08-18", a="Olena Hrytsenko"),
  E("2024-08-18 08:05", "Canada to ship more armoured vehicles to Ukraine",
    ["Canada will send a further 50 armoured personnel carriers to Ukraine this autumn, the Canadian defence department said.",
     "The vehicles are built in Ontario."],
    "aid", "aid", 3, "canada-armoured-vehicles-2024-08-18", a="Olena Hrytsenko"),
  ]))

SEEDS.append(dict(id="3032", name="3032_gunnerside-textlive", ext="txt", source="Gunnerside Report", zone="UTC", render=r_gunnerside,
  title="Ukraine live: Kiev targeted again, second bridge down in Kursk",
  lede="Russia fired missiles at the Ukrainian capital for the third time this month while Kyiv's forces struck another bridge inside Russia.",
  parse_args=["--date", "2024-08-18"],
  fmt="text live, '1409 GMT' stamp line then headline, newest first; NO date anywhere on the page (--date needed); '(Reporting by X)' signatures",
  notes="Text live page whose text names no date at all: the day is given with --date 2024-08-18 (parse_args). Stamps 'HHMM GMT' (= UTC) on their own line before the headline, newest first. '(Reporting by NAME)' after the body gives the author where present. Uses the spelling 'Kiev' in two headlines; 'Zvannoye' for Zvannoe.",
  not_entries=["masthead and menu", "page title", "lede paragraph", "'Follow our live coverage below.'", "'(Reporting by ...)' lines (author)", "'Sponsored content'", "'Load earlier updates' and footer"],
  entries=[
  E("2024-08-18 20:15", "Zelensky says buffer zone is aim of Kursk push",
    ["Ukraine is trying to create a buffer zone on Russian territory, President Volodymyr Zelensky said in his nightly address.",
     "He said the operation was also meant to show that Russia's borders were not untouchable."],
    "other", "frontline", 3, "zelensky-kursk-buffer-zone", a="Nadia Kress", sec=["diplomacy"]),
  E("2024-08-18 17:40", "Russia confirms Ukrainian strike on bridge near Zvannoye",
    ["Russian officials said a Ukrainian strike had damaged the bridge over the Seym near Zvannoye, the second crossing hit in three days.",
     "Only pontoon crossings now link the Glushkovo district with the rest of the region, Russian bloggers said."],
    "strikes", "strikes", 3, "seym-second-bridge-2024-08-18", a="Nadia Kress", sec=["frontline"]),
  E("2024-08-18 14:09", "Kiev says North Korean missiles used in attack",
    ["Officials in Kiev said the missiles fired at the city in the morning appeared to be North Korean KN-23s.",
     "It was the third ballistic missile attack on the capital this month."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2024-08-18", a=None),
  E("2024-08-18 11:20", "Russian army claims village near Toretsk",
    ["Russia's defence ministry said its forces had captured a village south-east of Toretsk in the Donetsk region; Ukraine did not confirm it."],
    "other", "frontline", 2, "russia-claims-village-toretsk-2024-08-18", a=None),
  E("2024-08-18 04:55", "Air raid alert across Ukraine as missiles head for capital",
    ["Ukraine's air force warned of a ballistic missile threat to Kiev early on Sunday, and blasts were heard in the city minutes later.",
     "Residents were told to stay in shelters."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2024-08-18", a="Nadia Kress"),
  ]))

SEEDS.append(dict(id="3033", name="3033_haworth-worldatom", ext="xml", source="Haworth Standard", zone="UTC", render=r_atom_xhtml,
  title="Haworth Standard: World", link="https://haworthstandard.example/world",
  fmt="Atom 1.0, Z times, xhtml content, general world feed (4 of 6 off-beat)",
  notes="General world-news Atom feed, Z (UTC) times, inline xhtml content. Two of six items are about the war (Kyiv attack, Canadian vehicles); four are off-beat.",
  not_entries=["feed title/link/id"],
  entries=[
  OFF("2024-08-18 21:30", "Democrats gather in Chicago on convention eve",
    ["Delegates arrived in Chicago on Sunday ahead of the Democratic National Convention, where Kamala Harris will formally accept the party's nomination.",
     "Thousands of protesters are expected outside the venue on Monday."],
    "democratic-convention-chicago", a="Grace Whitcombe", n="US politics."),
  E("2024-08-18 18:05", "Kyiv hit by missiles for third time this month",
    ["Russia launched ballistic missiles at Kyiv on Sunday morning in what officials called the third such attack on the Ukrainian capital in August.",
     "Falling debris injured three people; officials said the missiles were probably supplied by North Korea."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2024-08-18", a="Grace Whitcombe"),
  OFF("2024-08-18 17:40", "Manchester City win at Chelsea",
    ["Manchester City began the defence of their title with a 2-0 win at Stamford Bridge, with Erling Haaland and Mateo Kovacic scoring.",
     "Chelsea's new manager Enzo Maresca lost his first league game."],
    "chelsea-man-city-2024-08-18", a=None, n="Football."),
  OFF("2024-08-18 15:20", "Blinken lands in Israel to push Gaza deal",
    ["US Secretary of State Antony Blinken arrived in Israel on Sunday on his ninth trip to the region since October, aiming to close gaps in a Gaza ceasefire proposal.",
     "He is due to meet Prime Minister Benjamin Netanyahu on Monday."],
    "blinken-israel-gaza-ceasefire-2024-08", a=None, n="Another war (Gaza)."),
  E("2024-08-18 12:10", "Canada pledges armoured vehicles for Ukraine",
    ["Ottawa said it would deliver 50 more armoured personnel carriers to Ukraine in the coming months.",
     "Canada has committed billions of dollars in military help since 2022."],
    "aid", "aid", 3, "canada-armoured-vehicles-2024-08-18", a=None),
  OFF("2024-08-18 08:45", "Philippines steps up airport checks for mpox",
    ["The Philippines ordered thermal screening at international airports after the World Health Organization declared mpox a global health emergency.",
     "One new case was confirmed on Sunday."],
    "philippines-mpox-checks", a=None, n="Public health in Asia."),
  ]))

# =============================================================== PART B, day 3: 2024-01-26 (UTC), Friday
# main story: slavyansk-refinery-drone-attack-2024-01-26 (3040, 3041, 3042); theme article 3043
SEEDS.append(dict(id="3040", name="3040_ingleton-textlive", ext="txt", source="Ingleton Live", zone="Europe/Kyiv", render=r_ingleton,
  title="Russia-Ukraine war: live", byline="By Oksana Melnyk", dateline="Friday, 26 January 2024", tznote="All times are Kyiv time (GMT+2)",
  fmt="text live, bare '14:38' stamps under a date line, newest first, Key Points with '- ' bullets, one page byline",
  notes="Text live page, newest first; date line 'Friday, 26 January 2024' and 'All times are Kyiv time (GMT+2)'. Bare HH:MM stamps on their own line before the headline. Page byline 'By Oksana Melnyk' = author of every update. Key Points list (two headlines, '- ' bullets). Spelling 'Slavyansk-na-Kubani'.",
  not_entries=["site name and menu", "page title and byline", "date line and time-zone note", "'Key Points' heading and its list", "'Read also:' related link", "'Older posts', cookie line and copyright"],
  entries=[
  E("2024-01-26 21:50", "Krasnodar governor says refinery fire is out, two workers hurt",
    ["Krasnodar regional governor Veniamin Kondratyev said firefighters had put out the blaze at the Slavyansk-na-Kubani refinery and that two workers had been taken to hospital with burns.",
     "Processing at the plant was halted while the damage is assessed."],
    "strikes", "strikes", 3, "slavyansk-refinery-drone-attack-2024-01-26", a="Oksana Melnyk"),
  E("2024-01-26 19:15", "Kuleba: EU must unlock €50bn at next week's summit",
    ["Foreign Minister Dmytro Kuleba called on EU leaders to approve the 50-billion-euro support facility for Ukraine at their summit on 1 February, whatever Hungary decides.",
     "He said delays were being read in Moscow as a sign of fatigue."],
    "aid", "aid", 2, "kuleba-eu-50bn-appeal-2024-01-26", a="Oksana Melnyk",
    n="Separate statement from Stoltenberg's (3041-03)."),
  E("2024-01-26 16:40", "S-300 missiles hit residential area of Kharkiv, nine injured",
    ["Russian S-300 missiles struck a residential part of Kharkiv in the afternoon, injuring nine people including a child, governor Oleh Syniehubov said.",
     "Two apartment buildings and a pharmacy were damaged."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2024-01-26", a="Oksana Melnyk", kp=True),
  E("2024-01-26 13:05", "Russia claims gains near Avdiivka",
    ["Russian troops advanced in the southern outskirts of Avdiivka, the defence ministry in Moscow said; Ukrainian officials said the situation there was difficult but under control."],
    "other", "frontline", 2, "avdiivka-russian-claims-2024-01-26", a="Oksana Melnyk"),
  E("2024-01-26 10:20", "Drones set refinery on fire in Slavyansk-na-Kubani",
    ["A drone attack started a fire at an oil refinery in Slavyansk-na-Kubani in Russia's Krasnodar region early on Friday, Russian officials said.",
     "A source in Ukraine's security service said the strike was a Ukrainian operation."],
    "strikes", "strikes", 3, "slavyansk-refinery-drone-attack-2024-01-26", a="Oksana Melnyk", kp=True),
  E("2024-01-26 08:30", "Air force: 11 of 14 Shaheds downed overnight",
    ["Ukraine's air force said it had destroyed 11 of the 14 Shahed drones Russia launched overnight, mostly over the south.",
     "Russia also fired two guided missiles at the Donetsk region."],
    "strikes", "strikes", 2, "overnight-shahed-attack-2024-01-26", a="Oksana Melnyk"),
  ]))

SEEDS.append(dict(id="3041", name="3041_keswick-ldlive", ext="html", source="Keswick Bulletin", zone="America/New_York", render=r_keswick,
  title="Ukraine updates: drones strike refinery in southern Russia; Kharkiv shelled",
  dek="The latest on the war in Ukraine from our correspondents in Kyiv, Brussels and Washington.", dateline="Friday, January 26, 2024",
  fmt="HTML live + LiveBlogPosting JSON-LD (&#39;/&amp; entities), oldest first, '9:20 a.m. ET' stamps, per-post bylines",
  notes="US-style live page in Eastern Time (EST, UTC-5 in January); oldest first; stamps 'h:mm a.m. ET'. JSON-LD update times agree. Per-post bylines under the headline. 1:15 p.m. repeats the 8:30 a.m. Stoltenberg item nearly verbatim. 'Photos:' post has no text (gallery teaser). Spelling 'Slavyansk-on-Kuban'.",
  not_entries=["header/menu/subscribe", "page title and dek", "byline lines (authors)", "photo gallery placeholder", "newsletter promo", "footer"],
  entries=[
  E("2024-01-26 04:10", "Ukrainian drones hit refinery in southern Russia",
    ["A refinery in the town of Slavyansk-on-Kuban in southern Russia was set ablaze overnight by drones that Ukrainian officials said were launched by their intelligence services.",
     "It was the second strike on a Russian oil facility in the Krasnodar region this week."],
    "strikes", "strikes", 3, "slavyansk-refinery-drone-attack-2024-01-26", a="Hannah Rourke"),
  E("2024-01-26 06:45", "Kharkiv hit by Russian missiles",
    ["Russian missiles struck the northeastern city of Kharkiv on Friday afternoon local time, wounding nine people, according to Ukrainian officials.",
     "Local officials said the missiles were S-300s, originally designed for air defence."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2024-01-26", a="Daniel Ferraro"),
  E("2024-01-26 08:30", "Stoltenberg: allies must produce far more ammunition",
    ["NATO Secretary General Jens Stoltenberg said allies had to ramp up artillery production to keep supplying Ukraine and refill their own stocks.",
     "He spoke after visiting an ammunition plant in Germany."],
    "aid", "aid", 2, "stoltenberg-ammunition-production-2024-01-26", a="Hannah Rourke",
    n="Separate statement from Kuleba's EU appeal (3040-02)."),
  E("2024-01-26 10:05", "Photos: Smoke over the Kuban refinery", [], "strikes", "strikes", 1, "slavyansk-refinery-drone-attack-2024-01-26",
    a=None, n="Photo gallery teaser without text -> importance 1."),
  E("2024-01-26 11:40", "Estonia unveils new military aid package for Ukraine",
    ["Estonia's defence ministry announced a package of artillery rounds, anti-tank weapons and drones worth about 20 million euros.",
     "Tallinn has pledged to spend 0.25% of its GDP a year on military aid for Ukraine."],
    "aid", "aid", 2, "estonia-aid-package-2024-01-26", a="Daniel Ferraro",
    n="Must not merge with Japan's drone-detection contribution (3042-04)."),
  E("2024-01-26 13:15", "Stoltenberg: allies must produce far more ammunition",
    ["NATO Secretary General Jens Stoltenberg said allies had to ramp up artillery production to keep supplying Ukraine and to refill their own stocks.",
     "He spoke after visiting an ammunition plant in Germany."],
    "aid", "aid", 1, "stoltenberg-ammunition-production-2024-01-26", a="Hannah Rourke", dup="3041-03",
    n="Near-verbatim repeat of 3041-03."),
  E("2024-01-26 15:30", "Kremlin calls refinery strike an act of terror",
    ["Kremlin spokesman Dmitry Peskov said the attack on the Kuban refinery showed Kyiv's readiness to use terrorist methods and that Russia's response would come on the battlefield.",
     "Energy analysts said the plant processes about four million tonnes of crude a year."],
    "strikes", "strikes", 3, "slavyansk-refinery-drone-attack-2024-01-26", a="Daniel Ferraro",
    n="Reaction whose main content is the attack itself -> same story."),
  ]))

SEEDS.append(dict(id="3042", name="3042_goathland-worldrss", ext="xml", source="Goathland World Service", zone="UTC", render=r_rss_gmt,
  title="Goathland World Service – World", link="https://goathland.example/world", desc="World news, updated through the day",
  fmt="RSS 2.0, GMT pubDates, CDATA html, general world feed (4 of 7 off-beat)",
  notes="General world-news RSS, GMT (= UTC) pubDates. Three of seven items are about the war; four are off-beat (the ICJ ruling on Gaza, tennis, US economy, snow in Scandinavia). Spelling 'Slavyansk-on-Kuban'.",
  not_entries=["channel title/link/description", "category labels"],
  entries=[
  OFF("2024-01-26 22:05", "World court orders Israel to take steps to protect Gaza civilians",
    ["The International Court of Justice told Israel to do everything in its power to prevent acts of genocide in Gaza and to let more aid in, but did not order a ceasefire.",
     "Israel rejected the genocide allegation brought by South Africa."],
    "icj-gaza-provisional-measures", a=None, cat="World", n="Another war (Gaza)."),
  E("2024-01-26 19:30", "Refinery in Russia's Krasnodar region hit by drones",
    ["Drones struck the oil refinery at Slavyansk-on-Kuban in southern Russia on Friday, starting a fire that was later put out, Russian officials said.",
     "Two people were reported injured."],
    "strikes", "strikes", 3, "slavyansk-refinery-drone-attack-2024-01-26", a=None, cat="Europe"),
  OFF("2024-01-26 17:10", "Sinner ends Djokovic's Melbourne reign",
    ["Jannik Sinner beat Novak Djokovic in four sets to reach the Australian Open final, ending the Serb's 33-match winning run at the tournament.",
     "The Italian will play Daniil Medvedev on Sunday."],
    "sinner-djokovic-australian-open-sf", a=None, cat="Sport", n="Tennis."),
  E("2024-01-26 15:00", "Japan funds drone-detection kit for Ukraine through NATO",
    ["Japan will give about $37 million to a NATO trust fund to buy drone-detection systems for Ukraine, the Japanese foreign ministry said.",
     "Tokyo does not send lethal weapons under its export rules."],
    "aid", "aid", 2, "japan-nato-fund-drone-detection-2024-01-26", a=None, cat="Asia"),
  E("2024-01-26 12:45", "Missile strike on Kharkiv injures nine",
    ["Nine people were hurt when Russian missiles hit a residential neighbourhood of Kharkiv, Ukrainian officials said.",
     "A child was among the injured."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2024-01-26", a=None, cat="Europe"),
  OFF("2024-01-26 10:20", "US consumer spending stays strong as inflation cools",
    ["Figures due later on Friday are expected to show US consumer spending held up in December while the Federal Reserve's preferred inflation measure eased further.",
     "Markets are betting on rate cuts from the spring."],
    "us-pce-inflation-december", a=None, cat="Business", n="US economy."),
  OFF("2024-01-26 07:50", "Heavy snow grounds flights in Scandinavia",
    ["Airports in Oslo and Stockholm cancelled dozens of flights after up to 40 centimetres of snow fell overnight.",
     "Rail services in southern Sweden were also disrupted."],
    "scandinavia-snow-flights", a=None, cat="Europe", n="Weather."),
  ]))

SEEDS.append(dict(id="3043", name="3043_helmsley-article", ext="html", source="Helmsley Review", zone="Europe/London", render=r_article,
  kicker="Explainer", caption="Smoke rises from an oil depot after an earlier drone attack. Photo: Helmsley Review",
  related=["Ukraine's long-range drones: how far can they fly?", "Russia's fuel exports in numbers"],
  stampfmt=lambda d: f"{d.strftime('%H:%M')} GMT, {d.day} {MONTHS[d.month-1]} {d.year}",
  fmt="HTML article (explainer), NewsArticle JSON-LD, visible '12:30 GMT, 26 January 2024'",
  notes="Single explainer article (one entry): a theme piece about Ukraine's drone campaign against Russian refineries, prompted by the day's attack but its own story (importance 2). Visible date line '12:30 GMT, 26 January 2024'.",
  not_entries=["masthead/menu", "'Explainer' kicker", "byline", "share links", "photo caption", "newsletter box", "related links", "footer"],
  title=None,
  entries=[
  E("2024-01-26 12:30", "Why Ukraine keeps sending drones at Russia's refineries",
    ["Ukraine has hit at least four Russian oil facilities this month, using home-made long-range drones that can fly more than 1,000 kilometres.",
     "Officials in Kyiv say the refineries supply fuel to the Russian army and earn the money that pays for the war.",
     "Each strike usually halts only part of a plant, but repairs can take weeks because of sanctions on Western equipment.",
     "Some of Ukraine's allies worry that the attacks could push up world oil prices."],
    "strikes", "strikes", 2, "explainer-ukraine-refinery-drone-campaign", a="Philippa Norcross",
    n="Theme piece (explainer) with body: importance 2, own story."),
  ]))


# =============================================================== emit
BASIS = {
  "r_gleaner": "stamp '{s}' (date and 12 h time printed); Jamaica time implied by the outlet, EST = UTC-5 all year",
  "r_batimes": "card date '{s}' (dd-mm-yyyy); Argentine time implied by the outlet (UTC-3), <time datetime> agrees",
  "r_mnd": "pubDate '{s}' (explicit +0000)",
  "r_merco": "stamp '{s}' (date and UTC printed)",
  "r_hani": "'{s}' (date, time and KST printed; UTC+9)",
  "r_ghanaweb": "relative stamp '{s}' resolved against the printed 'Last updated: Monday, 24 June 2024, 21:30 GMT' (Ghana = UTC)",
  "r_citizen": "no own stamp; the article date line (Tuesday, August 13, 2024 14:09, East Africa Time UTC+3) used for every bullet",
  "r_addis": "<published> '{s}' (Z = UTC)",
  "r_onenews": "stamp '{s}' under the date line for {d}; NZDT = UTC+13 (year from JSON-LD)",
  "r_edge": "stamp '{s}' (date and 12 h time); Malaysian time implied by the outlet, MYT = UTC+8",
  "r_aysgarth": "stamp '{s}' on the page's date line {d}; 'All times BST' = UTC+1",
  "r_borrowdale": "stamp '{s}' with <time datetime> (+03:00); Kyiv EEST (page note); JSON-LD agrees",
  "r_rss_gmt": "pubDate '{s}' (GMT = UTC)",
  "r_article": "article date line '{s}' (explicit date, time and zone); JSON-LD datePublished agrees",
  "r_ennerdale": "stamp '{s}' on the page's date line {d}; BST = UTC+1",
  "r_fyling": "pubDate '{s}' (explicit +0300)",
  "r_gunnerside": "stamp '{s}' (GMT = UTC); the page names no date: day from --date {d}",
  "r_atom_xhtml": "<published> '{s}' (Z = UTC)",
  "r_ingleton": "stamp '{s}' on the page's date line {d}; Kyiv time GMT+2 (page note)",
  "r_keswick": "stamp '{s}' on the page's date {d} (JSON-LD datePublished, -05:00); ET in January = EST = UTC-5",
}
DAYS = {"day1": ["3020", "3021", "3022", "3023"], "day2": ["3030", "3031", "3032", "3033"], "day3": ["3040", "3041", "3042", "3043"]}


def main():
    for sub in ("seeds", "gold"):
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
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                 "notes": e["n"]}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S.get("title") or S["entries"][0]["h"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "imitates": S.get("imitates", "invented outlet"), "format": S["fmt"],
                     "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

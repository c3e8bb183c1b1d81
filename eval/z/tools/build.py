#!/usr/bin/env python3
"""Builds eval/z seeds and gold files from the hand-written table below.
All news text is invented or paraphrased; Part B outlets are invented. Deterministic.
Run: python3 eval/z/tools/build.py"""
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


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def ampm_dots(d):  # 8:35 p.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ampm_pm(d):  # 2.35pm
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def ampm_AM(d):  # 07:05 AM
    return f"{d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ldjson(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"

# =============================================================== Part A renderers

def r_barents(S):  # tag listing page, byline above headline, "Feb 06, 2024 14:20" under it
    z = S["zone"]; stamps = []
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - The Barents Observer</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="archive tag">',
           '<header id="masthead"><div class="top-bar"><a href="/ru">Русский</a> <a href="/subscribe">Support independent journalism</a></div>',
           '<a class="site-logo" href="/">The Barents Observer</a>',
           '<nav class="main-nav"><a href="/arctic">Arctic</a> <a href="/borderlands">Borderlands</a> <a href="/climate-crisis">Climate crisis</a> <a href="/industry-and-energy">Industry and Energy</a> <a href="/life-and-public">Life and Public</a> <a href="/security">Security</a></nav></header>',
           '<main id="primary">', f'<h1 class="page-title">{esc(S["title"])}</h1>',
           '<p class="tag-description">All our stories about the war and how it reaches the North.</p>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%b %d, %Y %H:%M"); stamps.append(st)
        out.append(f'<article class="post"><div class="entry-meta"><span class="byline">By <a href="/author/{slug(e["a"])}">{esc(e["a"])}</a></span></div>')
        out.append(f'<h2 class="entry-title"><a href="/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<time class="entry-date" datetime="{d.isoformat()}">{st}</time>')
        out.append('<div class="entry-summary">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>")
        out.append(f'<a class="more-link" href="/{slug(e["h"])}">Read more</a></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Get the Barents Observer newsletter</h3><p>News from the Arctic borderlands in your inbox every Friday.</p><form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></aside>')
    out += ['<nav class="pagination"><span class="current">1</span> <a href="/page/2">2</a> <a href="/page/3">3</a> <a href="/page/2">Older posts</a></nav>', "</main>",
            '<aside id="secondary"><h3>Most read</h3><ul><li><a href="#">Kola nuclear icebreaker returns to Murmansk after repairs</a></li><li><a href="#">Reindeer herders fear new wind park on Fosen</a></li></ul></aside>',
            '<footer id="colophon"><p>The Barents Observer AS, Kirkenes, Norway. Editor: Thomas Nilsen.</p><p>Share: Facebook · X · Telegram</p><p>We use cookies to improve your experience. <a href="/privacy">Privacy policy</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bta(S):  # text scrape; headline, "12.02.2024 14:38" line, views count, dateline body, Author/Editor lines
    z = S["zone"]; stamps = []
    L = ["BTA", "Bulgarian News Agency", "БГ | EN", "", "This website uses cookies. By continuing to browse you agree to our use of cookies. Accept", "",
         "Home  Bulgaria  World  Ukraine  Economy  Culture  Sports  Photo  Video", "", S["title"], ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d.%m.%Y %H:%M"); stamps.append(st)
        L += [e["h"], st, f"Views: {300 + 37 * i}", ""] + paras_txt(e["p"])
        L += [f"Author: {e['a']}" if e["a"] else "Author: BTA", f"Editor: {e['ed']}", "Share on Facebook   Share on X   Copy link", ""]
        if i == 1:
            L += ["Read more: All news on Ukraine", ""]
    L += ["Load more", "", "About BTA   Contacts   Terms of use   Privacy", "© 2024 BTA. All rights reserved. Use of content requires a credit to BTA."]
    return "\n".join(L) + "\n", stamps


def r_rss2(S):  # generic RSS 2.0 (Agerpres / Bardsey); CDATA paragraphs
    z = S["zone"]; stamps = []; off = S.get("rfc_gmt", False)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f'<atom:link href="{S["url"]}rss" rel="self" type="application/rss+xml"/>',
           f"<description>{esc(S['desc'])}</description>", "<language>en</language>"]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if off else d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}{d.strftime('%Y/%m/%d')}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1:02d}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<category>{e.get('cat', 'World')}</category>")
        body = "".join(f"<p>{p}</p>" for p in e["p"])
        if e.get("img"):
            body = f'<img src="{S["url"]}img/{i}.jpg" alt=""/>' + body
        out.append(f"<description><![CDATA[{body}]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_khaleej(S):  # HTML live blog, Key Points box, "8:35 p.m." stamps, LiveBlogPosting JSON-LD with HTML entities in strings
    z = S["zone"]; stamps = []; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": html.escape(e["h"], quote=True).replace("&#x27;", "&#039;"), "datePublished": d.isoformat(),
                    "articleBody": html.escape(" ".join(e["p"]), quote=True).replace("&#x27;", "&#039;"), "url": f"{S['url']}#post-{i+1}"})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "coverageStartTime": first.isoformat(), "dateModified": last.isoformat(), "datePublished": first.isoformat(),
          "author": {"@type": "Organization", "name": "KT Web Desk"}, "publisher": {"@type": "Organization", "name": "Khaleej Times"},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Khaleej Times</title>", ldjson(ld), "</head><body>",
           '<header class="kt-header"><a class="logo" href="/">Khaleej Times</a><nav><a href="/uae">UAE</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/lifestyle">Lifestyle</a> <a href="/kt-network">KT Network</a></nav>',
           '<div class="prayer-times">Fajr 4:51 | Dhuhr 12:22 | Asr 3:49 | Maghrib 6:35 | Isha 7:49</div><div class="weather">Dubai 31°C</div></header>',
           '<main><div class="breadcrumb">Home &gt; World &gt; Europe</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline">By KT Web Desk</div><div class="pub">{esc(S["publine"])}</div>',
           '<div class="share">Share: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>',
           '<section class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out += ["</ul></section>", f'<p class="lede">{esc(S["lede"])}</p>', '<div class="live-feed">']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dots(d); stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i+1}"><span class="post-time">{st}</span>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="ad-slot">Advertisement</div><div class="wa-promo">Follow Khaleej Times on WhatsApp Channels</div>')
    out += ["</div>", '<aside class="related"><h3>Related</h3><ul><li><a href="#">Dubai Metro to extend hours over Eid Al Fitr holidays</a></li><li><a href="#">Gold prices in UAE climb to new record</a></li></ul></aside>',
            "</main>", '<footer><p>Copyright © 2024 Khaleej Times. All Rights Reserved.</p><p>About us | Contact us | Privacy notice | Sitemap</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bernama(S):  # text scrape, stamp line "08/04/2024 11:45 PM" BEFORE headline, crosses local midnight
    z = S["zone"]; stamps = []
    L = ["BERNAMA", "MALAYSIAN NATIONAL NEWS AGENCY", "", "BM | EN | 中文 | தமிழ் | عربي", "", "HOME  GENERAL  BUSINESS  POLITICS  SPORTS  FEATURES  WORLD  VIDEOS", "",
         S["title"], S["clock"], ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d/%m/%Y ") + ampm_AM(d); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        L += ["-- BERNAMA", ""]
        if i == 2:
            L += ["Follow us on our official WhatsApp channel for breaking news alerts and key updates!", ""]
    L += ["Load More", "", "Copyright © 2024 BERNAMA • Disclaimer • Privacy Policy • Security Policy", "This material may not be published, broadcast, rewritten or redistributed in any form except with the prior written permission of BERNAMA."]
    return "\n".join(L) + "\n", stamps


def r_vnexpress(S):  # HTML listing, relative stamps resolved against "Updated: ... (GMT+7)"
    z = S["zone"]; stamps = []
    ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - VnExpress International</title>", "</head><body>",
           '<header class="header"><a class="logo" href="/">VnExpress International</a><span class="slogan">Latest news, business, travel and analysis from Vietnam</span>',
           '<nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/travel">Travel</a> <a href="/life">Life</a> <a href="/sports">Sports</a> <a href="/world">World</a> <a href="/perspectives">Perspectives</a></nav></header>',
           '<main class="section-page">', f'<h1 class="title-folder">{esc(S["title"])}</h1>', f'<p class="date-update">{esc(S["updated"])}</p>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); hrs = int((ref - d).total_seconds() // 3600)
        assert ref - d == (ref - d).__class__(hours=hrs)
        st = f"{hrs} hour ago" if hrs == 1 else f"{hrs} hours ago"; stamps.append(st)
        out.append('<article class="item-news">')
        out.append(f'<h3 class="title-news"><a href="/{slug(e["h"])}-{S["id"]}{i}.html">{esc(e["h"])}</a></h3>')
        out.append(f'<span class="time-ago">{st}</span>')
        out += [f'<p class="description">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<span class="author">By {esc(e["a"])}</span>' if e["a"] else '<span class="author">Reuters</span>')
        out.append('<a class="count_cmt">0</a></article>')
        if i == 2:
            out.append('<div class="banner-ads">Advertisement</div>')
    out += ['<div class="view-more"><a>View more</a></div>', '<aside class="box-most-read"><h3>Most read</h3><ol><li><a href="#">Vietnam\'s top tourist beaches draw record crowds</a></li><li><a href="#">Hanoi weekend walking street to expand</a></li></ol></aside>',
            "</main>", '<footer><p>© Copyright 1997-2024 VnExpress.net, All rights reserved</p><p>Contact us | Advertise | Terms of use</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tribune(S):  # text scrape, date line above a timeline, "2.35pm" stamps on their own line, one page byline
    z = S["zone"]; stamps = []
    L = ["The Express Tribune", "", "Home  Pakistan  World  Business  Opinion  Sports  Tech  Life & Style  Magazine  Multimedia", "E-Paper", "",
         "WORLD", "", S["title"], "", f"{S['byline']}", "", "Share", "Tweet", "Whatsapp", "", S["standfirst"], "", S["dateline"], ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_pm(d); stamps.append(st)
        L += [st, e["h"]] + paras_txt(e["p"])
        if i == 1:
            L += ["READ: Ukraine war at a glance: day 792", ""]
    L += ["Published in The Express Tribune", "", "COMMENTS", "Comments are moderated and generally will be posted if they are on-topic and not abusive.", "",
          "MOST READ", "PSX extends rally for third straight session", "", "© 2024 The Express Tribune. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_dnh(S):  # HTML listing with NewsArticle JSON-LD graph (entities in strings), "5 June 2024 06:07" stamps, per-post authors
    z = S["zone"]; stamps = []
    graph = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        graph.append({"@type": "NewsArticle", "headline": e["h"].replace("’", "&#8217;").replace("–", "&#8211;"), "datePublished": d.isoformat(),
                      "author": {"@type": "Person", "name": e["a"]}, "url": f"https://dailynewshungary.com/{slug(e['h'])}/",
                      "description": html.escape(e["p"][0], quote=True)})
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "CollectionPage", "name": S["title"] + " &#8211; Daily News Hungary"}] + graph}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} – Daily News Hungary</title>", ldjson(ld), "</head><body>",
           '<div class="cookie-bar">We use cookies to ensure that we give you the best experience on our website. <button>Accept</button></div>',
           '<header><a class="logo" href="/">Daily News Hungary</a><nav><a href="/category/news">News</a> <a href="/category/politics">Politics</a> <a href="/category/business">Business</a> <a href="/category/culture">Culture</a> <a href="/category/budapest">Budapest</a> <a href="/category/tech">Tech</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out.append('<article class="td-post">')
        out.append(f'<h2><a href="/{slug(e["h"])}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="td-meta"><span class="td-author">{esc(e["a"])}</span> <time datetime="{d.isoformat()}">{st}</time></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="td-share">Share this article: Facebook Twitter Email</div></article>')
        if i == 3:
            out.append('<aside class="nl-box"><h4>Subscribe to our newsletter</h4><p>The most important news from Hungary, every weekday.</p><input type="email"><button>Subscribe</button></aside>')
    out += ['<div class="page-nav"><a>Next page</a></div>', "</main>",
            '<aside class="sidebar"><h3>Read more</h3><ul><li><a href="#">Where to find the best lángos in Budapest</a></li><li><a href="#">Forint weakens after central bank cut</a></li></ul></aside>',
            '<footer><p>© 2024 Daily News Hungary. Contact: info@dailynewshungary.com</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_n1(S):  # text scrape of a "key events" roundup: each bullet is one event; no per-bullet time; dateline time only
    L = ["N1", "Serbia  Region  World  Business  Sci-Tech  Sport  Video", "English | Srpski", "", "WORLD", "", S["title"], "", S["byline"], S["dateline"], "",
         "Share", "Facebook  X  Viber  Email", "", S["standfirst"], "", "Key events", ""]
    stamps = []
    for e in S["entries"]:
        L += ["• " + e["p"][0], ""]
        stamps.append(None)
    L += ["Photo: Illustration", "", "Read more:", "Belgrade hosts regional energy forum", "", "Follow N1 on Telegram", "",
          "Comments (0)", "Terms of use  Impressum  Cookie settings", "© 2024 N1 Adria. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_rdf(S):  # RSS 1.0 (RDF) with dc:date ISO offsets
    z = S["zone"]; stamps = []
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           f'<channel rdf:about="{S["url"]}">', f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<items><rdf:Seq>"]
    for i, e in enumerate(S["entries"]):
        out.append(f'<rdf:li rdf:resource="{S["url"]}{S["id"]}{i:02d}/"/>')
    out += ["</rdf:Seq></items>", "</channel>"]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.isoformat() if S["zone"] != "UTC" else d.strftime("%Y-%m-%dT%H:%M:%SZ")
        stamps.append(st)
        out += [f'<item rdf:about="{S["url"]}{S["id"]}{i:02d}/">', f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}{S['id']}{i:02d}/</link>",
                f"<description>{esc(e['p'][0])}</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>",
                f"<dc:date>{st}</dc:date>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<dc:subject>{e.get('cat', 'News')}</dc:subject>")
        out.append("</item>")
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps

# =============================================================== Part B renderers

def r_arncliffe(S):  # text live, OLDEST first, "1409 GMT" line before headline, Key Points at top, signature "— Name"
    z = S["zone"]; stamps = []
    L = ["Arncliffe Live", "News | Politics | World | Ukraine | Sport | Weather", "Sign in", "", S["title"], S["standfirst"], "", "Key Points", ""]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest updates appear at the bottom of this page", ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%H%M GMT"); stamps.append(st)
        L += [st, e["h"]] + ([""] + paras_txt(e["p"]) if e["p"] else [""])
        if e["a"]:
            L += [f"— {e['a']}", ""]
        L += ["Share this update", ""]
    L += ["This live page has now closed.", "", "Arncliffe Live · About us · Complaints · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_coverack(S):  # HTML live + LiveBlogPosting JSON-LD with per-update times; <time datetime> "21:15"; newest first
    z = S["zone"]; stamps = []; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "coverageStartTime": first.isoformat(),
          "coverageEndTime": last.isoformat(), "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "Coverack Daily"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Coverack Daily</title>", ldjson(ld), "</head><body>",
           '<header><a href="/" class="brand">Coverack Daily</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine war</a> <a href="/opinion">Opinion</a></nav><a class="btn" href="/subscribe">Subscribe</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["standfirst"])}</p>', '<p class="tz-note">All times Kyiv (EET).</p>', '<ol class="updates">']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<li class="update" id="u{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share"><button>Copy link</button> <button>Share</button></div></li>')
        if i == 2:
            out.append('<li class="promo">Sign up for the Morning Brief newsletter</li>')
    out += ["</ol>", '<aside><h3>More on this story</h3><a href="#">How Ukraine rations its air defence</a></aside>', "</main>",
            "<footer>© 2024 Coverack Daily Ltd · Privacy · Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_txt_article(S):  # text article with section headings; one entry per section; stamp null; dateline time printed
    L = [S["outlet"], S["menu"], "", S["title"], S["standfirst"], "", S["byline"], S["dateline"], "", "Share on Facebook  Share on X  Email", ""]
    stamps = []
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"])
        stamps.append(None)
    L += ["Topics: Ukraine, Russia, Europe", "", S["footer"]]
    return "\n".join(L) + "\n", stamps


def r_ashwell(S):  # HTML live, no JSON-LD, date line, "9.05pm" stamps; newest first
    z = S["zone"]; stamps = []
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – Ashwell Times</title>", "</head><body>",
           '<header class="masthead"><div class="brand">Ashwell Times</div><nav><a>Home</a> <a>UK</a> <a>World</a> <a>Money</a> <a>Sport</a> <a>Culture</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<div class="live-meta"><span class="live-badge">LIVE</span> <span class="dateline">{esc(S["dateline"])}</span></div>',
           f'<p class="summary">{esc(S["standfirst"])}</p>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_pm(d); stamps.append(st)
        out.append(f'<section class="block"><p class="block-time">{st}</p>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append("</section>")
        if i == 1:
            out.append('<div class="newsletter-box"><strong>Get the Ashwell Times Evening Edition</strong> Sign up now</div>')
    out += ['<nav class="older"><a>Older posts</a></nav>', "</main>", "<footer>Ashwell Times · Contact · Privacy · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # generic Atom feed (Culmstock +02:00, Blakeney Z)
    z = S["zone"]; stamps = []
    def iso(d):
        return d.strftime("%Y-%m-%dT%H:%M:%SZ") if z == "UTC" else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}" rel="alternate"/>', f'<link href="{S["url"]}feed.atom" rel="self"/>', f"<id>{S['url']}</id>",
           f"<updated>{iso(dt(S['entries'][0]['t'], z))}</updated>"]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}{slug(e["h"])}"/>', f"<id>tag:{S['host']},2024:{S['id']}{i:02d}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "world")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_fangfoss(S):  # text live, OLDEST first, "14:38 CET | Headline" on one line, "By X" line
    z = S["zone"]; stamps = []
    L = ["FANGFOSS DAILY", "Home > World > Europe", "", S["title"], S["dateline"], "", S["standfirst"], "", "+++ Live ticker +++", ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M CET"); stamps.append(st)
        L += [f"{st} | {e['h']}"] + ([f"By {e['a']}"] if e["a"] else []) + paras_txt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Ticker closed for today. Continue reading tomorrow.", "", "Imprint | Data protection | Fangfoss Daily 2024"]
    return "\n".join(L) + "\n", stamps


def r_appledore(S):  # text live, OLDEST first, date line above the timeline, headline then time on its own line AFTER it
    z = S["zone"]; stamps = []
    L = ["Appledore Live", "Menu   Search   Ukraine   World   Opinion", "", S["title"], S["byline"], "", S["dateline"], ""]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"])
        if i == 3:
            L += ["Read also: How Ukraine's energy system prepares for winter", ""]
    L += ["Like  Share  Comment", "", "© Appledore Live 2024. Reprinting is allowed with a link."]
    return "\n".join(L) + "\n", stamps


def r_cotehele(S):  # HTML live; @graph JSON-LD, @type array, per-update times; visible "9:20 a.m. ET"
    z = S["zone"]; stamps = []; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#p{i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]) if e["p"] else "", **({"author": [{"@type": "Person", "name": e["a"]}]} if e["a"] else {})})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": S["url"], "name": S["title"]},
          {"@type": ["NewsArticle", "LiveBlogPosting"], "headline": S["title"], "mainEntityOfPage": S["url"], "coverageStartTime": first.isoformat(),
           "datePublished": first.isoformat(), "dateModified": last.isoformat(), "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Cotehele Times</title>", ldjson(ld), "</head><body>",
           '<header><div class="logo">Cotehele Times</div><nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Opinion</a></nav><a>Log in</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["standfirst"])}</p>', f'<p class="updated">{esc(S["updated"])}</p>']
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dots(d) + " ET"; stamps.append(st)
        out.append(f'<article class="post" id="p{i}"><span class="ts">{st}</span>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<span class="post-byline">{esc(e["a"])}</span>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-id="v88">[video]</div>')
        out.append('<button class="share">Share</button></article>')
    out += ['<aside><h3>Most popular</h3><a>Heat wave tips for the weekend</a></aside>', "</main>", "<footer>© 2024 Cotehele Times Company</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_frampton(S):  # HTML article with h2 sections, "8.45pm BST" date line; stamp null
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Frampton Review</title>", "</head><body>",
           '<header><a class="brand">Frampton Review</a><nav><a>News</a> <a>World</a> <a>Comment</a> <a>Podcasts</a></nav></header>',
           f"<main><article><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        stamps.append(None)
    out += ["</article>", '<aside class="related"><h3>Related</h3><a>EU leaders agree top jobs package</a></aside>', "</main>",
            '<footer>Frampton Review · Newsletters · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps

# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="2700", name="2700_barents-observer-tag", ext="html", source="The Barents Observer", zone="Europe/Oslo", render=r_barents,
  title="Tag: war in Ukraine", fmt="HTML tag listing", imitates="The Barents Observer (tag archive page)",
  notes="Barents Observer-style tag archive page for Tuesday 6 Feb 2024: seven stories, newest first, each with 'By NAME' above the headline and a visible 'Feb 06, 2024 14:20' stamp (Norwegian local time, CET = UTC+1; <time datetime> carries +01:00). Each story shows a summary (one or two paragraphs) and 'Read more'. Two Arctic stories are not about the war (fishery quotas, aurora tourism). All between 06:50 and 21:30 CET = 05:50-20:30 UTC, 6 Feb.",
  not_entries=["top bar (Russian-language link, support appeal)", "logo and section menu", "page title 'Tag: war in Ukraine' and tag description", "'Read more' links", "newsletter sign-up box", "pagination", "'Most read' sidebar links", "footer (publisher, share line, cookie note)"],
  entries=[
  E("2024-02-06 21:30", "Northern Fleet submarines head out for Barents Sea drills",
    ["At least three submarines of Russia's Northern Fleet left their bases on the Kola Peninsula on Tuesday for what the fleet called a planned exercise in the Barents Sea.",
     "Norwegian military intelligence said it was following the activity closely but saw nothing unusual for the season."],
    "other", "security", 2, "northern-fleet-submarine-drills-2024-02-06", a="Thomas Nilsen", n="Military drills -> other/security."),
  E("2024-02-06 18:05", "Storskog crossing sees lowest traffic since the pandemic",
    ["Only a few hundred people crossed the Norwegian-Russian border at Storskog in January, police figures show.",
     "Local businesses in Kirkenes say the drop since the full-scale invasion has hit shops and hotels that once depended on Russian visitors."],
    "other", "politics", 2, "storskog-border-traffic-drop", a="Amalie Holt", n="Border-traffic consequences of the war -> other/politics (judgement)."),
  E("2024-02-06 15:40", "Murmansk prisons send more inmates to the front, rights group says",
    ["A rights group that monitors Russian penal colonies says recruiters returned to prisons in the Murmansk region in January and signed up dozens of inmates for service in Ukraine.",
     "The group said the men were promised pardons after six months at the front."],
    "other", "frontline", 2, "murmansk-prison-recruitment", a="Atle Staalesen", n="Recruitment/reinforcements -> other/frontline."),
  E("2024-02-06 12:15", "Norway to pay for demining boats for Ukraine",
    ["The Norwegian government will fund several small vessels fitted for clearing mines from Ukrainian rivers and coastal waters, the defence ministry announced.",
     "The boats are to be built by a shipyard in northern Norway and delivered during the spring."],
    "aid", "aid", 2, "norway-demining-boats-ukraine", a="Amalie Holt", n="Modest military-support item; no value given -> 2."),
  OFF("2024-02-06 10:00", "Norwegian and Russian fishery talks end without cod quota",
    ["Negotiators from Norway and Russia ended a round of fishery talks without agreeing on next year's cod quota in the Barents Sea.",
     "Both sides will meet again in March."],
    "norway-russia-cod-quota-talks", a="Thomas Nilsen", n="fishery quota talks, not about the war."),
  E("2024-02-06 08:25", "Police examine drone sightings near Kirkenes airport",
    ["Police in Finnmark are investigating reports of an unidentified drone flying close to Kirkenes airport on Monday evening.",
     "Flights were not affected, and police said it was too early to say who operated the drone."],
    "other", "security", 2, "kirkenes-airport-drone-sightings", a="Atle Staalesen", n="Possible sabotage/espionage concern -> other/security."),
  OFF("2024-02-06 06:50", "Cold snap fails to dent aurora tourism in Tromsø",
    ["Tour operators in Tromsø say bookings for northern lights trips are at record levels despite temperatures below minus 20 degrees.",
     "Hotels report occupancy above 90 percent for February."],
    "tromso-aurora-tourism", a="Amalie Holt", n="tourism item, not about the war."),
  ]))

SEEDS.append(dict(id="2701", name="2701_bta-ukraine-news", ext="txt", source="BTA", zone="Europe/Sofia", render=r_bta,
  title="Ukraine – latest news", fmt="plain text", imitates="BTA Bulgarian News Agency English news list",
  notes="BTA-style text scrape for Monday 12 Feb 2024. Each item: headline, a stamp line '12.02.2024 21:10' (day.month.year, 24 h), a 'Views: N' counter, body whose first paragraph starts with a dateline such as 'Sofia, February 12 (BTA) - ' (the dateline is part of first_sentence, as printed), then 'Author:' and 'Editor:' lines. Sofia local time, EET = UTC+2; no zone printed. 'Author: BTA' means no personal author (author null). All items 08:15-21:10 EET = 06:15-19:10 UTC, 12 Feb.",
  not_entries=["agency name lines, language switch", "cookie line", "section menu", "page heading 'Ukraine – latest news'", "'Views: N' counters", "'Author:' and 'Editor:' lines (author metadata, not body)", "share lines", "'Read more: All news on Ukraine'", "'Load more'", "footer lines"],
  entries=[
  E("2024-02-12 21:10", "Bulgaria to send more armoured personnel carriers to Ukraine, Defence Minister Tagarev says",
    ["Sofia, February 12 (BTA) - Bulgaria will hand over a further batch of armoured personnel carriers to Ukraine in the coming weeks, Defence Minister Todor Tagarev told reporters on Monday.",
     "He said the vehicles were surplus to the needs of the Bulgarian army and had been checked by the Interior Ministry, which owned them.",
     "Tagarev declined to give the number, citing security reasons."],
    "aid", "aid", 2, "bulgaria-apc-transfer-ukraine", a="Mariana Dimitrova", ed="Petar Kolev"),
  E("2024-02-12 18:45", "Denkov: Bulgaria backs EU use of profits from frozen Russian assets",
    ["Brussels, February 12 (BTA correspondent Elena Stoyanova) - Prime Minister Nikolay Denkov said Bulgaria supported the EU proposal to use windfall profits from immobilised Russian central bank assets to help Ukraine.",
     "He spoke after meeting European Commission officials in Brussels."],
    "diplomacy", "diplomacy", 2, "denkov-frozen-assets-support", a="Elena Stoyanova", sec=["aid"], ed="Petar Kolev",
    n="Sanctions/frozen-assets policy statement -> diplomacy (aid secondary)."),
  E("2024-02-12 16:20", "Russian missiles damage energy facility in Kharkiv Region, Ukrainian officials say",
    ["Kyiv, February 12 (BTA) - A Russian missile strike damaged an energy facility in Ukraine's Kharkiv Region on Monday afternoon, the regional governor Oleh Syniehubov said.",
     "No casualties were reported; repair crews were working to restore power to several villages."],
    "strikes", "strikes", 2, "kharkiv-region-energy-strike-2024-02-12", a=None, ed="Ivo Nikolov", n="'Author: BTA' -> author null."),
  E("2024-02-12 13:05", "Prosecutors charge two men with spying for Russia",
    ["Sofia, February 12 (BTA) - The Sofia City Prosecutor's Office has charged two Bulgarian citizens with collecting information on military sites for a Russian intelligence service.",
     "One of the men is in custody; the other has been placed under house arrest, prosecutors said."],
    "other", "security", 2, "bulgaria-espionage-charges-2024-02-12", a="Georgi Marinov", ed="Ivo Nikolov", n="Espionage case -> other/security."),
  E("2024-02-12 10:40", "Navy divers neutralise drifting sea mine off Cape Kaliakra",
    ["Varna, February 12 (BTA) - Bulgarian navy divers destroyed a drifting sea mine spotted by a fishing boat about three nautical miles off Cape Kaliakra, the Defence Ministry said.",
     "It was the third mine found in Bulgarian waters since the start of the year; the ministry believes they drifted from the north-western Black Sea war zone."],
    "other", "security", 2, "kaliakra-drifting-mine-2024-02-12", a="Desislava Ivanova", ed="Petar Kolev", n="Mine clearance by a non-party -> other/security."),
  OFF("2024-02-12 08:15", "Snowfall closes several mountain roads in the Rhodopes",
    ["Smolyan, February 12 (BTA) - Heavy overnight snow has closed three mountain passes in the Rhodopes, the Road Infrastructure Agency said.",
     "Snow ploughs are working on all main roads."],
    "rhodopes-snow-roads", a=None, ed="Ivo Nikolov", n="Bulgarian weather item, not about the war."),
  ]))

SEEDS.append(dict(id="2702", name="2702_agerpres-rss", ext="xml", source="Agerpres", zone="Europe/Bucharest", render=r_rss2,
  url="https://www.agerpres.ro/english/", title="AGERPRES - English news", desc="The latest news in English from the Romanian National News Agency AGERPRES",
  fmt="RSS 2.0", imitates="Agerpres (Romanian national news agency) English RSS",
  notes="Agerpres-style RSS 2.0 feed, Thursday 22 Feb 2024. pubDate carries an explicit +0200 offset (Bucharest EET). Descriptions are CDATA with <p> paragraphs (one item has an <img> first). dc:creator present on some items. Items from 07:45 to 20:35 local = 05:45-18:35 UTC, 22 Feb. Two items are not about the war (Romanian GDP, weather).",
  not_entries=["channel title/link/description/language", "lastBuildDate", "<img> inside one description", "category elements"],
  entries=[
  E("2024-02-22 20:35", "Defence Ministry: drone fragments found near Plauru after overnight attack on Izmail",
    ["Fragments of a drone were found on Thursday on Romanian territory near the village of Plauru, across the Danube from the Ukrainian port of Izmail, the Ministry of National Defence (MApN) announced.",
     "The ministry said Russian drones had targeted Ukrainian port infrastructure overnight and that the Romanian air surveillance system had tracked the attack.",
     "There was no danger to the local population, it added."],
    "other", "security", 2, "plauru-drone-fragments-2024-02-22", sec=["strikes"], a="Andrei Popescu", img=True,
    n="Headline leads with the fragments on NATO soil (security), the Izmail attack is secondary -> other/security, strikes secondary."),
  E("2024-02-22 17:10", "President Iohannis discusses Black Sea security with Zelensky by phone",
    ["President Klaus Iohannis had a phone conversation on Thursday with Ukrainian President Volodymyr Zelensky about security in the Black Sea region and grain transit, the Presidential Administration said.",
     "The two leaders agreed to keep the Danube corridor open and to coordinate on demining."],
    "diplomacy", "diplomacy", 3, "iohannis-zelensky-phone-call-2024-02-22", a=None, n="Head-of-state diplomatic contact -> 3."),
  E("2024-02-22 14:50", "Ukrainian F-16 pilots to start training at Fetesti base in spring",
    ["The European F-16 Training Centre at the Fetesti air base will take its first Ukrainian pilots in the spring, defence minister Angel Tilvar said on Thursday.",
     "The centre, run with the Netherlands and the aircraft's manufacturer, has so far trained Romanian pilots."],
    "aid", "aid", 2, "fetesti-f16-training-ukrainian-pilots", a="Andrei Popescu"),
  OFF("2024-02-22 12:05", "INS: Romania's economy grew 2.1 pct last year",
    ["Romania's gross domestic product rose by 2.1 percent in 2023 compared with the previous year, according to flash data from the National Institute of Statistics (INS).",
     "Growth slowed from 4.1 percent in 2022."],
    "romania-gdp-2023", a=None, n="Romanian economy item, not about the war."),
  E("2024-02-22 09:30", "Moldovan PM Recean asks EU for help against hybrid threats",
    ["Moldova's Prime Minister Dorin Recean asked European partners for support in countering Russian hybrid attacks, including disinformation and attempts to destabilise the country.",
     "Recean spoke at a meeting in Chisinau with EU ambassadors."],
    "diplomacy", "diplomacy", 2, "recean-eu-hybrid-threats", a="Ioana Radu"),
  OFF("2024-02-22 07:45", "Weather: spring-like temperatures of up to 18 degrees expected",
    ["The National Meteorological Administration forecasts unusually mild weather for the coming days, with maximum temperatures of up to 18 degrees Celsius in the south.",
     "Light rain is expected in the west."],
    "romania-mild-weather-feb", a=None, n="weather item, not about the war."),
  ]))

SEEDS.append(dict(id="2703", name="2703_khaleejtimes-live", ext="html", source="Khaleej Times", zone="Asia/Dubai", render=r_khaleej,
  url="https://www.khaleejtimes.com/world/europe/russia-ukraine-war-live-4-april-2024",
  title="Russia-Ukraine war live: NATO marks 75 years as Kyiv pleads for air defence",
  publine="Published: Thu 4 Apr 2024, 5:10 AM   Last updated: Thu 4 Apr 2024, 11:50 PM",
  lede="Follow our live coverage of the war in Ukraine on Thursday. All times are UAE time.",
  fmt="HTML live blog + LiveBlogPosting JSON-LD", imitates="Khaleej Times live page",
  notes="Khaleej Times-style live page for Thursday 4 Apr 2024, newest first. Visible stamps '8:35 p.m.' style; times are UAE time (GST = UTC+4, stated in the lede and implied by the outlet). A 'Key Points' box lists three headlines of posts below, which are key_point. LiveBlogPosting JSON-LD with per-update datePublished (+04:00); its headline/articleBody strings contain HTML entities (&#039; for apostrophes). Posts from 5:10 a.m. to 11:50 p.m. GST = 01:10-19:50 UTC, 4 Apr.",
  not_entries=["header, section menu, prayer times and weather widget", "breadcrumb", "byline 'By KT Web Desk' (organisation, not a person)", "'Published ... Last updated' line", "share bar", "'Key Points' box (its items are the headlines of posts below, not separate entries)", "lede 'Follow our live coverage ...'", "advertisement slot and WhatsApp promo", "'Related' links", "footer"],
  entries=[
  E("2024-04-04 23:50", "NATO foreign ministers mark alliance's 75th anniversary",
    ["Foreign ministers of the 32 NATO countries held a short ceremony at the alliance's Brussels headquarters to mark 75 years since the signing of the Washington Treaty.",
     "Secretary General Jens Stoltenberg said the alliance had never been more needed, pointing to Russia's war against Ukraine."],
    "diplomacy", "diplomacy", 2, "nato-75th-anniversary-ceremony"),
  E("2024-04-04 21:15", "Kuleba urges allies to find Patriot systems for Ukraine",
    ["Ukrainian Foreign Minister Dmytro Kuleba told his NATO counterparts that Ukraine's cities were left exposed and that only Patriot systems could stop Russian ballistic missiles.",
     "He said allies had the systems in their own stocks and could send them 'within days' if they chose to."],
    "aid", "aid", 2, "kuleba-patriot-appeal-nato-2024-04-04", sec=["diplomacy"], n="Appeal for air defence -> aid."),
  E("2024-04-04 18:40", "UAE mediation secures release of 200 prisoners in new swap",
    ["Russia and Ukraine exchanged 100 prisoners each in a deal mediated by the United Arab Emirates, the UAE foreign ministry said.",
     "It was the eleventh exchange the Emirates has helped to arrange, the ministry added.",
     "Ukraine's human rights commissioner said the freed Ukrainians included defenders of Mariupol."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2024-04-04", kp=True, n="Invented exchange; listed under Key Points."),
  E("2024-04-04 15:20", "Stoltenberg's plan for €100 billion Ukraine fund meets doubts",
    ["A proposal by NATO chief Jens Stoltenberg to create a five-year, 100-billion-euro fund for military support to Ukraine drew a cautious response from several ministers.",
     "Hungary said it would not take part in any NATO mission in Ukraine, while others asked how the money would be raised."],
    "aid", "aid", 3, "stoltenberg-100bn-ukraine-fund", sec=["diplomacy"], kp=True),
  E("2024-04-04 12:45", "Russia says drones downed over Belgorod region",
    ["Russia's defence ministry said air defences destroyed nine Ukrainian drones over the Belgorod region in the morning.",
     "The regional governor reported damage to a power line but no injuries."],
    "strikes", "strikes", 2, "belgorod-drones-downed-2024-04-04"),
  E("2024-04-04 08:35", "Drone strike on Kharkiv kills four, including rescue workers",
    ["Russian drones hit a residential area of Kharkiv shortly after midnight, killing four people, among them three rescuers who had arrived after the first strike, regional officials said.",
     "Mayor Ihor Terekhov said a second wave of drones struck the same spot as firefighters were working.",
     "Several high-rise buildings and cars were damaged."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-rescuers-2024-04-04", kp=True),
  E("2024-04-04 05:10", "Lower conscription age comes into force in Ukraine",
    ["A law lowering the age at which men can be mobilised from 27 to 25 has taken effect in Ukraine after its publication in the official gazette.",
     "President Volodymyr Zelensky signed the measure earlier this week."],
    "other", "politics", 2, "ukraine-mobilisation-age-25", n="Domestic law -> other/politics."),
  ]))

SEEDS.append(dict(id="2704", name="2704_bernama-world", ext="txt", source="Bernama", zone="Asia/Kuala_Lumpur", render=r_bernama,
  title="WORLD", clock="Last update: 09/04/2024 07:05 AM", fmt="plain text",
  imitates="Bernama (Malaysian national news agency) world news list",
  notes="Bernama-style text scrape of the World list, newest first. The stamp line '09/04/2024 07:05 AM' (day/month/year, 12 h) stands on its own line BEFORE each headline. Malaysian time (MYT = UTC+8), not printed but implied by the outlet. The page crosses local midnight: the top two items are dated 9 April local but fall on 8 April UTC (07:05 AM MYT = 23:05 UTC; 01:20 AM = 17:20 UTC); all six items are on 8 April 2024 UTC. Each item ends with '-- BERNAMA'.",
  not_entries=["agency name lines and language switch", "section menu", "'WORLD' heading and 'Last update' line", "'-- BERNAMA' sign-offs", "WhatsApp channel promo", "'Load More'", "footer copyright lines"],
  entries=[
  E("2024-04-09 07:05", "Ukraine says it shot down 17 of 20 Russian attack drones overnight",
    ["KYIV, April 9 (Bernama-Reuters) -- Ukraine's air force said on Tuesday its air defences destroyed 17 of the 20 Shahed-type drones that Russia launched overnight at southern and eastern regions.",
     "Debris fell on farm buildings in the Mykolaiv region, the regional governor said."],
    "strikes", "strikes", 2, "ukraine-downs-17-drones-overnight-2024-04-09", n="Printed local date 9 Apr; UTC 8 Apr 23:05."),
  E("2024-04-09 01:20", "IAEA says drones hit Zaporizhzhia nuclear plant for second day",
    ["VIENNA, April 8 (Bernama-dpa) -- The International Atomic Energy Agency said drones struck the Zaporizhzhia nuclear power plant again on Monday, a day after what it called the first direct attacks on the site since November 2022.",
     "IAEA chief Rafael Grossi said nuclear safety was not compromised but warned that such strikes were reckless."],
    "strikes", "strikes", 3, "zaporizhzhia-npp-drone-strikes-2024-04", n="Direct strikes on a nuclear plant, UN agency statement -> 3 (judgement)."),
  E("2024-04-08 22:30", "Malaysia calls for dialogue to end Russia-Ukraine conflict",
    ["PUTRAJAYA, April 8 (Bernama) -- Malaysia reiterated its call for a peaceful settlement of the conflict between Russia and Ukraine through dialogue, Foreign Minister Datuk Seri Utama Mohamad Hasan said.",
     "He said Malaysia was studying an invitation to a peace conference planned in Switzerland."],
    "diplomacy", "diplomacy", 2, "malaysia-calls-for-dialogue-2024-04-08", a=None),
  E("2024-04-08 18:15", "Lavrov arrives in Beijing for talks with Wang Yi",
    ["BEIJING, April 8 (Bernama-Xinhua) -- Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday for a two-day visit that includes talks with his Chinese counterpart Wang Yi.",
     "The ministers are expected to discuss Ukraine and the situation in the Asia-Pacific."],
    "diplomacy", "diplomacy", 3, "lavrov-beijing-visit-2024-04", n="Ministerial visit -> 3."),
  OFF("2024-04-08 14:40", "Aidilfitri: heavy traffic expected on North-South Expressway from tomorrow",
    ["KUALA LUMPUR, April 8 (Bernama) -- Traffic on the North-South Expressway is expected to peak from Tuesday as people return to their hometowns for Hari Raya Aidilfitri, PLUS Malaysia Berhad said.",
     "Motorists are advised to use the travel time advisory."],
    "aidilfitri-expressway-traffic", a=None, n="Malaysian holiday traffic, not about the war."),
  E("2024-04-08 09:10", "Kharkiv faces scheduled power cuts after strikes on grid",
    ["KYIV, April 8 (Bernama-Reuters) -- Ukraine's grid operator imposed scheduled power outages in Kharkiv and the surrounding region after recent Russian attacks destroyed several substations.",
     "City authorities opened heating points for residents."],
    "other", "humanitarian", 2, "kharkiv-scheduled-outages-2024-04-08", sec=["strikes"], n="Civilian consequence of strikes -> other/humanitarian."),
  ]))

SEEDS.append(dict(id="2705", name="2705_vnexpress-world", ext="html", source="VnExpress International", zone="Asia/Ho_Chi_Minh", render=r_vnexpress,
  title="World", ref="2024-04-12 23:40", updated="Updated: Friday, April 12, 2024, 23:40 (GMT+7)", fmt="HTML listing with relative stamps",
  imitates="VnExpress International World section",
  notes="VnExpress International-style World listing. Stamps are relative ('1 hour ago', '14 hours ago'); they are resolved against the printed 'Updated: Friday, April 12, 2024, 23:40 (GMT+7)' line (Vietnam, UTC+7). Resolution is exact to the printed hour count (minute precision is not knowable; convention: reference time minus N hours). All six items fall on 12 Apr 2024 UTC (02:40-15:40). Byline 'By NAME' after the summary; 'Reuters' bylines are the agency (author null).",
  not_entries=["logo, slogan and section menu", "'World' heading", "'Updated:' line (reference clock, not an entry)", "author/agency lines", "comment counters", "advertisement banner", "'View more'", "'Most read' box", "footer"],
  entries=[
  E("2024-04-12 22:40", "Ukraine's new mobilization law awaits Zelensky's signature",
    ["Ukraine's parliament has passed a long-debated law that tightens rules for call-ups, and the bill now goes to President Volodymyr Zelensky.",
     "The law removes a clause that would have let soldiers leave after 36 months of service."],
    "other", "politics", 2, "ukraine-mobilization-law-passed", a="Minh Anh"),
  E("2024-04-12 20:40", "Rebuilding destroyed Kyiv power plant may take a year, operator says",
    ["The state energy company Centrenergo said it could take a year or more to restore the Trypilska thermal power plant, which was destroyed by Russian missiles on Thursday.",
     "The plant was the largest electricity supplier for the Kyiv, Cherkasy and Zhytomyr regions."],
    "strikes", "strikes", 2, "trypilska-power-plant-destroyed", a=None, n="Aftermath of a strike -> strikes."),
  E("2024-04-12 18:40", "Vietnam and Ukraine discuss farm trade",
    ["Vietnamese and Ukrainian deputy trade ministers met in Hanoi to discuss how to restore shipments of Ukrainian wheat and Vietnamese seafood.",
     "They agreed to set up a working group on logistics."],
    "diplomacy", "diplomacy", 2, "vietnam-ukraine-farm-trade-talks", a="Hoang Phong", n="Bilateral talks -> diplomacy."),
  E("2024-04-12 15:40", "Switzerland invites over 160 delegations to Ukraine peace summit",
    ["Switzerland has sent invitations to more than 160 delegations for a high-level conference on peace in Ukraine to be held at the Bürgenstock resort in June.",
     "Russia has not been invited; Swiss officials said they hoped Moscow would join a later stage."],
    "diplomacy", "diplomacy", 3, "swiss-peace-summit-invitations", a=None, n="Summit preparation at head-of-state level -> 3."),
  OFF("2024-04-12 11:40", "Vietnam's rice exports jump in first quarter",
    ["Vietnam exported over 2 million tons of rice in the first three months of the year, up more than 40 percent in value.",
     "The Philippines and Indonesia remained the largest buyers."],
    "vietnam-rice-exports-q1", a="Phan Anh", n="Vietnamese economy item."),
  E("2024-04-12 09:40", "Russia says Ukrainian drones hit substation in Voronezh region",
    ["Russian officials said a Ukrainian drone attack overnight damaged an electrical substation in the Voronezh region, causing a brief power cut in several districts.",
     "Ukraine did not comment."],
    "strikes", "strikes", 2, "voronezh-substation-drone-2024-04-12", a=None),
  ]))

SEEDS.append(dict(id="2706", name="2706_tribune-world-live", ext="txt", source="The Express Tribune", zone="Asia/Karachi", render=r_tribune,
  title="Russia-Ukraine war: US pledges $6 billion as Kyiv waits for arms", byline="News Desk", standfirst="Updates from the war in Ukraine through the day, compiled from wire reports.",
  dateline="Friday, April 26, 2024", fmt="plain text",
  imitates="The Express Tribune (Pakistan) world updates page",
  notes="Express Tribune-style text scrape, one page byline 'News Desk' (desk, not a person: author null). A single date line 'Friday, April 26, 2024' above the timeline; stamps '2.35pm' style on their own line above each headline, newest first; Pakistan time (PKT = UTC+5, not printed; implied by the outlet). All items 8.45am-11.50pm PKT = 03:45-18:50 UTC, 26 Apr.",
  not_entries=["masthead and menu, 'E-Paper'", "'WORLD' section label", "page title", "byline 'News Desk'", "share labels", "standfirst", "date line 'Friday, April 26, 2024'", "'READ: Ukraine war at a glance: day 792' related link", "'Published in The Express Tribune'", "comments note", "'MOST READ' box", "copyright"],
  entries=[
  E("2024-04-26 23:50", "US unveils $6 billion package with Patriot interceptors for Ukraine",
    ["The United States announced a $6 billion package of long-term military aid for Ukraine that includes interceptors for Patriot air defence systems and artillery ammunition.",
     "Defence Secretary Lloyd Austin said the weapons would be bought from industry rather than taken from US stocks, so deliveries would take time.",
     "It is the largest package under the Ukraine Security Assistance Initiative since the war began."],
    "aid", "aid", 3, "us-6bn-usai-package-2024-04-26"),
  E("2024-04-26 21:20", "Foreign Office rejects reports of Pakistani arms sales to Ukraine",
    ["Pakistan's Foreign Office said it had not supplied weapons or ammunition to either side in the war, calling reports of such sales baseless.",
     "The spokesperson said Pakistan's position of strict neutrality had not changed."],
    "diplomacy", "diplomacy", 2, "pakistan-denies-arms-to-ukraine", sec=["aid"], n="Official denial statement -> diplomacy (judgement)."),
  E("2024-04-26 18:05", "Russian strike on railway in Odesa region wounds three",
    ["A Russian missile struck railway infrastructure in the Odesa region, wounding three railway workers, Ukraine's railway company said.",
     "Several freight trains were delayed."],
    "strikes", "strikes", 2, "odesa-region-railway-strike-2024-04-26"),
  E("2024-04-26 14:35", "Kremlin: new US weapons will not change the outcome",
    ["Kremlin spokesman Dmitry Peskov said fresh US weapons deliveries would not alter the situation on the battlefield and would only prolong the suffering of Ukrainians.",
     "He added that Russia's forces would continue their advance."],
    "diplomacy", "diplomacy", 2, "peskov-us-aid-reaction-2024-04-26", sec=["aid"]),
  OFF("2024-04-26 11:10", "PSX climbs as investors await IMF talks",
    ["Shares at the Pakistan Stock Exchange rose for a third session on hopes of a new loan programme with the International Monetary Fund.",
     "The benchmark KSE-100 index gained over 500 points."],
    "psx-gains-imf-hopes", n="Pakistani markets item."),
  E("2024-04-26 08:45", "Ukrainian drones set fire to oil depots in Russia's Smolensk region",
    ["Long-range Ukrainian drones attacked two fuel depots in Russia's Smolensk region overnight, starting fires, a Ukrainian intelligence source said.",
     "The regional governor said the attack had been repelled but did not mention the fires."],
    "strikes", "strikes", 2, "smolensk-oil-depots-drones-2024-04-26"),
  ]))

SEEDS.append(dict(id="2707", name="2707_dailynewshungary-tag", ext="html", source="Daily News Hungary", zone="Europe/Budapest", render=r_dnh,
  title="Russia-Ukraine war", fmt="HTML tag listing + NewsArticle @graph JSON-LD",
  imitates="Daily News Hungary tag page",
  notes="Daily News Hungary-style tag page for Wednesday 5 Jun 2024, newest first. Per-article author and a visible stamp '5 June 2024 06:07' (Budapest local time, CEST = UTC+2; no zone printed). JSON-LD @graph has a CollectionPage plus one NewsArticle per story with HTML entities in strings (&#8211; in the CollectionPage name, &#x27; in an entity-escaped description). All items 06:07-22:15 CEST = 04:07-20:15 UTC, 5 Jun.",
  not_entries=["cookie bar", "logo and menu", "archive title", "share lines", "newsletter box", "'Next page'", "'Read more' sidebar links", "footer"],
  entries=[
  E("2024-06-05 22:15", "Orbán: Hungary will not join a NATO operation in Ukraine",
    ["Prime Minister Viktor Orbán told a campaign rally in Győr that Hungary would neither send soldiers nor pay for weapons under any NATO mission in Ukraine.",
     "He said the country would stay out 'even if the whole alliance goes in'."],
    "diplomacy", "diplomacy", 2, "orban-no-nato-ukraine-mission", a="Tamás Vári"),
  E("2024-06-05 19:40", "Szijjártó calls for immediate ceasefire and talks",
    ["Foreign Minister Péter Szijjártó said every day without a ceasefire cost hundreds of lives and called on the international community to push for negotiations.",
     "He spoke after meeting his Slovak counterpart in Budapest."],
    "diplomacy", "diplomacy", 2, "szijjarto-ceasefire-call-2024-06-05", a="Réka Sándor"),
  E("2024-06-05 16:10", "Record number of Ukrainian children in Hungarian schools",
    ["Nearly 2,000 children who fled the war in Ukraine are now enrolled in Hungarian schools, the education ministry said.",
     "Most of them live in Budapest and in Szabolcs-Szatmár-Bereg county."],
    "other", "humanitarian", 2, "ukrainian-children-hungarian-schools", a="Dóra Kiss"),
  E("2024-06-05 12:30", "Transcarpathian Hungarians worry about new conscription rules",
    ["Ethnic Hungarian organisations in Transcarpathia say Ukraine's tougher mobilisation law has led many men to stay at home for fear of being stopped at checkpoints.",
     "Budapest has asked Kyiv to respect the rights of the minority."],
    "other", "politics", 2, "transcarpathia-hungarians-mobilisation", a="Tamás Vári"),
  OFF("2024-06-05 09:05", "Heat alert in Budapest as temperatures near 33 degrees",
    ["The chief medical officer has issued a second-degree heat alert for Budapest and several counties until Friday.",
     "Air-conditioned rooms will be open to the public in the capital."],
    "budapest-heat-alert-june", a="Dóra Kiss", n="Hungarian weather item."),
  E("2024-06-05 06:07", "Russian missiles hit energy sites in western Ukraine near Hungarian border",
    ["Russian missiles and drones struck energy infrastructure in the Lviv and Ivano-Frankivsk regions overnight, Ukrainian officials said.",
     "Hungary's defence ministry said no aircraft had entered Hungarian airspace."],
    "strikes", "strikes", 2, "western-ukraine-energy-strikes-2024-06-05", a="Réka Sándor"),
  ]))

SEEDS.append(dict(id="2708", name="2708_n1-key-events", ext="txt", source="N1", zone="Europe/Belgrade", render=r_n1,
  title="Ukraine war, day 838: key events", byline="Jelena Tomić", dateline="10.06.2024. 09:15",
  standfirst="A look at the main developments in Russia's war against Ukraine over the past 24 hours.", fmt="plain text key-events roundup",
  imitates="N1 (English) roundup article",
  notes="N1-style article 'key events' roundup dated '10.06.2024. 09:15' (Belgrade, CEST = UTC+2 -> 07:15 UTC, 10 Jun 2024). Each '•' bullet under the 'Key events' heading is one event and one entry: no headline (null), no own stamp (stamp null), published = the article's dateline time (convention), author = the article byline. The heading says 'Key events', not 'Key Points', and the bullets are the entries themselves, so key_point is false. body_paragraphs = 1 per bullet.",
  not_entries=["logo, menu, language switch", "'WORLD' label", "article title", "byline and dateline lines", "share labels", "standfirst", "'Key events' heading", "photo credit", "'Read more:' and its related link", "Telegram promo", "comments counter and footer"],
  entries=[
  E("2024-06-10 09:15", None,
    ["Russian missiles and drones struck the Dnipropetrovsk region overnight, damaging a gas pipeline and homes in two towns, regional governor Serhiy Lysak said. One man was injured."],
    "strikes", "strikes", 2, "dnipropetrovsk-overnight-strike-2024-06-10", a="Jelena Tomić"),
  E("2024-06-10 09:15", None,
    ["Ukraine's General Staff said its forces hit a Russian S-400 air defence battery in occupied Crimea, destroying a radar and two launchers. Russia did not comment."],
    "strikes", "strikes", 2, "crimea-s400-battery-strike-2024-06", a="Jelena Tomić"),
  E("2024-06-10 09:15", None,
    ["Results of the European Parliament elections showed gains for right-wing parties, with analysts split on whether this would weaken EU support for Kyiv. Pro-European groups kept their majority."],
    "other", "politics", 2, "ep-elections-ukraine-support-impact", a="Jelena Tomić", n="Politics with a war angle -> other/politics."),
  E("2024-06-10 09:15", None,
    ["Delegations from more than 60 countries are arriving in Berlin for the Ukraine Recovery Conference, which opens on Tuesday. Germany said it would focus on repairing the energy grid."],
    "aid", "aid", 2, "berlin-ukraine-recovery-conference-2024", a="Jelena Tomić", sec=["diplomacy"]),
  E("2024-06-10 09:15", None,
    ["A media report said Serbian-made artillery shells worth hundreds of millions of euros had reached Ukraine through third countries. Serbian officials said all exports complied with the law."],
    "aid", "aid", 2, "serbian-shells-reach-ukraine-report", a="Jelena Tomić"),
  OFF("2024-06-10 09:15", None,
    ["Serbia's national team arrived at its training base in Germany ahead of its Euro 2024 opener against England on Sunday. Coach Dragan Stojković named an unchanged 26-man squad."],
    "serbia-euro-2024-arrival", a="Jelena Tomić", n="football item."),
  ]))

SEEDS.append(dict(id="2709", name="2709_24kg-rdf", ext="xml", source="24.kg", zone="Asia/Bishkek", render=r_rdf,
  url="https://24.kg/english/", title="24.kg - English news", desc="News of Kyrgyzstan and Central Asia in English", fmt="RSS 1.0 (RDF)",
  imitates="24.kg news agency (Kyrgyzstan) English feed",
  notes="24.kg-style RSS 1.0 (RDF) feed, Friday 21 Jun 2024. dc:date is ISO 8601 with +06:00 (Bishkek). description repeats the first paragraph; content:encoded holds the full CDATA body (body_paragraphs counts the content:encoded paragraphs). Items 07:45-23:40 local = 01:45-17:40 UTC, 21 Jun. Two items not about the war.",
  not_entries=["channel title/link/description", "rdf:Seq item list", "dc:subject labels", "description elements (they repeat the first paragraph of content:encoded)"],
  entries=[
  E("2024-06-21 23:40", "National Bank warns banks over transfers to sanctioned Russian firms",
    ["The National Bank of Kyrgyzstan has told commercial banks to check more carefully payments that could involve companies under Western sanctions against Russia.",
     "The regulator said banks that break the rules risk losing correspondent accounts abroad."],
    "diplomacy", "diplomacy", 2, "kyrgyz-central-bank-sanctions-warning", a="Aigerim Bekova", cat="Economy", n="Sanctions compliance -> diplomacy (judgement)."),
  E("2024-06-21 20:15", "Kyrgyz citizen jailed in Russia for refusing to fight in Ukraine",
    ["A court in Russia's Sverdlovsk region sentenced a Kyrgyz man who had received Russian citizenship to five years in prison for refusing to take part in combat.",
     "Kyrgyzstan's foreign ministry said it was providing consular help."],
    "other", "politics", 2, "kyrgyz-man-jailed-refusing-combat", a="Nurlan Asanov", cat="Society"),
  OFF("2024-06-21 17:30", "Mudflows cut roads in Osh region after heavy rain",
    ["Mudflows after heavy rain blocked several roads in the Alai district of Osh region, the Emergencies Ministry said.",
     "No one was hurt."],
    "osh-mudflows-june", a=None, cat="Incidents", n="Kyrgyz weather/disaster item."),
  E("2024-06-21 13:05", "EU agrees 14th sanctions package against Russia",
    ["EU ambassadors agreed on a 14th package of sanctions against Russia, including for the first time measures on Russian liquefied natural gas.",
     "The list also includes several companies in Central Asia accused of helping Russia bypass restrictions, diplomats said."],
    "diplomacy", "diplomacy", 3, "eu-14th-sanctions-package", a=None, cat="World"),
  E("2024-06-21 10:20", "Russian drones hit energy facilities in two Ukrainian regions",
    ["Russia attacked energy infrastructure in the Zaporizhzhia and Dnipropetrovsk regions overnight, Ukraine's grid operator said, forcing emergency power cuts.",
     "Ukraine's air force said it shot down most of the drones."],
    "strikes", "strikes", 2, "energy-strikes-zaporizhzhia-dnipropetrovsk-2024-06-21", a=None, cat="World"),
  OFF("2024-06-21 07:45", "Russia tightens medical checks for foreign workers",
    ["New rules in Russia require labour migrants to pass medical checks within 30 days of arrival instead of 90.",
     "Kyrgyz migrant groups fear longer queues at clinics in Moscow."],
    "russia-migrant-medical-checks", a="Aigerim Bekova", cat="Migration", n="labour migration rules, not about the war."),
  ]))

# =============================================================== PART B, day 1: 2024-02-28 (UTC)
ZAP = "zaporizhzhia-missile-strike-2024-02-28"
SEEDS.append(dict(id="2720", name="2720_arncliffe-textlive", ext="txt", source="Arncliffe Live", zone="Europe/London", render=r_arncliffe,
  title="Ukraine war live: missiles hit Zaporizhzhia homes as Zelensky courts Balkan allies in Tirana",
  standfirst="Follow the day's developments as they happen.", fmt="text live, oldest first, '1409 GMT', Key Points", parse_args=["--date", "2024-02-28"],
  notes="Invented outlet. Text live page for Wednesday 28 Feb 2024, OLDEST first ('Latest updates appear at the bottom'). Each post: stamp line 'HHMM GMT' BEFORE the headline, body, optional signature '— NAME'. GMT = UTC. Key Points block at the top lists three headlines of posts below (key_point true). Entry 2720-06 'Watch: ...' is a teaser with no body. Entry 2720-07 repeats 2720-03 nearly verbatim (duplicate_of). Zaporizhzhia toll grows from two (0655) to six (1905). The page prints no date anywhere, hence parse_args --date 2024-02-28.",
  not_entries=["outlet name and menu, 'Sign in'", "page title and standfirst", "'Key Points' heading and its three lines (headlines of posts below)", "'Latest updates appear at the bottom of this page'", "signature lines '— NAME' (author)", "'Share this update' lines", "closing line and footer"],
  entries=[
  E("2024-02-28 06:55", "Missiles hit apartment block in Zaporizhzhia, two dead",
    ["Two people were killed when Russian missiles struck a nine-storey apartment building in Zaporizhzhia before dawn, regional governor Ivan Fedorov said.",
     "Rescuers were searching the rubble of a collapsed stairwell, and at least eight people had been taken to hospital."],
    "strikes", "strikes", 3, ZAP, a="Harriet Moss"),
  E("2024-02-28 08:20", "Drones strike industrial site in Kharkiv",
    ["Russian Shahed drones hit an industrial enterprise in Kharkiv's Kyivskyi district overnight, injuring two guards, governor Oleh Syniehubov said.",
     "A fire at the site was put out by morning."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2024-02-28", a="Harriet Moss", n="Different city and weapon from the Zaporizhzhia strike: must not merge."),
  E("2024-02-28 10:35", "Denmark unveils new artillery package for Kyiv",
    ["Denmark will send Ukraine a new military aid package worth about 1.7 billion kroner, mostly artillery ammunition and spare parts for air defence, defence minister Troels Lund Poulsen said.",
     "It is Denmark's 13th package since the start of the full-scale invasion."],
    "aid", "aid", 3, "denmark-13th-aid-package-2024-02-28", a="Callum Price", kp=True),
  E("2024-02-28 12:10", "Zelensky in Tirana urges Balkan leaders to back ammunition drive",
    ["Volodymyr Zelensky told a Ukraine–South East Europe summit in the Albanian capital that the region's arms factories could help close Ukraine's shell shortage.",
     "Host Edi Rama said Albania was ready to discuss joint production of weapons with Ukraine."],
    "diplomacy", "diplomacy", 3, "tirana-summit-zelensky-2024-02-28", a="Callum Price", sec=["aid"], kp=True),
  E("2024-02-28 13:48", "Russia says it has taken a village west of Avdiivka",
    ["Russia's defence ministry claimed its troops had captured a village west of Avdiivka, the town Ukraine withdrew from this month.",
     "Ukraine's military said fighting was continuing in the area and did not confirm the loss."],
    "other", "frontline", 2, "russia-claims-village-west-avdiivka-2024-02-28", a="Harriet Moss"),
  E("2024-02-28 15:30", "Watch: how mobile fire teams hunt drones at night", [],
    "other", "frontline", 1, "watch-mobile-fire-teams-drones", n="Video teaser, headline only, no body -> importance 1; own story (theme teaser, not the day's attacks)."),
  E("2024-02-28 16:45", "Denmark unveils new artillery package for Kyiv",
    ["Denmark will send Ukraine a new military aid package worth roughly 1.7 billion kroner, mostly artillery ammunition and spare parts for air defence, defence minister Troels Lund Poulsen said.",
     "It is Denmark's 13th package since the start of the full-scale invasion."],
    "aid", "aid", 1, "denmark-13th-aid-package-2024-02-28", a="Callum Price", dup="2720-03", n="Near-verbatim repeat of 2720-03 (one word changed)."),
  E("2024-02-28 19:05", "Zaporizhzhia death toll rises to six",
    ["The number of people killed in the morning missile strike on a Zaporizhzhia apartment building has risen to six, including a teenage girl, Ivan Fedorov said.",
     "He declared Thursday a day of mourning in the city."],
    "strikes", "strikes", 3, ZAP, a="Harriet Moss", kp=True),
  ]))

SEEDS.append(dict(id="2721", name="2721_bardsey-worldrss", ext="xml", source="Bardsey World Service", zone="UTC", render=r_rss2, rfc_gmt=True,
  url="https://bardseyworld.example/news/", title="Bardsey World Service - Top stories", desc="International headlines, updated around the clock",
  fmt="RSS 2.0, GMT pubDate, general world feed",
  notes="Invented outlet. General world-news RSS 2.0 feed, pubDate in GMT (= UTC), newest first, no authors. Only three of seven items concern the war (Transnistria appeal, Tirana summit, Zaporozhye strike spelt the Russian way, toll of two at 07:15); four are off-beat.",
  not_entries=["channel title/link/description/language", "lastBuildDate", "category elements"],
  entries=[
  E("2024-02-28 22:10", "Moldova's breakaway Transnistria seeks Russian help over 'pressure'",
    ["Officials in Moldova's Russian-backed breakaway region of Transnistria asked Moscow for measures to protect them from what they called economic pressure by Chisinau.",
     "Moldova's government dismissed the appeal as a propaganda event and said there was no danger of escalation."],
    "diplomacy", "diplomacy", 3, "transnistria-congress-appeal-russia-2024-02-28", cat="Europe"),
  OFF("2024-02-28 20:30", "Tokyo shares hold near record as investors await US inflation data",
    ["Japan's Nikkei index ended little changed, staying close to the record high it set last week.",
     "Traders were waiting for US price figures due on Thursday."],
    "nikkei-near-record-2024-02-28", n="markets item.", cat="Business"),
  E("2024-02-28 17:45", "Zelensky presses for joint arms production at Tirana summit",
    ["Ukraine's president used a summit with South East European leaders in Tirana to seek joint production of artillery shells and drones.",
     "A joint declaration backed Ukraine's territorial integrity and its path to EU membership."],
    "diplomacy", "diplomacy", 3, "tirana-summit-zelensky-2024-02-28", sec=["aid"], cat="Europe"),
  OFF("2024-02-28 14:20", "Rugby: Scotland name unchanged side for Six Nations trip",
    ["Scotland have kept the same starting XV for their next Six Nations match after a bonus-point win last time out.",
     "The coach said the squad had come through training without injuries."],
    "scotland-six-nations-team", n="sport item.", cat="Sport"),
  OFF("2024-02-28 11:00", "Sudan truce talks stall as fighting spreads",
    ["Efforts to revive ceasefire talks between Sudan's army and the paramilitary Rapid Support Forces have stalled, diplomats said.",
     "Aid agencies warned that millions face acute hunger."],
    "sudan-truce-talks-stall", n="another war, not Russia-Ukraine.", cat="Africa"),
  E("2024-02-28 07:15", "Russian missile strike kills two in Zaporozhye",
    ["At least two people died when a Russian missile hit a residential building in the Ukrainian city of Zaporozhye early on Wednesday, local officials said.",
     "Several people were believed to be trapped."],
    "strikes", "strikes", 3, ZAP, cat="Europe", n="Russian spelling 'Zaporozhye'; same event as 2720-01."),
  OFF("2024-02-28 05:30", "Snowstorm shuts Alpine passes",
    ["Heavy snow closed several mountain passes in Switzerland and Austria overnight, and avalanche warnings were raised to the second-highest level.",
     "Rail services to some ski resorts were suspended."],
    "alps-snowstorm-passes", n="weather item.", cat="Europe"),
  ]))

SEEDS.append(dict(id="2722", name="2722_coverack-htmllive", ext="html", source="Coverack Daily", zone="Europe/Kyiv", render=r_coverack,
  url="https://coverackdaily.example/ukraine/live-2024-02-28", title="Russia-Ukraine live: rescuers dig through Zaporizhzhia rubble",
  standfirst="Updates through Wednesday from our correspondents in Kyiv and across Europe.",
  fmt="HTML live + LiveBlogPosting JSON-LD, <time datetime>, Kyiv time",
  notes="Invented outlet. HTML live page, newest first, visible 'HH:MM' in <time datetime> (+02:00), Kyiv time (EET = UTC+2, stated 'All times Kyiv (EET)'). LiveBlogPosting JSON-LD carries per-update datePublished (agrees with the visible stamps) and authors. The UN coordinator's condemnation (2722-07) is about the Zaporizhzhia strike itself and carries the toll, so it shares the strike's story (convention: a reaction whose main content is the attack). Two separate aid items (Denmark package, Canadian drones) must not merge; Kuleba's Patriot appeal is a separate statement.",
  not_entries=["header, menu and 'Subscribe'", "page title and standfirst", "'All times Kyiv (EET).'", "'By NAME' lines (author)", "share buttons", "newsletter promo", "'More on this story' aside", "footer"],
  entries=[
  E("2024-02-28 22:40", "Kuleba: Ukraine needs seven more Patriot systems 'now, not someday'",
    ["Foreign Minister Dmytro Kuleba said Ukraine needed at least seven additional Patriot batteries to protect its cities and front-line towns from Russian missiles.",
     "He said partners were discussing the request but that every delay cost lives."],
    "aid", "aid", 2, "kuleba-patriot-appeal-2024-02-28", a="Olena Marchuk"),
  E("2024-02-28 20:05", "First Canadian reconnaissance drones arrive in Ukraine",
    ["The first batch of reconnaissance drones bought by Canada for Ukraine's army has been delivered, Canadian defence minister Bill Blair said.",
     "Ottawa ordered more than 800 small drones last year."],
    "aid", "aid", 2, "canada-drones-delivery-2024-02-28", a="Olena Marchuk", n="Different aid item from the Danish package: must not merge."),
  E("2024-02-28 18:30", "Transnistrian deputies ask Moscow for 'protection'",
    ["A congress of officials in Transnistria, the Russian-backed separatist region of Moldova, adopted a resolution asking Russia's parliament to protect the region from 'pressure' by Chisinau.",
     "Moscow said protecting the people of Transnistria was one of its priorities, while Moldova called the event a provocation."],
    "diplomacy", "diplomacy", 3, "transnistria-congress-appeal-russia-2024-02-28", a="Ian Polwhele"),
  E("2024-02-28 15:50", "Copenhagen's 13th package focuses on shells and air defence",
    ["Denmark's new package for Ukraine, worth about 1.7 billion kroner, will consist mainly of artillery rounds and air-defence spare parts, the Danish defence ministry said.",
     "Minister Troels Lund Poulsen said Denmark would also put money into the Czech-led effort to buy shells outside Europe."],
    "aid", "aid", 3, "denmark-13th-aid-package-2024-02-28", a="Ian Polwhele"),
  E("2024-02-28 13:20", "Zaporizhzhia: toll climbs to four as rescuers recover bodies",
    ["Emergency workers pulled two more bodies from the ruins of the apartment block in Zaporizhzhia hit by Russian missiles in the early hours, bringing the death toll to four.",
     "The State Emergency Service said the search would continue overnight."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk"),
  E("2024-02-28 11:05", "Kharkiv: drones damage plant, two injured, says Syniehubov",
    ["Governor Oleh Syniehubov said three drones hit an industrial site in Kharkiv overnight, wounding two security guards.",
     "He did not name the enterprise."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2024-02-28", a="Olena Marchuk"),
  E("2024-02-28 08:45", "UN coordinator condemns strike on Zaporizhzhia homes",
    ["The UN Resident Coordinator in Ukraine, Denise Brown, said she was appalled by the strike on a residential building in Zaporizhzhia that killed at least two people.",
     "She said attacks on civilians and homes were prohibited under international law."],
    "strikes", "strikes", 3, ZAP, a=None, n="Reaction whose main content is the attack (toll included) -> strikes, same story (convention)."),
  ]))

SEEDS.append(dict(id="2723", name="2723_dentdale-article", ext="txt", source="Dentdale Review", zone="Europe/London", render=r_txt_article,
  outlet="Dentdale Review", menu="Home  World  Europe  Analysis  Letters", title="Zaporizhzhia counts its dead as Kyiv seeks new friends in the Balkans",
  standfirst="A deadly morning in the south and a diplomatic push in Tirana.", byline="By Rowena Fettiplace", dateline="Wednesday 28 February 2024 18:20 GMT",
  footer="© Dentdale Review 2024 · Terms · Privacy", fmt="text article with three section headings",
  notes="Invented outlet. Text article, one byline, dateline 'Wednesday 28 February 2024 18:20 GMT'. Each of the three section headings is one entry (headline = heading), stamp null, published = the dateline time (18:20 UTC). Section 3 is an explainer (theme piece) about how fast missiles reach Zaporizhzhia: its own story, not the strike.",
  not_entries=["outlet name and menu", "article title and standfirst", "byline and dateline", "share line", "'Topics:' line", "footer"],
  entries=[
  E("2024-02-28 18:20", "A block torn open before dawn",
    ["Five people are now known to have died after a Russian missile tore through the upper floors of a residential building in Zaporizhzhia early on Wednesday.",
     "Residents said there was no time to reach shelter: the siren and the blast came almost together.",
     "Regional officials said more than a dozen people were wounded."],
    "strikes", "strikes", 3, ZAP, a="Rowena Fettiplace", n="Toll of five at 18:20 GMT (others: two, four, six)."),
  E("2024-02-28 18:20", "What came out of Tirana",
    ["In Albania, Volodymyr Zelensky and leaders from the Western Balkans signed a declaration supporting Ukraine's sovereignty and its bid to join the EU.",
     "Edi Rama offered to host a defence industry forum, and Zelensky said he hoped Balkan plants could make ammunition for his army."],
    "diplomacy", "diplomacy", 3, "tirana-summit-zelensky-2024-02-28", a="Rowena Fettiplace"),
  E("2024-02-28 18:20", "Explainer: why the sirens come too late in Zaporizhzhia",
    ["Zaporizhzhia lies roughly 40 kilometres from the front line, so missiles fired from occupied territory can reach it in well under a minute.",
     "That leaves air defences almost no time to react and residents no time to take cover, which is why the city has suffered so many strikes since 2022.",
     "Officials have asked for more shelters in schools and for mobile air-defence groups on the city's edge."],
    "other", "humanitarian", 2, "explainer-zaporizhzhia-warning-time", a="Rowena Fettiplace", sec=["strikes"],
    n="Theme piece (explainer, own story): about the city's exposure in general, not the day's strike."),
  ]))

# =============================================================== PART B, day 2: 2024-02-29 (UTC) — the day after day 1
PUTIN = "putin-federal-assembly-address-2024-02-29"
SEEDS.append(dict(id="2730", name="2730_ashwell-htmllive", ext="html", source="Ashwell Times", zone="Europe/London", render=r_ashwell,
  title="Ukraine war: Putin warns West of nuclear risk in annual address – as it happened", dateline="Thursday 29 February 2024",
  standfirst="Russia's president tells lawmakers that sending Western troops to Ukraine would risk a nuclear conflict.",
  fmt="HTML live without JSON-LD, date line, '9.05pm' stamps",
  notes="Invented outlet. HTML live page, newest first, date line 'Thursday 29 February 2024', stamps '9.40pm' style (UK time, GMT = UTC in February). No JSON-LD. 2730-01 continues day-1 story zaporizhzhia-missile-strike-2024-02-28 with a new development (rescue ended, final toll seven). 2730-02 is a photo teaser with no body.",
  not_entries=["masthead and menu", "page title", "'LIVE' badge and date line", "summary", "contributor names (author)", "newsletter box", "'Older posts'", "footer"],
  entries=[
  E("2024-02-29 21:40", "Zaporizhzhia ends search of bombed block; toll stands at seven",
    ["Rescue teams in Zaporizhzhia have finished clearing the rubble of the apartment building hit by Russian missiles on Wednesday, and the final death toll is seven, the emergency service said.",
     "The city observed a day of mourning, with flags at half mast."],
    "strikes", "strikes", 3, ZAP, a="Imogen Barlow", n="Continues the day-1 story with a new development (search ended, final toll)."),
  E("2024-02-29 19:15", "Photos: volunteers weave camouflage nets in Lviv", [],
    "other", "humanitarian", 1, "photos-lviv-camouflage-nets", n="Photo teaser, no body -> 1; own story."),
  E("2024-02-29 17:20", "Netherlands adds €100m to Czech shell initiative",
    ["The Dutch government will contribute more than 100 million euros to a Czech plan to buy artillery ammunition for Ukraine from countries outside the EU, Prime Minister Mark Rutte said.",
     "The initiative aims to secure several hundred thousand shells within weeks."],
    "aid", "aid", 3, "netherlands-czech-shell-funding-2024-02-29", a="Imogen Barlow"),
  E("2024-02-29 13:10", "Putin warns Western troops in Ukraine would risk nuclear war",
    ["Vladimir Putin told Russia's Federal Assembly that Western countries must understand that sending their soldiers to Ukraine could lead to a conflict with nuclear weapons.",
     "In a speech of more than two hours, he also promised higher spending on social programmes and on the army."],
    "diplomacy", "diplomacy", 3, PUTIN, a="Gareth Lowe"),
  E("2024-02-29 10:30", "Drones hit Odesa port warehouse, killing one worker",
    ["A Russian drone attack on the port of Odesa set a grain warehouse on fire and killed one worker, the regional military administration said.",
     "Air defences shot down most of the drones over the sea."],
    "strikes", "strikes", 3, "odesa-port-drone-attack-2024-02-29", a="Gareth Lowe"),
  E("2024-02-29 08:05", "Three wounded as shells hit Kherson market",
    ["Russian artillery shelled a market in central Kherson in the morning, wounding three people, regional governor Oleksandr Prokudin said.",
     "Several stalls and a bus stop were damaged."],
    "strikes", "strikes", 3, "kherson-market-shelling-2024-02-29", a="Gareth Lowe", n="Different city from the Odesa attack: must not merge."),
  ]))

SEEDS.append(dict(id="2731", name="2731_culmstock-atom", ext="xml", source="Culmstock Report", zone="Europe/Kyiv", render=r_atom, host="culmstockreport.example",
  url="https://culmstockreport.example/ukraine/", title="Culmstock Report – Ukraine", fmt="Atom, +02:00 (Kyiv)",
  notes="Invented outlet. Atom feed, <published> with +02:00 (Kyiv EET), newest first, escaped HTML content. 2731-02 is an explainer (theme piece) on the Czech-led ammunition plan, its own story (must not merge with the Dutch funding news). 2731-04 continues the day-1 Zaporizhzhia story (day of mourning).",
  not_entries=["feed title/links/id/updated", "category terms", "<updated> elements (same as <published>)"],
  entries=[
  E("2024-02-29 23:10", "Sweden announces new package with naval equipment",
    ["Sweden will send Ukraine a military package worth about 7 billion kronor, including fast boats, underwater drones and ammunition, the government said.",
     "It is Sweden's 15th package since 2022."],
    "aid", "aid", 2, "sweden-aid-package-2024-02-29", a="Mykola Herasym", n="Different package from the Dutch funding: must not merge."),
  E("2024-02-29 20:30", "Explainer: how the Czech plan to buy shells abroad works",
    ["Prague has identified about 800,000 artillery rounds in countries outside the EU that could be bought for Ukraine if allies pay for them.",
     "The Czech government acts as a broker: donors send money, Czech firms handle the contracts and the shells go straight to the front.",
     "Critics say the price per shell is high and some sellers do not want to be named."],
    "aid", "aid", 2, "explainer-czech-shell-initiative", a="Mykola Herasym", n="Theme piece (explainer) with its own story."),
  E("2024-02-29 16:55", "Putin threatens 'tragic consequences' if NATO sends troops",
    ["In his annual address to lawmakers, Vladimir Putin said Russia had weapons that could hit targets on Western territory and that talk of NATO troops in Ukraine raised the risk of nuclear war.",
     "He accused the West of wanting to inflict a strategic defeat on Russia."],
    "diplomacy", "diplomacy", 3, PUTIN, a="Daria Tkach"),
  E("2024-02-29 13:40", "Zaporizhzhia mourns as death toll reaches seven",
    ["Zaporizhzhia held a day of mourning on Thursday for the victims of Wednesday's missile strike, which killed seven people, including a child.",
     "Governor Ivan Fedorov said families who lost their homes would get temporary housing."],
    "strikes", "strikes", 3, ZAP, a="Daria Tkach", n="Continues the day-1 story."),
  E("2024-02-29 10:20", "Russian drone attack on Odesa port kills worker",
    ["One man was killed and a warehouse was set ablaze when Russian drones struck port infrastructure in Odesa overnight, officials said.",
     "The southern defence forces said 11 drones were destroyed."],
    "strikes", "strikes", 3, "odesa-port-drone-attack-2024-02-29", a="Daria Tkach"),
  E("2024-02-29 09:05", "Russian shells hit Kherson market",
    ["Three civilians were wounded when Russian shells landed in a market in Kherson, the regional administration said.",
     "The city has been shelled almost daily since Ukrainian forces retook it in November 2022."],
    "strikes", "strikes", 3, "kherson-market-shelling-2024-02-29", a="Mykola Herasym"),
  ]))

SEEDS.append(dict(id="2732", name="2732_fangfoss-textlive", ext="txt", source="Fangfoss Daily", zone="Europe/Berlin", render=r_fangfoss,
  title="Live ticker: Russia's war against Ukraine", dateline="Thursday, 29 February 2024 – all times CET",
  standfirst="The most important developments of the day at a glance.", fmt="text live ticker, oldest first, '14:38 CET | Headline'",
  notes="Invented outlet. Text ticker, OLDEST first, each post starts with 'HH:MM CET | Headline' on one line, optional 'By NAME', then body. CET = UTC+1. 2732-01 re-posts the day-1 entry 2722-03 ('Transnistrian deputies ask Moscow for 'protection'') nearly verbatim: importance 1, story of day 1. 2732-04 repeats 2732-02 nearly verbatim (duplicate_of). Scholz's statement (2732-06) is a separate statement, not Putin's address.",
  not_entries=["outlet name and breadcrumb", "title, date line and standfirst", "'+++ Live ticker +++'", "'By NAME' lines (author)", "'ADVERTISEMENT'", "closing line and footer"],
  entries=[
  E("2024-02-29 07:40", "Transnistrian deputies ask Moscow for 'protection'",
    ["A congress of officials in Transnistria, the Russian-backed separatist region of Moldova, adopted a resolution asking the Russian parliament to protect the region from 'pressure' by Chisinau.",
     "Moscow said protecting the people of Transnistria was one of its priorities, while Moldova called the event a provocation."],
    "diplomacy", "diplomacy", 1, "transnistria-congress-appeal-russia-2024-02-28", n="Re-post of day-1 entry 2722-03 (published 28 Feb 16:30 UTC), nearly verbatim -> importance 1."),
  E("2024-02-29 09:30", "Odessa: drone attack on port kills one",
    ["Russian drones struck the port of Odessa overnight, killing one worker and setting a grain warehouse on fire, Ukrainian authorities said.",
     "Most drones were shot down over the Black Sea."],
    "strikes", "strikes", 3, "odesa-port-drone-attack-2024-02-29", a="Lena Brückner", n="Spelt 'Odessa'."),
  E("2024-02-29 10:25", "Putin: West risks nuclear conflict if it sends troops",
    ["Russian President Vladimir Putin warned in his state-of-the-nation address that any deployment of Western troops to Ukraine would have 'tragic' consequences and could end in nuclear war.",
     "He said Russia's strategic forces were at full readiness."],
    "diplomacy", "diplomacy", 3, PUTIN, a="Jonas Albers"),
  E("2024-02-29 13:15", "Odessa: drone attack on port kills one",
    ["Russian drones hit the port of Odessa overnight, killing one worker and setting a grain warehouse on fire, Ukrainian authorities said.",
     "Most drones were shot down over the Black Sea."],
    "strikes", "strikes", 1, "odesa-port-drone-attack-2024-02-29", a="Lena Brückner", dup="2732-02", n="Near-verbatim repeat of 2732-02."),
  E("2024-02-29 18:30", "Dutch money for the Czech ammunition plan",
    ["The Netherlands is putting more than 100 million euros into the Czech initiative to buy artillery shells for Ukraine on the world market, The Hague announced.",
     "Germany and Denmark have also said they will contribute."],
    "aid", "aid", 3, "netherlands-czech-shell-funding-2024-02-29", a="Jonas Albers"),
  E("2024-02-29 22:50", "Scholz: no German soldiers on Ukrainian soil",
    ["Chancellor Olaf Scholz repeated that Germany would not send troops to Ukraine, neither now nor in the future.",
     "He also said again that he would not supply Taurus cruise missiles."],
    "diplomacy", "diplomacy", 2, "scholz-no-german-troops-2024-02-29", a="Lena Brückner", sec=["aid"], n="Separate statement by a different official: must not merge with Putin's address."),
  ]))

SEEDS.append(dict(id="2733", name="2733_dunkery-worldrdf", ext="xml", source="Dunkery World", zone="UTC", render=r_rdf,
  url="https://dunkeryworld.example/", title="Dunkery World – headlines", desc="World news in brief", fmt="RSS 1.0 (RDF), Z times, general world feed",
  notes="Invented outlet. General world-news RSS 1.0 feed, dc:date in UTC ('Z'). Only one of five items is about the war (Putin's address); four are off-beat.",
  not_entries=["channel title/link/description", "rdf:Seq item list", "dc:subject labels", "description elements (repeat the first paragraph)"],
  entries=[
  OFF("2024-02-29 21:00", "Leap-day babies finally get a birthday",
    ["People born on 29 February celebrated their first real birthday in four years, with some towns holding parties for them.",
     "About five million people worldwide share the date."],
    "leap-day-birthdays", n="human-interest item.", cat="Life"),
  E("2024-02-29 17:30", "Putin's speech: nuclear warning and a pledge on spending",
    ["Russia's president used his address to parliament to warn NATO against sending troops to Ukraine, saying it could trigger a nuclear conflict.",
     "He also set out spending plans ahead of next month's presidential election."],
    "diplomacy", "diplomacy", 3, PUTIN, cat="World"),
  OFF("2024-02-29 14:00", "Gang violence shuts schools in Haiti's capital",
    ["Schools and banks in Port-au-Prince closed as armed gangs attacked police stations across the city.",
     "The UN said thousands had fled their homes this week."],
    "haiti-gang-violence-schools", n="another conflict, not Russia-Ukraine.", cat="Americas"),
  OFF("2024-02-29 11:15", "US inflation gauge eases in January",
    ["The price index preferred by the US Federal Reserve rose 2.4 percent from a year earlier in January, slightly less than in December.",
     "Markets still expect rate cuts later in the year."],
    "us-pce-inflation-january", n="economy item.", cat="Business"),
  OFF("2024-02-29 06:30", "Football: holders knocked out of cup in fifth round",
    ["The cup holders were eliminated by a second-tier side after a penalty shoot-out on Wednesday night.",
     "The underdogs' goalkeeper saved two kicks."],
    "football-cup-upset", n="sport item.", cat="Sport"),
  ]))

# =============================================================== PART B, day 3: 2024-06-27 (UTC)
EU = "eu-ukraine-security-commitments-2024-06-27"
DNIPRO = "dnipro-missile-strike-2024-06-27"
SEEDS.append(dict(id="2740", name="2740_appledore-textlive", ext="txt", source="Appledore Live", zone="Europe/Kyiv", render=r_appledore,
  title="War in Ukraine: live updates", byline="Compiled by Oksana Verbytska", dateline="Thursday, 27 June 2024",
  fmt="text live, oldest first, date line above the timeline, time on its own line AFTER the headline",
  notes="Invented outlet. Text live page, OLDEST first, one date line 'Thursday, 27 June 2024' above the timeline; each post is headline, then 'HH:MM' on its own line, then body. Kyiv time (EEST = UTC+3; not printed, implied by the outlet). Page-level compiler byline only (author null per post). 2740-03 repeats 2740-01 nearly verbatim (duplicate_of). Estonia's and Lithuania's agreements are separate stories, and neither is the EU one.",
  not_entries=["outlet name and menu", "page title", "compiler byline", "date line", "'Read also' related link", "'Like Share Comment'", "copyright line"],
  entries=[
  E("2024-06-27 07:20", "Missile hits apartment building in Dnipro, one killed",
    ["A Russian missile struck a five-storey apartment building in Dnipro early on Thursday, killing one person and wounding nine, regional governor Serhiy Lysak said.",
     "Part of the building collapsed and rescuers were searching for people under the rubble."],
    "strikes", "strikes", 3, DNIPRO),
  E("2024-06-27 09:05", "Kharkiv: guided bombs strike residential area",
    ["Russian aircraft dropped two guided bombs on a residential district of Kharkiv in the morning, injuring five people, mayor Ihor Terekhov said.",
     "A school building and several houses were damaged."],
    "strikes", "strikes", 3, "kharkiv-glide-bombs-2024-06-27", n="Different city and weapon from Dnipro: must not merge."),
  E("2024-06-27 12:30", "Missile hits apartment building in Dnipro, one killed",
    ["A Russian missile struck a five-storey apartment building in Dnipro on Thursday morning, killing one person and wounding nine, regional governor Serhiy Lysak said.",
     "Part of the building collapsed and rescuers were searching for people under the rubble."],
    "strikes", "strikes", 1, DNIPRO, dup="2740-01", n="Near-verbatim repeat of 2740-01."),
  E("2024-06-27 15:10", "Lithuania signs ten-year security agreement with Ukraine",
    ["President Gitanas Nausėda and Volodymyr Zelensky signed a bilateral security agreement in Brussels under which Lithuania will spend at least 0.25 percent of its GDP a year on military aid to Ukraine.",
     "The deal also covers training and cyber defence."],
    "diplomacy", "diplomacy", 2, "ukraine-lithuania-security-agreement-2024-06-27", sec=["aid"]),
  E("2024-06-27 15:40", "Estonia commits to a decade of support in Brussels accord",
    ["Estonian Prime Minister Kaja Kallas and Zelensky signed a security agreement that commits Estonia to military help for ten years.",
     "Kallas said Estonia would keep spending at least 0.25 percent of its economy on aid to Ukraine."],
    "diplomacy", "diplomacy", 3, "ukraine-estonia-security-agreement-2024-06-27", sec=["aid"]),
  E("2024-06-27 18:25", "EU and Ukraine sign joint security commitments",
    ["Volodymyr Zelensky, European Commission President Ursula von der Leyen and European Council President Charles Michel signed a document setting out the EU's long-term security commitments to Ukraine.",
     "It covers arms deliveries, training, demining and help for Ukraine's defence industry."],
    "diplomacy", "diplomacy", 3, EU, sec=["aid"]),
  E("2024-06-27 21:50", "Dnipro: toll rises to three as search ends",
    ["The number of people killed in the morning missile strike on a Dnipro apartment building has risen to three, the regional administration said after rescuers finished searching the debris.",
     "Fifteen people were injured."],
    "strikes", "strikes", 3, DNIPRO),
  ]))

SEEDS.append(dict(id="2741", name="2741_blakeney-worldatom", ext="xml", source="Blakeney World Service", zone="UTC", render=r_atom, host="blakeneyworld.example",
  url="https://blakeneyworld.example/world/", title="Blakeney World Service – World", fmt="Atom, Z times, general world feed",
  notes="Invented outlet. General world-news Atom feed, times in UTC ('Z'), newest first, no authors. Two of seven items concern the war (EU security commitments; Dnipro strike with a toll of two at 13:05 UTC); five are off-beat.",
  not_entries=["feed title/links/id/updated", "category terms", "<updated> elements"],
  entries=[
  OFF("2024-06-27 20:45", "Biden and Trump make final preparations for first debate",
    ["The two candidates are due to meet on stage in Atlanta on Thursday evening for their first televised debate of the campaign.",
     "Neither will have an audience or notes."],
    "us-presidential-debate-preview", n="US election item.", cat="americas"),
  OFF("2024-06-27 17:30", "Bolivia's former army chief detained after failed coup bid",
    ["Bolivian authorities detained the former army commander who led troops to the presidential palace in La Paz on Wednesday.",
     "President Luis Arce has named a new military command."],
    "bolivia-failed-coup", n="another country's crisis.", cat="americas"),
  E("2024-06-27 15:55", "EU signs security pact with Ukraine as leaders gather in Brussels",
    ["The European Union and Ukraine signed an agreement on long-term security commitments at the start of a summit of EU leaders.",
     "The bloc promised predictable military, financial and political support for as long as needed."],
    "diplomacy", "diplomacy", 3, EU, sec=["aid"], cat="europe"),
  OFF("2024-06-27 14:20", "Kenya's president withdraws tax bill after deadly protests",
    ["William Ruto said he would not sign a finance bill that sparked protests in which more than 20 people were killed.",
     "Protest leaders said they would keep demonstrating."],
    "kenya-finance-bill-protests", n="unrest elsewhere.", cat="africa"),
  E("2024-06-27 13:05", "Two dead after Russian missile hits Dnipro block",
    ["A Russian missile attack on an apartment building in the Ukrainian city of Dnipro killed two people and injured more than ten, officials said.",
     "Rescuers worked through the day to reach residents trapped under rubble."],
    "strikes", "strikes", 3, DNIPRO, cat="europe"),
  OFF("2024-06-27 09:40", "Euro 2024: last-16 line-up confirmed",
    ["The round of 16 at the European Championship in Germany is set after the final group games.",
     "Hosts Germany will face Denmark in Dortmund."],
    "euro-2024-last-16", n="sport item.", cat="sport"),
  OFF("2024-06-27 06:15", "Heatwave grips southern Europe",
    ["Temperatures above 40C were forecast in parts of Greece and Italy, and authorities warned of wildfire risk.",
     "Tourist sites cut opening hours in the afternoon."],
    "southern-europe-heatwave-june", n="weather item.", cat="europe"),
  ]))

SEEDS.append(dict(id="2742", name="2742_cotehele-htmllive", ext="html", source="Cotehele Times", zone="America/New_York", render=r_cotehele,
  url="https://cotehele.example/live/2024/06/27/ukraine-russia-war", title="Ukraine-Russia war: E.U. signs security pact with Kyiv",
  standfirst="The latest news as European leaders meet in Brussels.", updated="Updated June 27, 2024, 5:45 p.m. ET",
  fmt="HTML live with @graph JSON-LD (@type array), '9:20 a.m. ET' stamps",
  notes="Invented outlet. HTML live page, newest first, visible '5:45 p.m. ET' stamps (EDT = UTC-4); JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] and per-update datePublished (-04:00) that agree with the visible times. 2742-02 'Video: ...' is a teaser with no body (embed only). Dnipro toll here is three.",
  not_entries=["header, menu and 'Log in'", "page title and dek", "'Updated ... ET' line", "post bylines (author)", "video embed placeholder", "share buttons", "'Most popular' aside", "footer"],
  entries=[
  E("2024-06-27 17:45", "Germany says more IRIS-T launchers will reach Ukraine by end of summer",
    ["Germany's defense ministry said it would deliver additional IRIS-T air-defense launchers and missiles to Ukraine in the coming weeks.",
     "The systems have been used to protect Kyiv and other cities from Russian cruise missiles."],
    "aid", "aid", 2, "germany-iris-t-delivery-2024-06-27", a="Megan Haskell"),
  E("2024-06-27 14:10", "Video: Inside a Kharkiv school built underground", [],
    "other", "humanitarian", 1, "video-kharkiv-underground-school", n="Video teaser, no body -> 1; own story."),
  E("2024-06-27 11:30", "E.U. and Ukraine sign security pact at Brussels summit",
    ["The European Union signed a set of joint security commitments with Ukraine on Thursday, pledging long-term military and financial support.",
     "President Volodymyr Zelensky, who attended the summit in person, called it a strong signal to Moscow."],
    "diplomacy", "diplomacy", 3, EU, a="Megan Haskell", sec=["aid"]),
  E("2024-06-27 10:05", "Estonia pledges a quarter percent of G.D.P. a year in new Ukraine accord",
    ["Estonia became one of the latest countries to sign a bilateral security agreement with Ukraine, committing 0.25 percent of its gross domestic product each year.",
     "Prime Minister Kaja Kallas signed the deal alongside Zelensky in Brussels."],
    "diplomacy", "diplomacy", 3, "ukraine-estonia-security-agreement-2024-06-27", a="Tom Okafor", sec=["aid"]),
  E("2024-06-27 07:40", "Death toll in Dnipro strike rises to three",
    ["Three people were killed and more than a dozen injured after a Russian missile hit a residential building in Dnipro, Ukrainian officials said.",
     "Rescue crews were still clearing debris."],
    "strikes", "strikes", 3, DNIPRO, a="Tom Okafor"),
  E("2024-06-27 04:15", "Glide bombs hit Kharkiv neighborhood",
    ["Russian guided bombs struck a residential part of Kharkiv, injuring at least five people, according to the city's mayor.",
     "Kharkiv has faced near-daily glide-bomb attacks since May."],
    "strikes", "strikes", 3, "kharkiv-glide-bombs-2024-06-27", a="Tom Okafor"),
  ]))

SEEDS.append(dict(id="2743", name="2743_frampton-article", ext="html", source="Frampton Review", zone="Europe/London", render=r_frampton,
  title="Brussels binds itself to Kyiv as missiles fall on Dnipro", standfirst="A security pact for the long haul, and a reminder of why Ukraine wants one.",
  byline="By Ciaran Ashdown", dateline="Thursday 27 June 2024 8.45pm BST", fmt="HTML article with h2 sections, BST date line",
  notes="Invented outlet. HTML article, one byline, date line 'Thursday 27 June 2024 8.45pm BST' (BST = UTC+1 -> 19:45 UTC). Each h2 section is one entry, stamp null, published = the date-line time (convention). Section 3 is an analysis piece (theme, own story).",
  not_entries=["header and menu", "article title and standfirst", "byline and date line", "'Related' aside", "footer"],
  entries=[
  E("2024-06-27 20:45", "The Brussels signing",
    ["The EU's leaders put their names to a document promising Ukraine weapons, training and money for years to come, as Volodymyr Zelensky looked on in the summit hall.",
     "The text does not create new funds but commits the bloc to keep support coming through existing instruments."],
    "diplomacy", "diplomacy", 3, EU, a="Ciaran Ashdown", sec=["aid"]),
  E("2024-06-27 20:45", "Dnipro digs out",
    ["In Dnipro, three people died after a missile brought down part of a residential block in the early morning.",
     "Residents said it was the second strike on their neighbourhood in a month."],
    "strikes", "strikes", 3, DNIPRO, a="Ciaran Ashdown"),
  E("2024-06-27 20:45", "Analysis: commitments are not guarantees",
    ["None of the security agreements Ukraine has signed this year, more than 20 of them, obliges a partner to fight for it.",
     "They are promises of help, renewable and dependent on national budgets, rather than the kind of mutual-defence clause in NATO's founding treaty.",
     "For Kyiv, their value lies in making support harder to reverse after elections."],
    "diplomacy", "diplomacy", 2, "analysis-security-commitments-not-guarantees", a="Ciaran Ashdown",
    n="Theme piece (analysis, own story): about security agreements in general, not the day's signing."),
  ]))

# =============================================================== emit
BASIS = {
  "r_barents": "visible stamp '{s}' (date and 24 h time); Norwegian local time, CET = UTC+1; <time datetime> agrees",
  "r_bta": "stamp '{s}' (day.month.year 24 h); Sofia time implied by the outlet, EET = UTC+2",
  "r_rss2": "pubDate '{s}' (explicit offset / GMT)",
  "r_khaleej": "stamp '{s}' on the page's date {d} (Published/Last updated line); UAE time (lede), GST = UTC+4; JSON-LD datePublished agrees",
  "r_bernama": "stamp '{s}' (day/month/year, 12 h) printed before the headline; Malaysian time, MYT = UTC+8; local date {d}",
  "r_vnexpress": "relative stamp '{s}' resolved against the printed 'Updated: Friday, April 12, 2024, 23:40 (GMT+7)'",
  "r_tribune": "stamp '{s}' under the date line 'Friday, April 26, 2024'; Pakistan time implied by the outlet, PKT = UTC+5",
  "r_dnh": "visible stamp '{s}'; Budapest time implied by the outlet, CEST = UTC+2; JSON-LD datePublished agrees",
  "r_n1": "no per-bullet time; the article's dateline '10.06.2024. 09:15' (Belgrade, CEST = UTC+2) used for every bullet",
  "r_rdf": "dc:date '{s}' (explicit offset)",
  "r_arncliffe": "stamp '{s}' (GMT = UTC); the page prints no date, so the day {d} comes from parse_args --date (day of the capture)",
  "r_coverack": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET; JSON-LD update datePublished agrees",
  "r_txt_article": "no per-section time; the article dateline ({d}, GMT) used for every section",
  "r_ashwell": "stamp '{s}' under the date line 'Thursday 29 February 2024'; UK time, GMT = UTC",
  "r_atom": "<published> '{s}' (explicit offset / Z)",
  "r_fangfoss": "stamp '{s}' on the ticker's date line (Thursday, 29 February 2024); CET = UTC+1",
  "r_appledore": "time '{s}' on its own line after the headline, under the date line 'Thursday, 27 June 2024'; Kyiv time implied by the outlet, EEST = UTC+3",
  "r_cotehele": "stamp '{s}' on the page's date {d} ('Updated June 27, 2024' line); ET in June = EDT = UTC-4; JSON-LD datePublished agrees",
  "r_frampton": "no per-section time; the article date line '{d} 8.45pm BST' (UTC+1) used for every section",
}
DAYS = {"day1": ["2720", "2721", "2722", "2723"], "day2": ["2730", "2731", "2732", "2733"], "day3": ["2740", "2741", "2742", "2743"]}


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
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["n"]:
                g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S.get("title"), "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

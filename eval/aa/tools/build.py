#!/usr/bin/env python3
"""Builds eval/aa seeds and gold files from the hand-written table below.
All news text is invented or paraphrased; Part B outlets are invented. Deterministic.
Run: python3 eval/aa/tools/build.py"""
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
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def ampm(d, style):
    hh = d.hour % 12 or 12
    if style == "AM":      # 1:35 AM
        return f"{hh}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    if style == "dotpm":   # 2.35pm
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "a.m.":    # 8:35 p.m.
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def ent(s):  # HTML entities inside JSON-LD strings, as some CMSs emit them
    return s.replace("'", "&#039;").replace('"', "&quot;")


# =============================================================== PART A renderers

def r_malaymail(S):  # text scrape of a tag listing; "Friday, 02 Aug 2024 1:35 AM MYT"; credit line after body
    z = S["zone"]
    L = ["Malay Mail", "Search   Subscribe", "", "Malaysia   World   Money   Life   Eat-Drink   Showbiz   Sports   Opinion   Videos", "",
         S["sitedate"], "", "We use cookies to personalise content and analyse our traffic. By continuing you agree to our Privacy Policy. OK", "",
         "Tag", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d:%A}, {d:%d} {d:%b} {d.year} {ampm(d, 'AM')} MYT"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"— {e['a']}", "", "Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Load more", "", "Follow us on Telegram for the latest news", "",
          "Copyright © 2024 Malay Mail. All Rights Reserved.", "About Us | Contact Us | Privacy Policy | Terms of Use"]
    return "\n".join(L) + "\n", stamps


def r_nation(S):  # HTML live timeline, "1409 GMT" stamps under a date line, agency credit per post
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Nationthailand</title>",
           f'<meta property="og:title" content="{esc(S["title"])}">', "</head><body>",
           '<header class="nt-header"><a class="logo" href="/">nationthailand</a><nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/thailand">Thailand</a> <a href="/world">World</a> <a href="/life">Life</a> <a href="/blogs">Blogs</a></nav><a class="login" href="/login">Log in</a></header>',
           '<main><div class="breadcrumb">Home &gt; News &gt; World</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="meta"><span class="pub">{esc(S["pubmeta"])}</span></div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>LINE</a> <a>Copy link</a></div>',
           f'<p class="lead">{esc(S["lede"])}</p>', f'<h3 class="date-line">{esc(S["dateline"])}</h3>', '<div class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        out.append(f'<div class="tl-item"><p class="tl-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="credit">({esc(e["a"])})</p></div>')
        if i == 2:
            out.append('<div class="newsletter"><h4>Subscribe to our newsletter</h4><p>Top stories from Thailand and the world, every morning.</p><input placeholder="Your email"><button>Subscribe</button></div>')
    out += ["</div>", '<aside class="related"><h4>Related News</h4><ul><li><a href="/r1">Thai workers abroad: ministry updates safety advice</a></li><li><a href="/r2">Baht edges up as exporters sell dollars</a></li></ul></aside>',
            "</main>", "<footer>© 2024 Nation Group. All rights reserved. | Privacy Policy | Contact us</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_montsame(S):  # RSS 1.0 (RDF), dc:date with +08:00, entity-escaped HTML description
    z = S["zone"]
    urls = [f"https://montsame.mn/en/read/{S['id']}{i+1:02d}" for i in range(len(S["entries"]))]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://montsame.mn/en/rss">', f"<title>{esc(S['title'])}</title>", "<link>https://montsame.mn/en</link>",
           "<description>MONTSAME National News Agency of Mongolia - English service</description>", "<items><rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{u}"/>' for u in urls]
    out += ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        body = "".join(f"<p>{p}</p>" for p in e["p"])
        out += [f'<item rdf:about="{urls[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{urls[i]}</link>",
                f"<description>{esc(body)}</description>", f"<dc:date>{st}</dc:date>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<dc:subject>{e.get('cat', 'World')}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_kunuz(S):  # text scrape; "18:05 / 08.08.2024" on its own line AFTER the headline; no bylines
    z = S["zone"]
    L = ["Kun.uz", "O'zbekcha   Ўзбекча   Русский   English", "",
         "News   Uzbekistan   World   Economy   Society   Technology   Sport   Video   Photo", "",
         "USD 12 640.51   EUR 13 803.44   RUB 146.02", "Tashkent +34°", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} / {d:%d.%m.%Y}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 1:
            L += ["Follow Kun.uz on Telegram, Instagram and YouTube", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show more", "", "Kun.uz — news from Uzbekistan and the world",
          "© 2013–2024 Kun.uz. Full or partial use of materials is permitted only with a hyperlink to Kun.uz", "About us   Advertising   Contacts"]
    return "\n".join(L) + "\n", stamps


def r_sarajevo(S):  # HTML category listing, date header, "2.35pm" stamps, "Source:" credits (not authors)
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} | Sarajevo Times</title></head><body>",
           '<div class="top-strip"><span class="today">Friday, 9 August 2024</span> <a href="/contact">Contact</a> <a href="/marketing">Marketing</a></div>',
           '<header><a class="logo" href="/">Sarajevo Times</a><nav><a href="/category/bih">BiH</a> <a href="/category/region">Region</a> <a href="/category/world">World</a> <a href="/category/business">Business</a> <a href="/category/culture">Culture</a> <a href="/category/sport">Sport</a></nav></header>',
           f'<main><h1 class="cat-title">{esc(S["title"])}</h1>', f'<h2 class="day">{esc(S["dateline"])}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "dotpm"); stamps.append(st)
        out.append(f'<article class="post"><span class="post-time">{st}</span><h3><a href="/{slug(e["h"])}">{esc(e["h"])}</a></h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="src">Source: {esc(e["src"])}</p><div class="share">Share: <a>Facebook</a> <a>Twitter</a> <a>Email</a></div></article>')
        if i == 2:
            out.append('<div class="nl-box"><h4>Newsletter</h4><p>Sign up and get the latest news from Bosnia and Herzegovina.</p><input type="email" placeholder="E-mail"><button>Sign up</button></div>')
    out += ['<div class="pagination"><a href="/page/2">Older posts</a></div></main>',
            '<aside><h4>Most read</h4><ul><li><a>Sarajevo Film Festival announces programme</a></li><li><a>Motorway section near Zenica opens to traffic</a></li></ul></aside>',
            "<footer>Sarajevo Times © 2024 | All rights reserved</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_prishtina(S):  # text scrape; byline glued to the date ("Arta Berisha1 October 2024 16:20")
    z = S["zone"]
    L = ["Prishtina Insight", "News   Politics   Society   Opinion   Features   Culture   Travel   Guide", "Subscribe", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 3:
            L += ["Support independent journalism in Kosovo. Become a member.", ""]
    L += ["Load more", "", "This website uses cookies to improve your experience. Accept   Read More", "",
          "Prishtina Insight is published by BIRN Kosovo. © 2024 All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_peninsula(S):  # HTML article "List of key events"; every bullet is one entry (no headline, no stamp); NewsArticle JSON-LD with entities
    z = S["zone"]; d = dt(S["pub"], z)
    body = " ".join(p for e in S["entries"] for p in e["p"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ent(S["title"]), "description": ent(S["lede"]),
          "datePublished": d.isoformat(), "dateModified": d.isoformat(), "author": {"@type": "Organization", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "The Peninsula"}, "articleBody": ent(body)}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>", ld_script(ld), "</head><body>",
           '<header><a class="logo" href="/">The Peninsula</a><nav><a href="/qatar">Qatar</a> <a href="/business">Business</a> <a href="/international">International</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/epaper">E-Paper</a></nav></header>',
           f'<main><p class="kicker">International</p><h1>{esc(S["title"])}</h1>',
           f'<div class="byline">{esc(S["byline"])}</div><div class="date">Published: {d:%d %b %Y} - {ampm(d, "dotpm").replace(".", ":")}</div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a></div>', f'<p class="intro">{esc(S["lede"])}</p>']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                out.append("</ul>")
            cur = e["sect"]; out.append(f"<h2>{esc(cur)}</h2><ul>")
        out.append(f"<li>{esc(e['p'][0])}</li>")
    out += ["</ul>", '<div class="tags">Tags: <a>Russia</a> <a>Ukraine</a></div>', "</main>",
            '<aside class="related"><h3>Related News</h3><ul><li><a>Qatar renews call for dialogue in Ukraine crisis</a></li><li><a>Oil slips as supply fears ease</a></li></ul></aside>',
            '<div class="newsletter">Subscribe to our newsletter <input placeholder="Email"> <button>Subscribe</button></div>',
            "<footer>© 2024 The Peninsula Newspaper. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_punch(S):  # WordPress RSS 2.0, pubDate +0000, content:encoded, "The post ... appeared first on" trailer
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", '<atom:link href="https://punchng.com/topics/world/feed/" rel="self" type="application/rss+xml" />',
           "<link>https://punchng.com</link>", "<description>Most Widely Read Newspaper</description>", "<language>en-US</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        link = f"https://punchng.com/{slug(e['h'])}/"
        exc = " ".join(e["p"][0].split()[:18]) + "&#8230;"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e.get('cat', 'World')}]]></category>", f'<guid isPermaLink="false">https://punchng.com/?p={S["id"]}{i+1:03d}</guid>',
                f'<description><![CDATA[<p>{exc}</p><p>The post <a href="{link}">{e["h"]}</a> appeared first on <a href="https://punchng.com">Punch Newspapers</a>.</p>]]></description>',
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_geo(S):  # text scrape; relative stamps resolved against the printed "Updated ... PKT" line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["Geo News", "Latest   Pakistan   World   Sports   Business   Entertainment   Health   Sci-Tech   Videos", "",
         f"{ref:%A} {ref:%b} {ref.day:02d}, {ref.year}", "", "World", f"Updated {ref:%b} {ref.day:02d}, {ref.year} {ampm(ref, 'AM').zfill(8)} PKT", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Share   Facebook   Twitter   WhatsApp", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Watch Geo News live", ""]
    L += ["More from World", "", "Geo News Digital Desk | Privacy Policy | Terms of Use | Contact", "© 2024 Geo Television Network"]
    return "\n".join(L) + "\n", stamps


def r_bnn(S):  # HTML live updates, LiveBlogPosting JSON-LD with entity-escaped strings; visible "11 October 2024 06:07"; one page byline
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#upd-{i+1}", "headline": ent(e["h"]), "datePublished": d.isoformat(),
                    "articleBody": ent(" ".join(e["p"]))})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": ent(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | BNN</title>", ld_script(ld), "</head><body>",
           '<header><a class="logo" href="/">BNN Baltic News Network</a><nav><a href="/latvia">Latvia</a> <a href="/lithuania">Lithuania</a> <a href="/estonia">Estonia</a> <a href="/world">World</a> <a href="/economy">Economy</a> <a href="/opinion">Opinion</a></nav><div class="lang">LV | EN | RU</div></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>',
           '<div class="share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>Email</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-update" id="upd-{i+1}"><div class="upd-time">{st}</div><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="nl">Get BNN news in your inbox: <input placeholder="E-mail"> <button>Subscribe</button></div>')
    out += ["</main>", '<aside><h4>Read also</h4><ul><li><a>Riga council approves winter road budget</a></li><li><a>Baltic grid: what synchronisation means for consumers</a></li></ul></aside>',
            "<footer>© BNN Baltic News Network. Use of materials requires a reference to bnn-news.com</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART B renderers (invented outlets)

def r_halsetown(S):  # text live, newest first, "8:35 p.m." stamp line, Key Points, signature after body
    z = S["zone"]
    L = ["HALSETOWN LIVE", "Home   World   Politics   Money   Sport   Weather", "", S["title"], "", S["dateline"], "Times are GMT", "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += ["— " + e["a"], ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load earlier updates", "", "Halsetown Live · Terms · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_kirkandrews(S):  # HTML live, OLDEST first, JSON-LD LiveBlogPosting with per-update times, byline before headline
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld_script(ld), "</head><body>",
           f'<div class="mast">{S["source"]} <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/podcasts">Podcasts</a></div>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="intro">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="post" id="p{i+1}"><header><time datetime="{d.isoformat()}">{st}</time>'
                   + (f' <span class="by">By {esc(e["a"])}</span>' if e["a"] else "") + "</header>")
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
        if i == 2:
            out.append('<aside class="promo">Newsletter: <a href="/nl">The Ukraine briefing, every weekday</a></aside>')
    out += ["</main>", f"<footer>{S['source']} · About us · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_gmt(S):  # general world RSS 2.0, GMT pubDate, CDATA paragraphs, dc:creator when known
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f"<guid>{S['link']}/{slug(e['h'])}</guid>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<category>{e.get('cat', 'World')}</category>")
        out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null; dateline time printed
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_gweek(S):  # HTML live, no JSON-LD, "Updated 14:10 GMT" above h2, byline under h2, newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>", f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<nav>{S["source"]} | <a href="/news">News</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/sport">Sport</a></nav>',
           f'<div class="live-head"><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="sub">{esc(S["lede"])}</p><p class="dateline">{esc(S["dateline"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " GMT"; stamps.append(st)
        out.append(f'<div class="block"><p class="ts">Updated {st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share"><a>Share</a> <a>Copy link</a></div></div>')
        if i == 1:
            out.append('<div class="mpu">Advertisement</div>')
    out += ['<div class="more"><a href="/live/prev">Wednesday\'s live coverage</a></div>', f"<footer>© {S['source']} 2024</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, offsets in the page zone (or Z), CDATA html content
    z = S["zone"]
    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("zulu") else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}/</id>", f"<updated>{iso(dt(S['entries'][0]['t'], z))}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}" rel="alternate"/>',
                f"<id>tag:{S['link'][8:]},2024:{S['id']}-{i+1}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html"><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_jacobstow(S):  # text live, OLDEST first, "14:09 CET | Headline" on one line, "By X" line
    z = S["zone"]
    L = ["Jacobstow Live", "Start   Politics   World   Economy   Culture   Sport", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " CET"; stamps.append(st)
        L += [f"{st} | {e['h']}"] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 2:
            L += ["Anzeige / Advertisement", ""]
    L += ["This live blog has ended. Our coverage continues tomorrow.", "", "© Jacobstow Live – Imprint – Privacy"]
    return "\n".join(L) + "\n", stamps


def r_lanivet(S):  # HTML article with h2 sections, NewsArticle JSON-LD; dateline time printed
    z = S["zone"]; d = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld_script(ld), "</head><body>",
           f'<header>{S["source"]} <nav><a>World</a> <a>Analysis</a> <a>Culture</a></nav></header>', f"<article><h1>{esc(S['title'])}</h1>",
           f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["</article>", '<aside><h3>More on this story</h3><ul><li><a>Malta prepares for a crowded ministerial</a></li></ul></aside>', f"<footer>© {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_nanstallon(S):  # text live, OLDEST first, headline line then "14:35 GMT" line; page-level byline
    z = S["zone"]
    L = ["Nanstallon Daily", "News | World | Opinion | Sport | Puzzles", "", S["title"], S["byline"], S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " GMT"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sponsored content", ""]
    L += ["End of live coverage", "", "Nanstallon Daily © 2024"]
    return "\n".join(L) + "\n", stamps


def r_porthallow(S):  # HTML live, newest first, visible "9:20 a.m. ET", JSON-LD updates with real times
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]),
                    **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})})
    ld = {"@context": "https://schema.org", "@type": ["NewsArticle", "LiveBlogPosting"], "headline": S["title"],
          "datePublished": dt(S["entries"][-1]["t"], z).isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>", ld_script(ld), "</head><body>",
           f'<header>{S["source"]} <nav><a>U.S.</a> <a>World</a> <a>Politics</a> <a>Business</a></nav></header>', f"<main><h1>{esc(S['title'])}</h1>",
           f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m.") + " ET"; stamps.append(st)
        out.append(f'<div class="live-entry"><span class="stamp">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 1:
            out.append('<div class="signup">Sign up for the Porthallow Times world newsletter</div>')
    out += ["</main>", f"<footer>© 2024 {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_offset(S):  # RSS 2.0 with local-offset pubDate and <author>
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<author>news@grampound.example ({esc(e['a'])})</author>")
        out.append("<description>" + esc("".join(f"<p>{p}</p>" for p in e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="2800", name="2800_malaymail-tag", ext="txt", source="Malay Mail", zone="Asia/Kuala_Lumpur", render=r_malaymail,
  title="Russia-Ukraine war", sitedate="Friday, 02 Aug 2024", fmt="plain-text tag listing, 'Friday, 02 Aug 2024 1:35 AM MYT'",
  imitates="Malay Mail (Malaysia) tag page",
  notes="Malay Mail-style text scrape of a tag listing, newest first. Each item: headline, stamp line 'Friday, 02 Aug 2024 1:35 AM MYT' (12 h, explicit MYT = UTC+8), body, '— AGENCY' credit line (used as author), 'Read more'. The site date at the top is Friday 02 Aug 2024 (the fetch day) and the two newest items are dated 2 Aug local, but every item falls on UTC 1 Aug (01:30-17:35 UTC): the listing crosses local midnight.",
  not_entries=["masthead, search/subscribe, section menu", "site date line", "cookie notice", "'Tag' label and tag title", "'— AGENCY' credit lines (author, not body)", "'Read more' links", "'ADVERTISEMENT'", "'Load more', Telegram promo, copyright and footer links"],
  entries=[
  E("2024-08-02 01:35", "Twenty-six prisoners freed as Russia and Western countries complete exchange in Ankara",
    ["Russia, the United States and several European countries released a total of 26 people in an exchange carried out at Ankara airport on Thursday, Turkey's intelligence agency said.",
     "The freed included journalists and dissidents held in Russia, while Moscow got back people convicted of spying and a man jailed for murder in Germany."],
    "diplomacy", "diplomacy", 3, "ankara-prisoner-exchange-2024-08-01", a="Reuters",
    n="Mediated prisoner exchange -> diplomacy; biggest such swap in decades -> 3."),
  E("2024-08-02 00:20", "Ukraine says its drones hit Russian air-defence radar in Crimea",
    ["Ukraine's military intelligence said drones had destroyed a radar unit of a Russian air-defence battery in western Crimea overnight.",
     "Russia's defence ministry said it had downed several Ukrainian drones over the peninsula but did not mention any damage."],
    "strikes", "strikes", 2, "crimea-radar-drone-strike-2024-08-01", a="AFP"),
  E("2024-08-01 21:10", "Wisma Putra urges Malaysians in Ukraine to stay alert and keep in touch with embassy",
    ["The foreign ministry advised the small number of Malaysians still living in Ukraine to avoid frontline regions and register their details with the embassy in Kyiv.",
     "It said there were no reports of Malaysians hurt in recent attacks."],
    "other", "humanitarian", 2, "malaysia-advisory-citizens-ukraine", a="Bernama"),
  E("2024-08-01 17:45", "Falling drone wreckage damages houses on outskirts of Kyiv",
    ["Debris from a shot-down Russian drone set two private houses on fire in a village outside Kyiv early on Thursday, regional officials said.",
     "One woman was treated for smoke inhalation, they said."],
    "strikes", "strikes", 2, "kyiv-region-drone-debris-2024-08-01", a="Reuters"),
  E("2024-08-01 13:05", "Moscow claims capture of another village in Donetsk region",
    ["Russia's defence ministry said its forces had taken control of a village north-west of Donetsk, continuing a slow advance towards the logistics hub of Pokrovsk.",
     "Ukraine's general staff said its troops had repelled more than 50 assaults along that part of the front in a day."],
    "other", "frontline", 2, "russia-claims-donetsk-village-2024-08-01", a="AFP"),
  E("2024-08-01 09:30", "EU sends Ukraine first payment funded by profits on frozen Russian assets",
    ["The European Union has transferred 1.5 billion euros to help Ukraine, the first money raised from windfall profits on Russian central bank assets frozen in Europe.",
     "Most of the sum will go to buying weapons and ammunition, the European Commission said."],
    "aid", "aid", 3, "eu-frozen-assets-profits-first-tranche", a="AFP",
    n="Large financial/military support -> 3."),
  ]))

SEEDS.append(dict(id="2801", name="2801_nation-live", ext="html", source="The Nation (Thailand)", zone="UTC", render=r_nation,
  title="Russia-Ukraine war: what happened on Friday", pubmeta="Published Aug 02, 2024, 11:40 PM",
  lede="A running timeline of the day's main developments, compiled from news agencies. All times GMT.",
  dateline="Friday, August 2, 2024", fmt="HTML live timeline, '1409 GMT' stamps under one date line, agency credit per post",
  imitates="The Nation (Thailand) world timeline",
  notes="Nation Thailand-style HTML timeline, newest first. One date line 'Friday, August 2, 2024'; every post stamped 'HHMM GMT' (explicit GMT, so page_timezone UTC although the outlet is in Bangkok). The page meta 'Published Aug 02, 2024, 11:40 PM' is Bangkok time (= 16:40 GMT) and is not an entry time. Each post ends with an agency credit in brackets '(AFP)', used as author. Share bar, newsletter box and related links are chrome.",
  not_entries=["header and navigation, login", "breadcrumb", "page title and 'Published ...' meta line", "share bar", "lead paragraph", "date line", "agency credit lines (author)", "newsletter box", "Related News aside", "footer"],
  entries=[
  E("2024-08-02 16:10", "Ukraine says it sank Russian submarine at Sevastopol",
    ["Ukraine's navy said a missile strike on the port of Sevastopol had sunk a Russian diesel submarine moored there.",
     "Moscow did not immediately comment; a Russian-installed official in the city said a fire at the port had been put out."],
    "strikes", "strikes", 3, "sevastopol-submarine-strike-2024-08-02", a="AFP"),
  E("2024-08-02 14:09", "Russia says it downed dozens of drones over border regions",
    ["Russia's defence ministry said air-defence units destroyed 44 Ukrainian drones overnight over the Belgorod, Kursk and Voronezh regions.",
     "The governor of Voronezh said a fuel depot caught fire after being hit by debris."],
    "strikes", "strikes", 2, "russia-border-regions-drones-2024-08-02", a="Reuters"),
  E("2024-08-02 11:55", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Poland's operational command said it had put fighter jets in the air as a precaution while Russian missiles were heading for targets in western Ukraine.",
     "It said no object had entered Polish airspace."],
    "other", "security", 2, "poland-scrambles-jets-2024-08-02", a="PAP"),
  E("2024-08-02 09:30", "Three killed as glide bomb hits Kharkiv street",
    ["A Russian guided bomb struck a residential street in Kharkiv on Friday morning, killing three people and wounding at least eleven, the regional governor said.",
     "Several houses and a kindergarten building were damaged."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2024-08-02"),
  E("2024-08-02 06:45", "Erdogan says Turkey ready to host further exchanges",
    ["Turkish President Recep Tayyip Erdogan said Ankara was willing to facilitate more swaps between Russia and the West after Thursday's exchange at the capital's airport.",
     "He said such steps could help build trust for eventual talks on Ukraine."],
    "diplomacy", "diplomacy", 2, "erdogan-offers-more-exchanges", a="Anadolu",
    n="A separate statement after the 1 Aug exchange (not the exchange itself)."),
  E("2024-08-02 02:20", "Kyiv wakes to overnight missile and drone attack",
    ["Explosions were heard in Kyiv before dawn as air defences engaged Russian missiles and drones, the city's military administration said.",
     "Debris fell in two districts; there were no immediate reports of casualties."],
    "strikes", "strikes", 2, "kyiv-overnight-attack-2024-08-02", a="AFP"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = _e["a"] or "Reuters"

SEEDS.append(dict(id="2802", name="2802_montsame-rdf", ext="xml", source="Montsame", zone="Asia/Ulaanbaatar", render=r_montsame,
  title="MONTSAME News Agency - World", fmt="RSS 1.0 (RDF), dc:date with +08:00, entity-escaped HTML descriptions",
  imitates="Montsame (Mongolia) English RSS",
  notes="Montsame-style RSS 1.0 (rdf:RDF) world feed, newest first. dc:date carries the +08:00 offset (Ulaanbaatar). Descriptions are entity-escaped HTML paragraphs. Bylines in the agency style 'B.Enkhjin' (dc:creator). Two items are not about the war (Olympics, Mongolia-Japan ties). All items on UTC 5 Aug 2024 (local 08:45-22:40 = 00:45-14:40 UTC).",
  not_entries=["channel title/link/description", "rdf:Seq item list"],
  entries=[
  E("2024-08-05 22:40", "Mongolia reiterates call for negotiated end to war in Ukraine",
    ["Mongolia's Ministry of Foreign Affairs said it supported all efforts towards a negotiated settlement of the conflict in Ukraine based on the UN Charter.",
     "The statement was issued after a meeting between the deputy foreign minister and the Ukrainian charge d'affaires in Ulaanbaatar."],
    "diplomacy", "diplomacy", 2, "mongolia-statement-ukraine-settlement", a="B.Enkhjin"),
  E("2024-08-05 19:15", "Zelensky confirms first F-16 fighters have arrived in Ukraine",
    ["President Volodymyr Zelensky confirmed that Ukraine had received its first F-16 fighter jets from Western partners and said pilots were already flying them.",
     "He did not say how many aircraft had arrived, adding that more were expected."],
    "aid", "aid", 3, "first-f16-jets-arrive-ukraine"),
  E("2024-08-05 16:30", "Two killed in Russian strikes on Kharkiv region",
    ["Russian shelling and a drone attack killed two civilians in villages of the Kharkiv region, the regional governor reported.",
     "Four people were wounded."],
    "strikes", "strikes", 3, "kharkiv-region-strikes-2024-08-05"),
  OFF("2024-08-05 13:05", "Paris 2024: Mongolian wrestler reaches quarter-final",
    ["A Mongolian freestyle wrestler won two bouts on Monday to reach the quarter-finals of his weight class at the Paris Olympics."],
    "paris-olympics-mongolian-wrestler", a="O.Tsolmon", n="Olympics", cat="Sport"),
  OFF("2024-08-05 10:20", "Mongolia and Japan agree to expand cooperation in mining and energy",
    ["Officials from Mongolia and Japan signed a memorandum on joint projects in renewable energy and rare-earth processing in Ulaanbaatar."],
    "mongolia-japan-mining-energy-memo", a="B.Enkhjin", n="bilateral economy", cat="Economy"),
  E("2024-08-05 08:45", "Ukraine's air force downs most drones launched overnight",
    ["Ukraine's air force said it shot down 20 of the 24 attack drones Russia launched overnight at southern and eastern regions.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "ukraine-overnight-drones-2024-08-05", a="O.Tsolmon"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = _e["a"] or "G.Ariunzaya"

SEEDS.append(dict(id="2803", name="2803_kunuz-world", ext="txt", source="Kun.uz", zone="Asia/Tashkent", render=r_kunuz,
  title="World news", fmt="plain-text listing, time line '18:05 / 08.08.2024' AFTER the headline, no bylines",
  imitates="Kun.uz (Uzbekistan) English world listing",
  notes="Kun.uz-style text scrape of the English world-news listing, newest first. Each item: headline, then the stamp on its own line '23:40 / 08.08.2024' (time / day.month.year, Tashkent UTC+5, zone not printed), then body. No bylines (author null). The currency and weather lines at the top are chrome. One item (Tashkent cotton harvest forecast) is not about the war. All items on UTC 8 Aug 2024 (local 08:05-23:40 = 03:05-18:40 UTC).",
  not_entries=["site name, language switch, section menu", "currency and weather line", "listing title", "social media promo", "'Advertisement'", "'Show more', footer and copyright lines"],
  entries=[
  E("2024-08-08 23:40", "Kursk region declares emergency as fighting continues on Russian soil",
    ["Authorities in Russia's Kursk region declared a regional emergency, saying Ukrainian units were still fighting inside the region for a third day.",
     "Thousands of residents of border districts have been moved to the regional capital and other towns, the acting governor said."],
    "other", "frontline", 3, "ukraine-kursk-incursion"),
  E("2024-08-08 20:15", "Uzbek embassy asks citizens in Kursk region to follow evacuation orders",
    ["Uzbekistan's embassy in Moscow urged Uzbek nationals living or working in the Kursk region to follow instructions from local authorities and to leave danger areas.",
     "It published hotline numbers for those who need help."],
    "other", "humanitarian", 2, "uzbek-embassy-kursk-advice"),
  E("2024-08-08 17:30", "Prosecutors remind migrants that fighting in foreign wars is a crime",
    ["The Prosecutor General's Office reminded Uzbek citizens that taking part in armed conflicts abroad is punishable by up to ten years in prison.",
     "The reminder followed reports of Uzbek migrants being offered contracts to fight for Russia in Ukraine."],
    "other", "politics", 2, "uzbekistan-warning-foreign-fighters"),
  E("2024-08-08 14:50", "Two dead after missile hits Kharkiv suburb",
    ["A Russian missile hit a residential area on the edge of Kharkiv, killing two people and wounding five, the city's mayor said.",
     "It was the second strike on the city that day."],
    "strikes", "strikes", 3, "kharkiv-suburb-missile-2024-08-08"),
  OFF("2024-08-08 11:20", "Cotton harvest expected to begin early after hot summer",
    ["The agriculture ministry said the cotton harvest in southern regions could start a week earlier than usual because of the heat."],
    "uzbekistan-cotton-harvest-early", n="domestic agriculture"),
  E("2024-08-08 08:05", "Moscow says it is pushing back Ukrainian forces in Kursk region",
    ["Russia's defence ministry said its troops, backed by aircraft and artillery, were driving back Ukrainian units that crossed the border on Tuesday.",
     "Kyiv has not officially commented on the operation, while military bloggers on both sides described heavy fighting near Sudzha."],
    "other", "frontline", 3, "ukraine-kursk-incursion"),
  ]))

SEEDS.append(dict(id="2804", name="2804_sarajevotimes-world", ext="html", source="Sarajevo Times", zone="Europe/Sarajevo", render=r_sarajevo,
  title="World", dateline="Friday, 9 August 2024", fmt="HTML category listing, date header, '2.35pm' stamps, 'Source:' credits",
  imitates="Sarajevo Times category page",
  notes="Sarajevo Times-style HTML category listing, newest first, under one date header 'Friday, 9 August 2024'. Stamps '9.50pm' (12 h with a dot, no zone printed: Sarajevo CEST = UTC+2). Each post ends with 'Source: X' (a credit to another medium, not an author: author null) and a share bar. Newsletter box, pagination and 'Most read' aside are chrome. One item (heatwave) is not about the war.",
  not_entries=["top strip with the date and links", "header and navigation", "category title", "date header", "'Source:' lines", "share bars", "newsletter box", "'Older posts'", "'Most read' aside", "footer"],
  entries=[
  E("2024-08-09 21:50", "Russia imposes counter-terrorism regime in three border regions",
    ["Russia's anti-terrorism committee introduced a special security regime in the Kursk, Belgorod and Bryansk regions, giving authorities powers to restrict movement and tap communications.",
     "The move came four days into the Ukrainian cross-border offensive."],
    "other", "security", 3, "russia-counter-terrorism-regime-border-regions", src="N1"),
  E("2024-08-09 19:15", "Konaković: Bosnia's position on Ukraine has not changed",
    ["Foreign Minister Elmedin Konaković said Bosnia and Herzegovina continued to support Ukraine's territorial integrity despite different views within the country's Presidency.",
     "He spoke after a meeting with the Ukrainian ambassador in Sarajevo."],
    "diplomacy", "diplomacy", 2, "konakovic-bih-position-ukraine", src="Klix.ba"),
  E("2024-08-09 16:40", "Strike on supermarket in Kostiantynivka kills at least 14",
    ["A Russian strike hit a supermarket and a post office in the town of Kostiantynivka in eastern Ukraine, killing at least 14 people, Ukrainian officials said.",
     "Rescuers were still searching the rubble in the evening."],
    "strikes", "strikes", 3, "kostiantynivka-supermarket-strike-2024-08-09", src="Reuters"),
  E("2024-08-09 14:35", "Ukrainian troops push deeper into Kursk region on fourth day",
    ["Ukrainian units advanced further into Russia's Kursk region on Friday, Russian war bloggers reported, while Moscow sent reinforcements.",
     "Ukraine's government still did not officially confirm the operation."],
    "other", "frontline", 3, "ukraine-kursk-incursion", src="AFP"),
  OFF("2024-08-09 11:05", "Heatwave: temperatures in Herzegovina to reach 39 degrees",
    ["Meteorologists warned of temperatures up to 39 degrees Celsius in Mostar and other parts of Herzegovina over the weekend."],
    "bih-heatwave-august", n="weather", src="Federal Hydrometeorological Institute"),
  E("2024-08-09 08:20", "Washington announces new 125 million dollar arms package for Kyiv",
    ["The United States will send Ukraine air-defence interceptors, artillery rounds and anti-tank weapons worth 125 million dollars, the State Department said.",
     "The equipment comes from existing US stocks."],
    "aid", "aid", 3, "us-125m-package-2024-08-09", src="Reuters"),
  ]))

SEEDS.append(dict(id="2805", name="2805_prishtinainsight-tag", ext="txt", source="Prishtina Insight", zone="Europe/Belgrade", render=r_prishtina,
  title="Tag: Ukraine", fmt="plain-text tag listing, author glued to the date ('Arta Berisha1 October 2024 16:20')",
  imitates="Prishtina Insight (Kosovo) tag page",
  notes="Prishtina Insight-style text scrape of the 'Ukraine' tag page, newest first. The byline is fused to the date with no space ('Arta Berisha1 October 2024 16:20'); times are Kosovo local time (not printed; Europe/Belgrade, CEST = UTC+2). 'Read more' after each item. The cookie line is at the bottom of the scrape. One item (planned power cuts in Prishtina) is not about the war.",
  not_entries=["site name, menu, 'Subscribe'", "tag title", "'Read more' links", "membership appeal", "'Load more'", "cookie notice", "publisher/copyright line"],
  entries=[
  E("2024-10-01 21:10", "Rutte takes the helm at NATO, calls support for Ukraine his first priority",
    ["Mark Rutte formally took over as NATO secretary-general in Brussels, saying that backing Ukraine would remain at the top of the alliance's agenda.",
     "Kosovo's foreign minister congratulated him and repeated Prishtina's hope of closer ties with the alliance."],
    "diplomacy", "diplomacy", 3, "rutte-takes-office-nato", a="Arta Berisha"),
  E("2024-10-01 18:25", "Kosovo assembly approves donation of generators for Ukrainian hospitals",
    ["Kosovo's assembly voted to send 40 diesel generators to hospitals in Ukraine ahead of the winter, the government said.",
     "The equipment, worth about 300,000 euros, will be delivered through a Polish logistics hub."],
    "aid", "aid", 2, "kosovo-generators-donation-ukraine", a="Leart Morina"),
  E("2024-10-01 15:40", "Shelling of Kherson kills three",
    ["Russian artillery fire struck a bus stop and several houses in Kherson, killing three people, the regional administration said.",
     "Eight others were wounded."],
    "strikes", "strikes", 3, "kherson-shelling-2024-10-01", a="Arta Berisha"),
  E("2024-10-01 12:05", "Report: Serbian-made shells reach Ukraine through intermediaries",
    ["Artillery ammunition produced in Serbia has been reaching Ukraine through sales to third countries, according to an investigation by a regional media network.",
     "Belgrade, which has not imposed sanctions on Russia, says it does not sell arms to either party in the war."],
    "aid", "aid", 2, "serbian-ammunition-reaching-ukraine", a="Driton Zeka"),
  OFF("2024-10-01 09:30", "Power cuts announced for parts of Prishtina on Wednesday",
    ["The distribution company said several neighbourhoods of the capital would be without electricity for up to six hours because of network works."],
    "prishtina-planned-power-cuts", a="Leart Morina", n="local utilities"),
  E("2024-10-01 07:15", "Ukraine's army says Vuhledar garrison close to encirclement",
    ["Ukrainian military spokespeople said Russian troops were trying to surround the hilltop town of Vuhledar, which Kyiv has held since 2022.",
     "Russian military bloggers claimed units had already entered the town centre."],
    "other", "frontline", 2, "vuhledar-encirclement-threat", a="Driton Zeka"),
  ]))

SEEDS.append(dict(id="2806", name="2806_peninsula-keyevents", ext="html", source="The Peninsula", zone="Asia/Qatar", render=r_peninsula,
  title="Russia-Ukraine war: List of key events, day 957", byline="AFP", pub="2024-10-07 10:11",
  lede="Here's where things stand on Monday, October 7, 2024, the 957th day of the war.",
  fmt="HTML article listing key events under section headings; each bullet is one entry; NewsArticle JSON-LD with HTML entities",
  imitates="The Peninsula (Qatar) key-events article",
  notes="The Peninsula-style article 'List of key events, day 957' (7 Oct 2024). Each bullet under the section headings Fighting / Politics and diplomacy / Weapons is one event = one entry: headline null, stamp null, first_sentence = the bullet's first sentence, body_paragraphs 1. Section headings are not headlines. No time per bullet: published = the article's printed time 'Published: 07 Oct 2024 - 10:11am' (Doha, UTC+3) for every bullet. Byline 'AFP' used as author. The JSON-LD NewsArticle repeats the text with HTML entities (&#039;, &quot;) inside its strings.",
  not_entries=["header and navigation", "kicker 'International'", "article title", "byline and 'Published' line", "share bar", "intro sentence ('Here's where things stand...')", "section headings Fighting / Politics and diplomacy / Weapons", "tags", "Related News aside", "newsletter box", "footer"],
  entries=[
  E("2024-10-07 10:11", None, ["Russian missiles struck the port of Odesa overnight, hitting a civilian cargo ship under the flag of Panama and killing one crew member, Ukraine's navy said."],
    "strikes", "strikes", 3, "odesa-port-cargo-ship-strike-2024-10-07", a="AFP", sect="Fighting"),
  E("2024-10-07 10:11", None, ["A guided bomb dropped on a residential district of Kharkiv on Sunday evening wounded 21 people, including two children, according to Governor Oleh Syniehubov."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-2024-10-06", a="AFP", sect="Fighting"),
  E("2024-10-07 10:11", None, ["Russia's defence ministry claimed its forces had captured the village of Zhelanne Druhe in the Donetsk region; Kyiv did not confirm the loss."],
    "other", "frontline", 2, "russia-claims-zhelanne-druhe", a="AFP", sect="Fighting"),
  E("2024-10-07 10:11", None, ["President Volodymyr Zelensky said he would lay out his \"victory plan\" to allies at a meeting of the Ukraine Defence Contact Group at Ramstein air base in Germany on October 12."],
    "diplomacy", "diplomacy", 3, "zelensky-victory-plan-ramstein", a="AFP", sect="Politics and diplomacy"),
  E("2024-10-07 10:11", None, ["Kremlin spokesman Dmitry Peskov said Moscow saw no sign that Kyiv was ready for serious negotiations and that the \"special military operation\" would continue."],
    "diplomacy", "diplomacy", 2, "peskov-no-sign-of-talks-2024-10-07", a="AFP", sect="Politics and diplomacy"),
  E("2024-10-07 10:11", None, ["Canada said it would donate 80,000 rounds of artillery ammunition and a batch of armoured vehicles to Ukraine before the end of the year."],
    "aid", "aid", 2, "canada-artillery-ammunition-donation", a="AFP", sect="Weapons"),
  ]))

SEEDS.append(dict(id="2807", name="2807_punch-world-rss", ext="xml", source="Punch", zone="Africa/Lagos", render=r_punch,
  title="World – Punch Newspapers", fmt="WordPress RSS 2.0, pubDate +0000, content:encoded, 'The post ... appeared first on' trailer",
  imitates="Punch (Nigeria) world RSS",
  notes="Punch-style WordPress RSS feed, newest first. pubDate is printed in +0000 (UTC) although the outlet is in Lagos (WAT = UTC+1); page_timezone Africa/Lagos for published_local. Each item has a short excerpt ending in an ellipsis plus 'The post ... appeared first on Punch Newspapers.' in <description> (not body), and the full text in content:encoded (body). dc:creator gives the author. Two items (petrol prices, football) are not about the war.",
  not_entries=["channel title, link, description", "<description> excerpt and 'The post ... appeared first on Punch Newspapers.' trailer"],
  entries=[
  E("2024-10-08 20:42", "NiDCOM says Nigerian students in Sumy moved after drone attacks",
    ["The Nigerians in Diaspora Commission said about 30 Nigerian students in the Ukrainian city of Sumy had been moved to safer accommodation after repeated drone attacks near their hostels.",
     "The commission said none of the students had been hurt and advised others to keep in contact with the embassy."],
    "other", "humanitarian", 2, "nigerian-students-sumy-relocated", a="Adaeze Nwankwo"),
  E("2024-10-08 18:05", "Ukraine says drones set oil terminal ablaze in occupied Crimea",
    ["Ukraine's general staff said its drones hit a large oil terminal in Feodosia in Russian-occupied Crimea, causing a fire that burned through the day.",
     "Russian-installed authorities said they had evacuated nearby homes."],
    "strikes", "strikes", 3, "feodosia-oil-terminal-strike-2024-10-08", a="Agency Report"),
  OFF("2024-10-08 15:30", "Marketers expect petrol pump price review this week",
    ["Petroleum marketers said a new pump price could be announced before the weekend as the exchange rate weakens."],
    "nigeria-petrol-price-review", a="Tunde Adeyemi", n="domestic economy", cat="Business"),
  E("2024-10-08 12:15", "Kyiv warns North Korea could send troops to fight for Russia",
    ["Ukraine's defence minister said there were signs that North Korea was preparing to send soldiers to help Russia, in addition to the artillery shells it already supplies.",
     "Pyongyang and Moscow signed a mutual defence pact in June."],
    "aid", "aid", 2, "north-korea-troops-russia-warning", a="Agency Report",
    n="Support (troops/shells) to a party -> aid (to Russia)."),
  E("2024-10-08 09:50", "Glide bombs kill two in Zaporizhzhia",
    ["Two people were killed and nine wounded when Russian aircraft dropped guided bombs on the city of Zaporizhzhia, the regional governor said.",
     "An industrial building and several apartment blocks were damaged."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2024-10-08", a="Agency Report"),
  OFF("2024-10-08 07:20", "Super Eagles begin camp in Uyo ahead of Libya qualifier",
    ["Members of the national team arrived in Uyo on Monday for Friday's Africa Cup of Nations qualifier against Libya."],
    "super-eagles-libya-qualifier", a="Tunde Adeyemi", n="football", cat="Sports"),
  ]))

SEEDS.append(dict(id="2808", name="2808_geo-world", ext="txt", source="Geo News", zone="Asia/Karachi", render=r_geo,
  title=None, ref="2024-10-10 00:50", fmt="plain-text world listing, relative stamps ('3 hours ago') + printed 'Updated ... PKT'",
  imitates="Geo News (Pakistan) world section",
  notes="Geo News-style text scrape of the World section. Stamps are relative ('40 minutes ago', '14 hours ago'), resolved against the printed 'Updated Oct 10, 2024 12:50 AM PKT' (UTC+5). The site date line says Thursday Oct 10 (local day of the fetch), but all items fall on UTC 9 Oct 2024 (05:50-19:10 UTC): the listing crosses local midnight. No bylines (author null). One item (SCO meeting preparations) is not about the war.",
  not_entries=["site name and menu", "date line", "section name 'World'", "'Updated ...' line", "share lines", "'ADVERTISEMENT', 'Watch Geo News live'", "'More from World', footer"],
  entries=[
  E("2024-10-10 00:10", "Zelensky seeks support for victory plan at Dubrovnik summit",
    ["Ukrainian President Volodymyr Zelensky met leaders of south-east European countries in the Croatian city of Dubrovnik to ask for backing for his plan to end the war.",
     "The summit's final declaration reaffirmed support for Ukraine's sovereignty."],
    "diplomacy", "diplomacy", 3, "zelensky-dubrovnik-summit"),
  E("2024-10-09 21:50", "Missile strike on container ship in Odesa kills eight",
    ["A Russian ballistic missile struck a civilian container vessel as it was being loaded at a port in the Odesa region, killing eight people, Ukrainian officials said.",
     "The ship was flying the flag of Panama."],
    "strikes", "strikes", 3, "odesa-container-ship-strike-2024-10-09"),
  OFF("2024-10-09 19:50", "Islamabad tightens security ahead of SCO meeting",
    ["The federal capital will observe a public holiday and road closures during next week's meeting of Shanghai Cooperation Organisation heads of government."],
    "islamabad-sco-security", n="domestic"),
  E("2024-10-09 16:50", "Kremlin says leaders of China and India will attend BRICS summit in Kazan",
    ["A Kremlin aide said Chinese President Xi Jinping and Indian Prime Minister Narendra Modi had confirmed their participation in the BRICS summit that Russia hosts later this month.",
     "Moscow presents the meeting as proof that it is not isolated over the war in Ukraine."],
    "diplomacy", "diplomacy", 2, "brics-kazan-summit-attendance"),
  E("2024-10-09 13:50", "Ukraine says it struck Russian arsenal in Bryansk region",
    ["Ukraine's general staff said its drones had hit an ammunition depot in the Bryansk region of Russia, setting off secondary explosions.",
     "The region's governor said a drone attack had caused a fire but gave no details."],
    "strikes", "strikes", 2, "bryansk-arsenal-strike-2024-10-09"),
  E("2024-10-09 10:50", "Ukraine shoots down 20 drones overnight",
    ["Ukraine's air force said it destroyed 20 of the 27 drones Russia launched overnight; the rest were lost to electronic jamming."],
    "strikes", "strikes", 2, "ukraine-overnight-drones-2024-10-09"),
  ]))

SEEDS.append(dict(id="2809", name="2809_bnn-live", ext="html", source="BNN Baltic News Network", zone="Europe/Riga", render=r_bnn,
  title="War in Ukraine: live updates, 11 October", byline="Linda Krūmiņa", url="https://bnn-news.com/war-in-ukraine-live-11-october",
  lede="Follow the latest developments of Russia's war against Ukraine and their impact on the Baltic states.",
  fmt="HTML live page, stamps '11 October 2024 06:07', LiveBlogPosting JSON-LD with &quot;/&#039; entities, one page byline",
  imitates="BNN Baltic News Network live updates",
  notes="BNN-style HTML live page, newest first. Every update is stamped '11 October 2024 HH:MM' (Riga local time, EEST = UTC+3, zone not printed). One page byline (Linda Krūmiņa) and no per-post authors: the page byline is used as every entry's author. JSON-LD LiveBlogPosting with per-update datePublished (+03:00) that agree with the visible stamps; its strings carry HTML entities (&#039;, &quot;). Zelensky's meetings with the Pope and with Scholz on the same day are separate stories.",
  not_entries=["header, navigation, language switch", "page title", "page byline line", "lead", "share bar", "newsletter box", "'Read also' aside", "footer"],
  entries=[
  E("2024-10-11 21:45", "Zelensky meets Pope Francis at the Vatican",
    ["President Volodymyr Zelensky met Pope Francis in the Vatican and asked for the Holy See's help in bringing home Ukrainians held by Russia.",
     "The meeting was the third stop of his European tour this week."],
    "diplomacy", "diplomacy", 3, "zelensky-meets-pope-2024-10-11"),
  E("2024-10-11 18:20", "Latvia to keep military support for Ukraine at 0.25% of GDP next year",
    ["The Latvian government confirmed it would again allocate 0.25% of gross domestic product to military aid for Ukraine in 2025.",
     "The defence minister said part of the money would go to drones produced in Latvia."],
    "aid", "aid", 2, "latvia-military-aid-2025"),
  E("2024-10-11 15:05", "Scholz receives Zelensky in Berlin, promises more air defence",
    ["Chancellor Olaf Scholz told President Zelensky in Berlin that Germany would deliver another package of air-defence systems, artillery and drones worth 1.4 billion euros by the end of the year.",
     "Zelensky presented his victory plan to the chancellor."],
    "diplomacy", "diplomacy", 3, "scholz-zelensky-berlin-2024-10-11", sec=["aid"]),
  E("2024-10-11 12:30", "Latvian air force checks reports of drone near eastern border",
    ["The Latvian armed forces said they were checking reports from residents of Rēzekne municipality who saw an unidentified drone near the border with Russia.",
     "Radar showed no violation of Latvian airspace, the army said."],
    "other", "security", 2, "latvia-drone-report-rezekne"),
  E("2024-10-11 09:10", "Russian strike damages port infrastructure in Odesa region",
    ["A Russian attack overnight damaged warehouses and grain terminals in a port of the Odesa region, regional governor Oleh Kiper said.",
     "Two workers were injured."],
    "strikes", "strikes", 2, "odesa-region-port-strike-2024-10-11"),
  E("2024-10-11 06:07", "Overnight: Ukraine says 33 drones shot down",
    ["Ukraine's air force said it had shot down 33 drones out of 40 launched by Russia during the night; the remaining drones were jammed."],
    "strikes", "strikes", 2, "ukraine-overnight-drones-2024-10-11"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = "Linda Krūmiņa"


# =============================================================== PART B, day 1: 2024-12-04 (UTC)
D1 = "Multi-source day 1 (2024-12-04 UTC; seeds 2820-2823). Main story zaporizhzhia-missile-strike-2024-12-04 in all four seeds (toll two -> four -> five; spelled Zaporizhzhia / Zaporizhia / Zaporozhye / Zaporizhzhya)."

SEEDS.append(dict(id="2820", name="2820_halsetown-textlive", ext="txt", source="Halsetown Live", zone="Europe/London", render=r_halsetown,
  title="Ukraine war live: deadly strike on Zaporizhzhia as NATO ministers meet", dateline="Wednesday 4 December 2024",
  fmt="text live blog, newest first, '8:35 p.m.' stamp line, Key Points, '— NAME' signature", invented=True,
  notes="Invented outlet. Text live blog, newest first; stamp line '8:35 p.m.' above each headline; 'Times are GMT' (London = UTC in December); signature '— NAME' after the body (author). Key Points block lists two headlines. Entry 03 is a video teaser without body. Zelensky's reaction (01) is about the strike itself and shares its story. " + D1,
  not_entries=["outlet name and menu", "page title", "date line and 'Times are GMT'", "Key Points heading and bullets (a summary, not entries)", "'Latest updates'", "signature lines (author)", "'Advertisement'", "'Load earlier updates' and footer"],
  entries=[
  E("2024-12-04 20:40", "Zelensky: the Zaporizhzhia strike shows Moscow is not interested in peace",
    ["President Volodymyr Zelensky said the missile attack on Zaporizhzhia proved that Russia wanted to keep the war going, and asked partners for more air-defence systems for the south.",
     "He said rescue work in the city had continued for more than twelve hours."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2024-12-04", a="Tom Pellow",
    n="Reaction about the strike itself -> same story; carried by several seeds -> 3."),
  E("2024-12-04 18:15", "Death toll in Zaporizhzhia rises to five",
    ["Five people are now known to have died after this morning's missile strike on Zaporizhzhia, the head of the regional military administration, Ivan Fedorov, said.",
     "A teenager was among the 19 people taken to hospital."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2024-12-04", a="Tom Pellow", kp=True),
  E("2024-12-04 16:05", "Watch: rescuers lift a survivor from the rubble in Zaporizhzhia", [], "strikes", "strikes", 1,
    "zaporizhzhia-missile-strike-2024-12-04", a=None, n="Video teaser without body -> importance 1."),
  E("2024-12-04 14:30", "Sweden unveils winter support package for Ukraine",
    ["Sweden will give Ukraine a new package of military and civilian support worth about 1.2 billion kronor, including mobile power plants and mine-clearing equipment, the government in Stockholm said.",
     "Defence Minister Pål Jonson said the package was meant to help Ukraine through the winter."],
    "aid", "aid", 3, "sweden-winter-package-2024-12-04", a="Megan Ashdown", kp=True),
  E("2024-12-04 12:10", "Rutte: arm Ukraine first, talk about talks later",
    ["NATO Secretary-General Mark Rutte told reporters at the foreign ministers' meeting in Brussels that allies should concentrate on sending Ukraine more air defence rather than debating the terms of possible negotiations.",
     "Putting Kyiv in the strongest position was the best way to secure a durable peace, he said."],
    "diplomacy", "diplomacy", 3, "rutte-arm-ukraine-before-talks", a="Megan Ashdown", sec=["aid"]),
  E("2024-12-04 09:25", "Drone attack leaves parts of Sumy without power",
    ["Russian drones hit an energy facility in Sumy overnight, cutting electricity to several districts of the city, the regional administration said.",
     "Nobody was hurt, and repair crews began restoring supply in the morning."],
    "strikes", "strikes", 3, "sumy-drone-attack-energy-2024-12-04", a="Tom Pellow",
    n="Separate attack on another city; must not merge with the Zaporizhzhia strike."),
  E("2024-12-04 07:50", "Two killed as Russian missiles hit Zaporizhzhia",
    ["At least two people were killed when Russian missiles struck a car repair business and nearby apartment blocks in Zaporizhzhia early on Wednesday, local officials said.",
     "Emergency crews were searching the debris for people trapped inside."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2024-12-04", a="Tom Pellow"),
  ]))

SEEDS.append(dict(id="2821", name="2821_kirkandrews-ldlive", ext="html", source="Kirkandrews Report", zone="Europe/Kyiv", render=r_kirkandrews,
  title="Russia-Ukraine: Wednesday's developments", url="https://kirkandrews.example/live/ukraine-2024-12-04",
  lede="Our correspondents follow the day in Ukraine and at the NATO meeting in Brussels.", tznote="Updates in chronological order. Times are Kyiv time (GMT+2).",
  fmt="HTML live blog, OLDEST first, LiveBlogPosting JSON-LD with per-update times, <time datetime> 24 h, byline before headline", invented=True,
  notes="Invented outlet. HTML live blog in chronological order (oldest first); visible '<time datetime>' 24 h stamps in Kyiv time (EET = UTC+2), JSON-LD updates agree. Byline before the headline. Entry 05 repeats entry 04 nearly verbatim (duplicate_of 2821-04). Sybiha's demand (06) and Rutte's remarks (2820-05) are separate statements by different officials. " + D1,
  not_entries=["masthead and navigation", "page title", "intro", "'Updates in chronological order...' note", "newsletter promo", "footer"],
  entries=[
  E("2024-12-04 10:40", "Sumy substation hit in overnight drone raid",
    ["A substation in Sumy was damaged by Russian attack drones during the night, leaving thousands of homes without electricity.",
     "The regional administration said power had been restored to hospitals first."],
    "strikes", "strikes", 3, "sumy-drone-attack-energy-2024-12-04", a="Oksana Verbytska"),
  E("2024-12-04 12:05", "Zaporizhia toll climbs to four, governor says",
    ["Four people were killed and 17 injured in the morning missile attack on Zaporizhia, regional governor Ivan Fedorov said.",
     "He said the missiles struck a service station and damaged five residential buildings."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2024-12-04", a="Oksana Verbytska"),
  E("2024-12-04 14:20", "Norway sets aside extra funds for Ukraine's air defence",
    ["Norway will add 500 million kroner to an international fund that buys air-defence equipment for Ukraine, Norwegian officials said on the margins of the NATO meeting.",
     "The money comes on top of Norway's existing multi-year programme for Ukraine."],
    "aid", "aid", 2, "norway-air-defence-fund-2024-12-04", a="Daniel Marsh",
    n="A different aid pledge from Sweden's package; must not merge."),
  E("2024-12-04 16:45", "Stockholm announces new support package for Kyiv",
    ["Sweden announced its latest support package for Ukraine, worth about 1.2 billion kronor and focused on energy equipment and demining.",
     "Swedish Defence Minister Pål Jonson said more military aid would follow early next year."],
    "aid", "aid", 3, "sweden-winter-package-2024-12-04", a="Daniel Marsh"),
  E("2024-12-04 19:30", "Stockholm announces new support package for Kyiv",
    ["Sweden announced its latest support package for Ukraine, worth about 1.2 billion kronor and focused on energy equipment and mine clearing.",
     "Swedish Defence Minister Pål Jonson said more military aid would follow early next year."],
    "aid", "aid", 1, "sweden-winter-package-2024-12-04", a="Daniel Marsh", dup="2821-04",
    n="Near-verbatim repeat of 2821-04 -> importance 1."),
  E("2024-12-04 21:55", "Sybiha: nothing short of a NATO invitation will do",
    ["Ukrainian Foreign Minister Andrii Sybiha told his NATO counterparts in Brussels that Kyiv would accept no alternative to an invitation to join the alliance.",
     "He said security guarantees without membership had already failed Ukraine once."],
    "diplomacy", "diplomacy", 3, "sybiha-nato-invitation-demand", a="Daniel Marsh",
    n="Ministerial diplomatic statement -> 3; separate from Rutte's remarks."),
  ]))

SEEDS.append(dict(id="2822", name="2822_mellingham-worldrss", ext="xml", source="Mellingham World Service", zone="UTC", render=r_rss_gmt,
  title="Mellingham World Service - Top stories", link="https://mellingham.example/world", desc="International news, updated around the clock",
  fmt="RSS 2.0 general world feed, GMT pubDate, CDATA paragraphs", invented=True,
  notes="Invented outlet. General world-news RSS feed, newest first, pubDate in GMT. Five of seven items are not about the war (French no-confidence vote, Gaza, snow warning, South Korea martial law, Australian GDP). " + D1,
  not_entries=["channel title, link, description"],
  entries=[
  OFF("2024-12-04 21:10", "French government falls in no-confidence vote",
    ["French lawmakers voted to bring down Prime Minister Michel Barnier's government after less than three months in office, the first successful censure motion in France in more than six decades."],
    "france-government-falls", a="Claire Dufresne", n="French politics"),
  OFF("2024-12-04 16:50", "Strike on tent camp in southern Gaza kills at least ten, medics say",
    ["An Israeli air strike hit tents sheltering displaced families in the coastal area of Mawasi, medics said; Israel's military said it targeted militants."],
    "gaza-mawasi-tent-strike", n="another war"),
  E("2024-12-04 15:20", "NATO chief urges allies to put air defence for Ukraine first",
    ["Allies must give priority to supplying Ukraine with air-defence systems over talk of ceasefire terms, NATO Secretary-General Mark Rutte said at the end of the first day of the foreign ministers' meeting.",
     "Several ministers said they would announce new contributions soon."],
    "diplomacy", "diplomacy", 3, "rutte-arm-ukraine-before-talks", a="Ian Corrigan", sec=["aid"]),
  OFF("2024-12-04 13:00", "Snow and ice warnings for northern Scotland",
    ["Forecasters issued yellow warnings for snow and ice across the Highlands, with up to 10 centimetres expected on higher roads."],
    "scotland-snow-warning", n="weather"),
  E("2024-12-04 11:30", "Zaporozhye missile strike kills at least four",
    ["A Russian missile attack on the southern Ukrainian city of Zaporozhye has killed at least four people, according to the regional governor.",
     "Pictures from the scene showed burnt-out cars and a collapsed workshop."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2024-12-04", a="Ian Corrigan"),
  OFF("2024-12-04 08:45", "South Korea's president lifts martial law after parliament vote",
    ["President Yoon Suk Yeol withdrew his declaration of martial law hours after lawmakers voted unanimously to reject it, ending a night of protests in Seoul."],
    "south-korea-martial-law-lifted", n="Asian politics"),
  OFF("2024-12-04 06:30", "Australia's economy grows 0.3% in third quarter",
    ["Australian economic output rose 0.3% in the three months to September, official figures showed, the weakest annual pace since the early 1990s outside the pandemic."],
    "australia-gdp-q3", n="economy elsewhere", cat="Business"),
  ]))

SEEDS.append(dict(id="2823", name="2823_quixwood-article", ext="txt", source="Quixwood Post", zone="Europe/London", render=r_textarticle,
  title="Zaporizhzhya buries its dead as the grid braces for winter",
  head=["QUIXWOOD POST", "World | Europe", "", "Zaporizhzhya buries its dead as the grid braces for winter", "",
        "By Harriet Lowen", "Wednesday 4 December 2024 17:20 GMT", "",
        "A morning missile strike in the south, and a look at how Ukraine's battered power system is holding up.", ""],
  foot=["", "Share this article", "More from World", "", "© Quixwood Post 2024"],
  fmt="text article, 2 section headings, one dateline", invented=True,
  notes="Invented outlet. Text article with two section headings; one entry per section (headline = heading), stamp null, published = the dateline 'Wednesday 4 December 2024 17:20 GMT' for both, page byline as author. Section 2 is a theme piece (explainer on the power grid): own story, importance 2. " + D1,
  not_entries=["outlet name and section line", "article title", "byline", "dateline", "standfirst", "'Share this article', 'More from World', copyright"],
  entries=[
  E("2024-12-04 17:20", "Strike on the city",
    ["Russian missiles hit Zaporizhzhya shortly after seven in the morning, destroying a vehicle repair shop and blowing out windows across a residential block.",
     "By the afternoon the regional authorities counted four dead and about 18 wounded, several of them seriously.",
     "Local people said the air-raid alert sounded only a minute before the explosions."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2024-12-04", a="Harriet Lowen"),
  E("2024-12-04 17:20", "How the grid is holding up",
    ["Ukraine enters the winter with much of its thermal and hydro generation damaged by a year of Russian strikes, so the system depends on imports from the EU and on small gas-fired units spread around the country.",
     "Engineers say the decentralised units are harder to hit but cannot fully replace the large plants.",
     "Scheduled blackouts of several hours a day are likely if cold weather and new attacks coincide."],
    "other", "humanitarian", 2, "explainer-ukraine-power-grid-winter-2024", a="Harriet Lowen", sec=["strikes"],
    n="Theme piece (explainer on the energy grid) with body -> own story, importance 2."),
  ]))

# =============================================================== PART B, day 2: 2024-12-05 (UTC) — the day after day 1
D2 = "Multi-source day 2 (2024-12-05 UTC, the day after day 1; seeds 2830-2833). Main story lavrov-osce-malta-2024-12-05 in all four seeds (Malta / Valletta / Ta' Qali)."

SEEDS.append(dict(id="2830", name="2830_gweek-htmllive", ext="html", source="Gweek Bulletin", zone="Europe/London", render=r_gweek,
  title="Ukraine live: Lavrov faces Western ministers in Malta", lede="Russia's foreign minister attends the OSCE meeting; strikes in Kherson and Rivne.",
  dateline="Thursday 5 December 2024", fmt="HTML live blog, no JSON-LD, 'Updated 14:10 GMT' above h2, byline under h2", invented=True,
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; 'Updated HH:MM GMT' line above each h2 (London = UTC in December); optional byline under the headline. Entry 03 is a photo teaser. Entry 01 continues day 1's Zaporizhzhia strike (toll six, day of mourning) under the day-1 slug; only this seed carries it on day 2 -> importance 2. " + D2,
  not_entries=["navigation", "LIVE badge, title, subtitle, dateline", "share links", "'Advertisement'", "link to Wednesday's coverage", "footer"],
  entries=[
  E("2024-12-05 20:30", "Zaporizhzhia mourns as toll from Wednesday's strike reaches six",
    ["A day of mourning was observed in Zaporizhzhia after a wounded man died in hospital, bringing the number of people killed in Wednesday's missile strike to six.",
     "Flags were lowered and entertainment events cancelled across the city."],
    "strikes", "strikes", 2, "zaporizhzhia-missile-strike-2024-12-04", a="Rhiannon Tate",
    n="Day-2 continuation of the day-1 story with a new development (toll six, mourning) -> keeps the day-1 slug; single day-2 seed -> 2."),
  E("2024-12-05 17:45", "Blinken tells OSCE that North Korean troops are now in combat",
    ["US Secretary of State Antony Blinken said at the OSCE meeting that North Korean soldiers had begun fighting alongside Russian forces in the Kursk region.",
     "He called it a dangerous escalation that Europe could not ignore."],
    "aid", "aid", 3, "blinken-north-korean-troops-combat", a="Rhiannon Tate", sec=["diplomacy"],
    n="Separate statement by a different official at the same meeting -> own story (not Lavrov's appearance)."),
  E("2024-12-05 15:10", "Pictured: Lavrov arrives at the OSCE venue in Malta", [], "diplomacy", "diplomacy", 1,
    "lavrov-osce-malta-2024-12-05", n="Photo teaser without body -> importance 1."),
  E("2024-12-05 13:25", "Lavrov in Malta on first EU visit since the invasion",
    ["Sergei Lavrov arrived in Malta for the annual OSCE ministerial council, his first trip to a European Union country since Russia's full-scale invasion of Ukraine.",
     "Several Western ministers said they would not hold talks with him, and Ukraine's delegation left the hall when he began to speak."],
    "diplomacy", "diplomacy", 3, "lavrov-osce-malta-2024-12-05", a="Rhiannon Tate"),
  E("2024-12-05 10:05", "Russian shelling kills two in Kherson",
    ["Two people were killed and four wounded by Russian artillery fire on Kherson's Dniprovskyi district, the regional military administration said.",
     "A bus and several shops were hit."],
    "strikes", "strikes", 3, "kherson-shelling-2024-12-05", a="Oliver Kemp"),
  E("2024-12-05 08:20", "Drones strike energy facility in Rivne region",
    ["An energy facility in the Rivne region of north-western Ukraine was damaged in an overnight drone attack, the regional governor said.",
     "Power cuts were reported in several villages."],
    "strikes", "strikes", 3, "rivne-energy-drone-strike-2024-12-05", a="Oliver Kemp",
    n="Separate attack from the Kherson shelling; must not merge."),
  ]))

SEEDS.append(dict(id="2831", name="2831_hallsands-worldatom", ext="xml", source="Hallsands Post", zone="Europe/Helsinki", render=r_atom,
  title="Hallsands Post – World", link="https://hallsands.example/world",
  fmt="Atom 1.0 general world feed, +02:00 offsets, CDATA html content", invented=True,
  notes="Invented outlet. General world-news Atom feed, newest first, times with +02:00 offsets (Helsinki, EET). Four of six items are not about the war (airport labour strike, Sudan, eurozone retail, ice hockey); the airport 'strike' is a labour dispute, not an attack. Entry 03 re-posts day 1's 2821-04 nearly verbatim (same headline): importance 1, duplicate_of null because the original is on another seed and day. " + D2,
  not_entries=["feed title, link, id, updated"],
  entries=[
  OFF("2024-12-05 22:30", "Helsinki airport strike cancels dozens of flights",
    ["A walkout by ground-handling staff at Helsinki Airport forced airlines to cancel about 40 departures, the operator said; the union plans another stoppage next week."],
    "helsinki-airport-labour-strike", n="labour dispute, not an attack"),
  E("2024-12-05 19:15", "Lavrov and Western ministers trade barbs at OSCE gathering in Valletta",
    ["Russia's Sergei Lavrov accused the West of turning the Organization for Security and Co-operation in Europe into an anti-Russian tool, while Western ministers said Moscow had wrecked European security.",
     "The meeting in Malta ended its first day without a joint statement."],
    "diplomacy", "diplomacy", 3, "lavrov-osce-malta-2024-12-05", a="Aino Rautio"),
  E("2024-12-05 16:00", "Stockholm announces new support package for Kyiv",
    ["Sweden announced its latest support package for Ukraine, worth about 1.2 billion kronor and focused on energy equipment and demining.",
     "Swedish Defence Minister Pål Jonson said more military aid would follow early next year."],
    "aid", "aid", 1, "sweden-winter-package-2024-12-04", a="Aino Rautio",
    n="Re-post of day 1's 2821-04 (Kirkandrews Report, 4 Dec) nearly verbatim -> importance 1; duplicate_of is null because the original is on another seed."),
  OFF("2024-12-05 13:40", "Fighting near El Fasher forces thousands more to flee, UN says",
    ["Clashes around El Fasher in Sudan's Darfur region displaced another 20,000 people in a week, the UN migration agency said."],
    "sudan-el-fasher-displacement", n="another war"),
  OFF("2024-12-05 11:20", "Eurozone retail sales slip in October",
    ["Retail sales in the euro area fell 0.5% from September, Eurostat estimated, with food and fuel sales both lower."],
    "eurozone-retail-sales-october", n="economy", cat="Business"),
  OFF("2024-12-05 09:05", "Ice hockey: Finland name squad for Euro Hockey Tour event",
    ["Finland's coach named three uncapped players in a 25-man squad for next week's tournament in Tampere."],
    "finland-hockey-squad", n="sport", cat="Sport"),
  ]))

SEEDS.append(dict(id="2832", name="2832_jacobstow-textlive", ext="txt", source="Jacobstow Live", zone="Europe/Berlin", render=r_jacobstow,
  title="Ukraine war: Thursday's live blog", dateline="Thursday, 5 December 2024 – all times CET", lede="Lavrov in Malta, attacks on Kherson and Rivne, new pledges from Canada and Denmark.",
  fmt="text live blog, OLDEST first, '14:09 CET | Headline' on one line, 'By X' line", invented=True,
  notes="Invented outlet. Text live blog in chronological order (oldest first); each post starts with '14:09 CET | Headline' on one line (Berlin CET = UTC+1), then 'By NAME'. Entry 05 repeats entry 02 nearly verbatim (duplicate_of 2832-02). Canada's drone funding and Denmark's howitzer order are different aid packages (must not merge). " + D2,
  not_entries=["outlet name and menu", "page title, date line, lede", "'Anzeige / Advertisement'", "closing line and footer"],
  entries=[
  E("2024-12-05 08:30", "Drones hit power facility in Rivne region",
    ["Russian drones damaged an energy site in the Rivne region overnight, Ukraine's energy ministry said, without naming the facility.",
     "It was the second attack on the region's grid in a week."],
    "strikes", "strikes", 3, "rivne-energy-drone-strike-2024-12-05", a="Lena Hartig"),
  E("2024-12-05 10:45", "Kherson: two dead after Russian artillery fire",
    ["Russian shells hit a residential area of Kherson on Thursday morning, killing two people, the regional governor Oleksandr Prokudin said.",
     "Four more were wounded, one of them critically."],
    "strikes", "strikes", 3, "kherson-shelling-2024-12-05", a="Lena Hartig"),
  E("2024-12-05 12:20", "Canada to pay for hundreds of drones for Ukraine",
    ["Canada will fund the purchase of several hundred reconnaissance and strike drones for Ukraine's forces from Canadian manufacturers, its defence minister said.",
     "The first deliveries are planned for early next year."],
    "aid", "aid", 2, "canada-drones-funding-2024-12-05", a="Jonas Feld"),
  E("2024-12-05 14:09", "Lavrov in Malta: Moscow ready to talk, but on its own terms",
    ["Speaking at the OSCE ministerial in Malta, Sergei Lavrov said Russia was open to negotiations on Ukraine only if they took account of what he called the realities on the ground.",
     "It was his first visit to an EU member state since February 2022."],
    "diplomacy", "diplomacy", 3, "lavrov-osce-malta-2024-12-05", a="Jonas Feld"),
  E("2024-12-05 15:30", "Kherson: two dead after Russian artillery fire",
    ["Russian shells hit a residential area of Kherson on Thursday morning, killing two people, regional governor Oleksandr Prokudin said.",
     "Four more people were wounded, one of them critically."],
    "strikes", "strikes", 1, "kherson-shelling-2024-12-05", a="Lena Hartig", dup="2832-02",
    n="Near-verbatim repeat of 2832-02 -> importance 1."),
  E("2024-12-05 18:50", "Blinken: North Korean soldiers fighting in Kursk",
    ["Antony Blinken said in Malta that thousands of North Korean troops had entered combat against Ukrainian forces in Russia's Kursk region.",
     "He urged OSCE members to respond to what he called Pyongyang's direct involvement in the war."],
    "aid", "aid", 3, "blinken-north-korean-troops-combat", a="Jonas Feld", sec=["diplomacy"]),
  E("2024-12-05 19:40", "Denmark orders Ukrainian-made Bohdana howitzers for Kyiv",
    ["Denmark will pay Ukrainian manufacturers to produce a further batch of Bohdana self-propelled howitzers for Ukraine's army, the Danish defence ministry said.",
     "The deal is part of the so-called Danish model of buying weapons directly from Ukrainian industry."],
    "aid", "aid", 2, "denmark-bohdana-howitzers-2024-12-05", a="Lena Hartig"),
  ]))

SEEDS.append(dict(id="2833", name="2833_lanivet-article", ext="html", source="Lanivet Review", zone="Europe/London", render=r_lanivet,
  title="In Malta, Lavrov finds few listeners", byline="Simon Carrow", pub="2024-12-05 16:40", dateline="Thursday 5 December 2024 16:40 GMT",
  lede="The Russian minister's trip to an EU country drew walkouts and a debate about the OSCE's future.",
  fmt="HTML article, 2 h2 sections, NewsArticle JSON-LD, one dateline", invented=True,
  notes="Invented outlet. HTML article with two h2 sections; one entry per section (headline = section heading), stamp null, published = the dateline 'Thursday 5 December 2024 16:40 GMT' for both; page byline as author. Section 2 is a theme piece (analysis of the OSCE's relevance): own story, importance 2. " + D2,
  not_entries=["header and navigation", "article title", "standfirst", "byline", "dateline", "'More on this story' aside", "footer"],
  entries=[
  E("2024-12-05 16:40", "A cold reception in Ta' Qali",
    ["Sergei Lavrov's appearance at the OSCE conference centre at Ta' Qali was the Russian foreign minister's first visit to the European Union in almost three years.",
     "Delegations from Ukraine, Poland and the Baltic states walked out as he took the floor, and his hosts kept contacts to the formal sessions."],
    "diplomacy", "diplomacy", 3, "lavrov-osce-malta-2024-12-05", a="Simon Carrow"),
  E("2024-12-05 16:40", "Analysis: what is the OSCE still good for?",
    ["The organisation was built on consensus, which means Russia can block its budget, its leadership appointments and any statement on the war.",
     "Diplomats say its monitoring and election-observation work survives mostly because individual states fund it outside the regular budget."],
    "diplomacy", "diplomacy", 2, "analysis-osce-relevance", a="Simon Carrow",
    n="Theme piece (analysis) with body -> own story, importance 2."),
  ]))

# =============================================================== PART B, day 3: 2024-12-17 (UTC)
D3 = "Multi-source day 3 (2024-12-17 UTC; seeds 2840-2843). Main story kirillov-killed-moscow-bomb in all four seeds (spelled Kirillov / Kirilov)."

SEEDS.append(dict(id="2840", name="2840_mevagissey-worldatom", ext="xml", source="Mevagissey World", zone="UTC", render=r_atom, zulu=True,
  title="Mevagissey World: latest", link="https://mevagissey.example/latest",
  fmt="Atom 1.0 general world feed, Z times", invented=True,
  notes="Invented outlet. General world-news Atom feed, newest first, Z (UTC) times. Four of six items are not about the war (Syria, Vanuatu earthquake, UK jobs data, cricket). " + D3,
  not_entries=["feed title, link, id, updated"],
  entries=[
  OFF("2024-12-17 19:40", "Syria's new rulers pledge to dissolve armed factions",
    ["The leader of the group that toppled Bashar al-Assad said all armed factions would be merged into a national army under the defence ministry."],
    "syria-factions-dissolve", n="another conflict"),
  E("2024-12-17 16:05", "Moscow blames Kyiv for general's killing and vows retaliation",
    ["Russian officials accused Ukraine of organising the bombing that killed Lieutenant General Igor Kirillov and said those responsible would be punished.",
     "Former president Dmitry Medvedev said Ukraine's leaders should expect revenge."],
    "other", "security", 3, "kirillov-killed-moscow-bomb", a="Hugh Tremain"),
  OFF("2024-12-17 13:30", "Strong earthquake damages buildings in Vanuatu's capital",
    ["A magnitude 7.3 earthquake struck off Vanuatu, damaging buildings in Port Vila and cutting communications, officials said."],
    "vanuatu-earthquake", n="natural disaster"),
  OFF("2024-12-17 10:15", "UK unemployment steady at 4.3%",
    ["Britain's jobless rate was unchanged in the three months to October while wage growth picked up, official figures showed."],
    "uk-unemployment-data", n="economy", cat="Business"),
  OFF("2024-12-17 08:20", "Cricket: rain again interrupts third Test in Brisbane",
    ["Play was halted several times on the fourth day at the Gabba, leaving the match between Australia and India heading for a draw."],
    "gabba-test-rain", n="sport", cat="Sport"),
  E("2024-12-17 07:10", "Senior Russian general killed by bomb in Moscow",
    ["The head of Russia's radiological, chemical and biological protection troops, Igor Kirillov, was killed when a bomb hidden in an electric scooter exploded outside a residential building in south-east Moscow.",
     "His assistant also died, investigators said."],
    "other", "security", 3, "kirillov-killed-moscow-bomb", a="Hugh Tremain"),
  ]))

SEEDS.append(dict(id="2841", name="2841_nanstallon-textlive", ext="txt", source="Nanstallon Daily", zone="Europe/London", render=r_nanstallon,
  title="Russian general killed in Moscow: live", byline="Compiled by Priya Randall", dateline="Tuesday 17 December 2024",
  fmt="text live blog, OLDEST first, headline line then '14:35 GMT' stamp line, page byline", invented=True,
  notes="Invented outlet. Text live blog in chronological order (oldest first); each post is a headline line followed by its stamp on its own line ('14:35 GMT', London = UTC). One page byline ('Compiled by Priya Randall'), used as every entry's author. Entry 06 repeats entry 03 nearly verbatim (duplicate_of 2841-03). Entry 04 is a theme piece (explainer on Ukraine's attacks inside Russia): own story, importance 2. The Oryol depot attack and the Kryvyi Rih strike are separate attacks (must not merge). " + D3,
  not_entries=["outlet name and menu", "page title", "'Compiled by' byline", "date line", "'Sponsored content'", "closing lines"],
  entries=[
  E("2024-12-17 06:50", "Blast outside Moscow apartment block kills two",
    ["An explosion outside a block of flats on Ryazansky Prospekt in Moscow killed two men early on Tuesday, Russia's Investigative Committee said.",
     "Russian media named one of the dead as Lieutenant General Igor Kirillov, who commanded the army's chemical protection troops."],
    "other", "security", 3, "kirillov-killed-moscow-bomb", a="Priya Randall"),
  E("2024-12-17 08:15", "Ukrainian security source: SBU carried out the attack",
    ["A source in Ukraine's SBU security service told several media outlets that the agency was behind the killing of Kirillov, calling him a legitimate target.",
     "Ukraine had charged him in absentia a day earlier over the use of banned chemical weapons on the battlefield."],
    "other", "security", 3, "kirillov-killed-moscow-bomb", a="Priya Randall",
    n="Claim of responsibility for the same killing -> same story."),
  E("2024-12-17 09:40", "Oryol oil depot on fire after drone attack, governor says",
    ["A fuel depot in Russia's Oryol region caught fire after a Ukrainian drone attack overnight, regional governor Andrei Klychkov said.",
     "He said there were no casualties."],
    "strikes", "strikes", 3, "oryol-oil-depot-drone-strike-2024-12-17", a="Priya Randall"),
  E("2024-12-17 11:05", "Explainer: Ukraine's long reach inside Russia",
    ["Over the past two years Ukraine has struck targets deep inside Russia with long-range drones and has been linked to a series of car bombs and shootings aimed at officers and propagandists.",
     "Kyiv rarely claims such operations officially, but its intelligence services increasingly let sources speak to the press.",
     "Analysts say the aim is both military and psychological: to show that the war can reach Moscow."],
    "other", "security", 2, "explainer-ukraine-operations-inside-russia", a="Priya Randall",
    n="Theme piece (explainer) with body -> own story, importance 2."),
  E("2024-12-17 12:30", "Kryvyi Rih: missile hits industrial site, six injured",
    ["A Russian ballistic missile struck an industrial enterprise in Kryvyi Rih, injuring six workers, the head of the city's military administration said.",
     "Production at the site was halted."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2024-12-17", a="Priya Randall"),
  E("2024-12-17 14:35", "Oryol oil depot on fire after drone attack, governor says",
    ["A fuel depot in Russia's Oryol region caught fire after a Ukrainian drone attack overnight, the regional governor Andrei Klychkov said.",
     "He said nobody was hurt."],
    "strikes", "strikes", 1, "oryol-oil-depot-drone-strike-2024-12-17", a="Priya Randall", dup="2841-03",
    n="Near-verbatim repeat of 2841-03 -> importance 1."),
  E("2024-12-17 16:20", "Netherlands commits funding for Ukrainian long-range drones",
    ["The Dutch government said it would spend 400 million euros on long-range drones made by Ukrainian companies for Ukraine's armed forces.",
     "Defence Minister Ruben Brekelmans said the money would be paid out in 2025."],
    "aid", "aid", 2, "netherlands-long-range-drones-funding", a="Priya Randall",
    n="Different aid decision from Japan's disbursement (2842-02); must not merge."),
  ]))

SEEDS.append(dict(id="2842", name="2842_porthallow-htmllive", ext="html", source="Porthallow Times", zone="America/New_York", render=r_porthallow,
  title="Russian general assassinated in Moscow: live updates", lede="Igor Kirilov, who led Russia's chemical weapons protection troops, was killed by a bomb outside his home.",
  fmt="HTML live blog, newest first, visible '9:20 a.m. ET', JSON-LD with @type array", invented=True,
  notes="Invented outlet. HTML live blog, newest first; visible stamps '9:20 a.m. ET' (New York, EST = UTC-5); JSON-LD with @type ['NewsArticle','LiveBlogPosting'] whose update times agree. Author line under the headline when present. Entry 03 is a video teaser without body. Spelling 'Kirilov'. " + D3,
  not_entries=["header and navigation", "page title and dek", "newsletter sign-up", "footer"],
  entries=[
  E("2024-12-17 13:40", "Kremlin says the killing will not go unanswered",
    ["Kremlin spokesman Dmitry Peskov said the bombing that killed General Kirilov was a terrorist act and that Russia's security services would find everyone involved.",
     "He declined to say whether President Vladimir Putin had discussed a response."],
    "other", "security", 3, "kirillov-killed-moscow-bomb", a="Nadia Kessler",
    n="Official reaction to the same killing -> same story."),
  E("2024-12-17 11:05", "Japan releases 3 billion dollars for Ukraine from G7 loan",
    ["Japan said it had transferred about 3 billion dollars to Ukraine, its share of the G7 loan that is to be repaid from the profits of frozen Russian assets.",
     "Ukraine's prime minister said the money would support the budget and the energy sector."],
    "aid", "aid", 2, "japan-g7-loan-disbursement-2024-12-17", a="Ken Arata"),
  E("2024-12-17 09:20", "Video: the scene on Ryazansky Prospekt after the blast", [], "other", "security", 1,
    "kirillov-killed-moscow-bomb", n="Video teaser without body -> importance 1."),
  E("2024-12-17 07:45", "Missile strike wounds six in Kryvyi Rih",
    ["Six people were wounded when a Russian missile hit an industrial facility in the central Ukrainian city of Kryvyi Rih, local officials said."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2024-12-17", a="Ken Arata"),
  E("2024-12-17 05:10", "Russian general Igor Kirilov killed in scooter bomb blast",
    ["A Russian three-star general who ran the military's nuclear, biological and chemical defence force was killed in Moscow when explosives packed into a parked scooter went off as he left his building.",
     "Ukraine had accused him of ordering the use of chemical agents against its troops."],
    "other", "security", 3, "kirillov-killed-moscow-bomb", a="Nadia Kessler"),
  E("2024-12-17 02:30", "Drones set Oryol fuel depot ablaze",
    ["Ukrainian drones attacked an oil storage site in the Oryol region of Russia overnight, starting a large fire, the local governor said."],
    "strikes", "strikes", 3, "oryol-oil-depot-drone-strike-2024-12-17", a="Ken Arata"),
  ]))

SEEDS.append(dict(id="2843", name="2843_grampound-rss", ext="xml", source="Grampound Review", zone="Europe/Kyiv", render=r_rss_offset,
  title="Grampound Review: Ukraine", link="https://grampound.example/ukraine", desc="News and analysis from Ukraine",
  fmt="RSS 2.0, +0200 pubDate, entity-escaped HTML descriptions, <author>", invented=True,
  notes="Invented outlet. RSS 2.0, newest first, pubDate with +0200 (Kyiv, EET). Descriptions are entity-escaped HTML. <author> carries an address with the name in brackets; the name is the author. " + D3,
  not_entries=["channel title, link, description"],
  entries=[
  E("2024-12-17 20:15", "Kyiv officials call general a legitimate target",
    ["Ukrainian officials did not formally claim the Moscow bombing but said Igor Kirillov had been a legitimate target because of the chemical attacks on Ukrainian troops attributed to his units.",
     "The SBU had notified him of suspicion in absentia on Monday."],
    "other", "security", 3, "kirillov-killed-moscow-bomb", a="Iryna Holub"),
  E("2024-12-17 17:30", "Ukraine receives bodies of 500 fallen soldiers",
    ["The bodies of 500 Ukrainian servicemen were returned by Russia, the coordination headquarters for prisoners of war said.",
     "Most of them were killed in the Donetsk region."],
    "other", "humanitarian", 2, "repatriation-of-bodies-2024-12-17", a="Iryna Holub"),
  E("2024-12-17 11:45", "SBU sources say agency planned Moscow blast",
    ["Sources in the SBU said the explosion that killed Kirillov and his aide was a special operation of the Ukrainian service.",
     "Russia's Investigative Committee opened a terrorism case."],
    "other", "security", 3, "kirillov-killed-moscow-bomb", a="Maksym Levko"),
  E("2024-12-17 09:00", "Russian forces press on towards Pokrovsk",
    ["Ukraine's general staff reported more than 40 Russian assaults near Pokrovsk over the past day, the heaviest fighting along the front.",
     "Russian troops are trying to cut the roads leading into the town from the west."],
    "other", "frontline", 2, "pokrovsk-assaults-2024-12-17", a="Maksym Levko"),
  E("2024-12-17 08:05", "Air force: 50 drones shot down overnight",
    ["Ukrainian air defences shot down 50 of 73 drones launched by Russia overnight, the air force said; most of the rest were jammed."],
    "strikes", "strikes", 2, "ukraine-overnight-drones-2024-12-17", a="Maksym Levko"),
  ]))


# =============================================================== emit
DAYS = {"day1": ["2820", "2821", "2822", "2823"], "day2": ["2830", "2831", "2832", "2833"], "day3": ["2840", "2841", "2842", "2843"]}
BASIS = {
  "r_malaymail": "stamp '{s}' (full date, 12 h, explicit MYT = UTC+8)",
  "r_nation": "stamp '{s}' under the date line 'Friday, August 2, 2024'; GMT = UTC",
  "r_montsame": "dc:date '{s}' (explicit offset)",
  "r_kunuz": "stamp '{s}' (time / day.month.year); Tashkent time implied by the outlet, UTC+5",
  "r_sarajevo": "stamp '{s}' under the date header {d}; Sarajevo time implied by the outlet, CEST = UTC+2",
  "r_prishtina": "stamp '{s}' (author fused to the date); Kosovo local time implied, CEST = UTC+2",
  "r_peninsula": "no per-bullet time; the article's 'Published: 07 Oct 2024 - 10:11am' (Doha, UTC+3) used for every bullet",
  "r_punch": "pubDate '{s}' (explicit +0000)",
  "r_geo": "relative stamp '{s}' resolved against the printed 'Updated Oct 10, 2024 12:50 AM PKT' (UTC+5)",
  "r_bnn": "stamp '{s}' (full date and time); Riga local time implied by the outlet, EEST = UTC+3; JSON-LD datePublished agrees",
  "r_halsetown": "stamp '{s}' on the page's date {d}; 'Times are GMT' = UTC",
  "r_kirkandrews": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET",
  "r_rss_gmt": "pubDate '{s}' (GMT = UTC)",
  "r_textarticle": "no per-section time; the article dateline ({d} 17:20 GMT) used for every section",
  "r_gweek": "stamp '{s}' on the page's date {d}; GMT = UTC",
  "r_atom": "<published> '{s}' (explicit offset or Z)",
  "r_jacobstow": "stamp '{s}' on the page's date {d}; CET = UTC+1",
  "r_lanivet": "no per-section time; the article dateline ({d} 16:40 GMT) used for every section",
  "r_nanstallon": "stamp '{s}' on the page's date {d}; GMT = UTC",
  "r_porthallow": "visible stamp '{s}' on {d}; ET in December = EST = UTC-5; JSON-LD agrees",
  "r_rss_offset": "pubDate '{s}' (explicit offset)",
}


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
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

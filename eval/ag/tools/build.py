#!/usr/bin/env python3
"""Builds eval/ag seeds and gold files from the hand-written table in data.py.
All news text is invented or paraphrased; Part B outlets are invented. Deterministic.
Run: python3 eval/ag/tools/build.py"""
import json, html, os, re, sys
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


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


def ampm_dot(d):  # 2.35pm
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def ampm_colon(d, sep=" "):  # 8:35 pm
    return f"{d.hour % 12 or 12}:{d.minute:02d}{sep}{'am' if d.hour < 12 else 'pm'}"


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld_json(obj):
    """JSON-LD as many CMSs print it: non-ASCII kept, apostrophes and ampersands as HTML entities."""
    s = json.dumps(obj, ensure_ascii=False)
    return s.replace("&", "&amp;").replace("'", "&#039;")


# =============================================================== Part A renderers

def r_k24(S):  # Kurdistan24-style section listing (HTML), cards with "dd-mm-yyyy HH:MM", ItemList JSON-LD
    z = S["zone"]
    items = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        items.append({"@type": "ListItem", "position": i + 1, "item": {"@type": "NewsArticle", "headline": e["h"],
                      "datePublished": d.isoformat(), "url": f"https://www.kurdistan24.net/en/story/{S['id']}{i:02d}"}})
    ld = {"@context": "https://schema.org", "@type": "ItemList", "name": S["title"], "itemListElement": items}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Kurdistan24</title>",
           '<script type="application/ld+json">' + ld_json(ld) + "</script></head><body>",
           '<header class="k24-header"><a class="logo" href="/en">Kurdistan24</a><nav><a href="/en/kurdistan">Kurdistan</a> <a href="/en/iraq">Iraq</a> <a href="/en/middle-east">Middle East</a> <a href="/en/world">World</a> <a href="/en/economy">Economy</a> <a href="/en/sport">Sport</a> <a href="/en/video">Video</a></nav><div class="langs">کوردی | عربي | Türkçe | English</div><a class="live" href="/en/live">LIVE TV</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d-%m-%Y %H:%M"); stamps.append(st)
        out.append('<div class="news-card">')
        out.append(f'<a href="/en/story/{S["id"]}{i:02d}"><img src="/img/{i}.jpg" alt=""></a>')
        if e.get("video"):
            out.append('<span class="badge">VIDEO</span>')
        out.append(f'<h3><a href="/en/story/{S["id"]}{i:02d}">{esc(e["h"])}</a></h3>')
        meta = f'<span class="date">{st}</span>'
        if e["a"]:
            meta = f'<span class="author">{esc(e["a"])}</span> ' + meta
        out.append(f'<div class="card-meta">{meta}</div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="newsletter"><h4>Kurdistan24 Newsletter</h4><p>Get the headlines in your inbox.</p><input placeholder="Email"><button>Subscribe</button></div>')
    out += ['</div><div class="pager"><a href="?page=2">Load more</a></div></main>',
            '<aside class="most-read"><h4>Most read</h4><ol><li>Fuel prices steady across the region</li><li>Duhok football club signs new coach</li></ol></aside>',
            '<footer><div class="share">Follow us: Facebook X Telegram YouTube</div><p>© 2025 Kurdistan24. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_egind(S):  # Egypt Independent-style tag page scrape: headline, "Friday, February 21, 2025 - 8:35 pm", byline, excerpt, Read more
    z = S["zone"]
    L = ["Egypt Independent", "", "We use cookies to improve your experience. By using this site you accept our use of cookies. OK", "",
         "Home   Egypt   Region   World   Business   Culture   Sports   Opinion", "Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS[d.weekday()]}, {MONTHS[d.month-1]} {d.day}, {d.year} - {ampm_colon(d)}"; stamps.append(st)
        L += [e["h"], st, e["a"] or "", ""] + paras_txt(e["p"])
        L += ["Read more", "Facebook  Twitter  WhatsApp", ""]
        if i == 1:
            L += ["Advertisement", ""]
    L += ["1  2  3  …  Next »", "", "Most Read", "Egypt's central bank keeps interest rates unchanged", "Cairo traffic plan for the new academic term", "",
          "Egypt Independent is the English-language edition of Al-Masry Al-Youm. © 2025", "About Us | Contact Us | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_eastafrican(S):  # The EastAfrican-style RSS 2.0: +0300 pubDate, dc:creator, entity-escaped description
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://www.theeastafrican.co.ke/tea/news</link>",
           "<description>Latest news from East Africa and the world</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        out += ["<item>", f"<title>{esc(e['h'])}</title>",
                f"<link>https://www.theeastafrican.co.ke/tea/news/{e['sect']}/{slug(e['h'])}-{S['id']}{i}</link>",
                f'<guid isPermaLink="false">tea-{S["id"]}-{i+1}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<category>{e['sect'].replace('-', ' ').title()}</category>")
        out.append(f'<media:content url="https://www.theeastafrican.co.ke/img/{S["id"]}{i}.jpg" medium="image"/>')
        out.append("<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_iol(S):  # IOL-style world page scrape: relative stamps against a printed "Last updated" time (SAST implied)
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["IOL", "News   Business   Sport   Entertainment   Lifestyle   Motoring   Opinion   World", "Sign in", "",
         "Cookies help us deliver our services. By using our services you agree to our use of cookies. Learn more   Got it", "",
         "World", S["title"], f"Last updated: {ref.day} {MONTHS[ref.month-1]} {ref.year} | {ref.strftime('%H:%M')}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if e.get("abs"):
            st = f"{e['a']}{d.day} {MONTHS[d.month-1]} {d.year} | {d.strftime('%H:%M')}"   # byline glued to the date
            stamps.append(st)
            L += [e["h"], st, ""]
        else:
            assert mins < 60 or mins % 60 == 0, e["t"]
            st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago")
            stamps.append(st)
            L += [e["h"], f"By {e['a']}", st, ""]
        L += paras_txt(e["p"])
        L += ["Share  Facebook  X  WhatsApp  Email", ""]
        if i == 2:
            L += ["READ MORE: Markets brace for another volatile week", "", "ADVERTISEMENT", ""]
    L += ["Load More", "", "Download the IOL App", "© 2025 Independent Online. All rights reserved. Press Code | Terms | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ie(S):  # Indian Express-style live blog HTML: "Jul 15, 2025 20:35 IST", Key Points box, LiveBlogPosting JSON-LD with entities
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]),
                    "url": f"{S['url']}#update-{i+1}"})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "description": S["lede"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": {"@type": "Organization", "name": S["author"]}, "publisher": {"@type": "Organization", "name": "The Indian Express"},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | World News - The Indian Express</title>",
           '<script type="application/ld+json">' + ld_json(ld) + "</script></head><body>",
           '<div class="top-strip">Tuesday, Jul 15, 2025 | <a href="/epaper">ePaper</a> | <a href="/subscribe">Subscribe</a> | <a href="/login">Sign In</a></div>',
           '<header><a class="logo" href="/">The Indian Express</a><nav><a href="/section/india/">India</a> <a href="/section/explained/">Explained</a> <a href="/section/opinion/">Opinion</a> <a href="/section/world/">World</a> <a href="/section/business/">Business</a> <a href="/section/sports/">Sports</a> <a href="/section/upsc/">UPSC</a></nav></header>',
           '<main><div class="breadcrumb">Home / World</div><span class="live-tag">LIVE</span>', f"<h1>{esc(S['title'])}</h1>",
           f'<h2 class="synopsis">{esc(S["lede"])}</h2>', f'<div class="editor">Written by: {esc(S["author"])}</div>',
           f'<div class="date">{esc(S["meta"])}</div>',
           '<div class="share-tools">Share Facebook X WhatsApp Copy link</div>',
           '<div class="key-points"><h3>Key Points</h3><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></div>",
           '<div class="live-blog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.strftime('%b')} {d.day}, {d.year} {d.strftime('%H:%M')} IST"; stamps.append(st)
        out.append(f'<div class="live-update" id="update-{i+1}"><div class="time">{st}</div><h2>{esc(e["h"])}</h2>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="also-read">Also Read | <a href="/a">Explained: What the Patriot system can and cannot do</a></div><div class="ad">Advertisement</div>')
    out += ['</div><div class="newsletter">Get the Express Morning Briefing in your inbox <button>Subscribe</button></div></main>',
            '<footer><p>© The Indian Express Pvt Ltd</p><p>About Us | Contact Us | Privacy Policy | Terms of Use</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_thaipbs(S):  # Thai PBS World-style key-events article scrape: section headings, one event per bullet, no per-item time
    L = ["Thai PBS World", "Home   Thailand   Asia   World   Business   Environment   Lifestyle   Video", "Search   TH | EN", "",
         "World", S["title"], "", S["dateline"], "", "Facebook  X  LINE  Copy link", "", S["lede"], ""]
    stamps = []; cur = None
    for e in S["entries"]:
        if e["sec_head"] != cur:
            cur = e["sec_head"]; L += [cur, ""]
        stamps.append(None)
        L += ["• " + e["p"][0], ""]
    L += ["Tags: Russia, Ukraine, War", "", "Related News", "Thai exports to Europe rise for third month", "Cambodia border talks set for next week", "",
          "© Thai PBS. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_kbs(S):  # KBS World-style news list (HTML), "2025-09-02 21:05" stamps, list crosses local midnight
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} | KBS WORLD</title></head><body>",
           '<div id="gnb"><a href="/">KBS WORLD</a> <a href="/news">News</a> <a href="/program">Program</a> <a href="/k-pop">K-POP</a> <a href="/korean">Learn Korean</a> <span class="lang">Language: English ▾</span></div>',
           '<div class="news-tab"><a href="?cate=01">Politics</a> <a href="?cate=02">Economy</a> <a href="?cate=03">Society</a> <a href="?cate=05" class="on">International</a> <a href="?cate=06">N. Korea</a> <a href="?cate=07">Sci-Tech</a></div>',
           f'<h2 class="sub-title">{esc(S["title"])}</h2>', '<ul class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%Y-%m-%d %H:%M"); stamps.append(st)
        out.append(f'<li><div class="txt"><p class="date">{st}</p><h3 class="title"><a href="/news/view?lang=e&amp;Seq_Code={S["id"]}{i:02d}">{esc(e["h"])}</a></h3>')
        for p in e["p"]:
            out.append(f'<p class="sum">{esc(p)}</p>')
        out.append("</div></li>")
        if i == 3:
            out.append('<li class="banner"><a href="/app">Download the KBS World app</a></li>')
    out += ['</ul><div class="paging"><a class="on">1</a> <a>2</a> <a>3</a> <a>Next</a></div>',
            '<div class="footer">Copyright © Korean Broadcasting System. All rights reserved. Terms of Use | Privacy Policy | Contact Us</div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_taiwan(S):  # Taiwan News-style RSS 1.0 (RDF), dc:date with +08:00, dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           '<channel rdf:about="https://www.taiwannews.com.tw/en/rss">', f"<title>{esc(S['title'])}</title>",
           "<link>https://www.taiwannews.com.tw/en</link>", "<description>Taiwan News: English-language news from Taiwan</description>",
           f"<dc:date>{dt(S['entries'][0]['t'], z).isoformat()}</dc:date>", "<items><rdf:Seq>"]
    for i, e in enumerate(S["entries"]):
        out.append(f'<rdf:li rdf:resource="https://www.taiwannews.com.tw/en/news/{S["id"]}{i:03d}"/>')
    out += ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="https://www.taiwannews.com.tw/en/news/{S["id"]}{i:03d}">', f"<title>{esc(e['h'])}</title>",
                f"<link>https://www.taiwannews.com.tw/en/news/{S['id']}{i:03d}</link>",
                "<description>" + esc(e["p"][0]) + "</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<dc:date>{st}</dc:date>", f"<dc:subject>{e['cat']}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_luxtimes(S):  # Luxembourg Times-style live page (HTML): "4 November 2025 06:07" stamps, per-post author vs page byline, JSON-LD
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": ["NewsArticle", "LiveBlogPosting"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": {"@type": "Organization", "name": S["byline"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Luxembourg Times</title>",
           '<script type="application/ld+json">' + ld_json(ld) + "</script></head><body>",
           '<div class="cookie-banner">This site uses cookies. <button>Accept all</button> <button>Settings</button></div>',
           '<header><a class="brand" href="/">Luxembourg Times</a><nav><a href="/luxembourg">Luxembourg</a> <a href="/business">Business</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/living">Living</a></nav><a class="sub" href="/subscribe">Subscribe</a></header>',
           '<main><article class="live">', f"<h1>{esc(S['title'])}</h1>", f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="byline">{esc(S["byline"])}</p>', '<div class="share">Share: Facebook | LinkedIn | X | Email</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        out.append(f'<section class="post" id="post{i+1}"><p class="post-date">{st}</p><h2>{esc(e["h"])}</h2>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out.append("</section>")
        if i == 2:
            out.append('<aside class="newsletter"><h3>The Luxembourg Times newsletter</h3><p>The morning headlines, every weekday.</p><button>Sign up</button></aside>')
    out += ['</article><aside class="related"><h3>Related</h3><ul><li><a href="/a">Grand Duchy raises defence spending target</a></li><li><a href="/b">How Luxembourg hosts Ukrainian refugees</a></li></ul></aside></main>',
            '<footer>© 2025 Luxembourg Times · Imprint · Privacy · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_iceland(S):  # Iceland Review-style news list scrape: date line without year, time on its own line BEFORE the headline
    z = S["zone"]
    L = ["ICELAND REVIEW", "News   Politics   Society   Nature & Travel   Culture   Magazine", "Subscribe   Log in", "", S["title"], "",
         S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], f"By {e['a']}" if e["a"] else "", ""] + paras_txt(e["p"])
        L += ["Continue reading", ""]
        if i == 1:
            L += ["Support independent journalism – subscribe to Iceland Review", ""]
    L += ["Older posts", "", "Iceland Review · Reykjavík · Privacy policy · Cookie policy"]
    return "\n".join(L) + "\n", stamps


# =============================================================== Part B renderers

def r_ravenglass(S):  # text live, OLDEST first, "06:15 GMT" stamp line then headline, Key Points, "Reporting by" line
    z = S["zone"]
    L = ["RAVENGLASS DAILY", "Home   World   Politics   Money   Sport   Weather", "", S["title"], S["dateline"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Posts in the order they were published.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " GMT"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        L += ["Share this post", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["End of today's live coverage", "", "Ravenglass Daily © 2025 | Contact | Cookies"]
    return "\n".join(L) + "\n", stamps


def r_polzeath(S):  # HTML live, newest first, date header + bare "23:30" (Kyiv time), LiveBlogPosting JSON-LD with entities
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – {S['source']}</title>",
           '<script type="application/ld+json">' + ld_json(ld) + "</script></head><body>",
           f'<header><a href="/">{S["source"]}</a> <nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/opinion">Opinion</a> <a href="/newsletters">Newsletters</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>',
           f'<h4 class="day">{esc(S["dayhead"])}</h4>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="post" id="p{i+1}"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<footer class="sig">— {esc(e["a"])}</footer>')
        out.append('<div class="share">Share</div></article>')
        if i == 2:
            out.append('<aside class="signup">Get our Europe briefing every morning <button>Sign up</button></aside>')
    out += ["</main>", f"<footer>{S['source']} · About us · Privacy · Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_gmt(S):  # general world RSS 2.0, GMT pubDate, CDATA descriptions
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<ttl>10</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime(S.get("pubfmt", "%a, %d %b %Y %H:%M:%S GMT")); stamps.append(st)
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1:03d}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_html_sections(S):  # HTML article with h2 sections; one entry per section; stamp null; dateline printed
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title></head><body>",
           f'<header>{S["source"]} <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/analysis">Analysis</a></header>', "<article>",
           f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["author"])}</p>', f'<p class="dateline">{esc(S["datetext"])}</p>',
           f'<figure><img src="/img/lead.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
    out += [f'<aside class="more">Read more: <a href="/a">{esc(S["more"])}</a></aside>', "</article>",
            f"<footer>{S['source']} · Terms · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_quendon(S):  # HTML live, no JSON-LD, newest first, "2.35pm" stamps (UK time), byline under headline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<nav class="site">{S["source"]} | <a href="/news">News</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/sport">Sport</a></nav>',
           f'<div class="hero"><span class="live">LIVE</span><h1>{esc(S["title"])}</h1><p>{esc(S["lede"])}</p><p class="when">{esc(S["dateline"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dot(d); stamps.append(st)
        out.append(f'<div class="entry"><p class="stamp">{st}</p><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 1:
            out.append('<div class="advert">Advertisement</div>')
        if i == 4:
            out.append('<div class="related">Related: <a href="/x">Winter and the war: how Ukraine keeps the lights on</a></div>')
    out += ['<a class="older" href="?page=2">Show older updates</a>', f"<footer>© {S['source']} 2025</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom_world(S):  # general world Atom feed, Z times, type="html" escaped content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['desc'])}</subtitle>", f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}/</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["link"]}/{slug(e["h"])}"/>',
                f"<id>tag:{S['link'].split('//')[1]},2025:{S['id']}{i+1:02d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_nateby(S):  # text live, newest first, date header, "1409 GMT" stamp line, headline, body, "(Name)" credit line
    z = S["zone"]
    L = [S["source"], "Live   Ukraine   World   Podcasts", "", S["title"], "", S["lede"], "", S["dayhead"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if e["a"]:
            L += [f"({e['a']})", ""]
        if i == 2:
            L += ["Sponsored", "", "Listen to our evening podcast on the war", ""]
    L += ["Load more updates", "", f"© {S['source']} 2025 · Privacy · Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_text_sections(S):  # text article with section headings; one entry per section; stamp null
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + paras_txt(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_nunnington(S):  # text live, OLDEST first, "2.35pm" Kyiv-time stamps with headline on the SAME line after " – ", Key Points
    z = S["zone"]
    L = ["Nunnington Post", "Menu   Search   Sign in", "", S["title"], S["dateline"], "All times are Kyiv time (EEST)", "", "Key Points"]
    L += ["* " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dot(d); stamps.append(st)
        L += [f"{st} – {e['h']}", ""] + paras_txt(e["p"])
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 4:
            L += ["Advertisement", "", "Read more: Our guide to the war's front lines", ""]
    L += ["Back to top", "", "Nunnington Post newsletters | Terms | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_pendeen(S):  # HTML live, @graph with @type array, "14:38 CEST" stamps, byline before headline
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#e{i+1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": S["url"].split("/live")[0] + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": S["url"].split("/live")[0] + "/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + ld_json(ld) + "</script></head><body>",
           f'<header class="masthead">{S["source"]} <a href="/europe">Europe</a> <a href="/world">World</a> <a href="/live">Live</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " CEST"; stamps.append(st)
        head = f'<time datetime="{d.isoformat()}">{st}</time>'
        if e["a"]:
            head += f' <span class="by">{esc(e["a"])}</span>'
        out.append(f'<article class="entry" id="e{i+1}"><div class="meta">{head}</div><h2>{esc(e["h"])}</h2>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 2:
            out.append('<aside class="promo">Our podcast: <a href="/pod">The week in Europe</a></aside>')
    out += ["</main>", f"<footer>{S['source']} · Imprint · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== DATA: Part A (single pages)
SEEDS = []

SEEDS.append(dict(id="3400", name="3400_kurdistan24-world", ext="html", source="Kurdistan24", zone="Asia/Baghdad", render=r_k24,
  title="World", fmt="HTML section listing, cards with 'dd-mm-yyyy HH:MM', ItemList JSON-LD with entities, video card without text",
  notes="Imitates the layout of a Kurdistan24 'World' section listing. Cards newest first, each with headline, optional author, 'dd-mm-yyyy HH:MM' stamp (Erbil time, UTC+3, not printed) and a one- or two-paragraph summary. The top card is dated 04-02-2025 01:15 local, i.e. still 3 February in UTC (page crosses local midnight). The ItemList JSON-LD repeats headlines with &amp;/&#039; entities. Card 05 is a video card with no summary (teaser). Two Kurdistan items are off-beat.",
  not_entries=["header, language switcher, LIVE TV link", "section title 'World'", "newsletter box", "'Load more'", "'Most read' aside", "footer with follow links", "'VIDEO' badge"],
  entries=[
  E("2025-02-04 01:15", "Zelensky signals openness to minerals deal with Washington",
    ["Ukrainian President Volodymyr Zelensky said Kyiv was ready to discuss giving American companies a share in developing its rare earth deposits.",
     "He said the resources should serve the security of both countries and not fall into Russian hands."],
    "diplomacy", "diplomacy", 2, "zelensky-minerals-openness-2025-02-03", a="Hemin Salih",
    n="Zelensky's own statement answering Trump; separate statement from 3400-04 -> own story."),
  OFF("2025-02-03 21:30", "Erbil hosts regional investment forum with Gulf delegations",
    ["Business leaders from the Gulf and the Kurdistan Region met in Erbil to discuss energy and agriculture projects worth several hundred million dollars."],
    "erbil-investment-forum", a="Rebin Aziz", n="Kurdistan regional economy."),
  E("2025-02-03 18:10", "Russian drones damage power facility in Kharkiv region",
    ["A Russian drone attack damaged an energy facility in the Kharkiv region overnight, cutting electricity to several villages, the regional governor said.",
     "Repair crews began restoring supplies in the afternoon."],
    "strikes", "strikes", 2, "kharkiv-region-energy-drone-strike-2025-02-03", a=None),
  E("2025-02-03 15:45", "Trump wants rare earths as guarantee for US support to Kyiv",
    ["US President Donald Trump said he wanted Ukraine to guarantee access to its rare earth minerals in return for continued American support.",
     "He told reporters in Washington that Kyiv had 'tremendous' deposits and that the United States was looking for a deal."],
    "aid", "aid", 3, "trump-rare-earths-for-support", a="Hemin Salih", sec=["diplomacy"],
    n="Headline leads with support conditioned on minerals -> aid primary, diplomacy secondary."),
  OFF("2025-02-03 12:20", "Snow blankets mountain roads near Duhok", [], "duhok-snow-video", a=None, video=True,
    n="video card without text; local weather."),
  E("2025-02-03 10:05", "Ukraine says its drones struck oil refinery in Volgograd",
    ["Ukraine's general staff said its long-range drones hit a refinery in the Russian city of Volgograd overnight, causing a fire.",
     "The regional governor said debris from downed drones had fallen on the plant and that the blaze was put out."],
    "strikes", "strikes", 3, "volgograd-refinery-drone-strike-2025-02-03", a="Rebin Aziz"),
  E("2025-02-03 08:30", "Iraqi foreign minister discusses grain supplies with Ukrainian envoy",
    ["Iraq's foreign minister Fuad Hussein received Ukraine's ambassador in Baghdad and discussed wheat deliveries and trade routes.",
     "Both sides stressed the importance of food security in the region."],
    "diplomacy", "diplomacy", 2, "iraq-ukraine-grain-talks-2025-02-03", a=None),
  ]))

SEEDS.append(dict(id="3401", name="3401_egyptindependent-tag", ext="txt", source="Egypt Independent", zone="Africa/Cairo", render=r_egind,
  title="Russia-Ukraine war", fmt="plain-text tag page scrape, 'Friday, February 21, 2025 - 8:35 pm', byline line under stamp, 'Read more'",
  notes="Imitates a text scrape of an Egypt Independent tag page. Newest first; each item: headline, stamp 'Weekday, Month D, YYYY - H:MM pm' (Cairo time, UTC+2 in February, not printed), byline line (agency credit or reporter; empty for some), excerpt paragraph(s), 'Read more' and share labels. The top item is dated Saturday 22 February 12:40 am local = 21 February 22:40 UTC (crosses local midnight). Item 05 is off-beat (Cairo metro).",
  not_entries=["site name, cookie line, menu, 'Search'", "tag title", "'Read more' and share labels", "'Advertisement'", "pagination line", "'Most Read' block with two headlines", "footer"],
  entries=[
  E("2025-02-22 00:40", "Kyiv says minerals agreement with Washington is close",
    ["Ukrainian officials said late on Friday that talks with the United States on an agreement over rare earth and other minerals were nearing completion.",
     "A draft seen by Ukrainian media does not include explicit security guarantees, which Kyiv had sought."],
    "diplomacy", "diplomacy", 2, "ukraine-us-minerals-deal-talks-2025-02-21", a="Agencies"),
  E("2025-02-21 22:15", "Russia claims capture of another village in Donetsk region",
    ["Russia's defence ministry said its troops had taken control of a village west of Pokrovsk.",
     "Ukraine's military did not confirm the claim and said fighting continued in the area."],
    "other", "frontline", 2, "russia-claims-donetsk-village-2025-02-21", a="Agencies"),
  E("2025-02-21 19:05", "Egypt calls for dialogue in phone call with Ukrainian foreign minister",
    ["Egyptian Foreign Minister Badr Abdelatty spoke by phone with his Ukrainian counterpart Andrii Sybiha and urged a negotiated end to the war.",
     "The two ministers also discussed wheat shipments to Egypt, the ministry said in a statement."],
    "diplomacy", "diplomacy", 2, "egypt-ukraine-fm-call-2025-02-21", a="Al-Masry Al-Youm"),
  E("2025-02-21 16:30", "Drone attack leaves parts of Odesa without power",
    ["A Russian drone attack on Odesa damaged energy infrastructure and left thousands of households without electricity, the regional governor said.",
     "Two people were injured by falling debris."],
    "strikes", "strikes", 2, "odesa-drone-attack-2025-02-21", a=None),
  OFF("2025-02-21 13:20", "New stations open on Cairo Metro's third line",
    ["Three new stations on Cairo Metro's third line opened to passengers on Friday, the transport ministry said."],
    "cairo-metro-stations", a="Al-Masry Al-Youm", n="Cairo transport."),
  E("2025-02-21 10:10", "Trump says Zelensky's presence at peace talks is not important",
    ["US President Donald Trump said it was not very important for Ukraine's president to attend talks on ending the war, in remarks that alarmed European allies.",
     "He also said he had held 'very good talks' with Russia."],
    "diplomacy", "diplomacy", 3, "trump-zelensky-talks-remarks-2025-02-21", a="Agencies"),
  ]))

SEEDS.append(dict(id="3402", name="3402_theeastafrican-rss", ext="xml", source="The EastAfrican", zone="Africa/Nairobi", render=r_eastafrican,
  title="The EastAfrican - News", fmt="RSS 2.0, '+0300' pubDate, dc:creator, entity-escaped HTML description",
  notes="Imitates The EastAfrican news RSS feed. Newest first; pubDate carries +0300 (Nairobi). Descriptions are entity-escaped HTML paragraphs. A regional feed: three of seven items are off-beat (Congo peace process, shilling, Kenyan floods). The Congo item is another war and is off-beat.",
  not_entries=["channel title/description/link", "lastBuildDate", "media:content and category elements"],
  entries=[
  E("2025-05-06 21:40", "Zelensky rejects Moscow's three-day Victory Day truce as theatre",
    ["Ukraine's President Volodymyr Zelensky dismissed Russia's offer of a ceasefire from May 8 to 10, saying Kyiv wanted a full 30-day truce instead.",
     "He said he could not guarantee the safety of foreign leaders planning to attend the parade in Moscow."],
    "diplomacy", "diplomacy", 3, "victory-day-truce-offer-2025", a="Correspondent", sect="world"),
  OFF("2025-05-06 19:15", "EAC ministers meet in Arusha over eastern Congo fighting",
    ["Foreign ministers of the East African Community met in Arusha to push for a ceasefire between Congolese forces and the M23 rebels."],
    "eac-congo-talks-arusha", a="Fumbuka Ng'wanakilala", sect="east-africa", n="another war (eastern DR Congo)."),
  E("2025-05-06 16:05", "Kenya warns citizens over job offers that end on Russia's front line",
    ["Kenya's foreign ministry warned young people against overseas job adverts that it said had been used to recruit Kenyans into the Russian army.",
     "Officials said several families had reported relatives missing after travelling to Russia for work."],
    "other", "humanitarian", 2, "kenyans-recruited-russian-army", a="Aggrey Mutambo", sect="east-africa"),
  OFF("2025-05-06 13:30", "Tanzanian shilling firms as tourism earnings rise",
    ["The Tanzanian shilling gained against the dollar for a third week, supported by tourism receipts and gold exports."],
    "tanzania-shilling", a="Correspondent", sect="business", n="economy elsewhere."),
  E("2025-05-06 11:20", "Ukrainian wheat cargo docks in Mombasa under food programme",
    ["A ship carrying Ukrainian wheat donated under Kyiv's Grain from Ukraine programme docked in Mombasa on Tuesday.",
     "The grain will be distributed by the World Food Programme in drought-hit areas of the region."],
    "aid", "aid", 2, "grain-from-ukraine-mombasa", a="Aggrey Mutambo", sec=["humanitarian"], sect="east-africa",
    n="Humanitarian aid FROM Ukraine; aid primary."),
  OFF("2025-05-06 09:45", "Heavy rains displace hundreds in western Kenya",
    ["Floods in Kisumu and Busia counties forced hundreds of families from their homes, the Kenya Red Cross said."],
    "western-kenya-floods", a="Correspondent", sect="kenya", n="weather."),
  E("2025-05-06 07:10", "Two killed as Russian drones hit Kyiv before planned truce",
    ["A mother and her son were killed when debris from a Russian drone struck a residential building in Kyiv overnight, the city's military administration said.",
     "Several districts reported fires, and air-raid alerts lasted for hours."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2025-05-06", a="Correspondent", sect="world"),
  ]))

SEEDS.append(dict(id="3403", name="3403_iol-world", ext="txt", source="IOL", zone="Africa/Johannesburg", render=r_iol,
  title="Russia-Ukraine war: latest", ref="2025-05-13 21:40",
  fmt="plain-text section scrape, relative stamps ('2 hours ago') against a printed 'Last updated: 13 May 2025 | 21:40', two older items with byline glued to an absolute date",
  notes="Imitates a text scrape of an IOL world page. Newest first. Recent items show 'By NAME' then a relative stamp ('30 minutes ago', '2 hours ago'); they are resolved against the printed 'Last updated: 13 May 2025 | 21:40' (SAST, UTC+2, implied by the outlet; no zone printed). The two oldest items show the byline glued to an absolute date ('Lindiwe Zulu13 May 2025 | 11:05'). Item 04 is off-beat (rugby).",
  not_entries=["site menu, 'Sign in', cookie line", "section label 'World', page title, 'Last updated' line", "share labels", "'READ MORE:' link and 'ADVERTISEMENT'", "'Load More', app promo, footer"],
  entries=[
  E("2025-05-13 21:10", "Zelensky says he will be in Turkey and wait for Putin",
    ["Ukrainian President Volodymyr Zelensky said he would travel to Turkey this week and would wait there for Vladimir Putin in person.",
     "He said a meeting of leaders was the only way to reach a ceasefire."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-zelensky-challenge-2025-05", a="Sipho Mkhize"),
  E("2025-05-13 19:40", "Kremlin keeps quiet on who will lead its delegation",
    ["Kremlin spokesman Dmitry Peskov declined to say whether Vladimir Putin would attend the proposed talks in Istanbul.",
     "He said Moscow would name its delegation once the president decided it was necessary."],
    "diplomacy", "diplomacy", 2, "kremlin-istanbul-delegation-silence", a="Sipho Mkhize",
    n="Separate statement by another official -> own story."),
  E("2025-05-13 17:40", "Ramaphosa says South Africa is ready to help with talks",
    ["President Cyril Ramaphosa said South Africa stood ready to host or support any future round of talks between Russia and Ukraine.",
     "He spoke before his planned visit to Washington next week."],
    "diplomacy", "diplomacy", 2, "ramaphosa-offers-mediation-2025-05-13", a="Nokuthula Dube"),
  OFF("2025-05-13 14:40", "Springboks call up uncapped lock for July Tests",
    ["The Springbok coaching staff named an uncapped Western Province lock in an extended squad for the July internationals."],
    "springboks-squad", a="Ashfak Mohamed", n="sport."),
  E("2025-05-13 11:05", "Drone strike on Kherson market injures four",
    ["Four people were injured when a Russian drone dropped explosives on a market in Kherson on Tuesday morning, the regional administration said.",
     "Stalls and a nearby bus stop were damaged."],
    "strikes", "strikes", 2, "kherson-market-drone-2025-05-13", a="Lindiwe Zulu", abs=True),
  E("2025-05-13 08:05", "EU ministers prepare 17th package of sanctions on Russia",
    ["European Union ambassadors discussed a 17th sanctions package that targets more tankers of Russia's shadow fleet.",
     "Diplomats said ministers could approve it next week."],
    "diplomacy", "diplomacy", 2, "eu-17th-sanctions-package-prep", a="Lindiwe Zulu", abs=True),
  ]))

SEEDS.append(dict(id="3404", name="3404_indianexpress-live", ext="html", source="The Indian Express", zone="Asia/Kolkata", render=r_ie,
  title="Russia Ukraine War News Live Updates: Kremlin says Trump's 50-day deadline is 'very serious'",
  url="https://indianexpress.com/article/world/russia-ukraine-war-news-live-updates-15-july-2025/",
  lede="Follow the latest on the war as allies line up to buy Patriot systems for Ukraine.", author="World Desk",
  meta="Updated: July 16, 2025 00:45 IST",
  fmt="HTML live blog, 'Jul 15, 2025 20:35 IST' stamps, Key Points box, LiveBlogPosting JSON-LD with &#039; entities",
  notes="Imitates the layout of an Indian Express live blog. Newest first; each update has a stamp 'Mon D, YYYY HH:MM IST' (IST = UTC+5:30). The top update is dated Jul 16 00:45 IST = 15 July 19:15 UTC (page crosses local midnight). 'Key Points' box lists two headlines (entries 02 and 05). The LiveBlogPosting JSON-LD repeats the updates with entity-escaped apostrophes. Page byline 'World Desk' is an organisation label, so author null.",
  not_entries=["top strip with date/ePaper/subscribe", "header navigation", "breadcrumb, LIVE tag, h1 title, synopsis", "'Written by' and 'Updated' lines", "share tools", "Key Points box", "'Also Read' link, advertisement", "newsletter box, footer"],
  entries=[
  E("2025-07-16 00:45", "Zelensky: first Patriot systems could reach Ukraine within weeks",
    ["President Volodymyr Zelensky said he expected the first of the newly promised Patriot systems to arrive within weeks, after a call with Germany's chancellor.",
     "He said Ukraine would also need more interceptor missiles for the systems it already has."],
    "aid", "aid", 2, "zelensky-patriot-timeline-2025-07-15"),
  E("2025-07-15 22:30", "Kremlin calls Trump's 50-day ultimatum 'very serious'",
    ["Kremlin spokesman Dmitry Peskov said Moscow was taking US President Donald Trump's statements seriously and needed time to analyse them.",
     "He said supplying more weapons to Kyiv sent a signal that Western countries did not want peace."],
    "diplomacy", "diplomacy", 3, "trump-50-day-deadline-2025-07-14", kp=True,
    n="Reaction about the deadline itself -> same story as entry 07."),
  E("2025-07-15 19:50", "Lavrov meets Wang Yi on sidelines of SCO meeting in Tianjin",
    ["Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Tianjin, where foreign ministers of the Shanghai Cooperation Organisation are gathering.",
     "The two discussed Ukraine and relations with Washington, Russia's foreign ministry said."],
    "diplomacy", "diplomacy", 2, "lavrov-wang-yi-tianjin-2025-07-15"),
  E("2025-07-15 17:10", "Drone attack on Kharkiv injures six",
    ["Six people were injured when Russian drones struck two districts of Kharkiv on Tuesday afternoon, Mayor Ihor Terekhov said.",
     "A kindergarten and several cars were damaged."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-07-15"),
  E("2025-07-15 14:20", "European allies line up to pay for US Patriots for Kyiv",
    ["Germany, Norway and Denmark were among countries ready to fund American Patriot air-defence systems for Ukraine under the new arrangement.",
     "NATO Secretary General Mark Rutte said the first deliveries could be made quickly from European stocks."],
    "aid", "aid", 3, "nato-allies-fund-patriots-2025-07", kp=True),
  E("2025-07-15 11:35", "Indian refiners weigh risk of US secondary tariffs on Russian oil",
    ["Executives at Indian refining companies said they were studying the impact of possible US tariffs on countries that buy Russian crude.",
     "Russia has been India's largest oil supplier since 2022."],
    "diplomacy", "diplomacy", 2, "india-refiners-secondary-tariffs", sec=["other"],
    n="Sanctions-type measure -> diplomacy."),
  E("2025-07-15 08:10", "Trump gives Russia 50 days to reach deal or face tariffs",
    ["US President Donald Trump said Russia would face severe tariffs if it did not agree to a deal with Ukraine within 50 days.",
     "He made the announcement at the White House alongside NATO's secretary general."],
    "diplomacy", "diplomacy", 3, "trump-50-day-deadline-2025-07-14"),
  ]))

SEEDS.append(dict(id="3405", name="3405_thaipbs-keyevents", ext="txt", source="Thai PBS World", zone="Asia/Bangkok", render=r_thaipbs,
  title="Russia-Ukraine war: Key events on day 1,245", dateline="Tuesday, 22 July 2025 | 14:35",
  lede="Here are the main developments as the war enters its 1,245th day.",
  fmt="plain-text 'key events' article: section headings, one event per bullet, no headlines, one dateline",
  notes="Imitates a text scrape of a Thai PBS World world article listing key events. Each bullet is one event (headline null, the bullet text is the body, 1 paragraph). No per-bullet time: every entry gets the article dateline 'Tuesday, 22 July 2025 | 14:35' (Bangkok, UTC+7) = 07:35 UTC. Section headings Fighting / Diplomacy / Politics / Aid are chrome. Day 1,245 counted from 24 February 2022 as day 1.",
  not_entries=["site name, menu, language switch", "section label 'World', title", "dateline", "share labels", "intro sentence", "section headings", "tags, 'Related News' with two headlines, footer"],
  entries=[
  E("2025-07-22 14:35", None,
    ["Russian drones and missiles hit Kyiv overnight, killing two people and damaging the entrance to a metro station used as a shelter, city officials said."],
    "strikes", "strikes", 3, "kyiv-overnight-attack-2025-07-21", sec_head="Fighting"),
  E("2025-07-22 14:35", None,
    ["Ukraine's general staff said its troops repelled more than 50 assaults near Pokrovsk in the past day."],
    "other", "frontline", 2, "pokrovsk-assaults-2025-07-22", sec_head="Fighting"),
  E("2025-07-22 14:35", None,
    ["Russia's defence ministry said air defences downed 74 Ukrainian drones overnight, some of them approaching Moscow, and flights were delayed at the capital's airports."],
    "strikes", "strikes", 2, "russia-downs-ukrainian-drones-2025-07-22", sec_head="Fighting"),
  E("2025-07-22 14:35", None,
    ["President Volodymyr Zelensky said a new round of direct talks with Russia would take place in Istanbul on Wednesday, with prisoner exchanges on the agenda."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-2025-07-23", sec_head="Diplomacy"),
  E("2025-07-22 14:35", None,
    ["Kremlin spokesman Dmitry Peskov said Moscow did not expect any breakthrough from the talks, describing the positions of the two sides as far apart."],
    "diplomacy", "diplomacy", 2, "istanbul-talks-2025-07-23", sec_head="Diplomacy",
    n="Reaction about the announced talks themselves -> same story; lower importance."),
  E("2025-07-22 14:35", None,
    ["Ukraine's parliament voted to place the country's anti-corruption agencies under the prosecutor general, prompting street protests in Kyiv and criticism from the European Union."],
    "other", "politics", 2, "ukraine-anticorruption-law-protests", sec_head="Politics"),
  E("2025-07-22 14:35", None,
    ["Norway said it would fund the production of long-range drones in Ukraine as part of a new support package."],
    "aid", "aid", 2, "norway-long-range-drone-funding-2025-07", sec_head="Aid"),
  ]))

SEEDS.append(dict(id="3406", name="3406_kbsworld-intl", ext="html", source="KBS World", zone="Asia/Seoul", render=r_kbs,
  title="International", fmt="HTML news list, 'YYYY-MM-DD HH:MM' stamps, list crosses local midnight (two dates)",
  notes="Imitates a KBS World English news list (International tab). Newest first; stamps 'YYYY-MM-DD HH:MM' in Korean time (UTC+9, not printed). The two top items are dated 2025-09-03 local (07:40, 00:20) = 2 September UTC; all items fall on 2 September UTC. Summaries are one paragraph. The KOSPI item and Kim Jong-un's departure by train are off-beat (not about the war).",
  not_entries=["top navigation, language selector", "category tabs", "sub-title 'International'", "app banner", "paging", "footer"],
  entries=[
  E("2025-09-03 07:40", "NIS: N. Korea may send additional troops to Russia",
    ["South Korea's spy agency told lawmakers that North Korea appeared to be preparing to send more troops to Russia, on top of the soldiers already deployed to the Kursk region."],
    "other", "frontline", 2, "nis-north-korea-more-troops-russia", sec=["aid"],
    n="Troop reinforcements for Russia -> other/frontline (reinforcements), aid secondary."),
  E("2025-09-03 00:20", "Xi and Putin hold talks in Beijing",
    ["Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Beijing and discussed the war in Ukraine and energy cooperation, state media reported."],
    "diplomacy", "diplomacy", 3, "xi-putin-beijing-talks-2025-09-02"),
  E("2025-09-02 18:30", "Seoul voices concern over Russia-N. Korea military ties",
    ["South Korea's foreign ministry said military cooperation between Moscow and Pyongyang threatened peace on the peninsula and in Europe."],
    "diplomacy", "diplomacy", 2, "seoul-concern-russia-nk-ties-2025-09-02"),
  OFF("2025-09-02 15:05", "KOSPI closes higher on chip shares",
    ["The main Korean stock index ended the day up 0.8 percent, led by semiconductor makers."],
    "kospi-close", n="Korean markets."),
  E("2025-09-02 11:20", "Russian drones hit rail hub in Kharkiv region",
    ["Russian drones struck a railway junction in the Kharkiv region, damaging locomotives and injuring two railway workers, Ukraine's state rail company said."],
    "strikes", "strikes", 2, "kharkiv-rail-hub-drone-2025-09-02"),
  OFF("2025-09-02 09:05", "Kim Jong-un leaves Pyongyang by train for Beijing",
    ["North Korean leader Kim Jong-un departed Pyongyang by special train to attend China's military parade marking the end of World War Two, state media said."],
    "kim-train-to-beijing", n="North Korean leader's trip to a Chinese parade; not about the war."),
  ]))

SEEDS.append(dict(id="3407", name="3407_taiwannews-rdf", ext="xml", source="Taiwan News", zone="Asia/Taipei", render=r_taiwan,
  title="Taiwan News - World", fmt="RSS 1.0 (RDF), dc:date with +08:00, dc:creator, content:encoded CDATA",
  notes="Imitates a Taiwan News world feed as RSS 1.0 (rdf:RDF with items after the channel). Times in dc:date carry +08:00. description repeats the first paragraph; content:encoded holds the full text. Two of seven items are off-beat (typhoon, chip shares).",
  not_entries=["channel title/description/date", "rdf:Seq list of item URLs", "dc:subject elements"],
  entries=[
  E("2025-09-15 22:50", "Zelensky urges allies to close skies over western Ukraine",
    ["Ukrainian President Volodymyr Zelensky called on European neighbours to help shoot down Russian drones over western Ukraine after last week's incursion into Polish airspace.",
     "He said a joint air shield would protect both Ukraine and NATO members."],
    "diplomacy", "diplomacy", 2, "zelensky-air-shield-appeal-2025-09-15", a="Reuters", sec=["aid"], cat="World"),
  OFF("2025-09-15 20:15", "CWA issues sea warning as typhoon nears Bashi Channel",
    ["Taiwan's Central Weather Administration issued a sea warning as a typhoon approached the Bashi Channel."],
    "typhoon-sea-warning", a="Lin Chia-nan", cat="Taiwan", n="weather."),
  E("2025-09-15 17:40", "Lawmakers cite Ukraine drone lessons in Taiwan defence budget debate",
    ["Legislators from several parties pointed to Ukraine's use of cheap drones as they debated next year's defence budget in Taipei.",
     "The defence ministry said it planned to buy several thousand drones by 2027."],
    "other", "security", 2, "taiwan-drone-budget-ukraine-lessons", a="Lin Chia-nan", cat="Politics"),
  E("2025-09-15 14:05", "Russia and Belarus hold final phase of Zapad drills",
    ["Russian and Belarusian troops began the final stage of the Zapad-2025 exercises, which neighbouring NATO members are watching closely.",
     "Poland has closed its border crossings with Belarus for the duration of the drills."],
    "other", "security", 2, "zapad-2025-drills", a="Reuters", cat="World"),
  OFF("2025-09-15 11:30", "Chip stocks lift Taiex to record close",
    ["Taiwan's main index closed at a record high, driven by semiconductor makers."],
    "taiex-record", a="Sean Chen", cat="Business", n="markets."),
  E("2025-09-15 09:20", "Glide bombs hit Zaporizhzhia, injuring eight",
    ["Russian glide bombs struck industrial areas of Zaporizhzhia on Monday morning, injuring eight people, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bombs-2025-09-15", a="Reuters", cat="World"),
  E("2025-09-15 08:10", "Ukraine says its drones struck Kirishi refinery near St Petersburg",
    ["Ukraine's general staff said drones hit one of Russia's largest oil refineries in Kirishi, in the Leningrad region, causing a fire.",
     "Regional authorities said three drones were shot down and the blaze was extinguished."],
    "strikes", "strikes", 3, "kirishi-refinery-drone-strike-2025-09", a="Reuters", cat="World"),
  ]))

SEEDS.append(dict(id="3408", name="3408_luxtimes-live", ext="html", source="Luxembourg Times", zone="Europe/Luxembourg", render=r_luxtimes,
  title="Ukraine war live: Russian strikes cut power in north-east", url="https://www.luxtimes.lu/world/ukraine-war-live-4-november-2025",
  lede="Luxembourg adds to its energy aid as Brussels publishes its enlargement report.", byline="Luxembourg Times with agencies",
  fmt="HTML live page, '4 November 2025 06:07' stamps, author line after some posts, page byline, NewsArticle+LiveBlogPosting JSON-LD with entities",
  notes="Imitates a Luxembourg Times live page. Newest first; stamps 'D Month YYYY HH:MM' (Luxembourg time, CET = UTC+1 in November, not printed). Some posts end with an author line; the others fall back to the page byline 'Luxembourg Times with agencies', which is not a person (author null). JSON-LD @type is an array and strings contain &#039; entities. Entry 06 is off-beat (tram).",
  not_entries=["cookie banner", "header/navigation/subscribe", "title, lead, page byline, share line", "newsletter aside", "'Related' aside with two headlines", "footer"],
  entries=[
  E("2025-11-04 21:50", "Bettel: Ukraine's road to the EU must stay open",
    ["Luxembourg's Foreign Minister Xavier Bettel said the European Union should not let any single member block the opening of accession talks with Ukraine.",
     "He spoke after the Commission's report on candidate countries."],
    "diplomacy", "diplomacy", 2, "bettel-ukraine-eu-path-2025-11-04", a="Sophie Kieffer",
    n="Separate statement from the Commission report (entry 04) -> own story."),
  E("2025-11-04 17:25", "Luxembourg adds €10 million for Ukraine's energy repairs",
    ["The government said it would contribute a further €10 million to a fund that buys transformers and generators for Ukraine's power grid.",
     "The money comes on top of Luxembourg's existing military support."],
    "aid", "aid", 2, "luxembourg-energy-fund-2025-11-04", a="Sophie Kieffer"),
  E("2025-11-04 14:10", "Brussels report praises Ukraine's progress towards membership",
    ["The European Commission's annual enlargement report said Ukraine had made solid progress on reforms despite the war, but warned against any backsliding on anti-corruption bodies."],
    "diplomacy", "diplomacy", 3, "eu-enlargement-report-2025-11-04"),
  E("2025-11-04 10:35", "Ukraine says its troops are holding out in Pokrovsk",
    ["Ukraine's army said its units were still fighting inside Pokrovsk and clearing Russian infiltration groups from several districts.",
     "Russia has claimed to be encircling the town."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-11-04"),
  E("2025-11-04 06:07", "Russian strikes cut power in Kharkiv and Sumy regions",
    ["Russian missiles and drones hit energy facilities in the Kharkiv and Sumy regions overnight, leaving tens of thousands of homes without electricity, officials said.",
     "Ukraine's grid operator announced scheduled outages in several regions."],
    "strikes", "strikes", 3, "northeast-energy-strikes-2025-11-04", a="Marc Weber"),
  OFF("2025-11-04 05:40", "Tram extension to airport to close for weekend works",
    ["The tram line between the city centre and Findel airport will not run on Saturday and Sunday because of maintenance, the operator said."],
    "luxembourg-tram-works", n="Luxembourg transport."),
  ]))

SEEDS.append(dict(id="3409", name="3409_icelandreview-news", ext="txt", source="Iceland Review", zone="Atlantic/Reykjavik", render=r_iceland,
  title="News", dateline="Tuesday, 18 November", parse_args=["--date", "2025-11-18"],
  fmt="plain-text news list scrape; date line WITHOUT a year; time on its own line before each headline",
  notes="Imitates a text scrape of Iceland Review's news list. One date line 'Tuesday, 18 November' names no year: parse with --date 2025-11-18. Each item starts with a bare 'HH:MM' line (Iceland = UTC all year), then headline, optional 'By NAME', body and 'Continue reading'. Two items are off-beat (Reykjanes, Icelandair).",
  not_entries=["site name, menu, subscribe/log in", "title 'News'", "date line", "'Continue reading' lines", "subscription plea", "'Older posts', footer"],
  entries=[
  E("2025-11-18 20:30", "Nordic and Baltic ministers discuss Ukraine support in Reykjavík",
    ["Foreign ministers from the Nordic and Baltic countries met in Reykjavík to coordinate their support for Ukraine through the winter.",
     "Foreign Minister Þorgerður Katrín Gunnarsdóttir said the group would keep up pressure on Russia."],
    "diplomacy", "diplomacy", 2, "nb8-ministers-reykjavik-2025-11-18", a="Erik Pálsson"),
  OFF("2025-11-18 17:45", "Magma build-up continues under Reykjanes peninsula",
    ["The Icelandic Met Office said land uplift near Svartsengi continued and that another eruption could begin within weeks."],
    "reykjanes-magma", a="Erik Pálsson", n="natural hazard in Iceland."),
  E("2025-11-18 15:10", "Iceland to fund artillery shells for Ukraine",
    ["The government announced it would contribute to the Czech-led initiative that buys artillery ammunition for Ukraine on world markets.",
     "The contribution is part of Iceland's yearly support package."],
    "aid", "aid", 2, "iceland-czech-ammunition-contribution-2025-11"),
  E("2025-11-18 12:25", "Russian attack on Kharkiv injures eleven",
    ["Eleven people were injured when Russian drones hit residential buildings in Kharkiv during the night, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-11-18"),
  OFF("2025-11-18 10:05", "Icelandair adds winter flights to three cities",
    ["Icelandair will add flights to three European cities during the winter season, the airline said."],
    "icelandair-winter-routes", a="Ragna Jóns", n="business/travel."),
  E("2025-11-18 08:40", "Volunteers collect winter clothing for Ukrainian families",
    ["A group of volunteers in Reykjavík has collected several tonnes of warm clothing for Ukrainian families who fled to Iceland.",
     "Around 4,000 people from Ukraine have received protection in Iceland since the full-scale invasion began."],
    "other", "humanitarian", 2, "reykjavik-winter-clothing-drive", a="Ragna Jóns"),
  ]))


# =============================================================== DATA: Part B, day 1 (2025-11-25)
D1 = "Day 1 (2025-11-25 UTC): main story kyiv-strike-2025-11-25 told by 3420, 3421, 3422, 3423 (toll four -> six -> seven). Must-not-merge: Kyiv strike vs Novorossiysk drone raid vs Zaporizhzhia glide bombs; Swedish air-defence package vs Dutch interceptor-drone funding; Sybiha's, Klitschko's and Zelensky's separate statements."

SEEDS.append(dict(id="3420", name="3420_ravenglass-textlive", ext="txt", source="Ravenglass Daily", zone="Europe/London", render=r_ravenglass,
  title="Ukraine war live: deadly night attack on Kyiv as envoys meet in Abu Dhabi", dateline="Tuesday 25 November 2025", day="day1",
  fmt="text live blog, oldest first, 'HH:MM GMT' stamp line, Key Points, 'Reporting by' line", invented=True,
  notes="Invented outlet. Text live blog, OLDEST FIRST; each post: 'HH:MM GMT' line, headline, body, optional 'Reporting by NAME', 'Share this post'. Key Points list (dash bullets) names entries 03 and 04. Entry 06 repeats entry 04 almost word for word (duplicate_of 3420-04). Entry 08 is an analysis piece (theme, own story). " + D1,
  not_entries=["masthead and menu", "title and date line", "'Key Points' heading and its two lines", "order note", "'Reporting by' lines (author)", "'Share this post'", "'Advertisement'", "closing line and footer"],
  entries=[
  E("2025-11-25 06:15", "Explosions and fires across Kyiv after night attack",
    ["Russia fired drones and missiles at the Ukrainian capital for several hours overnight, setting apartment blocks on fire in at least three districts.",
     "Mayor Vitali Klitschko said several people had been killed and urged residents to stay in shelters."],
    "strikes", "strikes", 3, "kyiv-strike-2025-11-25", a="Owen Pritchard"),
  E("2025-11-25 08:40", "Ukrainian drones hit port of Novorossiysk, Russian officials say",
    ["Officials in Russia's Krasnodar region said Ukrainian drones had struck the Black Sea port of Novorossiysk, damaging an oil terminal and several homes.",
     "Three people were injured, according to the local emergency headquarters."],
    "strikes", "strikes", 3, "novorossiysk-drone-attack-2025-11-25", a="Owen Pritchard",
    n="Ukrainian strike on Russia; must-not-merge with the Russian strike on Kyiv."),
  E("2025-11-25 10:05", "US Army secretary meets Russian officials in Abu Dhabi",
    ["Dan Driscoll, the US Army secretary, held talks with a Russian delegation in Abu Dhabi on the American peace framework, officials familiar with the meeting said.",
     "Ukrainian intelligence officials were also in the Emirati capital."],
    "diplomacy", "diplomacy", 3, "abu-dhabi-talks-driscoll-2025-11-25", a="Hannah Voss", kp=True),
  E("2025-11-25 11:30", "Kyiv death toll rises to six",
    ["Six people are now known to have died in the overnight attack on Kyiv, the city's military administration said.",
     "More than a dozen were injured, among them two children."],
    "strikes", "strikes", 3, "kyiv-strike-2025-11-25", a="Owen Pritchard", kp=True),
  E("2025-11-25 12:50", "Sweden announces air-defence package for Ukraine",
    ["Sweden's government announced a new military package worth 3.5 billion kronor, most of it for air-defence systems and radar.",
     "Defence Minister Pål Jonson said deliveries would start before the end of winter."],
    "aid", "aid", 2, "sweden-air-defence-package-2025-11-25", a="Hannah Voss",
    n="Must-not-merge with the Dutch interceptor-drone funding (3421-03)."),
  E("2025-11-25 14:38", "Kyiv death toll rises to six, officials say",
    ["Six people are now known to have died in the overnight attack on Kyiv, the city's military administration said.",
     "More than a dozen were injured, two of them children."],
    "strikes", "strikes", 1, "kyiv-strike-2025-11-25", a="Owen Pritchard", dup="3420-04",
    n="Near-verbatim repeat of 3420-04 -> importance 1."),
  E("2025-11-25 16:20", "Sybiha: only pressure will bring Moscow to the table",
    ["Ukraine's Foreign Minister Andrii Sybiha said the night's attack showed that Russia would negotiate seriously only under stronger sanctions.",
     "He asked European partners to move faster on using frozen Russian assets."],
    "diplomacy", "diplomacy", 2, "sybiha-pressure-statement-2025-11-25", a="Hannah Voss",
    n="Separate statement by the foreign minister; must-not-merge with Zelensky's address (3421-01) or Klitschko's appeal (3423-03)."),
  E("2025-11-25 19:00", "Analysis: Why Russia aims at heating plants as winter sets in",
    ["Combined heat and power plants supply both electricity and hot water to Ukrainian cities, which makes them an obvious target once temperatures drop.",
     "Engineers say damaged turbines can take months to replace, while repairs to power lines take days."],
    "strikes", "strikes", 2, "analysis-heating-plants-winter-attacks", a="Miles Arkwright",
    n="Theme/analysis piece with body: own story, importance 2."),
  ]))

SEEDS.append(dict(id="3421", name="3421_polzeath-htmllive", ext="html", source="Polzeath Post", zone="Europe/Kyiv", render=r_polzeath,
  title="Russia-Ukraine war: Kyiv counts the dead after overnight barrage", url="https://polzeathpost.example/live/2025/11/25/ukraine",
  lede="Our rolling coverage of the war, from our correspondents in Kyiv and Brussels.", tznote="All times are Kyiv time (UTC+2).",
  dayhead="Tuesday, 25 November 2025", day="day1",
  fmt="HTML live blog, newest first, date header + bare 'HH:MM' (Kyiv), signature footer, LiveBlogPosting JSON-LD with &#039;/&amp;", invented=True,
  notes="Invented outlet. HTML live blog, newest first, one date header, bare 'HH:MM' stamps in Kyiv time (note says UTC+2). Per-post signature '— NAME'. JSON-LD LiveBlogPosting repeats updates (entity-escaped apostrophes). Entry 04 is a video teaser with no body. Spelling 'Sviatoshynskyi'. " + D1,
  not_entries=["header/navigation", "title, standfirst, time-zone note, date header", "'Share' labels", "newsletter sign-up aside", "footer"],
  entries=[
  E("2025-11-25 23:30", "Zelensky: framework 'can work' but key questions remain",
    ["In his evening address, President Volodymyr Zelensky said the revised peace framework discussed with American officials could become a basis for agreement.",
     "He said territorial questions were still unresolved and would have to be settled by leaders."],
    "diplomacy", "diplomacy", 3, "zelensky-address-peace-framework-2025-11-25", a="Kateryna Hnatiuk",
    n="Head of state's own statement on the framework -> own story, importance 3."),
  E("2025-11-25 20:10", "Toll in Kyiv reaches seven; mayor declares day of mourning",
    ["The number of people killed in the overnight attack on Kyiv has risen to seven after rescuers found another body under rubble in the Sviatoshynskyi district.",
     "Mayor Vitali Klitschko declared Wednesday a day of mourning in the capital."],
    "strikes", "strikes", 3, "kyiv-strike-2025-11-25", a="Kateryna Hnatiuk"),
  E("2025-11-25 17:45", "Netherlands to fund Ukrainian interceptor drones",
    ["The Dutch government said it would spend 250 million euros on interceptor drones built in Ukraine to counter Russia's Shahed attacks.",
     "Defence Minister Ruben Brekelmans said the first batch would be ordered this year."],
    "aid", "aid", 2, "netherlands-interceptor-drones-2025-11-25", a="Joris Meulen",
    n="Must-not-merge with Sweden's package (3420-05)."),
  E("2025-11-25 15:00", "Watch: Rescuers search a damaged block in Kyiv's Sviatoshynskyi district", [],
    "strikes", "strikes", 1, "kyiv-strike-2025-11-25", n="Video teaser without body -> importance 1."),
  E("2025-11-25 12:20", "Glide bombs injure five in Zaporizhzhia",
    ["Russian aircraft dropped guided bombs on Zaporizhzhia around midday, injuring five people and damaging a school, the regional governor said."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bombs-2025-11-25", a="Kateryna Hnatiuk",
    n="Separate attack on another city; must-not-merge with the Kyiv strike."),
  E("2025-11-25 10:40", "Novorossiysk oil terminal halts loadings after drone raid",
    ["Loadings at an oil terminal in Novorossiysk were suspended after a Ukrainian drone attack on the port, two industry sources said.",
     "Russia's defence ministry said it had downed dozens of drones over the Black Sea and the Krasnodar region."],
    "strikes", "strikes", 3, "novorossiysk-drone-attack-2025-11-25", a="Joris Meulen"),
  E("2025-11-25 08:05", "At least four dead as Russia pounds Kyiv overnight",
    ["At least four people were killed when Russian missiles and drones struck residential buildings and energy sites in Kyiv during the night.",
     "Heating was cut to hundreds of apartment blocks on the left bank of the Dnipro."],
    "strikes", "strikes", 3, "kyiv-strike-2025-11-25", a="Kateryna Hnatiuk"),
  ]))

SEEDS.append(dict(id="3422", name="3422_newlyn-worldrss", ext="xml", source="Newlyn World Service", zone="UTC", render=r_rss_gmt,
  title="Newlyn World Service - Top stories", link="https://newlynworld.example/news", desc="Top stories from around the world", day="day1",
  fmt="RSS 2.0, GMT pubDate, general world feed (4 of 6 off-beat)", invented=True,
  notes="Invented outlet. General world-news RSS feed, newest first, pubDate in GMT, CDATA descriptions, no authors. Only two of six items concern the war; the rest are off-beat (Thai floods, Sudan, Japan snow, eurozone confidence). Sudan is another war: off-beat. " + D1,
  not_entries=["channel title, link, description, ttl", "category elements"],
  entries=[
  OFF("2025-11-25 20:20", "Floodwaters rise in southern Thailand as rain continues",
    ["Thousands of people were moved to shelters in southern Thailand after days of heavy rain, the disaster agency said."],
    "southern-thailand-floods", n="weather/disaster elsewhere.", cat="Asia"),
  OFF("2025-11-25 17:05", "Eurozone business confidence edges higher",
    ["A closely watched survey showed business confidence in the eurozone rose slightly in November, led by services."],
    "eurozone-confidence", n="economy elsewhere.", cat="Business"),
  E("2025-11-25 13:40", "Russian and American officials hold talks in the UAE",
    ["American and Russian officials met in the United Arab Emirates to discuss a plan to end the war in Ukraine, according to people briefed on the talks.",
     "The US delegation was led by Army Secretary Dan Driscoll."],
    "diplomacy", "diplomacy", 3, "abu-dhabi-talks-driscoll-2025-11-25", cat="Europe"),
  OFF("2025-11-25 11:15", "Aid agencies warn of hunger in Sudan's Darfur",
    ["Aid groups said hundreds of thousands of people in North Darfur faced severe hunger after months of fighting around El Fasher."],
    "darfur-hunger-warning", n="another war (Sudan).", cat="Africa"),
  E("2025-11-25 09:00", "Ukrainian capital hit by deadly overnight barrage",
    ["At least four people died and many more were hurt when Russia launched a large drone and missile attack on Kyiv overnight, Ukrainian officials said.",
     "Power and heating were disrupted in several districts."],
    "strikes", "strikes", 3, "kyiv-strike-2025-11-25", cat="Europe"),
  OFF("2025-11-25 06:30", "Heavy snow closes roads in northern Japan",
    ["Heavy snowfall closed several highways in Hokkaido and delayed trains, the transport ministry said."],
    "hokkaido-snow", n="weather.", cat="Asia"),
  ]))

SEEDS.append(dict(id="3423", name="3423_orford-article", ext="html", source="Orford Review", zone="Europe/London", render=r_html_sections,
  title="Kyiv wakes to fires and sirens after one of the worst attacks this autumn",
  lede="Residents spent the night in metro stations as drones and missiles hit the capital.", author="Tamsin Loveday",
  datetext="25 November 2025, 4.10pm GMT", caption="Firefighters at a damaged apartment block in Kyiv. Photo: agency",
  more="How Ukraine protects its power grid", day="day1",
  fmt="HTML article with three h2 sections, dateline '4.10pm GMT', no JSON-LD", invented=True,
  notes="Invented outlet. One article with three h2 sections; one entry per section, stamp null, published = article dateline 25 November 2025 16:10 GMT; page byline is every section's author. Sections 01 and 02 tell the Kyiv strike; section 03 is Klitschko's separate appeal for air defence (own story). Spelling 'Sviatoshynskyi'. " + D1,
  not_entries=["header/navigation", "title, standfirst, byline, dateline", "photo caption", "'Read more' aside", "footer"],
  entries=[
  E("2025-11-25 16:10", "A night in the shelters",
    ["Thousands of Kyiv residents sheltered in metro stations as wave after wave of drones crossed the city, followed before dawn by cruise missiles.",
     "Six people were killed, officials said by the afternoon, most of them in a nine-storey block in the Sviatoshynskyi district."],
    "strikes", "strikes", 3, "kyiv-strike-2025-11-25", a="Tamsin Loveday"),
  E("2025-11-25 16:10", "Heating cut as temperatures fall",
    ["The strike on an energy facility on the left bank left hundreds of buildings without heating on a day when temperatures fell below freezing.",
     "Engineers expected to restore supplies within two days."],
    "strikes", "strikes", 3, "kyiv-strike-2025-11-25", a="Tamsin Loveday", n="Aftermath of the same strike -> same story."),
  E("2025-11-25 16:10", "Mayor asks allies for more interceptors",
    ["Mayor Vitali Klitschko said the city needed more air-defence missiles and mobile fire groups to protect residential districts.",
     "He appealed directly to European capitals to speed up deliveries."],
    "aid", "aid", 2, "klitschko-air-defence-appeal-2025-11-25", a="Tamsin Loveday",
    n="Appeal for air defence by the mayor; separate statement (must-not-merge with Sybiha 3420-07)."),
  ]))


# =============================================================== DATA: Part B, day 2 (2025-11-26)
D2 = "Day 2 (2025-11-26 UTC, the day after day 1): main story dnipro-strike-2025-11-26 told by 3430, 3431, 3432, 3433 (toll three -> four -> five -> six). Must-not-merge: Dnipro missile strike vs Kharkiv drone attack; Norway's gas funding vs Germany's IRIS-T missiles; Rutte's and Kallas's separate statements; the governor's air-defence appeal vs the strike. Cross-day: 3430-05 re-posts day 1's 3421-03 nearly verbatim (importance 1); 3432-03 continues day 1's kyiv-strike-2025-11-25 (eighth victim, day of mourning)."

SEEDS.append(dict(id="3430", name="3430_quendon-htmllive", ext="html", source="Quendon Times", zone="Europe/London", render=r_quendon,
  title="Ukraine latest: Dnipro strike kills five as Kremlin confirms Witkoff visit", lede="Follow our live coverage of the war in Ukraine.",
  dateline="Wednesday 26 November 2025. All times GMT.", day="day2",
  fmt="HTML live blog without JSON-LD, newest first, '2.35pm' stamps, author line under headline", invented=True,
  notes="Invented outlet. HTML live blog, newest first, stamps '9.50am'/'2.35pm' (UK time = GMT in November, stated in the date line). Entry 03 is a photo teaser without body. Entry 05 re-posts day 1's 3421-03 (Polzeath Post) nearly word for word: importance 1, story kept. " + D2,
  not_entries=["site navigation", "LIVE badge, title, lede, date line", "'Advertisement'", "'Related:' link", "'Show older updates'", "footer"],
  entries=[
  E("2025-11-26 21:45", "Rutte: guarantees for Ukraine must have teeth",
    ["NATO Secretary General Mark Rutte said any security guarantees for Ukraine in a peace deal had to be backed by real military capability.",
     "He said allies were discussing what a reassurance force could look like."],
    "diplomacy", "diplomacy", 2, "rutte-security-guarantees-2025-11-26", a="Felix Ashdown",
    n="Separate statement; must-not-merge with Kallas (3432-07)."),
  E("2025-11-26 19:20", "Kremlin confirms Witkoff will visit Moscow next week",
    ["The Kremlin said President Vladimir Putin would receive US envoy Steve Witkoff in Moscow next week to discuss the American peace proposals.",
     "Spokesman Dmitry Peskov said it was too early to speak of any agreement."],
    "diplomacy", "diplomacy", 3, "witkoff-moscow-visit-announced-2025-11-26", a="Felix Ashdown"),
  E("2025-11-26 16:05", "Photos: Dnipro counts the damage", [],
    "strikes", "strikes", 1, "dnipro-strike-2025-11-26", n="Photo teaser without body -> importance 1."),
  E("2025-11-26 13:30", "Dnipro: toll climbs to five after missile strike",
    ["Five people are now confirmed dead after a Russian missile hit an industrial area and nearby houses in Dnipro this morning, regional officials said.",
     "At least 30 were injured."],
    "strikes", "strikes", 3, "dnipro-strike-2025-11-26", a="Priya Lamb"),
  E("2025-11-26 11:10", "Netherlands to fund Ukrainian interceptor drones",
    ["The Dutch government said it would spend 250 million euros on interceptor drones built in Ukraine to counter Russia's Shahed attacks.",
     "Defence Minister Ruben Brekelmans said the first batch would be ordered this year."],
    "aid", "aid", 1, "netherlands-interceptor-drones-2025-11-25", a="Priya Lamb",
    n="Re-post of day 1's 3421-03 (Polzeath Post, 25 Nov) nearly verbatim -> importance 1; duplicate_of null because the original is in another seed."),
  E("2025-11-26 09:50", "Norway to pay for gas imports to see Ukraine through winter",
    ["Norway will give Ukraine about 1.5 billion kroner to buy natural gas for the heating season, the foreign ministry in Oslo said.",
     "The money will go through the European Bank for Reconstruction and Development."],
    "aid", "aid", 2, "norway-gas-funding-2025-11-26", a="Priya Lamb",
    n="Must-not-merge with Germany's IRIS-T pledge (3432-04)."),
  E("2025-11-26 07:25", "Drones set fire to homes in Kharkiv",
    ["Russian drones hit a residential area of Kharkiv before dawn, starting fires in several private houses and injuring three people, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2025-11-26", a="Felix Ashdown",
    n="Must-not-merge with the Dnipro missile strike. Carried by 2 seeds -> 3."),
  ]))

SEEDS.append(dict(id="3431", name="3431_reeth-worldatom", ext="xml", source="Reeth Report", zone="UTC", render=r_atom_world,
  title="Reeth Report: World", link="https://reethreport.example/world", desc="The world's news, updated around the clock", day="day2",
  fmt="Atom 1.0, Z times, entity-escaped html content, general world feed (5 of 7 off-beat)", invented=True,
  notes="Invented outlet. General world Atom feed, newest first, published/updated in UTC ('Z'). content type='html' holds escaped paragraphs. Only two of seven entries concern the war (Witkoff visit, Dnipro strike). " + D2,
  not_entries=["feed title, subtitle, link, id, updated", "category terms"],
  entries=[
  OFF("2025-11-26 22:10", "Sri Lanka moves thousands away from swollen rivers",
    ["Authorities in Sri Lanka evacuated thousands of people as heavy monsoon rains swelled rivers in the south and west of the island."],
    "sri-lanka-rains", a="Asha Perera", n="weather elsewhere.", cat="Asia"),
  E("2025-11-26 19:30", "Moscow expects US envoy for talks next week",
    ["Russia said it expected Steve Witkoff, the US special envoy, to arrive in Moscow next week for talks with President Vladimir Putin on ending the war in Ukraine."],
    "diplomacy", "diplomacy", 3, "witkoff-moscow-visit-announced-2025-11-26", a="Luka Brennan", cat="Europe"),
  OFF("2025-11-26 16:45", "Cup holders knocked out by stoppage-time goal",
    ["The holders went out of the competition after conceding in the fifth minute of stoppage time in a tense second-leg tie."],
    "football-cup-exit", n="sport.", cat="Sport"),
  OFF("2025-11-26 14:00", "Oil prices slip on hopes of higher supply",
    ["Brent crude fell by about one percent as traders weighed the prospect of higher output next year."],
    "oil-prices-slip", a="Luka Brennan", n="markets.", cat="Business"),
  E("2025-11-26 10:15", "Missile strike on Dnipro kills four",
    ["A Russian missile attack on the central Ukrainian city of Dnipro killed four people and wounded about two dozen on Wednesday morning, local authorities said.",
     "Windows were blown out across several streets."],
    "strikes", "strikes", 3, "dnipro-strike-2025-11-26", a="Luka Brennan", cat="Europe"),
  OFF("2025-11-26 06:40", "Fire warnings issued across Western Australia",
    ["Emergency services in Western Australia issued fire warnings for several districts as temperatures climbed above 40 degrees."],
    "western-australia-fire-warnings", n="weather.", cat="Asia-Pacific"),
  OFF("2025-11-26 01:20", "New Zealand's central bank cuts interest rates again",
    ["The Reserve Bank of New Zealand lowered its official cash rate by a quarter of a point, citing weak growth."],
    "rbnz-rate-cut", a="Asha Perera", n="economy elsewhere.", cat="Business"),
  ]))

SEEDS.append(dict(id="3432", name="3432_nateby-textlive", ext="txt", source="Nateby Live", zone="UTC", render=r_nateby,
  title="Ukraine war: Wednesday's updates", lede="Updates appear in the order they are published. Times are GMT.",
  dayhead="Wednesday, November 26, 2025", day="day2",
  fmt="text live blog, oldest first, date header, 'HHMM GMT' stamp line, '(Name)' credit line", invented=True,
  notes="Invented outlet. Text live blog, OLDEST FIRST, one date header; stamps 'HHMM GMT' on their own line before the headline; reporter credit '(NAME)' after the body. Entry 05 repeats entry 02 nearly verbatim (duplicate_of 3432-02). Entry 03 continues day 1's Kyiv strike (eighth victim) under the day-1 slug. Entry 06 is an explainer (theme, own story). " + D2,
  not_entries=["outlet name and menu", "title and order/time note", "date header", "'(NAME)' credit lines (author)", "'Sponsored' and podcast promo", "'Load more updates', footer"],
  entries=[
  E("2025-11-26 06:50", "Drones hit Kharkiv's Kyivskyi district, three hurt",
    ["Three people were hurt when Russian attack drones struck private homes in Kharkiv's Kyivskyi district early on Wednesday, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2025-11-26", a="Daria Shevchuk"),
  E("2025-11-26 08:55", "Russian missile strikes Dnipro, several killed",
    ["A Russian missile struck Dnipro on Wednesday morning, killing at least three people and damaging an industrial site and apartment buildings nearby, the regional administration said.",
     "Rescue teams are searching the rubble."],
    "strikes", "strikes", 3, "dnipro-strike-2025-11-26", a="Daria Shevchuk"),
  E("2025-11-26 10:30", "Kyiv mourns as toll from Tuesday's attack rises to eight",
    ["Flags flew at half mast in Kyiv on a day of mourning after a woman injured in Tuesday's Russian attack died in hospital, bringing the toll to eight.",
     "Funerals for several of the victims are due on Thursday."],
    "strikes", "strikes", 2, "kyiv-strike-2025-11-25", a="Daria Shevchuk",
    n="Continuation of day 1's story with a new development (eighth death); keeps the day-1 slug; only one day-2 seed carries it -> 2."),
  E("2025-11-26 12:40", "Germany pledges more IRIS-T missiles",
    ["German Defence Minister Boris Pistorius said Berlin would send additional IRIS-T air-defence missiles to Ukraine before the end of the year.",
     "He did not give a number, citing security reasons."],
    "aid", "aid", 2, "germany-iris-t-pledge-2025-11-26", a="Simon Kerr",
    n="Must-not-merge with Norway's gas funding (3430-06)."),
  E("2025-11-26 14:09", "Dnipro strike: several killed, officials say",
    ["A Russian missile struck Dnipro on Wednesday morning, killing at least three people and damaging an industrial site and apartment blocks nearby, the regional administration said.",
     "Rescue teams are searching the rubble."],
    "strikes", "strikes", 1, "dnipro-strike-2025-11-26", a="Daria Shevchuk", dup="3432-02",
    n="Near-verbatim repeat of 3432-02 -> importance 1."),
  E("2025-11-26 17:30", "Explainer: What is in the revised peace framework?",
    ["The framework discussed by American, Ukrainian and Russian officials this week is shorter than the original 28-point draft and leaves the hardest questions to leaders.",
     "It covers a ceasefire line, security guarantees, sanctions relief and the fate of frozen Russian assets."],
    "diplomacy", "diplomacy", 2, "explainer-revised-peace-framework", a="Simon Kerr",
    n="Theme/explainer piece with body: own story, importance 2."),
  E("2025-11-26 20:15", "Kallas: Europe must have a seat at the table",
    ["The European Union's foreign policy chief Kaja Kallas said no deal on Ukraine could work without the agreement of Ukrainians and Europeans.",
     "She said sanctions on Russia would stay until the war ends."],
    "diplomacy", "diplomacy", 2, "kallas-europe-seat-2025-11-26", a="Simon Kerr",
    n="Separate statement; must-not-merge with Rutte (3430-01)."),
  ]))

SEEDS.append(dict(id="3433", name="3433_rosthwaite-article", ext="txt", source="Rosthwaite Journal", zone="Europe/London", render=r_text_sections, day="day2",
  title="Dnipro digs through rubble after deadly missile strike",
  head=["ROSTHWAITE JOURNAL", "World | Europe | Ukraine", "", "Dnipro digs through rubble after deadly missile strike", "",
        "A missile attack on an industrial district killed six people, officials said.", "", "By Gwen Harrow",
        "Wednesday 26 November 2025, 18:45 GMT", "", "Share   Save   Print", ""],
  foot=["", "More on Ukraine", "Winter heating: how cities prepare for outages", "", "Rosthwaite Journal | Terms | Cookies | Contact"],
  fmt="text article with three section headings, dateline '18:45 GMT'", invented=True,
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = article dateline 26 November 2025 18:45 GMT; page byline as author. Sections 01-02 are the Dnipro strike; section 03 is the regional governor's appeal for air defence (own story). " + D2,
  not_entries=["masthead and section path", "title, standfirst, byline, dateline", "share line", "'More on Ukraine' with a headline", "footer"],
  entries=[
  E("2025-11-26 18:45", "A morning strike",
    ["The missile hit shortly after 10am local time, striking a warehouse and a row of houses next to it.",
     "By the evening six people were confirmed dead and more than 30 were in hospital, according to the regional administration."],
    "strikes", "strikes", 3, "dnipro-strike-2025-11-26", a="Gwen Harrow"),
  E("2025-11-26 18:45", "Rescuers still at work",
    ["Emergency crews used cranes to lift concrete slabs throughout the afternoon as relatives waited behind police tape.",
     "One woman was pulled alive from the ruins of her home."],
    "strikes", "strikes", 3, "dnipro-strike-2025-11-26", a="Gwen Harrow"),
  E("2025-11-26 18:45", "Regional chief asks for more air defence",
    ["The head of the Dnipropetrovsk regional administration said the city needed more air-defence systems to stop ballistic missiles.",
     "He called on Ukraine's partners to deliver promised Patriot batteries quickly."],
    "aid", "aid", 2, "dnipro-governor-air-defence-appeal-2025-11-26", a="Gwen Harrow",
    n="Appeal for air defence; own story (separate from the strike itself)."),
  ]))


# =============================================================== DATA: Part B, day 3 (2025-07-29)
D3 = "Day 3 (2025-07-29 UTC): main story zaporizhzhia-prison-strike-2025-07-29 told by 3440, 3441, 3442, 3443 (toll 16 -> 17; spelled Bilenkivska colony / Bilenke). Also multi-seed: trump-ten-day-deadline-2025-07-29 (3440, 3441, 3442), kamianske-hospital-strike-2025-07-29 (3441, 3442). Must-not-merge: prison strike vs Kamianske hospital strike; Denmark's artillery financing vs Canada's armoured vehicles; Sybiha's sanctions call vs Shmyhal's budget appeal vs Trump's deadline."

SEEDS.append(dict(id="3440", name="3440_osmotherley-worldrss", ext="xml", source="Osmotherley World", zone="UTC", render=r_rss_gmt,
  title="Osmotherley World - Latest", link="https://osmotherleyworld.example/latest", desc="Latest world headlines", day="day3",
  pubfmt="%a, %d %b %Y %H:%M:%S +0000",
  fmt="RSS 2.0, '+0000' pubDate, general world feed (4 of 7 off-beat)", invented=True,
  notes="Invented outlet. General world RSS feed, newest first, pubDate with +0000. Three of seven items concern the war (two on the prison strike, one on Trump's deadline); four are off-beat (Turkish wildfires, Gaza aid, European shares, Balkan heat). Gaza is another war: off-beat. " + D3,
  not_entries=["channel title, link, description, ttl", "category elements"],
  entries=[
  OFF("2025-07-29 21:40", "Wildfires force evacuations on Turkey's Aegean coast",
    ["Firefighters battled several wildfires near the Aegean coast of Turkey, and villages were evacuated as strong winds spread the flames."],
    "turkey-wildfires", n="weather/disaster elsewhere."),
  E("2025-07-29 18:55", "Death toll from Ukraine prison strike rises to 17",
    ["Seventeen inmates were killed and more than 80 people injured when Russian guided bombs hit a prison in Ukraine's Zaporizhzhia region, officials said.",
     "Ukraine's justice ministry said the attack was deliberate."],
    "strikes", "strikes", 3, "zaporizhzhia-prison-strike-2025-07-29", a="Noor Haddad", cat="Europe"),
  OFF("2025-07-29 16:20", "More aid trucks enter Gaza as hunger warnings grow",
    ["Dozens of aid trucks entered Gaza, UN agencies said, while warning that the amount of food arriving was far below what was needed."],
    "gaza-aid-trucks", a="Noor Haddad", n="another war (Gaza).", cat="Middle East"),
  E("2025-07-29 13:10", "Trump sets ten-day deadline for Russia to end war",
    ["US President Donald Trump said Russia had ten days from Tuesday to agree to end the war in Ukraine or face tariffs and other penalties.",
     "He had earlier given Moscow 50 days."],
    "diplomacy", "diplomacy", 3, "trump-ten-day-deadline-2025-07-29", a="Conor Wilde", cat="US"),
  OFF("2025-07-29 10:45", "European shares rise after EU-US trade deal",
    ["European stock markets opened higher as investors welcomed the outline trade agreement between the European Union and the United States."],
    "european-shares-trade-deal", a="Conor Wilde", n="markets.", cat="Business"),
  E("2025-07-29 07:30", "Sixteen killed as bombs hit prison in southern Ukraine",
    ["A Russian air strike on a correctional colony in the Zaporizhzhia region killed 16 prisoners overnight, the regional governor said.",
     "Dozens of inmates were wounded."],
    "strikes", "strikes", 3, "zaporizhzhia-prison-strike-2025-07-29", a="Noor Haddad", cat="Europe"),
  OFF("2025-07-29 05:15", "Heat warnings across the Balkans",
    ["Weather services in Serbia, Bosnia and North Macedonia issued red warnings as temperatures were expected to exceed 40 degrees."],
    "balkan-heat-warnings", n="weather."),
  ]))

SEEDS.append(dict(id="3441", name="3441_nunnington-textlive", ext="txt", source="Nunnington Post", zone="Europe/Kyiv", render=r_nunnington,
  title="Russia-Ukraine war live: 16 killed in strike on prison", dateline="Tuesday 29 July 2025", day="day3",
  lede="Good morning. We are following the aftermath of an overnight strike on a prison in southern Ukraine.",
  fmt="text live blog, oldest first, '2.35pm – Headline' on one line (Kyiv time), Key Points with '*' bullets, 'By NAME' after body", invented=True,
  notes="Invented outlet. Text live blog, OLDEST FIRST; each post starts with a line 'H.MMam – Headline' (Kyiv time, EEST = UTC+3, stated under the date line), then body and 'By NAME'. Key Points ('*' bullets) list entries 01 and 03. Entry 08 repeats entry 03 nearly verbatim (duplicate_of 3441-03). Entry 06 is an explainer (theme, own story). " + D3,
  not_entries=["outlet name and menu", "title, date line, time-zone line", "'Key Points' heading and its two lines", "intro 'Good morning' paragraph", "'By NAME' lines (author)", "'Advertisement' and 'Read more' link", "'Back to top', footer"],
  entries=[
  E("2025-07-29 09:20", "Glide bombs hit prison in Zaporizhzhia region, 16 killed",
    ["Russian aircraft dropped four guided bombs on the Bilenkivska correctional colony overnight, killing 16 inmates and wounding more than 35, the regional governor said.",
     "The blasts destroyed the dining hall and damaged the administrative building."],
    "strikes", "strikes", 3, "zaporizhzhia-prison-strike-2025-07-29", a="Yana Koval", kp=True),
  E("2025-07-29 11:05", "Missile strike on Kamianske hospital kills three",
    ["A Russian missile hit a hospital in Kamianske in the Dnipropetrovsk region, killing three people and injuring at least eight, local officials said.",
     "Patients were moved to other hospitals in the city."],
    "strikes", "strikes", 3, "kamianske-hospital-strike-2025-07-29", a="Yana Koval",
    n="Separate attack on another city; must-not-merge with the prison strike."),
  E("2025-07-29 16:00", "Trump: Russia has ten days",
    ["Speaking on Air Force One, US President Donald Trump said he was cutting his deadline for Russia and that Moscow had ten days to move towards peace.",
     "He said he was disappointed in Vladimir Putin."],
    "diplomacy", "diplomacy", 3, "trump-ten-day-deadline-2025-07-29", a="Tom Gillard", kp=True),
  E("2025-07-29 16:45", "Denmark finances more Ukrainian-made howitzers",
    ["Denmark will pay for another batch of Bohdana self-propelled howitzers built in Ukraine, the Danish defence ministry said.",
     "The funding comes from the windfall profits on frozen Russian assets."],
    "aid", "aid", 2, "denmark-bohdana-financing-2025-07-29", a="Tom Gillard",
    n="Must-not-merge with Canada's armoured vehicles (3442-04)."),
  E("2025-07-29 17:20", "Shmyhal: defence budget needs extra money this year",
    ["Defence Minister Denys Shmyhal said Ukraine's defence budget would need several hundred billion hryvnias more this year to pay soldiers and buy drones.",
     "He asked international partners to help close the gap."],
    "aid", "aid", 2, "shmyhal-defence-budget-appeal-2025-07-29", a="Yana Koval",
    n="Appeal for financing by the defence minister; separate statement (must-not-merge with Sybiha 3442-02)."),
  E("2025-07-29 18:05", "Explainer: What secondary tariffs on Russian oil buyers would mean",
    ["Secondary tariffs would punish countries that keep buying Russian oil rather than Russia itself, by taxing their exports to the United States.",
     "China, India and Turkey are the largest buyers and would be the most exposed."],
    "diplomacy", "diplomacy", 2, "explainer-secondary-tariffs",
    a="Tom Gillard", n="Theme/explainer piece with body: own story, importance 2."),
  E("2025-07-29 19:50", "Prison strike toll rises to 17, more than 80 injured",
    ["The number of people killed in the bombing of the prison rose to 17, and more than 80 were injured, Ukraine's justice ministry said.",
     "Kyiv called on the Red Cross to visit the site."],
    "strikes", "strikes", 3, "zaporizhzhia-prison-strike-2025-07-29", a="Yana Koval"),
  E("2025-07-29 21:30", "Trump: Russia has ten days, says US president",
    ["Speaking on Air Force One, US President Donald Trump said he was cutting his deadline for Russia and that Moscow had ten days to move toward peace.",
     "He said he was disappointed in Vladimir Putin."],
    "diplomacy", "diplomacy", 1, "trump-ten-day-deadline-2025-07-29", a="Tom Gillard", dup="3441-03",
    n="Near-verbatim repeat of 3441-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="3442", name="3442_pendeen-htmllive", ext="html", source="Pendeen Daily", zone="Europe/Berlin", render=r_pendeen,
  title="Ukraine war live: Bombs hit Bilenke prison, Trump shortens deadline", url="https://pendeendaily.example/live/ukraine-2025-07-29",
  lede="Our European desk follows the war in Ukraine.", dateline="Tuesday, 29 July 2025", day="day3",
  fmt="HTML live blog, newest first, '14:38 CEST' in <time>, byline span before headline, @graph JSON-LD with @type array and &#039;", invented=True,
  notes="Invented outlet. HTML live blog, newest first; each entry has <time datetime> with visible 'HH:MM CEST' (UTC+2) and an optional byline span before the headline. JSON-LD is an @graph whose live node has @type ['NewsArticle','LiveBlogPosting']. Entry 03 is a video teaser without body. Entry 01 (Peskov) and entry 06 (ombudsman) are reactions about the events themselves: same stories. Spelling 'Bilenke'/'Bilenkivska colony'. " + D3,
  not_entries=["masthead/navigation", "title, intro, date line", "podcast promo aside", "footer"],
  entries=[
  E("2025-07-29 22:15", "Peskov: Moscow has 'taken note' of Trump's deadline",
    ["Kremlin spokesman Dmitry Peskov said Russia had taken note of the US president's statement and would continue its military operation.",
     "He said Moscow remained interested in a settlement on its own terms."],
    "diplomacy", "diplomacy", 3, "trump-ten-day-deadline-2025-07-29", a="Lena Hartwig",
    n="Reaction about the deadline itself -> same story."),
  E("2025-07-29 19:40", "Sybiha urges sanctions on more shadow-fleet tankers",
    ["Ukrainian Foreign Minister Andrii Sybiha asked EU partners to blacklist more tankers carrying Russian oil and to lower the oil price cap further."],
    "diplomacy", "diplomacy", 2, "sybiha-shadow-fleet-sanctions-2025-07-29", a="Lena Hartwig"),
  E("2025-07-29 17:05", "Video: Aftermath at the Bilenkivska colony", [],
    "strikes", "strikes", 1, "zaporizhzhia-prison-strike-2025-07-29", n="Video teaser without body -> importance 1."),
  E("2025-07-29 14:30", "Canada sends armoured vehicles to Ukraine",
    ["Canada said it was sending a further batch of armoured personnel carriers to Ukraine as part of a package announced earlier this year."],
    "aid", "aid", 2, "canada-armoured-vehicles-2025-07-29", a="Rafael Gomez",
    n="Must-not-merge with Denmark's howitzer financing (3441-04)."),
  E("2025-07-29 12:10", "Hospital in Kamianske hit, three dead",
    ["Three people died when a Russian missile struck a hospital in the industrial city of Kamianske, Ukraine's interior minister said.",
     "Several floors of the building were destroyed."],
    "strikes", "strikes", 3, "kamianske-hospital-strike-2025-07-29", a="Rafael Gomez"),
  E("2025-07-29 10:25", "Ombudsman: strike on Bilenke prison is a war crime",
    ["Ukraine's human rights commissioner Dmytro Lubinets said the bombing of the prison near Bilenke violated the Geneva Conventions and asked international monitors to document it."],
    "strikes", "strikes", 3, "zaporizhzhia-prison-strike-2025-07-29", a="Lena Hartwig",
    n="Official reaction whose main content is the attack itself -> strikes, same story."),
  E("2025-07-29 08:45", "Russian bombs kill inmates at prison near Zaporizhzhia",
    ["At least 16 prisoners were killed when Russian guided bombs struck a correctional facility in the village of Bilenke, Ukrainian authorities said."],
    "strikes", "strikes", 3, "zaporizhzhia-prison-strike-2025-07-29", a="Lena Hartwig"),
  ]))

SEEDS.append(dict(id="3443", name="3443_ruthwell-article", ext="html", source="Ruthwell Review", zone="Europe/Kyiv", render=r_html_sections, day="day3",
  title="After the bombs fell on Bilenkivska", lede="Relatives of inmates wait for news after the deadliest strike on a Ukrainian prison.",
  author="Olena Marsh", datetext="29 July 2025, 19:20 Kyiv time", caption="Rescuers at the damaged prison. Photo: regional administration",
  more="Who is held in Ukraine's prisons near the front", fmt="HTML article with two h2 sections, dateline '19:20 Kyiv time'", invented=True,
  notes="Invented outlet. One article with two h2 sections; one entry per section, stamp null, published = dateline 29 July 2025 19:20 Kyiv time (EEST, UTC+3); page byline as author. Both sections tell the prison strike. " + D3,
  not_entries=["header/navigation", "title, standfirst, byline, dateline", "photo caption", "'Read more' aside", "footer"],
  entries=[
  E("2025-07-29 19:20", "Four bombs in ten minutes",
    ["Witnesses said four guided bombs hit the colony within about ten minutes, shortly after midnight.",
     "Seventeen inmates died and more than 80 people were injured, according to the justice ministry."],
    "strikes", "strikes", 3, "zaporizhzhia-prison-strike-2025-07-29", a="Olena Marsh"),
  E("2025-07-29 19:20", "Families wait for names",
    ["Outside the regional hospital, relatives of prisoners waited for lists of the dead and wounded.",
     "Officials said some bodies had not yet been identified."],
    "strikes", "strikes", 3, "zaporizhzhia-prison-strike-2025-07-29", a="Olena Marsh"),
  ]))


# =============================================================== emit
DAYSETS = {"day1": ["3420", "3421", "3422", "3423"], "day2": ["3430", "3431", "3432", "3433"], "day3": ["3440", "3441", "3442", "3443"]}
BASIS = {
  "r_k24": "card stamp '{s}' (dd-mm-yyyy HH:MM); Erbil time implied by the outlet, AST = UTC+3",
  "r_egind": "stamp '{s}' (full date, 12 h); Cairo time implied by the outlet, EET = UTC+2 in February",
  "r_eastafrican": "pubDate '{s}' (explicit +0300)",
  "r_iol": "stamp '{s}' resolved against the printed 'Last updated: 13 May 2025 | 21:40'; SAST (UTC+2) implied by the outlet",
  "r_ie": "stamp '{s}' (date and time, IST = UTC+5:30); JSON-LD datePublished agrees",
  "r_thaipbs": "no per-item time; the article dateline 'Tuesday, 22 July 2025 | 14:35' (Bangkok, UTC+7) used for every bullet",
  "r_kbs": "stamp '{s}' (date and time); Korean time implied by the outlet, KST = UTC+9",
  "r_taiwan": "dc:date '{s}' (explicit +08:00)",
  "r_luxtimes": "stamp '{s}' (date and time); Luxembourg time implied by the outlet, CET = UTC+1; JSON-LD agrees",
  "r_iceland": "bare time '{s}' under the date line 'Tuesday, 18 November' (no year: --date 2025-11-18); Iceland = UTC",
  "r_ravenglass": "stamp '{s}' on the page's date {d} (date line); GMT = UTC",
  "r_polzeath": "stamp '{s}' under the date header {d}; Kyiv time (page note UTC+2); JSON-LD agrees",
  "r_rss_gmt": "pubDate '{s}' (UTC)",
  "r_html_sections": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_quendon": "stamp '{s}' on the page's date {d} (date line); GMT",
  "r_atom_world": "<published> '{s}' (Z = UTC)",
  "r_nateby": "stamp '{s}' under the date header {d}; GMT = UTC",
  "r_text_sections": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_nunnington": "stamp '{s}' on the page's date {d}; Kyiv EEST = UTC+3 (page note)",
  "r_pendeen": "stamp '{s}' with <time datetime> (+02:00) on {d}",
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
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                 "notes": e["n"]}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"], "format": S["fmt"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

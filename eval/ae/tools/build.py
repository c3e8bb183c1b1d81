#!/usr/bin/env python3
"""Builds eval/ae seeds and gold files from the hand-written table below (one table renders both).
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/ae/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **extra)


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def ldesc(s):
    """WordPress-style JSON-LD strings: curly quotes and ampersands as numeric/named entities."""
    return s.replace("&", "&amp;").replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u201c", "&#8220;").replace("\u201d", "&#8221;")


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def h12(d, fmt):
    hh = d.hour % 12 or 12
    if fmt == "a.m.":
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if fmt == "PM1":
        return f"{hh}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    if fmt == "dotpm":
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if fmt == "PM0":
        return f"{hh:02d}:{d.minute:02d}{'AM' if d.hour < 12 else 'PM'}"
    raise ValueError(fmt)


def P(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def longdate(d):
    return f"{d.strftime('%A')}, {d.day} {MONTHS[d.month-1]} {d.year}"

# =============================================================== renderers (each returns text, stamps)

def r_tolo(S):  # TOLOnews World page scrape: OLDEST first, time line AFTER headline ("9:50 PM"), date line without year, crosses midnight
    z = S["zone"]
    L = ["TOLOnews", "Home | Afghanistan | World | Business | Sport | Health | Opinion | Videos | TOLOnews TV Live", "Search...", "",
         "Language: English | دری | پښتو", "", "World", S["title"], "", S["dateline"], "",
         "This page is updated through the day. Latest stories at the bottom.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "PM1"); stamps.append(st)
        L += [e["h"], st, f"By {e['a']}" if e["a"] else "", ""] + P(e["p"]) + ["Share: Facebook | X | WhatsApp | Telegram", ""]
        if i == 2:
            L += ["Read more: TOLOnews World coverage", ""]
    L += ["Most Viewed", "Afghanistan’s economy in focus at regional forum", "", "About Us | Contact | Advertise | Privacy Policy", "© TOLOnews, Moby Group"]
    return "\n".join(L) + "\n", stamps


def r_presstv(S):  # Press TV section listing (HTML): "Sat Nov 2, 2024 08:35PM" date divs, some "[Updated: ...]" spans, newest first
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.presstv.ir/"},
        {"@type": "ListItem", "position": 2, "name": "Europe", "item": "https://www.presstv.ir/Section/Europe"}]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Press TV</title>",
           '<script type="application/ld+json">' + json.dumps(ld) + "</script></head><body>",
           '<header><div class="logo">Press TV</div><nav><a href="/">Home</a> <a href="/Section/Iran">Iran</a> <a href="/Section/WestAsia">West Asia</a> <a href="/Section/Europe">Europe</a> <a href="/Section/Americas">Americas</a> <a href="/Section/Video">Video</a> <a href="/Live">Live</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.strftime('%a %b')} {d.day}, {d.year} {h12(d, 'PM0')}"; stamps.append(st)
        upd = ""
        if e.get("upd"):
            u = dt(e["upd"], z); upd = f' <span class="updated">[Updated: {u.strftime("%a %b")} {u.day}, {u.year} {h12(u, "PM0")}]</span>'
        out.append(f'<div class="news-item"><h2><a href="/Detail/2024/{d.month:02d}/{d.day:02d}/{700000 + i}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="date"><span class="pub">{st}</span>{upd}</div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share">Share: <a>Facebook</a> <a>X</a> <a>Telegram</a></div></div>')
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/Detail/2024/10/30/1">Moscow hosts BRICS follow-up talks</a></aside>')
    out += ["</main>", '<footer><p>Press TV &copy; 2024 - All rights reserved</p><a href="/About">About us</a> <a href="/Contact">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_turkishminute(S):  # WordPress RSS 2.0: pubDate +0000, dc:creator, excerpt in description, full text in content:encoded
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           "<channel>", "<title>Turkish Minute</title>", '<atom:link href="https://www.turkishminute.com/feed/" rel="self" type="application/rss+xml" />',
           "<link>https://www.turkishminute.com</link>", "<description>News and analysis on Turkey</description>",
           f"<lastBuildDate>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>",
           "<language>en-US</language>", "<sy:updatePeriod>hourly</sy:updatePeriod>", "<sy:updateFrequency>1</sy:updateFrequency>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://www.turkishminute.com/2024/05/04/{slug(e['h'])}/"
        post = f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.turkishminute.com">Turkish Minute</a>.</p>'
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[{e.get('cat', 'Turkey')}]]></category>", f'<guid isPermaLink="false">https://www.turkishminute.com/?p={81200 + i * 7}</guid>',
                f"<description><![CDATA[<p>{esc(e['p'][0])} [&#8230;]</p>\n{post}]]></description>",
                "<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "\n" + post + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_dailymirror(S):  # Daily Mirror (Sri Lanka) International page scrape: relative stamps + printed "Page last updated" time
    z = S["zone"]; ref = dt(S["updated"], z)
    L = ["Daily Mirror", "Sri Lanka Latest Breaking News and Headlines", "", "Home | News | Business | Sports | Life | Opinion | International | Videos | E-Paper", "",
         "This website uses cookies to ensure you get the best experience. Accept", "",
         f"Page last updated: {ref.day:02d} {MONTHS[ref.month-1]} {ref.year} {ref.strftime('%H:%M')}", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins} mins ago" if mins < 60 else (f"{mins // 60} hours ago" if mins // 60 > 1 else "1 hour ago")
        assert mins < 60 or mins % 60 == 0
        stamps.append(st)
        L += [e["h"], st, ""]
        if e["a"]:
            L += [f"By {e['a']}", ""]
        L += P(e["p"]) + ["Comments - 0 | Print | Share", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Most Read", "Fuel prices revised from midnight", "", "Copyright © 2024 Wijeya Newspapers Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_nepali(S):  # Nepali Times HTML: "key events" bullets under group headings; NewsArticle JSON-LD; one dateline; bullets have no headline
    z = S["zone"]; d = dt(S["dateline"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "dateModified": d.isoformat(), "author": {"@type": "Organization", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Nepali Times"}, "mainEntityOfPage": "https://nepalitimes.com/news/russia-ukraine-war-key-events"}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Nepali Times</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="site-header"><a class="logo" href="/">Nepali Times</a><nav><a href="/news">News</a> <a href="/here-now">Here Now</a> <a href="/editorial">Editorial</a> <a href="/multimedia">Multimedia</a> <a href="/nation">Nation</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<article><h1>{esc(S["title"])}</h1>', f'<div class="meta"><span class="author">{esc(S["byline"])}</span> <span class="date">{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime("%H:%M")}</span></div>',
           f'<p class="lede">{esc(S["lede"])}</p>']
    stamps = []; group = None
    for e in S["entries"]:
        stamps.append(None)
        if e["grp"] != group:
            if group is not None:
                out.append("</ul>")
            group = e["grp"]; out += [f"<h3>{esc(group)}</h3>", "<ul>"]
        out.append("<li>" + " ".join(esc(p) for p in e["p"]) + "</li>")
    out += ["</ul>", '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>Email</a></div>', "</article>",
            '<aside class="newsletter"><h4>Subscribe to our newsletter</h4><p>The week in Nepal, every Friday.</p></aside>',
            '<aside class="related"><h4>Related</h4><a href="/news/remittance">Remittance inflow rises again</a></aside>',
            "<footer>&copy; Himalmedia Pvt Ltd | Patan Dhoka, Lalitpur</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_kuensel(S):  # Kuensel tag page scrape: byline glued to "1 December 2024 09:40", newest first, "Read More"
    z = S["zone"]
    L = ["Kuensel Online", "Bhutan’s National Newspaper", "", "Home  News  Editorial  Opinion  Features  Business  Sports  Archive  E-Paper", "",
         "Subscribe | Login", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a'] or ''}{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        L += [e["h"], st, ""] + P(e["p"]) + ["Read More", ""]
    L += ["Older Posts", "", "Kuensel Corporation Ltd. © 2024 | Thimphu, Bhutan", "We use cookies on this site. OK"]
    return "\n".join(L) + "\n", stamps


def r_namibian(S):  # The Namibian HTML timeline: date line above, "2.35pm" stamps, one page byline, LiveBlogPosting JSON-LD with entities
    z = S["zone"]; day = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": ldesc(e["h"]), "datePublished": dt(e["t"], z).isoformat(), "articleBody": ldesc(" ".join(e["p"]))} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": ldesc(S["title"]),
          "datePublished": dt(S["entries"][-1]["t"], z).isoformat(), "dateModified": dt(S["entries"][0]["t"], z).isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "The Namibian"}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} &#8211; The Namibian</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><div class="brand">The Namibian</div><nav><a>News</a> <a>Politics</a> <a>Business</a> <a>Sport</a> <a>World</a> <a>Opinion</a> <a>e-Edition</a></nav><a class="subscribe">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="byline">Compiled by {esc(S["byline"])}</p>',
           '<div class="share-top">Share <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>', f'<p class="dateline">{longdate(day)}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "dotpm"); stamps.append(st)
        out.append(f'<div class="timeline-post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ["</div>"]
        if i == 2:
            out.append('<div class="newsletter-box"><strong>Get The Namibian in your inbox</strong> <input placeholder="Email"> <button>Sign up</button></div>')
    out += ["</main>", '<aside><h4>Most read</h4><a>Rundu water supply restored</a></aside>', "<footer>&copy; 2024 The Namibian. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_lusaka(S):  # Lusaka Times RSS 1.0 (RDF): dc:date with +02:00, dc:creator, content:encoded
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           '<channel rdf:about="https://www.lusakatimes.com/feed/rdf/">', "<title>Lusaka Times</title>", "<link>https://www.lusakatimes.com</link>",
           "<description>Zambia’s leading online news site</description>", "<items><rdf:Seq>"]
    links = [f"https://www.lusakatimes.com/2024/07/12/{slug(e['h'])}/" for e in S["entries"]]
    out += [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>", f"<dc:date>{st}</dc:date>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<description>{esc(e['p'][0])}</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_herald(S):  # The Herald (Zimbabwe) article scrape: printed the NEXT day, wire timeline "1409 GMT" under a date line
    z = S["zone"]
    L = ["The Herald", "Zimbabwe’s largest daily newspaper", "", "Home | News | Business | Sport | Opinion | World | Entertainment | Health | ePaper", "",
         "Home » World", "", S["title"], "", S["printed"], S["byline"], "", "Share on: Facebook | Twitter | WhatsApp", "",
         S["lede"], "", S["dayline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [st, e["h"], ""] + P(e["p"])
        if i == 2:
            L += ["Read more: Grain corridor under pressure as attacks on ports rise", ""]
    L += ["Tags: Russia, Ukraine, World", "", "Leave a Comment", "You must be logged in to post a comment.", "",
          "Zimpapers © 2024 | Privacy | Terms"]
    return "\n".join(L) + "\n", stamps


def r_newtimes(S):  # The New Times (Rwanda) tag listing HTML: day headers, time line BEFORE headline ("8:35 p.m."), per-card author; CollectionPage JSON-LD
    z = S["zone"]
    parts = [{"@type": "NewsArticle", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
              "author": {"@type": "Person", "name": e["a"]} if e["a"] else None} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "hasPart": parts}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The New Times</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="logo" href="/">The New Times</a><nav><a>News</a> <a>Business</a> <a>Sports</a> <a>Opinions</a> <a>Lifestyle</a> <a>World</a></nav><div class="cookie">We use cookies to improve your experience. <button>Accept</button></div></header>',
           f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []; day = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "a.m."); stamps.append(st)
        if d.date() != day:
            day = d.date(); out.append(f'<h4 class="day-header">{d.strftime("%A")}, {MONTHS[d.month-1]} {d.day}, {d.year}</h4>')
        out.append(f'<div class="card"><div class="time">{st}</div><h2><a href="/news/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        if e["a"]:
            out.append(f'<p class="author">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ["</div>"]
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<div class="pager"><a>Load more</a></div>', "</main>", '<footer>&copy; 2024 The New Times Publications. <a>Terms</a> <a>Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps

# ---------------------------------------------------------------- Part B renderers (invented outlets)

def r_whernside(S):  # text live, newest first, "19:40 GMT" stamp line, headline, "By X", Key Points
    z = S["zone"]
    L = ["WHERNSIDE DAILY", "News | World | Politics | Business | Sport | Weather", "", S["title"], "", S["dateline"], "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Newest updates first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " GMT"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + P(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load earlier updates", "", "© Whernside Daily. Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_ldlive_oldest(S):  # HTML live, OLDEST first, LiveBlogPosting JSON-LD per-update times, byline before headline, <time datetime>
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"],
          "datePublished": dt(S["entries"][0]["t"], z).isoformat(), "dateModified": dt(S["entries"][-1]["t"], z).isoformat(),
          "coverageStartTime": dt(S["entries"][0]["t"], z).isoformat(), "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<nav class="top">{S["source"]} · <a>Home</a> <a>Europe</a> <a>Ukraine</a> <a>Podcasts</a></nav>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="pagedate">{longdate(dt(S["entries"][0]["t"], z))}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="post" id="p{i+1}"><div class="meta">' + (f'<span class="by">{esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<time datetime="{d.isoformat()}">{st}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ['<div class="share"><a>Copy link</a> <a>Share</a></div></article>']
        if i == 3:
            out.append('<aside class="promo">Sign up for our Ukraine briefing newsletter</aside>')
    out += ["</main>", f"<footer>{S['source']} | About | Privacy | Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_gmt(S):  # general world RSS 2.0, "GMT" pubDate, CDATA paragraphs, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", "<description>Top stories from around the world</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f"<guid isPermaLink=\"false\">{S['fid']}-{i+1}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_htmlarticle(S):  # HTML article with h2 sections; NewsArticle JSON-LD; one dateline "26 March 2024, 18:20 GMT"; page byline
    z = S["zone"]; d = dt(S["dateline"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header>{S["source"]} <nav><a>News</a> <a>World</a> <a>Analysis</a></nav></header>', f'<article><h1>{esc(S["title"])}</h1>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{d.day} {MONTHS[d.month-1]} {d.year}, {d.strftime("%H:%M")} {S["tzlabel"]}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ["</article>", '<aside>More on this story: <a>Ukraine’s ports under fire</a></aside>', f"<footer>© {S['source']} 2024</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom_xhtml(S):  # general world Atom, Z times, inline xhtml content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}"/>', f"<id>tag:{S['fid']},2024:{i+1}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_dunstan(S):  # text live, newest first, "23:10 EET" stamp line, headline, body, "Posted by X" AFTER body
    z = S["zone"]
    L = ["Dunstanburgh Times", "Home > World > Europe", "", S["title"], S["dateline"], "All times are Kyiv time (EET)", "",
         "Cookies help us deliver our services. Manage preferences", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " EET"; stamps.append(st)
        L += [st, e["h"], ""] + P(e["p"]) + ([f"Posted by {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["READ MORE: How the war reached Ukraine’s industrial heartland", ""]
    L += ["End of today’s updates. Follow tomorrow’s live page.", "Dunstanburgh Times © 2024"]
    return "\n".join(L) + "\n", stamps


def r_brancaster(S):  # HTML live without JSON-LD, OLDEST first, "Updated 07:30 GMT" above h2, byline under h2
    z = S["zone"]
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">", f"<title>{esc(S['title'])}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<nav>{S["source"]} | <a>Live</a> | <a>World</a> | <a>Money</a> | <a>Sport</a></nav>',
           f'<div class="hero"><span class="live">LIVE</span><h1>{esc(S["title"])}</h1><p class="dl">{esc(S["dateline"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " GMT"; stamps.append(st)
        out.append(f'<section class="entry"><p class="ts">Updated {st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ["</section>"]
        if i == 2:
            out.append('<div class="mpu">Advertisement</div>')
    out += ['<div class="nl">Get our daily Ukraine briefing: <input> <button>Subscribe</button></div>', f"<footer>© {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_escaped(S):  # RSS 2.0, +0300 pubDate, entity-escaped HTML in description, <author>
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", "<description>Reports from Ukraine</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<author>news@{S['mail']} ({esc(e['a'])})</author>")
        out.append("<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_youlgreave(S):  # text live, OLDEST first, "4:10 a.m. ET" stamps, one page byline, date line
    z = S["zone"]
    L = ["YOULGREAVE STANDARD", "U.S. | World | Politics | Business | Opinion", "", S["title"], "", S["dateline"], f"Compiled by {S['byline']}", "",
         "Updates below, earliest first.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "a.m.") + " ET"; stamps.append(st)
        L += [st, e["h"], ""] + P(e["p"])
        if i == 4:
            L += ["Related: Ukraine’s long war for air defense", ""]
    L += ["Share this live coverage", "© 2024 Youlgreave Standard"]
    return "\n".join(L) + "\n", stamps


def r_aldbourne(S):  # HTML live, newest first, "21:50 CEST" stamps, LiveBlogPosting JSON-LD with HTML entities in strings
    z = S["zone"]
    ups = [{"@type": "BlogPosting", "headline": ldesc(e["h"]), "datePublished": dt(e["t"], z).isoformat(), "articleBody": ldesc(" ".join(e["p"]))}
           for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": ldesc(S["title"]), "datePublished": dt(S["entries"][-1]["t"], z).isoformat(),
          "dateModified": dt(S["entries"][0]["t"], z).isoformat(), "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} &#8211; {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="masthead">{S["source"]} <nav><a>World</a> <a>Europe</a> <a>Live</a> <a>Newsletter</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " CEST"; stamps.append(st)
        out.append(f'<div class="live-post"><p class="time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]] + ['<p class="share">Share this post</p></div>']
    out += ["</main>", f"<footer>{S['source']} &middot; Impressum &middot; Datenschutz</footer></body></html>"]
    return "\n".join(out) + "\n", stamps

# =============================================================== PART A: single pages (layouts of real outlets; text invented)
SEEDS = []

SEEDS.append(dict(id="3200", name="3200_tolonews-world", ext="txt", source="TOLOnews", zone="Asia/Kabul", render=r_tolo,
  title="Russia-Ukraine War: Latest Updates", dateline="Sunday, 1 September", parse_args=["--date", "2024-09-01"],
  notes="Imitates the layout of a TOLOnews World page scrape. OLDEST FIRST; each story: headline line, then the time on its own line ('9:50 PM'), then 'By NAME', body, share line. The date line 'Sunday, 1 September' has NO YEAR (parse_args --date 2024-09-01). No zone printed: Kabul time (UTC+4:30) implied by the outlet. Crosses local midnight: the last two stories (12:25 AM, 1:50 AM) are Monday 2 September local but still 1 September UTC. Entry 03 is off-beat (Afghan-Russian trade talks).",
  not_entries=["masthead, menu, search and language line", "'World' section label and page title", "date line 'Sunday, 1 September'", "'This page is updated through the day' note", "share lines", "'Read more: TOLOnews World coverage'", "'Most Viewed' block and its link", "footer"],
  entries=[
  E("2024-09-01 07:20", "Russia says air defences downed 15 Ukrainian drones over border regions",
    ["Russia’s defence ministry said its air defence units destroyed 15 Ukrainian drones overnight over the Kursk, Bryansk and Belgorod regions.",
     "Officials in Kursk said a power line was damaged but nobody was hurt."],
    "strikes", "strikes", 2, "russia-downs-drones-border-regions-2024-09-01", a="Zarif Amiri"),
  E("2024-09-01 09:45", "Guided bombs hit Kharkiv apartment blocks, several wounded",
    ["Russian aircraft dropped guided bombs on two districts of Kharkiv on Sunday morning, wounding at least six people, regional governor Oleh Syniehubov said.",
     "A nine-storey building caught fire and residents were evacuated from the upper floors."],
    "strikes", "strikes", 3, "kharkiv-guided-bombs-2024-09-01", a="Zarif Amiri"),
  OFF("2024-09-01 12:10", "Islamic Emirate delegation discusses transit trade with Russian officials",
    ["A delegation of the Islamic Emirate’s commerce ministry met Russian officials in Kabul to discuss transit routes and the supply of fuel and wheat.",
     "Both sides said they hoped to raise trade volumes next year."],
    "afghan-russian-trade-talks-2024-09-01", a="Nadia Rahimi", n="Afghan-Russian trade talks, not about the war."),
  E("2024-09-01 15:30", "Zelensky urges partners to allow long-range strikes deep inside Russia",
    ["President Volodymyr Zelensky said Ukraine’s partners should lift the limits on using the long-range weapons they supply against military targets inside Russia.",
     "He said every airfield that launches bombers at Ukrainian cities should be within reach."],
    "aid", "aid", 2, "zelensky-long-range-permission-appeal-2024-09-01", a="Nadia Rahimi", sec=["diplomacy"]),
  E("2024-09-01 18:05", "Moscow claims capture of another village near Pokrovsk",
    ["Russia’s defence ministry claimed that its troops had taken a village south-east of Pokrovsk in the Donetsk region.",
     "The Ukrainian military did not confirm the claim and said fighting in the area continued."],
    "other", "frontline", 2, "pokrovsk-village-claim-2024-09-01", a="Zarif Amiri"),
  E("2024-09-01 21:40", "Fire at oil depot in Russia’s Tver region after drone attack",
    ["A fire broke out at a fuel depot in Russia’s Tver region after what local officials described as a drone attack.",
     "The regional governor said firefighters had contained the blaze and there were no casualties."],
    "strikes", "strikes", 2, "tver-fuel-depot-drone-2024-09-01", a="Nadia Rahimi"),
  E("2024-09-02 00:25", "Air raid alert in Kyiv as missiles fly towards capital",
    ["Ukraine’s air force warned late on Sunday that Russian missiles were heading towards Kyiv, and explosions were heard in the city.",
     "Residents were told to stay in shelters until the alert ends."],
    "strikes", "strikes", 3, "kyiv-missile-attack-night-2024-09-01", a="Zarif Amiri",
    n="Local date is 2 September (after midnight in Kabul); UTC date is still 1 September."),
  E("2024-09-02 01:50", "Kyiv mayor: missile debris falls in two districts",
    ["Kyiv mayor Vitali Klitschko said debris from downed missiles fell in two districts of the capital, damaging cars and a kindergarten.",
     "He said two people were taken to hospital with light injuries."],
    "strikes", "strikes", 3, "kyiv-missile-attack-night-2024-09-01", a="Zarif Amiri"),
  ]))

SEEDS.append(dict(id="3201", name="3201_presstv-europe", ext="html", source="Press TV", zone="Asia/Tehran", render=r_presstv,
  title="Ukraine conflict",
  notes="Imitates the layout of a Press TV section listing (HTML). Newest first. Each item: h2 headline, a date div 'Sat Nov 2, 2024 08:35PM' (Tehran time UTC+3:30, no zone printed), sometimes followed by a separate '[Updated: ...]' span (not the publication time), paragraphs, share line. The top item is dated Sun Nov 3 local (01:10AM) but is 2 November in UTC. Only a BreadcrumbList JSON-LD. Entry 06 is off-beat.",
  not_entries=["header/nav", "section title", "'[Updated: ...]' spans (update times, not entries)", "share lines", "'Related' aside and its link", "footer"],
  entries=[
  E("2024-11-03 01:10", "Moscow says its forces seized two more villages in Donetsk",
    ["Russia’s defence ministry said its troops had taken control of two villages in the Donetsk region as they push towards the town of Kurakhove.",
     "Kiev has not commented on the claim."],
    "other", "frontline", 2, "donetsk-two-villages-claim-2024-11-02", a=None),
  E("2024-11-02 22:50", "Russian glide bombs strike Kharkiv, wounding a dozen people",
    ["Guided aerial bombs struck a residential area of Kharkiv on Saturday evening, wounding twelve people including a child, the city’s mayor said.",
     "Several houses and a shop were destroyed."],
    "strikes", "strikes", 3, "kharkiv-glide-bombs-2024-11-02", a=None, upd="2024-11-02 23:30"),
  E("2024-11-02 20:35", "Araghchi: Iran has not delivered ballistic missiles to Russia",
    ["Iranian Foreign Minister Abbas Araghchi rejected Western accusations that Tehran had sent ballistic missiles to Russia for use in Ukraine.",
     "He said the claims were being used as a pretext for new sanctions against Iran."],
    "aid", "aid", 2, "araghchi-denies-missiles-to-russia-2024-11-02", a=None, sec=["diplomacy"]),
  E("2024-11-02 18:20", "Pentagon: up to 10,000 North Korean soldiers now in Russia",
    ["The Pentagon said that as many as 10,000 North Korean soldiers had been sent to Russia, most of them to the Kursk border region.",
     "A spokesperson said Washington expected them to join the fighting against Ukrainian forces within weeks."],
    "other", "frontline", 3, "north-korean-troops-kursk-2024-11-02", a=None, sec=["aid"]),
  E("2024-11-02 15:15", "Zelensky: Western reaction to North Korean deployment ‘close to zero’",
    ["Ukrainian President Volodymyr Zelensky complained that Ukraine’s allies had done almost nothing in response to the arrival of North Korean troops in Russia.",
     "He called for strikes on the camps where the soldiers are being trained."],
    "diplomacy", "diplomacy", 2, "zelensky-criticises-allies-north-korea-2024-11-02", a=None,
    n="Separate statement from the Pentagon figure (03): different official, different content."),
  OFF("2024-11-02 11:40", "Tehran hosts regional conference on water security",
    ["Ministers from several West Asian countries met in Tehran to discuss shared rivers and drought.",
     "The host said a joint monitoring centre would be set up next year."],
    "tehran-water-conference-2024-11-02", a=None, n="regional conference, not about the war."),
  E("2024-11-02 07:05", "One killed as Russian drones hit Zaporizhzhia overnight",
    ["A Russian drone attack on Zaporizhzhia overnight killed one man and damaged an industrial site, regional governor Ivan Fedorov said.",
     "Air defence units shot down most of the drones approaching the city."],
    "strikes", "strikes", 2, "zaporizhzhia-drones-2024-11-02", a=None),
  ]))

SEEDS.append(dict(id="3202", name="3202_turkishminute-feed", ext="xml", source="Turkish Minute", zone="Europe/Istanbul", render=r_turkishminute,
  title="Turkish Minute",
  notes="Imitates the WordPress RSS 2.0 feed of Turkish Minute. pubDate in +0000 (UTC); dc:creator in CDATA; description holds a one-paragraph excerpt ending in ' […]' plus the 'The post ... appeared first on Turkish Minute.' line; content:encoded holds the full text and the same line. Two of six items (02, 06) are Turkish domestic news (off-beat).",
  not_entries=["channel title/description/lastBuildDate", "the excerpt in each <description> (duplicate of the first paragraph)", "'The post ... appeared first on Turkish Minute.' lines", "category labels"],
  entries=[
  E("2024-05-04 18:40", "Erdoğan tells Zelensky Turkey is ready to host talks with Russia",
    ["President Recep Tayyip Erdoğan told Ukrainian President Volodymyr Zelensky in a phone call on Saturday that Turkey was ready to host negotiations between Kyiv and Moscow.",
     "According to the Turkish presidency, Erdoğan also raised the safety of merchant shipping in the Black Sea.",
     "Zelensky thanked Ankara for its support and invited Erdoğan to a peace summit planned in Switzerland."],
    "diplomacy", "diplomacy", 3, "erdogan-zelensky-call-2024-05-04", a="Turkish Minute", cat="Diplomacy"),
  OFF("2024-05-04 16:10", "Court keeps Kurdish journalist in pretrial detention",
    ["An İstanbul court ruled that a Kurdish journalist arrested last month will remain in jail pending trial.",
     "Press freedom groups called the decision arbitrary."],
    "kurdish-journalist-detention-2024-05-04", a="Turkish Minute", cat="Human Rights", n="Turkish domestic story."),
  E("2024-05-04 13:25", "Grain ship from Ukraine reaches Bosporus despite drone threat",
    ["A bulk carrier loaded with Ukrainian wheat passed through the Bosporus on Saturday after leaving Chornomorsk earlier in the week.",
     "Shipping agents said insurers were charging more for voyages after recent drone attacks on ports."],
    "other", "humanitarian", 2, "grain-ship-bosporus-2024-05-04", a="Turkish Minute", cat="Economy"),
  E("2024-05-04 11:05", "Turkish sailors hurt as Russian missile hits ship in Odesa port",
    ["Two Turkish crew members were lightly injured when a Russian missile struck a cargo ship docked in Odesa, Ukrainian officials said.",
     "The foreign ministry in Ankara said it was in contact with the sailors’ families."],
    "strikes", "strikes", 3, "odesa-port-ship-missile-2024-05-04", a="Turkish Minute", cat="World"),
  E("2024-05-04 08:30", "US sanctions Turkish firms accused of shipping military-use goods to Russia",
    ["Several companies registered in Turkey are among the firms added to a US sanctions list for helping Russia obtain components used in weapons.",
     "Turkish officials said they would study the list and ask Washington for evidence."],
    "diplomacy", "diplomacy", 2, "us-sanctions-turkish-firms-2024-05-04", a="Turkish Minute", cat="Economy"),
  OFF("2024-05-04 06:15", "İmamoğlu names new team after local election win",
    ["İstanbul Mayor Ekrem İmamoğlu announced new deputies weeks after his party’s strong showing in the local elections.",
     "He said the city would focus on earthquake preparedness."],
    "imamoglu-new-team-2024-05-04", a="Turkish Minute", cat="Politics", n="Turkish local politics."),
  ]))

SEEDS.append(dict(id="3203", name="3203_dailymirror-international", ext="txt", source="Daily Mirror", zone="Asia/Colombo", render=r_dailymirror,
  title="International", updated="2024-07-05 21:40",
  notes="Imitates the layout of the Daily Mirror (Sri Lanka) International page scrape. Stamps are RELATIVE ('35 mins ago', '2 hours ago') and resolve against the printed 'Page last updated: 05 July 2024 21:40' (Sri Lanka time, UTC+5:30, no zone printed). Newest first. Only the local story (01) has a byline. Entry 05 is off-beat (cricket).",
  not_entries=["masthead, tagline, menu", "cookie line", "'Page last updated' line", "section title 'International'", "'Comments - 0 | Print | Share' lines", "'ADVERTISEMENT'", "'Most Read' block", "copyright footer"],
  entries=[
  E("2024-07-05 21:05", "Families of Sri Lankans in Russian army urge government to bring them home",
    ["Relatives of Sri Lankan men recruited to fight for Russia gathered outside the foreign ministry in Colombo on Friday, asking for faster action to bring them back.",
     "Officials say several hundred Sri Lankans may have been lured to the front by job agents."],
    "other", "humanitarian", 2, "sri-lankan-recruits-russia-2024-07-05", a="Dilini Perera"),
  E("2024-07-05 19:40", "Orbán meets Putin in Moscow on self-styled peace mission",
    ["Hungarian Prime Minister Viktor Orbán held talks with Vladimir Putin in the Kremlin, days after taking over the rotating EU presidency.",
     "Putin told reporters that Kyiv must give up the regions Russia claims before any ceasefire."],
    "diplomacy", "diplomacy", 3, "orban-moscow-visit-2024-07-05", a=None),
  E("2024-07-05 17:40", "Kyiv and EU leaders criticise Orbán’s Moscow trip",
    ["Ukraine’s foreign ministry said the visit had not been agreed with Kyiv, while EU leaders stressed that Orbán had no mandate to negotiate for the bloc.",
     "Hungary’s government said the prime minister was only seeking dialogue."],
    "diplomacy", "diplomacy", 3, "orban-moscow-visit-2024-07-05", a=None,
    n="Reaction to the visit itself: shares the story of 02."),
  E("2024-07-05 15:40", "Russian strikes kill at least five in Dnipropetrovsk region",
    ["Russian missiles and drones struck towns in the Dnipropetrovsk region, killing at least five people and wounding 30, regional governor Serhiy Lysak said.",
     "A bus station and several homes were damaged."],
    "strikes", "strikes", 3, "dnipropetrovsk-strikes-2024-07-05", a=None),
  OFF("2024-07-05 13:40", "Sri Lanka name squad for home series against India",
    ["Sri Lanka’s selectors announced a 16-member squad for the white-ball series against India later this month.",
     "Two uncapped fast bowlers were included."],
    "sri-lanka-cricket-squad-2024-07-05", a=None, n="cricket."),
  E("2024-07-05 11:40", "Ukraine says it pushed Russian troops back near Kharkiv",
    ["Ukraine’s army said its units had recaptured positions north of Kharkiv after weeks of heavy fighting near the border.",
     "Russia’s defence ministry said its forces were holding their lines."],
    "other", "frontline", 2, "kharkiv-border-fighting-2024-07-05", a=None),
  E("2024-07-05 09:40", "Starmer becomes UK prime minister, pledges continued support for Ukraine",
    ["Keir Starmer became Britain’s prime minister after Labour’s landslide election win and said his government would keep backing Ukraine.",
     "His new defence secretary is expected to visit Kyiv soon."],
    "other", "politics", 2, "starmer-becomes-pm-2024-07-05", a=None, sec=["aid"]),
  ]))

NEP = "2024-03-02 10:15"
SEEDS.append(dict(id="3204", name="3204_nepalitimes-keyevents", ext="html", source="Nepali Times", zone="Asia/Kathmandu", render=r_nepali,
  title="Russia-Ukraine war: key events of the week’s end", dateline=NEP, byline="Nepali Times Staff",
  lede="Here is a summary of the latest developments, including what they mean for Nepalis recruited by Russia’s army.",
  notes="Imitates the layout of a Nepali Times HTML article. A 'key events' bullet list under three group headings (Fighting / Diplomacy / Weapons and aid): each <li> is one event with NO headline (headline null) and no own time; every entry takes the article's single dateline '2 March 2024 10:15' (Nepal time, UTC+5:45, not printed; NewsArticle JSON-LD gives +05:45). Page byline 'Nepali Times Staff' is every entry's author. The group headings are not entries; the lede is not an entry.",
  not_entries=["site header/nav", "h1 title", "byline/date meta line", "lede paragraph", "group headings 'Fighting', 'Diplomacy', 'Weapons and aid'", "share line", "newsletter aside", "related aside", "footer"],
  entries=[
  E(NEP, None, ["A Russian drone slammed into an apartment block in Odesa overnight, killing at least eight people, among them two small children.", "Rescuers were still searching the rubble on Saturday morning."],
    "strikes", "strikes", 3, "odesa-drone-apartment-2024-03-02", a="Nepali Times Staff", grp="Fighting"),
  E(NEP, None, ["Russian artillery shelled Kherson and nearby villages, killing two residents, the regional administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2024-03-02", a="Nepali Times Staff", grp="Fighting"),
  E(NEP, None, ["Ukraine’s army said it had halted Russian attacks on a new defensive line west of Avdiivka, but warned that Moscow was bringing in reserves."],
    "other", "frontline", 2, "avdiivka-defensive-line-2024-03-02", a="Nepali Times Staff", grp="Fighting"),
  E(NEP, None, ["Kathmandu again asked Moscow to send home Nepali citizens serving in the Russian army and to return the bodies of those killed.", "The foreign ministry says at least a dozen Nepalis have died at the front."],
    "other", "humanitarian", 2, "nepal-asks-russia-return-recruits-2024-03-02", a="Nepali Times Staff", sec=["diplomacy"], grp="Diplomacy"),
  E(NEP, None, ["The Kremlin said a French suggestion that Western troops could one day be sent to Ukraine showed how far NATO was prepared to go, and called it very dangerous."],
    "diplomacy", "diplomacy", 2, "kremlin-warns-western-troops-2024-03-02", a="Nepali Times Staff", grp="Diplomacy"),
  E(NEP, None, ["Germany opened an inquiry after Russian media published a recording of senior Luftwaffe officers discussing how Taurus missiles might be used by Ukraine."],
    "other", "security", 3, "taurus-leaked-recording-2024-03-02", a="Nepali Times Staff", sec=["aid"], grp="Weapons and aid"),
  E(NEP, None, ["Denmark said it would pay for a new batch of artillery shells for Ukraine worth about 230 million dollars."],
    "aid", "aid", 2, "denmark-artillery-shells-2024-03-02", a="Nepali Times Staff", grp="Weapons and aid"),
  ]))

SEEDS.append(dict(id="3205", name="3205_kuensel-world", ext="txt", source="Kuensel", zone="Asia/Thimphu", render=r_kuensel,
  title="World",
  notes="Imitates the layout of a Kuensel tag page scrape. Newest first. The byline is GLUED to the date and time: 'Kinley Dorji2 December 2024 03:15' (Bhutan time UTC+6, not printed). The top item is 2 December local but 1 December in UTC. Staff items print no name ('1 December 2024 19:30'). Entries 03 and 06 are off-beat.",
  not_entries=["masthead, tagline, menu", "'Subscribe | Login'", "tag title 'World'", "'Read More' links", "'Older Posts'", "footer and cookie line"],
  entries=[
  E("2024-12-02 03:15", "Russian drones target Ukraine’s power grid again",
    ["Ukraine’s air force said Russia launched dozens of attack drones late on Sunday, aiming at energy sites in the west and centre of the country.",
     "Grid operators ordered emergency power cuts in several regions."],
    "strikes", "strikes", 2, "drones-power-grid-2024-12-01", a="Kinley Dorji"),
  E("2024-12-01 22:50", "New EU leaders travel to Kyiv on their first day in office",
    ["The European Union’s new foreign policy chief Kaja Kallas and Council President António Costa visited Kyiv on Sunday, their first day in their posts.",
     "They promised that the bloc’s support would continue for as long as needed."],
    "diplomacy", "diplomacy", 3, "eu-leaders-visit-kyiv-2024-12-01", a="Kinley Dorji"),
  OFF("2024-12-01 19:30", "Gelephu project draws interest from regional investors",
    ["Business delegations from three countries toured the site of the planned Gelephu Mindfulness City this week.",
     "Officials said the first investment agreements could be signed early next year."],
    "gelephu-investors-2024-12-01", a=None, n="Bhutanese development story."),
  E("2024-12-01 16:05", "Power restored to most homes after last week’s strikes in western Ukraine",
    ["Engineers have reconnected most households in the Lviv and Rivne regions that lost power after last week’s massive missile attack.",
     "Ukraine’s energy ministry warned that more blackouts were likely this winter."],
    "strikes", "strikes", 2, "western-ukraine-power-restored-2024-12-01", a="Tshering Yangzom"),
  E("2024-12-01 12:40", "Ukraine appoints new commander of its ground forces",
    ["President Volodymyr Zelensky named a new commander of Ukraine’s ground forces as part of a reshuffle of the military leadership.",
     "The general previously led troops defending the northern Kharkiv region."],
    "other", "politics", 2, "ukraine-new-ground-forces-commander-2024-12-01", a="Tshering Yangzom"),
  OFF("2024-12-01 09:10", "Protests continue in Tbilisi for fourth night",
    ["Thousands of people rallied again in the Georgian capital against the government’s decision to pause talks on joining the European Union.",
     "Police used water cannon to clear the area around parliament."],
    "tbilisi-protests-2024-12-01", a=None, n="Georgian domestic politics, not this war."),
  E("2024-12-01 06:45", "Kremlin says Kyiv’s ban on talks rules out negotiations",
    ["Kremlin spokesman Dmitry Peskov said there could be no negotiations while a Ukrainian decree forbidding talks with Putin remained in force.",
     "He said Moscow’s conditions for a settlement had not changed."],
    "diplomacy", "diplomacy", 2, "peskov-no-talks-decree-2024-12-01", a="Kinley Dorji"),
  ]))

SEEDS.append(dict(id="3206", name="3206_namibian-timeline", ext="html", source="The Namibian", zone="Africa/Windhoek", render=r_namibian,
  title="Russia-Ukraine war: what happened on Tuesday", byline="Hilma Shikongo",
  notes="Imitates the layout of a The Namibian HTML timeline. One date line 'Tuesday, 7 May 2024' above the timeline; stamps like '9.50pm' / '8.05am' (Namibian time UTC+2, not printed); newest first; one page byline 'Compiled by Hilma Shikongo' (every entry's author). LiveBlogPosting JSON-LD has per-update times and strings with HTML entities (&#8217;, &amp;) as WordPress emits them; visible text uses curly apostrophes. Entry 04 is off-beat.",
  not_entries=["header/nav/subscribe", "h1 title", "'Compiled by' byline", "top share line", "date line", "newsletter box", "'Most read' aside", "footer"],
  entries=[
  E("2024-05-07 21:50", "Ukraine says it foiled Russian plot to assassinate Zelensky",
    ["Ukraine’s SBU security service said it had uncovered a network working for Russia that was planning to kill President Volodymyr Zelensky and other senior officials.",
     "Two serving officers of the state guard were detained."],
    "other", "security", 3, "plot-against-zelensky-foiled-2024-05-07", a="Hilma Shikongo"),
  E("2024-05-07 18:20", "Two killed in Russian shelling of Kharkiv region villages",
    ["Russian shelling killed two civilians in villages near Kupiansk, the Kharkiv regional administration said.",
     "A farm and a school building were badly damaged."],
    "strikes", "strikes", 2, "kupiansk-shelling-2024-05-07", a="Hilma Shikongo"),
  E("2024-05-07 15:05", "Putin sworn in for fifth term; several Western envoys stay away",
    ["Vladimir Putin took the oath of office for a new six-year term at a ceremony in the Kremlin.",
     "The United States, Britain and most EU countries did not send their ambassadors, while France did."],
    "other", "politics", 3, "putin-inauguration-2024-05-07", a="Hilma Shikongo", sec=["diplomacy"]),
  OFF("2024-05-07 12:40", "Drought relief: food parcels reach northern regions",
    ["The first trucks carrying drought relief food reached villages in the Kunene and Omusati regions on Tuesday.",
     "The government says more than 300,000 people need help."],
    "namibia-drought-relief-2024-05-07", a="Hilma Shikongo", n="Namibian drought relief."),
  E("2024-05-07 10:15", "Russian drones and missiles strike energy sites in three regions",
    ["Russia attacked power stations in the Poltava, Kharkiv and Zaporizhzhia regions overnight, Ukraine’s grid operator said, forcing cuts for industrial users.",
     "The air force said it shot down most of the drones but only some of the missiles."],
    "strikes", "strikes", 3, "energy-strikes-three-regions-2024-05-07", a="Hilma Shikongo"),
  E("2024-05-07 08:05", "Belarus checks readiness of its nuclear weapon launchers",
    ["Belarus began an inspection of the units that would carry tactical nuclear weapons, a day after Moscow announced nuclear drills near Ukraine.",
     "Minsk said the checks were planned in advance."],
    "other", "security", 2, "belarus-nuclear-readiness-check-2024-05-07", a="Hilma Shikongo"),
  ]))

SEEDS.append(dict(id="3207", name="3207_lusakatimes-rdf", ext="xml", source="Lusaka Times", zone="Africa/Lusaka", render=r_lusaka,
  title="Lusaka Times",
  notes="Imitates a Lusaka Times feed in RSS 1.0 (RDF) form: items after the channel, dc:date with +02:00, dc:creator, description = first paragraph, content:encoded = full text. Newest first. Two of six items (02, 05) are Zambian news (off-beat).",
  not_entries=["channel title/link/description", "rdf:Seq item list", "the <description> copies of each first paragraph"],
  entries=[
  E("2024-07-12 21:05", "Russia reports downing drones over Rostov and Voronezh",
    ["Russia’s defence ministry said it destroyed more than 20 Ukrainian drones over the Rostov and Voronezh regions on Friday evening.",
     "A regional governor said a fuel tank caught fire after debris fell on an industrial zone."],
    "strikes", "strikes", 2, "rostov-voronezh-drones-2024-07-12", a="Lusaka Times Reporter"),
  OFF("2024-07-12 17:40", "Hichilema opens new maize storage sheds in Central Province",
    ["President Hakainde Hichilema commissioned storage sheds that will hold maize bought from farmers during the drought season.",
     "He urged councils to keep the facilities in good condition."],
    "zambia-maize-storage-2024-07-12", a="Mwila Banda", n="Zambian domestic news."),
  E("2024-07-12 15:20", "Ukrainian wheat donation arrives in Zambia for drought-hit families",
    ["A shipment of Ukrainian wheat donated under Kyiv’s humanitarian grain programme arrived at Zambia’s border and will be distributed to drought-affected districts.",
     "Ukraine’s envoy said more deliveries were planned despite the war."],
    "other", "humanitarian", 2, "ukraine-wheat-donation-zambia-2024-07-12", a="Mwila Banda"),
  E("2024-07-12 12:10", "Missile attack on Kyiv region damages homes, injures four",
    ["Russian missiles struck the Kyiv region on Friday morning, injuring four people and damaging houses and a warehouse, local authorities said.",
     "The attack came days after a deadly strike on a children’s hospital in the capital."],
    "strikes", "strikes", 3, "kyiv-region-missile-attack-2024-07-12", a="Lusaka Times Reporter"),
  OFF("2024-07-12 09:30", "ZESCO extends load-shedding hours as water levels drop",
    ["Power utility ZESCO said households will face longer daily outages because water levels at Kariba remain very low.",
     "Businesses called for more imported electricity."],
    "zesco-load-shedding-2024-07-12", a="Lusaka Times Reporter", n="Zambian power cuts, not about the war."),
  E("2024-07-12 07:45", "Kremlin: NATO summit shows alliance is fully involved in the conflict",
    ["The Kremlin said the decisions taken at the NATO summit in Washington proved that the alliance was directly involved in the war.",
     "Spokesman Dmitry Peskov said Russia would respond to the deployment of long-range US missiles in Germany."],
    "diplomacy", "diplomacy", 2, "kremlin-on-nato-summit-2024-07-12", a="Lusaka Times Reporter"),
  ]))

SEEDS.append(dict(id="3208", name="3208_herald-wiretimeline", ext="txt", source="The Herald", zone="UTC", render=r_herald,
  title="Russia-Ukraine: how Wednesday unfolded", printed="Thursday, 12 September 2024", byline="Herald Reporter",
  lede="Developments in the war between Russia and Ukraine on Wednesday, compiled from international news agencies.",
  dayline="Wednesday, 11 September 2024 (all times GMT)",
  notes="Imitates the layout of a The Herald (Zimbabwe) article scrape. The printed date ('Thursday, 12 September 2024') is NOT the day of the events: the timeline below the date line 'Wednesday, 11 September 2024 (all times GMT)' is 11 September. Stamps '2135 GMT' on their own line before the headline; newest first; page byline 'Herald Reporter' is every entry's author. Zone: GMT as printed (page_timezone UTC; the outlet's home zone Africa/Harare is not used).",
  not_entries=["masthead, tagline, menu", "breadcrumb", "title", "printed date line (12 September)", "byline line", "share line", "lede", "date line 'Wednesday, 11 September 2024 (all times GMT)'", "'Read more:' link", "tags, comment box and footer"],
  entries=[
  E("2024-09-11 21:35", "Blinken and Lammy leave Kyiv without decision on long-range strikes",
    ["US Secretary of State Antony Blinken and British Foreign Secretary David Lammy ended their visit to Kyiv without announcing whether Ukraine may fire Western missiles deep into Russia.",
     "Blinken said the question would be discussed by President Joe Biden and Prime Minister Keir Starmer in Washington on Friday."],
    "diplomacy", "diplomacy", 3, "blinken-lammy-kyiv-visit-2024-09-11", a="Herald Reporter", sec=["aid"]),
  E("2024-09-11 18:50", "Russia launches counter-attack in Kursk region, Kyiv says",
    ["Ukraine’s military said Russian troops had begun a counter-offensive against Ukrainian positions inside the Kursk region.",
     "Zelensky said the move was expected and that his forces were holding."],
    "other", "frontline", 3, "kursk-russian-counterattack-2024-09-11", a="Herald Reporter"),
  E("2024-09-11 14:09", "Washington announces 717 million dollars for Ukraine’s energy grid",
    ["The United States pledged a further 717 million dollars to help Ukraine repair its power network and prepare for winter, Blinken said in Kyiv.",
     "Part of the money will pay for mobile generators and spare transformers."],
    "aid", "aid", 3, "us-energy-aid-717m-2024-09-11", a="Herald Reporter"),
  E("2024-09-11 09:30", "Missile hits grain ship leaving Ukrainian port",
    ["A Russian missile struck a civilian cargo ship carrying wheat shortly after it left a port in the Odesa region, Ukraine’s navy said.",
     "The crew was unhurt and the vessel continued under its own power."],
    "strikes", "strikes", 3, "grain-ship-missile-2024-09-11", a="Herald Reporter"),
  E("2024-09-11 06:15", "Ukraine says 46 of 53 Russian drones were shot down overnight",
    ["Ukraine’s air force said it destroyed 46 of the 53 attack drones launched by Russia overnight, most of them over central regions.",
     "Falling debris damaged houses in the Kyiv region."],
    "strikes", "strikes", 2, "overnight-drones-2024-09-11", a="Herald Reporter"),
  E("2024-09-11 01:40", "Kremlin: West has already decided on long-range weapons",
    ["Kremlin spokesman Dmitry Peskov said Western countries had most likely already made their decision to let Kyiv use long-range missiles against Russia.",
     "He said Moscow would respond appropriately."],
    "diplomacy", "diplomacy", 2, "peskov-long-range-decision-2024-09-11", a="Herald Reporter"),
  ]))

SEEDS.append(dict(id="3209", name="3209_newtimes-tag", ext="html", source="The New Times", zone="Africa/Kigali", render=r_newtimes,
  title="Russia-Ukraine war",
  notes="Imitates the layout of a The New Times (Rwanda) tag listing. Day headers ('Monday, November 4, 2024', 'Sunday, November 3, 2024'); each card shows the time on its OWN line BEFORE the headline ('8:35 p.m.', Rwanda time UTC+2, not printed), then 'By NAME' per card, then text. Newest first; the top card is 4 November local (01:20) but 3 November UTC. CollectionPage JSON-LD lists the cards as NewsArticle with +02:00 times. Entry 03 is off-beat.",
  not_entries=["header/nav and cookie line", "h1 tag title", "day headers", "'Advertisement'", "'Load more'", "footer"],
  entries=[
  E("2024-11-04 01:20", "Drones hit Kharkiv overnight, damaging homes",
    ["Russian attack drones struck two districts of Kharkiv after midnight, setting fire to houses and injuring three people, mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drones-night-2024-11-03", a="Eric Mugisha"),
  E("2024-11-03 20:35", "Sandu wins Moldova runoff amid claims of Russian interference",
    ["Moldova’s pro-European president Maia Sandu won a second term in Sunday’s runoff, according to preliminary results.",
     "Officials in Chișinău accused Moscow of trying to buy votes, which the Kremlin denied."],
    "other", "politics", 2, "moldova-runoff-sandu-2024-11-03", a="Agencies"),
  OFF("2024-11-03 17:10", "Kigali hosts East African trade fair",
    ["Exhibitors from across the region opened stands at a week-long trade fair in Kigali.",
     "Organisers expect more than 20,000 visitors."],
    "kigali-trade-fair-2024-11-03", a="Grace Uwase", n="Rwandan business news."),
  E("2024-11-03 14:45", "Four killed as guided bombs strike Zaporizhzhia",
    ["Russian guided bombs hit residential streets in Zaporizhzhia on Sunday afternoon, killing four people and injuring more than 20, the regional governor said.",
     "It was the third attack on the city in a week."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bombs-2024-11-03", a="Agencies"),
  E("2024-11-03 11:20", "Sybiha urges partners to press Pyongyang over troops in Russia",
    ["Ukraine’s Foreign Minister Andrii Sybiha called on China and other states with influence in Pyongyang to stop North Korean troops from joining the war.",
     "He said the deployment turned the conflict into a wider threat."],
    "diplomacy", "diplomacy", 2, "sybiha-north-korea-appeal-2024-11-03", a="Agencies"),
  E("2024-11-03 08:05", "Russia claims capture of village near Kurakhove",
    ["Russia’s defence ministry said its troops had seized a village north of Kurakhove in the Donetsk region.",
     "Ukrainian commanders said their units had pulled back to new positions."],
    "other", "frontline", 2, "kurakhove-village-claim-2024-11-03", a="Agencies"),
  ]))

# =============================================================== PART B, day 1: 2024-03-26 (UTC)
D1 = "Day 1 (2024-03-26 UTC): 3220, 3221, 3222, 3223"
MK = "mykolaiv-missile-strike-2024-03-26"
KH = "kharkiv-drone-attack-2024-03-26"
NL = "netherlands-drone-funding-2024-03-26"
SEEDS.append(dict(id="3220", name="3220_whernside-textlive", ext="txt", source="Whernside Daily", zone="Europe/London", render=r_whernside,
  title="Ukraine war live: Mykolaiv counts its dead after overnight missile strike", dateline="Tuesday 26 March 2024",
  notes="Invented outlet. Text live blog, NEWEST first; each post: '19:40 GMT' stamp line, headline line, optional 'By NAME' line, paragraphs. Key Points block lists three exact headlines (01, 04, 06). 03 is a video teaser without body. The Mykolaiv toll grows from two (08) to four (07) to five (01). " + D1,
  not_entries=["masthead and menu", "title", "date line", "'Key Points' heading and its three bullets", "'Newest updates first'", "'Advertisement'", "'Load earlier updates'", "footer"],
  entries=[
  E("2024-03-26 19:40", "Mykolaiv toll climbs to five as Zelensky condemns ‘terror’",
    ["A fifth person has died in hospital after the overnight missile strike on Mykolaiv, the regional governor Vitaliy Kim said.",
     "President Volodymyr Zelensky said the attack showed again why Ukraine needs more air defence systems, and that Russia was deliberately targeting civilians."],
    "strikes", "strikes", 3, MK, a="Ellen Tranter", kp=True),
  E("2024-03-26 17:55", "Stoltenberg: allies must dig deeper to find air defence for Ukraine",
    ["NATO Secretary General Jens Stoltenberg said member states should look again at their own stocks and send more air defence systems and interceptors to Ukraine.",
     "He said deliveries could not wait for new production lines."],
    "aid", "aid", 3, "stoltenberg-air-defence-call-2024-03-26", a="Ellen Tranter",
    n="Must-not-merge with Kuleba's appeal (3221-03): different official, separate statement."),
  E("2024-03-26 16:10", "Watch: rescuers dig through rubble in Mykolaiv", [], "strikes", "strikes", 1, MK, a=None,
    n="Video teaser without body -> importance 1."),
  E("2024-03-26 14:38", "Netherlands commits €150m to drone coalition",
    ["The Dutch government will put 150 million euros into the international coalition that buys drones for Ukraine, Prime Minister Mark Rutte said.",
     "The money will be spent mostly on long-range and reconnaissance drones."],
    "aid", "aid", 3, NL, a="Ravi Sandhu", kp=True,
    n="Must-not-merge with Canada's armoured vehicles (3221-05): different donor, different aid."),
  E("2024-03-26 12:20", "Ukraine says it repelled 30 assaults near Avdiivka",
    ["Ukraine’s general staff said its troops had beaten back about 30 Russian attacks west of Avdiivka over the past day.",
     "Russian units were using armoured vehicles and motorbikes to try to break through."],
    "other", "frontline", 2, "avdiivka-assaults-repelled-2024-03-26", a="Ravi Sandhu"),
  E("2024-03-26 10:05", "Kharkiv: drones hit Kyivskyi district, three hurt",
    ["Attack drones struck the Kyivskyi district of Kharkiv early on Tuesday, injuring three people and damaging a petrol station, mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KH, a="Ravi Sandhu", kp=True,
    n="Must-not-merge with the Mykolaiv missile strike: different city, different weapon."),
  E("2024-03-26 08:30", "Mykolaiv: four dead after overnight missile strike",
    ["The number of people killed in the Russian missile attack on Mykolaiv has risen to four, with 15 wounded, local officials said.",
     "A residential building and an energy facility were hit."],
    "strikes", "strikes", 3, MK, a="Ellen Tranter"),
  E("2024-03-26 06:15", "Russian missiles strike Mykolaiv overnight",
    ["At least two people were killed when Russian missiles hit Mykolaiv in the early hours, the city’s mayor Oleksandr Senkevych said.",
     "Fires broke out in a residential area in the centre of the southern city."],
    "strikes", "strikes", 3, MK, a="Ellen Tranter"),
  ]))

SEEDS.append(dict(id="3221", name="3221_abbotsley-ldlive", ext="html", source="Abbotsley Review", zone="Europe/Kyiv", render=r_ldlive_oldest,
  title="Live: Missiles hit Mykolayiv; drones strike Kharkiv", url="https://abbotsley.example/live/ukraine-2024-03-26",
  lede="Rolling coverage from our correspondents in Ukraine.", tznote="All times Kyiv (EET, UTC+2).",
  notes="Invented outlet. HTML live blog, OLDEST first; reporter name before the <time datetime> (+02:00) and headline; JSON-LD @type is the array ['NewsArticle','LiveBlogPosting'] with per-update times and authors. Spells the city 'Mykolayiv'. Entry 06 repeats entry 02 nearly verbatim (duplicate_of 3221-02). Entry 05 (Canada) is re-posted on day 2 by 3231. " + D1,
  not_entries=["top nav", "h1 title", "standfirst", "time-zone note", "share links", "newsletter promo aside", "footer"],
  entries=[
  E("2024-03-26 06:20", "Mykolayiv: two killed as missiles hit city overnight",
    ["Two people were killed and at least nine injured when Russian missiles struck Mykolayiv shortly after 3am, according to the city administration.",
     "An apartment building and a power substation were damaged."],
    "strikes", "strikes", 3, MK, a="Taras Hnatiuk"),
  E("2024-03-26 09:05", "Drones strike Kharkiv’s Kyivskyi district, three wounded",
    ["Russian drones hit the Kyivskyi district of Kharkiv early in the morning, wounding three people, the mayor said.",
     "A fuel station and several cars burned."],
    "strikes", "strikes", 3, KH, a="Taras Hnatiuk"),
  E("2024-03-26 11:30", "Kuleba: ‘Send us interceptors, not condolences’",
    ["Foreign Minister Dmytro Kuleba said allies who express sympathy after every strike should instead send Patriot missiles from their own stores.",
     "He said Ukraine had identified specific batteries in Europe that could be transferred quickly."],
    "aid", "aid", 2, "kuleba-interceptor-appeal-2024-03-26", a="Maryna Oliinyk",
    n="Appeal for air defence -> aid. Separate statement from Stoltenberg's (3220-02, 3222-02)."),
  E("2024-03-26 13:45", "Netherlands to spend €150 million on drones for Ukraine",
    ["The Netherlands announced 150 million euros for drones for Ukraine through the coalition led by Latvia and Britain.",
     "Dutch officials said the first purchases would be made within weeks."],
    "aid", "aid", 3, NL, a="Maryna Oliinyk"),
  E("2024-03-26 15:10", "Canada hands over first of 50 armoured vehicles",
    ["Canada has delivered the first armoured personnel carriers from a batch of 50 promised to Ukraine last year, Ottawa’s defence department said.",
     "The remaining vehicles are due before the summer."],
    "aid", "aid", 2, "canada-armoured-vehicles-2024-03-26", a="Taras Hnatiuk",
    n="Must-not-merge with the Dutch drone money. Re-posted on day 2 by 3231-06."),
  E("2024-03-26 17:25", "Drones strike Kharkiv’s Kyivskyi district, three wounded",
    ["Russian drones hit the Kyivskyi district of Kharkiv early this morning, wounding three people, the mayor said.",
     "A fuel station and several cars burned."],
    "strikes", "strikes", 1, KH, a="Taras Hnatiuk", dup="3221-02", n="Near-verbatim repeat of 3221-02 (one word changed) -> importance 1."),
  E("2024-03-26 20:40", "Mykolayiv death toll reaches five; 19 wounded",
    ["Another victim of the night attack on Mykolayiv died in hospital, bringing the toll to five, governor Vitaliy Kim said.",
     "Nineteen people were wounded, three of them seriously."],
    "strikes", "strikes", 3, MK, a="Maryna Oliinyk"),
  ]))

SEEDS.append(dict(id="3222", name="3222_croyde-worldrss", ext="xml", source="Croyde World Service", zone="UTC", render=r_rss_gmt,
  title="Croyde World Service - Top Stories", link="https://croyde.example/world", fid="croyde",
  notes="Invented outlet. GENERAL world-news RSS 2.0 feed, pubDate in GMT, newest first, no authors. The war is a minority: 5 of 7 items are off-beat (a bridge collapse in Baltimore, Senegal's election, oil prices, a Gaza aid item, cherry blossom in Tokyo). Spells the city 'Nikolaev'. " + D1,
  not_entries=["channel title/link/description", "category labels"],
  entries=[
  OFF("2024-03-26 21:15", "Baltimore bridge collapse: search for missing workers scaled back",
    ["Rescue teams in Baltimore scaled back the search for six road workers missing after a container ship struck the Francis Scott Key Bridge.",
     "Officials said the port would stay closed to shipping for now."],
    "baltimore-bridge-collapse-2024-03-26", cat="Americas", n="US bridge collapse."),
  E("2024-03-26 18:50", "NATO chief urges allies to send more air defence to Kyiv",
    ["Jens Stoltenberg said NATO members could do more to supply Ukraine with air defence, including from systems they currently keep for themselves.",
     "He was speaking after talks with defence officials in Brussels."],
    "aid", "aid", 3, "stoltenberg-air-defence-call-2024-03-26", cat="Europe"),
  OFF("2024-03-26 16:30", "Senegal’s Faye set to become Africa’s youngest elected president",
    ["Opposition candidate Bassirou Diomaye Faye won Senegal’s presidential election outright, according to provisional results.",
     "The outgoing president congratulated him."],
    "senegal-election-2024-03-26", cat="Africa", n="Senegal election."),
  E("2024-03-26 14:05", "Nikolaev strike: four dead, homes and power plant damaged",
    ["The death toll from a Russian missile attack on the southern Ukrainian city of Nikolaev has risen to four, Ukrainian officials said.",
     "The strike damaged a residential block and energy infrastructure."],
    "strikes", "strikes", 3, MK, cat="Europe"),
  OFF("2024-03-26 11:40", "Oil prices edge up on supply worries",
    ["Brent crude rose slightly in early trading as traders weighed output cuts and attacks on refineries."],
    "oil-prices-2024-03-26", cat="Business", n="commodity markets (mentions refineries; not a war item)."),
  OFF("2024-03-26 09:20", "Aid trucks queue at Gaza crossing as UN calls for access",
    ["Hundreds of aid trucks were waiting at the Rafah crossing, UN officials said, a day after the Security Council demanded a ceasefire in Gaza."],
    "gaza-aid-trucks-2024-03-26", cat="Middle East", n="Gaza, a different war."),
  OFF("2024-03-26 07:10", "Tokyo’s cherry blossom season arrives late",
    ["Cold weather has delayed the opening of Tokyo’s cherry blossoms by about a week compared with last year."],
    "tokyo-cherry-blossom-2024-03-26", cat="Asia", n="weather/culture."),
  ]))

SEEDS.append(dict(id="3223", name="3223_tebay-article", ext="html", source="Tebay Live", zone="Europe/London", render=r_htmlarticle,
  title="Mykolaiv strike: a city hit again as Kyiv’s allies weigh more help", dateline="2024-03-26 18:20", byline="Joanna Leckie", tzlabel="GMT",
  lede="A night missile attack on a southern port city, a new Dutch pledge and the question of why the south keeps being hit.",
  notes="Invented outlet. HTML article with three h2 sections; NewsArticle JSON-LD; one date line '26 March 2024, 18:20 GMT' and one byline used for every section (stamp null). Section 2 is an analysis/theme piece (own story). " + D1,
  not_entries=["header/nav", "h1 title", "byline", "date line", "standfirst", "'More on this story' aside", "footer"],
  entries=[
  E("2024-03-26 18:20", "What happened in Mykolaiv",
    ["Russian missiles struck Mykolaiv at about 3am local time, hitting a block of flats and an energy facility.",
     "By the afternoon, officials said four people had died and 15 had been wounded; governor Vitaliy Kim blamed Iskander missiles."],
    "strikes", "strikes", 3, MK, a="Joanna Leckie"),
  E("2024-03-26 18:20", "Why the south keeps being hit",
    ["Mykolaiv and Odesa sit on the routes that carry Ukraine’s grain to the Black Sea, which makes their ports, bridges and power plants frequent targets.",
     "Military analysts say the region’s air defence is stretched because systems have been moved to protect Kyiv and front-line cities."],
    "strikes", "strikes", 2, "analysis-southern-ports-targeted", a="Joanna Leckie", n="Theme/analysis piece with body -> own story, importance 2."),
  E("2024-03-26 18:20", "Dutch money for drones",
    ["On the same day, the Netherlands pledged 150 million euros for drones for Ukraine.",
     "The Dutch defence ministry said the money would go through the international drone coalition."],
    "aid", "aid", 3, NL, a="Joanna Leckie"),
  ]))

# =============================================================== PART B, day 2: 2024-03-27 (UTC) — the day after day 1
D2 = "Day 2 (2024-03-27 UTC): 3230, 3231, 3232"
KR = "kryvyi-rih-missile-strike-2024-03-27"
BG = "belgorod-shelling-2024-03-27"
SEEDS.append(dict(id="3230", name="3230_selworthy-worldatom", ext="xml", source="Selworthy Post", zone="UTC", render=r_atom_xhtml,
  title="Selworthy Post — World", link="https://selworthy.example/world", fid="selworthy.example",
  notes="Invented outlet. GENERAL world-news Atom feed, Z times, newest first, inline xhtml content. The war is a minority: 4 of 6 items are off-beat (Baltimore port, football, a heat alert in Thailand, the yen). Spells the city 'Krivoy Rog'. " + D2,
  not_entries=["feed title/link/id/updated", "category terms"],
  entries=[
  OFF("2024-03-27 20:30", "Baltimore port closure disrupts car shipments",
    ["Carmakers began diverting vessels to other East Coast ports after the collapse of the Key Bridge closed Baltimore’s harbour."],
    "baltimore-port-closure-2024-03-27", a="Selworthy Business Desk", cat="Business", n="US port disruption."),
  E("2024-03-27 17:45", "Krivoy Rog apartment block hit by missile, five dead",
    ["A Russian missile struck a five-storey apartment building in Krivoy Rog, the home town of President Zelensky, killing five people, officials said.",
     "More than 20 people were wounded."],
    "strikes", "strikes", 3, KR, a="Selworthy Post", cat="Europe"),
  OFF("2024-03-27 15:00", "England held by Belgium in Wembley friendly",
    ["Jude Bellingham scored late to earn England a 2-2 draw with Belgium in a friendly at Wembley."],
    "england-belgium-friendly-2024-03-27", a="Selworthy Sport", cat="Sport", n="football."),
  E("2024-03-27 12:30", "Lavrov: no basis for dialogue with the West",
    ["Foreign Minister Sergei Lavrov said there was no basis for talks with Western countries on strategic stability while they backed Ukraine.",
     "He accused NATO of preparing for a long confrontation."],
    "diplomacy", "diplomacy", 2, "lavrov-no-dialogue-west-2024-03-27", a="Selworthy Post", cat="Europe",
    n="Must-not-merge with Peskov's separate remarks (3231-02)."),
  OFF("2024-03-27 10:10", "Thailand issues heat warning as temperatures top 40C",
    ["Thai authorities warned people in the north and north-east to stay indoors during the hottest hours."],
    "thailand-heat-warning-2024-03-27", a="Selworthy Post", cat="Asia", n="weather."),
  OFF("2024-03-27 07:20", "Yen slides to weakest level in decades",
    ["The Japanese currency fell to its lowest level against the dollar since 1990, prompting warnings from Tokyo officials."],
    "yen-slide-2024-03-27", a="Selworthy Business Desk", cat="Business", n="currency markets."),
  ]))

SEEDS.append(dict(id="3231", name="3231_dunstanburgh-textlive", ext="txt", source="Dunstanburgh Times", zone="Europe/Kyiv", render=r_dunstan,
  title="Russia-Ukraine war: live updates", dateline="Wednesday, 27 March 2024",
  notes="Invented outlet. Text live blog, newest first; '23:10 EET' stamp line, headline line, paragraphs, then 'Posted by NAME' AFTER the body. Spells the city 'Kryvyi Rih'. Entry 06 RE-POSTS day 1's 3221-05 (Canada vehicles) nearly verbatim with the same headline: importance 1 (duplicate_of null: the original is in another seed). " + D2,
  not_entries=["masthead/breadcrumb", "title", "date line", "'All times are Kyiv time (EET)'", "cookie line", "'READ MORE:' link", "closing line and footer"],
  entries=[
  E("2024-03-27 23:10", "Kryvyi Rih: toll rises to six as rescuers end search",
    ["Emergency workers finished clearing the rubble of the apartment building in Kryvyi Rih late on Wednesday, and the death toll rose to six.",
     "Regional governor Serhiy Lysak said 27 people had been injured, including three children."],
    "strikes", "strikes", 3, KR, a="Olena Bratchenko"),
  E("2024-03-27 19:35", "Peskov: Kremlin sees no sign Kyiv is ready for talks",
    ["Kremlin spokesman Dmitry Peskov said Moscow saw no readiness in Kyiv for negotiations and that the military operation would continue.",
     "He dismissed Ukraine’s peace formula as detached from reality."],
    "diplomacy", "diplomacy", 2, "peskov-no-readiness-talks-2024-03-27", a="Olena Bratchenko",
    n="Must-not-merge with Lavrov's statement (3230-04): different official, separate remarks."),
  E("2024-03-27 17:20", "Missile hits five-storey block in Kryvyi Rih, three dead",
    ["A Russian missile slammed into a residential building in the central city of Kryvyi Rih in the afternoon, killing at least three people.",
     "Zelensky, who was born in the city, posted video of the damaged block and called for more Patriot systems."],
    "strikes", "strikes", 3, KR, a="Olena Bratchenko"),
  E("2024-03-27 14:05", "Belgorod governor: one killed by Ukrainian shelling",
    ["One man was killed and two injured when shells hit a village in Russia’s Belgorod region, governor Vyacheslav Gladkov said.",
     "Russia said it had also shot down several rockets over the city of Belgorod."],
    "strikes", "strikes", 3, BG, a="Andrii Vasko",
    n="Must-not-merge with the Kryvyi Rih strike: attack on Russian territory, different place."),
  E("2024-03-27 11:40", "Japan pledges funds for demining equipment",
    ["Japan will finance heavy demining machines and detectors for Ukraine, its foreign ministry said, adding to earlier support for clearing farmland.",
     "Tokyo does not supply lethal weapons."],
    "aid", "aid", 2, "japan-demining-funds-2024-03-27", a="Andrii Vasko",
    n="Must-not-merge with Denmark's F-16 training news (3232-02): different donor, different aid."),
  E("2024-03-27 09:25", "Canada hands over first of 50 armoured vehicles",
    ["Canada has delivered the first armoured personnel carriers from a batch of 50 promised to Ukraine last year, Ottawa’s defence department said.",
     "The remaining vehicles are due before summer."],
    "aid", "aid", 1, "canada-armoured-vehicles-2024-03-26", a="Andrii Vasko",
    n="Re-post of day 1's 3221-05 (same headline, body nearly verbatim) -> importance 1; keeps the day-1 story slug."),
  E("2024-03-27 07:50", "Air force: 20 of 26 drones shot down overnight",
    ["Ukraine’s air force said it destroyed 20 of the 26 Shahed drones launched by Russia overnight, mainly over the south.",
     "Debris damaged a warehouse in the Odesa region."],
    "strikes", "strikes", 2, "overnight-drones-2024-03-27", a="Andrii Vasko"),
  ]))

SEEDS.append(dict(id="3232", name="3232_brancaster-htmllive", ext="html", source="Brancaster Live", zone="Europe/London", render=r_brancaster,
  title="Ukraine live: Kryvyy Rih hit by missile as Mykolaiv mourns", dateline="Wednesday 27 March 2024",
  notes="Invented outlet. HTML live blog without JSON-LD, OLDEST first; 'Updated 07:30 GMT' above each h2, 'By NAME' below it. Spells the city 'Kryvyy Rih'. Entry 01 continues day 1's Mykolaiv story with a new development (day of mourning, toll six) under the day-1 slug. 05 is a photo teaser without body; 06 repeats 04 nearly verbatim (duplicate_of 3232-04); 07 is an explainer (theme piece). " + D2,
  not_entries=["nav", "LIVE badge, title and date line", "'Advertisement'", "newsletter box", "footer"],
  entries=[
  E("2024-03-27 07:30", "Mykolaiv mourns as toll rises to six",
    ["Mykolaiv has declared a day of mourning after Tuesday’s missile strike, and officials said a sixth person had died of injuries overnight.",
     "Flags were lowered across the city and entertainment events were cancelled."],
    "strikes", "strikes", 2, MK, a="Fiona Marr",
    n="Continuation of day 1's Mykolaiv story with a new development; only one day-2 seed carries it -> importance 2."),
  E("2024-03-27 09:45", "Denmark: first Ukrainian F-16 pilots close to finishing training",
    ["Denmark’s defence minister said the first group of Ukrainian pilots training on F-16s was nearly ready and that the jets would follow once airfields were prepared.",
     "He gave no date for the first deliveries."],
    "aid", "aid", 2, "denmark-f16-training-2024-03-27", a="Fiona Marr"),
  E("2024-03-27 12:15", "Belgorod governor reports deadly shelling",
    ["Russia’s Belgorod region came under fire again, with governor Vyacheslav Gladkov saying a man was killed when shells hit a village close to the border."],
    "strikes", "strikes", 3, BG, a="Fiona Marr"),
  E("2024-03-27 15:20", "Missile strikes apartment block in Kryvyy Rih",
    ["A Russian missile hit an apartment block in Kryvyy Rih on Wednesday afternoon, killing at least three people, the regional governor said.",
     "Rescuers are searching for people under the rubble."],
    "strikes", "strikes", 3, KR, a="Callum Reddy"),
  E("2024-03-27 16:05", "Photos: Kryvyy Rih residents clear debris after strike", [], "strikes", "strikes", 1, KR, a=None,
    n="Photo teaser without body -> importance 1."),
  E("2024-03-27 18:30", "Missile strikes apartment block in Kryvyy Rih",
    ["A Russian missile hit an apartment block in Kryvyy Rih on Wednesday afternoon, killing at least three people, the regional governor said.",
     "Rescuers are still searching for people under the rubble."],
    "strikes", "strikes", 1, KR, a="Callum Reddy", dup="3232-04", n="Near-verbatim repeat of 3232-04 -> importance 1."),
  E("2024-03-27 20:50", "Explainer: what is in Ukraine’s new mobilisation bill?",
    ["Ukraine’s parliament is still debating a bill that would lower the age at which men can be called up and tighten the rules for registering with the military.",
     "The government says the army needs fresh troops, but many lawmakers fear the measures will be unpopular."],
    "other", "politics", 2, "explainer-ukraine-mobilisation-bill", a="Fiona Marr", n="Theme/explainer piece with body -> own story, importance 2."),
  ]))

# =============================================================== PART B, day 3: 2024-09-28 (UTC)
D3 = "Day 3 (2024-09-28 UTC): 3240, 3241, 3242, 3243"
SU = "sumy-hospital-strikes-2024-09-28"
ZP = "zaporizhzhia-guided-bombs-2024-09-28"
LV = "lavrov-un-general-assembly-2024-09-28"
SEEDS.append(dict(id="3240", name="3240_fowey-rss", ext="xml", source="Fowey Report", zone="Europe/Kyiv", render=r_rss_escaped,
  title="Fowey Report: Ukraine", link="https://fowey.example/ukraine", mail="fowey.example",
  notes="Invented outlet. RSS 2.0 with +0300 pubDates (Kyiv summer time), entity-escaped HTML paragraphs in <description>, <author> as 'email (Name)'. Newest first. Sumy toll grows from one (05) to nine (01). " + D3,
  not_entries=["channel title/link/description"],
  entries=[
  E("2024-09-28 22:40", "Sumy: toll from hospital strikes reaches nine",
    ["Nine people have now died as a result of the two Russian strikes on a hospital in Sumy, the regional military administration said on Saturday evening.",
     "Patients who survived were moved to other clinics in the region."],
    "strikes", "strikes", 3, SU, a="Iryna Savchuk"),
  E("2024-09-28 19:15", "Norway to fund gas purchases for Ukraine’s winter",
    ["Norway will give Ukraine money to buy natural gas ahead of the heating season, its government said, after Russian strikes destroyed much of Ukraine’s own generating capacity.",
     "The funds will be channelled through a European development bank."],
    "aid", "aid", 2, "norway-gas-funding-2024-09-28", a="Iryna Savchuk",
    n="Must-not-merge with Italy's SAMP/T spare parts (3241-06): different donor, different aid."),
  E("2024-09-28 16:30", "Guided bombs hit Zaporizhzhia, 16 injured",
    ["Russian aircraft dropped guided bombs on Zaporizhzhia in the afternoon, injuring 16 people and damaging apartment buildings, governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZP, a="Petro Leshchenko",
    n="Must-not-merge with the Sumy strikes: different city, same day."),
  E("2024-09-28 13:05", "Second strike hits Sumy hospital as patients were evacuated",
    ["Russia struck the hospital in Sumy a second time while staff were moving patients out after the morning attack, killing at least eight people in total.",
     "Rescuers and a police officer were among the injured."],
    "strikes", "strikes", 3, SU, a="Iryna Savchuk"),
  E("2024-09-28 10:20", "Russian drone hits Sumy hospital, one dead",
    ["A Russian drone struck a hospital in the centre of Sumy on Saturday morning, killing one person, the city authorities said.",
     "Dozens of patients were being evacuated."],
    "strikes", "strikes", 3, SU, a="Iryna Savchuk"),
  E("2024-09-28 07:45", "Air force: 61 of 73 drones downed overnight",
    ["Ukraine’s air force said it shot down 61 of the 73 drones Russia launched overnight, along with a guided missile.",
     "There were no reports of casualties."],
    "strikes", "strikes", 2, "overnight-drones-2024-09-28", a="Petro Leshchenko"),
  ]))

SEEDS.append(dict(id="3241", name="3241_youlgreave-textlive", ext="txt", source="Youlgreave Standard", zone="America/New_York", render=r_youlgreave,
  title="Russia-Ukraine war: Saturday’s updates", dateline="Saturday, September 28, 2024", byline="Nathan Greer",
  notes="Invented outlet. Text live blog, OLDEST first, stamps '4:10 a.m. ET' (EDT, UTC-4); one page byline 'Compiled by Nathan Greer' is every entry's author. Entry 04 repeats entry 02 nearly verbatim (duplicate_of 3241-02). " + D3,
  not_entries=["masthead/menu", "title", "date line", "'Compiled by' line", "'Updates below, earliest first.'", "'Related:' link", "share line and footer"],
  entries=[
  E("2024-09-28 04:10", "Russian drone strikes hospital in Sumy",
    ["A Russian drone hit a hospital in the northern Ukrainian city of Sumy on Saturday morning local time, killing one person, officials said.",
     "Staff began moving patients to other buildings."],
    "strikes", "strikes", 3, SU, a="Nathan Greer"),
  E("2024-09-28 06:25", "Sumy hospital hit again during evacuation; eight killed",
    ["Russia attacked the same Sumy hospital again as patients were being evacuated, and the death toll rose to eight, Ukraine’s interior minister said.",
     "Zelensky said the double strike was a deliberate attack on medical workers."],
    "strikes", "strikes", 3, SU, a="Nathan Greer"),
  E("2024-09-28 08:40", "Zelensky calls talks with Trump ‘very productive’",
    ["Volodymyr Zelensky said his meeting with Donald Trump in New York on Friday had been very productive and that both sides agreed Russia’s war must end.",
     "Trump said he would try to reach a fair deal quickly if elected."],
    "diplomacy", "diplomacy", 2, "zelensky-trump-meeting-2024-09-27", a="Nathan Greer",
    n="Must-not-merge with Lavrov's UN speech: separate statements by different officials."),
  E("2024-09-28 10:55", "Sumy hospital hit again during evacuation; eight killed",
    ["Russia attacked the same Sumy hospital again while patients were being evacuated, and the death toll rose to eight, Ukraine’s interior minister said.",
     "Zelensky said the double strike was a deliberate attack on medical workers."],
    "strikes", "strikes", 1, SU, a="Nathan Greer", dup="3241-02", n="Near-verbatim repeat of 3241-02 -> importance 1."),
  E("2024-09-28 12:30", "Lavrov tells UN the West is risking war between nuclear powers",
    ["Russian Foreign Minister Sergei Lavrov told the UN General Assembly that Western attempts to defeat Russia on the battlefield were pointless and dangerous.",
     "He warned against letting Ukraine strike deep into Russia with Western missiles."],
    "diplomacy", "diplomacy", 3, LV, a="Nathan Greer"),
  E("2024-09-28 14:15", "Italy to send spare parts for SAMP/T air defense",
    ["Italy said it would deliver spare parts and missiles to keep Ukraine’s SAMP/T air defense battery working through the winter.",
     "Rome has not disclosed the value of the package."],
    "aid", "aid", 2, "italy-samp-t-parts-2024-09-28", a="Nathan Greer"),
  E("2024-09-28 15:40", "Russian troops close in on Vuhledar, Ukrainian officers say",
    ["Ukrainian officers said Russian forces were trying to encircle the hilltop town of Vuhledar and that supply routes were under constant fire."],
    "other", "frontline", 2, "vuhledar-encirclement-threat-2024-09-28", a="Nathan Greer"),
  ]))

SEEDS.append(dict(id="3242", name="3242_vowchurch-worldatom", ext="xml", source="Vowchurch World Service", zone="UTC", render=r_atom_xhtml,
  title="Vowchurch World Service: Latest", link="https://vowchurch.example/latest", fid="vowchurch.example",
  notes="Invented outlet. GENERAL world-news Atom feed, Z times, newest first, inline xhtml content. The war is a minority: 5 of 7 items are off-beat (Hezbollah's leader killed, Hurricane Helene, Japan's ruling party leadership, a rain-hit Test match, Chinese stocks). Spells the city 'Sumi'. " + D3,
  not_entries=["feed title/link/id/updated", "category terms"],
  entries=[
  E("2024-09-28 19:30", "Lavrov at UN: attempts to beat Russia are ‘senseless’",
    ["Speaking at the UN General Assembly, Sergei Lavrov said the West’s idea of fighting Russia until victory was senseless and risky.",
     "He did not mention any new proposal for talks."],
    "diplomacy", "diplomacy", 3, LV, a="Vowchurch World Service", cat="Europe"),
  OFF("2024-09-28 17:10", "Hezbollah confirms its leader was killed in Beirut strike",
    ["Hezbollah confirmed that Hassan Nasrallah was killed in an Israeli air strike on its headquarters in Beirut’s southern suburbs."],
    "hezbollah-leader-killed-2024-09-28", a="Vowchurch World Service", cat="Middle East", n="Middle East, a different conflict."),
  OFF("2024-09-28 14:50", "Helene: deaths rise across south-eastern US",
    ["The number of people killed by Hurricane Helene and the floods that followed rose sharply as rescuers reached cut-off towns in North Carolina."],
    "hurricane-helene-2024-09-28", a="Vowchurch World Service", cat="Americas", n="weather disaster."),
  E("2024-09-28 12:20", "Sumi hospital hit twice, eight killed",
    ["Russian strikes on a hospital in the Ukrainian city of Sumi killed eight people, with the second attack coming as patients were being evacuated, officials said."],
    "strikes", "strikes", 3, SU, a="Vowchurch World Service", cat="Europe"),
  OFF("2024-09-28 10:00", "Ishiba set to become Japan’s prime minister",
    ["Former defence minister Shigeru Ishiba won the leadership of Japan’s governing party and will be confirmed as prime minister next week."],
    "japan-ldp-leadership-2024-09-28", a="Vowchurch World Service", cat="Asia", n="Japanese politics (mentions a defence minister; not about this war)."),
  OFF("2024-09-28 08:15", "Cricket: rain washes out second day in Kanpur",
    ["Not a ball was bowled on the second day of the Test between India and Bangladesh because of a wet outfield."],
    "kanpur-test-rain-2024-09-28", a="Vowchurch Sport", cat="Sport", n="cricket."),
  OFF("2024-09-28 06:00", "Chinese stocks end week with biggest gain in years",
    ["Shares in Shanghai and Shenzhen closed the week sharply higher after Beijing announced a package of stimulus measures."],
    "china-stocks-rally-2024-09-28", a="Vowchurch Business", cat="Business", n="markets."),
  ]))

SEEDS.append(dict(id="3243", name="3243_aldbourne-htmllive", ext="html", source="Aldbourne Live", zone="Europe/Berlin", render=r_aldbourne,
  title="Ukraine live: Russia strikes Sumy hospital twice; Lavrov’s UN speech", dateline="Saturday, 28 September 2024 · times in CEST",
  notes="Invented outlet. HTML live blog, newest first, stamps '21:50 CEST' (UTC+2) in a <p class=time> above each h3; no bylines. LiveBlogPosting JSON-LD whose strings carry HTML entities (&#8217;, &amp;). 01 is an explainer (theme piece); 04 is a video teaser without body. " + D3,
  not_entries=["masthead/nav", "h1 title", "date line", "'Share this post' lines", "footer"],
  entries=[
  E("2024-09-28 21:50", "Explainer: why Russia strikes the same place twice",
    ["So-called double-tap attacks hit a target, wait for rescuers and medics to arrive, and then strike again.",
     "Ukrainian officials say Russia has used the tactic repeatedly in Kharkiv, Odesa and now Sumy, and human rights groups say it can amount to a war crime."],
    "strikes", "strikes", 2, "explainer-double-tap-strikes", n="Theme/explainer piece with body -> own story, importance 2."),
  E("2024-09-28 19:20", "Zaporizhzhia: 16 hurt as guided bombs hit city",
    ["Guided bombs dropped by Russian jets struck Zaporizhzhia on Saturday afternoon, injuring 16 people, among them a teenager, the regional governor said.",
     "Several high-rise buildings and a shopping centre were damaged."],
    "strikes", "strikes", 3, ZP),
  E("2024-09-28 19:05", "Lavrov at UN: West ‘playing with fire’ over Ukraine",
    ["Sergei Lavrov used his speech at the UN General Assembly in New York to accuse Western governments of pushing the world towards a clash of nuclear powers.",
     "He said Kyiv’s so-called victory plan was a dead end."],
    "diplomacy", "diplomacy", 3, LV),
  E("2024-09-28 14:30", "Video: Sumy hospital evacuated after strikes", [], "strikes", "strikes", 1, SU, n="Video teaser without body -> importance 1."),
  E("2024-09-28 12:45", "Sumy: eight dead after Russia strikes hospital twice",
    ["Russia hit a hospital in Sumy twice within about an hour, killing eight people, Ukraine’s interior minister Ihor Klymenko said.",
     "The second strike came as patients and staff were being moved out of the building."],
    "strikes", "strikes", 3, SU),
  E("2024-09-28 09:10", "Kremlin: Zelensky’s ‘victory plan’ is an illusion",
    ["Kremlin spokesman Dmitry Peskov said the plan Zelensky presented in Washington would not bring peace and that only Russia’s conditions could end the war."],
    "diplomacy", "diplomacy", 2, "peskov-victory-plan-illusion-2024-09-28",
    n="Separate statement from Lavrov's UN speech (different official) and from the Zelensky-Trump meeting."),
  ]))

# =============================================================== emit
BASIS = {
  "r_tolo": "time line '{s}' under the page date line 'Sunday, 1 September' (no year: parse_args --date 2024-09-01); oldest-first order, times after 11 PM wrap to the next local day ({d}); Kabul time UTC+4:30 implied by the outlet",
  "r_presstv": "date div '{s}' (date and 12 h time; the separate '[Updated: ...]' span ignored); Tehran time UTC+3:30 implied by the outlet",
  "r_turkishminute": "pubDate '{s}' (explicit +0000)",
  "r_dailymirror": "relative stamp '{s}' resolved against the printed 'Page last updated: 05 July 2024 21:40' (Sri Lanka time UTC+5:30, implied)",
  "r_nepali": "no per-bullet time; the article date '2 March 2024 10:15' (Nepal time UTC+5:45; JSON-LD datePublished +05:45 agrees) used for every bullet",
  "r_kuensel": "byline+date '{s}' (author glued to the date); Bhutan time UTC+6 implied by the outlet",
  "r_namibian": "stamp '{s}' under the date line for {d}; Namibian time UTC+2 implied (JSON-LD update datePublished +02:00 agrees)",
  "r_lusaka": "dc:date '{s}' (explicit offset)",
  "r_herald": "stamp '{s}' under the date line 'Wednesday, 11 September 2024 (all times GMT)'; GMT = UTC (the article's printed date, 12 September, is the publication day, not the events' day)",
  "r_newtimes": "time line '{s}' under the day header for {d}; Rwanda time UTC+2 implied (JSON-LD datePublished +02:00 agrees)",
  "r_whernside": "stamp '{s}' on the page's date {d}; GMT = UTC",
  "r_ldlive_oldest": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET",
  "r_rss_gmt": "pubDate '{s}' (GMT = UTC)",
  "r_htmlarticle": "no per-section time; the article date line ({d} 18:20 GMT) used for every section",
  "r_atom_xhtml": "<published> '{s}' (Z = UTC)",
  "r_dunstan": "stamp '{s}' on the page's date {d}; EET = UTC+2",
  "r_brancaster": "stamp 'Updated {s}' on the page's date {d}; GMT = UTC",
  "r_rss_escaped": "pubDate '{s}' (explicit +0300)",
  "r_youlgreave": "stamp '{s}' on the page's date {d}; ET in September = EDT = UTC-4",
  "r_aldbourne": "stamp '{s}' on the page's date {d}; CEST = UTC+2 (JSON-LD agrees)",
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
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

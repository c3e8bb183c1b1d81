#!/usr/bin/env python3
"""Builds eval/am seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/am/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **x):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **x)


def OFF(t, h, p, st, a=None, n="", **x):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **x)


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


def ampm_compact(d):  # 2.35pm
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def txt_paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def wp_entities(s):  # how WordPress-style JSON-LD writers escape text
    return s.replace("&", "&amp;").replace("'", "&#039;").replace('"', "&quot;")

# ===================================================================== Part A renderers

def r_mb(S):  # Manila Bulletin tag listing, text scrape; "May 5, 2022 08:35 PM" on its own line under the byline
    z = S["zone"]
    L = ["Manila Bulletin", "The Nation's Leading Newspaper", "Skip to content", "",
         "NEWS   BUSINESS   ENTERTAINMENT   SPORTS   LIFESTYLE   OPINION   TECHNEWS   MB MOTO", "",
         "This website uses cookies to ensure you get the best experience on our website. Learn more   Got it!", "",
         "TAG", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month-1]} {d.day}, {d.year} {(d.hour % 12 or 12):02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        stamps.append(st)
        L += [e["sect"], e["h"], f"By {e['a']}", st, ""] + txt_paras(e["p"]) + ["Read more", "Share: Facebook   Twitter   Viber   Email", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "TRENDING: Comelec sets final count schedule for Monday's polls", ""]
    L += ["Load More", "", "ABOUT US | CONTACT US | PRIVACY POLICY | TERMS OF USE", "© Copyright 2022 Manila Bulletin. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def r_cph(S):  # Copenhagen Post article with a key-events bullet list (bullets = entries, no headlines)
    z = S["zone"]; d = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "description": wp_entities(S["ldesc"]), "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "The Copenhagen Post"}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - The Copenhagen Post</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="site-header"><a class="logo" href="/">The Copenhagen Post</a><nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/opinion">Opinion</a> <a href="/jobs">Jobs</a> <a href="/subscribe">Subscribe</a></nav></header>',
           '<main><article class="post">', '<div class="cat"><a href="/international">International</a></div>',
           f"<h1>{esc(S['title'])}</h1>",
           f'<div class="meta">By <span class="author">{esc(S["author"])}</span> | <time datetime="{d.isoformat()}">{S["datetext"]}</time></div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Share on LinkedIn</a> <a>Email</a></div>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<ul class="key-events">']
    for e in S["entries"]:
        out.append("<li>" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</li>")
    out += ["</ul>", f'<p class="outro">{esc(S["outro"])}</p>', "</article>",
            '<aside class="newsletter"><h3>Get the CPH Post newsletter</h3><p>The week in Denmark, in English, every Friday.</p><input placeholder="Your email"/><button>Sign up</button></aside>',
            '<aside class="related"><h3>Related</h3><ul><li><a href="/r1">Danish parliament backs new defence budget talks</a></li><li><a href="/r2">Ukrainian refugees in Denmark: what the rules say about work</a></li></ul></aside>',
            "</main>", '<footer>The Copenhagen Post · About us · Advertise · Privacy and cookies · © 2022</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_astana(S):  # Astana Times category page scrape; author glued to the date
    z = S["zone"]
    L = ["The Astana Times", "", "Nation   Business   International   Opinion   Tourism   Culture   Special Projects", "Search", "",
         "Subscribe to our weekly newsletter", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day:02d} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + txt_paras(e["p"]) + ["Read More »", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["« Previous   1   2   3   …   412   Next »", "", "Copyright © 2022 The Astana Times. All rights reserved.", "About us   Contact   Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_timeslive(S):  # TimesLIVE rolling page, text scrape; relative stamps against a printed Updated line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["TimesLIVE", "Sign in | Subscribe", "", "News   Politics   Sport   Business   World   Lifestyle   Opinion   Sunday Times", "",
         "World", "", S["title"], "", f"Updated {ref.day:02d} {MONTHS[ref.month-1]} {ref.year} - {ref:%H:%M}", "",
         "Our rolling coverage of the war in Ukraine and the world's response, with the latest at the top.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["h"]
        st = f"{mins} minutes ago" if mins < 60 else ("1 hour ago" if mins == 60 else f"{mins // 60} hours ago")
        stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, ""] + txt_paras(e["p"])
        if i == 1:
            L += ["ALSO READ: Eskom warns of stage 4 load-shedding through the weekend", ""]
        if i == 3:
            L += ["Subscribe to TimesLIVE Premium for R1 for the first month", "", "Advertisement", ""]
    L += ["Would you like to comment on this article? Register (it's quick and free) or sign in now.", "",
          "© 2022 Arena Holdings (Pty) Ltd", "Privacy Policy | Terms and Conditions | Cookie Policy"]
    return "\n".join(L) + "\n", stamps


def r_tico(S):  # Tico Times "Latest" timeline page: date line above the timeline, bold "8:35 a.m." stamps, NewsArticle JSON-LD
    z = S["zone"]; pub = dt(S["entries"][-1]["t"], z); mod = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": mod.isoformat(), "description": wp_entities(S["lede"]), "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "Organization", "name": "The Tico Times"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} - The Tico Times | Costa Rica News | Travel | Real Estate</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="topbar"><span>Costa Rica News</span> <a href="/subscribe">Subscribe</a> <a href="/donate">Support the Tico Times</a></div>',
           '<header><a class="logo" href="/">The Tico Times</a><nav><a href="/news">News</a> <a href="/travel">Travel</a> <a href="/real-estate">Real Estate</a> <a href="/category/world">World</a> <a href="/weather">Weather</a></nav></header>',
           '<main><article>', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta">By <a href="/author/x">{esc(S["author"])}</a> | {S["metadate"]}</div>',
           '<div class="social"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div>',
           f'<p class="lead"><em>{esc(S["lede"])}</em></p>', f'<p class="timeline-date"><strong>{S["dateline"]}</strong></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dots(d); stamps.append(st)
        out.append(f'<div class="update"><p><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="newsletter-box"><h4>Get our free newsletter</h4><p>The week in Costa Rica, in your inbox.</p><button>Sign up</button></div>')
    out += ["</article>", '<aside class="related"><h3>Related posts</h3><ul><li><a href="/r1">Costa Rica condemns invasion at OAS session</a></li><li><a href="/r2">Fuel prices climb again as regulator approves increase</a></li></ul></aside>',
            "</main>", "<footer>© 2022 The Tico Times · San José, Costa Rica · Privacy Policy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_tht(S):  # Himalayan Times section listing; "Published: 05:10 am May 21, 2022" on its own line BEFORE each headline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - The Himalayan Times - Nepal's No.1 English Daily Newspaper</title></head><body>",
           '<div class="top-strip"><span class="np-date">Baisakh-Jestha 2079</span> <a href="/epaper">E-Paper</a> <a href="/subscribe">Subscribe</a></div>',
           '<header><a class="logo" href="/">The Himalayan Times</a><nav><a href="/nepal">Nepal</a> <a href="/kathmandu">Kathmandu</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="listing">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour % 12 or 12:02d}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'} {MONTHS[d.month-1]} {d.day}, {d.year}"; stamps.append(st)
        out.append('<div class="news-item">')
        out.append(f'<div class="pub-time">Published: {st}</div>')
        out.append(f'<h2><a href="https://thehimalayantimes.com/{e["sect"].lower()}/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<div class="credit">{esc(e["a"])}</div>')
        out.append("</div>")
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
        if i == 3:
            out.append('<div class="also-read"><b>ALSO READ:</b> <a href="/x">Pokhara airport to start test flights by year end</a></div>')
    out += ["</div>", '<aside><h3>Most Read</h3><ol><li>Gold price drops by Rs 500 per tola</li><li>Monsoon likely to enter Nepal on June 13</li></ol></aside>',
            "</main>", "<footer>© 2022 The Himalayan Times. All rights reserved. · Thapathali, Kathmandu</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_memo(S):  # Middle East Monitor RSS 2.0 (WordPress): +0000 pubDate, excerpt description, full content:encoded
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.middleeastmonitor.com</link>",
           '<atom:link href="https://www.middleeastmonitor.com/feed/" rel="self" type="application/rss+xml"/>',
           "<description>Creating New Perspectives</description>", "<language>en-GB</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        link = f"https://www.middleeastmonitor.com/{d:%Y%m%d}-{slug(e['h'])}/"
        exc = " ".join(e["p"][0].split()[:22])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>"] + [f"<category><![CDATA[{c}]]></category>" for c in e["cats"]] + [
                f'<guid isPermaLink="false">https://www.middleeastmonitor.com/?p={S["id"]}{i+1:02d}</guid>',
                f"<description><![CDATA[<p>{exc} [&#8230;]</p>]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_rtl(S):  # RTL Today live blog: LiveBlogPosting JSON-LD (entity-escaped strings), Key Points box, bare HH:MM, one page byline
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": wp_entities(e["h"]), "datePublished": d.isoformat(),
                    "articleBody": wp_entities(" ".join(e["p"]))})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": wp_entities(S["title"]),
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": "RTL Today"},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | RTL Today</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="rtl-header"><a href="/">RTL Today</a><nav><a href="/news/luxembourg">Luxembourg</a> <a href="/news/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/live">Live</a></nav><a class="lang" href="https://www.rtl.lu">LU</a></header>',
           '<main><span class="badge">LIVE</span>', f"<h1>{esc(S['title'])}</h1>", f'<p class="intro">{esc(S["lede"])}</p>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="date">{S["dateline"]}</p>',
           '<div class="key-points"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></div>",
           '<div class="share-bar"><a>Share</a> <a>Facebook</a> <a>Twitter</a> <a>Copy link</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<section class="live-post" id="post-{i+1}"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 1:
            out.append('<div class="promo">Download the RTL Today app for breaking news alerts</div><div class="ad">Advertisement</div>')
    out += ['<div class="more"><a href="/live/21-03">Read Monday\'s live blog</a></div>', "</main>",
            "<footer>RTL Today · CLT-UFA S.A. · Imprint · Data protection · Cookie settings</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_telex(S):  # Telex English tag page scrape; stamp line "2022.12.12. – 14:38" after the headline, author after it
    z = S["zone"]
    L = ["telex", "English", "", "Politics   Economy   World   Culture   Opinion   Ukraine war   Support us", "",
         "We use cookies to improve your experience. You can accept all cookies or change the settings.", "Accept all   Settings", "",
         "Tag", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.year}.{d.month:02d}.{d.day:02d}. – {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, e["a"], ""] + txt_paras(e["p"]) + ["Copy link", ""]
        if i == 2:
            L += ["Telex English is free to read. Support independent Hungarian journalism!", "Support Telex", ""]
    L += ["Load more", "", "Telex © 2022   Impressum   Privacy   Advertising"]
    return "\n".join(L) + "\n", stamps


def r_apa(S):  # APA English RSS 1.0 (RDF), dc:date with +04:00, entity-escaped HTML descriptions, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://apa.az/en/rss">', f"<title>{esc(S['title'])}</title>", "<link>https://apa.az/en</link>",
           "<description>APA - Azerbaijan news in English</description>", "<items><rdf:Seq>"]
    links = [f"https://apa.az/en/{e['sect']}/{slug(e['h'])}-{S['id']}{i+1:02d}" for i, e in enumerate(S["entries"])]
    out += [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
                "<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>",
                f"<dc:date>{st}</dc:date>", f"<dc:subject>{e['sect']}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps

# ===================================================================== Part B renderers

def r_abinger(S):  # text live blog, OLDEST first, "1409 GMT" stamp line then headline, Key Points, "Reporting by X" after body
    z = S["zone"]
    L = ["ABINGER DAILY", "Home   World   UK   Business   Sport   Weather", "", S["title"], S["dateline"], "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Oldest first | Newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [st, e["h"], ""] + txt_paras(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 6:
            L += ["Read more: How Ukraine's power system is wired into Europe's", ""]
    L += ["Share this live blog: Facebook | Twitter | Email", "", "© Abinger Daily 2022"]
    return "\n".join(L) + "\n", stamps


def r_caverswall(S):  # HTML live, LiveBlogPosting JSON-LD with per-update times, visible "8:35 p.m." under a date header, Kyiv time
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><span class="brand">{S["source"]}</span> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/podcasts">Podcasts</a> <a href="/donate">Donate</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>',
           f'<h2 class="day">{S["dayhead"]}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_dots(d); stamps.append(st)
        out.append(f'<article class="update" id="update-{i+1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share">Share this update</div></article>')
        if i == 3:
            out.append('<aside class="promo">Support our reporting from Ukraine. <a href="/donate">Become a member</a></aside>')
    out += ["</main>", f"<footer>{S['source']} · Editorial standards · Contact · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_gmt(S):  # general world RSS 2.0, "GMT" pubDates, CDATA description, optional author
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<ttl>10</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{e['sect']}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1:03d}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e['sect']}</category>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += ["<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_html_sections(S):  # HTML article with h2 sections and NewsArticle JSON-LD; one entry per section, stamp null
    z = S["zone"]; d = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header>{S["source"]} <a href="/news">News</a> <a href="/world">World</a> <a href="/analysis">Analysis</a> <a href="/newsletters">Newsletters</a></header>',
           "<article>", f'<p class="kicker">{esc(S["kicker"])}</p>', f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["author"])}</p>', f'<p class="date">{S["datetext"]}</p>',
           f'<figure><img src="/img/{S["id"]}.jpg" alt=""/><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="share">Share this article</div>', "</article>",
            f'<aside class="more"><h3>More from {S["source"]}</h3><ul><li><a href="/a1">{esc(S["related"])}</a></li></ul></aside>',
            f"<footer>© 2022 {S['source']} · Terms · Privacy · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_dinsdale(S):  # HTML live blog without JSON-LD, OLDEST first, "2.35pm" stamps, "Posted by" line after body
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<div class="masthead">{S["source"]}</div><nav><a href="/news">News</a> | <a href="/world">World</a> | <a href="/politics">Politics</a> | <a href="/sport">Sport</a> | <a href="/puzzles">Puzzles</a></nav>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="summary">{esc(S["lede"])}</p>', f'<p class="dateline">{S["dateline"]}</p>',
           '<p class="order">Showing oldest posts first</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_compact(d); stamps.append(st)
        out.append(f'<div class="entry"><p class="entry-time">{st}</p><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="posted">Posted by {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="advert">Advertisement</div><div class="signup">Sign up to our Ukraine briefing email</div>')
    out += ['<p class="end">This blog has now closed. Coverage continues in our new live page.</p>', "</main>", f"<footer>© {S['source']} 2022</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom_world(S):  # general world Atom feed, Z times, type="html" escaped content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['desc'])}</subtitle>", f'<link rel="alternate" href="{S["link"]}"/>', f"<id>{S['link']}/feed</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["link"]}/{e["sect"]}/{slug(e["h"])}"/>',
                f"<id>tag:{S['link'][8:]},2022:{S['id']}{i+1:03d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out += [f'<category term="{e["sect"]}"/>', '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_kinver(S):  # text live, newest first, headline line then "14:38 CET" line, "By X" line
    z = S["zone"]
    L = [S["source"], "Europe   World   Economy   Culture   Opinion   Newsletter", "", S["title"], "", S["lede"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " CET"; stamps.append(st)
        L += [e["h"], st]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + txt_paras(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += ["Load earlier entries", "", "Imprint | Privacy | Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_rss_offset(S):  # Ukraine-focused RSS 2.0, +0200 pubDates, entity-escaped HTML description, <author>
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/news/{slug(e['h'])}</link>",
                f"<guid>{S['link']}/news/{slug(e['h'])}</guid>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<author>newsroom@{S['link'][8:]} ({esc(e['a'])})</author>")
        out += ["<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_ilmington(S):  # text live, OLDEST first, "9.05am" stamps, NO date anywhere on the page, Key Points, signature "(NAME)"
    z = S["zone"]
    L = ["Ilmington Post", "Menu   Search   Sign in", "", S["title"], "", S["lede"], "", "All times BST", "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_compact(d); stamps.append(st)
        L += [st, e["h"], ""] + txt_paras(e["p"])
        if e["a"]:
            L += [f"({e['a']})", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Back to top", "", "Ilmington Post · Contact us · Complaints · Cookies"]
    return "\n".join(L) + "\n", stamps


def r_bosherston(S):  # HTML live, @graph JSON-LD with @type array, per-update <time datetime>, HH:MM, Kyiv EEST
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": S["home"] + "#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": S["home"] + "#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><b>{S["source"]}</b><nav><a href="/latest">Latest</a> <a href="/war">War</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="lede">{esc(S["lede"])}</p>', f'<div class="day-marker">{S["dayhead"]}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<div class="post" id="p{i+1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">— {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="inline-promo">Read also: <a href="/x">What the Istanbul grain deal says</a></div>')
    out += ["</main>", f"<footer>{S['source']} © 2022 · About · Advertise</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rdf_world(S):  # general world RSS 1.0 (RDF), dc:date in Z, plain-text descriptions split by blank lines -> CDATA paragraphs
    z = S["zone"]
    links = [f"{S['link']}/{e['sect']}/{slug(e['h'])}" for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{S["link"]}/rdf">', f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<items><rdf:Seq>"] + [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>",
                f"<dc:date>{st}</dc:date>", f"<dc:subject>{e['sect']}</dc:subject>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append("</item>")
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps

# ===================================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="4000", name="4000_manilabulletin-tag", ext="txt", source="Manila Bulletin", zone="Asia/Manila", render=r_mb,
  title="Russia-Ukraine conflict", fmt="plain text, tag listing", imitates="Manila Bulletin (Philippines) tag page",
  notes="Manila Bulletin-style tag page scrape, newest first. Each item: section label ('WORLD'/'NATION'), headline, 'By NAME', stamp line 'May 5, 2022 08:35 PM' (12 h with date, no zone: Philippine time UTC+8 implied by the outlet), excerpt paragraphs, then 'Read more' and a share line (chrome). Two local dates (May 6 early morning and May 5) fall on one UTC day, 2022-05-05.",
  not_entries=["masthead, tagline and 'Skip to content'", "section menu", "cookie banner", "'TAG' label and tag title", "section labels above headlines (WORLD/NATION)", "'Read more' and share lines", "ADVERTISEMENT and TRENDING link", "'Load More', footer links and copyright"],
  entries=[
  E("2022-05-06 06:40", "Warsaw donors' conference raises $6.5 billion for Ukraine",
    ["Governments and private donors meeting in the Polish capital on Thursday promised a combined $6.5 billion to help Ukrainians driven from their homes by the war, the hosts said.",
     "Polish Prime Minister Mateusz Morawiecki and his Swedish counterpart Magdalena Andersson co-chaired the event, with Ukraine's leaders taking part by video link."],
    "aid", "aid", 3, "warsaw-donor-conference-2022-05-05", a="Rosario Dimaculangan", sect="WORLD",
    n="Large humanitarian pledging conference co-chaired by two heads of government -> 3. Printed local date is May 6 (Manila) but the UTC day is May 5."),
  E("2022-05-05 22:15", "Kyiv says fighting rages inside Mariupol steel plant",
    ["Ukrainian fighters holding out in the Azovstal works in Mariupol are battling Russian troops who have forced their way into the plant, an adviser to the Ukrainian president said.",
     "Moscow denied that it was storming the site and said its units were only sealing off the exits."],
    "other", "frontline", 2, "azovstal-fighting-2022-05-05", a="Ramon Villaflor", sect="WORLD"),
  E("2022-05-05 19:50", "DFA: three Filipino seafarers leave Mykolaiv port",
    ["Three Filipino crew members who had been stuck aboard a cargo ship in Mykolaiv since late February have crossed safely into Moldova, the Department of Foreign Affairs said on Thursday.",
     "The DFA said the sailors would be flown home within the week.",
     "Eleven more Filipinos remain on vessels in Ukrainian waters, according to the department."],
    "other", "humanitarian", 2, "filipino-seafarers-leave-mykolaiv", a="Marites Lagman", sect="NATION"),
  E("2022-05-05 16:05", "EU lays out plan to phase out Russian oil within six months",
    ["The European Commission has asked member states to stop buying Russian crude within six months and refined fuels by the end of the year, as part of a sixth round of sanctions.",
     "Hungary and Slovakia say they need more time because their refineries rely on pipeline oil from Russia."],
    "diplomacy", "diplomacy", 2, "eu-sixth-sanctions-oil-phase-out", a="Rosario Dimaculangan", sect="WORLD",
    n="Sanctions -> diplomacy."),
  E("2022-05-05 13:30", "Russian missiles hit railway substations across central Ukraine",
    ["Russian missiles struck power substations serving the railway in at least five Ukrainian regions, the state rail operator said, delaying dozens of trains.",
     "Repair crews were at work within hours and no passengers were hurt, officials said."],
    "strikes", "strikes", 2, "railway-substation-strikes-2022-05-05", a="Ramon Villaflor", sect="WORLD"),
  E("2022-05-05 09:10", "Moscow announces daytime pause at Azovstal for civilian exits",
    ["Russia said its forces would hold fire around the Azovstal plant between 08:00 and 18:00 Moscow time for three days starting Thursday so that civilians could leave.",
     "Ukrainian officials said they had received no guarantees that the corridor would be respected."],
    "other", "humanitarian", 2, "azovstal-civilian-pause", a="Marites Lagman", sect="WORLD",
    n="Evacuation pause is a separate story from the fighting inside the plant (4000-02)."),
  ]))

SEEDS.append(dict(id="4001", name="4001_cphpost-keyevents", ext="html", source="The Copenhagen Post", zone="Europe/Copenhagen", render=r_cph,
  title="Ukraine war: where things stand on Wednesday", author="Mikkel Thorsen", pub="2022-08-03 23:45", datetext="3 August 2022, 23:45",
  lede="Our round-up of the day's main developments in and around Ukraine, from the grain corridor to Washington.",
  ldesc="Grain ship cleared in Istanbul, NATO vote in Washington & Copenhagen's conference plans",
  outro="This round-up will be updated tomorrow. Send tips to our newsdesk.",
  fmt="HTML article, key-events bullet list", imitates="The Copenhagen Post (Denmark) round-up article",
  notes="Copenhagen Post-style round-up article with NewsArticle JSON-LD (description contains an entity-escaped '&amp;'). The key-events bullet list is the content: each bullet is one event = one entry with no headline (headline null, stamp null). Every bullet takes the article's time '3 August 2022, 23:45' (Copenhagen CEST, UTC+2 = 21:45 UTC). Byline 'By Mikkel Thorsen' is every entry's author. The intro and outro paragraphs are not entries.",
  not_entries=["site header and menu", "category label 'International'", "article title", "byline/date line", "share links", "intro paragraph (lede)", "outro line", "newsletter box", "related links", "footer"],
  entries=[
  E("2022-08-03 23:45", None, ["Inspectors in Istanbul cleared the first ship carrying Ukrainian maize under the UN-backed grain arrangement on Wednesday, and it has continued towards Lebanon."],
    "other", "humanitarian", 2, "first-grain-ship-inspected-istanbul", a="Mikkel Thorsen", n="Grain corridor shipping -> other/humanitarian (convention)."),
  E("2022-08-03 23:45", None, ["The US Senate voted 95 to 1 to approve Finland and Sweden joining NATO, adding its ratification to those already completed by other allies."],
    "diplomacy", "diplomacy", 3, "us-senate-ratifies-nordic-nato-bids", a="Mikkel Thorsen", n="Alliance membership ratification -> diplomacy, 3."),
  E("2022-08-03 23:45", None, ["Standing beside a stranded gas turbine in Mülheim, German Chancellor Olaf Scholz said nothing was stopping its return to Russia and accused Moscow of inventing excuses to throttle gas supplies."],
    "diplomacy", "diplomacy", 2, "scholz-nord-stream-turbine", a="Mikkel Thorsen"),
  E("2022-08-03 23:45", None, ["Overnight shelling of Mykolaiv damaged houses and a school and killed one man, the regional governor said."],
    "strikes", "strikes", 2, "mykolaiv-shelling-2022-08-03", a="Mikkel Thorsen"),
  E("2022-08-03 23:45", None, ["Denmark's defence ministry confirmed that Copenhagen will host an international conference next week on funding weapons and training for Ukraine's armed forces.",
                               "Acting defence minister Morten Bødskov said the aim was to keep support going through the winter."],
    "aid", "aid", 2, "copenhagen-ukraine-donor-conference-plan", a="Mikkel Thorsen", sec=["diplomacy"]),
  E("2022-08-03 23:45", None, ["Ukraine's general staff said Russian troops had tried to advance on Bakhmut from the east and south and had been pushed back."],
    "other", "frontline", 2, "bakhmut-assaults-2022-08-03", a="Mikkel Thorsen"),
  ]))

SEEDS.append(dict(id="4002", name="4002_astanatimes-international", ext="txt", source="The Astana Times", zone="Asia/Almaty", render=r_astana,
  title="International", fmt="plain text, category listing", imitates="The Astana Times (Kazakhstan) category page",
  notes="Astana Times-style category scrape, newest first. Each item: headline, then the author's name fused to the date and time with no space ('Timur Abenov10 November 2022 05:20'), excerpt, 'Read More »'. No zone printed: Kazakhstan (Astana/Almaty) time, UTC+6 in 2022. The two newest items are dated 10 November locally but fall on UTC 9 November like the rest.",
  not_entries=["masthead, menu and Search", "newsletter line", "category title 'International'", "'Read More »' links", "Advertisement", "pagination", "copyright and footer links"],
  entries=[
  E("2022-11-10 05:20", "Kyiv treats reported Kherson pullout with caution",
    ["Ukrainian officials said on Wednesday evening they had seen no sign yet of Russian troops leaving Kherson and warned that the announcement could be a trap.",
     "An adviser to President Volodymyr Zelensky said Russian units were still present in the city."],
    "other", "frontline", 2, "russia-orders-kherson-withdrawal", a="Timur Abenov", n="Reaction to the withdrawal order (4002-02): same story."),
  E("2022-11-10 00:45", "Russia orders its troops off the right bank of the Dnipro near Kherson",
    ["Russian Defence Minister Sergei Shoigu told the commander of the campaign in Ukraine, Sergei Surovikin, to start moving troops back across the Dnipro River, at a televised meeting on Wednesday.",
     "Surovikin said keeping the city supplied was no longer possible."],
    "other", "frontline", 3, "russia-orders-kherson-withdrawal", a="Timur Abenov", n="Territorial retreat ordered by the defence minister: main development -> 3."),
  E("2022-11-09 20:10", "Kazakhstan sends medicine and generators to Ukraine",
    ["A cargo of medicines, power generators and warm clothing has left Almaty for Ukraine by rail through Poland, the Kazakh Foreign Ministry said.",
     "It is the second humanitarian consignment Astana has sent since the spring."],
    "aid", "aid", 2, "kazakhstan-humanitarian-cargo-ukraine", a="Aiman Zhakupova"),
  E("2022-11-09 16:30", "Ukraine lists regions facing scheduled blackouts after strikes",
    ["Ukraine's grid operator set rolling power cuts for Kyiv and six regions, saying repeated Russian missile strikes had left the country short of generating capacity.",
     "Households were told to expect outages of up to four hours at a time."],
    "strikes", "strikes", 2, "ukraine-rolling-blackouts-2022-11-09", a="Aiman Zhakupova", sec=["humanitarian"],
    n="Damage from earlier strikes leads the item -> strikes."),
  E("2022-11-09 13:05", "About 100,000 Russians who came after mobilisation remain in Kazakhstan",
    ["Roughly 100,000 Russian citizens who entered Kazakhstan after Moscow announced a partial mobilisation in September are still in the country, the migration service said.",
     "Most of the others have since gone home or travelled on to third countries, officials added."],
    "other", "politics", 2, "russians-fleeing-mobilisation-kazakhstan", a="Dana Ospanova"),
  E("2022-11-09 10:40", "Tokayev tells visiting MEPs Kazakhstan backs talks based on the UN Charter",
    ["President Kassym-Jomart Tokayev told a visiting delegation of European lawmakers that Kazakhstan supports a negotiated settlement that respects the territorial integrity of states.",
     "He said Astana would keep observing Western sanctions on Russia to avoid secondary restrictions on Kazakh firms."],
    "diplomacy", "diplomacy", 2, "tokayev-meps-ukraine-settlement", a="Dana Ospanova"),
  OFF("2022-11-09 08:15", "Capital's light rail to carry first passengers next year, city says",
    ["City officials in Astana said test runs on the long-delayed light rail line would begin in the spring.",
     "The first section links the airport with the railway station."],
    "astana-light-rail", a="Aiman Zhakupova", n="local transport story, not about the war."),
  ]))

SEEDS.append(dict(id="4003", name="4003_timeslive-rolling", ext="txt", source="TimesLIVE", zone="Africa/Johannesburg", render=r_timeslive,
  title="Ukraine war and the world: what we know on Thursday", ref="2022-12-01 21:40", fmt="plain text, relative stamps", imitates="TimesLIVE (South Africa) rolling world page",
  notes="TimesLIVE-style rolling page scrape, newest first. Stamps are relative ('12 minutes ago', '6 hours ago'), resolved against the printed 'Updated 01 December 2022 - 21:40' (SAST, UTC+2). Each post: headline, 'By NAME', relative stamp, body. 'ALSO READ:' lines and the subscription/advert block are chrome.",
  not_entries=["masthead, sign-in and menu", "section label 'World'", "page title", "Updated line", "standfirst line", "ALSO READ link", "subscription promo and Advertisement", "comment prompt, copyright and footer links"],
  entries=[
  E("2022-12-01 21:28", "Biden open to talking to Putin if he wants to end the war",
    ["US President Joe Biden said on Thursday he was prepared to speak with Vladimir Putin if the Russian leader showed he was looking for a way out of the war, but had no immediate plans to call him.",
     "He was speaking at a joint news conference with French President Emmanuel Macron at the White House."],
    "diplomacy", "diplomacy", 3, "biden-open-to-putin-talks", a="Lerato Mokoena", n="Head-of-state statement on talks -> 3."),
  OFF("2022-12-01 19:40", "ANC leaders to meet as Phala Phala report piles pressure on Ramaphosa",
    ["The ANC's national executive committee will hold an urgent meeting after an independent panel found there may be a case for President Cyril Ramaphosa to answer over cash stolen from his farm.",
     "Ramaphosa's spokesperson said the president was considering the report."],
    "phala-phala-report", a="Sipho Ndlovu", n="South African domestic politics, not about the war."),
  E("2022-12-01 17:40", "Lavrov kept away as OSCE ministers gather in Lodz",
    ["Russian Foreign Minister Sergei Lavrov was absent from the OSCE's annual ministerial meeting in Poland after Warsaw refused him entry.",
     "Polish Foreign Minister Zbigniew Rau, who chairs the organisation this year, opened the session by condemning the invasion of Ukraine."],
    "diplomacy", "diplomacy", 2, "osce-lodz-ministerial-lavrov-barred", a="Lerato Mokoena"),
  E("2022-12-01 15:40", "Shelling kills civilians in Kherson, governor says",
    ["Russian artillery fire from across the Dnipro killed two people and wounded several others in Kherson on Thursday, the regional governor said.",
     "Much of the city is still without heating three weeks after Russian troops withdrew."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-01", a="Thandeka Zulu"),
  E("2022-12-01 12:40", "Grain ship from Odesa docks in Durban",
    ["A bulk carrier loaded with Ukrainian wheat under the Black Sea grain arrangement berthed in Durban on Thursday, port officials said.",
     "Millers said the cargo would help steady bread prices before the holidays."],
    "other", "humanitarian", 2, "ukrainian-grain-ship-durban", a="Sipho Ndlovu", n="Grain corridor shipping -> other/humanitarian (convention)."),
  E("2022-12-01 07:40", "Zelensky presses allies for air defence before winter deepens",
    ["President Volodymyr Zelensky urged Ukraine's partners to speed up deliveries of air-defence systems, saying Russia was preparing more strikes on the power grid.",
     "In his nightly address he said every launcher that arrived before January would save lives."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2022-12-01", a="Thandeka Zulu", sec=["strikes"]),
  ]))

SEEDS.append(dict(id="4004", name="4004_ticotimes-latest", ext="html", source="The Tico Times", zone="America/Costa_Rica", render=r_tico,
  title="The Latest: Russia's war in Ukraine on Friday", author="Alejandra Mora", metadate="March 11, 2022",
  lede="Updates through the day on the war in Ukraine & Costa Rica's response. All times are local (Costa Rica).",
  dateline="Friday, March 11, 2022", fmt="HTML timeline page", imitates="The Tico Times (Costa Rica) 'Latest' timeline article",
  notes="Tico Times-style timeline article with NewsArticle JSON-LD (description entity-escaped). A date line 'Friday, March 11, 2022' sits above the timeline; each update has a bold stamp '8:35 a.m.' alone in a paragraph, then an h3 headline and body. Times are Costa Rica time (UTC-6, stated in the lede). Newest first. One page byline (Alejandra Mora) = every entry's author.",
  not_entries=["top bar and menu", "page title", "byline/date line", "social share links", "italic lede", "date line above the timeline", "newsletter box", "related posts", "footer"],
  entries=[
  E("2022-03-11 16:50", "Security Council meets at Moscow's request over lab claims",
    ["Russia used a UN Security Council session on Friday to repeat its accusation that Ukraine runs biological weapons laboratories with American help.",
     "The UN's disarmament chief told members the organisation was not aware of any such programme."],
    "diplomacy", "diplomacy", 2, "unsc-russia-biolab-claims", a="Alejandra Mora"),
  E("2022-03-11 15:10", "Costa Rica says 14 of its citizens have left Ukraine",
    ["The Foreign Ministry said 14 Costa Ricans who had been living in Ukraine have crossed into neighbouring countries and four of them are already back home.",
     "Foreign Minister Rodolfo Solano said consular staff in Europe were in touch with the remaining nationals."],
    "other", "humanitarian", 2, "costa-ricans-leave-ukraine", a="Alejandra Mora"),
  E("2022-03-11 09:55", "Biden moves to strip Russia of normal trade status",
    ["President Joe Biden said Washington would work with Congress and allies to end most-favoured-nation trade treatment for Russia, opening the way to higher tariffs on Russian goods.",
     "He also announced a ban on imports of Russian seafood, vodka and diamonds."],
    "diplomacy", "diplomacy", 3, "us-revokes-russia-trade-status", a="Alejandra Mora", n="Sanctions by a head of state -> diplomacy, 3."),
  E("2022-03-11 07:30", "Putin approves sending foreign volunteers to fight in Ukraine",
    ["Russian President Vladimir Putin backed a proposal from his defence minister to let volunteers from the Middle East join Russian forces in Ukraine.",
     "Defence Minister Sergei Shoigu claimed that more than 16,000 people had applied."],
    "other", "frontline", 2, "putin-foreign-volunteers", a="Alejandra Mora", n="Reinforcements -> other/frontline."),
  E("2022-03-11 06:40", "Missiles strike near airfields in western Ukraine",
    ["Russian strikes hit military airfields near Lutsk and Ivano-Frankivsk early on Friday, far from the main front lines, local officials said.",
     "The mayor of Lutsk said two Ukrainian servicemen were killed."],
    "strikes", "strikes", 3, "western-ukraine-airfield-strikes-2022-03-11", a="Alejandra Mora",
    n="Deadly strikes on two western cities, a first widening of the air campaign -> 3. Separate story from Dnipro (4004-06)."),
  E("2022-03-11 06:15", "Dnipro comes under air attack for the first time",
    ["Three air strikes hit the central city of Dnipro before dawn, landing near a kindergarten and an apartment block and killing one person, emergency services said.",
     "It was the first attack on the city since the invasion began."],
    "strikes", "strikes", 3, "dnipro-first-air-strikes-2022-03-11", a="Alejandra Mora"),
  ]))

SEEDS.append(dict(id="4005", name="4005_himalayantimes-world", ext="html", source="The Himalayan Times", zone="Asia/Kathmandu", render=r_tht,
  title="World", fmt="HTML section listing", imitates="The Himalayan Times (Nepal) section listing",
  notes="Himalayan Times-style listing, newest first, mixing World and Nepal items. Each item starts with its own 'Published: 05:10 am May 21, 2022' line BEFORE the headline. No zone printed: Nepal time (UTC+5:45). The page crosses local midnight (May 21 items, then May 20) while all items fall on UTC 20 May. Nepal items end with a 'Himalayan News Service' credit (taken as author); world items carry no credit (author null).",
  not_entries=["top strip with Nepali date, e-paper and subscribe links", "menu", "section title 'World'", "Advertisement", "ALSO READ link", "Most Read list", "footer"],
  entries=[
  E("2022-05-21 05:10", "Russia says Azovstal siege is over as last defenders surrender",
    ["Russia's defence ministry said the final group of Ukrainian fighters at the Azovstal steelworks had laid down their arms, giving Moscow full control of Mariupol.",
     "Kyiv did not immediately confirm the claim, but had earlier ordered the garrison to save their lives."],
    "other", "frontline", 3, "azovstal-surrender-complete", sect="World", n="Fall of Mariupol: main development -> 3. Local date May 21, UTC May 20 (23:25)."),
  E("2022-05-21 01:30", "G7 finance ministers agree $19.8 billion for Ukraine's budget",
    ["Finance ministers of the Group of Seven rich democracies agreed at talks in Germany to provide $19.8 billion to keep Ukraine's government running this year.",
     "The sum includes the $7.5 billion already promised by Washington."],
    "aid", "aid", 3, "g7-budget-support-19-8bn", sect="World"),
  E("2022-05-20 21:45", "Missile wrecks culture centre in Kharkiv region town",
    ["A Russian missile destroyed the House of Culture in Lozova in the Kharkiv region, wounding seven people including a child, the regional governor said.",
     "Video shared by officials showed the roof collapsing after the hit."],
    "strikes", "strikes", 2, "lozova-culture-house-strike", sect="World"),
  OFF("2022-05-20 16:20", "Vote count nears end in Kathmandu metropolis",
    ["Counting of ballots for mayor of Kathmandu Metropolitan City entered its final stage on Friday, with an independent candidate holding a clear lead.",
     "Election officials said the result could be declared within days."],
    "kathmandu-mayor-count", a="Himalayan News Service", sect="Kathmandu", n="Nepal local elections, not about the war."),
  E("2022-05-20 11:05", "Nepali students back from Ukraine seek places at home colleges",
    ["Nepali medical students who fled the war in Ukraine have asked the government to let them continue their studies at colleges in Nepal.",
     "The Medical Education Commission said it was studying the request."],
    "other", "humanitarian", 2, "nepali-students-from-ukraine", a="Himalayan News Service", sect="Nepal"),
  E("2022-05-20 07:30", "Shelling in Sievierodonetsk kills 12, governor says",
    ["Russian artillery killed at least 12 people in Sievierodonetsk on Thursday, the governor of the Luhansk region said.",
     "He said the city was being shelled from several directions as Russian troops tried to encircle it."],
    "strikes", "strikes", 2, "sievierodonetsk-shelling-2022-05-19", sect="World"),
  ]))

SEEDS.append(dict(id="4006", name="4006_memo-feed", ext="xml", source="Middle East Monitor", zone="Europe/London", render=r_memo,
  title="Middle East Monitor", fmt="RSS 2.0 (WordPress), excerpt + content:encoded", imitates="Middle East Monitor (UK) site feed",
  notes="Middle East Monitor-style WordPress RSS 2.0: pubDate with +0000 (London in November = GMT = UTC), dc:creator per item, <description> is a cut excerpt ending '[&#8230;]' and <content:encoded> carries the full body (body_paragraphs count content:encoded). General regional feed: two items are not about the war (an Iranian strike on Kurdish groups in Iraq, a World Cup match).",
  not_entries=["channel title, link and description", "lastBuildDate", "<description> excerpts (truncated copies of the first paragraph)", "categories and guids"],
  entries=[
  E("2022-11-28 21:40", "Russia postpones New START talks with US in Egypt",
    ["Talks between Moscow and Washington on resuming inspections under their last nuclear arms treaty, due to start in Cairo on Tuesday, have been put off, the US State Department said.",
     "Washington said Russia had called off the meeting on its own and that it was ready to set a new date."],
    "diplomacy", "diplomacy", 3, "new-start-cairo-talks-postponed", a="Yusuf Karim", cats=["Europe & Russia", "News", "US"]),
  OFF("2022-11-28 19:05", "Iran strikes Kurdish opposition bases in northern Iraq again",
    ["Iran's Revolutionary Guards fired drones and missiles at camps of Iranian Kurdish opposition groups in Iraq's Kurdistan Region on Monday, local officials said.",
     "Baghdad summoned Tehran's ambassador in protest."],
    "iran-strikes-iraqi-kurdistan", a="Layla Haddad", n="a different conflict (Iran vs Kurdish groups in Iraq); an attack, but not this war.", cats=["Iran", "Iraq", "News"]),
  E("2022-11-28 16:30", "Erdogan to raise wider grain deal with Putin, says Ankara",
    ["Turkish President Recep Tayyip Erdogan will discuss with Vladimir Putin extending the Black Sea grain arrangement to other goods, including fertiliser, his spokesman said.",
     "Ankara also wants to host a new round of prisoner exchanges between Moscow and Kyiv."],
    "diplomacy", "diplomacy", 2, "erdogan-putin-grain-deal-expansion", a="Yusuf Karim", cats=["Europe & Russia", "News", "Turkey"]),
  OFF("2022-11-28 15:20", "World Cup: Ghana edge South Korea in five-goal game",
    ["Ghana beat South Korea 3-2 at the Education City Stadium on Monday to revive their hopes of reaching the knockout stage.",
     "Mohammed Kudus scored twice for the Black Stars."],
    "world-cup-ghana-south-korea", a="Layla Haddad", n="football, not about the war.", cats=["Africa", "Asia & Americas", "Qatar 2022"]),
  E("2022-11-28 13:15", "Ukraine says it downed Iranian-made drones over Odesa region",
    ["Ukraine's southern command said air defences shot down several Iranian-designed Shahed drones over the Odesa region overnight.",
     "No one was hurt, but debris damaged a farm building, it said."],
    "strikes", "strikes", 2, "odesa-shahed-drones-2022-11-28", a="Layla Haddad", cats=["Europe & Russia", "Iran", "News"]),
  E("2022-11-28 09:20", "IAEA's Grossi hopes for Zaporizhzhia deal 'very soon'",
    ["The head of the UN nuclear watchdog said he hoped Russia and Ukraine would agree very soon on a protection zone around the Zaporizhzhia nuclear plant.",
     "Rafael Grossi said talks with both sides had made progress."],
    "diplomacy", "diplomacy", 2, "grossi-zaporizhzhia-protection-zone", a="Yusuf Karim", cats=["Europe & Russia", "News"]),
  E("2022-11-28 07:10", "Tehran again denies supplying missiles to Moscow",
    ["Iran's foreign ministry spokesman rejected reports that Tehran was preparing to send ballistic missiles to Russia for use in Ukraine.",
     "He said Iran had sold only a small number of drones to Russia, months before the war began."],
    "aid", "aid", 2, "iran-denies-missiles-for-russia", a="Layla Haddad", cats=["Iran", "News"], n="Arms transfer to Russia (denial) -> aid."),
  ]))

SEEDS.append(dict(id="4007", name="4007_rtltoday-live", ext="html", source="RTL Today", zone="Europe/Luxembourg", render=r_rtl,
  title="Live: Ukraine's forces retake Makariv as Mariupol holds out", url="https://today.rtl.lu/news/world/a/live-ukraine-22-march",
  lede="Day 27 of Russia's invasion. Follow the latest from Ukraine and from Luxembourg's response here.",
  byline="Live coverage by Ben Schmit", author="Ben Schmit", dateline="Tuesday, 22 March 2022",
  fmt="HTML live blog + LiveBlogPosting JSON-LD, Key Points", imitates="RTL Today (Luxembourg) live blog",
  notes="RTL Today-style live blog, newest first, bare 'HH:MM' stamps under the date line 'Tuesday, 22 March 2022'; Luxembourg time, CET = UTC+1 (before the March clock change). LiveBlogPosting JSON-LD carries per-update times and WordPress-style entity-escaped strings ('&#039;', '&quot;'). A 'Key Points' box lists two headlines (4007-02, 4007-04). One page byline 'Live coverage by Ben Schmit' and no per-post bylines: Ben Schmit is every entry's author.",
  not_entries=["header and menu", "LIVE badge and title", "intro line", "byline and date line", "Key Points box (duplicates entry headlines)", "share bar", "app promo and Advertisement", "link to Monday's live blog", "footer"],
  entries=[
  E("2022-03-22 21:05", "Russian court hands Navalny nine more years in prison",
    ["A Russian court sentenced opposition politician Alexei Navalny to nine years in a high-security prison for fraud and contempt of court, charges his supporters call political revenge.",
     "Navalny was already serving a sentence in a penal colony east of Moscow."],
    "other", "politics", 2, "navalny-nine-year-sentence", a="Ben Schmit", n="Russian domestic politics during the war -> other/politics."),
  E("2022-03-22 18:40", "Ukrainian forces push Russian troops out of Makariv",
    ["Ukraine's defence ministry said its troops had retaken the town of Makariv, west of Kyiv, after heavy fighting.",
     "The Pentagon said Russian units north-west of the capital appeared to be digging in rather than advancing."],
    "other", "frontline", 3, "makariv-retaken", a="Ben Schmit", kp=True),
  E("2022-03-22 16:10", "Government releases extra humanitarian aid for Ukraine",
    ["Luxembourg's Development Cooperation and Humanitarian Affairs Minister Franz Fayot announced a further €3 million for humanitarian agencies working in Ukraine and neighbouring countries.",
     "The money will go to food, shelter and medical care, the ministry said."],
    "aid", "aid", 2, "luxembourg-humanitarian-aid-2022-03-22", a="Ben Schmit"),
  E("2022-03-22 13:25", "Zelensky: 100,000 civilians still trapped in Mariupol",
    ["President Volodymyr Zelensky said about 100,000 people remained in Mariupol without food, water or medicine, under constant bombardment.",
     "He said a convoy trying to reach the city had been held up by Russian forces."],
    "other", "humanitarian", 3, "mariupol-civilians-trapped-2022-03-22", a="Ben Schmit", kp=True),
  E("2022-03-22 11:00", "Kyiv's curfew ends after strike on shopping centre",
    ["A 35-hour curfew imposed in Kyiv after a Russian strike destroyed a shopping centre in the Podilskyi district is due to end on Wednesday morning, the mayor said.",
     "Residents were told to stay home unless heading to a shelter."],
    "other", "humanitarian", 2, "kyiv-curfew-2022-03-22", a="Ben Schmit", sec=["strikes"], n="Headline leads with the curfew -> other/humanitarian; the strike itself was two days earlier."),
  E("2022-03-22 08:30", "Kremlin says talks with Kyiv have not made real progress",
    ["Kremlin spokesman Dmitry Peskov said negotiations with Ukraine had not produced anything significant so far and that much more work was needed.",
     "Ukrainian negotiators said talks were continuing by video every day."],
    "diplomacy", "diplomacy", 2, "kremlin-talks-no-progress-2022-03-22", a="Ben Schmit"),
  ]))

SEEDS.append(dict(id="4008", name="4008_telex-tag", ext="txt", source="Telex English", zone="Europe/Budapest", render=r_telex,
  title="Russia-Ukraine war", fmt="plain text, tag listing", imitates="Telex English (Hungary) tag page",
  notes="Telex English-style tag page scrape, newest first. Each item: headline, then a stamp line in Hungarian order '2022.12.12. – 14:38' (year.month.day., en dash, 24 h), then the author line, then body, then 'Copy link'. No zone printed: Budapest time, CET = UTC+1.",
  not_entries=["logo lines 'telex' / 'English'", "menu", "cookie notice and buttons", "'Tag' label and tag title", "'Copy link' lines", "support box", "'Load more' and footer"],
  entries=[
  E("2022-12-12 22:50", "Hungary drops veto on €18 billion EU loan for Ukraine in package deal",
    ["EU ambassadors reached a deal late on Monday under which Budapest will no longer block the bloc's €18 billion financial aid package for Ukraine next year, diplomats said.",
     "In return the Commission is expected to lower the amount of cohesion money it wants to freeze for Hungary.",
     "The deal also clears the way for a global minimum tax on large companies."],
    "aid", "aid", 3, "hungary-lifts-veto-eu-ukraine-loan", a="Bence Horváth", sec=["diplomacy"]),
  E("2022-12-12 19:40", "Szijjártó: sanctions have not brought the war any closer to an end",
    ["Foreign Minister Péter Szijjártó told reporters in Brussels that sanctions had hurt Europe more than Russia and had not shortened the war.",
     "He said Hungary would not support any measures that touch on energy imports."],
    "diplomacy", "diplomacy", 2, "szijjarto-sanctions-remarks-2022-12-12", a="Réka Szabó"),
  E("2022-12-12 16:45", "Zelensky asks G7 leaders for gas and more air defence",
    ["Volodymyr Zelensky told a video meeting of Group of Seven leaders that Ukraine needed around two billion cubic metres of extra gas and more air-defence systems to get through the winter.",
     "He also proposed a limited Christmas withdrawal of Russian troops as a first step."],
    "aid", "aid", 2, "zelensky-g7-appeal-2022-12-12", a="Réka Szabó", sec=["diplomacy"]),
  E("2022-12-12 14:10", "EU foreign ministers add €2 billion to military support fund",
    ["Foreign ministers of the European Union agreed to put a further €2 billion into the fund the bloc uses to pay for weapons sent to Ukraine.",
     "Hungary did not block the decision, diplomats said."],
    "aid", "aid", 3, "eu-peace-facility-top-up-2022-12-12", a="Bence Horváth", n="Major military aid decision -> 3; separate from the €18 billion loan (4008-01)."),
  E("2022-12-12 11:30", "Odesa still largely without power after weekend drone attack",
    ["Most of Odesa remained without electricity on Monday after Iranian-made drones hit two energy facilities on Saturday, the regional administration said.",
     "Repairs could take up to three months, the grid company warned."],
    "strikes", "strikes", 2, "odesa-drone-attack-blackout-2022-12-10", a="Dóra Kiss"),
  OFF("2022-12-12 08:20", "Budapest Christmas market prices up by a third",
    ["A cup of mulled wine at the Vörösmarty tér Christmas market now costs about a third more than last year, a Telex survey found.",
     "Stallholders blamed energy bills and the weak forint."],
    "budapest-christmas-market-prices", a="Dóra Kiss", n="Hungarian consumer prices, not about the war."),
  ]))

SEEDS.append(dict(id="4009", name="4009_apa-rdf", ext="xml", source="APA", zone="Asia/Baku", render=r_apa,
  title="APA - News in English", fmt="RSS 1.0 (RDF), dc:date with offset", imitates="APA (Azerbaijan) English news feed",
  notes="APA-style RSS 1.0 (RDF) feed: dc:date with +04:00 (Baku), descriptions are entity-escaped HTML paragraphs, no authors (author null). Newest first. Mixes war items with regional items; one item (Middle Corridor transport) is not about the war.",
  not_entries=["channel title/link/description", "rdf:Seq list of item links", "dc:subject values"],
  entries=[
  E("2022-08-16 22:05", "Guterres to meet Zelensky and Erdogan in Lviv",
    ["UN Secretary-General Antonio Guterres will travel to Lviv on Thursday for talks with Ukrainian President Volodymyr Zelensky and Turkish President Recep Tayyip Erdogan, his spokesman said.",
     "The three are expected to discuss the grain export deal and the situation at the Zaporizhzhia nuclear plant."],
    "diplomacy", "diplomacy", 2, "guterres-lviv-trip-announced", sect="world"),
  E("2022-08-16 17:15", "Azerbaijan sends another batch of power equipment to Ukraine",
    ["Azerbaijan has dispatched transformers and generators to Ukraine as humanitarian aid for the country's energy system, the Azerbaijani embassy in Kyiv said.",
     "It is the third such shipment this year."],
    "aid", "aid", 2, "azerbaijan-energy-equipment-ukraine", sect="politics"),
  E("2022-08-16 14:20", "Ship with Ukrainian wheat for Ethiopia leaves port",
    ["The bulk carrier Brave Commander left Pivdennyi port near Odesa with 23,000 tonnes of wheat bound for Ethiopia, the first UN food aid cargo to sail under the grain deal.",
     "The grain was bought by the World Food Programme."],
    "other", "humanitarian", 2, "wfp-grain-ship-ethiopia", sect="world"),
  OFF("2022-08-16 12:30", "Azerbaijan, Georgia and Türkiye discuss Middle Corridor freight",
    ["Transport officials from Azerbaijan, Georgia and Türkiye met in Baku to discuss raising freight volumes on the route linking China and Europe across the Caspian.",
     "They agreed to simplify customs checks at border crossings."],
    "middle-corridor-freight-talks", sect="business", n="regional transport, not about the war."),
  E("2022-08-16 11:40", "Putin accuses US of dragging out conflict in Ukraine",
    ["Russian President Vladimir Putin told a security conference in Moscow that the United States was trying to prolong the conflict in Ukraine.",
     "He also called the visit of US House Speaker Nancy Pelosi to Taiwan a carefully planned provocation."],
    "diplomacy", "diplomacy", 2, "putin-moscow-security-conference-speech", sect="world"),
  E("2022-08-16 08:50", "Explosions hit military depot in Crimea's Dzhankoy district",
    ["Blasts ripped through an ammunition depot near the village of Maiske in northern Crimea on Tuesday morning, damaging a power substation and a railway line.",
     "Russia's defence ministry blamed sabotage, and about 3,000 residents were evacuated from nearby villages."],
    "strikes", "strikes", 3, "crimea-dzhankoy-depot-explosions", sect="world",
    n="Large explosions at a Russian military depot, attributed to sabotage; treated as an attack on a military target -> strikes (judgement; could be other/security)."),
  ]))

# ===================================================================== PART B, day 1: 2022-11-23 (UTC)
BARRAGE = "energy-barrage-2022-11-23"; VIL = "vilniansk-maternity-ward-strike"; EP = "european-parliament-state-sponsor-of-terrorism"
NL = "netherlands-energy-repair-aid-2022-11-23"

SEEDS.append(dict(id="4020", name="4020_abinger-textlive", ext="txt", source="Abinger Daily", zone="Europe/London", render=r_abinger,
  title="Russia-Ukraine war live: missiles hit energy grid across Ukraine", dateline="Wednesday 23 November 2022 · All times GMT",
  fmt="plain text live blog, oldest first", imitates="invented",
  notes="Invented outlet. Text live blog, OLDEST first. Each post: stamp line '1345 GMT' (HHMM, GMT = UTC), headline line, body, optional 'Reporting by NAME' line (author). Key Points block lists two headlines (4020-04, 4020-08). 4020-05 is a video teaser with no body. 4020-06 repeats 4020-04 nearly verbatim (one word added to the headline, one verb changed in the body).",
  not_entries=["masthead and menu", "page title and date line", "Key Points block (copies of headlines)", "'Oldest first | Newest first' toggle", "Advertisement", "'Read more:' link", "share line and copyright", "'Reporting by' lines (authors, not body)"],
  entries=[
  E("2022-11-23 06:40", "Newborn killed as missile hits maternity ward in Vilniansk",
    ["A Russian missile destroyed the maternity unit of a hospital in Vilniansk, in the Zaporizhzhia region, overnight, killing a two-day-old boy, Ukrainian emergency services said.",
     "His mother and a doctor were pulled alive from the rubble."],
    "strikes", "strikes", 3, VIL, a="Helen Marsh", n="Overnight strike on a different place from the afternoon barrage: must not merge with it."),
  E("2022-11-23 10:20", "Latvia announces new military aid package for Ukraine",
    ["Latvia's defence ministry said it would send Ukraine more Stinger anti-aircraft missiles, spare parts for howitzers and a batch of reconnaissance drones.",
     "It did not put a value on the package."],
    "aid", "aid", 2, "latvia-military-aid-2022-11-23", a="Tom Reddy", n="Single source; must not merge with the Dutch energy-repair money (4021-06, 4023-03)."),
  E("2022-11-23 11:50", "European Parliament declares Russia a state sponsor of terrorism",
    ["The European Parliament voted on Wednesday to designate Russia a state sponsor of terrorism, citing attacks on civilians and energy infrastructure in Ukraine.",
     "The resolution passed with 494 votes in favour, 58 against and 44 abstentions. It has no legal force but adds pressure for further sanctions."],
    "diplomacy", "diplomacy", 3, EP, a="Tom Reddy"),
  E("2022-11-23 13:45", "Three killed in Kyiv as Russia launches new wave of missiles",
    ["At least three people were killed when a missile hit a two-storey residential building in Kyiv on Wednesday afternoon, the city's mayor Vitali Klitschko said.",
     "Air raid sirens sounded across Ukraine as Russia fired dozens of cruise missiles at energy sites, and power went off in several regions."],
    "strikes", "strikes", 3, BARRAGE, a="Helen Marsh", kp=True),
  E("2022-11-23 15:10", "Watch: Kyiv streets go dark after strikes", [], "strikes", "strikes", 1, BARRAGE,
    n="Video teaser without body: importance 1, story of the barrage it shows."),
  E("2022-11-23 16:10", "Three killed in Kyiv as Russia launches a new wave of missiles",
    ["At least three people were killed when a missile struck a two-storey residential building in Kyiv on Wednesday afternoon, the city's mayor Vitali Klitschko said.",
     "Air raid sirens sounded across Ukraine as Russia fired dozens of cruise missiles at energy sites, and power went off in several regions."],
    "strikes", "strikes", 1, BARRAGE, a="Helen Marsh", dup="4020-04", n="Near-verbatim repeat of 4020-04 ('a' added, 'hit' -> 'struck')."),
  E("2022-11-23 17:05", "Moldova plunged into blackouts after Ukrainian grid trips",
    ["Large parts of Moldova lost power after the Russian strikes knocked out a high-voltage line linking the country's grid to Ukraine's, Moldovan officials said.",
     "Deputy Prime Minister Andrei Spînu said the outage was a direct consequence of the attack on Ukraine's energy system."],
    "strikes", "strikes", 3, BARRAGE, a="Tom Reddy", n="Direct aftermath of the same barrage -> same story (convention)."),
  E("2022-11-23 19:20", "Death toll from missile barrage rises to 10",
    ["Ten people have now been confirmed dead across Ukraine after Wednesday's missile attack, officials said, including four in Vyshhorod just north of Kyiv.",
     "All three nuclear power stations still under Kyiv's control were disconnected from the grid and switched to emergency mode."],
    "strikes", "strikes", 3, BARRAGE, a="Helen Marsh", kp=True),
  E("2022-11-23 21:50", "Zelensky tells UN Security Council the strikes are a crime against humanity",
    ["Speaking by video to an emergency session of the UN Security Council, President Volodymyr Zelensky said leaving millions without heat and water in freezing weather was an obvious crime against humanity.",
     "He urged members to respond to what he called Russia's energy terror."],
    "strikes", "strikes", 3, BARRAGE, a="Tom Reddy", sec=["diplomacy"], n="Reaction whose content is the attack itself -> strikes, same story as the barrage (convention)."),
  ]))

SEEDS.append(dict(id="4021", name="4021_caverswall-ldlive", ext="html", source="Caverswall Report", zone="Europe/Kyiv", render=r_caverswall,
  title="Ukraine live: power cut across the country after massive missile attack", url="https://caverswallreport.example/live/2022-11-23-ukraine",
  lede="Russia fired dozens of cruise missiles at Ukraine's energy system on Wednesday. Updates from our team in Kyiv.",
  tznote="All times are Kyiv time (EET).", dayhead="Wednesday, November 23, 2022",
  fmt="HTML live blog + LiveBlogPosting JSON-LD", imitates="invented",
  notes="Invented outlet. HTML live blog, newest first, under one date header; visible stamps '10:30 p.m.' style in <time datetime> with +02:00 (Kyiv, EET = UTC+2); JSON-LD updates carry the same per-update times. Per-update 'By NAME' bylines. Spelled 'Vyshgorod' and 'Vilnyansk' here.",
  not_entries=["header menu", "page title and standfirst", "time-zone note", "date header", "'Share this update' labels", "membership promo", "footer"],
  entries=[
  E("2022-11-23 22:30", "Most of Kyiv without power and water, says mayor",
    ["About 80 percent of Kyiv's residents were left without electricity and running water after the afternoon strikes, Vitali Klitschko said late on Wednesday.",
     "Pumping stations were being switched to backup generators, he added."],
    "strikes", "strikes", 3, BARRAGE, a="Olena Martyniuk", sec=["humanitarian"]),
  E("2022-11-23 20:05", "Air force says 51 of 67 cruise missiles were shot down",
    ["Ukraine's air force said its air defences destroyed 51 of the 67 cruise missiles Russia fired on Wednesday, as well as five attack drones.",
     "The rest got through and hit energy facilities in several regions."],
    "strikes", "strikes", 3, BARRAGE, a="Olena Martyniuk"),
  E("2022-11-23 17:35", "Nuclear plants shut down automatically as grid falters",
    ["Ukraine's three working nuclear power plants disconnected from the grid during the strikes, the state nuclear operator Energoatom said.",
     "The occupied Zaporizhzhia plant also lost its outside power supply and is running on diesel generators."],
    "strikes", "strikes", 3, BARRAGE, a="Petro Havrylyuk"),
  E("2022-11-23 15:10", "Missiles hit Kyiv, Lviv and Vyshgorod; at least two dead",
    ["At least two people were killed as missiles struck Kyiv and the nearby town of Vyshgorod, officials said, while explosions were also reported in Lviv in the west.",
     "Emergency crews were searching damaged buildings for survivors."],
    "strikes", "strikes", 3, BARRAGE, a="Petro Havrylyuk", n="Early toll (two); grows to ten by the evening in other seeds."),
  E("2022-11-23 13:20", "MEPs brand Russia a state sponsor of terrorism",
    ["Members of the European Parliament backed a resolution naming Russia a state sponsor of terrorism, a step Kyiv had sought for months.",
     "Foreign Minister Dmytro Kuleba welcomed the vote and called on EU governments to follow."],
    "diplomacy", "diplomacy", 3, EP, a="Olena Martyniuk"),
  E("2022-11-23 11:45", "Dutch government pledges extra money for Ukraine's power repairs",
    ["The Netherlands will give a further €40 million to help Ukraine repair power stations and transmission lines damaged by Russian strikes, development minister Liesje Schreinemacher said.",
     "The money goes into a fund run by Ukraine's energy ministry."],
    "aid", "aid", 3, NL, a="Petro Havrylyuk"),
  E("2022-11-23 04:10", "Baby killed in strike on Vilnyansk hospital",
    ["A newborn boy was killed when a Russian rocket hit the maternity ward of the hospital in Vilnyansk, near Zaporizhzhia, before dawn on Wednesday, regional governor Oleksandr Starukh said.",
     "Doctors and the baby's mother survived, he said."],
    "strikes", "strikes", 3, VIL, a="Olena Martyniuk"),
  ]))

SEEDS.append(dict(id="4022", name="4022_hambleden-worldrss", ext="xml", source="Hambleden World Service", zone="UTC", render=r_rss_gmt,
  title="Hambleden World Service - Top stories", link="https://hambleden-world.example", desc="The world's news, updated around the clock",
  fmt="RSS 2.0 general world feed", imitates="invented",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT (= UTC). Four of seven items are not about the war (football, an Indonesian earthquake, Turkish strikes in Syria, Malaysian politics). No authors except where dc:creator is given.",
  not_entries=["channel title, link, description, ttl", "categories and guids"],
  entries=[
  E("2022-11-23 21:30", "Russian strikes leave millions in Ukraine without power",
    ["A wave of Russian missile strikes on Ukraine's energy network killed at least ten people and cut electricity to millions on Wednesday, officials in Kyiv said.",
     "Neighbouring Moldova also suffered widespread outages."],
    "strikes", "strikes", 3, BARRAGE, sect="europe"),
  OFF("2022-11-23 19:00", "World Cup: Japan come from behind to stun Germany",
    ["Two late goals from substitutes gave Japan a 2-1 win over four-time champions Germany in their opening World Cup match in Doha.",
     "Germany had led through a first-half penalty."],
    "world-cup-japan-germany", a="Owen Pritchard", sect="sport", n="football."),
  OFF("2022-11-23 17:10", "Rescuers still searching for survivors of Cianjur quake",
    ["Rescue teams in Indonesia's West Java province were still digging through collapsed houses on Wednesday, two days after an earthquake struck near the town of Cianjur.",
     "Officials said dozens of people remained missing."],
    "cianjur-earthquake", sect="asia", n="natural disaster in Indonesia."),
  OFF("2022-11-23 15:40", "Turkey keeps up air strikes on Kurdish militants in northern Syria",
    ["Turkish jets and drones struck Kurdish-held areas of northern Syria for a fourth day, and President Recep Tayyip Erdogan said a ground operation could follow.",
     "Kurdish-led forces said civilians were among the dead."],
    "turkey-strikes-northern-syria", sect="middle-east", n="a different war: air strikes, but not Russia-Ukraine; must not merge with the barrage."),
  E("2022-11-23 12:30", "EU lawmakers label Russia state sponsor of terrorism",
    ["The European Parliament has voted to call Russia a state sponsor of terrorism over its attacks on civilians in Ukraine.",
     "The vote is symbolic because the EU has no legal framework for such a designation."],
    "diplomacy", "diplomacy", 3, EP, sect="europe"),
  OFF("2022-11-23 09:15", "Malaysia's king consults fellow rulers over hung parliament",
    ["Malaysia's king called a meeting of the country's hereditary state rulers to help decide who should become prime minister after an inconclusive election.",
     "Neither main coalition has a majority in parliament."],
    "malaysia-hung-parliament", sect="asia", n="Malaysian politics."),
  E("2022-11-23 07:05", "Newborn dies as rocket hits Ukrainian maternity ward",
    ["A baby boy was killed when a Russian rocket hit a maternity ward in the town of Vilniansk in south-eastern Ukraine overnight, officials said."],
    "strikes", "strikes", 3, VIL, sect="europe"),
  ]))

SEEDS.append(dict(id="4023", name="4023_edale-article", ext="html", source="Edale Journal", zone="Europe/London", render=r_html_sections,
  title="Ukraine's power grid under fire: what Wednesday's strikes mean", pub="2022-11-23 18:30", datetext="23 November 2022, 18:30 GMT",
  author="Rosalind Pike", kicker="Analysis", lede="Another barrage, another blackout. Here is what was hit, how repairs work and who is paying for them.",
  caption="A substation near Kyiv after an earlier strike. Photo: agency", related="Moldova's dependence on Ukraine's grid, explained",
  fmt="HTML article with h2 sections + NewsArticle JSON-LD", imitates="invented",
  notes="Invented outlet. Analysis article with three h2 sections; one entry per section (stamp null), each dated by the article's date line '23 November 2022, 18:30 GMT'. Byline Rosalind Pike for every section. The middle section is a theme piece (explainer) and its own story.",
  not_entries=["header menu", "kicker 'Analysis'", "title and standfirst", "byline and date line", "photo caption", "share label", "'More from' box", "footer"],
  entries=[
  E("2022-11-23 18:30", "What was hit",
    ["Russia's latest barrage struck power stations and substations across Ukraine on Wednesday afternoon, cutting electricity in Kyiv, Kharkiv, Lviv and Odesa.",
     "Officials said at least six people had been killed by early evening.",
     "The strikes also forced the country's nuclear plants offline at the same time for the first time."],
    "strikes", "strikes", 3, BARRAGE, a="Rosalind Pike"),
  E("2022-11-23 18:30", "How repair crews bring the lights back",
    ["Ukrainian engineers have learned to restore power within days by routing supply around damaged substations and taking parts from less important sites.",
     "The weak point is large transformers, which take months to build and cannot be bought off the shelf.",
     "That is why Kyiv's allies are being asked to find spare units in their own grids."],
    "other", "humanitarian", 2, "explainer-ukraine-grid-repairs", a="Rosalind Pike", sec=["strikes", "aid"],
    n="theme piece: explainer on how the grid is repaired; its own story, not the barrage."),
  E("2022-11-23 18:30", "Dutch money and other help",
    ["The Netherlands said on Wednesday it would add €40 million to a fund for emergency energy repairs, one of several pledges made this week.",
     "Officials in Kyiv said the money would buy transformers and cable."],
    "aid", "aid", 3, NL, a="Rosalind Pike"),
  ]))

# ===================================================================== PART B, day 2: 2022-11-24 (UTC) — the day after day 1
KH = "kherson-shelling-2022-11-24"; CAP = "eu-oil-price-cap-talks-stall"; NIK = "nikopol-shelling-2022-11-24"

SEEDS.append(dict(id="4030", name="4030_dinsdale-htmllive", ext="html", source="Dinsdale Post", zone="Europe/London", render=r_dinsdale,
  title="Ukraine war live: Kherson comes under heavy fire", lede="Shelling kills civilians in Kherson; Kyiv restores water after Wednesday's blackout; EU argues over an oil price cap.",
  dateline="Thursday 24 November 2022", fmt="HTML live blog, no JSON-LD, oldest first", imitates="invented",
  notes="Invented outlet. HTML live blog without JSON-LD, OLDEST first, stamps '7.10am' (UK time, GMT = UTC in November) under the dateline 'Thursday 24 November 2022'. 'Posted by NAME' after the body = author. 4030-01 continues day 1's barrage story (new development: water back, power still out). 4030-04 is a photo teaser without body. 4030-05 repeats 4030-03 nearly verbatim.",
  not_entries=["masthead and menu", "title and summary line", "dateline", "'Showing oldest posts first'", "Advertisement and briefing sign-up", "'This blog has now closed' line", "footer"],
  entries=[
  E("2022-11-24 07:10", "Water returns to Kyiv but many homes are still dark",
    ["Running water has been restored across Kyiv after Wednesday's barrage, but around 70 percent of the capital was still without electricity on Thursday morning, city officials said.",
     "The national grid operator said the nuclear plants would be reconnected during the day."],
    "strikes", "strikes", 2, BARRAGE, a="Gareth Lowe",
    n="Day-2 continuation of the day-1 barrage story with a new development (repairs); keeps the day-1 slug; only this day-2 seed carries it -> 2."),
  E("2022-11-24 09:30", "Peskov: Kyiv can end the suffering by meeting Russia's demands",
    ["Kremlin spokesman Dmitry Peskov said Ukraine's leadership could end its people's hardship by settling on Moscow's terms.",
     "He said the strikes on infrastructure were a consequence of Kyiv's refusal to negotiate."],
    "diplomacy", "diplomacy", 2, "peskov-kyiv-can-end-suffering", a="Gareth Lowe", sec=["strikes"],
    n="Kremlin statement; must not merge with Kuleba's air-defence appeal (4032-05)."),
  E("2022-11-24 11:05", "Kherson shelled: four dead as strikes hit homes",
    ["Russian shelling killed four people in Kherson on Thursday morning, hitting apartment blocks and a petrol station, the regional administration said.",
     "It was the heaviest bombardment of the city since Ukrainian troops returned two weeks ago."],
    "strikes", "strikes", 3, KH, a="Nia Probert", n="Early toll (four); rises to seven later."),
  E("2022-11-24 12:40", "Pictured: aftermath of shelling in Kherson", [], "strikes", "strikes", 1, KH, n="Photo teaser without body -> importance 1."),
  E("2022-11-24 14:35", "Kherson shelled: four dead as strikes hit homes",
    ["Russian shelling killed four people in Kherson on Thursday morning, striking apartment blocks and a petrol station, the regional administration said.",
     "It was the heaviest bombardment of the city since Ukrainian troops returned two weeks ago."],
    "strikes", "strikes", 1, KH, a="Nia Probert", dup="4030-03", n="Near-verbatim repeat of 4030-03 (same headline, one verb changed)."),
  E("2022-11-24 16:10", "EU envoys fail to agree price cap on Russian oil",
    ["Ambassadors from EU countries broke up without agreeing the level of a price cap on Russian seaborne oil, after Poland and the Baltic states rejected a proposed $65 a barrel as too generous.",
     "Greece, Cyprus and Malta had pushed for a higher ceiling to protect their shipping industries."],
    "diplomacy", "diplomacy", 3, CAP, a="Nia Probert"),
  E("2022-11-24 18:50", "Kherson death toll rises to seven",
    ["Seven people were killed and 21 wounded by Russian shelling in Kherson on Thursday, the head of the regional military administration said.",
     "He urged residents to move to safer parts of the country for the winter."],
    "strikes", "strikes", 3, KH, a="Nia Probert"),
  ]))

SEEDS.append(dict(id="4031", name="4031_fairbourne-worldatom", ext="xml", source="Fairbourne World", zone="UTC", render=r_atom_world,
  title="Fairbourne World: latest headlines", link="https://fairbourne-world.example", desc="International news from the Fairbourne World desk",
  fmt="Atom general world feed", imitates="invented",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), HTML content entity-escaped. Four of six items are not about the war (football, Malaysia's new prime minister, a South Korean truckers' strike, bombings in Jerusalem).",
  not_entries=["feed title, subtitle, links, id, updated", "categories"],
  entries=[
  OFF("2022-11-24 21:10", "Richarlison double gives Brazil win over Serbia",
    ["Richarlison scored twice in the second half as Brazil opened their World Cup campaign with a 2-0 win over Serbia in Lusail.",
     "His second goal, an acrobatic volley, was the pick of the tournament so far."],
    "world-cup-brazil-serbia", a="Owen Tillett", sect="sport", n="football."),
  E("2022-11-24 20:15", "Seven killed as Russian shells hit Kherson",
    ["Russian shelling of the southern Ukrainian city of Kherson killed seven people on Thursday, Ukrainian officials said, two weeks after Moscow's forces pulled out.",
     "Residential streets and a supermarket were among the places hit."],
    "strikes", "strikes", 3, KH, a="Megan Ashdown", sect="europe"),
  E("2022-11-24 12:10", "EU countries split over level of Russian oil price cap",
    ["European Union governments remained divided on Thursday over how low to set a cap on the price of Russian oil shipped by sea, with talks due to resume on Friday.",
     "The cap is meant to take effect on December 5, alongside an EU ban on seaborne imports of Russian crude."],
    "diplomacy", "diplomacy", 3, CAP, a="Megan Ashdown", sect="business"),
  OFF("2022-11-24 10:00", "Anwar Ibrahim sworn in as Malaysia's prime minister",
    ["Veteran opposition leader Anwar Ibrahim was sworn in as Malaysia's prime minister after the king named him to end days of deadlock following a hung election.",
     "Anwar said he would form a unity government."],
    "malaysia-anwar-sworn-in", sect="asia", n="Malaysian politics; continues day 1's off-beat Malaysia item but a new event."),
  OFF("2022-11-24 06:20", "South Korean truckers begin nationwide strike",
    ["Thousands of South Korean cargo truck drivers walked off the job on Thursday in a dispute over minimum freight rates, threatening supplies to ports and factories.",
     "The government called the strike irresponsible."],
    "south-korea-truckers-strike", sect="asia", n="labour strike (not an attack), not about the war."),
  OFF("2022-11-24 05:40", "Jerusalem bombings: police search for attackers",
    ["Israeli police were searching for those behind two bomb blasts at bus stops in Jerusalem on Wednesday that killed a teenager and wounded more than a dozen people.",
     "Officials said the devices had been hidden in bags."],
    "jerusalem-bus-stop-bombings", sect="middle-east", n="a different conflict; attack, but not this war."),
  ]))

SEEDS.append(dict(id="4032", name="4032_kinver-textlive", ext="txt", source="Kinver Observer", zone="Europe/Berlin", render=r_kinver,
  title="Ukraine live: Kherson under fire, EU split on oil cap", lede="Our correspondents follow the war in Ukraine and Europe's response.",
  dateline="Thursday, 24 November 2022 – all times CET", fmt="plain text live blog, time line after headline", imitates="invented",
  notes="Invented outlet. Text live blog, newest first. Each post: headline line, then its stamp on its own line '21:40 CET' (CET = UTC+1), then 'By NAME', then body. 4032-02 is an analysis (theme piece).",
  not_entries=["outlet name and menu", "title, lede and dateline", "ADVERTISEMENT", "'Load earlier entries'", "footer"],
  entries=[
  E("2022-11-24 21:40", "Kherson: seven dead, 21 wounded after day of shelling",
    ["The toll from Thursday's shelling of Kherson has risen to seven dead and 21 injured, according to Yaroslav Yanushevych, head of the regional administration.",
     "Ukrainian officials said the fire came from Russian positions on the left bank of the Dnipro."],
    "strikes", "strikes", 3, KH, a="Jonas Reiter"),
  E("2022-11-24 19:15", "Analysis: Why Moscow is aiming at heat and water",
    ["Russia's strikes on Ukraine's power grid are designed to make daily life unbearable in winter rather than to win ground, military analysts say.",
     "Cutting electricity also stops water pumps and heating plants, pushing people to leave the cities.",
     "So far the campaign has not dented public support for the war effort."],
    "strikes", "strikes", 2, "analysis-russia-winter-infrastructure-campaign", a="Sabine Kroll",
    n="theme piece: analysis of the strategy behind the strikes on infrastructure; its own story, not the day-1 barrage."),
  E("2022-11-24 16:30", "Nikopol hit by heavy artillery overnight and again at noon",
    ["Russian forces fired heavy artillery and rockets at Nikopol on the Dnipro overnight and again around midday, damaging homes and a gas pipeline, the regional governor said.",
     "No deaths were reported."],
    "strikes", "strikes", 3, NIK, a="Jonas Reiter", n="Different place from Kherson: must not merge."),
  E("2022-11-24 14:05", "Japan to provide generators and lanterns for Ukrainian winter",
    ["Japan will send power generators and solar-powered lanterns to Ukraine to help people through the winter, the foreign ministry in Tokyo said.",
     "The equipment will be delivered through the UN refugee agency."],
    "aid", "aid", 2, "japan-winter-aid-2022-11-24", a="Sabine Kroll", n="Must not merge with Estonia's shipment (4033-02)."),
  E("2022-11-24 11:20", "Kuleba urges allies to send air defence now, not in spring",
    ["Foreign Minister Dmytro Kuleba called on Western partners to speed up deliveries of air-defence systems, saying each week of delay cost lives.",
     "He singled out systems able to stop cruise missiles."],
    "aid", "aid", 2, "kuleba-air-defence-appeal-2022-11-24", a="Jonas Reiter"),
  E("2022-11-24 09:00", "Price cap: EU ambassadors to meet again as Poland holds out",
    ["EU ambassadors will meet again on Thursday afternoon after failing overnight to agree on a cap for Russian oil prices, with Poland insisting on a lower figure.",
     "The Commission's proposal of $65 a barrel is above what Russian crude currently fetches."],
    "diplomacy", "diplomacy", 3, CAP, a="Sabine Kroll"),
  ]))

SEEDS.append(dict(id="4033", name="4033_ladybower-rss", ext="xml", source="Ladybower Report", zone="Europe/Kyiv", render=r_rss_offset,
  title="Ladybower Report — Ukraine", link="https://ladybower-report.example", desc="News from and about Ukraine",
  fmt="RSS 2.0, +0200 pubDate, entity-escaped HTML descriptions", imitates="invented",
  notes="Invented outlet. Ukraine-focused RSS 2.0, newest first, pubDate with +0200 (Kyiv), <author> 'email (NAME)', descriptions are entity-escaped HTML. 4033-03 re-posts day 1's 4022-05 nearly verbatim (syndicated copy) on 24 November: importance 1.",
  not_entries=["channel title, link, description", "guids"],
  entries=[
  E("2022-11-24 23:30", "Kherson mourns after deadliest shelling since liberation",
    ["Kherson on Thursday suffered its deadliest day since Ukrainian forces retook the city, with seven people killed by Russian shells, local authorities said.",
     "Volunteers handed out food and water in the damaged districts."],
    "strikes", "strikes", 3, KH, a="Iryna Boiko"),
  E("2022-11-24 19:45", "Estonia ships generators and winter clothing to Ukraine",
    ["Estonia has sent a consignment of generators, sleeping bags and winter clothing to Ukraine, its foreign ministry said.",
     "The shipment is part of a winter package approved by the government last week."],
    "aid", "aid", 2, "estonia-winter-aid-2022-11-24", a="Mykola Tkach"),
  E("2022-11-24 15:20", "EU lawmakers label Russia state sponsor of terrorism",
    ["The European Parliament has voted to call Russia a state sponsor of terrorism over its attacks on civilians in Ukraine.",
     "The vote is symbolic because the EU has no legal framework for this kind of designation."],
    "diplomacy", "diplomacy", 1, EP, a="Mykola Tkach",
    n="Re-post of day-1 entry 4022-05 (same headline, near-verbatim body) published on day 2: importance 1; duplicate_of null because the original is in another seed."),
  E("2022-11-24 10:05", "Nikopol shelled from across the reservoir",
    ["The town of Nikopol came under fire from Russian positions across the Kakhovka reservoir early on Thursday, Dnipropetrovsk regional governor Valentyn Reznichenko said.",
     "Several houses and power lines were damaged."],
    "strikes", "strikes", 3, NIK, a="Iryna Boiko"),
  ]))

# ===================================================================== PART B, day 3: 2022-08-05 (UTC)
ZNPP = "zaporizhzhia-plant-shelling-2022-08-05"; SOCHI = "erdogan-putin-sochi-talks"; GRAIN = "grain-ships-depart-2022-08-05"
MYK = "mykolaiv-rocket-strike-2022-08-05"; AMN = "amnesty-report-row"

SEEDS.append(dict(id="4040", name="4040_ilmington-textlive", ext="txt", source="Ilmington Post", zone="Europe/London", render=r_ilmington,
  title="Russia-Ukraine war live: nuclear plant shelled as Erdogan meets Putin", lede="Follow our live coverage of the war in Ukraine. This page is updated through the day.",
  parse_args=["--date", "2022-08-05"], fmt="plain text live blog, no date on the page, oldest first", imitates="invented",
  notes="Invented outlet. Text live blog, OLDEST first, stamps '7.40am' (12 h, dot separator) with 'All times BST' (UTC+1). The page prints NO date anywhere (no date line, no weekday in the title), so it is parsed with --date 2022-08-05 (parse_args). Signature '(NAME)' after the body = author. Key Points lists 4040-04 and 4040-05. 4040-06 repeats 4040-01 nearly verbatim (headline reworded slightly).",
  not_entries=["outlet name and menu", "title and lede", "'All times BST'", "Key Points block", "'Live updates' label", "Advertisement", "'Back to top' and footer", "'(NAME)' signature lines"],
  entries=[
  E("2022-08-05 07:40", "Three more grain ships set sail from Ukrainian ports",
    ["Three more cargo ships loaded with Ukrainian corn and other foodstuffs left the ports of Chornomorsk and Odesa on Friday morning, Turkey's defence ministry said.",
     "They are the first departures since the first ship sailed on Monday."],
    "other", "humanitarian", 3, GRAIN, a="Callum Ainsworth", n="Grain corridor shipping -> other/humanitarian (convention); carried by 2 seeds -> 3."),
  E("2022-08-05 09:15", "Mykolaiv hit by overnight rocket fire, mayor says",
    ["Russian rockets struck Mykolaiv overnight, damaging a school and several houses, the city's mayor Oleksandr Senkevych said.",
     "One person was killed, according to the regional governor."],
    "strikes", "strikes", 3, MYK, a="Callum Ainsworth", n="Different attack from the nuclear plant shelling: must not merge."),
  E("2022-08-05 11:30", "Zelensky hits back at Amnesty report",
    ["President Volodymyr Zelensky accused Amnesty International of trying to shift responsibility from the aggressor to the victim after the group said Ukrainian forces had put civilians at risk.",
     "Amnesty said it stood by its findings."],
    "other", "humanitarian", 3, AMN, a="Priya Nandakumar"),
  E("2022-08-05 13:50", "Erdogan lands in Sochi for talks with Putin",
    ["Turkish President Recep Tayyip Erdogan has arrived in the Russian resort of Sochi for talks with Vladimir Putin, less than three weeks after the two met in Tehran.",
     "Grain exports, the war in Ukraine and Syria are expected to be on the agenda."],
    "diplomacy", "diplomacy", 3, SOCHI, a="Priya Nandakumar", kp=True, n="Must not merge with the grain-ship departures even though grain is on the agenda."),
  E("2022-08-05 15:20", "Shelling hits Zaporizhzhia nuclear plant, reactor taken offline",
    ["Shelling damaged a high-voltage power line at the Zaporizhzhia nuclear power station, Europe's largest, forcing staff to shut down one of its reactors, Ukraine's nuclear operator said.",
     "Energoatom said there was a risk of hydrogen leaks and radioactive spraying, but no release of radiation had been detected."],
    "strikes", "strikes", 3, ZNPP, a="Callum Ainsworth", kp=True),
  E("2022-08-05 16:05", "Three more grain ships leave Ukrainian ports",
    ["Three more cargo ships carrying Ukrainian corn and other foodstuffs left the ports of Chornomorsk and Odesa on Friday morning, Turkey's defence ministry said.",
     "They are the first departures since the first ship sailed on Monday."],
    "other", "humanitarian", 1, GRAIN, a="Callum Ainsworth", dup="4040-01", n="Near-verbatim repeat of 4040-01."),
  E("2022-08-05 18:45", "Putin and Erdogan agree to expand trade and energy ties",
    ["After four hours of talks in Sochi, Vladimir Putin and Recep Tayyip Erdogan agreed to deepen cooperation in trade and energy, according to a joint statement.",
     "Putin thanked Erdogan for his part in brokering the grain deal."],
    "diplomacy", "diplomacy", 3, SOCHI, a="Priya Nandakumar"),
  E("2022-08-05 21:10", "Moscow blames Ukrainian forces for shelling of plant",
    ["Russia's defence ministry said Ukrainian artillery had fired on the Zaporizhzhia plant, damaging a power line and a nitrogen-oxygen station.",
     "Russian-installed officials in Enerhodar said the site was operating normally."],
    "strikes", "strikes", 3, ZNPP, a="Callum Ainsworth", n="Counter-claim about the same attack -> same story."),
  ]))

SEEDS.append(dict(id="4041", name="4041_bosherston-graphlive", ext="html", source="Bosherston Review", zone="Europe/Kyiv", render=r_bosherston,
  title="War in Ukraine, day 163: live updates", url="https://bosherston.example/live/day-163", home="https://bosherston.example/",
  lede="News from Ukraine and the diplomacy around the war, updated by our Kyiv desk.", dayhead="Friday, 5 August 2022 · Kyiv time",
  fmt="HTML live blog + @graph JSON-LD with @type array", imitates="invented",
  notes="Invented outlet. HTML live blog, newest first, bare 'HH:MM' stamps in <time datetime> with +03:00 (Kyiv, EEST), under a day marker. JSON-LD is a @graph whose live node has @type ['NewsArticle','LiveBlogPosting'] and per-update times. Signature '— NAME' after the body = author. 4041-03 is a video teaser without body.",
  not_entries=["header and menu", "title and lede", "day marker", "'Read also' promo", "footer"],
  entries=[
  E("2022-08-05 23:20", "Energoatom: Russian shells damaged power line at Zaporizhzhia plant",
    ["Ukraine's state nuclear company said Russian forces shelled the Zaporizhzhia station three times on Friday, hitting a power line and an area next to a reactor.",
     "Russian troops have occupied the plant since early March."],
    "strikes", "strikes", 3, ZNPP, a="Daria Kovalenko"),
  E("2022-08-05 21:05", "Erdogan and Putin pledge closer cooperation after Sochi meeting",
    ["Turkey's leader and the Russian president said they would work together more closely on the economy and energy after their talks in Sochi.",
     "Erdogan said the grain corridor had shown what the two countries could achieve together."],
    "diplomacy", "diplomacy", 3, SOCHI, a="Daria Kovalenko"),
  E("2022-08-05 17:30", "Video: grain ships leave Chornomorsk", [], "other", "humanitarian", 1, GRAIN, n="Video teaser without body -> importance 1."),
  E("2022-08-05 14:10", "UK to send more rockets for M270 launchers",
    ["Britain will send Ukraine an additional batch of guided rockets for its M270 multiple-launch rocket systems, the defence ministry in London said.",
     "It did not say how many rockets would be delivered."],
    "aid", "aid", 2, "uk-m270-rockets-2022-08-05", a="Andriy Semenko", n="Must not merge with Canada's artillery shells (4042-07)."),
  E("2022-08-05 12:45", "Amnesty stands by report despite anger in Kyiv",
    ["Amnesty International said it fully stood by its report that Ukrainian troops had endangered civilians by basing themselves in residential areas.",
     "Ukrainian officials called the report a gift to Russian propaganda."],
    "other", "humanitarian", 3, AMN, a="Andriy Semenko"),
  E("2022-08-05 10:20", "Rocket strikes on Mykolaiv leave one dead",
    ["One person was killed and four wounded when Russian rockets hit residential areas of Mykolaiv during the night, regional governor Vitaliy Kim said.",
     "A school building was also damaged."],
    "strikes", "strikes", 3, MYK, a="Andriy Semenko"),
  E("2022-08-05 08:50", "Three bulk carriers head out under grain deal",
    ["Three bulk carriers with about 58,000 tonnes of corn left Ukrainian Black Sea ports on Friday, bound for Ireland, the United Kingdom and Turkey.",
     "They will be inspected off Istanbul before continuing."],
    "other", "humanitarian", 3, GRAIN, a="Daria Kovalenko"),
  ]))

SEEDS.append(dict(id="4042", name="4042_grasmoor-worldrdf", ext="xml", source="Grasmoor World Desk", zone="UTC", render=r_rdf_world,
  title="Grasmoor World Desk", link="https://grasmoor-world.example", desc="Headlines from around the world",
  fmt="RSS 1.0 (RDF) general world feed", imitates="invented",
  notes="Invented outlet. General world-news RSS 1.0 (RDF) feed, newest first, dc:date in Z (UTC), CDATA HTML descriptions. Four of seven items are not about the war (Gaza strikes, US jobs, Taiwan drills, Commonwealth Games). Spells 'Zaporozhye'.",
  not_entries=["channel title/link/description", "rdf:Seq", "dc:subject values"],
  entries=[
  E("2022-08-05 21:00", "Shelling near Europe's biggest nuclear power plant raises alarm",
    ["Shelling at the Zaporozhye nuclear power plant in southern Ukraine forced one of its reactors offline on Friday, with Kyiv and Moscow blaming each other.",
     "The UN nuclear watchdog has repeatedly asked for access to the site."],
    "strikes", "strikes", 3, ZNPP, sect="europe"),
  OFF("2022-08-05 19:30", "Israeli strikes on Gaza kill Islamic Jihad commander",
    ["Israeli air strikes on the Gaza Strip killed a senior commander of the Islamic Jihad militant group and several other people on Friday, Palestinian officials said.",
     "Militants fired rockets towards Israel in response."],
    "gaza-strikes-2022-08-05", sect="middle-east", n="a different war: air strikes, but not Russia-Ukraine."),
  E("2022-08-05 16:10", "Putin and Erdogan hold talks in Sochi",
    ["Russian President Vladimir Putin hosted Turkish President Recep Tayyip Erdogan in Sochi on Friday for talks on trade, energy and the war in Ukraine."],
    "diplomacy", "diplomacy", 3, SOCHI, sect="europe"),
  OFF("2022-08-05 13:45", "US employers add 528,000 jobs in July",
    ["American employers took on far more workers than expected in July, and the unemployment rate fell to 3.5 percent, the Labor Department said."],
    "us-jobs-report-july-2022", a="Nathan Greer", sect="business", n="US economy."),
  OFF("2022-08-05 11:00", "China extends military drills around Taiwan",
    ["China's military kept up live-fire exercises in the waters around Taiwan for a second day, after a visit to the island by the speaker of the US House of Representatives.",
     "Taiwan said Chinese ships and aircraft had crossed the median line of the strait."],
    "china-taiwan-drills", sect="asia", n="China-Taiwan tensions."),
  OFF("2022-08-05 09:20", "Commonwealth Games: medal race heats up on day eight",
    ["Australia stayed top of the medal table in Birmingham as athletics and boxing semi-finals filled the eighth day of the Commonwealth Games.",
     "England remain second."],
    "commonwealth-games-day-eight", a="Nathan Greer", sect="sport", n="sport."),
  E("2022-08-05 07:10", "Canada to supply more artillery ammunition to Ukraine",
    ["Canada will buy and send more 155mm artillery shells to Ukraine, Defence Minister Anita Anand said.",
     "The contract is worth about 98 million Canadian dollars."],
    "aid", "aid", 2, "canada-artillery-shells-2022-08-05", sect="americas"),
  ]))

SEEDS.append(dict(id="4043", name="4043_jevington-article", ext="html", source="Jevington Journal", zone="Europe/London", render=r_html_sections,
  title="Zaporizhzhia: the nuclear plant on the front line", pub="2022-08-05 16:40", datetext="5 August 2022 · 4.40pm BST",
  author="Eleanor Voss", kicker="Analysis", lede="Friday's shelling has renewed fears about Europe's largest nuclear station. What happened, and what could make it safer?",
  caption="The Zaporizhzhia plant in Enerhodar seen from across the reservoir. Photo: agency", related="Inside the IAEA's long wait for access",
  fmt="HTML article with h2 sections + NewsArticle JSON-LD", imitates="invented",
  notes="Invented outlet. Analysis article with two h2 sections; one entry per section (stamp null), both dated by the date line '5 August 2022 · 4.40pm BST' (= 15:40 UTC). Byline Eleanor Voss for both. The second section is a theme piece (analysis) and its own story.",
  not_entries=["header menu", "kicker", "title and standfirst", "byline and date line", "photo caption", "share label", "'More from' box", "footer"],
  entries=[
  E("2022-08-05 16:40", "Friday's shelling",
    ["Shells landed at the Zaporizhzhia nuclear power plant on Friday, cutting one of its high-voltage lines and forcing operators to shut down a reactor.",
     "Each side blamed the other, and neither claim could be independently verified."],
    "strikes", "strikes", 3, ZNPP, a="Eleanor Voss"),
  E("2022-08-05 16:40", "Could a demilitarised zone work?",
    ["Diplomats have floated the idea of a demilitarised zone around the plant, but it would require Russian troops to leave a site they have held since March.",
     "Experts say international inspectors would need permanent access to make any such arrangement credible.",
     "For now, neither Moscow nor Kyiv has shown much interest."],
    "diplomacy", "diplomacy", 2, "analysis-zaporizhzhia-demilitarised-zone", a="Eleanor Voss",
    n="theme piece: analysis of a possible safety zone; its own story, not Friday's shelling."),
  ]))

# ===================================================================== emit
DAYS = {"day1": ["4020", "4021", "4022", "4023"], "day2": ["4030", "4031", "4032", "4033"], "day3": ["4040", "4041", "4042", "4043"]}
BASIS = {
  "r_mb": "stamp '{s}' (12 h with date); Philippine time implied by the outlet, PHT = UTC+8",
  "r_cph": "no per-bullet time; the article's date line '3 August 2022, 23:45' (Copenhagen, CEST = UTC+2; JSON-LD datePublished agrees) used for every bullet",
  "r_astana": "date and time fused to the author name '{s}'; Kazakhstan time implied by the outlet, UTC+6 in 2022",
  "r_timeslive": "relative stamp '{s}' resolved against the printed 'Updated 01 December 2022 - 21:40' (SAST = UTC+2)",
  "r_tico": "stamp '{s}' under the date line 'Friday, March 11, 2022'; Costa Rica time (UTC-6, stated in the lede)",
  "r_tht": "stamp 'Published: {s}' (12 h with date); Nepal time implied by the outlet, NPT = UTC+5:45",
  "r_memo": "pubDate '{s}' (explicit offset)",
  "r_rtl": "stamp '{s}' under the date line 'Tuesday, 22 March 2022'; Luxembourg time, CET = UTC+1; JSON-LD datePublished agrees",
  "r_telex": "stamp '{s}' (year.month.day. – HH:MM); Hungarian time implied by the outlet, CET = UTC+1",
  "r_apa": "dc:date '{s}' (explicit offset)",
  "r_abinger": "stamp '{s}' on the page's date {d} (date line); GMT = UTC",
  "r_caverswall": "stamp '{s}' under the date header for {d}; <time datetime> with +02:00 (Kyiv EET); JSON-LD agrees",
  "r_rss_gmt": "pubDate '{s}' (GMT = UTC)",
  "r_html_sections": "no per-section time; the article date line ({d}, {z}) used for every section",
  "r_dinsdale": "stamp '{s}' on the page's date {d} (dateline); UK time in November = GMT = UTC",
  "r_atom_world": "<published> '{s}' (Z = UTC)",
  "r_kinver": "stamp '{s}' on the page's date {d} (dateline); CET = UTC+1",
  "r_rss_offset": "pubDate '{s}' (explicit offset)",
  "r_ilmington": "stamp '{s}' with 'All times BST' (UTC+1); the page prints no date: day {d} comes from --date (parse_args)",
  "r_bosherston": "stamp '{s}' with <time datetime> (+03:00, Kyiv EEST) under the day marker for {d}; JSON-LD agrees",
  "r_rdf_world": "dc:date '{s}' (Z = UTC)",
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
            ents.append({"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
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

#!/usr/bin/env python3
"""Builds eval/r seeds and gold files from the hand-written table below.
All news text is invented or paraphrased; outlets in Part B are invented. Deterministic.
Run: python3 eval/r/tools/build.py"""
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


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def h12(d, fmt):
    """fmt: 'am' -> 9:05am, 'a.m.' -> 9:05 a.m., 'AM' -> 09:05 AM, 'PM1' -> 9:05 PM"""
    hh = d.hour % 12 or 12
    if fmt == "a.m.":
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if fmt == "AM":
        return f"{hh:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    if fmt == "PM1":
        return f"{hh}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    raise ValueError(fmt)


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

# =============================================================== renderers (each returns text, stamps)

def r_pap(S):  # PAP English, plain-text scrape, stamps "21.02.2024 19:15", newest first, "Author:" after body
    z = S["zone"]
    L = ["PAP – Polish Press Agency", "English Service", "",
         "We use cookies to provide services in accordance with the Cookies Policy. You can change your browser settings at any time. [OK, I understand]", "",
         "Home   Politics   Business   Society   Science   Culture   Sport   Ukraine war", "Search", "",
         S["clock"], "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d.%m.%Y %H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        L += [f"Author: {e['a']}" if e["a"] else "Source: PAP", "Share: Facebook | X | LinkedIn | E-mail", ""]
        if i == 2:
            L += ["SEE ALSO: Polish exports to Ukraine fell by a fifth last year, statistics office says", ""]
        if i == 4:
            L += ["Newsletter", "Get the most important news from Poland in your inbox every morning.", "Your e-mail address", "Subscribe", ""]
    L += ["More news", "", "© Polska Agencja Prasowa S.A. All rights reserved.", "Terms of use | Privacy policy | Contact"]
    return "\n".join(L) + "\n", stamps


def r_efe(S):  # EFE English RSS 2.0, +0200 pubDate, CDATA with figure caption, one empty teaser item
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://www.efe.com/en/world/</link>",
           '<atom:link href="https://www.efe.com/en/world/feed/" rel="self" type="application/rss+xml"/>',
           "<description>World news in English from the Spanish news agency EFE</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        out.append("<item>")
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f"<link>https://www.efe.com/en/world/{d.strftime('%Y-%m-%d')}/{slug(e['h'])}/</link>")
        out.append(f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>")
        out.append(f"<pubDate>{st}</pubDate>")
        out.append("<category><![CDATA[World]]></category>")
        out.append(f'<guid isPermaLink="false">https://www.efe.com/en/?p={S["id"]}{i+1:02d}</guid>')
        body = ""
        if e.get("cap"):
            body += f'<figure><img src="https://www.efe.com/files/{S["id"]}{i}.jpg" alt=""/><figcaption>{e["cap"]}</figcaption></figure>'
        body += "".join(f"<p>{p}</p>" for p in e["p"])
        out.append(f"<description><![CDATA[{body}]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_focus(S):  # Focus.ua English: HTML live feed, bare HH:MM with date dividers, LiveBlogPosting JSON-LD (no per-update author)
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "url": f"{S['url']}#item-{i+1}"})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": {"@type": "Person", "name": S["author"]},
          "publisher": {"@type": "Organization", "name": "Focus.ua"}, "inLanguage": "en", "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Focus.ua</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", "</head><body>",
           '<header class="hdr"><a class="logo" href="/en">FOCUS</a><nav><a href="/en/ukraine">Ukraine</a> <a href="/en/world">World</a> <a href="/en/economics">Economics</a> <a href="/en/technologies">Technologies</a> <a href="/en/opinions">Opinions</a></nav><div class="lang"><a href="/">UA</a> <b>EN</b></div></header>',
           '<main><div class="breadcrumbs">Home / Ukraine / War</div>',
           f"<h1>{esc(S['title'])}</h1>",
           f'<div class="article-meta"><span class="author">{esc(S["author"])}</span> <span class="date">{esc(S["metadate"])}</span></div>',
           f'<p class="lead">{esc(S["lede"])}</p>', '<p class="tz">Time is Kyiv time.</p>', '<div class="live-feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d.day} {MONTHS[d.month-1]}"
        if lab != cur:
            cur = lab; out.append(f'<div class="date-divider">{lab}</div>')
        st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<div class="live-item" id="item-{i+1}"><span class="time">{st}</span>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 3:
            out.append('<div class="banner">Advertisement</div><div class="tg-promo">Subscribe to Focus on Telegram: the main news of the day in one place</div>')
    out += ["</div>", '<div class="read-also"><b>Read also:</b> <a href="/en/war/1">War in Ukraine, day 658: live updates</a></div>',
            "</main>", '<footer>© 2023 Focus.ua. All rights reserved. Use of materials is permitted only with a hyperlink.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_civil(S):  # Civil.ge live updates: HTML, time in bold, NO headlines
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} – Civil.ge</title>", "</head><body>",
           '<div class="top-bar"><a href="/">Civil.ge</a> <a href="/archives/category/news">News</a> <a href="/archives/category/politics">Politics</a> <a href="/archives/category/analysis">Analysis</a> <a href="/archives/category/occupied-regions">Occupied Regions</a> <a href="/ka">ქარ</a></div>',
           '<article class="post">', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="posted-on">{esc(S["metadate"])}</span></div>',
           f'<div class="entry-content"><p><em>{esc(S["lede"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<div class="live-update"><p class="update-time"><strong>{st}</strong></p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div><hr/>")
    out += ["</div>", '<div class="tags">Tags: <a href="/tag/eu">EU</a> <a href="/tag/ukraine">Ukraine</a> <a href="/tag/moldova">Moldova</a></div>', "</article>",
            '<aside class="related"><h3>Related</h3><ul><li><a href="/archives/1">Explainer: The twelve priorities Brussels could set for Tbilisi</a></li><li><a href="/archives/2">Opposition parties announce rally on Rustaveli Avenue</a></li></ul></aside>',
            "<footer>© Civil Georgia, Tbilisi</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_nltimes(S):  # NL Times tag page scrape: headline, "By X on <day, date - time>", body, tags
    z = S["zone"]
    L = ["NL Times", "", "Netherlands news in English", "Dutch News   Politics   Crime   Economy   Health   Amsterdam   Ukraine", "",
         "We use cookies for analytics and advertising. By continuing you agree to our cookie policy. Accept   Reject", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.strftime('%A')}, {d.day} {MONTHS[d.month-1]} {d.year} - {d.strftime('%H:%M')}"; stamps.append(st)
        L += [e["h"], f"By {e['a']} on {st}", ""] + paras_txt(e["p"])
        L += ["Tags: " + e["tags"], "Share: Facebook   X   WhatsApp   Email", ""]
        if i == 1:
            L += ["Advertisement", ""]
        if i == 3:
            L += ["Get the NL Times newsletter", "The day's top stories from the Netherlands, every evening in your inbox.", "Sign up", ""]
    L += ["Load more", "", "NL Times is an English-language news website covering the Netherlands. About us | Contact | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_maverick(S):  # Daily Maverick text scrape: relative stamps resolved against the printed Updated line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["DAILY MAVERICK", "Sign in   Subscribe   Search", "",
         "News   Opinion   Business Maverick   DM168   Maverick Citizen   Our Burning Planet   World", "", "Maverick News", "", S["title"], "",
         f"Updated {ref.day} {MONTHS[ref.month-1]} {ref.year}, {ref.strftime('%H:%M')} SAST", "",
         "Our newsdesk's rolling round-up of the biggest stories from around the world.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins // 60 > 1 else "1 hour ago")
        assert mins < 60 or mins % 60 == 0
        stamps.append(st)
        L += [e["h"], f"By {e['a']}", st, ""] + paras_txt(e["p"])
        if e.get("more"):
            L += ["READ MORE: " + e["more"], ""]
        if i == 2:
            L += ["Advertisement", "", "Sign up for First Thing, the Daily Maverick morning newsletter.", "Enter your email", "Sign up", ""]
    L += ["Gallery", "", "Comments - Please login in order to comment.", "", "Daily Maverick © All rights reserved"]
    return "\n".join(L) + "\n", stamps


def r_joongang(S):  # Korea JoongAng Daily topic page scrape: Published/Updated lines, CAPS bylines
    z = S["zone"]
    L = ["Korea JoongAng Daily", "National   Business   Entertainment   Sports   Opinion   Foreign Affairs   North Korea   Search", "",
         "Foreign Affairs", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d %b. %Y, %H:%M"); stamps.append(st)
        upd = dt(e["t"][:11] + e["upd"], z).strftime("%d %b. %Y, %H:%M")
        L += [e["h"], f"Published: {st}   Updated: {upd}", ""] + paras_txt(e["p"])
        L += [f"BY {e['a']}" if e["a"] != "Yonhap" else "Yonhap", ""]
        if i == 2:
            L += ["Related Article", "Seoul, Tokyo and Washington hold trilateral call on Pyongyang", ""]
    L += ["Copyright ⓒ Korea JoongAng Daily. All Rights Reserved.", "Privacy Policy | Youth Protection Policy | Terms of Use"]
    return "\n".join(L) + "\n", stamps


def r_inquirer(S):  # Inquirer.net HTML listing: "By: X - 07:20 AM April 15, 2022", no JSON-LD
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} | Inquirer.net</title></head><body>",
           '<div id="top-nav">INQUIRER.NET <a href="/news">NEWS</a> <a href="/globalnation">GLOBAL NATION</a> <a href="/business">BUSINESS</a> <a href="/lifestyle">LIFESTYLE</a> <a href="/entertainment">ENTERTAINMENT</a> <a href="/sports">SPORTS</a> <a href="/opinion">OPINION</a></div>',
           '<div id="site-date">Friday, April 15, 2022</div>', f'<h1 id="tag-title">{esc(S["title"])}</h1>', '<div id="ch-ls-box">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, 'AM')} {MONTHS[d.month-1]} {d.day}, {d.year}"; stamps.append(st)
        out.append('<div class="ch-ls-item">')
        out.append(f'<h2><a href="https://globalnation.inquirer.net/{S["id"]}{i:02d}/{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="ch-byline">By: {esc(e["a"])} - <span>{st}</span></div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 1:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
        if i == 4:
            out.append('<div class="read-next"><span>READ NEXT</span> <a href="/x">DFA sets up hotline for Filipinos in Eastern Europe</a></div>')
    out += ["</div>", '<div id="trending"><h3>TRENDING</h3><ol><li>Agaton: death toll climbs as search continues</li><li>Comelec sets debate schedule</li></ol></div>',
            '<footer>Copyright © 2022 Inquirer.net | Philippine Daily Inquirer. All Rights Reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newsmaker(S):  # NewsMaker (Moldova) Atom feed, xhtml content, +02:00 offsets
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['title'])}</title>", "<subtitle>Independent news from Moldova</subtitle>",
           '<link rel="alternate" type="text/html" href="https://newsmaker.md/en/"/>', '<link rel="self" href="https://newsmaker.md/en/feed/atom/"/>',
           "<id>https://newsmaker.md/en/feed/atom/</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title type=\"text\">{esc(e['h'])}</title>",
                f'<link rel="alternate" href="https://newsmaker.md/en/{slug(e["h"])}/"/>',
                f"<id>https://newsmaker.md/en/?p={S['id']}{i+1:02d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>",
                f"<author><name>{esc(e['a'])}</name></author>", f'<category term="{e["cat"]}"/>',
                '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>",
                "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_figaro(S):  # Le Figaro in English live: @graph JSON-LD, <time> with "18h50", Key Points box, signature under each post
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://www.lefigaro.fr/#website", "name": "Le Figaro"},
        {"@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "isPartOf": {"@id": "https://www.lefigaro.fr/#website"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="fig-header"><a href="/">Le Figaro</a> <span class="edition">In English</span> <a href="/international">International</a> <a href="/politique">Politics</a> <a href="/economie">Economy</a> <a class="abo" href="/abonnement">Subscribe</a></header>',
           '<main class="fig-main"><p class="fig-tag">LIVE</p>', f"<h1>{esc(S['title'])}</h1>", f'<p class="fig-standfirst">{esc(S["lede"])}</p>',
           f'<p class="fig-meta">{esc(S["meta"])}</p>',
           '<section class="fig-essential"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></section>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}h{d.minute:02d}"; stamps.append(st)
        out.append(f'<article class="fig-live-post" id="post-{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<p class="fig-signature">{esc(e["a"])}</p>')
        out.append("</article>")
        if i == 2:
            out.append('<div class="fig-pub">Advertisement</div><div class="fig-read">READ ALSO – <a href="/a">Ukraine: what the Istanbul memorandums contain</a></div>')
    out += ["</main>", '<footer>© Le Figaro 2025 · Legal notice · Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------- Part B renderers

def r_sorrelby(S):  # text live blog, OLDEST first, "9:10 a.m." stamps, Key Points, signature line after body
    z = S["zone"]
    L = ["SORRELBY TIMES", "World   UK   Politics   Business   Sport   Opinion", "", S["title"], "",
         S["dateline"], "All times BST", "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Updates appear oldest first. Refresh for the latest.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "a.m."); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if e["a"]:
            L += ["— " + e["a"], ""]
        if i == 3:
            L += ["Advertisement", ""]
        if i == 5:
            L += ["Related: Our full coverage of the war in Ukraine", ""]
    L += ["Show more updates", "", "Sorrelby Times newsletters: sign up for our morning briefing"]
    return "\n".join(L) + "\n", stamps


def r_thistledown(S):  # HTML live, LiveBlogPosting JSON-LD with per-update times, <time datetime> 24h, byline before headline
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<div class="masthead">{S["source"]} <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/newsletters">Newsletters</a></div>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>', f'<p class="tznote">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="update" id="u{i+1}"><header><time datetime="{d.isoformat()}">{st}</time>'
                   + (f' <span class="byline">By {esc(e["a"])}</span>' if e["a"] else "") + "</header>")
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 2:
            out.append('<aside class="promo">Listen: <a href="/podcast">Our daily podcast on the war</a></aside>')
    out += ["</main>", f"<footer>{S['source']} · About · Contact · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom_cdata(S):  # general world Atom feed, Z times, CDATA html content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}" rel="alternate"/>',
                f"<id>urn:uuid:{S['id']}-{i+1:04d}</id>", f"<updated>{st}</updated>", f"<published>{st}</published>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html"><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + paras_txt(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_stourhead(S):  # HTML live blog without JSON-LD; "Updated 21:15 BST" above h2, byline under h2
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<nav>{S["source"]} | <a href="/news">News</a> | <a href="/world">World</a> | <a href="/money">Money</a> | <a href="/sport">Sport</a></nav>',
           f'<div class="live-head"><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="sub">{esc(S["lede"])}</p><p class="dateline">{esc(S["dateline"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " BST"; stamps.append(st)
        out.append(f'<div class="block"><p class="ts">Updated {st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 1:
            out.append('<div class="mpu">Advertisement</div>')
    out += ['<div class="more"><a href="/live/previous">Yesterday\'s live coverage</a></div>', f"<footer>© {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_tansy(S):  # RSS 2.0, +0300 pubDate, entity-escaped HTML description, <author>
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f"<guid>{S['link']}/{slug(e['h'])}</guid>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<author>desk@tansypost.example ({esc(e['a'])})</author>")
        out.append("<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_valerian(S):  # text live blog, "16:45 CEST | Headline" on one line, "By X" line, newest first
    z = S["zone"]
    L = [S["source"].upper() + " — Europe edition", "Menu   Search   Log in", "", S["title"], "", S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " CEST"; stamps.append(st)
        L += [f"{st} | {e['h']}"]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + paras_txt(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 3:
            L += ["Also read: Power cuts return to Kharkiv as repairs stall", ""]
    L += ["Load earlier posts", "", "Cookie settings | Imprint | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmlarticle_sections(S):  # HTML article with h2 section headings, no JSON-LD
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title></head><body>",
           f'<header>{S["source"]} <a href="/world">World</a> <a href="/ukraine">Ukraine</a></header>', '<article>',
           f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By <a href="/authors/x">{esc(S["author"])}</a></p>', f'<p class="date">{esc(S["datetext"])}</p>',
           '<figure><img src="/img/1.jpg" alt=""/><figcaption>Smoke above the plant on Thursday morning. Photo: agency</figcaption></figure>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
    out += ['<aside class="more">More on this story: <a href="/a">How Ukraine rebuilt its grid last year</a></aside>', "</article>",
            f"<footer>{S['source']} · Terms · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_zennor(S):  # general world RSS, GMT pubDate, CDATA paragraphs, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="true">{S["link"]}/{slug(e["h"])}</guid>', f"<pubDate>{st}</pubDate>",
                f'<media:thumbnail url="{S["link"]}/img/{i}.jpg" width="240" height="135"/>',
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_skerryvore(S):  # text live, newest first, "Posted by X" line BEFORE stamp/headline, "3:45 PM" stamps, Key Points
    z = S["zone"]
    L = ["Skerryvore Report", "", S["title"], S["dateline"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "PM1"); stamps.append(st)
        L += [f"Posted by {e['a']}", st, e["h"], ""] + paras_txt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["You have reached the end of today's coverage.", "Skerryvore Report | Terms | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_teviot(S):  # HTML live; JSON-LD updates all carry the PAGE's datePublished (unreliable); visible "10:05 a.m. ET"
    z = S["zone"]
    pagepub = dt(S["pagepub"], z).isoformat()
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#b{i+1}", "headline": e["h"], "datePublished": pagepub,
            "dateModified": pagepub, "articleBody": " ".join(e["p"])[:400]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": pagepub, "dateModified": pagepub, "coverageStartTime": pagepub, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><b>{S["source"]}</b> <a href="/us">U.S.</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["lede"])}</p>', f'<p class="updated">{esc(S["updated"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "a.m.") + " ET"; stamps.append(st)
        out.append(f'<div class="live-entry" id="b{i+1}"><p class="entry-time">{st}</p><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="entry-byline">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</main>", f"<footer>© 2022 {S['source']}</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_ullswater(S):  # text live, OLDEST first, "07.40 GMT" stamp line then headline; page-level compiler byline
    z = S["zone"]
    L = ["ULLSWATER LIVE", "", S["title"], S["byline"], S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H.%M") + " GMT"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if i == 3:
            L += ["Sponsored content", ""]
    L += ["This page is no longer being updated.", "Ullswater Live © 2022"]
    return "\n".join(L) + "\n", stamps

# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="1900", name="1900_pap-english", ext="txt", source="PAP", zone="Europe/Warsaw", render=r_pap,
  title="Russia's war on Ukraine: latest from Poland and the region", clock="Wednesday, 21 February 2024, 19:32 CET",
  fmt="plain text", imitates="PAP (Polish Press Agency) English service",
  notes="PAP English-style text scrape for Wednesday 21 Feb 2024. Stamps '21.02.2024 19:15' (day.month.year, 24 h) on the line above each headline; newest first. Zone stated only by the site clock line '... 19:32 CET' (Warsaw, UTC+1). Each item ends with 'Author: NAME' (or 'Source: PAP' = no author) and a share line. All items between 08:10 and 19:15 CET = 07:10-18:15 UTC, 21 Feb.",
  not_entries=["agency name and 'English Service' lines", "cookie notice", "section menu", "'Search'", "site clock line", "page heading", "'Author:'/'Source: PAP' lines (author, not body)", "share lines", "'SEE ALSO:' related link", "newsletter box", "'More news', copyright and footer links"],
  entries=[
  E("2024-02-21 19:15", "Tusk: border grain row must not weaken Poland's military help for Kyiv",
    ["Prime Minister Donald Tusk said on Wednesday that Poland's support for Ukraine's defence would not be affected by the farmers' blockade of crossings on the Ukrainian border.",
     "He said he had proposed a joint meeting of the two governments in Warsaw next month to settle the dispute over agricultural imports.",
     "Tusk added that he understood the farmers' anger but that weapons convoys must keep moving."],
    "diplomacy", "diplomacy", 3, "tusk-grain-dispute-intergovernmental-talks", a="Agnieszka Wrona", sec=["aid"],
    n="Head-of-government move (proposed intergovernmental meeting) -> 3."),
  E("2024-02-21 17:40", "Sikorski wants next EU sanctions package to target Russian aluminium",
    ["Foreign Minister Radosław Sikorski said Poland would press for Russian aluminium and liquefied gas to be covered by the EU's next round of sanctions.",
     "Speaking in the Sejm, he said the 13th package due this week was a step in the right direction but did not go far enough."],
    "diplomacy", "diplomacy", 2, "sikorski-eu-sanctions-aluminium", a="Paweł Zieliński"),
  E("2024-02-21 15:05", "Polish arms makers sign deal to supply 155 mm shells to Ukraine",
    ["Polish state-owned defence companies have signed a contract to deliver 155 mm artillery rounds to Ukraine's armed forces, Deputy Prime Minister Władysław Kosiniak-Kamysz said.",
     "He did not give the value of the deal but said the first batch would leave the factories before the summer."],
    "aid", "aid", 2, "poland-155mm-shell-contract", a="Paweł Zieliński",
    n="Ammunition contract for Ukraine -> aid; no value given, so 2 rather than 3 (judgement)."),
  E("2024-02-21 13:20", "Russian drones hit port infrastructure in Odesa region overnight",
    ["Russian attack drones damaged port facilities in the Odesa region overnight, Ukraine's southern defence forces said.",
     "Ukraine's air force said it had shot down 23 of the 32 drones launched; there were no reports of casualties."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2024-02-21", a=None),
  E("2024-02-21 11:45", "Farmers spill Ukrainian grain from rail wagons near Medyka",
    ["Protesting farmers opened several freight wagons near the Medyka crossing and dumped their load of Ukrainian grain onto the tracks, police said.",
     "Ukraine's infrastructure minister called the act a provocation, while Polish prosecutors said they had opened an investigation."],
    "other", "politics", 2, "medyka-grain-spilled", a="Agnieszka Wrona",
    n="Farmers' protest: domestic politics linked to the war's trade effects -> other/politics."),
  E("2024-02-21 09:30", "Duda and Tusk to travel together to the White House in March",
    ["President Andrzej Duda and Prime Minister Donald Tusk will both meet US President Joe Biden in Washington on 12 March, the presidential chancellery said.",
     "Security in the region and continued support for Ukraine will top the agenda, it said."],
    "diplomacy", "diplomacy", 2, "duda-tusk-white-house-visit", a=None),
  OFF("2024-02-21 08:10", "Weather service warns of black ice across southern Poland",
    ["The national weather service has issued warnings for freezing rain and black ice in five provinces.",
     "Drivers have been told to expect delays on the A4 motorway."],
    "poland-black-ice-warning", a=None, n="Polish weather item, not about the war."),
  ]))

SEEDS.append(dict(id="1901", name="1901_efe-rss", ext="xml", source="EFE", zone="Europe/Madrid", render=r_efe,
  title="EFE English – World", fmt="RSS 2.0, +0200 pubDate, CDATA with figure captions",
  imitates="EFE English (agency RSS feed)",
  notes="EFE-style RSS 2.0 feed (mixed world news) for Thursday 18 Aug 2022; pubDate in Madrid local time with +0200 (CEST). dc:creator is 'EFE' for unsigned agency copy. Two items start with a <figure> whose caption ('... EFE/EPA/...') is not body text. The newest item is a video item with an empty description (teaser). One item (Spanish electricity demand) is off-beat. All UTC times on 18 Aug.",
  not_entries=["channel title, link, description, language, lastBuildDate", "figure captions inside two descriptions", "category elements"],
  entries=[
  E("2022-08-18 21:40", "VIDEO: Lviv residents watch the three leaders arrive", [], "diplomacy", "diplomacy", 1, "lviv-trilateral-meeting", a="EFE",
    n="Video item with empty description -> teaser, importance 1, first_sentence null."),
  E("2022-08-18 21:05", "Guterres, Erdogan and Zelensky discuss nuclear plant safety in Lviv",
    ["The UN Secretary-General António Guterres met Ukrainian President Volodymyr Zelensky and Turkish President Recep Tayyip Erdogan in the western city of Lviv on Thursday.",
     "Guterres said the Zaporizhzhia nuclear power plant must not be used in any military operation and called for the area around it to be demilitarised.",
     "The three also discussed expanding the grain corridor from Ukraine's Black Sea ports."],
    "diplomacy", "diplomacy", 3, "lviv-trilateral-meeting", a="Marta Rivas",
    cap="Handout photo of the meeting in Lviv. EFE/EPA/UKRAINIAN PRESIDENTIAL PRESS SERVICE"),
  E("2022-08-18 19:30", "At least seven dead as Russian missiles hit Kharkiv dormitory",
    ["A Russian missile strike on a three-storey dormitory in Kharkiv overnight killed at least seven people and injured 17, the regional governor said.",
     "Rescuers were still searching the rubble in the afternoon, and a second strike hit an apartment block in the Saltivka district."],
    "strikes", "strikes", 3, "kharkiv-dormitory-strike-2022-08-18", a="EFE",
    cap="Rescuers at the damaged building in Kharkiv. EFE/EPA/SERGEY KOZLOV"),
  E("2022-08-18 17:10", "Robles confirms more anti-aircraft missiles will go to Ukraine",
    ["Spanish Defence Minister Margarita Robles said Spain would send a new shipment of anti-aircraft missiles and armoured vehicles to Ukraine in the coming weeks.",
     "She gave no figures, citing security reasons."],
    "aid", "aid", 2, "spain-anti-aircraft-shipment", a="EFE"),
  OFF("2022-08-18 15:45", "Heatwave pushes Spain's August power demand to record",
    ["Spain's grid operator said electricity demand hit an August record as temperatures passed 40 degrees in much of the country.",
     "Air-conditioning use was the main driver, it said."],
    "spain-heatwave-power-demand", a="EFE", n="Spanish weather/economy item, not about the war (shares no war words but sits among them)."),
  E("2022-08-18 13:20", "Moscow says it is ready to help IAEA mission reach Zaporizhzhia plant",
    ["Russia's foreign ministry said it would assist a visit by inspectors of the International Atomic Energy Agency to the occupied nuclear plant.",
     "Moscow rejected a route through Kyiv-controlled territory proposed earlier by the UN, the spokeswoman added."],
    "diplomacy", "diplomacy", 2, "russia-offers-iaea-access-zaporizhzhia", a="EFE"),
  E("2022-08-18 11:05", "Three more grain ships leave Chornomorsk under Black Sea deal",
    ["Three bulk carriers loaded with maize and sunflower meal left the port of Chornomorsk on Thursday, the joint coordination centre in Istanbul said.",
     "Around 25 vessels have now sailed from Ukrainian ports since the agreement brokered by Turkey and the UN took effect."],
    "other", "humanitarian", 2, "grain-ships-chornomorsk-2022-08-18", a="EFE", sec=["diplomacy"],
    n="Grain shipments under the UN/Turkey deal: judged other/humanitarian (food security) with diplomacy secondary; not a negotiation in itself."),
  ]))

SEEDS.append(dict(id="1902", name="1902_focus-live", ext="html", source="Focus.ua", zone="Europe/Kyiv", render=r_focus,
  title="War in Ukraine, day 659: live updates", url="https://focus.ua/en/war/live-659", author="Olena Hrytsenko",
  metadate="14.12.2023, 08:30", lede="Russia's full-scale war against Ukraine continues. Focus gathers the main news of the day.",
  fmt="HTML live feed, bare HH:MM, date dividers, LiveBlogPosting JSON-LD", imitates="Focus.ua English live feed",
  notes="Focus.ua-style live page for Thursday 14 Dec 2023 (day 659 of the full-scale war), Kyiv time (EET, UTC+2) stated in a note. Bare 'HH:MM' stamps; newest first; date dividers '15 December' / '14 December'. The newest entry (00:40 on 15 Dec local) is still 14 Dec in UTC (22:40Z). JSON-LD LiveBlogPosting carries per-update datePublished with +02:00 but no per-update author; the page has one byline (Olena Hrytsenko), used as author for every entry.",
  not_entries=["header navigation and language switch", "breadcrumbs", "byline/date meta line", "lead paragraph", "time-zone note", "date dividers", "'Advertisement' banner and Telegram promo", "'Read also' link to day 658", "footer"],
  entries=[
  E("2023-12-15 00:40", "Explosions in Odesa region as air defence engages drones",
    ["The air force reported Shahed drones approaching the Odesa region from the sea shortly after midnight.",
     "Local officials said air defence was working and asked residents to stay in shelters."],
    "strikes", "strikes", 2, "odesa-drone-attack-2023-12-15", a="Olena Hrytsenko"),
  E("2023-12-14 21:30", "Orban blocks 50 billion euro support package for Ukraine",
    ["Hungarian Prime Minister Viktor Orban vetoed the EU's planned 50 billion euro financial support facility for Ukraine hours after the accession decision.",
     "EU leaders said they would return to the issue early next year."],
    "aid", "aid", 3, "hungary-vetoes-eu-50bn-facility", a="Olena Hrytsenko", sec=["diplomacy"]),
  E("2023-12-14 20:15", "Zelensky: 'a victory for Ukraine, a victory for all of Europe'",
    ["President Volodymyr Zelensky thanked EU leaders for the decision and said history was made by those who do not tire of fighting for freedom.",
     "He singled out the Ukrainian soldiers at the front for making the step possible."],
    "diplomacy", "diplomacy", 3, "eu-opens-accession-talks-ukraine", a="Olena Hrytsenko",
    n="Reaction to the accession decision: kept in the decision's story (judgement)."),
  E("2023-12-14 19:55", "EU leaders agree to open accession talks with Ukraine and Moldova",
    ["European Council President Charles Michel announced that the 27 leaders had decided to open membership negotiations with Ukraine and Moldova.",
     "Hungary's Viktor Orban, who opposed the move, left the room while the decision was taken, diplomats said."],
    "diplomacy", "diplomacy", 3, "eu-opens-accession-talks-ukraine", a="Olena Hrytsenko"),
  E("2023-12-14 15:40", "Putin at year-end press conference: 'peace will come when we reach our goals'",
    ["Russian President Vladimir Putin said at his combined news conference and phone-in that Moscow's aims in Ukraine had not changed.",
     "He claimed that 617,000 Russian servicemen were in the war zone and said there was no need for a new wave of mobilisation."],
    "diplomacy", "diplomacy", 3, "putin-year-end-press-conference", a="Olena Hrytsenko", sec=["politics"],
    n="Head of state on war aims and peace terms -> diplomacy (judgement; could be read as other/politics)."),
  E("2023-12-14 12:10", "General Staff: Russian assaults continue near Avdiivka",
    ["Ukraine's General Staff said its forces repelled 25 attacks near Avdiivka over the past day.",
     "Russian units are trying to encircle the town from the north and south, a military spokesman said."],
    "other", "frontline", 2, "avdiivka-assaults-2023-12-14", a="Olena Hrytsenko"),
  E("2023-12-14 10:05", "Kherson: shelling wounds three, damages children's hospital",
    ["Russian artillery hit a residential area of Kherson in the morning, wounding three people, the regional military administration said.",
     "The windows of a children's hospital were blown out; patients had already been moved to the basement."],
    "strikes", "strikes", 2, "kherson-shelling-2023-12-14", a="Olena Hrytsenko"),
  E("2023-12-14 08:30", "Air defence shoots down 41 of 42 Shaheds overnight",
    ["Russia launched 42 attack drones and two missiles overnight, Ukraine's air force said.",
     "Forty-one of the drones were destroyed over eight regions, most of them in the south."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-12-14", a="Olena Hrytsenko"),
  ]))

SEEDS.append(dict(id="1903", name="1903_civil-ge-live", ext="html", source="Civil.ge", zone="Asia/Tbilisi", render=r_civil,
  title="Live Updates | European Commission Opinions on Ukraine, Moldova and Georgia",
  metadate="17/06/2022 - 20:45", lede="Civil.ge follows the reactions to the Commission's recommendations. All times are Tbilisi time (GMT+4).",
  fmt="HTML live updates, bold HH:MM, no headlines", imitates="Civil.ge live updates article",
  notes="Civil.ge-style live updates for Friday 17 June 2022: each update is a bold 'HH:MM' line followed by paragraphs, with NO headline (headline null for every entry). Tbilisi time (GMT+4) stated in the italic intro. Newest first. One update is Georgian domestic politics (off-beat for a war digest). All UTC times on 17 June.",
  not_entries=["top navigation", "entry-title h1 (page title)", "posted-on date line", "italic intro with the time-zone note", "horizontal rules", "tags line", "related links aside", "footer"],
  entries=[
  OFF("2022-06-17 20:30", None,
    ["Leaders of Georgia's main opposition parties said they would hold a rally on Rustaveli Avenue on Sunday to demand the government's resignation.",
     "They blamed the ruling Georgian Dream party for the Commission's decision not to recommend candidate status for Georgia."],
    "georgia-opposition-rally-announced", n="Georgian domestic politics; not about the Russia-Ukraine war."),
  E("2022-06-17 18:15", None,
    ["President Volodymyr Zelensky welcomed the Commission's opinion, calling it a first step towards EU membership that would bring victory closer.",
     "He said he expected a positive decision from EU leaders at their summit next week."],
    "diplomacy", "diplomacy", 3, "ec-recommends-candidate-status-2022-06-17",
    n="Reaction kept in the recommendation's story."),
  E("2022-06-17 16:40", None,
    ["The European Commission has recommended granting EU candidate status to Ukraine and Moldova, Commission President Ursula von der Leyen announced in Brussels.",
     "Georgia was offered a European perspective, with candidate status to follow once it meets a list of conditions.",
     "The recommendations now go to the 27 member states."],
    "diplomacy", "diplomacy", 3, "ec-recommends-candidate-status-2022-06-17"),
  E("2022-06-17 14:05", None,
    ["Russian forces kept shelling the Azot chemical plant in Sievierodonetsk, where several hundred civilians are sheltering, Luhansk governor Serhiy Haidai said.",
     "He said evacuation was impossible while the bombardment continued."],
    "strikes", "strikes", 2, "sievierodonetsk-azot-shelling", sec=["humanitarian"]),
  E("2022-06-17 12:20", None,
    ["British Prime Minister Boris Johnson arrived in Kyiv on an unannounced visit, his second since the invasion.",
     "He offered a training programme that could prepare up to 10,000 Ukrainian soldiers every four months."],
    "aid", "aid", 3, "johnson-kyiv-visit-training-offer", sec=["diplomacy"]),
  E("2022-06-17 10:30", None,
    ["The Georgian Legion, a volunteer unit fighting on Ukraine's side, said two more of its members had been killed in the Donbas.",
     "At least 25 Georgian citizens have died fighting for Ukraine since February, according to the unit."],
    "other", "frontline", 2, "georgian-legion-fighters-killed"),
  ]))

SEEDS.append(dict(id="1904", name="1904_nltimes-tag", ext="txt", source="NL Times", zone="Europe/Amsterdam", render=r_nltimes,
  title="Tag: Ukraine war", fmt="plain text (tag page scrape)", imitates="NL Times tag/listing page",
  notes="NL Times-style tag page scrape for Thursday 17 Oct 2024. Each item: headline line, then 'By NAME on Thursday, 17 October 2024 - 18:05' (author and stamp on one line), body, tags and share lines. The page never names a zone: Dutch local time (CEST, UTC+2) is implied by the outlet. Newest first. One off-beat weather item. All UTC times on 17 Oct.",
  not_entries=["site name and slogan", "menu", "cookie notice", "'Tag: Ukraine war' heading", "'Tags:' lines", "share lines", "'Advertisement'", "newsletter box", "'Load more' and footer"],
  entries=[
  E("2024-10-17 18:05", "Zelensky presents 'victory plan' to EU leaders; Schoof pledges continued support",
    ["Ukrainian President Volodymyr Zelensky laid out his so-called victory plan to EU heads of government at their summit in Brussels on Thursday.",
     "Prime Minister Dick Schoof said the Netherlands would keep supporting Ukraine for as long as needed, but did not commit to every element of the plan."],
    "diplomacy", "diplomacy", 3, "zelensky-victory-plan-eu-summit", a="Lieke van Dam", tags="Ukraine | Dick Schoof | EU summit"),
  E("2024-10-17 16:40", "Netherlands to pay for 400 million euros in long-range drones for Ukraine",
    ["The Dutch government will finance the production of long-range drones in Ukraine worth 400 million euros, Defence Minister Ruben Brekelmans announced.",
     "The money comes from the budget already set aside for military support next year, he said."],
    "aid", "aid", 3, "netherlands-long-range-drone-funding", a="Bram Hoekstra", tags="Defence | Ruben Brekelmans | Ukraine"),
  E("2024-10-17 14:15", "Rotterdam court fines firm for shipping machine parts to Russia",
    ["A court in Rotterdam fined a Dutch trading company 250,000 euros for exporting machine tool parts to Russia in breach of EU sanctions.",
     "Two directors received suspended prison sentences."],
    "diplomacy", "diplomacy", 2, "rotterdam-sanctions-breach-fine", a="Bram Hoekstra", tags="Sanctions | Rotterdam | Court",
    n="Sanctions enforcement -> diplomacy (sanctions), per LABELS; a court case could also be read as other/security."),
  E("2024-10-17 12:30", "Glide bomb attack on Zaporizhzhia kills two",
    ["Two people were killed and 14 injured when Russian glide bombs hit an industrial area of Zaporizhzhia, the regional governor said.",
     "It was the third attack on the city in a week."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bombs-2024-10-17", a="ANP", tags="Ukraine | Russia | Zaporizhzhia"),
  E("2024-10-17 10:50", "Ukrainian refugees can stay in municipal shelters until 2026, Cabinet decides",
    ["The Cabinet has extended the arrangement that lets municipalities house Ukrainian refugees until March 2026.",
     "About 120,000 people who fled the war are currently registered in the Netherlands."],
    "other", "humanitarian", 2, "dutch-refugee-shelter-extension", a="Lieke van Dam", tags="Refugees | Ukraine | Municipalities"),
  OFF("2024-10-17 09:10", "Code yellow along the coast as first autumn storm arrives",
    ["The KNMI has issued a code yellow warning for strong wind gusts along the coast on Thursday afternoon.",
     "Ferry services to the Wadden islands may be disrupted."],
    "knmi-code-yellow-storm", a="Bram Hoekstra", n="Dutch weather, not about the war.", tags="Weather | KNMI"),
  ]))

SEEDS.append(dict(id="1905", name="1905_dailymaverick-roundup", ext="txt", source="Daily Maverick", zone="Africa/Johannesburg", render=r_maverick,
  title="World roundup: Wagner chief's plane crashes, Putin addresses BRICS from afar", ref="2023-08-23 22:40",
  fmt="plain text, relative stamps", imitates="Daily Maverick (Maverick News world roundup)",
  notes="Daily Maverick-style text scrape for Wednesday 23 Aug 2023. Items carry only relative stamps ('30 minutes ago', '2 hours ago'); the absolute anchor is the printed 'Updated 23 August 2023, 22:40 SAST' line (South Africa, UTC+2). Each item: headline, 'By SOURCE', relative stamp, body, sometimes a 'READ MORE:' link. Newest first. One off-beat item (Eskom load shedding). All UTC times on 23 Aug.",
  not_entries=["masthead and sign-in line", "menu", "'Maverick News' label", "page heading", "'Updated ...' line", "intro line", "'READ MORE:' links", "'Advertisement'", "newsletter box", "'Gallery', comments line, footer"],
  entries=[
  E("2023-08-23 22:10", "Plane with Wagner chief Prigozhin on board crashes north of Moscow",
    ["A private jet crashed in the Tver region with ten people on board, and Russia's aviation agency said Yevgeny Prigozhin was on the passenger list.",
     "Rescuers found no survivors, Russian news agencies reported. There was no immediate comment from the Kremlin."],
    "other", "security", 3, "prigozhin-plane-crash", a="Reuters", more="Two months after the mutiny, where Wagner's fighters went",
    n="Major event connected to the war (Wagner leader); other/security, importance 3 (judgement)."),
  E("2023-08-23 20:40", "Putin tells BRICS the West is to blame for the war",
    ["Addressing the BRICS summit in Johannesburg by video link, Vladimir Putin said Russia's actions in Ukraine were a response to Western policies.",
     "He thanked African leaders for their peace proposals and said Russia was ready to supply grain to African countries free of charge."],
    "diplomacy", "diplomacy", 3, "putin-brics-video-address", a="Reuters"),
  E("2023-08-23 18:40", "Ramaphosa says BRICS leaders discussed African peace initiative",
    ["President Cyril Ramaphosa said leaders at the summit had discussed the African peace mission to Moscow and Kyiv and agreed it should continue.",
     "He repeated South Africa's position that it is not aligned with either side."],
    "diplomacy", "diplomacy", 2, "ramaphosa-brics-african-peace-mission", a="Ferial Adams"),
  E("2023-08-23 15:40", "Ukraine says it destroyed Russian S-400 system in Crimea",
    ["Ukraine's military intelligence said a strike had destroyed an S-400 air-defence system near Olenivka in western Crimea.",
     "It released a video of a large explosion. Russia did not comment."],
    "strikes", "strikes", 2, "crimea-s400-destroyed", a="AFP"),
  E("2023-08-23 13:40", "Moscow office tower hit by drone again, mayor says",
    ["A drone struck a building in the Moscow City business district overnight, Mayor Sergei Sobyanin said, the latest in a string of attacks on the Russian capital.",
     "Airports in the city briefly halted flights."],
    "strikes", "strikes", 2, "moscow-city-drone-2023-08-23", a="AFP", more="Drones over Moscow: what Kyiv is signalling"),
  OFF("2023-08-23 11:40", "Eskom suspends load shedding for the evening peak",
    ["Eskom said it would suspend power cuts between 5pm and 10pm after several generating units returned to service.",
     "The utility warned that stage two could return at short notice."],
    "eskom-load-shedding-suspended", a="Ferial Adams", n="South African domestic power supply, not about the war."),
  E("2023-08-23 09:40", "Ukraine marks Flag Day on the eve of its independence anniversary",
    ["Ukrainians raised blue-and-yellow flags across the country on Wednesday for National Flag Day.",
     "Officials asked people to avoid large gatherings on Thursday's Independence Day because of the threat of missile attacks."],
    "other", "politics", 2, "ukraine-flag-day-2023", a="AFP"),
  ]))

SEEDS.append(dict(id="1906", name="1906_joongang-topic", ext="txt", source="Korea JoongAng Daily", zone="Asia/Seoul", render=r_joongang,
  title="Russia-North Korea defense pact", fmt="plain text (topic page scrape)", imitates="Korea JoongAng Daily topic page",
  notes="Korea JoongAng Daily-style topic page scrape for Thursday 20 June 2024. Each item: headline, 'Published: 20 Jun. 2024, 21:30   Updated: ...' line, body, then a capitalised byline 'BY NAME' (or 'Yonhap') AFTER the body. Zone not printed: Korean time (KST, UTC+9) implied. stamp = the Published date/time. Newest first. Two off-beat items (KOSPI, inter-Korean border incident that mentions warning shots). All stamps 09:10-21:30 KST = 00:10-12:30 UTC, 20 June.",
  not_entries=["site name and menu", "section label 'Foreign Affairs'", "topic heading", "'Updated:' part of the date lines", "byline lines (author)", "'Related Article' link", "copyright and footer"],
  entries=[
  E("2024-06-20 21:30", "Seoul to reconsider ban on sending arms to Ukraine after Putin-Kim pact",
    ["South Korea will review its policy of not supplying weapons directly to Ukraine, National Security Adviser Chang Ho-jin said on Thursday.",
     "He said the new treaty between Moscow and Pyongyang posed a threat to the country's security and that Seoul would respond firmly."],
    "aid", "aid", 3, "seoul-reviews-arms-to-ukraine", a="PARK MIN-JI", sec=["diplomacy"], upd="21:52"),
  E("2024-06-20 18:12", "Putin says arming Kyiv would be a 'very big mistake' for Seoul",
    ["Russian President Vladimir Putin warned South Korea against sending lethal weapons to Ukraine, speaking to reporters in Hanoi.",
     "He said Moscow would make decisions that Seoul's leadership would not like if it did so."],
    "diplomacy", "diplomacy", 3, "putin-warns-seoul-over-arms", a="Yonhap", sec=["aid"], upd="18:40",
    n="Separate statement from Seoul's review -> own story."),
  E("2024-06-20 15:40", "Foreign minister protests to Moscow over mutual defense clause",
    ["Foreign Minister Cho Tae-yul said the government had conveyed its strong concern to Russia over the clause on mutual military assistance.",
     "Any cooperation that helps North Korea build up its military violates UN Security Council resolutions, he said."],
    "diplomacy", "diplomacy", 2, "cho-tae-yul-protests-treaty", a="LEE JI-HOON", upd="16:02"),
  E("2024-06-20 13:05", "Explained: What the Moscow-Pyongyang treaty actually says",
    ["The text published by North Korean state media commits each side to provide military assistance if the other comes under armed attack.",
     "Experts say the wording echoes a 1961 treaty between Pyongyang and Moscow that lapsed after the Soviet collapse.",
     "It also covers cooperation in space, energy and technology."],
    "diplomacy", "diplomacy", 2, "putin-kim-treaty-explainer", a="LEE JI-HOON", upd="13:05",
    n="Explainer with a body: importance 2, own (theme) story."),
  E("2024-06-20 11:20", "Putin arrives in Hanoi after Pyongyang visit",
    ["Russian President Vladimir Putin landed in Vietnam early on Thursday for a state visit following his trip to North Korea.",
     "He is expected to sign agreements on energy and education with Vietnamese leaders."],
    "diplomacy", "diplomacy", 2, "putin-vietnam-visit", a="Yonhap", upd="11:20"),
  OFF("2024-06-20 09:45", "KOSPI closes at two-year high as chip stocks rally",
    ["The main index of the Seoul stock market rose 1.1 percent to its highest close since early 2022.",
     "Chipmakers led the gains on strong demand for artificial intelligence hardware."],
    "kospi-two-year-high", a="PARK MIN-JI", n="Seoul market report, not about the war.", upd="15:50"),
  OFF("2024-06-20 09:10", "Military fires warning shots as North Korean soldiers cross border line",
    ["Around 20 North Korean soldiers briefly crossed the military demarcation line in the central part of the border, the Joint Chiefs of Staff said.",
     "They returned north after South Korean troops fired warning shots."],
    "dmz-warning-shots-2024-06-20", a="Yonhap", n="Inter-Korean border incident, not about the Russia-Ukraine war despite 'shots' and 'soldiers'.", upd="10:30"),
  ]))

SEEDS.append(dict(id="1907", name="1907_inquirer-listing", ext="html", source="Inquirer.net", zone="Asia/Manila", render=r_inquirer,
  title="Russia-Ukraine war", fmt="HTML listing, 12 h stamps with date, no JSON-LD", imitates="Philippine Daily Inquirer (Inquirer.net) tag listing",
  notes="Inquirer.net-style tag listing, captured on the morning of Friday 15 April 2022 Manila time. Each item: linked h2 headline, 'By: SOURCE - 07:20 AM April 15, 2022' line, two excerpt paragraphs. Zone not printed: Philippine time (PHT, UTC+8) implied. Items run from 08:05 AM 14 April to 07:20 AM 15 April PHT, i.e. all on 14 April UTC (00:05-23:20Z) although the page shows two local dates. Newest first. One off-beat item (tropical storm Agaton).",
  not_entries=["top navigation", "site date strip", "tag heading", "'ADVERTISEMENT'", "'READ NEXT' link", "'TRENDING' list", "footer"],
  entries=[
  E("2022-04-15 07:20", "Russia says flagship Moskva has sunk",
    ["Russia's defence ministry said the missile cruiser Moskva sank in stormy seas while being towed to port after a fire on board.",
     "Ukraine says it hit the flagship of the Black Sea Fleet with two of its own Neptune missiles."],
    "strikes", "strikes", 3, "moskva-cruiser-sinks", a="Agence France-Presse"),
  E("2022-04-14 22:45", "Ukraine claims missile strike on Russian cruiser; Moscow cites fire",
    ["Odesa regional governor Maksym Marchenko said Ukrainian Neptune missiles had caused very serious damage to the Moskva.",
     "Moscow said a fire had detonated ammunition on board and the crew had been evacuated."],
    "strikes", "strikes", 3, "moskva-cruiser-sinks", a="Reuters",
    n="Same event as 1907-01, earlier stage; same story."),
  E("2022-04-14 16:50", "Moscow threatens strikes on Kyiv 'decision-making centres'",
    ["Russia's defence ministry said it would increase missile strikes on targets in Kyiv if Ukraine attacked Russian territory.",
     "Russian officials accused Ukrainian helicopters of hitting a village in the Bryansk region, a claim Kyiv denied."],
    "strikes", "strikes", 2, "russia-threatens-kyiv-strikes-bryansk",
    a="Associated Press"),
  E("2022-04-14 13:30", "DFA: 3 Filipinos still in Mariupol refuse to leave",
    ["The Department of Foreign Affairs said three Filipinos remain in the besieged port city and have declined offers of evacuation.",
     "The embassy in Warsaw is in touch with them through a local contact."],
    "other", "humanitarian", 2, "filipinos-in-mariupol", a="Maricel Dizon"),
  OFF("2022-04-14 11:15", "Agaton death toll climbs as rescuers dig through landslides",
    ["The death toll from tropical storm Agaton rose to 167 as rescuers recovered more bodies from landslides in Leyte.",
     "Dozens of people are still missing in the province."],
    "agaton-death-toll", a="Maricel Dizon", n="Philippine storm, not the war (shares the word 'toll')."),
  E("2022-04-14 08:05", "Biden approves $800 million in new weapons for Ukraine",
    ["US President Joe Biden announced a new 800 million dollar package that includes artillery, armoured personnel carriers and helicopters.",
     "It is the first US package to include heavy artillery."],
    "aid", "aid", 3, "us-800m-artillery-package", a="Associated Press"),
  ]))

SEEDS.append(dict(id="1908", name="1908_newsmaker-atom", ext="xml", source="NewsMaker", zone="Europe/Chisinau", render=r_newsmaker,
  title="NewsMaker – Moldova news in English", fmt="Atom 1.0, +02:00, xhtml content", imitates="NewsMaker (Moldova) English feed",
  notes="NewsMaker-style Atom feed for Monday 13 Feb 2023; <published> in Chisinau local time with +02:00 (EET). Content is inline xhtml (<div><p>...). Newest first. One off-beat item (gas purchase/prices). All UTC times on 13 Feb.",
  not_entries=["feed title, subtitle, links, id, updated", "category elements"],
  entries=[
  E("2023-02-13 19:40", "Sandu: Russia planned to use saboteurs to topple Moldova's government",
    ["President Maia Sandu said Moscow had planned to use people with military training, disguised as civilians, to stage violent protests and seize government buildings.",
     "She said the plan was revealed by Ukrainian partners and confirmed by Moldovan institutions, and asked parliament to give security services more powers."],
    "other", "security", 3, "sandu-russian-coup-plot", a="Natalia Gurău", cat="Politics",
    n="Alleged Russian destabilisation plot against a neighbour: other/security, importance 3 as a head-of-state statement of the day (judgement)."),
  E("2023-02-13 17:15", "PM nominee Recean puts security and the economy first",
    ["Prime minister-designate Dorin Recean said his cabinet would focus on restoring order and the economy hit by the war next door.",
     "He said Moldova must strengthen its ability to defend itself, including against hybrid attacks."],
    "other", "politics", 2, "recean-government-priorities", a="Natalia Gurău", cat="Politics"),
  E("2023-02-13 15:00", "Foreign ministry demands explanations from Moscow over missile overflight",
    ["Moldova's foreign ministry said it had asked the Russian ambassador to explain why a cruise missile crossed Moldovan airspace on Friday.",
     "The ministry called the overflight an unacceptable violation of sovereignty."],
    "diplomacy", "diplomacy", 2, "moldova-protests-missile-overflight", a="Ion Ciobanu", cat="Moldova"),
  E("2023-02-13 13:20", "Russian shelling cuts power to villages in Kherson region",
    ["Russian forces shelled several villages along the Dnipro in the Kherson region, damaging power lines, the regional administration said.",
     "One person was wounded in Beryslav."],
    "strikes", "strikes", 2, "kherson-region-shelling-2023-02-13", a="Ion Ciobanu", cat="Region"),
  OFF("2023-02-13 11:05", "Energocom buys gas for February; household tariff unchanged",
    ["State trader Energocom said it had bought enough gas on European markets to cover demand for the rest of February.",
     "The energy regulator said household prices would stay at the current level."],
    "energocom-gas-purchase", a="Ion Ciobanu", n="Moldovan energy market item, not about the war.", cat="Economy"),
  E("2023-02-13 09:30", "Tiraspol denies reports of troop movements in Transnistria",
    ["Authorities in the breakaway region said reports of extra Russian troops in Transnistria were false.",
     "Moldova's intelligence service said it saw no signs of an immediate threat but was watching closely."],
    "other", "security", 2, "transnistria-troop-reports-denied", a="Natalia Gurău", cat="Region"),
  ]))

SEEDS.append(dict(id="1909", name="1909_lefigaro-live", ext="html", source="Le Figaro", zone="Europe/Paris", render=r_figaro,
  title="LIVE - War in Ukraine: Russian and Ukrainian delegations meet in Istanbul for second round of talks",
  url="https://www.lefigaro.fr/en/international/live-war-in-ukraine-2025-06-02",
  lede="A day after Ukraine's drone raid on Russian airbases, the two delegations sat down again at the Ciragan Palace.",
  meta="By Le Figaro with AFP · Published on 2 June 2025 at 08:00, updated at 18:50 (Paris time)",
  fmt="HTML live, @graph LiveBlogPosting JSON-LD, '18h50' stamps in <time>, Key Points", imitates="Le Figaro (in English) live page",
  notes="Le Figaro-style English live page for Monday 2 June 2025. French-style stamps '18h50' inside <time datetime> (Paris, CEST, UTC+2); the meta line says 'Paris time'. JSON-LD @graph holds a LiveBlogPosting with per-update times and authors. A 'Key Points' box lists two headlines exactly (entries 01 and 05). Each post ends with a signature line (author). Newest first. Entry 07 is a video teaser without body.",
  not_entries=["header/navigation", "'LIVE' tag", "standfirst", "byline/date meta line", "'Key Points' box heading and its list", "'Advertisement' and 'READ ALSO' link", "footer"],
  entries=[
  E("2025-06-02 18:50", "Istanbul talks end after just over an hour with agreement on new prisoner exchange",
    ["The second round of direct talks ended without a ceasefire but with a deal to swap all severely wounded prisoners and those under 25, Ukraine's defence minister Rustem Umerov said.",
     "The sides also agreed to return the bodies of 6,000 fallen soldiers each."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-second-round", a="Claire Bastide", kp=True),
  E("2025-06-02 17:30", "Medinsky says Russia handed over its memorandum on a settlement",
    ["Russia's chief negotiator Vladimir Medinsky said Moscow had given the Ukrainian side a memorandum setting out its conditions for a ceasefire.",
     "He proposed a two-to-three-day truce in some areas to collect the dead."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-second-round", a="Claire Bastide"),
  E("2025-06-02 15:10", "Russian strike on Zaporizhzhia region village kills one",
    ["One person was killed and two wounded when a guided bomb hit a village in the Zaporizhzhia region, governor Ivan Fedorov said.",
     "Several houses and a shop were destroyed."],
    "strikes", "strikes", 2, "zaporizhzhia-guided-bomb-2025-06-02", a="Julien Morel"),
  E("2025-06-02 13:05", "Explainer: Operation 'Spiderweb', the drone raid that reached Siberia",
    ["Ukraine's security service says it smuggled small drones into Russia in trucks and launched them close to four airbases.",
     "Kyiv claims 41 aircraft were hit, including strategic bombers; the figure cannot be verified."],
    "strikes", "strikes", 2, "spiderweb-explainer", a="Julien Morel",
    n="Explainer/theme piece about the previous day's raid: its own story."),
  E("2025-06-02 11:20", "Zelensky in Vilnius for summit of NATO's eastern flank",
    ["Volodymyr Zelensky joined leaders of the Bucharest Nine and Nordic countries in Vilnius, where he called for more pressure on Moscow.",
     "NATO Secretary-General Mark Rutte also attended the meeting."],
    "diplomacy", "diplomacy", 3, "b9-nordic-summit-vilnius", a="Claire Bastide", kp=True),
  E("2025-06-02 09:40", "Ukrainian delegation led by Umerov arrives at the Ciragan Palace",
    ["The Ukrainian delegation arrived for the talks in Istanbul shortly before the meeting was due to start.",
     "Turkish Foreign Minister Hakan Fidan is chairing the session."],
    "diplomacy", "diplomacy", 2, "istanbul-talks-second-round", a="Claire Bastide"),
  E("2025-06-02 08:15", "VIDEO - Burned-out bombers at Olenya airbase in satellite images", [], "strikes", "strikes", 1,
    "operation-spiderweb-airbase-raid", a=None, n="Video teaser without body -> importance 1."),
  ]))

# =============================================================== PART B, day 1: 2024-04-10 (UTC)
D1 = "Day 1 (2024-04-10 UTC): 1920, 1921, 1922, 1923"
D1_JOHNSON = ["House Speaker Mike Johnson said he was working on a plan to bring aid for Ukraine to a vote once the chamber finishes its work on surveillance legislation.",
              "The Senate passed a 95 billion dollar package in February, but it has been stalled in the House ever since.",
              "Johnson said any bill would include changes demanded by Republicans, possibly structuring part of the help as a loan."]
SEEDS.append(dict(id="1920", name="1920_sorrelby-textlive", ext="txt", source="Sorrelby Times", zone="Europe/London", render=r_sorrelby,
  title="Russia-Ukraine war live: Odesa hit by missiles as Kyiv presses allies for air defence", dateline="Wednesday 10 April 2024",
  fmt="text live blog, oldest first, '9:10 a.m.' stamps, Key Points", invented=True,
  notes="Invented outlet. Text live blog, OLDEST FIRST, stamps '7:10 a.m.' / '4:20 p.m.' in BST (UTC+1; 'All times BST'). Each post: stamp line, headline line, paragraphs, '— NAME' signature line. Key Points block lists three exact headlines (entries 02, 04, 08). Entry 05 is a video teaser (no body); entry 07 repeats entry 02 nearly verbatim (duplicate_of 1920-02). " + D1,
  not_entries=["masthead and menu", "page title line", "date line and 'All times BST'", "'Key Points' heading and its three bullet lines", "'Updates appear oldest first' note", "signature lines (author)", "'Advertisement'", "'Related:' link", "'Show more updates' and newsletter line"],
  entries=[
  E("2024-04-10 07:10", "Russian missiles hit Odesa overnight, at least three dead",
    ["At least three people were killed when Russian ballistic missiles struck Odesa shortly after midnight, the regional governor Oleh Kiper said.",
     "Port infrastructure and a residential street near the harbour were hit, and several fires broke out."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-04-10", a="Harriet Quayle"),
  E("2024-04-10 08:25", "Kharkiv: drones knock out power to 200,000 homes",
    ["A swarm of Shahed drones hit an energy facility in Kharkiv before dawn, leaving about 200,000 households without electricity, Mayor Ihor Terekhov said.",
     "Engineers hope to restore supply to most districts by the evening."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2024-04-10", a="Harriet Quayle", kp=True),
  E("2024-04-10 09:40", "Kuleba: 'We need Patriots, not words'",
    ["Foreign Minister Dmytro Kuleba said allies who own Patriot batteries should send some of them to Ukraine immediately.",
     "He said the shortage of interceptors meant Russia could hit power plants almost unopposed."],
    "aid", "aid", 2, "kuleba-patriot-appeal-2024-04-10", a="Harriet Quayle",
    n="Appeal for air defence -> aid (LABELS). Separate from Zelensky's appeal (1920-09): different official, different statement."),
  E("2024-04-10 10:55", "Lithuania pledges new military aid package",
    ["Lithuania will send ammunition, anti-drone equipment and generators to Ukraine worth about 35 million euros, Defence Minister Laurynas Kasčiūnas said.",
     "The first deliveries are due later this month."],
    "aid", "aid", 3, "lithuania-aid-package-2024-04-10", a="Owen Pritchard", kp=True),
  E("2024-04-10 12:15", "Watch: firefighters at work in Odesa's port after the strike", [], "strikes", "strikes", 1,
    "odesa-missile-strike-2024-04-10", a=None, n="Video teaser without body -> importance 1."),
  E("2024-04-10 13:30", "Analysis: How glide bombs changed the war in the east",
    ["Russia is dropping hundreds of cheap guided bombs a week on Ukrainian positions and front-line towns, often from beyond the reach of Ukraine's air defence.",
     "Analysts say the weapons, converted from Soviet-era stockpiles, have helped Russian troops advance in Donetsk."],
    "strikes", "strikes", 2, "analysis-glide-bombs", a="Owen Pritchard", n="Theme/analysis piece: own story."),
  E("2024-04-10 14:45", "Kharkiv drone attack leaves 200,000 homes without power",
    ["A swarm of Shahed drones hit an energy facility in Kharkiv before dawn, leaving about 200,000 households without electricity, Mayor Ihor Terekhov said.",
     "Engineers hope to restore supply to most districts by this evening."],
    "strikes", "strikes", 1, "kharkiv-drone-strike-2024-04-10", a="Harriet Quayle", dup="1920-02",
    n="Near-verbatim repeat of 1920-02 (headline reworded, one word changed) -> importance 1."),
  E("2024-04-10 16:20", "Odesa death toll rises to five",
    ["Two more people have died in hospital after the overnight missile attack on Odesa, bringing the death toll to five, local officials said.",
     "Twenty-eight people were wounded, among them two children."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-04-10", a="Owen Pritchard", kp=True),
  E("2024-04-10 18:05", "Zelensky: every week of delay on air defence costs lives",
    ["President Volodymyr Zelensky said in his evening address that Ukraine's partners had the air-defence systems it needed but were taking too long to decide.",
     "He named Odesa and Kharkiv as cities where more Patriot batteries would have saved lives."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2024-04-10", a="Owen Pritchard", sec=["strikes"]),
  ]))

SEEDS.append(dict(id="1921", name="1921_thistledown-ldlive", ext="html", source="Thistledown Report", zone="Europe/Kyiv", render=r_thistledown,
  title="Ukraine live: Odessa mourns after missile strike; first Czech-sourced shells arrive", url="https://thistledown.example/live/2024-04-10",
  lede="Follow our coverage from Kyiv and around the region.", tznote="Times are Kyiv time (EEST, GMT+3).",
  fmt="HTML live + LiveBlogPosting JSON-LD, <time datetime>, 24 h", invented=True,
  notes="Invented outlet. HTML live blog, newest first; every post has <time datetime> with +03:00 and a 24 h text stamp; the byline 'By NAME' sits before the headline. LiveBlogPosting JSON-LD carries per-update times and authors. Spells the city 'Odessa' in its headlines and text. " + D1,
  not_entries=["masthead/navigation", "intro line", "time-zone note", "podcast promo aside", "footer"],
  entries=[
  E("2024-04-10 22:30", "Fiala: first shells from Czech-led initiative have reached Ukraine",
    ["The first artillery rounds bought through the Czech-led scheme to source ammunition outside Europe have arrived in Ukraine, Czech Prime Minister Petr Fiala said.",
     "He did not say how many, but said deliveries would continue every month."],
    "aid", "aid", 3, "czech-ammunition-initiative-first-shells", a="Miriam Soltys",
    n="Must-not-merge with the Lithuanian package (1920-04, 1921-06): different donor, different aid."),
  E("2024-04-10 20:10", "Odessa: search ends, toll stays at five",
    ["Rescue teams in Odessa have finished searching the damaged buildings near the port, emergency services said, with the toll standing at five dead.",
     "Twenty-eight people were hurt in the attack. Mayor Hennadiy Trukhanov said about 40 homes needed new windows and roofs."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-04-10", a="Miriam Soltys"),
  E("2024-04-10 17:45", "Kharkiv governor: two injured as drones hit power facility",
    ["Two workers were injured in the drone attack on a power facility in Kharkiv, regional governor Oleh Syniehubov said.",
     "He said repairs would take several days."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2024-04-10", a="Danylo Kravets",
    n="Must-not-merge with the Odesa strike: different city, different weapon."),
  E("2024-04-10 15:20", "Johnson says he is working on a plan for Ukraine aid", D1_JOHNSON,
    "aid", "aid", 3, "us-house-ukraine-aid-debate", a="Miriam Soltys"),
  E("2024-04-10 12:05", "Russian troops press towards Chasiv Yar",
    ["Russian forces have stepped up attacks on the approaches to Chasiv Yar, a hilltop town west of Bakhmut, the Ukrainian army said.",
     "A brigade spokesman said the enemy had brought in fresh airborne units."],
    "other", "frontline", 2, "chasiv-yar-assaults-2024-04-10", a="Danylo Kravets"),
  E("2024-04-10 10:40", "Lithuania to send ammunition and anti-drone kit worth 35 million euros",
    ["Vilnius announced a new military aid package for Ukraine that includes ammunition, anti-drone systems and power generators.",
     "Defence Minister Laurynas Kasčiūnas put its value at 35 million euros."],
    "aid", "aid", 3, "lithuania-aid-package-2024-04-10", a="Danylo Kravets"),
  E("2024-04-10 09:15", "Odessa: Iskander missiles hit port area and homes",
    ["Russia fired Iskander ballistic missiles at Odessa overnight, hitting the port area and a residential street, the southern military command said.",
     "Three people were confirmed dead by morning."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-04-10", a="Miriam Soltys"),
  ]))

SEEDS.append(dict(id="1922", name="1922_yewbank-worldatom", ext="xml", source="Yewbank World Service", zone="UTC", render=r_atom_cdata,
  title="Yewbank World Service – Latest", link="https://yewbank.example/world",
  fmt="Atom, Z times, general world feed (5 of 7 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news Atom feed, times in Z (UTC), newest first, CDATA html content. The war is a minority: 5 of 7 items are off-beat (football, an Israeli air strike in Gaza, US inflation, a dam burst and floods in Russia's Orenburg region, a South Korean election), several sharing words with war news ('strike', 'Russia', 'votes'). " + D1,
  not_entries=["feed title, link, id, updated", "category terms"],
  entries=[
  OFF("2024-04-10 21:10", "Barcelona come from behind to beat PSG in Paris",
    ["Barcelona won 3-2 away at Paris Saint-Germain in the first leg of their Champions League quarter-final.",
     "Andreas Christensen headed the winner with 13 minutes left."],
    "barcelona-psg-quarter-final", a="Yewbank Sport", cat="Sport", n="football result."),
  E("2024-04-10 18:30", "Odesa missile attack: five killed, 28 wounded",
    ["The number of people killed by Russian missiles in the Ukrainian port city of Odesa has risen to five, regional authorities said.",
     "The attack overnight damaged port facilities and houses."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-04-10", a="Yewbank World Service", cat="Europe"),
  OFF("2024-04-10 16:05", "Israeli strike in Gaza kills three sons of Hamas leader",
    ["An Israeli air strike on a car in the Shati camp killed three sons of Hamas political leader Ismail Haniyeh, the group said.",
     "Israel's military said the men were Hamas operatives."],
    "gaza-strike-haniyeh-sons", a="Yewbank World Service", cat="Middle East", n="another war's air strike (Gaza), shares 'strike'."),
  OFF("2024-04-10 13:40", "US inflation rises to 3.5 percent, cooling rate-cut hopes",
    ["Consumer prices in the United States rose 3.5 percent in the year to March, more than economists expected.",
     "Traders pushed back their bets on when the Federal Reserve will start cutting interest rates."],
    "us-inflation-march-2024", a="Yewbank Business", cat="Business", n="economy."),
  OFF("2024-04-10 11:15", "Thousands evacuated as floods spread in Russia's Orenburg region",
    ["Rising water from the Ural river has flooded thousands of homes after a dam burst near Orsk, Russian officials said.",
     "Residents in the city of Orenburg were told to leave low-lying districts."],
    "orenburg-floods", a="Yewbank World Service", cat="Europe", n="natural disaster in Russia, not the war (shares 'Russia', 'evacuated')."),
  OFF("2024-04-10 09:20", "South Koreans vote in parliamentary election seen as test for Yoon",
    ["Polls opened across South Korea in an election for all 300 seats of the National Assembly.",
     "Surveys suggest the opposition Democratic Party will keep its majority."],
    "south-korea-legislative-election", a="Yewbank World Service", cat="Asia", n="foreign domestic politics."),
  E("2024-04-10 07:45", "Lithuania pledges ammunition and drone defences to Kyiv",
    ["Lithuania's defence ministry announced a package of military aid for Ukraine including ammunition and equipment to counter drones.",
     "The country has given Ukraine military help worth more than 600 million euros since 2022."],
    "aid", "aid", 3, "lithuania-aid-package-2024-04-10", a="Yewbank World Service", cat="Europe"),
  ]))

SEEDS.append(dict(id="1923", name="1923_wychwood-article", ext="txt", source="Wychwood Post", zone="Europe/London", render=r_textarticle,
  title="Ukraine braces for more strikes as allies' ammunition trickles in", published="2024-04-10 19:30",
  head=["Wychwood Post", "Home > World > Europe", "", "Ukraine braces for more strikes as allies' ammunition trickles in", "",
        "Odesa buries its dead, Prague's shells start to arrive and Washington stays stuck.", "",
        "By Tamsin Orchard, Europe correspondent", "Wednesday 10 April 2024 19:30 BST", "", "Share   Save   Gift this article", ""],
  foot=["More on this story", "- Why Ukraine is running out of interceptors", "- In pictures: Odesa's port under fire", "", "Wychwood Post © 2024"],
  fmt="text article with 3 section headings", invented=True,
  notes="Invented outlet. Single article (text) with three section headings; one entry per section (headline = heading), stamp null, published = the article's dateline (Wednesday 10 April 2024 19:30 BST = 18:30 UTC). Page byline used as author for every section. " + D1,
  not_entries=["outlet name and breadcrumb", "article title and standfirst", "byline and dateline", "share line", "'More on this story' links", "footer"],
  entries=[
  E("2024-04-10 19:30", "Odesa counts its dead",
    ["Five people died and dozens were injured when ballistic missiles slammed into Odesa's port district in the early hours of Wednesday.",
     "Residents said there was barely a minute between the air-raid siren and the first explosion.",
     "Regional governor Oleh Kiper said one of the missiles hit a street of private houses."],
    "strikes", "strikes", 3, "odesa-missile-strike-2024-04-10", a="Tamsin Orchard"),
  E("2024-04-10 19:30", "Prague's shells begin to arrive",
    ["The first rounds bought under the Czech initiative to buy artillery ammunition from non-European suppliers have reached Ukraine, Czech officials said.",
     "The scheme, backed by around 20 countries, aims to deliver several hundred thousand shells this year."],
    "aid", "aid", 3, "czech-ammunition-initiative-first-shells", a="Tamsin Orchard"),
  E("2024-04-10 19:30", "Still stuck in Washington",
    ["In Washington, the Speaker of the House said he was drafting a way to bring Ukraine aid to a vote, but set no date.",
     "Ukrainian officials say the delay is already being felt at the front, where gunners are rationing shells."],
    "aid", "aid", 3, "us-house-ukraine-aid-debate", a="Tamsin Orchard"),
  ]))

# =============================================================== PART B, day 2: 2024-04-11 (UTC) — the day after day 1
D2 = "Day 2 (2024-04-11 UTC, the day after day 1): 1930, 1931, 1932, 1933"
SEEDS.append(dict(id="1930", name="1930_stourhead-htmllive", ext="html", source="Stourhead Daily", zone="Europe/London", render=r_stourhead,
  title="Ukraine war live: Russia destroys Kyiv region's biggest power plant",
  lede="Russia launched a large missile and drone attack on Ukraine's energy system overnight.", dateline="Thursday 11 April 2024",
  fmt="HTML live blog without JSON-LD, 'Updated 21:15 BST' stamps", invented=True,
  notes="Invented outlet. HTML live blog, no JSON-LD, newest first; each block starts 'Updated HH:MM BST' (UTC+1), then h2 headline and 'By NAME'. Entry 07 is a photo teaser with no body. Spells the plant 'Trypilska' and the town 'Trypillia'. " + D2,
  not_entries=["navigation", "'LIVE' badge", "subtitle and dateline", "'Advertisement'", "link to yesterday's coverage", "footer"],
  entries=[
  E("2024-04-11 21:15", "Zelensky: 'Give us Patriots' after power plant destroyed",
    ["President Volodymyr Zelensky urged allies to send Patriot systems without delay, saying the attack on the Trypilska plant showed what happens when interceptors run out.",
     "He said Ukraine needed at least seven more batteries to protect its cities."],
    "aid", "aid", 3, "zelensky-air-defence-plea-2024-04-11", a="Ruth Anstey", sec=["strikes"],
    n="Not the same story as day 1's Zelensky appeal (different day, different statement)."),
  E("2024-04-11 18:40", "Kremlin says Swiss peace conference is pointless without Moscow",
    ["Kremlin spokesman Dmitry Peskov said a peace conference without Russia had no prospects, a day after Switzerland said it would host talks in June.",
     "He said Moscow had not been invited and would not take part."],
    "diplomacy", "diplomacy", 3, "kremlin-dismisses-swiss-peace-conference", a="Ruth Anstey"),
  E("2024-04-11 16:05", "Glide bombs kill two in Zolochiv, Kharkiv region",
    ["Two people were killed when Russian aircraft dropped guided bombs on the town of Zolochiv near the border, Kharkiv governor Oleh Syniehubov said.",
     "A school building and several homes were damaged."],
    "strikes", "strikes", 3, "zolochiv-glide-bombs-2024-04-11", a="Callum Frere",
    n="Must-not-merge with the overnight energy barrage: a separate daytime attack in another place."),
  E("2024-04-11 13:30", "Germany pledges more IRIS-T missiles, Pistorius says",
    ["Germany will send additional missiles for the IRIS-T air-defence systems it has already supplied to Ukraine, Defence Minister Boris Pistorius said.",
     "He said Berlin was also looking at what more it could do on Patriots."],
    "aid", "aid", 3, "germany-iris-t-missiles-2024-04-11", a="Callum Frere",
    n="Must-not-merge with the British air-defence missiles (1931-02, 1933-02)."),
  E("2024-04-11 11:10", "Explainer: Why Russia is going after Ukraine's power plants",
    ["Since March, Russia has switched from hitting substations to striking the power plants themselves, which take far longer to repair.",
     "Energy officials say some units may be out of action for more than a year."],
    "strikes", "strikes", 2, "explainer-russia-targets-power-plants", a="Ruth Anstey", n="Theme/explainer: own story."),
  E("2024-04-11 09:05", "Centrenergo: Trypilska power plant completely destroyed",
    ["The state company Centrenergo said its Trypilska thermal power plant, the largest supplier of electricity to the Kyiv, Zhytomyr and Cherkasy regions, had been completely destroyed.",
     "Russia fired 82 missiles and drones at Ukraine overnight, targeting energy facilities in several regions."],
    "strikes", "strikes", 3, "energy-barrage-trypilska-2024-04-11", a="Callum Frere"),
  E("2024-04-11 07:20", "Pictured: smoke rises over the Trypillia plant south of Kyiv", [], "strikes", "strikes", 1,
    "energy-barrage-trypilska-2024-04-11", a=None, n="Photo teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="1931", name="1931_tansy-rss", ext="xml", source="Tansy Post", zone="Europe/Kyiv", render=r_tansy,
  title="Tansy Post: Ukraine", link="https://tansypost.example/ukraine", desc="The latest on the war in Ukraine from the Tansy Post",
  fmt="RSS 2.0, +0300 pubDate, entity-escaped HTML description", invented=True,
  notes="Invented outlet. RSS 2.0 feed, pubDate in Kyiv time with +0300, descriptions are entity-escaped HTML (decode once to get <p> paragraphs). Newest first. Item 01 continues a day-1 story (Odesa strike of 10 April) with a new development (day of mourning, toll six): same story slug as day 1. Item 03 re-posts day 1's 1921-04 nearly verbatim -> importance 1 (LABELS: re-post from a previous day), duplicate_of null because the original is in another seed. " + D2,
  not_entries=["channel title, link, description"],
  entries=[
  E("2024-04-11 23:10", "Odesa holds day of mourning as toll rises to six",
    ["Odesa observed a day of mourning on Thursday after a sixth victim of Wednesday's missile strike died in hospital, the regional administration said.",
     "Flags were lowered and entertainment events cancelled across the city."],
    "strikes", "strikes", 2, "odesa-missile-strike-2024-04-10", a="Larysa Bondar",
    n="New development in a day-1 story (cross-day continuation): same slug as day 1; only this seed carries it on day 2 -> importance 2."),
  E("2024-04-11 20:30", "Shapps: Britain to send more air-defence missiles",
    ["Britain will supply Ukraine with additional air-defence missiles within weeks, Defence Secretary Grant Shapps said after speaking to his Ukrainian counterpart.",
     "He said London was also pressing other allies to release Patriot systems."],
    "aid", "aid", 3, "uk-air-defence-missiles-2024-04-11", a="Larysa Bondar"),
  E("2024-04-11 18:00", "Johnson says he is working on a plan for Ukraine aid",
    ["House Speaker Mike Johnson said he was working on a plan to bring aid for Ukraine to a vote once the chamber finishes its work on surveillance legislation.",
     "The Senate passed a 95 billion dollar package in February, but it has been stalled in the House since then.",
     "Johnson said any bill would include changes demanded by Republicans, possibly structuring part of the help as a loan."],
    "aid", "aid", 1, "us-house-ukraine-aid-debate", a="Larysa Bondar",
    n="Near-verbatim re-post of day 1's 1921-04 (one phrase changed) -> importance 1; duplicate_of null (other seed, other day)."),
  E("2024-04-11 15:25", "Kharkiv region: two killed as glide bombs hit Zolochiv",
    ["Russian glide bombs killed two civilians in Zolochiv, a town about 20 kilometres from the Russian border, officials said.",
     "Three others were injured."],
    "strikes", "strikes", 3, "zolochiv-glide-bombs-2024-04-11", a="Petro Havryliuk"),
  E("2024-04-11 12:40", "Overnight barrage: 82 missiles and drones, Trypillia plant lost",
    ["Russia launched 40 missiles and 42 attack drones at Ukraine overnight, the air force said, and 57 were shot down.",
     "The Trypillia thermal power plant near Kyiv was destroyed and energy sites in Kharkiv and the Lviv region were hit."],
    "strikes", "strikes", 3, "energy-barrage-trypilska-2024-04-11", a="Petro Havryliuk"),
  E("2024-04-11 10:15", "Peskov dismisses Burgenstock meeting",
    ["The Kremlin said it saw no point in the peace conference that Switzerland plans to host at the Burgenstock resort in June.",
     "Dmitry Peskov said talks on Ukraine without Russia were a waste of time."],
    "diplomacy", "diplomacy", 3, "kremlin-dismisses-swiss-peace-conference", a="Larysa Bondar"),
  ]))

SEEDS.append(dict(id="1932", name="1932_valerian-textlive", ext="txt", source="Valerian News", zone="Europe/Berlin", render=r_valerian,
  title="Live: Russia pounds Ukraine's power plants, Kyiv pleads for air defence", dateline="Thursday, 11 April 2024 (all times CEST)",
  lede="Our correspondents follow the day's developments from Berlin and Kyiv.",
  fmt="text live blog, '16:45 CEST | headline' on one line", invented=True,
  notes="Invented outlet. Text live blog, newest first; stamp and headline share one line ('20:50 CEST | Headline'), then 'By NAME'. CEST = UTC+2 (stated in the date line). Entry 04 (Lviv region gas storage) is part of the same overnight barrage as entry 03: same story (judgement). " + D2,
  not_entries=["masthead line and menu", "page title", "date line", "intro sentence", "'ADVERTISEMENT'", "'Also read:' link", "'Load earlier posts' and footer"],
  entries=[
  E("2024-04-11 20:50", "Germany to ship IRIS-T missiles sooner than planned",
    ["Berlin will bring forward the delivery of missiles for its IRIS-T air-defence systems in Ukraine, Defence Minister Boris Pistorius said in an interview.",
     "He did not give numbers."],
    "aid", "aid", 3, "germany-iris-t-missiles-2024-04-11", a="Jonas Kessler"),
  E("2024-04-11 18:35", "Zelensky calls on allies to speed up air-defence deliveries",
    ["Speaking after visiting a damaged energy site, Zelensky said partners could stop such attacks if they delivered the systems they had promised.",
     "Ukraine has repeatedly asked for more Patriot batteries."],
    "aid", "aid", 3, "zelensky-air-defence-plea-2024-04-11", a="Oksana Weber"),
  E("2024-04-11 15:10", "Russia fires dozens of missiles at energy sites; Kyiv's biggest power station destroyed",
    ["A massive overnight attack targeted power plants and transmission facilities in several regions, destroying the Trypilska plant that supplied the Kyiv area.",
     "Energy minister Herman Halushchenko said it was one of the hardest days for the grid since the war began."],
    "strikes", "strikes", 3, "energy-barrage-trypilska-2024-04-11", a="Oksana Weber"),
  E("2024-04-11 12:20", "Lviv region: gas storage facilities hit, Naftogaz says",
    ["Missiles hit underground gas storage facilities in the Lviv region during the overnight attack, Naftogaz said, adding that gas supply to consumers was not affected.",
     "The company did not say how badly the sites were damaged."],
    "strikes", "strikes", 3, "energy-barrage-trypilska-2024-04-11", a="Oksana Weber",
    n="Same overnight barrage as 1932-03 (another target of the same attack) -> same story (judgement)."),
  E("2024-04-11 10:05", "Army says assault near Chasiv Yar repelled",
    ["Ukrainian troops repelled a Russian assault with armoured vehicles near Chasiv Yar, the army's eastern command said.",
     "Fighting in the area has intensified over the past week."],
    "other", "frontline", 2, "chasiv-yar-assault-2024-04-11", a="Jonas Kessler"),
  ]))

SEEDS.append(dict(id="1933", name="1933_wainfleet-article", ext="html", source="Wainfleet Bulletin", zone="Europe/London", render=r_htmlarticle_sections,
  title="Energy strikes leave Kyiv region's largest plant in ruins", published="2024-04-11 17:05", author="Gethin Moss",
  lede="Russia's latest attack on Ukraine's grid destroyed a plant that powered three regions; Britain promises more missiles.",
  datetext="Thursday April 11 2024, 5.05pm BST",
  fmt="HTML article with 2 h2 sections, no JSON-LD", invented=True,
  notes="Invented outlet. Single HTML article with two h2 section headings; one entry per section, stamp null, published = article date line (5.05pm BST = 16:05 UTC). Byline used as author for both sections. Photo caption is not body. " + D2,
  not_entries=["header", "title and standfirst", "byline and date line", "photo caption", "'More on this story' aside", "footer"],
  entries=[
  E("2024-04-11 17:05", "A plant reduced to rubble",
    ["The Trypilska power station south of Kyiv was hit by several missiles in the early hours and burned until morning.",
     "Its operator said the plant had been entirely destroyed and that repairs, if possible at all, would take years.",
     "Across the country, 82 missiles and drones were launched in the attack."],
    "strikes", "strikes", 3, "energy-barrage-trypilska-2024-04-11", a="Gethin Moss"),
  E("2024-04-11 17:05", "British missiles on the way",
    ["Grant Shapps said Britain would send more air-defence missiles to Ukraine and urged allies to find Patriot launchers in their stocks.",
     "The Defence Secretary did not specify the type or number of missiles."],
    "aid", "aid", 3, "uk-air-defence-missiles-2024-04-11", a="Gethin Moss"),
  ]))

# =============================================================== PART B, day 3: 2022-12-05 (UTC)
D3 = "Day 3 (2022-12-05 UTC): 1940, 1941, 1942, 1943"
SEEDS.append(dict(id="1940", name="1940_zennor-worldrss", ext="xml", source="Zennor World", zone="UTC", render=r_zennor,
  title="Zennor World – Top stories", link="https://zennorworld.example/news", desc="Top stories from around the world",
  fmt="RSS 2.0, GMT pubDate, general world feed (4 of 7 off-beat)", invented=True,
  notes="Invented outlet. GENERAL world-news RSS feed with GMT pubDates (= UTC), CDATA titles and descriptions, no authors. War items are a minority: 4 of 7 items are off-beat (World Cup football, a UK rail strike, China's Covid rules, drought aid for Somalia), two of them sharing words with war news ('strikes', 'aid'). " + D3,
  not_entries=["channel title, link, description, ttl", "media thumbnails"],
  entries=[
  OFF("2022-12-05 21:40", "Brazil dance past South Korea into World Cup quarter-finals",
    ["Brazil scored four times in the first half to beat South Korea 4-1 in Doha and set up a quarter-final against Croatia.",
     "Neymar scored a penalty on his return from injury."],
    "brazil-south-korea-world-cup", n="football."),
  OFF("2022-12-05 19:05", "Rail union announces new strikes over Christmas",
    ["Britain's biggest rail union said its members would stage further walkouts from Christmas Eve in a dispute over pay and conditions.",
     "The government urged the union to return to talks."],
    "uk-rail-strikes-christmas", n="UK industrial action; 'strikes' and 'talks' are not war words here."),
  E("2022-12-05 17:30", "Kremlin: Russia will not sell oil to countries that apply the price cap",
    ["The Kremlin said Russia would not accept the 60 dollar cap on its seaborne crude agreed by the G7, the EU and Australia.",
     "Deputy Prime Minister Alexander Novak said Moscow would rather cut output than sell under the cap."],
    "diplomacy", "diplomacy", 3, "russian-oil-price-cap-takes-effect"),
  E("2022-12-05 15:10", "Russia launches new wave of missiles at Ukraine's power grid",
    ["Russia fired dozens of cruise missiles at Ukraine on Monday, targeting energy infrastructure for the eighth time since October.",
     "Power cuts were reported in Kyiv, Odesa and Vinnytsia regions."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-05"),
  OFF("2022-12-05 12:45", "Chinese cities drop Covid test requirement for public transport",
    ["Several large Chinese cities, including Shanghai, stopped requiring negative Covid tests to ride buses and subways.",
     "The moves follow protests against strict lockdown measures last month."],
    "china-covid-rules-eased", n="Chinese public-health policy."),
  OFF("2022-12-05 10:20", "Aid agencies warn of famine risk in Somalia",
    ["UN agencies appealed for more funding as Somalia faces a sixth failed rainy season.",
     "Nearly eight million people need humanitarian aid, they said."],
    "somalia-drought-appeal", n="humanitarian aid elsewhere; shares 'aid'."),
  E("2022-12-05 08:05", "Blasts reported at two Russian air bases far from Ukraine",
    ["Explosions were reported at military airfields in Russia's Ryazan and Saratov regions early on Monday, Russian media said.",
     "Engels air base in Saratov hosts strategic bombers used to fire missiles at Ukraine."],
    "strikes", "strikes", 3, "engels-dyagilevo-airbase-drone-strikes"),
  ]))

SEEDS.append(dict(id="1941", name="1941_skerryvore-textlive", ext="txt", source="Skerryvore Report", zone="Europe/Kyiv", render=r_skerryvore,
  title="Russia-Ukraine war: live updates", dateline="Monday, December 5, 2022 | Times are Kyiv time (UTC+2)",
  fmt="text live blog, 'Posted by' before '3:45 PM' stamp, Key Points", invented=True,
  notes="Invented outlet. Text live blog, newest first; each post is 'Posted by NAME', then a 12 h stamp '3:45 PM' (Kyiv, EET, UTC+2 — stated in the date line), then the headline and body. A 'Key Points' block lists two exact headlines (entries 05 and 07). Entry 04 (Zaporizhzhia region deaths) is part of the nationwide missile barrage: same story. Entry 03 (Kherson shelling) is a separate event: must not merge with the barrage. " + D3,
  not_entries=["outlet name", "page title", "date/time-zone line", "'Key Points' heading and its two lines", "'Latest updates' label", "'Posted by' lines (author)", "'Advertisement'", "closing line and footer"],
  entries=[
  E("2022-12-05 23:20", "Zelensky: 'Our air defence did its job' after barrage",
    ["In his nightly address, President Volodymyr Zelensky said most of the missiles fired on Monday had been shot down and that power was being restored.",
     "He thanked air-defence crews and said Russia would not be able to break Ukraine's resolve."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-05", a="Iryna Mazur",
    n="Reaction to the barrage whose main content is the attack itself -> strikes, same story."),
  E("2022-12-05 21:05", "Missile debris falls in northern Moldova",
    ["Moldova's interior ministry said fragments of a missile had been found near the town of Briceni, close to the Ukrainian border.",
     "No one was hurt. Officials believe it was shot down by Ukrainian air defence."],
    "other", "security", 3, "moldova-missile-debris-briceni", a="Iryna Mazur",
    n="Spill-over of the barrage into a neighbouring state; own story (a distinct event, Moldova's security). Carried by 2 seeds -> 3."),
  E("2022-12-05 18:40", "Kherson: shelling kills one, damages hospital",
    ["Russian shelling killed one man and damaged a hospital in Kherson on Monday afternoon, the city's military administration said.",
     "Russian forces withdrew from the city last month but keep firing from across the Dnipro."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-05", a="Taras Lytvyn",
    n="Must-not-merge with the missile barrage: separate artillery attack on another city."),
  E("2022-12-05 16:10", "Two killed in Zaporizhzhia region as missiles hit homes",
    ["Two people were killed when Russian missiles struck houses in a village near Zaporizhzhia during Monday's attack, the regional governor said.",
     "A water pumping station was also damaged."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-05", a="Taras Lytvyn"),
  E("2022-12-05 14:25", "Air force: more than 60 of 70 missiles shot down",
    ["Ukraine's air force said Russia fired more than 70 missiles and that over 60 of them were intercepted.",
     "The missiles were launched from strategic bombers over the Caspian Sea and from ships in the Black Sea."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-05", a="Iryna Mazur", kp=True),
  E("2022-12-05 12:00", "Oil price cap comes into force",
    ["A 60 dollar per barrel price cap on Russian seaborne crude took effect on Monday, the same day as an EU embargo on most Russian oil imports by sea.",
     "Western shipping insurers will be barred from covering cargoes sold above the cap."],
    "diplomacy", "diplomacy", 3, "russian-oil-price-cap-takes-effect", a="Taras Lytvyn"),
  E("2022-12-05 10:30", "Russia says drones struck Engels and Dyagilevo air bases",
    ["Russia's defence ministry said Ukrainian drones had hit two air bases deep inside Russia, killing three servicemen and damaging two aircraft.",
     "The bases are hundreds of kilometres from the front line."],
    "strikes", "strikes", 3, "engels-dyagilevo-airbase-drone-strikes", a="Iryna Mazur", kp=True,
    n="Ukrainian drone strike on Russian bases; must-not-merge with the Russian missile barrage on Ukraine the same day."),
  E("2022-12-05 09:15", "Germany hands over seven more Gepard anti-aircraft guns",
    ["Germany has delivered seven more Gepard self-propelled anti-aircraft guns to Ukraine, Defence Minister Christine Lambrecht said.",
     "The guns have been effective against Iranian-made drones, Ukrainian officials say."],
    "aid", "aid", 3, "germany-gepard-delivery-2022-12-05", a="Taras Lytvyn"),
  ]))

SEEDS.append(dict(id="1942", name="1942_teviot-htmllive", ext="html", source="Teviot Times", zone="America/New_York", render=r_teviot,
  title="Russia hits Ukraine's grid again after blasts at bases deep inside Russia", url="https://teviottimes.example/live/2022/12/05/ukraine",
  pagepub="2022-12-05 04:00", lede="Russia fired a new barrage of missiles at Ukraine hours after explosions at two of its own air bases.",
  updated="Updated Dec. 5, 2022, 5:50 p.m. ET",
  fmt="HTML live, LiveBlogPosting JSON-LD whose updates all carry the page's time; visible '9:20 a.m. ET'", invented=True,
  notes="Invented outlet. HTML live blog, newest first, visible stamps '9:20 a.m. ET' (EST, UTC-5). The JSON-LD LiveBlogPosting lists the updates but gives every update the PAGE's datePublished (04:00 ET) — not the posts' times; the visible stamps are authoritative. Entry 06 is a video teaser without body. Entry 02 (Canadian aid) must not merge with the German Gepard delivery. " + D3,
  not_entries=["header/navigation", "dek", "'Updated ...' line", "'Advertisement'", "footer"],
  entries=[
  E("2022-12-05 17:50", "Peskov: Russia 'will not accept' the price cap",
    ["Kremlin spokesman Dmitry Peskov said Russia would not recognise the Western price cap on its oil and was preparing a response.",
     "He said the measure would destabilise global energy markets."],
    "diplomacy", "diplomacy", 3, "russian-oil-price-cap-takes-effect", a="Dana Whitlock"),
  E("2022-12-05 15:30", "Canada sends winter gear and drone cameras",
    ["Canada's defence minister Anita Anand announced a shipment of winter clothing and high-resolution drone cameras for Ukrainian troops.",
     "The package is worth about 15 million Canadian dollars."],
    "aid", "aid", 2, "canada-winter-gear-drone-cameras", a="Dana Whitlock",
    n="Must-not-merge with Germany's Gepard delivery (1941-08, 1943-02)."),
  E("2022-12-05 13:10", "Explainer: How far can Ukraine's drones fly?",
    ["Engels air base is roughly 600 kilometres from the nearest Ukrainian-held territory, far beyond the range of most drones Kyiv is known to have.",
     "Russian officials said the attackers used Soviet-era jet reconnaissance drones, which Ukraine may have modified."],
    "strikes", "strikes", 2, "explainer-ukraine-long-range-drones", a="Ben Okafor", n="Theme/explainer: own story."),
  E("2022-12-05 11:00", "Russian missiles knock out power in Odesa region",
    ["Strikes on energy facilities left most of the Odesa region without electricity, the regional governor said.",
     "Water pumping stations in the city of Odesa stopped working."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-05", a="Ben Okafor"),
  E("2022-12-05 09:20", "Russia says three servicemen killed in drone attacks on air bases",
    ["Russia's defence ministry said Ukrainian jet drones flying at low altitude had targeted the Dyagilevo and Engels air bases and were shot down.",
     "Three servicemen were killed and four wounded by falling debris, it said."],
    "strikes", "strikes", 3, "engels-dyagilevo-airbase-drone-strikes", a="Ben Okafor"),
  E("2022-12-05 04:30", "Video: Smoke over Engels, Saratov region", [], "strikes", "strikes", 1,
    "engels-dyagilevo-airbase-drone-strikes", a=None, n="Video teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="1943", name="1943_ullswater-textlive", ext="txt", source="Ullswater Live", zone="Europe/London", render=r_ullswater,
  title="Ukraine: Monday's developments as they happened", byline="Compiled by Niamh Rollo", dateline="Monday 5 December 2022",
  fmt="text live blog, oldest first, '07.40 GMT' stamps, page-level byline", invented=True,
  notes="Invented outlet. Text live blog, OLDEST FIRST, stamps '07.40 GMT' (dot separator; London = UTC in December). One page byline ('Compiled by Niamh Rollo') used as author for every entry. Entry 05 repeats entry 03 nearly verbatim (duplicate_of 1943-03). Entry 07 is a photo teaser. " + D3,
  not_entries=["outlet name", "page title", "'Compiled by' byline line", "date line", "'Sponsored content'", "closing lines"],
  entries=[
  E("2022-12-05 07:40", "Explosions reported at Engels air base",
    ["Residents of Engels in the Saratov region reported loud explosions and flashes near the military airfield before dawn.",
     "The regional governor said there was no damage to civilian buildings."],
    "strikes", "strikes", 3, "engels-dyagilevo-airbase-drone-strikes", a="Niamh Rollo"),
  E("2022-12-05 09:55", "Germany to hand over more Gepard guns",
    ["Seven more Gepard anti-aircraft guns are being handed to Ukraine this week, the German defence ministry said.",
     "Berlin has now supplied about 37 of the systems."],
    "aid", "aid", 3, "germany-gepard-delivery-2022-12-05", a="Niamh Rollo"),
  E("2022-12-05 11:30", "Russia fires missile barrage at Ukraine",
    ["Air-raid sirens sounded across Ukraine as Russia launched another large missile attack on the country's infrastructure.",
     "Explosions were reported in the Kyiv, Odesa and Zaporizhzhia regions."],
    "strikes", "strikes", 3, "missile-barrage-2022-12-05", a="Niamh Rollo"),
  E("2022-12-05 13:05", "Moldova says missile fragments found near Briceni",
    ["Missile debris was found in a field near Briceni in northern Moldova, the interior ministry said.",
     "The country's president, Maia Sandu, condemned the Russian attack on Ukraine."],
    "other", "security", 3, "moldova-missile-debris-briceni", a="Niamh Rollo"),
  E("2022-12-05 14:50", "Russia fires missile barrage at Ukraine",
    ["Air-raid sirens sounded across Ukraine as Russia launched another large missile attack on the country's infrastructure.",
     "Explosions were reported in the Kyiv, Odesa, Vinnytsia and Zaporizhzhia regions."],
    "strikes", "strikes", 1, "missile-barrage-2022-12-05", a="Niamh Rollo", dup="1943-03",
    n="Near-verbatim repeat of 1943-03 (one region added) -> importance 1."),
  E("2022-12-05 16:20", "Price cap on Russian oil now in force",
    ["The G7 and EU cap of 60 dollars a barrel on Russian seaborne oil is now in force.",
     "Ukraine's presidential office said the cap should have been set lower, at 30 dollars."],
    "diplomacy", "diplomacy", 3, "russian-oil-price-cap-takes-effect", a="Niamh Rollo"),
  E("2022-12-05 18:00", "Photos: Kyiv residents queue for water during outages", [], "strikes", "strikes", 1,
    "missile-barrage-2022-12-05", a="Niamh Rollo", n="Photo teaser without body -> importance 1."),
  ]))

# =============================================================== emit
DAYS = {"day1": ["1920", "1921", "1922", "1923"], "day2": ["1930", "1931", "1932", "1933"], "day3": ["1940", "1941", "1942", "1943"]}
BASIS = {
  "r_pap": "stamp '{s}' (day.month.year 24 h); Warsaw CET = UTC+1 (site clock line says CET)",
  "r_efe": "pubDate '{s}' (explicit offset)",
  "r_focus": "stamp '{s}' under the date divider for {d}; Kyiv time (page note), EET = UTC+2; JSON-LD datePublished agrees",
  "r_civil": "stamp '{s}' on the page's date {d} (posted-on line); Tbilisi GMT+4 (intro note)",
  "r_nltimes": "stamp '{s}' (full date and time); Dutch local time implied by the outlet, CEST = UTC+2",
  "r_maverick": "relative stamp '{s}' resolved against the printed 'Updated 23 August 2023, 22:40 SAST' (UTC+2)",
  "r_joongang": "Published '{s}'; Korean time implied by the outlet, KST = UTC+9",
  "r_inquirer": "stamp '{s}' (12 h with date); Philippine time implied by the outlet, PHT = UTC+8",
  "r_newsmaker": "<published> '{s}' (explicit offset)",
  "r_figaro": "stamp '{s}' with <time datetime> on {d}; Paris time, CEST = UTC+2",
  "r_sorrelby": "stamp '{s}' on the page's date {d}; 'All times BST' = UTC+1",
  "r_thistledown": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST",
  "r_atom_cdata": "<published> '{s}' (Z = UTC)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_stourhead": "stamp '{s}' on the page's date {d}; BST = UTC+1",
  "r_tansy": "pubDate '{s}' (explicit offset)",
  "r_valerian": "stamp '{s}' on the page's date {d}; CEST = UTC+2 (date line)",
  "r_htmlarticle_sections": "no per-section time; the article date line ({d}, BST) used for every section",
  "r_zennor": "pubDate '{s}' (GMT = UTC)",
  "r_skerryvore": "stamp '{s}' on the page's date {d}; Kyiv time UTC+2 (date line)",
  "r_teviot": "visible stamp '{s}' on the page's date {d}; ET in December = EST = UTC-5 (JSON-LD update times are the page's, ignored)",
  "r_ullswater": "stamp '{s}' on the page's date {d}; GMT = UTC",
}


def main():
    for f in os.listdir(os.path.join(ROOT, "seeds")):
        os.remove(os.path.join(ROOT, "seeds", f))
    for f in os.listdir(os.path.join(ROOT, "gold")):
        os.remove(os.path.join(ROOT, "gold", f))
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
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

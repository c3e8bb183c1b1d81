#!/usr/bin/env python3
"""Builds eval/ak seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/ak/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **extra):
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


def ampm(d, style):
    hh = d.hour % 12 or 12
    if style == "p.m.":
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "dotpm":
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "PM":
        return f"{hh:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    if style == "pm":
        return f"{hh}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order(S):
    """entries are written in page order; helper for renderers"""
    return S["entries"]

# =============================================================== PART A renderers


def r_agenda(S):  # Agenda.ge tag page scrape: date line above the list, time on its own line BEFORE the headline
    z = S["zone"]
    L = ["Agenda.ge", "Georgia's news in English", "",
         "News   Politics   Economy   Society   Culture   Sport   Interviews   Search", "",
         "This website uses cookies to improve your experience. Accept", "", S["title"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more news", "", "Agenda.ge is published by the Legal Entity of Public Law Information Centre. © 2025", "About us | Contact | RSS"]
    return "\n".join(L) + "\n", stamps


def r_naharnet(S):  # Naharnet listing: "by X" + date span, crossing local midnight
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Naharnet</title></head><body>",
           '<div id="top"><a href="/" class="logo">Naharnet</a> <span class="tagline">Lebanon news in English</span></div>',
           '<nav class="sections"><a href="/lebanon">Lebanon</a> <a href="/middle-east">Middle East</a> <a href="/world">World</a> <a href="/sports">Sports</a> <a href="/weather">Weather</a></nav>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%d %b %Y, %H:%M"); stamps.append(st)
        out.append(f'<div class="story"><h3><a href="/s/{S["id"]}{i:02d}">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="meta">by {esc(e["a"])} <span class="date">{st}</span></div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><a>Share</a> <a>Tweet</a> <a>Comments (0)</a></div></div>')
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</div>", '<aside class="most-read"><h4>Most Read</h4><ol><li><a>Cabinet approves fuel price mechanism</a></li><li><a>Weekend weather: hot and humid along the coast</a></li></ol></aside>',
            '<div class="newsletter">Get Naharnet headlines by e-mail <input type="email"/> <button>Subscribe</button></div>',
            "</main><footer>Copyright © 2025 Naharnet Newsdesk. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_gulftimes(S):  # Gulf Times article: bullet list of the day's events under subheads; NewsArticle JSON-LD with entities
    z = S["zone"]; d = dt(S["pub"], z); u = dt(S["upd"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"],
          "description": html.escape(S["lede"], quote=True), "datePublished": d.isoformat(), "dateModified": u.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": "Gulf Times"},
          "articleSection": "International"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="logo" href="/">Gulf Times</a><nav><a href="/qatar">Qatar</a> <a href="/region">Region</a> <a href="/international">International</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav><div class="weather">Doha 44°C</div></header>',
           '<main><article><div class="section-label">International</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline">By {esc(S["author"])}</div>',
           f'<div class="dates"><span>Published: {d.day:02d} {d.strftime("%b")} {d.year} - {ampm(d, "PM")}</span> <span>Last updated: {u.day:02d} {u.strftime("%b")} {u.year} - {ampm(u, "PM")}</span></div>',
           '<div class="share-bar"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>',
           f'<p class="intro">{esc(S["lede"])}</p>']
    cur = None; stamps = []
    for e in S["entries"]:
        if e["grp"] != cur:
            if cur is not None:
                out.append("</ul>")
            cur = e["grp"]; out.append(f"<h3>{esc(cur)}</h3><ul>")
        out.append(f"<li>{esc(e['p'][0])}</li>")
        stamps.append(None)
    out += ["</ul>", "</article>",
            '<aside class="related"><h4>Related Story</h4><ul><li><a>Qatar calls for restraint in Black Sea shipping lanes</a></li><li><a>Oil prices edge up as traders weigh sanctions threat</a></li></ul></aside>',
            '<div class="newsletter"><b>Newsletter</b> Sign up for the Gulf Times morning briefing <button>Sign up</button></div>',
            "</main><footer>© Gulf Times 2025. All rights reserved. Dar Al Sharq Group</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_malta(S):  # MaltaToday world listing scrape: author glued to "9 October, 2.35pm" (no year)
    z = S["zone"]
    L = ["MaltaToday", "", "News   Business   Sport   Opinion   World   Environment   Arts   Podcasts", "",
         "We use cookies to personalise content and ads. Accept all   Manage preferences", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month-1]}, {ampm(d, 'dotpm')}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Read more", "Share on Facebook   Share on X", ""]
        if i == 2:
            L += ["Subscribe to MaltaToday’s daily newsletter", "Email address", "Subscribe", ""]
    L += ["More World", "", "MaltaToday © – Published by MediaToday Co. Ltd.", "Privacy policy   Terms   Contact us"]
    return "\n".join(L) + "\n", stamps


def r_bianet(S):  # Bianet English category page: per-item writer + "6 November 2025 06:07"; JSON-LD NewsArticle of the lead item
    z = S["zone"]; e0 = S["entries"][0]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": esc(e0["h"]).replace("'", "&#039;"), "datePublished": dt(e0["t"], z).isoformat(),
          "author": {"@type": "Person", "name": e0["a"]}, "publisher": {"@type": "Organization", "name": "bianet"},
          "description": esc(first_sentence(e0["p"][0])).replace("'", "&#039;").replace('"', "&quot;")}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - bianet English</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="site"><a class="brand" href="/english">bianet English</a><nav><a>Politics</a> <a>Human Rights</a> <a>Women</a> <a>LGBTI+</a> <a>Media</a> <a>World</a> <a href="/">Türkçe</a> <a href="/kurdi">Kurdî</a></nav></header>',
           f'<main><h1 class="cat">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        out.append(f'<article class="news-item"><h2><a href="/english/world/{S["id"]}{i}-{slug(e["h"])}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="info"><span class="writer">{esc(e["a"])}</span><span class="date">{st}</span></div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="social"><a>Share</a> <a>Tweet</a></div></article>')
        if i == 2:
            out.append('<div class="support-box">Support independent journalism. <a>Donate to bianet</a></div>')
    out += ['<div class="more"><a>Next page</a></div></main>', "<footer>bianet · Independent Communication Network (BİA) · 2025</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_libya(S):  # Libya Herald WordPress RSS 2.0: +0000 pubDates, excerpt + content:encoded with "appeared first" footer
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           "<channel>", f"<title>{S['title']}</title>", "<link>https://libyaherald.com</link>",
           "<description>Libya&#8217;s leading English-language news site</description>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>", "<language>en-GB</language>", "<sy:updatePeriod>hourly</sy:updatePeriod>",
           "<generator>https://wordpress.org/?v=6.8.1</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        t_xml = esc(e["h"]).replace("\u2019", "&#8217;")
        link = f"https://libyaherald.com/2025/12/{slug(e['h'])}/"
        out += ["<item>", f"<title>{t_xml}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e['cat']}]]></category>", f'<guid isPermaLink="false">https://libyaherald.com/?p={S["id"]}{i:02d}</guid>',
                f"<description><![CDATA[{first_sentence(e['p'][0])} [&#8230;]]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) +
                f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://libyaherald.com">Libya Herald</a>.</p>]]></content:encoded>',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_africanews(S):  # Africanews RSS 1.0 (RDF), dc:date with +01:00, entity-escaped HTML descriptions
    z = S["zone"]
    base = "https://www.africanews.com"
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{base}/feed/rss">', f"<title>{esc(S['title'])}</title>", f"<link>{base}/</link>",
           "<description>Africanews: the latest news from Africa and the world</description>",
           f"<dc:date>{dt(S['entries'][0]['t'], z).isoformat()}</dc:date>", "<items><rdf:Seq>"]
    links = [f"{base}/2025/10/02/{slug(e['h'])}/" for e in S["entries"]]
    out += [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        desc = esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
                f"<description>{desc}</description>", f"<dc:date>{st}</dc:date>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<dc:subject>{e['cat']}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_pppost(S):  # Phnom Penh Post world page scrape: relative stamps after the headline, printed "Last updated" line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["The Phnom Penh Post", "", "National   Politics   Business   World   Lifestyle   Sport   Opinion   Post Plus", "",
         f"Last updated: {ref.strftime('%A')}, {ref.day} {MONTHS[ref.month-1]} {ref.year} | {ref.strftime('%H:%M')}", "",
         "We use cookies on this site. By continuing to browse you agree to our use of cookies. OK", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago")
        stamps.append(st)
        L += [e["h"], st, f"By {e['a']}", ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 3:
            L += ["ADVERTISEMENT", "", "Sign up for the Post's morning newsletter", ""]
    L += ["Most Viewed", "Phnom Penh rain brings relief to rice farmers", "", "© 2025 The Phnom Penh Post. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_gazette(S):  # Montreal Gazette live blog: LiveBlogPosting JSON-LD, "8:35 p.m." stamps, date dividers, Key Points, per-post author
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Montreal Gazette"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Montreal Gazette</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="site-header"><a class="logo" href="/">Montreal Gazette</a><nav><a>News</a> <a>Local News</a> <a>World</a> <a>Opinion</a> <a>Sports</a> <a>Life</a> <a>Subscribe</a> <a>Sign In</a></nav></header>',
           f'<main><span class="live-badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="deck">{esc(S["lede"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></section>",
           '<div class="share"><a>Share this Story</a> <a>Facebook</a> <a>X</a> <a>Email</a></div>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d.strftime('%A')}, {MONTHS[d.month-1]} {d.day}"
        if lab != cur:
            cur = lab; out.append(f'<h3 class="day-divider">{lab}</h3>')
        st = ampm(d, "p.m."); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{i+1}"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 2:
            out.append('<div class="newsletter-box"><b>Headline News</b> Get the latest headlines from Montreal Gazette in your inbox. <button>Sign Up</button></div>')
    out += ["</main>", '<aside class="trending"><h4>Trending</h4><ol><li><a>STM service changes for the weekend</a></li><li><a>Heat warning issued for Montreal</a></li></ol></aside>',
            "<footer>© 2025 Montreal Gazette, a division of Postmedia Network Inc. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_stabroek(S):  # Stabroek News wire round-up scrape: printed edition date = next day; date line above the timeline; "1409 GMT" after headline
    z = S["zone"]
    L = ["Stabroek News", S["edition"], "", "Home   News   Business   Sports   Features   Opinion   World   Letters   Sunday", "",
         "Subscribe to the e-paper for full access.", "", "World", "", S["title"], f"By {S['author']}", S["printed"], "",
         "Compiled from wire reports. All times GMT.", "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Related: Guyana, Venezuela and the ICJ: a timeline", ""]
    L += ["Share this:", "Facebook   X   WhatsApp", "", "Comments are closed.", "", "© Stabroek News. All rights reserved."]
    return "\n".join(L) + "\n", stamps

# =============================================================== PART B renderers


def r_carnforth(S):  # text live, newest first, "14:38 BST" line then headline, Key Points, "— NAME" signature
    z = S["zone"]
    L = ["CARNFORTH DAILY", "Home   World   UK   Politics   Money   Sport", "", S["title"], "", S["dateline"], "All times BST", "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Updates appear oldest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += ["— " + e["a"], ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load older updates", "", "Carnforth Daily · Terms · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_glenridding(S):  # HTML live, LiveBlogPosting JSON-LD, <time datetime>, byline before headline; Kyiv time
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i+1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<div class="masthead">{S["source"]} <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/podcasts">Podcasts</a></div>',
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
            out.append('<aside class="promo">Newsletter: <a href="/signup">Get the war briefing every morning</a></aside>')
    out += ["</main>", f"<footer>{S['source']} · About · Contact · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # general world RSS 2.0, "GMT" pubDates, CDATA paragraphs
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f"<guid>{S['link']}/{S['id']}-{i+1}</guid>", f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_html_article(S):  # HTML article with h2 section headings, NewsArticle JSON-LD, one dateline
    z = S["zone"]; d = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<nav>{S["source"]} | <a>News</a> | <a>World</a> | <a>Analysis</a> | <a>Newsletters</a></nav>',
           f'<article><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["author"])}</p><p class="dateline">{esc(S["dateline"])}</p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
    out += ["</article>", '<aside><h3>More on this story</h3><ul><li><a>How Ukraine rebuilds its power network</a></li></ul></aside>',
            f"<footer>© {S['source']} 2025</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_boltby(S):  # text live, OLDEST first, weekday only (no date anywhere), bare "09:10", page byline
    z = S["zone"]
    L = ["BOLTBY LIVE", "World · Europe · Ukraine", "", S["title"], S["byline"], S["dayline"], "", "Times are Kyiv time.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sponsored", ""]
    L += ["End of today's coverage. Follow us for tomorrow's updates.", "", "Boltby Live — independent news"]
    return "\n".join(L) + "\n", stamps


def r_atom(S):  # Atom, explicit offsets (+03:00 or Z), html content entity-escaped
    z = S["zone"]
    fmt = (lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) if S.get("zulu") else (lambda d: d.isoformat())
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}</id>", f"<updated>{fmt(dt(S['entries'][-1]['t'], z))}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}" rel="alternate"/>',
                f"<id>tag:{S['tag']},2025:{S['id']}-{i+1}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "Ukraine")}"/>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_keld(S):  # HTML live, no JSON-LD, "9:15 pm" stamps (CEST per note), date dividers, newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<nav>{S["source"]} | <a>News</a> | <a>Europe</a> | <a>Business</a> | <a>Culture</a></nav>',
           f'<div class="live-head"><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="sub">{esc(S["lede"])}</p><p class="tz">All times CEST (Berlin).</p></div>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d.strftime('%A')} {d.day} {MONTHS[d.month-1]} {d.year}"
        if lab != cur:
            cur = lab; out.append(f'<div class="day">{lab}</div>')
        st = ampm(d, "pm"); stamps.append(st)
        out.append(f'<div class="post"><p class="ts">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">Anzeige / Advertisement</div>')
    out += ['<p class="more"><a>Show older posts</a></p>', f"<footer>{S['source']} · Imprint · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rdf_world(S):  # general world RSS 1.0, dc:date in Z
    z = S["zone"]
    links = [f"{S['link']}/{slug(e['h'])}" for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{S["link"]}/rss">', f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>",
           f"<description>{esc(S['desc'])}</description>", "<items><rdf:Seq>"] + [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
                f"<description>{esc(' '.join(e['p']))}</description>", f"<dc:date>{st}</dc:date>", f"<dc:subject>{e.get('cat', 'World')}</dc:subject>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_bewcastle(S):  # HTML live, @graph JSON-LD with @type array, <time> HH:MM Kyiv, signature after body
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#p{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": [{"@type": "Person", "name": e["a"]}]})
    first = min(dt(e["t"], z) for e in S["entries"]); last = max(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://bewcastle.example/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://bewcastle.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><b>{S["source"]}</b> <a>World</a> <a>Ukraine</a> <a>Opinion</a> <a class="donate">Support us</a></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p><p class="meta">{esc(S["meta"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<section class="entry" id="p{i+1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append(f'<p class="sig">{esc(e["a"])}</p></section>')
        if i == 3:
            out.append('<div class="related">Read more: <a>Ukraine’s ports and the grain corridor</a></div>')
    out += ["</main>", f"<footer>{S['source']} © 2025</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_fellbeck(S):  # text live, newest first, "10.05am" stamps (GMT per note), "Reporting: X" after body
    z = S["zone"]
    L = ["Fellbeck Daily", "News | World | Business | Sport | Weather", "", S["title"], S["dateline"], "All times GMT", "", "Pinned: updates are listed newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "dotpm"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        L += ["Share", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["You have reached the end of today's updates.", "", "© Fellbeck Daily"]
    return "\n".join(L) + "\n", stamps


def r_text_article(S):  # text article, one entry per section, dateline with time
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


SEEDS = []
# =============================================================== PART A: single pages (data table)

SEEDS.append(dict(id="3800", name="3800_agenda-ge-tag", ext="txt", source="Agenda.ge", zone="Asia/Tbilisi", render=r_agenda,
  title="News tagged: Ukraine", dateline="03 April 2025",
  fmt="plain-text tag page; date line above the list, bare HH:MM on its own line BEFORE each headline, no bylines", outlet="Agenda.ge (Georgia)",
  notes="Imitates the layout of an Agenda.ge tag listing (copy-all-text scrape). One date line '03 April 2025' above the list; each item is a bare 24 h time on its own line, then the headline, then a summary and 'Read more'. No zone printed: Tbilisi time (UTC+4, no DST). Newest first. No bylines (author null). Entry 04 is a Georgian rail story (off-beat).",
  not_entries=["site name and tagline", "navigation line", "cookie line", "'News tagged: Ukraine' heading", "date line '03 April 2025'", "'Read more' after each item", "'Advertisement'", "'Load more news'", "footer lines"],
  entries=[
  E("2025-04-03 21:30", "Drone attack on Kharkiv kills four, regional governor says",
    ["Russian attack drones struck residential areas of Kharkiv late on Thursday, killing four people and wounding more than 30, according to Kharkiv regional governor Oleh Syniehubov.",
     "Several fires broke out in the city's Kyivskyi district, he wrote on Telegram."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2025-04-03", n="Deadly strike -> importance 3."),
  E("2025-04-03 18:05", "Kobakhidze: Georgia will not join sanctions against Russia",
    ["Prime Minister Irakli Kobakhidze told journalists in Tbilisi that Georgia would keep its policy of not joining Western sanctions against Moscow.",
     "He said the country's economy could not absorb the cost and that Georgia complies with the restrictions only to avoid secondary measures."],
    "diplomacy", "diplomacy", 2, "georgia-no-russia-sanctions-kobakhidze"),
  E("2025-04-03 15:20", "Ukrainian families in Batumi receive extended residence permits",
    ["About 1,200 Ukrainian citizens living in Adjara have been granted residence permits valid for another year, the regional government said.",
     "Most arrived in Batumi in 2022 and 2023 after fleeing the war."],
    "other", "humanitarian", 2, "batumi-ukrainian-residence-permits"),
  OFF("2025-04-03 13:10", "New section of the East-West railway to open in summer",
    ["Georgian Railway said a modernised mountain section between Khashuri and Zestaponi would carry its first freight trains in July.",
     "The project is meant to raise the line's capacity to about 48 million tonnes a year."],
    "georgia-east-west-railway-section", n="Georgian infrastructure, not about the war."),
  E("2025-04-03 11:45", "Zelensky says Russia broke energy truce dozens of times",
    ["Volodymyr Zelensky said Russian forces had attacked Ukrainian energy facilities more than 30 times since Moscow agreed to pause such strikes in March.",
     "He urged Washington to respond to what he called Russia's stalling on a wider ceasefire."],
    "diplomacy", "diplomacy", 2, "zelensky-energy-truce-violations", sec=["strikes"], n="Ceasefire talk -> diplomacy; attacks secondary."),
  E("2025-04-03 09:15", "Georgian volunteer killed fighting in Donetsk region",
    ["A Georgian volunteer serving with the Georgian Legion has been killed near Pokrovsk, the unit announced on Thursday morning.",
     "More than 80 Georgian volunteers have died fighting for Ukraine since 2022, according to the legion."],
    "other", "frontline", 2, "georgian-legion-volunteer-killed-pokrovsk"),
  ]))

SEEDS.append(dict(id="3801", name="3801_naharnet-world", ext="html", source="Naharnet", zone="Asia/Beirut", render=r_naharnet,
  title="World News",
  fmt="HTML listing, 'by X' + '05 Jun 2025, 16:10' date span, newest item after local midnight", outlet="Naharnet (Lebanon)",
  notes="Imitates the layout of a Naharnet section listing. Each story: h3 headline, 'by AUTHOR' with a date span '05 Jun 2025, 16:10', summary paragraph(s), share links. No zone printed: Beirut time (EEST, UTC+3 in June). The newest item is dated 06 Jun 2025, 01:20 local = 22:20 UTC on 5 June, so every entry is on UTC day 2025-06-05. Agency credits ('Agence France Presse') and the 'Naharnet Newsdesk' byline are used as authors. Two Lebanese items are off-beat.",
  not_entries=["logo and tagline", "section navigation", "'World News' heading", "share/tweet/comments links", "'Advertisement'", "'Most Read' box and its links", "newsletter box", "footer"],
  entries=[
  E("2025-06-06 01:20", "Explosions heard in Kyiv as air raid alert is declared",
    ["Loud blasts were heard across the Ukrainian capital shortly after midnight as air defences engaged incoming drones and missiles, witnesses said.",
     "Kyiv's mayor Vitali Klitschko urged residents to stay in shelters."],
    "strikes", "strikes", 2, "kyiv-night-attack-2025-06-06", a="Agence France Presse", n="Beirut local date is 6 June but UTC is 22:20 on 5 June."),
  E("2025-06-05 21:45", "Lavrov says summit makes no sense before memorandums are agreed",
    ["Russian Foreign Minister Sergei Lavrov said a meeting between Vladimir Putin and Volodymyr Zelensky would only be possible once both sides had agreed on draft memorandums.",
     "He said Moscow had handed its version to Ukrainian negotiators in Istanbul."],
    "diplomacy", "diplomacy", 2, "lavrov-summit-memorandums-2025-06-05", a="Agence France Presse"),
  E("2025-06-05 17:30", "Aoun receives Ukrainian envoy, discusses wheat supplies",
    ["President Joseph Aoun met Ukraine's ambassador at Baabda Palace and discussed wheat shipments to Lebanon, the presidency said.",
     "Ukraine has been one of Lebanon's main grain suppliers for years."],
    "diplomacy", "diplomacy", 2, "aoun-ukrainian-envoy-wheat", a="Naharnet Newsdesk", n="Diplomatic meeting -> diplomacy."),
  OFF("2025-06-05 13:05", "Israeli drone strike hits car in south Lebanon",
    ["An Israeli drone struck a car near the southern town of Nabatieh, killing one person, the state news agency reported.",
     "Israel says it targets Hezbollah members despite the November ceasefire."],
    "israeli-strike-south-lebanon-2025-06-05", a="Naharnet Newsdesk", n="a different conflict (Israel-Hezbollah)."),
  E("2025-06-05 09:50", "Russia says it downed 40 Ukrainian drones overnight",
    ["Russia's defence ministry said air defence units destroyed 40 Ukrainian drones over several regions, most of them over Bryansk and Kursk.",
     "There was no immediate comment from Kyiv."],
    "strikes", "strikes", 2, "russia-downs-40-drones-2025-06-05", a="Agence France Presse"),
  OFF("2025-06-05 06:15", "Parliament extends deadline for electricity regulator",
    ["Lebanon's parliament voted to give the government three more months to appoint members of the electricity regulatory authority.",
     "The step is one of the reforms demanded by international lenders."],
    "lebanon-electricity-regulator-deadline", a="Naharnet Newsdesk", n="Lebanese domestic politics."),
  E("2025-06-05 03:40", "Germany to fund long-range weapons made in Ukraine",
    ["German Defence Minister Boris Pistorius said Berlin would pay for the production of long-range weapons inside Ukraine, worth several hundred million euros.",
     "The first systems could be delivered within weeks, he said."],
    "aid", "aid", 3, "germany-funds-ukrainian-long-range-weapons", a="Agence France Presse", n="Major aid -> 3."),
  ]))

SEEDS.append(dict(id="3802", name="3802_gulf-times-developments", ext="html", source="Gulf Times", zone="Asia/Qatar", render=r_gulftimes,
  title="Ukraine war: the main developments on Thursday", author="Noor Al-Kuwari", pub="2025-08-07 14:05", upd="2025-08-07 16:40",
  lede="Moscow says a Putin-Trump meeting is \"agreed in principle\", as fighting continues along the front and Europe's Nordic states fund new arms purchases.",
  fmt="HTML article; bullet list under subheads, each bullet one event, no per-bullet time; NewsArticle JSON-LD with entities", outlet="Gulf Times (Qatar)",
  notes="Imitates the layout of a Gulf Times international article that lists the day's developments as bullets under three subheads (Fighting, Diplomacy, Weapons and aid). Each bullet is one event: headline null, stamp null, published = the article's 'Published: 07 Aug 2025 - 02:05 PM' (Doha, UTC+3), not the later 'Last updated' time. The page byline is used as author for every bullet. The JSON-LD description contains entity-escaped apostrophes. Subheads are not entries.",
  not_entries=["header and navigation, weather widget", "section label", "byline line", "Published / Last updated line", "share bar", "intro paragraph", "subheads 'Fighting', 'Diplomacy', 'Weapons and aid'", "'Related Story' box", "newsletter box", "footer"],
  entries=[
  E("2025-08-07 14:05", None, ["Russian glide bombs struck an industrial area of Zaporizhzhia overnight, wounding 11 people, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2025-08-07", a="Noor Al-Kuwari", grp="Fighting"),
  E("2025-08-07 14:05", None, ["Russia's defence ministry claimed the capture of a village west of Pokrovsk in the Donetsk region; Ukraine's military did not confirm it."],
    "other", "frontline", 2, "russia-claims-village-near-pokrovsk-2025-08-07", a="Noor Al-Kuwari", grp="Fighting"),
  E("2025-08-07 14:05", None, ["Kremlin aide Yuri Ushakov said Vladimir Putin and Donald Trump had agreed in principle to meet in the coming days, with the venue still to be chosen."],
    "diplomacy", "diplomacy", 3, "putin-trump-meeting-agreed-in-principle", a="Noor Al-Kuwari", grp="Diplomacy"),
  E("2025-08-07 14:05", None, ["Volodymyr Zelensky spoke by phone with several European leaders and said Ukraine must take part in any talks that decide its future."],
    "diplomacy", "diplomacy", 2, "zelensky-calls-european-leaders-2025-08-07", a="Noor Al-Kuwari", grp="Diplomacy"),
  E("2025-08-07 14:05", None, ["India's foreign ministry called an additional US tariff linked to its purchases of Russian oil unfair and said it would protect national interests."],
    "diplomacy", "diplomacy", 2, "india-rejects-us-tariff-russian-oil", a="Noor Al-Kuwari", grp="Diplomacy", n="Trade penalty over Russian oil = sanctions-type measure -> diplomacy."),
  E("2025-08-07 14:05", None, ["Denmark, Norway and Sweden said they would jointly pay about 500 million dollars for US-made weapons to be sent to Ukraine."],
    "aid", "aid", 3, "nordic-funding-us-weapons-for-ukraine", a="Noor Al-Kuwari", grp="Weapons and aid"),
  ]))

SEEDS.append(dict(id="3803", name="3803_maltatoday-world", ext="txt", source="MaltaToday", zone="Europe/Malta", render=r_malta,
  title="World", date_arg="2025-10-09",
  fmt="plain-text section scrape; author glued to '9 October, 2.35pm' (no year)", outlet="MaltaToday (Malta)",
  notes="Imitates the layout of a MaltaToday World section scrape. Each item: headline, then the byline glued to the date and time with no space ('Miriam Galea9 October, 2.35pm'); no year is printed anywhere on the page, hence parse_args --date 2025-10-09. No zone printed: Malta time (CEST, UTC+2). Newest first. Entry 05 (Gozo ferry) is off-beat. The stamp field keeps the author-date fusion as printed.",
  not_entries=["site name", "navigation line", "cookie line", "'World' section heading", "'Read more' and share lines after each item", "newsletter box", "'More World'", "footer lines"],
  entries=[
  E("2025-10-09 22:40", "Russian drones hit gas production sites in Poltava region",
    ["Naftogaz said a combined drone and missile attack had damaged several of its gas production facilities in the Poltava region on Thursday evening.",
     "The company said it was the eighth attack on its assets in a month.", "No casualties were reported."],
    "strikes", "strikes", 3, "poltava-gas-sites-attack-2025-10-09", a="Luke Vassallo"),
  E("2025-10-09 19:15", "Malta to extend rehabilitation programme for Ukrainian children",
    ["The government will fund another year of medical rehabilitation stays in Malta for children injured in the war, the foreign ministry said.",
     "Around 60 children have taken part since the programme began."],
    "other", "humanitarian", 2, "malta-ukrainian-children-rehabilitation", a="Miriam Galea"),
  E("2025-10-09 16:50", "EU envoys discuss loan backed by frozen Russian assets",
    ["Ambassadors of the 27 member states held a first discussion on a proposal to lend Ukraine up to 140 billion euros using the cash balances of immobilised Russian central bank assets.",
     "Belgium, which holds most of the assets, asked for legal guarantees."],
    "aid", "aid", 3, "eu-reparations-loan-frozen-assets", a="Luke Vassallo", n="Major funding decision for Ukraine -> aid, 3."),
  E("2025-10-09 14:35", "Zelensky presses Washington on long-range missiles",
    ["Volodymyr Zelensky said he had asked the US administration again for Tomahawk cruise missiles, arguing they would push Moscow towards talks.",
     "The White House has not said whether it will approve the request."],
    "aid", "aid", 2, "zelensky-tomahawk-request-2025-10-09", a="Miriam Galea", sec=["diplomacy"]),
  OFF("2025-10-09 11:05", "Gozo ferry trips cancelled as strong winds hit the islands",
    ["Several crossings between Ċirkewwa and Mġarr were cancelled on Thursday morning because of gale-force winds.",
     "The Met Office issued a yellow warning until the evening."],
    "gozo-ferry-cancellations-wind", a="Daniela Borg", n="Maltese weather/transport."),
  E("2025-10-09 08:20", "Kremlin says contacts with Washington have slowed",
    ["Kremlin spokesman Dmitry Peskov said the momentum of contacts with the United States on Ukraine had faded since the Alaska summit.",
     "He added that Moscow remained open to dialogue."],
    "diplomacy", "diplomacy", 2, "peskov-us-contacts-slowed-2025-10-09", a="Daniela Borg"),
  ]))

SEEDS.append(dict(id="3804", name="3804_bianet-world", ext="html", source="bianet English", zone="Europe/Istanbul", render=r_bianet,
  title="World",
  fmt="HTML category page; per-item writer and '6 November 2025 06:07'; JSON-LD NewsArticle of the lead item with HTML entities", outlet="Bianet English (Turkey)",
  notes="Imitates the layout of a bianet English category listing. Each item: h2 headline, writer and date span ('6 November 2025 21:40', no zone: Istanbul time UTC+3), summary paragraph(s). A JSON-LD NewsArticle describes only the lead item, with entity-escaped apostrophes in its strings. Entry 03 (a journalist's detention in Istanbul) is off-beat for this digest.",
  not_entries=["brand and navigation (incl. Türkçe/Kurdî links)", "'World' heading", "'Share'/'Tweet' links", "donation box", "'Next page'", "footer"],
  entries=[
  E("2025-11-06 21:40", "Turkish-owned tanker damaged in drone attack on Novorossiysk port",
    ["A tanker owned by an Istanbul-based company was damaged when Ukrainian sea and air drones attacked the Russian port of Novorossiysk, the ship's operator said.",
     "The 21 crew members, all Turkish citizens, were unharmed.", "Ankara's foreign ministry said it was in contact with both Kyiv and Moscow."],
    "strikes", "strikes", 3, "novorossiysk-port-drone-attack-tanker", a="Ayşe Karaca"),
  E("2025-11-06 18:25", "Fidan: Istanbul ready to host new prisoner-exchange talks",
    ["Foreign Minister Hakan Fidan said Turkey was ready to host a new round of talks between Russian and Ukrainian delegations on prisoner exchanges.",
     "He spoke after meeting his Ukrainian counterpart Andrii Sybiha in Ankara."],
    "diplomacy", "diplomacy", 2, "fidan-istanbul-prisoner-talks-offer", a="BIA News Desk"),
  OFF("2025-11-06 15:10", "Journalists' groups protest reporter's detention in Istanbul",
    ["Press freedom groups called for the release of a reporter detained in a dawn raid on Wednesday over social media posts.",
     "He was referred to court after two days in custody."],
    "istanbul-reporter-detention-protest", a="BIA News Desk", n="Turkish press freedom, not the war."),
  E("2025-11-06 12:30", "Grain ship from Odesa docks in Bandırma",
    ["A bulk carrier loaded with 30,000 tonnes of Ukrainian wheat reached the port of Bandırma, the first since recent Russian strikes on Odesa's ports.",
     "Shipping agents said insurance costs for the route had risen again."],
    "other", "humanitarian", 2, "odesa-grain-ship-bandirma", a="Mehmet Yalçın", n="Wartime grain shipping -> other/humanitarian."),
  E("2025-11-06 09:55", "Russia says its troops are advancing inside Pokrovsk",
    ["Russia's defence ministry said its units had taken several more blocks in Pokrovsk, a claim Ukraine's army rejected.",
     "Ukrainian commanders said small Russian groups had infiltrated the city but were being cleared."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-11-06", a="BIA News Desk"),
  E("2025-11-06 06:07", "Overnight missile strike on Dnipro kills two",
    ["Two people were killed and 14 wounded when a Russian missile hit a residential area of Dnipro overnight, the regional administration said.",
     "A five-storey building was partly destroyed."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-11-06", a="Mehmet Yalçın"),
  ]))

SEEDS.append(dict(id="3805", name="3805_libya-herald-feed", ext="xml", source="Libya Herald", zone="UTC", render=r_libya,
  title="Libya Herald", build="Thu, 04 Dec 2025 20:12:44 +0000",
  fmt="WordPress RSS 2.0, +0000 pubDates, excerpt + content:encoded with 'appeared first on' footer, &#8217; in a title", outlet="Libya Herald (Libya)",
  notes="Imitates a Libya Herald WordPress feed. Each item has a one-sentence <description> excerpt ending in '[…]' and a full <content:encoded> body whose last paragraph 'The post … appeared first on Libya Herald.' is feed chrome, not body (body_paragraphs excludes it). pubDate is +0000, so page_timezone UTC. One title carries &#8217; (right single quote). Two items are Libyan domestic news (off-beat).",
  not_entries=["channel title/description/lastBuildDate/generator", "each <description> excerpt (repeats the first sentence)", "'The post … appeared first on Libya Herald.' footer in each content:encoded"],
  entries=[
  E("2025-12-04 19:30", "Monitors track more Russian cargo flights into Al-Khadim",
    ["Flight-tracking analysts said at least nine Russian military cargo aircraft had landed at the Al-Khadim air base in eastern Libya over the past week.",
     "The flights are thought to supply Russia's Africa Corps units in the Sahel."],
    "other", "security", 2, "russian-cargo-flights-al-khadim", a="Libya Herald reporter", cat="Security"),
  E("2025-12-04 16:05", "Dbeibah meets Ukraine\u2019s deputy foreign minister in Tripoli",
    ["Prime Minister Abdulhamid Dbeibah received a Ukrainian delegation led by a deputy foreign minister to discuss grain, medicines and the reopening of Ukraine's embassy.",
     "The two sides agreed to set up a joint trade committee."],
    "diplomacy", "diplomacy", 2, "dbeibah-meets-ukrainian-delegation", a="Sami Zaptia", cat="Foreign Affairs"),
  OFF("2025-12-04 13:20", "Municipal election results announced for western towns",
    ["The High National Elections Commission published results for 16 municipalities in western Libya.",
     "Turnout was about 61 percent, the commission said."],
    "libya-municipal-election-results", a="Sami Zaptia", n="Libyan domestic politics.", cat="Politics"),
  E("2025-12-04 11:00", "Russian strike damages grain terminal in Odesa region",
    ["A Russian missile strike damaged a grain terminal at a port in the Odesa region, Ukraine's infrastructure ministry said.",
     "Two port workers were injured and a vessel waiting to load was hit by debris."],
    "strikes", "strikes", 3, "odesa-region-grain-terminal-strike-2025-12-04", a="Libya Herald reporter", cat="World"),
  OFF("2025-12-04 08:45", "NOC says crude output steady at 1.4 million barrels a day",
    ["The National Oil Corporation said combined crude and condensate production averaged 1.41 million barrels a day in November.",
     "It is the highest monthly figure in more than a decade."],
    "libya-noc-crude-output-november", a="Libya Herald reporter", n="Libyan oil economy.", cat="Oil and Gas"),
  E("2025-12-04 06:30", "Yevkurov holds talks with Haftar in Benghazi",
    ["Russian deputy defence minister Yunus-Bek Yevkurov met Khalifa Haftar in Benghazi for talks on military cooperation, the Libyan National Army said.",
     "It was his sixth visit to eastern Libya in two years."],
    "diplomacy", "diplomacy", 2, "yevkurov-haftar-benghazi-talks", a="Libya Herald reporter", cat="Politics", sec=["security"]),
  ]))

SEEDS.append(dict(id="3806", name="3806_africanews-rdf", ext="xml", source="Africanews", zone="Africa/Brazzaville", render=r_africanews,
  title="Africanews - World",
  fmt="RSS 1.0 (RDF) with dc:date +01:00 and entity-escaped HTML descriptions", outlet="Africanews (Republic of Congo)",
  notes="Imitates an Africanews feed in RSS 1.0/RDF form. dc:date carries +01:00 (West Africa Time, Pointe-Noire). Descriptions are entity-escaped HTML paragraphs. Two items (football, Cameroon election) are off-beat. dc:creator absent on one item (author null).",
  not_entries=["channel title/link/description/dc:date", "rdf:Seq list of item links"],
  entries=[
  E("2025-10-02 22:15", "African Union urges new push for Russia-Ukraine dialogue",
    ["The African Union Commission chairperson called on Moscow and Kyiv to resume direct talks and offered the bloc's support for any mediation.",
     "He spoke at a security forum in Addis Ababa."],
    "diplomacy", "diplomacy", 2, "african-union-calls-for-dialogue-2025-10-02", a="Africanews", cat="Politics"),
  E("2025-10-02 18:40", "Kenya summons Russian envoy over recruitment of citizens",
    ["Kenya's foreign ministry said it had summoned the Russian ambassador after reports that Kenyan job seekers had been sent to fight in Ukraine.",
     "The ministry said at least 20 Kenyans were believed to be at the front."],
    "diplomacy", "diplomacy", 2, "kenya-summons-russian-envoy-recruits", a="Wanjiru Kamau", cat="Politics", sec=["frontline"]),
  E("2025-10-02 15:05", "Ukrainian wheat shipment reaches Mombasa",
    ["A ship carrying 25,000 tonnes of Ukrainian wheat donated under the Grain from Ukraine programme docked in Mombasa.",
     "The grain will be distributed in drought-hit northern counties."],
    "other", "humanitarian", 2, "grain-from-ukraine-mombasa-shipment", a="Wanjiru Kamau", cat="Economy"),
  E("2025-10-02 11:30", "Russian drones knock out power in Chernihiv",
    ["A wave of Russian drones hit energy facilities in the northern Ukrainian city of Chernihiv, leaving most residents without electricity, local officials said.",
     "Water supply was also disrupted."],
    "strikes", "strikes", 3, "chernihiv-energy-drone-strike-2025-10-02", a="Africanews", cat="World"),
  OFF("2025-10-02 09:00", "Super Eagles name squad for final World Cup qualifiers",
    ["Nigeria's coach named a 23-man squad for the last two qualifying matches.",
     "Nigeria must win both games to keep its hopes alive."],
    "nigeria-squad-world-cup-qualifiers", a=None, n="sport.", cat="Sport"),
  OFF("2025-10-02 06:20", "Cameroon presidential campaign enters final week",
    ["Candidates in Cameroon's presidential election held rallies in Douala and Yaoundé as the campaign entered its last week.",
     "The vote is due on 12 October."],
    "cameroon-presidential-campaign", a="Africanews", n="Cameroon politics.", cat="Politics"),
  ]))

SEEDS.append(dict(id="3807", name="3807_phnom-penh-post-world", ext="txt", source="The Phnom Penh Post", zone="Asia/Phnom_Penh", render=r_pppost,
  title="World", ref="2025-04-17 22:30",
  fmt="plain-text section scrape; relative stamps ('4 hours ago') on the line after the headline; printed 'Last updated' line", outlet="The Phnom Penh Post (Cambodia)",
  notes="Imitates the layout of a Phnom Penh Post section scrape. Item stamps are relative ('30 minutes ago', '4 hours ago') on the line after the headline; they are resolved against the printed 'Last updated: Thursday, 17 April 2025 | 22:30' (Phnom Penh time, UTC+7). Bylines follow the stamp. Two items (border talks, rice exports) are off-beat.",
  not_entries=["site name", "navigation", "'Last updated' line (reference time)", "cookie line", "'World' heading", "'Read more' lines", "'ADVERTISEMENT' and newsletter line", "'Most Viewed' box", "copyright"],
  entries=[
  E("2025-04-17 22:00", "Ukrainian, European and US officials hold ceasefire talks in Paris",
    ["Senior officials from the United States, Ukraine, France, Germany and Britain met in Paris to discuss a possible ceasefire, the Elysée said.",
     "Special envoy Steve Witkoff and Secretary of State Marco Rubio attended."],
    "diplomacy", "diplomacy", 3, "paris-ceasefire-talks-2025-04-17", a="Agence France-Presse", n="Ministerial-level diplomacy -> 3."),
  E("2025-04-17 20:30", "Cambodia and Ukraine sign demining training memorandum",
    ["The Cambodian Mine Action Centre signed a memorandum to train another 80 Ukrainian deminers this year.",
     "Cambodian instructors have already trained several groups in Poland."],
    "aid", "aid", 2, "cambodia-ukraine-demining-training", a="Sok Chanthy"),
  E("2025-04-17 18:30", "Missile strike on Dnipro kills three",
    ["Three people were killed and about 30 wounded when Russian missiles struck the centre of Dnipro, Ukrainian officials said.",
     "Several buildings caught fire."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-04-17", a="Reuters"),
  OFF("2025-04-17 15:30", "Cambodia and Thailand agree to hold border committee meeting",
    ["Officials from both countries agreed to convene the joint border committee next month, the defence ministry said.",
     "The meeting will discuss demarcation near several temples."],
    "cambodia-thailand-border-committee", a="Khouth Sophak", n="regional diplomacy unrelated to the war."),
  E("2025-04-17 13:30", "Zelensky accuses Beijing of supplying weapons to Russia",
    ["Volodymyr Zelensky said China was supplying gunpowder and artillery to Russia, the first time he has made the claim so directly.",
     "China's foreign ministry rejected the accusation."],
    "aid", "aid", 2, "zelensky-china-arms-supply-claim", a="Reuters", sec=["diplomacy"], n="Arms transfer to Russia -> aid (to-Russia)."),
  OFF("2025-04-17 10:30", "Rice exports up a fifth in first quarter",
    ["Cambodia exported about 350,000 tonnes of milled rice in the first three months of the year, up 20 percent on a year earlier.",
     "China remained the largest buyer."],
    "cambodia-rice-exports-q1", a="Hin Pisei", n="Cambodian economy."),
  ]))

SEEDS.append(dict(id="3808", name="3808_montreal-gazette-live", ext="html", source="Montreal Gazette", zone="America/Toronto", render=r_gazette,
  title="Ukraine war live: Canada details G7 aid as Kyiv counts its dead", url="https://montrealgazette.com/news/world/ukraine-live-june-19",
  lede="Updates on the war in Ukraine and Canada's response, from our newsroom and wire services.",
  fmt="HTML live blog, LiveBlogPosting JSON-LD, '8:35 p.m.' stamps under day dividers (two local days, one UTC day), Key Points, per-post byline", outlet="Montreal Gazette (Canada)",
  notes="Imitates the layout of a Montreal Gazette (Postmedia) live blog. Newest first; stamps '8:35 p.m.' (no zone printed: Montreal time, EDT = UTC-4) under day dividers 'Wednesday, June 18' and 'Thursday, June 19'. All posts fall on UTC day 2025-06-19 (8:35 p.m. on 18 June = 00:35 UTC). A 'Key Points' box lists two headlines (entries 01 and 04). Entry 06 is a video teaser without body. JSON-LD per-update times agree with the visible ones.",
  not_entries=["header/navigation", "'LIVE' badge and deck", "'Key Points' box (a list of headlines, not separate entries)", "share line", "day dividers", "newsletter box", "'Trending' box", "footer"],
  entries=[
  E("2025-06-19 15:30", "Ottawa details drones and armoured vehicles in new military aid",
    ["The Department of National Defence said the 2 billion dollars in military aid announced at the G7 summit would include drones, armoured vehicles and ammunition.",
     "Part of the money will go to a NATO-led procurement fund."],
    "aid", "aid", 3, "canada-g7-military-aid-details", a="Catherine Ouellet", kp=True),
  E("2025-06-19 12:05", "Kyiv death toll from Tuesday's strike rises to 30",
    ["Rescuers pulled two more bodies from a destroyed apartment block in Kyiv's Solomianskyi district, bringing the toll from Tuesday's attack to 30, the city administration said.",
     "It was the deadliest attack on the capital this year."],
    "strikes", "strikes", 3, "kyiv-mass-strike-2025-06-17", a="Paul Delisle"),
  E("2025-06-19 09:40", "Putin says he is ready to meet Zelensky, but questions his legitimacy",
    ["Vladimir Putin told reporters in St Petersburg he was ready to meet Volodymyr Zelensky, but only to sign a final agreement.",
     "He repeated his claim that Zelensky's term had expired."],
    "diplomacy", "diplomacy", 2, "putin-ready-to-meet-zelensky-2025-06-19", a="Paul Delisle"),
  E("2025-06-19 06:15", "Overnight drone attack on Odesa injures 17",
    ["Russian drones hit residential buildings and a school in Odesa overnight, injuring 17 people, the regional governor said.",
     "A fire broke out at a port warehouse."],
    "strikes", "strikes", 3, "odesa-drone-attack-2025-06-19", a="Catherine Ouellet", kp=True),
  E("2025-06-18 23:50", "Montreal fundraiser collects 400,000 dollars for field hospitals",
    ["A gala organised by Montreal's Ukrainian community raised about 400,000 dollars for mobile field hospitals near the front.",
     "Organisers said the money would buy two fully equipped units."],
    "other", "humanitarian", 2, "montreal-fundraiser-field-hospitals", a="Catherine Ouellet", n="Private donation: not state aid -> other/humanitarian."),
  E("2025-06-18 21:20", "Video: Inside the Kyiv apartment block hit on Tuesday", [], "strikes", "strikes", 1,
    "kyiv-mass-strike-2025-06-17", a=None, n="Video teaser without body -> importance 1."),
  E("2025-06-18 20:35", "Rutte says allies are close to a five per cent spending deal",
    ["NATO Secretary General Mark Rutte said he expected all allies to agree next week on a target of five per cent of GDP for defence and related spending.",
     "He spoke ahead of the alliance summit in The Hague."],
    "diplomacy", "diplomacy", 2, "rutte-five-percent-spending-target", a="Paul Delisle", n="Alliance politics -> diplomacy."),
  ]))

SEEDS.append(dict(id="3809", name="3809_stabroek-roundup", ext="txt", source="Stabroek News", zone="UTC", render=r_stabroek,
  title="Russia-Ukraine war: Tuesday's developments", author="Shondelle Boodhoo", edition="Wednesday, August 13, 2025",
  printed="August 13, 2025", dateline="Tuesday, August 12, 2025",
  fmt="plain-text wire round-up; printed edition date is the next day; date line above the timeline; '1409 GMT' on its own line AFTER each headline", outlet="Stabroek News (Guyana)",
  notes="Imitates the layout of a Stabroek News world page scrape. The page is printed under the next day's edition date ('Wednesday, August 13, 2025', repeated under the byline) but the timeline below the date line 'Tuesday, August 12, 2025' is what dates the entries: the printed date is not the events' day. Stamps 'HHMM GMT' on the line after each headline; newest first. One page byline used for every entry. Entry 05 (Guyana-Venezuela case) is off-beat.",
  not_entries=["masthead and edition date", "navigation", "e-paper line", "'World' label", "page title", "byline and printed date", "'Compiled from wire reports. All times GMT.'", "date line 'Tuesday, August 12, 2025'", "'Related:' link", "share and comments lines", "copyright"],
  entries=[
  E("2025-08-12 22:15", "Drone strike wounds six in Kharkiv",
    ["Russian drones hit a residential district of Kharkiv late on Tuesday, wounding six people including a child, the mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-08-12", a="Shondelle Boodhoo"),
  E("2025-08-12 19:20", "Zelensky rules out leaving Donbas ahead of Alaska summit",
    ["Volodymyr Zelensky said Ukraine would not withdraw from the parts of the Donetsk region it holds, rejecting ideas of a land swap floated before the Trump-Putin meeting in Alaska.",
     "He said such a step would give Russia a springboard for a new offensive."],
    "diplomacy", "diplomacy", 3, "zelensky-rejects-donbas-withdrawal", a="Shondelle Boodhoo"),
  E("2025-08-12 16:05", "EU leaders back Ukraine's right to choose its future",
    ["Leaders of 26 European Union countries said in a joint statement that international borders must not be changed by force; Hungary did not sign.",
     "They said any peace path must include Ukraine."],
    "diplomacy", "diplomacy", 2, "eu-leaders-statement-ukraine-future", a="Shondelle Boodhoo"),
  E("2025-08-12 14:09", "Russian units push forward near Dobropillia, analysts say",
    ["Russian troops advanced several kilometres north-east of Dobropillia, according to Ukrainian military analysts who track the front.",
     "Ukraine's army said reserves were being moved to the area."],
    "other", "frontline", 2, "dobropillia-russian-advance", a="Shondelle Boodhoo"),
  OFF("2025-08-12 10:40", "Guyana files new submission in border case with Venezuela",
    ["Guyana's government said it had filed further documents with the International Court of Justice in its boundary case against Venezuela.",
     "Caracas rejects the court's jurisdiction."],
    "guyana-venezuela-icj-filing", a="Shondelle Boodhoo", n="Guyana-Venezuela border case."),
  E("2025-08-12 07:35", "Moscow says 30 Ukrainian drones downed over border regions",
    ["Russia's defence ministry said 30 Ukrainian drones were shot down overnight over the Bryansk, Kursk and Belgorod regions."],
    "strikes", "strikes", 2, "russia-downs-30-drones-2025-08-12", a="Shondelle Boodhoo"),
  ]))

# =============================================================== PART B, day 1: 2025-10-21 (UTC)
D1 = "Multi-source day 1 (UTC 2025-10-21): 3820-3823. Main story zaporizhzhia-strike-2025-10-21 (toll 3 -> 4 -> 5 -> 6 -> 7 during the day; spelled Zaporozhye in 3822). Must-not-merge: sumy-depot-drone-strike-2025-10-21 vs the main strike; netherlands-drone-package-2025-10-21 vs norway-gas-funding-2025-10-21; sybiha-patriot-appeal-2025-10-21 vs shmyhal-interceptor-drone-funding-appeal."

SEEDS.append(dict(id="3820", name="3820_carnforth-textlive", ext="txt", source="Carnforth Daily", zone="Europe/London", render=r_carnforth,
  title="Ukraine war: Zaporizhzhia strike and summit doubts - live", dateline="Tuesday 21 October 2025",
  fmt="text live blog, OLDEST first, '14:38 BST' line before headline, Key Points, '— NAME' signature", invented=True, reverse=True,
  notes="Invented outlet. Text live blog, OLDEST first; each post is a '14:38 BST' line, the headline, body, then a '— NAME' signature (author). Key Points lists two exact headlines (entries 01 and 06). Entry 05 repeats entry 02 nearly verbatim (duplicate_of 3820-02). " + D1,
  not_entries=["outlet name and navigation", "page title", "date line", "'All times BST'", "'Key Points' heading and its two lines", "'Latest updates'", "signature lines (author)", "'Advertisement'", "'Load older updates' and footer"],
  entries=[
  E("2025-10-21 21:50", "Zelensky: Russia 'answered diplomacy with missiles'",
    ["In his evening address Volodymyr Zelensky said the attack on Zaporizhzhia, which killed seven people, showed that Moscow was not interested in a ceasefire.",
     "He called for tougher sanctions on Russian oil."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-10-21", a="Hannah Greaves", sec=["diplomacy"], n="Reaction whose main content is the attack -> same story."),
  E("2025-10-21 18:55", "Sybiha urges partners to speed up Patriot deliveries",
    ["Foreign Minister Andrii Sybiha said Ukraine needed at least three more Patriot systems before winter and asked European governments to hand over launchers from their own stocks.",
     "He said the request was urgent after the overnight strikes."],
    "aid", "aid", 2, "sybiha-patriot-appeal-2025-10-21", a="Owen Pritchard", n="Separate statement: must not merge with Shmyhal's drone-funding appeal (3821-05)."),
  E("2025-10-21 14:38", "White House: no plans for Trump-Putin meeting 'in the immediate future'",
    ["A White House official said there were no plans for Donald Trump to meet Vladimir Putin soon, days after a summit in Budapest had been announced.",
     "Secretary of State Marco Rubio and Sergei Lavrov spoke by phone on Monday."],
    "diplomacy", "diplomacy", 3, "budapest-summit-on-hold", a="Owen Pritchard", kp=True),
  E("2025-10-21 13:45", "Drones hit Sumy bus depot, two injured",
    ["Russian drones struck a municipal bus depot in Sumy early on Tuesday, injuring two workers and destroying several buses, the city council said.",
     "The attack was the third on the city's transport network this month."],
    "strikes", "strikes", 1, "sumy-depot-drone-strike-2025-10-21", a="Hannah Greaves", dup="3820-02", n="Near-verbatim repeat of 3820-02 (one phrase changed) -> importance 1."),
  E("2025-10-21 12:20", "Zaporizhzhia toll climbs to five as rubble is cleared",
    ["Rescuers recovered two more bodies from the damaged apartment block, raising the death toll to five, regional governor Ivan Fedorov said.",
     "At least 19 people are being treated in hospital."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-10-21", a="Hannah Greaves"),
  E("2025-10-21 10:05", "Netherlands announces 90 million euro drone package",
    ["The Dutch defence ministry said it would spend 90 million euros on drones and counter-drone equipment for Ukraine, most of it made by Ukrainian firms.",
     "Deliveries are due to start in December."],
    "aid", "aid", 2, "netherlands-drone-package-2025-10-21", a="Owen Pritchard", n="Must not merge with Norway's gas funding (3821-03)."),
  E("2025-10-21 08:15", "Drones hit Sumy bus depot, two injured",
    ["Russian drones struck a municipal bus depot in Sumy overnight, injuring two workers and destroying several buses, the city council said.",
     "The attack was the third on the city's transport network this month."],
    "strikes", "strikes", 3, "sumy-depot-drone-strike-2025-10-21", a="Hannah Greaves", n="Different place from the Zaporizhzhia strike: must not merge."),
  E("2025-10-21 06:40", "Russian strike on Zaporizhzhia kills three",
    ["Russian missiles and guided bombs hit Zaporizhzhia overnight, killing at least three people and damaging a nine-storey apartment block, officials said.",
     "Emergency crews were searching for people under the rubble."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-10-21", a="Hannah Greaves", kp=True),
  ]))

SEEDS.append(dict(id="3821", name="3821_glenridding-ldlive", ext="html", source="Glenridding Times", zone="Europe/Kyiv", render=r_glenridding,
  title="Russia-Ukraine war, day 1,336: live updates", url="https://glenridding.example/live/2025-10-21-ukraine",
  lede="Rescue work continues in Zaporizhzhia after an overnight attack; Kyiv asks allies for air defence and energy support.",
  tznote="Tuesday 21 October 2025. All times are Kyiv time (EEST).",
  fmt="HTML live blog with LiveBlogPosting JSON-LD (per-update times and authors), <time datetime>, byline before headline", invented=True,
  notes="Invented outlet. HTML live blog, newest first, 'HH:MM' in <time datetime> with +03:00 (Kyiv EEST). Byline precedes the headline. Entry 04 is a video teaser without body (importance 1). Entry 01 (Peskov) is a reaction to the summit pause: same story. " + D1,
  not_entries=["masthead/navigation", "intro paragraph", "time-zone note", "newsletter promo", "footer"],
  entries=[
  E("2025-10-21 22:15", "Kremlin: summit preparation 'requires serious work'",
    ["Kremlin spokesman Dmitry Peskov said no dates had ever been fixed for a Putin-Trump meeting and that preparing one would take time.",
     "He denied that the summit had been cancelled."],
    "diplomacy", "diplomacy", 3, "budapest-summit-on-hold", a="Iryna Solovei", n="Reaction to the summit pause -> same story."),
  E("2025-10-21 19:40", "Toll in Zaporizhzhia reaches six, governor says",
    ["One of the wounded died in hospital, bringing the number killed in the overnight attack on Zaporizhzhia to six, governor Ivan Fedorov said.",
     "A day of mourning has been declared for Wednesday."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-10-21", a="Iryna Solovei"),
  E("2025-10-21 17:45", "Shmyhal asks EU to fund interceptor drones",
    ["Defence Minister Denys Shmyhal asked EU governments to finance the production of interceptor drones in Ukraine, saying output could double by December with more money.",
     "He spoke by video to EU defence officials."],
    "aid", "aid", 2, "shmyhal-interceptor-drone-funding-appeal", a="Mark Dennehy", n="Separate official's appeal: must not merge with Sybiha's Patriot appeal."),
  E("2025-10-21 15:10", "Watch: Rescuers search the rubble in Zaporizhzhia", [], "strikes", "strikes", 1,
    "zaporizhzhia-strike-2025-10-21", a=None, n="Video teaser without body -> importance 1."),
  E("2025-10-21 12:00", "Norway to fund Ukraine's winter gas purchases",
    ["Norway will give 1.5 billion kroner to help Naftogaz buy natural gas for the winter, the Norwegian foreign ministry said.",
     "The money will be channelled through the European Bank for Reconstruction and Development."],
    "aid", "aid", 2, "norway-gas-funding-2025-10-21", a="Mark Dennehy", n="Must not merge with the Dutch drone package."),
  E("2025-10-21 10:20", "Sumy: depot struck by Shahed drones",
    ["Two Shahed-type drones hit a bus depot in Sumy, injuring two employees, the regional military administration said.",
     "Public transport routes were changed for the day."],
    "strikes", "strikes", 3, "sumy-depot-drone-strike-2025-10-21", a="Iryna Solovei"),
  E("2025-10-21 07:30", "Zaporizhzhia: apartment block hit in overnight attack",
    ["An apartment block in central Zaporizhzhia was partly destroyed overnight; at least three people are dead, the regional administration said.",
     "Russia used missiles and guided aerial bombs in the attack."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-10-21", a="Iryna Solovei"),
  ]))

SEEDS.append(dict(id="3822", name="3822_hawkshead-worldrss", ext="xml", source="Hawkshead World Service", zone="UTC", render=r_rss_world,
  title="Hawkshead World Service - Top stories", link="https://hawkshead.example/world", desc="The world's news, every hour",
  fmt="RSS 2.0 general world feed, GMT pubDates, CDATA paragraphs; 5 of 7 items off-beat", invented=True,
  notes="Invented outlet. General world-news RSS feed (oldest first); the war is a minority (2 of 7). Zaporizhzhia is spelled 'Zaporozhye' here. " + D1,
  not_entries=["channel title/link/description"],
  entries=[
  OFF("2025-10-21 06:10", "Japan's parliament elects Sanae Takaichi as prime minister",
    ["Sanae Takaichi became Japan's first woman prime minister after winning a vote in the lower house.",
     "She leads a new coalition between the Liberal Democrats and a smaller party."],
    "japan-takaichi-elected-pm", n="Japanese politics.", cat="Asia"),
  E("2025-10-21 07:55", "Russian attack on Zaporozhye kills at least four",
    ["At least four people were killed when Russian missiles and bombs struck the southern Ukrainian city of Zaporozhye overnight, local officials said.",
     "A residential building and a kindergarten were damaged."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-10-21", cat="Europe"),
  OFF("2025-10-21 10:30", "Gold slides after record-breaking run",
    ["The price of gold fell by more than five per cent, its steepest one-day drop in years, as investors took profits after a record rally.",
     "Silver fell even more sharply."],
    "gold-price-fall-2025-10-21", n="markets.", cat="Business"),
  OFF("2025-10-21 13:50", "US vice-president arrives in Israel to shore up Gaza truce",
    ["JD Vance arrived in Israel for talks on keeping the Gaza ceasefire in place after a weekend of violence.",
     "He is due to meet Prime Minister Benjamin Netanyahu."],
    "vance-israel-visit-gaza-truce", n="a different conflict (Gaza).", cat="Middle East"),
  E("2025-10-21 15:20", "Trump-Putin summit shelved for now, White House says",
    ["The White House said a meeting between Donald Trump and Vladimir Putin was not planned in the near future, after talks between their top diplomats.",
     "Budapest had been named as the venue last week."],
    "diplomacy", "diplomacy", 3, "budapest-summit-on-hold", cat="World"),
  OFF("2025-10-21 17:05", "Early snow closes Alpine passes in Switzerland",
    ["Heavy snowfall closed several mountain passes in the Swiss Alps, including the Furka and the Grimsel, the road authorities said.",
     "Up to 40 centimetres fell above 2,000 metres."],
    "swiss-alpine-passes-snow", n="weather.", cat="Europe"),
  OFF("2025-10-21 19:40", "Rugby: Springboks name squad for November tour",
    ["South Africa named a 36-man squad for its end-of-year tour of Europe.",
     "The world champions will play five tests in five weeks."],
    "springboks-november-tour-squad", n="sport.", cat="Sport"),
  ]))

SEEDS.append(dict(id="3823", name="3823_dalegarth-article", ext="html", source="Dalegarth Report", zone="Europe/London", render=r_html_article,
  title="Zaporizhzhia mourns as the energy war widens", author="Tomasz Whitfield", pub="2025-10-21 18:30",
  dateline="21 October 2025, 18:30 BST", lede="Seven people died in Tuesday's attack; Moscow's autumn campaign now targets gas as well as power.",
  fmt="HTML article, NewsArticle JSON-LD, three h2 sections, dateline with time", invented=True,
  notes="Invented outlet. One article with three h2 sections; each section is one entry (headline = section heading), stamp null, published = the article dateline 18:30 BST, page byline as author. Section 2 is an analysis (theme piece, own story). " + D1,
  not_entries=["navigation", "standfirst", "byline line", "dateline line", "'More on this story' box", "footer"],
  entries=[
  E("2025-10-21 18:30", "Seven dead after strike on city centre",
    ["The number of people killed in the overnight strike on Zaporizhzhia rose to seven on Tuesday evening, the city's military administration said.",
     "Most of the victims lived on the upper floors of the block, which collapsed after a direct hit.", "More than 20 people were wounded."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-10-21", a="Tomasz Whitfield"),
  E("2025-10-21 18:30", "Analysis: Why Russia is targeting gas production this autumn",
    ["With much of Ukraine's power generation already damaged, Russia has shifted its attacks towards gas fields and compressor stations in the east.",
     "Analysts say the aim is to force Kyiv to import expensive gas over the winter and strain its budget."],
    "strikes", "strikes", 2, "analysis-russia-targets-gas-production", a="Tomasz Whitfield", n="Theme piece (analysis with body): own story, importance 2."),
  E("2025-10-21 18:30", "Budapest plans on ice",
    ["The announcement that no Trump-Putin meeting is planned for now has dampened hopes in Kyiv of a quick ceasefire.",
     "European officials welcomed the pause, saying any summit must include Ukraine."],
    "diplomacy", "diplomacy", 3, "budapest-summit-on-hold", a="Tomasz Whitfield"),
  ]))

# =============================================================== PART B, day 2: 2025-10-22 (UTC) — the day after day 1
D2 = "Multi-source day 2 (UTC 2025-10-22): 3830-3833. Main story us-sanctions-rosneft-lukoil (all four sources; reactions share it). Must-not-merge: kyiv-overnight-attack-2025-10-22 vs kharkiv-kindergarten-strike-2025-10-22; sweden-gripen-letter-of-intent vs japan-energy-grant-2025-10-22; us-sanctions-rosneft-lukoil vs eu-reparations-loan-summit-preview. Cross-day: 3831-02 re-posts day-1 entry 3821-05 nearly verbatim (importance 1); 3830-03 continues day-1 story zaporizhzhia-strike-2025-10-21 (toll eight, mourning)."

SEEDS.append(dict(id="3830", name="3830_boltby-textlive", ext="txt", source="Boltby Live", zone="Europe/Kyiv", render=r_boltby,
  title="War in Ukraine: Wednesday as it happened", byline="Live coverage by Oksana Reid", dayline="Wednesday", date_arg="2025-10-22",
  fmt="text live blog, oldest first, weekday only (no date printed), bare '09:10', page byline", invented=True,
  notes="Invented outlet. Text live blog, OLDEST first. The page prints only the weekday ('Wednesday') and bare times, no date: parse_args --date 2025-10-22. Times are Kyiv time (page note; EEST UTC+3). One page byline used for every entry. Entry 04 repeats entry 02 nearly verbatim (duplicate_of 3830-02). Entry 03 continues day 1's Zaporizhzhia story with a new development (toll eight, day of mourning): same story slug, importance 2 (only one day-2 source). " + D2,
  not_entries=["outlet name and section line", "page title", "byline line", "weekday line", "'Times are Kyiv time.'", "'Sponsored'", "closing line and footer"],
  entries=[
  E("2025-10-22 07:40", "Overnight attack on Kyiv region kills two",
    ["Two people, including a 12-year-old girl, were killed when Russian drones and missiles struck the Kyiv region overnight, officials said.",
     "Energy facilities were hit and parts of the capital lost power."],
    "strikes", "strikes", 3, "kyiv-overnight-attack-2025-10-22", a="Oksana Reid"),
  E("2025-10-22 10:25", "Drone hits kindergarten in Kharkiv; one man killed",
    ["A Russian drone struck a kindergarten in Kharkiv in the morning, killing one man and injuring six people, the mayor said.",
     "Dozens of children were evacuated to a shelter."],
    "strikes", "strikes", 3, "kharkiv-kindergarten-strike-2025-10-22", a="Oksana Reid", n="Different place and time from the Kyiv attack: must not merge."),
  E("2025-10-22 12:50", "Zaporizhzhia mourns; toll from Tuesday's attack rises to eight",
    ["A woman pulled from the rubble on Tuesday died in hospital overnight, raising the toll from the strike on Zaporizhzhia to eight, governor Ivan Fedorov said.",
     "Flags flew at half mast across the city for a day of mourning."],
    "strikes", "strikes", 2, "zaporizhzhia-strike-2025-10-21", a="Oksana Reid", n="Day-2 continuation of the day-1 story with a new development (toll eight): keeps the day-1 slug."),
  E("2025-10-22 14:15", "Drone hits kindergarten in Kharkiv; one man killed",
    ["A Russian drone struck a kindergarten in Kharkiv this morning, killing one man and injuring six people, the mayor said.",
     "Dozens of children were evacuated to a shelter."],
    "strikes", "strikes", 1, "kharkiv-kindergarten-strike-2025-10-22", a="Oksana Reid", dup="3830-02", n="Near-verbatim repeat of 3830-02 -> importance 1."),
  E("2025-10-22 16:30", "Zelensky in Sweden: letter of intent on up to 150 Gripen jets",
    ["Volodymyr Zelensky and Swedish Prime Minister Ulf Kristersson signed a letter of intent in Linköping for Ukraine to acquire between 100 and 150 Gripen E fighter jets.",
     "Financing has yet to be agreed."],
    "aid", "aid", 3, "sweden-gripen-letter-of-intent", a="Oksana Reid"),
  E("2025-10-22 19:05", "Rutte heads to the White House",
    ["NATO Secretary General Mark Rutte was due to meet Donald Trump in Washington, with Ukraine's air defence and a possible ceasefire along current lines on the agenda."],
    "diplomacy", "diplomacy", 3, "rutte-meets-trump-2025-10-22", a="Oksana Reid"),
  E("2025-10-22 22:40", "US imposes sanctions on Rosneft and Lukoil",
    ["The US Treasury announced sanctions on Russia's two biggest oil companies, Rosneft and Lukoil, citing Moscow's lack of commitment to peace.",
     "Treasury Secretary Scott Bessent said further steps were possible."],
    "diplomacy", "diplomacy", 3, "us-sanctions-rosneft-lukoil", a="Oksana Reid"),
  ]))

SEEDS.append(dict(id="3831", name="3831_embleton-atom", ext="xml", source="Embleton Review", zone="Europe/Kyiv", render=r_atom,
  title="Embleton Review: Ukraine", link="https://embleton.example/ukraine", tag="embleton.example",
  fmt="Atom 1.0, +03:00 offsets, entity-escaped html content; one item on the next local day", invented=True,
  notes="Invented outlet. War-only Atom feed (oldest first), +03:00 offsets (Kyiv). Entry 02 re-posts day 1's 3821-05 (Glenridding Times) nearly verbatim: importance 1, same story, duplicate_of null (different seed). Entry 04 is an explainer (theme piece, own story). Entry 07 is dated 23 October local (02:10 +03:00) = 23:10 UTC on 22 October. " + D2,
  not_entries=["feed title/link/id/updated"],
  entries=[
  E("2025-10-22 04:15", "Explosions in Kyiv as Russia launches drones and missiles",
    ["Air defences were active over Kyiv before dawn as Russia launched a combined attack on the capital and surrounding region, the city administration said.",
     "Falling debris started fires in two districts."],
    "strikes", "strikes", 3, "kyiv-overnight-attack-2025-10-22", a="Dmytro Hale"),
  E("2025-10-22 08:20", "Norway to fund Ukraine's winter gas purchases",
    ["Norway will give 1.5 billion kroner to help Naftogaz buy natural gas for the winter, the Norwegian foreign ministry said.",
     "The money will be channelled through the European Bank for Reconstruction and Development."],
    "aid", "aid", 1, "norway-gas-funding-2025-10-21", a="Dmytro Hale", n="Re-post of a day-1 entry (3821-05) nearly verbatim -> importance 1; duplicate_of null because the original is in another seed."),
  E("2025-10-22 11:40", "Kharkiv: kindergarten hit, children taken to shelter",
    ["Children were moved to a basement shelter after a drone hit a kindergarten in Kharkiv's Kholodnohirskyi district; one adult was killed.",
     "Regional governor Oleh Syniehubov called the attack deliberate."],
    "strikes", "strikes", 3, "kharkiv-kindergarten-strike-2025-10-22", a="Alina Cross"),
  E("2025-10-22 15:05", "Explainer: What Gripen jets could add to Ukraine's air force",
    ["The Swedish Gripen was designed to fly from short stretches of road and to be serviced by small ground crews, which suits Ukraine's dispersed airfields.",
     "Deliveries of new jets would take years, so an interim transfer of older models is being discussed."],
    "aid", "aid", 2, "explainer-gripen-for-ukraine", a="Alina Cross", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-10-22 18:25", "Japan grants 25 million dollars for energy repairs",
    ["Japan will provide 25 million dollars to repair Ukraine's power grid and supply transformers, its embassy in Kyiv said.",
     "The grant is part of a wider winter support package."],
    "aid", "aid", 2, "japan-energy-grant-2025-10-22", a="Dmytro Hale", n="Must not merge with the Swedish Gripen deal."),
  E("2025-10-22 23:55", "Washington sanctions Russia's two largest oil companies",
    ["The United States placed Rosneft and Lukoil and dozens of their subsidiaries under sanctions, the first such measures of Donald Trump's second term.",
     "Foreign banks dealing with them risk secondary penalties."],
    "diplomacy", "diplomacy", 3, "us-sanctions-rosneft-lukoil", a="Alina Cross"),
  E("2025-10-23 02:10", "Zelensky welcomes US sanctions on oil majors",
    ["Volodymyr Zelensky said the sanctions on Rosneft and Lukoil were a strong and much-needed signal and urged Europe to follow.",
     "He said pressure was the only language Moscow understood."],
    "diplomacy", "diplomacy", 3, "us-sanctions-rosneft-lukoil", a="Alina Cross", n="Reaction to the sanctions -> same story."),
  ]))

SEEDS.append(dict(id="3832", name="3832_keld-htmllive", ext="html", source="Keld Journal", zone="Europe/Berlin", render=r_keld,
  title="Ukraine live: sanctions, jets and night attacks", lede="Our live coverage of the war in Ukraine and Europe's response.",
  fmt="HTML live blog without JSON-LD; '9:15 pm' stamps (CEST per note), date dividers; newest post after local midnight", invented=True,
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD; stamps like '9:15 pm' under day dividers; the page note says all times are CEST (UTC+2). The newest post is under 'Thursday 23 October' at 12:40 am = 22:40 UTC on 22 October. Entry 04 is a photo teaser without body (importance 1). " + D2,
  not_entries=["navigation", "LIVE badge, subtitle", "time-zone note", "day dividers", "advertisement", "'Show older posts'", "footer"],
  entries=[
  E("2025-10-23 00:40", "Oil majors hit: US announces sanctions on Rosneft, Lukoil",
    ["Washington has blacklisted Rosneft and Lukoil, which together export more than three million barrels of oil a day.",
     "Oil prices jumped in early Asian trading."],
    "diplomacy", "diplomacy", 3, "us-sanctions-rosneft-lukoil", a="Lena Brandt"),
  E("2025-10-22 21:15", "Rutte and Trump discuss Tomahawks and a ceasefire line",
    ["After meeting Donald Trump, NATO chief Mark Rutte said a ceasefire along the current front line was a good starting point for talks.",
     "Tomahawk missiles for Ukraine were also discussed, he said."],
    "diplomacy", "diplomacy", 3, "rutte-meets-trump-2025-10-22", a="Lena Brandt"),
  E("2025-10-22 17:50", "Gripen deal: first deliveries possible within three years",
    ["Swedish Prime Minister Ulf Kristersson said the first Gripen jets could reach Ukraine in three years if financing is found.",
     "Volodymyr Zelensky called the agreement historic."],
    "aid", "aid", 3, "sweden-gripen-letter-of-intent", a="Jonas Reiter"),
  E("2025-10-22 13:30", "Photos: Children evacuated from damaged kindergarten in Kharkiv", [], "strikes", "strikes", 1,
    "kharkiv-kindergarten-strike-2025-10-22", a=None, n="Photo teaser without body -> importance 1."),
  E("2025-10-22 09:10", "Kyiv: two killed as overnight barrage hits energy sites",
    ["Russia's overnight attack on the Kyiv region killed two people and damaged energy infrastructure, Ukrainian officials said.",
     "Power cuts were scheduled across several regions."],
    "strikes", "strikes", 3, "kyiv-overnight-attack-2025-10-22", a="Jonas Reiter"),
  E("2025-10-22 07:05", "EU leaders gather for summit on frozen-asset loan",
    ["European Council President António Costa said leaders meeting in Brussels on Thursday would aim for a political decision on a loan to Ukraine funded by frozen Russian assets.",
     "Belgium still has reservations."],
    "aid", "aid", 2, "eu-reparations-loan-summit-preview", sec=["diplomacy"], a="Jonas Reiter", n="Must not merge with the US oil sanctions."),
  ]))

SEEDS.append(dict(id="3833", name="3833_mickleby-worldrdf", ext="xml", source="Mickleby World", zone="UTC", render=r_rdf_world,
  title="Mickleby World - Latest", link="https://mickleby.example/news", desc="International headlines",
  fmt="RSS 1.0 (RDF) general world feed, dc:date Z; 4 of 6 items off-beat", invented=True,
  notes="Invented outlet. General world-news RSS 1.0 feed, newest first; the war is a minority (2 of 6). Kyiv is spelled 'Kiev' here. " + D2,
  not_entries=["channel title/link/description", "rdf:Seq link list"],
  entries=[
  E("2025-10-22 22:30", "US sanctions target Rosneft and Lukoil over Ukraine war",
    ["The United States imposed sanctions on the Russian oil producers Rosneft and Lukoil, saying Moscow had not shown serious commitment to ending the war."],
    "diplomacy", "diplomacy", 3, "us-sanctions-rosneft-lukoil"),
  OFF("2025-10-22 18:00", "Sailing: round-the-world fleet leaves Lisbon",
    ["Eight yachts set off from Lisbon on the first leg of a round-the-world race that will finish in June."],
    "sailing-race-lisbon-start", n="sport."),
  OFF("2025-10-22 12:15", "IMF trims growth forecast for Latin America",
    ["The International Monetary Fund lowered its growth forecast for Latin America and the Caribbean to 2.2 percent for next year, citing weaker trade."],
    "imf-latin-america-forecast", n="economy elsewhere."),
  E("2025-10-22 09:45", "Russian overnight attack on Kiev leaves two dead",
    ["Russian drones and missiles targeted Kiev and its region overnight, killing two people and cutting power to thousands of homes."],
    "strikes", "strikes", 3, "kyiv-overnight-attack-2025-10-22"),
  OFF("2025-10-22 06:30", "Floods cut roads in central Vietnam",
    ["Days of heavy rain flooded parts of central Vietnam, cutting roads and forcing thousands of people from their homes."],
    "vietnam-central-floods", n="weather."),
  OFF("2025-10-22 03:10", "Argentina's peso steadies before mid-term vote",
    ["Argentina's peso held steady ahead of Sunday's mid-term elections after the US Treasury bought pesos in the market."],
    "argentina-peso-before-midterms", n="economy elsewhere."),
  ]))

# =============================================================== PART B, day 3: 2025-12-10 (UTC)
D3 = "Multi-source day 3 (UTC 2025-12-10): 3840-3843. Main story odesa-port-strike-2025-12-10 (all four sources; toll 2 -> 3 -> 4; Odesa/Odessa). Must-not-merge: saratov-refinery-drone-strike-2025-12-10 (Ukrainian drones on Russia) vs the Odesa strike; kherson-shelling-2025-12-10 vs the Odesa strike; germany-patriot-delivery-2025-12-10 vs uk-interceptor-drone-funding-2025-12-10; kallas-frozen-assets-statement-2025-12-10 vs rutte-long-confrontation-warning-2025-12-10."

SEEDS.append(dict(id="3840", name="3840_bewcastle-graphlive", ext="html", source="Bewcastle Live", zone="Europe/Kyiv", render=r_bewcastle,
  title="Ukraine live: Odesa port hit, refinery burns in Saratov", url="https://bewcastle.example/live/2025/12/10",
  lede="Follow the day's developments in the war.", meta="Wednesday 10 December 2025 · Kyiv time",
  fmt="HTML live, OLDEST first, @graph JSON-LD with @type array [NewsArticle, LiveBlogPosting], <time> HH:MM Kyiv, signature after body", invented=True, reverse=True,
  notes="Invented outlet. HTML live blog, OLDEST first; <time datetime> with +02:00 (Kyiv EET) and visible 'HH:MM'; signature line after each body is the author. JSON-LD sits under @graph with an @type array. Entry 04 repeats entry 02 nearly verbatim (duplicate_of 3840-02). " + D3,
  not_entries=["header/navigation", "standfirst", "meta/date line", "'Read more' related link", "footer"],
  entries=[
  E("2025-12-10 21:30", "Zelensky: revised peace framework to go to Washington",
    ["Volodymyr Zelensky said Ukraine would send its revised version of the peace framework to the United States within days, after consultations with European partners.",
     "He said territorial questions remained the hardest."],
    "diplomacy", "diplomacy", 3, "ukraine-revised-peace-framework", a="Yana Kovalchuk"),
  E("2025-12-10 18:05", "Odesa port toll rises to four; grain ship damaged",
    ["Two more port workers died of their injuries, bringing the toll from the morning strike on Odesa's port to four, the regional governor said.",
     "A bulk carrier loading grain was set on fire."],
    "strikes", "strikes", 3, "odesa-port-strike-2025-12-10", a="Yana Kovalchuk"),
  E("2025-12-10 15:20", "Germany confirms delivery of two more Patriot systems",
    ["Germany's defence ministry said two more Patriot air defence systems had arrived in Ukraine, as promised in the summer.",
     "They are financed by Berlin with support from other allies."],
    "aid", "aid", 3, "germany-patriot-delivery-2025-12-10", a="Ruslan Petrenko"),
  E("2025-12-10 13:40", "Ukraine's drones set Saratov refinery ablaze, governor says",
    ["A Ukrainian drone attack set fire to an oil refinery in the Russian city of Saratov, regional governor Roman Busargin said.",
     "Firefighters were still working at midday."],
    "strikes", "strikes", 1, "saratov-refinery-drone-strike-2025-12-10", a="Ruslan Petrenko", dup="3840-02", n="Near-verbatim repeat of 3840-02 -> importance 1."),
  E("2025-12-10 11:15", "Kherson: shelling damages trolleybus, three wounded",
    ["Russian artillery hit a trolleybus in central Kherson, wounding three passengers, the city military administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2025-12-10", a="Ruslan Petrenko", n="Separate attack on another city: must not merge with the Odesa strike."),
  E("2025-12-10 09:30", "Ukraine's drones set Saratov refinery ablaze, governor says",
    ["A Ukrainian drone attack set fire to an oil refinery in the Russian city of Saratov, regional governor Roman Busargin said.",
     "Firefighters were still working in the morning."],
    "strikes", "strikes", 3, "saratov-refinery-drone-strike-2025-12-10", a="Ruslan Petrenko", n="Ukrainian strike on Russia: must not merge with the Russian strike on Odesa."),
  E("2025-12-10 06:50", "Ballistic missiles hit Odesa port overnight, two killed",
    ["Russian ballistic missiles struck port infrastructure in Odesa before dawn, killing two workers and damaging warehouses, the regional administration said."],
    "strikes", "strikes", 3, "odesa-port-strike-2025-12-10", a="Yana Kovalchuk"),
  ]))

SEEDS.append(dict(id="3841", name="3841_fellbeck-textlive", ext="txt", source="Fellbeck Daily", zone="Europe/London", render=r_fellbeck,
  title="Russia-Ukraine war live: Odessa port struck", dateline="Wednesday 10 December 2025",
  fmt="text live blog, newest first, '10.05am' stamps (GMT per note), 'Reporting:' line after body", invented=True,
  notes="Invented outlet. Text live blog, newest first; 12 h stamps with a dot ('2.10pm'), all times GMT (= UTC in December) per the page note; 'Reporting: NAME' after the body is the author. 'Odessa' spelling. Entry 02 is a video teaser without body. " + D3,
  not_entries=["outlet name and navigation", "page title", "date line", "'All times GMT'", "'Pinned:' note", "'Reporting:' lines (author)", "'Share' lines", "'Advertisement'", "closing line and copyright"],
  entries=[
  E("2025-12-10 19:20", "Peace framework: Kyiv to send its answers to Washington",
    ["Ukraine will hand its comments on the US-drafted peace framework to Washington this week, President Volodymyr Zelensky said.",
     "European national security advisers are helping to prepare the text."],
    "diplomacy", "diplomacy", 3, "ukraine-revised-peace-framework", a="Gareth Moss"),
  E("2025-12-10 16:45", "Video: Fire on a cargo ship in Odesa port", [], "strikes", "strikes", 1,
    "odesa-port-strike-2025-12-10", a=None, n="Video teaser without body -> importance 1."),
  E("2025-12-10 14:10", "Germany's two Patriot systems now in Ukraine, Pistorius says",
    ["Boris Pistorius said both Patriot systems promised by Germany were now operational in Ukraine.",
     "He urged other European countries to give more interceptor missiles."],
    "aid", "aid", 3, "germany-patriot-delivery-2025-12-10", a="Gareth Moss"),
  E("2025-12-10 12:25", "UK commits 85 million pounds to interceptor drones",
    ["Britain will spend 85 million pounds on interceptor drones for Ukraine, Defence Secretary John Healey announced.",
     "The drones are designed to bring down Shahed-type attack drones."],
    "aid", "aid", 2, "uk-interceptor-drone-funding-2025-12-10", a="Priya Lang", n="Must not merge with Germany's Patriot delivery."),
  E("2025-12-10 10:40", "Rutte: allies must prepare for a long confrontation",
    ["NATO Secretary General Mark Rutte said Europe should be ready for years of pressure from Russia and must keep raising defence output.",
     "He warned against complacency if a ceasefire is agreed."],
    "diplomacy", "diplomacy", 2, "rutte-long-confrontation-warning-2025-12-10", a="Priya Lang", n="Separate official's statement: must not merge with Kallas."),
  E("2025-12-10 09:00", "Kallas: EU close to deal on frozen Russian assets",
    ["EU foreign policy chief Kaja Kallas said member states were close to agreeing to use frozen Russian assets to fund a large loan to Ukraine.",
     "Leaders are expected to decide next week."],
    "aid", "aid", 2, "kallas-frozen-assets-statement-2025-12-10", a="Priya Lang", sec=["diplomacy"]),
  E("2025-12-10 07:15", "Odessa: missiles strike port, vessel on fire",
    ["Russian missiles hit the port of Odessa early on Wednesday, killing at least two people and setting a cargo ship on fire, Ukrainian officials said."],
    "strikes", "strikes", 3, "odesa-port-strike-2025-12-10", a="Gareth Moss"),
  ]))

SEEDS.append(dict(id="3842", name="3842_egremont-worldatom", ext="xml", source="Egremont World Desk", zone="UTC", render=r_atom, zulu=True,
  title="Egremont World Desk", link="https://egremont.example/world", tag="egremont.example",
  fmt="Atom general world feed, Z times; 5 of 7 items off-beat", invented=True,
  notes="Invented outlet. General world-news Atom feed (oldest first), Z times; the war is a minority (2 of 7). 'Odesa' spelling with a toll of three at the time. " + D3,
  not_entries=["feed title/link/id/updated"],
  entries=[
  OFF("2025-12-10 06:05", "Thai and Cambodian troops clash again on border",
    ["Fighting resumed along the Thai-Cambodian border for a third day, with both sides accusing each other of starting it."],
    "thai-cambodian-border-clashes-2025-12-10", n="a different conflict.", cat="Asia"),
  E("2025-12-10 08:30", "Russian missiles strike Odesa port, killing three",
    ["Three people were killed when Russian missiles hit the port of Odesa on Wednesday morning, Ukrainian officials said.",
     "A cargo ship was damaged and caught fire."],
    "strikes", "strikes", 3, "odesa-port-strike-2025-12-10", cat="Europe"),
  OFF("2025-12-10 11:50", "Nobel Peace Prize ceremony held in Oslo",
    ["The Nobel Peace Prize was presented at a ceremony in Oslo City Hall attended by the Norwegian royal family."],
    "nobel-peace-prize-ceremony-2025", cat="Europe", n="not about the war."),
  OFF("2025-12-10 14:05", "Heavy snow disrupts flights in northern Japan",
    ["Dozens of flights were cancelled in Hokkaido as heavy snow and strong winds swept across northern Japan."],
    "hokkaido-snow-flights", n="weather.", cat="Asia"),
  OFF("2025-12-10 16:30", "Football: late winner keeps group leaders on course",
    ["A stoppage-time goal gave the group leaders a 2-1 win and a place in the knockout round with a game to spare."],
    "football-late-winner-group-leaders", n="sport.", cat="Sport"),
  OFF("2025-12-10 19:20", "Federal Reserve lowers interest rates",
    ["The US Federal Reserve cut its benchmark interest rate by a quarter of a percentage point, its third cut this year."],
    "federal-reserve-rate-cut-2025-12-10", n="economy elsewhere.", cat="Business"),
  E("2025-12-10 21:45", "Zelensky says Ukraine ready to send revised peace plan to US",
    ["Ukraine's president said his team had finished work on a revised peace plan and would pass it to American negotiators.",
     "Washington had asked for a response before the end of the week."],
    "diplomacy", "diplomacy", 3, "ukraine-revised-peace-framework", cat="Europe"),
  ]))

SEEDS.append(dict(id="3843", name="3843_cautley-article", ext="txt", source="Cautley Standard", zone="Europe/London", render=r_text_article,
  title="Black Sea ports under fire as Ukraine strikes back at refineries",
  head=["CAUTLEY STANDARD", "World | Europe | Business | Opinion", "", "Black Sea ports under fire as Ukraine strikes back at refineries", "",
        "By Rhiannon Tate", "Wednesday 10 December 2025 17:45 GMT", "", "Share   Save", ""],
  foot=["Related coverage", "The grain corridor in numbers", "", "© Cautley Standard 2025. All rights reserved."],
  fmt="text article, three section headings, dateline with time, page byline", invented=True,
  notes="Invented outlet. Text article; each of its three section headings is one entry (headline = heading), stamp null, published = the dateline 'Wednesday 10 December 2025 17:45 GMT', page byline as author. Section 2 is analysis (theme piece, own story). " + D3,
  not_entries=["outlet name and navigation", "title line", "byline line", "dateline line", "'Share   Save'", "'Related coverage' and its link", "copyright"],
  entries=[
  E("2025-12-10 17:45", "Odesa's port counts the cost",
    ["Four people were killed and a grain ship was badly burned when Russian ballistic missiles struck Odesa's port on Wednesday morning.",
     "Port officials said two berths would be out of action for at least a week."],
    "strikes", "strikes", 3, "odesa-port-strike-2025-12-10", a="Rhiannon Tate"),
  E("2025-12-10 17:45", "Analysis: Black Sea shipping under fire",
    ["Attacks on ports and ships on both sides of the Black Sea have pushed war-risk insurance premiums to their highest level since 2023.",
     "Shipowners say some crews now refuse to sail to Ukrainian ports at all."],
    "other", "security", 2, "analysis-black-sea-shipping-risk", a="Rhiannon Tate", n="Theme piece (analysis with body): own story, importance 2."),
  E("2025-12-10 17:45", "Saratov burns again",
    ["The refinery in Saratov was hit by Ukrainian drones for the fourth time this autumn, according to local officials.",
     "Ukraine's general staff said the plant supplies fuel to Russian forces."],
    "strikes", "strikes", 3, "saratov-refinery-drone-strike-2025-12-10", a="Rhiannon Tate"),
  ]))

for _S in SEEDS:
    if _S.get("reverse"):
        _S["entries"] = _S["entries"][::-1]

BASIS = {
    "r_agenda": "time '{s}' under the page's date line ({d}); Tbilisi time (outlet home zone, no zone printed), UTC+4",
    "r_naharnet": "stamp '{s}' (date and 24 h time); Beirut time (outlet home zone, no zone printed), EEST = UTC+3",
    "r_gulftimes": "no per-item time: the article's 'Published' line ({d}, 02:05 PM) used for every bullet; Doha time (outlet home zone), UTC+3",
    "r_malta": "stamp '{s}' (author glued to day, month and 12 h time; no year printed: year from --date); Malta time (outlet home zone), CEST = UTC+2",
    "r_bianet": "stamp '{s}' (full date, 24 h); Istanbul time (outlet home zone, no zone printed), UTC+3",
    "r_libya": "pubDate '{s}' (explicit +0000)",
    "r_africanews": "dc:date '{s}' (explicit offset)",
    "r_pppost": "relative stamp '{s}' resolved against the printed 'Last updated' line; Phnom Penh time (outlet home zone), UTC+7",
    "r_gazette": "stamp '{s}' under the day divider for {d}; Montreal time (outlet home zone, no zone printed), EDT = UTC-4; JSON-LD datePublished agrees",
    "r_stabroek": "stamp '{s}' under the date line for {d} (not the printed edition date of the next day); GMT = UTC per the page note",
    "r_carnforth": "stamp '{s}' on the page's date line ({d}); BST = UTC+1",
    "r_glenridding": "stamp '{s}' with <time datetime> on {d}; Kyiv time, EEST = UTC+3",
    "r_rss_world": "pubDate '{s}' (GMT = UTC)",
    "r_html_article": "no per-section time; the article dateline ({d}, {z}) used for every section",
    "r_boltby": "stamp '{s}' on the weekday line; the page prints no date, so the date comes from --date {d}; Kyiv time (page note), EEST = UTC+3",
    "r_atom": "<published> '{s}' (explicit offset)",
    "r_keld": "stamp '{s}' under the day divider for {d}; CEST = UTC+2 per the page note",
    "r_rdf_world": "dc:date '{s}' (Z = UTC)",
    "r_bewcastle": "stamp '{s}' with <time datetime> on {d}; Kyiv time, EET = UTC+2",
    "r_fellbeck": "stamp '{s}' on the page's date line ({d}); GMT = UTC per the page note",
    "r_text_article": "no per-section time; the article dateline ({d}, {z}) used for every section",
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
                         "story": e["st"], "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("date_arg"):
            gold["parse_args"] = ["--date", S["date_arg"]]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

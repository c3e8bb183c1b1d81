#!/usr/bin/env python3
"""Builds eval/w seeds and gold files from the hand-written table below.
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/w/tools/build.py"""
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
    if style == "dotpm":      # 2.35pm
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "a.m.":       # 8:35 a.m.
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "pm":         # 8:35pm
        return f"{hh}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "PM":         # 10:41 PM / 09:40 PM
        return f"{hh:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    raise ValueError(style)


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# =============================================================== PART A renderers (each returns text, stamps)

def r_jam(S):  # JAMnews chronicle scrape: date line WITHOUT year above the timeline, time alone on the line BEFORE the headline
    z = S["zone"]
    L = ["JAMnews", "A Caucasus perspective", "Eng   Рус   ქარ   Հայ   Az", "",
         "Georgia   Armenia   Azerbaijan   Abkhazia   South Ossetia   Karabakh   World   Opinion   Podcasts", "Search", "",
         "This site uses cookies. By continuing to browse you accept their use. OK", "",
         S["title"], "", S["lede"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if e.get("more"):
            L += ["Read more", ""]
        L += ["Share   Facebook   Twitter   Telegram", ""]
        if i == 2:
            L += ["Also read: How the war changed the rental market in Batumi", ""]
        if i == 4:
            L += ["Subscribe to our Telegram channel so as not to miss the latest news from the South Caucasus", ""]
    L += ["Previous days of the chronicle", "", "© JAMnews. Use of materials is allowed only with an active hyperlink.",
          "About us   Team   Contacts   Donate   Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_ocm(S):  # OC Media tag listing (HTML): cards with h2, "by Author", <time> "27 February 2023, 15:20"; crosses local midnight
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | OC Media</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="tag-archive">',
           '<header class="site-header"><a class="logo" href="/">OC Media</a><nav class="main-nav"><a href="/news">News</a> <a href="/features">Features</a> <a href="/opinion">Opinion</a> <a href="/analysis">Analysis</a> <a href="/podcast">Podcast</a></nav>'
           '<nav class="regions"><a href="/armenia">Armenia</a> <a href="/azerbaijan">Azerbaijan</a> <a href="/georgia">Georgia</a> <a href="/north-caucasus">North Caucasus</a></nav><a class="support" href="/support">Support us</a></header>',
           '<main class="archive">', f'<h1 class="archive-title">{esc(S["title"])}</h1>', f'<p class="archive-desc">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year}, {d.strftime('%H:%M')}"; stamps.append(st)
        out.append(f'<article class="card"><a class="cat" href="/{e["cat"].lower()}">{esc(e["cat"])}</a>')
        out.append(f'<h2 class="card-title"><a href="/{slug(e["h"])}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="card-meta"><span class="author">by {esc(e["a"])}</span> <time datetime="{d.isoformat()}">{st}</time></div>')
        out.append('<div class="card-excerpt">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>")
        out.append('<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Get the Caucasus in your inbox</h3><p>Our weekly newsletter, free.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>')
    out += ['<nav class="pagination"><a href="?page=2">Older posts</a></nav></main>',
            '<aside class="most-read"><h3>Most read</h3><ol><li><a href="/1">Photo essay: winter in Svaneti</a></li><li><a href="/2">Interview: a Yerevan start-up founder on relocation</a></li></ol></aside>',
            '<footer class="site-footer"><p>OC Media is an independent news platform for the Caucasus.</p><p><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/republishing">Republishing</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_belsat(S):  # Belsat English text scrape: byline glued to "dd.mm.yyyy HH:MM", newest first, "Read more" lines
    z = S["zone"]
    L = ["Belsat", "TV channel for Belarus", "BY   RU   EN", "",
         "Belarus   Ukraine   World   Opinion   Video   Podcast   About us", "", "We use cookies. Find out more in our privacy policy. Accept", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = e["a"] + d.strftime("%d.%m.%Y %H:%M"); stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"])
        L += ["Read more", ""]
        if i == 1:
            L += ["Support independent Belarusian media. Donate", ""]
        if i == 4:
            L += ["Follow us on Telegram", ""]
    L += ["Load more", "", "Belsat TV, ul. Woronicza 17, Warsaw", "© Belsat 2023. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_eurasianet(S):  # Eurasianet RSS 2.0: -0400 pubDates, entity-escaped HTML in description, dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://eurasianet.org</link>",
           '<atom:link href="https://eurasianet.org/rss" rel="self" type="application/rss+xml"/>',
           "<description>News and analysis about the Caucasus and Central Asia</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        if i == 0:
            out.append(f"<lastBuildDate>{st}</lastBuildDate>")
        body = "".join(f"<p>{p}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://eurasianet.org/{slug(e['h'])}</link>",
                f"<description>{html.escape(body, quote=False)}</description>", f"<pubDate>{st}</pubDate>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>", f'<guid isPermaLink="false">{S["id"]}{i+1:03d} at https://eurasianet.org</guid>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_koreatimes(S):  # The Korea Times topic listing scrape: byline, "Posted : yyyy-mm-dd HH:MM  Updated : ...", crosses local midnight
    z = S["zone"]
    L = ["The Korea Times", "Sign in   Sign up   E-paper", "",
         "North Korea   Politics   Economy   Biz & Tech   Opinion   Lifestyle   Entertainment   Sports   Video", "World   Asia Pacific   Americas   Europe & Africa", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = "Posted : " + d.strftime("%Y-%m-%d %H:%M"); stamps.append(st)
        L += [e["h"], ""] + paras_txt(e["p"])
        L += [f"By {e['a']}", st + "    Updated : " + e["upd"], ""]
        if i == 2:
            L += ["Most Read", "1. Heat wave advisory issued for Seoul", "2. Parliamentary panel to question finance minister", ""]
    L += ["More", "", "Copyright (c) 2023 koreatimes.co.kr. All rights reserved.", "About Us   Advertise   Privacy Statement   Terms of Service"]
    return "\n".join(L) + "\n", stamps


def r_gma(S):  # GMA News topic page (HTML) with JSON-LD NewsArticle list (entities in strings), "Published June 29, 2023 8:35pm"
    z = S["zone"]
    graph = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        graph.append({"@type": "NewsArticle", "headline": e["h"].replace("'", "&#039;"), "datePublished": d.isoformat(),
                      "url": f"https://www.gmanetwork.com/news/topstories/world/{870100 + i}/{slug(e['h'])}/story/",
                      "author": {"@type": "Person", "name": e["a"]}, "description": e["p"][0].replace("'", "&#039;").replace('"', "&quot;")})
    ld = {"@context": "https://schema.org", "@graph": graph}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | GMA News Online</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header id="gma-header"><a class="logo" href="/news/">GMA News Online</a><ul class="nav"><li><a href="/news/">News</a></li><li><a href="/news/money/">Money</a></li><li><a href="/news/sports/">Sports</a></li><li><a href="/entertainment/">Showbiz</a></li><li><a href="/lifestyle/">Lifestyle</a></li><li><a href="/news/opinion/">Opinion</a></li><li><a href="/regionaltv/">Regional</a></li></ul><a class="live" href="/live/">LIVE</a></header>',
           f'<main><h1 class="topic-title">{esc(S["title"])}</h1>', '<div class="topic-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month-1]} {d.day}, {d.year} {ampm(d, 'pm')}"; stamps.append(st)
        out.append(f'<div class="story-card"><h2><a href="#s{i}">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="meta"><span class="by">{esc(e["a"])}</span><br><span class="label">Published</span> <span class="time">{st}</span></div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share">Share <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Viber</a></div></div>')
        if i == 2:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ["</div>", '<aside class="trending"><h3>Trending</h3><ul><li><a href="#">Traffic advisory: road reblocking this weekend</a></li><li><a href="#">LOOK: Sunset over Manila Bay</a></li></ul></aside>',
            '<div class="newsletter">Get the latest news in your inbox. <input type="email" placeholder="Email"> <button>Subscribe</button></div></main>',
            '<footer>GMA Network Inc. All rights reserved. <a href="#">Privacy</a> <a href="#">Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dhaka(S):  # Dhaka Tribune "key events" article scrape: each bullet (under Fighting / Diplomacy / Aid) is one entry; no headline, no stamp
    z = S["zone"]; d = dt(S["pub"], z)
    L = ["Dhaka Tribune", "Bangla   E-paper", "", "Bangladesh   Nation   World   Business   Sport   Showtime   Opinion   Tech   Climate", "",
         "World / Europe", "", S["title"], "", S["standfirst"], "", "Tribune Desk",
         f"Publish : {d.day} {d.strftime('%b %Y')}, {ampm(d, 'PM')}", f"Update : {S['upd']}", "", "Follow us on Google News", "",
         "Photo: A Ukrainian serviceman near the front line in the Donetsk region, August 2023", ""]
    stamps = []; cur = None
    for e in S["entries"]:
        if e["sec_head"] != cur:
            cur = e["sec_head"]; L += [cur, ""]
        stamps.append(None)
        L += [e["p"][0], ""]
    L += ["Topics:   Russia-Ukraine War   Ukraine   Russia", "", "Share   Facebook   Twitter   LinkedIn   WhatsApp", "",
          "Related News", "Bangladeshi sailors safe after vessel damaged in Odesa port last year", "", "© 2023 Dhaka Tribune. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_tehran(S):  # Tehran Times RSS 1.0 (RDF): dc:date with +03:30, dc:creator, rdf:Seq order newest first
    z = S["zone"]
    links = [f"https://www.tehrantimes.com/news/{488700 + i}/{slug(e['h'])}" for i, e in enumerate(S["entries"])]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://www.tehrantimes.com/rss">', f"<title>{esc(S['title'])}</title>", "<link>https://www.tehrantimes.com</link>",
           "<description>Tehran Times - International</description>", "<items>", "<rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{l}"/>' for l in links]
    out += ["</rdf:Seq>", "</items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>",
                f"<dc:date>{st}</dc:date>", f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(x for x in out if x) + "\n", stamps


def r_globaltimes(S):  # Global Times listing (HTML): "By X Published: Oct 19, 2023 10:41 PM", curly quotes as &rsquo; entities
    z = S["zone"]

    def ent(s):
        return esc(s).replace("\u2019", "&rsquo;").replace("\u2018", "&lsquo;").replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
    out = ['<!DOCTYPE html>', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">', f"<title>{esc(S['title'])} - Global Times</title></head><body>",
           '<div class="header"><a href="/" class="logo">GT</a><div class="nav"><a href="/china/">CHINA</a> <a href="/source/">SOURCE</a> <a href="/opinion/">OPINION</a> <a href="/In-depth/">IN-DEPTH</a> <a href="/world/">WORLD</a> <a href="/life/">LIFE</a> <a href="/sport/">SPORT</a></div></div>',
           f'<div class="column_title">{esc(S["title"])}</div>', '<div class="list_info">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published: {d.strftime('%b')} {d.day}, {d.year} {ampm(d, 'PM')}"; stamps.append(st)
        out.append(f'<div class="list_box"><a class="new_title_ml" href="/page/202310/{1300100 + i}.shtml">{ent(e["h"])}</a>')
        out.append(f'<div class="source_time"><span class="author_share_left">By {esc(e["a"])}</span> <span class="pub_time">{st}</span></div>')
        out.append('<div class="list_summary">' + "".join(f"<p>{ent(p)}</p>" for p in e["p"]) + "</div>")
        out.append('<div class="share_box">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Weibo</a></div></div>')
        if i == 3:
            out.append('<div class="related"><b>RELATED ARTICLES:</b> <a href="#">Belt and Road Forum closes with list of deliverables</a></div>')
    out += ["</div>", '<div class="footer">Copyright &copy; 2023 Global Times. All rights reserved. 京ICP备11030396号</div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ynet(S):  # Ynetnews live (HTML): LiveBlogPosting JSON-LD with exact times; visible RELATIVE stamps vs printed "Updated" line; Key Points
    z = S["zone"]; ref = dt(S["ref"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#{e['pid']}", "headline": e["h"].replace('"', "&quot;").replace("'", "&#39;"),
                    "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]).replace('"', "&quot;"),
                    "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "coverageStartTime": dt(S["entries"][-1]["t"], z).isoformat(), "dateModified": ref.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "ynetnews"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | ynetnews</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="logo" href="/">ynetnews</a><nav><a href="/category/3082">News</a> <a href="/category/3083">Opinion</a> <a href="/category/3089">Culture</a> <a href="/category/3084">Health &amp; Science</a> <a href="/category/3104">Tech</a> <a href="/category/3254">Magazine</a></nav></header>',
           '<main class="live"><span class="live-badge">LIVE</span>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="updated">Updated: {ref.strftime("%m.%d.%y")}, {ref.strftime("%H:%M")}</div>',
           '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out += ["</ul></div>", '<div class="live-items">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"
        stamps.append(st)
        out.append(f'<div class="live-item" id="{e["pid"]}"><div class="item-time">{st}</div><h3>{esc(e["h"])}</h3><div class="reporter">{esc(e["a"])}</div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share-item"><a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">Copy link</a></div></div>')
        if i == 2:
            out.append('<div class="promo">Download the ynetnews app for breaking news alerts</div>')
    out += ["</div></main>", '<footer>ynetnews · Yedioth Internet · <a href="/about">About</a> · <a href="/privacy">Privacy</a> · All rights reserved</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# =============================================================== PART B renderers (invented outlets)

def r_axbridge(S):  # text live, OLDEST first, "2.35pm" stamp line before the headline, Key Points bullets, "Posted by" after body
    z = S["zone"]
    L = ["AXBRIDGE DAILY", "Home   News   World   Business   Sport   Culture   Puzzles", "", S["title"], "", S["dateline"], "All times GMT", "",
         "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Our coverage runs oldest first; newest updates at the bottom.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "dotpm"); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if e["a"]:
            L += ["Posted by " + e["a"], ""]
        L += ["Share this update", ""]
        if i == 3:
            L += ["Advertisement", ""]
        if i == 6:
            L += ["Read more: Ukraine's winter without power, a photo essay", ""]
    L += ["Load earlier updates", "", "Sign up to the Axbridge Daily world briefing", "© Axbridge Daily Ltd"]
    return "\n".join(L) + "\n", stamps


def r_dunsford(S):  # HTML live with LiveBlogPosting JSON-LD (per-update times), <time datetime> showing HH:MM, byline under headline
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="top"><a href="/" class="brand">{S["source"]}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> <a href="/culture">Culture</a></nav><a class="donate" href="/donate">Support us</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="dateline">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="post" id="post-{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><button>Copy link</button> <button>Share</button></div></article>')
        if i == 3:
            out.append('<aside class="newsletter"><p>Morning brief from Kyiv, every weekday.</p><input placeholder="Your email"><button>Subscribe</button></aside>')
    out += ['<aside class="related"><h3>Related</h3><a href="/a">How Ukraine rebuilt its substations in January</a></aside></main>',
            f"<footer>© 2023 {S['source']}. All times are Kyiv time.</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0: <published> in UTC (Z) or with the zone's offset; CDATA html content; optional author
    z = S["zone"]
    def stamp(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("utc") else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['desc'])}</subtitle>", f'<link href="{S["link"]}" rel="alternate"/>', f"<id>{S['link']}/</id>",
           f"<updated>{stamp(dt(S['entries'][0]['t'], z))}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{slug(e["h"])}" rel="alternate"/>',
                f"<id>tag:{S['link'].split('//')[1]},{d.year}:{S['id']}{i+1:02d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html"><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null (dateline time used)
    L = list(S["head"]); stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + paras_txt(e["p"])
        if i == 0:
            L += ["Advertisement", ""]
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_brantwood(S):  # HTML live, newest first, no JSON-LD; "22:40 CET" stamp, byline line under headline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"></head><body>',
           f'<div class="bar"><b>{S["source"]}</b> <a href="/europe">Europe</a> <a href="/germany">Germany</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/podcasts">Podcasts</a></div>',
           f'<div class="cookie">We use cookies to personalise content. <button>Accept all</button> <button>Settings</button></div>',
           f'<section class="live"><p class="kicker">Live</p><h1>{esc(S["title"])}</h1><p class="intro">{esc(S["lede"])}</p><p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " CET"; stamps.append(st)
        out.append(f'<div class="entry"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="byline">{esc(e["a"])}</span>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="promo">Podcast: Berlin Briefing, new episode every Friday</div>')
    out += ['<p class="prev"><a href="/live/yesterday">Read Friday\'s live coverage</a></p></section>', f"<footer>{S['source']} · Imprint · Data protection</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # general world RSS 2.0, pubDate in GMT or +0000, CDATA paragraphs, no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + S["tzlabel"]; stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1:03d}</guid>', f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_hartsop(S):  # text live, OLDEST first, "8:35 a.m. ET" stamps, one page byline, date line
    z = S["zone"]
    L = ["Hartsop Daily", "U.S.   World   Politics   Markets   Opinion   Weekend", "", S["title"], "", f"By {S['byline']}", S["dateline"], "",
         "Updates are listed in the order they were posted.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m.") + " ET"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if i == 1:
            L += ["Sponsored content", ""]
        if i == 3:
            L += ["See also: What to know about Ukraine's power grid", ""]
    L += ["Get the Hartsop Daily morning newsletter", "Terms   Privacy   Contact", "© 2023 Hartsop Daily"]
    return "\n".join(L) + "\n", stamps


def r_goldhithe(S):  # HTML article with h2 sections and NewsArticle JSON-LD; one entry per section, stamp null
    z = S["zone"]; d = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a href="/">{S["source"]}</a> <nav><a href="/world">World</a> <a href="/analysis">Analysis</a> <a href="/long-reads">Long reads</a></nav></header>',
           f'<article><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p><p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append('<figure><img src="/img/odesa.jpg" alt=""><figcaption>A repair crew at work in the Odesa region on Saturday</figcaption></figure>')
    out += ['<div class="share">Share this article: <a href="#">Email</a> <a href="#">Facebook</a> <a href="#">Twitter</a></div></article>',
            '<aside><h3>More on this story</h3><ul><li><a href="#">Ukraine\'s energy workers on the front line of a different war</a></li></ul></aside>',
            f"<footer>© {S['source']} 2023</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_chatburn(S):  # text live, OLDEST first, bare "09:10" stamps, date+zone line, "— Name" signature after body
    z = S["zone"]
    L = ["Chatburn Live", "News   War   Economy   Regions   Opinion   Video", "", S["title"], "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if e["a"]:
            L += ["— " + e["a"], ""]
        if i == 2:
            L += ["Also read: A year of air raids in numbers", ""]
        if i == 5:
            L += ["Advertising", ""]
    L += ["Follow Chatburn Live on Telegram", "", "Chatburn Live, 2023. Reprinting allowed with a link."]
    return "\n".join(L) + "\n", stamps


def r_bilsdale(S):  # HTML live, newest first, "1409 GMT" stamps, @graph JSON-LD with @type array, Key Points box, author under body
    z = S["zone"]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#b{i+1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": " ".join(e["p"])} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"],
         "coverageStartTime": dt(S["entries"][-1]["t"], z).isoformat(), "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="masthead">{S["source"]} <nav><a href="/news">News</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="summary">{esc(S["lede"])}</p><p class="when">{esc(S["dateline"])}</p>',
           '<section class="keypoints"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out += ["</ul></section>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        out.append(f'<div class="update" id="b{i+1}"><p class="stamp"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<p class="contributor">Reporting by {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 1:
            out.append('<div class="advert">Advertisement</div>')
    out += ['<p class="more"><a href="/live">Back to all live pages</a></p></main>', f"<footer>© {S['source']} · Contact · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="2400", name="2400_jamnews-chronicle", ext="txt", source="JAMnews", zone="Asia/Tbilisi", render=r_jam,
  title="War in Ukraine: the day's events seen from the South Caucasus", dateline="3 February",
  lede="What happened in and around the war on Friday, and how it was felt in Georgia, Armenia and Azerbaijan. Tbilisi time.",
  parse_args=["--date", "2023-02-03"], fmt="plain text; date line WITHOUT year above the timeline; bare HH:MM alone on the line before each headline; newest first",
  imitates="JAMnews (South Caucasus outlet) English daily chronicle",
  notes="Text scrape of a JAMnews-style daily chronicle. The only date is the line '3 February' (no year; the page names no year anywhere, hence parse_args --date 2023-02-03). Each post: time line 'HH:MM' (Tbilisi, UTC+4, stated in the lede 'Tbilisi time'), headline, body, optional 'Read more', share line. Newest first. 06:20-23:15 Tbilisi = 02:20-19:15 UTC, all 3 Feb. No author on any post.",
  not_entries=["site name, tagline and language switcher", "section menu and 'Search'", "cookie line", "page title and lede", "date line '3 February'", "'Read more' links", "share lines", "'Also read:' related link", "Telegram subscription promo", "'Previous days of the chronicle' link, copyright and footer menu"],
  entries=[
  E("2023-02-03 23:15", "Georgian Legion reports death of volunteer near Bakhmut",
    ["The Georgian Legion, a unit of volunteers fighting on Ukraine's side, said one of its members from the Adjara region was killed in fighting near Bakhmut on Friday.",
     "According to the legion, more than thirty Georgian volunteers have died in Ukraine since the full-scale invasion began."],
    "other", "frontline", 2, "georgian-legion-volunteer-killed-bakhmut-2023-02-03"),
  OFF("2023-02-03 20:40", "Baku and Yerevan trade accusations over Lachin road",
    ["Armenia and Azerbaijan's foreign ministries exchanged statements on Friday blaming each other for the continuing blockage of the only road linking Karabakh with Armenia.",
     "Residents of Stepanakert report shortages of fresh food and medicine."],
    "lachin-road-accusations-2023-02-03", n="Armenia-Azerbaijan dispute, not Russia's war on Ukraine."),
  E("2023-02-03 17:55", "EU-Ukraine summit in Kyiv ends without accession timetable",
    ["Leaders of the European Union and Ukraine closed their summit in Kyiv on Friday with a joint statement praising Ukraine's reforms but naming no date for the start of membership talks.",
     "European Commission President Ursula von der Leyen said a tenth package of sanctions against Russia would be ready by the anniversary of the invasion.",
     "President Volodymyr Zelensky said he expected a decision on opening talks this year."],
    "diplomacy", "diplomacy", 3, "eu-ukraine-summit-kyiv-2023-02-03", more=True, n="Summit of heads of state/government -> 3."),
  E("2023-02-03 15:10", "Georgian opposition bill on joining sanctions against Russia fails in committee",
    ["A bill drafted by opposition deputies that would have obliged Georgia to join Western sanctions against Russia was rejected by a parliamentary committee on Friday.",
     "Ruling party lawmakers said the measure would harm the country's economy without weakening Moscow."],
    "diplomacy", "diplomacy", 2, "georgia-sanctions-bill-rejected-2023-02-03", sec=["politics"], n="Sanctions -> diplomacy (domestic vote on them: secondary politics)."),
  E("2023-02-03 12:30", "Shelling of Kherson kills one, regional governor says",
    ["One person was killed and three were wounded when Russian artillery hit a residential district of Kherson in the morning, the head of the regional military administration said.",
     "The city has been shelled almost daily since Ukrainian forces retook it in November."],
    "strikes", "strikes", 2, "kherson-shelling-2023-02-03"),
  E("2023-02-03 09:05", "Washington prepares $2bn package with longer-range rocket bombs",
    ["The United States is expected to announce on Friday a new military aid package for Ukraine worth about $2bn, including ground-launched bombs with a range of some 150 kilometres, officials in Washington said.",
     "If confirmed, the weapon would almost double the reach of Ukraine's current rocket systems."],
    "aid", "aid", 3, "us-2bn-package-ground-launched-bombs-2023-02-03", more=True, n="Major aid package -> 3."),
  E("2023-02-03 06:20", "Georgia issued twice as many residence permits to Russians last year",
    ["Georgia granted almost twice as many residence permits to Russian citizens last year as the year before, according to official figures published on Friday.",
     "Tens of thousands of Russians crossed into Georgia after Moscow announced a partial mobilisation in September."],
    "other", "politics", 2, "georgia-residence-permits-russians-last-year", n="Migration of Russians fleeing mobilisation: consequence of the war, domestic -> other/politics (judgement)."),
  ]))

SEEDS.append(dict(id="2401", name="2401_ocmedia-tag", ext="html", source="OC Media", zone="Asia/Tbilisi", render=r_ocm,
  title="Russia-Ukraine war", lede="All our coverage of Russia's invasion of Ukraine and its consequences for the Caucasus.",
  fmt="HTML tag listing; cards with category link, h2, 'by Author', <time> '27 February 2023, 15:20'; newest card on the next local day",
  imitates="OC Media (Caucasus news platform) tag archive",
  notes="OC Media-style tag archive with six cards, newest first. Each card: category link, headline, 'by NAME', visible date+time ('27 February 2023, 15:20', Tbilisi UTC+4, with <time datetime> offset +04:00) and a short excerpt (1-2 paragraphs). The top card is printed '28 February 2023, 01:40' (local next day) = 27 Feb 21:40 UTC, so all six cards fall on UTC 27 Feb although the page shows two local dates. Category links ('Georgia', 'North Caucasus', 'Abkhazia') are chrome.",
  not_entries=["header logo, main nav, regional nav, 'Support us'", "archive title and description", "category links on each card", "share links on each card", "newsletter box", "'Older posts' pagination", "'Most read' aside", "footer"],
  entries=[
  E("2023-02-28 01:40", "Abkhazia's de facto authorities open recruitment office for Russian army",
    ["Officials in Sokhumi have opened a centre where residents can sign contracts to serve in the Russian army in Ukraine, local media reported late on Monday.",
     "Recruits were promised Russian salaries and a one-off bonus, according to a notice posted at the office."],
    "other", "frontline", 2, "abkhazia-russian-army-recruitment-office", a="Tamta Beridze", cat="Abkhazia",
    n="Recruitment/reinforcements for the front -> other/frontline. Printed local date is 28 Feb; UTC 27 Feb."),
  OFF("2023-02-27 21:05", "Ruling party allies submit 'foreign agents' bill to Georgian parliament",
    ["Two draft laws that would require organisations receiving more than a fifth of their funding from abroad to register as foreign agents were formally submitted to parliament on Monday.",
     "Critics have compared the drafts to legislation used in Russia to silence independent media."],
    "georgia-foreign-agents-bill-submitted", a="Levan Kipiani", cat="Georgia", n="Georgian domestic politics, not about the war."),
  E("2023-02-27 18:30", "Kadyrov says more Chechen units sent towards Bakhmut",
    ["Chechen leader Ramzan Kadyrov said on Monday that several hundred more fighters from Chechnya had been sent to the front near Bakhmut.",
     "The claims could not be independently verified."],
    "other", "frontline", 2, "kadyrov-chechen-units-bakhmut", a="Madina Tsurova", cat="North Caucasus"),
  E("2023-02-27 14:50", "Georgian PM says Tbilisi will not be drawn into the war",
    ["Prime Minister Irakli Garibashvili told a news conference on Monday that his government would not allow Georgia to be dragged into the war, accusing the opposition of wanting to open a second front.",
     "Opposition parties rejected the claim as an attempt to discredit them."],
    "other", "politics", 2, "garibashvili-no-second-front", a="Levan Kipiani", cat="Georgia", n="Domestic political statement about the war -> other/politics."),
  E("2023-02-27 11:15", "Tbilisi sends new convoy of humanitarian supplies to Ukraine",
    ["A convoy of trucks carrying generators, medicine and winter clothing left Tbilisi for Ukraine on Monday, the Georgian government said.",
     "It is the latest of several shipments Georgia has sent since the start of the invasion."],
    "aid", "aid", 2, "georgia-humanitarian-convoy-2023-02-27", a="Tamta Beridze", cat="Georgia"),
  E("2023-02-27 08:40", "Drone falls near oil depot in Russia's Krasnodar region",
    ["A drone came down near an oil depot in the Krasnodar region early on Monday, causing a fire that was quickly put out, regional authorities said.",
     "No one was hurt; officials did not say where the drone had been launched from."],
    "strikes", "strikes", 2, "krasnodar-oil-depot-drone-2023-02-27", a="Madina Tsurova", cat="North Caucasus"),
  ]))

SEEDS.append(dict(id="2402", name="2402_belsat-ukraine", ext="txt", source="Belsat", zone="Europe/Warsaw", render=r_belsat,
  title="Ukraine", fmt="plain text section scrape; author name GLUED to 'dd.mm.yyyy HH:MM' on the line under the headline; newest first",
  imitates="Belsat (Belarusian broadcaster, English site) section page",
  notes="Belsat English-style section page 'Ukraine', newest first. Under each headline the author's name is fused to the date and time with no space ('Hanna Sarokina12.04.2023 15:25'). Times are Warsaw local (CEST, UTC+2 in April; the outlet is based in Warsaw and prints no zone). The top post is dated 13.04.2023 00:50 local = 12 Apr 22:50 UTC, so all seven posts fall on UTC 12 Apr. Spelling 'Lukashenka' is the outlet's.",
  not_entries=["site name, tagline and language switcher", "section menu", "cookie line", "section heading 'Ukraine'", "'Read more' after each post", "donation appeal", "'Follow us on Telegram'", "'Load more', address and copyright"],
  entries=[
  E("2023-04-13 00:50", "Prigozhin claims Wagner controls most of Bakhmut",
    ["Wagner group founder Yevgeny Prigozhin said late on Wednesday that his fighters now held around four fifths of Bakhmut.",
     "Ukraine's military said its forces were still holding positions in the western part of the city."],
    "other", "frontline", 2, "prigozhin-claims-most-of-bakhmut-2023-04-12", a="Jauhien Kaval"),
  E("2023-04-12 21:35", "Kalinouski Regiment says two Belarusian volunteers killed near Bakhmut",
    ["The Kalinouski Regiment, a unit of Belarusian volunteers in the Ukrainian army, announced the deaths of two of its fighters in the Bakhmut area.",
     "Both men had left Belarus after the 2020 protests, the regiment said."],
    "other", "frontline", 2, "kalinouski-regiment-volunteers-killed-bakhmut", a="Jauhien Kaval", n="Same area as 2402-01 but a different event (must not merge)."),
  E("2023-04-12 18:10", "Belarusian railway worker detained on suspicion of sabotage",
    ["Belarus's KGB said it had detained a railway employee in the Homel region on suspicion of damaging signalling equipment used by trains carrying Russian military cargo.",
     "Rights defenders say dozens of people have been jailed for so-called rail partisan actions since 2022."],
    "other", "security", 2, "belarus-rail-sabotage-arrest-2023-04-12", a="Maryja Lenskaja"),
  E("2023-04-12 15:25", "Slovakia completes handover of MiG-29 fighters to Ukraine",
    ["Slovakia has delivered the last of the 13 MiG-29 fighter jets it pledged to Ukraine, the defence ministry in Bratislava said on Wednesday.",
     "Some of the aircraft will be used for spare parts, officials said."],
    "aid", "aid", 3, "slovakia-mig29-handover-complete", a="Hanna Sarokina", n="Delivery of fighter jets -> major aid, 3."),
  OFF("2023-04-12 12:40", "Number of political prisoners in Belarus passes 1,500, Viasna says",
    ["The human rights centre Viasna said on Wednesday that it now recognises more than 1,500 people in Belarus as political prisoners.",
     "Among them are several journalists and the organisation's own founder, Ales Bialiatski."],
    "belarus-political-prisoners-1500", a="Maryja Lenskaja", n="Belarusian repression, not about the war."),
  E("2023-04-12 09:05", "Russian strike on village in Zaporizhzhia region kills one",
    ["One civilian was killed and two were injured when Russian rockets hit a village in the Zaporizhzhia region overnight, the regional administration said.",
     "Several houses and a shop were damaged."],
    "strikes", "strikes", 2, "zaporizhzhia-village-strike-2023-04-12", a="Jauhien Kaval"),
  E("2023-04-12 06:30", "Lukashenka: Iskander systems from Russia in service with Belarusian army",
    ["Aliaksandr Lukashenka said the Iskander missile systems received from Russia were now on combat duty in Belarus.",
     "Moscow has said the systems are capable of carrying nuclear warheads."],
    "other", "security", 2, "belarus-iskander-on-duty", a="Hanna Sarokina", n="Weapons deployment in Belarus (not to a party for use in Ukraine) -> other/security (judgement)."),
  ]))

SEEDS.append(dict(id="2403", name="2403_eurasianet-rss", ext="xml", source="Eurasianet", zone="America/New_York", render=r_eurasianet,
  title="Eurasianet", fmt="RSS 2.0; pubDate with -0400; entity-escaped <p> HTML in <description>; dc:creator",
  imitates="Eurasianet (New York-based Caucasus/Central Asia outlet) RSS feed",
  notes="Eurasianet-style RSS 2.0 feed, newest first; pubDates carry -0400 (New York, EDT). Descriptions are entity-escaped HTML paragraphs. The oldest item is printed 'Thu, 27 Apr 2023 21:15:00 -0400' (local previous day) = 28 Apr 01:15 UTC, so all six items fall on UTC 28 Apr. Two items are off-beat (Armenia-Azerbaijan, Tajik mudslides).",
  not_entries=["channel title, link, self link, description, language, lastBuildDate", "guid values"],
  entries=[
  E("2023-04-28 17:30", "Kazakhstan tightens controls on re-exports to Russia",
    ["Kazakhstan's trade ministry said on Friday that it would require extra documents for shipments of electronics and machine parts bound for Russia, after Western governments warned about sanctions evasion.",
     "Officials in Astana have repeatedly said the country will not help Moscow get around the restrictions."],
    "diplomacy", "diplomacy", 2, "kazakhstan-re-export-controls-russia", a="Dana Ospanova", n="Sanctions enforcement -> diplomacy. Not the same story as 2403-05 (Kyrgyz trade data)."),
  E("2023-04-28 15:05", "Uzbek man who fought for Wagner jailed on return home",
    ["A court in the Tashkent region sentenced a migrant worker to five years in prison for serving as a mercenary with the Wagner group in Ukraine.",
     "Uzbekistan's authorities have warned citizens that taking part in foreign wars is a crime."],
    "other", "politics", 2, "uzbek-wagner-mercenary-jailed", a="Timur Rakhimov", n="Domestic court case -> other/politics (judgement)."),
  E("2023-04-28 11:20", "Russian missiles kill at least 20 in central Ukraine",
    ["A Russian missile attack before dawn on Friday destroyed part of an apartment building in Uman, killing at least 20 people, including children, Ukrainian officials said.",
     "Explosions were also reported in Kyiv and in the Dnipro region."],
    "strikes", "strikes", 3, "uman-missile-strike-2023-04-28", a="Gulnara Tokhtarova", n="Deadly strike -> 3."),
  OFF("2023-04-28 09:45", "Armenia protests as Azerbaijan sets up checkpoint on Lachin road",
    ["Yerevan said on Friday it would raise Azerbaijan's new checkpoint on the Lachin corridor at international courts.",
     "Baku says the post is needed to stop what it calls the smuggling of weapons."],
    "lachin-checkpoint-protest", a="Artur Sargsian", n="Armenia-Azerbaijan dispute, not Russia's war on Ukraine."),
  E("2023-04-28 07:10", "Kyrgyz exports to Russia jump, fuelling sanctions concerns",
    ["Kyrgyzstan's exports to Russia rose by more than half in the first quarter, customs data show, driven by goods that the country itself barely produces.",
     "Analysts say the figures point to re-exports of Western products that Russia can no longer buy directly."],
    "diplomacy", "diplomacy", 2, "kyrgyz-exports-russia-sanctions-concerns", a="Dana Ospanova", n="Sanctions evasion concern -> diplomacy (judgement)."),
  OFF("2023-04-27 21:15", "Tajikistan: mudslides leave hundreds without homes in Khatlon",
    ["Heavy rain triggered mudslides across several districts of Tajikistan's Khatlon province, destroying or damaging more than 200 houses, emergency officials said.",
     "No deaths have been reported."],
    "tajikistan-khatlon-mudslides", a="Timur Rakhimov", n="Natural disaster in Central Asia."),
  ]))

SEEDS.append(dict(id="2404", name="2404_koreatimes-topic", ext="txt", source="The Korea Times", zone="Asia/Seoul", render=r_koreatimes,
  title="Russia-Ukraine War", fmt="plain text topic page; 'By NAME' then 'Posted : yyyy-mm-dd HH:MM    Updated : ...' AFTER the body; spans two local dates",
  imitates="The Korea Times topic page",
  notes="Korea Times-style topic page, newest first. Each item: headline, lede paragraph(s), 'By NAME', then 'Posted : 2023-06-16 07:50    Updated : ...'. No zone printed: Korean time (KST, UTC+9) implied by the outlet. Posted times run from 15 Jun 09:20 to 16 Jun 08:20 KST = 15 Jun 00:20-23:20 UTC, so the two newest items carry the local date 16 Jun but belong to UTC 15 Jun. published uses Posted, not Updated. The stamp is the 'Posted : ...' part of the line. American spellings ('defense') are the outlet's.",
  not_entries=["masthead, account links and e-paper", "section menus", "topic heading", "'Updated : ...' parts of the stamp lines", "'Most Read' box and its two items", "'More', copyright and footer links"],
  entries=[
  E("2023-06-16 08:20", "NATO defense chiefs meet Ukraine's minister in Brussels",
    ["Defense ministers of NATO member states met Ukraine's Oleksii Reznikov in Brussels on Thursday to discuss the alliance's longer-term support ahead of next month's summit in Vilnius.",
     "Secretary General Jens Stoltenberg said allies would also agree on new plans to defend the alliance's eastern flank."],
    "diplomacy", "diplomacy", 2, "nato-defense-ministers-reznikov-brussels", a="Kang Tae-ryung", upd="2023-06-16 08:41"),
  E("2023-06-16 00:30", "Ukraine says troops advance in south, Russia claims attacks repelled",
    ["Ukraine's deputy defense minister Hanna Maliar said on Thursday that troops had pushed forward by several hundred meters near villages in the Zaporizhzhia region.",
     "Russia's defense ministry said its forces had repelled the attacks and destroyed a number of Western-supplied armored vehicles."],
    "other", "frontline", 2, "ukraine-southern-advance-2023-06-15", a="Baek Seung-hee", upd="2023-06-16 01:05"),
  E("2023-06-15 21:05", "Seoul denies shells sent to Ukraine through third countries",
    ["The defense ministry denied on Thursday a foreign media report that South Korean artillery shells had been shipped to Ukraine via third countries.",
     "Seoul maintains that it does not supply lethal weapons to countries at war."],
    "aid", "aid", 2, "seoul-denies-shell-shipments", a="Yoon Ha-jin", upd="2023-06-15 21:40"),
  E("2023-06-15 17:40", "Russian cruise missiles hit Odesa port warehouses",
    ["Russian cruise missiles struck warehouses in the port of Odesa overnight, killing three employees of a food company and injuring at least a dozen people, Ukrainian officials said Thursday.",
     "The southern command said four missiles were fired from warships in the Black Sea, and that one was shot down."],
    "strikes", "strikes", 3, "odesa-port-warehouse-missile-strike", a="Kang Tae-ryung", upd="2023-06-15 18:02", n="Deadly strike -> 3."),
  E("2023-06-15 14:15", "Korea to provide $130 million in humanitarian aid to Ukraine this year",
    ["The foreign ministry said on Thursday that Korea would provide $130 million in humanitarian support to Ukraine this year, up from about $100 million in 2022.",
     "The money will go to medical supplies, demining equipment and the reconstruction of schools, officials said."],
    "aid", "aid", 2, "korea-130m-humanitarian-aid-ukraine", a="Yoon Ha-jin", upd="2023-06-15 14:15"),
  OFF("2023-06-15 11:30", "SSG Landers stretch winning run to six games",
    ["The SSG Landers beat the Kia Tigers 5-2 on Wednesday night to extend their winning streak to six games and stay top of the KBO standings.",
     "Left-hander Kim Kwang-hyun allowed one run over seven innings."],
    "kbo-landers-winning-streak", a="Seo Ji-woon", upd="2023-06-15 11:30", n="Korean baseball."),
  E("2023-06-15 09:20", "IAEA chief heads to Zaporizhzhia nuclear plant after dam collapse",
    ["International Atomic Energy Agency chief Rafael Grossi was due on Thursday to visit the Russian-held Zaporizhzhia nuclear power plant to assess the impact of the Kakhovka dam's destruction on its cooling water.",
     "The plant draws water from the reservoir, which has dropped sharply since the dam was breached last week."],
    "other", "security", 2, "grossi-zaporizhzhia-visit-after-dam", a="Baek Seung-hee", upd="2023-06-15 10:02", n="Nuclear safety at an occupied plant -> other/security (judgement)."),
  ]))

SEEDS.append(dict(id="2405", name="2405_gmanews-topic", ext="html", source="GMA News", zone="Asia/Manila", render=r_gma,
  title="Russia-Ukraine war", fmt="HTML topic page; JSON-LD @graph of NewsArticle items (&#039; entities); visible 'Published' + 'June 29, 2023 8:35pm'; spans two local dates",
  imitates="GMA News Online (Philippines) topic page",
  notes="GMA News-style topic page with six story cards, newest first. Each card: headline, byline, 'Published' label and 'June 29, 2023 8:35pm'-style time (Philippine time, UTC+8, implied by the outlet; JSON-LD datePublished carries +08:00 and agrees). JSON-LD strings escape apostrophes as &#039; (headline 'Russia&#039;s General ...'); the visible headline is the reference. The top card is dated June 30, 2023 6:45am local = 29 Jun 22:45 UTC; all six fall on UTC 29 Jun. 2405-01 and 2405-03 are the same story (Kramatorsk restaurant strike): the DFA statement is about the attack itself.",
  not_entries=["header logo, nav, 'LIVE' link", "topic heading", "'Published' labels", "share rows", "'ADVERTISEMENT'", "'Trending' aside", "newsletter box", "footer"],
  entries=[
  E("2023-06-30 06:45", "Kramatorsk restaurant strike death toll rises to 13",
    ["The number of people killed by a Russian missile that hit a crowded pizza restaurant in Kramatorsk rose to 13, including three teenagers, Ukrainian emergency services said on Thursday.",
     "Ukraine's security service said it had detained a local man suspected of passing information about the restaurant to Russian forces."],
    "strikes", "strikes", 3, "kramatorsk-restaurant-missile-strike-2023-06", a="Joanna Reyes-Lim", n="Deadly strike, rising toll -> 3."),
  E("2023-06-29 22:20", "Russia's General Surovikin not seen since mutiny, reports say",
    ["General Sergei Surovikin, the deputy commander of Russia's forces in Ukraine, has not appeared in public since the Wagner group's short-lived mutiny last weekend, according to several Russian media outlets.",
     "The Kremlin declined to comment on reports that he had been detained."],
    "other", "politics", 2, "surovikin-missing-after-mutiny", a="Carlo Mendoza"),
  E("2023-06-29 19:05", "DFA: No Filipinos among Kramatorsk casualties",
    ["The Department of Foreign Affairs said on Thursday that no Filipino was hurt in the missile strike on a restaurant in Kramatorsk earlier this week.",
     "The Philippine embassy in Warsaw, which covers Ukraine, said it remained in contact with the around 30 Filipinos still living in the country."],
    "strikes", "strikes", 2, "kramatorsk-restaurant-missile-strike-2023-06", a="Joanna Reyes-Lim", n="Official statement about the Kramatorsk attack itself -> same story as 2405-01; local angle, 2."),
  E("2023-06-29 15:40", "Zelensky presses for clear NATO invitation at Vilnius summit",
    ["Ukrainian President Volodymyr Zelensky said on Thursday that Kyiv expected a clear signal on its future membership when NATO leaders meet in Vilnius next month.",
     "He said without such a signal the summit would be a missed opportunity."],
    "diplomacy", "diplomacy", 2, "zelensky-nato-invitation-vilnius", a="Carlo Mendoza"),
  OFF("2023-06-29 11:15", "PAGASA monitors low pressure area east of Mindanao",
    ["The state weather bureau said a low pressure area east of Mindanao could develop into a tropical depression within two days.",
     "It is not expected to make landfall, but may bring scattered rain to parts of the Visayas."],
    "pagasa-low-pressure-mindanao", a="Ria Santos", n="Philippine weather."),
  E("2023-06-29 08:35", "US readying new Ukraine military aid package of up to $500 million",
    ["Washington is preparing a new package of weapons for Ukraine worth up to $500 million, including armored vehicles and munitions for air defense systems, two American officials said.",
     "The announcement could come as early as next week."],
    "aid", "aid", 3, "us-500m-aid-package-2023-06", a="Carlo Mendoza", n="Major aid package -> 3."),
  ]))

SEEDS.append(dict(id="2406", name="2406_dhakatribune-keyevents", ext="txt", source="Dhaka Tribune", zone="Asia/Dhaka", render=r_dhaka,
  title="Russia-Ukraine war: List of key events, day 533", standfirst="Here is where things stand on Thursday, August 10, 2023.",
  pub="2023-08-10 21:40", upd="10 Aug 2023, 09:58 PM",
  fmt="plain text article; 'key events' bullets under three subheads, EACH BULLET ONE ENTRY (no headline, no stamp); 'Publish : 10 Aug 2023, 09:40 PM'",
  imitates="Dhaka Tribune world page (key-events list article)",
  notes="Dhaka Tribune-style 'list of key events' article. The seven bullet paragraphs under the subheads 'Fighting', 'Politics and diplomacy' and 'Weapons and aid' are the entries (one event each); they have no headline (null) and no own stamp (null). published = the article's 'Publish : 10 Aug 2023, 09:40 PM' (Dhaka time, UTC+6, implied by the outlet) = 15:40 UTC; the 'Update' time is ignored. Author = the byline 'Tribune Desk' for every bullet. The bullets are not a Key Points block over other posts, so key_point is false; importance is by content. Each bullet is a single paragraph.",
  not_entries=["masthead, Bangla/e-paper links and section menu", "breadcrumb 'World / Europe'", "article title and standfirst", "byline line 'Tribune Desk' (author)", "'Publish :' and 'Update :' lines", "'Follow us on Google News'", "photo caption", "subheads 'Fighting', 'Politics and diplomacy', 'Weapons and aid'", "topics line, share line", "'Related News' and its link", "copyright"],
  entries=[
  E("2023-08-10 21:40", None, ["A Russian missile attack on the city of Zaporizhzhia killed at least two people and damaged a hotel, a church and several homes, according to regional officials."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2023-08-10", a="Tribune Desk", sec_head="Fighting", n="Deadly strike -> 3."),
  E("2023-08-10 21:40", None, ["Ukraine's military said its troops had made small gains south of Bakhmut, while Russian forces were attacking near Kupiansk in the northeast."],
    "other", "frontline", 2, "frontline-bakhmut-kupiansk-2023-08-10", a="Tribune Desk", sec_head="Fighting"),
  E("2023-08-10 21:40", None, ["Russia's defence ministry said air defences had shot down two drones approaching Moscow, with debris falling in the city's outskirts and causing no casualties."],
    "strikes", "strikes", 2, "moscow-drones-downed-2023-08-10", a="Tribune Desk", sec_head="Fighting"),
  E("2023-08-10 21:40", None, ["Turkish President Recep Tayyip Erdogan said he would discuss reviving the Black Sea grain deal with Vladimir Putin, whom he expects to meet in the coming weeks."],
    "diplomacy", "diplomacy", 2, "erdogan-putin-grain-deal-talks-2023-08", a="Tribune Desk", sec_head="Politics and diplomacy"),
  E("2023-08-10 21:40", None, ["Poland said it would move more troops to its border with Belarus, citing the presence of Wagner fighters in the neighbouring country."],
    "other", "security", 2, "poland-belarus-border-troops-wagner", a="Tribune Desk", sec_head="Politics and diplomacy"),
  E("2023-08-10 21:40", None, ["US President Joe Biden asked Congress for $24 billion in extra funding linked to Ukraine, including money for weapons and humanitarian help."],
    "aid", "aid", 3, "biden-24bn-ukraine-funding-request", a="Tribune Desk", sec_head="Weapons and aid", n="Major funding request -> 3."),
  E("2023-08-10 21:40", None, ["Germany's government said it had not yet decided whether to send Taurus cruise missiles to Ukraine."],
    "aid", "aid", 2, "germany-taurus-undecided-2023-08", a="Tribune Desk", sec_head="Weapons and aid"),
  ]))

SEEDS.append(dict(id="2407", name="2407_tehrantimes-rdf", ext="xml", source="Tehran Times", zone="Asia/Tehran", render=r_tehran,
  title="Tehran Times - International", fmt="RSS 1.0 (RDF); dc:date ISO with +03:30; CDATA paragraphs; dc:creator on some items",
  imitates="Tehran Times RSS 1.0 feed",
  notes="Tehran Times-style RSS 1.0 (rdf:RDF) feed, items in rdf:Seq order, newest first. dc:date carries the Iran offset +03:30 (no DST since 2022). The newest item is dated 2023-08-30T01:05:00+03:30 (local next day) = 29 Aug 21:35 UTC; all six items are on UTC 29 Aug. Items without dc:creator have author null. Two off-beat items (Iranian football, BRICS membership).",
  not_entries=["channel title, link, description", "rdf:Seq item list (links only)"],
  entries=[
  E("2023-08-30 01:05", "Drones hit airfield in Russia's Pskov, several transport planes damaged",
    ["Drones attacked a military airfield in the Russian city of Pskov late on Tuesday, setting four Il-76 transport aircraft on fire, the regional governor and Russian media said.",
     "The Pskov region borders Estonia and Latvia, several hundred kilometres from Ukraine."],
    "strikes", "strikes", 3, "pskov-airfield-drone-attack-2023-08-29", n="Large strike deep in Russia -> 3."),
  E("2023-08-29 21:40", "Tehran dismisses Kyiv's claims over drone deliveries to Russia",
    ["Iran's foreign ministry spokesman Nasser Kanaani rejected on Tuesday what he called baseless claims that Iran continues to supply drones to Russia for use in Ukraine.",
     "He said Tehran's position on the war had not changed and called for talks between the two sides."],
    "aid", "aid", 2, "iran-denies-drone-supplies-russia", a="Mohammad Rezaei", sec=["diplomacy"], n="Denial about arms transfers to Russia -> aid (to-Russia), secondary diplomacy."),
  OFF("2023-08-29 17:15", "Persepolis open league campaign with win over Sepahan",
    ["Defending champions Persepolis began their Persian Gulf Pro League season with a 2-1 victory over Sepahan in Tehran.",
     "Both goals came in the second half."],
    "persepolis-sepahan-league-opener", n="Iranian football."),
  E("2023-08-29 13:50", "Moscow says aircraft destroyed Ukrainian boats in Black Sea",
    ["Russia's defence ministry said on Tuesday that a naval aviation aircraft had destroyed four Ukrainian boats carrying special forces in the Black Sea.",
     "Kyiv did not comment on the claim."],
    "strikes", "strikes", 2, "black-sea-boats-destroyed-claim-2023-08-29"),
  E("2023-08-29 10:30", "Kremlin: Putin and Erdogan to meet soon to discuss grain corridor",
    ["Kremlin spokesman Dmitry Peskov said on Tuesday that preparations were under way for a meeting between Vladimir Putin and Turkish President Recep Tayyip Erdogan.",
     "He said the grain deal would be on the agenda, but gave no date."],
    "diplomacy", "diplomacy", 2, "putin-erdogan-meeting-preparations", a="Ali Karimi"),
  OFF("2023-08-29 07:55", "Iran prepares for full BRICS membership next year",
    ["Iranian officials said preparations were under way for the country to join the BRICS group as a full member from January.",
     "The bloc invited six new countries at its summit in Johannesburg last week."],
    "iran-brics-membership", a="Ali Karimi", n="Iranian foreign policy unrelated to the war."),
  ]))

SEEDS.append(dict(id="2408", name="2408_globaltimes-column", ext="html", source="Global Times", zone="Asia/Shanghai", render=r_globaltimes,
  title="RUSSIA-UKRAINE CONFLICT", fmt="HTML column listing; 'By NAME' + 'Published: Oct 19, 2023 10:41 PM'; curly quotes as &rsquo; entities; spans two local dates",
  imitates="Global Times column page",
  notes="Global Times-style column listing, newest first. Each item: headline link, 'By NAME Published: Oct 19, 2023 10:41 PM' (Beijing time, UTC+8, implied by the outlet), a short summary. Apostrophes are written as &rsquo; entities in the HTML (decoded: U+2019 in headline and first sentence). The newest item is 'Published: Oct 20, 2023 01:12 AM' (local next day) = 19 Oct 17:12 UTC; all six are on UTC 19 Oct. The stamp is the whole 'Published: ...' span. 'By Global Times' is taken as the author where printed.",
  not_entries=["header logo and nav", "column title", "share boxes", "'RELATED ARTICLES:' line and link", "footer and licence number"],
  entries=[
  E("2023-10-20 01:12", "Russia warns of response after Ukraine\u2019s first use of ATACMS",
    ["Moscow said on Thursday it would respond to what it called a dangerous escalation after Ukraine used US-supplied ATACMS missiles to strike two Russian-held airfields.",
     "Chinese experts said the move would prolong the conflict and increase the risk of escalation."],
    "strikes", "strikes", 2, "ukraine-first-atacms-use-reaction", a="Liu Xinwen", sec=["diplomacy"], n="Official reaction whose subject is the ATACMS strikes -> strikes (judgement)."),
  E("2023-10-19 22:41", "White House aid request for Israel and Ukraine expected to exceed $100b",
    ["The Biden administration is expected to ask Congress for more than $100 billion to fund aid for Israel and Ukraine as well as border security, US media reported.",
     "Chinese analysts said the request would face resistance from Republican lawmakers."],
    "aid", "aid", 3, "us-100bn-aid-request-israel-ukraine", a="Zhao Yuyang", n="Major funding decision -> 3."),
  E("2023-10-19 19:30", "Russian forces intensify assault near Avdiivka",
    ["Fighting around the Ukrainian-held town of Avdiivka intensified on Thursday, with Russian forces pressing attacks from the north and south, according to both sides.",
     "Ukraine\u2019s military said it had repelled more than a dozen assaults."],
    "other", "frontline", 2, "avdiivka-assault-2023-10-19", a="Liu Xinwen"),
  OFF("2023-10-19 16:05", "China\u2019s economy grows 4.9% in third quarter, beating expectations",
    ["China\u2019s GDP grew 4.9 percent year-on-year in the third quarter, data from the National Bureau of Statistics showed, above many forecasts.",
     "Retail sales and industrial output also improved in September."],
    "china-q3-gdp-2023", a="Global Times", n="Chinese economy."),
  E("2023-10-19 11:20", "Chinese envoy says door to peace talks must stay open",
    ["China\u2019s special envoy for Eurasian affairs Li Hui said that all parties should create conditions for peace talks and avoid steps that escalate the crisis.",
     "He made the remarks during a meeting with foreign diplomats in Beijing."],
    "diplomacy", "diplomacy", 2, "li-hui-peace-talks-remarks", a="Zhao Yuyang"),
  E("2023-10-19 08:50", "Russian missiles damage homes in Zaporizhzhia",
    ["A Russian missile attack on Zaporizhzhia overnight damaged several residential buildings and injured at least four people, Ukrainian officials said.",
     "Russia has not commented on the strike."],
    "strikes", "strikes", 2, "zaporizhzhia-missile-strike-2023-10-19", a="Liu Xinwen"),
  ]))

SEEDS.append(dict(id="2409", name="2409_ynetnews-live", ext="html", source="Ynetnews", zone="Asia/Jerusalem", render=r_ynet,
  title="Israeli foreign minister in Kyiv as Russia fires missiles across Ukraine", ref="2023-02-16 22:05", url="https://www.ynetnews.com/article/live-ukraine-cohen",
  fmt="HTML live; visible RELATIVE stamps ('35 minutes ago', '9 hours ago') against the printed 'Updated: 02.16.23, 22:05'; LiveBlogPosting JSON-LD with exact +02:00 times; Key Points",
  imitates="Ynetnews live updates page",
  notes="Ynetnews-style live page, newest first. Visible stamps are relative ('35 minutes ago', '3 hours ago', ...) and resolve against the printed 'Updated: 02.16.23, 22:05' (US-style month.day.year, Israel time UTC+2 in February); the LiveBlogPosting JSON-LD gives the same times exactly (+02:00) and escapes quotes/apostrophes as &quot;/&#39;. Key Points box lists two headlines (2409-04, 2409-05). Reporter name under each headline. Two stories with two entries each: Cohen's visit (01, 04) and the 16 Feb missile barrage (03, 05, 07).",
  not_entries=["header and nav", "'LIVE' badge", "page title", "'Updated: 02.16.23, 22:05' line", "'Key Points' heading (its items are entry headlines)", "share rows", "app download promo", "footer"],
  entries=[
  E("2023-02-16 21:30", "Cohen leaves Kyiv, says Israel will help develop early-warning system",
    ["Foreign Minister Eli Cohen left Kyiv on Thursday evening after a visit of several hours, saying Israel would help Ukraine build a system to warn civilians of incoming missiles.",
     "He did not announce any change in Israel's policy of not supplying weapons."],
    "diplomacy", "diplomacy", 3, "cohen-kyiv-visit-2023-02-16", a="Noa Halperin", pid="b1", sec=["aid"], n="Ministerial visit -> 3."),
  E("2023-02-16 19:05", "Jewish Agency: 1,200 new immigrants from Ukraine since start of year",
    ["More than 1,200 people have immigrated to Israel from Ukraine since January, the Jewish Agency said on Thursday.",
     "Most arrived through Moldova and Poland, as flights from Ukraine remain suspended."],
    "other", "humanitarian", 2, "jewish-agency-ukraine-immigrants-2023", a="Yoav Tzur", pid="b2"),
  E("2023-02-16 17:05", "Ukraine's air force: 16 of 36 missiles shot down",
    ["Ukraine's air force said Russia fired 36 missiles at targets across the country on Thursday morning and that 16 of them were intercepted.",
     "It said fewer missiles were shot down than in previous attacks because many were launched from the Black Sea at low altitude."],
    "strikes", "strikes", 3, "russian-missile-barrage-2023-02-16", a="Yoav Tzur", pid="b3"),
  E("2023-02-16 13:05", "Cohen reopens Israeli embassy in Kyiv",
    ["Eli Cohen on Thursday officially reopened Israel's embassy in Kyiv, becoming the first Israeli minister to visit Ukraine since the Russian invasion.",
     "He laid a wreath at Babyn Yar and visited the town of Bucha before meeting Zelensky."],
    "diplomacy", "diplomacy", 3, "cohen-kyiv-visit-2023-02-16", a="Noa Halperin", pid="b4", kp=True),
  E("2023-02-16 10:05", "Missiles hit oil refinery in Kremenchuk, plant in Pavlohrad",
    ["Russian missiles struck the oil refinery in Kremenchuk and an industrial plant in Pavlohrad in the morning barrage, Ukrainian officials said.",
     "In Pavlohrad, at least eight people were injured and several homes damaged, the regional governor said."],
    "strikes", "strikes", 3, "russian-missile-barrage-2023-02-16", a="Yoav Tzur", pid="b5", kp=True),
  OFF("2023-02-16 08:05", "Shekel weakens as judicial overhaul protests continue",
    ["The shekel fell to its lowest level against the dollar in almost three years on Thursday morning, as protests against the government's judicial overhaul continued.",
     "Economists warned that foreign investors were growing wary."],
    "shekel-judicial-overhaul", a="Noa Halperin", pid="b6", n="Israeli economy and politics."),
  E("2023-02-16 06:05", "Air raid sirens across Ukraine as Russia launches new missile wave",
    ["Air raid alerts sounded across Ukraine early on Thursday as Russia launched a new wave of missiles, local authorities said.",
     "Explosions were reported in the Lviv, Dnipro and Kirovohrad regions."],
    "strikes", "strikes", 3, "russian-missile-barrage-2023-02-16", a="Yoav Tzur", pid="b7"),
  ]))


# =============================================================== PART B, day 1: 2023-02-10 (UTC)
SEEDS.append(dict(id="2420", name="2420_axbridge-textlive", ext="txt", source="Axbridge Daily", zone="Europe/London", render=r_axbridge,
  title="Ukraine war live: Russia launches wave of missiles at energy sites", dateline="Friday 10 February 2023",
  fmt="text live, OLDEST first, '2.35pm'-style stamp line before the headline, Key Points bullets, 'Posted by NAME' after body",
  imitates="invented UK daily (text live blog)",
  notes="Invented UK outlet's text live blog for Friday 10 Feb 2023, oldest first. Stamp line ('5.50am', '2.10pm') before each headline; 'All times GMT' = UTC in February. Key Points lists three headlines (2420-02, -03, -08). 2420-04 is a video teaser with no body. 2420-07 ('Recap: ...') repeats 2420-02 nearly verbatim (duplicate_of 2420-02). 'Posted by NAME' after the body gives the author.",
  not_entries=["masthead and menu", "page title", "date line and 'All times GMT'", "'Key Points' heading and its three bullets (they are headlines of entries)", "'Our coverage runs oldest first...' note", "'Posted by' lines (author)", "'Share this update' lines", "'Advertisement'", "'Read more:' photo-essay link", "'Load earlier updates', newsletter line and copyright"],
  entries=[
  E("2023-02-10 05:50", "Air raid alerts sound across Ukraine before dawn",
    ["Air raid alerts were declared across all of Ukraine early on Friday as Russia began what officials described as a large missile attack.",
     "Residents of Kyiv were told to stay in shelters."],
    "strikes", "strikes", 3, "missile-barrage-2023-02-10", a="Lucy Farrant", n="Start of the main story of the day (barrage), carried by all four day-1 seeds."),
  E("2023-02-10 08:15", "Russia fires more than 70 missiles at Ukraine in morning barrage",
    ["Russia launched more than 70 missiles at Ukraine on Friday morning, targeting power plants and substations in several regions, Ukraine's commander-in-chief said.",
     "Power cuts were reported in Kharkiv, Khmelnytskyi and Zaporizhzhia, where the city council said 17 strikes had been recorded in one hour.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 3, "missile-barrage-2023-02-10", a="Lucy Farrant", kp=True),
  E("2023-02-10 09:40", "Moldova summons Russian envoy after missile crosses its skies",
    ["Moldova's foreign ministry has summoned Russia's ambassador after a Russian cruise missile flew through Moldovan airspace on its way to Ukraine.",
     "Foreign Minister Nicu Popescu called the overflight an unacceptable violation of the country's sovereignty."],
    "diplomacy", "diplomacy", 3, "moldova-summons-russian-envoy-missile-airspace", a="Tom Keswick", kp=True, sec=["strikes"],
    n="Diplomatic protest about the overflight: its own story, separate from the barrage (must not merge). Re-posted on day 2 by 2432-01."),
  E("2023-02-10 11:20", "Watch: Firefighters tackle blaze at Kharkiv power facility", [],
    "strikes", "strikes", 1, "missile-barrage-2023-02-10", n="Video teaser without body -> 1."),
  E("2023-02-10 12:35", "Wagner chief claims capture of village north of Bakhmut",
    ["Yevgeny Prigozhin, the head of the Wagner mercenary group, said his fighters had taken a village north of Bakhmut after days of fighting.",
     "Ukraine's military did not confirm the claim and said its forces had repelled attacks in the area."],
    "other", "frontline", 2, "wagner-claims-village-north-of-bakhmut-2023-02-10", a="Tom Keswick"),
  E("2023-02-10 14:10", "Ukrenergo orders emergency blackouts after strikes",
    ["Ukraine's national grid operator Ukrenergo said emergency power cuts had been introduced in most regions after the strikes damaged high-voltage facilities.",
     "The company said thermal and hydroelectric plants had been hit in the east, west and south of the country."],
    "strikes", "strikes", 3, "missile-barrage-2023-02-10", a="Lucy Farrant", sec=["humanitarian"], n="Direct aftermath of the barrage -> same story."),
  E("2023-02-10 15:45", "Recap: Russia fires more than 70 missiles at Ukraine in morning barrage",
    ["Russia launched more than 70 missiles at Ukraine this morning, targeting power plants and substations in several regions, Ukraine's commander-in-chief said.",
     "Power cuts were reported in Kharkiv, Khmelnytskyi and Zaporizhzhia, where the city council said 17 strikes had been recorded in one hour.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 1, "missile-barrage-2023-02-10", a="Lucy Farrant", dup="2420-02", n="Near-verbatim repeat of 2420-02 ('Recap:' prefix, 'this morning' for 'on Friday morning')."),
  E("2023-02-10 17:30", "Kherson: two killed as shells hit city centre",
    ["Two people were killed and five wounded when Russian shells landed in the centre of Kherson on Friday afternoon, the regional governor said.",
     "A bus stop and a pharmacy were among the buildings hit."],
    "strikes", "strikes", 3, "kherson-shelling-2023-02-10", a="Tom Keswick", kp=True, n="Separate attack from the missile barrage (must not merge). Toll grown from one (2421-04) to two."),
  E("2023-02-10 19:05", "Netherlands pledges extra funds for ammunition for Ukraine",
    ["The Dutch government said it would set aside a further €100m to buy artillery ammunition for Ukraine, Defence Minister Kajsa Ollongren announced.",
     "The money will go into a fund run jointly with other European countries."],
    "aid", "aid", 3, "netherlands-ammunition-fund-2023-02-10", a="Tom Keswick", n="Carried by 2420 and 2421 -> 3. Not the Canadian package 2421-02 (must not merge)."),
  ]))

SEEDS.append(dict(id="2421", name="2421_dunsford-ldlive", ext="html", source="Dunsford Live", zone="Europe/Kyiv", render=r_dunsford,
  title="Russia's war against Ukraine: live updates, day 352", url="https://dunsford.example/live/2023-02-10",
  lede="Russia hits energy facilities across Ukraine; shelling in Kherson; Moldova protests over missile.",
  dateline="Friday, 10 February 2023. Kyiv time (UTC+2).",
  fmt="HTML live, newest first, LiveBlogPosting JSON-LD with per-update +02:00 times and authors; visible <time> HH:MM; author line under h2",
  imitates="invented Kyiv-based English outlet (HTML live blog)",
  notes="Invented Kyiv outlet's HTML live page for 10 Feb 2023 (day 352), newest first. Visible stamps 'HH:MM' in <time datetime=...+02:00>; the dateline says Kyiv time (UTC+2). JSON-LD LiveBlogPosting carries each update with its own datePublished (agrees with the visible times) and author. Spelling 'Zaporizhia' in 2421-05 is the outlet's.",
  not_entries=["header brand, nav, 'Support us'", "page title, standfirst, dateline", "share buttons", "newsletter box", "'Related' aside", "footer"],
  entries=[
  E("2023-02-10 22:10", "Ukrainian military: Russian forces keep up pressure on Vuhledar",
    ["Russian troops continued to attack Ukrainian positions around Vuhledar in the Donetsk region on Friday but suffered heavy losses, a spokesperson for Ukraine's eastern forces said.",
     "He said more than 30 Russian armoured vehicles had been destroyed near the town this week."],
    "other", "frontline", 2, "vuhledar-fighting-2023-02-10", a="Iryna Bodnar"),
  E("2023-02-10 20:30", "Canada announces sniper rifles and ammunition for Ukraine",
    ["Canada will send sniper rifles, night-vision equipment and more than a million rounds of ammunition to Ukraine, Defence Minister Anita Anand said.",
     "The package is worth about 40 million Canadian dollars, she said."],
    "aid", "aid", 2, "canada-rifles-ammunition-2023-02-10", a="Serhii Tkachuk", n="Different donor and package from the Dutch ammunition funds (must not merge)."),
  E("2023-02-10 19:05", "The Netherlands adds €100m to ammunition fund",
    ["The Netherlands will put another 100 million euros into a joint European fund that buys artillery shells for the Ukrainian army, Dutch defence minister Kajsa Ollongren wrote on Twitter.",
     "She said Ukraine needed ammunition more urgently than anything else."],
    "aid", "aid", 3, "netherlands-ammunition-fund-2023-02-10", a="Serhii Tkachuk"),
  E("2023-02-10 17:40", "One killed as Russian shelling hits Kherson",
    ["Russian artillery hit central Kherson on Friday afternoon, killing one person and wounding several others, according to the head of the regional military administration.",
     "Rescuers were still working at the scene."],
    "strikes", "strikes", 3, "kherson-shelling-2023-02-10", a="Iryna Bodnar"),
  E("2023-02-10 14:25", "Air force: 61 of 71 cruise missiles shot down",
    ["Ukraine's air defence destroyed 61 of the 71 cruise missiles Russia fired on Friday, as well as five attack drones, Commander-in-Chief Valerii Zaluzhnyi said.",
     "He said Russia also used S-300 missiles against Zaporizhia and Kharkiv regions, which are almost impossible to intercept."],
    "strikes", "strikes", 3, "missile-barrage-2023-02-10", a="Iryna Bodnar"),
  E("2023-02-10 11:50", "Chisinau calls in Moscow's ambassador over airspace breach",
    ["Moldova summoned the Russian ambassador in Chisinau on Friday after Ukraine's military said a Russian missile launched from the Black Sea had crossed Moldovan and Romanian airspace.",
     "Romania's defence ministry later said the missile had not entered Romanian airspace, passing about 35 kilometres from the border."],
    "diplomacy", "diplomacy", 3, "moldova-summons-russian-envoy-missile-airspace", a="Serhii Tkachuk", sec=["strikes"]),
  E("2023-02-10 08:30", "Missiles and drones hit energy facilities in several regions",
    ["Russian missiles and Iranian-made drones struck energy infrastructure in at least six regions on Friday morning, regional officials said.",
     "In Kharkiv, Mayor Ihor Terekhov reported a series of explosions and said critical infrastructure had been hit."],
    "strikes", "strikes", 3, "missile-barrage-2023-02-10", a="Iryna Bodnar"),
  ]))

SEEDS.append(dict(id="2422", name="2422_elsworth-worldatom", ext="xml", source="Elsworth International News", zone="UTC", render=r_atom, utc=True,
  title="Elsworth International News \u2014 World", desc="Top stories from around the world", link="https://elsworth-news.example/world",
  fmt="Atom 1.0, <published> in Z (UTC), CDATA html content, no authors; general world feed (5 of 7 off-beat)",
  imitates="invented international news service (general world Atom feed)",
  notes="Invented general world-news Atom feed, newest first, times in UTC (Z). Only two of seven entries concern the war (the barrage, Moldova's protest); the rest are off-beat (Turkey-Syria earthquake, Alaska object, Lula-Biden, Six Nations, Bank of Japan nominee). No authors.",
  not_entries=["feed title, subtitle, link, id, updated", "category terms"],
  entries=[
  OFF("2023-02-10 21:55", "Quake toll passes 24,000 as rescuers find more survivors",
    ["The number of people confirmed dead after Monday's earthquakes in Turkey and Syria rose above 24,000 on Friday, as rescue teams pulled several survivors from the rubble more than 100 hours after the first tremor.",
     "Aid convoys reached opposition-held areas of north-west Syria through the Bab al-Hawa crossing."],
    "turkey-syria-earthquake-2023-02-10", n="Turkey-Syria earthquake."),
  OFF("2023-02-10 20:20", "US fighter jet shoots down object over Alaska",
    ["A US fighter jet shot down an unidentified high-altitude object over Alaska on Friday on President Joe Biden's orders, the White House said.",
     "Officials said the object was about the size of a small car and posed a threat to civilian flights."],
    "alaska-object-shot-down", n="US airspace incident."),
  E("2023-02-10 18:40", "Moldova protests to Moscow after missile overflight",
    ["Moldova said a Russian missile had crossed its territory during Friday's attack on Ukraine and summoned Russia's ambassador to protest.",
     "Russia's embassy did not immediately comment."],
    "diplomacy", "diplomacy", 3, "moldova-summons-russian-envoy-missile-airspace", sec=["strikes"], cat="Europe"),
  OFF("2023-02-10 16:05", "Lula meets Biden at the White House",
    ["Brazilian President Luiz Inacio Lula da Silva met Joe Biden in Washington on Friday, with climate change and the protection of the Amazon at the top of the agenda.",
     "The two leaders also discussed the attack on Brazil's government buildings in January."],
    "lula-biden-white-house", n="Brazil-US relations."),
  E("2023-02-10 13:30", "Dozens of Russian missiles target Ukraine's power grid",
    ["Russia fired dozens of missiles and drones at Ukraine on Friday in its latest attempt to cripple the country's energy system, triggering blackouts in several cities.",
     "One person was reported injured in the Khmelnytskyi region; Ukraine's air force said most missiles were intercepted."],
    "strikes", "strikes", 3, "missile-barrage-2023-02-10", cat="Europe"),
  OFF("2023-02-10 10:10", "Scotland name unchanged side to face Wales",
    ["Scotland head coach Gregor Townsend named an unchanged starting line-up for Saturday's Six Nations match against Wales at Murrayfield.",
     "Scotland beat England at Twickenham in their opening game."],
    "six-nations-scotland-team-wales", n="Rugby.", cat="Sport"),
  OFF("2023-02-10 07:45", "Japan set to name economist Kazuo Ueda as central bank chief",
    ["Japan's government plans to nominate academic Kazuo Ueda as the next governor of the Bank of Japan, local media reported on Friday.",
     "The choice surprised markets, which had expected a long-serving insider."],
    "boj-governor-ueda-nomination", n="Japanese monetary policy.", cat="Business"),
  ]))

SEEDS.append(dict(id="2423", name="2423_fairlight-article", ext="txt", source="Fairlight Post", zone="Europe/London", render=r_textarticle,
  title="Russia's February barrage: another day in the dark for Ukraine",
  head=["Fairlight Post", "News   World   Europe   Opinion   Culture   Lifestyle", "", "Russia's February barrage: another day in the dark for Ukraine", "",
        "Energy sites across the country were hit again on Friday. We look at what happened, why the grid is the target, and what Kyiv is asking for.", "",
        "Miles Ashdown", "Fri 10 Feb 2023 18.20 GMT", "Share on Facebook   Share on Twitter   Share via Email", ""],
  foot=["Topics", "Ukraine   Russia   Europe", "", "Reuse this content", "Most viewed", "© 2023 Fairlight Post"],
  fmt="text article with 3 section headings; one entry per section; stamp null; dateline 'Fri 10 Feb 2023 18.20 GMT'",
  imitates="invented UK newspaper (text article with sections)",
  notes="Invented UK newspaper article scrape with three section headings; each section is one entry (headline = section heading), stamp null, published = the article dateline 'Fri 10 Feb 2023 18.20 GMT' (UTC). Byline 'Miles Ashdown' (own line above the dateline) is every section's author. Section 2 is a theme/analysis piece (own story, importance 2); section 3 is Zelensky's appeal for jets (own story, not the barrage).",
  not_entries=["masthead and menu", "article title (= page_title)", "standfirst", "byline and dateline lines", "share line", "'Advertisement'", "'Topics' block, 'Reuse this content', 'Most viewed', copyright"],
  entries=[
  E("2023-02-10 18:20", "From Lviv to Kharkiv, a morning of explosions",
    ["Russia's latest mass missile attack struck energy facilities from the far west of Ukraine to the Kharkiv region on Friday, forcing emergency blackouts across much of the country.",
     "By the evening officials said one woman had been killed in the Khmelnytskyi region and at least seven people injured elsewhere.",
     "In Zaporizhzhia, the city council counted 17 hits in an hour by S-300 missiles, which Ukraine's air defences cannot easily stop."],
    "strikes", "strikes", 3, "missile-barrage-2023-02-10", a="Miles Ashdown", n="Toll has grown by evening (one dead, seven injured)."),
  E("2023-02-10 18:20", "Why the grid is still the target",
    ["Since October Russia has attacked Ukraine's power system in waves roughly every one to two weeks, aiming, analysts say, to wear down both the grid and the population's morale.",
     "Engineers have become faster at repairing substations, but spare transformers are running short, and each new barrage forces them to start again.",
     "Western officials believe Moscow is also trying to exhaust Ukraine's stocks of air-defence missiles."],
    "strikes", "strikes", 2, "analysis-russia-energy-grid-campaign-2023", a="Miles Ashdown", n="theme piece: analysis of the campaign against the grid; own story, importance 2."),
  E("2023-02-10 18:20", "Kyiv renews its plea for jets",
    ["Speaking after the attack, President Volodymyr Zelensky said the only answer to Russian terror was more weapons, including modern fighter jets that could protect the skies.",
     "Britain, France and Poland have said no decision on aircraft has been taken yet."],
    "aid", "aid", 2, "zelensky-fighter-jets-appeal-2023-02-10", a="Miles Ashdown", n="Appeal for aircraft -> aid; a separate statement, not the barrage story (judgement)."),
  ]))


# =============================================================== PART B, day 2: 2023-02-11 (UTC) — the calendar day after day 1
SEEDS.append(dict(id="2430", name="2430_brantwood-htmllive", ext="html", source="Brantwood Review", zone="Europe/Berlin", render=r_brantwood,
  title="Ukraine live: drone attack leaves Odesa region without power", dateline="Saturday, 11 February 2023",
  lede="News from the war in Ukraine and reactions in Germany and Europe.",
  fmt="HTML live, newest first, no JSON-LD; '22:40 CET' stamps; byline span under h2",
  imitates="invented Berlin-based English outlet (HTML live blog)",
  notes="Invented Berlin outlet's HTML live page for Saturday 11 Feb 2023, newest first, stamps 'HH:MM CET' (UTC+1). 2430-04 is a photo teaser without body. Two entries (05, 07) tell the Odesa drone story; 02 is the separate Nikopol shelling.",
  not_entries=["site bar and nav", "cookie banner", "'Live' kicker, title, intro, date line", "podcast promo", "link to Friday's live coverage", "footer"],
  entries=[
  E("2023-02-11 22:40", "Spain says first Leopards will leave for Ukraine within weeks",
    ["Spain's Defence Minister Margarita Robles said on Saturday that the first Leopard 2A4 tanks repaired in Spanish workshops would be sent to Ukraine in the coming weeks.",
     "She said Madrid would decide the final number together with its allies."],
    "aid", "aid", 3, "spain-leopard-tanks-2023-02-11", a="Katrin Vossberg", n="Carried by 2430 and 2431 -> 3. Not the Lithuanian generators (must not merge)."),
  E("2023-02-11 20:15", "Nikopol shelled again, regional governor says",
    ["Russian forces fired heavy artillery at Nikopol on Saturday, damaging several apartment blocks and a gas pipeline, the governor of the Dnipropetrovsk region said.",
     "Two people were injured."],
    "strikes", "strikes", 3, "nikopol-shelling-2023-02-11", a="Jonas Pfeiffer", n="Separate attack from the Odesa drone strike (must not merge); toll grown from one (2432-05) to two."),
  E("2023-02-11 18:00", "Polish PM: Europe must speed up ammunition production",
    ["Polish Prime Minister Mateusz Morawiecki called on European governments to move their arms industries onto a war footing so that Ukraine does not run out of shells.",
     "He said Poland was ready to host new production lines."],
    "aid", "aid", 2, "morawiecki-ammunition-production-call", a="Jonas Pfeiffer"),
  E("2023-02-11 15:30", "Pictured: damaged substation near Odesa", [],
    "strikes", "strikes", 1, "odesa-drone-strike-2023-02-11", n="Photo teaser without body -> 1."),
  E("2023-02-11 12:05", "Odesa region: drone strike knocks out power to thousands",
    ["Russian kamikaze drones damaged an energy facility in the Odesa region overnight, leaving tens of thousands of households without electricity, officials said.",
     "Ukraine's air force said it had shot down seven of the drones launched from the east."],
    "strikes", "strikes", 3, "odesa-drone-strike-2023-02-11", a="Katrin Vossberg"),
  E("2023-02-11 09:45", "Heavy fighting around Bakhmut, General Staff says",
    ["Ukraine's General Staff said Russian forces had launched more than 20 attacks on positions around Bakhmut over the past day.",
     "Ukrainian troops were holding their ground, it said."],
    "other", "frontline", 2, "bakhmut-fighting-2023-02-11", a="Jonas Pfeiffer"),
  E("2023-02-11 07:30", "Blackouts in southern Ukraine after overnight Shahed attack",
    ["Parts of the Odesa region were without power on Saturday morning after Iranian-made Shahed drones hit a substation, the regional administration said.",
     "There were no immediate reports of injuries."],
    "strikes", "strikes", 3, "odesa-drone-strike-2023-02-11", a="Katrin Vossberg", n="Main story of day 2 (all four day-2 seeds); toll grows during the day: none, one, two."),
  ]))

SEEDS.append(dict(id="2431", name="2431_caldbeck-worldrss", ext="xml", source="Caldbeck Bulletin", zone="UTC", render=r_rss_world, tzlabel="+0000",
  title="Caldbeck Bulletin: World", desc="World news headlines from the Caldbeck Bulletin", link="https://caldbeck.example/world",
  fmt="RSS 2.0, pubDate +0000, CDATA paragraphs, no authors; general world feed (5 of 7 off-beat)",
  imitates="invented regional newspaper's world RSS feed",
  notes="Invented general world-news RSS feed for 11 Feb 2023, newest first, pubDate in +0000. Two of seven items concern the war (Spanish Leopards, the Odessa drone attack - spelled 'Odessa'); five are off-beat. No authors.",
  not_entries=["channel title, link, description, language", "guid and category values"],
  entries=[
  OFF("2023-02-11 23:10", "Object shot down over Canada's Yukon, Trudeau says",
    ["Canadian Prime Minister Justin Trudeau said an unidentified object that had violated Canadian airspace was shot down over the Yukon on Saturday.",
     "It was the second such incident over North America in two days."],
    "yukon-object-shot-down", n="Canadian airspace incident."),
  OFF("2023-02-11 20:35", "New Zealand braces for Cyclone Gabrielle",
    ["Authorities in New Zealand urged people in the north of the North Island to prepare for power cuts and flooding as Cyclone Gabrielle approached.",
     "Air New Zealand cancelled dozens of flights out of Auckland."],
    "cyclone-gabrielle-new-zealand", n="Weather in New Zealand."),
  E("2023-02-11 18:50", "Spain to send Leopard tanks to Kyiv in spring",
    ["Spain will send a first batch of Leopard 2 tanks to Ukraine in the spring, Defence Minister Margarita Robles told reporters.",
     "About 40 of the older tanks are stored in Spain, but many need extensive repairs."],
    "aid", "aid", 3, "spain-leopard-tanks-2023-02-11"),
  OFF("2023-02-11 15:15", "Rescuers pull survivors from rubble five days after Turkey quake",
    ["Rescue teams in southern Turkey pulled several people alive from collapsed buildings on Saturday, five days after the earthquake.",
     "The combined death toll in Turkey and Syria passed 25,000."],
    "turkey-syria-earthquake-2023-02-11", n="Turkey-Syria earthquake."),
  E("2023-02-11 12:40", "Drone attack cuts electricity in Odessa region",
    ["A Russian drone attack on an energy installation in the Odessa region caused power cuts overnight and injured one person, Ukrainian officials said.",
     "The region's governor said repair crews were working to restore supplies."],
    "strikes", "strikes", 3, "odesa-drone-strike-2023-02-11"),
  OFF("2023-02-11 09:20", "India beat Australia by an innings in first Test",
    ["India beat Australia by an innings and 132 runs in the first Test in Nagpur, with spinner Ravichandran Ashwin taking five wickets in the second innings.",
     "The match finished inside three days."],
    "india-australia-first-test-nagpur", n="Cricket."),
  OFF("2023-02-11 07:05", "Peru protesters block highways in the south",
    ["Protesters demanding the resignation of President Dina Boluarte blocked roads in several southern regions of Peru on Saturday.",
     "The unrest has claimed dozens of lives since December."],
    "peru-protests-road-blocks", n="Peru politics."),
  ]))

SEEDS.append(dict(id="2432", name="2432_hartsop-textlive", ext="txt", source="Hartsop Daily", zone="America/New_York", render=r_hartsop,
  title="Russia-Ukraine war: live updates", byline="Dana Whitlock", dateline="Saturday, Feb. 11, 2023 · All times Eastern",
  fmt="text live, OLDEST first, '8:25 a.m. ET' stamps, one page byline",
  imitates="invented US daily (text live blog)",
  notes="Invented US outlet's text live blog, oldest first, stamps '7:10 a.m. ET' (EST, UTC-5): 12:10-20:40 UTC on 11 Feb. One page byline 'By Dana Whitlock' is every post's author. 2432-01 re-posts day-1 entry 2420-03 nearly verbatim (importance 1; duplicate_of null because duplicate_of is defined within a seed). 2432-02 continues the day-1 barrage story with a new development (grid reconnected) under the day-1 slug. 2432-06 repeats 2432-03 nearly verbatim (duplicate_of).",
  not_entries=["masthead and menu", "page title", "byline line (author)", "date line with 'All times Eastern'", "'Updates are listed in the order...' note", "'Sponsored content'", "'See also:' link", "newsletter line, footer links, copyright"],
  entries=[
  E("2023-02-11 07:10", "Moldova summons Russian envoy after missile crosses its skies",
    ["Moldova's foreign ministry has summoned Russia's ambassador after a Russian cruise missile flew through Moldovan airspace on its way to Ukraine.",
     "Foreign Minister Nicu Popescu described the overflight as an unacceptable violation of Moldova's sovereignty."],
    "diplomacy", "diplomacy", 1, "moldova-summons-russian-envoy-missile-airspace", a="Dana Whitlock", sec=["strikes"],
    n="Re-post of day-1 entry 2420-03 (same headline, body nearly verbatim) -> importance 1; no new development."),
  E("2023-02-11 08:25", "Ukraine's grid operator says most homes reconnected after Friday's strikes",
    ["Ukrenergo said on Saturday that power had been restored to most consumers cut off by Friday's missile attack, but warned that scheduled outages would continue in several regions.",
     "Repairs at two damaged high-voltage substations could take several weeks, the company said."],
    "strikes", "strikes", 2, "missile-barrage-2023-02-10", a="Dana Whitlock", sec=["humanitarian"],
    n="Continuation of the day-1 barrage story with a new development (reconnection); keeps the day-1 slug; only this day-2 seed carries it -> 2."),
  E("2023-02-11 09:50", "Odesa drone attack: two hurt, officials say",
    ["Two people were injured when Russian drones struck energy infrastructure in the Odesa region overnight, the regional military administration said.",
     "About 150,000 households were still without electricity by late morning."],
    "strikes", "strikes", 3, "odesa-drone-strike-2023-02-11", a="Dana Whitlock"),
  E("2023-02-11 11:30", "Lithuania sends generators to Kyiv region",
    ["Lithuania has delivered 40 industrial generators to hospitals and water plants in the Kyiv region, the Lithuanian government said.",
     "The shipment was paid for by a public fundraising campaign."],
    "aid", "aid", 2, "lithuania-generators-kyiv-region-2023-02-11", a="Dana Whitlock", n="Different aid from the Spanish Leopards (must not merge)."),
  E("2023-02-11 13:15", "Russian shells hit Nikopol apartment blocks",
    ["Russian artillery struck residential buildings in Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, injuring one woman, local officials said.",
     "The town has been shelled almost every day since last summer."],
    "strikes", "strikes", 3, "nikopol-shelling-2023-02-11", a="Dana Whitlock"),
  E("2023-02-11 15:40", "Odesa drone attack: two hurt, officials say",
    ["Two people were injured when Russian drones struck energy infrastructure in the Odesa region overnight, the regional military administration said.",
     "About 150,000 households were still without electricity by the afternoon."],
    "strikes", "strikes", 1, "odesa-drone-strike-2023-02-11", a="Dana Whitlock", dup="2432-03", n="Near-verbatim repeat of 2432-03 (only 'by the afternoon' changed)."),
  ]))

SEEDS.append(dict(id="2433", name="2433_goldhithe-article", ext="html", source="Goldhithe Report", zone="Europe/London", render=r_goldhithe,
  title="Drones over Odesa: Russia shifts its air campaign south", byline="Anna Fairweather", pub="2023-02-11 16:45",
  dateline="11 February 2023 16:45 GMT", lede="A night attack on the Black Sea port region, what the Shahed drone is, and Kyiv's push for new sanctions.",
  fmt="HTML article, 3 h2 sections, NewsArticle JSON-LD; one entry per section; stamp null; date line '11 February 2023 16:45 GMT'",
  imitates="invented UK weekly's website (HTML article with sections)",
  notes="Invented UK outlet's HTML article with three h2 sections; each section is one entry, stamp null, published = date line '11 February 2023 16:45 GMT' (= UTC; JSON-LD datePublished agrees). Page byline is each section's author. Section 1 uses the spelling 'Odessa'. Section 2 is an explainer (theme piece, own story).",
  not_entries=["header and nav", "title (page_title), standfirst", "byline and date lines", "figure caption", "share line", "'More on this story' aside", "footer"],
  entries=[
  E("2023-02-11 16:45", "Odessa's long night",
    ["Russian drones hit an energy facility near Odessa in the early hours of Saturday, wounding two people and cutting power to a large part of the region, according to Ukrainian officials.",
     "Residents described hearing the distinctive buzz of the drones for more than an hour before the explosions."],
    "strikes", "strikes", 3, "odesa-drone-strike-2023-02-11", a="Anna Fairweather"),
  E("2023-02-11 16:45", "Explainer: why the Shahed is so hard to stop",
    ["The Shahed-136 is a slow, cheap drone packed with explosives that Iran has supplied to Russia in large numbers, according to Ukraine and Western governments.",
     "Because it flies low and is launched in swarms, it can exhaust air defences that would be better used against missiles.",
     "Ukraine has formed mobile teams with machine guns and searchlights to hunt the drones at night."],
    "strikes", "strikes", 2, "explainer-shahed-drones", a="Anna Fairweather", n="theme piece: explainer with body -> own story, importance 2."),
  E("2023-02-11 16:45", "Kuleba presses EU for tougher tenth sanctions package",
    ["Foreign Minister Dmytro Kuleba urged the European Union on Saturday to include Russia's nuclear industry in its next round of sanctions.",
     "Brussels hopes to adopt the tenth package by 24 February, the anniversary of the invasion."],
    "diplomacy", "diplomacy", 2, "kuleba-tenth-sanctions-package-nuclear", a="Anna Fairweather"),
  ]))


# =============================================================== PART B, day 3: 2023-12-13 (UTC)
SEEDS.append(dict(id="2440", name="2440_glaisdale-worldrss", ext="xml", source="Glaisdale Newsroom", zone="UTC", render=r_rss_world, tzlabel="GMT",
  title="Glaisdale Newsroom | Latest world news", desc="The latest international headlines", link="https://glaisdale.example/news",
  fmt="RSS 2.0, pubDate GMT, CDATA paragraphs, no authors; general world feed (5 of 7 off-beat)",
  imitates="invented news website (general world RSS feed)",
  notes="Invented general world-news RSS feed for 13 Dec 2023, newest first, pubDate in GMT (= UTC). Only two items concern the war (Orbán on accession talks; the Kyiv missile attack, spelled 'Kiev'); five are off-beat (Champions League, Fed, COP28, UK GDP, Argentina).",
  not_entries=["channel title, link, description, language", "guid and category values"],
  entries=[
  OFF("2023-12-13 22:55", "Newcastle knocked out of Champions League after defeat by Milan",
    ["Newcastle United were eliminated from the Champions League after a 2-1 home defeat by AC Milan on Wednesday night.",
     "Christian Pulisic and Samuel Chukwueze scored for the Italian side."],
    "newcastle-milan-champions-league", n="Football.", cat="Sport"),
  OFF("2023-12-13 21:30", "Fed holds rates steady and signals cuts in 2024",
    ["The US Federal Reserve kept its benchmark interest rate unchanged on Wednesday and indicated that it expects to cut borrowing costs three times next year.",
     "Stocks on Wall Street rose sharply after the announcement."],
    "fed-holds-rates-december-2023", n="US monetary policy.", cat="Business"),
  E("2023-12-13 19:10", "Orbán digs in against opening EU talks with Kyiv",
    ["Hungarian Prime Minister Viktor Orbán told his parliament on Wednesday that it was not the right time to start membership negotiations with Ukraine, a day before EU leaders meet in Brussels.",
     "Other leaders have been searching for a compromise that would allow the talks to be approved."],
    "diplomacy", "diplomacy", 3, "orban-opposes-ukraine-eu-talks-2023-12-13", cat="Europe", n="Carried by 2440 and 2442 -> 3. A different official's statement from Zelensky's Wiesbaden visit (must not merge)."),
  OFF("2023-12-13 16:45", "Climate summit closes with call to move away from fossil fuels",
    ["Nearly 200 countries at the COP28 talks in Dubai approved a deal on Wednesday that calls for transitioning away from fossil fuels in energy systems.",
     "Small island states said the text did not go far enough."],
    "cop28-final-deal", n="Climate summit."),
  OFF("2023-12-13 13:05", "UK economy shrank by 0.3% in October",
    ["Britain's economy contracted by 0.3% in October, official figures showed, with wet weather hitting retail and construction.",
     "Economists said the country could be heading for a mild recession."],
    "uk-gdp-october-2023", n="UK economy.", cat="Business"),
  E("2023-12-13 10:25", "Dozens hurt as missile debris rains down on Kiev",
    ["Falling debris from Russian missiles shot down over Kiev early on Wednesday injured at least 53 people, including six children, city officials said.",
     "Ukraine's air force said all ten ballistic missiles fired at the city were intercepted."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2023-12-13", cat="Europe", n="Main story of day 3 (all four seeds); spelled 'Kiev'."),
  OFF("2023-12-13 06:30", "Argentina devalues peso by more than 50%",
    ["Argentina's new government devalued the peso by more than half and announced deep spending cuts in its first major economic measures.",
     "Economy Minister Luis Caputo said the country had no money left."],
    "argentina-peso-devaluation", n="Argentine economy.", cat="Business"),
  ]))

SEEDS.append(dict(id="2441", name="2441_chatburn-textlive", ext="txt", source="Chatburn Live", zone="Europe/Kyiv", render=r_chatburn,
  title="Live: Russia's war against Ukraine, day 658", dateline="Wednesday, 13 December 2023. All times are Kyiv time (UTC+2).",
  fmt="text live, OLDEST first, bare 'HH:MM' stamp line before the headline; date line with zone; '— NAME' signature after body",
  imitates="invented Ukrainian English-language outlet (text live blog)",
  notes="Invented Ukrainian outlet's text live blog for 13 Dec 2023 (day 658), oldest first. Stamps are bare 'HH:MM'; the date line says Kyiv time (UTC+2): 04:20-19:55 = 02:20-17:55 UTC. '— NAME' after a body is that post's author. 2441-02 is a photo teaser without body. 2441-08 repeats 2441-03 nearly verbatim (duplicate_of).",
  not_entries=["masthead and menu", "page title", "date line", "'— NAME' signature lines (author)", "'Also read:' link", "'Advertising'", "Telegram line and footer"],
  entries=[
  E("2023-12-13 04:20", "Ballistic missiles target Kyiv before dawn",
    ["Russia fired ballistic missiles at Kyiv at around 3am on Wednesday, and loud explosions were heard across the city as air defences went into action, the city's military administration said.",
     "Debris fell in several districts, damaging homes and cars."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2023-12-13", a="Olena Marchuk"),
  E("2023-12-13 06:45", "Photos: Aftermath of the night attack in Kyiv's Dniprovskyi district", [],
    "strikes", "strikes", 1, "kyiv-ballistic-missile-attack-2023-12-13", n="Photo teaser without body -> 1."),
  E("2023-12-13 09:10", "Number of injured in Kyiv rises to 51",
    ["At least 51 people were injured in the overnight missile attack on Kyiv, including six children, Mayor Vitali Klitschko said.",
     "Ukraine's air force said all ten ballistic missiles launched at the capital had been shot down."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2023-12-13", a="Olena Marchuk"),
  E("2023-12-13 11:30", "One killed in Russian shelling of Kherson region",
    ["A man was killed and two other people were wounded when Russian artillery hit the village of Bilozerka in the Kherson region, Governor Oleksandr Prokudin said.",
     "Russian forces fired more than 80 shells at the region over the past day, he said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-12-13", a="Andrii Hnatiuk", n="Separate attack from the Kyiv missile strike (must not merge)."),
  E("2023-12-13 13:05", "Denmark announces new military aid package",
    ["Denmark will send Ukraine a new package of military aid worth about 1.1 billion Danish kroner, Defence Minister Troels Lund Poulsen said on Wednesday.",
     "The package includes ammunition for air defence systems and drones."],
    "aid", "aid", 3, "denmark-military-aid-package-2023-12-13", a="Andrii Hnatiuk", n="Not Japan's loan guarantee 2442-03 (must not merge)."),
  E("2023-12-13 15:20", "Russia says it downed Ukrainian drones over Moscow and Tula regions",
    ["Russia's defence ministry said air defences destroyed Ukrainian drones over the Tula and Moscow regions on Wednesday afternoon.",
     "Moscow Mayor Sergei Sobyanin said there was no serious damage."],
    "strikes", "strikes", 3, "russia-downs-ukrainian-drones-moscow-tula-2023-12-13", a="Olena Marchuk", n="Ukrainian drones over Russia: not the Kyiv attack (must not merge)."),
  E("2023-12-13 17:40", "Zelensky visits US troops' command in Wiesbaden",
    ["On his way back from Washington, President Volodymyr Zelensky visited the US Army Europe and Africa headquarters in Wiesbaden, Germany, his office said.",
     "He thanked American officers who coordinate training and supplies for Ukraine's forces."],
    "diplomacy", "diplomacy", 2, "zelensky-wiesbaden-visit-2023-12-13", a="Andrii Hnatiuk"),
  E("2023-12-13 19:55", "Number of injured in Kyiv rises to 51",
    ["At least 51 people were injured in the overnight missile attack on Kyiv, including six children, Mayor Vitali Klitschko said.",
     "The air force said all ten ballistic missiles launched at the capital had been shot down."],
    "strikes", "strikes", 1, "kyiv-ballistic-missile-attack-2023-12-13", a="Olena Marchuk", dup="2441-03", n="Near-verbatim repeat of 2441-03."),
  ]))

SEEDS.append(dict(id="2442", name="2442_bilsdale-htmllive", ext="html", source="Bilsdale Standard", zone="Europe/London", render=r_bilsdale,
  title="Russia-Ukraine war: Kyiv hit by ballistic missiles \u2013 as it happened", url="https://bilsdale.example/world/live/2023/dec/13/ukraine",
  dateline="Wednesday 13 December 2023",
  lede="Dozens were injured by falling debris in the Ukrainian capital; Hungary's prime minister repeated his opposition to EU accession talks.",
  fmt="HTML live, newest first, '1409 GMT' stamps, @graph JSON-LD (@type array NewsArticle+LiveBlogPosting), Key Points box, 'Reporting by NAME' after body",
  imitates="invented UK newspaper (HTML live blog)",
  notes="Invented UK outlet's HTML live page for 13 Dec 2023, newest first, stamps 'HHMM GMT' (= UTC). JSON-LD is an @graph with a node typed ['NewsArticle','LiveBlogPosting'] whose updates carry per-update datePublished (agree with the visible stamps). Key Points lists 2442-05 and 2442-02. 'Reporting by NAME' after each body is the author. 2442-01 is an analysis (theme piece).",
  not_entries=["masthead and nav", "title, summary, date line", "'Key Points' heading (its items are entry headlines)", "'Reporting by' lines (author)", "'Advertisement'", "'Back to all live pages'", "footer"],
  entries=[
  E("2023-12-13 21:05", "Analysis: Kyiv's air shield holds, but at a cost",
    ["That all ten missiles were shot down is a sign of how much Kyiv's air defences have improved since the first winter of the war, with Patriot batteries now guarding the capital.",
     "But each interception uses missiles that cost millions of dollars, and Western production is struggling to keep pace.",
     "Falling fragments, as Wednesday showed, can still cause dozens of injuries."],
    "strikes", "strikes", 2, "analysis-kyiv-air-defence-ballistic-missiles", a="Claire Medlock", sec=["aid"], n="theme piece: analysis with body -> own story, importance 2."),
  E("2023-12-13 18:40", "Hungary's Orbán says 'no reason' to start Ukraine accession talks",
    ["Viktor Orbán said in a speech on Wednesday that there was no reason to open EU membership talks with Ukraine now, on the eve of a summit where the decision is due.",
     "Diplomats say he could still be persuaded to abstain rather than block the decision."],
    "diplomacy", "diplomacy", 3, "orban-opposes-ukraine-eu-talks-2023-12-13", a="Claire Medlock", kp=True),
  E("2023-12-13 15:15", "Japan guarantees $1bn World Bank loan for Ukraine",
    ["Japan will guarantee about $1bn of new World Bank lending to Ukraine to help pay pensions and public salaries, the Japanese finance ministry said.",
     "Tokyo does not send weapons to Ukraine but has become one of its largest financial backers."],
    "aid", "aid", 2, "japan-world-bank-loan-guarantee-2023-12-13", a="Peter Oyelaran", n="Financial aid, not the Danish military package (must not merge)."),
  E("2023-12-13 11:50", "Kherson: Russian shelling hits residential streets",
    ["Russian artillery struck residential streets in the Kherson region on Wednesday, killing one man and wounding two people, the regional governor said.",
     "Across the region more than 80 shells were fired in 24 hours."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-12-13", a="Peter Oyelaran"),
  E("2023-12-13 09:05", "Injured in Kyiv missile attack rise to 53, including children",
    ["The number of people hurt in the overnight Russian missile strike on Kyiv has risen to 53, among them six children, according to the city authorities.",
     "Most were injured by falling debris and broken glass in the Dniprovskyi and Darnytskyi districts."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2023-12-13", a="Claire Medlock", kp=True, n="Toll grown from 51 (2441-03) to 53."),
  E("2023-12-13 03:35", "Explosions in Kyiv as ballistic missiles shot down",
    ["Powerful explosions shook Kyiv early on Wednesday as air defences intercepted a volley of ballistic missiles, according to the city's authorities.",
     "Initial reports spoke of several people injured by debris."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2023-12-13", a="Peter Oyelaran"),
  ]))

SEEDS.append(dict(id="2443", name="2443_grisedale-atom", ext="xml", source="Grisedale Report", zone="Europe/Kyiv", render=r_atom,
  title="Grisedale Report \u2014 Ukraine", desc="Reporting from Ukraine", link="https://grisedale.example/ukraine",
  fmt="Atom 1.0, <published> with +02:00, CDATA html content, per-entry author",
  imitates="invented Ukraine-focused outlet (Atom feed)",
  notes="Invented Ukraine-focused Atom feed, newest first, <published> with the Kyiv offset +02:00 (07:40-20:50 local = 05:40-18:50 UTC, 13 Dec). Per-entry <author>.",
  not_entries=["feed title, subtitle, link, id, updated", "category terms"],
  entries=[
  E("2023-12-13 20:50", "Danish package includes air-defence ammunition and drones",
    ["The new Danish military aid package announced on Wednesday will include ammunition for air defence systems, drones and spare parts for armoured vehicles, Denmark's defence ministry said.",
     "It is Denmark's 18th package since the invasion."],
    "aid", "aid", 3, "denmark-military-aid-package-2023-12-13", a="Mykola Savchenko", cat="Aid"),
  E("2023-12-13 16:30", "Russian defence ministry claims drones downed near Moscow",
    ["Russia said on Wednesday that its air defences had shot down several Ukrainian drones approaching Moscow, including two over the Tula region.",
     "Flights at two Moscow airports were briefly restricted."],
    "strikes", "strikes", 3, "russia-downs-ukrainian-drones-moscow-tula-2023-12-13", a="Mykola Savchenko", cat="War"),
  E("2023-12-13 12:15", "Kyiv counts damage after night missile attack",
    ["Utility crews in Kyiv were repairing a water main and clearing broken glass on Wednesday after the overnight attack, which injured 53 people.",
     "A children's hospital in the Dniprovskyi district was among the buildings with blown-out windows."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-attack-2023-12-13", a="Yulia Demchenko", cat="War"),
  E("2023-12-13 10:00", "Russian assaults on Avdiivka continue",
    ["Russian troops launched more than 30 assaults on Ukrainian positions around Avdiivka over the past day, Ukraine's General Staff said.",
     "The industrial town has been under intense attack since October."],
    "other", "frontline", 2, "avdiivka-fighting-2023-12-13", a="Yulia Demchenko", cat="War"),
  E("2023-12-13 07:40", "Prosecutors name Russian commander over Kharkiv strike",
    ["Ukraine's Prosecutor General's Office said it had identified and charged in absentia a Russian colonel it holds responsible for a missile strike on Kharkiv in the autumn.",
     "He is accused of violating the laws and customs of war."],
    "other", "humanitarian", 2, "prosecutors-charge-commander-kharkiv-strike", a="Yulia Demchenko", cat="Justice", n="War-crimes case -> other/humanitarian; not today's strikes."),
  ]))


# =============================================================== emit
DAYS = {"day1": ["2420", "2421", "2422", "2423"], "day2": ["2430", "2431", "2432", "2433"], "day3": ["2440", "2441", "2442", "2443"]}
BASIS = {
  "r_jam": "time line '{s}' under the date line '3 February' (no year printed; year from --date 2023-02-03); Tbilisi time UTC+4 (lede)",
  "r_ocm": "card time '{s}' (full date and time); Tbilisi UTC+4, matching <time datetime> +04:00",
  "r_belsat": "'{s}' under the headline (author fused to dd.mm.yyyy HH:MM); Warsaw local time implied by the outlet, CEST = UTC+2",
  "r_eurasianet": "pubDate '{s}' (explicit offset)",
  "r_koreatimes": "'{s}' (Posted time, not Updated); Korean time implied by the outlet, KST = UTC+9",
  "r_gma": "'{s}' after the 'Published' label; Philippine time implied by the outlet, UTC+8; JSON-LD datePublished agrees",
  "r_dhaka": "no per-bullet time; the article's 'Publish : 10 Aug 2023, 09:40 PM' (Dhaka time UTC+6, implied by the outlet) used for every bullet",
  "r_tehran": "dc:date '{s}' (explicit offset +03:30)",
  "r_globaltimes": "'{s}'; Beijing time implied by the outlet, UTC+8",
  "r_ynet": "relative stamp '{s}' resolved against the printed 'Updated: 02.16.23, 22:05' (Israel time UTC+2); JSON-LD datePublished agrees",
  "r_axbridge": "stamp '{s}' on the page's date {d}; 'All times GMT' = UTC",
  "r_dunsford": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET; JSON-LD agrees",
  "r_atom": "<published> '{s}' (explicit offset or Z)",
  "r_textarticle": "no per-section time; the article dateline 'Fri 10 Feb 2023 18.20 GMT' used for every section",
  "r_brantwood": "stamp '{s}' on the page's date {d}; CET = UTC+1",
  "r_rss_world": "pubDate '{s}' (UTC)",
  "r_hartsop": "stamp '{s}' on the page's date {d}; Eastern time in February = EST = UTC-5",
  "r_goldhithe": "no per-section time; the article date line '11 February 2023 16:45 GMT' used for every section (JSON-LD datePublished agrees)",
  "r_chatburn": "stamp '{s}' on the page's date {d}; Kyiv time UTC+2 (date line)",
  "r_bilsdale": "stamp '{s}' on the page's date {d}; GMT = UTC; JSON-LD update datePublished agrees",
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
                 "notes": e["n"] or ""}
            ents.append(g)
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

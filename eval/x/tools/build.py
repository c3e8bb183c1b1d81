#!/usr/bin/env python3
"""Builds eval/x seeds and gold files from the hand-written table below (one table renders both).
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/x/tools/build.py"""
import json, html, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


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
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def h12(d, style):
    hh = d.hour % 12 or 12
    if style == "a.m.":      # 8:35 p.m.
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "dotpm":     # 2.35pm
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "colpm":     # 7:18pm
        return f"{hh}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "AM":        # 08:35 PM
        return f"{hh:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    raise ValueError(style)


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


# =============================================================== Part A renderers (each returns text, stamps)

def r_armenpress(S):  # text scrape of a section listing; headline line, then "16:42, 9 January 2025" on its own line
    z = S["zone"]
    L = ["ARMENPRESS", "Armenian News Agency", "ՀԱՅ   РУС   ENG   فارسی   TÜRK", "",
         "We use cookies to improve your experience on our website. By browsing this website, you agree to our use of cookies. Accept", "",
         "Politics   Economy   Society   Culture   Sport   International   Region   Photo   Video   Search", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.strftime('%H:%M')}, {d.day} {MONTHS[d.month-1]} {d.year}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["p"] and i % 2 == 0:
            L += ["Read more", ""]
        if i == 3:
            L += ["Most read", "Exchange rates: USD 397.12, EUR 409.55, RUB 3.91", ""]
    L += ["Load more", "", "Subscribe to our Telegram channel", "",
          "© 2025 ARMENPRESS. All rights reserved. Reproduction of materials is allowed with a hyperlink to armenpress.am.",
          "About us   Contacts   Advertising   Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_trend(S):  # HTML category listing; author span glued to date span "6 February 2025 18:20 (UTC +04:00)"
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trend", "item": "https://en.trend.az/"},
        {"@type": "ListItem", "position": 2, "name": "World", "item": "https://en.trend.az/world/"},
        {"@type": "ListItem", "position": 3, "name": "Russia", "item": "https://en.trend.az/world/russia/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Trend.Az</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(ld) + "</script></head><body>",
           '<header class="header"><div class="logo"><a href="/">TREND</a></div><div class="langs"><a href="https://az.trend.az">AZ</a> <a href="https://www.trend.az">RU</a> <b>EN</b></div>',
           '<nav class="menu"><a href="/azerbaijan/">Azerbaijan</a> <a href="/business/">Business</a> <a href="/caspian/">Caspian</a> <a href="/world/">World</a> <a href="/world/russia/">Russia</a> <a href="/world/iran/">Iran</a> <a href="/world/turkey/">Türkiye</a> <a href="/world/centralasia/">Central Asia</a></nav></header>',
           '<main class="category"><div class="breadcrumbs"><a href="/">Home</a> / <a href="/world/">World</a> / Russia</div>',
           f"<h1>{esc(S['title'])}</h1>", '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')} (UTC +04:00)"; stamps.append(st)
        out.append(f'<div class="news-item"><a class="title" href="https://en.trend.az/world/russia/{S["id"]}{i:03d}.html"><h4>{esc(e["h"])}</h4></a>')
        meta = (f'<span class="author">{esc(e["a"])}</span>' if e["a"] else "") + f'<span class="date">{st}</span>'
        out.append(f'<div class="meta">{meta}</div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><a>Facebook</a><a>X</a><a>Telegram</a><a>WhatsApp</a></div></div>')
        if i == 2:
            out.append('<aside class="subscribe"><b>Follow Trend on Telegram</b> <a href="https://t.me/">Join</a></aside>')
        if i == 4:
            out.append('<div class="banner">Advertisement</div>')
    out += ["</div>", '<div class="pagination"><a href="?page=2">Next page</a></div></main>',
            '<aside class="latest"><h3>Latest</h3><ul><li><a href="/a">Azerbaijan, Georgia discuss transit corridor tariffs</a></li><li><a href="/b">Caspian states to hold expert meeting in Astana</a></li></ul></aside>',
            '<footer>© 2025 Trend News Agency. All rights reserved. Use of materials requires a hyperlink to Trend.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_cgtn(S):  # HTML live page; visible "14:38" stamps under one date line; LiveBlogPosting JSON-LD with &#39; entities
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]),
                    "url": f"{S['url']}#u{i+1}"})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "CGTN"}, "liveBlogUpdate": ups}
    ldtxt = json.dumps(ld, ensure_ascii=False).replace("'", "&#39;")
    upd = f"Updated {last.strftime('%H:%M')}, {last.day:02d}-{MON3[last.month-1]}-{last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - CGTN</title>",
           '<script type="application/ld+json">' + ldtxt + "</script></head><body>",
           '<div class="cg-header"><a class="logo" href="https://www.cgtn.com">CGTN</a> <a href="/china">China</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/tech-sci">Tech &amp; Sci</a> <a href="/sports">Sports</a> <a href="/opinions">Opinions</a> <a href="/live">LIVE</a></div>',
           '<div class="cg-main"><span class="cg-tag">LIVE</span>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="cg-date">{esc(upd)}</div>', f'<p class="cg-lead">{esc(S["lede"])}</p>',
           f'<div class="cg-day">{last.day:02d}-{MON3[last.month-1]}-{last.year}</div>', '<ul class="cg-timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<li class="cg-item" id="u{i+1}"><div class="cg-time">{st}</div><h3>{esc(e["h"])}</h3>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="cg-share">Share: Weibo WeChat Facebook X</div></li>')
        if i == 3:
            out.append('<li class="cg-promo">Download the CGTN app for the latest updates</li>')
    out += ["</ul>", '<div class="cg-related"><h4>Related stories</h4><a href="/r1">Explainer: What is the Donbas region?</a> <a href="/r2">Global wheat prices climb on supply fears</a></div></div>',
            '<footer>Copyright © 2022 CGTN. Beijing ICP prepared NO.16065310-3</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_philstar(S):  # text scrape of a 'key events' article: bullets under section headings; no per-item time
    z = S["zone"]; d = dt(S["dateline"], z)
    L = ["Philstar.com", "Headlines   Opinion   Nation   World   Business   Sports   Entertainment   Lifestyle   Other Sections", "",
         "World", "", S["title"], "", f"{S['byline']} - Philstar.com", f"{MONTHS[d.month-1]} {d.day}, {d.year} | {h12(d, 'colpm')}", "",
         "Share on Facebook   Share on X   Share on Viber", "", S["lede"], ""]
    stamps = []
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            cur = e["sect"]; L += [cur, ""]
        L += ptxt(e["p"]); stamps.append(None)
    L += ["RELATED: Ukraine war: What you need to know this week", "", "FOLLOW US ON GOOGLE NEWS", "",
          "As It Happens", "LATEST UPDATE: January   February   March", "",
          "Copyright 2025 Philstar Global Corp. All Rights Reserved"]
    return "\n".join(L) + "\n", stamps


def r_ahram(S):  # RSS 2.0, +0200 pubDate (Cairo had no DST in 2022), entity-escaped HTML descriptions, dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://english.ahram.org.eg/World.aspx</link>",
           "<description>Ahram Online - World news</description>", "<language>en-us</language>",
           f"<lastBuildDate>{rfc822(dt(S['entries'][0]['t'], z))}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>",
                f"<link>https://english.ahram.org.eg/NewsContent/2/{S['id']}{i}/World/{slug(e['h'])}.aspx</link>",
                f"<guid isPermaLink=\"false\">ahram-{S['id']}-{i+1}</guid>", f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        body = "".join(f"<p>{p}</p>" for p in e["p"])
        out.append(f"<description>{esc(body)}</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_livemint(S):  # HTML live blog, LiveBlogPosting JSON-LD, Key Points box, "30 Apr 2025, 08:35 PM IST"; page byline only
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": S["author"]}})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "description": S["lede"],
          "url": S["url"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": "Mint"},
          "liveBlogUpdate": ups}

    def fmt(d):
        return f"{d.day:02d} {MON3[d.month-1]} {d.year}, {h12(d, 'AM')} IST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Mint</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header id="mint-header"><a href="/">mint</a> <nav><a href="/latest-news">Latest</a> <a href="/market">Markets</a> <a href="/money">Money</a> <a href="/news/world">World</a> <a href="/politics">Politics</a> <a href="/technology">Technology</a> <a href="/opinion">Opinion</a> <a class="e-paper" href="/epaper">E-Paper</a></nav></header>',
           '<div class="ticker">Sensex 80,242.24 ▼ 46.14 · Nifty 24,334.20 ▲ 1.25</div>',
           '<article class="liveblog"><div class="breadcrumb">Home / News / World</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<p class="summary">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["author"])}</span> <span class="upd">Updated {fmt(last)}</span></div>',
           '<div class="listen">Listen to this live blog</div>',
           '<section class="key-points"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></section>",
           '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        out.append(f'<div class="live-post" id="lb{i+1}"><span class="live-time">{st}</span>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share-post">Share Via <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div></div>')
        if i == 2:
            out.append('<div class="nl-box"><b>Catch all the Business News, Market News and Latest News Updates on Live Mint.</b> Download The Mint News App to get Daily Market Updates.</div>')
    out += ["</div></article>", '<aside class="more-from"><h3>Trending in World</h3><a href="/x1">Trump tariffs: what changes from May</a> <a href="/x2">Pope funeral draws world leaders</a></aside>',
            '<footer>Copyright © HT Digital Streams Ltd All Right Reserved</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kathmandu(S):  # text scrape of the World section; relative stamps against the printed "Updated at" line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["The Kathmandu Post", f"Kathmandu  {ref.strftime('%A')}, {MONTHS[ref.month-1]} {ref.day}, {ref.year}", "",
         "National   Politics   Valley   Opinion   Money   Sports   Culture & Lifestyle   World   Science & Technology   e-Paper", "",
         "Subscribe   Login", "", S["title"], "", f"Updated at : {MONTHS[ref.month-1]} {ref.day}, {ref.year} {ref.strftime('%H:%M')}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["h"]
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins // 60 > 1 else "1 hour ago"); stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + ([e["a"]] if e["a"] else []) + [st, ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Editor's Picks", "Budget session: parties spar over revenue targets", ""]
    L += ["Load More", "", "The Kathmandu Post   Central Business Park, Thapathali, Kathmandu",
          "© 2025 www.kathmandupost.com. All rights reserved.", "Terms of Use   Privacy Policy   Contact"]
    return "\n".join(L) + "\n", stamps


def r_i24(S):  # HTML breaking-news column; bare "8:35 p.m." stamps, NO date anywhere on the page
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - i24NEWS</title></head><body>",
           '<header class="i24-top"><a href="/en">i24NEWS</a> <nav><a href="/en/news/israel">Israel</a> <a href="/en/news/middle-east">Middle East</a> <a href="/en/news/international">International</a> <a href="/en/news/economy">Economy</a> <a href="/en/news/technology">Tech</a> <a href="/en/live">Watch Live</a></nav> <span class="langs">EN FR AR HE</span></header>',
           f'<main><h1>{esc(S["title"])}</h1>', '<div class="breaking-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "a.m."); stamps.append(st)
        out.append(f'<div class="breaking-item"><span class="b-time">{st}</span><h3 class="b-title">{esc(e["h"])}</h3>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="b-share"><a>Share</a> <a>Copy link</a></div></div>')
        if i == 3:
            out.append('<div class="newsletter"><h4>Stay informed</h4><p class="nl">Subscribe to the i24NEWS newsletter</p><input placeholder="Email"/><button>Sign up</button></div>')
    out += ["</div></main>", '<aside class="most-viewed"><h3>Most viewed</h3><ol><li><a href="/m1">Tel Aviv beaches packed as heat wave peaks</a></li><li><a href="/m2">Startup nation: chip designer raises new round</a></li></ol></aside>',
            '<footer>© i24NEWS · Terms of use · Privacy · Cookies settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_chinadaily(S):  # RSS 1.0 (RDF) with dc:date +08:00
    z = S["zone"]
    items = [f"https://www.chinadaily.com.cn/a/{dt(e['t'], z).strftime('%Y%m')}/{dt(e['t'], z).day:02d}/WS{S['id']}{i:04d}.html" for i, e in enumerate(S["entries"])]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://www.chinadaily.com.cn/rss/world_rss.xml">', f"<title>{esc(S['title'])}</title>",
           "<link>https://www.chinadaily.com.cn/world</link>", "<description>China Daily - World</description>",
           f"<dc:date>{dt(S['entries'][0]['t'], z).isoformat()}</dc:date>", "<items><rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{u}"/>' for u in items]
    out += ["</rdf:Seq></items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{items[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{items[i]}</link>",
                f"<description>{esc(' '.join(e['p']))}</description>" if len(e["p"]) == 1 else
                "<description>" + esc("".join(f"<p>{p}</p>" for p in e["p"])) + "</description>",
                f"<dc:date>{st}</dc:date>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append("</item>")
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_manilatimes(S):  # text scrape; newest first; weekday date lines over "2.35pm" stamps; crosses local midnight
    z = S["zone"]
    L = ["The Manila Times", "Trusted Since 1898", "", "News   Business   Opinion   Regions   World   Sports   Lifestyle   Entertainment   Digital Edition", "",
         "This site uses cookies. By continuing to browse you consent to our use of cookies. Learn more   OK", "",
         "World", "", S["title"], "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        lab = f"{d.strftime('%A')}, {MONTHS[d.month-1]} {d.day}, {d.year}"
        if lab != cur:
            cur = lab; L += [lab, ""]
        st = h12(d, "dotpm"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        L += [f"By {e['a']}" if e["a"] else "Wire reports", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Share   Tweet   Email", "", "RELATED ARTICLES", "DFA monitors Filipinos in Ukraine as attacks intensify", "",
          "© Copyright 2022 The Manila Times. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# =============================================================== Part B renderers

def r_mardale(S):  # text live blog, OLDEST first, "14:38 BST" stamp line above headline, "Reporting by" line, Key Points
    z = S["zone"]
    L = ["MARDALE LIVE", "Home   News   World   Politics   Money   Sport   Podcasts", "", S["title"], "", S["dateline"], "", S["lede"], "",
         "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Oldest updates first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        L += ["Share this update", ""]
        if i == 4:
            L += ["Advert", "", "Sign up to The Mardale Morning, our daily briefing", ""]
    L += ["Back to top", "", "Mardale Live · Terms · Privacy · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_nordhaven(S):  # HTML live, LiveBlogPosting JSON-LD with correct per-update times, <time datetime> "05:12", newest first
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} — {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><div class="brand">{S["source"]}</div><nav><a href="/war">War</a> <a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        out.append(f'<article class="post" id="post-{i+1}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share"><button>Copy link</button> <button>Share</button></div></article>')
        if i == 3:
            out.append('<aside class="donate"><p class="cta">Independent journalism from Ukraine needs your help. Become a member.</p></aside>')
    out += ['<a class="more" href="/live/2025-08-27">Read yesterday\'s live page</a></main>',
            f'<footer>© 2025 {S["source"]} · Editorial policy · Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_quantock(S):  # general world RSS 2.0, GMT pubDates, CDATA paragraphs
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://quantock-world.example/news</link>",
           "<description>Top stories from around the world</description>",
           f"<lastBuildDate>{dt(S['entries'][0]['t'], z).strftime('%a, %d %b %Y %H:%M:%S GMT')}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://quantock-world.example/news/{slug(e['h'])}</link>",
                f"<guid isPermaLink=\"false\">qws-{S['id']}-{i+1}</guid>", f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article with section headings; one entry per section; stamp null; dateline in head
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_pendle(S):  # HTML live without JSON-LD; "Updated 14:05 CEST" above h2; byline under h2; newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           f'<meta property="og:site_name" content="{S["source"]}"><meta property="og:type" content="article"></head><body>',
           f'<div class="topbar">{S["source"]} <a href="/">Front page</a> <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/economy">Economy</a> <a href="/culture">Culture</a></div>',
           f'<section class="live"><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1><p class="lede">{esc(S["lede"])}</p><p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " CEST"; stamps.append(st)
        out.append(f'<div class="entry"><p class="stamp">Updated {st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">By {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="newsletter-box"><h3>The Pendle Briefing</h3><p class="nb">Europe\'s day in five minutes, every weekday.</p><button>Subscribe</button></div>')
    out += ['</section>', '<aside class="related"><h3>More on this story</h3><a href="/x">How the EU sanctions packages have grown</a></aside>',
            f"<footer>© {S['source']} 2025 · Imprint · Data protection</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_morvern(S):  # text live, OLDEST first, "1409 GMT — Headline" on one line
    z = S["zone"]
    L = ["Morvern Daily", "World  |  Europe  |  Ukraine war  |  Opinion  |  Video", "", S["title"], "", S["lede"], "",
         S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [f"{st} — {e['h']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Loading...", ""]
    L += ["For our live coverage from Thursday, August 28, click here.", "", "Morvern Daily © 2025"]
    return "\n".join(L) + "\n", stamps


def r_nidderdale(S):  # HTML article, NewsArticle JSON-LD with &amp; entities in strings, h2 sections, dateline "5.20pm BST"
    z = S["zone"]; d = dt(S["dateline"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "Organization", "name": S["source"]}, "articleSection": "World & Europe"}
    ldtxt = json.dumps(ld, ensure_ascii=False).replace("&", "&amp;")
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + ldtxt + "</script></head><body>",
           f'<header class="masthead"><a href="/">{S["source"]}</a> <nav><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/comment">Comment</a></nav></header>',
           f'<article><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["author"])}</p><p class="dateline">{d.strftime("%A")} {d.day} {MONTHS[d.month-1]} {d.year}, {h12(d, "dotpm")} BST</p>',
           '<div class="share">Share on X · Facebook · Email</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append('<figure><figcaption>Foreign ministers pose for a family photo in Copenhagen. Photograph: pool</figcaption></figure>')
    out += ["</article>", '<aside class="nl"><h3>Sign up to Nidderdale Europe</h3><p class="nl-t">A weekly letter from our correspondents.</p></aside>',
            f"<footer>© {S['source']} · Complaints · Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_quernmore(S):  # general world Atom, Z times, CDATA html content
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           '<link href="https://quernmore.example/world" rel="alternate"/>', "<id>tag:quernmore.example,2022:world</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title type=\"text\">{esc(e['h'])}</title>", f'<link href="https://quernmore.example/world/{slug(e["h"])}" rel="alternate"/>',
                f"<id>tag:quernmore.example,2022:{S['id']}-{i+1}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html"><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_roseland(S):  # text live, newest first, "16 December 2022 06:07" stamp line, "By X" under headline, Key Points
    z = S["zone"]
    L = ["ROSELAND REPORT", "Ukraine   World   Economy   Culture   Donate", "", S["title"], "", S["lede"], "",
         "All times are Kyiv time (UTC+2)", "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 4:
            L += ["Support Roseland Report's reporting from Ukraine", ""]
    L += ["Show older updates", "", "© Roseland Report 2022"]
    return "\n".join(L) + "\n", stamps


def r_oldcastle(S):  # HTML live; @graph JSON-LD with @type array; visible "9:20 a.m. ET"; newest first
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}#e{i+1}"}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://oldcastle.example/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://oldcastle.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="site"><a href="/">{S["source"]}</a> <nav><a href="/us">U.S.</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/markets">Markets</a> <a href="/weather">Weather</a></nav> <a class="sub" href="/subscribe">Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="dek">{esc(S["lede"])}</p><p class="meta">{esc(S["meta"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, "a.m.") + " ET"; stamps.append(st)
        out.append(f'<div class="live-entry" id="e{i+1}"><div class="ts"><time datetime="{d.isoformat()}">{st}</time></div>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        if e["a"]:
            out.append(f'<div class="by">{esc(e["a"])}</div>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 1:
            out.append('<div class="ad">Advertisement - Scroll to continue</div>')
    out += ["</main>", f'<footer>© 2022 {S["source"]}. All rights reserved. · Do Not Sell My Info</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_polperro(S):  # text live, OLDEST first, bare "08:15" with "All times GMT", one page byline
    z = S["zone"]
    L = ["The Polperro Post", "News | Sport | Business | Opinion | Weather", "", S["title"], "", f"Live coverage by {S['author']}",
         S["dateline"], "All times GMT", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%H:%M"); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Refresh for the latest", "", "© The Polperro Post 2022"]
    return "\n".join(L) + "\n", stamps


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="2500", name="2500_armenpress-latest", ext="txt", source="Armenpress", zone="Asia/Yerevan", render=r_armenpress,
  title="Latest news", fmt="plain-text scrape of the news-feed listing; headline line then '17:25, 9 January 2025' on its own line",
  imitates="Armenpress (Armenian News Agency) English site, news-feed listing",
  notes="Armenpress-style text scrape of the 'Latest news' feed listing on Thursday 9 Jan 2025, newest first. Each item: headline line, then the stamp 'HH:MM, D Month YYYY' on its own line AFTER the headline, then body paragraphs; some items are followed by a 'Read more' link line. No zone printed: Armenia time (AMT, UTC+4) implied by the outlet. No bylines (author null). Item 4 is a photo teaser without body. Item 1 is a local weather item (off-beat). All stamps 09:20-21:40 AMT = 05:20-17:40 UTC on 9 Jan.",
  not_entries=["masthead, agency name and language switcher", "cookie line", "section menu", "listing heading 'Latest news' (page title)", "'Read more' link lines", "'Most read' box and exchange-rate line", "'Load more'", "Telegram promo, copyright and footer links"],
  entries=[
  OFF("2025-01-09 21:40", "Heavy snow closes mountain passes in Syunik to trucks",
    ["Road police said the Vorotan pass and several sections of the north-south highway were closed to heavy goods vehicles on Thursday evening after a day of heavy snowfall.",
     "Passenger cars can still travel but drivers are urged to fit winter tyres and avoid night journeys."],
    "syunik-snow-roads-closed", n="Armenian weather item, not about the war."),
  E("2025-01-09 19:55", "Russian troops step up assaults near Pokrovsk, Ukraine's General Staff says",
    ["Ukraine's General Staff reported more than 60 Russian assaults along the Pokrovsk direction over the past day, the highest number on any part of the front.",
     "The evening summary said Ukrainian units had held their positions south of the town but that fighting continued near two villages."],
    "other", "frontline", 2, "pokrovsk-assaults-2025-01-09"),
  E("2025-01-09 17:25", "Austin announces 500 million dollar arms package at last Ramstein meeting",
    ["US Defense Secretary Lloyd Austin announced a new package of weapons for Ukraine worth about 500 million dollars at the Ukraine Defense Contact Group meeting at Ramstein air base in Germany.",
     "The package includes missiles for air defence, ammunition and equipment for F-16 fighter jets, he said.",
     "It was Austin's final meeting of the group before the change of administration in Washington on 20 January."],
    "aid", "aid", 3, "us-500m-package-ramstein-2025-01-09", n="Major aid package announced by a minister -> 3."),
  E("2025-01-09 15:30", "Photos: Defence ministers gather at Ramstein air base", [], "aid", "aid", 1, "us-500m-package-ramstein-2025-01-09",
    n="Photo teaser without body -> importance 1; same event as the package announcement."),
  E("2025-01-09 13:10", "Death toll from Zaporizhzhia bombing rises to 13",
    ["The number of people killed by Wednesday's Russian strike on Zaporizhzhia has risen to 13, regional governor Ivan Fedorov said on Thursday.",
     "Two guided aerial bombs hit an industrial site as workers were leaving their shift, and more than 100 people were wounded.",
     "A day of mourning was declared in the city."],
    "strikes", "strikes", 3, "zaporizhzhia-bombing-toll-2025-01-09", n="Deadly strike -> 3."),
  E("2025-01-09 11:45", "Kremlin says Putin is open to contacts with Trump without preconditions",
    ["Kremlin spokesman Dmitry Peskov said President Vladimir Putin had repeatedly expressed readiness for contacts with international leaders, including Donald Trump, and that no conditions were attached.",
     "Peskov said that no concrete preparations for a meeting were under way yet."],
    "diplomacy", "diplomacy", 2, "kremlin-putin-trump-contacts-2025-01-09", n="Spokesman's statement, no actual move -> 2."),
  E("2025-01-09 09:20", "Ukraine says it downed 41 of 64 drones launched overnight",
    ["Ukraine's air force said Russia had launched 64 attack drones at the country overnight and that 41 of them were shot down.",
     "Another 22 drones were lost from radar, most likely because of electronic jamming, the air force said."],
    "strikes", "strikes", 2, "overnight-drones-2025-01-09"),
  ]))

SEEDS.append(dict(id="2501", name="2501_trend-russia-listing", ext="html", source="Trend News Agency", zone="Asia/Baku", render=r_trend,
  title="Russia", fmt="HTML category listing; author span directly followed by date span '6 February 2025 18:20 (UTC +04:00)'",
  imitates="Trend News Agency (Azerbaijan) English site, World/Russia category",
  notes="Trend-style HTML category page for Thursday 6 Feb 2025, newest first. Each item: h4 headline link, a meta line where the author span and the date span are adjacent with no separator (a naive text extraction glues them: 'Nargiz Sadikhova6 February 2025 20:45 (UTC +04:00)'), then lede paragraphs and share links. The stamp itself names the offset (UTC +04:00 = Baku). The only JSON-LD is a BreadcrumbList (no article data). Item 7 is an oil-price item (off-beat). Items without an author span have author null.",
  not_entries=["header logo and language links", "main menu", "breadcrumbs", "category heading 'Russia' (page title)", "share link rows", "Telegram subscribe box", "'Advertisement'", "pagination link", "'Latest' sidebar and its two links", "footer"],
  entries=[
  E("2025-02-06 20:45", "Russian Defense Ministry says Ukrainian counterattack in Kursk region repelled",
    ["Russia's Defense Ministry said its troops had repelled a new attempt by Ukrainian armoured units to push deeper into the Kursk region, destroying several tanks.",
     "Ukrainian officials did not comment directly but the head of the presidential office posted a short message saying Russia was getting what it deserved."],
    "other", "frontline", 2, "kursk-counterattack-2025-02-06", a="Nargiz Sadikhova"),
  E("2025-02-06 18:10", "Peskov: Moscow has received no concrete peace proposals from Washington",
    ["Kremlin spokesman Dmitry Peskov told reporters that Moscow had not received any specific proposals from the new US administration on ending the conflict.",
     "He said contacts at expert level were continuing but declined to give details."],
    "diplomacy", "diplomacy", 2, "peskov-no-us-proposals-2025-02-06", a="Nargiz Sadikhova"),
  E("2025-02-06 16:30", "Drone attack sparks fire at oil depot in Krasnodar region",
    ["A fire broke out at an oil storage facility in Russia's Krasnodar region after an overnight attack by Ukrainian drones, the regional operational headquarters said.",
     "About 70 firefighters were working at the site and nobody was hurt, according to the statement."],
    "strikes", "strikes", 2, "krasnodar-oil-depot-drones-2025-02-06", a=None),
  E("2025-02-06 14:05", "Naftogaz says Russian missiles hit gas production sites in Kharkiv region",
    ["Ukraine's state energy company Naftogaz said Russian missiles and drones had damaged gas production facilities in the Kharkiv and Poltava regions overnight.",
     "It was the eleventh attack on the company's infrastructure since the start of the year, the company said."],
    "strikes", "strikes", 3, "naftogaz-gas-sites-hit-2025-02-06", a="Rustam Aliyev", n="Large strike on energy infrastructure -> 3 (judgement)."),
  E("2025-02-06 12:20", "Azerbaijan sends another batch of power equipment to Ukraine",
    ["A new consignment of transformers and electrical cable donated by Azerbaijan has arrived in Kyiv, the Azerbaijani embassy in Ukraine said.",
     "The equipment is intended for the repair of substations damaged by Russian strikes."],
    "aid", "aid", 2, "azerbaijan-power-equipment-2025-02-06", a="Rustam Aliyev"),
  E("2025-02-06 10:40", "Russia and Ukraine swap 150 prisoners of war in UAE-brokered exchange",
    ["Russia and Ukraine each returned 150 prisoners of war in an exchange mediated by the United Arab Emirates, both sides said.",
     "It was the first swap of the year and the thirteenth brokered by the Emirates since the start of the war, according to Abu Dhabi."],
    "diplomacy", "diplomacy", 3, "uae-prisoner-swap-150-2025-02-06", a=None, n="Mediated prisoner exchange -> diplomacy, big exchange -> 3."),
  OFF("2025-02-06 09:15", "Azeri Light crude price edges up",
    ["The price of Azeri Light crude on world markets rose by 41 cents to 78.12 dollars a barrel, according to trading data.",
     "Brent futures for April delivery were also slightly higher."],
    "azeri-light-price-2025-02-06", n="oil-price item, not about the war."),
  ]))

SEEDS.append(dict(id="2502", name="2502_cgtn-live", ext="html", source="CGTN", zone="Asia/Shanghai", render=r_cgtn,
  title="Live: Russia-Ukraine conflict enters day 56", url="https://news.cgtn.com/news/2022-04-20/live-russia-ukraine-day-56.html",
  lede="Follow CGTN for the latest on the conflict in Ukraine. All times are Beijing Time (GMT+8).",
  fmt="HTML live page; bare 'HH:MM' stamps under one date line '20-Apr-2022'; LiveBlogPosting JSON-LD whose strings contain &#39; entities",
  imitates="CGTN live page",
  notes="CGTN-style live page for Wednesday 20 April 2022 (day 56 of the war), newest first. The header shows 'Updated 22:50, 20-Apr-2022' and a date line '20-Apr-2022' above the timeline; the lede says times are Beijing Time (GMT+8). Each item: bare 'HH:MM', h3 headline, paragraphs, share line. The LiveBlogPosting JSON-LD carries the same updates with +08:00 times; its strings write the apostrophe as the HTML entity &#39; (as some CMSs do), so headlines read from JSON-LD must be entity-decoded. No bylines. Spelling 'Zelenskyy' as CGTN prints it.",
  not_entries=["header menu", "'LIVE' tag", "'Updated 22:50, 20-Apr-2022' line", "lede with the time-zone note", "date line '20-Apr-2022'", "share lines", "app promo", "'Related stories' box with two links", "footer"],
  entries=[
  E("2022-04-20 22:50", "Russia tests Sarmat intercontinental ballistic missile",
    ["Russia said it had carried out the first test launch of its new Sarmat intercontinental ballistic missile from the Plesetsk cosmodrome in the country's north.",
     "President Vladimir Putin said the missile would make those who threaten Russia 'think twice'.",
     "The Pentagon said Moscow had given advance notice of the launch under existing arms-control rules and that it did not see the test as a threat."],
    "other", "security", 2, "sarmat-icbm-test-2022-04-20", n="Weapons test -> other/security."),
  E("2022-04-20 21:15", "European Council President Michel arrives in Kyiv",
    ["European Council President Charles Michel travelled to Kyiv on Wednesday for talks with President Volodymyr Zelenskyy.",
     "Michel said the EU was doing everything it could to support Ukraine and would stand by the country after the war."],
    "diplomacy", "diplomacy", 3, "michel-visits-kyiv-2022-04-20"),
  E("2022-04-20 19:40", "Chinese FM: China's position on Ukraine is objective and fair",
    ["Chinese Foreign Ministry spokesperson Wang Wenbin said China's position on the Ukraine issue was objective and fair and that Beijing would keep playing a constructive role in promoting peace talks.",
     "He said sanctions would not solve the problem and that all parties should address each other's legitimate security concerns."],
    "diplomacy", "diplomacy", 2, "china-fm-ukraine-position-2022-04-20"),
  E("2022-04-20 18:05", "Ukraine's deputy PM says humanitarian corridor from Mariupol agreed",
    ["Ukraine's Deputy Prime Minister Iryna Vereshchuk said a preliminary agreement had been reached on a corridor to evacuate women, children and elderly people from Mariupol towards Zaporizhzhia.",
     "Buses were expected to start moving in the afternoon, local time, she said."],
    "other", "humanitarian", 2, "mariupol-corridor-2022-04-20"),
  E("2022-04-20 16:30", "Russia gives defenders of Mariupol steel plant new deadline to surrender",
    ["Russia's Defense Ministry called on Ukrainian troops holding out in the Azovstal steel works in Mariupol to lay down their arms by early afternoon Moscow time.",
     "Ukrainian commanders inside the plant said they would not surrender and appealed for help in evacuating wounded soldiers and civilians sheltering there."],
    "other", "frontline", 2, "azovstal-surrender-deadline-2022-04-20"),
  E("2022-04-20 14:38", "Shelling in Kharkiv kills four, regional governor says",
    ["Russian shelling of residential districts of Kharkiv killed four people and wounded at least ten over the past day, regional governor Oleh Synehubov said.",
     "He said the city had been hit dozens of times, including by multiple rocket launchers."],
    "strikes", "strikes", 3, "kharkiv-shelling-2022-04-20", n="Deadly strike -> 3."),
  E("2022-04-20 12:10", "Pentagon says Ukraine has received extra aircraft and spare parts",
    ["The Pentagon said Ukraine had received additional aircraft and aircraft parts from other countries to help it expand its fleet.",
     "A spokesman declined to say which countries had supplied them or what type of aircraft were involved."],
    "aid", "aid", 2, "ukraine-receives-aircraft-parts-2022-04-20"),
  E("2022-04-20 09:45", "UN chief asks Moscow and Kyiv to receive him for talks",
    ["UN Secretary-General Antonio Guterres has sent letters to the presidents of Russia and Ukraine asking them to receive him in Moscow and Kyiv, his spokesperson said.",
     "The aim would be to discuss urgent steps to bring peace to Ukraine, the spokesperson said."],
    "diplomacy", "diplomacy", 2, "guterres-asks-moscow-kyiv-visits-2022-04-20"),
  ]))

SEEDS.append(dict(id="2503", name="2503_philstar-key-events", ext="txt", source="The Philippine Star", zone="Asia/Manila", render=r_philstar,
  title="Russia-Ukraine war: Key events on day 1,128", byline="Marielle Dizon", dateline="2025-03-27 19:18",
  lede="Here is the situation on Thursday, March 27, 2025.",
  fmt="plain-text scrape of a 'key events' article: one bullet = one entry, grouped under section headings; no per-item time",
  imitates="The Philippine Star (Philstar.com) World section",
  notes="Philstar-style scrape of a daily 'key events' article for Thursday 27 March 2025 (day 1,128 of the war). There are no headlines: each bullet paragraph under the headings 'Fighting', 'Politics and diplomacy' and 'Weapons and aid' is one event and one entry (headline null, stamp null, body_paragraphs 1; the list markers did not survive the copy). No per-item time: published is the article's date line 'March 27, 2025 | 7:18pm' (Philippine time, UTC+8) = 11:18 UTC. The page byline 'Marielle Dizon - Philstar.com' gives the author of every entry. The list is not headed 'Key Points' and lists no headlines, so key_point is false everywhere.",
  not_entries=["site name and menu", "section label 'World'", "title line", "byline and date line", "share line", "lede 'Here is the situation on ...'", "section headings 'Fighting', 'Politics and diplomacy', 'Weapons and aid'", "'RELATED:' link", "'FOLLOW US ON GOOGLE NEWS'", "'As It Happens' box", "copyright"],
  entries=[
  E("2025-03-27 19:18", None, ["Russian drones struck the northeastern city of Kharkiv overnight, wounding at least ten people and setting fire to homes and shops, Mayor Ihor Terekhov said. He said more than 20 drones had been aimed at the city."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-03-27", a="Marielle Dizon", sect="Fighting"),
  E("2025-03-27 19:18", None, ["A guided bomb dropped by a Russian plane hit a residential street in Kostiantynivka in the Donetsk region, killing two people, regional officials said."],
    "strikes", "strikes", 2, "kostiantynivka-bomb-2025-03-27", a="Marielle Dizon", sect="Fighting", n="A second, separate attack: must not merge with the Kharkiv drones."),
  E("2025-03-27 19:18", None, ["Ukraine's military said its troops had pushed Russian forces out of two villages west of Pokrovsk after several days of fighting."],
    "other", "frontline", 2, "pokrovsk-villages-retaken-2025-03-27", a="Marielle Dizon", sect="Fighting"),
  E("2025-03-27 19:18", None, ["French President Emmanuel Macron hosted leaders and officials from about 30 countries in Paris to discuss security guarantees for Ukraine, including a possible European reassurance force to be deployed after a ceasefire."],
    "diplomacy", "diplomacy", 3, "paris-coalition-summit-2025-03-27", a="Marielle Dizon", sect="Politics and diplomacy", n="Summit of heads of government -> 3."),
  E("2025-03-27 19:18", None, ["Kremlin spokesman Dmitry Peskov said Moscow and Washington were still discussing the details of a possible revival of the Black Sea shipping arrangement and that no date had been set."],
    "diplomacy", "diplomacy", 2, "black-sea-shipping-talks-2025-03-27", a="Marielle Dizon", sect="Politics and diplomacy"),
  E("2025-03-27 19:18", None, ["President Volodymyr Zelenskyy accused Russia of violating the partial pause on strikes against energy facilities, saying a power station in the Kherson region had been hit hours after the arrangement was announced."],
    "diplomacy", "diplomacy", 2, "energy-truce-violation-claims-2025-03-27", a="Marielle Dizon", sect="Politics and diplomacy", sec=["strikes"],
    n="Statement about the energy-strike moratorium (ceasefire talk) -> diplomacy; the strike itself is secondary."),
  E("2025-03-27 19:18", None, ["Macron announced a further 2 billion euros in French military aid for Ukraine, including anti-tank missiles, air-defence missiles and armoured vehicles."],
    "aid", "aid", 3, "france-2bn-military-aid-2025-03-27", a="Marielle Dizon", sect="Weapons and aid", n="Major aid package by a head of state -> 3."),
  ]))

SEEDS.append(dict(id="2504", name="2504_ahram-world-rss", ext="xml", source="Ahram Online", zone="Africa/Cairo", render=r_ahram,
  title="Ahram Online - World", fmt="RSS 2.0, '+0200' pubDates, entity-escaped HTML descriptions, dc:creator",
  imitates="Ahram Online (Egypt) World RSS feed",
  notes="Ahram Online-style RSS 2.0 World feed for Wednesday 8 June 2022, newest first. pubDates carry +0200: Egypt kept standard time all year in 2022 (no summer time that year), so +0200 is correct Cairo time. Descriptions are HTML escaped as entities (&lt;p&gt;), not CDATA. One item ('Video: ...') has an empty description (teaser). Two items are Egyptian economy/sport news (off-beat). Credits in dc:creator: staff names and 'MENA' (Egypt's state agency, counted as author); items without dc:creator have author null.",
  not_entries=["channel title, link, description, language, lastBuildDate", "item links and guids"],
  entries=[
  E("2022-06-08 21:30", "Lavrov, Cavusoglu discuss Black Sea grain corridor in Ankara",
    ["Russian Foreign Minister Sergei Lavrov held talks with his Turkish counterpart Mevlut Cavusoglu in Ankara on a possible sea corridor to move Ukrainian grain out of Black Sea ports.",
     "Lavrov said the responsibility for clearing the way lay with Kyiv, which would have to remove mines from its harbours.",
     "Ukraine, which was not represented at the talks, said it would not accept any deal that left its coast exposed."],
    "diplomacy", "diplomacy", 3, "lavrov-ankara-grain-corridor-2022-06-08", a="Nadine Fawzy", n="Ministerial talks -> 3."),
  E("2022-06-08 19:05", "Ukrainian troops hold out in Severodonetsk industrial zone, governor says",
    ["Ukrainian forces still controlled the industrial zone of Severodonetsk after another day of street fighting, Luhansk governor Serhiy Haidai said.",
     "He said Russian troops held most of the city but were suffering heavy losses."],
    "other", "frontline", 2, "severodonetsk-fighting-2022-06-08", a=None),
  E("2022-06-08 16:40", "Video: Residents return to villages retaken near Kharkiv", [], "other", "humanitarian", 1, "kharkiv-villages-return-2022-06-08",
    a=None, n="Video teaser: empty description -> no body, importance 1."),
  E("2022-06-08 14:15", "Russian shelling kills three in Kharkiv region villages",
    ["Three civilians were killed and five wounded when Russian artillery hit villages north of Kharkiv, the regional administration said.",
     "Houses and a school building were destroyed in the shelling."],
    "strikes", "strikes", 3, "kharkiv-region-shelling-2022-06-08", a="MENA", n="Deadly strike -> 3."),
  E("2022-06-08 12:00", "Guterres warns war threatens to tip millions into hunger",
    ["UN Secretary-General Antonio Guterres said the war in Ukraine was driving food, energy and fertiliser prices to levels that could push tens of millions more people into hunger.",
     "He urged Russia and Ukraine to reach a deal that would let Ukrainian grain and Russian fertiliser reach world markets."],
    "diplomacy", "diplomacy", 2, "guterres-hunger-warning-2022-06-08", a="MENA", n="UN statement -> diplomacy."),
  OFF("2022-06-08 10:20", "Egypt's urban inflation climbs to 13.5 percent in May",
    ["Annual urban consumer price inflation in Egypt rose to 13.5 percent in May from 13.1 percent in April, the state statistics agency said.",
     "Food prices drove most of the increase."],
    "egypt-inflation-may-2022", a="Nadine Fawzy", n="Egyptian economy data; not a war item even though prices are mentioned."),
  OFF("2022-06-08 08:45", "Pharaohs travel to Malawi for Nations Cup qualifier against Ethiopia",
    ["Egypt's national football team left Cairo for Lilongwe, where it will face Ethiopia in an Africa Cup of Nations qualifier on Thursday.",
     "The coach said two injured defenders had recovered in time."],
    "egypt-football-qualifier-2022-06-08", a=None, n="sport item."),
  ]))

SEEDS.append(dict(id="2505", name="2505_livemint-live", ext="html", source="Livemint", zone="Asia/Kolkata", render=r_livemint,
  title="Russia-Ukraine war news LIVE: Kyiv approves minerals deal, calls Moscow's truce offer a manipulation",
  url="https://www.livemint.com/news/world/russia-ukraine-war-news-live-updates-30-april-2025-11745980000000.html",
  author="Ritika Sen", lede="Follow the latest updates on the Russia-Ukraine war, peace efforts and the US-Ukraine minerals agreement.",
  fmt="HTML live blog; '30 Apr 2025, 08:35 PM IST' stamps; LiveBlogPosting JSON-LD; Key Points box; page byline only",
  imitates="Livemint (Mint) live blog",
  notes="Livemint-style live blog of Wednesday 30 April 2025, newest first, crossing local midnight: the newest post is stamped '01 May 2025, 12:40 AM IST' (= 19:10 UTC on 30 April), so every entry is on UTC day 2025-04-30 although two local dates are printed. Stamps are 12-hour with zero-padded hours and 'IST' (UTC+5:30). The Key Points box lists three exact headlines (entries 01, 05 and 06). The only byline is the page's 'Ritika Sen' (also the JSON-LD author of every update), used as every entry's author. Entry 04 ('Explained: ...') is an explainer WITH a body: a theme piece, importance 2, own story.",
  not_entries=["header menu and e-paper link", "market ticker line", "breadcrumb", "summary line", "byline/Updated line", "'Listen to this live blog'", "Key Points heading and its three bullet lines", "'Share Via' rows", "Mint app promo box", "'Trending in World' box", "footer"],
  entries=[
  E("2025-05-01 00:40", "Ukraine's government approves minerals agreement with US ahead of signing",
    ["Ukraine's cabinet approved the text of the minerals and reconstruction fund agreement with the United States late on Wednesday, Prime Minister Denys Shmyhal said.",
     "First Deputy Prime Minister Yulia Svyrydenko was in Washington to sign the deal, which still needs ratification by Ukraine's parliament."],
    "diplomacy", "diplomacy", 3, "us-ukraine-minerals-deal-2025-04-30", a="Ritika Sen", kp=True, sec=["aid"], n="Interstate economic agreement -> diplomacy; listed in Key Points -> 3."),
  E("2025-04-30 22:55", "Zelensky calls Russia's three-day Victory Day truce a 'manipulation'",
    ["President Volodymyr Zelensky said Moscow's offer of a ceasefire from 8 to 10 May was an attempt to create a pleasant atmosphere for the parade in Moscow rather than a step towards peace.",
     "He repeated that Kyiv was ready for a full ceasefire of at least 30 days."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-may-truce-2025-04-30", a="Ritika Sen"),
  E("2025-04-30 21:20", "Rubio says US could step back from mediation without concrete proposals",
    ["US Secretary of State Marco Rubio said Washington would not keep flying to Europe for meetings unless Russia and Ukraine put forward concrete ideas for ending the war.",
     "He said it was now up to the two sides to show they were serious."],
    "diplomacy", "diplomacy", 2, "rubio-mediation-warning-2025-04-30", a="Ritika Sen"),
  E("2025-04-30 19:05", "Explained: What the US-Ukraine minerals agreement covers",
    ["The agreement sets up a joint investment fund into which Ukraine will pay half of future revenues from new licences for minerals, oil and gas.",
     "Washington can count future military aid as its contribution to the fund, and Ukraine keeps ownership of its resources.",
     "Existing projects and state companies are not covered, according to the text shown to lawmakers."],
    "diplomacy", "diplomacy", 2, "explainer-minerals-agreement", a="Ritika Sen", n="Explainer with body: theme piece, own story (not the approval news)."),
  E("2025-04-30 16:30", "Russian drones kill two in Odesa, damage apartment blocks",
    ["Two people were killed and at least 15 wounded when Russian drones struck residential areas of Odesa overnight, regional governor Oleh Kiper said.",
     "Several high-rise buildings and a supermarket were damaged and fires broke out in three districts."],
    "strikes", "strikes", 3, "odesa-drone-attack-2025-04-30", a="Ritika Sen", kp=True),
  E("2025-04-30 13:15", "Kremlin says Putin's Victory Day ceasefire stands regardless of Kyiv's answer",
    ["Kremlin spokesman Dmitry Peskov said Russian troops would observe the three-day ceasefire announced by President Vladimir Putin whatever Ukraine decided.",
     "He said Moscow would respond to any Ukrainian attacks during the truce."],
    "diplomacy", "diplomacy", 3, "kremlin-may-truce-stands-2025-04-30", a="Ritika Sen", kp=True, n="Listed in Key Points -> 3."),
  E("2025-04-30 10:40", "Shelling wounds four in Zaporizhzhia region",
    ["Russian artillery hit the town of Orikhiv and nearby villages in the Zaporizhzhia region, wounding four people, the regional governor said.",
     "A kindergarten and several houses were damaged."],
    "strikes", "strikes", 2, "zaporizhzhia-region-shelling-2025-04-30", a="Ritika Sen"),
  E("2025-04-30 08:05", "Russia claims capture of another village in Donetsk region",
    ["Russia's Defence Ministry said its forces had taken control of a village near Pokrovsk in the Donetsk region.",
     "Ukraine's military did not confirm the claim and said fighting continued in the area."],
    "other", "frontline", 2, "donetsk-village-claim-2025-04-30", a="Ritika Sen"),
  ]))

SEEDS.append(dict(id="2506", name="2506_kathmandupost-world", ext="txt", source="The Kathmandu Post", zone="Asia/Kathmandu", render=r_kathmandu,
  title="World", ref="2025-05-08 21:15", fmt="plain-text scrape of the World section; relative stamps ('3 hours ago') against a printed 'Updated at' line",
  imitates="The Kathmandu Post, World section",
  notes="Kathmandu Post-style scrape of the World section on Thursday 8 May 2025. Items show only relative stamps ('25 minutes ago', '1 hour ago', '14 hours ago'), each printed AFTER the body and the credit line; they resolve against the page's printed 'Updated at : May 8, 2025 21:15' (Nepal time, UTC+5:45; no zone printed, implied by the outlet). 21:15 NPT = 15:30 UTC, so '14 hours ago' = 07:15 NPT = 01:30 UTC, same UTC day. Credits: 'Post Report', agency 'ANI' and a staff name; all counted as authors. Two items are off-beat (India-Pakistan clashes, Nepal monsoon forecast).",
  not_entries=["masthead and date line", "section menu", "'Subscribe   Login'", "section heading 'World' (page title)", "'Updated at' line", "'Advertisement'", "'Editor's Picks' box and its link", "'Load More'", "address, copyright and footer links"],
  entries=[
  OFF("2025-05-08 20:50", "India and Pakistan trade fire along Kashmir frontier for second night",
    ["Indian and Pakistani troops exchanged artillery and small-arms fire at several points along the Line of Control, officials on both sides said.",
     "Both governments accused the other of targeting civilian areas."],
    "india-pakistan-loc-fire-2025-05-08", a="ANI", n="another conflict, not the Russia-Ukraine war."),
  E("2025-05-08 20:15", "Kyiv accuses Moscow of breaking its own Victory Day truce within hours",
    ["Ukraine's foreign minister Andrii Sybiha said Russian forces had launched dozens of assaults and air strikes in the first hours of the three-day ceasefire declared by Vladimir Putin.",
     "Moscow said its troops were observing the truce and only responding to Ukrainian attacks."],
    "diplomacy", "diplomacy", 3, "victory-day-truce-violations-2025-05-08", a="ANI", sec=["other"], n="Ceasefire dispute between foreign ministry and Kremlin -> diplomacy, 3."),
  E("2025-05-08 18:15", "Xi and Putin pledge closer partnership at Kremlin talks",
    ["Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement on deepening their strategic partnership after talks in Moscow.",
     "On Ukraine, the statement called for addressing what it described as the root causes of the conflict."],
    "diplomacy", "diplomacy", 3, "xi-putin-moscow-talks-2025-05-08", a="ANI", n="Head-of-state summit -> 3."),
  OFF("2025-05-08 16:15", "Monsoon likely to reach Nepal earlier than usual, forecasters say",
    ["The Department of Hydrology and Meteorology said the monsoon could enter eastern Nepal in the first week of June, a few days earlier than normal.",
     "Above-average rainfall is expected in most provinces."],
    "nepal-monsoon-forecast-2025-05-08", a="Post Report", n="weather item."),
  E("2025-05-08 13:15", "Shelling kills one in Kharkiv region as truce begins",
    ["One man was killed and two people were wounded when Russian shells hit a village in the Kupiansk district, the Kharkiv regional governor said.",
     "He said the attack came several hours after the start of the ceasefire announced by Moscow."],
    "strikes", "strikes", 2, "kupiansk-shelling-2025-05-08", a="ANI", n="One specific attack; separate from the general truce-violation statement."),
  E("2025-05-08 10:15", "Families of Nepalis in Russian army urge government to bring bodies home",
    ["Relatives of Nepali men killed while fighting for the Russian army in Ukraine gathered outside the Foreign Ministry in Kathmandu to demand faster repatriation of remains.",
     "Officials said Russia had confirmed the deaths of more than 40 Nepali citizens and that talks on compensation were continuing."],
    "other", "humanitarian", 2, "nepali-recruits-remains-2025-05-08", a="Anil Ghimire"),
  E("2025-05-08 07:15", "Merz pledges steady support for Ukraine on first visits as chancellor",
    ["Germany's new chancellor Friedrich Merz said in Warsaw that Germany would keep supporting Ukraine for as long as necessary and would work closely with Poland and France.",
     "He had travelled to Paris earlier in the day, on his first full day in office."],
    "diplomacy", "diplomacy", 2, "merz-first-trips-ukraine-support-2025-05-08", a="ANI"),
  ]))

SEEDS.append(dict(id="2507", name="2507_i24news-breaking", ext="html", source="i24NEWS", zone="Asia/Jerusalem", render=r_i24,
  title="Breaking news", parse_date="2022-08-12",
  fmt="HTML breaking-news column; bare '8:35 p.m.' stamps; no date or year anywhere on the page",
  imitates="i24NEWS breaking-news column",
  notes="i24NEWS-style breaking-news column captured on Friday 12 August 2022. The page prints no date, no year and no zone: stamps are bare 12-hour times ('9:40 p.m.'), so the day comes from --date 2022-08-12 (parse_args) and the zone is the outlet's home zone, Israel (IDT, UTC+3). Newest first; 8:05 a.m. to 11:05 p.m. IDT = 05:05-20:05 UTC, one UTC day. No JSON-LD, no bylines. The column mixes Israeli/regional items (Gaza truce, Jewish Agency case in Moscow: off-beat) with war items. Entry 05 is a 'WATCH:' teaser without body.",
  not_entries=["header menu and language links", "heading 'Breaking news' (page title)", "share/copy-link rows", "newsletter box", "'Most viewed' sidebar", "footer"],
  entries=[
  OFF("2022-08-12 23:05", "Egyptian mediators say Gaza truce holding for fifth day",
    ["Egyptian officials said the ceasefire between Israel and Islamic Jihad was holding and that talks on the release of two detained militants were continuing.",
     "The Kerem Shalom crossing reopened for fuel deliveries."],
    "gaza-truce-holding-2022-08-12", n="another conflict."),
  E("2022-08-12 21:40", "Zaporizhzhia nuclear plant shelled again as Kyiv and Moscow trade blame",
    ["New shelling hit the area of the Zaporizhzhia nuclear power plant, with Ukraine's nuclear operator and Russian-installed officials each blaming the other side.",
     "The UN nuclear watchdog repeated its call to let inspectors reach the plant as soon as possible."],
    "strikes", "strikes", 3, "zaporizhzhia-npp-shelling-2022-08-12", n="Attack on a nuclear plant site -> strikes, 3."),
  E("2022-08-12 19:15", "Moscow court postpones hearing on closing Jewish Agency branch",
    ["A Moscow court put off until next month the hearing on the justice ministry's request to dissolve the Russian branch of the Jewish Agency.",
     "Israeli officials said contacts with Moscow on the case were continuing through diplomatic channels."],
    "other", "unrelated", 1, "jewish-agency-moscow-case-2022-08-12", n="off-beat: Russia-Israel legal dispute, not about the war."),
  E("2022-08-12 17:50", "Ship carrying sunflower meal leaves Odesa for Turkey",
    ["Another cargo ship left a port in the Odesa region carrying sunflower meal bound for Turkey under the UN-backed grain export deal, Ukraine's infrastructure ministry said.",
     "More than a dozen vessels have now sailed since the corridor opened."],
    "other", "humanitarian", 2, "odesa-grain-ship-2022-08-12", n="Grain-corridor shipping -> other/humanitarian (convention)."),
  E("2022-08-12 16:20", "WATCH: i24NEWS correspondent at the port of Odesa", [], "other", "humanitarian", 1, "odesa-grain-ship-2022-08-12",
    n="Video teaser without body -> importance 1; same story as the ship departure."),
  E("2022-08-12 14:35", "Russia says its forces have taken Pisky near Donetsk",
    ["Russia's Defense Ministry said its troops and separatist forces had taken full control of Pisky, a village next to Donetsk airport.",
     "Ukraine's military said fighting for the village was continuing."],
    "other", "frontline", 2, "pisky-capture-claim-2022-08-12"),
  E("2022-08-12 11:20", "Donors pledge 1.5 billion euros for Ukraine's military at Copenhagen meeting",
    ["Countries meeting in Copenhagen pledged about 1.5 billion euros to pay for weapons, training and demining for Ukraine, Denmark's defence minister said.",
     "Britain said it would send more multiple-launch rocket systems and guided rockets."],
    "aid", "aid", 3, "copenhagen-donor-conference-2022-08-12", n="Major aid pledges -> 3."),
  E("2022-08-12 08:05", "Russian shelling of Nikopol kills two overnight",
    ["Two people were killed and several wounded when Russian rockets hit residential areas of Nikopol, across the Dnipro river from the nuclear plant, the regional governor said.",
     "About 40 shells and rockets hit the town, he said."],
    "strikes", "strikes", 3, "nikopol-shelling-2022-08-12", n="Deadly strike on a different town: must not merge with the plant shelling."),
  ]))

SEEDS.append(dict(id="2508", name="2508_chinadaily-world-rdf", ext="xml", source="China Daily", zone="Asia/Shanghai", render=r_chinadaily,
  title="China Daily - World", fmt="RSS 1.0 (RDF) with dc:date +08:00, entity-escaped descriptions",
  imitates="China Daily World RSS",
  notes="China Daily-style World feed in RSS 1.0 (rdf:RDF, items outside the channel, dc:date with +08:00) for Tuesday 24 June 2025, newest first. Single-paragraph descriptions are plain text; multi-paragraph ones are entity-escaped HTML. Two items on the Dnipro strike (first report and toll update) are separate updates of one story. Two items are off-beat (Iran-Israel ceasefire, Summer Davos). Spelling 'defense' as the outlet uses. dc:creator names the writer where present.",
  not_entries=["channel title, link, description, channel dc:date", "the rdf:Seq list of item URLs", "item links"],
  entries=[
  E("2025-06-24 22:30", "Dnipro missile strike toll climbs to 17",
    ["The number of people killed by Tuesday's Russian missile strike on Dnipro rose to 17, with more than 270 injured, regional authorities said.",
     "A passenger train was damaged near the city's station and several educational buildings were hit."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-06-24", a="Zhang Yue"),
  E("2025-06-24 20:10", "NATO summit opens in The Hague with defense spending at top of agenda",
    ["Leaders of NATO member states gathered in The Hague for a two-day summit expected to endorse a target of spending 5 percent of GDP on defense and related security needs.",
     "Ukrainian President Volodymyr Zelensky attended a dinner hosted by the Dutch king on the eve of the main session."],
    "diplomacy", "diplomacy", 3, "nato-summit-the-hague-2025-06-24", a="Zhang Yue", n="Alliance summit -> 3."),
  OFF("2025-06-24 17:45", "Iran-Israel ceasefire appears to hold after early violations",
    ["A ceasefire between Iran and Israel appeared to be holding on Tuesday evening after both sides accused each other of breaching it in the first hours."],
    "iran-israel-ceasefire-2025-06-24", a=None, n="another conflict."),
  E("2025-06-24 16:10", "Russian missiles hit Dnipro in daytime attack, at least 9 dead",
    ["At least nine people were killed when Russian ballistic missiles hit the Ukrainian city of Dnipro on Tuesday morning, local officials said.",
     "Dozens of people were injured and rescue work was continuing."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-06-24", a=None, n="First report of the strike; 2508-01 is the toll update."),
  OFF("2025-06-24 12:40", "Summer Davos opens in Tianjin",
    ["The Annual Meeting of the New Champions opened in Tianjin with more than 1,700 participants from about 90 countries and regions."],
    "summer-davos-tianjin-2025-06-24", a="Li Wen", n="economy/conference item."),
  E("2025-06-24 10:05", "Russia and Ukraine carry out another exchange of prisoners",
    ["Russia and Ukraine exchanged another group of prisoners of war, including soldiers under 25 and seriously wounded servicemen, both sides said.",
     "The swap was part of the arrangements agreed at the talks in Istanbul earlier this month."],
    "diplomacy", "diplomacy", 2, "prisoner-exchange-2025-06-24", a=None),
  E("2025-06-24 09:15", "China supports all efforts conducive to peace, says FM spokesperson",
    ["Foreign Ministry spokesperson Guo Jiakun said China supported all efforts conducive to peace and hoped the parties would reach a fair and lasting agreement acceptable to all.",
     "He said China's position on the Ukraine crisis was consistent and clear."],
    "diplomacy", "diplomacy", 2, "china-fm-peace-efforts-2025-06-24", a=None),
  ]))

SEEDS.append(dict(id="2509", name="2509_manilatimes-roundup", ext="txt", source="The Manila Times", zone="Asia/Manila", render=r_manilatimes,
  title="Russia-Ukraine war: the latest",
  lede="A running round-up of developments in the war in Ukraine. Times are Manila time.",
  fmt="plain-text scrape; newest first; weekday date lines over '2.35pm' stamps; crosses local midnight",
  imitates="The Manila Times, World section round-up",
  notes="Manila Times-style running round-up, newest first, with weekday date lines ('Friday, October 21, 2022', 'Thursday, October 20, 2022') above '2.35pm'-style stamps (dot between hour and minutes). Times are Manila time (UTC+8), stated in the lede. The page crosses local midnight: the two newest items are on 21 October local, but 7.05am and 1.20am on 21 Oct are 23:05 and 17:20 UTC on 20 Oct, so all entries fall on UTC day 2022-10-20. Each item ends with 'By NAME' or 'Wire reports' (no author). The UK prime minister's resignation is off-beat.",
  not_entries=["masthead, slogan and menu", "cookie line", "section label 'World'", "title line", "lede", "date lines 'Friday, October 21, 2022' and 'Thursday, October 20, 2022'", "'By NAME'/'Wire reports' lines (author, not body)", "'ADVERTISEMENT'", "share line", "'RELATED ARTICLES' and its link", "copyright"],
  entries=[
  E("2022-10-21 07:05", "EU sanctions Iranians over drones sent to Russia",
    ["The European Union imposed sanctions on three Iranian military officers and a drone manufacturer over the supply of attack drones that Russia has used against Ukrainian cities.",
     "Tehran denies sending weapons for use in the war."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-iran-drones-2022-10-20", a="Joel Ramirez", sec=["aid"], n="Sanctions -> diplomacy; arms transfer to Russia as secondary."),
  E("2022-10-21 01:20", "Russian-installed officials ferry Kherson residents across the Dnipro",
    ["Boats carried the first groups of civilians from the city of Kherson to the left bank of the Dnipro river as Russian-installed authorities pressed ahead with what they call an evacuation.",
     "Ukraine said the move amounted to forced deportation."],
    "other", "humanitarian", 2, "kherson-evacuation-2022-10-20", a=None),
  E("2022-10-20 23:50", "Kremlin says martial law will not change life in Moscow",
    ["Kremlin spokesman Dmitry Peskov said there were no plans to close Russia's borders or to impose martial law beyond the four annexed regions.",
     "Regional governors in Russia have been given extra powers to protect key sites."],
    "other", "politics", 2, "russia-martial-law-annexed-regions", a=None,
    n="Reaction about the martial-law decree -> same story."),
  OFF("2022-10-20 21:35", "Liz Truss resigns as British prime minister after six weeks",
    ["Liz Truss announced her resignation outside Downing Street after a revolt in her party over her economic plans.",
     "A new Conservative leader is to be chosen within a week."],
    "truss-resigns-2022-10-20", a="Maria Santos", n="UK domestic politics."),
  E("2022-10-20 18:15", "Russian missiles hit power plant in western Ukraine",
    ["Russian missiles struck a thermal power plant in Burshtyn in the Ivano-Frankivsk region, the regional governor said, as Moscow kept up its attacks on Ukraine's energy system.",
     "Grid operator Ukrenergo asked people to limit electricity use in the evening hours."],
    "strikes", "strikes", 3, "burshtyn-power-plant-strike-2022-10-20", a=None, n="Large strike on energy infrastructure -> 3."),
  E("2022-10-20 14:35", "Seafarers' group seeks safe passage for Filipino crews in Black Sea",
    ["A Manila-based seafarers' association asked the foreign ministry to press for guarantees of safe passage for Filipino sailors on ships using the Black Sea grain corridor.",
     "About 70 Filipino seafarers are believed to be on vessels in Ukrainian ports."],
    "other", "humanitarian", 2, "filipino-seafarers-black-sea-2022-10-20", a="Maria Santos"),
  E("2022-10-20 10:10", "Martial law takes effect in four annexed regions of Ukraine",
    ["A decree by President Vladimir Putin placing the four Ukrainian regions that Russia claims to have annexed under martial law came into force at midnight Moscow time.",
     "It allows the occupation authorities to restrict movement, requisition property and resettle residents."],
    "other", "politics", 3, "russia-martial-law-annexed-regions", a=None, n="Major political decision about the war -> 3 (judgement)."),
  ]))


# =============================================================== PART B, day 1: 2025-08-28 (UTC)
D1 = "Day 1 (2025-08-28 UTC): 2520, 2521, 2522, 2523"
KYIV1 = "kyiv-mass-attack-2025-08-28"
REF1 = "ukraine-drones-hit-refineries-2025-08-28"
EUENV = "eu-summons-russian-envoy-2025-08-28"
NLD = "netherlands-interceptor-drones-2025-08-28"
Q_REF_H = "Refineries in Krasnodar and Samara regions hit by Ukrainian drones"
Q_REF_P1 = ["Ukrainian drones struck two oil refineries in southern and central Russia overnight, starting fires at both, local officials said.",
            "The governor of the Krasnodar region said a processing unit at the Afipsky plant had caught fire, while officials in Samara reported an attack on the Kuibyshev refinery.",
            "Russia's Defence Ministry said it had shot down more than 100 drones over several regions."]

SEEDS.append(dict(id="2520", name="2520_mardale-textlive", ext="txt", source="Mardale Live", zone="Europe/London", render=r_mardale,
  title="Ukraine war live: Kyiv counts its dead after one of the heaviest air attacks of the war",
  dateline="Thursday 28 August 2025", lede="Russian drones and missiles hit the Ukrainian capital overnight; Europe condemns damage to the EU mission. Follow the day's events here.",
  fmt="text live blog, OLDEST first, '14:38 BST' stamp lines, 'Reporting by' lines, Key Points", invented=True,
  notes="Invented outlet. Text live blog for Thursday 28 Aug 2025, OLDEST FIRST. Each post: stamp line 'HH:MM BST' (UK summer time, UTC+1), headline line, paragraphs, optional 'Reporting by NAME' line, 'Share this update'. The Key Points block lists three exact headlines (entries 05, 06, 09). Entry 03 is a video teaser without body; entry 08 repeats entry 04 nearly verbatim (duplicate_of 2520-04) even though a higher toll was known by then; entry 07 is an explainer (theme piece). " + D1,
  not_entries=["masthead and menu", "title line", "date line", "lede", "'Key Points' heading and its three headline lines", "'Oldest updates first'", "'Reporting by' lines (author)", "'Share this update' lines", "'Advert' and newsletter sign-up line", "'Back to top' and footer"],
  entries=[
  E("2025-08-28 07:20", "Kyiv hit by one of the biggest air attacks of the war, at least eight dead",
    ["At least eight people have been killed in Kyiv after Russia fired hundreds of drones and dozens of missiles at the capital overnight, the head of the city's military administration, Tymur Tkachenko, said.",
     "A five-storey residential building in the Darnytskyi district on the left bank partly collapsed, and fires broke out in at least seven districts.",
     "Rescuers were still searching the rubble at dawn."],
    "strikes", "strikes", 3, KYIV1, a="Tamsin Hale"),
  E("2025-08-28 08:45", "Ukrainian drones set two Russian refineries ablaze",
    ["Ukraine's drone forces hit oil refineries in Russia's Krasnodar and Samara regions overnight, Ukraine's General Staff said, calling the plants part of the fuel supply for Russian troops.",
     "Russian regional officials confirmed fires at both sites but said nobody had been hurt."],
    "strikes", "strikes", 3, REF1, a="Tamsin Hale", n="Ukrainian strike inside Russia: must NOT merge with the Russian attack on Kyiv."),
  E("2025-08-28 10:05", "Watch: rescuers search collapsed block in Darnytskyi district", [], "strikes", "strikes", 1, KYIV1, a=None,
    n="Video teaser without body -> importance 1."),
  E("2025-08-28 11:30", "Kyiv toll climbs to 14 as rescuers dig through rubble",
    ["The number of people killed in the overnight attack on Kyiv has risen to 14, including three children, Ukraine's emergency service said.",
     "Dozens of people were wounded and more are thought to be trapped in the damaged building in Darnytskyi district."],
    "strikes", "strikes", 3, KYIV1, a="Tamsin Hale"),
  E("2025-08-28 13:15", "Netherlands pledges €250m for Ukrainian-made interceptor drones",
    ["The Dutch government will spend 250 million euros on drones built in Ukraine that are designed to shoot down Russian Shaheds, Defence Minister Ruben Brekelmans said.",
     "The money will go directly to Ukrainian manufacturers under the so-called Danish model."],
    "aid", "aid", 3, NLD, a="Owen Fairbairn", kp=True, n="One aid package; must NOT merge with Norway's gas funding (2521)."),
  E("2025-08-28 14:38", "EU summons Russian envoy after its Kyiv office is damaged",
    ["The European Union has summoned Russia's most senior diplomat in Brussels after the blast wave from a missile strike damaged the building of the EU delegation in central Kyiv.",
     "Commission President Ursula von der Leyen said no target was off limits for the Kremlin, and the bloc's top diplomat Kaja Kallas called the attack a deliberate escalation."],
    "diplomacy", "diplomacy", 3, EUENV, a="Owen Fairbairn", kp=True),
  E("2025-08-28 16:20", "Explainer: Why hundreds of drones can still get through",
    ["Russia now regularly launches several hundred Shahed-type drones in a single night, often mixed with decoys that carry no warhead.",
     "Ukraine shoots most of them down with mobile fire teams, interceptor drones and electronic warfare, but the sheer number means some always slip through, and ballistic missiles remain the hardest threat to stop.",
     "Analysts say Russian factories can now produce dozens of drones a day."],
    "strikes", "strikes", 2, "explainer-drone-swarm-tactics", a="Owen Fairbairn", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-08-28 18:05", "Kyiv toll climbs to 14 as rescuers keep digging through rubble",
    ["The number of people killed in the overnight attack on Kyiv has risen to 14, including three children, Ukraine's emergency service said.",
     "Dozens of people were wounded and more are thought to be trapped in the damaged building in Darnytskyi district."],
    "strikes", "strikes", 1, KYIV1, a="Tamsin Hale", dup="2520-04", n="Near-verbatim repeat of 2520-04 (one word added to the headline) -> importance 1."),
  E("2025-08-28 21:40", "Kyiv death toll rises to 21, including four children",
    ["Twenty-one people are now known to have died in the Russian attack on Kyiv, the city's military administration said late on Thursday.",
     "Mayor Vitali Klitschko declared Friday a day of mourning in the capital."],
    "strikes", "strikes", 3, KYIV1, a="Tamsin Hale", kp=True),
  ]))

SEEDS.append(dict(id="2521", name="2521_nordhaven-ldlive", ext="html", source="Nordhaven Daily", zone="Europe/Kyiv", render=r_nordhaven,
  title="Live: Russia's overnight barrage on Kyiv kills at least 21; EU mission damaged", url="https://nordhaven.example/live/2025-08-28",
  lede="Our live coverage of the war for Thursday, 28 August 2025.", tznote="All times are Kyiv time (EEST).",
  fmt="HTML live blog + LiveBlogPosting JSON-LD with per-update times; <time datetime> '05:12'; byline under the headline", invented=True,
  notes="Invented outlet. HTML live blog for 28 Aug 2025, newest first. Visible stamps are bare 'HH:MM' inside <time datetime> with +03:00 (Kyiv summer time, stated under the standfirst); the LiveBlogPosting JSON-LD repeats the updates with the same times. Per-post bylines 'By NAME' under some headlines. Main story spelled 'Darnytsia district' here. Must-not-merge on this page: Sybiha's request for a UN Security Council meeting (2521-03) vs Peskov's comment on talks (2521-04); Norway's gas funding (2521-05) vs the Dutch drone money (2520-05); the Zaporizhzhia glide bombs (2521-08) vs the Kyiv attack. " + D1,
  not_entries=["brand and menu", "h1 title", "standfirst", "time-zone note", "'Copy link'/'Share' buttons", "membership appeal box", "link to yesterday's live page", "footer"],
  entries=[
  E("2025-08-28 23:10", "Zelensky: Russia answers peace efforts with ballistic missiles",
    ["President Volodymyr Zelensky said in his evening address that the attack on Kyiv showed Moscow chose missiles over the negotiating table.",
     "He urged partners to respond with new sanctions and called on China and other countries that have stayed silent to speak out."],
    "strikes", "strikes", 3, KYIV1, a="Iryna Koval", n="Reaction whose content is the attack itself -> same story as the attack (convention)."),
  E("2025-08-28 21:05", "Death toll in Kyiv reaches 21; Friday declared day of mourning",
    ["Rescuers have recovered more bodies from the ruins of the apartment block in Darnytsia district, bringing the number of dead in the capital to 21, among them four children.",
     "At least 48 people were injured across the city."],
    "strikes", "strikes", 3, KYIV1, a="Iryna Koval"),
  E("2025-08-28 18:30", "Sybiha asks UN Security Council to meet over strike on capital",
    ["Foreign Minister Andrii Sybiha said he had asked for an urgent meeting of the UN Security Council after the attack.",
     "He also called for an emergency session of the OSCE's permanent council."],
    "diplomacy", "diplomacy", 3, "sybiha-un-security-council-request-2025-08-28", a=None, n="Ministerial diplomatic move -> 3. Separate statement from Peskov's (2521-04)."),
  E("2025-08-28 16:15", "Kremlin says Moscow remains interested in negotiations",
    ["Kremlin spokesman Dmitry Peskov said Russia remained interested in continuing the peace process and that its strikes targeted only military sites.",
     "He gave no date for further talks with Ukraine."],
    "diplomacy", "diplomacy", 2, "peskov-talks-interest-2025-08-28", a=None),
  E("2025-08-28 15:25", "Norway to fund gas purchases for Ukraine's winter",
    ["Norway will give Ukraine about 100 million euros to buy natural gas ahead of the heating season, the Norwegian government said.",
     "The money will be channelled through a European development bank."],
    "aid", "aid", 2, "norway-winter-gas-funding-2025-08-28", a="Mark Sorensen", n="Different aid package from the Dutch drone money: must NOT merge."),
  E("2025-08-28 14:40", "Brussels summons Russia's chargé d'affaires",
    ["The EU's foreign service called in Russia's chargé d'affaires after the bloc's delegation building in Kyiv was damaged in the night attack.",
     "The British Council office nearby was also hit, and London summoned the Russian ambassador."],
    "diplomacy", "diplomacy", 3, EUENV, a="Mark Sorensen"),
  E("2025-08-28 11:20", "Capital's toll rises to 12; British Council building also damaged",
    ["Twelve people have died in Kyiv, the State Emergency Service said, as rescuers worked at more than 20 sites.",
     "The British Council's office in the city centre was among the buildings damaged."],
    "strikes", "strikes", 3, KYIV1, a="Iryna Koval"),
  E("2025-08-28 08:30", "Zaporizhzhia: glide bombs injure five",
    ["Russian aircraft dropped guided bombs on the outskirts of Zaporizhzhia, wounding five people and damaging houses, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 2, "zaporizhzhia-glide-bombs-2025-08-28", a=None, n="Separate attack on another city: must NOT merge with the Kyiv attack."),
  E("2025-08-28 06:05", "Air force: Russia launched 598 drones and 31 missiles overnight",
    ["Russia launched 598 drones and 31 cruise and ballistic missiles at Ukraine overnight, the air force said, with Kyiv the main target.",
     "Air defences shot down or jammed 563 drones and 26 missiles, it said."],
    "strikes", "strikes", 3, KYIV1, a=None),
  ]))

SEEDS.append(dict(id="2522", name="2522_quantock-worldrss", ext="xml", source="Quantock World Service", zone="UTC", render=r_quantock,
  title="Quantock World Service - Top stories", fmt="RSS 2.0, GMT pubDates, CDATA paragraphs, general world feed", invented=True,
  notes="Invented outlet. General world-news RSS feed for 28 Aug 2025, newest first, GMT (= UTC) pubDates. Four of six items are off-beat (floods in Pakistan, euro-zone data, tennis, wildfires). The Kyiv item spells the city 'Kyiv' but calls it 'the Ukrainian capital' in the headline; toll 19 at 19:30 GMT. " + D1,
  not_entries=["channel title, link, description, lastBuildDate", "item links, guids and categories"],
  entries=[
  E("2025-08-28 19:30", "Ukrainian capital mourns as toll from Russian barrage hits 19",
    ["Nineteen people were killed when Russian missiles and drones pounded Kyiv before dawn, officials said, in one of the deadliest attacks on the city since the invasion began.",
     "A missile strike also damaged the European Union's diplomatic mission, prompting Brussels to summon Moscow's envoy."],
    "strikes", "strikes", 3, KYIV1, a=None),
  OFF("2025-08-28 17:10", "Floods in Pakistan's Punjab force 150,000 from their homes",
    ["Rivers swollen by monsoon rain and water released from dams across the border burst their banks in eastern Punjab, forcing mass evacuations, officials said."],
    "punjab-floods-2025-08-28", a=None, n="natural disaster elsewhere."),
  E("2025-08-28 14:09", Q_REF_H, Q_REF_P1, "strikes", "strikes", 3, REF1, a=None),
  OFF("2025-08-28 12:00", "Euro zone business confidence slips in August",
    ["A monthly survey of companies and consumers in the euro zone showed sentiment dipping slightly, with industry and retailers more cautious."],
    "eurozone-confidence-2025-08-28", a=None, n="economy elsewhere."),
  OFF("2025-08-28 09:45", "US Open: defending champion cruises into third round",
    ["The men's defending champion needed only an hour and three quarters to win his second-round match in New York."],
    "us-open-round-two-2025-08-28", a=None, n="sport.", cat="Sport"),
  OFF("2025-08-28 07:20", "Wildfires in north-west Spain brought under control",
    ["Firefighters said the last large blazes in Galicia and Castile and León had been contained after more than two weeks."],
    "spain-wildfires-contained-2025-08-28", a=None, n="weather/disaster elsewhere."),
  ]))

SEEDS.append(dict(id="2523", name="2523_ryedale-article", ext="txt", source="Ryedale Review", zone="Europe/London", render=r_textarticle,
  title="After a night of fire in Kyiv, Europe weighs its answer",
  head=["Ryedale Review", "World | Europe | Ukraine | Long reads", "", "After a night of fire in Kyiv, Europe weighs its answer", "",
        "The strike killed at least 20 people and damaged the EU's own mission. Brussels summoned Moscow's envoy; The Hague put money on the table.", "",
        "By Helen Ashdown", "Thursday 28 August 2025 18.30 BST", ""],
  foot=["Topics: Ukraine · Russia · European Union", "", "Most viewed", "The summer that broke the heat records", "", "© Ryedale Review 2025"],
  fmt="text article, 3 section headings, one dateline", invented=True,
  notes="Invented outlet. Text article with three section headings; per the convention each section is one entry (headline = section heading, stamp null, published = the article's dateline 'Thursday 28 August 2025 18.30 BST' = 17:30 UTC, page byline as author). The standfirst is not an entry. " + D1,
  not_entries=["outlet name and menu", "title line", "standfirst", "byline and dateline", "topics line", "'Most viewed' and its link", "copyright"],
  entries=[
  E("2025-08-28 18:30", "A night of drones and missiles over the capital",
    ["For about nine hours the sky over Kyiv was full of drones, and shortly before dawn ballistic missiles followed.",
     "By evening the city's authorities counted at least 20 dead, most of them in one apartment block on the left bank that folded in on itself.",
     "Residents spent the night in metro stations; many returned to find their windows blown out."],
    "strikes", "strikes", 3, KYIV1, a="Helen Ashdown"),
  E("2025-08-28 18:30", "Europe's own office in the line of fire",
    ["The EU delegation's building in the centre of Kyiv was shaken by a nearby explosion, and Brussels responded by summoning the Russian chargé d'affaires.",
     "Officials in the Commission said the summons was a message that an attack on an EU mission would not go unanswered."],
    "diplomacy", "diplomacy", 3, EUENV, a="Helen Ashdown"),
  E("2025-08-28 18:30", "The Hague's drone money",
    ["The Netherlands has promised a quarter of a billion euros for interceptor drones produced by Ukrainian firms.",
     "Dutch officials say the approach gets weapons to the front faster than buying from Western manufacturers."],
    "aid", "aid", 3, NLD, a="Helen Ashdown"),
  ]))


# =============================================================== PART B, day 2: 2025-08-29 (UTC), the day after day 1
D2 = "Day 2 (2025-08-29 UTC, the day after day 1): 2530, 2531, 2532, 2533"
GYM = "eu-ministers-copenhagen-2025-08-29"
ZAP2 = "zaporizhzhia-strike-2025-08-29"
TOULON = "macron-merz-toulon-2025-08-29"

SEEDS.append(dict(id="2530", name="2530_pendle-htmllive", ext="html", source="Pendle Standard", zone="Europe/Berlin", render=r_pendle,
  title="Ukraine live: EU ministers meet in Copenhagen as Kyiv buries its dead", dateline="Friday, 29 August 2025",
  lede="Foreign ministers discuss new sanctions and Russia's frozen assets; attacks continue in the south.",
  fmt="HTML live blog without JSON-LD; 'Updated 14:05 CEST' above each h2; byline under h2", invented=True,
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD. Each entry: 'Updated HH:MM CEST' line (Central European Summer Time, UTC+2), h2 headline, optional 'By NAME', paragraphs. Entry 04 is a photo teaser without body. Must-not-merge: the Zaporizhzhia strike (2530-05) vs the Odesa port drones (2530-06); Sweden's air-defence package (2530-02) vs Canada's armoured vehicles (2530-07). " + D2,
  not_entries=["top bar menu", "'LIVE' badge", "title", "lede", "date line", "newsletter box", "'More on this story' box", "footer"],
  entries=[
  E("2025-08-29 22:40", "Kallas: ministers back faster work on new sanctions, no deal on assets yet",
    ["EU foreign policy chief Kaja Kallas said after the informal meeting in Copenhagen that ministers wanted the 19th sanctions package ready in September.",
     "She said there was still no agreement on using the frozen Russian central bank assets themselves rather than only their profits."],
    "diplomacy", "diplomacy", 3, GYM, a="Jonas Albrecht"),
  E("2025-08-29 19:55", "Sweden unveils air-defence package worth 3.3 billion kronor",
    ["Sweden will send Ukraine radar systems, air-defence ammunition and funding for Ukrainian-built drones worth about 3.3 billion kronor, Defence Minister Pål Jonson said.",
     "It is Sweden's 20th military support package since 2022."],
    "aid", "aid", 2, "sweden-air-defence-package-2025-08-29", a="Jonas Albrecht", n="Must NOT merge with Canada's package (2530-07)."),
  E("2025-08-29 17:30", "Macron and Merz in Toulon: Putin is playing for time",
    ["French President Emmanuel Macron and German Chancellor Friedrich Merz said after a joint cabinet meeting in Toulon that Russia showed no real interest in a peace deal.",
     "Macron said Europe should give Moscow a deadline and follow it with tougher sanctions if it was ignored."],
    "diplomacy", "diplomacy", 3, TOULON, a="Claire Dumont", n="Separate statement from Lavrov's (2532-04): must NOT merge."),
  E("2025-08-29 15:10", "Photos: EU foreign ministers gather in Copenhagen", [], "diplomacy", "diplomacy", 1, GYM, a=None,
    n="Photo teaser without body -> importance 1."),
  E("2025-08-29 12:45", "Zaporizhzhia: one killed as Russian bombs hit industrial area",
    ["A Russian attack on an industrial district of Zaporizhzhia killed one person and wounded seven, regional governor Ivan Fedorov said.",
     "Several warehouses were set on fire."],
    "strikes", "strikes", 3, ZAP2, a=None),
  E("2025-08-29 10:20", "Odesa: drones damage port warehouses overnight",
    ["Russian drones struck port infrastructure in the Odesa region overnight, damaging warehouses and a grain terminal, the regional administration said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "odesa-port-drones-2025-08-29", a=None, n="Different attack from Zaporizhzhia: must NOT merge."),
  E("2025-08-29 08:05", "Canada to send armoured vehicles in new package",
    ["Canada will deliver a further batch of armoured personnel carriers and training equipment to Ukraine, Defence Minister David McGuinty said.",
     "The vehicles are part of a package funded earlier this year."],
    "aid", "aid", 2, "canada-armoured-vehicles-2025-08-29", a="Claire Dumont"),
  ]))

SEEDS.append(dict(id="2531", name="2531_quantock-worldrss", ext="xml", source="Quantock World Service", zone="UTC", render=r_quantock,
  title="Quantock World Service - Top stories", fmt="RSS 2.0, GMT pubDates, CDATA paragraphs, general world feed (day 2)", invented=True,
  notes="Invented outlet (same feed as 2522, next day). General world feed for 29 Aug 2025, GMT pubDates, four of six items off-beat. Item 4 re-posts day 1's 2522-03 (refinery strikes) with the same headline and a near-verbatim body under a new pubDate: a re-post from the previous day -> importance 1 (duplicate_of is null because the original is in another seed). Copenhagen is spelled in full; the meeting is called 'the Danish capital' in the headline. " + D2,
  not_entries=["channel title, link, description, lastBuildDate", "item links, guids and categories"],
  entries=[
  OFF("2025-08-29 20:15", "Pakistan flood toll climbs as more villages evacuated",
    ["The number of people killed by floods in Pakistan's Punjab province rose to 33, disaster officials said, as tens of thousands more were moved to relief camps."],
    "punjab-floods-toll-2025-08-29", a=None, n="natural disaster elsewhere."),
  E("2025-08-29 16:40", "European ministers weigh tougher Russia sanctions in the Danish capital",
    ["Foreign ministers of the 27 EU countries met in Copenhagen to discuss the next round of sanctions on Russia and ways to use frozen Russian assets for Ukraine.",
     "Several ministers pointed to the deadly strike on Kyiv as a reason to move faster."],
    "diplomacy", "diplomacy", 3, GYM, a=None),
  OFF("2025-08-29 13:00", "Tennis: top seed survives five-set scare in New York",
    ["The women's top seed came back from a set down to reach the last 16 of the US Open."],
    "us-open-top-seed-2025-08-29", a=None, n="sport.", cat="Sport"),
  E("2025-08-29 09:50", Q_REF_H,
    [Q_REF_P1[0], Q_REF_P1[1], "Russia's Defence Ministry said it had shot down over 100 drones over several regions."],
    "strikes", "strikes", 1, REF1, a=None,
    n="Re-post of day 1's 2522-03 (same headline, one word changed in the body) under a day-2 pubDate -> importance 1; duplicate_of null (original in another seed)."),
  OFF("2025-08-29 07:30", "Asian shares mixed ahead of US inflation figures",
    ["Stock markets in Tokyo and Hong Kong edged lower while Seoul gained as investors waited for US price data."],
    "asian-markets-2025-08-29", a=None, n="economy elsewhere.", cat="Business"),
  OFF("2025-08-29 05:10", "Cholera cases rise in Darfur displacement camps",
    ["Aid agencies reported hundreds of new cholera cases in camps in Sudan's Darfur region, where clean water is scarce."],
    "darfur-cholera-2025-08-29", a=None, n="another conflict's humanitarian crisis."),
  ]))

SEEDS.append(dict(id="2532", name="2532_morvern-textlive", ext="txt", source="Morvern Daily", zone="UTC", render=r_morvern,
  title="Live: Kyiv mourns its dead as EU weighs 19th sanctions package", dateline="Friday, August 29, 2025",
  lede="The war in Ukraine is in its 1,283rd day.",
  fmt="text live blog, OLDEST first, '1409 GMT — Headline' on one line", invented=True,
  notes="Invented outlet. Text live blog, OLDEST first, one date line 'Friday, August 29, 2025'; each post starts with 'HHMM GMT — Headline' on one line (GMT = UTC). No bylines. Entry 02 continues day 1's Kyiv attack story with a new development (day of mourning, toll 23) and keeps the day-1 slug; entry 05 repeats entry 02 nearly verbatim (duplicate_of 2532-02). The EU meeting is called 'informal EU talks' / 'Gymnich'. 'Loading...' and the footer link are chrome. " + D2,
  not_entries=["outlet name and menu", "title", "lede", "date line", "'Loading...'", "footer link to Thursday's coverage", "copyright"],
  entries=[
  E("2025-08-29 06:15", "Ministers head to Copenhagen for informal EU talks",
    ["EU foreign ministers are gathering in Copenhagen for a two-day informal meeting, known as a Gymnich, where support for Ukraine and new sanctions on Russia top the agenda.",
     "Defence ministers meet in the same city on Saturday."],
    "diplomacy", "diplomacy", 3, GYM, a=None),
  E("2025-08-29 09:30", "Kyiv toll rises to 23 as capital observes day of mourning",
    ["Two more bodies were pulled from the rubble overnight, bringing the death toll from Thursday's Russian attack on Kyiv to 23, the emergency service said.",
     "Flags flew at half mast and entertainment events were cancelled across the city."],
    "strikes", "strikes", 2, KYIV1, a=None, n="Continuation of day 1's story with a new development (toll 23, mourning): keeps the day-1 slug; only this day-2 seed carries it -> 2."),
  E("2025-08-29 11:40", "Zaporizhzhia strike kills one, wounds seven",
    ["A man was killed and seven people were injured when Russian guided bombs hit an industrial zone in Zaporizhzhia, local authorities said."],
    "strikes", "strikes", 3, ZAP2, a=None),
  E("2025-08-29 14:09", "Lavrov accuses Europe of trying to derail US-Russia dialogue",
    ["Russian Foreign Minister Sergei Lavrov said European governments were trying to wreck the understanding reached between Moscow and Washington in Alaska.",
     "He said any European troops deployed in Ukraine would be legitimate targets."],
    "diplomacy", "diplomacy", 2, "lavrov-europe-derail-dialogue-2025-08-29", a=None, n="Separate statement from Macron/Merz: must NOT merge."),
  E("2025-08-29 16:25", "Kyiv toll rises to 23 as the capital observes day of mourning",
    ["Two more bodies were pulled from the rubble overnight, bringing the death toll from Thursday's Russian attack on Kyiv to 23, the emergency service said.",
     "Flags flew at half mast and entertainment events were cancelled across the city."],
    "strikes", "strikes", 1, KYIV1, a=None, dup="2532-02", n="Near-verbatim repeat of 2532-02 -> importance 1."),
  E("2025-08-29 18:50", "Kallas: work on 19th sanctions package to speed up",
    ["The EU's top diplomat Kaja Kallas said after the first day of talks that the bloc would step up work on its 19th package of sanctions and target more tankers of Russia's shadow fleet.",
     "Hungary again signalled reservations."],
    "diplomacy", "diplomacy", 3, GYM, a=None),
  E("2025-08-29 21:05", "Ukraine's military reports 140 clashes along the front",
    ["Ukraine's General Staff said there had been 140 combat clashes over the day, the heaviest fighting again near Pokrovsk."],
    "other", "frontline", 2, "front-clashes-2025-08-29", a=None),
  ]))

SEEDS.append(dict(id="2533", name="2533_nidderdale-article", ext="html", source="Nidderdale Journal", zone="Europe/London", render=r_nidderdale,
  title="Europe looks for leverage after the Kyiv strike", author="Rosalind Thorne", dateline="2025-08-29 17:20",
  lede="Sanctions, frozen assets and a Franco-German front: how Europe is answering Moscow this week.",
  fmt="HTML article with h2 sections; NewsArticle JSON-LD with &amp; in strings; dateline '5.20pm BST'", invented=True,
  notes="Invented outlet. HTML article (not a live blog) with three h2 sections; each section is one entry (stamp null, published = the dateline 'Friday 29 August 2025, 5.20pm BST' = 16:20 UTC, page byline as author). The NewsArticle JSON-LD gives the page date only; its strings write '&' as '&amp;'. Section 3 is an analysis (theme piece, own story). The figure caption is chrome. " + D2,
  not_entries=["masthead menu", "h1 title", "standfirst", "byline", "dateline", "share line", "figure caption", "newsletter box", "footer"],
  entries=[
  E("2025-08-29 17:20", "In Copenhagen, a push to squeeze Moscow harder",
    ["Gathered in the Danish capital on Friday, EU foreign ministers agreed that the next sanctions package should come quickly and hit Russia's oil revenue and its shadow fleet.",
     "Several of them said Thursday's attack on Kyiv had removed any doubts about the need for more pressure."],
    "diplomacy", "diplomacy", 3, GYM, a="Rosalind Thorne"),
  E("2025-08-29 17:20", "Toulon: Paris and Berlin close ranks",
    ["At a joint council of ministers on the Mediterranean coast, Emmanuel Macron and Friedrich Merz said Vladimir Putin was stalling and that Europe had to be ready to increase the cost.",
     "Both leaders backed security guarantees for Ukraine but avoided details on troops."],
    "diplomacy", "diplomacy", 3, TOULON, a="Rosalind Thorne"),
  E("2025-08-29 17:20", "Analysis: the frozen-assets dilemma",
    ["About 210 billion euros of Russian central bank money sits frozen in Europe, most of it at a Belgian clearing house.",
     "Using the profits has proved uncontroversial, but touching the principal raises legal and financial-stability questions that Belgium and the European Central Bank keep pointing to.",
     "Supporters argue that a loan backed by the assets could cover Ukraine's needs for two years."],
    "diplomacy", "diplomacy", 2, "analysis-frozen-russian-assets", a="Rosalind Thorne", n="Theme piece (analysis with body): own story, importance 2."),
  ]))


# =============================================================== PART B, day 3: 2022-12-16 (UTC)
D3 = "Day 3 (2022-12-16 UTC): 2540, 2541, 2542, 2543"
BAR = "missile-barrage-2022-12-16"
KHE = "kherson-shelling-2022-12-16"
EU9 = "eu-ninth-sanctions-package-2022-12-16"

SEEDS.append(dict(id="2540", name="2540_quernmore-worldatom", ext="xml", source="Quernmore World", zone="UTC", render=r_quernmore,
  title="Quernmore World: latest", fmt="Atom 1.0, Z times, CDATA html content, general world feed", invented=True,
  notes="Invented outlet. General world Atom feed for Friday 16 Dec 2022, newest first, Z (UTC) times. Four of six entries are off-beat (World Cup final preview, Peru emergency, Bank of England rates, snow in northern Europe). The barrage entry spells 'Kryvyi Rig'. " + D3,
  not_entries=["feed title, link, id, updated", "entry links, ids and categories"],
  entries=[
  OFF("2022-12-16 21:10", "Argentina and France finalise plans for Sunday's World Cup final",
    ["Both coaches said their squads were fully fit two days before the final at the Lusail Stadium."],
    "world-cup-final-preview-2022-12-16", a=None, n="sport.", cat="Sport"),
  E("2022-12-16 18:30", "EU formally adopts ninth round of Russia sanctions",
    ["The European Union adopted its ninth package of sanctions against Russia, adding nearly 200 people and organisations to its blacklist and banning exports of drone engines to Moscow.",
     "Three more Russian banks were put under a transaction ban."],
    "diplomacy", "diplomacy", 3, EU9, a=None),
  OFF("2022-12-16 15:05", "Peru declares nationwide emergency as protests spread",
    ["Peru's new government declared a 30-day state of emergency across the country after days of protests over the removal of former President Pedro Castillo."],
    "peru-emergency-2022-12-16", a=None, n="political crisis elsewhere."),
  E("2022-12-16 12:20", "Russia fires dozens of missiles at Ukraine, knocking out power",
    ["Russia launched one of its largest missile attacks of the war on Friday, hitting energy sites in Kyiv, Kharkiv, Kryvyi Rig and other cities and causing emergency blackouts across the country.",
     "Ukraine's air force said most of the missiles had been shot down."],
    "strikes", "strikes", 3, BAR, a=None),
  OFF("2022-12-16 09:40", "Bank of England raises interest rates to 3.5%",
    ["The Bank of England raised its main rate by half a percentage point, its ninth increase in a row, and warned that inflation would stay high into next year."],
    "boe-rate-rise-2022-12-16", a=None, n="economy elsewhere.", cat="Business"),
  OFF("2022-12-16 06:15", "Snow and ice disrupt flights across northern Europe",
    ["Hundreds of flights were cancelled or delayed at airports in Amsterdam, London and Copenhagen after heavy snow overnight."],
    "northern-europe-snow-2022-12-16", a=None, n="weather."),
  ]))

SEEDS.append(dict(id="2541", name="2541_roseland-textlive", ext="txt", source="Roseland Report", zone="Europe/Kyiv", render=r_roseland,
  title="Russia's war against Ukraine: live updates for 16 December", lede="Russia launches another mass missile strike on Ukraine's energy system; blackouts across the country.",
  fmt="text live blog, newest first, '16 December 2022 06:07' stamp lines, 'By NAME' under the headline, Key Points with '- ' bullets", invented=True,
  notes="Invented outlet. Text live blog, newest first, 'All times are Kyiv time (UTC+2)'. Each post: stamp line 'D Month YYYY HH:MM', headline line, optional 'By NAME' line, paragraphs. The Key Points block lists three exact headlines after '- ' markers (entries 01, 04, 07). The city is spelled 'Kryvyi Rih'. Must-not-merge: the Kherson shelling (2541-04) vs the nationwide barrage; Germany's Gepard ammunition (2541-05) vs the US training expansion (2542-01) and Japan's generators (2543-04); Kremlin announcement of Putin's Minsk trip (2541-03) vs Stoltenberg's warning (2542-02). " + D3,
  not_entries=["masthead and menu", "title", "lede", "time-zone note", "'Key Points' heading and its three '- ' lines", "'By NAME' lines (author)", "support appeal line", "'Show older updates'", "copyright"],
  entries=[
  E("2022-12-16 21:45", "Kryvyi Rih toll rises to four after missile hits apartment block",
    ["Four people, including a child, were killed when a Russian missile hit a two-storey residential building in Kryvyi Rih, regional governor Valentyn Reznichenko said.",
     "Rescuers pulled a baby boy alive from the rubble earlier in the day."],
    "strikes", "strikes", 3, BAR, a="Olena Marchuk", kp=True),
  E("2022-12-16 20:10", "Zelensky: 60 of 76 missiles shot down",
    ["President Volodymyr Zelensky said Ukraine's air defence had destroyed 60 of the 76 missiles Russia fired during the day and that power engineers were already working to restore supply.",
     "He said every missile downed was proof of what more air-defence systems could do."],
    "strikes", "strikes", 3, BAR, a="Olena Marchuk", n="Statement whose content is the attack -> same story."),
  E("2022-12-16 18:25", "Kremlin confirms Putin will travel to Minsk on Monday",
    ["The Kremlin said President Vladimir Putin would visit Belarus on Monday for talks with Alexander Lukashenko, his first trip to Minsk in more than three years.",
     "Kyiv has warned that Moscow could try to draw Belarus further into the war."],
    "diplomacy", "diplomacy", 2, "putin-minsk-visit-announced-2022-12-16", a=None),
  E("2022-12-16 16:40", "Kherson: Russian shelling kills two near central market",
    ["Two people were killed and five wounded when Russian artillery hit the area around the central market in Kherson, the regional military administration said.",
     "The city has been shelled daily since Russian troops withdrew across the Dnipro last month."],
    "strikes", "strikes", 3, KHE, a="Taras Lysenko", kp=True, n="Separate attack (artillery on Kherson): must NOT merge with the missile barrage."),
  E("2022-12-16 14:05", "Germany sends more ammunition for Gepard anti-aircraft guns",
    ["Germany has delivered a further batch of ammunition for the Gepard self-propelled anti-aircraft guns it gave Ukraine, according to the government's updated list of deliveries.",
     "The Gepards have been used mainly against Iranian-made drones."],
    "aid", "aid", 2, "germany-gepard-ammunition-2022-12-16", a=None),
  E("2022-12-16 11:30", "Kyiv metro stations turned into shelters as power fails",
    ["The Kyiv metro stopped running after the strikes and its stations filled with people sheltering from the attack, Mayor Vitali Klitschko said.",
     "Water supply was also cut in parts of the capital."],
    "strikes", "strikes", 3, BAR, a="Taras Lysenko"),
  E("2022-12-16 09:15", "Explosions in Kyiv, Kharkiv and Odesa as Russia launches mass strike",
    ["Explosions were heard in several Ukrainian cities on Friday morning as Russia launched a large-scale missile attack, regional officials said.",
     "Kharkiv's mayor said energy infrastructure had been hit and the city was without power."],
    "strikes", "strikes", 3, BAR, a="Olena Marchuk", kp=True),
  E("2022-12-16 07:20", "General Staff: Russian assaults repelled near Bakhmut",
    ["Ukrainian forces repelled Russian attacks near Bakhmut and Avdiivka over the past day, the General Staff said in its morning update."],
    "other", "frontline", 2, "bakhmut-assaults-2022-12-16", a=None),
  ]))

SEEDS.append(dict(id="2542", name="2542_oldcastle-htmllive", ext="html", source="Oldcastle Live", zone="America/New_York", render=r_oldcastle,
  title="Russia pounds Ukraine's power grid with new wave of missiles: live updates", url="https://oldcastle.example/live/ukraine-2022-12-16",
  lede="Ukraine says most of the missiles were intercepted, but blackouts spread across the country.", meta="By the Oldcastle Live staff · Dec. 16, 2022",
  fmt="HTML live blog; @graph JSON-LD with @type [NewsArticle, LiveBlogPosting]; visible '9:20 a.m. ET'", invented=True,
  notes="Invented outlet. HTML live blog, newest first, visible stamps '5:40 p.m. ET' (US Eastern, EST in December = UTC-5); the @graph JSON-LD node has @type as an array [NewsArticle, LiveBlogPosting] and per-update times that agree with the visible ones. Entry 04 is a photo teaser without body (the JSON-LD update has no articleBody). Per-entry author lines where printed. The 4:30 a.m. ET entry = 09:30 UTC; the 5:40 p.m. ET entry = 22:40 UTC, all on 16 Dec UTC. " + D3,
  not_entries=["header menu and subscribe link", "h1 title", "dek", "meta line 'By the Oldcastle Live staff · Dec. 16, 2022'", "'Advertisement - Scroll to continue'", "footer"],
  entries=[
  E("2022-12-16 17:40", "Pentagon to expand training of Ukrainian troops in Germany",
    ["The Pentagon said it would begin training about 500 Ukrainian soldiers a month in combined-arms tactics at a US base in Germany from January.",
     "Officials said the program would teach battalion-sized units to coordinate artillery, armor and infantry."],
    "aid", "aid", 2, "us-expanded-training-2022-12-16", a="Dana Whitcombe", n="Different aid item from the German Gepard ammunition: must NOT merge."),
  E("2022-12-16 14:15", "Stoltenberg warns allies to prepare for a long war",
    ["NATO Secretary General Jens Stoltenberg said there was no sign that President Vladimir Putin had given up his aims in Ukraine and that allies should be ready to support Kyiv for a long time.",
     "He said the alliance would keep increasing deliveries of air defence."],
    "diplomacy", "diplomacy", 2, "stoltenberg-long-war-warning-2022-12-16", a="Dana Whitcombe", n="Separate statement from the Kremlin's Minsk announcement: must NOT merge."),
  E("2022-12-16 11:05", "EU clears ninth sanctions package after overnight haggling",
    ["European Union governments signed off on a ninth sanctions package against Russia after Poland and Hungary dropped their objections.",
     "The package targets the Russian military and defense industry and bans investment in Russia's mining sector."],
    "diplomacy", "diplomacy", 3, EU9, a=None),
  E("2022-12-16 09:20", "Photos: Kyiv commuters shelter in metro stations", [], "strikes", "strikes", 1, BAR, a=None,
    n="Photo teaser without body -> importance 1."),
  E("2022-12-16 07:45", "Kherson shelled again; two killed",
    ["Russian forces shelled Kherson again on Friday, killing two people near a market in the city center, Ukrainian officials said."],
    "strikes", "strikes", 3, KHE, a=None),
  E("2022-12-16 04:30", "Russia unleashes dozens of missiles across Ukraine; energy sites hit",
    ["Russia fired more than 70 missiles at targets across Ukraine, striking power facilities in at least nine regions, Ukrainian officials said.",
     "Kyiv's mayor said there were at least 40 explosions in the capital region and urged residents to stay in shelters."],
    "strikes", "strikes", 3, BAR, a="Dana Whitcombe"),
  ]))

SEEDS.append(dict(id="2543", name="2543_polperro-textlive", ext="txt", source="The Polperro Post", zone="Europe/London", render=r_polperro,
  title="Ukraine war: Russia launches new missile wave on power network", author="Gemma Trevail", dateline="Friday 16 December 2022",
  lede="Ukraine suffers blackouts after another day of Russian strikes.",
  fmt="text live blog, OLDEST first, bare '08:15' stamps under 'All times GMT', one page byline", invented=True,
  notes="Invented outlet. Text live blog, OLDEST first, bare 'HH:MM' stamps; 'All times GMT' (= UTC). The only byline is the page's 'Live coverage by Gemma Trevail', used as every entry's author. Entry 05 repeats entry 01 nearly verbatim ('yet' added; duplicate_of 2543-01); entry 03 is an explainer with body (theme piece). The city is spelled 'Kryvyi Rig' here. " + D3,
  not_entries=["masthead and menu", "title", "'Live coverage by' byline line", "date line and 'All times GMT'", "lede", "'Advertisement'", "'Refresh for the latest'", "copyright"],
  entries=[
  E("2022-12-16 08:15", "Russia launches one of its biggest missile attacks on Ukraine",
    ["Air raid sirens sounded across Ukraine on Friday morning as Russia launched a new wave of missiles at the country's energy network.",
     "Explosions were reported in Kyiv, Kharkiv and the southern city of Kryvyi Rig."],
    "strikes", "strikes", 3, BAR, a="Gemma Trevail"),
  E("2022-12-16 10:40", "Kryvyi Rig: three dead in apartment block",
    ["Three people died when a missile struck a residential building in Kryvyi Rig, the regional governor said."],
    "strikes", "strikes", 3, BAR, a="Gemma Trevail"),
  E("2022-12-16 12:55", "Explainer: Why Ukraine's grid is so hard to fix",
    ["Ukraine's power network depends on large high-voltage transformers that take months to build and are not kept in stock in large numbers.",
     "Each wave of strikes destroys equipment faster than engineers can replace it, and the country now relies on donated parts from Europe.",
     "Rolling blackouts are used to keep the system from collapsing entirely."],
    "strikes", "strikes", 2, "explainer-ukraine-grid-repairs", a="Gemma Trevail", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-12-16 14:30", "Japan to send generators and transformers",
    ["Japan said it would provide Ukraine with generators and transformers worth about 3 million dollars to help keep hospitals and water supply running through the winter."],
    "aid", "aid", 2, "japan-generators-2022-12-16", a="Gemma Trevail"),
  E("2022-12-16 16:20", "Russia launches one of its biggest missile attacks on Ukraine yet",
    ["Air raid sirens sounded across Ukraine on Friday morning as Russia launched a new wave of missiles at the country's energy network.",
     "Explosions were reported in Kyiv, Kharkiv and the southern city of Kryvyi Rig."],
    "strikes", "strikes", 1, BAR, a="Gemma Trevail", dup="2543-01", n="Near-verbatim repeat of 2543-01 -> importance 1."),
  E("2022-12-16 19:05", "EU seals ninth sanctions package",
    ["The EU's ninth set of sanctions against Moscow formally entered into force on Friday evening after publication in the bloc's official journal."],
    "diplomacy", "diplomacy", 3, EU9, a="Gemma Trevail"),
  ]))


# =============================================================== emit
SINGLE = [s["id"] for s in SEEDS if s["id"] < "2520"]
DAYS = {"day1": ["2520", "2521", "2522", "2523"], "day2": ["2530", "2531", "2532", "2533"], "day3": ["2540", "2541", "2542", "2543"]}
BASIS = {
  "r_armenpress": "stamp '{s}' on the line after the headline (full date and 24 h time); Armenia time implied by the outlet, AMT = UTC+4",
  "r_trend": "stamp '{s}' with its own offset (UTC +04:00 = Baku)",
  "r_cgtn": "bare stamp '{s}' under the page's date line {d} ('20-Apr-2022'); Beijing time stated in the lede (GMT+8); JSON-LD datePublished agrees",
  "r_philstar": "no per-item time; the article's date line 'March 27, 2025 | 7:18pm' (Philippine time, UTC+8) used for every bullet",
  "r_ahram": "pubDate '{s}' (explicit +0200; Cairo had no summer time in 2022)",
  "r_livemint": "stamp '{s}' (date, 12 h time, IST = UTC+5:30)",
  "r_kathmandu": "relative stamp '{s}' resolved against the printed 'Updated at : May 8, 2025 21:15' (Nepal time, UTC+5:45)",
  "r_i24": "bare stamp '{s}'; the page prints no date: day from --date {d} (parse_args); Israel time (IDT = UTC+3) implied by the outlet",
  "r_chinadaily": "dc:date '{s}' (explicit +08:00)",
  "r_manilatimes": "stamp '{s}' under the date line for {d}; Manila time (UTC+8, stated in the lede)",
  "r_mardale": "stamp '{s}' on the page's date line {d}; BST = UTC+1",
  "r_nordhaven": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST (page note); JSON-LD agrees",
  "r_quantock": "pubDate '{s}' (GMT = UTC)",
  "r_textarticle": "no per-section time; the article dateline ({d} 18.30 BST = UTC+1) used for every section",
  "r_pendle": "stamp '{s}' on the page's date line {d}; CEST = UTC+2",
  "r_morvern": "stamp '{s}' under the date line {d}; GMT = UTC",
  "r_nidderdale": "no per-section time; the article dateline ({d}, 5.20pm BST = UTC+1) used for every section; JSON-LD datePublished agrees",
  "r_quernmore": "<published> '{s}' (Z = UTC)",
  "r_roseland": "stamp '{s}' (full date and time); Kyiv time UTC+2 (page note)",
  "r_oldcastle": "visible stamp '{s}' on {d} (meta line 'Dec. 16, 2022'); ET in December = EST = UTC-5; <time datetime> and JSON-LD agree",
  "r_polperro": "stamp '{s}' on the page's date line {d}; 'All times GMT' = UTC",
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
                 "notes": e["n"] or ""}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_date"):
            gold["parse_args"] = ["--date", S["parse_date"]]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

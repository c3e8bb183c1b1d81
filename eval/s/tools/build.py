#!/usr/bin/env python3
"""Builds eval/s seeds and gold files from the hand-written table below (one table renders both).
All news text is invented or paraphrased in the tester's own words; Part B outlets are invented. Deterministic.
Run: python3 eval/s/tools/build.py"""
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
    if style == "a.m.":
        return f"{hh}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    if style == "dotpm":  # 2.35pm
        return f"{hh}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if style == "PM":
        return f"{hh}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    raise ValueError(style)


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# =============================================================== Part A renderers (each returns text, stamps)

def r_bi(S):  # Balkan Insight tag page, copy-all text; byline + city + date glued on one line
    z = S["zone"]
    L = ["BalkanInsight", "Reporting Democracy", "",
         "We use cookies to make this site work better. Keep browsing if that is fine with you, or opt out. Accept Read More", "",
         "Home", "News", "Investigations", "Opinion", "Features", "Podcast", "Events", "Search", "",
         "Tag", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{e['a']}{e['city']}{MONTHS[d.month-1]} {d.day}, {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e.get("kicker", "News"), e["h"], st, ""] + paras(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Sign up to the BIRN newsletter", "Get the week's top stories from the Balkans in your inbox.", "Subscribe", ""]
    L += ["Load more", "", "Balkan Investigative Reporting Network", "About | Contact | Privacy Policy | Terms of Use",
          "Copyright BIRN. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_rfa(S):  # Radio Free Asia latest-news listing, copy-all text; headline, byline, "2023.03.23 14:05 EDT"
    z = S["zone"]
    L = ["Radio Free Asia", "", "中文 | 粵語 | བོད་སྐད | ئۇيغۇرچە | 조선어 | မြန်မာ | ខ្មែរ | ລາວ | Tiếng Việt", "",
         "China   North Korea   Myanmar   Cambodia   Vietnam   Tibet   Uyghur   Hong Kong   Investigative   Podcasts", "Donate", "Search", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%Y.%m.%d %H:%M} EDT"; stamps.append(st)
        L += [e["h"], f"By {e['a']} for {e['svc']}", st, ""] + paras(e["p"])
        L += ["Share on Facebook", "Share on X", "Email", ""]
        if i == 3:
            L += ["Sign up for our newsletter", "Get the RFA morning briefing in your inbox", ""]
    L += ["Load more stories", "", "About RFA | Contact | Privacy Policy | Accessibility",
          "© 1998-2023 Radio Free Asia. All rights reserved. Republication only with written permission."]
    return "\n".join(L) + "\n", stamps


def r_mee(S):  # Middle East Eye live page: LiveBlogPosting JSON-LD with HTML entities in strings, "14:38 BST", Key points
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i+1}",
                    "headline": html.escape(e["h"], quote=True), "datePublished": d.isoformat(),
                    "articleBody": html.escape(" ".join(e["p"]), quote=True)})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"],
           "headline": html.escape(S["title"], quote=True), "datePublished": first.isoformat(), "dateModified": last.isoformat(),
           "coverageStartTime": first.isoformat(), "author": {"@type": "Organization", "name": S["byline"]},
           "publisher": {"@type": "Organization", "name": "Middle East Eye"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Middle East Eye</title>",
           ld(obj), "</head><body>",
           '<header class="site-header"><a class="logo" href="/">Middle East Eye</a><nav><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/explainers">Explainers</a> <a href="/discover">Discover</a> <a href="/video">Video</a> <a href="/fr">Français</a></nav><a class="donate" href="/donate">Support us</a></header>',
           '<main><article class="live-blog">', '<div class="kicker">LIVE</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline">{esc(S["byline"])}</div>', f'<div class="date">{esc(S["dateline"])}</div>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div>',
           '<section class="key-points"><h2>Key points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></section>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i+1}"><span class="post-time">{st}</span>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<aside class="newsletter"><h4>Stay informed with MEE\'s newsletters</h4><p>Sign up to get the latest alerts, insights and analysis.</p><button>Sign up</button></aside>')
    out += ["</article></main>",
            '<aside class="related"><h3>Related</h3><ul><li><a href="/r1">Turkey election: what Erdogan\'s win means for the region</a></li><li><a href="/r2">Gulf states and the Ukraine war: a balancing act</a></li></ul></aside>',
            '<footer>Middle East Eye · About · Contact · Privacy · © Middle East Eye</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_diplomat(S):  # The Diplomat WordPress RSS 2.0: +0000 pubDate, dc:creator, excerpt + 'appeared first on', content:encoded
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           "<channel>", f"<title>{esc(S['title'])}</title>",
           '<atom:link href="https://thediplomat.com/feed/" rel="self" type="application/rss+xml" />', "<link>https://thediplomat.com</link>",
           "<description>Current-affairs magazine covering politics, security and society across the Asia-Pacific.</description>",
           f"<lastBuildDate>{dt(S['entries'][0]['t'], z).strftime('%a, %d %b %Y %H:%M:%S %z')}</lastBuildDate>",
           "<language>en-US</language>", "<sy:updatePeriod>hourly</sy:updatePeriod>", "<sy:updateFrequency>1</sy:updateFrequency>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        url = f"https://thediplomat.com/{d:%Y/%m}/{slug(e['h'])}/"
        excerpt = e["ex"]
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{url}</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>"]
        out += [f"<category><![CDATA[{c}]]></category>" for c in e["cats"]]
        out.append(f'<guid isPermaLink="false">https://thediplomat.com/?p={S["id"]}{i+1:02d}</guid>')
        out.append(f"<description><![CDATA[<p>{excerpt}</p>\n<p>The post <a href=\"{url}\">{e['h']}</a> appeared first on <a href=\"https://thediplomat.com\">The Diplomat &#8211; Asia-Pacific Current Affairs Magazine</a>.</p>\n]]></description>")
        out.append("<content:encoded><![CDATA[" + "\n".join(f"<p>{p}</p>" for p in e["p"]) + "]]></content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_rappler(S):  # Rappler live updates: NewsArticle JSON-LD (entities), date line above a timeline of "8:35 p.m." stamps on their own line
    z = S["zone"]
    pub = dt(S["pub"], z); upd = dt(S["entries"][0]["t"], z)
    obj = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"],
           "headline": html.escape(S["title"], quote=True), "datePublished": pub.isoformat(), "dateModified": upd.isoformat(),
           "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Rappler"},
           "description": html.escape(S["lede"], quote=True)}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])}</title>", ld(obj), "</head><body>",
           '<header class="masthead"><a href="/" class="logo">rappler</a><nav><a href="/nation">Philippines</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/voices">Voices</a> <a href="/plus">Rappler+</a></nav><a class="login">Sign in</a></header>',
           '<main><div class="breadcrumb">World / Europe</div>', f'<h1 class="post-title">{esc(S["title"])}</h1>',
           f'<p class="summary">{esc(S["lede"])}</p>', f'<div class="byline">{esc(S["byline"])}</div>',
           f'<div class="post-dates">Published {ampm(pub, "PM")}, {MONTHS[pub.month-1]} {pub.day}, {pub.year}</div>',
           f'<div class="post-dates">Updated {ampm(upd, "PM")}, {MONTHS[upd.month-1]} {upd.day}, {upd.year}</div>',
           '<div class="share-bar"><a>Facebook</a> <a>Twitter</a> <a>Reddit</a> <a>Email</a> <a>Copy link</a></div>',
           '<div class="post-content">', f"<p>{esc(S['intro'])}</p>", f"<h4>{esc(S['datehead'])}</h4>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "a.m."); stamps.append(st)
        out.append(f"<p><strong>{st}</strong></p>")
        out.append(f"<h3>{esc(e['h'])}</h3>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("<hr/>")
        if i == 3:
            out.append('<div class="rappler-newsletter"><b>Get the latest from Rappler in your inbox</b> <input placeholder="Email address"/> <button>Subscribe</button></div>')
    out += ["<p>– Rappler.com</p>", "</div>",
            '<aside class="related"><h3>Related stories</h3><ul><li><a href="/r1">Filipino seafarers and the Black Sea: what we know</a></li><li><a href="/r2">TIMELINE: Russia\'s war in Ukraine</a></li></ul></aside>',
            "</main>", '<footer>Rappler · About · Terms of Use · Privacy · Copyright © 2023 Rappler Inc.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bkp(S):  # Bangkok Post World listing, copy-all text; relative stamps resolved against the printed "Last updated" line
    z = S["zone"]; ref = dt(S["ref"], z)
    L = ["Bangkok Post", "Thailand's English-language daily", "", f"{ref:%A, %B} {ref.day}, {ref.year}", "Subscribe   Sign in", "",
         "NEWS   BUSINESS   OPINION   TRAVEL   LIFE   TECH   PROPERTY   AUTO   LEARNING   MULTIMEDIA", "",
         "We use cookies to improve your experience on our website. By continuing, you accept our Privacy Policy. Accept", "",
         S["title"], f"Last updated: {ref.day} {ref:%b} {ref.year} at {ref:%H:%M}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["h"]
            st = f"{mins // 60} hours ago" if mins >= 120 else "1 hour ago"
        stamps.append(st)
        L += [e.get("cat", "WORLD"), e["h"], st, ""]
        if e["a"]:
            L += [e["a"], ""]
        L += paras(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Advertisement", "", "Bangkok Post newsletters: Sign up for the morning briefing", ""]
    L += ["Most Popular", "1. Heavy rain forecast for the capital", "2. Baht strengthens against dollar", "",
          "© Copyright The Post Publishing Public Company Limited. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_mainichi(S):  # The Mainichi RSS 1.0 (RDF), dc:date +09:00, one-paragraph descriptions, no authors
    z = S["zone"]
    links = [f"https://mainichi.jp/english/articles/{dt(e['t'], z):%Y%m%d}/p2g/00m/0{e['sec']}/{S['id']}{i+1:03d}000c" for i, e in enumerate(S["entries"])]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="en">',
           '<channel rdf:about="https://mainichi.jp/english/rss/etc/english_latest.rss">', f"<title>{esc(S['title'])}</title>",
           "<link>https://mainichi.jp/english/</link>", "<description>The latest English-language news from the Mainichi Shimbun</description>",
           f"<dc:date>{dt(S['entries'][0]['t'], z).isoformat()}</dc:date>", "<dc:language>en</dc:language>", "<items>", "<rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{u}"/>' for u in links]
    out += ["</rdf:Seq>", "</items>", "</channel>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += [f'<item rdf:about="{links[i]}">', f"<title>{esc(e['h'])}</title>", f"<link>{links[i]}</link>",
                "<description>" + esc(" ".join(e["p"])) + "</description>" if e["p"] else "<description></description>",
                f"<dc:subject>{e['subj']}</dc:subject>", f"<dc:date>{st}</dc:date>", "</item>"]
    out.append("</rdf:RDF>")
    return "\n".join(out) + "\n", stamps


def r_novinite(S):  # Novinite topic page copy: headline, "Category | November 8, 2023, Wednesday // 16:20", body, author/views lines
    z = S["zone"]
    L = ["Novinite.com", "Sofia News Agency", "", S["sitedate"], "", "Home   Politics   Business   Society   World   Sports   Culture   Bulgaria Travel   Finance", "Search",
         "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{e['cat']} | {MONTHS[d.month-1]} {d.day}, {d.year}, {d:%A} // {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        L += [f"Author: {e['a']}" if e["a"] else "Source: Novinite.com", f"Views: {e['views']}", "Share: Facebook Twitter LinkedIn", ""]
        if i == 2:
            L += ["Advertisement", "", "Subscribe to Novinite Insider for exclusive analysis", ""]
    L += ["« Previous   1 2 3 4 5   Next »", "", "Novinite.com (Sofia News Agency) © All rights reserved.",
          "Reproduction of materials is allowed only with a link to Novinite.com"]
    return "\n".join(L) + "\n", stamps


def r_tom(S):  # Times of Malta article: NewsArticle JSON-LD; "Key events" bullets, each bullet one event, no per-bullet time
    z = S["zone"]; pub = dt(S["pub"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
           "dateModified": pub.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
           "publisher": {"@type": "Organization", "name": "Times of Malta"}, "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Times of Malta</title>", ld(obj), "</head><body>",
           '<div class="cookie-banner">We use cookies to personalise content and ads. <button>Accept all</button> <button>Manage</button></div>',
           '<header><a class="logo" href="/">Times of Malta</a><nav><a href="/news/national">National</a> <a href="/news/world">World</a> <a href="/news/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>',
           '<main><article>', '<div class="section-tag">World</div>', f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="meta"><span class="author">{esc(S["byline"])}</span> <span class="date">{pub:%A}, {pub.day} {MONTHS[pub.month-1]} {pub.year}, {pub:%H:%M}</span> <span class="read">2 min read</span></div>',
           '<div class="share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>', f"<p>{esc(S['intro'])}</p>", "<h2>Key events</h2>", "<ul>"]
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<li>{esc(e['p'][0])}</li>")
    out += ["</ul>", f"<p>{esc(S['outro'])}</p>",
            '<div class="newsletter-box"><h3>Sign up to our free newsletters</h3><p>Get the best updates straight to your inbox.</p><button>Sign up</button></div>',
            "</article>", '<aside class="read-next"><h3>Related Stories</h3><ul><li><a href="/r1">Malta backs EU position on Ukraine talks</a></li><li><a href="/r2">Energy ceasefire: what is on the table</a></li></ul></aside>',
            '<section class="comments"><h3>Comments</h3><p>Comments are visible to registered readers only. Please enable JavaScript to load them.</p></section>',
            "</main>", "<footer>Times of Malta · Terms and Conditions · Privacy Policy · © Allied Newspapers Ltd</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_censor(S):  # Censor.net news feed: bare HH:MM under "Today"/"Yesterday" dividers, no date or year anywhere on the page
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Censor.NET</title>", "</head><body>",
           '<header><a class="logo" href="/en/">CENSOR.NET</a><nav><a href="/en/news/all">News</a> <a href="/en/resonance">Resonance</a> <a href="/en/blogs">Blogs</a> <a href="/en/video">Video</a> <a href="/en/photo">Photo</a></nav><div class="lang"><a href="/ua/">UA</a> <b>EN</b></div><a class="login">Log in</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', '<div class="filters"><a class="active">All news</a> <a>War</a> <a>Politics</a> <a>Economy</a> <a>World</a></div>',
           '<div class="news-feed">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if e["div"] != cur:
            cur = e["div"]; out.append(f'<div class="feed-date">{cur}</div>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="news-line"><time>{st}</time>')
        out.append(f'<h3><a href="/en/news/{S["id"]}{i+1:03d}">{esc(e["h"])}</a></h3>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append(f'<div class="counters"><span class="views">{e["views"]}</span> <span class="comments">{e["comm"]}</span></div></article>')
        if i == 3:
            out.append('<div class="banner">Advertising</div><div class="promo">Subscribe to our Telegram channel</div>')
    out += ["</div>", '<a class="more" href="/en/news/all/page/2">Show more news</a>', "</main>",
            '<aside class="top"><h3>Most read</h3><ol><li><a>Enemy losses: updated figures from the General Staff</a></li><li><a>Power outage schedules for tomorrow</a></li></ol></aside>',
            "<footer>Censor.NET. Materials may be used with a hyperlink to censor.net. Contacts | Advertising | Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== Part B renderers

def r_ambleside(S):  # text live, newest first, date line above the timeline, "1409 GMT" on its own line, Key Points, "Reporting by" after body
    z = S["zone"]
    L = ["AMBLESIDE CHRONICLE", "Home   World   UK   Business   Sport   Culture   Newsletters", "",
         "Accept cookies? We use cookies to understand how you use our site. [Accept] [Settings]", "",
         S["title"], "", S["lede"], "", "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        L += ["Share   Copy link", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Earlier updates", "", "Ambleside Chronicle © 2023 | Contact | Corrections | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_bramblecote(S):  # HTML live: @graph JSON-LD with @type array and entity-escaped strings; byline before headline; <time> with bare HH:MM Kyiv time
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#update-{i+1}", "headline": html.escape(e["h"], quote=True),
                    "datePublished": d.isoformat(), "articleBody": html.escape(" ".join(e["p"]), quote=True),
                    "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    obj = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://bramblecote.example/#org", "name": "Bramblecote News"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": html.escape(S["title"], quote=True),
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@id": "https://bramblecote.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – Bramblecote News</title>", ld(obj), "</head><body>",
           '<header class="bn-top"><a href="/">Bramblecote News</a> <nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/business">Business</a></nav> <a href="/newsletters">Newsletters</a></header>',
           '<main>', '<span class="live-badge">Live</span>', f"<h1>{esc(S['title'])}</h1>", f'<p class="intro">{esc(S["lede"])}</p>',
           f'<p class="note">{esc(S["note"])}</p>', '<div class="share"><button>Share</button> <button>Follow</button></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i+1}"><div class="update-meta"><span class="author">{esc(e["a"])}</span> <time datetime="{d.isoformat()}">{st}</time></div>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
        if i == 3:
            out.append('<div class="promo">Read more: <a href="/x">Inside the Danube ports keeping Ukraine\'s grain moving</a></div>')
    out += ["</main>", '<footer>© 2023 Bramblecote News · About · Terms · Cookies</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_gmt(S):  # general world RSS 2.0, "GMT" pubDate, CDATA paragraphs, optional dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>",
           "<language>en-gb</language>", f"<copyright>{esc(S['copy'])}</copyright>", "<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>{S['link']}/{e.get('lsec', 'world')}/{slug(e['h'])}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i+1:04d}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<category>{e.get('cat', 'World')}</category>")
        out.append(f'<media:thumbnail width="240" height="135" url="{S["link"]}/img/{S["id"]}{i}.jpg"/>')
        out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_txtarticle(S):  # text article with section headings; one entry per section; stamp null; dateline printed in the header
    L = list(S["head"]); stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + paras(e["p"])
        if i == 0 and S.get("mid"):
            L += list(S["mid"])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps


def r_eddystone(S):  # HTML live without JSON-LD; "2.35pm" stamps, "Updated 9.05pm BST" at top, byline under headline
    z = S["zone"]; upd = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Eddystone Daily</title>",
           '<meta property="og:type" content="article"/></head><body>',
           '<div class="topbar"><a href="/">EDDYSTONE DAILY</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a> <a href="/puzzles">Puzzles</a> <a class="sub" href="/subscribe">Subscribe</a></div>',
           '<main class="liveblog"><p class="flag">LIVE</p>', f"<h1>{esc(S['title'])}</h1>", f'<p class="stand">{esc(S["lede"])}</p>',
           f'<p class="upd">{esc(S["dateline"])} · Updated {ampm(upd, "dotpm")} BST</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "dotpm"); stamps.append(st)
        out.append(f'<section class="post"><p class="post-time">{st}</p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-by">{esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<p class="share">Share this post</p></section>')
        if i == 2:
            out.append('<div class="nl">The Eddystone Daily morning briefing – sign up free</div>')
    out += ['<p class="older"><a href="/live/2023/sep/27">Read yesterday\'s live coverage</a></p>', "</main>",
            "<footer>© Eddystone Daily 2023 · Terms · Privacy · Complaints</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_atom_world(S):  # general world Atom 1.0, Z times, html content escaped, <author>
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['desc'])}</subtitle>", f'<link rel="alternate" href="{S["link"]}"/>', f'<link rel="self" href="{S["link"]}/feed.atom"/>',
           f"<id>{S['link']}/feed.atom</id>", f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["link"]}/{e.get("lsec", "world")}/{slug(e["h"])}"/>',
                f"<id>tag:{S['host']},2023:{S['id']}{i+1:03d}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_gullhaven(S):  # text live, newest first, headline then bare "17:40" on the line after it, one page byline
    z = S["zone"]
    L = ["Gullhaven Times", "News | Ukraine | Europe | Opinion | Podcasts", "", S["title"], S["byline"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
        if i == 3:
            L += ["Read also: How Ukraine's ports reopened after the grain deal collapsed", ""]
    L += ["Load more", "", "© Gullhaven Times. All times are Kyiv time."]
    return "\n".join(L) + "\n", stamps


def r_heathcote(S):  # HTML article with h2 sections and NewsArticle JSON-LD; dateline "4.20pm BST"
    z = S["zone"]; pub = dt(S["pub"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": html.escape(S["title"], quote=True),
           "datePublished": pub.isoformat(), "author": [{"@type": "Person", "name": S["author"]}],
           "publisher": {"@type": "Organization", "name": "Heathcote Standard"}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Heathcote Standard</title>", ld(obj), "</head><body>",
           '<header><a href="/">Heathcote Standard</a> <a href="/world">World</a> <a href="/world/europe">Europe</a> <a href="/comment">Comment</a></header>',
           '<article>', f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By <a href="/profile/x">{esc(S["author"])}</a></p>',
           f'<p class="date">{pub.day} {MONTHS[pub.month-1]} {pub.year} • {ampm(pub, "dotpm")} BST</p>',
           '<figure><img src="/img/dnipro.jpg" alt=""/><figcaption>Emergency workers search the damaged building on Thursday. Photo: handout</figcaption></figure>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
    out += ['<aside class="more">More on Ukraine: <a href="/a">The long winter ahead for Ukraine\'s grid</a></aside>', "</article>",
            "<footer>Heathcote Standard · Terms · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_blackthorn(S):  # text live, newest first, Key Points, date line, "14:38" line BEFORE headline, "— Name" signature
    z = S["zone"]
    L = ["Blackthorn Daily", "Menu   Search   Sign in", "", S["title"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", S["dateline"], "All times are Kyiv time (EET)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if e["a"]:
            L += ["— " + e["a"], ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Show older posts", "", "Blackthorn Daily © 2023"]
    return "\n".join(L) + "\n", stamps


def r_cragside(S):  # HTML live, LiveBlogPosting JSON-LD with per-update times, visible "1:38 PM EST", byline after body
    z = S["zone"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "url": f"{S['url']}?post={i+1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"],
           "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Cragside News</title>", ld(obj), "</head><body>",
           '<header><strong>Cragside News</strong> <a href="/us">US</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/markets">Markets</a> <a href="/account">My account</a></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, "PM") + " EST"; stamps.append(st)
        out.append(f'<div class="post" id="post-{i+1}"><div class="post-ts">{st}</div><h3>{esc(e["h"])}</h3>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<p class="credit">By {esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</main>", "<footer>© 2023 Cragside News · Terms · Privacy · Do not sell my info</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A: single pages
SEEDS = []

SEEDS.append(dict(id="2000", name="2000_balkaninsight-tag", ext="txt", source="Balkan Insight", zone="Europe/Belgrade", render=r_bi,
  title="Russia-Ukraine War",
  notes="Imitates a Balkan Insight tag page copied as plain text: newest first, a kicker line ('News'), the headline, then the author, city and date/time glued on one line with no spaces ('Milan VujovićBelgradeJanuary 31, 2023 21:10'), an excerpt and 'Read more'. No zone printed: Belgrade time (CET = UTC+1 in January). Two items are regional news unrelated to the war (off-beat). One item is credited to the agency 'BIRN' rather than a reporter.",
  not_entries=["site name and 'Reporting Democracy' tagline", "cookie notice", "navigation list", "'Tag' label and tag name (page title)", "'News'/'Feature' kicker lines", "'Read more' links", "BIRN newsletter box", "'Load more'", "footer lines"],
  entries=[
  E("2023-01-31 21:10", "Serbia Says No Licences Issued for Ammunition Exports to Ukraine",
    ["Serbia's defence ministry said it had not approved any export of ammunition destined for Ukraine or Russia, after social media posts claimed Serbian-made rockets had been seen on the front line.",
     "The ministry said arms sold to third countries came with end-user certificates and that any re-export without Belgrade's consent would break those contracts.",
     "President Aleksandar Vučić has repeatedly said Serbia will not arm either side."],
    "aid", "aid", 2, "serbia-denies-ammunition-exports-ukraine", a="Milan Vujović", city="Belgrade",
    n="Denial of arms supply to a party -> aid."),
  E("2023-01-31 18:45", "Montenegro Joins Latest EU Sanctions on Moscow",
    ["Montenegro's government said it had aligned with the EU's newest package of restrictive measures against Russia, including bans on refined oil products.",
     "The decision was adopted at a session in Podgorica and takes effect once published in the official gazette."],
    "diplomacy", "diplomacy", 2, "montenegro-aligns-eu-russia-sanctions-2023-01-31", a="Ana Kordić", city="Podgorica"),
  E("2023-01-31 16:20", "Kosovo Customs Hold Shipment of Drone Components Bound for Russia",
    ["Customs officers in Kosovo said they had stopped a lorry carrying electronic parts that investigators believe were meant to reach Russian drone makers via a third country.",
     "Prosecutors said the driver had been questioned and released, and that the cargo would be examined by experts."],
    "other", "security", 2, "kosovo-drone-parts-seizure", a="Elira Hoxha", city="Pristina",
    n="Sanctions-evasion enforcement by a non-party: other/security."),
  E("2023-01-31 14:05", "Bulgaria, Romania Discuss Joint Mine Clearing in Black Sea",
    ["Bulgarian and Romanian naval officers met in Varna to plan joint operations against drifting sea mines that have washed up along their coasts since the invasion of Ukraine.",
     "Turkey has been invited to join the effort, officials said."],
    "other", "security", 2, "black-sea-mine-clearing-talks-bulgaria-romania", a="BIRN", city="Sofia", kicker="Feature"),
  OFF("2023-01-31 12:30", "Sarajevo Schools Shut as Smog Reaches Record Levels",
    ["Authorities in Sarajevo closed schools for two days after air pollution readings climbed to the highest levels recorded this winter.",
     "Residents were advised to stay indoors and avoid driving."],
    "sarajevo-smog-school-closures", a="Dragan Petković", city="Sarajevo", n="air pollution in Bosnia, not about the war."),
  E("2023-01-31 10:15", "Croatian President Again Criticises Tank Deliveries to Ukraine",
    ["Croatia's president, Zoran Milanović, said Western plans to send battle tanks to Ukraine would prolong the war and questioned whether they would change anything on the battlefield.",
     "The government distanced itself from the remarks, saying Zagreb's support for Kyiv was unchanged."],
    "aid", "aid", 2, "milanovic-criticises-tank-deliveries", a="Sven Marić", city="Zagreb", sec=["diplomacy"],
    n="Debate over arms deliveries to Ukraine -> aid (LABELS: funding/arms debates), diplomacy secondary."),
  OFF("2023-01-31 08:40", "North Macedonia Opens Bids for New Motorway Section",
    ["North Macedonia launched a tender for a 27-kilometre stretch of motorway linking Skopje with the east of the country.",
     "The project is financed by a loan from a European development bank."],
    "north-macedonia-motorway-tender", a="Marija Stefanovska", city="Skopje", n="infrastructure tender in North Macedonia."),
  ]))

SEEDS.append(dict(id="2001", name="2001_rfa-latest", ext="txt", source="Radio Free Asia", zone="America/New_York", render=r_rfa,
  title="Latest News",
  notes="Imitates the Radio Free Asia latest-news listing copied as plain text: newest first; headline, 'By NAME for RFA SERVICE' byline line, then the stamp line '2023.03.23 19:50 EDT' (year.month.day, Washington time, EDT = UTC-4), excerpt, share labels. The newest item (19:50 EDT) is 23:50 UTC and the oldest (00:40 EDT) is 04:40 UTC: one UTC day. Two items are not about the war (off-beat). Xi Jinping's Moscow visit ended the day before; the Central Asia item is reaction/analysis of it.",
  not_entries=["site name", "language switcher line", "section navigation", "'Donate'/'Search'", "'Latest News' heading (page title)", "share labels under each item", "newsletter box", "'Load more stories'", "footer and copyright lines"],
  entries=[
  E("2023-03-23 19:50", "Central Asian capitals weigh Xi's Moscow summit",
    ["Officials in Kazakhstan and Uzbekistan are studying the joint statements signed by Xi Jinping and Vladimir Putin this week for signs of how Beijing and Moscow intend to share influence in the region.",
     "Analysts said the summit's language on Ukraine offered little that was new, but its economic promises could shape pipeline and rail projects across the steppe."],
    "diplomacy", "diplomacy", 2, "xi-moscow-visit-central-asia-reaction", a="Aigerim Seitkali", svc="RFA Uyghur"),
  E("2023-03-23 16:15", "North Korea test-fires cruise missiles as state media hail Moscow ties",
    ["North Korea launched several cruise missiles into the sea off its east coast, South Korea's military said, the latest in a string of tests this month.",
     "On the same day, the North's state newspaper ran a commentary praising Russia's stance against what it called Western pressure."],
    "other", "security", 2, "north-korea-cruise-missile-test-2023-03-23", a="Jeong Min-ho", svc="RFA Korean",
    n="Weapons test by a non-party -> other/security."),
  E("2023-03-23 13:30", "Chinese drone parts still reaching Russian units, traders say",
    ["Electronics traders in Shenzhen told RFA that orders for drone motors and cameras bound for Russian buyers have continued despite Western warnings.",
     "Some shipments travel through Central Asian intermediaries, two traders said, speaking on condition of anonymity."],
    "aid", "aid", 2, "chinese-drone-parts-to-russia", a="Lin Yue", svc="RFA Mandarin",
    n="Supply to Russia -> aid (to-Russia)."),
  OFF("2023-03-23 11:05", "Myanmar junta extends martial law to more townships",
    ["Myanmar's military government placed another eleven townships under martial law, citing attacks by resistance forces.",
     "Rights groups say the move gives military tribunals power over civilians in those areas."],
    "myanmar-martial-law-townships", a="Kyaw Zin", n="other conflict (Myanmar), not the Russia-Ukraine war.", svc="RFA Burmese"),
  E("2023-03-23 09:20", "Cambodian deminers to train second group of Ukrainians",
    ["Cambodia's mine action centre said its experts would run a second course for Ukrainian deminers, after a first group was trained in Poland earlier this year.",
     "The course will focus on clearing anti-personnel mines from farmland, officials said."],
    "aid", "aid", 2, "cambodia-deminer-training-ukraine", a="Sok Dara", svc="RFA Khmer",
    n="Humanitarian/technical support to Ukraine -> aid."),
  E("2023-03-23 06:45", "Vietnam's army faces hard choices over Russian weapons",
    ["Vietnam has relied on Russian weapons for decades, but sanctions and the war in Ukraine are making spare parts harder to find, military analysts say.",
     "Hanoi has quietly begun talks with other suppliers, including India and South Korea."],
    "other", "security", 2, "vietnam-russian-arms-dependence", a="Tran Quoc An", svc="RFA Vietnamese",
    n="Procurement by a non-party -> other/security; analysis piece, own story."),
  OFF("2023-03-23 00:40", "Hong Kong court jails two over protest-era bookshop display",
    ["A Hong Kong court sentenced two men to prison terms for displaying publications deemed seditious in a bookshop window during the 2019 protests.",
     "Defence lawyers said they would consider an appeal."],
    "hong-kong-bookshop-sedition-case", a="Wong Ka-lok", svc="RFA Cantonese", n="Hong Kong court case, not about the war."),
  ]))

SEEDS.append(dict(id="2002", name="2002_mee-live", ext="html", source="Middle East Eye", zone="Europe/London", render=r_mee,
  title="Russia-Ukraine war live: Kyiv hit by rare daytime missile attack", url="https://www.middleeasteye.net/live-blog/live-blog-update/russia-ukraine-war-live-29-may",
  byline="MEE staff and agencies", dateline="Published date: 29 May 2023 08:10 BST",
  notes="Imitates a Middle East Eye live blog (HTML): newest first, visible stamps '21:40 BST' (UTC+1), one page byline 'MEE staff and agencies' used as author for every post, a 'Key points' list repeating two post headlines (key_point true). The LiveBlogPosting JSON-LD carries per-update times that agree with the visible ones, but its strings are HTML-entity-escaped (&#x27; for apostrophes, &quot;). Post 05 is a video teaser without body. The overnight drone raid and the daytime ballistic-missile attack on Kyiv are two separate attacks (must not merge).",
  not_entries=["site header and navigation", "'LIVE' kicker", "byline and published-date lines", "share links", "'Key points' list (its items are key_point flags, not extra entries)", "newsletter box", "related links aside", "footer"],
  entries=[
  E("2023-05-29 21:40", "Iran rejects claims it sent new drones for overnight raid",
    ["Iran's foreign ministry said reports that Tehran had shipped a fresh batch of attack drones to Russia were 'baseless' and aimed at harming its relations with Europe.",
     "Ukrainian officials had said debris from several drones downed over Kyiv bore Iranian markings."],
    "aid", "aid", 2, "iran-denies-new-drone-supply-russia-2023-05-29", sec=["strikes"], n="Denial of arms transfer to Russia -> aid (to-Russia)."),
  E("2023-05-29 19:05", "Zelensky congratulates Erdogan on re-election",
    ["Ukraine's president Volodymyr Zelensky said he hoped to strengthen cooperation with Turkey after Recep Tayyip Erdogan won Sunday's run-off vote.",
     "Zelensky thanked Ankara for its role in brokering grain exports and prisoner swaps."],
    "diplomacy", "diplomacy", 2, "zelensky-congratulates-erdogan-2023"),
  E("2023-05-29 16:50", "Saudi Arabia says it stands ready to mediate",
    ["Saudi Arabia's foreign minister Prince Faisal bin Farhan said the kingdom was willing to host talks between Moscow and Kyiv if both sides asked for it.",
     "Riyadh has kept ties with both governments and helped arrange a prisoner exchange last year."],
    "diplomacy", "diplomacy", 2, "saudi-mediation-offer-2023-05-29"),
  E("2023-05-29 14:38", "Ballistic missiles strike Kyiv in daytime attack",
    ["Explosions shook Kyiv shortly before noon local time as Russia fired ballistic missiles at the capital, the city's military administration said.",
     "Air defences intercepted eleven missiles, officials said, but falling debris injured at least one person in the Obolon district.",
     "It was the third attack on the city within 24 hours."],
    "strikes", "strikes", 3, "kyiv-daytime-ballistic-missile-attack-2023-05-29", kp=True),
  E("2023-05-29 12:15", "Watch: Kyiv residents shelter in metro during daytime alert", [], "strikes", "strikes", 1,
    "kyiv-daytime-ballistic-missile-attack-2023-05-29", n="Video teaser without body -> importance 1."),
  E("2023-05-29 10:20", "Ukraine says it shot down dozens of drones over Kyiv overnight",
    ["Ukraine's air force said it destroyed almost all of the 35 drones and a number of cruise missiles that Russia launched at the capital during the night.",
     "A man was killed in the Holosiivskyi district when debris fell on a residential building, the mayor, Vitali Klitschko, said."],
    "strikes", "strikes", 3, "kyiv-overnight-drone-attack-2023-05-29", kp=True,
    n="Overnight drone raid: a separate attack from the daytime ballistic missiles (must not merge)."),
  E("2023-05-29 08:10", "Qatar helps return four Ukrainian children",
    ["Four children taken to Russia have been reunited with their families in Ukraine after mediation by Qatar, Ukrainian officials said.",
     "Doha has been acting as a go-between on the issue of deported minors since the spring."],
    "diplomacy", "diplomacy", 2, "qatar-mediated-return-ukrainian-children", sec=["humanitarian"], n="Mediated return -> diplomacy."),
  ]))

SEEDS.append(dict(id="2003", name="2003_thediplomat-rss", ext="xml", source="The Diplomat", zone="UTC", render=r_diplomat,
  title="The Diplomat",
  notes="Imitates The Diplomat's WordPress RSS 2.0 feed: pubDate with +0000 offset, dc:creator in CDATA, several category tags, a one-sentence <description> excerpt followed by the WordPress footer 'The post ... appeared first on The Diplomat' (feed chrome), and the full text in content:encoded. Body paragraphs are counted from content:encoded; the excerpt is a teaser of the same text, not a separate paragraph. Two items are Asia-Pacific news unrelated to the war (off-beat).",
  not_entries=["channel title/description/lastBuildDate", "each item's <description> excerpt (a shortened copy of the body)", "'The post ... appeared first on The Diplomat' footer in each description", "category tags"],
  entries=[
  E("2025-01-17 21:30", "Russia and Iran Sign Partnership Treaty, Without a Defense Pledge",
    ["Vladimir Putin and Iranian President Masoud Pezeshkian signed a 20-year comprehensive strategic partnership treaty in Moscow on Friday.",
     "Unlike Russia's recent pact with North Korea, the document contains no clause obliging either side to come to the other's aid if attacked.",
     "The two leaders said the treaty would deepen cooperation on energy, transport corridors and payment systems that bypass Western banks."],
    "diplomacy", "diplomacy", 3, "russia-iran-strategic-partnership-treaty", a="Sara Rahimi", cats=["Diplomacy", "Central Asia", "Iran", "Russia"],
    ex="Vladimir Putin and Iranian President Masoud Pezeshkian signed a 20-year treaty in Moscow, but it stops short of a mutual defense commitment."),
  E("2025-01-17 17:05", "What Two Captured North Korean Soldiers Could Tell Seoul",
    ["The two North Korean soldiers taken prisoner by Ukrainian forces in Russia's Kursk region have become a potential source of rare intelligence about Pyongyang's army.",
     "South Korea's spy agency has been helping with questioning, and both men have been asked whether they wish to go to the South.",
     "How Kyiv handles their fate will be watched closely in Seoul and Beijing."],
    "other", "security", 2, "north-korean-pows-in-ukraine-analysis", a="Daniel Pyo", cats=["Features", "Security", "East Asia", "North Korea", "South Korea"],
    ex="The two North Korean soldiers captured in Kursk could become a rare source of intelligence for South Korea.",
    n="Analysis about North Korean prisoners held by Ukraine: other/security, own story."),
  E("2025-01-17 13:40", "Japan Adds Russian Shipping Firms to Sanctions List",
    ["Japan's government added eleven shipping companies and several tankers to its list of entities subject to asset freezes, saying they helped Russia move oil above the G7 price cap.",
     "Tokyo also tightened export controls on industrial machine tools."],
    "diplomacy", "diplomacy", 2, "japan-sanctions-russian-shipping-firms-2025-01", a="Kenji Morita", cats=["Diplomacy", "East Asia", "Japan"],
    ex="Tokyo targeted shipping firms it says helped Russia move oil above the G7 price cap."),
  OFF("2025-01-17 09:15", "Indonesia's Free Meals Program Runs Into Early Problems",
    ["Indonesia's flagship free school meals program has run into delivery delays and complaints about food quality in its second week.",
     "Officials said the rollout would be adjusted as more kitchens come online."],
    "indonesia-free-meals-program", a="Putri Hasanah", cats=["Politics", "Southeast Asia", "Indonesia"],
    ex="The flagship program has been slowed by delivery delays and complaints in its second week.", n="Indonesian domestic policy."),
  E("2025-01-17 06:07", "India Presses Moscow Over Citizens Serving in Russian Army",
    ["India's foreign ministry said it had again asked Russia to discharge Indian nationals recruited into its armed forces, after a man from Kerala was killed near the front.",
     "New Delhi says about a dozen Indians are still serving and several are missing."],
    "diplomacy", "diplomacy", 2, "india-presses-russia-over-recruited-citizens", a="Rohan Mehta", cats=["Diplomacy", "South Asia", "India", "Russia"],
    ex="New Delhi renewed its request for the discharge of Indian nationals recruited by the Russian military."),
  OFF("2025-01-17 02:20", "Taiwan's Opposition Pushes Through Deep Budget Cuts",
    ["Taiwan's opposition-controlled legislature approved sweeping cuts to the government's budget, drawing protests from the ruling party.",
     "The cabinet said some programs, including parts of defense spending, could be delayed."],
    "taiwan-budget-cuts", a="Chen Yi-ting", cats=["Politics", "East Asia", "Taiwan"],
    ex="The opposition-controlled legislature approved sweeping reductions, drawing protests from the ruling party.", n="Taiwanese domestic politics."),
  ]))

SEEDS.append(dict(id="2004", name="2004_rappler-live", ext="html", source="Rappler", zone="Asia/Manila", render=r_rappler,
  title="LIVE UPDATES: Russia-Ukraine war as Zelensky heads to Washington", url="https://www.rappler.com/world/europe/live-updates-russia-ukraine-war-september-21-2023/",
  pub="2023-09-21 08:05", byline="Marco Dela Paz",
  lede="Follow the latest developments as Ukraine's president takes his case to the United Nations and the US Congress.",
  intro="Rappler is tracking the latest news on the war in Ukraine. All times are Philippine time.",
  datehead="Thursday, September 21, 2023",
  notes="Imitates a Rappler live-updates article (HTML): NewsArticle JSON-LD (no per-update data; strings entity-escaped), 'Published 8:05 AM, September 21, 2023' and 'Updated ...' lines, a date line 'Thursday, September 21, 2023' above the timeline, then newest-first updates whose stamp '11:40 p.m.' sits alone in a bold paragraph before the headline. 'All times are Philippine time' (UTC+8). One page byline used as author for every update. Update 05 is a video teaser without body. '– Rappler.com' closing line is chrome.",
  not_entries=["masthead/navigation", "breadcrumb", "summary line", "byline", "'Published'/'Updated' lines", "share bar", "intro paragraph ('Rappler is tracking...')", "date line above the timeline", "newsletter box", "'– Rappler.com' sign-off", "related stories aside", "footer"],
  entries=[
  E("2023-09-21 23:40", "Zelensky arrives on Capitol Hill to meet lawmakers",
    ["Volodymyr Zelensky arrived at the US Capitol for closed-door meetings with senators and House leaders, as a dispute over new Ukraine funding divides Republicans.",
     "He is due to meet President Joe Biden at the White House later on Thursday, Washington time."],
    "diplomacy", "diplomacy", 3, "zelensky-washington-visit-2023-09-21", a="Marco Dela Paz", sec=["aid"]),
  E("2023-09-21 21:55", "Philippines backs safe passage for Black Sea shipping at UN",
    ["Foreign Affairs Secretary Enrique Manalo told a UN meeting that attacks on ports and merchant ships in the Black Sea threatened food security far beyond Europe.",
     "Manila has thousands of seafarers working on vessels that call at the region's ports."],
    "diplomacy", "diplomacy", 2, "philippines-black-sea-shipping-un-2023-09", a="Marco Dela Paz"),
  E("2023-09-21 20:35", "Poland says it is no longer sending its own weapons to Ukraine",
    ["Poland's prime minister Mateusz Morawiecki said Warsaw was now focused on rearming its own forces and was no longer transferring weapons to Ukraine from its stocks.",
     "The remarks came amid a bitter row between the neighbours over Ukrainian grain imports."],
    "aid", "aid", 3, "poland-stops-weapons-transfers-ukraine-2023-09", a="Marco Dela Paz"),
  E("2023-09-21 17:10", "Russian missiles hit energy sites across Ukraine",
    ["Russia launched dozens of cruise missiles at Ukraine before dawn, damaging power facilities in at least five regions, Ukraine's energy ministry said.",
     "Several people were injured in Kyiv and in the central city of Cherkasy, where a hotel was badly damaged."],
    "strikes", "strikes", 3, "russian-missile-attack-energy-2023-09-21", a="Marco Dela Paz"),
  E("2023-09-21 14:20", "WATCH: Firefighters battle blaze in Cherkasy after strike", [], "strikes", "strikes", 1,
    "russian-missile-attack-energy-2023-09-21", a="Marco Dela Paz", n="Video teaser without body -> importance 1."),
  E("2023-09-21 10:45", "Zelensky tells UN Security Council to strip Russia of its veto",
    ["Zelensky used his first appearance at the Security Council since the invasion to argue that Moscow's veto power made the body helpless to stop the war.",
     "Russia's ambassador dismissed the speech as a show."],
    "diplomacy", "diplomacy", 3, "zelensky-un-security-council-speech-2023-09", a="Marco Dela Paz"),
  E("2023-09-21 08:20", "Filipino crew on Black Sea cargo ship safe, DMW says",
    ["The Department of Migrant Workers said all 14 Filipino sailors on a cargo ship that reported an explosion near a Ukrainian port were unharmed.",
     "The ship was able to continue to Istanbul."],
    "other", "humanitarian", 2, "filipino-seafarers-black-sea-ship-safe", a="Marco Dela Paz"),
  ]))

SEEDS.append(dict(id="2005", name="2005_bangkokpost-world", ext="txt", source="Bangkok Post", zone="Asia/Bangkok", render=r_bkp,
  title="World", ref="2025-07-10 21:40",
  notes="Imitates the Bangkok Post 'World' listing copied as plain text: newest first, a category line, the headline, then a RELATIVE stamp on its own line ('45 mins ago', '14 hours ago'). The only absolute anchor is the printed 'Last updated: 10 Jul 2025 at 21:40' (Bangkok time, UTC+7); stamps are resolved against it (oldest = 07:40 local = 00:40 UTC). Two items are Thai news unrelated to the war (off-beat); one is credited 'Online Reporters'.",
  not_entries=["masthead/tagline", "date line", "subscribe/sign-in", "section navigation", "cookie line", "'World' heading and 'Last updated' line", "category lines (WORLD/THAILAND)", "'Read more' links", "advertisement and newsletter lines", "'Most Popular' list", "copyright footer"],
  entries=[
  E("2025-07-10 20:55", "Donors pledge over 10 billion euros at Rome recovery conference",
    ["Governments and companies pledged more than 10 billion euros to rebuild Ukraine on the first day of a recovery conference in Rome, Italy's prime minister Giorgia Meloni said.",
     "President Volodymyr Zelensky urged allies to also fund air defence, saying reconstruction would not last without protection from the air."],
    "aid", "aid", 3, "rome-ukraine-recovery-conference-2025"),
  OFF("2025-07-10 19:40", "Heavy rain warning issued for 30 provinces",
    ["The Meteorological Department warned of heavy to very heavy rain in 30 provinces over the next three days, with the risk of flash floods in the North and East.",
     "Residents near waterways were told to prepare to move belongings to higher ground."],
    "thailand-heavy-rain-warning", a="Online Reporters", cat="THAILAND", n="Thai weather warning."),
  E("2025-07-10 16:40", "Hundreds of drones and missiles target Kyiv overnight",
    ["Russia launched around 400 drones and 18 missiles at Ukraine overnight, most of them aimed at Kyiv, Ukrainian officials said.",
     "At least two people were killed and more than a dozen injured in the capital, where fires broke out in several districts."],
    "strikes", "strikes", 3, "kyiv-overnight-drone-missile-attack-2025-07-10"),
  E("2025-07-10 13:40", "Rubio and Lavrov meet on sidelines of Asean talks",
    ["US Secretary of State Marco Rubio held talks with Russian Foreign Minister Sergei Lavrov in Kuala Lumpur, where both were attending meetings hosted by Asean.",
     "Rubio said afterwards that he had conveyed Washington's frustration at the lack of progress towards a ceasefire."],
    "diplomacy", "diplomacy", 3, "rubio-lavrov-kuala-lumpur-meeting"),
  OFF("2025-07-10 10:40", "Thai and Cambodian officials to resume border talks",
    ["Thai and Cambodian officials agreed to meet again next week to discuss tensions along their shared border following a deadly clash in May.",
     "The foreign ministry said both sides wanted to keep channels open."],
    "thai-cambodian-border-talks", cat="THAILAND", n="Thai-Cambodian border dispute, not the Russia-Ukraine war."),
  E("2025-07-10 07:40", "Zelensky says US arms deliveries resuming",
    ["Ukraine's president said shipments of American weapons had restarted after a brief pause, following assurances from Washington.",
     "He said priority items included interceptor missiles for Patriot systems."],
    "aid", "aid", 2, "us-weapons-deliveries-resume-2025-07"),
  ]))

SEEDS.append(dict(id="2006", name="2006_mainichi-rdf", ext="xml", source="The Mainichi", zone="Asia/Tokyo", render=r_mainichi,
  title="The Mainichi - English News - Latest",
  notes="Imitates The Mainichi's English RSS 1.0 (RDF) feed: an rdf:Seq of item links in the channel, items with title, link, a one-paragraph description, dc:subject and dc:date with +09:00 offset (JST). No authors anywhere (author null). The 'Photos:' item has an empty description (teaser, importance 1). Two items are Japanese domestic news (off-beat). JST 09:15-23:10 = 00:15-14:10 UTC, one UTC day.",
  not_entries=["channel title/description/dc:date", "rdf:Seq list of item links", "dc:subject values"],
  entries=[
  E("2025-05-27 23:10", "Japan to send more power equipment to Ukraine via JICA",
    ["The Japan International Cooperation Agency will supply additional transformers and gas turbine generators to Ukraine to help restore electricity damaged by Russian attacks, the Foreign Ministry said on May 27, adding that the equipment is worth about 4.5 billion yen."],
    "aid", "aid", 2, "japan-jica-power-equipment-ukraine-2025-05", subj="World"),
  OFF("2025-05-27 20:45", "Stockpiled rice to hit store shelves early next month, farm minister says",
    ["Agriculture minister Shinjiro Koizumi said government stockpile rice sold through direct contracts with retailers should reach stores in early June at around 2,000 yen per 5 kilograms."],
    "japan-stockpile-rice-release", subj="National", n="Japanese rice prices."),
  E("2025-05-27 17:30", "Russia launches drones at Ukrainian cities for third straight night",
    ["Russia fired dozens of drones at Ukraine overnight, hitting residential buildings in several regions after two nights of some of the heaviest aerial attacks of the war, Ukrainian officials said."],
    "strikes", "strikes", 3, "russian-drone-attacks-ukraine-2025-05-27", subj="World"),
  E("2025-05-27 14:05", "Iwaya meets Ukrainian envoy, pledges continued support",
    ["Foreign Minister Takeshi Iwaya met Ukraine's ambassador to Japan in Tokyo on May 27 and said Japan would keep standing with Ukraine while supporting efforts toward a just and lasting peace."],
    "diplomacy", "diplomacy", 2, "iwaya-meets-ukrainian-ambassador-2025-05-27", subj="Politics"),
  E("2025-05-27 11:20", "Photos: Hiroshima schoolchildren fold paper cranes for Kharkiv", [], "other", "humanitarian", 1,
    "hiroshima-paper-cranes-kharkiv", subj="National", n="Photo teaser with an empty description -> importance 1."),
  OFF("2025-05-27 09:15", "Osaka Expo visitor numbers pass 5 million",
    ["The number of general visitors to the Osaka-Kansai Expo has passed 5 million, the organizer said, although weekday crowds remain below initial forecasts."],
    "osaka-expo-visitor-numbers", subj="Business", n="Osaka Expo attendance."),
  ]))

SEEDS.append(dict(id="2007", name="2007_novinite-topic", ext="txt", source="Novinite", zone="Europe/Sofia", render=r_novinite,
  title="World » Ukraine war", sitedate="Wednesday, November 8, 2023",
  notes="Imitates a Novinite.com topic page copied as plain text: newest first; headline, then the stamp line with the category glued in front ('Politics | November 8, 2023, Wednesday // 23:30'), body, then 'Author: NAME' (or 'Source: Novinite.com', author null), a views counter and share labels. No zone printed: Sofia time (EET = UTC+2). Two items are Bulgarian news unrelated to the war (off-beat).",
  not_entries=["site name and tagline", "site date line", "navigation", "'Search'", "page heading 'World » Ukraine war'", "'Author:'/'Source:' lines (author only)", "'Views:' counters", "share labels", "advertisement and Novinite Insider promo", "pagination", "footer lines"],
  entries=[
  E("2023-11-08 23:30", "Bulgarian MPs Back Handing Armoured Vehicles to Ukraine",
    ["Bulgaria's parliamentary defence committee endorsed an agreement to give Ukraine about one hundred armoured personnel carriers that the army no longer uses.",
     "The vehicles, built in the Soviet era, have been kept in storage for years, the deputy defence minister told MPs.",
     "The deal still needs a vote in the full chamber, which is expected next week."],
    "aid", "aid", 3, "bulgaria-armoured-vehicles-ukraine-2023-11", a="Yoana Petrova", cat="Politics", views="1 412"),
  E("2023-11-08 19:45", "Russian Missile Hits Foreign-Flagged Ship in Odesa Port",
    ["A Russian missile struck a civilian cargo ship sailing under the Liberian flag as it entered a port in the Odesa region, killing a harbour pilot and wounding three crew members, Ukrainian officials said.",
     "The vessel was heading in to load grain, according to the navy."],
    "strikes", "strikes", 3, "odesa-port-cargo-ship-missile-2023-11-08", cat="World", views="2 036"),
  OFF("2023-11-08 16:20", "Sofia's New Mayor Presents His Deputies",
    ["Sofia's mayor-elect Vasil Terziev named four deputy mayors who will oversee transport, finance, construction and social services.",
     "He is due to be sworn in next week."],
    "sofia-mayor-deputies", a="Kalin Dimov", cat="Society", views="954", n="Sofia local politics."),
  E("2023-11-08 13:05", "European Commission Recommends Opening Membership Talks with Ukraine",
    ["The European Commission recommended that EU leaders open accession negotiations with Ukraine and Moldova, once Kyiv completes a handful of remaining reforms.",
     "Commission President Ursula von der Leyen called it a historic day."],
    "diplomacy", "diplomacy", 3, "eu-commission-recommends-ukraine-accession-talks", a="Yoana Petrova", cat="World", views="3 120"),
  E("2023-11-08 11:40", "Bulgarian Navy Joins Black Sea Mine-Hunting Exercise",
    ["Two Bulgarian minesweepers are taking part in a week-long exercise with Romanian and Turkish ships to practise clearing drifting mines in the western Black Sea.",
     "The navy said stray mines remain a danger to fishing boats and merchant traffic."],
    "other", "security", 2, "black-sea-mine-hunting-exercise-2023-11", cat="Society", views="688"),
  OFF("2023-11-08 09:55", "Fog and Frost: Cold Morning Across Bulgaria",
    ["Dense fog reduced visibility on roads in the Danube plain and temperatures fell below zero in the valleys overnight, forecasters said.",
     "Sunny weather is expected in the afternoon."],
    "bulgaria-weather-fog", cat="Society", views="512", n="Bulgarian weather."),
  E("2023-11-08 08:10", "Kremlin: Putin Has Not Yet Decided on Running Again",
    ["Kremlin spokesman Dmitry Peskov said Vladimir Putin had not announced whether he would stand in next year's presidential election.",
     "The vote is expected to be called in December."],
    "other", "politics", 2, "putin-reelection-decision-2023-11", a="Kalin Dimov", cat="World", views="1 877"),
  ]))

SEEDS.append(dict(id="2008", name="2008_timesofmalta-keyevents", ext="html", source="Times of Malta", zone="Europe/Malta", render=r_tom,
  title="Ukraine war: key events as talk of an energy truce continues", pub="2025-03-20 08:35", byline="Nadia Cuschieri",
  lede="The main developments from the past 24 hours.",
  intro="Here is a summary of the main developments in the war in Ukraine on Thursday.",
  outro="The list will be updated as further developments are confirmed.",
  notes="Imitates a Times of Malta world article (HTML) with NewsArticle JSON-LD: a standfirst, byline and date line 'Thursday, 20 March 2025, 08:35' (Malta time, CET = UTC+1), an intro paragraph, then a 'Key events' bullet list in which each bullet is one event. Each bullet is one entry: no headline (null), no own stamp (null), one paragraph, published = the article's time, author = the article byline. The 'Key events' heading is not a 'Key Points' block of entry headlines, so key_point is false throughout.",
  not_entries=["cookie banner", "header/navigation", "section tag 'World'", "standfirst", "byline/date/'2 min read' line", "share links", "intro paragraph", "'Key events' heading", "closing line 'The list will be updated...'", "newsletter box", "related stories", "comments box", "footer"],
  entries=[
  E("2025-03-20 08:35", None,
    ["Russia launched 171 drones at Ukraine overnight, of which 75 were shot down, Ukraine's air force said, and an attack in the Kirovohrad region damaged energy facilities in Kropyvnytskyi and left parts of the city without power."],
    "strikes", "strikes", 3, "overnight-drone-attack-kropyvnytskyi-2025-03-20", a="Nadia Cuschieri"),
  E("2025-03-20 08:35", None,
    ["Moscow accused Kyiv of breaking the proposed pause on energy strikes after a drone attack set fire to an oil depot at Kavkazskaya in Russia's Krasnodar region; Ukraine did not comment."],
    "strikes", "strikes", 2, "kavkazskaya-oil-depot-drone-attack", a="Nadia Cuschieri"),
  E("2025-03-20 08:35", None,
    ["President Volodymyr Zelensky said after a call with Donald Trump that Ukraine was ready to halt strikes on energy infrastructure if Russia did the same, and that the two leaders had discussed extra air defence for Ukraine."],
    "diplomacy", "diplomacy", 3, "zelensky-trump-call-energy-ceasefire-2025-03", a="Nadia Cuschieri", sec=["aid"]),
  E("2025-03-20 08:35", None,
    ["Technical teams from the United States and Ukraine are due to meet in Saudi Arabia early next week, with separate US talks with Russian officials planned in the same city."],
    "diplomacy", "diplomacy", 2, "saudi-technical-talks-plan-2025-03", a="Nadia Cuschieri"),
  E("2025-03-20 08:35", None,
    ["EU leaders meeting in Brussels were expected to back a scaled-down plan for military support to Ukraine after several member states objected to the 40-billion-euro proposal put forward by foreign policy chief Kaja Kallas."],
    "aid", "aid", 2, "eu-kallas-military-aid-plan-2025-03", a="Nadia Cuschieri"),
  E("2025-03-20 08:35", None,
    ["Malta's foreign minister Ian Borg said the island would contribute to an international fund for humanitarian demining in Ukraine, without giving a figure."],
    "aid", "aid", 2, "malta-demining-fund-contribution", a="Nadia Cuschieri"),
  ]))

SEEDS.append(dict(id="2009", name="2009_censor-feed", ext="html", source="Censor.net", zone="Europe/Kyiv", render=r_censor,
  title="News feed", parse_args=["--date", "2025-09-24"],
  notes="Imitates the Censor.net English news feed (HTML): bare 'HH:MM' times under 'Today' and 'Yesterday' dividers, headline link, a short lead, view/comment counters. The page prints NO date and NO year anywhere, so the gold uses parse_args --date 2025-09-24 (the fetch day, i.e. 'Today' in Kyiv). 'Today' = 24 September 2025 local and 'Yesterday' = 23 September 2025 local (Kyiv, EEST = UTC+3). The two 'Today' items (02:40 and 00:15 local) fall at 23:40 and 21:15 UTC on 23 September, so the whole page sits on the UTC day 2025-09-23 although it crosses local midnight. No authors are printed. Item 05 is a video teaser without body.",
  not_entries=["header/navigation/language switch", "'News feed' heading and filter tabs", "'Today'/'Yesterday' dividers", "view and comment counters", "advertising banner and Telegram promo", "'Show more news'", "'Most read' aside", "footer"],
  entries=[
  E("2025-09-24 02:40", "Explosions in Kharkiv as Russian drones attack city",
    ["Mayor Ihor Terekhov reported several explosions in Kharkiv and said drones had hit the Kyivskyi district.",
     "Information about casualties is being clarified."],
    "strikes", "strikes", 2, "kharkiv-night-drone-attack-2025-09-24", div="Today", views="5 812", comm="14"),
  E("2025-09-24 00:15", "Trump says Ukraine can win back all of its territory",
    ["US President Donald Trump wrote after meeting Zelensky in New York that Ukraine, with European support, could recover all of its land in its original form.",
     "He described Russia as a 'paper tiger' whose economy was in serious trouble."],
    "diplomacy", "diplomacy", 3, "trump-ukraine-can-win-back-territory-2025-09", div="Today", views="21 304", comm="187"),
  E("2025-09-23 22:30", "Zelensky and Trump meet on sidelines of UN General Assembly",
    ["Volodymyr Zelensky held talks with Donald Trump in New York, focusing on air defence, sanctions against Russia and security guarantees.",
     "Zelensky called the meeting a good one and said details would follow."],
    "diplomacy", "diplomacy", 3, "zelensky-trump-meeting-unga-2025-09-23", div="Yesterday", views="18 950", comm="96", sec=["aid"],
    n="The meeting itself; Trump's later post about winning back territory is a separate statement (own story)."),
  E("2025-09-23 19:05", "Video: aftermath of the strike on Zaporizhzhia", [], "strikes", "strikes", 1,
    "zaporizhzhia-strike-2025-09-23", div="Yesterday", views="7 330", comm="21", n="Video teaser without body -> importance 1."),
  E("2025-09-23 16:40", "Russian strike on Zaporizhzhia kills two, injures eleven",
    ["Russian forces struck an industrial area of Zaporizhzhia with guided bombs, killing two people and wounding eleven, regional governor Ivan Fedorov said.",
     "Several private houses and a service station were damaged."],
    "strikes", "strikes", 3, "zaporizhzhia-strike-2025-09-23", div="Yesterday", views="9 104", comm="33"),
  E("2025-09-23 12:10", "Copenhagen airport reopens after drone sightings",
    ["Flights resumed at Copenhagen airport after several large drones were spotted overnight and air traffic was halted for hours.",
     "Danish Prime Minister Mette Frederiksen called it the most serious attack on Danish critical infrastructure so far and did not rule out Russian involvement."],
    "other", "security", 2, "copenhagen-airport-drone-sightings-2025-09", div="Yesterday", views="12 688", comm="58"),
  E("2025-09-23 09:20", "Ukraine and the Netherlands agree to build drones together",
    ["Defence Minister Denys Shmyhal said Ukraine and the Netherlands had signed a deal on joint production of drones, with the first units to be made within months.",
     "The Dutch side will finance part of the output for Ukraine's armed forces."],
    "aid", "aid", 2, "ukraine-netherlands-drone-coproduction", div="Yesterday", views="6 045", comm="19"),
  E("2025-09-23 04:30", "Odesa hit by drones overnight, port infrastructure damaged",
    ["Russian drones struck the Odesa region overnight, damaging port infrastructure and a warehouse, the regional military administration said.",
     "One person was injured."],
    "strikes", "strikes", 2, "odesa-overnight-drone-attack-2025-09-23", div="Yesterday", views="4 472", comm="11"),
  ]))


# =============================================================== PART B, day 1: 2023-09-27 (UTC)
D1 = "Multi-source day 1 (UTC 2023-09-27): 2020-2023. Main story izmail-port-drone-attack-2023-09-27 (all four seeds; spelled Izmail / Izmayil / Ismail; toll grows from two injured to one dead and seven injured)."

SEEDS.append(dict(id="2020", name="2020_ambleside-textlive", ext="txt", source="Ambleside Chronicle", zone="UTC", render=r_ambleside,
  title="Ukraine war live: drones set Danube grain port ablaze",
  lede="Russian drones hit the port of Izmail on the Danube overnight; follow our rolling coverage.",
  dateline="Wednesday 27 September 2023",
  notes="Invented outlet. Plain-text live blog, newest first, with a date line above the timeline and stamps '1952 GMT' on their own line before each headline (GMT = UTC; the outlet prints GMT even in summer). Key Points list of two headlines. Each post ends with 'Reporting by NAME' (author) and a 'Share   Copy link' line. Post 06 is a video teaser without body. " + D1,
  not_entries=["masthead and navigation", "cookie line", "page title", "lede", "'Key Points' heading and its bullets (flags, not entries)", "date line", "'Reporting by' lines (author only)", "'Share   Copy link' lines", "'Advertisement'", "'Earlier updates'", "footer"],
  entries=[
  E("2023-09-27 19:52", "Kuleba urges allies to shield Danube ports with more air defence",
    ["Foreign Minister Dmytro Kuleba said Ukraine's partners should treat the protection of its Danube ports as a priority and send additional air-defence systems to the Odesa region.",
     "He said every drone that got through to Izmail was a blow to food supplies for Africa and the Middle East."],
    "aid", "aid", 3, "kuleba-air-defence-appeal-danube-2023-09-27", a="Maren Colquhoun", sec=["strikes"],
    n="Appeal for air defence -> aid. Separate statement from the Kremlin's grain-deal remarks."),
  E("2023-09-27 17:10", "Denmark unveils military package worth 5.2bn kroner",
    ["Denmark will send Ukraine a new package of military aid worth 5.2 billion kroner, including artillery ammunition and armoured vehicles, Defence Minister Troels Lund Poulsen said.",
     "It is Copenhagen's twentieth aid package since the start of the full-scale invasion."],
    "aid", "aid", 3, "denmark-aid-package-2023-09-27", a="Tobias Rennie",
    n="Must not merge with Norway's energy-grid funding (2021-02)."),
  E("2023-09-27 14:09", "Izmail port toll rises to one dead, seven hurt",
    ["One person was killed and seven injured in the overnight drone attack on the port of Izmail, the Odesa regional governor Oleh Kiper said.",
     "The dead man was a lorry driver waiting to unload grain, he said.",
     "Romania's defence ministry said it had tracked the drones near its border but found no debris on its territory."],
    "strikes", "strikes", 3, "izmail-port-drone-attack-2023-09-27", a="Maren Colquhoun", kp=True),
  E("2023-09-27 11:35", "Ukrainian troops report gains south of Bakhmut",
    ["Ukraine's ground forces commander said his units had pushed forward several hundred metres near Klishchiivka and Andriivka.",
     "Russia's defence ministry said it had repelled attacks in the same area."],
    "other", "frontline", 2, "bakhmut-southern-flank-gains-2023-09-27", a="Tobias Rennie"),
  E("2023-09-27 09:20", "Two killed as Russian shells hit Kherson",
    ["Russian artillery fire killed two people in Kherson on Wednesday morning, the regional governor Oleksandr Prokudin said.",
     "A bus stop and several homes in the city's Dniprovskyi district were hit."],
    "strikes", "strikes", 3, "kherson-shelling-2023-09-27", a="Tobias Rennie", kp=True,
    n="Different place and weapon from the Izmail drone attack: must not merge."),
  E("2023-09-27 07:12", "Watch: Firefighters at the burning grain terminal in Izmail", [], "strikes", "strikes", 1,
    "izmail-port-drone-attack-2023-09-27", a=None, n="Video teaser without body -> importance 1."),
  E("2023-09-27 04:45", "Overnight drone attack targets Danube port of Izmail",
    ["Russian drones attacked port facilities in Izmail in the southern Odesa region overnight, starting fires at a grain terminal, Ukrainian officials said.",
     "Two people were injured, according to early reports.",
     "The air force said it had shot down 26 of the 44 drones launched."],
    "strikes", "strikes", 3, "izmail-port-drone-attack-2023-09-27", a="Maren Colquhoun"),
  ]))

SEEDS.append(dict(id="2021", name="2021_bramblecote-ldlive", ext="html", source="Bramblecote News", zone="Europe/Kyiv", render=r_bramblecote,
  title="Russia's war in Ukraine: Wednesday's updates", url="https://bramblecote.example/live/ukraine-2023-09-27",
  lede="Live coverage from our correspondents in Kyiv and Odesa.", note="Times shown are Kyiv time.",
  notes="Invented outlet. HTML live blog, newest first: each update has the author name and a <time datetime> with bare 'HH:MM' (Kyiv time, EEST = UTC+3) BEFORE the headline. JSON-LD uses an @graph whose node has @type ['NewsArticle','LiveBlogPosting']; updates carry correct per-update times, and their headline/articleBody strings are HTML-entity-escaped (&#x27;). Update 04 repeats update 06 nearly verbatim (duplicate_of 2021-06). " + D1,
  not_entries=["header/navigation", "'Live' badge", "page title and intro", "'Times shown are Kyiv time.' note", "share/follow buttons", "'Advertisement'", "'Read more' promo link", "footer"],
  entries=[
  E("2023-09-27 23:20", "Kuleba: Danube ports need the same protection as Kyiv",
    ["Ukraine's top diplomat Dmytro Kuleba said the river ports near the Romanian border deserved the kind of layered air defence that now guards the capital.",
     "He asked allies for more launchers and interceptors before winter."],
    "aid", "aid", 3, "kuleba-air-defence-appeal-danube-2023-09-27", a="Olena Hrytsai", sec=["strikes"]),
  E("2023-09-27 19:40", "Norway to fund winter repairs of Ukraine's power grid",
    ["Norway will give Ukraine an extra 1.5 billion kroner to repair and protect energy infrastructure before winter, Prime Minister Jonas Gahr Støre said.",
     "The money will go through a fund run by Ukraine's energy ministry."],
    "aid", "aid", 2, "norway-energy-grid-aid-2023-09-27", a="Pavlo Danyliuk",
    n="Different donor and purpose from the Danish military package: must not merge."),
  E("2023-09-27 16:05", "Drone hits substation in Russia's Kursk region, governor says",
    ["A Ukrainian drone struck an electricity substation in the Kursk region, cutting power to several villages, governor Roman Starovoit said.",
     "Nobody was hurt, he added."],
    "strikes", "strikes", 2, "kursk-substation-drone-2023-09-27", a="Pavlo Danyliuk"),
  E("2023-09-27 13:30", "Russian drones hit Izmayil port overnight",
    ["Russian attack drones struck the port of Izmayil on the Danube overnight, setting grain storage on fire, the Odesa regional administration said.",
     "Two people were wounded, officials said.",
     "Firefighters worked through the morning to contain the blaze."],
    "strikes", "strikes", 1, "izmail-port-drone-attack-2023-09-27", a="Olena Hrytsai", dup="2021-06",
    n="Near-verbatim repeat of 2021-06 (one sentence added) -> importance 1."),
  E("2023-09-27 11:10", "Two killed as Russian artillery pounds Kherson",
    ["Two civilians died when Russian artillery hit Kherson in the morning, the head of the regional military administration said.",
     "Shells landed near a bus stop in the Dniprovskyi district."],
    "strikes", "strikes", 3, "kherson-shelling-2023-09-27", a="Pavlo Danyliuk"),
  E("2023-09-27 08:05", "Russian drones hit Izmayil port overnight",
    ["Russian attack drones struck the port of Izmayil on the Danube overnight, setting grain storage on fire, the Odesa regional administration said.",
     "Two people were wounded, officials said."],
    "strikes", "strikes", 3, "izmail-port-drone-attack-2023-09-27", a="Olena Hrytsai"),
  ]))

SEEDS.append(dict(id="2022", name="2022_cinderford-worldrss", ext="xml", source="Cinderford World Service", zone="UTC", render=r_rss_gmt,
  title="Cinderford World Service - Top stories", link="https://cinderford.example/news", desc="The latest world news from Cinderford World Service",
  copy="Copyright 2023 Cinderford World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed (pubDate in GMT), newest first; 3 of 7 items are about the war, the others off-beat (the Nagorno-Karabakh exodus, Ryder Cup golf, Hong Kong property shares, Libya flood relief). CDATA descriptions hold the paragraphs; no authors. The port is spelled 'Ismail'. " + D1,
  not_entries=["channel title/description/copyright/ttl", "media:thumbnail elements", "category elements"],
  entries=[
  OFF("2023-09-27 21:30", "Thousands more leave Nagorno-Karabakh as exodus grows",
    ["Armenia said more than 40,000 people had now crossed from Nagorno-Karabakh since Azerbaijan took control of the region last week.",
     "Long queues of cars stretched along the mountain road to the border."],
    "nagorno-karabakh-exodus-2023-09", n="another conflict (Nagorno-Karabakh)."),
  E("2023-09-27 18:50", "Denmark pledges more weapons for Ukraine",
    ["Denmark has announced a further package of military support for Ukraine worth about 750 million dollars, with ammunition and vehicles among the items.",
     "Danish officials said part of the package would be delivered before the end of the year."],
    "aid", "aid", 3, "denmark-aid-package-2023-09-27"),
  OFF("2023-09-27 15:20", "Europe's Ryder Cup team arrives in Rome",
    ["Europe's golfers arrived in Rome ahead of the Ryder Cup, which starts on Friday at the Marco Simone club.",
     "The United States are the holders."],
    "ryder-cup-2023-preview", cat="Sport", lsec="sport", n="sport."),
  E("2023-09-27 12:40", "Ismail grain terminal burns after drone raid; one dead",
    ["A Russian drone raid on the Ukrainian Danube port of Ismail has killed one person and set a grain terminal on fire, the regional governor said.",
     "Ismail lies across the river from Romania, a Nato member, whose defence ministry said it was monitoring the situation."],
    "strikes", "strikes", 3, "izmail-port-drone-attack-2023-09-27"),
  OFF("2023-09-27 10:05", "Hong Kong shares slide as property woes deepen",
    ["Shares in Chinese property developers fell sharply in Hong Kong after another large builder said it could not issue new debt.",
     "The Hang Seng index closed down 1.5%."],
    "hong-kong-property-shares-slide", cat="Business", lsec="business", n="economy elsewhere."),
  E("2023-09-27 07:30", "Kremlin sees no basis for return to Black Sea grain deal",
    ["Russia sees no grounds to revive the Black Sea grain agreement while its own demands remain unmet, Kremlin spokesman Dmitry Peskov told reporters.",
     "Moscow quit the deal in July."],
    "diplomacy", "diplomacy", 2, "kremlin-grain-deal-stance-2023-09-27",
    n="Kremlin statement; separate from Kuleba's air-defence appeal (different officials, different subject)."),
  OFF("2023-09-27 03:15", "Aid convoys reach flood-hit Libyan city",
    ["More aid lorries have reached the eastern Libyan city of Derna, two weeks after floods swept away whole neighbourhoods.",
     "The UN said clean water remained the most urgent need."],
    "libya-derna-flood-aid", n="disaster relief in Libya."),
  ]))

SEEDS.append(dict(id="2023", name="2023_dovecote-article", ext="txt", source="Dovecote Post", zone="Europe/London", render=r_txtarticle,
  title="Fire on the Danube: Russia strikes at Ukraine's back-door grain route",
  head=["Dovecote Post", "World | Europe | Ukraine", "", "Fire on the Danube: Russia strikes at Ukraine's back-door grain route", "",
        "A drone raid on Izmail has shown how exposed Ukraine's river ports remain", "",
        "By Rhiannon Vale", "Published 27 September 2023, 6.15pm BST", "", "Share on Facebook | Share on X | Email", ""],
  mid=["Related: The ships still sailing out of Odesa", ""],
  foot=["Topics: Ukraine, Russia, Romania, Grain", "", "More from Dovecote Post", "© Dovecote Post 2023"],
  notes="Invented outlet. Plain-text article with two section headings; per convention each section is one entry (headline = heading, stamp null, published = the article's dateline 6.15pm BST = 17:15 UTC, author = the page byline). Section 2 is a theme/explainer piece (own story, importance 2). " + D1,
  not_entries=["outlet name and section path", "article title and standfirst", "byline and Published line", "share line", "'Related:' link", "topics line", "'More from Dovecote Post'", "copyright"],
  entries=[
  E("2023-09-27 18:15", "Night of fire on the Danube",
    ["The drones came in low over the river a little after 2am, residents of Izmail said, and within minutes the grain terminal was burning.",
     "By the afternoon officials were reporting one dead and seven injured, and the regional governor said several warehouses had been destroyed.",
     "Across the water in Romania, authorities sent alerts to phones in Tulcea county and scrambled fighter jets, but said nothing had fallen on their side."],
    "strikes", "strikes", 3, "izmail-port-drone-attack-2023-09-27", a="Rhiannon Vale"),
  E("2023-09-27 18:15", "Why the Danube route matters",
    ["Since Russia abandoned the grain deal in July, the Danube ports have carried a growing share of Ukraine's farm exports.",
     "Barges sail downstream to Romania's Sulina channel and on to the Black Sea, out of reach of the Russian navy.",
     "That makes Izmail and Reni obvious targets, and Kyiv says it needs more air defence in the south to keep them open."],
    "other", "humanitarian", 2, "explainer-danube-export-route", a="Rhiannon Vale", sec=["strikes"],
    n="Theme piece (explainer) with body: own story, importance 2."),
  ]))

# =============================================================== PART B, day 2: 2023-09-28 (UTC) — the day after day 1
D2 = "Multi-source day 2 (UTC 2023-09-28, the day after day 1): 2030-2033. Main story dnipro-missile-strike-2023-09-28 (all four seeds; Dnipro / Dnepr; toll grows from one to four)."

SEEDS.append(dict(id="2030", name="2030_eddystone-htmllive", ext="html", source="Eddystone Daily", zone="Europe/London", render=r_eddystone,
  title="Ukraine war live: missile strike on Dnipro city centre",
  lede="Rescuers search a damaged office block in Dnipro; Britain promises more air-defence missiles.", dateline="Thursday 28 September 2023",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first, stamps '9.05pm' (UK time, BST = UTC+1) above each h2 headline and the reporter's name under it. 'Updated 9.05pm BST' in the header. Post 05 is a photo teaser without body; post 06 repeats post 07 nearly verbatim (duplicate_of 2030-07). Post 03 continues day 1's Izmail story with a new development (port reopens), keeping the day-1 slug. " + D2,
  not_entries=["top bar/navigation", "'LIVE' flag", "title and standfirst", "date/'Updated' line", "'Share this post' lines", "newsletter line", "link to yesterday's coverage", "footer"],
  entries=[
  E("2023-09-28 21:05", "UK to send more air-defence missiles, Shapps says",
    ["Britain will supply Ukraine with several hundred more short-range air-defence missiles before winter, Defence Secretary Grant Shapps said.",
     "He said the aim was to help Ukraine protect power stations and ports from drone attacks."],
    "aid", "aid", 3, "uk-air-defence-missiles-2023-09-28", a="Harriet Lomax",
    n="Must not merge with Lithuania's anti-drone pledge (2031-02)."),
  E("2023-09-28 18:40", "Four now confirmed dead in Dnipro missile strike",
    ["The number of people killed by the morning missile strike on central Dnipro has risen to four, the regional governor Serhiy Lysak said.",
     "Twenty-nine people were injured, six of them seriously, and rescuers are still checking the rubble."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2023-09-28", a="Harriet Lomax"),
  E("2023-09-28 16:15", "Izmail port resumes loading a day after drone raid",
    ["Grain loading has restarted at Izmail, a day after Russian drones set part of the port on fire, Ukraine's infrastructure ministry said.",
     "Officials said two damaged berths would take weeks to repair, and that insurance costs for ships calling there had risen again."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2023-09-27", a="Owen Trelawny",
    n="Continuation of day 1's Izmail story (new development: the port reopens); keeps the day-1 slug; only one day-2 seed carries it -> importance 2."),
  E("2023-09-28 14:35", "Glide bombs hit village near Kharkiv",
    ["Russian aircraft dropped guided bombs on a village in the Kharkiv region, injuring three people and destroying a school, regional officials said.",
     "The village lies about 30 kilometres from the Russian border."],
    "strikes", "strikes", 3, "kharkiv-region-glide-bombs-2023-09-28", a="Owen Trelawny",
    n="Different place and weapon from the Dnipro missile strike: must not merge."),
  E("2023-09-28 12:20", "Pictured: Rescuers at the damaged building in Dnipro", [], "strikes", "strikes", 1,
    "dnipro-missile-strike-2023-09-28", a=None, n="Photo teaser without body -> importance 1."),
  E("2023-09-28 11:30", "Missile strikes central Dnipro; one killed",
    ["A Russian missile hit an office building in the centre of Dnipro on Thursday morning, killing one person and injuring at least 15, local officials said.",
     "Several nearby shops and cars were damaged, and the city has declared Friday a day of mourning."],
    "strikes", "strikes", 1, "dnipro-missile-strike-2023-09-28", a="Harriet Lomax", dup="2030-07",
    n="Near-verbatim repeat of 2030-07 (one clause added) -> importance 1."),
  E("2023-09-28 10:50", "Missile strikes central Dnipro; one killed",
    ["A Russian missile hit an office building in the centre of Dnipro on Thursday morning, killing one person and injuring at least 15, local officials said.",
     "Several nearby shops and cars were damaged."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2023-09-28", a="Harriet Lomax"),
  ]))

SEEDS.append(dict(id="2031", name="2031_fallowfield-worldatom", ext="xml", source="Fallowfield Review", zone="UTC", render=r_atom_world,
  title="Fallowfield Review — World", desc="News from around the world", link="https://fallowfield.example", host="fallowfield.example",
  notes="Invented outlet. General world-news Atom 1.0 feed (Z times), newest first; 3 of 7 entries are about the war (Lithuanian pledge, Peskov on the grain deal, the Dnipro strike spelled 'Dnepr'); the rest are off-beat (Spanish politics, oil prices, rugby, the Amazon drought). Content is entity-escaped HTML. " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "category terms"],
  entries=[
  OFF("2023-09-28 22:10", "Feijóo falls short again in Spain's investiture vote",
    ["Spain's conservative leader Alberto Núñez Feijóo failed for a second time to win a parliamentary majority to become prime minister.",
     "Acting prime minister Pedro Sánchez is now expected to try to form a government."],
    "spain-investiture-vote-2023", a="Lucía Ferrer", n="Spanish politics."),
  E("2023-09-28 19:30", "Lithuania pledges anti-drone jammers for Ukraine",
    ["Lithuania will send Ukraine electronic jammers designed to bring down small drones, Defence Minister Arvydas Anušauskas said.",
     "The equipment is made by Lithuanian companies and will be paid for from this year's defence budget."],
    "aid", "aid", 2, "lithuania-anti-drone-jammers-2023-09-28", a="Ruta Valaitė",
    n="Must not merge with the UK air-defence missiles (2030-01, 2033-02)."),
  OFF("2023-09-28 16:45", "Oil prices hover near ten-month high",
    ["Brent crude traded close to 97 dollars a barrel as traders weighed tight supplies against fears of weaker demand.",
     "Analysts said Saudi and Russian output cuts were keeping the market tight."],
    "oil-prices-september-2023", cat="Business", lsec="business", n="economy."),
  E("2023-09-28 13:10", "Peskov: grain deal return depends on the West",
    ["Kremlin spokesman Dmitry Peskov said Russia could go back to the Black Sea grain arrangement only if Western countries lifted curbs on Russian farm exports.",
     "He said talks with Turkey on the issue were continuing."],
    "diplomacy", "diplomacy", 2, "peskov-grain-deal-conditions-2023-09-28", a="Mark Ellery",
    n="Peskov's statement; separate from Turkish FM Fidan's statement (2032-01): must not merge."),
  E("2023-09-28 11:20", "Dnepr missile attack kills two, officials say",
    ["A Russian missile attack on the Ukrainian city of Dnepr has killed two people and injured more than 20, according to local officials.",
     "Images on social media showed a multi-storey building with its upper floors torn open."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2023-09-28", a="Mark Ellery"),
  OFF("2023-09-28 08:00", "Rugby World Cup: Fiji name unchanged side for Georgia test",
    ["Fiji have kept the same starting fifteen for Saturday's pool match against Georgia in Bordeaux.",
     "A win would put them on the brink of the quarter-finals."],
    "rugby-world-cup-fiji-georgia", cat="Sport", lsec="sport", n="sport."),
  OFF("2023-09-28 05:30", "Drought shrinks Amazon rivers to record lows",
    ["Water levels on several Amazon tributaries have fallen to the lowest levels on record, leaving riverside communities cut off.",
     "Brazil's government is sending food and water by helicopter."],
    "amazon-drought-2023", cat="Environment", lsec="environment", n="weather/environment."),
  ]))

SEEDS.append(dict(id="2032", name="2032_gullhaven-textlive", ext="txt", source="Gullhaven Times", zone="Europe/Kyiv", render=r_gullhaven,
  title="Russia-Ukraine war: live updates for Thursday", byline="By Daryna Kovalchuk", dateline="Thursday 28 September 2023",
  lede="The latest from Ukraine and beyond, updated through the day.",
  notes="Invented outlet. Plain-text live blog, newest first; each headline is followed by a bare 'HH:MM' line (time AFTER the headline), Kyiv time (EEST = UTC+3, stated in the footer). One page byline (author of every post). Post 03 re-posts day 1's 2020-01 (Kuleba's appeal) nearly verbatim: importance 1, day-1 story slug. " + D2,
  not_entries=["outlet name and navigation", "title, byline, date line and lede", "'ADVERTISEMENT'", "'Read also' link", "'Load more'", "footer with the time-zone note"],
  entries=[
  E("2023-09-28 21:50", "Fidan: Turkey still working to revive grain corridor deal",
    ["Turkish Foreign Minister Hakan Fidan said Ankara was in contact with both Moscow and Kyiv on ways to restart safe shipping of grain across the Black Sea.",
     "He gave no timetable."],
    "diplomacy", "diplomacy", 2, "fidan-grain-deal-efforts-2023-09-28", a="Daryna Kovalchuk",
    n="Fidan's statement; separate from Peskov's (2031-04)."),
  E("2023-09-28 18:25", "Zelensky: Dnipro strike was 'another act of terror'",
    ["President Volodymyr Zelensky condemned the missile attack on Dnipro, where three people are now known to have died.",
     "He said Russia deliberately aimed at the city centre at the busiest time of the morning."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2023-09-28", a="Daryna Kovalchuk",
    n="Reaction whose content is the attack itself: same story."),
  E("2023-09-28 15:10", "Kuleba urges allies to shield Danube ports with more air defence",
    ["Foreign Minister Dmytro Kuleba said Ukraine's partners should treat the protection of its Danube ports as a priority and send additional air-defence systems to the Odesa region.",
     "He said every drone that got through to Izmail was a blow to food supplies for Africa and the Middle East."],
    "aid", "aid", 1, "kuleba-air-defence-appeal-danube-2023-09-27", a="Daryna Kovalchuk", sec=["strikes"],
    n="Re-post of the previous day's entry 2020-01 (day 1), nearly verbatim -> importance 1; duplicate_of is null because the original is in another seed."),
  E("2023-09-28 12:40", "Village outside Kharkiv hit by guided bombs",
    ["Three people were hurt when guided aerial bombs struck a village north of Kharkiv, the regional governor Oleh Syniehubov said.",
     "The local school was destroyed."],
    "strikes", "strikes", 3, "kharkiv-region-glide-bombs-2023-09-28", a="Daryna Kovalchuk"),
  E("2023-09-28 10:30", "Missile hits Dnipro city centre",
    ["A missile struck the centre of Dnipro this morning, Mayor Borys Filatov said, and emergency services are at the scene.",
     "At least one person has been killed."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2023-09-28", a="Daryna Kovalchuk"),
  E("2023-09-28 07:15", "Russia claims advances near Kupiansk",
    ["Russia's defence ministry said its troops had taken better positions near Kupiansk in the Kharkiv region.",
     "Ukraine's military said all attacks there had been repelled."],
    "other", "frontline", 2, "kupiansk-russian-claims-2023-09-28", a="Daryna Kovalchuk"),
  ]))

SEEDS.append(dict(id="2033", name="2033_heathcote-article", ext="html", source="Heathcote Standard", zone="Europe/London", render=r_heathcote,
  title="Dnipro mourns after missile tears through city centre", pub="2023-09-28 16:20", author="Imogen Carrick",
  lede="Thursday's strike killed at least three people as Britain pledged more missiles to defend Ukrainian cities.",
  notes="Invented outlet. HTML article with NewsArticle JSON-LD (page-level only) and three h2 sections; per convention each section is one entry (headline = heading, stamp null, published = the dateline 4.20pm BST = 15:20 UTC, author = the byline). Section 3 is an analysis/theme piece (own story, importance 2). " + D2,
  not_entries=["header/navigation", "title and standfirst", "byline and date line", "photo caption", "'More on Ukraine' aside", "footer"],
  entries=[
  E("2023-09-28 16:20", "Dnipro counts its dead",
    ["Rescue teams in Dnipro spent the day pulling debris from a five-storey office block after a Russian missile struck it during the morning rush.",
     "By the afternoon three people were confirmed dead and 27 injured, according to the regional administration."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2023-09-28", a="Imogen Carrick"),
  E("2023-09-28 16:20", "London promises more missiles",
    ["Grant Shapps, the defence secretary, said Britain would send hundreds more air-defence missiles to Ukraine in the coming weeks.",
     "Ukrainian officials had asked for help protecting cities such as Dnipro, which lie far from the front but within reach of Russian missiles."],
    "aid", "aid", 3, "uk-air-defence-missiles-2023-09-28", a="Imogen Carrick"),
  E("2023-09-28 16:20", "Analysis: Why Russia keeps aiming at city centres",
    ["Strikes like Thursday's rarely have an obvious military target, and analysts say that is partly the point.",
     "Hitting busy streets far from the front line forces Kyiv to spread scarce air defences thinly across the country."],
    "strikes", "strikes", 2, "analysis-russian-strikes-on-city-centres", a="Imogen Carrick",
    n="Theme piece (analysis) with body: own story, importance 2."),
  ]))

# =============================================================== PART B, day 3: 2023-11-21 (UTC)
D3 = "Multi-source day 3 (UTC 2023-11-21): 2040-2043. Main story pistorius-kyiv-visit-2023-11-21 (all four seeds; Kyiv / Kiev; the package grows in detail through the day)."

SEEDS.append(dict(id="2040", name="2040_ashcombe-worldrss", ext="xml", source="Ashcombe Report", zone="UTC", render=r_rss_gmt,
  title="Ashcombe Report: World headlines", link="https://ashcombereport.example", desc="Top world stories, updated around the clock",
  copy="© 2023 Ashcombe Report",
  notes="Invented outlet. General world-news RSS 2.0 feed (pubDate GMT), newest first; 3 of 7 items are about the war (Michel's visit, Pistorius's visit and pledge, Zelensky's Maidan address); the others are off-beat (Israel-Hamas talks, Argentina markets, Somalia floods, Euro 2024 qualifying). Some items carry dc:creator. " + D3,
  not_entries=["channel title/description/copyright/ttl", "media:thumbnail elements", "category elements"],
  entries=[
  OFF("2023-11-21 22:40", "Israel and Hamas close to deal on hostages, officials say",
    ["Negotiators are close to an agreement under which Hamas would free some of the hostages taken in October in exchange for a pause in fighting in Gaza, officials involved in the talks said.",
     "Israel's cabinet was meeting late into the night."],
    "israel-hamas-hostage-deal-talks", a="Nadia Haddad", n="another war (Gaza)."),
  E("2023-11-21 19:15", "EU's Michel in Kyiv on Maidan anniversary",
    ["European Council President Charles Michel arrived in Kyiv to mark ten years since the start of the Maidan protests and said Ukraine's future lay in the European Union.",
     "He was joined by Moldova's president Maia Sandu."],
    "diplomacy", "diplomacy", 3, "michel-kyiv-visit-2023-11-21", a="Peter Okonedo",
    n="A second, separate visit to Kyiv the same day: must not merge with Pistorius's visit."),
  OFF("2023-11-21 16:30", "Argentine markets swing as Milei outlines plans",
    ["Argentine bonds rallied while the peso weakened on parallel markets after president-elect Javier Milei repeated his pledge to shut the central bank.",
     "He takes office on 10 December."],
    "argentina-markets-milei", cat="Business", lsec="business", n="economy elsewhere."),
  E("2023-11-21 13:05", "German defence chief in Kyiv pledges 1.3 billion euros in arms",
    ["Germany's defence minister Boris Pistorius made an unannounced visit to Kyiv and promised new military aid worth 1.3 billion euros, including four more IRIS-T air-defence systems.",
     "It was his second trip to Ukraine since taking office in January."],
    "aid", "aid", 3, "pistorius-kyiv-visit-2023-11-21", a="Peter Okonedo", sec=["diplomacy"]),
  OFF("2023-11-21 10:20", "Floods in Somalia force hundreds of thousands from homes",
    ["Heavy rains have flooded large parts of southern Somalia, displacing more than 500,000 people, the UN said.",
     "Aid agencies warned of cholera outbreaks."],
    "somalia-floods-2023", n="disaster elsewhere."),
  OFF("2023-11-21 07:45", "Euro 2024 qualifying ends with last places settled",
    ["The final round of qualifying for next summer's European Championship in Germany settled the last automatic places.",
     "Twelve more teams go into the play-offs in March."],
    "euro-2024-qualifying", cat="Sport", lsec="sport", n="sport."),
  E("2023-11-21 05:10", "Zelensky marks Maidan anniversary with call for unity",
    ["President Volodymyr Zelensky marked ten years since the Maidan protests by urging Ukrainians to stay united, saying the country's freedom had been won on the square.",
     "Tuesday is the Day of Dignity and Freedom in Ukraine."],
    "other", "politics", 3, "zelensky-maidan-anniversary-address-2023-11-21"),
  ]))

SEEDS.append(dict(id="2041", name="2041_blackthorn-textlive", ext="txt", source="Blackthorn Daily", zone="Europe/Kyiv", render=r_blackthorn,
  title="Ukraine live: German defence minister in Kyiv with new aid",
  dateline="Tuesday, 21 November 2023",
  notes="Invented outlet. Plain-text live blog, newest first, with Key Points (two headlines: the Swedish package and the Nikopol shelling) and a date line plus 'All times are Kyiv time (EET)' (UTC+2) above the timeline; each post has a bare 'HH:MM' line BEFORE its headline and ends with a '— NAME' signature (author). Post 04 repeats post 06 nearly verbatim (duplicate_of 2041-06). Post 01 is an analysis/theme piece. " + D3,
  not_entries=["outlet name and menu", "page title", "'Key Points' heading and its lines (flags, not entries)", "date line and time-zone line", "'— NAME' signatures (author only)", "'Advertisement'", "'Show older posts'", "footer"],
  entries=[
  E("2023-11-21 23:05", "Analysis: Why air defence tops Kyiv's winter wish list",
    ["Last winter Russia fired wave after wave of missiles at Ukraine's power plants, and officials expect the same again in the coming months.",
     "Every new launcher helps, but analysts say the bigger worry is the supply of interceptor missiles, which are expensive and slow to produce."],
    "aid", "aid", 2, "analysis-winter-air-defence-priorities", a="Marta Levchenko", n="Theme piece (analysis) with body: own story, importance 2."),
  E("2023-11-21 20:30", "Sweden announces winter aid package",
    ["Sweden will give Ukraine a package of winter support worth 1.9 billion kronor, including generators, cold-weather clothing and fuel, its government said.",
     "Part of the money goes to repairing heating plants."],
    "aid", "aid", 3, "sweden-winter-aid-package-2023-11-21", a="Marta Levchenko", kp=True,
    n="Must not merge with the German package."),
  E("2023-11-21 18:10", "Zelensky: the Maidan showed Ukrainians will not be broken",
    ["Volodymyr Zelensky said in his anniversary address that the protests which began ten years ago proved Ukrainians would defend their choice.",
     "He laid flowers at a memorial to those killed during the protests."],
    "other", "politics", 3, "zelensky-maidan-anniversary-address-2023-11-21", a="Ihor Bondar"),
  E("2023-11-21 15:45", "German defence minister makes unannounced Kyiv visit",
    ["Boris Pistorius arrived in Kyiv by train on a visit that was not announced in advance for security reasons.",
     "He is expected to meet his Ukrainian counterpart Rustem Umerov.",
     "Germany's defence ministry has since confirmed a new package worth 1.3 billion euros."],
    "diplomacy", "diplomacy", 1, "pistorius-kyiv-visit-2023-11-21", a="Ihor Bondar", sec=["aid"], dup="2041-06",
    n="Near-verbatim repeat of 2041-06 (one sentence added) -> importance 1."),
  E("2023-11-21 13:20", "Shelling kills two in Nikopol",
    ["Two people were killed when Russian artillery hit Nikopol across the river from the occupied Zaporizhzhia nuclear plant, regional officials said.",
     "A gas pipeline and several houses were damaged."],
    "strikes", "strikes", 3, "nikopol-shelling-2023-11-21", a="Marta Levchenko", kp=True,
    n="Must not merge with the overnight Shahed attack (2041-07)."),
  E("2023-11-21 11:40", "German defence minister makes unannounced Kyiv visit",
    ["Boris Pistorius arrived in Kyiv by train on a visit that was not announced in advance for security reasons.",
     "He is expected to meet his Ukrainian counterpart Rustem Umerov."],
    "diplomacy", "diplomacy", 3, "pistorius-kyiv-visit-2023-11-21", a="Ihor Bondar", sec=["aid"]),
  E("2023-11-21 09:15", "Air force: 15 of 20 Shahed drones shot down overnight",
    ["Ukraine's air force said it destroyed 15 of the 20 Iranian-designed drones launched by Russia overnight, mostly over the southern regions.",
     "There were no reports of casualties."],
    "strikes", "strikes", 2, "overnight-shahed-attack-2023-11-21", a="Marta Levchenko"),
  E("2023-11-21 07:30", "Russian forces press assault on Avdiivka",
    ["Russian troops launched fresh attacks around Avdiivka overnight, using armoured vehicles and infantry, Ukraine's military said.",
     "The town has been under heavy pressure since October."],
    "other", "frontline", 2, "avdiivka-assaults-2023-11-21", a="Ihor Bondar"),
  ]))

SEEDS.append(dict(id="2042", name="2042_cragside-ldlive", ext="html", source="Cragside News", zone="America/New_York", render=r_cragside,
  title="Russia-Ukraine war: German minister brings new air defense pledge to Kyiv", url="https://cragsidenews.example/live/ukraine-nov-21-2023",
  lede="The latest news on Russia's war in Ukraine.",
  notes="Invented outlet. HTML live blog, newest first, LiveBlogPosting JSON-LD whose updates carry correct per-update times (-05:00); visible stamps '5:45 PM EST' (UTC-5) above each headline; 'By NAME' after the body. Post 03 is a video teaser without body (no articleBody in JSON-LD either). Post 07's US package was announced with Austin's visit on 20 November; a different aid package (must not merge with Germany's or Sweden's). " + D3,
  not_entries=["header/navigation", "title and dek", "'By NAME' credit lines (author only)", "'Advertisement'", "footer"],
  entries=[
  E("2023-11-21 17:45", "Sweden unveils new winter support for Ukraine",
    ["Sweden's government said it would send Ukraine generators, warm clothing and fuel worth about 180 million dollars to help it through the winter.",
     "The package also funds repairs to district heating plants."],
    "aid", "aid", 3, "sweden-winter-aid-package-2023-11-21", a="Alan Whitcombe"),
  E("2023-11-21 15:20", "Michel, Sandu join Zelensky in Kyiv for Maidan anniversary",
    ["European Council President Charles Michel and Moldovan President Maia Sandu visited Kyiv to mark the tenth anniversary of the Maidan uprising.",
     "Michel said EU leaders should open membership talks with Ukraine next month."],
    "diplomacy", "diplomacy", 3, "michel-kyiv-visit-2023-11-21", a="Alan Whitcombe"),
  E("2023-11-21 12:05", "Video: Pistorius visits air-defense crew outside Kyiv", [], "aid", "aid", 1,
    "pistorius-kyiv-visit-2023-11-21", a=None, n="Video teaser without body -> importance 1."),
  E("2023-11-21 10:30", "Two killed in Russian shelling of Nikopol, governor says",
    ["Russian shelling killed two people in the city of Nikopol, Dnipropetrovsk regional governor Serhiy Lysak said.",
     "He said more than 20 shells hit the city and nearby villages."],
    "strikes", "strikes", 3, "nikopol-shelling-2023-11-21", a="Rachel Ibsen"),
  E("2023-11-21 08:15", "Germany's Pistorius promises 1.3 billion euros in new air defense for Ukraine",
    ["Germany will send Ukraine four additional IRIS-T air-defense systems and tens of thousands of artillery shells as part of a 1.3-billion-euro package, Defense Minister Boris Pistorius said in Kyiv.",
     "He said the deliveries would take place mainly next year."],
    "aid", "aid", 3, "pistorius-kyiv-visit-2023-11-21", a="Rachel Ibsen", sec=["diplomacy"]),
  E("2023-11-21 05:40", "Pistorius arrives in Kiev on unannounced visit",
    ["German Defense Minister Boris Pistorius has arrived in Kiev, German media reported, in a trip kept secret until he got there.",
     "It is his second visit since he took the job."],
    "diplomacy", "diplomacy", 3, "pistorius-kyiv-visit-2023-11-21", a="Rachel Ibsen", sec=["aid"]),
  E("2023-11-21 02:30", "US announces $100 million weapons package after Austin visit",
    ["The Pentagon announced a new 100-million-dollar package of weapons for Ukraine, including artillery rounds and anti-tank missiles, after Defense Secretary Lloyd Austin's visit to Kyiv on Monday.",
     "Austin said US support would continue despite the funding fight in Congress."],
    "aid", "aid", 2, "us-package-after-austin-visit-2023-11-20", a="Rachel Ibsen",
    n="Different donor and package from Germany's and Sweden's: must not merge."),
  ]))

SEEDS.append(dict(id="2043", name="2043_edgehill-article", ext="txt", source="Edgehill Post", zone="Europe/London", render=r_txtarticle,
  title="A minister, a square and a long winter: Kyiv's Tuesday",
  head=["EDGEHILL POST", "News  |  World  |  Ukraine", "", "A minister, a square and a long winter: Kyiv's Tuesday", "",
        "By Callum Ashby in Kyiv", "21 November 2023, 15:05 GMT", "", "Listen to this article  |  Save  |  Share", ""],
  mid=["Sign up for Edgehill Post's World Brief", ""],
  foot=["Callum Ashby is Edgehill Post's eastern Europe correspondent.", "", "© Edgehill Post 2023. All rights reserved."],
  notes="Invented outlet. Plain-text article with two section headings; each section is one entry (headline = heading, stamp null, published = the dateline 15:05 GMT = UTC, author = the byline 'Callum Ashby'). " + D3,
  not_entries=["outlet name and section path", "title", "byline and dateline", "'Listen/Save/Share' line", "newsletter sign-up line", "author bio line", "copyright"],
  entries=[
  E("2023-11-21 15:05", "A minister at the door",
    ["Boris Pistorius stepped off the overnight train in Kyiv on Tuesday morning with a promise that Germany would not let Ukraine face another winter of missile attacks alone.",
     "After talks with Rustem Umerov he announced aid worth 1.3 billion euros, most of it for air defence, including four IRIS-T launchers."],
    "diplomacy", "diplomacy", 3, "pistorius-kyiv-visit-2023-11-21", a="Callum Ashby", sec=["aid"]),
  E("2023-11-21 15:05", "Ten years after the Maidan",
    ["On Independence Square, a few hundred people laid flowers where protesters were shot in 2014.",
     "In his address Zelensky asked Ukrainians not to let political quarrels weaken them while the war goes on."],
    "other", "politics", 3, "zelensky-maidan-anniversary-address-2023-11-21", a="Callum Ashby"),
  ]))


# =============================================================== emit
BASIS = {
  "r_bi": "stamp '{s}' (author and city glued to 'Month D, YYYY HH:MM'); Belgrade time implied by the outlet, CET = UTC+1",
  "r_rfa": "stamp '{s}' (year.month.day, EDT = UTC-4)",
  "r_mee": "stamp '{s}' on the page's date {d} (published-date line); BST = UTC+1; JSON-LD datePublished agrees",
  "r_diplomat": "pubDate '{s}' (explicit +0000 offset)",
  "r_rappler": "stamp '{s}' under the date line for {d}; 'All times are Philippine time' (UTC+8)",
  "r_bkp": "relative stamp '{s}' resolved against the printed 'Last updated: 10 Jul 2025 at 21:40' (Bangkok, UTC+7)",
  "r_mainichi": "dc:date '{s}' (explicit +09:00 offset)",
  "r_novinite": "stamp '{s}' (full date and 24 h time); Sofia time implied by the outlet, EET = UTC+2",
  "r_tom": "no per-bullet time; the article's date line ({d}, 08:35 Malta time, CET = UTC+1) used for every bullet",
  "r_censor": "bare time '{s}' under a 'Today'/'Yesterday' divider; the page prints no date, so the fetch day given by --date 2025-09-24 is 'Today' and 2025-09-23 is 'Yesterday' (local {d}); Kyiv EEST = UTC+3",
  "r_ambleside": "stamp '{s}' under the date line for {d}; GMT = UTC",
  "r_bramblecote": "stamp '{s}' with <time datetime> (+03:00) on {d}; Kyiv EEST; JSON-LD agrees",
  "r_rss_gmt": "pubDate '{s}' (GMT = UTC)",
  "r_txtarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_eddystone": "stamp '{s}' on the page's date {d} (date line); BST = UTC+1",
  "r_atom_world": "<published> '{s}' (Z = UTC)",
  "r_gullhaven": "stamp '{s}' (line after the headline) on the page's date {d}; Kyiv EEST = UTC+3 (footer note)",
  "r_heathcote": "no per-section time; the article date line ({d}, 4.20pm BST = UTC+1) used for every section",
  "r_blackthorn": "stamp '{s}' under the date line for {d}; 'All times are Kyiv time (EET)' = UTC+2",
  "r_cragside": "stamp '{s}' on {d} (EST = UTC-5); JSON-LD datePublished agrees",
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
                 "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                 "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                 "notes": e["n"]}
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"], "notes": S["notes"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold["entries"] = ents
        gold["not_entries"] = S["not_entries"]
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(fn, len(ents))


if __name__ == "__main__":
    main()

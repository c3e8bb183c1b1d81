#!/usr/bin/env python3
"""Builds eval/be seeds and gold files from one hand-written data table (below).
All news text is written by the blind tester (invented details on a real 2025 setting); Part B outlets are invented.
Entries are listed in PAGE ORDER (top to bottom). Deterministic.
Run from the project root: python3 eval/be/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", pad=False, space="", style="lower"):
    hh = d.hour % 12 or 12
    suf = {"lower": ("am", "pm"), "upper": ("AM", "PM"), "dots": ("a.m.", "p.m.")}[style][d.hour >= 12]
    return f"{hh:02d}" if pad else f"{hh}", f"{sep}{d.minute:02d}{space}{suf}"


def clock12(d, **kw):
    a, b = h12(d, **kw)
    return a + b


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ============================================================ PART A renderers (layouts of real outlets; wording is mine)

def r_swep(S):  # South Wales Evening Post (Reach plc) live blog, "select all, copy": newest first; bare "19:44" line, author line, headline; Key Events box
    z = S["zone"]
    L = ["Skip to main content", "South Wales Evening Post",
         "News  Swansea  Neath Port Talbot  Sport  Swans  Ospreys  What's On  Property  Jobs  Announcements", "Subscribe  Sign in", "",
         "We and our partners use cookies and similar technologies to personalise content and ads, and to measure how our site is used.",
         "Accept all  Manage preferences", "", "News", "World News", "", S["title"], "", S["standfirst"], "",
         "Bookmark", "Share", "News", "", f"By {S['byline']}", S["role"], S["published"], S["updated"], "", "Key Events"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["a"], e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["READ MORE: Swansea family's appeal after Ukrainian guests find their own home", ""]
        if i == 3:
            L += ["Get the biggest stories from Swansea and beyond straight to your inbox.", "Sign up to our newsletter", "Enter email  Subscribe", ""]
        if i == 4:
            L += ["READ MORE: Neath Port Talbot council confirms winter gritting routes", ""]
    L += ["Load more", "", "Comments", "", "Follow South Wales Evening Post", "Facebook  X  Instagram  WhatsApp", "",
          "Top Stories", "Live traffic updates as crash closes lane on M4 near Llansamlet", "Swans boss gives injury update before Saturday's game", "",
          "South Wales Evening Post", "About us  Contact us  Advertising  Terms and conditions  Privacy notice  Cookie notice", "\u00a9 2025 a Reach plc subsidiary"]
    return "\n".join(L) + "\n", stamps


def r_derry(S):  # Derry Journal (National World) World listing, HTML: headline, standfirst, byline, "Published 13th Oct 2025, 21:10 BST" after the text
    z = S["zone"]; base = "https://www.derryjournal.com/news/world/"
    items = []
    for i, e in enumerate(S["entries"]):
        items.append({"@type": "ListItem", "position": i + 1, "url": f"{base}{slugify(e['h'])}-{5274410 - 37 * i}", "name": e["h"]})
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.derryjournal.com/news"},
        {"@type": "ListItem", "position": 2, "name": "World", "item": "https://www.derryjournal.com/news/world"}]}
    lst = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Derry Journal</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<script type="application/ld+json">' + json.dumps(crumbs, ensure_ascii=False) + '</script>',
           '<script type="application/ld+json">' + json.dumps(lst, ensure_ascii=False) + '</script>', '</head><body>',
           '<div id="onetrust-banner-sdk"><p>We value your privacy. We and our partners store and access information on your device to show you personalised content and adverts.</p>'
           '<button>Accept all</button> <button>Reject all</button> <button>Cookie settings</button></div>',
           '<header class="masthead"><a class="logo" href="/">Derry Journal</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/news/politics">Politics</a> '
           '<a href="/lifestyle">Lifestyle</a> <a href="/whats-on">What\'s On</a> <a href="/announcements">Announcements</a></nav>'
           '<a class="subscribe" href="/subscriptions">Subscribe</a> <a class="signin" href="/login">Sign in</a></header>',
           '<main><nav class="breadcrumb"><a href="/news">News</a> &rsaquo; <a href="/news/world">World</a></nav>', f'<h1 class="section-title">{esc(S["title"])}</h1>',
           '<section class="article-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published {ordinal(d.day)} {MON3[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="article-item"><h2 class="article-item__headline"><a href="{items[i]["url"]}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="article-item__standfirst">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="article-item__meta"><span class="author">By {esc(e["a"])}</span> <span class="date">{st}</span> '
                   f'<a class="comments" href="{items[i]["url"]}#comments">{e["comments"]} comments</a></div>')
        out.append(f'<a class="read-more" href="{items[i]["url"]}">Read more</a></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Sign up to our Derry Journal newsletter</h3><p>The latest news from Derry and Donegal, every morning.</p>'
                       '<input type="email" placeholder="Enter your email"> <button>Sign up</button></aside>')
        if i == 5:
            out.append('<aside class="support"><p>Support the Derry Journal: subscribe for unlimited access and fewer ads.</p><a href="/subscriptions">Subscribe</a></aside>')
    out += ['</section></main>', '<aside class="most-read"><h3>Most Read</h3><ol><li><a href="/news/crime/r1">Man charged after car chase through Galliagh</a></li>'
            '<li><a href="/sport/r2">Derry City confirm new signing for 2026 season</a></li><li><a href="/news/r3">Peace Bridge lights to change colour for charity</a></li></ol></aside>',
            '<footer><p>&copy; National World Publishing Ltd. All rights reserved.</p><p>About us &middot; Contact &middot; Privacy notice &middot; Cookie Settings &middot; Terms and conditions</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_nelson(S):  # Nelson Mail (Stuff) "as it happened" scrape: oldest first, day headers without year, "2.15pm" lines, NO headlines, one byline
    z = S["zone"]
    L = ["Stuff", "Nelson Mail", "Home  Nelson  National  World  Business  Sport  Life & Style  Puzzles", "Sign in  Subscribe", "", "WORLD", "",
         S["title"], "", S["byline"], S["updated"], "", "Share", "Facebook  X  Email  Copy link", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = clock12(d, sep="."); stamps.append(st)
        L += [st] + ptxt(e["p"])
        if i == 3:
            L += ["Read more:", "\u2022 Explained: Why the Pokrovsk battle matters", "\u2022 The Kiwi volunteers driving aid trucks into eastern Ukraine", ""]
    L += ["Sign up for the Nelson Mail's morning newsletter, with the top stories from Te Tauihu and beyond.", "", "Comments (14)", "",
          "Stuff Ltd", "About Stuff  Contact  Terms and conditions  Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_hbt(S):  # Hawke's Bay Today (NZME / NZ Herald platform) article with h2 sections, HTML, NewsArticle JSON-LD; one dateline "11 Nov, 2025 08:15 AM"
    z = S["zone"]; d = dt(S["dateline_t"], z); u = d.astimezone(UTC)
    dl = f"{d.day} {MON3[d.month - 1]}, {d.year} " + clock12(d, pad=True, space=" ", style="upper")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["standfirst"],
          "datePublished": u.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": u.replace(minute=40).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Organization", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Hawke's Bay Today"},
          "articleSection": "World", "isAccessibleForFree": True}
    out = ['<!DOCTYPE html>', '<html lang="en-NZ"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Hawke\'s Bay Today</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="brand" href="/hawkes-bay-today/">Hawke\'s Bay Today</a><nav><a>Hawke\'s Bay</a> <a>Napier</a> <a>Hastings</a> <a>Sport</a> '
           '<a>Lifestyle</a> <a>Weather</a> <a>NZ</a> <a>World</a></nav><a class="btn">Subscribe</a> <a class="btn">Sign in</a></header>',
           '<main><p class="section-label">World</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<div class="author">By <span class="author__name">{esc(S["byline"])}</span></div>', f'<time class="article__date">{dl}</time>',
           '<span class="reading-time">3 mins to read</span>', '<div class="share-tools"><button>Share</button> <button>Save</button> <button>Listen to this article</button></div>',
           f'<figure><img src="/img/energoatom.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>', f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="ad-slot"><span>Advertisement</span> <span>Advertise with NZME.</span></div>')
    out += ['<div class="article-footer"><a>Share</a> <a>Save</a></div></main>',
            '<aside class="related"><h3>Latest from World</h3><ul><li><a>Typhoon forces evacuations in the Philippines</a></li><li><a>Ukraine war: What a Russian win in Pokrovsk would mean</a></li></ul></aside>',
            '<footer>&copy; Copyright 2025 NZME Publishing Limited &middot; Privacy Policy &middot; Terms of Use &middot; Contact Us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_riyadh(S):  # Riyadh Daily World listing, HTML (WordPress-like, Yoast @graph); "16 November 2025 14:32" meta lines, agency credit; zone never printed
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.riyadhdaily.com.sa/world/", "url": "https://www.riyadhdaily.com.sa/world/", "name": "World - Riyadh Daily", "inLanguage": "en-US"},
        {"@type": "WebSite", "@id": "https://www.riyadhdaily.com.sa/#website", "name": "Riyadh Daily", "publisher": {"@id": "https://www.riyadhdaily.com.sa/#organization"}},
        {"@type": "Organization", "@id": "https://www.riyadhdaily.com.sa/#organization", "name": "Riyadh Daily"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US" dir="ltr"><head><meta charset="UTF-8">', '<title>World - Riyadh Daily</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="archive category-world">',
           f'<div class="top-bar"><span class="date-en">{esc(S["clock"])}</span> <span class="date-hijri">{esc(S["hijri"])}</span> <a href="https://www.alriyadh.com" lang="ar">\u0627\u0644\u0631\u064a\u0627\u0636</a></div>',
           '<header class="site-header"><a class="logo" href="/">Riyadh Daily</a><nav><a>Home</a> <a>Saudi Arabia</a> <a>Gulf</a> <a>World</a> <a>Business</a> '
           '<a>Sports</a> <a>Opinion</a> <a>Culture</a> <a>E-Paper</a></nav></header>', f'<main><h1 class="cat-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post"><h3 class="post-title"><a href="/world/{5418 - i * 3}/">{esc(e["h"])}</a></h3>'
                   f'<div class="post-meta"><span class="date">{st}</span> <span class="source">{esc(e["a"])}</span></div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<a class="more-link" href="#">Read more</a></div>')
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ['<div class="pagination"><a>1</a> <a>2</a> <a>3</a> <a>Next \u00bb</a></div></main>',
            '<aside class="widget"><h4>Most Popular</h4><ul><li>Saudi Cup prize money raised for 2026</li><li>New metro line timetable announced</li></ul></aside>',
            '<footer>\u00a9 Riyadh Daily. All rights reserved. Al Yamamah Press Establishment.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ina(S):  # Iraqi News Agency (INA) English section page, select-all copy: headline, "21/11/2025 08:45 AM", optional "Baghdad-INA" line, text, views
    z = S["zone"]
    L = ["Iraqi News Agency", "INA", "\u0639\u0631\u0628\u064a   English   Kurd\u00ee", "", "Home  Iraq  Politics  Security  Economy  Arab & International  Sports  Culture  Multimedia",
         "Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d/%m/%Y} " + clock12(d, pad=True, space=" ", style="upper"); stamps.append(st)
        L += [e["h"], st, ""]
        if e.get("dl"):
            L += [e["dl"], ""]
        L += ptxt(e["p"]) + [f"Views: {e['views']}", ""]
    L += ["More", "", "Iraqi News Agency (INA)", "About us  Contact us", "All rights reserved to the Iraqi News Agency (INA)"]
    return "\n".join(L) + "\n", stamps


def r_kabar(S):  # Kabar (Kyrgyzstan) World column, select-all copy: "27 November, Thursday" header, "20:15" line, headline, "Bishkek, Nov. 27 /Kabar/." inline dateline; no year
    z = S["zone"]
    L = ["KABAR", "Kyrgyz National News Agency", "\u041a\u044b\u0440\u0433\u044b\u0437\u0447\u0430  \u0420\u0443\u0441\u0441\u043a\u0438\u0439  English  \u4e2d\u6587  T\u00fcrk\u00e7e",
         "", "Politics  Economy  Society  Culture  Sport  World  Interview  Photo  Video", "Search", "", S["title"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{d.day} {MONTHS[d.month - 1]}, {DAYS_EN[d.weekday()]}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        dl = f"{e['city']}, {MON3[d.month - 1]}. {d.day} /Kabar/. "
        L += [st, e["h"], "", dl + e["p"][0], ""] + ptxt(e["p"][1:]) + [f"\U0001f441 {e['views']}", ""]
    L += ["Show more", "", "Kyrgyz National News Agency Kabar", "Use of materials is allowed only with a hyperlink to Kabar.", "Contacts  Advertising  About the agency"]
    return "\n".join(L) + "\n", stamps


def r_irna(S):  # IRNA English RSS 2.0: pubDate in GMT, plain-text lead in <description>, no author; Tehran is UTC+03:30
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://en.irna.ir/</link>', '<description>Islamic Republic News Agency - English service</description>',
           '<language>en</language>', f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<atom:link href="https://en.irna.ir/rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        nid = 85968120 + 17 * (len(S["entries"]) - i); url = f"https://en.irna.ir/news/{nid}/{slugify(e['h'])[:48]}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<description>{esc(e["p"][0])}</description>',
                f'<category>{e["cat"]}</category>', f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="false">{nid}</guid>',
                f'<enclosure url="https://img9.irna.ir/d/r2/2025/12/03/{nid}.jpg" length="0" type="image/jpeg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_pna(S):  # Philippine News Agency "Foreign" listing, HTML: headline, "By ...", "December 11, 2025, 10:30 pm", summary; Manila time implied
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "WebPage", "name": "Foreign | Philippine News Agency", "url": "https://www.pna.gov.ph/categories/foreign",
          "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.pna.gov.ph/"},
                                                                          {"@type": "ListItem", "position": 2, "name": "Foreign"}]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>Foreign | Philippine News Agency</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="gov-bar"><a href="https://www.gov.ph">GOVPH</a> Republic of the Philippines</div>',
           '<header><a class="logo" href="/">Philippine News Agency</a><nav><a>Home</a> <a>Nation</a> <a>Provincial</a> <a>Foreign</a> <a>Business</a> '
           '<a>Sports</a> <a>Features</a> <a>Editorial</a> <a>Photos</a> <a>Videos</a></nav><form class="search"><input placeholder="Search"></form></header>',
           f'<main><h1>{esc(S["title"])}</h1>', '<div class="articles">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, " + clock12(d, space=" "); stamps.append(st)
        url = f"/articles/{1266871 - 9 * i}"
        out.append(f'<div class="article"><h2><a href="{url}">{esc(e["h"])}</a></h2><div class="byline">By {esc(e["a"])}</div><div class="date">{st}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<a class="read-more" href="{url}">Read more</a></div>')
        if i == 3:
            out.append('<div class="banner"><a href="https://www.pco.gov.ph">Bagong Pilipinas</a></div>')
    out += ['</div><nav class="pagination"><a>&laquo; Previous</a> <a>1</a> <a>2</a> <a>3</a> <a>Next &raquo;</a></nav></main>',
            '<footer><p>The Philippine News Agency (PNA) is the official news agency of the Philippine government, under the Presidential Communications Office.</p>'
            '<p>Terms of Use &middot; Privacy Policy &middot; Contact Us</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mi(S):  # Maldives Independent WordPress Atom feed: <published> Z with seconds, author per entry, CDATA summary + content
    z = S["zone"]
    first = dt(S["entries"][0]["t"], z).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           f'<title type="text">{esc(S["title"])}</title>', '<subtitle type="text">Independent news from the Maldives</subtitle>',
           f'<updated>{first.strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>', '<link rel="alternate" type="text/html" href="https://maldivesindependent.com/"/>',
           '<id>https://maldivesindependent.com/feed/atom/</id>', '<link rel="self" type="application/atom+xml" href="https://maldivesindependent.com/feed/atom/"/>',
           '<generator uri="https://wordpress.org/" version="6.8.3">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        pid = 52730 - 11 * i; url = f"https://maldivesindependent.com/{e['cat'].lower()}/{slugify(e['h'])}-{pid}"
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{url}"/>', f'<id>https://maldivesindependent.com/?p={pid}</id>',
                f'<updated>{st}</updated>', f'<published>{st}</published>', f'<category scheme="https://maldivesindependent.com" term="{e["cat"]}"/>',
                f'<summary type="html"><![CDATA[{e["p"][0][:120].rsplit(" ", 1)[0]} [&#8230;]]]></summary>',
                f'<content type="html" xml:base="{url}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="{url}#respond" thr:count="0"/>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ============================================================ PART B renderers (invented outlets)

def r_frayling(S):  # text live, newest first; "16:20 BST" line before headline; Key Points block; "Posted by NAME" after body
    z = S["zone"]
    L = ["FRAYLING COURIER", "News  World  Ukraine  Business  Sport  Opinion", "", S["title"], S["dateline"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Frayling Courier \u00b7 Terms \u00b7 Privacy \u00b7 Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_gorsewick(S):  # HTML live, OLDEST first, LiveBlogPosting JSON-LD with correct per-update times; author line above h2; <time> HH:MM
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.replace(hour=23, minute=59).isoformat(),
          "liveBlogUpdate": list(reversed(ups))}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Gorsewick Herald</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><b>Gorsewick Herald</b> <nav><a>Home</a> <a>Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="post-{i + 1}"><div class="update__meta"><span class="update__author">{esc(e["a"])}</span> '
                   f'<time datetime="{d.isoformat()}">{st}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="update__share">Share this update</div></article>')
        if i == 3:
            out.append('<aside class="promo">Gorsewick Herald is reader-funded. <a>Become a supporter</a></aside>')
    out += ['</main>', '<footer>Gorsewick Herald &middot; About &middot; Corrections &middot; Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 world feed; pubDate with the outlet's offset ('GMT' or numeric); description as CDATA html or plain
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT") if S["rfc"] == "GMT" else d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        body = ("<![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]>") if S.get("cdata") else esc(" ".join(e["p"]))
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/news/{slugify(e["h"])}</link>', f'<guid isPermaLink="true">{S["url"]}/news/{slugify(e["h"])}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e["cat"]}</category>', f'<description>{body}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset; content escaped html (Eskerby) or xhtml (Loweswick); author per entry
    z = S["zone"]
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="alternate" href="{S["url"]}"/>', f'<id>{S["url"]}/feed</id>', f'<updated>{top.isoformat().replace("+00:00", "Z")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{slugify(e["h"])}"/>', f'<id>{S["url"]}/e/{4410 - i}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if S["content"] == "html":
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        else:
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_article(S):  # text article: outlet, title, byline, dateline with time and zone, lede, section headings; one entry per section; stamp null
    L = [S["source"].upper(), S["crumb"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", "Related: " + S["more"], "", f"\u00a9 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_hollinbrook(S):  # HTML live without JSON-LD; newest first; "9.50pm" span above h2; byline under h2
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Hollinbrook Daily</title></head><body>',
           '<div class="cookie">We use cookies to improve your experience. <button>OK</button> <button>Settings</button></div>',
           '<header>Hollinbrook Daily <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-post"><span class="live-post__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-post__byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/r">Who is Steve Witkoff?</a></aside>')
    out += ['<button class="more">Load more posts</button></main>', '<footer>Hollinbrook Daily &copy; 2025 &middot; Privacy &middot; Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ivelmoor(S):  # text live, OLDEST first; headline, then "Updated 07:15 EEST by NAME" AFTER the headline
    z = S["zone"]
    L = ["Ivelmoor Times", "Ukraine  Europe  World  Podcasts", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Updated {d:%H:%M} {d.tzname()}" + (f" by {e['a']}" if e["a"] else ""); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support independent journalism: subscribe to Ivelmoor Times", ""]
    L += ["This live page has now closed.", "Ivelmoor Times \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_nethergill(S):  # text live, newest first; US Eastern "1:20 p.m. ET" line before headline; date header "Saturday, Dec. 6, 2025"; Key Points; one page byline
    z = S["zone"]
    L = ["The Nethergill Standard", "Sections  World  U.S.  Politics  Business  Opinion", "", S["title"], f"By {S['byline']}", "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += [""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}, {d.year}"
        if day != cur:
            cur = day; L += [day, ""]
        st = clock12(d, space=" ", style="dots") + " ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sign up for The Nethergill Standard's World Briefing newsletter.", ""]
    L += ["\u00a9 2025 The Nethergill Standard. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_quenstow(S):  # HTML live, OLDEST first; JSON-LD @graph, @type array, liveBlogUpdate whose datePublished is the PAGE's for every update (visible <time> is right)
    z = S["zone"]; first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1:03d}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:1000] if e["p"] else ""} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://quenstow.example/#org", "name": "Quenstow Monitor"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://quenstow.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header>Quenstow Monitor <nav><a>Live</a> <a>Ukraine</a> <a>Europe</a> <a>Explainers</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="block" id="block-{i + 1:03d}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
    out += ['<div class="promo">Get the Quenstow Monitor evening briefing</div></main><footer>Quenstow Monitor &middot; Privacy &middot; Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS = []
# ============================================================ PART A: ten real outlets' layouts (own words), one UTC day each

SEEDS.append(dict(id="5800", name="5800_southwaleseveningpost-live", ext="txt", source="South Wales Evening Post", zone="Europe/London", render=r_swep,
  title="Russia Ukraine war live: Moscow launches its heaviest attack yet on Ukraine's gas fields",
  standfirst="Follow the latest updates from the war in Ukraine as Kyiv counts the damage to its gas industry",
  byline="Gareth Pryce", role="Live news reporter", published="07:02, 3 Oct 2025", updated="Updated 19:44, 3 Oct 2025",
  notes="Imitates a Reach plc live blog as carried by the South Wales Evening Post, copied as plain text. Newest first. Each post: a bare 'HH:MM' line, the author's name on its own line, then the headline and the body. The only date is in the page header ('07:02, 3 Oct 2025' / 'Updated 19:44, 3 Oct 2025'); no zone printed: UK local time (BST, UTC+1). The 'Key Events' box near the top repeats the headlines of two posts (5800-06, 5800-07): treated as the page's Key Points block (key_point true). Per-post authors (two reporters); the header byline is the page's lead reporter. 'READ MORE:' lines, the newsletter box and 'Top Stories' are chrome.",
  not_entries=["'Skip to main content', masthead, menu, 'Subscribe  Sign in'", "cookie notice and its buttons", "breadcrumb 'News' / 'World News'", "page title and standfirst",
               "'Bookmark', 'Share', 'News' labels", "header byline block: 'By Gareth Pryce', 'Live news reporter', '07:02, 3 Oct 2025', 'Updated 19:44, 3 Oct 2025'",
               "'Key Events' box: its two headline links (they point at posts 5800-06 and 5800-07, not separate entries) and 'Show key events only'",
               "'READ MORE:' links after posts 02 and 05 (local stories)", "newsletter sign-up box after post 04", "'Load more', 'Comments', follow links",
               "'Top Stories' list (two local links)", "footer lines and the Reach copyright"],
  entries=[
  E("2025-10-03 19:44", "Norway adds money for Ukraine's winter gas purchases",
    ["Norway will give Ukraine a further 1.2 billion kroner to help it import gas before the heating season, the Norwegian foreign ministry said on Friday evening.",
     "The money will go through a fund run by the European Bank for Reconstruction and Development, which has been buying gas on Kyiv's behalf since the first winter of the full-scale war."],
    "aid", "aid", 2, "norway-winter-gas-funding-2025-10-03", a="Ffion Hallett"),
  E("2025-10-03 17:25", "Ukraine says it pushed Russian troops back near Kupiansk",
    ["Ukrainian commanders say they have cleared Russian units from several streets on the northern edge of Kupiansk, a town in the Kharkiv region that Moscow has claimed to control.",
     "Russia's defence ministry gave the opposite account, insisting its soldiers were mopping up the last pockets of resistance. Neither version could be checked independently."],
    "other", "frontline", 2, "kupiansk-fighting-claims-2025-10-03", a="Gareth Pryce"),
  E("2025-10-03 15:40", "Danish airports to get new anti-drone equipment",
    ["Denmark says it will buy new systems to detect and bring down drones after a string of unexplained flights over its airports and military bases disrupted air traffic last month.",
     "The defence minister said the purchase would be fast-tracked and that the first units should be in place before Christmas."],
    "other", "security", 2, "denmark-anti-drone-purchase", a="Ffion Hallett", n="Procurement by a non-party after suspected hybrid incidents -> other/security."),
  E("2025-10-03 13:10", "Freight depot in Sumy region hit by drones",
    ["A railway freight depot in the north-eastern Sumy region was set on fire by Russian drones around midday, the regional administration said.",
     "Two railway workers were treated for burns, and trains on the line were held up for several hours."],
    "strikes", "strikes", 2, "sumy-freight-depot-drone-strike-2025-10-03", a="Gareth Pryce"),
  E("2025-10-03 11:05", "Swansea volunteers send fourth ambulance convoy to Ukraine",
    ["A group of Swansea volunteers has set off for Ukraine with three second-hand ambulances and a van full of medical supplies, the fourth convoy they have organised since 2022.",
     "The team, who raised the money through coffee mornings and a sponsored walk along the Gower coast, expect to hand the vehicles over to a hospital in Lviv early next week.",
     "\u201cPeople here have never stopped asking how they can help,\u201d said organiser Rhian Morgan."],
    "aid", "aid", 2, "swansea-ambulance-convoy-ukraine", a="Ffion Hallett", n="Local charity delivery of humanitarian supplies -> aid (not off-beat)."),
  E("2025-10-03 09:30", "Putin warns US that sending Tomahawks would wreck relations",
    ["Vladimir Putin has warned that supplying Ukraine with US Tomahawk cruise missiles would mark a new stage of escalation and ruin any chance of repairing ties with Washington.",
     "Speaking at a forum in Sochi on Thursday evening, the Russian president claimed the missiles could not be fired without the direct involvement of American military personnel."],
    "diplomacy", "diplomacy", 3, "putin-warning-tomahawks-2025-10-02", a="Gareth Pryce", sec=["aid"], kp=True,
    n="Listed in the Key Events box; head-of-state statement on relations (arms supply secondary)."),
  E("2025-10-03 07:20", "Russia hits gas production sites in overnight barrage",
    ["Russia fired dozens of missiles and hundreds of drones at gas extraction and processing sites in the Kharkiv and Poltava regions overnight, Ukraine's state energy company Naftogaz has said.",
     "The company's chief executive called it the heaviest single attack on its production facilities since the full-scale invasion began, and said some output had been suspended.",
     "No casualties were reported among staff, who had taken cover before the strikes."],
    "strikes", "strikes", 3, "russia-strikes-gas-production-2025-10-03", a="Gareth Pryce", kp=True, n="Listed in the Key Events box; large strike."),
  ]))

SEEDS.append(dict(id="5801", name="5801_derryjournal-world", ext="html", source="Derry Journal", zone="Europe/London", render=r_derry,
  title="World",
  notes="Imitates the Derry Journal (National World) World section listing, HTML. Newest first. Each card: h2 headline link, one or two standfirst paragraphs, then a meta line with the author ('By ...') and the stamp 'Published 13th Oct 2025, 21:10 BST' (ordinal day, short month, zone abbreviation) AFTER the text, a comment count and 'Read more'. JSON-LD holds only a BreadcrumbList and an ItemList of URLs/names (no dates). Two world items are off-beat (Gaza hostages, economics Nobel). Authors are printed per card ('Staff Reporter' counts as the byline).",
  not_entries=["OneTrust cookie banner", "masthead, menu, 'Subscribe', 'Sign in'", "breadcrumb and the section title 'World'", "'N comments' links and 'Read more' under each card",
               "newsletter sign-up box after the third card", "'Support the Derry Journal' box after the sixth card", "'Most Read' list (three local links)", "footer",
               "JSON-LD BreadcrumbList/ItemList (URLs and names only)"],
  entries=[
  E("2025-10-13 21:10", "Zelensky to press Trump for long-range missiles at White House talks",
    ["Volodymyr Zelensky says he will ask Donald Trump for long-range weapons, including Tomahawk cruise missiles, when the two leaders meet in Washington later this week.",
     "The Ukrainian president used his evening video address to say the meeting would focus on air defence and on ways to increase pressure on Moscow."],
    "aid", "aid", 3, "zelensky-long-range-missile-request-2025-10-13", a="Staff Reporter", sec=["diplomacy"], comments=7,
    n="Head-of-state request for arms, ahead of a summit: aid primary (headline leads with the missiles), diplomacy secondary."),
  E("2025-10-13 18:05", "Patients moved after drone hits Kharkiv hospital",
    ["Around 50 patients had to be moved to other wards when a Russian drone struck a hospital building in Kharkiv on Monday afternoon, the city's mayor said.",
     "Two members of staff were slightly injured and windows on three floors were blown out."],
    "strikes", "strikes", 2, "kharkiv-hospital-drone-strike-2025-10-13", a="Ciar\u00e1n Doherty", comments=3),
  OFF("2025-10-13 16:20", "Celebrations as hostages return home from Gaza",
      ["Crowds gathered in Tel Aviv on Monday as the last living hostages held in Gaza were handed over under the ceasefire deal, while buses carrying released Palestinian prisoners arrived in the West Bank and Gaza."],
      "gaza-hostages-released-2025-10-13", a="Staff Reporter", n="Middle East, not the Russia-Ukraine war.", comments=21),
  E("2025-10-13 14:45", "Ukrainian families find their feet in Derry",
    ["More than 200 Ukrainians now live in Derry and Strabane, and a new drop-in centre on Shipquay Street is helping them with English classes, job applications and childcare.",
     "Volunteers say the biggest worry for most families is what happens when their visas run out."],
    "other", "humanitarian", 2, "derry-ukrainian-families-centre", a="Ciar\u00e1n Doherty", comments=2, n="Refugees from the war in the city: humanitarian, not off-beat."),
  E("2025-10-13 12:30", "Ireland backs tougher action on Russia's shadow fleet",
    ["Ireland will support new EU measures against tankers that help Russia get round oil sanctions, the T\u00e1naiste and Minister for Foreign Affairs said ahead of a meeting of EU foreign ministers."],
    "diplomacy", "diplomacy", 2, "ireland-shadow-fleet-sanctions", a="Staff Reporter", comments=0),
  OFF("2025-10-13 11:20", "Economics Nobel goes to three innovation researchers",
      ["Three economists whose work explains how new technology drives long-term growth have won this year's Nobel memorial prize in economics, the Royal Swedish Academy of Sciences said."],
      "economics-nobel-2025", a="Staff Reporter", n="Nobel prize.", comments=1),
  E("2025-10-13 10:15", "Russia says it has taken two villages in Dnipropetrovsk region",
    ["Russia's defence ministry says its forces have captured two villages in Ukraine's Dnipropetrovsk region, pushing further into an area Moscow's troops first entered in the summer.",
     "Ukraine's general staff did not confirm the claim and said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2025-10-13", a="Ciar\u00e1n Doherty", comments=4),
  E("2025-10-13 08:40", "Odesa region left without power after overnight attack",
    ["Tens of thousands of homes in the Odesa region lost power after Russian drones hit energy facilities overnight, the regional governor said.",
     "Repair crews had restored supplies to about half of them by the morning."],
    "strikes", "strikes", 2, "odesa-region-energy-strike-2025-10-13", a="Ciar\u00e1n Doherty", comments=0),
  ]))

SEEDS.append(dict(id="5802", name="5802_nelsonmail-timeline", ext="txt", source="Nelson Mail", zone="Pacific/Auckland", render=r_nelson,
  title="Russia-Ukraine war: Power plants hit across Ukraine, Trump and Xi discuss the war \u2013 as it happened",
  byline="Compiled by Rosa Tuhiwai", updated="Last updated 12.10pm, Friday, October 31", parse_args=["--date", "2025-10-31"],
  lede="Updates from Thursday afternoon to Friday lunchtime, New Zealand time.",
  notes="Imitates a Stuff 'as it happened' timeline as carried by the Nelson Mail, copied as plain text. OLDEST first. No entry has a headline: each is a bare NZ time ('2.15pm') followed by its paragraphs. Day headers 'Thursday, October 30' and 'Friday, October 31' print no year, and no year appears anywhere on the page (parse_args --date 2025-10-31, the page's printed 'Last updated' day). NZDT = UTC+13: the page crosses local midnight, but every entry falls on UTC 2025-10-30 (Thursday 2.15pm NZDT = 01:15 UTC ... Friday 12.10pm NZDT = 23:10 UTC). One page byline ('Compiled by Rosa Tuhiwai') is the author of every entry. Entries 01 and 02 report the same overnight barrage (same story).",
  not_entries=["masthead 'Stuff' / 'Nelson Mail', menu, sign-in", "section label 'WORLD'", "page title", "byline line 'Compiled by Rosa Tuhiwai' (author, not an entry)",
               "'Last updated 12.10pm, Friday, October 31'", "share links", "lede 'Updates from Thursday afternoon to Friday lunchtime, New Zealand time.'",
               "day headers 'Thursday, October 30' and 'Friday, October 31'", "'Read more:' block with two related links", "newsletter line", "'Comments (14)'", "footer"],
  entries=[
  E("2025-10-30 14:15", None,
    ["Russia has launched one of its biggest overnight attacks on Ukraine's power system in weeks, hitting thermal and hydroelectric plants in several regions, Ukraine's energy ministry says.",
     "Emergency power cuts were brought in across at least seven regions on Thursday morning, Ukrainian time."],
    "strikes", "strikes", 3, "russia-strikes-power-plants-2025-10-30", a="Rosa Tuhiwai"),
  E("2025-10-30 16:40", None,
    ["A drone attack on the town of Ladyzhyn in central Ukraine wounded at least six people, including a child, the Vinnytsia regional governor says.",
     "Officials said the drones were aimed at the local power station, one of the targets of the overnight barrage."],
    "strikes", "strikes", 3, "russia-strikes-power-plants-2025-10-30", a="Rosa Tuhiwai", n="Part of the same overnight barrage as entry 01 -> same story."),
  E("2025-10-30 19:05", None,
    ["Donald Trump says he and Xi Jinping talked about the war in Ukraine at their meeting in South Korea and agreed to work together to try to end it.",
     "Trump told reporters on his flight home that the two leaders had spent a long time on the subject, but he gave no details."],
    "diplomacy", "diplomacy", 3, "trump-xi-busan-ukraine-discussion", a="Rosa Tuhiwai"),
  E("2025-10-30 22:30", None,
    ["Trump has also told the Pentagon to start preparing nuclear weapons tests, saying other countries were running testing programmes of their own.",
     "The order came days after Russia said it had tested a nuclear-powered cruise missile and a nuclear-capable underwater drone."],
    "other", "security", 2, "trump-orders-nuclear-test-preparations", a="Rosa Tuhiwai"),
  E("2025-10-31 00:45", None,
    ["The Kremlin says its recent weapons trials were not nuclear explosions and that it hopes Washington has been properly informed.",
     "Spokesman Dmitry Peskov said Moscow would respond in kind if any country broke the moratorium on nuclear testing."],
    "other", "security", 2, "kremlin-response-nuclear-testing", a="Rosa Tuhiwai", n="A separate statement in reply to entry 04: own story."),
  E("2025-10-31 05:20", None,
    ["Russia's defence ministry says its troops are advancing inside Pokrovsk and have surrounded Ukrainian units in the neighbouring town of Myrnohrad.",
     "Ukraine's military says the situation is difficult but denies that any of its units are encircled."],
    "other", "frontline", 2, "pokrovsk-encirclement-claims-2025-10-30", a="Rosa Tuhiwai"),
  E("2025-10-31 09:30", None,
    ["New Zealand will keep its Defence Force personnel in Britain training Ukrainian recruits until the middle of next year, Defence Minister Judith Collins has announced.",
     "About 100 New Zealanders have taken part in the training programme in some form since it began."],
    "aid", "aid", 2, "nz-training-deployment-extended", a="Rosa Tuhiwai"),
  E("2025-10-31 12:10", None,
    ["Drones hit Kharkiv late on Thursday, Ukrainian time, starting fires in two districts and injuring three people, mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-10-30", a="Rosa Tuhiwai", n="A later, separate attack from the overnight barrage of entry 01."),
  ]))

SEEDS.append(dict(id="5803", name="5803_hawkesbaytoday-article", ext="html", source="Hawke's Bay Today", zone="Pacific/Auckland", render=r_hbt,
  title="Russia-Ukraine war: Graft investigators raid nuclear firm as blackouts return",
  standfirst="Ukraine's anti-corruption bureau says it has uncovered a kickback scheme in the energy sector, while Russian strikes cut power across the country.",
  byline="Reuters", dateline_t="2025-11-11 08:15",
  caption="Workers repair a damaged substation in central Ukraine. Photo / Reuters",
  lede="Ukraine's government was dealing with a corruption scandal and a new round of power cuts on Monday as the war heads into its fourth winter.",
  notes="Imitates a wire story on the NZME (NZ Herald) platform as published by Hawke's Bay Today, HTML. One article with five h2 sections: one entry per section (headline = section heading), stamp null, published = the article dateline '11 Nov, 2025 08:15 AM' NZDT = 2025-11-10 19:15 UTC (the local date is one day ahead of the UTC date). NewsArticle JSON-LD gives datePublished 2025-11-10T19:15:00.000Z. Byline 'By Reuters' (agency credit) is every section's author. The intro paragraph before the first heading is the article lede, not an entry.",
  not_entries=["header and menu", "section label 'World'", "h1 title and standfirst", "byline and dateline", "'3 mins to read'", "share/save/listen buttons",
               "photo caption", "intro paragraph before the first h2 (lede)", "advertisement slot", "'Latest from World' related links", "footer"],
  entries=[
  E("2025-11-11 08:15", "Raids at state nuclear company",
    ["Ukraine's National Anti-Corruption Bureau said it had searched the offices of the state nuclear operator Energoatom and the homes of several people it suspects of running a scheme that skimmed money from contractors.",
     "Investigators said the group took kickbacks of 10 to 15 per cent on contracts, including for building protection around energy sites.",
     "President Volodymyr Zelensky said everyone involved must face consequences."],
    "other", "politics", 2, "energoatom-corruption-investigation", a="Reuters", n="Domestic corruption case: other/politics."),
  E("2025-11-11 08:15", "Blackouts after strikes",
    ["Scheduled power cuts returned to most regions after Russian missiles and drones damaged power plants and substations over the weekend, the grid operator said.",
     "In the Dnipropetrovsk region, officials said three people were killed when a drone hit a residential building."],
    "strikes", "strikes", 3, "weekend-strikes-power-cuts-2025-11-09", a="Reuters"),
  E("2025-11-11 08:15", "Pressure on Pokrovsk",
    ["Ukraine's top commander said Russian troops were trying to infiltrate Pokrovsk in small groups and that defenders were still holding positions in the north of the town.",
     "Moscow says it is close to taking the town, once an important supply hub for Ukrainian forces in the Donetsk region."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-11-10", a="Reuters"),
  E("2025-11-11 08:15", "New Zealand extends sanctions",
    ["Foreign Minister Winston Peters announced sanctions on a further 40 people and companies that he said were helping Russia obtain military equipment."],
    "diplomacy", "diplomacy", 2, "nz-russia-sanctions-2025-11", a="Reuters"),
  E("2025-11-11 08:15", "Europe weighs frozen-asset loan",
    ["European Union finance ministers are to discuss a plan to lend Ukraine up to 140 billion euros backed by frozen Russian central bank assets, after Belgium, where most of the money is held, demanded guarantees."],
    "aid", "aid", 2, "eu-frozen-assets-loan-debate-2025-11", a="Reuters", n="Funding debate for Ukraine -> aid."),
  ]))

SEEDS.append(dict(id="5804", name="5804_riyadhdaily-world", ext="html", source="Riyadh Daily", zone="Asia/Riyadh", render=r_riyadh,
  title="World", clock="Monday, 17 November 2025", hijri="26 Jumada Al-Awwal 1447 AH",
  notes="Imitates the Riyadh Daily World category page, HTML (WordPress-style, Yoast @graph JSON-LD with no dates). Newest first. Each post: h3 headline link, a meta line with the date and time ('16 November 2025 14:32') and an agency credit (SPA, AFP, Reuters) used as author, then the text and 'Read more'. No zone is printed: Saudi time (UTC+3) is implied by the outlet. The top entry is dated 17 November 01:20 local = 16 November 22:20 UTC (crosses local midnight; every entry is on UTC 2025-11-16). The top bar's clock (Monday 17 November, Hijri date) is the fetch day, not an entry date. Two SPA items are off-beat.",
  not_entries=["top bar with the clock 'Monday, 17 November 2025', the Hijri date and the Arabic link", "logo and menu", "category title 'World'", "'Read more' links",
               "'Advertisement'", "pagination", "'Most Popular' widget", "footer", "Yoast JSON-LD graph"],
  entries=[
  E("2025-11-17 01:20", "Ukraine says drones struck refinery in Russia's Saratov region",
    ["Ukraine's general staff said on Sunday its long-range drones had hit an oil refinery in the Russian city of Saratov, causing a fire.",
     "The regional governor in Saratov said debris had damaged residential buildings but did not mention the refinery."],
    "strikes", "strikes", 2, "ukraine-drones-saratov-refinery-2025-11-16", a="AFP", n="Local 01:20 on 17 Nov = 22:20 UTC on 16 Nov."),
  E("2025-11-16 22:30", "Kremlin: no date set for new round of talks with Kyiv",
    ["The Kremlin said on Sunday that no date had been agreed for further negotiations with Ukraine and that the next steps depended on Kyiv and its Western backers."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-talks-2025-11-16", a="Reuters"),
  OFF("2025-11-16 19:50", "Crown Prince to hold talks at White House on Tuesday",
      ["His Royal Highness the Crown Prince and Prime Minister will visit Washington this week for talks with President Donald Trump on defence, investment and regional issues, the Saudi Press Agency reported."],
      "crown-prince-washington-visit", a="SPA", n="Saudi-US relations, not the war."),
  E("2025-11-16 16:15", "Drones hit port infrastructure in Izmail",
    ["Russian drones struck port facilities in Izmail on the Danube overnight, damaging grain storage and a gas pipeline, the Odesa regional governor said.",
     "One worker was injured."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2025-11-16", a="AFP"),
  E("2025-11-16 13:40", "Zelensky in Athens as Greece agrees to supply liquefied gas to Ukraine",
    ["Greece and Ukraine signed an agreement in Athens on Sunday under which US liquefied natural gas landed at Greek terminals will be sent north to Ukraine this winter.",
     "President Volodymyr Zelensky, on a one-day visit, said the deal would help replace production lost to Russian attacks."],
    "diplomacy", "diplomacy", 3, "greece-ukraine-lng-agreement", a="Reuters", n="Head-of-state visit and bilateral agreement."),
  E("2025-11-16 10:05", "Saudi foreign minister discusses Ukraine crisis in call with Ukrainian counterpart",
    ["Foreign Minister Prince Faisal bin Farhan received a phone call on Sunday from Ukraine's Foreign Minister Andrii Sybiha, during which they reviewed efforts to reach a political solution to the crisis.",
     "Prince Faisal reaffirmed the Kingdom's readiness to support dialogue between the parties, SPA said."],
    "diplomacy", "diplomacy", 3, "saudi-ukraine-foreign-ministers-call-2025-11-16", a="SPA", n="Ministerial diplomatic move (mediation offer) -> 3."),
  OFF("2025-11-16 07:30", "Riyadh Season draws record crowds in opening month",
      ["Organisers of Riyadh Season said more than three million visitors attended events in the first four weeks of this year's festival, a record for the opening month."],
      "riyadh-season-attendance", a="SPA", n="entertainment festival."),
  ]))

SEEDS.append(dict(id="5805", name="5805_ina-international", ext="txt", source="Iraqi News Agency", zone="Asia/Baghdad", render=r_ina,
  title="Arab & International",
  notes="Imitates the Iraqi News Agency (INA) English section page, copied as plain text. Newest first. Each item: headline, then the stamp '21/11/2025 11:40 PM' (day/month/year, 12-hour clock) on the next line, an optional 'Baghdad-INA' dateline on its own line (Iraqi items only; not counted as a paragraph and not part of first_sentence), the text and a 'Views: N' counter. No zone printed: Baghdad time (UTC+3) implied. No bylines (author null). One item is off-beat (election appeals); the oil-price item is a war knock-on (other/politics).",
  not_entries=["agency name, language links, menu, 'Search'", "section title 'Arab & International'", "'Baghdad-INA' dateline lines (part of the item, not a paragraph)",
               "'Views: N' counters", "'More'", "footer lines"],
  entries=[
  E("2025-11-21 23:40", "Zelensky: Ukraine faces one of the hardest moments in its history",
    ["Ukrainian President Volodymyr Zelensky said on Friday that his country faced a difficult choice over a US-drafted plan to end the war, and pledged to work calmly with Washington on its terms.",
     "In a video address, he said he would put forward alternatives rather than reject the document outright."],
    "diplomacy", "diplomacy", 3, "zelensky-address-us-peace-plan-2025-11-21", views=412),
  E("2025-11-21 20:15", "Iraq calls for dialogue to end Russia-Ukraine war",
    ["The Ministry of Foreign Affairs said on Friday that Iraq supports every effort to end the war between Russia and Ukraine through dialogue and diplomacy.",
     "In a statement, the ministry said a lasting settlement would help stabilise global energy and food markets."],
    "diplomacy", "diplomacy", 2, "iraq-calls-dialogue-ukraine", dl="Baghdad-INA", views=188),
  E("2025-11-21 17:05", "Putin says US plan could be basis for final settlement",
    ["Russian President Vladimir Putin said on Friday that a peace plan drawn up by the United States could serve as the basis for a final settlement of the conflict in Ukraine.",
     "He said Moscow had received the text but had not discussed it in detail with Washington."],
    "diplomacy", "diplomacy", 3, "putin-us-plan-basis-2025-11-21", views=530),
  E("2025-11-21 14:32", "Death toll in Ternopil strike rises to 32",
    ["The number of people killed in Wednesday's Russian missile strike on apartment blocks in the western Ukrainian city of Ternopil has risen to 32, Ukraine's emergency service said.",
     "Rescuers were still searching the rubble for more than a dozen people reported missing."],
    "strikes", "strikes", 3, "ternopil-missile-strike-2025-11-19", views=297, n="Toll update of a deadly strike two days earlier."),
  E("2025-11-21 11:20", "Oil prices fall on talk of a Ukraine deal",
    ["Oil prices slipped on Friday as traders weighed the chance that a peace deal in Ukraine could eventually ease sanctions on Russian crude."],
    "other", "politics", 2, "oil-prices-ukraine-peace-hopes-2025-11-21", views=156, n="Economic knock-on of the war: other/politics, not off-beat."),
  E("2025-11-21 08:45", "Oil Ministry: West Qurna-2 output steady despite Lukoil sanctions",
    ["The Ministry of Oil said on Friday that production at the West Qurna-2 field was continuing normally, after US sanctions on the Russian company Lukoil, which operates the field, raised questions about its future.",
     "A ministry official told INA that talks were under way with other international companies interested in taking over Lukoil's stake."],
    "diplomacy", "diplomacy", 2, "west-qurna-2-lukoil-sanctions", dl="Baghdad-INA", views=341, n="Effect of sanctions on Russia -> diplomacy."),
  OFF("2025-11-21 06:10", "Electoral commission begins reviewing appeals",
      ["The Independent High Electoral Commission began on Friday reviewing appeals lodged against the results of the parliamentary elections, a spokeswoman told INA."],
      "iraq-election-appeals", dl="Baghdad-INA", views=120, n="Iraqi elections."),
  ]))

SEEDS.append(dict(id="5806", name="5806_kabar-world", ext="txt", source="Kabar", zone="Asia/Bishkek", render=r_kabar,
  title="World", parse_args=["--date", "2025-11-27"],
  notes="Imitates the Kabar (Kyrgyz National News Agency) English news column, copied as plain text. Newest first under one day header '27 November, Thursday' (no year anywhere on the page: parse_args --date 2025-11-27). Each item: bare 'HH:MM' line, headline, then the text, whose first paragraph opens with the agency dateline 'Bishkek, Nov. 27 /Kabar/. ' (or Moscow/Kyiv); the dateline is not part of first_sentence. Then a view counter. No zone printed: Bishkek time (UTC+6) implied. No bylines. Two items about the CSTO summit and the state visit are off-beat.",
  not_entries=["agency name and subtitle, language links, menu, 'Search'", "section title 'World'", "day header '27 November, Thursday'",
               "inline datelines 'City, Nov. 27 /Kabar/.' at the start of each first paragraph", "view counters", "'Show more'", "footer lines"],
  entries=[
  E("2025-11-27 20:15", "Putin: US draft can become basis for future agreements",
    ["Russian President Vladimir Putin told journalists in Bishkek that the draft peace plan discussed by Russia and the United States could become the basis for future agreements on Ukraine.",
     "He said a US delegation was expected in Moscow early next week and that several points still needed detailed discussion."],
    "diplomacy", "diplomacy", 3, "putin-bishkek-press-conference-ukraine", city="Bishkek", views=1204),
  OFF("2025-11-27 18:30", "CSTO summit in Bishkek adopts joint declaration",
      ["Leaders of the Collective Security Treaty Organization member states adopted a joint declaration and a package of documents at the end of their summit in Bishkek."],
      "csto-summit-bishkek-2025", city="Bishkek", views=876, n="regional security bloc summit, not about the war."),
  OFF("2025-11-27 16:05", "Kyrgyzstan and Russia sign documents on trade and energy",
      ["Kyrgyzstan and Russia signed a number of intergovernmental documents on trade, energy and education at the end of the Russian president's state visit."],
      "kyrgyzstan-russia-cooperation-documents", city="Bishkek", views=654, n="bilateral economic cooperation."),
  E("2025-11-27 14:20", "Kremlin: Moscow has not yet received amended US plan",
    ["Kremlin spokesman Dmitry Peskov said on Thursday that Moscow had not yet received the amended version of the US plan drawn up after talks between American and Ukrainian officials in Geneva."],
    "diplomacy", "diplomacy", 2, "kremlin-awaits-amended-plan-2025-11-27", city="Moscow", views=433),
  E("2025-11-27 12:40", "Russian Defence Ministry reports capture of village in Zaporizhzhia region",
    ["The Russian Defence Ministry said on Thursday that its troops had taken control of a village in Ukraine's Zaporizhzhia region as they pressed towards the town of Huliaipole.",
     "The Ukrainian side has not commented on the report."],
    "other", "frontline", 2, "russia-claims-zaporizhzhia-village-2025-11-27", city="Moscow", views=389),
  E("2025-11-27 10:15", "Drone attack on Kyiv region injures five",
    ["Five people were injured when Russian drones struck residential buildings in the Kyiv region overnight, the regional administration said."],
    "strikes", "strikes", 2, "kyiv-region-drone-attack-2025-11-27", city="Kyiv", views=301),
  E("2025-11-27 08:30", "Russian air defences down 118 Ukrainian drones overnight",
    ["Russian air defence systems intercepted and destroyed 118 Ukrainian drones over several regions overnight, the Russian Defence Ministry said."],
    "strikes", "strikes", 2, "russia-says-drones-downed-2025-11-27", city="Moscow", views=355),
  ]))

SEEDS.append(dict(id="5807", name="5807_irna-rss", ext="xml", source="IRNA English", zone="Asia/Tehran", render=r_irna,
  title="IRNA English - Latest News", build="Wed, 03 Dec 2025 21:15:02 GMT",
  notes="Imitates the IRNA English RSS 2.0 feed. Newest first. pubDate in GMT with seconds; Tehran local time is UTC+03:30 (no DST), so the top item (21:10:44 GMT) is already 4 December in Tehran; every item is on UTC 2025-12-03. <description> is a plain-text lead (one paragraph). No authors. Two items are off-beat (Iran-Oman trade, Tehran pollution).",
  not_entries=["channel title/link/description/language/lastBuildDate", "atom:link self reference", "<category>, <guid> and <enclosure> of each item"],
  entries=[
  E("2025-12-04 00:40:44", "Zelensky says Ukraine ready to keep working with US envoys",
    ["Ukrainian President Volodymyr Zelensky said his team was ready to continue talks with US representatives in Europe after Washington's envoys met Russian President Vladimir Putin in Moscow."],
    "diplomacy", "diplomacy", 2, "zelensky-ready-continue-talks-2025-12-03", cat="World", n="21:10:44 GMT = 00:40 on 4 Dec in Tehran."),
  OFF("2025-12-03 22:15:12", "Iran, Oman discuss expanding trade links",
      ["Iran's Minister of Roads and Urban Development discussed new shipping routes and a joint free zone with Omani officials during a visit to Muscat."],
      "iran-oman-trade-talks", cat="Economy", n="Iran-Oman trade."),
  E("2025-12-03 18:50:05", "Tehran rejects European claims of missile transfers to Russia",
    ["Iran's Foreign Ministry spokesman dismissed as baseless renewed European accusations that Tehran had supplied ballistic missiles to Russia for use in the war in Ukraine."],
    "aid", "aid", 2, "iran-denies-missile-transfers-russia-2025-12-03", cat="Politics", n="Denial of an arms transfer to Russia -> aid."),
  E("2025-12-03 16:00:51", "Russian drones hit energy facilities in Dnipropetrovsk region, Kyiv says",
    ["Ukrainian officials said Russian drones struck energy infrastructure in the Dnipropetrovsk region overnight, leaving thousands of households without electricity."],
    "strikes", "strikes", 2, "dnipropetrovsk-energy-drone-strike-2025-12-03", cat="World"),
  OFF("2025-12-03 13:35:33", "Schools in Tehran move online as air pollution worsens",
      ["Schools and universities in Tehran province will hold classes online on Wednesday because of heavy air pollution, provincial officials announced."],
      "tehran-air-pollution-schools", cat="Society", n="air pollution."),
  E("2025-12-03 11:45:27", "Kremlin aide: Moscow talks with US envoys useful, no compromise on territory yet",
    ["A senior Kremlin aide said the five-hour meeting between Vladimir Putin and US envoys had been useful, but that no compromise had yet been found on the territorial question."],
    "diplomacy", "diplomacy", 3, "putin-us-envoys-moscow-meeting-2025-12-02", cat="World", n="Outcome of a head-of-state meeting -> 3."),
  E("2025-12-03 10:10:09", "Araghchi: Iran backs any initiative that ends war in Ukraine",
    ["Iranian Foreign Minister Abbas Araghchi said Tehran supports any initiative that leads to a just and lasting end to the war in Ukraine and opposes the expansion of NATO towards Russia's borders."],
    "diplomacy", "diplomacy", 2, "araghchi-ukraine-statement-2025-12-03", cat="Politics", n="A minister's general statement, no diplomatic step: 2."),
  ]))

SEEDS.append(dict(id="5808", name="5808_pna-foreign", ext="html", source="Philippine News Agency", zone="Asia/Manila", render=r_pna,
  title="Foreign",
  notes="Imitates the Philippine News Agency 'Foreign' category listing, HTML. Newest first. Each article card: h2 headline link, byline ('By ...', staff names or agency credits used as author), then the stamp 'December 11, 2025, 10:30 pm' (no zone; Philippine time UTC+8 implied), summary paragraph(s), 'Read more'. The two top cards are dated 12 December local (after midnight), which is still 11 December UTC; every entry is on UTC 2025-12-11. JSON-LD is a WebPage with a breadcrumb only. One card is off-beat (Thailand-Cambodia border).",
  not_entries=["GOVPH bar", "logo, menu, search box", "category title 'Foreign'", "'Read more' links", "'Bagong Pilipinas' banner", "pagination", "footer", "JSON-LD WebPage/breadcrumb"],
  entries=[
  E("2025-12-12 06:40", "Ukraine sends revised peace proposals to Washington",
    ["Ukraine has sent the United States its revised version of a framework to end the war with Russia, a senior official in Kyiv said on Thursday.",
     "The document reflects talks held in Florida and Geneva and includes Ukraine's proposals on security guarantees, the official said."],
    "diplomacy", "diplomacy", 3, "ukraine-sends-revised-peace-framework", a="Reuters", n="12 Dec 06:40 Manila = 11 Dec 22:40 UTC."),
  E("2025-12-12 01:05", "NATO chief urges allies to prepare for long confrontation with Russia",
    ["NATO Secretary General Mark Rutte told an audience in Berlin on Thursday that allies must step up defence production quickly because Russia could be ready to use force against the alliance within five years."],
    "other", "security", 2, "rutte-berlin-speech-2025-12-11", a="Xinhua", n="Speech on allied readiness and arms production (non-parties): other/security."),
  E("2025-12-11 22:30", "DFA: No Filipino hurt in drone attack on tanker in Black Sea",
    ["The Department of Foreign Affairs said on Thursday that all 21 Filipino crew members of a tanker damaged by a drone in the Black Sea were safe.",
     "The Philippine Embassy in Ankara is in contact with the ship's manning agency, the DFA added."],
    "other", "humanitarian", 2, "filipino-crew-black-sea-tanker-2025-12-11", a="Liza Dimaculangan", sec=["strikes"],
    n="Headline leads with the crew's safety (humanitarian); the attack is secondary."),
  E("2025-12-11 19:15", "Russia says it has taken Siversk",
    ["Russia's Defence Ministry said on Thursday its forces had captured the town of Siversk in Ukraine's Donetsk region.",
     "Ukrainian military officials said fighting was continuing in and around the town."],
    "other", "frontline", 2, "russia-claims-siversk", a="Xinhua"),
  E("2025-12-11 15:40", "PH backs peaceful settlement of Russia-Ukraine war at UN",
    ["The Philippines reiterated its call for a peaceful resolution of the war in Ukraine in line with international law and the United Nations Charter, its mission to the UN said in a statement.",
     "It also urged the protection of civilians and of seafarers working in the Black Sea."],
    "diplomacy", "diplomacy", 2, "philippines-un-statement-ukraine-2025-12-11", a="Carmela Ilagan-Ruiz"),
  OFF("2025-12-11 12:10", "Thailand and Cambodia trade accusations over renewed border clashes",
      ["Thailand and Cambodia each accused the other of starting new fighting along their disputed border, as thousands of villagers on both sides moved to evacuation centres."],
      "thailand-cambodia-border-clashes-2025-12", a="Xinhua", n="South-East Asian border conflict."),
  E("2025-12-11 09:20", "Ukrainian drones hit oil platform in Caspian Sea, Kyiv says",
    ["Ukraine's security service said its drones had struck an oil production platform operated by a Russian company in the Caspian Sea, halting output.",
     "Russia did not immediately comment."],
    "strikes", "strikes", 2, "ukraine-drone-strike-caspian-platform-2025-12-11", a="Reuters"),
  ]))

SEEDS.append(dict(id="5809", name="5809_maldivesindependent-atom", ext="xml", source="Maldives Independent", zone="Indian/Maldives", render=r_mi,
  title="Maldives Independent",
  notes="Imitates the Maldives Independent WordPress Atom feed. Newest first. <published> in Z with seconds (Maldives local time UTC+5). Each entry has an author, a CDATA title, a truncated CDATA <summary> ending in ' [&#8230;]' (an excerpt of the first paragraph, not a separate entry) and the full CDATA <content>; body counts the content paragraphs. Two local items are off-beat (tourism figures, island leases).",
  not_entries=["feed title/subtitle/updated/id/generator and self link", "the truncated <summary> excerpts", "<category>, <id>, <updated> and replies links of each entry"],
  entries=[
  E("2025-12-22 21:40:18", "Russian strikes cut power to Odesa region",
    ["Russian drones and missiles hit energy facilities in Ukraine's Odesa region overnight, leaving much of the port city without electricity and water, local officials said.",
     "It was the third large attack on the region this month."],
    "strikes", "strikes", 2, "odesa-energy-strike-2025-12-22", a="Mariyam Nazeef", cat="World"),
  E("2025-12-22 18:05:42", "Kremlin calls Miami meetings with US envoys constructive",
    ["The Kremlin described weekend talks between a Russian envoy and US negotiators in Miami as constructive, but said significant differences remained over a peace plan for Ukraine."],
    "diplomacy", "diplomacy", 3, "miami-talks-russian-envoy-2025-12-20", a="Mariyam Nazeef", cat="World"),
  OFF("2025-12-22 16:20:09", "Parliament approves longer leases for resort islands",
      ["The People's Majlis voted on Monday to extend the maximum lease period for islands developed as tourist resorts, a change the government says will attract new investment."],
      "maldives-resort-lease-law", a="Ahmed Rilwan Hassan", cat="News", n="Maldivian domestic politics."),
  E("2025-12-22 13:45:51", "Kyiv welcomes EU loan to cover budget needs",
    ["Ukraine's prime minister said a loan of 90 billion euros agreed by EU leaders last week would cover most of the country's military and budget needs for the next two years.",
     "EU leaders backed joint borrowing after failing to agree on using frozen Russian assets."],
    "aid", "aid", 3, "eu-90bn-loan-ukraine-2025-12", a="Mariyam Nazeef", cat="World", n="Major financial package -> 3."),
  E("2025-12-22 11:30:14", "Fire at Russian port after Ukrainian drone strike",
    ["A fire broke out at an oil terminal in a Russian Black Sea port after an attack by Ukrainian drones, regional authorities said."],
    "strikes", "strikes", 2, "ukraine-drone-strike-russian-port-2025-12-22", a="Mariyam Nazeef", cat="World"),
  OFF("2025-12-22 09:10:37", "Russia stays top source of tourists as arrivals near 2.2 million",
      ["Russia remained the largest source of tourist arrivals to the Maldives this year, followed by China and the United Kingdom, according to the latest figures from the tourism ministry.",
       "Total arrivals are expected to pass 2.2 million by the end of December."],
      "maldives-tourist-arrivals-2025", a="Ahmed Rilwan Hassan", cat="Business", n="tourism statistics; not about the war."),
  ]))

# ============================================================ PART B: three multi-source days, invented outlets
# ---------- Day 1: Wednesday 2025-10-15 (UTC) ----------
ZAP = "zaporizhzhia-strike-2025-10-15"
UDCG = "udcg-brussels-air-defence-pledges-2025-10-15"
ZEL = "zelensky-white-house-visit-announced-2025-10-15"
PURL = "explainer-purl-scheme"
D1 = "Day 1 (UTC 2025-10-15): main story " + ZAP + " (toll 2 -> 3 -> 4 -> 6 -> 7; spelled Zaporizhzhia / Zaporizhia / Zaporozhye / Zaporizhzhya)."

PURL_P = ["Under the Prioritised Ukraine Requirements List, European allies and Canada pay for American-made weapons, above all Patriot interceptors, which are then shipped to Ukraine from US stocks.",
          "The scheme lets Washington keep supplying Kyiv without spending its own money, but it depends on a steady stream of contributions: each package is worth roughly 500 million dollars.",
          "Ukraine says it needs dozens more interceptors every month to cope with Russia's winter strikes on the power grid."]
UDCG_P = ["Defence ministers from around 50 countries are meeting at NATO headquarters in Brussels to discuss new deliveries of air defence systems and munitions for Ukraine.",
          "Ukraine's defence minister Denys Shmyhal said Kyiv hoped to leave the meeting with funding for at least two more Patriot batteries."]

SEEDS.append(dict(id="5820", name="5820_fraylingcourier-textlive", ext="txt", source="Frayling Courier", zone="Europe/London", render=r_frayling,
  title="Ukraine war live: Zaporizhzhia toll rises after overnight strike; Zelensky to meet Trump on Friday", dateline="Wednesday 15 October 2025",
  notes="Invented outlet. Text live blog, NEWEST first; a 'Key Points' block under the title lists the headlines of 5820-01 and 5820-07 (key_point true). Each post: 'HH:MM BST' line, headline, body, 'Posted by NAME'. BST = UTC+1. Entry 04 is the day's theme piece (analysis of the PURL scheme); entry 06 is a video teaser without body. " + D1,
  not_entries=["masthead and menu", "title and date line", "'Key Points' header and its two headline lines (pointers to posts 01 and 07)", "'Latest'", "'Posted by' lines (authors)", "'Advertisement'", "'Show earlier posts'", "footer"],
  entries=[
  E("2025-10-15 16:20", "Zelensky confirms Friday White House meeting",
    ["Volodymyr Zelensky says he will meet Donald Trump at the White House on Friday, with air defence and long-range weapons at the top of his list.",
     "The Ukrainian president said he would also raise support for Ukraine's energy system ahead of the winter."],
    "diplomacy", "diplomacy", 3, ZEL, a="Harriet Quayle", sec=["aid"], kp=True, n="Key Points; carried by two day-1 seeds (5820, 5822)."),
  E("2025-10-15 14:50", "UK and Ukraine agree to build interceptor drones together",
    ["Britain and Ukraine have signed an agreement to produce interceptor drones jointly, with the first British-made units due to be delivered before the end of the year, the Ministry of Defence said.",
     "The drones are designed to hunt down the Shahed-type attack drones that Russia launches in large numbers most nights."],
    "aid", "aid", 2, "uk-ukraine-interceptor-drone-deal-2025-10-15", a="Tom Aldous", n="Bilateral deal, separate from the Brussels pledges: must not merge with " + UDCG + "."),
  E("2025-10-15 13:05", "Zaporizhzhia death toll rises to four",
    ["Four people are now known to have died in the overnight attack on Zaporizhzhia, regional governor Ivan Fedorov said, after rescuers recovered two more bodies from a damaged apartment block.",
     "Seventeen people were injured, among them three children."],
    "strikes", "strikes", 3, ZAP, a="Harriet Quayle"),
  E("2025-10-15 11:40", "Analysis: why the Purl scheme matters for Ukraine's air defence", PURL_P,
    "aid", "aid", 2, PURL, a="Tom Aldous", n="Theme piece (analysis with a body): own story, importance 2; not the Brussels meeting itself."),
  E("2025-10-15 09:15", "Kharkiv hit by drones, five injured",
    ["Russian drones struck two districts of Kharkiv in the early hours, injuring five people and damaging a school, mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-10-15", a="Harriet Quayle", n="Different attack from Zaporizhzhia: must not merge."),
  E("2025-10-15 07:30", "Watch: rescuers search collapsed block in Zaporizhzhia", [],
    "strikes", "strikes", 1, ZAP, a="Tom Aldous", n="Video teaser without body -> importance 1, story of the event it shows."),
  E("2025-10-15 06:10", "Russian missiles hit Zaporizhzhia overnight, two killed",
    ["Two people were killed and eleven injured when Russian missiles and guided bombs hit Zaporizhzhia overnight, regional officials said.",
     "A five-storey apartment block was partly destroyed and an industrial site was set on fire."],
    "strikes", "strikes", 3, ZAP, a="Harriet Quayle", kp=True, n="Key Points."),
  ]))

SEEDS.append(dict(id="5821", name="5821_gorsewickherald-htmllive", ext="html", source="Gorsewick Herald", zone="Europe/Kyiv", render=r_gorsewick,
  title="Zaporizhia under fire: live updates", dateline="Wednesday, 15 October 2025 \u00b7 Kyiv time", url="https://gorsewick.example/live/zaporizhia-2025-10-15",
  lede="Rescuers search the ruins of an apartment block in Zaporizhia as Ukraine's allies meet in Brussels.",
  notes="Invented outlet. HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with a liveBlogUpdate list (newest first) whose datePublished values are the real update times (+03:00, EEST) and whose authors match the visible ones. Visible stamps are bare 'HH:MM' in <time datetime>; the author name sits above each h2. Spelling 'Zaporizhia'. Entry 05 repeats entry 03 nearly verbatim (headline 'meet' for 'gather', same body): duplicate_of 5821-03. " + D1,
  not_entries=["header and menu", "h1 title", "date line 'Wednesday, 15 October 2025 \u00b7 Kyiv time'", "standfirst", "author lines above headlines (authors)", "'Share this update'", "supporter promo", "footer"],
  entries=[
  E("2025-10-15 08:20", "Zaporizhia: survivors pulled from rubble as toll reaches three",
    ["Rescue crews in Zaporizhia have pulled four people alive from the wreckage of an apartment block hit during the night, the State Emergency Service said.",
     "The number of dead has risen to three, and 14 people are being treated in hospital."],
    "strikes", "strikes", 3, ZAP, a="Mykola Hrebin"),
  E("2025-10-15 10:05", "IAEA brokers local truce to repair Zaporizhia nuclear plant power line",
    ["The International Atomic Energy Agency says engineers have started repairing a damaged high-voltage line that links the Zaporizhia nuclear power plant to the grid, after both sides agreed to hold fire in the area.",
     "The Russian-occupied plant has relied on diesel generators to cool its reactors for more than three weeks."],
    "diplomacy", "diplomacy", 2, "znpp-power-line-repair-truce-2025-10-15", a="Mykola Hrebin",
    n="IAEA-mediated local ceasefire -> diplomacy. Same place name as the city strike, different event: must not merge with " + ZAP + "."),
  E("2025-10-15 12:30", "Allies gather in Brussels to pledge air defence", UDCG_P,
    "aid", "aid", 3, UDCG, a="Oksana Lytvak"),
  E("2025-10-15 14:10", "Drones hit refinery in Russia's Saratov region, General Staff says",
    ["Ukraine's General Staff says its drones struck an oil refinery in Saratov overnight, causing a fire at a primary processing unit.",
     "The Saratov regional governor said debris had fallen on an industrial area but reported no casualties."],
    "strikes", "strikes", 2, "ukraine-drones-saratov-refinery-2025-10-15", a="Mykola Hrebin", n="Ukrainian strike on Russia: must not merge with " + ZAP + "."),
  E("2025-10-15 15:45", "Allies meet in Brussels to pledge air defence", UDCG_P,
    "aid", "aid", 1, UDCG, a="Oksana Lytvak", dup="5821-03", n="Near-verbatim repeat of 5821-03 (one word of the headline changed) -> importance 1."),
  E("2025-10-15 18:30", "Zaporizhia toll climbs to six",
    ["Six people have now died after last night's strike on Zaporizhia, governor Ivan Fedorov said, including a woman who died of her injuries in hospital.",
     "Twenty people remain in hospital."],
    "strikes", "strikes", 3, ZAP, a="Mykola Hrebin"),
  E("2025-10-15 21:40", "Brussels meeting ends with new pledges for Patriot missiles",
    ["Germany, the Netherlands and the Nordic countries announced new contributions to buy Patriot missiles for Ukraine as the Brussels meeting closed, Shmyhal said.",
     "He said the pledges would cover most of what Ukraine had asked for this winter, but not all of it."],
    "aid", "aid", 3, UDCG, a="Oksana Lytvak"),
  ]))

SEEDS.append(dict(id="5822", name="5822_calderwick-worldrss", ext="xml", source="Calderwick World Service", zone="UTC", render=r_rss, rfc="GMT", cdata=True,
  title="Calderwick World Service - World", url="https://calderwick.example", lede="Top stories from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA <p> descriptions, no authors. Four of six items are off-beat (gold, Madagascar, French politics, Cape Verde football). Spelling 'Zaporozhye'. " + D1,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2025-10-15 20:40", "Gold climbs to another record as investors seek safety",
      ["Gold rose to a new all-time high on Wednesday, extending a rally driven by expectations of further US interest rate cuts and worries about trade tensions."],
      "gold-record-2025-10-15", n="markets.", cat="Business"),
  E("2025-10-15 17:15", "Zelensky to fly to Washington for Friday talks with Trump",
    ["Ukraine's president will hold talks with Donald Trump at the White House on Friday, his office said, as Kyiv presses for more air defence and longer-range missiles."],
    "diplomacy", "diplomacy", 3, ZEL, sec=["aid"], cat="Europe"),
  OFF("2025-10-15 14:30", "Madagascar's new military ruler to be sworn in",
      ["The army colonel who took power in Madagascar after the president left the country will be sworn in as leader on Friday, the country's top court said."],
      "madagascar-military-takeover-2025", n="Madagascar politics.", cat="Africa"),
  E("2025-10-15 11:05", "Zaporozhye strike death toll reaches four",
    ["At least four people were killed and 17 injured when Russian missiles hit residential and industrial areas of Zaporozhye in south-eastern Ukraine overnight, local officials said."],
    "strikes", "strikes", 3, ZAP, cat="Europe"),
  OFF("2025-10-15 08:50", "French prime minister faces no-confidence votes after pension concession",
      ["France's prime minister will face two no-confidence motions in parliament this week despite offering to pause the unpopular rise in the pension age."],
      "france-no-confidence-votes-2025-10", n="French politics.", cat="Europe"),
  OFF("2025-10-15 06:20", "Cape Verde celebrates first World Cup place",
      ["Thousands of fans greeted Cape Verde's footballers in Praia after the island nation qualified for the World Cup finals for the first time."],
      "cape-verde-world-cup-qualification", n="football.", cat="Sport"),
  ]))

SEEDS.append(dict(id="5823", name="5823_dunmarrow-article", ext="txt", source="Dunmarrow Gazette", zone="Europe/Berlin", render=r_article,
  title="Deadly night in Zaporizhzhia as allies pledge more air defence", byline="Anke Vollrath", dateline="15 October 2025, 19:40 CEST", crumb="World \u203a Europe \u203a Ukraine",
  lede="Russia's latest strike on a Ukrainian city came hours before Ukraine's backers met in Brussels.", more="What the Patriot shortage means for Ukraine's cities",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '15 October 2025, 19:40 CEST' (UTC+2 = 17:40 UTC); the page byline is every section's author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2025-10-15 19:40", "Zaporizhzhia counts its dead",
    ["The toll from the overnight attack on Zaporizhzhia rose to six during the day, according to the regional administration, and more than 20 people were injured.",
     "Residents said the explosions began shortly after 2am and went on for almost an hour."],
    "strikes", "strikes", 3, ZAP, a="Anke Vollrath"),
  E("2025-10-15 19:40", "Brussels pledges fall short of Kyiv's wish list",
    ["At the meeting of the Ukraine Defence Contact Group in Brussels, several governments announced new money for US-made Patriot interceptors, while Germany promised to deliver two more launchers before the end of the year.",
     "Ukrainian officials welcomed the pledges but said the country still lacked the ammunition to protect all of its cities at once."],
    "aid", "aid", 3, UDCG, a="Anke Vollrath"),
  E("2025-10-15 19:40", "Evacuations widened in Kharkiv region",
    ["The authorities in the Kharkiv region ordered the mandatory evacuation of families with children from nine more villages near the front line, citing constant shelling and drone attacks.",
     "About 600 children are affected, regional officials said."],
    "other", "humanitarian", 2, "kharkiv-region-child-evacuations-2025-10-15", a="Anke Vollrath", n="Same region as the Kharkiv drone strike (5820-05), different event: must not merge."),
  ]))

SEEDS.append(dict(id="5824", name="5824_eskerby-atom", ext="xml", source="Eskerby Post", zone="Europe/Warsaw", render=r_atom, content="html",
  title="Eskerby Post - Ukraine", url="https://eskerby.example/ukraine",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00 (Warsaw, CEST), escaped-HTML content, an author per entry. Spelling 'Zaporizhzhya'. Entry 03 (a Russian claim of a village in the same region) must not merge with the city strike. " + D1,
  not_entries=["feed title/link/id/updated", "<id> and <updated> of each entry"],
  entries=[
  E("2025-10-15 23:10", "Zaporizhzhya toll rises to seven as search ends",
    ["Rescuers in Zaporizhzhya finished searching the ruins of the apartment block late on Wednesday after finding a seventh victim, Ukraine's emergency service said.",
     "Twenty-three people were injured in the attack."],
    "strikes", "strikes", 3, ZAP, a="Piotr Sadowy"),
  E("2025-10-15 19:00", "Poland adds to Patriot fund at Brussels meeting",
    ["Poland will contribute 100 million dollars to the scheme through which European allies buy American weapons for Ukraine, Deputy Prime Minister W\u0142adys\u0142aw Kosiniak-Kamysz said at the Brussels meeting of Ukraine's backers."],
    "aid", "aid", 3, UDCG, a="Piotr Sadowy", n="A pledge made at the Brussels meeting: same story as the meeting."),
  E("2025-10-15 15:25", "Russia says it took village in Zaporizhzhya region",
    ["Russia's defence ministry claimed on Wednesday that its forces had captured a village near Stepnohirsk, in the Zaporizhzhya region, a claim Ukraine's military rejected."],
    "other", "frontline", 2, "russia-claims-village-near-stepnohirsk-2025-10-15", a="Ewa Tarnowska", n="Same region name as the strike, different event: must not merge with " + ZAP + "."),
  E("2025-10-15 10:40", "Polish jets scrambled during strikes on western Ukraine",
    ["Polish and allied aircraft were scrambled early on Wednesday as Russia launched drones and missiles at targets in western Ukraine, Poland's operational command said.",
     "Airports in Rzesz\u00f3w and Lublin were briefly closed."],
    "other", "security", 2, "poland-scrambles-jets-2025-10-15", a="Ewa Tarnowska", n="Air-defence readiness of a non-party: other/security."),
  ]))

# ---------- Day 2: Thursday 2025-10-16 (UTC) = day 1 + 1 ----------
GAS = "russian-strike-gas-facilities-2025-10-16"
CALL = "trump-putin-call-budapest-summit-2025-10-16"
D2 = "Day 2 (UTC 2025-10-16): main story " + GAS + " (Kyiv region toll one -> two; spelled Kiev/Kyiv, Kharkov/Kharkiv); " + CALL + " in all four seeds; continuation of day 1's " + ZAP + " (eighth victim, day of mourning); 5833-04 re-posts day-1 entry 5820-04."
GAS1 = ["Russian missiles and drones struck gas production facilities in the Poltava and Kharkiv regions overnight, Naftogaz said, calling it a deliberate attempt to leave Ukrainians without heating this winter.",
        "The company said it was still assessing the damage."]

SEEDS.append(dict(id="5830", name="5830_hollinbrook-htmllive", ext="html", source="Hollinbrook Daily", zone="Europe/London", render=r_hollinbrook,
  title="Russia-Ukraine live: Trump and Putin agree to meet in Budapest after phone call", dateline="Thursday 16 October 2025",
  lede="Russia hit Ukraine's gas industry overnight; later Donald Trump spoke to Vladimir Putin by phone.",
  notes="Invented outlet. HTML live blog without JSON-LD, NEWEST first; stamp '9.50pm' in a span above each h2 (BST = UTC+1), byline paragraph under the h2. Spellings 'Kiev', 'Kharkov'. Entry 02 is the day's theme piece (analysis of the Tomahawk debate); entry 04 is a photo teaser without body. " + D2,
  not_entries=["cookie bar", "header and menu", "h1 title", "date line", "summary paragraph", "byline paragraphs (authors)", "'Related' box", "'Load more posts'", "footer"],
  entries=[
  E("2025-10-16 21:50", "Trump and Putin agree to meet in Budapest after long phone call",
    ["Donald Trump says he and Vladimir Putin have agreed to meet in the Hungarian capital, Budapest, after a telephone conversation that lasted more than two hours.",
     "Senior advisers from both countries will meet next week to prepare the summit, the US president wrote, a day before he is due to receive Volodymyr Zelensky at the White House."],
    "diplomacy", "diplomacy", 3, CALL, a="Imogen Carrow"),
  E("2025-10-16 17:20", "Analysis: what Tomahawks could and could not change for Ukraine",
    ["Tomahawk cruise missiles can fly well over 1,500 kilometres, putting Moscow and dozens of Russian military airfields within reach of Ukrainian launchers.",
     "But the missiles are normally fired from ships and submarines, and analysts say Ukraine would need new ground launchers and months of training before it could use them in numbers.",
     "Their bigger effect may be political: the debate has become a test of how far Washington is prepared to go to push Moscow towards talks."],
    "aid", "aid", 2, "analysis-tomahawk-debate", a="Peter Lumb", n="Theme piece (analysis with a body): own story, importance 2; must not merge with the phone call."),
  E("2025-10-16 14:05", "Kiev region: one dead as energy facilities hit",
    ["One person was killed in the Kiev region when a drone hit an energy company's facility during the overnight attack, the regional governor said.",
     "Parts of the capital had emergency power cuts through the morning."],
    "strikes", "strikes", 3, GAS, a="Imogen Carrow", n="Part of the same overnight barrage as the gas-field strikes."),
  E("2025-10-16 11:30", "Photos: Poltava gas plant after the strike", [],
    "strikes", "strikes", 1, GAS, n="Photo teaser without body -> importance 1."),
  E("2025-10-16 09:10", "Russia pounds gas fields in overnight attack",
    ["Russia launched more than 300 drones and around 40 missiles at Ukraine overnight, concentrating on gas production facilities in the Poltava and Kharkov regions, Ukraine's energy ministry said.",
     "Naftogaz said several of its sites had been damaged, the second large attack on its facilities in a fortnight."],
    "strikes", "strikes", 3, GAS, a="Peter Lumb"),
  E("2025-10-16 07:40", "Baltic states ask EU to speed up funding for drone defences",
    ["Estonia, Latvia and Lithuania want the European Union to release money for a network of sensors and interceptors along the bloc's eastern border sooner than planned, their defence ministers said in a joint letter."],
    "other", "security", 2, "baltic-drone-defence-funding-2025-10-16", a="Peter Lumb", n="Procurement by non-parties -> other/security."),
  ]))

SEEDS.append(dict(id="5831", name="5831_ivelmoor-textlive", ext="txt", source="Ivelmoor Times", zone="Europe/Kyiv", render=r_ivelmoor,
  title="Live: Russian strikes hit gas production; Trump speaks to Putin", dateline="Thursday 16 October 2025",
  lede="Follow our coverage of the war in Ukraine. All times are Kyiv time.",
  notes="Invented outlet. Text live blog, OLDEST first; each post is the headline, then a line 'Updated 07:15 EEST by NAME' AFTER the headline (EEST = UTC+3), then the body. Entry 04 repeats entry 01 verbatim (duplicate_of 5831-01). Entry 02 continues day 1's Zaporizhzhia story (eighth victim, day of mourning: same slug). Entry 03 (the delegation's Washington meetings) must not merge with the Trump-Putin call. " + D2,
  not_entries=["masthead and menu", "title and date line", "intro line 'Follow our coverage ... All times are Kyiv time.'", "'Updated ... by ...' lines (stamps and authors)", "subscription plug", "'This live page has now closed.' and footer"],
  entries=[
  E("2025-10-16 07:15", "Massive strike on gas production in Poltava and Kharkiv regions", GAS1,
    "strikes", "strikes", 3, GAS, a="Olena Marchuk"),
  E("2025-10-16 09:40", "Zaporizhzhia mourns as toll rises to eight",
    ["A day of mourning is being held in Zaporizhzhia after the number of people killed in Tuesday night's strike rose to eight, governor Ivan Fedorov said.",
     "A 54-year-old man died in hospital early on Thursday."],
    "strikes", "strikes", 3, ZAP, a="Andrii Bezuhlyi", n="Continuation of day 1's story with a new development (eighth death, mourning): keeps the day-1 slug; carried by two day-2 seeds (5831, 5833)."),
  E("2025-10-16 12:20", "Ukrainian delegation meets US defence firms in Washington",
    ["Prime Minister Yulia Svyrydenko and a group of Ukrainian officials met executives of American defence companies in Washington to discuss buying more air defence systems, her office said.",
     "The talks are meant to prepare the ground for Friday's meeting between Volodymyr Zelensky and Donald Trump."],
    "diplomacy", "diplomacy", 2, "ukrainian-delegation-washington-talks-2025-10-16", a="Olena Marchuk", sec=["aid"],
    n="Diplomatic visit (arms purchases secondary); same theme as the Trump-Putin call, different event: must not merge."),
  E("2025-10-16 14:55", "Massive strike on gas production in Poltava and Kharkiv regions", GAS1,
    "strikes", "strikes", 1, GAS, a="Olena Marchuk", dup="5831-01", n="Verbatim repeat of 5831-01 -> importance 1."),
  E("2025-10-16 21:35", "Trump says he spoke with Putin for over two hours",
    ["Donald Trump said he had a long and productive call with Vladimir Putin and that the two had agreed on a meeting in Budapest, without giving a date.",
     "The Kremlin confirmed the call had taken place and said it was held at Moscow's initiative."],
    "diplomacy", "diplomacy", 3, CALL, a="Andrii Bezuhlyi"),
  E("2025-10-16 23:20", "Kyiv region toll rises to two",
    ["A second person has died in the Kyiv region as a result of last night's attack on energy facilities, the regional military administration said.",
     "More than 20,000 households in the region are still without power."],
    "strikes", "strikes", 3, GAS, a="Andrii Bezuhlyi", n="23:20 EEST = 20:20 UTC, still 16 October UTC."),
  ]))

SEEDS.append(dict(id="5832", name="5832_kittering-worldrss", ext="xml", source="Kittering Dispatch", zone="Africa/Johannesburg", render=r_rss, rfc="num", cdata=False,
  title="Kittering Dispatch | World", url="https://kittering.example", lede="World news from the Kittering Dispatch",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0200 (South African time), plain-text descriptions, no authors. Four of six items are off-beat (Madagascar, Kenya, the rand, rugby). Spelling 'Kharkov'. " + D2,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  E("2025-10-16 22:40", "Trump, Putin plan Budapest meeting after phone call",
    ["US President Donald Trump and Russian leader Vladimir Putin spoke by phone on Thursday and agreed to hold a summit in Hungary, according to Trump, who said he hoped it would help end the war in Ukraine."],
    "diplomacy", "diplomacy", 3, CALL, cat="World"),
  OFF("2025-10-16 19:15", "Madagascar colonel to be sworn in as president on Friday",
      ["The colonel who seized power in Madagascar this week will take the oath of office on Friday, the presidency said, as the African Union suspended the country."],
      "madagascar-military-takeover-2025", n="Madagascar politics.", cat="Africa"),
  OFF("2025-10-16 15:30", "Kenya declares national mourning for Raila Odinga",
      ["President William Ruto declared seven days of national mourning after the death of former prime minister Raila Odinga, who died in India at the age of 80."],
      "raila-odinga-death", n="Kenya.", cat="Africa"),
  OFF("2025-10-16 12:05", "Rand firms as gold rally continues",
      ["The rand strengthened against the dollar on Thursday, helped by record gold prices and expectations of lower US interest rates."],
      "rand-gold-2025-10-16", n="markets.", cat="Business"),
  E("2025-10-16 09:50", "Russia strikes Ukraine's gas network as winter nears",
    ["Russia hit gas production sites in Ukraine's Poltava and Kharkov regions overnight with missiles and drones, Ukrainian officials said, and one person was killed in the Kyiv region."],
    "strikes", "strikes", 3, GAS, cat="World"),
  OFF("2025-10-16 07:20", "Springboks name squad for end-of-year tour",
      ["South Africa's coach named a 36-man squad for the November tests in Europe, including four uncapped players."],
      "springboks-november-squad", n="rugby.", cat="Sport"),
  ]))

SEEDS.append(dict(id="5833", name="5833_loweswick-atom", ext="xml", source="Loweswick Review", zone="UTC", render=r_atom, content="xhtml",
  title="Loweswick Review: Ukraine", url="https://loweswick.example/ukraine",
  notes="Invented outlet. Atom feed, newest first, <published> in Z, XHTML content, an author per entry. Entry 04 re-posts day 1's analysis 5820-04 nearly verbatim (same headline, same byline): importance 1 (re-post of a day-1 entry). Entry 03 continues day 1's Zaporizhzhia story. Entry 02 (Feodosia oil depot) must not merge with the Russian strike on gas facilities. " + D2,
  not_entries=["feed title/link/id/updated", "<id> and <updated> of each entry"],
  entries=[
  E("2025-10-16 20:55", "Putin and Trump talk by phone, agree aides will meet next week",
    ["The Kremlin said Vladimir Putin told Donald Trump during Thursday's call that supplying Tomahawk missiles to Ukraine would not change the situation on the battlefield but would damage relations.",
     "Both sides said their advisers would meet next week to prepare a summit in Budapest."],
    "diplomacy", "diplomacy", 3, CALL, a="Rhodri Vance"),
  E("2025-10-16 16:10", "Drones hit oil depot in Crimea's Feodosia",
    ["Ukrainian drones set fire to an oil depot in Feodosia in occupied Crimea overnight, the Russian-installed authorities said, while Ukraine's navy said the site supplied fuel to Russian forces."],
    "strikes", "strikes", 2, "feodosia-oil-depot-strike-2025-10-16", a="Rhodri Vance", n="Ukrainian strike on an energy site: same theme as " + GAS + ", different event: must not merge."),
  E("2025-10-16 12:30", "Eighth victim of Zaporizhzhia strike dies in hospital",
    ["A man injured in the strike on Zaporizhzhia on Tuesday night has died in hospital, bringing the number of dead to eight, regional officials said.",
     "The city is holding a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Nia Carrick", n="Continuation of day 1's story (same slug)."),
  E("2025-10-16 09:00", "Analysis: why the Purl scheme matters for Ukraine's air defence", PURL_P[:2],
    "aid", "aid", 1, PURL, a="Tom Aldous", n="Re-post of day-1 entry 5820-04 (same headline and byline, first two paragraphs verbatim) -> importance 1."),
  E("2025-10-16 06:45", "Gas production sites hit in Poltava region",
    ["Several gas production facilities in the Poltava region were damaged in a large Russian missile and drone attack overnight, the regional governor said.",
     "Firefighters were working at three sites."],
    "strikes", "strikes", 3, GAS, a="Nia Carrick"),
  ]))

# ---------- Day 3: Saturday 2025-12-06 (UTC) ----------
BAR = "russian-mass-strike-energy-rail-2025-12-06"
MIA = "us-ukraine-talks-miami-2025-12-06"
LON = "zelensky-london-meeting-announced-2025-12-06"
KHE = "kherson-bus-stop-shelling-2025-12-06"
D3 = "Day 3 (UTC 2025-12-06): main story " + BAR + " (injured three -> seven; spelled Fastiv / Fastov / Fastiw, Kyiv / Kiev)."
BAR1 = ["The railway station in Fastiv was engulfed in flames after a Russian strike overnight, while energy facilities in the Kyiv, Chernihiv and Odesa regions were also hit, officials said.",
        "Three people were injured, according to preliminary reports."]

SEEDS.append(dict(id="5840", name="5840_mardlebury-worldrss", ext="xml", source="Mardlebury World", zone="UTC", render=r_rss, rfc="GMT", cdata=True,
  title="Mardlebury World: Top stories", url="https://mardlebury.example", lede="The day's main stories from the Mardlebury World desk",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA descriptions, no authors. Four of six items are off-beat (World Cup schedule, Sumatra floods, Sri Lanka cyclone, Australian social media ban). Spellings 'Fastov', 'Kiev'. " + D3,
  not_entries=["channel title/link/description/language", "<category> and <guid> values"],
  entries=[
  OFF("2025-12-06 21:30", "Fans pore over World Cup schedule after draw",
      ["Football fans around the world were studying their teams' paths through next year's World Cup after FIFA published the full match schedule following Friday's draw in Washington."],
      "world-cup-draw-2026", n="football.", cat="Sport"),
  E("2025-12-06 18:05", "Zelensky to meet European leaders in London on Monday",
    ["Ukraine's president will travel to London on Monday for talks with the leaders of Britain, France and Germany on the US-led peace effort, Downing Street said."],
    "diplomacy", "diplomacy", 3, LON, cat="Europe", n="Separate from the Miami talks: must not merge with " + MIA + "."),
  OFF("2025-12-06 14:40", "Search continues in flood-hit Sumatra",
      ["Rescue teams on Indonesia's Sumatra island were still searching for hundreds of people missing after floods and landslides, the disaster agency said."],
      "sumatra-floods-2025", n="natural disaster.", cat="Asia"),
  OFF("2025-12-06 11:15", "Sri Lanka appeals for help to rebuild after cyclone",
      ["Sri Lanka's government asked international donors for help to rebuild roads, bridges and homes destroyed by last week's cyclone."],
      "sri-lanka-cyclone-recovery", n="natural disaster.", cat="Asia"),
  E("2025-12-06 08:20", "Russia fires hundreds of drones at Ukraine's power network",
    ["Russia launched nearly 600 drones and dozens of missiles at Ukraine overnight, striking power plants and the railway hub of Fastov near Kiev, Ukrainian officials said; at least three people were injured."],
    "strikes", "strikes", 3, BAR, cat="Europe"),
  OFF("2025-12-06 05:45", "Australia's social media ban for under-16s starts next week",
      ["Australian teenagers under 16 will be barred from holding accounts on major social media platforms from Wednesday, and companies face large fines if they fail to comply."],
      "australia-social-media-ban", n="Australian regulation.", cat="Asia"),
  ]))

SEEDS.append(dict(id="5841", name="5841_nethergill-textlive", ext="txt", source="The Nethergill Standard", zone="America/New_York", render=r_nethergill,
  title="Russia-Ukraine war: Fastiv rail hub hit in massive overnight attack as Miami talks go on", byline="Dana Whitcombe",
  notes="Invented outlet (US). Text live blog, NEWEST first, one page byline (author of every post); 'Key Points' bullets list the headlines of 5841-01 and 5841-06. Stamps are US Eastern ('1:20 p.m. ET', EST = UTC-5) under the date header 'Saturday, Dec. 6, 2025' (AP-style month). Entry 02 is the day's theme piece (analysis of grid repairs). Entry 07 (Russian claim of downed Ukrainian drones) must not merge with the Russian barrage. " + D3,
  not_entries=["masthead and sections menu", "title", "byline 'By Dana Whitcombe' (author, not an entry)", "'Key Points' header and its two bullets (pointers to posts 01 and 06)",
               "date header 'Saturday, Dec. 6, 2025'", "newsletter line", "copyright line"],
  entries=[
  E("2025-12-06 13:20", "Talks in Miami stretch into third day",
    ["Ukrainian and US negotiators met for a third straight day in Miami on Saturday, with Ukraine's security council secretary Rustem Umerov calling the discussions detailed and honest.",
     "Special envoy Steve Witkoff and Jared Kushner led the American side."],
    "diplomacy", "diplomacy", 3, MIA, a="Dana Whitcombe", kp=True, n="Key Points; carried by two day-3 seeds."),
  E("2025-12-06 11:45", "Analysis: how Ukraine keeps the lights on under fire",
    ["Ukraine's grid operator now repairs most damaged substations within days, drawing on spare transformers stockpiled abroad and on hundreds of small gas-fired units spread across the country.",
     "But every large attack eats into those reserves, and engineers warn that the system has little margin left for the coldest weeks of January."],
    "strikes", "strikes", 2, "analysis-ukraine-grid-resilience", a="Dana Whitcombe", n="Theme piece (analysis with a body): own story, importance 2; must not merge with " + BAR + "."),
  E("2025-12-06 10:05", "Kherson shelling kills man at bus stop",
    ["A 61-year-old man was killed and two women wounded when Russian artillery shelled a bus stop in Kherson's Dniprovskyi district, the regional governor said."],
    "strikes", "strikes", 3, KHE, a="Dana Whitcombe", n="Deadly shelling, separate from the overnight barrage: must not merge."),
  E("2025-12-06 08:30", "Injured in overnight barrage rises to seven, Kyiv says",
    ["Seven people were injured in the overnight attack, Ukraine's interior ministry said, most of them in the Kyiv region, where the Fastiv railway station was badly damaged.",
     "The ministry said Russia had launched 598 drones and 48 missiles, and that most had been shot down."],
    "strikes", "strikes", 3, BAR, a="Dana Whitcombe"),
  E("2025-12-06 06:50", "US and Ukrainian negotiators to meet again Saturday",
    ["Ukraine's delegation will hold another round of talks with US envoys in Miami on Saturday after two days of meetings ended without an agreement, a Ukrainian official said."],
    "diplomacy", "diplomacy", 3, MIA, a="Dana Whitcombe"),
  E("2025-12-06 04:15", "Fastiv rail hub hit as Russia launches massive attack",
    ["Russia attacked Ukraine with hundreds of drones and dozens of missiles overnight, hitting energy facilities in several regions and setting the railway station in Fastiv, south-west of Kyiv, on fire, officials said.",
     "Ukraine's state railway said trains on several routes would be delayed."],
    "strikes", "strikes", 3, BAR, a="Dana Whitcombe", kp=True, n="Key Points."),
  E("2025-12-06 01:05", "Russia says its air defenses downed 116 Ukrainian drones",
    ["Russia's defense ministry said its air defense units had destroyed 116 Ukrainian drones over several regions overnight, including the Bryansk and Voronezh regions."],
    "strikes", "strikes", 2, "russia-says-ukrainian-drones-downed-2025-12-06", a="Dana Whitcombe", n="Interceptions of Ukrainian drones over Russia: must not merge with " + BAR + "."),
  ]))

SEEDS.append(dict(id="5842", name="5842_quenstow-htmllive", ext="html", source="Quenstow Monitor", zone="Europe/Kyiv", render=r_quenstow,
  title="Live: Fastiv station burns after Russia's biggest attack in weeks", dateline="Saturday 6 December 2025", url="https://quenstow.example/live/2025-12-06",
  notes="Invented outlet. HTML live blog, OLDEST first. JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate list in which every update carries the PAGE's headline and datePublished (07:10) rather than its own: take times from the visible <time datetime> (+02:00, EET) instead. Signature line after the body gives the author. Entry 02 is a video teaser without body; entry 06 repeats entry 01 verbatim (duplicate_of 5842-01). " + D3,
  not_entries=["header and menu", "h1 title", "date line", "signature lines (authors)", "evening-briefing promo", "footer", "JSON-LD update headlines/times (page values, not per update)"],
  entries=[
  E("2025-12-06 07:10", "Massive overnight strike: Fastiv station on fire, energy sites hit", BAR1,
    "strikes", "strikes", 3, BAR, a="Yaryna Sokil"),
  E("2025-12-06 08:25", "Watch: Fastiv station ablaze", [],
    "strikes", "strikes", 1, BAR, n="Video teaser without body -> importance 1."),
  E("2025-12-06 10:50", "Army says defenders still hold northern Pokrovsk",
    ["Ukraine's army said its units were still holding positions in the northern part of Pokrovsk, rejecting Russian claims that the town had been fully captured.",
     "It said small Russian groups were trying to infiltrate the neighbouring town of Myrnohrad."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-12-06", a="Taras Oliinyk"),
  E("2025-12-06 16:15", "Ryazan refinery on fire after drone attack",
    ["A fire broke out at the oil refinery in Ryazan after a Ukrainian drone attack, the regional governor said, adding that no one was hurt.",
     "Ukraine's General Staff confirmed the strike and said the plant supplies fuel to the Russian army."],
    "strikes", "strikes", 2, "ukraine-drone-strike-ryazan-refinery-2025-12-06", a="Yaryna Sokil", n="Ukrainian strike on Russian energy: must not merge with " + BAR + "."),
  E("2025-12-06 17:30", "Delegations resume talks in Miami",
    ["Ukraine's negotiators, led by Rustem Umerov and the army chief Andrii Hnatov, resumed talks with the American team in Miami, the presidential office said."],
    "diplomacy", "diplomacy", 3, MIA, a="Taras Oliinyk"),
  E("2025-12-06 18:40", "Massive overnight strike: Fastiv station on fire, energy sites hit", BAR1,
    "strikes", "strikes", 1, BAR, a="Yaryna Sokil", dup="5842-01", n="Verbatim repeat of 5842-01 (re-published block) -> importance 1."),
  ]))

SEEDS.append(dict(id="5843", name="5843_sallowfield-article", ext="txt", source="Sallowfield Times", zone="Europe/Warsaw", render=r_article,
  title="Ukraine's railways and power plants hit in massive raid; Zelensky heads to London", byline="Joanna Wierzbicka", dateline="6 December 2025, 20:15 CET",
  crumb="World \u203a Ukraine", lede="Saturday's attack was one of the largest of the war, Ukrainian officials said.", more="Poland's air force on alert during Russian raids",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '6 December 2025, 20:15 CET' (UTC+1 = 19:15 UTC); the page byline is every section's author. Polish spelling 'Fastiw'. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2025-12-06 20:15", "Rail and power targeted in overnight raid",
    ["Russian drones and missiles hit the railway junction at Fastiw, near Kyiv, and power plants in at least five regions during the night, Ukraine's energy ministry said.",
     "Seven people were injured, and rail traffic between Kyiv and the west of the country was disrupted for several hours."],
    "strikes", "strikes", 3, BAR, a="Joanna Wierzbicka"),
  E("2025-12-06 20:15", "Zelensky heads to London",
    ["Volodymyr Zelensky will meet Keir Starmer, Emmanuel Macron and Friedrich Merz in London on Monday to discuss the American peace proposals, the British government said.",
     "European leaders want any agreement to include firm security guarantees for Ukraine."],
    "diplomacy", "diplomacy", 3, LON, a="Joanna Wierzbicka"),
  E("2025-12-06 20:15", "Kherson mourns bus-stop victim",
    ["In Kherson, a man was killed by Russian shelling while waiting for a bus in the morning, the city's military administration said, the latest victim of near-daily attacks on the city from across the Dnipro river."],
    "strikes", "strikes", 3, KHE, a="Joanna Wierzbicka"),
  ]))


BASIS = {
    "r_swep": "bare stamp '{s}' under the page header '07:02, 3 Oct 2025' (the only date on the page); UK local time, BST = UTC+1",
    "r_derry": "stamp line '{s}' printed after the item's text (full date, 24 h, BST = UTC+1)",
    "r_nelson": "bare stamp '{s}' under the day header for {d} (no year printed: parse_args --date 2025-10-31); NZDT = UTC+13, so the UTC day is the previous day for afternoon times",
    "r_hbt": "no per-section time; the article dateline '11 Nov, 2025 08:15 AM' (NZDT, UTC+13) is used for every section; JSON-LD datePublished 2025-11-10T19:15:00.000Z agrees",
    "r_riyadh": "meta line '{s}' (full date, 24 h); no zone printed, Saudi time implied by the outlet (UTC+3)",
    "r_ina": "stamp '{s}' (day/month/year, 12 h); no zone printed, Baghdad time implied by the outlet (UTC+3)",
    "r_kabar": "bare stamp '{s}' under the day header for {d} (no year printed: parse_args --date 2025-11-27); Bishkek time (UTC+6) implied by the outlet",
    "r_irna": "pubDate '{s}' (explicit GMT); Tehran local time is UTC+03:30",
    "r_pna": "stamp '{s}' (full date, 12 h); no zone printed, Philippine time implied by the outlet (UTC+8)",
    "r_mi": "<published> '{s}' (explicit Z); Maldives local time is UTC+5",
    "r_frayling": "stamp '{s}' on the page's date line (Wednesday 15 October 2025); BST = UTC+1",
    "r_gorsewick": "stamp '{s}' with <time datetime> (+03:00) under the date line for {d}; JSON-LD update datePublished agrees",
    "r_rss": "pubDate '{s}' (explicit zone)",
    "r_atom": "<published> '{s}' (explicit offset)",
    "r_article": "no per-section time; the article dateline ({d}, {z}) is used for every section",
    "r_hollinbrook": "stamp '{s}' on the page's date line for {d}; BST = UTC+1",
    "r_ivelmoor": "stamp line '{s}' after the headline, on the page's date line for {d}; EEST = UTC+3",
    "r_nethergill": "stamp '{s}' under the date header for {d}; US Eastern, EST = UTC-5",
    "r_quenstow": "stamp '{s}' with <time datetime> (+02:00) on {d}; the JSON-LD updates all carry the page's datePublished, not their own time",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
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
        total += len(ents)
        print(f"{fn:45s} {len(ents):2d}  {S['zone']:18s} {sorted({x['published'][:10] for x in ents})}")
    print("total entries", total)


if __name__ == "__main__":
    main()

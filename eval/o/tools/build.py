#!/usr/bin/env python3
"""Builds eval/o seeds and gold files from the hand-written data table below.
All news text is invented or paraphrased by the tester. Deterministic.
Run from anywhere: python3 eval/o/tools/build.py"""
import json, html, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, rel=None, repost=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp,
             dup=dup, n=n, rel=rel, repost=repost)
    d.update(kw)
    return d


def OFF(t, h, p, note, a=None, **kw):
    return E(t, h, p, "other", "unrelated", 1, "offbeat-" + re.sub(r"[^a-z0-9]+", "-", h.lower()).strip("-")[:40].strip("-"),
             a=a, n="off-beat: " + note, **kw)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z"\u201c\u2018\']|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", dots=False, upper=False, space=""):
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# =============================================================== renderers (Part A)
def r_jpost(S):
    """Jerusalem Post live page, text scrape. Stamp line 'MARCH 16, 2022 22:40' under 'By NAME'."""
    z = S["zone"]
    L = ["Skip to main content", "The Jerusalem Post", "Israel News", "Middle East", "Diaspora", "Opinion", "Business",
         "Premium", "Subscribe", "Login", "", "Advertisement", "", S["title"], "",
         "Follow the 'Jerusalem Post' for live updates on Russia's war in Ukraine, on the 21st day of the invasion.", "",
         "By JERUSALEM POST STAFF", "Published: MARCH 16, 2022 08:55", "Updated: MARCH 16, 2022 22:51", "",
         "(photo credit: REUTERS)", "", "Facebook", "Twitter", "Email", "Whatsapp", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%B").upper() + d.strftime(" %-d, %Y %H:%M")
        stamps.append(st)
        L += [e["h"], ""]
        if e["a"]:
            L += ["By " + e["a"]]
        L += [st, ""]
        L += paras(e["p"])
        if i == 1:
            L += ["Read more", "Mariupol residents describe weeks under siege", "", "Advertisement", ""]
        if i == 4:
            L += ["Stay updated with the latest news!", "Subscribe to The Jerusalem Post Newsletter", "Subscribe Now", ""]
    L += ["Related Content", "Bennett to Putin: Israel ready to help mediate", "Ukrainian refugees arrive at Ben-Gurion Airport", "",
          "Copyright © 2022 Jpost Inc. All rights reserved", "Terms of Use", "Privacy Policy", "Cookie Settings"]
    return "\n".join(L) + "\n", stamps


def r_scotsman(S):
    """The Scotsman live blog scrape: 'AdvertisementHide Ad', '21:35' stamps, date only in Published/Updated lines."""
    z = S["zone"]
    L = ["The Scotsman", "News", "Sport", "Business", "Opinion", "Arts and Culture", "Food and Drink", "Subscribe", "",
         "World", "", S["title"], "",
         "The United Nations Secretary-General is in Kyiv for talks with President Volodymyr Zelensky, as Russia presses its offensive in the east.", "",
         "By Kirsty MacLennan", "Published 28th Apr 2022, 07:48 BST", "Updated 28th Apr 2022, 21:41 BST", "",
         "AdvertisementHide Ad", "", "Show new updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%H:%M")
        stamps.append(st)
        L += [st, "", e["h"], ""] + paras(e["p"])
        if i in (1, 4):
            L += ["AdvertisementHide Ad", ""]
        if i == 3:
            L += ["Sign up to our World newsletter", "Sign up", ""]
    L += ["Back to top", "", "Comments", "", "Cookie Settings", "Terms and Conditions", "© 2022 National World Publishing Ltd."]
    return "\n".join(L) + "\n", stamps


def r_stuff(S):
    """Stuff NZ live scrape: '9.40pm' stamps, some posts without a headline, date in the head and 'NZ time' note."""
    z = S["zone"]
    L = ["Stuff", "Home", "National", "World", "Climate change", "Business", "Sport", "", "Live", "",
         S["title"], "",
         "Follow the latest developments in the war in Ukraine. All times are NZ time.", "",
         "Stuff reporters and wires", "12:02, May 17 2023", "", "SHARE", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = ampm(d, sep=".")
        stamps.append(st)
        L += [st]
        if e["h"]:
            L += [e["h"]]
        L += [""] + paras(e["p"])
        if i == 2:
            L += ["Advertisement", "", "Advertise with Stuff", ""]
    L += ["Stuff", "About Stuff", "Contact us", "Privacy policy", "Terms and conditions", "We use cookies to improve your experience. Accept"]
    return "\n".join(L) + "\n", stamps


def r_liga(S):
    """LIGA.net English news feed scrape: date divider, 'HH:MM' line, headline, one lead paragraph, tag line."""
    z = S["zone"]
    L = ["LIGA.net", "UA", "EN", "", "News", "Politics", "Economics", "Opinions", "War", "", "All news", "",
         "Wednesday, 12 July 2023", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%H:%M")
        stamps.append(st)
        L += [st, e["h"]] + e["p"] + [e["tag"], ""]
        if i == 2:
            L += ["Subscribe to LIGA.net on Telegram: only verified information", ""]
    L += ["Load more", "", "Tuesday, 11 July 2023", "", "All rights reserved. LIGA.net, 2023", "We use cookies"]
    return "\n".join(L) + "\n", stamps


def r_brussels(S):
    """Brussels Times style live page, HTML without JSON-LD, date dividers, 'HH:MM' stamps, CEST note."""
    z = S["zone"]
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           f"<title>{esc(S['title'])} | The Brussels Times</title>",
           '<meta name="description" content="Live updates on Russia\'s war in Ukraine and the EU summit in Brussels."></head><body>',
           '<div class="cookie-bar">This website uses cookies. <button>Accept</button></div>',
           '<header class="bt-header"><a href="/">The Brussels Times</a><nav><a href="/belgium">Belgium</a> <a href="/eu-affairs">EU Affairs</a> <a href="/business">Business</a> <a href="/newsletter">Newsletter</a></nav></header>',
           '<main><article class="live">', f'<h1 class="headline">{esc(S["title"])}</h1>',
           '<p class="intro">Follow our live coverage as EU leaders meet in Brussels to decide whether Ukraine and Moldova become candidates to join the bloc.</p>',
           '<p class="tz">All times are Brussels time (CEST).</p>']
    stamps = []
    cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if e["day"] != cur:
            cur = e["day"]
            out.append(f'<div class="live-date-divider">{esc(cur)}</div>')
        st = d.strftime("%H:%M")
        stamps.append(st)
        out.append('<div class="live-item">')
        out.append(f'<span class="live-time">{st}</span>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if e["a"]:
            out.append(f'<p class="live-author">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="related">Related: <a href="/belgium/belgian-army-sends-more-equipment">Belgium\'s military aid so far, explained</a></div>')
    out.append('</article></main><footer><p>The Brussels Times &copy; 2022</p><p><a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p></footer></body></html>')
    return "\n".join(out) + "\n", stamps


def r_twz(S):
    """The War Zone style 'Ukraine Situation Report' article: NewsArticle JSON-LD, h2 sections, dateline EDT."""
    z = S["zone"]
    pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"],
          "datePublished": pub.isoformat(), "dateModified": (pub + timedelta(minutes=52)).isoformat(),
          "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "Organization", "name": "The War Zone"}}
    datetext = pub.strftime("%b %-d, %Y ") + ampm(pub, upper=True, space=" ") + " EDT"
    S["datetext"] = datetext
    out = ['<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="logo" href="/">The War Zone</a> <a href="/news-features">News &amp; Features</a> <a href="/air">Air</a> <a href="/sea">Sea</a> <a href="/land">Land</a> <a href="/newsletter">Newsletter</a></header>',
           '<article><div class="eyebrow">Ukraine Situation Report</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<p class="dek">{esc(S["dek"])}</p>',
           f'<div class="byline">By <a href="/author/x">{esc(S["author"])}</a></div>',
           f'<div class="dates">Published {datetext}</div>', '<div class="share">Share</div>',
           '<figure><figcaption>An MQ-9 Reaper on a flight line, in a file image. (USAF)</figcaption></figure>',
           f"<p>{esc(S['intro'])}</p>"]
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        if i == 0:
            out.append('<div class="ad">ADVERTISEMENT</div>')
        if i == 1:
            out.append('<aside class="more">More from The War Zone: <a href="/x">Inside the fight for Bakhmut\'s rail yards</a></aside>')
    out.append("<p>Contact the author: tips@twz.example</p></article>")
    out.append('<footer>Subscribe to our newsletter | Terms of Use | Privacy | Do Not Sell My Personal Information</footer></body></html>')
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_dpa(S):
    """dpa international live ticker: LiveBlogPosting JSON-LD with per-update datePublished, <time datetime>."""
    z = S["zone"]
    url = S["url"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{url}#update-{i+1}", "headline": e["h"],
                    "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])})
    first = dt(S["entries"][-1]["t"], z)
    last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "url": url, "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "dpa international"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | dpa international</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<nav class="main-nav"><a href="/">dpa international</a> <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/germany">Germany</a></nav>',
           '<main class="ticker">', f"<h1>{esc(S['title'])}</h1>",
           '<p class="ticker-intro">The latest developments in the war in Ukraine on Friday, 10 May 2024. Times are CEST (UTC+2).</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%H:%M")
        stamps.append(st)
        out.append(f'<div class="ticker-entry" id="update-{i+1}">')
        out.append(f'<time datetime="{d.isoformat()}">{st}</time>')
        out.append(f'<h2 class="ticker-title">{esc(e["h"])}</h2>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<p class="source">(dpa)</p></div>')
        if i == 3:
            out.append('<div class="teaser-box">Read also: <a href="/x">Background: What Russia wants in Kharkiv</a></div>')
    out.append('</main><footer>&copy; dpa Deutsche Presse-Agentur GmbH | Imprint | Privacy</footer></body></html>')
    return "\n".join(out) + "\n", stamps


def r_haaretz(S):
    """Haaretz style live page: recent posts with relative stamps ('12 min ago'), older with '6:05 PM';
    absolute reference only in 'Last updated' line."""
    z = S["zone"]
    upd = dt(S["updated"], z)
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Haaretz.com</title></head><body>",
           '<header><a href="/">Haaretz</a><nav><a href="/israel-news">Israel News</a> <a href="/world-news">World News</a> <a href="/opinion">Opinion</a> <a href="/promotion">Subscribe</a></nav></header>',
           '<main><div class="live-label">LIVE</div>', f"<h1>{esc(S['title'])}</h1>",
           '<p class="subtitle">Russia pounds Ukrainian power plants with missiles two days after Moscow quit the Black Sea grain deal</p>',
           f'<p class="updated">Last updated: {upd.strftime("%b %-d, %Y")} {ampm(upd, upper=True, space=" ")} IST</p>',
           '<div class="share-row">Facebook Twitter Email Gift this article</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if e["rel"]:
            st = e["rel"]
            num, unit = st.split()[0], st.split()[1]
            delta = timedelta(minutes=int(num)) if unit.startswith("min") else timedelta(hours=int(num))
            assert upd - d == delta, (st, d)
        else:
            st = ampm(d, upper=True, space=" ")
        stamps.append(st)
        out.append('<section class="live-post">')
        out.append(f'<div class="post-meta"><span class="post-time">{st}</span>')
        if e["a"]:
            out.append(f'<span class="post-author">{esc(e["a"])}</span>')
        out.append("</div>")
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</section>")
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out.append('<div class="newsletter">Get the Haaretz Today newsletter <button>Sign up</button></div>')
    out.append('</main><footer>&copy; Haaretz Daily Newspaper Ltd. All Rights Reserved</footer></body></html>')
    return "\n".join(out) + "\n", stamps


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def rfc822_gmt(d):
    return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def r_rss(S):
    z = S["zone"]
    fmt = S["fmt"]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['chan'])}</title>", f"<link>{S['link']}</link>",
           f'<atom:link href="{S["link"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f"<description>{esc(S['desc'])}</description>", "<language>en</language>",
           f"<lastBuildDate>{fmt(dt(S['entries'][0]['t'], z))}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = fmt(d)
        stamps.append(st)
        out.append("<item>")
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f"<link>{S['link']}/{S['path']}/{slugify(e['h'])}</link>")
        out.append(f'<guid isPermaLink="false">{S["guid"]}{i+1:03d}</guid>')
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append(f"<pubDate>{st}</pubDate>")
        if e["p"]:
            out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        else:
            out.append("<description></description>")
        if S.get("cat"):
            out.append(f"<category>{esc(e.get('cat') or S['cat'])}</category>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['chan'])}</title>", f"<subtitle>{esc(S['desc'])}</subtitle>",
           f'<link href="{S["link"]}" rel="alternate"/>', f'<link href="{S["link"]}/feed.atom" rel="self"/>',
           f"<id>{S['link']}/</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        stamps.append(st)
        out.append("<entry>")
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f'<link rel="alternate" href="{S["link"]}/{slugify(e["h"])}"/>')
        out.append(f"<id>tag:{S['tag']},{d.strftime('%Y-%m-%d')}:{S['id']}-{i+1}</id>")
        out.append(f"<published>{st}</published>")
        out.append(f"<updated>{st}</updated>")
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        if e["p"]:
            body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
            out.append(f'<summary type="text">{esc(e["p"][0])}</summary>' if S.get("summary") else "")
            out.append(f'<content type="html">{esc(body)}</content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(x for x in out if x) + "\n", stamps


# =============================================================== renderers (Part B, invented outlets)
def r_anselm(S):
    """text live blog, newest first, '4.52pm' stamps (GMT stated in the date line), Key Points with bullets."""
    z = S["zone"]
    L = ["Anselm Daily", "Home | World | UK | Business | Sport | Culture | Puzzles", "", S["title"], "",
         "Saturday 14 January 2023 · All times GMT", "",
         "Russia launched two waves of missiles at Ukraine on Saturday, hitting Kyiv, Kharkiv and Dnipro, while Britain said it would send battle tanks.", "",
         "Key Points"]
    L += ["• " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = ampm(d, sep=".")
        stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += ["By " + e["a"]]
        L += [""] + paras(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Sign up for the Anselm Daily morning briefing", "Enter your email address", "Sign up", ""]
    L += ["This blog is now closed.", "", "Share on Facebook", "Share on Twitter", "Copy link", "", "Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_birchgate(S):
    """HTML live blog, oldest first, LiveBlogPosting JSON-LD, <time datetime> with +02:00, 'HH:MM' Kyiv shown."""
    z = S["zone"]
    url = S["url"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{url}#p{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z)
    last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Birchgate Review"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Birchgate Review</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="masthead"><a href="/">Birchgate Review</a> <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/account">My account</a></header>',
           "<main>", f"<h1>{esc(S['title'])}</h1>",
           '<p class="standfirst">Follow the day\'s events as they happen. Oldest updates at the top; all times are Kyiv time (EET, UTC+2).</p>',
           '<p class="dateline">14 January 2023</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%H:%M")
        stamps.append(st)
        out.append(f'<article class="update" id="p{i+1}">')
        out.append(f'<header><time datetime="{d.isoformat()}">{st}</time>')
        if e["a"]:
            out.append(f'<span class="by">{esc(e["a"])}</span>')
        out.append("</header>")
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share">Share this update</div></article>')
        if i == 3:
            out.append('<div class="promo">Most read: <a href="/x">How Ukraine keeps the lights on</a></div>')
    out.append("</main><footer>Birchgate Review &middot; Terms &middot; Cookies</footer></body></html>")
    return "\n".join(out) + "\n", stamps


def r_eskdale(S):
    """text scrape of a single article with section headings; one dateline."""
    z = S["zone"]
    pub = dt(S["published"], z)
    L = ["Eskdale Report", "Menu", "Search", "", "WORLD", "", S["title"], "",
         "Moscow's latest barrage hits homes and power plants; London moves first on Western tanks", "",
         "By " + S["author"], pub.strftime("%-d January %Y") + " • " + pub.strftime("%H:%M") + " GMT", "",
         "Share", "Save", "",
         "Russia fired dozens of missiles at Ukraine on Saturday in one of its heaviest attacks of the winter.", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + paras(e["p"])
        if i == 0:
            L += ["Advertisement", ""]
    L += ["More on this story", "Why the grid keeps going dark", "The tank debate, explained", "",
          "© Eskdale Report 2023"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_farrowby(S):
    """text live blog, oldest first; stamp line '09.15 GMT | Name'."""
    z = S["zone"]
    L = ["FARROWBY TIMES", "", "LIVE", S["title"], "", "Sunday, 15 January 2023", "Updates in GMT, oldest first", "",
         "Rescuers in Dnipro are searching for survivors a day after a Russian missile destroyed part of an apartment block.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%H.%M") + " GMT"
        stamps.append(st)
        L += [st + (" | " + e["a"] if e["a"] else ""), e["h"], ""] + paras(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Read more:", "Dnipro attack: what we know", "", "Farrowby Times · Privacy · Cookies"]
    return "\n".join(L) + "\n", stamps


def r_greyfriars(S):
    """HTML live blog without JSON-LD, US style '2:35 p.m. ET' stamps, date heading 'Jan. 15, 2023'."""
    z = S["zone"]
    out = ['<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Greyfriars Post</title>",
           '<meta property="og:site_name" content="Greyfriars Post"></head><body>',
           '<div class="topbar"><a href="/">Greyfriars Post</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></div>',
           '<main class="live-coverage">', f"<h1>{esc(S['title'])}</h1>",
           '<div class="live-byline">By Corinne Baptiste and Walt Emerson</div>',
           '<h4 class="live-date">Jan. 15, 2023</h4>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = ampm(d, dots=True, space=" ") + " ET"
        stamps.append(st)
        out.append('<div class="live-card">')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out.append(f'<div class="card-meta"><span class="ts">{st}</span>' + (f' <span class="card-author">{esc(e["a"])}</span>' if e["a"] else "") + "</div>")
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div><div class="story-continues">Story continues below advertisement</div>')
    out.append('</main><footer>&copy; 1996-2023 Greyfriars Post</footer></body></html>')
    return "\n".join(out) + "\n", stamps


def r_inchcape(S):
    """text live blog, Kyiv bare 'HH:MM' stamps, date '12.02.2025' in head, Key Points plain lines, 'Read also'."""
    z = S["zone"]
    L = ["INCHCAPE CHRONICLE", "News | Ukraine | World | Economy | Opinion", "", "Live | Ukraine", "", S["title"], "",
         "12.02.2025 · times are Kyiv time", "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%H:%M")
        stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if e["a"]:
            L += ["Author: " + e["a"], ""]
        if i == 2:
            L += ["Read also: What Washington wants from Kyiv in a deal", ""]
        if i == 5:
            L += ["Advertisement", ""]
    L += ["Earlier updates", "", "© Inchcape Chronicle. Use of materials is allowed with a hyperlink."]
    return "\n".join(L) + "\n", stamps


def r_kilnworth(S):
    """HTML single article with NewsArticle JSON-LD: one entry, no section headings."""
    z = S["zone"]
    pub = dt(S["published"], z)
    e = S["entries"][0]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": e["h"], "datePublished": pub.isoformat(),
          "author": {"@type": "Person", "name": e["a"]}, "publisher": {"@type": "Organization", "name": "Kilnworth Review"}}
    S["datetext"] = pub.strftime("%-d February %Y, %H:%M GMT")
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">', f"<title>{esc(e['h'])} | Kilnworth Review</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Kilnworth Review <a href="/world">World</a> <a href="/analysis">Analysis</a></header><article>',
           f"<h1>{esc(e['h'])}</h1>", f'<p class="byline">By {esc(e["a"])}</p>', f'<p class="dateline">{S["datetext"]}</p>']
    for i, p in enumerate(e["p"]):
        out.append(f"<p>{esc(p)}</p>")
        if i == 1:
            out.append('<div class="ad">Advertisement</div>')
    out.append('<aside class="related">Related: <a href="/x">Europe scrambles for a seat at the table</a></aside>')
    out.append("</article><footer>Kilnworth Review &copy; 2025</footer></body></html>")
    return "\n".join(out) + "\n", [None]


def r_larchfield(S):
    """HTML live blog, oldest first, @graph JSON-LD with @type array, 'HH:MM GMT' stamps in spans."""
    z = S["zone"]
    url = S["url"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{url}#entry-{i+1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z)
    last = dt(S["entries"][-1]["t"], z)
    node = {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": url + "#live", "headline": S["title"], "url": url,
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
            "liveBlogUpdate": ups, "publisher": {"@id": url + "#org"}}
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "Organization", "@id": url + "#org", "name": "Larchfield Live"},
                                                       {"@type": "WebPage", "@id": url}, node]}
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Larchfield Live</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/">Larchfield Live</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>',
           "<main>", f"<h1>{esc(S['title'])}</h1>", '<p class="lede">Updates through the day, oldest first.</p>',
           '<p class="date">Wednesday 12 February 2025</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%H:%M") + " GMT"
        stamps.append(st)
        out.append(f'<div class="entry" id="entry-{i+1}"><span class="entry-time">{st}</span>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]:
            out.append(f'<p class="entry-byline">Posted by {esc(e["a"])}</p>')
        for p in e["p"]:
            out.append(f"<p>{esc(p)}</p>")
        out.append("</div>")
        if i == 4:
            out.append('<div class="newsletter">Get our Ukraine briefing in your inbox <a href="/signup">Sign up</a></div>')
    out.append("</main><footer>Larchfield Live &middot; About &middot; Privacy</footer></body></html>")
    return "\n".join(out) + "\n", stamps


# =============================================================== PART A: single pages imitating real outlets' layouts
SEEDS = []

SEEDS.append(dict(id="1600", name="1600_jpost-live", ext="txt", source="The Jerusalem Post", zone="Asia/Jerusalem", render=r_jpost,
  fmt="plain text (live page scrape)", imitates="The Jerusalem Post live updates page",
  title="Russia-Ukraine war: Zelensky addresses Congress as Mariupol theater is hit - live updates",
  basis="stamp line '{s}' under the post's byline; printed date and time, Israel local time (IST = UTC+2 before the 25 March DST change)",
  notes="Text scrape of a Jerusalem Post style live page for Wednesday 16 March 2022. Newest first. Each post: headline line, optional 'By NAME' line (names printed in capitals, agency bylines such as 'By REUTERS' kept as printed), a stamp line 'MARCH 16, 2022 22:40' (Israel local time, not stated on the page; IST = UTC+2 on this date), then the body. The last post is a video teaser (headline 'WATCH: ...', no body). 'Published:'/'Updated:' lines and the page byline belong to the page. Author = the post's byline as printed.",
  not_entries=["site navigation lines ('Skip to main content' ... 'Login')", "'Advertisement' markers", "page standfirst 'Follow the ...'", "page byline 'By JERUSALEM POST STAFF' and Published/Updated lines", "'(photo credit: REUTERS)'", "share labels Facebook/Twitter/Email/Whatsapp", "'Read more' link 'Mariupol residents describe weeks under siege'", "newsletter box", "'Related Content' and its two links", "copyright/terms/cookie footer"],
  entries=[
  E("2022-03-16 22:40", "Biden unveils $800 million in new weapons aid for Ukraine",
    ["US President Joe Biden announced an additional $800 million in security assistance for Ukraine, bringing the total approved in the past week to about $1 billion.",
     "The package includes hundreds of Stinger anti-aircraft systems, thousands of anti-armour weapons and, for the first time, small armed drones.",
     "Biden called Russian President Vladimir Putin a war criminal in remarks to reporters later in the day."],
    "aid", "aid", 3, "us-800-million-security-package", a="DANA KORMAN"),
  E("2022-03-16 20:55", "Mariupol council says Russian bomb struck theater sheltering hundreds",
    ["Mariupol's city council said a Russian aircraft dropped a bomb on the city's drama theater, where hundreds of civilians had been sheltering from the fighting.",
     "The number of casualties was not immediately clear, and officials said rubble was blocking the entrance to the basement shelter.",
     "Satellite images taken days earlier showed the word for children painted in large letters on the ground outside."],
    "strikes", "strikes", 3, "mariupol-drama-theater-bombing", a="ARIEL SHANI"),
  E("2022-03-16 18:10", "Zelensky invokes Pearl Harbor and 9/11 in address to US Congress",
    ["Ukrainian President Volodymyr Zelensky told American lawmakers that his country was living through its own Pearl Harbor and its own September 11 every day.",
     "Speaking by video link, he renewed his call for a no-fly zone and asked for more aircraft and air-defence systems.",
     "Members of Congress gave him a standing ovation before and after the speech."],
    "diplomacy", "diplomacy", 3, "zelensky-addresses-us-congress", a="DANA KORMAN", sec=["aid"]),
  E("2022-03-16 15:30", "Lavrov says neutral status for Ukraine is being seriously discussed",
    ["Russian Foreign Minister Sergei Lavrov said a neutral status for Ukraine, along the lines of Austria or Sweden, was now being seriously discussed in talks with Kyiv.",
     "Ukraine's negotiators said their positions had not changed and that any deal would need security guarantees."],
    "diplomacy", "diplomacy", 2, "russia-ukraine-neutrality-talks", a="REUTERS"),
  E("2022-03-16 13:05", "World Court orders Russia to halt military operations in Ukraine",
    ["The International Court of Justice in The Hague ordered Russia to immediately suspend the military operations it began on February 24.",
     "The ruling, passed by 13 votes to two, came in a case brought by Ukraine, which accuses Moscow of falsely using genocide claims to justify the invasion.",
     "The court has no means of enforcing its orders."],
    "diplomacy", "diplomacy", 3, "icj-orders-russia-halt-operations", a="TOVAH LEVINSON"),
  E("2022-03-16 11:20", "Bennett speaks with Zelensky again as Israel pursues mediation",
    ["Prime Minister Naftali Bennett held another phone call with Zelensky, his office said, as Israel continued its efforts to help bring the two sides closer.",
     "The call was the latest in a series that has included several conversations with Putin since the invasion began."],
    "diplomacy", "diplomacy", 2, "bennett-zelensky-call-mediation", a="TOVAH LEVINSON"),
  E("2022-03-16 09:15", "WATCH: Volunteers in Lviv weave camouflage nets for the front",
    [], "other", "humanitarian", 1, "lviv-volunteers-camouflage-nets",
    n="Video teaser with no body: importance 1."),
  ]))

SEEDS.append(dict(id="1601", name="1601_scotsman-live", ext="txt", source="The Scotsman", zone="Europe/London", render=r_scotsman,
  fmt="plain text (live blog scrape)", imitates="The Scotsman live blog",
  title="Ukraine Russia news LIVE: Rockets strike Kyiv during UN chief's visit as Biden seeks $33bn",
  basis="bare 24-hour stamp '{s}'; date {d} from the page's 'Published/Updated 28th Apr 2022 ... BST' lines; BST = UTC+1",
  notes="Text scrape of a Scotsman-style live blog for Thursday 28 April 2022, newest first. Each post: stamp line 'HH:MM' (no date; the date and the zone 'BST' appear only in the Published/Updated lines), blank line, headline, body. 'AdvertisementHide Ad' lines and a newsletter box sit between posts. The page has one byline (Kirsty MacLennan), used as author for every post. Entry 06 is a photo teaser ('Pictured: ...') without body.",
  not_entries=["site navigation", "section label 'World'", "standfirst", "page byline and Published/Updated lines", "'AdvertisementHide Ad' markers", "'Show new updates' button", "newsletter sign-up lines", "'Back to top', 'Comments', cookie and copyright footer"],
  entries=[
  E("2022-04-28 21:35", "Missiles hit Kyiv hours after Guterres meets Zelensky",
    ["Two Russian missiles struck the Shevchenkivskyi district of Kyiv on Thursday evening, shortly after the UN Secretary-General held talks with the Ukrainian president.",
     "Mayor Vitali Klitschko said several people had been taken to hospital and that one of the buildings hit was residential.",
     "Guterres's team said they were safe and shocked that the attack happened so close to their location."],
    "strikes", "strikes", 3, "kyiv-strike-during-guterres-visit", a="Kirsty MacLennan"),
  E("2022-04-28 19:50", "Biden asks Congress for $33 billion to support Ukraine",
    ["Joe Biden has asked Congress to approve a package worth about $33 billion in military, economic and humanitarian help for Ukraine.",
     "The US president said the cost of fighting this war was not cheap, but that caving to aggression would be more costly.",
     "More than $20 billion of the request is for weapons and ammunition."],
    "aid", "aid", 3, "biden-33-billion-request", a="Kirsty MacLennan"),
  E("2022-04-28 17:20", "Guterres calls for accountability after visiting Bucha",
    ["António Guterres visited Bucha and Borodianka, north-west of the capital, before his talks in Kyiv.",
     "He said he fully supported the International Criminal Court's work and urged Russia to cooperate with investigators."],
    "diplomacy", "diplomacy", 3, "guterres-visits-bucha-kyiv", a="Kirsty MacLennan", sec=["humanitarian"]),
  E("2022-04-28 15:05", "Scottish councils prepare to welcome more Ukrainian families",
    ["Local authorities across Scotland are preparing to receive hundreds more Ukrainians arriving under the Scottish Government's super sponsor scheme.",
     "Officials said temporary accommodation, including cruise ships, was being considered as demand grew."],
    "other", "humanitarian", 2, "scotland-ukrainian-refugee-housing", a="Kirsty MacLennan"),
  E("2022-04-28 12:40", "Wallace says UK will send more anti-tank weapons",
    ["Defence Secretary Ben Wallace told MPs that Britain would supply further anti-tank missiles and armoured vehicles to Ukraine in the coming weeks.",
     "He said training for Ukrainian crews was under way in Poland."],
    "aid", "aid", 2, "uk-more-anti-tank-weapons", a="Kirsty MacLennan"),
  E("2022-04-28 10:15", "Pictured: Ukrainian troops dig in near Kharkiv",
    [], "other", "frontline", 1, "ukrainian-troops-kharkiv-photos", a="Kirsty MacLennan",
    n="Photo teaser with no body: importance 1."),
  E("2022-04-28 08:10", "Russian-installed officials say Kherson will switch to the rouble",
    ["Officials installed by Moscow in the occupied region of Kherson said the rouble would come into use from 1 May.",
     "Ukraine's government called the move an attempt to annex the region and said it had no legal force."],
    "other", "politics", 2, "kherson-rouble-switch", a="Kirsty MacLennan"),
  ]))

SEEDS.append(dict(id="1602", name="1602_stuff-live", ext="txt", source="Stuff", zone="Pacific/Auckland", render=r_stuff,
  fmt="plain text (live blog scrape)", imitates="Stuff (NZ) live updates page",
  title="Russia-Ukraine war live: Kyiv says it downed hypersonic missiles; Council of Europe sets up damage register",
  basis="stamp '{s}' (12-hour, dot separator) on the page's date 17 May 2023 (head '12:02, May 17 2023'); 'All times are NZ time' = NZST UTC+12",
  notes="Text scrape of a Stuff-style live page for Wednesday 17 May 2023 (NZ date). Newest first. Stamps like '9.40pm', stated as NZ time (NZST, UTC+12), so every post falls on 17 May UTC too. Some posts have no headline: the stamp line is followed by the body (headline null, first sentence from the body). Byline 'Stuff reporters and wires' is a generic credit, so author null. Entry 07 is a video teaser without body.",
  not_entries=["site navigation", "'Live' label", "standfirst with 'All times are NZ time.'", "'Stuff reporters and wires' credit and '12:02, May 17 2023' page date", "'SHARE'", "'Advertisement' and 'Advertise with Stuff'", "footer links and cookie line"],
  entries=[
  E("2023-05-17 21:40", "Kremlin non-committal on extending grain corridor",
    ["The Kremlin said no decision had yet been taken on prolonging the Black Sea grain arrangement, which is due to lapse this week.",
     "Turkish officials have said they are optimistic that a two-month extension can be agreed."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-extension-2023-05"),
  E("2023-05-17 19:25", "Council of Europe agrees to record war damage caused by Russia",
    ["Leaders meeting in Reykjavik have set up an international register to document losses and damage caused by Russia's invasion of Ukraine.",
     "Supporters say the register is a first step towards a compensation mechanism paid for by Moscow.",
     "More than 40 countries and the European Union signed up on the first day."],
    "diplomacy", "diplomacy", 3, "council-of-europe-damage-register"),
  E("2023-05-17 17:10", None,
    ["Russia's defence ministry has repeated its claim that a Kinzhal hypersonic missile destroyed a Patriot air-defence battery in Kyiv on Tuesday.",
     "American officials say the system suffered only minor damage and remains in operation."],
    "strikes", "strikes", 2, "kyiv-kinzhal-attack-2023-05-16",
    n="Post with no headline: headline null, first sentence from the body."),
  E("2023-05-17 15:30", "New Zealand adds names to Russia sanctions list",
    ["Foreign Minister Nanaia Mahuta has announced sanctions on a further group of Russian individuals and entities linked to the war.",
     "Mahuta said the measures targeted people involved in spreading disinformation and in the deportation of Ukrainian children."],
    "diplomacy", "diplomacy", 2, "nz-sanctions-russia-2023-05-17"),
  E("2023-05-17 13:55", None,
    ["The Pentagon says a Patriot system deployed in Kyiv was slightly damaged during the overnight attack, but that repairs will not take long.",
     "A spokesperson said the battery had not been taken out of action."],
    "strikes", "strikes", 2, "kyiv-kinzhal-attack-2023-05-16",
    n="Post with no headline; same attack as 1602-03 and 1602-06 (damage claim about the attack)."),
  E("2023-05-17 12:20", "Kyiv says all 18 missiles shot down in 'exceptionally dense' attack",
    ["Ukraine's military says it intercepted all 18 missiles, including six Kinzhal hypersonic missiles, that Russia fired at the capital in the early hours of Tuesday.",
     "Falling debris set cars alight and damaged buildings, and three people were injured, city officials said."],
    "strikes", "strikes", 3, "kyiv-kinzhal-attack-2023-05-16"),
  E("2023-05-17 12:05", "Video: Air defence lights up the sky over Kyiv",
    [], "strikes", "strikes", 1, "kyiv-kinzhal-attack-2023-05-16",
    n="Video teaser without body: importance 1."),
  ]))

SEEDS.append(dict(id="1603", name="1603_liga-newsfeed", ext="txt", source="LIGA.net", zone="Europe/Kyiv", render=r_liga,
  fmt="plain text (news feed scrape)", imitates="LIGA.net English news feed",
  title=None,
  basis="time '{s}' under the date divider 'Wednesday, 12 July 2023'; Ukrainian site, Kyiv time (EEST = UTC+3), not stated on the page",
  notes="Text scrape of a LIGA.net-style English news feed: one date divider, then items 'HH:MM' / headline / one lead paragraph / category tag ('War', 'Politics', 'Economics'). Newest first; times are Kyiv local (EEST, UTC+3), which the page does not state. No page title survives (the feed has only the 'All news' heading), so page_title is null. No authors. Entry 05 is about Ukrainian inflation, not the war (off-beat). 'Tuesday, 11 July 2023' at the bottom is the divider of the next, not captured, page.",
  not_entries=["site name and language switch 'UA' 'EN'", "navigation lines", "'All news' heading", "date divider 'Wednesday, 12 July 2023'", "category tags after each item", "Telegram promo line", "'Load more'", "trailing divider 'Tuesday, 11 July 2023'", "copyright and cookie lines"],
  entries=[
  E("2023-07-12 22:10", "G7 adopts declaration on long-term security commitments to Ukraine",
    ["Leaders of the Group of Seven signed a joint declaration in Vilnius under which each member will negotiate bilateral security commitments with Kyiv, covering weapons, training and intelligence."],
    "diplomacy", "diplomacy", 3, "g7-security-declaration-vilnius", sec=["aid"], tag="Politics"),
  E("2023-07-12 19:35", "Zelensky calls Vilnius outcome a significant security win but still wants invitation",
    ["President Volodymyr Zelensky said the results of the NATO summit were good for Ukraine's security, while noting that the alliance had still not set a date for membership."],
    "diplomacy", "diplomacy", 3, "nato-vilnius-summit-zelensky-reaction", tag="Politics"),
  E("2023-07-12 16:50", "Japan to supply more vehicles and demining equipment",
    ["Japan will hand over additional military trucks and equipment for clearing mines, Prime Minister Fumio Kishida said on the sidelines of the summit, adding that the help would be non-lethal."],
    "aid", "aid", 2, "japan-vehicles-demining-aid", tag="War"),
  E("2023-07-12 13:20", "Drone debris falls in Kyiv districts after overnight attack",
    ["Air defence shot down all drones aimed at the capital overnight, the Kyiv city military administration said, but debris damaged a high-rise building and injured one man."],
    "strikes", "strikes", 2, "kyiv-drone-attack-2023-07-12", tag="War"),
  E("2023-07-12 10:05", "Consumer inflation in Ukraine slows to 12.8% in June",
    ["Annual inflation slowed for the fifth month in a row, according to the State Statistics Service, as food prices eased and the hryvnia held steady."],
    "other", "unrelated", 1, "offbeat-ukraine-inflation-june-2023", tag="Economics",
    n="off-beat: national economic statistics, not about the war (editor's call; the war is only the background)."),
  E("2023-07-12 07:45", "Russian shelling kills one in Kherson region",
    ["One person was killed and two wounded when Russian artillery hit Beryslav district overnight, the regional military administration reported."],
    "strikes", "strikes", 2, "kherson-region-shelling-2023-07-12", tag="War"),
  ]))

SEEDS.append(dict(id="1604", name="1604_brusselstimes-live", ext="html", source="The Brussels Times", zone="Europe/Brussels", render=r_brussels,
  fmt="HTML live blog, no JSON-LD, date dividers", imitates="The Brussels Times live page",
  title="LIVE: EU leaders set to make Ukraine a candidate for membership",
  basis="stamp '{s}' under the date divider for {d}; 'All times are Brussels time (CEST)' = UTC+2",
  notes="HTML live page in the style of The Brussels Times, newest first, with two date dividers ('Thursday 23 June' above, 'Wednesday 22 June' below; year only from context: the EU summit of 23-24 June 2022). Stamps 'HH:MM' in spans, stated as Brussels time (CEST, UTC+2). The author line comes after the body. Entries fall on two UTC days (22 and 23 June 2022).",
  not_entries=["cookie bar", "header navigation", "intro paragraph", "time-zone note", "date dividers 'Thursday 23 June' and 'Wednesday 22 June'", "'Related:' link after the third item", "footer"],
  entries=[
  E("2022-06-23 20:15", "Ukraine and Moldova become EU candidate countries",
    ["EU leaders agreed to grant candidate status to Ukraine and Moldova at their summit in Brussels, a decision European Council President Charles Michel called a historic moment.",
     "Georgia was told it would be given the status once it met a list of conditions.",
     "Zelensky said Ukraine's future was within the EU."],
    "diplomacy", "diplomacy", 3, "eu-candidate-status-ukraine-moldova", a="Hanne Verstraete", day="Thursday 23 June"),
  E("2022-06-23 17:40", "De Croo announces new Belgian military package",
    ["Prime Minister Alexander De Croo said Belgium would send additional military equipment to Ukraine, including armoured vehicles and ammunition.",
     "He did not give a value but said the delivery was being prepared with allies."],
    "aid", "aid", 2, "belgium-military-package-2022-06", a="Hanne Verstraete", day="Thursday 23 June"),
  E("2022-06-23 12:30", "Lithuania rejects Russian threats over Kaliningrad transit",
    ["Lithuania's foreign ministry said it was only applying EU sanctions, after Moscow threatened consequences over restrictions on goods travelling by rail to Kaliningrad.",
     "The Commission is expected to publish guidance on the issue in the coming days."],
    "diplomacy", "diplomacy", 2, "kaliningrad-transit-dispute", a="Gaspard Lenoir", day="Thursday 23 June"),
  E("2022-06-23 09:10", "Russian troops close in on Lysychansk",
    ["Ukrainian officials said Russian forces had captured several villages south of Lysychansk and were trying to cut the city off.",
     "The governor of Luhansk region said the situation was very difficult."],
    "other", "frontline", 2, "lysychansk-encirclement-threat", a="Gaspard Lenoir", day="Thursday 23 June"),
  E("2022-06-22 19:55", "Belgium to host more Ukrainian children for summer camps",
    ["The Flemish and French-speaking communities said they would welcome several hundred children from Ukraine for holiday camps this summer.",
     "Families will be able to apply through the Red Cross."],
    "other", "humanitarian", 2, "belgium-summer-camps-ukrainian-children", a="Gaspard Lenoir", day="Wednesday 22 June"),
  E("2022-06-22 14:20", "Shelling of Kharkiv kills at least five",
    ["Russian shells hit residential areas of Kharkiv on Wednesday, killing at least five people, the regional governor said.",
     "Firefighters put out blazes in several apartment blocks."],
    "strikes", "strikes", 2, "kharkiv-shelling-2022-06-22", a="Gaspard Lenoir", day="Wednesday 22 June"),
  ]))

SEEDS.append(dict(id="1605", name="1605_twz-situation-report", ext="html", source="The War Zone", zone="America/New_York", render=r_twz,
  fmt="HTML article + NewsArticle JSON-LD, h2 sections", imitates="The War Zone 'Ukraine Situation Report' article",
  title="Ukraine Situation Report: Russian Fighters Bring Down American Reaper Drone Over Black Sea",
  dek="The first direct physical clash between Russian and American aircraft since the invasion began has raised tensions in Washington and Moscow.",
  intro="Before we dive into the rest of the day's developments, here is what we know about the loss of the drone.",
  author="Colin Breckner", published="2023-03-14 18:40",
  basis="no per-section time; the article's 'Published Mar 14, 2023 6:40 PM EDT' line (= JSON-LD datePublished, -04:00) used for every section",
  notes="Single article in the style of The War Zone's daily situation reports, published Tuesday 14 March 2023, 6:40 PM EDT (UTC-4; US daylight time had started on 12 March). Each h2 section heading is one entry (headline = heading), following the shared Euronews gold; stamp null; published = the article's dateline. The article's single byline is the author of every section. An intro paragraph before the first heading is not an entry.",
  not_entries=["site navigation", "eyebrow 'Ukraine Situation Report'", "dek under the title", "byline and 'Published ...' line", "'Share'", "photo caption", "intro paragraph before the first section", "'ADVERTISEMENT'", "'More from The War Zone' link", "contact line and footer"],
  entries=[
  E("2023-03-14 18:40", "Su-27s down MQ-9 Reaper in international airspace",
    ["Two Russian Su-27 fighters intercepted an American MQ-9 Reaper over the Black Sea on Tuesday morning, dumping fuel on it before one jet struck the drone's propeller, according to the Pentagon's European Command.",
     "Operators were forced to bring the damaged drone down into international waters.",
     "Russia's defence ministry denied any contact and said the drone crashed after sharp manoeuvres.",
     "The State Department summoned the Russian ambassador, Anatoly Antonov, over the incident."],
    "strikes", "strikes", 3, "black-sea-mq9-reaper-downing", a="Colin Breckner", sec=["diplomacy"],
    n="Editor's call: a Russian aircraft bringing down a drone is an attack/interception by aircraft -> strikes; the diplomatic summons goes to secondary."),
  E("2023-03-14 18:40", "Bakhmut: slow Russian gains, heavy losses",
    ["Wagner forces continue to push into the centre of Bakhmut from the east, but Ukrainian troops still hold the western districts, officials in Kyiv said.",
     "Wagner's founder Yevgeny Prigozhin claimed his fighters were approaching the city's administrative buildings."],
    "other", "frontline", 2, "bakhmut-fighting-2023-03-14", a="Colin Breckner"),
  E("2023-03-14 18:40", "Polish MiG-29 transfer moves closer",
    ["Poland could hand over MiG-29 fighter jets to Ukraine within weeks, a senior Polish official said, as Warsaw seeks partners to join the transfer.",
     "Slovakia is weighing a similar move with its own grounded MiG fleet."],
    "aid", "aid", 2, "poland-mig29-transfer", a="Colin Breckner"),
  E("2023-03-14 18:40", "Strike on ammunition depot reported in occupied Mariupol",
    ["Explosions were reported at what occupation officials described as an industrial site on the outskirts of Mariupol overnight.",
     "Ukrainian officials suggested a Russian ammunition depot had been hit, but did not claim the strike."],
    "strikes", "strikes", 2, "mariupol-depot-explosions-2023-03", a="Colin Breckner"),
  E("2023-03-14 18:40", "Leopard 2 crews finish training in Spain",
    ["A first group of Ukrainian tank crews completed training on Leopard 2A4 tanks at a base in Zaragoza, Spanish officials said.",
     "Spain has pledged six of the tanks, which are being refurbished."],
    "aid", "aid", 2, "spain-leopard-training", a="Colin Breckner"),
  ]))

SEEDS.append(dict(id="1606", name="1606_dpa-ticker", ext="html", source="dpa international", zone="Europe/Berlin", render=r_dpa,
  fmt="HTML live ticker + LiveBlogPosting JSON-LD, <time datetime>", imitates="Deutsche Presse-Agentur (dpa) international live ticker",
  title="Russia opens new offensive in Kharkiv region - live ticker", url="https://dpa-international.example/ukraine-live-20240510",
  basis="<time datetime> '{s}' (ISO with +02:00; same value as the update's JSON-LD datePublished); CEST = UTC+2",
  notes="dpa-style HTML ticker for Friday 10 May 2024, newest first. Each update has a visible 'HH:MM' in a <time> element whose datetime carries the full ISO time with +02:00, and the same time appears in the LiveBlogPosting JSON-LD (per-update datePublished, headline and articleBody). The intro states 'Times are CEST (UTC+2)'. Each update ends with '(dpa)', an agency credit, not a personal byline: author null.",
  not_entries=["navigation", "intro line with date and time zone", "'(dpa)' credit lines", "'Read also' teaser box", "footer"],
  entries=[
  E("2024-05-10 21:05", "Zelensky says reserves sent to the Kharkiv border area",
    ["President Volodymyr Zelensky said Ukraine had deployed reserve units to the border near Kharkiv to counter the Russian push.",
     "He said fierce fighting was taking place along the whole line near the border, but that Russian troops had been stopped in some places."],
    "other", "frontline", 3, "russia-kharkiv-offensive-2024-05-10"),
  E("2024-05-10 18:30", "Kyiv reports Russian ground attack near Vovchansk",
    ["Russian troops have launched a ground offensive across the border north of Kharkiv, backed by armoured vehicles, the Defence Ministry in Kyiv said.",
     "Thousands of residents of border villages were being evacuated, regional governor Oleh Syniehubov said."],
    "other", "frontline", 3, "russia-kharkiv-offensive-2024-05-10"),
  E("2024-05-10 15:45", "Washington announces $400 million arms package",
    ["The United States will send Ukraine another $400 million worth of weapons, including Bradley fighting vehicles, ammunition for Patriot systems and artillery shells, Secretary of State Antony Blinken said.",
     "It is the third package since Congress approved new funding in April."],
    "aid", "aid", 3, "us-400-million-package-2024-05-10"),
  E("2024-05-10 12:20", "Pistorius: Germany to pay for more shells under Czech plan",
    ["Germany will put additional money into the Czech-led initiative to buy artillery ammunition for Ukraine from outside Europe, Defence Minister Boris Pistorius said in Berlin.",
     "He did not say how much Germany would contribute this time."],
    "aid", "aid", 2, "germany-czech-ammunition-initiative"),
  E("2024-05-10 09:40", "Glide bombs hit Kharkiv, several injured",
    ["Russian aircraft dropped guided bombs on Kharkiv in the morning, injuring at least six people, the city's mayor Ihor Terekhov said.",
     "An industrial site and several private houses were damaged."],
    "strikes", "strikes", 2, "kharkiv-glide-bombs-2024-05-10"),
  E("2024-05-10 07:15", "Ukrainian drones target oil depot in Belgorod region",
    ["Russia's Belgorod region came under drone attack overnight, with a fire breaking out at a fuel depot, the regional governor said.",
     "Russia's defence ministry said it had destroyed several drones over the region."],
    "strikes", "strikes", 2, "belgorod-fuel-depot-drone-attack"),
  ]))

SEEDS.append(dict(id="1607", name="1607_haaretz-live", ext="html", source="Haaretz", zone="Asia/Jerusalem", render=r_haaretz,
  fmt="HTML live page, relative + absolute stamps, no JSON-LD", imitates="Haaretz live updates page",
  title="Russia-Ukraine War: Missile Barrage Cuts Water and Power in Kyiv",
  updated="2022-10-31 22:40",
  basis="stamp '{s}'; relative stamps resolved against the printed 'Last updated: Oct 31, 2022 10:40 PM IST', absolute 12-hour stamps on that date; IST = Israel Standard Time, UTC+2 (DST ended 30 October)",
  notes="Haaretz-style live page for Monday 31 October 2022, newest first. The two newest posts carry relative stamps ('12 min ago', '1 hr ago'), resolved against the page's 'Last updated: Oct 31, 2022 10:40 PM IST' line; older posts carry '6:05 PM'-style stamps (IST = UTC+2). Authors sit in the meta line before the headline. Entry 05 is about Israel's election, not the war (off-beat).",
  not_entries=["header navigation", "'LIVE' label", "subtitle under the headline", "'Last updated' line", "share row", "'Advertisement'", "newsletter box", "footer"],
  entries=[
  E("2022-10-31 22:28", "Zelensky: Russia targeted energy sites in 10 regions",
    ["Russian missiles and drones hit 18 sites, most of them energy facilities, in 10 regions of Ukraine on Monday, President Volodymyr Zelensky said in his evening address.",
     "He said hundreds of thousands of homes had been left without electricity."],
    "strikes", "strikes", 3, "russian-energy-strikes-2022-10-31", a="Tal Avrahami", rel="12 min ago"),
  E("2022-10-31 21:40", "Moscow says grain corridor cannot work without its guarantees",
    ["The Kremlin said shipping grain through the Black Sea corridor was risky and could not be guaranteed without Russian participation.",
     "Russia suspended its part in the UN-brokered arrangement on Saturday, citing a drone attack on its fleet in Sevastopol."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-suspension-2022", a="Reuters", rel="1 hr ago"),
  E("2022-10-31 18:05", "Twelve grain ships leave Ukrainian ports despite Russia's exit",
    ["A dozen vessels carrying grain and other food left Ukrainian ports on Monday under the corridor arrangement, even though Russia has pulled out of it.",
     "Turkey and the UN said they had agreed a movement plan with Ukraine for the ships."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-suspension-2022", a="Tal Avrahami"),
  E("2022-10-31 14:30", "80 percent of Kyiv residents without water after strikes",
    ["Mayor Vitali Klitschko said 80 percent of consumers in Kyiv had lost their water supply after a strike on an energy facility that powers the system.",
     "Residents queued at pumps and shops to fill bottles."],
    "strikes", "strikes", 3, "russian-energy-strikes-2022-10-31", a="Tal Avrahami"),
  E("2022-10-31 11:15", "Israelis head to the polls for the fifth time in under four years",
    ["Israel's election campaign wound down on Monday ahead of Tuesday's vote, with polls suggesting neither bloc will reach a majority.",
     "Benjamin Netanyahu is seeking to return to the prime minister's office."],
    "other", "unrelated", 1, "offbeat-israel-election-2022", a="Yonatan Peretz",
    n="off-beat: Israel's own election, not about the war."),
  E("2022-10-31 09:20", "Explosions rock Kyiv during morning rush hour",
    ["Several blasts were heard in Kyiv as Russia launched a new wave of missile attacks on Ukrainian infrastructure early on Monday.",
     "Officials also reported strikes in Kharkiv and Zaporizhzhia."],
    "strikes", "strikes", 3, "russian-energy-strikes-2022-10-31", a="Reuters"),
  ]))

SEEDS.append(dict(id="1608", name="1608_arabnews-rss", ext="xml", source="Arab News", zone="Asia/Riyadh", render=r_rss, fmt=rfc822,
  fmtname="RSS 2.0, pubDate with +0300, CDATA", imitates="Arab News RSS feed",
  chan="Arab News - World", link="https://www.arabnews.example", path="node", guid="an-2022092",
  desc="Arab News World section", cat="World",
  title=None,
  basis="pubDate '{s}' (explicit +0300 offset, Riyadh)",
  notes="RSS 2.0 channel in the style of Arab News' section feeds, for Wednesday 21 September 2022. pubDate carries +0300 (Saudi time). Items newest first; dc:creator holds an agency or staff credit and is taken as author as printed. The channel title is a feed name, not a page title, so page_title is null. Item 05 (US Federal Reserve) is off-beat.",
  not_entries=["channel title, link, description, language, lastBuildDate", "category elements"],
  entries=[
  E("2022-09-21 23:30", "Zelensky tells UN assembly Russia must be punished for its crimes",
    ["Ukraine's President Volodymyr Zelensky used a video address to the UN General Assembly to call for a special tribunal and for Russia to be stripped of its veto in the Security Council.",
     "He set out five conditions for peace, including the restoration of Ukraine's territory."],
    "diplomacy", "diplomacy", 3, "zelensky-unga-address-2022", a="AFP"),
  E("2022-09-21 21:05", "Saudi mediation frees 10 foreign prisoners held by Russian forces",
    ["Saudi Arabia said Crown Prince Mohammed bin Salman had mediated the release of 10 prisoners of war from the US, Britain, Sweden, Croatia and Morocco.",
     "The men were flown from Russia to Riyadh, the foreign ministry said, as part of a wider exchange between Moscow and Kyiv."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-saudi-turkey-2022-09-21", a="Arab News"),
  E("2022-09-21 19:40", "Biden accuses Russia of shamelessly violating the UN Charter",
    ["US President Joe Biden told world leaders in New York that Russia's war aimed to extinguish Ukraine's right to exist as a state.",
     "He criticised Moscow's nuclear threats as reckless."],
    "diplomacy", "diplomacy", 3, "biden-unga-speech-2022", a="Reuters"),
  E("2022-09-21 16:15", "One-way flights out of Moscow sell out after mobilization order",
    ["Direct flights from Moscow to Istanbul and Yerevan were sold out within hours of President Vladimir Putin's announcement, according to booking websites.",
     "Police detained hundreds of people at protests in several Russian cities."],
    "other", "frontline", 2, "putin-partial-mobilization", a="Reuters"),
  E("2022-09-21 14:50", "Fed expected to deliver another big rate hike",
    ["The US Federal Reserve is widely expected to raise interest rates by three-quarters of a percentage point for the third time in a row later on Wednesday.",
     "Gulf central banks usually follow the Fed's moves because their currencies are pegged to the dollar."],
    "other", "unrelated", 1, "offbeat-fed-rate-hike-2022-09", a="Arab News",
    n="off-beat: US monetary policy, not about the war."),
  E("2022-09-21 10:20", "Putin orders partial mobilization, warns West he is 'not bluffing'",
    ["Russian President Vladimir Putin announced a partial mobilization of reservists in a televised address, saying the country's territory was threatened.",
     "Defence Minister Sergei Shoigu said 300,000 people would be called up.",
     "Putin also said Russia would use all means at its disposal to protect itself."],
    "other", "frontline", 3, "putin-partial-mobilization", a="AFP", sec=["security"],
    n="Editor's call: mobilisation = reinforcements -> other/frontline; importance 3 as a head-of-state move of the day."),
  ]))

SEEDS.append(dict(id="1609", name="1609_bne-atom", ext="xml", source="bne IntelliNews", zone="UTC", render=r_atom,
  fmtname="Atom 1.0, Z times, escaped HTML content + text summary", imitates="bne IntelliNews Atom feed",
  chan="bne IntelliNews - Ukraine", link="https://www.intellinews.example", tag="intellinews.example", summary=True,
  desc="Business and political news from emerging Europe",
  title=None,
  basis="<published> '{s}' (UTC, Z)",
  notes="Atom feed in the style of bne IntelliNews' country feeds, Tuesday 19 November 2024 (day 1,000 of the full-scale war). Times in Z. Each entry has a plain-text <summary> (= first paragraph) and escaped HTML <content>. Newest first. Entry 06 (Kazakh grain exports) is off-beat. The feed title is not a page title: page_title null.",
  not_entries=["feed title, subtitle, links, id, updated", "category terms"],
  entries=[
  E("2024-11-19 20:15", "Ukraine's parliament passes 2025 budget with record defence spending",
    ["The Verkhovna Rada adopted next year's state budget, allocating more than a quarter of GDP to defence and security.",
     "Finance Minister Serhiy Marchenko said the deficit would again be covered largely by foreign loans and grants."],
    "other", "politics", 2, "ukraine-2025-budget-adopted", a="Iryna Koval", sec=["aid"]),
  E("2024-11-19 17:40", "Drone strike on dormitory in Sumy region kills at least 10",
    ["A Russian drone hit a dormitory in the town of Hlukhiv in Sumy region overnight, killing at least 10 people, including two children, regional officials said.",
     "Rescuers were still searching the rubble on Tuesday afternoon."],
    "strikes", "strikes", 3, "hlukhiv-drone-strike-2024-11-19", a="Iryna Koval"),
  E("2024-11-19 14:05", "Putin signs revised nuclear doctrine lowering threshold for use",
    ["Russian President Vladimir Putin approved an updated nuclear doctrine that allows a nuclear response to a conventional attack backed by a nuclear power.",
     "The Kremlin said the update was a necessary response to Western actions."],
    "other", "security", 3, "russia-revised-nuclear-doctrine", a="Owen Marrick", sec=["diplomacy"]),
  E("2024-11-19 11:30", "Ukraine fires ATACMS into Russia for the first time, Moscow says",
    ["Russia's defence ministry said Ukraine had fired six American-made ATACMS missiles at a military facility in Bryansk region, and that five were shot down.",
     "Debris caused a fire but no casualties, the ministry said."],
    "strikes", "strikes", 3, "atacms-strike-bryansk-2024-11-19", a="Owen Marrick"),
  E("2024-11-19 08:50", "War reaches its 1,000th day with no end in sight",
    ["Russia's full-scale invasion of Ukraine entered its 1,000th day, with Russian forces advancing slowly in the east and both sides bracing for a change of course in Washington.",
     "The UN says more than 12,000 civilians have been killed since February 2022."],
    "other", "humanitarian", 2, "war-1000-days-overview", a="Iryna Koval",
    n="Anniversary overview/theme piece: its own story."),
  E("2024-11-19 06:25", "Kazakhstan raises grain export forecast after record harvest",
    ["Kazakhstan's agriculture ministry expects wheat exports to reach a new high this season after a bumper crop, with China and Central Asian neighbours the main buyers."],
    "other", "unrelated", 1, "offbeat-kazakhstan-grain-exports", a="Aigerim Sadykova",
    n="off-beat: Central Asian agriculture, not about the war."),
  ]))


# =============================================================== PART B: multi-source days (invented outlets)
D1 = ("Multi-source day 1 (Saturday 14 January 2023, UTC date 2023-01-14; sources 1610-1613). Main story: the Russian missile that "
      "destroyed part of an apartment block in Dnipro (dnipro-apartment-block-strike-2023-01-14), told by all four with a rising toll. "
      "Must not merge: the morning strike on Kyiv, the Kharkiv infrastructure strike and the countrywide energy wave are separate stories "
      "from the Dnipro block; the UK Challenger 2 pledge vs Lithuania's generators package vs the Challenger 2 explainer.")
D2 = ("Multi-source day 2 (Sunday 15 January 2023, UTC date 2023-01-15; sources 1614-1616), the day after day 1. The Dnipro story continues "
      "(toll rises to 30, rescue goes on; same story slug as day 1). 1614-03 re-posts day 1's 1612-03 nearly verbatim (importance 1, "
      "repost_of). Must not merge: Kherson shelling vs Dnipro; the Kh-22 analysis (theme piece) vs the Dnipro strike.")
D3 = ("Multi-source day 3 (Wednesday 12 February 2025, UTC date 2025-02-12; sources 1617-1620). Main story: the Trump-Putin phone call "
      "(all four). Must not merge: Trump-Zelensky call vs Trump-Putin call; Kyiv ballistic strike vs Kharkiv drone strike; UK GBP150m "
      "package vs Norway's air-defence money; explainer on possible talks vs the call itself.")

SEEDS.append(dict(id="1610", name="1610_anselm-textlive", ext="txt", source="Anselm Daily", zone="Europe/London", render=r_anselm,
  fmt="plain text live blog, '4.52pm' stamps, Key Points", imitates=None,
  title="Ukraine war live: deaths in Dnipro after Russian missile hits apartment block",
  basis="stamp '{s}' (12-hour) on the page's date line 'Saturday 14 January 2023 · All times GMT'",
  notes="Invented outlet. Text live blog, newest first, 12-hour stamps ('10.40pm'), date and zone (GMT) printed once under the title. A lede paragraph and a 'Key Points' block (three exact headlines, bullets) precede the posts. Byline 'By NAME' under the headline. " + D1,
  not_entries=["masthead and navigation line", "page title", "date/zone line", "lede paragraph", "'Key Points' header and its three bullet lines", "'Advertisement'", "newsletter sign-up lines", "'This blog is now closed.'", "share links and cookie line"],
  entries=[
  E("2023-01-14 22:40", "Dnipro death toll climbs to 20 as rescuers work through the night",
    ["At least 20 people, among them a teenage girl, are now known to have died after a Russian missile struck a nine-storey apartment block in Dnipro, the regional governor said.",
     "Valentyn Reznichenko said 73 people had been wounded and that dozens of residents were still unaccounted for.",
     "Emergency crews were using cranes to lift slabs of concrete as temperatures fell below freezing."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Samir Qadri", kp=True),
  E("2023-01-14 20:05", "Zelensky: 'Russian terror must be stopped'",
    ["President Volodymyr Zelensky has said the world must answer the attack on Dnipro, calling it proof that only more weapons for Ukraine would halt Moscow.",
     "In his nightly video address he thanked the rescuers and said everyone responsible for the strike would be found."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Samir Qadri",
    n="Reaction whose main content is the attack itself -> strikes, same story."),
  E("2023-01-14 17:20", "Sunak confirms Britain will send Challenger 2 tanks",
    ["Rishi Sunak has told Volodymyr Zelensky that the UK will supply Challenger 2 main battle tanks, making Britain the first country to commit Western-made heavy tanks.",
     "Downing Street said the prime minister had also promised additional artillery systems, and that British officials would work with allies to provide more."],
    "aid", "aid", 3, "uk-challenger-2-pledge", a="Harriet Lowe", kp=True),
  E("2023-01-14 16:10", "Missile hits residential building in Dnipro",
    ["A Russian missile has struck a multi-storey residential building in the city of Dnipro, officials say.",
     "Mayor Borys Filatov said part of the block had collapsed and that people were trapped under the rubble.",
     "Early reports speak of at least five dead."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Harriet Lowe", kp=True),
  E("2023-01-14 15:30", "Watch: Smoke rises over Dnipro after afternoon blasts",
    [], "strikes", "strikes", 1, "dnipro-apartment-block-strike-2023-01-14",
    n="Video teaser without body: importance 1."),
  E("2023-01-14 13:45", "Power cuts across several regions after new wave of missiles",
    ["Ukraine's grid operator has ordered emergency blackouts in a number of regions after Russia launched what officials described as a second wave of missiles on Saturday.",
     "Energy minister Herman Halushchenko said generating facilities in Kharkiv and Lviv regions had been damaged."],
    "strikes", "strikes", 3, "missile-wave-energy-2023-01-14", a="Harriet Lowe",
    n="Countrywide wave / energy damage: its own story, separate from the Dnipro block (editor's call, see README)."),
  E("2023-01-14 11:20", "Moldova finds missile fragments near Ukrainian border",
    ["Moldova's interior ministry says parts of a missile have been found near the village of Larga, close to the border with Ukraine.",
     "Officials said nobody was hurt and that bomb disposal experts had secured the area."],
    "strikes", "strikes", 3, "moldova-missile-debris-larga", a="Harriet Lowe"),
  E("2023-01-14 09:05", "Explosions in Kyiv as Klitschko reports strike on infrastructure",
    ["Several blasts were heard in the Ukrainian capital on Saturday morning, and mayor Vitali Klitschko said critical infrastructure in the Dniprovskyi district had been hit.",
     "He urged residents to stay in shelters while the alert lasted."],
    "strikes", "strikes", 3, "kyiv-morning-missile-strike-2023-01-14", a="Harriet Lowe"),
  ]))

SEEDS.append(dict(id="1611", name="1611_birchgate-ldlive", ext="html", source="Birchgate Review", zone="Europe/Kyiv", render=r_birchgate,
  fmt="HTML live blog + LiveBlogPosting JSON-LD, oldest first, <time datetime>", imitates=None,
  url="https://birchgate.example/live/ukraine-14-january-2023",
  title="Russia-Ukraine war: missiles hit Kyiv, Kharkiv and Dnipro",
  basis="<time datetime> '{s}' = ISO with +02:00 (also in JSON-LD datePublished); page note: Kyiv time (EET, UTC+2)",
  notes="Invented outlet. HTML live blog, OLDEST first, visible 'HH:MM' in <time datetime='...+02:00'>, standfirst says Kyiv time (EET). LiveBlogPosting JSON-LD with per-update headline/datePublished/articleBody/author. 1611-03 repeats 1611-01 nearly verbatim (duplicate_of). " + D1,
  not_entries=["masthead links", "standfirst with time-zone note", "dateline '14 January 2023'", "'Share this update' labels", "'Most read' promo", "footer"],
  entries=[
  E("2023-01-14 09:40", "Kyiv: infrastructure object hit, Klitschko says",
    ["An infrastructure facility in the capital's Dniprovskyi district was hit in a morning missile attack, Mayor Vitali Klitschko said.",
     "Debris from a downed missile also fell on a private house in the Kyiv region, officials added."],
    "strikes", "strikes", 3, "kyiv-morning-missile-strike-2023-01-14", a="Oksana Hrytsenko"),
  E("2023-01-14 12:10", "Kharkiv: two strikes on infrastructure, governor says",
    ["Russian missiles hit infrastructure facilities in Kharkiv early on Saturday, governor Oleh Syniehubov said.",
     "There was no immediate information about casualties, and electricity supplies were disrupted in parts of the city."],
    "strikes", "strikes", 2, "kharkiv-infrastructure-strike-2023-01-14", a="Oksana Hrytsenko"),
  E("2023-01-14 12:25", "Kyiv: infrastructure facility hit, Klitschko says",
    ["An infrastructure facility in the capital's Dniprovskyi district was hit in the morning missile attack, Mayor Vitali Klitschko said.",
     "Debris from a downed missile also fell on a private house in the Kyiv region, officials said."],
    "strikes", "strikes", 1, "kyiv-morning-missile-strike-2023-01-14", a="Oksana Hrytsenko", dup="1611-01",
    n="Near-verbatim repeat of 1611-01: importance 1."),
  E("2023-01-14 16:30", "Ukrenergo: grid hit in several regions, emergency outages applied",
    ["Ukraine's national grid operator said Russian missiles had struck power facilities in several regions, forcing emergency shutdowns.",
     "The air force said it had shot down 21 of the 33 missiles launched during the day."],
    "strikes", "strikes", 3, "missile-wave-energy-2023-01-14", a="Dmytro Savchuk"),
  E("2023-01-14 18:40", "Dnipro: missile brought down a whole section of nine-storey block",
    ["Rescue teams in Dnipro say an entire section of a nine-storey apartment building collapsed after being hit.",
     "The State Emergency Service said at least 15 people had been pulled from the rubble alive."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Dmytro Savchuk"),
  E("2023-01-14 21:15", "Lithuania promises generators and anti-drone kit",
    ["Lithuania will send Ukraine another shipment of power generators along with equipment for jamming drones, Defence Minister Arvydas Anusauskas said.",
     "He said the delivery would arrive within weeks and was worth several million euros."],
    "aid", "aid", 2, "lithuania-generators-anti-drone-package", a="Dmytro Savchuk"),
  E("2023-01-14 23:50", "Toll in Dnipro rises to 12, governor says",
    ["Twelve people were killed and 64 injured when a missile tore through a residential block on the left bank of the Dnipro river, Governor Valentyn Reznichenko wrote on Telegram.",
     "Among the wounded are 12 children, he said."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Dmytro Savchuk"),
  ]))

SEEDS.append(dict(id="1612", name="1612_clovermead-rss", ext="xml", source="Clovermead News", zone="UTC", render=r_rss, fmt=rfc822_gmt,
  fmtname="RSS 2.0, GMT pubDate, CDATA", imitates=None,
  chan="Clovermead News - Europe", link="https://clovermead.example", path="europe", guid="cm-230114-", desc="Latest Europe stories from Clovermead News",
  title=None,
  basis="pubDate '{s}' (GMT)",
  notes="Invented outlet. RSS 2.0, newest first, pubDate in GMT, bodies in CDATA. Channel title is a feed name: page_title null. 1612-03 is re-posted nearly verbatim on day 2 as 1614-03. " + D1,
  not_entries=["channel title, link, description, language, lastBuildDate"],
  entries=[
  E("2023-01-14 21:20", "Dnipro: dozens missing after missile hits block of flats",
    ["Dozens of people are missing in the Ukrainian city of Dnipro after a Russian missile destroyed part of a residential block, local officials said on Saturday evening.",
     "The regional governor put the number of dead at 12."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Amy Tallis"),
  E("2023-01-14 20:00", "Explained: what the Challenger 2 would add to Ukraine's army",
    ["The Challenger 2 has been in British service since the late 1990s and carries a 120mm rifled gun.",
     "Military analysts say even a small number of Western tanks could matter more politically than on the battlefield, by encouraging Germany and others to follow."],
    "aid", "aid", 2, "explainer-challenger-2-tank", a="Tom Ashdown",
    n="Explainer/theme piece: its own story, not the pledge itself."),
  E("2023-01-14 18:45", "UK to send Challenger 2 tanks to Ukraine, Downing Street says",
    ["Britain will provide Ukraine with Challenger 2 tanks, Downing Street said after a call between Rishi Sunak and Volodymyr Zelensky.",
     "The prime minister also pledged further artillery support, including self-propelled guns, officials said."],
    "aid", "aid", 3, "uk-challenger-2-pledge", a="Tom Ashdown"),
  E("2023-01-14 11:50", "Moldova says missile debris fell on its territory",
    ["Fragments of a missile were discovered near Larga in northern Moldova, the country's interior ministry said.",
     "President Maia Sandu's office said the incident showed the war's dangers for its neighbours."],
    "strikes", "strikes", 3, "moldova-missile-debris-larga", a="Amy Tallis"),
  E("2023-01-14 09:30", "Ukraine says its forces still hold positions in Soledar",
    ["Ukraine's military said fierce fighting was continuing in and around Soledar, disputing Moscow's claim to have captured the town.",
     "A spokesman for the eastern command said Russian forces had suffered heavy losses."],
    "other", "frontline", 2, "soledar-fighting-2023-01-14", a="Amy Tallis"),
  ]))

SEEDS.append(dict(id="1613", name="1613_eskdale-article", ext="txt", source="Eskdale Report", zone="Europe/London", render=r_eskdale,
  fmt="plain text single article, 3 sections", imitates=None, author="Noor Haddad", published="2023-01-14 19:30",
  title="Ukraine hit by fresh missile barrage as Dnipro block is torn apart",
  basis="no per-section time; the article's dateline '14 January 2023 • 19:30 GMT' used for every section",
  notes="Invented outlet. Text scrape of one article with three section headings: one entry per section (headline = heading), stamp null, published = the article dateline (19:30 GMT). The page byline is the author of every section. An opening paragraph before the first heading is the lede, not an entry. " + D1,
  not_entries=["masthead, 'Menu', 'Search'", "section label 'WORLD'", "standfirst", "byline and dateline", "'Share', 'Save'", "lede paragraph before the first heading", "'Advertisement'", "'More on this story' and its two links", "copyright"],
  entries=[
  E("2023-01-14 19:30", "Deadliest strike in weeks",
    ["A Russian missile ripped through a stairwell of a high-rise in Dnipro on Saturday, killing several people and trapping many others, according to the city's mayor.",
     "Officials in Dnipropetrovsk region said the toll was expected to rise as rescuers reached the upper floors."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Noor Haddad"),
  E("2023-01-14 19:30", "Energy system under strain",
    ["The attacks also targeted power plants and substations, and Ukraine's grid operator imposed emergency blackouts in Kyiv and other regions.",
     "In Kharkiv, officials said one of the city's infrastructure sites had been hit in the morning."],
    "strikes", "strikes", 3, "missile-wave-energy-2023-01-14", a="Noor Haddad",
    n="Section about the countrywide energy damage; mentions Kharkiv in passing, story = the energy wave."),
  E("2023-01-14 19:30", "London goes first on tanks",
    ["Britain's decision to send Challenger 2 tanks breaks a Western taboo, and diplomats say it could push Berlin to allow Leopard 2 tanks to be sent.",
     "Poland has already said it would hand over a company of Leopards as part of an international coalition."],
    "aid", "aid", 3, "uk-challenger-2-pledge", a="Noor Haddad"),
  ]))

# ---- day 2: 2023-01-15
SEEDS.append(dict(id="1614", name="1614_clovermead-rss", ext="xml", source="Clovermead News", zone="UTC", render=r_rss, fmt=rfc822,
  fmtname="RSS 2.0, +0000 pubDate, CDATA", imitates=None,
  chan="Clovermead News - Europe", link="https://clovermead.example", path="europe", guid="cm-230115-", desc="Latest Europe stories from Clovermead News",
  title=None,
  basis="pubDate '{s}' (+0000)",
  notes="Invented outlet (same feed as 1612, next day). RSS 2.0, newest first, pubDate with +0000. 1614-03 re-posts yesterday's 1612-03 nearly verbatim with a new pubDate: importance 1, duplicate_of null (the original is in another seed), repost_of '1612-03'. 1614-05 is a photo teaser with an empty description. " + D2,
  not_entries=["channel title, link, description, language, lastBuildDate"],
  entries=[
  E("2023-01-15 20:10", "Dnipro toll reaches 30 as hope fades for those under rubble",
    ["The number of people killed when a Russian missile hit an apartment block in Dnipro has risen to 30, Ukrainian officials said on Sunday.",
     "Rescuers said they had still heard voices from beneath the debris in the morning, but that the chances of finding more survivors were slim."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Amy Tallis",
    n="Continuation of the day-1 story with a new development (higher toll): same slug as day 1."),
  E("2023-01-15 17:30", "Belarus announces joint air force drills with Russia",
    ["Belarus said it would hold joint air force exercises with Russia from Monday, adding to Ukrainian concern about its northern border.",
     "Minsk insisted the drills were purely defensive."],
    "other", "security", 3, "belarus-russia-air-drills-2023-01", a="Tom Ashdown"),
  E("2023-01-15 12:05", "UK to send Challenger 2 tanks to Ukraine, Downing Street says",
    ["Britain will provide Ukraine with Challenger 2 tanks, Downing Street said following a call between Rishi Sunak and Volodymyr Zelensky.",
     "The prime minister also pledged further artillery support, including self-propelled guns, officials said."],
    "aid", "aid", 1, "uk-challenger-2-pledge", a="Tom Ashdown", repost="1612-03",
    n="Re-post of day 1's 1612-03, nearly verbatim: importance 1 (LABELS: a re-post of an entry from a previous day)."),
  E("2023-01-15 09:15", "Russian shelling kills woman in Kherson",
    ["A 55-year-old woman was killed when Russian shells hit a residential district of Kherson, the regional military administration said.",
     "Shelling of the city and surrounding villages continued throughout the night."],
    "strikes", "strikes", 3, "kherson-shelling-2023-01-15", a="Amy Tallis"),
  E("2023-01-15 07:40", "Pictured: candles and toys left outside the Dnipro block",
    [], "strikes", "strikes", 1, "dnipro-apartment-block-strike-2023-01-14",
    n="Photo teaser, empty description: importance 1."),
  ]))

SEEDS.append(dict(id="1615", name="1615_farrowby-textlive", ext="txt", source="Farrowby Times", zone="UTC", render=r_farrowby,
  fmt="plain text live blog, oldest first, author fused to the stamp line", imitates=None,
  title="Ukraine latest: Dnipro rescue goes on as death toll rises",
  basis="stamp '{s}' on the page's date 'Sunday, 15 January 2023'; 'Updates in GMT'",
  notes="Invented outlet. Text live blog, OLDEST first; each post opens with 'HH.MM GMT | Author' (author fused to the stamp line), then headline and body. 1615-07 repeats 1615-06 nearly verbatim (duplicate_of). 1615-08 is an analysis piece on the Kh-22 missile (theme piece, own story). " + D2,
  not_entries=["masthead", "'LIVE' label", "date line and 'Updates in GMT, oldest first'", "lede paragraph", "'ADVERTISEMENT'", "'Read more:' and its link", "footer"],
  entries=[
  E("2023-01-15 07:10", "Rescue work resumes at Dnipro block at first light",
    ["Emergency workers resumed searching the ruins of the Dnipro apartment building at dawn, after working through the night under floodlights.",
     "Mayor Borys Filatov said people were still trapped in the part of the building that remained standing."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Lena Fairweather"),
  E("2023-01-15 08:40", "Kherson: one dead after overnight shelling",
    ["Russian artillery struck Kherson overnight, killing one woman and wounding two people, according to regional officials.",
     "Local authorities said a hospital building was also damaged."],
    "strikes", "strikes", 3, "kherson-shelling-2023-01-15", a="Lena Fairweather"),
  E("2023-01-15 10:25", "Zelensky calls for response to 'Russian terror' in Dnipro",
    ["Volodymyr Zelensky has urged Western leaders to answer the Dnipro attack with faster weapons deliveries.",
     "He said the Russian commanders who ordered the strike would be held to account."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Lena Fairweather"),
  E("2023-01-15 12:00", "Germany's Lambrecht expected to resign, reports say",
    ["German Defence Minister Christine Lambrecht is set to step down, according to several German media outlets.",
     "She has faced criticism over the pace of arms deliveries to Ukraine and a series of public gaffes."],
    "other", "politics", 3, "lambrecht-resignation-reports", a="Idris Kaan"),
  E("2023-01-15 13:35", "Soledar: Kyiv says fighting continues",
    ["Ukraine's military said fighting continued around Soledar, where Moscow says its forces have taken full control.",
     "Britain's defence intelligence said Russian and Wagner units probably controlled most of the town."],
    "other", "frontline", 2, "soledar-fighting-2023-01-15", a="Idris Kaan"),
  E("2023-01-15 15:50", "Dnipro toll rises to 25",
    ["Twenty-five people are now confirmed dead in the Dnipro apartment block strike, regional governor Valentyn Reznichenko said.",
     "Forty-three people remain missing, city officials said."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Idris Kaan"),
  E("2023-01-15 16:05", "Dnipro toll rises to 25, governor says",
    ["Twenty-five people are now confirmed dead after the strike on the Dnipro apartment block, regional governor Valentyn Reznichenko said.",
     "Forty-three people remain missing, according to city officials."],
    "strikes", "strikes", 1, "dnipro-apartment-block-strike-2023-01-14", a="Idris Kaan", dup="1615-06",
    n="Near-verbatim repeat of 1615-06: importance 1."),
  E("2023-01-15 19:10", "Analysis: why Russia's Kh-22 is so hard to stop",
    ["The Kh-22 was designed in the Soviet era to sink aircraft carriers, and it comes down at high speed in a steep dive that leaves defenders little time to react.",
     "Military analysts say only modern systems such as the Patriot, which Ukraine has yet to receive, can reliably intercept it."],
    "strikes", "strikes", 2, "analysis-kh-22-missile", a="Idris Kaan", sec=["aid"],
    n="Analysis/theme piece: own story, not the Dnipro strike although the Kh-22 hit Dnipro."),
  ]))

SEEDS.append(dict(id="1616", name="1616_greyfriars-htmllive", ext="html", source="Greyfriars Post", zone="America/New_York", render=r_greyfriars,
  fmt="HTML live blog, no JSON-LD, '2:35 p.m. ET'", imitates=None,
  title="Russia-Ukraine war: Dnipro death toll climbs as rescuers dig through rubble",
  basis="stamp '{s}' under the date heading 'Jan. 15, 2023'; ET in January = EST, UTC-5",
  notes="Invented outlet. American-style HTML live page, newest first, headline above the meta line with stamp 'h:mm a.m./p.m. ET' and author; date only in the heading 'Jan. 15, 2023'. ET = EST (UTC-5) in January, so every post is on 15 Jan UTC too. Page byline lists two reporters; per-card authors used where printed. 1616-05 is a photo teaser without body. " + D2,
  not_entries=["top bar links", "page byline", "date heading 'Jan. 15, 2023'", "'Advertisement' and 'Story continues below advertisement'", "footer"],
  entries=[
  E("2023-01-15 13:50", "Ukraine's air force says it has no way to shoot down the missile used in Dnipro",
    ["Ukraine's air force said the missile that struck Dnipro was a Kh-22, a heavy Soviet-designed anti-ship weapon that its air defenses have no means to intercept.",
     "A spokesman said Russia had fired more than 210 of them since the start of the invasion."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Walt Emerson",
    n="Claim about the weapon used in the attack -> strikes, same story (not the Kh-22 analysis in 1615)."),
  E("2023-01-15 11:15", "Belarus, Russia to hold joint air drills",
    ["Belarus and Russia will stage joint air force exercises starting Monday, the Belarusian defense ministry said.",
     "The drills will run until Feb. 1 and involve all of Belarus's military airfields, according to the ministry."],
    "other", "security", 3, "belarus-russia-air-drills-2023-01", a="Corinne Baptiste"),
  E("2023-01-15 09:40", "Lambrecht to step down soon, German media report",
    ["Germany's defense minister, Christine Lambrecht, plans to resign, according to reports in German media on Sunday.",
     "Chancellor Olaf Scholz's office declined to comment."],
    "other", "politics", 3, "lambrecht-resignation-reports", a="Corinne Baptiste"),
  E("2023-01-15 07:05", "Dnipro rescuers pull more survivors from collapsed building",
    ["Rescue crews in Dnipro, in central-eastern Ukraine, have pulled 39 people alive from the wreckage, the State Emergency Service said.",
     "The search is expected to continue for at least another day."],
    "strikes", "strikes", 3, "dnipro-apartment-block-strike-2023-01-14", a="Walt Emerson"),
  E("2023-01-15 05:30", "Photos: Inside the wrecked apartment block in Dnipro",
    [], "strikes", "strikes", 1, "dnipro-apartment-block-strike-2023-01-14",
    n="Photo teaser without body: importance 1."),
  E("2023-01-15 03:20", "Kherson hit by Russian shelling overnight, officials say",
    ["Russian forces shelled Kherson overnight, killing one person, the head of the regional military administration said.",
     "Officials said several homes caught fire."],
    "strikes", "strikes", 3, "kherson-shelling-2023-01-15", a="Corinne Baptiste"),
  ]))

# ---- day 3: 2025-02-12
SEEDS.append(dict(id="1617", name="1617_hazelmere-worldatom", ext="xml", source="Hazelmere World Service", zone="UTC", render=r_atom,
  fmtname="Atom 1.0, Z times, general world feed", imitates=None,
  chan="Hazelmere World Service - Top stories", link="https://hazelmere.example/news", tag="hazelmere.example",
  desc="World news from Hazelmere", title=None,
  basis="<published> '{s}' (UTC, Z)",
  notes="Invented outlet. General world-news Atom feed (escaped HTML content, Z times, newest first) in which the war is a minority: 4 of 9 entries. Five off-beat items (US inflation, Gaza ceasefire talks, fighting in eastern DR Congo with 'attack', US foreign aid freeze with 'aid', snow in Japan) share words with war news; all are other/unrelated, importance 1. Feed title is not a page title: page_title null. " + D3,
  not_entries=["feed title, subtitle, links, id, updated", "category terms"],
  entries=[
  E("2025-02-12 19:40", "Trump says he and Putin agreed to begin Ukraine negotiations 'immediately'",
    ["President Donald Trump said he had held a long phone call with Vladimir Putin and that the two had agreed their teams would begin talks on ending the war in Ukraine straight away.",
     "Trump said he would brief Volodymyr Zelensky on the conversation."],
    "diplomacy", "diplomacy", 3, "trump-putin-phone-call-2025-02-12", a="Priya Venn", cat="Europe"),
  OFF("2025-02-12 18:10", "US inflation picks up to 3% in January",
    ["Consumer prices in the United States rose faster than expected in January, lifting the annual rate to 3%, official figures showed.",
     "The data makes an early interest-rate cut by the Federal Reserve less likely, economists said."],
    "US economy, not about the war.", a="Malcolm Reyes", cat="Business"),
  OFF("2025-02-12 16:25", "Mediators step up talks to rescue Gaza ceasefire",
    ["Egyptian and Qatari mediators held talks with Hamas and Israeli officials to save the Gaza ceasefire after Hamas said it would delay the next release of hostages.",
     "Israel has warned that fighting will resume if hostages are not freed by Saturday."],
    "another conflict (Gaza); shares the word 'talks' with war news.", a="Priya Venn", cat="Middle East"),
  E("2025-02-12 14:05", "Pentagon chief says return to Ukraine's pre-2014 borders is unrealistic",
    ["Defence Secretary Pete Hegseth told Ukraine's allies in Brussels that restoring Ukraine's borders as they were before 2014 was not a realistic goal.",
     "He also said NATO membership for Kyiv was not a realistic outcome of any settlement and that European countries must provide the bulk of future aid."],
    "diplomacy", "diplomacy", 3, "hegseth-udcg-remarks-2025-02-12", a="Malcolm Reyes", sec=["aid"], cat="Europe"),
  OFF("2025-02-12 11:30", "Rebels attack villages in eastern DR Congo as leaders urge ceasefire",
    ["Fighting spread in South Kivu province as M23 rebels advanced towards the city of Bukavu, local officials said.",
     "Regional leaders meeting in Tanzania last week called for an immediate halt to hostilities."],
    "another conflict (DR Congo); shares 'attack' and 'ceasefire' with war news.", a="Adaeze Okonkwo", cat="Africa"),
  E("2025-02-12 09:20", "Freed American teacher Marc Fogel returns to the United States",
    ["Marc Fogel, an American teacher jailed in Russia since 2021 on drug charges, arrived in Washington after his release was negotiated by Trump's envoy Steve Witkoff.",
     "The White House described the release as a sign of goodwill from Moscow."],
    "diplomacy", "diplomacy", 3, "marc-fogel-release", a="Priya Venn", cat="US"),
  OFF("2025-02-12 06:50", "Aid groups warn of disruption as US foreign aid freeze continues",
    ["International humanitarian organisations said the suspension of American foreign assistance was forcing them to halt programmes in several countries.",
     "A federal judge is considering a legal challenge to the administration's plans for the US aid agency."],
    "US foreign-aid politics, not aid to a party of this war; shares 'aid'.", a="Malcolm Reyes", cat="US"),
  E("2025-02-12 04:15", "Ballistic missiles strike Kyiv before dawn, one killed",
    ["A Russian ballistic missile attack on Kyiv early on Wednesday killed one person and started fires in several districts, officials said.",
     "Mayor Vitali Klitschko said four people were hurt."],
    "strikes", "strikes", 3, "kyiv-ballistic-strike-2025-02-12", a="Priya Venn", cat="Europe"),
  OFF("2025-02-12 02:30", "Heavy snow disrupts flights and trains in northern Japan",
    ["Dozens of flights were cancelled and several rail lines suspended as heavy snow fell across Hokkaido and northern Honshu.",
     "Forecasters warned of further snowfall over the next two days."],
    "weather, not about the war.", a="Kenji Moriyama", cat="Asia"),
  ]))

SEEDS.append(dict(id="1618", name="1618_inchcape-textlive", ext="txt", source="Inchcape Chronicle", zone="Europe/Kyiv", render=r_inchcape,
  fmt="plain text live blog, bare 'HH:MM' Kyiv, Key Points", imitates=None,
  title="Ukraine live: Trump and Putin speak by phone; Kyiv hit by ballistic missiles",
  basis="bare stamp '{s}' on the page's date '12.02.2025 · times are Kyiv time' (EET = UTC+2)",
  notes="Invented outlet (Ukrainian-style English page). Text live blog, newest first, bare 'HH:MM' stamps; date printed as '12.02.2025' (day.month) with 'times are Kyiv time' (EET, UTC+2). 'Key Points' block lists three exact headlines (01, 02, 08). Author line 'Author: NAME' after the body where printed. " + D3,
  not_entries=["masthead and navigation", "'Live | Ukraine' label", "date line", "'Key Points' header and its three lines", "'Read also:' link", "'Advertisement'", "'Earlier updates'", "copyright line"],
  entries=[
  E("2025-02-12 21:42", "Zelensky says he had a meaningful call with Trump",
    ["Volodymyr Zelensky said he had a long conversation with Donald Trump about the chances for peace, shortly after the US president spoke with Vladimir Putin.",
     "He said their teams would meet at the Munich Security Conference later this week."],
    "diplomacy", "diplomacy", 3, "trump-zelensky-call-2025-02-12", a="Kateryna Lysenko", kp=True),
  E("2025-02-12 19:55", "Kremlin: Putin invited Trump to Moscow during their call",
    ["The call between Vladimir Putin and Donald Trump lasted nearly an hour and a half, Kremlin spokesman Dmitry Peskov said.",
     "Putin's aide Yuri Ushakov said the Russian leader had invited Trump to visit Moscow, and that the two had agreed to stay in contact."],
    "diplomacy", "diplomacy", 3, "trump-putin-phone-call-2025-02-12", a="Kateryna Lysenko", kp=True),
  E("2025-02-12 17:30", "Trump: call with Putin was 'lengthy and highly productive'",
    ["Donald Trump wrote on his social network that he and Vladimir Putin had discussed Ukraine, the Middle East and energy, and had agreed to have their teams start negotiating.",
     "He named Marco Rubio, John Ratcliffe, Mike Waltz and Steve Witkoff to lead the American side."],
    "diplomacy", "diplomacy", 3, "trump-putin-phone-call-2025-02-12", a="Kateryna Lysenko"),
  E("2025-02-12 15:20", "Healey announces GBP 150m for drones and air defence",
    ["Britain will give Ukraine a further 150 million pounds for drones, air defence and tank repairs, Defence Secretary John Healey said as he opened the meeting of the Ukraine Defense Contact Group in Brussels.",
     "He said Britain would also help Ukraine build more drones at home."],
    "aid", "aid", 3, "uk-150m-package-udcg-2025-02-12", a="Taras Melnyk"),
  E("2025-02-12 14:50", "Norway adds funds for air defence",
    ["Norway will provide additional money for air defence systems for Ukraine, Defence Minister Tore O. Sandvik said in Brussels.",
     "The contribution will go towards a joint purchase with Germany, he said."],
    "aid", "aid", 2, "norway-air-defence-funding-2025-02-12", a="Taras Melnyk",
    fs="Norway will provide additional money for air defence systems for Ukraine, Defence Minister Tore O. Sandvik said in Brussels."),
  E("2025-02-12 13:40", "Hegseth: NATO membership for Ukraine 'not realistic'",
    ["Pete Hegseth said returning to Ukraine's pre-2014 borders was an 'unrealistic objective' and that NATO membership was not part of a likely settlement.",
     "Any security guarantees should be backed by European and non-European troops, not American ones, he said."],
    "diplomacy", "diplomacy", 3, "hegseth-udcg-remarks-2025-02-12", a="Taras Melnyk"),
  E("2025-02-12 10:05", "Kharkiv: drones hit infrastructure overnight",
    ["Russian drones struck an infrastructure facility in Kharkiv overnight, regional governor Oleh Syniehubov said.",
     "No casualties were reported, but several nearby houses lost power."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-02-12", a=None),
  E("2025-02-12 06:25", "Kyiv: one dead, fires after ballistic missile attack",
    ["One person was killed and at least four injured when Russia fired ballistic missiles at Kyiv early this morning, the city military administration said.",
     "Fires broke out in the Holosiivskyi and Obolonskyi districts, and a gas pipeline was damaged."],
    "strikes", "strikes", 3, "kyiv-ballistic-strike-2025-02-12", a=None, kp=True),
  ]))

SEEDS.append(dict(id="1619", name="1619_kilnworth-article", ext="html", source="Kilnworth Review", zone="Europe/London", render=r_kilnworth,
  fmt="HTML single article + NewsArticle JSON-LD", imitates=None, published="2025-02-12 18:30",
  title="Trump and Putin agree to start talks on Ukraine, leaving Kyiv and Europe on the sidelines",
  basis="no per-entry stamp; the article's dateline '12 February 2025, 18:30 GMT' (= JSON-LD datePublished)",
  notes="Invented outlet. One article without section headings: a single entry (headline = the h1), stamp null, published = the dateline. " + D3,
  not_entries=["header links", "byline and dateline", "'Advertisement'", "'Related:' link", "footer"],
  entries=[
  E("2025-02-12 18:30", "Trump and Putin agree to start talks on Ukraine, leaving Kyiv and Europe on the sidelines",
    ["Donald Trump and Vladimir Putin agreed in a phone call on Wednesday to open negotiations on ending the war in Ukraine, a move that caught European capitals by surprise.",
     "The White House said the call lasted about 90 minutes and that both leaders had talked about visiting each other's countries.",
     "European diplomats said they had not been consulted in advance, and several warned against any deal made over Ukraine's head.",
     "In Kyiv, officials said no agreement could be valid without Ukraine's consent.",
     "The call ends three years in which Western leaders kept Putin at arm's length."],
    "diplomacy", "diplomacy", 3, "trump-putin-phone-call-2025-02-12", a="Martin Okafor"),
  ]))

SEEDS.append(dict(id="1620", name="1620_larchfield-graphlive", ext="html", source="Larchfield Live", zone="UTC", render=r_larchfield,
  fmt="HTML live blog + @graph JSON-LD (@type array), oldest first", imitates=None,
  url="https://larchfield.example/live/ukraine-12-february-2025",
  title="Ukraine war latest: Trump and Putin talk as allies meet in Brussels",
  basis="stamp '{s}' on the page's date 'Wednesday 12 February 2025' (GMT = UTC; also JSON-LD datePublished +00:00)",
  notes="Invented outlet. HTML live blog, OLDEST first, stamps 'HH:MM GMT' in spans; JSON-LD is a @graph whose live node has @type ['NewsArticle','LiveBlogPosting'] with per-update BlogPosting. 1620-02 is a video teaser (no body). 1620-07 repeats 1620-06 nearly verbatim (duplicate_of). 1620-08 is an explainer (theme piece). Uses the spelling 'Kiev' in 1620-01. " + D3,
  not_entries=["header links", "lede line", "date line", "newsletter box", "footer"],
  entries=[
  E("2025-02-12 05:10", "Explosions in Kiev as ballistic missiles target the capital",
    ["Loud explosions shook Kiev shortly after four in the morning local time as the air force warned of ballistic missiles approaching.",
     "Residents reported fires in at least two districts."],
    "strikes", "strikes", 3, "kyiv-ballistic-strike-2025-02-12", a="Dan Pelham"),
  E("2025-02-12 07:45", "Watch: firefighters tackle blaze in Kyiv after missile attack",
    [], "strikes", "strikes", 1, "kyiv-ballistic-strike-2025-02-12",
    n="Video teaser without body: importance 1."),
  E("2025-02-12 09:30", "Freed teacher Fogel welcomed by Trump at White House",
    ["Marc Fogel, the Pennsylvania teacher released by Russia, was welcomed by Donald Trump at the White House late on Tuesday.",
     "He had been serving a 14-year sentence for carrying medical marijuana."],
    "diplomacy", "diplomacy", 3, "marc-fogel-release", a="Dan Pelham"),
  E("2025-02-12 12:40", "UK pledges GBP 150m as allies meet in Brussels",
    ["John Healey said the United Kingdom would provide another 150 million pounds of military support as defence ministers gathered at NATO headquarters.",
     "The package includes drones and money to repair armoured vehicles."],
    "aid", "aid", 3, "uk-150m-package-udcg-2025-02-12", a="Grace Ilori"),
  E("2025-02-12 13:15", "Hegseth tells allies Europe must take the lead on Ukraine",
    ["The new US defence secretary said Europe must provide the overwhelming share of future military and non-lethal aid to Ukraine.",
     "He also said returning to the borders of 2014 was not a realistic goal."],
    "diplomacy", "diplomacy", 3, "hegseth-udcg-remarks-2025-02-12", a="Grace Ilori", sec=["aid"],
    n="Headline leads with Europe taking the lead on Ukraine (burden-sharing statement at an allies' meeting) -> diplomacy, aid secondary."),
  E("2025-02-12 15:40", "Putin and Trump hold phone call, agree to start talks",
    ["Vladimir Putin and Donald Trump spoke by phone for about 90 minutes, the Kremlin said, and agreed to instruct their teams to begin negotiations.",
     "Trump said the two leaders might first meet in Saudi Arabia."],
    "diplomacy", "diplomacy", 3, "trump-putin-phone-call-2025-02-12", a="Grace Ilori"),
  E("2025-02-12 15:48", "Putin and Trump hold phone call, agree to begin talks",
    ["Vladimir Putin and Donald Trump spoke by telephone for about 90 minutes, the Kremlin said, and agreed to instruct their teams to start negotiations.",
     "Trump said the two leaders might first meet in Saudi Arabia."],
    "diplomacy", "diplomacy", 1, "trump-putin-phone-call-2025-02-12", a="Grace Ilori", dup="1620-06",
    n="Near-verbatim repeat of 1620-06: importance 1."),
  E("2025-02-12 18:05", "Explainer: what could be on the table in US-Russia talks",
    ["Few details have emerged about what Washington and Moscow might discuss, but officials on both sides have hinted at territory, sanctions and security guarantees.",
     "Ukraine has insisted that no deal can be reached without its participation."],
    "diplomacy", "diplomacy", 2, "explainer-us-russia-talks-agenda", a="Dan Pelham",
    n="Explainer/theme piece: own story, not the phone call."),
  E("2025-02-12 19:30", "Zelensky says he spoke to Trump after Putin call",
    ["Zelensky said he and Trump had discussed the opportunities to achieve peace and Ukraine's readiness to work together.",
     "The Ukrainian president said they had also talked about the capabilities of Ukraine's drone industry."],
    "diplomacy", "diplomacy", 3, "trump-zelensky-call-2025-02-12", a="Dan Pelham"),
  ]))

DAYS = {"day1": ["1610", "1611", "1612", "1613"], "day2": ["1614", "1615", "1616"], "day3": ["1617", "1618", "1619", "1620"]}


# =============================================================== emit
def main():
    rows = []
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as f:
            f.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"])
            u = d.astimezone(UTC)
            fs = e.get("fs") or (first_sentence(e["p"][0]) if e["p"] else None)
            if e["p"] and not e.get("fs"):
                assert fs == e["p"][0] or not re.search(r"\b[A-Z]\.\s", fs + " "), (S["id"], fs)
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": S["basis"].format(s=stamps[i] or S.get("datetext", ""), d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                 "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["repost"]:
                g["repost_of"] = e["repost"]
            if e["n"]:
                g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        days = sorted({g["published"][:10] for g in ents})
        fmtdesc = S.get("fmt") if isinstance(S.get("fmt"), str) else S.get("fmtname")
        outlet = f"{S['source']} (imitates {S['imitates']})" if S.get("imitates") else f"{S['source']} (invented outlet)"
        rows.append(f"| {fn} | {outlet} | {fmtdesc} | {len(ents)} | {S['zone']} | {'/'.join(days)} |")
    with open(os.path.join(ROOT, "tools", "seed-table.md"), "w", encoding="utf-8") as f:
        f.write("| seed | outlet | format | entries | zone | UTC day(s) |\n|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    print(f"built {len(SEEDS)} seeds, {sum(len(S['entries']) for S in SEEDS)} entries")


if __name__ == "__main__":
    main()

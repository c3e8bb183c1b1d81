#!/usr/bin/env python3
"""Builds eval/bt seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/bt/tools/build.py"""
import hashlib, html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **x):
    """One entry, in PAGE ORDER. t = local time 'YYYY-MM-DD HH:MM' in the page zone."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, x=x)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", suf=("am", "pm"), pad=False):
    hh = d.hour % 12 or 12
    return (f"{hh:02d}" if pad else f"{hh}") + f"{sep}{d.minute:02d}" + (suf[0] if d.hour < 12 else suf[1])


def hexid(s, n=32):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


# ============================================================ Part A renderers (layout imitation only; wording is mine)

def r_standard(S):  # Warrnambool Standard ("The Standard", ACM): topic page, cards newest first; stamp AFTER headline and body
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | The Standard | Warrnambool, VIC</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           '<div class="cookie-notice">This site uses cookies to give you a better experience. <a href="/privacy/">Find out more</a> <button>OK</button></div>',
           '<header class="site-header"><a class="masthead" href="/">The Standard</a>'
           '<nav><a href="/news/local-news/">Local News</a> <a href="/sport/">Sport</a> <a href="/community/">Community</a> <a href="/news/national/">National</a> '
           '<a href="/news/world/">World</a> <a href="/obituaries/">Obituaries</a> <a href="/classifieds/">Classifieds</a> <a href="/real-estate/">Real Estate</a> '
           '<a href="/jobs/">Jobs</a> <a href="/todays-paper/">Today\'s Paper</a> <a href="/puzzles/">Puzzles</a></nav>'
           '<a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Log in</a></header>',
           '<main class="topic"><p class="eyebrow">Topic</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="topic-intro">{esc(S["intro"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day} {d.year} - {h12(d)}"
        stamps.append(st)
        out.append(f'<div class="story-card"><a href="/story/{8312040 + i * 17}/{slug(e["h"])}/"><h3>{esc(e["h"])}</h3></a>')
        out += [f'<p class="card-text">{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="card-meta">' + (f'<span class="byline">By {esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<span class="date">{st}</span></div></div>')
        if i == 2:
            out.append('<div class="newsletter-signup"><h4>Get the latest Warrnambool news in your inbox</h4><p>Sign up for our newsletter to stay up to date.</p>'
                       '<input type="email" placeholder="Your email address"> <button>Sign up</button></div>')
        if i == 4:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<a class="load-more" href="?page=2">Load more</a></main>',
            '<footer><p>Australian Community Media | Terms of Use | Privacy | Advertise with us | Contact us</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_northernstar(S):  # The Northern Star (News Corp regional), live coverage copied as text; NO YEAR anywhere; "Name 8.20am" line BEFORE headline; day headers
    z = S["zone"]
    L = ["Skip to navigation", "Skip to main content", "Northern Star", "Subscribe", "Log In", "",
         "News  Sport  Lifestyle  Entertainment  Property  Obituaries  Puzzles  Northern Rivers", "", "World", "", "LIVE", S["title"], "",
         S["lede"], "", S["covers"], "", "Share", "",
         "Don't miss out on the headlines from World. Followed categories will be added to My News.", "",
         "What we know so far"] + ["\u2022 " + b for b in S["bullets"]] + [""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{e['a']} {h12(d, sep='.')}"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"]) + ["Share", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more updates", "", "Join the conversation", "14 comments", "",
          "Northern Star | About us | Terms of use | Privacy policy | Help and support", "\u00a9 News Corp Australia"]
    return "\n".join(L) + "\n", stamps


def r_gympie(S):  # Gympie Times (News Corp) RSS 2.0: pubDate in GMT, dc:creator, description CDATA with <p>, news-story hex links
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"]).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.gympietimes.com.au/news/world</link>',
           '<atom:link href="https://www.gympietimes.com.au/news/world/rss" rel="self" type="application/rss+xml"/>',
           '<description>World news from the Gympie Times</description>', '<language>en-AU</language>',
           f'<lastBuildDate>{last:%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate>', '<copyright>Copyright News Corp Australia</copyright>', '<ttl>15</ttl>']
    stamps = []
    for e in S["entries"]:
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        link = f"https://www.gympietimes.com.au/news/world/{slug(e['h'])}/news-story/{hexid(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{hexid(e["h"])}</guid>',
                f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{e["x"].get("cat", "World")}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:content url="https://content.api.news/v3/images/bin/{hexid(e["h"] + "img")}" medium="image" width="1280" height="720"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_barrier(S):  # Barrier Truth (Broken Hill), text scrape; NO YEAR; "By AAP | Wednesday 5 July, 7.40am" line AFTER headline; newest first
    z = S["zone"]
    L = ["Barrier Daily Truth", "Broken Hill's independent newspaper", "", S["clock"], "",
         "Home | Local News | Sport | World & National | Community | Funerals | Classifieds | Subscribe | Contact", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}, {h12(d, sep='.')}"; stamps.append(st)
        L += [e["h"], f"By {e['a']} | {st}", ""] + lines_of(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Subscribe to the Truth's digital edition for the full paper every morning.", ""]
    L += ["Older stories", "", "Barrier Daily Truth | Argent Street, Broken Hill | Advertise with us | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_goulburn(S):  # Goulburn Post (ACM) article with h2 sections; NewsArticle JSON-LD; one printed time for the whole article
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["standfirst"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Goulburn Post", "logo": {"@type": "ImageObject", "url": "https://www.goulburnpost.com.au/logo.png"}},
          "mainEntityOfPage": S["url"]}
    stamp_line = f"{MONTHS[d0.month - 1]} {d0.day} {d0.year} - {h12(d0)}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Goulburn Post | Goulburn, NSW</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="masthead" href="/">Goulburn Post</a><nav><a>Local News</a> <a>Sport</a> <a>Community</a> <a>National</a> <a>World</a> '
           '<a>Obituaries</a> <a>Classifieds</a> <a>Today\'s Paper</a></nav><a class="btn">Subscribe</a> <a class="btn">Log in</a></header>',
           '<main><article><p class="eyebrow">World</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<div class="byline">By {esc(S["byline"])}</div>', f'<div class="dates"><span>{stamp_line}</span></div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>Email</a> <a>Copy link</a></div>',
           f'<figure><img src="/images/eu-summit.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="newsletter">Get the latest Goulburn news in your inbox. <a>Sign up to our newsletter</a></div>')
    out += ['<div class="paywall-note">Subscribe now for unlimited access.</div>', '</article>',
            '<aside><h3>More from World</h3><a href="/r/1">What the accession process means for Kyiv</a></aside></main>',
            '<footer>Australian Community Media | Terms of Use | Privacy | Advertise with us</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_taupo(S):  # Taupo & Turangi Herald (NZME, NZ Herald template) section page copied as text; "24 Oct, 2023 11:30 AM" AFTER the body
    z = S["zone"]
    L = ["Skip to main content", "NZ Herald", "Menu", "Search", "Subscribe", "Sign In", "", "Taup\u014d & T\u016brangi Herald", "",
         "Local news  Sport  Opinion  Events  Property  Notices", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day:02d} {d:%b}, {d.year} {h12(d, suf=(' AM', ' PM'), pad=True)}"; stamps.append(st)
        L += [e["h"], ""] + lines_of(e["p"]) + [f"By {e['a']}", st, f"{2 + i % 3} mins to read", ""]
        if i == 1:
            L += ["Premium", "Unlock all our journalism with a Herald Premium subscription.", ""]
    L += ["More from Taup\u014d & T\u016brangi Herald", "", "Sign up to the Taup\u014d & T\u016brangi Herald newsletter", "",
          "NZME Publishing Limited | Privacy Policy | Terms of use | Contact us"]
    return "\n".join(L) + "\n", stamps


def r_westport(S):  # Westport News WordPress Atom: <published> in Z, CDATA title/summary/content, author per entry (RNZ copy)
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"]).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-NZ" xml:base="https://westportnews.co.nz/wp-atom.php">',
           f'<title type="text">{esc(S["title"])}</title>', '<subtitle type="text">Buller\'s community newspaper</subtitle>',
           f'<updated>{last:%Y-%m-%dT%H:%M:%SZ}</updated>', '<link rel="alternate" type="text/html" href="https://westportnews.co.nz"/>',
           '<id>https://westportnews.co.nz/feed/atom/</id>', '<link rel="self" type="application/atom+xml" href="https://westportnews.co.nz/feed/atom/"/>',
           '<generator uri="https://wordpress.org/" version="6.2.2">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        link = f"https://westportnews.co.nz/{u:%Y/%m/%d}/{slug(e['h'])}/"
        excerpt = e["p"][0][:120].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{link}"/>', f'<id>https://westportnews.co.nz/?p={24810 + i * 7}</id>',
                f'<updated>{st}</updated>', f'<published>{st}</published>',
                f'<category scheme="https://westportnews.co.nz" term="{e["x"].get("cat", "News")}"/>',
                f'<summary type="html"><![CDATA[{excerpt}]]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_chronicle(S):  # Thunder Bay Chronicle-Journal (BLOX/TownNews) World listing; <time datetime> with RELATIVE text for today, date only for yesterday
    z = S["zone"]; now = dt(S["now"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | chroniclejournal.com</title></head>',
           '<body class="section-page">', '<div id="site-top"><span class="site-date">' + esc(S["clock"]) + '</span> <span class="weather">Thunder Bay, ON -7\u00b0C</span> '
           '<a href="/users/signup/">Sign Up</a> <a href="/users/login/">Log In</a></div>',
           '<header><a class="logo" href="/">The Chronicle-Journal</a><nav><a href="/news/">News</a> <a href="/news/local/">Local News</a> <a href="/sports/">Sports</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/classifieds/">Classifieds</a> <a href="/eedition/">E-Edition</a> '
           '<a href="/contests/">Contests</a></nav><a class="subscribe" href="/subscribe/">Subscribe</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() == now.date():
            mins = int((now - d).total_seconds() // 60)
            rel = f"{mins} min ago" if mins < 60 else f"{mins // 60} hr{'s' if mins // 60 > 1 else ''} ago"
            st = ("Updated " if e["x"].get("upd") else "") + rel
        else:
            st = f"{d:%b} {d.day}, {d.year}"
        stamps.append(st)
        out.append(f'<article class="tnt-asset-type-article card"><div class="card-headline"><h3 class="tnt-headline">'
                   f'<a href="/news/world/{slug(e["h"])}/article_{hexid(e["h"], 8)}-{hexid(e["h"] + "x", 4)}.html">{esc(e["h"])}</a></h3></div>')
        out.append(f'<ul class="list-inline card-meta"><li class="card-byline">{esc(e["a"])}</li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}">{st}</time></li></ul>')
        out.append('<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + '</div></article>')
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['<a class="tnt-pagination-next" href="?o=20">Next</a></main>',
            '<footer><p>The Chronicle-Journal, Thunder Bay, Ontario</p><p>Terms of Use | Privacy Policy | Contact Us</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


POSTMEDIA_AD = "This advertisement has not loaded yet, but your article continues below."


def r_nugget(S):  # North Bay Nugget (Postmedia) timeline article copied as text; "10:05 a.m." lines, NO headlines, one page byline, oldest first
    z = S["zone"]
    L = ["Skip to Content", "North Bay Nugget", "Subscribe", "Sign In", "",
         "Local News  News  Sports  Opinion  Entertainment  Life  Business  Obituaries  Classifieds  Driving  Healthing  ePaper", "", "Local News", "",
         S["title"], S["deck"], "", "Author of the article:", S["byline"], "", S["published_line"], "", "Join the conversation", "",
         S["caption"], "", "Article content", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, suf=(" a.m.", " p.m.")); stamps.append(st)
        L += [st, ""] + lines_of(e["p"])
        if i % 2 == 1:
            L += ["Article content", ""]
        if i == 2:
            L += [POSTMEDIA_AD, ""]
    L += ["Share this article in your social network", "", "Comments",
          "Postmedia wants to keep comments civil and on topic. Comments may take up to an hour to appear on the site.", "",
          "Trending", "1  Callander council weighs new boat launch fees", "2  Nipissing University enrolment climbs", "",
          "North Bay Nugget | Advertise With Us | Terms of Use | Privacy Policy", "\u00a9 Postmedia Network Inc. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_timmins(S):  # Timmins Daily Press (Postmedia) HTML: Canadian Press "latest" roundup, newest first; <strong>6:40 p.m.</strong> then h3; agency credit AFTER each item
    z = S["zone"]
    first = min(dt(e["t"], z) for e in S["entries"]); last = max(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Organization", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Timmins Daily Press"},
          "articleSection": "News", "isAccessibleForFree": True}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Timmins Daily Press</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">Timmins Daily Press</a><nav><a>News</a> <a>Local News</a> <a>Sports</a> <a>Opinion</a> '
           '<a>Entertainment</a> <a>Life</a> <a>Obituaries</a> <a>Classifieds</a> <a>Driving</a> <a>Healthing</a></nav><a>Subscribe</a> <a>Sign In</a></header>',
           '<main><article><p class="article-category">World</p>', f'<h1 class="article-title">{esc(S["title"])}</h1>',
           f'<p class="article-subtitle">{esc(S["deck"])}</p>',
           f'<div class="article-byline"><span class="article-byline__author">{esc(S["byline"])}</span></div>',
           f'<div class="article-date">{esc(S["published_line"])}</div>',
           '<div class="share-bar">Share this Story : <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>',
           '<p class="visually-hidden">Article content</p>', f'<p>{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, suf=(" a.m.", " p.m.")); stamps.append(st)
        out.append(f'<p><strong>{st}</strong></p>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="credit"><em>\u2014 {esc(e["a"])}</em></p>')
        if i == 1:
            out.append(f'<div class="ad-label">{POSTMEDIA_AD}</div>')
        if i == 3:
            out.append('<div class="newsletter-box"><h4>Timmins Daily Press Headline News</h4><p>Sign up to receive daily headline news from the Timmins Daily Press.</p>'
                       '<input type="email"> <button>Sign Up</button></div>')
    out += ['<p class="visually-hidden">Article content</p>', '<div class="comments-cta">Join the conversation</div></article>',
            '<aside><h4>Trending</h4><a>Porcupine Health Unit reports flu uptick</a> <a>Timmins council approves winter budget</a></aside></main>',
            '<footer>\u00a9 Postmedia Network Inc. All rights reserved. | Terms of Use | Privacy Policy | Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_hazel(S):  # text live, OLDEST first; Key Points block; headline, then "Name · 08:10" line, then body
    z = S["zone"]
    L = ["HAZELCROFT COURIER", "Kyiv  |  News  |  War  |  Economy  |  Culture  |  Podcasts", "", S["title"], S["dateline"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Updates, oldest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']} \u00b7 {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + lines_of(e["p"])
        if i == 3:
            L += ["Support independent journalism from Kyiv: become a Courier member.", ""]
    L += ["This live page is no longer being updated.", "", "Hazelcroft Courier \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_gallowhill(S):  # HTML live, NEWEST first; LiveBlogPosting JSON-LD with per-update datePublished/author; visible <time datetime>3:40pm</time> above h2
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#block-{hexid(e['h'] + e['t'], 10)}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    times = sorted(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": times[0].isoformat(), "dateModified": times[-1].isoformat(),
          "coverageStartTime": times[0].isoformat(), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Options</button></div>',
           f'<header><a href="/" class="brand">{S["source"]}</a><nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Opinion</a> <a>Newsletters</a></nav></header>',
           f'<main><span class="live-badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="dateline">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        out.append(f'<article class="block"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="block-byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="block-share">Share <a>Copy link</a></div></article>')
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/world/ukraine-explained">Ukraine war explained in maps</a></aside>')
    out += ['<button class="older">Load older posts</button></main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Terms \u00b7 Privacy notice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rssworld(S):  # RSS 2.0 general world feed; pubDate with the outlet's numeric offset; CDATA paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', f'<language>{S.get("lang", "en")}</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{slug(e["h"])}</link>',
                f'<guid isPermaLink="false">{hexid(e["h"] + e["t"], 12)}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{e["x"].get("cat", "World")}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0 with the outlet's offset in <published>; escaped HTML content (no CDATA); author per entry when given
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{S.get("lang", "en")}">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>',
           f'<id>{S["url"]}/feed</id>', f'<updated>{last.isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/{slug(e["h"])}"/>', f'<id>tag:{S["url"][8:]},{d:%Y-%m-%d}:{hexid(e["h"] + e["t"], 8)}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_eldermoss(S):  # text live, OLDEST first; "[06:20]" line BEFORE headline; "Reporting: NAME" after body; zone stated as UTC+3 in the date line
    z = S["zone"]
    L = ["Eldermoss Daily", "Baltic news in English", "", "Home / Region / Ukraine war", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"[{d:%H:%M}]"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 4:
            L += ["Newsletter: the Baltic morning briefing in your inbox at 7am. Subscribe", ""]
    L += ["Follow Eldermoss Daily on Telegram", "", "\u00a9 Eldermoss Daily \u00b7 About \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_marbleton(S):  # text article with German chrome: 'Stand: 09.08.2023, 18:45 Uhr', 'Von NAME'; one entry per section heading; stamp null
    L = ["Marbleton Dispatch", "English edition | Deutsch", "", "Startseite > Ausland > Ukraine", "", S["title"], "", S["dateline"], f"Von {S['byline']}", "",
         S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + lines_of(e["p"])
    L += ["Mehr zum Thema"] + ["- " + r for r in S["related"]] + ["", "Teilen: Facebook | X | E-Mail", "", "Impressum | Datenschutz | Kontakt"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_lanthorn(S):  # HTML live, OLDEST first; JSON-LD @graph, page node @type [NewsArticle, LiveBlogPosting] with liveBlogUpdate; day headers; <time datetime>08:15</time>
    z = S["zone"]; ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    times = sorted(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://lanthornpost.example/#org", "name": "Lanthorn Post"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": times[0].isoformat(),
         "dateModified": times[-1].isoformat(), "coverageStartTime": times[0].isoformat(), "publisher": {"@id": "https://lanthornpost.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 Lanthorn Post</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Lanthorn Post</a><nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>', '<p class="tz">All times are Kyiv time.</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
        if day != cur:
            cur = day; out.append(f'<h2 class="day">{day}</h2>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 3:
            out.append('<div class="donate">The Lanthorn Post is reader-funded. Support our reporting.</div>')
    out += ['</main><footer>Lanthorn Post \u00b7 Kyiv \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_duskwater(S):  # text live, NEWEST first; "21.30 GMT" line BEFORE headline; one page byline; day line "Sun 31 Dec 2023"
    z = S["zone"]
    L = ["Duskwater Live", "News | World | Ukraine | Sport | Weather", "", S["title"], "", S["lede"], "", S["dateline"], f"Compiled by {S['byline']}", "",
         "Share", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Duskwater Live \u00b7 Terms \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (own words; entries listed in PAGE ORDER)
SEEDS = []

SEEDS.append(dict(id="7300", name="7300_warrnamboolstandard-topic", ext="html", source="Warrnambool Standard", zone="Australia/Melbourne", render=r_standard,
  title="Russia-Ukraine war", intro="The latest news and analysis on the war in Ukraine.",
  notes="Imitates the Warrnambool Standard (branded 'The Standard', an ACM site) topic page. Cards newest first: linked h3 headline, card text, then a meta line with an optional 'By ...' credit and the ACM stamp 'July 27 2023 - 1:15am' AFTER headline and body. No zone printed: Victorian time (AEST, UTC+10 in July) is implied by the outlet. Crosses local midnight: the top card is 27 July local but still 26 July in UTC, like every other card. Wire cards credit 'AAP'; local cards carry a reporter's name.",
  not_entries=["cookie notice", "masthead, navigation menu, Subscribe / Log in buttons", "'Topic' eyebrow and the h1 'Russia-Ukraine war' (page title)", "topic intro line",
               "newsletter sign-up box after the third card", "'Advertisement' slot", "'Load more' link", "footer links"],
  entries=[
  E("2023-07-27 01:15", "Ukraine throws fresh brigades into southern assault, US officials say",
    ["Ukrainian commanders have committed thousands of reserve troops to an assault south of Orikhiv in what two US officials described as the main thrust of the counteroffensive.",
     "Kyiv did not confirm the scale of the operation, saying only that fighting in the Zaporizhzhia region had intensified overnight."],
    "other", "frontline", 3, "ukraine-southern-push-orikhiv-2023-07-26", a="AAP", n="Large ground offensive: frontline, importance 3."),
  E("2023-07-26 22:40", "Drones set grain silos alight at Danube port",
    ["Russian drones struck grain silos at a river port on the Danube overnight, destroying several thousand tonnes of barley bound for Africa and Asia, the Odesa regional governor said.",
     "No one was injured, he said, but it was the third attack on the area in ten days."],
    "strikes", "strikes", 2, "danube-port-drone-strike-2023-07-26", a="AAP"),
  E("2023-07-26 19:05", "Putin offers free grain as African leaders gather in St Petersburg",
    ["Vladimir Putin has promised free grain cargoes to several African countries as leaders from across the continent arrived in St Petersburg for a two-day summit with Russia.",
     "Western governments said the offer did little to replace the Black Sea export arrangement Moscow walked away from this month."],
    "diplomacy", "diplomacy", 3, "russia-africa-summit-grain-offer", a="AAP", n="Head-of-state diplomatic move: importance 3."),
  E("2023-07-26 16:20", "Warrnambool's Ukrainian community raises $18,000 for hospital generators",
    ["Members of Warrnambool's Ukrainian community have raised more than $18,000 to buy generators for a hospital in the Chernihiv region before winter.",
     "Organiser Oksana Melnyk said most of the money came from a bake sale and a trivia night held at a Liebig Street cafe.",
     "The generators will be shipped through a charity in Poland."],
    "other", "humanitarian", 2, "warrnambool-ukrainian-generator-appeal", a="Callan Tisdell", n="Private community fundraising for civilians: other/humanitarian (convention), not aid."),
  E("2023-07-26 13:50", "Romanian base picked for F-16 pilot training",
    ["Ukrainian pilots will learn to fly F-16 fighter jets at a base in Romania under a plan led by Denmark and the Netherlands, with the first classes expected in August.",
     "Washington has agreed to let its allies train the pilots and eventually hand over the aircraft."],
    "aid", "aid", 2, "f16-training-centre-romania", a="AAP"),
  OFF("2023-07-26 11:30", "Landslip closes Great Ocean Road near Lorne",
      ["A section of the Great Ocean Road between Lorne and Apollo Bay will stay closed for at least a week after heavy rain brought down a landslip, the Department of Transport said."],
      "great-ocean-road-landslip", a="Callan Tisdell", n="regional road closure on a war topic page (tagging error by the site)."),
  ]))

PRIG = "prigozhin-plane-crash-2023-08-23"
SEEDS.append(dict(id="7301", name="7301_northernstar-live", ext="txt", source="The Northern Star", zone="Australia/Sydney", render=r_northernstar,
  title="Prigozhin crash: Kremlin calls claims it was behind Wagner boss's death 'an absolute lie'",
  lede="Moscow has rejected Western suggestions it had the mercenary chief killed, as investigators recover the bodies from the crash site north of Moscow.",
  covers="Live updates from Friday, August 25",
  bullets=["Wagner chief Yevgeny Prigozhin is believed to have been on board a private jet that crashed on Wednesday",
           "The Kremlin denies any involvement", "Russian investigators have opened a criminal case into air safety violations"],
  parse_args=["--date", "2023-08-25"],
  notes="Imitates a News Corp Australia live-coverage page of The Northern Star (Lismore), copied as text. NO YEAR anywhere on the page (parse_args --date 2023-08-25, the day named in 'Live updates from Friday, August 25'). Newest first, under day headers 'Saturday, August 26' / 'Friday, August 25'; each post opens with a fused 'Name 8.20am' line (author, then 12 h time with a dot) BEFORE the headline, then body and 'Share'. No zone printed: Sydney time (AEST, UTC+10) implied by the outlet. Crosses local midnight: the three Saturday posts are still 25 August in UTC, so the whole page is one UTC day. 'What we know so far' is a summary box, not entries.",
  not_entries=["skip links, masthead, Subscribe / Log In", "section menu", "'World' section label and 'LIVE' badge", "title line (page title)", "lede paragraph under the title",
               "'Live updates from Friday, August 25' line", "'Share' labels (top and after every post)", "'Don't miss out on the headlines from World...' follow prompt",
               "'What we know so far' summary box and its three bullets", "day headers 'Saturday, August 26' and 'Friday, August 25'", "'Advertisement'",
               "'Load more updates', 'Join the conversation', '14 comments'", "footer lines"],
  entries=[
  E("2023-08-26 08:20", "Mourners bring flowers to Wagner's St Petersburg tower",
    ["A steady stream of people left flowers and candles outside the glass office tower that served as Wagner's headquarters in St Petersburg, Russian media footage showed.",
     "Some wore patches bearing the group's insignia."],
    "other", "politics", 2, PRIG, a="Ellie Renshaw"),
  E("2023-08-26 05:45", "Pentagon says no sign a missile downed the jet",
    ["A Pentagon spokesman said the United States had no information suggesting a surface-to-air missile brought down the business jet.",
     "He added that the initial assessment was that Prigozhin had probably been killed."],
    "other", "politics", 2, PRIG, a="Ellie Renshaw"),
  E("2023-08-26 01:40", "Kremlin calls claims it ordered the crash 'an absolute lie'",
    ["Kremlin spokesman Dmitry Peskov has dismissed Western suggestions that the Russian state was behind the crash as an absolute lie.",
     "He said the investigation would establish what happened and declined to say whether President Vladimir Putin would attend any funeral."],
    "other", "politics", 3, PRIG, a="Marcus Duvall", n="The page's lead development (the title story): importance 3."),
  E("2023-08-25 21:10", "Ukraine claims more ground south of Robotyne",
    ["Ukrainian troops have pushed further south of the village of Robotyne in the Zaporizhzhia region, Deputy Defence Minister Hanna Maliar said.",
     "Her claim could not be independently verified."],
    "other", "frontline", 2, "ukraine-advance-robotyne-2023-08-25", a="Marcus Duvall"),
  E("2023-08-25 18:30", "Two women killed as shells hit village near Kupiansk",
    ["Two women were killed when Russian artillery struck a village near Kupiansk in the Kharkiv region on Friday morning, regional governor Oleh Syniehubov said.",
     "A house and a shop were destroyed."],
    "strikes", "strikes", 3, "kupiansk-village-shelling-2023-08-25", a="Marcus Duvall", n="Deadly strike: importance 3."),
  E("2023-08-25 14:05", "Canberra sanctions Wagner-linked figures",
    ["Foreign Minister Penny Wong has announced financial sanctions and travel bans on eight people and four companies the government says are tied to the Wagner Group.",
     "The measures take effect immediately."],
    "diplomacy", "diplomacy", 2, "australia-sanctions-wagner-2023-08-25", a="Ellie Renshaw"),
  E("2023-08-25 11:25", "All ten bodies recovered from crash site, investigators say",
    ["Russian investigators say they have recovered all ten bodies from the wreckage of the business jet in the Tver region and will carry out genetic tests to identify them."],
    "other", "politics", 2, PRIG, a="Marcus Duvall"),
  ]))

SEEDS.append(dict(id="7302", name="7302_gympietimes-rss", ext="xml", source="Gympie Times", zone="Australia/Brisbane", render=r_gympie,
  title="Gympie Times | World",
  notes="Imitates a News Corp Australia RSS 2.0 feed for the Gympie Times world section. Newest first; pubDate in GMT (explicit), dc:creator gives the agency or reporter, description is CDATA HTML paragraphs, news-story hex links. page_timezone is the outlet's home zone (Queensland, AEST UTC+10, no daylight saving) for published_local; two items are already 15 November in Gympie but 14 November in UTC. One local weather item is off-beat.",
  not_entries=["channel title/link/description/language/lastBuildDate/copyright/ttl", "atom:link self reference", "media:content image references"],
  entries=[
  E("2023-11-15 09:10", "Ukraine says marines have dug in on Dnipro's eastern bank",
    ["Ukrainian marines have secured several footholds on the Russian-held eastern bank of the Dnipro River in the Kherson region, a senior official in President Volodymyr Zelensky's office said.",
     "Russian-installed officials said the landing groups were under heavy fire."],
    "other", "frontline", 3, "ukraine-dnipro-left-bank-footholds", a="AFP", n="Significant territorial claim: importance 3."),
  E("2023-11-15 06:25", "EU will miss million-shell pledge, German minister admits",
    ["The European Union will not deliver the one million artillery shells it promised Ukraine by next March, German Defence Minister Boris Pistorius has conceded.",
     "He said production in Europe was rising but could not meet the target in time."],
    "aid", "aid", 3, "eu-million-shells-target-missed", a="Reuters", n="Major ammunition commitment: importance 3."),
  E("2023-11-14 21:40", "Drone attack starts warehouse fire at Odesa port",
    ["A Russian drone attack set a port warehouse on fire in the Odesa region overnight, Ukraine's southern military command said.",
     "It said air defences shot down most of the drones."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2023-11-14", a="AFP"),
  OFF("2023-11-14 17:05", "Soaking rain brings relief to Gympie graziers",
      ["Up to 60 millimetres of rain fell across the Gympie region overnight, easing fears of a long dry spell heading into summer."],
      "gympie-region-rain-relief", a="Josh Prebble", n="local weather."),
  E("2023-11-14 14:30", "Kremlin stays silent on Putin re-election bid",
    ["Kremlin spokesman Dmitry Peskov said President Vladimir Putin had not yet announced whether he would stand in next year's presidential election.",
     "Analysts expect him to seek another six-year term."],
    "other", "politics", 2, "putin-reelection-bid-speculation", a="AFP", n="Russian domestic politics (a party to the war): other/politics, not off-beat."),
  E("2023-11-14 11:15", "Ukraine's envoy renews pitch for Queensland-built armoured vehicles",
    ["Ukraine's ambassador to Australia, Vasyl Myroshnychenko, has again urged Canberra to send armoured vehicles built at Rheinmetall's plant near Ipswich.",
     "He said the vehicles would save lives on the front line."],
    "aid", "aid", 2, "ukraine-envoy-boxer-vehicles-request", a="NCA NewsWire"),
  ]))
SEEDS[-1]["entries"][3]["x"]["cat"] = "Local News"

SEEDS.append(dict(id="7303", name="7303_barriertruth-world", ext="txt", source="Barrier Truth", zone="Australia/Broken_Hill", render=r_barrier,
  title="World & National", clock="Wednesday, 5 July", parse_args=["--date", "2023-07-05"],
  notes="Imitates the Barrier Daily Truth (Broken Hill) 'World & National' page, copied as text. NO YEAR anywhere (parse_args --date 2023-07-05, the page clock 'Wednesday, 5 July'). Newest first; each item: headline, then a 'By AAP | Wednesday 5 July, 7.40am' line (credit, weekday, day, month, 12 h time with a dot), body, 'Read more'. No zone printed: Broken Hill keeps South Australian time although it is in New South Wales (Australia/Broken_Hill, ACST UTC+09:30 in July, a half-hour offset). Crosses local midnight: the top item is 5 July local but 4 July in UTC, like the rest. One local water item is off-beat.",
  not_entries=["masthead and tagline", "page clock 'Wednesday, 5 July'", "menu line", "section title 'World & National' (page title)", "'Read more' after every item",
               "digital-edition subscription plug", "'Older stories'", "footer line"],
  entries=[
  E("2023-07-05 07:40", "Kyiv and Moscow trade claims over nuclear plant",
    ["Ukraine's President Volodymyr Zelensky says Russian troops have placed objects resembling explosives on the roofs of two reactor buildings at the Zaporizhzhia nuclear plant.",
     "Moscow says Kyiv is preparing to attack the site itself and blame Russia."],
    "other", "security", 2, "zaporizhzhia-npp-sabotage-claims-2023-07-04", a="AAP", n="Sabotage claims about the plant: other/security."),
  E("2023-07-04 22:15", "Drones downed near Moscow, flights diverted",
    ["Russia's defence ministry says air defences and electronic jamming stopped five drones heading for Moscow, with one coming down near Vnukovo airport.",
     "Several flights were diverted while the airport was closed."],
    "strikes", "strikes", 2, "moscow-drones-vnukovo-2023-07-04", a="AAP"),
  E("2023-07-04 18:50", "Dozens hurt as missile hits town near Kharkiv",
    ["More than 40 people, including 12 children, were injured when a Russian missile struck a residential area of the town of Pervomaiskyi in the Kharkiv region, officials said.",
     "Apartment blocks and a kindergarten were damaged."],
    "strikes", "strikes", 3, "pervomaiskyi-missile-strike-2023-07-04", a="AAP", n="Large strike with many casualties: importance 3."),
  E("2023-07-04 15:30", "Ukraine says troops pushing on Bakhmut's flanks",
    ["Ukrainian forces are slowly advancing on the northern and southern edges of Bakhmut, Deputy Defence Minister Hanna Maliar said.",
     "Russia said its troops had repelled the attacks."],
    "other", "frontline", 2, "bakhmut-flanks-advance-2023-07-04", a="AAP"),
  OFF("2023-07-04 12:10", "Menindee Lakes water levels on the rise",
      ["Water levels in the Menindee Lakes system are climbing again after inflows from the Darling River, easing concerns for fish and landholders downstream."],
      "menindee-lakes-water-levels", a="Bree Callaghan", n="local water story."),
  E("2023-07-04 10:05", "Albanese confirms trip to NATO summit in Vilnius",
    ["Prime Minister Anthony Albanese will travel to Lithuania next week for the NATO leaders' summit, where support for Ukraine is expected to dominate the talks."],
    "diplomacy", "diplomacy", 2, "albanese-nato-vilnius-summit-trip", a="AAP"),
  ]))

SEEDS.append(dict(id="7304", name="7304_goulburnpost-article", ext="html", source="Goulburn Post", zone="Australia/Sydney", render=r_goulburn,
  title="EU agrees to open membership talks with Ukraine, but Hungary blocks funding",
  standfirst="Kyiv wins a long-sought political prize in Brussels while a \u20ac50 billion lifeline stays stuck.",
  byline="Nell Carbury", dateline_t="2023-12-15 16:30", url="https://www.goulburnpost.com.au/story/8461203/eu-agrees-to-open-membership-talks-with-ukraine/",
  caption="European leaders met in Brussels. Picture supplied",
  lede="European leaders handed Ukraine a symbolic win overnight, even as a key funding package remained in limbo.",
  notes="Imitates a Goulburn Post (ACM) world article with h2 section headings; NewsArticle JSON-LD (datePublished +11:00). One entry per section heading (convention from the brief's article rule): headline = heading, stamp null, published = the single printed article time 'December 15 2023 - 4:30pm' (AEDT, UTC+11; zone implied by the outlet), author = the page byline. The standfirst and the unheaded lede paragraph are not entries.",
  not_entries=["masthead, menu, Subscribe / Log in", "'World' eyebrow", "h1 title (page title)", "standfirst", "byline 'By Nell Carbury'", "date line 'December 15 2023 - 4:30pm'",
               "share links", "photo caption", "unheaded lede paragraph", "newsletter box", "'Subscribe now for unlimited access.'", "'More from World' related link", "footer"],
  entries=[
  E("2023-12-15 16:30", "Talks approved while Orban stepped out",
    ["European Union leaders agreed to begin accession negotiations with Ukraine and Moldova after Hungary's Prime Minister Viktor Orban left the room so the decision could pass without his veto.",
     "President Volodymyr Zelensky called it a victory for Ukraine and for Europe as a whole."],
    "diplomacy", "diplomacy", 3, "eu-accession-talks-ukraine-2023-12-14", a="Nell Carbury", n="Summit-level decision: importance 3."),
  E("2023-12-15 16:30", "Aid package held up",
    ["Hours later Mr Orban blocked a four-year, 50 billion euro support package for Kyiv, and leaders agreed to try again early next year."],
    "aid", "aid", 3, "eu-50bn-ukraine-facility-veto", a="Nell Carbury", n="Major funding decision: importance 3; separate story from the accession talks (different decision)."),
  E("2023-12-15 16:30", "Putin says peace must wait for Russia's goals",
    ["Vladimir Putin told his annual year-end news conference that there would be peace only once Russia had achieved its aims in Ukraine, which he said had not changed."],
    "diplomacy", "diplomacy", 2, "putin-year-end-press-conference-2023", a="Nell Carbury", n="Statement on peace terms: diplomacy."),
  E("2023-12-15 16:30", "Air defences down drones over Kyiv region",
    ["Ukraine's air force said it shot down 41 of 42 attack drones launched at the country overnight, most of them over the Kyiv region.",
     "Falling debris damaged several houses but no one was hurt."],
    "strikes", "strikes", 2, "kyiv-region-drone-attack-2023-12-15", a="Nell Carbury"),
  E("2023-12-15 16:30", "Visa extension for Ukrainians in Australia",
    ["Ukrainians living in Australia on temporary humanitarian visas will be allowed to stay for at least another year, the federal government announced."],
    "other", "humanitarian", 2, "australia-ukrainian-visa-extension-2023-12-15", a="Nell Carbury"),
  ]))

SEEDS.append(dict(id="7305", name="7305_taupoturangiherald-latest", ext="txt", source="Taup\u014d & T\u016brangi Herald", zone="Pacific/Auckland", render=r_taupo,
  title="Latest from the Taup\u014d & T\u016brangi Herald",
  notes="Imitates the Taup\u014d & T\u016brangi Herald section page on the NZ Herald template (NZME), copied as text. Newest first; each item: headline, body, then 'By NAME', the stamp '24 Oct, 2023 11:30 AM' (day, short month, comma, year, zero-padded 12 h time, upper-case AM/PM) and a reading time, i.e. the stamp comes AFTER the body. No zone printed: New Zealand time implied (NZDT, UTC+13 since 24 September), so the 24 October items are still 23 October in UTC and the whole page is one UTC day. Wire items credit 'AP', 'Reuters', 'AFP'. One local fishing item is off-beat.",
  not_entries=["skip link, NZ Herald masthead, Menu / Search / Subscribe / Sign In", "'Taup\u014d & T\u016brangi Herald' section name and local menu", "page heading (page title)",
               "'N mins to read' lines", "'Premium' label and subscription plug", "'More from Taup\u014d & T\u016brangi Herald', newsletter sign-up, footer"],
  entries=[
  E("2023-10-24 11:30", "Ambulances bought by Taup\u014d donors arrive in Lviv",
    ["Three ambulances paid for by donors around Lake Taup\u014d have reached the western Ukrainian city of Lviv after being shipped to Poland and driven across the border.",
     "Organiser Mere T\u0101whiao said the vehicles would be sent on to hospitals closer to the front."],
    "other", "humanitarian", 2, "taupo-ambulances-arrive-lviv", a="Kelsey Maitland", n="Private donation for civilians: other/humanitarian (convention)."),
  E("2023-10-24 08:05", "Russia pours troops into Avdiivka assault",
    ["Russia has sent wave after wave of infantry and armoured vehicles against the eastern Ukrainian town of Avdiivka, Ukraine's military said, describing the fighting as the heaviest in the area this year.",
     "Moscow has not commented on its losses."],
    "other", "frontline", 3, "avdiivka-russian-offensive-2023-10-23", a="AP", n="Major ground offensive: importance 3."),
  E("2023-10-24 01:20", "Death toll at Kharkiv postal depot rises to six",
    ["Six employees of a parcel delivery company were killed when Russian missiles hit a sorting terminal outside Kharkiv, regional officials said after the last body was recovered from the debris.",
     "Seventeen others were wounded."],
    "strikes", "strikes", 3, "kharkiv-postal-terminal-strike-2023-10-21", a="Reuters", n="Deadly strike (toll update): importance 3."),
  E("2023-10-23 19:45", "NZ keeps Defence Force trainers in Britain until mid-2024",
    ["New Zealand will keep up to 95 Defence Force personnel in Britain to help train Ukrainian recruits until the middle of next year, the caretaker Government has announced.",
     "The deployment had been due to end in December."],
    "aid", "aid", 2, "nz-training-deployment-extended", a="Kelsey Maitland"),
  OFF("2023-10-23 16:10", "Anglers flock to Tongariro River as spring run peaks",
      ["Fishing guides on the Tongariro River say this spring's run of rainbow trout is one of the strongest they have seen in a decade."],
      "tongariro-river-trout-run", a="Kelsey Maitland", n="local fishing."),
  E("2023-10-23 13:40", "Glide bombs hit Kherson, wounding three",
    ["Russian aircraft dropped guided bombs on Kherson overnight, wounding three people and damaging a school, the regional governor said."],
    "strikes", "strikes", 2, "kherson-glide-bomb-strike-2023-10-23", a="AFP"),
  ]))

SEEDS.append(dict(id="7306", name="7306_westportnews-atom", ext="xml", source="Westport News", zone="Pacific/Auckland", render=r_westport,
  title="Westport News",
  notes="Imitates the WordPress Atom feed of the Westport News (Buller). Newest first; <published> in Z (explicit UTC); title, summary and content in CDATA; author per entry ('RNZ' for republished Radio New Zealand copy, else the reporter). page_timezone is the outlet's home zone (NZST, UTC+12 in July) for published_local; the two 17 July items are 16 July in UTC. Two local items are off-beat.",
  not_entries=["feed title/subtitle/updated/id/links/generator", "summary excerpts ending in '[\u2026]' (they repeat the start of content)", "category terms"],
  entries=[
  E("2023-07-17 09:40", "Grain deal on brink with no sign of Russian extension",
    ["The arrangement that has let Ukraine ship grain across the Black Sea for a year was due to lapse on Monday, with the Kremlin giving no sign it would agree to renew it.",
     "Turkey and the United Nations were still urging Moscow to stay in."],
    "diplomacy", "diplomacy", 3, "black-sea-grain-deal-expiry", a="RNZ", n="Major diplomatic deadline: importance 3."),
  E("2023-07-17 07:15", "Ukraine says Russia massing troops near Kupiansk",
    ["Russia has gathered more than 100,000 troops and hundreds of tanks around Kupiansk in northeastern Ukraine, a Ukrainian military spokesman said.",
     "He said Ukrainian units were holding their positions."],
    "other", "frontline", 2, "russian-buildup-kupiansk-2023-07-16", a="RNZ"),
  E("2023-07-16 20:30", "Westport family relieved as Ukraine visa extended",
    ["A Kharkiv family who settled in Westport last year say they can finally plan ahead after the Government extended the special Ukraine visa by another two years.",
     "The couple's two children are now at a local school."],
    "other", "humanitarian", 2, "westport-family-ukraine-visa-extension", a="Lorna Bishop"),
  OFF("2023-07-16 17:05", "Karamea Highway reopens after slip",
      ["The Karamea Highway has reopened to all traffic after contractors cleared a slip north of Little Wanganui, Waka Kotahi says."],
      "karamea-highway-slip-reopens", a="Lorna Bishop", n="local roads."),
  E("2023-07-16 14:20", "New Zealand sanctions 40 more people over Russia's war",
    ["Foreign Minister Nanaia Mahuta has announced sanctions on 40 more people and 11 companies linked to Russia's military supply chain.",
     "The measures include travel bans and asset freezes."],
    "diplomacy", "diplomacy", 2, "nz-sanctions-russia-2023-07-16", a="RNZ"),
  OFF("2023-07-16 12:30", "Sunday market returns to Palmerston Street",
      ["Stallholders are back on Palmerston Street today after the winter break, with organisers promising hot food and live music."],
      "westport-sunday-market-returns", a="Lorna Bishop", n="local community event."),
  ]))
SEEDS[-1]["entries"][5]["x"]["cat"] = "Community"

SEEDS.append(dict(id="7307", name="7307_chroniclejournal-world", ext="html", source="Thunder Bay Chronicle-Journal", zone="America/Toronto", render=r_chronicle,
  title="World", clock="Thursday, November 30, 2023", now="2023-11-30 18:10",
  notes="Imitates the World section listing of The Chronicle-Journal (Thunder Bay; BLOX/TownNews CMS). Newest first; each card: headline, credit line ('The Associated Press' / 'The Canadian Press'), a <time datetime> element, summary. The VISIBLE stamp is relative for today's cards ('Updated 45 min ago', '2 hrs ago') and date-only for yesterday's ('Nov 29, 2023'); the exact time is only in the datetime attribute (offset -05:00). Thunder Bay keeps Eastern time (America/Toronto, EST). The page was captured at 6:10 p.m. EST (implied by the relative stamps). The two 'Nov 29, 2023' cards are from the evening of 29 November local but 30 November in UTC, so the whole page is one UTC day. One obituary card is off-beat.",
  not_entries=["top bar: date 'Thursday, November 30, 2023', weather, Sign Up / Log In", "logo, section menu, Subscribe", "section heading 'World' (page title)", "'Advertisement'",
               "'Next' pagination link", "footer including 'Powered by BLOX...'"],
  entries=[
  E("2023-11-30 17:25", "Lavrov arrives in North Macedonia for OSCE meeting as Ukraine stays away",
    ["Russian Foreign Minister Sergey Lavrov arrived in Skopje for a meeting of the Organization for Security and Co-operation in Europe, prompting Ukraine and the three Baltic states to boycott the gathering."],
    "diplomacy", "diplomacy", 3, "lavrov-osce-skopje-2023-11-30", a="The Associated Press", upd=True, n="Ministerial diplomatic move: importance 3."),
  E("2023-11-30 16:10", "Canada commits $35 million to clear mines from Ukrainian farmland",
    ["Canada will spend $35 million to help remove land mines and unexploded shells from farmland in Ukraine, Foreign Affairs Minister Melanie Joly announced Thursday.",
     "Joly said the money would go to Ukrainian and international demining teams."],
    "aid", "aid", 2, "canada-demining-funding-2023-11-30", a="The Canadian Press"),
  E("2023-11-30 13:10", "Wife of Ukraine's military intelligence chief treated for poisoning",
    ["The wife of Ukraine's military intelligence chief, Kyrylo Budanov, is being treated for heavy-metal poisoning, a spokesman for the agency said.",
     "He said several employees had also fallen ill."],
    "other", "security", 2, "budanov-wife-poisoning", a="The Associated Press", upd=True),
  E("2023-11-30 09:40", "Russian shelling kills two in Kherson",
    ["Two people were killed and four wounded when Russian artillery hit residential areas of Kherson on Thursday, the regional governor said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-11-30", a="The Associated Press", n="Deadly strike: importance 3."),
  E("2023-11-30 06:20", "Zelenskyy orders faster construction of fortifications",
    ["Ukrainian President Volodymyr Zelenskyy said work on defensive lines must speed up along the most threatened parts of the front as winter sets in."],
    "other", "frontline", 2, "zelenskyy-fortifications-order", a="The Associated Press", n="AP spelling 'Zelenskyy'."),
  OFF("2023-11-29 21:55", "Henry Kissinger, diplomat who shaped Cold War policy, dies at 100",
      ["Henry Kissinger, the former secretary of state whose hard-headed diplomacy shaped American foreign policy for decades, has died at his home in Connecticut.", "He was 100."],
      "henry-kissinger-dies", a="The Associated Press", n="obituary of an American statesman, not about the war."),
  E("2023-11-29 19:35", "Ukrainian Canadian Congress criticizes Conservative vote on trade pact",
    ["The Ukrainian Canadian Congress says it is disappointed that Conservative MPs voted against a bill updating Canada's free trade agreement with Ukraine.",
     "The party says it objected to a clause on carbon pricing."],
    "other", "politics", 2, "ucc-criticizes-conservatives-cufta-vote", a="The Canadian Press", n="Canadian domestic politics about Ukraine: other/politics."),
  ]))

ROTA = "rota-resigns-speaker-hunka-tribute"
SEEDS.append(dict(id="7308", name="7308_northbaynugget-timeline", ext="txt", source="North Bay Nugget", zone="America/Toronto", render=r_nugget,
  title="Rota resignation: how the day unfolded in Ottawa and at home",
  deck="Nipissing-Timiskaming MP steps down as Speaker days after the House applauded a veteran who served in a Nazi unit",
  byline="Gord Lassiter", published_line="Published Sep 26, 2023  \u2022  Last updated Sep 27, 2023  \u2022  4 minute read",
  caption="Speaker Anthony Rota in the House of Commons. Photo by The Canadian Press",
  lede="The Nugget followed the Speaker's last full day in the chair as it happened, from Parliament Hill to Main Street.",
  notes="Imitates a North Bay Nugget (Postmedia) timeline article copied as text, with Postmedia chrome ('Author of the article:', 'Published ... \u2022 Last updated ... \u2022 4 minute read', repeated 'Article content' labels, the not-loaded-advertisement line). Oldest first; entries have NO headline: each is a '10:05 a.m.' line followed by paragraphs. One page byline (author of every entry). No zone printed: Eastern time implied by the outlet (EDT, UTC-4). Date from 'Published Sep 26, 2023'. All entries concern the Hunka tribute affair around Zelensky's visit to Ottawa; the Kremlin and Polish reactions are separate stories (separate initiatives).",
  not_entries=["skip link, masthead, Subscribe / Sign In", "section menu and 'Local News' label", "title line (page title) and deck", "'Author of the article:' and the byline line",
               "'Published Sep 26, 2023 \u2022 Last updated Sep 27, 2023 \u2022 4 minute read'", "'Join the conversation'", "photo caption", "every 'Article content' label",
               "lede paragraph 'The Nugget followed ...'", "'This advertisement has not loaded yet, but your article continues below.'",
               "'Share this article in your social network', 'Comments' and the comment-policy line", "'Trending' list with two local links", "footer lines"],
  entries=[
  E("2023-09-26 09:50", None,
    ["Speaker Anthony Rota arrived on Parliament Hill shortly before 10 and went straight into a closed-door meeting with the House leaders of all recognized parties.",
     "Opposition parties had spent Monday evening calling for him to go."],
    "other", "politics", 2, ROTA, a="Gord Lassiter"),
  E("2023-09-26 11:40", None,
    ["Foreign Affairs Minister Melanie Joly told reporters the Speaker should listen to members and step aside, calling Friday's tribute completely unacceptable."],
    "other", "politics", 2, ROTA, a="Gord Lassiter"),
  E("2023-09-26 14:15", None,
    ["Rota rose in the House shortly after question period began to announce he would resign as Speaker at the end of Wednesday's sitting.",
     "He said he was deeply sorry for the hurt his invitation had caused, in Canada and around the world.",
     "Members listened in silence and there was no applause."],
    "other", "politics", 3, ROTA, a="Gord Lassiter", n="The event of the day (the resignation): importance 3 by convention; the other Rota entries are 2."),
  E("2023-09-26 14:50", None,
    ["On Main Street in North Bay, reaction was mixed, with several residents saying their MP had paid a steep price for a serious mistake and others saying he had no choice."],
    "other", "politics", 2, ROTA, a="Gord Lassiter"),
  E("2023-09-26 15:35", None,
    ["In Moscow, Kremlin spokesman Dmitry Peskov said the ovation showed a shocking disregard for history in the West, according to Russian state media."],
    "diplomacy", "diplomacy", 2, "kremlin-reaction-hunka-ovation", a="Gord Lassiter", n="Foreign government's condemnation: diplomacy; own story."),
  E("2023-09-26 17:05", None,
    ["Poland's education minister said he had asked officials to look into whether the veteran could be extradited to answer questions about his wartime service."],
    "diplomacy", "diplomacy", 2, "poland-hunka-extradition-query", a="Gord Lassiter", n="Extradition query between states: diplomacy; own story."),
  E("2023-09-26 19:20", None,
    ["Prime Minister Justin Trudeau called the episode deeply embarrassing for Parliament and for all Canadians, and said the Speaker had done the right thing."],
    "other", "politics", 2, ROTA, a="Gord Lassiter"),
  ]))

SEEDS.append(dict(id="7309", name="7309_timminsdailypress-latest", ext="html", source="Timmins Daily Press", zone="America/Toronto", render=r_timmins,
  title="Ukraine war latest: NATO allies promise air defence as Avdiivka battle rages",
  deck="The latest developments in Russia's war against Ukraine", byline="The Canadian Press",
  published_line="Published Oct 12, 2023  \u2022  Last updated Oct 12, 2023  \u2022  5 minute read",
  lede="Here are the latest developments in Russia's war in Ukraine. All times are Eastern:",
  notes="Imitates a Timmins Daily Press (Postmedia) page carrying a Canadian Press 'latest developments' roundup; NewsArticle JSON-LD (datePublished = first item, dateModified = last item, -04:00). Newest first; each item: a bold '6:40 p.m.' paragraph, an h3 headline, body, then an agency credit line '\u2014 The Associated Press' AFTER the body (per-item author). Times are Eastern (stated: 'All times are Eastern', EDT UTC-4); date from 'Published Oct 12, 2023'.",
  not_entries=["masthead, menu, Subscribe / Sign In", "'World' category label", "h1 title (page title) and subtitle", "page byline 'The Canadian Press'",
               "'Published Oct 12, 2023 \u2022 Last updated ... \u2022 5 minute read'", "share bar", "hidden 'Article content' labels", "lede 'Here are the latest developments ... All times are Eastern:'",
               "agency credit lines after each item (they give the author)", "'This advertisement has not loaded yet...' line", "newsletter box", "'Join the conversation'", "'Trending' aside", "footer"],
  entries=[
  E("2023-10-12 18:40", "Canada puts $33 million toward British-led air defence fund",
    ["Defence Minister Bill Blair says Canada will contribute $33 million to a British-led partnership that buys air-defence equipment for Ukraine.",
     "Blair made the announcement after meeting allied counterparts in Brussels."],
    "aid", "aid", 2, "canada-air-defence-contribution-2023-10-12", a="The Canadian Press", n="A national pledge on the margins of the NATO meeting: its own story, not the ministers' joint pledge."),
  E("2023-10-12 16:05", "Ukraine says Avdiivka lines holding after third day of assaults",
    ["Ukrainian officials said troops were holding their positions around Avdiivka after a third day of heavy Russian attacks backed by tanks and armoured vehicles.",
     "A regional official said the town's remaining residents were sheltering in basements."],
    "other", "frontline", 3, "avdiivka-assault-2023-10-12", a="The Associated Press", n="Major ground battle: importance 3."),
  E("2023-10-12 13:20", "NATO defence ministers pledge more air defence before winter",
    ["Defence ministers from NATO countries promised at a meeting in Brussels to send more air-defence systems to Ukraine before Russia resumes its winter strikes on the power grid."],
    "aid", "aid", 3, "nato-defence-ministers-air-defence-pledge-2023-10-12", a="The Associated Press", n="Ministerial aid pledge: importance 3."),
  E("2023-10-12 11:10", "Families ordered out of villages near Kupiansk",
    ["Authorities in the Kharkiv region ordered families with children to leave more than a dozen villages near Kupiansk as Russian shelling intensified."],
    "other", "humanitarian", 2, "kupiansk-villages-evacuation-2023-10-12", a="The Associated Press"),
  E("2023-10-12 09:35", "Drone sets fuel tank ablaze in Russia's Bryansk region",
    ["A Ukrainian drone set fire to a fuel storage tank in Russia's Bryansk region overnight, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "bryansk-fuel-tank-drone-2023-10-12", a="Reuters"),
  E("2023-10-12 08:05", "Zaporizhzhia nuclear plant briefly lost outside power, UN agency says",
    ["The Zaporizhzhia nuclear power plant lost its last external power line for several hours overnight and ran on diesel generators, the International Atomic Energy Agency said."],
    "other", "security", 2, "zaporizhzhia-npp-power-loss-2023-10-12", a="Reuters"),
  ]))


# ============================================================ PART B: three multi-source days, invented outlets
POK = "pokrovsk-missile-strike-2023-08-07"
SBU = "sbu-detains-informant-zelensky-visit"
POLB = "poland-troops-belarus-border-2023-08-08"
D1 = ("Day 1 (2023-08-08): main story pokrovsk-missile-strike-2023-08-07 in all four seeds (toll 7 -> 8 -> 9; spellings Pokrovsk / Pokrowsk); "
      "also multi-seed: sbu-detains-informant-zelensky-visit (7320, 7321), poland-troops-belarus-border-2023-08-08 (7322, 7323).")

SEEDS.append(dict(id="7320", name="7320_hazelcroft-textlive", ext="txt", source="Hazelcroft Courier", zone="Europe/Kyiv", render=r_hazel,
  title="Live: Pokrovsk counts its dead after Russian double strike", dateline="Tuesday 8 August 2023 \u00b7 All times Kyiv (EEST)",
  notes="Invented outlet (Kyiv). Text live blog, OLDEST first, under a 'Key Points' block listing two headlines (key_point true for 7320-01 and 7320-02). Each post: headline, then a 'Name \u00b7 08:10' line (stamp AFTER the headline), then body. Times are Kyiv summer time (EEST, UTC+3), stated in the date line. Entry 07 repeats entry 03 nearly verbatim (duplicate_of 7320-03). " + D1,
  not_entries=["masthead and menu", "title line (page title)", "date line with the zone note", "'Key Points' header and its two bullet lines (they repeat entry headlines)",
               "'Updates, oldest first'", "membership plug", "'This live page is no longer being updated.'", "footer"],
  entries=[
  E("2023-08-08 08:10", "Pokrovsk toll rises to seven",
    ["Seven people are now confirmed dead after two Russian missiles hit the centre of Pokrovsk on Monday evening, Donetsk regional governor Pavlo Kyrylenko said.",
     "Sixty-seven people were wounded, among them 31 police officers and rescuers who had rushed to the scene after the first blast."],
    "strikes", "strikes", 3, POK, a="Olena Vasylenko", kp=True),
  E("2023-08-08 09:30", "SBU says informant was tracking Zelensky's travel plans",
    ["Ukraine's SBU security service says it has detained a woman from the Mykolaiv region who was allegedly gathering information about a planned visit by President Volodymyr Zelensky for Russian military intelligence.",
     "Investigators say she was trying to learn the time and route of the visit."],
    "other", "security", 3, SBU, a="Taras Hnatyuk", kp=True),
  E("2023-08-08 11:15", "Zelensky: second missile was aimed at rescuers",
    ["President Volodymyr Zelensky said the second missile, fired about 40 minutes after the first, was meant to kill the people who came to help.",
     "He promised that those responsible would be found."],
    "strikes", "strikes", 3, POK, a="Olena Vasylenko", n="Reaction whose content is the attack itself: same story as the strike."),
  E("2023-08-08 12:40", "One killed as shells hit Kherson street",
    ["A 62-year-old man was killed when Russian artillery hit a residential street in Kherson's Dniprovskyi district, the regional military administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2023-08-08", a="Taras Hnatyuk", n="Different attack from Pokrovsk (same theme): must not merge."),
  E("2023-08-08 14:05", "General staff reports gains south of Bakhmut",
    ["Ukrainian forces advanced several hundred metres near Klishchiivka and Andriivka over the past day, the general staff said."],
    "other", "frontline", 2, "bakhmut-south-advance-2023-08-08", a="Taras Hnatyuk"),
  E("2023-08-08 16:30", "Pokrovsk: eighth victim dies in hospital",
    ["A woman wounded in Monday's strikes on Pokrovsk has died in hospital, bringing the number of dead to eight, the regional governor said.",
     "Rescuers finished searching the damaged buildings in the early afternoon."],
    "strikes", "strikes", 3, POK, a="Olena Vasylenko"),
  E("2023-08-08 18:45", "Zelensky: second missile was meant for rescuers",
    ["President Volodymyr Zelensky said the second missile, fired about 40 minutes after the first, was meant to kill those who came to help.",
     "He promised that those responsible would be found."],
    "strikes", "strikes", 1, POK, a="Olena Vasylenko", dup="7320-03", n="Near-verbatim repeat of 7320-03 (headline reworded, one phrase changed): importance 1."),
  ]))

SEEDS.append(dict(id="7321", name="7321_gallowhill-htmllive", ext="html", source="Gallowhill Evening Post", zone="Europe/London", render=r_gallowhill,
  title="Ukraine war live: Pokrovsk toll rises; Kyiv arrests alleged informant", lede="Updates through Tuesday on Russia's war in Ukraine.",
  dateline="Tuesday 8 August 2023", url="https://gallowhill.example/live/ukraine-2023-08-08",
  notes="Invented outlet (London). HTML live blog, NEWEST first; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+01:00), headline, articleBody and author, consistent with the visible blocks; each block: <time datetime> with '4:40pm' (no zone printed: BST, UTC+1, implied by the outlet), h2 headline, 'By NAME', body. Entry 06 is a video teaser without body; entry 03 is the day's theme piece (analysis). " + D1,
  not_entries=["consent banner", "header and menu", "'LIVE' badge", "h1 title (page title)", "standfirst", "date line", "'By NAME' lines (author)", "'Share Copy link' under each block",
               "related link 'Ukraine war explained in maps'", "'Load older posts' button", "footer"],
  entries=[
  E("2023-08-08 18:10", "Kremlin sets conditions for any return to grain deal",
    ["The Kremlin said Russia would only consider rejoining the Black Sea grain arrangement if restrictions on its own farm exports were lifted."],
    "diplomacy", "diplomacy", 2, "kremlin-grain-deal-conditions-2023-08-08", a="Tom Ashdown"),
  E("2023-08-08 16:40", "Pokrovsk death toll reaches eight",
    ["A woman hurt in the attack has died in hospital, taking the number of dead in Pokrovsk to eight, the Donetsk regional administration said."],
    "strikes", "strikes", 3, POK, a="Harriet Clough"),
  E("2023-08-08 14:00", "Analysis: why double-tap strikes are on the rise",
    ["Monday's attack on Pokrovsk follows a pattern Ukrainian officials say is becoming more common: a first strike, then a second once emergency crews have arrived.",
     "Researchers who track the war say the tactic multiplies casualties among responders and leaves rescue services more hesitant to rush in."],
    "strikes", "strikes", 2, "analysis-double-tap-strikes", a="Tom Ashdown", n="Theme piece (analysis with body): own story, importance 2; must not merge with the Pokrovsk strike it cites."),
  E("2023-08-08 12:15", "UK sanctions suppliers of Russian weapons parts",
    ["Britain has imposed sanctions on 25 people and companies in several countries that it accuses of helping Russia obtain components for its weapons."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-weapons-components-2023-08-08", a="Harriet Clough"),
  E("2023-08-08 10:30", "Ukraine arrests woman accused of spying ahead of Zelensky visit",
    ["A woman accused of passing details to Russia about a planned trip by Volodymyr Zelensky to the Mykolaiv region has been arrested, Ukraine's security service said.",
     "If convicted of treason she faces life in prison."],
    "other", "security", 3, SBU, a="Harriet Clough"),
  E("2023-08-08 08:05", "Watch: rescuers dig through rubble in Pokrovsk", [], "strikes", "strikes", 1, POK, n="Video teaser without body: importance 1."),
  E("2023-08-08 07:20", "Ukraine mourns as Pokrovsk toll climbs",
    ["The number of people killed by Monday night's double missile strike on the eastern city of Pokrovsk has risen to seven, Ukrainian officials said this morning.",
     "The city, a rail hub in the Donetsk region, had been spared major attacks for months."],
    "strikes", "strikes", 3, POK, a="Harriet Clough"),
  ]))

SEEDS.append(dict(id="7322", name="7322_amberlow-worldrss", ext="xml", source="Amberlow World Report", zone="America/New_York", render=r_rssworld,
  title="Amberlow World Report: World", url="https://amberlow.example/world", lede="Top world stories from Amberlow World Report",
  notes="Invented outlet (New York). General world-news RSS 2.0 feed, newest first, pubDate with -0400 (EDT); the war is a minority: 4 of 6 items are off-beat. No authors. US spelling 'defense'. " + D1,
  not_entries=["channel title/link/description/language", "category labels"],
  entries=[
  OFF("2023-08-08 17:40", "Wind-driven wildfires force evacuations on Maui",
      ["Fast-moving wildfires fanned by strong winds from a passing hurricane forced evacuations and road closures on the Hawaiian island of Maui, officials said."],
      "maui-wildfires-2023-08-08", n="US wildfire."),
  E("2023-08-08 14:55", "Poland to send 2,000 more troops to Belarus border",
    ["Poland will move about 2,000 additional soldiers to its border with Belarus, the defense ministry in Warsaw said, pointing to the presence of Wagner mercenaries across the frontier."],
    "other", "security", 3, POLB, cat="Europe"),
  OFF("2023-08-08 12:20", "Amazon nations meet in Brazil to save the rainforest",
      ["Leaders of eight South American countries that share the Amazon basin opened a summit in the Brazilian city of Belem aimed at halting deforestation."],
      "amazon-summit-belem", n="environment summit."),
  E("2023-08-08 10:15", "Death toll climbs after Russian missiles hit Pokrovsk",
    ["At least eight people were killed and more than 80 wounded when two Russian missiles struck the eastern Ukrainian city of Pokrovsk, officials said Tuesday.",
     "The second missile hit as rescue workers were treating the wounded."],
    "strikes", "strikes", 3, POK, cat="Europe"),
  OFF("2023-08-08 08:30", "Niger's junta turns away regional envoys",
      ["Niger's military leaders refused to receive a joint delegation of West African, African Union and United Nations officials, saying they could not guarantee its safety."],
      "niger-junta-rejects-delegation", n="West African politics."),
  OFF("2023-08-08 06:45", "Ohio voters decide on higher bar for amending constitution",
      ["Ohio voters went to the polls on a proposal that would require 60 percent support, rather than a simple majority, to change the state constitution."],
      "ohio-issue-1-vote", n="US state politics."),
  ]))

SEEDS.append(dict(id="7323", name="7323_corvellan-atom", ext="xml", source="Corvellan Review", zone="Europe/Warsaw", render=r_atom,
  title="Corvellan Review \u2014 Poland and the region", url="https://corvellan.example", lede="News from Warsaw in English",
  notes="Invented outlet (Warsaw). Atom feed, newest first, <published> with +02:00 (CEST), escaped HTML content, author per entry. Polish spelling 'Pokrowsk'. The K9 howitzer order and the border deployment are both Polish security news but different events (must not merge). " + D1,
  not_entries=["feed title/subtitle/link/id/updated"],
  entries=[
  E("2023-08-08 21:30", "Pokrowsk toll rises to nine as another rescuer dies",
    ["Nine people have now died as a result of the two missile strikes on Pokrowsk in eastern Ukraine, after a wounded rescue worker died in hospital, regional authorities said."],
    "strikes", "strikes", 3, POK, a="Agnieszka Wrona", n="Polish spelling of Pokrovsk."),
  E("2023-08-08 17:50", "Warsaw moves 2,000 more soldiers to the eastern border",
    ["Defence Minister Mariusz B\u0142aszczak said about 2,000 troops would be sent to the border with Belarus, where Polish officials say Wagner fighters are training close to the frontier.",
     "Some of the soldiers will come from units based in the west of the country."],
    "other", "security", 3, POLB, a="Piotr Salewski"),
  E("2023-08-08 13:10", "Poland orders 48 more Korean howitzers",
    ["Poland's armament agency has signed a contract for 48 more K9 self-propelled howitzers from South Korea's Hanwha Aerospace, the defence ministry said."],
    "other", "security", 2, "poland-k9-howitzer-order-2023-08-08", a="Piotr Salewski",
    n="Procurement by a non-party: other/security. Same country and theme as the border deployment but a different event: must not merge."),
  E("2023-08-08 09:25", "Pistorius: no quick decision on Taurus for Kyiv",
    ["German Defence Minister Boris Pistorius said Berlin would not be rushed into deciding whether to give Ukraine Taurus cruise missiles."],
    "aid", "aid", 2, "germany-taurus-decision-2023-08-08", a="Agnieszka Wrona"),
  ]))

MOS = "moscow-drone-attack-2023-08-09"
ZAP = "zaporizhzhia-city-missile-strike-2023-08-09"
D2 = ("Day 2 (2023-08-09 = day 1 + 1): main story moscow-drone-attack-2023-08-09 in all four seeds (two drones -> three; Vnukovo / Wnukowo); "
      "zaporizhzhia-city-missile-strike-2023-08-09 in three seeds (toll one -> two); the day-1 story pokrovsk-missile-strike-2023-08-07 continues with the funerals (7330, 7333).")

SEEDS.append(dict(id="7330", name="7330_eldermoss-textlive", ext="txt", source="Eldermoss Daily", zone="Europe/Vilnius", render=r_eldermoss,
  title="Live: drones over Moscow, missiles on Zaporizhzhia", dateline="Wednesday, 9 August 2023 \u2014 times are Vilnius time (UTC+3)",
  lede="Our rolling coverage of the war in Ukraine and its effects on the Baltic region.",
  notes="Invented outlet (Vilnius). Text live blog, OLDEST first; each post: a bracketed '[06:20]' line BEFORE the headline, body, then 'Reporting: NAME'. Times are Vilnius summer time (UTC+3, stated). Entry 04 is the day's theme piece (explainer); entry 08 repeats entry 02 nearly verbatim (duplicate_of 7330-02). Entry 03 continues the day-1 Pokrovsk story with a new development (funerals, mourning). " + D2,
  not_entries=["masthead, tagline, breadcrumb", "title line (page title)", "date line with the zone note", "lede", "'Reporting: NAME' lines (author)", "newsletter plug",
               "'Follow Eldermoss Daily on Telegram'", "footer"],
  entries=[
  E("2023-08-09 06:20", "Moscow says two drones downed on approach to the capital",
    ["Russia's defence ministry said air defences destroyed two Ukrainian drones flying towards Moscow early on Wednesday, one over the Kaluga region and one near the town of Kubinka."],
    "strikes", "strikes", 3, MOS, a="Rasa Jankauskait\u0117"),
  E("2023-08-09 07:45", "Vnukovo airport briefly closed",
    ["Flights at Moscow's Vnukovo airport were halted for about an hour and several arriving planes were sent to other airports, Russian news agencies reported."],
    "strikes", "strikes", 3, MOS, a="Rasa Jankauskait\u0117", n="Consequence of the drone attack: same story."),
  E("2023-08-09 10:30", "Pokrovsk buries first victims of double strike",
    ["Pokrovsk held the first funerals for the nine people killed in Monday's missile strikes, among them a rescue worker who had gone back to help the wounded.",
     "The city has declared three days of mourning."],
    "strikes", "strikes", 3, POK, a="Mantas \u017dukauskas", n="Day-2 continuation of the day-1 story with a new development (funerals, mourning): keeps the day-1 slug; carried by two day-2 seeds, importance 3."),
  E("2023-08-09 12:10", "Explainer: how Ukrainian drones reach Moscow",
    ["Ukraine has never published the range of the drones it sends into Russia, but officials have hinted that some models built at home can fly more than 800 kilometres.",
     "Analysts say many are launched at night and fly low to avoid radar."],
    "strikes", "strikes", 2, "explainer-ukraine-long-range-drones", a="Mantas \u017dukauskas", n="Theme piece (explainer with body): own story, importance 2; must not merge with the Moscow drone attack."),
  E("2023-08-09 14:35", "Lithuania ready to shut Belarus crossings if Wagner provokes",
    ["Lithuania's interior minister said the Baltic states and Poland should be ready to close every crossing with Belarus if Wagner fighters stationed there stage a provocation."],
    "other", "security", 2, "lithuania-belarus-crossings-wagner", a="Rasa Jankauskait\u0117"),
  E("2023-08-09 17:50", "Zaporizhzhia hit by missiles, one dead",
    ["A Russian missile strike on Zaporizhzhia killed one person and damaged a church and several houses, regional governor Yuriy Malashko said."],
    "strikes", "strikes", 3, ZAP, a="Mantas \u017dukauskas"),
  E("2023-08-09 18:30", "Third drone shot down over Moscow region, ministry says",
    ["Russia's defence ministry reported a third drone destroyed over the Moscow region late on Wednesday afternoon, bringing the day's total to three."],
    "strikes", "strikes", 3, MOS, a="Rasa Jankauskait\u0117"),
  E("2023-08-09 22:30", "Vnukovo airport closed for an hour",
    ["Flights at Moscow's Vnukovo airport were halted for about an hour and several arriving planes were diverted to other airports, Russian news agencies reported."],
    "strikes", "strikes", 1, MOS, a="Rasa Jankauskait\u0117", dup="7330-02", n="Near-verbatim repeat of 7330-02 posted again late in the day: importance 1."),
  ]))

SEEDS.append(dict(id="7331", name="7331_gallowhill-htmllive", ext="html", source="Gallowhill Evening Post", zone="Europe/London", render=r_gallowhill,
  title="Ukraine war live: drones target Moscow; missiles hit Zaporizhzhia", lede="Updates through Wednesday on Russia's war in Ukraine.",
  dateline="Wednesday 9 August 2023", url="https://gallowhill.example/live/ukraine-2023-08-09",
  notes="Invented outlet (London; same outlet and layout as 7321). HTML live blog, NEWEST first, LiveBlogPosting JSON-LD with per-update times (+01:00). Entry 04 re-posts the day-1 analysis 7321-03 with the same headline and text (importance 1; duplicate_of null because the original is on another page). Entry 05 is a video teaser without body. " + D2,
  not_entries=["consent banner", "header and menu", "'LIVE' badge", "h1 title (page title)", "standfirst", "date line", "'By NAME' lines (author)", "'Share Copy link' under each block",
               "related link 'Ukraine war explained in maps'", "'Load older posts' button", "footer"],
  entries=[
  E("2023-08-09 19:40", "Zaporizhzhia toll rises to two",
    ["A second person has died after this afternoon's missile strike on Zaporizhzhia, the city council said.", "Eleven people were wounded."],
    "strikes", "strikes", 3, ZAP, a="Harriet Clough"),
  E("2023-08-09 15:20", "Church damaged as missiles strike Zaporizhzhia",
    ["Missiles hit the city of Zaporizhzhia this afternoon, killing at least one person and damaging an Orthodox church, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, a="Harriet Clough"),
  E("2023-08-09 11:45", "Norway to send more missiles for air defence",
    ["Norway will give Ukraine more missiles for the NASAMS air-defence systems it helped develop, the Norwegian defence ministry said."],
    "aid", "aid", 2, "norway-nasams-missiles-pledge-2023-08-09", a="Tom Ashdown"),
  E("2023-08-09 09:00", "Analysis: why double-tap strikes are on the rise",
    ["Monday's attack on Pokrovsk follows a pattern Ukrainian officials say is becoming more common: a first strike, then a second once emergency crews have arrived.",
     "Researchers who track the war say the tactic multiplies casualties among responders and leaves rescue services more hesitant to rush in."],
    "strikes", "strikes", 1, "analysis-double-tap-strikes", a="Tom Ashdown",
    n="Re-post of day-1 entry 7321-03 (same headline and text, republished the next morning): importance 1; keeps the day-1 story slug."),
  E("2023-08-09 07:30", "Video: drone brought down over Moscow region", [], "strikes", "strikes", 1, MOS, n="Video teaser without body: importance 1."),
  E("2023-08-09 06:50", "Russia reports drone attack on Moscow",
    ["Russian air defences shot down two drones heading for Moscow in the early hours, the defence ministry said, blaming Ukraine for the attack."],
    "strikes", "strikes", 3, MOS, a="Tom Ashdown"),
  ]))

SEEDS.append(dict(id="7332", name="7332_glenquarry-worldatom", ext="xml", source="Glenquarry World Service", zone="Australia/Sydney", render=r_atom,
  title="Glenquarry World Service \u2014 World", url="https://glenquarry.example/world", lede="World news, around the clock",
  notes="Invented outlet (Sydney). General world-news Atom feed, newest first, <published> with +10:00 (AEST); 4 of 6 items are off-beat; no authors. The three top items are 10 August in Sydney but 9 August in UTC. " + D2,
  not_entries=["feed title/subtitle/link/id/updated"],
  entries=[
  OFF("2023-08-10 09:20", "Ecuador presidential candidate shot dead at campaign rally",
      ["A candidate in Ecuador's presidential election was shot dead as he left a campaign event in the capital, Quito, days before the vote, officials said."],
      "ecuador-candidate-killed", n="Latin American politics."),
  OFF("2023-08-10 07:45", "Maui wildfires kill at least six",
      ["At least six people have died in wildfires that swept across parts of Maui, Hawaii's governor said, as the historic town of Lahaina was badly damaged."],
      "maui-wildfires-2023-08-08", n="US wildfire (continues an off-beat day-1 item)."),
  E("2023-08-10 01:10", "Missiles hit Zaporizhzhia, damaging church",
    ["A Russian missile attack on the southern Ukrainian city of Zaporizhzhia killed one person and damaged an Orthodox church, local officials said."],
    "strikes", "strikes", 3, ZAP),
  OFF("2023-08-09 17:30", "Matildas prepare for World Cup quarter-final",
      ["Australia's Matildas held a closed training session in Brisbane as they prepared for Saturday's Women's World Cup quarter-final against France."],
      "matildas-world-cup-quarter-final", n="sport."),
  OFF("2023-08-09 13:00", "China's consumer prices fall for first time in two years",
      ["Consumer prices in China fell in July compared with a year earlier for the first time since early 2021, official figures showed, raising fears of deflation."],
      "china-consumer-prices-fall", n="economy."),
  E("2023-08-09 12:15", "Moscow says drones shot down near capital",
    ["Russia says it shot down two drones that were flying towards Moscow early on Wednesday, the latest in a series of attacks on the Russian capital."],
    "strikes", "strikes", 3, MOS),
  ]))

SEEDS.append(dict(id="7333", name="7333_marbleton-article", ext="txt", source="Marbleton Dispatch", zone="Europe/Berlin", render=r_marbleton,
  title="Drones over Moscow, funerals in Pokrowsk: Wednesday's developments", dateline="Stand: 09.08.2023, 18:45 Uhr", byline="Jana Hollmann",
  lede="A summary of the main events of the day in Russia's war against Ukraine.", related=["Wie weit fliegen ukrainische Drohnen?", "Getreideabkommen: Was nun?"],
  notes="Invented outlet (Berlin), English text with German page chrome ('Stand: 09.08.2023, 18:45 Uhr', 'Von NAME', 'Mehr zum Thema', 'Teilen'). Article with four section headings; one entry per section, stamp null, published = the 'Stand' time (CEST, UTC+2), page byline as author. German spellings 'Wnukowo' and 'Pokrowsk'. The IAEA item shares a place name with the Zaporizhzhia city strike but is a different event (must not merge). " + D2,
  not_entries=["outlet name, edition switch, breadcrumb", "title line (page title)", "'Stand: ...' and 'Von ...' lines", "lede", "'Mehr zum Thema' and its two German related links",
               "'Teilen: ...' and footer"],
  entries=[
  E("2023-08-09 18:45", "Drones near Moscow, Wnukowo airport closed",
    ["Russia's defence ministry says two drones were destroyed near Moscow early on Wednesday and a third later in the day, and flights at Wnukowo airport were briefly halted."],
    "strikes", "strikes", 3, MOS, a="Jana Hollmann", n="German spelling Wnukowo (Vnukovo)."),
  E("2023-08-09 18:45", "Pokrowsk buries its dead",
    ["In Pokrowsk, the eastern Ukrainian city struck by two missiles on Monday evening, the first funerals were held on Wednesday; nine people were killed in the attack."],
    "strikes", "strikes", 3, POK, a="Jana Hollmann", n="Continuation of the day-1 story; German spelling Pokrowsk."),
  E("2023-08-09 18:45", "Kremlin: Jeddah talks useful, but no to Kyiv's formula",
    ["Kremlin spokesman Dmitry Peskov said the weekend's meeting on Ukraine in Saudi Arabia had been worth watching, but repeated that Russia would not accept Kyiv's ten-point peace plan."],
    "diplomacy", "diplomacy", 2, "kremlin-reaction-jeddah-talks", a="Jana Hollmann"),
  E("2023-08-09 18:45", "IAEA: no explosives seen on reactor roofs",
    ["Inspectors from the International Atomic Energy Agency found no mines or explosives on the roofs of two reactor buildings at the Zaporizhzhia nuclear plant, the agency said."],
    "other", "security", 2, "iaea-zaporizhzhia-roof-inspection", a="Jana Hollmann",
    n="Same place name as the Zaporizhzhia city strike but a different event: must not merge."),
  ]))

BEL = "belgorod-strike-2023-12-30"
KHA = "kharkiv-strikes-2023-12-30"
PUT = "putin-new-year-address-2023"
D3 = ("Day 3 (2023-12-31, a separate day): main story belgorod-strike-2023-12-30 in all four seeds (toll 22 -> 24 -> 25; Belgorod / Bilhorod); "
      "also multi-seed: putin-new-year-address-2023 (7340, 7342, 7343) and kharkiv-strikes-2023-12-30 (7341, 7342).")

SEEDS.append(dict(id="7340", name="7340_honeyridge-worldrss", ext="xml", source="Honeyridge Wire", zone="Asia/Tokyo", render=r_rssworld,
  title="Honeyridge Wire | World", url="https://honeyridge.example/world", lede="World headlines from Tokyo",
  notes="Invented outlet (Tokyo). General world-news RSS 2.0 feed, newest first, pubDate with +0900 (JST); 4 of 6 items off-beat; no authors. The two top items are dated 1 January 2024 in Tokyo but are 31 December 2023 in UTC. " + D3,
  not_entries=["channel title/link/description/language", "category labels"],
  entries=[
  E("2024-01-01 06:20", "Putin praises Russians' 'unity' in New Year message",
    ["President Vladimir Putin told Russians in his New Year address that the country had shown it could defend its interests, and he thanked the soldiers fighting in what he calls the special military operation."],
    "other", "politics", 3, PUT, cat="Europe"),
  OFF("2024-01-01 02:15", "Denmark's Queen Margrethe to step down after 52 years",
      ["Queen Margrethe II of Denmark announced in her New Year's Eve speech that she would abdicate in January, handing the throne to her son, Crown Prince Frederik."],
      "denmark-queen-abdication", n="European royalty."),
  OFF("2023-12-31 22:05", "Sydney welcomes 2024 with harbour fireworks",
      ["More than a million people lined Sydney Harbour to watch the midnight fireworks as Australia became one of the first countries to welcome the new year."],
      "sydney-new-year-fireworks", n="New Year celebrations."),
  E("2023-12-31 17:40", "Toll in Belgorod rises to 22 after Ukrainian strike",
    ["The number of people killed in a Ukrainian attack on the Russian border city of Belgorod on Saturday has risen to 22, including three children, regional authorities said."],
    "strikes", "strikes", 3, BEL, cat="Europe"),
  OFF("2023-12-31 12:30", "Kim vows to put three more spy satellites into orbit",
      ["North Korean leader Kim Jong Un told a year-end party meeting that his country would launch three more military reconnaissance satellites in 2024, state media reported."],
      "north-korea-spy-satellites-2024", n="Korean peninsula."),
  OFF("2023-12-31 10:10", "Bangladesh opposition calls strike before election",
      ["Bangladesh's main opposition party called a two-day general strike ahead of next week's election, which it is boycotting."],
      "bangladesh-election-strike", n="South Asian politics."),
  ]))

SEEDS.append(dict(id="7341", name="7341_lanthorn-htmllive", ext="html", source="Lanthorn Post", zone="Europe/Kyiv", render=r_lanthorn,
  title="New Year's Eve live: Kharkiv hit again as Russia counts Bilhorod dead", lede="Live updates on the last day of the year.",
  url="https://lanthornpost.example/live/2023-12-31",
  notes="Invented outlet (Kyiv). HTML live blog, OLDEST first, under day headers 'Sunday 31 December 2023' and 'Monday 1 January 2024'; JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and liveBlogUpdate items with per-update datePublished (+02:00). Visible stamps '08:15' in <time datetime>; 'All times are Kyiv time' (EET, UTC+2); author line after the body. Ukrainian spelling 'Bilhorod'. Entry 04 repeats entry 01 nearly verbatim (duplicate_of 7341-01). Entry 07 is 1 January in Kyiv but 31 December in UTC. Zelensky's address (07) and Putin's (other seeds) are separate stories. " + D3,
  not_entries=["header and menu", "h1 title (page title)", "lead line", "'All times are Kyiv time.'", "day headers", "author lines", "donation plug", "footer"],
  entries=[
  E("2023-12-31 08:15", "Drones hit central Kharkiv overnight, 28 wounded",
    ["Russian drones struck central Kharkiv overnight, wounding 28 people and damaging a hotel, apartment blocks and cafes, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHA, a="Iryna Lysak"),
  E("2023-12-31 12:50", "Russia says Bilhorod death toll has reached 24",
    ["Russian officials now say 24 people were killed in Saturday's attack on Bilhorod, a regional capital about 40 kilometres from the Ukrainian border.",
     "Moscow blamed Ukraine and promised a response."],
    "strikes", "strikes", 3, BEL, a="Denys Kovtun", n="Ukrainian spelling Bilhorod (Belgorod)."),
  E("2023-12-31 14:05", "Parliament to take up new mobilisation bill in January",
    ["Lawmakers will begin debating a government bill that would lower the age of conscription and tighten rules on registering for military service after the holidays, parliament's speaker said."],
    "other", "politics", 2, "ukraine-mobilisation-bill", a="Denys Kovtun"),
  E("2023-12-31 15:10", "Kharkiv hit by drones overnight, 28 wounded",
    ["Russian drones struck central Kharkiv overnight, wounding 28 people and damaging a hotel, apartment blocks and cafes, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 1, KHA, a="Iryna Lysak", dup="7341-01", n="Near-verbatim repeat of 7341-01 (headline reworded, same body): importance 1."),
  E("2023-12-31 18:30", "Bilhorod toll climbs to 25",
    ["One of the wounded has died in hospital, bringing the number of dead in Bilhorod to 25, the regional governor said."],
    "strikes", "strikes", 3, BEL, a="Denys Kovtun"),
  E("2023-12-31 23:55", "Zelensky promises more home-made weapons in New Year address",
    ["President Volodymyr Zelensky used his New Year address to promise that Ukraine would build far more of its own drones and shells in the coming year."],
    "other", "politics", 2, "zelensky-new-year-address-2023", a="Iryna Lysak", n="Must not merge with Putin's New Year address (same theme, different event)."),
  E("2024-01-01 00:40", "Air-raid alert across Ukraine as New Year begins",
    ["Air-raid sirens sounded across most of Ukraine shortly after midnight as Russia launched attack drones from the south, the air force said."],
    "strikes", "strikes", 2, "new-year-drone-attack-2024-01-01", a="Iryna Lysak",
    n="1 January 2024 00:40 in Kyiv = 31 December 22:40 UTC. A new attack wave: must not merge with the Kharkiv strikes."),
  ]))

SEEDS.append(dict(id="7342", name="7342_duskwater-textlive", ext="txt", source="Duskwater Live", zone="Europe/London", render=r_duskwater,
  title="Ukraine war live: Belgorod toll rises; Putin delivers New Year address", lede="Follow our coverage of the final day of the year.",
  dateline="Sun 31 Dec 2023", byline="Rosa Fairlie",
  notes="Invented outlet (London). Text live blog, NEWEST first; each post: a '21.30 GMT' line BEFORE the headline, then body; one page byline ('Compiled by ...') is every entry's author. Entry 02 is a video teaser without body; entry 03 is the day's theme piece (analysis). Russia's strikes on Kharkiv are a separate event from the Belgorod strike (must not merge). " + D3,
  not_entries=["masthead and menu", "title line (page title)", "lede", "date line 'Sun 31 Dec 2023'", "'Compiled by Rosa Fairlie'", "'Share'", "'Advertisement'", "'Show earlier posts'", "footer"],
  entries=[
  E("2023-12-31 21:30", "Putin: Russia 'will never back down'",
    ["In an address broadcast as midnight arrived in Moscow, Vladimir Putin said Russians had stood together through a hard year and that the country would never retreat."],
    "other", "politics", 3, PUT, a="Rosa Fairlie"),
  E("2023-12-31 17:10", "Watch: Kharkiv residents clear debris from damaged hotel", [], "strikes", "strikes", 1, KHA, a="Rosa Fairlie", n="Video teaser without body: importance 1."),
  E("2023-12-31 15:45", "Analysis: 2023, the year the front line barely moved",
    ["Twelve months ago Ukraine's allies were talking about a breakthrough in the south; the year ends with neither army able to force a decisive change on the ground.",
     "Both sides now appear to be betting on who can produce and buy more ammunition in 2024."],
    "other", "frontline", 2, "analysis-2023-war-of-attrition", a="Rosa Fairlie", n="Theme piece (analysis with body): own story, importance 2."),
  E("2023-12-31 13:20", "Belgorod death toll reaches 24, Russia says",
    ["Russian authorities have raised the death toll from Saturday's strike on central Belgorod to 24, saying four children were among the dead."],
    "strikes", "strikes", 3, BEL, a="Rosa Fairlie"),
  E("2023-12-31 11:05", "Kharkiv hotel wrecked as Russia hits back",
    ["A hotel in central Kharkiv that had housed visiting journalists was badly damaged in a Russian attack that Moscow said was aimed at military command centres."],
    "strikes", "strikes", 3, KHA, a="Rosa Fairlie", n="Russia's strikes on Kharkiv: separate event from Belgorod (same theme, retaliation): must not merge."),
  ]))

SEEDS.append(dict(id="7343", name="7343_frostleigh-atom", ext="xml", source="Frostleigh Times", zone="Europe/Helsinki", render=r_atom,
  title="Frostleigh Times \u2014 World", url="https://frostleigh.example/world", lede="International news from Helsinki",
  notes="Invented outlet (Helsinki). Atom feed, newest first, <published> with +02:00 (EET), escaped HTML content, author per entry. The top item is 1 January 2024 in Helsinki but 31 December in UTC. The Bryansk/Kursk drone claim is a different attack from Belgorod (must not merge). " + D3,
  not_entries=["feed title/subtitle/link/id/updated"],
  entries=[
  E("2024-01-01 00:05", "Putin's New Year speech hails soldiers as heroes",
    ["In his New Year message, President Vladimir Putin called Russian soldiers heroes and said the country's unity had grown stronger over the year."],
    "other", "politics", 3, PUT, a="Ville Aaltonen"),
  E("2023-12-31 16:50", "Belgorod: 24 dead, more than 100 wounded",
    ["Russian officials say 24 people, four of them children, died in Saturday's attack on Belgorod, and 108 were injured."],
    "strikes", "strikes", 3, BEL, a="Ville Aaltonen"),
  E("2023-12-31 13:15", "Finland keeps eastern border crossings shut into January",
    ["Finland will keep all crossings on its border with Russia closed until at least mid-January, the interior ministry said, citing continued attempts to steer migrants to the frontier."],
    "other", "security", 2, "finland-russia-border-closure-extended", a="Sanna Ketola", n="Russia-related border security: other/security."),
  E("2023-12-31 10:20", "Moscow says drones downed over Bryansk and Kursk",
    ["Russia's defence ministry said air defences shot down several Ukrainian drones over the Bryansk and Kursk regions overnight."],
    "strikes", "strikes", 2, "russian-mod-drones-bryansk-kursk-2023-12-31", a="Sanna Ketola", n="Different attack from Belgorod: must not merge."),
  ]))


# ============================================================ emit
BASIS = {
  "r_standard": "ACM card stamp '{s}' (full date, 12 h time) printed after the headline; Victorian time implied by the outlet ({off})",
  "r_northernstar": "post stamp '{s}' under the day header for {d} (no year printed: parse_args --date 2023-08-25 gives the year); Sydney time implied by the outlet ({off})",
  "r_gympie": "pubDate '{s}' (explicit GMT); local {d} in the outlet's Queensland zone ({off})",
  "r_barrier": "stamp '{s}' (weekday, day, month, 12 h time; no year printed: parse_args --date 2023-07-05 gives the year); Broken Hill keeps South Australian time ({off})",
  "r_goulburn": "no per-section time; the article's single printed time 'December 15 2023 - 4:30pm' (NSW, {off}) is used for every section; JSON-LD datePublished agrees",
  "r_taupo": "stamp '{s}' printed after the body (full date, 12 h time); New Zealand time implied by the outlet ({off})",
  "r_westport": "<published> '{s}' (explicit Z); local {d} in the outlet's New Zealand zone ({off})",
  "r_chronicle": "visible stamp '{s}' (relative or date-only); exact time from the <time datetime> attribute ({iso}); Eastern time ({off})",
  "r_nugget": "stamp '{s}' in an article dated 'Published Sep 26, 2023'; Eastern time implied by the outlet ({off})",
  "r_timmins": "stamp '{s}' in a roundup dated 'Published Oct 12, 2023'; 'All times are Eastern' ({off})",
  "r_hazel": "stamp '{s}' under the date line 'Tuesday 8 August 2023', Kyiv time stated ({off})",
  "r_gallowhill": "stamp '{s}' with <time datetime> ({iso}) on the page's date {d}; UK time ({off}); JSON-LD update datePublished agrees",
  "r_rssworld": "pubDate '{s}' (explicit offset)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_eldermoss": "stamp '{s}' under the date line 'Wednesday, 9 August 2023', Vilnius time stated as UTC+3",
  "r_marbleton": "no per-section time; the article's 'Stand: 09.08.2023, 18:45 Uhr' (Berlin, {off}) is used for every section",
  "r_lanthorn": "stamp '{s}' with <time datetime> ({iso}) under the day header for {d}; Kyiv time stated ({off}); JSON-LD update datePublished agrees",
  "r_duskwater": "stamp '{s}' under the date line 'Sun 31 Dec 2023' (GMT = UTC)",
}


def offs(d):
    o = d.utcoffset(); m = int(o.total_seconds() // 60); s = "+" if m >= 0 else "-"; m = abs(m)
    return f"{d.tzname()}, UTC{s}{m // 60:02d}:{m % 60:02d}"


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
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), off=offs(d), iso=d.isoformat())
            if d.date() != u.date():
                basis += f"; local date {d:%Y-%m-%d} is {u:%Y-%m-%d} in UTC"
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"] or None})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(fn, len(ents))
    print("total", total)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/bp seeds and gold files from one hand-written data table (SEEDS, below).
Every headline, paragraph and reporter name is the blind tester's own invention or paraphrase; Part B outlets are
invented. The renderers imitate page *layouts* only. Deterministic: run from the project root,
    python3 eval/bp/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # CP/AP style
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", mark=None):
    """one entry: t = local time in the page's zone 'YYYY-MM-DD HH:MM'; h = headline or None; p = body paragraphs"""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, mark=mark)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def loc(S, e):
    return datetime.strptime(e["t"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(S["zone"]))


def h12(d, sep=":", dots=False, upper=False, space=""):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    elif upper:
        suf = "AM" if d.hour < 12 else "PM"
    else:
        suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ====================================================================== Part A renderers (real outlets' layouts)

def r_greymouth(S):
    """Greymouth Star World section, text scrape of a Drupal listing: headline, agency credit line, long date line
    'Friday, 9 September 2022 - 1:05am' (no zone; NZ time implied), teaser, 'Read more'; pager at the bottom."""
    L = ["Skip to main content", "", "Greymouth Star", "West Coast news, sport and weather", "", "Subscribe  |  Log in  |  Search", "",
         "Home  News  Sport  Business  Rural  Opinion  National  World  Obituaries  Public Notices  Classifieds  E-edition", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} - {h12(d)}"
        stamps.append(st)
        L += [e["h"], e["a"], st, ""] + paras_txt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["1", "2", "3", "4", "next ›", "last »", "", "Most read", "Lake Brunner boat ramp upgrade approved", "Runanga school wins kapa haka title", "",
          "About us  Contact us  Advertise  Terms of use", "© Greymouth Evening Star Co Ltd"]
    return "\n".join(L) + "\n", stamps


def r_oamaru(S):
    """Oamaru Mail world feed: Drupal-style RSS 2.0 with xml:base, HTML-escaped descriptions, local +1200 pubDates,
    dc:creator and 'NNNN at https://...' guids; newest first."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xml:base="https://www.oamarumail.co.nz/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.oamarumail.co.nz/world</link>",
           '<atom:link href="https://www.oamarumail.co.nz/world/feed" rel="self" type="application/rss+xml" />',
           "<description>World news from the Oamaru Mail</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        nid = 71840 - i * 7
        body = esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.oamarumail.co.nz/world/{nid}</link>",
                f"<description>{body}</description>", f"<pubDate>{st}</pubDate>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f'<guid isPermaLink="false">{nid} at https://www.oamarumail.co.nz</guid>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_sunraysia(S):
    """Sunraysia Daily (Mildura) 'Ukraine' tag page, HTML cards: h2 link, standfirst, credit and a date with no year
    ('Wednesday, October 5, 9:15am'); Yoast-style @graph JSON-LD without dates; no year anywhere on the page."""
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://www.sunraysiadaily.com.au/tag/ukraine/", "url": "https://www.sunraysiadaily.com.au/tag/ukraine/",
         "name": "Ukraine Archives - Sunraysia Daily", "isPartOf": {"@id": "https://www.sunraysiadaily.com.au/#website"}},
        {"@type": "WebSite", "@id": "https://www.sunraysiadaily.com.au/#website", "name": "Sunraysia Daily", "inLanguage": "en-AU"}]}
    out = ["<!DOCTYPE html>", '<html lang="en-AU"><head><meta charset="UTF-8">', "<title>Ukraine Archives - Sunraysia Daily</title>",
           jsonld(ld), "</head><body class=\"archive tag\">",
           '<div class="topbar"><span class="weather">Mildura 24°</span> <a href="/subscribe">Subscribe</a> <a href="/login">Login</a></div>',
           '<header class="site-header"><a class="logo" href="/">Sunraysia Daily</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> '
           '<a href="/rural">Rural</a> <a href="/lifestyle">Lifestyle</a> <a href="/national-world">National &amp; World</a> '
           '<a href="/obituaries">Obituaries</a> <a href="/digital-edition">Digital Edition</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {h12(d)}"
        stamps.append(st)
        out.append(f'<article class="story-card"><h2><a href="/national-world/{8831 + i}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="standfirst">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="meta"><span class="byline">{esc(e["a"])}</span> <span class="posted">{st}</span></div></article>')
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
    out += ['<a class="load-more" href="?page=2">Load more stories</a></main>',
            '<aside><h3>Most Popular</h3><ol><li><a>Murray River levels to peak next week</a></li><li><a>Mildura Base Hospital expansion on track</a></li></ol>'
            '<div class="newsletter">Get the Sunraysia Daily newsletter <input type="email" placeholder="Your email"> <button>Sign up</button></div></aside>',
            '<footer>Sunraysia Daily · Contact · Advertise · Privacy Policy · Terms &amp; Conditions</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bop(S):
    """Bay of Plenty Times (NZ Herald platform) live page, HTML: page byline and '6 Nov, 2022 10:30 AM' header, newest first,
    day headers without year, '8.55am' stamps above each h3; NewsArticle JSON-LD (page-level only)."""
    first = loc(S, S["entries"][-1]); last = loc(S, S["entries"][0])
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "dateModified": last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "NZME"}, "isAccessibleForFree": True}
    out = ["<!DOCTYPE html>", '<html lang="en-NZ"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - NZ Herald</title>", jsonld(ld), "</head><body>",
           '<header><a class="brand" href="/bay-of-plenty-times/">Bay of Plenty Times</a><nav><a>Latest news</a> <a>Tauranga</a> <a>Bay of Plenty</a> '
           '<a>Sport</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav><a class="subscribe">Subscribe</a> <a>Sign in</a></header>',
           '<main><p class="section-label">World</p>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline">By {esc(S["byline"])}</div>',
           f'<div class="dateline">{last.day} {MON3[last.month - 1]}, {last.year} {last:%I:%M} {"AM" if last.hour < 12 else "PM"}</div>',
           '<div class="read-time">4 mins to read</div>', '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>Email</a> Save</div>',
           '<button class="listen">Listen to this article</button>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h2 class="live-day">{day}</h2>')
        st = h12(d, sep=".")
        stamps.append(st)
        out.append(f'<div class="live-post"><p class="live-time">{st}</p><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="ad">Advertisement</div><div class="ad-label">Advertise with NZME.</div>')
    out += ["</main>", '<aside class="related"><h4>More World</h4><a>Why the war is hitting New Zealand petrol prices</a></aside>',
            "<footer>© Copyright 2022 NZME Publishing Limited · Privacy Policy · Terms of Use · Contact Us</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_brantford(S):
    """Brantford Expositor (Postmedia) article, HTML: 'Author of the article' / 'Publishing date: Sep 03, 2022' with a
    relative 'hours ago' and no visible time; the time is only in NewsArticle JSON-LD and <time datetime>. Wire round-up
    with subheads; Postmedia ad placeholder lines and newsletter box."""
    d0 = loc(S, S["entries"][0]); iso = d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"], "datePublished": iso,
          "dateModified": iso, "author": [{"@type": "Organization", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Brantford Expositor", "logo": {"@type": "ImageObject", "url": "https://www.brantfordexpositor.ca/wp-content/themes/postmedia/assets/logo.png"}},
          "articleSection": "World"}
    out = ["<!DOCTYPE html>", '<html lang="en-CA"><head><meta charset="UTF-8">', f"<title>{esc(S['title'])} | Brantford Expositor</title>", jsonld(ld), "</head><body>",
           '<header class="header"><a href="/" class="logo">Brantford Expositor</a><nav><a>News</a> <a>Sports</a> <a>Opinion</a> <a>Entertainment</a> '
           '<a>Life</a> <a>Obituaries</a> <a>Classifieds</a> <a>Driving</a> <a>Healthing</a> <a>ePaper</a></nav>'
           '<a class="subscribe">Subscribe</a> <a>Sign In</a></header>',
           '<article><p class="article-category">World</p>', f'<h1 class="article-title">{esc(S["title"])}</h1>',
           f'<p class="article-subtitle">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><span>Author of the article:</span> <span class="author">{esc(S["byline"])}</span>',
           f'<span>Publishing date:</span> <time datetime="{iso}">{MON3[d0.month - 1]} {d0.day:02d}, {d0.year}</time> '
           '<span class="sep">•</span> <span>3 hours ago</span> <span class="sep">•</span> <span>4 minute read</span> '
           '<span class="sep">•</span> <a href="#comments">Join the conversation</a></div>',
           '<div class="ad-placeholder">This advertisement has not loaded yet, but your article continues below.</div>',
           '<div class="article-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="newsletter"><p>Sign up to receive daily headline news from the Brantford Expositor, a division of Postmedia Network Inc.</p>'
                       '<input type="email" placeholder="Email Address"> <button>Sign Up</button>'
                       '<p class="small">By clicking on the sign up button you consent to receive the above newsletter from Postmedia Network Inc.</p></div>')
            out.append('<div class="ad-placeholder">This advertisement has not loaded yet, but your article continues below.</div>')
    out += ["</div>", '<div class="share">Share this Story: ' + esc(S["title"]) + ' <a>Copy Link</a> <a>Email</a> <a>X (Twitter)</a> <a>Reddit</a> <a>Pinterest</a> <a>LinkedIn</a> <a>Tumblr</a></div>',
            '<section id="comments"><h2>Comments</h2><p>Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful.</p></section>',
            '<section class="trending"><h2>Trending</h2><ol><li><a>Brant council approves new roads budget</a></li><li><a>Bulldogs open camp with new coach</a></li></ol></section>',
            "</article>", "<footer>365 Bloor Street East, Toronto, Ontario, M4W 3L4 · © 2022 Brantford Expositor, a division of Postmedia Network Inc. All rights reserved.</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_sault(S):
    """Sault Star (Postmedia WordPress VIP) RSS 2.0: +0000 pubDates, dc:creator CDATA, CDATA description excerpt and
    content:encoded; newest first."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", '<atom:link href="https://www.saultstar.com/category/news/world/feed" rel="self" type="application/rss+xml" />',
           "<link>https://www.saultstar.com</link>", "<description>Sault Ste. Marie news, sports and more</description>",
           f"<lastBuildDate>{loc(S, S['entries'][0]).strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>", "<language>en-CA</language>",
           "<sy:updatePeriod>hourly</sy:updatePeriod>", "<sy:updateFrequency>1</sy:updateFrequency>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e).astimezone(UTC)
        st = d.strftime("%a, %d %b %Y %H:%M:%S +0000")
        stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += ["<item>", f"<title><![CDATA[{e['h']}]]></title>", f"<link>https://www.saultstar.com/news/world/{slug}</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[{e.get('cat', 'World')}]]></category>", "<category><![CDATA[News]]></category>",
                f'<guid isPermaLink="false">https://www.saultstar.com/?p={9914420 + i * 37}</guid>',
                f"<description><![CDATA[{e['p'][0]}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_sarnia(S):
    """Sarnia Observer (Postmedia) live article, text scrape: 'Publishing date' line, oldest first, headline then a
    '9:41 a.m. EST' stamp line AFTER it, body, then an agency credit line '— Reuters'. Postmedia ad placeholder lines."""
    d0 = loc(S, S["entries"][0])
    L = ["Skip to Content", "Sarnia Observer", "Subscribe  Sign In", "", "News  Sports  Opinion  Entertainment  Life  Obituaries  Classifieds  ePaper", "",
         "World", S["title"], S["lede"], "", "Author of the article:", S["byline"],
         f"Publishing date: {MON3[d0.month - 1]} {d0.day:02d}, {d0.year}  •  Last updated 1 day ago  •  6 minute read  •  Join the conversation", "",
         "This advertisement has not loaded yet, but your article continues below.", "", "Article content", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = h12(d, dots=True, space=" ") + " " + d.tzname()
        stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"]) + ["\u2014 " + e["a"], ""]
        if i in (1, 4):
            L += ["This advertisement has not loaded yet, but your article continues below.", ""]
        if i == 2:
            L += ["Sign up to receive daily headline news from The Sarnia Observer, a division of Postmedia Network Inc.", "Sign Up", ""]
    L += ["Share this article in your social network", "", "Trending", "Lambton council backs new transit link", "Sting split weekend games", "",
          "© 2022 Sarnia Observer, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited."]
    return "\n".join(L) + "\n", stamps


def r_peterborough(S):
    """Peterborough Examiner (Metroland/Torstar) running file, text scrape: the 'timer' icon word glued into the date
    line ('Wed., Oct. 19, 2022timer4 min. read'), page byline, newest first; entries have NO headline: each starts
    with '3:50 p.m.' inside its first paragraph (sometimes '(UPDATED)'). Eastern time implied."""
    d0 = loc(S, S["entries"][0])
    wd = WEEKDAYS[d0.weekday()][:3] + "."
    L = ["Skip to Main Content", "The Peterborough Examiner", "Subscribe  Log in", "", "Local  Canada  World  Opinion  Sports  Entertainment  Life  Obituaries  Flyers", "",
         "World", S["title"], "", f"By {S['byline']}", f"{wd}, {AP_MON[d0.month - 1]} {d0.day}, {d0.year}timer4 min. read", "",
         "Updated 1 hr ago", "", "Join the conversation", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = h12(d, dots=True, space=" ")
        stamps.append(st)
        first = st + " " + (e["mark"] + " " if e["mark"] else "") + e["p"][0]
        L += [first, ""] + paras_txt(e["p"][1:])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Join The Conversation", "Conversations are opinions of our readers and are subject to the Code of Conduct. The Examiner does not endorse these opinions.", "",
          "More from The Examiner", "", "Copyright owned or licensed by Toronto Star Newspapers Limited. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_pgcitizen(S):
    """Prince George Citizen (Glacier Media / Village Media platform) World News listing, HTML: card title, lead,
    credit and 'Oct 1, 2022 3:50 PM' (Pacific time implied); newsletter and 'Load more'."""
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Prince George Citizen</title></head><body>",
           '<a class="skip" href="#main">Skip to content</a>', '<div class="newsletter-bar"><a href="/newsletter">Join our Newsletter</a></div>',
           '<header><a href="/" class="logo">Prince George Citizen</a><nav><a>Local News</a> <a>Opinion</a> <a>Sports</a> <a>Arts &amp; Culture</a> '
           '<a>National News</a> <a>World News</a> <a>Obituaries</a> <a>Classifieds</a></nav></header>',
           f'<main id="main"><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = f"{MON3[d.month - 1]} {d.day}, {d.year} {h12(d, upper=True, space=' ')}"
        stamps.append(st)
        out.append(f'<div class="section-item"><a href="/world-news/{5812940 + i * 13}"><div class="section-title">{esc(e["h"])}</div></a>')
        out += [f'<div class="section-description">{esc(p)}</div>' for p in e["p"]]
        out.append(f'<div class="section-meta"><span class="author">{esc(e["a"])}</span> <time>{st}</time></div></div>')
        if i == 3:
            out.append('<div class="ad"><span>Advertisement</span></div>')
    out += ['<a class="more" href="?page=2">Load more</a></main>',
            '<aside><div class="signup">Sign up for our Morning Headlines newsletter <input type="email"> <button>Subscribe</button></div></aside>',
            "<footer>Prince George Citizen · About Us · Contact Us · Advertise · Privacy Policy · Terms of Use</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_moosejaw(S):
    """Moose Jaw Times-Herald timeline, text scrape: oldest first, day lines without year ('Wednesday, Dec. 21'),
    each post '6:05 p.m. CST — Headline' (Saskatchewan prints CST all year), page byline; crosses local midnight."""
    L = ["Moose Jaw Times-Herald", "Moose Jaw's daily newspaper since 1889", "", "News  Sports  Opinion  Agriculture  Community  Obituaries  Classifieds", "",
         "Canada & World", S["title"], "", S["byline"], S["posted"], "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        day = f"{WEEKDAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = h12(d, dots=True, space=" ") + " CST"
        stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""] + paras_txt(e["p"])
    L += ["Share:  Facebook  Twitter  Email", "", "Comments (0)", "", "© Moose Jaw Times-Herald  |  44 Fairford St. W., Moose Jaw, Sask."]
    return "\n".join(L) + "\n", stamps


# ====================================================================== Part B renderers (invented outlets)

def r_pelsworth(S):
    """text live, newest first, 'Key points' bullets, '16.45 BST' line before headline, reporter line after body"""
    L = ["PELSWORTH REPORT", "News | World | Ukraine | Business | Culture | Sport", "", S["dateline"], S["title"], "", S["lede"], "", "Key points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = f"{d:%H.%M} {d.tzname()}"
        stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"]) + ([e["a"], ""] if e["a"] else [])
        if i == 2:
            L += ["Sign up for the Pelsworth morning briefing", ""]
    L += ["Show earlier posts", "", "Pelsworth Report · About · Complaints · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_glenvarrow(S):
    """HTML live, oldest first, LiveBlogPosting JSON-LD with one BlogPosting per update (+03:00), visible
    <time datetime>HH:MM</time> above each h3, contributor line under the body"""
    ups = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    d0 = loc(S, S["entries"][0]); dl = loc(S, S["entries"][-1])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": dl.isoformat(), "coverageStartTime": d0.isoformat(), "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Glenvarrow Daily</title>", jsonld(ld), "</head><body>",
           '<header><span class="logo">Glenvarrow Daily</span><nav><a>Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Podcast</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', '<p class="tz">All times are Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = f"{d:%H:%M}"
        stamps.append(st)
        out.append(f'<article class="update" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append('<div class="tools"><a>Copy link</a> <a>Share</a></div></article>')
    out += ['<div class="support">Glenvarrow Daily is funded by readers. <a>Become a supporter</a></div></main>',
            "<footer>Glenvarrow Daily · Editorial standards · Contact · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """general world-news RSS 2.0 feed, newest first, pubDate in the outlet's own offset ('GMT' or '+0100'),
    CDATA HTML description, no authors"""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>",
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z"))
        stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>",
                f'<guid isPermaLink="true">{S["url"]}/news/{S["id"]}{i + 11}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first, <published> with the outlet's offset; content as escaped html ('html'), as xhtml
    ('xhtml') or a plain-text summary plus html content ('summary')"""
    d_last = loc(S, S["entries"][0])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f"<id>{S['url']}/atom.xml</id>", f"<updated>{d_last.isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = d.isoformat()
        stamps.append(st)
        out += ["<entry>", f"<title type=\"text\">{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{S["id"]}-{i + 1}"/>',
                f"<id>tag:{S['url'].split('//')[1]},2022:{S['id']}-{i + 1}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if S["content"] == "html":
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        elif S["content"] == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>")
        else:
            out.append('<content type="html"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article: masthead, title, byline, dateline with time, lede, one section per subhead; no per-section time"""
    L = [S["masthead"], S["crumbs"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"])
    L += S["tail"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_dewbury(S):
    """text live, newest first: headline, then 'Reporter Name, 15:20 BST' line, body, share line"""
    L = ["Dewbury Chronicle", "Home › World › Europe", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = f"{e['a']}, {d:%H:%M} {d.tzname()}"
        stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"]) + ["Share: Facebook · X · Email", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load older posts", "", "Dewbury Chronicle · Terms · Privacy · Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_blenkett(S):
    """text live, oldest first; date line without year; bare '07:32' line before headline; 'Words:' line after body"""
    L = ["BLENKETT REVIEW", "Live | Ukraine | Russia | Analysis", "", S["title"], S["dateline"], "Kyiv time (UTC+2)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = f"{d:%H:%M}"
        stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"]) + ([f"Words: {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["Blenkett Review is reader-funded. Chip in", ""]
    L += ["That's all from us today.", "Blenkett Review · Imprint · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_yarnfield(S):
    """HTML live, newest first; LiveBlogPosting JSON-LD whose updates all carry the PAGE's datePublished (no per-update
    time) ; visible '<time datetime=...>10.47 GMT</time>' above each h2; byline paragraph under body"""
    d_first = loc(S, S["entries"][-1]); d_last = loc(S, S["entries"][0])
    page_pub = d_first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{9000 + i}", "headline": S["title"], "datePublished": page_pub,
            "dateModified": d_last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "articleBody": " ".join(e["p"])[:300]}
           for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": page_pub,
          "dateModified": d_last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "coverageStartTime": page_pub, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – Yarnfield Bulletin</title>", jsonld(ld), "</head><body>",
           '<div class="consent">We and our partners use cookies. <button>Yes, I\'m happy</button> <button>Manage settings</button></div>',
           '<header>Yarnfield Bulletin <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Climate</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="dateline">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = loc(S, e)
        st = f"{d:%H.%M} {d.tzname()}"
        stamps.append(st)
        out.append(f'<div class="block" id="block-{9000 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="block-byline">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside class="newsletter"><p>Sign up to First Edition, our free daily newsletter</p><button>Sign up</button></aside>')
    out += ["</main>", "<footer>© 2022 Yarnfield Bulletin · Help · Complaints · Terms &amp; conditions</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


RENDER = {}  # filled in by the data module

# ====================================================================== the data table
SEEDS = []

# ---------------------------------------------------------------- Part A
SEEDS.append(dict(id="6900", name="6900_greymouthstar-world", ext="txt", source="Greymouth Star", zone="Pacific/Auckland", render=r_greymouth,
  title="World",
  notes="Greymouth Star World section, text scrape of a Drupal listing, newest first. Each item: headline, agency credit line (taken as author), "
        "long date line 'Friday, 9 September 2022 - 1:05am' with no zone (New Zealand time implied by the outlet's home; NZST = UTC+12 in early September), "
        "teaser paragraph(s), 'Read more'. The list crosses local midnight (9 Sept morning back to 8 Sept afternoon) but every item falls on 8 Sept UTC. "
        "Item 01 (death of the Queen) is off-beat.",
  not_entries=["'Skip to main content' and masthead/tagline", "Subscribe/Log in/Search line and section menu", "'World' section heading (page title)",
               "'Read more' links", "'Advertisement' marker", "pager (1 2 3 4 next › last »)", "'Most read' box with two local headlines", "footer links and copyright"],
  entries=[
  OFF("2022-09-09 07:40", "Queen Elizabeth II dies at Balmoral aged 96",
      ["Queen Elizabeth II, the longest-reigning monarch in British history, has died at Balmoral Castle in Scotland, Buckingham Palace announced.",
       "Her eldest son becomes King Charles III. Flags on government buildings in Wellington will fly at half-mast."],
      "queen-elizabeth-death", a="AP", n="death of the Queen."),
  E("2022-09-09 06:15", "Blinken makes unannounced trip to Kyiv with new arms funding",
    ["Antony Blinken arrived in Kyiv by train on Thursday and announced about $2.8 billion in new military financing for Ukraine and neighbouring countries, much of it for longer-term purchases.",
     "The US Secretary of State met President Volodymyr Zelensky and visited a children's hospital, officials said."],
    "aid", "aid", 3, "blinken-kyiv-visit-arms-funding", a="Reuters", sec=["diplomacy"], n="Ministerial visit whose content is a funding announcement: aid primary (headline leads with the arms funding), diplomacy secondary."),
  E("2022-09-09 01:05", "Ukrainian troops push towards Balakliia in surprise northeast thrust",
    ["Ukrainian forces have advanced up to 20 kilometres into Russian-held ground in the Kharkiv region, President Volodymyr Zelensky said, in what analysts called the first sign of a second counteroffensive.",
     "Russian-installed officials said fighting had reached the edge of the town of Balakliia."],
    "other", "frontline", 3, "kharkiv-counteroffensive-balakliia", a="Reuters", n="Large frontline shift -> importance 3."),
  E("2022-09-08 22:30", "Moscow cool on nuclear watchdog's call for protection zone",
    ["Russia said it needed more detail before it could back the International Atomic Energy Agency's proposal for a protection zone around the Zaporizhzhia power plant, which its troops have held since March.",
     "Kyiv says any such zone must start with the withdrawal of Russian forces from the site."],
    "diplomacy", "diplomacy", 2, "iaea-zaporizhzhia-protection-zone", a="AAP"),
  E("2022-09-08 19:50", "Missiles hit Kharkiv university buildings",
    ["Two Russian missiles struck buildings belonging to a university in central Kharkiv overnight, regional officials said, blowing out windows across the surrounding streets.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "kharkiv-university-strike-2022-09-08", a="Reuters", n="Strike without casualties -> 2."),
  E("2022-09-08 16:20", "Putin wants grain deal terms revisited",
    ["President Vladimir Putin complained that most of the grain leaving Ukrainian ports under the UN-brokered deal was going to rich countries rather than poor ones, and said he would raise changes with Turkey's leader.",
     "United Nations figures show that about a third of the cargoes have gone to low and middle-income countries."],
    "diplomacy", "diplomacy", 2, "putin-grain-deal-complaint", a="AP", n="A complaint and an intention, no concrete step -> 2."),
  E("2022-09-08 14:05", "Baltic states and Poland to turn away Russian tourists",
    ["Estonia, Latvia, Lithuania and Poland will stop most Russians holding Schengen visas from entering their territory later this month, the four governments said in a joint statement.",
     "Dissidents, humanitarian cases and family visits will be exempt."],
    "diplomacy", "diplomacy", 2, "baltics-poland-russian-tourist-entry-ban", a="Reuters", n="Entry ban as a sanction-like measure -> diplomacy."),
  ]))

SEEDS.append(dict(id="6901", name="6901_oamarumail-feed", ext="xml", source="Oamaru Mail", zone="Pacific/Auckland", render=r_oamaru,
  title="Oamaru Mail - World",
  notes="Drupal-style RSS 2.0 of the Oamaru Mail world section, newest first; pubDate in local NZ time with its offset (+1200); descriptions are "
        "HTML-escaped paragraphs; dc:creator gives the agency. Local dates run from 29 Aug afternoon to 30 Aug morning, all on 29 Aug UTC.",
  not_entries=["channel title, link, description, language", "atom:link self reference", "guid lines ('NNNN at https://...')"],
  entries=[
  E("2022-08-30 10:40", "Nuclear inspectors set off for Zaporizhzhia plant",
    ["A team of 14 specialists from the International Atomic Energy Agency has left Vienna for Ukraine to inspect the Zaporizhzhia nuclear power plant, agency chief Rafael Grossi said.",
     "He said the experts would spend several days at the site, which has been shelled repeatedly."],
    "diplomacy", "diplomacy", 3, "iaea-mission-departs-zaporizhzhia", a="Reuters", sec=["other"],
    n="UN agency mission to an occupied site, negotiated with both sides -> diplomacy; other (security) secondary."),
  E("2022-08-30 07:20", "Kyiv says southern offensive is under way",
    ["Ukraine's military said its forces had begun offensive operations in several directions in the Kherson region and had broken through the first line of Russian defences in one sector.",
     "Moscow-installed officials dismissed the claim as propaganda."],
    "other", "frontline", 3, "kherson-counteroffensive-launch", a="Reuters"),
  E("2022-08-30 02:35", "Rockets kill two in Mykolaiv",
    ["Russian rockets killed two people and wounded 24 in Mykolaiv, regional governor Vitaliy Kim said, after residential streets near the port were hit.",
     "A school building was also damaged, local authorities said."],
    "strikes", "strikes", 3, "mykolaiv-rocket-attack-2022-08-29", a="AP"),
  E("2022-08-29 23:10", "Scholz calls for a bigger European Union",
    ["German Chancellor Olaf Scholz has called for the European Union to grow to as many as 36 members, including Ukraine, Moldova and the western Balkans, in a speech at Charles University in Prague.",
     "He said majority voting on foreign policy would be needed to keep an enlarged bloc working."],
    "diplomacy", "diplomacy", 2, "scholz-prague-enlargement-speech", a="AP"),
  E("2022-08-29 18:45", "Shelling again reported near Zaporizhzhia reactors",
    ["Ukraine's nuclear operator Energoatom said Russian shelling had damaged a building close to one of the reactors at the Zaporizhzhia plant and accused Moscow of trying to disrupt the inspectors' visit.",
     "Russia's defence ministry blamed Ukrainian artillery."],
    "strikes", "strikes", 2, "zaporizhzhia-plant-shelling-2022-08-29", a="AAP", n="Same plant as the IAEA mission (01) but a different event: must not merge."),
  E("2022-08-29 14:00", "Grain ship bound for Ethiopia docks in Djibouti",
    ["The first ship carrying Ukrainian wheat for the World Food Programme has arrived in Djibouti, from where the grain will travel overland to drought-hit Ethiopia.",
     "The 23,000-tonne cargo left the port of Pivdennyi two weeks ago."],
    "other", "humanitarian", 2, "wfp-grain-ship-djibouti", a="Reuters", n="Food shipment under the grain corridor to a third country: humanitarian, not aid to a party."),
  ]))

SEEDS.append(dict(id="6902", name="6902_sunraysiadaily-tag", ext="html", source="Sunraysia Daily", zone="Australia/Melbourne", render=r_sunraysia,
  title="Ukraine", parse_args=["--date", "2022-10-05"],
  notes="Sunraysia Daily (Mildura) 'Ukraine' tag page, HTML story cards newest first. Card dates print weekday, month and day and a 12-hour time "
        "('Wednesday, October 5, 9:15am') but NO year anywhere on the page (JSON-LD has no dates either), hence parse_args --date 2022-10-05. "
        "No zone printed: Mildura is in Victoria, AEDT (UTC+11) since 2 October, so the morning of 5 Oct local is the evening of 4 Oct UTC. "
        "Credits (AAP, Reuters) are taken as authors.",
  not_entries=["top bar (weather, Subscribe, Login)", "logo and section menu", "'Ukraine' archive heading (page title)", "'ADVERTISEMENT' slot",
               "'Load more stories' link", "'Most Popular' box", "newsletter sign-up", "footer"],
  entries=[
  E("2022-10-05 10:45", "Ukrainian troops retake more villages in the south",
    ["Ukrainian forces have recaptured several villages along the Dnipro River in the Kherson region, President Volodymyr Zelenskyy said in his nightly address.",
     "Russian military bloggers reported that troops had pulled back to a new defensive line."],
    "other", "frontline", 3, "kherson-villages-retaken-2022-10-04", a="AAP"),
  E("2022-10-05 09:15", "Putin signs annexation laws",
    ["President Vladimir Putin has signed laws absorbing four partly occupied Ukrainian regions into Russia, completing a process Kyiv and Western governments reject as illegal.",
     "Both houses of the Russian parliament passed the measures earlier in the week."],
    "other", "frontline", 3, "putin-signs-annexation-laws", a="AAP", sec=["diplomacy"], n="Territorial claim -> other/frontline (see Conventions)."),
  E("2022-10-05 08:30", "Zelenskyy decree rules out talks while Putin is in power",
    ["Ukraine's president has signed a decree declaring negotiations with Vladimir Putin impossible, while leaving the door open to talks with a future Russian leader.",
     "The decree formalises a decision taken by the national security council."],
    "diplomacy", "diplomacy", 3, "zelenskyy-decree-no-talks-with-putin", a="AAP"),
  E("2022-10-05 07:40", "Marles confirms extra Bushmasters for Ukraine",
    ["Defence Minister Richard Marles says another 30 Bushmaster protected vehicles will be sent to Ukraine, taking Australia's military support to about $655 million.",
     "The vehicles will be flown to Europe in the coming weeks."],
    "aid", "aid", 2, "australia-extra-bushmasters", a="AAP", n="Modest package from a non-major donor -> 2."),
  E("2022-10-05 06:50", "Musk's peace plan poll angers Kyiv",
    ["Ukrainian officials have rebuked Elon Musk after the billionaire asked his Twitter followers to vote on a plan that would leave Crimea with Russia and rerun referendums in occupied areas under UN supervision.",
     "The Kremlin said it welcomed any search for a peaceful path."],
    "diplomacy", "diplomacy", 2, "musk-peace-plan-poll", a="Reuters"),
  E("2022-10-05 06:00", "Missiles strike Zaporizhzhia city",
    ["Russian missiles hit residential streets in the city of Zaporizhzhia on Tuesday, killing one person and damaging a high-rise building, the regional governor said.",
     "The city lies about 50 kilometres from the front line."],
    "strikes", "strikes", 3, "zaporizhzhia-city-missile-strike-2022-10-04", a="Reuters", n="Deadly strike -> 3."),
  ]))

SEEDS.append(dict(id="6903", name="6903_bayofplentytimes-live", ext="html", source="Bay of Plenty Times", zone="Pacific/Auckland", render=r_bop,
  title="Russia-Ukraine war live: Iran says drones went to Russia before invasion", byline="Sam Hewetson",
  lede="Follow the latest developments in the war in Ukraine overnight and through Sunday morning.",
  notes="Bay of Plenty Times live page on the NZ Herald platform (HTML), newest first, one page byline ('By Sam Hewetson', every entry's author). "
        "Header date '6 Nov, 2022 10:30 AM'; day headers WITHOUT year ('Sunday, November 6', 'Saturday, November 5'); each post has an '8.55am' "
        "time above its h3. The posts cross local midnight; NZDT = UTC+13, so all of them fall on 5 Nov UTC. JSON-LD is page-level NewsArticle only.",
  not_entries=["masthead and menu", "'World' label", "h1 title", "byline line", "header date line", "'4 mins to read'", "share/save line", "'Listen to this article'",
               "intro paragraph", "day headers", "advertisement markers", "'More World' related link", "footer"],
  entries=[
  E("2022-11-06 10:30", "Iran admits sending drones to Russia",
    ["Iran's foreign minister Hossein Amir-Abdollahian has acknowledged for the first time that Tehran supplied Russia with drones, but said the shipments were made months before the invasion.",
     "Kyiv said Iranian-made drones were being shot down over Ukraine every day."],
    "aid", "aid", 3, "iran-admits-drones-to-russia", a="Sam Hewetson", n="Arms transfer to Russia, ministerial admission -> aid, 3."),
  E("2022-11-06 08:55", "Kyiv mayor tells residents to prepare for total blackout",
    ["Kyiv mayor Vitali Klitschko urged the capital's three million residents to stock up on water and warm clothes and to consider staying with relatives outside the city if the power fails completely.",
     "About 450,000 homes in the region were without electricity on Saturday."],
    "other", "humanitarian", 2, "klitschko-total-blackout-warning", a="Sam Hewetson", sec=["strikes"]),
  E("2022-11-06 07:20", "Kherson occupation officials widen evacuation zone",
    ["Moscow-appointed authorities in Kherson said they were extending a compulsory evacuation to a 15-kilometre strip along the east bank of the Dnipro River, affecting about 70,000 people.",
     "Ukraine described the transfers as forced deportations."],
    "other", "humanitarian", 2, "kherson-evacuation-zone-widened", a="Sam Hewetson"),
  E("2022-11-06 00:45", "Scholz and Xi warn against nuclear escalation",
    ["Chinese President Xi Jinping and German Chancellor Olaf Scholz jointly opposed the use or threat of nuclear weapons in Ukraine during talks in Beijing, according to Chinese state media.",
     "Scholz is the first G7 leader to visit China since the pandemic began."],
    "diplomacy", "diplomacy", 3, "scholz-xi-nuclear-warning", a="Sam Hewetson", n="Head-of-government diplomacy -> 3."),
  E("2022-11-05 22:10", "Russia says drones downed over Sevastopol",
    ["Russian-installed officials in Sevastopol said air defences had shot down two drones approaching the city's port early on Saturday.",
     "There were no reports of damage."],
    "strikes", "strikes", 2, "sevastopol-drones-downed-2022-11-05", a="Sam Hewetson"),
  E("2022-11-05 20:40", "New Zealand adds funding for Ukraine's winter",
    ["The Government will give a further $2 million to help Ukrainians through the winter, with the money going to the Red Cross and the UN refugee agency, Foreign Minister Nanaia Mahuta said.",
     "The announcement takes New Zealand's humanitarian support since February past $15m."],
    "aid", "aid", 2, "nz-winter-humanitarian-funding", a="Sam Hewetson", n="Humanitarian support to Ukraine counts as aid (LABELS)."),
  ]))

SEEDS.append(dict(id="6904", name="6904_brantfordexpositor-article", ext="html", source="Brantford Expositor", zone="America/Toronto", render=r_brantford,
  title="Ukraine war: Nuclear experts stay at plant as Europe weighs gas shutdown", byline="The Associated Press",
  url="https://www.brantfordexpositor.ca/news/world/ukraine-war-nuclear-experts-stay-at-plant",
  lede="Two inspectors will remain at Zaporizhzhia while Moscow keeps its main gas pipeline to Germany closed",
  notes="Postmedia article page (HTML), a wire round-up with five subheads; one entry per subhead (headline = subhead), stamp null. "
        "The visible meta line prints only 'Publishing date: Sep 03, 2022' and a relative '3 hours ago'; the publication TIME is only in the "
        "NewsArticle JSON-LD datePublished and the <time datetime> attribute (2022-09-03T16:40:00.000Z = 12:40 EDT), used for every section. "
        "Page byline 'The Associated Press' is every entry's author.",
  not_entries=["header and menu", "'World' category label", "h1 title", "subtitle/standfirst", "'Author of the article:' / 'Publishing date:' meta line",
               "'This advertisement has not loaded yet, but your article continues below.' placeholders", "newsletter sign-up box and consent line",
               "'Share this Story' line", "comments notice", "'Trending' box", "footer"],
  entries=[
  E("2022-09-03 12:40", "Inspectors settle in",
    ["Two experts from the UN nuclear watchdog will stay at the Zaporizhzhia power plant for the long term after the rest of their team left, the agency said Saturday.",
     "Their presence is meant to give the world an independent account of conditions at the site, which Russian troops occupy and Ukrainian engineers still run.",
     "The agency's director general said the plant's physical integrity had been violated several times."],
    "diplomacy", "diplomacy", 3, "iaea-experts-stay-zaporizhzhia", a="The Associated Press", sec=["other"]),
  E("2022-09-03 12:40", "No gas through Nord Stream",
    ["Russia's state energy giant said the Nord Stream 1 pipeline would remain shut until an oil leak in a turbine was repaired, giving no date for a restart.",
     "European officials called the explanation a pretext, noting that it came hours after Group of Seven finance ministers agreed to cap the price of Russian oil."],
    "diplomacy", "diplomacy", 3, "nord-stream-indefinite-shutdown", a="The Associated Press", n="Gas cut-off tied to the sanctions fight -> diplomacy (see Conventions)."),
  E("2022-09-03 12:40", "Shelling in the south and east",
    ["Russian forces shelled the town of Nikopol, across the river from the nuclear plant, and several districts of Kharkiv overnight, killing at least two civilians, Ukrainian officials said.",
     "In the Donetsk region, the governor urged the remaining residents of front-line towns to leave before winter."],
    "strikes", "strikes", 3, "nikopol-kharkiv-shelling-2022-09-03", a="The Associated Press"),
  E("2022-09-03 12:40", "Kremlin scoffs at price cap",
    ["Kremlin spokesman Dmitry Peskov said Russia would simply stop selling oil to countries that adopt the cap, calling the idea absurd.",
     "The G7 ministers said the measure was meant to cut Moscow's revenue while keeping oil flowing to world markets."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-oil-price-cap", a="The Associated Press"),
  E("2022-09-03 12:40", "Depot hit near Nova Kakhovka",
    ["Ukraine's southern command said its forces had destroyed a Russian ammunition depot and a pontoon crossing near the town of Nova Kakhovka.",
     "The claim could not be independently verified."],
    "strikes", "strikes", 2, "nova-kakhovka-depot-strike", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="6905", name="6905_saultstar-feed", ext="xml", source="Sault Star", zone="America/Toronto", render=r_sault,
  title="World | Sault Star",
  notes="Postmedia WordPress RSS 2.0 (world category), newest first; pubDate in +0000 (UTC), so the Toronto zone matters only for published_local. "
        "dc:creator CDATA gives the agency (author). description = first paragraph, content:encoded = all paragraphs. Item 03 (German coup plot) is off-beat.",
  not_entries=["channel title, link, description, lastBuildDate, language, sy: update fields", "atom:link self reference", "category and guid lines"],
  entries=[
  E("2022-12-07 17:10", "Putin says the war could be a long process",
    ["President Vladimir Putin said Wednesday that the fighting in Ukraine could drag on and warned that the threat of nuclear war was rising, while insisting Russia had not gone mad.",
     "Speaking to his human rights council, he said there was no need for a second mobilization for now."],
    "other", "politics", 2, "putin-long-process-remarks", a="The Associated Press", n="Head-of-state remarks without a diplomatic step -> other/politics, 2."),
  E("2022-12-07 14:35", "Shelling kills two in Kherson as outages drag on",
    ["Russian artillery hit residential areas of Kherson on Wednesday, killing two people and damaging a hospital, according to the regional military administration.",
     "Parts of the city have been without electricity for several days."],
    "strikes", "strikes", 3, "kherson-shelling-2022-12-07", a="The Associated Press"),
  OFF("2022-12-07 12:05", "German police arrest 25 over alleged plot to storm parliament",
      ["Thousands of German officers searched homes across the country Wednesday and detained 25 people suspected of belonging to a far-right network that planned to overthrow the government, prosecutors said."],
      "germany-reichsburger-raids", a="Reuters", n="German domestic security, not about the war."),
  E("2022-12-07 09:25", "Canada sanctions Russian officials over deported children",
    ["Canada has imposed sanctions on a group of Russian officials it accuses of helping move Ukrainian children to Russia, Foreign Affairs Minister Melanie Joly announced.",
     "The measures freeze any assets the individuals hold in Canada."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-child-deportations", a="The Canadian Press", sec=["other"]),
  E("2022-12-07 06:50", "Ukraine's grid operator says outages are getting shorter",
    ["Ukraine's national grid operator said scheduled power cuts would be shorter in most regions after engineers repaired several high-voltage substations damaged by Russian strikes.",
     "It warned that the system remained fragile."],
    "other", "humanitarian", 2, "ukrenergo-outages-shorter", a="Reuters", sec=["strikes"]),
  E("2022-12-07 03:15", "Moscow vows response to drone attacks on air bases",
    ["Russia's foreign ministry said Moscow would take measures to protect its territory after drones hit two military airfields deep inside the country this week.",
     "Kyiv has not publicly claimed responsibility."],
    "strikes", "strikes", 2, "russian-airbase-drone-attacks-response", a="Reuters", n="Official reaction whose content is the attack -> strikes."),
  ]))

SEEDS.append(dict(id="6906", name="6906_sarniaobserver-live", ext="txt", source="Sarnia Observer", zone="America/Toronto", render=r_sarnia,
  title="Ukraine war: Live updates for Wednesday", byline="Postmedia News",
  lede="NATO ministers wrap up in Bucharest while Brussels proposes a court for Russian leaders",
  notes="Postmedia live article, text scrape, OLDEST first. Each update: headline, then a stamp line AFTER it ('9:41 a.m. EST'), body, then an agency "
        "credit line ('— Reuters') taken as the entry's author (the page byline 'Postmedia News' is chrome). Date from 'Publishing date: Nov 30, 2022'.",
  not_entries=["masthead, sign-in and menu", "'World' label, title and standfirst", "'Author of the article:' and page byline 'Postmedia News'",
               "'Publishing date' line", "'This advertisement has not loaded yet...' placeholders", "'Article content' label", "newsletter sign-up lines",
               "share line", "'Trending' box", "copyright footer"],
  entries=[
  E("2022-11-30 06:10", "NATO ministers end Bucharest talks with energy pledges",
    ["NATO foreign ministers finished two days of meetings in Romania with promises of generators, transformers and fuel to help Ukraine keep the lights on through winter.",
     "The alliance's secretary general said its door remained open to Kyiv."],
    "aid", "aid", 3, "nato-bucharest-energy-pledges", a="Reuters", sec=["diplomacy"], n="Ministerial meeting whose outcome is equipment pledges -> aid primary."),
  E("2022-11-30 08:25", "EU proposes special court for Russian aggression",
    ["The European Commission proposed a special tribunal, backed by the United Nations, to try Russian leaders for the crime of aggression against Ukraine.",
     "Commission President Ursula von der Leyen also suggested investing frozen Russian central bank reserves and using the returns for reconstruction."],
    "diplomacy", "diplomacy", 3, "eu-special-tribunal-proposal", a="The Associated Press"),
  E("2022-11-30 09:41", "Shelling kills three in Kherson region",
    ["Russian shelling killed three civilians in the Kherson region over the past day, the regional governor said, two of them in the city itself.",
     "He said more than 40 strikes had been recorded."],
    "strikes", "strikes", 3, "kherson-region-shelling-2022-11-30", a="Reuters"),
  E("2022-11-30 11:15", "Kyiv and Moscow swap 50 prisoners each",
    ["Russia and Ukraine exchanged 50 prisoners each, officials on both sides said, in the latest of a series of swaps.",
     "Ukraine's presidential office said those freed included soldiers who had defended Mariupol."],
    "diplomacy", "diplomacy", 2, "prisoner-swap-50-each-2022-11-30", a="The Associated Press", n="Routine-sized exchange -> 2."),
  E("2022-11-30 13:30", "Fighting intensifies around Bakhmut",
    ["Russian troops and mercenaries kept up their assaults on the eastern city of Bakhmut, Ukraine's general staff said, describing the situation there as difficult.",
     "Satellite images show many of the city's buildings in ruins."],
    "other", "frontline", 2, "bakhmut-fighting-2022-11-30", a="Reuters"),
  E("2022-11-30 15:05", "More than 100,000 Ukrainians have come to Canada this year",
    ["More than 100,000 people fleeing the war in Ukraine have arrived in Canada under a special emergency travel program, Immigration Minister Sean Fraser said.",
     "The program lets Ukrainians stay for up to three years."],
    "other", "humanitarian", 2, "ukrainians-arrivals-canada", a="The Canadian Press"),
  E("2022-11-30 17:20", "Moscow protests to Vatican over Pope's remarks",
    ["Russia's foreign ministry said it had lodged a protest with the Vatican over remarks by Pope Francis that singled out soldiers from ethnic minorities for cruelty in Ukraine.",
     "The Vatican did not immediately comment."],
    "diplomacy", "diplomacy", 2, "russia-protest-vatican-pope-remarks", a="Reuters"),
  ]))

SEEDS.append(dict(id="6907", name="6907_peterboroughexaminer-live", ext="txt", source="Peterborough Examiner", zone="America/Toronto", render=r_peterborough,
  title="Ukraine war updates: Putin imposes martial law in annexed regions", byline="Torstar staff and wire services",
  lede="Our running file on the war in Ukraine, with Canadian reaction. Check back through Wednesday for new items.",
  notes="Metroland/Torstar running file, text scrape, newest first. Entries have NO headline and no separate stamp line: each begins with its time "
        "inside the first paragraph ('3:50 p.m. ...', once '3:50 p.m. (UPDATED) ...'); first_sentence excludes the time and the marker; "
        "body_paragraphs counts that first paragraph. Date from the line 'Wed., Oct. 19, 2022timer4 min. read' (icon word 'timer' glued in). "
        "No zone printed: Eastern time implied (EDT = UTC-4). Page byline is every entry's author.",
  not_entries=["masthead and menu", "'World' label and title", "page byline", "date line with the glued 'timer4 min. read'", "'Updated 1 hr ago'",
               "'Join the conversation' lines", "lede paragraph", "'ADVERTISEMENT'", "comments code-of-conduct notice", "'More from The Examiner'", "copyright line"],
  entries=[
  E("2022-10-19 15:50", None,
    ["President Vladimir Putin has imposed martial law in the four Ukrainian regions Moscow claims to have annexed, giving their Russian-installed leaders sweeping emergency powers.",
     "He also ordered Russian regions bordering Ukraine to tighten security and restrict movement."],
    "other", "politics", 3, "putin-martial-law-annexed-regions", a="Torstar staff and wire services", mark="(UPDATED)"),
  E("2022-10-19 14:15", None,
    ["Canada is adding Iranian companies that build drones used by Russia to its sanctions list, Foreign Affairs Minister Melanie Joly said.",
     "She said Ottawa would keep working with allies to hold Tehran to account."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-iranian-drone-makers", a="Torstar staff and wire services", sec=["aid"]),
  E("2022-10-19 12:40", None,
    ["Russian-appointed officials in Kherson said they would start moving up to 60,000 residents across the Dnipro River as Ukrainian forces close in on the city.",
     "The new commander of Russian forces in Ukraine called the situation in the region tense."],
    "other", "humanitarian", 3, "kherson-evacuation-begins", a="Torstar staff and wire services", n="Mass removal of civilians -> 3."),
  E("2022-10-19 10:05", None,
    ["Ukraine's grid operator asked households to avoid using heavy appliances between 7 p.m. and 11 p.m., warning of rolling blackouts from Thursday after strikes knocked out about a third of the country's power stations.",
     "Street lighting will be dimmed in several cities."],
    "other", "humanitarian", 2, "ukraine-evening-power-saving-appeal", a="Torstar staff and wire services", sec=["strikes"]),
  E("2022-10-19 08:30", None,
    ["Russian missiles struck a power plant in the western town of Burshtyn overnight, regional officials said, while explosions were also heard on the outskirts of Kyiv.",
     "Officials said there were no casualties."],
    "strikes", "strikes", 2, "burshtyn-power-plant-strike", a="Torstar staff and wire services"),
  E("2022-10-19 07:05", None,
    ["The Kremlin said it had no information about Iranian drones being used by Russian forces and referred questions to the defence ministry."],
    "aid", "aid", 2, "kremlin-iranian-drones-no-information", a="Torstar staff and wire services", n="Denial about an arms transfer to Russia -> aid."),
  ]))

SEEDS.append(dict(id="6908", name="6908_pgcitizen-worldnews", ext="html", source="Prince George Citizen", zone="America/Vancouver", render=r_pgcitizen,
  title="World News",
  notes="Village Media platform listing (HTML), newest first; each card: title, lead, credit (author) and 'Oct 1, 2022 3:50 PM'. No zone printed: "
        "Pacific time implied (PDT = UTC-7), so the page's day runs 07:40-22:50 UTC on 1 Oct.",
  not_entries=["'Skip to content' and 'Join our Newsletter'", "logo and menu", "'World News' heading (page title)", "advertisement slot", "'Load more'",
               "newsletter sign-up", "footer"],
  entries=[
  E("2022-10-01 15:50", "Ukraine says Lyman fully cleared of Russian troops",
    ["Ukraine's military said it had taken full control of the eastern town of Lyman, a day after Moscow declared the surrounding region part of Russia.",
     "Russia's defence ministry said its troops had pulled back to more favourable lines to avoid being encircled."],
    "other", "frontline", 3, "lyman-recaptured", a="The Canadian Press"),
  E("2022-10-01 13:20", "Chechen leader urges low-yield nuclear strike after retreat",
    ["Chechnya's leader Ramzan Kadyrov publicly urged Moscow to consider using a low-yield nuclear weapon after the loss of Lyman, and lashed out at Russian commanders.",
     "The Kremlin did not immediately respond."],
    "other", "politics", 2, "kadyrov-nuclear-call", a="The Associated Press"),
  E("2022-10-01 10:05", "Head of occupied nuclear plant detained, Ukraine says",
    ["Ukraine's state nuclear company said Russian forces had detained the director general of the Zaporizhzhia power plant as he drove from the site to the town of Enerhodar.",
     "The UN nuclear watchdog said it was seeking clarification."],
    "other", "security", 2, "znpp-director-detained", a="The Associated Press"),
  E("2022-10-01 08:30", "Canada widens sanctions over annexation move",
    ["Prime Minister Justin Trudeau announced sanctions on dozens of Russian officials and relatives of senior figures in response to Moscow's claimed annexation of four Ukrainian regions.",
     "Canada has now sanctioned more than 1,400 people and entities since the invasion."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-annexation", a="The Canadian Press"),
  E("2022-10-01 06:15", "Civilians killed in attack on convoy near Kupiansk",
    ["Ukrainian officials said at least 20 civilians, including children, were killed when Russian forces fired on a convoy of cars trying to leave an area near Kupiansk.",
     "The regional governor said the vehicles had been hit by shelling."],
    "strikes", "strikes", 3, "kupiansk-convoy-attack", a="The Associated Press"),
  E("2022-10-01 00:40", "Russia vetoes UN resolution on annexation",
    ["Russia used its veto at the United Nations Security Council to block a resolution condemning its declared annexation of four Ukrainian regions.",
     "China, India, Brazil and Gabon abstained."],
    "diplomacy", "diplomacy", 3, "un-veto-annexation-resolution", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="6909", name="6909_moosejawtimesherald-timeline", ext="txt", source="Moose Jaw Times-Herald", zone="America/Regina", render=r_moosejaw,
  title="Zelenskyy in Washington: how the visit unfolded", byline="Times-Herald staff, with files from The Canadian Press",
  posted="Posted Dec. 22, 2022 11:45 a.m.",
  lede="All times are Central Standard Time, as observed in Saskatchewan all year.",
  notes="Timeline article, text scrape, OLDEST first. Day lines without year ('Wednesday, Dec. 21', 'Thursday, Dec. 22'); the year comes from "
        "'Posted Dec. 22, 2022 11:45 a.m.'. Each post is one line '6:05 p.m. CST — Headline' (stamp before the headline on the same line). "
        "Saskatchewan keeps CST (UTC-6) all year. The timeline crosses local midnight; every post is on 22 Dec UTC. Page byline is every entry's author.",
  not_entries=["masthead, tagline and menu", "'Canada & World' label and title", "byline and 'Posted' line", "lede about time zones", "day lines",
               "share line", "'Comments (0)'", "footer"],
  entries=[
  E("2022-12-21 18:05", "Biden pledges Patriot battery as Zelenskyy visits White House",
    ["President Joe Biden promised Ukraine a Patriot air defence battery and nearly $2 billion in further military help as he welcomed Volodymyr Zelenskyy to the White House.",
     "It was the Ukrainian leader's first trip abroad since the full-scale invasion began."],
    "aid", "aid", 3, "us-patriot-pledge-zelenskyy-visit", a="Times-Herald staff, with files from The Canadian Press", sec=["diplomacy"]),
  E("2022-12-21 18:40", "Zelenskyy tells Congress aid is an investment, not charity",
    ["Addressing a joint meeting of Congress, Zelenskyy said American money for Ukraine was an investment in global security and democracy rather than charity.",
     "He handed lawmakers a flag signed by soldiers fighting in Bakhmut."],
    "diplomacy", "diplomacy", 3, "zelenskyy-congress-address", a="Times-Herald staff, with files from The Canadian Press"),
  E("2022-12-21 21:15", "Senate advances spending bill with $45 billion for Ukraine",
    ["The Senate in Washington moved closer to passing a $1.7-trillion government funding bill that includes about $45 billion in emergency assistance for Ukraine and NATO allies.",
     "A final vote was expected Thursday."],
    "aid", "aid", 3, "us-senate-ukraine-funding-bill", a="Times-Herald staff, with files from The Canadian Press"),
  E("2022-12-21 23:30", "Kremlin says visit shows no appetite for peace",
    ["Kremlin spokesman Dmitry Peskov said neither Washington nor Kyiv had shown any readiness to listen to Moscow's concerns, and that more weapons would only deepen Ukraine's suffering."],
    "diplomacy", "diplomacy", 2, "kremlin-reaction-zelenskyy-visit", a="Times-Herald staff, with files from The Canadian Press",
    n="A separate statement by another party, not the visit itself: own story."),
  E("2022-12-22 07:10", "Putin says Russia wants the war over as soon as possible",
    ["Vladimir Putin told reporters that Russia's aim was to end the conflict, and the sooner the better, adding that every war ends in negotiations."],
    "diplomacy", "diplomacy", 2, "putin-wants-war-ended", a="Times-Herald staff, with files from The Canadian Press"),
  E("2022-12-22 09:45", "Zelenskyy back in Ukraine after stop in Poland",
    ["Zelenskyy returned to Ukraine after meeting Polish President Andrzej Duda in the border city of Rzeszow on his way home, his office said."],
    "diplomacy", "diplomacy", 2, "zelenskyy-duda-rzeszow-stop", a="Times-Herald staff, with files from The Canadian Press"),
  E("2022-12-22 11:20", "Kherson shelling kills two as attacks on city continue",
    ["Russian shelling killed two people and wounded five in Kherson on Thursday, the regional administration said, as attacks on the recaptured city went on."],
    "strikes", "strikes", 3, "kherson-shelling-2022-12-22", a="Times-Herald staff, with files from The Canadian Press"),
  ]))

# ---------------------------------------------------------------- Part B (invented outlets)
D1 = ("Multi-source day 1 (2022-08-19 UTC, seeds 6920-6924). Main story kharkiv-saltivka-strike-2022-08-19 in all five seeds (toll 3 -> 4 -> 7 -> 9 -> 11; "
      "Kharkiv/Kharkov, Saltivka/Saltovka). Also multi-seed: zaporizhzhia-iaea-mission-agreed, us-775m-arms-package-2022-08-19, guterres-odesa-grain-port-visit. "
      "Must not merge: kharkiv-evening-strike-2022-08-19 vs the Saltivka strike; russia-warns-zaporizhzhia-shutdown and analysis-zaporizhzhia-plant-risks vs the "
      "IAEA route; grain-ships-depart-2022-08-19 vs the Guterres visit.")
D2 = ("Multi-source day 2 (2022-08-20 UTC, seeds 6930-6934). Main story sevastopol-fleet-hq-drone-2022-08-20 in four seeds (Sevastopol/Sevastopil/Sebastopol). "
      "Multi-seed: voznesensk-missile-strike-2022-08-20 (wounded 9 -> 12 -> 14; Voznesensk/Voznessensk), dugina-car-bomb-moscow, and the day-1 slug "
      "zaporizhzhia-iaea-mission-agreed continued by a new development (Grossi/Ulyanov on timing). Must not merge: kerch-bridge-air-defence-2022-08-20 and "
      "analysis-crimea-rear-under-attack vs the fleet HQ drone (and vs day 1's Belbek blasts); mykolaiv-weekend-curfew vs the Voznesensk strike.")
D3 = ("Multi-source day 3 (2022-12-14 UTC, seeds 6940-6944). Main story kyiv-drone-attack-2022-12-14 in all five seeds (10 -> 13 drones downed; Kyiv/Kiev; "
      "Shahed/Shaheed; Shevchenkivskyi/Shevchenkivskyy/Shevchenko district). Multi-seed: us-patriot-transfer-reports-2022-12-14, eu-ninth-sanctions-package-stalled, "
      "prisoner-swap-64-2022-12-14. Must not merge: kherson-shelling-2022-12-14 vs the Kyiv drones; explainer-patriot-system and russia-warns-over-patriot-supply "
      "vs the Patriot reports; eu-18bn-loan-2023 vs the stalled sanctions package.")
KH = "kharkiv-saltivka-strike-2022-08-19"; IA = "zaporizhzhia-iaea-mission-agreed"; US = "us-775m-arms-package-2022-08-19"; GU = "guterres-odesa-grain-port-visit"
SV = "sevastopol-fleet-hq-drone-2022-08-20"; VZ = "voznesensk-missile-strike-2022-08-20"; DG = "dugina-car-bomb-moscow"
KY = "kyiv-drone-attack-2022-12-14"; PA = "us-patriot-transfer-reports-2022-12-14"; SA = "eu-ninth-sanctions-package-stalled"; PX = "prisoner-swap-64-2022-12-14"
US_P = ["The Pentagon announced another $775 million in military aid for Ukraine, including 15 ScanEagle drones, 40 mine-resistant armoured vehicles and more rockets for HIMARS launchers.",
        "A senior defence official said the package was meant to help Ukraine hold and retake ground in the south."]

SEEDS.append(dict(id="6920", name="6920_pelsworth-textlive", ext="txt", source="Pelsworth Report", zone="Europe/London", render=r_pelsworth,
  title="Ukraine live: Kharkiv toll rises after strike on flats; Putin accepts inspectors' route", dateline="Friday 19 August 2022",
  lede="Rescuers dig through a collapsed block in Kharkiv, Paris says Moscow has dropped its route demand for nuclear inspectors, and Washington readies more arms.",
  notes="Invented outlet. Text live blog, newest first, 'Key points' bullets (entries 02 and 03 are listed there, key_point true), stamp line '16.45 BST' "
        "before each headline, reporter name alone on the line after the body. Entry 04 is the day's theme piece (explainer). " + D1,
  not_entries=["masthead and menu", "date line", "title", "lede", "'Key points' heading and its bullets (they point at posts)", "'Latest' label",
               "reporter lines (author)", "newsletter plug", "'Show earlier posts' and footer"],
  entries=[
  E("2022-08-19 18:50", "Estonia says it fended off its biggest cyberattack since 2007",
    ["Estonia said it had repelled a wave of cyberattacks on public and private websites, the most extensive it has faced since 2007, a day after it removed a Soviet-era tank monument from the city of Narva.",
     "A pro-Russian hacker group claimed responsibility."],
    "other", "security", 2, "estonia-cyberattack-2022-08-18", a="Tom Farrant"),
  E("2022-08-19 15:30", "Pentagon readies $775m weapons package",
    ["The United States is preparing a new $775 million package of weapons for Ukraine that includes ScanEagle surveillance drones, more ammunition for HIMARS rocket launchers and mine-clearing equipment, two defence officials said.",
     "It would be the 19th drawdown from Pentagon stocks for Ukraine."],
    "aid", "aid", 3, US, a="Tom Farrant", kp=True),
  E("2022-08-19 13:20", "Kharkiv death toll climbs to seven",
    ["Seven people are now confirmed dead after Russian missiles hit a four-storey apartment block in Kharkiv's Saltivka district late on Thursday, regional governor Oleh Syniehubov said.",
     "Rescuers were still searching the rubble for two missing residents."],
    "strikes", "strikes", 3, KH, a="Ana Whitlock", kp=True),
  E("2022-08-19 11:40", "Explainer: why Zaporizhzhia keeps Europe on edge",
    ["The Zaporizhzhia station is the largest nuclear power plant in Europe, with six pressurised water reactors that need a steady supply of electricity to keep their cooling pumps running.",
     "Experts say the bigger danger is not a direct hit on a reactor but a long loss of outside power or damage to the spent fuel stores.",
     "Russian troops have held the site since March, while Ukrainian staff still operate it."],
    "other", "security", 2, "analysis-zaporizhzhia-plant-risks", a="Ana Whitlock", n="Theme piece (explainer with body): own story, importance 2; must not merge with the IAEA route story."),
  E("2022-08-19 10:05", "Paris says Putin now accepts inspectors travelling through Ukraine",
    ["Vladimir Putin has dropped his insistence that international inspectors reach the Zaporizhzhia plant through Russian-held territory, Emmanuel Macron's office said after the two leaders spoke by phone.",
     "Both backed an IAEA mission to the site as soon as possible."],
    "diplomacy", "diplomacy", 3, IA, a="Ana Whitlock"),
  E("2022-08-19 08:10", "Four dead after missiles hit flats in Kharkiv",
    ["At least four people were killed and more than a dozen injured when Russian missiles struck a residential building in Kharkiv's Saltivka district late on Thursday, local officials said.",
     "Part of the building collapsed."],
    "strikes", "strikes", 3, KH, a="Ana Whitlock"),
  ]))

SEEDS.append(dict(id="6921", name="6921_glenvarrow-htmllive", ext="html", source="Glenvarrow Daily", zone="Europe/Kyiv", render=r_glenvarrow,
  title="Russia's war in Ukraine: Saltivka strike, Guterres in Odesa", dateline="Friday, 19 August 2022", url="https://glenvarrow.example/live/2022-08-19",
  notes="Invented outlet. HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with one BlogPosting per update (+03:00) agreeing with the visible "
        "<time datetime>HH:MM</time> stamps ('All times are Kyiv time'); contributor line under each body. Entry 04 is a video teaser without body; "
        "entry 06 repeats entry 01 nearly verbatim (duplicate_of 6921-01, stale toll). Entry 07 is a different, later strike on Kharkiv. " + D1,
  not_entries=["header and menu", "h1 title", "date line", "'All times are Kyiv time.'", "contributor lines (author)", "'Copy link / Share' tools", "supporter appeal", "footer"],
  entries=[
  E("2022-08-19 09:30", "Rescuers search rubble in Kharkiv's Saltivka after night strike",
    ["Emergency crews worked through the night at a partly collapsed apartment block in the Saltivka district of Kharkiv after a Russian missile strike late on Thursday, the State Emergency Service said.",
     "At least three people were killed and 17 injured, according to the first official figures."],
    "strikes", "strikes", 3, KH, a="Ivanna Horobets"),
  E("2022-08-19 10:45", "Blasts reported near Belbek airfield in Crimea",
    ["Residents near the Belbek military airfield north of Sevastopol reported several loud explosions overnight, and Russian-installed officials said air defences had been activated.",
     "The city's Moscow-appointed governor said there was no damage."],
    "strikes", "strikes", 2, "belbek-airfield-blasts-2022-08-19", a="Oleh Sydorchuk", n="Single-source incident without casualties -> 2; not the day-2 fleet HQ drone."),
  E("2022-08-19 12:15", "Guterres visits Odesa grain terminal",
    ["UN Secretary-General Antonio Guterres toured the port of Odesa on Friday to watch grain being loaded under the agreement his organisation brokered with Turkey in July.",
     "He said the deal showed that the warring parties could still cooperate for the benefit of millions of people."],
    "diplomacy", "diplomacy", 3, GU, a="Oleh Sydorchuk"),
  E("2022-08-19 12:40", "Video: Guterres walks the grain terminal", [], "diplomacy", "diplomacy", 1, GU, n="Video teaser without body -> importance 1."),
  E("2022-08-19 14:05", "Putin and Macron back IAEA mission route through Ukraine",
    ["Russia's president told Emmanuel Macron in a phone call that inspectors from the International Atomic Energy Agency could reach the Zaporizhzhia plant via Ukrainian-controlled territory, the Kremlin and the Elysee said.",
     "Moscow had previously insisted that the mission travel through Russia and occupied Crimea."],
    "diplomacy", "diplomacy", 3, IA, a="Ivanna Horobets"),
  E("2022-08-19 15:30", "Rescuers search rubble in Kharkiv's Saltivka after night strike",
    ["Emergency crews worked through the night at a partly collapsed apartment block in the Saltivka district of Kharkiv after a Russian missile strike late on Thursday, the State Emergency Service said.",
     "At least three people were killed and 17 were injured, according to the first official figures."],
    "strikes", "strikes", 1, KH, a="Ivanna Horobets", dup="6921-01", n="Near-verbatim repeat of 6921-01 (one word added, stale toll) -> importance 1."),
  E("2022-08-19 20:10", "Fresh strike on central Kharkiv wounds two",
    ["A missile hit an industrial building in central Kharkiv on Friday evening, wounding two people, Mayor Ihor Terekhov said.",
     "It was the second attack on the city in 24 hours."],
    "strikes", "strikes", 2, "kharkiv-evening-strike-2022-08-19", a="Oleh Sydorchuk", n="Same city, different (later) attack than the Saltivka strike: must not merge."),
  ]))

SEEDS.append(dict(id="6922", name="6922_lyddicombe-worldrss", ext="xml", source="Lyddicombe Wire", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Lyddicombe Wire - World", url="https://lyddicombe.example", lede="International news as it happens",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, CDATA paragraphs, no authors; 4 of 6 items are off-beat. "
        "Spelling 'Kharkov'/'Saltovka'. " + D1,
  not_entries=["channel title, link, description", "atom:link self reference", "guid and category lines"],
  entries=[
  OFF("2022-08-19 20:40", "Gunmen storm hotel in Mogadishu",
      ["Militants set off explosions and forced their way into a hotel in the Somali capital on Friday evening, witnesses said, and security forces were exchanging fire with the attackers for hours."],
      "mogadishu-hotel-attack", n="Somalia."),
  E("2022-08-19 17:30", "US to send $775m in arms including ScanEagle drones", US_P, "aid", "aid", 3, US),
  E("2022-08-19 15:00", "Kharkov toll rises to nine after missile strike on flats",
    ["The number of people killed when Russian missiles hit an apartment building in the Saltovka area of Kharkov late on Thursday has risen to nine, Ukrainian officials said.",
     "Moscow said it had struck a base for foreign fighters, a claim residents rejected."],
    "strikes", "strikes", 3, KH),
  OFF("2022-08-19 12:10", "Pakistan flood deaths pass 600",
      ["Monsoon floods have killed more than 600 people in Pakistan since mid-June, the national disaster agency said, as heavy rain continued in the south."],
      "pakistan-monsoon-floods", n="Pakistan floods."),
  OFF("2022-08-19 08:45", "Rail strike brings much of Britain's network to a halt",
      ["Only one in five trains ran across Britain on Friday as rail workers held their second strike in three days in a dispute over pay and conditions."],
      "uk-rail-strike-2022-08", n="UK rail strike."),
  OFF("2022-08-19 03:20", "Sichuan orders factories to halt as heat drains hydropower",
      ["Authorities in China's Sichuan province extended power cuts to factories for several more days as a record heatwave and drought left hydroelectric reservoirs depleted."],
      "sichuan-power-rationing", n="China heatwave."),
  ]))

SEEDS.append(dict(id="6923", name="6923_ketterwell-atom", ext="xml", source="Ketterwell Courier", zone="Europe/Berlin", render=r_atom, content="html",
  title="Ketterwell Courier - Europe", url="https://ketterwell.example", lede="News from Europe and beyond",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (CEST), per-entry <author>, content type='html' (escaped markup). " + D1,
  not_entries=["feed title, subtitle, links, id, updated", "entry id/link/updated elements"],
  entries=[
  E("2022-08-19 21:00", "Three more grain ships leave Ukrainian ports",
    ["Three more ships loaded with Ukrainian corn and sunflower oil left the ports of Odesa and Chornomorsk on Friday, the joint coordination centre in Istanbul said.",
     "More than 25 vessels have now sailed under the arrangement."],
    "other", "humanitarian", 2, "grain-ships-depart-2022-08-19", a="Lena Kowalke", n="Same ports as the Guterres visit, different event: must not merge."),
  E("2022-08-19 18:20", "Kharkiv mourns after strike on Saltivka flats",
    ["Flowers and candles piled up outside the ruined apartment block in Kharkiv on Friday as the death toll from Thursday night's missile strike reached nine.",
     "The city declared Saturday a day of mourning."],
    "strikes", "strikes", 3, KH, a="Jonas Reiter"),
  E("2022-08-19 16:05", "Moscow drops its route demand for nuclear inspectors, Paris says",
    ["The French presidency said Vladimir Putin had accepted in a call with Emmanuel Macron that the IAEA team could travel to Zaporizhzhia from the Ukrainian side of the front line.",
     "The two leaders agreed to speak again once the mission had taken place."],
    "diplomacy", "diplomacy", 3, IA, a="Jonas Reiter"),
  E("2022-08-19 13:30", "UN chief at Odesa port: grain deal shows diplomacy can work",
    ["Antonio Guterres said at the port of Odesa that the resumption of grain exports proved that dialogue between Russia and Ukraine could produce results even in wartime.",
     "He also called for Russian food and fertiliser to reach world markets without obstacles."],
    "diplomacy", "diplomacy", 3, GU, a="Lena Kowalke"),
  E("2022-08-19 10:50", "Moscow raises prospect of shutting Zaporizhzhia reactors",
    ["A senior Russian defence official said the Zaporizhzhia plant could be shut down if Ukrainian shelling continued, and accused Kyiv of preparing a provocation at the site.",
     "Ukraine's operator Energoatom said shutting down the occupied plant would raise the risk of an accident."],
    "other", "security", 2, "russia-warns-zaporizhzhia-shutdown", a="Jonas Reiter", n="Same plant, different statement from the IAEA route agreement: must not merge."),
  ]))

SEEDS.append(dict(id="6924", name="6924_tresswick-article", ext="txt", source="Tresswick Evening Post", zone="America/New_York", render=r_article,
  masthead="TRESSWICK EVENING POST", crumbs="World › Europe", title="Kharkiv counts its dead as Washington readies more weapons", byline="Megan Aldous",
  dateline="Aug. 19, 2022, 6:40 p.m. ET",
  lede="A deadly strike on an apartment block, a new US arms package and a compromise on nuclear inspectors marked Friday in the war.",
  tail=["Share this article", "Related: How HIMARS changed the war in the south", "", "© 2022 Tresswick Evening Post"],
  notes="Invented outlet. Text article with three subheads; one entry per subhead, stamp null, published = the dateline 'Aug. 19, 2022, 6:40 p.m. ET' "
        "(EDT, UTC-4); page byline as author. " + D1,
  not_entries=["masthead and breadcrumb", "title", "byline and dateline", "lede paragraph", "'Share this article'", "'Related:' link", "copyright line"],
  entries=[
  E("2022-08-19 18:40", "Toll in Kharkiv climbs to 11",
    ["Eleven people were killed when Russian missiles struck an apartment building in the northeastern city of Kharkiv late Thursday, Ukrainian officials said Friday evening, as the last bodies were recovered from the debris.",
     "Among the dead was a 13-year-old girl."],
    "strikes", "strikes", 3, KH, a="Megan Aldous"),
  E("2022-08-19 18:40", "Washington's new package",
    ["The Biden administration on Friday approved $775 million in additional weapons for Kyiv, its first package to include ScanEagle reconnaissance drones.",
     "The aid also includes anti-armor missiles and rounds for the HIMARS launchers that Ukraine has used to hit Russian supply lines."],
    "aid", "aid", 3, US, a="Megan Aldous"),
  E("2022-08-19 18:40", "A route for the inspectors",
    ["In a rare call between the French and Russian presidents, Vladimir Putin agreed that nuclear inspectors could approach the Zaporizhzhia plant from territory held by Kyiv.",
     "Diplomats said the team could leave within weeks."],
    "diplomacy", "diplomacy", 3, IA, a="Megan Aldous"),
  ]))

# ---- day 2
SEEDS.append(dict(id="6930", name="6930_glenvarrow-htmllive", ext="html", source="Glenvarrow Daily", zone="Europe/Kyiv", render=r_glenvarrow,
  title="Russia's war in Ukraine: drone hits fleet headquarters in Sevastopil; Voznesensk struck", dateline="Saturday, 20 August 2022",
  url="https://glenvarrow.example/live/2022-08-20",
  notes="Invented outlet (same layout as 6921). HTML live blog, OLDEST first; LiveBlogPosting JSON-LD per update (+03:00); Ukrainian spelling 'Sevastopil'. "
        "Entry 02 is a photo teaser without body. " + D2,
  not_entries=["header and menu", "h1 title", "date line", "'All times are Kyiv time.'", "contributor lines (author)", "'Copy link / Share' tools", "supporter appeal", "footer"],
  entries=[
  E("2022-08-20 09:05", "Drone hits roof of Black Sea Fleet headquarters in Sevastopil",
    ["A drone struck the roof of the Russian Black Sea Fleet's headquarters in occupied Sevastopil on Saturday morning, according to the city's Moscow-installed governor, Mikhail Razvozhayev.",
     "He said the drone had been shot down directly above the building and caught fire as it fell, and that no one was hurt."],
    "strikes", "strikes", 3, SV, a="Oleh Sydorchuk"),
  E("2022-08-20 10:20", "Photos: smoke over Sevastopil bay", [], "strikes", "strikes", 1, SV, n="Photo teaser without body -> importance 1."),
  E("2022-08-20 11:40", "Voznesensk: nine wounded as missiles hit homes",
    ["Nine people, including two children, were wounded when Russian missiles struck a residential area of Voznesensk in the Mykolaiv region overnight, regional governor Vitaliy Kim said.",
     "Several houses were destroyed."],
    "strikes", "strikes", 3, VZ, a="Ivanna Horobets"),
  E("2022-08-20 14:15", "Mykolaiv curfew runs until Monday",
    ["A curfew that took effect in Mykolaiv on Friday night will last until Monday morning while police hunt for people suspected of helping Russian forces, the regional governor said.",
     "Residents were told to stay off the streets."],
    "other", "security", 2, "mykolaiv-weekend-curfew", a="Ivanna Horobets", n="Same region as the Voznesensk strike, different event: must not merge."),
  E("2022-08-20 17:30", "Voznesensk wounded now 12, governor says",
    ["The number of people wounded in the overnight missile attack on Voznesensk has risen to 12, Vitaliy Kim said, after three more residents sought treatment.",
     "Four of them remain in hospital."],
    "strikes", "strikes", 3, VZ, a="Ivanna Horobets"),
  ]))

SEEDS.append(dict(id="6931", name="6931_lyddicombe-worldrss", ext="xml", source="Lyddicombe Wire", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Lyddicombe Wire - World", url="https://lyddicombe.example", lede="International news as it happens",
  notes="Invented outlet (same feed as 6922). General world-news RSS 2.0, newest first, GMT; 4 of 6 items off-beat. Entry 05 re-posts day 1's 6922-02 "
        "(same headline, same text) with a new pubDate: importance 1. " + D2,
  not_entries=["channel title, link, description", "atom:link self reference", "guid and category lines"],
  entries=[
  E("2022-08-20 21:50", "Car bomb near Moscow kills daughter of nationalist ideologue",
    ["Darya Dugina, the daughter of the Russian nationalist writer Alexander Dugin, was killed when the car she was driving exploded on a highway outside Moscow on Saturday evening, Russian investigators said.",
     "Dugin is a prominent supporter of the war in Ukraine."],
    "other", "security", 3, DG),
  OFF("2022-08-20 19:30", "Somali forces end hotel siege in Mogadishu",
      ["Somali security forces ended a siege of more than 24 hours at a hotel in Mogadishu, police said, after an attack by al-Shabaab militants that killed at least 20 people."],
      "mogadishu-hotel-attack", n="Somalia."),
  OFF("2022-08-20 13:55", "Wildfire forces evacuations in eastern Spain",
      ["More than 1,000 people were evacuated from villages in the Valencia region as a wildfire driven by strong winds spread through pine forest, emergency services said."],
      "valencia-wildfire-2022-08", n="Spain wildfire."),
  OFF("2022-08-20 10:30", "Chongqing rations electricity as heatwave persists",
      ["The Chinese megacity of Chongqing ordered shopping malls to shorten their opening hours to save power as the longest heatwave on national record went on."],
      "chongqing-power-rationing", n="China heatwave."),
  E("2022-08-20 07:40", "US to send $775m in arms including ScanEagle drones", US_P, "aid", "aid", 1, US,
    n="Re-post of day-1 entry 6922-02 (same headline and text, new pubDate) -> importance 1; duplicate_of stays null (it names entries of the same seed only)."),
  OFF("2022-08-20 02:15", "Flash floods kill dozens in eastern Afghanistan",
      ["Flash floods after heavy rain have killed at least 30 people in eastern Afghanistan, officials said, washing away houses and farmland."],
      "afghanistan-floods-2022-08", n="Afghanistan floods."),
  ]))

SEEDS.append(dict(id="6932", name="6932_dewbury-textlive", ext="txt", source="Dewbury Chronicle", zone="Europe/London", render=r_dewbury,
  title="Ukraine war latest: drone strikes Black Sea Fleet HQ; car bomb near Moscow kills Dugina", dateline="Saturday 20 August 2022",
  lede="Our live coverage of the war in Ukraine. Times are UK time.",
  notes="Invented outlet. Text live blog, OLDEST first; headline, then a line 'Reporter Name, 10:10 BST' (author glued to the stamp), body, share line. "
        "Entry 04 is the day's theme piece (analysis); entry 05 repeats entry 03 nearly verbatim (duplicate_of 6932-03). " + D2,
  not_entries=["masthead and breadcrumb", "title and date line", "lede", "share lines", "'Advertisement'", "'Load older posts' and footer"],
  entries=[
  E("2022-08-20 08:30", "Sevastopol: drone hits fleet headquarters roof, governor says",
    ["A small drone crashed onto the roof of the Black Sea Fleet headquarters in Sevastopol, the Russian-installed governor of the city said on Saturday.",
     "Staff were evacuated as a precaution and the damage was described as minor."],
    "strikes", "strikes", 3, SV, a="Maya Ellery"),
  E("2022-08-20 10:10", "Grossi: inspectors could reach Zaporizhzhia within days",
    ["The head of the International Atomic Energy Agency, Rafael Grossi, said his team was ready to set off for the Zaporizhzhia plant within days now that Moscow and Kyiv both accepted a route through Ukrainian-held territory.",
     "He said the final details were being settled with the UN."],
    "diplomacy", "diplomacy", 3, IA, a="Maya Ellery", n="Continuation of the day-1 story with a new development (timing): keeps the day-1 slug."),
  E("2022-08-20 12:00", "Voznesensk strike leaves 12 hurt",
    ["Twelve people were hurt, two of them children, when Russian missiles landed among houses in Voznesensk, a town on the Southern Bug river, officials said.",
     "The strike destroyed several homes and damaged a school."],
    "strikes", "strikes", 3, VZ, a="Maya Ellery"),
  E("2022-08-20 14:45", "Analysis: Crimea is no longer a quiet rear for Moscow",
    ["A string of blasts at air bases and ammunition depots in Crimea over the past fortnight has punctured the sense of safety that Russian holidaymakers and commanders alike had enjoyed on the peninsula.",
     "Kyiv has stopped short of claiming the attacks outright, but officials have hinted at long-range weapons and saboteurs.",
     "For Moscow the peninsula is a vital supply route to its troops in the south."],
    "strikes", "strikes", 2, "analysis-crimea-rear-under-attack", a="Rhys Penhale", sec=["other"],
    n="Theme piece (analysis with body): own story, importance 2; must not merge with the fleet HQ drone."),
  E("2022-08-20 16:30", "Voznesensk strike leaves 12 hurt",
    ["Twelve people were hurt, two of them children, when Russian missiles landed among houses in Voznesensk, a town on the Southern Bug river, officials said.",
     "The strike destroyed several homes and damaged a school building."],
    "strikes", "strikes", 1, VZ, a="Maya Ellery", dup="6932-03", n="Near-verbatim repeat of 6932-03 -> importance 1."),
  E("2022-08-20 22:10", "Explosion kills Darya Dugina near Moscow",
    ["The daughter of the ultranationalist philosopher Alexander Dugin has died after an explosive device went off in her car near the village of Bolshiye Vyazyomy, west of Moscow, according to Russian media.",
     "The car reportedly belonged to her father, who may have been the intended target."],
    "other", "security", 3, DG, a="Rhys Penhale"),
  ]))

SEEDS.append(dict(id="6933", name="6933_hatherop-atom", ext="xml", source="Hatherop Herald", zone="Europe/Warsaw", render=r_atom, content="cdata",
  title="Hatherop Herald: War in Ukraine", url="https://hatherop.example", lede="Reports from Ukraine and Central Europe",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (CEST), per-entry author, html content wrapped in CDATA. "
        "Spellings 'Sebastopol', 'Voznessensk'. " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "entry id/link/updated elements"],
  entries=[
  E("2022-08-20 18:45", "Voznessensk count of injured rises to 14",
    ["Fourteen people are now known to have been injured in the overnight missile strike on the town of Voznessensk, according to Ukraine's emergency service, up from nine reported in the morning.",
     "Rescuers finished clearing the debris in the afternoon."],
    "strikes", "strikes", 3, VZ, a="Piotr Zawadzki"),
  E("2022-08-20 15:10", "Air defences fire near Kerch bridge",
    ["Russian air defences were activated near the Kerch bridge linking Crimea to Russia on Saturday afternoon, an adviser to the occupation authorities said, adding that traffic on the bridge was not affected."],
    "strikes", "strikes", 2, "kerch-bridge-air-defence-2022-08-20", a="Piotr Zawadzki", n="Crimea again but a different incident from the fleet HQ drone: must not merge."),
  E("2022-08-20 12:35", "Russian envoy: inspectors may cross Kyiv-held territory",
    ["Russia's ambassador to international organisations in Vienna, Mikhail Ulyanov, said the IAEA team could travel to the Zaporizhzhia plant through territory controlled by Kyiv, confirming the shift agreed by the French and Russian presidents.",
     "He said the mission should take place before the end of August."],
    "diplomacy", "diplomacy", 3, IA, a="Piotr Zawadzki", n="Continuation of the day-1 story with a new development: keeps the day-1 slug."),
  E("2022-08-20 09:50", "Drone downed over Sebastopol naval headquarters",
    ["A drone was shot down over the headquarters of Russia's Black Sea Fleet in Sebastopol early on Saturday and fell onto the roof, the Russian-appointed city governor said.",
     "He blamed Ukraine for the attack."],
    "strikes", "strikes", 3, SV, a="Piotr Zawadzki"),
  ]))

SEEDS.append(dict(id="6934", name="6934_mossgill-article", ext="txt", source="Mossgill Standard", zone="Europe/Dublin", render=r_article,
  masthead="MOSSGILL STANDARD · Dublin", crumbs="World News", title="Drone attack on Sevastopol fleet headquarters as inspectors' trip takes shape",
  byline="Aoife Brannigan", dateline="Updated: 20/08/2022 - 18:05",
  lede="Russia's navy headquarters in Crimea was targeted on Saturday, while diplomats worked on a nuclear inspection mission.",
  tail=["Read more: Irish volunteers helping refugees in Moldova", "", "© Mossgill Standard 2022"],
  notes="Invented outlet. Text article with three subheads; one entry per subhead, stamp null, published = the dateline 'Updated: 20/08/2022 - 18:05' "
        "(no zone printed; the masthead places the outlet in Dublin, IST = UTC+1); page byline as author. " + D2,
  not_entries=["masthead and section label", "title", "byline and dateline", "lede paragraph", "'Read more:' link", "copyright line"],
  entries=[
  E("2022-08-20 18:05", "A drone on the roof",
    ["A drone hit the roof of the Russian Black Sea Fleet's headquarters in Sevastopol on Saturday morning, the latest in a series of attacks on military targets in Crimea.",
     "The city's Moscow-appointed governor said the drone was brought down directly over the building and nobody was injured."],
    "strikes", "strikes", 3, SV, a="Aoife Brannigan"),
  E("2022-08-20 18:05", "Danish training offer",
    ["Denmark will train Ukrainian soldiers in demining and basic combat skills at home and in Britain, its defence ministry said, adding about 110 million euros to its military support."],
    "aid", "aid", 2, "denmark-training-offer-2022-08-20", a="Aoife Brannigan"),
  E("2022-08-20 18:05", "The inspectors' route",
    ["Officials in Vienna said a team from the International Atomic Energy Agency could reach the Zaporizhzhia nuclear plant by the end of the month, after Russia accepted that it would travel through Ukrainian-held ground.",
     "The plant has been shelled repeatedly in recent weeks."],
    "diplomacy", "diplomacy", 3, IA, a="Aoife Brannigan", n="Continuation of the day-1 story: keeps the day-1 slug."),
  ]))

# ---- day 3
SEEDS.append(dict(id="6940", name="6940_elmscar-worldrss", ext="xml", source="Elmscar World Desk", zone="Europe/Paris", render=r_worldrss, rfc="+0100",
  title="Elmscar World Desk", url="https://elmscar.example", lede="Top international stories",
  notes="Invented outlet. General world-news RSS 2.0, newest first, pubDate with +0100 (CET), no authors; 4 of 6 items off-beat. Spelling 'Kiev'. " + D3,
  not_entries=["channel title, link, description", "atom:link self reference", "guid and category lines"],
  entries=[
  OFF("2022-12-14 22:05", "France beat Morocco to reach World Cup final",
      ["Holders France beat Morocco 2-0 in Qatar to set up a final against Argentina on Sunday, ending the North African side's historic run."],
      "world-cup-semi-france-morocco", n="football."),
  OFF("2022-12-14 20:15", "Fed slows rate rises with half-point increase",
      ["The US Federal Reserve raised its benchmark interest rate by half a percentage point, a smaller step than at its previous four meetings, and signalled further increases next year."],
      "fed-rate-rise-2022-12", n="US monetary policy."),
  E("2022-12-14 17:30", "Washington close to sending Patriot batteries to Ukraine - reports",
    ["The United States is preparing to send a Patriot air defence system to Ukraine, with an announcement possible within days, according to several American media reports citing officials.",
     "The Pentagon declined to comment."],
    "aid", "aid", 3, PA),
  OFF("2022-12-14 14:10", "Belgian judge keeps suspects in custody in parliament bribery case",
      ["A judge in Brussels ordered two suspects, including a vice-president removed from office by the European Parliament, to remain in detention in a corruption inquiry linked to Qatar."],
      "eu-parliament-bribery-case", n="EU parliament corruption inquiry."),
  OFF("2022-12-14 11:45", "Peru declares nationwide emergency as protests spread",
      ["Peru's government declared a 30-day state of emergency across the country after protests over the removal of former president Pedro Castillo turned deadly."],
      "peru-state-of-emergency", n="Peru."),
  E("2022-12-14 08:20", "Drones shot down over Kiev, officials say",
    ["Ukrainian air defences shot down ten drones over Kiev early on Wednesday, the city's military administration said, in the first attack on the capital for several days.",
     "Debris fell on a building in the Shevchenkivskyi district."],
    "strikes", "strikes", 3, KY),
  ]))

SEEDS.append(dict(id="6941", name="6941_blenkett-textlive", ext="txt", source="Blenkett Review", zone="Europe/Kyiv", render=r_blenkett,
  title="Live: drones over Kyiv, shelling in Kherson", dateline="Wednesday 14 December", parse_args=["--date", "2022-12-14"],
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Wednesday 14 December' has NO year (parse_args --date 2022-12-14); 'Kyiv time (UTC+2)'; "
        "bare '07:32' line before each headline; 'Words:' line after the body gives the author. Entry 05 repeats entry 02 nearly verbatim (duplicate_of 6941-02). " + D3,
  not_entries=["masthead and menu", "title, date line and time-zone line", "'Words:' lines (author)", "reader-funding plug", "closing line and footer"],
  entries=[
  E("2022-12-14 07:32", "Explosions in central Kyiv as air raid alert sounds",
    ["Explosions rang out in central Kyiv shortly after half past six as air defences engaged what officials said were Iranian-made Shahed drones.",
     "Mayor Vitali Klitschko said emergency services were on their way to the Shevchenkivskyi district."],
    "strikes", "strikes", 3, KY, a="Kateryna Zhuk"),
  E("2022-12-14 09:10", "Air force: all 13 drones over Kyiv destroyed",
    ["Ukraine's air force said all 13 Shahed drones launched at the capital from the east had been shot down, more than city officials reported earlier.",
     "Two administrative buildings and four homes were damaged by falling debris."],
    "strikes", "strikes", 3, KY, a="Kateryna Zhuk"),
  E("2022-12-14 11:25", "Russian shelling kills two in Kherson",
    ["Two people were killed and five wounded when Russian artillery hit the centre of Kherson in the morning, the head of the regional administration said.",
     "A supermarket and a bus stop were among the places hit."],
    "strikes", "strikes", 3, "kherson-shelling-2022-12-14", a="Serhii Moroz", n="Deadly strike, but a different attack from the Kyiv drones: must not merge."),
  E("2022-12-14 13:40", "EU ambassadors again fail to agree ninth sanctions package",
    ["Envoys of the 27 EU member states ended another meeting without agreeing a ninth package of sanctions against Russia, diplomats said, with Poland and several other states objecting to proposed exemptions for fertiliser trade.",
     "Leaders meeting in Brussels on Thursday are expected to try to break the deadlock."],
    "diplomacy", "diplomacy", 3, SA, a="Serhii Moroz"),
  E("2022-12-14 16:05", "Air force: all 13 drones over Kyiv destroyed",
    ["Ukraine's air force said all 13 Shahed drones launched at the capital from the east had been shot down, more than city officials had reported earlier.",
     "Two administrative buildings and four homes were damaged by falling debris."],
    "strikes", "strikes", 1, KY, a="Kateryna Zhuk", dup="6941-02", n="Near-verbatim repeat of 6941-02 -> importance 1."),
  E("2022-12-14 18:50", "Grid operator: shortfall persists despite repairs",
    ["Ukraine's grid operator said the power system still faced a significant deficit after repairs, so scheduled outages would continue in most regions on Thursday."],
    "other", "humanitarian", 2, "ukrenergo-shortfall-2022-12-14", a="Serhii Moroz", sec=["strikes"]),
  ]))

SEEDS.append(dict(id="6942", name="6942_yarnfield-htmllive", ext="html", source="Yarnfield Bulletin", zone="Europe/London", render=r_yarnfield,
  title="Russia-Ukraine war: Kyiv hit by drone attack; US said to be finalising Patriot plan", dateline="Wed 14 Dec 2022",
  url="https://yarnfield.example/world/live/2022/dec/14/russia-ukraine-war-live",
  lede="Drones target the capital's Shevchenkivskyi district; Washington reportedly close to approving Patriot deliveries; MEPs back loans for 2023.",
  notes="Invented outlet. HTML live blog, newest first; LiveBlogPosting JSON-LD whose updates all repeat the PAGE's datePublished and title (no "
        "per-update time or headline there), so times come from the visible '<time datetime=...>10.47 GMT</time>' stamps above each h2. "
        "Entry 05 is a video teaser without body. Byline paragraph under each body. " + D3,
  not_entries=["cookie consent bar", "header and menu", "h1 title", "standfirst", "date line", "byline paragraphs (author)", "newsletter promo", "footer"],
  entries=[
  E("2022-12-14 18:30", "Russian embassy warns Washington over Patriot deliveries",
    ["Russia's embassy in Washington said any delivery of Patriot systems to Ukraine would be a provocative step with unpredictable consequences, and that the systems and their crews would be legitimate targets."],
    "diplomacy", "diplomacy", 2, "russia-warns-over-patriot-supply", a="Harriet Coles", sec=["aid"],
    n="A separate statement by another party, not the transfer reports themselves: own story."),
  E("2022-12-14 15:55", "US said to be finalising Patriot plan",
    ["American officials are putting the final touches to a plan to send a Patriot missile battery to Ukraine, which could be announced as early as this week, according to reports in the US press.",
     "Ukraine has asked for the system for months to defend its power grid."],
    "aid", "aid", 3, PA, a="Harriet Coles"),
  E("2022-12-14 13:20", "European parliament approves \u20ac18bn for Kyiv",
    ["Members of the European Parliament voted through an 18 billion euro package of loans to help Ukraine cover its budget needs next year, clearing the way for the first payments in January."],
    "aid", "aid", 3, "eu-18bn-loan-2023", a="Harriet Coles", n="Major funding decision -> 3; EU theme like the sanctions package but a different decision: must not merge."),
  E("2022-12-14 10:47", "Drone debris damages two buildings in Kyiv's Shevchenkivskyi district",
    ["Falling fragments from downed drones damaged an administrative building and a residential block in the Shevchenkivskyi district of Kyiv, the city's military administration said.",
     "No one was killed; one person was treated for shock."],
    "strikes", "strikes", 3, KY, a="Owen Talbot"),
  E("2022-12-14 06:40", "Watch: air defence over central Kyiv", [], "strikes", "strikes", 1, KY, n="Video teaser without body -> importance 1."),
  E("2022-12-14 06:05", "Kyiv hit by drone attack, mayor says",
    ["Explosions were heard in the Ukrainian capital early on Wednesday and the mayor said the central Shevchenkivskyi district had been targeted."],
    "strikes", "strikes", 3, KY, a="Owen Talbot"),
  ]))

SEEDS.append(dict(id="6943", name="6943_fordwell-atom", ext="xml", source="Fordwell Post", zone="America/New_York", render=r_atom, content="xhtml",
  title="Fordwell Post | World", url="https://fordwell.example", lede="World news from the Fordwell Post",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with -05:00 (EST), per-entry author, content type='xhtml' (inline markup, not escaped). "
        "Spellings 'Shaheed', 'Shevchenkivskyy'. Entry 04 is the day's theme piece (explainer). " + D3,
  not_entries=["feed title, subtitle, links, id, updated", "entry id/link/updated elements"],
  entries=[
  E("2022-12-14 14:30", "Ukraine and Russia swap prisoners; American among those freed",
    ["Ukraine said 64 of its soldiers and an American citizen were returned home in an exchange with Russia, the latest in a series of swaps that began in the spring.",
     "The head of Ukraine's presidential office said several of those released had been seriously wounded."],
    "diplomacy", "diplomacy", 3, PX, a="Daniel Ostrow"),
  E("2022-12-14 11:05", "Kyiv repels 13 Iranian-made drones",
    ["Ukraine said its air defenses destroyed all 13 Shaheed drones that Russia launched at Kyiv on Wednesday morning, though debris damaged buildings in the Shevchenkivskyy district.",
     "There were no reports of deaths."],
    "strikes", "strikes", 3, KY, a="Daniel Ostrow"),
  E("2022-12-14 09:40", "Pentagon poised to approve Patriot transfer, officials say",
    ["The Pentagon is expected to sign off on sending a Patriot battery to Ukraine, two officials said, in what would be the most advanced air defense system Washington has provided so far.",
     "It would still need the approval of the defense secretary and the president."],
    "aid", "aid", 3, PA, a="Daniel Ostrow"),
  E("2022-12-14 07:15", "Explainer: what a Patriot battery can and cannot do",
    ["A Patriot battery combines a radar, a control station and up to eight launchers, and can intercept aircraft, cruise missiles and some ballistic missiles at ranges of dozens of kilometres.",
     "Each interceptor costs several million dollars, which makes it a poor match for cheap drones.",
     "Training crews usually takes months."],
    "aid", "aid", 2, "explainer-patriot-system", a="Daniel Ostrow", n="Theme piece (explainer with body): own story, importance 2; must not merge with the transfer reports."),
  ]))

SEEDS.append(dict(id="6944", name="6944_jessamy-article", ext="txt", source="Jessamy Times", zone="Europe/Warsaw", render=r_article,
  masthead="JESSAMY TIMES", crumbs="World / Eastern Europe", title="Kyiv shrugs off drone raid as EU sanctions talks stall", byline="Agnieszka Wrona",
  dateline="14.12.2022, 17:40 CET",
  lede="Wednesday brought another drone raid on the Ukrainian capital, a stalled sanctions package and a prisoner exchange.",
  tail=["Share: Facebook | X | LinkedIn", "More: Poland's border towns prepare for a second winter of refugees", "", "© 2022 Jessamy Times"],
  notes="Invented outlet. Text article with three subheads; one entry per subhead, stamp null, published = the dateline '14.12.2022, 17:40 CET' "
        "(UTC+1); page byline as author. Spelling 'Shevchenko district'. " + D3,
  not_entries=["masthead and breadcrumb", "title", "byline and dateline", "lede paragraph", "share line", "'More:' link", "copyright line"],
  entries=[
  E("2022-12-14 17:40", "A morning of drones over Kyiv",
    ["Thirteen explosive drones were fired at Kyiv in the early hours of Wednesday and all of them were shot down, Ukraine's military said, although wreckage damaged buildings in the central Shevchenko district.",
     "It was the first drone attack on the capital since late November."],
    "strikes", "strikes", 3, KY, a="Agnieszka Wrona"),
  E("2022-12-14 17:40", "Sanctions package stuck",
    ["EU ambassadors failed for a third time to agree on a ninth round of sanctions against Moscow, with Warsaw pushing back against relief for Russian fertiliser exports.",
     "Diplomats expect the matter to go to the leaders' summit."],
    "diplomacy", "diplomacy", 3, SA, a="Agnieszka Wrona"),
  E("2022-12-14 17:40", "Prisoners home for the holidays",
    ["Sixty-four Ukrainian servicemen and one US citizen came home in a new exchange with Russia, Kyiv said."],
    "diplomacy", "diplomacy", 3, PX, a="Agnieszka Wrona"),
  ]))


# ====================================================================== emit
BASIS = {
  "r_greymouth": "date line '{s}' (full date, 12 h time); no zone printed, New Zealand time implied by the outlet ({off})",
  "r_oamaru": "pubDate '{s}' (explicit local offset)",
  "r_sunraysia": "card date '{s}' without year; year from parse_args --date 2022-10-05 (no year on the page); Mildura, Victoria, AEDT ({off})",
  "r_bop": "stamp '{s}' under the day header '{dh}' (no year there; year from the header date '6 Nov, 2022'); NZDT ({off})",
  "r_brantford": "no visible time (visible meta prints only 'Sep 03, 2022' and '3 hours ago'); JSON-LD datePublished and <time datetime> give 2022-09-03T16:40:00.000Z, used for every section",
  "r_sault": "pubDate '{s}' (explicit +0000)",
  "r_sarnia": "stamp line '{s}' after the headline, on the page's 'Publishing date: Nov 30, 2022'; EST ({off})",
  "r_peterborough": "time '{s}' at the start of the first paragraph, on the page date 'Wed., Oct. 19, 2022'; no zone printed, Eastern time implied, EDT ({off})",
  "r_pgcitizen": "card date '{s}' (full date, 12 h time); no zone printed, Pacific time implied, PDT ({off})",
  "r_moosejaw": "stamp '{s}' under the day line '{dh}' (year from 'Posted Dec. 22, 2022'); Saskatchewan CST all year ({off})",
  "r_pelsworth": "stamp '{s}' on the page's date line 'Friday 19 August 2022' ({off})",
  "r_glenvarrow": "stamp '{s}' (Kyiv time, <time datetime> with +03:00) on the page's date line; JSON-LD update datePublished agrees",
  "r_worldrss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_article": "no per-section time; the article dateline ({dl}) used for every section ({off})",
  "r_dewbury": "stamp line '{s}' after the headline, on the page's date line 'Saturday 20 August 2022' ({off})",
  "r_blenkett": "stamp '{s}' under the date line 'Wednesday 14 December' (no year: parse_args --date 2022-12-14); Kyiv time, EET ({off})",
  "r_yarnfield": "stamp '{s}' (visible, and <time datetime>) on the page date 'Wed 14 Dec 2022'; JSON-LD update dates are the page's own and are ignored",
}


def offs(d):
    o = d.utcoffset().total_seconds() / 3600
    return "UTC" if o == 0 else f"UTC{o:+g}"


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
            d = loc(S, e); u = d.astimezone(UTC)
            dh = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}" if rname == "r_bop" else f"{WEEKDAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}"
            fs = first_sentence(e["p"][0]) if e["p"] else None
            assert fs is None or len(fs) > 40, (S["id"], i, fs)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], off=offs(d), dh=dh, dl=S.get("dateline", "")),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds eval/cb seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/cb/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ampm(d, sep=":", space=""):
    hh = d.hour % 12 or 12
    return f"{hh}{sep}{d.minute:02d}{space}{'am' if d.hour < 12 else 'pm'}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def nw_stamp(d):  # National World: "16th Jul 2024, 06:55 BST"
    return f"{ordinal(d.day)} {MONTHS[d.month - 1][:3]} {d.year}, {d:%H:%M} {d.tzname()}"


def check_order(S, newest_first, skip=0):
    ts = [e["t"] for e in S["entries"]][skip:]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, (S["id"], "entries are not in the declared page order")


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ PART A renderers (layouts of real outlets; all wording mine)

def r_shields(S):  # National World live blog, text scrape; Key Events box; "21:15 BST" line before each headline; newest first; one page byline
    z = S["zone"]; check_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to content", "Shields Gazette", "Subscribe", "Sign In", "",
         "News", "Sport", "Nostalgia", "What's On", "Lifestyle", "Business", "Announcements", "Jobs", "ePaper", "",
         "News", "World", "", S["title"], "", S["lede"], "",
         f"By {S['byline']}", "Contributor", f"Published {nw_stamp(first)}", f"Updated {nw_stamp(last)}", "", "Comment", "Share", "", "Listen to this article", "",
         "Sign up to our Shields Gazette daily newsletter", "Sign up", "Thank you for signing up!", "",
         "A digital subscription gives you unlimited access to the site, fewer adverts and members' rewards. Learn More", "",
         "Key Events"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Show new updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["READ MORE: Roadworks on the A194 to last into September", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Comments", "Join the conversation: sign in or register to comment.", "Comment Guidelines", "",
          "We and our partners use cookies to personalise content and measure advertising. Manage preferences  Accept all", "",
          "National World Publishing Ltd. All rights reserved.", "Cookie Settings", "Terms and Conditions", "Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_hartlepool(S):  # National World article with h2 sections, HTML; NewsArticle JSON-LD in UTC (Z, milliseconds); one entry per section
    z = S["zone"]; d0 = dt(S["published_t"], z); d1 = dt(S["updated_t"], z)
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
           "description": S["lede"], "datePublished": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           "dateModified": d1.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
           "author": [{"@type": "Person", "name": S["byline"], "url": "https://www.hartlepoolmail.co.uk/author/" + S["byline"].lower().replace(" ", "-")}],
           "publisher": {"@type": "Organization", "name": "Hartlepool Mail", "logo": {"@type": "ImageObject", "url": "https://www.hartlepoolmail.co.uk/logo.png"}},
           "articleSection": "World", "isAccessibleForFree": True},
          {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.hartlepoolmail.co.uk/news"},
              {"@type": "ListItem", "position": 2, "name": "World", "item": "https://www.hartlepoolmail.co.uk/news/world"}]}]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Hartlepool Mail</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">',
           ld_script(ld[0]), ld_script(ld[1]), '</head><body>',
           '<div id="cookie-banner" class="consent">We use cookies to give you the best experience. <button>Accept all</button> <button>Manage settings</button></div>',
           '<header class="site-header"><a class="logo" href="/">Hartlepool Mail</a>',
           '<nav class="main-nav"><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/sport/football/hartlepool-united">Pools</a> '
           '<a href="/whats-on">What\'s On</a> <a href="/lifestyle">Lifestyle</a> <a href="/news/people/nostalgia">Nostalgia</a> <a href="/announcements">Announcements</a></nav>',
           '<a class="subscribe" href="/subscriptions">Subscribe</a> <a class="sign-in" href="/login">Sign In</a></header>',
           '<main><article class="article">', '<nav class="breadcrumb"><a href="/news">News</a> <a href="/news/world">World</a></nav>',
           f'<h1 class="article-headline">{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline">By <a href="/author/x">{esc(S["byline"])}</a></div>',
           f'<div class="article-dates"><span>Published {nw_stamp(d0)}</span></div>',
           f'<div class="article-dates-updated"><span>Updated {nw_stamp(d1)}</span></div>',
           '<div class="article-actions"><a href="#comments">Comment</a> <button class="share">Share</button></div>',
           '<div class="article-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="newsletter-box"><p>Sign up to our daily newsletter</p><input type="email" placeholder="Enter your email"> <button>Sign up</button></div>')
        if i == 2:
            out.append('<p class="read-more"><strong>READ MORE:</strong> <a href="/news/x">Seaton Carew seafront scheme gets green light</a></p>')
    out += ['</div>', '<section id="comments"><h3>Comments</h3><p>Join the conversation: sign in or register to comment.</p><a>Comment Guidelines</a></section>',
            '</article></main>', '<footer>National World Publishing Ltd. All rights reserved. <a>Cookie Settings</a> <a>Terms and Conditions</a> <a>Privacy notice</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_lancs(S):  # Newsquest tag listing, text scrape; card = headline, standfirst, "By ..." line, "21st August 2024, 8:05pm"; newest first
    z = S["zone"]; check_order(S, True)
    L = ["Lancashire Telegraph", "Menu", "Search", "Subscribe", "Sign in", "",
         "News", "Sport", "Rovers", "Burnley FC", "What's On", "Business", "Announcements", "Jobs", "Motors", "",
         "We use cookies to improve your experience on our site. By continuing, you agree to our use of cookies. Find out more", "",
         S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}, {ampm(d)}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}"] + ([e["role"]] if e.get("role") else []) + [st, ""]
        if i == 1:
            L += ["Advertisement", ""]
        if i == 3:
            L += ["Get the latest news from across East Lancashire straight to your inbox. Sign up to our newsletter", ""]
    L += ["Load more", "", "Most read", "Darwen leisure centre to close for three weeks of repairs", "Accrington road closed after crash", "",
          "Lancashire Telegraph | Contact us | Advertise | Terms | Privacy | Cookie settings", "Part of Newsquest's audited local newspaper network"]
    return "\n".join(L) + "\n", stamps


def r_dorset(S):  # Newsquest RSS 2.0 national news feed; pubDate with +0100; description = standfirst; no author
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", "<link>https://www.dorsetecho.co.uk/news/national/</link>",
           '<atom:link href="https://www.dorsetecho.co.uk/news/national/rss/" rel="self" type="application/rss+xml" />',
           "<description>National news from the Dorset Echo</description>", "<language>en-gb</language>",
           f"<lastBuildDate>{dt(S['build'], z).strftime('%a, %d %b %Y %H:%M:%S %z')}</lastBuildDate>",
           "<copyright>Newsquest Media Group</copyright>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        aid = 24567812 - i * 173
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.dorsetecho.co.uk/news/national/{aid}.{e['slug']}/</link>",
                "<description>" + esc(" ".join(e["p"])) + "</description>", f"<pubDate>{st}</pubDate>",
                f'<guid isPermaLink="true">https://www.dorsetecho.co.uk/news/national/{aid}.{e["slug"]}/</guid>',
                f'<media:content url="https://www.dorsetecho.co.uk/resources/images/{aid}/" medium="image" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_swindon(S):  # Newsquest live blog, HTML; pinned post first, then newest first; h3 then "By NAME" + <time> "9:50pm" AFTER the headline; LiveBlogPosting JSON-LD per update
    z = S["zone"]; check_order(S, True, skip=1)
    assert S["entries"][0]["t"] < S["entries"][-1]["t"], "the pinned post is the oldest"
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    times = sorted(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": times[0].isoformat(), "dateModified": times[-1].isoformat(), "coverageStartTime": times[0].isoformat(),
          "publisher": {"@type": "Organization", "name": "Swindon Advertiser"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Swindon Advertiser</title>',
           ld_script(ld), '</head><body class="article live">',
           '<div class="cookie-notice">We use cookies to improve your experience on our site. <a>Find out more</a> <button>Accept</button></div>',
           '<header><a class="masthead" href="/">Swindon Advertiser</a><nav><a>News</a> <a>Sport</a> <a>Swindon Town</a> <a>What\'s On</a> '
           '<a>Business</a> <a>Announcements</a> <a>Jobs</a></nav><a class="btn">Subscribe</a> <a class="btn">Sign in</a></header>',
           '<main><span class="label-live">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="share-bar">Share <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        cls = "live-post pinned" if i == 0 else "live-post"
        out.append(f'<div class="{cls}" id="post-{i + 1}">' + ('<span class="pinned-label">Pinned</span>' if i == 0 else ""))
        out.append(f"<h3>{esc(e['h'])}</h3>")
        out.append(f'<p class="post-meta"><span class="post-author">By {esc(e["a"])}</span> <time datetime="{d.isoformat()}">{st}</time></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="newsletter-signup"><p>Get the latest Swindon news sent to your inbox every morning.</p><button>Sign up</button></div>')
    out += ["</div>", '<aside class="most-read"><h4>Most read</h4><a>Old Town bar wins licence appeal</a> <a>Magic Roundabout lane closures planned</a></aside>',
            "</main>", '<footer>Swindon Advertiser | Newsquest Media Group Ltd | Contact us | Terms | Privacy policy | Cookie policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bolton(S):  # Newsquest live blog, text scrape; OLDEST first; one date line without year; "9.15pm" line before headline; runs past local midnight
    z = S["zone"]; check_order(S, False)
    L = ["The Bolton News", "Menu", "Subscribe", "Sign in", "",
         "News | Sport | Wanderers | What's On | Business | Lifestyle | Announcements | Jobs", "",
         "LIVE", S["title"], "", S["lede"], "", f"By {S['byline']}", "Digital reporter", f"Last updated: {ampm(dt(S['entries'][-1]['t'], z), sep='.')}",
         "Share", "", S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Sign up to our newsletter for the day's top stories from Bolton and beyond", ""]
    L += ["Show more updates", "", "Comments are closed on this article.", "",
          "The Bolton News | Contact us | Advertise | Terms and Conditions | Privacy | Newsquest Media Group Ltd"]
    return "\n".join(L) + "\n", stamps


def r_york(S):  # The Press (York), HTML updates page; newest first; "21:05" span (no zone) before an optional h3; several updates WITHOUT headline
    z = S["zone"]; check_order(S, True)
    d0 = dt(S["entries"][-1]["t"], z); d1 = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d1.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "The Press"}, "description": S["lede"]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | York Press</title>', ld_script(ld), '</head><body>',
           '<header><a class="masthead" href="/">The Press</a> <span class="tagline">York</span><nav><a>News</a> <a>Sport</a> <a>York City</a> <a>What\'s On</a> '
           '<a>Business</a> <a>Property</a> <a>Announcements</a></nav><a class="btn">Subscribe</a> <a class="btn">Sign in</a></header>',
           '<main><article>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>',
           '<div class="share">Share <a>Facebook</a> <a>X</a> <a>Email</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="update"><span class="update-time">{st}</span>' + (f"<h3>{esc(e['h'])}</h3>" if e["h"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="newsletter"><p>Sign up to The Press newsletter for the latest from York and North Yorkshire.</p><button>Sign up</button></div>')
    out += ['<div class="comments-count">Comments (4)</div>', '</article></main>',
            '<footer>The Press, York | Newsquest Media Group Ltd | Contact us | Privacy policy | Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_shropshire(S):  # Shropshire Star listing, text scrape; "By X | Published 2 hours ago" against the printed "Last updated 20:40, Monday 25 November 2024"
    z = S["zone"]; check_order(S, True); ref = dt(S["ref"], z)
    L = ["Shropshire Star", "Subscribe", "Sign in", "", "News | Sport | Shrewsbury Town | Telford | Business | What's On | Lifestyle | Obituaries | ePaper", "",
         "UK & International News", f"Last updated {ref:%H:%M}, {DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]} {ref.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"Published {mins} minutes ago" if mins < 60 else (f"Published {mins // 60} hours ago" if mins >= 120 else "Published 1 hour ago")
        stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']} | {st}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["More stories", "", "Sign up for the Shropshire Star newsletter", "", "Shropshire Star | MNA Media | Contact us | Privacy | Terms | Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_western(S):  # Newsquest tag listing, HTML; <time datetime> carries the full date, visible "20th September 7:40am" has no year; newest first
    z = S["zone"]; check_order(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Western Telegraph</title></head><body>',
           '<div class="cookie-notice">We use cookies to improve your experience on our site. <a>Find out more</a> <button>Accept</button></div>',
           '<header><a class="masthead" href="/">Western Telegraph</a><nav><a>News</a> <a>Sport</a> <a>Scarlets</a> <a>What\'s On</a> <a>Business</a> '
           '<a>Property</a> <a>Announcements</a> <a>Jobs</a></nav><a class="btn">Subscribe</a> <a class="btn">Sign in</a></header>',
           f'<main><h1 class="tag-title">{esc(S["title"])}</h1>', f'<p class="tag-desc">{esc(S["lede"])}</p>', '<ul class="article-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ordinal(d.day)} {MONTHS[d.month - 1]} {ampm(d)}"; stamps.append(st)
        out += ['<li class="article-card">', f'<h2><a href="/news/{24590000 + 131 * (9 - i)}.{e["slug"]}/">{esc(e["h"])}</a></h2>']
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="byline">By {esc(e["a"])}</p>', f'<time datetime="{d.isoformat()}">{st}</time>', "</li>"]
        if i == 2:
            out.append('<li class="advert">Advertisement</li>')
    out += ["</ul>", '<a class="load-more">Load more</a>',
            '<div class="newsletter">Get the Western Telegraph newsletter for the latest Pembrokeshire news. <button>Sign up</button></div></main>',
            '<footer>Western Telegraph | Contact us | Terms | Privacy policy | &copy; Copyright 2001-2024. Part of Newsquest\'s audited local newspaper network.</footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_shetland(S):  # WordPress RSS 2.0; pubDate in +0000 (UTC) while the isles are on BST; dc:creator; description excerpt + content:encoded
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '>',
           "<channel>", f"\t<title>{esc(S['title'])}</title>", '\t<atom:link href="https://www.shetlandtimes.co.uk/feed" rel="self" type="application/rss+xml" />',
           "\t<link>https://www.shetlandtimes.co.uk</link>", "\t<description>News from Shetland</description>",
           f"\t<lastBuildDate>{dt(S['build'], z).astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>",
           "\t<language>en-GB</language>", "\t<sy:updatePeriod>hourly</sy:updatePeriod>", "\t<sy:updateFrequency>1</sy:updateFrequency>",
           "\t<generator>https://wordpress.org/?v=6.6.2</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        url = f"https://www.shetlandtimes.co.uk/2024/10/25/{e['slug']}"
        excerpt = e["p"][0][:120].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["\t<item>", "\t\t<title>" + esc(e["h"]).replace("\u2019", "&#8217;") + "</title>", f"\t\t<link>{url}</link>", f"\t\t<comments>{url}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t<category><![CDATA[{e.get('cat', 'News')}]]></category>", f'\t\t<guid isPermaLink="false">https://www.shetlandtimes.co.uk/?p={441900 - 37 * i}</guid>',
                f"\t\t<description><![CDATA[{excerpt}]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f"\t\t<wfw:commentRss>{url}/feed</wfw:commentRss>", "\t</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART B renderers (invented outlets)

def r_fenwick(S):  # text live, newest first; "18.20 GMT" line before headline; Key Points block; author on a trailing "– Name" line
    z = S["zone"]; check_order(S, True)
    L = ["FENWICK MARSH COURIER", "Home · UK · World · Business · Sport · Opinion", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"– {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load earlier posts", "", "Fenwick Marsh Courier · About · Corrections · Privacy · Cookies"]
    return "\n".join(L) + "\n", stamps


def r_marrick(S):  # HTML live, OLDEST first; <time datetime> with visible "08:10"; LiveBlogPosting JSON-LD with per-update times; page byline; some posts without headline
    z = S["zone"]; check_order(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["h"]:
            u["headline"] = e["h"]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "author": {"@type": "Person", "name": S["byline"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Marrick Ledger</title>", ld_script(ld), "</head><body>",
           '<header><a href="/" class="brand">Marrick Ledger</a> <nav><a href="/">Front</a> <a href="/war">War</a> <a href="/economy">Economy</a> <a href="/uk">UKR</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="meta">By {esc(S["byline"])} &middot; {esc(S["dateline"])} &middot; All times Kyiv</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time>' + (f"<h2>{esc(e['h'])}</h2>" if e["h"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<a class="permalink" href="#u%d">Link to this update</a></article>' % (i + 1))
        if i == 2:
            out.append('<aside class="donate">The Marrick Ledger is reader-funded. Support our reporting</aside>')
    out += ["</main>", "<footer>Marrick Ledger · Editorial standards · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rssworld(S):  # RSS 2.0 general world feed, newest first; pubDate in the outlet's offset ('GMT' or numeric); CDATA paragraphs; no authors
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>",
           f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e.get('cat', 'world').lower()}/{880 + 7 * i}</link>",
                f"<guid isPermaLink=\"false\">{S['url']}/{880 + 7 * i}</guid>", f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_gallowbank(S):  # English service of a German outlet, text article; German chrome; "Stand: 31.10.2024 19:45 Uhr"; one entry per section
    z = S["zone"]; d = dt(S["published_t"], z)
    L = ["Gallowbank Review", "Startseite › Ausland › Ukraine", "English edition", "", S["title"], "", f"Stand: {d:%d.%m.%Y %H:%M} Uhr", f"Von {S['byline']}", "",
         "Teilen", "Artikel vorlesen", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Mehr zum Thema", S["more"], "", "Kommentare (12)", "", "© Gallowbank Review · Impressum · Datenschutz"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset; escaped HTML content; author per entry
    z = S["zone"]; check_order(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f"<id>{S['url']}/</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{e["slug"]}"/>', f"<id>{S['url']}/{e['slug']}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_thornaby(S):  # text live, OLDEST first; headline, body, then a trailing "09:40 | Name" line (stamp after the post)
    z = S["zone"]; check_order(S, False)
    L = ["Thornaby Reach Gazette", "News  World  Ukraine  Money  Sport  Weather", "", S["title"], S["dateline"], "All times GMT", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} | {e['a']}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, "Share this post", ""]
        if i == 3:
            L += ["Sign up for the Reach Morning Briefing", ""]
    L += ["Back to top", "Thornaby Reach Gazette · Contact · Terms · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_scargill(S):  # HTML article with h2 sections; NewsArticle JSON-LD (+02:00); dateline "1 November 2024, 18:30 (Kyiv time)"; one entry per section
    z = S["zone"]; d = dt(S["published_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Scargill Bridge Post"}, "description": S["lede"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} – Scargill Bridge Post</title>", ld_script(ld), "</head><body>",
           '<header>Scargill Bridge Post <nav><a>Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Newsletter</a></nav></header>',
           f"<main><article><h1>{esc(S['title'])}</h1>", f'<p class="lede">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} (Kyiv time)</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 0:
            out.append('<figure><img src="/img/odesa-port.jpg" alt=""><figcaption>Smoke over the port area. Photo: Scargill Bridge Post</figcaption></figure>')
    out += ['<p class="related">Related: <a>Ukraine\'s ports and the grain corridor, one year on</a></p>', "</article></main>",
            "<footer>Scargill Bridge Post · Privacy · Contact</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_harwood(S):  # HTML live, newest first; Key Points box; <time> "7.10pm"; per-post authors; JSON-LD updates carry the PAGE's headline and datePublished
    z = S["zone"]; check_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{700 + i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"]) if e["p"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Harwood Dale Times</title>", ld_script(ld), "</head><body>",
           '<div class="consent">Harwood Dale Times uses cookies. <button>Yes, I accept</button> <button>Options</button></div>',
           '<header>Harwood Dale Times <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Culture</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', '<div class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append("</ul></div>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="block" id="block-{700 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside class="promo">Get our Ukraine briefing every weekday morning. <a>Sign up</a></aside>')
    out += ["</main><footer>Harwood Dale Times · Terms · Privacy · Complaints</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_langdon(S):  # text live, OLDEST first; date line without year; "[10:20]" before headline; one page byline
    z = S["zone"]; check_order(S, False)
    L = ["LANGDON BECK DISPATCH", "Live · Front line · Politics · Explainers", "", S["title"], S["dateline"], f"By {S['byline']} · Kyiv", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"[{d:%H:%M}]"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Read also: What the Christmas strikes did to the grid in the south", ""]
    L += ["This live page has ended. Follow tomorrow's updates here.", "Langdon Beck Dispatch · About · Donate"]
    return "\n".join(L) + "\n", stamps


def r_ebberston(S):  # English service of a Finnish radio newsroom, text scrape; Finnish chrome; "27.12.2024 18:40" stamp AFTER headline; author line after body
    z = S["zone"]; check_order(S, True)
    L = ["Ebberston Radio", "Uutiset  Urheilu  Radio  Areena  Kirjaudu", "", "Hyväksy evästeet  Evästeasetukset", "", S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [e["a"], "Jaa", ""]
    L += ["Lisää uutisia", "", "Ebberston Radio · Tietosuoja · Saavutettavuus"]
    return "\n".join(L) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="8100", name="8100_shieldsgazette-live", ext="txt", source="Shields Gazette", zone="Europe/London", render=r_shields,
  title="Russia-Ukraine war live: Kremlin wants 'clarity' on peace summit invitation as EU snubs Hungary",
  lede="Follow our live coverage of the war in Ukraine on Tuesday, day 874 of Russia's full-scale invasion.", byline="Kerry Ashdown",
  notes="Imitates a National World (Shields Gazette) live blog copied as plain text. Newest first. A 'Key Events' box near the top lists two post headlines (treated as the page's Key Points block: key_point true, importance 3). Each post is a stamp line '21:15 BST' then the headline and body. Only the page byline ('By Kerry Ashdown', 'Contributor'); no per-post authors, so every entry carries the page byline. Page 'Published 16th Jul 2024, 06:55 BST' and 'Updated ... 21:15 BST' lines are chrome; the stamps carry no date, the page date comes from those lines.",
  not_entries=["'Skip to content', masthead, Subscribe/Sign In and the section menu", "breadcrumb 'News' / 'World'", "page title and standfirst (lede)",
               "byline 'By Kerry Ashdown' / 'Contributor' and the Published/Updated lines", "'Comment', 'Share', 'Listen to this article'",
               "newsletter sign-up box and the digital subscription plug", "'Key Events' box (its two lines repeat post headlines; not separate entries)",
               "'Show new updates'", "'READ MORE: Roadworks on the A194 ...' (related local link)", "'Advertisement'",
               "comments block and 'Comment Guidelines'", "cookie line", "footer (National World copyright, Cookie Settings, Terms, Privacy)"],
  entries=[
  E("2024-07-16 21:15", "Commission downgrades attendance at Hungary's EU presidency events",
    ["The European Commission will send senior civil servants instead of commissioners to informal meetings organised by Hungary during its six-month EU presidency, a spokesperson said.",
     "The step is a response to Viktor Orbán's recent trips to Moscow and Beijing, which he presented as a peace mission but which other EU governments said he had no mandate to make."],
    "diplomacy", "diplomacy", 3, "eu-downgrades-hungarian-presidency-meetings", a="Kerry Ashdown", kp=True),
  E("2024-07-16 19:50", "Two injured as guided bomb hits Kharkiv industrial site",
    ["Two workers were hurt when a Russian guided aerial bomb struck an industrial building on the northern edge of Kharkiv in the afternoon, regional governor Oleh Syniehubov said.",
     "Firefighters had the blaze at the site under control within two hours."],
    "strikes", "strikes", 2, "kharkiv-glide-bomb-industrial-site-2024-07-16", a="Kerry Ashdown"),
  E("2024-07-16 17:05", "Kremlin wants 'clarity' before answering summit invitation",
    ["Kremlin spokesman Dmitry Peskov said Moscow would first need to understand what Volodymyr Zelensky meant before it could respond to the idea of Russian representatives attending a second peace summit.",
     "Zelensky told reporters in Kyiv on Monday that he wanted a plan ready by November and that Russia should be present at the next gathering.",
     "Russia was not invited to the first summit, held in Switzerland in June."],
    "diplomacy", "diplomacy", 3, "kremlin-response-second-peace-summit-invitation", a="Kerry Ashdown", kp=True),
  E("2024-07-16 14:30", "Lithuania sends further ammunition and anti-drone kit",
    ["Lithuania will send another consignment of 155mm artillery shells and anti-drone equipment to Ukraine, its defence ministry said, without giving the value of the package."],
    "aid", "aid", 2, "lithuania-ammunition-package-2024-07-16", a="Kerry Ashdown"),
  E("2024-07-16 12:10", "Moscow claims another village in Donetsk region",
    ["Russia's defence ministry said its troops had taken control of a village west of Donetsk city, a claim Ukraine's general staff did not confirm.",
     "Ukrainian commanders have described the fighting in the area as among the fiercest on the front."],
    "other", "frontline", 2, "russia-claims-donetsk-village-2024-07-16", a="Kerry Ashdown"),
  E("2024-07-16 09:45", "Air force: 22 of 24 drones shot down overnight",
    ["Ukraine's air force said it destroyed 22 of the 24 Shahed-type drones launched overnight from Russia and occupied Crimea, most of them over southern and central regions.",
     "Falling debris damaged a warehouse in the Mykolaiv region, but no one was hurt, local officials said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2024-07-16", a="Kerry Ashdown"),
  E("2024-07-16 06:55", "Zelensky expected at Blenheim summit on Thursday",
    ["Volodymyr Zelensky is expected to join around 45 European leaders at Blenheim Palace in Oxfordshire on Thursday for the European Political Community meeting hosted by Sir Keir Starmer.",
     "Migration and energy security are also on the agenda, Downing Street said."],
    "diplomacy", "diplomacy", 2, "epc-blenheim-summit-preview", a="Kerry Ashdown"),
  ]))

SEEDS.append(dict(id="8101", name="8101_hartlepoolmail-article", ext="html", source="Hartlepool Mail", zone="Europe/London", render=r_hartlepool,
  title="Russia-Ukraine war: what we know on day 887 of the invasion",
  lede="Drones hit an air base in Russia's far north, while two people were killed by shelling near Kupiansk.", byline="Niamh Caddick",
  published_t="2024-07-29 16:42", updated_t="2024-07-29 18:05", url="https://www.hartlepoolmail.co.uk/news/world/russia-ukraine-war-what-we-know-on-day-887-4712093",
  notes="Imitates a National World (Hartlepool Mail) explainer/round-up article in HTML. One entry per h2 section (headline = the section heading), stamp null. The only time is the page's 'Published 29th Jul 2024, 16:42 BST' (UTC+1); NewsArticle JSON-LD gives the same instant in UTC with milliseconds ('2024-07-29T15:42:00.000Z'); the 'Updated ... 18:05 BST' line is the modification time, not the publication time. Page byline used as author for every section.",
  not_entries=["cookie banner", "masthead, menu, Subscribe / Sign In", "breadcrumb 'News' 'World'", "h1 page title and standfirst", "byline and Published/Updated lines",
               "'Comment' / 'Share' buttons", "newsletter box 'Sign up to our daily newsletter'", "'READ MORE: Seaton Carew seafront scheme gets green light' (related local link)",
               "comments section", "footer"],
  entries=[
  E("2024-07-29 16:42", "Drones target bomber base deep inside Russia",
    ["Ukraine's military intelligence agency said its drones had struck an air base in Russia's far north that is used by long-range bombers, some 1,800km from the front line.",
     "Moscow did not comment on the claim, and the extent of any damage could not be verified.",
     "Russian bombers have launched cruise missiles at Ukrainian cities throughout the war."],
    "strikes", "strikes", 2, "drone-strike-russian-bomber-base-far-north-2024-07-28", a="Niamh Caddick"),
  E("2024-07-29 16:42", "Two killed as shells hit villages near Kupiansk",
    ["Two men died and four other people were wounded when Russian artillery struck villages in the Kupiansk district of the Kharkiv region, local prosecutors said.",
     "A shop and several homes were destroyed."],
    "strikes", "strikes", 3, "kupiansk-district-shelling-2024-07-29", a="Niamh Caddick"),
  E("2024-07-29 16:42", "Denmark to pay for more Ukrainian-built howitzers",
    ["Denmark will finance another batch of Bohdana self-propelled howitzers made in Ukraine, its defence ministry said, extending a scheme in which allies pay for production inside the country.",
     "Officials in Copenhagen said the arrangement was cheaper and faster than buying artillery from Western manufacturers."],
    "aid", "aid", 2, "denmark-funds-bohdana-howitzers", a="Niamh Caddick"),
  E("2024-07-29 16:42", "Treason sentence for man who sent money to Ukrainian army",
    ["A court in Russia's Sverdlovsk region jailed a 32-year-old man for 12 years for treason after he transferred a small sum to a fund that supports Ukraine's armed forces, according to Russian media.",
     "Rights groups say such cases have multiplied since the start of the invasion."],
    "other", "security", 2, "russia-treason-sentence-donation", a="Niamh Caddick"),
  E("2024-07-29 16:42", "Shorter power cuts expected as heatwave eases",
    ["Ukraine's grid operator Ukrenergo said scheduled power cuts would be shorter in most regions from Tuesday as cooler weather reduced demand for air conditioning.",
     "Russian strikes since March have destroyed or damaged much of the country's generating capacity, leaving it reliant on imports at peak hours."],
    "other", "humanitarian", 2, "ukraine-scheduled-power-cuts-july-2024", a="Niamh Caddick"),
  ]))

SEEDS.append(dict(id="8102", name="8102_lancashiretelegraph-tag", ext="txt", source="Lancashire Telegraph", zone="Europe/London", render=r_lancs,
  title="Russia-Ukraine war", lede="Latest news, updates and reaction on the war in Ukraine",
  notes="Imitates a Newsquest (Lancashire Telegraph) tag page copied as plain text. Newest first. Each card: headline, a one-paragraph standfirst (the body), a 'By ...' line (PA copy or a local reporter with a role line) and then the stamp '21st August 2024, 8:05pm' (ordinal date, 12-hour time, no zone: UK time, BST = UTC+1) AFTER the headline and body. The local card carries the reporter's role ('Reporter') on its own line.",
  not_entries=["masthead, Menu/Search/Subscribe/Sign in and the section list", "cookie line", "tag heading 'Russia-Ukraine war' and its description", "'By ...' and role lines (author)",
               "'Advertisement'", "newsletter sign-up line", "'Load more'", "'Most read' box with two local links", "footer lines"],
  entries=[
  E("2024-08-21 20:05", "Blackburn's Ukrainian community plans Independence Day gathering",
    ["Ukrainians who have made their homes in Blackburn will meet in Corporation Park on Saturday to mark their country's Independence Day and raise money for a children's hospital in Kharkiv."],
    "other", "humanitarian", 2, "blackburn-ukrainian-independence-day-event", a="Jess Moorhouse", role="Reporter"),
  E("2024-08-21 17:40", "Families with children ordered out of Pokrovsk area",
    ["Ukrainian authorities have told families with children to leave the town of Pokrovsk and nearby villages as Russian forces advance to within about ten kilometres."],
    "other", "humanitarian", 2, "pokrovsk-family-evacuation-order", a="PA News Agency"),
  E("2024-08-21 15:15", "Modi to visit Kyiv weeks after Moscow trip",
    ["India's prime minister Narendra Modi will travel to Kyiv on Friday for talks with Volodymyr Zelensky, six weeks after he met Vladimir Putin in Moscow."],
    "diplomacy", "diplomacy", 3, "modi-kyiv-visit-announced", a="PA News Agency"),
  E("2024-08-21 12:50", "Ukraine says troops still advancing in Kursk region",
    ["Ukraine's top commander said his forces had pushed between one and three kilometres further into Russia's Kursk region over the past day despite Russian counter-attacks."],
    "other", "frontline", 2, "kursk-incursion-advance-2024-08-21", a="PA News Agency"),
  E("2024-08-21 10:20", "Moscow hit by biggest drone attack of the war, says mayor",
    ["At least 11 drones were shot down as they approached Moscow in the early hours, mayor Sergei Sobyanin said, calling it one of the largest attempts to attack the capital by air."],
    "strikes", "strikes", 3, "moscow-drone-attack-2024-08-21", a="PA News Agency"),
  E("2024-08-21 08:05", "Zelensky to sign law banning church linked to Moscow",
    ["Volodymyr Zelensky has said he will sign a law passed by parliament that allows religious organisations tied to the Russian Orthodox Church to be banned in Ukraine."],
    "other", "politics", 2, "ukraine-law-moscow-linked-church", a="PA News Agency"),
  ]))

SEEDS.append(dict(id="8103", name="8103_dorsetecho-feed", ext="xml", source="Dorset Echo", zone="Europe/London", render=r_dorset,
  title="Dorset Echo | National news", build="2024-09-07 19:12",
  notes="Imitates a Newsquest (Dorset Echo) national-news RSS 2.0 feed. Newest first. pubDate carries the explicit +0100 offset (BST). Each description is the standfirst only (one paragraph). No author element anywhere: author null. Two of seven items are off-beat national news (weather, Paralympics).",
  not_entries=["channel title/link/description/language/lastBuildDate/copyright", "<guid> and <media:content> elements"],
  entries=[
  dict(OFF("2024-09-07 19:10", "Thunderstorm warning issued for much of southern England",
      ["The Met Office has issued a yellow warning for thunderstorms across much of southern England on Sunday, with up to 40mm of rain possible in places."],
      "met-office-thunderstorm-warning-2024-09-08", n="UK weather."), slug="thunderstorm-warning-southern-england"),
  dict(E("2024-09-07 17:45", "Zelensky meets Meloni at Lake Como business forum",
    ["Volodymyr Zelensky held talks with Italy's prime minister Giorgia Meloni on the sidelines of an economic forum at Cernobbio, a day after asking allies at the Ramstein air base for more long-range weapons."],
    "diplomacy", "diplomacy", 3, "zelensky-meloni-cernobbio-talks"), slug="zelensky-meets-meloni-lake-como"),
  dict(OFF("2024-09-07 15:20", "Paralympics: two more cycling golds for ParalympicsGB",
      ["British riders won two more gold medals on the road at the Paris Paralympics on the final weekend of the Games."],
      "paralympics-gb-road-cycling-golds", n="Sport."), slug="paralympics-two-more-cycling-golds"),
  dict(E("2024-09-07 13:05", "Pavlohrad strike: number injured rises to more than 50",
    ["More than 50 people are now known to have been injured in Friday's Russian missile strike on the city of Pavlohrad in eastern Ukraine, regional officials said."],
    "strikes", "strikes", 3, "pavlohrad-missile-strike-2024-09-06"), slug="pavlohrad-strike-injured-rises"),
  dict(E("2024-09-07 11:30", "Ukrainian tank crews complete training on Dorset ranges",
    ["Dozens of Ukrainian soldiers have finished a course on armoured vehicles at ranges in Dorset, the Ministry of Defence said, as part of the UK-led training programme."],
    "aid", "aid", 2, "ukrainian-crews-training-dorset-ranges"), slug="ukrainian-tank-crews-dorset-training"),
  dict(E("2024-09-07 09:40", "Germany to send 12 more howitzers after Ramstein meeting",
    ["Germany will deliver another 12 self-propelled howitzers to Ukraine next year, defence minister Boris Pistorius told the meeting of allies at Ramstein."],
    "aid", "aid", 2, "germany-12-howitzers-ramstein"), slug="germany-12-more-howitzers"),
  dict(E("2024-09-07 07:15", "Russia says it shot down drones over Belgorod and Voronezh",
    ["Russia's defence ministry said its air defences destroyed 12 Ukrainian drones over the Belgorod and Voronezh regions overnight."],
    "strikes", "strikes", 2, "russia-says-drones-downed-2024-09-07"), slug="russia-drones-belgorod-voronezh"),
  ]))

SEEDS.append(dict(id="8104", name="8104_swindonadvertiser-live", ext="html", source="Swindon Advertiser", zone="Europe/London", render=r_swindon,
  title="LIVE: Zelensky in the US ahead of UN speech - latest updates",
  lede="Follow the latest on the war in Ukraine as Volodymyr Zelensky begins a week of meetings in the United States.",
  url="https://www.swindonadvertiser.co.uk/news/national/24601123.live-zelensky-us-un-speech-latest/",
  notes="Imitates a Newsquest (Swindon Advertiser) live blog in HTML. A PINNED post (07:30, the oldest) sits on top; the rest run newest first. Each post: h3 headline, THEN a meta line 'By NAME' + <time datetime> showing '9:50pm' (stamp after the headline; per-post authors). Visible times carry no zone (UK time, BST = UTC+1); <time datetime> and the LiveBlogPosting JSON-LD per-update datePublished give the same instants with +01:00.",
  not_entries=["cookie notice", "masthead, menu, Subscribe/Sign in", "'LIVE' label", "h1 title and standfirst", "share bar", "'Pinned' label (part of the first post, not an entry)",
               "'By NAME' meta lines (author)", "newsletter sign-up box", "'Most read' aside with two local links", "footer"],
  entries=[
  E("2024-09-23 07:30", "Zelensky tours Pennsylvania ammunition plant at start of US visit",
    ["Volodymyr Zelensky began his visit to the United States at an army ammunition plant in Scranton, Pennsylvania, where he thanked workers who produce 155mm artillery shells for Ukraine.",
     "He is due to address the United Nations General Assembly this week and to meet President Joe Biden."],
    "diplomacy", "diplomacy", 3, "zelensky-scranton-ammunition-plant-visit", a="Lydia Hemmings", sec=["aid"],
    n="Pinned post: printed first although it is the oldest."),
  E("2024-09-23 21:50", "Kharkiv toll rises to three after evening strikes",
    ["Three people were killed when Russian guided bombs hit residential buildings in Kharkiv on Monday evening, mayor Ihor Terekhov said.",
     "At least 28 people were injured."],
    "strikes", "strikes", 3, "kharkiv-evening-glide-bombs-2024-09-23", a="Matt Ardern"),
  E("2024-09-23 19:15", "Swindon paramedics send ambulance on its way to Lviv",
    ["A decommissioned ambulance loaded with medical supplies left Swindon on Monday afternoon for a hospital in Lviv, after a fundraising drive by local paramedics."],
    "aid", "aid", 2, "swindon-ambulance-to-lviv", a="Lydia Hemmings"),
  E("2024-09-23 16:40", "Zelensky: 'victory plan' ready to show Biden",
    ["Volodymyr Zelensky said his plan to end the war on Ukraine's terms was fully prepared and that he would present it to President Biden first.",
     "He has said the plan depends on decisions by allies rather than on talks with Moscow."],
    "diplomacy", "diplomacy", 3, "zelensky-victory-plan-biden", a="Matt Ardern"),
  E("2024-09-23 14:05", "Russia says drones downed over Bryansk and Kursk regions",
    ["Russia's defence ministry said its air defences destroyed 22 Ukrainian drones over the Bryansk and Kursk regions during the day."],
    "strikes", "strikes", 2, "russia-says-drones-downed-2024-09-23", a="Matt Ardern"),
  E("2024-09-23 11:20", "Zaporizhzhia: one killed as guided bombs hit city",
    ["One person was killed and 12 injured when Russian guided bombs struck Zaporizhzhia in the morning, damaging a residential block and an industrial site, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2024-09-23", a="Lydia Hemmings"),
  E("2024-09-23 09:05", "Kremlin says UN speech will not change its position",
    ["The Kremlin said it did not expect Volodymyr Zelensky's appearances at the United Nations this week to change anything about the war."],
    "diplomacy", "diplomacy", 2, "kremlin-on-zelensky-un-visit", a="Matt Ardern"),
  ]))

SEEDS.append(dict(id="8105", name="8105_boltonnews-live", ext="txt", source="Bolton News", zone="Europe/London", render=r_bolton,
  title="Ukraine war live: Kharkiv mourns as Kyiv comes under night attack",
  lede="Updates through Saturday evening and into the night as Russia and Ukraine trade strikes.", byline="Megan Lowther", dateline="Saturday, 31 August",
  parse_args=["--date", "2024-08-31"],
  notes="Imitates a Newsquest (Bolton News) live blog copied as plain text. OLDEST first. The page prints no year anywhere (parse_args --date 2024-08-31); one date line 'Saturday, 31 August'; each post is a '9.15pm' line (no zone: UK time, BST = UTC+1) before its headline. The blog runs past local midnight: the last post '12.35am' is Sunday 1 September local time but still 23:35 UTC on 31 August, so the whole page is one UTC day. 'Last updated: 12.35am' near the top is chrome. One page byline (Megan Lowther) for every post. Posts 05-07 are the same night attack on Kyiv.",
  not_entries=["masthead, Menu/Subscribe/Sign in and the section line", "'LIVE' label", "title and standfirst", "byline 'By Megan Lowther' / 'Digital reporter'",
               "'Last updated: 12.35am' (page chrome)", "'Share'", "date line 'Saturday, 31 August'", "'Advertisement'", "newsletter line", "'Show more updates'",
               "'Comments are closed on this article.'", "footer"],
  entries=[
  E("2024-08-31 14:10", "Kharkiv holds day of mourning after strike on city",
    ["Kharkiv is observing a day of mourning after Russian guided bombs hit the city on Friday evening, killing seven people, among them a 14-year-old girl, and wounding dozens.",
     "Regional officials said one of the bombs fell next to a children's playground in a residential neighbourhood."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2024-08-30", a="Megan Lowther"),
  E("2024-08-31 16:35", "Zelensky renews call for permission to hit Russian airfields",
    ["Volodymyr Zelensky again urged Ukraine's allies to let his forces use Western long-range weapons against military airfields inside Russia, saying the Kharkiv attack had been launched by aircraft beyond the reach of Ukraine's air defences."],
    "aid", "aid", 2, "zelensky-long-range-permission-appeal-2024-08-31", a="Megan Lowther", sec=["diplomacy"],
    n="Appeal for permission to use supplied weapons: aid (arms supply conditions), secondary diplomacy."),
  E("2024-08-31 18:50", "Belgorod buries victims of Friday shelling",
    ["Funerals were held in Belgorod for five people killed when Ukrainian shells hit the Russian border city on Friday, regional governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 2, "belgorod-shelling-2024-08-30", a="Megan Lowther"),
  E("2024-08-31 21:15", "Drones set fire to fuel depot in Russia's Rostov region",
    ["A fuel storage site in Russia's Rostov region caught fire after a drone attack, the regional governor said, adding that no one had been hurt."],
    "strikes", "strikes", 2, "rostov-fuel-depot-drone-2024-08-31", a="Megan Lowther"),
  E("2024-08-31 22:40", "Air raid alert across eastern Ukraine as bombers take off",
    ["Ukraine's air force warned that Russian strategic bombers had taken off from an air base in the Murmansk region, and air raid alerts were declared across eastern and central regions."],
    "strikes", "strikes", 2, "kyiv-night-missile-attack-2024-08-31", a="Megan Lowther", n="Warning that precedes the same night attack as entries 06-07."),
  E("2024-08-31 23:55", "Explosions in Kyiv as air defences go into action",
    ["Several explosions were heard in Kyiv shortly before midnight as air defences engaged missiles approaching the capital, according to the city's military administration."],
    "strikes", "strikes", 2, "kyiv-night-missile-attack-2024-08-31", a="Megan Lowther"),
  E("2024-09-01 00:35", "No casualties reported so far in Kyiv, says mayor",
    ["Debris from downed missiles fell in two districts of Kyiv, mayor Vitali Klitschko said, adding that there were no immediate reports of casualties."],
    "strikes", "strikes", 2, "kyiv-night-missile-attack-2024-08-31", a="Megan Lowther", n="Local time crosses midnight (1 September, 00:35 BST) but UTC is 31 August 23:35."),
  ]))

SEEDS.append(dict(id="8106", name="8106_yorkpress-updates", ext="html", source="York Press", zone="Europe/London", render=r_york,
  title="Ukraine war: latest updates as Biden meets European leaders in Berlin",
  lede="Rolling updates on the war in Ukraine and reaction in York.", byline="Harriet Cotterill", dateline="Friday 18 October 2024",
  notes="Imitates a Newsquest (The Press, York) rolling-updates page in HTML. Newest first. Each update: a '21:05' span (24-hour, no zone: UK time, BST = UTC+1), an optional h3 headline and body. Three updates (01, 03, 05) have NO headline: headline null, first sentence from the body. The date appears once ('Friday 18 October 2024'); the NewsArticle JSON-LD carries only page-level dates. One page byline for every update.",
  not_entries=["masthead 'The Press' / 'York', menu, Subscribe/Sign in", "h1 title and standfirst", "byline and date line", "share links", "newsletter box", "'Comments (4)'", "footer"],
  entries=[
  E("2024-10-18 21:05", None,
    ["Ukraine's air force warned late on Friday that ballistic missiles had been launched from Crimea towards the Odesa region, and residents were told to take shelter."],
    "strikes", "strikes", 2, "odesa-evening-missile-alert-2024-10-18", a="Harriet Cotterill", n="Update without a headline."),
  E("2024-10-18 19:20", "Biden meets European leaders in Berlin",
    ["Joe Biden, Olaf Scholz, Emmanuel Macron and Sir Keir Starmer discussed support for Ukraine through the winter during talks in Berlin, the German government said.",
     "Biden said allies must not let up in helping Ukraine defend itself as the cold months approached."],
    "diplomacy", "diplomacy", 3, "biden-berlin-quad-meeting-2024-10-18", a="Harriet Cotterill"),
  E("2024-10-18 17:45", None,
    ["South Korea's intelligence service said North Korea had begun sending special forces troops to Russia, with about 1,500 already taken by ship to Vladivostok.",
     "Seoul summoned the Russian ambassador over the deployment."],
    "other", "frontline", 3, "north-korean-troops-to-russia-nis-2024-10-18", a="Harriet Cotterill", sec=["aid"],
    n="Update without a headline. Troops sent to reinforce Russia: other/frontline (reinforcements); major development -> 3."),
  E("2024-10-18 15:10", "Rutte: allies will study Kyiv's plan",
    ["NATO Secretary General Mark Rutte said allies would look closely at the victory plan Volodymyr Zelensky presented to defence ministers in Brussels, but would not say whether an invitation to join the alliance could come soon."],
    "diplomacy", "diplomacy", 2, "rutte-on-zelensky-victory-plan", a="Harriet Cotterill"),
  E("2024-10-18 12:35", None,
    ["Russia's defence ministry said its forces had captured a village near Kupiansk in the Kharkiv region, a claim that could not be independently confirmed."],
    "other", "frontline", 2, "russia-claims-kupiansk-village-2024-10-18", a="Harriet Cotterill", n="Update without a headline."),
  E("2024-10-18 10:05", "City council extends 'thank you' payments for Ukraine hosts",
    ["City of York Council will keep paying households that host Ukrainian refugees until at least next September, after the government extended its funding."],
    "other", "humanitarian", 2, "york-homes-for-ukraine-payments-extended", a="Harriet Cotterill"),
  E("2024-10-18 08:15", "Drones damage energy facility in Odesa region overnight",
    ["Russian drones damaged an energy facility in the Odesa region overnight, causing power cuts in several districts, the regional governor said."],
    "strikes", "strikes", 2, "odesa-energy-drone-strike-2024-10-18", a="Harriet Cotterill", n="Overnight drone attack; a different event from the evening missile alert (entry 01)."),
  ]))

SEEDS.append(dict(id="8107", name="8107_shropshirestar-listing", ext="txt", source="Shropshire Star", zone="Europe/London", render=r_shropshire,
  title="UK & International News", ref="2024-11-25 20:40",
  notes="Imitates a Shropshire Star news listing copied as plain text. Newest first. Each item: headline, one-paragraph standfirst, then 'By AUTHOR | Published 2 hours ago' (relative stamp after the body). The relative stamps resolve against the printed line 'Last updated 20:40, Monday 25 November 2024' under the section heading (UK time; GMT = UTC in November). 'Press Association' is printed as the byline of agency copy.",
  not_entries=["masthead, Subscribe/Sign in and the section menu", "section heading 'UK & International News' and the 'Last updated' line (anchor for the relative stamps)",
               "'Advertisement'", "'More stories'", "newsletter line", "footer"],
  entries=[
  E("2024-11-25 20:05", "G7 foreign ministers meet in Italy with Ukraine top of the agenda",
    ["Foreign ministers from the Group of Seven began two days of talks near Rome, where Russia's use of a new ballistic missile and North Korea's troop deployment were expected to dominate."],
    "diplomacy", "diplomacy", 3, "g7-foreign-ministers-fiuggi-2024-11-25", a="Press Association"),
  E("2024-11-25 18:40", "More than 20 hurt as missile strikes Kharkiv",
    ["A Russian missile hit Kharkiv in the afternoon, injuring at least 23 people and damaging a university building and nearby homes, regional officials said."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2024-11-25", a="Press Association"),
  E("2024-11-25 16:40", "Russia says US-made missiles hit airfield in Kursk region",
    ["Russia's defence ministry said Ukraine had fired ATACMS missiles at an airfield in the Kursk region and that it was preparing a response."],
    "strikes", "strikes", 2, "atacms-kursk-airfield-claim-2024-11-25", a="Press Association"),
  E("2024-11-25 14:40", "Shropshire charity's generators arrive in Kharkiv",
    ["Twelve generators bought by a Shrewsbury charity have arrived in Kharkiv, where they will keep a children's hospital and two schools running through power cuts."],
    "aid", "aid", 2, "shrewsbury-charity-generators-kharkiv", a="Ellie Hadnall"),
  E("2024-11-25 11:40", "Germany draws up list of public shelters",
    ["Germany's interior ministry said it was compiling a list of buildings that could shelter civilians in an emergency, citing the changed security situation since Russia's invasion of Ukraine."],
    "other", "security", 2, "germany-public-shelter-list", a="Press Association"),
  E("2024-11-25 08:40", "Cold snap brings longer power cuts in Ukraine",
    ["Ukrainians in several regions faced power cuts of up to eight hours as temperatures dropped below freezing and repair crews struggled to fix damage from last week's strikes."],
    "other", "humanitarian", 2, "ukraine-power-cuts-cold-snap-2024-11-25", a="Press Association"),
  ]))

SEEDS.append(dict(id="8108", name="8108_westerntelegraph-tag", ext="html", source="Western Telegraph", zone="Europe/London", render=r_western,
  title="Ukraine", lede="The latest news on the war in Ukraine and the Ukrainians who have made Pembrokeshire their home.",
  notes="Imitates a Newsquest (Western Telegraph) tag listing in HTML. Newest first. Each card: h2 headline link, one summary paragraph, 'By ...' line, then <time datetime='2024-09-20T19:25:00+01:00'> whose visible text '20th September 7:25pm' has NO year and no zone. The full date and offset are in the datetime attribute (and the footer prints 'Copyright 2001-2024'), so no parse_args; visible times are UK time (BST = UTC+1).",
  not_entries=["cookie notice", "masthead, menu, Subscribe/Sign in", "tag heading 'Ukraine' and its description", "'By ...' lines (author)", "'Advertisement' list item", "'Load more'",
               "newsletter box", "footer with copyright"],
  entries=[
  dict(E("2024-09-20 19:25", "Pembrokeshire hosts ask for clarity on Ukrainian visa extension",
    ["Families in Pembrokeshire who have hosted Ukrainian refugees since 2022 say they need answers about what happens when the first visas run out next spring."],
    "other", "humanitarian", 2, "pembrokeshire-hosts-ukraine-visa-extension", a="Dai Prosser"), slug="pembrokeshire-hosts-visa-clarity"),
  dict(E("2024-09-20 17:10", "Brussels proposes €35bn loan to Ukraine backed by Russian assets",
    ["The European Commission has proposed lending Ukraine up to €35bn as part of a G7 plan, with the money to be repaid from the profits of Russian central bank assets frozen in Europe."],
    "aid", "aid", 3, "eu-35bn-loan-proposal-frozen-assets"), a="PA News Agency", slug="eu-proposes-35bn-ukraine-loan"),
  dict(E("2024-09-20 14:45", "Glide bombs hit Kharkiv for second night",
    ["Russian glide bombs struck a residential area of Kharkiv overnight, injuring 11 people, including two children, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-glide-bombs-2024-09-20"), a="PA News Agency", slug="glide-bombs-hit-kharkiv"),
  dict(E("2024-09-20 12:20", "Milford Haven volunteers send 40 tonnes of aid to Ukraine",
    ["Volunteers in Milford Haven have loaded their largest lorry of donations so far, with 40 tonnes of food, bedding and medical supplies heading for towns near the front line."],
    "aid", "aid", 2, "milford-haven-aid-lorry-ukraine"), a="Dai Prosser", slug="milford-haven-aid-ukraine"),
  dict(E("2024-09-20 10:05", "Romania scrambles jets as drone strays into its airspace",
    ["Romania's defence ministry said it sent two F-16 jets into the air overnight after radar tracked a drone crossing into its territory during a Russian attack on Ukrainian ports on the Danube."],
    "other", "security", 2, "romania-airspace-drone-2024-09-20"), a="PA News Agency", slug="romania-scrambles-jets-drone"),
  dict(E("2024-09-20 07:40", "Two killed in overnight strike on Zaporizhzhia region",
    ["Two people were killed when Russian missiles hit a village in the Zaporizhzhia region overnight, according to the regional governor."],
    "strikes", "strikes", 3, "zaporizhzhia-region-overnight-strike-2024-09-20"), a="PA News Agency", slug="two-killed-zaporizhzhia-region"),
  ]))

SEEDS.append(dict(id="8109", name="8109_shetlandtimes-feed", ext="xml", source="Shetland Times", zone="Europe/London", render=r_shetland,
  title="The Shetland Times", build="2024-10-25 18:41", curly=True,
  notes="Imitates the Shetland Times WordPress RSS 2.0 feed. Newest first. pubDate is printed in +0000 (UTC) although Shetland was on BST (UTC+1) that day, so local times are one hour later than printed; page_timezone Europe/London for published_local. dc:creator gives per-item authors; apostrophes are texturized by WordPress (U+2019 in content, &#8217; in titles), so headlines and first sentences carry U+2019; description is a cut-off excerpt ending '[…]' and content:encoded holds the full text (body counts content:encoded paragraphs). A local feed: three of six items have nothing to do with the war.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:update*/generator", "the truncated <description> excerpts (repeat the first paragraph; not separate entries)",
               "<category>, <guid>, <comments> and <wfw:commentRss> values"],
  entries=[
  dict(OFF("2024-10-25 18:40", "Lifeboat crew helps yacht in Bressay Sound",
      ["Lerwick's lifeboat was launched on Friday afternoon after a yacht lost power near the north entrance to the harbour.", "The two people on board were unhurt."],
      "lerwick-lifeboat-yacht-bressay-sound", a="Ingrid Tulloch", n="Local rescue."), slug="lifeboat-crew-helps-yacht-bressay-sound"),
  dict(E("2024-10-25 16:15", "Ukrainian families' concert marks two years in Shetland",
    ["Ukrainian families who came to Shetland under the Homes for Ukraine scheme held a concert at the Garrison Theatre to thank the people who have supported them.",
     "Around 60 Ukrainians now live in the isles, most of them in Lerwick."],
    "other", "humanitarian", 2, "shetland-ukrainian-families-concert", a="Magnus Halcrow"), slug="ukrainian-families-mark-two-years", cat="Community"),
  dict(E("2024-10-25 14:00", "Sanctioned tanker shelters off Sumburgh Head",
    ["A tanker under UK sanctions for carrying Russian oil spent most of Thursday at anchor off Sumburgh Head, sheltering from a gale before heading on towards the Baltic.",
     "The coastguard said it was monitoring the vessel, one of the ships Western officials describe as Russia's shadow fleet."],
    "other", "security", 2, "sanctioned-tanker-off-sumburgh", a="Ingrid Tulloch"), slug="sanctioned-tanker-shelters-off-sumburgh"),
  dict(E("2024-10-25 12:20", "Retired fire engine to be driven to Ukraine",
    ["A fire appliance retired from service in Shetland will be driven across Europe to Ukraine next month, with firefighters from the isles volunteering to make the journey."],
    "aid", "aid", 2, "shetland-fire-engine-for-ukraine", a="Magnus Halcrow"), slug="retired-fire-engine-to-be-driven-to-ukraine"),
  dict(OFF("2024-10-25 10:35", "Winter ferry timetable starts next week",
      ["NorthLink's winter timetable for the Aberdeen route comes into effect on Monday, with fewer sailings calling at Kirkwall."],
      "northlink-winter-timetable", a="Ingrid Tulloch", n="Local transport."), slug="winter-ferry-timetable-starts"),
  dict(OFF("2024-10-25 09:10", "Strong start to mackerel season for pelagic fleet",
      ["Shetland's pelagic boats have landed more mackerel in the first weeks of the autumn season than at the same point last year, according to the fishermen's association."],
      "shetland-mackerel-season", a="Magnus Halcrow", n="Local fishing."), slug="strong-start-to-mackerel-season", cat="Fishing"),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets)
ZAP = "zaporizhzhia-apartment-strike-2024-10-31"
NK8K = "us-north-korean-troops-kursk-estimate"
JPN = "japan-share-g7-loan-2024-10-31"
ZWARN = "zelensky-north-korean-units-warning-2024-10-31"
ODS = "odesa-port-drone-strike-2024-11-01"
CHOE = "choe-lavrov-moscow-talks-2024-11-01"
KRH = "kryvyi-rih-missile-strike-2024-12-27"
EGL = "eagle-s-tanker-estlink-cable-investigation"

D1 = ("Day 1 (UTC 2024-10-31; seeds 8120-8124). Main story " + ZAP + " (all five seeds; toll 2 -> 4 -> 6 dead, 19 injured; spelled Zaporizhzhia / Zaporizhia / "
      "Zaporozhye / Zaporizhzhya). Also multi-seed: " + NK8K + " (8120, 8122, 8123) and " + JPN + " (8120, 8124).")
D2 = ("Day 2 (UTC 2024-11-01; seeds 8130-8133). Main story " + ODS + " (all four seeds; toll 1 -> 2 -> 3; Odesa / Odessa). Multi-seed: " + CHOE +
      " (8131, 8132) and the day-1 story " + ZAP + " continued (a seventh victim, day of mourning: 8130, 8133).")
D3 = ("Day 3 (UTC 2024-12-27; seeds 8140-8143). Main story " + KRH + " (all four seeds; toll 1 -> 2 -> 3; Kryvyi Rih / Kryvyy Rih / Krivoy Rog). Multi-seed: " + EGL + " (8140, 8143).")

# ---------------- Day 1: 2024-10-31
SEEDS.append(dict(id="8120", name="8120_fenwickmarsh-textlive", ext="txt", source="Fenwick Marsh Courier", zone="Europe/London", render=r_fenwick,
  title="Ukraine war live: six dead in Zaporizhzhia; US says 8,000 North Korean troops in Kursk", dateline="Thursday 31 October 2024",
  lede="Our live coverage of the war in Ukraine on Thursday.",
  notes="Invented outlet. Text live blog, newest first; a 'Key Points' block lists two post headlines ('• ' bullets); each post is a '15.40 GMT' line (dot separator) before the headline, and the author on a trailing '– Name' line after the body. Entry 03 is a video teaser without body; entry 01 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead and menu", "title, date line and standfirst", "'Key Points' block (two bullets repeating post headlines)", "'Latest'", "trailing '– Name' lines (author)",
               "'Advertisement'", "'Load earlier posts'", "footer"],
  entries=[
  E("2024-10-31 18:20", "Analysis: What North Korea's soldiers could change in Kursk",
    ["The North Korean units bring numbers rather than experience: most of their soldiers have never fought a modern war, and few of them speak Russian.",
     "Their most immediate value to Moscow may be to free Russian brigades for the Donbas, while Pyongyang gains combat lessons and, possibly, military technology in return."],
    "other", "frontline", 2, "analysis-north-korea-kursk-deployment", a="Owen Lathbury", sec=["aid"],
    n="Theme piece (analysis with body): own story, importance 2; same theme as the US estimate (8120-04) but not the same event: must not merge."),
  E("2024-10-31 15:40", "Six now confirmed dead in Zaporizhzhia",
    ["The number of people killed by the morning bombing of an apartment block in Zaporizhzhia has risen to six, regional governor Ivan Fedorov said.",
     "Nineteen people were injured, among them a 12-year-old boy, and rescuers were still working through the collapsed part of the building."],
    "strikes", "strikes", 3, ZAP, a="Priya Castell", kp=True),
  E("2024-10-31 13:30", "Watch: rescuers pull woman from rubble in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("2024-10-31 11:45", "US says about 8,000 North Korean troops now in Kursk",
    ["Around 8,000 North Korean soldiers have been moved to Russia's Kursk region and are expected to go into action against Ukrainian forces in the coming days, US Secretary of State Antony Blinken said.",
     "He said Washington had not yet seen them used in combat."],
    "other", "frontline", 3, NK8K, a="Owen Lathbury", sec=["diplomacy"], kp=True,
    n="Troop deployment to reinforce Russia: other/frontline (reinforcements), as in all three seeds that carry it."),
  E("2024-10-31 10:05", "Japan to lend Ukraine $3bn as part of G7 scheme",
    ["Japan will provide about $3bn (£2.3bn) of the G7's $50bn loan to Ukraine, to be repaid from the profits of frozen Russian assets, the finance ministry in Tokyo said."],
    "aid", "aid", 3, JPN, a="Priya Castell"),
  E("2024-10-31 07:30", "Russia claims capture of two villages in Donetsk region",
    ["Russia's defence ministry said its forces had taken two more villages in the Donetsk region, one near Kurakhove and one south of Pokrovsk.",
     "Ukraine's general staff did not confirm the losses."],
    "other", "frontline", 2, "russia-claims-donetsk-villages-2024-10-31", a="Owen Lathbury"),
  ]))

SEEDS.append(dict(id="8121", name="8121_marrick-htmllive", ext="html", source="Marrick Ledger", zone="Europe/Kyiv", render=r_marrick,
  title="Live: Russian bombs hit Zaporizhia apartment block", byline="Oksana Pidhirna", dateline="31 October 2024",
  lede="Updates from Ukraine through Thursday.", url="https://marrickledger.example/live/2024-10-31",
  notes="Invented outlet. HTML live blog, OLDEST first, Kyiv time (EET, UTC+2; the page says 'All times Kyiv'). Visible '08:10' inside <time datetime> with +02:00; LiveBlogPosting JSON-LD with per-update datePublished (agrees). One page byline for all posts. Entry 03 has no headline. Entry 05 repeats entry 01 nearly verbatim (duplicate_of 8121-01). Spelling 'Zaporizhia'. " + D1,
  not_entries=["brand and menu", "h1 title", "meta line 'By Oksana Pidhirna · 31 October 2024 · All times Kyiv'", "standfirst", "'Link to this update' permalinks", "donation plug", "footer"],
  entries=[
  E("2024-10-31 08:10", "Kharkiv: drones hit two districts overnight",
    ["Russian drones struck the Kyivskyi and Saltivskyi districts of Kharkiv overnight, injuring one woman and damaging a kindergarten, mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-overnight-drones-2024-10-31", a="Oksana Pidhirna", n="Different attack from the Zaporizhzhia bombing: must not merge."),
  E("2024-10-31 10:55", "Guided bombs hit apartment block in Zaporizhia, two dead",
    ["Two people were killed when Russian aircraft dropped guided bombs on Zaporizhia shortly before 10:30, hitting a nine-storey residential building, the regional military administration said.",
     "Several people were thought to be trapped under the rubble."],
    "strikes", "strikes", 3, ZAP, a="Oksana Pidhirna"),
  E("2024-10-31 11:30", None,
    ["Energy company DTEK said power had been restored to about 12,000 households in the Odesa region after an overnight drone attack damaged a substation."],
    "strikes", "strikes", 2, "odesa-substation-drone-damage-2024-10-31", a="Oksana Pidhirna", n="Post without a headline."),
  E("2024-10-31 13:20", "Zaporizhia toll rises to four",
    ["Four people are now known to have died in the bombing of the apartment building in Zaporizhia, and 15 were injured, governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Oksana Pidhirna"),
  E("2024-10-31 15:45", "Kharkiv: drones hit two districts overnight",
    ["Russian drones struck the Kyivskyi and Saltivskyi districts of Kharkiv overnight, injuring a woman and damaging a kindergarten, mayor Ihor Terekhov said."],
    "strikes", "strikes", 1, "kharkiv-overnight-drones-2024-10-31", a="Oksana Pidhirna", dup="8121-01", n="Near-verbatim repeat of 8121-01 -> importance 1."),
  E("2024-10-31 17:30", "Zelensky: North Korean units could enter battle 'within days'",
    ["President Volodymyr Zelensky said in a video address that Ukraine expected North Korean units to be sent into the fighting in the Kursk region within days, and accused allies of watching rather than acting."],
    "other", "frontline", 2, ZWARN, a="Oksana Pidhirna",
    n="A separate statement from the US estimate (one statement = one story): must not merge with " + NK8K + "."),
  ]))

SEEDS.append(dict(id="8122", name="8122_saltfleet-worldrss", ext="xml", source="Saltfleet World Service", zone="UTC", render=r_rssworld, rfc="GMT",
  title="Saltfleet World Service - World headlines", url="https://saltfleet-world.example", lede="Top stories from around the world, updated through the day.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat). No authors. Spelling 'Zaporozhye'. " + D1,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2024-10-31 21:10", "Valencia flood death toll passes 150",
      ["At least 158 people have died in floods in eastern Spain, most of them in the Valencia region, officials said, as soldiers joined the search for the missing."],
      "spain-valencia-floods-2024", n="Spanish floods."),
  OFF("2024-10-31 18:40", "Candidates crisscross swing states in final days of US race",
      ["Kamala Harris and Donald Trump held rallies in the western swing states, five days before the US presidential election."], "us-election-final-week-rallies", n="US election."),
  E("2024-10-31 17:05", "Russian strike on Zaporozhye apartments kills six",
    ["Six people were killed and 19 wounded when Russian glide bombs hit a residential building in the southern Ukrainian city of Zaporozhye on Thursday, regional officials said.",
     "Rescue teams worked through the afternoon to reach residents trapped in a collapsed stairwell."],
    "strikes", "strikes", 3, ZAP),
  OFF("2024-10-31 14:30", "Delhi celebrates Diwali under a blanket of smog",
      ["Millions of people in India marked Diwali, the Hindu festival of lights, with air quality in the capital already rated very poor before the evening's fireworks."],
      "diwali-delhi-smog-2024", n="Indian festival / air pollution."),
  E("2024-10-31 12:15", "Blinken: 8,000 North Korean troops in Russia's Kursk region",
    ["The United States believes about 8,000 North Korean soldiers are now in Russia's Kursk region, close to the border with Ukraine, Secretary of State Antony Blinken said after talks with South Korean ministers."],
    "other", "frontline", 3, NK8K, sec=["diplomacy"]),
  OFF("2024-10-31 09:00", "Borrowing costs rise as markets weigh UK budget",
      ["UK government bond yields climbed for a second day as investors assessed the extra borrowing announced in Wednesday's budget."], "uk-budget-gilt-yields", n="UK economy."),
  ]))

SEEDS.append(dict(id="8123", name="8123_gallowbank-article", ext="txt", source="Gallowbank Review", zone="Europe/Berlin", render=r_gallowbank,
  title="Ukraine on Thursday: North Korean troops in Kursk, deadly bombing in Zaporizhzhya", byline="Jonas Brettschneider", published_t="2024-10-31 19:45",
  lede="The most important developments of the day at a glance.", more="How North Korea's army is organised",
  notes="Invented outlet: English edition of a German-language site, German chrome ('Startseite', 'Teilen', 'Artikel vorlesen', 'Mehr zum Thema', 'Kommentare'). Text article with three section headings; one entry per section, stamp null, published = the dateline 'Stand: 31.10.2024 19:45 Uhr' (CET, UTC+1). Byline printed 'Von Jonas Brettschneider' (author = the name). Spelling 'Zaporizhzhya'. " + D1,
  not_entries=["outlet name, breadcrumb 'Startseite › Ausland › Ukraine', 'English edition'", "title line", "'Stand: ...' dateline and 'Von ...' byline", "'Teilen', 'Artikel vorlesen'",
               "lede 'The most important developments of the day at a glance.'", "'Mehr zum Thema' and its link", "'Kommentare (12)'", "footer"],
  entries=[
  E("2024-10-31 19:45", "Blinken: 8,000 North Korean soldiers in Kursk",
    ["The US secretary of state said around 8,000 soldiers from North Korea are now in the Kursk border region and could be sent into combat against Ukrainian troops soon.",
     "South Korea's defence minister, speaking alongside him in Washington, called the deployment a threat to security in Europe and Asia alike."],
    "other", "frontline", 3, NK8K, a="Jonas Brettschneider", sec=["diplomacy"]),
  E("2024-10-31 19:45", "Bombs on Zaporizhzhya: six dead",
    ["In Zaporizhzhya, the number of dead after a Russian attack on a residential high-rise rose to six in the afternoon.",
     "According to the regional administration, glide bombs were used."],
    "strikes", "strikes", 3, ZAP, a="Jonas Brettschneider"),
  E("2024-10-31 19:45", "Berlin hands over another IRIS-T system",
    ["Germany has delivered another IRIS-T SLM air defence system to Ukraine, the defence ministry in Berlin said, along with missiles for launchers already in service."],
    "aid", "aid", 2, "germany-iris-t-delivery-2024-10-31", a="Jonas Brettschneider", n="A different aid decision from Japan's loan share: must not merge."),
  ]))

SEEDS.append(dict(id="8124", name="8124_cowgill-atom", ext="xml", source="Cowgill Evening Wire", zone="Europe/Warsaw", render=r_atom,
  title="Cowgill Evening Wire - Europe", url="https://cowgillwire.example/europe", lede="Evening wire from Warsaw",
  notes="Invented outlet. Atom 1.0, newest first, <published> with +01:00 (CET); escaped HTML in <content type='html'>; per-entry <author>. Entry 02 is about the Zaporizhzhia NUCLEAR PLANT (same place name, different event from the apartment bombing: must not merge). " + D1,
  not_entries=["feed title, subtitle, links, id, updated", "per-entry <id>/<updated>/<link> values"],
  entries=[
  dict(E("2024-10-31 21:30", "Zaporizhzhia: 19 injured, rescue operation over",
    ["Rescuers in Zaporizhzhia finished searching the ruins of the bombed apartment block on Thursday evening, with six people dead and 19 injured, the city's military administration said."],
    "strikes", "strikes", 3, ZAP, a="Tomasz Wierzbicki"), slug="zaporizhzhia-rescue-ends"),
  dict(E("2024-10-31 19:05", "IAEA: Zaporizhzhia plant lost backup line for five hours",
    ["The Russian-held Zaporizhzhia nuclear power plant was left relying on a single power line for about five hours after its backup connection was cut, the International Atomic Energy Agency said.",
     "Its six reactors are in cold shutdown but still need electricity for cooling."],
    "other", "security", 2, "zaporizhzhia-npp-backup-line-2024-10-31", a="Agnieszka Rudnik", n="Same place name as the apartment bombing, different event: must not merge."),
    slug="iaea-zaporizhzhia-backup-line"),
  dict(E("2024-10-31 16:20", "Tokyo sets out $3bn share of G7 loan",
    ["Japan's finance ministry said it would lend Ukraine about $3bn under the G7 scheme financed by the proceeds of immobilised Russian assets."],
    "aid", "aid", 3, JPN, a="Agnieszka Rudnik"), slug="tokyo-g7-loan-share"),
  dict(E("2024-10-31 11:50", "Poland to spend billions on shelters",
    ["Poland will spend about 32 billion zlotys over the next decade on shelters and civil protection, the interior ministry said, citing the war across its eastern border."],
    "other", "security", 2, "poland-civil-protection-shelters", a="Tomasz Wierzbicki"), slug="poland-shelters-plan"),
  ]))

# ---------------- Day 2: 2024-11-01
SEEDS.append(dict(id="8130", name="8130_marrick-htmllive", ext="html", source="Marrick Ledger", zone="Europe/Kyiv", render=r_marrick,
  title="Live: drones hit Odesa port; Zaporizhia mourns", byline="Oksana Pidhirna", dateline="1 November 2024",
  lede="Updates from Ukraine through Friday.", url="https://marrickledger.example/live/2024-11-01",
  notes="Invented outlet (same as 8121, next day's page; same layout). HTML live blog, OLDEST first, Kyiv time (EET, UTC+2), LiveBlogPosting JSON-LD per update. Entry 02 re-posts day 1's 8121-06 nearly verbatim (importance 1). Entry 03 is a photo teaser without body. Entry 04 continues the day-1 Zaporizhzhia story with a new development (seventh death) and keeps its slug. Entry 05 is a separate evening attack on an energy site in Odesa region (same place, different event from the port strike: must not merge). Entry 06 has no headline. " + D2,
  not_entries=["brand and menu", "h1 title", "meta line 'By Oksana Pidhirna · 1 November 2024 · All times Kyiv'", "standfirst", "'Link to this update' permalinks", "donation plug", "footer"],
  entries=[
  E("2024-11-01 07:10", "Drone strike on Odesa port district kills one",
    ["One person was killed and five injured when Russian attack drones hit the port district of Odesa early on Friday, regional governor Oleh Kiper said.",
     "A warehouse and several cars caught fire."],
    "strikes", "strikes", 3, ODS, a="Oksana Pidhirna"),
  E("2024-11-01 07:40", "Zelensky: North Korean units could enter battle 'within days'",
    ["President Volodymyr Zelensky said in a video address that Ukraine expected North Korean units to be sent into the fighting in the Kursk region within days, and accused allies of watching rather than acting."],
    "other", "frontline", 1, ZWARN, a="Oksana Pidhirna", n="Re-post of day-1 entry 8121-06 (same headline, same text) -> importance 1; duplicate_of is null because the original is on another page."),
  E("2024-11-01 09:25", "Pictured: firefighters at the burning warehouse in Odesa", [], "strikes", "strikes", 1, ODS, a="Oksana Pidhirna", n="Photo teaser without body -> importance 1."),
  E("2024-11-01 12:10", "Zaporizhia woman dies in hospital, toll now seven",
    ["A woman injured in Thursday's bombing of an apartment block in Zaporizhia has died in hospital, bringing the death toll to seven, governor Ivan Fedorov said.",
     "The city declared Friday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Oksana Pidhirna", n="Continuation of the day-1 story with a new development (seventh death): keeps the day-1 slug; carried by two day-2 seeds -> 3."),
  E("2024-11-01 19:35", "Drones hit energy site in Odesa region, thousands without power",
    ["A separate drone attack in the evening damaged an energy facility in the Odesa region, cutting power to about 30,000 homes, the regional administration said."],
    "strikes", "strikes", 2, "odesa-region-evening-energy-strike-2024-11-01", a="Oksana Pidhirna", n="Same place as the morning port strike, different attack: must not merge."),
  E("2024-11-01 21:20", None,
    ["Ukraine's general staff said its troops had repelled 14 Russian assaults near Pokrovsk during the day, the heaviest fighting anywhere along the front."],
    "other", "frontline", 2, "pokrovsk-assaults-2024-11-01", a="Oksana Pidhirna", n="Post without a headline."),
  ]))

SEEDS.append(dict(id="8131", name="8131_thornabyreach-textlive", ext="txt", source="Thornaby Reach Gazette", zone="Europe/London", render=r_thornaby,
  title="Russia-Ukraine war: live updates", dateline="Friday 1 November 2024", lede="The latest from Ukraine and Russia on Friday.",
  notes="Invented outlet. Text live blog, OLDEST first, GMT ('All times GMT'). Each post: headline, body, then a trailing stamp line '09:40 | NAME' (time and author AFTER the post) and 'Share this post'. Entry 03 is the day's theme piece (explainer). Entry 04 repeats entry 02 nearly verbatim (duplicate_of 8131-02). " + D2,
  not_entries=["masthead and menu", "title, date line, 'All times GMT' and standfirst", "'Share this post' after every post", "newsletter plug", "'Back to top' and footer"],
  entries=[
  E("2024-11-01 06:50", "Two killed as drones hit Odesa port area",
    ["Two people died and at least seven were hurt when Russian drones struck near the port in Odesa around dawn, according to the regional governor."],
    "strikes", "strikes", 3, ODS, a="Aled Morcom"),
  E("2024-11-01 08:30", "Choe Son Hui arrives for talks with Lavrov",
    ["North Korea's foreign minister, Choe Son Hui, has begun talks in Moscow with Sergei Lavrov, Russian state media reported, days after Washington said thousands of North Korean troops were in the Kursk region."],
    "diplomacy", "diplomacy", 3, CHOE, a="Aled Morcom", n="Not the same event as day 1's US troop estimate: must not merge across days."),
  E("2024-11-01 10:15", "Explainer: How Ukraine's power grid is bracing for winter",
    ["Russian strikes since March have knocked out a large share of Ukraine's generating capacity, much of it at thermal and hydroelectric plants.",
     "The government is relying on electricity imports from EU neighbours, small gas-fired units spread around cities and rooftop solar panels to get through the cold months.",
     "Officials have warned that a new wave of attacks on the grid could mean power cuts lasting many hours a day."],
    "other", "humanitarian", 2, "explainer-ukraine-grid-winter-2024", a="Fiona Garside", sec=["strikes"], n="Theme piece (explainer with body): own story, importance 2."),
  E("2024-11-01 13:05", "Choe Son Hui arrives for Lavrov talks",
    ["North Korea's foreign minister, Choe Son Hui, has begun talks in Moscow with Sergei Lavrov, Russian state media said, days after Washington said thousands of North Korean troops were in the Kursk region."],
    "diplomacy", "diplomacy", 1, CHOE, a="Aled Morcom", dup="8131-02", n="Near-verbatim repeat of 8131-02 (headline shortened) -> importance 1."),
  E("2024-11-01 15:30", "Netherlands to fund F-16 munitions and spare parts",
    ["The Netherlands will spend a further €400m on munitions and spare parts for Ukraine's F-16 fleet, defence minister Ruben Brekelmans said."],
    "aid", "aid", 2, "netherlands-f16-munitions-2024-11-01", a="Fiona Garside"),
  E("2024-11-01 17:50", "Russia says 39 drones downed over southern regions",
    ["Russia's defence ministry said its air defences destroyed 39 Ukrainian drones over the Krasnodar and Rostov regions and the Sea of Azov during the afternoon."],
    "strikes", "strikes", 2, "russia-says-drones-downed-2024-11-01", a="Fiona Garside"),
  ]))

SEEDS.append(dict(id="8132", name="8132_pexton-worldatom", ext="xml", source="Pexton World Desk", zone="Asia/Kolkata", render=r_atom,
  title="Pexton World Desk: World", url="https://pextonworlddesk.example/world", lede="World news from our desk in Mumbai",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> with +05:30 (IST); 4 of 6 entries off-beat. Local (IST) times run from 08:05 to 23:10 on 1 November, i.e. 02:35-17:40 UTC, all on the UTC day. Spelling 'Odessa'. " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "per-entry <id>/<updated>/<link> values"],
  entries=[
  dict(OFF("2024-11-01 23:10", "US hiring slows sharply as storms and strikes weigh",
      ["American employers added far fewer jobs than expected in October, official figures showed, with hurricanes and a strike at Boeing holding down hiring."],
      "us-jobs-report-october-2024", a="Agencies", n="US economy."), slug="us-hiring-slows"),
  dict(E("2024-11-01 20:25", "Lavrov hosts North Korea's top diplomat in Moscow",
    ["Russian Foreign Minister Sergei Lavrov held talks with his North Korean counterpart Choe Son Hui in Moscow on Friday, as Western governments accused Pyongyang of sending troops to fight for Russia."],
    "diplomacy", "diplomacy", 3, CHOE, a="Agencies"), slug="lavrov-hosts-choe"),
  dict(E("2024-11-01 17:45", "Odessa: three killed in Russian drone strike on port",
    ["The number of people killed in a Russian drone attack on the port of Odessa has risen to three, Ukrainian officials said on Friday afternoon, with eight people wounded."],
    "strikes", "strikes", 3, ODS, a="Agencies"), slug="odessa-port-drone-strike"),
  dict(OFF("2024-11-01 14:30", "Spain flood toll passes 200 as search goes on",
      ["The number of people killed in the floods in eastern Spain has risen above 200, and rescuers are still searching cars and underground car parks for victims."],
      "spain-valencia-floods-2024", a="Agencies", n="Spanish floods."), slug="spain-flood-toll-200"),
  dict(OFF("2024-11-01 11:15", "India and New Zealand begin final Test in Mumbai",
      ["New Zealand chose to bat first in the third and final Test against India at the Wankhede Stadium, having already won the series."],
      "india-new-zealand-mumbai-test", a="Sports Desk", n="Cricket."), slug="india-nz-mumbai-test"),
  dict(OFF("2024-11-01 08:05", "Delhi wakes to thick smog after Diwali fireworks",
      ["Air quality in Delhi fell into the severe category on Friday morning after a night of fireworks, despite a ban on firecrackers in the capital."],
      "delhi-smog-after-diwali-2024", a="Pexton World Desk", n="Indian air pollution."), slug="delhi-smog-diwali"),
  ]))

SEEDS.append(dict(id="8133", name="8133_scargillbridge-article", ext="html", source="Scargill Bridge Post", zone="Europe/Kyiv", render=r_scargill,
  title="Odesa port struck as Zaporizhzhia buries its dead", byline="Dmytro Harkusha", published_t="2024-11-01 18:30",
  lede="A dawn drone attack on Odesa killed three people, while Zaporizhzhia held a day of mourning for the victims of Thursday's bombing.",
  notes="Invented outlet. HTML article with three h2 sections and NewsArticle JSON-LD (+02:00); one entry per section, stamp null, published = the dateline '1 November 2024, 18:30 (Kyiv time)' (EET, UTC+2). Page byline for every section. Section 02 continues the day-1 Zaporizhzhia story (keeps its slug). Section 03 (Sybiha) shares the North Korea theme with the Choe-Lavrov talks but is a different statement: must not merge. " + D2,
  not_entries=["header and menu", "h1 title", "lede paragraph", "byline and dateline", "photo caption 'Smoke over the port area. Photo: Scargill Bridge Post'", "'Related:' link", "footer"],
  entries=[
  E("2024-11-01 18:30", "Three dead after drone strike on Odesa port",
    ["Three people have now died after Russian drones hit the port area of Odesa at dawn, regional governor Oleh Kiper said.",
     "Port infrastructure, a warehouse and a civilian vehicle were damaged."],
    "strikes", "strikes", 3, ODS, a="Dmytro Harkusha"),
  E("2024-11-01 18:30", "Zaporizhzhia mourns seven",
    ["Flags flew at half-mast in Zaporizhzhia on Friday as the city mourned the seven people killed when glide bombs struck a residential building the day before.",
     "A woman who had been pulled from the rubble died in hospital overnight."],
    "strikes", "strikes", 3, ZAP, a="Dmytro Harkusha", n="Continuation of the day-1 story (day of mourning, seventh death): keeps the day-1 slug."),
  E("2024-11-01 18:30", "Sybiha urges partners to punish Pyongyang",
    ["Foreign Minister Andrii Sybiha called on Ukraine's partners to answer North Korea's troop deployment with new sanctions and stronger military help for Kyiv, rather than statements of concern."],
    "diplomacy", "diplomacy", 2, "sybiha-north-korea-pressure-call-2024-11-01", a="Dmytro Harkusha", sec=["aid"], n="Separate statement from the Choe-Lavrov talks: must not merge."),
  ]))

# ---------------- Day 3: 2024-12-27
SEEDS.append(dict(id="8140", name="8140_harwooddale-htmllive", ext="html", source="Harwood Dale Times", zone="Europe/London", render=r_harwood,
  title="Ukraine war live: missile strike on Kryvyi Rih; Finland says tanker dragged anchor", dateline="Friday 27 December 2024",
  url="https://harwooddaletimes.example/world/live/2024/dec/27/ukraine-war-live",
  notes="Invented outlet. HTML live blog, newest first, Key Points box (two headlines). Visible stamps '7.10pm' in <time datetime> (+00:00, GMT). Per-post contributor line after the body. The LiveBlogPosting JSON-LD is misleading on purpose (as some real producers are): every liveBlogUpdate carries the PAGE's headline and datePublished, so per-entry times must come from the HTML. Entry 02 is the day's theme piece (analysis); entry 04 is a photo teaser without body. " + D3,
  not_entries=["cookie consent line", "header and menu", "h1 title and date line", "'Key Points' box (its items repeat post headlines)", "contributor lines (author)", "briefing promo", "footer"],
  entries=[
  E("2024-12-27 19:10", "Kryvyi Rih death toll rises to three",
    ["A third person has died after Friday morning's missile strike on Kryvyi Rih, the head of the city's military administration, Oleksandr Vilkul, said.",
     "Eleven people were wounded, and an office building and a five-storey block of flats were damaged."],
    "strikes", "strikes", 3, KRH, a="Sian Rowntree", kp=True),
  E("2024-12-27 17:25", "Analysis: How much of Ukraine's grid survived Christmas?",
    ["The Christmas Day barrage was aimed squarely at thermal power plants and at the high-voltage substations that move electricity around the country.",
     "Engineers have become quicker at patching damaged equipment, but spare transformers are running short and each new attack takes longer to repair.",
     "That leaves the grid dependent on imports and on mild weather through January."],
    "strikes", "strikes", 2, "analysis-ukraine-grid-after-christmas-strikes", a="Jonah Ferrity",
    n="Theme piece (analysis with body): own story, importance 2; same theme as 8141-03 (water restored after the Christmas strike) but not the same event."),
  E("2024-12-27 15:40", "Finnish police say tanker dragged anchor across cable route",
    ["Finnish investigators said the tanker Eagle S appears to have dragged its anchor along the seabed for dozens of kilometres, across the route of the Estlink 2 power cable that failed on Christmas Day.",
     "The ship, which Finland says belongs to Russia's shadow fleet, has been moved to an anchorage near Porvoo."],
    "other", "security", 3, EGL, a="Sian Rowntree", kp=True),
  E("2024-12-27 13:05", "Photos: Kryvyi Rih after the missile strike", [], "strikes", "strikes", 1, KRH, n="Photo teaser without body -> importance 1."),
  E("2024-12-27 10:20", "Kyiv says North Korean troops suffering heavy losses in Kursk",
    ["Ukrainian military intelligence said North Korean units fighting in the Kursk region had lost several hundred soldiers killed or wounded in the past week, a figure that could not be verified."],
    "other", "frontline", 2, "kursk-north-korean-losses-claim-2024-12-27", a="Jonah Ferrity"),
  E("2024-12-27 08:05", "Missile hits Kryvyi Rih, one dead",
    ["A Russian ballistic missile struck the centre of Kryvyi Rih shortly before 10am local time, killing one person, city officials said."],
    "strikes", "strikes", 3, KRH, a="Sian Rowntree"),
  ]))

SEEDS.append(dict(id="8141", name="8141_langdonbeck-textlive", ext="txt", source="Langdon Beck Dispatch", zone="Europe/Kyiv", render=r_langdon,
  title="Live: missile strike on Kryvyy Rih", dateline="Friday, 27 December", byline="Taras Voloshyn", parse_args=["--date", "2024-12-27"],
  lede="Updates through the day from our newsroom in Kyiv.",
  notes="Invented outlet. Text live blog, OLDEST first, Kyiv time (EET, UTC+2, implied by 'By ... · Kyiv'); the date line 'Friday, 27 December' has no year and nothing on the page names one (parse_args --date 2024-12-27). Each post a '[10:20]' line before the headline. One page byline. Entry 03 is about the Christmas Day strike's aftermath in the same city (must not merge with the missile strike). Entry 05 repeats entry 01 nearly verbatim (duplicate_of 8141-01). Spelling 'Kryvyy Rih'. " + D3,
  not_entries=["masthead and menu", "title and date line", "byline 'By Taras Voloshyn · Kyiv'", "standfirst", "'Read also: ...' link", "closing line and footer"],
  entries=[
  E("2024-12-27 07:30", "Overnight: 31 drones launched, 20 shot down",
    ["Russia launched 31 Shahed-type drones at Ukraine overnight, and air defences destroyed 20 of them, the air force said.",
     "Most of the remaining drones were lost from radar, probably because of electronic jamming."],
    "strikes", "strikes", 2, "overnight-drone-attack-2024-12-27", a="Taras Voloshyn"),
  E("2024-12-27 10:20", "Ballistic missile strikes Kryvyy Rih",
    ["A ballistic missile hit the centre of Kryvyy Rih at about 09:50, killing one person and wounding several, city officials said."],
    "strikes", "strikes", 3, KRH, a="Taras Voloshyn"),
  E("2024-12-27 11:45", "Water back in Kryvyy Rih districts hit on Christmas Day",
    ["Water supply has been restored to the last districts of Kryvyy Rih that lost it after the Christmas Day attack on the city's energy infrastructure, Oleksandr Vilkul said."],
    "other", "humanitarian", 2, "kryvyi-rih-christmas-strike-water-restored", a="Taras Voloshyn", sec=["strikes"],
    n="Aftermath of the 25 December attack: same city as today's missile strike, different event: must not merge."),
  E("2024-12-27 14:10", "Kryvyy Rih: two dead, 11 injured",
    ["The number of people killed in the morning missile strike on Kryvyy Rih has risen to two, and 11 were injured, the regional governor said."],
    "strikes", "strikes", 3, KRH, a="Taras Voloshyn"),
  E("2024-12-27 16:00", "Overnight: 31 drones launched, 20 downed",
    ["Russia launched 31 Shahed-type drones at Ukraine overnight, and air defences destroyed 20 of them, the air force said.",
     "Most of the remaining drones were lost from radar, probably because of electronic jamming."],
    "strikes", "strikes", 1, "overnight-drone-attack-2024-12-27", a="Taras Voloshyn", dup="8141-01", n="Near-verbatim repeat of 8141-01 (headline shortened) -> importance 1."),
  E("2024-12-27 18:35", "Zelensky: partners promised more air defence after Christmas attack",
    ["Volodymyr Zelensky said several allies had promised additional air defence systems and missiles following the Christmas Day strikes, without naming them."],
    "aid", "aid", 2, "zelensky-air-defence-pledges-2024-12-27", a="Taras Voloshyn"),
  ]))

SEEDS.append(dict(id="8142", name="8142_birkbyfell-worldrss", ext="xml", source="Birkby Fell Chronicle", zone="America/New_York", render=r_rssworld, rfc="num",
  title="Birkby Fell Chronicle: World", url="https://birkbyfell.example", lede="World news, as it happens.",
  notes="Invented outlet. General world-news RSS 2.0 feed from New York, newest first, pubDate with -0500 (EST); 4 of 6 items off-beat. The oldest item is dated Thu, 26 Dec 2024 20:30 -0500 locally, which is 01:30 UTC on 27 December: all items fall on the UTC day. Entry 04 (airliner crash) is about Russian air defence firing on Ukrainian drones: other/security with secondary strikes. Spelling 'Krivoy Rog'. " + D3,
  not_entries=["channel title/link/description/language", "<guid> and <category> values"],
  entries=[
  OFF("2024-12-27 17:40", "Stocks drift lower in thin post-holiday trade",
      ["Wall Street closed lower on Friday in one of the quietest trading weeks of the year, with technology shares leading the decline."], "us-stocks-post-holiday-2024-12-27", n="Markets."),
  OFF("2024-12-27 14:15", "South Korean lawmakers impeach acting president",
      ["South Korea's parliament voted to impeach acting president Han Duck-soo, less than two weeks after President Yoon Suk Yeol was impeached over his brief declaration of martial law."],
      "south-korea-acting-president-impeached", n="South Korean politics."),
  E("2024-12-27 11:05", "Krivoy Rog: Russian missile kills two, Ukrainian officials say",
    ["A Russian ballistic missile struck the central Ukrainian city of Krivoy Rog on Friday morning, killing two people and injuring 11, according to regional authorities."],
    "strikes", "strikes", 3, KRH),
  E("2024-12-27 08:30", "Baku points to outside interference in airliner crash",
    ["Azerbaijani officials said the passenger jet that crashed in Kazakhstan on Christmas Day was damaged by outside interference over southern Russia, where air defences had been firing at Ukrainian drones."],
    "other", "security", 2, "azerbaijan-airlines-crash-cause", sec=["strikes"],
    n="War-related (Russian air defence engaging Ukrainian drones) but the headline leads with the crash inquiry: other/security, secondary strikes."),
  OFF("2024-12-27 06:00", "Airlines report busiest holiday week on record",
      ["US airports screened record numbers of passengers over the Christmas period, according to the Transportation Security Administration."], "us-holiday-air-travel-record", n="US travel."),
  OFF("2024-12-26 20:30", "Twenty years on, tsunami survivors gather on Indian Ocean shores",
      ["Survivors and relatives of the victims of the 2004 Indian Ocean tsunami held memorials in Indonesia, Sri Lanka, India and Thailand, two decades after the disaster."],
      "indian-ocean-tsunami-20th-anniversary", n="Anniversary; local date 26 December, UTC 27 December 01:30."),
  ]))

SEEDS.append(dict(id="8143", name="8143_ebberston-listing", ext="txt", source="Ebberston Radio", zone="Europe/Helsinki", render=r_ebberston,
  title="News in English", lede="Our English-language news service from Helsinki.",
  notes="Invented outlet: English news service of a Finnish broadcaster, text scrape with Finnish chrome ('Hyväksy evästeet', 'Jaa', 'Lisää uutisia'). Newest first. Each item: headline, then the stamp line '27.12.2024 18:40' (day.month.year, Finnish time EET = UTC+2, no zone printed), body, author line, 'Jaa'. Entry 03 (border crossings) shares the Finland-Russia security theme with the tanker investigation but is a different event: must not merge. " + D3,
  not_entries=["outlet name and Finnish menu", "cookie buttons 'Hyväksy evästeet  Evästeasetukset'", "section title 'News in English' and its description", "author lines", "'Jaa' (share) after each item",
               "'Lisää uutisia' (more news)", "footer"],
  entries=[
  E("2024-12-27 18:40", "Police: tanker's anchor dragged along seabed for dozens of kilometres",
    ["The National Bureau of Investigation said the Eagle S, held off the Finnish coast, was missing an anchor and that drag marks had been found on the seabed along its route.",
     "Investigators are treating the damage to the Estlink 2 cable as suspected aggravated sabotage."],
    "other", "security", 3, EGL, a="Aino Rautio"),
  E("2024-12-27 15:20", "Two killed in missile strike on Kryvyi Rih",
    ["Two people were killed and 11 injured when a Russian missile hit the centre of the Ukrainian city of Kryvyi Rih on Friday morning, local authorities said."],
    "strikes", "strikes", 3, KRH, a="Aino Rautio"),
  E("2024-12-27 11:10", "Eastern border crossings to stay closed into spring",
    ["The government decided to keep all crossing points on the border with Russia closed until at least the end of April, citing the risk of Moscow again steering migrants towards Finland."],
    "other", "security", 2, "finland-eastern-border-closure-extended", a="Mikael Haapala", n="Same Finland-Russia security theme as the tanker case, different event: must not merge."),
  E("2024-12-27 09:30", "Temporary protection for Ukrainians extended to 2026",
    ["Ukrainians living in Finland under temporary protection can stay until March 2026 after the EU-wide extension took effect, the Finnish Immigration Service said."],
    "other", "humanitarian", 2, "finland-temporary-protection-ukrainians-2026", a="Mikael Haapala"),
  ]))


# ============================================================ emit
BASIS = {
  "r_shields": "stamp '{s}' (time and zone, no date); date from the page's 'Published 16th Jul 2024' / 'Updated 16th Jul 2024' lines; BST = UTC+1",
  "r_hartlepool": "no per-section time; the article's 'Published 29th Jul 2024, 16:42 BST' line used for every section (BST = UTC+1); JSON-LD datePublished 2024-07-29T15:42:00.000Z agrees",
  "r_lancs": "card stamp '{s}' (ordinal date, 12-hour time, no zone); UK time implied by the outlet, BST = UTC+1",
  "r_dorset": "pubDate '{s}' (explicit +0100)",
  "r_swindon": "stamp '{s}' after the headline (no zone) on the blog's day {d}; <time datetime> and JSON-LD update datePublished give the same instant with +01:00 (BST)",
  "r_bolton": "stamp '{s}' under the date line 'Saturday, 31 August' (no year on the page: parse_args --date 2024-08-31); UK time implied, BST = UTC+1",
  "r_york": "stamp '{s}' (24-hour, no zone) under the page date 'Friday 18 October 2024'; UK time implied, BST = UTC+1",
  "r_shropshire": "relative stamp '{s}' resolved against the printed 'Last updated 20:40, Monday 25 November 2024' (UK time, GMT = UTC)",
  "r_western": "visible stamp '{s}' has no year; <time datetime> carries {d} and +01:00 (BST)",
  "r_shetland": "pubDate '{s}' (explicit +0000 = UTC; local Shetland time is BST, one hour later)",
  "r_fenwick": "stamp '{s}' on the page's date line 'Thursday 31 October 2024'; GMT = UTC",
  "r_marrick": "stamp '{s}' in <time datetime> (+02:00) on {d}; Kyiv EET = UTC+2; JSON-LD update datePublished agrees",
  "r_rssworld": "pubDate '{s}' (explicit zone)",
  "r_gallowbank": "no per-section time; the dateline 'Stand: 31.10.2024 19:45 Uhr' (CET = UTC+1) used for every section",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_thornaby": "trailing stamp '{s}' on the page's date line 'Friday 1 November 2024'; 'All times GMT'",
  "r_scargill": "no per-section time; the dateline '1 November 2024, 18:30 (Kyiv time)' (EET = UTC+2) used for every section; JSON-LD datePublished agrees",
  "r_harwood": "stamp '{s}' in <time datetime> (+00:00) on the page's date 'Friday 27 December 2024'; GMT = UTC; JSON-LD update dates are page-level and were ignored",
  "r_langdon": "stamp '{s}' under the date line 'Friday, 27 December' (no year: parse_args --date 2024-12-27); Kyiv EET = UTC+2",
  "r_ebberston": "stamp '{s}' (day.month.year and 24-hour time) after the headline; Finnish time implied, EET = UTC+2",
}
EXTRA_BASIS = {
  "8105-07": "; after 11.55pm the clock wraps to 12.35am: midnight crossing into Sunday 1 September local time, still 31 August in UTC",
  "8104-01": "; pinned post printed above the newest-first list",
  "8142-06": "; local date is 26 December (EST), UTC date 27 December",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        if S.get("curly"):  # WordPress texturizes apostrophes: U+2019 in content, &#8217; in titles
            for e in S["entries"]:
                e["h"] = e["h"] and e["h"].replace("'", "\u2019")
                e["p"] = [p.replace("'", "\u2019") for p in e["p"]]
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC); eid = f"{S['id']}-{i + 1:02d}"
            ents.append({"id": eid, "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]) + EXTRA_BASIS.get(eid, ""),
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
        print(fn, len(ents))
    print("total", total)


if __name__ == "__main__":
    main()

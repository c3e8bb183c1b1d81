#!/usr/bin/env python3
"""Builds eval/aw seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/aw/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = {"Europe/London": "BST", "Europe/Berlin": "CEST", "Europe/Madrid": "CEST", "Europe/Kyiv": "EEST", "America/New_York": "ET"}


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
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


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps, blank=True):
    out = []
    for p in ps:
        out += [p, ""] if blank else [p]
    return out


def iso(d):
    return d.isoformat()


# ============================================================ Part A renderers (imitated layouts, own wording)

def r_guernsey(S):  # Guernsey Press world-news listing, text scrape; standfirst, then "By ..." and "Published: Jul 9, 2023 10:10 PM" AFTER the text
    z = S["zone"]
    L = ["Skip to main content", "Guernsey Press", S["clock"], "Search   Subscribe   Sign in", "",
         "News  Sport  Business  Leisure  Opinion  Announcements  Jobs  Property  Motors  Public Notices  ePaper", "",
         "We use cookies to personalise content and ads and to analyse our traffic. By clicking \u201cAccept all\u201d you consent to our use of cookies. Accept all  Manage preferences", "",
         "News \u203a World", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published: {MON3[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', upper=True)}"
        stamps.append(st)
        line = st
        if e.get("upd"):
            u = dt(e["upd"], z)
            line += f" | Last updated: {MON3[u.month - 1]} {u.day}, {u.year} {ampm(u, space=' ', upper=True)}"
        L += [e["h"]] + ptxt(e["p"], blank=False) + [f"By {e['byl']}", line, f"{e.get('cc', 0)} comments", ""]
        if i == 2:
            L += ["Sign up for the Guernsey Press daily newsletter", "The top stories from the island and beyond, every morning.", "Email address   Sign up", ""]
    L += ["Load more", "", "Most read", "1  Harbour works to close part of the Albert Pier car park", "2  Island netball squad named for Jersey clash",
          "3  Sark ferry timetable changes from next week", "", "Contact us  |  Advertise  |  Terms  |  Privacy  |  Cookie settings",
          "\u00a9 Guernsey Press and Star Ltd"]
    return "\n".join(L) + "\n", stamps


def r_iom(S):  # Isle of Man Today (Tindle) news listing, HTML; "Monday 31st July 2023 9:45 pm" after headline + summary
    z = S["zone"]
    items = [{"@type": "ListItem", "position": i + 1, "url": f"https://www.iomtoday.co.im/news/{e['slug']}-{640120 + i}"} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Isle of Man Today</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div id="onetrust-banner-sdk"><p>We value your privacy. We and our partners store and access information on your device to show you personalised content and measure audiences.</p>'
           '<button>Accept All Cookies</button> <button>Cookie Settings</button></div>',
           '<header class="masthead"><a class="logo" href="/">Isle of Man Today</a><div class="titles">Manx Independent | Isle of Man Examiner | Manx Courier</div>',
           '<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/whats-on">What\'s On</a> <a href="/tt">TT</a> <a href="/business">Business</a> '
           '<a href="/property">Property</a> <a href="/jobs">Jobs</a> <a href="/puzzles">Puzzles</a> <a class="sub" href="/subscribe">Subscribe</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS_EN[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year} {ampm(d, space=' ')}"
        stamps.append(st)
        out.append(f'<article class="card"><a class="card__category" href="/news/{e["cat"].lower()}">{e["cat"]}</a>'
                   f'<h2 class="card__title"><a href="/news/{e["slug"]}-{640120 + i}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="card__summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="card__meta"><span class="card__author">{esc(e["a"])}</span> <span class="card__date">{st}</span></div></article>')
        if i == 3:
            out.append('<div class="newsletter-signup"><h3>Sign up to our newsletters</h3><p>Get the latest Manx news straight to your inbox.</p><input type="email"> <button>Sign up</button></div>')
    out += ['<a class="load-more">Load more</a></main>',
            '<aside class="most-read"><h3>Most Read</h3><ol><li><a>Roadworks on Peel Road to run into September</a></li><li><a>Castletown school wins national award</a></li>'
            '<li><a>Dog walkers warned after adder sightings on the Ayres</a></li></ol></aside>',
            '<footer><a>About us</a> <a>Contact</a> <a>Terms and conditions</a> <a>Privacy notice</a> <a>Cookie settings</a> \u00a9 Tindle Newspapers</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_colombo(S):  # Colombo Gazette WordPress category feed: pubDate +0000, dc:creator, excerpt + "The post ... appeared first on Colombo Gazette."
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<atom:link href="https://colombogazette.com/category/world/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://colombogazette.com/category/world/</link>', '<description>Sri Lanka News</description>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en-US</language>', '<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.3</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC)
        st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        url = f"https://colombogazette.com/2023/{u:%m}/{u:%d}/{e['slug']}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:28]) + " [&#8230;]" if len(words) > 28 else e["p"][0]
        footer = f'<p>The post <a rel="nofollow" href="{url}">{esc(e["h"])}</a> appeared first on <a rel="nofollow" href="https://colombogazette.com">Colombo Gazette</a>.</p>'
        body = "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + (f"\n<p>{e['credit']}</p>" if e.get("credit") else "")
        out += ["<item>", f"\t<title>{esc(e['h'])}</title>", f"\t<link>{url}</link>", f"\t<comments>{url}#respond</comments>",
                f"\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t<pubDate>{st}</pubDate>",
                "\t" + "".join(f"<category><![CDATA[{c}]]></category>" for c in e.get("cats", ["World"])),
                f'\t<guid isPermaLink="false">https://colombogazette.com/?p={512300 + 37 * i}</guid>',
                f"\t<description><![CDATA[<p>{excerpt}</p>\n{footer}\n]]></description>",
                f"\t<content:encoded><![CDATA[{body}\n{footer}\n]]></content:encoded>",
                f"\t<wfw:commentRss>{url}feed/</wfw:commentRss>", "\t<slash:comments>0</slash:comments>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_kabulnow(S):  # KabulNow WordPress category archive, HTML: Yoast @graph; visible "September 29, 2023", time only in <time datetime> (+04:30)
    z = S["zone"]
    base = "https://kabulnow.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{base}/category/world/", "url": f"{base}/category/world/", "name": f"{S['title']} Archives - KabulNow",
         "isPartOf": {"@id": f"{base}/#website"}, "breadcrumb": {"@id": f"{base}/category/world/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": f"{base}/category/world/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"}, {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "KabulNow", "publisher": {"@id": f"{base}/#organization"}, "inLanguage": "en-US"},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "KabulNow", "url": f"{base}/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} Archives - KabulNow</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head>',
           '<body class="archive category category-world">',
           '<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">KabulNow</a></p>',
           '<nav id="site-navigation"><ul><li><a href="/">Home</a></li><li><a href="/category/news/">News</a></li><li><a href="/category/opinion/">Opinion</a></li>'
           '<li><a href="/category/features/">Features</a></li><li><a href="/category/women/">Women</a></li><li><a href="/category/world/">World</a></li>'
           '<li><a href="/fa/">\u0641\u0627\u0631\u0633\u06cc</a></li></ul></nav><a class="donate-button" href="/support/">Support KabulNow</a></header>',
           '<main id="main" class="site-main">', f'<header class="page-header"><h1 class="page-title">{esc(S["title"])}</h1></header>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        url = f"{base}/2023/09/{e['slug']}/"
        out += [f'<article id="post-{88140 + 7 * i}" class="post-{88140 + 7 * i} post type-post status-publish format-standard has-post-thumbnail category-world">',
                f'<header class="entry-header"><h2 class="entry-title"><a href="{url}" rel="bookmark">{esc(e["h"])}</a></h2>',
                f'<div class="entry-meta"><span class="byline"> By <span class="author vcard"><a class="url fn n" href="{base}/author/{e["a"].lower().replace(" ", "-")}/">{esc(e["a"])}</a></span></span> '
                f'<span class="posted-on"><time class="entry-date published" datetime="{iso(d)}">{st}</time></span></div></header>',
                '<div class="entry-summary">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>",
                f'<a class="more-link" href="{url}">Read More &raquo;</a></article>']
    out += ['<nav class="navigation pagination"><span class="page-numbers current">1</span> <a class="page-numbers">2</a> <a class="page-numbers">3</a> '
            '<span class="page-numbers dots">&hellip;</span> <a class="page-numbers">94</a> <a class="next page-numbers">Next</a></nav></main>',
            '<footer id="colophon"><div class="newsletter">Subscribe to our newsletter <input type="email" placeholder="Your email"> <button>Subscribe</button></div>'
            '<p>KabulNow is an independent news outlet. <a href="/about/">About us</a> | <a href="/contact/">Contact</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_shafaq(S):  # Shafaq News (English) World section scrape; no year anywhere; "14 Oct 08:25" line BEFORE headline; bodies open with "Shafaq News/"
    z = S["zone"]
    L = ["Shafaq News", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629  |  Kurd\u00ee  |  English", "",
         "Iraq News  Kurdistan  Middle East  World  Economy  Sport  Reports  Videos", "Search", "",
         "Breaking  Iraqi delegation heads to Tehran for border talks", "", "Home / World", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MON3[d.month - 1]} {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ptxt(e["p"], blank=False) + ["Read more", ""]
        if i == 3:
            L += ["Follow Shafaq News on Telegram", ""]
    L += ["Load More", "", "Most Read", "Baghdad: power cuts hit several districts as demand rises", "Erbil hosts regional agriculture fair",
          "Basra port receives new cranes", "", "About Us  |  Contact Us  |  Privacy Policy", "\u00a9 Shafaq News. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_dabanga(S):  # Radio Dabanga RSS 2.0: pubDate "+0200", dc:creator, HTML description opening with a bold dateline paragraph
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.dabangasudan.org/en</link>',
           '<description>Independent news from Sudan</description>', '<language>en</language>',
           '<atom:link href="https://www.dabangasudan.org/en/rss" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        body = f"<p><strong>{esc(e['dl'])} \u2013 {MONTHS[d.month - 1]} {d.day}, {d.year}</strong></p>" + "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        if e.get("appeal"):
            body += "<p><em>Radio Dabanga\u2019s editorial independence means that we are able to continue to provide a voice for all Sudanese. Please support us.</em></p>"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.dabangasudan.org/en/all-news/article/{e['slug']}</link>",
                f"<description><![CDATA[{body}]]></description>", f"<pubDate>{st}</pubDate>", "<dc:creator>Radio Dabanga</dc:creator>",
                f'<guid isPermaLink="false">dabanga-{20230923 * 10 + i}</guid>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_garowe(S):  # Garowe Online World listing, HTML; "Thursday November 9, 2023 - 22:05:41 in World by Staff Writer" under the headline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Garowe Online</title></head><body>',
           '<div class="topbar"><span class="today">' + esc(S["clock"]) + '</span> <a>Facebook</a> <a>Twitter</a> <a>YouTube</a></div>',
           '<header><a class="logo" href="/">Garowe Online</a><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/news/somalia">Somalia</a> '
           '<a href="/news/east-africa">East Africa</a> <a href="/news/world">World</a> <a href="/opinion">Opinion</a> <a href="/editorial">Editorial</a> '
           '<a href="/contact">Contact</a></nav></header>', f'<div class="content"><h1 class="category-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS_EN[d.weekday()]} {MONTHS[d.month - 1]} {d.day}, {d.year} - {d:%H:%M:%S}"; stamps.append(st)
        out += [f'<div class="post-item"><h2 class="post-title"><a href="/news/world/{e["slug"]}">{esc(e["h"])}</a></h2>',
                f'<div class="post-meta">{st} in {e.get("cat", "World")} by {esc(e["a"])}</div>',
                '<div class="post-excerpt">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>",
                f'<a class="read-more" href="/news/world/{e["slug"]}">Read more</a> <span class="comments-count">{e.get("cc", 0)} Comments</span></div>']
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
    out += ['<div class="pager"><a>&laquo; Previous</a> <a>Next &raquo;</a></div></div>',
            '<aside><h3>Trending</h3><ul><li><a>Puntland opposition sets conditions for election talks</a></li><li><a>Drought response plan launched in Nugaal</a></li></ul></aside>',
            '<footer>\u00a9 Garowe Online. All Rights Reserved. | <a>About</a> | <a>Advertise</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_age(S):  # The Age live blog (Nine), text scrape; newest first; "6.45am" above headline, author name under it; "Key posts"; crosses local midnight
    z = S["zone"]
    up = dt(S["updated"], z); fp = dt(S["first"], z)
    L = ["Skip to sections navigation", "Skip to content", "Skip to footer", "The Age", "Log in   Subscribe", "",
         "Melbourne  Victoria  National  World  Business  Politics  Opinion  Sport  Culture  Lifestyle  Money", "Advertisement", "",
         "World  Europe  Russia-Ukraine war", "", S["title"], "",
         f"Updated {MONTHS[up.month - 1]} {up.day}, {up.year} \u2014 {ampm(up, sep='.')}, first published {MONTHS[fp.month - 1]} {fp.day}, {fp.year} \u2014 {ampm(fp, sep='.')}",
         "", "Save", "Log in, register or subscribe to save articles for later.", "Share", "Normal text size", "Larger text size", "Very large text size", "",
         "Key posts"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest posts", "Show newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], e["a"]] + ptxt(e["p"], blank=False) + ["Share", ""]
        if i == 2:
            L += ["Advertisement", ""]
    w = S["welcome"]; d = dt(w["t"], z)
    L += [ampm(d, sep="."), w["h"], w["a"], w["p"], "Share", "", "Loading", "",
          "License this article", "", "Most Viewed in World", "Loading", "", "The Age  Contact & support  Advertise  Terms of use  Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_ottawa(S):  # Ottawa Citizen (Postmedia) article, HTML; timeline OLDEST first; "7:10 a.m." paragraph before each h2; page byline; NewsArticle JSON-LD
    z = S["zone"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["dek"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Ottawa Citizen"}, "articleSection": "World", "isAccessibleForFree": True}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ottawa Citizen</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="header__logo" href="/">Ottawa Citizen</a><a class="header__subscribe">Subscribe</a> <a class="header__signin">Sign In</a>',
           '<nav><a>News</a> <a>Opinion</a> <a>Sports</a> <a>Business</a> <a>Arts</a> <a>Life</a> <a>Driving</a> <a>Healthing</a> <a>Puzzles</a> <a>ePaper</a></nav></header>',
           '<article class="article"><div class="article-header"><a class="article-header__tag" href="/category/news/world/">World</a>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<p class="article-subtitle">{esc(S["dek"])}</p>',
           '<div class="published-by"><span class="published-by__label">Author of the article:</span>',
           f'<span class="published-by__author"><a href="/author/hkowalchuk">{esc(S["byline"])}</a></span></div>',
           f'<div class="published-date"><span class="published-date__since">Published {MON3[first.month - 1]} {first.day:02d}, {first.year}</span> \u2022 '
           '<span class="updated-date">Last updated 9 hours ago</span> \u2022 <span>4 minute read</span></div>',
           '<a class="comments-link">Join the conversation</a></div>', '<div class="article-content">',
           '<p class="article-content__save">You can save this article by registering for free <a>here</a>. Or <a>sign-in</a> if you have an account.</p>',
           f'<p>{esc(S["lede"])}</p>', '<p class="article-content-label">Article content</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out += [f'<p><strong>{st}</strong></p>', f'<h2>{esc(e["h"])}</h2>'] + [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i in (1, 3):
            out += [f'<div class="ad-container"><span>Advertisement {i + 2}</span><span>Story continues below</span></div>', '<p class="article-content-label">Article content</p>']
    out += ['</div><div class="share"><p>Share this article in your social network</p><a>Facebook</a> <a>X</a> <a>Email</a> <a>Copy link</a></div>',
            '<div class="newsletter">Sign up to receive daily headline news from the Ottawa Citizen, a division of Postmedia Network Inc. <input type="email"> <button>Sign Up</button></div>',
            '<section class="comments"><h3>Comments</h3><p>You must be logged in to join the discussion or read more comments.</p>'
            '<p>Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful.</p></section></article>',
            '<aside class="trending"><h3>Trending</h3><ol><li><a>City council approves transit budget after marathon meeting</a></li><li><a>Snow on the way for the Ottawa Valley</a></li></ol></aside>',
            '<footer>\u00a9 Postmedia Network Inc. All rights reserved. <a>Terms of Use</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_denver(S):  # The Denver Post, AP "The Latest" text scrape; wrapper stamps in Denver time; items "12:25 a.m." Kyiv local, NO headlines, newest first
    z = S["zone"]; dz = "America/Denver"
    pub = dt(S["published"], dz); upd = dt(S["updated"], dz)
    def mng(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', dots=True)}"
    L = ["Skip to content", "The Denver Post", "Subscribe   Log In", "", "News  Politics  Business  Sports  Things To Do  Food & Drink  Weather  Opinion  Real Estate  Obituaries  e-Edition", "",
         "Trending:", "Broncos   Nuggets   Avalanche   Ski season   Holiday lights", "", "World News", "", S["title"], "", "Author", f"By {S['byline']}",
         f"PUBLISHED: {mng(pub)} | UPDATED: {mng(upd)}", "", "Get more news like this delivered to your inbox \u2014 sign up for The Denver Post\u2019s free newsletters.", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Related Articles", "A look at the aid the US has sent Ukraine so far", "Europe braces for a winter summit on Ukraine\u2019s membership bid", ""]
    L += [f"Originally Published: {mng(pub)}", "", "Tags:", "Russia-Ukraine War", "", "More in World News", "Storms delay holiday flights across the Midwest",
          "", "Copyright \u00a9 MediaNews Group"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_wendlecombe(S):  # text live blog, newest first; "22.15 BST" line before the headline; "Posted by NAME" after the body; Key Points bullets
    z = S["zone"]
    L = ["WENDLECOMBE GAZETTE", "News | World | Ukraine | Politics | Business | Sport", "", S["title"], S["dateline"], "All times BST", "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show earlier updates", "", "Wendlecombe Gazette \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_corrabrook(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update times (+03:00) and authors; visible <time> "06:50"
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Corrabrook Herald</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/" class="brand">Corrabrook Herald</a><nav><a>Home</a> <a>War in Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])} \u00b7 Kyiv time</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><header><time datetime="{d.isoformat()}">{st}</time> '
                   f'<span class="author">{esc(e["a"])}</span></header><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<footer><a class="share">Share this update</a></footer></article>')
    out += ['</main><aside><h3>Most read</h3><a>How Ukraine rebuilt its air defences</a></aside>', '<footer>Corrabrook Herald \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 general world feed; pubDate with the outlet's offset (S['rfc'] 'GMT' or numeric); CDATA paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{e['st']}</link>", f"<guid isPermaLink=\"false\">{S['gid']}-{i + 71}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset; escaped HTML content; per-entry author where given
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/feed</id>", f"<updated>{dt(S['entries'][0]['t'], z).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/{e["st"]}/{i + 401}"/>', f"<id>tag:{S['url'][8:]},2023:{i + 401}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_article(S):  # text article: masthead, title, byline, dateline (date, time and zone), lede, section headings; one entry per section, no stamp
    L = [S["masthead"], S["crumbs"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += S["tail"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kilvercote(S):  # HTML live, no JSON-LD, newest first; "23:55 CEST" span above h2; "By NAME" below h2
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Kilvercote Post</title></head><body>",
           '<div class="consent">This site uses cookies. <button>OK</button> <button>Settings</button></div>',
           '<header>Kilvercote Post <nav><a>Front page</a> <a>Europe</a> <a>Ukraine</a> <a>Economy</a> <a>Podcasts</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<div class="entry"><span class="ts">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 1:
            out.append('<aside class="related"><h3>Read also</h3><a>Why the Danube matters to Romania</a></aside>')
    out += ["</main><footer>Kilvercote Post \u00b7 Imprint \u00b7 Data protection</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_hobbleford(S):  # text live, OLDEST first; date line without a year; "07:15 | Headline" on one line; "\u2014 NAME" signature after the body
    z = S["zone"]
    L = ["Hobbleford Live", "Ukraine  \u00b7  World  \u00b7  Opinion  \u00b7  Newsletter", "", S["title"], S["dateline"], "Times are Kyiv time.", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Hobbleford Live is reader-funded. Become a supporter today.", ""]
    L += ["This live page is now closed.", "Hobbleford Live \u00b7 About \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_barrowcleugh(S):  # HTML live; JSON-LD @graph, page node @type ['NewsArticle','LiveBlogPosting'], no updates listed; visible "8.50pm" in <time datetime>; newest first
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://barrowcleugh.example/#org", "name": "Barrowcleugh Times"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://barrowcleugh.example/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Barrowcleugh Times <nav><a>UK</a> <a>World</a> <a>Ukraine</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="block"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<div class="promo">Get the Barrowcleugh Times morning briefing</div></main><footer>Barrowcleugh Times \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_quarlton(S):  # text live, US style; newest first; "Oct. 22, 2023, 5:40 p.m. ET" line above the headline; "By NAME" after it
    z = S["zone"]
    L = ["THE QUARLTON OBSERVER", "World | Politics | National Security | Opinion", "", S["title"], S["updated"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        mon = MON3[d.month - 1] + ("." if d.month not in (5, 6, 7) else "")
        mon = {"Jun": "June", "Jul": "July", "Sep.": "Sept."}.get(mon, mon)
        st = f"{mon} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
        if i == 1:
            L += ["Sign up for The Quarlton Observer's World Brief newsletter", ""]
    L += ["Previous coverage", "The Quarlton Observer \u00b7 Terms of Service \u00b7 Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_pendlemarsh(S):  # HTML news ticker, OLDEST first; "22.10.2023 08:20" (Kyiv) before each headline link; no authors
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="uk-UA"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Pendlemarsh Wire</title></head><body>",
           '<header><b>Pendlemarsh Wire</b> <span>UA | EN</span> <nav><a>All news</a> <a>War</a> <a>Economy</a> <a>Regions</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><ul class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<li class="item"><span class="date">{st}</span> <a class="title" href="/en/news/{i + 93010}">{esc(e["h"])}</a>'
                   + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</li>")
    out += ['</ul><a class="more">All news</a></main><footer>Pendlemarsh Wire. Reproduction allowed with a hyperlink.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []
PA = dict(byl="Press Association", a="Press Association")

SEEDS.append(dict(id="5000", name="5000_guernseypress-world", ext="txt", source="Guernsey Press", zone="Europe/Guernsey", render=r_guernsey,
  title="World news", clock="Monday 10 July 2023",
  notes="Imitates the Guernsey Press world-news listing (Press Association copy), copied as plain text; newest first. Each item: headline, one or two standfirst/excerpt lines, then a 'By ...' line and the stamp line 'Published: Jul 9, 2023 10:10 PM' AFTER the text (two items add ' | Last updated: ...' on the same line; the stamp is the Published part). No zone printed: island time (BST, UTC+1) implied by the outlet. The header clock 'Monday 10 July 2023' is the fetch day, not the items' day. PA bylines: 'By Press Association' (author Press Association) or 'By NAME, PA Political Correspondent' (author = the name).",
  not_entries=["'Skip to main content', masthead, header clock 'Monday 10 July 2023' (fetch day), search/subscribe/sign-in line", "menu line",
               "cookie consent line", "breadcrumb 'News \u203a World' and section title 'World news'", "'By ...' byline lines and 'N comments' lines (item furniture)",
               "newsletter sign-up box (three lines)", "'Load more'", "'Most read' block with three local headlines", "footer links and copyright line"],
  entries=[
  E("2023-07-09 22:10", "Biden arrives in UK ahead of Nato gathering in Vilnius",
    ["Joe Biden has touched down at Stansted for a short stop in Britain, where he is due to see Rishi Sunak in Downing Street and the King at Windsor on Monday.",
     "Ukraine's hopes of a clear path into the alliance are expected to dominate the summit in the Lithuanian capital, which opens on Tuesday."],
    "diplomacy", "diplomacy", 3, "biden-uk-stop-before-vilnius-summit", upd="2023-07-09 22:48", cc=4, **PA,
    n="Head-of-state visit framed by the Nato summit and Ukraine's membership bid -> diplomacy, 3."),
  E("2023-07-09 19:35", "Kremlin accuses Ankara of breaking deal over Azov commanders",
    ["Moscow says Turkey had no right to let five Ukrainian commanders return home before the end of the war, under the terms of last year's prisoner swap.",
     "Volodymyr Zelensky flew the men back from Istanbul on Saturday after talks with Recep Tayyip Erdogan."],
    "diplomacy", "diplomacy", 2, "azov-commanders-return-kremlin-protest", cc=11, **PA),
  E("2023-07-09 16:50", "Sunak says UK discourages cluster bombs after US decision",
    ["Britain is among more than 100 states that have signed a convention banning cluster munitions and does not encourage their use, the Prime Minister has said.",
     "Washington confirmed on Friday that the weapons would be part of its next military package for Kyiv."],
    "aid", "aid", 2, "us-cluster-munitions-for-ukraine-uk-stance", sec=["diplomacy"], byl="Tom Ashwell, PA Political Correspondent", a="Tom Ashwell", cc=27,
    n="About the US arms transfer (cluster munitions) and the UK's position on it -> aid primary, diplomacy secondary."),
  OFF("2023-07-09 13:25", "Monsoon downpours leave dozens dead across northern India",
      ["Landslides and flash floods set off by days of heavy rain have killed at least 20 people in Himachal Pradesh and neighbouring states, officials said."],
      "north-india-monsoon-floods-2023-07", n="Indian monsoon floods.", **PA),
  E("2023-07-09 11:05", "Ukrainian troops claim gains on both flanks of Bakhmut",
    ["Ukraine's deputy defence minister said her forces had advanced on the northern and southern edges of Bakhmut over the past week, recovering several square kilometres.",
     "Russia's defence ministry said its units had beaten off attacks in the area."],
    "other", "frontline", 2, "bakhmut-flank-advances-2023-07-09", **PA),
  E("2023-07-09 09:40", "Woman killed as shells land on Kherson region village",
    ["A 64-year-old woman died when shells struck near her home in a village on the Dnipro, Kherson's regional administration said.",
     "Several houses and a shop were damaged across the region overnight."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-07-09", upd="2023-07-09 10:15", **PA),
  E("2023-07-09 08:05", "Lyman begins burying victims of weekend rocket attack",
    ["Residents of Lyman in eastern Ukraine have started to bury the people killed when rockets slammed into a residential street on Saturday, local officials said.",
     "The regional administration put the death toll at nine."],
    "strikes", "strikes", 3, "lyman-rocket-attack-2023-07-08", cc=2, **PA, n="Aftermath and toll of a deadly strike -> strikes, 3."),
  ]))

SEEDS.append(dict(id="5001", name="5001_iomtoday-news", ext="html", source="Isle of Man Today", zone="Europe/Isle_of_Man", render=r_iom,
  title="News",
  notes="Imitates the Isle of Man Today (Tindle) news listing in HTML; newest first; local and world items mixed. Each card: category label, headline, summary paragraph(s), then author and the Tindle stamp with an ordinal day 'Monday 31st July 2023 9:45 pm' AFTER the summary. No zone printed: Manx time (BST, UTC+1) implied. JSON-LD is an ItemList of URLs only (no times). The Kryvyi Rih strike appears twice (first report at 11:25, toll update at 19:20): same story, not a repeat (different wording and toll). One local ferry item is off-beat.",
  not_entries=["cookie banner ('We value your privacy' with buttons)", "masthead, sister-title line and menu", "section heading 'News'", "category labels ('World', 'Local')",
               "author/date meta lines (item furniture)", "newsletter sign-up box", "'Load more'", "'Most Read' list of three local headlines", "footer links"],
  entries=[
  E("2023-07-31 21:45", "Island brings in latest UK sanctions on Russia",
    ["The Isle of Man has adopted the newest round of UK sanctions against Russian individuals and companies, the Cabinet Office said on Monday.",
     "Firms on the island are being asked to check their customer lists against the updated register."],
    "diplomacy", "diplomacy", 2, "iom-adopts-uk-russia-sanctions-2023-07-31", a="Adam Teare", cat="Local", slug="island-adopts-latest-uk-sanctions"),
  E("2023-07-31 19:20", "Kryvyi Rih missile strike: death toll reaches six",
    ["Six people, including a teenage girl, are now known to have died after two Russian missiles hit an apartment block and a university building in Kryvyi Rih, the regional governor said.",
     "Around 60 others were injured, several of them seriously."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2023-07-31", a="Agency Reporter", cat="World", slug="kryvyi-rih-toll-six"),
  E("2023-07-31 16:35", "Moscow mayor says office towers hit in weekend drone raid",
    ["Two towers in Moscow's business district had their facades and windows damaged when drones struck early on Sunday, the city's mayor said, adding that a security guard was hurt."],
    "strikes", "strikes", 2, "moscow-city-drone-attack-2023-07-30", a="Agency Reporter", cat="World", slug="moscow-towers-drone-raid"),
  E("2023-07-31 13:50", "Ukrainian family marks a year of island life in Onchan",
    ["A mother and her two sons who fled Kharkiv last summer say the Isle of Man now feels like home, as the island's sponsorship scheme for Ukrainians passes its first anniversary.",
     "Around 90 Ukrainians are currently living on the island under the scheme."],
    "other", "humanitarian", 2, "iom-ukrainian-family-one-year", a="Lucy Kermode", cat="Local", slug="ukrainian-family-year-onchan"),
  E("2023-07-31 11:25", "Russian missiles hit apartment block in Kryvyi Rih",
    ["Russian missiles struck a nine-storey apartment building and a university building in the central Ukrainian city of Kryvyi Rih on Monday morning, killing at least three people, officials said."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2023-07-31", a="Agency Reporter", cat="World", slug="missiles-hit-kryvyi-rih",
    n="First report of the strike (toll three); same story as 5001-02."),
  OFF("2023-07-31 09:30", "Steam Packet adds extra sailings for Manx Grand Prix",
      ["The Isle of Man Steam Packet Company is laying on additional crossings from Heysham and Liverpool during the Manx Grand Prix fortnight."],
      "steam-packet-mgp-sailings", a="Lucy Kermode", n="local ferry timetable.", cat="Local", slug="extra-sailings-mgp"),
  E("2023-07-31 07:55", "Russia says drones downed over Crimea overnight",
    ["Russian air defences brought down more than a dozen Ukrainian drones over Crimea during the night, the defence ministry in Moscow said, reporting no damage."],
    "strikes", "strikes", 2, "crimea-drones-downed-2023-07-31", a="Agency Reporter", cat="World", slug="drones-downed-crimea"),
  ]))

SEEDS.append(dict(id="5002", name="5002_colombogazette-feed", ext="xml", source="Colombo Gazette", zone="Asia/Colombo", render=r_colombo,
  title="World Archives - Colombo Gazette", build="Wed, 16 Aug 2023 22:25:37 +0000",
  notes="Imitates the Colombo Gazette WordPress category feed (RSS 2.0); newest first. pubDate is printed in +0000 (UTC); page_timezone is Sri Lanka's (UTC+05:30) for published_local, so the newest item is already 17 August in Colombo while every item is 16 August in UTC. dc:creator is 'Colombo Gazette' on every item (author). <description> holds a cut excerpt ending '[&#8230;]' plus the Yoast line 'The post ... appeared first on Colombo Gazette.'; content:encoded holds the full text, an agency credit paragraph '(Courtesy ...)' on wire items and the same 'appeared first' line. body_paragraphs counts the news paragraphs only (not the credit, not the 'appeared first' line). The Maui item is off-beat.",
  not_entries=["channel title/link/description/lastBuildDate/generator and sy: update fields", "the <description> excerpts (cut copy of the first paragraph)",
               "'The post ... appeared first on Colombo Gazette.' lines (in description and content)", "agency credit paragraphs '(Courtesy Reuters)' / '(Courtesy AFP)'",
               "<category>, <guid>, <comments>, wfw:commentRss and slash:comments values"],
  entries=[
  E("2023-08-17 03:55:37", "Moscow says drone shot down on approach to the capital",
    ["A drone heading for Moscow was shot down over the Odintsovo district west of the city late on Wednesday, the Russian capital's mayor said.",
     "There were no immediate reports of casualties or damage."],
    "strikes", "strikes", 2, "moscow-drone-downed-2023-08-16", a="Colombo Gazette", credit="(Courtesy Reuters)", slug="moscow-says-drone-shot-down"),
  E("2023-08-16 23:40:12", "First cargo ship sails from Odesa through Ukraine's new corridor",
    ["A Hong Kong-flagged container ship that had been stuck in Odesa since the start of the invasion left the port on Wednesday, the first vessel to use a temporary route Kyiv has declared for merchant shipping.",
     "Russia has not said whether it will treat ships using the corridor as legitimate targets."],
    "other", "security", 2, "odesa-first-ship-new-corridor", a="Colombo Gazette", credit="(Courtesy AFP)", slug="first-cargo-ship-odesa-corridor",
    n="Black Sea shipping corridor: maritime security -> other/security (convention)."),
  E("2023-08-16 20:15:48", "Ukraine says it has recaptured Urozhaine",
    ["Ukraine's deputy defence minister said troops had retaken the village of Urozhaine in the Donetsk region, one of the few gains claimed in the south in recent weeks."],
    "other", "frontline", 2, "urozhaine-recaptured-2023-08-16", a="Colombo Gazette", credit="(Courtesy Reuters)", slug="ukraine-recaptures-urozhaine"),
  E("2023-08-16 17:05:20", "Tea exporters say sales to Russia hit by payment delays",
    ["Sri Lankan tea exporters say shipments to Russia, one of their largest buyers, have slowed because banks are taking weeks to clear payments under Western sanctions.",
     "The Tea Exporters Association said some buyers in Moscow had asked for longer credit terms."],
    "other", "politics", 2, "sri-lanka-tea-russia-payments", a="Colombo Gazette", slug="tea-exporters-russia-payment-delays", cats=["Business", "World"],
    n="War/sanctions knock-on for Sri Lankan trade -> other/politics, not off-beat."),
  OFF("2023-08-16 13:30:05", "Maui wildfire deaths pass 100",
      ["The number of people confirmed dead in the wildfire that destroyed the town of Lahaina on Maui has risen above 100, Hawaii's governor said."],
      "maui-wildfire-toll", a="Colombo Gazette", n="Hawaii wildfire.", credit="(Courtesy AFP)", slug="maui-wildfire-deaths-pass-100"),
  E("2023-08-16 10:10:33", "Rouble steadies after Russia's emergency rate rise",
    ["Russia's central bank raised its key rate to 12 percent at an emergency meeting, trying to halt a slide in the rouble driven by war spending and shrinking export income.",
     "The currency recovered some ground in early trading on Wednesday."],
    "other", "politics", 2, "russia-emergency-rate-rise-rouble", a="Colombo Gazette", credit="(Courtesy Reuters)", slug="rouble-steadies-rate-rise",
    n="Russian war economy -> other/politics (not off-beat: the text ties it to war spending)."),
  E("2023-08-16 06:45:51", "Drones target Danube port of Reni",
    ["Russian drones attacked port facilities in Reni on the Danube overnight, damaging grain storage, the Odesa regional governor said."],
    "strikes", "strikes", 2, "reni-port-drone-attack-2023-08-16", a="Colombo Gazette", credit="(Courtesy AFP)", slug="drones-target-reni-port"),
  ]))

SEEDS.append(dict(id="5003", name="5003_kabulnow-world", ext="html", source="Kabul Now", zone="Asia/Kabul", render=r_kabulnow,
  title="World",
  notes="Imitates the KabulNow WordPress category archive 'World' in HTML; newest first. Visible stamps give the date only ('September 29, 2023'); the time is only in <time class=\"entry-date published\" datetime=\"...+04:30\"> (Afghanistan, UTC+04:30, half-hour offset). Yoast JSON-LD @graph (CollectionPage, BreadcrumbList, WebSite, Organization) carries no per-post times. Bylines 'By KabulNow' or a reporter's name. Two items are off-beat (the Kazan talks on Afghanistan and the Mastung bombing).",
  not_entries=["site title, menu and 'Support KabulNow' button", "archive heading 'World'", "'By ...' bylines and visible dates (item furniture)",
               "'Read More \u00bb' links", "pagination (1 2 3 \u2026 94 Next)", "newsletter box and footer line"],
  entries=[
  OFF("2023-09-29 23:10", "Kazan talks: regional envoys press Taliban on inclusive government",
      ["Envoys from Russia, China, Iran, Pakistan and several Central Asian states meeting in Kazan on Friday urged the Taliban to share power and lift restrictions on women."],
      "moscow-format-kazan-afghanistan", a="KabulNow", n="Moscow-format talks on Afghanistan, not about the war.", slug="kazan-talks-inclusive-government"),
  E("2023-09-29 20:35", "Putin tasks former Wagner commander with forming volunteer units",
    ["Vladimir Putin has asked Andrei Troshev, a former senior figure in the Wagner group, to help build volunteer units to fight in Ukraine, according to a Kremlin readout.",
     "Troshev now works for Russia's defence ministry, the Kremlin's spokesman said."],
    "other", "frontline", 2, "putin-troshev-volunteer-units", a="KabulNow", slug="putin-troshev-volunteer-units",
    n="Raising reinforcements for the front -> other/frontline."),
  E("2023-09-29 17:50", "Afghans who fled Ukraine face second limbo in Poland",
    ["Dozens of Afghan families who found refuge in Ukraine after 2021 and then fled again when Russia invaded are living in limbo in Poland, waiting for decisions on their status."],
    "other", "humanitarian", 2, "afghans-displaced-twice-ukraine-poland", a="Zahra Rahimi", slug="afghans-fled-ukraine-poland-limbo"),
  OFF("2023-09-29 15:45", "Suicide bombing at religious procession kills dozens in Balochistan",
      ["At least 50 people were killed when a suicide bomber struck a crowd marking the Prophet's birthday in Pakistan's Mastung district, officials said."],
      "mastung-bombing-2023-09-29", a="KabulNow", n="Pakistan bombing.", slug="mastung-bombing"),
  E("2023-09-29 14:20", "Kyiv forum draws foreign arms makers to joint production deals",
    ["More than 200 defence companies from around 30 countries gathered in Kyiv on Friday for a forum aimed at setting up joint weapons production on Ukrainian soil.",
     "President Volodymyr Zelensky said several agreements had been signed, without giving details."],
    "aid", "aid", 2, "kyiv-defence-industries-forum-2023-09-29", a="KabulNow", slug="kyiv-forum-arms-makers"),
  E("2023-09-29 11:05", "Russia launches drone wave at southern Ukraine",
    ["Ukraine's air force said it destroyed 30 of the 40 Iranian-designed drones Russia launched at the Odesa, Mykolaiv and Vinnytsia regions overnight."],
    "strikes", "strikes", 2, "russian-drone-wave-2023-09-29", a="KabulNow", slug="russia-drone-wave-south-ukraine"),
  E("2023-09-29 08:15", "Afghan flour importers report higher costs as Black Sea route stays shut",
    ["Traders in Kabul say flour bought from Kazakhstan has grown more expensive since the collapse of the Black Sea grain deal pushed up wheat prices across the region."],
    "other", "humanitarian", 2, "afghan-flour-prices-black-sea", a="Zahra Rahimi", slug="afghan-flour-importers-costs",
    n="Food-price knock-on of the war -> other/humanitarian, not off-beat."),
  ]))

SEEDS.append(dict(id="5004", name="5004_shafaqnews-world", ext="txt", source="Shafaq News", zone="Asia/Baghdad", render=r_shafaq,
  title="World", parse_args=["--date", "2023-10-14"],
  notes="Imitates the Shafaq News (English) World section, copied as plain text; newest first. NO YEAR is printed anywhere (parse_args --date 2023-10-14, the page's local day). Each item: a stamp line '14 Oct 08:25' BEFORE the headline, then the summary, which opens with the agency tag 'Shafaq News/ ' (kept in first_sentence because it is part of the printed sentence), then 'Read more'. No zone printed: Baghdad time (UTC+3) implied. The newest item is stamped '15 Oct 00:40' (after local midnight) and is still 14 October in UTC. No bylines: author null. Three items are off-beat (Gaza, oil prices).",
  not_entries=["masthead and language switcher", "menu line and 'Search'", "breaking-news ticker line", "breadcrumb 'Home / World' and section title 'World'",
               "'Read more' after every item", "'Follow Shafaq News on Telegram'", "'Load More'", "'Most Read' list with three Iraqi headlines", "footer links and copyright"],
  entries=[
  E("2023-10-15 00:40", "Russia says it repelled Ukrainian attacks south of Bakhmut",
    ["Shafaq News/ Russia's defence ministry said on Saturday its troops had beaten back eight Ukrainian assaults near Klishchiivka and Andriivka, south of Bakhmut."],
    "other", "frontline", 2, "bakhmut-south-assaults-2023-10-14"),
  OFF("2023-10-14 22:15", "Iraq's premier urges corridor for aid into Gaza",
      ["Shafaq News/ Iraq's prime minister called on Saturday for a humanitarian corridor to bring food, fuel and medicine into the Gaza Strip."],
      "iraq-gaza-aid-corridor-call", n="Gaza war."),
  E("2023-10-14 19:30", "Kherson: two killed as Russian shells hit residential area",
    ["Shafaq News/ Two civilians were killed and four wounded when Russian artillery struck a residential neighbourhood of Kherson on Saturday, the regional governor said.",
     "A school building and several private homes were damaged."],
    "strikes", "strikes", 3, "kherson-shelling-2023-10-14"),
  E("2023-10-14 16:05", "Putin: Russian troops improving positions around Avdiivka",
    ["Shafaq News/ Russian President Vladimir Putin said his forces were improving their positions along several parts of the front, including around Avdiivka, in what he called active defence."],
    "other", "frontline", 2, "putin-avdiivka-active-defence",
    n="Different statement and sector from 5004-01 (must not merge)."),
  E("2023-10-14 12:40", "Ukraine's air force reports downing drones over Mykolaiv",
    ["Shafaq News/ Ukrainian air defences destroyed 11 drones overnight over the Mykolaiv region, the air force said on Saturday.",
     "Falling debris damaged a farm building, local officials added."],
    "strikes", "strikes", 2, "mykolaiv-drones-downed-2023-10-14"),
  E("2023-10-14 09:50", "Kurdish students who left Ukraine resume studies in Erbil",
    ["Shafaq News/ Around 40 students from the Kurdistan Region who abandoned medical courses in Ukraine after the invasion have been admitted to universities in Erbil, the region's higher education ministry said."],
    "other", "humanitarian", 2, "kurdish-students-from-ukraine-erbil"),
  OFF("2023-10-14 07:15", "Oil climbs as Middle East conflict stokes supply worries",
      ["Shafaq News/ Brent crude rose more than five percent in the last session of the week as fighting between Israel and Hamas raised fears of disruption to Middle East supplies."],
      "oil-prices-middle-east-2023-10", n="oil markets / Middle East."),
  ]))

SEEDS.append(dict(id="5005", name="5005_dabanga-feed", ext="xml", source="Radio Dabanga", zone="Africa/Khartoum", render=r_dabanga,
  title="Radio Dabanga",
  notes="Imitates the Radio Dabanga (Sudan) English RSS 2.0 feed; newest first. pubDate with +0200 (Sudan, CAT, UTC+2). Each description is HTML that opens with a bold dateline paragraph 'PORT SUDAN \u2013 September 23, 2023' (a dateline, not a body paragraph: first_sentence is the next paragraph); the first item ends with the outlet's support appeal (chrome). dc:creator 'Radio Dabanga' on every item (author). Two items about Sudan's own war (El Fasher, cholera) are off-beat; the Wagner gold, flour and Ukraine-in-Sudan items are linked to the Russia-Ukraine war.",
  not_entries=["channel title/link/description", "bold dateline paragraphs ('PLACE \u2013 September 23, 2023') at the top of each description",
               "support appeal paragraph at the end of the first item", "<guid> values"],
  entries=[
  E("2023-09-23 22:40", "Sudan's army commander meets Zelensky on Irish stopover",
    ["The commander of the Sudan Armed Forces, Gen Abdelfattah El Burhan, met Ukrainian President Volodymyr Zelensky at Shannon Airport in Ireland on Saturday as both men flew home from the UN General Assembly.",
     "Kyiv's presidential office said the two discussed security threats posed by illegal armed groups financed by Russia.",
     "Neither side referred to reports that Ukrainian units have been operating in Sudan."],
    "diplomacy", "diplomacy", 3, "burhan-zelensky-shannon-meeting", a="Radio Dabanga", dl="SHANNON / PORT SUDAN", slug="burhan-meets-zelensky-shannon", appeal=True),
  E("2023-09-23 18:05", "Port Sudan bakers warn of flour shortage as wheat imports slow",
    ["Bakeries in Port Sudan have cut production after wheat deliveries fell, with importers pointing to the end of the Black Sea grain deal and the rising cost of war-risk insurance.",
     "A sack of flour now costs nearly twice as much as in June, traders said."],
    "other", "humanitarian", 2, "port-sudan-flour-shortage-black-sea", a="Radio Dabanga", dl="PORT SUDAN", slug="port-sudan-flour-shortage",
    n="Knock-on of the grain-deal collapse -> other/humanitarian, not off-beat."),
  OFF("2023-09-23 15:30", "Shelling drives thousands from El Fasher neighbourhoods",
      ["Thousands of families have fled districts in the south of El Fasher after two days of shelling between the army and the Rapid Support Forces, residents said."],
      "el-fasher-shelling-displacement", a="Radio Dabanga", n="Sudan's own war.", dl="EL FASHER", slug="el-fasher-shelling-displaces-thousands"),
  E("2023-09-23 12:45", "Report traces gold from Wagner-linked mines to Russia",
    ["A report by investigative journalists says gold from Darfur mines linked to the Wagner group has been flown to Russia via airstrips in Libya and the Central African Republic.",
     "The authors argue that the trade has helped Moscow soften the impact of sanctions imposed over its war in Ukraine."],
    "other", "security", 2, "wagner-sudan-gold-report", a="Radio Dabanga", dl="KHARTOUM", slug="report-wagner-gold-russia"),
  OFF("2023-09-23 10:10", "Cholera cases climb in Gedaref",
      ["Health authorities in Gedaref have recorded more than 200 suspected cholera cases in two weeks, most of them in camps for displaced people."],
      "gedaref-cholera", a="Radio Dabanga", n="Sudan health news.", dl="GEDAREF", slug="cholera-cases-gedaref"),
  E("2023-09-23 08:20", "Kyiv declines to comment on drone strikes against RSF",
    ["Ukraine's military intelligence has refused to confirm or deny that its special forces carried out drone attacks on Rapid Support Forces positions north of Khartoum, as a recent television report suggested."],
    "strikes", "strikes", 2, "ukraine-sudan-drone-strikes-claims", a="Radio Dabanga", dl="KHARTOUM", slug="kyiv-no-comment-rsf-drone-strikes",
    n="Claim about an attack -> strikes (LABELS hard case)."),
  ]))

SEEDS.append(dict(id="5006", name="5006_garoweonline-world", ext="html", source="Garowe Online", zone="Africa/Mogadishu", render=r_garowe,
  title="World", clock="Friday, November 10, 2023",
  notes="Imitates the Garowe Online (Somalia) World listing in HTML; newest first. Under each headline a meta line 'Thursday November 9, 2023 - 22:05:41 in World by Staff Writer' (stamp = the date-time part, with seconds; author = the name after 'by'). No zone printed: Somalia time (EAT, UTC+3) implied. The top-bar clock 'Friday, November 10, 2023' is the fetch day. One flood item is off-beat. The Ukrainian grain shipment (5006-01) and the flour prices (5006-06) share a theme but are different events (must not merge).",
  not_entries=["top-bar clock 'Friday, November 10, 2023' and social links", "logo and menu", "category heading 'World'", "'Read more' links and 'N Comments' counts",
               "'ADVERTISEMENT' slot", "pager", "'Trending' aside with two Somali headlines", "footer"],
  entries=[
  E("2023-11-09 22:05:41", "Ukrainian wheat donated to Somalia arrives in Mogadishu",
    ["A ship carrying 25,000 tonnes of Ukrainian wheat donated under Kyiv's Grain from Ukraine programme docked in Mogadishu on Thursday, the UN food agency said.",
     "The grain will go to families in districts hit by drought and floods."],
    "other", "humanitarian", 2, "grain-from-ukraine-somalia-shipment", a="Staff Writer", slug="ukrainian-wheat-arrives-mogadishu",
    n="Ukraine's food donation to a non-party: other/humanitarian (not 'aid', which LABELS reserves for support to a party)."),
  E("2023-11-09 19:30:12", "Pilot killed as Russian missile hits ship in Odesa port",
    ["A Russian missile struck a Liberian-flagged cargo ship as it entered a port in the Odesa region on Wednesday evening, killing a harbour pilot and injuring four crew members, Ukraine's southern command said."],
    "strikes", "strikes", 3, "odesa-port-ship-missile-strike-2023-11-08", a="AFP", slug="pilot-killed-odesa-ship-missile"),
  OFF("2023-11-09 16:10:03", "Floods cut off towns along the Juba river",
      ["Heavy rains have pushed the Juba and Shabelle rivers over their banks, cutting road links to several towns and forcing thousands of families onto higher ground, officials said."],
      "somalia-juba-shabelle-floods", a="Staff Writer", n="Somali floods.", cat="Somalia", slug="floods-juba-river-towns"),
  E("2023-11-09 13:45:27", "EU capitals weigh Commission advice to open talks with Ukraine",
    ["Member states began studying the European Commission's recommendation to start accession negotiations with Ukraine and Moldova, a step that needs the backing of all 27 leaders in December.",
     "Hungary's prime minister has signalled that he may block it."],
    "diplomacy", "diplomacy", 3, "eu-commission-recommends-ukraine-accession-talks", a="AFP", slug="eu-weighs-ukraine-accession-advice"),
  E("2023-11-09 11:20:50", "Ukraine says Russian push on Avdiivka has slowed",
    ["Ukraine's military said Russian forces had reduced the intensity of their attacks around Avdiivka in recent days after suffering heavy losses in men and armour."],
    "other", "frontline", 2, "avdiivka-fighting-2023-11-09", a="AFP", slug="russian-push-avdiivka-slowed"),
  E("2023-11-09 08:35:16", "Mogadishu flour prices ease as Black Sea shipments resume",
    ["Wholesale flour prices in Mogadishu's Bakara market fell for a second month as ships resumed carrying Ukrainian grain through the Black Sea, traders said."],
    "other", "humanitarian", 2, "mogadishu-flour-prices-ease-2023-11", a="Staff Writer", cat="Somalia", slug="mogadishu-flour-prices-ease",
    n="Same theme as 5006-01 (Ukrainian grain and Somalia) but a different event: must not merge."),
  E("2023-11-09 06:50:09", "Ukrainian lawmakers extend martial law and mobilisation",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days, pushing both into February."],
    "other", "politics", 2, "ukraine-martial-law-extension-2023-11", a="AFP", slug="ukraine-extends-martial-law"),
  ]))

SEEDS.append(dict(id="5007", name="5007_theage-live", ext="txt", source="The Age", zone="Australia/Melbourne", render=r_age,
  title="Russia-Ukraine war live: Seven killed in Kherson region shelling; Russian warship fires on cargo vessel",
  updated="2023-08-14 06:45", first="2023-08-13 20:30",
  welcome=dict(t="2023-08-13 20:30", h="Good evening and welcome", a="Bridget Cullinane",
               p="Hello and welcome to our live coverage of the war in Ukraine. I'm Bridget Cullinane and I'll be bringing you updates through the night, with Marcus Oyelaran taking over after midnight."),
  notes="Imitates a Nine (The Age) live blog, copied as plain text; newest first. Header 'Updated August 14, 2023 \u2014 6.45am, first published August 13, 2023 \u2014 8.30pm'. Each post: time line '6.45am' (no date, no zone) ABOVE the headline, the poster's name on the next line, then the body and 'Share'. Melbourne time (AEST, UTC+10) implied. The blog crosses local midnight: posts from 12.20am on are 14 August locally, the earlier ones 13 August; all are 13 August in UTC. 'Key posts' lists two post headlines (key_point true, importance 3). The bottom 8.30pm 'Good evening and welcome' post is a sign-on greeting with no news: not an entry (intro, like a lede).",
  not_entries=["skip links, masthead, log-in line, menu, 'Advertisement' markers", "breadcrumb 'World  Europe  Russia-Ukraine war'", "title line",
               "'Updated ... first published ...' line", "Save / log-in prompt / Share / text-size controls", "'Key posts' header and its two headline links (pointers to posts 01 and 02, not separate entries)",
               "'Latest posts' and 'Show newest first'", "poster-name lines and 'Share' after each post", "8.30pm sign-on post 'Good evening and welcome' (greeting, no news)",
               "'Loading', 'License this article', 'Most Viewed in World', footer"],
  entries=[
  E("2023-08-14 06:45", "Russian warship fires warning shots at cargo ship in Black Sea",
    ["Russia says one of its patrol ships fired warning shots at a cargo vessel in the south-western Black Sea before a team boarded it to carry out an inspection.",
     "The Palau-flagged ship was bound for the Ukrainian Danube port of Izmail, according to Russia's defence ministry, and was allowed to continue after the search.",
     "It is the first time Russia is known to have fired on a merchant ship since it quit the grain deal in July."],
    "other", "security", 3, "black-sea-warning-shots-cargo-ship", a="Marcus Oyelaran", kp=True, sec=["strikes"],
    n="Warning shots and boarding at sea, no target hit: other/security with strikes secondary; importance 3 because it is listed under Key posts."),
  E("2023-08-14 03:10", "Seven killed, including a baby, in Kherson region shelling",
    ["Russian shelling has killed seven people in the Kherson region, among them a three-week-old baby and her parents, Ukraine's interior minister says.",
     "The shells hit the village of Shyroka Balka and the nearby settlement of Stanislav, regional officials said.",
     "Kherson has been shelled almost daily since Russian forces pulled back across the Dnipro last November."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-08-13", a="Marcus Oyelaran", kp=True),
  E("2023-08-14 01:05", "Albanese government weighs new request for Bushmasters",
    ["The federal government is considering a request from Kyiv for more Bushmaster armoured vehicles, Defence Minister Richard Marles has confirmed.",
     "Australia has already sent 120 of the Bendigo-built vehicles since the invasion began."],
    "aid", "aid", 2, "australia-bushmaster-request-2023-08", a="Marcus Oyelaran"),
  E("2023-08-14 00:20", "Ukraine edges forward near Robotyne, military says",
    ["Ukrainian troops have advanced several hundred metres near Robotyne in the Zaporizhzhia region, a military spokesman said, while warning that dense minefields were slowing progress."],
    "other", "frontline", 2, "robotyne-advance-2023-08-13", a="Marcus Oyelaran", n="First post after local midnight (14 August in Melbourne, 13 August in UTC)."),
  E("2023-08-13 23:35", "Drone downed on approach to Moscow, mayor says",
    ["Moscow's mayor Sergei Sobyanin says air defences brought down a drone approaching the city from the west, with no damage or injuries reported."],
    "strikes", "strikes", 2, "moscow-drone-downed-2023-08-13", a="Bridget Cullinane"),
  E("2023-08-13 22:15", "Zelensky says new recruitment chiefs must be front-line veterans",
    ["President Volodymyr Zelensky says the people chosen to replace the regional recruitment chiefs he fired on Friday must be veterans who have served at the front.",
     "He sacked the officials after investigations found some had taken bribes to help men avoid the draft."],
    "other", "politics", 2, "zelensky-recruitment-chiefs-dismissed", a="Bridget Cullinane"),
  ]))

SEEDS.append(dict(id="5008", name="5008_ottawacitizen-timeline", ext="html", source="Ottawa Citizen", zone="America/Toronto", render=r_ottawa,
  title="Ukraine war: Kyiv cleans up after biggest drone attack of the war", byline="Hannah Kowalchuk",
  dek="Sunday's developments, updated through the day", lede="Here is how Sunday unfolded, with the latest at the bottom of this page.",
  notes="Imitates an Ottawa Citizen (Postmedia) article in HTML that runs as a timeline, OLDEST first (the page says the latest is at the bottom). Each update: a bold '7:10 a.m.' paragraph (no date, no zone), then an h2 headline and paragraphs. Ottawa time (EST, UTC-5) implied; the date is only in 'Published Nov 26, 2023' and the NewsArticle JSON-LD. Page byline 'Author of the article: Hannah Kowalchuk' used for every entry. Postmedia furniture between updates ('Advertisement N', 'Story continues below', 'Article content'). The lede and dek are not entries. Spelling 'Zelenskyy' (Canadian Press style).",
  not_entries=["masthead, Subscribe/Sign In, menu", "section tag 'World'", "title h1 and dek 'Sunday's developments, updated through the day'", "'Author of the article:' and byline",
               "'Published Nov 26, 2023 \u2022 Last updated 9 hours ago \u2022 4 minute read'", "'Join the conversation'", "save-article prompt",
               "lede 'Here is how Sunday unfolded, with the latest at the bottom of this page.'", "'Article content' labels", "'Advertisement 3'/'Advertisement 5' and 'Story continues below'",
               "share box", "newsletter sign-up", "comments box text", "'Trending' aside", "footer"],
  entries=[
  E("2023-11-26 07:10", "Kyiv counts damage from record drone attack",
    ["Repair crews in Kyiv spent a second day restoring power and clearing debris after Russia sent 75 Iranian-designed drones at the capital early Saturday, Ukrainian officials said.",
     "The air force said all but one were shot down, but falling wreckage injured five people and cut electricity to dozens of buildings."],
    "strikes", "strikes", 3, "kyiv-record-drone-attack-2023-11-25", a="Hannah Kowalchuk"),
  E("2023-11-26 09:25", "Russia says drones downed over Moscow region",
    ["Russia's defence ministry said air defences destroyed 24 Ukrainian drones overnight, most of them over the Moscow region and neighbouring provinces.",
     "Flights at two Moscow airports were briefly restricted."],
    "strikes", "strikes", 2, "russia-drones-downed-moscow-region-2023-11-26", a="Hannah Kowalchuk"),
  E("2023-11-26 11:40", "Canada adds names to Russia sanctions list over deported children",
    ["Foreign Affairs Minister M\u00e9lanie Joly announced sanctions on 11 more people and eight entities that Ottawa says were involved in taking Ukrainian children to Russia."],
    "diplomacy", "diplomacy", 3, "canada-sanctions-child-deportations-2023-11", a="Hannah Kowalchuk", n="Ministerial sanctions decision -> diplomacy, 3."),
  E("2023-11-26 13:55", "Zelenskyy urges EU leaders to open membership talks next month",
    ["Volodymyr Zelenskyy said Ukraine had met the conditions set by Brussels and expected European leaders to agree in December to begin accession negotiations."],
    "diplomacy", "diplomacy", 2, "zelensky-eu-accession-appeal-2023-11-26", a="Hannah Kowalchuk"),
  E("2023-11-26 15:30", "Man killed by Russian shelling in Kherson",
    ["A 58-year-old man was killed when Russian artillery hit a residential area of Kherson, the regional military administration said.",
     "Two apartment buildings and a bus stop were damaged."],
    "strikes", "strikes", 3, "kherson-shelling-2023-11-26", a="Hannah Kowalchuk"),
  E("2023-11-26 17:45", "Canadian-made armoured vehicles in use near the front, Kyiv says",
    ["Ukraine's defence ministry released video of Senator armoured vehicles built in Ontario carrying soldiers in the Zaporizhzhia region."],
    "aid", "aid", 2, "canadian-senator-vehicles-front-2023-11", a="Hannah Kowalchuk"),
  ]))

SEEDS.append(dict(id="5009", name="5009_denverpost-latest", ext="txt", source="The Denver Post", zone="Europe/Kyiv", render=r_denver,
  title="The Latest: Zelenskyy seeks Latin American support at Milei's inauguration", byline="The Associated Press",
  published="2023-12-10 00:14", updated="2023-12-10 15:36",
  lede="KYIV, Ukraine (AP) \u2014 The latest developments in Russia\u2019s war in Ukraine (all times local):",
  notes="Imitates an AP 'The Latest' article republished by The Denver Post, copied as plain text; newest first. The wrapper stamps 'PUBLISHED: December 10, 2023 at 12:14 a.m. | UPDATED: December 10, 2023 at 3:36 p.m.' are Denver time (MST, UTC-7); the items are stamped '12:25 a.m.', '10:40 p.m.' ... with NO headline and no date, in Kyiv time ('all times local' under a KYIV dateline; EET, UTC+2), so page_timezone is Europe/Kyiv. Midnight crossing: the top item (12:25 a.m.) follows the 10:40 p.m. item in newest-first order, so it is 11 December in Kyiv (10 December 22:25 UTC), before the 3:36 p.m. MST update (22:36 UTC). Page byline 'By The Associated Press' for every entry. Spelling 'Zelenskyy', 'Dnieper'.",
  not_entries=["skip link, masthead, subscribe/log-in, menu, 'Trending' line", "section label 'World News'", "title line", "'Author' label and 'By The Associated Press'",
               "'PUBLISHED: ... | UPDATED: ...' wrapper line (Denver time)", "newsletter line", "lede 'KYIV, Ukraine (AP) \u2014 The latest developments ... (all times local):'",
               "'Related Articles' block with two links", "'Originally Published: ...'", "'Tags:' and 'Russia-Ukraine War'", "'More in World News' link", "copyright line"],
  entries=[
  E("2023-12-11 00:25", None,
    ["Ukrainian President Volodymyr Zelenskyy says he asked Argentina's new leader, Javier Milei, to help organize a summit between Ukraine and Latin American countries.",
     "Zelenskyy spoke to reporters in Buenos Aires after attending Milei's swearing-in on Sunday, his first trip to South America since Russia's full-scale invasion."],
    "diplomacy", "diplomacy", 3, "zelensky-milei-inauguration-buenos-aires", a="The Associated Press",
    n="Midnight crossing: 12:25 a.m. Kyiv on 11 December = 22:25 UTC on 10 December."),
  E("2023-12-10 22:40", None,
    ["Hungarian Prime Minister Viktor Orb\u00e1n repeated that he would not support opening EU membership talks with Ukraine at this week's summit in Brussels.",
     "Orb\u00e1n and Zelenskyy exchanged a few words on the sidelines of the inauguration in Buenos Aires, according to video released by the Argentine presidency."],
    "diplomacy", "diplomacy", 3, "orban-opposes-ukraine-eu-talks-2023-12-10", a="The Associated Press"),
  E("2023-12-10 19:15", None,
    ["Russian shelling killed two people in the southern Kherson region on Sunday, the regional governor said.",
     "A third person was wounded in the village of Bilozerka, he said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-12-10", a="The Associated Press"),
  E("2023-12-10 16:50", None,
    ["Zelenskyy held talks with Uruguay's President Luis Lacalle Pou in Buenos Aires ahead of the inauguration, his office said."],
    "diplomacy", "diplomacy", 2, "zelensky-lacalle-pou-talks-2023-12-10", a="The Associated Press",
    n="A separate meeting on the same trip as 5009-01: must not merge."),
  E("2023-12-10 13:30", None,
    ["Ukraine's air force said it shot down 17 of the 18 Shahed drones that Russia launched overnight at the south and east of the country.",
     "Debris damaged a warehouse in the Odesa region, but no one was hurt."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-12-10", a="The Associated Press"),
  E("2023-12-10 09:05", None,
    ["Ukraine's military said its marines were holding positions on the left bank of the Dnieper River near the village of Krynky despite heavy Russian fire."],
    "other", "frontline", 2, "krynky-bridgehead-2023-12-10", a="The Associated Press"),
  ]))


# ============================================================ PART B, day 1: 2023-08-30 (UTC)
D1 = "Day 1 (2023-08-30 UTC): 5020-5024."
KYIV = "russian-strike-on-kyiv-2023-08-30"
PSKOV = "pskov-airfield-drone-attack"
TRAIN = "eu-training-mission-40000-target"
FRONT = "robotyne-verbove-advance-2023-08-30"

SEEDS.append(dict(id="5020", name="5020_wendlecombe-textlive", ext="txt", source="Wendlecombe Gazette", zone="Europe/London", render=r_wendlecombe,
  title="Ukraine war live: Kyiv hit by overnight barrage as drones strike Pskov airfield", dateline="Wednesday 30 August 2023",
  notes="Invented outlet. Text live blog, newest first; 'All times BST' (UTC+1); each post a '22.15 BST' line before the headline and 'Posted by NAME' after the body. Key Points lists two post headlines (key_point true). Kyiv toll grows one -> two -> three through the day. 5020-04 is a video teaser without body. " + D1,
  not_entries=["masthead and menu", "title and date lines", "'All times BST'", "'Key Points' header and its two bullet lines (pointers to posts 07 and 05)", "'Latest updates'",
               "'Posted by ...' lines", "'Advertisement'", "'Show earlier updates' and footer"],
  entries=[
  E("2023-08-30 22:15", "Kyiv death toll rises to three",
    ["A third person has died of injuries suffered in the overnight attack on Kyiv, the city's military administration said this evening.",
     "The victim, a man in his fifties, had been pulled from the rubble of a two-storey building in the Sviatoshynskyi district."],
    "strikes", "strikes", 3, KYIV, a="Ellen Marr"),
  E("2023-08-30 19:40", "EU aims to train 40,000 Ukrainian soldiers by end of year",
    ["The European Union's military training mission for Ukraine will raise its goal to 40,000 troops by the end of the year, foreign policy chief Josep Borrell said after meeting defence ministers in Toledo.",
     "About 25,000 soldiers have completed courses in EU countries so far."],
    "aid", "aid", 3, TRAIN, a="Tom Quarrie"),
  E("2023-08-30 16:05", "Russian border village shelled, Bryansk governor says",
    ["Two people were wounded when shells landed in a village in Russia's Bryansk region, close to the Ukrainian border, the regional governor said."],
    "strikes", "strikes", 2, "bryansk-border-shelling-2023-08-30", a="Tom Quarrie",
    n="Same theme as the Pskov attack (strikes inside Russia) but a different event: must not merge."),
  E("2023-08-30 13:30", "Watch: Smoke rises over Pskov airfield", [], "strikes", "strikes", 1, PSKOV, n="Video teaser without body -> importance 1."),
  E("2023-08-30 11:20", "Four transport planes damaged as drones hit Pskov",
    ["Drones attacked the military airfield in the north-western Russian city of Pskov overnight, damaging four Il-76 heavy transport aircraft, according to Russian state media.",
     "Pskov lies roughly 700 kilometres from the Ukrainian border and about 30 kilometres from Estonia.",
     "Moscow blamed Kyiv, which did not comment."],
    "strikes", "strikes", 3, PSKOV, a="Ellen Marr", kp=True),
  E("2023-08-30 09:10", "Second death confirmed after Kyiv attack",
    ["Rescue workers in Kyiv have found the body of a second victim in the ruins of a building hit during the night, Mayor Vitali Klitschko said."],
    "strikes", "strikes", 3, KYIV, a="Ellen Marr"),
  E("2023-08-30 06:45", "Russia strikes Kyiv in pre-dawn missile and drone raid",
    ["Explosions shook Kyiv before dawn as Russia fired cruise missiles and drones at the capital in what officials called its heaviest attack on the city since the spring.",
     "At least one person was killed and several others were injured, according to the Kyiv city military administration."],
    "strikes", "strikes", 3, KYIV, a="Ellen Marr", kp=True),
  ]))

SEEDS.append(dict(id="5021", name="5021_corrabrook-ldlive", ext="html", source="Corrabrook Herald", zone="Europe/Kyiv", render=r_corrabrook,
  title="Live: Russia's overnight attack on Kyiv; drones reach Pskov", dateline="Wednesday, 30 August 2023", url="https://corrabrook.example/live/2023-08-30",
  lede="Follow the day's developments as they happen. The newest updates are at the bottom.",
  notes="Invented outlet. HTML live page, OLDEST first; LiveBlogPosting JSON-LD with one BlogPosting per update (per-update datePublished with +03:00 and author). Visible stamp '06:50' in <time datetime> (Kyiv, EEST, UTC+3), author beside it. 5021-04 repeats 5021-03 nearly verbatim (one clause added; duplicate_of 5021-03). 5021-06 (Norway F-16s) is re-posted on day 2 by 5031. 5021-07 (school shelters) is about Kyiv but not about the strike: must not merge. " + D1,
  not_entries=["header and menu", "h1 title", "date line '... \u00b7 Kyiv time'", "standfirst", "author names beside the times", "'Share this update' links", "'Most read' aside", "footer"],
  entries=[
  E("2023-08-30 06:50", "Kyiv hit in overnight missile and drone attack",
    ["Russia launched a combined missile and drone attack on Kyiv overnight, with air defences in action over the capital for more than two hours, the city's military administration said.",
     "One person was killed in the Sviatoshynskyi district, officials said."],
    "strikes", "strikes", 3, KYIV, a="Oksana Hrytsenko"),
  E("2023-08-30 09:35", "Pskov governor reports drone attack on airport",
    ["The governor of Russia's Pskov region said the city's airport had come under drone attack during the night and that air defences had responded.",
     "He posted a video of a large fire near the runway and said flights had been suspended."],
    "strikes", "strikes", 3, PSKOV, a="Dmytro Vakulenko"),
  E("2023-08-30 12:20", "Kyiv toll climbs to two",
    ["The number of people killed in the overnight strike on Kyiv has risen to two, the head of the city's military administration said.",
     "Both victims were found in a building that partly collapsed after being hit by missile debris."],
    "strikes", "strikes", 3, KYIV, a="Oksana Hrytsenko"),
  E("2023-08-30 14:45", "Kyiv toll climbs to two as rescuers search rubble",
    ["The number of people killed in the overnight strike on Kyiv has risen to two, the head of the city's military administration said.",
     "Both victims were found in a building that partly collapsed after being hit by missile debris, and rescuers are still searching the site."],
    "strikes", "strikes", 1, KYIV, a="Oksana Hrytsenko", dup="5021-03", n="Near-verbatim repeat of 5021-03 -> importance 1."),
  E("2023-08-30 18:30", "Ukraine says troops advance between Robotyne and Verbove",
    ["Ukrainian units have pushed further south of Robotyne and are moving towards Verbove in the Zaporizhzhia region, a military spokesperson said.",
     "Russia says its forces are holding their positions."],
    "other", "frontline", 3, FRONT, a="Dmytro Vakulenko"),
  E("2023-08-30 21:05", "Norway to supply F-16s for pilot training",
    ["Norway will send F-16 fighter jets to the training centre being set up for Ukrainian pilots in Denmark, its defence ministry said.",
     "Oslo did not say how many aircraft it would provide or when they would arrive."],
    "aid", "aid", 2, "norway-f16-training-jets", a="Dmytro Vakulenko",
    n="Different donor and decision from the EU training target and the US pilot-training plan: must not merge."),
  E("2023-08-30 23:50", "Kyiv inspects school shelters before new term",
    ["City inspectors in Kyiv have ordered repairs at dozens of school bomb shelters before classes resume on Friday, the city administration said.",
     "Schools whose shelters fail inspection will teach online."],
    "other", "humanitarian", 2, "kyiv-school-shelter-inspections", a="Oksana Hrytsenko",
    n="Same place as the strike story but a different event: must not merge."),
  ]))

SEEDS.append(dict(id="5022", name="5022_skellhaven-worldrss", ext="xml", source="Skellhaven World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Skellhaven World Service | World", url="https://skellhaven.example", gid="skw", lede="World news, around the clock",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; four of six items off-beat (Idalia, Gabon coup, Typhoon Saola, Indian gas price). Spelling 'Kiev'. " + D1,
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  OFF("2023-08-30 20:30", "Idalia weakens after slamming into Florida's Big Bend",
      ["Hurricane Idalia was downgraded to a tropical storm as it moved into Georgia, hours after making landfall in Florida as a powerful category three storm."],
      "hurricane-idalia-landfall", n="US hurricane."),
  E("2023-08-30 17:10", "Drones damage military transport planes at Pskov airbase",
    ["Several Il-76 military transport aircraft were damaged when drones struck an airbase in Pskov, in north-western Russia, overnight, local officials and state media reported."],
    "strikes", "strikes", 3, PSKOV),
  OFF("2023-08-30 14:00", "Army officers in Gabon announce seizure of power",
      ["A group of senior officers appeared on Gabonese television to say they had annulled the results of Saturday's election and dissolved state institutions."],
      "gabon-military-coup", n="Gabon coup."),
  E("2023-08-30 11:25", "Kiev mourns two killed in overnight raid",
    ["Two people died when Russian missiles and drones targeted Kiev overnight, Ukrainian officials said, in one of the heaviest attacks on the capital in months."],
    "strikes", "strikes", 3, KYIV),
  OFF("2023-08-30 08:40", "Typhoon Saola forces evacuations in northern Philippines",
      ["Thousands of people were moved to evacuation centres in the northern Philippines as Typhoon Saola brought strong winds and heavy rain."],
      "typhoon-saola-philippines", n="weather."),
  OFF("2023-08-30 06:05", "India lowers price of household cooking gas",
      ["India's government cut the price of household cooking gas cylinders by 200 rupees, a move analysts linked to upcoming state elections."],
      "india-cooking-gas-price-cut", n="Indian economy."),
  ]))

SEEDS.append(dict(id="5023", name="5023_fenwhistle-article", ext="txt", source="Fenwhistle Review", zone="Europe/Madrid", render=r_article,
  masthead="FENWHISTLE REVIEW", crumbs="Europe \u203a Defence", title="Toledo meeting lifts EU training goal as Kyiv buries its dead", byline="Luc\u00eda Ferr\u00e1ndiz",
  dateline="Toledo, 30 August 2023, 19:15 CEST", lede="European defence ministers met in Spain on Wednesday with the war in Ukraine at the top of their agenda.",
  tail=["Share this article", "Related: What the EU training mission teaches", "", "\u00a9 Fenwhistle Review"],
  notes="Invented outlet. Text article with three section headings; one entry per section (headline = heading), stamp null, published = the dateline '30 August 2023, 19:15 CEST' (Madrid, UTC+2); page byline as author. " + D1,
  not_entries=["masthead and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2023-08-30 19:15", "A higher target",
    ["EU defence ministers gathered in Toledo agreed that the bloc's training mission for Ukraine should reach 40,000 soldiers before the end of the year, up from the 30,000 planned earlier.",
     "Josep Borrell said the mission had trained about 25,000 troops so far."],
    "aid", "aid", 3, TRAIN, a="Luc\u00eda Ferr\u00e1ndiz"),
  E("2023-08-30 19:15", "Kyiv's night",
    ["The meeting opened hours after Russia struck Kyiv with missiles and drones, killing two people according to the city authorities."],
    "strikes", "strikes", 3, KYIV, a="Luc\u00eda Ferr\u00e1ndiz"),
  E("2023-08-30 19:15", "Slow gains in the south",
    ["Ukrainian commanders report steady but costly progress south of Robotyne, where their troops are trying to break through towards Verbove and, beyond it, Tokmak.",
     "Western officials in Toledo described the counteroffensive as slower than hoped but still moving."],
    "other", "frontline", 3, FRONT, a="Luc\u00eda Ferr\u00e1ndiz"),
  ]))

SEEDS.append(dict(id="5024", name="5024_tarnbarrow-atom", ext="xml", source="Tarnbarrow Defence Monitor", zone="America/New_York", render=r_atom,
  title="Tarnbarrow Defence Monitor", url="https://tarnbarrow.example",
  notes="Invented outlet. Defence-news Atom feed, newest first, <published> with -04:00 (US Eastern, EDT); authors per entry. 5024-01 is the day's theme piece (analysis). " + D1,
  not_entries=["feed title/link/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2023-08-30 16:50", "Analysis: deep drone strikes expose holes in Russia's rear air defences",
    ["The attack on Pskov, hundreds of kilometres from the front, is the latest sign that Russia cannot protect every airfield and depot across its vast rear.",
     "Air defence systems have been pulled forward to cover the front line and Crimea, leaving gaps that slow, low-flying drones can exploit.",
     "Analysts expect Ukraine to keep probing those gaps as it builds more long-range drones of its own."],
    "strikes", "strikes", 2, "analysis-russia-rear-air-defence-gaps", a="Grace Whitcombe",
    n="Theme piece (analysis with body): own story, importance 2; it cites the Pskov attack but is not a report of it."),
  E("2023-08-30 13:15", "Prigozhin buried at private ceremony in St Petersburg",
    ["Wagner founder Yevgeny Prigozhin was buried at a cemetery on the edge of St Petersburg in a ceremony closed to the public, his press service said.",
     "The Kremlin said Vladimir Putin had no plans to attend."],
    "other", "politics", 2, "prigozhin-funeral", a="Leon Abernathy"),
  E("2023-08-30 09:30", "Images from Pskov show burnt-out transport aircraft",
    ["Photographs shared by Russian social media channels appear to show at least two Il-76 aircraft destroyed by fire on the apron at Pskov, with two more damaged."],
    "strikes", "strikes", 3, PSKOV, a="Grace Whitcombe"),
  E("2023-08-30 05:10", "Ukrainian pilots to begin F-16 training in US next month",
    ["Ukrainian pilots will start flying F-16s at a US air base in Arizona in October after first taking English-language courses in Texas, the Pentagon said."],
    "aid", "aid", 2, "us-f16-pilot-training-plan", a="Leon Abernathy"),
  ]))

# ============================================================ PART B, day 2: 2023-08-31 (UTC)
D2 = "Day 2 (2023-08-31 UTC): 5030-5034."
IZM = "izmail-port-drone-attack-2023-08-31"
GYM = "eu-multiyear-military-fund-toledo"
KHAR = "kupiansk-district-shelling-2023-08-31"

SEEDS.append(dict(id="5030", name="5030_kilvercote-htmllive", ext="html", source="Kilvercote Post", zone="Europe/Berlin", render=r_kilvercote,
  title="Ukraine live: drones hit Izmail port as EU ministers meet in Toledo", dateline="Thursday, 31 August 2023",
  lede="Our live coverage of the war in Ukraine. All times are Central European Summer Time.",
  notes="Invented outlet. HTML live page without JSON-LD, newest first; '23:55 CEST' span above each h2, 'By NAME' line below it (CEST, UTC+2). Izmail injured grow two -> seven. 5030-04 is a photo teaser without body. 5030-02 (passenger boats) is about Izmail but not about the attack: must not merge. " + D2,
  not_entries=["cookie consent line", "header and menu", "h1 title", "date line", "intro paragraph", "'By ...' lines", "'Read also' aside", "footer"],
  entries=[
  E("2023-08-31 23:55", "Izmail injured now seven, governor says",
    ["Seven people were hurt in the night-time drone attack on Izmail, Odesa regional governor Oleh Kiper said, raising the earlier figure.",
     "Two of them remain in hospital."],
    "strikes", "strikes", 3, IZM, a="Jonas Wetterich"),
  E("2023-08-31 20:10", "Passenger boats between Izmail and Romania running again",
    ["Passenger boats linking Izmail with the Romanian bank of the Danube resumed service in the afternoon after being halted during the overnight air-raid alert, the operator said."],
    "other", "humanitarian", 2, "izmail-danube-boat-service-resumes", a="Jonas Wetterich", n="Same place as the drone attack but a different event: must not merge."),
  E("2023-08-31 16:30", "Borrell floats multi-year military fund for Kyiv",
    ["EU foreign policy chief Josep Borrell asked foreign ministers meeting in Toledo to back a fund of up to 20 billion euros to pay for weapons for Ukraine over the next four years.",
     "Several ministers said they supported the idea in principle but wanted more detail on how it would be financed."],
    "aid", "aid", 3, GYM, sec=["diplomacy"], a="Marta Albers",
    n="Foreign ministers' meeting in Toledo on a funding plan: aid primary, diplomacy secondary. Same city as day 1's defence ministers' meeting but a different event: must not merge with eu-training-mission-40000-target."),
  E("2023-08-31 12:45", "Photos: Izmail grain silos after the attack", [], "strikes", "strikes", 1, IZM, n="Photo teaser without body -> importance 1."),
  E("2023-08-31 09:20", "Drones hit Danube port of Izmail, two hurt",
    ["Russian drones struck port and grain facilities in Izmail on the Danube overnight, injuring two people, Ukrainian officials said.",
     "The port has become one of Ukraine's main export routes since Russia abandoned the Black Sea grain deal."],
    "strikes", "strikes", 3, IZM, a="Jonas Wetterich"),
  ]))

SEEDS.append(dict(id="5031", name="5031_dravenhurst-atom", ext="xml", source="Dravenhurst Wire", zone="Europe/Kyiv", render=r_atom,
  title="Dravenhurst Wire \u2014 Ukraine", url="https://dravenhurst.example",
  notes="Invented outlet. Wire Atom feed, newest first, <published> with +03:00 (Kyiv); authors per entry except the re-post. Spelling 'Izmayil'. 5031-01 re-posts day 1's 5021-06 nearly verbatim (importance 1). 5031-03 continues day 1's Pskov story with a new development (Budanov's claim). 5031-05 is an explainer (theme piece). " + D2,
  not_entries=["feed title/link/id/updated", "<updated> and <id> of each entry"],
  entries=[
  E("2023-08-31 21:30", "Norway to supply F-16s for pilot training",
    ["Norway will send F-16 fighter jets to the training centre being set up for Ukrainian pilots in Denmark, its defence ministry said.",
     "Oslo did not say how many aircraft it would provide or when they would arrive."],
    "aid", "aid", 1, "norway-f16-training-jets", n="Re-post of day-1 entry 5021-06 (Corrabrook Herald, 30 August), nearly verbatim -> importance 1."),
  E("2023-08-31 17:45", "Shelling kills pensioner in Kupiansk district",
    ["A 71-year-old man was killed when Russian shells hit a village in the Kupiansk district of the Kharkiv region, the regional governor said."],
    "strikes", "strikes", 3, KHAR, a="Iryna Bondar", n="Different place and attack from Izmail: must not merge."),
  E("2023-08-31 14:05", "Budanov: Pskov drones were launched from Russian soil",
    ["Ukraine's military intelligence chief Kyrylo Budanov said the drones that hit the Pskov airfield on Wednesday were launched from inside Russia.",
     "He did not say who operated them, and Moscow has not commented on the claim."],
    "strikes", "strikes", 3, PSKOV, a="Serhiy Marchuk", n="Continuation of day 1's Pskov story (new development) -> keeps the day-1 slug."),
  E("2023-08-31 13:40", "Five injured in overnight drone raid on Izmayil port",
    ["Five people were injured and grain storage was destroyed when Russian drones struck the Danube port of Izmayil overnight, regional authorities said."],
    "strikes", "strikes", 3, IZM, a="Iryna Bondar"),
  E("2023-08-31 08:55", "Explainer: why Russia keeps attacking Ukraine's Danube ports",
    ["Since Russia pulled out of the Black Sea grain deal in July, the river ports of Izmail and Reni have handled a growing share of Ukraine's grain exports, loading barges bound for Romania's Constanta.",
     "That has made them a regular target: Russian drones have hit silos and warehouses there several times this summer, often within sight of the Romanian shore.",
     "Each attack raises freight and insurance costs and tests how close Moscow is willing to fly to NATO territory."],
    "strikes", "strikes", 2, "explainer-danube-ports-targeted", a="Serhiy Marchuk",
    n="Theme piece (explainer with body): own story, importance 2; not a report of the night's attack."),
  ]))

SEEDS.append(dict(id="5032", name="5032_hobbleford-textlive", ext="txt", source="Hobbleford Live", zone="Europe/Kyiv", render=r_hobbleford,
  title="Live: Danube port attacked; Kyiv says Pskov drones flew from Russia", dateline="Thursday 31 August", parse_args=["--date", "2023-08-31"],
  lede="We are following the war in Ukraine through the day.",
  notes="Invented outlet. Text live page, OLDEST first; the date line 'Thursday 31 August' has no year (parse_args --date 2023-08-31); 'Times are Kyiv time' (EEST, UTC+3); each post a single line 'HH:MM | Headline' and a '\u2014 NAME' signature after the body. 5032-03 repeats 5032-01 nearly verbatim (duplicate_of 5032-01). 5032-02 and 5032-04 continue day 1's Pskov story. 5032-06 is a new Bryansk shelling, not day 1's: must not merge. " + D2,
  not_entries=["masthead and menu", "title line", "date line 'Thursday 31 August'", "'Times are Kyiv time.'", "lede line", "'\u2014 NAME' signatures", "supporter plug", "'This live page is now closed.' and footer"],
  entries=[
  E("2023-08-31 07:15", "Izmail port attacked by drones overnight",
    ["Russian drones attacked the port of Izmail in the Odesa region overnight, setting fire to grain warehouses, the regional military administration said.",
     "Two people were injured."],
    "strikes", "strikes", 3, IZM, a="Kateryna Holub"),
  E("2023-08-31 10:30", "Budanov says Pskov strike was launched from inside Russia",
    ["The head of Ukraine's defence intelligence told a Ukrainian news site that the drones used against the Pskov airfield had taken off from Russian territory."],
    "strikes", "strikes", 3, PSKOV, a="Kateryna Holub", n="Continuation of day 1's Pskov story."),
  E("2023-08-31 12:10", "Izmail port attacked by drones overnight, two injured",
    ["Russian drones attacked the port of Izmail in the Odesa region overnight, setting fire to grain warehouses, the regional military administration said.",
     "Two people were injured, officials added."],
    "strikes", "strikes", 1, IZM, a="Kateryna Holub", dup="5032-01", n="Near-verbatim repeat of 5032-01 -> importance 1."),
  E("2023-08-31 15:20", "Zelensky: Ukrainian-made weapon hit target 700 km away",
    ["President Volodymyr Zelensky said a new long-range weapon produced in Ukraine had hit a target 700 kilometres away, without naming the target.",
     "Pskov airfield lies at about that distance from Ukrainian-held territory."],
    "strikes", "strikes", 3, PSKOV, a="Andriy Lysak", n="Claim about the Pskov attack (the page itself links the two) -> same story."),
  E("2023-08-31 18:40", "Kuleba in Toledo: aid fund must not be held hostage",
    ["Foreign Minister Dmytro Kuleba told EU counterparts in Toledo that the proposed multi-year fund for military aid should not depend on unanimous decisions that one member state could block."],
    "aid", "aid", 3, GYM, sec=["diplomacy"], a="Andriy Lysak"),
  E("2023-08-31 22:05", "Bryansk governor reports fresh shelling of border district",
    ["Russia's Bryansk governor said Ukrainian shelling damaged power lines and a farm building in the Klimovo district, with no one hurt."],
    "strikes", "strikes", 2, "bryansk-border-shelling-2023-08-31", a="Andriy Lysak",
    n="New attack on a new day, same region as day 1's bryansk-border-shelling-2023-08-30: must not merge."),
  ]))

SEEDS.append(dict(id="5033", name="5033_cresswater-worldrss", ext="xml", source="Cresswater World Service", zone="Asia/Singapore", render=r_rss, rfc="num",
  title="Cresswater World Service | Top stories", url="https://cresswater.example", gid="cws", lede="World news from our Asia desk",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0800 (Singapore); four of six items off-beat (Typhoon Saola, Singapore vote, Johannesburg fire, Gabon). Spelling 'Ismail'. " + D2,
  not_entries=["channel title/link/description", "<category> and <guid> values"],
  entries=[
  OFF("2023-08-31 23:40", "Hong Kong braces for Typhoon Saola",
      ["Hong Kong's observatory said it may raise its highest storm signal on Friday as Typhoon Saola heads for the Pearl River Delta."],
      "typhoon-saola-hong-kong", n="weather."),
  OFF("2023-08-31 21:00", "Singapore presidential hopefuls fall silent on cooling-off day",
      ["Campaigning was suspended across Singapore a day before voters choose a president in the city-state's first contested presidential election since 2011."],
      "singapore-presidential-election-2023", n="Singapore politics."),
  E("2023-08-31 18:25", "EU weighs 20-billion-euro military fund for Ukraine",
    ["European Union foreign ministers meeting in Spain discussed a proposal to set aside up to 20 billion euros over four years for weapons and ammunition for Ukraine."],
    "aid", "aid", 3, GYM, sec=["diplomacy"]),
  OFF("2023-08-31 16:10", "Dozens killed as fire guts Johannesburg apartment block",
      ["At least 60 people died when fire swept through a five-storey building in central Johannesburg that had been occupied by homeless families, emergency services said."],
      "johannesburg-building-fire", n="South Africa fire."),
  E("2023-08-31 13:35", "Russian drones strike Ismail grain port",
    ["Russian drones hit the Ukrainian river port of Ismail on the Danube early on Thursday, injuring at least two people and damaging grain facilities, Ukrainian officials said."],
    "strikes", "strikes", 3, IZM),
  OFF("2023-08-31 10:15", "Gabon's junta names general as transitional leader",
      ["Gabon's new military rulers named General Brice Oligui Nguema head of a transitional government, a day after ousting President Ali Bongo."],
      "gabon-junta-leader", n="Gabon."),
  ]))

SEEDS.append(dict(id="5034", name="5034_lynchmere-article", ext="txt", source="Lynchmere Dispatch", zone="Europe/London", render=r_article,
  masthead="Lynchmere Dispatch", crumbs="World | Europe | Ukraine", title="Danube port hit again as EU debates long-term arms fund", byline="Harriet Oakes",
  dateline="31 August 2023 | 17:30 BST", lede="Russia struck Ukraine's river ports again overnight while in Spain European ministers argued over how to pay for the war.",
  tail=["Topics: Ukraine, European Union, Romania", "", "Lynchmere Dispatch \u00b7 Terms \u00b7 Privacy"],
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '31 August 2023 | 17:30 BST' (UTC+1); page byline as author. " + D2,
  not_entries=["masthead and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Topics:' line", "footer"],
  entries=[
  E("2023-08-31 17:30", "The night attack",
    ["Russian drones struck the Danube port of Izmail overnight, wounding five people and burning grain stores, Ukrainian officials said.",
     "It was the latest in a series of attacks on river ports that now carry much of Ukraine's grain."],
    "strikes", "strikes", 3, IZM, a="Harriet Oakes"),
  E("2023-08-31 17:30", "Money for the long haul",
    ["In Toledo, EU foreign ministers discussed Josep Borrell's plan for a fund worth up to 20 billion euros to cover military aid to Ukraine until 2027.",
     "Hungary's foreign minister said Budapest would not agree to any new money while its own concerns remained unresolved."],
    "aid", "aid", 3, GYM, sec=["diplomacy"], a="Harriet Oakes"),
  E("2023-08-31 17:30", "Kupiansk under fire",
    ["In the north-east, Russian shelling killed an elderly man in a village near Kupiansk, where Moscow's forces have been pressing for weeks."],
    "strikes", "strikes", 3, KHAR, a="Harriet Oakes"),
  ]))

# ============================================================ PART B, day 3: 2023-10-22 (UTC)
D3 = "Day 3 (2023-10-22 UTC): 5040-5044."
DEPOT = "kharkiv-postal-terminal-missile-strike"
AVD = "avdiivka-assaults-2023-10-22"
KHDR = "kharkiv-city-drone-attack-2023-10-22"
KHER = "kherson-korabel-shelling-2023-10-22"
MALTA = "malta-peace-formula-meeting-announced"
IRIS = "germany-extra-iris-t-before-winter"

SEEDS.append(dict(id="5040", name="5040_mistlehaven-worldatom", ext="xml", source="Mistlehaven World", zone="UTC", render=r_atom,
  title="Mistlehaven World \u2014 latest", url="https://mistlehaven.example",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six entries off-beat (Argentina and Swiss elections, Gaza aid convoy, Cyclone Tej). Spelling 'Kharkov', 'Korotich'. " + D3,
  not_entries=["feed title/link/id/updated", "<updated> and <id> of each entry"],
  entries=[
  OFF("2023-10-22 22:30", "Argentines vote in election dominated by soaring inflation",
      ["Polls closed in Argentina's presidential election, with economy minister Sergio Massa and libertarian Javier Milei leading the field as annual inflation runs above 130 percent."],
      "argentina-election-first-round", n="Argentina election."),
  OFF("2023-10-22 19:05", "Swiss People's Party set for gains in federal election",
      ["Projections showed the right-wing Swiss People's Party increasing its share of the vote in Switzerland's parliamentary election, with immigration a leading issue."],
      "swiss-federal-election-2023", n="Swiss election."),
  E("2023-10-22 15:40", "Kharkov depot strike toll climbs to seven",
    ["Seven people are now known to have died after a Russian missile hit a postal company's sorting terminal in Korotich, outside Kharkov, on Saturday evening, Ukrainian officials said."],
    "strikes", "strikes", 3, DEPOT),
  OFF("2023-10-22 12:10", "Second aid convoy crosses into Gaza from Egypt",
      ["A further 17 trucks carrying food, water and medicine entered the Gaza Strip through the Rafah crossing, the Egyptian Red Crescent said."],
      "gaza-aid-convoy-rafah", n="Gaza."),
  E("2023-10-22 09:25", "Russia presses assault on Avdiivka, Kyiv says",
    ["Russian forces attacked Ukrainian positions around Avdiivka in the Donetsk region more than 20 times in the past day, Ukraine's general staff said."],
    "other", "frontline", 3, AVD),
  OFF("2023-10-22 06:00", "Cyclone Tej strengthens in the Arabian Sea",
      ["Forecasters in Oman and Yemen warned of flooding as Cyclone Tej gathered strength on its way towards the southern Arabian Peninsula."],
      "cyclone-tej", n="weather."),
  ]))

SEEDS.append(dict(id="5041", name="5041_barrowcleugh-htmllive", ext="html", source="Barrowcleugh Times", zone="Europe/London", render=r_barrowcleugh,
  title="Russia-Ukraine war: toll rises after missile hits postal depot near Kharkiv", dateline="Sunday 22 October 2023", url="https://barrowcleugh.example/live/ukraine-2023-10-22",
  notes="Invented outlet. HTML live page, newest first; JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and no liveBlogUpdate list; visible stamps '8.50pm' in <time datetime> (+01:00, BST); signature line after the body gives the author. Depot toll six -> seven. 5041-02 is the day's theme piece (analysis); 5041-04 a video teaser without body. " + D3,
  not_entries=["header and menu", "h1 title", "date line", "signature lines (author)", "briefing promo", "footer"],
  entries=[
  E("2023-10-22 20:50", "Man killed as shelling hits Kherson riverside district",
    ["A 62-year-old man was killed and two women were injured when Russian shells hit the Korabel district of Kherson, which lies along the Dnipro, the regional governor said."],
    "strikes", "strikes", 3, KHER, a="Fiona Dalgetty", n="Different place and attack from the Kharkiv depot: must not merge."),
  E("2023-10-22 17:30", "Analysis: why Moscow keeps throwing troops at Avdiivka",
    ["Avdiivka has been on the front line since 2014, and its fortified industrial zone still blocks Russia's way around Donetsk city.",
     "Moscow appears willing to accept heavy losses in armour and men for a chance to encircle it before winter sets in.",
     "For Kyiv, holding the town ties down Russian reserves that could otherwise be sent south."],
    "other", "frontline", 2, "analysis-why-avdiivka-matters", a="Callum Rennie",
    n="Theme piece (analysis with body): own story, importance 2; same theme as avdiivka-assaults-2023-10-22 but not the day's fighting report: must not merge."),
  E("2023-10-22 14:15", "Depot strike toll rises to seven",
    ["A seventh person has died after Saturday night's missile strike on a postal terminal near Kharkiv, the regional governor said.",
     "Most of the dead were employees working an evening shift."],
    "strikes", "strikes", 3, DEPOT, a="Fiona Dalgetty"),
  E("2023-10-22 11:40", "Watch: Rescuers comb through depot ruins near Kharkiv", [], "strikes", "strikes", 1, DEPOT, n="Video teaser without body -> importance 1."),
  E("2023-10-22 09:05", "Six postal workers killed in missile strike near Kharkiv",
    ["Six people were killed and more than a dozen injured when a Russian missile hit a terminal belonging to Ukraine's largest private postal operator outside Kharkiv on Saturday evening, officials said."],
    "strikes", "strikes", 3, DEPOT, a="Fiona Dalgetty"),
  ]))

SEEDS.append(dict(id="5042", name="5042_quarlton-textlive", ext="txt", source="Quarlton Observer", zone="America/New_York", render=r_quarlton,
  title="Russia-Ukraine war: Latest updates", updated="Updated Oct. 22, 2023, 5:40 p.m. ET",
  lede="Follow our live coverage for the latest news on the war in Ukraine.",
  notes="Invented outlet. US text live page, newest first; each post a full stamp line 'Oct. 22, 2023, 5:40 p.m. ET' (AP-style month, EDT = UTC-4) above the headline and 'By NAME' below it. Spelling 'air defense'. 5042-05 (drones on Kharkiv city) is a different event from the depot strike in the same region: must not merge. " + D3,
  not_entries=["masthead and menu", "title line", "'Updated Oct. 22, 2023, 5:40 p.m. ET' page line", "lede", "'By ...' lines", "newsletter plug", "'Previous coverage' and footer"],
  entries=[
  E("2023-10-22 17:40", "Yermak: Malta talks will bring more countries behind peace plan",
    ["Andriy Yermak, head of Ukraine's presidential office, said national security advisers from more than 50 countries were expected at next weekend's meeting in Malta on Kyiv's peace formula."],
    "diplomacy", "diplomacy", 3, MALTA, a="Dana Whitlock"),
  E("2023-10-22 13:20", "Germany promises more IRIS-T air defense before winter",
    ["Germany will deliver an additional IRIS-T air defense system to Ukraine before winter, Ukraine's defense minister said after speaking with his German counterpart."],
    "aid", "aid", 3, IRIS, a="Dana Whitlock"),
  E("2023-10-22 10:05", "Ukrainian general says dozens of Russian assaults near Avdiivka were repelled",
    ["Ukrainian troops beat back dozens of Russian attacks around Avdiivka over the past day, the general in charge of the sector said, calling the fighting the fiercest of the month."],
    "other", "frontline", 3, AVD, a="Ray Castellano"),
  E("2023-10-22 07:30", "Missile strike on Kharkiv postal terminal kills six",
    ["A Russian missile struck a postal company's terminal in the Kharkiv region late Saturday, killing six workers and wounding 16, according to regional authorities."],
    "strikes", "strikes", 3, DEPOT, a="Ray Castellano"),
  E("2023-10-22 02:10", "Drones hit Kharkiv overnight, one injured",
    ["Russian drones struck a garage complex and a warehouse in Kharkiv's Kyivskyi district overnight, injuring one man, the city's mayor said."],
    "strikes", "strikes", 3, KHDR, a="Ray Castellano"),
  ]))

SEEDS.append(dict(id="5043", name="5043_ockenbury-article", ext="txt", source="Ockenbury Review", zone="Europe/Kyiv", render=r_article,
  masthead="OCKENBURY REVIEW", crumbs="Eastern Europe \u00bb Ukraine", title="Kharkiv mourns postal workers as Avdiivka holds", byline="Mykola Sereda",
  dateline="22 October 2023, 20:10 (Kyiv time)", lede="A missile strike near Kharkiv and relentless assaults in Donetsk region marked a grim Sunday.",
  tail=["Share: Facebook | X | Email", "", "\u00a9 Ockenbury Review"],
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '22 October 2023, 20:10 (Kyiv time)' (EEST, UTC+3); page byline as author. " + D3,
  not_entries=["masthead and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "share line", "copyright line"],
  entries=[
  E("2023-10-22 20:10", "A depot in ruins",
    ["By Sunday evening the toll from the missile that hit the postal terminal in Korotych had reached seven, with rescuers still sifting through twisted parcel racks."],
    "strikes", "strikes", 3, DEPOT, a="Mykola Sereda"),
  E("2023-10-22 20:10", "Night drones over Kharkiv",
    ["Hours after the depot strike, drones hit a garage cooperative in the city itself, wounding one man and burning several cars."],
    "strikes", "strikes", 3, KHDR, a="Mykola Sereda"),
  E("2023-10-22 20:10", "Avdiivka holds, for now",
    ["In the Donetsk region, Ukrainian units around Avdiivka reported another day of heavy Russian assaults backed by armour and glide bombs.",
     "Commanders say the town's supply road remains open but under constant fire."],
    "other", "frontline", 3, AVD, a="Mykola Sereda"),
  ]))

SEEDS.append(dict(id="5044", name="5044_pendlemarsh-ticker", ext="html", source="Pendlemarsh Wire", zone="Europe/Kyiv", render=r_pendlemarsh,
  title="News feed: 22 October",
  notes="Invented outlet. HTML news ticker, OLDEST first; each item '22.10.2023 08:20' (Kyiv, EEST, UTC+3, no zone printed) before the headline link, then the text; no authors. 5044-03 repeats 5044-01 nearly verbatim (duplicate_of 5044-01). " + D3,
  not_entries=["header, language switch and menu", "h1 'News feed: 22 October'", "'All news' link", "footer"],
  entries=[
  E("2023-10-22 08:20", "Kharkiv: six dead after missile hits postal terminal in Korotych",
    ["Six people were killed when a Russian S-300 missile hit a postal terminal in Korotych, near Kharkiv, late on Saturday, the regional governor said."],
    "strikes", "strikes", 3, DEPOT),
  E("2023-10-22 11:45", "Yermak: Malta meeting on peace formula set for next weekend",
    ["The head of the presidential office said advisers from dozens of countries would meet in Malta next weekend to continue work on Ukraine's peace formula."],
    "diplomacy", "diplomacy", 3, MALTA),
  E("2023-10-22 14:30", "Kharkiv: six dead after missile hits postal terminal in Korotych",
    ["Six people were killed when a Russian S-300 missile hit a postal terminal in Korotych, near Kharkiv, late on Saturday, the regional governor said on Sunday."],
    "strikes", "strikes", 1, DEPOT, dup="5044-01", n="Near-verbatim repeat of 5044-01 -> importance 1."),
  E("2023-10-22 19:10", "Germany to send extra IRIS-T system, defence minister says",
    ["Defence Minister Rustem Umerov said Berlin had agreed to provide one more IRIS-T air defence system before the cold season."],
    "aid", "aid", 3, IRIS),
  E("2023-10-22 23:35", "Kherson: man killed by shelling near river port",
    ["Russian shelling killed a man and wounded two women in Kherson's Korabel district near the river port, the regional military administration said."],
    "strikes", "strikes", 3, KHER),
  ]))


# ============================================================ emit
BASIS = {
  "r_guernsey": "stamp line '{s}' printed after the item text (full date, 12 h); island time implied by the outlet, BST = UTC+1",
  "r_iom": "Tindle stamp '{s}' (weekday, ordinal day, month, year, 12 h); Manx time implied by the outlet, BST = UTC+1",
  "r_colombo": "pubDate '{s}' (explicit +0000); local Sri Lanka time {l} (UTC+05:30)",
  "r_kabulnow": "visible date '{s}' plus the <time datetime> attribute {iso} (explicit +04:30); the time of day is only in the attribute",
  "r_shafaq": "stamp '{s}' (day, month, 24 h, no year; year from parse_args --date 2023-10-14); Baghdad time implied by the outlet, UTC+3",
  "r_dabanga": "pubDate '{s}' (explicit +0200); the description's dateline names the same day",
  "r_garowe": "meta line stamp '{s}' (weekday, date, 24 h with seconds); Somalia time implied by the outlet, EAT = UTC+3",
  "r_age": "post time '{s}' on local day {d} (the header prints August 13 and August 14, 2023; newest-first order puts posts from 12.20am on after local midnight); Melbourne AEST = UTC+10",
  "r_ottawa": "timeline time '{s}' on the article's date (Published Nov 26, 2023; JSON-LD agrees); Ottawa EST = UTC-5",
  "r_denver": "item time '{s}', Kyiv local ('all times local' under a KYIV dateline; EET = UTC+2) on {d}",
  "r_wendlecombe": "stamp '{s}' under the date line 'Wednesday 30 August 2023'; BST = UTC+1",
  "r_corrabrook": "visible '{s}' with <time datetime> {iso}; JSON-LD update datePublished agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_article": "no per-section time; the article dateline ({d} {hm}, {z}) used for every section",
  "r_kilvercote": "stamp '{s}' under the date line for {d}; CEST = UTC+2",
  "r_hobbleford": "stamp '{s}' under the date line 'Thursday 31 August' (no year; parse_args --date 2023-08-31); Kyiv EEST = UTC+3",
  "r_barrowcleugh": "visible '{s}' with <time datetime> {iso}; BST = UTC+1",
  "r_quarlton": "stamp '{s}' (full date; ET = EDT, UTC-4)",
  "r_pendlemarsh": "stamp '{s}' (dd.mm.yyyy HH:MM, Kyiv time implied by the outlet, EEST = UTC+3)",
}
MIDNIGHT = {"5007": "2023-08-14", "5009": "2023-12-11"}


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
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), hm=d.strftime("%H:%M"), z=S["zone"], iso=d.isoformat(),
                                        l=d.strftime("%Y-%m-%d %H:%M"))
            if S["id"] in MIDNIGHT and d.strftime("%Y-%m-%d") == MIDNIGHT[S["id"]]:
                basis += "; midnight crossing: the local date is the day after the page's first local date"
            fs = e.get("fs") or (first_sentence(e["p"][0]) if e["p"] else None)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis, "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
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
        print(f"{fn:40s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/ei seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real aviation, travel, rail and auto trade outlets; Part B
outlets are invented. Deterministic. Run from the project root:  python3 eval/ei/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Corp.", "Inc.", "Co.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def has_time(t):
    return len(t) > 10


def dt(s, zone):
    if not has_time(s):
        s = s + " 12:00"
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


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


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_simpleflying(S):
    """Simple Flying (Valnet) article, HTML: breadcrumb, title-case h1, 'By AUTHOR', 'Published Aug 30, 2026, 9:41 AM EDT',
    Follow/Like/Share row, hero caption with photo credit, a 'Summary' bullet box (not a Key Points list), h2 sections,
    embedded 'Related' cards, comment thread teaser. NewsArticle JSON-LD. Sections carry no stamp of their own."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "headline": S["title"], "description": S["lede"], "image": {"@type": "ImageObject", "url": "https://static1.simpleflyingimages.com/wordpress/wp-content/uploads/2026/08/a320-rzeszow-apron.jpg", "width": 1600, "height": 900},
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"], "url": "https://simpleflying.com/author/" + slug(S["byline"]) + "/"}],
          "publisher": {"@type": "Organization", "name": "Simple Flying", "logo": {"@type": "ImageObject", "url": "https://simpleflying.com/public/build/images/sf-logo-full-colored-dark.svg"}}}
    pub = f"{SHORT_MONTHS[d0.month - 1]} {d0.day}, {d0.year}, {ampm(d0, space=' ', upper=True)} {S['abbr']}"; S["page_stamp"] = pub
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="page-article">',
           '<header class="header"><a class="logo" href="/" aria-label="Simple Flying">Simple Flying</a>'
           '<nav class="header-nav"><a href="/category/aviation-news/">Aviation News</a> <a href="/category/airlines/">Airlines</a> '
           '<a href="/category/aircraft/">Aircraft</a> <a href="/category/airports/">Airports</a> <a href="/category/features/">Features</a> '
           '<a href="/category/military-aviation/">Military Aviation</a> <a href="/newsletter/">Newsletter</a></nav>'
           '<button class="header-search">Search</button> <a class="header-signin" href="/login/">Sign in</a></header>',
           '<main><article class="article">',
           '<div class="breadcrumb"><a href="/category/aviation-news/">Aviation News</a></div>',
           f'<h1 class="article-header-title">{esc(S["title"])}</h1>',
           f'<div class="article-header-author">By <a href="/author/{slug(S["byline"])}/">{esc(S["byline"])}</a></div>',
           f'<div class="article-header-date"><time datetime="{d0.isoformat()}">Published {pub}</time></div>',
           '<div class="article-header-actions"><button>Follow</button> <button>Like</button> <button>Share</button> '
           '<span class="tooltip">Link copied to clipboard</span></div>',
           f'<figure class="hero"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="article-summary"><h4>Summary</h4><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["summary"]) + '</ul></div>',
           '<div class="article-body">', f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 id="{slug(e["h"], 40)}">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append(f'<div class="display-card article-card"><span class="card-label">Related</span>'
                       f'<a href="/{slug(S["related"][0])}/"><h5>{esc(S["related"][0])}</h5></a>'
                       f'<p>{esc(S["related"][1])}</p></div>')
    out += [f'<p>{esc(S["outro"])}</p>', f'<p class="source"><em>Sources: {esc(S["sources"])}</em></p>', '</div>',
            '<div class="article-tags"><a href="/tag/russia/">Russia</a> <a href="/tag/ukraine/">Ukraine</a> <a href="/tag/poland/">Poland</a> '
            '<a href="/tag/aeroflot/">Aeroflot</a></div>',
            '<section class="thread"><h3>Thread</h3><p>Sign in to your Simple Flying account</p><p>Join the conversation: tell us what you think, and please stay civil.</p>'
            '<button>Post</button><p>Be the first to post</p></section>',
            '<aside class="trending"><h3>Trending Now</h3><a href="/boeing-777x-certification-update/">Where Boeing\'s 777X Certification Stands This Autumn</a> '
            '<a href="/longest-a321xlr-routes/">The Longest Airbus A321XLR Routes Flown Today</a></aside>',
            '</article></main>',
            '<footer class="footer"><a href="/page/about/">About Us</a> <a href="/page/contact/">Contact Us</a> <a href="/page/privacy/">Privacy Policy</a> '
            '<a href="/page/terms/">Terms</a><p>Copyright \u00a9 2026 simpleflying.com</p><p>Simple Flying is part of the Valnet Publishing Group</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_aviationweek(S):
    """Aviation Week Network 'Defense' section front, text scrape. Cards: topic kicker, headline, teaser, author line, then
    a date line 'Sep 05, 2026' with no time, access label ('Subscription Required' / 'Free'), newsletter badge; no zone."""
    z = S["zone"]
    L = ["Skip to main content", "", "Aviation Week Network", "Subscribe", "Login", "",
         "Aerospace   Defense and Space   Business Aviation   Commercial Aviation   MRO   Space   Events   Podcasts   Intelligence   Marketplace", "",
         "Part of Informa Markets", "", S["title"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day:02d}, {d.year}"; stamps.append(st)
        L += [e["kicker"], e["h"]] + ptxt(e["p"])[:-1] + [""]
        L += [e["a"], st, e.get("access", "Subscription Required"), e.get("badge", "Aerospace Daily & Defense Report"), ""]
        if i == 2:
            L += ["Newsletter Sign-Up", "Get the Aerospace Daily & Defense Report delivered to your inbox every weekday.", "Sign up", ""]
        if i == 4:
            L += ["Podcast: Check 6", "Our editors discuss the week's top defense stories.", "Listen now", ""]
    L += ["Load More", "", "Aviation Week Network", "About Us   Contact Us   Advertise   Terms of Use   Privacy Policy   Cookie Policy",
          "\u00a9 2026 Informa Markets. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_flightglobal(S):
    """FlightGlobal 'Defence' news listing, HTML: cards with headline link, standfirst, 'By NAME' and a visible date
    '6 September 2026' whose <time datetime> attribute carries the full time with the UK offset; premium padlock labels.
    No JSON-LD on the listing."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Flight Global</title>',
           '<meta property="og:site_name" content="Flight Global"></head><body>',
           '<div class="cookie-banner">We use cookies to give you the best online experience. <button>Accept</button> <a href="/cookie-policy/">Cookie policy</a></div>',
           '<header class="masthead"><a class="logo" href="/">FlightGlobal</a>'
           '<nav><a href="/airlines/">Airlines</a> <a href="/aerospace/">Aerospace</a> <a href="/defence/">Defence</a> <a href="/safety/">Safety</a> '
           '<a href="/business-aviation/">Business Aviation</a> <a href="/fleets/">Fleets</a> <a href="/jobs/">Jobs</a> <a href="/events/">Events</a></nav>'
           '<a class="premium" href="/subscribe/">Subscribe to FlightGlobal Premium</a> <a href="/sign-in/">Sign in</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<ul class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        link = f"/defence/{slug(e['h'])}.{148100 + i * 37}.article"
        lock = '<span class="premium-icon" title="FlightGlobal Premium">Premium</span> ' if e.get("premium") else ""
        out.append(f'<li class="story"><h2>{lock}<a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="standfirst">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="meta"><span class="author">By {esc(e["a"])}</span> <time datetime="{d.isoformat()}">{st}</time></p></li>')
        if i == 2:
            out.append('<li class="promo">Sign up to our newsletters: the latest aerospace news direct to your inbox. <a href="/newsletters/">Register</a></li>')
    out += ['</ul><a class="more" href="/defence/?page=2">More stories</a></main>',
            '<aside class="most-read"><h3>Most read</h3><a href="/airlines/long-haul-load-factors-summer-2026.article">Long-haul load factors hold up through late summer</a></aside>',
            '<footer>Site powered by Webvision Cloud \u00b7 <a href="/terms/">Terms and conditions</a> \u00b7 <a href="/privacy/">Privacy policy</a>'
            '<p>\u00a9 2026 DVV Media International Ltd</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_skift(S):
    """Skift WordPress RSS 2.0: pubDate in +0000, dc:creator in CDATA, several <category> per item, <description> = the
    WordPress excerpt (first words + ' [&#8230;]'), <content:encoded> = full paragraphs. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://skift.com/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://skift.com</link>', f'\t<description>{esc(S["lede"])}</description>',
           f'\t<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = 1318400 + i * 53
        link = f"https://skift.com/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'])}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:30]) + (" [&#8230;]" if len(words) > 30 else "")
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">https://skift.com/?p={pid}</guid>',
                f'\t\t<description><![CDATA[{excerpt}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) + ']]></content:encoded>',
                f'\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_tpg(S):
    """The Points Guy live-updates news article, text scrape: 'Advertiser Disclosure', title, 'By NAME', 'Edited by NAME',
    'Updated Sept. 8, 2026', editorial disclaimer, intro, then updates newest first, each '6:45 p.m. ET' line before the
    headline (no date per update), card-offer ad box between updates."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to content", "THE POINTS GUY", "News   Credit cards   Points & miles   Travel   Deals   Reviews   Guides", "Sign in", "",
         "Advertiser Disclosure", "", "News", "", S["title"], "", S["subtitle"], "", f"By {S['byline']}", f"Edited by {S['editor']}",
         f"Updated {AP_MONTHS[last.month - 1]} {last.day}, {last.year}", "", "Editor's Note", S["disclaimer"], "", S["lede"], "",
         "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Featured offer", "Earn bonus points on your next trip. Learn more", "Terms apply.", ""]
    L += [S["related"], "", "Sign up for our daily newsletter", "", "About TPG   Contact   Advertise   Privacy   Terms", "\u00a9 2026 The Points Guy, LLC. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_railgazette(S):
    """Railway Gazette International news-in-brief article, HTML: topic label, h1, bold standfirst, visible date '9 October 2026'
    without a time, author line, h3 sub-items (one entry each), 'Read more' related links; NewsArticle JSON-LD whose
    datePublished carries the time. Sub-items have no stamp."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "url": S["url"],
          "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "Railway Gazette International", "logo": {"@type": "ImageObject", "url": "https://www.railwaygazette.com/magazine/graphics/logo.png"}},
          "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"}}
    S["page_stamp"] = f"{d0.day} {MONTHS[d0.month - 1]} {d0.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | News | Railway Gazette International</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Railway Gazette International</a>'
           '<nav><a href="/news/">News</a> <a href="/infrastructure/">Infrastructure</a> <a href="/traction-and-rolling-stock/">Traction &amp; Rolling Stock</a> '
           '<a href="/policy/">Policy</a> <a href="/passenger/">Passenger</a> <a href="/freight/">Freight</a> <a href="/signalling-and-control/">Signalling &amp; Control</a> '
           '<a href="/technology/">Technology</a> <a href="/events/">Events</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/sign-in/">Sign in</a></header>',
           '<main><article>', '<p class="category"><a href="/europe/">Europe</a></p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst"><strong>{esc(S["lede"])}</strong></p>',
           f'<div class="byline"><span class="date">{S["page_stamp"]}</span> <span class="author">{esc(S["byline"])}</span></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="article-body paywall">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<div class="inline-promo">Sign up for Railway Gazette International\u2019s free weekly e-newsletter <a href="/newsletter/">Register</a></div>')
    out += ['</div><section class="related"><h4>Read more</h4>'] + [f'<p><a href="/{slug(r)}/">{esc(r)}</a></p>' for r in S["more"]] + ['</section>',
            '<div class="tags">Tags: Ukraine, Ukrzaliznytsia, Russia, Poland</div></article></main>',
            '<footer>\u00a9 2026 DVV Media International Ltd \u00b7 Site powered by Webvision Cloud \u00b7 <a href="/terms/">Terms</a> \u00b7 <a href="/privacy/">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_irj(S):
    """International Railway Journal (WordPress) region listing, text scrape: region tag, headline, 'Written by NAME',
    date line 'November 8, 2026' with no time, excerpt, 'Read more'. Newest first (same day)."""
    z = S["zone"]
    L = ["International Railway Journal", "Subscribe   Newsletter   Advertise", "",
         "News   Regions   Passenger   Freight   Infrastructure   Rolling Stock   Signalling   Technology   Magazine   Events", "", "Search for:", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        L += [e["tag"], e["h"], f"Written by {e['a']}", st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["IRJ Newsletter", "Sign up to receive the latest rail industry news every week.", ""]
    L += ["Older posts", "", "Related Events", "Rail Business Days 2027", "", "\u00a9 2026 International Railway Journal. All Rights Reserved.",
          "Privacy Policy   Terms & Conditions   Contact"]
    return "\n".join(L) + "\n", stamps


def r_autonews(S):
    """Automotive News (Crain) 'Europe' section listing, HTML: each card prints the stamp BEFORE the headline as
    'November 22, 2026 03:15 PM' (no zone; Detroit time implied), then headline, summary, and a credit line (staff name,
    'Reuters' or 'Bloomberg'). CollectionPage JSON-LD without dates."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "url": S["url"],
          "publisher": {"@type": "Organization", "name": "Automotive News", "parentOrganization": {"@type": "Organization", "name": "Crain Communications"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Automotive News</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="leaderboard-ad">Advertisement</div>',
           '<header><a class="logo" href="/">Automotive News</a><nav><a href="/retail/">Retail</a> <a href="/oems/">OEMs</a> <a href="/suppliers/">Suppliers</a> '
           '<a href="/mobility/">Mobility</a> <a href="/europe/">Europe</a> <a href="/china/">China</a> <a href="/data-center/">Data Center</a> '
           '<a href="/events/">Events</a> <a href="/podcasts/">Podcasts</a></nav><a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="section-river">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"; stamps.append(st)
        out.append(f'<div class="feature-article"><div class="article-date">{st}</div>')
        out.append(f'<h2 class="feature-article-headline"><a href="/{e.get("sect", "europe")}/an-{slug(e["h"], 50)}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="feature-article-summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="article-byline">{esc(e["credit"])}</div></div>')
        if i == 1:
            out.append('<div class="newsletter-signup">Get the Automotive News Europe Daily newsletter. <a href="/newsletters/">Sign up</a></div>')
        if i == 3:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</div><a class="load-more" href="?page=1">Load more</a></main>',
            '<footer><p>Automotive News is part of Crain Communications Inc.</p><a href="/about/">About Us</a> <a href="/contact/">Contact Us</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms and Conditions</a><p>Copyright \u00a9 1996-2026. Crain Communications, Inc. All Rights Reserved.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_avherald(S):
    """The Aviation Herald, text scrape of the front page with the newest articles expanded: headline
    'Incident: Operator Type at Place on Nov 29th 2026, what' (the date in the headline is the occurrence, not the
    publication), then 'By NAME, created Monday, Nov 30th 2026 16:41Z, last updated ...', body, reader-comment stub."""
    z = S["zone"]; order_check(S, True)
    L = ["The Aviation Herald", "Home   News   Search   Subscribe   Contact   Disclaimer   Privacy", "",
         f"Last Update: {DAYS_EN[dt(S['entries'][0]['t'], z).weekday()]}, {S['upd']}", "", "Filters: Accident  Crash  Incident  News  Report", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); u = dt(e.get("upd", e["t"]), z)
        st = f"{DAYS_EN[d.weekday()]}, {SHORT_MONTHS[d.month - 1]} {ordinal(d.day)} {d.year} {d:%H:%M}Z"; stamps.append(st)
        ut = f"{DAYS_EN[u.weekday()]}, {SHORT_MONTHS[u.month - 1]} {ordinal(u.day)} {u.year} {u:%H:%M}Z"
        L += [e["h"], f"By {e['a']}, created {st}, last updated {ut}", ""] + ptxt(e["p"])
        if e.get("metar"):
            L += ["Metars:", e["metar"], ""]
        L += [f"Reader Comments: {e.get('rc', 0)}", "(reader comments are not checked by The Aviation Herald)", "", "------", ""]
    L += ["Older articles", "", "\u00a9 2008-2026 The Aviation Herald, all rights reserved"]
    return "\n".join(L) + "\n", stamps


def r_trains(S):
    """Trains magazine (trains.com, Kalmbach Media, WordPress) RSS 2.0: pubDate +0000, dc:creator in CDATA (sometimes the
    generic 'Trains Staff'), categories, description = excerpt with the '[&#8230;]' tail, content:encoded paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<atom:link href="https://www.trains.com/trn/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.trains.com/trn/</link>', f'<description>{esc(S["lede"])}</description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.8.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.trains.com/trn/news-reviews/news-wire/{slug(e['h'])}/"
        words = e["p"][0].split()
        excerpt = " ".join(words[:25]) + (" [&#8230;]" if len(words) > 25 else "")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e.get("creator", e["a"])}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>'] + [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]] + [
                f'<guid isPermaLink="false">https://www.trains.com/?p={289400 + i * 17}</guid>',
                f'<description><![CDATA[<p>{excerpt}</p>\n<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.trains.com/trn/">Trains</a>.</p>]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) +
                f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.trains.com/trn/">Trains</a>.</p>]]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps



# ================================================================ Part B renderers (invented outlets)

def r_saltbrook(S):
    """text live, newest first; bulleted 'Key Points' block under the standfirst; each post is a '14:05 GMT' line, the
    headline, the body and an optional 'Reporting by NAME' line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  |  UK  |  World  |  Business  |  Opinion  |  Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show latest updates first  |  Show oldest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 0:58]", ""]
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += [f"Get the {S['source']} war briefing every morning: sign up here.", ""]
    L += ["Load more updates", "", f"\u00a9 {S['source']} 2026  |  Terms  |  Privacy  |  Cookies"]
    return "\n".join(L) + "\n", stamps


def r_vennacott(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with a liveBlogUpdate array (per-update headline, datePublished
    with +02:00, articleBody, author); visible '09:25' in <time datetime>; author line under the h3."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{4410 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=2)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="top"><a href="/" class="brand">{esc(S["source"])}</a> <nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/regions">Regions</a> <a href="/donate">Support independent journalism</a></nav></header>',
           f'<main class="liveblog"><span class="badge">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<section class="updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="post-{4410 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="share">Share this update</button></article>')
        if i == 3:
            out.append(f'<aside class="read-also"><b>Read also:</b> <a href="/war/{slug(S["readalso"])}">{esc(S["readalso"])}</a></aside>')
    out += ['</section></main>', f'<footer>\u00a9 2026 {esc(S["source"])} \u00b7 About us \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """general world RSS 2.0 feed, newest first; pubDate 'GMT' or numeric offset (S['rfc']); description HTML in CDATA;
    optional dc:creator; category per item."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<copyright>\u00a9 2026 {esc(S["source"])}</copyright>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 40)}-{7310 + i}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:thumbnail width="240" height="135" url="{S["url"]}/img/{7310 + i}.jpg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> with the outlet's offset (Z for UTC); escaped-HTML <content>; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<rights>\u00a9 2026 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{slug(e["h"], 40)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{6200 + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps



def r_corviston(S):
    """HTML live, newest first, no JSON-LD; a bare '17:50' in a <span> above the h2 and one printed note 'All times CET';
    optional author line; a photo-gallery placeholder for teasers."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta name="robots" content="max-image-preview:large"></head><body>',
           '<div class="consent">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine war</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u2013 {esc(S["tznote"])}</p>',
           f'<p class="teaser-text">{esc(S["lede"])}</p>', '<div class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ticker-item"><span class="ticker-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="ticker-author">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Photo gallery: 12 pictures]</div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<aside class="more"><h3>More on this topic</h3><a href="/ukraine/{slug(S["more"])}">{esc(S["more"])}</a></aside>')
    out += ['</div><p class="archive"><a href="/live/ukraine-2026-11-28">Saturday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Data protection \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_yarrowdale(S):
    """text live, oldest first; a '8:05 a.m. ET' line before each headline; page byline; a note on syndicated posts."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  \u00b7  Nation  \u00b7  World  \u00b7  Sports  \u00b7  Opinion  \u00b7  Obituaries", "", S["title"], S["dateline"], S["byline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e.get("credit"):
            L += [e["credit"], ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This blog is no longer being updated.", "", f"{S['source']}  \u00b7  Contact the newsroom  \u00b7  Terms  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps



def r_orrelsby(S):
    """text live, oldest first; date line with weekday and day but NO year; bare '07:10' line before the headline; one
    two-name page byline; 'Video:' teasers show only a player placeholder."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  |  Ukraine  |  Russia  |  Europe  |  Analysis", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["\u25b6 Play video", ""])
        if i == 2:
            L += ["Support our reporting from Ukraine: become a member today.", ""]
    L += ["We have closed this live page. Thank you for following.", "", f"{S['source']}  |  About  |  Contact  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_quenmore(S):
    """HTML article with h2 sections (one entry each), NewsArticle JSON-LD, a dateline with time and zone abbreviation
    '13 September 2026, 16:30 CEST' and a page byline; sections carry no stamps."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    S["page_stamp"] = f"{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} {S['abbr']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "articleSection": "Europe"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="brand">{esc(S["source"])}</span> <nav><a>Politics</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           '<main><article>', f'<p class="kicker">{esc(S["kicker"])}</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])} \u00b7 {S["page_stamp"]}</p>',
           '<div class="share"><a>Share</a> <a>Print</a> <a>Listen to this article (6 min)</a></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="box">Subscribe to the Quenmore Review\u2019s Sunday Europe briefing.</aside>')
    out += [f'<p class="more">{esc(S["more"])}</p>', '</article></main>', f'<footer>\u00a9 {esc(S["source"])} 2026 \u00b7 Legal notice \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


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
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"])
            if has_time(e["t"]):
                pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); loc = d.strftime("%Y-%m-%d %H:%M ") + S["zone"]
            else:
                pub = e["t"]; loc = e["t"] + " " + S["zone"]
            for k in ("h", "a"):
                assert e[k] is None or e[k] in text, (S["id"], i, e[k])
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], p=S.get("page_stamp", ""), d=loc.rsplit(" ", 1)[0], z=S["zone"]),
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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A data: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 14000 Simple Flying
SEEDS.append(dict(
  id="14000", name="14000_simpleflying-weekreview", ext="html", source="Simple Flying", zone="America/New_York", render=r_simpleflying,
  title="Drone Alerts, Closed Runways And New Sanctions: How Russia's War Shaped Aviation This Week",
  url="https://simpleflying.com/russia-war-aviation-week-review-august-30-2026/",
  dateline_t="2026-08-30 09:41", abbr="EDT", byline="Tobias Lindgren",
  caption="A Ryanair Boeing 737 on the apron at Rzeszow-Jasionka. Photo: Krzysztof Walas | Shutterstock",
  summary=["Polish airports near the border shut for hours as Russian drones struck western Ukraine.",
           "Moscow's main airports imposed flight restrictions during a Ukrainian drone raid, and Aeroflot cancelled dozens of flights.",
           "The EU's newest sanctions package goes after the trade in aircraft spare parts through third countries."],
  lede="Four and a half years into the full-scale invasion, the war between Russia and Ukraine continues to ripple through European and Russian aviation. Here is what mattered for airlines and airports this week.",
  related=("Why Ukraine's Airports Have Stayed Closed Since February 2022", "A look at what it would take to restart commercial flights to Kyiv, Lviv and Odesa."),
  outro="Simple Flying will keep tracking the war's effect on commercial aviation in the weeks ahead.",
  sources="Polish Air Navigation Services Agency, Rosaviatsia, European Commission, Ukrainian Ministry of Communities and Territories Development",
  basis="no stamp per section; the page's only time is 'Published {p}' (12-hour clock with 'EDT' printed; also in <time datetime> and JSON-LD datePublished); local {d} in {z}",
  notes="Imitates a Simple Flying (Valnet) weekly round-up article. One h1, byline 'By Tobias Lindgren', 'Published Aug 30, 2026, 9:41 AM EDT', a 'Summary' box with three bullets (an editor summary, NOT a Key Points list: its bullets are not the section headlines, so key_point is false everywhere), then five h2 sections, one entry per section. Sections have no stamp of their own: published = the page's published time for all five. The page byline is every section's author. The first body paragraph after the Summary box is the article lede (not an entry); the closing paragraph and 'Sources:' line are chrome. A 'Related' embedded card sits after the second section.",
  not_entries=["header logo, navigation, search and sign-in", "breadcrumb 'Aviation News'", "h1 page title", "byline 'By Tobias Lindgren'",
               "'Published Aug 30, 2026, 9:41 AM EDT' line", "Follow / Like / Share buttons and 'Link copied to clipboard'", "hero photo caption with credit",
               "'Summary' box with three bullets", "lede paragraph 'Four and a half years into the full-scale invasion ...'",
               "'Related' card after the second section", "closing paragraph 'Simple Flying will keep tracking ...'", "'Sources: ...' line",
               "tag links", "comment thread box ('Thread', 'Sign in to your Simple Flying account', 'Be the first to post')",
               "'Trending Now' rail", "footer"],
  entries=[
  E("2026-08-30 09:41", "Drone Alerts Shut Rzeszow And Lublin Airports Overnight",
    ["Two airports in southeastern Poland suspended operations for roughly four hours on Friday night while Russia launched waves of drones and missiles at western Ukraine.",
     "Poland's air navigation agency said the closures at Rzeszow-Jasionka and Lublin were precautionary, and the country's operational command scrambled fighter jets to patrol the border. No aircraft were diverted, although three late arrivals landed in Krakow instead.",
     "It is the fifth such overnight closure at Rzeszow since the start of summer, a pattern that regional carriers say is now built into their winter planning."],
    "other", "security", 2, "poland-airport-closures-drone-alert-2026-08-28", a="Tobias Lindgren",
    n="precautionary closure and fighter patrol, no engagement reported: other/security"),
  E("2026-08-30 09:41", "Aeroflot Scraps Dozens Of Flights As Moscow Airports Face Restrictions",
    ["A Ukrainian drone attack on the Moscow region on Thursday forced temporary restrictions at Sheremetyevo, Vnukovo and Zhukovsky, with Aeroflot cancelling 41 flights and delaying more than 100.",
     "Moscow Mayor Sergei Sobyanin said air defenses destroyed 23 drones approaching the capital over the course of the day. Rosaviatsia lifted the last restrictions shortly before midnight.",
     "Passengers reported waiting up to nine hours at Sheremetyevo as the airline tried to reposition aircraft and crews."],
    "other", "security", 2, "ukraine-drone-raid-moscow-airports-2026-08-27", a="Tobias Lindgren", sec=["strikes"],
    n="headline leads with the civil-aviation disruption caused by a drone raid: other/security, secondary strikes"),
  E("2026-08-30 09:41", "EU Sanctions Package Targets Aircraft Parts Trade",
    ["The European Union this week adopted its latest sanctions package against Russia, and aviation features prominently.",
     "The measures ban EU companies from selling aircraft components to firms in five third countries that Brussels says have been passing parts on to Russian airlines. They also add two Russian regional carriers to the bloc's list of sanctioned entities.",
     "Russian operators have kept their Western-built fleets flying largely through parallel imports and by cannibalizing grounded jets, according to industry analysts."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-aircraft-parts-2026-08", a="Tobias Lindgren",
    n="sanctions = diplomacy; EU package adopted: importance 3"),
  E("2026-08-30 09:41", "GPS Interference Over The Baltic Keeps Growing",
    ["Airlines flying over the Baltic Sea continue to report satellite navigation jamming and spoofing, which Finnish, Estonian and Lithuanian officials attribute to Russian electronic warfare systems in Kaliningrad and near St Petersburg.",
     "Estonia's aviation regulator logged more than 1,100 affected flights in August alone. Pilots fall back on inertial and ground-based navigation, but the interference has forced at least two go-arounds at Tartu this summer."],
    "other", "security", 2, "baltic-gps-jamming-aviation-2026-08", a="Tobias Lindgren"),
  E("2026-08-30 09:41", "Kyiv Says Lviv Could Reopen Quickly Once Guns Fall Silent",
    ["Ukraine's infrastructure ministry said Lviv Danylo Halytskyi International Airport could handle its first commercial flights within six weeks of a durable ceasefire.",
     "Officials said runway inspections and insurance arrangements with European partners are already being prepared, but that no date can be set while Russian air attacks continue."],
    "other", "politics", 2, "ukraine-lviv-airport-reopening-plan-2026-08", a="Tobias Lindgren",
    n="domestic planning for reopening civil aviation: other/politics"),
  ]))

# ---------------------------------------------------------------- 14001 Aviation Week
SEEDS.append(dict(
  id="14001", name="14001_aviationweek-defense", ext="txt", source="Aviation Week", zone="America/New_York", render=r_aviationweek,
  title="Defense", lede="The latest news and analysis on military aircraft, missiles, space and budgets.",
  basis="date-only stamp '{s}' on the card (Aviation Week prints no time on section fronts); no time can be known, so published is the date only; local day {d} in {z} (outlet's home zone, none printed)",
  notes="Imitates the Aviation Week Network 'Defense' section front as a text scrape. Each card: topic kicker (e.g. 'Military Operations'), headline, teaser paragraph(s), author line, date line 'Sep 05, 2026' (no time, no zone), access label ('Subscription Required' or 'Free') and a newsletter badge ('Aerospace Daily & Defense Report' or 'Aviation Daily'). Only dates are printed, so published is date-only (2026-09-05) for every card, like gold 002. Home zone America/New_York assumed (nothing printed). Two cards are not about the war (GCAP/Tempest, Space Force launches): other/unrelated. A newsletter sign-up box and a podcast promo sit between cards.",
  not_entries=["skip link, logo, Subscribe / Login, main navigation", "Informa ownership line", "section title 'Defense' and its description",
               "kicker line above each headline (e.g. 'Military Operations')", "access labels 'Subscription Required' / 'Free'",
               "newsletter badges 'Aerospace Daily & Defense Report' / 'Aviation Daily'", "'Newsletter Sign-Up' box after the third card",
               "'Podcast: Check 6' promo after the fifth card", "'Load More'", "footer links and copyright"],
  entries=[
  E("2026-09-05", "Ukrainian Drones Hit Su-34 Base In Rostov Region",
    ["Ukraine's General Staff says long-range drones struck Morozovsk air base overnight Sept. 4-5, hitting a fuel depot and at least one hangar used by Su-34 fighter-bombers.",
     "Russia's defense ministry said 48 drones were downed over southern regions but did not mention the base. Commercial satellite imagery reviewed by Aviation Week was inconclusive."],
    "strikes", "strikes", 2, "ukraine-drone-strike-morozovsk-2026-09-05", a="Marcus Holloway", kicker="Military Operations",
    n="Ukrainian strike on a Russian base, no casualties reported: importance 2"),
  E("2026-09-05", "Berlin Orders Six More IRIS-T SLM Fire Units For Kyiv",
    ["Germany has signed a contract with Diehl Defence for six additional IRIS-T SLM fire units and several hundred missiles for Ukraine, worth about \u20ac2.1 billion, the Defense Ministry in Berlin confirmed.",
     "Deliveries are to begin in 2027. Ukraine already operates more than a dozen of the medium-range systems, which Kyiv credits with a high intercept rate against cruise missiles."],
    "aid", "aid", 3, "germany-iris-t-contract-ukraine-2026-09", a="Ilse Brandt and Marcus Holloway", kicker="Missile Defense",
    n="major contract for Ukraine: importance 3; two-name byline kept as printed"),
  E("2026-09-05", "Europeans Line Up Funding For Next PURL Tranche",
    ["Four NATO allies have pledged a combined $900 million toward the next batch of U.S.-made weapons bought for Ukraine under the alliance's Prioritized Ukraine Requirements List mechanism.",
     "Officials say the package is likely to be weighted toward Patriot interceptors and HIMARS munitions."],
    "aid", "aid", 2, "purl-tranche-funding-2026-09", a="Derek Sampson", kicker="Budget, Policy & Operations", access="Free",
    n="first sentence keeps the 'U.S.-made' abbreviation mid-sentence"),
  OFF("2026-09-05", "GCAP Partners Firm Up Demonstrator Schedule",
    ["The UK, Italy and Japan have agreed a revised timeline for the Global Combat Air Program's supersonic demonstrator, with a first flight now expected in 2028."],
    "gcap-demonstrator-schedule-2026-09", a="Nadia Okafor", kicker="Military Aircraft", n="sixth-generation fighter program, not about the war"),
  E("2026-09-05", "Russia Unveils Longer-Range Glide Kit For Heavy Bombs",
    ["Russian state media have shown a new wing kit that Moscow says extends the range of its 3,000-kg glide bombs to more than 90 km.",
     "Ukrainian officials say the heavier bombs are already being used against front-line towns in the Donetsk region, and that the longer reach would put cities such as Kramatorsk at greater risk."],
    "other", "security", 2, "russia-extended-range-glide-bomb-kit-2026-09", a="Pieter van Aalst", kicker="Weapons",
    n="weapons development shown by state media (no specific attack): other/security, secondary strikes", sec=["strikes"]),
  OFF("2026-09-05", "Space Force Splits Latest Launch Batch Among Three Providers",
    ["U.S. Space Force awarded 11 national security launch missions for fiscal 2027 to SpaceX, United Launch Alliance and Blue Origin."],
    "space-force-launch-awards-2026-09", a="Carmen Ruiz", kicker="Space", badge="Aviation Daily", n="US space launch contracts"),
  E("2026-09-05", "Interceptor Drones Become Ukraine's Cheapest Shahed Killer",
    ["Ukraine's air force says small interceptor drones now account for roughly a third of its Shahed shoot-downs on some nights, a share that was close to zero a year ago.",
     "The interceptors cost a few thousand dollars each, a fraction of a surface-to-air missile, but they depend on radar cueing and trained operators spread along likely approach routes."],
    "strikes", "strikes", 2, "analysis-ukraine-interceptor-drones-2026-09", a="Nadia Okafor", kicker="Unmanned Systems",
    n="analysis of air-defence engagements (theme piece, no single attack)"),
  ]))

# ---------------------------------------------------------------- 14002 FlightGlobal
SEEDS.append(dict(
  id="14002", name="14002_flightglobal-defence", ext="html", source="FlightGlobal", zone="Europe/London", render=r_flightglobal,
  title="Defence",
  basis="visible date '{s}' on the card; the time comes from the card's <time datetime> attribute (+01:00, UK summer time); local {d} in {z}",
  notes="Imitates the FlightGlobal 'Defence' news listing (HTML, no JSON-LD). Newest first. Each card: h2 headline (some with a 'Premium' padlock label before the link), one or two standfirst paragraphs, 'By NAME' and a visible date '6 September 2026' inside <time datetime=\"2026-09-06T18:10:00+01:00\">: the visible text gives only the date, the attribute gives the minute. Two cards are not about the war (Embraer C-390 order, Eurodrone delay): other/unrelated. Newsletter promo after the third card.",
  not_entries=["cookie banner", "logo and navigation, 'Subscribe to FlightGlobal Premium', 'Sign in'", "section title 'Defence'",
               "'Premium' padlock labels", "newsletter promo after the third card", "'More stories' link", "'Most read' rail", "footer"],
  entries=[
  E("2026-09-06 18:10", "Romanian training centre hands over last Dutch F-16s to Ukraine",
    ["The Netherlands has transferred the final five F-16s it based at the European F-16 Training Center in Romania to Ukraine, completing its pledge of 24 aircraft.",
     "Dutch defence ministry officials say the jets will be ferried in stages once Ukrainian crews finish conversion training."],
    "aid", "aid", 2, "netherlands-final-f16s-ukraine-2026-09", a="Rhiannon Pryce"),
  E("2026-09-06 15:35", "Russian missiles target Starokostiantyniv air base",
    ["Russia fired 12 cruise missiles and several dozen drones at the Khmelnytskyi region overnight, with Ukraine's air force saying most were intercepted but that the Starokostiantyniv air base sustained damage.",
     "Kyiv gave no details of aircraft losses. The base has been hit repeatedly since 2022 because it hosts Su-24M jets that carry Storm Shadow missiles."],
    "strikes", "strikes", 2, "russian-strike-starokostiantyniv-2026-09-06", a="Anil Mehra", premium=True),
  E("2026-09-06 12:50", "Sweden and Ukraine move to contract talks on Gripen E",
    ["Swedish defence minister Pal Jonson said negotiations with Kyiv on a purchase of Gripen E fighters have moved into a contract phase, with financing expected to come partly from frozen Russian assets.",
     "Stockholm has not said how many aircraft are involved; earlier statements mentioned up to 150."],
    "aid", "aid", 3, "sweden-gripen-ukraine-contract-talks-2026-09", a="Sofie Kjaer", sec=["diplomacy"],
    n="ministerial statement on a major fighter deal: importance 3"),
  OFF("2026-09-06 10:15", "Embraer books another European C-390 order",
    ["Embraer has secured an order for four C-390 Millennium transports from a European air force, taking the type's NATO customer count to nine."],
    "embraer-c390-european-order-2026-09", a="Tom Ashdown", n="transport aircraft order, not about the war"),
  E("2026-09-06 09:00", "Kyiv claims Su-35 shoot-down near Zaporizhzhia front",
    ["Ukraine's air force says it destroyed a Russian Su-35 fighter over the Zaporizhzhia region early on Sunday, the third Russian combat jet it has claimed since July.",
     "Russia's defence ministry did not comment. FlightGlobal could not independently verify the claim."],
    "strikes", "strikes", 2, "su35-shootdown-claim-zaporizhzhia-2026-09-06", a="Anil Mehra", premium=True),
  OFF("2026-09-06 07:40", "Eurodrone first flight slips into 2028",
    ["Airbus Defence and Space says the first flight of the Eurodrone medium-altitude long-endurance aircraft will slip by about a year because of supplier delays."],
    "eurodrone-first-flight-delay-2026-09", a="Tom Ashdown", n="European drone programme delay"),
  ]))

# ---------------------------------------------------------------- 14003 Skift
SEEDS.append(dict(
  id="14003", name="14003_skift-feed", ext="xml", source="Skift", zone="UTC", render=r_skift,
  title="Skift", lede="Travel industry news, research and analysis",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Imitates Skift's WordPress RSS 2.0 feed. Newest first; pubDate always +0000 (WordPress); dc:creator in CDATA; several category elements per item; description is the WordPress excerpt (the first 30 words of the first paragraph plus ' [&#8230;]' when longer), content:encoded carries the full paragraphs, which are the body counted here. A general travel-industry feed: four of seven items are not about the war (hotels, Japan departure tax, cruise outlook, Las Vegas), labelled other/unrelated.",
  not_entries=["channel title, link, description, language, sy:update elements, generator", "item category, guid, slash:comments elements",
               "item description (excerpt that repeats the start of content:encoded)"],
  entries=[
  OFF("2026-09-07 20:15", "Hilton Sees Softer U.S. Leisure Bookings Heading Into Year-End",
    ["Hilton executives told an investor conference that U.S. leisure bookings for the fourth quarter are running slightly behind last year, while group and international business travel remain firm.",
     "The company kept its full-year revenue-per-available-room guidance unchanged."],
    "hilton-us-leisure-bookings-2026-09", a="Colleen Marsh", cats=["Hotels", "Earnings"], n="hotel earnings"),
  E("2026-09-07 18:30", "Russian Drone Strike Damages Odesa Hotel, Two Guests Injured",
    ["A Russian drone hit the upper floors of a seafront hotel in Odesa overnight, injuring two guests and a night receptionist, regional officials said on Monday.",
     "The hotel had been operating at about 40 percent occupancy, mostly with aid workers and business travelers. Its owner said it would close for at least two months for repairs.",
     "Odesa's tourism office said bookings for the autumn had already fallen by a third after a summer of repeated attacks on the city."],
    "strikes", "strikes", 2, "odesa-hotel-drone-strike-2026-09-07", a="Jonas Erikson", cats=["Hotels", "Ukraine", "Europe"],
    n="non-deadly strike: importance 2"),
  OFF("2026-09-07 16:05", "Japan Weighs Tripling Its Departure Tax to Fund Overtourism Measures",
    ["Japan's tourism agency has proposed raising the 1,000-yen international departure tax to as much as 3,000 yen, with the extra money going to crowd control in Kyoto and other hot spots."],
    "japan-departure-tax-2026-09", a="Rashid Anwar", cats=["Destinations", "Asia"], n="Japanese tourism tax"),
  E("2026-09-07 14:20", "Lithuania Shuts Belarus Border Crossings Again After Balloon Incursions",
    ["Lithuania closed its two remaining road crossings with Belarus for a week after dozens of smuggling balloons drifted into its airspace and forced Vilnius Airport to halt flights twice over the weekend.",
     "Lithuanian officials called the balloons a deliberate hybrid attack coordinated with Minsk and Moscow, a charge Belarus denies. Airlines including Ryanair and airBaltic warned of further disruption."],
    "other", "security", 2, "lithuania-belarus-border-closure-balloons-2026-09", a="Jonas Erikson", cats=["Airports", "Europe", "Borders"],
    n="hybrid pressure on a NATO state: other/security"),
  OFF("2026-09-07 12:00", "Carnival Lifts Outlook on Strong Caribbean Demand",
    ["Carnival Corp. raised its full-year profit forecast, citing record onboard spending and strong bookings for short Caribbean itineraries."],
    "carnival-outlook-raise-2026-09", a="Colleen Marsh", cats=["Cruise", "Earnings"], n="cruise line results; first sentence keeps 'Corp.' mid-sentence"),
  E("2026-09-07 10:45", "EU Floats Tighter Visa Rules for Russian Travelers in Next Sanctions Round",
    ["The European Commission has proposed that member states stop issuing multiple-entry tourist visas to Russian citizens as part of its next sanctions package, EU officials said.",
     "Several southern European countries, which still receive Russian visitors, are expected to resist the measure."],
    "diplomacy", "diplomacy", 2, "eu-russian-visa-curbs-proposal-2026-09", a="Rashid Anwar", cats=["Policy", "Europe", "Russia"],
    n="sanctions proposal, not yet adopted: importance 2"),
  OFF("2026-09-07 08:10", "Las Vegas Visitation Slips for Seventh Straight Month",
    ["Las Vegas drew about 3.2 million visitors in July, down 5 percent from a year earlier, according to the city's convention and visitors authority."],
    "las-vegas-visitation-decline-2026-09", a="Hannah Velasquez", cats=["Destinations", "Data"], n="US destination statistics"),
  ]))

# ---------------------------------------------------------------- 14004 The Points Guy
TPG_BY = "Caroline Whitfield"
SEEDS.append(dict(
  id="14004", name="14004_thepointsguy-live", ext="txt", source="The Points Guy", zone="America/New_York", render=r_tpg,
  title="Live updates: Warsaw flights disrupted after Russian drones enter Polish airspace",
  subtitle="Both Warsaw airports halted departures for several hours on Tuesday. Here's what travelers need to know.",
  byline=TPG_BY, editor="Marcus Bell",
  disclaimer="The views in this story belong to the writer; no bank, card issuer, airline or hotel brand has reviewed or approved them.",
  lede="Flights in and out of Warsaw are slowly resuming after Polish authorities closed the capital's two airports while military jets tracked drones that crossed from Belarus and Ukraine. We'll keep this page updated as airlines adjust schedules.",
  related="Related: The best travel insurance policies for flight disruptions",
  basis="update stamp '{s}' (12-hour clock, 'ET' printed = US Eastern daylight time, UTC-4); no date per update: the day comes from 'Updated Sept. 8, 2026' and the newest-first order (no midnight crossing); local {d} in {z}",
  notes="Imitates a The Points Guy live-updates news article as a text scrape. Page byline 'By Caroline Whitfield' plus 'Edited by Marcus Bell' (the editor is not the author); 'Updated Sept. 8, 2026' is the only date. Updates are newest first, each a '6:45 p.m. ET' line followed by a headline and body. Two stories must be kept apart: the military incursion and shoot-downs (strikes) and the civil airport closure with its flight cancellations (other/security); a third entry on airline waivers is service news about the closure and shares its story. The Editor's Note disclaimer, the intro paragraph and the 'Featured offer' card box are chrome.",
  not_entries=["skip link, logo, navigation, 'Sign in'", "'Advertiser Disclosure'", "kicker 'News'", "page title", "subtitle",
               "byline 'By Caroline Whitfield' and 'Edited by Marcus Bell'", "'Updated Sept. 8, 2026'", "'Editor's Note' disclaimer",
               "intro paragraph 'Flights in and out of Warsaw are slowly resuming ...'", "'Latest updates' label",
               "'Featured offer' card advertisement", "'Related:' link", "newsletter line and footer"],
  entries=[
  E("2026-09-08 18:45", "Airlines extend change waivers for Warsaw through Sunday",
    ["LOT Polish Airlines, Lufthansa and Wizz Air have all issued travel waivers covering flights to and from Warsaw through Sunday, letting passengers rebook without a change fee.",
     "If your flight was canceled outright, you are entitled to a full refund under EU rules, and possibly compensation, although airlines may argue the closure was an extraordinary circumstance."],
    "other", "security", 2, "warsaw-airports-closure-2026-09-08", a=TPG_BY, n="service news about the closure: same story as the closure"),
  E("2026-09-08 15:10", "NATO allies hold Article 4 talks at Poland's request",
    ["NATO ambassadors met in Brussels on Tuesday afternoon for consultations under Article 4 of the alliance's founding treaty after Poland said the incursion was a deliberate test of its air defenses.",
     "Secretary General Mark Rutte said allies would step up air patrols along the eastern flank."],
    "diplomacy", "diplomacy", 3, "nato-article-4-poland-2026-09-08", a=TPG_BY, n="alliance consultations: diplomacy, importance 3"),
  E("2026-09-08 12:30", "Warsaw Chopin reopens, but expect long delays",
    ["Warsaw Chopin Airport resumed departures shortly after 6 p.m. local time, according to the airport, though its departures board still showed dozens of delays of two hours or more.",
     "Warsaw Modlin, used mainly by Ryanair, reopened about an hour later."],
    "other", "security", 2, "warsaw-airports-closure-2026-09-08", a=TPG_BY),
  E("2026-09-08 09:05", "LOT cancels dozens of flights",
    ["LOT has canceled 43 departures from Warsaw so far on Tuesday, including long-haul flights to New York and Chicago, according to flight-tracking data.",
     "Travelers booked on LOT should check the airline's app before heading to the airport."],
    "other", "security", 2, "warsaw-airports-closure-2026-09-08", a=TPG_BY),
  E("2026-09-08 06:15", "Polish and Dutch jets shoot down drones over eastern Poland",
    ["Poland's armed forces said Polish F-16s and Dutch F-35s shot down at least four drones over the Lublin and Podkarpackie regions, out of roughly 15 that entered Polish airspace during a large Russian attack on western Ukraine.",
     "Debris damaged a farm building near Zamosc, but no injuries were reported."],
    "strikes", "strikes", 3, "russian-drone-incursion-poland-2026-09-08", a=TPG_BY, n="NATO jets downing Russian drones over a member state: importance 3"),
  E("2026-09-08 04:40", "Both Warsaw airports halt flights during drone alert",
    ["Warsaw Chopin and Warsaw Modlin stopped all departures and arrivals on Tuesday morning, local time, as Polish military aircraft responded to drones crossing the border.",
     "Inbound flights were diverted to Krakow, Gdansk and Berlin."],
    "other", "security", 2, "warsaw-airports-closure-2026-09-08", a=TPG_BY, n="the civil closure; must not merge with the military shoot-downs (14004-05)"),
  ]))

# ---------------------------------------------------------------- 14005 Railway Gazette International
SEEDS.append(dict(
  id="14005", name="14005_railwaygazette-inbrief", ext="html", source="Railway Gazette International", zone="Europe/London", render=r_railgazette,
  title="Ukraine and its neighbours in brief: depots hit, Lviv gauge link, sabotage trial",
  url="https://www.railwaygazette.com/europe/ukraine-and-its-neighbours-in-brief/70412.article",
  dateline_t="2026-10-09 10:20", byline="Andriy Kovalchuk",
  lede="A weekly round-up of railway news from Ukraine and the countries bordering it.",
  caption="A damaged electric locomotive at a depot in northern Ukraine. Photo: Ukrzaliznytsia",
  more=["Ukrzaliznytsia keeps trains moving under fire", "Polish lines to Ukraine prioritised for military mobility funds"],
  basis="no stamp per item; the page shows only the date '{p}' (no time); the time comes from the NewsArticle JSON-LD datePublished (2026-10-09T10:20:00+01:00); local {d} in {z}",
  notes="Imitates a Railway Gazette International news-in-brief article (HTML). Visible date '9 October 2026' with no time; the NewsArticle JSON-LD datePublished gives 10:20 +01:00, used as published for all five h3 items (one entry each). Page byline 'Andriy Kovalchuk' is every item's author. Standfirst, photo caption, inline newsletter promo after the third item, 'Read more' related links and tags are chrome. Items 14005-01 (Russian strike on Ukrainian depots, a driver killed) and 14005-05 (Ukrainian drones on a Russian substation in Bryansk) are separate strike stories.",
  not_entries=["logo, navigation, Subscribe / Sign in", "category label 'Europe'", "h1 page title", "standfirst", "date '9 October 2026' and author line",
               "photo caption", "inline newsletter promo after the third item", "'Read more' related links", "tags line", "footer"],
  entries=[
  E("2026-10-09 10:20", "Drone attacks on depots kill driver",
    ["A train driver was killed and two depot workers injured when Russian drones struck locomotive depots in Shostka and Konotop in the Sumy region on 7 October, Ukrzaliznytsia said.",
     "Nine electric and diesel locomotives were damaged. The operator said it has lost more than 30 locomotives to attacks since the start of the year and is asking European partners for second-hand traction."],
    "strikes", "strikes", 3, "russian-drone-strikes-sumy-rail-depots-2026-10-07", a="Andriy Kovalchuk", n="deadly strike: importance 3"),
  E("2026-10-09 10:20", "EU grant for Lviv standard-gauge link",
    ["The European Commission has awarded \u20ac180m from the Connecting Europe Facility for the next stage of a 1 435 mm gauge line from the Polish border at Mostyska to Lviv.",
     "Ukrzaliznytsia expects to tender the civil works next year, with the first standard-gauge passenger services into Lviv planned for 2029."],
    "aid", "aid", 2, "eu-grant-lviv-standard-gauge-2026-10", a="Andriy Kovalchuk", n="EU financial support to Ukraine's infrastructure: aid"),
  E("2026-10-09 10:20", "Sabotage trial opens in Lublin",
    ["Two Ukrainian citizens accused of planting explosives on the Warsaw \u2013 Lublin line on behalf of Russian intelligence went on trial in Lublin on 6 October.",
     "Prosecutors say the blast, which damaged a section of track near Mika in 2025, was intended to derail a train carrying aid to Ukraine."],
    "other", "security", 2, "lublin-rail-sabotage-trial-2026-10", a="Andriy Kovalchuk"),
  E("2026-10-09 10:20", "EBRD loan for electric locomotives",
    ["The European Bank for Reconstruction & Development has approved a \u20ac220m loan to Ukrzaliznytsia to buy 40 electric locomotives, partly replacing units destroyed in Russian attacks.",
     "The loan is backed by a guarantee from the EU's Ukraine Investment Framework."],
    "aid", "aid", 2, "ebrd-loan-ukrzaliznytsia-locomotives-2026-10", a="Andriy Kovalchuk"),
  E("2026-10-09 10:20", "Bryansk substation hit",
    ["Ukrainian drones damaged a traction substation on the Bryansk \u2013 Unecha line in Russia on the night of 8-9 October, regional governor Aleksandr Bogomaz said, disrupting freight traffic towards Belarus for several hours.",
     "There were no reports of casualties."],
    "strikes", "strikes", 2, "ukraine-drone-strike-bryansk-substation-2026-10-09", a="Andriy Kovalchuk",
    n="Ukrainian strike in Russia; must not merge with the Russian strike on Sumy depots (14005-01)"),
  ]))

# ---------------------------------------------------------------- 14006 International Railway Journal
SEEDS.append(dict(
  id="14006", name="14006_railjournal-europe", ext="txt", source="International Railway Journal", zone="Europe/London", render=r_irj,
  title="Europe",
  basis="date-only stamp '{s}' (IRJ's WordPress listing prints no time); published is the date only; local day {d} in {z} (home zone assumed, none printed)",
  notes="Imitates the International Railway Journal (railjournal.com, WordPress) 'Europe' region listing as a text scrape. Each card: region/topic tag line, headline, 'Written by NAME', date 'November 8, 2026' (no time), excerpt paragraph(s), 'Read more'. Only dates are printed, so published is date-only for every card. Three cards are not about the war (Stuttgart 21, Rail Baltica section, Alstom order): other/unrelated. The two strike cards are different attacks (Odesa rail junction vs Kharkiv suburban power) and must not merge.",
  not_entries=["masthead, Subscribe / Newsletter / Advertise, navigation, search box", "listing title 'Europe'", "tag line above each headline",
               "'Written by' lines (used as authors, not entries)", "'Read more' links", "'IRJ Newsletter' box after the third card",
               "'Older posts'", "'Related Events'", "footer"],
  entries=[
  E("2026-11-08", "Ukrzaliznytsia restores Odesa services after overnight strike",
    ["Ukrzaliznytsia resumed long-distance services to Odesa on Sunday afternoon after a Russian missile and drone attack damaged the overhead line and a signal box at the Odesa-Sortuvalna junction overnight.",
     "Trains ran with diesel traction on the last section while repairs continued. One railway employee was treated for shock."],
    "strikes", "strikes", 2, "russian-strike-odesa-rail-junction-2026-11-08", a="Olena Marchuk", tag="Ukraine"),
  OFF("2026-11-08", "Stuttgart 21 opening confirmed for December 2027",
    ["Deutsche Bahn's supervisory board has confirmed that Stuttgart's new underground through station will open in December 2027, after several postponements."],
    "stuttgart-21-opening-date-2026-11", a="David Harrington", tag="Germany", n="German infrastructure project"),
  E("2026-11-08", "Military mobility funds back Romanian lines towards Ukraine",
    ["The EU has allocated \u20ac310m from its military mobility budget to upgrade Romanian lines leading to the Moldovan and Ukrainian borders, allowing heavier military trains to run at higher speeds.",
     "Romania's transport ministry said the work will also benefit grain traffic from Ukraine."],
    "other", "security", 2, "eu-military-mobility-romania-rail-2026-11", a="David Harrington", tag="Romania",
    n="NATO-side military mobility (not support to a party): other/security"),
  OFF("2026-11-08", "Rail Baltica reaches Lithuanian border from the Polish side",
    ["Polish infrastructure manager PKP PLK has completed track laying on the Elk \u2013 Trakiszki section, bringing the standard-gauge Rail Baltica route to the Lithuanian border."],
    "rail-baltica-poland-lithuania-border-2026-11", a="Olena Marchuk", tag="Poland", n="Baltic rail project"),
  E("2026-11-08", "Kharkiv suburban trains suspended after power strike",
    ["Suburban services around Kharkiv were suspended on Saturday evening after Russian glide bombs and drones damaged a substation feeding the city's rail network, Ukrzaliznytsia said.",
     "Buses are replacing trains on three routes."],
    "strikes", "strikes", 2, "russian-strike-kharkiv-rail-power-2026-11-07", a="Olena Marchuk", tag="Ukraine",
    n="different strike from the Odesa junction attack (14006-01): must not merge"),
  OFF("2026-11-08", "Alstom to supply 60 regional trains to Sweden",
    ["Alstom has won a contract worth about SKr 5bn to supply 60 Coradia regional trains to a group of Swedish regional transport authorities."],
    "alstom-sweden-regional-trains-2026-11", a="David Harrington", tag="Sweden", n="rolling stock order"),
  ]))

# ---------------------------------------------------------------- 14007 Automotive News
SEEDS.append(dict(
  id="14007", name="14007_autonews-europe", ext="html", source="Automotive News", zone="America/Detroit", render=r_autonews,
  title="Europe", url="https://www.autonews.com/europe/",
  basis="card stamp '{s}' printed before the headline (12-hour clock, no zone: Automotive News' home zone, Detroit, EST = UTC-5 in November); local {d} in {z}",
  notes="Imitates the Automotive News (Crain) 'Europe' section river (HTML). Newest first. Each card prints its stamp BEFORE the headline, 'November 22, 2026 05:40 PM' (zero-padded 12-hour clock, no zone; Detroit time assumed), then the headline link, summary and a credit line: a staff name, or a wire credit ('Reuters', 'Bloomberg'). Wire credits are kept as the author (agency name). JSON-LD is a CollectionPage without dates. Three cards are not about the war (Stellantis, Toyota recall, VW works council): other/unrelated.",
  not_entries=["leaderboard 'Advertisement'", "logo, navigation, Subscribe / Sign In", "section title 'Europe'", "credit lines under each card (used as authors)",
               "newsletter sign-up after the second card", "'Advertisement' slot after the fourth card", "'Load more'", "footer"],
  entries=[
  E("2026-11-22 17:40", "Ukrainian drones halt production at Kamaz truck plant",
    ["Russian truckmaker Kamaz stopped its main assembly lines in Naberezhnye Chelny on Sunday after a Ukrainian drone attack set fire to a parts warehouse, the Tatarstan government said.",
     "Ukraine's military said the plant builds chassis for Russian rocket launchers and military trucks."],
    "strikes", "strikes", 2, "ukraine-drone-strike-kamaz-plant-2026-11-22", a="Reuters", credit="Reuters", sect="oems"),
  OFF("2026-11-22 14:10", "Stellantis adds hybrid shift at Italian plant",
    ["Stellantis will add a third shift at its Melfi factory in southern Italy early next year to meet demand for hybrid versions of its compact SUVs, unions said."],
    "stellantis-melfi-hybrid-shift-2026-11", a="Bloomberg", credit="Bloomberg", n="Italian car production"),
  E("2026-11-22 11:25", "EU blacklists traders shipping Western cars to Russia",
    ["The European Union has added 14 companies in Central Asia and the Caucasus to its sanctions list for re-exporting European-built cars and parts to Russia, officials said.",
     "Exports of new cars from the EU to Kazakhstan and Kyrgyzstan have tripled since 2022, a pattern that Brussels says points to circumvention."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-car-reexports-russia-2026-11", a="Elsa Brenner", credit="Elsa Brenner"),
  E("2026-11-22 09:05", "Strike on Zaporizhzhia damages ZAZ car plant, kills two",
    ["Russian glide bombs hit an industrial district of Zaporizhzhia overnight, killing two security guards at the former ZAZ car factory and destroying a paint shop, regional governor Ivan Fedorov said.",
     "The plant had been assembling buses and a small number of imported-kit cars."],
    "strikes", "strikes", 3, "russian-strike-zaporizhzhia-zaz-plant-2026-11-22", a="Elsa Brenner", credit="Elsa Brenner", n="deadly strike: importance 3"),
  OFF("2026-11-22 07:30", "Toyota recalls 180,000 vehicles in Europe over seat-belt sensor",
    ["Toyota is recalling about 180,000 cars sold in Europe because a faulty sensor may fail to warn that a front passenger's seat belt is unfastened."],
    "toyota-europe-recall-2026-11", a="Reuters", credit="Reuters", n="recall"),
  OFF("2026-11-22 04:15", "VW works council backs new shift model at Wolfsburg",
    ["Volkswagen's works council approved a shift model that cuts Saturday work at the Wolfsburg plant from January, the company said."],
    "vw-wolfsburg-shift-model-2026-11", a="Bloomberg", credit="Bloomberg", n="German labour news"),
  ]))

# ---------------------------------------------------------------- 14008 The Aviation Herald
AVH = "Anton Weissberg"
SEEDS.append(dict(
  id="14008", name="14008_avherald-front", ext="txt", source="The Aviation Herald", zone="UTC", render=r_avherald,
  title=None, upd="Nov 30th 2026 17:55Z",
  basis="'created {s}' in the article's byline line (explicit 'Z' = UTC); the date inside the headline is the occurrence date, not publication; local {d} in {z}",
  notes="Imitates The Aviation Herald front page with the newest articles expanded, as a text scrape; no page title line. Each article: headline 'Category: Operator Type at/near Place on Nov 29th 2026, what' (the date in the headline is when the occurrence happened, often the day before publication), then 'By Anton Weissberg, created Monday, Nov 30th 2026 16:41Z, last updated Monday, Nov 30th 2026 17:55Z': published = the created time; the stamp recorded is the created time text. Body paragraphs, optional 'Metars:' block (chrome), 'Reader Comments: N' and the disclaimer are chrome. Newest first by creation. Three articles are ordinary incidents not about the war (other/unrelated). The Moscow airport item leads with the civil restrictions (other/security, secondary strikes).",
  not_entries=["masthead and menu", "'Last Update: ...' line", "'Filters: ...' line", "'Metars:' blocks with METAR lines",
               "'Reader Comments: N' lines and the '(reader comments are not checked ...)' disclaimer", "'------' separators", "'Older articles'", "footer"],
  entries=[
  E("2026-11-30 16:41", "News: Moscow airports restrict flights again during drone raid on Nov 30th 2026",
    ["Russia's Federal Air Transport Agency imposed temporary restrictions at Moscow's Sheremetyevo, Domodedovo and Vnukovo airports on Nov 30th 2026 between about 11:00Z and 14:30Z while air defence forces engaged drones approaching the capital.",
     "Moscow's mayor reported 31 drones destroyed. About 60 arrivals were diverted to St. Petersburg, Nizhny Novgorod and Kazan, and departures were held at the gates."],
    "other", "security", 2, "moscow-airport-restrictions-drone-raid-2026-11-30", a=AVH, sec=["strikes"], upd="2026-11-30 17:55",
    n="civil restrictions caused by a drone raid: other/security, secondary strikes"),
  OFF("2026-11-30 14:22", "Incident: Delta B763 over Atlantic on Nov 29th 2026, loss of cabin pressure",
    ["A Delta Air Lines Boeing 767-300 performing a flight from Atlanta to Lisbon was enroute at FL350 about 400nm east of Gander when the crew initiated an emergency descent due to the loss of cabin pressure.",
     "The aircraft diverted to Gander for a safe landing about 75 minutes later."],
    "delta-b763-cabin-pressure-2026-11-29", a=AVH, n="aviation incident"),
  E("2026-11-30 11:05", "Incident: Finnair A320 near Tartu on Nov 28th 2026, GPS interference, go around",
    ["A Finnair Airbus A320 performing a flight from Helsinki to Tartu was on approach to Tartu's runway 08 when the crew received multiple GPS warnings and executed a go-around, landing safely on the second approach using the ILS.",
     "Estonia's Transport Administration said the interference originated from Russian territory and was the 14th such case affecting Tartu approaches this month."],
    "other", "security", 2, "finnair-tartu-gps-interference-2026-11-28", a=AVH,
    metar="EETU 281250Z 24012KT 9999 BKN015 03/01 Q1009", n="jamming attributed to Russia: other/security"),
  OFF("2026-11-30 08:47", "Accident: Cessna 208 at Bethel on Nov 28th 2026, runway excursion",
    ["A Cessna 208B Grand Caravan on a cargo flight veered off the runway while landing at Bethel in gusting crosswinds and came to a stop in snow.",
     "The pilot was not injured; the aircraft received substantial damage."],
    "cessna-208-bethel-excursion-2026-11-28", a=AVH, n="aviation accident"),
  E("2026-11-30 06:30", "Crash: Russian Air Force Il-76 near Ivanovo on Nov 29th 2026, crashed on approach",
    ["A Russian Air Force Ilyushin Il-76MD on a training flight crashed about 6km short of Ivanovo Severny air base in the evening of Nov 29th 2026, all 9 crew were killed.",
     "Russia's Ministry of Defence said a technical malfunction was the likely cause and ruled out external interference."],
    "other", "security", 2, "russian-il76-crash-ivanovo-2026-11-29", a=AVH, n="military accident, not an attack: other/security"),
  OFF("2026-11-30 04:12", "Incident: Ryanair B38M at Bergamo on Nov 29th 2026, bird strike",
    ["A Ryanair Boeing 737-8 was climbing out of Bergamo when the aircraft collided with a flock of birds, the crew stopped the climb at FL100 and returned to Bergamo for a safe landing."],
    "ryanair-b38m-bergamo-birdstrike-2026-11-29", a=AVH, n="aviation incident"),
  ]))

# ---------------------------------------------------------------- 14009 Trains magazine
SEEDS.append(dict(
  id="14009", name="14009_trains-newswire", ext="xml", source="Trains", zone="UTC", render=r_trains,
  title="Trains", lede="News and features about railroads and railroading",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Imitates the Trains magazine (trains.com, Kalmbach Media) WordPress RSS feed. Newest first; pubDate +0000; dc:creator in CDATA; description is the WordPress excerpt plus Yoast's 'The post ... appeared first on Trains.' line; content:encoded carries the paragraphs and the same 'appeared first on' line (chrome, not counted). One item is credited to the generic 'Trains Staff' (no person: author null). Four of six items are North American railroad news not about the war (other/unrelated).",
  not_entries=["channel title, link, description and update elements", "item categories and guid", "item description (excerpt)",
               "'The post ... appeared first on Trains.' line at the end of each content:encoded"],
  entries=[
  OFF("2026-12-04 21:30", "STB sets hearing schedule for Union Pacific-Norfolk Southern merger",
    ["The Surface Transportation Board has set oral arguments in the proposed Union Pacific-Norfolk Southern merger for March, keeping a final decision on track for early 2027."],
    "stb-up-ns-merger-hearing-2026-12", a="Russell Cobb", cats=["News Wire", "Railroads"], n="US railroad merger"),
  E("2026-12-04 18:05", "Russian strikes cut power to Ukrainian main lines",
    ["Ukrainian Railways switched dozens of passenger trains to diesel locomotives on Friday after a Russian missile and drone attack damaged traction substations in the Kyiv and Poltava regions.",
     "The railway said most trains were running one to three hours late. No railway staff were hurt.",
     "Ukrainian Railways has kept a reserve of diesel locomotives near major junctions since 2022 for exactly this situation."],
    "strikes", "strikes", 2, "russian-strike-ukraine-rail-substations-2026-12-04", a="Russell Cobb", cats=["News Wire", "International"]),
  OFF("2026-12-04 15:40", "CPKC Holiday Train wraps up U.S. leg in Kansas City",
    ["The lighted Canadian Pacific Kansas City Holiday Train finished its U.S. tour with a stop in Kansas City, raising food bank donations along the way."],
    "cpkc-holiday-train-kansas-city-2026-12", a=None, creator="Trains Staff", cats=["News Wire", "Railroads"],
    n="seasonal US railroad news; generic 'Trains Staff' credit: author null"),
  E("2026-12-04 13:15", "Polish railway donates 20 locomotives to Ukraine",
    ["Polish state railway PKP Cargo will hand over 20 refurbished diesel locomotives to Ukrainian Railways by spring, a gift funded by the Polish government, officials in Warsaw said.",
     "The first four units crossed the border at Medyka this week."],
    "aid", "aid", 2, "poland-donates-locomotives-ukraine-2026-12", a="Dana Whitcomb", cats=["News Wire", "International"]),
  OFF("2026-12-04 11:00", "Amtrak's Airo trainsets enter Cascades service",
    ["Amtrak's first Airo trainsets began carrying passengers between Seattle and Portland on Friday, replacing equipment that dates to the 1990s."],
    "amtrak-airo-cascades-service-2026-12", a="Dana Whitcomb", cats=["News Wire", "Passenger"], n="US passenger rail"),
  OFF("2026-12-04 08:20", "BNSF posts record intermodal week",
    ["BNSF Railway moved a record number of intermodal units in the week before Thanksgiving as retailers rushed holiday imports inland from West Coast ports."],
    "bnsf-record-intermodal-week-2026-12", a="Russell Cobb", cats=["News Wire", "Railroads"], n="US freight traffic"),
  ]))


# ================================================================ PART B: three invented multi-source days
ODESA = "russian-ballistic-strike-odesa-2026-11-28"
GENEVA = "us-ukraine-talks-geneva-2026-11-28"
SARATOV = "ukraine-drone-strike-saratov-refinery-2026-11-28"
PATRIOT = "germany-two-more-patriots-ukraine-2026-11-28"
BALLX = "analysis-why-ballistic-missiles-get-through-2026-11"
BALLX_H = "Analysis: Why ballistic missiles still get through"
BALLX_P = ["The attack on Odesa on Saturday morning is a reminder of the one threat Ukraine's air defences still struggle to counter.",
           "Russian Iskander-M and KN-23 missiles fly a steep, fast path and can reach a coastal city like Odesa in three to four minutes from launch sites in occupied Crimea. Only Patriot batteries and, to a lesser degree, the Franco-Italian SAMP/T can reliably intercept them.",
           "Ukraine has repeatedly said it needs at least a dozen more Patriot systems to protect its cities, and each interceptor costs several million dollars. Until then, air force officials say, commanders must choose which cities to cover on any given night."]

# ---------------------------------------------------------------- day 1, 2026-11-28: 14020 Saltbrook Observer
SEEDS.append(dict(
  id="14020", name="14020_saltbrook-textlive", ext="txt", source="Saltbrook Observer", zone="Europe/London", render=r_saltbrook,
  title="Russia-Ukraine war live: ballistic missile strike on Odesa; US and Ukraine open Geneva talks",
  dateline="Saturday 28 November 2026", lede="Follow our live coverage of Russia's war in Ukraine as Odesa counts the dead from a dawn missile attack.",
  basis="stamp '{s}' (GMT printed; = UTC in November) under the page date 'Saturday 28 November 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A bulleted 'Key Points' block under the standfirst lists three post headlines (14020-01, -04, -06: key_point true). Each post: 'HH:MM GMT' line, headline, body, optional 'Reporting by NAME' line (author; posts without it have author null). 14020-05 is a 'Watch:' teaser whose body is only a video placeholder '[Video: 0:58]' (no text). 14020-03 is a theme piece (analysis of ballistic missiles) that mentions the Odesa attack but is its own story; it is re-posted verbatim on day 2 by 14032. The Odesa toll grows across the page (three, then nine). 14020-06 (Ukrainian drones on the Saratov refinery) must not merge with the Odesa strike.",
  not_entries=["outlet name and navigation", "'LIVE' badge", "page title", "date line", "standfirst", "'Key Points' block with three bullets",
               "'Show latest updates first | Show oldest first' toggle", "'[Video: 0:58]' placeholder", "'Reporting by NAME' lines (authors)",
               "newsletter promo after the third post", "'Load more updates'", "footer"],
  entries=[
  E("2026-11-28 19:20", "Odesa death toll rises to nine as rescuers end search",
    ["Nine people, including a 12-year-old girl, were killed by the Russian missile strike on Odesa, the regional administration said on Saturday evening, as emergency crews finished clearing the rubble of a five-storey block.",
     "Forty-one people were injured, 11 of them seriously. The city has declared Sunday a day of mourning."],
    "strikes", "strikes", 3, ODESA, a="Hanna Soroka", kp=True, n="toll 9; Key Points"),
  E("2026-11-28 17:45", "Kallas: Odesa strike was 'a deliberate attack on civilians'",
    ["The EU's foreign policy chief Kaja Kallas said the missile strike on Odesa showed that Moscow was not serious about peace while its envoys were talking in Geneva.",
     "\u201cYou do not fire ballistic missiles at apartment blocks by accident,\u201d she wrote on social media."],
    "strikes", "strikes", 3, ODESA, sec=["diplomacy"], n="reaction whose content is the attack itself: same story as the strike"),
  E("2026-11-28 16:10", BALLX_H, BALLX_P, "strikes", "strikes", 2, BALLX, a="Tom Edgerley",
    n="theme piece (analysis); mentions Odesa but is its own story: must not merge with the Odesa strike"),
  E("2026-11-28 14:05", "US and Ukrainian negotiators meet in Geneva",
    ["American and Ukrainian delegations began a day of talks in Geneva on a revised framework for ending the war, with Rustem Umerov leading Kyiv's team and US envoy Steve Witkoff leading Washington's.",
     "Neither side gave details. A Ukrainian official said the talks would focus on security guarantees and the future line of contact."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Hanna Soroka", kp=True, n="Key Points"),
  E("2026-11-28 11:30", "Watch: Rescuers dig through rubble in Odesa", [], "strikes", "strikes", 1, ODESA, n="teaser without body (video only)"),
  E("2026-11-28 09:50", "Drones set Saratov refinery ablaze, governor says",
    ["A fire broke out at an oil refinery in the Russian city of Saratov after a Ukrainian drone attack overnight, regional governor Roman Busargin said, adding that there were no casualties.",
     "Ukraine's general staff said the refinery supplies fuel to Russian forces and confirmed the strike."],
    "strikes", "strikes", 3, SARATOV, a="Tom Edgerley", kp=True, n="Ukrainian strike in Russia; must not merge with the Odesa strike"),
  E("2026-11-28 07:15", "Russian missile strike on Odesa kills three",
    ["At least three people were killed when a Russian ballistic missile hit a residential district of Odesa shortly before dawn, the head of the regional military administration said.",
     "Rescuers were searching a partly collapsed apartment block for people believed trapped."],
    "strikes", "strikes", 3, ODESA, a="Hanna Soroka", n="toll 3"),
  E("2026-11-28 04:05", "Explosions in Odesa as ballistic missile alert sounds",
    ["Loud explosions were heard across Odesa early on Saturday minutes after Ukraine's air force warned of a ballistic missile threat from the south."],
    "strikes", "strikes", 3, ODESA, n="first report, no toll yet"),
  ]))

# ---------------------------------------------------------------- day 1: 14021 Vennacott Daily
SEEDS.append(dict(
  id="14021", name="14021_vennacott-ldlive", ext="html", source="Vennacott Daily", zone="Europe/Kyiv", render=r_vennacott,
  title="War in Ukraine, day 1,739: Odesa hit by ballistic missiles; talks in Geneva",
  url="https://vennacott-daily.example/live/war-day-1739", dateline="28 November 2026 \u00b7 Kyiv time",
  lede="Our newsroom in Kyiv follows the day's events.", readalso="How Odesa's port keeps working under fire",
  basis="visible '{s}' in <time datetime> (+02:00, Kyiv winter time) and the update's JSON-LD datePublished, under the dateline '28 November 2026'; local {d} in {z}",
  notes="Invented outlet (Ukraine). HTML live, oldest first; LiveBlogPosting JSON-LD with a liveBlogUpdate array carrying per-update headline, datePublished (+02:00), articleBody and author, consistent with the visible posts. Visible stamp 'HH:MM' in <time datetime>; author line under the h3 where given. 14021-07 repeats 14021-03 nearly verbatim (duplicate_of 14021-03; 'Berlin' -> 'Germany', 'on Saturday' dropped). 14021-02 (Izmail port drone attack) is in the same region as the Odesa city strike but a different attack: must not merge. 'Read also' box after the fourth post is chrome.",
  not_entries=["header and navigation", "'Live' badge", "page title", "dateline", "intro", "'Share this update' buttons", "'Read also' box", "footer"],
  entries=[
  E("2026-11-28 06:20", "Ballistic missile hits Odesa, at least two killed",
    ["A Russian ballistic missile struck a residential area in Odesa at about 05:40, killing at least two people, regional governor Oleh Kiper said.",
     "Several buildings were damaged and fires broke out in the Kyivskyi district."],
    "strikes", "strikes", 3, ODESA, a="Iryna Palamar", n="toll 2 (first toll)"),
  E("2026-11-28 08:05", "Drones damage Izmail port facilities overnight",
    ["Russian drones attacked the Danube port of Izmail in Odesa region during the night, damaging grain storage and a berth, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "russian-drone-attack-izmail-port-2026-11-28", a="Iryna Palamar",
    n="same region, different attack (night drone raid on the Danube port): must not merge with the Odesa city strike"),
  E("2026-11-28 10:30", "Berlin to send two more Patriot systems, Pistorius says",
    ["Germany will deliver two additional Patriot air defence systems to Ukraine by the end of January, Defence Minister Boris Pistorius said on Saturday.",
     "He said the decision was taken before the Odesa strike but that the attack showed why the systems were needed."],
    "aid", "aid", 3, PATRIOT, a="Maksym Hrytsenko", n="mentions Odesa but is the aid decision: own story"),
  E("2026-11-28 12:40", "Odesa toll climbs to six, 27 injured",
    ["The number of people killed by the morning missile strike on Odesa has risen to six, with 27 injured, including three children, the State Emergency Service said."],
    "strikes", "strikes", 3, ODESA, a="Iryna Palamar", n="toll 6"),
  E("2026-11-28 14:15", "140 children evacuated from Kupiansk district",
    ["Authorities in Kharkiv region completed the mandatory evacuation of 140 children and their guardians from villages near Kupiansk, citing constant shelling."],
    "other", "humanitarian", 2, "kupiansk-district-child-evacuation-2026-11-28", a="Maksym Hrytsenko"),
  E("2026-11-28 16:30", "Geneva talks are 'substantive', Umerov says",
    ["National Security and Defence Council secretary Rustem Umerov said the first session of talks with the US delegation in Geneva had been substantive and would continue into the evening."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Maksym Hrytsenko"),
  E("2026-11-28 19:05", "Germany to send two more Patriot systems, Pistorius says",
    ["Germany will deliver two additional Patriot air defence systems to Ukraine by the end of January, Defence Minister Boris Pistorius said.",
     "He said the decision was taken before the Odesa strike but that the attack showed why the systems were needed."],
    "aid", "aid", 1, PATRIOT, a="Maksym Hrytsenko", dup="14021-03", n="near-verbatim repeat of 14021-03"),
  ]))

# ---------------------------------------------------------------- day 1: 14022 Brackenhale World Service
SEEDS.append(dict(
  id="14022", name="14022_brackenhale-worldrss", ext="xml", source="Brackenhale World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Brackenhale World Service \u2013 World", url="https://brackenhale-world.example", lede="Top world stories from the Brackenhale World Service",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed (pubDate in GMT, newest first, no authors): the war is a minority, 4 of 6 items are off-beat (Italian floods, Madrid housing march, UK Black Friday, Sri Lanka cyclone) and labelled other/unrelated. Spells the city 'Odessa' (14022-02, toll eight).",
  not_entries=["channel title, link, description, language, copyright, ttl", "item link, guid, category and media:thumbnail elements"],
  entries=[
  OFF("2026-11-28 21:10", "Floods force thousands from homes in northern Italy",
    ["More than 4,000 people were evacuated in Piedmont and Liguria after two days of torrential rain swelled rivers, Italy's civil protection agency said."],
    "italy-floods-piedmont-liguria-2026-11", n="weather"),
  E("2026-11-28 18:40", "Odessa strike: Ukraine mourns as death toll reaches eight",
    ["Eight people are now known to have died after a Russian missile hit an apartment building in the Black Sea port of Odessa on Saturday morning, Ukrainian officials said.",
     "President Volodymyr Zelensky said the attack proved that Russia's talk of peace was empty and renewed his call for more air defence systems."],
    "strikes", "strikes", 3, ODESA, cat="Europe", n="spelling 'Odessa'; toll 8"),
  OFF("2026-11-28 16:00", "Tens of thousands march in Madrid over housing costs",
    ["Protesters filled central Madrid on Saturday demanding rent controls and more public housing, in one of the largest demonstrations in the Spanish capital this year."],
    "madrid-housing-march-2026-11-28", n="Spanish protest"),
  E("2026-11-28 13:25", "US and Ukrainian officials open talks in Geneva",
    ["Delegations from the United States and Ukraine met in Geneva on Saturday to discuss a revised plan to end the war, officials from both countries said.",
     "Russia is not taking part in the talks."],
    "diplomacy", "diplomacy", 3, GENEVA, cat="Europe"),
  OFF("2026-11-28 10:05", "UK shoppers make Black Friday busiest in years",
    ["Footfall in British high streets and shopping centres on Black Friday was the highest since 2019, according to a retail analytics firm."],
    "uk-black-friday-footfall-2026-11", cat="Business", n="UK retail"),
  OFF("2026-11-28 07:50", "Cyclone lashes eastern Sri Lanka",
    ["A tropical cyclone brought heavy rain and strong winds to Sri Lanka's eastern coast, cutting power to tens of thousands of homes."],
    "sri-lanka-cyclone-2026-11", cat="Asia", n="weather"),
  ]))

# ---------------------------------------------------------------- day 1: 14023 Pellingford Post
SEEDS.append(dict(
  id="14023", name="14023_pellingford-atom", ext="xml", source="Pellingford Post", zone="Europe/Warsaw", render=r_atom,
  title="Pellingford Post \u2013 Ukraine", url="https://pellingford-post.example", lede="News on Russia's war against Ukraine from our Warsaw desk",
  basis="Atom <published> '{s}' (explicit +01:00, Warsaw winter time); local {d} in {z}",
  notes="Invented outlet (Poland). Atom feed, newest first, <published> with +01:00, author per entry, HTML content escaped once. Odesa toll seven (14023-01). 14023-02 (German Patriots) and 14023-05 (Polish Starlink funding) share the aid theme but are different events: must not merge. 14023-04 (Saratov refinery) is the Ukrainian strike also told by 14020-06.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry id, link, updated and category elements"],
  entries=[
  E("2026-11-28 16:30", "Odesa: death toll rises to seven after ballistic strike",
    ["Seven people died and more than 30 were injured in Saturday's Russian ballistic missile strike on Odesa, Ukrainian emergency services said.",
     "Poland's foreign minister Radoslaw Sikorski called the attack a war crime."],
    "strikes", "strikes", 3, ODESA, a="Agnieszka Wrona", cat="Ukraine", n="toll 7"),
  E("2026-11-28 13:10", "Pistorius pledges two more Patriots for Ukraine",
    ["German Defence Minister Boris Pistorius said two more Patriot systems would reach Ukraine by the end of January, bringing Germany's total contribution to seven."],
    "aid", "aid", 3, PATRIOT, a="Piotr Zalewski", cat="Ukraine", n="same aid theme as 14023-05 but a different event: must not merge"),
  E("2026-11-28 11:45", "Russia claims capture of village near Huliaipole",
    ["Russia's defence ministry said its troops had taken the village of Dobropillia in the Zaporizhzhia region. Ukraine's military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-huliaipole-2026-11-28", a="Piotr Zalewski", cat="Ukraine"),
  E("2026-11-28 10:20", "Saratov refinery burning after Ukrainian drone raid",
    ["Ukrainian drones struck the oil refinery in Saratov overnight, starting a large fire, Russian regional officials and Ukraine's general staff said."],
    "strikes", "strikes", 3, SARATOV, a="Agnieszka Wrona", cat="Russia"),
  E("2026-11-28 08:00", "Poland extends Starlink funding for Ukraine",
    ["Poland will keep paying for about 20,000 Starlink terminals used by Ukraine's armed forces and hospitals for another year, Digital Affairs Minister Krzysztof Gawkowski said."],
    "aid", "aid", 2, "poland-starlink-funding-ukraine-2026-11", a="Piotr Zalewski", cat="Ukraine",
    n="same aid theme as the German Patriots but a different event: must not merge"),
  ]))

# ---------------------------------------------------------------- day 2, 2026-11-29: 14030 Corviston Herald
KHARKIV = "russian-drone-strike-kharkiv-2026-11-29"
BELGOROD = "ukraine-drone-kills-driver-belgorod-2026-11-29"
SEEDS.append(dict(
  id="14030", name="14030_corviston-htmllive", ext="html", source="Corviston Herald", zone="Europe/Berlin", render=r_corviston,
  title="Ukraine ticker: deadly drone attack on Kharkiv, Odesa mourns", dateline="Sunday, 29 November 2026", tznote="All times CET",
  lede="The latest developments in Russia's war against Ukraine, updated throughout the day.", more="What the Geneva framework says about security guarantees",
  basis="bare stamp '{s}' above the h2; zone from the printed note 'All times CET' (UTC+1); day from 'Sunday, 29 November 2026'; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML live ticker, newest first, no JSON-LD. Bare 'HH:MM' in a span above each h2; the zone is only given once, in 'Sunday, 29 November 2026 \u2013 All times CET'. Optional 'By NAME' line. 14030-03 is a 'Photos:' teaser (gallery placeholder only) and uses the German-style spelling 'Charkiw'. 14030-01 continues day 1's Odesa story with a new development (funerals, toll 11). 14030-06 (Ukrainian drone kills a driver in Belgorod region) must not merge with the Kharkiv strike.",
  not_entries=["cookie consent bar", "logo and navigation", "page title", "date and time-zone note", "intro text", "'More on this topic' box after the third item",
               "'[Photo gallery: 12 pictures]' placeholder", "link to Saturday's live coverage", "footer"],
  entries=[
  E("2026-11-29 18:40", "Odesa buries its dead as toll reaches 11",
    ["Funerals for victims of Saturday's missile strike began in Odesa on Sunday, a day of mourning in the city, after two more injured people died in hospital overnight, bringing the toll to 11.",
     "Flags flew at half mast and entertainment venues stayed closed."],
    "strikes", "strikes", 3, ODESA, a="Jana Vogt", n="continuation of the day-1 Odesa story with a new development (toll 11, funerals)"),
  E("2026-11-29 16:20", "Pope Leo urges Christmas truce in Ukraine",
    ["Pope Leo XIV called on Russia and Ukraine to agree a ceasefire over Christmas and to exchange all prisoners of war, speaking after the Angelus prayer in St Peter's Square."],
    "diplomacy", "diplomacy", 2, "pope-leo-christmas-truce-appeal-2026-11-29"),
  E("2026-11-29 13:05", "Photos: Charkiw residents clear debris after night attack", [], "strikes", "strikes", 1, KHARKIV,
    n="teaser without body (gallery only); spelling 'Charkiw'"),
  E("2026-11-29 11:30", "Geneva talks end, next round planned for December",
    ["The talks between US and Ukrainian delegations in Geneva ended late on Saturday with agreement to meet again in mid-December, a Ukrainian government source said.",
     "Kyiv says the sides narrowed differences on a ceasefire monitoring mechanism."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Jana Vogt", n="continuation of the day-1 Geneva talks (their conclusion)"),
  E("2026-11-29 10:15", "Four dead after drone hits apartment block in Kharkiv",
    ["Four people were killed and at least 15 injured when a Russian attack drone struck a nine-storey apartment building in Kharkiv's Saltivskyi district overnight, mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHARKIV, a="Lukas Brandl", n="toll 4"),
  E("2026-11-29 07:40", "Belgorod governor: drone kills driver near border",
    ["A Ukrainian drone hit a car near the Russian border village of Shebekino, killing the driver, Belgorod regional governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, BELGOROD, a="Lukas Brandl", n="deadly strike on the Russian side; must not merge with the Kharkiv strike"),
  ]))

# ---------------------------------------------------------------- day 2: 14031 Marlpit Dispatch
SEEDS.append(dict(
  id="14031", name="14031_marlpit-atom", ext="xml", source="Marlpit Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Marlpit Dispatch: Ukraine", url="https://marlpit-dispatch.example", lede="Dispatches from Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00, Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Kyiv bureau). Atom feed, newest first, <published> with +02:00, author per entry. Kharkiv toll grows 2 -> 4. 14031-04 (guided bombs on Zolochiv, Kharkiv region) is another attack in the same region: must not merge with the Kharkiv city drone strike. 14031-01 and 14031-03 continue day-1 stories (Geneva, Odesa).",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry id, link, updated and category elements"],
  entries=[
  E("2026-11-29 20:30", "Umerov: Geneva round produced a 'working text'",
    ["Rustem Umerov said the Geneva talks with the US had produced a working text on security guarantees that would now be discussed with European partners before the next round."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Oksana Didenko"),
  E("2026-11-29 17:15", "Norway pledges 5 billion kroner for Ukrainian drone production",
    ["Norway will fund the production of long-range and interceptor drones in Ukraine with 5 billion kroner next year, Prime Minister Jonas Gahr Store said in Oslo."],
    "aid", "aid", 2, "norway-drone-production-funding-2026-11-29", a="Taras Melnyk"),
  E("2026-11-29 14:50", "Odesa mourns 11 victims of Saturday's missile attack",
    ["Hundreds of people laid flowers outside the destroyed apartment block in Odesa on Sunday as the city held a day of mourning for the 11 people killed in Saturday's Russian missile strike."],
    "strikes", "strikes", 3, ODESA, a="Oksana Didenko", n="continuation of the day-1 Odesa story"),
  E("2026-11-29 12:05", "Guided bombs hit Zolochiv, three injured",
    ["Russian aircraft dropped two guided bombs on the town of Zolochiv in Kharkiv region, injuring three people and damaging a school, the regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "russian-glide-bombs-zolochiv-2026-11-29", a="Taras Melnyk",
    n="same region, different attack: must not merge with the Kharkiv city drone strike"),
  E("2026-11-29 09:40", "Kharkiv: four killed, 19 injured in overnight Shahed attack",
    ["The toll from the overnight drone attack on Kharkiv has risen to four dead and 19 injured, the regional administration said. Two children are among the wounded."],
    "strikes", "strikes", 3, KHARKIV, a="Taras Melnyk", n="toll 4"),
  E("2026-11-29 06:10", "Drone attack on Kharkiv kills two",
    ["Two people were killed when a Russian Shahed drone hit an apartment block in Kharkiv shortly after 2 am, mayor Ihor Terekhov said on Telegram."],
    "strikes", "strikes", 3, KHARKIV, a="Oksana Didenko", n="toll 2 (first report)"),
  ]))

# ---------------------------------------------------------------- day 2: 14032 Yarrowdale Evening Star
YAR_BY = "Leah Morrissey"
KHX_P = ["Russian drones struck an apartment building in Kharkiv overnight, killing four people and trapping others under debris, Ukrainian officials said.",
         "Emergency crews worked through the morning in the city's northeastern Saltivskyi district."]
SEEDS.append(dict(
  id="14032", name="14032_yarrowdale-textlive", ext="txt", source="Yarrowdale Evening Star", zone="America/New_York", render=r_yarrowdale,
  title="Ukraine war updates: Kharkiv hit overnight; Odesa holds day of mourning", dateline="Sunday, November 29, 2026",
  byline=f"By {YAR_BY}", lede="Updates on Russia's war in Ukraine from our world desk and partner newsrooms.",
  basis="stamp '{s}' ('ET' printed: US Eastern standard time, UTC-5) before the headline, on 'Sunday, November 29, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live, oldest first; '8:45 a.m. ET' line before each headline; one page byline 'By Leah Morrissey' used as author for its own posts. 14032-02 is a verbatim re-post (syndicated, with a credit line 'By Tom Edgerley, Saltbrook Observer') of day 1's analysis 14020-03: importance 1, same story slug, author from its own credit line; duplicate_of stays null because duplicate_of is defined within a seed. 14032-03 is a theme piece (Kharkiv's underground schools) that mentions Sunday's attack but is its own story. 14032-06 repeats 14032-01 nearly verbatim (duplicate_of 14032-01). 14032-05 (Belgorod) must not merge with the Kharkiv strike.",
  not_entries=["outlet name and navigation", "page title", "date line", "page byline 'By Leah Morrissey'", "lede", "'ADVERTISEMENT' after the third post",
               "syndication credit line 'By Tom Edgerley, Saltbrook Observer' (gives that post's author)", "'This blog is no longer being updated.'", "footer"],
  entries=[
  E("2026-11-29 06:15", "Russian drones strike Kharkiv apartment building", KHX_P, "strikes", "strikes", 3, KHARKIV, a=YAR_BY, n="toll 4"),
  E("2026-11-29 07:30", BALLX_H, BALLX_P, "strikes", "strikes", 1, BALLX, a="Tom Edgerley", credit="By Tom Edgerley, Saltbrook Observer",
    n="re-post of day-1 entry 14020-03 (verbatim syndication): importance 1, same story"),
  E("2026-11-29 08:45", "Analysis: In Kharkiv, school moves underground",
    ["Hours after Sunday's deadly drone strike, Kharkiv officials were again pointing to the city's underground classrooms as proof that life can go on under attack.",
     "The city now runs more than a dozen schools in purpose-built bunkers and metro stations, teaching about 12,000 children in shifts. Parents say the schools are the only place where their children can study in person.",
     "But the program is expensive, and officials say they need foreign funding to build more."],
    "other", "humanitarian", 2, "analysis-kharkiv-underground-schools-2026-11", a=YAR_BY, sec=["strikes"],
    n="theme piece; mentions the Kharkiv strike but is its own story: must not merge"),
  E("2026-11-29 10:05", "Odesa declares day of mourning as toll reaches 11",
    ["The death toll from Saturday's Russian ballistic missile attack on Odesa rose to 11 after two wounded people died in hospital, regional officials said on Sunday, as the city observed a day of mourning."],
    "strikes", "strikes", 3, ODESA, a=YAR_BY, n="continuation of the day-1 Odesa story (toll 11)"),
  E("2026-11-29 11:20", "Russia says Ukrainian drone killed driver in Belgorod region",
    ["A civilian driver was killed when a Ukrainian drone struck his car near Shebekino in Russia's Belgorod region, the regional governor said."],
    "strikes", "strikes", 3, BELGOROD, a=YAR_BY, n="must not merge with the Kharkiv strike"),
  E("2026-11-29 12:10", "Russian drones strike Kharkiv apartment building",
    ["Russian drones struck an apartment building in Kharkiv overnight, killing four people and trapping others under debris, Ukrainian officials said.",
     "Emergency crews worked through the morning in the northeastern Saltivskyi district."],
    "strikes", "strikes", 1, KHARKIV, a=YAR_BY, dup="14032-01", n="near-verbatim repeat of 14032-01"),
  E("2026-11-29 13:20", "Kharkiv toll rises to five",
    ["A fifth person, a 67-year-old woman, has died of injuries from the overnight drone attack on Kharkiv, the city's mayor said."],
    "strikes", "strikes", 3, KHARKIV, a=YAR_BY, n="toll 5"),
  ]))

# ---------------------------------------------------------------- day 2: 14033 Thistlebury International
SEEDS.append(dict(
  id="14033", name="14033_thistlebury-worldrss", ext="xml", source="Thistlebury International", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="Thistlebury International \u2013 World News", url="https://thistlebury-intl.example", lede="World news from Thistlebury International",
  basis="RSS pubDate '{s}' (explicit -0500 offset, Toronto standard time); local {d} in {z}",
  notes="Invented outlet (Canada). General world RSS 2.0 feed, newest first, pubDate with -0500, dc:creator on some items: 4 of 6 items are off-beat (Ontario storm, Swiss vote, Australian bushfires, Alpine snow), other/unrelated. Spells the strike city 'Kharkov' (14033-02, toll five).",
  not_entries=["channel title, link, description, language, copyright, ttl", "item link, guid, category and media:thumbnail elements"],
  entries=[
  OFF("2026-11-29 17:45", "Ice storm leaves 50,000 without power in eastern Ontario",
    ["Freezing rain brought down power lines across eastern Ontario on Sunday, and the utility warned some customers could be without electricity until Tuesday."],
    "ontario-ice-storm-2026-11-29", a="Mark Delaney", cat="Canada", n="weather"),
  E("2026-11-29 15:20", "Kharkov drone strike death toll climbs to five",
    ["Five people have now died after a Russian drone struck a residential building in Ukraine's second-largest city, which Russians call Kharkov, Ukrainian officials said."],
    "strikes", "strikes", 3, KHARKIV, cat="World", n="spelling 'Kharkov'; toll 5"),
  OFF("2026-11-29 12:40", "Swiss voters reject national inheritance tax",
    ["Swiss voters clearly rejected a proposal for a national tax on large inheritances in a referendum on Sunday, according to projections by public broadcaster SRF."],
    "swiss-inheritance-tax-vote-2026-11-29", cat="World", n="Swiss referendum"),
  E("2026-11-29 10:10", "Geneva talks wrap up without breakthrough",
    ["US and Ukrainian negotiators ended their talks in Geneva without announcing a deal but said they would meet again next month."],
    "diplomacy", "diplomacy", 3, GENEVA, a="Mark Delaney", cat="World"),
  OFF("2026-11-29 08:30", "Bushfires force evacuations in New South Wales",
    ["Hundreds of residents were told to leave their homes as bushfires burned out of control in northern New South Wales amid early-summer heat."],
    "nsw-bushfires-evacuations-2026-11", cat="World", n="weather"),
  OFF("2026-11-29 06:15", "Heavy snow snarls Alpine roads ahead of ski season",
    ["Early heavy snowfall closed several Alpine passes in Austria and Switzerland and stranded hundreds of drivers overnight."],
    "alpine-snow-roads-2026-11", cat="World", n="weather"),
  ]))

# ---------------------------------------------------------------- day 3, 2026-09-13: 14040 Embervale Times
NOVO = "ukraine-drone-attack-novorossiysk-port-2026-09-13"
AFIP = "ukraine-drone-attack-afipsky-refinery-2026-09-13"
DNIPRO = "russian-missile-strike-dnipro-2026-09-13"
SEEDS.append(dict(
  id="14040", name="14040_embervale-worldatom", ext="xml", source="Embervale Times", zone="UTC", render=r_atom,
  title="Embervale Times \u2013 World", url="https://embervale-times.example", lede="International news from the Embervale Times",
  basis="Atom <published> '{s}' (explicit Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z; only two of six entries are about the war, four are off-beat (typhoon, Swedish election, Marseille wildfire, Japan earthquake): other/unrelated. Spells the port 'Novorossiisk' (14040-02).",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry id, link, updated and category elements"],
  entries=[
  OFF("2026-09-13 21:40", "Typhoon makes landfall in southern China",
    ["A strong typhoon came ashore in Guangdong province on Sunday evening after authorities moved more than 300,000 people to shelters."],
    "typhoon-guangdong-landfall-2026-09-13", a="Priya Lal", cat="Asia", n="weather"),
  E("2026-09-13 19:15", "Novorossiisk oil loadings halted after naval drone attack",
    ["Oil loadings at Russia's Black Sea port of Novorossiisk were suspended on Sunday after Ukrainian naval and aerial drones attacked the Sheskharis terminal, shipping sources said.",
     "The port handles about a fifth of Russia's seaborne crude exports."],
    "strikes", "strikes", 3, NOVO, a="Gareth Lowe", cat="Europe", n="spelling 'Novorossiisk'"),
  OFF("2026-09-13 16:30", "Swedes vote in closely fought general election",
    ["Polls closed in Sweden's general election with surveys pointing to a close race between the governing right-wing bloc and the Social Democrat-led opposition."],
    "sweden-general-election-2026-09-13", a="Priya Lal", cat="Europe", n="election"),
  E("2026-09-13 13:05", "Russian missiles kill three in Dnipro",
    ["Three people were killed and 22 wounded when Russian missiles struck the centre of Dnipro on Sunday morning, Ukrainian officials said."],
    "strikes", "strikes", 3, DNIPRO, a="Gareth Lowe", cat="Europe", n="toll 3; must not merge with the Novorossiysk attack"),
  OFF("2026-09-13 10:20", "Wildfire forces evacuations near Marseille",
    ["Firefighters backed by water bombers battled a wildfire in hills north of Marseille that forced the evacuation of several hundred homes."],
    "marseille-wildfire-2026-09-13", cat="Europe", n="wildfire"),
  OFF("2026-09-13 07:00", "Magnitude 6.1 quake strikes off northeastern Japan",
    ["An earthquake of magnitude 6.1 struck off the coast of Iwate prefecture, the Japan Meteorological Agency said; no tsunami warning was issued."],
    "japan-iwate-earthquake-2026-09-13", cat="Asia", n="earthquake"),
  ]))

# ---------------------------------------------------------------- day 3: 14041 Orrelsby Courier
ORR_BY = "Kateryna Bondar and Hugh Pennant"
NOVO1 = ["Ukrainian aerial and sea drones attacked the Russian port of Novorossiysk before dawn on Sunday, local officials said, reporting explosions near the oil terminal.",
         "The city's mayor said several drones had been destroyed over the bay and that there was no threat to residents."]
SEEDS.append(dict(
  id="14041", name="14041_orrelsby-textlive", ext="txt", source="Orrelsby Courier", zone="Europe/Kyiv", render=r_orrelsby,
  title="Ukraine live: drones hit Novorossiysk port; missiles strike Dnipro", dateline="Sunday 13 September \u00b7 times are Kyiv time (EEST)",
  byline=f"Live team: {ORR_BY}", parse_args=["--date", "2026-09-13"],
  lede="Ukraine strikes Russia's biggest Black Sea oil port, while Russian missiles hit Dnipro.",
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, named in the date line) on 'Sunday 13 September' (no year printed; parse_args gives 2026-09-13); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; date line 'Sunday 13 September \u00b7 times are Kyiv time (EEST)' with NO year anywhere on the page (parse_args --date 2026-09-13). Bare 'HH:MM' line before each headline. One two-name page byline ('Live team: Kateryna Bondar and Hugh Pennant'), kept as one string as every entry's author. 14041-03 is a 'Video:' teaser (only a '\u25b6 Play video' placeholder). 14041-05 is a theme piece on Ukraine's campaign against Russian oil exports: it mentions Novorossiysk but is its own story. 14041-06 repeats 14041-01 nearly verbatim (duplicate_of 14041-01). 14041-02 (Afipsky refinery, same Krasnodar region) must not merge with the Novorossiysk port attack.",
  not_entries=["outlet name and navigation", "page title", "date line", "byline 'Live team: ...'", "lede", "'\u25b6 Play video' placeholder",
               "membership promo after the third post", "closing line 'We have closed this live page. ...'", "footer"],
  entries=[
  E("2026-09-13 07:10", "Drones and sea drones attack Novorossiysk port", NOVO1, "strikes", "strikes", 3, NOVO, a=ORR_BY, n="first report, 'several drones'"),
  E("2026-09-13 08:30", "Refinery in Afipsky on fire after drone raid",
    ["A fire broke out at the Afipsky oil refinery in Russia's Krasnodar region after a drone attack overnight, the regional emergency headquarters said. Nobody was hurt."],
    "strikes", "strikes", 3, AFIP, a=ORR_BY, n="same region (Krasnodar), different target: must not merge with the Novorossiysk port attack"),
  E("2026-09-13 10:45", "Video: Fire at Novorossiysk oil terminal seen from the sea", [], "strikes", "strikes", 1, NOVO, a=ORR_BY, n="teaser without body"),
  E("2026-09-13 12:20", "Russian missile strike on Dnipro kills two",
    ["Two people were killed and at least 15 injured when Russian missiles hit central Dnipro, regional governor Serhiy Lysak said.",
     "A university building and several shops were damaged."],
    "strikes", "strikes", 3, DNIPRO, a=ORR_BY, n="toll 2"),
  E("2026-09-13 14:00", "Analysis: Ukraine's long war on Russian oil exports",
    ["Sunday's attack on Novorossiysk is the latest in a campaign that has moved from refineries deep inside Russia to the ports that carry its oil abroad.",
     "Ukrainian commanders argue that hitting export terminals costs Moscow hard currency directly, whereas damaged refineries can often be repaired within weeks.",
     "The risk, Western officials warn, is a spike in world oil prices that could sap support for Kyiv among its allies."],
    "strikes", "strikes", 2, "analysis-ukraine-campaign-russian-oil-exports-2026-09", a=ORR_BY,
    n="theme piece; mentions Novorossiysk but is its own story: must not merge with the port attack"),
  E("2026-09-13 16:35", "Drones and sea drones attack Novorossiysk port",
    ["Ukrainian aerial and sea drones attacked the Russian port of Novorossiysk before dawn on Sunday, local officials said, reporting explosions near the oil terminal.",
     "The mayor said several drones had been destroyed over the bay and that there was no threat to residents."],
    "strikes", "strikes", 1, NOVO, a=ORR_BY, dup="14041-01", n="near-verbatim repeat of 14041-01"),
  E("2026-09-13 18:50", "Ukraine says assault near Pokrovsk repelled",
    ["Ukraine's army said it had repelled a Russian mechanised assault west of Pokrovsk, destroying eight armoured vehicles."],
    "other", "frontline", 2, "pokrovsk-assault-repelled-2026-09-13", a=ORR_BY),
  ]))

# ---------------------------------------------------------------- day 3: 14042 Bramblewick Wire
SEEDS.append(dict(
  id="14042", name="14042_bramblewick-rss", ext="xml", source="Bramblewick Wire", zone="Europe/Helsinki", render=r_worldrss, rfc="num",
  title="Bramblewick Wire \u2013 Russia and Ukraine", url="https://bramblewick-wire.example", lede="Agency copy on the war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Helsinki summer time); local {d} in {z}",
  notes="Invented outlet (news agency). RSS 2.0, newest first, pubDate with +0300, dc:creator per item. The Novorossiysk count grows (Russian MoD: nine drones downed -> Transneft: tanker damaged, loadings suspended). 14042-05 (Afipsky refinery) and 14042-02 (Novorossiysk) are different attacks in the same region: must not merge. 14042-03 (Danish drone-plant funding) shares the long-range-drone theme with the day's analysis but is a separate aid story.",
  not_entries=["channel title, link, description, language, copyright, ttl", "item link, guid, category and media:thumbnail elements"],
  entries=[
  E("2026-09-13 22:30", "Transneft: tanker damaged, Novorossiysk loadings suspended",
    ["Russian pipeline operator Transneft said one tanker moored at the Sheskharis terminal in Novorossiysk was damaged and two crew members were injured in Sunday's attack, and that loadings remain suspended.",
     "Russia's defence ministry said it destroyed 12 aerial drones and three uncrewed boats."],
    "strikes", "strikes", 3, NOVO, a="Ville Koskinen", cat="Russia", n="counts grow: tanker damaged, 12 drones + 3 boats"),
  E("2026-09-13 19:05", "Denmark to fund Ukrainian long-range drone plant",
    ["Denmark will finance a new production line for Ukrainian long-range attack drones with 1.2 billion kroner, Defence Minister Troels Lund Poulsen said."],
    "aid", "aid", 2, "denmark-funds-ukraine-long-range-drones-2026-09-13", a="Liisa Harju", cat="Ukraine",
    n="same theme as the oil-campaign analysis but a separate aid story: must not merge"),
  E("2026-09-13 16:50", "Dnipro missile strike toll rises to three",
    ["A third person has died after Russian missiles hit the centre of Dnipro on Sunday morning, regional officials said. Twenty-two people were injured."],
    "strikes", "strikes", 3, DNIPRO, a="Liisa Harju", cat="Ukraine", n="toll 3"),
  E("2026-09-13 14:40", "Russia claims Kupiansk-Vuzlovyi",
    ["Russia's defence ministry claimed its forces had taken full control of Kupiansk-Vuzlovyi in the Kharkiv region. Kyiv called the claim false."],
    "other", "frontline", 2, "russia-claims-kupiansk-vuzlovyi-2026-09-13", a="Ville Koskinen", cat="Ukraine"),
  E("2026-09-13 11:15", "Afipsky refinery halts units after drone strike",
    ["The Afipsky refinery in southern Russia halted two processing units after a drone attack caused a fire overnight, industry sources said."],
    "strikes", "strikes", 3, AFIP, a="Ville Koskinen", cat="Russia", n="must not merge with the Novorossiysk attack"),
  E("2026-09-13 07:20", "Russia says it repelled drone attack on Novorossiysk",
    ["Russian air defences and naval units repelled a Ukrainian drone attack on Novorossiysk early on Sunday, destroying nine drones, the defence ministry said."],
    "strikes", "strikes", 3, NOVO, a="Liisa Harju", cat="Russia", n="first Russian statement, nine drones"),
  ]))

# ---------------------------------------------------------------- day 3: 14043 Quenmore Review
SEEDS.append(dict(
  id="14043", name="14043_quenmore-article", ext="html", source="Quenmore Review", zone="Europe/Berlin", render=r_quenmore,
  title="Sunday in the war: sea drones hit Russia's oil port, Dnipro mourns, Sybiha in Beijing", kicker="Ukraine war",
  dateline_t="2026-09-13 16:30", abbr="CEST", byline="Sabine Oster and Felix Brandauer", authors=["Sabine Oster", "Felix Brandauer"],
  lede="A summary of the day's main developments.", more="This article will not be updated. Read our full coverage on the Ukraine page.",
  basis="no stamp per section; the page dateline '{p}' (zone abbreviation printed; also JSON-LD datePublished) is used for every section; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML article with four h2 sections (one entry each), NewsArticle JSON-LD, a byline line 'By Sabine Oster and Felix Brandauer \u00b7 13 September 2026, 16:30 CEST' (the two names are kept as one author string). Sections carry no stamps: published = the dateline. Spells the port 'Novorossijsk'. 14043-04 (German Taurus debate) is its own aid story.",
  not_entries=["header and navigation", "kicker 'Ukraine war'", "page title", "lead 'A summary of the day's main developments.'", "byline and dateline",
               "share / print / listen links", "briefing promo box after the second section", "closing note 'This article will not be updated. ...'", "footer"],
  entries=[
  E("2026-09-13 16:30", "Sea drones strike Novorossijsk",
    ["Ukraine attacked Russia's largest Black Sea oil port, Novorossijsk, with around 15 aerial and sea drones before dawn, according to Russian and Ukrainian statements.",
     "Satellite images published in the afternoon showed smoke over the Sheskharis oil terminal. Ukraine's navy said the operation targeted the export of oil that funds Russia's war."],
    "strikes", "strikes", 3, NOVO, a="Sabine Oster and Felix Brandauer", n="spelling 'Novorossijsk'; '15 drones'"),
  E("2026-09-13 16:30", "Dnipro mourns three dead",
    ["In Dnipro, three people were killed by a Russian missile strike on the city centre in the morning. The regional administration declared Monday a day of mourning."],
    "strikes", "strikes", 3, DNIPRO, a="Sabine Oster and Felix Brandauer", n="toll 3"),
  E("2026-09-13 16:30", "Sybiha meets Wang Yi in Beijing",
    ["Ukrainian Foreign Minister Andrii Sybiha held talks with his Chinese counterpart Wang Yi in Beijing, asking China to use its influence on Moscow to support a ceasefire.",
     "The Chinese foreign ministry said Beijing supports all efforts conducive to peace."],
    "diplomacy", "diplomacy", 3, "sybiha-wang-yi-beijing-talks-2026-09-13", a="Sabine Oster and Felix Brandauer", n="ministerial visit: importance 3"),
  E("2026-09-13 16:30", "Berlin's Taurus debate returns",
    ["Members of Germany's governing coalition renewed calls on Sunday to deliver Taurus cruise missiles to Ukraine, after Chancellor Friedrich Merz again declined to rule it out.",
     "The Social Democrats remain divided on the issue."],
    "aid", "aid", 2, "germany-taurus-debate-2026-09", a="Sabine Oster and Felix Brandauer", sec=(),
    n="aid debate, no decision: importance 2"),
  ]))


if __name__ == "__main__":
    main()

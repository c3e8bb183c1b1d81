#!/usr/bin/env python3
"""Builds eval/bd seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/bd/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


ABBR = re.compile(r"(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|No|U\.S|U\.N|U\.K|a\.m|p\.m)\.$")


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        if ABBR.search(par[:m.start() + 1]):
            continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", style="lower"):
    hh = d.hour % 12 or 12
    if style == "dots":
        suf = "a.m." if d.hour < 12 else "p.m."
    elif style == "upper":
        suf = "AM" if d.hour < 12 else "PM"
    else:
        suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


# ============================================================ Part A renderers (layout only; wording is mine)

def r_orlando(S):  # Orlando Sentinel tag page (Nation/World wire cards), HTML; "PUBLISHED: April 9, 2024 at 6:42 PM EDT" after the headline
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "url": "https://www.orlandosentinel.com/tag/russia-ukraine-war/",
          "publisher": {"@type": "NewsMediaOrganization", "name": "Orlando Sentinel"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} \u2013 Orlando Sentinel</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head>', '<body class="archive tag tag-russia-ukraine-war">',
           '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
           '<header class="site-header"><a class="logo" href="/">Orlando Sentinel</a>',
           '<nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/business/">Business</a></li>'
           '<li><a href="/things-to-do/">Things to Do</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/weather/">Weather</a></li><li><a href="/e-edition/">e-Edition</a></li></ul></nav>',
           '<a class="subscribe-btn" href="/subscribe/">Subscribe</a> <a class="login" href="/login/">Log in</a></header>',
           '<main id="content"><p class="section-label"><a href="/news/nation-world/">Nation/World</a></p>', f'<h1 class="archive-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', style='upper')} EDT"; stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower())[:60].strip("-")
        out.append('<article class="article-summary">')
        if e.get("cap"):
            out.append(f'<figure><img src="/wp-content/uploads/2024/04/{i + 4411}.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>')
        out.append('<div class="article-info"><a class="category" href="/news/nation-world/">Nation/World</a>')
        out.append(f'<h2 class="article-title"><a href="/2024/04/09/{slug}/">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="byline">By <a href="/author/">{esc(e["byline"])}</a></div>')
        out.append(f'<div class="time">PUBLISHED: <time datetime="{d.isoformat()}">{st}</time></div>')
        out.append('<div class="excerpt">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></div></article>")
        if i == 2:
            out.append('<div class="newsletter-signup"><h3>Get Breaking News in your inbox</h3><p>Sign up for our free email newsletters.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign up</button></div>')
    out += ['<nav class="pagination"><a href="/tag/russia-ukraine-war/page/2/">Load More</a></nav></main>',
            '<aside class="trending"><h2>Trending Nationally</h2><ol><li><a href="/t1">Eclipse crowds jam highways on the way home</a></li>'
            '<li><a href="/t2">Ex-player sentenced in betting scheme</a></li><li><a href="/t3">Storms bring flooding to Gulf Coast towns</a></li></ol></aside>',
            '<footer class="site-footer"><p>Copyright \u00a9 2024 Orlando Sentinel</p><p><a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Service</a> | '
            '<a href="/ccpa">Do Not Sell/Share My Personal Information</a> | <a href="/cookies">Cookie Preferences</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_enquirer(S):  # Cincinnati Enquirer (USA TODAY Network) live updates, text scrape; headline, author line, then "7:35 p.m. ET April 21, 2024"
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)

    def et(d):
        return f"{ampm(d, space=' ', style='dots')} ET {MONTHS[d.month - 1]} {d.day}, {d.year}"
    L = ["Skip to main content", "The Enquirer", "Subscribe", "Sign In", "",
         "Home  Local  Sports  Bengals  Reds  Opinion  Things to Do  Obituaries  eNewspaper  Legals", "", "NEWS", "", S["title"], "", S["dek"], "",
         S["byline"], "Cincinnati Enquirer", "", f"Published {et(first)} | Updated {et(last)}", "", "Facebook", "Twitter", "Email", "", "Show Caption",
         "Hide Caption", S["caption"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = et(d); stamps.append(st)
        L += [e["h"], "", e["a"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the latest news from Cincinnati. Sign up for our newsletter", "", "Subscribe", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Contributing: The Associated Press", "", "Related: What to know about the Brent Spence Bridge project this week", "",
          "Gift this article", "", "Cincinnati Enquirer  |  Terms of Service  |  Privacy Policy  |  Your Privacy Choices  |  \u00a9 2024 www.cincinnati.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_herald(S):  # The Chronicle Herald (SaltWire) World RSS 2.0; pubDate +0000; dc:creator wire credits; description + content:encoded
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.thechronicleherald.ca/news/world</link>",
           "<description>The latest world news from The Chronicle Herald, Halifax, Nova Scotia</description>", "<language>en-CA</language>",
           f"<lastBuildDate>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>",
           "<copyright>Copyright 2024 SaltWire Network</copyright>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:70]
        ex = e["p"][0] if len(e["p"][0]) < 160 else e["p"][0][:150].rsplit(" ", 1)[0] + "..."
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.thechronicleherald.ca/news/world/{slug}-{100 + i}</link>",
                f'<guid isPermaLink="false">saltwire-{20240427100 + i}</guid>', f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>", f"<description>{esc(ex)}</description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f'<media:content url="https://www.thechronicleherald.ca/media/photologue/photos/{i + 881}.jpg" medium="image" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_starphoenix(S):  # Saskatoon StarPhoenix (Postmedia) "The Latest" timeline, HTML; oldest first; NO headlines; "7:05 a.m. CST" bold time paragraphs
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Organization", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Saskatoon StarPhoenix"},
          "articleSection": "World", "mainEntityOfPage": "https://thestarphoenix.com/news/world/the-latest-russia-ukraine-war-april-30"}
    dshort = f"{MONTHS[first.month - 1][:3]} {first.day}, {first.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Saskatoon StarPhoenix</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<a class="skip" href="#main-content">Skip to Content</a>',
           '<header class="header"><a class="logo" href="/">Saskatoon StarPhoenix</a> <a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/signin">Sign In</a>',
           '<nav><a>News</a> <a>Sports</a> <a>Opinion</a> <a>Business</a> <a>Arts</a> <a>Life</a> <a>Health</a> <a>Homes</a> <a>Driving</a> <a>Remembering</a> <a>Newsletters</a> <a>ePaper</a></nav></header>',
           '<main id="main-content"><article><p class="kicker"><a href="/category/news/world">World</a></p>', f'<h1 class="article-title">{esc(S["title"])}</h1>',
           f'<p class="subtitle">{esc(S["dek"])}</p>',
           f'<div class="author"><span class="label">Author of the article:</span> <span class="name">{esc(S["byline"])}</span></div>',
           f'<div class="published-date">Published {dshort} \u2022 Last updated {dshort} \u2022 4 minute read</div>',
           '<div class="comments-link"><a href="#comments">Join the conversation</a></div>',
           f'<figure><img src="/wp-content/uploads/2024/04/odesa.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="share">Share this Story : <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a> <a>Reddit</a></div>',
           '<div class="ad">Advertisement 1</div><div class="ad-note">This ad has not loaded yet, but your article continues below.</div>',
           '<div class="article-content">', f"<p>{esc(S['lede'])}</p>", '<div class="label">Article content</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', style='dots')} CST"; stamps.append(st)
        out.append(f"<p><strong>{st}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="label">Article content</div>')
        if i == 2:
            out.append('<div class="ad">Advertisement 2</div><div class="ad-note">This ad has not loaded yet, but your article continues below.</div>')
    out += ['</div>', '<div class="share">Share this article in your social network</div>',
            '<section class="newsletter"><h3>Top Stories</h3><p>Get the latest headlines, breaking news and columns.</p><input type="email"> <button>Sign Up</button></section>',
            '<section id="comments"><h3>Comments</h3><p>Postmedia is committed to maintaining a lively but civil forum for discussion.</p></section>',
            '<section class="trending"><h3>Trending</h3><a href="/r1">Saskatoon city council weighs bus rapid transit timeline</a> <a href="/r2">Blades push series to game seven</a></section>',
            '</article></main><footer>365 Bloor Street East, Toronto, Ontario, M4W 3L4 \u00a9 2024 Saskatoon StarPhoenix, a division of Postmedia Network Inc. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_geelong(S):  # Geelong Advertiser (News Corp Australia) live coverage, text scrape; newest first; day headers without year; "9.41pm" line before headline
    z = S["zone"]; order_check(S, True)
    L = ["Geelong Advertiser", "Subscribe", "Log in", "", "News  Sport  Cats  Business  Property  Lifestyle  Puzzles  Obituaries  Newsletters", "",
         "World", "", S["title"], "", S["dek"], "", S["byline"], "", "Don\u2019t miss the latest from World. Followed categories appear in My News.", "Follow World", "", "Live", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = ampm(d, sep="."); stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + [""] + ptxt(e["p"]) + [e["a"], ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more", "", "More related stories", "Bellarine ferry timetable changes from next week", "Cats injury update ahead of round nine", "",
          "Geelong Advertiser  |  Privacy  |  Terms of use  |  Contact us  |  \u00a9 The Geelong Advertiser Pty Ltd"]
    return "\n".join(L) + "\n", stamps


def r_inverness(S):  # Inverness Courier (Iliffe) News section, text scrape; headline, standfirst, "By NAME", "Published: 19:10, 17 May 2024"
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "Inverness Courier", "Subscribe  Sign in", "",
         "Home  News  Sport  What's On  Business  Politics  Opinion  Community  Property  Jobs  Motors  Photo Sales  Digital Edition  Newsletter", "",
         "We use cookies to personalise content and ads and to analyse our traffic. Accept all  Manage preferences", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published: {d:%H:%M}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        L += [e["h"], "", f"By {e['a']}", st, ""] + ptxt(e["p"]) + [f"{(i * 5 + 2) % 9} comments", "Read more", ""]
        if i == 2:
            L += ["Newsletter sign-up", "Get the latest Highland news straight to your inbox. Sign up", "", "ADVERTISEMENT", ""]
    L += ["Load more stories", "", "Most Read", "1. Plans lodged for new homes at edge of city", "2. Bus route cut sparks complaints in Culloden", "",
          "Inverness Courier, Stadium Road, Inverness  |  Contact us  |  Privacy policy  |  Cookie settings  |  \u00a9 2024 Iliffe Media Ltd"]
    return "\n".join(L) + "\n", stamps


def r_limerick(S):  # Limerick Leader (Iconic Media) National News listing, HTML; "Reporter: NAME" then visible "29 May 2024 9:15 PM" in <time datetime>
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Limerick Leader</title></head><body>',
           '<div id="cookie-banner">We value your privacy. We and our partners store and access information on your device. <button>I Accept</button> <button>Show Purposes</button></div>',
           '<header><a class="logo" href="/">Limerick Leader</a><span class="edition">limerickleader.ie</span>',
           '<nav><a>News</a> <a>Sport</a> <a>GAA</a> <a>Business</a> <a>Lifestyle</a> <a>Property</a> <a>What\u2019s On</a> <a>Death Notices</a> <a>Weather</a> <a>ePaper</a></nav>',
           '<a class="subscribe" href="/subscribe">Subscribe</a></header>', f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} {ampm(d, space=' ', style='upper')}"; stamps.append(st)
        out.append('<div class="article-card">')
        out.append(f'<h3><a href="/news/national-news/{i + 1470221}/">{esc(e["h"])}</a></h3>')
        out.append('<div class="meta">' + (f'<span class="reporter">Reporter: {esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<time datetime="{d.isoformat()}">{st}</time></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<a class="more" href="#">Read more</a></div>')
        if i == 1:
            out.append('<div class="mpu">Advertisement</div>')
        if i == 3:
            out.append('<div class="newsletter">Sign up to the Limerick Leader newsletter: local news every morning <input type="email"> <button>Sign up</button></div>')
    out += ['<div class="pager"><a>Next page</a></div></main>',
            '<aside><h4>Most Read</h4><ol><li><a>Traffic restrictions for Limerick city centre this weekend</a></li><li><a>Gardai appeal after break-in at Castletroy shop</a></li></ol></aside>',
            '<footer>\u00a9 2024 Iconic Media Holdings. All rights reserved. | Privacy Policy | Cookie Policy | Terms and Conditions</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_qatar(S):  # Qatar Tribune WordPress RSS 2.0; pubDate +0000; dc:creator 'QT Desk'/'Agencies'; content:encoded with "Kyiv:" datelines
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\t>', "",
           "<channel>", f"\t<title>{esc(S['title'])}</title>", '\t<atom:link href="https://www.qatar-tribune.com/category/world/feed" rel="self" type="application/rss+xml" />',
           "\t<link>https://www.qatar-tribune.com</link>", "\t<description>Qatar Tribune \u2013 Qatar&#039;s leading English daily</description>",
           f"\t<lastBuildDate>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>",
           "\t<language>en-US</language>", "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>", "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>",
           "\t<generator>https://wordpress.org/?v=6.5.3</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:70]
        ex = e["p"][0][:120].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>https://www.qatar-tribune.com/article/{118400 + i}/world/{slug}</link>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t<category><![CDATA[{e.get('cat', 'World')}]]></category>", f'\t\t<guid isPermaLink="false">https://www.qatar-tribune.com/?p={118400 + i}</guid>',
                f"\t\t<description><![CDATA[{ex}]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "\t</item>"]
    out += ["\t</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_standard(S):  # The Standard (Kenya) World article: AFP 'latest developments' round-up; "- Heading -" sections; visible date without time
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "The Standard"},
          "articleSection": "World", "description": S["lede"]}
    vis = f"{MONTHS[d0.month - 1][:3]}. {d0.day:02d}, {d0.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Standard</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="topbar"><span>' + f"{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}" + '</span> <a>ePaper</a> <a>Subscribe</a> <a>Sign in</a></div>',
           '<header><a class="logo" href="/">The Standard</a><nav><a>Home</a> <a>Kenya</a> <a>Counties</a> <a>Politics</a> <a>Business</a> <a>World</a> <a>Africa</a> '
           '<a>Sports</a> <a>Entertainment</a> <a>Opinion</a> <a>Health</a> <a>Videos</a> <a>Podcasts</a></nav></header>',
           '<main><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ol>', f'<h1 class="article-title">{esc(S["title"])}</h1>',
           f'<div class="article-meta"><span class="author">By {esc(S["byline"])}</span> | <time datetime="{d0.isoformat()}">{vis}</time></div>',
           '<div class="share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a></div>',
           f'<figure><img src="/images/2024/05/24/ukraine.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="article-body">', f"<p>{esc(S['lede'])}</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        out.append(f"<p><strong>- {esc(e['h'])} -</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        stamps.append(None)
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ["<p>burs/jj</p>", "</div>", '<div class="tags"><a>Russia</a> <a>Ukraine</a> <a>Vladimir Putin</a></div>',
            '<section class="related"><h3>Related Topics</h3><a href="/r1">Ruto wraps up Washington state visit</a> <a href="/r2">Haiti mission: first officers to fly out soon</a></section>',
            '<div class="comments"><a>Login</a> to comment</div>',
            '<footer>The Standard Group PLC is a multi-media organization with investments in media platforms spanning newspaper print operations, television, radio broadcasting, digital and online services. '
            '\u00a9 2024 The Standard Group PLC. All rights reserved. | Terms &amp; Conditions | Privacy Policy</footer></main></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mehr(S):  # Mehr News Agency (English) World service list, text scrape; headline, lead "MOSCOW, Jun. 02 (MNA) \u2013 ...", "Jun 2, 2024, 11:42 PM"
    z = S["zone"]; order_check(S, True)
    L = ["Mehr News Agency", "\u0641\u0627\u0631\u0633\u06cc  English  T\u00fcrk\u00e7e  \u0627\u0644\u0639\u0631\u0628\u064a\u0629", "",
         "Home  Politics  Economy  Society  Culture  Sports  Science  Military  World  Photo  Video", "", S["clock"], "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {ampm(d, space=' ', style='upper')}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, f"News ID: {2164310 - i * 7}", ""]
    L += ["More", "", "Most Visited", "Oil prices edge higher ahead of OPEC+ meeting", "Candidates continue to register for June 28 vote", "", "Tags", "Russia  Ukraine  War in Ukraine", "", "About Us  Contact Us  RSS  Terms of use", "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License."]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets, invented layouts)

def r_corriemoss(S):  # text live, OLDEST first, Key Points block, date line, "All times Kyiv (EEST)", bare "08:30" line before headline, "— NAME" signature
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["CORRIEMOSS COURIER", "Front page  |  War in Ukraine  |  Europe  |  Opinion  |  Newsletters", "", S["title"],
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "All times Kyiv (EEST)", "", S["lede"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Updates (oldest first)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["This live page has now closed. Follow tomorrow's coverage here.", "", "Corriemoss Courier \u00b7 About \u00b7 Corrections \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_farthingale(S):  # HTML live, newest first; LiveBlogPosting JSON-LD with per-update times; <time datetime>"20:20 BST"</time> above h2; author below h2
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Farthingale Herald</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="consent">We use cookies to improve your experience. <button>Accept</button> <button>Reject</button></div>',
           '<header><a href="/" class="brand">Farthingale Herald</a><nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Sport</a> <a>Puzzles</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="dateline">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<article class="update" id="post-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        if e.get("video"):
            out.append(f'<div class="video-embed" data-src="{e["video"]}">[video]</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<footer class="post-tools"><a>Share</a> <a>Copy link</a></footer></article>')
        if i == 1:
            out.append('<aside class="related"><h3>Related</h3><a href="/world/ukraine-front-line-map">Ukraine war in maps: where the front lines are</a></aside>')
    out += ['<p class="more"><a>Load earlier updates</a></p></main>', "<footer>Farthingale Herald \u00b7 Contact \u00b7 Terms \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):  # RSS 2.0 general world feed; pubDate with GMT; CDATA paragraphs; categories; no authors
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>", f'<guid isPermaLink="true">{S["url"]}/news/{S["id"]}{i + 11}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atomfeed(S):  # Atom 1.0, newest first; <published> with the outlet's offset (+03:00 or Z); escaped HTML content; per-entry author
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        if i == 0:
            out.append(f"<updated>{st}</updated>")
    for i, e in enumerate(S["entries"]):
        st = stamps[i]
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/item/{S["id"]}-{i + 1}"/>',
                f"<id>tag:{S['url'][8:]},2024:{S['id']}-{i + 1}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_lathwaite(S):  # text article (weekend/evening briefing): title, byline, dateline "11 May 2024, 18:00 CEST", section headings = entries; stamp null
    L = ["LATHWAITE REVIEW", "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["dek"], "", f"By {S['byline']}", S["dateline"], "",
         "Listen to this article  6 min", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Read more: " + S["more"], ""]
    L += ["Share  \u00b7  Save  \u00b7  Comments (" + str(S["comments"]) + ")", "", "\u00a9 2024 Lathwaite Review. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ambervoe(S):  # HTML live, newest first; JSON-LD @graph with @type array and liveBlogUpdate list; visible bare "22:15" in <time>; page byline only
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), **({"articleBody": "\n".join(e["p"])} if e["p"] else {})}
           for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://ambervoe.example/#org", "name": "Ambervoe Daily"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@id": "https://ambervoe.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2014 Ambervoe Daily</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><strong>AMBERVOE DAILY</strong> <nav><a>Latest</a> <a>Ukraine</a> <a>World</a> <a>Podcasts</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="meta">By {esc(S["byline"])} \u00b7 {esc(S["dateline"])} \u00b7 Kyiv time</p>',
           f'<div class="summary"><p>{esc(S["lede"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e.get("video"):
            out.append('<div class="player">Play video 0:48</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="promo">Ambervoe Daily is reader-funded. <a>Become a supporter</a></div>')
    out += ['<p><a>Show older posts</a></p></main><footer>Ambervoe Daily \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_calderhythe(S):  # text live, OLDEST first; headline, then "Posted at 07:10 BST" and "By NAME" AFTER the headline
    z = S["zone"]; order_check(S, False)
    L = ["Calderhythe Signal", "News | Ukraine | UK | World | Sport | Weather", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted at {d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], st] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["Sign up for the Calderhythe Signal world briefing", ""]
    L += ["Coverage continues tomorrow.", "Calderhythe Signal \u00b7 Accessibility \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_brantwick(S):  # RSS 2.0 war feed; pubDate with +0200; dc:creator; plain-text description with &quot; entities
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{S['id']}-{i + 1}</link>", f"<pubDate>{st}</pubDate>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "",
                "<description>" + esc("\n\n".join(e["p"])).replace('"', "&quot;") + "</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(l for l in out if l) + "\n", stamps


def r_ashenvale(S):  # text evening round-up: numbered paragraphs, NO headlines, no per-item time; dateline "Saturday 1 June 2024 \u00b7 18:30 BST"
    L = ["ASHENVALE POST", "Newsletters \u203a The Evening Round-up", "", S["title"], S["dateline"], f"Compiled by {S['byline']}", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [f"{i + 1}."] + ptxt(e["p"])
    L += ["That's all for tonight \u2014 the Round-up returns tomorrow at 18:30", "", "Forward to a friend  |  Manage subscription  |  Unsubscribe"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def X(e, **kw):
    e.update(kw)
    return e


# ============================================================ PART A: ten real outlets' layouts (news text is my own)
SEEDS = []

SEEDS.append(dict(id="5700", name="5700_orlandosentinel-tag", ext="html", source="Orlando Sentinel", zone="America/New_York", render=r_orlando,
  title="Russia-Ukraine war",
  notes="Imitates an Orlando Sentinel (Tribune/MNG WordPress) tag page of wire stories, section Nation/World. Newest first. Each card: optional photo with caption, category label 'Nation/World', h2 headline, 'By <credit>' line, then 'PUBLISHED: April 9, 2024 at 6:42 PM EDT' (stamp AFTER the headline; <time datetime> carries the same instant), then a one- or two-paragraph excerpt. The page prints EDT (UTC-4). Bylines are wire credits ('Associated Press') except one 'Name, The Washington Post' card, where author is the name only. A CollectionPage JSON-LD block names the tag but lists no items.",
  not_entries=["skip link 'Skip to content'", "logo, main navigation, 'Subscribe' and 'Log in'", "section label 'Nation/World' above the tag title and on every card",
               "tag title 'Russia-Ukraine war' (page_title)", "photo captions ending '(AP Photo)'", "newsletter box 'Get Breaking News in your inbox'",
               "'Load More' pagination link", "'Trending Nationally' list with three unrelated US stories", "footer copyright and privacy links"],
  entries=[
  X(E("2024-04-09 18:42", "White House studies loan option as Ukraine aid bill sits in House",
      ["Biden administration officials have begun examining whether some future help for Ukraine could be structured as a loan, an approach favoured by several House Republicans who have kept a Senate-passed aid bill from reaching a vote, according to two people briefed on the discussions.",
       "No decision has been made, the people said, and the White House is still publicly pressing Speaker Mike Johnson to bring the $95 billion measure to the floor."],
      "aid", "aid", 2, "us-ukraine-aid-loan-option", a="Lena Marsh", n="Byline 'By Lena Marsh, The Washington Post': author is the name, the outlet is a credit."),
    byline="Lena Marsh, The Washington Post"),
  X(E("2024-04-09 15:27", "UN nuclear watchdog says drones struck Zaporizhzhia plant for a third day",
      ["Inspectors from the International Atomic Energy Agency reported another drone strike at the Russian-held Zaporizhzhia nuclear power plant on Tuesday, saying the attacks had not compromised safety so far but amounted to a reckless gamble.",
       "Moscow blamed Ukrainian forces for the strikes. Kyiv denied involvement and accused Russia of staging them."],
      "strikes", "strikes", 2, "zaporizhzhia-npp-drone-strikes-2024-04", a="Associated Press"), byline="Associated Press"),
  X(E("2024-04-09 13:05", "Russian glide bomb kills 2 in village outside Kharkiv",
      ["A Russian glide bomb hit a village on the northern edge of Kharkiv on Tuesday morning, killing two men and wounding four other people, the regional governor said.",
       "The attack came a day after drones damaged power lines serving parts of Ukraine's second-largest city, where officials have told residents to expect scheduled blackouts."],
      "strikes", "strikes", 3, "kharkiv-village-glide-bomb-2024-04-09", a="Associated Press"),
    byline="Associated Press", cap="Rescue workers clear debris at the site of a Russian attack outside Kharkiv, Ukraine, on Tuesday. (AP Photo)"),
  X(E("2024-04-09 11:30", "Ukrainian lawmakers move mobilization bill toward a final vote",
      ["A Ukrainian parliamentary committee on Tuesday finished working through thousands of amendments to a bill that would overhaul how the country calls up soldiers, clearing the way for a final vote later this week.",
       "The legislation would tighten registration rules for men of fighting age, but a clause that would have let soldiers leave the army after 36 months of service was removed at the military's request."],
      "other", "politics", 2, "ukraine-mobilization-law", a="Associated Press"), byline="Associated Press"),
  X(E("2024-04-09 09:48", "Czech-led drive to buy artillery shells for Ukraine says first funds are in",
      ["A Czech initiative to buy hundreds of thousands of artillery rounds for Ukraine from suppliers outside Europe has collected enough money from partner countries to pay for the first deliveries, a Czech official said Tuesday.",
       "Officials would not say when the shells would reach the front, where Ukrainian commanders say they are outgunned by as much as five to one."],
      "aid", "aid", 3, "czech-artillery-shell-initiative", a="Associated Press", n="Large ammunition procurement for Ukraine: importance 3."), byline="Associated Press"),
  X(E("2024-04-09 07:15", "Russia says it shot down 11 drones over border regions",
      ["Russia's Defense Ministry said its air defenses destroyed 11 Ukrainian drones overnight over the Belgorod and Kursk regions, which border Ukraine.",
       "There was no immediate word of casualties. Ukraine rarely comments on attacks inside Russia."],
      "strikes", "strikes", 2, "russian-border-regions-drones-2024-04-09", a="Associated Press"), byline="Associated Press"),
  X(E("2024-04-09 06:02", "Ukraine's top commander warns of mounting Russian assaults in the east",
      ["Ukraine's commander in chief said Russian forces had stepped up attacks along several stretches of the eastern front, and singled out the area around the hilltop town of Chasiv Yar as the most threatened.",
       "He said troops there were holding their positions but needed more artillery ammunition and air defense."],
      "other", "frontline", 2, "chasiv-yar-pressure-2024-04", a="Associated Press"), byline="Associated Press"),
  ]))

AIDUS = "us-house-passes-ukraine-aid-2024-04-20"
SEEDS.append(dict(id="5701", name="5701_cincinnatienquirer-live", ext="txt", source="The Cincinnati Enquirer", zone="America/New_York", render=r_enquirer,
  title="Ukraine aid clears House: Live updates on reaction and what comes next",
  dek="Ukrainians in Cincinnati and officials in Kyiv welcomed the vote as the package heads to the Senate.",
  byline="Dana Fiorito and Marcus Ellery", caption="Members of Cincinnati's Ukrainian community wave flags outside a church in Clifton on Sunday. Jo Ann Whitcombe/The Enquirer",
  lede="The House on Saturday approved about $61 billion in military and economic help for Ukraine after months of delay. Follow our live coverage below for reactions, the Senate timetable and news from the war.",
  notes="Imitates a Cincinnati Enquirer (USA TODAY Network, Gannett) live-updates page copied as plain text. Newest first. Page header: 'Published 6:15 a.m. ET April 21, 2024 | Updated 7:35 p.m. ET April 21, 2024'. Each post: headline, blank line, author line, then the stamp '7:35 p.m. ET April 21, 2024' (AFTER the headline), then body. ET = EDT (UTC-4) in April. Per-post authors. The lede paragraph under the photo caption is a page summary, not an entry. The oldest post (06:15) recaps Saturday's vote; three posts are reactions to the same vote and share its story.",
  not_entries=["'Skip to main content', site name, 'Subscribe', 'Sign In', menu line", "section label 'NEWS'", "page title (page_title) and dek",
               "page byline 'Dana Fiorito and Marcus Ellery' with 'Cincinnati Enquirer' and the Published/Updated line", "share labels 'Facebook', 'Twitter', 'Email'",
               "'Show Caption' / 'Hide Caption' and the photo caption", "page lede 'The House on Saturday approved ...' (summary)", "newsletter promo and 'Subscribe'",
               "'Advertisement'", "'Contributing: The Associated Press'", "related link about the Brent Spence Bridge", "'Gift this article'", "footer line"],
  entries=[
  E("2024-04-21 19:35", "Senate to take up package Tuesday; Biden pledges to sign it right away",
    ["Senate Majority Leader Chuck Schumer said Sunday that the chamber would begin voting on the foreign aid bills Tuesday, with final passage possible as soon as that evening.",
     "President Joe Biden has said he will sign the measure the moment it reaches his desk so that shipments can start within days."],
    "aid", "aid", 3, AIDUS, a="Dana Fiorito", n="Next step of the same aid bill: same story as the House vote."),
  E("2024-04-21 17:40", "Zelenskyy thanks lawmakers, urges speed on weapons",
    ["Ukrainian President Volodymyr Zelenskyy thanked members of both parties for the vote and said in his nightly address that every week of waiting had cost his soldiers ground and lives.",
     "He said air defense and long-range artillery were the most urgent needs, and asked that the first deliveries arrive in days rather than months."],
    "aid", "aid", 3, AIDUS, a="Marcus Ellery", n="Reaction whose content is the vote itself: same story."),
  E("2024-04-21 15:10", "Kremlin: American money will not change the outcome",
    ["Kremlin spokesman Dmitry Peskov said the new US funding would make American arms makers richer and lead to more Ukrainian deaths, but would not alter the situation on the battlefield."],
    "aid", "aid", 3, AIDUS, a="Marcus Ellery", sec=["diplomacy"], n="Kremlin reaction to the vote: same story; primary aid (the subject is the funding)."),
  E("2024-04-21 12:25", "Ukraine says Russian troops are pressing toward Chasiv Yar",
    ["Ukraine's military said Russian units attacked its positions near Chasiv Yar more than 20 times over the past day, using armored vehicles and small infantry groups.",
     "Ukrainian officials describe the hilltop town as a gateway to the remaining cities of the Donetsk region that Kyiv controls."],
    "other", "frontline", 2, "chasiv-yar-assaults-2024-04-21", a="Dana Fiorito"),
  E("2024-04-21 10:00", "Cincinnati volunteers send another ambulance convoy to Ukraine",
    ["A Cincinnati volunteer group loaded two retired ambulances with medical supplies in Evendale on Sunday morning, the third convoy it has sent toward Ukraine since 2022.",
     "Organizers said the vehicles would be shipped from Baltimore to Poland and then driven to hospitals near the front.",
     "\u201cPeople here have not forgotten,\u201d said one volunteer, whose brother serves in the Ukrainian army."],
    "aid", "aid", 2, "cincinnati-ambulance-convoy-ukraine", a="Dana Fiorito", n="Local humanitarian support to Ukraine: aid."),
  E("2024-04-21 08:20", "Drones damage energy facility in Kharkiv region overnight",
    ["Russian drones struck an energy facility in Ukraine's northeastern Kharkiv region overnight, starting a fire and cutting power to several villages, regional officials said.",
     "Ukraine's air force said it shot down most of the drones launched in the attack."],
    "strikes", "strikes", 2, "kharkiv-region-energy-drone-strike-2024-04-21", a="Marcus Ellery"),
  E("2024-04-21 06:15", "House passes $61 billion for Ukraine after months of delay",
    ["The House of Representatives voted 311-112 on Saturday to approve roughly $61 billion for Ukraine, ending a standoff that had held up new American weapons for half a year.",
     "A majority of Republicans voted against the Ukraine bill, while every Democrat backed it. The package also includes help for Israel and for partners in the Indo-Pacific."],
    "aid", "aid", 3, AIDUS, a="Dana Fiorito", n="Opening post recapping Saturday's vote (major aid package)."),
  ]))

SEEDS.append(dict(id="5702", name="5702_chronicleherald-world", ext="xml", source="The Chronicle Herald", zone="America/Halifax", render=r_herald,
  title="World | The Chronicle Herald",
  notes="Imitates The Chronicle Herald (Halifax, SaltWire Network) World RSS 2.0 feed. Items newest first; pubDate in +0000; dc:creator carries wire credits ('Reuters', 'The Associated Press', 'The Canadian Press') or a staff name; description is an excerpt of the first paragraph, content:encoded the full text. published_local is given in the outlet's home zone, Atlantic time (ADT, UTC-3). One off-beat item (British royal news). The item about Ukrainians in Nova Scotia has the category 'Nova Scotia'.",
  not_entries=["channel title, link, description, language, lastBuildDate and copyright", "media:content image references",
               "the description excerpts (they repeat the start of content:encoded and are not separate entries)"],
  entries=[
  E("2024-04-27 19:48", "Ukrainian drones target two refineries in southern Russia",
    ["Ukrainian drones attacked two oil refineries in Russia's Krasnodar region late on Saturday, starting a fire at one of them, regional officials and a source in Ukraine's security service said.",
     "Russia's Defence Ministry said it had downed dozens of drones over the region and over Crimea. Kyiv has hit Russian refineries repeatedly this year, saying they supply fuel to the army."],
    "strikes", "strikes", 3, "krasnodar-refineries-drone-attack-2024-04-27", a="Reuters", n="Large drone attack (dozens of drones): importance 3."),
  X(E("2024-04-27 16:30", "Ukrainian newcomers in Nova Scotia get more time on work permits",
      ["Ukrainians who came to Nova Scotia under the federal emergency travel program will be able to apply to extend their open work permits into 2025, a change that settlement groups in Halifax say removes a major worry for hundreds of families.",
       "About 3,000 people from Ukraine have settled in the province since 2022, according to a Halifax agency that helps newcomers."],
      "other", "humanitarian", 2, "ns-ukrainian-newcomers-work-permits", a="Noreen MacAskill"), cat="Nova Scotia"),
  E("2024-04-27 13:05", "Russian missiles and drones hit power plants across Ukraine",
    ["Russia fired dozens of missiles and drones at Ukraine's energy system early Saturday, damaging four thermal power plants and injuring workers, the country's largest private energy company said.",
     "Ukraine's air force said it intercepted most of the 34 missiles launched, but officials in the western Lviv and Ivano-Frankivsk regions reported strikes on energy facilities.",
     "It was the fourth large-scale attack on Ukraine's power grid in just over a month."],
    "strikes", "strikes", 3, "russian-energy-strikes-2024-04-27", a="The Associated Press"),
  E("2024-04-27 10:20", "Ukraine says it repelled Russian attacks near Ocheretyne",
    ["Ukraine's military said on Saturday its troops had beaten back a series of Russian assaults near the village of Ocheretyne, northwest of Avdiivka, where Moscow's forces have broken through in recent days."],
    "other", "frontline", 2, "ocheretyne-fighting-2024-04", a="Reuters"),
  E("2024-04-27 08:55", "Zelenskyy says Patriot systems remain his first request",
    ["President Volodymyr Zelenskyy said Saturday that Patriot air defence systems remained Ukraine's most urgent need, even after the United States approved a new round of military aid.",
     "He said Ukraine needed at least seven more batteries to protect its cities and power plants."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2024-04-27", a="The Canadian Press"),
  OFF("2024-04-27 06:10", "King Charles to return to public duties after cancer treatment",
      ["King Charles will resume some public engagements next week after a period of treatment for cancer, Buckingham Palace said, in a sign that his doctors are encouraged by his progress."],
      "king-charles-public-duties", a="Reuters", n="British royal news."),
  E("2024-04-27 04:40", "Polish prosecutors charge man over alleged plot against Zelenskyy",
    ["Polish prosecutors said they had charged a man accused of offering to help Russian intelligence plan a possible attack on President Volodymyr Zelenskyy during a visit to Poland."],
    "other", "security", 2, "poland-plot-against-zelensky", a="The Associated Press", n="Espionage case: other/security."),
  ]))

ODESA = "odesa-missile-strike-2024-04-30"
SEEDS.append(dict(id="5703", name="5703_starphoenix-latest", ext="html", source="Saskatoon StarPhoenix", zone="America/Regina", render=r_starphoenix,
  title="The Latest: Russian missiles strike Odesa again as Ukraine waits for US weapons",
  dek="Follow along for the latest developments in Russia's war in Ukraine on Tuesday.", byline="Associated Press",
  caption="Firefighters work at the scene of a Russian missile strike in Odesa, Ukraine. Photo by Ukrainian Emergency Service handout",
  lede="What we know on Tuesday about Russia's war in Ukraine:",
  notes="Imitates a Saskatoon StarPhoenix (Postmedia) page carrying an AP-style 'The Latest' timeline. OLDEST first. Items have NO headlines: each is a bold time paragraph '7:05 a.m. CST' followed by one or two paragraphs, the first starting with an AP dateline ('ODESA, Ukraine \u2014'); first_sentence includes the dateline. The visible page prints dates only ('Published Apr 30, 2024 \u2022 Last updated Apr 30, 2024'); times are Saskatchewan time, which stays on CST (UTC-6) all year (America/Regina). Postmedia chrome: 'Author of the article:', 'Join the conversation', 'Advertisement 1/2' with a not-loaded note, repeated 'Article content' labels. One page byline (Associated Press). Items 01 and 05 are the same Odesa strike (toll 3, then 5).",
  not_entries=["'Skip to Content', logo, 'Subscribe', 'Sign In', navigation", "kicker 'World', title (page_title) and subtitle", "'Author of the article: Associated Press'",
               "'Published Apr 30, 2024 \u2022 Last updated Apr 30, 2024 \u2022 4 minute read'", "'Join the conversation'", "photo caption", "share line",
               "'Advertisement 1' / 'Advertisement 2' and 'This ad has not loaded yet, but your article continues below.'", "lede 'What we know on Tuesday about Russia's war in Ukraine:'",
               "repeated 'Article content' labels", "'Share this article in your social network'", "'Top Stories' newsletter box", "comments notice",
               "'Trending' links about Saskatoon", "footer address and copyright"],
  entries=[
  E("2024-04-30 07:05", None,
    ["ODESA, Ukraine \u2014 A Russian ballistic missile struck Odesa on Tuesday afternoon, killing at least three people and wounding more than 20, the regional governor said.",
     "The missile hit a neighbourhood near the port, setting cars and a postal warehouse on fire. It was the second attack on the city in two days."],
    "strikes", "strikes", 3, ODESA, a="Associated Press"),
  E("2024-04-30 08:40", None,
    ["MOSCOW \u2014 Russia's Defense Ministry said its troops had taken full control of the village of Semenivka in the Donetsk region, part of a slow advance north of the ruined city of Avdiivka.",
     "Ukraine's military did not confirm the loss but said fighting in the area was heavy."],
    "other", "frontline", 2, "russia-claims-semenivka-2024-04-30", a="Associated Press"),
  E("2024-04-30 10:15", None,
    ["KHARKIV, Ukraine \u2014 A drone attack damaged a railway depot and several homes in the Kharkiv region overnight, regional officials said, adding that two people were hurt."],
    "strikes", "strikes", 2, "kharkiv-region-rail-depot-drone-2024-04-30", a="Associated Press"),
  E("2024-04-30 12:30", None,
    ["BRUSSELS \u2014 NATO Secretary-General Jens Stoltenberg said member countries had not delivered everything they had promised Ukraine and that the shortfall had cost lives on the battlefield.",
     "He urged allies with spare Patriot systems to send them quickly, saying new American aid alone would not close the gap."],
    "aid", "aid", 2, "stoltenberg-delivery-shortfall-2024-04-30", a="Associated Press"),
  E("2024-04-30 14:05", None,
    ["ODESA, Ukraine \u2014 The death toll from Tuesday's missile strike on Odesa rose to five after two of the wounded died in hospital, the regional governor said.",
     "He said the missile had carried a cluster warhead, which scattered small explosives over a wide area."],
    "strikes", "strikes", 3, ODESA, a="Associated Press", n="Toll update for item 01 (3 -> 5 dead): same story, new text, not a duplicate."),
  E("2024-04-30 16:20", None,
    ["GENEVA \u2014 Switzerland said it had sent invitations to more than 160 delegations for a June peace conference on Ukraine, and that it hoped China would take part."],
    "diplomacy", "diplomacy", 2, "swiss-peace-summit-invitations", a="Associated Press"),
  ]))

SEEDS.append(dict(id="5704", name="5704_geelongadvertiser-live", ext="txt", source="Geelong Advertiser", zone="Australia/Melbourne", render=r_geelong,
  title="Russia-Ukraine war live: Putin prepares for fifth term as drones hit Kharkiv region",
  dek="Follow the latest on the war in Ukraine overnight as Orthodox Christians mark Easter under air-raid sirens.", byline="Staff writers with wires",
  parse_args=["--date", "2024-05-06"],
  notes="Imitates a Geelong Advertiser (News Corp Australia) live-coverage page copied as plain text. NEWEST first. No year is printed anywhere (parse_args --date 2024-05-06, the newer printed local day); day headers 'Monday, May 6' and 'Sunday, May 5' without year. Each post: bare time line '7.25am' BEFORE the headline, headline, body, author line at the end. Post 02 has no headline (time line followed directly by body). No zone printed: Victoria time implied, AEST (UTC+10). The page crosses local midnight (Sunday evening to Monday morning), but all posts fall on UTC Sunday 5 May (09:05-21:25 UTC).",
  not_entries=["site name, 'Subscribe', 'Log in', menu line", "kicker 'World'", "page title (page_title) and dek", "page byline 'Staff writers with wires'",
               "'Don\u2019t miss the latest from World. Followed categories appear in My News.' and 'Follow World'", "label 'Live'", "day headers 'Monday, May 6' / 'Sunday, May 5'",
               "'Advertisement'", "'Load more'", "'More related stories' with two local links", "footer"],
  entries=[
  E("2024-05-06 07:25", "Putin to be sworn in for fifth term on Tuesday",
    ["Vladimir Putin will take the oath for another six-year term at a Kremlin ceremony on Tuesday, Moscow time, extending a rule that began in 1999.",
     "Several Western governments have said they will not send representatives, while others have yet to decide."],
    "other", "politics", 2, "putin-fifth-term-inauguration", a="Tahlia Brennan"),
  E("2024-05-06 05:50", None,
    ["Ukraine\u2019s air force says it shot down 12 of 13 Shahed drones that Russia launched overnight at the southern and central regions. Falling debris damaged a warehouse in the Dnipropetrovsk region, but no one was hurt, local officials say."],
    "strikes", "strikes", 2, "overnight-shahed-attack-2024-05-06", a="Tahlia Brennan", n="Post without headline: time line then body."),
  E("2024-05-06 00:40", "Australian-made drones to feature in next support package",
    ["Canberra says a new batch of Australian-built drones will form part of the country\u2019s next package of military support for Ukraine.",
     "The federal government has committed close to $900 million in assistance since the start of the invasion."],
    "aid", "aid", 2, "australia-drone-support-package", a="Oliver Pask"),
  E("2024-05-05 22:55", "Ukrainians mark Easter under air-raid sirens",
    ["Orthodox believers across Ukraine attended Easter services on Sunday as air-raid alerts sounded in several regions, including the capital.",
     "In his Easter address, President Volodymyr Zelensky said the country was praying for those held in Russian captivity and for soldiers on the front line."],
    "other", "humanitarian", 2, "ukraine-orthodox-easter-2024", a="Oliver Pask"),
  E("2024-05-05 21:30", "Drone attack kills one in Kharkiv region",
    ["A man was killed and three people were injured when a Russian drone hit a private house in a village east of Kharkiv on Sunday afternoon, the regional governor says."],
    "strikes", "strikes", 3, "kharkiv-region-drone-death-2024-05-05", a="Oliver Pask"),
  E("2024-05-05 20:10", "Moscow adds Zelensky to its wanted list",
    ["Russia\u2019s interior ministry has placed Ukrainian President Volodymyr Zelensky on its wanted list, according to a database entry reported by Russian state media.",
     "Kyiv dismissed the move as propaganda. The entry did not specify the criminal charges."],
    "other", "politics", 2, "russia-wanted-list-zelensky", a="Tahlia Brennan"),
  E("2024-05-05 19:05", "Ukraine says it hit Russian air-defence post in Crimea",
    ["Ukraine\u2019s military intelligence says its drones struck a Russian air-defence radar in occupied Crimea overnight, releasing a short video it says shows the moment of impact.",
     "Moscow has not commented on the claim, which could not be independently verified."],
    "strikes", "strikes", 2, "crimea-air-defence-radar-strike-2024-05-05", a="Tahlia Brennan"),
  ]))

SEEDS.append(dict(id="5705", name="5705_invernesscourier-news", ext="txt", source="Inverness Courier", zone="Europe/London", render=r_inverness,
  title="News",
  notes="Imitates the Inverness Courier (Iliffe Media) News section page copied as plain text. Newest first. Each card: headline, 'By NAME', then 'Published: 19:10, 17 May 2024' (stamp after the headline and byline), a standfirst paragraph, a comment count and 'Read more'. No zone printed: UK time implied, BST (UTC+1). A local paper: three cards are Highland stories with no link to the war (off-beat), three have a local angle on the war (refugee hosts, RAF jets back from Poland, an aid lorry).",
  not_entries=["'Skip to main content', site name, 'Subscribe  Sign in', menu line", "cookie notice", "section title 'News' (page_title)", "'N comments' and 'Read more' under every card",
               "'Newsletter sign-up' promo", "'ADVERTISEMENT'", "'Load more stories'", "'Most Read' list", "footer"],
  entries=[
  E("2024-05-17 19:10", "Highland hosts of Ukrainian families call for clarity as thank-you payments end",
    ["Households across the Highlands that took in Ukrainian refugees say they have been left in the dark about support after monthly thank-you payments for longer-term hosts came to an end.",
     "One couple in Nairn, who have shared their home with a mother and two teenagers since 2022, said they wanted to carry on but could not absorb higher energy bills alone."],
    "other", "humanitarian", 2, "highland-ukrainian-hosts-payments", a="Morven Keillor"),
  OFF("2024-05-17 16:45", "Overnight lane closures planned on A9 near Daviot",
      ["Drivers on the A9 south of Inverness face overnight lane closures next week while resurfacing work is carried out near Daviot, the road operator has said."],
      "a9-daviot-roadworks", a="Callum Ruthven", n="local roads."),
  E("2024-05-17 14:30", "Lossiemouth Typhoons return after Nato mission over Poland",
    ["RAF Typhoon jets and crews have returned to Lossiemouth after several weeks policing the skies over Poland as part of a Nato mission to reassure allies bordering Ukraine.",
     "During the deployment the aircraft were scrambled several times in response to Russian air activity close to Nato airspace, the RAF said."],
    "other", "security", 2, "lossiemouth-typhoons-poland-return", a="Callum Ruthven", n="Deployment by a non-party: other/security."),
  OFF("2024-05-17 12:05", "Inverness pupils win national science prize",
      ["A team of pupils from an Inverness secondary school has won a national science competition with a project measuring microplastics in the River Ness."],
      "inverness-pupils-science-prize", a="Morven Keillor", n="local schools."),
  E("2024-05-17 10:20", "Inverness charity sends its 40th lorry of supplies to Ukraine",
    ["An Inverness charity has dispatched its 40th lorry of donated goods to Ukraine, carrying generators, medical kits and sleeping bags collected at drop-off points across the Highlands.",
     "Volunteers said the load would go to a hospital in the Kharkiv region, which has come under renewed Russian attack in the past week."],
    "aid", "aid", 2, "inverness-charity-aid-lorry", a="Ailsa Drummond", n="Humanitarian support to Ukraine: aid."),
  OFF("2024-05-17 08:15", "Ness Islands path reopens after flood repairs",
      ["A popular riverside path through the Ness Islands has reopened after repairs to damage caused by winter flooding, Highland Council said."],
      "ness-islands-path-reopens", a="Ailsa Drummond", n="local parks."),
  ]))

SEEDS.append(dict(id="5706", name="5706_limerickleader-national", ext="html", source="Limerick Leader", zone="Europe/Dublin", render=r_limerick,
  title="National News",
  notes="Imitates a Limerick Leader (Iconic Media) National News listing page in HTML. Newest first. Each card: h3 headline, meta line 'Reporter: NAME' + visible '29 May 2024 9:15 PM' inside <time datetime=...+01:00>, one paragraph, 'Read more'. No zone printed in the visible text: Irish time implied (IST, UTC+1). Mixed page: two off-beat local items (mayoral election debate, hurling team news), four war-related Irish items. 'PA Reporter' is a wire credit printed as the reporter and counts as author.",
  not_entries=["cookie banner", "logo, domain, navigation and 'Subscribe'", "section title 'National News' (page_title)", "'Read more' under every card",
               "'Advertisement' slot", "newsletter sign-up box", "'Next page'", "'Most Read' list", "footer"],
  entries=[
  E("2024-05-29 21:15", "Ukrainian residents of Limerick hotel told they will be moved to Kerry",
    ["Around 60 Ukrainian people living in a hotel in Limerick city have been told they must move to accommodation in County Kerry next month when the hotel's State contract ends.",
     "Parents said they were worried about uprooting children who are settled in local schools, and asked the Department to let families stay until the end of the school year."],
    "other", "humanitarian", 2, "limerick-ukrainian-residents-relocation", a="Aoife Gleeson"),
  OFF("2024-05-29 18:40", "Limerick mayoral hopefuls clash over housing in final debate",
      ["Candidates in the race to become Limerick's first directly elected mayor clashed over housing and transport in a final debate before next week's vote."],
      "limerick-mayoral-debate", a="Aoife Gleeson", n="local election."),
  E("2024-05-29 16:05", "Taoiseach to attend Ukraine peace summit in Switzerland",
    ["Taoiseach Simon Harris has confirmed he will travel to Switzerland next month for a summit on a possible path to peace in Ukraine.",
     "He said Ireland, as a militarily neutral country, had a part to play in the search for a just peace and in meeting Ukraine's humanitarian needs."],
    "diplomacy", "diplomacy", 3, "ireland-attends-swiss-peace-summit", a="PA Reporter", n="Head-of-government diplomatic move: importance 3 (see README conventions)."),
  E("2024-05-29 13:30", "Defence Forces to send more instructors to EU training mission for Ukrainian troops",
    ["Ireland will increase the number of Defence Forces personnel training Ukrainian soldiers in non-lethal skills such as demining and battlefield first aid, the Department of Defence said."],
    "aid", "aid", 2, "ireland-eu-training-mission-instructors", a="PA Reporter", n="Military training support for Ukraine: aid."),
  OFF("2024-05-29 11:10", "Limerick hurlers name unchanged side for Munster clash",
      ["Limerick have named an unchanged team for Sunday's Munster senior hurling championship game, with the management reporting no fresh injury worries."],
      "limerick-hurling-team-news", a="Jerome O'Connell", n="GAA sport."),
  E("2024-05-29 09:20", "Irish exporters warned over goods reaching Russia through third countries",
    ["Irish businesses have been warned to check where their exports end up after officials found that some dual-use goods sold to other countries were later shipped on to Russia in breach of EU sanctions."],
    "diplomacy", "diplomacy", 2, "irish-exports-russia-sanctions-warning", a="PA Reporter", n="Sanctions enforcement: diplomacy."),
  ]))

SEEDS.append(dict(id="5707", name="5707_qatartribune-world", ext="xml", source="Qatar Tribune", zone="Asia/Qatar", render=r_qatar,
  title="World \u2013 Qatar Tribune",
  notes="Imitates the Qatar Tribune WordPress RSS 2.0 feed of the World category. Items newest first; pubDate in +0000; dc:creator 'Agencies' (wire) or 'QT Desk'; description is a cut excerpt ending '[&#8230;]'; content:encoded paragraphs whose first one starts with a city dateline ('Paris: ...'), which is part of first_sentence. published_local is in Doha time (UTC+3, no DST). One off-beat item (South Asian heatwave).",
  not_entries=["channel title, atom:link, link, description, lastBuildDate, language, sy:update* and generator", "the description excerpts ending '[\u2026]'"],
  entries=[
  E("2024-06-06 23:55", "Macron says France will send Mirage fighter jets to Ukraine",
    ["Paris: French President Emmanuel Macron said on Thursday that France would transfer Mirage 2000-5 fighter jets to Ukraine and train Ukrainian pilots to fly them, without saying how many aircraft would be sent.",
     "Speaking in a television interview after the D-Day commemorations, Macron said the training would begin in France in the coming weeks and last several months."],
    "aid", "aid", 3, "france-mirage-jets-ukraine", a="Agencies"),
  E("2024-06-06 20:30", "Zelensky joins world leaders at D-Day anniversary in Normandy",
    ["Caen: Ukrainian President Volodymyr Zelensky attended ceremonies in Normandy marking the 80th anniversary of the D-Day landings, where veterans and guests rose to applaud him.",
     "Russia was not invited to the commemorations. Zelensky held talks on the sidelines with several Western leaders about air defence and his peace plan."],
    "diplomacy", "diplomacy", 3, "zelensky-normandy-d-day-2024", a="Agencies"),
  E("2024-06-06 17:10", "Qatar-brokered deal reunites more Ukrainian children with families",
    ["Doha: Several Ukrainian children who had been separated from their families by the war have been reunited with relatives following mediation by the State of Qatar, the Ministry of Foreign Affairs said on Thursday.",
     "The ministry said Qatar would continue its efforts on humanitarian grounds and thanked both sides for their cooperation."],
    "diplomacy", "diplomacy", 2, "qatar-mediated-return-ukrainian-children", a="QT Desk", sec=["other"], n="Mediated return of children: diplomacy (mediation), humanitarian as secondary."),
  E("2024-06-06 14:45", "Putin warns Moscow could arm others to hit Western targets",
    ["Moscow: President Vladimir Putin said Russia could consider supplying long-range weapons to other countries for strikes on Western targets if the West allowed Ukraine to hit Russian territory with its missiles."],
    "diplomacy", "diplomacy", 3, "putin-warns-arming-others", a="Agencies", sec=["aid"], n="Head-of-state warning to the West: diplomacy, arms transfer as secondary."),
  OFF("2024-06-06 11:20", "Heatwave grips South Asia as temperatures top 45C",
      ["New Delhi: Scorching temperatures above 45 degrees Celsius persisted across northern India and Pakistan, with authorities urging people to stay indoors during the afternoon."],
      "south-asia-heatwave-2024-06", a="Agencies", n="weather."),
  E("2024-06-06 09:05", "Russian drone attack injures two in Kharkiv",
    ["Kyiv: Two people were injured when Russian drones hit a residential area of Kharkiv overnight, the city's mayor said on Thursday."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2024-06-06", a="Agencies"),
  ]))

SEEDS.append(dict(id="5708", name="5708_standardkenya-roundup", ext="html", source="The Standard", zone="Africa/Nairobi", render=r_standard,
  title="Russia-Ukraine war: the latest developments", byline="AFP", dateline_t="2024-05-24 19:45",
  caption="Firefighters work at the site of a Russian strike in Kharkiv. [AFP]", lede="The main developments in the war in Ukraine on Friday:",
  notes="Imitates The Standard (Kenya) World article page republishing an AFP 'latest developments' round-up. One entry per section; sections are headed AFP-style '- Kharkiv toll rises -' (the decorative dashes are not part of the headline). Visible byline 'By AFP | May. 24, 2024' gives the date only; the time comes from <time datetime> and the NewsArticle JSON-LD datePublished (2024-05-24T19:45:00+03:00, EAT), used for every section; stamp null. The top bar prints the fetch day. The closing 'burs/jj' is the wire's editors' tag.",
  not_entries=["top bar date, 'ePaper', 'Subscribe', 'Sign in'", "logo and navigation", "breadcrumb 'Home / World'", "title (page_title)", "byline line 'By AFP | May. 24, 2024'",
               "share links", "photo caption", "lede 'The main developments in the war in Ukraine on Friday:'", "'Advertisement' slot", "wire tag 'burs/jj'",
               "tag links", "'Related Topics' links about Kenya and Haiti", "comment prompt", "footer"],
  entries=[
  E("2024-05-24 19:45", "Putin ready to freeze war, sources say",
    ["Russian President Vladimir Putin is prepared to halt the fighting in Ukraine through a negotiated ceasefire that recognises the current front lines, several sources close to the Kremlin have told reporters.",
     "The Kremlin said Russia had never refused talks, while Kyiv said it would not accept any deal that left its territory under Russian control."],
    "diplomacy", "diplomacy", 3, "putin-ceasefire-current-lines-report", a="AFP"),
  E("2024-05-24 19:45", "Kharkiv toll rises",
    ["The death toll from Russian missile strikes on Kharkiv on Thursday rose to seven, regional officials said, after rescuers pulled more bodies from a printing works in the city."],
    "strikes", "strikes", 3, "kharkiv-printing-works-strike-2024-05-23", a="AFP"),
  E("2024-05-24 19:45", "Crimea drone raid",
    ["Russia's defence ministry said it had shot down more than 20 Ukrainian drones over the annexed Crimean peninsula overnight, while Ukraine's navy said it had struck a Russian communications site near Alushta."],
    "strikes", "strikes", 2, "crimea-drone-raid-2024-05-24", a="AFP"),
  E("2024-05-24 19:45", "Front line",
    ["Ukraine's army said it had stopped Russian forces advancing around the border town of Vovchansk in the Kharkiv region and was counter-attacking in some areas, two weeks after Moscow launched a surprise cross-border offensive."],
    "other", "frontline", 2, "vovchansk-front-2024-05-24", a="AFP"),
  E("2024-05-24 19:45", "G7 finance talks",
    ["Finance ministers from the Group of Seven began meeting in northern Italy to discuss how to use profits from frozen Russian assets to raise a large loan for Ukraine."],
    "aid", "aid", 2, "g7-frozen-assets-loan-talks", a="AFP", sec=["diplomacy"], n="Funding debate for Ukraine: aid."),
  ]))

SEEDS.append(dict(id="5709", name="5709_mehrnews-world", ext="txt", source="Mehr News Agency", zone="Asia/Tehran", render=r_mehr,
  title="World", clock="Mon 13 Khordad 1403 / Jun 3, 2024",
  notes="Imitates the Mehr News Agency English World service list, copied as plain text. Newest first. Each item: headline, lead paragraph(s) starting with a dateline 'MOSCOW, Jun. 02 (MNA) \u2013' (part of first_sentence), then the stamp 'Jun 2, 2024, 10:05 PM' and a 'News ID' line. No zone printed: Tehran time implied, IRST = UTC+03:30 (Iran dropped DST in 2022). The list crosses local midnight: item 01 is stamped Jun 3, 12:40 AM (21:10 UTC on 2 June). Two Iranian domestic/diplomatic items are off-beat. Russian-side wording ('liberated', 'special military operation') as the agency prints it.",
  not_entries=["site name and language links", "menu line", "header clock 'Mon 13 Khordad 1403 / Jun 3, 2024'", "section title 'World' (page_title)", "'News ID: ...' lines",
               "'More'", "'Most Visited' list", "'Tags' and tag line", "footer links and licence line"],
  entries=[
  E("2024-06-03 00:40", "Russian air defense downs 9 Ukrainian drones over Belgorod",
    ["MOSCOW, Jun. 03 (MNA) \u2013 Russia's Defense Ministry says air defense systems on duty intercepted and destroyed nine Ukrainian drones over the Belgorod region late on Sunday.",
     "According to the ministry, there were no casualties or damage on the ground."],
    "strikes", "strikes", 2, "belgorod-drones-downed-2024-06-02"),
  E("2024-06-02 22:05", "Zelensky accuses China of helping Russia undermine peace summit",
    ["TEHRAN, Jun. 02 (MNA) \u2013 Ukrainian President Volodymyr Zelensky has accused China of working with Russia to persuade other countries to stay away from the peace conference Switzerland is hosting in mid-June.",
     "Speaking at a security forum in Singapore, Zelensky said Beijing had become a tool of the Kremlin, a charge China has rejected."],
    "diplomacy", "diplomacy", 3, "zelensky-accuses-china-summit"),
  OFF("2024-06-02 19:30", "More presidential hopefuls register at Interior Ministry",
      ["TEHRAN, Jun. 02 (MNA) \u2013 Registration of candidates for Iran's early presidential election continued at the Interior Ministry on Sunday, with several former officials submitting their papers."],
      "iran-presidential-registration-2024", n="Iranian domestic politics."),
  E("2024-06-02 16:10", "Russian forces take control of another village in Kharkiv region: MoD",
    ["MOSCOW, Jun. 02 (MNA) \u2013 The Russian Defense Ministry announced on Sunday that its forces had liberated a settlement in the Kharkiv region in the course of the special military operation.",
     "The ministry also claimed that Ukrainian units had lost hundreds of servicemen over the past day along the front."],
    "other", "frontline", 2, "russia-claims-kharkiv-village-2024-06-02"),
  E("2024-06-02 13:25", "Kremlin calls Western arms decision 'dangerous escalation'",
    ["MOSCOW, Jun. 02 (MNA) \u2013 Kremlin spokesman Dmitry Peskov has said that permission from some Western countries for Kyiv to use their weapons against targets inside Russia amounted to a dangerous escalation."],
    "diplomacy", "diplomacy", 2, "kremlin-western-arms-permission-reaction", sec=["aid"]),
  OFF("2024-06-02 10:50", "Iran's acting FM confers with Omani counterpart",
      ["TEHRAN, Jun. 02 (MNA) \u2013 Iran's acting Foreign Minister held a phone conversation with his Omani counterpart on Sunday to discuss bilateral ties and regional developments."],
      "iran-oman-fm-call-2024-06-02", n="Iranian diplomacy unrelated to the war."),
  E("2024-06-02 08:05", "Russia says it intercepted ATACMS missiles over Crimea",
    ["MOSCOW, Jun. 02 (MNA) \u2013 Russian air defense forces shot down four US-made ATACMS missiles over the Crimean peninsula overnight, the Russian Defense Ministry said."],
    "strikes", "strikes", 2, "crimea-atacms-intercepted-2024-06-02"),
  ]))


# ============================================================ PART B: three multi-source days (invented outlets)
K1 = "kharkiv-glide-bomb-strike-2024-05-11"
OFF1 = "kharkiv-region-ground-offensive"
REF1 = "volgograd-refinery-drone-attack-2024-05-11"
PWR1 = "poltava-energy-drone-strike-2024-05-11"
ON1 = "overnight-drone-attack-2024-05-11"
EXG = "explainer-glide-bombs"
D1 = ("Day 1 (2024-05-11): main story " + K1 + " (Kharkiv/Kharkov; toll 1 -> 2 -> 3 dead); " + OFF1 + " (Vovchansk/Volchansk) in all five seeds. ")
EXG_PARAS = ["Glide bombs are ordinary Soviet-era free-fall bombs fitted with folding wings and a satellite guidance kit, which let Russian jets release them from 60km or more away, beyond the reach of most of Ukraine's air defences.",
             "Each can carry hundreds of kilograms of explosives, and because they are cheap to convert Russia can drop dozens a day along the front.",
             "Shooting down the bombs themselves is hard. Ukrainian officials say the only reliable answer is to hit the aircraft that carry them, which requires long-range systems such as Patriot."]
EXG_HEAD = "Explainer: what are glide bombs, and why can't Kharkiv stop them?"

SEEDS.append(dict(id="5720", name="5720_corriemoss-textlive", ext="txt", source="Corriemoss Courier", zone="Europe/Kyiv", render=r_corriemoss,
  title="Live: Russia widens assault in Kharkiv region",
  lede="Russian forces are pushing across the border north of Kharkiv for a second day while guided bombs hit the city itself. Follow our updates through the day.",
  notes="Invented outlet. Text live blog, OLDEST first, under the date line 'Saturday 11 May 2024' and 'All times Kyiv (EEST)' (UTC+3). A 'Key Points' block at the top lists two post headlines (5720-03, 5720-07). Each post: bare '08:30' line BEFORE the headline, body, signature line '\u2014 NAME'. Post 05 is a near-verbatim re-post of post 02 (same headline, one clause reworded). " + D1,
  not_entries=["masthead and menu", "title (page_title), date line and 'All times Kyiv (EEST)'", "lede paragraph", "'Key Points' header and its two bullet lines (they point at posts 03 and 07)",
               "'Updates (oldest first)'", "'Advertisement'", "closing line 'This live page has now closed...'", "footer"],
  entries=[
  E("2024-05-11 08:30", "Air force: 16 of 20 drones downed overnight",
    ["Ukraine's air force said it destroyed 16 of the 20 Shahed-type drones Russia launched overnight, mostly over the Mykolaiv, Odesa and Dnipropetrovsk regions.",
     "It did not say what the remaining four had hit."],
    "strikes", "strikes", 2, ON1, a="Iryna Voloshyn", n="must-not-merge with the evening Poltava drone strike (different attack)."),
  E("2024-05-11 12:45", "Guided bombs hit Kharkiv, one dead",
    ["Russian aircraft dropped at least two guided bombs on Kharkiv shortly before noon, killing one man and injuring six people, the regional governor said.",
     "One bomb landed near a block of flats in the north of the city; the other hit a warehouse, starting a fire."],
    "strikes", "strikes", 3, K1, a="Iryna Voloshyn", n="First report of the Kharkiv strike (toll 1)."),
  E("2024-05-11 15:20", "Russian troops press towards Vovchansk as evacuations widen",
    ["Russian units that crossed the border on Friday have pushed several kilometres into the north of the Kharkiv region, and the fighting is now close to the town of Vovchansk, Ukrainian officials said.",
     "Close to 1,800 people have been evacuated from border villages since Friday morning, according to the regional administration, and buses are running from Vovchansk throughout the day.",
     "Ukraine's general staff said reserves had been sent to the area."],
    "other", "frontline", 3, OFF1, a="Declan Haworth", kp=True, n="Listed under Key Points. must-not-merge with the Kharkiv city strike (same region name, different event)."),
  E("2024-05-11 17:30", "Swiss organisers say about 50 delegations have confirmed for June summit",
    ["Switzerland's foreign ministry said about 50 countries and organisations had so far confirmed they would attend next month's conference on peace in Ukraine, out of more than 160 invited."],
    "diplomacy", "diplomacy", 2, "swiss-summit-confirmations-2024-05-11", a="Declan Haworth"),
  E("2024-05-11 18:10", "Guided bombs hit Kharkiv, one dead",
    ["Russian aircraft dropped at least two guided bombs on Kharkiv shortly before noon, killing one man and injuring six people, the regional governor said.",
     "One bomb landed near a block of flats in the north of the city, the other hit a warehouse and started a fire."],
    "strikes", "strikes", 1, K1, a="Iryna Voloshyn", dup="5720-02", n="Near-verbatim repeat of 5720-02 (re-published post; only the second paragraph's wording differs slightly)."),
  E("2024-05-11 19:15", "Drones cut power in parts of Poltava region",
    ["A Russian drone attack on an energy facility in the Poltava region this evening caused power cuts in several districts, the regional governor said, adding that no one was hurt.",
     "Repair crews will start work once the air-raid alert is lifted."],
    "strikes", "strikes", 2, PWR1, a="Declan Haworth", n="must-not-merge with the Volgograd refinery attack (same energy theme, other side) and the overnight drones."),
  E("2024-05-11 21:40", "Kharkiv bomb toll rises to three",
    ["Two more people have died after today's guided-bomb attack on Kharkiv, bringing the number of dead to three, the city's mayor said. Fifteen people were injured.",
     "Among the injured are a 12-year-old girl and her mother, who are in a stable condition."],
    "strikes", "strikes", 3, K1, a="Iryna Voloshyn", kp=True, n="Listed under Key Points. Toll 3 dead, 15 injured."),
  ]))

SEEDS.append(dict(id="5721", name="5721_farthingale-htmllive", ext="html", source="Farthingale Herald", zone="Europe/London", render=r_farthingale,
  title="Russia-Ukraine war live: Kharkiv under fire as Russian troops push over the border",
  lede="Guided bombs struck Kharkiv as Russian forces advanced near Vovchansk. All times BST.", dateline="Saturday 11 May 2024",
  url="https://farthingaleherald.example/world/live/2024/may/11/russia-ukraine-war-live",
  notes="Invented outlet. HTML live blog, NEWEST first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-post datePublished (+01:00). Visible stamp '20:20 BST' in <time datetime> ABOVE each h2 headline; author line below the headline. Post 02 is a video teaser ('Watch: ...') with no text. Post 05 is the day's theme piece (explainer on glide bombs), a separate story from the Kharkiv strike. " + D1,
  not_entries=["cookie consent line", "brand and navigation", "title (page_title), standfirst and dateline 'Saturday 11 May 2024'", "'[video]' placeholder of the teaser",
               "'Share' / 'Copy link' under each post", "'Related' box linking to front-line maps", "'Load earlier updates'", "footer"],
  entries=[
  E("2024-05-11 20:20", "Refinery fire in Volgograd after drone attack, governor says",
    ["A drone attack caused a fire at an oil refinery in the Russian city of Volgograd, the regional governor said, adding that the blaze had been put out and nobody was hurt.",
     "Ukraine has not commented, but sources in Kyiv's security services told reporters that the refinery, one of the largest in southern Russia, had been deliberately targeted."],
    "strikes", "strikes", 3, REF1, a="Harriet Quaile", n="Carried by two seeds of the day (5721, 5723): importance 3."),
  X(E("2024-05-11 18:05", "Watch: Families board evacuation buses near Vovchansk", [], "other", "frontline", 1, OFF1,
      n="Teaser: video only, no body; shown under the offensive story."), video="vovchansk-evacuation.mp4"),
  E("2024-05-11 16:40", "Second person dies after Kharkiv bomb attack",
    ["A second person has died after Russian guided bombs hit Kharkiv around midday, the head of the regional administration said, and the number of injured has risen to 11.",
     "Rescuers were still working at a damaged apartment building in the north of the city in the late afternoon."],
    "strikes", "strikes", 3, K1, a="Tomasz Reilly", n="Toll 2 dead, 11 injured."),
  E("2024-05-11 14:10", "Norway to put more money into Czech shell purchases",
    ["Norway will contribute an additional sum to the Czech-led scheme that buys artillery ammunition for Ukraine from countries outside Europe, its defence ministry said.",
     "The ministry did not give a figure but said the money would pay for several tens of thousands of rounds."],
    "aid", "aid", 2, "norway-czech-ammunition-contribution", a="Tomasz Reilly"),
  E("2024-05-11 11:30", EXG_HEAD, EXG_PARAS, "strikes", "strikes", 2, EXG, a="Harriet Quaile",
    n="Theme piece (explainer on the weapon, not on one attack): its own story; must-not-merge with the Kharkiv strike."),
  E("2024-05-11 09:00", "Zelensky says Russia has begun a new wave of offensive action",
    ["President Volodymyr Zelensky said Russia had started a new wave of counter-offensive operations in the Kharkiv direction and that Ukrainian troops were meeting them with brigades, artillery and drones."],
    "other", "frontline", 3, OFF1, a="Tomasz Reilly", n="Statement about the offensive itself: same story."),
  ]))

SEEDS.append(dict(id="5722", name="5722_glenarrow-worldrss", ext="xml", source="Glenarrow World Service", zone="UTC", render=r_worldrss,
  title="Glenarrow World Service \u2013 World news", url="https://glenarrow.example", lede="Top stories from around the world, updated through the day.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; no authors. Only two of six items are about the war (4 off-beat: Eurovision, aurora, Afghan floods, Brazil floods). Spells the city 'Kharkov' (toll 2). " + D1,
  not_entries=["channel title, link, description and ttl"],
  entries=[
  X(OFF("2024-05-11 21:30", "Eurovision final under way in Malmo amid tight security",
        ["The final of the Eurovision Song Contest began in the Swedish city of Malmo on Saturday evening, with police out in force after days of protests linked to the war in Gaza."],
        "eurovision-final-2024", n="song contest."), cat="Entertainment"),
  X(E("2024-05-11 19:05", "Kharkov strike death toll rises to two",
      ["Two people were killed and at least 10 wounded when Russian glide bombs struck residential and industrial areas of Kharkov, Ukraine's second city, local officials said."],
      "strikes", "strikes", 3, K1, n="Spelling 'Kharkov'; toll 2 (lags the 3 reported by 5720 at 18:40 UTC)."), cat="Europe"),
  X(OFF("2024-05-11 16:20", "Northern lights dazzle skygazers far from the poles",
        ["A powerful solar storm produced vivid displays of the aurora over much of Europe and North America on Friday night, with sightings reported as far south as Spain and Florida."],
        "solar-storm-aurora-2024-05", n="space weather."), cat="Science"),
  X(OFF("2024-05-11 13:45", "Flash floods kill more than 200 in northern Afghanistan",
        ["Flash floods triggered by unusually heavy rain have killed more than 200 people in Baghlan province in northern Afghanistan, a UN agency said, with many more missing."],
        "afghanistan-floods-2024-05", n="natural disaster."), cat="Asia"),
  X(E("2024-05-11 11:10", "Russia says it has captured five villages in Kharkiv region",
      ["Russia's defence ministry said its troops had taken five border villages in Ukraine's Kharkiv region on the second day of a ground offensive there, a claim Kyiv did not confirm."],
      "other", "frontline", 3, OFF1, n="Territorial claim within the same offensive: same story."), cat="Europe"),
  X(OFF("2024-05-11 08:40", "Southern Brazil floods: death toll climbs past 130",
        ["The number of people killed by floods in Brazil's Rio Grande do Sul state has risen past 130, the state's civil defence agency said, as more rain was forecast for the weekend."],
        "brazil-floods-2024-05", n="natural disaster."), cat="Americas"),
  ]))

SEEDS.append(dict(id="5723", name="5723_inchbrook-atom", ext="xml", source="Inchbrook Agency", zone="Europe/Kyiv", render=r_atomfeed,
  title="Inchbrook Agency \u2013 Ukraine wire", url="https://inchbrook.example", lede="Wire copy from our Kyiv bureau.",
  notes="Invented outlet. Atom 1.0 agency feed, newest first, <published> with +03:00 (Kyiv); escaped HTML content; per-entry author. Spells the town 'Volchansk'. " + D1,
  not_entries=["feed title, subtitle, link, id and updated"],
  entries=[
  E("2024-05-11 22:50", "Volgograd refinery halts processing unit after drone strike",
    ["Russia's Volgograd oil refinery stopped one of its main crude distillation units after a drone attack caused a fire there on Saturday, two industry sources said.",
     "Regional officials said the fire had been extinguished. It was the second attack on the plant this year."],
    "strikes", "strikes", 3, REF1, a="Maksym Tereshko"),
  E("2024-05-11 20:35", "Volchansk residents flee as shelling intensifies",
    ["Hundreds more residents left the border town of Volchansk on Saturday as Russian artillery and glide bombs pounded it, Ukrainian police said.",
     "Police said officers were going door to door urging elderly people to leave while the roads out of town were still passable."],
    "other", "humanitarian", 3, OFF1, a="Olena Savchuk", sec=["strikes"], n="Spelling 'Volchansk'; evacuation under the same offensive: same story."),
  E("2024-05-11 18:55", "Kharkiv: two killed in guided bomb strike on residential area",
    ["Two people were killed and 11 injured when Russia struck a residential neighbourhood in Kharkiv with guided aerial bombs, the regional governor said."],
    "strikes", "strikes", 3, K1, a="Olena Savchuk"),
  E("2024-05-11 13:20", "Ukraine asks partners for seven Patriot systems",
    ["Ukraine's foreign minister renewed a call for partners to provide seven more Patriot air defence systems, saying Russian glide bombs and missiles were killing civilians every day."],
    "aid", "aid", 2, "ukraine-patriot-appeal-2024-05-11", a="Maksym Tereshko"),
  ]))

SEEDS.append(dict(id="5724", name="5724_lathwaite-article", ext="txt", source="Lathwaite Review", zone="Europe/Berlin", render=r_lathwaite,
  title="Weekend briefing: Russia opens a new front in the north",
  dek="Moscow's push into the Kharkiv region, a fresh American package and Europe's next sanctions round.",
  byline="Anke Vossberg", dateline="11 May 2024, 18:00 CEST", lede="Three things to know about the war in Ukraine this weekend.",
  more="How Ukraine fortified its northern border, and where it did not", comments=42,
  notes="Invented outlet. Text article (weekend briefing) with three section headings; one entry per section, stamp null, published = the dateline '11 May 2024, 18:00 CEST' (UTC+2), page byline as author. " + D1,
  not_entries=["masthead and breadcrumb", "title (page_title) and dek", "byline 'By Anke Vossberg' and dateline", "'Listen to this article  6 min'", "lede paragraph",
               "'Read more: ...' link after the first section", "share/save/comments line", "copyright"],
  entries=[
  E("2024-05-11 18:00", "The northern push",
    ["Russian troops crossed into Ukraine's Kharkiv region early on Friday and by Saturday were fighting on the approaches to Vovchansk, a town of a few thousand people that was once home to 17,000.",
     "Ukrainian commanders had warned for weeks that Russia was massing troops across the border. Analysts think the aim is to create a buffer zone and to pull Ukrainian reserves away from the Donbas."],
    "other", "frontline", 3, OFF1, a="Anke Vossberg"),
  E("2024-05-11 18:00", "Washington's new package",
    ["The United States announced $400 million in weapons for Ukraine on Friday, including Patriot interceptors, artillery rounds and armoured vehicles, the second package since Congress approved new funding in April.",
     "Officials in Kyiv say the deliveries are arriving, but too slowly to match the Russian build-up."],
    "aid", "aid", 3, "us-400m-package-2024-05-10", a="Anke Vossberg", n="Major aid package: importance 3."),
  E("2024-05-11 18:00", "Sanctions round",
    ["EU ambassadors continued to haggle over a 14th package of sanctions against Russia, which for the first time would target shipments of Russian liquefied natural gas passed through European ports."],
    "diplomacy", "diplomacy", 2, "eu-14th-sanctions-package-talks", a="Anke Vossberg"),
  ]))

# ---------------------------------------------------------------- day 2: 2024-05-12
B1 = "belgorod-apartment-collapse-2024-05-12"
SHO = "shoigu-replaced-by-belousov"
KHS = "kharkiv-shelling-2024-05-12"
REF2 = "belgorod-region-fuel-depot-drone-2024-05-12"
ANR = "analysis-ukraine-refinery-campaign"
D2 = ("Day 2 (2024-05-12): main story " + B1 + " (Belgorod/Bilhorod; toll 7 -> 9 -> 11 -> 13) in all five seeds; " + SHO + " in three; the day-1 story " + OFF1 + " continues (fighting reaches Vovchansk). ")

SEEDS.append(dict(id="5730", name="5730_corriemoss-textlive", ext="txt", source="Corriemoss Courier", zone="Europe/Kyiv", render=r_corriemoss,
  title="Live: Belgorod building collapse; fighting nears Vovchansk",
  lede="A section of an apartment block has collapsed in the Russian city of Belgorod, while Ukrainian troops defend the approaches to Vovchansk. Follow our updates.",
  notes="Invented outlet (same layout as 5720). Text live blog, OLDEST first, date line 'Sunday 12 May 2024', Kyiv time (EEST, UTC+3). Key Points list posts 02 and 06. Post 03 is a near-verbatim re-post of post 01. Post 02 continues the day-1 offensive story with a new development. " + D2,
  not_entries=["masthead and menu", "title (page_title), date line and 'All times Kyiv (EEST)'", "lede paragraph", "'Key Points' header and its two bullet lines", "'Updates (oldest first)'",
               "'Advertisement'", "closing line", "footer"],
  entries=[
  E("2024-05-12 09:10", "Part of apartment block collapses in Belgorod",
    ["A section of a ten-storey apartment building has collapsed in the Russian border city of Belgorod, and several people are feared trapped under the rubble, Russian officials said.",
     "Russia's defence ministry blamed debris from a Ukrainian missile it said had been shot down. Ukraine has not commented."],
    "strikes", "strikes", 3, B1, a="Iryna Voloshyn", n="First report, no toll yet."),
  E("2024-05-12 11:40", "Fighting reaches outskirts of Vovchansk, says general staff",
    ["Ukraine's general staff said fighting was now under way on the outskirts of Vovchansk, and that Russian troops had made tactical gains near two border villages overnight.",
     "Kharkiv regional officials said the number of people evacuated from the area since Friday had risen to almost 4,000."],
    "other", "frontline", 3, OFF1, a="Declan Haworth", kp=True, n="Continuation of the day-1 story with a new development (keeps the day-1 slug). Listed under Key Points."),
  E("2024-05-12 13:15", "Part of apartment block collapses in Belgorod",
    ["A section of a ten-storey apartment building has collapsed in the Russian border city of Belgorod, and several people are feared to be trapped under the rubble, Russian officials said.",
     "Russia's defence ministry blamed debris from a Ukrainian missile it said had been shot down. Ukraine has not commented."],
    "strikes", "strikes", 1, B1, a="Iryna Voloshyn", dup="5730-01", n="Near-verbatim repeat of 5730-01 ('feared trapped' -> 'feared to be trapped')."),
  E("2024-05-12 15:50", "Kharkiv shelled again, two injured in Saltivskyi district",
    ["Russian artillery shelled Kharkiv's northeastern Saltivskyi district this afternoon, injuring two people and damaging a school building, the city's mayor said."],
    "strikes", "strikes", 2, KHS, a="Declan Haworth", n="must-not-merge with the Vovchansk ground fighting and with day 1's guided-bomb strike."),
  E("2024-05-12 18:20", "Lavrov dismisses Swiss conference as pointless",
    ["Russian Foreign Minister Sergei Lavrov said the peace conference planned in Switzerland next month was pointless without Russia, and accused the organisers of trying to rally support for Kyiv's terms."],
    "diplomacy", "diplomacy", 2, "lavrov-dismisses-swiss-conference", a="Declan Haworth"),
  E("2024-05-12 20:30", "Belgorod toll rises to 13 as rescue work ends",
    ["Russia's emergencies ministry said 13 bodies had been recovered from the collapsed building in Belgorod and that the search operation had ended.",
     "Around 20 people were injured. Residents of neighbouring blocks have been moved to temporary housing."],
    "strikes", "strikes", 3, B1, a="Iryna Voloshyn", kp=True, n="Toll 13. Listed under Key Points."),
  ]))

SEEDS.append(dict(id="5731", name="5731_farthingale-htmllive", ext="html", source="Farthingale Herald", zone="Europe/London", render=r_farthingale,
  title="Russia-Ukraine war live: Putin moves to replace Shoigu; Belgorod block collapse kills 13",
  lede="Kremlin announces a shake-up at the defence ministry; Russia blames a Ukrainian missile for a deadly building collapse. All times BST.", dateline="Sunday 12 May 2024",
  url="https://farthingaleherald.example/world/live/2024/may/12/russia-ukraine-war-live",
  notes="Invented outlet (same layout as 5721). HTML live, NEWEST first, LiveBlogPosting JSON-LD with per-post times, '21:05 BST' in <time datetime> above each h2. Post 02 is a photo teaser without text. Post 04 RE-POSTS day 1's explainer 5721-05 word for word (re-post of day-1 entry: importance 1). " + D2,
  not_entries=["cookie consent line", "brand and navigation", "title (page_title), standfirst and dateline", "'Share' / 'Copy link' under each post", "'Related' box", "'Load earlier updates'", "footer"],
  entries=[
  E("2024-05-12 21:05", "Putin proposes economist Andrei Belousov as defence minister",
    ["Vladimir Putin has proposed replacing Sergei Shoigu as defence minister with Andrei Belousov, a former deputy prime minister with a background in economics, the Kremlin said.",
     "Shoigu, who has run the ministry since 2012, is to become secretary of Russia's Security Council. The Kremlin said the change reflected the growing weight of military spending in the economy."],
    "other", "politics", 3, SHO, a="Tomasz Reilly", n="Appointment: other/politics; three seeds carry it."),
  E("2024-05-12 18:40", "Photos: Rescuers search Belgorod rubble", [], "strikes", "strikes", 1, B1, n="Teaser: photo gallery, no body."),
  E("2024-05-12 17:30", "Russia blames Ukrainian missile for Belgorod block collapse",
    ["Russia's defence ministry said fragments of a Ukrainian Tochka-U missile, which it said had been intercepted, brought down part of a residential building in Belgorod, where the death toll has risen to 11.",
     "The claim could not be independently checked. Kyiv has not commented on the collapse."],
    "strikes", "strikes", 3, B1, a="Harriet Quaile", n="Toll 11."),
  E("2024-05-12 13:15", EXG_HEAD, EXG_PARAS, "strikes", "strikes", 1, EXG, a="Harriet Quaile",
    n="Re-post of day-1 entry 5721-05 (same headline and text, republished on 12 May): importance 1, duplicate_of null (duplicate_of is within one seed)."),
  E("2024-05-12 10:20", "Germany's third Patriot system to arrive within weeks",
    ["The third Patriot air defence system that Germany promised Ukraine in April will arrive within weeks, a German government spokesperson told a Sunday newspaper."],
    "aid", "aid", 2, "germany-third-patriot-delivery", a="Tomasz Reilly"),
  ]))

SEEDS.append(dict(id="5732", name="5732_glenarrow-worldrss", ext="xml", source="Glenarrow World Service", zone="UTC", render=r_worldrss,
  title="Glenarrow World Service \u2013 World news", url="https://glenarrow.example", lede="Top stories from around the world, updated through the day.",
  notes="Invented outlet (same feed as 5722). General world-news RSS 2.0, newest first, GMT; two of six items about the war (4 off-beat: Catalan election, Eurovision winner, football, Afghan flood aid). " + D2,
  not_entries=["channel title, link, description and ttl"],
  entries=[
  X(OFF("2024-05-12 21:20", "Catalan socialists win most seats as separatists lose ground",
        ["Catalonia's Socialist party won the most seats in Sunday's regional election, early results showed, while pro-independence parties fell short of a majority for the first time in decades."],
        "catalonia-election-2024", n="Spanish regional election."), cat="Europe"),
  X(E("2024-05-12 20:10", "Kremlin reshuffle: Shoigu out as defence minister",
      ["Russia's long-serving defence minister Sergei Shoigu is being moved to a new post, with President Vladimir Putin nominating a civilian economist to take over the ministry, the Kremlin announced on Sunday."],
      "other", "politics", 3, SHO), cat="Europe"),
  X(OFF("2024-05-12 17:00", "Swiss celebrate first Eurovision win in more than 30 years",
        ["Fans in Switzerland celebrated after the singer Nemo won the Eurovision Song Contest in Malmo with the song The Code."],
        "eurovision-winner-2024", n="song contest."), cat="Entertainment"),
  X(OFF("2024-05-12 14:30", "Arsenal edge Manchester United to keep title hopes alive",
        ["A first-half goal from Leandro Trossard gave Arsenal a 1-0 win at Old Trafford on Sunday, keeping the pressure on Manchester City in the Premier League title race."],
        "arsenal-manchester-united-2024-05-12", n="football."), cat="Sport"),
  X(E("2024-05-12 10:45", "Belgorod block collapse: seven dead",
      ["At least seven people were killed when part of an apartment block collapsed in the Russian city of Belgorod, near the border with Ukraine, Russian officials said, blaming Ukrainian shelling."],
      "strikes", "strikes", 3, B1, n="Toll 7."), cat="Europe"),
  X(OFF("2024-05-12 07:15", "Aid reaches flood-hit villages in Afghanistan's Baghlan",
        ["Aid agencies began delivering food, tents and medicine to villages in Afghanistan's Baghlan province, where flash floods swept away hundreds of homes on Friday."],
        "afghanistan-floods-2024-05", n="natural disaster."), cat="Asia"),
  ]))

SEEDS.append(dict(id="5733", name="5733_inchbrook-atom", ext="xml", source="Inchbrook Agency", zone="Europe/Kyiv", render=r_atomfeed,
  title="Inchbrook Agency \u2013 Ukraine wire", url="https://inchbrook.example", lede="Wire copy from our Kyiv bureau.",
  notes="Invented outlet (same feed as 5723). Atom, newest first, +03:00. Entry 02 is the day's theme piece (analysis of the refinery campaign); entry 03 is a separate drone strike on a fuel depot in the Belgorod region, not the Belgorod building collapse. " + D2,
  not_entries=["feed title, subtitle, link, id and updated"],
  entries=[
  E("2024-05-12 22:30", "Shoigu moves to Security Council as Belousov nominated",
    ["Sergei Shoigu will leave the defence ministry to become secretary of Russia's Security Council, the Kremlin said, after President Vladimir Putin put forward Andrei Belousov to replace him.",
     "The nomination still needs the approval of the upper house of parliament, which is seen as a formality."],
    "other", "politics", 3, SHO, a="Maksym Tereshko"),
  E("2024-05-12 19:10", "Analysis: the logic behind Ukraine's long-range strikes on Russian refineries",
    ["Ukraine has hit more than a dozen Russian oil refineries since January, a campaign that officials in Kyiv say is meant to cut fuel supplies to the army and the export revenue that pays for the war.",
     "Washington has privately urged Kyiv to stop, fearing higher global oil prices. Ukrainian officials reply that drones are among the few weapons they can build at home in large numbers.",
     "Analysts say the strikes have temporarily knocked out a notable share of Russia's refining capacity, but that repairs are usually made within weeks."],
    "strikes", "strikes", 2, ANR, a="Olena Savchuk", n="Theme piece (analysis of a campaign): its own story; must-not-merge with the Belgorod depot strike and day 1's Volgograd attack."),
  E("2024-05-12 16:40", "Drones hit fuel depot in Belgorod region, governor says",
    ["Ukrainian drones set fire to a fuel storage depot in a district east of the city of Belgorod, the regional governor said, adding that there were no casualties."],
    "strikes", "strikes", 2, REF2, a="Olena Savchuk", n="must-not-merge with the Belgorod building collapse (same place, different event)."),
  E("2024-05-12 14:00", "Nine confirmed dead in Belgorod building collapse",
    ["Nine people have been confirmed dead after a section of a residential building in Belgorod collapsed early on Sunday, Russia's emergencies ministry said, with rescuers still searching for others."],
    "strikes", "strikes", 3, B1, a="Maksym Tereshko", n="Toll 9."),
  ]))

SEEDS.append(dict(id="5734", name="5734_lathwaite-article", ext="txt", source="Lathwaite Review", zone="Europe/Berlin", render=r_lathwaite,
  title="Evening briefing: Vovchansk under pressure, Bilhorod mourns",
  dek="Ukrainian troops fight on the edge of a border town; a deadly collapse in Bilhorod; and when Europe's shells will arrive.",
  byline="Anke Vossberg", dateline="12 May 2024, 19:00 CEST", lede="Your Sunday evening round-up on the war.",
  more="What Russia's northern offensive means for Kharkiv", comments=17,
  notes="Invented outlet (same layout as 5724). Text article with three sections, stamp null, published = dateline '12 May 2024, 19:00 CEST'. Uses the Ukrainian spelling 'Bilhorod' for Belgorod. Section 1 continues the day-1 offensive story. " + D2,
  not_entries=["masthead and breadcrumb", "title (page_title) and dek", "byline and dateline", "'Listen to this article  6 min'", "lede", "'Read more: ...' link", "share line", "copyright"],
  entries=[
  E("2024-05-12 19:00", "Vovchansk under pressure",
    ["Ukrainian forces were fighting on the edges of Vovchansk on Sunday as Russian units tried to enter the town from the north and east, the general staff said.",
     "Moscow claimed four more villages in the area. Kyiv said it had brought in extra brigades and that the situation was difficult but under control."],
    "other", "frontline", 3, OFF1, a="Anke Vossberg", n="Continuation of the day-1 story (keeps the day-1 slug)."),
  E("2024-05-12 19:00", "Collapse in Bilhorod",
    ["In Bilhorod, as Ukrainians call the Russian city of Belgorod, part of a ten-storey building fell in after what Russian officials said was a missile strike, killing at least 11 people.",
     "Moscow said the building was hit by fragments of a Ukrainian missile brought down by air defence. There was no comment from Kyiv."],
    "strikes", "strikes", 3, B1, a="Anke Vossberg", n="Spelling 'Bilhorod'; toll 11."),
  E("2024-05-12 19:00", "Shells from the Czech scheme",
    ["The first artillery rounds bought through the Czech-led initiative should reach Ukraine in June, Prague's defence minister said, weeks later than first hoped."],
    "aid", "aid", 2, "czech-ammunition-initiative-delivery-timing", a="Anke Vossberg"),
  ]))

# ---------------------------------------------------------------- day 3: 2024-06-01
EN = "russian-energy-strike-2024-06-01"
SHA = "zelensky-shangri-la-dialogue-2024-06-01"
SWAP = "prisoner-exchange-75-2024-05-31"
KREM = "medvedev-warns-western-weapons-2024-06-01"
CHINA = "china-skips-swiss-summit"
D3 = ("Day 3 (2024-06-01): main story " + EN + " (Zaporizhzhia/Zaporozhye; injured 12 -> 15 -> 19) in four seeds; also multi-seed " + SHA + ", " + KREM + ", " + SWAP + ", " + CHINA + ". ")

SEEDS.append(dict(id="5740", name="5740_ambervoe-htmllive", ext="html", source="Ambervoe Daily", zone="Europe/Kyiv", render=r_ambervoe,
  title="Live: Russia pounds Ukraine's power plants; Zelensky flies to Singapore", byline="Marta Hnatiuk", dateline="Saturday, 1 June 2024",
  lede="Russia launched one of its largest attacks of the year on Ukraine's energy system overnight. Zelensky is in Singapore to seek support for the peace summit.",
  url="https://ambervoe.example/live/2024-06-01-russia-ukraine",
  notes="Invented outlet. HTML live, NEWEST first; JSON-LD @graph whose node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate list with per-post times; visible bare '22:15' in <time datetime> (+03:00) above each h3; one page byline 'By Marta Hnatiuk \u00b7 Saturday, 1 June 2024 \u00b7 Kyiv time', no per-post authors (author = page byline). Post 04 is a video teaser without text. " + D3,
  not_entries=["masthead and navigation", "title (page_title)", "meta line 'By Marta Hnatiuk \u00b7 Saturday, 1 June 2024 \u00b7 Kyiv time'", "summary box paragraph",
               "'Play video 0:48' player label", "reader-funding promo", "'Show older posts'", "footer"],
  entries=[
  E("2024-06-01 22:15", "Zelensky lands in Singapore for Shangri-La Dialogue",
    ["President Volodymyr Zelensky arrived in Singapore on Saturday for Asia's main security conference, where he is expected to speak on Sunday and to urge Asian governments to attend the peace summit in Switzerland.",
     "His visit was not announced in advance. He is also due to meet the US defence secretary on the sidelines."],
    "diplomacy", "diplomacy", 3, SHA, a="Marta Hnatiuk", n="must-not-merge with China's decision to skip the Swiss summit (same theme)."),
  E("2024-06-01 19:40", "Medvedev warns of response to strikes with Western weapons",
    ["Former Russian president Dmitry Medvedev said any use of Western long-range weapons against Russian territory would be treated as direct involvement in the war by the countries that supplied them.",
     "His warning followed decisions by Washington and Berlin this week to let Ukraine use some of their weapons against military targets across the border near Kharkiv."],
    "diplomacy", "diplomacy", 3, KREM, a="Marta Hnatiuk", sec=["aid"]),
  E("2024-06-01 15:05", "Energy minister: repairs at hit plants will take weeks",
    ["Ukraine's energy minister said some of the power units damaged overnight could not be repaired for weeks, and warned of longer scheduled outages across the country.",
     "The largest private power company said two of its thermal plants had been seriously damaged."],
    "strikes", "strikes", 3, EN, a="Marta Hnatiuk", n="Aftermath of the overnight attack: same story."),
  X(E("2024-06-01 12:30", "Video: Firefighters tackle blaze at thermal plant", [], "strikes", "strikes", 1, EN, a="Marta Hnatiuk", n="Teaser: video, no body."), video=True),
  E("2024-06-01 09:10", "Russia fires dozens of missiles and drones at energy sites",
    ["Russia launched more than 50 missiles and about 50 drones at Ukraine overnight, aiming mainly at power generation and gas infrastructure, the air force said. It said 35 missiles and 46 drones were shot down.",
     "Energy facilities were hit in the Zaporizhzhia, Dnipropetrovsk, Donetsk, Kirovohrad and Ivano-Frankivsk regions."],
    "strikes", "strikes", 3, EN, a="Marta Hnatiuk"),
  E("2024-06-01 06:20", "Explosions heard across Ukraine as nationwide alert sounds",
    ["Air-raid sirens sounded across the whole of Ukraine before dawn as Russian missiles and drones were reported heading for several regions, and explosions were heard in Zaporizhzhia and Ivano-Frankivsk."],
    "strikes", "strikes", 3, EN, a="Marta Hnatiuk", n="First report of the attack."),
  ]))

SEEDS.append(dict(id="5741", name="5741_calderhythe-textlive", ext="txt", source="Calderhythe Signal", zone="Europe/London", render=r_calderhythe,
  title="Ukraine war: Russia targets energy grid - as it happened", dateline="Saturday 1 June 2024",
  lede="Updates on Russia's overnight attack on Ukraine's power plants and the day's other developments.",
  notes="Invented outlet. Text live, OLDEST first; each post: headline, then 'Posted at 07:10 BST' and 'By NAME' AFTER the headline, then body. BST = UTC+1, date from the line 'Saturday 1 June 2024'. Post 03 repeats post 01 nearly verbatim. Post 05 is the day's theme piece (analysis of the power deficit). " + D3,
  not_entries=["masthead and menu", "title (page_title) and date line", "lede", "newsletter promo 'Sign up for the Calderhythe Signal world briefing'", "'Coverage continues tomorrow.'", "footer"],
  entries=[
  E("2024-06-01 07:10", "Power plants hit in overnight barrage, 12 injured in Zaporizhzhia",
    ["Russia's overnight missile and drone attack damaged power plants in several Ukrainian regions, and 12 people were injured in the Zaporizhzhia region, local officials said.",
     "Ukraine's grid operator said it would have to import electricity from neighbouring countries to cover the shortfall."],
    "strikes", "strikes", 3, EN, a="Rhona Petrie", n="Injured 12."),
  E("2024-06-01 09:35", "Freed soldiers back on Ukrainian soil after 75-for-75 exchange",
    ["Seventy-five Ukrainian prisoners of war released by Russia in an exchange on Friday have been taken to hospitals for checks, Ukraine's coordination headquarters for prisoners said.",
     "The swap, in which Ukraine handed back 75 Russian soldiers, was the first for several months and was mediated by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP, a="Gethin Lowry", n="Mediated prisoner exchange: diplomacy."),
  E("2024-06-01 11:50", "Power plants hit in overnight barrage, 12 injured in Zaporizhzhia",
    ["Russia's overnight missile and drone attack damaged power plants in several Ukrainian regions, and 12 people were injured in the Zaporizhzhia region, according to local officials.",
     "Ukraine's grid operator said it would have to import electricity from neighbouring countries to cover the shortfall."],
    "strikes", "strikes", 1, EN, a="Rhona Petrie", dup="5741-01", n="Near-verbatim repeat of 5741-01 ('local officials said' -> 'according to local officials')."),
  E("2024-06-01 13:20", "Sweden says Ukrainian crews begin training on surveillance aircraft",
    ["Ukrainian air force personnel have started training in Sweden on the ASC 890 airborne early-warning aircraft that Stockholm pledged this week, Sweden's defence ministry said."],
    "aid", "aid", 2, "sweden-asc890-training", a="Gethin Lowry", n="must-not-merge with Belgium's F-16 timetable (same theme: aircraft for Ukraine)."),
  E("2024-06-01 16:45", "Analysis: Ukraine heads into summer with a power gap",
    ["Ukraine has lost around half of its electricity generating capacity to Russian strikes since March, according to officials, leaving the grid short just as demand rises with the summer heat.",
     "Nuclear plants still provide a stable base, but the thermal and hydro stations that cover peaks are the ones Russia has hit hardest.",
     "Energy experts say rooftop solar, imported electricity and small gas-fired units can narrow the gap, but not before winter."],
    "strikes", "strikes", 2, "analysis-ukraine-summer-power-gap", a="Rhona Petrie", n="Theme piece (analysis of accumulated damage): its own story; must-not-merge with the overnight attack."),
  E("2024-06-01 19:30", "Injured count rises to 19 after strikes on energy sites",
    ["The number of people injured in the overnight strikes has risen to 19, including two children, after officials in the Dnipropetrovsk region reported more casualties."],
    "strikes", "strikes", 3, EN, a="Gethin Lowry", n="Injured 19."),
  ]))

SEEDS.append(dict(id="5742", name="5742_merrowdown-worldatom", ext="xml", source="Merrowdown World", zone="UTC", render=r_atomfeed,
  title="Merrowdown World \u2013 Top stories", url="https://merrowdown.example", lede="The day's main international news.",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z; no authors. Two of six items about the war (4 off-beat: Champions League final, Indian exit polls, South African results, Mexican election eve). Spells 'Zelenskiy' and 'Zaporozhye'. " + D3,
  not_entries=["feed title, subtitle, link, id and updated"],
  entries=[
  X(OFF("2024-06-01 21:40", "Real Madrid beat Dortmund to win 15th European Cup",
        ["Real Madrid won the Champions League for a record 15th time, beating Borussia Dortmund 2-0 at Wembley with late goals from Dani Carvajal and Vinicius Junior."],
        "champions-league-final-2024", n="football."), cat="Sport"),
  X(OFF("2024-06-01 18:25", "India's marathon election ends as exit polls point to Modi win",
        ["Voting in India's seven-phase general election ended on Saturday, and exit polls released in the evening predicted a comfortable victory for Prime Minister Narendra Modi's alliance."],
        "india-election-exit-polls-2024", n="Indian election."), cat="Asia"),
  X(E("2024-06-01 15:10", "Zelenskiy heads to Shangri-La Dialogue in Singapore",
      ["Ukrainian President Volodymyr Zelenskiy arrived in Singapore for the Shangri-La Dialogue, a regional defence forum, to lobby Asian countries to attend a peace conference in Switzerland later this month."],
      "diplomacy", "diplomacy", 3, SHA, n="Spelling 'Zelenskiy'."), cat="Europe"),
  X(OFF("2024-06-01 12:00", "ANC loses parliamentary majority for first time",
        ["South Africa's African National Congress has lost the outright majority it has held since the end of apartheid, near-final results from Wednesday's election showed."],
        "south-africa-election-2024", n="South African election."), cat="Africa"),
  X(E("2024-06-01 09:30", "Zaporozhye and other regions hit in Russian strikes on energy sites",
      ["Russia struck power stations and gas facilities in several Ukrainian regions overnight, including Zaporozhye in the south, injuring at least 15 people, Ukrainian officials said."],
      "strikes", "strikes", 3, EN, n="Spelling 'Zaporozhye'; injured 15."), cat="Europe"),
  X(OFF("2024-06-01 06:50", "Mexico set to elect its first woman president",
        ["Mexicans vote on Sunday in an election expected to produce the country's first female president, with the governing party's Claudia Sheinbaum leading opinion polls."],
        "mexico-election-2024", n="Mexican election."), cat="Americas"),
  ]))

SEEDS.append(dict(id="5743", name="5743_brantwick-rss", ext="xml", source="Brantwick Telegraph", zone="Europe/Berlin", render=r_brantwick,
  title="Brantwick Telegraph \u2013 Ukraine", url="https://brantwick.example/ukraine", lede="Latest on the war in Ukraine from the Brantwick Telegraph.",
  notes="Invented outlet. RSS 2.0 war feed, newest first, pubDate with +0200 (CEST); dc:creator per item; plain-text descriptions with &quot; entities, paragraphs separated by blank lines. Entry 03 (Zaporizhzhia nuclear plant power line) is not the overnight energy strike. " + D3,
  not_entries=["channel title, link, description and language"],
  entries=[
  E("2024-06-01 20:50", "Medvedev: strikes with Western arms would be an act of war",
    ["Dmitry Medvedev, deputy head of Russia's Security Council, said that strikes on Russian soil with long-range weapons supplied by NATO countries would amount to those countries joining the war, and that Moscow could retaliate against them."],
    "diplomacy", "diplomacy", 3, KREM, a="Lukas Fairweather", sec=["aid"]),
  E("2024-06-01 17:15", "Belgium: first F-16s for Ukraine to arrive this year",
    ["Belgium expects to deliver its first F-16 fighter jets to Ukraine before the end of the year, its defence minister said, as part of a pledge of 30 aircraft through 2028."],
    "aid", "aid", 2, "belgium-f16-timetable", a="Lukas Fairweather", n="must-not-merge with Sweden's ASC 890 training (same theme)."),
  E("2024-06-01 14:40", "IAEA: Zaporizhzhia plant reconnected to back-up power line",
    ["The Zaporizhzhia nuclear power plant has been reconnected to its only remaining back-up power line after it was cut off for several days, the International Atomic Energy Agency said."],
    "other", "security", 2, "znpp-backup-line-restored-2024-06-01", a="Greta Ostholm", n="Nuclear safety report: other/security. must-not-merge with the overnight energy strike (same place name, power theme)."),
  E("2024-06-01 11:05", "Grid operator orders power cuts after overnight attack",
    ["Ukraine's grid operator said scheduled power cuts would be applied in most regions on Saturday evening because of damage to generating plants in the overnight Russian attack."],
    "strikes", "strikes", 3, EN, a="Greta Ostholm", n="Consequence of the attack: same story."),
  E("2024-06-01 09:30", "China confirms it will not attend Swiss peace conference",
    ["China said it would not take part in the peace conference on Ukraine in Switzerland, because the meeting did not meet its conditions, including the participation of both Russia and Ukraine."],
    "diplomacy", "diplomacy", 3, CHINA, a="Greta Ostholm"),
  ]))

SEEDS.append(dict(id="5744", name="5744_ashenvale-roundup", ext="txt", source="Ashenvale Post", zone="Europe/London", render=r_ashenvale,
  title="The Evening Round-up: Ukraine", dateline="Saturday 1 June 2024 \u00b7 18:30 BST", byline="Priya Castell", lede="Three things from the war today.",
  notes="Invented outlet. Text newsletter round-up: three numbered items with NO headlines and no per-item time; published = the dateline 'Saturday 1 June 2024 \u00b7 18:30 BST' (UTC+1); 'Compiled by' byline as author. " + D3,
  not_entries=["masthead and breadcrumb", "title (page_title), dateline and 'Compiled by' line", "lede 'Three things from the war today.'", "the item numbers '1.', '2.', '3.'",
               "sign-off line", "subscription links"],
  entries=[
  E("2024-06-01 18:30", None,
    ["Families in Chernihiv and Kyiv welcomed home soldiers freed in Friday's prisoner exchange, the first since February. Both sides said 75 prisoners had been returned each way, with the United Arab Emirates acting as mediator.",
     "Some of those released had been held since the fall of Mariupol in 2022."],
    "diplomacy", "diplomacy", 3, SWAP, a="Priya Castell"),
  E("2024-06-01 18:30", None,
    ["Beijing's decision to skip the Swiss peace conference was greeted with disappointment in Kyiv. A Ukrainian official said China's absence would make it harder to persuade other countries in the Global South to attend."],
    "diplomacy", "diplomacy", 3, CHINA, a="Priya Castell"),
  E("2024-06-01 18:30", None,
    ["On the ground, Ukraine's commanders said Russia's offensive north of Kharkiv had stalled, and that Ukrainian units had retaken positions near the village of Lyptsi."],
    "other", "frontline", 2, "kharkiv-front-stabilises-2024-06-01", a="Priya Castell"),
  ]))


# ============================================================ emit
BASIS = {
  "r_orlando": "stamp '{s}' printed after the headline (full date, 12 h, EDT = UTC-4); <time datetime> agrees",
  "r_enquirer": "stamp '{s}' printed after the headline and author line (full date; ET = EDT, UTC-4, in April)",
  "r_herald": "pubDate '{s}' (explicit +0000); published_local in Halifax time, ADT = UTC-3",
  "r_starphoenix": "bold time paragraph '{s}' above the item; date from the page line 'Published Apr 30, 2024'; Saskatchewan stays on CST (UTC-6) all year",
  "r_geelong": "time line '{s}' under the day header '{h}' (no year printed: parse_args --date 2024-05-06); no zone printed, Victoria AEST = UTC+10 implied, so the local evening/morning falls on UTC {u}",
  "r_inverness": "stamp '{s}' (full date, 24 h); no zone printed, UK time implied, BST = UTC+1",
  "r_limerick": "visible '{s}' (date, 12 h) inside <time datetime> with +01:00; Irish time implied, IST = UTC+1",
  "r_qatar": "pubDate '{s}' (explicit +0000); published_local in Doha time, UTC+3",
  "r_standard": "no per-section time; visible byline date 'May. 24, 2024' only; the time comes from <time datetime> and JSON-LD datePublished {iso} (EAT = UTC+3), used for every section",
  "r_mehr": "stamp '{s}' (date and 12 h time, no zone printed); Tehran time implied, UTC+03:30 (no DST since 2022); UTC day {u}",
  "r_corriemoss": "bare stamp '{s}' under the date line for {d}; 'All times Kyiv (EEST)' = UTC+3",
  "r_farthingale": "stamp '{s}' in <time datetime> (+01:00) on the dateline day {d}; JSON-LD update datePublished agrees",
  "r_worldrss": "pubDate '{s}' (explicit GMT)",
  "r_atomfeed": "<published> '{s}' (explicit offset)",
  "r_lathwaite": "no per-section time; the article dateline ({d}, {z}) is used for every section",
  "r_ambervoe": "bare stamp '{s}' in <time datetime> (+03:00) on the page date {d} ('Kyiv time'); JSON-LD update datePublished agrees",
  "r_calderhythe": "stamp '{s}' after the headline, on the page date {d}; BST = UTC+1",
  "r_brantwick": "pubDate '{s}' (explicit +0200)",
  "r_ashenvale": "no per-item time; the newsletter dateline ({d} 18:30 BST) is used for every item",
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
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=d.isoformat(), u=u.strftime("%Y-%m-%d"),
                                        h=f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
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
    print("total entries", total)


if __name__ == "__main__":
    main()

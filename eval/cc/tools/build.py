#!/usr/bin/env python3
"""Builds eval/cc seeds and gold files from one hand-written data table (below).
All news text is the blind tester's own invention or paraphrase; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/cc/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Col.", "St.", "U.S.", "a.m.", "p.m.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, dl=None):
    """t: local time 'YYYY-MM-DD HH:MM' in the page zone; h: headline or None; p: body paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, dl=dl)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    fs = par[:m.end()] if m else par
    assert not fs.endswith(ABBREV), fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
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


def ps_html(ps, cls=None):
    c = f' class="{cls}"' if cls else ""
    return [f"<p{c}>{esc(p)}</p>" for p in ps]


def iso(d):
    return d.isoformat()


# ============================================================ Part A renderers (layout imitations; all wording own)

def r_iwcp(S):  # Isle of Wight County Press "Latest news" listing, text scrape; newest first; no year; author line then stamp line AFTER the headline
    z = S["zone"]
    L = ["Skip to main content", "Isle of Wight County Press", "Subscribe  |  Log in  |  Search", "",
         "News   Sport   What's On   Business   Property   Jobs   Motors   Family Notices   Puzzles   E-edition", "",
         "We use cookies to give you the best experience on our website. You can change your cookie settings at any time. Accept all cookies  Manage settings", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]}, {ampm(d)}"; stamps.append(st)
        L += [e["h"], e["a"], st, ""] + ptxt(e["p"]) + [(lambda c: f"{c} comment" + ("" if c == 1 else "s"))((i * 7 + 3) % 9), ""]
        if i == 2:
            L += ["NEWSLETTER", "Get the Island's news in your inbox every morning. Enter your email address  Sign up", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Load more stories", "", "Most read", "1. Roadworks to close part of Newport high street for a fortnight", "2. Sandown beach hut prices climb again", "",
          "About us  |  Contact us  |  Advertise  |  Privacy notice  |  Cookie policy  |  Terms and conditions",
          "Isle of Wight County Press Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps, None


def r_stornoway(S):  # Stornoway Gazette (National World network) article with section subheads, HTML + NewsArticle JSON-LD
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["standfirst"], "datePublished": iso(pub), "dateModified": iso(upd),
          "author": [{"@type": "Person", "name": S["byline"], "url": "https://www.stornowaygazette.co.uk/author/" + S["byline"].lower().replace(" ", "-")}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Stornoway Gazette", "logo": {"@type": "ImageObject", "url": "https://www.stornowaygazette.co.uk/images/logo.png"}},
          "isAccessibleForFree": True}
    def nw(d):
        return f"{ordinal(d.day)} {MONTHS[d.month - 1][:3]} {d.year}, {d:%H:%M} {'BST' if d.utcoffset().seconds else 'GMT'}"
    stamp_pub = "Published " + nw(pub)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Stornoway Gazette</title>",
           f'<meta name="description" content="{attr(S["standfirst"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="cookie-consent">We and our partners use cookies to store and access personal data such as browsing data for purposes such as serving and personalising content and advertising. <button>I Accept</button> <button>Show Purposes</button></div>',
           '<header class="site-header"><a class="logo" href="/">Stornoway Gazette</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>'
           '<li><a href="/community">Community</a></li><li><a href="/lifestyle">Lifestyle</a></li><li><a href="/your-say">Your Say</a></li><li><a href="/obituaries">Obituaries</a></li></ul></nav>'
           '<a class="subscribe" href="/subscriptions">Subscribe</a> <a class="login" href="/login">Sign In</a></header>',
           '<main><article class="article">', '<nav class="breadcrumb"><a href="/news">News</a> &gt; <a href="/news/world">World</a></nav>',
           f'<h1 class="headline">{esc(S["title"])}</h1>', f'<h2 class="standfirst">{esc(S["standfirst"])}</h2>',
           f'<div class="byline">By <a href="/author">{esc(S["byline"])}</a></div>',
           f'<div class="article-dates"><span class="published">{stamp_pub}</span><span class="sep"> </span><span class="updated">Updated {nw(upd)}</span></div>',
           '<div class="article-actions"><a href="#comments">Comment</a> <button>Share</button></div>',
           '<div class="audio-player"><button>Listen to this article</button> <span class="duration">05:31</span></div>',
           '<div class="summary-box"><h3>Summary</h3><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["summary"]) + "</ul></div>"]
    out += ps_html(S["intro"])
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += ps_html(e["p"])
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div><div class="ad-hide">Hide Ad</div>')
        if i == 2:
            out.append('<div class="newsletter-signup"><p>Sign up to the Stornoway Gazette newsletter for the latest from the Western Isles.</p><input type="email" placeholder="Enter your email"> <button>Sign up</button></div>')
    out += [f'<p class="read-more"><strong>Read more:</strong> <a href="/news/r1">{esc(S["related"])}</a></p>',
            '<section id="comments"><h3>Comments</h3><p>Comment Guidelines: National World encourages reader discussion on our stories. User feedback, insights and back-and-forth exchanges add a rich layer of context to reporting.</p><button>Show comments</button></section>',
            "</article></main>",
            '<footer><a href="/contact">Contact us</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookie Settings</a> | <a href="/terms">Terms and conditions</a> <p>National World Publishing Ltd.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"]), stamp_pub


def r_kent(S):  # KentOnline live blog, text scrape; Published/Updated header; Key Points; newest first; bare "HH:MM" line; some posts have no headline
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    L = ["Skip to main content", "KentOnline", "Menu   News   Sport   What's On   Business   Property   Motors   Jobs   KMTV   Newsletters", "Sign in  |  Register", "",
         "We value your privacy. We and our partners store and/or access information on a device. Accept All  Reject All  Show Purposes", "",
         "Home > News > World", "", "LIVE", S["title"], "", S["standfirst"], "",
         f"By {S['byline']}", S["email"],
         f"Published: {pub:%H:%M}, {pub.day} {MONTHS[pub.month - 1]} {pub.year} | Updated: {upd:%H:%M}, {upd.day} {MONTHS[upd.month - 1]} {upd.year}", "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for the latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st] + ([e["h"]] if e["h"] else []) + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Get the best stories from across the county delivered to your inbox every day. Sign up to our free newsletter here", ""]
    L += ["Read more: All the latest news from Kent", "", "Comments", "Our comments system allows readers to discuss the news. Click here to read our guidelines.", "",
          "More news", "Emergency services called to crash on the A2", "Council approves plans for 120 homes near Ashford", "",
          "KM Media Group  |  Privacy  |  Cookie policy  |  Terms  |  Contact us"]
    return "\n".join(L) + "\n", stamps, None


def r_wilts(S):  # Wiltshire Times (Newsquest) "UK & World news" listing, HTML; newest first; "2:05pm 14th November" (no year); "By PA News Agency"
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8"><title>UK &amp; World News | Wiltshire Times</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="nq-section">',
           '<div id="consent-banner"><p>We and our partners use technology such as cookies on our site to personalise content and ads, provide social media features, and analyse our traffic.</p><button>I Accept</button> <button>Show Purposes</button></div>',
           '<header class="nq-header"><a class="nq-logo" href="/">Wiltshire Times</a>',
           '<nav class="nq-nav"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/leisure/">What\'s On</a> <a href="/opinion/">Opinion</a> '
           '<a href="/announcements/">Announcements</a> <a href="/jobs/">Jobs</a> <a href="/property/">Property</a> <a href="/motors/">Motors</a></nav>',
           '<a class="nq-subscribe" href="/subscribe/">Subscribe</a> <a class="nq-signin" href="/account/">Sign in</a></header>',
           f'<main class="nq-main"><h1 class="mar-section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {ordinal(d.day)} {MONTHS[d.month - 1]}"; stamps.append(st)
        out.append(f'<article class="mar-card"><h2 class="mar-card__headline"><a href="/news/national/{25611200 + i * 37}/">{esc(e["h"])}</a></h2>')
        out += ps_html(e["p"], "mar-card__summary")
        out.append(f'<div class="mar-card__meta"><span class="mar-card__author">By {esc(e["a"])}</span> <span class="mar-card__date">{st}</span></div>'
                   f'<a class="mar-card__comments" href="#">{(i * 5 + 2) % 7} comment{"" if (i * 5 + 2) % 7 == 1 else "s"}</a></article>')
        if i == 3:
            out.append('<div class="nq-mpu">Advertisement</div>')
    out += ['<aside class="nq-aside"><h3>Most Read</h3><ol><li><a href="/n/1">Trowbridge park and ride consultation opens</a></li><li><a href="/n/2">Warminster school praised by inspectors</a></li></ol>'
            '<div class="nq-newsletter">Get the news you need to know every morning in our newsletter. <a href="/newsletters/">Sign up</a></div></aside>',
            '<footer class="nq-footer"><a href="/contact/">Contact us</a> <a href="/privacy/">Privacy</a> <a href="/cookies/">Cookie Settings</a> <a href="/terms/">Terms</a> '
            '<p>Wiltshire Times is part of Newsquest Media Group Ltd. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps, None


def r_mvariety(S):  # Marianas Variety, BLOX-style RSS 2.0 section feed; pubDate with +1000; dc:creator; summary-only descriptions
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.mvariety.com</link>",
           '<atom:link href="https://www.mvariety.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           "<description>mvariety.com - RSS Results in news/world of type article</description>", "<language>en-US</language>",
           f"<lastBuildDate>{last.strftime('%a, %d %b %Y %H:%M:%S %z')}</lastBuildDate>", "<ttl>30</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        url = f"https://www.mvariety.com/news/world/{slug}/article_{4410 + i}a2e-8f1c-11f0-b0d7-{i:012d}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>", f"<pubDate>{st}</pubDate>",
                f"<link>{url}</link>", f'<guid isPermaLink="false">{4410 + i}a2e-8f1c-11f0-b0d7-{i:012d}</guid>',
                f"<dc:creator>{esc(e['a'])}</dc:creator>" if e["a"] else "", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(l for l in out if l) + "\n", stamps, None


def r_vdp(S):  # Vanuatu Daily Post (BLOX) rolling article, text scrape; OLDEST first; "11:40am" lines; day divider after local midnight; no zone printed
    z = S["zone"]; pub = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "Daily Post", "Vanuatu Daily Post", "",
         "Home   News   Business   Sports   Opinion   Pacific   World   Entertainment   Classifieds   E-Edition", "Subscribe   Log In", "",
         "World", S["title"], "", S["standfirst"], "", f"By {S['byline']}", f"{MONTHS[pub.month - 1][:3]} {pub.day}, {pub.year}", "Updated 3 hrs ago", "",
         "Facebook  Twitter  WhatsApp  SMS  Email  Print  Save", ""]
    stamps = []; cur = pub.date()
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}", ""]
        st = ampm(d); stamps.append(st)
        L += [st, e["h"]] + ptxt(e["p"])
        if i == 3:
            L += ["Sign up for our newsletter: Get the day's headlines from Port Vila and the region in your inbox. Sign up!", ""]
    L += ["Tags", "Ukraine  Russia  War  Europe", "", "Most Popular", "Council to upgrade Freshwota market", "Air Vanuatu adds Santo service", "",
          "Trading Post Ltd  |  Contact Us  |  Terms of Use  |  Privacy Policy", "Powered by BLOX Content Management System from TownNews.com."]
    return "\n".join(L) + "\n", stamps, None


def r_guam(S):  # The Guam Daily Post (BLOX) "World" section cards, HTML; visible date only ("Oct 4, 2025"), full time only in <time datetime>; newest first
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8"><title>World | postguam.com</title>',
           '<meta property="og:site_name" content="The Guam Daily Post">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<link rel="alternate" type="application/rss+xml" title="World" href="https://www.postguam.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc"></head>',
           '<body class="fixed-scroll-nav"><header id="site-navbar-container"><a class="navbar-brand" href="/">The Guam Daily Post</a>',
           '<ul class="nav navbar-nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/island_life/">Island Life</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/business/">Business</a></li><li><a href="/news/world/">World</a></li><li><a href="/classifieds/">Classifieds</a></li></ul>'
           '<a class="btn" href="/users/login/">Log In</a> <a class="btn" href="/subscribe/">Subscribe</a></header>',
           '<div id="main-page-container"><h1 class="block-title-inner">World</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"; stamps.append(st)
        out.append(f'<article class="tnt-asset-type-article card summary">'
                   f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/world/article_{8812 + i}c.html">{esc(e["h"])}</a></h3></div>'
                   f'<ul class="list-inline card-byline"><li class="tnt-byline">By {esc(e["a"])}</li>'
                   f'<li class="card-date"><time datetime="{iso(d)}" class="tnt-date asset-date text-muted">{st}</time></li></ul>'
                   '<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + '</div></article>')
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['<div class="newsletter-signup"><h4>Sign up for The Post\'s newsletters</h4><p>Get top headlines delivered to your inbox.</p><button>Sign up!</button></div>',
            '<ul class="pagination"><li><a href="?o=20">Next</a></li></ul></div>',
            '<footer><p>Post Media Group, Tamuning, Guam</p><a href="/site/terms.html">Terms of Use</a> <a href="/site/privacy.html">Privacy Policy</a>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps, None


def r_postcourier(S):  # Post-Courier (PNG) WordPress Atom feed: CDATA titles, <published> in Z, author per entry, excerpt summary + content
    z = S["zone"]
    last = max(dt(e["t"], z) for e in S["entries"]).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           '<title type="text">Post Courier</title>', '<subtitle type="text">PNG\'s leading daily newspaper</subtitle>',
           f"<updated>{last:%Y-%m-%dT%H:%M:%SZ}</updated>", '<link rel="alternate" type="text/html" href="https://www.postcourier.com.pg" />',
           "<id>https://www.postcourier.com.pg/feed/atom/</id>", '<link rel="self" type="application/atom+xml" href="https://www.postcourier.com.pg/feed/atom/" />',
           '<generator uri="https://wordpress.org/" version="6.8.2">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["<entry>", f"<author><name>{esc(e['a'])}</name></author>", f"<title type=\"html\"><![CDATA[{e['h']}]]></title>",
                f'<link rel="alternate" type="text/html" href="https://www.postcourier.com.pg/{slug}/" />', f"<id>https://www.postcourier.com.pg/?p={318200 + i * 7}</id>",
                f"<updated>{st}</updated>", f"<published>{st}</published>",
                f'<category scheme="https://www.postcourier.com.pg" term="{e.get("cat", "World")}" />',
                f'<summary type="html"><![CDATA[{excerpt}]]></summary>',
                f'<content type="html" xml:base="https://www.postcourier.com.pg/{slug}/"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content>",
                f'<link rel="replies" type="text/html" href="https://www.postcourier.com.pg/{slug}/#respond" thr:count="0" />', "<thr:total>0</thr:total>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps, None


def r_royal(S):  # The Royal Gazette (Bermuda) World listing, text scrape; newest first; "Created: Dec 09, 2025 11:47 AM" line after the headline; agency credit
    z = S["zone"]
    L = [S["title"] + " | The Royal Gazette:Bermuda News, Business, Sports, Events, & Community", "",
         "The Royal Gazette", "Subscribe  |  Sign In", "", "News  Business  Sport  Lifestyle  Opinion  Obituaries  Classifieds  Jobs  E-Edition", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Created: {MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year} {d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + [f"By {e['a']}", "Share  |  Print  |  Comments (0)", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more", "", "The Royal Gazette  |  2 Par-la-Ville Road, Hamilton HM 08  |  About us  |  Contact  |  Terms of use  |  Privacy", "Bermuda's news leader since 1828"]
    return "\n".join(L) + "\n", stamps, None


def r_express(S):  # Trinidad Express (BLOX) briefs article, HTML + NewsArticle JSON-LD; headline-less briefs with bold AP datelines; time only in datetime/JSON-LD
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso(pub), "dateModified": iso(pub), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Trinidad Express Newspapers"}, "articleSection": "World", "keywords": ["Ukraine", "Russia", "war"]}
    vis = f"{MONTHS[pub.month - 1][:3]} {pub.day}, {pub.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | World | trinidadexpress.com</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header id="site-navbar-container"><a class="navbar-brand" href="/">Trinidad Express Newspapers</a><ul class="nav"><li><a href="/news/">News</a></li>'
           '<li><a href="/sports/">Sports</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/news/world/">World</a></li>'
           '<li><a href="/features/">Features</a></li><li><a href="/e-edition/">E-Edition</a></li></ul><a class="btn" href="/users/login/">Log In</a></header>',
           '<div class="asset-masthead"><ul class="list-inline"><li><a href="/news/">News</a></li><li><a href="/news/world/">World</a></li></ul>',
           f'<h1 class="headline"><span class="asset-headline">{esc(S["title"])}</span></h1>',
           f'<ul class="list-inline asset-byline"><li>By {esc(S["byline"])}</li><li><time datetime="{iso(pub)}" class="asset-date">{vis}</time></li></ul></div>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a> <a>Print</a> <a>Save</a></div>',
           '<div id="article-body" class="asset-content">']
    out += ps_html(S["intro"])
    for i, e in enumerate(S["entries"]):
        first = e["p"][0]; assert first.startswith(e["dl"])
        out.append(f"<p><strong>{esc(e['dl'])}</strong>{esc(first[len(e['dl']):])}</p>")
        out += ps_html(e["p"][1:])
        if i == 2:
            out.append('<div class="tnt-ads-container">Advertisement</div>')
    out += ["</div>", '<div class="tags"><a href="/search/?t=ukraine">Ukraine</a> <a href="/search/?t=russia">Russia</a></div>',
            '<div class="comments">Comments are closed on this article.</div>',
            '<footer><p>Trinidad Express Newspapers, 35 Independence Square, Port of Spain</p><a href="/site/privacy.html">Privacy Policy</a> <a href="/site/terms.html">Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"]), None


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="8200", name="8200_iwcp-latest", ext="txt", source="Isle of Wight County Press", zone="Europe/London", render=r_iwcp,
  title="Latest news", parse_args=["--date", "2025-07-12"],
  notes="Imitates the Isle of Wight County Press 'Latest news' listing, copied as plain text. Newest first. Each card: headline, author line, stamp line "
        "'Sat 12 Jul, 4:05pm' (weekday, day, short month, 12-hour time; NO year anywhere on the page, hence parse_args), then the card text and a comment count. "
        "UK local time (BST, UTC+1) is implied by the outlet, no zone printed. The top card is stamped 'Sun 13 Jul, 12:20am': local midnight has been crossed, "
        "but 00:20 BST is still 12 July in UTC, so all seven entries sit on UTC day 2025-07-12. Local island stories (choir, bakery, ferry) sit between PA national items; "
        "the ferry item is off-beat.",
  not_entries=["'Skip to main content'", "masthead 'Isle of Wight County Press' and the 'Subscribe | Log in | Search' line", "section menu line", "cookie notice",
               "page heading 'Latest news' (page title)", "'N comments' line under every card", "NEWSLETTER box", "'Advertisement'", "'Load more stories'",
               "'Most read' list with two local links", "footer links and copyright line"],
  entries=[
  E("2025-07-13 00:20", "Air raid alerts sound across Ukraine as new drone wave is tracked",
    ["Air raid sirens sounded in Kyiv and most other Ukrainian regions shortly after midnight local time as the country's air force reported groups of attack drones heading west.",
     "Officials urged residents to stay in shelters until the all-clear, less than a day after the previous large-scale attack."],
    "strikes", "strikes", 2, "ukraine-nationwide-air-alert-2025-07-13", a="PA Reporter",
    n="Stamp 'Sun 13 Jul, 12:20am' is after local midnight; 23:20 UTC on 12 July. A new alert, not the Lutsk attack (8200-07)."),
  E("2025-07-12 21:45", "Ryde choir's summer concert raises \u00a33,400 for Ukrainian children's hospital",
    ["Members of a Ryde community choir have raised \u00a33,400 for a children's hospital in western Ukraine after a sell-out summer concert.",
     "The money will pay for a portable generator and medical supplies, organisers said, with the choir's Ukrainian-born accompanist helping to arrange delivery."],
    "aid", "aid", 2, "ryde-choir-fundraiser-ukraine-hospital", a="Clare Whitcombe", n="Local charity support for Ukraine -> aid (humanitarian support)."),
  E("2025-07-12 18:30", "UK to pay for thousands more interceptor drones for Ukraine, Healey says",
    ["Britain will fund several thousand additional interceptor drones to help Ukraine bring down the attack drones Russia launches almost nightly, Defence Secretary John Healey has said.",
     "The money is to come from the UK's existing military aid budget for this year, with the first batch expected to reach Ukrainian units within weeks.",
     "Mr Healey said the drones were cheap to build and could be produced quickly by Ukrainian firms working with British partners."],
    "aid", "aid", 3, "uk-interceptor-drone-funding-2025-07-12", a="PA Reporter", n="Ministerial military aid announcement -> importance 3."),
  OFF("2025-07-12 15:10", "Wightlink sailings delayed after fault on Fishbourne linkspan",
      ["Car ferry crossings between Portsmouth and Fishbourne ran up to 90 minutes late on Saturday afternoon after a technical fault with the loading ramp, the operator said."],
      "wightlink-fishbourne-delays", a="Clare Whitcombe", n="local ferry disruption."),
  E("2025-07-12 11:20", "Zelensky presses allies for faster air defence deliveries",
    ["Ukrainian President Volodymyr Zelensky has urged Western partners to speed up promised deliveries of air defence systems, saying Russia is launching more drones each month than the month before.",
     "In his overnight video address he said Ukraine needed interceptor missiles \u2018now, not in autumn\u2019 and thanked countries that had agreed to buy systems on its behalf."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2025-07-12", a="PA Reporter",
    n="Appeal for air defence -> aid; its own story (not the Lutsk strike, not the UK drone funding)."),
  E("2025-07-12 09:55", "Former refugee opens Ukrainian bakery in Ventnor",
    ["A woman who fled Kharkiv with her two daughters three years ago has opened a bakery in Ventnor selling Ukrainian honey cake and poppy seed rolls.",
     "Iryna Bondar said the islanders who hosted her family had helped her find the premises and complete a food hygiene course."],
    "other", "humanitarian", 2, "ventnor-ukrainian-bakery", a="Jamie Pruett", n="Refugee life story -> other/humanitarian."),
  E("2025-07-12 07:40", "Two killed as Russian drones and missiles hit Lutsk",
    ["At least two people were killed and 11 injured when Russian drones and missiles struck the western Ukrainian city of Lutsk overnight, regional officials said.",
     "Ukraine's air force said Russia had launched more than 300 drones and two dozen missiles at targets across the country, most of which were shot down."],
    "strikes", "strikes", 3, "lutsk-strike-2025-07-12", a="PA Reporter"),
  ]))

SEEDS.append(dict(id="8201", name="8201_stornowaygazette-article", ext="html", source="Stornoway Gazette", zone="Europe/London", render=r_stornoway,
  title="What we know: Europe insists Kyiv must be at the table before Trump-Putin summit",
  standfirst="A round-up of Saturday's main developments in the war in Ukraine, including a sanctioned tanker followed by the Royal Navy through the Minch.",
  byline="Catriona MacLeod", published="2025-08-09 17:45", updated="2025-08-09 19:02",
  url="https://www.stornowaygazette.co.uk/news/world/what-we-know-europe-insists-kyiv-must-be-at-the-table-5230118",
  summary=["European leaders say any settlement must be agreed with Ukraine", "A Royal Navy patrol ship followed a sanctioned tanker past Lewis", "A Stornoway congregation has sent generators to Kherson"],
  intro=["Here is a summary of the main developments on Saturday, with the US and Russian presidents due to meet in Alaska later this month."],
  related="Western Isles hosts who opened their homes to Ukrainians, three years on",
  notes="Imitates a Stornoway Gazette (National World network) article page in HTML with NewsArticle JSON-LD. One page byline; dates printed National World style "
        "'Published 9th Aug 2025, 17:45 BST' and 'Updated 9th Aug 2025, 19:02 BST' (ordinal day, short month). The article is a round-up with five h2 "
        "subheads: one entry per subhead (headline = subhead, stamp null, published = the 'Published' time, author = the page byline). The 'Summary' box "
        "bullets are not the subheads' wording and are not Key Points; the intro paragraph is a lede. The 'Updated' time is not used as an entry time.",
  not_entries=["cookie consent banner", "masthead and section menu, 'Subscribe', 'Sign In'", "breadcrumb 'News > World'", "h1 page title and h2 standfirst",
               "byline 'By Catriona MacLeod' and the Published/Updated date line", "'Comment' / 'Share' buttons and 'Listen to this article' player",
               "'Summary' box with three bullets (page summary, not Key Points)", "intro paragraph 'Here is a summary of the main developments on Saturday ...' (lede)",
               "'Advertisement' / 'Hide Ad'", "newsletter sign-up box", "'Read more:' related link", "comments section with National World comment guidelines", "footer links"],
  entries=[
  E("2025-08-09 17:45", "Europe: \u2018No decisions about Ukraine without Ukraine\u2019",
    ["The leaders of France, Germany, Italy, Poland, Finland and the UK issued a joint statement on Saturday saying that any settlement must be negotiated with Kyiv and that the current line of contact should be the starting point for talks.",
     "The statement welcomed the planned meeting between Donald Trump and Vladimir Putin but warned against any deal that rewarded Russian aggression."],
    "diplomacy", "diplomacy", 3, "european-leaders-statement-before-alaska-summit", a="Catriona MacLeod"),
  E("2025-08-09 17:45", "Zelensky rules out giving up land",
    ["In his evening address, President Volodymyr Zelensky said Ukraine would not hand territory to Russia and that any agreement reached without Kyiv would be \u2018dead on arrival\u2019."],
    "diplomacy", "diplomacy", 3, "zelensky-rejects-territorial-concessions-2025-08-09", a="Catriona MacLeod",
    n="Head-of-state statement on the talks; a separate statement from the European leaders' one (own story)."),
  E("2025-08-09 17:45", "Tanker shadowed through the Minch",
    ["A Royal Navy patrol vessel followed an oil tanker listed under UK sanctions as it sailed north through the Minch on Friday night, the Ministry of Defence confirmed.",
     "The ship, which coastguard watchers said was flying a Gabonese flag, is believed to belong to the so-called shadow fleet used to move Russian oil around Western price caps.",
     "Fishermen in Lewis have raised concerns about the condition of ageing tankers using the channel."],
    "other", "security", 2, "shadow-fleet-tanker-minch-2025-08-08", a="Catriona MacLeod", sec=["diplomacy"],
    n="Naval shadowing of a sanctions-evading tanker -> other/security, secondary diplomacy (sanctions)."),
  E("2025-08-09 17:45", "Front line: heavy fighting around Pokrovsk",
    ["Ukraine's general staff reported more than 50 Russian assaults in the Pokrovsk direction over 24 hours, the busiest sector of the front.",
     "Russian forces have spent months trying to cut the roads that supply the town, once a logistics hub for the Ukrainian army."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-08-09", a="Catriona MacLeod"),
  E("2025-08-09 17:45", "Lewis church sends generators to Kherson",
    ["A congregation in Stornoway has shipped six diesel generators to a hospital in Kherson, which loses power almost daily because of Russian shelling.",
     "The minister said the appeal had raised more than \u00a39,000 in a month, much of it in small donations handed in after services."],
    "aid", "aid", 2, "stornoway-church-generators-kherson", a="Catriona MacLeod"),
  ]))

SEEDS.append(dict(id="8202", name="8202_kentonline-live", ext="txt", source="Kent Online", zone="Europe/London", render=r_kent,
  title="Ukraine war latest: Russia claims nuclear-powered missile test as Kent MP warns over Channel tankers",
  standfirst="Follow our live coverage of the latest developments in the war in Ukraine and reaction from across Kent.",
  byline="Harriet Lomax", email="hlomax@thekmgroup.co.uk", published="2025-10-26 07:10", updated="2025-10-26 19:25",
  notes="Imitates a KentOnline live page copied as plain text. Header line 'Published: 07:10, 26 October 2025 | Updated: 19:25, 26 October 2025'; one page byline "
        "with the reporter's email; a 'Key Points' block listing two post headlines (8202-05, 8202-06, key_point true); posts newest first, each introduced by a bare "
        "24-hour time line ('19:25'). Three posts (8202-02, -04, -07) have no headline: the time line is followed directly by body text. 26 October 2025 is the day "
        "UK clocks went back (01:00 UTC): every post is after 07:00, so local time is GMT = UTC; a parser that carries BST over from the previous day is one hour out.",
  not_entries=["'Skip to main content'", "KentOnline masthead, menu, 'Sign in | Register'", "privacy/cookie notice", "breadcrumb 'Home > News > World'", "'LIVE' badge",
               "page title and standfirst", "byline, reporter email and the Published/Updated line", "'Key Points' block (its two lines point at posts 05 and 06)",
               "'Refresh for the latest updates'", "'Advertisement'", "newsletter sign-up line", "'Read more: All the latest news from Kent'",
               "comments notice", "'More news' with two local links", "footer line"],
  entries=[
  E("2025-10-26 19:25", "MP calls for boarding powers over shadow fleet tankers in the Dover Strait",
    ["A Kent MP has called on ministers to give the Royal Navy clearer powers to stop and board sanctioned tankers passing through the Dover Strait.",
     "He said dozens of ageing ships carrying Russian oil used one of the world's busiest shipping lanes every month with doubtful insurance."],
    "diplomacy", "diplomacy", 2, "kent-mp-shadow-fleet-boarding-call", a="Harriet Lomax", n="Sanctions enforcement call -> diplomacy."),
  E("2025-10-26 17:50", None,
    ["Ukraine's foreign minister has dismissed the Russian missile test as an attempt to frighten Europe and said it showed why Kyiv's partners must keep up pressure on Moscow."],
    "other", "security", 2, "russia-nuclear-powered-missile-test-claim", a="Harriet Lomax",
    n="No headline. Reaction whose content is the claimed test: shares the test's story (8202-05)."),
  E("2025-10-26 16:05", "Folkestone charity's 40th van of supplies sets off for Kharkiv",
    ["Volunteers from a Folkestone charity waved off their 40th van of aid for Ukraine this afternoon, loaded with sleeping bags, tinned food and first aid kits.",
     "The group, set up by a Ukrainian family who settled in the town in 2022, says winter supplies are now its priority."],
    "aid", "aid", 2, "folkestone-charity-aid-van-kharkiv", a="Harriet Lomax"),
  E("2025-10-26 13:40", None,
    ["Fighting around Pokrovsk is as intense as at any point this year, Ukraine's army chief has said, as Russian units try to push into the town from the south.",
     "Moscow claims to have surrounded Ukrainian troops in parts of the town, which Kyiv denies."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-10-26", a="Harriet Lomax", n="No headline."),
  E("2025-10-26 11:15", "Russia says it has tested nuclear-powered cruise missile",
    ["Russia's chief of the general staff has told President Vladimir Putin that a nuclear-powered cruise missile flew for many hours and thousands of kilometres in a recent test, Russian state media reported.",
     "The claim could not be independently verified. Western officials have previously questioned whether the weapon works reliably."],
    "other", "security", 3, "russia-nuclear-powered-missile-test-claim", a="Harriet Lomax", kp=True,
    n="Weapons test -> other/security; listed under Key Points -> importance 3."),
  E("2025-10-26 09:30", "Three killed as Russian drones hit Kyiv apartment blocks",
    ["Three people were killed and more than 20 injured when Russian drones struck residential buildings in two districts of Kyiv overnight, the city's military administration said.",
     "Rescuers worked through the morning to reach people trapped on the upper floors of a 16-storey block in the Darnytskyi district."],
    "strikes", "strikes", 3, "kyiv-drone-strike-2025-10-26", a="Harriet Lomax", kp=True),
  E("2025-10-26 07:25", None,
    ["Russia's defence ministry says its air defences destroyed 58 Ukrainian drones over several regions overnight, including six heading towards Moscow."],
    "strikes", "strikes", 2, "russia-says-ukrainian-drones-downed-2025-10-26", a="Harriet Lomax", n="No headline."),
  ]))

SEEDS.append(dict(id="8203", name="8203_wiltshiretimes-listing", ext="html", source="Wiltshire Times", zone="Europe/London", render=r_wilts,
  title="UK & World News", parse_args=["--date", "2025-11-14"],
  notes="Imitates a Wiltshire Times (Newsquest) 'UK & World News' section listing in HTML, no JSON-LD. Newest first. Each card: h2 headline link, summary "
        "paragraph(s), 'By PA News Agency' (or a staff name) and a date span '2:05pm 14th November' (12-hour time, ordinal day, month, NO year anywhere on the page: "
        "parse_args), then a comment count. UK local time (GMT in November = UTC) implied by the outlet. Two off-beat PA items (weather, rail).",
  not_entries=["consent banner", "masthead, menu, 'Subscribe', 'Sign in'", "section heading 'UK & World News' (page title)", "'N comments' links",
               "'Advertisement' (MPU)", "'Most Read' aside with two local links", "newsletter promo", "footer links and company line"],
  entries=[
  E("2025-11-14 21:40", "Ukrainian recruits finish training on Salisbury Plain as programme enters fourth year",
    ["Another intake of Ukrainian recruits has completed five weeks of basic training on Salisbury Plain, the Army said, as the UK-led programme moved into its fourth year.",
     "Instructors said the course now included more time on spotting and defending against small drones, reflecting lessons from the front line."],
    "aid", "aid", 2, "ukrainian-recruits-training-salisbury-plain", a="Tom Harwell", n="Training of Ukrainian troops -> aid (military support)."),
  E("2025-11-14 18:15", "Ukraine says it halted Russian advance near Kupiansk",
    ["Ukrainian forces have pushed Russian troops out of several streets on the northern edge of Kupiansk, the military said on Friday.",
     "Russian officials have claimed for weeks that the town is close to falling."],
    "other", "frontline", 2, "kupiansk-fighting-2025-11-14", a="PA News Agency"),
  OFF("2025-11-14 16:30", "Yellow weather warning for wind and rain across south-west England",
      ["The Met Office has issued a yellow warning for strong winds and heavy rain covering much of south-west England from Saturday morning."],
      "met-office-weather-warning-2025-11-14", a="PA News Agency", n="UK weather."),
  E("2025-11-14 14:05", "Drones hit Danube port of Izmail, damaging grain terminal",
    ["Russian drones struck the port of Izmail on the Danube overnight, damaging a grain terminal and setting a warehouse on fire, Ukrainian officials said.",
     "Romania, whose territory lies across the river, said it had tracked the drones and scrambled fighter jets."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2025-11-14", a="PA News Agency"),
  E("2025-11-14 11:50", "UK sanctions 30 more ships in Russia's shadow fleet",
    ["The Foreign Office has added 30 more tankers to its sanctions list, saying they belong to a fleet Russia uses to export oil while dodging Western restrictions.",
     "Ministers said the latest designations took the number of shadow fleet vessels sanctioned by the UK past 500."],
    "diplomacy", "diplomacy", 3, "uk-shadow-fleet-sanctions-2025-11-14", a="PA News Agency", n="Government sanctions package -> diplomacy, importance 3."),
  E("2025-11-14 09:20", "Four killed as ballistic missiles strike Kyiv",
    ["Four people were killed and at least 26 injured when Russia fired ballistic missiles and drones at Kyiv in the early hours, Ukrainian officials said.",
     "Residents spent much of the night in metro stations as explosions were heard across the city."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2025-11-14", a="PA News Agency"),
  OFF("2025-11-14 07:05", "Rail passengers warned of weekend disruption between Bath and Bristol",
      ["Passengers travelling between Bath and Bristol are being warned of disruption this weekend while engineers replace a section of track."],
      "rail-engineering-works-bath-bristol", a="PA News Agency", n="UK rail."),
  ]))

SEEDS.append(dict(id="8204", name="8204_mvariety-feed", ext="xml", source="Marianas Variety", zone="Pacific/Saipan", render=r_mvariety,
  title="mvariety.com - RSS Results in news/world of type article",
  notes="Imitates the BLOX (TownNews) RSS 2.0 feed of the Marianas Variety World section: items newest first, pubDate with the Saipan offset +1000, dc:creator "
        "agency credit, description = a one-paragraph summary (no full text). UTC day 2025-09-13 runs from 10:00 on 13 Sep to 09:59 on 14 Sep in Saipan, so the two "
        "newest items are dated 'Sun, 14 Sep 2025' locally but belong to UTC 13 Sep. World feed: three of seven items are off-beat. Poland's and Romania's airspace "
        "items are the same theme but different events (must not merge).",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate, ttl"],
  entries=[
  OFF("2025-09-14 08:40", "Nepal's interim leader promises elections in March",
      ["Nepal's interim prime minister pledged to hold parliamentary elections within six months after days of deadly protests forced her predecessor from office."],
      "nepal-interim-government-elections", a="Associated Press", n="Nepal politics."),
  E("2025-09-14 06:15", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Poland sent fighter jets aloft and briefly closed two eastern airports on Saturday as Russian drones attacked targets in western Ukraine near the border, the Polish military said."],
    "other", "security", 2, "poland-scrambles-jets-2025-09-13", a="Associated Press", sec=["strikes"],
    n="Headline leads with Poland's air-defence posture (a non-party) -> other/security; must not merge with Romania's airspace item (8204-03)."),
  E("2025-09-13 22:30", "Romania says Russian drone crossed into its airspace",
    ["Romania's defense ministry said a Russian drone entered its airspace for several minutes during an attack on Ukrainian Danube ports before heading back toward Ukraine."],
    "other", "security", 2, "romania-airspace-drone-2025-09-13", a="Associated Press"),
  E("2025-09-13 19:05", "Ukrainian drones hit Russian Baltic oil port",
    ["Ukrainian drones struck the oil-loading port of Primorsk on the Baltic Sea, setting a tanker and a pumping station on fire, the governor of the Leningrad region said."],
    "strikes", "strikes", 3, "primorsk-port-drone-strike-2025-09-13", a="Associated Press", n="Large strike on a major export port -> 3."),
  OFF("2025-09-13 15:40", "Flash floods close roads and schools in Hong Kong",
      ["Hong Kong's observatory issued its highest rainstorm warning as flash floods closed roads and schools across the territory."],
      "hong-kong-rainstorm", a="Associated Press", n="Hong Kong weather."),
  E("2025-09-13 12:10", "EU weighs faster phase-out of Russian gas in new sanctions plan",
    ["The European Union is considering bringing forward its ban on imports of Russian liquefied natural gas as part of a 19th package of sanctions, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-19th-sanctions-package-draft", a="Associated Press"),
  OFF("2025-09-13 10:25", "Philippines raises storm signals as typhoon nears Luzon",
      ["Philippine weather officials raised storm warnings over northern Luzon as a typhoon approached with sustained winds of 150 kph."],
      "luzon-typhoon-warning", a="Associated Press", n="Philippine weather."),
  ]))

SEEDS.append(dict(id="8205", name="8205_dailypostvu-live", ext="txt", source="Vanuatu Daily Post", zone="Pacific/Efate", render=r_vdp,
  title="Russia-Ukraine war: the latest", standfirst="Rolling updates on the war in Ukraine, compiled from wire reports.", byline="AFP",
  notes="Imitates a Vanuatu Daily Post (BLOX) rolling article copied as plain text. One page byline 'By AFP'; article date 'Aug 23, 2025' plus a relative "
        "'Updated 3 hrs ago' (no anchor, ignored). Updates are listed OLDEST first, each with a bare 12-hour time line ('11:40am') before the headline; no zone is "
        "printed anywhere: Vanuatu time (UTC+11) is implied by the outlet. After local midnight the page prints a day divider 'Sunday, August 24'; the three "
        "updates after it (00:30-09:15 on 24 Aug locally) are still 23 Aug in UTC, so all seven entries sit on UTC day 2025-08-23.",
  not_entries=["'Skip to main content'", "masthead 'Daily Post' / 'Vanuatu Daily Post'", "section menu, 'Subscribe', 'Log In'", "section label 'World'",
               "page title and standfirst", "byline 'By AFP', article date 'Aug 23, 2025' and 'Updated 3 hrs ago'", "share labels line",
               "day divider 'Sunday, August 24'", "newsletter sign-up line", "'Tags' and tag list", "'Most Popular' with two local links", "footer and BLOX credit"],
  entries=[
  E("2025-08-23 11:40", "Russian drones hit Sumy and Chernihiv regions overnight",
    ["Russia launched 48 drones at Ukraine overnight, most of which were shot down, but debris damaged homes and a school in the Sumy and Chernihiv regions, Ukraine's air force said."],
    "strikes", "strikes", 2, "sumy-chernihiv-drone-attack-2025-08-23", a="AFP"),
  E("2025-08-23 14:15", "Zelensky says he is ready to meet Putin",
    ["Ukrainian President Volodymyr Zelensky said he was prepared to meet Vladimir Putin face to face but accused Moscow of stalling efforts to arrange talks.",
     "The Kremlin has said a meeting between the two leaders would only make sense once a draft agreement had been prepared."],
    "diplomacy", "diplomacy", 3, "zelensky-ready-to-meet-putin-2025-08-23", a="AFP"),
  E("2025-08-23 18:50", "Ukraine says troops retook two villages in Donetsk region",
    ["Ukrainian forces recaptured two villages near Dobropillia in the eastern Donetsk region, the army said, after a Russian breakthrough in the area earlier this month."],
    "other", "frontline", 2, "donetsk-villages-retaken-2025-08-23", a="AFP"),
  E("2025-08-23 21:30", "Drone strike sparks fire at Russian fuel depot near border",
    ["A Ukrainian drone attack set fire to a fuel depot in Russia's Bryansk region, the regional governor said, adding that nobody was hurt."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-fire-2025-08-23", a="AFP", n="Ukrainian strike on Russia; a different event from the Russian drone attack in 8205-01."),
  E("2025-08-24 00:30", "Canada's prime minister arrives in Kyiv",
    ["Canadian Prime Minister Mark Carney arrived in Kyiv by train ahead of Ukraine's Independence Day commemorations, his office said.",
     "He is expected to announce new military assistance during the visit."],
    "diplomacy", "diplomacy", 3, "carney-kyiv-visit-2025-08", a="AFP", n="First update after the 'Sunday, August 24' divider; 13:30 UTC on 23 Aug."),
  E("2025-08-24 04:10", "Ukraine and Russia each free 120 prisoners of war",
    ["Ukraine and Russia exchanged 120 prisoners of war each in a swap mediated by the United Arab Emirates, both sides said.",
     "Zelensky said some of the Ukrainians freed had been held since 2022, among them defenders of Mariupol."],
    "diplomacy", "diplomacy", 3, "pow-exchange-120-2025-08-23", a="AFP"),
  E("2025-08-24 09:15", "Kyiv prepares low-key Independence Day ceremony",
    ["Ukraine will mark its 34th Independence Day with a scaled-down ceremony in central Kyiv, officials said, with public gatherings limited because of the risk of air attacks."],
    "other", "politics", 2, "ukraine-independence-day-2025", a="AFP"),
  ]))

SEEDS.append(dict(id="8206", name="8206_postguam-world", ext="html", source="The Guam Daily Post", zone="Pacific/Guam", render=r_guam,
  title="World",
  notes="Imitates the World section page of The Guam Daily Post (BLOX/TownNews) in HTML, no JSON-LD. Newest first. Each card: h3 headline link, 'By Associated "
        "Press', a <time> whose VISIBLE text is only the date ('Oct 4, 2025') while the datetime attribute carries the full local time with +10:00, then the summary. "
        "The stamp is the visible date; the time of day comes from the attribute. UTC day 2025-10-04 runs from 10:00 on 4 Oct to 09:59 on 5 Oct in Guam, so the two "
        "newest cards read 'Oct 5, 2025' but belong to UTC 4 Oct. One off-beat item (Japanese politics).",
  not_entries=["masthead 'The Guam Daily Post', menu, 'Log In', 'Subscribe'", "section heading 'World' (page title)", "'Advertisement'", "newsletter sign-up box",
               "pagination 'Next'", "footer and BLOX credit"],
  entries=[
  E("2025-10-05 08:50", "Russian missiles hit gas production sites in eastern Ukraine",
    ["Russian missiles and drones struck natural gas production facilities in Ukraine's Kharkiv and Poltava regions late Saturday, the state energy company said, in the latest attack on the country's gas supply before winter."],
    "strikes", "strikes", 3, "ukraine-gas-facilities-strike-2025-10-04", a="Associated Press", n="Visible date 'Oct 5, 2025' (Guam); 22:50 UTC on 4 Oct."),
  OFF("2025-10-05 02:15", "Japan's governing party picks first woman leader",
      ["Japan's Liberal Democratic Party chose a hard-line conservative as its new leader, putting her on course to become the country's first female prime minister."],
      "japan-ldp-new-leader", a="Associated Press", n="Japanese politics."),
  E("2025-10-04 22:40", "Drone strike on train station in northern Ukraine wounds dozens",
    ["Russian drones hit a railway station in Ukraine's Sumy region as passengers were boarding a train to Kyiv, wounding about 30 people, Ukrainian officials said."],
    "strikes", "strikes", 3, "sumy-region-train-station-strike-2025-10-04", a="Associated Press"),
  E("2025-10-04 18:05", "Munich airport halts flights again after drone sightings",
    ["Flights at Munich airport were suspended for a second night after reported drone sightings, stranding thousands of passengers, German authorities said."],
    "other", "security", 2, "munich-airport-drone-closure-2025-10", a="Associated Press"),
  E("2025-10-04 14:20", "Germany delivers more air defense launchers to Ukraine",
    ["Germany has delivered two more launchers for the IRIS-T air defense system to Ukraine, the defense ministry in Berlin said."],
    "aid", "aid", 2, "germany-iris-t-delivery-2025-10-04", a="Associated Press"),
  E("2025-10-04 10:35", "Russia says its forces took village in Dnipropetrovsk region",
    ["Russia's defense ministry said its troops had captured a village in Ukraine's Dnipropetrovsk region, a claim Ukrainian officials disputed."],
    "other", "frontline", 2, "dnipropetrovsk-village-claim-2025-10-04", a="Associated Press"),
  ]))

SEEDS.append(dict(id="8207", name="8207_postcourier-atom", ext="xml", source="Post-Courier", zone="Pacific/Port_Moresby", render=r_postcourier,
  title="Post Courier",
  notes="Imitates the WordPress Atom feed of the Papua New Guinea Post-Courier: entries newest first, <title type=\"html\"> in CDATA, <published>/<updated> in UTC "
        "('Z'), one <author> per entry, a truncated <summary> excerpt ending '[&#8230;]' and the full text in <content type=\"html\"> CDATA. The zone of the "
        "outlet (Port Moresby, UTC+10) is not printed; the stamps are UTC. Two off-beat national items (Bougainville, APEC).",
  not_entries=["feed title, subtitle, updated, links, id, generator", "each entry's <summary> excerpt (repeats the start of the content, truncated with [...])",
               "reply links and thr:total counts"],
  entries=[
  OFF("2025-11-02 08:30", "Bougainville leaders meet national government on independence timetable",
      ["Leaders from the Autonomous Region of Bougainville and the national government met in Port Moresby to discuss the timetable for ratifying the 2019 referendum result."],
      "bougainville-independence-talks", a="Staff Reporter", n="PNG politics."),
  E("2025-11-02 05:10", "Russian strikes cut power across several Ukrainian regions",
    ["Russia launched a large missile and drone attack on Ukraine's energy system on Saturday, causing power cuts in at least five regions, Ukraine's energy ministry said.",
     "Emergency blackout schedules were introduced in Kyiv and the surrounding region."],
    "strikes", "strikes", 3, "ukraine-energy-strikes-2025-11-01", a="AFP"),
  E("2025-11-01 21:45", "Russia claims its troops are clearing Pokrovsk",
    ["Russia's army said its troops were advancing street by street in Pokrovsk, while Ukraine's military insisted its units were still holding positions in the north of the town."],
    "other", "frontline", 2, "pokrovsk-fighting-2025-11-01", a="AFP"),
  OFF("2025-11-01 17:20", "APEC leaders wrap up summit in South Korea",
      ["Asia-Pacific leaders ended their annual summit in Gyeongju with a joint declaration on trade and artificial intelligence, with Papua New Guinea represented by its prime minister."],
      "apec-summit-gyeongju-2025", a="AFP", n="APEC summit."),
  E("2025-11-01 14:05", "Ukrainian drones hit Black Sea oil terminal, Russian officials say",
    ["Ukrainian sea and air drones attacked the oil port of Tuapse on Russia's Black Sea coast, damaging a tanker and loading equipment, local authorities said."],
    "strikes", "strikes", 3, "tuapse-port-drone-strike-2025-11-01", a="Reuters", n="Strike on a major Russian oil export port -> 3 (as Primorsk in 8204)."),
  E("2025-11-01 10:40", "EU says decision on Ukraine loan due in December",
    ["The European Union will decide in December how to fund a large loan for Ukraine backed by frozen Russian assets, the bloc's economy commissioner said.",
     "Belgium, where most of the assets are held, has demanded guarantees before it agrees."],
    "diplomacy", "diplomacy", 2, "eu-reparations-loan-decision-timing", a="AFP", sec=["aid"]),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["cat"] = "National" if _e["st"].startswith("bougainville") else "World"

SEEDS.append(dict(id="8208", name="8208_royalgazette-world", ext="txt", source="The Royal Gazette", zone="Atlantic/Bermuda", render=r_royal,
  title="World",
  notes="Imitates The Royal Gazette (Bermuda) World listing copied as plain text; the first line is the browser title 'World | The Royal Gazette:Bermuda News, ...'. "
        "Newest first. Each item: headline, then 'Created: Dec 09, 2025 11:47 AM' (short month, zero-padded day, 12-hour time with AM/PM, no zone), the text, "
        "an agency credit line 'By Associated Press' / 'By Reuters', and share labels. Bermuda time (AST, UTC-4 in December) is implied by the outlet. UTC day "
        "2025-12-09 runs from 20:00 on 8 Dec to 19:59 on 9 Dec locally: the two oldest items are 'Created: Dec 08, 2025 ... PM' but belong to UTC 9 Dec. One off-beat item.",
  not_entries=["browser title line", "masthead, 'Subscribe | Sign In', menu", "section heading 'World' (page title)", "'Share | Print | Comments (0)' after every item",
               "'Advertisement'", "'Load more'", "footer lines"],
  entries=[
  E("2025-12-09 15:40", "Zelensky says revised peace proposals will go to Washington",
    ["Ukraine's president said his team had finished work on a revised version of a US-drafted peace plan and would send it to Washington within days.",
     "He said the document dropped several points Kyiv considered unacceptable, including limits on the size of its armed forces."],
    "diplomacy", "diplomacy", 3, "zelensky-revised-peace-plan-2025-12-09", a="Associated Press"),
  E("2025-12-09 12:55", "Russian drones knock out power in Odesa region",
    ["Russian drones struck energy facilities in the southern Odesa region, leaving tens of thousands of homes without electricity and heating, the regional governor said."],
    "strikes", "strikes", 2, "odesa-region-energy-strike-2025-12-09", a="Reuters"),
  OFF("2025-12-09 10:10", "Thailand and Cambodia trade fire along disputed border",
      ["Fighting broke out again along the Thai-Cambodian border, forcing villagers on both sides to flee, officials in both countries said."],
      "thailand-cambodia-border-clashes", a="Associated Press", n="Southeast Asian border conflict."),
  E("2025-12-09 07:25", "Russia claims capture of eastern town of Siversk",
    ["Russia's defence ministry said its troops had taken full control of Siversk in Ukraine's Donetsk region, while Ukraine's military said fighting was continuing."],
    "other", "frontline", 2, "siversk-capture-claim-2025-12-09", a="Reuters"),
  E("2025-12-08 23:15", "EU ministers to weigh reparations loan ahead of summit",
    ["European Union finance ministers will discuss this week a plan to lend Ukraine money raised against immobilised Russian central bank assets, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-reparations-loan-ministers-2025-12", a="Reuters", sec=["aid"], n="Local 8 Dec 23:15 = 03:15 UTC on 9 Dec."),
  E("2025-12-08 21:05", "Two killed in Russian missile strike on Kharkiv suburb",
    ["A Russian missile strike on a suburb of Kharkiv killed two people and damaged a kindergarten, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-suburb-missile-strike-2025-12-08", a="Associated Press", n="Local 8 Dec 21:05 = 01:05 UTC on 9 Dec."),
  ]))

SEEDS.append(dict(id="8209", name="8209_trinidadexpress-briefs", ext="html", source="Trinidad Express", zone="America/Port_of_Spain", render=r_express,
  title="Russia-Ukraine war: the latest at a glance", byline="The Associated Press", published="2025-09-25 15:30",
  url="https://trinidadexpress.com/news/world/russia-ukraine-war-the-latest-at-a-glance/article_5b1e0c2a-9a3f-11f0-8c11-0f2a6c1d9e44.html",
  intro=["Here are the latest developments in Russia's war in Ukraine:"],
  notes="Imitates a Trinidad Express (BLOX) world article in HTML with NewsArticle JSON-LD: a briefs round-up whose items have NO headlines; each brief is a "
        "paragraph opening with a bold AP dateline ('KYIV, Ukraine (AP) \u2014'). One entry per brief, headline null, stamp null; the time exists only in the "
        "<time datetime> attribute of the byline (visible text 'Sep 25, 2025') and in JSON-LD datePublished: 15:30 AST (UTC-4) = 19:30 UTC. first_sentence "
        "includes the dateline as printed. Denmark's and Poland's airspace items share a theme but are separate events.",
  not_entries=["masthead and menu, 'Log In'", "breadcrumb 'News / World'", "h1 page title", "byline 'By The Associated Press' and date 'Sep 25, 2025'",
               "share labels", "intro line 'Here are the latest developments in Russia's war in Ukraine:'", "'Advertisement'", "tags", "'Comments are closed on this article.'", "footer"],
  entries=[
  E("2025-09-25 15:30", None,
    ["KYIV, Ukraine (AP) \u2014 Russian drones and missiles struck Kyiv and several other cities overnight, killing three people and damaging power lines, Ukrainian officials said Thursday.",
     "The air force said it had shot down most of the more than 400 drones launched."],
    "strikes", "strikes", 3, "russian-strikes-kyiv-2025-09-25", a="The Associated Press", dl="KYIV, Ukraine (AP) \u2014"),
  E("2025-09-25 15:30", None,
    ["UNITED NATIONS (AP) \u2014 President Volodymyr Zelenskyy told world leaders at the United Nations that they were living through the most destructive arms race in history and urged them to stop Russia now."],
    "diplomacy", "diplomacy", 3, "zelensky-un-general-assembly-speech-2025", a="The Associated Press", dl="UNITED NATIONS (AP) \u2014",
    n="AP spelling 'Zelenskyy'."),
  E("2025-09-25 15:30", None,
    ["COPENHAGEN, Denmark (AP) \u2014 Danish authorities closed a fourth airport overnight after more drones were spotted, and the prime minister said the country was facing hybrid attacks.",
     "She stopped short of naming Russia as responsible."],
    "other", "security", 2, "denmark-airport-drone-sightings-2025-09-25", a="The Associated Press", dl="COPENHAGEN, Denmark (AP) \u2014"),
  E("2025-09-25 15:30", None,
    ["MOSCOW (AP) \u2014 The Kremlin rejected President Donald Trump's description of Russia as a \u201cpaper tiger,\u201d saying the country's economy and armed forces remained strong."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-paper-tiger-remark", a="The Associated Press", dl="MOSCOW (AP) \u2014"),
  E("2025-09-25 15:30", None,
    ["WARSAW, Poland (AP) \u2014 Poland's prime minister said the country would shoot down any object that violated its airspace without hesitation, after a series of Russian drone incursions this month."],
    "other", "security", 2, "poland-shoot-down-warning-2025-09-25", a="The Associated Press", dl="WARSAW, Poland (AP) \u2014",
    n="Same theme as the Danish airports brief, different event: must not merge."),
  E("2025-09-25 15:30", None,
    ["BERLIN (AP) \u2014 Germany will pay for two more Patriot air defense systems for Ukraine under a NATO arrangement to buy American weapons, the defense minister said."],
    "aid", "aid", 2, "germany-patriot-purchase-2025-09-25", a="The Associated Press", dl="BERLIN (AP) \u2014"),
  ]))


# ============================================================ Part B renderers (invented outlets)

def zabbr(d):
    return d.tzname()


def r_grindlow(S):  # text live, OLDEST first; headline, body, then a trailing stamp line 'Name, 08:15 BST' closing each post; "What we know" summary box
    z = S["zone"]
    L = ["GRINDLOW COURIER", "Home  \u00b7  News  \u00b7  World  \u00b7  Ukraine  \u00b7  Business  \u00b7  Opinion  \u00b7  Puzzles", "", S["title"], S["dateline"], "",
         "What we know so far"] + ["- " + b for b in S["summary"]] + ["", "Updates appear in the order they were published.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = (f"{e['a']}, " if e["a"] else "") + f"{d:%H:%M} {zabbr(d)}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Back to top", "", "Grindlow Courier \u00b7 About \u00b7 Complaints \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps, None


def r_pensarn(S):  # HTML live, newest first; LiveBlogPosting JSON-LD with correct per-update times; visible <time datetime> 'HH:MM'; author line after body; video teaser
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": iso(d)}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ds = sorted(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"], "datePublished": iso(ds[0]),
          "dateModified": iso(ds[-1]), "coverageStartTime": iso(ds[0]), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="masthead"><a href="/">{S["source"]}</a><nav><a href="/world">World</a> <a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="timezone-note">{esc(S["tznote"])}</p>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="post-{len(S["entries"]) - i}"><div class="update-time"><time datetime="{iso(d)}">{st}</time></div>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["p"]:
            out += ps_html(e["p"])
        else:
            out.append('<figure class="video-embed"><iframe src="https://player.example/embed/pbh-2291" title="video"></iframe></figure>')
        if e["a"]:
            out.append(f'<p class="update-author">{esc(e["a"])}</p>')
        out.append('<div class="share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append('<aside class="promo"><p>Our journalism is free to read. Support independent reporting from Ukraine.</p></aside>')
    out += ["</div></main>", f"<footer>{S['source']} \u00b7 Editorial standards \u00b7 Privacy \u00b7 Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps, None


def r_rssworld(S):  # RSS 2.0 general world feed; pubDate in the outlet's zone ('GMT' or numeric offset); category; CDATA paragraphs; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml" />',
           f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>", f'<guid isPermaLink="true">{S["url"]}/news/{S["id"]}{i + 11}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat') or ('World' if e['sub'] == 'unrelated' else 'Europe')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps, None


def r_hollinsmere(S):  # text analysis article: title, byline, dateline with time and zone, standfirst, section headings; one entry per section; stamp null
    L = [S["source"].upper(), "Europe  |  Analysis  |  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Listen  \u00b7  Share  \u00b7  Save", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Related: " + S["more"], "", "Newsletter: The week in Europe, every Friday. Sign up", "", f"\u00a9 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"]), S["dateline"]


def r_pensarn_atom(S):  # Atom 1.0, newest first, +03:00 offsets, escaped HTML content (no CDATA), author per entry
    z = S["zone"]
    ds = sorted(dt(e["t"], z) for e in S["entries"])
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>', f"<id>{S['url']}/feed.atom</id>",
           f"<updated>{iso(ds[-1])}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/news/{88310 + i * 13}"/>',
                f"<id>tag:pensarnbay.example,2025:{88310 + i * 13}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps, None


def r_corrieburn(S):  # text live, OLDEST first; stamp line '9.05am BST \u2013 Name' BEFORE the headline; date line with year
    z = S["zone"]
    L = ["Corrieburn Evening Post", "News | Sport | World | Ukraine live | Weather", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} {zabbr(d)}" + (f" \u2013 {e['a']}" if e["a"] else ""); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sponsored content", ""]
    L += ["That's all from us today. Our live coverage continues tomorrow.", "", "Corrieburn Evening Post \u00b7 Contact \u00b7 Privacy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps, None


def r_dunmallow(S):  # HTML live, newest first, no JSON-LD; Key Points box; <h2> headline FOLLOWED by <p class="time">14:05 CEST</p>; no authors
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 Dunmallow Live</title></head><body>",
           '<div class="cookie-bar">This site uses cookies. <a>Accept</a> <a>Decline</a></div>',
           '<header><strong>Dunmallow Live</strong> <nav><a>Home</a> <a>Europe</a> <a>Ukraine</a> <a>Economy</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></section>",
           '<section class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {zabbr(d)}"; stamps.append(st)
        out.append(f'<div class="post"><h2>{esc(e["h"])}</h2><p class="time">{st}</p>')
        out += ps_html(e["p"])
        out.append("</div>")
        if i == 3:
            out.append('<div class="related"><h3>Related</h3><a href="/r/1">How the coalition of the willing took shape</a></div>')
    out += ["</section></main>", "<footer>Dunmallow Live \u00b7 Imprint \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps, None


def r_birchcombe(S):  # HTML live, newest first; JSON-LD @graph (WebPage + LiveBlogPosting) whose updates all carry the PAGE's datePublished; visible <time datetime>
    z = S["zone"]
    ds = sorted(dt(e["t"], z) for e in S["entries"]); page_pub = iso(ds[0])
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#u{len(S['entries']) - i}", "headline": e["h"], "datePublished": page_pub, "dateModified": iso(ds[-1])}
           for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#liveblog", "headline": S["title"], "datePublished": page_pub, "dateModified": iso(ds[-1]),
         "coverageStartTime": page_pub, "author": [{"@type": "Person", "name": S["byline"]}], "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Birchcombe Ledger <nav><a>World</a> <a>Ukraine</a> <a>Energy</a> <a>Subscribe</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="lb-post"><p class="lb-time"><time datetime="{iso(d)}">{st}</time></p><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += ps_html(e["p"])
        else:
            out.append('<div class="lb-video"><video src="https://cdn.example/birchcombe/heating-points.mp4" controls></video></div>')
        out.append("</div>")
    out += ['<p class="lb-end">Earlier posts</p></main><footer>Birchcombe Ledger \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps, None


def r_crennock(S):  # text live, newest first; stamp and headline on ONE line '22:05 CET | Headline'; date line WITHOUT year; optional 'by Name' line after body
    z = S["zone"]
    L = ["CRENNOCK DAILY", "World / Europe / Ukraine", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {zabbr(d)}"; stamps.append(st)
        L += [f"{st} | {e['h']}"] + ptxt(e["p"])
        if e["a"]:
            L += [f"by {e['a']}", ""]
        if i == 2:
            L += ["Read also: Winter in Kharkiv, a photo essay", ""]
    L += ["Crennock Daily \u00b7 Editorial policy \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps, None


def r_tullochgorm(S):  # HTML timeline, OLDEST first, NO headlines: each item = <time datetime> 'HH:MM' paragraph + one text paragraph; page byline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Tullochgorm Post</title></head><body>",
           '<header><span class="brand">Tullochgorm Post</span> <nav><a>News</a> <a>World</a> <a>Business</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<ol class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="tl-item"><p class="tl-time"><time datetime="{iso(d)}">{st}</time></p>' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</li>")
    out += ["</ol>", '<p class="more">More on the war in Ukraine</p></main><footer>Tullochgorm Post \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps, None


# ============================================================ PART B, day 1: Saturday 30 August 2025 (UTC)
ZAP = "zaporizhzhia-strike-2025-08-30"
EUC = "eu-foreign-ministers-copenhagen-2025-08-30"
DK = "denmark-ukrainian-drone-production-2025-08-30"

SEEDS.append(dict(id="8220", name="8220_grindlow-textlive", ext="txt", source="Grindlow Courier", zone="Europe/London", render=r_grindlow,
  title="Russia-Ukraine war: deadly strike on Zaporizhzhia as EU ministers meet in Copenhagen", dateline="Saturday 30 August 2025",
  summary=["Russian missiles and drones hit Zaporizhzhia overnight and the toll has risen through the day",
           "EU foreign ministers are meeting informally in Copenhagen", "Ukraine says it struck a refinery in southern Russia"],
  notes="Invented outlet. Plain-text live page, OLDEST first. Each post: headline, body, then a trailing stamp line naming the author and the UK time "
        "('Ellen Voss, 08:15 BST'): the stamp CLOSES the post above it. Date from the page's date line. A 'What we know so far' box with three summary "
        "sentences (not headlines, not Key Points). 8220-05 repeats 8220-03 nearly verbatim (headline 'gather' -> 'meet', same body): duplicate. "
        "Zaporizhzhia toll grows 1 -> 2 -> 3 dead through the day. 8220-06 (shelling of Stepnohirsk village in the same region) is a different event.",
  not_entries=["masthead and menu line", "page title and date line", "'What we know so far' box and its three bullets (summary, not Key Points)",
               "'Updates appear in the order they were published.'", "'ADVERTISEMENT'", "'Back to top'", "footer line"],
  entries=[
  E("2025-08-30 08:15", "Russian missiles and drones hit Zaporizhzhia overnight",
    ["One person was killed and 12 were injured when Russia struck the south-eastern city of Zaporizhzhia with missiles and drones during the night, the regional governor said.",
     "Several high-rise blocks and a row of shops near the city centre were damaged, and rescuers were still searching one building at dawn."],
    "strikes", "strikes", 3, ZAP, a="Ellen Voss"),
  E("2025-08-30 09:50", "Ukrainian drones set refinery ablaze in Russia's Krasnodar region",
    ["A fire broke out at an oil refinery in Russia's Krasnodar region after an overnight Ukrainian drone attack, local authorities said.",
     "Ukraine's general staff said the plant supplied fuel to Russian forces in the south and that the strike was part of a campaign against Russia's energy industry."],
    "strikes", "strikes", 2, "krasnodar-refinery-drone-strike-2025-08-30", a="Ellen Voss",
    n="Strike the same night as the Zaporizhzhia attack, by the other side, on another target: must not merge with it."),
  E("2025-08-30 11:20", "Kallas urges EU to keep squeezing Russia as ministers gather in Copenhagen",
    ["The EU's foreign policy chief, Kaja Kallas, told reporters in Copenhagen that Europe must tighten sanctions rather than wait for the outcome of US-led peace efforts.",
     "Foreign ministers from the 27 member states are holding an informal two-day meeting in the Danish capital, with the use of frozen Russian assets high on the agenda."],
    "diplomacy", "diplomacy", 3, EUC, a="Tom Ashdown"),
  E("2025-08-30 13:35", "Zaporizhzhia toll rises to two",
    ["A second person has died in hospital after the overnight attack on Zaporizhzhia, and the number of injured has risen to 22, according to the regional administration."],
    "strikes", "strikes", 3, ZAP, a="Ellen Voss"),
  E("2025-08-30 15:10", "Kallas urges EU to keep squeezing Russia as ministers meet in Copenhagen",
    ["The EU's foreign policy chief, Kaja Kallas, told reporters in Copenhagen that Europe must tighten sanctions rather than wait for the outcome of US-led peace efforts.",
     "Foreign ministers from the 27 member states are holding an informal two-day meeting in the Danish capital, with the use of frozen Russian assets high on the agenda."],
    "diplomacy", "diplomacy", 1, EUC, a="Tom Ashdown", dup="8220-03", n="Near-verbatim repeat of 8220-03 (one headline word changed, same body)."),
  E("2025-08-30 18:05", "Elderly man killed by shelling in village south of Zaporizhzhia",
    ["A 74-year-old man was killed when Russian artillery hit his house in Stepnohirsk, a front-line village in the Zaporizhzhia region, local officials said.",
     "The shelling was separate from the overnight missile attack on the regional capital."],
    "strikes", "strikes", 2, "stepnohirsk-shelling-2025-08-30", a="Ellen Voss",
    n="Same region, different event from the Zaporizhzhia city strike: must not merge."),
  E("2025-08-30 20:40", "Zaporizhzhia death toll climbs to three as search ends",
    ["Rescue teams in Zaporizhzhia finished searching the damaged buildings on Saturday evening, with the number of dead now at three and 29 people injured, the governor said.",
     "Among the injured are four children, two of whom remain in hospital."],
    "strikes", "strikes", 3, ZAP, a="Ellen Voss"),
  ]))

SEEDS.append(dict(id="8221", name="8221_pensarnbay-htmllive", ext="html", source="Pensarn Bay Herald", zone="Europe/Kyiv", render=r_pensarn,
  title="Live: Zaporizhia strike toll rises; Denmark to fund Ukrainian drone production",
  url="https://pensarnbay.example/live/2025/08/30/ukraine",
  lede="Our correspondents follow the day's events in Ukraine and around Europe.", tznote="All times are Kyiv time.",
  notes="Invented outlet. HTML live blog, newest first, with LiveBlogPosting JSON-LD whose updates carry their own correct datePublished (+03:00). Each post: "
        "visible <time datetime> 'HH:MM' (Kyiv time, EEST, stated in a note under the standfirst), h2 headline, body, author line. Spelling 'Zaporizhia'. "
        "8221-05 is a video teaser (headline 'Watch: ...', iframe only, no body). 8221-03 (nuclear plant power line) shares the place name with the city strike "
        "but is a different event.",
  not_entries=["masthead and menu", "h1 page title", "standfirst", "time-zone note 'All times are Kyiv time.'", "'Share' / 'Copy link' under every post",
               "support-us promo", "footer"],
  entries=[
  E("2025-08-30 21:30", "Denmark to fund production of Ukrainian long-range drones",
    ["Denmark will pay for Ukrainian manufacturers to build long-range strike drones at a new site on Danish territory, the Danish defence ministry said on Saturday.",
     "The first drones from the site are expected next year, and the funding comes from Denmark's existing support fund for Ukraine."],
    "aid", "aid", 2, DK, a="Oksana Lewandowska", n="Host country of the ministers' meeting, but a separate national decision: must not merge with the Copenhagen meeting."),
  E("2025-08-30 19:10", "EU ministers back work on new sanctions, Kallas says",
    ["EU foreign ministers meeting in Copenhagen agreed to speed up work on a 19th sanctions package, the bloc's top diplomat Kaja Kallas said after the first day of talks.",
     "She said there was growing support for using immobilised Russian central bank assets to fund Ukraine's defence, though no decision was taken."],
    "diplomacy", "diplomacy", 3, EUC, a="Marek Halloran"),
  E("2025-08-30 16:45", "IAEA: Zaporizhzhia nuclear plant down to one power line again",
    ["Europe's largest nuclear power plant has again been left with a single external power line after the other was cut by military activity, the International Atomic Energy Agency said.",
     "The Russian-occupied plant's six reactors are shut down but still need power for cooling."],
    "other", "security", 2, "zaporizhzhia-npp-power-line-2025-08-30", a="Marek Halloran",
    n="Same place name as the city strike, different event (nuclear safety): must not merge."),
  E("2025-08-30 14:20", "Russia claims village in Dnipropetrovsk region; Kyiv disputes",
    ["Russia's defence ministry said its troops had captured a village in the Dnipropetrovsk region, but a Ukrainian army spokesman said fighting for it was still going on."],
    "other", "frontline", 2, "dnipropetrovsk-village-claim-2025-08-30", a="Oksana Lewandowska"),
  E("2025-08-30 12:05", "Watch: Rescuers search a damaged apartment block in Zaporizhia", [],
    "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1, story of the strike it shows."),
  E("2025-08-30 10:40", "Two killed, 22 hurt in Zaporizhia strike",
    ["The death toll from the overnight Russian attack on Zaporizhia has risen to two, with 22 people wounded, regional governor Ivan Fedorov said.",
     "He said Russia had used cruise missiles and about a dozen attack drones in the raid, which damaged 14 apartment buildings."],
    "strikes", "strikes", 3, ZAP, a="Marek Halloran"),
  E("2025-08-30 07:55", "Overnight attack on Zaporizhia: what we know so far",
    ["Russian forces attacked Zaporizhia with missiles and drones shortly after 3am, killing one person and injuring 11, according to the regional administration.",
     "Explosions were heard across the city as air defences engaged, and fires broke out in at least three places."],
    "strikes", "strikes", 3, ZAP, a="Marek Halloran"),
  ]))

SEEDS.append(dict(id="8222", name="8222_glasswater-worldrss", ext="xml", source="Glasswater World Service", zone="UTC", render=r_rssworld,
  title="Glasswater World Service - World", url="https://glasswater.example", lede="Top stories from around the world", rfc="GMT",
  notes="Invented outlet. General world-news RSS 2.0 feed (4 of 6 items off-beat), newest first, pubDate in GMT, no authors, CDATA paragraphs. "
        "Spelling 'Zaporozhye'.",
  not_entries=["channel title, link, atom:link, description, language"],
  entries=[
  OFF("2025-08-30 19:50", "Firefighters bring wildfire in northern Spain under control",
      ["Firefighters in Spain's Leon province said a wildfire that forced thousands of people from their homes earlier this month had been brought under control."],
      "spain-leon-wildfire", n="Spanish wildfire."),
  E("2025-08-30 17:20", "Russian strike on Zaporozhye kills at least two",
    ["At least two people were killed and more than 20 wounded in an overnight Russian missile and drone attack on the Ukrainian city of Zaporozhye, officials said.",
     "Ukraine's President Volodymyr Zelensky called for stronger sanctions in response."],
    "strikes", "strikes", 3, ZAP),
  OFF("2025-08-30 14:05", "Stars arrive on the Lido as Venice film festival enters first weekend",
      ["Crowds gathered along the red carpet in Venice as the film festival held the premieres of several films competing for the Golden Lion."],
      "venice-film-festival-2025", n="culture."),
  E("2025-08-30 12:30", "EU foreign ministers meet in Copenhagen amid push for new sanctions",
    ["Foreign ministers of the European Union began informal talks in Copenhagen on Saturday, with new sanctions against Russia and support for Ukraine at the top of the agenda."],
    "diplomacy", "diplomacy", 3, EUC),
  OFF("2025-08-30 09:15", "Monsoon floods force new evacuations in Punjab",
      ["Authorities in Pakistan's Punjab province evacuated tens of thousands more people as rivers swollen by monsoon rains burst their banks."],
      "punjab-monsoon-floods-2025", n="South Asian floods."),
  OFF("2025-08-30 06:40", "Defending champion into fourth round at US Open",
      ["The defending men's champion won in straight sets in New York to reach the fourth round of the US Open."],
      "us-open-tennis-2025", n="sport."),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["cat"] = {"us-open-tennis-2025": "Sport", "venice-film-festival-2025": "Culture"}.get(_e["st"])

SEEDS.append(dict(id="8223", name="8223_hollinsmere-article", ext="txt", source="Hollinsmere Review", zone="Europe/Copenhagen", render=r_hollinsmere,
  title="Analysis: In Copenhagen, Europe weighs the price of Russia's frozen billions",
  lede="Ministers want to keep up the pressure on Moscow. Deciding what to do with Russia's immobilised reserves is harder.",
  byline="Nadia Ferrow", dateline="30 August 2025, 18:30 CEST", more="Who holds Russia's frozen reserves, and where",
  notes="Invented outlet. Plain-text analysis article with three section headings; one entry per section (headline = heading, stamp null, published = the "
        "dateline '30 August 2025, 18:30 CEST' = 16:30 UTC, author = page byline). Section 2 is the day's theme piece (explainer on the frozen assets), "
        "its own story. Section 3 retells the Zaporizhzhia strike in other words.",
  not_entries=["masthead and menu line", "title", "standfirst", "byline and dateline", "'Listen \u00b7 Share \u00b7 Save'", "'Related:' link",
               "newsletter line", "copyright line"],
  entries=[
  E("2025-08-30 18:30", "What the ministers discussed",
    ["The informal gathering of EU foreign ministers in the Danish capital was meant to settle how to keep pressure on Moscow while Washington pursues its own contacts with the Kremlin.",
     "Several ministers arrived calling for a new sanctions package to be ready within weeks, and Kaja Kallas said the bloc could not afford to wait."],
    "diplomacy", "diplomacy", 3, EUC, a="Nadia Ferrow"),
  E("2025-08-30 18:30", "Why the frozen assets are so hard to touch",
    ["Most of the roughly 210 billion euros of Russian central bank reserves immobilised in the EU sit in a single clearing house in Belgium.",
     "Seizing them outright could expose Belgium to legal claims and unsettle investors who hold reserves in euros, which is why the debate has turned to lending Ukraine money against them rather than confiscating them.",
     "Supporters of the idea argue that the legal risk is manageable if Ukraine only repays the loan once Russia pays reparations."],
    "diplomacy", "diplomacy", 2, "explainer-frozen-russian-assets", a="Nadia Ferrow", sec=["aid"],
    n="Theme piece (explainer on the frozen assets): own story, must not merge with the ministers' meeting."),
  E("2025-08-30 18:30", "A reminder from Zaporizhzhia",
    ["Hours before the meeting opened, Russian missiles and drones killed at least two people in the city of Zaporizhzhia, a point several ministers made as they arrived.",
     "Ukraine's foreign minister, who joined the talks by video, asked the EU to pay for more air defence rather than only debate sanctions."],
    "strikes", "strikes", 3, ZAP, a="Nadia Ferrow"),
  ]))


# ============================================================ PART B, day 2: Sunday 31 August 2025 (UTC)
ODS = "odesa-port-drone-strike-2025-08-31"
SYZ = "syzran-refinery-drone-strike-2025-08-31"
MAC = "macron-coalition-summit-announcement-2025-08-31"
DKTEXT = ["Denmark will pay for Ukrainian manufacturers to build long-range strike drones at a new site on Danish territory, the Danish defence ministry said on Saturday.",
          "The first drones from the site are expected next year, and the funding comes from Denmark's existing support fund for Ukraine."]

SEEDS.append(dict(id="8230", name="8230_pensarnbay-atom", ext="xml", source="Pensarn Bay Herald", zone="Europe/Kyiv", render=r_pensarn_atom,
  title="Pensarn Bay Herald - Ukraine", url="https://pensarnbay.example",
  notes="Same invented outlet as 8221, here its Atom feed: entries newest first, <published> with +03:00, one author per entry, content as escaped HTML "
        "(type=\"html\", no CDATA: entities must be decoded twice). 8230-05 re-posts day 1's 8221-01 (same headline and text, re-published on 31 Aug): "
        "importance 1. Sybiha's appeal for Patriots (8230-02) is a separate story from the Odesa mayor's appeal (8232-02).",
  not_entries=["feed title, links, id, updated"],
  entries=[
  E("2025-08-31 22:15", "Ukraine says its drones struck Syzran refinery",
    ["Ukraine's general staff said long-range drones hit the Syzran oil refinery in Russia's Samara region, starting a fire at one of its processing units.",
     "The governor of the Samara region said drones had been shot down over the city but did not mention any damage."],
    "strikes", "strikes", 3, SYZ, a="Marek Halloran"),
  E("2025-08-31 19:40", "Sybiha presses allies for more Patriot systems",
    ["Foreign Minister Andrii Sybiha called on Ukraine's partners to send more Patriot air defence systems before winter, saying Russia was preparing a new campaign against the power grid."],
    "aid", "aid", 2, "sybiha-patriot-appeal-2025-08-31", a="Oksana Lewandowska",
    n="Appeal for air defence by the foreign minister: a separate story from the Odesa mayor's appeal and from the Odesa strike."),
  E("2025-08-31 17:05", "Macron says coalition leaders will meet this week on guarantees for Ukraine",
    ["French President Emmanuel Macron said leaders of the so-called coalition of the willing would meet on Thursday to finalise the security guarantees they are prepared to offer Ukraine.",
     "He said the plans were ready and that the meeting would be held partly in person in Paris."],
    "diplomacy", "diplomacy", 3, MAC, a="Marek Halloran"),
  E("2025-08-31 13:30", "Odesa port attack: number of injured rises to five",
    ["Five people were injured in the overnight drone attack on Odesa's port, including two dock workers who were taken to hospital with burns, the regional governor said."],
    "strikes", "strikes", 3, ODS, a="Oksana Lewandowska"),
  E("2025-08-31 10:00", "Denmark to fund production of Ukrainian long-range drones", DKTEXT,
    "aid", "aid", 1, DK, a="Oksana Lewandowska",
    n="Re-post of day-1 entry 8221-01 (same outlet, same headline and text, re-published on day 2): importance 1, duplicate_of null (not within this seed)."),
  E("2025-08-31 08:20", "Drones hit Odesa port overnight, three injured",
    ["Russian attack drones struck port infrastructure in Odesa during the night, injuring three people and damaging grain storage facilities, officials said."],
    "strikes", "strikes", 3, ODS, a="Marek Halloran"),
  ]))

SEEDS.append(dict(id="8231", name="8231_corrieburn-textlive", ext="txt", source="Corrieburn Evening Post", zone="Europe/London", render=r_corrieburn,
  title="Ukraine war live: Odessa port hit, Zaporizhzhia mourns", dateline="Sunday 31 August 2025",
  lede="Welcome to our rolling coverage. All times are UK time.",
  notes="Invented outlet. Plain-text live page, OLDEST first. Each post opens with a stamp line BEFORE the headline: 12-hour time with a dot, zone and author "
        "('7.30am BST \u2013 Ruth Calloway'); the teaser's stamp has no author. Spelling 'Odessa'. 8231-03 is a photo teaser without body. 8231-06 repeats "
        "8231-05 nearly verbatim. 8231-04 continues day 1's Zaporizhzhia story with a new development (fourth death, day of mourning).",
  not_entries=["masthead and menu", "title and date line", "welcome line 'Welcome to our rolling coverage. All times are UK time.'", "'Sponsored content'",
               "closing line 'That's all from us today...'", "footer"],
  entries=[
  E("2025-08-31 07:30", "Odessa port hit by drones; three hurt",
    ["Drones launched by Russia struck the port of Odessa before dawn, wounding three people and setting fire to a grain warehouse, Ukrainian officials said."],
    "strikes", "strikes", 3, ODS, a="Ruth Calloway"),
  E("2025-08-31 08:45", "Fire at Syzran refinery after Ukrainian drone strike",
    ["Russian emergency services were fighting a blaze at the Syzran refinery on the Volga on Sunday morning after what residents described as a series of explosions.",
     "Ukraine has struck more than a dozen Russian refineries since the start of August."],
    "strikes", "strikes", 3, SYZ, a="Ruth Calloway"),
  E("2025-08-31 10:20", "Photos: Damaged grain silos at Odessa port", [],
    "strikes", "strikes", 1, ODS, n="Photo teaser without body -> importance 1."),
  E("2025-08-31 12:10", "Zaporizhzhia mourns as death toll reaches four",
    ["Zaporizhzhia observed a day of mourning on Sunday after a woman injured in Friday night's Russian attack died in hospital, bringing the number of dead to four.",
     "Flags were lowered on public buildings and entertainment events were cancelled."],
    "strikes", "strikes", 3, ZAP, a="Callum Reid", n="Day-2 continuation of day 1's Zaporizhzhia story (new development: fourth death, day of mourning); keeps the day-1 slug."),
  E("2025-08-31 14:35", "Odessa attack: one dead as injured rise to six",
    ["A port worker has died of his injuries after the drone attack on Odessa, and the number of wounded has risen to six, the regional military administration said.",
     "The administration said the port continued to operate despite the damage."],
    "strikes", "strikes", 3, ODS, a="Ruth Calloway"),
  E("2025-08-31 16:50", "Odessa attack: one dead, six injured",
    ["A port worker has died of his injuries after the drone attack on Odessa, and the number of wounded has risen to six, the regional military administration said.",
     "The administration said the port was continuing to operate despite the damage."],
    "strikes", "strikes", 1, ODS, a="Ruth Calloway", dup="8231-05", n="Near-verbatim repeat of 8231-05."),
  E("2025-08-31 19:05", "Children evacuated from front-line towns in Donetsk region",
    ["Ukrainian authorities evacuated 38 children and their families from towns near the front line in the Donetsk region over the weekend, the regional governor said.",
     "Compulsory evacuation orders for families with children now cover dozens of settlements."],
    "other", "humanitarian", 2, "donetsk-child-evacuations-2025-08-31", a="Callum Reid"),
  ]))

SEEDS.append(dict(id="8232", name="8232_dunmallow-htmllive", ext="html", source="Dunmallow Live", zone="Europe/Berlin", render=r_dunmallow,
  title="Ukraine live: One dead after drone attack on Odesa port; Macron announces coalition summit", dateline="Sunday, 31 August 2025",
  lede="The latest on Russia's war against Ukraine and Europe's response.",
  notes="Invented outlet. HTML live page without JSON-LD, newest first, no authors. Each post: h2 headline FOLLOWED by its stamp '16:30 CEST'. A 'Key Points' "
        "box lists the headlines of 8232-03 and 8232-04 (key_point true). 8232-01 is the day's theme piece (analysis of the refinery campaign). The Odesa mayor's "
        "appeal (8232-02) is aid, its own story.",
  not_entries=["cookie bar", "masthead and menu", "h1 title, date line and intro", "'Key Points' box (points at posts 03 and 04)", "'Related' box", "footer"],
  entries=[
  E("2025-08-31 21:20", "Analysis: Ukraine's refinery campaign is starting to bite",
    ["Ukraine's summer of long-range drone strikes on Russian oil refineries has taken a measurable toll on the country's fuel market.",
     "Several Russian regions have reported petrol shortages, and wholesale prices have hit records, prompting the government to extend a ban on gasoline exports.",
     "Whether the strikes can be sustained depends on Ukraine's drone production and on how quickly Russia repairs damaged units, which has so far taken weeks rather than months."],
    "strikes", "strikes", 2, "analysis-ukraine-refinery-campaign",
    n="Theme piece (analysis of the refinery strike campaign): own story, must not merge with the Syzran strike."),
  E("2025-08-31 18:45", "Odesa mayor appeals for more air defence after port attack",
    ["Odesa's mayor called on Western governments to send more air defence systems to the city, saying the port had been attacked more than 20 times since the start of summer."],
    "aid", "aid", 2, "odesa-mayor-air-defence-appeal-2025-08-31", sec=["strikes"],
    n="Appeal for air defence by a different official: must not merge with the Odesa strike or with Sybiha's appeal (8230-02)."),
  E("2025-08-31 16:30", "Odesa port attack kills one worker, six injured",
    ["One person has been killed and six wounded in the Russian drone attack on the port of Odesa, Ukrainian officials said, after a worker died in hospital.",
     "Fire crews spent several hours putting out a blaze at a grain terminal."],
    "strikes", "strikes", 3, ODS, kp=True),
  E("2025-08-31 13:55", "Macron announces coalition summit on security guarantees",
    ["Emmanuel Macron said Ukraine's allies would meet on Thursday in Paris and by video to sign off on the military guarantees they are prepared to give Kyiv after any ceasefire."],
    "diplomacy", "diplomacy", 3, MAC, kp=True),
  E("2025-08-31 11:10", "Zaporizhzhia declares day of mourning",
    ["Authorities in Zaporizhzhia declared Sunday a day of mourning for the victims of the weekend missile attack, which has now claimed four lives."],
    "strikes", "strikes", 3, ZAP, n="Day-2 continuation of day 1's Zaporizhzhia story; keeps the day-1 slug."),
  E("2025-08-31 09:25", "Ukraine says Russian push near Kupiansk repelled",
    ["Ukrainian troops repelled an attempt by Russian units to cross the Oskil river north of Kupiansk, the army's regional command said."],
    "other", "frontline", 2, "kupiansk-fighting-2025-08-31"),
  ]))

SEEDS.append(dict(id="8233", name="8233_larchwick-worldrss", ext="xml", source="Larchwick World Wire", zone="UTC", render=r_rssworld,
  title="Larchwick World Wire: world headlines", url="https://larchwick.example", lede="World headlines from Larchwick World Wire", rfc="+0000",
  notes="Invented outlet. General world-news RSS 2.0 feed (4 of 6 off-beat), newest first, pubDate with numeric '+0000', no authors.",
  not_entries=["channel title, link, atom:link, description, language"],
  entries=[
  OFF("2025-08-31 20:10", "Landslide buries village in western Sudan",
      ["A landslide after days of heavy rain destroyed a village in the mountains of Sudan's Darfur region, local leaders said, with hundreds of people feared dead."],
      "darfur-landslide-2025", n="Sudan disaster."),
  E("2025-08-31 16:45", "One dead in drone attack on Ukraine's Odesa port",
    ["A Russian drone attack on the port of Odesa killed one person and injured six, Ukrainian officials said on Sunday."],
    "strikes", "strikes", 3, ODS),
  OFF("2025-08-31 13:20", "Protests spread to more Indonesian cities",
      ["Demonstrations over lawmakers' allowances spread to several Indonesian cities for a fifth day, with police using tear gas in the capital."],
      "indonesia-protests-2025", n="Indonesian politics."),
  E("2025-08-31 11:00", "Putin arrives in China for regional summit",
    ["Russian President Vladimir Putin arrived in the Chinese city of Tianjin for a summit of the Shanghai Cooperation Organisation, where he is expected to discuss the war in Ukraine with Chinese leader Xi Jinping."],
    "diplomacy", "diplomacy", 3, "putin-china-sco-visit-2025-08-31", n="Head-of-state diplomatic trip -> importance 3."),
  OFF("2025-08-31 08:30", "Heavy rain brings flooding to northern India",
      ["Flooding closed roads and schools in parts of northern India after another day of heavy monsoon rain, officials said."],
      "northern-india-floods-2025", n="South Asian weather."),
  OFF("2025-08-31 06:15", "Dutch Grand Prix set for tight finish after close qualifying",
      ["The Dutch Grand Prix gets under way later on Sunday after a qualifying session decided by less than a tenth of a second."],
      "dutch-grand-prix-2025", n="sport."),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["cat"] = {"dutch-grand-prix-2025": "Sport"}.get(_e["st"])


# ============================================================ PART B, day 3: Saturday 13 December 2025 (UTC)
KHA = "kharkiv-region-energy-strike-2025-12-13"
PAR = "paris-security-advisers-meeting-2025-12-13"
NOR = "norway-winter-gas-funding-2025-12-13"

SEEDS.append(dict(id="8240", name="8240_amberlowe-worldrss", ext="xml", source="Amberlowe World Service", zone="Asia/Singapore", render=r_rssworld,
  title="Amberlowe World Service | World", url="https://amberlowe.example", lede="International news from Amberlowe World Service", rfc="offset",
  notes="Invented outlet. General world-news RSS 2.0 feed (4 of 6 off-beat), newest first, pubDate with '+0800'. UTC day 2025-12-13 runs from 08:00 on 13 Dec "
        "to 07:59 on 14 Dec in Singapore, so the two newest items print 'Sun, 14 Dec 2025'. Spelling 'Kharkov'.",
  not_entries=["channel title, link, atom:link, description, language"],
  entries=[
  OFF("2025-12-14 06:40", "Ferry runs aground in central Philippines, all aboard rescued",
      ["All 112 passengers and crew were rescued after a ferry ran aground off the central Philippines during a storm, the coast guard said."],
      "philippines-ferry-aground", n="Philippine accident."),
  E("2025-12-14 01:15", "Hundreds of thousands without power after strikes on Kharkov region",
    ["Russian missiles and drones damaged power facilities in Ukraine's Kharkov region, leaving around 200,000 households without electricity as temperatures fell below freezing, Ukrainian officials said.",
     "Four people were injured, including a child."],
    "strikes", "strikes", 3, KHA, n="Printed 'Sun, 14 Dec 2025 01:15:00 +0800' = 17:15 UTC on 13 Dec."),
  OFF("2025-12-13 21:30", "New rail service links northern Malaysia with Thai border",
      ["A new electrified rail service linking northern Malaysia with the border town of Padang Besar began carrying passengers on Saturday."],
      "malaysia-rail-service", n="transport."),
  E("2025-12-13 17:05", "European security advisers meet in Paris on Ukraine peace plan",
    ["National security advisers from France, Germany and Britain met a Ukrainian delegation in Paris on Saturday to coordinate their response to the latest US proposals for ending the war."],
    "diplomacy", "diplomacy", 3, PAR),
  OFF("2025-12-13 12:20", "Singapore's exports rise for third month",
      ["Singapore's non-oil domestic exports grew for a third straight month in November, led by electronics shipments, official data showed."],
      "singapore-exports-november", n="economy."),
  OFF("2025-12-13 09:10", "Australia says platforms removed hundreds of thousands of teen accounts",
      ["Australian regulators said social media platforms had removed hundreds of thousands of accounts belonging to under-16s in the first days of the country's new age limit."],
      "australia-social-media-age-limit", n="tech policy."),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["cat"] = {"singapore-exports-november": "Business", "australia-social-media-age-limit": "Technology"}.get(_e["st"])

SEEDS.append(dict(id="8241", name="8241_birchcombe-htmllive", ext="html", source="Birchcombe Ledger", zone="Europe/Kyiv", render=r_birchcombe,
  title="Russia-Ukraine war live: Kharkiv region without power after overnight strikes", url="https://birchcombe.example/live/ukraine-2025-12-13",
  byline="Hanna Moroz", dateline="Saturday 13 December 2025, Kyiv",
  notes="Invented outlet. HTML live page, newest first, one page byline. JSON-LD @graph with a WebPage node and a node typed ['NewsArticle','LiveBlogPosting'] "
        "whose liveBlogUpdate items ALL carry the page's datePublished (07:40) - a trap: per-post times come from the visible <time datetime> (+02:00, Kyiv "
        "winter time). 8241-04 is a video teaser without body.",
  not_entries=["masthead and menu", "h1 title", "byline and date line", "'Earlier posts'", "footer"],
  entries=[
  E("2025-12-13 21:10", "Norway adds money for Ukraine's winter gas purchases",
    ["Norway will give Ukraine an extra 1.5 billion kroner to buy natural gas for the winter, the Norwegian government said, as Russian strikes keep damaging Ukrainian production sites."],
    "aid", "aid", 3, NOR, a="Hanna Moroz"),
  E("2025-12-13 18:25", "Umerov leads Ukrainian team at Paris talks",
    ["Rustem Umerov, the secretary of Ukraine's National Security and Defence Council, met European security advisers in Paris to discuss the guarantees that would underpin any peace agreement.",
     "He said the talks were constructive and that another round with US negotiators was planned for next week."],
    "diplomacy", "diplomacy", 3, PAR, a="Hanna Moroz"),
  E("2025-12-13 15:00", "Russia says it has taken Huliaipole; Ukraine says fighting goes on",
    ["Russia's defence ministry claimed full control of Huliaipole in the Zaporizhzhia region, while Ukraine's southern command said its troops still held positions in the town's western districts."],
    "other", "frontline", 2, "huliaipole-capture-claim-2025-12-13", a="Hanna Moroz"),
  E("2025-12-13 12:30", "Watch: Kharkiv residents queue at heating points", [],
    "strikes", "strikes", 1, KHA, a="Hanna Moroz", n="Video teaser without body -> importance 1."),
  E("2025-12-13 10:15", "Kharkiv region: 210,000 households without power",
    ["About 210,000 households in the Kharkiv region were without electricity on Saturday morning after the overnight attack, the regional governor said, and four people were injured."],
    "strikes", "strikes", 3, KHA, a="Hanna Moroz"),
  E("2025-12-13 07:40", "Russian drones and missiles target Kharkiv energy sites",
    ["Russia attacked energy infrastructure in the Kharkiv region overnight with drones and ballistic missiles, injuring two people and causing widespread outages, officials said.",
     "Ukraine's air force said it shot down most of the drones but several missiles got through."],
    "strikes", "strikes", 3, KHA, a="Hanna Moroz"),
  ]))

SEEDS.append(dict(id="8242", name="8242_crennock-textlive", ext="txt", source="Crennock Daily", zone="Europe/Warsaw", render=r_crennock,
  title="Ukraine war: live updates", dateline="Saturday, 13 December", parse_args=["--date", "2025-12-13"],
  lede="Our Warsaw desk follows the war and the diplomacy around it.",
  notes="Invented outlet. Plain-text live page, newest first. Stamp and headline share ONE line: '22:05 CET | Analysis: ...'. The date line 'Saturday, 13 December' "
        "has no year and the page prints no year anywhere (parse_args). Some posts end with a 'by NAME' line. 8242-01 is a theme piece. The afternoon glide-bomb "
        "strike on Kharkiv city (8242-03) is a different event from the overnight strikes on the region's energy sites.",
  not_entries=["masthead and section line", "title and date line", "desk line 'Our Warsaw desk follows ...'", "'Read also: Winter in Kharkiv, a photo essay'", "footer"],
  entries=[
  E("2025-12-13 22:05", "Analysis: Why Russia's winter campaign targets substations",
    ["Russia's strikes this winter have shifted from big power plants to the substations that move electricity around Ukraine's grid.",
     "Substations are harder to protect than generating sites and their transformers take months to replace, which is why each successful hit can leave a region without power for days."],
    "strikes", "strikes", 2, "analysis-russia-substation-strikes", a="Agata Wilk",
    n="Theme piece (analysis of the strikes on the grid): own story, must not merge with the Kharkiv energy strike."),
  E("2025-12-13 19:30", "Netherlands to supply interceptor drones to Ukraine",
    ["The Netherlands will finance several thousand interceptor drones for Ukraine's air defence units, the Dutch defence minister said."],
    "aid", "aid", 2, "netherlands-interceptor-drones-2025-12-13", a="Agata Wilk",
    n="Same theme (aid) as Norway's gas money, a different package: must not merge."),
  E("2025-12-13 16:45", "Glide bomb hits apartment block in Kharkiv, five injured",
    ["A Russian guided aerial bomb struck a nine-storey residential building in Kharkiv's Saltivskyi district on Saturday afternoon, injuring five people, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-city-glide-bomb-2025-12-13",
    n="Same city as the overnight energy strikes, separate afternoon attack: must not merge."),
  E("2025-12-13 14:10", "Paris talks on Ukraine guarantees end with call for further round",
    ["European and Ukrainian security officials ended their meeting in Paris agreeing to hold further talks with Washington before Christmas, according to a French official."],
    "diplomacy", "diplomacy", 3, PAR, a="Agata Wilk"),
  E("2025-12-13 11:35", "Power partly restored in Kharkiv region, 180,000 homes still cut off",
    ["Energy workers restored electricity to about 30,000 homes in the Kharkiv region by late morning, but 180,000 were still without power, Ukraine's grid operator said.",
     "Four people were hurt in the overnight attack, regional officials said."],
    "strikes", "strikes", 3, KHA),
  E("2025-12-13 09:00", "Poland closes airspace near border during Russian strikes",
    ["Poland temporarily closed part of its airspace in the south-east and scrambled fighter jets while Russia carried out overnight strikes on Ukraine, the Polish military said."],
    "other", "security", 2, "poland-airspace-closure-2025-12-13"),
  ]))

SEEDS.append(dict(id="8243", name="8243_tullochgorm-timeline", ext="html", source="Tullochgorm Post", zone="Europe/London", render=r_tullochgorm,
  title="Saturday's key moments in the war in Ukraine", byline="Fraser Imrie", dateline="Saturday 13 December 2025",
  lede="A summary of the day's main events, updated through the day. Times are GMT.",
  notes="Invented outlet. HTML timeline, OLDEST first, one page byline, NO headlines: each item is a <time datetime> 'HH:MM' line and one paragraph "
        "(headline null; first_sentence from the paragraph). 8243-04 repeats 8243-02 nearly verbatim (tense changed).",
  not_entries=["masthead and menu", "h1 title", "byline and date line", "intro line", "'More on the war in Ukraine'", "footer"],
  entries=[
  E("2025-12-13 08:10", None,
    ["Russia's overnight attack on energy facilities in the Kharkiv region has left about 200,000 homes without electricity, the regional governor says. Two people were injured."],
    "strikes", "strikes", 3, KHA, a="Fraser Imrie"),
  E("2025-12-13 10:25", None,
    ["Norway announces an extra 1.5 billion kroner for Ukraine to buy gas for the winter. The money will be channelled through a fund run by the European Bank for Reconstruction and Development."],
    "aid", "aid", 3, NOR, a="Fraser Imrie"),
  E("2025-12-13 12:50", None,
    ["The number of people injured in the Kharkiv region has risen to four, including a 12-year-old boy, according to local officials."],
    "strikes", "strikes", 3, KHA, a="Fraser Imrie"),
  E("2025-12-13 15:15", None,
    ["Norway announced an extra 1.5 billion kroner for Ukraine to buy gas for the winter. The money will be channelled through a fund run by the European Bank for Reconstruction and Development."],
    "aid", "aid", 1, NOR, a="Fraser Imrie", dup="8243-02", n="Near-verbatim repeat of 8243-02."),
  E("2025-12-13 17:40", None,
    ["Ukraine's human rights commissioner says 15 children taken to Russia or to occupied areas have been brought back to Ukraine with Qatari mediation."],
    "other", "humanitarian", 2, "deported-children-returned-2025-12-13", a="Fraser Imrie", sec=["diplomacy"]),
  E("2025-12-13 19:55", None,
    ["Russia's defence ministry claims its air defences destroyed 41 Ukrainian drones over the Bryansk and Kursk regions during the evening."],
    "strikes", "strikes", 2, "russia-claims-drones-downed-2025-12-13", a="Fraser Imrie"),
  ]))


# ============================================================ emit
BASIS = {
  "r_iwcp": "card stamp '{s}' (weekday, day, month, 12-hour time; no year: year from parse_args); UK local time implied by the outlet, BST = UTC+1",
  "r_stornoway": "no per-section time; the article's '{x}' line (UK time, BST = UTC+1) used for every section; JSON-LD datePublished agrees",
  "r_kent": "bare time '{s}' on the page's date from 'Published: 07:10, 26 October 2025' (the only day on the page); UK clocks went back at 01:00 UTC that day, so GMT = UTC",
  "r_wilts": "card date '{s}' (12-hour time, ordinal day, month; no year: year from parse_args); UK local time implied by the outlet, GMT = UTC in November",
  "r_mvariety": "pubDate '{s}' (explicit +1000, Saipan)",
  "r_vdp": "bare time '{s}' under the last date printed above it ({d}); no zone printed: Vanuatu time implied by the outlet, UTC+11",
  "r_guam": "visible date '{s}' gives only the day; the time comes from the <time datetime> attribute ({x}); Guam, UTC+10",
  "r_postcourier": "<published> '{s}' (explicit UTC); outlet zone Port Moresby (UTC+10) used only for published_local",
  "r_royal": "'{s}' (short month, day, year, 12-hour time); Bermuda time implied by the outlet, AST = UTC-4 in December",
  "r_express": "no per-brief time; the article's <time datetime> / JSON-LD datePublished {x} (visible text only 'Sep 25, 2025') used for every brief",
  "r_grindlow": "trailing stamp line '{s}' closing the post, on the page's date line {d}; BST = UTC+1",
  "r_pensarn": "visible '{s}' in <time datetime> ({x}) on {d}; JSON-LD update datePublished agrees",
  "r_rssworld": "pubDate '{s}' (explicit zone)",
  "r_hollinsmere": "no per-section time; the article dateline '{x}' used for every section",
  "r_pensarn_atom": "<published> '{s}' (explicit +03:00)",
  "r_corrieburn": "stamp line '{s}' before the headline, on the page's date line {d}; BST = UTC+1",
  "r_dunmallow": "stamp '{s}' printed after the headline, on the page's date line {d}; CEST = UTC+2",
  "r_birchcombe": "visible '{s}' in <time datetime> ({x}); JSON-LD update dates are all the page's start time and are ignored",
  "r_crennock": "stamp '{s}' at the start of the headline line, under the date line 'Saturday, 13 December' (no year: parse_args); CET = UTC+1",
  "r_tullochgorm": "timeline time '{s}' in <time datetime> ({x}), under the date line {d}; GMT = UTC",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        text, stamps, extra = S["render"](S)
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), x=extra or iso(d)),
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

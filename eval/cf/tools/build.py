#!/usr/bin/env python3
"""Builds the eval/cf seeds and gold files from one hand-written data table (below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/cf/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **extra)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


ABBREV = re.compile(r"\b(Mr|Mrs|Dr|St|Gen|Lt|No|U\.S|a\.m|p\.m)\.")


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    fs = par[:m.end()] if m else par
    assert not ABBREV.search(fs), fs
    return fs


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ampm(d, dots=False, sep=":"):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    return f"{hh}{sep}{d.minute:02d}{' ' if dots else ''}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def iso(d):
    return d.isoformat(timespec="seconds")


def rfc822(d, zone_word=None):
    s = d.strftime("%a, %d %b %Y %H:%M:%S ")
    return s + (zone_word or d.strftime("%z"))


# ============================================================ Part A renderers (layout imitations; no real wording)

def r_falkirk(S):
    """Falkirk Herald (National World) live blog, HTML. Oldest first. Headline, then the post time 'HH:MM GMT' AFTER it.
    One page byline; 'Published 7th Feb 2025, 08:10 GMT' header; Summary box of paraphrased bullets; LiveBlogPosting JSON-LD."""
    z = S["zone"]; p0 = dt(S["pub"], z); u0 = dt(S["upd"], z)
    nw = lambda d: f"{ordinal(d.day)} {d:%b %Y}, {d:%H:%M} {d.tzname()}"
    updates = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        updates.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d), "articleBody": " ".join(e["p"]),
                        "author": {"@type": "Person", "name": S["byline"]}})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": iso(p0),
          "dateModified": iso(u0), "coverageStartTime": iso(p0), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Falkirk Herald"}, "liveBlogUpdate": updates}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Falkirk Herald</title>',
           '<meta property="og:site_name" content="Falkirk Herald">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="consent"><p>We value your privacy</p><p>We and our partners store and access information on your device to show you relevant content and measure how the site is used.</p><button>Accept All</button> <button>Manage Options</button></div>',
           '<header class="masthead"><a class="logo" href="/">Falkirk Herald</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/news/people">Your Falkirk</a> '
           '<a href="/lifestyle">Lifestyle</a> <a href="/heritage-and-retro">Heritage</a> <a href="/whats-on">What\'s On</a> <a href="/jobs">Jobs</a> <a href="/announcements">Announcements</a></nav>'
           '<a class="btn" href="/subscriptions">Subscribe</a> <a class="btn" href="/account">Sign in</a></header>',
           '<main><article class="live-article"><span class="badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<div class="byline">By <a href="/author/eilidh-carruthers">{esc(S["byline"])}</a></div>',
           f'<div class="dates"><span>Published {nw(p0)}</span><br><span>Updated {nw(u0)}</span></div>',
           '<div class="actions"><a href="#comments">Comments</a> <button>Share</button></div>',
           '<aside class="promo">Did you know a Digital Subscription to the Falkirk Herald gives you the whole website, premium stories included, with fewer adverts and loyalty rewards? <a href="/subscriptions">Learn More</a></aside>',
           '<section class="summary"><h2>Summary</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["summary"]) + '</ul></section>',
           '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{i + 1}"><h3>{esc(e["h"])}</h3><p class="post-time"><time datetime="{iso(d)}">{st}</time></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="post-share">Share this post</div></div>')
        if i in (1, 4):
            out.append('<div class="ad-slot"><span>Advertisement</span><button>Hide Ad</button></div>')
    out += ['</div>',
            '<aside class="newsletter"><h4>Sign up to the Falkirk Herald daily newsletter</h4><input type="email" placeholder="Enter your email"><button>Sign up</button>'
            '<p class="error">Sorry, there seem to be some issues. Please try again later.</p><p class="busy">Submitting...</p><p class="ok">Thank you for signing up!</p></aside>',
            '<section class="related"><h4>Read more</h4><ul><li><a href="/news/1">Grangemouth refinery workers hold rally over job losses</a></li>'
            '<li><a href="/news/2">Kelpies light show dates confirmed for spring</a></li></ul></section>',
            '<section id="comments"><h4>Comments</h4><p>Join the conversation by signing in.</p></section></article></main>',
            '<footer><p>&copy; 2025 National World Publishing Ltd. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookie Settings</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ayrshire(S):
    """Ayrshire Post (Reach) live blog, text scrape. Newest first; bare 'HH:MM' line above each headline; per-post author line;
    header '06:30, 7 May 2025Updated00:45, 8 May 2025' (glued as copied). Crosses local midnight at the top."""
    z = S["zone"]; p0 = dt(S["pub"], z); u0 = dt(S["upd"], z)
    rd = lambda d: f"{d:%H:%M}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    L = ["Skip to main content", "Ayrshire Post", "News", "Ayrshire", "Sport", "What's On", "In Your Area", "Family Notices", "Sign in", "",
         "News", "World News", "", S["title"], "", S["standfirst"], "", "Kirsty Maclennan", "Live News Reporter", "Duncan Rennie", "Trending News Reporter", "",
         f"{rd(p0)}Updated{rd(u0)}", "Bookmark", "Share", "", "Get the top Ayrshire stories sent to your inbox every morning", "Sign up", "", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], e["a"], ""]
        for j, p in enumerate(e["p"]):
            L += [p, ""]
            if e.get("readmore") and j == 0:
                L += ["READ MORE: " + e["readmore"], ""]
        if e.get("video"):
            L += ["Video Loading", "Video Unavailable", "Click to play", "Tap to play", ""]
        L += ["Share", ""]
    L += ["Load more updates", "", "Comments", "", "Follow Ayrshire Post", "Facebook", "X", "", "Terms & Conditions", "Privacy Notice", "Cookie Notice", "",
          "\u00a9 2025 a Reach plc subsidiary"]
    return "\n".join(L) + "\n", stamps


def r_paisley(S):
    """Paisley Daily Express (Reach) article with h2 sections, HTML; one byline; date '14:20, 9 Nov 2025'; READ MORE links between
    sections; NewsArticle JSON-LD. One entry per section, no per-section time."""
    z = S["zone"]; d0 = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["standfirst"],
          "datePublished": iso(d0), "dateModified": iso(d0), "author": {"@type": "Person", "name": S["byline"], "jobTitle": "News Reporter"},
          "publisher": {"@type": "Organization", "name": "Paisley Daily Express"}, "articleSection": "World News"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Paisley Daily Express</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Paisley Daily Express</a><nav><a href="/news">News</a> <a href="/all-about/paisley">Paisley</a> '
           '<a href="/all-about/renfrew">Renfrew</a> <a href="/all-about/johnstone">Johnstone</a> <a href="/sport">Sport</a> <a href="/whats-on">What\'s On</a> '
           '<a href="/in-your-area">In Your Area</a></nav></header>',
           '<main><article><ul class="breadcrumbs"><li>News</li><li>World News</li></ul>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="sub-title">{esc(S["standfirst"])}</p>',
           f'<div class="author"><a href="/authors/ross-gilmour">{esc(S["byline"])}</a> <span class="role">News Reporter</span></div>',
           f'<div class="time-info"><span class="date-published">{d0:%H:%M}, {d0.day} {d0:%b %Y}</span></div>',
           '<div class="share-bar"><button>Bookmark</button> <button>Share</button> <a href="#comments-wrapper">Comments</a></div>',
           '<div class="article-body">', f'<p>{esc(S["intro"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e.get("readmore"):
            out.append(f'<p class="read-more"><strong>READ MORE:</strong> <a href="/news/{i + 35500}">{esc(e["readmore"])}</a></p>')
        if i == 1:
            out.append('<div class="newsletter-box"><p>Never miss a story from Renfrewshire. Get our free newsletter every morning.</p><input type="email"><button>Subscribe</button>'
                       '<p class="small">We only use your details to send the newsletter you asked for. See our Privacy Notice.</p></div>')
        stamps.append(None)
    out += ['</div>', '<div class="tags"><span>More On</span> <a href="/all-about/ukraine">Ukraine</a> <a href="/all-about/russia">Russia</a> '
            '<a href="/all-about/volodymyr-zelensky">Volodymyr Zelensky</a></div>',
            '<div id="comments-wrapper"><h3>Comments</h3><p>Sign in or register to join the discussion.</p></div></article></main>',
            '<footer><p>\u00a9 2025 a Reach plc subsidiary</p><a href="/privacy-notice">Privacy Notice</a> <a href="/terms">Terms and Conditions</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_greenock(S):
    """Greenock Telegraph (Newsquest) PA-style timeline, text scrape. Oldest first. Entries have NO headline: '9.05am – text' lines.
    Date printed as '22nd February' (no year: parse_args). Zone not printed (UK time implied)."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to content", "Greenock Telegraph", "Subscribe", "Sign in", "", "News", "Inverclyde", "Sport", "Morton", "What's On", "Announcements", "Jobs", "",
         "UK & World", "", S["title"], "", S["standfirst"], "", "By PA Reporters", "Share", "", f"{ordinal(d0.day)} {MONTHS[d0.month - 1]}", "",
         "Here is how the day unfolded:", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [f"{st} \u2013 {e['p'][0]}", ""] + ptxt(e["p"][1:])
    L += ["Comments: Our rules", "", "We want the comments under our stories to be lively and useful. Please keep them civil and on topic.", "",
          "Most Read", "Inverclyde Council confirms new waste collection days", "Gourock lido plans move a step closer", "",
          "\u00a9 Newsquest Media Group Ltd. Part of an audited local newspaper network."]
    return "\n".join(L) + "\n", stamps


def r_dgstandard(S):
    """Dumfries and Galloway Standard (Reach) topic RSS 2.0: pubDate with +0100 (BST), one-paragraph description, media:thumbnail, no author."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.dgstandard.co.uk/all-about/ukraine</link>',
           '<atom:link href="https://www.dgstandard.co.uk/all-about/ukraine?service=rss" rel="self" type="application/rss+xml" />',
           '<description>The latest Ukraine news from the Dumfries and Galloway Standard</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.dgstandard.co.uk/news/world-news/article{i + 35090120}</link>",
                f'<guid isPermaLink="true">https://www.dgstandard.co.uk/news/world-news/article{i + 35090120}</guid>',
                "<description><![CDATA[" + " ".join(e["p"]) + "]]></description>", f"<pubDate>{st}</pubDate>", "<category>World News</category>",
                f'<media:thumbnail url="https://i2-prod.dgstandard.co.uk/article{i + 35090120}.jpg" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_oban(S):
    """The Oban Times, WordPress RSS 2.0: pubDate +0000, dc:creator CDATA, excerpt description with [...] and content:encoded."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<atom:link href="https://www.obantimes.co.uk/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.obantimes.co.uk</link>', '<description>News from Oban, Lorn, Mull and the Isles</description>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en-GB</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>',
           '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.8.3</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d.astimezone(UTC), "+0000"); stamps.append(st)
        excerpt = e["p"][0][:120].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.obantimes.co.uk/2025/11/28/{e['st']}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{'Sport' if 'shinty' in e['st'] else 'News'}]]></category>",
                f'<guid isPermaLink="false">https://www.obantimes.co.uk/?p={i + 401870}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f"<wfw:commentRss>https://www.obantimes.co.uk/2025/11/28/{e['st']}/feed/</wfw:commentRss>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_northern(S):
    """Northern Times news listing, text scrape. Newest first. Card = headline, standfirst, 'By NAME', then the stamp
    'Published: 17:30, 27 February 2025' AFTER the text (one card adds ' | Updated: ...')."""
    z = S["zone"]
    L = ["Northern Times", "Home", "News", "Sport", "What's On", "Opinion", "Community", "Jobs", "Property", "Public Notices", "Subscribe", "Search", "",
         "This site uses cookies. By continuing to browse you agree to our use of cookies. Learn more  OK", "", S["title"], "", "Sutherland and the Highlands, as it happens", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Published: {d:%H:%M}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        line = st + (f" | Updated: {e['upd']}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}" if e.get("upd") else "")
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", line, "", "Comments", ""]
        if i == 2:
            L += ["Get the latest headlines sent to your inbox", "Sign up", ""]
    L += ["1  2  3  Next", "", "Northern Times, Golspie, Sutherland", "About us  Contact  Advertise  Privacy  Terms", "\u00a9 2025 Highland News and Media"]
    return "\n".join(L) + "\n", stamps


def r_border(S):
    """Border Telegraph (Newsquest) 'Ukraine' tag page, HTML. Newest first. Cards: headline link, standfirst, byline with agency
    credit, and RELATIVE visible times ('3 hours ago') inside <time datetime="...+00:00">. No year in the visible text."""
    z = S["zone"]; now = dt(S["now"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Border Telegraph</title>',
           '<meta name="robots" content="index, follow"></head><body class="tag-page">',
           '<div class="cookie-bar">We use cookies to personalise content and ads. <button>Agree</button> <button>More options</button></div>',
           '<header><a class="logo" href="/">Border Telegraph</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/rugby/">Rugby</a> '
           '<a href="/leisure/">What\'s On</a> <a href="/announcements/">Announcements</a> <a href="/jobs/">Jobs</a></nav><a href="/subscribe/">Subscribe</a></header>',
           f'<main><h1 class="tag-title">{esc(S["title"])}</h1>', '<div class="card-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((now - d).total_seconds() // 60); hrs = mins // 60
        assert hrs >= 1, e["t"]
        st = "1 hour ago" if hrs == 1 else f"{hrs} hours ago"; stamps.append(st)
        out.append(f'<article class="mar-card"><h3><a href="/news/national/{25480300 + i}/">{esc(e["h"])}</a></h3>'
                   + "".join(f'<p class="standfirst">{esc(p)}</p>' for p in e["p"])
                   + f'<div class="card-meta"><span class="byline">By {esc(e["a"])}</span> <time datetime="{iso(d)}">{st}</time></div></article>')
        if i == 2:
            out.append('<div class="mpu"><span>Advertisement</span></div>')
    out += ['</div><a class="more" href="?page=2">Load more</a></main>',
            '<aside><h4>Most Read</h4><ol><li><a href="/news/1/">Galashiels road closure extended</a></li><li><a href="/news/2/">Peebles high street shop to close</a></li></ol></aside>',
            '<footer><p>This website and associated newspapers adhere to the Independent Press Standards Organisation\'s Editors\' Code of Practice.</p>'
            '<p>\u00a9 Newsquest Media Group Ltd</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_stirling(S):
    """Stirling Observer (Reach) live blog, HTML. Newest first. 'Key Events' box lists exact headlines; bare 'HH:MM' <time> above each post;
    per-post author; one post with no headline; one WATCH video teaser with no text; LiveBlogPosting JSON-LD."""
    z = S["zone"]; p0 = dt(S["pub"], z); u0 = dt(S["upd"], z)
    rd = lambda d: f"{d:%H:%M}, {d.day} {d:%b %Y}"
    ups = [{"@type": "BlogPosting", **({"headline": e["h"]} if e["h"] else {}), "datePublished": iso(dt(e["t"], z)),
            "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": iso(p0), "dateModified": iso(u0),
          "coverageStartTime": iso(p0), "publisher": {"@type": "Organization", "name": "Stirling Observer"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Stirling Observer</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Stirling Observer</a><nav><a href="/news">News</a> <a href="/all-about/stirling">Stirling</a> '
           '<a href="/all-about/bridge-of-allan">Bridge of Allan</a> <a href="/sport">Sport</a> <a href="/whats-on">What\'s On</a> <a href="/in-your-area">In Your Area</a></nav></header>',
           '<main><article class="live-blog"><ul class="breadcrumbs"><li>News</li><li>World News</li></ul>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="sub-title">{esc(S["standfirst"])}</p>',
           '<div class="authors"><a>Fraser Munro</a> <span>Live News Editor</span> <a>Lucy Haldane</a> <span>News Reporter</span></div>',
           f'<div class="time-info"><span>{rd(p0)}</span> <span>Updated {rd(u0)}</span></div>',
           '<div class="share-bar"><button>Bookmark</button> <button>Share</button></div>',
           '<section class="key-events"><h2>Key Events</h2><ul>' + "".join(f'<li><a href="#post-{i + 1}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]) + '</ul></section>',
           '<div class="live-events">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-event" id="post-{i + 1}"><div class="event-time"><time datetime="{iso(d)}">{st}</time></div>')
        if e["h"]:
            out.append(f"<h2>{esc(e['h'])}</h2>")
        out.append(f'<div class="event-author">{esc(e["a"])}</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e.get("video"):
            out.append('<div class="video-player"><span>Video Loading</span><span>Video Unavailable</span><span>Click to play</span><span>Tap to play</span>'
                       '<span>The video will start in 8</span><button>Cancel</button><button>Play now</button></div>')
        out.append('<button class="share">Share</button></div>')
    out += ['</div><button class="load-more">Load more</button>',
            '<div class="newsletter-box"><p>Stirling news in your inbox every morning</p><input type="email"><button>Sign up</button></div></article></main>',
            '<footer><p>\u00a9 2025 a Reach plc subsidiary</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_fife(S):
    """Fife Free Press (National World) round-up article, text scrape: bold subheads, one byline, 'Published 9th Feb 2025, 17:00 GMT'.
    One entry per subhead; no per-section time."""
    z = S["zone"]; d0 = dt(S["pub"], z)
    L = ["Fife Free Press", "News", "Sport", "Raith Rovers", "What's On", "Lifestyle", "Heritage", "Announcements", "Subscribe", "Sign in", "",
         "News", "World", "", S["title"], "", S["standfirst"], "", f"By {S['byline']}", "Comment", "Share",
         f"Published {ordinal(d0.day)} {d0:%b %Y}, {d0:%H:%M} {d0.tzname()}", "", S["intro"], "", "Advertisement", "Hide Ad", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Sign up to our Fife Free Press newsletter", "Sign up", "Thank you for signing up!",
                  "Sorry, there seem to be some issues. Please try again later.", "Submitting...", ""]
        if i == 3:
            L += ["Advertisement", "Hide Ad", ""]
        stamps.append(None)
    L += ["Read More", "Kirkcaldy High Street shop units to be turned into flats", "", "Comments", "Want to join the conversation? Please or to comment on this article.", "",
          "\u00a9 2025 National World Publishing Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_kelmscar(S):
    """Kelmscar Daily: text live blog, newest first. Each post opens with a dual stamp line '10:15 Kyiv | 08:15 London', then the headline,
    the paragraphs and a 'Filed by NAME' line. Date line on top."""
    z = S["zone"]; ld = ZoneInfo("Europe/London"); d0 = dt(S["entries"][-1]["t"], z)
    L = ["KELMSCAR DAILY", "World | Politics | Business | Opinion | Live", "", S["title"], f"{DAYS[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}",
         "Live coverage. Times are given for Kyiv and London.", "", "Latest first", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{d:%H:%M} Kyiv | {d.astimezone(ld):%H:%M} London"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Filed by {e['a']}", ""]
        L += ["---", ""]
    L += ["Earlier coverage", "", "Kelmscar Daily \u00b7 Contact the newsdesk \u00b7 Corrections"]
    return "\n".join(L) + "\n", stamps


def r_ashbrae(S):
    """Ashbrae Courier: HTML live page, OLDEST first, <time datetime> with visible 'HH:MM CEST', per-post author line under the headline,
    LiveBlogPosting JSON-LD with per-update times."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(dt(e["t"], z)), "articleBody": "\n\n".join(e["p"]),
            "author": {"@type": "Person", "name": e["a"]}} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "coverageStartTime": iso(d0),
          "publisher": {"@type": "Organization", "name": "Ashbrae Courier"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Ashbrae Courier</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><span class="brand">Ashbrae Courier</span><nav>Europe \u00b7 World \u00b7 Economy \u00b7 Culture \u00b7 Newsletter</nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="kicker">Live \u00b7 {DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year} \u00b7 all times CEST</p>',
           '<p class="order">Updates in the order they were published</p>', '<ol class="timeline">']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<li class="update"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2><p class="by">{esc(e["a"])}</p>'
                   + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '<a class="permalink" href="#">Link to this update</a></li>')
    out += ['</ol></main>', '<footer>Ashbrae Courier \u00b7 Imprint \u00b7 Data protection \u00b7 Subscribe</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rssworld(S):
    """General world-news RSS 2.0 feed; pubDate in the outlet's own form (S['rfc']: 'GMT' word or numeric offset); CDATA <p> paragraphs;
    optional dc:creator."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, "GMT" if S["rfc"] == "GMT" else None); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['link']}/story/{S['id']}{i:02d}</link>",
                f'<guid isPermaLink="false">{S["id"]}-{i:02d}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += ["<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed; <published> with the outlet's offset (or Z); escaped HTML content; <author><name> per entry; <updated> later than published."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["link"]}" />', f"<id>{S['link']}/feed</id>", f"<updated>{S['updated']}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S["zulu"] else iso(d); stamps.append(st)
        upd = d + timedelta(minutes=7)
        upd_s = upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S["zulu"] else iso(upd)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["link"]}/{S["id"]}-{i + 1}" />', f"<id>tag:{S['tag']},2025:{S['id']}-{i + 1}</id>",
                f"<published>{st}</published>", f"<updated>{upd_s}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out += [f'<content type="html">{html.escape(body, quote=False)}</content>', "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """Text article: title, byline, a dateline with time and zone, section headings; one entry per section; stamp null."""
    L = [S["masthead"], S["menu"], "", S["title"], "", S["standfirst"], "", f"By {S['byline']}", S["dateline"], ""]
    stamps = []
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
        stamps.append(None)
    L += S["tail"]
    return "\n".join(L) + "\n", stamps


def r_tarbrax(S):
    """Tarbrax Times: text live blog, OLDEST first; 'All times CET' in the header; headline, then 'By NAME \u00b7 HH:MM' AFTER it, then body."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["The Tarbrax Times", "Home  World  Europe  Business  Comment", "", S["title"], f"Monday live \u2013 {d0.day} {MONTHS[d0.month - 1]} {d0.year}",
         "All times CET. Oldest updates at the top.", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"By {e['a']} \u00b7 {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["* * *", ""]
    L += ["This page is no longer being updated.", "", "\u00a9 The Tarbrax Times"]
    return "\n".join(L) + "\n", stamps


def r_cairnvale(S):
    """Cairnvale Monitor: HTML live page, newest first; JSON-LD @graph whose node has @type ["NewsArticle","LiveBlogPosting"] and per-update
    liveBlogUpdate; visible bare 'HH:MM' in <time datetime="...+01:00">; one page byline; headline in <h3>."""
    z = S["zone"]; d0 = dt(S["entries"][-1]["t"], z); d1 = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Cairnvale Monitor", "url": "https://cairnvale-monitor.example"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d1),
         "author": {"@type": "Person", "name": S["byline"]},
         "liveBlogUpdate": [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(dt(e["t"], z)), "articleBody": " ".join(e["p"])} for e in S["entries"]]}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Cairnvale Monitor</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="topbar">Cairnvale Monitor \u2013 Central Europe in English</div><nav>Poland \u00b7 Ukraine \u00b7 Baltics \u00b7 Business \u00b7 Opinion</nav>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])} \u00b7 {d0.day} {MONTHS[d0.month - 1]} {d0.year}</p>',
           '<p class="note">Newest updates first. Times are Warsaw time.</p>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="entry"><time datetime="{iso(d)}">{st}</time><h3>{esc(e["h"])}</h3>' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</section>")
    out += ['<p class="end">Follow our coverage tomorrow.</p></main>', '<footer>Cairnvale Monitor \u00b7 About \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS = []

# ============================================================ PART A: ten real outlets' layouts (one UTC day each)

SEEDS.append(dict(id="8500", name="8500_falkirk-herald-live", ext="html", source="Falkirk Herald", zone="Europe/London", render=r_falkirk,
  title="Ukraine war live: Kyiv reports gains in Kursk push as Trump signals call with Putin",
  standfirst="Follow the day's developments in the war in Ukraine as they happen.", byline="Eilidh Carruthers",
  pub="2025-02-07 08:10", upd="2025-02-07 17:52",
  summary=["Kyiv says its troops pressed forward inside Russia's Kursk region", "The US president expects a conversation with the Kremlin leader soon",
           "Overnight drones left homes in central Ukraine without power"],
  notes="Imitates a National World (Falkirk Herald) live blog page. OLDEST FIRST. Each post: h3 headline, then the time 'HH:MM GMT' AFTER the headline, then paragraphs. "
        "One page byline 'By Eilidh Carruthers' (used as every post's author). The 'Summary' box paraphrases three posts but does not repeat their headlines: it is not a Key Points block, so key_point is false everywhere. "
        "LiveBlogPosting JSON-LD carries the same headlines and per-update times. February: GMT = UTC.",
  not_entries=["consent banner 'We value your privacy ...'", "masthead, menu, Subscribe / Sign in", "'LIVE' badge, page title and standfirst", "byline and the Published/Updated lines",
               "'Comments' / 'Share' actions", "digital subscription promo with 'Learn More'", "'Summary' box with three paraphrased bullets (not headlines)",
               "'Share this post' under every post", "two 'Advertisement' / 'Hide Ad' slots", "newsletter box with its error/submitting/thank-you messages",
               "'Read more' box with two local links", "comments section and footer"],
  entries=[
  E("2025-02-07 08:24", "Drones knock out power in parts of Poltava region",
    ["Russian drones damaged energy facilities in Ukraine's Poltava region overnight, cutting electricity to several thousand households, the regional governor said.",
     "Engineers had reconnected most homes by the morning and nobody was reported injured.",
     "Ukraine's air force said 56 of the 112 drones launched had been shot down, while dozens more had been diverted by electronic jamming."],
    "strikes", "strikes", 2, "poltava-energy-drone-strike-2025-02-07", a="Eilidh Carruthers"),
  E("2025-02-07 09:41", "Ukraine claims progress in fresh Kursk offensive",
    ["Ukrainian commanders say their units have pushed several kilometres south-east of Sudzha, the Russian town Kyiv's forces have held since last August.",
     "Moscow's defence ministry said the attack had been beaten back with heavy Ukrainian losses. Neither account could be independently verified."],
    "other", "frontline", 2, "ukraine-kursk-offensive-sudzha-2025-02", a="Eilidh Carruthers"),
  E("2025-02-07 11:02", "Trump says he expects to speak to Putin",
    ["Donald Trump has told reporters he expects to talk to Vladimir Putin soon and wants the fighting in Ukraine to end quickly.",
     "He said he would probably see Volodymyr Zelensky next week but did not say where a meeting would take place."],
    "diplomacy", "diplomacy", 3, "trump-expects-putin-call-2025-02-07", a="Eilidh Carruthers"),
  E("2025-02-07 12:37", "Falkirk engineering firm to refurbish armoured vehicles bound for Ukraine",
    ["An engineering company based in Falkirk has won a contract to overhaul armoured vehicles that are being sent to Ukraine, bringing around 40 temporary jobs to the area.",
     "The firm said work would start in March and last at least a year."],
    "aid", "aid", 2, "falkirk-firm-armoured-vehicle-contract", a="Eilidh Carruthers"),
  E("2025-02-07 14:06", "Two killed by Russian shelling in Kherson",
    ["Russian artillery fire on Kherson killed two men and wounded a woman on Friday morning, the head of the regional military administration said.",
     "People living in districts close to the river have been told to leave as shelling from the opposite bank of the Dnipro has grown heavier."],
    "strikes", "strikes", 3, "kherson-shelling-2025-02-07", a="Eilidh Carruthers"),
  E("2025-02-07 15:33", "North Korean troops pulled back from Kursk front, Seoul says",
    ["South Korea's intelligence service says North Korean soldiers have not been seen in the fighting in the Kursk region for several weeks, possibly because of heavy losses.",
     "Lawmakers who were briefed said the units could be retraining before being sent back."],
    "other", "frontline", 2, "north-korean-troops-kursk-pullback", a="Eilidh Carruthers"),
  E("2025-02-07 17:52", "Zelensky urges partners to fund Ukrainian-built drones",
    ["In his evening video address, Volodymyr Zelensky asked allies to invest more in drones made in Ukraine, saying factories could double production if the money arrived.",
     "He said Ukrainian long-range drones had reached targets more than 1,000km inside Russia in recent weeks."],
    "aid", "aid", 2, "zelensky-drone-funding-appeal-2025-02-07", a="Eilidh Carruthers"),
  ]))

SEEDS.append(dict(id="8501", name="8501_ayrshire-post-live", ext="txt", source="Ayrshire Post", zone="Europe/London", render=r_ayrshire,
  title="Ukraine war live: Kremlin truce begins as Xi lands in Moscow for Victory Day",
  standfirst="Live updates as Russia's self-declared pause in fighting takes effect ahead of Friday's parade on Red Square",
  pub="2025-05-07 06:30", upd="2025-05-08 00:45",
  notes="Imitates a Reach (Ayrshire Post) live blog, copied as plain text. NEWEST FIRST. Each post: a bare 'HH:MM' line, the headline, the author's name on its own line, paragraphs, 'Share'. "
        "No zone is printed anywhere: UK time (BST, UTC+1) is implied by the outlet. The header line is glued as copied: '06:30, 7 May 2025Updated00:45, 8 May 2025'. "
        "Midnight crossing: the two top posts (00:45 and 00:10) are on 8 May local time (the header's 'Updated ... 8 May'), which is still 7 May in UTC (23:45Z, 23:10Z); everything else is 7 May. "
        "A 'READ MORE:' link and video-player labels sit inside posts and are not entries.",
  not_entries=["'Skip to main content', masthead and menu", "breadcrumb 'News' / 'World News'", "page title and standfirst", "two author names with job titles in the header",
               "the glued Published/Updated line", "'Bookmark' / 'Share'", "newsletter prompt and 'Sign up'", "'Live updates' label", "'Share' after every post",
               "'READ MORE: ...' link inside a post", "video-player labels 'Video Loading', 'Video Unavailable', 'Click to play', 'Tap to play'",
               "'Load more updates', 'Comments', follow links and footer"],
  entries=[
  E("2025-05-08 00:45", "Ukraine says Russian assaults continued after truce began",
    ["Ukraine's general staff says Russian troops kept attacking along several parts of the front after the Kremlin's truce officially started at midnight Moscow time.",
     "Kyiv never agreed to the three-day pause and has said it will answer any attack."],
    "other", "frontline", 2, "truce-breach-claims-2025-05", a="Duncan Rennie",
    n="Ground assaults reported after the truce began: a separate event from the truce itself (frontline)."),
  E("2025-05-08 00:10", "Zelensky dismisses Moscow's pause as cover for the parade",
    ["Volodymyr Zelensky said the short truce was designed to let Moscow hold its Victory Day parade in peace rather than to end the killing.",
     "He repeated Kyiv's offer of a full 30-day ceasefire."],
    "diplomacy", "diplomacy", 2, "russia-victory-day-truce-2025", a="Duncan Rennie",
    n="Reaction whose content is the truce itself: same story as 8501-03."),
  E("2025-05-07 22:05", "Kremlin's three-day truce comes into force",
    ["A ceasefire declared by Vladimir Putin for the Victory Day commemorations has formally begun and is due to last until the end of Saturday.",
     "The Kremlin says Russian forces will respond if Ukraine attacks during the pause."],
    "diplomacy", "diplomacy", 3, "russia-victory-day-truce-2025", a="Duncan Rennie"),
  E("2025-05-07 20:30", "Xi Jinping arrives in Moscow for four-day visit",
    ["China's leader Xi Jinping has landed in Moscow, where he will hold talks with Vladimir Putin and watch Friday's military parade.",
     "The Kremlin said the two leaders would discuss Ukraine as well as trade."],
    "diplomacy", "diplomacy", 3, "xi-jinping-moscow-visit-2025-05", a="Duncan Rennie", video=True),
  E("2025-05-07 16:50", "Flights disrupted at Moscow airports after drone raids",
    ["Several Moscow airports suspended departures for hours after Ukrainian drones approached the capital, leaving hundreds of passengers stranded.",
     "The city's mayor said air defences had shot down the drones before they reached Moscow."],
    "strikes", "strikes", 2, "moscow-airports-drone-disruption-2025-05-07", a="Kirsty Maclennan"),
  E("2025-05-07 12:15", "EU sets out plan to stop buying Russian gas by 2027",
    ["The European Commission has laid out how the bloc intends to end its remaining imports of Russian gas by the end of 2027.",
     "Countries that still buy Russian supplies would have to present plans to phase them out, officials said."],
    "diplomacy", "diplomacy", 2, "eu-russian-gas-phase-out-plan", a="Kirsty Maclennan"),
  E("2025-05-07 09:20", "Mother and son killed as drones hit Kyiv apartment block",
    ["A woman and her adult son were killed when a Russian drone struck a residential building in Kyiv overnight, the city's military administration said.",
     "At least five other people were taken to hospital and a fire broke out on the upper floors."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2025-05-07", a="Kirsty Maclennan", readmore="Ayrshire MSP calls for more support for refugee families"),
  E("2025-05-07 06:40", "Ayrshire volunteers set off with generators for Kherson",
    ["A group of volunteers from Kilmarnock and Ayr left at dawn with two vans full of generators and medical kits bound for hospitals in Kherson.",
     "It is the group's seventh trip since the full-scale invasion began."],
    "aid", "aid", 2, "ayrshire-volunteers-kherson-convoy", a="Kirsty Maclennan"),
  ]))

SEEDS.append(dict(id="8502", name="8502_paisley-daily-express-article", ext="html", source="Paisley Daily Express", zone="Europe/London", render=r_paisley,
  title="Ukraine war: Blackouts across country after huge strike on power plants as Pokrovsk battle rages",
  standfirst="Here is what we know about the latest developments in the conflict",
  intro="Russia has launched one of its largest attacks on Ukraine's power system, while fighting continues in the eastern city of Pokrovsk.",
  byline="Ross Gilmour", pub="2025-11-09 14:20",
  notes="Imitates a Reach (Paisley Daily Express) news article with h2 sub-headings. One byline (author of every entry); date '14:20, 9 Nov 2025' with no zone (UK time implied: GMT = UTC in November). "
        "One entry per sub-heading (headline = sub-heading, stamp null, published = the article time). The intro paragraph under the byline is a lede, not an entry. 'READ MORE:' links and the newsletter box are chrome. NewsArticle JSON-LD agrees with the date.",
  not_entries=["masthead and menu", "breadcrumbs", "title and standfirst", "byline with role 'News Reporter' and the date line", "Bookmark / Share / Comments bar",
               "intro paragraph before the first sub-heading (lede)", "'READ MORE:' links after sections", "newsletter box", "'More On' tag links", "comments area and footer"],
  entries=[
  E("2025-11-09 14:20", "Power plants hit in overnight barrage",
    ["Russia fired more than 450 drones and about 45 missiles at Ukraine overnight into Saturday, aiming mainly at power stations and substations, the air force said.",
     "Emergency power cuts were brought in across at least six regions, and the national grid operator warned that scheduled outages would continue on Sunday.",
     "At least three people were killed in the Dnipro and Kharkiv regions, according to local officials."],
    "strikes", "strikes", 3, "russian-energy-barrage-2025-11-08", a="Ross Gilmour", readmore="Paisley charity shop appeal for winter coats"),
  E("2025-11-09 14:20", "Pokrovsk defenders under pressure",
    ["Ukrainian units in Pokrovsk are fighting small groups of Russian infiltrators moving through the ruined streets, military officials said.",
     "Moscow claims its troops have surrounded the city and neighbouring Myrnohrad, which Kyiv denies."],
    "other", "frontline", 2, "pokrovsk-infiltration-fighting-2025-11-09", a="Ross Gilmour"),
  E("2025-11-09 14:20", "Zelensky calls for more Patriot systems",
    ["Volodymyr Zelensky said the weekend attack showed Ukraine urgently needed more Patriot systems and interceptor missiles, and urged European partners to speed up deliveries.",
     "He said he had spoken to several European leaders on Sunday morning."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2025-11-09", a="Ross Gilmour"),
  E("2025-11-09 14:20", "Hungary says it won oil sanctions waiver",
    ["Hungary says it has been given a one-year exemption from American sanctions on Russia's two biggest oil companies after Viktor Orban's talks at the White House.",
     "Washington has not confirmed how long the waiver will last."],
    "diplomacy", "diplomacy", 2, "hungary-us-oil-sanctions-exemption", a="Ross Gilmour", readmore="Renfrew ferry winter timetable confirmed"),
  E("2025-11-09 14:20", "Renfrewshire appeal for Ukrainian families",
    ["Volunteers in Paisley are asking for warm clothes and bedding as Ukrainian families living in Renfrewshire get ready for another winter away from home.",
     "The council says around 300 Ukrainians are still living in the area under the Homes for Ukraine scheme."],
    "other", "humanitarian", 2, "renfrewshire-ukrainian-families-winter-appeal", a="Ross Gilmour"),
  ]))

SEEDS.append(dict(id="8503", name="8503_greenock-telegraph-timeline", ext="txt", source="Greenock Telegraph", zone="Europe/London", render=r_greenock,
  title="How Saturday unfolded as Ukraine minerals deal talks go down to the wire",
  standfirst="Kyiv and Washington traded drafts of a resources agreement while Russia kept up its drone campaign.",
  parse_args=["--date", "2025-02-22"],
  notes="Imitates a Newsquest (Greenock Telegraph) page carrying a PA-style timeline, copied as plain text. OLDEST FIRST. Entries have NO headline: each is a line "
        "'9.05am \u2013 text', sometimes followed by a second paragraph. The page prints the date only as '22nd February' (no year: parse_args --date 2025-02-22) and no zone "
        "(UK time implied; GMT = UTC in February). The page byline 'By PA Reporters' is every entry's author (agency credit). first_sentence is the text after the stamp and dash.",
  not_entries=["'Skip to content', masthead, Subscribe / Sign in, menu", "section label 'UK & World'", "title and standfirst", "byline 'By PA Reporters' and 'Share'",
               "date line '22nd February'", "lead-in 'Here is how the day unfolded:'", "comment rules", "'Most Read' list and footer"],
  entries=[
  E("2025-02-22 09:05", None,
    ["Ukraine's air force says Russia launched 167 drones and two ballistic missiles overnight, and that most of the drones were shot down or jammed.",
     "Damage was reported in five regions, including Kyiv and Odesa."],
    "strikes", "strikes", 2, "overnight-drone-attack-2025-02-22", a="PA Reporters"),
  E("2025-02-22 10:40", None,
    ["Ukrainian and American officials are working on a revised version of the minerals agreement, a source in Kyiv has told the PA news agency.",
     "The first draft, which Kyiv turned down, asked for a share of future income from Ukraine's natural resources without offering security guarantees in return."],
    "diplomacy", "diplomacy", 3, "us-ukraine-minerals-deal-talks-2025-02", a="PA Reporters", sec=["aid"]),
  E("2025-02-22 12:15", None,
    ["The Kremlin says preparing a meeting between Vladimir Putin and Donald Trump will take time and that no date has been set."],
    "diplomacy", "diplomacy", 2, "putin-trump-summit-preparations-2025-02", a="PA Reporters"),
  E("2025-02-22 14:30", None,
    ["A drone hit a residential street in Kharkiv, injuring four people including a 12-year-old boy, the city's mayor says."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-02-22", a="PA Reporters"),
  E("2025-02-22 16:50", None,
    ["Downing Street confirms that Sir Keir Starmer will travel to Washington next week, where Ukraine is expected to dominate his talks with the president.",
     "European leaders are due to hold a video call before the trip."],
    "diplomacy", "diplomacy", 2, "starmer-washington-visit-plan-2025-02", a="PA Reporters"),
  E("2025-02-22 19:20", None,
    ["Russia's defence ministry claims its forces have captured a village south-west of Pokrovsk; Kyiv has not commented."],
    "other", "frontline", 2, "russia-claims-village-pokrovsk-2025-02-22", a="PA Reporters"),
  ]))

SEEDS.append(dict(id="8504", name="8504_dg-standard-feed", ext="xml", source="Dumfries and Galloway Standard", zone="Europe/London", render=r_dgstandard,
  title="Dumfries and Galloway Standard - Ukraine", build="Sat, 03 May 2025 21:30:02 +0100",
  notes="Imitates a Reach topic RSS feed (the Standard's 'Ukraine' topic). Newest first. pubDate carries the BST offset (+0100). Each description is one paragraph (the article's summary). "
        "No author elements: author null. One local item (a Mariupol family in Dumfries).",
  not_entries=["channel title, link, self link, description, language and lastBuildDate", "media:thumbnail and category elements"],
  entries=[
  E("2025-05-03 21:18", "Zelensky dismisses Kremlin's three-day truce as a bid to shield parade",
    ["Volodymyr Zelensky has brushed aside Vladimir Putin's offer of a three-day pause in fighting around May 9, saying Ukraine wants a ceasefire of at least 30 days. He told reporters in Kyiv that a short truce would mainly protect the Victory Day celebrations in Moscow."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-three-day-truce-2025-05-03"),
  E("2025-05-03 17:05", "Russia says it has taken village in Sumy region",
    ["Russia's defence ministry has claimed the capture of a village in Ukraine's northern Sumy region, close to the border with Russia's Kursk region. Ukrainian officials said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-village-sumy-2025-05-03"),
  E("2025-05-03 14:32", "Family who fled Mariupol say Dumfries now feels like home",
    ["A couple who escaped the siege of Mariupol with their two daughters say Dumfries has become home three years after they arrived under the Homes for Ukraine scheme. Both now work in the town and the girls attend a local primary school."],
    "other", "humanitarian", 2, "mariupol-family-dumfries"),
  E("2025-05-03 11:47", "Fire breaks out at Odesa port after drone attack",
    ["A fire broke out at a port facility in Odesa after a Russian drone attack overnight, regional officials said. Firefighters brought it under control by mid-morning and no one was hurt."],
    "strikes", "strikes", 2, "odesa-port-drone-fire-2025-05-03"),
  E("2025-05-03 08:12", "Dozens injured as drones hit Kharkiv overnight",
    ["At least 46 people were hurt when Russian drones struck several districts of Kharkiv overnight, the city's mayor said. Apartment buildings, a car repair business and dozens of vehicles were damaged."],
    "strikes", "strikes", 3, "kharkiv-drone-attack-2025-05-03"),
  E("2025-05-03 06:55", "Norway to pay for shell production inside Ukraine",
    ["Norway will fund the manufacture of artillery shells in Ukrainian factories under a new agreement, the Norwegian defence ministry has said. The first rounds are expected to reach the front line within months."],
    "aid", "aid", 2, "norway-funds-ukrainian-shell-production"),
  ]))

SEEDS.append(dict(id="8505", name="8505_oban-times-feed", ext="xml", source="The Oban Times", zone="Europe/London", render=r_oban,
  title="The Oban Times", build="Fri, 28 Nov 2025 18:25:40 +0000",
  notes="Imitates The Oban Times WordPress RSS feed (main feed, so mostly local news). Newest first. pubDate +0000 (November: GMT = UTC). dc:creator gives each author; "
        "description is a cut excerpt ending '[\u2026]'; content:encoded holds the full paragraphs (body_paragraphs counts those). Three of six items have nothing to do with the war (off-beat).",
  not_entries=["channel title, links, description, lastBuildDate, language, sy:update elements and generator", "excerpt descriptions (cut copies of each item's first paragraph)",
               "wfw:commentRss links"],
  entries=[
  E("2025-11-28 18:20", "Lorn hosts asked to open their doors for another winter",
    ["Households across Lorn are being asked to consider hosting Ukrainian families for another year, as several current arrangements come to an end before Christmas.",
     "Argyll and Bute Council said 14 families would need new homes in the new year.",
     "Anyone interested can attend an information evening at the Corran Halls next Thursday."],
    "other", "humanitarian", 2, "lorn-ukrainian-hosts-appeal", a="Morag Lindsay"),
  OFF("2025-11-28 16:05", "Christmas lights switch-on draws record crowd",
      ["Thousands of people packed the town centre on Thursday evening to watch the Christmas lights being switched on.",
       "Organisers said it was the biggest turnout they could remember."],
      "oban-christmas-lights-2025", a="Euan Gillies", n="local Christmas event."),
  E("2025-11-28 13:40", "Argyll convoy delivers fire engine to front-line region",
    ["A decommissioned fire engine and two ambulances donated by communities across Argyll have reached the Zaporizhzhia region of Ukraine after a four-day drive across Europe.",
     "The drivers, all volunteers, flew home from Krakow on Wednesday.",
     "The group is already raising money for a further trip in the spring."],
    "aid", "aid", 2, "argyll-convoy-fire-engine-ukraine", a="Morag Lindsay"),
  OFF("2025-11-28 11:15", "Winter ferry timetable changes confirmed for Mull and Lismore",
      ["Changes to the winter ferry timetable for Mull and Lismore have been confirmed, with later sailings on Fridays.",
       "Community councils had asked for the change earlier this year."],
      "mull-lismore-ferry-timetable", a="Euan Gillies", n="local transport."),
  E("2025-11-28 09:30", "MSP calls for clarity on Ukrainian visa extensions",
    ["Ukrainians living in Argyll and Bute still do not know whether they will be allowed to stay beyond next year, the local MSP has warned.",
     "She has written to the Home Office asking for a decision before the end of the year."],
    "other", "humanitarian", 2, "argyll-ukrainian-visa-extension-call", a="Morag Lindsay"),
  OFF("2025-11-28 07:45", "Shinty: Lorn club names new head coach",
      ["A Lorn shinty club has appointed a former player as head coach ahead of next season.",
       "He takes over from a coach who stepped down in October after six years."],
      "lorn-shinty-coach-appointment", a="Sports Desk", n="local sport."),
  ]))

SEEDS.append(dict(id="8506", name="8506_northern-times-listing", ext="txt", source="Northern Times", zone="Europe/London", render=r_northern,
  title="News",
  notes="Imitates the Northern Times news listing page, copied as plain text. Newest first. Each card: headline, standfirst paragraph(s), 'By NAME', then the stamp "
        "'Published: 17:30, 27 February 2025' AFTER the text. One card adds ' | Updated: 15:45, ...': the update time is not the published time. No zone printed (UK time, GMT = UTC in February). "
        "Mostly local: two cards are off-beat. The first card is agency copy credited 'PA'.",
  not_entries=["masthead and menu", "cookie notice", "section title 'News' and strapline", "'Comments' after each card", "newsletter prompt", "pagination", "footer"],
  entries=[
  E("2025-02-27 17:30", "Prime Minister takes Ukraine message to White House",
    ["Sir Keir Starmer was due at the White House this afternoon, where he will urge Donald Trump to back any European force sent to help keep the peace in Ukraine.",
     "The Prime Minister is also expected to stress that Britain is raising defence spending faster than planned."],
    "diplomacy", "diplomacy", 3, "starmer-trump-white-house-talks-2025-02-27", a="PA"),
  OFF("2025-02-27 15:10", "Golspie pupils win regional science challenge",
      ["A team of third-year pupils from Golspie High School has won a regional science competition with a design for a low-cost weather station."],
      "golspie-science-challenge", a="Ali Morrison", n="school news."),
  E("2025-02-27 13:25", "Brora knitters send 400 hats to Ukrainian soldiers",
    ["A knitting group in Brora has sent 400 woollen hats and scarves to Ukrainian soldiers after a winter of weekly sessions in the village hall.",
     "The parcels are being taken to Ukraine by a Highland charity."],
    "aid", "aid", 2, "brora-knitters-ukraine-parcels", a="Ali Morrison"),
  E("2025-02-27 11:20", "Lairg medic back from Ukraine tells of exhausted hospitals",
    ["A paramedic from Lairg who spent two months volunteering near the front line in Ukraine says staff in the hospitals she worked in are exhausted.",
     "She plans to go back in the summer."],
    "other", "humanitarian", 2, "lairg-medic-ukraine-volunteer", a="Ali Morrison", n="The card prints ' | Updated: 15:45, 27 February 2025' after the published time."),
  OFF("2025-02-27 09:40", "Overnight closures planned on A9 at Helmsdale",
      ["The A9 at Helmsdale will close overnight for four nights next month while the road surface is replaced, with a signed diversion in place."],
      "a9-helmsdale-closures", a="Staff Reporter", n="roadworks."),
  E("2025-02-27 08:05", "Highland MP says Ukraine must have a seat at any peace talks",
    ["The MP for Caithness, Sutherland and Easter Ross has said no deal on Ukraine's future should be made without Ukrainians at the table.",
     "He was speaking after meeting Ukrainian families who live in the constituency."],
    "other", "politics", 2, "highland-mp-ukraine-peace-talks-comment", a="Staff Reporter",
    n="A backbench MP's comment: domestic politics rather than a diplomatic move."),
  ]))
SEEDS[-1]["entries"][3]["upd"] = "15:45"

SEEDS.append(dict(id="8507", name="8507_border-telegraph-tag", ext="html", source="Border Telegraph", zone="Europe/London", render=r_border,
  title="Ukraine", now="2025-11-05 19:00", parse_args=["--date", "2025-11-05"],
  notes="Imitates a Newsquest (Border Telegraph) tag page. Newest first. Each card: headline link, standfirst, 'By NAME' (agency credit 'PA News Agency' on wire copy), "
        "and a RELATIVE time ('3 hours ago') whose <time datetime> attribute holds the exact instant (+00:00); published comes from that attribute. The visible text prints no year "
        "(parse_args --date 2025-11-05). November: GMT = UTC.",
  not_entries=["cookie bar", "masthead, menu and Subscribe", "tag title 'Ukraine'", "'Advertisement' slot", "'Load more' link", "'Most Read' aside with two local links", "footer (IPSO line, copyright)"],
  entries=[
  E("2025-11-05 17:48", "UK to pay for thousands more interceptor drones for Ukraine",
    ["The Ministry of Defence says British money will pay for several thousand drones designed to destroy Russian attack drones before they reach Ukrainian cities."],
    "aid", "aid", 3, "uk-interceptor-drones-funding-2025-11-05", a="PA News Agency"),
  E("2025-11-05 15:20", "Ukrainian drones set refinery ablaze in southern Russia, officials say",
    ["A fire broke out at an oil refinery in southern Russia after an overnight Ukrainian drone attack, regional officials said."],
    "strikes", "strikes", 2, "ukraine-drone-strike-russian-refinery-2025-11-05", a="PA News Agency"),
  E("2025-11-05 13:05", "Tweedbank charity's fourth lorry of supplies reaches Lviv",
    ["A lorry loaded with medical supplies, sleeping bags and tinned food collected across the Borders has arrived in Lviv, the fourth sent by a Tweedbank charity this year."],
    "aid", "aid", 2, "tweedbank-charity-lorry-lviv", a="Lewis Hannay"),
  E("2025-11-05 11:30", "Army chief admits Pokrovsk situation is difficult",
    ["Ukraine's top commander says the situation around Pokrovsk is difficult, but denies that Russian forces have cut off the troops defending the city."],
    "other", "frontline", 2, "pokrovsk-army-chief-assessment-2025-11-05", a="PA News Agency"),
  E("2025-11-05 09:10", "Three killed as Russian missile hits Dnipro suburb",
    ["Three people died and eleven were wounded when a Russian missile hit a suburb of Dnipro early on Wednesday, the regional governor said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2025-11-05", a="PA News Agency"),
  E("2025-11-05 07:25", "Galashiels choir welcomes Ukrainian singers for winter concert",
    ["Ukrainian women who have made their homes in the Borders will sing alongside a Galashiels community choir at a concert raising money for children's hospitals in Ukraine."],
    "other", "humanitarian", 2, "galashiels-choir-ukrainian-concert", a="Lewis Hannay"),
  ]))

SEEDS.append(dict(id="8508", name="8508_stirling-observer-live", ext="html", source="Stirling Observer", zone="Europe/London", render=r_stirling,
  title="Ukraine war live: Zelensky targets businessman in energy bribery scandal",
  standfirst="Follow the latest updates from Ukraine and Russia throughout Thursday",
  pub="2025-11-13 07:00", upd="2025-11-13 18:40",
  notes="Imitates a Reach (Stirling Observer) live blog page. NEWEST FIRST. 'Key Events' box at the top lists two post headlines exactly (entries 01 and 05): treated as the page's Key Points block "
        "(key_point true, importance 3). Each post: bare 'HH:MM' <time>, optional h2 headline, author line, paragraphs. Entry 02 has no headline. Entry 03 is a 'WATCH:' video post with no text "
        "(teaser, importance 1). Header '07:00, 13 Nov 2025' / 'Updated 18:40, 13 Nov 2025' gives the day; no zone printed (GMT = UTC in November). LiveBlogPosting JSON-LD agrees.",
  not_entries=["masthead, menu, breadcrumbs", "title and standfirst", "two author names with roles and the time line", "Bookmark / Share", "'Key Events' heading and its two links",
               "video-player labels in the WATCH post", "'Share' under every post", "'Load more'", "newsletter box and footer"],
  entries=[
  E("2025-11-13 18:40", "Zelensky imposes sanctions on businessman at centre of energy graft probe",
    ["Volodymyr Zelensky has signed a decree imposing sanctions on a former business partner who investigators say ran a kickback scheme at the state nuclear company.",
     "The businessman left Ukraine shortly before anti-corruption officers searched his home, according to Ukrainian media."],
    "other", "politics", 3, "zelensky-sanctions-energoatom-suspect", a="Fraser Munro", kp=True),
  E("2025-11-13 17:15", None,
    ["Air raid alerts have been declared across eastern Ukraine, with the air force warning of ballistic missiles heading towards Dnipro."],
    "strikes", "strikes", 2, "ballistic-missile-alert-dnipro-2025-11-13", a="Fraser Munro", n="Post without a headline."),
  E("2025-11-13 15:50", "WATCH: Firefighters battle blaze at Odesa energy site", [],
    "strikes", "strikes", 1, "odesa-energy-drone-strike-2025-11-13", a="Lucy Haldane", n="Video post without text: teaser, importance 1.", ),
  E("2025-11-13 14:05", "Russian drones hit energy facility in Odesa region",
    ["Russian drones struck an energy facility in the Odesa region, starting a large fire and cutting power to parts of the coast, the regional governor said.",
     "Two workers were treated for smoke inhalation."],
    "strikes", "strikes", 2, "odesa-energy-drone-strike-2025-11-13", a="Lucy Haldane"),
  E("2025-11-13 12:30", "Germany to send more Patriot interceptors",
    ["Germany will deliver additional interceptor missiles for Ukraine's Patriot systems before the end of the year, the German defence ministry said.",
     "Berlin did not say how many missiles would be sent."],
    "aid", "aid", 3, "germany-patriot-interceptors-2025-11-13", a="Lucy Haldane", kp=True),
  E("2025-11-13 10:20", "Kremlin says no date set for Putin-Trump meeting",
    ["The Kremlin says there is still no date for a meeting between Vladimir Putin and Donald Trump, and that preparations would need time.",
     "A summit in Budapest was shelved last month."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-putin-trump-summit-2025-11", a="Fraser Munro"),
  E("2025-11-13 08:45", "Russia claims gains near Huliaipole",
    ["Russia's defence ministry says its troops have taken two more villages near Huliaipole in the Zaporizhzhia region.",
     "Ukraine's southern command said its forces were holding new positions after pulling back from several settlements."],
    "other", "frontline", 2, "russia-claims-gains-huliaipole-2025-11-13", a="Fraser Munro"),
  ]))
SEEDS[-1]["entries"][2]["video"] = True

SEEDS.append(dict(id="8509", name="8509_fife-free-press-roundup", ext="txt", source="Fife Free Press", zone="Europe/London", render=r_fife,
  title="Ukraine war: Five things that happened this weekend as Zelensky sets out conditions for talks",
  standfirst="From Trump's conversation with Putin to a Fife group's generator appeal, here is the weekend in the war in Ukraine.",
  intro="It has been a busy weekend for the war in Ukraine, as diplomacy over a possible peace deal gathered pace.",
  byline="Gordon Bathgate", pub="2025-02-09 17:00",
  notes="Imitates a National World (Fife Free Press) round-up article, copied as plain text. One byline and 'Published 9th Feb 2025, 17:00 GMT'. Five sub-headings, one entry each "
        "(stamp null, published = the article time, author = the byline). The intro line under the date is a lede. 'Advertisement' / 'Hide Ad' pairs and newsletter messages are chrome.",
  not_entries=["masthead and menu", "section labels 'News' / 'World'", "title and standfirst", "byline, 'Comment', 'Share', Published line", "intro paragraph (lede)",
               "'Advertisement' / 'Hide Ad' pairs", "newsletter box with its messages", "'Read More' related link", "comments prompt and footer"],
  entries=[
  E("2025-02-09 17:00", "Trump says he has spoken to Putin",
    ["Donald Trump said in an interview published this weekend that he had spoken to Vladimir Putin by phone, although he would not say how many times.",
     "The Kremlin said it could neither confirm nor deny the call."],
    "diplomacy", "diplomacy", 3, "trump-says-spoke-to-putin-2025-02", a="Gordon Bathgate"),
  E("2025-02-09 17:00", "Zelensky wants guarantees before any talks",
    ["Volodymyr Zelensky said Ukraine would only sit down with Russia once it had firm security guarantees from the United States and Europe.",
     "He said he hoped to discuss a plan with American officials at the Munich Security Conference later this week."],
    "diplomacy", "diplomacy", 3, "zelensky-security-guarantees-condition-2025-02", a="Gordon Bathgate"),
  E("2025-02-09 17:00", "Fighting continues in Kursk",
    ["Ukrainian and Russian forces are still fighting for villages south-east of Sudzha, where Kyiv launched a fresh push on Thursday.",
     "Moscow says it has stopped the advance."],
    "other", "frontline", 2, "kursk-fighting-sudzha-2025-02-09", a="Gordon Bathgate"),
  E("2025-02-09 17:00", "Odesa hit by overnight drones",
    ["Russian drones damaged a residential building and several shops in Odesa early on Sunday, injuring three people, the regional governor said."],
    "strikes", "strikes", 2, "odesa-drone-attack-2025-02-09", a="Gordon Bathgate"),
  E("2025-02-09 17:00", "Fife group raises cash for generators",
    ["A Kirkcaldy group that has been sending aid to Ukraine since 2022 has raised enough money to buy twelve generators for a hospital in Chernihiv.",
     "Volunteers will drive them to Poland next month."],
    "aid", "aid", 2, "kirkcaldy-group-generators-chernihiv", a="Gordon Bathgate"),
  ]))


# ============================================================ PART B, day 1: 2025-05-14 (UTC)
D1 = "Day 1 (2025-05-14 UTC): 8520-8524."
ZAP = "zaporizhzhia-missile-strike-2025-05-14"
IST = "istanbul-direct-talks-2025-05"
SAN = "eu-17th-sanctions-package"
AN_IST = "analysis-istanbul-aims"

ANALYSIS_H = "Analysis: what each side wants from Istanbul"
ANALYSIS_P = ["Kyiv wants any talks to begin with an unconditional 30-day ceasefire, a demand its European allies have backed.",
              "Moscow says the root causes of the war must be dealt with first, a phrase its officials use for demands about NATO and territory.",
              "Diplomats in Ankara expect at best an agreement on another exchange of prisoners."]

SEEDS.append(dict(id="8520", name="8520_kelmscar-daily-live", ext="txt", source="Kelmscar Daily", zone="Europe/Kyiv", render=r_kelmscar,
  title="Ukraine live: Zaporizhzhia counts its dead as Istanbul talks take shape",
  notes="Invented outlet. Text live blog, NEWEST FIRST. Each post opens with a dual stamp line 'HH:MM Kyiv | HH:MM London' (Kyiv EEST = UTC+3, London BST = UTC+1); the stamp is the whole line. "
        "Date line 'Wednesday 14 May 2025'. 'Filed by NAME' after the body is the author. Entry 03 is a video teaser without body. " + D1,
  not_entries=["masthead and menu", "title, date line, 'Live coverage ...' note and 'Latest first'", "'Filed by ...' lines (author)", "'---' separators", "'Earlier coverage' and footer"],
  entries=[
  E("2025-05-14 22:40", "Kremlin names Medinsky to lead Istanbul delegation; Putin will not attend",
    ["Vladimir Putin will not travel to Turkey for the proposed talks, the Kremlin said late on Wednesday, naming presidential aide Vladimir Medinsky as head of a four-member delegation.",
     "Kyiv had said only a meeting of the two presidents could bring a breakthrough."],
    "diplomacy", "diplomacy", 3, IST, a="Hanna Lysenko"),
  E("2025-05-14 19:05", "Zaporizhzhia strike: death toll climbs to five",
    ["A fifth person has died in hospital after the morning's missile attack on Zaporizhzhia, the regional governor said this evening.",
     "Twenty-two people are being treated for wounds, three of them in a serious condition."],
    "strikes", "strikes", 3, ZAP, a="Hanna Lysenko", n="Toll five (later than 8521-02 and 8522-04, which say four)."),
  E("2025-05-14 16:30", "Netherlands pledges \u20ac300m for Ukrainian air-defence radars",
    ["The Dutch defence ministry says it will spend 300 million euros on radars and mobile air-defence systems for Ukraine.",
     "The first deliveries are due before the end of the summer."],
    "aid", "aid", 2, "netherlands-air-defence-radars-2025-05-14", a="Tom Ferrier"),
  E("2025-05-14 13:20", "Russia says it has taken village in Donetsk region",
    ["Russia's defence ministry claimed its troops had seized the village of Myrne in the Donetsk region.",
     "Ukraine's military did not confirm the loss and said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-myrne-2025-05-14", a="Tom Ferrier"),
  E("2025-05-14 11:45", "Watch: smoke over Zaporizhzhia after dawn missile strike", [],
    "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("2025-05-14 09:10", "Zelensky says he will be in Turkey and waits for Putin's answer",
    ["Volodymyr Zelensky said he would travel to Turkey for Thursday's proposed talks and was still waiting to hear whether Vladimir Putin would come in person.",
     "He said Ukraine would decide its next steps once the Kremlin had named its team."],
    "diplomacy", "diplomacy", 3, IST, a="Hanna Lysenko", n="Statement about attendance at the same Istanbul meeting: same story as 8520-01."),
  E("2025-05-14 07:25", "Two killed as missiles hit Zaporizhzhia at dawn",
    ["Two people were killed and at least nine injured when Russian missiles struck an industrial district of Zaporizhzhia shortly after 5am, the regional governor said.",
     "Windows were blown out in several apartment buildings nearby."],
    "strikes", "strikes", 3, ZAP, a="Hanna Lysenko", n="First report: toll two."),
  ]))

SEEDS.append(dict(id="8521", name="8521_ashbrae-courier-live", ext="html", source="Ashbrae Courier", zone="Europe/Berlin", render=r_ashbrae,
  title="Russia's war against Ukraine: the day's events",
  notes="Invented outlet. HTML live page, OLDEST FIRST, visible 'HH:MM CEST' in <time datetime ...+02:00> (Berlin, UTC+2); author line under each headline; LiveBlogPosting JSON-LD with per-update times. "
        "Spells the city 'Zaporozhye'. Entry 04 repeats entry 02 nearly word for word (duplicate_of 8521-02). Entry 05 is the day's theme piece (analysis). " + D1,
  not_entries=["brand and menu", "title, kicker line and the order note", "'Link to this update' under every update", "footer"],
  entries=[
  E("2025-05-14 09:30", "Shelling wounds two in Stepnohirsk",
    ["Russian artillery struck the village of Stepnohirsk, about 35 kilometres south-east of Zaporizhzhia city, wounding two elderly residents, local officials said.",
     "The village lies close to the front line and most of its people have left."],
    "strikes", "strikes", 2, "stepnohirsk-shelling-2025-05-14", a="Jonas Riedel",
    n="Same region as the Zaporizhzhia city strike but a different attack: must not merge with " + ZAP + "."),
  E("2025-05-14 12:10", "Zaporozhye strike kills at least four, governor says",
    ["The number of people killed by a Russian missile strike on the south-eastern city of Zaporozhye has risen to four, the regional governor said at midday.",
     "Rescue teams were still searching a damaged warehouse where workers had been starting their shift.",
     "Ukraine's air force said the missiles had been fired from the occupied part of the region."],
    "strikes", "strikes", 3, ZAP, a="Mara Kestner", n="Toll four; spelling Zaporozhye."),
  E("2025-05-14 14:45", "Eleven children brought back from occupied areas, Kyiv says",
    ["Eleven Ukrainian children who had been living in Russian-occupied territory have been reunited with relatives on the Kyiv-controlled side, the president's office said.",
     "Officials did not say how the returns had been arranged."],
    "other", "humanitarian", 2, "children-returned-occupied-territories-2025-05-14", a="Mara Kestner"),
  E("2025-05-14 16:20", "Zaporozhye strike kills at least four, governor says",
    ["The number of people killed by a Russian missile strike on the south-eastern city of Zaporozhye has risen to four, the regional governor said earlier today.",
     "Rescue teams were still searching a damaged warehouse where workers had been starting their shift.",
     "Ukraine's air force said the missiles had been fired from the occupied part of the region."],
    "strikes", "strikes", 1, ZAP, a="Mara Kestner", dup="8521-02", n="Near-verbatim repeat of 8521-02 ('at midday' -> 'earlier today')."),
  E("2025-05-14 18:50", ANALYSIS_H, ANALYSIS_P, "diplomacy", "diplomacy", 2, AN_IST, a="Jonas Riedel",
    n="Theme piece (analysis with body): its own story, importance 2; not the same event as " + IST + "."),
  E("2025-05-14 21:15", "EU ambassadors sign off 17th sanctions package",
    ["Ambassadors of the 27 EU countries approved a 17th round of sanctions against Russia, targeting close to 200 more tankers in its so-called shadow fleet, diplomats said.",
     "Foreign ministers are expected to adopt the package formally next week."],
    "diplomacy", "diplomacy", 3, SAN, a="Jonas Riedel"),
  ]))

SEEDS.append(dict(id="8522", name="8522_drovers-point-world-feed", ext="xml", source="Drovers Point World Service", zone="UTC", render=r_rssworld,
  title="Drovers Point World Service - Top stories", link="https://droverspoint.example/world", desc="World news, around the clock", rfc="GMT",
  notes="Invented outlet. General world-news RSS 2.0 feed (4 of 6 items are not about the war). Newest first; pubDate in GMT. No authors. Spells the city 'Zaporizhia'. " + D1,
  not_entries=["channel title, link, description and language", "category elements"],
  entries=[
  OFF("2025-05-14 17:40", "Japan releases more rice reserves as prices hit new high",
      ["Japan's government said it would release a further batch of stockpiled rice after retail prices climbed to another record.",
       "Officials blamed poor harvests and hoarding by distributors."],
      "japan-rice-reserves-release", n="Japanese food prices."),
  OFF("2025-05-14 15:05", "Fans gather in Basel for Eurovision week",
      ["Thousands of fans have arrived in Basel for the Eurovision Song Contest, with the second semi-final due on Thursday.",
       "Swiss police have stepped up security around the venue."],
      "eurovision-fans-basel-2025-05-14", n="entertainment."),
  E("2025-05-14 13:20", "UK sanctions Russian military intelligence hackers",
    ["Britain has imposed sanctions on several officers of Russia's military intelligence service whom it accuses of cyber attacks on European infrastructure.",
     "The Foreign Office said the group had targeted energy and transport networks."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-gru-hackers-2025-05-14",
    n="A separate British sanctions decision: same theme as " + SAN + " but a different event (must not merge)."),
  E("2025-05-14 11:30", "Zaporizhia: four dead in Russian missile strike",
    ["Four people were killed and 17 wounded when Russian missiles hit Zaporizhia in south-eastern Ukraine early on Wednesday, regional authorities said.",
     "The city lies about 30 kilometres from the front line."],
    "strikes", "strikes", 3, ZAP, n="Toll four; spelling Zaporizhia."),
  OFF("2025-05-14 09:15", "Wildfires force evacuations in Canadian prairies",
      ["Several hundred residents of rural Manitoba were told to leave their homes as wildfires spread in dry, windy conditions."],
      "manitoba-wildfires-2025-05", n="Canadian wildfires."),
  OFF("2025-05-14 07:00", "Asian shares edge higher after US inflation figures",
      ["Stock markets in Tokyo, Hong Kong and Sydney rose modestly after figures showed American inflation had slowed more than expected last month."],
      "asian-markets-2025-05-14", n="markets."),
  ]))

SEEDS.append(dict(id="8523", name="8523_whinnyrig-review-atom", ext="xml", source="Whinnyrig Review", zone="UTC", render=r_atom,
  title="Whinnyrig Review \u2014 Ukraine", link="https://whinnyrig.example/ukraine", tag="whinnyrig.example", updated="2025-05-14T20:41:00Z", zulu=True,
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> in UTC with 'Z'; <updated> is a few minutes later and is not the publication time; content is escaped HTML; one <author> per entry. " + D1,
  not_entries=["feed title, link, id and updated", "entry <updated> values (not publication times)"],
  entries=[
  E("2025-05-14 20:30", "No Putin in Istanbul: Kremlin sends a second-tier team",
    ["The Kremlin's list for the Istanbul talks includes none of Vladimir Putin's senior ministers and is headed by a former culture minister who led Russia's side in the failed negotiations of 2022.",
     "Ukrainian officials said the choice showed Moscow was not serious."],
    "diplomacy", "diplomacy", 3, IST, a="Petra Holm"),
  E("2025-05-14 17:10", "EU agrees new sanctions round aimed at shadow fleet tankers",
    ["The European Union has agreed its 17th package of sanctions on Russia, adding nearly 200 ships accused of carrying Russian oil in breach of the price cap.",
     "The package also lists dozens of companies said to supply Russia's arms industry."],
    "diplomacy", "diplomacy", 3, SAN, a="Petra Holm"),
  E("2025-05-14 12:05", "Russia says air defences downed over 100 Ukrainian drones",
    ["Russia's defence ministry said its air defences destroyed more than 100 Ukrainian drones overnight, most of them over border regions.",
     "Airports in Kaluga and Tambov briefly stopped flights."],
    "strikes", "strikes", 2, "russia-claims-drones-downed-2025-05-14", a="Dan Ilic"),
  E("2025-05-14 08:40", "Ukraine's parliament votes to extend martial law",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days.",
     "While martial law is in force, national elections cannot be held."],
    "other", "politics", 2, "martial-law-extension-vote-2025-05", a="Dan Ilic"),
  ]))

SEEDS.append(dict(id="8524", name="8524_glenvarrick-post-article", ext="txt", source="Glenvarrick Post", zone="Europe/London", render=r_article,
  masthead="THE GLENVARRICK POST", menu="News | World | Scotland | Business | Sport | Opinion",
  title="Deadly strike on Zaporizhzhia as Europe tightens sanctions and Istanbul waits",
  standfirst="Our Europe correspondent on a day of violence and diplomacy.", byline="Rhona Kidd, Europe correspondent",
  dateline="Wednesday 14 May 2025, 19:30 BST",
  tail=["Related", "How the 2022 Istanbul talks collapsed", "", "Share this article: Email | Facebook | X", "", "\u00a9 Glenvarrick Post"],
  notes="Invented outlet. Text article with three section headings: one entry per section (headline = heading), stamp null, published = the dateline 19:30 BST (18:30 UTC), "
        "author = the byline. Written before the Kremlin named its delegation (8520-01 at 19:40 UTC). " + D1,
  not_entries=["masthead and menu", "title and standfirst", "byline and dateline", "'Related' link", "share line and footer"],
  entries=[
  E("2025-05-14 19:30", "Five dead in Zaporizhzhia",
    ["Five people died after Russian missiles slammed into Zaporizhzhia in the early hours, and more than 20 were wounded.",
     "Ukraine's president said the attack showed Moscow had no intention of halting its air campaign while talks were being discussed."],
    "strikes", "strikes", 3, ZAP, a="Rhona Kidd", n="Toll five."),
  E("2025-05-14 19:30", "Brussels clears new sanctions",
    ["In Brussels, envoys signed off the EU's 17th sanctions package, which is aimed mostly at the tankers that carry Russian crude.",
     "Two member states raised objections but did not block it."],
    "diplomacy", "diplomacy", 3, SAN, a="Rhona Kidd"),
  E("2025-05-14 19:30", "All eyes on Istanbul",
    ["By this evening the Kremlin had still not said who would represent Russia at the proposed talks in Istanbul.",
     "Turkish officials said a venue on the Bosphorus had been prepared."],
    "diplomacy", "diplomacy", 3, IST, a="Rhona Kidd"),
  ]))


# ============================================================ PART B, day 2: 2025-05-15 (UTC)
D2 = "Day 2 (2025-05-15 UTC, the day after day 1): 8530-8534."
KOS = "kostiantynivka-glide-bomb-strike-2025-05-15"
ANK = "zelensky-erdogan-ankara-meeting-2025-05-15"
ANT = "nato-foreign-ministers-antalya-2025-05"

SEEDS.append(dict(id="8530", name="8530_kelmscar-daily-live", ext="txt", source="Kelmscar Daily", zone="Europe/Kyiv", render=r_kelmscar,
  title="Ukraine live: Istanbul talks slip to Friday as Zelensky meets Erdogan",
  notes="Invented outlet (same layout as 8520). NEWEST FIRST; dual stamp line 'HH:MM Kyiv | HH:MM London'; date line 'Thursday 15 May 2025'. Entry 04 is a video teaser without body. "
        "Entry 01 continues day 1's Istanbul story with a new development (talks put back to Friday). " + D2,
  not_entries=["masthead and menu", "title, date line, 'Live coverage ...' note and 'Latest first'", "'Filed by ...' lines (author)", "'---' separators", "'Earlier coverage' and footer"],
  entries=[
  E("2025-05-15 21:30", "Direct talks pushed back to Friday, Turkish officials say",
    ["The first direct talks between Russian and Ukrainian officials in three years will not take place before Friday, Turkey's foreign ministry said.",
     "Ukraine's defence minister will lead Kyiv's team after the president decided not to sit down with a delegation he said had no authority."],
    "diplomacy", "diplomacy", 3, IST, a="Hanna Lysenko", n="Continuation of day 1's story " + IST + " with a new development (delay to Friday)."),
  E("2025-05-15 18:10", "Kostiantynivka toll rises to four",
    ["The Donetsk regional governor says the number of dead from the morning's guided-bomb attack on Kostiantynivka has reached four.",
     "Most of the remaining residents are living in basements as the front line moves closer."],
    "strikes", "strikes", 3, KOS, a="Tom Ferrier", n="Toll four."),
  E("2025-05-15 16:20", "Zelensky and Erdogan hold talks in Ankara",
    ["Volodymyr Zelensky held talks with Recep Tayyip Erdogan at the presidential palace in Ankara, his first stop in Turkey.",
     "The two leaders spoke for more than two hours, according to the Ukrainian side."],
    "diplomacy", "diplomacy", 3, ANK, a="Hanna Lysenko",
    n="A bilateral meeting in Ankara, not the Istanbul delegation talks and not the NATO meeting in Antalya: must not merge."),
  E("2025-05-15 12:50", "Watch: Zelensky lands in Ankara", [], "diplomacy", "diplomacy", 1, ANK, n="Video teaser without body -> importance 1."),
  E("2025-05-15 11:05", "Russia claims another village near Kostiantynivka",
    ["Moscow's defence ministry claimed that Russian troops had seized a village a few kilometres south of Kostiantynivka.",
     "Ukraine's general staff reported 40 Russian assaults in that sector over the past day."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2025-05-15", a="Tom Ferrier",
    n="Ground fighting near the same town as the glide-bomb strike: different event, must not merge with " + KOS + "."),
  E("2025-05-15 08:40", "Guided bombs hit Kostiantynivka, killing two",
    ["Two people were killed when Russian aircraft dropped guided bombs on the centre of Kostiantynivka shortly after dawn, the regional governor said.",
     "A market and a bank branch were damaged."],
    "strikes", "strikes", 3, KOS, a="Tom Ferrier", n="First report: toll two."),
  ]))

SEEDS.append(dict(id="8531", name="8531_ashbrae-courier-live", ext="html", source="Ashbrae Courier", zone="Europe/Berlin", render=r_ashbrae,
  title="Russia's war against Ukraine: the day's events",
  notes="Invented outlet (same layout as 8521). OLDEST FIRST, visible 'HH:MM CEST'. Entry 01 re-posts day 1's analysis 8521-05 word for word (importance 1). "
        "Entry 05 repeats entry 02 nearly word for word (duplicate_of 8531-02). Spells the town 'Konstantinovka'. " + D2,
  not_entries=["brand and menu", "title, kicker line and the order note", "'Link to this update' under every update", "footer"],
  entries=[
  E("2025-05-15 07:30", ANALYSIS_H, ANALYSIS_P, "diplomacy", "diplomacy", 1, AN_IST, a="Jonas Riedel",
    n="Re-post of day-1 entry 8521-05 (same headline and text, republished on day 2): importance 1. duplicate_of stays null because it is defined within one seed."),
  E("2025-05-15 09:50", "Russian delegation lands in Istanbul",
    ["Russia's delegation, led by presidential aide Vladimir Medinsky, arrived in Istanbul on Thursday morning, Russian state media reported.",
     "The Kremlin said its team was ready to start work but gave no time for the first session."],
    "diplomacy", "diplomacy", 3, IST, a="Mara Kestner", n="Continuation of day 1's Istanbul story."),
  E("2025-05-15 12:25", "Konstantinovka: three dead after guided bombs hit city centre",
    ["Three people were killed in the Donetsk region town of Konstantinovka when guided aerial bombs struck its centre, according to Ukrainian officials.",
     "The town, called Kostiantynivka in Ukrainian, is one of the last large settlements near the front still held by Kyiv."],
    "strikes", "strikes", 3, KOS, a="Mara Kestner", n="Toll three; spelling Konstantinovka."),
  E("2025-05-15 14:40", "Rutte presses allies on spending as NATO ministers meet in Antalya",
    ["NATO Secretary General Mark Rutte urged foreign ministers meeting in the Turkish resort of Antalya to commit to a steep rise in defence spending before the alliance's summit in June.",
     "Ukraine's foreign minister is due to join them for dinner."],
    "diplomacy", "diplomacy", 3, ANT, a="Jonas Riedel", n="NATO ministers' meeting in Antalya: not the Istanbul talks or the Ankara meeting."),
  E("2025-05-15 17:05", "Russian delegation lands in Istanbul",
    ["Russia's delegation, led by presidential aide Vladimir Medinsky, arrived in Istanbul on Thursday morning, Russian state media said.",
     "The Kremlin said its team was ready to start work but gave no time for the first session."],
    "diplomacy", "diplomacy", 1, IST, a="Mara Kestner", dup="8531-02", n="Near-verbatim repeat of 8531-02 ('reported' -> 'said')."),
  E("2025-05-15 19:40", "Norway to fund long-range drone production in Ukraine",
    ["Norway will pay for the production of Ukrainian long-range drones under an agreement signed in Oslo, the Norwegian government said.",
     "It gave no figure but said the money would come from its existing support programme."],
    "aid", "aid", 2, "norway-long-range-drone-funding-2025-05-15", a="Jonas Riedel"),
  ]))

SEEDS.append(dict(id="8532", name="8532_drovers-point-world-feed", ext="xml", source="Drovers Point World Service", zone="UTC", render=r_rssworld,
  title="Drovers Point World Service - Top stories", link="https://droverspoint.example/world", desc="World news, around the clock", rfc="GMT",
  notes="Invented outlet (same feed as 8522). General world feed: 4 of 6 items off-beat. Newest first, pubDate GMT, no authors. Spells the town 'Kostyantynivka'. " + D2,
  not_entries=["channel title, link, description and language", "category elements"],
  entries=[
  OFF("2025-05-15 19:45", "Second Eurovision semi-final under way in Basel",
      ["Sixteen countries are competing for the last ten places in Saturday's Eurovision final, in a semi-final being held in Basel."],
      "eurovision-second-semi-final-2025-05-15", n="entertainment."),
  OFF("2025-05-15 16:30", "UK economy grew faster than expected in first quarter",
      ["Britain's economy grew by 0.7% in the first three months of the year, official figures showed, helped by strong services output.",
       "Economists warned that growth was likely to slow as new American tariffs took effect."],
      "uk-gdp-first-quarter-2025", n="British economy."),
  E("2025-05-15 14:10", "Trump says no breakthrough until he and Putin meet",
    ["Donald Trump said nothing would happen in efforts to end the war in Ukraine until he and Vladimir Putin got together, speaking on a flight between Gulf capitals.",
     "He did not rule out travelling to Turkey himself."],
    "diplomacy", "diplomacy", 3, "trump-nothing-until-putin-meeting-2025-05-15",
    n="A separate statement by a head of state (single seed, importance 3 by the head-of-state rule); not the Istanbul delegation story."),
  E("2025-05-15 12:10", "Kostyantynivka: three killed by Russian glide bombs",
    ["Russian glide bombs killed three people in Kostyantynivka, a town in Ukraine's eastern Donetsk region, local authorities said on Thursday.",
     "Several shops and a bank were damaged."],
    "strikes", "strikes", 3, KOS, n="Toll three; spelling Kostyantynivka."),
  OFF("2025-05-15 09:20", "European carmakers' shares rise on tariff relief hopes",
      ["Shares in Europe's big carmakers rose for a third day on hopes of lower American import duties."],
      "european-carmakers-shares-2025-05-15", n="markets."),
  OFF("2025-05-15 06:30", "Cyprus brings in water limits as drought deepens",
      ["Cyprus has introduced limits on water use in several districts after a third dry winter left reservoirs at their lowest level in a decade."],
      "cyprus-drought-water-limits", n="weather/drought."),
  ]))

SEEDS.append(dict(id="8533", name="8533_whinnyrig-review-atom", ext="xml", source="Whinnyrig Review", zone="UTC", render=r_atom,
  title="Whinnyrig Review \u2014 Ukraine", link="https://whinnyrig.example/ukraine", tag="whinnyrig.example", updated="2025-05-15T20:02:00Z", zulu=True,
  notes="Invented outlet (same feed as 8523). Atom, newest first, <published> with 'Z'. Entry 01 is the day's theme piece (explainer). " + D2,
  not_entries=["feed title, link, id and updated", "entry <updated> values (not publication times)"],
  entries=[
  E("2025-05-15 19:55", "Explainer: who is Vladimir Medinsky?",
    ["Vladimir Medinsky, a former Russian culture minister who now advises Vladimir Putin, is known for a nationalist reading of Russian history.",
     "He also headed Moscow's delegation in the talks with Ukraine in Belarus and Istanbul in the spring of 2022, which ended without a deal."],
    "diplomacy", "diplomacy", 2, "explainer-vladimir-medinsky", a="Petra Holm",
    n="Theme piece (explainer with body): own story, importance 2; not the Istanbul talks event itself."),
  E("2025-05-15 16:45", "Erdogan offers to host leaders' summit after talks with Zelensky",
    ["Turkish President Recep Tayyip Erdogan said he was ready to host a meeting of the Russian and Ukrainian leaders, after receiving Volodymyr Zelensky in Ankara.",
     "Zelensky told reporters that the level of Russia's delegation showed Moscow was not treating the process seriously."],
    "diplomacy", "diplomacy", 3, ANK, a="Petra Holm"),
  E("2025-05-15 11:15", "EU ministers weigh options for frozen Russian assets",
    ["European finance officials discussed whether more of the income from frozen Russian central bank assets could be used for Ukraine's defence.",
     "No decision is expected before the summer."],
    "diplomacy", "diplomacy", 2, "eu-frozen-assets-debate-2025-05-15", a="Dan Ilic", sec=["aid"]),
  E("2025-05-15 07:05", "Drone hits kindergarten in Kharkiv, no one hurt",
    ["A Russian drone damaged a kindergarten in Kharkiv overnight, but the building was empty and no one was hurt, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-kindergarten-drone-2025-05-15", a="Dan Ilic"),
  ]))

SEEDS.append(dict(id="8534", name="8534_glenvarrick-post-article", ext="txt", source="Glenvarrick Post", zone="Europe/London", render=r_article,
  masthead="THE GLENVARRICK POST", menu="News | World | Scotland | Business | Sport | Opinion",
  title="A day of waiting in Turkey as NATO talks money on the coast",
  standfirst="Our Europe correspondent on Thursday's diplomacy and the war on the ground.", byline="Rhona Kidd, Europe correspondent",
  dateline="Thursday 15 May 2025, 20:15 BST",
  tail=["Related", "Explainer: what a ceasefire would need to work", "", "Share this article: Email | Facebook | X", "", "\u00a9 Glenvarrick Post"],
  notes="Invented outlet (same layout as 8524). Three sections, one entry each, stamp null, published = dateline 20:15 BST (19:15 UTC). Section 1 continues day 1's Istanbul story. " + D2,
  not_entries=["masthead and menu", "title and standfirst", "byline and dateline", "'Related' link", "share line and footer"],
  entries=[
  E("2025-05-15 20:15", "Waiting in Istanbul",
    ["Delegations from Kyiv and Moscow spent the day in different parts of Istanbul without meeting, and Turkish officials now expect the talks to open on Friday.",
     "Russia's team is led by a presidential aide rather than by a minister."],
    "diplomacy", "diplomacy", 3, IST, a="Rhona Kidd", n="Continuation of day 1's Istanbul story."),
  E("2025-05-15 20:15", "NATO ministers on the coast",
    ["On Turkey's southern coast, NATO foreign ministers discussed how quickly members could raise military budgets, with several eastern allies pressing for five percent of national output.",
     "Ukraine's foreign minister joined them for a working dinner."],
    "diplomacy", "diplomacy", 3, ANT, a="Rhona Kidd"),
  E("2025-05-15 20:15", "Evacuations in the north",
    ["Authorities in the northern Sumy region ordered families with children to leave eleven more villages near the Russian border as attacks grew heavier.",
     "Buses were laid on to take them to Sumy city."],
    "other", "humanitarian", 2, "sumy-region-evacuations-2025-05-15", a="Rhona Kidd"),
  ]))


# ============================================================ PART B, day 3: 2025-11-17 (UTC)
D3 = "Day 3 (2025-11-17 UTC): 8540-8544."
BAL = "balakliia-missile-strike-2025-11-17"
RAF = "france-ukraine-rafale-letter-of-intent"
RAIL = "poland-railway-sabotage-2025-11"
GRAFT = "energoatom-kickback-probe-2025-11"

SEEDS.append(dict(id="8540", name="8540_tarbrax-times-live", ext="txt", source="The Tarbrax Times", zone="Europe/Paris", render=r_tarbrax,
  title="Zelensky in Paris: live",
  notes="Invented outlet. Text live blog, OLDEST FIRST. Header says 'All times CET' (Paris, UTC+1). Each post: headline, then 'By NAME \u00b7 HH:MM' AFTER the headline (the stamp is that whole line), then paragraphs. "
        "Entry 03 is a photo teaser without body. Entry 06 repeats entry 04 nearly word for word (duplicate_of 8540-04). " + D3,
  not_entries=["masthead and menu", "title, date line and the 'All times CET' note", "'* * *' separators", "closing line and footer"],
  entries=[
  E("2025-11-17 08:10", "Missile strike on Balakliia kills two",
    ["Two people were killed and at least ten wounded when a Russian missile hit the town of Balakliia in Ukraine's Kharkiv region overnight, the regional governor said.",
     "Several apartment blocks and a school were damaged."],
    "strikes", "strikes", 3, BAL, a="Claire Duret", n="First report: toll two."),
  E("2025-11-17 10:25", "Tusk says blast on Warsaw-Lublin rail line was sabotage",
    ["Polish Prime Minister Donald Tusk said an explosion that damaged the railway between Warsaw and Lublin over the weekend was an act of sabotage.",
     "The line carries aid and military supplies towards the Ukrainian border."],
    "other", "security", 3, RAIL, a="Sam Whitlow"),
  E("2025-11-17 12:40", "Photos: Zelensky arrives at Villacoublay air base", [], "diplomacy", "diplomacy", 1, RAF, sec=["aid"],
    n="Photo teaser without body -> importance 1. The headline leads with the visit (diplomacy); it belongs to the visit at which the Rafale letter was signed, so it shares that story."),
  E("2025-11-17 13:55", "Zelensky and Macron sign Rafale letter of intent",
    ["Volodymyr Zelensky and Emmanuel Macron signed a letter of intent under which Ukraine could buy up to 100 Rafale fighter jets over the next ten years.",
     "The document also covers air-defence systems and drones, French officials said."],
    "aid", "aid", 3, RAF, a="Claire Duret", sec=["diplomacy"]),
  E("2025-11-17 16:05", "Balakliia toll rises to three",
    ["A third person has died of injuries from the overnight missile strike on Balakliia, local authorities said.",
     "The number of wounded has risen to 13."],
    "strikes", "strikes", 3, BAL, a="Sam Whitlow", n="Toll three."),
  E("2025-11-17 17:20", "Zelensky and Macron sign Rafale letter of intent",
    ["Volodymyr Zelensky and Emmanuel Macron have signed a letter of intent under which Ukraine could buy up to 100 Rafale fighter jets over the next ten years.",
     "The document also covers air-defence systems and drones, French officials said."],
    "aid", "aid", 1, RAF, a="Claire Duret", sec=["diplomacy"], dup="8540-04", n="Near-verbatim repeat of 8540-04 ('signed' -> 'have signed')."),
  ]))

SEEDS.append(dict(id="8541", name="8541_cairnvale-monitor-live", ext="html", source="Cairnvale Monitor", zone="Europe/Warsaw", render=r_cairnvale,
  title="Ukraine and the region, live", byline="Marta Wierzbicka",
  notes="Invented outlet. HTML live page, NEWEST FIRST; bare 'HH:MM' in <time datetime ...+01:00> (Warsaw time, stated in a note); one page byline for all updates; "
        "JSON-LD @graph whose node has @type ['NewsArticle','LiveBlogPosting'] with per-update times. Spells the town 'Balakleya'. " + D3,
  not_entries=["top bar and menu", "title, byline/date line and the order note", "closing line 'Follow our coverage tomorrow.'", "footer"],
  entries=[
  E("2025-11-17 19:10", "Drones strike Kharkiv city, injuring four",
    ["Russian drones hit two districts of Kharkiv in the evening, injuring four people, the city's mayor said.",
     "Fires broke out at a warehouse and in a private house."],
    "strikes", "strikes", 2, "kharkiv-city-drone-attack-2025-11-17", a="Marta Wierzbicka",
    n="Same region as Balakliia but a different attack: must not merge with " + BAL + "."),
  E("2025-11-17 17:45", "Prosecutors open sabotage case after rail blast",
    ["Polish prosecutors have opened an investigation into sabotage carried out for a foreign intelligence service after the explosion on the Warsaw-Lublin line, the national prosecutor's office said.",
     "A second section of track near Pulawy was also damaged, investigators said."],
    "other", "security", 3, RAIL, a="Marta Wierzbicka"),
  E("2025-11-17 15:20", "Up to 100 Rafales: Kyiv and Paris put pen to paper",
    ["Ukraine and France have signed a document that could lead to the delivery of as many as 100 Rafale jets, in what Volodymyr Zelensky called a historic agreement.",
     "No contract has been signed yet and the financing has not been agreed."],
    "aid", "aid", 3, RAF, a="Marta Wierzbicka", sec=["diplomacy"]),
  E("2025-11-17 12:05", "Anti-graft bureau names more suspects in Energoatom probe",
    ["Ukraine's National Anti-Corruption Bureau said it had served notices of suspicion on two more people in its investigation into kickbacks at the state nuclear operator Energoatom.",
     "Investigators say contractors were made to pay up to 15 percent of the value of their contracts."],
    "other", "politics", 3, GRAFT, a="Marta Wierzbicka"),
  E("2025-11-17 10:30", "Rada to vote on dismissing two ministers",
    ["Ukraine's parliament is expected to vote this week on dismissing the justice and energy ministers, whose names have come up in the energy corruption scandal.",
     "Both deny wrongdoing."],
    "other", "politics", 2, "rada-vote-dismiss-ministers-2025-11", a="Marta Wierzbicka",
    n="A parliamentary step on the same theme as the graft probe but a different event: must not merge with " + GRAFT + "."),
  E("2025-11-17 08:50", "Balakleya: two killed as missile hits town",
    ["A Russian missile struck the centre of Balakleya in the Kharkiv region during the night, killing two people, Ukrainian officials said.",
     "Russian forces occupied the town for six months in 2022."],
    "strikes", "strikes", 3, BAL, a="Marta Wierzbicka", n="Toll two; spelling Balakleya."),
  ]))

SEEDS.append(dict(id="8542", name="8542_dunmallet-world-feed", ext="xml", source="Dunmallet World Desk", zone="America/New_York", render=r_rssworld,
  title="Dunmallet World Desk", link="https://dunmallet.example/world", desc="International headlines from the Dunmallet newsroom", rfc="offset",
  notes="Invented outlet. General world-news RSS 2.0 feed (4 of 6 items off-beat), newest first, pubDate with the New York offset -0500 (EST); UTC is 5 hours later, still 17 November. "
        "dc:creator gives agency or desk credits. Spells the town 'Balakliya'. " + D3,
  not_entries=["channel title, link, description and language", "category elements"],
  entries=[
  OFF("2025-11-17 13:40", "Climate talks enter final week with finance gap unresolved",
      ["Negotiators at the UN climate conference in Brazil began the final week of talks still divided over how much money rich countries should provide."],
      "cop30-final-week", a="World Desk", n="climate summit."),
  E("2025-11-17 11:55", "Poland blames sabotage for railway explosion",
    ["Poland's prime minister said an explosion on a railway line used to send supplies to Ukraine was a deliberate act of sabotage.",
     "No one was hurt, but a passenger train had to stop after its driver spotted damage to the track."],
    "other", "security", 3, RAIL, a="Agencies"),
  OFF("2025-11-17 10:20", "Chile heads for presidential runoff next month",
      ["Chile's presidential election will go to a second round in December after no candidate won a majority on Sunday."],
      "chile-presidential-runoff-2025", a="World Desk", n="Chilean election."),
  E("2025-11-17 08:30", "Balakliya toll rises to three after Russian missile strike",
    ["Three people were killed and 13 injured by a Russian missile in the eastern Ukrainian town of Balakliya, officials said Monday.",
     "The town is about 90 kilometres south-east of Kharkiv."],
    "strikes", "strikes", 3, BAL, a="Agencies", n="Toll three; spelling Balakliya."),
  OFF("2025-11-17 06:45", "Tokyo and Beijing trade warnings in widening row",
      ["China and Japan exchanged travel warnings and summoned each other's diplomats as a dispute over comments by Japan's prime minister deepened."],
      "japan-china-diplomatic-row-2025-11", a="World Desk", n="East Asian diplomacy, not about the war."),
  OFF("2025-11-17 05:10", "Asian markets slip ahead of chipmaker earnings",
      ["Share prices in Asia fell on Monday as investors waited for quarterly results from the world's most valuable chipmaker later in the week."],
      "asian-markets-2025-11-17", a="World Desk", n="markets."),
  ]))

SEEDS.append(dict(id="8543", name="8543_innisfarne-dispatch-atom", ext="xml", source="Innisfarne Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Innisfarne Dispatch: Ukraine desk", link="https://innisfarne.example/ukraine", tag="innisfarne.example", updated="2025-11-17T20:17:00+02:00", zulu=False,
  notes="Invented outlet. Atom 1.0, newest first, <published> with the Kyiv offset +02:00 (EET); escaped HTML content; one author per entry. Entry 01 is the day's theme piece (explainer). " + D3,
  not_entries=["feed title, link, id and updated", "entry <updated> values (not publication times)"],
  entries=[
  E("2025-11-17 20:10", "Explainer: what a letter of intent does, and does not, commit France to",
    ["A letter of intent sets out what two governments plan to do, but it is not a binding purchase contract.",
     "Any order for Rafale jets would still need financing, which Kyiv hopes will come partly from European funds and frozen Russian assets."],
    "aid", "aid", 2, "explainer-rafale-letter-of-intent", a="Oleh Savchuk", sec=["diplomacy"],
    n="Theme piece (explainer with body): own story, importance 2; not the signing event " + RAF + "."),
  E("2025-11-17 17:30", "Sweden starts training Ukrainian crews on Gripen jets",
    ["The first group of Ukrainian pilots and technicians has begun training on Swedish Gripen fighters, Sweden's defence ministry said.",
     "Stockholm and Kyiv signed their own letter of intent on the jets in October."],
    "aid", "aid", 2, "sweden-gripen-training-ukraine-2025-11", a="Oleh Savchuk",
    n="Another fighter-jet item on the same theme as the Rafale deal, but a different event: must not merge with " + RAF + "."),
  E("2025-11-17 15:05", "Paris deal opens way to up to 100 French jets for Ukraine",
    ["France and Ukraine agreed at an air base outside Paris that Kyiv could acquire up to 100 Rafale jets, along with new air-defence systems.",
     "Officials on both sides said deliveries would take years."],
    "aid", "aid", 3, RAF, a="Iryna Bondar", sec=["diplomacy"]),
  E("2025-11-17 10:20", "Russia claims capture of village near Huliaipole",
    ["Russia's defence ministry said its troops had taken another village near Huliaipole in the Zaporizhzhia region.",
     "Ukraine's southern command said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-village-huliaipole-2025-11-17", a="Iryna Bondar"),
  ]))

SEEDS.append(dict(id="8544", name="8544_lantry-bridge-journal-article", ext="txt", source="Lantry Bridge Journal", zone="America/New_York", render=r_article,
  masthead="LANTRY BRIDGE JOURNAL", menu="Local | Nation | World | Money | Opinion | Obituaries",
  title="Ukraine lines up French jets as a Russian missile kills three in the east",
  standfirst="What happened in the war on Monday, in three parts.", byline="Nadia Ferreira",
  dateline="Monday, November 17, 2025 \u2014 6:45 p.m. ET",
  tail=["More world coverage", "", "Copyright 2025 Lantry Bridge Journal"],
  notes="Invented outlet. Text article with three section headings, one entry each; stamp null; published = the dateline 6:45 p.m. ET (EST, UTC-5) = 23:45 UTC, still 17 November. "
        "Author = the byline. " + D3,
  not_entries=["masthead and menu", "title and standfirst", "byline and dateline", "'More world coverage' and copyright line"],
  entries=[
  E("2025-11-17 18:45", "The Paris agreement",
    ["President Volodymyr Zelensky secured a French commitment in principle to supply up to 100 Rafale fighters, signing a letter of intent with President Emmanuel Macron outside Paris.",
     "The first aircraft could arrive within three years, French officials said."],
    "aid", "aid", 3, RAF, a="Nadia Ferreira", sec=["diplomacy"]),
  E("2025-11-17 18:45", "Deadly strike in the east",
    ["In eastern Ukraine, a Russian missile strike on the town of Balakliia killed three people and wounded more than a dozen, according to regional officials."],
    "strikes", "strikes", 3, BAL, a="Nadia Ferreira", n="Toll three."),
  E("2025-11-17 18:45", "Corruption probe widens",
    ["Investigators in Kyiv said they had identified further suspects in a kickback scheme at the state nuclear company, a scandal that has put two ministers' jobs on the line.",
     "The president has promised that anyone found guilty will be punished."],
    "other", "politics", 3, GRAFT, a="Nadia Ferreira"),
  ]))


# ============================================================ emit
BASIS = {
  "r_falkirk": "post time '{s}' printed after the headline, on the page's day (header 'Published 7th Feb 2025'); GMT = UTC; JSON-LD update time agrees",
  "r_ayrshire": "bare time '{s}' in a newest-first list; header runs from '06:30, 7 May 2025' to 'Updated00:45, 8 May 2025', so times after midnight at the top are 8 May local; BST = UTC+1; local day {d}",
  "r_paisley": "no per-section time; the article date '14:20, 9 Nov 2025' (UK time, GMT = UTC) used for every section; JSON-LD datePublished agrees",
  "r_greenock": "timeline time '{s}' on the page's date '22nd February' (no year: parse_args --date 2025-02-22); UK time implied, GMT = UTC",
  "r_dgstandard": "pubDate '{s}' (explicit +0100, BST)",
  "r_oban": "pubDate '{s}' (explicit +0000)",
  "r_northern": "card stamp '{s}' (full date and 24 h time, printed after the text); UK time implied, GMT = UTC",
  "r_border": "relative visible time '{s}'; exact instant from its <time datetime> attribute ({d}, +00:00)",
  "r_stirling": "bare time '{s}' on the page's day (header '07:00, 13 Nov 2025'); GMT = UTC; JSON-LD update time agrees",
  "r_fife": "no per-section time; the article line 'Published 9th Feb 2025, 17:00 GMT' used for every section",
  "r_kelmscar": "dual stamp '{s}' under the date line for {d}; Kyiv EEST = UTC+3 (London BST agrees)",
  "r_ashbrae": "stamp '{s}' with <time datetime> (+02:00) on {d}; JSON-LD update time agrees",
  "r_rssworld": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_article": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_tarbrax": "stamp '{s}' printed after the headline, on the page's date {d}; header says 'All times CET' (UTC+1)",
  "r_cairnvale": "bare time '{s}' with <time datetime> (+01:00) on {d}; JSON-LD update time agrees",
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
        print(fn, len(ents))
    print("total", total)


if __name__ == "__main__":
    main()

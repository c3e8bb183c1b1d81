#!/usr/bin/env python3
"""Builds the eval/fp seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording (no copied sentences). Part A imitates,
from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic: no clock, no randomness.
Run from the project root:  python3 eval/fp/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.", "Jan.", "Feb.",
          "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, h = headline (None when the page prints none),
    p = body paragraphs, labels as in LABELS.md, a = author, n = note; extra keys (cc, lab, ...) go to the renderer."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (other/unrelated, importance 1)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", dots=False, upper=False, space=""):
    """12-hour clock: '2:37pm', '2.30pm', '2:37 p.m.', '2:37PM'."""
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def dmy(d):
    """'2 July 2029'"""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be {'newest' if newest_first else 'oldest'} first"


def ptags(ps, cls=None):
    c = f' class="{cls}"' if cls else ""
    return [f"<p{c}>{esc(p)}</p>" for p in ps]


# ================================================================ Part A renderers (layouts of ten real outlets, from memory)

def r_independent(S):
    """The Independent live blog, HTML. Newest first. Header: section crumbs, LIVE label, h1, standfirst, page bylines,
    'Monday 02 July 2029 18:10 BST' updated line, comment count; 'Key Points' list of post headlines + 'Show latest update';
    each post: h3 headline, body, optional photo credit, then footer 'Author' + '<time>2 July 2029 18:10</time>' (UK time, no zone).
    JSON-LD LiveBlogPosting with a liveBlogUpdate per post (own headline, datePublished, author)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{S['pid'] - i}", "url": f"{S['url']}#post-{S['pid'] - i}",
                    "headline": e["h"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
                    "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "description": S["lede"],
          "url": S["url"], "mainEntityOfPage": S["url"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=8)).isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "The Independent", "logo": {"@type": "ImageObject", "url": "https://static.independent.co.uk/img/logo.png"}},
          "liveBlogUpdate": ups}
    upd = f"{WDAY[last.weekday()]} {last.day:02d} {MONTHS[last.month - 1]} {last.year} {last:%H:%M} BST"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Independent</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head><body>',
           '<div id="top-bar"><a href="/topic/bulletin">Bulletin</a> <a href="/independentpremium">Independent Premium</a> '
           '<a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>',
           '<header><a class="logo" href="/">The Independent</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> '
           '<a href="/arts-entertainment">Culture</a> <a href="/life-style">Lifestyle</a> <a href="/travel">Travel</a> '
           '<a href="/climate-change">Climate</a> <a href="/tv">Independent TV</a> <a href="/voices">Voices</a></nav></header>',
           '<main><nav class="crumbs"><a href="/news">News</a> <a href="/news/world">World</a> <a href="/news/world/europe">Europe</a></nav>',
           '<span class="live-label">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<h2 class="standfirst">{esc(S["lede"])}</h2>',
           '<div class="byline">' + " ".join(f'<a href="/author/{n.lower().replace(" ", "-")}">{esc(n)}</a>' for n in S["authors"]) + '</div>',
           f'<div class="date">{upd}</div>', f'<a class="comments" href="#comments">{S["comments"]} Comments</a>',
           '<figure><img src="/img/lead.jpg" alt=""><figcaption>' + esc(S["caption"]) + '</figcaption></figure>',
           '<aside class="newsletter"><p>Stay ahead of the news with our free daily Bulletin email</p>'
           '<input type="email" placeholder="Enter your email"> <button>Sign up</button></aside>',
           '<div class="key-points"><h3>Key Points</h3><ul>']
    out += [f'<li><a href="#post-{S["pid"] - i}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]]
    out += ['</ul></div>', '<button class="latest">Show latest update</button>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{S["pid"] - i}"><h3>{esc(e["h"])}</h3>')
        out += ptags(e["p"])
        if e.get("credit"):
            out.append(f'<figure><img src="/img/p{i}.jpg" alt=""><figcaption>{esc(e["credit"])}</figcaption></figure>')
        out.append(f'<footer class="post-meta"><span class="post-author">{esc(e["a"])}</span>'
                   f'<time datetime="{d.isoformat()}">{st}</time></footer></div>')
        if i == 3:
            out.append('<aside class="read-more"><strong>Read more</strong> <a href="/news/world/europe/lviv-history-unesco.html">'
                       'Why Lviv&#8217;s old town matters to Ukrainians</a></aside>')
    out += ['</div></main>', '<footer><a href="/topic/contact-us">Contact us</a> <a href="/service/jobs">Jobs</a> '
            '<a href="/service/privacy-notice">Privacy notice</a> <p>&#169; 2029 Independent Digital News &amp; Media Ltd</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_trt(S):
    """TRT World live blog, text scrape. Newest first under one date header 'Wednesday, July 4, 2029'; posts
    'HHMM GMT — headline', except the pinned lead whose stamp line runs straight into body text (no headline)."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["title"], "", S["lede"], "", S["caption"], S["credit"], "", S["caption"], "",
         f"{WDAY[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        if e["h"] is None:
            L += [f"{st} {e['p'][0]}", ""] + paras(e["p"][1:])
            L += ["Read More", "", S["related"], "", "Scroll down for more updates", ""]
        else:
            L += [f"{st} \u2014 {e['h']}", ""] + paras(e["p"])
        if e.get("loading"):
            L += ["Loading...", ""]
    L += [S["footer"], "", "Privacy Policy | Terms of Use | Contact Us", "© TRT World 2029"]
    return "\n".join(L) + "\n", stamps


def r_euronews_rss(S):
    """Euronews RSS 2.0 ('News' feed): pubDate with +0200 (Lyon, CEST), CDATA summary, media:content, optional dc:creator."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://www.euronews.com/news</link>', '<atom:link href="https://www.euronews.com/rss?level=vertical&amp;name=news" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           '<copyright>Copyright 2029 euronews</copyright>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<image><url>https://static.euronews.com/website/images/euronews-logo-main-blue-403x60.png</url><title>Euronews</title>'
           '<link>https://www.euronews.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.euronews.com/{e.get('vert', 'my-europe')}/{d:%Y/%m/%d}/{e['slug']}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', '<description><![CDATA[' + " ".join(e["p"]) + ']]></description>',
                f'<category>{esc(e.get("cat", "Europe"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<media:content url="https://static.euronews.com/articles/stories/09/{7312 + i * 41}/1200x675_cmsv2_{e["slug"][:12]}.jpg" medium="image" width="1200" height="675">'
                f'<media:title>{esc(e["h"])}</media:title><media:credit>{esc(e.get("photo", "AP Photo"))}</media:credit></media:content>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps



def r_sky(S):
    """Sky News live page, HTML. Newest first. Header date 'Sunday 8 July 2029 19:40, UK'; posts: bare '19:40' timestamp,
    optional 'Breaking' label, h3 title, body, optional contributor line 'Name, role'. Video teasers carry only a player
    placeholder. JSON-LD LiveBlogPosting whose liveBlogUpdate items have headline and body but no times."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "description": S["lede"],
          "url": S["url"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Sky News"},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": e["h"], "articleBody": " ".join(e["p"])} for e in S["entries"]]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World News | Sky News</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head><body>',
           '<header class="sdc-site-header"><a class="sdc-site-header__logo" href="/">Sky News</a><nav>'
           + " ".join(f'<a href="/{x.lower().replace(" ", "-")}">{x}</a>' for x in ["Home", "UK", "Politics", "World", "US", "Climate", "Science & Tech",
                                                                                 "Business", "Ents & Arts", "Offbeat", "Analysis", "Videos"])
           + ' <a class="watch-live" href="/watch-live">Watch Live</a></nav></header>',
           '<main><div class="sdc-article-header">', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="sdc-article-date">{WDAY[last.weekday()]} {dmy(last)} {last:%H:%M}, UK</p>', '</div>',
           '<div class="sdc-site-video"><span>Watch Sky News live</span> <button>Play</button></div>',
           '<div class="ncpost-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        lab = f'<span class="ncpost-label">{e["lab"]}</span>' if e.get("lab") else ""
        out.append(f'<div class="ncpost-container"><div class="ncpost-header"><span class="ncpost-timestamp">{st}</span>{lab}</div>')
        out.append(f'<h3 class="ncpost-title">{esc(e["h"])}</h3>')
        if e["p"]:
            out.append('<div class="ncpost-content">' + "".join(ptags(e["p"])) + '</div>')
        else:
            out.append('<div class="ncpost-video"><div class="sdc-video-player">Video player \u2013 2:41</div><p class="caption">Please use Chrome browser for a more accessible video player</p></div>')
        if e.get("role"):
            out.append(f'<p class="ncpost-contributor">{esc(e["a"])}, {esc(e["role"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="sdc-podcast-promo"><p>Listen to the Sky News Daily podcast wherever you get your podcasts</p></aside>')
    out += ['<button class="ncpost-load-more">Show more</button></div></main>',
            '<footer><a href="/about">About Sky News</a> <a href="/terms">Terms &amp; Conditions</a> <a href="/privacy">Privacy &amp; Cookies</a> '
            '<a href="/contact">Contact Us</a> <p>\u00a9 2029 Sky UK</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_telegraph(S):
    """The Telegraph live blog, text scrape, sorted OLDEST first; '7:15am' line before each headline; dates only in the
    header ('10 July 2029 7:02am' and 'Updated ...'); one page byline, no per-post names."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z); pub = dt(S["published"], z)
    L = ["Skip to content", "The Telegraph", "Subscribe now", "Log in", "",
         "News  Sport  Money  Business  Opinion  Ukraine  US  Politics  World  Health  Travel  Culture  Puzzles", "",
         S["title"], S["lede"], "", "Related Topics", "Russia, Ukraine, Vladimir Putin, Volodymyr Zelensky", "",
         f"By {S['byline']}", f"{dmy(pub)} {h12(pub)}", f"Updated {dmy(last)} {h12(last)}", "",
         "Gift this article free", "", "Showing oldest first  |  Latest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 2:
            L += ["Your browser does not support this video", "", "Sign up to the Front Page newsletter for free: your essential guide to the day\u2019s agenda from The Telegraph", ""]
    L += ["Join the conversation", f"Comments ({S['comments']})", "", "More stories", "Ukraine\u2019s drone makers race to stay ahead of Russian jamming", "",
          "\u00a9 Telegraph Media Group Limited 2029  Terms and Conditions  Privacy  Cookie Policy"]
    return "\n".join(L) + "\n", stamps


def r_times(S):
    """The Times article (HTML): one byline, one date line 'Thursday July 12 2029, 2.30pm, The Times', h2 subheads
    (one entry per section, no per-section time); NewsArticle JSON-LD; paywall chrome, comment count."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-body"},
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "NewsMediaOrganization", "name": "The Times"},
          "mainEntityOfPage": S["url"]}
    dl = f"{WDAY[pub.weekday()]} {MONTHS[pub.month - 1]} {pub.day} {pub.year}, {h12(pub, sep='.')}, The Times"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World | The Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head><body>',
           '<header><a class="masthead" href="/">The Times &amp; The Sunday Times</a><nav><a href="/uk">UK</a> <a href="/world">World</a> '
           '<a href="/uk/politics">Politics</a> <a href="/business-money">Business</a> <a href="/comment">Opinion</a> <a href="/culture">Culture</a> '
           '<a href="/sport">Sport</a> <a href="/life-style">Life &amp; Style</a> <a href="/puzzles">Puzzles</a> <a href="/todays-paper">Today\u2019s paper</a></nav>'
           '<a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main><article><p class="section-label">WORLD | EUROPE</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><a href="/profile/{S["byline"].lower().replace(" ", "-")}">{esc(S["byline"])}</a>, {esc(S["place"])}</div>',
           f'<time datetime="{pub.isoformat()}">{dl}</time>',
           '<div class="share"><button>Share</button> <button>Save</button> <a href="#comments">Comments</a></div>',
           f'<figure><img src="/img/lead.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="article-body">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += ptags(e["p"])
        if i == 1:
            out.append('<aside class="related"><p>Related articles</p><a href="/world/europe/article/nato-spending-target">Nato allies split over pace of spending rise</a></aside>')
    out += ['</div>', f'<section id="comments"><h3>Comments ({S["comments"]})</h3><p>Comments are subject to our community guidelines, which can be viewed here.</p></section>',
            '</article></main>', '<footer><a href="/contact-us">Contact us</a> <a href="/help">Help</a> <a href="/privacy-policy">Privacy &amp; cookie policy</a> '
            '<p>\u00a9 Times Media Limited 2029.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def rel(ref, d):
    """Reach-style relative stamp counted back from the capture clock: 'Just now', '35 mins ago', '1 hr ago', '2 hrs ago'."""
    mins = int((ref - d).total_seconds() // 60)
    if mins == 0:
        return "Just now"
    if mins < 60:
        return f"{mins} mins ago"
    assert mins % 60 == 0, (ref, d)
    return "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"


def r_mirror(S):
    """Daily Mirror (Reach plc) live blog, text scrape. Newest first. Header '09:12, 14 Jul 2029' and 'Updated 16:48, 14 Jul 2029'
    (no zone); each post: relative stamp ('Just now', '35 mins ago', '2 hrs ago'), author name, headline, body. The newest post
    is the 16:48 update, so the capture clock equals the 'Updated' time."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); ref = dt(S["entries"][0]["t"], z)
    L = ["Mirror", "", "News  Politics  Football  Celebs  TV  Money  Lifestyle  Travel  Weird News  Puzzles", "", "News", "World News", "",
         S["title"], S["lede"], "", "By " + ", ".join(S["authors"]), "News Reporters", "Bookmark", f"Comments ({S['comments']})", "",
         f"{pub:%H:%M}, {pub.day} {MON3[pub.month - 1]} {pub.year}", f"Updated {ref:%H:%M}, {ref.day} {MON3[ref.month - 1]} {ref.year}", "",
         S["caption"], "(Image: AFP via Getty Images)", "", "Get the latest news on the war in Ukraine straight to your inbox. Sign up for our free newsletter", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel(ref, d); stamps.append(st)
        L += [st, e["a"], e["h"], ""] + paras(e["p"])
        if i == 2:
            L += ["READ MORE: Ukraine war maps show where the front line stands", ""]
    L += ["Show more", "", "Most Read", "Most Recent", "", "Follow Mirror", "Terms & Conditions  Privacy Notice  Cookie Notice  Contact us",
          "\u00a9 2029 Reach Publishing Services Limited"]
    return "\n".join(L) + "\n", stamps


def r_express(S):
    """Daily Express (Reach plc) live blog, HTML. Newest first; each post: h3 headline, then <time> 'HH:MM' (no zone), then body.
    Header '08:12, Mon, Jul 16, 2029 | UPDATED: 17:45, Mon, Jul 16, 2029'. JSON-LD LiveBlogPosting whose liveBlogUpdate
    items all carry the PAGE's datePublished (not the post times)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Express.co.uk"},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": e["h"], "datePublished": pub.isoformat(), "articleBody": " ".join(e["p"])}
                             for e in S["entries"]]}
    fmt = lambda d: f"{d:%H:%M}, {WD3[d.weekday()]}, {MON3[d.month - 1]} {d.day}, {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World | News | Express.co.uk</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head><body>',
           '<header><a class="logo" href="/">Express</a><span class="strap">Home of the Daily and Sunday Express</span><nav><a href="/news">News</a> '
           '<a href="/news/politics">Politics</a> <a href="/news/royal">Royal</a> <a href="/sport">Sport</a> <a href="/comment">Comment</a> '
           '<a href="/finance">Finance</a> <a href="/travel">Travel</a> <a href="/entertainment">Entertainment</a> <a href="/life-style">Life &amp; Style</a></nav></header>',
           '<main><div class="breadcrumbs"><a href="/">Home</a> <a href="/news">News</a> <a href="/news/world">World</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<h2 class="standfirst">{esc(S["lede"])}</h2>',
           f'<div class="author"><a href="/latest/{S["byline"].lower().replace(" ", "-")}">{esc(S["byline"])}</a>, {esc(S["role"])}</div>',
           f'<div class="dates"><span>{fmt(pub)}</span> | <span>UPDATED: {fmt(last)}</span></div>',
           f'<div class="share"><a href="#comments">{S["comments"]} comments</a> <button>Share</button></div>',
           f'<figure><img src="/img/lead.jpg" alt=""><figcaption>{esc(S["caption"])} (Image: Getty)</figcaption></figure>', '<div class="live-blog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post" data-post-id="{88120 - i}"><h3>{esc(e["h"])}</h3><time>{st}</time>')
        out += ptags(e["p"])
        out.append('</div>')
        if i == 1:
            out.append('<div class="newsletter">Get the biggest stories from the war in Ukraine sent to your inbox. <a>Sign up</a></div>')
        if i == 3:
            out.append('<div class="related"><span>READ MORE:</span> <a href="/news/world/putin-economy">Putin\u2019s economy stalls as oil revenue falls again</a></div>')
    out += ['</div>', '<section id="comments"><h3>Comments</h3><p>Join the debate</p></section>', '</main>',
            '<footer><a href="/terms">Terms &amp; Conditions</a> <a href="/privacy">Privacy Notice</a> <a href="/contact">Contact</a> '
            '<p>\u00a9 Express Newspapers 2029</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_standard_rss(S):
    """Evening Standard section RSS 2.0 ('World'): pubDate in GMT, dc:creator (staff names or the wire agency), one-paragraph
    description, media:content."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.standard.co.uk/news/world</link>',
           '<atom:link href="https://www.standard.co.uk/news/world/rss" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f"https://www.standard.co.uk/news/world/{e['slug']}-b{1190412 + i * 377}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{esc(e.get("cat", "World"))}</category>',
                f'<media:content url="https://static.standard.co.uk/2029/07/18/{e["slug"][:20]}.jpg" type="image/jpeg" medium="image"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_mail(S):
    """Daily Mail (MailOnline) live article, text scrape. Bullet-point summary under the headline, byline 'By NAME FOR MAILONLINE',
    'Published: 08:05 BST, 20 July 2029 | Updated: 16:10 BST, 20 July 2029', share/comment counts; posts newest first:
    headline line, then 'HH:MM BST' line, then body. Photo teasers ('Pictured:') have no text."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    mf = lambda d: f"{d:%H:%M} BST, {dmy(d)}"
    L = ["Daily Mail", "", "Home  News  Royals  U.S.  Sport  TV  Showbiz  Femail  Health  Science  Money  Travel  Podcasts  Shopping", "",
         "Latest Headlines  World News  Ukraine  Politics  Crime  Login", "", S["title"], ""]
    L += [f"\u2022 {b}" for b in S["bullets"]]
    L += ["", f"By {S['byline']} FOR MAILONLINE", "", f"Published: {mf(pub)} | Updated: {mf(last)}", "",
          "e-mail", f"{S['shares']} shares", f"{S['comments']}", "View comments", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], st, ""] + paras(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Share or comment on this article:", "", "Most watched News videos", "",
          "Published by Associated Newspapers Ltd", "Part of the Daily Mail, The Mail on Sunday & Metro Media Group", "\u00a9 Associated Newspapers Ltd"]
    return "\n".join(L) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_textlive_kp(S):
    """text live blog, newest first: masthead, LIVE label, title, dateline, standfirst, 'Key Points' bullets (post headlines),
    then posts: 'HH:MM BST' line, headline, body, optional 'Reporting by NAME' line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "All updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += [f"Get the {S['source']} world briefing in your inbox every morning. Sign up here.", ""]
    L += ["Show earlier updates", "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Corrections"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with one liveBlogUpdate per post (own datePublished, +03:00);
    visible '<time datetime>HH:MM</time>' above the h2; author line under the h2."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookies">{esc(S["source"])} uses cookies to measure readership. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a href="/" class="logo">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += ptags(e["p"])
        out.append('<p class="post-tools"><a href="#">Copy link</a> <a href="#">Share</a></p></section>')
        if i == 3:
            out.append('<aside class="read-also"><b>Read also:</b> <a href="/explainers/patriot">How a Patriot battery works</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About us \u00b7 Editorial policy \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first; pubDate with the outlet's numeric offset or GMT (S['gmt']); CDATA paragraphs; dc:creator when known."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en")}</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        sec = e.get("cat", "World")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{sec.lower()}/{S["idbase"] + i * 13}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{S["idbase"] + i * 13}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{esc(sec)}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO 8601 with the outlet's offset (Z for UTC); escaped-HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2029:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{S["idbase"] + i}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2029:{S["idbase"] + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_article_sections(S):
    """text article: one entry per section heading, page byline, dateline '24 July 2029, 15:40 CEST'; no per-section time."""
    L = [S["source"], "Politics \u00b7 Europe \u00b7 World \u00b7 Economy \u00b7 Culture", "", "World \u203a Europe \u203a Ukraine", "",
         S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "", "Share \u00b7 Print \u00b7 Save for later", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + paras(e["p"])
        if i == 1:
            L += ["Also read: What Kyiv hopes for from the autumn NATO summit", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} 2029 \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_htmllive_plain(S):
    """HTML live, newest first, no JSON-LD at all; bare 'HH:MM' in a span above the h2; a printed note on the zone;
    byline paragraph under the h2; photo teasers show only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           f'<div id="consent">{esc(S["source"])} and our partners store cookies on your device. <button>Agree</button> <button>More options</button></div>',
           f'<header><strong>{esc(S["source"])}</strong> <nav><a>Ukraine</a> <a>Russia</a> <a>Europe</a> <a>Analysis</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">By {esc(e["a"])}</p>')
        if e["p"]:
            out += ptags(e["p"])
        else:
            out.append('<div class="gallery">[Photo gallery: 12 images]</div>')
        out.append('</article>')
        if i == 2:
            out.append('<aside><h3>Background</h3><a href="/explainers/front-line-map">The front line in maps</a></aside>')
    out += [f'<p class="prev"><a href="{S["prev"]}">Previous day\u2019s live page</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_et(S):
    """text live, OLDEST first; date line with weekday, month and day but NO year; '8:05 a.m. ET' line before the headline;
    a generic staff credit and no per-post names."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  \u00b7  Nation  \u00b7  World  \u00b7  Business  \u00b7  Sports  \u00b7  Opinion  \u00b7  Obituaries", "",
         S["title"], S["dateline"], S["credit"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, dots=True, space=' ')} ET"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += ["Check back for updates throughout the day.", "", f"{S['source']}  \u00b7  Contact the newsroom  \u00b7  Terms of Use  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_graphlive(S):
    """HTML live, newest first; JSON-LD @graph with an Organization node and an article node whose @type is the array
    ['NewsArticle', 'LiveBlogPosting'], without liveBlogUpdate; visible '7.55pm' in <time datetime>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    org = S["url"].split("/live")[0] + "/#organization"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": org, "name": S["source"], "url": S["url"].split("/live")[0]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": org}, "isPartOf": {"@id": S["url"]}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="pubdate">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-item"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += ptags(e["p"])
        if e["a"]:
            out.append(f'<p class="signature">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">Sign up for the {esc(S["source"])} World View newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_oldest(S):
    """text live, OLDEST first; date line with year and 'All times BST'; bare '07:30' line before the headline;
    'Reporting by NAME' after the body; video teasers show only a player placeholder."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  |  World  |  Ukraine  |  Sport  |  Weather", "", S["title"], f"{S['dateline']}  \u00b7  All times BST", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += paras(e["p"]) if e["p"] else ["[Video, 0:48]", ""]
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 3:
            L += ["Support our journalism: subscribe from \u00a31 a week.", ""]
    L += ["This live blog is now closed.", "", f"\u00a9 {S['source']}  \u00b7  Privacy  \u00b7  Terms"]
    return "\n".join(L) + "\n", stamps

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
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            loc = d.strftime("%Y-%m-%d %H:%M:%S" if e["t"].count(":") == 2 else "%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": f"{loc} {S['zone']}",
                         "published_basis": S["basis"].format(s=stamps[i], d=loc, z=S["zone"]),
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 17300 The Independent (HTML live blog)
LVIV = "lviv-overnight-attack-2029-07-02"
SEEDS.append(dict(
  id="17300", name="17300_independent-live", ext="html", source="The Independent", zone="Europe/London", render=r_independent,
  title="Russia-Ukraine war latest: Lviv death toll rises after overnight barrage as Netherlands pledges drone money",
  url="https://www.independent.co.uk/news/world/europe/ukraine-russia-war-latest-lviv-attack-b2791044.html", pid=7340912,
  lede="At least six people have been killed in a Russian missile and drone attack on Lviv, one of the deadliest strikes on western Ukraine this year",
  authors=["Holly Tremayne", "Jasper Okafor"], comments=214,
  caption="Firefighters at the damaged apartment block in Lviv (AFP via Getty Images)",
  basis="post footer '<time>{s}</time>' (date and time printed, no zone: UK local time, BST = UTC+1); local {d} in {z}; the JSON-LD liveBlogUpdate carries the same time with +01:00",
  notes="Imitates an Independent live blog (HTML). Newest first. Page header: LIVE label, h1, standfirst, two page bylines, updated line 'Monday 02 July 2029 18:10 BST', comment count, lead photo caption, newsletter box. A 'Key Points' block lists three post headlines (key_point true), followed by 'Show latest update'. Each post: h3 headline, body paragraphs, optional photo credit line, then a footer with the author and '<time>2 July 2029 18:10</time>' (headline BEFORE stamp; the stamp closes the post). LiveBlogPosting JSON-LD with one liveBlogUpdate per post (per-post headline, time, author). 17300-06 is a colour piece on the Lviv attack (same story, importance 2). Poland's jet scramble (17300-04) is its own story.",
  not_entries=["top bar (Bulletin, Independent Premium, Subscribe, Log in)", "logo and navigation", "breadcrumbs News / World / Europe",
               "'LIVE' label", "h1 page title", "standfirst (page lede)", "page bylines (two names)", "updated line 'Monday 02 July 2029 18:10 BST'",
               "'214 Comments' link", "lead photo caption", "newsletter sign-up box", "'Key Points' header and its three links (pointers to posts)",
               "'Show latest update' button", "photo credits inside posts '(Reuters)', '(AFP via Getty Images)'", "post footers (author + time)",
               "'Read more' related link after the fourth post", "footer links and copyright"],
  entries=[
  E("2029-07-02 18:10", "Lviv death toll rises to six as rescuers reach basement",
    ["The number of people killed in Russia\u2019s overnight attack on Lviv has risen to six, the city\u2019s mayor Andriy Sadovyi said, after emergency crews recovered two more bodies from a partly collapsed apartment building in the Sykhiv district.",
     "Twenty-nine people were injured, among them three children, and eleven remain in hospital.",
     "Mr Sadovyi declared Wednesday a day of mourning in the city."],
    "strikes", "strikes", 3, LVIV, a="Holly Tremayne", kp=True, n="toll 6 dead, 29 injured"),
  E("2029-07-02 16:45", "Netherlands pledges \u20ac400m for Ukrainian-made drones",
    ["The Dutch government will spend \u20ac400 million on long-range and interceptor drones built in Ukraine, its defence minister announced on Monday, in one of the largest single orders placed under the so-called Danish model.",
     "Under the arrangement, donor countries pay Ukrainian manufacturers directly, which officials say gets weapons to the front faster and more cheaply than buying them in western Europe."],
    "aid", "aid", 3, "netherlands-ukrainian-drone-funding-2029-07-02", a="Jasper Okafor", kp=True),
  E("2029-07-02 15:20", "Kremlin says no date set for next round of talks",
    ["Dmitry Peskov, the Kremlin spokesman, said on Monday there was still no date for a further round of direct talks with Ukrainian officials, and that contacts at working level were continuing.",
     "He declined to say whether Moscow would accept a proposal for the meeting to be held in Geneva."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2029-07-02", a="Jasper Okafor"),
  E("2029-07-02 13:05", "Poland scrambles jets as Russia targets western Ukraine",
    ["Poland\u2019s operational command said it had put fighter jets in the air and raised ground-based air defences to their highest state of readiness during the night because of the Russian attack on regions close to its border.",
     "No violation of Polish airspace was recorded, the command said in a post on X."],
    "other", "security", 2, "poland-scrambles-jets-2029-07-02", a="Holly Tremayne", sec=["strikes"],
    n="Poland's reaction as a NATO neighbour; its own story, not the Lviv strike itself"),
  E("2029-07-02 11:40", "Russia claims capture of village near Kostiantynivka",
    ["Russia\u2019s defence ministry said its forces had taken the village of Oleksandro-Shultyne, south-east of Kostiantynivka in the Donetsk region.",
     "Ukraine\u2019s general staff did not comment on the claim, which could not be independently verified."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2029-07-02", a="Jasper Okafor"),
  E("2029-07-02 10:15", "\u2018We heard the whistle and then the walls shook\u2019: Lviv residents describe night of blasts",
    ["Residents of the damaged building in Lviv\u2019s south said they were woken by air-raid sirens shortly before 3am, minutes before the first explosions.",
     "\u201cThere was no time to reach the shelter,\u201d said Oksana, 54, who was treated for cuts to her arms. \u201cWe lay in the corridor and prayed.\u201d"],
    "strikes", "strikes", 2, LVIV, a="Holly Tremayne", credit="(Reuters)", n="colour piece on the Lviv attack (same story)"),
  E("2029-07-02 08:30", "Russia launches overnight missile and drone attack on Lviv, killing four",
    ["Russia struck the western Ukrainian city of Lviv with missiles and drones overnight, killing at least four people and setting fire to an apartment block, local officials said.",
     "Ukraine\u2019s air force said Russia had launched 64 drones and seven cruise missiles at the country, and that air defences had brought down 52 of the drones and five of the missiles.",
     "The regional governor, Maksym Kozytskyi, said a warehouse and a school building had also been damaged."],
    "strikes", "strikes", 3, LVIV, a="Holly Tremayne", kp=True, credit="(AFP via Getty Images)", n="toll 4 dead"),
  ]))

# ---------------------------------------------------------------- 17301 TRT World (text live blog)
SEEDS.append(dict(
  id="17301", name="17301_trtworld-live", ext="txt", source="TRT World", zone="UTC", render=r_trt,
  title="Live blog:\u00a0T\u00fcrkiye ready to host new round of Russia-Ukraine talks, says Fidan",
  lede="Russia's war on Ukraine is now in its 2,688th day.",
  caption="Rescue workers at a residential area hit in Kharkiv / Photo: Reuters", credit="Reuters",
  related="Fidan: Black Sea security must be part of any settlement",
  footer="For our live updates from Tuesday, July 3, click here.",
  basis="date header 'Wednesday, July 4, 2029' (the page's only date) + stamp '{s}' (GMT = UTC); newest first, no midnight crossing; local {d} in {z}",
  notes="Imitates a TRT World live blog as copied from the browser. The title contains a no-break space after 'Live blog:'. One date header; stamps 'HHMM GMT'. The pinned lead (1840 GMT) has no ' \u2014 ' headline: its stamp line runs straight into the body, so headline null and body_paragraphs counts that line as the first paragraph. Other posts: 'HHMM GMT \u2014 headline'. 'Loading...' lines after some posts are chrome. TRT spells 'Kiev' and 'Zelenskyy'. The Kremlin's reply (17301-03) is its own statement, not the Turkish offer (17301-01).",
  not_entries=["subtitle 'Russia's war on Ukraine is now in its 2,688th day.' (lede)", "photo caption (printed twice) and credit 'Reuters'",
               "date header 'Wednesday, July 4, 2029'", "'Read More' after the lead", "related link 'Fidan: Black Sea security must be part of any settlement'",
               "'Scroll down for more updates'", "'Loading...' lines", "footer link to Tuesday's live updates", "footer links and copyright line"],
  entries=[
  E("2029-07-04 18:40", None,
    ["T\u00fcrkiye is ready to host another round of direct negotiations between Russia and Ukraine in Istanbul, Foreign Minister Hakan Fidan has said.",
     "Speaking after talks with his Ukrainian counterpart in Ankara, Fidan said both sides had signalled they were open to resuming technical-level contacts on prisoner exchanges and the safety of shipping in the Black Sea.",
     "\"Our doors remain open. Dialogue is the only path that can end this war,\" Fidan told reporters."],
    "diplomacy", "diplomacy", 3, "turkiye-offers-to-host-talks-2029-07-04", n="pinned lead without headline"),
  E("2029-07-04 17:05", "Russian drones hit grain terminal in Ukraine's Izmail port",
    ["Russian drones struck port infrastructure in Izmail on the Danube overnight, damaging a grain terminal and injuring two workers, the Odesa regional administration said.",
     "Izmail lies across the river from Romania, a NATO member, and has been targeted repeatedly since Russia pulled out of the Black Sea grain deal."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2029-07-04", loading=True),
  E("2029-07-04 14:12", "Kremlin says Putin-Zelenskyy meeting not on the agenda",
    ["Kremlin spokesperson Dmitry Peskov said a meeting between Russian President Vladimir Putin and Ukraine's Volodymyr Zelenskyy was \"not on the agenda at this stage\", when asked about the Turkish offer.",
     "Peskov said any summit would have to be carefully prepared by negotiators first."],
    "diplomacy", "diplomacy", 2, "kremlin-rules-out-leaders-meeting-2029-07-04", n="reply to the Turkish offer but its own statement: must not merge with 17301-01"),
  E("2029-07-04 11:30", "EU adopts new sanctions package targeting Russia's shadow fleet",
    ["European Union governments formally adopted a new package of sanctions against Russia, adding 92 more tankers from Moscow's so-called shadow fleet to the list of vessels barred from EU ports and services.",
     "The package also restricts exports of machine tools and drone components to companies in third countries that Brussels says supply the Russian military."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-shadow-fleet-2029-07-04"),
  E("2029-07-04 09:05", "Ukraine says it struck Russian air base in occupied Crimea",
    ["Ukraine's General Staff said its drones hit the Saky air base in occupied Crimea overnight, damaging a radar station and an ammunition depot.",
     "Russia's Defence Ministry said it had destroyed 31 Ukrainian drones over the peninsula and the Black Sea but did not mention any damage."],
    "strikes", "strikes", 2, "ukraine-drone-strike-saky-airbase-2029-07-04", loading=True),
  E("2029-07-04 06:40", "Russian guided bombs kill two in Kharkiv",
    ["Two people were killed and 15 injured when Russian guided aerial bombs hit a residential area of Kharkiv early on Wednesday, regional governor Oleh Syniehubov said.",
     "He said one bomb landed near a kindergarten, shattering windows across several blocks."],
    "strikes", "strikes", 3, "kharkiv-guided-bombs-2029-07-04"),
  E("2029-07-04 03:15", "Japan approves new $1 billion loan for Kiev",
    ["Japan's government approved a loan of around $1 billion to Ukraine to help pay for repairs to its power grid and water supply, the finance ministry in Tokyo said.",
     "The money will be repaid from the proceeds of immobilised Russian assets under an arrangement agreed by the G7."],
    "aid", "aid", 2, "japan-loan-ukraine-2029-07-04"),
  ]))

# ---------------------------------------------------------------- 17302 Euronews (RSS)
SEEDS.append(dict(
  id="17302", name="17302_euronews-rss", ext="xml", source="Euronews", zone="Europe/Paris", render=r_euronews_rss,
  title="Euronews | News", lede="Latest news from Europe and the world",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Lyon summer time); local {d} in {z}",
  notes="Imitates Euronews' RSS 2.0 'News' feed. Newest first; pubDate with seconds and +0200; one-paragraph CDATA summary per item (body_paragraphs 1); media:content image with credit; dc:creator only on some items ('Euronews with AFP' is an agency-credited byline, kept as printed). General feed: four of eight items are not about the war (wildfire, cycling, heat, ECB).",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate and logo image", "item link, guid and category elements",
               "media:content image titles and photo credits"],
  entries=[
  E("2029-07-06 19:42:10", "EU finance ministers agree to extend Ukraine windfall-profits scheme",
    ["EU finance ministers on Friday agreed to keep channelling the profits from immobilised Russian central bank assets to Ukraine for another two years, a decision Kyiv says is vital to close a budget gap in 2030."],
    "aid", "aid", 3, "eu-windfall-profits-scheme-extension-2029-07-06", a="Marta Lindqvist", slug="eu-extends-windfall-scheme-ukraine", cat="Europe"),
  OFF("2029-07-06 18:15:44", "Greece evacuates villages as wildfire spreads near Corinth",
    ["Greek authorities ordered the evacuation of four villages west of Corinth as a wildfire driven by strong winds spread through pine forest and farmland on Friday afternoon."],
    "greece-corinth-wildfire-2029-07-06", n="wildfire", slug="greece-evacuates-villages-corinth-wildfire", cat="Europe", vert="green"),
  E("2029-07-06 16:58:02", "Night-time drone attack on Kyiv damages apartment blocks, injuring nine",
    ["Russian drones hit residential buildings in three districts of Kyiv overnight into Friday, injuring nine people, the head of the city's military administration said."],
    "strikes", "strikes", 2, "kyiv-drone-attack-2029-07-06", slug="drone-attack-kyiv-nine-injured", cat="Europe"),
  OFF("2029-07-06 15:30:27", "Tour de France: Belgian attacks late to win rain-soaked sixth stage",
    ["A Belgian rider won a wet sixth stage of the Tour de France in Normandy after breaking away on the last climb, while the race leader kept the yellow jersey."],
    "tour-de-france-stage-six-2029-07-06", n="sport", slug="tour-de-france-stage-six-normandy", cat="Sport", vert="sport"),
  E("2029-07-06 13:12:50", "Moldova expels Russian diplomat over alleged arson plot",
    ["Moldova ordered a Russian embassy employee to leave the country within 72 hours after prosecutors linked him to a plan to set fire to a warehouse storing aid bound for Ukraine."],
    "other", "security", 2, "moldova-expels-russian-diplomat-2029-07-06", a="Euronews with AFP", slug="moldova-expels-russian-diplomat-arson", cat="Europe"),
  OFF("2029-07-06 11:05:18", "Seville swelters through Spain's warmest July night on record",
    ["Spain's weather agency said overnight temperatures in Seville did not drop below 31C, the highest minimum ever recorded in the country in early July."],
    "spain-heat-record-2029-07-06", n="weather", slug="seville-warmest-night-record", cat="Europe", vert="green"),
  E("2029-07-06 09:47:33", "Ukraine's parliament extends martial law and mobilisation for 90 days",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for a further 90 days, the 30th such extension since Russia's full-scale invasion began in February 2022."],
    "other", "politics", 2, "ukraine-martial-law-extension-2029-07-06", slug="ukraine-parliament-extends-martial-law", cat="Europe"),
  OFF("2029-07-06 07:20:09", "ECB policymakers signal no rush to move rates in September",
    ["Several European Central Bank policymakers said this week they saw no reason to change interest rates at the next meeting in September, pointing to inflation close to target."],
    "ecb-rates-signal-2029-07-06", n="economy", slug="ecb-policymakers-no-rush-rates", cat="Business", vert="business", a="Marta Lindqvist"),
  ]))

# ---------------------------------------------------------------- 17303 Sky News (HTML live page)
SEEDS.append(dict(
  id="17303", name="17303_skynews-live", ext="html", source="Sky News", zone="Europe/London", render=r_sky,
  title="Ukraine war latest: Russia and Ukraine swap prisoners; gas plant hit in Poltava region",
  url="https://news.sky.com/story/ukraine-war-latest-prisoner-swap-poltava-13401187",
  lede="Russia and Ukraine have carried out another prisoner exchange, while a Russian missile attack has killed a worker at a gas site in central Ukraine.",
  basis="bare post time '{s}' (no zone: UK time, BST = UTC+1) on the day printed in the page date line 'Sunday 8 July 2029 19:40, UK'; local {d} in {z}",
  notes="Imitates a Sky News live page (HTML). Newest first. The only date is the header line 'Sunday 8 July 2029 19:40, UK'; posts show a bare 'HH:MM' and sometimes a 'Breaking' label. Contributor lines 'Name, role' under some posts give the author (name only). 17303-02 is a 'Watch:' video teaser with only a player placeholder (no body). 17303-03 is an analysis (theme piece) that mentions the Poltava strike (17303-05) but is its own story. LiveBlogPosting JSON-LD lists the updates without times.",
  not_entries=["site header, logo and navigation, 'Watch Live'", "h1 page title", "standfirst", "page date line 'Sunday 8 July 2029 19:40, UK'",
               "'Watch Sky News live' player", "'Breaking' labels", "video player placeholder and accessibility caption in the teaser post",
               "contributor lines 'Name, role'", "podcast promo after the third post", "'Show more' button", "footer"],
  entries=[
  E("2029-07-08 19:40", "Explosions heard in Odesa as drones approach from the sea",
    ["Several loud explosions have been heard in Odesa, according to local media, after Ukraine\u2019s air force warned that Russian attack drones were approaching the port city from the Black Sea.",
     "There is no information yet on damage or casualties."],
    "strikes", "strikes", 2, "odesa-drone-attack-evening-2029-07-08", lab="Breaking"),
  E("2029-07-08 18:25", "Watch: Inside a Ukrainian drone workshop hidden in a farm building", [],
    "other", "security", 1, "ukrainian-drone-workshop-video-2029-07-08", n="video teaser, no text"),
  E("2029-07-08 17:10", "Analysis: Why Moscow keeps going after Ukraine\u2019s gas fields",
    ["Today\u2019s strike in the Poltava region is the latest in a long campaign against the plants that produce most of Ukraine\u2019s own gas.",
     "Kyiv has had to import more gas from Europe each winter to make up for lost output, and every damaged site adds to that bill.",
     "For Moscow the logic is simple: the more Ukraine has to spend on heating homes, the less it has for weapons."],
    "strikes", "strikes", 2, "analysis-russian-strikes-on-ukraine-gas-production", a="Lena Marchetti", role="international affairs correspondent",
    n="theme piece (analysis); mentions the Poltava strike but is its own story: must not merge with 17303-05"),
  E("2029-07-08 15:45", "Russia and Ukraine swap 84 prisoners each",
    ["Russia and Ukraine have each released 84 prisoners of war in an exchange mediated by the United Arab Emirates, both sides said.",
     "Among the Ukrainians freed were 12 National Guard members who had been held for more than four years, according to Kyiv\u2019s coordination headquarters for prisoners of war."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-84-2029-07-08", lab="Breaking"),
  E("2029-07-08 13:20", "Worker killed as Russian missiles hit gas facility in Poltava region",
    ["Russian missiles struck a gas production facility in the Poltava region overnight, killing one worker and starting a large fire, Ukraine\u2019s state energy company said.",
     "Firefighters needed nine hours to bring the blaze under control."],
    "strikes", "strikes", 3, "poltava-gas-facility-strike-2029-07-08"),
  E("2029-07-08 11:05", "UK to train 4,000 more Ukrainian recruits this summer",
    ["Britain will train another 4,000 Ukrainian recruits at bases in England before the end of September, Defence Secretary John Healey has announced.",
     "More than 60,000 Ukrainian personnel have gone through UK-led courses since 2022."],
    "aid", "aid", 2, "uk-training-ukrainian-recruits-2029-07-08", a="Owen Trask", role="political reporter"),
  E("2029-07-08 09:30", "Russia says 40 Ukrainian drones downed over border regions",
    ["Russia\u2019s defence ministry said its air defences destroyed 40 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions.",
     "The governor of Bryansk said a power line had been damaged but nobody was hurt."],
    "strikes", "strikes", 2, "russia-downs-ukrainian-drones-border-2029-07-08"),
  ]))

# ---------------------------------------------------------------- 17304 The Telegraph (text live blog, oldest first)
DRONES812 = "record-russian-drone-barrage-2029-07-10"
SEEDS.append(dict(
  id="17304", name="17304_telegraph-live", ext="txt", source="The Telegraph", zone="Europe/London", render=r_telegraph,
  title="Ukraine-Russia war latest: Putin launches biggest drone attack of the war",
  lede="Three killed in Rivne as Russia sends more than 800 drones and decoys across Ukraine in one night",
  byline="Harriet Quill and Samuel Averell", published="2029-07-10 07:02", comments=1342,
  basis="post time '{s}' (12-hour clock, no zone: UK time, BST = UTC+1) on the day printed in the header '10 July 2029 7:02am'; oldest first; local {d} in {z}",
  notes="Imitates a Telegraph live blog copied from the browser with the 'oldest first' sort. The header carries the page byline 'By Harriet Quill and Samuel Averell' (no per-post names, so the page byline is every entry's author, kept as one string), the start '10 July 2029 7:02am' and 'Updated 10 July 2029 6:15pm'. Posts: '7:15am' line, headline, body. Video placeholder and newsletter line after the third post are chrome. The Rivne deaths (17304-02, 17304-07) are part of the overnight barrage (17304-01): same story; Zelensky's air-defence appeal (17304-05) is its own story.",
  not_entries=["'Skip to content', masthead, Subscribe / Log in, navigation", "page title and standfirst", "'Related Topics' and its tag line",
               "page byline and the two header date lines", "'Gift this article free'", "sort toggle 'Showing oldest first | Latest first'",
               "'Your browser does not support this video'", "newsletter promo", "'Join the conversation' and comment count",
               "'More stories' and its link", "copyright footer"],
  entries=[
  E("2029-07-10 07:15", "Russia fires record number of drones at Ukraine overnight",
    ["Russia launched 812 drones and decoys at Ukraine overnight, the largest single barrage of the war, Ukraine\u2019s air force has said.",
     "Most were shot down or jammed, but hits were recorded in eight regions, with the heaviest damage in Kyiv and Rivne."],
    "strikes", "strikes", 3, DRONES812, a="Harriet Quill and Samuel Averell"),
  E("2029-07-10 09:02", "Two killed in Rivne as drone hits block of flats",
    ["Two people were killed when a drone struck the upper floors of a nine-storey block of flats in Rivne, the regional governor said.",
     "Another 14 people were taken to hospital."],
    "strikes", "strikes", 3, DRONES812, a="Harriet Quill and Samuel Averell", n="part of the overnight barrage; toll 2"),
  E("2029-07-10 10:48", "Kremlin dismisses special tribunal as \u2018legal nonsense\u2019",
    ["The Kremlin said it would ignore any ruling of the special tribunal for the crime of aggression against Ukraine, after judges in The Hague held their first procedural hearing.",
     "Dmitry Peskov called the court \u201clegal nonsense with no jurisdiction over Russia\u201d."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-aggression-tribunal-2029-07-10", a="Harriet Quill and Samuel Averell"),
  E("2029-07-10 12:30", "Germany to send four more IRIS-T air defence systems by December",
    ["Germany will deliver four more IRIS-T air defence systems to Ukraine before the end of the year, Berlin\u2019s defence ministry said, along with several thousand missiles for systems already in service.",
     "The package is worth about \u20ac1.9 billion."],
    "aid", "aid", 3, "germany-iris-t-package-2029-07-10", a="Harriet Quill and Samuel Averell"),
  E("2029-07-10 14:37", "Zelensky urges allies to \u2018close the sky\u2019 after record attack",
    ["Volodymyr Zelensky has asked Western allies for more interceptor missiles and fighter jets, saying the scale of last night\u2019s attack showed that Russia was trying to exhaust Ukraine\u2019s air defences.",
     "\u201cEvery drone we cannot stop is a home destroyed,\u201d the Ukrainian president said in a video address."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2029-07-10", a="Harriet Quill and Samuel Averell", sec=["diplomacy"],
    n="appeal for air defence (aid), its own story; must not merge with the barrage itself"),
  E("2029-07-10 16:05", "Russian court jails British man for 13 years on spying charges",
    ["A court in Moscow sentenced a British man to 13 years in a high-security prison after convicting him of collecting information for a foreign intelligence service, Russian state media reported.",
     "The Foreign Office said it was urgently seeking consular access."],
    "other", "security", 2, "british-man-jailed-spying-moscow-2029-07-10", a="Harriet Quill and Samuel Averell"),
  E("2029-07-10 18:15", "Rivne death toll rises to three",
    ["A woman pulled from the rubble in Rivne this morning has died in hospital, bringing the number of dead in the city to three, local officials said."],
    "strikes", "strikes", 3, DRONES812, a="Harriet Quill and Samuel Averell", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 17305 The Times (HTML article with subheads)
SEEDS.append(dict(
  id="17305", name="17305_thetimes-article", ext="html", source="The Times", zone="Europe/London", render=r_times,
  title="Russia throws reserves at Zaporizhzhia front as Nato ministers meet",
  lede="Moscow opens a new push in the south while allies argue over air defence and Kryvyi Rih counts the cost of an overnight missile strike",
  url="https://www.thetimes.com/world/europe/article/russia-zaporizhzhia-front-nato-ministers-x7kq2lmw9", published="2029-07-12 14:30",
  byline="Hal Pemberton", place="Kyiv", comments=87, caption="Ukrainian soldiers prepare a mortar position near Huliaipole",
  basis="no per-section time: the article's single date line 'Thursday July 12 2029, 2.30pm, The Times' (UK time, BST = UTC+1; the JSON-LD datePublished agrees); local {d} in {z}",
  notes="Imitates a Times (London) news article (HTML). One byline 'Hal Pemberton, Kyiv' (author = the name), one date line 'Thursday July 12 2029, 2.30pm, The Times'. The body is split by h2 subheads; each subhead is one entry (headline = subhead, stamp null, published = the article time). NewsArticle JSON-LD (paywalled). Related-article box and comments block are chrome.",
  not_entries=["masthead, navigation, Subscribe / Log in", "section label 'WORLD | EUROPE'", "h1 page title", "standfirst", "byline 'Hal Pemberton, Kyiv'",
               "date line 'Thursday July 12 2029, 2.30pm, The Times'", "share / save buttons", "lead photo caption",
               "'Related articles' box after the second section", "comments block", "footer"],
  entries=[
  E("2029-07-12 14:30", "A new push near Huliaipole",
    ["Russian forces have thrown several reserve brigades into an offensive north of Huliaipole, Ukrainian commanders say, in the largest ground assault on the southern front this year.",
     "Columns of armoured vehicles were stopped by drones and mines on the first day, but small infantry groups continued to probe Ukrainian lines overnight.",
     "A battalion commander said his unit had faced eleven assaults in 24 hours."],
    "other", "frontline", 3, "russian-offensive-huliaipole-2029-07-12", a="Hal Pemberton"),
  E("2029-07-12 14:30", "Allies divided over interceptors",
    ["In Brussels, Nato defence ministers failed to agree on a joint scheme to buy interceptor missiles for Ukraine, with several countries insisting that their own stocks must be rebuilt first.",
     "Mark Rutte, the alliance\u2019s secretary-general, said he expected \u201cconcrete pledges\u201d before the leaders\u2019 summit in the autumn."],
    "diplomacy", "diplomacy", 3, "nato-defence-ministers-interceptors-2029-07-12", a="Hal Pemberton", sec=["aid"]),
  E("2029-07-12 14:30", "Power station hit in Kryvyi Rih",
    ["A Russian ballistic missile hit a thermal power station on the edge of Kryvyi Rih before dawn, killing a maintenance worker and cutting electricity to about 40,000 homes.",
     "The city\u2019s military administration said repairs would take at least a week."],
    "strikes", "strikes", 3, "kryvyi-rih-power-station-strike-2029-07-12", a="Hal Pemberton"),
  E("2029-07-12 14:30", "Britain targets Chinese suppliers",
    ["Britain imposed sanctions on 23 Chinese and Hong Kong companies accused of shipping drone engines and microchips to Russian arms makers.",
     "China\u2019s embassy in London called the measures \u201cunilateral bullying\u201d and said Beijing would protect the rights of its firms."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-chinese-suppliers-2029-07-12", a="Hal Pemberton"),
  E("2029-07-12 14:30", "Kyiv\u2019s call-up debate returns",
    ["In Kyiv, MPs reopened the argument over lowering the minimum call-up age from 25, after the army asked for more infantry to rotate exhausted units.",
     "Government officials said no bill was being prepared."],
    "other", "politics", 2, "ukraine-mobilisation-age-debate-2029-07-12", a="Hal Pemberton"),
  ]))

# ---------------------------------------------------------------- 17306 Daily Mirror (text live blog, relative stamps)
KHERSON = "kherson-market-shelling-2029-07-14"
SEEDS.append(dict(
  id="17306", name="17306_mirror-live", ext="txt", source="Daily Mirror", zone="Europe/London", render=r_mirror,
  title="Ukraine war live: British volunteer medic among dead after Russian shelling of Kherson market",
  lede="Russian artillery hit a busy market in the southern city of Kherson on Saturday morning as Zelensky insisted Ukraine would not give up the Donbas",
  authors=["Ben Lister", "Kirsty Holme"], published="2029-07-14 09:12", comments=318,
  caption="Emergency workers at the scene of the market shelling in Kherson",
  basis="relative stamp '{s}' counted back from the capture clock, which is the printed 'Updated 16:48, 14 Jul 2029' (the newest post, stamped 'Just now', is that update; no zone printed: UK time, BST = UTC+1); local {d} in {z}",
  notes="Imitates a Daily Mirror (Reach plc) live blog copied from the browser. Newest first. Header: page byline 'By Ben Lister, Kirsty Holme', '09:12, 14 Jul 2029' and 'Updated 16:48, 14 Jul 2029'. Posts carry only RELATIVE stamps ('Just now', '35 mins ago', '2 hrs ago'), then the author's name, the headline and the body. The newest post ('Just now') is the 16:48 update, so every relative stamp is counted back from 16:48 BST; Reach rounds relative times down, so these are as exact as the page allows. The Kherson market shelling (toll 2 then 3) appears twice (17306-02, 17306-05).",
  not_entries=["masthead and navigation", "'News' / 'World News' crumbs", "page title and standfirst", "page byline line, 'News Reporters', 'Bookmark', comment count",
               "header date lines '09:12, 14 Jul 2029' and 'Updated 16:48, 14 Jul 2029'", "lead photo caption and credit", "newsletter sign-up line",
               "author name line of each post", "'READ MORE:' link after the third post", "'Show more'", "'Most Read' / 'Most Recent' tabs", "footer lines"],
  entries=[
  E("2029-07-14 16:48", "Ukraine says sea drones hit Russian landing ship in Novorossiysk",
    ["Ukraine\u2019s navy says its sea drones struck a Russian landing ship moored in the port of Novorossiysk overnight, leaving it listing in the harbour.",
     "Russia\u2019s defence ministry said all the drones were destroyed before they reached the port."],
    "strikes", "strikes", 2, "novorossiysk-landing-ship-sea-drones-2029-07-14", a="Kirsty Holme"),
  E("2029-07-14 16:13", "British volunteer medic among three killed in Kherson market shelling",
    ["A British volunteer medic has died of wounds suffered when Russian shells hit a market in Kherson this morning, the charity he worked for has confirmed, taking the death toll to three.",
     "The 41-year-old from Leeds had been delivering medical supplies to a clinic near the market.",
     "The Foreign Office said it was supporting his family."],
    "strikes", "strikes", 3, KHERSON, a="Kirsty Holme", n="toll 3"),
  E("2029-07-14 14:48", "Zelensky says peace is \u2018closer than ever\u2019 but rules out giving up Donbas",
    ["Volodymyr Zelensky has said a ceasefire is \u201ccloser than at any time since the invasion\u201d, but insisted Ukraine would never hand over the parts of the Donbas its troops still hold.",
     "Speaking in Odesa alongside visiting European ministers, the Ukrainian president said any deal had to come with security guarantees backed by troops on the ground."],
    "diplomacy", "diplomacy", 3, "zelensky-peace-closer-no-donbas-2029-07-14", a="Ben Lister"),
  E("2029-07-14 13:48", "Kremlin TV host threatens Britain live on air",
    ["A presenter on Russian state television has called for strikes on British military bases, in the latest outburst aimed at the UK over its support for Kyiv.",
     "The Foreign Office declined to comment on the broadcast."],
    "other", "security", 2, "russian-tv-host-threatens-britain-2029-07-14", a="Ben Lister"),
  E("2029-07-14 11:48", "Two killed as Russian shells hit busy Kherson market",
    ["Two people were killed and nine wounded when Russian artillery hit a crowded market in central Kherson on Saturday morning, the regional governor said.",
     "Shoppers were queuing at fruit stalls when the first shells landed, witnesses told local media."],
    "strikes", "strikes", 3, KHERSON, a="Ben Lister", n="toll 2"),
  E("2029-07-14 09:48", "Ukraine receives first Gripen fighter jets from Sweden",
    ["The first Swedish-built Gripen fighter jets have arrived in Ukraine, the Ukrainian air force has confirmed, after months of pilot training in Sweden.",
     "Stockholm has promised up to 18 of the aircraft over the next two years."],
    "aid", "aid", 3, "sweden-gripen-delivery-2029-07-14", a="Ben Lister"),
  ]))

# ---------------------------------------------------------------- 17307 Daily Express (HTML live blog, JSON-LD times are the page's)
SEEDS.append(dict(
  id="17307", name="17307_express-live", ext="html", source="Daily Express", zone="Europe/London", render=r_express,
  title="Ukraine LIVE: Putin's war machine rocked as drones hit huge arms depot deep inside Russia",
  lede="Ukrainian drones struck one of Russia's largest ammunition stores overnight as EU ministers opened a new chapter of Kyiv's membership talks",
  url="https://www.express.co.uk/news/world/2091944/ukraine-live-putin-arms-depot-drones", published="2029-07-16 08:12",
  byline="Callum Fenwick", role="Senior News Reporter", comments=412, caption="Smoke rises over the depot after the drone strike",
  basis="post time '{s}' in <time> (no zone: UK time, BST = UTC+1) on the day printed in the header '08:12, Mon, Jul 16, 2029 | UPDATED: 17:45, Mon, Jul 16, 2029'; the JSON-LD liveBlogUpdate times are all the page's start time and are ignored; local {d} in {z}",
  notes="Imitates a Daily Express live blog (HTML). Newest first; each post: h3 headline, then <time>HH:MM</time> (headline BEFORE stamp), then body. Header dates '08:12, Mon, Jul 16, 2029 | UPDATED: 17:45, Mon, Jul 16, 2029'. Page byline 'Callum Fenwick, Senior News Reporter' (no per-post names, so the page byline is every entry's author). Trap: the LiveBlogPosting JSON-LD gives every liveBlogUpdate the same datePublished (the page's 08:12 start), so per-post times must come from the visible <time>.",
  not_entries=["header, logo, strap and navigation", "breadcrumbs", "h1 page title", "standfirst", "byline 'Callum Fenwick, Senior News Reporter'",
               "date line with UPDATED", "'412 comments' and Share", "lead photo caption with '(Image: Getty)'", "newsletter box after the second post",
               "'READ MORE:' link after the fourth post", "comments section", "footer"],
  entries=[
  E("2029-07-16 17:45", "Ukraine drones blow up huge ammunition depot in Russia's Tver region",
    ["Ukrainian drones struck a large ammunition depot near Toropets in Russia's Tver region overnight, setting off blasts strong enough to register on seismic sensors, a source in Ukraine's military intelligence said.",
     "Local authorities evacuated two nearby villages and closed a stretch of motorway."],
    "strikes", "strikes", 3, "toropets-ammunition-depot-strike-2029-07-16", a="Callum Fenwick"),
  E("2029-07-16 16:20", "Rutte warns Russia could test NATO 'within five years'",
    ["NATO Secretary General Mark Rutte has warned that Russia could be ready to test the alliance's eastern flank within five years if the war in Ukraine ended on Moscow's terms.",
     "He urged European members to keep raising defence spending."],
    "diplomacy", "diplomacy", 2, "rutte-warns-russia-could-test-nato-2029-07-16", a="Callum Fenwick"),
  E("2029-07-16 14:02", "Ukraine hails 'historic day' as EU opens first chapter of membership talks",
    ["EU ministers formally opened the first cluster of accession negotiations with Ukraine, after Hungary dropped its objection in exchange for guarantees on minority language rights.",
     "Ukrainian Prime Minister Yulia Svyrydenko called it a historic day for her country."],
    "diplomacy", "diplomacy", 3, "eu-opens-ukraine-accession-cluster-2029-07-16", a="Callum Fenwick"),
  E("2029-07-16 12:30", "Four killed as Russian missile hits Sumy",
    ["A Russian ballistic missile hit a residential street in Sumy, killing four people and injuring 21, the regional military administration said.",
     "Several private houses and a pharmacy were destroyed."],
    "strikes", "strikes", 3, "sumy-missile-strike-2029-07-16", a="Callum Fenwick"),
  E("2029-07-16 10:15", "UK pledges \u00a3350million for Ukrainian artillery shells",
    ["Britain will provide \u00a3350million to buy artillery shells for Ukraine through a joint procurement fund run with Norway and Denmark, the Ministry of Defence said.",
     "The first deliveries are expected in the autumn."],
    "aid", "aid", 3, "uk-artillery-shells-funding-2029-07-16", a="Callum Fenwick"),
  E("2029-07-16 08:40", "Russia claims two more villages in Dnipropetrovsk region",
    ["Russia's defence ministry claimed its troops had captured two villages on the eastern edge of the Dnipropetrovsk region.",
     "Ukraine's military said fighting was continuing in the area and did not confirm any losses."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2029-07-16", a="Callum Fenwick"),
  ]))

# ---------------------------------------------------------------- 17308 Evening Standard (RSS, GMT)
SEEDS.append(dict(
  id="17308", name="17308_standard-worldrss", ext="xml", source="Evening Standard", zone="UTC", render=r_standard_rss,
  title="Evening Standard | World", lede="The latest world news from the Evening Standard",
  basis="RSS pubDate '{s}' (explicit GMT = UTC); local {d} in {z}",
  notes="Imitates the Evening Standard's World section RSS 2.0 feed. Newest first; pubDate in GMT with seconds; dc:creator on every item (staff names, or a wire agency name such as 'Reuters', kept as printed); one-paragraph description. Three of seven items are not about the war.",
  not_entries=["channel title, link, description, language and lastBuildDate", "item link, guid, category and media:content elements"],
  entries=[
  E("2029-07-18 21:10:32", "Russia and Ukraine agree to hold new talks in Istanbul next week",
    ["Russian and Ukrainian negotiators will meet in Istanbul next Wednesday for the first direct talks in three months, Turkey's foreign ministry said, with a broader ceasefire and the return of deported children on the agenda."],
    "diplomacy", "diplomacy", 3, "istanbul-talks-announced-2029-07-18", a="Alicia Renwick", slug="russia-ukraine-talks-istanbul-next-week"),
  OFF("2029-07-18 19:45:10", "Wildfires force thousands from homes on Turkey's Aegean coast",
    ["Thousands of residents and holidaymakers were moved out of villages near Izmir as wildfires fanned by strong winds burned through forest for a third day."],
    "turkey-aegean-wildfires-2029-07-18", a="Reuters", n="wildfire", slug="turkey-wildfires-izmir-evacuations"),
  E("2029-07-18 17:02:48", "Five killed as Russian missile hits bus in Dnipro",
    ["A Russian missile struck a city bus in Dnipro during the evening rush hour, killing five passengers and wounding 17, Ukrainian officials said."],
    "strikes", "strikes", 3, "dnipro-bus-missile-strike-2029-07-18", a="Reuters", slug="dnipro-bus-missile-strike"),
  OFF("2029-07-18 14:36:19", "Japan's ruling party picks new leader after election losses",
    ["Japan's governing party elected a new leader on Wednesday, who is set to become prime minister after the party lost its majority in the upper house."],
    "japan-ruling-party-leader-2029-07-18", a="Lottie Brennan", n="Japanese politics", slug="japan-ruling-party-new-leader"),
  E("2029-07-18 12:08:55", "Finland extends closure of Russian border for another year",
    ["Finland will keep its entire land border with Russia closed until at least July 2030, the government in Helsinki said, citing the risk of migrants being pushed across by Moscow."],
    "other", "security", 2, "finland-border-closure-extended-2029-07-18", a="Lottie Brennan", slug="finland-russia-border-closure-extended"),
  OFF("2029-07-18 10:40:00", "Spanish prime minister survives confidence vote",
    ["Spain's prime minister survived a confidence vote in parliament by four votes after a regional party agreed to abstain."],
    "spain-confidence-vote-2029-07-18", a="Alicia Renwick", n="Spanish politics", slug="spain-prime-minister-confidence-vote"),
  E("2029-07-18 08:15:21", "North Korea shipped more artillery shells to Russia, Seoul says",
    ["South Korea's intelligence service said North Korea had sent at least 20 more trainloads of artillery shells and rockets to Russia since the spring, in return for oil and food."],
    "aid", "aid", 2, "north-korea-shells-to-russia-2029-07-18", a="Lottie Brennan", slug="north-korea-artillery-shells-russia-seoul"),
  ]))

# ---------------------------------------------------------------- 17309 Daily Mail (text live article)
ZHOSP = "zaporizhzhia-childrens-hospital-strike-2029-07-20"
SEEDS.append(dict(
  id="17309", name="17309_dailymail-live", ext="txt", source="Daily Mail", zone="Europe/London", render=r_mail,
  title="Ukraine war live: Death toll rises after Russian missiles hit children's hospital in Zaporizhzhia",
  bullets=["Five killed, including two children, after overnight strike on hospital", "Britain announces 200 more armoured vehicles for Kyiv"],
  byline="ROWAN PELL", published="2029-07-20 08:05", shares=126, comments=471,
  basis="post stamp '{s}' (BST printed = UTC+1) on the day printed in 'Published: 08:05 BST, 20 July 2029 | Updated: 16:10 BST, 20 July 2029'; local {d} in {z}",
  notes="Imitates a MailOnline live article copied from the browser. Newest first. Bullet summary under the headline (lede, not entries), byline 'By ROWAN PELL FOR MAILONLINE' (author = the capitalised name as printed, 'FOR MAILONLINE' dropped; no per-post names), 'Published: ... | Updated: ...' line, share and comment counts. Each post: headline, then an 'HH:MM BST' line (headline BEFORE stamp), then body. 17309-02 is a 'Pictured:' photo teaser with no text.",
  not_entries=["masthead and both navigation rows", "page title", "two bullet summary lines", "byline 'By ROWAN PELL FOR MAILONLINE'",
               "'Published: ... | Updated: ...' line", "'e-mail', share count, comment count, 'View comments'", "'Advertisement' after the third post",
               "'Share or comment on this article:'", "'Most watched News videos'", "publisher footer lines"],
  entries=[
  E("2029-07-20 16:10", "Moment Ukrainian sea drone blows up Russian patrol boat off Crimea",
    ["Ukraine's military intelligence agency released footage it said showed a sea drone ramming and destroying a Russian patrol boat near the western tip of Crimea.",
     "Moscow has not commented on the claim."],
    "strikes", "strikes", 2, "sea-drone-patrol-boat-crimea-2029-07-20", a="ROWAN PELL"),
  E("2029-07-20 14:55", "Pictured: The wrecked wards of Zaporizhzhia's children's hospital", [],
    "strikes", "strikes", 1, ZHOSP, a="ROWAN PELL", n="photo teaser, no text"),
  E("2029-07-20 13:30", "Zaporizhzhia hospital strike: death toll rises to five including two children",
    ["Five people, among them two children being treated on the cancer ward, have now died after Russian missiles hit a children's hospital in Zaporizhzhia, the regional governor Ivan Fedorov said.",
     "Sixteen others were injured, and patients were moved to hospitals in Dnipro."],
    "strikes", "strikes", 3, ZHOSP, a="ROWAN PELL", n="toll 5"),
  E("2029-07-20 11:45", "Medvedev threatens Britain over long-range missile deliveries",
    ["Dmitry Medvedev, the deputy head of Russia's Security Council, warned that Britain would 'pay a price' for supplying Ukraine with long-range missiles, in a post on Telegram.",
     "Downing Street said it would not be intimidated."],
    "diplomacy", "diplomacy", 2, "medvedev-threatens-britain-2029-07-20", a="ROWAN PELL", sec=["aid"]),
  E("2029-07-20 10:05", "Britain to send 200 more armoured vehicles to Ukraine",
    ["The Ministry of Defence said 200 more armoured vehicles, including troop carriers and ambulances, would be shipped to Ukraine over the summer as part of a \u00a3500million package."],
    "aid", "aid", 3, "uk-armoured-vehicles-package-2029-07-20", a="ROWAN PELL"),
  E("2029-07-20 08:20", "Russian missiles slam into children's hospital in Zaporizhzhia",
    ["Russian missiles hit a children's hospital in Zaporizhzhia in the early hours of Friday, killing two people and trapping others under debris, Ukrainian officials said.",
     "Rescuers carried young patients out of the burning building wrapped in blankets."],
    "strikes", "strikes", 3, ZHOSP, a="ROWAN PELL", n="toll 2"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2029-07-23 (UTC), day 2 = 2029-07-24, day 3 = 2029-07-28.
CHERN = "chernihiv-bus-station-missile-strike-2029-07-23"
PATRIOT = "norway-germany-patriot-funding-2029-07-23"
EUSANC = "eu-sanctions-package-blocked-2029-07-23"
NIZHYN = "nizhyn-substation-drone-attack-2029-07-23"
EXPL = "explainer-russian-ballistic-missiles"
EXPL_H = "Explainer: Why Russia\u2019s ballistic missiles are so hard to stop"
EXPL_P = ["Today\u2019s strike on Chernihiv is a reminder of how little warning Ukrainian cities get when Russia fires ballistic rather than cruise missiles.",
          "A ballistic missile such as the Iskander-M climbs steeply and falls at several times the speed of sound, so the gap between launch and impact from launchers near the border can be less than two minutes.",
          "Only a few Western systems, chiefly the American Patriot and the Franco-Italian SAMP/T, can intercept them, and Ukraine has too few batteries to protect every city."]

# ---------------------------------------------------------------- 17320 Wendmarsh Gazette (day 1, text live, Key Points)
SEEDS.append(dict(
  id="17320", name="17320_wendmarsh-textlive", ext="txt", source="Wendmarsh Gazette", zone="Europe/London", render=r_textlive_kp,
  title="Russia-Ukraine war live: nine killed in Chernihiv bus station strike; EU sanctions stall",
  dateline="Monday 23 July 2029",
  lede="A Russian ballistic missile has hit a crowded bus station in northern Ukraine; Norway and Germany will fund a Patriot battery; Slovakia blocks new EU sanctions.",
  basis="stamp '{s}' (UK time printed as BST = UTC+1) under the dateline 'Monday 23 July 2029'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists three post headlines (key_point true). Each post: 'HH:MM BST' line, headline, body, then an optional 'Reporting by NAME' line (author). 17320-02 is a 'Watch:' teaser with no body. 17320-03 is a theme piece (explainer on ballistic missiles) that mentions Chernihiv but is its own story; it is re-posted verbatim on day 2 by 17332. The Kharkiv guided bomb (17320-05) is another strike: must not merge with Chernihiv.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline", "standfirst", "'Key Points' header and its three bullets (pointers to posts)",
               "'All updates' label", "'Reporting by ...' lines (author credits)", "newsletter promo after the third post", "'Show earlier updates'", "footer"],
  entries=[
  E("2029-07-23 21:35", "Chernihiv death toll rises to nine as search ends",
    ["Nine people were killed when a Russian ballistic missile hit the central bus station in Chernihiv this morning, the regional governor said after rescue teams ended their search of the site.",
     "More than 40 people were wounded, among them the driver of a coach that had just arrived from Kyiv."],
    "strikes", "strikes", 3, CHERN, a="Fenella Marsh", kp=True, n="toll 9"),
  E("2029-07-23 20:10", "Watch: Smoke rises over Chernihiv bus station after strike", [],
    "strikes", "strikes", 1, CHERN, n="video teaser without body"),
  E("2029-07-23 18:45", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Idris Calloway",
    n="theme piece (explainer); mentions the Chernihiv strike but is its own story: must not merge with it"),
  E("2029-07-23 16:20", "EU fails to agree new sanctions as Slovakia holds out",
    ["EU foreign ministers meeting in Brussels failed to approve a new package of sanctions against Russia after Slovakia refused to lift its veto, diplomats said.",
     "Bratislava wants guarantees on gas supplies before it will sign off."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Idris Calloway", kp=True),
  E("2029-07-23 14:05", "Guided bomb injures six in Kharkiv",
    ["A Russian guided bomb struck a residential courtyard in Kharkiv\u2019s Kyivskyi district, injuring six people, the city\u2019s mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-guided-bomb-2029-07-23", a="Fenella Marsh", n="another city, another strike: must not merge with Chernihiv"),
  E("2029-07-23 11:30", "Norway and Germany to pay for new Patriot battery for Ukraine",
    ["Norway and Germany will jointly pay for a Patriot air defence battery for Ukraine, the two countries\u2019 defence ministers said in a joint statement, with delivery promised within six months."],
    "aid", "aid", 3, PATRIOT, a="Idris Calloway", kp=True),
  E("2029-07-23 08:50", "Russian missile strikes Chernihiv bus station, at least three killed",
    ["A Russian ballistic missile hit the main bus station in the northern Ukrainian city of Chernihiv during the morning rush, killing at least three people, local officials said.",
     "Several buses caught fire and the roof of the waiting hall collapsed."],
    "strikes", "strikes", 3, CHERN, a="Fenella Marsh", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 17321 Dovrefield Herald (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="17321", name="17321_dovrefield-ldlive", ext="html", source="Dovrefield Herald", zone="Europe/Kyiv", render=r_ldlive,
  title="War in Ukraine, day 2,707: live updates", url="https://dovrefield-herald.example/live/2029-07-23",
  dateline="Monday, 23 July 2029. Times are Kyiv time.",
  lede="Our reporters follow the day\u2019s events in Ukraine and beyond.",
  basis="visible '<time>{s}</time>' (Kyiv time, EEST = UTC+3, as the dateline says) under the dateline 'Monday, 23 July 2029'; the JSON-LD datePublished of the update agrees ({d} +03:00); local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, OLDEST first. LiveBlogPosting JSON-LD with one liveBlogUpdate per post, each with its own datePublished (+03:00) and author. Visible posts: <time> 'HH:MM', h2 headline, author line, body. 17321-04 repeats 17321-03 almost word for word an hour later (duplicate). The Nizhyn substation attack (17321-01, same Chernihiv region, overnight drones) must not merge with the Chernihiv bus station strike. The air force's plea for interceptors (17321-07) is a separate story from the Norway-Germany Patriot funding.",
  not_entries=["cookie banner", "header and navigation", "h1 page title", "dateline with the time-zone note", "standfirst", "author lines under headlines",
               "'Copy link / Share' tools under each post", "'Read also' link after the fourth post", "footer"],
  entries=[
  E("2029-07-23 07:40", "Drones hit power substation in Nizhyn overnight",
    ["Russian drones struck an electricity substation in Nizhyn, in the Chernihiv region, during the night, leaving parts of the town without power, the regional energy company said.",
     "No one was hurt."],
    "strikes", "strikes", 3, NIZHYN, a="Oksana Derkach", n="same region as the Chernihiv bus station strike but a different attack: must not merge"),
  E("2029-07-23 10:55", "Missile hits Chernihiv bus station; at least three dead",
    ["A ballistic missile struck the central bus station in Chernihiv at about 10:15, killing at least three people and wounding dozens, the head of the regional military administration said.",
     "Emergency workers were pulling passengers from a burning intercity bus."],
    "strikes", "strikes", 3, CHERN, a="Oksana Derkach", n="toll 3"),
  E("2029-07-23 12:20", "Norway and Germany announce joint funding for Patriot battery",
    ["The defence ministers of Norway and Germany said their countries would share the cost of a complete Patriot battery for Ukraine, including launchers, radar and a first load of interceptors."],
    "aid", "aid", 3, PATRIOT, a="Taras Hnatiuk"),
  E("2029-07-23 13:25", "Norway and Germany announce joint funding for Patriot battery",
    ["The defence ministers of Norway and Germany said their countries would share the cost of a complete Patriot battery for Ukraine, including launchers, radar and a first load of interceptor missiles."],
    "aid", "aid", 1, PATRIOT, a="Taras Hnatiuk", dup="17321-03", n="near-verbatim repeat of 17321-03"),
  E("2029-07-23 15:10", "Zelensky: strike on Chernihiv shows Moscow \u2018does not want peace\u2019",
    ["President Volodymyr Zelensky said the missile attack on Chernihiv\u2019s bus station proved that Russia \u201cdoes not want peace\u201d and urged partners to answer it with new sanctions and more air defence."],
    "strikes", "strikes", 3, CHERN, a="Oksana Derkach", sec=["diplomacy"], n="reaction whose content is the attack: same story"),
  E("2029-07-23 17:45", "Chernihiv death toll climbs to seven",
    ["The number of people killed in the morning strike on Chernihiv has risen to seven, with 38 injured, regional officials said."],
    "strikes", "strikes", 3, CHERN, a="Oksana Derkach", n="toll 7"),
  E("2029-07-23 19:30", "Air force asks allies for more interceptors",
    ["Ukraine\u2019s air force spokesman Yurii Ihnat said the country was running short of interceptors for ballistic missiles and urged allies to speed up deliveries."],
    "aid", "aid", 2, "ukraine-air-force-interceptor-appeal-2029-07-23", a="Taras Hnatiuk",
    n="same air-defence theme as the Norway-Germany Patriot funding but a different event: must not merge"),
  ]))

# ---------------------------------------------------------------- 17322 Larchmere World Report (day 1, general world RSS)
SEEDS.append(dict(
  id="17322", name="17322_larchmere-worldrss", ext="xml", source="Larchmere World Report", zone="UTC", render=r_rss, gmt=True,
  title="Larchmere World Report \u2013 World", url="https://larchmere-world.example", guid="lwr", idbase=40210,
  lede="International news, updated through the day",
  basis="RSS pubDate '{s}' (explicit GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat). Spells the Chernihiv strike city 'Chernigov'. No dc:creator (author null).",
  not_entries=["channel title, link, description and language", "item link, guid and category elements"],
  entries=[
  OFF("2029-07-23 19:05:00", "Dozens missing after flash floods in northern India",
    ["Rescue teams in Himachal Pradesh were searching for at least 40 people after flash floods swept away homes and a road bridge."],
    "india-flash-floods-2029-07-23", n="floods", cat="Asia"),
  E("2029-07-23 17:50:00", "Chernigov missile strike: death toll reaches seven",
    ["Seven people died and 38 were hurt when a Russian missile hit the bus station in Chernigov, northern Ukraine, officials said on Monday."],
    "strikes", "strikes", 3, CHERN, n="spelling 'Chernigov'; toll 7", cat="Europe"),
  E("2029-07-23 15:30:00", "Slovakia blocks EU sanctions package",
    ["Slovakia vetoed a new round of EU sanctions on Russia at a meeting of foreign ministers in Brussels, leaving the package on hold until at least September."],
    "diplomacy", "diplomacy", 3, EUSANC, cat="Europe"),
  OFF("2029-07-23 12:45:00", "Chilean copper miners end three-week strike",
    ["Workers at one of Chile\u2019s largest copper mines voted to accept a new wage deal, ending a strike that had cut output for three weeks."],
    "chile-copper-strike-ends-2029-07-23", n="labour dispute", cat="Americas"),
  OFF("2029-07-23 09:20:00", "Typhoon makes landfall in northern Philippines",
    ["A typhoon with winds of 160 km/h came ashore in the northern Philippines, forcing tens of thousands of people into evacuation centres."],
    "philippines-typhoon-2029-07-23", n="storm", cat="Asia"),
  OFF("2029-07-23 06:40:00", "Oil prices climb on Gulf shipping worries",
    ["Brent crude rose nearly two percent in early trading after reports of a tanker being stopped in the Gulf."],
    "oil-prices-gulf-2029-07-23", n="markets", cat="Business"),
  ]))

# ---------------------------------------------------------------- 17323 Oskava Wire (day 1, Atom, Warsaw)
SEEDS.append(dict(
  id="17323", name="17323_oskava-atom", ext="xml", source="Oskava Wire", zone="Europe/Warsaw", render=r_atom,
  title="Oskava Wire \u2014 Ukraine and the region", url="https://oskava-wire.example", idbase=918300,
  lede="Agency reports from Warsaw on the war in Ukraine and its neighbours",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Warsaw summer time); local {d} in {z}",
  notes="Invented agency (Warsaw). Atom 1.0, newest first, <published> with +02:00, <author><name> on every entry, escaped-HTML content. Gives the Polish spelling 'Czernihów' in brackets. The Kallas reaction (17323-01) is about the attack itself: same story as the strike.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id and updated elements"],
  entries=[
  E("2029-07-23 21:15", "EU\u2019s Kallas condemns Chernihiv bus station strike",
    ["EU foreign policy chief Kaja Kallas condemned the missile strike on the bus station in Chernihiv (Czernihów), calling it \u201ca deliberate attack on people going to work\u201d.",
     "She said the bloc would keep working on new sanctions despite the deadlock among ministers."],
    "strikes", "strikes", 3, CHERN, a="Marek Zielonka", sec=["diplomacy"], n="reaction whose content is the attack: same story; Polish spelling in brackets"),
  E("2029-07-23 18:05", "Poland detains two over plot to sabotage rail link to Ukraine",
    ["Polish prosecutors said two men had been detained on suspicion of planning to damage a railway line used to carry aid and military equipment to Ukraine, acting on orders from Russian intelligence."],
    "other", "security", 2, "poland-rail-sabotage-arrests-2029-07-23", a="Agata Kowalczyk"),
  E("2029-07-23 14:40", "Norway, Germany to fund Patriot battery for Kyiv",
    ["Oslo and Berlin will split the cost of a Patriot air defence battery for Ukraine, the two governments said, without giving a price."],
    "aid", "aid", 3, PATRIOT, a="Agata Kowalczyk"),
  E("2029-07-23 11:25", "Russian missile kills at least four at Chernihiv bus station",
    ["At least four people were killed and more than 20 injured when a Russian missile hit the bus station in Chernihiv, Ukrainian officials said."],
    "strikes", "strikes", 3, CHERN, a="Marek Zielonka", n="toll 4"),
  E("2029-07-23 08:10", "Drone attack damages substation in Nizhyn",
    ["A Russian drone attack overnight damaged an electricity substation in the town of Nizhyn in northern Ukraine, cutting power to several thousand homes."],
    "strikes", "strikes", 3, NIZHYN, a="Marek Zielonka", n="same region as Chernihiv, different attack: must not merge"),
  ]))

# ---------------------------------------------------------------- day 2 (2029-07-24)
BILA = "bila-tserkva-missile-strike-2029-07-24"
SENATE = "us-senate-ukraine-aid-bill-2029-07-23"
BRYANSK = "bryansk-factory-drone-strike-2029-07-24"

# ---------------------------------------------------------------- 17330 Hurstwold Review (day 2, text article with sections)
SEEDS.append(dict(
  id="17330", name="17330_hurstwold-article", ext="txt", source="Hurstwold Review", zone="Europe/Berlin", render=r_article_sections,
  title="Missiles on Bila Zerkwa, mourning in Chernihiv: Ukraine\u2019s long Tuesday",
  lede="A new strike near Kyiv, a city in mourning in the north and a vote in Washington: the main developments of the day.",
  byline="Jonas Brenner and Ilse Marquardt", dateline="24 July 2029, 15:40 CEST",
  more="Our correspondents in Kyiv and Berlin will keep following developments.",
  basis="no per-section time: the article dateline '24 July 2029, 15:40 CEST' (CEST = UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Berlin). Text article (not a live blog): page byline 'By Jonas Brenner and Ilse Marquardt' (kept as one string, author of every section), dateline with time and zone. Four section headings = four entries (stamp null, published = the dateline). Uses the German transliteration 'Bila Zerkwa' for Bila Tserkva. Section 2 continues day 1's Chernihiv story with a new development (toll 11, day of mourning).",
  not_entries=["masthead and navigation", "crumbs 'World \u203a Europe \u203a Ukraine'", "page title and standfirst", "byline and dateline",
               "'Share \u00b7 Print \u00b7 Save for later'", "'Also read:' link after the second section", "closing line about the correspondents", "footer"],
  entries=[
  E("2029-07-24 15:40", "Four dead in Bila Zerkwa",
    ["Russian missiles struck an industrial district of Bila Zerkwa, about 80 kilometres south of Kyiv, early on Tuesday, killing four people, the regional administration said.",
     "A warehouse complex and a nearby block of flats were hit, and eleven people were taken to hospital."],
    "strikes", "strikes", 3, BILA, a="Jonas Brenner and Ilse Marquardt", n="German spelling 'Bila Zerkwa'; toll 4"),
  E("2029-07-24 15:40", "Chernihiv mourns its dead",
    ["Chernihiv held a day of mourning on Tuesday for the victims of Monday\u2019s missile strike on its bus station, where the death toll rose to eleven overnight after two injured women died in hospital.",
     "Flags flew at half-mast and the city\u2019s theatre cancelled its performances for the week."],
    "strikes", "strikes", 3, CHERN, a="Jonas Brenner and Ilse Marquardt", n="day-1 story continued with a new development (toll 11, mourning)"),
  E("2029-07-24 15:40", "Senate backs new US aid",
    ["In Washington, the Senate passed a $12 billion security assistance bill for Ukraine late on Monday by 67 votes to 31, sending it to the House of Representatives.",
     "Kyiv\u2019s ambassador called the vote a sign that American support would outlast the war\u2019s sixth summer."],
    "aid", "aid", 3, SENATE, a="Jonas Brenner and Ilse Marquardt"),
  E("2029-07-24 15:40", "Berlin argues over longer-range weapons",
    ["Germany\u2019s governing coalition is again divided over whether to supply Ukraine with longer-range cruise missiles, with the junior partner demanding a vote in the Bundestag before any decision."],
    "aid", "aid", 2, "germany-coalition-long-range-missiles-debate-2029-07-24", a="Jonas Brenner and Ilse Marquardt", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 17331 Ottercleave Post (day 2, HTML live without JSON-LD)
SEEDS.append(dict(
  id="17331", name="17331_ottercleave-htmllive", ext="html", source="Ottercleave Post", zone="Europe/Kyiv", render=r_htmllive_plain,
  title="Russia\u2019s war in Ukraine: live", dateline="Tuesday, 24 July 2029", tznote="All times are Kyiv time (EEST)",
  prev="/live/2029-07-23", lede="Missiles hit Bila Tserkva south of the capital; Chernihiv mourns the victims of Monday\u2019s strike.",
  basis="bare '{s}' above the headline, Kyiv time as the page notes ('All times are Kyiv time (EEST)', UTC+3), on the day of the dateline 'Tuesday, 24 July 2029'; local {d} in {z}",
  notes="Invented outlet. HTML live page without any JSON-LD, newest first; a bare 'HH:MM' span above each h2; the zone is given once in the page meta line. 'By NAME' under some headlines (author). 17331-02 is a 'Photos:' teaser (gallery placeholder, no text). 17331-03 is a theme piece (analysis) that mentions Bila Tserkva but is its own story. The Brovary drone debris (17331-05, same Kyiv region) and the Bryansk factory strike (17331-07, on Russian soil) must not merge with the Bila Tserkva strike.",
  not_entries=["cookie consent bar", "header and navigation", "h1 page title", "meta line (dateline and zone note)", "intro paragraph",
               "'By NAME' lines", "gallery placeholder in the photo teaser", "'Background' box after the third entry", "link to the previous day's page", "footer"],
  entries=[
  E("2029-07-24 21:20", "Bila Tserkva toll rises to six; two still missing",
    ["Six people are now confirmed dead after the morning missile attack on Bila Tserkva, and rescuers are still looking for two night-shift workers, the State Emergency Service said."],
    "strikes", "strikes", 3, BILA, a="Mariia Sokil", n="toll 6"),
  E("2029-07-24 19:05", "Photos: Rescuers search the ruins in Bila Tserkva", [],
    "strikes", "strikes", 1, BILA, n="photo teaser without text"),
  E("2029-07-24 17:30", "Analysis: Why Russia keeps hitting Ukraine\u2019s mid-sized industrial towns",
    ["This morning\u2019s strike on Bila Tserkva fits a pattern that has become clearer this summer: fewer attacks on Kyiv itself, more on the industrial towns around it.",
     "Many of these towns host small plants that repair vehicles or assemble drones, often in converted warehouses close to housing.",
     "Their air defence is thinner than the capital\u2019s, which makes them easier targets."],
    "strikes", "strikes", 2, "analysis-strikes-on-industrial-towns", a="Pavlo Yaremenko",
    n="theme piece (analysis); mentions Bila Tserkva but is its own story: must not merge with the strike"),
  E("2029-07-24 15:15", "Chernihiv marks day of mourning as toll reaches 11",
    ["Chernihiv observed an official day of mourning on Tuesday as the number of people killed in Monday\u2019s strike on the bus station rose to 11.",
     "Regional officials said 17 of the injured were still in hospital."],
    "strikes", "strikes", 3, CHERN, a="Mariia Sokil", n="day-1 story continued with a new development"),
  E("2029-07-24 12:40", "Drone debris injures two in Brovary",
    ["Falling debris from a drone shot down over Brovary, east of Kyiv, damaged two houses and injured two people, the Kyiv regional administration said."],
    "strikes", "strikes", 2, "brovary-drone-debris-2029-07-24", n="same Kyiv region as Bila Tserkva, different attack: must not merge"),
  E("2029-07-24 09:10", "At least two killed as missiles hit Bila Tserkva",
    ["At least two people were killed when Russian missiles hit Bila Tserkva in the Kyiv region shortly after 5:30 this morning, the regional governor said.",
     "Ukraine\u2019s air force said three of the five missiles fired at the region had been shot down."],
    "strikes", "strikes", 3, BILA, a="Mariia Sokil", n="toll 2"),
  E("2029-07-24 06:05", "Ukrainian drones strike factory in Russia\u2019s Bryansk region",
    ["Ukrainian drones hit a factory in the Bryansk region overnight that Ukraine\u2019s General Staff says makes parts for Russian guided bombs."],
    "strikes", "strikes", 3, BRYANSK, a="Pavlo Yaremenko", n="Ukraine's strike on Russia: must not merge with the Bila Tserkva strike"),
  ]))

# ---------------------------------------------------------------- 17332 Brimscombe Evening Star (day 2, text live, ET, no year)
SEEDS.append(dict(
  id="17332", name="17332_brimscombe-textlive", ext="txt", source="Brimscombe Evening Star", zone="America/New_York", render=r_textlive_et,
  title="Ukraine live updates: Missiles strike city near Kyiv; Senate sends aid bill to House", dateline="Tuesday, July 24",
  credit="From Evening Star staff and wire reports", parse_args=["--date", "2029-07-24"],
  lede="Follow the latest on Russia\u2019s war in Ukraine.",
  basis="stamp '{s}' (ET printed; EDT = UTC-4) under the date line 'Tuesday, July 24', which names no year: the year comes from parse_args (--date 2029-07-24); local {d} in {z}",
  notes="Invented outlet (US). Text live blog, OLDEST first; 'h:mm a.m. ET' line before each headline. The page names no year anywhere (date line 'Tuesday, July 24'), so the gold carries parse_args --date 2029-07-24. The generic credit 'From Evening Star staff and wire reports' names no person: author null. 17332-02 re-posts day 1's explainer 17320-03 verbatim (same headline and text), importance 1, same story slug. 17332-05 repeats 17332-03 almost word for word (duplicate). The Bryansk factory (17332-06) is Ukraine's strike on Russia: must not merge with Bila Tserkva.",
  not_entries=["masthead and section navigation", "page title", "date line 'Tuesday, July 24'", "staff credit line", "standfirst",
               "'ADVERTISEMENT'", "closing line 'Check back for updates throughout the day.'", "footer"],
  entries=[
  E("2029-07-24 06:10", "Russian missiles hit Bila Tserkva south of Kyiv",
    ["Russian missiles struck the Ukrainian city of Bila Tserkva, south of Kyiv, early Tuesday local time, killing at least two people, Ukrainian officials said."],
    "strikes", "strikes", 3, BILA, n="toll 2"),
  E("2029-07-24 08:05", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL, n="re-post of day-1 entry 17320-03 (verbatim, same headline and text)"),
  E("2029-07-24 10:20", "Senate passes $12 billion Ukraine security package",
    ["The Senate voted 67-31 late Monday to approve a $12 billion security assistance package for Ukraine, sending the measure to the House.",
     "Supporters said the money would mostly pay for air defense interceptors and artillery ammunition."],
    "aid", "aid", 3, SENATE),
  E("2029-07-24 11:45", "Bila Tserkva death toll rises to four, officials say",
    ["The number of people killed in the Russian missile strike on Bila Tserkva has risen to four, the regional administration said, with 11 more in the hospital."],
    "strikes", "strikes", 3, BILA, n="toll 4"),
  E("2029-07-24 13:30", "Senate passes $12 billion Ukraine security package",
    ["The Senate voted 67-31 late Monday to approve a $12 billion security assistance package for Ukraine, sending the bill to the House.",
     "Supporters said the money would mostly pay for air defense interceptors and artillery ammunition."],
    "aid", "aid", 1, SENATE, dup="17332-03", n="near-verbatim repeat of 17332-03"),
  E("2029-07-24 15:50", "Russia says Ukrainian drones hit factory in Bryansk region",
    ["Russia\u2019s Defense Ministry said air defenses shot down 25 Ukrainian drones over the Bryansk region overnight and that falling debris started a fire at an industrial plant."],
    "strikes", "strikes", 3, BRYANSK, n="Ukraine's strike on Russia: must not merge with the Bila Tserkva strike"),
  ]))

# ---------------------------------------------------------------- 17333 Tansmere World Service (day 2, general world RSS, Sydney)
SEEDS.append(dict(
  id="17333", name="17333_tansmere-worldrss", ext="xml", source="Tansmere World Service", zone="Australia/Sydney", render=r_rss,
  title="Tansmere World Service: World", url="https://tansmere-world.example", guid="tws", idbase=77120, lang="en-au",
  lede="World news from our Sydney desk",
  basis="RSS pubDate '{s}' (explicit +1000 offset, Sydney standard time); local {d} in {z}",
  notes="Invented outlet (Sydney). General world RSS 2.0, newest first, pubDate with +1000: the Sydney dates are 24 July and the UTC times all fall on 24 July too. The war is a minority (4 of 6 items off-beat). dc:creator on the two war items only.",
  not_entries=["channel title, link, description and language", "item link, guid and category elements"],
  entries=[
  OFF("2029-07-24 22:40", "Pacific leaders agree regional policing plan",
    ["Leaders of Pacific island nations agreed to set up a joint police training centre, in a plan backed by Australia and New Zealand."],
    "pacific-policing-plan-2029-07-24", n="regional politics", cat="Pacific"),
  E("2029-07-24 20:15", "Missile strike on Ukrainian city of Bila Tserkva kills four",
    ["Four people have been killed in a Russian missile strike on Bila Tserkva, a city south of the Ukrainian capital, officials say."],
    "strikes", "strikes", 3, BILA, a="Callum Reddy", n="toll 4", cat="Europe"),
  OFF("2029-07-24 17:05", "Australian dollar slips after weak jobs figures",
    ["The Australian dollar fell against the US currency after figures showed employment unexpectedly shrank in June."],
    "australian-dollar-jobs-2029-07-24", n="markets", cat="Business"),
  E("2029-07-24 14:30", "US Senate approves $12bn in Ukraine military aid",
    ["The United States Senate has approved a $12 billion military aid package for Ukraine, with the bill now going to the House of Representatives."],
    "aid", "aid", 3, SENATE, a="Callum Reddy", cat="World"),
  OFF("2029-07-24 12:10", "Tokyo power demand hits record in heatwave",
    ["Electricity demand in the Tokyo area hit an all-time high as temperatures passed 39C for a third straight day."],
    "tokyo-heatwave-power-2029-07-24", n="weather", cat="Asia"),
  OFF("2029-07-24 10:20", "Wallabies name uncapped pair in Rugby Championship squad",
    ["Two uncapped forwards were named in the Wallabies squad for the opening rounds of the Rugby Championship."],
    "wallabies-squad-2029-07-24", n="sport", cat="Sport"),
  ]))

# ---------------------------------------------------------------- day 3 (2029-07-28)
ODESA = "odesa-port-old-town-drone-attack-2029-07-28"
PRIS = "prisoner-exchange-300-2029-07-28"
REMAINS = "repatriation-of-soldiers-remains-2029-07-28"
IZMAIL = "izmail-ferry-crossing-drone-strike-2029-07-28"

# ---------------------------------------------------------------- 17340 Ebbridge World Desk (day 3, general world Atom, UTC)
SEEDS.append(dict(
  id="17340", name="17340_ebbridge-worldatom", ext="xml", source="Ebbridge World Desk", zone="UTC", render=r_atom,
  title="Ebbridge World Desk", url="https://ebbridge-world.example", idbase=5501,
  lede="The world in brief, as it happens",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in Z; no <author> elements (author null). The war is a minority (4 of 6 items off-beat). Spells the city 'Odessa'.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link, id and updated elements"],
  entries=[
  E("2029-07-28 16:45", "Odessa strike toll rises to three",
    ["Three people have died after Russian drones hit the port and the historic centre of Odessa, Ukraine\u2019s main Black Sea city, regional officials said."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 3"),
  E("2029-07-28 14:45", "Russia and Ukraine swap 300 prisoners each",
    ["Russia and Ukraine exchanged 300 prisoners of war each on Saturday in a swap brokered by the United Arab Emirates, officials on both sides said."],
    "diplomacy", "diplomacy", 3, PRIS),
  OFF("2029-07-28 12:20", "Record rain floods Hong Kong metro stations",
    ["Several metro stations in Hong Kong were closed after the heaviest hourly rainfall since records began flooded entrances and tunnels."],
    "hong-kong-rain-2029-07-28", n="weather"),
  OFF("2029-07-28 10:05", "Landslide blocks Swiss Alpine pass at height of holiday season",
    ["A landslide closed one of Switzerland\u2019s main Alpine road passes, leaving hundreds of holiday motorists to take long detours."],
    "swiss-pass-landslide-2029-07-28", n="landslide"),
  OFF("2029-07-28 08:30", "Wildfire near Marseille forces campsite evacuations",
    ["French firefighters evacuated several campsites east of Marseille as a wildfire spread through scrubland towards the coast."],
    "marseille-wildfire-2029-07-28", n="wildfire"),
  OFF("2029-07-28 06:10", "Asian shares edge higher ahead of central bank meetings",
    ["Stock markets in Asia rose slightly in thin weekend-edition trading as investors waited for central bank decisions next week."],
    "asian-shares-2029-07-28", n="markets"),
  ]))

# ---------------------------------------------------------------- 17341 Velsbury Journal (day 3, HTML live, @graph, 12-hour)
SEEDS.append(dict(
  id="17341", name="17341_velsbury-graphlive", ext="html", source="Velsbury Journal", zone="Europe/Dublin", render=r_graphlive,
  title="Ukraine war: Odesa hit by drones as prisoners come home \u2013 as it happened",
  url="https://velsbury-journal.example/live/ukraine-28-july-2029", dateline="Saturday 28 July 2029",
  lede="Our live coverage of Saturday\u2019s developments in the war in Ukraine.",
  basis="visible '{s}' in <time datetime> (Irish time, IST = UTC+1 in summer) under the dateline 'Saturday 28 July 2029'; local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live page, newest first. JSON-LD is an @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and no liveBlogUpdate (page times only). Visible stamps are 12-hour '7.55pm' in <time datetime>; a signature line after the body gives the author. 17341-02 (return of soldiers' remains) shares the theme of the prisoner exchange (17341-04) but is a different event: must not merge. 17341-03 is a theme piece (explainer) that mentions the Odesa attack. 17341-05 (Izmail ferry crossing, same Odesa region) must not merge with the Odesa city attack.",
  not_entries=["header and navigation", "h1 page title", "dateline 'Saturday 28 July 2029'", "standfirst", "signature lines", "newsletter promo after the second entry", "footer"],
  entries=[
  E("2029-07-28 21:40", "UNESCO condemns damage to Odesa\u2019s old town",
    ["UNESCO said it was \u201cdeeply alarmed\u201d by damage to buildings in Odesa\u2019s historic centre, a World Heritage site, after Saturday\u2019s drone attack."],
    "strikes", "strikes", 3, ODESA, a="Aoife Brannigan", sec=["diplomacy"], n="reaction whose content is the attack: same story"),
  E("2029-07-28 19:55", "Ukraine receives remains of 1,000 fallen soldiers",
    ["Ukraine received the bodies of 1,000 soldiers killed in the war, its coordination headquarters for prisoners of war said, in a handover that took place separately from the day\u2019s prisoner exchange."],
    "other", "humanitarian", 3, REMAINS, a="Ciar\u00e1n Doyle", sec=["diplomacy"], n="same theme as the prisoner exchange but a different event: must not merge"),
  E("2029-07-28 17:20", "Explainer: How Russia\u2019s Shahed drones got faster and harder to stop",
    ["Saturday\u2019s attack on Odesa again featured jet-powered versions of the Shahed drone, which Russia now builds in large numbers at a plant in Tatarstan.",
     "The newer models fly at more than 500 km/h, fast enough to outrun the mobile gun teams that used to bring down most of the older, propeller-driven drones.",
     "Ukraine has answered with interceptor drones of its own, but each one has to be steered onto its target by an operator."],
    "strikes", "strikes", 2, "explainer-jet-powered-shahed-drones", a="Aoife Brannigan",
    n="theme piece (explainer); mentions the Odesa attack but is its own story: must not merge with it"),
  E("2029-07-28 14:05", "Prisoner swap: 300 Ukrainians come home",
    ["Three hundred Ukrainian prisoners of war crossed back into Ukraine from Belarus on Saturday in an exchange mediated by the United Arab Emirates, President Volodymyr Zelensky said."],
    "diplomacy", "diplomacy", 3, PRIS, a="Ciar\u00e1n Doyle"),
  E("2029-07-28 11:30", "Drones damage Izmail ferry crossing",
    ["Russian drones damaged a ferry crossing over the Danube at Izmail in the Odesa region, disrupting freight traffic to Romania, regional officials said."],
    "strikes", "strikes", 3, IZMAIL, a="Ciar\u00e1n Doyle", n="same region as the Odesa city attack, different target: must not merge"),
  E("2029-07-28 08:15", "One killed as drones hit Odesa port and old town",
    ["At least one person was killed when Russian drones struck port warehouses and buildings in the historic centre of Odesa before dawn, the regional governor said."],
    "strikes", "strikes", 3, ODESA, a="Aoife Brannigan", n="toll 1"),
  ]))

# ---------------------------------------------------------------- 17342 Kelvedon Courier (day 3, text live, oldest first)
SEEDS.append(dict(
  id="17342", name="17342_kelvedon-textlive", ext="txt", source="Kelvedon Courier", zone="Europe/London", render=r_textlive_oldest,
  title="Ukraine live: Odesa attacked overnight; hundreds freed in prisoner exchange", dateline="Saturday 28 July 2029",
  lede="Russian drones have hit Odesa\u2019s port and old town, while Kyiv and Moscow carry out another exchange of prisoners.",
  basis="bare '{s}' before the headline, UK time as the date line says ('All times BST', UTC+1), on 'Saturday 28 July 2029'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, OLDEST first; bare 'HH:MM' line before each headline; the zone is given once on the date line ('All times BST'); 'Reporting by NAME' after the body (author). 17342-03 repeats 17342-01 almost word for word (duplicate). 17342-05 is a 'Video:' teaser with only a player placeholder. Prisoner numbers grow from 'about 250' to 300.",
  not_entries=["masthead and navigation", "page title", "date line with 'All times BST'", "standfirst", "'Reporting by ...' lines", "video placeholder '[Video, 0:48]'",
               "subscription promo after the fourth post", "'This live blog is now closed.'", "footer"],
  entries=[
  E("2029-07-28 07:30", "Russian drones hit Odesa port and old town, killing one",
    ["Russian drones struck the port and the historic centre of Odesa overnight, killing one person and setting fire to grain warehouses, Ukrainian officials said.",
     "Ukraine\u2019s air force said 48 of the 61 drones launched at the country had been shot down."],
    "strikes", "strikes", 3, ODESA, a="Maisie Colbeck", n="toll 1"),
  E("2029-07-28 10:45", "Prisoner exchange under way, about 250 expected on each side",
    ["Russia and Ukraine have begun another exchange of prisoners of war, with about 250 people expected to be released by each side, according to Ukrainian officials."],
    "diplomacy", "diplomacy", 3, PRIS, a="Rufus Penhale", n="early number: about 250"),
  E("2029-07-28 12:10", "Russian drones hit Odesa port and old town, killing one",
    ["Russian drones struck the port and historic centre of Odesa overnight, killing one person and setting fire to grain warehouses, Ukrainian officials said.",
     "Ukraine\u2019s air force said 48 of the 61 drones launched at the country had been shot down."],
    "strikes", "strikes", 1, ODESA, a="Maisie Colbeck", dup="17342-01", n="near-verbatim repeat of 17342-01"),
  E("2029-07-28 14:40", "Zelensky thanks UAE as 300 prisoners return",
    ["President Volodymyr Zelensky thanked the United Arab Emirates after 300 Ukrainian soldiers and officers came home in the exchange, more than first expected."],
    "diplomacy", "diplomacy", 3, PRIS, a="Rufus Penhale"),
  E("2029-07-28 16:55", "Video: Fire engulfs warehouses in Odesa port", [],
    "strikes", "strikes", 1, ODESA, n="video teaser without text"),
  E("2029-07-28 19:20", "Lithuania to extend anti-drone barrier along Belarus border",
    ["Lithuania will extend a line of anti-drone sensors and jammers along its border with Belarus after several Russian drones strayed into its airspace this month, the defence ministry in Vilnius said."],
    "other", "security", 2, "lithuania-anti-drone-barrier-2029-07-28", a="Maisie Colbeck"),
  E("2029-07-28 22:05", "Odesa death toll rises to four",
    ["A fourth person has died after the overnight drone attack on Odesa, a port worker who had been pulled from a burning warehouse, the city\u2019s military administration said."],
    "strikes", "strikes", 3, ODESA, a="Maisie Colbeck", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 17343 Ingulets Wire (day 3, RSS, Kyiv)
SEEDS.append(dict(
  id="17343", name="17343_ingulets-rss", ext="xml", source="Ingulets Wire", zone="Europe/Kyiv", render=r_rss,
  title="Ingulets Wire \u2013 Ukraine", url="https://ingulets-wire.example", guid="iw", idbase=310400,
  lede="Agency news from Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented agency (Ukraine). RSS 2.0, newest first, pubDate with +0300, dc:creator per item. 17343-03 (return of soldiers' remains) must not merge with the prisoner exchange (17343-02); 17343-04 (Izmail ferry crossing) must not merge with the Odesa city attack.",
  not_entries=["channel title, link, description and language", "item link, guid and category elements"],
  entries=[
  E("2029-07-28 23:10", "Odesa attack: four dead, 23 injured",
    ["Four people were killed and 23 injured in the Russian drone attack on Odesa, the regional military administration said in an evening update."],
    "strikes", "strikes", 3, ODESA, a="Iryna Palamar", n="toll 4"),
  E("2029-07-28 20:35", "Ukraine and Russia swap 300 for 300 in UAE-mediated exchange",
    ["Ukraine brought home 300 servicemen in an exchange with Russia mediated by the United Arab Emirates, the coordination headquarters for prisoners of war said.",
     "Most had been held since 2025."],
    "diplomacy", "diplomacy", 3, PRIS, a="Serhii Tkach"),
  E("2029-07-28 17:20", "Remains of 1,000 soldiers returned to Ukraine",
    ["The bodies of 1,000 Ukrainian servicemen were handed over to Ukraine on Saturday, the coordination headquarters said, while Russia received 24 bodies in return."],
    "other", "humanitarian", 3, REMAINS, a="Serhii Tkach", sec=["diplomacy"], n="same theme as the prisoner exchange, different event: must not merge"),
  E("2029-07-28 13:05", "Drones hit ferry crossing in Izmail",
    ["A Russian drone attack damaged the ferry crossing in Izmail on the Danube, the Odesa regional administration said; no one was hurt."],
    "strikes", "strikes", 3, IZMAIL, a="Iryna Palamar", n="same region as the Odesa attack, different target: must not merge"),
  E("2029-07-28 09:40", "Odesa: port and historic centre hit overnight, one dead",
    ["One person was killed and several buildings in the historic centre of Odesa were damaged in an overnight Russian drone attack, regional governor Oleh Kiper said."],
    "strikes", "strikes", 3, ODESA, a="Iryna Palamar", n="toll 1"),
  ]))


if __name__ == "__main__":
    main()

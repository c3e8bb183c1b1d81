#!/usr/bin/env python3
"""Builds the eval/ee seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased; no copied sentences).
Part A imitates, from memory, the page layouts of ten real outlets (sport, art and entertainment sites);
Part B outlets are invented. Deterministic. Run from the project root:  python3 eval/ee/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "vs.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2019(]|$)', par):
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


def h12(d, sep=":", space="", style="lower", pad=False):
    """12-hour clock: style lower -> pm, upper -> PM, dots -> p.m."""
    hh = d.hour % 12 or 12
    suf = {"lower": ("am", "pm"), "upper": ("AM", "PM"), "dots": ("a.m.", "p.m.")}[style][d.hour >= 12]
    return f"{hh:02d}" if pad else f"{hh}", f"{sep}{d.minute:02d}{space}{suf}"


def clock12(d, **kw):
    a, b = h12(d, **kw)
    return a + b


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_espn(S):
    """ESPN soccer live-updates page, HTML. Page-level NewsArticle JSON-LD (no per-post data). Newest first.
    Each post: author, then the ESPN date form 'May 4, 2026, 03:48 PM ET' (zero-padded hour), then the h2 headline."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)

    def stamp(d):
        return f"{SHORT[d.month - 1]} {d.day}, {d.year}, {clock12(d, space=' ', style='upper', pad=True)} ET"
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
           "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
           "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
           "author": [{"@type": "Person", "name": n} for n in S["authors"]],
           "publisher": {"@type": "Organization", "name": "ESPN", "logo": {"@type": "ImageObject", "url": "https://a.espncdn.com/i/espn/espn_logos/espn_red.png"}},
           "image": {"@type": "ImageObject", "url": "https://a.espncdn.com/photo/2026/0504/r1550123_1296x729_16-9.jpg", "width": 1296, "height": 729}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ESPN</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">', ld(obj), '</head>',
           '<body class="espn soccer">',
           '<header id="global-header"><a class="espn-logo" href="https://www.espn.com/">ESPN</a>'
           '<nav class="global-nav"><a href="/nfl/">NFL</a> <a href="/nba/">NBA</a> <a href="/mlb/">MLB</a> <a href="/nhl/">NHL</a> '
           '<a href="/college-football/">NCAAF</a> <a href="/soccer/">Soccer</a> <a href="/wnba/">WNBA</a> <a href="/mens-college-basketball/">NCAAM</a> '
           '<a href="#">More Sports</a> <a href="/watch/">Watch</a> <a href="/fantasy/">Fantasy</a></nav>'
           '<a class="espn-plus" href="/espnplus/">ESPN+</a> <a class="btn" href="#">Subscribe Now</a> <a class="login" href="#">Log In</a></header>',
           '<nav class="sub-nav"><span class="sub-nav__title">Soccer</span> <a href="/soccer/">Home</a> <a href="/soccer/scoreboard">Scores</a> '
           '<a href="/soccer/schedule">Schedule</a> <a href="/soccer/standings">Tables</a> <a href="/soccer/transfers">Transfers</a> '
           '<a href="/soccer/teams">Teams</a> <a href="/soccer/competitions">Leagues</a> <a href="#">More</a></nav>',
           '<main><article class="article live-blog"><header class="article-header">', '<span class="live-badge">LIVE</span>',
           f'<h1>{esc(S["title"])}</h1>',
           '<div class="article-meta"><ul class="authors">' + "".join(f'<li class="author">{esc(n)}</li>' for n in S["authors"]) + '</ul>',
           f'<span class="timestamp">{stamp(pub)}</span></div></header>',
           '<div class="article-social"><a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>',
           f'<div class="article-body"><p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        out.append(f'<section class="live-post" data-post-id="{8817342 - i * 13}"><div class="post-meta">'
                   + (f'<span class="post-author">{esc(e["a"])}</span> ' if e["a"] else f'<span class="post-author">{esc(S["desk"])}</span> ')
                   + f'<span class="timestamp">{st}</span></div><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="video-embed"><div class="video-play-button">Play</div><figcaption>0:58</figcaption></figure>')
        out.append('</section>')
        if i == 2:
            out.append('<aside class="inline-promo"><p>Get the ESPN FC daily newsletter: the biggest stories in world soccer, every morning.</p>'
                       '<a href="#">Sign up</a></aside>')
    out += ['</div></article>',
            '<aside class="related"><h3>Related</h3><ul>' + "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in S["related"]) + '</ul></aside>',
            '</main>', '<footer id="global-footer"><a>Terms of Use</a> <a>Privacy Policy</a> <a>Your US State Privacy Rights</a> '
            '<a>Children\'s Online Privacy Policy</a> <a>Interest-Based Ads</a> <a>About Nielsen Measurement</a> '
            '<a>Do Not Sell or Share My Personal Information</a> <a>Contact Us</a> <a>Disney Ad Sales Site</a> <a>Work for ESPN</a> <a>Corrections</a>'
            '<p>ESPN Enterprises, Inc. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_athletic(S):
    """The Athletic live blog, text scrape. Newest first; each post: relative age ('8m ago', '2h ago') counted back from
    the page clock 'Updated April 11, 2026, 4:55 p.m. ET', then headline, then author. A pinned 'What we're following' box."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to content", "", "The Athletic", "Subscribe   Log in", "",
         "NFL   NBA   NHL   MLB   Soccer   College Football   College Basketball   Golf   Tennis   F1   Fantasy   More", "",
         "Soccer  ›  International", "", "LIVE", S["title"], "",
         f"Updated {MONTHS[ref.month - 1]} {ref.day}, {ref.year}, {clock12(ref, space=' ', style='dots')} ET", "",
         "Share   Gift this article   Save", "", "Pinned", "What we're following"] + ["• " + b for b in S["pinned"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins}m ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = f"{mins // 60}h ago"
        stamps.append(st)
        L += [st, e["h"], e["a"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["(Photo gallery: 12 images)", ""]
        L += ["Share", ""]
        if i == 2:
            L += ["Get The Athletic's Soccer newsletter, The Windup, delivered to your inbox.", "Sign up", ""]
    L += ["Load more updates", "", "The Athletic Media Company, a New York Times company", "Terms of Service   Privacy Policy   Support   Careers"]
    return "\n".join(L) + "\n", stamps


def r_sky(S):
    """Sky Sports live blog, text scrape. Newest first; bare 24-hour time line, then headline, then body. Only a day
    separator 'Saturday 2 May' names the date; no year anywhere on the page (UK time implied)."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to content", "", "Sky Sports", "",
         "Home   Football   Cricket   F1   Golf   Boxing   NFL   Tennis   Racing   Darts   Netball   Rugby League   More", "",
         "Watch   Sky Sports+   Scores   Fixtures   Transfer Centre   Sky Bet", "", "Boxing", "", S["title"], "", S["lede"], "",
         "Watch Sky Sports boxing with a NOW Sports Month Membership", "", "Sky Sports Live", "",
         f"{WEEKDAYS[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["Please use Chrome browser for a more accessible video player", "0:42", ""]
        if i == 3:
            L += ["Get Sky Sports", "Stream the biggest fights on Sky Sports with NOW", ""]
    L += ["More from Sky Sports", "", "About Sky Sports   Contact Us   Sky Sports Shop   Privacy Options   Accessibility   Terms and Conditions",
          "© Sky UK"]
    return "\n".join(L) + "\n", stamps


def r_itg(S):
    """Inside the Games (insidethegames.biz) tag listing, HTML. Newest first; each card: category, headline, author, then
    '19 April 2026 17:40' (UK time, no zone printed), summary. JSON-LD only CollectionPage."""
    z = S["zone"]; order_check(S, True)
    obj = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "url": S["url"],
           "isPartOf": {"@type": "WebSite", "name": "insidethegames.biz", "url": "https://www.insidethegames.biz/"}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | insidethegames.biz</title>', ld(obj), '</head><body>',
           '<div class="top-bar"><a href="/newsletter">Sign up for our daily newsletter</a> <a href="/login">Login</a></div>',
           '<header class="site-header"><a class="logo" href="/">insidethegames.biz</a>'
           '<nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/events">Events</a> <a href="/features">Features</a> '
           '<a href="/opinion">Opinion</a> <a href="/podcast">Podcast</a> <a href="/jobs">Jobs</a> <a href="/contact">Contact</a></nav></header>',
           f'<main><h1 class="tag-title">{esc(S["title"])}</h1>', f'<p class="tag-intro">{esc(S["lede"])}</p>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        link = f"/articles/{1149200 + 37 * (len(S['entries']) - i)}/{slugify(e['h'], 50)}"
        out.append(f'<article class="news-item"><span class="news-item__category">{esc(e["cat"])}</span>'
                   f'<h2 class="news-item__title"><a href="{link}">{esc(e["h"])}</a></h2>'
                   f'<div class="news-item__meta"><span class="news-item__author">{esc(e["a"])}</span> <span class="news-item__date">{st}</span></div>')
        out += [f'<p class="news-item__summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 3:
            out.append('<div class="advert">Advertisement</div>')
    out += ['</div><a class="pager" href="?page=2">Older articles</a></main>',
            '<aside class="sidebar"><h3>Most read</h3><ol><li><a href="#">Brisbane 2032 chief outlines venue timetable</a></li>'
            '<li><a href="#">World Athletics confirms relay calendar</a></li></ol></aside>',
            '<footer><p>Copyright © Dunsar Media Company Limited. All rights reserved.</p><a>Privacy policy</a> <a>Terms</a> <a>Cookies</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tan(S):
    """The Art Newspaper topic page, HTML. Newest first; each card: kicker, headline, standfirst, author, and a
    <time datetime="...+01:00"> whose visible text is the date only ('18 May 2026'). No JSON-LD."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Art Newspaper - International art news and events</title>',
           '<meta property="og:site_name" content="The Art Newspaper - International art news and events"></head><body>',
           '<header class="masthead"><a class="logo" href="/">THE ART NEWSPAPER</a> <a class="edition" href="#">International edition</a>'
           '<nav><a href="/news">News</a> <a href="/art-market">Art market</a> <a href="/museums-heritage">Museums &amp; heritage</a> '
           '<a href="/exhibitions">Exhibitions</a> <a href="/books">Books</a> <a href="/podcasts">Podcasts</a> <a href="/video">Video</a></nav>'
           '<a class="subscribe" href="/subscribe">Subscribe</a> <a href="/search">Search</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="topic-description">{esc(S["lede"])}</p>', '<div class="card-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        link = f"/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(e['h'], 70)}"
        out.append(f'<article class="card"><p class="card__kicker">{esc(e["cat"])}</p><h3 class="card__title"><a href="{link}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="card__standfirst">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="card__byline">{esc(e["a"])}</p><time class="card__date" datetime="{d.isoformat()}">{st}</time></article>')
        if i == 2:
            out.append('<aside class="newsletter-signup"><h4>Sign up to The Art Newspaper’s Daily Digest</h4>'
                       '<p>The best of the art world, delivered to your inbox every weekday.</p><button>Sign up</button></aside>')
    out += ['</div><button class="load-more">Load more</button></main>',
            '<footer><p>The Art Newspaper is published by Umberto Allemandi &amp; Co. Publishing Ltd.</p><a>About</a> <a>Contact</a> '
            '<a>Advertise</a> <a>Privacy</a> <a>Cookie settings</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_wp_atom(S):
    """WordPress Atom feed (ARTnews, PMC): <published> in UTC with 'Z' and seconds, <author><name>, <summary> and
    <content type="html"> in CDATA, several <category term>. Newest first."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-US">',
           f'<title type="text">{esc(S["title"])}</title>', f'<subtitle type="text">{esc(S["lede"])}</subtitle>',
           f'<updated>{iso(last)}</updated>', f'<link rel="alternate" type="text/html" href="{S["url"]}" />',
           f'<id>{S["url"]}feed/atom/</id>', f'<link rel="self" type="application/atom+xml" href="{S["url"]}feed/atom/" />',
           '<generator uri="https://wordpress.org/" version="6.8.1">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}art-news/news/{slugify(e['h'], 80)}-{1234567890 + 4411 * (len(S['entries']) - i)}/"
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name><uri>{S["url"]}author/{slugify(e["a"])}/</uri></author>',
                f'<title type="html"><![CDATA[{e["h"]}]]></title>', f'<link rel="alternate" type="text/html" href="{link}" />',
                f'<id>{S["url"]}?p={1234567890 + 4411 * (len(S["entries"]) - i)}</id>', f'<updated>{st}</updated>', f'<published>{st}</published>']
        out += [f'<category scheme="{S["url"]}" term="{attr(c)}" />' for c in e["cats"]]
        out += [f'<summary type="html"><![CDATA[{e["p"][0]}]]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="{link}#respond" thr:count="0" />', '<thr:total>0</thr:total>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_hyperallergic(S):
    """Hyperallergic 'Required Reading' round-up, HTML. Visible date only ('April 25, 2026'); the time is only in the
    Yoast-style JSON-LD @graph (Article datePublished, UTC '+00:00'). Entries are the bullet items: no headline, no stamp."""
    z = S["zone"]; pub = dt(S["published"], z); pu = pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "author": {"name": S["byline"], "@id": "https://hyperallergic.com/#/schema/person/4c1e"},
         "headline": S["title"], "datePublished": pu, "dateModified": pu, "mainEntityOfPage": {"@id": S["url"]},
         "publisher": {"@id": "https://hyperallergic.com/#organization"}, "articleSection": ["Required Reading"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Hyperallergic", "datePublished": pu, "dateModified": pu,
         "breadcrumb": {"@id": S["url"] + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://hyperallergic.com/"},
            {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "Organization", "@id": "https://hyperallergic.com/#organization", "name": "Hyperallergic", "url": "https://hyperallergic.com/"},
        {"@type": "Person", "@id": "https://hyperallergic.com/#/schema/person/4c1e", "name": S["byline"]}]}
    date_vis = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Hyperallergic</title>',
           f'<meta property="article:published_time" content="{pu}">', ld(graph), '</head><body class="post-template-default single">',
           '<div class="membership-bar">Become a Member <a href="/membership/">Join</a></div>',
           '<header class="site-header"><a class="site-logo" href="/">Hyperallergic</a>'
           '<nav><a href="/news/">News</a> <a href="/reviews/">Reviews</a> <a href="/opinion/">Opinion</a> <a href="/features/">Features</a> '
           '<a href="/podcast/">Podcast</a> <a href="/opportunities/">Opportunities</a> <a href="/newsletters/">Newsletters</a></nav></header>',
           '<main><article class="post">', '<a class="post-category" href="/tag/required-reading/">Required Reading</a>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>', f'<p class="entry-meta"><span class="byline">{esc(S["byline"])}</span> <span class="posted-on">{date_vis}</span></p>',
           f'<figure class="wp-block-image"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="entry-content">', f'<p>{esc(S["intro"])}</p>', '<ul class="wp-block-list">']
    for e in S["entries"]:
        out.append('<li>' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</li>')
    out += ['</ul>', '<div class="support-box"><p>Support Hyperallergic</p><p>Independent arts reporting depends on readers like you. '
            'If you value what we publish, please consider becoming a Member today.</p><a href="/membership/">Become a Member</a></div>',
            f'<p class="tags">Tags: {esc(", ".join(S["tags"]))}</p>', '</div></article>',
            '<aside class="related-posts"><h3>More from Hyperallergic</h3><a href="#">A Painter’s Quiet Retrospective Finally Arrives</a></aside>',
            '<section id="comments"><h3>Comments</h3><p>Join the conversation as a Member.</p></section></main>',
            '<footer class="site-footer"><p>© 2026 Hyperallergic Media Inc.</p><a>About</a> <a>Advertise</a> <a>Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_wp_rss(S):
    """WordPress RSS 2.0 (Deadline, PMC): pubDate '+0000', dc:creator and category in CDATA, description CDATA summary,
    content:encoded with paragraphs, guid '?p=' ids, sy: and media: extras. Newest first."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<atom:link href="{S["url"]}feed/" rel="self" type="application/rss+xml" />',
           f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<language>en-US</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>',
           '<generator>https://wordpress.com/</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = 1236001000 + 613 * (len(S["entries"]) - i)
        link = f"{S['url']}{d.year}/{d.month:02d}/{slugify(e['h'], 70)}-{pid}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>']
        out += [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'<guid isPermaLink="false">{S["url"]}?p={pid}</guid>',
                f'<description><![CDATA[{e["p"][0]}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<media:thumbnail url="https://deadline.com/wp-content/uploads/{d.year}/{d.month:02d}/img-{pid}.jpg?w=681" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_billboard(S):
    """Billboard running-updates article, text scrape. Page byline and US-style date '04/05/2026'; updates newest first, each
    introduced by its own line 'UPDATE (April 5, 5:30 p.m. ET):', the original story last under 'ORIGINAL STORY (...)'. No headlines."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["entries"][-1]["t"], z)
    L = ["Skip to main content", "", "Billboard", "", "Charts   Music   Video   Awards   Culture   Business   Pro   Español   Subscribe", "",
         S["kicker"], "", S["title"], "", S["dek"], "", f"By {S['byline']}", f"{pub:%m/%d/%Y}", "", "Facebook   X   Email   Print   Comment", "",
         S["caption"], S["credit"], ""]
    stamps = []
    n = len(S["entries"])
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {clock12(d, space=' ', style='dots')} ET"; stamps.append(st)
        label = "ORIGINAL STORY" if i == n - 1 else "UPDATE"
        L += [f"{label} ({st}):"] + ptxt(e["p"])
        if i == 1:
            L += ["Get weekly rundowns straight to your inbox", "Sign Up", ""]
    L += ["Read More About:", "   ".join(S["tags"]), "", "Billboard Pro", "The daily essentials for music industry professionals", "",
          "© 2026 Billboard Media, LLC. All Rights Reserved.", "Privacy Policy   Terms of Use   Ad Choices   Accessibility"]
    return "\n".join(L) + "\n", stamps


def r_thr(S):
    """The Hollywood Reporter tag page, text scrape. Newest first; each card: kicker, headline, dek, 'By NAME', then
    'May 3, 2026 3:40pm' (Pacific time implied, no zone)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "The Hollywood Reporter", "",
         "Movies   TV   Awards   Lifestyle   Business   Global   Video   Podcasts   Magazine   Newsletters", "Subscribe   Log In   Search", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {clock12(d)}"; stamps.append(st)
        L += [e["cat"], e["h"]] + e["p"] + [f"By {e['a']}", st, ""]
        if i == 2:
            L += ["Sign up for THR news straight to your inbox every day", "Sign Up", ""]
    L += ["Load More", "", "Most Popular", "The Power Lawyers Behind the Year’s Biggest Deals", "",
          "The Hollywood Reporter is a part of Penske Media Corporation. © 2026 The Hollywood Reporter, LLC. All Rights Reserved.",
          "Our Sites   Privacy Policy   Terms of Use   Ad Choices   Accessibility"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART A data (own words; invented details)
SEEDS = []

# ---------------------------------------------------------------- 13600 ESPN
SEEDS.append(dict(
  id="13600", name="13600_espn-live", ext="html", source="ESPN", zone="America/New_York", render=r_espn,
  title="UEFA decision on Russia: Live updates and reaction from Nyon",
  url="https://www.espn.com/soccer/story/_/id/45102233/uefa-russia-suspension-decision-live-updates",
  published="2026-05-04 08:10", authors=["Gareth Pryce", "Marisol Tejada", "Dev Okafor"], desk="ESPN News Services",
  lede="UEFA's executive committee meets in Nyon on Monday with the suspension of Russian clubs and national teams at the top of its agenda. Follow along for the decision and the reaction.",
  related=["Why Ukraine's clubs still play their European home games abroad", "UEFA's Russia ban: a timeline since 2022"],
  basis="post stamp '{s}' (full date and 12-hour time with 'ET' printed in each post); Eastern time; local {d} {z}",
  notes="Imitates an ESPN soccer live-updates page from memory: global nav and Soccer sub-nav, LIVE badge, three-name author list and page timestamp 'May 4, 2026, 08:10 AM ET' (page start, not a post), intro paragraph, then posts newest first. Each post: author line, ESPN-style stamp with zero-padded hour ('May 4, 2026, 03:48 PM ET'), then the h2 headline, then paragraphs; the headline comes AFTER the stamp. JSON-LD is a page-level NewsArticle with page dates only (no per-post data). One post is credited to the desk 'ESPN News Services' (author null by convention). One 'Watch:' post is a video embed with no text. Newsletter promo after the third post; related links and footer are chrome. All posts fall on 2026-05-04 in UTC (EDT = UTC-4).",
  not_entries=["global header (ESPN logo, sport links, ESPN+, Subscribe Now, Log In)", "Soccer sub-nav (Home, Scores, Schedule, Tables, Transfers, Teams, Leagues, More)",
               "'LIVE' badge", "page headline h1 (page title)", "page author list (Gareth Pryce, Marisol Tejada, Dev Okafor)", "page timestamp 'May 4, 2026, 08:10 AM ET'",
               "share links (Facebook, X, Email, Print)", "intro paragraph 'UEFA's executive committee meets in Nyon ...' (page lede)",
               "video embed placeholder 'Play' / '0:58' in the Watch post", "ESPN FC newsletter promo after the third post",
               "'Related' box with two links", "footer links and 'ESPN Enterprises, Inc. All rights reserved.'"],
  entries=[
  E("2026-05-04 15:48", "Ukraine's federation calls ruling 'the only possible answer'",
    ["The Ukrainian Association of Football welcomed UEFA's decision within minutes, saying any other outcome would have rewarded a country that is still shelling Ukrainian cities.",
     "In a statement, the federation thanked the executive committee members who had argued against a phased return for Russian youth teams and said it would keep pressing FIFA to take the same line."],
    "diplomacy", "diplomacy", 2, "uefa-russia-suspension-2026-05-04", a="Marisol Tejada", n="reaction whose content is the UEFA decision itself: same story"),
  E("2026-05-04 14:30", "Kremlin: UEFA has 'chosen politics over football'",
    ["Kremlin spokesman Dmitry Peskov told reporters in Moscow that the extension was regrettable and showed European football's governing body putting politics ahead of sport.",
     "Russia's football union said it would study the wording before deciding whether to take the case to the Court of Arbitration for Sport."],
    "diplomacy", "diplomacy", 2, "uefa-russia-suspension-2026-05-04", a="Gareth Pryce", n="reaction to the decision: same story"),
  E("2026-05-04 13:05", "Missile strike on Dnipro sports school kills three",
    ["A Russian ballistic missile hit a children's sports school in Dnipro on Monday evening, killing three people and wounding at least 17, the regional governor said.",
     "The school's gymnastics hall, which had been used as a temporary shelter, was largely destroyed, according to images released by the emergency services.",
     "UEFA president Aleksander Ceferin mentioned the attack when he reopened the meeting after a break, an official in the room told ESPN."],
    "strikes", "strikes", 3, "dnipro-sports-school-missile-strike-2026-05-04", a=None, n="deadly strike; credited to 'ESPN News Services' (desk credit, author null)"),
  E("2026-05-04 12:10", "UEFA keeps Russian teams suspended for 2026-27",
    ["UEFA's executive committee voted on Monday to keep Russian clubs and national teams out of all its competitions for the 2026-27 season, including the youth tournaments that some members had wanted to reopen.",
     "The decision means Russia will again be left out of the qualifying draw for the next European Championship.",
     "UEFA said the suspension would be reviewed 'when circumstances allow', the same phrase it has used since 2022."],
    "diplomacy", "diplomacy", 2, "uefa-russia-suspension-2026-05-04", a="Gareth Pryce", n="sporting ban treated as a sanction-like measure: diplomacy (README convention)"),
  E("2026-05-04 10:45", "Watch: Ukraine captain on playing with his family under fire", [],
    "other", "humanitarian", 1, "ukraine-captain-video-interview-2026-05", a="Dev Okafor", n="teaser: video embed, no text"),
  OFF("2026-05-04 09:20", "Nations League finals host also on the agenda",
    ["Beyond Russia, the committee is expected to name the host of next year's Nations League finals, with two bids still in the running.",
     "A decision on enlarging the Women's Champions League group stage has been pushed back to the summer."],
    "uefa-nations-league-finals-host-2026", a="Dev Okafor", n="UEFA business unrelated to the war"),
  E("2026-05-04 08:35", "Ukrainian clubs ask for help moving academies away from the front",
    ["Five Ukrainian Premier League clubs have written to UEFA asking for money and logistical help to move their youth academies out of cities under daily drone and artillery fire.",
     "The letter, seen by ESPN, names Kharkiv, Zaporizhzhia and Sumy as places where training is regularly halted by air-raid alerts."],
    "other", "humanitarian", 2, "ukrainian-clubs-academy-relocation-request-2026-05", a="Marisol Tejada"),
  ]))

# ---------------------------------------------------------------- 13601 The Athletic
SEEDS.append(dict(
  id="13601", name="13601_theathletic-live", ext="txt", source="The Athletic", zone="America/New_York", render=r_athletic,
  title="Match for Kyiv live: charity game at the London Stadium, updates and reaction",
  ref="2026-04-11 16:55",
  pinned=["Former Ukraine internationals and retired Premier League players meet in the second Match for Kyiv", "Money raised goes to schools and a children's rehabilitation centre"],
  basis="relative stamp '{s}' counted back from the page clock 'Updated April 11, 2026, 4:55 p.m. ET' (exact minutes under an hour, whole hours above); local {d} {z}",
  notes="Imitates The Athletic's live-blog layout from memory (text scrape): nav, 'Soccer › International', LIVE label, title, one page clock 'Updated April 11, 2026, 4:55 p.m. ET', a pinned 'What we're following' box (two bullets, page lede, not entries), then posts newest first. Each post: RELATIVE age ('8m ago', '1h ago', '4h ago') before the headline, then the author's name on its own line, body, 'Share'. The relative ages are exact against the printed clock (the page prints no other time). The charity match itself is invented. The 'Photos:' post is a gallery with no text. Newsletter box after the third post. All posts fall on 2026-04-11 in UTC (EDT = UTC-4; 12:55-16:47 ET = 16:55-20:47 UTC).",
  not_entries=["'Skip to content'", "masthead 'The Athletic', 'Subscribe   Log in'", "sport navigation line", "breadcrumb 'Soccer  ›  International'", "'LIVE' label",
               "page title line", "page clock 'Updated April 11, 2026, 4:55 p.m. ET'", "'Share   Gift this article   Save'", "'Pinned' / 'What we're following' box with two bullets (page lede)",
               "'(Photo gallery: 12 images)' placeholder in the Photos post", "'Share' after every post", "newsletter box after the third post (The Windup, Sign up)",
               "'Load more updates'", "footer lines"],
  entries=[
  E("2026-04-11 16:47", "Full time: Team Yellow win on penalties as total passes £3.8 million",
    ["Team Yellow won 5-4 on penalties after a 2-2 draw, and organisers said the evening had raised more than £3.8 million from tickets, broadcast rights and donations.",
     "The money will go to rebuilding schools and a children's rehabilitation centre in the Kyiv and Chernihiv regions, they said."],
    "other", "humanitarian", 2, "match-for-kyiv-charity-game-2026-04-11", a="Priya Natarajan", n="charity fundraising for civilians: other/humanitarian (README convention)"),
  E("2026-04-11 16:25", "Minute's silence for victims of Sumy strike",
    ["Players and fans stood for a minute's silence before the second half for the victims of Saturday morning's Russian missile strike on Sumy.",
     "Ukrainian officials say nine people were killed, two of them children, when a missile hit a street of shops and apartment blocks in the city centre.",
     "Team Blue captain Taras Hrytsenko, who grew up in the Sumy region, wore a black armband."],
    "strikes", "strikes", 3, "sumy-missile-strike-2026-04-11", a="Callum Reddy", n="commemoration whose content is a deadly strike: strikes, importance 3"),
  E("2026-04-11 15:55", "Zelensky thanks crowd in half-time message",
    ["Ukraine's president, Volodymyr Zelensky, appeared on the big screens at half-time in a recorded video, thanking fans for standing with Ukrainian children.",
     "He also asked Britain and its partners to keep up deliveries of air-defence missiles, saying cities like Sumy could not be protected without them."],
    "other", "politics", 2, "zelensky-match-for-kyiv-message-2026-04-11", a="Priya Natarajan", sec=["aid"], n="headline leads with the thanks; the air-defence appeal is secondary"),
  OFF("2026-04-11 14:55", "Lineups confirmed: Hrytsenko starts for Team Blue",
    ["Hrytsenko starts in midfield for Team Blue, which mixes former Ukraine internationals with retired Premier League players.",
     "Team Yellow will be managed for the night by two supporters who won the job in a raffle."],
    "match-for-kyiv-lineups-2026-04-11", a="Callum Reddy", n="team news, not war news"),
  E("2026-04-11 13:55", "Where last year's money went",
    ["The first Match for Kyiv, played in 2025, raised about £2.9 million, and organisers say it paid for shelter upgrades at 14 schools and a physiotherapy wing for wounded children in Irpin.",
     "An independent audit of the spending is due to be published next month."],
    "other", "humanitarian", 2, "match-for-kyiv-2025-spending", a="Priya Natarajan", n="theme piece on last year's fund; own story"),
  E("2026-04-11 12:55", "Photos: Fans in blue and yellow fill Stratford", [],
    "other", "humanitarian", 1, "match-for-kyiv-charity-game-2026-04-11", a="Callum Reddy", n="teaser: gallery, no text"),
  ]))

# ---------------------------------------------------------------- 13602 Sky Sports News
SEEDS.append(dict(
  id="13602", name="13602_skysports-live", ext="txt", source="Sky Sports News", zone="Europe/London", render=r_sky,
  parse_args=["--date", "2026-05-02"],
  title="Usyk vs Okonjo LIVE! Updates, undercard results and reaction from Wembley",
  lede="Oleksandr Usyk defends his heavyweight titles against Marcus Okonjo at Wembley Stadium. Follow every update from fight night here.",
  basis="bare 24-hour post time '{s}'; UK local time (the outlet's home zone, BST = UTC+1; no zone printed); the day comes from the separator 'Saturday 2 May' and parse_args (no year printed); local {d} {z}",
  notes="Imitates a Sky Sports live blog from memory (text scrape): nav lines, 'Boxing' section label, title, lede, NOW promo, 'Sky Sports Live', a day separator 'Saturday 2 May' (the page's only date; no year anywhere, so parse_args --date 2026-05-02), then posts newest first: bare '22:52' line, headline, body. No per-post authors. UK time is implied (BST = UTC+1); all posts fall on 2026-05-02 in UTC. The fight and the boxer Okonjo are invented; three posts are about the fight itself (off-beat), one of them a 'Watch:' video post with only the player chrome. The overnight air-raid post at 22:20 BST is 00:20 on 3 May in Kyiv.",
  not_entries=["'Skip to content'", "'Sky Sports' masthead and sport navigation", "secondary nav (Watch, Sky Sports+, Scores, Fixtures, Transfer Centre, Sky Bet)", "section label 'Boxing'",
               "page title line", "page lede 'Oleksandr Usyk defends his heavyweight titles ...'", "NOW membership promo", "'Sky Sports Live' label", "day separator 'Saturday 2 May'",
               "video chrome 'Please use Chrome browser for a more accessible video player' and '0:42' in the Watch post", "'Get Sky Sports' promo after the fourth post",
               "'More from Sky Sports'", "footer links and '© Sky UK'"],
  entries=[
  OFF("2026-05-02 22:52", "Usyk retains his belts on the scorecards",
    ["Oleksandr Usyk stays unbeaten after a unanimous decision over Marcus Okonjo, with the judges scoring it 117-111, 116-112 and 118-110."],
    "usyk-okonjo-fight-2026-05-02", n="fight result"),
  E("2026-05-02 22:20", "Sirens across Ukraine as fans watch from shelters",
    ["Air-raid alerts sounded over Kyiv, Dnipro and much of central Ukraine during the middle rounds, as Ukraine's air force reported waves of Russian attack drones crossing the border.",
     "Fans in Kyiv were pictured following the fight on their phones in metro stations that double as shelters."],
    "strikes", "strikes", 2, "russian-drone-raid-night-2026-05-02", n="air-defence alert during a drone raid (no toll yet): strikes, importance 2"),
  OFF("2026-05-02 21:35", "Watch: Usyk makes his ring walk", [], "usyk-okonjo-fight-2026-05-02", n="video teaser of the fight, no text"),
  E("2026-05-02 20:10", "Zelensky: 'All of Ukraine is in your corner'",
    ["Volodymyr Zelensky posted a short video wishing Usyk luck, saying the boxer carried the hopes of soldiers at the front and of families sleeping in shelters."],
    "other", "politics", 2, "zelensky-usyk-message-2026-05-02"),
  E("2026-05-02 18:45", "Usyk's foundation to rebuild Kharkiv school hit by glide bomb",
    ["Usyk's charitable foundation says part of tonight's purse will go towards rebuilding a school in Kharkiv that was wrecked by a Russian glide bomb in March.",
     "Work on the building's new basement shelter is due to begin in the summer, the foundation said."],
    "other", "humanitarian", 2, "usyk-foundation-kharkiv-school-2026"),
  OFF("2026-05-02 17:30", "Undercard: Ukrainian prospect stops opponent in round three",
    ["Light-heavyweight prospect Danylo Ostapenko kept his record perfect with a third-round stoppage on the undercard."],
    "wembley-undercard-ostapenko-2026-05-02", n="undercard result"),
  E("2026-05-02 16:15", "Russian strike on Zaporizhzhia kills four",
    ["Four people were killed and 12 injured when Russian guided bombs hit an industrial district of Zaporizhzhia on Saturday afternoon, the regional governor said.",
     "Usyk's team asked for a moment of reflection inside the arena when the news came through."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bomb-strike-2026-05-02", n="deadly strike"),
  ]))

# ---------------------------------------------------------------- 13603 Inside the Games
SEEDS.append(dict(
  id="13603", name="13603_insidethegames-listing", ext="html", source="Inside the Games", zone="Europe/London", render=r_itg,
  title="Russia and Ukraine", url="https://www.insidethegames.biz/tags/russia-and-ukraine",
  lede="The latest news on sport and the war in Ukraine, including the status of Russian and Belarusian athletes.",
  basis="card stamp '{s}' (date and 24-hour time, no zone printed); UK local time, the outlet's home zone (BST = UTC+1); local {d} {z}",
  notes="Imitates an insidethegames.biz tag listing from memory (HTML): newsletter/login bar, header nav, h1 tag title and intro, then cards newest first. Each card: category label, h2 headline, author, then '19 April 2026 17:40' (no zone: UK time assumed, BST), one-paragraph summary. JSON-LD is only a CollectionPage (no articles). Two cards are off the war (fencing elections, Brisbane 2032). Three diplomacy cards share the theme of Russian/Belarusian participation but are separate events and must not merge. All cards fall on 2026-04-19 in UTC.",
  not_entries=["top bar (newsletter sign-up, Login)", "header logo and navigation", "h1 tag title 'Russia and Ukraine' (page title)", "tag intro paragraph",
               "category labels on each card (Olympics, Aquatics, ...)", "'Advertisement' after the fourth card", "'Older articles' pager",
               "'Most read' sidebar with two links", "footer copyright and links"],
  entries=[
  E("2026-04-19 17:40", "IOC board leaves Russian Olympic Committee suspension in place",
    ["The International Olympic Committee's executive board said on Sunday that the Russian Olympic Committee would remain suspended because it still lists sports bodies in occupied Ukrainian regions among its members.",
     "Russian athletes who meet the neutrality criteria may still be invited to qualifying events as individuals, the board added."],
    "diplomacy", "diplomacy", 2, "ioc-roc-suspension-upheld-2026-04-19", a="Holly Brannigan", cat="Olympics",
    n="sporting suspension: diplomacy (README convention); must not merge with the Ukrainian minister's letter or the Belarus request (same theme, other events)"),
  E("2026-04-19 16:05", "Ukraine's sports minister urges federations not to soften neutral-athlete rules",
    ["Matvii Bidnyi, Ukraine's Minister of Youth and Sports, has written to 38 international federations asking them not to relax the conditions under which Russian and Belarusian athletes compete as neutrals.",
     "He said several federations had quietly dropped checks on athletes' links to the Russian military."],
    "diplomacy", "diplomacy", 2, "ukraine-minister-letter-neutral-athletes-2026-04", a="Yuliia Bondar", cat="Politics", n="must not merge with the IOC decision (same theme)"),
  E("2026-04-19 14:22", "Kharkiv's Metalist training base damaged in overnight drone attack",
    ["Russian drones damaged the training base of Kharkiv club Metalist 1925 overnight, breaking windows in the dormitory and setting fire to part of an indoor pitch, the club said.",
     "No one was hurt because the squad has been based in Uzhhorod since the start of the season."],
    "strikes", "strikes", 2, "metalist-training-base-drone-strike-2026-04-19", a="Yuliia Bondar", cat="Football", n="strike without casualties"),
  E("2026-04-19 12:50", "Ukrainian canoeist killed at the front, federation says",
    ["Ukraine's canoe federation said that Serhii Tkachuk, a former European junior medallist who joined the army in 2024, had been killed in fighting near Kostiantynivka.",
     "The federation said he was 27."],
    "other", "frontline", 2, "ukrainian-canoeist-killed-kostiantynivka-2026-04", a="Holly Brannigan", cat="Canoe"),
  OFF("2026-04-19 11:15", "FIE confirms November date for elective congress",
    ["The International Fencing Federation will hold its elective congress in November, with three candidates declared so far for the presidency."],
    "fie-elective-congress-2026", a="Neil Brockway", cat="Fencing", n="federation elections"),
  E("2026-04-19 10:00", "Belarusian Olympic Committee asks IOC for talks on recognition",
    ["Belarus's National Olympic Committee has asked the IOC for a meeting on restoring its recognition, arguing that its position differs from Russia's."],
    "diplomacy", "diplomacy", 2, "belarus-noc-recognition-request-2026-04", a="Neil Brockway", cat="Olympics", n="must not merge with the IOC board decision (same theme, other event)"),
  OFF("2026-04-19 08:30", "Brisbane 2032 venue master plan approved",
    ["Queensland's government has approved the final venue master plan for the Brisbane 2032 Olympic and Paralympic Games."],
    "brisbane-2032-venue-plan", a="Neil Brockway", cat="Brisbane 2032", n="Olympic host planning"),
  ]))

# ---------------------------------------------------------------- 13604 The Art Newspaper
SEEDS.append(dict(
  id="13604", name="13604_theartnewspaper-topic", ext="html", source="The Art Newspaper", zone="Europe/London", render=r_tan,
  title="Russia-Ukraine war",
  lede="News and analysis on how the war is affecting Ukraine's museums, heritage sites and artists.",
  basis="visible card date '{s}' (date only); the time comes from the card's <time datetime=\"...+01:00\"> attribute (UK time); local {d} {z}",
  notes="Imitates The Art Newspaper's topic page from memory (HTML, no JSON-LD): masthead with edition switch, nav, h1 topic title and description, cards newest first. Each card: kicker, h3 headline, one standfirst paragraph, author, and <time datetime=\"2026-05-18T16:30:00+01:00\">18 May 2026</time>: the visible text gives the date only, the exact time is in the datetime attribute (used for published). Every card prints the same visible stamp '18 May 2026'. One card is art-market news (off-beat). Newsletter sign-up after the third card. All cards fall on 2026-05-18 in UTC.",
  not_entries=["masthead 'THE ART NEWSPAPER', 'International edition', navigation, Subscribe, Search", "h1 topic title 'Russia-Ukraine war' (page title)",
               "topic description paragraph", "card kickers (Heritage, Museums, ...)", "Daily Digest newsletter sign-up after the third card", "'Load more' button", "footer"],
  entries=[
  E("2026-05-18 16:30", "Russian drones damage Kharkiv Art Museum on International Museum Day",
    ["A drone that struck a neighbouring building early on Monday blew out windows across the museum's 19th-century façade, and staff spent the day moving works from the upper galleries into storage."],
    "strikes", "strikes", 2, "kharkiv-art-museum-drone-damage-2026-05-18", a="Nadia Kovalenko-Reid", cat="Heritage", n="no casualties reported: importance 2"),
  E("2026-05-18 14:05", "Ukraine counts more than 2,100 heritage sites damaged since the full-scale invasion",
    ["Ukraine's culture ministry said on Monday that 2,137 cultural heritage sites had been damaged or destroyed since February 2022, nearly a third of them in the Kharkiv and Donetsk regions."],
    "other", "humanitarian", 2, "ukraine-heritage-damage-count-2026-05-18", a="Nadia Kovalenko-Reid", cat="Heritage"),
  E("2026-05-18 11:40", "Netherlands funds climate-controlled stores for evacuated collections",
    ["The Dutch government is giving €6.5m to build three climate-controlled storage facilities in western Ukraine for museum collections moved out of front-line regions."],
    "aid", "aid", 2, "netherlands-museum-storage-funding-2026-05", a="Gareth Harris-Lowe", cat="Museums", n="state funding to Ukraine: aid"),
  E("2026-05-18 10:15", "Kyiv protests Russia’s return to the Venice Biennale",
    ["Ukraine’s foreign ministry has summoned Italy’s ambassador to object to the reopening of the Russian pavilion at the Venice Biennale, calling it a propaganda platform for a state at war."],
    "diplomacy", "diplomacy", 2, "ukraine-protests-russian-pavilion-venice-2026-05", a="Gareth Harris-Lowe", cat="Biennale"),
  E("2026-05-18 09:12", "Investigators trace 40 paintings taken from Kherson museum to Crimea",
    ["Ukrainian prosecutors say they have found 40 paintings taken from the Kherson Art Museum in 2022 in the storerooms of a museum in Simferopol, using photographs leaked by a former employee."],
    "other", "humanitarian", 2, "kherson-museum-looted-paintings-traced-2026-05", a="Nadia Kovalenko-Reid", cat="Heritage", n="looting report: humanitarian (war-crimes reports)"),
  OFF("2026-05-18 08:00", "New York spring sales total $1.9bn",
    ["The May auctions at Christie’s, Sotheby’s and Phillips brought in a combined $1.9bn, slightly above last year’s total."],
    "new-york-spring-auctions-2026", a="Tom Alderney", cat="Art market", n="auction results"),
  ]))

# ---------------------------------------------------------------- 13605 ARTnews (Atom)
SEEDS.append(dict(
  id="13605", name="13605_artnews-atom", ext="xml", source="ARTnews", zone="UTC", render=r_wp_atom,
  title="ARTnews.com", url="https://www.artnews.com/",
  lede="The Leading Source for Art News & Art Event Coverage",
  basis="Atom <published> '{s}' (ISO 8601 with 'Z', seconds printed); UTC; local {d} {z}",
  notes="Imitates a WordPress Atom feed as ARTnews (PMC) would serve it at /feed/atom/ from memory: feed title/subtitle/updated/generator, entries newest first, each with <author><name>, CDATA title, <published>/<updated> in UTC with 'Z' and seconds, several <category term>, a one-paragraph <summary> and <content type=\"html\"> with the paragraphs (the summary repeats the first paragraph: not a second entry), thr:count reply links. published keeps the feed's seconds. The Frieze item is off-beat. The artists' protest and the Biennale Foundation's statement share a theme but are separate stories. All entries fall on 2026-05-10 in UTC.",
  not_entries=["feed title 'ARTnews.com', subtitle, updated, generator and self/alternate links", "each entry's <summary> (a copy of the first content paragraph)",
               "category terms", "reply links / thr:total counts"],
  entries=[
  E("2026-05-10 21:14:07", "Ukrainian Artists Stage Silent Protest Outside Russian Pavilion in Venice",
    ["About 60 Ukrainian artists and curators stood in silence outside the Russian pavilion in the Giardini on Sunday, holding photographs of museums damaged in the war.",
     "Biennale security staff did not intervene, and the pavilion stayed open throughout the protest."],
    "other", "politics", 2, "ukrainian-artists-protest-russian-pavilion-2026-05-10", a="Maren Solberg", cats=["News", "Venice Biennale", "Ukraine"],
    n="civil protest, not a state act: other/politics; must not merge with the Biennale Foundation's statement (same theme)"),
  E("2026-05-10 19:58:30", "Russian Missile Strike Damages Odesa Fine Arts Museum, Kills Two Nearby",
    ["A Russian missile strike on central Odesa on Sunday evening killed two people and blew out windows and doors at the Odesa Fine Arts Museum, which occupies a 19th-century palace, local officials said.",
     "The museum's director said most of the collection had already been moved to storage but that plaster ceilings in three halls had come down."],
    "strikes", "strikes", 3, "odesa-missile-strike-2026-05-10", a="Maren Solberg", cats=["News", "Ukraine", "Museums"], n="deadly strike"),
  E("2026-05-10 16:40:12", "Venice Biennale Defends Decision to Let Russia Return",
    ["The Venice Biennale's organizers said on Sunday that the exhibition remains an open platform and that national participation is a matter for governments, not curators.",
     "Ukraine's culture ministry called the statement evasive."],
    "diplomacy", "diplomacy", 2, "venice-biennale-defends-russian-participation-2026-05-10", a="Alex Greenberg-Tal", cats=["News", "Venice Biennale"],
    n="statement on Russia's participation: diplomacy (README convention)"),
  E("2026-05-10 14:05:51", "Germany Pledges €12 Million to Protect Ukrainian Museum Collections",
    ["Germany's culture minister announced €12 million on Sunday for fire-suppression systems, packing materials and emergency storage for Ukrainian museums."],
    "aid", "aid", 2, "germany-museum-protection-funding-2026-05-10", a="Alex Greenberg-Tal", cats=["News", "Ukraine", "Funding"]),
  OFF("2026-05-10 12:30:00", "Frieze New York Opens With Strong Early Sales",
    ["Frieze New York opened to VIP visitors at the Shed, with several galleries reporting sell-out booths within the first hours."],
    "frieze-new-york-opening-2026", a="Dana Whitfield", cats=["Market", "Art Fairs"], n="art fair"),
  E("2026-05-10 09:15:20", "How Ukrainian Curators Are Documenting War Damage With 3D Scans",
    ["A team of curators in Lviv has scanned more than 300 damaged churches, galleries and monuments, building an archive they hope will be used in future war-crimes cases."],
    "other", "humanitarian", 2, "ukrainian-curators-3d-scan-archive-2026-05", a="Dana Whitfield", cats=["Features", "Ukraine"], n="feature"),
  ]))

# ---------------------------------------------------------------- 13606 Hyperallergic
SEEDS.append(dict(
  id="13606", name="13606_hyperallergic-roundup", ext="html", source="Hyperallergic", zone="America/New_York", render=r_hyperallergic,
  title="Murals in a Kharkiv Metro School, a Stolen Scythian Hoard, and More",
  url="https://hyperallergic.com/1049921/murals-in-a-kharkiv-metro-school-a-stolen-scythian-hoard-and-more/",
  published="2026-04-25 10:00", byline="Ruth Abernethy",
  caption="Volunteers sorting painted plaster fragments in Chernihiv (photo via Facebook)",
  intro="Required Reading is published every Saturday, and it is made up of a short list of art-related links to long-form articles, videos, blog posts, or photo essays worth a second look.",
  tags=["Required Reading", "Ukraine", "War"],
  basis="no per-item time: the visible page shows the date only ('April 25, 2026'); the time is the Article datePublished 2026-04-25T14:00:00+00:00 in the page's JSON-LD (10:00 EDT); every item gets the page time; local {d} {z}",
  notes="Imitates Hyperallergic's weekly 'Required Reading' link round-up from memory (HTML, WordPress with a Yoast-style JSON-LD @graph of Article, WebPage, BreadcrumbList, Organization, Person). The visible byline shows 'Ruth Abernethy' and 'April 25, 2026' only; the publication time is only in the JSON-LD (datePublished ...T14:00:00+00:00) and the article:published_time meta. Entries are the six bullet items of the list: no headline, no stamp, one paragraph each, author = the page byline, published = the page time. The standing intro paragraph and the photo caption are chrome. Two bullets are off the war (museum pay survey, Biennale jury). All entries on 2026-04-25 in UTC.",
  not_entries=["membership bar 'Become a Member'", "site header and navigation", "category link 'Required Reading'", "h1 title (page title)", "byline and date line 'Ruth Abernethy April 25, 2026'",
               "photo caption 'Volunteers sorting painted plaster fragments in Chernihiv (photo via Facebook)'", "standing intro paragraph 'Required Reading is published every Saturday ...'",
               "'Support Hyperallergic' membership box", "tags line", "'More from Hyperallergic' related link", "comments box", "footer"],
  entries=[
  E("2026-04-25 10:00", None,
    ["Russian drones hit a 19th-century church in Chernihiv on Thursday night and brought down part of its bell tower; the Kyiv Independent has photographs of volunteers sorting fragments of painted plaster from the rubble."],
    "strikes", "strikes", 2, "chernihiv-church-drone-strike-2026-04-23", a="Ruth Abernethy", n="non-deadly strike on a heritage building"),
  E("2026-04-25 10:00", None,
    ["In Kharkiv, artists have covered the walls of a metro station that now serves as a school with murals of sunflowers and space rockets, and Suspilne spoke to the children who helped paint them."],
    "other", "humanitarian", 2, "kharkiv-metro-school-murals-2026-04", a="Ruth Abernethy"),
  E("2026-04-25 10:00", None,
    ["A Ukrainian court has opened proceedings over a hoard of Scythian gold removed from the Melitopol museum in 2022, and prosecutors say they know which Russian-installed officials signed the removal papers."],
    "other", "humanitarian", 2, "melitopol-scythian-gold-case-2026-04", a="Ruth Abernethy", n="looting / war-crimes case: humanitarian"),
  OFF("2026-04-25 10:00", None,
    ["A new survey finds that nearly half of museum workers in the United States earn less than a living wage for their city, according to a report shared by a museum workers' union."],
    "us-museum-workers-pay-survey-2026-04", a="Ruth Abernethy", n="labour survey"),
  E("2026-04-25 10:00", None,
    ["Canada's government has granted C$3 million to protect archives in Odesa and Mykolaiv from drone and missile damage, the Kyiv Post reports."],
    "aid", "aid", 2, "canada-ukraine-archives-grant-2026-04", a="Ruth Abernethy", n="state funding to Ukraine: aid"),
  OFF("2026-04-25 10:00", None,
    ["The Venice Biennale has named the five members of its international jury, and The Art Newspaper has a rundown of who they are."],
    "venice-biennale-jury-2026", a="Ruth Abernethy", n="jury announcement"),
  ]))

# ---------------------------------------------------------------- 13607 Deadline (RSS)
SEEDS.append(dict(
  id="13607", name="13607_deadline-rss", ext="xml", source="Deadline", zone="UTC", render=r_wp_rss,
  title="Deadline", url="https://deadline.com/",
  lede="Hollywood Entertainment Breaking News",
  basis="RSS pubDate '{s}' (RFC 822, '+0000'); UTC; local {d} {z}",
  notes="Imitates Deadline's WordPress (PMC) RSS 2.0 feed from memory: namespaces content/wfw/dc/atom/sy/slash/media, lastBuildDate, items newest first with dc:creator and categories in CDATA, pubDate '+0000' with seconds, guid '?p=' ids, a CDATA description (first paragraph only) and content:encoded with all paragraphs, media:thumbnail. published keeps the seconds. Three items are ordinary entertainment news (box office, a Netflix drama about the war, Emmy rules): off-beat. All items fall on 2026-05-01 in UTC.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:/generator", "each item's <description> (a copy of the first content paragraph)", "categories", "media:thumbnail"],
  entries=[
  E("2026-05-01 21:02:44", "Ukraine’s Culture Ministry Asks Cannes To Shut Out Russian State-Funded Films",
    ["Ukraine’s culture ministry has written to the Cannes Film Festival asking it to keep any film made with Russian state money out of the Marché du Film.",
     "The festival has not responded publicly, and organizers of the market declined to comment."],
    "diplomacy", "diplomacy", 2, "ukraine-asks-cannes-exclude-russian-films-2026-05", a="Mira Castellane", cats=["Festivals", "International", "Cannes"]),
  OFF("2026-05-01 18:30:10", "‘Harbor Lights’ Leads Friday Box Office With $14M",
    ["The animated sequel took an estimated $14 million on Friday from 3,900 theaters, putting it on course for a weekend near $45 million."],
    "harbor-lights-box-office-2026-05", a="Ben Arkwright", n="box office", cats=["Box Office"]),
  E("2026-05-01 16:12:03", "Russian Strike Hits Kyiv Film Studio, Killing Security Guard",
    ["A Russian drone and missile attack on Kyiv overnight into Friday damaged sound stages at the Dovzhenko film studio and killed a security guard on duty at the gate, Ukraine’s State Film Agency said.",
     "Two productions that were shooting on the lot have suspended work."],
    "strikes", "strikes", 3, "kyiv-film-studio-strike-2026-05-01", a="Mira Castellane", cats=["International", "Breaking News"], n="deadly strike"),
  E("2026-05-01 14:45:00", "EU Sanctions Five Russian TV Executives Over War Propaganda",
    ["The European Union has added five executives from Russian state television to its sanctions list, freezing their assets in the bloc and barring them from travel there."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-russian-tv-executives-2026-05-01", a="Mira Castellane", cats=["International", "TV"]),
  OFF("2026-05-01 12:20:33", "Netflix Dates Ukraine War Drama ‘The Long Winter’",
    ["Netflix will release the eight-part drama, set in a Kharkiv hospital during the first winter of the full-scale invasion, on September 18."],
    "netflix-long-winter-release-date", a="Ben Arkwright", n="release-date news about a drama set in the war; not news of the war", cats=["TV", "Netflix"]),
  E("2026-05-01 10:05:19", "Kyiv Film Festival Moves Screenings Into Metro Stations",
    ["Organizers of the Molodist festival in Kyiv say this year’s screenings will take place in two metro stations used as shelters, so programs are not cut short by air-raid alerts."],
    "other", "humanitarian", 2, "molodist-festival-metro-screenings-2026", a="Mira Castellane", cats=["Festivals", "International"]),
  OFF("2026-05-01 08:40:55", "Emmy Rules Tweaked For Split-Season Limited Series",
    ["The Television Academy has changed the eligibility window for limited series released in two parts."],
    "emmy-rules-split-season-2026", a="Ben Arkwright", n="awards rules", cats=["Awards", "Emmys"]),
  ]))

# ---------------------------------------------------------------- 13608 Billboard
SEEDS.append(dict(
  id="13608", name="13608_billboard-updates", ext="txt", source="Billboard", zone="America/New_York", render=r_billboard,
  title="Music Industry Reacts After Russian Strike Damages Kyiv’s Palace of Sports: Updates",
  kicker="Business News", byline="Lena Whitcombe",
  dek="The arena is one of the Ukrainian capital’s main concert venues. This story will be updated.",
  caption="Smoke rises over the Pechersk district of Kyiv on April 5, 2026.", credit="Getty Images",
  tags=["Business News", "International", "Ukraine", "Touring"],
  basis="update label '{s}' (month, day and 12-hour time with 'ET'; the year from the page date '04/05/2026'); Eastern time; local {d} {z}",
  notes="Imitates a Billboard running-updates news article from memory (text scrape): nav, kicker 'Business News', title, dek, 'By Lena Whitcombe', the US-style page date '04/05/2026' (month/day), share line, photo caption and credit, then updates newest first, each introduced by its own line 'UPDATE (April 5, 5:30 p.m. ET):', the original story last under 'ORIGINAL STORY (April 5, 9:30 a.m. ET):'. Entries have no headlines; author = the page byline for every update. Newsletter box after the second update; tags and footer are chrome. All updates fall on 2026-04-05 in UTC (EDT = UTC-4).",
  not_entries=["'Skip to main content'", "masthead and navigation", "kicker 'Business News'", "title line (page title)", "dek 'The arena is one of ...'", "byline 'By Lena Whitcombe' and page date '04/05/2026'",
               "share line", "photo caption 'Smoke rises over the Pechersk district ...' and credit 'Getty Images'", "the 'UPDATE (...)' / 'ORIGINAL STORY (...)' label lines (stamps, not text)",
               "newsletter box after the second update", "'Read More About:' tags", "Billboard Pro promo", "footer"],
  entries=[
  E("2026-04-05 17:30", None,
    ["Organizers of Kyiv's largest summer music festival said it will go ahead in July, but with fewer stages and every performance area within a few minutes' walk of a shelter."],
    "other", "humanitarian", 2, "kyiv-summer-festival-goes-ahead-2026", a="Lena Whitcombe"),
  E("2026-04-05 16:10", None,
    ["Zelensky used his evening address to ask allies for more Patriot interceptors, saying the Palace of Sports strike showed that Kyiv's air defenses were stretched.",
     "He did not say how many missiles had been intercepted overnight."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2026-04-05", a="Lena Whitcombe", sec=["strikes"], n="appeal for air defence: aid; a separate statement, not the strike story"),
  E("2026-04-05 14:15", None,
    ["The Ukrainian Music Association has asked European promoters and labels to pay into a fund to repair the venue, which hosted more than 80 concerts last year."],
    "other", "humanitarian", 2, "ukrainian-music-association-venue-fund-2026-04", a="Lena Whitcombe"),
  E("2026-04-05 12:40", None,
    ["Kyiv's city military administration raised the death toll to five, including a sound engineer who was sleeping in a studio next to the arena.",
     "Officials said 23 people were injured and more than 40 apartments in nearby buildings were damaged."],
    "strikes", "strikes", 3, "kyiv-palace-of-sports-strike-2026-04-05", a="Lena Whitcombe", n="toll update (3 -> 5)"),
  E("2026-04-05 11:05", None,
    ["Emergency services said the fire on the arena's roof had been put out after six hours and that rescuers had pulled two people alive from a collapsed storage building nearby."],
    "strikes", "strikes", 3, "kyiv-palace-of-sports-strike-2026-04-05", a="Lena Whitcombe", n="aftermath of the strike"),
  E("2026-04-05 09:30", None,
    ["Kyiv's Palace of Sports, one of the city's main concert venues, was damaged early Sunday when Russian missiles and drones struck the capital, city officials said.",
     "At least three people were killed in the surrounding Pechersk district, and the arena's roof caught fire.",
     "Several international acts had been booked to play the venue this spring."],
    "strikes", "strikes", 3, "kyiv-palace-of-sports-strike-2026-04-05", a="Lena Whitcombe", n="original story (last on the page)"),
  ]))

# ---------------------------------------------------------------- 13609 The Hollywood Reporter
SEEDS.append(dict(
  id="13609", name="13609_hollywoodreporter-tag", ext="txt", source="The Hollywood Reporter", zone="America/Los_Angeles", render=r_thr,
  title="Russia-Ukraine War",
  basis="card stamp '{s}' (date and 12-hour time, no zone printed); Pacific time, the outlet's home zone (PDT = UTC-7); local {d} {z}",
  notes="Imitates The Hollywood Reporter's tag page from memory (text scrape): nav, tag title, then cards newest first. Each card: kicker (Global, Movie News, ...), headline, one dek line, 'By NAME', then 'May 3, 2026 3:40pm' with no zone (Los Angeles time assumed, PDT). Two cards are ordinary entertainment news (box office, a documentary sale): off-beat. Newsletter box after the third card. All cards fall on 2026-05-03 in UTC (07:30-15:40 PDT = 14:30-22:40 UTC).",
  not_entries=["'Skip to main content'", "masthead and navigation lines", "tag title 'Russia-Ukraine War' (page title)", "card kickers (Global, Business News, ...)",
               "newsletter box after the third card", "'Load More'", "'Most Popular' and its link", "footer lines"],
  entries=[
  E("2026-05-03 15:40", "Russian Strike Damages Odesa Film Studio Backlot, Injuring Two Guards",
    ["Sets built for a Ukrainian-Polish co-production were destroyed when a drone hit the Odesa Film Studio late on Sunday, the studio’s management said."],
    "strikes", "strikes", 2, "odesa-film-studio-drone-strike-2026-05-03", a="Anke Lindqvist", cat="Global", n="injuries only: importance 2"),
  E("2026-05-03 13:15", "Ukrainian Crews Move Shoots Underground as Blackouts Return",
    ["Producers in Kyiv say rolling blackouts caused by Russian strikes on power plants have pushed shoots into basements running on generators."],
    "other", "humanitarian", 2, "ukrainian-film-crews-blackouts-2026-05", a="Anke Lindqvist", cat="Global", sec=["strikes"]),
  OFF("2026-05-03 11:50", "Box Office: ‘Harbor Lights’ Tops Weekend With $46M",
    ["The animated sequel beat expectations in its opening weekend, with strong family turnout on Saturday."],
    "harbor-lights-box-office-2026-05", a="Teo Marchand", cat="Box Office", n="box office"),
  OFF("2026-05-03 10:20", "Sundance Documentary About Mariupol Theater Lands at HBO",
    ["HBO Documentary Films has acquired the film, which premiered at Sundance in January, for a fall release."],
    "mariupol-documentary-hbo-deal", a="Teo Marchand", cat="Business News", n="acquisition of a documentary about the war; not news of the war"),
  E("2026-05-03 09:05", "U.S. Sanctions Moscow Studio Over Films Shot in Occupied Ukraine",
    ["The Treasury Department has added a Moscow production company to its sanctions list for making propaganda films on sets built in occupied Mariupol, according to a notice published over the weekend."],
    "diplomacy", "diplomacy", 2, "us-sanctions-moscow-studio-occupied-ukraine-2026-05", a="Jordan Pell", cat="Business News"),
  E("2026-05-03 07:30", "Ukrainian Actor Killed in Fighting in Donetsk Region, Union Says",
    ["The Ukrainian actors’ union said a 34-year-old theater and television actor who enlisted in 2023 had been killed in fighting in the Donetsk region."],
    "other", "frontline", 2, "ukrainian-actor-killed-donetsk-2026-05", a="Jordan Pell", cat="Global"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_wyvernhall(S):
    """text live, newest first; 'Key Points' block of headlines; 12-hour UK stamp '7.40pm' on its own line before the
    headline; signature line '— NAME' after the body; one date line 'Sunday 14 June 2026' (no zone printed)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home   News   World   Politics   Business   Sport   Opinion   Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 1 min 12 sec]", ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Get our free Ukraine Briefing newsletter every morning. Sign up here", ""]
    L += ["Show earlier updates", "", f"© {S['source']} 2026   About us   Contact   Privacy   Terms"]
    return "\n".join(L) + "\n", stamps


def r_cresswick(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (own datePublished with +03:00 and
    author); visible 24-hour time in <time datetime>; h3 headline; author line under the headline. No zone printed."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{40110 + i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "dateModified": d.isoformat(), "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
           "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
           "coverageEndTime": (first.replace(hour=23, minute=59)).isoformat(),
           "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — {esc(S["source"])}</title>', ld(obj), '</head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Culture</a> <a>Opinion</a></nav>'
           '<a class="donate" href="/support">Support independent journalism</a></header>',
           f'<main class="liveblog"><h1>{esc(S["title"])}</h1>', f'<p class="liveblog__date">{esc(S["dateline"])}</p>',
           f'<p class="liveblog__lead">{esc(S["lede"])}</p>', '<ol class="liveblog__feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="post" id="post-{40110 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>'
                   f'<p class="post__author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<button class="share">Share</button></li>')
        if i == 3:
            out.append('<li class="promo">Read also: <a href="/explainers/grain-corridor">How Ukraine’s grain corridor works</a></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} · Editorial policy · Contacts · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate 'GMT' or with the numeric offset (S['gmt']); optional dc:creator;
    description = one HTML paragraph per body paragraph in CDATA."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slugify(e['h'], 50)}-{700300 + 17 * (len(S['entries']) - i)}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_veldharrow(S):
    """HTML article with NewsArticle JSON-LD; h2 sections (one entry each); page byline and a French-style dateline
    'Published 14/06/2026 at 21:10' (Paris time implied); no per-section time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
           "author": [{"@type": "Person", "name": n} for n in S["authors"]], "publisher": {"@type": "Organization", "name": S["source"]},
           "dateline": "Evian-les-Bains", "articleSection": "Europe"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ld(obj), '</head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Europe</a> <a>World</a> <a>Economy</a> <a>Ideas</a> <a>Newsletters</a></nav></header>',
           '<main><article>', '<p class="rubric">Europe · G7 summit</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="chapo">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="date">Published {d0:%d/%m/%Y} at {d0:%H:%M}</p>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 0:
            out.append('<aside class="inline-related">Read also | <a href="#">What the G7 can still do for Ukraine</a></aside>')
    out += ['<p class="reuse">Reproduction prohibited without permission.</p>', '</article></main>',
            f'<footer>{esc(S["source"])} · Legal notice · Cookies · Contact</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_elmscarth(S):
    """HTML live, newest first, no JSON-LD; bare '14:20' in a <span> above the h2, printed note on the zone;
    author below the body; 'Photos:' gallery post."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           '<div class="cookies">This site uses cookies. <button>Agree</button> <button>Manage</button></div>',
           f'<header><span class="logo">{esc(S["source"])}</span><nav><a>Lithuania</a> <a>Baltics</a> <a>Europe</a> <a>War in Ukraine</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} | {esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery (9)</div>')
        if e["a"]:
            out.append(f'<p class="entry__author">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>Related</h3><a href="/baltics/civil-defence">How to find your nearest shelter</a></aside>')
    out += ['<p class="older"><a href="/live/ukraine-2026-06-14">Sunday’s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} · About · Advertising · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset ('Z' for UTC); optional author; escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}/{d:%Y/%m/%d}/{slugify(e['h'], 50)}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:{i + 310}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_saltmere(S):
    """text live, oldest first; '1:15 a.m. EDT' line before each headline; optional credit line 'By NAME, OUTLET' for
    syndicated posts; dateline with weekday and year."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "World   Nation   Politics   Business   Sports   Opinion   Obituaries", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{clock12(d, space=' ', style='dots')} EDT"; stamps.append(st)
        L += [st, e["h"]]
        if e.get("credit"):
            L += [e["credit"]]
        L += [""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live coverage has ended. Follow Tuesday's updates here.", "", f"{S['source']} · Subscriber services · Terms · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_penwarden(S):
    """text live, oldest first; headline FIRST, then the stamp line '07:20 CEST', then the body; one generic page credit."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Front page  |  Germany  |  Europe  |  World  |  Business  |  Live", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Embedded video, 0:35]", ""]
        if i == 3:
            L += ["— Advertisement —", ""]
    L += ["End of today's live coverage.", "", f"{S['source']}  ·  Imprint  ·  Data protection  ·  Contact"]
    return "\n".join(L) + "\n", stamps


def r_ravensholm(S):
    """HTML live, newest first; Yoast-like JSON-LD @graph with @type array and liveBlogUpdate entries that carry only the
    PAGE's headline and datePublished (no per-update time); visible '9.30pm' in <time datetime>; signature after the body;
    printed 'All times AEST'."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{7702 + i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    obj = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://www.ravensholmjournal.com.au/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://www.ravensholmjournal.com.au/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ld(obj), '</head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Sport</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])} · All times AEST</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = clock12(d, sep="."); stamps.append(st)
        out.append(f'<div class="block" id="block-{7702 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get our Morning Edition newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Contact · Privacy · Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B data: three multi-source days (invented outlets, own words)
ANALYSIS_PORTS = ["Sunday's attack on Odesa is the latest in a long campaign against the ports that carry most of Ukraine's grain, steel and sunflower oil to world markets.",
                  "Since the Black Sea grain deal collapsed in 2023, Russian missiles and drones have hit terminals in Odesa, Chornomorsk, Pivdennyi and on the Danube dozens of times, aiming to push up insurance costs and slow exports.",
                  "Ukraine has kept its shipping corridor open by driving the Russian fleet away from its coast, but each strike on a terminal takes weeks to repair."]
ODESA5 = ["The number of people killed in the overnight Russian strike on Odesa has risen to five, with 31 injured, the head of the regional military administration said.",
          "Two of the dead were found under the rubble of the partly collapsed apartment block in the Kyivskyi district."]

# ---------------------------------------------------------------- DAY 1: 2026-06-14
SEEDS.append(dict(
  id="13620", name="13620_wyvernhall-textlive", ext="txt", source="Wyvernhall Courier", zone="Europe/London", render=r_wyvernhall,
  title="Russia-Ukraine war live: Odesa toll rises after overnight strike as G7 leaders gather in Evian",
  dateline="Sunday 14 June 2026",
  lede="Russian missiles and drones hit the Black Sea port city of Odesa overnight, hours before leaders of the Group of Seven began arriving in the French Alps for their annual summit.",
  basis="12-hour stamp '{s}' (UK style with a dot, no zone printed); UK local time, the outlet's home zone (BST = UTC+1); day from the date line 'Sunday 14 June 2026'; local {d} {z}",
  notes="Invented outlet. Text live blog, newest first. Key Points block lists three headlines (entries 01, 02, 06: key_point true). Each post: '7.40pm' line (12-hour, dot separator, no zone: UK time), headline, body, signature '— NAME'. Main story odesa-missile-drone-strike-2026-06-14 (toll 3 at 9.30am, 7 at 5.55pm). 03 is a theme piece (analysis of attacks on the Black Sea ports) that mentions the Odesa strike but is its own story. 04 is a 'Watch:' teaser with only a video placeholder. 05 (Belgorod) is a deadly strike on the other side: must not merge with Odesa. Newsletter line after the third post.",
  not_entries=["masthead and nav line", "'LIVE' label", "title line (page title)", "date line 'Sunday 14 June 2026'", "lede paragraph 'Russian missiles and drones hit ...'",
               "'Key Points' header and its three bullet headlines (they repeat entry headlines)", "'Show latest updates'", "video placeholder '[Video: 1 min 12 sec]' in the Watch post",
               "signature lines '— NAME' (author, not body)", "newsletter line after the third post", "'Show earlier updates'", "footer"],
  entries=[
  E("2026-06-14 19:40", "G7 leaders promise 'unwavering' support as Evian summit opens",
    ["The leaders of the Group of Seven opened their summit on the shore of Lake Geneva on Sunday evening with a pledge to keep supporting Ukraine 'for as long as it takes to reach a just peace'.",
     "Emmanuel Macron, the host, said the first working dinner would be devoted to Ukraine and to the overnight attack on Odesa, and that Volodymyr Zelensky would join the talks on Monday."],
    "diplomacy", "diplomacy", 3, "g7-evian-summit-2026-06", a="Imogen Hale", kp=True, n="main diplomatic story of days 1-2; carried by 13620, 13622, 13623"),
  E("2026-06-14 17:55", "Odesa death toll rises to seven",
    ["Seven people are now confirmed dead after the overnight Russian attack on Odesa, the head of the regional military administration said, after rescuers recovered two more bodies from a collapsed section of an apartment block.",
     "Thirty-eight people were injured, four of them children.",
     "Ukraine's foreign ministry said the timing, hours before the G7 summit opened, was 'a message Moscow wants the world to hear'."],
    "strikes", "strikes", 3, "odesa-missile-drone-strike-2026-06-14", a="Imogen Hale", kp=True, n="main event, toll 7"),
  E("2026-06-14 15:20", "Analysis: Why Russia keeps coming back for the Black Sea ports", ANALYSIS_PORTS,
    "strikes", "strikes", 2, "analysis-black-sea-ports-targeting-2026-06", a="Owen Saltash",
    n="theme piece (analysis): mentions the Odesa strike but is its own story; must not merge with odesa-missile-drone-strike-2026-06-14"),
  E("2026-06-14 13:10", "Watch: Firefighters battle port blaze in Odesa", [],
    "strikes", "strikes", 1, "odesa-missile-drone-strike-2026-06-14", n="teaser: video only, no text"),
  E("2026-06-14 11:45", "Ukrainian drone attack kills one in Belgorod region, governor says",
    ["A man was killed when a Ukrainian drone hit his car on a road outside the town of Shebekino, the governor of Russia's Belgorod region said on Sunday.",
     "Russia's defence ministry said its air defences had destroyed 41 Ukrainian drones over border regions overnight."],
    "strikes", "strikes", 3, "belgorod-drone-strike-2026-06-14", a="Owen Saltash", n="deadly strike on the Russian side: must not merge with the Odesa strike"),
  E("2026-06-14 09:30", "Three killed as Russian missiles and drones hit Odesa",
    ["At least three people were killed and more than 20 injured when Russia attacked Odesa with ballistic missiles and drones in the early hours of Sunday, local officials said.",
     "A nine-storey apartment building in the Kyivskyi district was partly destroyed and a fire broke out at a grain terminal in the port.",
     "Volodymyr Zelensky said Russia had launched 11 missiles and more than 90 drones at Ukraine overnight, most of them at the Odesa region."],
    "strikes", "strikes", 3, "odesa-missile-drone-strike-2026-06-14", a="Imogen Hale", kp=True, n="main event, toll 3"),
  E("2026-06-14 08:15", "Zelensky to join G7 leaders in Evian on Monday",
    ["Volodymyr Zelensky will travel to Evian-les-Bains on Monday to meet the G7 leaders, the Élysée Palace confirmed on Sunday morning.",
     "He is expected to press for a decision on using immobilised Russian assets to fund Ukraine's budget next year."],
    "diplomacy", "diplomacy", 3, "g7-evian-summit-2026-06", a="Owen Saltash", n="part of the G7 summit story"),
  ]))

SEEDS.append(dict(
  id="13621", name="13621_cresswick-ldlive", ext="html", source="Cresswick Observer", zone="Europe/Kyiv", render=r_cresswick,
  title="Odesa attacked overnight, G7 meets in Evian: live updates, 14 June",
  url="https://cresswickobserver.com/live/2026/06/14/war-live",
  dateline="Sunday, 14 June 2026",
  lede="We are following the aftermath of Russia's night attack on Odesa and the other events of the day.",
  basis="visible 24-hour time '{s}' in <time datetime> (no zone printed); the datetime attribute and the update's JSON-LD datePublished carry +03:00 (Kyiv time, EEST); local {d} {z}",
  notes="Invented Kyiv-based outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate array holds one BlogPosting per update (own headline, datePublished +03:00, author, articleBody). Visible: <time datetime> with '06:20', h3 headline, author line, body, Share button. Main story Odesa (toll 1 at 06:20, 5 at 10:30). 02 (Izmail port, same Odesa region, separate dawn drone attack) must not merge with the Odesa city strike. 06 (Turkey's offer of prisoner-exchange talks) shares the diplomacy theme with the G7 summit but is another event: must not merge. 07 re-pins 03 near-verbatim (same headline, same first two paragraphs, last sentence reworded): duplicate_of 13621-03.",
  not_entries=["masthead, navigation and 'Support independent journalism' link", "h1 (page title)", "date line 'Sunday, 14 June 2026'", "lead paragraph 'We are following ...'",
               "author lines under each headline (author, not body)", "'Share' buttons", "'Read also' promo after the fourth update", "footer"],
  entries=[
  E("2026-06-14 06:20", "Night attack on Odesa: explosions, fires in the port",
    ["Explosions shook Odesa for almost two hours overnight as Russia attacked the city with missiles and drones, and fires broke out in the port and in a residential district.",
     "Regional officials said at least one person had been killed and that rescuers were working at an apartment building in the Kyivskyi district."],
    "strikes", "strikes", 3, "odesa-missile-drone-strike-2026-06-14", a="Marta Hrytsiv", n="main event, first report (toll 1)"),
  E("2026-06-14 07:45", "Drones hit Izmail port facilities on the Danube",
    ["Russian drones damaged warehouses and a loading crane at the port of Izmail on the Danube in a separate attack shortly before dawn, the Odesa regional administration said.",
     "Two port workers were treated for cuts; no one was killed."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2026-06-14", a="Marta Hrytsiv",
    n="same region (Odesa oblast), separate attack on another town and target: must not merge with the Odesa city strike"),
  E("2026-06-14 10:30", "Odesa: five dead, 31 injured after combined strike, governor says",
    ODESA5 + ["City authorities opened three shelters with hot food for residents who lost their homes."],
    "strikes", "strikes", 3, "odesa-missile-drone-strike-2026-06-14", a="Andrii Soloviy", n="main event, toll 5"),
  E("2026-06-14 11:50", "Norway adds 1.2 billion kroner for Ukrainian-made drones",
    ["Norway will give Ukraine another 1.2 billion kroner to buy long-range and interceptor drones from Ukrainian manufacturers, its defence ministry said.",
     "The money comes from Norway's multi-year support programme for Ukraine."],
    "aid", "aid", 2, "norway-drone-funding-2026-06-14", a="Andrii Soloviy", n="modest package (about 100 million euros): importance 2"),
  E("2026-06-14 13:15", "Russia claims capture of village near Kostiantynivka",
    ["Russia's defence ministry claimed its forces had taken a village south-east of Kostiantynivka in the Donetsk region.",
     "Ukraine's general staff did not confirm the claim and said its troops had repelled 14 assaults in that direction over the past day."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2026-06-14", a="Marta Hrytsiv"),
  E("2026-06-14 14:40", "Turkey offers Istanbul for new round of prisoner-exchange talks",
    ["Turkey's foreign minister, Hakan Fidan, said Ankara was ready to host a new round of talks on prisoner exchanges between Russia and Ukraine in Istanbul later this month.",
     "Neither Moscow nor Kyiv has responded publicly."],
    "diplomacy", "diplomacy", 2, "turkey-offers-prisoner-talks-istanbul-2026-06", a="Andrii Soloviy",
    n="same diplomacy theme as the G7 summit, other event: must not merge with g7-evian-summit-2026-06"),
  E("2026-06-14 16:05", "Odesa: five dead, 31 injured after combined strike, governor says",
    ODESA5 + ["City authorities have opened four shelters with hot food for residents who lost their homes."],
    "strikes", "strikes", 1, "odesa-missile-drone-strike-2026-06-14", a="Andrii Soloviy", dup="13621-03",
    n="near-verbatim repeat of 13621-03 (re-pinned; only the last sentence reworded)"),
  ]))

SEEDS.append(dict(
  id="13622", name="13622_larkstone-worldrss", ext="xml", source="Larkstone World Service", zone="UTC", render=r_rss, gmt=True,
  title="Larkstone World Service - World", url="https://larkstoneworld.net",
  lede="Top world stories from Larkstone World Service",
  basis="RSS pubDate '{s}' (RFC 822 in GMT); UTC; local {d} {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, no authors, description paragraphs in CDATA. The war is a minority: 2 of 6 items (the G7 opening and the Odesa strike, spelled 'Odessa'); 4 are off-beat (World Cup attendance, Iberian heatwave, floods in China, a comet).",
  not_entries=["channel title, link, description, atom:link, language, lastBuildDate", "category elements"],
  entries=[
  E("2026-06-14 20:30", "G7 summit opens in Evian with Ukraine and trade on the agenda",
    ["Leaders of the world's largest industrialised democracies began three days of talks in the French spa town of Evian on Sunday, with support for Ukraine and trade disputes at the top of the agenda.",
     "The summit opened hours after a deadly Russian strike on the Ukrainian port of Odessa."],
    "diplomacy", "diplomacy", 3, "g7-evian-summit-2026-06", cat="World"),
  OFF("2026-06-14 18:10", "World Cup: attendance passes 1.2 million in first four days",
    ["More than 1.2 million fans have attended matches in the first four days of the World Cup in the United States, Canada and Mexico, organisers said."],
    "world-cup-attendance-2026-06-14", n="sport", cat="Sport"),
  E("2026-06-14 16:45", "Russian attack on Odessa kills seven, regional governor says",
    ["Seven people were killed when Russian missiles and drones struck the Ukrainian port city of Odessa overnight, the regional governor said on Sunday.",
     "An apartment building partly collapsed and a grain terminal caught fire."],
    "strikes", "strikes", 3, "odesa-missile-drone-strike-2026-06-14", cat="World", n="main event, spelled Odessa, toll 7"),
  OFF("2026-06-14 14:00", "Heatwave grips Spain and Portugal",
    ["Temperatures passed 43C in parts of Andalusia and southern Portugal on Sunday as an early-summer heatwave tightened its grip on the Iberian peninsula."],
    "iberia-heatwave-2026-06", n="weather", cat="Europe"),
  OFF("2026-06-14 11:20", "Floods displace thousands in southern China",
    ["Days of heavy rain have forced more than 60,000 people from their homes in Guangxi and Guangdong provinces, state media reported."],
    "south-china-floods-2026-06", n="weather", cat="Asia"),
  OFF("2026-06-14 09:05", "Brightest comet in a decade visible before dawn",
    ["A comet discovered in March can now be seen with the naked eye from the southern hemisphere before sunrise, astronomers said."],
    "comet-visible-2026-06", n="science", cat="Science"),
  ]))

SEEDS.append(dict(
  id="13623", name="13623_veldharrow-article", ext="html", source="Veldharrow Review", zone="Europe/Paris", render=r_veldharrow,
  title="G7 opens in Evian under the shadow of the Odesa strike",
  lede="The leaders of the seven largest advanced economies began their summit on Lake Geneva with Ukraine's financing at the centre of the talks.",
  byline="Hélène Marchetti and Tomasz Wrona in Evian-les-Bains", authors=["Hélène Marchetti", "Tomasz Wrona"], dateline_t="2026-06-14 21:10",
  caption="Leaders pose for the family photo on the terrace of the summit hotel.",
  basis="no per-section time: the article's dateline 'Published 14/06/2026 at 21:10' (day/month/year; Paris time, CEST = UTC+2, no zone printed) applies to every section; local {d} {z}",
  notes="Invented outlet. HTML article with NewsArticle JSON-LD (datePublished with +02:00); rubric, h1, standfirst, byline 'By Hélène Marchetti and Tomasz Wrona in Evian-les-Bains', dateline 'Published 14/06/2026 at 21:10' (French day/month order; Paris time implied), photo caption, then three h2 sections, one entry each (headline = section heading, stamp null, published = the dateline). Author = the two-name byline as one string, without 'By' and without the place. Section 3 (frozen-asset loan under discussion) is single-page on day 1 and continues on day 2 when the leaders agree to it.",
  not_entries=["header logo and navigation", "rubric 'Europe · G7 summit'", "h1 (page title)", "standfirst 'The leaders of the seven largest ...'", "byline line", "dateline 'Published 14/06/2026 at 21:10'",
               "photo caption", "'Read also' inline link after the first section", "'Reproduction prohibited without permission.'", "footer"],
  entries=[
  E("2026-06-14 21:10", "Leaders arrive by the lake",
    ["The seven leaders and the heads of the European Commission and the European Council arrived in Evian on Sunday afternoon under heavy security, with the lake closed to private boats for three days.",
     "In a joint statement issued before dinner, they said their support for Ukraine would not weaken and that Russia must bear the cost of the damage it has caused."],
    "diplomacy", "diplomacy", 3, "g7-evian-summit-2026-06", a="Hélène Marchetti and Tomasz Wrona"),
  E("2026-06-14 21:10", "Strike on Odesa overshadows the opening",
    ["The summit opened hours after Russia's overnight attack on Odesa, which killed seven people and set fire to a grain terminal.",
     "Several delegations cited the strike in their first remarks, and the host, Emmanuel Macron, called it 'a deliberate insult to this gathering'."],
    "strikes", "strikes", 3, "odesa-missile-drone-strike-2026-06-14", a="Hélène Marchetti and Tomasz Wrona", n="section about the main event (toll 7)"),
  E("2026-06-14 21:10", "Frozen assets back on the table",
    ["Officials said leaders would spend part of Monday on a proposal to lend Ukraine up to 90 billion euros backed by immobilised Russian central bank assets.",
     "Japan and Italy have voiced legal doubts, while Britain and Canada are pushing for a decision at this summit."],
    "aid", "aid", 2, "g7-frozen-russian-assets-loan-2026-06", a="Hélène Marchetti and Tomasz Wrona", sec=["diplomacy"],
    n="funding debate for Ukraine: aid primary (LABELS: funding decisions and debates), diplomacy secondary; single page on day 1"),
  ]))

# ---------------------------------------------------------------- DAY 2: 2026-06-15
KHARKIV2 = ["A Russian glide bomb hit a high-rise apartment building in Kharkiv's Kyivskyi district on Monday morning local time, killing at least two people, Ukrainian officials said."]

SEEDS.append(dict(
  id="13630", name="13630_elmscarth-htmllive", ext="html", source="Elmscarth Post", zone="Europe/Vilnius", render=r_elmscarth,
  title="War in Ukraine, day by day: Kharkiv apartment block hit; G7 backs loan for Kyiv",
  dateline="Monday, 15 June 2026", tznote="Times are Lithuanian time (EEST)",
  lede="Our live coverage of the war in Ukraine and its effects on the Baltic region.",
  basis="bare 24-hour time '{s}' above the headline; the page prints 'Times are Lithuanian time (EEST)' (Europe/Vilnius, UTC+3); day from 'Monday, 15 June 2026'; local {d} {z}",
  notes="Invented Lithuanian outlet. HTML live blog without JSON-LD, newest first. Each entry: <span> with bare '18:10', h2 headline, body, author line. The meta line prints 'Monday, 15 June 2026 | Times are Lithuanian time (EEST)'. Main story of day 2: kharkiv-glide-bomb-strike-2026-06-15 (toll 2 at 10:35, 6 at 17:05). 04 is a 'Photos:' gallery teaser with no text. Continuations of day-1 stories: the G7 summit (Zelensky's meetings) and the frozen-asset loan (now agreed). 06 (Lithuanian civil-defence drill) is other/security.",
  not_entries=["cookie bar", "header logo and navigation", "h1 (page title)", "meta line 'Monday, 15 June 2026 | Times are Lithuanian time (EEST)'", "intro paragraph",
               "'Gallery (9)' placeholder in the Photos entry", "author lines", "'Related' aside after the third entry", "link to Sunday's live coverage", "footer"],
  entries=[
  E("2026-06-15 18:10", "G7 leaders back loan for Ukraine from frozen Russian assets",
    ["G7 leaders agreed in Evian on Monday to back a loan of up to 90 billion euros for Ukraine, to be repaid only if Russia pays reparations, according to the summit's statement on the issue.",
     "Japan joined the agreement after winning a clause that limits its own share of the guarantees."],
    "aid", "aid", 3, "g7-frozen-russian-assets-loan-2026-06", a="Rūta Vaitkutė", sec=["diplomacy"], n="continuation of day 1 (13623-03) with a new development: the loan is agreed"),
  E("2026-06-15 17:05", "Kharkiv toll rises to six as rescuers finish search",
    ["Six people were killed by the guided bomb that hit an apartment block in Kharkiv on Monday morning, the city's mayor said as rescuers finished searching the rubble.",
     "Among the dead is a 10-year-old boy; 27 people were injured."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-06-15", a="Rūta Vaitkutė", n="main event, toll 6"),
  E("2026-06-15 14:50", "Zelensky meets Macron and Carney on summit sidelines",
    ["Volodymyr Zelensky held separate meetings with Emmanuel Macron and Canada's prime minister, Mark Carney, on the sidelines of the G7 summit in Evian.",
     "He said afterwards that the talks had focused on air defence and on next year's budget needs."],
    "diplomacy", "diplomacy", 3, "g7-evian-summit-2026-06", a="Darius Mockus", n="continuation of the day-1 G7 story"),
  E("2026-06-15 12:10", "Photos: Rescuers search the rubble in Kharkiv", [],
    "strikes", "strikes", 1, "kharkiv-glide-bomb-strike-2026-06-15", n="teaser: gallery, no text"),
  E("2026-06-15 10:35", "Guided bomb hits apartment block in Kharkiv, killing two",
    ["A Russian guided aerial bomb struck a 12-storey apartment building in Kharkiv on Monday morning, killing at least two people, regional officials said.",
     "Several floors collapsed on one side of the building, and rescuers were searching for people believed to be trapped."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-06-15", a="Darius Mockus", n="main event, toll 2"),
  E("2026-06-15 08:20", "Lithuania to hold its largest civil-defence drill since independence",
    ["Lithuania will hold its largest civil-defence exercise since independence next week, with evacuation drills in Vilnius, Kaunas and towns near the Belarusian border, the interior ministry said."],
    "other", "security", 2, "lithuania-civil-defence-drill-2026-06", a="Darius Mockus"),
  ]))

SEEDS.append(dict(
  id="13631", name="13631_thornwick-atom", ext="xml", source="Thornwick Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Thornwick Dispatch: Ukraine", url="https://thornwickdispatch.org",
  lede="Reporting from Ukraine, updated through the day",
  basis="Atom <published> '{s}' (ISO 8601 with +03:00, Kyiv time); local {d} {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, <author><name> on every entry, escaped HTML content. Kharkiv strike (toll 4); continuation of the day-1 Odesa story (toll 9, day of mourning) and of the frozen-asset loan (Kyiv welcomes the decision: a reaction whose content is the decision, same story). 04 (Kupiansk shelling, same Kharkiv region) must not merge with the Kharkiv city strike; 05 (EU foreign ministers in Luxembourg) shares the diplomacy theme with the G7 but is another meeting: must not merge.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2026-06-15 21:40", "Odesa mourns nine dead as toll from Sunday strike rises",
    ["Odesa held a day of mourning on Monday after the death toll from Sunday's Russian missile and drone attack rose to nine, when two of the injured died in hospital.",
     "Flags flew at half-mast and entertainment venues were closed, the city administration said."],
    "strikes", "strikes", 3, "odesa-missile-drone-strike-2026-06-14", a="Yevhenia Rudko", n="continuation of the day-1 main story with a new development (toll 9, mourning)"),
  E("2026-06-15 19:15", "Kyiv welcomes G7 decision on frozen-asset loan",
    ["Ukraine's prime minister said the G7's backing for a loan secured on frozen Russian assets would cover most of the country's budget gap for next year.",
     "She thanked Japan and Italy for dropping their objections."],
    "aid", "aid", 3, "g7-frozen-russian-assets-loan-2026-06", a="Ostap Lenchuk", sec=["diplomacy"], n="reaction whose content is the decision: same story"),
  E("2026-06-15 16:30", "Kharkiv strike: four dead, including a child",
    ["The death toll from the guided bomb strike on a high-rise building in Kharkiv has risen to four, among them a 10-year-old boy, the regional governor said.",
     "More than 20 people were injured."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-06-15", a="Yevhenia Rudko", n="main event, toll 4"),
  E("2026-06-15 13:05", "Shelling wounds three in Kupiansk",
    ["Russian artillery shelled the town of Kupiansk in the Kharkiv region on Monday morning, wounding three people and damaging a hospital outbuilding, local officials said."],
    "strikes", "strikes", 2, "kupiansk-shelling-2026-06-15", a="Ostap Lenchuk", n="same region (Kharkiv oblast), other town and attack: must not merge with the Kharkiv city strike"),
  E("2026-06-15 11:20", "EU foreign ministers in Luxembourg weigh new sanctions listings",
    ["European Union foreign ministers meeting in Luxembourg discussed adding shipping companies that carry Russian oil to the bloc's sanctions list, diplomats said.",
     "Hungary again signalled that it would not back new measures without exemptions for its energy imports."],
    "diplomacy", "diplomacy", 2, "eu-foreign-ministers-sanctions-luxembourg-2026-06-15", a="Ostap Lenchuk",
    n="same diplomacy theme as the G7 summit, other meeting: must not merge with g7-evian-summit-2026-06"),
  E("2026-06-15 09:00", "Ukrainian drones hit oil depot in Russia's Bryansk region",
    ["Ukrainian drones set fire to an oil depot in Russia's Bryansk region overnight, the regional governor said, adding that no one had been hurt.",
     "Ukraine's general staff said the depot supplied fuel to Russian units in the north."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2026-06-15", a="Yevhenia Rudko", n="strike without casualties; must not merge with the Kharkiv strike"),
  ]))

SEEDS.append(dict(
  id="13632", name="13632_saltmere-textlive", ext="txt", source="Saltmere Evening Telegraph", zone="America/New_York", render=r_saltmere,
  title="Ukraine war live: Kharkiv high-rise hit; Zelensky joins G7 in Evian",
  dateline="Monday, June 15, 2026",
  lede="Updates through the day on Russia's war in Ukraine. All times Eastern.",
  basis="stamp line '{s}' (12-hour clock with 'EDT'); day from the dateline 'Monday, June 15, 2026'; local {d} {z}",
  notes="Invented US outlet. Text live blog, oldest first; each post: '4:30 a.m. EDT' line, headline, optional credit line, body. 01 is a verbatim re-post of the day-1 analysis 13620-03 (same headline and text, credited 'By Owen Saltash, Wyvernhall Courier'): importance 1, same story slug as day 1, duplicate_of null (duplicates are marked within a seed only). 04 is a theme piece (explainer on glide bombs) that mentions the Kharkiv strike but is its own story. 05 repeats 02 near-verbatim (same headline and first sentence; second sentence reworded): duplicate_of 13632-02. 06 (toll 6) and 07 (Odesa day of mourning, continuation of day 1) carry new developments.",
  not_entries=["masthead and section line", "title line (page title)", "dateline 'Monday, June 15, 2026'", "lede 'Updates through the day ... All times Eastern.'",
               "credit line 'By Owen Saltash, Wyvernhall Courier' (author)", "'ADVERTISEMENT' after the fourth post", "closing line 'This live coverage has ended ...'", "footer"],
  entries=[
  E("2026-06-15 01:15", "Analysis: Why Russia keeps coming back for the Black Sea ports", ANALYSIS_PORTS,
    "strikes", "strikes", 1, "analysis-black-sea-ports-targeting-2026-06", a="Owen Saltash", credit="By Owen Saltash, Wyvernhall Courier",
    n="re-post of day-1 entry 13620-03 (syndicated verbatim); importance 1; duplicate_of null because the original is on another seed"),
  E("2026-06-15 04:30", "Russian glide bomb strikes Kharkiv high-rise; at least two dead",
    KHARKIV2 + ["The city's mayor said people were trapped under the rubble."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-06-15", n="main event, toll 2"),
  E("2026-06-15 05:20", "Zelensky arrives in Evian for G7 talks",
    ["Volodymyr Zelensky arrived in Evian-les-Bains on Monday morning for talks with G7 leaders, his office said, a day after a deadly Russian strike on Odesa.",
     "He is expected to attend a working session on Ukraine's financing before meeting leaders one on one."],
    "diplomacy", "diplomacy", 3, "g7-evian-summit-2026-06", n="continuation of the G7 story"),
  E("2026-06-15 06:45", "Explainer: How glide bombs became Russia's weapon of choice against Kharkiv",
    ["Monday's strike on a Kharkiv apartment block was carried out with a guided aerial bomb, an old free-fall bomb fitted with folding wings and satellite guidance.",
     "Russian jets can release them from more than 60 kilometres away, beyond the reach of most Ukrainian air defences, and the city lies close enough to the border to be hit with little warning.",
     "Kyiv has asked allies for longer-range air-defence missiles and for permission to strike the airfields the bombers fly from."],
    "strikes", "strikes", 2, "explainer-glide-bombs-kharkiv-2026-06",
    n="theme piece (explainer): mentions the Kharkiv strike but is its own story; must not merge with kharkiv-glide-bomb-strike-2026-06-15"),
  E("2026-06-15 10:05", "Russian glide bomb strikes Kharkiv high-rise; at least two dead",
    KHARKIV2 + ["The city's mayor said several people were still trapped under the rubble."],
    "strikes", "strikes", 1, "kharkiv-glide-bomb-strike-2026-06-15", dup="13632-02", n="near-verbatim repeat of 13632-02"),
  E("2026-06-15 12:30", "Kharkiv death toll climbs to six",
    ["Six people, including a child, were killed in the morning strike on the Kharkiv apartment building, the city's mayor said after the search of the rubble ended.",
     "Twenty-seven people were injured."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-06-15", n="main event, toll 6"),
  E("2026-06-15 15:10", "Odesa declares day of mourning as toll reaches nine",
    ["Odesa observed a day of mourning on Monday after two more victims of Sunday's Russian attack died in hospital, bringing the toll to nine.",
     "The regional governor said 11 people remained in hospital, three of them in serious condition."],
    "strikes", "strikes", 3, "odesa-missile-drone-strike-2026-06-14", n="continuation of the day-1 main story (toll 9)"),
  ]))

SEEDS.append(dict(
  id="13633", name="13633_oakhurst-worldrss", ext="xml", source="Oakhurst Global", zone="Africa/Johannesburg", render=r_rss,
  title="Oakhurst Global | World", url="https://oakhurstglobal.co.za",
  lede="World news from Oakhurst Global, Johannesburg",
  basis="RSS pubDate '{s}' (RFC 822 with +0200, South African time); local {d} {z}",
  notes="Invented South African outlet. General world RSS feed, newest first, pubDate +0200, no authors. War items: 2 of 6 (the frozen-asset loan agreed at the G7; the Kharkiv strike, spelled 'Kharkov', toll 4); 4 off-beat (cricket, the rand, Kenya's budget debate, World Cup fan zones).",
  not_entries=["channel title, link, description, atom:link, language, lastBuildDate", "category elements"],
  entries=[
  E("2026-06-15 20:15", "G7 backs Ukraine loan from frozen Russian assets",
    ["Group of Seven leaders meeting in France agreed to support a loan to Ukraine of up to 90 billion euros backed by Russian central bank assets frozen in the West."],
    "aid", "aid", 3, "g7-frozen-russian-assets-loan-2026-06", sec=["diplomacy"], cat="World"),
  OFF("2026-06-15 18:00", "Proteas name unchanged squad for second Test",
    ["South Africa's selectors kept the same 15 players for next week's second Test, with the fast bowlers declared fit after minor injuries."],
    "proteas-squad-second-test-2026-06", n="sport", cat="Sport"),
  E("2026-06-15 15:30", "Russian bomb kills four in Kharkov apartment block",
    ["A Russian guided bomb killed four people, including a child, when it struck an apartment block in the Ukrainian city of Kharkov on Monday, officials said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2026-06-15", cat="World", n="main event, spelled Kharkov, toll 4"),
  OFF("2026-06-15 13:10", "Rand firms as oil prices ease",
    ["South Africa's rand gained against the dollar on Monday as oil prices fell and investors waited for this week's inflation figures."],
    "rand-firms-2026-06-15", n="markets", cat="Business"),
  OFF("2026-06-15 10:40", "Kenya's parliament opens budget debate",
    ["Kenyan lawmakers began debating the government's spending plans for the coming fiscal year amid protests over proposed tax increases."],
    "kenya-budget-debate-2026-06", n="politics elsewhere", cat="Africa"),
  OFF("2026-06-15 08:05", "World Cup fan zones draw big crowds across the continent",
    ["Fan zones in Johannesburg, Lagos and Nairobi drew large crowds over the weekend as African teams played their opening World Cup matches."],
    "world-cup-fan-zones-africa-2026-06", n="sport", cat="Sport"),
  ]))

# ---------------------------------------------------------------- DAY 3: 2026-07-12
RYAZAN_GS = "Ukraine's General Staff said its drones had struck the Ryazan oil refinery overnight, causing a fire at one of its primary distillation units."

SEEDS.append(dict(
  id="13640", name="13640_duncliffe-worldatom", ext="xml", source="Duncliffe Times", zone="UTC", render=r_atom,
  title="Duncliffe Times - World news", url="https://duncliffetimes.com",
  lede="The latest world headlines from the Duncliffe Times",
  basis="Atom <published> '{s}' (ISO 8601 with 'Z'); UTC; local {d} {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with 'Z', authors on some entries. War items: 2 of 6 (the 300-for-300 prisoner swap; the Ryazan refinery attack, spelled 'Riazan', with Russia's count of 140 drones); 4 off-beat (Wimbledon, Greek wildfires, the World Cup semi-finals, a tropical storm).",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  OFF("2026-07-12 21:30", "Wimbledon: new men's champion crowned on Centre Court",
    ["A five-set final lasting more than four hours ended shortly before 8pm on Centre Court."], "wimbledon-mens-final-2026", n="sport"),
  E("2026-07-12 19:05", "Russia and Ukraine swap 300 prisoners each in UAE-brokered exchange",
    ["Russia and Ukraine each released 300 prisoners of war on Sunday in an exchange mediated by the United Arab Emirates, both sides said.",
     "It was the largest swap since the spring, and Ukraine said most of those freed had been held since 2022."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2026-07-12", a="Rosalind Pike"),
  OFF("2026-07-12 16:40", "Wildfires force evacuations near Athens",
    ["Firefighters battled three large wildfires in the hills north of Athens on Sunday as strong winds pushed the flames towards villages."], "athens-wildfires-2026-07", n="disaster"),
  E("2026-07-12 13:15", "Ukrainian drones set Riazan refinery ablaze as Russia claims 140 downed",
    ["A large fire broke out at an oil refinery in the Russian city of Riazan after an overnight Ukrainian drone attack, the regional governor said, as Russia's defence ministry put the number of drones shot down over its territory at 140.",
     "Three people were injured by falling debris."],
    "strikes", "strikes", 3, "ryazan-refinery-drone-attack-2026-07-12", a="Rosalind Pike", n="main event, spelled Riazan, 140 drones"),
  OFF("2026-07-12 10:50", "World Cup: semi-final line-up complete",
    ["The last two quarter-finals on Saturday settled the line-up for Tuesday's and Wednesday's World Cup semi-finals."], "world-cup-semi-final-lineup-2026", n="sport"),
  OFF("2026-07-12 08:20", "Tropical storm strengthens in the Caribbean",
    ["A tropical storm east of the Lesser Antilles was expected to become the season's first hurricane by Monday, forecasters said."], "caribbean-tropical-storm-2026-07", n="weather"),
  ]))

SEEDS.append(dict(
  id="13641", name="13641_penwarden-textlive", ext="txt", source="Penwarden Chronicle", zone="Europe/Berlin", render=r_penwarden,
  title="War in Ukraine: the day's events as they happened",
  dateline="Sunday, 12 July 2026", byline="Compiled by the Penwarden Chronicle foreign desk",
  lede="Ukrainian drones hit a major Russian refinery overnight; Russia and Ukraine exchange prisoners.",
  basis="stamp line '{s}' printed AFTER the headline (24-hour clock with 'CEST'); day from the date line 'Sunday, 12 July 2026'; local {d} {z}",
  notes="Invented German outlet. Text live blog, oldest first; each post: headline FIRST, then the stamp line '07:20 CEST', then the body. One generic page credit ('Compiled by the Penwarden Chronicle foreign desk'): author null for every post (no person named). 01 (Russian drone raid on western Ukraine, Lutsk) is the same night but the other direction: must not merge with the Ryazan attack. 04 is a 'Video:' teaser (embed placeholder only). 05 repeats 02 near-verbatim (same headline and first sentence, second sentence reworded): duplicate_of 13641-02. 07 is a theme piece (explainer on the refinery campaign) that mentions Ryazan but is its own story.",
  not_entries=["masthead and nav line", "title line (page title)", "date line 'Sunday, 12 July 2026'", "page credit 'Compiled by the Penwarden Chronicle foreign desk'", "lede line",
               "'[Embedded video, 0:35]' in the Video post", "'— Advertisement —' after the fourth post", "'End of today's live coverage.'", "footer"],
  entries=[
  E("2026-07-12 07:20", "Russia launches 80 drones at western Ukraine overnight; Lutsk hit",
    ["Russia launched about 80 drones and four cruise missiles at western Ukraine overnight, damaging an industrial site and several houses in Lutsk, Ukraine's air force said.",
     "Air defences shot down 64 of the drones and all four missiles; two people were lightly injured."],
    "strikes", "strikes", 2, "russian-drone-raid-western-ukraine-2026-07-12",
    n="Russian raid on Ukraine the same night: must not merge with the Ukrainian drone attack on Ryazan (drones the other way)"),
  E("2026-07-12 09:45", "Ukraine's General Staff confirms hit on Ryazan refinery",
    [RYAZAN_GS, "The refinery, one of the largest in central Russia, processes about 13 million tonnes of crude a year and supplies fuel to the Moscow region."],
    "strikes", "strikes", 3, "ryazan-refinery-drone-attack-2026-07-12", n="main event"),
  E("2026-07-12 12:10", "Missile strike on Zaporizhzhia kills three",
    ["Three people were killed and nine injured when a Russian missile hit a residential area of Zaporizhzhia around midday, the regional governor said.",
     "The strike damaged a supermarket and two apartment buildings."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2026-07-12", n="toll 3; must not merge with the Lutsk raid or Ryazan"),
  E("2026-07-12 14:30", "Video: Smoke over the Ryazan refinery", [],
    "strikes", "strikes", 1, "ryazan-refinery-drone-attack-2026-07-12", n="teaser: video only, no text"),
  E("2026-07-12 15:05", "Ukraine's General Staff confirms hit on Ryazan refinery",
    [RYAZAN_GS, "The refinery, one of the largest in central Russia, processes about 13 million tonnes of crude a year and supplies fuel to Moscow and the surrounding region."],
    "strikes", "strikes", 1, "ryazan-refinery-drone-attack-2026-07-12", dup="13641-02", n="near-verbatim repeat of 13641-02"),
  E("2026-07-12 16:55", "UAE brokers swap of 300 prisoners each",
    ["Russia and Ukraine exchanged 300 prisoners of war each on Sunday after mediation by the United Arab Emirates, Ukraine's coordination headquarters for prisoners of war said.",
     "Among those returned were soldiers captured during the defence of Mariupol in 2022."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2026-07-12"),
  E("2026-07-12 18:40", "Explainer: How Ukraine's drones are squeezing Russia's refineries",
    ["Sunday's attack on Ryazan is part of a campaign that has hit more than 20 Russian refineries since early 2025, according to industry analysts.",
     "Each strike typically knocks out a distillation unit for weeks, and Russia has at times banned petrol exports to keep its domestic market supplied.",
     "Ukraine's drones now routinely fly more than 1,000 kilometres, and Kyiv says the campaign targets the money that pays for the war."],
    "strikes", "strikes", 2, "explainer-ukraine-drone-campaign-refineries-2026-07",
    n="theme piece (explainer): mentions Ryazan but is its own story; must not merge with ryazan-refinery-drone-attack-2026-07-12"),
  E("2026-07-12 20:15", "Kremlin: Ryazan attack 'will not go unanswered'",
    ["Kremlin spokesman Dmitry Peskov called the drone attack on the Ryazan refinery a terrorist act and said it would not go unanswered.",
     "He did not say what form a response would take."],
    "strikes", "strikes", 3, "ryazan-refinery-drone-attack-2026-07-12", n="official reaction whose content is the attack itself: same story"),
  ]))

SEEDS.append(dict(
  id="13642", name="13642_mossbury-rss", ext="xml", source="Mossbury Wire", zone="Europe/Istanbul", render=r_rss,
  title="Mossbury Wire - Russia-Ukraine", url="https://mossburywire.com",
  lede="Wire coverage of the Russia-Ukraine war from Mossbury Wire's Istanbul desk",
  basis="RSS pubDate '{s}' (RFC 822 with +0300, Istanbul time); local {d} {z}",
  notes="Invented wire service with an Istanbul desk. RSS 2.0, newest first, pubDate +0300, dc:creator on every item. Ryazan attack (Russia's early count of 93 drones; fire out after 14 hours), Zaporizhzhia toll 5, prisoner swap. 03 (Turkey's offer to host humanitarian talks) shares the theme with the prisoner swap but is another event: must not merge.",
  not_entries=["channel title, link, description, atom:link, language, lastBuildDate", "category elements"],
  entries=[
  E("2026-07-12 22:10", "300 Ukrainian prisoners home after UAE-brokered swap",
    ["Three hundred Ukrainian prisoners of war crossed back into Ukraine from Belarus on Sunday in an exchange mediated by the United Arab Emirates, in return for 300 Russian soldiers.",
     "President Volodymyr Zelensky thanked the UAE and said work on the next exchange had already begun."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2026-07-12", a="Selin Aydemir", cat="Ukraine"),
  E("2026-07-12 19:35", "Ryazan refinery fire put out after 14 hours, governor says",
    ["Firefighters put out the blaze at the Ryazan oil refinery on Sunday afternoon, about 14 hours after it was started by a Ukrainian drone attack, the regional governor said.",
     "Three people were treated for injuries."],
    "strikes", "strikes", 3, "ryazan-refinery-drone-attack-2026-07-12", a="Kerem Baltacı", cat="Russia"),
  E("2026-07-12 17:00", "Ankara ready to host new humanitarian talks, Fidan says",
    ["Turkish Foreign Minister Hakan Fidan said Ankara was ready to host Russian and Ukrainian officials for talks on humanitarian issues, including the return of children and civilian detainees.",
     "He spoke at a news conference in Ankara."],
    "diplomacy", "diplomacy", 2, "turkey-offers-humanitarian-talks-2026-07-12", a="Selin Aydemir", cat="Diplomacy",
    n="same theme as the prisoner swap, other event: must not merge with uae-mediated-prisoner-swap-2026-07-12"),
  E("2026-07-12 14:20", "Zaporizhzhia toll rises to five",
    ["Two more people have died after Sunday's Russian missile strike on Zaporizhzhia, bringing the death toll to five, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2026-07-12", a="Kerem Baltacı", cat="Ukraine", n="toll 5"),
  E("2026-07-12 11:45", "Russia says it downed 93 Ukrainian drones overnight",
    ["Russia's defence ministry said its air defences had destroyed 93 Ukrainian drones overnight over nine regions, including 31 over the Ryazan region.",
     "The ministry did not mention the refinery."],
    "strikes", "strikes", 3, "ryazan-refinery-drone-attack-2026-07-12", a="Kerem Baltacı", cat="Russia", n="Russia's first count (93) of the same overnight attack"),
  ]))

SEEDS.append(dict(
  id="13643", name="13643_ravensholm-htmllive", ext="html", source="Ravensholm Journal", zone="Australia/Sydney", render=r_ravensholm,
  title="Russia-Ukraine war live: Russia says 140 drones downed as Ryazan refinery burns; 300-for-300 prisoner swap",
  url="https://www.ravensholmjournal.com.au/world/live/2026/jul/12/russia-ukraine-war-live",
  dateline="Sunday 12 July 2026",
  lede="Follow our live coverage of the war in Ukraine through Sunday evening.",
  basis="visible 12-hour stamp '{s}' (dot separator) in <time datetime> with +10:00; the page prints 'All times AEST' (Australia/Sydney, UTC+10 in July); day from 'Sunday 12 July 2026'; local {d} {z}",
  notes="Invented Australian outlet. HTML live blog, newest first. JSON-LD is an @graph whose main node has @type [\"NewsArticle\", \"LiveBlogPosting\"] and a liveBlogUpdate array in which every update carries the PAGE headline and the PAGE datePublished (no per-update time or headline): per-entry time and headline must come from the visible blocks (<time datetime=\"...+10:00\">9.30pm</time>, h3). Signature line after each body. The page's evening (7.05pm-11.40pm AEST) is 09:05-13:40 UTC on 12 July.",
  not_entries=["header and navigation", "h1 (page title)", "date line 'Sunday 12 July 2026 · All times AEST'", "standfirst", "signature lines (author)", "newsletter promo after the second block", "footer"],
  entries=[
  E("2026-07-12 23:40", "Russia says 140 drones downed; Ryazan refinery units halted",
    ["Russia's defence ministry has raised its count of Ukrainian drones destroyed overnight and through Sunday morning to 140, as industry sources said two processing units at the Ryazan refinery had been halted.",
     "Ukraine has said the refinery was its main target."],
    "strikes", "strikes", 3, "ryazan-refinery-drone-attack-2026-07-12", a="Liam Costigan", n="main event, count raised to 140"),
  E("2026-07-12 22:55", "Prisoner swap: 300 for 300 as UAE mediates again",
    ["Russia and Ukraine have each handed over 300 prisoners of war in the latest exchange brokered by the United Arab Emirates, officials on both sides said.",
     "Ukraine's human rights commissioner said the freed Ukrainians included 22 civilians."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2026-07-12", a="Liam Costigan"),
  E("2026-07-12 21:30", "Zaporizhzhia strike toll climbs to five",
    ["Five people are now known to have died after a Russian missile hit a residential neighbourhood in Zaporizhzhia on Sunday, regional officials say."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2026-07-12", a="Ellen Ashby", n="toll 5"),
  E("2026-07-12 20:15", "Australia to send further Bushmasters to Ukraine",
    ["The defence minister, Richard Marles, says Australia will send another 40 Bushmaster protected vehicles to Ukraine, taking the total committed since 2022 to more than 160.",
     "The vehicles will be shipped from Brisbane in the coming weeks."],
    "aid", "aid", 2, "australia-bushmaster-delivery-2026-07-12", a="Ellen Ashby", n="modest package: importance 2"),
  E("2026-07-12 19:05", "Russia claims capture of village in Sumy region",
    ["Russia's defence ministry says its troops have captured a village in Ukraine's northern Sumy region, close to the border.",
     "Ukraine's military has not commented on the claim."],
    "other", "frontline", 2, "russia-claims-village-sumy-region-2026-07-12", a="Liam Costigan"),
  ]))


# ================================================================ build
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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M:%S ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M:%S"), z=S["zone"]),
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


if __name__ == "__main__":
    main()

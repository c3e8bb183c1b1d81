#!/usr/bin/env python3
"""Builds the eval/dp seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording (2026 lies beyond the tester's memory, so all
events, tolls, quotes and reporters are invented); Part A imitates the page layouts of ten real outlets from memory,
Part B outlets are invented. Deterministic.  Run from the project root:  python3 eval/dp/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.")


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


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space="", suf=("am", "pm")):
    hh = d.hour % 12 or 12
    return f"{hh}{sep}{d.minute:02d}{space}{suf[0] if d.hour < 12 else suf[1]}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_timescolonist(S):
    """Times Colonist (Victoria, BC; Glacier Media platform) 'World News' section listing, HTML. Newest first. Card: headline,
    one summary paragraph, wire byline ('NAME, The Associated Press' / 'The Canadian Press'), then 'Jun 22, 2026 2:05 PM' (no zone)."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Times Colonist</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           ld({"@context": "https://schema.org", "@type": "WebPage", "name": S["title"], "url": S["url"],
               "publisher": {"@type": "NewsMediaOrganization", "name": "Times Colonist", "url": "https://www.timescolonist.com",
                             "logo": {"@type": "ImageObject", "url": "https://www.timescolonist.com/images/tc-logo.png"}}}),
           '</head><body class="section-page">',
           '<div class="leaderboard"><span>Advertisement</span></div>',
           '<header class="site-header"><a class="logo" href="/" aria-label="Times Colonist home">Times Colonist</a>',
           '<div class="weather-widget"><a href="/weather"><span class="wx-loc">Victoria</span> <span class="wx-temp">17°C</span> <span class="wx-cond">Mainly sunny</span></a></div>',
           '<nav class="main-nav"><a href="/local-news">Local News</a> <a href="/island">Island</a> <a href="/bc-news">B.C. News</a> '
           '<a href="/national-news">Canada</a> <a href="/world-news">World</a> <a href="/sports">Sports</a> <a href="/islandlife">Island Life</a> '
           '<a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a> <a href="/classifieds">Classifieds</a> <a href="/e-edition">E-Edition</a></nav>',
           '<a class="btn-subscribe" href="/subscribe">Subscribe</a> <a class="btn-login" href="/account/login">Sign in</a></header>',
           '<main class="section"><div class="section-heading">', f'<h1>{esc(S["title"])}</h1>', '</div><div class="section-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT[d.month - 1]} {d.day}, {d.year} {h12(d, space=' ', suf=('AM', 'PM'))}"; stamps.append(st)
        link = f"/world-news/{slug(e['h'])}-{11293400 + 37 * i}"
        out.append(f'<div class="section-item"><h3 class="title"><a href="{link}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="details"><span class="byline">{esc(e["byline"])}</span> <span class="date">{st}</span></div></div>')
        if i == 2:
            out.append('<aside class="newsletter-signup"><h4>Morning Edition</h4><p>Start your day with the top stories from Victoria and the Island, '
                       'delivered free to your inbox.</p><input type="email" placeholder="Email address"> <button>Sign Up</button></aside>')
    out += ['</div><a class="more" href="/world-news?page=2">More World News</a></main>',
            '<aside class="sidebar"><h4>Trending</h4><ol><li><a href="/local-news/ferry-sailings-cancelled">Weekend ferry sailings cancelled after mechanical fault</a></li>'
            '<li><a href="/local-news/inner-harbour-festival">Inner Harbour festival returns with bigger lineup</a></li></ol></aside>',
            '<footer class="site-footer"><a href="/about">About Us</a> <a href="/contact">Contact Us</a> <a href="/privacy">Privacy Policy</a> '
            '<a href="/terms">Terms of Use</a><p>© Copyright Times Colonist</p><p>Part of Glacier Media</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lfpress(S):
    """The London Free Press (Postmedia, WordPress VIP) world article with h2 sections, HTML + NewsArticle JSON-LD.
    Visible date only ('Published Jun 25, 2026 • Last updated 3 hours ago • 4 minute read'); the time is only in the JSON-LD.
    Postmedia's 'Article content' labels and 'Advertisement N' slots sit between paragraphs."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z); mod = dt(S["modified_t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | London Free Press</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
               "datePublished": d0.isoformat(), "dateModified": mod.isoformat(), "url": S["url"],
               "author": [{"@type": "Organization", "name": S["byline"]}], "articleSection": ["News", "World"],
               "publisher": {"@type": "Organization", "name": "London Free Press", "logo": {"@type": "ImageObject", "url": "https://www.lfpress.com/wp-content/themes/postmedia/logo.png"}}}),
           '</head><body class="single-post">',
           '<div class="ad-leaderboard"><span class="ad__label">Advertisement</span></div>',
           '<header class="header"><a class="header__logo" href="/">London Free Press</a>'
           '<nav class="header__nav"><a href="/category/news/">News</a> <a href="/category/sports/">Sports</a> <a href="/category/opinion/">Opinion</a> '
           '<a href="/category/entertainment/">Entertainment</a> <a href="/category/life/">Life</a> <a href="/category/business/">Business</a> '
           '<a href="https://www.healthing.ca/">Healthing</a> <a href="https://driving.ca/">Driving</a> <a href="/category/puzzles/">Puzzles</a> '
           '<a href="https://lfpress.remembering.ca/">Obituaries</a> <a href="https://epaper.lfpress.com/">ePaper</a></nav>'
           '<a class="header__subscribe" href="/subscribe/">Subscribe</a> <a class="header__signin" href="/sign-in/">Sign In</a></header>',
           '<main class="article"><div class="article-header">', '<nav class="breadcrumbs"><a href="/category/news/">News</a> <a href="/category/news/world/">World</a></nav>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<p class="article-subtitle">{esc(S["lede"])}</p>',
           '<div class="article-header__details"><span class="published-by__label">Author of the article:</span>'
           f'<span class="published-by__author"><a href="/author/associated-press/">{esc(S["byline"])}</a></span></div>',
           f'<div class="published-date"><span class="published-date__since">Published {SHORT[d0.month - 1]} {d0.day}, {d0.year}</span> • '
           '<span class="updated-info">Last updated 3 hours ago</span> • <span class="article-read-time">4 minute read</span></div>',
           '<a class="comments-link" href="#comments">Join the conversation</a>',
           f'<figure class="featured-image"><figcaption>{esc(S["caption"])}</figcaption></figure></div>',
           '<div class="article-content">']
    ad_n = 1
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        for j, p in enumerate(e["p"]):
            out.append(f'<p>{esc(p)}</p>')
            if j == 0:
                out.append('<p class="article-content__label">Article content</p>')
        if i % 2 == 1:
            ad_n += 1
            out.append(f'<div class="ad__section-border"><span class="ad__label">Advertisement {ad_n}</span><p>Story continues below</p>'
                       '<p>This advertisement has not loaded yet, but your article continues below.</p></div>')
    out += ['</div>', '<section class="save-article"><p>Save this article by creating a free account. Already registered? Sign in.</p></section>',
            '<div class="share-tools"><span>Share this article in your social network</span> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>',
            '<section id="comments"><h3>Comments</h3><p>Postmedia wants discussion here to stay lively and civil. Comments may take up to an hour to appear on the site.</p></section>',
            '<section class="related"><h3>Read Next</h3><a href="/news/local-news/council-budget-vote">City council delays vote on transit budget</a></section>',
            '</main><footer class="footer"><p>365 Bloor Street East, Toronto, Ontario, M4W 3L4</p>'
            '<p>© 2026 London Free Press, a division of Postmedia Network Inc. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_telegram_atom(S):
    """The Telegram (St. John's; Postmedia WordPress) category Atom feed: <published> in UTC with seconds, <author><name>,
    CDATA summary (first paragraph) and CDATA content (all paragraphs)."""
    order_check(S, True); z = S["zone"]
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xml:lang="en-CA">',
           f'<title type="text">{esc(S["title"])}</title>', '<subtitle type="text">News, sports and weather for St. John\'s and Newfoundland and Labrador</subtitle>',
           f'<updated>{last.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>',
           '<link rel="alternate" type="text/html" href="https://www.thetelegram.com/category/news/world/" />',
           f'<id>{S["url"]}</id>', f'<link rel="self" type="application/atom+xml" href="{S["url"]}" />',
           '<generator uri="https://wordpress.org/" version="6.8.1">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        pid = 4419021 - 113 * i
        link = f"https://www.thetelegram.com/news/world/{slug(e['h'])}/"
        out += ['<entry>', f'<author><name>{esc(e["a_print"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{link}" />', f'<id>https://www.thetelegram.com/?p={pid}</id>',
                f'<updated>{st}</updated>', f'<published>{st}</published>',
                '<category scheme="https://www.thetelegram.com" term="News" />', '<category scheme="https://www.thetelegram.com" term="World" />',
                f'<summary type="html"><![CDATA[{e["p"][0]}]]></summary>',
                f'<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="{link}#comments" thr:count="0" />', '<thr:total>0</thr:total>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_couriermail(S):
    """The Courier-Mail (News Corp Australia) live coverage, text scrape. Newest first; each post: bare '7.50am' stamp line,
    headline, author line ('Wires' for agency copy), body. The only dates are the header's 'June 29, 2026 - 7:05PM' and
    'Updated June 30, 2026 - 7:50AM'; the blog runs past local midnight (Brisbane, AEST)."""
    z = S["zone"]; order_check(S, True); pub = dt(S["published"], z); upd = dt(S["entries"][0]["t"], z)
    L = ["Skip to content", "", "The Courier-Mail", "Subscribe", "Log in", "",
         "News   Queensland   National   World   Sport   Business   Entertainment   Lifestyle   Opinion   Real Estate   Puzzles", "",
         "News", "World", "Russia-Ukraine war", "", S["title"], "", S["lede"], "",
         S["byline"], "News Corp Australia Network", "",
         f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} - {h12(pub, suf=('AM', 'PM'))}",
         f"Updated {MONTHS[upd.month - 1]} {upd.day}, {upd.year} - {h12(upd, suf=('AM', 'PM'))}", "",
         "Follow World to see its latest headlines in My News. Tap the plus to follow.", "", "Share", "Comments", "", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        L += [st, e["h"], e["byline"], ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["Video", "Tap to play", ""]
        if i == 2:
            L += ["Advertisement", "", "Newsletter: Get the day's top world stories from The Courier-Mail each evening. Sign up", ""]
    L += ["Load more updates", "", "More Coverage", "Queensland firm lands Defence contract for armoured vehicle parts",
          "Brisbane council flags rates rise to pay for flood works", "",
          "The Courier-Mail   Contact us   Terms of use   Privacy policy   Standards of practice",
          "Copyright The Courier-Mail. All times AEST (GMT +10)."]
    return "\n".join(L) + "\n", stamps


def r_advertiser(S):
    """The Advertiser (Adelaide; News Corp Australia) live coverage, HTML, oldest first. LiveBlogPosting JSON-LD with
    per-update datePublished (+09:30); visible '10.05am' stamp above each h2; one date line 'July 4, 2026'; page byline only."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"]),
            "url": f"{S['url']}#post-{501 + i}"} for i, e in enumerate(S["entries"])]
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Advertiser</title>',
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
               "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
               "author": {"@type": "Person", "name": S["byline"]},
               "publisher": {"@type": "NewsMediaOrganization", "name": "The Advertiser"}, "liveBlogUpdate": ups}),
           '</head><body>', '<header class="site-header"><a class="masthead" href="/">The Advertiser</a>'
           '<nav><a href="/news">News</a> <a href="/news/south-australia">SA News</a> <a href="/news/world">World</a> <a href="/sport">Sport</a> '
           '<a href="/business">Business</a> <a href="/entertainment">Entertainment</a> <a href="/lifestyle">Lifestyle</a> <a href="/realestate">Real Estate</a> '
           '<a href="/news/opinion">Opinion</a> <a href="/puzzles">Puzzles</a></nav><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main><nav class="breadcrumb"><a href="/news">News</a> › <a href="/news/world">World</a></nav>', '<span class="live-badge">LIVE</span>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="author-name">{esc(S["byline"])}</span> <span class="with">With wires</span></div>',
           f'<div class="date-line"><time>{MONTHS[first.month - 1]} {first.day}, {first.year}</time> · 6 min read</div>',
           '<div class="share"><button>Share</button> <button>Gift this article</button></div>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{501 + i}"><div class="live-post__time">{st}</div><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 3:
            out.append('<div class="ad">Advertisement</div><aside class="related"><h4>More Coverage</h4>'
                       '<a href="/news/south-australia/defence-jobs-boost">Northern suburbs defence jobs boost welcomed</a></aside>')
    out += ['</div></main>', '<footer><p>The Advertiser · Contact us · Terms of use · Privacy policy</p><p>Copyright © 2026 Advertiser Newspapers Pty Ltd.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mercury(S):
    """The Mercury (Hobart; News Corp Australia) World section, text scrape. Header strip with place, temperature and the
    clock 'Thursday, July 9, 2026 9:40pm'; cards: headline, standfirst, credit line, relative time ('12 minutes ago', '3 hours ago')."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to content", "", f"HOBART 9°C Showers easing   {DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {h12(ref)}", "",
         "The Mercury", "Subscribe", "Log in", "",
         "News   Tasmania   National   World   Sport   AFL   Business   Entertainment   Lifestyle   Opinion   Real Estate   Puzzles", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"]] + ptxt(e["p"])[:-1] + [e["byline"], st, ""]
        if i == 2:
            L += ["Advertisement", "", "Sign up to The Mercury's newsletters for the biggest stories from Tasmania and beyond", "Sign up", ""]
    L += ["Load more", "", "Trending in Tasmania", "Kunanyi snow closes Pinnacle Road again", "Ferry timetable shake-up for Bruny Island", "",
          "The Mercury   Contact us   Terms of use   Privacy policy", "Copyright © 2026 Davies Brothers Pty Ltd."]
    return "\n".join(L) + "\n", stamps


def r_birmingham(S):
    """Birmingham Mail (BirminghamLive, Reach plc) live blog, HTML, newest first. Page byline with role, '14:05, 17 JUL 2026'
    and 'Updated 18:50, 17 JUL 2026'; posts: '18:50' above the h3, author under it; LiveBlogPosting JSON-LD with
    per-update datePublished (+01:00); video placeholders, newsletter box, comment count."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"]),
             "author": {"@type": "Person", "name": e["a"]}}
        ups.append(u)
    stamp_pub = f"{pub:%H:%M}, {pub.day} {SHORT[pub.month - 1].upper()} {pub.year}"
    stamp_upd = f"{last:%H:%M}, {last.day} {SHORT[last.month - 1].upper()} {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Birmingham Live</title>',
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
               "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
               "author": [{"@type": "Person", "name": S["byline"], "jobTitle": S["role"]}],
               "publisher": {"@type": "Organization", "name": "Birmingham Mail"}, "liveBlogUpdate": ups}),
           '</head><body>', '<header class="mod-header"><a class="logo" href="/">Birmingham Live</a>'
           '<nav><a href="/news/">News</a> <a href="/news/midlands-news/">Midlands</a> <a href="/sport/">Sport</a> <a href="/sport/football/">Football</a> '
           '<a href="/whats-on/">What\'s On</a> <a href="/black-country/">Black Country</a> <a href="/all-about/traffic-travel">Traffic and Travel</a> '
           '<a href="/news/uk-world-news/">UK and World News</a></nav></header>',
           '<main><article class="live-article"><nav class="breadcrumbs"><a href="/news/">News</a> <a href="/news/uk-world-news/">UK and World News</a></nav>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="sub-header">{esc(S["lede"])}</p>',
           f'<div class="article-information"><div class="author"><span>By</span><a href="/authors/kieran-boyce/">{esc(S["byline"])}</a> '
           f'<span class="job-title">{esc(S["role"])}</span></div>',
           f'<ul class="time-info"><li class="time">{stamp_pub}</li><li class="time-updated">Updated {stamp_upd}</li></ul></div>',
           '<div class="social"><a>Share</a> <a href="#comments-wrapper">Comments</a> <span class="comment-count">24</span></div>',
           '<div class="live-event-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-event" id="event-{8823 - i}"><time class="live-event__time">{st}</time><h3>{esc(e["h"])}</h3>')
        out.append(f'<p class="live-event__author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player"><span>Video Loading</span> <span>Video Unavailable</span> <span>Click to play</span> <span>Tap to play</span></div>')
        out.append('</div>')
        if i == 1:
            out.append('<aside class="newsletter-signup"><p>Get the biggest Birmingham stories sent straight to your inbox</p>'
                       '<input type="email" placeholder="Enter email"> <button>Subscribe</button><p>We use your sign-up to provide content in ways you\'ve consented to.</p></aside>')
    out += ['</div>', '<section id="comments-wrapper"><h3>Comments</h3><p>Show comments</p></section>',
            '<section class="more-on-this"><h3>More On</h3><a href="/all-about/russia-ukraine-war">Russia-Ukraine war</a> <a href="/all-about/ukraine">Ukraine</a></section>',
            '</article></main><footer><p>Birmingham Mail</p><p>Reach plc. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_waikato(S):
    """Waikato Times (Stuff masthead) timeline article, text scrape: page byline, '16:02, Jul 25 2026'; oldest first; each
    update is a '4.10pm NZT' line followed by text, NO headlines."""
    z = S["zone"]; order_check(S, False); pub = dt(S["published"], z)
    L = ["Skip to main content", "", "Waikato Times", "Subscribe", "Log in", "",
         "Home   Waikato   Hamilton   National   World   Business   Sport   Life & Style   Puzzles   Newsletters", "",
         "WORLD", "", S["title"], "", S["lede"], "", S["byline"], f"{pub:%H:%M}, {SHORT[pub.month - 1]} {pub.day:02d} {pub.year}", "",
         "Share", "Copy link", "", S["caption"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, sep='.')} NZT"; stamps.append(st)
        L += [st] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", "", "Read more:", "* What's at stake for New Zealand in a Ukraine ceasefire", ""]
    L += ["Our journalism needs your support. Become a member.", "", "About   Contact   Privacy   Terms", "© 2026 Stuff Limited"]
    return "\n".join(L) + "\n", stamps


def r_press(S):
    """The Press (Christchurch; Stuff masthead) World section, text scrape. Newest first; card: headline, standfirst, credit
    line ('Reuters', 'AP'), then '09:30, Aug 02 2026' (24-hour clock, NZ time, no zone printed)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "The Press", "Subscribe", "Log in", "",
         "Home   Canterbury   Christchurch   National   World   Business   Sport   Life & Style   Puzzles   E-paper", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}, {SHORT[d.month - 1]} {d.day:02d} {d.year}"; stamps.append(st)
        L += [e["h"]] + ptxt(e["p"])[:-1] + [e["byline"], st, ""]
        if i == 2:
            L += ["Advertisement", "", "The Press Daily: the day's Canterbury headlines, every morning. Sign up", ""]
    L += ["More stories", "", "Our journalism needs your support. Become a member.", "", "About   Contact   Privacy   Terms", "© 2026 Stuff Limited"]
    return "\n".join(L) + "\n", stamps


def r_odt(S):
    """Otago Daily Times (Drupal) World RSS 2.0: pubDate with +1200, dc:creator, description = teaser as ESCAPED HTML
    (no CDATA), guid 'NNN at https://www.odt.co.nz'."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xml:base="https://www.odt.co.nz/news/world" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.odt.co.nz/news/world</link>',
           '<description>The latest world news from the Otago Daily Times</description>', '<language>en</language>',
           f'<atom:link href="{S["url"]}" rel="self" type="application/rss+xml" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        nid = 3871250 - 61 * i
        body = "".join(f"<p>{html.escape(p, quote=True).replace('&#x27;', '&#039;')}</p>" for p in e["p"])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>https://www.odt.co.nz/news/world/{slug(e["h"])}</link>',
                f'<description>{esc(body)}</description>', f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a_print"])}</dc:creator>',
                f'<guid isPermaLink="false">{nid} at https://www.odt.co.nz</guid>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_fenwarden(S):
    """text live, newest first; 'Key Points' block; stamp '21:40 EEST' on its own line before the headline; '— NAME' signature."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Ukraine · Europe · Economy · Opinion · Podcasts · Support us", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EEST"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["[Video 0:48]", ""]
        if e["a"]:
            L += [f"— {e['a']}", ""]
        if i == 2:
            L += ["Our reporting from Ukraine is funded by readers. Become a supporter from €5 a month.", ""]
    L += ["Show earlier posts", "", f"© {S['source']} · Editorial policy · Corrections · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_glimmerton(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); visible '08:05 CEST' in
    <time datetime>; author line under the h2."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#entry-{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — {esc(S["source"])}</title>',
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
               "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(), "liveBlogUpdate": ups}),
           '</head><body>', f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> '
           '<a href="/ukraine">Ukraine war</a> <a href="/newsletter">Newsletter</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>', '<ol class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<li class="entry" id="entry-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</li>')
        if i == 2:
            out.append('<li class="promo"><p>Briefing: our Europe newsletter, every weekday at 7. <a href="/newsletter">Subscribe</a></p></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} · Imprint · Data protection · Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate 'GMT' (S['rfc']=='GMT') or the numeric offset; CDATA paragraphs;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        cat = e.get("cat", "World")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{cat.lower()}/{slug(e["h"], 40)}-{i + 5127}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 5127}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{cat}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_quillonby(S):
    """text article, one entry per section heading; page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "World › Europe › Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share · Print · Listen to this article (6 min)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["READ ALSO: Border towns count the cost of the lorry queues", ""]
    L += ["This article is part of our weekday Ukraine briefing.", "", f"© {S['source']} 2026"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom feed, newest first: <published> with the outlet's offset (or Z when S['utc']), <author><name> when known,
    summary type=html escaped once."""
    z = S["zone"]; order_check(S, True)
    fmt = (lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) if S.get("utc") else (lambda d: d.isoformat())
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<id>{S["url"]}</id>', f'<link rel="self" href="{S["url"]}/feed.atom" />',
           f'<link rel="alternate" href="{S["url"]}" />', f'<updated>{fmt(last)}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        link = f"{S['url']}/{d:%Y/%m/%d}/{slug(e['h'], 50)}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:{i + 301}</id>',
                f'<link rel="alternate" type="text/html" href="{link}" />', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += ['<summary type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_drummelin(S):
    """HTML live, NO JSON-LD, newest first; visible UK-style '9.40am' in a span above the h3; date line 'Tuesday 14 July 2026';
    'By NAME' line under each headline."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta name="description" content="Live updates on the war in Ukraine">', '</head><body>',
           f'<div class="cookie-bar">{esc(S["source"])} uses cookies. <a href="/cookies">Manage preferences</a> <button>Accept all</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> <a href="/politics">Politics</a> '
           '<a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>1/12</span> <span>Next image</span></div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="inline-promo"><a href="/newsletters/world">Sign up to World Briefing, our free lunchtime email</a></div>')
    out += ['</section><a class="load-more" href="?page=2">Show older posts</a></main>',
            f'<footer>{esc(S["source"])} · About us · Complaints · Privacy notice · Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_caskadell(S):
    """text live, oldest first; headline line, then the stamp line '8:05 a.m. EDT' AFTER the headline, then body;
    one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local · Ontario · Canada · World · Business · Sports · Opinion", "", S["title"], "", S["byline"], S["dateline"], "", S["lede"], "",
         "Updates (oldest first)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, space=' ', suf=('a.m.', 'p.m.'))} EDT"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", "", "Sign up for Star Today: your evening news digest", ""]
    L += ["This page will be updated.", "", f"© 2026 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_heddlestone(S):
    """HTML live, newest first. JSON-LD LiveBlogPosting whose liveBlogUpdate items all carry the PAGE's datePublished and
    headline (so per-update times come only from the visible blocks: '22.10 BST' in <time>). Two-name page byline."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{6000 + 17 * i}", "headline": S["title"], "datePublished": pub.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:1000]} for i, e in enumerate(S["entries"])]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
               "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
               "coverageEndTime": last.isoformat(), "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}),
           '</head><body>', f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a href="/world">World</a> <a href="/world/ukraine">Ukraine</a> '
           '<a href="/uk">UK</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="standfirst"><p>{esc(S["lede"])}</p></div>',
           f'<address class="byline">{esc(S["byline"])}</address>', f'<p class="meta">{esc(S["dateline"])}</p>', '<div class="blocks">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}.{d.minute:02d} BST"; stamps.append(st)
        out.append(f'<article class="block" id="block-{6000 + 17 * i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure><img src="/img/odesa-port.jpg" alt=""></figure>')
        out.append('<footer class="block-tools"><a>Share</a> <a>Updated at ' + st + '</a></footer></article>')
        if i == 2:
            out.append('<aside class="epic"><p>You have read our live coverage. Please consider supporting independent reporting.</p></aside>')
    out += ['</div></main>', f'<footer>© 2026 {esc(S["source"])} · Terms · Privacy · Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_saltenby(S):
    """text live, oldest first; date line WITHOUT year; bare 'HH:MM' line before each headline; Key Points block; one
    two-name page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News / World / Ukraine live", "", S["title"], S["dateline"], S["byline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Support our journalism: subscribe to the Courier for 1 euro a week.", ""]
    L += ["Our live coverage continues tomorrow.", "", f"{S['source']} · Newsroom · Ethics · Privacy"]
    return "\n".join(L) + "\n", stamps


# ================================================================ data table
SEEDS = []

# ---------------------------------------------------------------- 12100 Times Colonist
SEEDS.append(dict(
  id="12100", name="12100_timescolonist-world", ext="html", source="Times Colonist", zone="America/Vancouver", render=r_timescolonist,
  title="World News", url="https://www.timescolonist.com/world-news",
  basis="card stamp '{s}' after the byline (no zone printed; Times Colonist is in Victoria, BC: Pacific time, PDT = UTC-7); local {d} in {z}",
  notes="Imitates the Glacier Media 'World News' section listing of timescolonist.com. Newest first. Each card: headline, one summary paragraph, wire byline ('NAME, The Associated Press', 'The Associated Press' or 'The Canadian Press'), then the stamp 'Jun 22, 2026 2:05 PM' with NO zone (home zone Pacific, PDT). Author: the person's name where the byline names one, else the agency as printed. JSON-LD is only a WebPage node. Two off-beat wire items (Iberian heat wave, Okinawa typhoon).",
  not_entries=["leaderboard 'Advertisement'", "masthead, weather widget (Victoria 17°C Mainly sunny), navigation, Subscribe / Sign in",
               "section heading 'World News' (page title)", "'Morning Edition' newsletter sign-up box after the third card",
               "'More World News' link", "'Trending' sidebar with two local headlines", "footer links, copyright and 'Part of Glacier Media'"],
  entries=[
  E("2026-06-22 16:42", "Kremlin open to another round of Istanbul talks, spokesman says",
    ["The Kremlin said Monday it was ready to send a delegation to a new round of direct talks with Ukraine in Istanbul but named no date, and repeated that any settlement would have to reflect what it called the realities on the ground."],
    "diplomacy", "diplomacy", 2, "kremlin-istanbul-talks-offer-2026-06-22", a="The Associated Press", byline="The Associated Press"),
  E("2026-06-22 14:05", "Russian glide bomb kills 4 in Kharkiv apartment block",
    ["A Russian guided bomb slammed into a nine-storey apartment building in Kharkiv on Monday afternoon, killing four people and injuring at least 31, regional Gov. Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-apartment-glide-bomb-2026-06-22", a="Yaryna Dovzhenko", byline="Yaryna Dovzhenko, The Associated Press"),
  E("2026-06-22 11:20", "Ottawa commits $300 million for Ukrainian drone production",
    ["Canada will put $300 million toward interceptor drones built by Ukrainian manufacturers, the federal government announced Monday, paying for them through a joint purchasing arrangement run with Denmark."],
    "aid", "aid", 3, "canada-ukraine-drone-funding-2026-06-22", a="The Canadian Press", byline="The Canadian Press"),
  OFF("2026-06-22 09:55", "Spain and Portugal swelter as early heat wave pushes past 44 C",
      ["Thermometers climbed above 44 degrees Celsius in parts of southern Spain on Monday as an early-summer heat wave settled over the Iberian Peninsula, prompting health alerts in dozens of towns."],
      "iberia-heat-wave-2026-06-22", a="Marisol Ortega", byline="Marisol Ortega, The Associated Press", n="weather"),
  E("2026-06-22 07:30", "Drones set fire to refinery in Russia's Samara region, governor says",
    ["Ukrainian drones started a fire at an oil refinery in Russia's Samara region overnight, the regional governor said Monday, adding that nobody was hurt and the blaze had been put out by dawn."],
    "strikes", "strikes", 2, "samara-refinery-drone-strike-2026-06-22", a="The Associated Press", byline="The Associated Press"),
  E("2026-06-22 05:15", "Russia says its forces captured village near Kostiantynivka",
    ["Russia's Defense Ministry claimed Monday that its troops had taken a village on the southern approaches to Kostiantynivka, one of the last large towns still held by Ukraine in the Donetsk region."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2026-06-22", a="Dmytro Savchak", byline="Dmytro Savchak, The Associated Press"),
  OFF("2026-06-22 02:10", "Typhoon prompts evacuation orders in southern Japan",
      ["Tens of thousands of residents on Japan's southern islands were told to leave their homes on Monday as a typhoon carrying strong winds and heavy rain closed in on Okinawa, weather officials said."],
      "okinawa-typhoon-evacuations-2026-06-22", a="The Associated Press", byline="The Associated Press", n="weather"),
  ]))

# ---------------------------------------------------------------- 12101 The London Free Press
SEEDS.append(dict(
  id="12101", name="12101_lfpress-ukraine-glance", ext="html", source="The London Free Press", zone="America/Toronto", render=r_lfpress,
  title="Ukraine war at a glance: Lviv hit by drone barrage as Zelenskyy meets Nordic leaders",
  url="https://lfpress.com/news/world/ukraine-war-at-a-glance-lviv-drone-barrage", dateline_t="2026-06-25 06:10", modified_t="2026-06-25 09:40",
  byline="Associated Press", lede="Here is a look at the main developments in Russia's war in Ukraine on Thursday.",
  caption="Firefighters work at a burning warehouse in Lviv, Ukraine, on Thursday. Photo by Mykola Tarasiuk /Associated Press",
  basis="no per-section time: the page's publication instant is printed only in the NewsArticle JSON-LD (datePublished 2026-06-25T06:10:00-04:00; the visible line says only 'Published Jun 25, 2026'); local {d} in {z}",
  notes="Imitates a Postmedia (WordPress VIP) world article on lfpress.com: 'Author of the article: Associated Press', visible 'Published Jun 25, 2026 • Last updated 3 hours ago • 4 minute read' (NO time), h2 sections with Postmedia's interleaved 'Article content' labels and 'Advertisement N / Story continues below / This advertisement has not loaded yet...' slots. One entry per h2 section (headline = heading), stamp null; the time comes only from the JSON-LD datePublished (06:10 EDT = 10:10 UTC). The agency byline is every section's author. 'Last updated 3 hours ago' has no clock to count from and is chrome.",
  not_entries=["leaderboard 'Advertisement'", "masthead, navigation, Subscribe / Sign In", "breadcrumbs 'News' / 'World'", "page title (h1)",
               "subtitle 'Here is a look at the main developments...'", "'Author of the article:' label and byline",
               "'Published Jun 25, 2026 • Last updated 3 hours ago • 4 minute read'", "'Join the conversation'", "photo caption",
               "every 'Article content' label", "'Advertisement 2/3/4', 'Story continues below', 'This advertisement has not loaded yet...'",
               "save-article prompt", "share tools", "comments section and policy text", "'Read Next' related link", "footer address and copyright"],
  entries=[
  E("2026-06-25 06:10", "Drone barrage hits Lviv overnight",
    ["Russia sent more than 300 drones and a dozen missiles against western and central Ukraine overnight, with the heaviest blows landing on the city of Lviv, Ukrainian officials said Thursday.",
     "Lviv Mayor Andriy Sadovyi said two people were killed and a warehouse complex near the main railway station burned for hours.",
     "Ukraine's air force said it brought down 281 of the drones and nine of the missiles."],
    "strikes", "strikes", 3, "lviv-drone-missile-attack-2026-06-25", a="Associated Press"),
  E("2026-06-25 06:10", "Zelenskyy in Oslo for Nordic-Baltic meeting",
    ["President Volodymyr Zelenskyy joined the leaders of the Nordic and Baltic countries in Oslo on Thursday to discuss what security guarantees Ukraine could count on if a ceasefire is reached.",
     "Norway's prime minister said the group would present a joint position to the rest of Europe before the NATO summit in Ankara next month."],
    "diplomacy", "diplomacy", 3, "zelenskyy-oslo-nordic-baltic-meeting-2026-06-25", a="Associated Press"),
  E("2026-06-25 06:10", "Germany to pay for two more Patriot systems",
    ["Germany will finance two additional Patriot air defense systems for Ukraine, Defense Minister Boris Pistorius said on a visit to Kyiv on Thursday.",
     "He said the first of the launchers should arrive before winter but did not give a cost."],
    "aid", "aid", 3, "germany-two-patriot-systems-pledge-2026-06-25", a="Associated Press"),
  E("2026-06-25 06:10", "Russia claims gains in Sumy region",
    ["Russia's Defense Ministry said its troops had pushed Ukrainian forces out of two villages on the border of the Sumy region, a claim Kyiv disputed.",
     "Ukraine's border guard service said fighting for both villages was still going on."],
    "other", "frontline", 2, "russia-claims-sumy-border-villages-2026-06-25", a="Associated Press"),
  E("2026-06-25 06:10", "Prisoners of war return home",
    ["Ukraine and Russia each handed over 150 prisoners of war on Thursday in an exchange brokered by the United Arab Emirates, Ukraine's coordination headquarters for POWs said.",
     "Many of the Ukrainians had been held since the battle for Mariupol in 2022, it said."],
    "diplomacy", "diplomacy", 3, "uae-brokered-pow-exchange-2026-06-25", a="Associated Press"),
  E("2026-06-25 06:10", "Martial law extended again",
    ["Ukraine's parliament voted Thursday to keep martial law and general mobilization in place for another 90 days.",
     "The measure passed by a wide margin and now goes to Zelenskyy for his signature."],
    "other", "politics", 2, "ukraine-martial-law-extension-2026-06-25", a="Associated Press"),
  ]))

# ---------------------------------------------------------------- 12102 The Telegram
SEEDS.append(dict(
  id="12102", name="12102_thetelegram-worldatom", ext="xml", source="The Telegram", zone="UTC", render=r_telegram_atom,
  title="World – The Telegram", url="https://www.thetelegram.com/category/news/world/feed/atom/",
  basis="Atom <published> '{s}' (explicit UTC, with seconds); {d} {z}",
  notes="Imitates the WordPress (Postmedia) category Atom feed of The Telegram, St. John's. Newest first; <published> in UTC with seconds; <author><name> is the wire service ('Associated Press', 'The Canadian Press', 'Reuters'), kept as author. Each entry has a CDATA <summary> (the first paragraph) AND a CDATA <content> (all paragraphs): the body is the content, so body_paragraphs counts the content paragraphs and the summary is not a second copy. Two off-beat wire items (Kefalonia wildfire, Pakistan floods).",
  not_entries=["feed title/subtitle/updated/id/generator", "each entry's summary (repeats the first content paragraph)", "category, link, replies and thr:total elements"],
  entries=[
  E("2026-06-27 21:14:08", "Zelenskyy says Russia is massing troops near Zaporizhzhia",
    ["President Volodymyr Zelenskyy said Saturday that Russia has gathered several brigades south of Zaporizhzhia and could try to push toward the regional capital in the coming weeks.",
     "He urged allies to speed up deliveries of artillery ammunition to the southern front."],
    "other", "frontline", 2, "russian-troop-buildup-zaporizhzhia-2026-06-27", a="Associated Press", a_print="Associated Press"),
  OFF("2026-06-27 18:40:51", "Wildfire forces evacuation of Greek island resort",
      ["Firefighters backed by water-dropping planes fought a wildfire on the Greek island of Kefalonia on Saturday, while coast guard boats took hundreds of tourists off beaches.",
       "No injuries were reported, the fire service said."],
      "kefalonia-wildfire-2026-06-27", a="Reuters", a_print="Reuters", n="wildfire"),
  E("2026-06-27 15:02:37", "Canadian trainers to stay in Poland for Ukraine mission",
    ["Canada will keep about 300 military instructors in Poland through next year to train Ukrainian soldiers, the federal government said Saturday.",
     "Since the mission moved to Europe the instructors have trained thousands of Ukrainian recruits in combat medicine, engineering and small-unit tactics."],
    "aid", "aid", 2, "canada-training-mission-poland-extension-2026-06-27", a="The Canadian Press", a_print="The Canadian Press"),
  E("2026-06-27 11:25:19", "Russian drones hit Odesa energy site, leaving neighbourhoods without power",
    ["A Russian drone attack damaged an energy facility in Odesa early Saturday and cut electricity to parts of the city, regional Gov. Oleh Kiper said.",
     "Repair crews restored supply to most homes by midday, the region's power company said."],
    "strikes", "strikes", 2, "odesa-energy-drone-attack-2026-06-27", a="Associated Press", a_print="Associated Press"),
  OFF("2026-06-27 08:47:03", "Flash floods kill 9 in northern Pakistan",
      ["Flash floods set off by monsoon downpours swept through villages in northern Pakistan, killing at least nine people and washing away a bridge, disaster officials said Saturday."],
      "pakistan-flash-floods-2026-06-27", a="Associated Press", a_print="Associated Press", n="monsoon floods"),
  E("2026-06-27 06:12:44", "Russia and Belarus begin joint air defence drills",
    ["Russian and Belarusian forces began a week of joint air defence exercises on Saturday, Belarus's defence ministry said, days after Minsk hosted talks with Moscow on stationing more Russian equipment in the country."],
    "other", "security", 2, "russia-belarus-air-defence-drills-2026-06-27", a="Reuters", a_print="Reuters"),
  ]))

# ---------------------------------------------------------------- 12103 The Courier-Mail
SEEDS.append(dict(
  id="12103", name="12103_couriermail-live", ext="txt", source="The Courier-Mail", zone="Australia/Brisbane", render=r_couriermail,
  title="Russia-Ukraine war live: Dnipro strike toll climbs as Albanese pledges new support", published="2026-06-29 19:05",
  lede="Follow the latest as Russian missiles pound central Ukraine and Canberra unveils fresh help for Kyiv.", byline="Brooke Tennant",
  basis="bare post stamp '{s}' (Brisbane time, AEST = UTC+10, no zone on the post; the footer says 'All times AEST'); the day comes from the header dates 'June 29, 2026 - 7:05PM' / 'Updated June 30, 2026 - 7:50AM' and the newest-first order (posts after local midnight are June 30); local {d} in {z}",
  notes="Imitates a News Corp Australia live coverage page of The Courier-Mail, copied as text. Newest first. Each post: bare stamp '7.50am', headline, author line ('Brooke Tennant', or 'Wires' for agency copy = no person, author null), body. The page header prints 'June 29, 2026 - 7:05PM' and 'Updated June 30, 2026 - 7:50AM': the blog runs from the Brisbane evening of June 29 past local midnight into the morning of June 30, so 1.10am/4.25am/7.50am are June 30 local; all posts are 2026-06-29 in UTC (09:05-21:50Z). 12103-04 is a 'Watch:' video post without text. Three posts tell the Dnipro strike (toll 2 -> 5).",
  not_entries=["'Skip to content', masthead, Subscribe / Log in, navigation", "breadcrumb 'News' / 'World' / 'Russia-Ukraine war'", "page title", "standfirst",
               "page byline 'Brooke Tennant' and 'News Corp Australia Network'", "header dates 'June 29, 2026 - 7:05PM' and 'Updated June 30, 2026 - 7:50AM'",
               "follow prompt", "'Share' / 'Comments'", "'Live updates' label", "'Video' / 'Tap to play' placeholder of the Watch post",
               "'Advertisement' and newsletter promo", "'Load more updates'", "'More Coverage' with two local headlines", "footer lines"],
  entries=[
  E("2026-06-30 07:50", "Ukraine says drones hit ammunition depot in Russia's Bryansk region",
    ["Ukraine's General Staff says its long-range drones struck an ammunition depot in Russia's Bryansk region overnight, setting off a chain of secondary explosions.",
     "Bryansk's governor said falling debris damaged several houses but reported no casualties."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-drone-strike-2026-06-29", a=None, byline="Wires"),
  E("2026-06-30 04:25", "Rutte: European-funded US weapons will keep flowing to Kyiv",
    ["NATO Secretary-General Mark Rutte says European allies have already paid for several new packages of American weapons for Ukraine under the alliance's joint purchasing scheme, and more are on the way.",
     "He was speaking after talks with Dutch officials in The Hague."],
    "aid", "aid", 2, "rutte-purl-deliveries-2026-06-29", a=None, byline="Wires"),
  E("2026-06-30 01:10", "Dnipro death toll rises to five",
    ["The number of people killed in the afternoon missile strike on Dnipro has risen to five, with 27 injured, according to the head of the regional military administration.",
     "Two of the dead worked at a bakery that was destroyed in the blast."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2026-06-29", a="Brooke Tennant", byline="Brooke Tennant"),
  E("2026-06-29 23:40", "Watch: Rescuers search the ruins in Dnipro", [], "strikes", "strikes", 1, "dnipro-missile-strike-2026-06-29",
    a="Brooke Tennant", byline="Brooke Tennant", n="video teaser, no text body"),
  E("2026-06-29 22:15", "Albanese announces $95 million more for Ukraine",
    ["Prime Minister Anthony Albanese has announced a further $95 million in military assistance for Ukraine, including another batch of Bushmaster protected vehicles and money for drone components.",
     "Speaking in Canberra, Mr Albanese said Australia's support would continue for as long as Ukraine needed it.",
     "The government says the package takes Australia's total support since 2022 past $1.6 billion."],
    "aid", "aid", 3, "australia-ukraine-aid-package-2026-06-29", a="Brooke Tennant", byline="Brooke Tennant"),
  E("2026-06-29 20:30", "Kremlin rejects European truce plan",
    ["The Kremlin has brushed aside a European proposal for a 30-day halt to air strikes, with spokesman Dmitry Peskov saying Moscow would not accept pauses that only help Kyiv rearm.",
     "The plan was put forward by France and Germany last week."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-air-truce-proposal-2026-06-29", a=None, byline="Wires"),
  E("2026-06-29 19:05", "Russian missile strike on Dnipro kills two",
    ["A Russian ballistic missile has struck the centre of Dnipro, killing at least two people and wounding more than a dozen, Ukrainian officials say.",
     "The missile hit a busy street near a market shortly after noon local time."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2026-06-29", a="Brooke Tennant", byline="Brooke Tennant"),
  ]))

# ---------------------------------------------------------------- 12104 The Advertiser
SEEDS.append(dict(
  id="12104", name="12104_adelaidenow-live", ext="html", source="The Advertiser", zone="Australia/Adelaide", render=r_advertiser,
  title="Ukraine live: Russia's night assault on Kyiv as SA-made radars head to the front",
  url="https://www.adelaidenow.com.au/news/world/ukraine-live-kyiv-night-assault/live-coverage/5c1e7a0d9b", byline="Natasha Corbett",
  lede="Russia has launched one of its heaviest attacks on the Ukrainian capital this year. Follow our live coverage.",
  basis="visible post stamp '{s}' (Adelaide time, ACST = UTC+09:30, no zone printed) under the date line 'July 4, 2026'; the LiveBlogPosting JSON-LD gives the same instant with +09:30; local {d} in {z}",
  notes="Imitates a News Corp Australia live coverage page of The Advertiser (adelaidenow.com.au), HTML. OLDEST first. Visible '10.05am' above each h2 (no zone; Adelaide is ACST, a half-hour offset, UTC+09:30); one date line 'July 4, 2026'. LiveBlogPosting JSON-LD carries every update with its own datePublished (+09:30). Only a page byline ('Natasha Corbett', 'With wires'), used as every post's author. The Kyiv attack is told in four posts (toll 1 -> 3 -> 4, air force tally); Zelensky's air-defence appeal is its own story.",
  not_entries=["masthead, navigation, Subscribe / Log in", "breadcrumb", "'LIVE' badge", "page title", "standfirst", "byline 'Natasha Corbett' and 'With wires'",
               "date line 'July 4, 2026 · 6 min read'", "share buttons", "'Advertisement' and 'More Coverage' box after the fourth post", "footer"],
  entries=[
  E("2026-07-04 10:05", "Russia launches massive attack on Kyiv",
    ["Explosions have echoed across Kyiv for more than four hours as Russia sent waves of attack drones and cruise missiles towards the Ukrainian capital, city officials say.",
     "Mayor Vitali Klitschko says at least one person was killed and six were injured in the Obolon and Darnytsia districts."],
    "strikes", "strikes", 3, "kyiv-drone-missile-attack-2026-07-04", a="Natasha Corbett"),
  E("2026-07-04 11:40", "Kyiv attack toll rises to three",
    ["Kyiv's military administration says three people are now confirmed dead after the overnight attack, among them a 14-year-old girl."],
    "strikes", "strikes", 3, "kyiv-drone-missile-attack-2026-07-04", a="Natasha Corbett"),
  E("2026-07-04 13:20", "Adelaide firm's counter-drone radars bound for Ukraine",
    ["A defence technology company in Adelaide's northern suburbs will supply 40 counter-drone radar units to Ukraine under a contract funded by the federal government.",
     "The company says the first units will be shipped within weeks."],
    "aid", "aid", 2, "adelaide-counter-drone-radars-ukraine-2026-07-04", a="Natasha Corbett"),
  E("2026-07-04 15:05", "Ukraine says 412 drones and 18 missiles launched overnight",
    ["Ukraine's air force says Russia launched 412 drones and 18 missiles across the country overnight, with Kyiv the main target, and that 377 drones and 14 missiles were shot down or jammed."],
    "strikes", "strikes", 3, "kyiv-drone-missile-attack-2026-07-04", a="Natasha Corbett"),
  E("2026-07-04 17:45", "Zelensky pleads for more Patriots after Kyiv attack",
    ["President Volodymyr Zelensky says the overnight barrage shows Ukraine urgently needs more Patriot interceptors, and has asked European partners to speed up their purchases of US-made systems for Kyiv."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2026-07-04", a="Natasha Corbett", sec=["diplomacy"]),
  E("2026-07-04 20:30", "Moscow says drones heading for the capital were shot down",
    ["Russia's Defence Ministry says its air defences destroyed 27 Ukrainian drones over several regions, including six that were flying towards Moscow.",
     "Moscow Mayor Sergei Sobyanin says emergency crews are at the sites where debris fell."],
    "strikes", "strikes", 2, "moscow-drones-downed-2026-07-04", a="Natasha Corbett"),
  E("2026-07-04 22:50", "Day of mourning declared in Kyiv",
    ["Kyiv authorities have declared Sunday a day of mourning for the victims of the overnight attack, whose number has risen to four."],
    "strikes", "strikes", 3, "kyiv-drone-missile-attack-2026-07-04", a="Natasha Corbett"),
  ]))

# ---------------------------------------------------------------- 12105 The Mercury
SEEDS.append(dict(
  id="12105", name="12105_hobartmercury-world", ext="txt", source="The Mercury", zone="Australia/Hobart", render=r_mercury,
  title="World", ref="2026-07-09 21:40",
  basis="relative stamp '{s}' counted back from the header clock 'Thursday, July 9, 2026 9:40pm' (Hobart, AEST = UTC+10, no zone printed); local {d} in {z}",
  notes="Imitates the World section front of The Mercury (Hobart, News Corp Australia) copied as text. Newest first. The header strip prints place, weather and the clock 'Thursday, July 9, 2026 9:40pm' (Hobart time, AEST, no zone); every card's stamp is relative ('12 minutes ago', '1 hour ago', '3 hours ago') and is counted back from that clock. Card: headline, standfirst, credit line, relative time. Credit 'AFP' / 'AP' / 'Reuters' is kept as author; 'Callum Brierley, NCA NewsWire' gives the name. Two off-beat wire items (Nepal floods, Balkan heat).",
  not_entries=["'Skip to content'", "header strip with weather and clock (the anchor for the relative times)", "masthead, Subscribe / Log in, navigation",
               "section heading 'World' (page title)", "'Advertisement' and newsletter sign-up after the third card", "'Load more'",
               "'Trending in Tasmania' with two local headlines", "footer"],
  entries=[
  E("2026-07-09 21:28", "Putin says Russia will 'finish the job' if talks fail",
    ["Vladimir Putin has told his Security Council that Russia will keep fighting until its goals in Ukraine are met if the negotiations brokered by Washington break down."],
    "diplomacy", "diplomacy", 3, "putin-security-council-remarks-2026-07-09", a="AFP", byline="AFP"),
  OFF("2026-07-09 20:40", "Monsoon floods cut off villages in Nepal",
      ["Landslides and floods triggered by days of heavy monsoon rain have cut road links to dozens of villages in western Nepal, officials say."],
      "nepal-monsoon-floods-2026-07-09", a="AP", byline="AP", n="monsoon floods"),
  E("2026-07-09 18:40", "Drone strike on bus kills four in Kherson",
    ["A Russian drone struck a passenger bus in Kherson on Thursday morning, killing four people and injuring nine, the regional governor said."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2026-07-09", a="Reuters", byline="Reuters"),
  E("2026-07-09 16:40", "Japan sends generators and demining kit to Kyiv",
    ["Japan will give Ukraine another batch of generators, demining equipment and mobile water-treatment units, its foreign ministry said."],
    "aid", "aid", 2, "japan-non-lethal-aid-ukraine-2026-07-09", a="AFP", byline="AFP"),
  OFF("2026-07-09 13:40", "Balkan power grids strain in record heat",
      ["Power grids across the western Balkans struggled to cope as temperatures above 40C pushed demand for air-conditioning to record levels."],
      "balkans-heatwave-power-2026-07-09", a="Reuters", byline="Reuters", n="weather/energy"),
  E("2026-07-09 10:40", "Russia hits Ukrainian gas fields in Poltava region",
    ["Russian missiles and drones have struck natural gas production sites in Ukraine's Poltava region, state energy company Naftogaz says, in the latest attack on the country's fuel supply ahead of winter."],
    "strikes", "strikes", 2, "poltava-gas-production-strike-2026-07-09", a="Callum Brierley", byline="Callum Brierley, NCA NewsWire"),
  ]))

# ---------------------------------------------------------------- 12106 Birmingham Mail
SEEDS.append(dict(
  id="12106", name="12106_birminghammail-live", ext="html", source="Birmingham Mail", zone="Europe/London", render=r_birmingham,
  title="Russia Ukraine war LIVE: Sumy attack kills six as Starmer chairs allies' call",
  url="https://www.birminghammail.co.uk/news/uk-world-news/russia-ukraine-war-live-sumy-31554210", published="2026-07-17 08:55",
  byline="Kieran Boyce", role="Senior Reporter",
  lede="Live updates as Russia strikes the northern city of Sumy and European leaders discuss a force to back any ceasefire",
  basis="visible '{s}' above the post headline (UK time, BST = UTC+1, no zone printed); the day is printed only in the header '08:55, 17 JUL 2026' / 'Updated 18:50, 17 JUL 2026'; the LiveBlogPosting JSON-LD gives the same instant (+01:00); local {d} in {z}",
  notes="Imitates a Reach plc live blog on BirminghamLive (birminghammail.co.uk), HTML. Newest first. Header 'By Kieran Boyce Senior Reporter', '08:55, 17 JUL 2026', 'Updated 18:50, 17 JUL 2026'; each post: '18:50' (no zone, UK time) above the h3, author name under it. LiveBlogPosting JSON-LD with per-update datePublished (+01:00) and author. Video placeholder text ('Video Loading', 'Video Unavailable', 'Click to play', 'Tap to play') in the Watch post, which has no text (12106-02). The overnight nationwide raid (12106-07) and the daytime Sumy attack (12106-02/04/06) are different events.",
  not_entries=["masthead and navigation", "breadcrumbs", "page title", "sub-header", "byline 'By Kieran Boyce Senior Reporter'",
               "time info '08:55, 17 JUL 2026' / 'Updated 18:50, 17 JUL 2026'", "share / comments count (24)", "video player placeholder text",
               "newsletter sign-up box after the second post", "comments section", "'More On' topic links", "footer"],
  entries=[
  E("2026-07-17 18:50", "Starmer chairs coalition of the willing call",
    ["Sir Keir Starmer has chaired a video call of the so-called coalition of the willing, with leaders discussing how a European reassurance force could be deployed if a ceasefire is agreed.",
     "Downing Street said more than 30 countries took part, including Ukraine's President Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, "coalition-of-willing-call-2026-07-17", a="Kieran Boyce"),
  E("2026-07-17 17:35", "Watch: Moment drone hits Sumy tower block", [], "strikes", "strikes", 1, "sumy-drone-missile-attack-2026-07-17",
    a="Laura Pennington", n="video teaser, no text body"),
  E("2026-07-17 16:20", "Ukrainian families in Birmingham face visa uncertainty",
    ["Hundreds of Ukrainian families who fled to Birmingham after the invasion are still waiting to hear whether they can stay beyond next year, charities in the city have warned.",
     "Support groups say many are struggling to sign tenancy agreements or job contracts because their permission to stay runs out in 2027."],
    "other", "humanitarian", 2, "birmingham-ukrainian-families-visa-uncertainty-2026-07-17", a="Laura Pennington"),
  E("2026-07-17 15:10", "Sumy death toll rises to six",
    ["Six people are now known to have died after this morning's Russian drone and missile attack on Sumy, according to the city's military administration.",
     "Another 38 were injured, including five children."],
    "strikes", "strikes", 3, "sumy-drone-missile-attack-2026-07-17", a="Kieran Boyce"),
  E("2026-07-17 13:45", "UK sanctions Russian oil traders and tankers",
    ["The Foreign Office has sanctioned 14 companies and nine tankers it says help Russia move oil around the western price cap.",
     "Ministers said the measures target the shipping firms that keep Moscow's war chest topped up."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-russian-oil-traders-2026-07-17", a="Laura Pennington"),
  E("2026-07-17 11:30", "Russian attack on Sumy kills at least three",
    ["A Russian attack on the northern Ukrainian city of Sumy has killed at least three people and damaged a high-rise block, local officials said.",
     "The strike hit shortly after 10am local time, when many residents were on their way to work."],
    "strikes", "strikes", 3, "sumy-drone-missile-attack-2026-07-17", a="Kieran Boyce"),
  E("2026-07-17 09:05", "Ukraine says it downed 90 of 120 drones overnight",
    ["Ukraine's air force says Russia launched 120 drones overnight, mostly at the Kharkiv and Dnipropetrovsk regions, and that 90 were shot down or jammed.",
     "No deaths were reported from the night's attacks."],
    "strikes", "strikes", 2, "overnight-drone-raid-2026-07-17", a="Kieran Boyce"),
  ]))

# ---------------------------------------------------------------- 12107 Waikato Times
SEEDS.append(dict(
  id="12107", name="12107_waikatotimes-timeline", ext="txt", source="Waikato Times", zone="Pacific/Auckland", render=r_waikato,
  title="Ukraine war: Khmelnytskyi counts the cost of another night of strikes", published="2026-07-25 16:02", byline="Anya Kowhai",
  lede="What we know so far, updated through the evening.",
  caption="Firefighters at a damaged industrial site in Khmelnytskyi, western Ukraine. Photo: Supplied",
  basis="timeline stamp '{s}' (zone printed: NZT = NZST, UTC+12) on the day of the page line '16:02, Jul 25 2026'; oldest first; local {d} in {z}",
  notes="Imitates a Stuff masthead (waikatotimes.co.nz) timeline article copied as text. One page byline ('Anya Kowhai', used as every update's author) and page time '16:02, Jul 25 2026'. Oldest first; every update is a stamp line '4.10pm NZT' followed by text: NO headlines (headline null). The NZ evening of July 25 is the European morning: all updates are 2026-07-25 in UTC (04:10-11:20Z). The Khmelnytskyi attack is told in three updates; the prisoner-list statement and the Kremlin's reply share a story.",
  not_entries=["'Skip to main content', masthead, Subscribe / Log in, navigation", "section label 'WORLD'", "page title", "standfirst 'What we know so far...'",
               "byline and page time '16:02, Jul 25 2026'", "'Share' / 'Copy link'", "photo caption", "'Advertisement' and 'Read more:' link after the fourth update",
               "membership appeal", "footer"],
  entries=[
  E("2026-07-25 16:10", None,
    ["Ukraine's air force says Russia launched 86 drones and three missiles overnight, with the heaviest damage in the western Khmelnytskyi region, where one person was killed."],
    "strikes", "strikes", 3, "khmelnytskyi-overnight-attack-2026-07-25", a="Anya Kowhai"),
  E("2026-07-25 17:25", None,
    ["Regional officials in Khmelnytskyi say the attack set fire to an industrial site on the city's edge and killed a night-shift worker.",
     "Four more people were taken to hospital with burns and cuts."],
    "strikes", "strikes", 3, "khmelnytskyi-overnight-attack-2026-07-25", a="Anya Kowhai"),
  E("2026-07-25 18:40", None,
    ["Russia's defence ministry says its air defences shot down 41 Ukrainian drones over border regions and the Black Sea during the night."],
    "strikes", "strikes", 2, "russia-says-downed-41-drones-2026-07-25", a="Anya Kowhai"),
  E("2026-07-25 19:55", None,
    ["Foreign Minister Winston Peters says New Zealand will put a further $5 million into a NATO-run trust fund that buys fuel, medical supplies and other non-lethal equipment for Ukraine's armed forces."],
    "aid", "aid", 2, "nz-contribution-nato-ukraine-fund-2026-07-25", a="Anya Kowhai"),
  E("2026-07-25 21:15", None,
    ["President Volodymyr Zelensky says Ukraine is ready for another round of prisoner exchanges and has handed Turkish mediators a list of 1,000 names."],
    "diplomacy", "diplomacy", 2, "zelensky-prisoner-list-2026-07-25", a="Anya Kowhai"),
  E("2026-07-25 22:30", None,
    ["The Kremlin says it has not received any such list and accuses Kyiv of playing to the media."],
    "diplomacy", "diplomacy", 2, "zelensky-prisoner-list-2026-07-25", a="Anya Kowhai"),
  E("2026-07-25 23:20", None,
    ["Power has been restored to most of Khmelnytskyi after the overnight attack, the regional energy company says."],
    "strikes", "strikes", 3, "khmelnytskyi-overnight-attack-2026-07-25", a="Anya Kowhai"),
  ]))

# ---------------------------------------------------------------- 12108 The Press
SEEDS.append(dict(
  id="12108", name="12108_thepress-world", ext="txt", source="The Press", zone="Pacific/Auckland", render=r_press,
  title="World",
  basis="card stamp '{s}' (24-hour clock with date, NZ time: NZST = UTC+12, no zone printed); local {d} in {z}",
  notes="Imitates the World section of a Stuff masthead site (thepress.co.nz) copied as text. Newest first. Card: headline, standfirst, credit line ('Reuters' / 'AP', kept as author), stamp '09:30, Aug 02 2026' (no zone; NZST). The cards run from the NZ afternoon of Aug 1 past local midnight to the morning of Aug 2, all 2026-08-01 in UTC (01:30-21:30Z). Two off-beat wire items (Beijing rain, Bangladesh ferry).",
  not_entries=["'Skip to main content', masthead, Subscribe / Log in, navigation", "section heading 'World' (page title)",
               "'Advertisement' and 'The Press Daily' newsletter promo after the third card", "'More stories'", "membership appeal", "footer"],
  entries=[
  E("2026-08-02 09:30", "Zaporizhzhia nuclear plant loses outside power again, IAEA says",
    ["The Zaporizhzhia nuclear power plant in Russian-occupied southern Ukraine lost its last external power line for several hours and had to run on diesel generators, the International Atomic Energy Agency said."],
    "other", "security", 2, "zaporizhzhia-npp-power-loss-2026-08-01", a="Reuters", byline="Reuters", sec=["strikes"]),
  OFF("2026-08-02 06:10", "Heavy rain floods Beijing's outer districts",
      ["Torrential rain flooded low-lying roads and villages on the outskirts of Beijing, and authorities moved thousands of people to shelters, state media reported."],
      "beijing-floods-2026-08-01", a="Reuters", byline="Reuters", n="weather"),
  E("2026-08-02 01:45", "Zelensky and Erdogan discuss Black Sea shipping in Istanbul",
    ["Ukrainian President Volodymyr Zelensky held talks with Turkish President Recep Tayyip Erdogan in Istanbul on Saturday about protecting merchant shipping in the Black Sea and the next steps toward a ceasefire."],
    "diplomacy", "diplomacy", 3, "zelensky-erdogan-istanbul-talks-2026-08-01", a="AP", byline="AP"),
  E("2026-08-01 22:20", "Russian strike on Zaporizhzhia city kills two",
    ["Russian guided bombs hit an industrial district of Zaporizhzhia on Saturday, killing two people and damaging a power substation, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-city-glide-bombs-2026-08-01", a="Reuters", byline="Reuters"),
  OFF("2026-08-01 18:05", "Dozens missing after ferry capsizes in Bangladesh",
      ["A crowded river ferry capsized in a storm in southern Bangladesh, leaving dozens of passengers missing, police and fire officials said."],
      "bangladesh-ferry-capsize-2026-08-01", a="AP", byline="AP", n="accident"),
  E("2026-08-01 13:30", "Kremlin calls talks with US envoy 'constructive'",
    ["The Kremlin said talks in Moscow on Friday between Vladimir Putin and US special envoy Steve Witkoff had been constructive, but that no date had been set for a meeting of the two presidents."],
    "diplomacy", "diplomacy", 2, "witkoff-moscow-visit-2026-07-31", a="Reuters", byline="Reuters"),
  ]))

# ---------------------------------------------------------------- 12109 Otago Daily Times
SEEDS.append(dict(
  id="12109", name="12109_odt-worldrss", ext="xml", source="Otago Daily Times", zone="Pacific/Auckland", render=r_odt,
  title="World | Otago Daily Times Online News", url="https://www.odt.co.nz/news/world/rss",
  basis="RSS pubDate '{s}' (explicit +1200 = NZST); local {d} in {z}",
  notes="Imitates the Drupal RSS 2.0 feed of ODT's World section. Newest first; pubDate with +1200 (NZST); dc:creator is the wire service, kept as author; description is the teaser as ESCAPED HTML (&lt;p&gt;..., apostrophes as &#039;), no CDATA. Items run from the NZ afternoon of Aug 8 to the morning of Aug 9, all 2026-08-08 in UTC. Two off-beat items (Chile quake, southern France water limits).",
  not_entries=["channel title/link/description/language/atom:link", "item link and guid ('NNN at https://www.odt.co.nz')"],
  entries=[
  E("2026-08-09 09:40", "Ukrainian drones hit Russian oil terminal at Primorsk",
    ["Ukrainian drones struck the Baltic oil export terminal at Primorsk overnight and started a fire at a storage tank, the governor of Russia's Leningrad region said."],
    "strikes", "strikes", 2, "primorsk-terminal-drone-strike-2026-08-08", a="Reuters", a_print="Reuters"),
  OFF("2026-08-09 06:15", "Strong earthquake shakes central Chile",
      ["A magnitude 6.6 earthquake shook central Chile, knocking out power in parts of Valparaiso and sending residents into the streets, but there were no early reports of serious damage."],
      "chile-earthquake-2026-08-08", a="AP", a_print="AP", n="earthquake"),
  E("2026-08-09 01:50", "Russian missile attack on Mykolaiv kills three",
    ["Three people were killed and 11 wounded when Russian missiles hit a residential area of the southern Ukrainian city of Mykolaiv, the regional governor said.",
     "A school and several apartment buildings were damaged."],
    "strikes", "strikes", 3, "mykolaiv-missile-attack-2026-08-08", a="AFP", a_print="AFP"),
  E("2026-08-08 21:05", "EU pays out 4 billion euros to Ukraine",
    ["The European Commission said it had paid Ukraine a further 4 billion euros from its multi-year support facility, money Kyiv uses to keep paying pensions and public-sector wages."],
    "aid", "aid", 3, "eu-ukraine-facility-payment-2026-08-08", a="Reuters", a_print="Reuters"),
  OFF("2026-08-08 16:40", "Drought brings water limits to southern France",
      ["More than 40 districts in southern France imposed limits on water use after one of the driest summers on record, banning garden watering and car washing."],
      "france-drought-water-limits-2026-08-08", a="AFP", a_print="AFP", n="drought"),
  E("2026-08-08 12:30", "Ukraine and Russia swap bodies of fallen soldiers",
    ["Ukraine received the bodies of 1,000 soldiers from Russia and handed back 24 in the latest repatriation agreed at talks in Istanbul, Ukrainian officials said."],
    "diplomacy", "diplomacy", 2, "war-dead-repatriation-2026-08-08", a="AP", a_print="AP"),
  ]))

# ================================================================ Part B day 1: 2026-07-13
KREM = "kremenchuk-missile-strike-2026-07-13"
IRIS = "germany-iris-t-pledge-2026-07-13"
EUSANC = "eu-foreign-ministers-sanctions-2026-07-13"
IRIS_H = "Germany to send two more IRIS-T systems, Pistorius says"
IRIS_P = ["Germany will deliver two more IRIS-T air defence systems to Ukraine before the end of the year, Defence Minister Boris Pistorius said on Monday during a visit to a training range in Saxony.",
          "He said Berlin would also pay for several hundred extra missiles for the systems already in Ukraine, without giving a figure.",
          "Ukraine’s air force has credited the German launchers with some of its best interception rates against cruise missiles."]

SEEDS.append(dict(
  id="12120", name="12120_fenwarden-textlive", ext="txt", source="Fenwarden Chronicle", zone="Europe/Kyiv", render=r_fenwarden,
  title="Ukraine live: Kremenchuk bus station strike kills nine", dateline="Monday 13 July 2026 · Kyiv",
  lede="A Russian ballistic missile has hit a bus station in the central city of Kremenchuk during the morning rush. Follow our live coverage.",
  basis="stamp '{s}' (EEST = Kyiv summer time, UTC+3, printed on the stamp) on the date line 'Monday 13 July 2026'; local {d} in {z}",
  notes="Invented outlet (Kyiv-based, English). Text live blog, newest first; 'Key Points' block listing three post headlines (key_point true for those); stamp line '21:40 EEST' before each headline; '— NAME' signature after the body (author). 12120-05 is a 'Watch:' video post without text (author none). 12120-03 is a theme piece (explainer on the ballistic-missile threat to central Ukraine) that mentions Kremenchuk but is its own story. 12120-07 (drone attack on a gas site in the same Poltava region, overnight) must not merge with the Kremenchuk strike. Kremenchuk toll on this page: six, then nine.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "date line", "standfirst", "'Key Points' header and its three bullet lines (they repeat post headlines)",
               "'Latest' label", "'[Video 0:48]' placeholder", "supporter appeal after the third post", "'Show earlier posts'", "footer"],
  entries=[
  E("2026-07-13 21:40", "Kremenchuk death toll rises to nine as search ends",
    ["Rescuers have finished searching the ruins of Kremenchuk’s bus station, where the death toll from this morning’s missile strike has risen to nine, the State Emergency Service said.",
     "Tuesday will be a day of mourning in the city, the council announced."],
    "strikes", "strikes", 3, KREM, a="Marta Siryk", kp=True, n="toll 9"),
  E("2026-07-13 19:05", "EU ministers back work on new sanctions package",
    ["European Union foreign ministers meeting in Brussels agreed to start drafting a new package of sanctions against Russia, aimed at its shadow fleet of oil tankers and at banks in third countries, the bloc’s foreign policy chief Kaja Kallas said.",
     "Hungary and Slovakia said they would study the proposals before taking a position."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Ostap Kravets", kp=True),
  E("2026-07-13 16:30", "Explainer: Why central Ukraine keeps getting hit by ballistic missiles",
    ["Monday’s strike on Kremenchuk is the latest reminder that cities in central Ukraine sit well within reach of Russia’s ballistic missiles.",
     "An Iskander fired from Russian territory can reach the cities on the Dnipro river in a few minutes, leaving little time for sirens to sound.",
     "Only Patriot and, to a lesser extent, SAMP/T batteries can reliably stop such missiles, and Ukraine has too few of them to protect more than a handful of cities."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-threat-central-ukraine", a="Ostap Kravets", sec=["aid"],
    n="theme piece (explainer); mentions Kremenchuk but is its own story: must not merge with the Kremenchuk strike"),
  E("2026-07-13 14:15", IRIS_H, IRIS_P, "aid", "aid", 3, IRIS, a="Marta Siryk", kp=True),
  E("2026-07-13 12:20", "Watch: Rescuers dig through Kremenchuk bus station rubble", [], "strikes", "strikes", 1, KREM, n="teaser without body"),
  E("2026-07-13 10:50", "Missile strike on Kremenchuk bus station kills six",
    ["At least six people were killed when a Russian ballistic missile hit Kremenchuk’s central bus station during the morning rush, the head of the Poltava regional military administration said.",
     "Twenty-four people were injured, four of them seriously. Emergency crews are still at the site."],
    "strikes", "strikes", 3, KREM, a="Marta Siryk", n="toll 6"),
  E("2026-07-13 07:05", "Overnight drone attack damages gas facility in Poltava region",
    ["Russian drones hit a gas processing facility in the Poltava region overnight, starting a fire that was put out by morning, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "poltava-region-gas-site-drone-attack-2026-07-13", a="Ostap Kravets",
    n="same region as Kremenchuk, different (night, drone) strike: must not merge with the Kremenchuk strike"),
  ]))

SEEDS.append(dict(
  id="12121", name="12121_glimmerton-htmllive", ext="html", source="Glimmerton Post", zone="Europe/Berlin", render=r_glimmerton,
  title="Ukraine ticker: missile hits Kremenchug bus station", url="https://glimmerton-post.example/ukraine/ticker-2026-07-13",
  dateline="Monday, 13 July 2026", lede="The latest on Russia’s war against Ukraine, in chronological order.",
  basis="visible '{s}' in <time datetime> (CEST = UTC+2, printed) on the date line 'Monday, 13 July 2026'; the JSON-LD update carries the same instant; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML live ticker, OLDEST first; LiveBlogPosting JSON-LD with one BlogPosting per update (own datePublished +02:00, author). Visible '08:05 CEST' in <time datetime>; author line under the h2. Spells the city 'Kremenchug'. 12121-06 repeats 12121-04 nearly verbatim (duplicate_of 12121-04). Nikopol shelling (12121-02) is another deadly strike the same morning: must not merge with Kremenchug. Kremenchug toll on this page: three.",
  not_entries=["brand and navigation", "page title", "date line", "intro", "newsletter promo after the third entry", "footer"],
  entries=[
  E("2026-07-13 08:05", "Russian missile hits bus station in Kremenchug",
    ["A Russian missile struck the bus station in the central Ukrainian city of Kremenchug on Monday morning, killing at least three people, regional officials said.",
     "Several buses caught fire, and rescuers were searching a collapsed waiting hall."],
    "strikes", "strikes", 3, KREM, a="Lene Schilling", n="spelling 'Kremenchug'; toll 3"),
  E("2026-07-13 09:40", "Shelling kills woman in Nikopol",
    ["Russian artillery fire from across the Dnipro river killed a 61-year-old woman in Nikopol on Monday morning, the Dnipropetrovsk regional governor said."],
    "strikes", "strikes", 3, "nikopol-shelling-2026-07-13", a="Matthias Oderwald", n="another deadly strike, other city: must not merge with the Kremenchuk strike"),
  E("2026-07-13 11:15", "Zelensky: Kremenchug strike was deliberate",
    ["President Volodymyr Zelensky said Russia had deliberately aimed at a civilian transport hub in Kremenchug and urged allies to deliver the air defence systems they have promised without delay."],
    "strikes", "strikes", 3, KREM, a="Lene Schilling", sec=["aid"], n="reaction whose content is the strike itself"),
  E("2026-07-13 13:00", "Berlin pledges more IRIS-T air defence for Kyiv",
    ["Defence Minister Boris Pistorius has promised Ukraine two more IRIS-T SLM fire units this year, along with a fresh stock of interceptor missiles.",
     "The announcement came hours after the strike on Kremenchug."],
    "aid", "aid", 3, IRIS, a="Matthias Oderwald"),
  E("2026-07-13 15:45", "Russia claims capture of village in Dnipropetrovsk region",
    ["Russia’s defence ministry said its forces had taken control of a village in Ukraine’s Dnipropetrovsk region, near its boundary with the Donetsk region. Kyiv did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-village-2026-07-13", a="Matthias Oderwald"),
  E("2026-07-13 16:20", "Berlin pledges more IRIS-T air defence for Kyiv",
    ["Defence Minister Boris Pistorius has promised Ukraine two more IRIS-T SLM fire units this year, along with fresh stocks of interceptor missiles.",
     "The announcement came hours after the strike on Kremenchug."],
    "aid", "aid", 1, IRIS, a="Matthias Oderwald", dup="12121-04", n="near-verbatim repeat of 12121-04"),
  E("2026-07-13 19:30", "EU foreign ministers target Russia’s shadow fleet",
    ["Meeting in Brussels, EU foreign ministers asked the Commission to prepare further sanctions on tankers carrying Russian oil and on foreign banks that help Moscow get around existing restrictions."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Lene Schilling"),
  ]))

SEEDS.append(dict(
  id="12122", name="12122_harrowfield-worldrss", ext="xml", source="Harrowfield World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Harrowfield World Service – World news", url="https://harrowfield-world.example", guid="hws-20260713",
  lede="Top world stories from the Harrowfield World Service",
  basis="RSS pubDate '{s}' (explicit GMT); {d} {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, no dc:creator (author null). The war is a minority: 4 of 6 items are off-beat (Mexico storm, China floods, World Cup heat breaks, Marseille wildfire). Kremenchuk toll here: eight.",
  not_entries=["channel title/link/description/language/ttl", "item link, guid and category elements"],
  entries=[
  OFF("2026-07-13 20:55", "Tropical storm strengthens off Mexico’s Pacific coast",
      ["A tropical storm off Mexico’s southern Pacific coast gained strength on Monday and could reach hurricane force before making landfall near Acapulco, forecasters said."],
      "mexico-pacific-tropical-storm-2026-07-13", n="weather"),
  E("2026-07-13 18:10", "Kremenchuk missile strike toll climbs to eight",
    ["Eight people have died in Monday’s Russian missile strike on a bus station in the Ukrainian city of Kremenchuk, local officials said, after a woman died of her injuries in hospital."],
    "strikes", "strikes", 3, KREM, n="toll 8"),
  OFF("2026-07-13 15:30", "Floods displace thousands in southern China",
      ["Days of torrential rain in China’s Guangxi region forced more than 20,000 people from their homes, state media reported."],
      "guangxi-floods-2026-07-13", n="weather"),
  E("2026-07-13 12:45", "EU weighs fresh sanctions on Russia as ministers meet",
    ["Foreign ministers of the 27 EU states gathered in Brussels to discuss new measures against Russia, with several governments pushing for tighter curbs on the tankers Moscow uses to export its oil."],
    "diplomacy", "diplomacy", 3, EUSANC),
  OFF("2026-07-13 09:20", "World Cup organisers add cooling breaks as heat concerns grow",
      ["FIFA said it would lengthen mandatory cooling breaks for the remaining World Cup matches after players’ unions complained about afternoon kick-offs in extreme heat."],
      "world-cup-cooling-breaks-2026-07-13", n="sport"),
  OFF("2026-07-13 06:00", "Wildfire forces evacuations near Marseille",
      ["Several hundred residents were evacuated from neighbourhoods on the northern edge of Marseille overnight as a wildfire driven by strong winds burned through scrubland."],
      "marseille-wildfire-2026-07-13", n="wildfire"),
  ]))

SEEDS.append(dict(
  id="12123", name="12123_quillonby-article", ext="txt", source="Quillonby Review", zone="Europe/Warsaw", render=r_quillonby,
  title="Kremenchuk strike, German air defence and a new protest at the border", byline="Agnieszka Wolna-Berg",
  dateline="Monday, 13 July 2026, 18:30 CEST",
  lede="Our evening briefing on the war next door and what it means for Poland.",
  basis="no per-section time: the article's dateline 'Monday, 13 July 2026, 18:30 CEST' (UTC+2) dates every section; local {d} in {z}",
  notes="Invented outlet (Poland, English). Text article, one entry per section heading (headline = heading), stamp null, published = the dateline time 18:30 CEST (16:30 UTC). Page byline used as every section's author. Kremenchuk toll here: seven. The IRIS-T section is about the same pledge as 12120-04 / 12121-04. The Polish jets section is about the overnight attack on western Ukraine, not Kremenchuk.",
  not_entries=["outlet name and breadcrumb", "page title", "standfirst", "byline", "dateline", "share/print/listen line",
               "'READ ALSO: ...' related link after the second section", "closing briefing note", "copyright"],
  entries=[
  E("2026-07-13 18:30", "Kremenchuk: a bus station at rush hour",
    ["Seven people are now known to have died after a Russian missile hit the central bus station in Kremenchuk, an industrial city on the Dnipro river, on Monday morning.",
     "Poland’s foreign ministry condemned the attack and said two Polish citizens were among the injured.",
     "Ukrainian officials said the weapon was a ballistic Iskander, which leaves air defences only minutes to react."],
    "strikes", "strikes", 3, KREM, a="Agnieszka Wolna-Berg", n="toll 7"),
  E("2026-07-13 18:30", "Polish jets scrambled overnight",
    ["Polish and allied aircraft were scrambled in the early hours of Monday as Russian drones and missiles flew towards targets in western Ukraine, Poland’s operational command said.",
     "Ground-based air defences in the south-east were put on the highest alert, and airports in Rzeszów and Lublin briefly halted flights."],
    "other", "security", 2, "poland-scrambles-jets-2026-07-13", a="Agnieszka Wolna-Berg"),
  E("2026-07-13 18:30", "Germany’s air defence promise",
    ["Boris Pistorius’s pledge of two more IRIS-T systems was welcomed in Warsaw, where officials have long argued that air defences in western Ukraine also shield Poland’s border regions.",
     "The German minister did not say where the new units would be deployed."],
    "aid", "aid", 3, IRIS, a="Agnieszka Wolna-Berg"),
  E("2026-07-13 18:30", "Farmers return to the border",
    ["Polish farmers resumed a protest at the Dorohusk crossing on Monday, demanding tighter limits on imports of Ukrainian grain and sugar under the EU’s new trade arrangement with Kyiv.",
     "Lorries queued for more than 20 kilometres on the Ukrainian side by the evening."],
    "other", "politics", 2, "polish-farmers-border-protest-2026-07-13", a="Agnieszka Wolna-Berg"),
  ]))

# ================================================================ Part B day 2: 2026-07-14
RIVNE = "rivne-drone-missile-attack-2026-07-14"
PURL = "us-patriot-sale-european-funded-2026-07-14"

SEEDS.append(dict(
  id="12130", name="12130_lorncastle-atom", ext="xml", source="Lorncastle Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Lorncastle Dispatch — Ukraine", url="https://lorncastle-dispatch.example/ukraine",
  lede="Reports from our correspondents and partner newsrooms",
  basis="Atom <published> '{s}' (explicit +03:00 = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +03:00, <author><name> (author). 12130-04 re-publishes VERBATIM (same headline and text) the Fenwarden Chronicle post 12120-04 of the previous day (IRIS-T pledge), syndicated under its original author: a re-post of day-1, importance 1, same story slug; duplicate_of stays null (it is defined within one seed). 12130-05 (drone on a rail depot in Zdolbuniv, Rivne region, in the morning) must not merge with the overnight Rivne city attack. Rivne toll here: two, then seven.",
  not_entries=["feed title/subtitle/id/links/updated", "entry id and link elements"],
  entries=[
  E("2026-07-14 23:10", "Rivne toll climbs to seven as city declares mourning",
    ["A seventh victim of the overnight strike on Rivne died in hospital on Tuesday evening, and the city declared Wednesday a day of mourning, the mayor said."],
    "strikes", "strikes", 3, RIVNE, a="Yevhen Dorosh", n="toll 7"),
  E("2026-07-14 19:45", "Washington clears Patriot missile sale paid for by European allies",
    ["The US State Department approved the sale of Patriot interceptor missiles worth about $1.1 billion for Ukraine, to be paid for by Germany, the Netherlands and the Nordic countries under NATO’s joint purchasing scheme.",
     "Ukraine’s defence minister said the first missiles could arrive within weeks."],
    "aid", "aid", 3, PURL, a="Halyna Verbytska"),
  E("2026-07-14 15:20", "Kremenchuk mourns victims as toll reaches ten",
    ["Kremenchuk held a day of mourning on Tuesday for the victims of Monday’s missile strike on its bus station, as a tenth person died in hospital, regional officials said.",
     "Flags flew at half mast and the city’s schools cancelled their summer activities."],
    "strikes", "strikes", 3, KREM, a="Yevhen Dorosh", n="day-2 continuation of the day-1 Kremenchuk strike (new development: toll 10, mourning)"),
  E("2026-07-14 12:05", IRIS_H, IRIS_P, "aid", "aid", 1, IRIS, a="Marta Siryk",
    n="re-post of day-1 entry 12120-04 (verbatim syndication by another outlet); importance 1"),
  E("2026-07-14 09:40", "Drone hits railway depot near Rivne hours after overnight attack",
    ["A Russian drone struck a railway depot in Zdolbuniv, south of Rivne, on Tuesday morning, damaging two locomotives, Ukraine’s state railway said. No one was hurt."],
    "strikes", "strikes", 2, "zdolbuniv-rail-depot-drone-strike-2026-07-14", a="Halyna Verbytska",
    n="same region, separate morning strike: must not merge with the overnight Rivne city attack"),
  E("2026-07-14 06:15", "Russian drones and missiles hit Rivne overnight",
    ["Russia struck the western Ukrainian city of Rivne with drones and cruise missiles overnight, killing two people and setting a heating plant on fire, regional governor Oleksandr Koval said.",
     "Air raid sirens sounded across western Ukraine for more than three hours."],
    "strikes", "strikes", 3, RIVNE, a="Yevhen Dorosh", n="toll 2"),
  ]))

SEEDS.append(dict(
  id="12131", name="12131_drummelin-htmllive", ext="html", source="Drummelin Herald", zone="Europe/London", render=r_drummelin,
  title="Ukraine war live: deadly night strike on Rivne; US clears Patriot sale", dateline="Tuesday 14 July 2026",
  lede="Rolling coverage of the war in Ukraine. All times are UK time.",
  basis="visible '{s}' above the headline (UK time, BST = UTC+1; the standfirst says 'All times are UK time') on the date line 'Tuesday 14 July 2026'; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog WITHOUT JSON-LD, newest first; visible UK-style '9.40am' above each h3, date only in the date line; 'By NAME' under the headline. 12131-03 is a 'Photos:' gallery post without text. 12131-04 is a theme piece (analysis of Russia's strikes on western Ukraine) that mentions Rivne but is its own story. Belgorod (12131-06, a deadly Ukrainian drone strike on the other side) must not merge with Rivne. Rivne toll here: five.",
  not_entries=["cookie bar", "logo and navigation", "'LIVE' kicker", "page title", "date line", "standfirst", "gallery placeholder '1/12 Next image'",
               "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2026-07-14 21:30", "UK to fund Ukrainian-made interceptor drones",
    ["Defence Secretary John Healey said Britain would spend £150m on interceptor drones designed in Ukraine, with production to be expanded at factories in both countries."],
    "aid", "aid", 2, "uk-interceptor-drone-funding-2026-07-14", a="Callum Ferris"),
  E("2026-07-14 18:15", "US approves European-funded Patriot sale for Kyiv",
    ["Washington has signed off on a $1.1bn package of Patriot missiles for Ukraine that European Nato members will pay for, the largest purchase yet under the alliance’s Prioritised Ukraine Requirements List."],
    "aid", "aid", 3, PURL, a="Fiona Achterberg"),
  E("2026-07-14 14:50", "Photos: Rivne after the overnight attack", [], "strikes", "strikes", 1, RIVNE, n="teaser without body (photo gallery)"),
  E("2026-07-14 11:05", "Analysis: Why Russia is pushing its drone war west",
    ["The overnight strike on Rivne fits a pattern: since the spring, Russia has sent a growing share of its drones and missiles towards western Ukraine, far from the front.",
     "Military analysts say Moscow wants to stretch Ukraine’s air defences and hit the rail and power links through which western weapons arrive.",
     "Western cities also have fewer mobile fire teams than Kyiv or Kharkiv, which makes them easier targets for cheap decoy drones."],
    "strikes", "strikes", 2, "analysis-russian-strikes-western-ukraine", a="Fiona Achterberg",
    n="theme piece (analysis); mentions Rivne but is its own story: must not merge with the Rivne attack"),
  E("2026-07-14 08:40", "At least five dead in Rivne after overnight strike",
    ["The death toll from Russia’s overnight attack on Rivne has risen to five, with 19 people injured, Ukraine’s emergency services said on Tuesday morning.",
     "A nine-storey apartment block near the city’s heating plant was partly destroyed."],
    "strikes", "strikes", 3, RIVNE, a="Fiona Achterberg", n="toll 5"),
  E("2026-07-14 07:10", "Drone kills man in Belgorod border village, governor says",
    ["A Ukrainian drone struck a car in a village in Russia’s Belgorod region near the border, killing the driver, regional governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "belgorod-village-drone-death-2026-07-14", a="Callum Ferris",
    n="deadly strike on the other side of the border: must not merge with the Rivne attack"),
  ]))

SEEDS.append(dict(
  id="12132", name="12132_caskadell-textlive", ext="txt", source="Caskadell Evening Star", zone="America/Toronto", render=r_caskadell,
  title="Ukraine today: Rivne strike, Kremenchuk investigation, new Canadian sanctions", byline="By Dana Whitcombe",
  dateline="Tuesday, July 14, 2026", lede="Updates through the day on Russia's war in Ukraine and Canada's response.",
  basis="stamp '{s}' printed after the headline (EDT = UTC-4, printed) on the date line 'Tuesday, July 14, 2026'; local {d} in {z}",
  notes="Invented outlet (Ontario). Text live page, OLDEST first; each update is headline, then the stamp line '8:05 a.m. EDT' AFTER the headline, then the body. One page byline ('By Dana Whitcombe'; author 'Dana Whitcombe' for every update). 12132-01 gives the Russian spelling 'Rovno' (the Rivne attack, Moscow's claim about it). 12132-02 is the day-2 continuation of Kremenchuk (missile identified, toll 10); 12132-04 repeats it nearly verbatim (duplicate_of 12132-02). Rivne toll here: five (in 01), six (in 06).",
  not_entries=["outlet name and navigation", "page title", "byline", "date line", "standfirst", "'Updates (oldest first)'", "'ADVERTISEMENT' and newsletter promo after the fourth update",
               "'This page will be updated.'", "copyright"],
  entries=[
  E("2026-07-14 04:45", "Moscow says strikes on Rovno hit military targets",
    ["Russia's Defence Ministry said its overnight strikes on Rovno, as Russia calls the Ukrainian city of Rivne, had hit military-industrial sites and an energy plant serving the armed forces.",
     "Ukrainian officials said the missiles hit homes and a heating plant, and that five civilians had been killed."],
    "strikes", "strikes", 3, RIVNE, a="Dana Whitcombe", n="spelling 'Rovno'; Russian claim about the same attack"),
  E("2026-07-14 07:30", "Prosecutors say Iskander missile hit Kremenchuk bus station",
    ["Ukrainian prosecutors said Tuesday the missile that struck Kremenchuk's bus station on Monday was an Iskander-M fired from Russia's Kursk region, and that the death toll had risen to 10.",
     "Investigators have opened a war crimes case."],
    "strikes", "strikes", 3, KREM, a="Dana Whitcombe", n="day-2 continuation of the day-1 Kremenchuk strike (new development: missile identified, toll 10)"),
  E("2026-07-14 09:15", "Canada adds 20 names to Russia sanctions list",
    ["Ottawa imposed sanctions on 20 more people and entities it says are involved in deporting Ukrainian children to Russia, Foreign Affairs Minister Anita Anand announced Tuesday."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-child-deportations-2026-07-14", a="Dana Whitcombe"),
  E("2026-07-14 11:40", "Prosecutors say Iskander missile hit Kremenchuk bus station",
    ["Ukrainian prosecutors said Tuesday the missile that struck Kremenchuk's bus station on Monday was an Iskander-M fired from Russia's Kursk region and that the death toll had risen to 10.",
     "Investigators have opened a war crimes case."],
    "strikes", "strikes", 1, KREM, a="Dana Whitcombe", dup="12132-02", n="near-verbatim repeat of 12132-02"),
  E("2026-07-14 13:05", "Zelensky says Istanbul talks could resume next week",
    ["President Volodymyr Zelensky said Tuesday that Ukrainian and Russian delegations could meet again in Istanbul as early as next week to discuss prisoner exchanges and a possible halt to air strikes."],
    "diplomacy", "diplomacy", 3, "zelensky-istanbul-talks-next-week-2026-07-14", a="Dana Whitcombe"),
  E("2026-07-14 15:30", "Rivne toll rises to six",
    ["A sixth person has died after the Russian attack on Rivne, the regional governor said Tuesday afternoon, as rescuers finished clearing the damaged apartment block."],
    "strikes", "strikes", 3, RIVNE, a="Dana Whitcombe", n="toll 6"),
  E("2026-07-14 17:50", "Russian court jails man for 16 years over rail sabotage",
    ["A court in Russia's Novosibirsk region sentenced a 24-year-old man to 16 years in prison for setting fire to railway signalling equipment, which prosecutors said he did on the orders of Ukrainian intelligence."],
    "other", "security", 2, "novosibirsk-rail-sabotage-sentence-2026-07-14", a="Dana Whitcombe"),
  ]))

SEEDS.append(dict(
  id="12133", name="12133_brinewater-worldrss", ext="xml", source="Brinewater Global", zone="Australia/Sydney", render=r_worldrss, rfc="num",
  title="Brinewater Global: World", url="https://brinewater-global.example", guid="bwg-20260714",
  lede="World news from the Brinewater Global newsroom",
  basis="RSS pubDate '{s}' (explicit +1000 = AEST); local {d} in {z}",
  notes="Invented outlet (Sydney). General world RSS 2.0 feed, newest first, pubDate with +1000, no dc:creator (author null). War is a minority: 4 of 6 items are off-beat (Sulawesi quake, Mediterranean heat, Punjab floods, Pacific leaders). Spells Kremenchuk 'Kremenchug' (day-2 continuation). Items run from the Sydney afternoon of July 14 to the morning of July 15, all 2026-07-14 in UTC.",
  not_entries=["channel title/link/description/language/ttl", "item link, guid and category elements"],
  entries=[
  OFF("2026-07-15 09:20", "Strong earthquake jolts Indonesia’s Sulawesi",
      ["A magnitude 6.4 earthquake struck off Indonesia’s Sulawesi island, damaging houses and sending residents running into the streets, the country’s geophysics agency said."],
      "sulawesi-earthquake-2026-07-14", n="earthquake"),
  OFF("2026-07-15 06:40", "Heat records fall across the Mediterranean",
      ["Weather stations in Sardinia, southern Greece and Cyprus recorded their highest July temperatures on record, meteorologists said, as a dome of hot air settled over the region."],
      "mediterranean-heat-records-2026-07-14", n="weather"),
  E("2026-07-15 02:05", "Kremenchug buries its dead as investigators name missile",
    ["Funerals began in the central Ukrainian city of Kremenchug for victims of Monday’s missile strike on a bus station, which killed ten people, and prosecutors said the weapon was a Russian Iskander-M."],
    "strikes", "strikes", 3, KREM, n="spelling 'Kremenchug'; day-2 continuation of the day-1 strike (funerals, missile named)"),
  OFF("2026-07-14 22:30", "Monsoon floods swamp Pakistan’s Punjab",
      ["Rivers burst their banks across Pakistan’s Punjab province after days of monsoon rain, flooding hundreds of villages and forcing the army to help evacuate residents."],
      "punjab-monsoon-floods-2026-07-14", n="weather"),
  E("2026-07-14 19:10", "Overnight Russian attack on Rivne kills five",
    ["Five people were killed and about 20 injured when Russian drones and missiles struck Rivne in western Ukraine overnight, officials said."],
    "strikes", "strikes", 3, RIVNE, n="toll 5"),
  OFF("2026-07-14 15:45", "Pacific leaders meet in Suva on climate finance",
      ["Leaders of Pacific island nations gathered in Fiji’s capital to press wealthy countries for faster payouts from funds meant to help them adapt to rising seas."],
      "pacific-leaders-climate-finance-2026-07-14", n="regional politics"),
  ]))

# ================================================================ Part B day 3: 2026-08-20
ODESA = "odesa-port-missile-strike-2026-08-20"
IZMAIL = "izmail-port-drone-attack-2026-08-20"
POW = "pow-exchange-205-2026-08-20"
KOST = "russia-claims-kostiantynivka-2026-08-20"

SEEDS.append(dict(
  id="12140", name="12140_heddlestone-htmllive", ext="html", source="Heddlestone Times", zone="Europe/London", render=r_heddlestone,
  title="Russia-Ukraine war live: Odesa port strike toll rises to eight; 410 prisoners swapped",
  url="https://heddlestone-times.example/world/live/2026/aug/20/russia-ukraine-war-live", published="2026-08-20 07:50",
  authors=["Harriet Quell", "Ben Okafor"], byline="Harriet Quell and Ben Okafor", dateline="Thu 20 Aug 2026",
  lede="Russian missiles hit the port district of Odesa; Moscow claims Kostiantynivka; prisoners of war come home.",
  basis="visible '{s}' in the block's <time> (BST = UTC+1, printed) under the page date 'Thu 20 Aug 2026'; the JSON-LD updates all carry the page's own datePublished (07:50) and are not per-entry times; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, newest first. JSON-LD LiveBlogPosting whose liveBlogUpdate items all carry the PAGE's headline and datePublished (2026-08-20T07:50:00+01:00): per-entry times and headlines come only from the visible blocks ('22.10 BST' in <time>, h2). Two-name page byline used as every entry's author. 12140-04 is a 'Pictured:' image block without text. Izmail (12140-06, overnight drones on the Danube port, same Odesa region) must not merge with the Odesa port missile strike. Odesa toll here: six, then eight.",
  not_entries=["masthead and navigation", "page title", "standfirst", "byline", "page date 'Thu 20 Aug 2026'", "block tools 'Share' / 'Updated at ...'",
               "image block of the Pictured post", "support appeal after the third block", "footer"],
  entries=[
  E("2026-08-20 22:10", "Odesa death toll rises to eight",
    ["An eighth person has died in hospital after this morning’s missile attack on Odesa’s port district, the city’s military administration said."],
    "strikes", "strikes", 3, ODESA, a="Harriet Quell and Ben Okafor", n="toll 8"),
  E("2026-08-20 19:45", "Prisoner swap: 205 Ukrainians come home",
    ["Buses carrying 205 freed Ukrainian soldiers reached a reception centre in the Chernihiv region on Thursday evening, hours after the latest prisoner exchange with Russia.",
     "Many had been captured in 2022 and 2023, Ukraine’s coordination headquarters said."],
    "diplomacy", "diplomacy", 3, POW, a="Harriet Quell and Ben Okafor"),
  E("2026-08-20 16:20", "Kremlin claims Kostiantynivka captured; Kyiv denies",
    ["The Kremlin has congratulated Russian troops on what it says is the capture of Kostiantynivka, but Ukraine’s military insists its units still hold positions in the north of the town.",
     "Independent analysts said Russian forces controlled much of the town but not all of it."],
    "other", "frontline", 3, KOST, a="Harriet Quell and Ben Okafor"),
  E("2026-08-20 13:05", "Pictured: Damage in Odesa’s port district", [], "strikes", "strikes", 1, ODESA,
    a="Harriet Quell and Ben Okafor", n="teaser without body (image only)"),
  E("2026-08-20 10:30", "Russian strike on Odesa port area kills at least six",
    ["At least six people have been killed in a Russian missile attack on the port area of Odesa, according to Ukraine’s emergency service, which raised the toll from three earlier this morning."],
    "strikes", "strikes", 3, ODESA, a="Harriet Quell and Ben Okafor", n="toll 6"),
  E("2026-08-20 08:15", "Danube port of Izmail hit by drones overnight",
    ["Ukraine’s Danube port of Izmail came under drone attack overnight, with fires breaking out at a grain terminal, officials said.",
     "Romania said it had scrambled fighter jets as a precaution."],
    "strikes", "strikes", 3, IZMAIL, a="Harriet Quell and Ben Okafor", n="same region, different strike: must not merge with the Odesa port strike"),
  ]))

SEEDS.append(dict(
  id="12141", name="12141_saltenby-textlive", ext="txt", source="Saltenby Courier", zone="Europe/Kyiv", render=r_saltenby,
  title="Ukraine live: missiles hit Odesa port; Russia claims Kostiantynivka", dateline="Thursday 20 August · all times Kyiv (EEST)",
  byline="Live team: Iryna Sokil and Dmytro Harasym", parse_args=["--date", "2026-08-20"],
  lede="A deadly strike on Odesa, a contested claim in Donetsk and a new prisoner exchange.",
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, named in the date line) on 'Thursday 20 August' (no year printed; parse_args gives 2026-08-20); local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first; date line 'Thursday 20 August · all times Kyiv (EEST)' with NO year anywhere on the page (parse_args --date 2026-08-20). Bare 'HH:MM' line before each headline. 'Key Points' block lists three headlines (key_point true). Page byline 'Live team: Iryna Sokil and Dmytro Harasym' gives author 'Iryna Sokil and Dmytro Harasym' for every post. 12141-04 is a theme piece (explainer on Russia's campaign against Ukrainian ports) that mentions the Odesa strike but is its own story. 12141-05 repeats 12141-02 nearly verbatim (duplicate_of 12141-02). Odesa toll here: three, then seven.",
  not_entries=["outlet name and breadcrumb", "page title", "date line", "byline 'Live team: ...'", "standfirst", "'Key Points' header and its three bullet lines",
               "subscription promo after the fourth post", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2026-08-20 06:40", "Drone attack sets grain warehouse on fire in Izmail",
    ["Russian drones attacked the Danube port of Izmail overnight, setting a grain warehouse on fire and damaging a berth, the Odesa regional administration said. No casualties were reported."],
    "strikes", "strikes", 3, IZMAIL, a="Iryna Sokil and Dmytro Harasym", n="same region, different strike: must not merge with the Odesa port strike"),
  E("2026-08-20 09:20", "Missile strike on Odesa port district kills three",
    ["Three people were killed when Russian missiles hit the port district of Odesa early on Thursday, regional governor Oleh Kiper said.",
     "Warehouses and an office building near the passenger terminal were damaged."],
    "strikes", "strikes", 3, ODESA, a="Iryna Sokil and Dmytro Harasym", n="toll 3"),
  E("2026-08-20 11:00", "Russia says it has taken Kostiantynivka",
    ["Russia’s defence ministry claimed its forces had captured Kostiantynivka, one of the last sizeable towns held by Ukraine in the Donetsk region. Ukraine’s general staff said fighting in the town was continuing."],
    "other", "frontline", 3, KOST, a="Iryna Sokil and Dmytro Harasym", kp=True),
  E("2026-08-20 12:45", "Explainer: Why Russia keeps aiming at Ukraine’s ports",
    ["Thursday’s strike on Odesa is part of a long campaign against the ports through which Ukraine ships most of its grain, steel and iron ore.",
     "Since Ukraine opened its own Black Sea shipping corridor, Russian missiles and drones have hit terminals, grain silos and ships in Odesa, Chornomorsk, Pivdennyi and the Danube ports.",
     "Each attack raises insurance costs for shipowners, which Kyiv says is part of the aim."],
    "strikes", "strikes", 2, "explainer-russian-strikes-on-ukrainian-ports", a="Iryna Sokil and Dmytro Harasym",
    n="theme piece (explainer); mentions Odesa but is its own story: must not merge with the Odesa port strike"),
  E("2026-08-20 14:30", "Missile strike on Odesa port district kills three",
    ["Three people were killed when Russian missiles hit the port district of Odesa early Thursday, regional governor Oleh Kiper said.",
     "Warehouses and an office building near the passenger terminal were damaged."],
    "strikes", "strikes", 1, ODESA, a="Iryna Sokil and Dmytro Harasym", dup="12141-02", n="near-verbatim repeat of 12141-02"),
  E("2026-08-20 17:10", "Odesa toll rises to seven; day of mourning declared",
    ["The number of dead from the morning strike on Odesa has risen to seven, and Friday has been declared a day of mourning, Governor Oleh Kiper said."],
    "strikes", "strikes", 3, ODESA, a="Iryna Sokil and Dmytro Harasym", kp=True, n="toll 7"),
  E("2026-08-20 20:25", "Ukraine and Russia swap 205 prisoners each",
    ["Ukraine and Russia exchanged 205 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates and Turkey, President Volodymyr Zelensky said."],
    "diplomacy", "diplomacy", 3, POW, a="Iryna Sokil and Dmytro Harasym", kp=True),
  ]))

SEEDS.append(dict(
  id="12142", name="12142_eskerdale-worldatom", ext="xml", source="Eskerdale World", zone="UTC", render=r_atom, utc=True,
  title="Eskerdale World — latest", url="https://eskerdale-world.example", lede="The world's news, as it breaks",
  basis="Atom <published> '{s}' (explicit UTC, Z); {d} {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC (Z), <author><name> (author). War is a minority: 4 of 6 entries are off-beat (Italian air strike, Tokyo heat, locusts, Chile miners). Spells Odesa 'Odessa'; toll seven.",
  not_entries=["feed title/subtitle/id/links/updated", "entry id and link elements"],
  entries=[
  OFF("2026-08-20 22:30", "Airport strike grounds hundreds of flights in Italy",
      ["A 24-hour strike by air traffic controllers and ground staff forced Italian airports to cancel hundreds of flights at the height of the summer holiday season."],
      "italy-airport-strike-2026-08-20", a="Paola Ricciardi", n="labour/travel"),
  E("2026-08-20 18:20", "Russia and Ukraine exchange 410 prisoners of war",
    ["Russia and Ukraine freed 205 prisoners of war each on Thursday, Russia’s defence ministry said, in an exchange brokered by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, POW, a="Tomasz Wierzbicki"),
  OFF("2026-08-20 16:05", "Tokyo records its hottest August day",
      ["Temperatures in central Tokyo reached 39.8C, the highest August reading since records began, Japan’s weather agency said, as hospitals reported a surge in heatstroke cases."],
      "tokyo-record-heat-2026-08-20", a="Priya Raman", n="weather"),
  E("2026-08-20 14:00", "Russian missiles kill seven in Ukraine’s Odessa",
    ["Russian missiles struck port facilities in the Black Sea city of Odessa on Thursday, killing seven people and damaging a foreign-flagged cargo ship, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, a="Tomasz Wierzbicki", n="spelling 'Odessa'; toll 7"),
  OFF("2026-08-20 10:15", "Locust swarms threaten harvests in the Horn of Africa",
      ["The UN food agency warned that desert locust swarms breeding in Somalia and Ethiopia could damage crops across the region unless spraying is stepped up quickly."],
      "horn-of-africa-locusts-2026-08-20", a="Priya Raman", n="agriculture"),
  OFF("2026-08-20 06:50", "Rescuers reach trapped miners in northern Chile",
      ["Rescue teams in northern Chile reached five miners who had been trapped underground for two days after a tunnel collapsed at a copper mine, officials said."],
      "chile-trapped-miners-2026-08-20", a="Paola Ricciardi", n="accident"),
  ]))

SEEDS.append(dict(
  id="12143", name="12143_jesmondale-rss", ext="xml", source="Jesmondale Wire", zone="Europe/Istanbul", render=r_worldrss, rfc="num",
  title="Jesmondale Wire – Russia and Ukraine", url="https://jesmondale-wire.example", guid="jw-20260820",
  lede="Agency copy on the war from our Istanbul desk",
  basis="RSS pubDate '{s}' (explicit +0300 = Turkey time); local {d} in {z}",
  notes="Invented outlet (news agency, Istanbul). RSS 2.0, newest first, pubDate with +0300, dc:creator per item (author). The mediators' statement (12143-01) is about the same exchange as the other pages' prisoner swap; Erdogan's offer to host a leaders' meeting (12143-02) is a different event on the same theme and must not merge with it. Russia's claim of 63 downed drones (12143-05) is about Ukrainian drones and must not merge with the Izmail attack. Odesa toll here: five, then six.",
  not_entries=["channel title/link/description/language/ttl", "item link, guid and category elements"],
  entries=[
  E("2026-08-20 22:15", "Mediators hail latest prisoner exchange",
    ["Turkey’s foreign ministry welcomed Thursday’s exchange of 410 prisoners between Russia and Ukraine, saying Ankara and Abu Dhabi would keep working on further swaps."],
    "diplomacy", "diplomacy", 3, POW, a="Selin Aktaş"),
  E("2026-08-20 18:40", "Erdogan offers to host Zelensky-Putin meeting",
    ["Turkish President Recep Tayyip Erdogan told reporters in Ankara that Turkey was ready to host a meeting of the Russian and Ukrainian presidents at any time, saying the prisoner exchanges of recent months showed that talks could produce results."],
    "diplomacy", "diplomacy", 3, "erdogan-offers-leaders-meeting-2026-08-20", a="Selin Aktaş",
    n="same diplomacy theme, different event: must not merge with the prisoner exchange"),
  E("2026-08-20 15:05", "Odesa toll at six as rescuers search warehouse",
    ["Rescuers in Odesa were searching the ruins of a port warehouse on Thursday afternoon after a morning missile strike that killed six people, officials said."],
    "strikes", "strikes", 3, ODESA, a="Murat Öztürk", n="toll 6"),
  E("2026-08-20 11:45", "Turkish-owned ship damaged in Odesa port strike",
    ["A cargo ship owned by a Turkish company was damaged in Thursday’s Russian missile attack on Odesa, Turkey’s transport ministry said.",
     "Ukrainian officials put the death toll at five. None of the ship’s 14 crew members were hurt."],
    "strikes", "strikes", 3, ODESA, a="Murat Öztürk", n="toll 5; Turkish angle on the same strike"),
  E("2026-08-20 08:20", "Russia says it downed 63 Ukrainian drones overnight",
    ["Russia’s defence ministry said air defences destroyed 63 Ukrainian drones over nine regions overnight, including 12 over the Black Sea."],
    "strikes", "strikes", 2, "russia-says-downed-63-drones-2026-08-20", a="Murat Öztürk",
    n="drones flying the other way: must not merge with the Izmail attack"),
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M") + (d.strftime(":%S") if d.second else "") + " " + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/cv seed pages and their gold files from ONE data table (SEEDS, below).

Everything here was written by a blind tester: the news text is invented or paraphrased in the tester's own words,
the Part B outlets are invented, and the Part A pages only imitate the *layout* of ten real Iowa outlets.
Because every page is rendered from the same table as its gold file, headline / stamp / first_sentence / author /
page_title are exact substrings of the page by construction. Deterministic; run from the project root:

    python3 eval/cv/tools/build.py && python3 eval/cv/tools/check.py
"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
CHI = "America/Chicago"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # AP style
SHORT_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# abbreviations after which a full stop does not end a sentence (AP copy is full of them)
ABBR = ("U.S.", "U.N.", "U.K.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Sen.", "Rep.", "Gov.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "a.m.", "p.m.")


def E(key, t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """One entry. key: unique name (for duplicate_of / notes); t: local time 'YYYY-MM-DD HH:MM' in the page zone."""
    return dict(key=key, t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(key, t, h, p, st, a=None, n=""):
    return E(key, t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019)]?(?=\s+["\u201c\u2018(]?[A-Z0-9]|$)', par):
        head = par[:m.end()]
        if any(head.endswith(" " + a) or head == a or head.endswith("(" + a) for a in ABBR):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", suffix=("a.m.", "p.m."), space=" "):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suffix[0] if d.hour < 12 else suffix[1]}"


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


# ====================================================================== Part A renderers (layout imitation only)

def r_gazette(S, ents):
    """The Gazette (Cedar Rapids), Nation & World section listing copied as text. Cards: headline, teaser,
    credit line, then a stamp 'Jan. 1, 2023 11:05 am' (AP month style, lower-case am/pm, no zone printed)."""
    z = S["zone"]
    L = ["Skip to main content", "The Gazette", "Subscribe", "Log In", "",
         "News", "Opinion", "Sports", "Business", "Arts & Culture", "Food", "Life", "Obituaries", "Marketplace", "e-Edition", "",
         "Cedar Rapids 31\u00b0", "", S["title"], "Wire stories from The Associated Press and reporting by The Gazette staff", ""]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        st = f"{AP_MON[d.month - 1]} {d.day}, {d.year} {h12(d, suffix=('am', 'pm'))}"
        stamps.append(st)
        credit = e["a"] if e["a"] == "Associated Press" else f"{e['a']}, The Gazette"
        L += [e["h"], ""] + paras_txt(e["p"]) + [credit, st, ""]
        if i == 2:
            L += ["Get The Gazette\u2019s Daily Brief", "The top stories from Eastern Iowa in your inbox every morning.", "Email address", "Sign Up", ""]
    L += ["Load More", "",
          "We use cookies to improve your experience on our site. By continuing, you accept our use of cookies. Privacy Policy  Accept", "",
          "About Us  Contact Us  Advertise  Careers  Privacy Policy  Terms of Service", "\u00a9 2023 The Gazette, Cedar Rapids, Iowa"]
    return "\n".join(L) + "\n", stamps


def r_presscitizen(S, ents):
    """Iowa City Press-Citizen (Gannett / USA TODAY Network) live blog, HTML. Page line 'Published 6:02 a.m. CT
    Feb. 4, 2023 | Updated ...'; posts newest first: h2 headline, author, then '4:40 p.m. CT' (no date) in a <time>.
    LiveBlogPosting JSON-LD with correct per-update times."""
    z = S["zone"]
    p0 = dt(S["published"], z); last = max(dt(e["t"], z) for e in ents)
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(ents) - i}", "headline": e["h"],
                    "datePublished": d.isoformat(), "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": p0.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": p0.isoformat(),
          "publisher": {"@type": "Organization", "name": "Iowa City Press-Citizen"}, "liveBlogUpdate": ups}

    def pub(d):
        return f"{h12(d)} CT {AP_MON[d.month - 1]} {d.day}, {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Iowa City Press-Citizen">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Iowa City Press-Citizen</a><nav class="gnt_n_mn">'
           '<a href="/news/">News</a><a href="/sports/">Sports</a><a href="/sports/college/hawkeyes/">Hawkeyes</a>'
           '<a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a><a href="/e-edition/">e-Edition</a><a href="/legal-notices/">Legals</a></nav>'
           '<a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_si" href="/signin/">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_ar">', '<div class="gnt_ar_lbl">WORLD</div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">USA TODAY Network</div>',
           f'<div class="gnt_ar_dt" aria-label="Published: {MONTHS[p0.month - 1]} {p0.day}, {p0.year} @ {p0:%-I:%M %p}">'
           f'Published {pub(p0)} | Updated {pub(last)}</div>',
           '<div class="gnt_ar_sb"><button>Facebook</button><button>Twitter</button><button>Email</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<section class="gnt_lb">']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{h12(d)} CT"; stamps.append(st)
        out.append(f'<article class="gnt_lb_p" id="post-{len(ents) - i}"><h2 class="gnt_lb_p_hl">{esc(e["h"])}</h2>'
                   f'<div class="gnt_lb_p_by">{esc(e["a"])}</div><time class="gnt_lb_p_dt" datetime="{d.isoformat()}">{st}</time>')
        out += [f'<p class="gnt_lb_p_b">{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="gnt_lb_p_sh"><button>Share</button></div></article>')
        if i == 1:
            out.append('<aside class="gnt_nl"><h3>Daily Briefing</h3><p>The day\u2019s top stories, delivered to your inbox each morning.</p>'
                       '<input type="email" placeholder="Enter email address"> <button>Sign Up</button></aside>')
    out += ['</section>', '<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p></article></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsletters</a> <a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a>'
            '<p>\u00a9 2023 www.press-citizen.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_muscatine(S, ents):
    """Muscatine Journal (Lee Enterprises, BLOX/TownNews) search-results RSS feed: pubDate with -0600, dc:creator
    'By NAME Associated Press' in AP capitals, a one-paragraph description, image enclosure. Newest first."""
    z = S["zone"]
    base = "https://muscatinejournal.com"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{base}/search/?f=rss&amp;t=article&amp;c=news/nation-world&amp;l=50&amp;s=start_time&amp;sd=desc</link>',
           f'<atom:link href="{base}/search/?f=rss&amp;t=article&amp;c=news/nation-world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>Nation &amp; World news from muscatinejournal.com</description>', '<generator>TNCMS 1.72.4</generator>',
           '<docs>https://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        url = f"{base}/news/nation-world/{slug}/article_{4100 + i:04x}e2c-8d1f-11ed-9a3b-{i:012d}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description><![CDATA[{' '.join(e['p'])}]]></description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="true">{url}</guid>', f"<link>{url}</link>",
                f"<dc:creator>By {esc(e['a'])} Associated Press</dc:creator>" if e["a"] != "Associated Press" else "<dc:creator>Associated Press</dc:creator>",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/muscatinejournal.com/content/tncms/assets/v3/editorial/image{i}.jpg" length="{81234 + 913 * i}" type="image/jpeg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_messenger(S, ents):
    """The Messenger (Fort Dodge; Ogden Newspapers) wire article, HTML. Visible date is 'Mar 6, 2023' only; the
    time exists only in meta/JSON-LD. One AP byline; sections headed by bold ALL-CAPS lines (one entry each)."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "datePublished": d0.isoformat(),
         "dateModified": d0.isoformat(), "author": {"@type": "Person", "name": "Associated Press"}, "articleSection": "Nation/World",
         "isPartOf": {"@id": S["url"]}, "publisher": {"@id": "https://www.messengernews.net/#organization"}},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " | News, Sports, Jobs - Messenger News"},
        {"@type": "Organization", "@id": "https://www.messengernews.net/#organization", "name": "The Messenger"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">',
           f'<title>{esc(S["title"])} | News, Sports, Jobs - Messenger News</title>',
           f'<meta property="article:published_time" content="{d0.isoformat()}" />',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           '<div id="top-bar"><a href="/subscribe/">Subscribe</a> | <a href="/e-edition/">e-Edition</a> | <a href="/login/">Log In</a></div>',
           '<header id="masthead"><a href="/" class="logo">The Messenger</a><span class="tagline">Fort Dodge, Iowa</span></header>',
           '<nav id="main-nav"><ul><li>News</li><li>Sports</li><li>Business</li><li>Opinion</li><li>Obituaries</li><li>Community</li>'
           '<li>Classifieds</li><li>Jobs</li><li>Contact Us</li></ul></nav>',
           '<div class="breadcrumbs"><a href="/news/">News</a> &gt; <a href="/news/nation-world/">Nation/World</a></div>',
           '<article class="post">', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="date">{SHORT_MON[d0.month - 1]} {d0.day}, {d0.year}</span></div>',
           '<div class="share-tools"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a> <a>Save</a></div>',
           '<div class="entry-content">', f'<p class="byline">By {esc(S["byline"])} Associated Press</p>', f'<p>{esc(S["lede"])}</p>']
    for e in ents:
        out.append(f"<p><strong>{esc(e['h'])}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['</div>',
            '<div class="newsletter-signup"><h4>Today\u2019s breaking news and more in your inbox</h4><p>I\u2019m interested in (please check all that apply)</p>'
            '<label><input type="checkbox"> Daily Newsletter</label> <label><input type="checkbox"> Breaking News</label> <button>Subscribe</button></div>',
            '<p class="comments-closed">Comments are currently unavailable on this article</p>', '</article>',
            '<aside class="latest-news"><h3>Latest News</h3><ul><li><a>Dodgers baseball camp set for June</a></li>'
            '<li><a>Webster County supervisors review road budget</a></li></ul><p class="promo">Starting at $4.75/week. <a>Subscribe Today</a></p></aside>',
            '<footer><p>\u00a9 2023 Ogden Newspapers. All rights reserved.</p><p><a>Privacy Policy</a> | <a>Terms of Use</a></p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(ents)


def r_timesherald(S, ents):
    """Daily Times Herald (Carroll) world/nation briefs copied as text: one posted time for the whole column, no zone
    printed (Central implied by Carroll, Iowa), briefs WITHOUT headlines, each opening with an AP dateline, '___' rules."""
    z = S["zone"]; d0 = dt(S["published"], z)
    L = ["Daily Times Herald", "Carroll, Iowa", "", "Home  News  Sports  Obituaries  Opinion  Ag  Business  Classifieds  E-Edition", "Subscribe  |  Login", "",
         "Carroll, IA  48\u00b0 Partly Cloudy", "", S["title"], "", S["byline"],
         f"{WEEKDAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} \u2014 {h12(d0)}", "", "Share:  Facebook  Twitter  Email  Print", ""]
    for i, e in enumerate(ents):
        L += paras_txt(e["p"])
        if i < len(ents) - 1:
            L += ["___", ""]
    L += ["Copyright 2023 The Associated Press. All rights reserved.", "", "Comments (0)", "Log in to comment", "",
          "Most Read", "Carroll council approves downtown parking changes", "Tigers roll past Kuemper in home opener", "",
          "Daily Times Herald  |  Contact Us  |  Advertise  |  Privacy"]
    return "\n".join(L) + "\n", [None] * len(ents)


def r_globegazette(S, ents):
    """Globe Gazette (Mason City; Lee/BLOX) Nation & World section page, HTML. Cards: headline, summary, 'By NAME
    Associated Press', relative '2 hrs ago' inside <time datetime="...-05:00">. Header shows the day. Newest first."""
    z = S["zone"]; now = dt(S["captured"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | globegazette.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="section-page">',
           '<div id="site-top-nav"><span class="today">' + f"{WEEKDAYS[now.weekday()]}, {MONTHS[now.month - 1]} {now.day}, {now.year}" + '</span>'
           ' <span class="weather">Mason City 84\u00b0</span> <a class="btn">Subscribe</a> <a class="btn">Log In</a></div>',
           '<header id="site-header"><a class="logo" href="/">Globe Gazette</a><nav><a>News</a> <a>Sports</a> <a>Obituaries</a> <a>Opinion</a> '
           '<a>Features</a> <a>eEdition</a> <a>Classifieds</a> <a>Jobs</a></nav></header>',
           '<main id="main-page-container"><h1 class="block-title">' + esc(S["title"]) + '</h1>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); mins = int((now - d).total_seconds() // 60)
        st = f"{mins} min ago" if mins < 60 else (f"{mins // 60} hrs ago" if mins >= 120 else "1 hr ago")
        stamps.append(st)
        by = f"By {esc(e['a'])} Associated Press" if e["a"] != "Associated Press" else "Associated Press"
        out.append('<article class="tnt-asset-type-article card">'
                   f'<div class="card-headline"><h3 class="tnt-headline"><a href="/news/nation-world/article_{i + 77}.html">{esc(e["h"])}</a></h3></div>'
                   '<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + '</div>'
                   f'<ul class="card-meta list-inline"><li class="card-byline">{by}</li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}">{st}</time></li></ul></article>')
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['<button class="load-more">Load more</button></main>',
            '<aside class="newsletter"><h4>Sign up for our newsletters</h4><p>Get the latest local news, sports and weather delivered to your inbox.</p>'
            '<input type="email"> <button>Sign up</button></aside>',
            '<footer><p>Globe Gazette, Mason City, Iowa</p><p>\u00a9 Copyright 2023 Globe Gazette | <a>Terms of Use</a> | <a>Privacy Policy</a></p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_courier(S, ents):
    """Waterloo-Cedar Falls Courier (Lee/BLOX) text copy of a republished AP live page. AP style prints no year:
    date line 'Saturday, July 29', day header 'Friday, July 28' before an older post, stamps '5:40 p.m. CDT' before
    each headline; 'Key developments:' box listing three post headlines; newest first; one page byline."""
    z = S["zone"]
    L = ["Skip to main content", "wcfcourier.com", "Waterloo-Cedar Falls Courier", "Subscribe  Log In", "",
         "News  Sports  Obituaries  Opinion  Business  Lifestyles  e-Edition  Classifieds  Jobs", "",
         S["title"], "", "By The Associated Press", "", S["dayline"], "", "Key developments:"]
    L += ["\u2022 " + e["h"] for e in ents if e["kp"]]
    L += ["", S["lede"], ""]
    stamps = []; cur = dt(ents[0]["t"], z).date()
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}", ""]
        st = f"{h12(d)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if i == 2:
            L += ["Get local news delivered to your inbox!", "Subscribe to our Daily Headlines newsletter.", "Sign up!", ""]
    L += ["Copyright The Associated Press. All rights reserved.", "", "Tags", "Ukraine  Russia  Vladimir Putin  War", "",
          "\u00a9 Copyright Waterloo-Cedar Falls Courier | Terms of Use | Privacy Policy | Powered by BLOX Content Management System"]
    return "\n".join(L) + "\n", stamps


def r_nonpareil(S, ents):
    """The Daily Nonpareil (Council Bluffs; Lee/BLOX) text copy of a running 'The latest' article: BLOX date line
    'Aug 27, 2023', then OLDEST-first items: bare '7:20 a.m.' (no zone; Central implied), headline, body, and a
    per-item credit line ('\u2014 The Associated Press' or a staff reporter)."""
    z = S["zone"]; d0 = dt(ents[0]["t"], z)
    L = ["nonpareilonline.com", "The Daily Nonpareil", "Council Bluffs, Iowa", "", "News  Sports  Obituaries  Opinion  Entertainment  e-Edition  Classifieds", "",
         "You have 3 free articles remaining. Subscribe for unlimited access.", "", S["title"], "", S["byline"],
         f"{SHORT_MON[d0.month - 1]} {d0.day}, {d0.year}", "", "Facebook  Twitter  WhatsApp  SMS  Email  Print  Save", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        credit = "\u2014 The Associated Press" if e["a"] == "The Associated Press" else f"\u2014 {e['a']}, Nonpareil staff"
        L += [st, e["h"], ""] + paras_txt(e["p"]) + [credit, ""]
        if i == 3:
            L += ["Catch the latest in Opinion", "Get opinion pieces, letters and editorials sent directly to your inbox weekly!", "Sign up!", ""]
    L += ["Tags", "Ukraine  Russia  Yevgeny Prigozhin", "", "\u00a9 Copyright 2023 The Daily Nonpareil | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_hawkeye(S, ents):
    """The Hawk Eye (Burlington; Gannett) article with h2 sections, HTML; 'Published 5:02 a.m. CT Oct. 15, 2023'
    (no Updated line), one byline, NewsArticle JSON-LD. One entry per section, no per-section time."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Hawk Eye"}, "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">The Hawk Eye</a><nav class="gnt_n_mn"><a>News</a><a>Sports</a>'
           '<a>Obituaries</a><a>Opinion</a><a>Things To Do</a><a>e-Edition</a><a>Legals</a></nav><a class="gnt_n_sub">Subscribe</a></header>',
           '<main class="gnt_cw"><article class="gnt_ar">', '<div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a">{esc(S["byline"])}</a> USA TODAY</div>',
           f'<div class="gnt_ar_dt" aria-label="Published: {MONTHS[d0.month - 1]} {d0.day}, {d0.year} @ {d0:%-I:%M %p}">'
           f'Published {h12(d0)} CT {AP_MON[d0.month - 1]} {d0.day}, {d0.year}</div>',
           '<div class="gnt_ar_sb"><button>Facebook</button><button>Twitter</button><button>Email</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    for i, e in enumerate(ents):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="gnt_rr"><h3>More from USA TODAY</h3><a>Who is Gen. Valerii Zaluzhnyi?</a></aside>')
    out += ['<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p></article></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Terms of Service</a> <a>Privacy Policy</a><p>\u00a9 2023 www.thehawkeye.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(ents)


def r_timesrep(S, ents):
    """Times-Republican (Marshalltown; Ogden, WordPress) Nation/World RSS feed: pubDate in +0000, titles with
    &#8217; entities, dc:creator CDATA, excerpt ending '[&#8230;]' plus full content:encoded. Newest first."""
    z = S["zone"]; base = "https://www.timesrepublican.com"
    newest = max(dt(e["t"], z) for e in ents).astimezone(UTC)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<atom:link href="{base}/news/nation-world/feed/" rel="self" type="application/rss+xml" />',
           f'<link>{base}</link>', '<description>News, Sports, Jobs - Times Republican</description>',
           f'<lastBuildDate>{rfc822(newest)}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.4.1</generator>']
    stamps = []
    for i, e in enumerate(ents):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower().replace("\u2019", "")).strip("-")[:70]
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:30]) + " [&#8230;]"
        title = esc(e["h"]).replace("\u2019", "&#8217;")
        out += ["<item>", f"<title>{title}</title>", f"<link>{base}/news/nation-world/2023/12/{slug}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                "<category><![CDATA[Nation/World]]></category>", f'<guid isPermaLink="false">{base}/?p={871200 + 37 * i}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                "<slash:comments>0</slash:comments>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ====================================================================== Part B renderers (invented outlets)

def r_orrinsford(S, ents):
    """Text live blog, newest first; 'Key Points' block; headline, then '17:30 BST' line, body, 'By NAME'."""
    z = S["zone"]
    L = ["ORRINSFORD EVENING POST", "News | World | Politics | Business | Sport | Culture | Weather", "", S["title"], S["dayline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in ents if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"]) + ([f"By {e['a']}", ""] if e["a"] else [])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Show older posts", "", "Orrinsford Evening Post \u00b7 Contact us \u00b7 Terms \u00b7 Privacy notice \u00b7 Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_kyrylivka(S, ents):
    """HTML live blog, OLDEST first; visible bare 'HH:MM' Kyiv times in <span> (no datetime attribute); date line
    above; Guardian-style JSON-LD trap: every liveBlogUpdate repeats the PAGE headline and datePublished."""
    z = S["zone"]
    first = min(dt(e["t"], z) for e in ents); last = max(dt(e["t"], z) for e in ents)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(ents) - i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]) or e["h"])[:160]} for i, e in enumerate(ents)]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Kyrylivka Dispatch</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="brand" href="/">Kyrylivka Dispatch</a><nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dayline"])}</p>', '<p class="tz">Times are Kyiv time (UTC+3).</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{len(ents) - i}"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<div class="promo">Our reporters work on the ground across Ukraine. <a>Become a member</a></div>')
    out += ["</main>", "<footer>Kyrylivka Dispatch \u00b7 About \u00b7 Editorial standards \u00b7 Contacts</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S, ents):
    """General world-news RSS 2.0 feed, newest first; pubDate with the desk's own offset; plain-text description."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}-{i + 11}</link>",
                f"<guid isPermaLink=\"false\">{S['id']}-{i + 11}</guid>", f"<pubDate>{st}</pubDate>",
                f"<category>{esc(e.get('cat') or ('Europe' if e['sub'] != 'unrelated' else 'World'))}</category>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<description>{esc(chr(10).join(e['p']))}</description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_textarticle(S, ents):
    """Text article with section headings (one entry each); byline and a dateline with time and zone; no per-section time."""
    z = S["zone"]; d0 = dt(S["published"], z)
    L = [S["masthead"], S["crumbs"], "", S["title"], "", S["lede"], "", S["byline"], S["dateline_fmt"].format(d=d0, z=d0.tzname()), S.get("extra", ""), ""]
    for i, e in enumerate(ents):
        L += [e["h"], ""] + paras_txt(e["p"])
        if i == 0 and S.get("readalso"):
            L += ["Read also: " + S["readalso"], ""]
    L += ["Share", "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(ents)


def r_flaming(S, ents):
    """Atom 1.0 feed, newest first, <published> with +02:00, plain-text <summary>, per-entry <author>."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['title'])}</title>", f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>',
           f'<link rel="self" href="{S["url"]}/atom.xml"/>', f"<id>{S['url']}/atom.xml</id>",
           f"<updated>{max(dt(e['t'], z) for e in ents).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/en/{2300 + i}"/>',
                f"<id>tag:{S['url'].split('//')[1]},2023:{2300 + i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out += [f'<summary type="text">{esc(chr(10).join(e["p"]))}</summary>', "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_bellbird(S, ents):
    """Text live blog from Sydney, OLDEST first; day headers without year ('Saturday 12 August'); '6.50pm' stamp line
    before each headline (AEST); '\u2013 NAME' after the body; the UTC day runs from 10am to 9.59am next day locally."""
    z = S["zone"]
    L = ["Bellbird Creek Live", "Home  World  Australia  Politics  Sport  Podcasts", "", S["title"], "", S["lede"], "All times AEST.", ""]
    stamps = []; cur = None
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}", ""]
        st = h12(d, sep=".", suffix=("am", "pm"), space=""); stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"]) + ([f"\u2013 {e['a']}", ""] if e["a"] else [])
        if i == 1:
            L += ["Sign up for our morning newsletter", ""]
    L += ["That\u2019s all from us for now.", "", "Bellbird Creek Live \u00b7 About \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_halsway(S, ents):
    """HTML article with h2 sections (one entry each); visible dateline 'Saturday 12 August 2023 17:30 BST'; NewsArticle JSON-LD."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Halsway Standard"}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Halsway Standard</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="cookie">We and our partners use cookies. <button>Accept all</button> <button>Reject all</button></div>',
           '<header><a href="/">Halsway Standard</a> <nav><a>UK</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<article><p class="kicker">Ukraine</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">{esc(S["byline"])}</p>',
           f'<p class="date">{WEEKDAYS[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year} {d0:%H:%M} {d0.tzname()}</p>']
    for e in ents:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="related"><h3>More on this story</h3><a>Crimea bridge attack: what we know</a></div></article>',
            '<footer>Halsway Standard \u00a9 2023</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(ents)


def r_kallavesi(S, ents):
    """Text live blog of a Finnish outlet's English desk: Finnish chrome, date '25.5.2023', dotted '14.05' stamp line
    before each headline (EEST), oldest first, per-post author line 'Toimittaja: NAME' after the body."""
    z = S["zone"]; d0 = dt(ents[0]["t"], z); upd = max(dt(e["t"], z) for e in ents)
    L = ["Kallavesi Evening Wire", "Etusivu  Uutiset  Urheilu  Kulttuuri  In English", "Kirjaudu  Tilaa", "", "In English", "", S["title"],
         f"{WEEKDAYS[d0.weekday()]} {d0.day}.{d0.month}.{d0.year}", f"P\u00e4ivitetty {upd.day}.{upd.month}.{upd.year} klo {upd:%H.%M}", "",
         "Times in Finnish summer time (EEST).", ""]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"]) + ([f"Toimittaja: {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["Mainos", ""]
    L += ["N\u00e4yt\u00e4 lis\u00e4\u00e4", "", "Kallavesi Evening Wire \u00b7 Tietosuoja \u00b7 Ev\u00e4steasetukset \u00b7 Yhteystiedot"]
    return "\n".join(L) + "\n", stamps


def r_tappan(S, ents):
    """HTML live blog, newest first; Yoast-like @graph with @type ['NewsArticle','LiveBlogPosting'] and no updates;
    posts: <time datetime="...Z">9:10 AM ET</time>, h3 headline, 'By NAME', body."""
    z = S["zone"]
    first = min(dt(e["t"], z) for e in ents); last = max(dt(e["t"], z) for e in ents)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "isPartOf": {"@id": S["url"]}},
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": "Organization", "name": "Tappan Ridge Ledger", "url": "https://tappanridge.example"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Tappan Ridge Ledger</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a href="/">Tappan Ridge Ledger</a> <nav><a>Region</a> <a>Nation</a> <a>World</a> <a>Opinion</a> <a>Subscribe</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="live-date">{esc(S["dayline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); u = d.astimezone(UTC)
        st = f"{d:%-I:%M %p} ET"; stamps.append(st)
        out.append(f'<section class="live-post"><time datetime="{u.strftime("%Y-%m-%dT%H:%M:%SZ")}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 3:
            out.append('<aside class="nl">Get the Ledger\u2019s morning briefing. <a>Sign up</a></aside>')
    out += ["</main><footer>\u00a9 Tappan Ridge Ledger \u00b7 Privacy \u00b7 Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_sumida(S, ents):
    """General world-news Atom feed from Tokyo, newest first, <published> with +09:00, xhtml <content>, no authors."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/world</id>", f"<updated>{max(dt(e['t'], z) for e in ents).isoformat()}</updated>",
           "<author><name>Sumida World Feed</name></author>"]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/world/{880 + i}"/>', f"<id>{S['url']}/world/{880 + i}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>",
                '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>",
                "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_humberline(S, ents):
    """Text round-up: one 'Posted ... ET' line, briefs WITHOUT headlines, each opening with a dateline; '* * *' between."""
    z = S["zone"]; d0 = dt(S["published"], z)
    L = ["THE HUMBERLINE CLARION", "Toronto  |  Canada  |  World  |  Business  |  Opinion", "", S["title"], S["lede"], "", S["byline"],
         f"Posted {MONTHS[d0.month - 1]} {d0.day}, {d0.year} {h12(d0)} ET", ""]
    for i, e in enumerate(ents):
        L += paras_txt(e["p"])
        if i < len(ents) - 1:
            L += ["* * *", ""]
    L += ["Have a news tip? Email the world desk.", "", "\u00a9 Humberline Clarion"]
    return "\n".join(L) + "\n", [None] * len(ents)


# ====================================================================== DATA: Part A (ten Iowa outlets, one UTC day each)
SEEDS = []

SEEDS.append(dict(id="10100", name="10100_gazette-listing", ext="txt", source="The Gazette", zone=CHI, render=r_gazette, order="newest",
  title="Nation & World",
  notes="Imitates The Gazette (Cedar Rapids) Nation & World section listing, copied as text. Newest first. Each card: headline, teaser "
        "paragraph(s), a credit line ('Associated Press', or 'NAME, The Gazette' for staff), then the stamp 'Jan. 1, 2023 11:05 am' "
        "(AP month abbreviations, lower-case am/pm, NO zone printed: Central time implied by the outlet's home, CST = UTC-6). The page "
        "crosses local midnight: the four newest cards are dated Jan. 1, 2023 and the three oldest Dec. 31, 2022 evening, but all seven "
        "fall on UTC 2023-01-01 (Dec. 31 6 pm CST = Jan. 1 00:00 UTC). One off-beat card (Benedict XVI).",
  not_entries=["'Skip to main content', masthead, Subscribe/Log In", "section menu lines (News ... e-Edition)", "weather line 'Cedar Rapids 31\u00b0'",
               "section title 'Nation & World' and its strapline", "credit lines ('Associated Press', 'NAME, The Gazette') - they give the author",
               "newsletter box 'Get The Gazette\u2019s Daily Brief' ... 'Sign Up'", "'Load More' button", "cookie notice", "footer links and copyright"],
  entries=[
  E("g1", "2023-01-01 11:05", "Drones target Kyiv in first hours of 2023, Ukraine says",
    ["Ukraine's air force said it shot down several dozen Iranian-made attack drones that Russia launched overnight, most of them aimed at the capital while residents were still marking the new year.",
     "Kyiv's mayor said falling debris damaged an energy facility in one district and injured a young man."],
    "strikes", "strikes", 3, "kyiv-new-year-drone-attack-2023-01-01", a="Associated Press"),
  E("g2", "2023-01-01 08:40", "Ukraine claims deadly strike on Russian troops billeted in occupied Makiivka",
    ["Ukraine's military said a strike on a building in the Russian-held town of Makiivka in the Donetsk region shortly after midnight killed a large number of newly mobilized Russian soldiers.",
     "Russian officials did not immediately comment, and the claim could not be independently verified."],
    "strikes", "strikes", 3, "makiivka-barracks-strike", a="Associated Press"),
  OFF("g3", "2023-01-01 06:15", "Vatican prepares to bid farewell to Pope Emeritus Benedict XVI",
    ["The Vatican said the body of Benedict XVI, who died Saturday at age 95, will lie in state in St. Peter's Basilica starting Monday so that the faithful can pay their respects."],
    "benedict-xvi-death", a="Associated Press", n="death of the former pope; 'St.' inside the first sentence is not a sentence end."),
  E("g4", "2022-12-31 23:50", "Zelenskyy's New Year's message praises soldiers, civilians for a year of resistance",
    ["In a video address released as the year turned in Kyiv, Ukrainian President Volodymyr Zelenskyy thanked the troops on the front line and the workers keeping lights and heat on under Russian bombardment.",
     "He told Ukrainians he had one wish for all of them in 2023: victory."],
    "other", "politics", 2, "zelenskyy-new-year-address-2022", a="Associated Press",
    n="Same theme as Putin's address (g5) but a different statement: must not merge with putin-new-year-address-2022."),
  E("g5", "2022-12-31 21:30", "Putin delivers New Year's speech flanked by soldiers",
    ["Russian President Vladimir Putin recorded his annual New Year's address at a military headquarters, surrounded by uniformed troops, and said the country's future depended on the fighting in Ukraine.",
     "The speech, shown across Russia's 11 time zones, was longer than usual and dealt almost entirely with the war."],
    "other", "politics", 2, "putin-new-year-address-2022", a="Associated Press",
    n="Must not merge with zelenskyy-new-year-address-2022 (same theme, different speaker)."),
  E("g6", "2022-12-31 19:10", "Cedar Rapids Ukrainians welcome 2023 with prayers for relatives back home",
    ["About 60 people gathered at a Cedar Rapids church on New Year's Eve for a service in Ukrainian and English, many of them families who arrived in Eastern Iowa this year through a federal sponsorship program.",
     "Several said they had spent the afternoon trying to reach relatives in Kyiv after news of the latest Russian missile strikes.",
     "Organizers plan a potluck dinner on Jan. 7, when many Ukrainians celebrate Christmas."],
    "other", "humanitarian", 2, "cedar-rapids-ukrainian-community-new-year", a="Holly Brenneman",
    n="Local angle by a staff reporter (credit 'Holly Brenneman, The Gazette'; author is the name)."),
  E("g7", "2022-12-31 18:25", "Russian missiles hit Kyiv on New Year's Eve; at least 1 killed",
    ["Russia fired a wave of cruise missiles at Ukraine on Saturday afternoon, killing at least one person in Kyiv and damaging a hotel and several apartment buildings, officials said.",
     "Ukraine's air force said most of the missiles were intercepted."],
    "strikes", "strikes", 3, "kyiv-new-year-eve-missile-strikes-2022-12-31", a="Associated Press",
    n="Printed 'Dec. 31, 2022 6:25 pm' (local) = 2023-01-01 00:25 UTC. Different attack from the overnight drones of g1 (about 12 hours apart): must not merge with kyiv-new-year-drone-attack-2023-01-01."),
  ]))

SEEDS.append(dict(id="10101", name="10101_press-citizen-live", ext="html", source="Iowa City Press-Citizen", zone=CHI, render=r_presscitizen, order="newest",
  title="Russia-Ukraine war live updates: Ukraine says 116 soldiers freed in prisoner swap", url="https://www.press-citizen.com/story/news/world/2023/02/04/russia-ukraine-war-live-updates/",
  published="2023-02-04 06:02", lede="Follow along for the latest on Russia's invasion of Ukraine from USA TODAY Network reporters.",
  notes="Imitates a Gannett (USA TODAY Network) live blog as served on the Iowa City Press-Citizen site. Page line 'Published 6:02 a.m. CT "
        "Feb. 4, 2023 | Updated 4:40 p.m. CT Feb. 4, 2023'. Posts newest first; each post: h2 headline, then the author, then the stamp "
        "'4:40 p.m. CT' (time only, no date: the day comes from the page's Published line; CT in February = CST = UTC-6). Per-post authors. "
        "LiveBlogPosting JSON-LD agrees with the visible times. Gannett spells 'Zelenskyy'.",
  not_entries=["masthead and section menu", "Subscribe / Sign In", "'WORLD' label", "page h1 title", "'USA TODAY Network' page credit",
               "'Published ... | Updated ...' line", "share buttons", "page lede 'Follow along for the latest ...'", "per-post 'Share' buttons",
               "'Daily Briefing' newsletter box", "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("pc1", "2023-02-04 06:10", "Kherson shelling kills 2, regional governor says",
    ["Russian artillery fire killed two civilians and wounded five in the city of Kherson overnight, the region's governor said Saturday.",
     "Russian forces have shelled the city almost daily since pulling back across the Dnieper River in November."],
    "strikes", "strikes", 3, "kherson-shelling-2023-02-04", a="Dana Whitcomb"),
  E("pc2", "2023-02-04 08:25", "116 Ukrainian soldiers come home in latest prisoner exchange",
    ["Ukraine brought home 116 of its service members in a swap with Russia, the head of the presidential office said, in the first exchange since early January.",
     "Russia's Defense Ministry said 63 Russian troops were returned and credited the United Arab Emirates with helping to broker the deal.",
     "Some of the freed Ukrainians had been captured during the fighting for Mariupol last spring."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-116-63-2023-02-04", a="Dana Whitcomb"),
  E("pc3", "2023-02-04 10:05", "Caps on Russian diesel, fuel oil to kick in Sunday",
    ["The European Union and its Group of Seven partners have agreed to limit the price of Russian diesel and other refined oil products, a step meant to squeeze the Kremlin's energy income without shocking world supplies.",
     "The caps, which take effect Sunday alongside an EU import ban, build on a price limit for Russian crude imposed in December."],
    "diplomacy", "diplomacy", 2, "russian-refined-products-price-cap", a="Marcus Ellery", n="Sanctions -> diplomacy."),
  E("pc4", "2023-02-04 11:50", "Pressure builds on Bakhmut as Russian forces push from the north",
    ["Ukrainian officials said Russian troops, many of them fighters from the Wagner private military company, were attacking Bakhmut from several directions in an effort to cut its supply roads.",
     "Ukraine's military said its forces had repelled assaults on nearby villages over the past day."],
    "other", "frontline", 2, "bakhmut-fighting-2023-02-04", a="Marcus Ellery"),
  E("pc5", "2023-02-04 13:30", "Ukrainian crews to begin Leopard training in Poland, defense minister says",
    ["Ukraine's defense minister said tank crews would start training on German-made Leopard 2 tanks in Poland in the coming days, ahead of the first deliveries expected in the spring.",
     "Several European countries have pledged the tanks since Germany dropped its objections last month."],
    "aid", "aid", 2, "leopard-training-poland-2023-02-04", a="Dana Whitcomb"),
  E("pc6", "2023-02-04 16:40", "Zelenskyy warns Russia may attempt major push near anniversary of invasion",
    ["President Volodymyr Zelenskyy said in his nightly address that Moscow wanted to show some kind of result by Feb. 24, the first anniversary of the full-scale invasion, and that Ukraine's forces were getting ready.",
     "Western intelligence officials have said Russia is massing troops for a new offensive in the east."],
    "other", "frontline", 2, "zelenskyy-warns-anniversary-offensive", a="Marcus Ellery", n="'Feb. 24' inside the first sentence is not a sentence end."),
  ]))

SEEDS.append(dict(id="10102", name="10102_muscatine-journal-feed", ext="xml", source="Muscatine Journal", zone=CHI, render=r_muscatine, order="newest",
  title="muscatinejournal.com - RSS Results in news/nation-world of type article",
  notes="Imitates the BLOX/TownNews search-results RSS feed of the Muscatine Journal (Lee Enterprises), Nation & World section. Newest first. "
        "pubDate carries -0600 (CST). dc:creator prints AP bylines in capitals, 'By NAME Associated Press'; author = the NAME part as printed "
        "(capitals kept). Description = a one-paragraph summary, the only body. Two items are dated Friday Jan. 6 local (pubDate "
        "'Fri, 06 Jan 2023 23:45:00 -0600') but are Saturday 7 January in UTC; all six are on UTC 2023-01-07. One off-beat item "
        "(US House speaker vote).",
  not_entries=["channel title/link/description/generator/docs/ttl", "<guid>, <link> and <enclosure> of each item"],
  entries=[
  OFF("mj1", "2023-01-06 23:45", "McCarthy elected House speaker after 15 rounds of voting",
    ["Republican Kevin McCarthy won the speaker's gavel early Saturday on the 15th ballot, ending a standoff with a group of hard-right holdouts that had paralyzed the new House for four days."],
    "mccarthy-elected-house-speaker", a="LISA MANTOOTH and RAY FELDER", n="US Congress; local Friday 11:45 pm = UTC Saturday."),
  E("mj2", "2023-01-07 04:30", "Kherson hit by shelling during Russia's declared truce, Ukraine says",
    ["Ukrainian officials said Russian artillery struck Kherson and nearby villages several times after Moscow's unilateral Christmas cease-fire took effect, killing one man and damaging a fire station."],
    "strikes", "strikes", 3, "kherson-shelling-2023-01-07", a="IRYNA VOLOSHCHUK",
    n="A specific deadly attack, not the truce story: must not merge with putin-orthodox-christmas-truce."),
  E("mj3", "2023-01-07 07:15", "Russia claims advances near Soledar as fighting grinds on in east",
    ["Russia's Defense Ministry and the Wagner group both claimed progress around the salt-mining town of Soledar, north of Bakhmut, while Ukraine said its troops were holding their positions."],
    "other", "frontline", 2, "soledar-fighting-2023-01-07", a="DEREK HOLLINGER"),
  E("mj4", "2023-01-07 09:40", "Putin attends Orthodox Christmas service alone in Kremlin cathedral",
    ["Russian President Vladimir Putin marked Orthodox Christmas by attending a midnight service by himself in a cathedral inside the Kremlin, state television showed, breaking with his habit of praying among ordinary worshippers."],
    "other", "politics", 2, "putin-christmas-service-2023", a="SOPHIE ARKWRIGHT", n="Must not merge with putin-orthodox-christmas-truce (same occasion, different event)."),
  E("mj5", "2023-01-07 12:05", "Zelenskyy thanks Washington and Berlin for promised armored vehicles",
    ["Ukrainian President Volodymyr Zelenskyy thanked the U.S. and Germany for pledging Bradley and Marder infantry fighting vehicles, saying the armor would help his troops take back occupied land."],
    "aid", "aid", 2, "us-germany-armored-vehicles-pledge", a="IRYNA VOLOSHCHUK"),
  E("mj6", "2023-01-07 16:20", "Russia's holiday truce ends as both sides trade blame over violations",
    ["The 36-hour cease-fire that Russian President Vladimir Putin declared for Orthodox Christmas expired at midnight Moscow time, with Kyiv and Moscow each accusing the other of firing throughout."],
    "diplomacy", "diplomacy", 3, "putin-orthodox-christmas-truce", a="DEREK HOLLINGER", n="Ceasefire -> diplomacy; head-of-state move, importance 3."),
  ]))

SEEDS.append(dict(id="10103", name="10103_messenger-article", ext="html", source="The Messenger", zone=CHI, render=r_messenger, order="page",
  title="Zelenskyy, commanders agree to keep defending Bakhmut", url="https://www.messengernews.net/news/nation-world/2023/03/zelenskyy-commanders-agree-to-keep-defending-bakhmut/",
  published="2023-03-06 16:45", byline="KATYA MORROW and DANIEL OSTER",
  lede="KYIV, Ukraine (AP) \u2014 Ukraine's president and top generals decided Monday to keep fighting for the eastern city of Bakhmut rather than pull back, as Russia's offensive there dragged into its eighth month. Here is a look at the day's main developments:",
  notes="Imitates an AP wire round-up on The Messenger (Fort Dodge, Ogden Newspapers, WordPress) site. The <title> carries Ogden's suffix "
        "' | News, Sports, Jobs - Messenger News'; page_title is the h1. The ONLY visible date is 'Mar 6, 2023' (no time); the time "
        "16:45 CST exists only in <meta property=article:published_time> and the Yoast JSON-LD graph (2023-03-06T16:45:00-06:00), so "
        "every section gets that time, stamp null. One AP byline (two invented names) = author of every section. Five bold ALL-CAPS "
        "section heads, one entry each; the dateline lede before them is an intro, not an entry. 'U.N.' opens the last section's "
        "first sentence and is not a sentence end.",
  not_entries=["top bar Subscribe / e-Edition / Log In", "masthead and menu", "breadcrumbs 'News > Nation/World'", "h1 title", "date line 'Mar 6, 2023'",
               "share tools (Facebook ... Save)", "byline paragraph", "dateline lede 'KYIV, Ukraine (AP) \u2014 ... main developments:'",
               "newsletter sign-up box", "'Comments are currently unavailable on this article'", "'Latest News' sidebar links and subscription promo", "footer"],
  entries=[
  E("ms1", "2023-03-06 16:45", "BAKHMUT WILL BE HELD",
    ["President Volodymyr Zelenskyy's office said he met with the commander in chief and the head of ground forces, and that both recommended continuing the defensive operation and reinforcing positions around the city.",
     "Military analysts say the battle has cost both sides heavily, with Russia's Wagner group sending wave after wave of fighters at Ukrainian lines."],
    "other", "frontline", 3, "bakhmut-defense-decision-2023-03-06", a="KATYA MORROW and DANIEL OSTER"),
  E("ms2", "2023-03-06 16:45", "WAGNER CHIEF SAYS HIS ENVOY WAS TURNED AWAY",
    ["Yevgeny Prigozhin, the founder of the Wagner group, said his representative at Russia's military headquarters for the operation had been denied access, the latest salvo in his public feud with the Defense Ministry over ammunition."],
    "other", "politics", 2, "prigozhin-defense-ministry-feud-2023-03-06", a="KATYA MORROW and DANIEL OSTER",
    n="Same place (Bakhmut) and day as ms1 but a different event: must not merge with bakhmut-defense-decision-2023-03-06."),
  E("ms3", "2023-03-06 16:45", "DEADLY SHELLING IN KHERSON",
    ["Russian shelling killed three people in Kherson and wounded several others, including a child, according to the regional administration.",
     "A power line and several houses were also damaged."],
    "strikes", "strikes", 3, "kherson-shelling-2023-03-06", a="KATYA MORROW and DANIEL OSTER"),
  E("ms4", "2023-03-06 16:45", "EU EYES BULK ORDER FOR SHELLS",
    ["European Union defense ministers will discuss a plan this week to buy artillery shells jointly for Ukraine, with the goal of delivering about 1 million rounds within a year, officials in Brussels said."],
    "aid", "aid", 2, "eu-joint-ammunition-procurement-plan", a="KATYA MORROW and DANIEL OSTER"),
  E("ms5", "2023-03-06 16:45", "U.N. CHIEF HEADS TO KYIV",
    ["U.N. Secretary-General Ant\u00f3nio Guterres will travel to Kyiv this week for talks with Zelenskyy that are expected to focus on extending the Black Sea grain deal, his spokesman said."],
    "diplomacy", "diplomacy", 2, "guterres-kyiv-visit-grain-deal", a="KATYA MORROW and DANIEL OSTER"),
  ]))

SEEDS.append(dict(id="10104", name="10104_times-herald-briefs", ext="txt", source="Daily Times Herald", zone=CHI, render=r_timesherald, order="page",
  title="World briefs: Russia takes its turn leading the U.N. Security Council", published="2023-04-01 10:20", byline="From Associated Press reports",
  notes="Imitates a world/nation briefs column on the Daily Times Herald (Carroll) site, copied as text. ONE posted line for the whole column, "
        "'Saturday, April 1, 2023 \u2014 10:20 a.m.', with no zone: Central time implied by Carroll, Iowa (CDT = UTC-5). The briefs have NO "
        "headlines; each opens with an AP dateline ('UNITED NATIONS (AP) \u2014 ...'), which is part of the first sentence; '___' rules "
        "separate them. headline null, stamp null, published = the posted line for all six. Column credit 'From Associated Press reports' "
        "-> author 'Associated Press'. One off-beat brief (Iowa storms).",
  not_entries=["masthead, menu, Subscribe | Login", "weather line", "column title", "credit line 'From Associated Press reports'", "posted line",
               "share line", "'___' separators", "AP copyright line", "'Comments (0)' / 'Log in to comment'", "'Most Read' links", "footer"],
  entries=[
  E("th1", "2023-04-01 10:20", None,
    ["UNITED NATIONS (AP) \u2014 Russia took over the rotating presidency of the U.N. Security Council on Saturday, a monthlong role that Ukraine's foreign minister denounced as absurd.",
     "Under the council's rules the presidency passes among its 15 members in alphabetical order, and Western diplomats said there was no way to block it."],
    "diplomacy", "diplomacy", 3, "russia-unsc-presidency-april-2023", a="Associated Press"),
  E("th2", "2023-04-01 10:20", None,
    ["KOSTIANTYNIVKA, Ukraine (AP) \u2014 Russian shelling killed two civilians and wounded four in the eastern city of Kostiantynivka overnight, the governor of the Donetsk region said."],
    "strikes", "strikes", 3, "kostiantynivka-shelling-2023-04-01", a="Associated Press"),
  E("th3", "2023-04-01 10:20", None,
    ["HELSINKI (AP) \u2014 Finland expects to become NATO's 31st member within days now that Turkey's parliament has approved its application, Finnish officials said Saturday.",
     "Sweden's bid remains stalled."],
    "diplomacy", "diplomacy", 2, "finland-nato-accession-2023", a="Associated Press"),
  E("th4", "2023-04-01 10:20", None,
    ["WARSAW, Poland (AP) \u2014 Poland said the first of the Soviet-designed MiG-29 fighter jets it promised Ukraine have been handed over, with more to follow in the coming weeks."],
    "aid", "aid", 3, "poland-mig29-delivery", a="Associated Press", n="Arms transfer of warplanes: a main development (importance 3)."),
  E("th5", "2023-04-01 10:20", None,
    ["MINSK, Belarus (AP) \u2014 Ukraine rejected a call by Belarusian leader Alexander Lukashenko for an unconditional cease-fire, saying any pause would only let Russian forces dig in on occupied land."],
    "diplomacy", "diplomacy", 2, "lukashenko-ceasefire-call", a="Associated Press"),
  OFF("th6", "2023-04-01 10:20", None,
    ["DES MOINES, Iowa (AP) \u2014 Crews in eastern Iowa were assessing damage Saturday after a line of severe storms spawned several tornadoes late Friday, tearing roofs from homes and toppling power lines."],
    "iowa-tornadoes-2023-03-31", a="Associated Press", n="Iowa weather."),
  ]))

SEEDS.append(dict(id="10105", name="10105_globe-gazette-listing", ext="html", source="Globe Gazette", zone=CHI, render=r_globegazette, order="newest",
  title="Nation & World", captured="2023-06-04 18:40",
  notes="Imitates the Globe Gazette (Mason City; Lee/BLOX) Nation & World section page, HTML. Newest first. Each card: headline, summary, "
        "'By NAME Associated Press' (or just 'Associated Press'), and a RELATIVE stamp ('25 min ago', '2 hrs ago', ... '20 hrs ago') inside "
        "<time datetime='2023-06-04T16:25:00-05:00'>; the header prints the day 'Sunday, June 4, 2023'. The page was captured at 18:40 CDT; "
        "published comes from the datetime attributes, which agree with the relative stamps. The oldest card is from Saturday 10:30 pm "
        "CDT = Sunday 03:30 UTC; all six are on UTC 2023-06-04. One off-beat card (India train crash).",
  not_entries=["top bar (date, weather, Subscribe, Log In)", "masthead and menu", "section title", "card byline lines (author)", "'Advertisement'",
               "'Load more' button", "newsletter box", "footer"],
  entries=[
  E("gg1", "2023-06-04 18:15", "Russia says it beat back a large Ukrainian attack in Donetsk region",
    ["Russia's Defense Ministry said its forces repelled a major Ukrainian offensive at five points in southern Donetsk province, a claim Kyiv did not confirm."],
    "other", "frontline", 3, "russia-claims-repelled-offensive-2023-06-04", a="MAREK TOLLEFSON", n="Possible start of the counteroffensive: importance 3."),
  E("gg2", "2023-06-04 16:25", "Shelling wounds 2 in Russian border town of Shebekino",
    ["The governor of Russia's Belgorod region said Ukrainian shelling hit Shebekino again, wounding two people and setting a warehouse on fire."],
    "strikes", "strikes", 2, "shebekino-shelling-2023-06-04", a="MAREK TOLLEFSON"),
  E("gg3", "2023-06-04 13:10", "Girl among dead after missile hits house near Dnipro",
    ["A Russian missile strike on a village outside the central Ukrainian city of Dnipro killed two people, including a young girl, and wounded more than 20, regional officials said."],
    "strikes", "strikes", 3, "dnipro-region-missile-strike-2023-06-04", a="PAVLO RADCHENKO"),
  E("gg4", "2023-06-04 09:35", "Zelenskyy says Ukraine is ready for its counteroffensive",
    ["President Volodymyr Zelenskyy said in an interview published Saturday that Ukraine was ready to launch its long-awaited counteroffensive, while warning that it could come at a heavy cost."],
    "other", "frontline", 2, "zelenskyy-counteroffensive-ready-interview", a="MAREK TOLLEFSON",
    n="A statement, not the Russian claim of gg1: must not merge with russia-claims-repelled-offensive-2023-06-04."),
  OFF("gg5", "2023-06-04 05:45", "India train crash: Rescuers end search as death toll passes 275",
    ["Rescue crews in eastern India finished searching the wreckage of a three-train collision in Odisha state, as officials put the death toll at more than 275."],
    "odisha-train-crash", a="Associated Press", n="rail disaster in India."),
  E("gg6", "2023-06-03 22:30", "Air raid alerts sound across Ukraine as Russia launches drones, missiles overnight",
    ["Air defenses shot down most of the cruise missiles and drones that Russia fired at Ukraine overnight, the military said, with explosions heard in Kyiv and in the western Khmelnytskyi region."],
    "strikes", "strikes", 3, "overnight-missile-drone-attack-2023-06-04", a="PAVLO RADCHENKO",
    n="Printed '20 hrs ago' = Saturday 22:30 CDT = 2023-06-04 03:30 UTC. A large nationwide barrage, different from the Dnipro village strike: must not merge with dnipro-region-missile-strike-2023-06-04."),
  ]))

SEEDS.append(dict(id="10106", name="10106_wcf-courier-live", ext="txt", source="Waterloo-Cedar Falls Courier", zone=CHI, render=r_courier, order="newest",
  title="Live updates: Putin says African peace plan could be a starting point", dayline="Saturday, July 29", parse_args=["--date", "2023-07-29"],
  lede="Here's the latest on Russia's war in Ukraine:",
  notes="Imitates an AP live page republished on the Waterloo-Cedar Falls Courier (Lee/BLOX) site, copied as text. AP style prints NO year "
        "anywhere (date line 'Saturday, July 29'; parse_args --date 2023-07-29). Newest first; each post: stamp line '5:40 p.m. CDT' BEFORE "
        "its headline; one page byline 'By The Associated Press' = author of every post. A day header 'Friday, July 28' precedes the oldest "
        "post (9:10 p.m. CDT Friday = 02:10 UTC Saturday), so the page crosses local midnight while all seven posts are on UTC 2023-07-29. "
        "A 'Key developments:' box lists three post headlines: treated as this page's Key Points block (key_point true, importance 3). "
        "One photo teaser without body ('PHOTOS: ...').",
  not_entries=["skip link, site name, Subscribe / Log In", "menu", "title line", "'By The Associated Press'", "date line 'Saturday, July 29'",
               "'Key developments:' header and its three bullet lines (they point at posts 01, 03, 05)", "'Here's the latest on Russia's war in Ukraine:'",
               "day header 'Friday, July 28'", "newsletter box", "AP copyright line", "tags", "footer"],
  entries=[
  E("wc1", "2023-07-29 17:40", "Putin says African peace proposal could be basis for settlement, but no truce while Ukraine attacks",
    ["Russian President Vladimir Putin told reporters after a summit with African leaders in St. Petersburg that their peace initiative could serve as a basis for talks, but that Russia could not stop fighting while Ukraine's forces were on the offensive."],
    "diplomacy", "diplomacy", 3, "putin-african-peace-initiative-remarks", a="The Associated Press", kp=True),
  E("wc2", "2023-07-29 15:15", "Poland's leader warns Wagner fighters could try to slip across border",
    ["Polish Prime Minister Mateusz Morawiecki said Wagner mercenaries based in Belarus had moved closer to the Polish border and might try to enter the country disguised as migrants."],
    "other", "security", 2, "poland-wagner-belarus-border-warning", a="The Associated Press"),
  E("wc3", "2023-07-29 12:30", "Russian drone hits Sumy, killing 2",
    ["A Russian drone slammed into an administrative building in the northeastern city of Sumy, killing two people and wounding more than a dozen, Ukrainian officials said."],
    "strikes", "strikes", 3, "sumy-drone-strike-2023-07-29", a="The Associated Press", kp=True),
  E("wc4", "2023-07-29 10:05", "PHOTOS: Odesa starts clearing rubble from damaged cathedral", [],
    "other", "humanitarian", 1, "odesa-cathedral-cleanup-photos", a="The Associated Press", n="Photo teaser without body -> importance 1."),
  E("wc5", "2023-07-29 08:20", "Russian officials say Ukrainian missile wounded 15 in Taganrog",
    ["A Ukrainian missile that was shot down over the southern Russian port city of Taganrog scattered debris across a central street, injuring 15 people, the regional governor said.",
     "Russia's Defense Ministry said a second missile was intercepted nearby."],
    "strikes", "strikes", 3, "taganrog-missile-strike-2023-07-28", a="The Associated Press", kp=True),
  E("wc6", "2023-07-29 00:45", "Zelenskyy acknowledges counteroffensive is moving slowly",
    ["Ukraine's president acknowledged that the counteroffensive launched in June was advancing more slowly than many had hoped, but insisted his troops were gaining ground every week."],
    "other", "frontline", 2, "zelenskyy-counteroffensive-slow", a="The Associated Press"),
  E("wc7", "2023-07-28 21:10", "Drones strike grain facilities at Ukrainian Danube port",
    ["Russian drones hit grain storage buildings at a port on the Danube River in Ukraine's Odesa region, regional officials said, the latest in a string of attacks on the country's export routes since Moscow quit the Black Sea grain deal."],
    "strikes", "strikes", 2, "danube-port-drone-strike-2023-07-28", a="The Associated Press",
    n="Under the day header 'Friday, July 28': 21:10 CDT Friday = 02:10 UTC Saturday. Same theme as the Sumy strike, different attack: must not merge with sumy-drone-strike-2023-07-29."),
  ]))

SEEDS.append(dict(id="10107", name="10107_nonpareil-timeline", ext="txt", source="The Daily Nonpareil", zone=CHI, render=r_nonpareil, order="oldest",
  title="The latest: Russian investigators say DNA tests confirm Prigozhin's death", byline="Nonpareil staff and wire reports",
  lede="This story will be updated throughout the day.",
  notes="Imitates a running 'The latest' article on The Daily Nonpareil (Council Bluffs; Lee/BLOX) site, copied as text. BLOX date line "
        "'Aug 27, 2023'. Items OLDEST first: bare time line '7:20 a.m.' (no zone printed: Central implied by the outlet, CDT = UTC-5), "
        "headline, body, and a per-item credit line ('\u2014 The Associated Press', or '\u2014 NAME, Nonpareil staff'); author from that "
        "line. The page byline 'Nonpareil staff and wire reports' is not an author.",
  not_entries=["site name, masthead, menu", "metered-paywall line", "title", "page byline", "date line 'Aug 27, 2023'", "share line", "lede 'This story will be updated ...'",
               "per-item credit lines (author)", "'Catch the latest in Opinion' newsletter box", "tags", "footer"],
  entries=[
  E("np1", "2023-08-27 07:20", "DNA tests confirm Wagner chief died in plane crash, investigators say",
    ["Russia's Investigative Committee said genetic testing had identified all 10 people killed in Wednesday's business jet crash north of Moscow, and that the names matched the passenger list, which included Wagner founder Yevgeny Prigozhin.",
     "The committee did not say what caused the crash."],
    "other", "politics", 3, "prigozhin-death-confirmed", a="The Associated Press"),
  E("np2", "2023-08-27 08:45", "Russia says drones downed over Moscow, Kursk and Belgorod regions",
    ["Russia's Defense Ministry said air defenses destroyed several Ukrainian drones overnight, including one approaching Moscow, and that no one was hurt."],
    "strikes", "strikes", 2, "russia-says-drones-downed-2023-08-27", a="The Associated Press"),
  E("np3", "2023-08-27 10:10", "Ukraine mourns 3 pilots killed in training jet collision",
    ["Ukraine's air force held funerals for three pilots, among them a well-known fighter pilot who had campaigned for F-16s, after two L-39 training jets collided during a mission over the Zhytomyr region."],
    "other", "security", 2, "l39-collision-pilots-killed", a="The Associated Press", n="Air accident, not an attack -> other/security."),
  E("np4", "2023-08-27 11:30", "Ukrainian troops push south of Robotyne, military says",
    ["Ukraine's military said its forces had advanced beyond the recently recaptured village of Robotyne in the Zaporizhzhia region and were attacking Russian defensive lines to the south."],
    "other", "frontline", 2, "robotyne-advance-2023-08-27", a="The Associated Press"),
  E("np5", "2023-08-27 13:05", "Shelling kills woman in Kherson",
    ["A 63-year-old woman was killed when Russian shells hit a residential neighborhood of Kherson, the regional military administration said.",
     "Two other residents were wounded."],
    "strikes", "strikes", 3, "kherson-shelling-2023-08-27", a="The Associated Press"),
  E("np6", "2023-08-27 15:40", "Council Bluffs volunteers pack generators for Ukrainian hospitals",
    ["Volunteers from two Council Bluffs churches spent Sunday afternoon loading 40 portable generators onto a truck bound for hospitals in the Kharkiv region, where Russian strikes have repeatedly cut power.",
     "The group has raised about $38,000 since spring, organizers said."],
    "other", "humanitarian", 2, "council-bluffs-generators-for-kharkiv", a="Carla Venhuizen",
    n="Private charity, not state support -> other/humanitarian (see README conventions)."),
  ]))

SEEDS.append(dict(id="10108", name="10108_hawk-eye-article", ext="html", source="The Hawk Eye", zone=CHI, render=r_hawkeye, order="page",
  title="Russia-Ukraine war: Fierce fighting around Avdiivka as Kyiv seeks air defense for winter", byline="Taylor Greaves",
  url="https://www.thehawkeye.com/story/news/world/2023/10/15/russia-ukraine-war-avdiivka/", published="2023-10-15 05:02",
  lede="Russian forces kept up their assault on the eastern Ukrainian town of Avdiivka for a sixth day, as Kyiv pressed allies for more air defense ahead of winter. Here's what to know:",
  notes="Imitates a Gannett (USA TODAY) explainer-style article on The Hawk Eye (Burlington) site, HTML. One byline ('Taylor Greaves' + "
        "'USA TODAY'), one dateline 'Published 5:02 a.m. CT Oct. 15, 2023' (CDT = UTC-5), no Updated line; NewsArticle JSON-LD agrees. "
        "Five h2 sections, one entry each, stamp null, published = the Published line. Section 04 is an analysis of the US funding "
        "stalemate (theme piece, importance 2).",
  not_entries=["masthead, menu, Subscribe", "'WORLD' label", "h1 title", "byline", "Published line", "share buttons", "lede paragraph ending 'Here's what to know:'",
               "'More from USA TODAY' related link", "'Contributing: The Associated Press'", "footer"],
  entries=[
  E("he1", "2023-10-15 05:02", "Russia throws more troops at Avdiivka",
    ["Ukrainian officials said Russian forces had launched fresh waves of infantry and armored vehicles at Avdiivka, a heavily fortified town just north of occupied Donetsk, and that the defenders were holding.",
     "Ukraine's military said Russia had lost dozens of tanks and armored vehicles in the weeklong push."],
    "other", "frontline", 3, "avdiivka-offensive-2023-10", a="Taylor Greaves"),
  E("he2", "2023-10-15 05:02", "Two killed in Kherson region",
    ["Russian shelling killed two people in villages along the Dnieper River in the Kherson region on Saturday, the regional governor said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-10-14", a="Taylor Greaves"),
  E("he3", "2023-10-15 05:02", "Zelenskyy presses for air defense before winter",
    ["President Volodymyr Zelenskyy said Ukraine needed more air defense systems to protect power plants and substations, warning that Russia was stockpiling missiles for another winter campaign against the energy grid."],
    "aid", "aid", 2, "zelenskyy-air-defense-appeal-2023-10", a="Taylor Greaves", sec=["strikes"], n="Plea for air defence -> aid."),
  E("he4", "2023-10-15 05:02", "What the House speaker fight means for U.S. aid",
    ["With the House of Representatives still without a speaker after Kevin McCarthy's ouster, Congress cannot pass new spending, including the roughly $24 billion the White House has requested for Ukraine.",
     "Republican candidates for the job are divided over how much more to send."],
    "aid", "aid", 2, "us-congress-ukraine-aid-stalemate-analysis", a="Taylor Greaves", n="Analysis/theme piece with body: own story, importance 2."),
  E("he5", "2023-10-15 05:02", "Belgium plans to send F-16s starting in 2025",
    ["Belgium's prime minister said his country would begin delivering F-16 fighter jets to Ukraine in 2025, joining Denmark, the Netherlands and Norway in supplying the aircraft."],
    "aid", "aid", 2, "belgium-f16-pledge", a="Taylor Greaves"),
  ]))

SEEDS.append(dict(id="10109", name="10109_times-republican-feed", ext="xml", source="Times-Republican", zone=CHI, render=r_timesrep, order="newest",
  title="Nation/World | News, Sports, Jobs - Times Republican",
  notes="Imitates the WordPress Nation/World RSS feed of the Times-Republican (Marshalltown; Ogden Newspapers). Newest first. pubDate is in "
        "+0000 (WordPress default), so the zone of the outlet (America/Chicago, CST) only matters for published_local. Titles encode "
        "apostrophes as &#8217; (headline = the decoded curly apostrophe). Each item has a 30-word excerpt ending '[&#8230;]' (a truncated "
        "copy of the body, not a paragraph) plus the full text in content:encoded; body_paragraphs counts content:encoded paragraphs. "
        "dc:creator 'The Associated Press'. The oldest item is 22:10 CST Nov. 30 = 04:10 UTC Dec. 1. Two off-beat items.",
  not_entries=["channel title/link/description/lastBuildDate/generator", "<category>, <guid>, <link>, slash:comments of each item",
               "each <description> excerpt ending '[\u2026]' (truncated repeat of the body)"],
  entries=[
  OFF("tr1", "2023-12-01 15:40", "Sandra Day O\u2019Connor, first woman on Supreme Court, dies at 93",
    ["Sandra Day O\u2019Connor, who became the first woman to serve on the U.S. Supreme Court, died Friday in Phoenix at age 93, the court said.",
     "She retired from the bench in 2006."], "sandra-day-oconnor-death", a="The Associated Press", n="US Supreme Court obituary."),
  E("tr2", "2023-12-01 13:15", "Putin orders military to grow by 170,000 troops",
    ["Russian President Vladimir Putin signed a decree increasing the authorized size of the armed forces by about 170,000 service members, bringing the total to more than 1.3 million troops.",
     "The Defense Ministry said the increase would come from volunteers and that no new mobilization was planned."],
    "other", "frontline", 3, "putin-decree-army-expansion-2023-12", a="The Associated Press",
    n="Reinforcements -> other/frontline; head-of-state decree of large size, importance 3."),
  E("tr3", "2023-12-01 10:05", "Lavrov uses OSCE meeting to accuse West of turning group into anti-Russian tool",
    ["Russian Foreign Minister Sergey Lavrov told a meeting of the Organization for Security and Co-operation in Europe in North Macedonia that the West had turned the organization into an appendage of NATO and the EU.",
     "Ukraine\u2019s delegation and the foreign ministers of the three Baltic states stayed away in protest at his attendance."],
    "diplomacy", "diplomacy", 3, "lavrov-osce-skopje", a="The Associated Press"),
  E("tr4", "2023-12-01 07:30", "Ukraine\u2019s security service claims blasts on Siberian rail line used by Russian military",
    ["Ukraine\u2019s SBU security service said its agents set off explosives in a railway tunnel in Russia\u2019s Buryatia region, far from the front, disrupting a key route between Russia and China.",
     "Russian investigators said they had opened a terrorism case over a freight train fire in the tunnel."],
    "other", "security", 2, "sbu-siberia-rail-tunnel-sabotage", a="The Associated Press", n="Sabotage with planted explosives, not a remote-weapon strike -> other/security."),
  OFF("tr5", "2023-12-01 04:20", "World leaders gather in Dubai as COP28 climate summit opens",
    ["Heads of state and government began arriving in Dubai for two days of speeches at the U.N. climate conference, where a fund to help poor countries cope with climate disasters was approved on the first day."],
    "cop28-dubai", a="The Associated Press", n="climate summit."),
  E("tr6", "2023-12-01 01:05", "Zelenskyy visits troops near Kupiansk, calls for faster building of defenses",
    ["President Volodymyr Zelenskyy visited soldiers near the northeastern town of Kupiansk and said fortifications along the front needed to be built faster in the most threatened sectors.",
     "His office released video of him handing out medals in a dugout."],
    "other", "frontline", 2, "zelenskyy-kupiansk-visit-fortifications", a="The Associated Press"),
  E("tr7", "2023-11-30 22:10", "Ukraine says it shot down most of Russia\u2019s overnight drones",
    ["Ukraine\u2019s air force said it shot down 18 of the 25 Shahed drones that Russia launched overnight at southern and central regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-12-01", a="The Associated Press",
    n="22:10 CST Nov. 30 = 2023-12-01 04:10 UTC (pubDate prints +0000)."),
  ]))


# ====================================================================== DATA: Part B day 1 = 2023-08-11 (UTC)
D1 = "Day 1 (UTC 2023-08-11): 10120, 10121, 10122, 10123."
ZAP = "zaporizhzhia-apartment-missile-strike-2023-08-11"
REC = "zelensky-fires-regional-recruitment-chiefs"
USR = "white-house-ukraine-supplemental-request-2023-08"
POL = "poland-reinforces-belarus-border-2023-08"
MOS = "moscow-region-drone-downed-2023-08-11"

SEEDS.append(dict(id="10120", name="10120_orrinsford-live", ext="txt", source="Orrinsford Evening Post", zone="Europe/London", render=r_orrinsford, order="newest",
  title="Ukraine war live: Zaporizhzhia toll rises to three after overnight missile strike", dayline="Friday 11 August 2023",
  lede="Rolling coverage of the war in Ukraine. All times BST.",
  notes="Invented outlet. Text live blog, newest first. Each post: headline, then the stamp line '17:30 BST' (BST = UTC+1), body, 'By NAME'. "
        "A literal 'Key Points' block lists two post headlines (key_point true). Spelling 'Zaporizhzhia'; the toll rises from two (08:10) "
        "to three (17:30) within the page. Entry 05 (11:00) is the day's theme piece (explainer). " + D1,
  not_entries=["masthead and menu", "title and date lines", "lede 'Rolling coverage ...'", "'Key Points' header and its two bullets (they point at posts)",
               "'Latest' label", "'By NAME' lines (author)", "'Advertisement'", "'Show older posts'", "footer"],
  entries=[
  E("o1", "2023-08-11 08:10", "Missile strikes apartment block in Zaporizhzhia overnight",
    ["A Russian missile hit a nine-storey residential building in the southern city of Zaporizhzhia shortly after 1am local time, killing two people, according to the regional governor.",
     "Rescuers are still working through the damaged section of the block."],
    "strikes", "strikes", 3, ZAP, a="Ifor Pendine"),
  E("o2", "2023-08-11 09:25", "Zelensky sacks every regional enlistment chief",
    ["Volodymyr Zelensky has dismissed the heads of all of Ukraine's regional military recruitment offices after an audit uncovered what he called a system of bribes paid to dodge the draft.",
     "He said the posts would be filled by soldiers who had served at the front."],
    "other", "politics", 3, REC, a="Ifor Pendine", kp=True),
  E("o3", "2023-08-11 11:00", "Explainer: why Ukraine's draft offices are under scrutiny",
    ["Ukraine's enlistment offices decide who is called up, who is deferred and who may leave the country, which gives their officials considerable power over men of fighting age.",
     "Since the full-scale invasion, investigators have repeatedly accused staff of taking cash to issue medical exemptions or to strike names off lists."],
    "other", "politics", 2, "explainer-ukraine-enlistment-offices", a="Nia Caddock",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with " + REC + "."),
  E("o4", "2023-08-11 12:40", "Woman killed as shells land in central Kherson",
    ["A 54-year-old woman was killed and two men were injured when Russian shells hit the centre of Kherson around midday, the city's military administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-08-11", a="Ifor Pendine", n="Different attack, same theme: must not merge with " + ZAP + "."),
  E("o5", "2023-08-11 14:15", "White House asks Congress for $24bn more in Ukraine support",
    ["The Biden administration has asked Congress to approve about $24bn in additional funding for Ukraine, covering weapons, economic aid and humanitarian assistance until the end of the year.",
     "The request faces resistance from some Republicans in the House."],
    "aid", "aid", 3, USR, a="Nia Caddock"),
  E("o6", "2023-08-11 15:50", "Poland to send more troops to Belarus border",
    ["Poland's defence ministry said it would move about 2,000 additional soldiers to its border with Belarus, citing the presence of Wagner fighters on the other side.",
     "Warsaw accused Belarusian helicopters of violating its airspace earlier this month."],
    "other", "security", 3, POL, a="Nia Caddock"),
  E("o7", "2023-08-11 17:30", "Zaporizhzhia toll rises to three, with 16 injured",
    ["A third person has died in hospital after the overnight missile strike on an apartment block in Zaporizhzhia, the regional governor said, adding that 16 people were being treated for injuries."],
    "strikes", "strikes", 3, ZAP, a="Ifor Pendine", kp=True),
  ]))

SEEDS.append(dict(id="10121", name="10121_kyrylivka-live", ext="html", source="Kyrylivka Dispatch", zone="Europe/Kyiv", render=r_kyrylivka, order="oldest",
  title="Friday's updates: Zaporizhia strike, draft office purge", dayline="Friday, 11 August 2023", url="https://kyrylivka.example/live/2023-08-11",
  authors=["Oksana Hrytsak", "Taras Zhuravel"],
  notes="Invented outlet. HTML live blog, OLDEST first (a running log); visible stamps are bare 'HH:MM' in <span class=post-time> (no datetime attribute) "
        "under the date line 'Friday, 11 August 2023' and the note 'Times are Kyiv time (UTC+3)'. JSON-LD trap: every liveBlogUpdate "
        "repeats the PAGE headline and the page's datePublished (07:15), so per-post times and headlines must come from the HTML. Spelling "
        "'Zaporizhia' for the city (the nuclear plant is spelled 'Zaporizhzhia'). Entry 02 (09:40) is a video teaser without body; entry 06 "
        "(18:10) repeats entry 04 (12:20) nearly verbatim (duplicate_of). " + D1,
  not_entries=["header and menu", "h1 title", "date line", "'Times are Kyiv time (UTC+3).'", "per-post author lines", "membership promo", "footer"],
  entries=[
  E("k1", "2023-08-11 09:15", "Rocket strike on Zaporizhia high-rise kills two",
    ["Two people died and at least nine were hurt when a Russian missile struck a multi-storey residential building in Zaporizhia overnight, Governor Yurii Malashko said.",
     "The blast destroyed several flats between the fifth and ninth floors."],
    "strikes", "strikes", 3, ZAP, a="Oksana Hrytsak"),
  E("k2", "2023-08-11 09:40", "Watch: rescuers dig through rubble in Zaporizhia", [],
    "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("k3", "2023-08-11 10:30", "Drone brought down over Moscow region, Russian ministry claims",
    ["Russia's defence ministry said its air defences shot down a Ukrainian drone over the Moscow region early on Friday, and that there were no casualties.",
     "Flights at Vnukovo airport were briefly restricted, according to Russian media."],
    "strikes", "strikes", 2, MOS, a="Taras Zhuravel", n="Same theme (drones) as the Kyiv-region debris post, different event: must not merge with kyiv-region-drone-debris-2023-08-11."),
  E("k4", "2023-08-11 12:20", "President dismisses heads of regional recruitment centres",
    ["President Volodymyr Zelensky has fired all regional military commissars, saying corruption in the recruitment system amounted to high treason in wartime.",
     "Criminal proceedings have been opened against officials in several regions, he said."],
    "other", "politics", 3, REC, a="Oksana Hrytsak"),
  E("k5", "2023-08-11 14:45", "Zaporizhzhia nuclear plant again cut off from backup power line",
    ["The Russian-occupied Zaporizhzhia nuclear power plant has lost its only remaining backup power line, Ukraine's energy operator said, leaving the station dependent on a single main connection."],
    "other", "security", 2, "znpp-backup-line-cut-2023-08-11", a="Taras Zhuravel",
    n="Same place name as the city strike, different event: must not merge with " + ZAP + "."),
  E("k6", "2023-08-11 18:10", "All regional draft chiefs dismissed, president says",
    ["President Volodymyr Zelensky has fired all regional military commissars, saying corruption in the recruitment system amounted to high treason in wartime.",
     "Criminal cases have been opened against officials in several regions, he said."],
    "other", "politics", 1, REC, a="Oksana Hrytsak", dup="k4", n="Near-verbatim repeat of the 12:20 post -> importance 1."),
  E("k7", "2023-08-11 21:40", "Debris from downed drone damages house in Kyiv region",
    ["Fragments of a drone shot down during an evening air raid alert fell on a private house in the Bucha district of the Kyiv region, starting a fire that crews put out within an hour, the regional administration said.",
     "No one was injured."],
    "strikes", "strikes", 2, "kyiv-region-drone-debris-2023-08-11", a="Taras Zhuravel", n="21:40 Kyiv = 18:40 UTC."),
  ]))

SEEDS.append(dict(id="10122", name="10122_wrenmoor-worldrss", ext="xml", source="Wrenmoor World Wire", zone="America/New_York", render=r_worldrss, order="newest",
  title="Wrenmoor World Wire \u2014 World", url="https://wrenmoor.example", lede="International headlines from our New York desk",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with -0400 (EDT); four of six items are off-beat "
        "(Maui fires, Ecuador, Niger, Luna-25). Spelling 'Zaporozhye'; its early toll (one dead, 00:20 EDT) is the lowest of the day. The "
        "oldest item (21:30 EDT Thursday) is already Friday in UTC. No authors. " + D1,
  not_entries=["channel title/link/description/language", "<guid>, <link> and <category> of each item"],
  entries=[
  OFF("w1", "2023-08-11 19:20", "Maui wildfire death toll climbs to 55",
    ["The number of people killed by the wildfire that destroyed much of the historic town of Lahaina on Maui rose to 55, Hawaii's governor said, warning that the figure was likely to keep rising."],
    "maui-wildfires-2023", n="Hawaii wildfires."),
  OFF("w2", "2023-08-11 16:45", "Ecuador detains six suspects in killing of presidential candidate",
    ["Police in Ecuador arrested six men, all of them Colombian nationals, in connection with Wednesday's shooting of anti-corruption candidate Fernando Villavicencio in Quito."],
    "ecuador-candidate-killing", n="Ecuador politics."),
  E("w3", "2023-08-11 13:10", "Ukraine's leader fires regional draft officials over bribery",
    ["Ukrainian President Volodymyr Zelensky removed the chiefs of all regional enlistment offices on Friday after investigators found officials had taken bribes to help men avoid military service."],
    "other", "politics", 3, REC),
  OFF("w4", "2023-08-11 09:35", "West African bloc readies troops to restore Niger's ousted president",
    ["Leaders of the Economic Community of West African States ordered a standby force to be assembled for a possible intervention in Niger, while saying they still preferred a diplomatic solution."],
    "niger-ecowas-standby-force", n="Niger coup."),
  E("w5", "2023-08-11 00:20", "Russian missile kills one in Zaporozhye apartment block",
    ["A Russian missile hit an apartment building in the Ukrainian city of Zaporozhye overnight, killing at least one person and trapping others under debris, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP),
  OFF("w6", "2023-08-10 21:30", "Russia launches first lunar lander in almost 50 years",
    ["Russia's Luna-25 spacecraft lifted off from the Vostochny cosmodrome in the country's Far East, aiming to become the first probe to land near the moon's south pole."],
    "luna-25-launch", n="space launch; 21:30 EDT Thursday = 01:30 UTC Friday."),
  ]))

SEEDS.append(dict(id="10123", name="10123_mokotow-article", ext="txt", source="Mokot\u00f3w Evening Ledger", zone="Europe/Warsaw", render=r_textarticle, order="page",
  title="Poland reinforces its eastern border as Ukraine buries the dead of Zaporizhzhia", published="2023-08-11 19:45",
  masthead="MOKOT\u00d3W EVENING LEDGER", crumbs="News \u203a World \u203a Ukraine", byline="Tomasz Kielar", dateline_fmt="Fri {d.day} Aug {d.year} \u00b7 {d:%H:%M} {z}",
  extra="Listen \u00b7 6 min read", readalso="How Wagner ended up in Belarus",
  lede="A day of funerals in Ukraine, troop movements in Poland and a new request for money in Washington.",
  footer="\u00a9 Mokot\u00f3w Evening Ledger 2023 \u00b7 Privacy \u00b7 Cookies",
  notes="Invented outlet. Text article with three section headings (one entry each), stamp null, published = the dateline 'Fri 11 Aug 2023 "
        "\u00b7 19:45 CEST' (UTC+2); the page byline is every section's author. The 'Read also:' line after section 1 is a related link. " + D1,
  not_entries=["masthead and breadcrumb", "title line", "lede line", "byline and dateline lines", "'Listen \u00b7 6 min read'", "'Read also: ...' related link", "'Share'", "footer"],
  entries=[
  E("m1", "2023-08-11 19:45", "Two thousand more soldiers head to the Belarusian frontier",
    ["The defence ministry in Warsaw confirmed on Friday that roughly 2,000 extra troops would be deployed along the border with Belarus, bringing the total there to about 10,000.",
     "Officials pointed to the arrival of Wagner units near Grodno and to recent airspace violations by Belarusian helicopters."],
    "other", "security", 3, POL, a="Tomasz Kielar"),
  E("m2", "2023-08-11 19:45", "Zaporizhzhia: three dead after night-time strike",
    ["The death toll from the missile that hit a residential block in Zaporizhzhia in the early hours of Friday has risen to three, Ukrainian officials said in the evening.",
     "Sixteen people were injured, among them two children."],
    "strikes", "strikes", 3, ZAP, a="Tomasz Kielar"),
  E("m3", "2023-08-11 19:45", "Washington's new request",
    ["In Washington, President Joe Biden asked Congress for roughly $24bn in extra money for Ukraine, part of a wider supplemental request that also covers disaster relief at home.",
     "Polish officials welcomed the move but said European governments needed to raise their own contributions."],
    "aid", "aid", 3, USR, a="Tomasz Kielar"),
  ]))

# ====================================================================== DATA: Part B day 2 = 2023-08-12 (UTC), the day after day 1
D2 = "Day 2 (UTC 2023-08-12): 10130, 10131, 10132, 10133, 10134."
CB = "crimean-bridge-missile-attack-2023-08-12"
KH2 = "kherson-region-shelling-2023-08-12"

SEEDS.append(dict(id="10130", name="10130_kyrylivka-live", ext="html", source="Kyrylivka Dispatch", zone="Europe/Kyiv", render=r_kyrylivka, order="oldest",
  title="Saturday's updates: missiles over the Crimean bridge", dayline="Saturday, 12 August 2023", url="https://kyrylivka.example/live/2023-08-12",
  authors=["Taras Zhuravel", "Oksana Hrytsak"],
  notes="Same invented outlet and layout as 10121, next day (same JSON-LD trap: every update carries the page headline and datePublished). "
        "Entry 01 (10:45) re-posts day-1 entry {k3} nearly verbatim under the same headline (importance 1; duplicate_of null because "
        "duplicate_of is defined within one seed). Spellings 'Crimean bridge' and 'Kerch bridge'. " + D2,
  not_entries=["header and menu", "h1 title", "date line", "'Times are Kyiv time (UTC+3).'", "per-post author lines", "membership promo", "footer"],
  entries=[
  E("d1", "2023-08-12 12:50", "Russia says missiles shot down near Crimean bridge",
    ["Russia's defence ministry said air defences destroyed two Ukrainian missiles approaching the Crimean bridge shortly before noon, and that the bridge itself was not damaged.",
     "Traffic across the Kerch Strait was halted and a smokescreen was set off around the structure."],
    "strikes", "strikes", 3, CB, a="Taras Zhuravel"),
  E("d2", "2023-08-12 10:45", "Drone brought down over Moscow region, Russian ministry claims",
    ["Russia's defence ministry said its air defences shot down a Ukrainian drone over the Moscow region early on Friday, and that there were no casualties.",
     "Flights at Vnukovo airport were briefly restricted, Russian media reported."],
    "strikes", "strikes", 1, MOS, a="Taras Zhuravel", n="Re-post of day-1 entry {k3} (Kyrylivka Dispatch, 11 August), nearly verbatim: importance 1."),
  E("d3", "2023-08-12 11:30", "Kherson region: two killed in shelling of village",
    ["Russian shelling killed two men in the village of Bilozerka, west of Kherson, the regional military administration said on Saturday morning."],
    "strikes", "strikes", 3, KH2, a="Oksana Hrytsak", n="Different attack from day 1's Kherson shelling: must not merge with kherson-shelling-2023-08-11."),
  E("d4", "2023-08-12 15:10", "Kerch bridge traffic resumes after three-hour halt",
    ["Cars began crossing the bridge to Crimea again in the afternoon after a suspension of about three hours, the Russian-installed authorities in Crimea said."],
    "strikes", "strikes", 3, CB, a="Taras Zhuravel", n="Aftermath of the attack itself -> same story."),
  E("d5", "2023-08-12 19:05", "Black Sea Fleet stages exercises off Crimea",
    ["Russia's Black Sea Fleet held drills in which warships practised repelling attacks by uncrewed boats, the fleet's press service said."],
    "other", "security", 2, "black-sea-fleet-drills-2023-08-12", a="Oksana Hrytsak", n="Drills -> other/security; same place, different event: must not merge with " + CB + "."),
  ]))

SEEDS.append(dict(id="10131", name="10131_flaming-atom", ext="xml", source="Fl\u00e4ming Courant", zone="Europe/Berlin", render=r_flaming, order="newest",
  title="Fl\u00e4ming Courant \u2014 Ukraine", url="https://flaeming-courant.example", lede="Our English-language service on the war in Ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (CEST), plain-text <summary> as the only body, per-entry "
        "<author>. Entry 04 (08:30) continues the day-1 recruitment story with a new development (criminal cases, replacements) and keeps "
        "the day-1 slug. " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "<id> and <updated> of each entry"],
  entries=[
  E("f1", "2023-08-12 08:30", "Kyiv opens criminal cases against dozens of draft officials",
    ["A day after President Volodymyr Zelensky dismissed every regional recruitment chief, Ukrainian prosecutors said they had opened 112 criminal cases against enlistment officials, and the army said replacements would be chosen from soldiers with front-line experience."],
    "other", "politics", 3, REC, a="Jana Ritterbusch", n="Day-2 continuation of the day-1 story with a new development; keeps the day-1 slug."),
  E("f2", "2023-08-12 11:50", "Berlin still undecided on Taurus cruise missiles for Ukraine",
    ["The German government has not yet decided whether to send Taurus long-range cruise missiles to Kyiv, a government spokesperson said, despite repeated requests from Ukraine."],
    "aid", "aid", 2, "germany-taurus-decision-pending", a="Lukas Dommer"),
  E("f3", "2023-08-12 14:20", "Belgorod governor reports drone strike on power substation",
    ["A Ukrainian drone struck an electricity substation in Russia's Belgorod region, cutting power to several villages, Governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 2, "belgorod-substation-drone-2023-08-12", a="Lukas Dommer", n="Another attack on Russian-held ground: must not merge with " + CB + "."),
  E("f4", "2023-08-12 20:40", "Russian security service says it detained man over alleged spying in Crimea",
    ["Russia's FSB said it had detained a resident of Crimea who it claimed was collecting information on military sites for Ukrainian intelligence."],
    "other", "security", 2, "fsb-crimea-spying-arrest-2023-08-12", a="Jana Ritterbusch", n="Same place (Crimea), different event: must not merge with " + CB + "."),
  ]))

SEEDS.append(dict(id="10132", name="10132_bellbird-live", ext="txt", source="Bellbird Creek Live", zone="Australia/Sydney", render=r_bellbird, order="oldest",
  title="Ukraine war live: missiles downed near Kerch bridge, Moscow says", parse_args=["--date", "2023-08-12"],
  lede="Our overnight coverage of the war in Ukraine.",
  notes="Invented outlet. Text live blog from Sydney, OLDEST first. No year anywhere: day headers 'Saturday 12 August' and 'Sunday 13 August' "
        "(parse_args --date 2023-08-12, the page's first printed day). 'All times AEST' (UTC+10): the UTC day 12 August runs from 10am "
        "Saturday to 9.59am Sunday local, so the page crosses local midnight while staying on one UTC day. Stamps '6.50pm' on their own line "
        "BEFORE the headline; '\u2013 NAME' after the body. Entry 04 is a photo teaser without body; entry 07 repeats entry 05 nearly verbatim. " + D2,
  not_entries=["site name and menu", "title line", "lede", "'All times AEST.'", "day headers", "'\u2013 NAME' author lines", "newsletter plug", "'That\u2019s all from us for now.'", "footer"],
  entries=[
  E("b1", "2023-08-12 10:40", "Drones buzz southern Ukraine overnight",
    ["Ukraine's air force says it destroyed most of a wave of Iranian-designed drones that Russia sent towards the Odesa and Mykolaiv regions overnight.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "southern-ukraine-drone-wave-2023-08-12", a="Connor Whitby"),
  E("b2", "2023-08-12 13:15", "Last of Australia's promised Bushmasters arrive in Europe",
    ["The final batch of Bushmaster armoured vehicles Australia promised Ukraine has reached Europe and will be handed over in the coming weeks, the Defence Minister's office says."],
    "aid", "aid", 2, "australia-bushmasters-final-batch", a="Priya Anand"),
  E("b3", "2023-08-12 18:50", "Russia claims it shot down two missiles near Kerch bridge",
    ["Moscow says its air defences intercepted two Ukrainian missiles fired at the bridge linking Crimea with Russia's Krasnodar region, and that there were no casualties."],
    "strikes", "strikes", 3, CB, a="Connor Whitby"),
  E("b4", "2023-08-12 19:05", "Pictured: smokescreen over the Kerch bridge", [],
    "strikes", "strikes", 1, CB, n="Photo teaser without body -> importance 1."),
  E("b5", "2023-08-12 22:30", "Kerch bridge: Russia says a third missile was downed",
    ["Russia's defence ministry now says a third missile was intercepted near the Kerch bridge, adding that the attackers used modified S-200 air defence missiles.",
     "It said nobody was hurt and the bridge was undamaged."],
    "strikes", "strikes", 3, CB, a="Connor Whitby"),
  E("b6", "2023-08-13 01:20", "Ukraine reports gains south of Bakhmut",
    ["Deputy Defence Minister Hanna Maliar says Ukrainian troops have advanced further near Klishchiivka and Andriivka, south of Bakhmut, over the past week."],
    "other", "frontline", 2, "bakhmut-south-gains-2023-08-12", a="Priya Anand", n="Sunday 1.20am AEST = Saturday 15:20 UTC."),
  E("b7", "2023-08-13 07:45", "Kerch bridge: third missile downed, says Russian defence ministry",
    ["Russia's defence ministry now says a third missile was intercepted near the Kerch bridge, adding that the attackers used modified S-200 air defence missiles.",
     "It said no one was hurt and the bridge was undamaged."],
    "strikes", "strikes", 1, CB, a="Connor Whitby", dup="b5", n="Near-verbatim repeat of the 10.30pm post -> importance 1. Sunday 7.45am AEST = Saturday 21:45 UTC."),
  ]))

SEEDS.append(dict(id="10133", name="10133_sundarpur-worldrss", ext="xml", source="Sundarpur World Service", zone="Asia/Kolkata", render=r_worldrss, order="newest",
  title="Sundarpur World Service: Top Stories", url="https://sundarpur.example", lede="World news from our Kolkata newsroom",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0530 (IST, a half-hour offset); four of six items are "
        "off-beat (World Cup, landslides, Pakistan, Chandrayaan-3). Spelling 'Crimea bridge'; its early count (two missiles) is lower than "
        "the later reports. " + D2,
  not_entries=["channel title/link/description/language", "<guid>, <link> and <category> of each item"],
  entries=[
  OFF("s1", "2023-08-12 23:40", "Australia beat France on penalties to reach World Cup semi-final",
    ["Co-hosts Australia reached the semi-finals of the Women's World Cup for the first time after a 7-6 penalty shootout win over France in Brisbane that followed 120 goalless minutes."],
    "womens-world-cup-australia-france", n="football."),
  OFF("s2", "2023-08-12 19:55", "Landslides cut highways in Himachal Pradesh",
    ["Heavy monsoon rain set off landslides that blocked several highways in the hill state of Himachal Pradesh, stranding tourists, officials said."],
    "himachal-landslides-2023-08", n="monsoon weather in India."),
  E("s3", "2023-08-12 16:30", "Two dead as shells hit village near Kherson, officials say",
    ["Two residents of a village near the southern Ukrainian city of Kherson were killed by Russian shelling on Saturday, Ukrainian regional authorities said."],
    "strikes", "strikes", 3, KH2),
  E("s4", "2023-08-12 14:40", "Moscow says Ukraine fired two missiles at Crimea bridge",
    ["Russia said on Saturday it had intercepted two missiles launched by Ukraine at the road and rail bridge connecting the annexed Crimean peninsula to the Russian mainland."],
    "strikes", "strikes", 3, CB),
  OFF("s5", "2023-08-12 11:05", "Senator named Pakistan's caretaker prime minister",
    ["Senator Anwaar-ul-Haq Kakar was named Pakistan's caretaker prime minister on Saturday and will lead the country until a general election is held."],
    "pakistan-caretaker-pm", n="Pakistan politics."),
  OFF("s6", "2023-08-12 06:10", "India's lunar probe closes in on the moon",
    ["India's Chandrayaan-3 spacecraft is circling ever closer to the moon ahead of a planned landing attempt near its south pole later this month, the space agency said."],
    "chandrayaan-3-approach", n="space mission."),
  ]))

SEEDS.append(dict(id="10134", name="10134_halsway-article", ext="html", source="Halsway Standard", zone="Europe/London", render=r_halsway, order="page",
  title="Missiles over the Kerch Strait and a purge of Ukraine's draft offices", published="2023-08-12 17:30", byline="Rosalind Teague",
  lede="Russia says it stopped an attack on the Crimean bridge, while Kyiv widens its anti-corruption drive in the army's recruitment system.",
  notes="Invented outlet. HTML article with three h2 sections (one entry each), stamp null, published = the visible dateline 'Saturday 12 "
        "August 2023 17:30 BST' (UTC+1; NewsArticle JSON-LD agrees); page byline = author. Section 03 is an analysis (theme piece). Its "
        "count is three missiles. Section 02 continues the day-1 recruitment story. " + D2,
  not_entries=["cookie banner", "header and menu", "kicker 'Ukraine'", "h1 title", "standfirst", "byline", "dateline", "'More on this story' related link", "footer"],
  entries=[
  E("h1", "2023-08-12 17:30", "Attack on the bridge",
    ["Russia said it had shot down three Ukrainian missiles aimed at the Crimean road and rail bridge on Saturday, and covered the span with a smokescreen while traffic was stopped for several hours.",
     "Ukraine did not comment on the claim."],
    "strikes", "strikes", 3, CB, a="Rosalind Teague"),
  E("h2", "2023-08-12 17:30", "The recruitment scandal widens",
    ["Ukrainian prosecutors have opened more than a hundred criminal cases against enlistment officials, a day after President Zelensky removed all regional recruitment chiefs.",
     "The new appointees must have combat experience or have been wounded in action, the general staff said."],
    "other", "politics", 3, REC, a="Rosalind Teague", n="Day-2 continuation of the day-1 story (same new development as 10131's entry); keeps the day-1 slug."),
  E("h3", "2023-08-12 17:30", "Analysis: why Kyiv keeps going after the bridge",
    ["The bridge is the main land link between Russia and occupied Crimea, carrying fuel, ammunition and troops to the southern front by road and rail.",
     "Ukraine has damaged it twice before, in October 2022 and in July this year, and each time traffic was restored within weeks.",
     "Every closure forces Russia to send supplies along the longer overland corridor through the occupied south, which lies within range of Ukrainian artillery."],
    "strikes", "strikes", 2, "analysis-crimean-bridge-strategic-value", a="Rosalind Teague",
    n="Theme piece (analysis with body): own story, importance 2; must not merge with " + CB + "."),
  ]))

# ====================================================================== DATA: Part B day 3 = 2023-05-25 (UTC), a separate day
D3 = "Day 3 (UTC 2023-05-25): 10140, 10141, 10142, 10143."
KUP = "kupiansk-shelling-2023-05-25"
BNW = "russia-belarus-nuclear-deployment-documents"
WAG = "wagner-begins-bakhmut-withdrawal"

SEEDS.append(dict(id="10140", name="10140_kallavesi-live", ext="txt", source="Kallavesi Evening Wire", zone="Europe/Helsinki", render=r_kallavesi, order="oldest",
  title="Live: Russia and Belarus sign nuclear deployment papers",
  notes="Invented outlet. Text live blog of a Finnish outlet's English desk: Finnish chrome ('P\u00e4ivitetty 25.5.2023 klo 22.10' = updated, "
        "'Toimittaja:' = reporter), date '25.5.2023', dotted stamp line '14.05' BEFORE each headline, 'Times in Finnish summer time (EEST)' "
        "(UTC+3). Oldest first. Finnish transliteration 'Kupjansk'; the toll rises from one (09.40) to three (19.45). Entry 04 (15.00) is the "
        "day's theme piece (explainer); entry 07 (22.10) repeats entry 03 (13.30) nearly verbatim. " + D3,
  not_entries=["site name and Finnish menu", "'Kirjaudu  Tilaa'", "'In English' label", "title", "date and 'P\u00e4ivitetty ...' lines", "zone note",
               "'Toimittaja: NAME' lines (author)", "'Mainos' (advertisement)", "'N\u00e4yt\u00e4 lis\u00e4\u00e4' (show more)", "footer"],
  entries=[
  E("l1", "2023-05-25 09:40", "Shelling hits centre of Kupjansk, one dead",
    ["Russian artillery struck the centre of Kupjansk in Ukraine's Kharkiv region in the morning, killing one person and wounding two, the regional governor said."],
    "strikes", "strikes", 3, KUP, a="Aino Rautiainen"),
  E("l2", "2023-05-25 11:15", "Drones hit industrial site in Kharkiv",
    ["Russian drones struck an industrial facility in the city of Kharkiv overnight, causing a fire but no casualties, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-industrial-drone-strike-2023-05-25", a="Aino Rautiainen",
    n="Same region, different attack: must not merge with " + KUP + "."),
  E("l3", "2023-05-25 13:30", "Minsk and Moscow sign papers on nuclear deployment",
    ["The defence ministers of Russia and Belarus signed documents in Minsk on Thursday setting out how Russian tactical nuclear weapons will be stored on Belarusian territory.",
     "Moscow says the weapons will remain under Russian control."],
    "diplomacy", "diplomacy", 3, BNW, a="Mikko Lappalainen"),
  E("l4", "2023-05-25 15:00", "Explainer: what tactical nuclear weapons in Belarus would change",
    ["Tactical nuclear weapons are smaller warheads designed for use on a battlefield rather than against cities, though many are still more powerful than the bomb dropped on Hiroshima.",
     "Analysts say moving some of them to Belarus adds little to Russia's reach, since its missiles can already hit any target in Europe from Russian soil, but it sends a political signal to NATO's eastern members."],
    "other", "security", 2, "explainer-tactical-nuclear-weapons-belarus", a="Mikko Lappalainen",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with " + BNW + "."),
  E("l5", "2023-05-25 17:20", "Russia says Ukrainian sea drones attacked its warship",
    ["Russia's defence ministry said three uncrewed Ukrainian boats tried to attack the intelligence ship Ivan Khurs in the Black Sea and were destroyed."],
    "strikes", "strikes", 2, "ivan-khurs-sea-drone-attack", a="Aino Rautiainen"),
  E("l6", "2023-05-25 19:45", "Kupjansk death toll rises to three",
    ["Two more people have died after the morning shelling of Kupjansk, bringing the toll to three, regional officials said in the evening."],
    "strikes", "strikes", 3, KUP, a="Aino Rautiainen"),
  E("l7", "2023-05-25 22:10", "Minsk, Moscow sign papers on nuclear deployment",
    ["The defence ministers of Russia and Belarus signed documents in Minsk on Thursday setting out how Russian tactical nuclear weapons will be stored in Belarus.",
     "Moscow says the weapons will stay under Russian control."],
    "diplomacy", "diplomacy", 1, BNW, a="Mikko Lappalainen", dup="l3", n="Near-verbatim repeat of the 13.30 post -> importance 1. 22.10 EEST = 19:10 UTC."),
  ]))

SEEDS.append(dict(id="10141", name="10141_tappan-live", ext="html", source="Tappan Ridge Ledger", zone="America/New_York", render=r_tappan, order="newest",
  title="Russia-Ukraine live: Wagner says it is leaving Bakhmut; Belarus nuclear deal signed", dayline="Thursday, May 25, 2023",
  url="https://tappanridge.example/world/russia-ukraine-live-may-25-2023", lede="Updates from our world desk throughout the day. Times are Eastern.",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD is a Yoast-style @graph whose article node has @type ['NewsArticle', "
        "'LiveBlogPosting'] and NO liveBlogUpdate list. Each post: <time datetime='...Z'>9:10 AM ET</time> (EDT = UTC-4), h3 headline, "
        "'By NAME', body. Spelling 'Kupiansk'. Entry 06 (05:00) is a video teaser without body. " + D3,
  not_entries=["header and menu", "h1 title", "date line", "intro 'Updates from our world desk ...'", "'By NAME' lines (author)", "newsletter aside", "footer"],
  entries=[
  E("t1", "2023-05-25 04:15", "Kupiansk shelling kills two, governor says",
    ["Russian shells killed two civilians in the town of Kupiansk in eastern Ukraine's Kharkiv region, Governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KUP, a="Gretchen Vollmer"),
  E("t2", "2023-05-25 05:00", "Video: firefighters at the scene in Kupiansk", [],
    "strikes", "strikes", 1, KUP, n="Video teaser without body -> importance 1."),
  E("t3", "2023-05-25 06:30", "Prigozhin says Wagner has begun pulling out of Bakhmut",
    ["Wagner chief Yevgeny Prigozhin said his fighters had started withdrawing from Bakhmut and would hand their positions to the Russian army by June 1.",
     "He posted a video of himself in the ruined city."],
    "other", "frontline", 3, WAG, a="Ben Okafor"),
  E("t4", "2023-05-25 09:10", "Belarus, Russia formalize deployment of nuclear weapons",
    ["Russia and Belarus signed an agreement Thursday on deploying Russian tactical nuclear weapons to Belarus, the first such move outside Russia since the Soviet collapse."],
    "diplomacy", "diplomacy", 3, BNW, a="Gretchen Vollmer"),
  E("t5", "2023-05-25 11:40", "Kremlin says it sees no basis for peace talks with Kyiv",
    ["Kremlin spokesman Dmitry Peskov said there was currently no basis for negotiations with Ukraine and that Russia would continue its military operation."],
    "diplomacy", "diplomacy", 2, "kremlin-no-basis-for-talks-2023-05-25", a="Ben Okafor"),
  E("t6", "2023-05-25 13:25", "Pentagon says F-16 training for Ukrainian pilots could begin within weeks",
    ["Training of Ukrainian pilots on F-16 fighter jets could start in Europe in the next few weeks, Pentagon officials said, after President Joe Biden dropped his opposition to the plan."],
    "aid", "aid", 2, "f16-pilot-training-plan", a="Gretchen Vollmer"),
  E("t7", "2023-05-25 15:50", "Ukraine says its troops still hold ground on Bakhmut's edges",
    ["Ukraine's military said its troops still controlled parts of the southwestern outskirts of Bakhmut and were pressing Russian forces on the city's flanks."],
    "other", "frontline", 2, "ukraine-holds-bakhmut-outskirts-2023-05-25", a="Ben Okafor",
    n="Same place, different claim/event: must not merge with " + WAG + "."),
  ]))

SEEDS.append(dict(id="10142", name="10142_sumida-worldatom", ext="xml", source="Sumida World Feed", zone="Asia/Tokyo", render=r_sumida, order="newest",
  title="Sumida World Feed \u2014 World", url="https://sumida-world.example",
  notes="Invented outlet. General world-news Atom feed from Tokyo, newest first, <published> with +09:00 (JST), xhtml <content>, feed-level "
        "author only (entry author null). Four of six entries are off-beat (Nvidia, US debt limit, Typhoon Mawar, Tina Turner). Spelling "
        "'Kupyansk'; its toll (one dead, 14:05 JST) is the earliest. The two newest entries are dated 26 May in Tokyo but 25 May in UTC. " + D3,
  not_entries=["feed title, link, id, updated, feed author", "<id> and <updated> of each entry"],
  entries=[
  OFF("u1", "2023-05-26 08:20", "Nvidia shares soar as AI boom lifts chip forecast",
    ["Shares of Nvidia jumped about a quarter in New York trading after the chipmaker forecast sales far above expectations on demand for artificial intelligence processors."],
    "nvidia-ai-forecast", n="markets; 08:20 JST on 26 May = 23:20 UTC on 25 May."),
  OFF("u2", "2023-05-26 05:10", "US debt-limit talks continue with deadline a week away",
    ["Negotiators for President Joe Biden and House Republicans reported progress but no deal on raising the US borrowing limit, as the Treasury warned it could run short of cash in early June."],
    "us-debt-ceiling-talks", n="US fiscal politics."),
  E("u3", "2023-05-25 23:30", "Russia and Belarus sign deal on stationing nuclear arms",
    ["Russia and Belarus formally agreed on the deployment of Russian tactical nuclear weapons on Belarusian soil, with the defence ministers of the two countries signing the documents in Minsk."],
    "diplomacy", "diplomacy", 3, BNW),
  OFF("u4", "2023-05-25 19:00", "Typhoon Mawar batters Guam",
    ["Typhoon Mawar knocked out power and water across Guam as it passed close to the US Pacific territory with winds of about 240 kilometres an hour."],
    "typhoon-mawar-guam", n="weather."),
  E("u5", "2023-05-25 14:05", "Shelling kills one in Ukraine's Kupyansk",
    ["One person was killed when Russian shells hit the town of Kupyansk in northeastern Ukraine, a Ukrainian regional official said."],
    "strikes", "strikes", 3, KUP),
  OFF("u6", "2023-05-25 10:15", "Singer Tina Turner dies at 83",
    ["Tina Turner, whose career stretched from 1960s rhythm and blues to stadium rock, died at her home near Zurich after a long illness, her representative said."],
    "tina-turner-death", n="obituary."),
  ]))

SEEDS.append(dict(id="10143", name="10143_humberline-roundup", ext="txt", source="Humberline Clarion", zone="America/Toronto", render=r_humberline, order="page",
  title="War in Ukraine: today's briefing", lede="The day's main developments, compiled by our world desk.", byline="Compiled by Rhea Castellano",
  published="2023-05-25 18:45",
  notes="Invented outlet. Text round-up: one line 'Posted May 25, 2023 6:45 p.m. ET' (EDT = UTC-4) for the whole page; four briefs WITHOUT "
        "headlines, each opening with a dateline ('KUPIANSK, Ukraine \u2014 ...'), separated by '* * *'. headline null, stamp null, "
        "published = the posted line; author = the compiler's name. Its Kupiansk toll (three) is the latest of the day. " + D3,
  not_entries=["masthead and menu", "title", "lede", "'Compiled by ...' line", "posted line", "'* * *' separators", "news-tip line", "footer"],
  entries=[
  E("r1", "2023-05-25 18:45", None,
    ["KUPIANSK, Ukraine \u2014 The toll from Thursday's Russian shelling of Kupiansk rose to three dead, Ukrainian officials said, as rescuers cleared debris from the town's central square."],
    "strikes", "strikes", 3, KUP, a="Rhea Castellano"),
  E("r2", "2023-05-25 18:45", None,
    ["MOSCOW \u2014 Wagner mercenary group boss Yevgeny Prigozhin said his units began leaving Bakhmut on Thursday and would complete the handover to regular Russian troops within a week."],
    "other", "frontline", 3, WAG, a="Rhea Castellano"),
  E("r3", "2023-05-25 18:45", None,
    ["OTTAWA \u2014 Canada announced sanctions on 17 Russian individuals and 18 entities it accuses of taking part in the deportation of Ukrainian children, Foreign Affairs Minister M\u00e9lanie Joly said.",
     "Ottawa has now sanctioned more than 2,000 people and entities over the war."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-child-deportations-2023-05-25", a="Rhea Castellano"),
  E("r4", "2023-05-25 18:45", None,
    ["ISTANBUL \u2014 Ship inspections under the Black Sea grain deal have slowed to a trickle, the United Nations said, with only a handful of vessels cleared this week despite last week's two-month extension."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-inspections-slowdown", a="Rhea Castellano", n="UN/Turkey-brokered agreement -> diplomacy."),
  ]))


# ====================================================================== emit
def offs(d):
    o = d.utcoffset().total_seconds() / 3600
    return f"UTC{'+' if o >= 0 else '-'}{abs(o):g}"


BASIS = {
  "r_gazette": "stamp '{s}' (full date, 12-hour time) on the card; no zone printed: Central time implied by Cedar Rapids, Iowa ({tz} = {off})",
  "r_presscitizen": "post stamp '{s}' (time only) on the page's day {d}, taken from the line 'Published ... Feb. 4, 2023'; CT in February = CST = {off}; the post's <time datetime> and the JSON-LD update agree",
  "r_muscatine": "pubDate '{s}' (explicit -0600); local {d} {hm} CST",
  "r_messenger": "no per-section time; the only visible date is 'Mar 6, 2023'; the time comes from article:published_time and the JSON-LD datePublished ({iso}), used for every section",
  "r_timesherald": "no per-brief time; the column's posted line 'Saturday, April 1, 2023 \u2014 10:20 a.m.' (no zone printed: Carroll, Iowa = CDT, {off}) used for every brief",
  "r_globegazette": "relative stamp '{s}' with <time datetime='{iso}'>; consistent with a capture at 18:40 CDT on the page's day 'Sunday, June 4, 2023'",
  "r_courier": "stamp '{s}' under the day header for {d} (AP style, no year printed: parse_args --date 2023-07-29); CDT = {off}",
  "r_nonpareil": "bare stamp '{s}' on the page's date line 'Aug 27, 2023'; no zone printed: Central implied by Council Bluffs, Iowa (CDT = {off})",
  "r_hawkeye": "no per-section time; the page line 'Published 5:02 a.m. CT Oct. 15, 2023' (CDT = {off}) used for every section; JSON-LD agrees",
  "r_timesrep": "pubDate '{s}' (explicit +0000); in the outlet's zone that is {d} {hm} {tz}",
  "r_orrinsford": "stamp '{s}' under the date line 'Friday 11 August 2023'; BST = {off}",
  "r_kyrylivka": "visible stamp '{s}' under the page date line for {d}; Kyiv time (EEST = {off}) as the page says; the JSON-LD update times are the page's own and are not used",
  "r_worldrss": "pubDate '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d} {hm} {tz}, {off}) used for every section",
  "r_flaming": "<published> '{s}' (explicit +02:00)",
  "r_bellbird": "stamp '{s}' under the day header for {d} (no year printed: parse_args --date 2023-08-12); AEST = {off}, so this is UTC {ud}",
  "r_halsway": "no per-section time; the dateline 'Saturday 12 August 2023 17:30 BST' ({off}) used for every section; JSON-LD agrees",
  "r_kallavesi": "stamp '{s}' (dotted Finnish time) on the page date 25.5.2023; EEST = {off}",
  "r_tappan": "stamp '{s}' with <time datetime='{utc}'> on the date line 'Thursday, May 25, 2023'; EDT = {off}",
  "r_sumida": "<published> '{s}' (explicit +09:00)",
  "r_humberline": "no per-brief time; the line 'Posted May 25, 2023 6:45 p.m. ET' (EDT = {off}) used for every brief",
}


def page_order(S):
    ents = list(S["entries"])
    if S["order"] == "newest":
        ents.sort(key=lambda e: e["t"], reverse=True)
    elif S["order"] == "oldest":
        ents.sort(key=lambda e: e["t"])
    return ents


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    ids = {}
    ordered = {}
    for S in SEEDS:
        ents = page_order(S)
        ordered[S["id"]] = ents
        for i, e in enumerate(ents):
            assert e["key"] not in ids, e["key"]
            ids[e["key"]] = f"{S['id']}-{i + 1:02d}"
    fill = lambda txt: re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], txt or "")
    total = 0
    for S in SEEDS:
        ents = ordered[S["id"]]
        text, stamps = S["render"](S, ents)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        out = []
        for i, e in enumerate(ents):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), hm=d.strftime("%H:%M"), tz=d.tzname(), off=offs(d),
                                        iso=d.isoformat(), utc=u.strftime("%Y-%m-%dT%H:%M:%SZ"), ud=u.strftime("%Y-%m-%d %H:%M"))
            out.append({"id": ids[e["key"]], "headline": e["h"], "stamp": stamps[i],
                        "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                        "published_basis": basis, "author": e["a"],
                        "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                        "body_paragraphs": len(e["p"]),
                        "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                        "importance": e["imp"], "key_point": e["kp"], "duplicate_of": ids[e["dup"]] if e["dup"] else None,
                        "story": e["st"], "notes": fill(e["n"])})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": fill(S["notes"]), "entries": out, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(out)
        print(f"{fn:40s} {len(out)}")
    print("total entries", total)


if __name__ == "__main__":
    main()
